"""Email out of the desk: queued in the outbox table, delivered by a job.

Without ``TRUSTDESK_SMTP_HOST`` the outbox is the destination (staff read it in the
desk); with it, the job sends through SMTP. Queueing is idempotent by key and delivery
claims the row atomically, so an email is sent once even when its job runs twice.
Replies come back to ``support+t<ticket id>@<reply domain>`` or carry one of the
ticket's Message-IDs in ``In-Reply-To``, which is how inbound mail finds its ticket.

A failed delivery goes back to the queue with its error and the job raises, so the
queue retries it; the periodic sweep (``undelivered``) retries what the job gave up on
or never ran, until ``MAX_ATTEMPTS``, after which the email is marked failed. An SMTP
server's permanent refusal (a 5xx reply) fails the email at once.
"""

from __future__ import annotations

import re
import smtplib
import ssl
from datetime import datetime, timedelta
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from functools import partial
from typing import Any

from sqlalchemy import CursorResult, and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trustdesk import audit, jobs
from trustdesk.config import get_settings
from trustdesk.db import session_scope, utcnow
from trustdesk.desk.models import Comment, EmailStatus, OutboundEmail

ACTOR = "system:mail"
#: Deliveries tried (the job's and its retries', then the sweep's) before giving up.
MAX_ATTEMPTS = 8
#: A queued email nobody has tried for this long had its job lost: the sweep queues it.
RETRY_AFTER = timedelta(minutes=5)
#: A claim this old belongs to a worker that died mid-send (the SMTP timeout is far
#: shorter). Sending it again may duplicate it; losing a reply to a user is worse.
STALLED_AFTER = timedelta(minutes=15)
#: How many earlier Message-IDs of the ticket a reply lists in ``References``.
MAX_REFERENCES = 10
SUBJECT_MAX_LENGTH = 300  # OutboundEmail.subject
ADDRESS_MAX_LENGTH = 254  # OutboundEmail.to_address


def reply_address(ticket_id: int) -> str:
    """Where the requester's replies to this ticket go; inbound mail threads them."""
    return f"support+t{ticket_id}@{get_settings().mail_reply_domain}"


def ticket_id_from_address(address: str) -> int | None:
    """The ticket a ``<name>+t<id>@<reply domain>`` address belongs to, else None.

    Only the desk's own reply domain counts: ``someone+t5@example.com`` in the Cc of a
    customer's email is not ticket 5."""
    domain = re.escape(get_settings().mail_reply_domain)
    match = re.fullmatch(rf"[^@\s]+\+t(\d+)@{domain}", address.strip(), re.IGNORECASE)
    return int(match.group(1)) if match else None


def address_problem(value: str) -> str | None:
    """Why ``value`` is not one plain email address (``name@example.com``), or None."""
    try:
        address = Address(addr_spec=value.strip())
    except (ValueError, HeaderParseError):
        return f"{value!r} is not an email address"
    if not address.username or not address.domain:
        return f"{value!r} is not an email address"
    return None


def queue_email(
    session: Session,
    *,
    key: str,
    to: str,
    subject: str,
    body: str,
    ticket_id: int | None = None,
) -> OutboundEmail:
    """Put an email in the outbox once per ``key`` and return it (the existing one when
    the key was queued before); its delivery job is queued after commit.

    An address that cannot be sent to does not undo the change that wrote the email:
    the email is kept as failed, its ``last_error`` naming the problem, for the desk."""
    existing = session.scalar(select(OutboundEmail).where(OutboundEmail.idempotency_key == key))
    if existing is not None:
        return existing
    problem = address_problem(to)
    # Header values cannot carry line breaks; a subject typed with one is still meant.
    subject = " ".join(subject.split())[:SUBJECT_MAX_LENGTH] or "(no subject)"
    email = OutboundEmail(
        idempotency_key=key,
        to_address=(to.strip() if problem else to.strip().lower())[:ADDRESS_MAX_LENGTH],
        subject=subject,
        body=body,
        ticket_id=ticket_id,
        message_id=make_msgid(domain=get_settings().mail_reply_domain),
        status=EmailStatus.FAILED if problem else EmailStatus.QUEUED,
        last_error=f"to: {problem}" if problem else None,
        attempts=0,
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
        actor=ACTOR,
        action="email.queue",
        subject_type="email",
        subject_id=email.id,
        after={"to": email.to_address, "subject": subject, "ticket": ticket_id},
        reason=email.last_error or "",
    )
    if not problem:
        audit.after_commit(session, partial(jobs.queue_email_delivery, email.id))
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


def thread_references(session: Session, email: OutboundEmail) -> list[str]:
    """The Message-IDs of the ticket's conversation before ``email`` (the requester's
    emails and the desk's earlier ones), oldest first, so mail clients thread it."""
    if email.ticket_id is None:
        return []
    inbound = session.execute(
        select(Comment.created_at, Comment.email_message_id).where(
            Comment.ticket_id == email.ticket_id,
            Comment.email_message_id.is_not(None),
            Comment.created_at <= email.created_at,
        )
    ).all()
    outbound = session.execute(
        select(OutboundEmail.created_at, OutboundEmail.message_id).where(
            OutboundEmail.ticket_id == email.ticket_id, OutboundEmail.id < email.id
        )
    ).all()
    ordered = sorted((*inbound, *outbound), key=lambda row: row[0])
    return [str(message_id) for _, message_id in ordered][-MAX_REFERENCES:]


def build_message(email: OutboundEmail, references: list[str] | None = None) -> EmailMessage:
    settings = get_settings()
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = email.to_address
    message["Subject"] = email.subject
    message["Date"] = format_datetime(utcnow())
    message["Message-ID"] = email.message_id
    if email.ticket_id is not None:
        message["Reply-To"] = reply_address(email.ticket_id)
    if references:
        message["In-Reply-To"] = references[-1]
        message["References"] = " ".join(references)
    message.set_content(email.body)
    return message


def _send_smtp(message: EmailMessage) -> None:
    settings = get_settings()
    assert settings.smtp_host is not None
    # smtplib's default for STARTTLS does not verify the server's certificate.
    context = ssl.create_default_context()
    smtp: smtplib.SMTP
    if settings.smtp_port == smtplib.SMTP_SSL_PORT:  # 465: TLS from the first byte
        smtp = smtplib.SMTP_SSL(
            settings.smtp_host,
            settings.smtp_port,
            timeout=settings.smtp_timeout_seconds,
            context=context,
        )
    else:
        smtp = smtplib.SMTP(
            settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout_seconds
        )
    with smtp:
        if settings.smtp_starttls and not isinstance(smtp, smtplib.SMTP_SSL):
            smtp.starttls(context=context)
        if settings.smtp_username:
            smtp.login(settings.smtp_username, settings.smtp_password or "")
        smtp.send_message(message)


def _permanent(error: OSError) -> bool:
    """An SMTP reply saying retrying cannot help (5xx) for the sender, the data or
    every recipient."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def _settle(
    email_id: int, *, status: EmailStatus, final: bool, reason: str = "", **values: object
) -> None:
    """Write the outcome of a delivery attempt; a final one (sent, failed) with its
    audit row."""
    with session_scope() as session:
        session.execute(
            update(OutboundEmail)
            .where(OutboundEmail.id == email_id)
            .values(status=status, **values)
        )
        if final:
            audit.record(
                session,
                actor=ACTOR,
                action="email.send" if status == EmailStatus.SENT else "email.fail",
                subject_type="email",
                subject_id=email_id,
                after={"status": status.value, "via": values.get("delivered_via")},
                reason=reason,
            )


def deliver(email_id: int) -> bool:
    """Send one queued email (the job's body). True when this call delivered it; False
    when there is nothing to do (already sent, being sent by another run, failed for
    good, unknown) or the SMTP server refused it for good (the email is marked failed).

    The SMTP conversation happens outside any database transaction. A temporary failure
    puts the email back in the queue with ``last_error`` (failed after ``MAX_ATTEMPTS``)
    and raises, for the job's retry."""
    with session_scope() as session:
        if not _claim(session, email_id):
            return False
        email = session.get(OutboundEmail, email_id)
        assert email is not None  # it was just claimed
        message = build_message(email, thread_references(session, email))
        attempts = email.attempts
    smtp_host = get_settings().smtp_host
    if smtp_host:
        try:
            _send_smtp(message)
        except OSError as error:  # every smtplib error is an OSError, as are socket errors
            final = _permanent(error) or attempts >= MAX_ATTEMPTS
            _settle(
                email_id,
                status=EmailStatus.FAILED if final else EmailStatus.QUEUED,
                final=final,
                reason=_describe(error),
                last_error=_describe(error),
            )
            if _permanent(error):
                return False
            raise
    _settle(
        email_id,
        status=EmailStatus.SENT,
        final=True,
        sent_at=utcnow(),
        delivered_via="smtp" if smtp_host else "outbox",
        last_error=None,
    )
    return True


def undelivered(session: Session, now: datetime) -> list[int]:
    """The emails the sweep should queue again: queued and untried for ``RETRY_AFTER``
    (their job was lost or gave up), or stuck in sending for ``STALLED_AFTER`` (put
    back in the queue here, or failed once out of attempts)."""
    stalled = session.scalars(
        select(OutboundEmail).where(
            OutboundEmail.status == EmailStatus.SENDING,
            OutboundEmail.claimed_at < now - STALLED_AFTER,
        )
    ).all()
    for email in stalled:
        email.last_error = "delivery was interrupted (the worker stopped while sending)"
        email.status = EmailStatus.FAILED if email.attempts >= MAX_ATTEMPTS else EmailStatus.QUEUED
    session.flush()
    cutoff = now - RETRY_AFTER
    return list(
        session.scalars(
            select(OutboundEmail.id)
            .where(
                OutboundEmail.status == EmailStatus.QUEUED,
                or_(
                    and_(OutboundEmail.claimed_at.is_(None), OutboundEmail.created_at < cutoff),
                    OutboundEmail.claimed_at < cutoff,
                ),
            )
            .order_by(OutboundEmail.id)
        )
    )
