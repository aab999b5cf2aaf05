"""The demo's crisis cases filed as requests come out as the playbook says."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from trustdesk.crisis.demo import seed_demo_crisis
from trustdesk.desk.seed import seed_desk
from trustdesk.feedback_removal.demo import seed_demo_removals
from trustdesk.marketplace.demo import DemoSize, generate_demo


def test_the_demo_requests_cover_each_outcome(session: Session) -> None:
    summary = generate_demo(DemoSize.TINY, today=date(2026, 11, 21), progress=False)
    seed_desk(session)
    now = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    event = seed_demo_crisis(session, summary, now)
    filed = seed_demo_removals(session, summary, event, now)
    outcomes = [(request.outcome, request.scope) for request in filed]
    assert outcomes == [
        ("approve", "profile_and_jss"),
        ("approve", "profile_only"),
        ("needs_team_lead", "profile_and_jss"),
        ("decline", None),
    ]
    assert seed_demo_removals(session, summary, event, now) == []  # filed once
