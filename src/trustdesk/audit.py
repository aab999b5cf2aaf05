"""The audit trail, and the shape of every change: one transaction, one audit row,
side effects only after commit (after Zulip's ``do_*`` actions).

Audit rows are append-only: the ORM refuses to update or delete them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from trustdesk.db import Base, UTCDateTime, utcnow
from trustdesk.decisions import DecisionRecord

#: The table audit rows point at; importing it here registers it before any audit write.
DECISIONS_TABLE = DecisionRecord.__tablename__

_AFTER_COMMIT_KEY = "trustdesk.after_commit"


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(80))
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text, default="")
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))

    __table_args__ = (Index("ix_audit_events_subject", "subject_type", "subject_id"),)


class AuditTrailIsAppendOnly(Exception):
    pass


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _refuse_rewrites(*_: Any) -> None:
    raise AuditTrailIsAppendOnly("audit events are never changed or deleted")


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: int | str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
    decision_id: int | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Add one audit row to the session's transaction (written, or not, with the change).

    ``at`` is when the change took effect, for actions that are told the time."""
    audit_event = AuditEvent(
        at=at or utcnow(),
        actor=actor,
        action=action,
        subject_type=subject_type,
        subject_id=str(subject_id),
        before=before,
        after=after,
        reason=reason,
        decision_id=decision_id,
    )
    session.add(audit_event)
    return audit_event


def after_commit(session: Session, effect: Callable[[], None]) -> None:
    """Run ``effect`` once the session's transaction has committed; drop it on rollback."""
    session.info.setdefault(_AFTER_COMMIT_KEY, []).append(effect)


@event.listens_for(Session, "after_commit")
def _run_effects(session: Session) -> None:
    # SQLAlchemy fires after_commit when a SAVEPOINT is released too; the effects must wait
    # for the real commit (a job run now would not see the rows, or wait on our own lock).
    if session.in_nested_transaction():
        return
    effects = session.info.pop(_AFTER_COMMIT_KEY, [])
    for effect in effects:
        effect()


@event.listens_for(Session, "after_rollback")
def _drop_effects(session: Session) -> None:
    session.info.pop(_AFTER_COMMIT_KEY, None)
