"""Desk fixtures: the seeded configuration, one staff member per role, a requester and a
ticket factory with a controlled clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from tests import factories
from tests.conftest import make_staff
from trustdesk.desk import actions
from trustdesk.desk.models import Channel, Ticket
from trustdesk.desk.seed import seed_desk
from trustdesk.marketplace.models import Account
from trustdesk.staff.models import Role, StaffUser

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def seeded(session: Session) -> Session:
    seed_desk(session)
    session.flush()
    return session


@pytest.fixture
def agent(session: Session) -> StaffUser:
    return make_staff(session, Role.AGENT)


@pytest.fixture
def team_lead(session: Session) -> StaffUser:
    return make_staff(session, Role.TEAM_LEAD)


@pytest.fixture
def executive(session: Session) -> StaffUser:
    return make_staff(session, Role.EXECUTIVE_ESCALATIONS)


@pytest.fixture
def requester(session: Session) -> Account:
    return factories.client_account(
        session, first_name="Chris", last_name="Doyle", email="chris@example.com"
    )


@pytest.fixture
def make_ticket(seeded: Session, requester: Account) -> Callable[..., Ticket]:
    def make(**fields: Any) -> Ticket:
        defaults: dict[str, Any] = {
            "subject": "My freelancer stopped responding",
            "body": "Hi, my freelancer has not answered for ten days.",
            "channel": Channel.EMAIL,
            "actor": "test",
            "requester_account": requester,
            "now": T0,
        }
        return actions.open_ticket(seeded, **(defaults | fields))

    return make
