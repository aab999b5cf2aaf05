"""Every incoming user message is scanned, and the desk acts on what it finds: the
guidance is stored with its criteria, a possible threat to life makes the ticket urgent and
alerts a team lead, and replies in a self-harm conversation are checked before sending."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.conftest import Configure
from tests.integration.desk.conftest import T0
from trustdesk.audit import AuditEvent
from trustdesk.conduct import live, policy
from trustdesk.conduct.models import MessageScan
from trustdesk.decisions import DecisionRecord
from trustdesk.desk import actions
from trustdesk.desk.actions import DeskError
from trustdesk.desk.models import (
    Channel,
    ClockKind,
    Comment,
    Notification,
    Priority,
    SlaClock,
    Ticket,
)
from trustdesk.staff.models import Role, StaffUser


def _say(session: Session, ticket: Ticket, text: str, minutes: int = 1) -> MessageScan:
    comment = actions.add_customer_message(
        session,
        ticket,
        body=text,
        channel=Channel.CHAT,
        author_email=ticket.requester_email,
        author_account_id=ticket.requester_account_id,
        now=T0 + timedelta(minutes=minutes),
    )
    return session.scalars(select(MessageScan).where(MessageScan.comment_id == comment.id)).one()


def test_the_first_message_of_a_ticket_is_scanned(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket(body="you people are useless and I'm done with you", channel=Channel.CHAT)
    scan = seeded.scalars(select(MessageScan).where(MessageScan.ticket_id == ticket.id)).one()
    assert scan.abuse == "abusive"
    assert scan.abuse_types == ["directed_insult"]
    assert scan.guidance == policy.Guidance.WARN


def test_an_abusive_message_stores_its_guidance_with_the_evidence(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket(channel=Channel.CHAT)
    scan = _say(seeded, ticket, "you are a useless moron")
    record = seeded.get(DecisionRecord, scan.decision_id)
    assert record is not None
    assert record.policy == policy.GUIDANCE_POLICY
    assert record.outcome == "warn"
    abusive = next(c for c in record.criteria if c["name"] == policy.ABUSIVE)
    assert abusive["met"] is True
    assert "moron" in abusive["evidence"]
    assert any(cue["label"] == "directed_insult" for cue in scan.cues)


def test_an_ordinary_message_is_scanned_without_a_decision(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket()
    scan = _say(seeded, ticket, "Thanks, I will wait for your answer.")
    assert scan.guidance == policy.Guidance.NONE
    assert scan.decision_id is None


def test_venting_is_guidance_to_let_them_vent(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket()
    scan = _say(seeded, ticket, "this is bullshit, three weeks and still nothing")
    assert scan.abuse == "venting"
    assert scan.guidance == policy.Guidance.LET_VENT


def test_a_possible_threat_to_life_is_urgent_flagged_and_alerts_a_team_lead(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket(channel=Channel.CHAT)
    assert ticket.priority == Priority.NORMAL
    scan = _say(seeded, ticket, "I have the pills in my hand and I'm taking them now")
    assert scan.self_harm == "immediate"
    assert ticket.priority == Priority.URGENT
    assert live.THREAT_TO_LIFE_TAG in ticket.tags
    alert = seeded.scalars(select(Notification).where(Notification.ticket_id == ticket.id)).one()
    assert alert.audience == Role.TEAM_LEAD
    assert alert.urgent
    assert "threat to life" in alert.text
    event = seeded.scalars(
        select(AuditEvent).where(AuditEvent.action == "ticket.threat_to_life")
    ).one()
    assert event.subject_id == str(ticket.id)
    assert event.before == {"priority": "normal"}
    assert event.decision_id == scan.decision_id


IMMEDIATE_LINE = "I have the pills in my hand and I'm taking all of them tonight"


def _first_response_clocks(ticket: Ticket) -> list[SlaClock]:
    return [
        clock
        for clock in ticket.clocks
        if clock.kind == ClockKind.FIRST_RESPONSE and clock.stopped_at is None
    ]


def _owner_event(session: Session, ticket: Ticket) -> AuditEvent:
    return session.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "ticket.threat_to_life_owner",
            AuditEvent.subject_id == str(ticket.id),
        )
    ).one()


def test_an_unanswered_threat_to_life_goes_to_the_team_leads_due_in_minutes(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket(channel=Channel.CHAT)
    _say(seeded, ticket, IMMEDIATE_LINE, minutes=2)
    (clock,) = _first_response_clocks(ticket)
    assert clock.due_at == T0 + timedelta(minutes=2 + 5)
    assert ticket.assignee_id is None
    assert ticket.group is not None
    assert ticket.group.name == "Team leads"
    event = _owner_event(seeded, ticket)
    assert event.after is not None
    assert event.after["group"] == ticket.group_id
    record = seeded.get(DecisionRecord, event.decision_id)
    assert record is not None
    assert record.policy == policy.THREAT_TO_LIFE_POLICY
    assert record.outcome == policy.ThreatOwner.TEAM_LEADS
    criteria = {criterion["name"]: criterion for criterion in record.criteria}
    assert "taking all of them tonight" in criteria[policy.IMMEDIATE]["evidence"]
    assert criteria[policy.HANDLING_AGENT]["met"] is False
    assert "5 minutes" in criteria[policy.PROMPT_ANSWER]["evidence"]


def test_the_agent_answering_the_chat_owns_the_threat_to_life(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket(channel=Channel.CHAT)
    actions.add_reply(
        seeded, ticket, author=agent, body="Hello, how can I help?", public=True, now=T0
    )
    assert _first_response_clocks(ticket) == []
    _say(seeded, ticket, IMMEDIATE_LINE, minutes=3)
    assert ticket.assignee_id == agent.id
    # The first response was given: the next one is owed within minutes.
    (clock,) = _first_response_clocks(ticket)
    assert clock.due_at == T0 + timedelta(minutes=3 + 5)
    record = seeded.get(DecisionRecord, _owner_event(seeded, ticket).decision_id)
    assert record is not None
    assert record.outcome == policy.ThreatOwner.HANDLING_AGENT
    handling = next(c for c in record.criteria if c["name"] == policy.HANDLING_AGENT)
    assert agent.full_name in handling["evidence"]
    # Answering the user stops it.
    actions.add_reply(
        seeded, ticket, author=agent, body="I hear you.", public=True, now=T0 + timedelta(minutes=4)
    )
    assert _first_response_clocks(ticket) == []


def test_an_assigned_threat_to_life_keeps_its_assignee(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser, team_lead: StaffUser
) -> None:
    ticket = make_ticket(channel=Channel.CHAT)
    actions.assign(seeded, ticket, actor=team_lead, assignee_id=agent.id, now=T0)
    _say(seeded, ticket, IMMEDIATE_LINE)
    assert ticket.assignee_id == agent.id
    assert ticket.group_id is None
    record = seeded.get(DecisionRecord, _owner_event(seeded, ticket).decision_id)
    assert record is not None
    assert record.outcome == policy.ThreatOwner.KEEP_ASSIGNEE


def test_every_later_message_of_a_flagged_chat_is_owed_an_answer_in_minutes(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket(channel=Channel.CHAT)
    _say(seeded, ticket, IMMEDIATE_LINE, minutes=1)
    actions.add_reply(
        seeded, ticket, author=agent, body="I hear you.", public=True, now=T0 + timedelta(minutes=2)
    )
    _say(seeded, ticket, "are you still there?", minutes=10)
    (clock,) = _first_response_clocks(ticket)
    assert clock.due_at == T0 + timedelta(minutes=10 + 5)


def test_an_ordinary_chat_keeps_the_24_hour_first_response(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket(channel=Channel.CHAT)
    _say(seeded, ticket, "are you still there?", minutes=10)
    (clock,) = _first_response_clocks(ticket)
    assert clock.due_at == T0 + timedelta(hours=24)
    assert ticket.group_id is None


def test_a_self_harm_risk_flags_the_ticket_and_notes_an_account_link(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket()
    scan = _say(seeded, ticket, "you suspended my account and I don't see a reason to go on")
    assert scan.self_harm == "risk"
    assert scan.linked_to_account
    assert live.SELF_HARM_TAG in ticket.tags
    assert live.THREAT_TO_LIFE_TAG not in ticket.tags
    assert ticket.priority == Priority.NORMAL


def test_a_threat_tied_to_the_configured_marketplace_lets_the_agent_discuss_it(
    seeded: Session,
    make_ticket: Callable[..., Ticket],
    agent: StaffUser,
    configure: Configure,
) -> None:
    configure(marketplace_name="Gigly")
    ticket = make_ticket()
    before = _say(seeded, ticket, "I don't see a reason to go on")
    assert not before.linked_to_account
    with pytest.raises(DeskError) as refused:
        actions.add_reply(seeded, ticket, author=agent, body="Gigly will help.", public=True)
    assert "Avoid discussing Gigly or their account" in refused.value.errors["body"]

    after = _say(seeded, ticket, "Gigly took my earnings and I don't see a reason to go on", 2)
    assert after.linked_to_account
    assert actions.add_reply(seeded, ticket, author=agent, body="Gigly will help.", public=True)


def test_situations_are_kept_with_the_words_that_raised_them(
    seeded: Session, make_ticket: Callable[..., Ticket]
) -> None:
    ticket = make_ticket()
    scan = _say(seeded, ticket, "I want to speak to your CEO. Also, I'm recording this chat.")
    assert {cue["situation"] for cue in scan.situations} == {"leadership", "recording"}
    assert scan.decision_id is not None


# ---------------------------------------------------------------------------------------
# The reply linter, enforced where replies are made


def test_a_reply_with_words_to_avoid_is_refused_in_a_self_harm_conversation(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket()
    _say(seeded, ticket, "I can't do this anymore, I want to end my life")
    with pytest.raises(DeskError) as refused:
        actions.add_reply(
            seeded, ticket, author=agent, body="I understand. Talk to your family.", public=True
        )
    message = refused.value.errors["body"]
    assert "“I understand”" in message
    assert "Many people don’t have this option" in message
    assert not any(c.body.startswith("I understand") for c in ticket.comments)


def test_a_flagged_reply_goes_out_when_the_agent_acknowledges_the_flags(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket()
    _say(seeded, ticket, "I want to kill myself")
    comment = actions.add_reply(
        seeded, ticket, author=agent, body="I understand.", public=True, lint_acknowledged=True
    )
    assert comment.public


def test_internal_notes_and_other_conversations_are_not_linted(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket()
    actions.add_reply(seeded, ticket, author=agent, body="I understand the refund.", public=True)
    _say(seeded, ticket, "I want to kill myself")
    note = actions.add_reply(
        seeded, ticket, author=agent, body="User mentions depression.", public=False
    )
    assert not note.public


def test_account_talk_is_allowed_once_the_user_linked_the_threat_to_the_account(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket()
    _say(seeded, ticket, "since you banned my account I just want to die")
    macro = live.macro_by_title(seeded, policy.SELF_HARM_ACCOUNT_MACRO)
    assert macro is not None
    comment = actions.apply_macro(seeded, ticket, macro, author=agent, slots={})
    assert "Regarding your Upwork account" in comment.body


def test_the_general_self_harm_response_passes_the_linter(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    ticket = make_ticket()
    _say(seeded, ticket, "I don't see a reason to go on")
    macro = live.macro_by_title(seeded, policy.SELF_HARM_GENERAL_MACRO)
    assert macro is not None
    assert actions.apply_macro(seeded, ticket, macro, author=agent, slots={}).public
    account_macro = live.macro_by_title(seeded, policy.SELF_HARM_ACCOUNT_MACRO)
    assert account_macro is not None
    with pytest.raises(DeskError):
        actions.apply_macro(seeded, ticket, account_macro, author=agent, slots={})
    assert seeded.scalar(select(Comment).where(Comment.macro_id == account_macro.id)) is None
