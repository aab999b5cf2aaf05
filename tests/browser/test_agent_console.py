"""An agent works a ticket through the real pages in headless Chromium; a team lead then
sees the escalation. Screenshots of the main pages go to test-artifacts/screenshots/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Desk
from tests.conftest import TEST_PASSWORD

pytestmark = pytest.mark.browser

CEO_MACRO = "Leadership > Speak to the CEO or leadership team"


def log_in(page: Page, email: str) -> None:
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/tickets$"))


def test_agent_previews_fills_and_sends_a_macro_then_the_team_lead_sees_the_escalation(
    page: Page, desk: Desk, screenshots: Path
) -> None:
    ticket = desk.ticket
    script_errors: list[str] = []
    page.on("pageerror", lambda error: script_errors.append(str(error)))
    log_in(page, desk.agent.email)

    # The queue: the new ticket waits in "Unassigned", with its SLA countdown.
    page.get_by_role("navigation", name="Views").get_by_role("link", name="Unassigned").click()
    row = page.locator(f'tr[data-ticket-id="{ticket.id}"]')
    expect(row).to_contain_text("Contact information request")
    expect(row.locator(".sla")).to_have_text(re.compile(r"^\d+h \d\dm$"))
    page.screenshot(path=screenshots / "queue.png", full_page=True)

    # The ticket: choosing a macro previews it and names the slot still to fill.
    row.get_by_role("link", name=ticket.subject).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(ticket.subject)
    page.get_by_label("Macro", exact=True).select_option(label=CEO_MACRO)
    preview = page.locator("[data-preview]")
    expect(preview.locator("mark.missing")).to_have_text("[[PARAPHRASE ISSUE]]")
    expect(page.locator(".missing-list")).to_contain_text("[[PARAPHRASE ISSUE]]")
    page.locator("#macro").screenshot(path=screenshots / "ticket-macro-missing-slot.png")

    page.locator('input[name="slot.PARAPHRASE ISSUE"]').fill("your pending withdrawal")
    page.get_by_role("button", name="Preview", exact=True).click()
    expect(preview).to_contain_text("Can you tell me a bit more about your pending withdrawal?")
    expect(preview.locator("mark.missing")).to_have_count(0)
    expect(page.locator(".ready")).to_be_visible()
    page.locator("#macro").screenshot(path=screenshots / "ticket-macro-preview.png")
    page.screenshot(path=screenshots / "ticket-with-preview.png", full_page=True)

    page.get_by_role("button", name="Send", exact=True).click()
    sent = page.locator(".comment-card").last
    expect(sent).to_contain_text("a bit more about your pending withdrawal?")
    expect(sent).to_contain_text("Public reply")

    # An internal note: the reply box says what it will do, and the note stands out.
    reply_form = page.locator("form[data-reply-form]")
    reply_form.get_by_label("Internal note").check()
    expect(reply_form).to_have_class(re.compile(r"\bis-note\b"))
    reply_form.get_by_label("Message").fill("Requester asked twice for the CEO; escalating.")
    reply_form.get_by_role("button", name="Add internal note").click()
    note = page.locator(".comment-card").last
    expect(note).to_have_class(re.compile(r"\binternal-note\b"))
    expect(note).to_contain_text("Internal note")

    # Escalate to the team lead, with the reason the playbook asks for.
    page.get_by_text("Escalate this ticket").click()
    page.get_by_label("To", exact=True).select_option(label="Team lead")
    page.get_by_label("Reason (required)").fill(
        "Insists on speaking to the CEO; needs a team lead call-back."
    )
    page.get_by_role("button", name="Escalate", exact=True).click()
    expect(page.locator("#escalations .escalation")).to_contain_text("Pending")
    page.screenshot(path=screenshots / "ticket-after-reply.png", full_page=True)

    # The reply is in the outbox, body as sent.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Outbox").click()
    email_row = page.locator("table.outbox tbody tr").first
    expect(email_row).to_contain_text(f"[#{ticket.id}] {ticket.subject}")
    expect(email_row).to_contain_text("maria@example.test")
    expect(email_row).to_contain_text("Sent")
    page.screenshot(path=screenshots / "outbox.png", full_page=True)
    email_row.get_by_role("link", name=f"[#{ticket.id}] {ticket.subject}").click()
    expect(page.locator(".email-body")).to_contain_text(
        "Can you tell me a bit more about your pending withdrawal?"
    )

    # The team lead sees the escalation, who made it and why, and a notification.
    page.get_by_role("button", name="Log out").click()
    log_in(page, desk.team_lead.email)
    main_navigation = page.get_by_role("navigation", name="Main")
    expect(main_navigation.locator("[data-unread]")).to_have_text("1")
    main_navigation.get_by_role("link", name="Team lead").click()
    escalation = page.locator(".escalation-card").first
    expect(escalation).to_contain_text(f"#{ticket.id} {ticket.subject}")
    expect(escalation).to_contain_text("Escalated by Alex Agent")
    expect(escalation).to_contain_text("Insists on speaking to the CEO")
    page.screenshot(path=screenshots / "team-lead.png", full_page=True)

    # Pages outside the desk count notifications too (desk.js asks for the number).
    main_navigation.get_by_role("link", name="Accounts").click()
    expect(main_navigation.locator("[data-unread]")).to_have_text("1")
    assert script_errors == []


def test_the_new_ticket_form_shows_every_problem_at_once(
    page: Page, desk: Desk, screenshots: Path
) -> None:
    log_in(page, desk.agent.email)
    page.goto("/tickets/new")

    page.get_by_label("Requester (email address or account external id)").fill("fl-nobody")
    page.get_by_role("button", name="Open ticket").click()

    # One round: the browser does not stop at the first empty field, the server names all.
    form = page.locator("form.new-ticket")
    expect(form.locator('[data-error-for="requester"]')).to_contain_text("fl-nobody")
    expect(form.locator('[data-error-for="subject"]')).to_have_text("Is required")
    expect(form.locator('[data-error-for="body"]')).to_have_text("Is required")
    expect(page.get_by_label("Requester (email address or account external id)")).to_have_value(
        "fl-nobody"
    )
    page.screenshot(path=screenshots / "new-ticket-problems.png", full_page=True)
