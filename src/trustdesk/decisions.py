"""Decisions are data: every policy returns a ``Decision``, never a bare boolean.

A decision names its policy and version, its outcome, and every criterion it checked with
whether it was met and the evidence, worded as the playbook words it. Decisions about a
ticket or an account are stored (``DecisionRecord``) and shown to the agent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, Session, mapped_column

from trustdesk.db import Base, UTCDateTime, utcnow


class Criterion(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    met: bool
    evidence: str


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True)

    policy: str
    policy_version: str
    outcome: str
    criteria: tuple[Criterion, ...]

    @property
    def unmet(self) -> list[Criterion]:
        return [criterion for criterion in self.criteria if not criterion.met]


class DecisionRecord(Base):
    """A decision as it was made, with the facts it was made on."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    policy: Mapped[str] = mapped_column(String(80), index=True)
    policy_version: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(40))
    criteria: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[int] = mapped_column(Integer)
    decided_by: Mapped[str] = mapped_column(String(120))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)

    def as_decision(self) -> Decision:
        return Decision(
            policy=self.policy,
            policy_version=self.policy_version,
            outcome=self.outcome,
            criteria=tuple(Criterion(**criterion) for criterion in self.criteria),
        )


def store_decision(
    session: Session,
    decision: Decision,
    *,
    subject_type: str,
    subject_id: int,
    decided_by: str,
    facts: dict[str, Any] | None = None,
    account_id: int | None = None,
) -> DecisionRecord:
    record = DecisionRecord(
        policy=decision.policy,
        policy_version=decision.policy_version,
        outcome=decision.outcome,
        criteria=[criterion.model_dump() for criterion in decision.criteria],
        facts=facts or {},
        subject_type=subject_type,
        subject_id=subject_id,
        decided_by=decided_by,
        account_id=account_id,
    )
    session.add(record)
    session.flush()
    return record
