"""The generated demo marketplace, at TINY size with a fixed date, on the test database.

One generation is shared by the module (inside a transaction rolled back at the end); the
tests that need an empty database make a fresh one beside it (a file on SQLite, a throwaway
database on PostgreSQL). The module never uses the per-test ``session`` fixture: the
shared transaction holds SQLite's write lock.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import Connection, Engine, and_, create_engine, func, or_, select, text
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from trustdesk import migrate
from trustdesk.cli import app
from trustdesk.db import build_engine, use_sessionmaker
from trustdesk.marketplace import demo_data
from trustdesk.marketplace.demo import (
    CRISIS_REGIONS,
    SOURCING_JOB_TITLE,
    SOURCING_SKILLS,
    TABLE_ORDER,
    DemoError,
    DemoSize,
    DemoSummary,
    generate_demo,
)
from trustdesk.marketplace.models import (
    Account,
    AccountKind,
    AccountNote,
    Agency,
    AgencyMembership,
    AgencyRole,
    ClientPlan,
    Contract,
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
    Refund,
)

TODAY = date(2026, 11, 1)
NOW = datetime(2026, 11, 1, tzinfo=UTC)
SEED = 2026
T = TypeVar("T")


@dataclass
class Demo:
    summary: DemoSummary
    connection: Connection
    factory: sessionmaker[Session]

    def session(self) -> Session:
        return self.factory()


@pytest.fixture(scope="module")
def demo(engine: Engine) -> Iterator[Demo]:
    with engine.connect() as connection:
        transaction = connection.begin()
        factory = sessionmaker(
            bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
        )
        with use_sessionmaker(factory):
            summary = generate_demo(DemoSize.TINY, seed=SEED, today=TODAY, progress=False)
            yield Demo(summary, connection, factory)
        transaction.rollback()


@pytest.fixture
def db(demo: Demo) -> Iterator[Session]:
    with demo.session() as session:
        yield session


@contextmanager
def fresh_database(engine: Engine, tmp_path: Path) -> Iterator[Engine]:
    """An empty, migrated database of the same kind as the test database."""
    if engine.dialect.name == "sqlite":
        url = f"sqlite:///{tmp_path / f'demo-{uuid.uuid4().hex[:8]}.db'}"
        migrate.upgrade(url)
        fresh = build_engine(url)
        try:
            yield fresh
        finally:
            fresh.dispose()
        return
    name = f"trustdesk_demo_{uuid.uuid4().hex[:12]}"
    admin = create_engine(engine.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = engine.url.set(database=name).render_as_string(hide_password=False)
    try:
        migrate.upgrade(url)
        fresh = build_engine(url)
        try:
            yield fresh
        finally:
            fresh.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def digest(connection: Connection) -> str:
    """A hash of every row of every marketplace table, in id order."""
    hasher = hashlib.sha256()
    for table in TABLE_ORDER:
        hasher.update(table.name.encode())
        for row in connection.execute(select(table).order_by(table.c.id)):
            hasher.update(repr(tuple(row)).encode())
    return hasher.hexdigest()


def one(session: Session, model: Any, external_id: str) -> Any:
    return session.scalars(select(model).where(model.external_id == external_id)).one()


def value(session: Session, statement: Any) -> Any:
    """The single value a query returns, which must exist."""
    result = session.scalar(statement)
    assert result is not None, statement
    return result


def get(session: Session, model: type[T], row_id: int | None) -> T:
    row = session.get(model, row_id)
    assert row is not None, (model, row_id)
    return row


def client_feedback(session: Session, contract: Contract) -> Feedback:
    return session.scalars(
        select(Feedback).where(
            Feedback.contract_id == contract.id,
            Feedback.direction == FeedbackDirection.CLIENT_TO_FREELANCER,
        )
    ).one()


# ---------------------------------------------------------------------------- shape


def test_tiny_makes_the_promised_population(demo: Demo, db: Session) -> None:
    summary = demo.summary
    assert (summary.freelancers, summary.clients) == (60, 30)
    assert summary.counts["agencies"] == 4
    assert summary.counts["contracts"] == 400
    kinds = dict(db.execute(select(Account.kind, func.count()).group_by(Account.kind)).all())
    assert kinds == {AccountKind.FREELANCER: 60, AccountKind.CLIENT: 30}
    for table in TABLE_ORDER:
        rows = value(db, select(func.count()).select_from(table))
        assert rows == summary.counts[table.name], table.name
    # Every table has live rows, children outnumber parents as in a real marketplace.
    assert all(summary.counts[table.name] > 0 for table in TABLE_ORDER)
    assert summary.counts["payments"] > summary.counts["contracts"]
    assert summary.counts["messages"] > 2 * summary.counts["contracts"]


def test_no_row_points_at_a_missing_parent(db: Session) -> None:
    for table in TABLE_ORDER:
        for foreign_key in table.foreign_keys:
            column, parent = foreign_key.parent, foreign_key.column
            orphans = value(
                db,
                select(func.count())
                .select_from(table.outerjoin(parent.table, column == parent))
                .where(column.is_not(None), parent.is_(None)),
            )
            assert orphans == 0, f"{table.name}.{column.name} -> {parent.table.name}"


def test_contracts_are_closed_exactly_when_ended_and_mostly_closed(db: Session) -> None:
    statuses = dict(
        db.execute(select(Contract.status, func.count()).group_by(Contract.status)).all()
    )
    mismatched = value(
        db,
        select(func.count())
        .select_from(Contract)
        .where(
            or_(
                and_(Contract.status == ContractStatus.CLOSED, Contract.ended_at.is_(None)),
                and_(Contract.status != ContractStatus.CLOSED, Contract.ended_at.is_not(None)),
            )
        ),
    )
    assert mismatched == 0
    assert statuses[ContractStatus.CLOSED] > 0.7 * 400
    assert statuses[ContractStatus.OPEN] > 0
    assert value(db, select(func.min(Contract.started_at))) >= NOW - timedelta(days=3 * 366)
    assert value(db, select(func.max(Contract.ended_at))) < NOW
    kinds = set(db.scalars(select(Contract.kind).distinct()))
    assert kinds == {"hourly", "fixed"}


def test_feedback_follows_the_end_of_a_closed_contract_between_its_parties(db: Session) -> None:
    rows = db.execute(
        select(Feedback, Contract).join(Contract, Feedback.contract_id == Contract.id)
    ).all()
    assert rows
    for feedback, contract in rows:
        assert contract.status == ContractStatus.CLOSED
        assert contract.ended_at is not None
        assert contract.started_at <= contract.ended_at <= feedback.left_at < NOW
        parties = (contract.client_id, contract.freelancer_id)
        if feedback.direction == FeedbackDirection.FREELANCER_TO_CLIENT:
            parties = parties[::-1]
        assert (feedback.from_account_id, feedback.to_account_id) == parties
        assert 1 <= feedback.public_rating <= 5
    ratings = [f.public_rating for f, _ in rows if f.direction == "client_to_freelancer"]
    assert sum(r >= 4.5 for r in ratings) > 0.6 * len(ratings), "mostly good"
    assert sum(r < 3 for r in ratings) >= 5, "a tail of bad"


def test_money_and_messages_fit_their_contracts(db: Session) -> None:
    early_payments = value(
        db,
        select(func.count())
        .select_from(Payment)
        .join(Contract, Payment.contract_id == Contract.id)
        .where(or_(Payment.paid_at < Contract.started_at, Payment.paid_at >= NOW)),
    )
    assert early_payments == 0
    refunded = db.execute(
        select(Payment.refunded_cents, func.coalesce(func.sum(Refund.amount_cents), 0))
        .outerjoin(Refund, Refund.payment_id == Payment.id)
        .group_by(Payment.id, Payment.refunded_cents)
    ).all()
    assert all(on_payment == total for on_payment, total in refunded)
    assert value(db, select(func.count()).select_from(Credit)) > 0
    hourly = db.scalars(select(Payment).where(Payment.kind == "hourly")).all()
    assert hourly
    assert all(payment.hours and payment.hours > 0 for payment in hourly)
    stray = value(
        db,
        select(func.count())
        .select_from(Message)
        .join(Contract, Message.contract_id == Contract.id)
        .where(
            or_(
                Message.sent_at < Contract.started_at,
                Message.sent_at >= NOW,
                Message.sender_id.not_in([Contract.client_id, Contract.freelancer_id]),
            )
        ),
    )
    assert stray == 0
    assert value(db, select(func.count()).where(Message.contract_id.is_(None))) > 0


def test_agency_contracts_are_done_by_members_of_the_agency_at_the_time(db: Session) -> None:
    contracts = db.scalars(select(Contract).where(Contract.agency_id.is_not(None))).all()
    assert len(contracts) >= 20
    for contract in contracts:
        member = value(
            db,
            select(func.count())
            .select_from(AgencyMembership)
            .where(
                AgencyMembership.agency_id == contract.agency_id,
                AgencyMembership.account_id == contract.freelancer_id,
                AgencyMembership.joined_at <= contract.started_at,
                or_(
                    AgencyMembership.left_at.is_(None),
                    AgencyMembership.left_at > contract.started_at,
                ),
            ),
        )
        assert member == 1, contract.external_id


def test_agencies_have_owners_admins_managers_exclusive_members_and_leavers(db: Session) -> None:
    for agency in db.scalars(select(Agency)):
        owner = db.scalars(
            select(AgencyMembership).where(
                AgencyMembership.agency_id == agency.id,
                AgencyMembership.role == AgencyRole.OWNER,
            )
        ).one()
        assert owner.account_id == agency.owner_id
    roles = set(db.scalars(select(AgencyMembership.role).distinct()))
    assert roles == set(AgencyRole)
    assert value(db, select(func.count()).where(AgencyMembership.exclusive)) > 0
    assert value(db, select(func.count()).where(AgencyMembership.left_at.is_not(None))) > 0


def test_people_are_placed_named_and_skilled_like_a_real_marketplace(db: Session) -> None:
    for account in db.scalars(select(Account)):
        assert account.country
        assert account.region
        assert account.email
        country = demo_data.COUNTRY_BY_CODE[account.country]
        region = demo_data.REGION_BY_CODE[account.region]
        assert account.region.startswith(f"{account.country}-")
        assert region in country.regions
        assert account.city in region.cities
        assert account.timezone == region.timezone
        assert account.email.endswith((".com", ".net", ".org"))
        assert "@example." in account.email
        if account.kind == AccountKind.FREELANCER:
            assert account.plan is None
            assert account.skills
            assert account.categories
            assert (account.hourly_rate_cents or 0) >= 300
            assert account.english_level is not None
        else:
            assert account.plan is not None
            assert account.hourly_rate_cents is None
    plans = list(db.scalars(select(Account.plan).where(Account.kind == AccountKind.CLIENT)))
    assert plans.count(ClientPlan.BASIC) > len(plans) / 2
    badges = db.execute(
        select(
            func.count().filter(Account.top_rated), func.count().filter(Account.rising_talent)
        ).where(Account.kind == AccountKind.FREELANCER)
    ).one()
    assert badges[0] > 0
    assert badges[1] > 0
    assert value(db, select(func.count()).where(Account.job_success_score.is_not(None))) > 10


# ---------------------------------------------------------------------------- scenarios


def test_crisis_scenario_matches_the_playbook(demo: Demo, db: Session) -> None:
    scenario = demo.summary.scenario("crisis")
    regions = scenario.facts["regions"].split(",")
    assert tuple(regions) == CRISIS_REGIONS
    started = datetime.fromisoformat(scenario.facts["started_on"]).replace(tzinfo=UTC)
    ended = datetime.fromisoformat(scenario.facts["ended_on"]).replace(tzinfo=UTC)
    assert started == NOW - timedelta(days=28)
    assert ended == NOW - timedelta(days=7)

    def case(label: str) -> tuple[Contract, Feedback, Account]:
        contract = one(db, Contract, scenario.example(label).external_id)
        feedback = client_feedback(db, contract)
        freelancer = get(db, Account, contract.freelancer_id)
        assert contract.status == ContractStatus.CLOSED
        return contract, feedback, freelancer

    contract, feedback, freelancer = case("Eligible: went silent")
    assert freelancer.region in regions
    assert started <= feedback.left_at <= ended
    assert feedback.public_rating < 3
    assert re.search(r"silent|deadline", feedback.public_comment)
    assert contract.agency_id is None
    assert not value(db, select(func.count()).where(AccountNote.account_id == freelancer.id))

    contract, feedback, freelancer = case("Agency case")
    assert freelancer.region in regions
    assert started <= feedback.left_at <= ended
    assert "unable to continue" in feedback.public_comment
    agency = get(db, Agency, contract.agency_id)
    assert agency.external_id == scenario.example("Agency of the agency case").external_id
    roles = {
        membership.role
        for membership in db.scalars(
            select(AgencyMembership).where(
                AgencyMembership.agency_id == agency.id, AgencyMembership.left_at.is_(None)
            )
        )
    }
    assert {AgencyRole.OWNER, AgencyRole.ADMIN, AgencyRole.BUSINESS_MANAGER} <= roles

    contract, feedback, freelancer = case("Former agency member")
    assert contract.agency_id is not None
    left = db.scalars(
        select(AgencyMembership.left_at).where(
            AgencyMembership.account_id == freelancer.id,
            AgencyMembership.agency_id == contract.agency_id,
        )
    ).one()
    assert left is not None
    assert feedback.left_at < left < NOW

    contract, feedback, freelancer = case("Second request")
    assert started <= feedback.left_at <= ended
    assert 3 <= feedback.public_rating < 4  # neutral
    earlier = one(db, Contract, scenario.example("Earlier removed assignment").external_id)
    note = db.scalars(
        select(AccountNote).where(
            AccountNote.account_id == freelancer.id,
            AccountNote.kind == NoteKind.CRISIS_FEEDBACK_REMOVAL,
        )
    ).one()
    assert note.text.startswith(f"Crisis Feedback Removal: Assignment {earlier.external_id}")
    earlier_feedback = client_feedback(db, earlier)
    assert earlier.excluded_from_jss
    assert earlier_feedback.removed_from_profile
    assert earlier_feedback.excluded_from_jss

    contract, feedback, freelancer = case("Decline: bad feedback in the period, for poor")
    assert freelancer.region in regions
    assert started <= feedback.left_at <= ended
    assert feedback.public_rating < 3
    assert not re.search(r"silent|storm|typhoon|respond", feedback.public_comment)

    contract, feedback, freelancer = case("Decline: feedback left before")
    assert freelancer.region in regions
    assert feedback.left_at < started

    contract, feedback, freelancer = case("Decline (or TL exception): freelancer outside")
    assert freelancer.country == "PH"
    assert freelancer.region not in regions
    assert started <= feedback.left_at <= ended

    contract, feedback, freelancer = case("Decline: job already excluded")
    assert contract.excluded_from_jss
    assert feedback.excluded_from_jss

    for label in ("Active contract of an impacted", "Active agency contract"):
        active = one(db, Contract, scenario.example(label).external_id)
        assert active.status == ContractStatus.OPEN
        assert get(db, Account, active.freelancer_id).region in regions


def test_unresponsive_scenario_has_silent_freelancers_and_waiting_clients(
    demo: Demo, db: Session
) -> None:
    scenario = demo.summary.scenario("unresponsive_freelancer")
    contracts = [
        one(db, Contract, example.external_id)
        for example in scenario.examples
        if example.kind == "contract" and not example.label.startswith("The client's")
    ]
    assert len(contracts) == 3
    two_weeks_ago = NOW - timedelta(days=14)
    for contract in contracts:
        assert contract.status == ContractStatus.OPEN
        messages = db.scalars(
            select(Message).where(Message.contract_id == contract.id).order_by(Message.sent_at)
        ).all()
        recent = [m for m in messages if m.sent_at >= two_weeks_ago]
        assert len(recent) >= 3
        assert all(m.sender_id == contract.client_id for m in recent)
        last_from_freelancer = max(
            m.sent_at for m in messages if m.sender_id == contract.freelancer_id
        )
        assert last_from_freelancer < two_weeks_ago
        last_payment = value(
            db, select(func.max(Payment.paid_at)).where(Payment.contract_id == contract.id)
        )
        assert last_payment < NOW - timedelta(days=21)
    history_client = one(db, Account, scenario.example("Its client (earlier").external_id)
    refunded = one(db, Contract, scenario.example("The client's refunded").external_id)
    assert refunded.client_id == history_client.id
    assert value(db, select(func.sum(Refund.amount_cents)).where(Refund.contract_id == refunded.id))
    assert value(db, select(func.count()).where(Credit.account_id == history_client.id)) == 1
    dispute = one(db, Dispute, scenario.example("The open dispute").external_id)
    disputed = one(db, Contract, scenario.example("Client disputing").external_id)
    assert dispute.contract_id == disputed.id
    assert dispute.outcome == DisputeOutcome.OPEN
    assert dispute.opened_by_id == disputed.client_id
    paid = value(
        db, select(func.sum(Payment.amount_cents)).where(Payment.contract_id == disputed.id)
    )
    assert paid > 25_000


def test_agency_quality_scenario_has_a_failing_an_idle_and_a_healthy_agency(
    demo: Demo, db: Session
) -> None:
    scenario = demo.summary.scenario("agency_quality")
    year_ago = NOW - timedelta(days=365)
    bad = one(db, Agency, scenario.example("Failing agency").external_id)
    low = value(
        db,
        select(func.count())
        .select_from(Feedback)
        .join(Contract, Feedback.contract_id == Contract.id)
        .where(
            Contract.agency_id == bad.id,
            Feedback.direction == FeedbackDirection.CLIENT_TO_FREELANCER,
            Feedback.public_rating < 3,
            Feedback.left_at >= year_ago,
        ),
    )
    assert low >= 4
    disputes = value(
        db,
        select(func.count())
        .select_from(Dispute)
        .join(Contract, Dispute.contract_id == Contract.id)
        .where(Contract.agency_id == bad.id),
    )
    assert disputes >= 3
    assert bad.job_success_score is not None
    assert bad.job_success_score < 70

    idle = one(db, Agency, scenario.example("Agency idle").external_id)
    started_lately = value(
        db,
        select(func.count()).where(Contract.agency_id == idle.id, Contract.started_at >= year_ago),
    )
    assert started_lately == 0
    idle_contract = one(db, Contract, scenario.example("Its long-idle").external_id)
    assert idle_contract.agency_id == idle.id
    assert idle_contract.status == ContractStatus.OPEN
    open_contracts = value(
        db,
        select(func.count()).where(
            Contract.agency_id == idle.id, Contract.status != ContractStatus.CLOSED
        ),
    )
    assert open_contracts == 1
    last_payment = value(
        db, select(func.max(Payment.paid_at)).where(Payment.contract_id == idle_contract.id)
    )
    last_message = value(
        db, select(func.max(Message.sent_at)).where(Message.contract_id == idle_contract.id)
    )
    assert last_payment < year_ago
    assert last_message < year_ago
    assert idle.last_active_at < year_ago
    ratings = db.scalars(
        select(Feedback.public_rating)
        .join(Contract, Feedback.contract_id == Contract.id)
        .where(Contract.agency_id == idle.id, Feedback.direction == "client_to_freelancer")
    ).all()
    assert sum(ratings) / len(ratings) > 4.5

    healthy = one(db, Agency, scenario.example("Healthy agency").external_id)
    assert healthy.premium
    assert healthy.job_success_score is not None
    assert healthy.job_success_score >= 90


def test_message_policy_scenario_has_contact_sharing_and_innocent_look_alikes(
    demo: Demo, db: Session
) -> None:
    scenario = demo.summary.scenario("message_policy")
    expected = {
        "Phone number": r"\+\d[\d ]{7,}",
        "Email address": r"[a-z.]+@gmail\.com",
        "Add me on WhatsApp": r"WhatsApp",
        "Zoom link": r"zoom\.us/j/\d+",
        "Pay me via PayPal": r"PayPal",
        "Phone number spelled out": r"(?:(?:zero|one|two|three|four|five|six|seven|eight|nine)"
        r"[ ,]+){7}",
        "Email spelled out": r" dot .* at gmail dot com",
        "Scheduling link": r"calendly\.com/",
        "LinkedIn profile link": r"linkedin\.com/in/",
        "Innocent: LinkedIn job link": r"linkedin\.com/jobs/view/\d+",
        "Innocent: phone screen": r"phone screen",
        "Innocent: zoom in on the logo": r"zoom in on the logo",
        "Innocent: prices and dates": r"\$1,500 .* \d\d/\d\d",
    }
    for label, pattern in expected.items():
        message = one(db, Message, scenario.example(label).external_id)
        assert message.contract_id is None, label
        assert re.search(pattern, message.text), (label, message.text)
    shared = one(db, Message, scenario.example("Phone shared on an active").external_id)
    contract = get(db, Contract, shared.contract_id)
    assert contract.status == ContractStatus.OPEN
    assert re.search(r"\+\d[\d ]{7,}", shared.text)


def test_sourcing_scenario_has_a_fresh_job_and_freelancers_who_fit_it(
    demo: Demo, db: Session
) -> None:
    scenario = demo.summary.scenario("sourcing")
    job = one(db, Job, scenario.example("The fresh job").external_id)
    assert job.status == JobStatus.OPEN
    assert NOW - timedelta(days=2) < job.posted_at < NOW
    assert job.skills == list(SOURCING_SKILLS)
    assert value(db, select(func.count()).where(Contract.job_id == job.id)) == 0
    year_ago = NOW - timedelta(days=365)
    matches = [e for e in scenario.examples if e.label.startswith("Match:")]
    assert len(matches) >= 8
    recently_invited = 0
    for example in matches:
        freelancer = one(db, Account, example.external_id)
        assert freelancer.english_level != EnglishLevel.BASIC
        assert set(SOURCING_SKILLS) <= set(freelancer.skills)
        assert (
            (freelancer.job_success_score or 0) >= 80
            or freelancer.rising_talent
            or freelancer.premium
        ), example
        same_skills = db.scalars(
            select(Contract).where(
                Contract.freelancer_id == freelancer.id,
                Contract.status == ContractStatus.CLOSED,
                Contract.ended_at >= year_ago,
                Contract.subcategory == job.subcategory,
            )
        ).all()
        assert same_skills
        assert all(set(c.skills) & set(SOURCING_SKILLS) for c in same_skills)
        invited = value(
            db,
            select(func.count()).where(
                Invitation.freelancer_id == freelancer.id,
                Invitation.invited_at >= NOW - timedelta(days=7),
            ),
        )
        recently_invited += bool(invited)
    assert recently_invited == 3
    low = one(db, Account, scenario.example("Near miss: Job Success Score").external_id)
    assert low.job_success_score is not None
    assert low.job_success_score < 80
    basic = one(db, Account, scenario.example("Near miss: basic English").external_id)
    assert basic.english_level == EnglishLevel.BASIC


# ---------------------------------------------------------------------------- behaviour


def test_same_seed_and_date_give_identical_rows_in_a_fresh_database(
    demo: Demo, engine: Engine, tmp_path: Path
) -> None:
    expected = digest(demo.connection)
    with fresh_database(engine, tmp_path) as fresh:
        with use_sessionmaker(sessionmaker(bind=fresh)):
            summary = generate_demo(DemoSize.TINY, seed=SEED, today=TODAY, progress=False)
        with fresh.connect() as connection:
            assert digest(connection) == expected
    assert summary == demo.summary


def test_another_seed_gives_another_marketplace(engine: Engine, tmp_path: Path) -> None:
    with fresh_database(engine, tmp_path) as fresh:
        with use_sessionmaker(sessionmaker(bind=fresh)):
            summary = generate_demo(DemoSize.TINY, seed=SEED + 1, today=TODAY, progress=False)
        with fresh.connect() as connection:
            first_names = set(connection.scalars(select(Account.first_name)))
            other = digest(connection)
    assert summary.counts["contracts"] == 400
    assert len(first_names) > 20
    with fresh_database(engine, tmp_path) as fresh:
        with use_sessionmaker(sessionmaker(bind=fresh)):
            generate_demo(DemoSize.TINY, seed=SEED + 2, today=TODAY, progress=False)
        with fresh.connect() as connection:
            assert digest(connection) != other


def test_refuses_a_database_that_already_has_accounts(demo: Demo, db: Session) -> None:
    before = value(db, select(func.count()).select_from(Account))
    with pytest.raises(DemoError, match=r"already holds marketplace data \(90 accounts"):
        generate_demo(DemoSize.TINY, seed=SEED, today=TODAY, progress=False)
    assert value(db, select(func.count()).select_from(Account)) == before


def test_demo_command_fills_an_empty_database_and_lists_the_scenarios(
    engine: Engine, tmp_path: Path
) -> None:
    with fresh_database(engine, tmp_path) as fresh, use_sessionmaker(sessionmaker(bind=fresh)):
        result = CliRunner().invoke(
            app, ["demo", "--size", "tiny", "--today", "2026-11-01", "--seed", "7", "--no-progress"]
        )
        assert result.exit_code == 0, result.output
        with fresh.connect() as connection:
            contracts = connection.scalar(select(func.count()).select_from(Contract))
            fresh_job = connection.scalar(
                select(Job.external_id).where(Job.title == SOURCING_JOB_TITLE)
            )
    assert contracts == 400
    assert "contracts" in result.stdout
    assert "400" in result.stdout
    assert "Typhoon" in result.stdout
    assert "Talent sourcing for a fresh job" in result.stdout
    assert f"job {fresh_job}" in result.stdout


def test_demo_command_refuses_a_database_with_accounts(demo: Demo) -> None:
    result = CliRunner().invoke(app, ["demo", "--size", "tiny", "--no-progress"])
    assert result.exit_code == 1
    assert "Refused" in result.stderr
    assert "already holds marketplace data" in result.stderr


def test_demo_command_names_a_malformed_date() -> None:
    result = CliRunner().invoke(app, ["demo", "--today", "01/11/2026"])
    assert result.exit_code == 2
    assert "--today" in result.output


def test_demo_command_explains_itself() -> None:
    result = CliRunner().invoke(app, ["demo", "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for word in ("--size", "tiny", "large", "--seed", "--today", "YYYY-MM-DD"):
        assert word in result.output
