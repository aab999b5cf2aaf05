"""What the reputation recompute keeps: one row per account or agency per week.

The current week's row is rewritten by every recompute; earlier rows are the history the
My Stats chart draws and the Top Rated eligible weeks are counted from.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, Index, Integer, PrimaryKeyConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from trustdesk.db import Base, UTCDateTime


class ReputationWeek(Base):
    """An account's or agency's score, sums and badge eligibility as of one week."""

    __tablename__ = "reputation_weeks"

    subject_type: Mapped[str] = mapped_column(String(10))  # "account" or "agency"
    subject_id: Mapped[int] = mapped_column(Integer)
    week_start: Mapped[date] = mapped_column(Date)  # the Monday (UTC)
    as_of: Mapped[datetime] = mapped_column(UTCDateTime)
    policy_version: Mapped[str] = mapped_column(String(40))
    job_success_score: Mapped[int | None] = mapped_column(Integer)
    eligible_contracts: Mapped[int] = mapped_column(Integer, default=0)
    distinct_clients: Mapped[int] = mapped_column(Integer, default=0)
    successful_quarters: Mapped[int] = mapped_column(BigInteger, default=0)
    negative_quarters: Mapped[int] = mapped_column(BigInteger, default=0)
    total_quarters: Mapped[int] = mapped_column(BigInteger, default=0)
    earnings_12m_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    top_rated_eligible: Mapped[bool] = mapped_column(Boolean, default=False)
    top_rated_plus_eligible: Mapped[bool] = mapped_column(Boolean, default=False)
    rising_talent_eligible: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        PrimaryKeyConstraint("subject_type", "subject_id", "week_start"),
        # The recompute writes a whole week at once and copies it onto accounts and agencies.
        Index("ix_reputation_weeks_week_start", "week_start"),
    )
