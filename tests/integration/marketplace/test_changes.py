"""Changes for the marketplace: recorded once per key, posted once to its webhook (a real
local HTTP receiver) signed with the secret key, readable in order from the API either way."""

from __future__ import annotations

import urllib.error
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.conftest import Configure
from tests.routes import token_headers
from tests.webhooks import WebhookReceiver, closed_url, running_webhook
from trustdesk.config import get_settings
from trustdesk.marketplace import changes
from trustdesk.marketplace.models import MarketplaceChange
from trustdesk.staff.models import Scope


def _emit(session: Session, key: str = "feedback-7-removed") -> MarketplaceChange:
    change = changes.emit_change(
        session,
        key=key,
        kind="feedback_removed_from_profile",
        subject_type="feedback",
        subject_external_id="fb-7",
        payload={"reason": "crisis feedback removal"},
    )
    session.commit()
    return change


@pytest.fixture
def webhook(configure: Configure) -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver()
    with running_webhook(receiver) as url:
        configure(marketplace_webhook_url=url)
        yield receiver


def test_a_change_is_recorded_once_per_key(session: Session) -> None:
    first, again = _emit(session), _emit(session)
    assert first.id == again.id
    assert session.scalar(select(func.count(MarketplaceChange.id))) == 1


def test_the_webhook_gets_the_change_signed_with_the_secret_key(
    session: Session, webhook: WebhookReceiver
) -> None:
    change = _emit(session)
    (body,) = webhook.bodies
    assert body["kind"] == "feedback_removed_from_profile"
    assert body["subject"] == {"type": "feedback", "external_id": "fb-7"}
    (raw,) = webhook.raw_bodies
    expected = changes.signature(raw, get_settings().resolved_secret_key())
    assert webhook.headers[0][changes.SIGNATURE_HEADER] == expected
    session.refresh(change)
    assert change.delivered_at is not None
    assert change.attempts == 1
    assert changes.post_change(change.id) is False  # already posted: never twice


def test_a_failed_post_releases_the_claim_and_the_retry_delivers_it(
    session: Session, configure: Configure
) -> None:
    configure(marketplace_webhook_url=closed_url())
    change = _emit(session)  # the immediate job fails and logs
    session.refresh(change)
    assert change.delivered_at is None
    assert "Connection refused" in (change.last_error or "")
    with pytest.raises(urllib.error.URLError):
        changes.post_change(change.id)

    receiver = WebhookReceiver()
    with running_webhook(receiver) as url:
        configure(marketplace_webhook_url=url)
        assert changes.post_change(change.id) is True
    assert [body["id"] for body in receiver.bodies] == [change.id]
    session.refresh(change)
    assert change.delivered_at is not None
    assert change.attempts == 3


def test_without_a_webhook_changes_wait_for_the_marketplace_to_read_them(
    client: TestClient, session: Session
) -> None:
    first = _emit(session, "a")
    second = _emit(session, "b")
    headers = token_headers(session, Scope.MIRROR_READ)
    everything = client.get("/api/v1/changes", headers=headers).json()
    assert [change["id"] for change in everything] == [first.id, second.id]
    after = client.get(f"/api/v1/changes?after_id={first.id}", headers=headers).json()
    assert [change["id"] for change in after] == [second.id]
    assert first.delivered_at is None
    refused = client.get("/api/v1/changes?limit=0", headers=headers)
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"] == ["query", "limit"]
