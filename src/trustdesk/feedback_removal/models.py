"""A Feedback Removal Request: what the freelancer asked, the ticket it opened, the review's
decision and where the request stands."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from trustdesk.crisis.models import CrisisEvent
from trustdesk.db import Base, UTCDateTime, utcnow
from trustdesk.desk.models import Ticket
from trustdesk.marketplace.models import Account, Contract, Feedback, enum_column


class RemovalStatus(StrEnum):
    IN_REVIEW = "in_review"  # reviewed by the policy; the agent acts on the decision
    AWAITING_TEAM_LEAD = "awaiting_team_lead"
    AWAITING_AGENCY_OWNER = "awaiting_agency_owner"
    REMOVED = "removed"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class RemovalRequest(Base):
    """One request, about one client feedback; a feedback is asked about once."""

    __tablename__ = "feedback_removal_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("crisis_events.id"), index=True)
    requester_account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"))
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback.id"), unique=True)
    impact_confirmed: Mapped[bool] = mapped_column(Boolean)
    explanation: Mapped[str] = mapped_column(Text)
    status: Mapped[RemovalStatus] = mapped_column(
        enum_column(RemovalStatus, "removal_status"), default=RemovalStatus.IN_REVIEW
    )
    # The latest review (the form's, an exception request's, the agency owner's).
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    outcome: Mapped[str] = mapped_column(String(40))
    scope: Mapped[str | None] = mapped_column(String(40))
    exception_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    # The agency case: the owner asked whether to remove the feedback from the agency's JSS.
    agency_owner_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    agency_owner_answer: Mapped[str | None] = mapped_column(String(10))
    agency_owner_answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    ticket: Mapped[Ticket] = relationship()
    event: Mapped[CrisisEvent] = relationship()
    requester: Mapped[Account] = relationship(foreign_keys=[requester_account_id])
    contract: Mapped[Contract] = relationship()
    feedback: Mapped[Feedback] = relationship()
    agency_owner: Mapped[Account | None] = relationship(foreign_keys=[agency_owner_id])
