"""Team notifications: always in the desk, and posted to a Slack-compatible incoming
webhook when ``TRUSTDESK_SLACK_WEBHOOK_URL`` is set. Idempotent by key."""

from __future__ import annotations

import json
import urllib.request

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trustdesk import audit
from trustdesk.config import get_settings
from trustdesk.db import session_scope, utcnow
from trustdesk.desk.models import Notification
from trustdesk.staff.models import Role

WEBHOOK_TIMEOUT_SECONDS = 10


def notify(
    session: Session,
    *,
    key: str,
    audience: Role,
    text: str,
    ticket_id: int | None = None,
    urgent: bool = False,
) -> Notification:
    """Notify everyone with the ``audience`` role once per ``key``."""
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

        def _post_later(notification_id: int = notification.id) -> None:
            from trustdesk.jobs import post_notification

            post_notification(notification_id)

        audit.after_commit(session, _post_later)
    return notification


def webhook_payload(notification: Notification) -> dict[str, str]:
    prefix = ":rotating_light: *Urgent* " if notification.urgent else ""
    link = ""
    if notification.link:
        link = f" <{get_settings().base_url.rstrip('/')}{notification.link}|open>"
    return {"text": f"{prefix}[{notification.audience.label}] {notification.text}{link}"}


def post_to_webhook(notification_id: int) -> None:
    """Post one notification to the webhook (the job); once, even if the job runs twice."""
    url = get_settings().slack_webhook_url
    if not url:
        return
    with session_scope() as session:
        notification = session.get(Notification, notification_id)
        if notification is None or notification.webhook_delivered_at is not None:
            return
        payload = webhook_payload(notification)
    request = urllib.request.Request(
        url,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=WEBHOOK_TIMEOUT_SECONDS) as response:
        response.read()
    with session_scope() as session:
        session.execute(
            update(Notification)
            .where(Notification.id == notification_id)
            .values(webhook_delivered_at=utcnow())
        )
