"""The crisis programme's tables: events, their outreach, check-ins and client notices.

Everything a later Feedback Removal Request review needs to know about an account's
impact is a row here, queryable by account: the targeted message it was sent
(``TargetedMessage``), its check-in (``CheckIn``), and the notice each of its clients got
(``ClientNotification``). Tickets about an event are linked through ``CrisisEventTicket``
rather than a column on tickets, so the desk's model stays the desk's.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from trustdesk.db import Base, UTCDateTime, utcnow
from trustdesk.marketplace.models import Account, Contract, enum_column


class CrisisKind(StrEnum):
    NATURAL_DISASTER = "natural_disaster"
    CONFLICT_OR_SOCIAL_UNREST = "conflict_or_social_unrest"
    OUTAGE = "outage"
    EPIDEMIC = "epidemic"

    @property
    def label(self) -> str:
        return {
            CrisisKind.NATURAL_DISASTER: "Natural disaster",
            CrisisKind.CONFLICT_OR_SOCIAL_UNREST: "Conflict or social unrest",
            CrisisKind.OUTAGE: "Outage",
            CrisisKind.EPIDEMIC: "Epidemic",
        }[self]


class OutreachStatus(StrEnum):
    QUEUED = "queued"  # the job is queued or will be (after commit)
    SENDING = "sending"  # a job is working through the batches
    DONE = "done"  # everyone found was sent the targeted email

    @property
    def label(self) -> str:
        return self.value.capitalize()


class TargetedMessageKind(StrEnum):
    """How the account came to get the check-in link."""

    TARGETED = "targeted"  # the event's outreach found it in an impacted region
    ON_REQUEST = "on_request"  # support sent it the same link on request (the FAQ)


class CheckInImpact(StrEnum):
    """The options of the Check-In page's "how are you impacted" question."""

    NO_POWER = "no_power"
    NO_INTERNET = "no_internet"
    DISPLACED = "displaced"
    HEALTH_OR_SAFETY = "health_or_safety"
    CARING_FOR_OTHERS = "caring_for_others"
    REDUCED_AVAILABILITY = "reduced_availability"
    NOT_IMPACTED = "not_impacted"

    @property
    def label(self) -> str:
        return {
            CheckInImpact.NO_POWER: "I have no or unreliable power",
            CheckInImpact.NO_INTERNET: "I have no or unreliable internet access",
            CheckInImpact.DISPLACED: "I had to leave my home",
            CheckInImpact.HEALTH_OR_SAFETY: "My health or safety is at risk",
            CheckInImpact.CARING_FOR_OTHERS: "I am caring for family or others",
            CheckInImpact.REDUCED_AVAILABILITY: "I can work, but less than usual",
            CheckInImpact.NOT_IMPACTED: "I am not impacted and can work as usual",
        }[self]


class CrisisEvent(Base):
    """A natural disaster, conflict, outage or epidemic, where and when it had an impact.

    ``regions`` are ISO 3166 codes: countries (``PH``) and subdivisions (``PH-CEB``),
    checked against the standard when the event is created. An event without ``ends_on``
    is still ongoing."""

    __tablename__ = "crisis_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[CrisisKind] = mapped_column(enum_column(CrisisKind, "crisis_kind"))
    regions: Mapped[list[str]] = mapped_column(JSON)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    outreach: Mapped[OutreachCampaign | None] = relationship(back_populates="event")

    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ends_after_it_starts"),
    )

    @property
    def ongoing(self) -> bool:
        return self.ends_on is None

    @property
    def period(self) -> str:
        end = self.ends_on.isoformat() if self.ends_on else "ongoing"
        return f"{self.starts_on.isoformat()} – {end}"


class OutreachCampaign(Base):
    """The targeted email of one event: how many were found and how many have been sent.

    The page polls it while a job works; ``sent`` is recounted from ``TargetedMessage``
    after each batch, so it is right after a resume too."""

    __tablename__ = "crisis_outreach_campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("crisis_events.id"), unique=True)
    status: Mapped[OutreachStatus] = mapped_column(enum_column(OutreachStatus, "outreach_status"))
    total: Mapped[int] = mapped_column(Integer, default=0)
    sent: Mapped[int] = mapped_column(Integer, default=0)
    started_by: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    event: Mapped[CrisisEvent] = relationship(back_populates="outreach")

    @property
    def percent(self) -> int:
        return 100 if not self.total else min(100, round(100 * self.sent / self.total))


class TargetedMessage(Base):
    """An account was sent the check-in link about an event: evidence of impact later."""

    __tablename__ = "crisis_targeted_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("crisis_events.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[TargetedMessageKind] = mapped_column(
        enum_column(TargetedMessageKind, "targeted_message_kind")
    )
    email_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_emails.id"))
    sent_by: Mapped[str] = mapped_column(String(120))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    event: Mapped[CrisisEvent] = relationship()
    account: Mapped[Account] = relationship()

    # One row per event and account: the outreach skips whoever already has one.
    __table_args__ = (UniqueConstraint("event_id", "account_id"),)


class CheckIn(Base):
    """A freelancer's answer on the Check-In page for one event; changed in place when they
    come back through the same link (every change is in the audit trail)."""

    __tablename__ = "crisis_check_ins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("crisis_events.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    impacts: Mapped[list[str]] = mapped_column(JSON)
    details: Mapped[str] = mapped_column(Text, default="")
    notify_clients: Mapped[bool] = mapped_column(Boolean, default=False)
    profile_private: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when this check-in turned a public profile private, so unticking it later makes
    # public only a profile the check-in hid (not one the freelancer had hidden before).
    made_private_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    event: Mapped[CrisisEvent] = relationship()
    account: Mapped[Account] = relationship()

    __table_args__ = (UniqueConstraint("event_id", "account_id"),)


class ClientNotification(Base):
    """The automated email to a client with an active contract with a checked-in
    freelancer; one per event and contract, never sent twice."""

    __tablename__ = "crisis_client_notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("crisis_events.id"))
    check_in_id: Mapped[int] = mapped_column(ForeignKey("crisis_check_ins.id"), index=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    email_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_emails.id"))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    contract: Mapped[Contract] = relationship()
    client: Mapped[Account] = relationship()

    __table_args__ = (UniqueConstraint("event_id", "contract_id"),)


class CrisisEventTicket(Base):
    """A ticket about an event (filed under Natural Disasters & Social Unrest Updates)."""

    __tablename__ = "crisis_event_tickets"

    event_id: Mapped[int] = mapped_column(ForeignKey("crisis_events.id"), primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), primary_key=True)
    linked_by: Mapped[str] = mapped_column(String(120))
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_crisis_event_tickets_ticket_id", "ticket_id"),)
