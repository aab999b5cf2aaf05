"""API shapes of the crisis programme: a profile as the marketplace shows it, an event and
its outreach progress."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from trustdesk.crisis.models import CrisisEvent, CrisisKind, OutreachCampaign, OutreachStatus
from trustdesk.marketplace.models import Account


class ProfileView(BaseModel):
    """A freelancer's profile as the marketplace shows it to one viewer.

    ``limited`` is true for a private profile opened by a logged-in viewer with the direct
    link: only the first name, last initial, title, photo, rate, city and country are
    given; every other field is null."""

    model_config = ConfigDict(frozen=True)

    external_id: str
    limited: bool = Field(description="A private profile: only the few public fields")
    first_name: str
    last_initial: str
    last_name: str | None = Field(description="Null on a limited profile")
    title: str
    photo_url: str | None
    hourly_rate_cents: int | None
    city: str | None
    country: str | None = Field(description="ISO 3166-1 alpha-2")
    region: str | None = Field(description="ISO 3166-2; null on a limited profile")
    skills: list[str] | None
    categories: list[str] | None
    badges: list[str] | None
    job_success_score: float | None
    total_hours: float | None

    @classmethod
    def restricted(cls, account: Account) -> ProfileView:
        return cls(
            external_id=account.external_id,
            limited=True,
            first_name=account.first_name,
            last_initial=account.last_name[:1].upper(),
            last_name=None,
            title=account.title,
            photo_url=account.photo_url,
            hourly_rate_cents=account.hourly_rate_cents,
            city=account.city,
            country=account.country,
            region=None,
            skills=None,
            categories=None,
            badges=None,
            job_success_score=None,
            total_hours=None,
        )

    @classmethod
    def full(cls, account: Account) -> ProfileView:
        return cls(
            external_id=account.external_id,
            limited=False,
            first_name=account.first_name,
            last_initial=account.last_name[:1].upper(),
            last_name=account.last_name,
            title=account.title,
            photo_url=account.photo_url,
            hourly_rate_cents=account.hourly_rate_cents,
            city=account.city,
            country=account.country,
            region=account.region,
            skills=list(account.skills),
            categories=list(account.categories),
            badges=[badge.value for badge in account.badges],
            job_success_score=account.job_success_score,
            total_hours=account.total_hours,
        )

    @property
    def display_name(self) -> str:
        if self.limited or self.last_name is None:
            return f"{self.first_name} {self.last_initial}.".strip()
        return f"{self.first_name} {self.last_name}".strip()


class OutreachProgress(BaseModel):
    model_config = ConfigDict(frozen=True)

    status: OutreachStatus
    total: int
    sent: int
    percent: int
    started_at: datetime
    updated_at: datetime
    finished_at: datetime | None

    @classmethod
    def from_model(cls, campaign: OutreachCampaign) -> OutreachProgress:
        return cls(
            status=campaign.status,
            total=campaign.total,
            sent=campaign.sent,
            percent=campaign.percent,
            started_at=campaign.started_at,
            updated_at=campaign.updated_at,
            finished_at=campaign.finished_at,
        )


class CrisisEventPublic(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    name: str
    kind: CrisisKind
    regions: list[str] = Field(description="ISO 3166 country and subdivision codes")
    starts_on: date
    ends_on: date | None = Field(description="Null while the event is ongoing")
    impacted_freelancers: int = Field(description="Freelancers located in the regions")
    outreach: OutreachProgress | None

    @classmethod
    def from_model(
        cls, event: CrisisEvent, campaign: OutreachCampaign | None, impacted: int
    ) -> CrisisEventPublic:
        return cls(
            id=event.id,
            name=event.name,
            kind=event.kind,
            regions=list(event.regions),
            starts_on=event.starts_on,
            ends_on=event.ends_on,
            impacted_freelancers=impacted,
            outreach=OutreachProgress.from_model(campaign) if campaign is not None else None,
        )
