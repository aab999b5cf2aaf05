"""The Job Success Score and the badges, as configuration and pure functions.

Every threshold lives in ``ReputationPolicy`` (versioned: a stored score names the version
it was computed under). The set-based SQL in ``queries.py`` applies the same rules to whole
tables; the functions here apply them to one contract or one set of facts, for the
explanation a user reads and for the worked examples of ``docs/reputation.md``. Tests hold
the two to the same answers.

Weights are kept in quarters (1.25 is 5 quarters) so that every sum is an exact integer on
SQLite, PostgreSQL and in Python alike, and the score is rounded with integer arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum

from trustdesk.decisions import Criterion, Decision

POLICY = "job_success_score"


@dataclass(frozen=True)
class ReputationPolicy:
    """The rules of the score and the badges; change them by releasing a new version."""

    version: str = "jss-2026.1"
    # The score looks at contracts that ended in the last 24 months (and open ones).
    window_days: int = 730
    # A score is shown only with this many eligible contracts from this many clients.
    min_contracts: int = 2
    min_clients: int = 2
    # An open contract counts once it is this old and paid in every stretch of this length.
    long_term_days: int = 90
    # Weight by earnings, in quarters: up to $250 -> 1, up to $1,000 -> 1.25, above -> 1.5.
    weight_brackets: tuple[tuple[int, int], ...] = ((25_000, 4), (100_000, 5))
    weight_above_quarters: int = 6
    # Plus 1 (4 quarters) for every full 90 days of paid contract length, at most 8 in all.
    length_period_days: int = 90
    length_period_quarters: int = 4
    weight_max_quarters: int = 32
    # Outcome cut-offs.
    successful_rating_min: float = 4.5
    successful_private_min: int = 8
    negative_rating_below: float = 3.0
    negative_private_max: int = 4
    refund_negative_percent: int = 50
    refund_neutral_percent: int = 20
    # Badges.
    top_rated_jss_min: int = 90
    top_rated_earnings_cents: int = 100_000
    top_rated_agency_earnings_cents: int = 1_000_000
    top_rated_plus_earnings_cents: int = 1_000_000
    top_rated_plus_agency_earnings_cents: int = 10_000_000
    account_age_days: int = 90
    hold_free_days: int = 90
    active_days: int = 90
    rising_talent_active_days: int = 30
    earnings_days: int = 365
    eligible_weeks_window: int = 16
    history_weeks: int = 104
    # "Would recommend": the private score (0-10) at or above this.
    recommend_private_min: int = 8
    # A long-term client: one with a contract paid over at least this many days.
    long_term_client_days: int = 90


CURRENT = ReputationPolicy()


class Outcome(IntEnum):
    NEGATIVE = -1
    NEUTRAL = 0
    SUCCESSFUL = 1

    @property
    def label(self) -> str:
        return self.name.lower()


class Reason(StrEnum):
    """Why a contract counts or not; ``COUNTS`` is the only one that counts."""

    COUNTS = "counts"
    OUTSIDE_WINDOW = "outside_window"
    CONTRACT_EXCLUDED = "contract_excluded"
    NO_FEEDBACK = "no_feedback"
    OPEN_NOT_LONG_TERM = "open_not_long_term"
    FEEDBACK_EXCLUDED = "feedback_excluded"
    ZERO_EARNINGS = "zero_earnings"
    FLAGGED_CLIENT = "flagged_client"

    def words(self, policy: ReputationPolicy = CURRENT) -> str:
        """The reason as a user reads it."""
        return {
            Reason.COUNTS: "Counts toward the Job Success Score.",
            Reason.OUTSIDE_WINDOW: (
                f"Ended more than {policy.window_days // 365} years ago: only the last "
                f"{policy.window_days // 365 * 12} months count."
            ),
            Reason.CONTRACT_EXCLUDED: "Excluded from the Job Success Score by a support decision.",
            Reason.NO_FEEDBACK: (
                "Closed without feedback from the client: contracts without feedback do not count."
            ),
            Reason.OPEN_NOT_LONG_TERM: (
                f"Still open: it counts once it closes with feedback, or once it has been "
                f"open {policy.long_term_days} days and paid in every "
                f"{policy.long_term_days}-day stretch."
            ),
            Reason.FEEDBACK_EXCLUDED: (
                "The client's feedback was excluded from the Job Success Score by a support "
                "decision."
            ),
            Reason.ZERO_EARNINGS: (
                "Nothing was earned and the feedback was not negative: unpaid contracts count "
                "only against the score, never for it."
            ),
            Reason.FLAGGED_CLIENT: (
                "Negative feedback from a client who was later flagged or suspended does not count."
            ),
        }[self]


# --------------------------------------------------------------------------------------
# One contract


def weight_quarters(earned_cents: int, paid_days: float, policy: ReputationPolicy = CURRENT) -> int:
    """The contract's weight in quarters: by earnings, plus 4 per full 90 paid days, capped."""
    base = policy.weight_above_quarters
    for upper_cents, quarters in policy.weight_brackets:
        if earned_cents <= upper_cents:
            base = quarters
            break
    periods = int(max(paid_days, 0.0) // policy.length_period_days)
    return min(base + policy.length_period_quarters * periods, policy.weight_max_quarters)


def _refund_at_least(percent: int, refunded_cents: int, paid_cents: int) -> bool:
    return paid_cents > 0 and refunded_cents * 100 >= paid_cents * percent


def closed_outcome(
    *,
    public_rating: float,
    private_score: int | None,
    dispute_severity: int,
    refunded_cents: int,
    paid_cents: int,
    policy: ReputationPolicy = CURRENT,
) -> Outcome:
    """The outcome of a closed contract with the client's feedback.

    ``dispute_severity``: 2 a dispute decided for the client, 1 a split or still-open one,
    0 none (or withdrawn, or decided for the freelancer)."""
    if (
        dispute_severity >= 2
        or _refund_at_least(policy.refund_negative_percent, refunded_cents, paid_cents)
        or public_rating < policy.negative_rating_below
        or (private_score is not None and private_score <= policy.negative_private_max)
    ):
        return Outcome.NEGATIVE
    if (
        public_rating >= policy.successful_rating_min
        and (private_score is None or private_score >= policy.successful_private_min)
        and dispute_severity == 0
        and not _refund_at_least(policy.refund_neutral_percent, refunded_cents, paid_cents)
    ):
        return Outcome.SUCCESSFUL
    return Outcome.NEUTRAL


def open_outcome(
    *,
    dispute_severity: int,
    refunded_cents: int,
    paid_cents: int,
    policy: ReputationPolicy = CURRENT,
) -> Outcome:
    """The outcome of an open long-term contract: a client who keeps paying is a success,
    unless a dispute or refunds say otherwise."""
    if dispute_severity >= 2 or _refund_at_least(
        policy.refund_negative_percent, refunded_cents, paid_cents
    ):
        return Outcome.NEGATIVE
    if dispute_severity == 1 or _refund_at_least(
        policy.refund_neutral_percent, refunded_cents, paid_cents
    ):
        return Outcome.NEUTRAL
    return Outcome.SUCCESSFUL


@dataclass(frozen=True)
class Counted:
    """A contract as the score sees it."""

    client_id: int
    reason: Reason
    weight_quarters: int
    outcome: Outcome | None

    @property
    def counts(self) -> bool:
        return self.reason == Reason.COUNTS


@dataclass(frozen=True)
class Score:
    """The weighted sums behind a score, and the score itself (None when not shown)."""

    eligible_contracts: int
    distinct_clients: int
    successful_quarters: int
    negative_quarters: int
    total_quarters: int
    value: int | None


def job_success_score(
    successful_quarters: int,
    negative_quarters: int,
    total_quarters: int,
    eligible_contracts: int,
    distinct_clients: int,
    policy: ReputationPolicy = CURRENT,
) -> int | None:
    """(successful − negative) / all, weighted, in percent, clamped to 0–100 and rounded
    half up; None unless enough contracts from enough clients count."""
    if (
        eligible_contracts < policy.min_contracts
        or distinct_clients < policy.min_clients
        or total_quarters <= 0
    ):
        return None
    difference = successful_quarters - negative_quarters
    if difference <= 0:
        return 0
    return (200 * difference + total_quarters) // (2 * total_quarters)


def score(contracts: Iterable[Counted], policy: ReputationPolicy = CURRENT) -> Score:
    counted = [contract for contract in contracts if contract.counts]
    successful = sum(c.weight_quarters for c in counted if c.outcome == Outcome.SUCCESSFUL)
    negative = sum(c.weight_quarters for c in counted if c.outcome == Outcome.NEGATIVE)
    total = sum(c.weight_quarters for c in counted)
    clients = len({c.client_id for c in counted})
    return Score(
        eligible_contracts=len(counted),
        distinct_clients=clients,
        successful_quarters=successful,
        negative_quarters=negative,
        total_quarters=total,
        value=job_success_score(successful, negative, total, len(counted), clients, policy),
    )


def direction(before: int | None, after: int | None) -> str:
    """How an exclusion moves the score: raises, lowers or leaves it unchanged."""
    if before == after:
        return "unchanged"
    if before is None or after is None:
        return "shows" if before is None else "hides"
    return "raises" if after > before else "lowers"


def describe_change(before: int | None, after: int | None) -> str:
    """ "raises 84 → 89", "lowers 84 → 80", "unchanged (84)", in the words agents read."""
    shown_before = "no score" if before is None else str(before)
    shown_after = "no score" if after is None else str(after)
    moved = direction(before, after)
    if moved == "unchanged":
        return f"unchanged ({shown_before})"
    return f"{moved} {shown_before} → {shown_after}"


# --------------------------------------------------------------------------------------
# Badges


@dataclass(frozen=True)
class BadgeFacts:
    """What the badges are decided on, for one account or agency at one moment."""

    is_agency: bool
    job_success_score: int | None
    earnings_12m_cents: int
    created_at: datetime
    last_active_at: datetime | None
    held_recently: bool  # a hold overlapping the last 90 days, or on hold / suspended now
    now: datetime


def _dollars(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def top_rated(facts: BadgeFacts, policy: ReputationPolicy = CURRENT) -> Decision:
    """Top Rated: every criterion must be met."""
    return _badge("top_rated", _top_rated_criteria(facts, policy), policy)


def _top_rated_criteria(facts: BadgeFacts, policy: ReputationPolicy) -> list[Criterion]:
    earnings_min = (
        policy.top_rated_agency_earnings_cents
        if facts.is_agency
        else policy.top_rated_earnings_cents
    )
    age_limit = facts.now - timedelta(days=policy.account_age_days)
    active_limit = facts.now - timedelta(days=policy.active_days)
    jss = facts.job_success_score
    return [
        Criterion(
            name=f"Job Success Score of {policy.top_rated_jss_min}% or more",
            met=jss is not None and jss >= policy.top_rated_jss_min,
            evidence="no score yet" if jss is None else f"score {jss}%",
        ),
        Criterion(
            name=f"At least {_dollars(earnings_min)} earned in the last 12 months",
            met=facts.earnings_12m_cents >= earnings_min,
            evidence=f"earned {_dollars(facts.earnings_12m_cents)}",
        ),
        Criterion(
            name=f"Account older than {policy.account_age_days} days",
            met=facts.created_at <= age_limit,
            evidence=f"created {facts.created_at:%Y-%m-%d}",
        ),
        Criterion(
            name=f"No hold in the last {policy.hold_free_days} days",
            met=not facts.held_recently,
            evidence="a hold in the period" if facts.held_recently else "no hold",
        ),
        Criterion(
            name=f"Active in the last {policy.active_days} days",
            met=facts.last_active_at is not None and facts.last_active_at >= active_limit,
            evidence=(
                "never active"
                if facts.last_active_at is None
                else f"last active {facts.last_active_at:%Y-%m-%d}"
            ),
        ),
    ]


def top_rated_plus(facts: BadgeFacts, policy: ReputationPolicy = CURRENT) -> Decision:
    """Top Rated Plus: Top Rated, and ten times the earnings."""
    earnings_min = (
        policy.top_rated_plus_agency_earnings_cents
        if facts.is_agency
        else policy.top_rated_plus_earnings_cents
    )
    criteria = [
        Criterion(
            name="Eligible for Top Rated",
            met=top_rated(facts, policy).outcome == "eligible",
            evidence="every Top Rated criterion met"
            if top_rated(facts, policy).outcome == "eligible"
            else "a Top Rated criterion is not met",
        ),
        Criterion(
            name=f"At least {_dollars(earnings_min)} earned in the last 12 months",
            met=facts.earnings_12m_cents >= earnings_min,
            evidence=f"earned {_dollars(facts.earnings_12m_cents)}",
        ),
    ]
    return _badge("top_rated_plus", criteria, policy)


def rising_talent(facts: BadgeFacts, policy: ReputationPolicy = CURRENT) -> Decision:
    """Rising Talent: a freelancer without a score yet who is active and in good standing."""
    active_limit = facts.now - timedelta(days=policy.rising_talent_active_days)
    criteria = [
        Criterion(
            name="A freelancer, not an agency",
            met=not facts.is_agency,
            evidence="agency" if facts.is_agency else "freelancer",
        ),
        Criterion(
            name="No Job Success Score yet",
            met=facts.job_success_score is None,
            evidence="no score yet"
            if facts.job_success_score is None
            else f"score {facts.job_success_score}%",
        ),
        Criterion(
            name=f"Active in the last {policy.rising_talent_active_days} days",
            met=facts.last_active_at is not None and facts.last_active_at >= active_limit,
            evidence=(
                "never active"
                if facts.last_active_at is None
                else f"last active {facts.last_active_at:%Y-%m-%d}"
            ),
        ),
        Criterion(
            name=f"No hold in the last {policy.hold_free_days} days",
            met=not facts.held_recently,
            evidence="a hold in the period" if facts.held_recently else "no hold",
        ),
    ]
    return _badge("rising_talent", criteria, policy)


def _badge(name: str, criteria: list[Criterion], policy: ReputationPolicy) -> Decision:
    return Decision(
        policy=f"{POLICY}.{name}",
        policy_version=policy.version,
        outcome="eligible" if all(criterion.met for criterion in criteria) else "not_eligible",
        criteria=tuple(criteria),
    )


def outcome_words(
    *,
    open_contract: bool,
    outcome: Outcome | None,
    public_rating: float | None,
    private_score: int | None,
    dispute_severity: int,
    refunded_cents: int,
    paid_cents: int,
    policy: ReputationPolicy = CURRENT,
    show_private: bool = True,
) -> str:
    """Why the contract's outcome is what it is, in words.

    ``show_private=False`` words it for the freelancer, who never sees a client's private
    score, only that it was taken into account.
    """
    if outcome is None:
        return "No outcome: the client left no feedback."
    signals: list[str] = []
    if dispute_severity >= 2:
        signals.append("a dispute was decided for the client")
    elif dispute_severity == 1:
        signals.append("a dispute was split or is still open")
    if paid_cents > 0 and refunded_cents > 0:
        share = refunded_cents * 100 // paid_cents
        signals.append(f"{share}% of the payments were refunded")
    if open_contract:
        base = "Open long-term contract the client keeps paying"
    else:
        rating = "no rating" if public_rating is None else f"public rating {public_rating:g}"
        if private_score is None:
            private = "no private score"
        elif show_private:
            private = f"private score {private_score}"
        else:
            private = "the client's private feedback (confidential)"
        base = f"{rating[0].upper()}{rating[1:]}, {private}"
    detail = f"; {', '.join(signals)}" if signals else ""
    return f"{base}{detail}: {outcome.label}."


def outcome_rules(policy: ReputationPolicy = CURRENT) -> str:
    """The outcome cut-offs in one sentence."""
    return (
        f"Successful: a public rating of {policy.successful_rating_min:g} or more and a private "
        f"score of {policy.successful_private_min} or more (or none), no dispute, and less than "
        f"{policy.refund_neutral_percent}% refunded. Negative: a public rating under "
        f"{policy.negative_rating_below:g}, a private score of {policy.negative_private_max} or "
        f"less, a dispute decided for the client, or {policy.refund_negative_percent}% or more "
        "refunded. Neutral: anything between."
    )
