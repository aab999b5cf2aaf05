"""Team notifications: always in the desk, and posted to a Slack-compatible incoming
webhook when ``TRUSTDESK_SLACK_WEBHOOK_URL`` is set. Idempotent by key.

A post claims its notification first (``webhook_delivered_at`` is set by a conditional
update before the request), so a job that runs twice posts once; a failed post clears
the claim and raises, for the job's retry. A worker that dies between claiming and
posting loses that one post: the notification stays in the desk either way.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import CursorResult, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trustdesk import audit, jobs, webhooks
from trustdesk.config import get_settings
from trustdesk.db import session_scope, utcnow
from trustdesk.desk.models import Notification
from trustdesk.staff.models import Role

#: A notification not posted for this long had its job lost or give up: the sweep
#: queues it again ...
RETRY_AFTER = timedelta(minutes=5)
#: ... unless it is older than this: an alert from hours ago posted now would mislead.
RETRY_WITHIN = timedelta(hours=6)


def notify(
    session: Session,
    *,
    key: str,
    audience: Role,
    text: str,
    ticket_id: int | None = None,
    urgent: bool = False,
) -> Notification:
    """Notify everyone with the ``audience`` role once per ``key``; returns the
    notification (the existing one when the key was used before). The webhook post, when
    one is configured, is queued after commit."""
    existing = session.scalar(select(Notification).where(Notification.idempotency_key == key))
    if existing is not None:
        return existing
    notification = Notification(
        idempotency_key=key,
        audience=audience,
        text=text,
        ticket_id=ticket_id,
        urgent=urgent,
        link=f"/tickets/{ticket_id}" if ticket_id is not None else None,
    )
    try:
        with session.begin_nested():
            session.add(notification)
    except IntegrityError:
        return session.scalars(
            select(Notification).where(Notification.idempotency_key == key)
        ).one()
    if get_settings().slack_webhook_url:
        audit.after_commit(session, partial(jobs.queue_notification_post, notification.id))
    return notification


def _escape(text: str) -> str:
    """Slack's escaping: ``&``, ``<`` and ``>`` are control characters in its text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def webhook_payload(notification: Notification) -> dict[str, str]:
    """The webhook body: the audience, the text, urgency and a link to the ticket."""
    urgency = ":rotating_light: *Urgent* " if notification.urgent else ""
    link = ""
    if notification.link:
        url = get_settings().url(notification.link)
        link = f" <{url}|Open in trustdesk>"
    audience = notification.audience.label
    return {"text": f"{urgency}[{audience}] {_escape(notification.text)}{link}"}


def _claim(session: Session, notification_id: int, now: datetime) -> bool:
    claimed: CursorResult[Any] = session.execute(  # type: ignore[assignment]  # DML result
        update(Notification)
        .where(Notification.id == notification_id, Notification.webhook_delivered_at.is_(None))
        .values(webhook_delivered_at=now)
        .execution_options(synchronize_session=False)
    )
    return claimed.rowcount == 1


def post_to_webhook(notification_id: int) -> bool:
    """Post one notification to the webhook (the job's body). True when this call posted
    it; False when no webhook is configured or it was posted (or claimed) already.

    On failure the claim is released and the error raised, for the job's retry; the
    notification stays in the desk."""
    url = get_settings().slack_webhook_url
    if not url:
        return False
    webhooks.check_url("TRUSTDESK_SLACK_WEBHOOK_URL", url)
    claimed_at = utcnow()
    with session_scope() as session:
        if not _claim(session, notification_id, claimed_at):
            return False
        notification = session.get(Notification, notification_id)
        assert notification is not None  # it was just claimed
        payload = webhook_payload(notification)
    try:
        webhooks.post_json(url, json.dumps(payload).encode())
    except OSError:
        with session_scope() as session:
            session.execute(
                update(Notification)
                .where(
                    Notification.id == notification_id,
                    Notification.webhook_delivered_at == claimed_at,
                )
                .values(webhook_delivered_at=None)
            )
        raise
    return True


def unposted(session: Session, now: datetime) -> list[int]:
    """The notifications the sweep should post again (none without a webhook): not
    posted, created between ``RETRY_WITHIN`` and ``RETRY_AFTER`` ago."""
    if not get_settings().slack_webhook_url:
        return []
    return list(
        session.scalars(
            select(Notification.id)
            .where(
                Notification.webhook_delivered_at.is_(None),
                Notification.created_at < now - RETRY_AFTER,
                Notification.created_at > now - RETRY_WITHIN,
            )
            .order_by(Notification.id)
        )
    )
