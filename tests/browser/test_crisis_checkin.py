"""The crisis check-in in the browser: a team lead sends the targeted email, the
freelancer follows the link from the outbox, checks in asking to notify their clients
and to go private; the clients' emails are in the outbox and the profile is hidden from a
logged-out visitor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests import factories
from tests.browser.conftest import Desk
from tests.browser.test_agent_console import log_in
from tests.integration.crisis.helpers import CHECK_IN_LINK
from trustdesk.crisis import actions
from trustdesk.crisis.models import CrisisKind
from trustdesk.desk.models import OutboundEmail
from trustdesk.marketplace.models import ContractStatus
from trustdesk.staff.actions import create_api_token
from trustdesk.staff.models import Scope

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def crisis(browser_sessions: sessionmaker[Session]) -> dict[str, object]:
    with browser_sessions() as session, session.begin():
        event = actions.create_event(
            session,
            name="Typhoon Mayumi",
            kind=CrisisKind.NATURAL_DISASTER,
            regions="PH-CEB, PH-BOH, PH-LEY, PH-SLE",
            starts_on=date(2026, 10, 24),
            ends_on=None,
            actor="test",
        )
        freelancer = factories.account(
            session,
            first_name="Rosa",
            last_name="Villanueva",
            email="rosa@example.test",
            country="PH",
            region="PH-CEB",
            city="Cebu City",
            title="Bookkeeper",
            hourly_rate_cents=1800,
            skills=["QuickBooks", "Xero"],
        )
        clients = [
            factories.client_account(session, first_name=name, email=f"{name.lower()}@client.test")
            for name in ("Olivia", "Hugo")
        ]
        for index, client in enumerate(clients):
            factories.contract(
                session,
                client,
                freelancer,
                status=ContractStatus.OPEN,
                title=("Monthly books", "Payroll")[index],
            )
        token = create_api_token(
            session, name="marketplace", scopes=[Scope.MIRROR_READ], actor="test"
        )
        return {
            "event": event.id,
            "freelancer": freelancer.external_id,
            "clients": [client.email for client in clients],
            "token": token.secret,
        }


def _outbox(sessions: sessionmaker[Session], address: str) -> list[OutboundEmail]:
    with sessions() as session:
        return list(
            session.scalars(
                select(OutboundEmail)
                .where(OutboundEmail.to_address == address)
                .order_by(OutboundEmail.id)
            )
        )


def test_targeted_email_to_check_in_to_client_emails_and_a_hidden_profile(
    page: Page,
    browser: Browser,
    live_server: str,
    desk: Desk,
    screenshots: Path,
    crisis: dict[str, object],
    browser_sessions: sessionmaker[Session],
) -> None:
    # The team lead previews the outreach and sends it; the page follows it to "Done".
    log_in(page, desk.team_lead.email)
    page.get_by_role("link", name="Crisis").click()
    page.get_by_role("link", name="Typhoon Mayumi").click()
    expect(page.locator("[data-impacted]")).to_have_text("1")
    page.locator("[data-start-outreach]").click()
    expect(page.locator("[data-outreach-status]")).to_have_text("Done")
    expect(page.locator("[data-outreach-sent]")).to_have_text("1")
    page.screenshot(path=screenshots / "crisis-event-outreach.png", full_page=True)

    # The freelancer follows the link in the targeted email, logged out.
    (targeted,) = _outbox(browser_sessions, "rosa@example.test")
    match = CHECK_IN_LINK.search(targeted.body)
    assert match
    freelancer_context = browser.new_context(base_url=live_server)
    freelancer = freelancer_context.new_page()
    freelancer.goto(f"/check-in/{match.group(1)}")
    expect(freelancer.get_by_role("heading", level=1)).to_contain_text("how are you doing, Rosa?")
    freelancer.get_by_label("I have no or unreliable power").check()
    freelancer.get_by_label("Anything else you would like us to know").fill(
        "The whole province has been without power since the typhoon."
    )
    freelancer.locator("input[name=notify_clients]").check()
    freelancer.locator("input[name=profile_private]").check()
    freelancer.screenshot(path=screenshots / "crisis-check-in-form.png", full_page=True)
    freelancer.get_by_role("button", name="Check in").click()
    confirmation = freelancer.locator("#confirmation")
    expect(confirmation).to_contain_text("your check-in is recorded")
    expect(confirmation.locator("[data-confirm=notify]")).to_contain_text("(2 so far)")
    expect(confirmation.locator("[data-confirm=private]")).to_contain_text("now private")
    freelancer.screenshot(path=screenshots / "crisis-check-in-confirmation.png", full_page=True)

    # Each client with an active contract has the automated email in the outbox.
    for address in crisis["clients"]:  # type: ignore[attr-defined]
        (email,) = _outbox(browser_sessions, address)
        assert "impacted by Typhoon Mayumi" in email.subject
        assert "be patient and expect some delays" in email.body

    # The profile, as the marketplace reads it: closed to a logged-out visitor, limited for
    # a logged-in one, gone from search.
    headers = {"Authorization": f"Bearer {crisis['token']}"}
    profile_url = f"/api/v1/profiles/{crisis['freelancer']}"
    anonymous = freelancer.request.get(profile_url, headers=headers)
    logged_in = freelancer.request.get(f"{profile_url}?viewer=logged_in", headers=headers)
    search = freelancer.request.get("/api/v1/profiles?q=rosa", headers=headers)
    assert anonymous.status == 404
    assert logged_in.json()["limited"] is True
    assert logged_in.json()["skills"] is None
    assert search.json()["total"] == 0
    freelancer_context.close()

    page.goto(f"/crisis/profiles/{crisis['freelancer']}")
    expect(page.locator("[data-profile-hidden]")).to_contain_text("The profile is private")
    page.screenshot(path=screenshots / "crisis-profile-logged-out.png", full_page=True)
    page.goto(f"/crisis/profiles/{crisis['freelancer']}?viewer=logged_in")
    expect(page.locator("[data-name]")).to_have_text("Rosa V.")
    page.goto(f"/crisis/events/{crisis['event']}")
    expect(page.locator("#check-ins")).to_contain_text("Rosa Villanueva")
    expect(page.locator("#check-ins")).to_contain_text("private")
