"""The Job Success Score in SQL: one chain of queries over whole tables.

``contract_facts`` decides, for every contract at once, whether it counts, its weight and
its outcome, and why; ``subject_sums`` adds them up per account (its own contracts) and per
agency (every contract done through it); ``scored_accounts`` and ``scored_agencies`` turn
the sums into the score and the badges' eligibility. The same chain, restricted by a
``Scope``, serves the full recompute, one account's incremental recompute, the explanation
and the what-if preview (which adds feedback ids to treat as excluded) — so a preview and
the score computed after the exclusion is applied cannot disagree.

Dates: "days between" is computed with a per-dialect epoch-days function; the score is
rounded with integer arithmetic, identical on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache, partial
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Select,
    String,
    Table,
    and_,
    bindparam,
    case,
    cast,
    distinct,
    false,
    func,
    literal,
    not_,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from trustdesk.db import Base, UTCDateTime
from trustdesk.marketplace.models import (
    Account,
    AccountHold,
    Agency,
    AgencyMembership,
    Contract,
    Dispute,
    Feedback,
    Payment,
)
from trustdesk.reputation.models import ReputationWeek
from trustdesk.reputation.policy import (
    CURRENT,
    BadgeFacts,
    Outcome,
    Reason,
    ReputationPolicy,
    outcome_words,
    rising_talent,
    top_rated,
    top_rated_plus,
)
from trustdesk.reputation.schemas import (
    BadgeStatus,
    ContractExplanation,
    Explanation,
    HistoryPoint,
    MyStats,
)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


# --------------------------------------------------------------------------------------
# Portable date arithmetic


class EpochDays(FunctionElement[float]):
    """Days since 1970-01-01 (fractional) of a stored UTC datetime."""

    type = Float()
    inherit_cache = True
    name = "epoch_days"


@compiles(EpochDays, "sqlite")
def _epoch_days_sqlite(element: EpochDays, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(julianday({compiler.process(element.clauses, **kw)}) - 2440587.5)"


@compiles(EpochDays, "postgresql")
def _epoch_days_postgresql(element: EpochDays, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(extract(epoch from {compiler.process(element.clauses, **kw)}) / 86400.0)"


class Whole(FunctionElement[int]):
    """The integer part of a non-negative number."""

    type = Integer()
    inherit_cache = True
    name = "whole"


@compiles(Whole, "sqlite")
def _whole_sqlite(element: Whole, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS INTEGER)"


@compiles(Whole, "postgresql")
def _whole_postgresql(element: Whole, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(floor({compiler.process(element.clauses, **kw)}) AS INTEGER)"


def table(model: type[Base]) -> Table:
    """The Core table of a mapped class (typed as a Table, for Core statements)."""
    return Base.metadata.tables[model.__tablename__]


def to_epoch_days(moment: datetime) -> float:
    return (moment - _EPOCH).total_seconds() / 86_400


def week_start(moment: datetime) -> date:
    """The Monday (UTC) of the week ``moment`` falls in."""
    day = moment.astimezone(UTC).date()
    return day - timedelta(days=day.weekday())


# --------------------------------------------------------------------------------------
# Scope


@dataclass(frozen=True)
class Scope:
    """Which contracts the chain reads: all, one freelancer's, or one agency's.

    A freelancer's own score reads only contracts done without an agency (the agency owns
    the score of its contracts); ``worked`` also lists the agency ones, for explanations."""

    freelancer_id: int | None = None
    agency_id: int | None = None
    worked: bool = False

    def contracts(self, contract: Any) -> ColumnElement[bool]:
        scope_id = bindparam("rep_scope_id", type_=Integer())
        if self.agency_id is not None:
            return contract.c.agency_id == scope_id  # type: ignore[no-any-return]
        if self.freelancer_id is not None:
            mine = contract.c.freelancer_id == scope_id
            return mine if self.worked else and_(mine, contract.c.agency_id.is_(None))
        return true()

    @property
    def kind(self) -> Scope:
        """The scope with its id blanked: what the cached statement depends on."""
        return Scope(
            freelancer_id=0 if self.freelancer_id is not None else None,
            agency_id=0 if self.agency_id is not None else None,
            worked=self.worked,
        )

    @property
    def subject_id(self) -> int | None:
        return self.agency_id if self.agency_id is not None else self.freelancer_id

    @property
    def everything(self) -> bool:
        return self.freelancer_id is None and self.agency_id is None


ALL = Scope()


@dataclass(frozen=True)
class Moment:
    """The bound values every query of one computation shares."""

    now: datetime
    policy: ReputationPolicy

    @property
    def window_start(self) -> datetime:
        return self.now - timedelta(days=self.policy.window_days)

    @property
    def year_ago(self) -> datetime:
        return self.now - timedelta(days=self.policy.earnings_days)

    def at(self, days_before: int) -> datetime:
        return self.now - timedelta(days=days_before)


def _when(name: str) -> Any:
    """A named datetime parameter; its value comes from ``bind_values`` at execution, so
    each statement is built once and cached (building one costs more than running it)."""
    return bindparam(name, type_=UTCDateTime)


def bind_values(
    now: datetime,
    policy: ReputationPolicy = CURRENT,
    *,
    scope_id: int | None = None,
    excluded_feedback_ids: Sequence[int] = (),
) -> dict[str, Any]:
    """The values of every named parameter of the statements below, for one moment."""
    moment = Moment(now, policy)
    values: dict[str, Any] = {
        "rep_now": now,
        "rep_now_days": to_epoch_days(now),
        "rep_year_ago": moment.year_ago,
        "rep_long_term": moment.at(policy.long_term_days),
        "rep_window": moment.window_start,
        "rep_age": moment.at(policy.account_age_days),
        "rep_active": moment.at(policy.active_days),
        "rep_rising": moment.at(policy.rising_talent_active_days),
        "rep_hold": moment.at(policy.hold_free_days),
        "rep_week": week_start(now),
    }
    if scope_id is not None:
        values["rep_scope_id"] = scope_id
    if excluded_feedback_ids:
        values["rep_excluded"] = list(excluded_feedback_ids)
    return values


# --------------------------------------------------------------------------------------
# Per contract


def _started_by(contract: Any, now_p: Any, scope: Scope) -> ColumnElement[bool]:
    """Started by ``now``. Over every contract the condition is wrapped so that no planner
    walks the started_at index (a million random reads) instead of scanning the table."""
    if scope.everything:
        return func.coalesce(contract.c.started_at, now_p) <= now_p  # type: ignore[no-any-return]
    return contract.c.started_at <= now_p  # type: ignore[no-any-return]


@lru_cache(maxsize=64)
def contract_facts(
    scope: Scope = ALL, exclusions: bool = False, policy: ReputationPolicy = CURRENT
) -> Select[Any]:
    """One row per contract started by ``rep_now``: counts or not (``reason``), weight in
    quarters, outcome (-1, 0, 1), earnings and the facts they were decided on. With
    ``exclusions``, the feedback ids ``rep_excluded`` are treated as excluded. Execute with
    ``bind_values``; ``scope`` must be a ``Scope.kind``."""
    now_p = _when("rep_now")
    now_days = bindparam("rep_now_days", type_=Float())
    contract = table(Contract).alias("c")
    payment = table(Payment).alias("p")
    in_scope = scope.contracts(contract)

    pay_source: Any = payment
    pay_filter: list[ColumnElement[bool]] = [payment.c.paid_at <= now_p]
    if not scope.everything:
        pay_source = payment.join(contract, contract.c.id == payment.c.contract_id)
        pay_filter.append(in_scope)
    pay = (
        select(
            payment.c.contract_id,
            func.sum(payment.c.amount_cents).label("paid"),
            func.sum(payment.c.refunded_cents).label("refunded"),
            func.sum(
                case(
                    (
                        payment.c.paid_at > _when("rep_year_ago"),
                        payment.c.amount_cents - payment.c.refunded_cents,
                    ),
                    else_=0,
                )
            ).label("earned_12m"),
            func.max(payment.c.paid_at).label("last_paid_at"),
        )
        .select_from(pay_source)
        .where(*pay_filter)
        .group_by(payment.c.contract_id)
        .cte("rep_pay")
    )

    # Open contracts: in how many of their full 90-day stretches were they paid?
    period = float(policy.long_term_days)
    open_at_now = or_(contract.c.ended_at.is_(None), contract.c.ended_at > now_p)
    full_periods = Whole(
        (now_days - EpochDays(contract.c.started_at)) / period
    )  # started_at <= now
    stretch = Whole(
        case(
            (
                payment.c.paid_at > contract.c.started_at,
                (EpochDays(payment.c.paid_at) - EpochDays(contract.c.started_at)) / period,
            ),
            else_=0.0,
        )
    )
    # Driven from the contracts (few are open), then their payments by index.
    periods = (
        select(
            contract.c.id.label("contract_id"),
            func.count(distinct(case((stretch < full_periods, stretch)))).label("periods_paid"),
        )
        .select_from(contract.join(payment, payment.c.contract_id == contract.c.id))
        .where(
            payment.c.paid_at <= now_p,
            _started_by(contract, now_p, scope),
            open_at_now,
            in_scope,
        )
        .group_by(contract.c.id)
        .cte("rep_periods")
    )

    dispute = table(Dispute).alias("d")
    dispute_source: Any = dispute
    dispute_filter: list[ColumnElement[bool]] = [dispute.c.opened_at <= now_p]
    if not scope.everything:
        dispute_source = dispute.join(contract, contract.c.id == dispute.c.contract_id)
        dispute_filter.append(in_scope)
    disputes = (
        select(
            dispute.c.contract_id,
            func.max(
                case(
                    (dispute.c.outcome == "client_favoured", 2),
                    (dispute.c.outcome.in_(("split", "open")), 1),
                    else_=0,
                )
            ).label("severity"),
        )
        .select_from(dispute_source)
        .where(*dispute_filter)
        .group_by(dispute.c.contract_id)
        .cte("rep_disputes")
    )

    feedback = table(Feedback).alias("fb")
    client = table(Account).alias("cl")

    paid = func.coalesce(pay.c.paid, 0)
    refunded = func.coalesce(pay.c.refunded, 0)
    earned = paid - refunded
    severity = func.coalesce(disputes.c.severity, 0)
    refund_negative = and_(paid > 0, refunded * 100 >= paid * policy.refund_negative_percent)
    refund_neutral = and_(paid > 0, refunded * 100 >= paid * policy.refund_neutral_percent)
    paid_days = case(
        (
            pay.c.last_paid_at > contract.c.started_at,
            EpochDays(pay.c.last_paid_at) - EpochDays(contract.c.started_at),
        ),
        else_=0.0,
    )
    long_term = case(
        (
            and_(
                full_periods >= 1,
                func.coalesce(periods.c.periods_paid, 0) >= full_periods,
                pay.c.last_paid_at >= _when("rep_long_term"),
            ),
            1,
        ),
        else_=0,
    )
    negative_closed = or_(
        severity >= 2,
        refund_negative,
        feedback.c.public_rating < policy.negative_rating_below,
        and_(
            feedback.c.private_score.is_not(None),
            feedback.c.private_score <= policy.negative_private_max,
        ),
    )
    successful_closed = and_(
        feedback.c.public_rating >= policy.successful_rating_min,
        or_(
            feedback.c.private_score.is_(None),
            feedback.c.private_score >= policy.successful_private_min,
        ),
        severity == 0,
        not_(refund_neutral),
    )
    outcome = case(
        (
            open_at_now,
            case(
                (or_(severity >= 2, refund_negative), -1),
                (or_(severity == 1, refund_neutral), 0),
                else_=1,
            ),
        ),
        (feedback.c.id.is_(None), null()),
        (negative_closed, -1),
        (successful_closed, 1),
        else_=0,
    )
    feedback_excluded = feedback.c.excluded_from_jss == true()
    if exclusions:
        feedback_excluded = or_(
            feedback_excluded, feedback.c.id.in_(bindparam("rep_excluded", expanding=True))
        )
    client_flagged = or_(client.c.flagged_at.is_not(None), client.c.status == "suspended")
    reason = case(
        (
            and_(not_(open_at_now), contract.c.ended_at <= _when("rep_window")),
            "outside_window",
        ),
        (contract.c.excluded_from_jss == true(), "contract_excluded"),
        (and_(open_at_now, long_term == 0), "open_not_long_term"),
        (and_(not_(open_at_now), feedback.c.id.is_(None)), "no_feedback"),
        (and_(not_(open_at_now), feedback_excluded), "feedback_excluded"),
        (and_(earned <= 0, outcome != -1), "zero_earnings"),
        (and_(outcome == -1, client_flagged), "flagged_client"),
        else_="counts",
    )
    bracket = case(
        *((earned <= upper, quarters) for upper, quarters in policy.weight_brackets),
        else_=policy.weight_above_quarters,
    )
    weight_raw = bracket + policy.length_period_quarters * Whole(
        paid_days / float(policy.length_period_days)
    )
    weight = case(
        (weight_raw > policy.weight_max_quarters, policy.weight_max_quarters), else_=weight_raw
    )
    return (
        select(
            contract.c.id.label("contract_id"),
            contract.c.client_id,
            contract.c.freelancer_id,
            contract.c.agency_id,
            contract.c.started_at,
            contract.c.ended_at,
            case((open_at_now, true()), else_=false()).label("open"),
            feedback.c.id.label("feedback_id"),
            feedback.c.public_rating,
            feedback.c.private_score,
            paid.label("paid_cents"),
            refunded.label("refunded_cents"),
            earned.label("earned_cents"),
            func.coalesce(pay.c.earned_12m, 0).label("earned_12m_cents"),
            pay.c.last_paid_at,
            paid_days.label("paid_days"),
            severity.label("dispute_severity"),
            reason.label("reason"),
            weight.label("weight_quarters"),
            outcome.label("outcome"),
        )
        .select_from(
            contract.outerjoin(pay, pay.c.contract_id == contract.c.id)
            .outerjoin(periods, periods.c.contract_id == contract.c.id)
            .outerjoin(disputes, disputes.c.contract_id == contract.c.id)
            .outerjoin(
                feedback,
                and_(
                    feedback.c.contract_id == contract.c.id,
                    feedback.c.direction == "client_to_freelancer",
                    feedback.c.left_at <= now_p,
                ),
            )
            .join(client, client.c.id == contract.c.client_id)
        )
        .where(_started_by(contract, now_p, scope), in_scope)
    )


# --------------------------------------------------------------------------------------
# Per account and agency


def subject_sums(facts: Select[Any]) -> Select[Any]:
    """Per owner of the score (``account`` for contracts without an agency, else
    ``agency``): eligible contracts, distinct clients, weighted sums, 12-month earnings."""
    rows = facts.subquery("rep_facts")
    counts = rows.c.reason == "counts"
    subject_type = case((rows.c.agency_id.is_not(None), "agency"), else_="account")
    # CAST gives the column an INTEGER affinity on SQLite, so the join to accounts and
    # agencies can use an index on it (without, every account scans every sum).
    subject_id = cast(func.coalesce(rows.c.agency_id, rows.c.freelancer_id), Integer)
    return select(
        subject_type.label("subject_type"),
        subject_id.label("subject_id"),
        func.count(case((counts, 1))).label("eligible_contracts"),
        func.count(distinct(case((counts, rows.c.client_id)))).label("distinct_clients"),
        func.coalesce(
            func.sum(case((and_(counts, rows.c.outcome == 1), rows.c.weight_quarters), else_=0)),
            0,
        ).label("successful_quarters"),
        func.coalesce(
            func.sum(case((and_(counts, rows.c.outcome == -1), rows.c.weight_quarters), else_=0)),
            0,
        ).label("negative_quarters"),
        func.coalesce(func.sum(case((counts, rows.c.weight_quarters), else_=0)), 0).label(
            "total_quarters"
        ),
        func.coalesce(func.sum(rows.c.earned_12m_cents), 0).label("earnings_12m_cents"),
    ).group_by(subject_type, subject_id)


def _score_expression(
    successful: Any,
    negative: Any,
    total: Any,
    eligible: Any,
    clients: Any,
    policy: ReputationPolicy,
) -> ColumnElement[Any]:
    return case(
        (
            and_(eligible >= policy.min_contracts, clients >= policy.min_clients, total > 0),
            case(
                (successful > negative, (200 * (successful - negative) + total) // (2 * total)),
                else_=0,
            ),
        ),
        else_=null(),
    )


def _scored(
    sums: Any,
    owner: Any,
    subject_type: str,
    held: ColumnElement[bool],
    policy: ReputationPolicy,
    owner_filter: list[ColumnElement[bool]],
    sources: Any,
) -> Any:
    eligible = func.coalesce(sums.c.eligible_contracts, 0)
    clients = func.coalesce(sums.c.distinct_clients, 0)
    successful = func.coalesce(sums.c.successful_quarters, 0)
    negative = func.coalesce(sums.c.negative_quarters, 0)
    total = func.coalesce(sums.c.total_quarters, 0)
    return (
        select(
            literal(subject_type, String()).label("subject_type"),
            owner.c.id.label("subject_id"),
            _score_expression(successful, negative, total, eligible, clients, policy).label(
                "job_success_score"
            ),
            eligible.label("eligible_contracts"),
            clients.label("distinct_clients"),
            successful.label("successful_quarters"),
            negative.label("negative_quarters"),
            total.label("total_quarters"),
            func.coalesce(sums.c.earnings_12m_cents, 0).label("earnings_12m_cents"),
            case((held, 1), else_=0).label("held_recently"),
            owner.c.created_at,
            owner.c.last_active_at,
        )
        .select_from(sources)
        .where(*owner_filter)
        .subquery(f"rep_scored_{subject_type}")
    )


def _badge_columns(
    scored: Any, policy: ReputationPolicy, *, agency: bool
) -> list[ColumnElement[Any]]:
    earnings_min = (
        policy.top_rated_agency_earnings_cents if agency else policy.top_rated_earnings_cents
    )
    plus_min = (
        policy.top_rated_plus_agency_earnings_cents
        if agency
        else policy.top_rated_plus_earnings_cents
    )
    not_held = scored.c.held_recently == 0
    top_rated = and_(
        scored.c.job_success_score >= policy.top_rated_jss_min,
        scored.c.earnings_12m_cents >= earnings_min,
        scored.c.created_at <= _when("rep_age"),
        not_held,
        scored.c.last_active_at >= _when("rep_active"),
    )
    top_rated_flag = case((top_rated, true()), else_=false())
    plus_flag = case(
        (and_(top_rated, scored.c.earnings_12m_cents >= plus_min), true()), else_=false()
    )
    if agency:
        rising_flag: ColumnElement[Any] = false()
    else:
        rising_flag = case(
            (
                and_(
                    scored.c.job_success_score.is_(None),
                    not_held,
                    scored.c.last_active_at >= _when("rep_rising"),
                ),
                true(),
            ),
            else_=false(),
        )
    return [
        top_rated_flag.label("top_rated_eligible"),
        plus_flag.label("top_rated_plus_eligible"),
        rising_flag.label("rising_talent_eligible"),
    ]


_SCORED_COLUMNS = (
    "subject_type",
    "subject_id",
    "job_success_score",
    "eligible_contracts",
    "distinct_clients",
    "successful_quarters",
    "negative_quarters",
    "total_quarters",
    "earnings_12m_cents",
)
WEEK_COLUMNS = (
    *_SCORED_COLUMNS,
    "top_rated_eligible",
    "top_rated_plus_eligible",
    "rising_talent_eligible",
)


@dataclass(frozen=True)
class Bound:
    """A cached statement and the values to execute it with."""

    statement: Any
    values: dict[str, Any]

    def run(self, session: Session) -> Any:
        return session.execute(self.statement, self.values)


def _accounts_from(sums: Any, policy: ReputationPolicy, one: bool) -> Select[Any]:
    account = table(Account)
    hold = table(AccountHold)
    held_ids = (
        select(hold.c.account_id)
        .where(
            hold.c.started_at <= _when("rep_now"),
            or_(hold.c.ended_at.is_(None), hold.c.ended_at >= _when("rep_hold")),
        )
        .distinct()
        .cte("rep_held")
    )
    held = or_(held_ids.c.account_id.is_not(None), account.c.status != "active")
    owner_filter: list[ColumnElement[bool]] = [account.c.kind == "freelancer"]
    if one:
        owner_filter.append(account.c.id == bindparam("rep_scope_id", type_=Integer()))
    sources = account.outerjoin(
        sums, and_(sums.c.subject_type == "account", sums.c.subject_id == account.c.id)
    ).outerjoin(held_ids, held_ids.c.account_id == account.c.id)
    scored = _scored(sums, account, "account", held, policy, owner_filter, sources)
    return select(
        *(scored.c[name] for name in _SCORED_COLUMNS),
        *_badge_columns(scored, policy, agency=False),
        scored.c.held_recently,
    )


def _agencies_from(sums: Any, policy: ReputationPolicy, one: bool) -> Select[Any]:
    agency = table(Agency)
    owner_filter: list[ColumnElement[bool]] = []
    if one:
        owner_filter.append(agency.c.id == bindparam("rep_scope_id", type_=Integer()))
    sources = agency.outerjoin(
        sums, and_(sums.c.subject_type == "agency", sums.c.subject_id == agency.c.id)
    )
    scored = _scored(
        sums, agency, "agency", agency.c.status != "active", policy, owner_filter, sources
    )
    return select(
        *(scored.c[name] for name in _SCORED_COLUMNS),
        *_badge_columns(scored, policy, agency=True),
        scored.c.held_recently,
    )


@lru_cache(maxsize=32)
def _scored_statement(
    subject_type: str, one: bool, exclusions: bool, policy: ReputationPolicy
) -> Any:
    if subject_type == "everyone":
        sums = subject_sums(contract_facts(ALL, False, policy)).cte("rep_sums")
        return union_all(_accounts_from(sums, policy, False), _agencies_from(sums, policy, False))
    if subject_type == "agency":
        scope = Scope(agency_id=0) if one else ALL
        sums = subject_sums(contract_facts(scope, exclusions, policy)).cte("rep_sums")
        return _agencies_from(sums, policy, one)
    scope = Scope(freelancer_id=0) if one else ALL
    sums = subject_sums(contract_facts(scope, exclusions, policy)).cte("rep_sums")
    return _accounts_from(sums, policy, one)


def scored_accounts(
    now: datetime,
    *,
    account_id: int | None = None,
    excluded_feedback_ids: Sequence[int] = (),
    policy: ReputationPolicy = CURRENT,
) -> Bound:
    """Every freelancer (or one) with its score, sums and badge eligibility at ``now``."""
    statement = _scored_statement(
        "account", account_id is not None, bool(excluded_feedback_ids), policy
    )
    return Bound(
        statement,
        bind_values(now, policy, scope_id=account_id, excluded_feedback_ids=excluded_feedback_ids),
    )


def scored_agencies(
    now: datetime,
    *,
    agency_id: int | None = None,
    excluded_feedback_ids: Sequence[int] = (),
    policy: ReputationPolicy = CURRENT,
) -> Bound:
    """Every agency (or one) with its score over all its contracts, whoever did them."""
    statement = _scored_statement(
        "agency", agency_id is not None, bool(excluded_feedback_ids), policy
    )
    return Bound(
        statement,
        bind_values(now, policy, scope_id=agency_id, excluded_feedback_ids=excluded_feedback_ids),
    )


def scored_everyone(now: datetime, *, policy: ReputationPolicy = CURRENT) -> Bound:
    """Every freelancer and every agency in one statement: the per-contract chain and its
    sums are computed once and read by both halves."""
    return Bound(_scored_statement("everyone", False, False, policy), bind_values(now, policy))


@lru_cache(maxsize=16)
def _week_insert_statement(subject_type: str, one: bool, policy: ReputationPolicy) -> Any:
    weeks = table(ReputationWeek)
    source = _scored_statement(subject_type, one, False, policy).subquery("rep_week_source")
    return weeks.insert().from_select(
        [*WEEK_COLUMNS, "week_start", "as_of", "policy_version"],
        select(
            *(source.c[name] for name in WEEK_COLUMNS),
            bindparam("rep_week", type_=weeks.c.week_start.type),
            _when("rep_now"),
            literal(policy.version, String()),
        ),
    )


def week_insert(
    now: datetime,
    *,
    subject_type: str = "everyone",
    subject_id: int | None = None,
    policy: ReputationPolicy = CURRENT,
) -> Bound:
    """INSERT INTO reputation_weeks SELECT … for the week ``now`` falls in: everyone, or
    one ``account`` or ``agency``."""
    return Bound(
        _week_insert_statement(subject_type, subject_id is not None, policy),
        bind_values(now, policy, scope_id=subject_id),
    )


# --------------------------------------------------------------------------------------
# Reads for one account or agency


def current_exclusive_agency(session: Session, account_id: int, now: datetime) -> Agency | None:
    """The agency whose score an exclusive member shows, if the account is one now."""
    membership = AgencyMembership
    return session.scalar(
        select(Agency)
        .join(membership, membership.agency_id == Agency.id)
        .where(
            membership.account_id == account_id,
            membership.exclusive.is_(True),
            membership.joined_at <= now,
            or_(membership.left_at.is_(None), membership.left_at > now),
        )
        .limit(1)
    )


def history(
    session: Session, subject_type: str, subject_id: int, since: date
) -> list[ReputationWeek]:
    return list(
        session.scalars(
            select(ReputationWeek)
            .where(
                ReputationWeek.subject_type == subject_type,
                ReputationWeek.subject_id == subject_id,
                ReputationWeek.week_start >= since,
            )
            .order_by(ReputationWeek.week_start)
        )
    )


def eligible_weeks(
    session: Session, subject_type: str, subject_id: int, now: datetime, policy: ReputationPolicy
) -> tuple[int, int]:
    """Top Rated eligible weeks among the last 16 recorded (eligible, recorded)."""
    since = week_start(now) - timedelta(weeks=policy.eligible_weeks_window - 1)
    row = session.execute(
        select(
            func.count(case((ReputationWeek.top_rated_eligible.is_(True), 1))),
            func.count(),
        ).where(
            ReputationWeek.subject_type == subject_type,
            ReputationWeek.subject_id == subject_id,
            ReputationWeek.week_start >= since,
            ReputationWeek.week_start <= week_start(now),
        )
    ).one()
    return int(row[0]), int(row[1])


def feedback_owners(session: Session, feedback_ids: Sequence[int]) -> list[Any]:
    """For each feedback id: the contract's freelancer and agency, and its direction."""
    feedback = table(Feedback)
    contract = table(Contract)
    return list(
        session.execute(
            select(
                feedback.c.id,
                feedback.c.direction,
                contract.c.id.label("contract_id"),
                contract.c.freelancer_id,
                contract.c.agency_id,
            )
            .join(contract, contract.c.id == feedback.c.contract_id)
            .where(feedback.c.id.in_(list(feedback_ids)))
        )
    )


# --------------------------------------------------------------------------------------
# Explanations


class ReputationError(Exception):
    """A request about reputation that cannot be answered; the message names the field."""


@lru_cache(maxsize=16)
def _contract_rows_statement(scope: Scope, exclusions: bool, policy: ReputationPolicy) -> Any:
    facts = contract_facts(scope, exclusions, policy).subquery("rep_explained")
    contract = table(Contract)
    client = table(Account).alias("client")
    freelancer = table(Account).alias("freelancer")
    agency = table(Agency)
    return (
        select(
            facts,
            contract.c.external_id,
            contract.c.title,
            contract.c.status,
            (client.c.first_name + " " + client.c.last_name).label("client_name"),
            (freelancer.c.first_name + " " + freelancer.c.last_name).label("freelancer_name"),
            agency.c.name.label("agency_name"),
        )
        .select_from(
            facts.join(contract, contract.c.id == facts.c.contract_id)
            .join(client, client.c.id == facts.c.client_id)
            .join(freelancer, freelancer.c.id == facts.c.freelancer_id)
            .outerjoin(agency, agency.c.id == facts.c.agency_id)
        )
        .order_by(facts.c.ended_at.desc().nulls_first(), facts.c.contract_id.desc())
    )


def contract_rows(
    session: Session,
    now: datetime,
    scope: Scope,
    excluded_feedback_ids: Sequence[int] = (),
    policy: ReputationPolicy = CURRENT,
) -> list[Any]:
    """The per-contract facts of one scope, with titles and names, newest first."""
    statement = _contract_rows_statement(scope.kind, bool(excluded_feedback_ids), policy)
    values = bind_values(
        now, policy, scope_id=scope.subject_id, excluded_feedback_ids=excluded_feedback_ids
    )
    return list(session.execute(statement, values))


def _explain_contract(
    row: Any, subject_type: str, subject_id: int, policy: ReputationPolicy
) -> ContractExplanation:
    reason = Reason(row.reason)
    outcome = None if row.outcome is None else Outcome(int(row.outcome))
    own = (subject_type == "agency" and row.agency_id == subject_id) or (
        subject_type == "account" and row.agency_id is None
    )
    counts = own and reason == Reason.COUNTS
    if own:
        toward = "this agency" if subject_type == "agency" else "this freelancer"
        why = reason.words(policy)
    else:
        toward = f"the agency {row.agency_name}"
        why = (
            f"Done through the agency {row.agency_name}: the agency owns the Job Success Score "
            f"of its contracts, even after a member leaves. For the agency: {reason.words(policy)}"
        )
    outcome_why = partial(
        outcome_words,
        open_contract=bool(row.open),
        outcome=outcome,
        public_rating=row.public_rating,
        private_score=row.private_score,
        dispute_severity=int(row.dispute_severity),
        refunded_cents=int(row.refunded_cents),
        paid_cents=int(row.paid_cents),
        policy=policy,
    )
    return ContractExplanation(
        contract_id=row.contract_id,
        external_id=row.external_id,
        title=row.title,
        client_id=row.client_id,
        client_name=row.client_name.strip(),
        freelancer_id=row.freelancer_id,
        freelancer_name=row.freelancer_name.strip(),
        agency_id=row.agency_id,
        agency_name=row.agency_name,
        status=str(row.status),
        started_at=row.started_at,
        ended_at=row.ended_at,
        feedback_id=row.feedback_id,
        public_rating=row.public_rating,
        private_score=row.private_score,
        earned_cents=int(row.earned_cents),
        paid_days=int(row.paid_days),
        counts=counts,
        counts_toward=toward,
        reason=reason.value,
        why=why,
        weight=int(row.weight_quarters) / 4 if reason == Reason.COUNTS else None,
        outcome=None if outcome is None else outcome.label,
        outcome_why=outcome_why(),
        outcome_why_for_freelancer=outcome_why(show_private=False),
    )


def _badges(
    facts: BadgeFacts, scored: Any, imported: dict[str, bool], policy: ReputationPolicy
) -> tuple[BadgeStatus, ...]:
    decisions = [("top_rated", "Top Rated", top_rated(facts, policy))]
    decisions.append(("top_rated_plus", "Top Rated Plus", top_rated_plus(facts, policy)))
    if not facts.is_agency:
        decisions.append(("rising_talent", "Rising Talent", rising_talent(facts, policy)))
    statuses = [
        BadgeStatus(
            badge=badge,
            label=label,
            held=decision.outcome == "eligible",
            imported=False,
            criteria=decision.criteria,
        )
        for badge, label, decision in decisions
    ]
    labels = {"premium": "Premium", "expert_vetted": "Expert-Vetted"}
    statuses.extend(
        BadgeStatus(badge=badge, label=labels[badge], held=held, imported=True)
        for badge, held in imported.items()
    )
    return tuple(statuses)


def explain(
    session: Session,
    subject_type: str,
    subject_id: int,
    now: datetime,
    *,
    excluded_feedback_ids: Sequence[int] = (),
    policy: ReputationPolicy = CURRENT,
) -> Explanation:
    """The score, the badges and every contract of one freelancer or agency, with why;
    ``excluded_feedback_ids`` are treated as excluded (the what-if)."""
    if subject_type == "agency":
        agency = session.get(Agency, subject_id)
        if agency is None:
            raise ReputationError(f"agency_id: agency {subject_id} does not exist")
        scored = (
            scored_agencies(
                now,
                agency_id=subject_id,
                excluded_feedback_ids=excluded_feedback_ids,
                policy=policy,
            )
            .run(session)
            .one()
        )
        rows = contract_rows(
            session, now, Scope(agency_id=subject_id), excluded_feedback_ids, policy
        )
        name, external_id = agency.name, agency.external_id
        imported = {"premium": agency.premium}
        created_at, last_active_at = agency.created_at, agency.last_active_at
        shown, note = scored.job_success_score, "The agency's score, over all its contracts."
    else:
        account = session.get(Account, subject_id)
        if account is None:
            raise ReputationError(f"account_id: account {subject_id} does not exist")
        if account.kind != "freelancer":
            raise ReputationError(
                f"account_id: account {subject_id} is a client; only freelancers and agencies "
                "have a Job Success Score"
            )
        scored = (
            scored_accounts(
                now,
                account_id=subject_id,
                excluded_feedback_ids=excluded_feedback_ids,
                policy=policy,
            )
            .run(session)
            .one()
        )
        rows = contract_rows(
            session,
            now,
            Scope(freelancer_id=subject_id, worked=True),
            excluded_feedback_ids,
            policy,
        )
        name, external_id = account.display_name, account.external_id
        imported = {"premium": account.premium, "expert_vetted": account.expert_vetted}
        created_at, last_active_at = account.created_at, account.last_active_at
        shown, note = scored.job_success_score, "The freelancer's own score."
        exclusive = current_exclusive_agency(session, subject_id, now)
        if exclusive is not None:
            agency_scored = (
                scored_agencies(
                    now,
                    agency_id=exclusive.id,
                    excluded_feedback_ids=excluded_feedback_ids,
                    policy=policy,
                )
                .run(session)
                .one()
            )
            shown = agency_scored.job_success_score
            note = f"An exclusive member of {exclusive.name}: the profile shows the agency's score."
    facts = BadgeFacts(
        is_agency=subject_type == "agency",
        job_success_score=scored.job_success_score,
        earnings_12m_cents=int(scored.earnings_12m_cents),
        created_at=created_at,
        last_active_at=last_active_at,
        held_recently=bool(scored.held_recently),
        now=now,
    )
    eligible, recorded = eligible_weeks(session, subject_type, subject_id, now, policy)
    return Explanation(
        subject_type="agency" if subject_type == "agency" else "account",
        subject_id=subject_id,
        external_id=external_id,
        name=name,
        as_of=now,
        policy_version=policy.version,
        job_success_score=scored.job_success_score,
        shown_score=shown,
        shown_score_note=note,
        eligible_contracts=int(scored.eligible_contracts),
        distinct_clients=int(scored.distinct_clients),
        successful_weight=int(scored.successful_quarters) / 4,
        negative_weight=int(scored.negative_quarters) / 4,
        total_weight=int(scored.total_quarters) / 4,
        earnings_12m_cents=int(scored.earnings_12m_cents),
        top_rated_eligible_weeks=eligible,
        weeks_recorded=recorded,
        badges=_badges(facts, scored, imported, policy),
        contracts=tuple(_explain_contract(row, subject_type, subject_id, policy) for row in rows),
    )


def score_with_exclusions(
    session: Session,
    subject_type: str,
    subject_id: int,
    now: datetime,
    excluded_feedback_ids: Sequence[int] = (),
    policy: ReputationPolicy = CURRENT,
) -> int | None:
    """Just the score, with some feedback treated as excluded (the account view's list)."""
    if subject_type == "agency":
        statement = scored_agencies(
            now, agency_id=subject_id, excluded_feedback_ids=excluded_feedback_ids, policy=policy
        )
    else:
        statement = scored_accounts(
            now, account_id=subject_id, excluded_feedback_ids=excluded_feedback_ids, policy=policy
        )
    row = statement.run(session).one_or_none()
    return None if row is None or row.job_success_score is None else int(row.job_success_score)


def my_stats(
    session: Session,
    subject_type: str,
    subject_id: int,
    now: datetime,
    policy: ReputationPolicy = CURRENT,
) -> MyStats:
    """Everything the My Stats page shows for a freelancer or an agency."""
    explanation = explain(session, subject_type, subject_id, now, policy=policy)
    since = week_start(now) - timedelta(weeks=policy.history_weeks)
    points = tuple(
        HistoryPoint(
            week_start=row.week_start,
            job_success_score=row.job_success_score,
            top_rated_eligible=row.top_rated_eligible,
        )
        for row in history(session, subject_type, subject_id, since)
    )
    own = [
        contract for contract in explanation.contracts if contract.counts_toward.startswith("this")
    ]
    window_start = now - timedelta(days=policy.window_days)
    recent = [
        contract
        for contract in own
        if contract.ended_at is None or contract.ended_at > window_start
    ]
    # Each client's latest private score says whether they would recommend.
    latest: dict[int, tuple[datetime, int]] = {}
    for contract in recent:
        if contract.private_score is None or contract.ended_at is None:
            continue
        seen = latest.get(contract.client_id)
        if seen is None or contract.ended_at > seen[0]:
            latest[contract.client_id] = (contract.ended_at, contract.private_score)
    recommending = sum(1 for _, score in latest.values() if score >= policy.recommend_private_min)
    clients = {contract.client_id for contract in recent}
    long_term = {
        contract.client_id
        for contract in recent
        if contract.paid_days >= policy.long_term_client_days
    }
    holds = 0
    if subject_type == "account":
        holds = int(
            session.scalar(
                select(func.count())
                .select_from(AccountHold)
                .where(
                    AccountHold.account_id == subject_id,
                    AccountHold.started_at <= now,
                    or_(
                        AccountHold.ended_at.is_(None),
                        AccountHold.ended_at >= now - timedelta(days=policy.hold_free_days),
                    ),
                )
            )
            or 0
        )
    return MyStats(
        explanation=explanation,
        history=points,
        earnings_12m_cents=explanation.earnings_12m_cents,
        recommend_share=recommending / len(latest) if latest else None,
        clients_rated=len(latest),
        long_term_share=len(long_term) / len(clients) if clients else None,
        clients_total=len(clients),
        holds_last_90_days=holds,
    )
