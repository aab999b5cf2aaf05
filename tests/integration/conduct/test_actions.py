"""The agent's actions: disconnect only after one warning and continued abuse, the
self-harm child ticket in one click, a supervisor follow-up for a user who will not end."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.integration.desk.conftest import T0
from trustdesk.audit import AuditEvent
from trustdesk.conduct import actions, live, policy
from trustdesk.config import get_settings
from trustdesk.decisions import DecisionRecord
from trustdesk.desk import actions as desk
from trustdesk.desk.actions import DeskError
from trustdesk.desk.models import (
    Channel,
    ChildTicketType,
    Escalation,
    EscalationTarget,
    Notification,
    Priority,
    Ticket,
    TicketStatus,
)
from trustdesk.staff.models import Role, StaffUser


def _say(session: Session, ticket: Ticket, text: str, minutes: int) -> None:
    desk.add_customer_message(
        session,
        ticket,
        body=text,
        channel=Channel.CHAT,
        author_email=ticket.requester_email,
        author_account_id=ticket.requester_account_id,
        now=T0 + timedelta(minutes=minutes),
    )


def _warn(session: Session, ticket: Ticket, agent: StaffUser, minutes: int) -> None:
    macro = live.macro_by_title(session, policy.WARNING_MACROS[1])
    assert macro is not None
    desk.apply_macro(
        session, ticket, macro, author=agent, slots={}, now=T0 + timedelta(minutes=minutes)
    )


@pytest.fixture
def chat(make_ticket: Callable[..., Ticket]) -> Ticket:
    return make_ticket(subject="Chat", body="Hi, my payment is missing.", channel=Channel.CHAT)


def test_disconnect_is_refused_before_any_warning(
    seeded: Session, chat: Ticket, agent: StaffUser
) -> None:
    _say(seeded, chat, "you are a useless idiot", 1)
    with pytest.raises(DeskError) as refused:
        actions.disconnect_chat(seeded, chat, agent=agent, now=T0 + timedelta(minutes=2))
    assert "send one of the warning scripts first" in refused.value.errors["disconnect"]
    assert chat.status != TicketStatus.CLOSED


def test_disconnect_is_refused_when_the_user_stopped_after_the_warning(
    seeded: Session, chat: Ticket, agent: StaffUser
) -> None:
    _say(seeded, chat, "you are a useless idiot", 1)
    _warn(seeded, chat, agent, 2)
    _say(seeded, chat, "fine, sorry. where is my payment?", 3)
    with pytest.raises(DeskError) as refused:
        actions.disconnect_chat(seeded, chat, agent=agent, now=T0 + timedelta(minutes=4))
    assert "no abusive message since the warning" in refused.value.errors["disconnect"]


def test_disconnect_after_a_warning_and_continued_abuse(
    seeded: Session, chat: Ticket, agent: StaffUser, team_lead: StaffUser
) -> None:
    _say(seeded, chat, "you are a useless idiot", 1)
    _warn(seeded, chat, agent, 2)
    _say(seeded, chat, "shut up you stupid b*tch", 3)
    comment = actions.disconnect_chat(seeded, chat, agent=agent, now=T0 + timedelta(minutes=4))
    assert comment.body.startswith("I’m very sorry, but due to your continued behaviour")
    assert comment.public
    assert chat.status == TicketStatus.CLOSED
    alert = seeded.scalars(
        select(Notification).where(Notification.idempotency_key == f"disconnect-{chat.id}")
    ).one()
    assert alert.audience == Role.TEAM_LEAD
    assert alert.urgent
    event = seeded.scalars(
        select(AuditEvent).where(AuditEvent.action == "conduct.disconnect")
    ).one()
    record = seeded.get(DecisionRecord, event.decision_id)
    assert record is not None
    assert record.outcome == "may_disconnect"
    assert all(criterion["met"] for criterion in record.criteria)


def test_a_disconnected_chat_cannot_be_disconnected_again(
    seeded: Session, chat: Ticket, agent: StaffUser
) -> None:
    _say(seeded, chat, "you are a useless idiot", 1)
    _warn(seeded, chat, agent, 2)
    _say(seeded, chat, "you moron", 3)
    actions.disconnect_chat(seeded, chat, agent=agent, now=T0 + timedelta(minutes=4))
    with pytest.raises(DeskError) as refused:
        actions.disconnect_chat(seeded, chat, agent=agent, now=T0 + timedelta(minutes=5))
    assert "closed" in refused.value.errors["ticket"]


def test_the_self_harm_child_ticket_opens_in_one_click_with_its_fields_filled(
    seeded: Session, chat: Ticket, agent: StaffUser
) -> None:
    _say(seeded, chat, "I don't see a reason to go on anymore", 1)
    child = actions.open_self_harm_child(seeded, chat, agent=agent, now=T0 + timedelta(minutes=2))
    base = get_settings().base_url.rstrip("/")
    assert child.child_type == ChildTicketType.SELF_HARM
    assert child.priority == Priority.URGENT
    assert child.child_fields["main_ticket_url"] == f"{base}/tickets/{chat.id}"
    assert child.child_fields["account_view_url"] == f"{base}/accounts/{chat.requester_account_id}"
    assert child.child_fields["user_type"] == "client"
    assert child.child_fields["account_status"] == "active"
    assert "I don't see a reason to go on anymore" in child.child_fields["agent_notes"]
    alert = seeded.scalars(select(Notification).where(Notification.ticket_id == child.id)).one()
    assert alert.audience == Role.EXECUTIVE_ESCALATIONS
    with pytest.raises(DeskError) as again:
        actions.open_self_harm_child(seeded, chat, agent=agent)
    assert f"#{child.id} is already open" in again.value.errors["ticket"]


def test_no_self_harm_child_without_a_threat(
    seeded: Session, chat: Ticket, agent: StaffUser
) -> None:
    with pytest.raises(DeskError) as refused:
        actions.open_self_harm_child(seeded, chat, agent=agent)
    assert "no self-harm threat" in refused.value.errors["ticket"]


def test_a_visitor_without_an_account_gets_the_form_instead(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket(
        requester_account=None, requester_email="someone@example.test", requester_name="Sam"
    )
    _say(seeded, ticket, "I want to end my life", 1)
    with pytest.raises(DeskError) as refused:
        actions.open_self_harm_child(seeded, ticket, agent=agent)
    assert "child-ticket form" in refused.value.errors["account_view_url"]


def test_a_supervisor_follow_up_escalates_to_the_team_lead(
    seeded: Session, chat: Ticket, agent: StaffUser
) -> None:
    actions.schedule_supervisor_follow_up(
        seeded, chat, agent=agent, kind="call", when="Tuesday 10:00 UTC"
    )
    escalation = seeded.scalars(select(Escalation).where(Escalation.ticket_id == chat.id)).one()
    assert escalation.target == EscalationTarget.TEAM_LEAD
    assert "Follow-up call with a supervisor set up for Tuesday 10:00 UTC" in escalation.reason
    assert seeded.scalar(
        select(Notification).where(Notification.idempotency_key == f"escalation-{escalation.id}")
    )


def test_a_follow_up_needs_a_kind_and_a_time(
    seeded: Session, chat: Ticket, agent: StaffUser
) -> None:
    with pytest.raises(DeskError) as refused:
        actions.schedule_supervisor_follow_up(seeded, chat, agent=agent, kind="fax", when=" ")
    assert refused.value.errors == {
        "kind": "must be one of: call, email",
        "when": "say when the follow-up takes place",
    }
