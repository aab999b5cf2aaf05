"""Email out of the desk: the local outbox, SMTP against a real local server (aiosmtpd),
failures kept for retry, and each email sent once however often its job runs."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.conftest import Configure
from trustdesk import jobs, mail
from trustdesk.audit import AuditEvent
from trustdesk.config import get_settings
from trustdesk.db import utcnow
from trustdesk.desk import actions
from trustdesk.desk.models import Channel, EmailStatus, OutboundEmail, Ticket

# --- a real SMTP server on 127.0.0.1 ---------------------------------------------------


class SmtpInbox:
    """An aiosmtpd handler keeping every message it accepts; ``refuse_recipients`` makes
    it answer RCPT with that reply instead (e.g. a permanent 550)."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.recipients: list[list[str]] = []
        self.refuse_recipients: str | None = None
        self.arrived = threading.Event()

    async def handle_RCPT(  # noqa: N802  (aiosmtpd's hook name)
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if self.refuse_recipients:
            return self.refuse_recipients
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802  (aiosmtpd's hook name)
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        parsed = email.message_from_bytes(
            envelope.content, _class=EmailMessage, policy=email.policy.default
        )
        self.messages.append(parsed)
        self.recipients.append(list(envelope.rcpt_tos))
        self.arrived.set()
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_smtp_server(inbox: SmtpInbox) -> Iterator[int]:
    """An SMTP server for ``inbox`` on a free local port, yielded."""
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


@pytest.fixture
def inbox() -> SmtpInbox:
    return SmtpInbox()


@pytest.fixture
def smtp(inbox: SmtpInbox, configure: Configure) -> Iterator[SmtpInbox]:
    """The desk sends through a real SMTP server on 127.0.0.1 (STARTTLS off)."""
    with running_smtp_server(inbox) as port:
        configure(smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False)
        yield inbox


@pytest.fixture
def ticket(session: Session) -> Ticket:
    return actions.open_ticket(
        session,
        subject="Payment on hold",
        body="Why is my payment on hold?",
        channel=Channel.EMAIL,
        actor="test",
        requester_email="maria@example.com",
    )


def queue(session: Session, ticket: Ticket | None, key: str = "test-1", **fields: Any) -> int:
    """Queue an email and commit (delivery runs after commit, immediately in tests)."""
    email_row = mail.queue_email(
        session,
        key=key,
        to=fields.pop("to", "maria@example.com"),
        subject=fields.pop("subject", "[#1] Payment on hold"),
        body=fields.pop("body", "Hello Maria,\n\nThe hold is lifted.\n"),
        ticket_id=ticket.id if ticket else None,
    )
    session.commit()
    return email_row.id


def row(session: Session, email_id: int) -> OutboundEmail:
    found = session.get(OutboundEmail, email_id)
    assert found is not None
    session.refresh(found)
    return found


# --- the local outbox ------------------------------------------------------------------


def test_without_smtp_the_email_is_kept_in_the_local_outbox(
    session: Session, ticket: Ticket
) -> None:
    email_id = queue(session, ticket)
    sent = row(session, email_id)
    assert (sent.status, sent.delivered_via, sent.attempts) == (EmailStatus.SENT, "outbox", 1)
    assert sent.sent_at is not None
    assert sent.last_error is None
    actions_written = session.scalars(
        select(AuditEvent.action).where(
            AuditEvent.subject_type == "email", AuditEvent.subject_id == str(email_id)
        )
    ).all()
    assert sorted(actions_written) == ["email.queue", "email.send"]


# --- SMTP ------------------------------------------------------------------------------


def test_the_email_arrives_at_the_smtp_server_with_its_headers_and_body(
    session: Session, ticket: Ticket, smtp: SmtpInbox
) -> None:
    email_id = queue(session, ticket)
    (message,) = smtp.messages
    sent = row(session, email_id)
    assert message["From"] == get_settings().mail_from
    assert message["To"] == "maria@example.com"
    assert smtp.recipients == [["maria@example.com"]]
    assert message["Subject"] == "[#1] Payment on hold"
    assert message["Message-ID"] == sent.message_id
    assert message["Reply-To"] == f"support+t{ticket.id}@trustdesk.local"
    assert message["Date"] is not None
    body = message.get_body()
    assert isinstance(body, EmailMessage)
    assert body.get_content().replace("\r\n", "\n") == "Hello Maria,\n\nThe hold is lifted.\n"
    assert (sent.status, sent.delivered_via) == (EmailStatus.SENT, "smtp")


def test_a_later_email_on_the_ticket_answers_the_earlier_ones(
    session: Session, ticket: Ticket, smtp: SmtpInbox
) -> None:
    first = row(session, queue(session, ticket, key="first"))
    queue(session, ticket, key="second")
    earlier, later = smtp.messages
    assert earlier["In-Reply-To"] is None
    assert later["In-Reply-To"] == first.message_id
    assert later["References"] == first.message_id


def test_an_email_without_a_ticket_has_no_reply_address(session: Session, smtp: SmtpInbox) -> None:
    queue(session, None)
    (message,) = smtp.messages
    assert message["Reply-To"] is None


def test_when_the_smtp_server_is_down_the_email_stays_queued_with_the_error(
    session: Session, ticket: Ticket, configure: Configure, inbox: SmtpInbox
) -> None:
    port = free_port()  # nothing listens there
    configure(smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False)
    email_id = queue(session, ticket)  # the immediate job fails and logs
    failed = row(session, email_id)
    assert failed.status == EmailStatus.QUEUED
    assert failed.last_error is not None
    assert failed.last_error.startswith("ConnectionRefusedError")
    # Run by the queue, the job raises, which is what makes Huey retry it.
    with pytest.raises(ConnectionRefusedError):
        jobs.current().deliver_email.call_local(email_id)
    assert row(session, email_id).attempts == 2

    with running_smtp_server(inbox) as port:
        configure(smtp_port=port)
        assert mail.deliver(email_id) is True
    sent = row(session, email_id)
    assert (sent.status, sent.attempts, sent.last_error) == (EmailStatus.SENT, 3, None)
    assert len(inbox.messages) == 1


def test_a_failing_delivery_job_is_scheduled_again_by_the_queue(
    session: Session, ticket: Ticket, configure: Configure, tmp_path: Any
) -> None:
    configure(smtp_host="127.0.0.1", smtp_port=free_port(), smtp_starttls=False)
    email_id = queue(session, ticket)
    queue_ = jobs.build_jobs(sqlite_path=tmp_path / "jobs.db")
    queue_.deliver_email(email_id)
    task = queue_.huey.dequeue()
    queue_.huey.execute(task)  # what a consumer does; the failure is logged
    (retry,) = queue_.huey.scheduled()
    assert retry.name == "deliver_email"
    assert retry.args == (email_id,)
    assert retry.retries == jobs.DELIVERY_RETRIES - 1


def test_a_permanent_refusal_fails_the_email_without_retrying(
    session: Session, ticket: Ticket, smtp: SmtpInbox
) -> None:
    smtp.refuse_recipients = "550 5.1.1 No such user here"
    session.commit()
    email_id = queue(session, ticket)
    failed = row(session, email_id)
    assert failed.status == EmailStatus.FAILED
    assert failed.last_error is not None
    assert "No such user" in failed.last_error
    assert jobs.current().deliver_email.call_local(email_id) is False  # nothing to retry
    assert smtp.messages == []


def test_after_the_last_attempt_the_email_is_marked_failed(
    session: Session, ticket: Ticket, configure: Configure
) -> None:
    email_id = queue(session, ticket)  # delivered to the outbox: now make it a retry
    email_row = row(session, email_id)
    email_row.status = EmailStatus.QUEUED
    email_row.attempts = mail.MAX_ATTEMPTS - 1
    session.commit()
    configure(smtp_host="127.0.0.1", smtp_port=free_port(), smtp_starttls=False)
    with pytest.raises(ConnectionRefusedError):
        mail.deliver(email_id)
    assert row(session, email_id).status == EmailStatus.FAILED


def test_an_address_that_cannot_be_sent_to_is_kept_as_failed_naming_it(
    session: Session, ticket: Ticket, smtp: SmtpInbox
) -> None:
    email_id = queue(session, ticket, to="maria at example.com")
    failed = row(session, email_id)
    assert failed.status == EmailStatus.FAILED
    assert failed.last_error == "to: 'maria at example.com' is not an email address"
    assert mail.deliver(email_id) is False
    assert smtp.messages == []


def test_a_subject_with_line_breaks_is_sent_on_one_line(
    session: Session, ticket: Ticket, smtp: SmtpInbox
) -> None:
    queue(session, ticket, subject="Payment\r\nBcc: victim@example.com")
    (message,) = smtp.messages
    assert message["Subject"] == "Payment Bcc: victim@example.com"
    assert message["Bcc"] is None


# --- idempotency -------------------------------------------------------------------------


def test_delivering_twice_sends_once(session: Session, ticket: Ticket, smtp: SmtpInbox) -> None:
    email_id = queue(session, ticket)  # the job ran once already
    assert mail.deliver(email_id) is False
    assert jobs.current().deliver_email.call_local(email_id) is False
    assert len(smtp.messages) == 1
    assert row(session, email_id).attempts == 1


def test_queueing_the_same_key_twice_keeps_one_email_and_sends_it_once(
    session: Session, ticket: Ticket, smtp: SmtpInbox
) -> None:
    first = queue(session, ticket, key="comment-7")
    again = queue(session, ticket, key="comment-7", body="a different body")
    assert first == again
    count = select(func.count()).select_from(OutboundEmail)
    assert session.scalar(count.where(OutboundEmail.idempotency_key == "comment-7")) == 1
    assert len(smtp.messages) == 1


def test_an_email_claimed_by_another_run_is_not_sent_again(
    session: Session, ticket: Ticket, smtp: SmtpInbox
) -> None:
    sending = OutboundEmail(
        idempotency_key="being-sent",
        to_address="maria@example.com",
        subject="s",
        body="b",
        ticket_id=ticket.id,
        message_id="<being-sent@trustdesk.local>",
        status=EmailStatus.SENDING,  # another worker is sending it right now
        attempts=1,
        claimed_at=utcnow(),
    )
    session.add(sending)
    session.commit()
    assert mail.deliver(sending.id) is False
    assert smtp.messages == []
    assert row(session, sending.id).attempts == 1


# --- the sweep of lost jobs ---------------------------------------------------------------


def test_the_sweep_finds_emails_whose_job_was_lost_or_stalled(
    session: Session, ticket: Ticket
) -> None:
    now = utcnow()
    emails = {
        name: OutboundEmail(
            idempotency_key=name,
            to_address="maria@example.com",
            subject="s",
            body="b",
            message_id=f"<{name}@trustdesk.local>",
            status=status,
            attempts=attempts,
            created_at=now - age,
            claimed_at=now - claimed if claimed is not None else None,
        )
        for name, status, attempts, age, claimed in [
            ("lost", EmailStatus.QUEUED, 0, timedelta(minutes=6), None),
            ("fresh", EmailStatus.QUEUED, 0, timedelta(minutes=1), None),
            ("retried-long-ago", EmailStatus.QUEUED, 2, timedelta(hours=1), timedelta(minutes=6)),
            ("retrying-now", EmailStatus.QUEUED, 2, timedelta(hours=1), timedelta(minutes=1)),
            ("stalled", EmailStatus.SENDING, 1, timedelta(hours=1), timedelta(minutes=20)),
            ("sending", EmailStatus.SENDING, 1, timedelta(hours=1), timedelta(minutes=1)),
            (
                "spent",
                EmailStatus.SENDING,
                mail.MAX_ATTEMPTS,
                timedelta(hours=1),
                timedelta(hours=1),
            ),
            ("sent", EmailStatus.SENT, 1, timedelta(hours=1), timedelta(hours=1)),
        ]
    }
    session.add_all(emails.values())
    session.flush()
    found = mail.undelivered(session, now)
    assert found == sorted(emails[name].id for name in ("lost", "retried-long-ago", "stalled"))
    assert emails["stalled"].status == EmailStatus.QUEUED
    assert emails["stalled"].last_error is not None
    assert emails["spent"].status == EmailStatus.FAILED
    assert emails["sending"].status == EmailStatus.SENDING


def test_the_periodic_sweep_delivers_an_email_whose_job_was_lost(
    session: Session, ticket: Ticket, smtp: SmtpInbox
) -> None:
    lost = OutboundEmail(
        idempotency_key="lost",
        to_address="maria@example.com",
        subject="Lost job",
        body="b",
        ticket_id=ticket.id,
        message_id="<lost@trustdesk.local>",
        status=EmailStatus.QUEUED,
        attempts=0,
        created_at=utcnow() - timedelta(minutes=10),
    )
    session.add(lost)  # as if the queue was down when it was committed
    session.commit()
    assert jobs.current().retry_undelivered.call_local() == 1
    assert [message["Subject"] for message in smtp.messages] == ["Lost job"]
    assert row(session, lost.id).status == EmailStatus.SENT
