"""Email out of the desk: queued in the outbox table, delivered by a job.

Without ``TRUSTDESK_SMTP_HOST`` the outbox is the destination (staff read it in the
desk); with it, the job sends through SMTP. Queueing is idempotent by key and delivery
claims the row atomically, so an email is sent once even when its job runs twice.
Replies come back to ``support+t<ticket id>@<reply domain>`` or carry the ticket's
Message-ID in ``In-Reply-To``, which is how inbound mail finds its ticket.
"""

from __future__ import annotations

import re
import smtplib
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

from sqlalchemy import CursorResult, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trustdesk import audit
from trustdesk.config import get_settings
from trustdesk.db import session_scope, utcnow
from trustdesk.desk.models import EmailStatus, OutboundEmail

REPLY_ADDRESS = re.compile(r"\+t(\d+)@", re.IGNORECASE)


def reply_address(ticket_id: int) -> str:
    return f"support+t{ticket_id}@{get_settings().mail_reply_domain}"


def ticket_id_from_address(address: str) -> int | None:
    match = REPLY_ADDRESS.search(address)
    return int(match.group(1)) if match else None


def queue_email(
    session: Session,
    *,
    key: str,
    to: str,
    subject: str,
    body: str,
    ticket_id: int | None = None,
) -> OutboundEmail:
    """Put an email in the outbox once per ``key``; delivery is queued after commit."""
    existing = session.scalar(select(OutboundEmail).where(OutboundEmail.idempotency_key == key))
    if existing is not None:
        return existing
    email = OutboundEmail(
        idempotency_key=key,
        to_address=to,
        subject=subject,
        body=body,
        ticket_id=ticket_id,
        message_id=make_msgid(domain=get_settings().mail_reply_domain),
    )
    try:
        with session.begin_nested():
            session.add(email)
    except IntegrityError:
        # Another transaction queued the same key first: theirs is the email.
        return session.scalars(
            select(OutboundEmail).where(OutboundEmail.idempotency_key == key)
        ).one()
    audit.record(
        session,
        actor="system:mail",
        action="email.queue",
        subject_type="email",
        subject_id=email.id,
        after={"to": to, "subject": subject, "ticket": ticket_id},
    )

    def _deliver_later(email_id: int = email.id) -> None:
        from trustdesk.jobs import deliver_email

        deliver_email(email_id)

    audit.after_commit(session, _deliver_later)
    return email


def _claim(session: Session, email_id: int) -> bool:
    """Move the email from queued to sending; True for exactly one caller."""
    claimed: CursorResult[Any] = session.execute(  # type: ignore[assignment]  # DML result
        update(OutboundEmail)
        .where(OutboundEmail.id == email_id, OutboundEmail.status == EmailStatus.QUEUED)
        .values(
            status=EmailStatus.SENDING,
            claimed_at=utcnow(),
            attempts=OutboundEmail.attempts + 1,
        )
        .execution_options(synchronize_session=False)
    )
    return claimed.rowcount == 1


def build_message(email: OutboundEmail) -> EmailMessage:
    settings = get_settings()
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = email.to_address
    message["Subject"] = email.subject
    message["Message-ID"] = email.message_id
    if email.ticket_id is not None:
        message["Reply-To"] = reply_address(email.ticket_id)
    message.set_content(email.body)
    return message


def _send_smtp(message: EmailMessage) -> None:
    settings = get_settings()
    assert settings.smtp_host is not None
    with smtplib.SMTP(
        settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout_seconds
    ) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_username:
            smtp.login(settings.smtp_username, settings.smtp_password or "")
        smtp.send_message(message)


def _finish(email_id: int, **values: object) -> None:
    with session_scope() as session:
        session.execute(update(OutboundEmail).where(OutboundEmail.id == email_id).values(**values))


def deliver(email_id: int) -> None:
    """Send one queued email (the job). A second run finds it claimed and does nothing.

    The SMTP conversation happens outside any database transaction; a failure puts the
    email back in the queue with the error, for the job's retry."""
    with session_scope() as session:
        if not _claim(session, email_id):
            return
        email = session.get(OutboundEmail, email_id)
        assert email is not None
        message = build_message(email)
    smtp_host = get_settings().smtp_host
    try:
        if smtp_host:
            _send_smtp(message)
    except (OSError, smtplib.SMTPException) as error:
        _finish(email_id, status=EmailStatus.QUEUED, last_error=f"{type(error).__name__}: {error}")
        raise
    _finish(
        email_id,
        status=EmailStatus.SENT,
        sent_at=utcnow(),
        delivered_via="smtp" if smtp_host else "outbox",
        last_error=None,
    )
