"""The message policy's memory: the strikes a sender collects for nudged or blocked messages."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from trustdesk.db import Base, UTCDateTime, utcnow
from trustdesk.decisions import DecisionRecord
from trustdesk.marketplace.models import Account, Message, enum_column


class StrikeLevel(StrEnum):
    """The ladder within the window: a reminder, then a warning, then a restriction review."""

    REMINDER = "reminder"
    WARNING = "warning"
    REVIEW = "review"

    @property
    def label(self) -> str:
        return {
            StrikeLevel.REMINDER: "Reminder",
            StrikeLevel.WARNING: "Warning",
            StrikeLevel.REVIEW: "Restriction review",
        }[self]


class MessagePolicyStrike(Base):
    """One nudged or blocked message held against its sender, with the decision that made it."""

    __tablename__ = "message_policy_strikes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    # A message scanned before the marketplace sent it has no row here yet.
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"))
    level: Mapped[StrikeLevel] = mapped_column(enum_column(StrikeLevel, "strike_level"))
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The restriction-review ticket a review strike opened or added its evidence to.
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    account: Mapped[Account] = relationship()
    message: Mapped[Message | None] = relationship()
    decision: Mapped[DecisionRecord] = relationship()

    # Counting a sender's strikes in the window is the hot read of every scan.
    __table_args__ = (
        Index("ix_message_policy_strikes_account_created", "account_id", "created_at"),
    )
