"""The agent console through its pages: queue, ticket page and its forms, the team lead's
and executive escalations' pages, the outbox and notifications."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from httpx2 import Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests import factories
from tests.conftest import login, make_staff
from trustdesk.config import get_settings
from trustdesk.db import utcnow
from trustdesk.decisions import Criterion, Decision, store_decision
from trustdesk.desk import actions, web
from trustdesk.desk.models import (
    Channel,
    ChildTicketType,
    Comment,
    Escalation,
    EscalationTarget,
    Macro,
    Notification,
    OutboundEmail,
    Priority,
    Ticket,
    TicketStatus,
)
from trustdesk.desk.seed import seed_desk
from trustdesk.marketplace.models import Account
from trustdesk.staff.models import Role, StaffUser

CEO_MACRO = "Contact requests > Leadership > Speak to the CEO or leadership team"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


# ---------------------------------------------------------------------------------------
# Helpers


@pytest.fixture
def desk(session: Session) -> Session:
    seed_desk(session)
    session.commit()
    return session


def open_ticket(
    session: Session,
    subject: str = "I cannot withdraw my earnings",
    *,
    requester: Account | None = None,
    hours_ago: float = 0,
    **fields: object,
) -> Ticket:
    ticket = actions.open_ticket(
        session,
        subject=subject,
        body="Hello, my withdrawal has been pending for a week.",
        channel=Channel.EMAIL,
        actor="test",
        requester_account=requester,
        requester_email=None if requester else "visitor@example.test",
        requester_name=None if requester else "Dana Visitor",
        now=utcnow() - timedelta(hours=hours_ago),
        **fields,  # type: ignore[arg-type]
    )
    session.commit()
    return ticket


def csrf_token(client: TestClient) -> str:
    match = CSRF.search(client.get("/notifications").text)
    assert match, "the top bar's logout form carries the session's CSRF token"
    return match.group(1)


def post(client: TestClient, url: str, data: dict[str, str]) -> Response:
    return client.post(url, data={**data, "csrf_token": csrf_token(client)}, follow_redirects=False)


def row_ids(html: str) -> list[int]:
    return [int(number) for number in re.findall(r'data-ticket-id="(\d+)"', html)]


def macro_id(session: Session, title: str) -> int:
    found = session.scalar(select(Macro.id).where(Macro.title == title))
    assert found is not None
    return found


def emails_for(session: Session, ticket: Ticket) -> list[OutboundEmail]:
    return list(session.scalars(select(OutboundEmail).where(OutboundEmail.ticket_id == ticket.id)))


def comment_count(session: Session, ticket: Ticket) -> int:
    statement = select(func.count(Comment.id)).where(Comment.ticket_id == ticket.id)
    return session.scalar(statement) or 0


def fresh(session: Session, ticket: Ticket) -> Ticket:
    session.expire_all()
    found = session.get(Ticket, ticket.id)
    assert found is not None
    return found


def as_role(client: TestClient, session: Session, role: Role) -> StaffUser:
    staff = make_staff(session, role)
    login(client, staff)
    return staff


# ---------------------------------------------------------------------------------------
# The queue


def test_root_opens_the_queue(agent_client: TestClient) -> None:
    response = agent_client.get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/tickets"


def test_queue_puts_the_most_urgent_first_then_the_nearest_deadline(
    agent_client: TestClient, desk: Session
) -> None:
    normal = open_ticket(desk, "Normal, old", hours_ago=10)
    urgent = open_ticket(desk, "Urgent", priority=Priority.URGENT)
    high = open_ticket(desk, "High", priority=Priority.HIGH)
    normal_closer_deadline = open_ticket(desk, "Normal, older", hours_ago=20)

    page = agent_client.get("/tickets?view=open")

    assert page.status_code == 200
    assert row_ids(page.text) == [urgent.id, high.id, normal_closer_deadline.id, normal.id]


def test_queue_views_split_mine_unassigned_pending_and_solved(
    client: TestClient, desk: Session
) -> None:
    agent = as_role(client, desk, Role.AGENT)
    mine = open_ticket(desk, "Mine")
    actions.assign(desk, mine, actor=agent, assignee_id=agent.id)
    unassigned = open_ticket(desk, "Nobody's")
    pending = open_ticket(desk, "Waiting on the requester")
    actions.set_status(desk, pending, TicketStatus.PENDING, actor="test")
    solved = open_ticket(desk, "Done")
    actions.set_status(desk, solved, TicketStatus.SOLVED, actor="test")
    desk.commit()

    assert row_ids(client.get("/tickets").text) == [mine.id]
    assert set(row_ids(client.get("/tickets?view=unassigned").text)) == {unassigned.id, pending.id}
    assert row_ids(client.get("/tickets?view=pending").text) == [pending.id]
    assert row_ids(client.get("/tickets?view=solved").text) == [solved.id]
    assert solved.id not in row_ids(client.get("/tickets?view=open").text)


def test_queue_filters_by_category_subtree_priority_and_text(
    agent_client: TestClient, desk: Session
) -> None:
    removal = open_ticket(desk, "Remove feedback", category_slug="crisis.feedback_removal")
    check_in = open_ticket(
        desk, "Check in please", category_slug="crisis.check_in", priority=Priority.HIGH
    )
    refund = open_ticket(desk, "Refund my payment", category_slug="refund_request")

    by_category = agent_client.get("/tickets?view=open&category=crisis").text
    assert set(row_ids(by_category)) == {removal.id, check_in.id}
    assert "Natural Disasters &amp; Social Unrest Updates › Crisis feedback removal" in by_category

    high = agent_client.get("/tickets?view=open&category=crisis&priority=high").text
    assert row_ids(high) == [check_in.id]

    assert row_ids(agent_client.get("/tickets?view=open&q=refund").text) == [refund.id]
    assert row_ids(agent_client.get(f"/tickets?view=open&q=%23{removal.id}").text) == [removal.id]


def test_a_ticket_number_finds_the_ticket_whatever_its_status(
    agent_client: TestClient, desk: Session
) -> None:
    solved = open_ticket(desk, "Solved long ago")
    actions.set_status(desk, solved, TicketStatus.SOLVED, actor="test")
    desk.commit()

    page = agent_client.get(f"/tickets?q=%23{solved.id}")

    assert row_ids(page.text) == [solved.id]


def test_queue_refuses_an_unknown_filter_value_naming_the_field(
    agent_client: TestClient, desk: Session
) -> None:
    response = agent_client.get("/tickets?priority=whenever")

    assert response.status_code == 422
    assert 'data-error-for="priority"' in response.text
    assert "Must be one of: low, normal, high, urgent" in response.text


def test_queue_counts_down_to_the_nearest_deadline(agent_client: TestClient, desk: Session) -> None:
    # Normal priority: first response within 24 hours, a warning 2 hours before.
    on_time = open_ticket(desk, "Fresh")
    close = open_ticket(desk, "Close to the deadline", hours_ago=23)
    overdue = open_ticket(desk, "Overdue", hours_ago=30)
    paused = open_ticket(desk, "Waiting on the requester")
    actions.set_status(desk, paused, TicketStatus.PENDING, actor="test")
    desk.commit()

    page = agent_client.get("/tickets?view=open").text

    def sla_cell(ticket: Ticket) -> str:
        match = re.search(
            rf'data-ticket-id="{ticket.id}".*?(<span class="sla [^>]*>[^<]*)', page, re.S
        )
        assert match, f"ticket #{ticket.id} shows a countdown"
        return match.group(1)

    assert 'data-sla="running"' in sla_cell(on_time)
    assert re.search(r">23h 59m|>24h 00m", sla_cell(on_time))
    assert 'data-sla="warning"' in sla_cell(close)
    assert re.search(r">0h 59m|>1h 00m", sla_cell(close))
    assert 'data-sla="overdue"' in sla_cell(overdue)
    assert re.search(r">overdue (6h 00m|5h 59m)", sla_cell(overdue))
    assert 'data-sla="paused"' in sla_cell(paused)
    assert ">paused" in sla_cell(paused)


# ---------------------------------------------------------------------------------------
# The ticket page


def test_unknown_ticket_is_a_not_found_page(agent_client: TestClient, desk: Session) -> None:
    response = agent_client.get("/tickets/987654")

    assert response.status_code == 404
    assert "Ticket #987654 does not exist." in response.text
    assert "<h1>Not found</h1>" in response.text
    assert 'data-error-page="404"' in response.text
    assert '<a href="/tickets" data-back>Back to the queue</a>' in response.text


def test_ticket_page_shows_the_conversation_with_internal_notes_marked(
    client: TestClient, desk: Session
) -> None:
    agent = as_role(client, desk, Role.AGENT)
    requester = factories.account(desk, email="maria@example.test")
    ticket = open_ticket(desk, requester=requester)
    reply = actions.add_reply(desk, ticket, author=agent, body="We are on it.", public=True)
    note = actions.add_reply(desk, ticket, author=agent, body="Checked the ledger.", public=False)
    desk.commit()

    page = client.get(f"/tickets/{ticket.id}").text

    bodies = re.findall(r'<div class="comment-body">([^<]*)</div>', page)
    assert bodies == [
        "Hello, my withdrawal has been pending for a week.",
        "We are on it.",
        "Checked the ledger.",
    ]
    note_html = page[page.index(f'id="comment-{note.id}"') - 80 : page.index("Checked the ledger.")]
    assert "internal-note" in note_html
    assert "Internal note" in note_html
    reply_html = page[page.index(f'id="comment-{reply.id}"') - 80 : page.index("We are on it.")]
    assert "internal-note" not in reply_html
    assert f'href="/accounts/{requester.id}"' in page


def test_a_public_reply_lands_in_the_outbox_and_an_internal_note_does_not(
    agent_client: TestClient, desk: Session
) -> None:
    ticket = open_ticket(desk)

    note = post(agent_client, f"/tickets/{ticket.id}/reply", {"kind": "note", "body": "Private"})
    assert note.status_code == 303
    assert emails_for(desk, ticket) == []

    sent = post(
        agent_client,
        f"/tickets/{ticket.id}/reply",
        {"kind": "public", "body": "Your withdrawal is released.", "status": "pending"},
    )

    assert sent.status_code == 303
    assert sent.headers["location"].startswith(f"/tickets/{ticket.id}#comment-")
    [email] = emails_for(desk, ticket)
    assert email.to_address == "visitor@example.test"
    assert email.body == "Your withdrawal is released."
    assert fresh(desk, ticket).status == TicketStatus.PENDING


def test_an_empty_reply_is_refused_next_to_the_message(
    agent_client: TestClient, desk: Session
) -> None:
    ticket = open_ticket(desk)

    response = post(agent_client, f"/tickets/{ticket.id}/reply", {"kind": "public", "body": " "})

    assert response.status_code == 422
    assert 'data-error-for="body"' in response.text
    assert comment_count(desk, ticket) == 1


def test_a_post_without_the_csrf_token_is_refused(agent_client: TestClient, desk: Session) -> None:
    ticket = open_ticket(desk)

    response = agent_client.post(
        f"/tickets/{ticket.id}/reply", data={"kind": "public", "body": "Hi"}
    )

    assert response.status_code == 403
    assert "csrf_token" in response.text
    assert comment_count(desk, ticket) == 1
    assert emails_for(desk, ticket) == []


# ---------------------------------------------------------------------------------------
# Macros


def test_choosing_a_macro_previews_it_and_names_the_missing_slot(
    agent_client: TestClient, desk: Session
) -> None:
    ticket = open_ticket(desk)

    page = agent_client.get(f"/tickets/{ticket.id}?macro={macro_id(desk, CEO_MACRO)}").text

    assert "Can you tell me a bit more about" in page
    assert '<mark class="missing">[[PARAPHRASE ISSUE]]</mark>' in page
    assert "Still missing: <code>[[PARAPHRASE ISSUE]]</code>" in page
    assert 'name="slot.PARAPHRASE ISSUE"' in page


def test_previewing_with_the_slot_filled_shows_the_finished_text(
    agent_client: TestClient, desk: Session
) -> None:
    ticket = open_ticket(desk)
    form = {
        "macro": str(macro_id(desk, CEO_MACRO)),
        "intent": "preview",
        "slot.PARAPHRASE ISSUE": "your pending withdrawal",
    }

    response = post(agent_client, f"/tickets/{ticket.id}/macro", form)

    assert response.status_code == 200
    assert "a bit more about your pending withdrawal?" in response.text
    assert "ready to send" in response.text
    assert emails_for(desk, ticket) == []


def test_sending_a_macro_with_a_missing_slot_names_it_and_sends_nothing(
    agent_client: TestClient, desk: Session
) -> None:
    ticket = open_ticket(desk)
    form = {"macro": str(macro_id(desk, CEO_MACRO)), "intent": "send", "slot.PARAPHRASE ISSUE": ""}

    response = post(agent_client, f"/tickets/{ticket.id}/macro", form)

    assert response.status_code == 422
    assert "Not sent." in response.text
    assert "[[PARAPHRASE ISSUE]] has no value" in response.text
    assert emails_for(desk, ticket) == []
    assert comment_count(desk, ticket) == 1


def test_sending_a_macro_with_every_slot_filled_emails_the_rendered_text(
    client: TestClient, desk: Session
) -> None:
    as_role(client, desk, Role.AGENT)
    ticket = open_ticket(desk)
    form = {
        "macro": str(macro_id(desk, CEO_MACRO)),
        "intent": "send",
        "slot.PARAPHRASE ISSUE": "your pending withdrawal",
        "status": "pending",
    }

    response = post(client, f"/tickets/{ticket.id}/macro", form)

    assert response.status_code == 303
    [email] = emails_for(desk, ticket)
    assert email.body.endswith("Can you tell me a bit more about your pending withdrawal?")
    assert "[[" not in email.body
    assert fresh(desk, ticket).status == TicketStatus.PENDING


# ---------------------------------------------------------------------------------------
# Escalations, child tickets, status


def test_escalating_needs_a_reason(agent_client: TestClient, desk: Session) -> None:
    ticket = open_ticket(desk)
    url = f"/tickets/{ticket.id}/escalate"

    refused = post(agent_client, url, {"target": "team_lead", "reason": "  "})

    assert refused.status_code == 422
    assert "Say why the ticket is escalated" in refused.text
    assert desk.scalar(select(func.count(Escalation.id))) == 0

    accepted = post(agent_client, url, {"target": "team_lead", "reason": "Threatens a chargeback"})

    assert accepted.status_code == 303
    [escalation] = desk.scalars(select(Escalation)).all()
    assert escalation.target == EscalationTarget.TEAM_LEAD
    assert escalation.reason == "Threatens a chargeback"


def test_child_ticket_form_is_prefilled_with_the_desk_urls(
    agent_client: TestClient, desk: Session
) -> None:
    requester = factories.account(desk, email="maria@example.test")
    ticket = open_ticket(desk, requester=requester)
    base = get_settings().base_url.rstrip("/")

    page = agent_client.get(f"/tickets/{ticket.id}").text

    assert f'name="main_ticket_url" value="{base}/tickets/{ticket.id}"' in page
    assert f'name="account_view_url" value="{base}/accounts/{requester.id}"' in page


def test_self_harm_child_ticket_with_a_wrong_account_url_is_refused_saying_what_is_expected(
    agent_client: TestClient, desk: Session
) -> None:
    requester = factories.account(desk, email="maria@example.test")
    ticket = open_ticket(desk, requester=requester)
    base = get_settings().base_url.rstrip("/")
    form = {
        "child_type": "self_harm",
        "user_type": "freelancer",
        "account_status": "active",
        "agent_notes": "Said they would hurt themselves during the call.",
        "main_ticket_url": f"{base}/tickets/{ticket.id}",
        "account_view_url": "https://elsewhere.example/profile/123",
    }

    response = post(agent_client, f"/tickets/{ticket.id}/children", form)

    assert response.status_code == 422
    assert (
        'data-error-for="account_view_url">Must be an account view URL of this desk, '
        f"{base}/accounts/&lt;account id&gt;"
    ) in response.text
    # The agent's notes survive the refusal.
    assert "Said they would hurt themselves during the call." in response.text
    assert desk.scalar(select(func.count(Ticket.id)).where(Ticket.parent_id == ticket.id)) == 0

    form["account_view_url"] = f"{base}/accounts/{requester.id}"
    accepted = post(agent_client, f"/tickets/{ticket.id}/children", form)

    assert accepted.status_code == 303
    [child] = fresh(desk, ticket).children
    assert child.child_type == ChildTicketType.SELF_HARM
    assert child.child_fields["account_view_url"] == f"{base}/accounts/{requester.id}"


def test_solving_a_parent_with_an_open_blocking_child_is_refused(
    client: TestClient, desk: Session
) -> None:
    agent = as_role(client, desk, Role.AGENT)
    ticket = open_ticket(desk)
    child = actions.open_child_ticket(
        desk,
        ticket,
        child_type=ChildTicketType.CODE_REVIEW,
        fields={"contract_reference": "ct-1", "what_to_review": "The delivered code"},
        actor=agent,
    )
    desk.commit()

    response = post(client, f"/tickets/{ticket.id}/status", {"status": "solved"})

    assert response.status_code == 422
    assert f"Cannot be solved while child tickets #{child.id} are open" in response.text
    assert fresh(desk, ticket).status == TicketStatus.NEW


def test_a_reply_submitted_as_solved_while_a_child_blocks_keeps_nothing(
    client: TestClient, desk: Session
) -> None:
    agent = as_role(client, desk, Role.AGENT)
    ticket = open_ticket(desk)
    actions.open_child_ticket(
        desk,
        ticket,
        child_type=ChildTicketType.CODE_REVIEW,
        fields={"contract_reference": "ct-1", "what_to_review": "The delivered code"},
        actor=agent,
    )
    desk.commit()

    response = post(
        client,
        f"/tickets/{ticket.id}/reply",
        {"kind": "public", "body": "All sorted, closing this.", "status": "solved"},
    )

    assert response.status_code == 422
    assert "All sorted, closing this." in response.text
    assert emails_for(desk, ticket) == []
    assert comment_count(desk, ticket) == 1


def test_assigning_and_starting_the_second_party_clock(client: TestClient, desk: Session) -> None:
    agent = as_role(client, desk, Role.AGENT)
    client_account = factories.client_account(desk, email="client@example.test")
    freelancer = factories.account(desk, email="maria@example.test")
    ticket = open_ticket(
        desk,
        "My freelancer disappeared",
        requester=client_account,
        second_party=freelancer,
        category_slug="unresponsive_freelancer",
    )
    page = client.get(f"/tickets/{ticket.id}").text
    assert "Start 48-hour clock on second party" in page
    assert f'href="/accounts/{freelancer.id}"' in page

    assert (
        post(client, f"/tickets/{ticket.id}/assign", {"assignee": str(agent.id)}).status_code == 303
    )
    started = post(client, f"/tickets/{ticket.id}/second-party-clock", {})

    assert started.status_code == 303
    ticket = fresh(desk, ticket)
    assert ticket.assignee_id == agent.id
    [clock] = [clock for clock in ticket.clocks if clock.party == "second_party"]
    assert clock.due_at - clock.started_at == timedelta(hours=48)
    assert "Start 48-hour clock on second party" not in client.get(f"/tickets/{ticket.id}").text


def test_ticket_page_shows_the_audit_trail_oldest_first(
    agent_client: TestClient, desk: Session
) -> None:
    ticket = open_ticket(desk)
    post(agent_client, f"/tickets/{ticket.id}/status", {"status": "on_hold"})
    colleague = make_staff(desk, Role.AGENT)
    actions.assign(desk, ticket, actor=colleague, assignee_id=colleague.id)
    desk.commit()

    page = agent_client.get(f"/tickets/{ticket.id}").text

    trail = page[page.index('id="audit-heading"') :]
    assert trail.index("Opened the ticket") < trail.index("Changed the ticket&#39;s status")
    assert "status: new → on hold" in trail
    # The assignee by name, not by the id the row stores.
    assert f"assignee: nobody → {colleague.full_name}" in trail


def test_ticket_page_shows_the_decisions_made_about_it_criterion_by_criterion(
    agent_client: TestClient, desk: Session
) -> None:
    ticket = open_ticket(desk, category_slug="crisis.feedback_removal")
    decision = Decision(
        policy="crisis_feedback_removal",
        policy_version="1",
        outcome="declined",
        criteria=(
            Criterion(
                name="The freelancer is in the impacted region",
                met=True,
                evidence="location Cebu, PH; event region PH-07",
            ),
            Criterion(
                name="Feedback was left during the period of impact",
                met=False,
                evidence="left 2024-08-01, event period 2024-08-28..2024-09-20",
            ),
        ),
    )
    lead = make_staff(desk, Role.TEAM_LEAD)
    store_decision(
        desk,
        decision,
        subject_type="ticket",
        subject_id=ticket.id,
        decided_by=f"staff:{lead.email}",
    )
    desk.commit()

    page = agent_client.get(f"/tickets/{ticket.id}").text

    decisions = page[page.index('id="decisions-heading"') : page.index('id="audit-heading"')]
    assert "Crisis feedback removal" in decisions
    assert re.search(
        r'class="met">.*?Met</span> The freelancer is in the impacted region', decisions, re.S
    )
    assert re.search(
        r'class="unmet">.*?Not met</span> Feedback was left during the period of impact',
        decisions,
        re.S,
    )
    assert "event period 2024-08-28..2024-09-20" in decisions
    # Who decided, by name: not the audit actor's internal form.
    assert f"by {lead.full_name}," in decisions
    assert "staff:" not in decisions


def test_a_reply_to_a_closed_ticket_is_refused_with_the_reason_shown(
    client: TestClient, desk: Session
) -> None:
    as_role(client, desk, Role.AGENT)
    ticket = open_ticket(desk)
    actions.set_status(desk, ticket, TicketStatus.CLOSED, actor="test")
    desk.commit()

    response = post(client, f"/tickets/{ticket.id}/reply", {"kind": "public", "body": "Hello?"})

    assert response.status_code == 422
    assert "is closed; reopen it before replying" in response.text
    assert emails_for(desk, ticket) == []


# ---------------------------------------------------------------------------------------
# The team lead's and executive escalations' pages


def test_only_team_leads_and_admins_open_the_team_lead_page(
    client: TestClient, desk: Session
) -> None:
    agent = make_staff(desk, Role.AGENT)
    ticket = open_ticket(desk)
    actions.escalate(
        desk,
        ticket,
        target=EscalationTarget.TEAM_LEAD,
        reason="Asks for a manager",
        actor=agent,
    )
    desk.commit()
    expected = {
        Role.AGENT: 403,
        Role.EXECUTIVE_ESCALATIONS: 403,
        Role.TEAM_LEAD: 200,
        Role.ADMIN: 200,
    }

    seen = {}
    for role in expected:
        as_role(client, desk, role)
        response = client.get("/team-lead")
        seen[role] = response.status_code
        if response.status_code == 200:
            assert "Asks for a manager" in response.text
            assert "Escalated by Test Agent" in response.text

    assert seen == expected


def test_only_executive_escalations_and_admins_open_their_page(
    client: TestClient, desk: Session
) -> None:
    expected = {
        Role.AGENT: 403,
        Role.TEAM_LEAD: 403,
        Role.EXECUTIVE_ESCALATIONS: 200,
        Role.ADMIN: 200,
    }
    seen = {}
    for role in expected:
        as_role(client, desk, role)
        seen[role] = client.get("/escalations").status_code

    assert seen == expected


def test_team_lead_resolves_an_escalation_only_with_a_resolution(
    client: TestClient, desk: Session
) -> None:
    agent = make_staff(desk, Role.AGENT)
    ticket = open_ticket(desk)
    escalation = actions.escalate(
        desk, ticket, target=EscalationTarget.TEAM_LEAD, reason="Refund over limit", actor=agent
    )
    desk.commit()
    as_role(client, desk, Role.TEAM_LEAD)
    url = f"/team-lead/escalations/{escalation.id}/resolve"

    refused = post(client, url, {"resolution": ""})

    assert refused.status_code == 422
    assert "Say how it was resolved" in refused.text

    resolved = post(client, url, {"resolution": "Approved the refund"})

    assert resolved.status_code == 303
    desk.expire_all()
    assert desk.get(Escalation, escalation.id).resolution == "Approved the refund"  # type: ignore[union-attr]
    assert f'id="escalation-{escalation.id}"' not in client.get("/team-lead").text


def test_a_team_lead_cannot_resolve_an_executive_escalation(
    client: TestClient, desk: Session
) -> None:
    agent = make_staff(desk, Role.AGENT)
    ticket = open_ticket(desk)
    escalation = actions.escalate(
        desk,
        ticket,
        target=EscalationTarget.EXECUTIVE_ESCALATIONS,
        reason="Legal threat",
        actor=agent,
    )
    desk.commit()
    as_role(client, desk, Role.TEAM_LEAD)

    through_their_page = post(
        client, f"/team-lead/escalations/{escalation.id}/resolve", {"resolution": "Done"}
    )
    through_the_executive_page = post(
        client, f"/escalations/{escalation.id}/resolve", {"resolution": "Done"}
    )

    assert through_their_page.status_code == 404
    assert through_the_executive_page.status_code == 403
    desk.expire_all()
    assert desk.get(Escalation, escalation.id).resolved_at is None  # type: ignore[union-attr]


def test_executive_escalations_child_tickets_are_theirs_to_open(
    client: TestClient, desk: Session
) -> None:
    agent = as_role(client, desk, Role.AGENT)
    requester = factories.account(desk, email="maria@example.test")
    ticket = open_ticket(desk, requester=requester)
    base = get_settings().base_url.rstrip("/")
    child = actions.open_child_ticket(
        desk,
        ticket,
        child_type=ChildTicketType.SELF_HARM,
        fields={
            "user_type": "freelancer",
            "account_status": "active",
            "agent_notes": "Threat made on the call",
            "main_ticket_url": f"{base}/tickets/{ticket.id}",
            "account_view_url": f"{base}/accounts/{requester.id}",
        },
        actor=agent,
    )
    desk.commit()

    refused = client.get(f"/tickets/{child.id}")
    assert refused.status_code == 403
    assert 'data-error-page="403"' in refused.text  # the one error page, errors.py's
    assert "<h1>Not for your role</h1>" in refused.text
    assert f"Ticket #{child.id} is a child ticket for Executive escalations" in refused.text
    parent_page = client.get(f"/tickets/{ticket.id}").text
    assert f'href="/tickets/{child.id}"' not in parent_page
    assert "For Executive escalations only" in parent_page

    as_role(client, desk, Role.EXECUTIVE_ESCALATIONS)
    child_page = client.get(f"/tickets/{child.id}")
    assert child_page.status_code == 200
    assert "Threat made on the call" in child_page.text
    executive_page = client.get("/escalations").text
    assert f'href="/tickets/{child.id}"' in executive_page
    assert "Self-harm" in executive_page


# ---------------------------------------------------------------------------------------
# Outbox, notifications, new tickets


def test_outbox_lists_emails_newest_first_and_shows_the_body_as_sent(
    client: TestClient, desk: Session
) -> None:
    agent = as_role(client, desk, Role.AGENT)
    first = open_ticket(desk, "First")
    second = open_ticket(desk, "Second")
    actions.add_reply(desk, first, author=agent, body="Line one\nLine two", public=True)
    desk.commit()
    actions.add_reply(desk, second, author=agent, body="Second answer", public=True)
    desk.commit()

    page = client.get("/outbox").text

    assert page.index(f"[#{second.id}] Second") < page.index(f"[#{first.id}] First")
    [email] = emails_for(desk, first)
    assert email.status == "sent"
    detail = client.get(f"/outbox/{email.id}")
    assert detail.status_code == 200
    assert "Line one\nLine two" in detail.text
    assert client.get("/outbox/999999").status_code == 404


def test_notifications_are_counted_in_the_top_bar_and_marked_read(
    client: TestClient, desk: Session
) -> None:
    agent = make_staff(desk, Role.AGENT)
    ticket = open_ticket(desk)
    actions.escalate(
        desk, ticket, target=EscalationTarget.TEAM_LEAD, reason="Needs approval", actor=agent
    )
    desk.commit()
    as_role(client, desk, Role.TEAM_LEAD)

    page = client.get("/team-lead").text
    assert re.search(r'class="badge"[^>]*>1</span>', page)
    notification = desk.scalars(select(Notification)).one()
    assert "escalated to Team lead by Test Agent: Needs approval" in page

    response = post(client, f"/notifications/{notification.id}/read", {"next": "/team-lead"})

    assert response.status_code == 303
    assert response.headers["location"] == "/team-lead"
    assert re.search(r'class="badge empty"[^>]*>0</span>', client.get("/team-lead").text)
    assert client.get("/notifications/count").json() == {"unread": 0}

    as_role(client, desk, Role.AGENT)
    assert post(client, f"/notifications/{notification.id}/read", {}).status_code == 404


def test_new_ticket_form_opens_a_ticket_for_an_account(
    agent_client: TestClient, desk: Session
) -> None:
    requester = factories.account(desk, external_id="fl-new-ticket", email="new@example.test")

    refused = post(
        agent_client,
        "/tickets/new",
        {
            "requester": "fl-nobody",
            "subject": "",
            "body": "x",
            "priority": "normal",
            "channel": "phone",
        },
    )
    assert refused.status_code == 422
    assert "No account has the external id &#39;fl-nobody&#39;" in refused.text

    created = post(
        agent_client,
        "/tickets/new",
        {
            "requester": "fl-new-ticket",
            "subject": "Called about a missing payment",
            "body": "Caller says the milestone was approved but not paid.",
            "category": "refund_request",
            "priority": "high",
            "channel": "phone",
        },
    )

    assert created.status_code == 303
    ticket = desk.scalars(
        select(Ticket).where(Ticket.subject == "Called about a missing payment")
    ).one()
    assert created.headers["location"] == f"/tickets/{ticket.id}"
    assert ticket.requester_account_id == requester.id
    assert ticket.channel == Channel.PHONE
    assert ticket.priority == Priority.HIGH


def test_the_new_ticket_form_shows_every_problem_at_once_keeping_what_was_typed(
    agent_client: TestClient, desk: Session
) -> None:
    tickets_before = desk.scalar(select(func.count(Ticket.id)))

    refused = post(
        agent_client,
        "/tickets/new",
        {
            "requester": "fl-nobody",
            "requester_name": "Dana Caller",
            "subject": "",
            "body": "   ",
            "category": "no-such-category",
            "priority": "whenever",
            "channel": "fax",
        },
    )

    assert refused.status_code == 422
    problems = dict(re.findall(r'data-error-for="(\w+)">([^<]*)<', refused.text))
    assert problems == {
        "requester": "No account has the external id &#39;fl-nobody&#39;; give an email",
        "subject": "Is required",
        "body": "Is required",
        "category": "No category &#39;no-such-category&#39;",
        "priority": "Must be one of: low, normal, high, urgent",
        "channel": "Must be one of: phone, chat, email, web_form",
    }
    assert 'name="requester" value="fl-nobody"' in refused.text
    assert 'name="requester_name" value="Dana Caller"' in refused.text
    assert desk.scalar(select(func.count(Ticket.id))) == tickets_before


def test_queue_pages_keep_the_filters(
    agent_client: TestClient, desk: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(web, "QUEUE_PAGE_SIZE", 2)
    for number in range(3):
        open_ticket(desk, f"Withdrawal question {number}")

    first = agent_client.get("/tickets?view=open&q=Withdrawal")
    second = agent_client.get("/tickets?view=open&q=Withdrawal&page=2")

    assert '<a rel="next" href="/tickets?view=open&amp;q=Withdrawal&amp;page=2">' in first.text
    assert '<a rel="prev" href="/tickets?view=open&amp;q=Withdrawal&amp;page=1">' in second.text
    assert len(row_ids(first.text)) == 2
    assert len(row_ids(second.text)) == 1
