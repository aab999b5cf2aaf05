"""A moderator removes a message's contact details, keeps the rest, and the audit says so."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests import factories
from tests.conftest import make_staff
from tests.routes import staff_client
from trustdesk.app import create_app
from trustdesk.audit import AuditEvent
from trustdesk.marketplace.models import Message
from trustdesk.messaging.actions import MessagingError, redact_message
from trustdesk.staff.models import Role

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
_numbers = itertools.count(1)
TEXT = (
    "Can you send me your number? Add me on WhatsApp: +1 415 555 0134 or email "
    "maria.santos@gmail.com and we can talk about the logo."
)


def _message(session: Session, text: str = TEXT) -> Message:
    message = Message(
        external_id=f"msg-redact-{next(_numbers)}",
        room="room-1",
        sender_id=factories.account(session).id,
        text=text,
        sent_at=NOW,
    )
    session.add(message)
    session.flush()
    return message


def test_redaction_removes_the_details_and_keeps_the_rest(session: Session) -> None:
    message = _message(session)
    lead = make_staff(session, Role.TEAM_LEAD)

    removed = redact_message(session, message, actor=lead, now=NOW)

    assert sorted(finding.kind for finding in removed) == ["email", "messaging_app", "phone"]
    assert message.text == (
        "Can you send me your number? Add me on [contact details removed]: "
        "[contact details removed] or email [contact details removed] and we can talk about "
        "the logo."
    )
    assert message.redacted_at == NOW
    event = session.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "message.redact", AuditEvent.subject_id == str(message.id)
        )
    ).one()
    assert event.before is not None
    assert event.before["text"] == TEXT
    assert event.after is not None
    assert event.after["text"] == message.text
    assert "email, messaging_app, phone" in event.reason
    assert event.actor == f"staff:{lead.email}"


def test_redacting_twice_changes_nothing_the_second_time(session: Session) -> None:
    message = _message(session)
    lead = make_staff(session, Role.ADMIN)
    redact_message(session, message, actor=lead, now=NOW)
    once = message.text

    assert redact_message(session, message, actor=lead) == []
    assert message.text == once
    assert message.redacted_at == NOW
    count = session.scalars(select(AuditEvent).where(AuditEvent.action == "message.redact")).all()
    assert len(count) == 1


def test_a_request_alone_is_not_redacted(session: Session) -> None:
    message = _message(session, "Can you send me your number?")

    assert redact_message(session, message, actor=make_staff(session, Role.TEAM_LEAD)) == []
    assert message.text == "Can you send me your number?"
    assert message.redacted_at is None


def test_an_agent_may_not_redact(session: Session) -> None:
    message = _message(session)

    with pytest.raises(MessagingError) as refused:
        redact_message(session, message, actor=make_staff(session, Role.AGENT))

    assert "team leads and admins" in refused.value.errors["actor"]
    assert message.text == TEXT


def test_the_moderation_page_highlights_and_its_button_redacts(session: Session) -> None:
    message = _message(session)
    session.commit()
    lead = staff_client(create_app(), session, Role.TEAM_LEAD)

    page = lead.get(f"/messages/{message.id}")
    assert page.status_code == 200
    assert '<mark data-kind="phone"' in page.text
    assert "+1 415 555 0134</mark>" in page.text
    assert "Redact</button>" in page.text

    done = lead.post(f"/messages/{message.id}/redact", follow_redirects=False)
    assert done.status_code == 303
    after = lead.get(done.headers["location"])
    assert "3 contact detail(s) removed" in after.text
    assert "Redact</button>" not in after.text
    session.refresh(message)
    assert "[contact details removed]" in message.text


def test_the_moderation_page_ignores_a_notice_in_the_link(session: Session) -> None:
    message = _message(session)
    session.commit()
    lead = staff_client(create_app(), session, Role.TEAM_LEAD)

    page = lead.get(f"/messages/{message.id}", params={"redacted": "Re-enter your password"})

    assert page.status_code == 200
    assert "Re-enter your password" not in page.text
    assert "contact detail(s) removed" not in page.text


def test_the_moderation_page_is_for_team_leads_and_admins(session: Session) -> None:
    message = _message(session)
    session.commit()
    agent = staff_client(create_app(), session, Role.AGENT)

    assert agent.get(f"/messages/{message.id}").status_code == 403
    assert agent.post(f"/messages/{message.id}/redact").status_code == 403
