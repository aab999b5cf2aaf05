"""A crisis event and an impacted freelancer with a bad feedback left during it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import Session

from tests import factories
from tests.conftest import make_staff
from trustdesk.crisis.models import CrisisEvent, CrisisKind
from trustdesk.desk.seed import seed_desk
from trustdesk.feedback_removal import actions
from trustdesk.feedback_removal.models import RemovalRequest
from trustdesk.marketplace.models import Account, Contract, Feedback
from trustdesk.staff.models import Role, StaffUser

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
UNRESPONSIVE = "The freelancer stopped responding for two weeks and missed the deadline."


@dataclass
class Case:
    event: CrisisEvent
    freelancer: Account
    client: Account
    contract: Contract
    feedback: Feedback


def file_request(session: Session, case: Case, **fields: object) -> RemovalRequest:
    """The freelancer's request to remove the case's feedback, as the form files it;
    ``fields`` replace the form's values."""
    values: dict[str, object] = {
        "requester": case.freelancer,
        "event_id": case.event.id,
        "feedback_id": case.feedback.id,
        "contract_reference": case.contract.external_id,
        "explanation": "The typhoon cut our power for ten days; I could not reach my client.",
        "impact_confirmed": True,
        "now": NOW,
    }
    return actions.submit_request(session, **(values | fields))  # type: ignore[arg-type]


@pytest.fixture
def agent(session: Session) -> StaffUser:
    return make_staff(session, Role.AGENT)


@pytest.fixture
def case(session: Session) -> Case:
    seed_desk(session)
    event = CrisisEvent(
        name="Typhoon Mayumi",
        kind=CrisisKind.NATURAL_DISASTER,
        regions=["PH-CEB", "PH-BOH"],
        starts_on=date(2026, 10, 20),
        ends_on=date(2026, 11, 5),
        created_by="test",
    )
    session.add(event)
    freelancer = factories.account(
        session, first_name="Ana", email="ana@example.com", country="PH", region="PH-CEB"
    )
    client = factories.client_account(session, email="client@example.com", country="US")
    contract = factories.contract(
        session,
        client,
        freelancer,
        started_at=datetime(2026, 9, 1, tzinfo=UTC),
        ended_at=datetime(2026, 10, 28, tzinfo=UTC),
    )
    factories.payment(session, contract, 80_000)
    feedback = factories.feedback(
        session,
        contract,
        public_rating=2.0,
        private_score=3,
        public_comment=UNRESPONSIVE,
        left_at=datetime(2026, 10, 29, tzinfo=UTC),
    )
    session.commit()
    return Case(event, freelancer, client, contract, feedback)
