"""Response shapes of the marketplace mirror: what the API returns and the pages render.

Money is in integer cents; datetimes are timezone-aware UTC and serialise as ISO 8601
(``2026-11-01T12:00:00Z``). Each ``*Public`` shape is built from its model with
``from_model`` so that derived fields (badges, "current", party names) are computed in one
place.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from trustdesk.marketplace.models import (
    Account,
    AccountKind,
    AccountStatus,
    Agency,
    AgencyMembership,
    AgencyRole,
    AgencyStatus,
    ClientPlan,
    Contract,
    ContractKind,
    ContractStatus,
    Credit,
    DisputeOutcome,
    EnglishLevel,
    Feedback,
    FeedbackDirection,
    NoteKind,
    PaymentKind,
    ProfileVisibility,
    Refund,
)
from trustdesk.pagination import Page

T = TypeVar("T")

AGENCY_BADGES = ("top_rated", "top_rated_plus", "premium")


class Schema(BaseModel):
    model_config = ConfigDict(frozen=True)


class PartyRef(Schema):
    """Enough of an account or agency to name it and link to it."""

    id: int
    external_id: str
    name: str

    @classmethod
    def of_account(cls, account: Account) -> PartyRef:
        return cls(id=account.id, external_id=account.external_id, name=account.display_name)

    @classmethod
    def of_agency(cls, agency: Agency) -> PartyRef:
        return cls(id=agency.id, external_id=agency.external_id, name=agency.name)


class AccountPublic(Schema):
    id: int
    external_id: str
    kind: AccountKind
    name: str = Field(description="First and last name")
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    title: str
    photo_url: str | None
    company_name: str | None
    country: str | None = Field(description="ISO 3166-1 alpha-2")
    region: str | None = Field(description="ISO 3166-2 subdivision")
    city: str | None
    timezone: str | None
    hourly_rate_cents: int | None
    total_hours: float
    english_level: EnglishLevel | None
    categories: list[str]
    subcategories: list[str]
    skills: list[str]
    badges: list[str] = Field(description="top_rated, top_rated_plus, rising_talent, ...")
    job_success_score: float | None
    profile_visibility: ProfileVisibility
    status: AccountStatus
    flagged_at: datetime | None
    plan: ClientPlan | None = Field(description="Clients only")
    created_at: datetime
    last_active_at: datetime | None

    @classmethod
    def from_model(cls, account: Account) -> AccountPublic:
        return cls(
            id=account.id,
            external_id=account.external_id,
            kind=account.kind,
            name=account.display_name,
            first_name=account.first_name,
            last_name=account.last_name,
            email=account.email,
            phone=account.phone,
            title=account.title,
            photo_url=account.photo_url,
            company_name=account.company_name,
            country=account.country,
            region=account.region,
            city=account.city,
            timezone=account.timezone,
            hourly_rate_cents=account.hourly_rate_cents,
            total_hours=account.total_hours,
            english_level=account.english_level,
            categories=list(account.categories),
            subcategories=list(account.subcategories),
            skills=list(account.skills),
            badges=[badge.value for badge in account.badges],
            job_success_score=account.job_success_score,
            profile_visibility=account.profile_visibility,
            status=account.status,
            flagged_at=account.flagged_at,
            plan=account.plan,
            created_at=account.created_at,
            last_active_at=account.last_active_at,
        )

    @property
    def location(self) -> str:
        """City, region and country joined with commas, leaving out the missing parts."""
        return ", ".join(part for part in (self.city, self.region, self.country) if part)


class MembershipPublic(Schema):
    """One stretch of membership of an account in an agency, with one role."""

    id: int
    external_id: str
    agency: PartyRef
    account: PartyRef
    role: AgencyRole
    exclusive: bool
    joined_at: datetime
    left_at: datetime | None
    current: bool = Field(description="Joined by now and not (yet) left")

    @classmethod
    def from_model(cls, membership: AgencyMembership, *, now: datetime) -> MembershipPublic:
        return cls(
            id=membership.id,
            external_id=membership.external_id,
            agency=PartyRef.of_agency(membership.agency),
            account=PartyRef.of_account(membership.account),
            role=membership.role,
            exclusive=membership.exclusive,
            joined_at=membership.joined_at,
            left_at=membership.left_at,
            current=membership.active_on(now),
        )


class AgencyPublic(Schema):
    id: int
    external_id: str
    name: str
    owner: PartyRef | None
    country: str | None
    categories: list[str]
    status: AgencyStatus
    badges: list[str] = Field(description="top_rated, top_rated_plus, premium")
    job_success_score: float | None
    created_at: datetime
    last_active_at: datetime | None
    memberships: list[MembershipPublic] = Field(
        description="Current members first, then past ones; newest joined first in each"
    )

    @classmethod
    def from_model(cls, agency: Agency, *, now: datetime) -> AgencyPublic:
        memberships = sorted(
            (MembershipPublic.from_model(m, now=now) for m in agency.memberships),
            key=lambda m: (not m.current, -m.joined_at.timestamp(), -m.id),
        )
        return cls(
            id=agency.id,
            external_id=agency.external_id,
            name=agency.name,
            owner=PartyRef.of_account(agency.owner) if agency.owner is not None else None,
            country=agency.country,
            categories=list(agency.categories),
            status=agency.status,
            badges=[badge for badge in AGENCY_BADGES if getattr(agency, badge)],
            job_success_score=agency.job_success_score,
            created_at=agency.created_at,
            last_active_at=agency.last_active_at,
            memberships=memberships,
        )

    @property
    def current_members(self) -> list[MembershipPublic]:
        return [m for m in self.memberships if m.current]

    @property
    def past_members(self) -> list[MembershipPublic]:
        return [m for m in self.memberships if not m.current]


class PaymentTotals(Schema):
    """What a contract's payments add up to (summed in SQL)."""

    paid_cents: int = 0
    refunded_cents: int = 0


class ContractPublic(Schema):
    id: int
    external_id: str
    job_id: int | None
    client: PartyRef
    freelancer: PartyRef
    agency: PartyRef | None
    kind: ContractKind
    status: ContractStatus
    title: str
    category: str | None
    subcategory: str | None
    skills: list[str]
    budget_cents: int | None
    hourly_rate_cents: int | None
    started_at: datetime
    ended_at: datetime | None
    excluded_from_jss: bool
    total_paid_cents: int = Field(description="Sum of the contract's payments")
    total_refunded_cents: int = Field(description="Sum of the refunded part of its payments")

    @classmethod
    def fields_from_model(cls, contract: Contract, totals: PaymentTotals) -> dict[str, object]:
        return {
            "id": contract.id,
            "external_id": contract.external_id,
            "job_id": contract.job_id,
            "client": PartyRef.of_account(contract.client),
            "freelancer": PartyRef.of_account(contract.freelancer),
            "agency": PartyRef.of_agency(contract.agency) if contract.agency else None,
            "kind": contract.kind,
            "status": contract.status,
            "title": contract.title,
            "category": contract.category,
            "subcategory": contract.subcategory,
            "skills": list(contract.skills),
            "budget_cents": contract.budget_cents,
            "hourly_rate_cents": contract.hourly_rate_cents,
            "started_at": contract.started_at,
            "ended_at": contract.ended_at,
            "excluded_from_jss": contract.excluded_from_jss,
            "total_paid_cents": totals.paid_cents,
            "total_refunded_cents": totals.refunded_cents,
        }

    @classmethod
    def from_model(cls, contract: Contract, totals: PaymentTotals) -> ContractPublic:
        return cls.model_validate(cls.fields_from_model(contract, totals))

    def other_party(self, account_id: int) -> PartyRef:
        """The party across the contract from ``account_id``."""
        return self.freelancer if self.client.id == account_id else self.client


class PaymentPublic(Schema):
    model_config = ConfigDict(from_attributes=True, frozen=True)

    id: int
    external_id: str
    contract_id: int
    kind: PaymentKind
    amount_cents: int
    refunded_cents: int
    hours: float | None
    paid_at: datetime


class RefundPublic(Schema):
    id: int
    external_id: str
    contract_id: int
    contract_title: str
    payment_id: int | None
    amount_cents: int
    reason: str
    granted_by: str
    granted_at: datetime

    @classmethod
    def from_model(cls, refund: Refund, contract_title: str) -> RefundPublic:
        return cls(
            id=refund.id,
            external_id=refund.external_id,
            contract_id=refund.contract_id,
            contract_title=contract_title,
            payment_id=refund.payment_id,
            amount_cents=refund.amount_cents,
            reason=refund.reason,
            granted_by=refund.granted_by,
            granted_at=refund.granted_at,
        )


class CreditPublic(Schema):
    id: int
    external_id: str
    account_id: int
    contract_id: int | None
    contract_title: str | None
    amount_cents: int
    reason: str
    granted_by: str
    granted_at: datetime

    @classmethod
    def from_model(cls, credit: Credit, contract_title: str | None) -> CreditPublic:
        return cls(
            id=credit.id,
            external_id=credit.external_id,
            account_id=credit.account_id,
            contract_id=credit.contract_id,
            contract_title=contract_title,
            amount_cents=credit.amount_cents,
            reason=credit.reason,
            granted_by=credit.granted_by,
            granted_at=credit.granted_at,
        )


class DisputePublic(Schema):
    model_config = ConfigDict(from_attributes=True, frozen=True)

    id: int
    external_id: str
    contract_id: int
    opened_by_id: int
    reason: str
    outcome: DisputeOutcome
    opened_at: datetime
    resolved_at: datetime | None


class FeedbackPublic(Schema):
    id: int
    external_id: str
    contract_id: int
    contract_title: str
    direction: FeedbackDirection
    from_account: PartyRef
    to_account: PartyRef
    public_rating: float = Field(description="1 to 5, shown on the profile")
    public_comment: str
    private_score: int | None = Field(description="0 to 10, never shown to the other party")
    private_comment: str
    end_reason: str | None
    left_at: datetime
    removed_from_profile: bool
    excluded_from_jss: bool

    @classmethod
    def from_model(cls, feedback: Feedback) -> FeedbackPublic:
        return cls(
            id=feedback.id,
            external_id=feedback.external_id,
            contract_id=feedback.contract_id,
            contract_title=feedback.contract.title,
            direction=feedback.direction,
            from_account=PartyRef.of_account(feedback.from_account),
            to_account=PartyRef.of_account(feedback.to_account),
            public_rating=feedback.public_rating,
            public_comment=feedback.public_comment,
            private_score=feedback.private_score,
            private_comment=feedback.private_comment,
            end_reason=feedback.end_reason,
            left_at=feedback.left_at,
            removed_from_profile=feedback.removed_from_profile,
            excluded_from_jss=feedback.excluded_from_jss,
        )


class ContractDetail(ContractPublic):
    """A contract with everything that hangs off it."""

    payments: list[PaymentPublic] = Field(description="Oldest first")
    refunds: list[RefundPublic]
    credits: list[CreditPublic]
    disputes: list[DisputePublic]
    feedback: list[FeedbackPublic] = Field(description="At most one per direction")


class HoldPublic(Schema):
    model_config = ConfigDict(from_attributes=True, frozen=True)

    id: int
    external_id: str
    reason: str
    started_at: datetime
    ended_at: datetime | None


class NotePublic(Schema):
    model_config = ConfigDict(from_attributes=True, frozen=True)

    id: int
    external_id: str | None
    author: str
    kind: NoteKind
    text: str
    created_at: datetime


class AccountView(Schema):
    """Everything an agent reads to research a case about one account (the playbooks' OBO).

    Long lists are pages (contracts, feedback) or the newest rows with their total
    (refunds, credits, notes), so an account with hundreds of contracts stays fast.
    """

    account: AccountPublic
    memberships: list[MembershipPublic] = Field(description="Newest joined first")
    holds: list[HoldPublic]
    contracts_as: AccountKind = Field(description="Which side of its contracts it is on")
    contracts: Page[ContractPublic]
    feedback_received: Page[FeedbackPublic]
    feedback_given: Page[FeedbackPublic]
    refunds: Page[RefundPublic]
    credits: Page[CreditPublic]
    notes: Page[NotePublic]


class AgencyView(Schema):
    agency: AgencyPublic
    contracts: Page[ContractPublic]


class ErrorDetail(Schema):
    """The body of every API error other than validation (422)."""

    detail: str = Field(examples=["account 123 does not exist"])


class ChangePublic(BaseModel):
    """A change the marketplace must apply, as posted to its webhook."""

    id: int
    kind: str = Field(
        description="feedback_removed_from_profile, feedback_excluded_from_jss, "
        "profile_visibility_changed, ..."
    )
    subject: dict[str, str] = Field(description="What changed: its type and external id")
    payload: dict[str, Any]
    created_at: datetime
