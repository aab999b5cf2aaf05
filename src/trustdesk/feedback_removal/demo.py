"""Demo Feedback Removal Requests: the planted crisis cases filed through the same action as
the public form, so the demo desk shows one of each review outcome (approve, profile only
for a former agency member, a team lead's second request, a decline)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.crisis.models import CrisisEvent
from trustdesk.feedback_removal.actions import submit_request
from trustdesk.feedback_removal.models import RemovalRequest
from trustdesk.marketplace.demo import DemoSummary
from trustdesk.marketplace.models import Contract, Feedback, FeedbackDirection

#: The crisis scenario's contracts to file, and what the freelancer wrote.
DEMO_REQUESTS = {
    "Eligible: went silent during the typhoon (individual)": (
        "The typhoon took out power and the internet in Cebu for over a week. I could not "
        "reach my client or deliver on time."
    ),
    "Former agency member: removable from the profile, not from the agency's JSS": (
        "I was with the agency during the typhoon and could not work for days."
    ),
    "Second request: neutral feedback, earlier removal on file (TL approval)": (
        "Again the storm cut our connection, so I missed the deadline."
    ),
    "Decline: bad feedback in the period, for poor quality": (
        "The typhoon made everything harder; please remove this review."
    ),
}


def seed_demo_removals(
    session: Session, summary: DemoSummary, event: CrisisEvent, now: datetime
) -> list[RemovalRequest]:
    """File the demo requests (each once); returns the ones filed now."""
    crisis = summary.scenario("crisis")
    filed = []
    for label, explanation in DEMO_REQUESTS.items():
        contract = session.scalars(
            select(Contract).where(Contract.external_id == crisis.example(label).external_id)
        ).one()
        feedback = session.scalars(
            select(Feedback).where(
                Feedback.contract_id == contract.id,
                Feedback.direction == FeedbackDirection.CLIENT_TO_FREELANCER,
            )
        ).one()
        if session.scalar(select(RemovalRequest).where(RemovalRequest.feedback_id == feedback.id)):
            continue
        filed.append(
            submit_request(
                session,
                requester=contract.freelancer,
                event_id=event.id,
                feedback_id=feedback.id,
                contract_reference=contract.external_id,
                explanation=explanation,
                impact_confirmed=True,
                now=now,
            )
        )
    return filed
