"""The account view lists the account's tickets and the changes recorded on it."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.conftest import login
from trustdesk import audit
from trustdesk.desk import actions
from trustdesk.desk.models import Ticket, TicketStatus
from trustdesk.marketplace.models import Account
from trustdesk.staff.models import StaffUser


def test_account_view_shows_tickets_of_every_status_and_the_audit_trail(
    client: TestClient,
    seeded: Session,
    make_ticket: Callable[..., Ticket],
    requester: Account,
    agent: StaffUser,
) -> None:
    solved = make_ticket(subject="Old refund question")
    actions.set_status(seeded, solved, TicketStatus.SOLVED, actor="test")
    make_ticket(subject="Freelancer went silent")
    audit.record(
        seeded,
        actor="staff:lead@example.test",
        action="account.note",
        subject_type="account",
        subject_id=requester.id,
        reason="Crisis Feedback Removal: Assignment 123",
    )
    seeded.commit()

    page = login(client, agent).get(f"/accounts/{requester.id}").text

    assert "Old refund question" in page
    assert "Freelancer went silent" in page
    assert f'href="/tickets/{solved.id}"' in page
    # An action without words of its own reads from its code.
    assert "Account: note" in page
    assert "Crisis Feedback Removal: Assignment 123" in page
