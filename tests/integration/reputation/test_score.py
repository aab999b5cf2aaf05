"""The score as the recompute stores it: exclusions that raise, lower or leave it, the
preview against the applied exclusion, agency ownership, exclusive members, badges."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests import factories
from tests.integration.reputation.helpers import ContractSpec, build
from trustdesk.audit import AuditEvent
from trustdesk.marketplace.models import Account, AccountHold, Feedback
from trustdesk.reputation import actions, queries
from trustdesk.reputation.models import ReputationWeek

NOW = factories.NOW


def _freelancer(session: Session) -> Account:
    return factories.account(session, last_active_at=NOW - timedelta(days=3))


def _feedback_of(made: list[tuple[object, Feedback | None]], index: int) -> int:
    feedback = made[index][1]
    assert feedback is not None
    return feedback.id


def _apply_and_compare(session: Session, freelancer: Account, feedback_id: int) -> str:
    """Preview, then apply the exclusion: the preview must equal the applied score."""
    actions.recompute_account(session, freelancer.id, NOW)
    preview = actions.preview_exclusion(session, freelancer.id, [feedback_id], NOW)
    assert preview.change.before == freelancer.job_success_score
    changes = actions.exclude_feedback_from_jss(
        session, [feedback_id], decision_id=None, actor="test", now=NOW, reason="test"
    )
    session.refresh(freelancer)
    assert freelancer.job_success_score == preview.change.after
    assert [change.after for change in changes] == [preview.change.after]
    assert preview.after.job_success_score == preview.change.after
    return preview.change.summary


def test_removing_a_negative_feedback_raises_the_score(session: Session) -> None:
    freelancer = _freelancer(session)
    made = build(
        session,
        freelancer,
        [
            ContractSpec("A", 30, 500),
            ContractSpec("B", 60, 500),
            ContractSpec("C", 90, 500, rating=1.0, private=2),
        ],
        NOW,
    )
    summary = _apply_and_compare(session, freelancer, _feedback_of(made, 2))
    assert summary == "raises 33 → 100"


def test_removing_a_positive_feedback_lowers_the_score(session: Session) -> None:
    freelancer = _freelancer(session)
    made = build(
        session,
        freelancer,
        [
            ContractSpec("A", 30, 500),
            ContractSpec("B", 60, 500),
            ContractSpec("C", 90, 500, rating=1.0, private=2),
        ],
        NOW,
    )
    summary = _apply_and_compare(session, freelancer, _feedback_of(made, 0))
    assert summary == "lowers 33 → 0"


def test_removing_a_feedback_that_does_not_count_leaves_the_score_unchanged(
    session: Session,
) -> None:
    freelancer = _freelancer(session)
    made = build(
        session,
        freelancer,
        [
            ContractSpec("A", 30, 500),
            ContractSpec("B", 60, 500),
            ContractSpec("C", 800, 500, rating=1.0, private=2),  # ended outside the window
        ],
        NOW,
    )
    summary = _apply_and_compare(session, freelancer, _feedback_of(made, 2))
    assert summary == "unchanged (100)"


def test_the_exclusion_is_audited_with_its_decision(session: Session) -> None:
    freelancer = _freelancer(session)
    made = build(session, freelancer, [ContractSpec("A", 30, 500), ContractSpec("B", 30, 500)], NOW)
    feedback_id = _feedback_of(made, 0)
    actions.exclude_feedback_from_jss(
        session, [feedback_id], decision_id=None, actor="staff:lead@example.test", now=NOW
    )
    event = session.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "reputation.feedback_excluded",
            AuditEvent.subject_id == str(feedback_id),
        )
    )
    assert event is not None
    assert event.actor == "staff:lead@example.test"
    assert event.after == {"excluded_from_jss": True, "excluded_by_decision_id": None}


def test_a_preview_refuses_feedback_on_someone_elses_contract(session: Session) -> None:
    freelancer, other = _freelancer(session), _freelancer(session)
    made = build(session, other, [ContractSpec("A", 30, 500)], NOW)
    with pytest.raises(queries.ReputationError, match=r"^exclude_feedback: .* not on a contract"):
        actions.preview_exclusion(session, freelancer.id, [_feedback_of(made, 0)], NOW)


def test_the_agency_keeps_the_score_of_contracts_a_member_did_after_she_leaves(
    session: Session,
) -> None:
    owner = _freelancer(session)
    agency = factories.agency(session, owner=owner)
    leaver, stayer = _freelancer(session), _freelancer(session)
    factories.membership(
        session,
        agency,
        leaver,
        joined_at=NOW - timedelta(days=500),
        left_at=NOW - timedelta(days=10),
    )
    factories.membership(session, agency, stayer, joined_at=NOW - timedelta(days=500))
    clients: dict[str, Account] = {}
    leavers = build(
        session,
        leaver,
        [ContractSpec("A", 30, 500), ContractSpec("B", 60, 500, rating=1.0, private=1)],
        NOW,
        clients,
        agency,
    )
    build(session, stayer, [ContractSpec("C", 30, 500)], NOW, clients, agency)

    actions.recompute_all(session, NOW)
    session.refresh(agency)
    session.refresh(leaver)
    # 1.25 successful + 1.25 successful − 1.25 negative over 3.75.
    assert agency.job_success_score == 33
    assert leaver.job_success_score is None  # her agency contracts are not hers to score

    explanation = queries.explain(session, "account", leaver.id, NOW)
    assert all(not row.counts for row in explanation.contracts)
    assert all("agency owns" in row.why for row in explanation.contracts)

    preview = actions.preview_exclusion(session, leaver.id, [_feedback_of(leavers, 1)], NOW)
    assert preview.change.direction == "unchanged"
    (agency_change,) = preview.other_changes
    assert (agency_change.subject_id, agency_change.summary) == (agency.id, "raises 33 → 100")

    actions.exclude_feedback_from_jss(
        session, [_feedback_of(leavers, 1)], decision_id=None, actor="test", now=NOW
    )
    session.refresh(agency)
    assert agency.job_success_score == 100


def test_an_exclusive_member_shows_the_agency_score(session: Session) -> None:
    agency = factories.agency(session)
    member = _freelancer(session)
    factories.membership(session, agency, member, exclusive=True)
    build(
        session,
        member,
        [ContractSpec("A", 30, 500), ContractSpec("B", 60, 500, rating=4.0, private=7)],
        NOW,
        agency=agency,
    )
    build(session, member, [ContractSpec("C", 30, 500), ContractSpec("D", 30, 500)], NOW)
    actions.recompute_all(session, NOW)
    session.refresh(member)
    session.refresh(agency)
    assert agency.job_success_score == 50
    assert member.job_success_score == 50
    explanation = queries.explain(session, "account", member.id, NOW)
    assert (explanation.job_success_score, explanation.shown_score) == (100, 50)


def test_the_recompute_records_the_week_and_counts_eligible_weeks(session: Session) -> None:
    freelancer = _freelancer(session)
    build(session, freelancer, [ContractSpec("A", 30, 600), ContractSpec("B", 30, 600)], NOW)
    actions.record_history(session, NOW, 3)
    actions.recompute_all(session, NOW)
    weeks = session.scalars(
        select(ReputationWeek).where(
            ReputationWeek.subject_type == "account", ReputationWeek.subject_id == freelancer.id
        )
    ).all()
    assert len(weeks) == 4
    explanation = queries.explain(session, "account", freelancer.id, NOW)
    assert (explanation.top_rated_eligible_weeks, explanation.weeks_recorded) == (4, 4)


# ---------------------------------------------------------------------------------------
# Badges at their boundaries, through the SQL and through the policy's decision


def _top_rated_candidate(session: Session) -> tuple[Account, list[tuple[object, Feedback | None]]]:
    freelancer = factories.account(
        session,
        created_at=NOW - timedelta(days=90),
        last_active_at=NOW - timedelta(days=90),
    )
    # Ten clients, $100 each: $1,000.00 in 12 months; nine successful, one neutral: 90.
    specs = [ContractSpec(chr(ord("A") + index), 30, 100) for index in range(9)]
    specs.append(ContractSpec("J", 30, 100, rating=4.0, private=7))
    return freelancer, build(session, freelancer, specs, NOW)


Tweak = Callable[[Session, Account, list[tuple[object, Feedback | None]]], None]


def _nothing(
    _session: Session, _account: Account, _made: list[tuple[object, Feedback | None]]
) -> None:
    return None


def _score_89(
    session: Session, account: Account, made: list[tuple[object, Feedback | None]]
) -> None:
    feedback = made[0][1]
    assert feedback is not None
    feedback.excluded_from_jss = True  # eight successful, one neutral: 88.9 → 89


def _one_cent_short(
    session: Session, account: Account, made: list[tuple[object, Feedback | None]]
) -> None:
    contract = made[0][0]
    payment = contract.payments[0]  # type: ignore[attr-defined]
    payment.amount_cents -= 1


def _created_89_days_ago(
    session: Session, account: Account, _made: list[tuple[object, Feedback | None]]
) -> None:
    account.created_at = NOW - timedelta(days=89)


def _inactive_91_days(
    session: Session, account: Account, _made: list[tuple[object, Feedback | None]]
) -> None:
    account.last_active_at = NOW - timedelta(days=91)


def _hold_ended_89_days_ago(
    session: Session, account: Account, _made: list[tuple[object, Feedback | None]]
) -> None:
    session.add(
        AccountHold(
            external_id=f"hold-{account.id}",
            account_id=account.id,
            reason="Identity check",
            started_at=NOW - timedelta(days=120),
            ended_at=NOW - timedelta(days=89),
        )
    )


def _hold_ended_91_days_ago(
    session: Session, account: Account, _made: list[tuple[object, Feedback | None]]
) -> None:
    session.add(
        AccountHold(
            external_id=f"hold-{account.id}",
            account_id=account.id,
            reason="Identity check",
            started_at=NOW - timedelta(days=120),
            ended_at=NOW - timedelta(days=91),
        )
    )


@pytest.mark.parametrize(
    ("tweak", "eligible"),
    [
        (_nothing, True),
        (_score_89, False),
        (_one_cent_short, False),
        (_created_89_days_ago, False),
        (_inactive_91_days, False),
        (_hold_ended_89_days_ago, False),
        (_hold_ended_91_days_ago, True),
    ],
    ids=lambda value: getattr(value, "__name__", str(value)).strip("_"),
)
def test_top_rated_at_its_boundaries(session: Session, tweak: Tweak, eligible: bool) -> None:
    freelancer, made = _top_rated_candidate(session)
    tweak(session, freelancer, made)
    session.flush()
    actions.recompute_account(session, freelancer.id, NOW)
    session.refresh(freelancer)
    assert freelancer.top_rated is eligible
    explanation = queries.explain(session, "account", freelancer.id, NOW)
    badge = next(badge for badge in explanation.badges if badge.badge == "top_rated")
    assert badge.held is eligible


def test_rising_talent_needs_no_score_yet_and_recent_activity(session: Session) -> None:
    newcomer = factories.account(session, last_active_at=NOW - timedelta(days=30))
    dormant = factories.account(session, last_active_at=NOW - timedelta(days=31))
    build(session, newcomer, [ContractSpec("A", 10, 300)], NOW)
    actions.recompute_all(session, NOW)
    session.refresh(newcomer)
    session.refresh(dormant)
    assert (newcomer.rising_talent, dormant.rising_talent) == (True, False)
