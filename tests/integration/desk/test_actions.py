"""Tickets, replies and notes, statuses, assignment, escalations, macros and the audit trail."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.conftest import make_staff
from tests.integration.desk.conftest import T0
from trustdesk.audit import AuditEvent
from trustdesk.desk import actions, queries
from trustdesk.desk.models import (
    Channel,
    EscalationTarget,
    Macro,
    Notification,
    OutboundEmail,
    Ticket,
    TicketStatus,
)
from trustdesk.staff.models import Role, StaffUser


def outbox_for(session: Session, ticket: Ticket) -> list[OutboundEmail]:
    return list(session.scalars(select(OutboundEmail).where(OutboundEmail.ticket_id == ticket.id)))


def test_open_ticket_records_the_first_message_and_the_audit(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket(tags=["vip", "vip", "refund"])
    assert ticket.status == TicketStatus.NEW
    assert ticket.tags == ["refund", "vip"]
    assert [c.body for c in ticket.comments] == ["Hi, my freelancer has not answered for ten days."]
    assert [e.action for e in queries.audit_trail(seeded, "ticket", ticket.id)] == ["ticket.open"]


def test_open_ticket_names_every_bad_field(seeded: Session) -> None:
    with pytest.raises(actions.DeskError) as error:
        actions.open_ticket(
            seeded,
            subject=" ",
            body="",
            channel=Channel.WEB_FORM,
            actor="test",
            requester_email="nobody",
            category_slug="no.such.category",
        )
    assert set(error.value.errors) == {"subject", "body", "requester_email", "category"}


def test_public_reply_is_emailed_and_an_internal_note_never_is(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket()
    actions.add_reply(
        seeded, ticket, author=agent, body="Internal: FL has NDF history.", public=False
    )
    assert outbox_for(seeded, ticket) == []
    actions.add_reply(seeded, ticket, author=agent, body="Hello Chris, we are on it.", public=True)
    (email,) = outbox_for(seeded, ticket)
    assert email.to_address == "chris@example.com"
    assert email.body == "Hello Chris, we are on it."
    assert "NDF" not in email.body
    assert ticket.status == TicketStatus.OPEN


def test_replies_to_a_closed_ticket_are_refused(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket()
    actions.set_status(seeded, ticket, TicketStatus.CLOSED, actor="test")
    with pytest.raises(actions.DeskError, match="reopen"):
        actions.add_reply(seeded, ticket, author=agent, body="Hello?", public=True)
    with pytest.raises(actions.DeskError, match="closed ticket cannot change"):
        actions.set_status(seeded, ticket, TicketStatus.OPEN, actor="test")


def test_escalation_needs_a_reason_and_notifies_the_target(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket()
    with pytest.raises(actions.DeskError) as error:
        actions.escalate(seeded, ticket, target=EscalationTarget.TEAM_LEAD, reason=" ", actor=agent)
    assert "reason" in error.value.errors
    escalation = actions.escalate(
        seeded,
        ticket,
        target=EscalationTarget.TEAM_LEAD,
        reason="Client disputes more than $250; credit needs a TL.",
        actor=agent,
        now=T0,
    )
    assert queries.pending_escalations(seeded, EscalationTarget.TEAM_LEAD) == [escalation]
    notification = seeded.scalars(
        select(Notification).where(Notification.ticket_id == ticket.id)
    ).one()
    assert notification.audience == Role.TEAM_LEAD
    assert "more than $250" in notification.text


def test_only_the_target_role_resolves_an_escalation(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser, team_lead: StaffUser
) -> None:
    ticket = make_ticket()
    escalation = actions.escalate(
        seeded, ticket, target=EscalationTarget.TEAM_LEAD, reason="Exception request", actor=agent
    )
    with pytest.raises(actions.DeskError, match="only Team lead"):
        actions.resolve_escalation(seeded, escalation, resolution="ok", actor=agent)
    actions.resolve_escalation(
        seeded, escalation, resolution="Approved the exception.", actor=team_lead
    )
    assert escalation.resolved_by_id == team_lead.id
    assert queries.pending_escalations(seeded) == []
    with pytest.raises(actions.DeskError, match="already resolved"):
        actions.resolve_escalation(seeded, escalation, resolution="again", actor=team_lead)


def test_assignment_is_audited_with_before_and_after(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser, team_lead: StaffUser
) -> None:
    ticket = make_ticket()
    actions.assign(seeded, ticket, actor=team_lead, assignee_id=agent.id)
    event = queries.audit_trail(seeded, "ticket", ticket.id)[-1]
    assert (event.action, event.before, event.after) == (
        "ticket.assign",
        {"assignee": None, "group": None},
        {"assignee": agent.id, "group": None},
    )
    with pytest.raises(actions.DeskError, match="no active staff member"):
        actions.assign(seeded, ticket, actor=team_lead, assignee_id=987654)


def macro(session: Session, title_start: str) -> Macro:
    return session.scalars(select(Macro).where(Macro.title.startswith(title_start))).one()


def test_macro_preview_fills_placeholders_and_names_the_missing_slot(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    staff = make_staff(seeded, Role.AGENT)
    ticket = make_ticket()
    ceo = macro(seeded, "Contact requests > Leadership")
    preview = actions.preview_macro(ticket, ceo, agent=staff, slots={})
    assert preview.missing == ("[[PARAPHRASE ISSUE]]",)
    assert "[[PARAPHRASE ISSUE]]" in preview.text

    with pytest.raises(actions.DeskError, match=r"\[\[PARAPHRASE ISSUE\]\] has no value"):
        actions.apply_macro(seeded, ticket, ceo, author=staff, slots={})
    assert outbox_for(seeded, ticket) == []

    comment = actions.apply_macro(
        seeded, ticket, ceo, author=staff, slots={"PARAPHRASE ISSUE": "your suspended account"}
    )
    assert "your suspended account" in comment.body
    assert comment.macro_id == ceo.id
    assert len(outbox_for(seeded, ticket)) == 1


def test_an_edited_macro_body_still_may_not_leave_a_slot_empty(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket()
    name_request = macro(seeded, "Contact requests > Agent identity")
    with pytest.raises(actions.DeskError) as error:
        actions.apply_macro(
            seeded,
            ticket,
            name_request,
            author=agent,
            slots={},
            body="My first name is Alex. You can expect a follow up within [[FOLLOW-UP TIME]].",
        )
    assert "FOLLOW-UP TIME" in error.value.errors["body"]


def test_agent_first_name_and_ticket_number_come_from_the_desk(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket()
    name_request = macro(seeded, "Contact requests > Agent identity")
    preview = actions.preview_macro(ticket, name_request, agent=agent, slots={})
    assert f"My first name is {agent.first_name}" in preview.text
    assert f"your ticket ID is {ticket.id}" in preview.text


def test_audit_events_are_append_only(seeded: Session, make_ticket: Callable[..., Ticket]) -> None:
    from trustdesk.audit import AuditTrailIsAppendOnly

    ticket = make_ticket()
    event = seeded.scalars(
        select(AuditEvent).where(AuditEvent.subject_id == str(ticket.id))
    ).first()
    assert event is not None
    event.reason = "rewritten"
    with pytest.raises(AuditTrailIsAppendOnly):
        seeded.flush()


def test_audit_rows_carry_the_time_the_action_took_effect(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    from datetime import timedelta

    ticket = make_ticket()
    actions.add_reply(
        seeded, ticket, author=agent, body="Noted.", public=False, now=T0 + timedelta(hours=3)
    )
    assert [event.at for event in queries.audit_trail(seeded, "ticket", ticket.id)] == [
        T0,
        T0 + timedelta(hours=3),
    ]


def test_a_ticket_opened_by_the_system_starts_with_an_internal_note_not_the_requesters_words(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket(opened_by_system=True, body="Opened by the message policy.")
    actions.add_system_note(seeded, ticket, body="Evidence: three messages.", actor="system:test")
    assert [(c.public, c.author_account_id, c.author_email) for c in ticket.comments] == [
        (False, None, None),
        (False, None, None),
    ]
    assert outbox_for(seeded, ticket) == []
