"""The demo desk opens on real cases drawn from the demo marketplace."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.conduct.actions import disconnect_decision
from trustdesk.conduct.live import self_harm_conversation
from trustdesk.desk import queries
from trustdesk.desk.demo import seed_demo_desk
from trustdesk.desk.models import ClockKind, EscalationTarget, Party, Ticket
from trustdesk.desk.seed import seed_desk
from trustdesk.marketplace.demo import DemoSize, generate_demo
from trustdesk.staff.actions import ensure_demo_staff


def test_demo_desk_has_two_party_cases_an_escalation_and_a_child_ticket(session: Session) -> None:
    summary = generate_demo(DemoSize.TINY, today=date(2026, 11, 21), progress=False)
    seed_desk(session)
    ensure_demo_staff(session)
    now = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)

    tickets = seed_demo_desk(session, summary, now)

    assert len(tickets) >= 7
    two_party = [t for t in tickets if t.second_party_account_id is not None]
    assert two_party
    assert any(
        clock.kind == ClockKind.PARTY_RESPONSE and clock.party == Party.SECOND_PARTY
        for ticket in two_party
        for clock in ticket.clocks
    )
    (escalation,) = queries.pending_escalations(session, EscalationTarget.TEAM_LEAD)
    assert "more than $250" in escalation.reason
    children = session.scalars(select(Ticket).where(Ticket.parent_id.is_not(None))).all()
    assert [child.child_type.value for child in children if child.child_type] == [
        "contact_information"
    ]
    assert all(
        ticket.requester_email.endswith(("example.com", "example.net", "example.org"))
        for ticket in tickets
    )
    # Conversation safety: a chat the agent may now disconnect, and a self-harm threat the
    # user links to their suspended account.
    abusive = next(t for t in tickets if t.subject == "Where is my withdrawal?")
    assert disconnect_decision(session, abusive).outcome == "may_disconnect"
    self_harm = next(t for t in tickets if t.subject == "My account was suspended")
    scan = self_harm_conversation(session, self_harm.id)
    assert scan is not None
    assert scan.linked_to_account
