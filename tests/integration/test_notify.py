"""Team notifications: in the desk always, and posted once to a Slack-compatible webhook
(a real local HTTP receiver here) when one is configured."""

from __future__ import annotations

import urllib.error
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.conftest import Configure
from tests.webhooks import WebhookReceiver, closed_url, running_webhook
from trustdesk import jobs, notify
from trustdesk.db import utcnow
from trustdesk.desk import actions
from trustdesk.desk.models import Channel, Notification, Ticket
from trustdesk.staff.models import Role


@pytest.fixture
def receiver() -> WebhookReceiver:
    return WebhookReceiver()


@pytest.fixture
def webhook(receiver: WebhookReceiver, configure: Configure) -> Iterator[WebhookReceiver]:
    with running_webhook(receiver) as url:
        configure(slack_webhook_url=url)
        yield receiver


@pytest.fixture
def ticket(session: Session) -> Ticket:
    return actions.open_ticket(
        session,
        subject="Freelancer unresponsive",
        body="No answer for ten days.",
        channel=Channel.EMAIL,
        actor="test",
        requester_email="chris@example.com",
    )


def send(session: Session, ticket: Ticket | None, key: str = "n-1", **fields: Any) -> int:
    """Notify and commit (the post runs after commit, immediately in tests)."""
    notification = notify.notify(
        session,
        key=key,
        audience=fields.pop("audience", Role.TEAM_LEAD),
        text=fields.pop("text", "SLA breached on the ticket"),
        ticket_id=ticket.id if ticket else None,
        urgent=fields.pop("urgent", True),
    )
    session.commit()
    return notification.id


def reloaded(session: Session, notification_id: int) -> Notification:
    found = session.get(Notification, notification_id)
    assert found is not None
    session.refresh(found)
    return found


def test_the_webhook_gets_the_audience_text_urgency_and_link(
    session: Session, ticket: Ticket, webhook: WebhookReceiver
) -> None:
    notification_id = send(session, ticket)
    ((payload,),) = [webhook.bodies]
    link = f"http://127.0.0.1:8000/tickets/{ticket.id}"
    assert payload == {
        "text": ":rotating_light: *Urgent* [Team lead] SLA breached on the ticket "
        f"<{link}|Open in trustdesk>"
    }
    assert webhook.content_types == ["application/json"]
    assert reloaded(session, notification_id).webhook_delivered_at is not None


def test_a_routine_notification_without_a_ticket_has_no_urgency_or_link(
    session: Session, webhook: WebhookReceiver
) -> None:
    send(session, None, audience=Role.EXECUTIVE_ESCALATIONS, urgent=False, text="Weekly digest")
    assert webhook.bodies == [{"text": "[Executive escalations] Weekly digest"}]


def test_slack_control_characters_in_the_text_are_escaped(
    session: Session, webhook: WebhookReceiver
) -> None:
    send(session, None, urgent=False, text="Client <!channel> & co > said")
    assert webhook.bodies == [{"text": "[Team lead] Client &lt;!channel&gt; &amp; co &gt; said"}]


def test_a_notification_is_posted_once_even_if_its_job_runs_twice(
    session: Session, ticket: Ticket, webhook: WebhookReceiver
) -> None:
    notification_id = send(session, ticket)  # the job ran once already
    assert notify.post_to_webhook(notification_id) is False
    assert jobs.current().post_notification.call_local(notification_id) is False
    assert len(webhook.bodies) == 1


def test_notifying_twice_with_one_key_keeps_one_notification_and_posts_once(
    session: Session, ticket: Ticket, webhook: WebhookReceiver
) -> None:
    first = send(session, ticket, key="sla-breach-7")
    again = send(session, ticket, key="sla-breach-7", text="other words")
    assert first == again
    count = select(func.count()).select_from(Notification)
    assert session.scalar(count.where(Notification.idempotency_key == "sla-breach-7")) == 1
    assert len(webhook.bodies) == 1


def test_when_the_webhook_is_down_the_job_raises_and_the_notification_stays(
    session: Session, ticket: Ticket, configure: Configure, receiver: WebhookReceiver
) -> None:
    configure(slack_webhook_url=closed_url())
    notification_id = send(session, ticket)  # the immediate job fails and logs
    kept = reloaded(session, notification_id)
    assert kept.webhook_delivered_at is None  # the claim was released for the retry
    assert kept.text == "SLA breached on the ticket"
    with pytest.raises(urllib.error.URLError):
        jobs.current().post_notification.call_local(notification_id)
    assert reloaded(session, notification_id).webhook_delivered_at is None

    with running_webhook(receiver) as url:
        configure(slack_webhook_url=url)
        assert notify.post_to_webhook(notification_id) is True
    assert len(receiver.bodies) == 1
    assert reloaded(session, notification_id).webhook_delivered_at is not None


def test_an_error_reply_from_the_webhook_is_a_failure_to_retry(
    session: Session, ticket: Ticket, webhook: WebhookReceiver
) -> None:
    webhook.status = 500
    notification_id = send(session, ticket)
    with pytest.raises(urllib.error.HTTPError):
        notify.post_to_webhook(notification_id)
    assert reloaded(session, notification_id).webhook_delivered_at is None
    webhook.status = 200
    assert notify.post_to_webhook(notification_id) is True
    assert len(webhook.bodies) == 3  # the immediate job, the failure above, the success


def test_without_a_webhook_nothing_is_posted_and_the_notification_is_in_the_desk(
    session: Session, ticket: Ticket, receiver: WebhookReceiver
) -> None:
    with running_webhook(receiver):  # listening, but not configured
        notification_id = send(session, ticket)
        assert notify.post_to_webhook(notification_id) is False
    assert receiver.bodies == []
    kept = reloaded(session, notification_id)
    assert (kept.audience, kept.webhook_delivered_at) == (Role.TEAM_LEAD, None)


def test_a_webhook_url_that_is_not_http_is_refused_naming_the_setting(
    session: Session, configure: Configure
) -> None:
    notification_id = send(session, None)
    configure(slack_webhook_url="file:///etc/passwd")
    with pytest.raises(ValueError, match="TRUSTDESK_SLACK_WEBHOOK_URL"):
        notify.post_to_webhook(notification_id)


def test_the_sweep_posts_recent_notifications_whose_job_was_lost(
    session: Session, webhook: WebhookReceiver
) -> None:
    now = utcnow()
    ages = {
        "lost": timedelta(minutes=10),
        "fresh": timedelta(minutes=1),
        "stale": timedelta(days=1),
    }
    rows = {
        name: Notification(
            idempotency_key=name, audience=Role.TEAM_LEAD, text=name, created_at=now - age
        )
        for name, age in ages.items()
    }
    session.add_all(rows.values())  # as if the queue was down when they were committed
    session.commit()
    assert notify.unposted(session, now) == [rows["lost"].id]
    assert jobs.current().retry_undelivered.call_local() == 1
    assert webhook.bodies == [{"text": "[Team lead] lost"}]
