"""The score's pure rules: weights, outcomes, rounding, badges at their boundaries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from trustdesk.reputation.policy import (
    BadgeFacts,
    Outcome,
    closed_outcome,
    describe_change,
    job_success_score,
    open_outcome,
    rising_talent,
    top_rated,
    top_rated_plus,
    weight_quarters,
)

NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("earned_cents", "paid_days", "quarters"),
    [
        (0, 0, 4),
        (25_000, 0, 4),  # $250.00 is still the first bracket
        (25_001, 0, 5),
        (100_000, 0, 5),
        (100_001, 0, 6),
        (100, 89.99, 4),
        (100, 90, 8),  # a full 90 days adds 1
        (100, 179.9, 8),
        (100_001, 10_000, 32),  # capped at 8
    ],
)
def test_weight_by_earnings_and_paid_length(
    earned_cents: int, paid_days: float, quarters: int
) -> None:
    assert weight_quarters(earned_cents, paid_days) == quarters


@pytest.mark.parametrize(
    ("rating", "private", "severity", "refunded", "outcome"),
    [
        (4.5, 8, 0, 0, Outcome.SUCCESSFUL),
        (4.5, None, 0, 0, Outcome.SUCCESSFUL),
        (4.49, 10, 0, 0, Outcome.NEUTRAL),
        (5.0, 7, 0, 0, Outcome.NEUTRAL),
        (5.0, 10, 1, 0, Outcome.NEUTRAL),
        (5.0, 10, 0, 19, Outcome.SUCCESSFUL),
        (5.0, 10, 0, 20, Outcome.NEUTRAL),
        (5.0, 10, 0, 50, Outcome.NEGATIVE),
        (5.0, 10, 2, 0, Outcome.NEGATIVE),
        (3.0, 5, 0, 0, Outcome.NEUTRAL),
        (2.99, 10, 0, 0, Outcome.NEGATIVE),
        (5.0, 4, 0, 0, Outcome.NEGATIVE),
    ],
)
def test_outcome_cut_offs(
    rating: float, private: int | None, severity: int, refunded: int, outcome: Outcome
) -> None:
    assert (
        closed_outcome(
            public_rating=rating,
            private_score=private,
            dispute_severity=severity,
            refunded_cents=refunded,
            paid_cents=100,
        )
        is outcome
    )


def test_an_open_long_term_contract_is_successful_unless_refunds_or_disputes_say_otherwise() -> (
    None
):
    assert open_outcome(dispute_severity=0, refunded_cents=0, paid_cents=100) is Outcome.SUCCESSFUL
    assert open_outcome(dispute_severity=1, refunded_cents=0, paid_cents=100) is Outcome.NEUTRAL
    assert open_outcome(dispute_severity=0, refunded_cents=60, paid_cents=100) is Outcome.NEGATIVE


def test_the_score_rounds_half_up_and_clamps_at_zero() -> None:
    assert job_success_score(1, 0, 8, 2, 2) == 13  # 12.5 → 13
    assert job_success_score(3, 0, 8, 2, 2) == 38  # 37.5 → 38
    assert job_success_score(1, 4, 8, 2, 2) == 0
    assert job_success_score(8, 0, 8, 2, 2) == 100


def test_no_score_without_two_contracts_from_two_clients() -> None:
    assert job_success_score(8, 0, 8, 2, 1) is None
    assert job_success_score(8, 0, 8, 1, 1) is None


def test_the_change_is_described_in_words() -> None:
    assert describe_change(84, 89) == "raises 84 → 89"
    assert describe_change(84, 80) == "lowers 84 → 80"
    assert describe_change(84, 84) == "unchanged (84)"
    assert describe_change(None, 70) == "shows no score → 70"


def _facts(**changes: object) -> BadgeFacts:
    values: dict[str, object] = {
        "is_agency": False,
        "job_success_score": 90,
        "earnings_12m_cents": 100_000,
        "created_at": NOW - timedelta(days=90),
        "last_active_at": NOW - timedelta(days=90),
        "held_recently": False,
        "now": NOW,
    }
    return BadgeFacts(**(values | changes))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "eligible"),
    [
        ({}, True),
        ({"job_success_score": 89}, False),
        ({"job_success_score": None}, False),
        ({"earnings_12m_cents": 99_999}, False),
        ({"created_at": NOW - timedelta(days=89, hours=23)}, False),
        ({"last_active_at": NOW - timedelta(days=90, seconds=1)}, False),
        ({"held_recently": True}, False),
        ({"is_agency": True}, False),  # agencies need $10,000
        ({"is_agency": True, "earnings_12m_cents": 1_000_000}, True),
    ],
)
def test_top_rated_boundaries(changes: dict[str, object], eligible: bool) -> None:
    decision = top_rated(_facts(**changes))
    assert (decision.outcome == "eligible") is eligible
    assert all(criterion.evidence for criterion in decision.criteria)


def test_top_rated_plus_needs_ten_times_the_earnings() -> None:
    assert top_rated_plus(_facts(earnings_12m_cents=999_999)).outcome == "not_eligible"
    assert top_rated_plus(_facts(earnings_12m_cents=1_000_000)).outcome == "eligible"


def test_rising_talent_is_for_freelancers_without_a_score() -> None:
    recent = NOW - timedelta(days=30)
    assert (
        rising_talent(_facts(job_success_score=None, last_active_at=recent)).outcome == "eligible"
    )
    assert rising_talent(_facts(job_success_score=95, last_active_at=recent)).outcome != "eligible"
    assert (
        rising_talent(
            _facts(job_success_score=None, last_active_at=recent - timedelta(days=1))
        ).outcome
        != "eligible"
    )
