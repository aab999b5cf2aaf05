"""SLA clocks with a controlled clock: policies, pause and resume, warnings and breaches,
and the per-party clock of two-party cases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests import factories
from tests.integration.desk.conftest import T0
from trustdesk.audit import AuditEvent
from trustdesk.desk import actions, policy
from trustdesk.desk.models import (
    Channel,
    ClockKind,
    Notification,
    Party,
    Priority,
    SlaClock,
    Ticket,
    TicketStatus,
)
from trustdesk.marketplace.models import Account
from trustdesk.staff.models import StaffUser


def clock(ticket: Ticket, kind: ClockKind, party: Party = Party.AGENT) -> SlaClock:
    (found,) = [c for c in ticket.clocks if c.kind == kind and c.party == party]
    return found


def test_crisis_feedback_removal_is_due_within_48_hours(make_ticket: Callable[..., Ticket]) -> None:
    ticket = make_ticket(category_slug="crisis.feedback_removal")
    assert clock(ticket, ClockKind.RESOLUTION).due_at == T0 + timedelta(hours=48)


def test_the_most_specific_policy_wins(make_ticket: Callable[..., Ticket]) -> None:
    urgent = make_ticket(priority=Priority.URGENT)
    normal = make_ticket()
    assert clock(urgent, ClockKind.FIRST_RESPONSE).due_at == T0 + timedelta(hours=1)
    assert clock(normal, ClockKind.FIRST_RESPONSE).due_at == T0 + timedelta(hours=24)
    assert clock(normal, ClockKind.RESOLUTION).due_at == T0 + timedelta(hours=72)


def test_pending_pauses_the_clock_and_the_requester_reply_resumes_it(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket()
    resolution = clock(ticket, ClockKind.RESOLUTION)
    actions.add_reply(
        seeded,
        ticket,
        author=agent,
        body="Could you send the contract ID?",
        public=True,
        status=TicketStatus.PENDING,
        now=T0 + timedelta(hours=2),
    )
    assert resolution.paused_at == T0 + timedelta(hours=2)
    frozen = policy.clock_state(resolution, T0 + timedelta(hours=30))
    assert frozen.paused
    assert frozen.remaining == timedelta(hours=70)

    actions.add_customer_message(
        seeded,
        ticket,
        body="It is 737678295.",
        channel=Channel.EMAIL,
        author_email="chris@example.com",
        now=T0 + timedelta(hours=26),
    )
    assert ticket.status == TicketStatus.OPEN
    assert resolution.paused_at is None
    # 24 hours waiting on the requester do not count against the desk.
    assert resolution.due_at == T0 + timedelta(hours=72 + 24)
    running = policy.clock_state(resolution, T0 + timedelta(hours=27))
    assert running.remaining == timedelta(hours=69)


def test_first_public_reply_answers_the_first_response_clock_but_a_note_does_not(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket()
    first_response = clock(ticket, ClockKind.FIRST_RESPONSE)
    actions.add_reply(seeded, ticket, author=agent, body="Checking OBO.", public=False, now=T0)
    assert first_response.stopped_at is None
    actions.add_reply(
        seeded,
        ticket,
        author=agent,
        body="Hello Chris, I am on it.",
        public=True,
        now=T0 + timedelta(minutes=30),
    )
    assert first_response.stopped_at == T0 + timedelta(minutes=30)


def test_warning_then_breach_are_recorded_once_and_notify_the_team_lead(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket(priority=Priority.URGENT)
    first_response = clock(ticket, ClockKind.FIRST_RESPONSE)  # 1 hour, warned 15 min before

    assert actions.check_clocks(seeded, T0 + timedelta(minutes=30)) == []
    assert actions.check_clocks(seeded, T0 + timedelta(minutes=50)) == [first_response]
    assert first_response.warned_at == T0 + timedelta(minutes=50)
    assert actions.check_clocks(seeded, T0 + timedelta(minutes=55)) == []
    breached = actions.check_clocks(seeded, T0 + timedelta(minutes=61))
    assert first_response in breached
    assert first_response.breached_at == T0 + timedelta(minutes=61)
    assert first_response not in actions.check_clocks(seeded, T0 + timedelta(hours=3))

    texts = seeded.scalars(
        select(Notification.text).where(Notification.ticket_id == ticket.id)
    ).all()
    assert any("SLA warning" in text for text in texts)
    assert sum("SLA breached" in text for text in texts) == 1
    actions_recorded = seeded.scalars(
        select(AuditEvent.action).where(AuditEvent.subject_id == str(ticket.id))
    ).all()
    assert "sla.breach" in actions_recorded


def test_a_missed_check_still_records_the_breach_from_the_stored_deadline(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket(priority=Priority.URGENT)
    # No check ran for a day (the job was lost): the deadline on the row still counts.
    breached = actions.check_clocks(seeded, T0 + timedelta(days=1))
    assert clock(ticket, ClockKind.FIRST_RESPONSE) in breached


def test_a_paused_clock_never_breaches(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket(priority=Priority.URGENT)
    actions.set_status(seeded, ticket, TicketStatus.PENDING, actor="test", now=T0)
    assert actions.check_clocks(seeded, T0 + timedelta(days=5)) == []


def test_second_party_clock_runs_against_the_freelancer_and_stops_when_they_answer(
    seeded: Session,
    make_ticket: Callable[..., Ticket],
    agent: StaffUser,
    requester: Account,
) -> None:
    freelancer = factories.account(seeded, email="maria@example.com")
    ticket = make_ticket(second_party=freelancer, category_slug="unresponsive_freelancer")
    party_clock = actions.start_second_party_clock(
        seeded, ticket, actor=agent, now=T0 + timedelta(hours=1)
    )
    assert party_clock.due_at == T0 + timedelta(hours=49)

    # The client writing again does not stop the freelancer's clock...
    actions.add_customer_message(
        seeded,
        ticket,
        body="Any news?",
        channel=Channel.EMAIL,
        author_email=requester.email or "",
        author_account_id=requester.id,
        now=T0 + timedelta(hours=10),
    )
    assert party_clock.stopped_at is None
    # ...the freelancer answering does, and the desk's own clocks keep running.
    actions.add_customer_message(
        seeded,
        ticket,
        body="Sorry, I was ill. I will deliver Friday.",
        channel=Channel.EMAIL,
        author_email="maria@example.com",
        author_account_id=freelancer.id,
        now=T0 + timedelta(hours=20),
    )
    assert party_clock.stopped_at == T0 + timedelta(hours=20)
    assert clock(ticket, ClockKind.RESOLUTION).stopped_at is None


def test_second_party_clock_breach_is_reported_as_the_other_partys(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    freelancer = factories.account(seeded)
    ticket = make_ticket(second_party=freelancer)
    party_clock = actions.start_second_party_clock(seeded, ticket, actor=agent, now=T0)
    assert party_clock in actions.check_clocks(seeded, T0 + timedelta(hours=48, minutes=1))
    text = seeded.scalars(
        select(Notification.text).where(
            Notification.idempotency_key == f"sla-breach-{party_clock.id}"
        )
    ).one()
    assert "the other party" in text


def test_second_party_clock_needs_a_second_party(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    with pytest.raises(actions.DeskError) as error:
        actions.start_second_party_clock(seeded, make_ticket(), actor=agent, now=T0)
    assert "second_party" in error.value.errors


def test_solving_stops_the_clocks_and_a_reply_reopens_with_a_new_resolution_clock(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket()
    actions.set_status(
        seeded, ticket, TicketStatus.SOLVED, actor="test", now=T0 + timedelta(hours=5)
    )
    assert all(c.stopped_at is not None for c in ticket.clocks)
    actions.add_customer_message(
        seeded,
        ticket,
        body="It happened again.",
        channel=Channel.EMAIL,
        author_email="chris@example.com",
        now=T0 + timedelta(days=2),
    )
    assert ticket.status == TicketStatus.OPEN
    running = [c for c in ticket.clocks if c.stopped_at is None]
    assert [(c.kind, c.started_at) for c in running] == [
        (ClockKind.RESOLUTION, T0 + timedelta(days=2))
    ]
