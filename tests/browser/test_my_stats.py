"""My Stats in the browser: staff open a freelancer's page from the account view, and an
agency owner opens the agency's page through the signed link support sends."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy.orm import Session, sessionmaker

from tests import factories
from tests.browser.conftest import Desk
from tests.browser.test_agent_console import log_in
from tests.integration.reputation.helpers import ContractSpec, build
from trustdesk.db import utcnow
from trustdesk.reputation import actions
from trustdesk.reputation.web import my_stats_link

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def reputation(browser_sessions: sessionmaker[Session]) -> dict[str, int]:
    now = utcnow()
    with browser_sessions() as session, session.begin():
        freelancer = factories.account(
            session, first_name="Lea", last_name="Reyes", last_active_at=now - timedelta(days=2)
        )
        agency = factories.agency(session, name="Harbor Pixel Works", last_active_at=now)
        member = factories.account(session, first_name="Jun", last_name="Cruz")
        factories.membership(
            session,
            agency,
            member,
            joined_at=now - timedelta(days=700),
            left_at=now - timedelta(days=20),
        )
        clients: dict[str, object] = {}
        specs = [
            ContractSpec("A", 20, 1800, paid_days=120),
            ContractSpec("B", 120, 900, paid_days=60),
            ContractSpec("C", 200, 400, rating=2.0, private=3),
            ContractSpec("D", 300, 300),
            ContractSpec("E", 400, 2500, paid_days=200, rating=4.2, private=7),
            ContractSpec("F", None, 4000, paid_days=210),
            ContractSpec("G", 45, 200, rating=None, private=None),
        ]
        build(session, freelancer, specs, now, clients)  # type: ignore[arg-type]
        build(session, member, specs[:5], now, clients, agency)  # type: ignore[arg-type]
        session.flush()
        for weeks_back in range(100, 0, -3):
            actions.record_week(session, now - timedelta(weeks=weeks_back))
        actions.recompute_all(session, now)
        return {"freelancer": freelancer.id, "agency": agency.id}


def test_staff_open_a_freelancers_my_stats_from_the_account_view(
    page: Page, desk: Desk, screenshots: Path, reputation: dict[str, int]
) -> None:
    log_in(page, desk.agent.email)
    page.goto(f"/accounts/{reputation['freelancer']}")
    panel = page.locator("#reputation")
    expect(panel.locator("[data-jss]")).to_contain_text("%")
    expect(panel).to_contain_text("raises")
    page.get_by_role("link", name="My Stats and every contract, with why it counts").click()
    expect(page.get_by_role("heading", name="My Stats")).to_be_visible()
    expect(page.locator("svg.jss-chart polyline").first).to_be_visible()
    expect(page.locator("#stat-weeks")).to_contain_text("/ 16")
    expect(page.locator("tr.not-counted").first).to_contain_text("without feedback")
    page.screenshot(path=screenshots / "my-stats-freelancer.png", full_page=True)


def test_an_agency_opens_its_my_stats_through_a_signed_link(
    page: Page, screenshots: Path, reputation: dict[str, int]
) -> None:
    link = my_stats_link("agency", reputation["agency"])
    page.goto(link[link.index("/my-stats/") :])
    expect(page.get_by_role("heading", name="My Stats")).to_contain_text("Harbor Pixel Works")
    expect(page.locator("#stat-jss .value")).to_contain_text("%")
    expect(page.locator("#what-if")).to_have_count(0)
    expect(page.locator("tbody tr.counted").first).to_contain_text("Counts toward")
    page.screenshot(path=screenshots / "my-stats-agency.png", full_page=True)
