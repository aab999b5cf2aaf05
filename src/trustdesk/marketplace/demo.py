"""The generated demo marketplace: a living desk on a fresh machine (``trustdesk demo``).

Deterministic: the same seed and the same ``today`` give byte-identical rows. Every random
draw comes from a ``Random`` seeded by the seed and a fixed label (the population, each
scenario, each block of 1,000 background contracts), so nothing depends on chunking,
dialect, or the order tables are written in.

Realistic enough to work on: freelancers and clients from the countries a large freelance
marketplace draws from, named and located like people there; work in a marketplace's
categories with matching skills and rates; three years of contracts with their payments,
refunds, credits, disputes, feedback both ways and messages. On top of the background, a
live example of every playbook is planted on purpose and listed in the ``DemoSummary``
(see ``_Planter``): a typhoon in the Visayas, unresponsive freelancers, failing and idle
agencies, contact details in pre-contract messages, and a client with a fresh job to
source for.

Writing: bulk Core inserts with ids assigned here, so children reference parents without
round trips; on PostgreSQL through ``COPY`` (the same rows, the same column processors).
TINY and DEFAULT are one transaction (all or nothing); LARGE commits every 20 blocks of
contracts with all their rows, so an interrupted LARGE run leaves a partial database that
the next run refuses (start again on a new database).
"""

from __future__ import annotations

import bisect
import math
import time as clock
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from random import Random
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table as RichTable
from sqlalchemy import Table, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

import trustdesk.models  # noqa: F401  (every table mapped, so the audit row's foreign keys resolve)
from trustdesk import audit
from trustdesk.db import Base, session_scope
from trustdesk.marketplace import demo_data as data
from trustdesk.marketplace.demo_data import Country, Region, Subcategory
from trustdesk.marketplace.models import (
    MIRROR_MODELS,
    Account,
    AccountHold,
    AccountKind,
    AccountNote,
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
    Dispute,
    DisputeOutcome,
    EnglishLevel,
    Feedback,
    FeedbackDirection,
    Invitation,
    Job,
    JobStatus,
    Message,
    NoteKind,
    Payment,
    PaymentKind,
    ProfileVisibility,
    Refund,
)


class DemoSize(StrEnum):
    TINY = "tiny"
    DEFAULT = "default"
    LARGE = "large"


@dataclass(frozen=True)
class _Scale:
    freelancers: int
    clients: int
    agencies: int
    contracts: int
    commit_every_blocks: int | None  # None: one transaction for everything


SCALES: dict[DemoSize, _Scale] = {
    DemoSize.TINY: _Scale(60, 30, 4, 400, None),
    DemoSize.DEFAULT: _Scale(2_000, 800, 60, 20_000, None),
    DemoSize.LARGE: _Scale(100_000, 40_000, 3_000, 1_000_000, 20),
}

BLOCK = 1_000  # background contracts per random stream (fixed: the data must not depend on it)
DAY = 86_400
WEEK = 7 * DAY
YEAR = 365 * DAY
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Foreign-key order: parents before children.
TABLE_ORDER: tuple[Table, ...] = tuple(
    Base.metadata.tables[model.__tablename__]
    for model in (
        Account,
        AccountHold,
        Agency,
        AgencyMembership,
        AccountNote,
        Job,
        Invitation,
        Contract,
        Payment,
        Refund,
        Credit,
        Dispute,
        Feedback,
        Message,
    )
)


class DemoError(Exception):
    """The demo cannot be generated here (the database already holds marketplace data)."""


@dataclass(frozen=True)
class ScenarioExample:
    """One record an agent would open to see a planted scenario."""

    label: str
    kind: str  # account, agency, contract, job, message
    external_id: str
    note: str = ""


@dataclass(frozen=True)
class PlantedScenario:
    key: str
    title: str
    description: str
    facts: dict[str, str]
    examples: tuple[ScenarioExample, ...]

    def example(self, label_start: str) -> ScenarioExample:
        """The first example whose label starts with ``label_start``."""
        for example in self.examples:
            if example.label.startswith(label_start):
                return example
        raise KeyError(f"{self.key}: no example labelled {label_start!r}")


@dataclass(frozen=True)
class DemoSummary:
    size: DemoSize
    seed: int
    today: date
    freelancers: int
    clients: int
    counts: dict[str, int]  # rows written per table
    scenarios: tuple[PlantedScenario, ...]

    def scenario(self, key: str) -> PlantedScenario:
        for scenario in self.scenarios:
            if scenario.key == key:
                return scenario
        raise KeyError(f"no planted scenario {key!r}")


# --------------------------------------------------------------------------------------
# In-memory population (the rows are built from these when written)


@dataclass(eq=False)
class _Agency:
    id: int
    external_id: str
    name: str
    owner: _Person
    created: int
    categories: list[str]
    tier: int = 0
    premium: bool = False
    status: AgencyStatus = AgencyStatus.ACTIVE
    active_until: int = 0


@dataclass(eq=False)
class _Stretch:
    """One membership row: an agency, a role, and the time the person held it."""

    id: int
    agency: _Agency
    role: AgencyRole
    joined: int
    left: int | None
    exclusive: bool


@dataclass(eq=False)
class _Person:
    id: int
    external_id: str
    kind: AccountKind
    first: str
    last: str
    country: Country
    region: Region
    city: str
    created: int
    active_until: int
    email: str
    phone: str | None
    weight: float = 1.0
    tier: int = 0
    subs: tuple[Subcategory, ...] = ()
    skills: tuple[str, ...] = ()
    title: str = ""
    rate_cents: int | None = None
    english: EnglishLevel | None = None
    status: AccountStatus = AccountStatus.ACTIVE
    plan: ClientPlan | None = None
    company: str | None = None
    premium: bool = False
    expert_vetted: bool = False
    rising: bool = False
    visibility: ProfileVisibility = ProfileVisibility.PUBLIC
    flagged_at: int | None = None
    planted: bool = False
    engaged: bool = True
    prior_hours: float = 0.0
    stretches: list[_Stretch] = field(default_factory=list)

    def agency_on(self, moment: int) -> _Stretch | None:
        for stretch in self.stretches:
            if stretch.joined <= moment and (stretch.left is None or moment < stretch.left):
                return stretch
        return None


@dataclass
class _Made:
    """What a planted scenario needs back from a contract it made."""

    contract_id: int
    external_id: str
    job_id: int
    room: str
    payments: list[tuple[int, int, int]]  # (payment id, amount cents, paid at)


T = TypeVar("T")

_OUTCOMES = ("excellent", "good", "neutral", "poor", "unresponsive", "cancelled")
# Cumulative outcome probabilities per freelancer tier (0 best .. 3 worst).
_OUTCOME_CUMULATIVE: tuple[tuple[float, ...], ...] = tuple(
    tuple(sum(weights[: index + 1]) for index in range(len(weights)))
    for weights in (
        (0.84, 0.10, 0.025, 0.01, 0.01, 0.015),
        (0.62, 0.22, 0.07, 0.04, 0.03, 0.02),
        (0.40, 0.25, 0.13, 0.10, 0.07, 0.05),
        (0.20, 0.20, 0.15, 0.22, 0.15, 0.08),
    )
)
_TIER_CUMULATIVE = (0.42, 0.78, 0.94, 1.0)
_RATINGS = {
    "excellent": (5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 4.9, 4.85),
    "good": (4.0, 4.2, 4.35, 4.5, 4.65, 4.75, 4.8),
    "neutral": (3.0, 3.2, 3.5, 3.65, 3.8),
    "poor": (1.0, 1.35, 1.5, 1.85, 2.0, 2.35, 2.5),
    "unresponsive": (1.0, 1.0, 1.35, 1.5, 2.0, 2.5),
}
_PRIVATE_RANGE = {
    "excellent": (9, 10),
    "good": (7, 9),
    "neutral": (5, 7),
    "poor": (0, 4),
    "unresponsive": (0, 3),
    "cancelled": (6, 9),
}
_END_REASONS = {
    "excellent": data.END_REASON_SUCCESS,
    "good": data.END_REASON_SUCCESS,
    "neutral": data.END_REASON_SUCCESS,
    "poor": data.END_REASON_UNSUCCESSFUL,
    "unresponsive": data.END_REASON_UNRESPONSIVE,
    "cancelled": data.END_REASON_NO_LONGER_NEEDED,
}
_COMMENTS = {
    "excellent": data.FEEDBACK_EXCELLENT,
    "good": data.FEEDBACK_GOOD,
    "neutral": data.FEEDBACK_NEUTRAL,
    "poor": data.FEEDBACK_POOR_QUALITY,
    "unresponsive": data.FEEDBACK_UNRESPONSIVE,
}


def _cumulative(weights: Sequence[float]) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def _pick(rng: Random, items: Sequence[T], cumulative: Sequence[float]) -> T:
    index = bisect.bisect_right(cumulative, rng.random() * cumulative[-1])
    return items[min(index, len(items) - 1)]


def _one(rng: Random, items: Sequence[T]) -> T:
    return items[int(rng.random() * len(items))]


def _dt(moment: int) -> datetime:
    return _EPOCH + timedelta(seconds=moment)


def _dt_or_none(moment: int | None) -> datetime | None:
    return None if moment is None else _EPOCH + timedelta(seconds=moment)


class _Rows:
    """Rows waiting to be written, per table."""

    def __init__(self) -> None:
        self.by_table: dict[str, list[dict[str, Any]]] = {table.name: [] for table in TABLE_ORDER}

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.by_table[table].append(row)


# --------------------------------------------------------------------------------------
# The generator


class _Generator:
    def __init__(self, size: DemoSize, seed: int, today: date) -> None:
        self.scale = SCALES[size]
        self.seed = seed
        self.now = int(datetime.combine(today, time(0), UTC).timestamp())
        self.window_start = self.now - 3 * YEAR
        self.next_id: dict[str, int] = {table.name: 0 for table in TABLE_ORDER}
        self.people: list[_Person] = []
        self.freelancers: list[_Person] = []
        self.clients: list[_Person] = []
        self.agencies: list[_Agency] = []
        self.population = _Rows()
        # Accumulated as rows are made, written back to accounts and agencies at the end.
        self.hours: dict[int, float] = {}
        self.last_active: dict[int, int] = {}
        self.earned_12m: dict[int, int] = {}
        self.jss_sum: dict[int, float] = {}
        self.jss_count: dict[int, int] = {}
        self.good_closed: dict[int, int] = {}
        self.agency_jss_sum: dict[int, float] = {}
        self.agency_jss_count: dict[int, int] = {}
        self.agency_earned_12m: dict[int, int] = {}
        self.agency_last_active: dict[int, int] = {}
        self._country_cumulative_fl = _cumulative([c.freelancer_share for c in data.COUNTRIES])
        self._country_cumulative_cl = _cumulative([c.client_share for c in data.COUNTRIES])
        self._bg_freelancers: list[_Person] = []
        self._bg_freelancer_cumulative: list[float] = []
        self._bg_clients: list[_Person] = []
        self._bg_client_cumulative: list[float] = []
        self._by_sub: dict[str, list[_Person]] = {}

    def rng(self, *labels: object) -> Random:
        return Random(":".join(str(label) for label in (self.seed, *labels)))

    def new_id(self, table: str) -> int:
        self.next_id[table] += 1
        return self.next_id[table]

    def touch(self, account_id: int, moment: int) -> None:
        if moment > self.last_active.get(account_id, 0):
            self.last_active[account_id] = moment

    # ---------------------------------------------------------------- people

    def _place(self, rng: Random, country: Country, region_code: str | None) -> tuple[Region, str]:
        if region_code:
            region = data.REGION_BY_CODE[region_code]
        else:
            region = _pick(rng, country.regions, _cumulative([r.weight for r in country.regions]))
        return region, _one(rng, region.cities)

    def _name(self, rng: Random, country: Country) -> tuple[str, str]:
        pools = [name for name, _ in country.names]
        pool = _pick(rng, pools, _cumulative([weight for _, weight in country.names]))
        return data.person_name(pool, rng)

    def make_freelancer(
        self,
        rng: Random,
        *,
        country_code: str | None = None,
        region_code: str | None = None,
        sub_name: str | None = None,
        tier: int | None = None,
        created: int | None = None,
        english: EnglishLevel | None = None,
        skills: Sequence[str] | None = None,
        planted: bool = False,
    ) -> _Person:
        person_id = self.new_id("accounts")
        if region_code:
            country_code = region_code.split("-")[0]
        country = (
            data.COUNTRY_BY_CODE[country_code]
            if country_code
            else _pick(rng, data.COUNTRIES, self._country_cumulative_fl)
        )
        region, city = self._place(rng, country, region_code)
        first, last = self._name(rng, country)
        if sub_name:
            sub = data.SUBCATEGORY_BY_NAME[sub_name]
        else:
            boost = dict(country.category_boost)
            categories = list(data.CATEGORY_SHARES)
            category = _pick(
                rng,
                categories,
                _cumulative([data.CATEGORY_SHARES[c] * boost.get(c, 1.0) for c in categories]),
            )
            sub = _one(rng, [s for s in data.SUBCATEGORIES if s.category == category])
        subs: tuple[Subcategory, ...] = (sub,)
        if rng.random() < 0.3:
            siblings = [s for s in data.SUBCATEGORIES if s.category == sub.category and s != sub]
            if siblings:
                subs = (sub, _one(rng, siblings))
        if skills is None:
            own = rng.sample(sub.skills, min(len(sub.skills), 4 + int(rng.random() * 4)))
            if len(subs) > 1:
                own += [s for s in rng.sample(subs[1].skills, 2) if s not in own]
            skills = own
        if tier is None:
            tier = bisect.bisect_right(_TIER_CUMULATIVE, rng.random())
        tier = min(tier, 3)
        if created is None:
            if rng.random() < 0.35:
                created = self.window_start - int(rng.random() * 6 * YEAR)
            else:
                created = self.window_start + int(rng.random() * (3 * YEAR - 45 * DAY))
        factor = (1.15, 1.0, 0.85, 0.75)[tier] * math.exp(rng.gauss(0, 0.25))
        if english is None:
            english = _pick(rng, list(EnglishLevel), _cumulative(country.english))
        status, active_until = AccountStatus.ACTIVE, self.now
        if not planted:
            draw = rng.random()
            if draw < 0.01:
                status = AccountStatus.ON_HOLD
            elif draw < 0.02:
                status = AccountStatus.SUSPENDED
            elif draw < 0.035:
                status = AccountStatus.CLOSED
            if status in (AccountStatus.SUSPENDED, AccountStatus.CLOSED):
                span = self.now - max(created, self.window_start)
                active_until = self.now - int(span * (0.05 + rng.random() * 0.6))
        person = _Person(
            id=person_id,
            external_id=data.profile_key("~01", person_id, 0x5EED),
            kind=AccountKind.FREELANCER,
            first=first,
            last=last,
            country=country,
            region=region,
            city=city,
            created=created,
            active_until=active_until,
            email=data.email_address(first, last, person_id),
            phone=data.phone_number(country, rng) if rng.random() < 0.7 else None,
            weight=math.exp(rng.gauss(0, 1.5)) * (1.6 if tier == 0 else 1.0),
            tier=tier,
            subs=subs,
            skills=tuple(skills),
            title=_one(rng, sub.profile_titles),
            rate_cents=data.hourly_rate_cents(sub, country, factor),
            english=english,
            status=status,
            premium=tier == 0 and rng.random() < 0.03,
            expert_vetted=tier == 0 and rng.random() < 0.015,
            rising=rng.random() < 0.6,
            visibility=(
                ProfileVisibility.PRIVATE if rng.random() < 0.02 else ProfileVisibility.PUBLIC
            ),
            planted=planted,
            engaged=rng.random() < 0.7,
            prior_hours=(
                round(rng.random() * (3000, 1500, 800, 300)[tier], 1)
                if created < self.window_start
                else 0.0
            ),
        )
        self.people.append(person)
        self.freelancers.append(person)
        return person

    def make_client(
        self,
        rng: Random,
        *,
        region_code: str | None = None,
        plan: ClientPlan | None = None,
        company: str | None = None,
        created: int | None = None,
        planted: bool = False,
    ) -> _Person:
        person_id = self.new_id("accounts")
        country = (
            data.COUNTRY_BY_CODE[region_code.split("-")[0]]
            if region_code
            else _pick(rng, data.COUNTRIES, self._country_cumulative_cl)
        )
        region, city = self._place(rng, country, region_code)
        first, last = self._name(rng, country)
        if plan is None:
            draw = rng.random()
            plan = (
                ClientPlan.BASIC
                if draw < 0.85
                else ClientPlan.BUSINESS
                if draw < 0.98
                else ClientPlan.ENTERPRISE
            )
        if company is None and plan != ClientPlan.BASIC:
            company = _company_name(rng, country)
        if created is None:
            if rng.random() < 0.4:
                created = self.window_start - int(rng.random() * 5 * YEAR)
            else:
                created = self.window_start + int(rng.random() * (3 * YEAR - 30 * DAY))
        status, active_until, flagged_at = AccountStatus.ACTIVE, self.now, None
        if not planted:
            draw = rng.random()
            if draw < 0.01:
                status = AccountStatus.ON_HOLD
            elif draw < 0.015:
                status = AccountStatus.SUSPENDED
            elif draw < 0.03:
                status = AccountStatus.CLOSED
            if status in (AccountStatus.SUSPENDED, AccountStatus.CLOSED):
                span = self.now - max(created, self.window_start)
                active_until = self.now - int(span * (0.05 + rng.random() * 0.6))
                if status == AccountStatus.SUSPENDED and rng.random() < 0.5:
                    flagged_at = active_until
        plan_weight = {ClientPlan.BASIC: 1.0, ClientPlan.BUSINESS: 3.0, ClientPlan.ENTERPRISE: 8.0}
        person = _Person(
            id=person_id,
            external_id=data.profile_key("~01", person_id, 0x5EED),
            kind=AccountKind.CLIENT,
            first=first,
            last=last,
            country=country,
            region=region,
            city=city,
            created=created,
            active_until=active_until,
            email=data.email_address(first, last, person_id),
            phone=data.phone_number(country, rng) if rng.random() < 0.5 else None,
            weight=math.exp(rng.gauss(0, 1.0)) * plan_weight[plan],
            tier=0 if rng.random() < 0.93 else 1,  # tier 1: a difficult client
            status=status,
            plan=plan,
            company=company,
            flagged_at=flagged_at,
            planted=planted,
            engaged=rng.random() < 0.6,
        )
        self.people.append(person)
        self.clients.append(person)
        return person

    def make_agency(
        self,
        rng: Random,
        owner: _Person,
        *,
        name: str | None = None,
        created: int | None = None,
        tier: int = 0,
        premium: bool = False,
    ) -> _Agency:
        agency_id = self.new_id("agencies")
        if name is None:
            name = f"{_one(rng, data.AGENCY_FIRST_WORDS)} {_one(rng, data.AGENCY_LAST_WORDS)}"
        if created is None:
            created = owner.created + int(
                rng.random() * max(DAY, self.now - 200 * DAY - owner.created)
            )
        agency = _Agency(
            id=agency_id,
            external_id=data.profile_key("~03", agency_id, 0xA6E),
            name=name,
            owner=owner,
            created=created,
            categories=sorted({sub.category for sub in owner.subs}),
            tier=tier,
            premium=premium,
            active_until=self.now,
        )
        self.agencies.append(agency)
        self.join(owner, agency, AgencyRole.OWNER, created, None, exclusive=True)
        return agency

    def join(
        self,
        person: _Person,
        agency: _Agency,
        role: AgencyRole,
        joined: int,
        left: int | None,
        *,
        exclusive: bool = False,
    ) -> _Stretch:
        stretch = _Stretch(self.new_id("agency_memberships"), agency, role, joined, left, exclusive)
        person.stretches.append(stretch)
        for sub in person.subs:
            if sub.category not in agency.categories:
                agency.categories.append(sub.category)
        return stretch

    def build_population(self) -> None:
        """Planted people first (their ids are small and stable), then the background."""
        self._cast = _Cast(self)
        scale = self.scale
        rng = self.rng("freelancers")
        while len(self.freelancers) < scale.freelancers:
            self.make_freelancer(rng)
        rng = self.rng("clients")
        while len(self.clients) < scale.clients:
            self.make_client(rng)
        self._index_background()
        self._background_agencies(self.rng("agencies"))
        self._holds_and_notes(self.rng("holds"))

    def _index_background(self) -> None:
        self._bg_freelancers = [p for p in self.freelancers if not p.planted]
        self._bg_freelancer_cumulative = _cumulative([p.weight for p in self._bg_freelancers])
        self._bg_clients = [p for p in self.clients if not p.planted]
        self._bg_client_cumulative = _cumulative([p.weight for p in self._bg_clients])
        for person in self._bg_freelancers:
            for sub in person.subs:
                self._by_sub.setdefault(sub.name, []).append(person)

    def _background_agencies(self, rng: Random) -> None:
        free = [
            p
            for p in self._bg_freelancers
            if p.status == AccountStatus.ACTIVE and p.created < self.now - YEAR
        ]
        rng.shuffle(free)
        by_country: dict[str, list[_Person]] = {}
        for person in free:
            by_country.setdefault(person.country.code, []).append(person)
        taken: set[int] = set()
        while len(self.agencies) < self.scale.agencies and free:
            owner = free.pop()
            if owner.id in taken:
                continue
            taken.add(owner.id)
            draw = rng.random()
            tier = 0 if draw < 0.8 else 1 if draw < 0.95 else 2
            agency = self.make_agency(
                rng, owner, tier=tier, premium=tier == 0 and rng.random() < 0.1
            )
            if rng.random() < 0.02:
                agency.status = AgencyStatus.CLOSED
                agency.active_until = self.now - int(rng.random() * YEAR)
            size = min(25, 1 + int(math.exp(rng.gauss(1.2, 0.7))))
            same_country = by_country[owner.country.code]
            for index in range(size):
                pool = same_country if same_country and rng.random() < 0.75 else free
                member = None
                for _ in range(6):
                    candidate = _one(rng, pool) if pool else None
                    if candidate is not None and candidate.id not in taken:
                        member = candidate
                        break
                if member is None:
                    break
                taken.add(member.id)
                role = (
                    AgencyRole.ADMIN
                    if index == 0 and rng.random() < 0.4
                    else AgencyRole.BUSINESS_MANAGER
                    if index == 1 and rng.random() < 0.3
                    else AgencyRole.MEMBER
                )
                start = max(agency.created, member.created) + int(rng.random() * 90 * DAY)
                if start >= self.now - 14 * DAY:
                    continue
                left = None
                if rng.random() < 0.2:
                    left = (
                        start + 30 * DAY + int(rng.random() * max(DAY, self.now - start - 31 * DAY))
                    )
                    left = min(left, self.now - DAY)
                exclusive = role == AgencyRole.MEMBER and rng.random() < 0.4
                if role == AgencyRole.MEMBER and left is None and rng.random() < 0.08:
                    # Promoted: one stretch as a member, then one as an admin.
                    promoted = start + int(rng.random() * (self.now - start - DAY))
                    self.join(
                        member, agency, AgencyRole.MEMBER, start, promoted, exclusive=exclusive
                    )
                    self.join(member, agency, AgencyRole.ADMIN, promoted, None, exclusive=exclusive)
                else:
                    self.join(member, agency, role, start, left, exclusive=exclusive)

    def _holds_and_notes(self, rng: Random) -> None:
        rows = self.population
        for person in self.people:
            if person.status == AccountStatus.ON_HOLD:
                started = self.now - DAY - int(rng.random() * 25 * DAY)
                self._hold(rows, person, _one(rng, data.HOLD_REASONS), started, None)
            elif not person.planted and rng.random() < 0.015:
                started = max(person.created, self.window_start) + int(
                    rng.random()
                    * max(
                        DAY, person.active_until - max(person.created, self.window_start) - 30 * DAY
                    )
                )
                ended = started + DAY + int(rng.random() * 20 * DAY)
                self._hold(
                    rows, person, _one(rng, data.HOLD_REASONS), started, min(ended, self.now - 1)
                )
            if not person.planted and rng.random() < 0.02:
                moment = person.created + int(
                    rng.random() * max(DAY, person.active_until - person.created - DAY)
                )
                self.note(
                    rows,
                    person,
                    NoteKind.GENERAL,
                    _one(rng, data.GENERAL_NOTES),
                    moment,
                    author=_one(rng, data.SUPPORT_AGENTS),
                )

    def _hold(
        self, rows: _Rows, person: _Person, reason: str, started: int, ended: int | None
    ) -> None:
        hold_id = self.new_id("account_holds")
        rows.add(
            "account_holds",
            {
                "id": hold_id,
                "external_id": f"hold-{hold_id}",
                "account_id": person.id,
                "reason": reason,
                "started_at": _dt(started),
                "ended_at": _dt_or_none(ended),
            },
        )

    def note(
        self,
        rows: _Rows,
        person: _Person,
        kind: NoteKind,
        note_text: str,
        moment: int,
        *,
        author: str = "Dana Whitfield",
    ) -> None:
        note_id = self.new_id("account_notes")
        rows.add(
            "account_notes",
            {
                "id": note_id,
                "external_id": f"note-{note_id}",
                "account_id": person.id,
                "author": author,
                "kind": kind,
                "text": note_text,
                "created_at": _dt(moment),
            },
        )

    def population_rows(self) -> _Rows:
        rows = self.population
        for person in self.people:
            rows.add("accounts", self._account_row(person))
        for agency in self.agencies:
            rows.add(
                "agencies",
                {
                    "id": agency.id,
                    "external_id": agency.external_id,
                    "name": agency.name,
                    "owner_id": agency.owner.id,
                    "country": agency.owner.country.code,
                    "categories": agency.categories,
                    "status": agency.status,
                    "top_rated": False,
                    "top_rated_plus": False,
                    "premium": agency.premium,
                    "job_success_score": None,
                    "created_at": _dt(agency.created),
                    "last_active_at": None,
                },
            )
        for person in self.people:
            for stretch in person.stretches:
                rows.add(
                    "agency_memberships",
                    {
                        "id": stretch.id,
                        "external_id": f"mbr-{stretch.id}",
                        "agency_id": stretch.agency.id,
                        "account_id": person.id,
                        "role": stretch.role,
                        "exclusive": stretch.exclusive,
                        "joined_at": _dt(stretch.joined),
                        "left_at": _dt_or_none(stretch.left),
                    },
                )
        rows.by_table["agency_memberships"].sort(key=lambda row: row["id"])
        return rows

    def _account_row(self, person: _Person) -> dict[str, Any]:
        freelancer = person.kind == AccountKind.FREELANCER
        return {
            "id": person.id,
            "external_id": person.external_id,
            "kind": person.kind,
            "first_name": person.first,
            "last_name": person.last,
            "email": person.email,
            "phone": person.phone,
            "title": person.title,
            "photo_url": None,
            "company_name": person.company,
            "country": person.country.code,
            "region": person.region.code,
            "city": person.city,
            "timezone": person.region.timezone,
            "hourly_rate_cents": person.rate_cents,
            "total_hours": person.prior_hours,
            "english_level": person.english,
            "categories": sorted({sub.category for sub in person.subs}) if freelancer else [],
            "subcategories": [sub.name for sub in person.subs],
            "skills": list(person.skills),
            "top_rated": False,
            "top_rated_plus": False,
            "rising_talent": False,
            "premium": person.premium,
            "expert_vetted": person.expert_vetted,
            "job_success_score": None,
            "profile_visibility": person.visibility,
            "status": person.status,
            "flagged_at": _dt_or_none(person.flagged_at),
            "plan": person.plan,
            "created_at": _dt(person.created),
            "last_active_at": None,
        }

    # ---------------------------------------------------------------- picking

    def pick_client(self, rng: Random, lo: int, hi: int) -> _Person | None:
        """A background client active somewhere in [lo, hi]."""
        for _ in range(8):
            client = _pick(rng, self._bg_clients, self._bg_client_cumulative)
            if client.created < hi - 2 * DAY and client.active_until > lo + 2 * DAY:
                return client
        return None

    def pick_freelancer(self, rng: Random) -> _Person:
        return _pick(rng, self._bg_freelancers, self._bg_freelancer_cumulative)

    # ---------------------------------------------------------------- contracts

    def contract(
        self,
        rng: Random,
        rows: _Rows,
        *,
        client: _Person,
        freelancer: _Person,
        sub: Subcategory,
        kind: ContractKind,
        start: int,
        end: int | None,
        status: ContractStatus,
        outcome: str,
        agency: _Agency | None = None,
        skills: Sequence[str] | None = None,
        title: str | None = None,
        rate_cents: int | None = None,
        budget_cents: int | None = None,
        weekly_hours: float | None = None,
        client_feedback: bool = True,
        freelancer_feedback: bool = True,
        messages: bool = True,
        invited: bool | None = None,
        pay_until: int | None = None,
        extras: bool = False,
        excluded_from_jss: bool = False,
        milestones: Sequence[tuple[int, int]] | None = None,
    ) -> _Made:
        """One contract with its job, invitation, payments, feedback and messages.

        ``pay_until`` stops payments (work stopped); ``extras`` lets chance add refunds,
        disputes and credits (background contracts); planted scenarios add their own.
        """
        now = self.now
        rand = rng.random
        if skills is None:
            own = [s for s in freelancer.skills if s in sub.skills] or list(sub.skills[:3])
            skills = own[: 2 + int(rand() * 3)]
            if rand() < 0.5:
                extra = _one(rng, sub.skills)
                if extra not in skills:
                    skills = [*skills, extra]
        skills = list(skills)
        job_title, deliverable = _one(rng, sub.jobs)
        title = title or job_title
        hourly = kind == ContractKind.HOURLY
        if hourly:
            rate_cents = rate_cents or int(
                (freelancer.rate_cents or 2000) * (1.1 if agency else 1.0)
            )
            weekly_hours = weekly_hours or (5 + rand() * 30)
            budget_cents = None
        else:
            if budget_cents is None:
                scale = (freelancer.rate_cents or 2000) / max(100, sub.rate_usd * 100)
                budget_cents = max(
                    2500, round(sub.budget_usd * scale * math.exp(rng.gauss(0, 0.6)) / 5) * 500
                )
            rate_cents = None
        # The job post, shortly before the contract.
        posted = max(client.created + 3600, start - DAY - int(rand() * 10 * DAY))
        job_id = self.job(
            rng,
            rows,
            client,
            sub,
            kind=kind,
            title=title,
            skills=skills,
            budget_cents=budget_cents,
            status=JobStatus.FILLED,
            posted=posted,
        )["id"]
        client_id, freelancer_id = client.id, freelancer.id
        invited_already = {freelancer_id}
        if invited if invited is not None else rand() < 0.45:
            self.invitation(rows, job_id, freelancer, min(start - 3600, posted + int(rand() * DAY)))
        if rand() < 0.5:
            for _ in range(1 + int(rand() * 2)):
                other = _one(rng, self._by_sub.get(sub.name) or self._bg_freelancers)
                if other.id not in invited_already:
                    invited_already.add(other.id)
                    self.invitation(rows, job_id, other, posted + int(rand() * 2 * DAY))
        contract_id = self.new_id("contracts")
        external_id = data.contract_number(contract_id)
        rows.add(
            "contracts",
            {
                "id": contract_id,
                "external_id": external_id,
                "job_id": job_id,
                "client_id": client_id,
                "freelancer_id": freelancer_id,
                "agency_id": agency.id if agency else None,
                "kind": kind,
                "status": status,
                "title": title,
                "category": sub.category,
                "subcategory": sub.name,
                "skills": skills,
                "budget_cents": budget_cents,
                "hourly_rate_cents": rate_cents,
                "started_at": _dt(start),
                "ended_at": _dt_or_none(end),
                "excluded_from_jss": excluded_from_jss,
                "excluded_by_decision_id": None,
            },
        )
        self.touch(client_id, start)
        self.touch(freelancer_id, start)
        # Payments.
        stop = min(end if end is not None else now, now)
        if pay_until is not None:
            stop = min(stop, pay_until)
        payments: list[tuple[int, int, int]] = []
        year_ago = now - YEAR
        if hourly:
            assert rate_cents is not None
            assert weekly_hours is not None
            week_start = start
            if outcome in ("poor", "unresponsive") and end is not None:
                stop = min(stop, start + (end - start) * 2 // 3)
            while week_start + WEEK <= stop + WEEK:
                paid_at = week_start + WEEK + 5 * DAY
                if paid_at >= now or (pay_until is not None and paid_at > pay_until):
                    break
                if rand() < 0.9:
                    span = min(WEEK, max(stop - week_start, 0)) / WEEK
                    hours = round(weekly_hours * span * (0.55 + rand() * 0.6) * 6) / 6
                    if hours >= 0.5:
                        hours = round(hours, 2)
                        amount = round(hours * rate_cents)
                        payments.append(
                            self.payment(
                                rows, contract_id, PaymentKind.HOURLY, amount, hours, paid_at
                            )
                        )
                        self.hours[freelancer_id] = self.hours.get(freelancer_id, 0.0) + hours
                        if paid_at >= year_ago:
                            self._earn(freelancer_id, agency, amount)
                        self.touch(freelancer_id, week_start + WEEK - DAY)
                        self.touch(client_id, paid_at)
                week_start += WEEK
        elif milestones is not None:
            for amount, paid_at in milestones:
                payments.append(
                    self.payment(rows, contract_id, PaymentKind.MILESTONE, amount, None, paid_at)
                )
                if paid_at >= year_ago:
                    self._earn(freelancer_id, agency, amount)
                self.touch(client_id, paid_at)
        else:
            assert budget_cents is not None
            count = 1 if rand() < 0.55 else 2 if rand() < 0.55 else 3 if rand() < 0.6 else 4
            shares = [0.6 + rand() for _ in range(count)]
            total_share = sum(shares)
            span = (end if end is not None else max(now - DAY, start + DAY)) - start
            if end is None:
                span = max(span, 30 * DAY)
            paid_total = 0
            for index in range(count):
                amount = (
                    budget_cents - paid_total
                    if index == count - 1
                    else round(budget_cents * shares[index] / total_share / 100) * 100
                )
                paid_at = start + span * (index + 1) // count
                if paid_at > stop or paid_at >= now:
                    break
                if outcome in ("poor", "unresponsive") and index > 0 and rand() < 0.6:
                    break
                paid_total += amount
                payments.append(
                    self.payment(
                        rows,
                        contract_id,
                        PaymentKind.FIXED_PRICE if count == 1 else PaymentKind.MILESTONE,
                        amount,
                        None,
                        paid_at,
                    )
                )
                if paid_at >= year_ago:
                    self._earn(freelancer_id, agency, amount)
                self.touch(client_id, paid_at)
        if outcome == "excellent" and end is not None and rand() < 0.05 and end < now - DAY:
            bonus = max(1000, round((budget_cents or (rate_cents or 0) * 10) * 0.1 / 100) * 100)
            payments.append(self.payment(rows, contract_id, PaymentKind.BONUS, bonus, None, end))
            if end >= year_ago:
                self._earn(freelancer_id, agency, bonus)
        if agency is not None:
            moment = max(start, payments[-1][2] if payments else start, end or start)
            if moment > self.agency_last_active.get(agency.id, 0):
                self.agency_last_active[agency.id] = min(moment, now - 60)
        if extras:
            self._trouble(
                rng,
                rows,
                client,
                freelancer,
                contract_id,
                external_id,
                kind,
                start,
                end,
                outcome,
                payments,
            )
        # Feedback, both ways, once the contract is closed.
        if end is not None and status == ContractStatus.CLOSED:
            if client_feedback and rand() < (0.82 if outcome != "cancelled" else 0.4):
                left = end + int(rand() * rand() * 10 * DAY)
                if left < now:
                    self.client_feedback(
                        rng,
                        rows,
                        contract_id,
                        client,
                        freelancer,
                        agency,
                        outcome,
                        left,
                        end,
                        deliverable,
                    )
            if freelancer_feedback and rand() < 0.78:
                left = end + int(rand() * rand() * 12 * DAY)
                if left < now:
                    self.freelancer_feedback(
                        rng, rows, contract_id, client, freelancer, outcome, left
                    )
        room = f"room_{data.mix64(contract_id ^ 0x600D):016x}"
        if messages:
            self._conversation(
                rng,
                rows,
                room,
                contract_id,
                client,
                freelancer,
                start,
                end,
                outcome,
                deliverable,
                title,
                budget_cents,
                weekly_hours,
                pay_until,
            )
        return _Made(contract_id, external_id, job_id, room, payments)

    def _earn(self, freelancer_id: int, agency: _Agency | None, amount: int) -> None:
        self.earned_12m[freelancer_id] = self.earned_12m.get(freelancer_id, 0) + amount
        if agency is not None:
            self.agency_earned_12m[agency.id] = self.agency_earned_12m.get(agency.id, 0) + amount

    def job(
        self,
        rng: Random,
        rows: _Rows,
        client: _Person,
        sub: Subcategory,
        *,
        kind: ContractKind,
        title: str,
        skills: Sequence[str],
        budget_cents: int | None,
        status: JobStatus,
        posted: int,
    ) -> dict[str, Any]:
        """A job post (its row is returned, already queued, for callers that adjust it)."""
        job_id = self.new_id("jobs")
        rand = rng.random
        draw = rand()
        english = (
            None
            if draw < 0.5
            else EnglishLevel.CONVERSATIONAL
            if draw < 0.8
            else EnglishLevel.FLUENT
            if draw < 0.97
            else EnglishLevel.NATIVE
        )
        preferred: list[str] = []
        if rand() < 0.08:
            preferred = [client.country.code] if rand() < 0.6 else ["US", "CA", "GB"]
        description = " ".join(
            (
                f"{title}.",
                f"Looking for someone with {', '.join(skills[:-1])} and {skills[-1]}."
                if len(skills) > 1
                else f"Looking for someone with {skills[0]}.",
                "Ongoing work, paid hourly; please share your weekly availability."
                if kind == ContractKind.HOURLY
                else "Fixed price: please include your quote and a timeline in your proposal.",
                "Conversational English or better." if english else "",
            )
        ).strip()
        row = {
            "id": job_id,
            "external_id": data.profile_key("~02", job_id, 0x10B),
            "client_id": client.id,
            "title": title,
            "description": description,
            "kind": kind,
            "status": status,
            "category": sub.category,
            "subcategory": sub.name,
            "skills": list(skills),
            "budget_cents": budget_cents,
            "english_level": english,
            "preferred_countries": preferred,
            "posted_at": _dt(posted),
        }
        rows.add("jobs", row)
        self.touch(client.id, posted)
        return row

    def invitation(
        self, rows: _Rows, job_id: int, freelancer: _Person, moment: int, invited_by: str = "client"
    ) -> int:
        invitation_id = self.new_id("invitations")
        rows.add(
            "invitations",
            {
                "id": invitation_id,
                "external_id": f"inv-{invitation_id}",
                "job_id": job_id,
                "freelancer_id": freelancer.id,
                "invited_at": _dt(moment),
                "invited_by": invited_by,
            },
        )
        return invitation_id

    def payment(
        self,
        rows: _Rows,
        contract_id: int,
        kind: PaymentKind,
        amount: int,
        hours: float | None,
        paid_at: int,
    ) -> tuple[int, int, int]:
        payment_id = self.new_id("payments")
        rows.add(
            "payments",
            {
                "id": payment_id,
                "external_id": f"pmt-{payment_id}",
                "contract_id": contract_id,
                "kind": kind,
                "amount_cents": amount,
                "refunded_cents": 0,
                "hours": hours,
                "paid_at": _dt(paid_at),
            },
        )
        return payment_id, amount, paid_at

    def refund(
        self,
        rows: _Rows,
        contract_id: int,
        payment: tuple[int, int, int],
        amount: int,
        reason: str,
        granted_by: str,
        moment: int,
    ) -> None:
        """A refund, and the payment's ``refunded_cents`` kept equal to its refunds."""
        payment_id = payment[0]
        for row in reversed(rows.by_table["payments"]):
            if row["id"] == payment_id:
                amount = min(amount, row["amount_cents"] - row["refunded_cents"])
                if amount <= 0:
                    return
                row["refunded_cents"] += amount
                break
        else:
            raise AssertionError(f"payment {payment_id} is not in this batch")
        refund_id = self.new_id("refunds")
        rows.add(
            "refunds",
            {
                "id": refund_id,
                "external_id": f"rfd-{refund_id}",
                "contract_id": contract_id,
                "payment_id": payment_id,
                "amount_cents": amount,
                "reason": reason,
                "granted_by": granted_by,
                "granted_at": _dt(moment),
            },
        )

    def credit(
        self,
        rows: _Rows,
        client: _Person,
        contract_id: int | None,
        amount: int,
        reason: str,
        granted_by: str,
        moment: int,
    ) -> None:
        credit_id = self.new_id("credits")
        rows.add(
            "credits",
            {
                "id": credit_id,
                "external_id": f"crd-{credit_id}",
                "account_id": client.id,
                "contract_id": contract_id,
                "amount_cents": amount,
                "reason": reason,
                "granted_by": granted_by,
                "granted_at": _dt(moment),
            },
        )

    def dispute(
        self,
        rows: _Rows,
        contract_id: int,
        opened_by: _Person,
        reason: str,
        outcome: DisputeOutcome,
        opened: int,
        resolved: int | None,
    ) -> int:
        dispute_id = self.new_id("disputes")
        rows.add(
            "disputes",
            {
                "id": dispute_id,
                "external_id": f"dsp-{dispute_id}",
                "contract_id": contract_id,
                "opened_by_id": opened_by.id,
                "reason": reason,
                "outcome": outcome,
                "opened_at": _dt(opened),
                "resolved_at": _dt_or_none(resolved),
            },
        )
        return dispute_id

    def _trouble(
        self,
        rng: Random,
        rows: _Rows,
        client: _Person,
        freelancer: _Person,
        contract_id: int,
        external_id: str,
        kind: ContractKind,
        start: int,
        end: int | None,
        outcome: str,
        payments: list[tuple[int, int, int]],
    ) -> None:
        """Refunds, disputes, credits and the notes support leaves, mostly on bad outcomes."""
        rand = rng.random
        now = self.now
        bad = outcome in ("poor", "unresponsive")
        if not payments:
            return
        last = payments[-1]
        if bad and kind == ContractKind.FIXED and rand() < 0.12:
            opened = min(now - DAY, (end or now) - int(rand() * 3 * DAY))
            opened = max(opened, last[2])
            reason = (
                "Work not delivered as agreed; requesting a refund of the funded milestone."
                if outcome == "unresponsive"
                else "Delivered work does not match the agreed scope."
            )
            if opened < now - 30 * DAY:
                draw = rand()
                verdict = (
                    DisputeOutcome.CLIENT_FAVOURED
                    if draw < 0.45
                    else DisputeOutcome.SPLIT
                    if draw < 0.7
                    else DisputeOutcome.FREELANCER_FAVOURED
                    if draw < 0.85
                    else DisputeOutcome.WITHDRAWN
                )
                resolved = opened + 5 * DAY + int(rand() * 20 * DAY)
                self.dispute(rows, contract_id, client, reason, verdict, opened, resolved)
                if verdict in (DisputeOutcome.CLIENT_FAVOURED, DisputeOutcome.SPLIT):
                    share = 1.0 if verdict == DisputeOutcome.CLIENT_FAVOURED else 0.5
                    self.refund(
                        rows,
                        contract_id,
                        last,
                        round(last[1] * share),
                        "Dispute resolution",
                        "dispute",
                        resolved,
                    )
            else:
                self.dispute(rows, contract_id, client, reason, DisputeOutcome.OPEN, opened, None)
            return
        if (bad and rand() < 0.35) or rand() < 0.004:
            by_support = rand() < 0.4
            moment = min(now - 1, last[2] + DAY + int(rand() * 10 * DAY))
            share = 0.5 + rand() * 0.5 if bad else 0.1 + rand() * 0.2
            reason = (
                "Freelancer did not deliver the work"
                if outcome == "unresponsive"
                else "Work did not meet the requirements"
                if bad
                else "Overbilled hours refunded"
            )
            self.refund(
                rows,
                contract_id,
                last,
                max(100, round(last[1] * share)),
                reason,
                "support" if by_support else "freelancer",
                moment,
            )
            if bad and by_support:
                if outcome == "unresponsive":
                    self.note(
                        rows,
                        freelancer,
                        NoteKind.NON_DELIVERY,
                        f"Non-delivery reported by the client on assignment {external_id}; "
                        f"refund issued after 48 hours of contact attempts.",
                        moment,
                        author=_one(rng, data.SUPPORT_AGENTS),
                    )
                if rand() < 0.4:
                    kept = sum(p[1] for p in payments) - last[1]
                    self.credit(
                        rows,
                        client,
                        contract_id,
                        max(500, round(kept * 0.05)),
                        "Courtesy credit: 5% of non-refunded payments",
                        f"support:{_one(rng, data.SUPPORT_AGENTS)}",
                        moment,
                    )

    def client_feedback(
        self,
        rng: Random,
        rows: _Rows,
        contract_id: int,
        client: _Person,
        freelancer: _Person,
        agency: _Agency | None,
        outcome: str,
        left: int,
        ended: int,
        deliverable: str,
        *,
        rating: float | None = None,
        comment: str | None = None,
        private_score: int | None = None,
        private_comment: str | None = None,
        end_reason: str | None = None,
        excluded: bool = False,
        removed: bool = False,
    ) -> str:
        rand = rng.random
        if outcome == "cancelled":
            rating = rating if rating is not None else _one(rng, (4.0, 4.5, 5.0))
            comment = comment if comment is not None else "The project was cancelled on our side."
        if rating is None:
            rating = _one(rng, _RATINGS[outcome])
        if client.tier == 1 and rating > 4.0 and rand() < 0.4:
            rating = _one(rng, (3.5, 3.8, 4.0))  # a difficult client marks everyone down
        if comment is None:
            comment = "" if rand() < data.FEEDBACK_BLANK_SHARE else _one(rng, _COMMENTS[outcome])
        comment = comment.replace("{first}", freelancer.first).replace("{deliverable}", deliverable)
        comment = comment[0].upper() + comment[1:] if comment else comment
        if private_score is None:
            low, high = _PRIVATE_RANGE[outcome]
            private_score = low + int(rand() * (high - low + 1))
        if private_comment is None:
            pool = (
                data.PRIVATE_GOOD
                if private_score >= 8
                else data.PRIVATE_MIXED
                if private_score >= 5
                else data.PRIVATE_BAD
            )
            private_comment = _one(rng, pool)
        feedback_id = self.new_id("feedback")
        rows.add(
            "feedback",
            {
                "id": feedback_id,
                "external_id": f"fb-{feedback_id}",
                "contract_id": contract_id,
                "direction": FeedbackDirection.CLIENT_TO_FREELANCER,
                "from_account_id": client.id,
                "to_account_id": freelancer.id,
                "public_rating": rating,
                "public_comment": comment,
                "private_score": private_score,
                "private_comment": private_comment,
                "end_reason": end_reason or _END_REASONS[outcome],
                "left_at": _dt(left),
                "removed_from_profile": removed,
                "removed_by_decision_id": None,
                "excluded_from_jss": excluded,
                "excluded_by_decision_id": None,
            },
        )
        self.touch(client.id, left)
        # The Job Success Score looks back two years; agency work counts for the agency.
        if not excluded and ended >= self.now - 2 * YEAR:
            score = 1.0 if rating >= 4.5 else 0.5 if rating >= 3.5 else 0.0
            if private_score <= 4:
                score = 0.0
            if agency is not None:
                self.agency_jss_sum[agency.id] = self.agency_jss_sum.get(agency.id, 0.0) + score
                self.agency_jss_count[agency.id] = self.agency_jss_count.get(agency.id, 0) + 1
            else:
                self.jss_sum[freelancer.id] = self.jss_sum.get(freelancer.id, 0.0) + score
                self.jss_count[freelancer.id] = self.jss_count.get(freelancer.id, 0) + 1
        if rating >= 4.5:
            self.good_closed[freelancer.id] = self.good_closed.get(freelancer.id, 0) + 1
        return f"fb-{feedback_id}"

    def freelancer_feedback(
        self,
        rng: Random,
        rows: _Rows,
        contract_id: int,
        client: _Person,
        freelancer: _Person,
        outcome: str,
        left: int,
    ) -> None:
        rand = rng.random
        difficult = client.tier == 1 or outcome in ("poor", "unresponsive")
        if difficult and rand() < 0.5:
            rating = _one(rng, (2.0, 3.0, 3.5, 4.0))
            comment = _one(rng, data.FREELANCER_TO_CLIENT_BAD)
            private_score = 2 + int(rand() * 5)
        else:
            rating = 5.0 if rand() < 0.85 else _one(rng, (4.5, 4.75, 4.85))
            comment = "" if rand() < 0.15 else _one(rng, data.FREELANCER_TO_CLIENT_GOOD)
            private_score = 8 + int(rand() * 3)
        feedback_id = self.new_id("feedback")
        rows.add(
            "feedback",
            {
                "id": feedback_id,
                "external_id": f"fb-{feedback_id}",
                "contract_id": contract_id,
                "direction": FeedbackDirection.FREELANCER_TO_CLIENT,
                "from_account_id": freelancer.id,
                "to_account_id": client.id,
                "public_rating": rating,
                "public_comment": comment.replace("{first}", client.first),
                "private_score": private_score,
                "private_comment": "",
                "end_reason": None,
                "left_at": _dt(left),
                "removed_from_profile": False,
                "removed_by_decision_id": None,
                "excluded_from_jss": False,
                "excluded_by_decision_id": None,
            },
        )
        self.touch(freelancer.id, left)

    def message(
        self,
        rows: _Rows,
        room: str,
        contract_id: int | None,
        sender: _Person,
        recipient: _Person,
        message_text: str,
        moment: int,
    ) -> str:
        message_id = self.new_id("messages")
        external_id = f"msg-{message_id}"
        rows.add(
            "messages",
            {
                "id": message_id,
                "external_id": external_id,
                "room": room,
                "contract_id": contract_id,
                "sender_id": sender.id,
                "recipient_id": recipient.id,
                "text": message_text,
                "sent_at": _dt(moment),
                "redacted_at": None,
            },
        )
        self.touch(sender.id, moment)
        return external_id

    def _conversation(
        self,
        rng: Random,
        rows: _Rows,
        room: str,
        contract_id: int,
        client: _Person,
        freelancer: _Person,
        start: int,
        end: int | None,
        outcome: str,
        deliverable: str,
        title: str,
        budget_cents: int | None,
        weekly_hours: float | None,
        pay_until: int | None,
    ) -> None:
        rand = rng.random
        words = {
            "fl": freelancer.first,
            "cl": client.first,
            "job": title,
            "deliverable": deliverable,
            "weeks": str(2 + int(rand() * 6)),
            "amount": f"{(budget_cents or 50000) // 100:,}",
            "milestones": str(1 + int(rand() * 3)),
            "hours": str(int(weekly_hours or 10)),
            "hour": str(9 + int(rand() * 8)),
            "weekday": _one(rng, data.WEEKDAYS),
            "percent": str(30 + int(rand() * 50)),
        }

        def say(role: str, template: str, moment: int, contract: int | None) -> None:
            sender, recipient = (client, freelancer) if role == "client" else (freelancer, client)
            self.message(rows, room, contract, sender, recipient, template.format(**words), moment)

        # Before the contract: an invitation or a proposal, a reply, sometimes a follow-up.
        moment = start - DAY - int(rand() * 4 * DAY)
        if rand() < 0.88:
            say("client", _one(rng, data.PRE_CONTRACT_OPENERS), moment, None)
            moment += 600 + int(rand() * 8 * 3600)
            if rand() < 0.85:
                say("freelancer", _one(rng, data.PRE_CONTRACT_REPLIES), moment, None)
                moment += 600 + int(rand() * 8 * 3600)
            if rand() < 0.35:
                role, template = _one(rng, data.PRE_CONTRACT_FOLLOW_UPS)
                say(role, template, min(moment, start - 60), None)
            if rand() < 0.004:
                self._share_contact(rng, rows, room, None, freelancer, client, start - 120)
        # On the contract: an opening, some middle, then a closing or trouble.
        last = min(end if end is not None else self.now, self.now) - 60
        bad = outcome in ("poor", "unresponsive")
        if outcome == "unresponsive" and pay_until is None:
            last = start + (last - start) // 2
        span = max(last - start, 3600)
        role, template = _one(rng, data.CONTRACT_OPENING)
        say(role, template, start + min(span // 10, DAY), contract_id)
        middle = data.CONTRACT_MIDDLE + (data.CONTRACT_MIDDLE_HOURLY if weekly_hours else ())
        count = int(rand() * 3)
        for index in range(count):
            role, template = _one(rng, middle)
            say(role, template, start + span * (index + 1) // (count + 2), contract_id)
        if bad:
            role, template = _one(rng, data.CONTRACT_TROUBLE)
            say(role, template, last - span // 10, contract_id)
        elif end is not None and rand() < 0.7:
            role, template = _one(rng, data.CONTRACT_CLOSING)
            say(role, template, last - min(span // 10, 3600), contract_id)
        if rand() < 0.005:
            self._share_contact(rng, rows, room, contract_id, client, freelancer, start + span // 3)

    def _share_contact(
        self,
        rng: Random,
        rows: _Rows,
        room: str,
        contract_id: int | None,
        sender: _Person,
        recipient: _Person,
        moment: int,
    ) -> None:
        template = _one(rng, data.BACKGROUND_CONTACT_SHARING)
        phone = sender.phone or data.phone_number(sender.country, rng)
        message_text = template.format(
            phone=phone,
            email=sender.email.replace("example", "gmail", 1).split("@")[0] + "@gmail.com",
            handle=data.ascii_slug(f"{sender.first} {sender.last}", "_"),
        )
        self.message(rows, room, contract_id, sender, recipient, message_text, moment)
        if contract_id is None and rng.random() < 0.3:
            self.note(
                rows,
                sender,
                NoteKind.MESSAGE_POLICY,
                "Reminded about sharing contact details before a contract starts.",
                min(self.now - 1, moment + DAY),
                author=_one(rng, data.SUPPORT_AGENTS),
            )

    # ---------------------------------------------------------------- background

    def background_blocks(self, count: int) -> Iterator[tuple[_Rows, int]]:
        """Blocks of background contracts (each with its own random stream)."""
        made = 0
        block = 0
        while made < count:
            size = min(BLOCK, count - made)
            rng = self.rng("contracts", block)
            rows = _Rows()
            for _ in range(size):
                self._background_contract(rng, rows)
            for _ in range(max(1, size * 12 // 100)):
                self._unfilled_job(rng, rows)
            made += size
            block += 1
            yield rows, size

    def _background_contract(self, rng: Random, rows: _Rows) -> None:
        rand = rng.random
        now = self.now
        client: _Person | None = None
        for _ in range(20):
            freelancer = self.pick_freelancer(rng)
            lo = max(freelancer.created, self.window_start) + DAY
            hi = min(freelancer.active_until, now) - DAY
            if hi - lo < 10 * DAY:
                continue
            client = self.pick_client(rng, lo, hi)
            if client is None:
                continue
            lo = max(lo, client.created + DAY)
            hi = min(hi, client.active_until - DAY)
            if hi - lo >= 5 * DAY:
                break
            client = None
        if client is None:
            raise AssertionError("no client and freelancer overlap in time; population too small")
        sub = (
            freelancer.subs[0] if len(freelancer.subs) == 1 or rand() < 0.75 else freelancer.subs[1]
        )
        start = lo + int((hi - lo) * math.sqrt(rand()))
        hourly = rand() < sub.hourly_share
        kind = ContractKind.HOURLY if hourly else ContractKind.FIXED
        if hourly:
            duration = int(min(540, max(7, 24 * math.exp(rng.gauss(0, 0.9)))) * DAY)
        else:
            duration = int(min(180, max(1, 12 * math.exp(rng.gauss(0, 0.8)))) * DAY)
        stretch = freelancer.agency_on(start)
        agency = None
        if (
            stretch is not None
            and (stretch.exclusive or rand() < 0.5)
            and stretch.agency.active_until > start + DAY
        ):
            agency = stretch.agency
        tier = freelancer.tier if agency is None else max(freelancer.tier, agency.tier)
        outcome = _OUTCOMES[min(5, bisect.bisect_right(_OUTCOME_CUMULATIVE[tier], rand()))]
        planned_end = start + duration
        limit = min(freelancer.active_until, client.active_until)
        if agency is not None:
            limit = min(limit, agency.active_until)
        end: int | None
        if planned_end < limit and planned_end < now - 1:
            if rand() < 0.012 and limit >= now:
                end, status = None, ContractStatus.OPEN  # never closed: a stale open contract
            else:
                end, status = planned_end, ContractStatus.CLOSED
        elif limit < now:
            end, status = max(start + 3600, limit - DAY), ContractStatus.CLOSED
        else:
            end = None
            status = ContractStatus.PAUSED if rand() < 0.12 else ContractStatus.OPEN
        self.contract(
            rng,
            rows,
            client=client,
            freelancer=freelancer,
            sub=sub,
            kind=kind,
            start=start,
            end=end,
            status=status,
            outcome=outcome,
            agency=agency,
            pay_until=planned_end if end is None and planned_end < now else None,
            extras=True,
        )

    def _unfilled_job(self, rng: Random, rows: _Rows) -> None:
        """A job nobody was hired for: invitations, a pre-contract chat, maybe still open."""
        rand = rng.random
        freelancer = self.pick_freelancer(rng)
        sub = freelancer.subs[0]
        posted = self.window_start + int(3 * YEAR * math.sqrt(rand()))
        client = self.pick_client(rng, posted - DAY, posted + DAY)
        if client is None or client.created >= posted or freelancer.created >= posted:
            return
        posted = min(posted, self.now - 3600)
        kind = ContractKind.HOURLY if rand() < sub.hourly_share else ContractKind.FIXED
        skills = [s for s in freelancer.skills if s in sub.skills][:4] or list(sub.skills[:3])
        budget = None if kind == ContractKind.HOURLY else sub.budget_usd * 100
        status = JobStatus.OPEN if posted > self.now - 30 * DAY else JobStatus.CLOSED
        title, deliverable = _one(rng, sub.jobs)
        job_id = self.job(
            rng,
            rows,
            client,
            sub,
            kind=kind,
            title=title,
            skills=skills,
            budget_cents=budget,
            status=status,
            posted=posted,
        )["id"]
        moment = min(self.now - 60, posted + int(rand() * DAY))
        self.invitation(rows, job_id, freelancer, moment)
        if rand() < 0.6:
            room = f"room_{data.mix64(job_id ^ 0xFEED):016x}"
            words = {
                "fl": freelancer.first,
                "cl": client.first,
                "job": title,
                "deliverable": deliverable,
                "weeks": "3",
                "amount": f"{(budget or 40000) // 100:,}",
                "milestones": "2",
                "hours": "20",
            }
            self.message(
                rows,
                room,
                None,
                client,
                freelancer,
                _one(rng, data.PRE_CONTRACT_OPENERS).format(**words),
                moment + 60,
            )
            if rand() < 0.6:
                self.message(
                    rows,
                    room,
                    None,
                    freelancer,
                    client,
                    _one(rng, data.PRE_CONTRACT_REPLIES).format(**words),
                    min(self.now - 30, moment + 3600 + int(rand() * DAY)),
                )

    # ---------------------------------------------------------------- finishing

    def account_updates(self) -> list[dict[str, Any]]:
        """Derived profile facts, from the rows made: hours, Job Success Score, badges,
        last activity (the marketplace's own published values, approximated)."""
        now = self.now
        updates = []
        for person in self.people:
            last = self.last_active.get(person.id)
            if person.engaged and person.status == AccountStatus.ACTIVE and not person.planted:
                last = max(last or 0, now - int(DAY + 20 * DAY * _unit(person.id, self.seed)))
            # Someone who never did anything was last seen signing up.
            last = max(min(last or person.created, person.active_until, now - 60), person.created)
            hours = round(person.prior_hours + self.hours.get(person.id, 0.0), 2)
            jss = None
            top = top_plus = rising = False
            if person.kind == AccountKind.FREELANCER:
                count = self.jss_count.get(person.id, 0)
                if count >= 3:
                    jss = float(round(100 * self.jss_sum[person.id] / count))
                earned = self.earned_12m.get(person.id, 0)
                active = person.status == AccountStatus.ACTIVE
                recent = last is not None and last > now - 90 * DAY
                top = bool(
                    active
                    and recent
                    and jss is not None
                    and jss >= 90
                    and earned >= 100_000
                    and person.created < now - 90 * DAY
                )
                top_plus = top and earned >= 1_000_000
                rising = bool(
                    active
                    and not top
                    and person.rising
                    and person.created > now - 540 * DAY
                    and self.good_closed.get(person.id, 0) >= 1
                    and (jss is None or jss >= 90)
                )
            updates.append(
                {
                    "b_id": person.id,
                    "b_hours": hours,
                    "b_jss": jss,
                    "b_top": top,
                    "b_top_plus": top_plus,
                    "b_rising": rising,
                    "b_premium": person.premium and (jss is None or jss >= 85),
                    "b_vetted": person.expert_vetted and top,
                    "b_last": _dt_or_none(last),
                }
            )
        return updates

    def agency_updates(self) -> list[dict[str, Any]]:
        now = self.now
        updates = []
        for agency in self.agencies:
            count = self.agency_jss_count.get(agency.id, 0)
            jss = float(round(100 * self.agency_jss_sum[agency.id] / count)) if count >= 3 else None
            last = self.agency_last_active.get(agency.id)
            recent = last is not None and last > now - 90 * DAY
            earned = self.agency_earned_12m.get(agency.id, 0)
            top = bool(
                recent
                and jss is not None
                and jss >= 90
                and earned >= 100_000
                and agency.status == AgencyStatus.ACTIVE
            )
            updates.append(
                {
                    "b_id": agency.id,
                    "b_jss": jss,
                    "b_top": top,
                    "b_top_plus": top and earned >= 1_000_000,
                    "b_premium": agency.premium and (jss is None or jss >= 85),
                    "b_last": _dt_or_none(last),
                }
            )
        return updates


def _unit(value: int, salt: int) -> float:
    """A stable number in [0, 1) from an id (for facts that must not consume the streams)."""
    return data.mix64(value * 31 + salt) / 2**64


def _company_name(rng: Random, country: Country) -> str:
    suffix = {
        "US": "Inc.",
        "CA": "Inc.",
        "GB": "Ltd",
        "IE": "Ltd",
        "AU": "Pty Ltd",
        "DE": "GmbH",
        "CH": "AG",
        "FR": "SAS",
        "ES": "S.L.",
        "NL": "B.V.",
        "SE": "AB",
    }.get(country.code, "LLC")
    words = (
        "Harbor",
        "Pine",
        "Bluebird",
        "Summit",
        "Lakeside",
        "Granite",
        "Cedar",
        "Aurora",
        "Kestrel",
        "Brightwater",
        "Oakridge",
        "Foxglove",
        "Ironwood",
        "Northstar",
    )
    trades = (
        "Logistics",
        "Hospitality",
        "Health",
        "Analytics",
        "Studios",
        "Realty",
        "Foods",
        "Software",
        "Retail",
        "Learning",
        "Energy",
        "Travel",
        "Fitness",
        "Legal",
    )
    return f"{_one(rng, words)} {_one(rng, trades)} {suffix}"


# --------------------------------------------------------------------------------------
# The planted scenarios: one live example of every playbook, on purpose.

CRISIS_NAME = "Typhoon Mayumi"
CRISIS_REGIONS = ("PH-CEB", "PH-BOH", "PH-LEY", "PH-SLE")
CRISIS_STARTED_DAYS_AGO = 28
CRISIS_ENDED_DAYS_AGO = 7
SOURCING_SKILLS = ("React", "Node.js", "TypeScript", "REST API")
SOURCING_JOB_TITLE = "React + Node.js developer for a booking dashboard"


class _Cast:
    """The people and agencies of the planted scenarios, made before the background."""

    def __init__(self, g: _Generator) -> None:
        rng = g.rng("cast")
        now = g.now

        def fl(
            region: str,
            sub: str,
            tier: int = 0,
            years: float = 4.0,
            english: EnglishLevel | None = None,
            skills: Sequence[str] | None = None,
        ) -> _Person:
            person = g.make_freelancer(
                rng,
                region_code=region,
                sub_name=sub,
                tier=tier,
                created=now - int(years * YEAR),
                english=english,
                skills=skills,
                planted=True,
            )
            person.premium = person.expert_vetted = person.rising = False
            person.visibility = ProfileVisibility.PUBLIC
            return person

        def cl(
            region: str,
            plan: ClientPlan = ClientPlan.BASIC,
            years: float = 3.0,
            company: str | None = None,
        ) -> _Person:
            return g.make_client(
                rng,
                region_code=region,
                plan=plan,
                company=company,
                created=now - int(years * YEAR),
                planted=True,
            )

        # 1. Crisis: freelancers in (and near) the typhoon's provinces, and their agency.
        self.crisis_eligible = fl("PH-CEB", "Virtual Assistance", 0, 4)
        self.crisis_member = fl("PH-LEY", "Customer Service & Tech Support", 0, 4)
        self.crisis_former_member = fl("PH-BOH", "Graphic Design", 1, 4)
        self.crisis_repeat = fl("PH-CEB", "Web Development", 0, 5)
        self.crisis_poor_quality = fl("PH-CEB", "Content Writing", 2, 3)
        self.crisis_before_event = fl("PH-LEY", "Data Entry & Transcription Services", 1, 3)
        self.crisis_outside_region = fl("PH-ILI", "Virtual Assistance", 1, 3)
        self.crisis_already_excluded = fl("PH-SLE", "Customer Service & Tech Support", 0, 4)
        self.crisis_owner = fl("PH-CEB", "Virtual Assistance", 0, 7)
        self.crisis_admin = fl("PH-00", "Project Management", 0, 6)
        self.crisis_manager = fl("PH-CEB", "Customer Service & Tech Support", 0, 5)
        agency = g.make_agency(
            rng, self.crisis_owner, name="Visayas Virtual Staffing", created=now - 6 * YEAR
        )
        g.join(self.crisis_admin, agency, AgencyRole.ADMIN, now - 5 * YEAR, None)
        g.join(self.crisis_manager, agency, AgencyRole.BUSINESS_MANAGER, now - 4 * YEAR, None)
        g.join(self.crisis_member, agency, AgencyRole.MEMBER, now - 3 * YEAR, None, exclusive=True)
        g.join(
            self.crisis_former_member,
            agency,
            AgencyRole.MEMBER,
            now - 3 * YEAR,
            now - 6 * DAY,
            exclusive=True,
        )
        self.crisis_agency = agency

        # 2. Unresponsive freelancers and the clients waiting for them.
        self.silent = [
            fl("IN-MH", "Web Development", 1, 3),
            fl("PK-PB", "Mobile Development", 1, 3),
            fl("UA-30", "Product Design", 1, 3),
        ]
        self.waiting = [
            cl("US-TX", ClientPlan.BASIC, 2),
            cl("GB-LND", ClientPlan.BUSINESS, 4, "Kestrel Travel Ltd"),
            cl("AU-NSW", ClientPlan.BASIC, 2),
        ]

        # 3. Agencies: failing, idle for over a year, healthy; and one failing freelancer.
        owner = fl("IN-UP", "Web Development", 2, 5)
        self.bad_agency = g.make_agency(
            rng, owner, name="Rapid Pixel Solutions", created=now - int(4.5 * YEAR), tier=3
        )
        self.bad_members = [
            fl("IN-UP", "Web Development", 2, 4.5),
            fl("IN-DL", "Web Development", 3, 4),
            fl("IN-UP", "Mobile Development", 3, 4),
            fl("IN-RJ", "Web Development", 3, 4),
        ]
        g.join(self.bad_members[0], self.bad_agency, AgencyRole.ADMIN, now - 4 * YEAR, None)
        for member in self.bad_members[1:]:
            g.join(member, self.bad_agency, AgencyRole.MEMBER, now - int(3.5 * YEAR), None)
        owner = fl("PK-PB", "Graphic Design", 0, 6)
        self.idle_agency = g.make_agency(
            rng, owner, name="Indus Creative Studio", created=now - 5 * YEAR
        )
        self.idle_members = [
            fl("PK-PB", "Video & Animation", 0, 5),
            fl("PK-SD", "Graphic Design", 0, 5),
        ]
        for member in self.idle_members:
            g.join(
                member, self.idle_agency, AgencyRole.MEMBER, now - 4 * YEAR, None, exclusive=True
            )
        owner = fl("US-NY", "Product Design", 0, 8)
        self.good_agency = g.make_agency(
            rng, owner, name="Northwind Studio", created=now - 6 * YEAR, premium=True
        )
        self.good_members = [
            fl("US-NY", "Web Development", 0, 6),
            fl("PL-MA", "Web Development", 0, 5),
            fl("AR-C", "Product Design", 0, 5),
        ]
        g.join(
            self.good_members[0],
            self.good_agency,
            AgencyRole.BUSINESS_MANAGER,
            now - 5 * YEAR,
            None,
        )
        g.join(
            self.good_members[1],
            self.good_agency,
            AgencyRole.MEMBER,
            now - 4 * YEAR,
            None,
            exclusive=True,
        )
        g.join(
            self.good_members[2],
            self.good_agency,
            AgencyRole.MEMBER,
            now - 3 * YEAR,
            now - 200 * DAY,
        )
        self.failing_freelancer = fl("EG-C", "Graphic Design", 3, 2.5)

        # 5. Sourcing: a client with a fresh job, matching freelancers and near misses.
        self.sourcing_client = cl("US-CA", ClientPlan.BUSINESS, 3, "Harbor & Pine Hospitality Inc.")
        matches = (
            ("US-WA", EnglishLevel.NATIVE, 6.0),
            ("IN-KA", EnglishLevel.FLUENT, 5.0),
            ("UA-46", EnglishLevel.FLUENT, 5.0),
            ("PH-00", EnglishLevel.FLUENT, 0.4),
            ("PL-MA", EnglishLevel.FLUENT, 4.0),
            ("AR-C", EnglishLevel.CONVERSATIONAL, 4.0),
            ("PK-IS", EnglishLevel.FLUENT, 5.0),
            ("RS-00", EnglishLevel.CONVERSATIONAL, 3.0),
        )
        web = data.SUBCATEGORY_BY_NAME["Web Development"]
        self.matches = []
        for index, (region, english, years) in enumerate(matches):
            extra = [s for s in web.skills if s not in SOURCING_SKILLS]
            skills = [*SOURCING_SKILLS, *rng.sample(extra, 2)]
            person = fl(region, "Web Development", 0, years, english, skills)
            person.subs = (web,)
            self.matches.append(person)
            if index == 0:
                person.premium = True
            if years < 1:
                person.rising = True
        self.low_score = fl(
            "IN-TG", "Web Development", 3, 4, EnglishLevel.FLUENT, [*SOURCING_SKILLS, "JavaScript"]
        )
        self.stale_skills = fl(
            "BR-SP",
            "Web Development",
            0,
            5,
            EnglishLevel.CONVERSATIONAL,
            [*SOURCING_SKILLS, "Flutter", "Dart"],
        )
        self.stale_skills.subs = (web, data.SUBCATEGORY_BY_NAME["Mobile Development"])
        self.basic_english = fl(
            "VN-SG", "Web Development", 0, 4, EnglishLevel.BASIC, [*SOURCING_SKILLS, "Next.js"]
        )
        for person in (self.low_score, self.basic_english):
            person.subs = (web,)


def _spaced(phone: str, prefix: str) -> str:
    """``+639171234567`` written the way people type it: ``+63 917 123 4567``."""
    national = phone[len(prefix) :]
    cuts = {8: (4,), 9: (3, 6), 10: (3, 6), 11: (2, 7)}.get(len(national), (3, 6))
    groups = [national[i:j] for i, j in zip((0, *cuts), (*cuts, len(national)), strict=True)]
    return " ".join((prefix, *groups))


_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _spelled(digits: str) -> str:
    groups = [digits[:3], digits[3:6], digits[6:]]
    return ", ".join(" ".join(_DIGIT_WORDS[int(d)] for d in group) for group in groups if group)


class _Planter:
    """Makes the rows of the planted scenarios and describes them."""

    def __init__(self, g: _Generator) -> None:
        self.g = g
        self.cast = g._cast
        self.now = g.now
        self.rows = _Rows()

    def client_for(self, rng: Random, start: int, end: int | None) -> _Person:
        g = self.g
        until = self.now if end is None else end
        for _ in range(60):
            client = _pick(rng, g._bg_clients, g._bg_client_cumulative)
            if client.created < start - 2 * DAY and client.active_until >= until:
                return client
        for client in g._bg_clients:
            if client.created < start - 2 * DAY and client.active_until >= until:
                return client
        raise AssertionError("no background client for a planted contract")

    def freelancer_for(self, rng: Random, start: int, sub: Subcategory | None = None) -> _Person:
        g = self.g
        pool = g._by_sub.get(sub.name, []) if sub else []
        for candidates in (pool, g._bg_freelancers):
            for _ in range(40):
                if not candidates:
                    break
                person = _one(rng, candidates)
                if person.created < start - 2 * DAY and person.active_until >= self.now:
                    return person
        for person in g._bg_freelancers:
            if person.created < start - 2 * DAY and person.active_until >= self.now:
                return person
        raise AssertionError("no background freelancer for a planted conversation")

    def history(
        self,
        rng: Random,
        person: _Person,
        count: int,
        lo: int,
        hi: int,
        *,
        outcomes: Sequence[str] = ("excellent",),
        agency: _Agency | None = None,
        sub: Subcategory | None = None,
        skills: Sequence[str] | None = None,
    ) -> list[_Made]:
        """``count`` closed contracts with feedback, spread over [lo, hi)."""
        made = []
        slot = (hi - lo) // count
        for index in range(count):
            start = lo + slot * index + int(rng.random() * slot * 0.3)
            end = min(start + 5 * DAY + int(rng.random() * slot * 0.6), hi)
            work = sub or person.subs[0]
            kind = ContractKind.HOURLY if rng.random() < work.hourly_share else ContractKind.FIXED
            job_skills = None
            if skills is not None:
                job_skills = list(skills[:3]) + (
                    [skills[3]] if len(skills) > 3 and rng.random() < 0.7 else []
                )
            made.append(
                self.g.contract(
                    rng,
                    self.rows,
                    client=self.client_for(rng, start, end),
                    freelancer=person,
                    sub=work,
                    kind=kind,
                    start=start,
                    end=end,
                    status=ContractStatus.CLOSED,
                    outcome=outcomes[index % len(outcomes)],
                    agency=agency,
                    skills=job_skills,
                    client_feedback=True,
                )
            )
        return made

    def say(
        self,
        made: _Made,
        contract_id: int | None,
        sender: _Person,
        recipient: _Person,
        message_text: str,
        moment: int,
    ) -> str:
        return self.g.message(
            self.rows, made.room, contract_id, sender, recipient, message_text, moment
        )

    def plant(self) -> tuple[_Rows, list[PlantedScenario]]:
        scenarios = [
            self.crisis(),
            self.unresponsive(),
            self.agencies(),
            self.message_policy(),
            self.sourcing(),
        ]
        return self.rows, scenarios

    # 1 ------------------------------------------------------------------------------
    def crisis(self) -> PlantedScenario:
        g, cast, now = self.g, self.cast, self.now
        rng = g.rng("plant", "crisis")
        event_start = now - CRISIS_STARTED_DAYS_AGO * DAY
        event_end = now - CRISIS_ENDED_DAYS_AGO * DAY
        agency = cast.crisis_agency
        examples: list[ScenarioExample] = []

        def case(
            person: _Person,
            *,
            start: int,
            end: int,
            left: int,
            rating: float,
            comment: str,
            private_score: int,
            private_comment: str,
            agency: _Agency | None = None,
            outcome: str = "unresponsive",
            kind: ContractKind = ContractKind.HOURLY,
            excluded: bool = False,
            silent: bool = True,
            apology: bool = False,
        ) -> _Made:
            client = self.client_for(rng, start, end)
            sub = person.subs[0]
            made = g.contract(
                rng,
                self.rows,
                client=client,
                freelancer=person,
                sub=sub,
                kind=kind,
                start=start,
                end=end,
                status=ContractStatus.CLOSED,
                outcome=outcome,
                agency=agency,
                client_feedback=False,
                freelancer_feedback=False,
                messages=not silent,
                pay_until=min(end, event_start) if silent else None,
                excluded_from_jss=excluded,
            )
            g.client_feedback(
                rng,
                self.rows,
                made.contract_id,
                client,
                person,
                agency,
                outcome,
                left,
                end,
                "",
                rating=rating,
                comment=comment,
                private_score=private_score,
                private_comment=private_comment,
                end_reason=_END_REASONS[outcome],
                excluded=excluded,
            )
            if silent:
                self.say(
                    made,
                    None,
                    client,
                    person,
                    f"Hi {person.first}, thanks for applying. Can you start next week?",
                    start - 2 * DAY,
                )
                self.say(
                    made,
                    None,
                    person,
                    client,
                    "Yes, I can start on Monday. Thank you for the opportunity!",
                    start - 2 * DAY + 3 * 3600,
                )
                self.say(
                    made,
                    made.contract_id,
                    person,
                    client,
                    "Quick update: this week's tasks are done, the report is in the folder.",
                    min(event_start - 3 * DAY, start + (event_start - start) // 2),
                )
                chasers = (
                    (
                        3,
                        f"Hi {person.first}, any update? I haven't heard from you since last week.",
                    ),
                    (
                        6,
                        f"{person.first}, the deadline was yesterday. Please let me know what's "
                        "going on.",
                    ),
                    (9, "Still no reply. I'll have to end the contract if I don't hear back."),
                )
                for days, chaser in chasers:
                    if event_start + days * DAY < end:
                        self.say(
                            made, made.contract_id, client, person, chaser, event_start + days * DAY
                        )
                if apology:
                    self.say(
                        made,
                        made.contract_id,
                        person,
                        client,
                        f"I'm so sorry, {client.first}. The typhoon hit {person.city} and we "
                        "had no power or internet for almost two weeks. I understand you had "
                        "to close the contract.",
                        end + DAY + 4 * 3600,
                    )
            return made

        def active(person: _Person, started_days_ago: int, ag: _Agency | None) -> _Made:
            start = now - started_days_ago * DAY
            client = self.client_for(rng, start, None)
            made = g.contract(
                rng,
                self.rows,
                client=client,
                freelancer=person,
                sub=person.subs[0],
                kind=ContractKind.HOURLY,
                start=start,
                end=None,
                status=ContractStatus.OPEN,
                outcome="excellent",
                agency=ag,
                messages=False,
                pay_until=event_start,
            )
            self.say(
                made,
                made.contract_id,
                client,
                person,
                f"Welcome aboard, {person.first}! Looking forward to working together.",
                start + DAY,
            )
            self.say(
                made,
                made.contract_id,
                client,
                person,
                f"Hi {person.first}, I saw the news about the typhoon. I hope you and your "
                "family are safe. Take the time you need.",
                event_start + 4 * DAY,
            )
            return made

        # The agency's people have long, good histories through it.
        for person in (cast.crisis_owner, cast.crisis_admin, cast.crisis_manager):
            self.history(rng, person, 3, now - 2 * YEAR, now - 60 * DAY, agency=agency)

        person = cast.crisis_eligible
        self.history(rng, person, 4, now - 2 * YEAR, now - 150 * DAY)
        made = case(
            person,
            start=now - 130 * DAY,
            end=now - 15 * DAY,
            left=now - 14 * DAY,
            rating=2.0,
            comment=f"{person.first} went silent for over a week right before our launch and "
            "missed two deadlines. I had to close the contract and find someone else.",
            private_score=3,
            private_comment="Unresponsive for 9 days during the storm.",
            apology=True,
        )
        examples += [
            ScenarioExample(
                "Eligible: went silent during the typhoon (individual)",
                "contract",
                made.external_id,
                f"freelancer in {person.region.code}, rating 2.0, "
                "left during the period, job closed",
            ),
            ScenarioExample("Eligible: the requesting freelancer", "account", person.external_id),
        ]
        busy = active(person, 200, None)

        person = cast.crisis_member
        self.history(rng, person, 3, now - 2 * YEAR, now - 250 * DAY, agency=agency)
        made = case(
            person,
            start=now - 200 * DAY,
            end=now - 12 * DAY,
            left=now - 11 * DAY,
            rating=1.0,
            comment="Stopped responding and was unable to continue covering the support shifts. "
            "Our queue went unanswered for a week.",
            private_score=2,
            private_comment="Disappeared; the agency sent no replacement.",
            agency=agency,
            apology=True,
        )
        examples += [
            ScenarioExample(
                "Agency case: current member, unable to continue",
                "contract",
                made.external_id,
                "the agency owns the JSS; the request must come "
                "from its owner, an admin or a business manager",
            ),
            ScenarioExample("Agency of the agency case", "agency", agency.external_id),
            ScenarioExample("Agency owner (may request)", "account", cast.crisis_owner.external_id),
            ScenarioExample("Agency admin (may request)", "account", cast.crisis_admin.external_id),
            ScenarioExample(
                "Agency business manager (may request)", "account", cast.crisis_manager.external_id
            ),
        ]
        busy_agency = active(person, 90, agency)

        person = cast.crisis_former_member
        self.history(rng, person, 3, now - 2 * YEAR, now - 100 * DAY, agency=agency)
        made = case(
            person,
            start=now - 60 * DAY,
            end=now - 16 * DAY,
            left=now - 15 * DAY,
            rating=2.35,
            comment="Missed the deadline for the final files and didn't answer messages for "
            "ten days.",
            private_score=3,
            private_comment="",
            agency=agency,
            kind=ContractKind.FIXED,
        )
        later_start = now - 4 * DAY
        g.contract(
            rng,
            self.rows,
            client=self.client_for(rng, later_start, None),
            freelancer=person,
            sub=person.subs[0],
            kind=ContractKind.FIXED,
            start=later_start,
            end=None,
            status=ContractStatus.OPEN,
            outcome="excellent",
        )
        examples.append(
            ScenarioExample(
                "Former agency member: removable from the profile, not from the agency's JSS",
                "contract",
                made.external_id,
                f"left {agency.name} {_dt(now - 6 * DAY).date().isoformat()}",
            )
        )

        person = cast.crisis_repeat
        self.history(rng, person, 4, now - 2 * YEAR, now - 100 * DAY)
        old_start, old_end = now - 500 * DAY, now - 440 * DAY
        old_client = self.client_for(rng, old_start, old_end)
        old = g.contract(
            rng,
            self.rows,
            client=old_client,
            freelancer=person,
            sub=person.subs[0],
            kind=ContractKind.FIXED,
            start=old_start,
            end=old_end,
            status=ContractStatus.CLOSED,
            outcome="unresponsive",
            client_feedback=False,
            excluded_from_jss=True,
        )
        g.client_feedback(
            rng,
            self.rows,
            old.contract_id,
            old_client,
            person,
            None,
            "unresponsive",
            old_end + 2 * DAY,
            old_end,
            "",
            rating=1.5,
            comment="Went silent for two weeks during the flooding and missed the launch.",
            private_score=2,
            private_comment="",
            excluded=True,
            removed=True,
        )
        g.note(
            self.rows,
            person,
            NoteKind.CRISIS_FEEDBACK_REMOVAL,
            f"Crisis Feedback Removal: Assignment {old.external_id}. Feedback removed from "
            "the profile and excluded from JSS (flooding in Cebu). First approval, no TL "
            "needed.",
            now - 430 * DAY,
            author="Priya Raman",
        )
        made = case(
            person,
            start=now - 70 * DAY,
            end=now - 10 * DAY,
            left=now - 9 * DAY,
            rating=3.0,
            comment="Good start, but then communication stopped completely and the last "
            "milestone arrived two weeks late.",
            private_score=5,
            private_comment="Missed appointments during the storm.",
            outcome="neutral",
            kind=ContractKind.FIXED,
        )
        examples += [
            ScenarioExample(
                "Second request: neutral feedback, earlier removal on file (TL approval)",
                "contract",
                made.external_id,
                f"note 'Crisis Feedback Removal: Assignment {old.external_id}'",
            ),
            ScenarioExample("Earlier removed assignment", "contract", old.external_id),
        ]

        person = cast.crisis_poor_quality
        self.history(rng, person, 2, now - YEAR, now - 60 * DAY)
        made = case(
            person,
            start=now - 45 * DAY,
            end=now - 20 * DAY,
            left=now - 19 * DAY,
            rating=1.65,
            comment="The articles were full of grammar mistakes and large parts were copied "
            "from other websites.",
            private_score=1,
            private_comment="Plagiarised content.",
            outcome="poor",
            kind=ContractKind.FIXED,
            silent=False,
        )
        examples.append(
            ScenarioExample(
                "Decline: bad feedback in the period, for poor quality",
                "contract",
                made.external_id,
            )
        )

        person = cast.crisis_before_event
        self.history(rng, person, 2, now - YEAR, now - 160 * DAY)
        made = case(
            person,
            start=now - 150 * DAY,
            end=now - 95 * DAY,
            left=now - 93 * DAY,
            rating=2.0,
            comment="Missed the deadline twice and stopped answering messages for a week.",
            private_score=3,
            private_comment="",
            silent=False,
        )
        examples.append(
            ScenarioExample("Decline: feedback left before the event", "contract", made.external_id)
        )

        person = cast.crisis_outside_region
        self.history(rng, person, 3, now - 2 * YEAR, now - 110 * DAY)
        made = case(
            person,
            start=now - 100 * DAY,
            end=now - 13 * DAY,
            left=now - 12 * DAY,
            rating=1.5,
            comment="Went silent for a week and missed every deadline. Said there was a storm "
            "where they live.",
            private_score=2,
            private_comment="",
        )
        examples.append(
            ScenarioExample(
                f"Decline (or TL exception): freelancer outside the impacted regions "
                f"({person.region.code})",
                "contract",
                made.external_id,
            )
        )

        person = cast.crisis_already_excluded
        self.history(rng, person, 3, now - 2 * YEAR, now - 130 * DAY)
        made = case(
            person,
            start=now - 120 * DAY,
            end=now - 18 * DAY,
            left=now - 17 * DAY,
            rating=2.0,
            comment="Unable to continue the work after the storm; we had no updates for days.",
            private_score=3,
            private_comment="",
            excluded=True,
        )
        examples.append(
            ScenarioExample("Decline: job already excluded from JSS", "contract", made.external_id)
        )
        examples += [
            ScenarioExample(
                "Active contract of an impacted freelancer (notify the client)",
                "contract",
                busy.external_id,
            ),
            ScenarioExample(
                "Active agency contract of an impacted freelancer",
                "contract",
                busy_agency.external_id,
            ),
        ]
        return PlantedScenario(
            key="crisis",
            title=f"Crisis feedback removal: {CRISIS_NAME}",
            description=(
                f"{CRISIS_NAME} hit {', '.join(CRISIS_REGIONS)} from "
                f"{_dt(event_start).date()} to {_dt(event_end).date()}. Freelancers there got "
                "bad or neutral feedback during the period; some requests are eligible, others "
                "are declined for a reason the playbook names."
            ),
            facts={
                "event": CRISIS_NAME,
                "kind": "typhoon",
                "regions": ",".join(CRISIS_REGIONS),
                "started_on": _dt(event_start).date().isoformat(),
                "ended_on": _dt(event_end).date().isoformat(),
            },
            examples=tuple(examples),
        )

    # 2 ------------------------------------------------------------------------------
    def unresponsive(self) -> PlantedScenario:
        g, cast, now = self.g, self.cast, self.now
        rng = g.rng("plant", "unresponsive")
        examples: list[ScenarioExample] = []
        histories = [
            self.history(rng, person, 3, now - 2 * YEAR, now - 200 * DAY) for person in cast.silent
        ]
        for client in cast.waiting:
            start = now - 400 * DAY
            freelancer = self.freelancer_for(rng, start)
            g.contract(
                rng,
                self.rows,
                client=client,
                freelancer=freelancer,
                sub=freelancer.subs[0],
                kind=ContractKind.FIXED,
                start=start,
                end=start + 30 * DAY,
                status=ContractStatus.CLOSED,
                outcome="excellent",
                client_feedback=True,
            )

        def chase(
            made: _Made,
            client: _Person,
            freelancer: _Person,
            start: int,
            last_reply: tuple[int, str],
            chasers: Sequence[tuple[int, str]],
        ) -> None:
            self.say(
                made,
                None,
                client,
                freelancer,
                f"Hi {freelancer.first}, I liked your proposal. Are you available to start "
                "this week?",
                start - 2 * DAY,
            )
            self.say(
                made,
                None,
                freelancer,
                client,
                f"Hi {client.first}, yes, I can start right away.",
                start - 2 * DAY + 7200,
            )
            self.say(
                made,
                made.contract_id,
                client,
                freelancer,
                f"Welcome aboard, {freelancer.first}! The brief is in the shared folder.",
                start + DAY,
            )
            self.say(
                made,
                made.contract_id,
                freelancer,
                client,
                "Thanks for hiring me! I've started and will send a first draft on Friday.",
                start + 3 * DAY,
            )
            self.say(
                made, made.contract_id, freelancer, client, last_reply[1], now - last_reply[0] * DAY
            )
            for days, chaser in chasers:
                self.say(made, made.contract_id, client, freelancer, chaser, now - days * DAY)

        # An hourly contract: hours stopped six weeks ago, the freelancer a month ago.
        freelancer, client = cast.silent[0], cast.waiting[0]
        start = now - 150 * DAY
        made = g.contract(
            rng,
            self.rows,
            client=client,
            freelancer=freelancer,
            sub=freelancer.subs[0],
            kind=ContractKind.HOURLY,
            start=start,
            end=None,
            status=ContractStatus.OPEN,
            outcome="excellent",
            messages=False,
            pay_until=now - 45 * DAY,
            weekly_hours=25,
        )
        chase(
            made,
            client,
            freelancer,
            start,
            (31, "I'll push the remaining fixes tomorrow."),
            (
                (
                    13,
                    f"Hi {freelancer.first}, any news on the fixes? I haven't heard from you in "
                    "over two weeks.",
                ),
                (9, "Following up again. I need the booking page fixed before our launch."),
                (5, "This is my third message with no reply. Is everything OK?"),
                (2, "If I don't hear back by tomorrow I'll contact support."),
            ),
        )
        examples += [
            ScenarioExample(
                "Hourly contract, freelancer silent for a month",
                "contract",
                made.external_id,
                "client messages over the last two weeks unanswered; last payment 6+ weeks ago",
            ),
            ScenarioExample("Its client", "account", client.external_id),
            ScenarioExample("Its freelancer", "account", freelancer.external_id),
        ]

        # A fixed-price contract, for a client with refunds and a credit on file.
        freelancer, client = cast.silent[1], cast.waiting[1]
        earlier_start = now - 320 * DAY
        other = self.freelancer_for(
            rng, earlier_start, data.SUBCATEGORY_BY_NAME["Mobile Development"]
        )
        earlier = g.contract(
            rng,
            self.rows,
            client=client,
            freelancer=other,
            sub=other.subs[0],
            kind=ContractKind.FIXED,
            start=earlier_start,
            end=now - 250 * DAY,
            status=ContractStatus.CLOSED,
            outcome="unresponsive",
            budget_cents=70_000,
            milestones=((40_000, now - 300 * DAY), (30_000, now - 270 * DAY)),
            client_feedback=True,
            freelancer_feedback=False,
        )
        g.refund(
            self.rows,
            earlier.contract_id,
            earlier.payments[1],
            30_000,
            "Freelancer did not deliver the work",
            "support",
            now - 255 * DAY,
        )
        g.credit(
            self.rows,
            client,
            earlier.contract_id,
            2_000,
            "Courtesy credit: 5% of non-refunded payments",
            "support:Marco Ruiz",
            now - 255 * DAY,
        )
        g.note(
            self.rows,
            other,
            NoteKind.NON_DELIVERY,
            f"Non-delivery reported on assignment {earlier.external_id}: refunded $300 after "
            "48 hours of contact attempts.",
            now - 255 * DAY,
            author="Marco Ruiz",
        )
        g.note(
            self.rows,
            freelancer,
            NoteKind.NON_DELIVERY,
            f"Client reported non-delivery on assignment {histories[1][0].external_id}; the "
            "freelancer delivered after our contact. No refund.",
            now - 240 * DAY,
            author="Hannah Brooks",
        )
        start = now - 75 * DAY
        made = g.contract(
            rng,
            self.rows,
            client=client,
            freelancer=freelancer,
            sub=freelancer.subs[0],
            kind=ContractKind.FIXED,
            start=start,
            end=None,
            status=ContractStatus.OPEN,
            outcome="excellent",
            messages=False,
            budget_cents=150_000,
            milestones=((60_000, now - 50 * DAY),),
        )
        chase(
            made,
            client,
            freelancer,
            start,
            (40, "Milestone 2 is almost ready, I'll submit it next week."),
            (
                (12, f"Hi {freelancer.first}, can you share the build for milestone 2?"),
                (8, "Still waiting on the build. Please reply."),
                (
                    3,
                    "No answer for almost two weeks now. I need to know if you are still working "
                    "on this.",
                ),
            ),
        )
        examples += [
            ScenarioExample(
                "Fixed-price contract, client with refunds and a credit on file",
                "contract",
                made.external_id,
                "milestone 1 paid 50 days ago",
            ),
            ScenarioExample(
                "Its client (earlier refund and credit)", "account", client.external_id
            ),
            ScenarioExample("The client's refunded contract", "contract", earlier.external_id),
        ]

        # Disputing more than $250: the team lead's call on any credit.
        freelancer, client = cast.silent[2], cast.waiting[2]
        start = now - 60 * DAY
        made = g.contract(
            rng,
            self.rows,
            client=client,
            freelancer=freelancer,
            sub=freelancer.subs[0],
            kind=ContractKind.FIXED,
            start=start,
            end=None,
            status=ContractStatus.OPEN,
            outcome="excellent",
            messages=False,
            budget_cents=180_000,
            milestones=((90_000, now - 40 * DAY), (90_000, now - 25 * DAY)),
        )
        chase(
            made,
            client,
            freelancer,
            start,
            (26, "Uploaded the final screens, I'll do the revisions this week."),
            (
                (14, "The revisions we agreed on are still missing. When can I expect them?"),
                (10, f"{freelancer.first}, please reply. I paid the full amount."),
                (6, "I'm going to open a dispute if I don't hear from you."),
                (3, "I've opened a dispute for the second milestone."),
            ),
        )
        dispute_id = g.dispute(
            self.rows,
            made.contract_id,
            client,
            "Freelancer stopped responding after the second milestone was released; requesting "
            "a refund of $900 for the undelivered revisions.",
            DisputeOutcome.OPEN,
            now - 3 * DAY,
            None,
        )
        examples += [
            ScenarioExample(
                "Client disputing more than $250",
                "contract",
                made.external_id,
                "dispute for $900; credit needs the team lead",
            ),
            ScenarioExample("The open dispute", "dispute", f"dsp-{dispute_id}"),
            ScenarioExample("Its client", "account", client.external_id),
        ]
        return PlantedScenario(
            key="unresponsive_freelancer",
            title="Unresponsive freelancers and refund requests",
            description=(
                "Clients with an open contract whose freelancer stopped answering: their "
                "messages of the last two weeks are unanswered and the last payment is weeks old."
            ),
            facts={"unanswered_since_days": "13", "dispute_threshold": "$250"},
            examples=tuple(examples),
        )

    # 3 ------------------------------------------------------------------------------
    def agencies(self) -> PlantedScenario:
        g, cast, now = self.g, self.cast, self.now
        rng = g.rng("plant", "agencies")
        examples: list[ScenarioExample] = []

        # A failing agency: most recent contracts badly rated, disputes, refunds.
        bad = cast.bad_agency
        for person in (bad.owner, *cast.bad_members):
            self.history(
                rng,
                person,
                2,
                now - 3 * YEAR,
                now - 400 * DAY,
                outcomes=("good", "excellent"),
                agency=bad,
            )
        outcomes = (
            "poor",
            "unresponsive",
            "poor",
            "neutral",
            "poor",
            "excellent",
            "unresponsive",
            "poor",
            "good",
            "poor",
        )
        recent: list[tuple[_Made, _Person, int]] = []
        slot = 250 * DAY // len(outcomes)
        for index, outcome in enumerate(outcomes):
            member = cast.bad_members[index % len(cast.bad_members)]
            start = now - 270 * DAY + index * slot
            end = start + slot
            client = self.client_for(rng, start, end)
            made = g.contract(
                rng,
                self.rows,
                client=client,
                freelancer=member,
                sub=member.subs[0],
                kind=ContractKind.FIXED if index % 3 else ContractKind.HOURLY,
                start=start,
                end=end,
                status=ContractStatus.CLOSED,
                outcome=outcome,
                agency=bad,
                client_feedback=True,
            )
            recent.append((made, client, end))
        disputed = [
            item
            for item, outcome in zip(recent, outcomes, strict=True)
            if outcome in ("poor", "unresponsive") and item[0].payments
        ]
        for index, (made, client, end) in enumerate(disputed[:3]):
            last_payment = made.payments[-1]
            opened = max(end - 2 * DAY, last_payment[2])
            if index < 2:
                resolved = opened + 12 * DAY
                g.dispute(
                    self.rows,
                    made.contract_id,
                    client,
                    "Delivered work does not match the agreed scope.",
                    DisputeOutcome.CLIENT_FAVOURED,
                    opened,
                    resolved,
                )
                g.refund(
                    self.rows,
                    made.contract_id,
                    last_payment,
                    last_payment[1],
                    "Dispute resolution",
                    "dispute",
                    resolved,
                )
            else:
                g.dispute(
                    self.rows,
                    made.contract_id,
                    client,
                    "Agency stopped working on the project and kept the milestone.",
                    DisputeOutcome.OPEN,
                    max(now - 5 * DAY, opened),
                    None,
                )
        for made, _, end in disputed[3:5]:
            g.refund(
                self.rows,
                made.contract_id,
                made.payments[-1],
                made.payments[-1][1] // 2,
                "Work did not meet the requirements",
                "freelancer",
                end + DAY,
            )
        g.note(
            self.rows,
            bad.owner,
            NoteKind.QUALITY,
            f"Performance notice sent to the owner of {bad.name}: low client ratings on recent "
            "contracts. Follow-up review in 90 days.",
            now - 150 * DAY,
            author="Hannah Brooks",
        )
        examples += [
            ScenarioExample(
                "Failing agency: low ratings and disputes",
                "agency",
                bad.external_id,
                "7 of its last 10 contracts rated below 4; 3 disputes",
            ),
            ScenarioExample("Its owner", "account", bad.owner.external_id),
        ]

        # An agency idle for over a year, with one open contract nobody works on.
        idle = cast.idle_agency
        team = (idle.owner, *cast.idle_members)
        for index, person in enumerate(team):
            self.history(
                rng,
                person,
                3 if index else 2,
                now - 1060 * DAY,
                now - 450 * DAY,
                outcomes=("excellent", "excellent", "good"),
                agency=idle,
            )
        member = cast.idle_members[0]
        start = now - 660 * DAY
        client = self.client_for(rng, start, None)
        made = g.contract(
            rng,
            self.rows,
            client=client,
            freelancer=member,
            sub=member.subs[0],
            kind=ContractKind.HOURLY,
            start=start,
            end=None,
            status=ContractStatus.OPEN,
            outcome="excellent",
            agency=idle,
            messages=False,
            pay_until=now - 450 * DAY,
            weekly_hours=10,
        )
        self.say(
            made,
            made.contract_id,
            client,
            member,
            f"Thanks {member.first}, let's pause here until the next campaign.",
            now - 455 * DAY,
        )
        examples += [
            ScenarioExample(
                "Agency idle for over a year",
                "agency",
                idle.external_id,
                "no contract started or paid in the last 15 months",
            ),
            ScenarioExample(
                "Its long-idle open contract",
                "contract",
                made.external_id,
                "last payment 15 months ago",
            ),
        ]

        # A healthy, premium agency (and a member who left on good terms).
        good = cast.good_agency
        team = (good.owner, *cast.good_members)
        for index, person in enumerate(team):
            hi = now - 210 * DAY if index == 3 else now - 30 * DAY
            self.history(rng, person, 3, now - 2 * YEAR, hi, agency=good)
        member = cast.good_members[1]
        start = now - 40 * DAY
        made = g.contract(
            rng,
            self.rows,
            client=self.client_for(rng, start, None),
            freelancer=member,
            sub=member.subs[0],
            kind=ContractKind.HOURLY,
            start=start,
            end=None,
            status=ContractStatus.OPEN,
            outcome="excellent",
            agency=good,
        )
        examples.append(ScenarioExample("Healthy agency", "agency", good.external_id))
        examples.append(
            ScenarioExample(
                "Healthy agency for comparison",
                "agency",
                cast.crisis_agency.external_id,
                "good record apart from the typhoon",
            )
        )

        person = cast.failing_freelancer
        self.history(rng, person, 2, now - 2 * YEAR, now - YEAR)
        self.history(
            rng,
            person,
            6,
            now - 200 * DAY,
            now - 15 * DAY,
            outcomes=("poor", "neutral", "poor", "good", "unresponsive", "poor"),
        )
        examples.append(
            ScenarioExample(
                "Freelancer with several recent low ratings", "account", person.external_id
            )
        )
        return PlantedScenario(
            key="agency_quality",
            title="Quality reviews of agencies and freelancers",
            description=(
                "One agency with many low ratings and disputes, one with no work for over a "
                "year but an open contract, healthy agencies to compare, and a failing "
                "individual freelancer."
            ),
            facts={},
            examples=tuple(examples),
        )

    # 4 ------------------------------------------------------------------------------
    def message_policy(self) -> PlantedScenario:
        g, now = self.g, self.now
        rng = g.rng("plant", "messages")
        examples: list[ScenarioExample] = []
        soon = _dt(now + 21 * DAY).date()
        later = _dt(now + 35 * DAY).date()
        logo = data.SUBCATEGORY_BY_NAME["Logo Design & Branding"]
        resume = data.SUBCATEGORY_BY_NAME["Resume & Cover Letter Writing"]

        def conversation(
            label: str,
            sender_role: str,
            make_text: Callable[[_Person], str],
            note: str,
            sub: Subcategory | None = None,
        ) -> None:
            posted = now - DAY * (2 + int(rng.random() * 10))
            freelancer = self.freelancer_for(rng, posted, sub)
            client = self.client_for(rng, posted, None)
            work = sub or freelancer.subs[0]
            title = _one(rng, work.jobs)[0]
            job_id = g.job(
                rng,
                self.rows,
                client,
                work,
                kind=ContractKind.FIXED,
                title=title,
                skills=[s for s in freelancer.skills if s in work.skills][:3] or work.skills[:3],
                budget_cents=work.budget_usd * 100,
                status=JobStatus.OPEN,
                posted=posted,
            )["id"]
            g.invitation(self.rows, job_id, freelancer, posted + 2 * 3600)
            room = f"room_{data.mix64(job_id ^ 0xFEED):016x}"
            made = _Made(0, "", job_id, room, [])
            sender, recipient = (
                (client, freelancer) if sender_role == "client" else (freelancer, client)
            )
            self.say(
                made,
                None,
                client,
                freelancer,
                f'Hi {freelancer.first}, I\'d like to invite you to my job "{title}".',
                posted + 3 * 3600,
            )
            if sender_role == "client":
                self.say(
                    made,
                    None,
                    freelancer,
                    client,
                    f"Hi {client.first}, thanks for the invitation! Happy to discuss.",
                    posted + 5 * 3600,
                )
            external_id = self.say(
                made, None, sender, recipient, make_text(sender), posted + 8 * 3600
            )
            examples.append(
                ScenarioExample(
                    label,
                    "message",
                    external_id,
                    f"{note} (job category {work.category} / {work.name})",
                )
            )

        def phone(person: _Person) -> tuple[str, str]:
            number = person.phone or data.phone_number(person.country, rng)
            return number, _spaced(number, person.country.phone_prefix)

        def email(person: _Person) -> str:
            return f"{data.ascii_slug(person.first)}.{data.ascii_slug(person.last)}@gmail.com"

        conversation(
            "Phone number",
            "client",
            lambda p: (
                f"Sure, text me at {phone(p)[1]} and we can go over the details "
                "before I send the offer."
            ),
            "expect: phone, before a contract",
        )
        conversation(
            "Email address",
            "freelancer",
            lambda p: f"You can send the brand guidelines to {email(p)} and I'll take a look.",
            "expect: email",
        )
        conversation(
            "Add me on WhatsApp",
            "freelancer",
            lambda p: f"Add me on WhatsApp so we can talk faster: {phone(p)[1]}",
            "expect: messaging_app and phone",
        )
        zoom_id = "".join(str(int(rng.random() * 10)) for _ in range(11))
        conversation(
            "Zoom link",
            "client",
            lambda p: (
                "Let's do the interview on Zoom instead: "
                f"https://us05web.zoom.us/j/{zoom_id}?pwd=Qm9va2luZzIwMjY"
            ),
            "expect: video_meeting",
        )
        conversation(
            "Pay me via PayPal",
            "freelancer",
            lambda p: (
                "If you pay me via PayPal directly we can skip the platform fee, "
                "I'll give you 10% off."
            ),
            "expect: offplatform_payment",
        )
        conversation(
            "Phone number spelled out",
            "freelancer",
            lambda p: (
                f"Call me, my number is {_spelled(phone(p)[0][len(p.country.phone_prefix) :])}."
            ),
            "expect: phone (obfuscated)",
        )
        conversation(
            "Email spelled out",
            "client",
            lambda p: (
                f"Email me the quote at {data.ascii_slug(p.first)} dot "
                f"{data.ascii_slug(p.last)} at gmail dot com"
            ),
            "expect: email (obfuscated)",
        )
        conversation(
            "Telegram and Skype handles",
            "freelancer",
            lambda p: (
                f"Ping me on Telegram @{data.ascii_slug(p.first, '_')}_dev or "
                "Skype live:.cid.7a1b2c3d4e"
            ),
            "expect: messaging_app",
        )
        conversation(
            "Scheduling link",
            "freelancer",
            lambda p: (
                "Book a 30-minute slot that suits you here: "
                f"calendly.com/{data.ascii_slug(p.first + ' ' + p.last, '-')}/30min"
            ),
            "expect: scheduling_link",
        )
        conversation(
            "LinkedIn profile link",
            "freelancer",
            lambda p: (
                "Here's my LinkedIn with more references: "
                f"linkedin.com/in/{data.ascii_slug(p.first + ' ' + p.last, '-')}"
            ),
            "expect: social_profile",
        )
        conversation(
            "Postal address",
            "client",
            lambda p: (
                "Please mail the printed samples to 1600 Market Street, Suite "
                "400, Philadelphia, PA 19103."
            ),
            "expect: physical_address",
        )
        conversation(
            "Innocent: LinkedIn job link",
            "client",
            lambda p: (
                "Here is a sample job post I'd like the resume tailored to: "
                "https://www.linkedin.com/jobs/view/3891234567/"
            ),
            "expect: nothing (a job post, not a profile)",
            resume,
        )
        conversation(
            "Innocent: phone screen",
            "client",
            lambda p: (
                "Happy to do a quick phone screen through the Upwork call feature before we start."
            ),
            "expect: nothing",
        )
        conversation(
            "Innocent: zoom in on the logo",
            "client",
            lambda p: "Could you zoom in on the logo in the second mockup? The edges look blurry.",
            "expect: nothing",
            logo,
        )
        conversation(
            "Innocent: prices and dates",
            "client",
            lambda p: (
                f"My budget is $1,500 for the whole site and I need it by "
                f"{soon.strftime('%m/%d')}. First milestone: $450 on {later.isoformat()}."
            ),
            "expect: nothing",
        )
        conversation(
            "Innocent: versions and times",
            "freelancer",
            lambda p: (
                "I'll upgrade the site to version 6.4.2 at 10:30 tomorrow and send you the report."
            ),
            "expect: nothing",
        )
        conversation(
            "LinkedIn profile the work is about",
            "client",
            lambda p: (
                "Here's my LinkedIn profile that you'll be rewriting: "
                f"linkedin.com/in/{data.ascii_slug(p.first + ' ' + p.last, '-')}"
            ),
            "expect: social_profile, needed for the job itself",
            resume,
        )

        start = now - 40 * DAY
        freelancer = self.freelancer_for(rng, start)
        client = self.client_for(rng, start, None)
        made = g.contract(
            rng,
            self.rows,
            client=client,
            freelancer=freelancer,
            sub=freelancer.subs[0],
            kind=ContractKind.HOURLY,
            start=start,
            end=None,
            status=ContractStatus.OPEN,
            outcome="excellent",
        )
        external_id = self.say(
            made,
            made.contract_id,
            freelancer,
            client,
            f"Now that the contract has started, here is my number for urgent issues: "
            f"{phone(freelancer)[1]}",
            now - 2 * DAY,
        )
        examples.append(
            ScenarioExample(
                "Phone shared on an active contract",
                "message",
                external_id,
                "expect: phone, allowed after hiring",
            )
        )
        return PlantedScenario(
            key="message_policy",
            title="Contact details and off-platform moves in messages",
            description=(
                "Pre-contract messages sharing a phone, an email, messaging apps, a video link, "
                "off-platform payment, spelled-out contacts, and innocent look-alikes."
            ),
            facts={},
            examples=tuple(examples),
        )

    # 5 ------------------------------------------------------------------------------
    def sourcing(self) -> PlantedScenario:
        g, cast, now = self.g, self.cast, self.now
        rng = g.rng("plant", "sourcing")
        examples: list[ScenarioExample] = []
        client = cast.sourcing_client
        for index in range(3):
            start = now - 2 * YEAR + index * 200 * DAY
            freelancer = self.freelancer_for(rng, start)
            g.contract(
                rng,
                self.rows,
                client=client,
                freelancer=freelancer,
                sub=freelancer.subs[0],
                kind=ContractKind.FIXED,
                start=start,
                end=start + 30 * DAY,
                status=ContractStatus.CLOSED,
                outcome="excellent",
                client_feedback=True,
            )
        web = data.SUBCATEGORY_BY_NAME["Web Development"]
        row = g.job(
            rng,
            self.rows,
            client,
            web,
            kind=ContractKind.HOURLY,
            title=SOURCING_JOB_TITLE,
            skills=SOURCING_SKILLS,
            budget_cents=None,
            status=JobStatus.OPEN,
            posted=now - 20 * 3600,
        )
        row["english_level"] = EnglishLevel.CONVERSATIONAL
        row["preferred_countries"] = []
        row["description"] = (
            "We run six boutique hotels and need a developer to build a booking dashboard for "
            "our front-desk team: availability calendar, reservations list, and a REST API "
            "backed by our existing Node.js service. React and TypeScript on the front end. "
            "About 20 hours a week for three months, possibly longer."
        )
        examples += [
            ScenarioExample(
                "The fresh job",
                "job",
                row["external_id"],
                f"skills {', '.join(SOURCING_SKILLS)}; posted 20 hours ago",
            ),
            ScenarioExample("Its client", "account", client.external_id),
        ]
        invited_days = {1: 2, 4: 4, 5: 6, 2: 9}
        for index, person in enumerate(cast.matches):
            if person.rising:
                self.history(
                    rng, person, 2, now - 120 * DAY, now - 20 * DAY, sub=web, skills=SOURCING_SKILLS
                )
            else:
                self.history(
                    rng, person, 5, now - 330 * DAY, now - 20 * DAY, sub=web, skills=SOURCING_SKILLS
                )
            note = "Rising Talent" if person.rising else "Premium" if person.premium else ""
            if index in invited_days:
                days = invited_days[index]
                other = self.client_for(rng, now - 30 * DAY, None)
                moment = now - days * DAY
                other_job = g.job(
                    rng,
                    self.rows,
                    other,
                    web,
                    kind=ContractKind.FIXED,
                    title=_one(rng, web.jobs)[0],
                    skills=SOURCING_SKILLS[:3],
                    budget_cents=120_000,
                    status=JobStatus.OPEN,
                    posted=moment - 3600,
                )["id"]
                g.invitation(self.rows, other_job, person, moment)
                note = (
                    (note + "; " if note else "")
                    + f"invited to another job {days} days ago"
                    + (" (within the 7-day cool-down)" if days < 7 else " (cool-down over)")
                )
            examples.append(
                ScenarioExample(
                    f"Match: {person.country.code}, {person.english}",
                    "account",
                    person.external_id,
                    note,
                )
            )
        self.history(
            rng,
            cast.low_score,
            5,
            now - 330 * DAY,
            now - 20 * DAY,
            sub=web,
            skills=SOURCING_SKILLS,
            outcomes=("poor", "excellent", "poor", "neutral", "unresponsive"),
        )
        self.history(
            rng,
            cast.stale_skills,
            4,
            now - 900 * DAY,
            now - 600 * DAY,
            sub=web,
            skills=SOURCING_SKILLS,
        )
        mobile = data.SUBCATEGORY_BY_NAME["Mobile Development"]
        self.history(
            rng,
            cast.stale_skills,
            2,
            now - 200 * DAY,
            now - 30 * DAY,
            sub=mobile,
            skills=("Flutter", "Dart", "Firebase"),
        )
        self.history(
            rng,
            cast.basic_english,
            5,
            now - 330 * DAY,
            now - 20 * DAY,
            sub=web,
            skills=SOURCING_SKILLS,
        )
        examples += [
            ScenarioExample(
                "Near miss: Job Success Score below 80%", "account", cast.low_score.external_id
            ),
            ScenarioExample(
                "Near miss: same skills only more than a year ago",
                "account",
                cast.stale_skills.external_id,
            ),
            ScenarioExample("Near miss: basic English", "account", cast.basic_english.external_id),
        ]
        return PlantedScenario(
            key="sourcing",
            title="Talent sourcing for a fresh job",
            description=(
                f'{client.company} posted "{SOURCING_JOB_TITLE}" 20 hours ago. Eight '
                "freelancers match the sourcing guidelines (three were invited elsewhere in the "
                "last 7 days); three narrowly do not."
            ),
            facts={
                "skills": ",".join(SOURCING_SKILLS),
                "category": web.category,
                "subcategory": web.name,
            },
            examples=tuple(examples),
        )


# --------------------------------------------------------------------------------------
# Writing


_SQLITE_CACHE_KIB = -512 * 1024  # negative: KiB, so 512 MiB


class _Writer:
    """Bulk inserts in foreign-key order: ``INSERT`` executemany on SQLite, ``COPY`` on
    PostgreSQL (same rows, same column processors); optionally a transaction per chunk."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.counts: dict[str, int] = {table.name: 0 for table in TABLE_ORDER}
        self.tasks: dict[str, TaskID] = {}
        self._stack = ExitStack()
        self.session: Session
        self._processors: dict[str, list[tuple[str, Callable[[Any], Any] | None]]] = {}

    def __enter__(self) -> _Writer:
        self._open()
        self.dialect = self.session.get_bind().dialect
        if self.progress is not None:
            for table in TABLE_ORDER:
                self.tasks[table.name] = self.progress.add_task(table.name, total=None)
        return self

    def __exit__(self, *exc: object) -> bool | None:
        return self._stack.__exit__(*exc)  # type: ignore[arg-type]

    def expect(self, table: str, total: int) -> None:
        if self.progress is not None:
            self.progress.update(self.tasks[table], total=total)

    def commit(self) -> None:
        """End this transaction and start the next (LARGE)."""
        self._stack.close()
        self._stack = ExitStack()
        self._open()

    def _open(self) -> None:
        self.session = self._stack.enter_context(session_scope())
        if self.session.get_bind().dialect.name == "sqlite":
            # Index pages of million-row tables stay in memory instead of being re-read from
            # the file for every insert (SQLite's default cache is 2 MB); back to the default
            # when the transaction ends.
            driver = self.session.connection().connection.driver_connection
            assert driver is not None
            driver.execute(f"PRAGMA cache_size = {_SQLITE_CACHE_KIB}")
            self._stack.callback(driver.execute, "PRAGMA cache_size = -2000")

    def write(self, rows: _Rows) -> None:
        for table in TABLE_ORDER:
            batch = rows.by_table[table.name]
            if not batch:
                continue
            if self.dialect.name == "postgresql":
                self._copy(table, batch)
            else:
                for start in range(0, len(batch), 20_000):
                    self.session.execute(insert(table), batch[start : start + 20_000])
            self.counts[table.name] += len(batch)
            if self.progress is not None:
                self.progress.advance(self.tasks[table.name], len(batch))

    def _copy(self, table: Table, batch: list[dict[str, Any]]) -> None:
        from psycopg import sql

        columns = list(batch[0])
        processors = self._processors.get(table.name)
        if processors is None:
            processors = [
                (name, table.c[name].type.dialect_impl(self.dialect).bind_processor(self.dialect))
                for name in columns
            ]
            self._processors[table.name] = processors
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, columns))
        )
        driver = self.session.connection().connection.driver_connection
        assert driver is not None
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in batch:
                copy.write_row(
                    [
                        process(row[name]) if process is not None else row[name]
                        for name, process in processors
                    ]
                )

    def finish(self, accounts: list[dict[str, Any]], agencies: list[dict[str, Any]]) -> None:
        """Write back the derived profile facts and move PostgreSQL's id sequences past
        the ids given here (so rows added later get fresh ids)."""
        table = Base.metadata.tables[Account.__tablename__]
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                total_hours=bindparam("b_hours"),
                job_success_score=bindparam("b_jss"),
                top_rated=bindparam("b_top"),
                top_rated_plus=bindparam("b_top_plus"),
                rising_talent=bindparam("b_rising"),
                premium=bindparam("b_premium"),
                expert_vetted=bindparam("b_vetted"),
                last_active_at=bindparam("b_last"),
            )
        )
        for start in range(0, len(accounts), 20_000):
            self.session.execute(statement, accounts[start : start + 20_000])
        table = Base.metadata.tables[Agency.__tablename__]
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                job_success_score=bindparam("b_jss"),
                top_rated=bindparam("b_top"),
                top_rated_plus=bindparam("b_top_plus"),
                premium=bindparam("b_premium"),
                last_active_at=bindparam("b_last"),
            )
        )
        if agencies:
            self.session.execute(statement, agencies)
        if self.dialect.name == "postgresql":
            for table in TABLE_ORDER:
                self.session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT max(id) FROM {table.name}))"
                    )
                )
        if self.progress is not None:
            for table in TABLE_ORDER:
                self.progress.update(self.tasks[table.name], total=self.counts[table.name])


def _refuse_unless_empty(session: Session) -> None:
    held = [
        name
        for name, model in MIRROR_MODELS.items()
        if session.scalar(select(model.id).limit(1)) is not None
    ]
    if held:
        accounts = session.scalar(select(func.count()).select_from(Account))
        raise DemoError(
            f"the database already holds marketplace data ({accounts} accounts; tables: "
            f"{', '.join(held)}); the demo only fills an empty database. Point "
            "TRUSTDESK_DATABASE_URL at a new database and run `trustdesk db upgrade` first."
        )


@contextmanager
def _progress_bar(show: bool) -> Iterator[Progress | None]:
    if not show:
        yield None
        return
    progress = Progress(
        TextColumn("{task.description:<20}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
    )
    with progress:
        yield progress


def generate_demo(
    size: DemoSize = DemoSize.DEFAULT,
    *,
    seed: int = 2026,
    today: date | None = None,
    progress: bool = True,
) -> DemoSummary:
    """Fill an empty database with a demo marketplace; return what was made.

    Raises ``DemoError`` if the database already holds marketplace data.
    """
    size = DemoSize(size)
    today = today or datetime.now(UTC).date()
    scale = SCALES[size]
    generator = _Generator(size, seed, today)
    with _progress_bar(progress) as bar, _Writer(bar) as writer:
        _refuse_unless_empty(writer.session)
        generator.build_population()
        writer.expect("accounts", len(generator.people))
        writer.expect("contracts", scale.contracts)
        writer.write(generator.population_rows())
        planted_rows, scenarios = _Planter(generator).plant()
        planted = len(planted_rows.by_table["contracts"])
        writer.write(planted_rows)
        blocks = generator.background_blocks(scale.contracts - planted)
        for index, (rows, _) in enumerate(blocks):
            writer.write(rows)
            if scale.commit_every_blocks and (index + 1) % scale.commit_every_blocks == 0:
                writer.commit()
        writer.finish(generator.account_updates(), generator.agency_updates())
        summary = DemoSummary(
            size=size,
            seed=seed,
            today=today,
            freelancers=len(generator.freelancers),
            clients=len(generator.clients),
            counts=dict(writer.counts),
            scenarios=tuple(scenarios),
        )
        audit.record(
            writer.session,
            actor="system:demo",
            action="marketplace.demo_generated",
            subject_type="marketplace",
            subject_id="demo",
            after={
                "size": size.value,
                "seed": seed,
                "today": today.isoformat(),
                "counts": summary.counts,
            },
        )
    return summary


# --------------------------------------------------------------------------------------
# Command line


def demo_command(
    size: Annotated[
        DemoSize,
        typer.Option(
            help="tiny (tests, seconds), default (a living desk), "
            "large (1,000,000 contracts, for benchmarks)"
        ),
    ] = DemoSize.DEFAULT,
    seed: Annotated[
        int, typer.Option(help="Random seed: the same seed and date give the same data")
    ] = 2026,
    today: Annotated[
        datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"],
            metavar="YYYY-MM-DD",
            help="Date that anchors every generated date (YYYY-MM-DD; default: today, UTC)",
        ),
    ] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar per table")] = True,
) -> None:
    """Generate the demo marketplace into an empty database, with a live example of every
    playbook, and print what was made."""
    console = Console()
    started = clock.monotonic()
    try:
        summary = generate_demo(
            size, seed=seed, today=today.date() if today else None, progress=progress
        )
    except DemoError as error:
        Console(stderr=True).print(f"[red]Refused:[/red] {error}")
        raise typer.Exit(1) from error
    elapsed = clock.monotonic() - started
    console.print(
        f"[bold]Demo marketplace[/bold]: size {summary.size}, seed {summary.seed}, "
        f"today {summary.today}",
        highlight=False,
    )
    table = RichTable()
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in summary.counts.items():
        table.add_row(name, f"{count:,}")
    console.print(table)
    console.print(
        f"{summary.freelancers:,} freelancers and {summary.clients:,} clients in {elapsed:.1f} s\n"
    )
    for scenario in summary.scenarios:
        console.print(f"[bold]{scenario.title}[/bold]", soft_wrap=True)
        console.print(f"  {scenario.description}", soft_wrap=True, highlight=False)
        for example in scenario.examples:
            note = f"  [dim]({example.note})[/dim]" if example.note else ""
            console.print(
                f"  • {example.label}: {example.kind} [cyan]{example.external_id}[/cyan]{note}",
                soft_wrap=True,
                highlight=False,
            )
        console.print()
