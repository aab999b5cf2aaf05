"""What the desk shows of Feedback Removal Requests: the panel on the request's ticket (the
review, the what-if score, what the agent may do) and the team lead's list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.audit import AuditEvent
from trustdesk.desk.models import Ticket
from trustdesk.feedback_removal import actions, policy
from trustdesk.feedback_removal.models import RemovalRequest, RemovalStatus
from trustdesk.reputation import actions as reputation
from trustdesk.reputation.policy import direction
from trustdesk.reputation.queries import ReputationError
from trustdesk.reputation.schemas import WhatIf
from trustdesk.staff.models import StaffUser

#: How a score moved, as done: "raised from 84 to 89".
_DONE = {"raises": "raised", "lowers": "lowered", "shows": "went", "hides": "went"}
_COMPLETING_ACTIONS = {
    RemovalStatus.REMOVED: "feedback_removal.approve",
    RemovalStatus.DECLINED: "feedback_removal.decline",
}


@dataclass(frozen=True, slots=True)
class RemovalOutcome:
    """How a completed request ended, from its audit row: ``verdict`` ("Approved",
    "Declined"), ``by`` whom (the staff member's name and role), ``at`` when, ``what`` was
    done, and the changes it made to the Job Success Score of ``score_owner`` (the agency
    for an agency contract, else the freelancer): "raised from 65 to 100"."""

    verdict: str
    by: str
    at: datetime
    what: str
    score_owner: str
    score_changes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RemovalPanel:
    request: RemovalRequest
    decision: policy.FeedbackRemovalDecision
    what_if: WhatIf | None  # the score that owns the contract, before and after
    what_if_problem: str | None
    can_ask_agency_owner: bool
    outcome: RemovalOutcome | None = None  # once approved or declined; no what-if then


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


def _who(session: Session, actor: str) -> str:
    """An audit actor as people read it: "Dana Reyes (Team lead)" for staff."""
    email = actor.removeprefix("staff:")
    staff = session.scalar(select(StaffUser).where(StaffUser.email == email))
    return f"{staff.full_name} ({staff.role.label})" if staff is not None else actor


def _score(value: object) -> str:
    return "no score" if value is None else str(value)


def _done(before: int | None, after: int | None) -> str:
    """A score change as done: 84 to 89 "raised from 84 to 89", no score to 80 "went from
    no score to 80", 84 to 84 "unchanged (84)"."""
    moved = direction(before, after)
    if moved == "unchanged":
        return f"unchanged ({_score(before)})"
    return f"{_DONE[moved]} from {_score(before)} to {_score(after)}"


def _score_changes(row: AuditEvent | None) -> tuple[str, ...]:
    """The approval's change to the Job Success Score, from its audit row's before and
    after."""
    before, after = (row.before or {}, row.after or {}) if row is not None else ({}, {})
    if actions.SCORE_FIELD in after:
        return (_done(before.get(actions.SCORE_FIELD), after[actions.SCORE_FIELD]),)
    # Approvals audited before the score was stored keep only its summary ("raises
    # 84 → 89"): shown as written, never taken apart.
    return tuple(str(summary) for summary in after.get("jss", ()))


def outcome_of(session: Session, request: RemovalRequest) -> RemovalOutcome | None:
    """How the request ended (None while it is still open), from its audit row."""
    action = _COMPLETING_ACTIONS.get(request.status)
    if action is None:
        return None
    row = session.scalar(
        select(AuditEvent)
        .where(
            AuditEvent.subject_type == "ticket",
            AuditEvent.subject_id == str(request.ticket_id),
            AuditEvent.action == action,
        )
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(1)
    )
    by = _who(session, row.actor) if row is not None else "unknown"
    at = row.at if row is not None else request.completed_at or request.submitted_at
    agency = request.contract.agency
    owner = agency.name if agency is not None else request.requester.display_name
    if request.status == RemovalStatus.DECLINED:
        return RemovalOutcome("Declined", by, at, "the feedback stays as it was", owner, ())
    scope = ((row.after or {}) if row is not None else {}).get("scope", request.scope)
    what = (
        "the feedback removed from the profile and excluded from JSS"
        if scope == "profile_and_jss"
        else "the feedback removed from the profile; JSS left as it was"
    )
    changes = _score_changes(row) if scope == "profile_and_jss" else ()
    return RemovalOutcome("Approved", by, at, what, owner, changes)


def panel(session: Session, ticket: Ticket, now: datetime) -> RemovalPanel | None:
    """The request on its ticket: the review, then the what-if score while it is open, or
    what was done, by whom and when once it is approved or declined."""
    request = request_for_ticket(session, ticket.id)
    if request is None:
        return None
    outcome = outcome_of(session, request)
    # Once done, a what-if of excluding the feedback would describe a change already made.
    what_if, problem = _what_if(session, request, now) if outcome is None else (None, None)
    return RemovalPanel(
        request=request,
        decision=actions.decision_of(session, request),
        outcome=outcome,
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
