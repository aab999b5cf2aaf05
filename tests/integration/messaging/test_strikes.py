"""Strikes: a reminder, then a warning, then a restriction review for trust & safety."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests import factories
from trustdesk.audit import AuditEvent
from trustdesk.decisions import DecisionRecord
from trustdesk.desk.models import Channel, Comment, Priority, Ticket
from trustdesk.desk.seed import seed_desk
from trustdesk.marketplace.models import Account, AccountNote, ClientPlan, Message, NoteKind
from trustdesk.messaging.actions import ScanOutcome, scan_message
from trustdesk.messaging.models import MessagePolicyStrike, StrikeLevel
from trustdesk.messaging.policy import Stage

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
PHONE = "Happy to help, call me on +44 7911 123456 tomorrow"
PAYPAL = "Sure, pay me via PayPal and I start today"


@pytest.fixture(autouse=True)
def desk(session: Session) -> None:
    seed_desk(session)


def _message(session: Session, sender: Account, text: str, at: datetime) -> Message:
    message = Message(
        external_id=f"msg-{sender.id}-{at.timestamp():.0f}",
        room="room-1",
        sender_id=sender.id,
        text=text,
        sent_at=at,
    )
    session.add(message)
    session.flush()
    return message


def _scan(
    session: Session,
    sender: Account | None,
    text: str = PHONE,
    *,
    at: datetime = NOW,
    stage: Stage = "pre_contract",
    stored: bool = True,
) -> ScanOutcome:
    message = _message(session, sender, text, at) if sender is not None and stored else None
    return scan_message(
        session,
        text=text,
        stage=stage,
        sender=sender,
        job_category="Web development",
        message=message,
        actor="token:marketplace",
        now=at,
    )


def test_a_first_offence_is_a_reminder_with_a_nudge(session: Session) -> None:
    sender = factories.account(session)

    outcome = _scan(session, sender)

    assert outcome.decision.outcome == "nudge"
    assert "Messages video or voice call" in outcome.assessment.nudge
    assert outcome.strike is not None
    assert outcome.strike.level == StrikeLevel.REMINDER
    assert outcome.strike.kinds == ["phone"]
    assert outcome.review_ticket is None
    record = session.get(DecisionRecord, outcome.strike.decision_id)
    assert record is not None
    assert (record.subject_type, record.policy, record.outcome) == (
        "message",
        "message_policy",
        "nudge",
    )
    assert record.facts["text"] == PHONE
    note = session.scalars(select(AccountNote).where(AccountNote.account_id == sender.id)).one()
    assert note.kind == NoteKind.MESSAGE_POLICY
    assert "reminder" in note.text
    assert "phone" in note.text
    actions = session.scalars(
        select(AuditEvent.action).where(AuditEvent.subject_id == str(sender.id))
    ).all()
    assert "message_policy.strike" in actions


def test_a_repeat_in_the_window_is_a_warning_and_blocked(session: Session) -> None:
    sender = factories.account(session)
    _scan(session, sender, at=NOW - timedelta(days=10))

    outcome = _scan(session, sender)

    assert outcome.decision.outcome == "block"
    assert outcome.assessment.prior_offences == 1
    assert "You were reminded of this before" in outcome.assessment.nudge
    assert outcome.strike is not None
    assert outcome.strike.level == StrikeLevel.WARNING


def test_the_third_strike_in_90_days_opens_a_restriction_review_with_the_evidence(
    session: Session,
) -> None:
    sender = factories.account(session, email="maria@example.test")
    first = _scan(session, sender, at=NOW - timedelta(days=80))
    second = _scan(
        session, sender, "my email is maria.santos@gmail.com thanks", at=NOW - timedelta(days=5)
    )

    third = _scan(session, sender, PAYPAL)

    assert [first.strike, second.strike, third.strike] != [None, None, None]
    assert third.strike is not None
    assert third.strike.level == StrikeLevel.REVIEW
    ticket = third.review_ticket
    assert ticket is not None
    assert third.strike.ticket_id == ticket.id
    assert ticket.category is not None
    assert ticket.category.slug == "message_policy"
    assert (ticket.priority, ticket.channel) == (Priority.HIGH, Channel.API)
    assert "restriction-review" in ticket.tags
    assert ticket.requester_account_id == sender.id
    # Opened by the policy: nothing on it reads as the account's own words.
    assert (
        session.scalars(
            select(Comment).where(Comment.ticket_id == ticket.id, Comment.public.is_(True))
        ).all()
        == []
    )
    notes = session.scalars(
        select(Comment).where(
            Comment.ticket_id == ticket.id, Comment.body.startswith("Message-policy evidence")
        )
    ).all()
    assert len(notes) == 1
    evidence = notes[0].body
    assert notes[0].author_staff_id is None
    # Every offending message's text, findings and decision criteria.
    for text in (PHONE, "maria.santos@gmail.com", PAYPAL):
        assert text in evidence
    assert "phone '+447911123456'" in evidence
    assert "offplatform_payment 'paypal'" in evidence
    assert "The conversation is before a contract: met" in evidence
    assert evidence.count("Reminder") == 1
    assert evidence.count("Warning") == 1
    audit_actions = session.scalars(
        select(AuditEvent.action).where(
            AuditEvent.subject_type == "ticket", AuditEvent.subject_id == str(ticket.id)
        )
    ).all()
    assert "message_policy.restriction_review" in audit_actions


def test_a_fourth_strike_adds_its_evidence_to_the_open_review(session: Session) -> None:
    sender = factories.account(session, email="maria@example.test")
    for days in (30, 20, 10):
        _scan(session, sender, at=NOW - timedelta(days=days))

    fourth = _scan(session, sender, PAYPAL)

    tickets = session.scalars(select(Ticket).where(Ticket.requester_account_id == sender.id)).all()
    assert len(tickets) == 1
    assert fourth.review_ticket is not None
    assert fourth.review_ticket.id == tickets[0].id
    notes = session.scalars(
        select(Comment)
        .where(
            Comment.ticket_id == tickets[0].id, Comment.body.startswith("Message-policy evidence")
        )
        .order_by(Comment.id)
    ).all()
    assert len(notes) == 2
    assert PAYPAL in notes[1].body
    assert PHONE not in notes[1].body


def test_offences_older_than_90_days_do_not_count(session: Session) -> None:
    sender = factories.account(session)
    _scan(session, sender, at=NOW - timedelta(days=200))
    _scan(session, sender, at=NOW - timedelta(days=91))

    outcome = _scan(session, sender)

    assert outcome.assessment.prior_offences == 0
    assert outcome.decision.outcome == "nudge"
    assert outcome.strike is not None
    assert outcome.strike.level == StrikeLevel.REMINDER


def test_a_business_plan_client_is_allowed_and_collects_no_strike(session: Session) -> None:
    sender = factories.client_account(session, plan=ClientPlan.BUSINESS)

    outcome = _scan(session, sender)

    assert outcome.decision.outcome == "allow"
    assert outcome.assessment.sender_plan == "business"
    assert outcome.strike is None
    assert session.scalars(select(MessagePolicyStrike)).all() == []


def test_a_basic_plan_client_is_nudged(session: Session) -> None:
    sender = factories.client_account(session, plan=ClientPlan.BASIC)

    assert _scan(session, sender).decision.outcome == "nudge"


def test_during_a_contract_contact_is_allowed_but_paypal_is_blocked(session: Session) -> None:
    sender = factories.account(session)

    contact = _scan(session, sender, stage="active_contract")
    payment = _scan(session, sender, PAYPAL, stage="active_contract", at=NOW + timedelta(hours=1))

    assert contact.decision.outcome == "allow"
    assert contact.strike is None
    assert payment.decision.outcome == "block"
    assert "payments are not" in payment.assessment.nudge
    assert payment.strike is not None
    assert payment.strike.level == StrikeLevel.REMINDER


def test_a_draft_without_a_message_row_is_decided_about_the_sender(session: Session) -> None:
    sender = factories.account(session)

    outcome = _scan(session, sender, stored=False)

    assert outcome.decision_record is not None
    assert outcome.decision_record.subject_type == "account"
    assert outcome.decision_record.subject_id == sender.id
    assert outcome.strike is not None
    assert outcome.strike.message_id is None


def test_an_anonymous_scan_stores_nothing(session: Session) -> None:
    outcome = _scan(session, None)

    assert outcome.decision.outcome == "nudge"
    assert outcome.decision_record is None
    assert outcome.strike is None
    assert session.scalars(select(MessagePolicyStrike)).all() == []
