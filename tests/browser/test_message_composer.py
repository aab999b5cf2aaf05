"""The demo message composer: typing a phone number shows the nudge live, and nothing is
recorded (it is a dry run)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.browser.conftest import Desk
from tests.browser.test_agent_console import log_in
from trustdesk.messaging.models import MessagePolicyStrike

pytestmark = pytest.mark.browser


def test_typing_a_phone_number_shows_the_nudge_live_and_records_nothing(
    page: Page, desk: Desk, screenshots: Path, browser_sessions: sessionmaker[Session]
) -> None:
    script_errors: list[str] = []
    page.on("pageerror", lambda error: script_errors.append(str(error)))
    log_in(page, desk.agent.email)
    page.goto("/messages/composer")

    result = page.locator("[data-result]")
    expect(result.locator("[data-action]")).to_have_text("allow")
    page.get_by_label("Stage").select_option(label="Before a contract")
    page.get_by_label("Job category").fill("Web development")
    page.get_by_label("Message", exact=True).press_sequentially(
        "Sounds good! Call me on +44 7911 123456"
    )

    expect(result.locator("[data-action]")).to_have_text("nudge")
    expect(result.locator("[data-kinds]")).to_have_text("phone")
    expect(result.locator('mark[data-kind="phone"]')).to_have_text("+44 7911 123456")
    expect(result.locator("[data-nudge]")).to_contain_text("Messages video or voice call")
    page.screenshot(path=screenshots / "message-composer.png", full_page=True)

    # During a contract the same details are fine in the contract's room.
    page.get_by_label("Stage").select_option(label="During an active contract")
    expect(result.locator("[data-action]")).to_have_text("allow")
    expect(result.locator("[data-nudge]")).to_be_hidden()

    # An unknown sender is the problem, named as the form labels it, next to the field too.
    sender = page.get_by_label("Sender account (external id, optional)")
    sender.fill("nobody-here")
    expect(result.locator("[data-error]")).to_have_text(
        "Not checked: Sender account: no account has the external id 'nobody-here'."
    )
    expect(page.locator('[data-error-for="sender_external_id"]')).to_have_text(
        "No account has the external id 'nobody-here'"
    )
    expect(sender).to_have_attribute("aria-invalid", "")
    expect(page.locator("[data-composer]")).not_to_contain_text("sender_external_id")
    page.screenshot(path=screenshots / "message-composer-problem.png", full_page=True)

    # Fixed, the problem goes.
    sender.fill("")
    expect(result.locator("[data-error]")).to_be_hidden()
    expect(page.locator('[data-error-for="sender_external_id"]')).to_be_hidden()

    with browser_sessions() as session:
        assert session.scalar(select(func.count()).select_from(MessagePolicyStrike)) == 0
    assert script_errors == []
