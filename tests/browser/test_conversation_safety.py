"""Conversation safety through the real pages in headless Chromium: a user insults the
agent in the chat window, the agent warns, the user goes on, the agent disconnects and the
team lead is notified; a self-harm message raises the banner, the reply linter flags what
to avoid as the agent types, and one click opens the executive-escalations child ticket."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests import factories
from tests.browser.conftest import Desk
from tests.browser.test_agent_console import log_in
from trustdesk.desk import actions
from trustdesk.desk.chat import chat_link
from trustdesk.desk.models import Channel, Ticket

pytestmark = pytest.mark.browser


def _open_chat(sessions: sessionmaker[Session], subject: str, email: str) -> Ticket:
    with sessions() as session, session.begin():
        user = factories.account(session, first_name="Jordan", last_name="Reyes", email=email)
        return actions.open_ticket(
            session,
            subject=subject,
            body="Hi, my last payment never arrived.",
            channel=Channel.CHAT,
            actor="test",
            requester_account=user,
        )


@pytest.fixture
def user_page(browser: Browser, live_server: str) -> Iterator[Page]:
    """The marketplace user's own browser: no staff login, only the chat link."""
    context = browser.new_context(base_url=live_server, viewport={"width": 900, "height": 800})
    context.set_default_timeout(5_000)
    yield context.new_page()
    context.close()


def _user_says(user_page: Page, text: str) -> None:
    user_page.get_by_label("Your message").fill(text)
    user_page.get_by_role("button", name="Send").click()
    expect(user_page.locator("[data-chat-log] li").last).to_contain_text(text)


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def test_warn_then_disconnect_an_abusive_user_and_the_team_lead_is_notified(
    page: Page,
    user_page: Page,
    desk: Desk,
    browser_sessions: sessionmaker[Session],
    screenshots: Path,
) -> None:
    chat = _open_chat(browser_sessions, "Payment never arrived", "jordan@example.test")
    script_errors: list[str] = []
    page.on("pageerror", lambda error: script_errors.append(str(error)))

    user_page.goto(_path(chat_link(chat.id)))
    _user_says(user_page, "You are a useless idiot, where is my money?")

    log_in(page, desk.agent.email)
    page.goto(f"/tickets/{chat.id}")
    panel = page.locator("[data-conduct]")
    expect(panel.locator('[data-banner="abusive"]')).to_contain_text("verbally abusive")
    expect(page.locator('[data-scan="abusive"]')).to_contain_text("directed insult")
    expect(panel.locator("[data-disconnect]")).to_be_disabled()
    expect(panel.locator("[data-disconnect-criteria]")).to_contain_text(
        "send one of the warning scripts first"
    )
    page.screenshot(path=screenshots / "conduct-abusive.png", full_page=True)

    panel.locator('[data-send-warning="2"]').click()
    expect(page.locator(".comment-card").last).to_contain_text("mutual respect and professionalism")
    expect(page.locator("[data-disconnect]")).to_be_disabled()

    user_page.reload()
    expect(user_page.locator("[data-chat-log]")).to_contain_text("mutual respect")
    _user_says(user_page, "Shut up, you stupid moron")

    page.reload()
    disconnect = page.locator("[data-disconnect]")
    expect(disconnect).to_be_enabled()
    page.screenshot(path=screenshots / "conduct-may-disconnect.png", full_page=True)
    disconnect.click()
    # One click only asks: nothing is sent until the agent confirms.
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Disconnect chat #{chat.id}?")
    page.get_by_role("link", name="No, keep assisting").click()
    expect(page.locator("[data-disconnect]")).to_be_enabled()
    expect(page.locator(".comment-card").last).not_to_contain_text("I’m disconnecting")
    page.locator("[data-disconnect]").click()
    page.screenshot(path=screenshots / "conduct-confirm-disconnect.png", full_page=True)
    page.locator("[data-confirm-disconnect]").click()
    expect(page.locator(".comment-card").last).to_contain_text("I’m disconnecting the call/chat")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Closed")
    # The chat is over: no advice to keep assisting, no macro to reply with.
    expect(page.locator('[data-banner="abusive"]')).not_to_contain_text("Keep assisting")
    expect(page.locator("[data-chat-over]")).to_be_visible()
    expect(page.locator("#macro-select")).to_have_count(0)
    expect(page.locator("[data-disconnect]")).to_have_count(0)

    user_page.reload()
    expect(user_page.locator("[data-chat-ended]")).to_be_visible()
    expect(user_page.locator("[data-chat-log]")).to_contain_text("I’m disconnecting")
    user_page.screenshot(path=screenshots / "chat-user-disconnected.png", full_page=True)

    page.get_by_role("button", name="Log out").click()
    log_in(page, desk.team_lead.email)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Notifications").click()
    notice = page.locator(".notification.urgent").filter(has_text=f"chat #{chat.id}")
    expect(notice).to_contain_text("Alex Agent disconnected")
    page.screenshot(path=screenshots / "conduct-team-lead-notified.png", full_page=True)
    assert script_errors == []


def test_a_self_harm_message_raises_the_banner_lints_the_reply_and_opens_the_child_ticket(
    page: Page,
    user_page: Page,
    desk: Desk,
    browser_sessions: sessionmaker[Session],
    screenshots: Path,
) -> None:
    chat = _open_chat(browser_sessions, "Account question", "sam@example.test")
    user_page.goto(_path(chat_link(chat.id)))
    _user_says(user_page, "Honestly I don't see a reason to go on anymore.")

    log_in(page, desk.agent.email)
    page.goto(f"/tickets/{chat.id}")
    banner = page.locator('[data-banner="self-harm"]')
    expect(banner).to_contain_text("The user threatens self-harm")
    expect(banner.locator("[data-self-harm-macro]")).to_contain_text("General Response")

    reply_form = page.locator("form[data-reply-form]")
    reply_form.get_by_label("Message").fill("I understand. Maybe talk to your family?")
    lint = reply_form.locator("[data-reply-lint]")
    expect(lint.locator('[data-flag="i_understand"]')).to_contain_text("insensitive")
    expect(lint.locator('[data-flag="friends_or_family"]')).to_contain_text(
        "Many people don’t have this option"
    )
    page.screenshot(path=screenshots / "conduct-self-harm-lint.png", full_page=True)

    banner.locator("[data-open-self-harm-child]").click()
    expect(page.locator('[data-banner="self-harm"]')).to_contain_text(
        re.compile(r"Self-harm child ticket #\d+ is open")
    )
    page.screenshot(path=screenshots / "conduct-self-harm-child.png", full_page=True)
    with browser_sessions() as session:
        child = session.scalars(select(Ticket).where(Ticket.parent_id == chat.id)).one()
        assert child.child_fields["main_ticket_url"].endswith(f"/tickets/{chat.id}")
        assert "don't see a reason to go on" in child.child_fields["agent_notes"]


def test_new_chat_messages_appear_on_both_open_pages_without_a_reload(
    page: Page,
    user_page: Page,
    desk: Desk,
    browser_sessions: sessionmaker[Session],
    screenshots: Path,
) -> None:
    chat = _open_chat(browser_sessions, "Where is my payout?", "sam@example.test")
    script_errors: list[str] = []
    page.on("pageerror", lambda error: script_errors.append(str(error)))
    user_page.on("pageerror", lambda error: script_errors.append(str(error)))
    user_page.goto(_path(chat_link(chat.id)))
    log_in(page, desk.agent.email)
    page.goto(f"/tickets/{chat.id}")
    # A reload would forget this: the messages below must arrive in the same page.
    page.evaluate("window.stillTheSamePage = true")
    conversation = page.locator("[data-conversation]")

    _user_says(user_page, "Are you there? The payout is still missing.")
    expect(conversation.locator(".comment-card").last).to_contain_text(
        "The payout is still missing", timeout=10_000
    )
    expect(conversation.locator("[data-conversation-count]")).to_have_text("2")
    expect(conversation.locator("[data-new-guidance]")).to_be_hidden()
    assert page.evaluate("window.stillTheSamePage") is True

    # The user's page now stays open while the agent answers.
    user_page.evaluate("window.stillTheSamePage = true")
    reply_form = page.locator("form[data-reply-form]")
    reply_form.get_by_label("Message").fill("I'm here, let me check the payout for you.")
    reply_form.locator("button[type=submit]").click()
    expect(page.locator(".comment-card.from-staff").last).to_contain_text("let me check")
    agent_line = user_page.locator('[data-chat-log] li[data-from="agent"]').last
    expect(agent_line).to_contain_text("let me check the payout", timeout=10_000)
    expect(agent_line).to_contain_text("Alex")
    assert user_page.evaluate("window.stillTheSamePage") is True

    # A message conversation safety acts on asks the agent to reload for its guidance.
    page.evaluate("window.stillTheSamePage = true")
    user_page.get_by_label("Your message").fill("You are a useless idiot, where is my money?")
    user_page.get_by_role("button", name="Send").click()
    expect(conversation.locator("[data-new-guidance]")).to_be_visible(timeout=10_000)
    expect(conversation.locator(".comment-card").last).to_contain_text("useless idiot")
    assert page.evaluate("window.stillTheSamePage") is True
    page.screenshot(path=screenshots / "conduct-live-chat.png", full_page=True)
    assert script_errors == []
