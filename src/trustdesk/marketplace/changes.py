"""Changes flowing back to the marketplace: what trustdesk decided that the marketplace must
apply on its side (a feedback removed from a profile, a contract excluded from JSS, a
profile set private).

``emit_change`` records the change in the caller's transaction (once per key); after commit
a job posts it to ``TRUSTDESK_MARKETPLACE_WEBHOOK_URL`` as JSON, signed with HMAC-SHA256 of
the body under the secret key (header ``X-Trustdesk-Signature: sha256=<hex>``). A post
claims its row first, so a job run twice posts once; a failed post releases the claim and
raises, for the job's retry. Without a webhook the changes wait in the table, readable in
order from ``GET /api/v1/changes``.
"""

from __future__ import annotations

import hashlib
import hmac
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
from trustdesk.marketplace.models import MarketplaceChange

SIGNATURE_HEADER = "X-Trustdesk-Signature"
#: A change not posted for this long had its job lost or give up: the sweep queues it again.
RETRY_AFTER = timedelta(minutes=5)


def emit_change(
    session: Session,
    *,
    key: str,
    kind: str,
    subject_type: str,
    subject_external_id: str,
    payload: dict[str, Any],
) -> MarketplaceChange:
    """Record a change for the marketplace once per ``key`` (returns the existing one when
    the key was used before); the webhook post, when configured, is queued after commit."""
    existing = session.scalar(
        select(MarketplaceChange).where(MarketplaceChange.idempotency_key == key)
    )
    if existing is not None:
        return existing
    change = MarketplaceChange(
        idempotency_key=key,
        kind=kind,
        subject_type=subject_type,
        subject_external_id=subject_external_id,
        payload=payload,
        created_at=utcnow(),
    )
    try:
        with session.begin_nested():
            session.add(change)
    except IntegrityError:
        return session.scalars(
            select(MarketplaceChange).where(MarketplaceChange.idempotency_key == key)
        ).one()
    if get_settings().marketplace_webhook_url:
        audit.after_commit(session, partial(jobs.queue_change_post, change.id))
    return change


def change_body(change: MarketplaceChange) -> dict[str, Any]:
    """The JSON the marketplace receives (and reads from the API)."""
    return {
        "id": change.id,
        "kind": change.kind,
        "subject": {"type": change.subject_type, "external_id": change.subject_external_id},
        "payload": change.payload,
        "created_at": change.created_at.isoformat(),
    }


def signature(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _claim(session: Session, change_id: int, now: datetime) -> bool:
    claimed: CursorResult[Any] = session.execute(  # type: ignore[assignment]  # DML result
        update(MarketplaceChange)
        .where(MarketplaceChange.id == change_id, MarketplaceChange.delivered_at.is_(None))
        .values(delivered_at=now, attempts=MarketplaceChange.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    return claimed.rowcount == 1


def post_change(change_id: int) -> bool:
    """Post one change to the marketplace's webhook (the job's body). True when this call
    posted it; False without a webhook or when it was posted (or claimed) already."""
    settings = get_settings()
    url = settings.marketplace_webhook_url
    if not url:
        return False
    webhooks.check_url("TRUSTDESK_MARKETPLACE_WEBHOOK_URL", url)
    claimed_at = utcnow()
    with session_scope() as session:
        if not _claim(session, change_id, claimed_at):
            return False
        change = session.get(MarketplaceChange, change_id)
        assert change is not None  # it was just claimed
        body = json.dumps(change_body(change)).encode()
    try:
        webhooks.post_json(
            url, body, {SIGNATURE_HEADER: signature(body, settings.resolved_secret_key())}
        )
    except OSError as error:
        with session_scope() as session:
            session.execute(
                update(MarketplaceChange)
                .where(
                    MarketplaceChange.id == change_id,
                    MarketplaceChange.delivered_at == claimed_at,
                )
                .values(delivered_at=None, last_error=str(error)[:500])
            )
        raise
    return True


def unposted(session: Session, now: datetime) -> list[int]:
    """The changes the sweep should post again (none without a webhook)."""
    if not get_settings().marketplace_webhook_url:
        return []
    return list(
        session.scalars(
            select(MarketplaceChange.id)
            .where(
                MarketplaceChange.delivered_at.is_(None),
                MarketplaceChange.created_at < now - RETRY_AFTER,
            )
            .order_by(MarketplaceChange.id)
        )
    )


def changes_after(session: Session, after_id: int, limit: int) -> list[MarketplaceChange]:
    """The changes after ``after_id``, oldest first: the marketplace's cursor."""
    return list(
        session.scalars(
            select(MarketplaceChange)
            .where(MarketplaceChange.id > after_id)
            .order_by(MarketplaceChange.id)
            .limit(limit)
        )
    )
