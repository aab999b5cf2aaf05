"""What the desk shows of Feedback Removal Requests: the panel on the request's ticket (the
review, the what-if score, what the agent may do) and the team lead's list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.desk.models import Ticket
from trustdesk.feedback_removal import actions, policy
from trustdesk.feedback_removal.models import RemovalRequest, RemovalStatus
from trustdesk.reputation import actions as reputation
from trustdesk.reputation.queries import ReputationError
from trustdesk.reputation.schemas import WhatIf


@dataclass(frozen=True, slots=True)
class RemovalPanel:
    request: RemovalRequest
    decision: policy.FeedbackRemovalDecision
    what_if: WhatIf | None  # the score that owns the contract, before and after
    what_if_problem: str | None
    can_ask_agency_owner: bool


def request_for_ticket(session: Session, ticket_id: int) -> RemovalRequest | None:
    return session.scalar(select(RemovalRequest).where(RemovalRequest.ticket_id == ticket_id))


def _what_if(
    session: Session, request: RemovalRequest, now: datetime
) -> tuple[WhatIf | None, str | None]:
    """What excluding the feedback from JSS would do, for whoever owns the contract's score
    (the agency for an agency contract, else the freelancer)."""
    contract = request.contract
    try:
        if contract.agency_id is not None:
            return reputation.preview_agency_exclusion(
                session, contract.agency_id, [request.feedback_id], now
            ), None
        return reputation.preview_exclusion(
            session, contract.freelancer_id, [request.feedback_id], now
        ), None
    except ReputationError as error:
        return None, str(error)


def panel(session: Session, ticket: Ticket, now: datetime) -> RemovalPanel | None:
    request = request_for_ticket(session, ticket.id)
    if request is None:
        return None
    what_if, problem = _what_if(session, request, now)
    return RemovalPanel(
        request=request,
        decision=actions.decision_of(session, request),
        what_if=what_if,
        what_if_problem=problem,
        can_ask_agency_owner=(
            request.scope == "profile_only"
            and request.contract.agency is not None
            and request.contract.agency.owner_id is not None
            and request.agency_owner_id is None
            and request.status != RemovalStatus.DECLINED
        ),
    )


def awaiting_team_lead(session: Session) -> list[RemovalRequest]:
    return list(
        session.scalars(
            select(RemovalRequest)
            .where(RemovalRequest.status == RemovalStatus.AWAITING_TEAM_LEAD)
            .order_by(RemovalRequest.submitted_at)
        )
    )
