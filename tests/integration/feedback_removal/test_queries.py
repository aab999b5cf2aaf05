"""How a completed request ended, as the panel on its ticket tells it: read from the
approval's audit row, its score before and after, never from the words of a summary."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests import factories
from tests.integration.feedback_removal.conftest import NOW, Case, file_request
from trustdesk import audit
from trustdesk.audit import AuditEvent
from trustdesk.feedback_removal import actions, queries
from trustdesk.feedback_removal.models import RemovalRequest, RemovalStatus
from trustdesk.reputation import actions as reputation
from trustdesk.staff.models import StaffUser


def _approval_row(session: Session, request: RemovalRequest) -> AuditEvent:
    return session.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "feedback_removal.approve",
            AuditEvent.subject_id == str(request.ticket_id),
        )
    ).one()


def _approved_on_record(
    session: Session,
    case: Case,
    agent: StaffUser,
    *,
    before: dict[str, object] | None,
    after: dict[str, object],
) -> RemovalRequest:
    """A request approved with the whole JSS scope, whose audit row says ``before`` and
    ``after``: the panel has only the row to go by."""
    request = file_request(session, case)
    assert request.scope == "profile_and_jss"
    request.status = RemovalStatus.REMOVED
    audit.record(
        session,
        at=NOW,
        actor=f"staff:{agent.email}",
        action="feedback_removal.approve",
        subject_type="ticket",
        subject_id=request.ticket_id,
        before=before,
        after=after,
    )
    session.flush()
    return request


def test_the_approval_audits_the_score_before_and_after(
    session: Session, case: Case, agent: StaffUser
) -> None:
    request = file_request(session, case)

    [change] = actions.approve_removal(session, request, actor=agent, now=NOW)

    row = _approval_row(session, request)
    assert row.before == {"job_success_score": change.before}
    assert row.after == {
        "feedback": case.feedback.id,
        "scope": "profile_and_jss",
        "job_success_score": change.after,
    }


def test_rewording_the_score_summary_leaves_the_outcome_as_it_was(
    session: Session, case: Case, agent: StaffUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(2):  # enough other clients that the score is shown before and after
        good = factories.contract(session, factories.client_account(session), case.freelancer)
        factories.payment(session, good, 50_000)
        factories.feedback(session, good)
    reputation.recompute_account(session, case.freelancer.id, NOW)
    request = file_request(session, case)
    monkeypatch.setattr(
        reputation, "describe_change", lambda before, after: f"Score: {before} ⇒ {after}"
    )

    [change] = actions.approve_removal(session, request, actor=agent, now=NOW)

    assert change.summary.startswith("Score: ")
    assert change.before is not None
    assert change.after is not None
    assert change.after > change.before
    outcome = queries.outcome_of(session, request)
    assert outcome is not None
    assert outcome.score_changes == (f"raised from {change.before} to {change.after}",)


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        (84, 89, "raised from 84 to 89"),
        (84, 80, "lowered from 84 to 80"),
        (None, 80, "went from no score to 80"),
        (80, None, "went from 80 to no score"),
        (84, 84, "unchanged (84)"),
    ],
)
def test_the_outcome_says_how_the_score_moved(
    session: Session,
    case: Case,
    agent: StaffUser,
    before: int | None,
    after: int | None,
    said: str,
) -> None:
    request = _approved_on_record(
        session,
        case,
        agent,
        before={"job_success_score": before},
        after={"scope": "profile_and_jss", "job_success_score": after},
    )

    outcome = queries.outcome_of(session, request)

    assert outcome is not None
    assert outcome.score_changes == (said,)


def test_an_approval_audited_before_the_score_was_stored_shows_its_summary_as_written(
    session: Session, case: Case, agent: StaffUser
) -> None:
    request = _approved_on_record(
        session,
        case,
        agent,
        before=None,
        after={"scope": "profile_and_jss", "jss": ["raises 84 → 89"]},
    )

    outcome = queries.outcome_of(session, request)

    assert outcome is not None
    assert outcome.score_changes == ("raises 84 → 89",)
