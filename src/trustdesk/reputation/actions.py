"""Reputation changes: the full recompute, one account's or agency's incremental recompute,
the weekly history, and excluding feedback from the score (with its preview).

Every write is set-based SQL from ``queries`` (INSERT … SELECT into ``reputation_weeks``,
then UPDATE … FROM onto accounts and agencies): no Python loop over contracts. Actions take
the session, never commit, and write their audit rows; ``now`` is always passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, true, update
from sqlalchemy.orm import Session

from trustdesk import audit
from trustdesk.marketplace.models import (
    Account,
    AccountKind,
    Agency,
    AgencyMembership,
    Contract,
    Feedback,
)
from trustdesk.reputation import queries
from trustdesk.reputation.models import ReputationWeek
from trustdesk.reputation.policy import CURRENT, ReputationPolicy, describe_change, direction
from trustdesk.reputation.queries import Moment, ReputationError, table, week_start
from trustdesk.reputation.schemas import ScoreChange, WhatIf

#: Called as steps finish: (what was done, steps done, steps in all).
Progress = Callable[[str, int, int], None]

__all__ = [
    "RecomputeSummary",
    "ReputationError",
    "exclude_feedback_from_jss",
    "preview_agency_exclusion",
    "preview_exclusion",
    "recompute_account",
    "recompute_agency",
    "recompute_all",
    "recompute_for_contracts",
    "record_history",
    "record_week",
]


@dataclass(frozen=True)
class RecomputeSummary:
    as_of: datetime
    week_start: date
    freelancers: int
    freelancers_with_score: int
    agencies: int
    agencies_with_score: int
    top_rated: int
    rising_talent: int


def _noop(_step: str, _done: int, _total: int) -> None:
    return None


# --------------------------------------------------------------------------------------
# Writing one week


def _clear_week(
    session: Session, week: date, subject_type: str | None = None, subject_id: int | None = None
) -> None:
    weeks = table(ReputationWeek)
    statement = delete(weeks).where(weeks.c.week_start == week)
    if subject_type is not None:
        statement = statement.where(
            weeks.c.subject_type == subject_type, weeks.c.subject_id == subject_id
        )
    session.execute(statement)


def _copy_onto_accounts(session: Session, moment: Moment, account_id: int | None = None) -> None:
    weeks = table(ReputationWeek)
    accounts = table(Account)
    statement = (
        update(accounts)
        .where(
            weeks.c.subject_type == "account",
            weeks.c.subject_id == accounts.c.id,
            weeks.c.week_start == week_start(moment.now),
        )
        .values(
            job_success_score=weeks.c.job_success_score,
            top_rated=weeks.c.top_rated_eligible,
            top_rated_plus=weeks.c.top_rated_plus_eligible,
            rising_talent=weeks.c.rising_talent_eligible,
        )
    )
    if account_id is not None:
        statement = statement.where(accounts.c.id == account_id)
    session.execute(statement)


def _copy_onto_agencies(session: Session, moment: Moment, agency_id: int | None = None) -> None:
    weeks = table(ReputationWeek)
    agencies = table(Agency)
    statement = (
        update(agencies)
        .where(
            weeks.c.subject_type == "agency",
            weeks.c.subject_id == agencies.c.id,
            weeks.c.week_start == week_start(moment.now),
        )
        .values(
            job_success_score=weeks.c.job_success_score,
            top_rated=weeks.c.top_rated_eligible,
            top_rated_plus=weeks.c.top_rated_plus_eligible,
        )
    )
    if agency_id is not None:
        statement = statement.where(agencies.c.id == agency_id)
    session.execute(statement)


def _exclusive_members_show_agency_score(
    session: Session,
    moment: Moment,
    *,
    account_id: int | None = None,
    agency_id: int | None = None,
) -> None:
    accounts = table(Account)
    memberships = table(AgencyMembership)
    agencies = table(Agency)
    statement = (
        update(accounts)
        .where(
            memberships.c.account_id == accounts.c.id,
            memberships.c.exclusive == true(),
            memberships.c.joined_at <= moment.now,
            or_(memberships.c.left_at.is_(None), memberships.c.left_at > moment.now),
            agencies.c.id == memberships.c.agency_id,
        )
        .values(job_success_score=agencies.c.job_success_score)
    )
    if account_id is not None:
        statement = statement.where(accounts.c.id == account_id)
    if agency_id is not None:
        statement = statement.where(agencies.c.id == agency_id)
    session.execute(statement)


def _write_week(session: Session, moment: Moment, progress: Progress, total: int) -> None:
    week = week_start(moment.now)
    _clear_week(session, week)
    progress("cleared this week's rows", 1, total)
    progress("scoring every freelancer and agency", 2, total)
    queries.week_insert(moment.now, policy=moment.policy).run(session)
    progress("scored every freelancer and agency", 3, total)


# --------------------------------------------------------------------------------------
# Recompute


def recompute_all(
    session: Session,
    now: datetime,
    *,
    actor: str = "system:reputation",
    progress: Progress | None = None,
    policy: ReputationPolicy = CURRENT,
) -> RecomputeSummary:
    """Recompute every freelancer's and agency's score and badges as of ``now``: this
    week's history rows, then the columns on accounts and agencies. Returns the counts."""
    report = progress or _noop
    moment = Moment(now, policy)
    total = 6
    _write_week(session, moment, report, total)
    _copy_onto_accounts(session, moment)
    report("updated accounts", 4, total)
    _copy_onto_agencies(session, moment)
    report("updated agencies", 5, total)
    _exclusive_members_show_agency_score(session, moment)
    report("exclusive members show their agency's score", 6, total)
    summary = _summary(session, moment)
    audit.record(
        session,
        actor=actor,
        action="reputation.recomputed",
        subject_type="reputation",
        subject_id="all",
        after={
            "as_of": now.isoformat(),
            "policy_version": policy.version,
            "freelancers": summary.freelancers,
            "freelancers_with_score": summary.freelancers_with_score,
            "agencies": summary.agencies,
            "agencies_with_score": summary.agencies_with_score,
            "top_rated": summary.top_rated,
            "rising_talent": summary.rising_talent,
        },
        at=now,
    )
    return summary


def _summary(session: Session, moment: Moment) -> RecomputeSummary:
    weeks = ReputationWeek
    rows = {
        row.subject_type: row
        for row in session.execute(
            select(
                weeks.subject_type,
                func.count().label("subjects"),
                func.count(weeks.job_success_score).label("scored"),
                func.count().filter(weeks.top_rated_eligible.is_(True)).label("top_rated"),
                func.count().filter(weeks.rising_talent_eligible.is_(True)).label("rising"),
            )
            .where(weeks.week_start == week_start(moment.now))
            .group_by(weeks.subject_type)
        )
    }
    accounts, agencies = rows.get("account"), rows.get("agency")
    return RecomputeSummary(
        as_of=moment.now,
        week_start=week_start(moment.now),
        freelancers=accounts.subjects if accounts else 0,
        freelancers_with_score=accounts.scored if accounts else 0,
        agencies=agencies.subjects if agencies else 0,
        agencies_with_score=agencies.scored if agencies else 0,
        top_rated=(accounts.top_rated if accounts else 0) + (agencies.top_rated if agencies else 0),
        rising_talent=accounts.rising if accounts else 0,
    )


def record_history(
    session: Session,
    now: datetime,
    weeks: int,
    *,
    progress: Progress | None = None,
    policy: ReputationPolicy = CURRENT,
) -> int:
    """Compute the ``weeks`` weeks before ``now`` as they stood then (the My Stats chart and
    the Top Rated eligible weeks read them), without touching the current badges."""
    report = progress or _noop
    for index in range(weeks, 0, -1):
        as_of = now - timedelta(weeks=index)
        record_week(session, as_of, policy=policy)
        report(f"week of {week_start(as_of)}", weeks - index + 1, weeks)
    return weeks


def record_week(session: Session, as_of: datetime, *, policy: ReputationPolicy = CURRENT) -> None:
    """Write the history row of every freelancer and agency for the week of ``as_of``, as
    things stood at that moment."""
    _write_week(session, Moment(as_of, policy), _noop, 3)


def _snapshot(session: Session, subject_type: str, subject_id: int) -> dict[str, Any]:
    row: Account | Agency | None = (
        session.get(Account, subject_id)
        if subject_type == "account"
        else session.get(Agency, subject_id)
    )
    if row is None:
        return {}
    return {
        "job_success_score": row.job_success_score,
        "top_rated": row.top_rated,
        "top_rated_plus": row.top_rated_plus,
        "rising_talent": getattr(row, "rising_talent", False),
    }


def _recompute_one(
    session: Session,
    subject_type: str,
    subject_id: int,
    now: datetime,
    actor: str,
    policy: ReputationPolicy,
    reason: str,
) -> ScoreChange:
    moment = Moment(now, policy)
    before = _snapshot(session, subject_type, subject_id)
    if not before:
        field = "agency_id" if subject_type == "agency" else "account_id"
        raise ReputationError(f"{field}: {subject_type} {subject_id} does not exist")
    session.flush()
    _clear_week(session, week_start(now), subject_type, subject_id)
    if subject_type == "agency":
        queries.week_insert(now, subject_type="agency", subject_id=subject_id, policy=policy).run(
            session
        )
        _copy_onto_agencies(session, moment, subject_id)
        _exclusive_members_show_agency_score(session, moment, agency_id=subject_id)
        name = session.get(Agency, subject_id).name  # type: ignore[union-attr]
    else:
        queries.week_insert(now, subject_type="account", subject_id=subject_id, policy=policy).run(
            session
        )
        _copy_onto_accounts(session, moment, subject_id)
        _exclusive_members_show_agency_score(session, moment, account_id=subject_id)
        name = session.get(Account, subject_id).display_name  # type: ignore[union-attr]
    stale: Account | Agency | None = (
        session.get(Account, subject_id)
        if subject_type == "account"
        else session.get(Agency, subject_id)
    )
    if stale is not None:
        session.refresh(stale)  # the UPDATE above went round the ORM
    after = _snapshot(session, subject_type, subject_id)
    if after != before:
        audit.record(
            session,
            actor=actor,
            action="reputation.recomputed",
            subject_type=subject_type,
            subject_id=subject_id,
            before=before,
            after=after,
            reason=reason,
            at=now,
        )
    old = _whole(before["job_success_score"])
    new = _whole(after["job_success_score"])
    return ScoreChange(
        subject_type="agency" if subject_type == "agency" else "account",
        subject_id=subject_id,
        name=name,
        before=old,
        after=new,
        direction=direction(old, new),
        summary=describe_change(old, new),
    )


def _whole(value: float | None) -> int | None:
    return None if value is None else round(value)


def recompute_account(
    session: Session,
    account_id: int,
    now: datetime,
    *,
    actor: str = "system:reputation",
    reason: str = "",
    policy: ReputationPolicy = CURRENT,
) -> ScoreChange:
    """Recompute one freelancer's score and badges (its contracts or feedback changed);
    returns the score before and after. Audited when anything changed."""
    return _recompute_one(session, "account", account_id, now, actor, policy, reason)


def recompute_agency(
    session: Session,
    agency_id: int,
    now: datetime,
    *,
    actor: str = "system:reputation",
    reason: str = "",
    policy: ReputationPolicy = CURRENT,
) -> ScoreChange:
    """Recompute one agency's score and badges, and the score its exclusive members show."""
    return _recompute_one(session, "agency", agency_id, now, actor, policy, reason)


def recompute_for_contracts(
    session: Session,
    contract_ids: Sequence[int],
    now: datetime,
    *,
    actor: str = "system:reputation",
    reason: str = "",
    policy: ReputationPolicy = CURRENT,
) -> list[ScoreChange]:
    """Recompute whoever owns the score of these contracts: the freelancer for contracts
    done alone, the agency for contracts done through one."""
    owners = session.execute(
        select(Contract.freelancer_id, Contract.agency_id)
        .where(Contract.id.in_(list(contract_ids)))
        .distinct()
    ).all()
    subjects = sorted(
        {("agency", agency) if agency is not None else ("account", fl) for fl, agency in owners}
    )
    return [
        _recompute_one(session, kind, subject, now, actor, policy, reason)
        for kind, subject in subjects
    ]


#: Pushed records that change a contract's place in the score, and whose contract it is.
_CONTRACT_OF: dict[str, str] = {
    "contracts": "external_id",
    "payments": "contract",
    "refunds": "contract",
    "disputes": "contract",
    "feedback": "contract",
}
#: Pushed records that change an account's badges: a hold. (A pushed account keeps the
#: badges it carries until the next full recompute.)
_ACCOUNT_OF: dict[str, str] = {"holds": "account"}


def recompute_after_sync(
    session: Session,
    entity: str,
    records: Sequence[Any],
    now: datetime,
    *,
    actor: str,
    policy: ReputationPolicy = CURRENT,
) -> list[ScoreChange]:
    """The incremental recompute after the marketplace pushed ``records`` of ``entity``:
    whoever owns the score of the contracts they touch, and the freelancers whose holds
    changed. Entities that change no score recompute nothing (the daily full
    recompute covers the rest)."""
    reason = f"the marketplace pushed {len(records)} {entity}"
    if entity in _CONTRACT_OF:
        references = {getattr(record, _CONTRACT_OF[entity]) for record in records}
        contract_ids = session.scalars(
            select(Contract.id).where(Contract.external_id.in_(references))
        ).all()
        return recompute_for_contracts(
            session, contract_ids, now, actor=actor, reason=reason, policy=policy
        )
    if entity in _ACCOUNT_OF:
        references = {getattr(record, _ACCOUNT_OF[entity]) for record in records}
        account_ids = session.scalars(
            select(Account.id).where(
                Account.external_id.in_(references), Account.kind == AccountKind.FREELANCER
            )
        ).all()
        return [
            recompute_account(session, account_id, now, actor=actor, reason=reason, policy=policy)
            for account_id in sorted(account_ids)
        ]
    return []


# --------------------------------------------------------------------------------------
# Exclusions


def _check_feedback(
    session: Session, subject_type: str, subject_id: int, feedback_ids: Sequence[int]
) -> list[Any]:
    if not feedback_ids:
        raise ReputationError("exclude_feedback: name at least one feedback id")
    owners = {row.id: row for row in queries.feedback_owners(session, feedback_ids)}
    for feedback_id in feedback_ids:
        row = owners.get(feedback_id)
        if row is None:
            raise ReputationError(f"exclude_feedback: feedback {feedback_id} does not exist")
        if row.direction != "client_to_freelancer":
            raise ReputationError(
                f"exclude_feedback: feedback {feedback_id} was left by the freelancer; only a "
                "client's feedback counts toward the Job Success Score"
            )
        mine = (
            row.agency_id == subject_id
            if subject_type == "agency"
            else row.freelancer_id == subject_id
        )
        if not mine:
            raise ReputationError(
                f"exclude_feedback: feedback {feedback_id} is not on a contract of "
                f"{subject_type} {subject_id}"
            )
    return [owners[feedback_id] for feedback_id in feedback_ids]


def _change(
    subject_type: str, subject_id: int, name: str, old: int | None, new: int | None
) -> ScoreChange:
    return ScoreChange(
        subject_type="agency" if subject_type == "agency" else "account",
        subject_id=subject_id,
        name=name,
        before=old,
        after=new,
        direction=direction(old, new),
        summary=describe_change(old, new),
    )


def _preview(
    session: Session,
    subject_type: str,
    subject_id: int,
    feedback_ids: Sequence[int],
    now: datetime,
    policy: ReputationPolicy,
) -> WhatIf:
    owners = _check_feedback(session, subject_type, subject_id, feedback_ids)
    ids = tuple(dict.fromkeys(feedback_ids))
    # The same queries as the recompute: the score as it is, then with the exclusion.
    before = queries.score_with_exclusions(session, subject_type, subject_id, now, (), policy)
    after = queries.explain(
        session, subject_type, subject_id, now, excluded_feedback_ids=ids, policy=policy
    )
    others: list[ScoreChange] = []
    if subject_type == "account":
        for agency_id in sorted({row.agency_id for row in owners if row.agency_id is not None}):
            agency = session.get(Agency, agency_id)
            others.append(
                _change(
                    "agency",
                    agency_id,
                    agency.name if agency is not None else str(agency_id),
                    queries.score_with_exclusions(session, "agency", agency_id, now, (), policy),
                    queries.score_with_exclusions(session, "agency", agency_id, now, ids, policy),
                )
            )
    return WhatIf(
        excluded_feedback_ids=ids,
        change=_change(subject_type, subject_id, after.name, before, after.job_success_score),
        other_changes=tuple(others),
        after=after,
    )


def preview_exclusion(
    session: Session,
    account_id: int,
    feedback_ids: Sequence[int],
    now: datetime,
    *,
    policy: ReputationPolicy = CURRENT,
) -> WhatIf:
    """What excluding these feedback ids from the score would do to a freelancer's score
    (and to the agencies that own contracts among them), computed by the same queries
    as the recompute; nothing is written. Raises ``ReputationError`` naming the field."""
    return _preview(session, "account", account_id, feedback_ids, now, policy)


def preview_agency_exclusion(
    session: Session,
    agency_id: int,
    feedback_ids: Sequence[int],
    now: datetime,
    *,
    policy: ReputationPolicy = CURRENT,
) -> WhatIf:
    """The what-if for an agency's score (feedback on contracts done through it)."""
    return _preview(session, "agency", agency_id, feedback_ids, now, policy)


def exclude_feedback_from_jss(
    session: Session,
    feedback_ids: Sequence[int],
    *,
    decision_id: int | None,
    actor: str,
    now: datetime,
    reason: str = "",
    policy: ReputationPolicy = CURRENT,
) -> list[ScoreChange]:
    """Exclude client feedback from the Job Success Score (a support decision), audit each
    one, and recompute whoever owns the score of its contract. Returns the changes."""
    rows = list(session.scalars(select(Feedback).where(Feedback.id.in_(list(feedback_ids)))))
    found = {row.id for row in rows}
    for feedback_id in feedback_ids:
        if feedback_id not in found:
            raise ReputationError(f"exclude_feedback: feedback {feedback_id} does not exist")
    for row in rows:
        if row.direction != "client_to_freelancer":
            raise ReputationError(
                f"exclude_feedback: feedback {row.id} was left by the freelancer; only a "
                "client's feedback counts toward the Job Success Score"
            )
        before = {
            "excluded_from_jss": row.excluded_from_jss,
            "excluded_by_decision_id": row.excluded_by_decision_id,
        }
        row.excluded_from_jss = True
        row.excluded_by_decision_id = decision_id
        audit.record(
            session,
            actor=actor,
            action="reputation.feedback_excluded",
            subject_type="feedback",
            subject_id=row.id,
            before=before,
            after={"excluded_from_jss": True, "excluded_by_decision_id": decision_id},
            reason=reason,
            decision_id=decision_id,
            at=now,
        )
    session.flush()
    return recompute_for_contracts(
        session,
        sorted({row.contract_id for row in rows}),
        now,
        actor=actor,
        reason=reason or "feedback excluded from the Job Success Score",
        policy=policy,
    )
