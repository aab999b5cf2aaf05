"""The desk (C2): tickets, their conversation, macros, SLA clocks, escalations, child
tickets, the email outbox and team notifications.

Deadlines live on rows (``SlaClock.due_at``), never only in a scheduled job, so a lost
job is recomputed from the table, never forgotten.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from trustdesk.db import Base, UTCDateTime, utcnow
from trustdesk.marketplace.models import Account, enum_column
from trustdesk.staff.models import Role, StaffUser


class TicketStatus(StrEnum):
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"  # waiting on the requester: the SLA clock is paused
    ON_HOLD = "on_hold"  # waiting on a third party (a child ticket, another team)
    SOLVED = "solved"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


OPEN_STATUSES = frozenset(
    {TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.ON_HOLD}
)


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Channel(StrEnum):
    WEB_FORM = "web_form"
    EMAIL = "email"
    CHAT = "chat"
    PHONE = "phone"
    API = "api"


class Party(StrEnum):
    """Whose answer an SLA clock waits for."""

    AGENT = "agent"  # the desk owes the requester an answer
    SECOND_PARTY = "second_party"  # the other party of a two-party case owes one


class ClockKind(StrEnum):
    RESOLUTION = "resolution"
    FIRST_RESPONSE = "first_response"
    PARTY_RESPONSE = "party_response"

    @property
    def label(self) -> str:
        return {
            ClockKind.FIRST_RESPONSE: "First response",
            ClockKind.RESOLUTION: "Resolution",
            ClockKind.PARTY_RESPONSE: "Second party's answer",
        }[self]


class EscalationTarget(StrEnum):
    TEAM_LEAD = "team_lead"
    EXECUTIVE_ESCALATIONS = "executive_escalations"

    @property
    def role(self) -> Role:
        return Role(self.value)

    @property
    def label(self) -> str:
        return self.role.label


class ChildTicketType(StrEnum):
    SELF_HARM = "self_harm"
    CONTACT_INFORMATION = "contact_information"
    RESTRICTION_REVIEW = "restriction_review"
    CODE_REVIEW = "code_review"

    @property
    def label(self) -> str:
        return {
            ChildTicketType.SELF_HARM: "Self-harm",
            ChildTicketType.CONTACT_INFORMATION: "Contact information",
            ChildTicketType.RESTRICTION_REVIEW: "Restriction review",
            ChildTicketType.CODE_REVIEW: "Code review",
        }[self]


class EmailStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # claimed by one delivery job; no other job may send it
    SENT = "sent"
    FAILED = "failed"


class Category(Base):
    """A node of the ticket category tree ("Natural Disasters & Social Unrest Updates" →
    "Crisis feedback removal")."""

    __tablename__ = "ticket_categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_categories.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    parent: Mapped[Category | None] = relationship(remote_side=[id])

    @property
    def path(self) -> str:
        return f"{self.parent.path} › {self.name}" if self.parent else self.name


class Group(Base):
    """A team tickets are routed to."""

    __tablename__ = "ticket_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)


SUBJECT_MAX = 300


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(String(SUBJECT_MAX))
    status: Mapped[TicketStatus] = mapped_column(
        enum_column(TicketStatus, "ticket_status"), default=TicketStatus.NEW
    )
    priority: Mapped[Priority] = mapped_column(
        enum_column(Priority, "ticket_priority"), default=Priority.NORMAL
    )
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, "ticket_channel"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_categories.id"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_groups.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    # The requester is a marketplace account, or only an email address (a visitor).
    requester_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    requester_email: Mapped[str] = mapped_column(String(254))
    requester_name: Mapped[str] = mapped_column(String(200), default="")
    # Two-party cases (an unresponsive freelancer): the party the desk is chasing.
    second_party_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    child_type: Mapped[ChildTicketType | None] = mapped_column(
        enum_column(ChildTicketType, "child_ticket_type")
    )
    child_fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # A blocking child keeps its parent from being solved while it is open.
    blocks_parent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    solved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    category: Mapped[Category | None] = relationship()
    group: Mapped[Group | None] = relationship()
    assignee: Mapped[StaffUser | None] = relationship()
    requester_account: Mapped[Account | None] = relationship(foreign_keys=[requester_account_id])
    second_party: Mapped[Account | None] = relationship(foreign_keys=[second_party_account_id])
    parent: Mapped[Ticket | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Ticket]] = relationship(back_populates="parent", order_by="Ticket.id")
    comments: Mapped[list[Comment]] = relationship(
        back_populates="ticket", order_by="Comment.created_at, Comment.id"
    )
    clocks: Mapped[list[SlaClock]] = relationship(back_populates="ticket", order_by="SlaClock.id")
    escalations: Mapped[list[Escalation]] = relationship(
        back_populates="ticket", order_by="Escalation.created_at"
    )

    __table_args__ = (
        CheckConstraint(
            "(parent_id IS NULL) = (child_type IS NULL)", name="child_type_exactly_for_children"
        ),
        Index("ix_tickets_status_priority", "status", "priority"),
    )

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class Comment(Base):
    """A public reply (sent to the requester) or an internal note (never sent or shown)."""

    __tablename__ = "ticket_comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    public: Mapped[bool] = mapped_column(Boolean)
    body: Mapped[str] = mapped_column(Text)
    author_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    # Set when the requester or the second party wrote it (email, form, chat).
    author_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    author_email: Mapped[str | None] = mapped_column(String(254))
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, "comment_channel"))
    macro_id: Mapped[int | None] = mapped_column(ForeignKey("macros.id"))
    email_message_id: Mapped[str | None] = mapped_column(String(300), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    ticket: Mapped[Ticket] = relationship(back_populates="comments")
    author_staff: Mapped[StaffUser | None] = relationship()

    __table_args__ = (
        CheckConstraint("author_staff_id IS NULL OR author_account_id IS NULL", name="one_author"),
    )

    @property
    def from_staff(self) -> bool:
        return self.author_staff_id is not None


class Macro(Base):
    """A reply template. Placeholders are ``{{ name }}``; slots the agent must fill are
    ``[[SLOT NAME]]``; a placeholder or slot without a value is an error, never blank."""

    __tablename__ = "macros"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), unique=True)
    body: Mapped[str] = mapped_column(Text)
    public: Mapped[bool] = mapped_column(Boolean, default=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_categories.id"))
    # Where the words come from, e.g. "Difficult conversations · Verbally Abusive Users".
    source: Mapped[str] = mapped_column(String(200), default="")
    # Guidance for the agent shown beside the macro; never sent.
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SlaPolicy(Base):
    """How long a clock of ``kind`` may run for tickets of a category and priority, or for
    tickets carrying a tag (a possible threat to life is answered in minutes).

    The most specific policy wins: a tag the ticket carries, then category and priority,
    then category, then priority, then the default (all empty)."""

    __tablename__ = "sla_policies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[ClockKind] = mapped_column(enum_column(ClockKind, "sla_policy_kind"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_categories.id"))
    priority: Mapped[Priority | None] = mapped_column(enum_column(Priority, "sla_priority"))
    tag: Mapped[str | None] = mapped_column(String(60))
    minutes: Mapped[int] = mapped_column(Integer)
    warn_before_minutes: Mapped[int] = mapped_column(Integer, default=120)

    __table_args__ = (
        UniqueConstraint("kind", "category_id", "priority", "tag"),
        CheckConstraint("minutes > 0", name="minutes_positive"),
    )


class SlaClock(Base):
    """One running deadline on a ticket.

    While paused, ``paused_at`` is set; resuming moves ``due_at`` later by the pause.
    ``stopped_at`` ends the clock (the party answered, or the ticket was solved).
    """

    __tablename__ = "sla_clocks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    kind: Mapped[ClockKind] = mapped_column(enum_column(ClockKind, "sla_clock_kind"))
    party: Mapped[Party] = mapped_column(enum_column(Party, "sla_party"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    warn_at: Mapped[datetime] = mapped_column(UTCDateTime)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    warned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    breached_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    ticket: Mapped[Ticket] = relationship(back_populates="clocks")

    @property
    def running(self) -> bool:
        return self.stopped_at is None and self.paused_at is None


class Escalation(Base):
    __tablename__ = "escalations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    target: Mapped[EscalationTarget] = mapped_column(
        enum_column(EscalationTarget, "escalation_target")
    )
    reason: Mapped[str] = mapped_column(Text)
    escalated_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    resolution: Mapped[str | None] = mapped_column(Text)

    ticket: Mapped[Ticket] = relationship(back_populates="escalations")
    escalated_by: Mapped[StaffUser] = relationship(foreign_keys=[escalated_by_id])


class OutboundEmail(Base):
    """An email in the outbox. ``idempotency_key`` is unique, so a job that runs twice
    queues and sends one email."""

    __tablename__ = "outbound_emails"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    status: Mapped[EmailStatus] = mapped_column(
        enum_column(EmailStatus, "email_status"), default=EmailStatus.QUEUED
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # "outbox" (kept here, readable in the desk) or "smtp".
    delivered_via: Mapped[str | None] = mapped_column(String(20))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[str] = mapped_column(String(300), unique=True)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Notification(Base):
    """A team notification: shown in the desk, and posted to a Slack-compatible webhook
    when one is configured."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    audience: Mapped[Role] = mapped_column(enum_column(Role, "notification_audience"))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(String(300))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    webhook_delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
