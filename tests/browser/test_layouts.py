"""Layouts that must hold in headless Chromium: long text wraps inside the ticket's details
card, and the public Feedback Removal Request form fits a phone's width."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy.orm import Session, sessionmaker

from tests import factories
from tests.browser.conftest import Desk
from tests.browser.test_agent_console import log_in
from trustdesk.crisis.models import CrisisEvent, CrisisKind
from trustdesk.desk import actions
from trustdesk.desk.models import Channel
from trustdesk.feedback_removal.actions import request_link

pytestmark = pytest.mark.browser

PHONE_WIDTH = 390
LONG_EMAIL = "maximiliana.featherstonehaugh-worthington@freelance-studio-collective.example.test"


@pytest.fixture
def phone_page(browser: Browser, live_server: str) -> Iterator[Page]:
    context = browser.new_context(
        base_url=live_server, viewport={"width": PHONE_WIDTH, "height": 844}
    )
    context.set_default_timeout(5_000)
    yield context.new_page()
    context.close()


def _overflow(page: Page, selector: str) -> int:
    """How many pixels the widest child of ``selector`` runs past its right edge."""
    return int(
        page.eval_on_selector(
            selector,
            """card => {
                const edge = card.getBoundingClientRect().right;
                let widest = edge;
                for (const child of card.querySelectorAll("*")) {
                    widest = Math.max(widest, child.getBoundingClientRect().right);
                }
                return Math.ceil(widest - edge);
            }""",
        )
    )


def test_a_long_email_and_category_wrap_inside_the_ticket_card(
    page: Page, desk: Desk, browser_sessions: sessionmaker[Session], screenshots: Path
) -> None:
    with browser_sessions() as session, session.begin():
        requester = factories.account(
            session, first_name="Maximiliana", last_name="Worthington", email=LONG_EMAIL
        )
        ticket = actions.open_ticket(
            session,
            subject="Where did my withdrawal go?",
            body="It has been pending for a week.",
            channel=Channel.EMAIL,
            actor="test",
            requester_account=requester,
            category_slug="contact_information_request",
        )

    log_in(page, desk.agent.email)
    page.goto(f"/tickets/{ticket.id}")
    card = 'section[aria-labelledby="properties-heading"]'
    expect(page.locator(card)).to_contain_text(LONG_EMAIL)
    page.screenshot(path=screenshots / "ticket-long-email.png", full_page=True)
    assert _overflow(page, card) <= 0


def test_the_feedback_removal_form_fits_a_phone(
    phone_page: Page, desk: Desk, browser_sessions: sessionmaker[Session], screenshots: Path
) -> None:
    with browser_sessions() as session, session.begin():
        session.add(
            CrisisEvent(
                name="Typhoon Odessa and the floods and landslides that followed it",
                kind=CrisisKind.NATURAL_DISASTER,
                regions=["PH-CEB"],
                starts_on=date(2026, 10, 20),
                ends_on=None,
                created_by="test",
            )
        )
        freelancer = factories.account(
            session, first_name="Lorna", email="lorna.phone@example.test", region="PH-CEB"
        )
        contract = factories.contract(
            session,
            factories.client_account(session),
            freelancer,
            title="Full redesign of the e-commerce storefront, checkout flow and admin dashboards",
            started_at=datetime(2026, 9, 1, tzinfo=UTC),
            ended_at=datetime(2026, 10, 30, tzinfo=UTC),
        )
        factories.feedback(
            session,
            contract,
            public_rating=1.5,
            public_comment="Disappeared for two weeks, missed every deadline we had agreed "
            "on and never explained why the work stopped halfway through the project.",
            left_at=datetime(2026, 10, 31, tzinfo=UTC),
        )

    phone_page.goto("/" + request_link(freelancer.id).split("/", 3)[3])
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Feedback Removal Request")
    phone_page.screenshot(path=screenshots / "feedback-removal-phone.png", full_page=True)
    widths = phone_page.evaluate(
        """() => ({
            page: document.documentElement.scrollWidth,
            viewport: window.innerWidth,
            select: document.getElementById("feedback").getBoundingClientRect().width,
        })"""
    )
    assert widths["viewport"] == PHONE_WIDTH
    assert widths["page"] <= widths["viewport"], widths
    assert widths["select"] < PHONE_WIDTH, widths
