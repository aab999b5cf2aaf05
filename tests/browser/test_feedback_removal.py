"""The crisis Feedback Removal Request in headless Chromium: the freelancer fills the form
through their signed link, the agent opens the ticket with the review's criteria and the
what-if score, approves in one click, and the JSS is recomputed, the account note written
and the outcome emailed."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests import factories
from tests.browser.conftest import Desk
from tests.browser.test_agent_console import log_in
from trustdesk.crisis.models import CrisisEvent, CrisisKind
from trustdesk.feedback_removal.actions import request_link
from trustdesk.feedback_removal.models import RemovalRequest
from trustdesk.marketplace.models import Account, AccountNote, Feedback
from trustdesk.reputation import actions as reputation

pytestmark = pytest.mark.browser


def _impacted_freelancer(sessions: sessionmaker[Session]) -> tuple[Account, Feedback]:
    with sessions() as session, session.begin():
        session.add(
            CrisisEvent(
                name="Typhoon Mayumi",
                kind=CrisisKind.NATURAL_DISASTER,
                regions=["PH-CEB", "PH-BOH"],
                starts_on=date(2026, 10, 20),
                ends_on=None,
                created_by="test",
            )
        )
        freelancer = factories.account(
            session, first_name="Lorna", email="lorna@example.test", region="PH-CEB"
        )
        for _ in range(2):  # two good contracts, so the score is shown before and after
            good = factories.contract(session, factories.client_account(session), freelancer)
            factories.payment(session, good, 60_000)
            factories.feedback(session, good)
        hit = factories.contract(
            session,
            factories.client_account(session),
            freelancer,
            started_at=datetime(2026, 9, 1, tzinfo=UTC),
            ended_at=datetime(2026, 10, 30, tzinfo=UTC),
        )
        factories.payment(session, hit, 90_000)
        feedback = factories.feedback(
            session,
            hit,
            public_rating=1.5,
            private_score=2,
            public_comment="Disappeared for two weeks and missed every deadline.",
            left_at=datetime(2026, 10, 31, tzinfo=UTC),
        )
        reputation.recompute_account(session, freelancer.id, datetime.now(UTC))
    return freelancer, feedback


def test_request_form_to_ticket_to_one_click_removal(
    page: Page, desk: Desk, browser_sessions: sessionmaker[Session], screenshots: Path
) -> None:
    freelancer, feedback = _impacted_freelancer(browser_sessions)
    script_errors: list[str] = []
    page.on("pageerror", lambda error: script_errors.append(str(error)))

    page.goto("/" + request_link(freelancer.id).split("/", 3)[3])
    event = page.get_by_label("The global event that impacted you")
    event.select_option(index=1)
    expect(event).to_contain_text("Typhoon Mayumi")
    page.get_by_label("I confirm that I was impacted by this event").check()
    page.get_by_label("The feedback you ask us to remove").select_option(str(feedback.id))
    page.get_by_label("Contract ID").fill("wrong-id")
    page.get_by_label("Why should this feedback be removed?").fill(
        "The typhoon cut power and internet in Cebu for two weeks."
    )
    page.get_by_role("button", name="Send my request").click()
    expect(page.locator('[data-error-for="contract_reference"]')).to_contain_text("does not match")
    with browser_sessions() as session:
        contract_reference = session.get(Feedback, feedback.id).contract.external_id  # type: ignore[union-attr]
    page.get_by_label("Contract ID").fill(contract_reference)
    page.get_by_role("button", name="Send my request").click()
    expect(page.locator("[data-submitted]")).to_contain_text("generally within 48 hours")
    page.screenshot(path=screenshots / "feedback-removal-submitted.png", full_page=True)

    with browser_sessions() as session:
        filed = session.scalars(
            select(RemovalRequest).where(RemovalRequest.feedback_id == feedback.id)
        ).one()
        ticket_id = filed.ticket_id
        score_before = session.get(Account, freelancer.id).job_success_score  # type: ignore[union-attr]

    log_in(page, desk.agent.email)
    page.goto(f"/tickets/{ticket_id}")
    panel = page.locator("[data-removal]")
    expect(panel.locator("[data-removal-outcome]")).to_contain_text("approve")
    expect(panel.locator("[data-removal-criteria]")).to_contain_text(
        "Feedback was left during the period of impact"
    )
    expect(panel.locator("[data-what-if]")).to_contain_text(re.compile(r"raises \d+ → \d+"))
    page.screenshot(path=screenshots / "feedback-removal-review.png", full_page=True)
    panel.locator("[data-approve-removal]").click()
    expect(page.locator("[data-removal-status]")).to_have_text("Removed")
    expect(page.locator(".comment-card").last).to_contain_text(
        "cannot guarantee a specific impact to your JSS"
    )
    page.screenshot(path=screenshots / "feedback-removal-done.png", full_page=True)

    page.goto(f"/accounts/{freelancer.id}")
    expect(page.locator("body")).to_contain_text(
        f"Crisis Feedback Removal: Assignment {contract_reference}"
    )
    page.goto("/outbox")
    expect(page.locator("table.outbox")).to_contain_text("lorna@example.test")
    with browser_sessions() as session:
        account = session.get(Account, freelancer.id)
        assert account is not None
        assert account.job_success_score is not None
        assert score_before is not None
        assert account.job_success_score > score_before
        notes = session.scalars(select(AccountNote).where(AccountNote.account_id == freelancer.id))
        assert [note.text for note in notes] == [
            f"Crisis Feedback Removal: Assignment {contract_reference}"
        ]
    assert script_errors == []
