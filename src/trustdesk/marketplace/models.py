"""The marketplace mirror (C1): the facts every playbook rule reads.

trustdesk does not own these facts; the marketplace does. Each row carries the
marketplace's ``external_id`` so imports and API pushes upsert instead of duplicating.
Money is kept in integer cents (exact, and sums are plain SQL on both databases).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from trustdesk.db import Base, UTCDateTime, utcnow


def enum_column(enum: type[StrEnum], name: str) -> Enum:
    """A portable enum: a short VARCHAR with a CHECK constraint, stored by value."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class AccountKind(StrEnum):
    FREELANCER = "freelancer"
    CLIENT = "client"


class AccountStatus(StrEnum):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class EnglishLevel(StrEnum):
    BASIC = "basic"
    CONVERSATIONAL = "conversational"
    FLUENT = "fluent"
    NATIVE = "native"


class ProfileVisibility(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"


class ClientPlan(StrEnum):
    BASIC = "basic"
    BUSINESS = "business"
    ENTERPRISE = "enterprise"


class Badge(StrEnum):
    TOP_RATED = "top_rated"
    TOP_RATED_PLUS = "top_rated_plus"
    RISING_TALENT = "rising_talent"
    PREMIUM = "premium"
    EXPERT_VETTED = "expert_vetted"


class AgencyRole(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    BUSINESS_MANAGER = "business_manager"
    MEMBER = "member"


class AgencyStatus(StrEnum):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class ContractKind(StrEnum):
    HOURLY = "hourly"
    FIXED = "fixed"


class ContractStatus(StrEnum):
    OPEN = "open"
    PAUSED = "paused"
    CLOSED = "closed"


class JobStatus(StrEnum):
    OPEN = "open"
    FILLED = "filled"
    CLOSED = "closed"


class PaymentKind(StrEnum):
    HOURLY = "hourly"
    MILESTONE = "milestone"
    FIXED_PRICE = "fixed_price"
    BONUS = "bonus"


class FeedbackDirection(StrEnum):
    CLIENT_TO_FREELANCER = "client_to_freelancer"
    FREELANCER_TO_CLIENT = "freelancer_to_client"


class DisputeOutcome(StrEnum):
    OPEN = "open"
    CLIENT_FAVOURED = "client_favoured"
    FREELANCER_FAVOURED = "freelancer_favoured"
    SPLIT = "split"
    WITHDRAWN = "withdrawn"


class NoteKind(StrEnum):
    GENERAL = "general"
    CRISIS_FEEDBACK_REMOVAL = "crisis_feedback_removal"
    NON_DELIVERY = "non_delivery"
    QUALITY = "quality"
    MESSAGE_POLICY = "message_policy"


class ExternalIdMixin:
    """The marketplace's own identifier: the key every import and API push upserts on."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str] = mapped_column(String(64), unique=True)


class Account(ExternalIdMixin, Base):
    """A freelancer or a client, with the profile fields the playbooks look at."""

    __tablename__ = "accounts"

    kind: Mapped[AccountKind] = mapped_column(enum_column(AccountKind, "account_kind"))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200), default="")
    photo_url: Mapped[str | None] = mapped_column(String(500))
    company_name: Mapped[str | None] = mapped_column(String(200))
    # ISO 3166-1 alpha-2, and ISO 3166-2 for the subdivision ("PH", "PH-BTG").
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    region: Mapped[str | None] = mapped_column(String(8))
    city: Mapped[str | None] = mapped_column(String(120))
    timezone: Mapped[str | None] = mapped_column(String(64))
    hourly_rate_cents: Mapped[int | None] = mapped_column(Integer)
    total_hours: Mapped[float] = mapped_column(Float, default=0.0)
    english_level: Mapped[EnglishLevel | None] = mapped_column(
        enum_column(EnglishLevel, "english_level")
    )
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    subcategories: Mapped[list[str]] = mapped_column(JSON, default=list)
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Badges are columns, not a list, so that set-based SQL (reputation recompute,
    # sourcing shortlists) can read and write them directly.
    top_rated: Mapped[bool] = mapped_column(Boolean, default=False)
    top_rated_plus: Mapped[bool] = mapped_column(Boolean, default=False)
    rising_talent: Mapped[bool] = mapped_column(Boolean, default=False)
    premium: Mapped[bool] = mapped_column(Boolean, default=False)
    expert_vetted: Mapped[bool] = mapped_column(Boolean, default=False)
    job_success_score: Mapped[float | None] = mapped_column(Float)
    profile_visibility: Mapped[ProfileVisibility] = mapped_column(
        enum_column(ProfileVisibility, "profile_visibility"), default=ProfileVisibility.PUBLIC
    )
    status: Mapped[AccountStatus] = mapped_column(
        enum_column(AccountStatus, "account_status"), default=AccountStatus.ACTIVE
    )
    # Set when trust & safety flags a client; their negative feedback then stops counting.
    flagged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    plan: Mapped[ClientPlan | None] = mapped_column(enum_column(ClientPlan, "client_plan"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_active_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    memberships: Mapped[list[AgencyMembership]] = relationship(
        back_populates="account", order_by="AgencyMembership.joined_at"
    )
    notes: Mapped[list[AccountNote]] = relationship(
        back_populates="account", order_by="AccountNote.created_at.desc()"
    )
    holds: Mapped[list[AccountHold]] = relationship(
        back_populates="account", order_by="AccountHold.started_at.desc()"
    )

    __table_args__ = (
        CheckConstraint("plan IS NULL OR kind = 'client'", name="plan_only_for_clients"),
        Index("ix_accounts_created_at_id", "created_at", "id"),
        # Login and lookups compare lower-cased addresses (``lower(email) = :address``).
        Index("ix_accounts_email_lower", func.lower(email)),
    )

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def badges(self) -> list[Badge]:
        return [badge for badge in Badge if getattr(self, badge.value)]


class AccountHold(ExternalIdMixin, Base):
    """A period in which the account was on hold (payments or activity restricted)."""

    __tablename__ = "account_holds"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    reason: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    account: Mapped[Account] = relationship(back_populates="holds")


class Agency(ExternalIdMixin, Base):
    __tablename__ = "agencies"

    name: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    country: Mapped[str | None] = mapped_column(String(2))
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[AgencyStatus] = mapped_column(
        enum_column(AgencyStatus, "agency_status"), default=AgencyStatus.ACTIVE
    )
    top_rated: Mapped[bool] = mapped_column(Boolean, default=False)
    top_rated_plus: Mapped[bool] = mapped_column(Boolean, default=False)
    premium: Mapped[bool] = mapped_column(Boolean, default=False)
    job_success_score: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_active_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    owner: Mapped[Account | None] = relationship(foreign_keys=[owner_id])
    memberships: Mapped[list[AgencyMembership]] = relationship(
        back_populates="agency", order_by="AgencyMembership.joined_at"
    )


class AgencyMembership(ExternalIdMixin, Base):
    """One stretch of membership with one role; a role change or a return is a new row.

    "Was this freelancer in that agency on that day, and is she still?" is then a
    query on ``joined_at <= day < coalesce(left_at, forever)``.
    """

    __tablename__ = "agency_memberships"

    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    role: Mapped[AgencyRole] = mapped_column(enum_column(AgencyRole, "agency_role"))
    exclusive: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    agency: Mapped[Agency] = relationship(back_populates="memberships")
    account: Mapped[Account] = relationship(back_populates="memberships")

    __table_args__ = (
        CheckConstraint("left_at IS NULL OR left_at >= joined_at", name="left_after_joined"),
    )

    def active_on(self, moment: datetime) -> bool:
        return self.joined_at <= moment and (self.left_at is None or moment < self.left_at)


class Job(ExternalIdMixin, Base):
    """A job post by a client; contracts and invitations hang off it."""

    __tablename__ = "jobs"

    client_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[ContractKind] = mapped_column(enum_column(ContractKind, "job_kind"))
    status: Mapped[JobStatus] = mapped_column(
        enum_column(JobStatus, "job_status"), default=JobStatus.OPEN
    )
    category: Mapped[str | None] = mapped_column(String(120))
    subcategory: Mapped[str | None] = mapped_column(String(120))
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    budget_cents: Mapped[int | None] = mapped_column(BigInteger)
    english_level: Mapped[EnglishLevel | None] = mapped_column(
        enum_column(EnglishLevel, "job_english_level")
    )
    # The client's geographical preference, ISO country codes; empty means anywhere.
    preferred_countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    client: Mapped[Account] = relationship()


class Contract(ExternalIdMixin, Base):
    __tablename__ = "contracts"

    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    freelancer_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    kind: Mapped[ContractKind] = mapped_column(enum_column(ContractKind, "contract_kind"))
    status: Mapped[ContractStatus] = mapped_column(
        enum_column(ContractStatus, "contract_status"), default=ContractStatus.OPEN
    )
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str | None] = mapped_column(String(120))
    subcategory: Mapped[str | None] = mapped_column(String(120))
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    budget_cents: Mapped[int | None] = mapped_column(BigInteger)
    hourly_rate_cents: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    excluded_from_jss: Mapped[bool] = mapped_column(Boolean, default=False)
    excluded_by_decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))

    job: Mapped[Job | None] = relationship()
    client: Mapped[Account] = relationship(foreign_keys=[client_id])
    freelancer: Mapped[Account] = relationship(foreign_keys=[freelancer_id])
    agency: Mapped[Agency | None] = relationship()
    payments: Mapped[list[Payment]] = relationship(
        back_populates="contract", order_by="Payment.paid_at"
    )
    feedback: Mapped[list[Feedback]] = relationship(back_populates="contract")

    __table_args__ = (
        CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="ended_after_started"),
        CheckConstraint(
            "(status = 'closed') = (ended_at IS NOT NULL)", name="closed_exactly_when_ended"
        ),
        CheckConstraint("client_id <> freelancer_id", name="client_is_not_freelancer"),
        Index("ix_contracts_status_ended_at", "status", "ended_at"),
        Index("ix_contracts_started_at_id", "started_at", "id"),
    )


class Payment(ExternalIdMixin, Base):
    __tablename__ = "payments"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), index=True)
    kind: Mapped[PaymentKind] = mapped_column(enum_column(PaymentKind, "payment_kind"))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    refunded_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    hours: Mapped[float | None] = mapped_column(Float)
    paid_at: Mapped[datetime] = mapped_column(UTCDateTime)

    contract: Mapped[Contract] = relationship(back_populates="payments")

    __table_args__ = (
        CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
        CheckConstraint(
            "refunded_cents >= 0 AND refunded_cents <= amount_cents", name="refund_within_amount"
        ),
    )


class MoneyGrantMixin(ExternalIdMixin):
    """What refunds and credits share: an amount, a reason, who granted it and when."""

    amount_cents: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(300))
    granted_by: Mapped[str] = mapped_column(String(120))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Refund(MoneyGrantMixin, Base):
    """Money returned to a client from a contract's payments."""

    __tablename__ = "refunds"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))

    __table_args__ = (CheckConstraint("amount_cents > 0", name="amount_positive"),)


class Credit(MoneyGrantMixin, Base):
    """Platform credit given to an account as a courtesy, optionally about one contract."""

    __tablename__ = "credits"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"), index=True)

    __table_args__ = (CheckConstraint("amount_cents > 0", name="amount_positive"),)


class Dispute(ExternalIdMixin, Base):
    """A dispute or mediation on a contract; its outcome feeds the Job Success Score."""

    __tablename__ = "disputes"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), index=True)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    reason: Mapped[str] = mapped_column(String(300))
    outcome: Mapped[DisputeOutcome] = mapped_column(
        enum_column(DisputeOutcome, "dispute_outcome"), default=DisputeOutcome.OPEN
    )
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Feedback(ExternalIdMixin, Base):
    """Feedback left at the end of a contract, one per direction."""

    __tablename__ = "feedback"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), index=True)
    direction: Mapped[FeedbackDirection] = mapped_column(
        enum_column(FeedbackDirection, "feedback_direction")
    )
    from_account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    to_account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    public_rating: Mapped[float] = mapped_column(Float)
    public_comment: Mapped[str] = mapped_column(Text, default="")
    private_score: Mapped[int | None] = mapped_column(Integer)
    private_comment: Mapped[str] = mapped_column(Text, default="")
    end_reason: Mapped[str | None] = mapped_column(String(200))
    left_at: Mapped[datetime] = mapped_column(UTCDateTime)
    removed_from_profile: Mapped[bool] = mapped_column(Boolean, default=False)
    removed_by_decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    excluded_from_jss: Mapped[bool] = mapped_column(Boolean, default=False)
    excluded_by_decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))

    contract: Mapped[Contract] = relationship(back_populates="feedback")
    from_account: Mapped[Account] = relationship(foreign_keys=[from_account_id])
    to_account: Mapped[Account] = relationship(foreign_keys=[to_account_id])

    __table_args__ = (
        UniqueConstraint("contract_id", "direction"),
        Index("ix_feedback_to_account_id_left_at", "to_account_id", "left_at"),
        Index("ix_feedback_from_account_id_left_at", "from_account_id", "left_at"),
        CheckConstraint("public_rating >= 1 AND public_rating <= 5", name="rating_1_to_5"),
        CheckConstraint(
            "private_score IS NULL OR (private_score >= 0 AND private_score <= 10)",
            name="private_score_0_to_10",
        ),
    )


class Message(ExternalIdMixin, Base):
    """A marketplace message. No contract means it was sent before any contract (pre-contract)."""

    __tablename__ = "messages"

    room: Mapped[str] = mapped_column(String(64), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    sender_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    text: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    redacted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    sender: Mapped[Account] = relationship(foreign_keys=[sender_id])

    @property
    def pre_contract(self) -> bool:
        return self.contract_id is None


class AccountNote(Base):
    """A note on an account (the playbooks' CSS notes), imported or written by trustdesk."""

    __tablename__ = "account_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Imported notes carry the marketplace's id; notes trustdesk writes have none.
    external_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    author: Mapped[str] = mapped_column(String(120))
    kind: Mapped[NoteKind] = mapped_column(
        enum_column(NoteKind, "note_kind"), default=NoteKind.GENERAL
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    account: Mapped[Account] = relationship(back_populates="notes")


class Invitation(ExternalIdMixin, Base):
    """An invitation of a freelancer to a job (sourcing keeps a 7-day cool-down on these)."""

    __tablename__ = "invitations"

    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), index=True)
    freelancer_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    invited_at: Mapped[datetime] = mapped_column(UTCDateTime)
    invited_by: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        Index("ix_invitations_freelancer_id_invited_at", "freelancer_id", "invited_at"),
    )


class MarketplaceChange(Base):
    """A change trustdesk made that the marketplace must apply on its side (a feedback
    removed from a profile, a contract excluded from JSS, a profile set private), in the
    order made. Posted to the marketplace's webhook when one is configured, and readable
    from ``GET /api/v1/changes`` either way."""

    __tablename__ = "marketplace_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(60))
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_external_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set by the delivery job's claim before it posts; cleared again if the post fails.
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


MIRROR_MODELS: dict[str, type[Any]] = {
    "accounts": Account,
    "holds": AccountHold,
    "agencies": Agency,
    "memberships": AgencyMembership,
    "jobs": Job,
    "contracts": Contract,
    "payments": Payment,
    "refunds": Refund,
    "credits": Credit,
    "disputes": Dispute,
    "feedback": Feedback,
    "messages": Message,
    "notes": AccountNote,
    "invitations": Invitation,
}
