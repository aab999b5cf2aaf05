"""The desk's API: each route's happy path and its refusals, as staff and as a token."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests import factories
from tests.conftest import make_staff
from tests.routes import staff_client, token_headers
from trustdesk.desk import actions
from trustdesk.desk.models import (
    Channel,
    ChildTicketType,
    EscalationTarget,
    Group,
    Macro,
    OutboundEmail,
    Priority,
    Ticket,
    TicketStatus,
)
from trustdesk.desk.seed import seed_desk
from trustdesk.marketplace.models import Account
from trustdesk.staff.models import Role, Scope, StaffUser

BASE_URL = "http://testserver"
MACRO_BODY = (
    "Hi {{ requester.first_name }}, thank you for reaching out about [[PARAPHRASE ISSUE]]. "
    "I'm {{ agent.first_name }} and I'll look into it."
)


@pytest.fixture
def app(client: TestClient, session: Session) -> FastAPI:
    seed_desk(session)
    session.commit()
    assert isinstance(client.app, FastAPI)
    return client.app


@pytest.fixture
def agent(session: Session) -> StaffUser:
    return make_staff(session, Role.AGENT)


@pytest.fixture
def agent_api(app: FastAPI, session: Session, agent: StaffUser) -> TestClient:
    return staff_client(app, session, Role.AGENT, agent)


@pytest.fixture(autouse=True)
def _desk_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    # Child-ticket URLs must be this desk's; the test client's host is the desk here.
    from trustdesk.config import get_settings

    monkeypatch.setattr(get_settings(), "base_url", BASE_URL)


def _ticket(session: Session, **fields: Any) -> Ticket:
    defaults: dict[str, Any] = {
        "subject": "My payment is missing",
        "body": "I was not paid for milestone 2.",
        "channel": Channel.EMAIL,
        "actor": "test",
        "requester_email": "maria@example.com",
        "requester_name": "Maria Santos",
    }
    ticket = actions.open_ticket(session, **(defaults | fields))
    session.commit()
    return ticket


def _ok(response: Any, code: int = 200) -> Any:
    assert response.status_code == code, response.text
    return response.json()


def _refusal(response: Any) -> dict[tuple[Any, ...], str]:
    """A 422's errors by location, e.g. {("body", "category"): "no category 'nope'"}."""
    assert response.status_code == 422, response.text
    return {tuple(error["loc"]): error["msg"] for error in response.json()["detail"]}


def _emails(session: Session, ticket: Ticket) -> list[OutboundEmail]:
    session.expire_all()
    return list(session.scalars(select(OutboundEmail).where(OutboundEmail.ticket_id == ticket.id)))


# Listing


def test_the_queue_filters_by_status_assignment_category_and_text(
    agent_api: TestClient, session: Session, agent: StaffUser
) -> None:
    mine = _ticket(session, subject="Crisis feedback removal", category_slug="crisis")
    pending = _ticket(session, subject="Waiting on the requester")
    actions.set_status(session, pending, TicketStatus.PENDING, actor="test")
    actions.assign(session, mine, actor=agent, assignee_id=agent.id)
    solved = _ticket(session, subject="Done already")
    actions.set_status(session, solved, TicketStatus.SOLVED, actor="test")
    session.commit()

    def ids(**params: Any) -> set[int]:
        body = _ok(agent_api.get("/api/v1/tickets", params=params | {"page_size": 200}))
        return {item["id"] for item in body["items"]}

    open_now = ids()
    assert {mine.id, pending.id} <= open_now
    assert solved.id not in open_now
    assert ids(status=["solved"]) >= {solved.id}
    assert mine.id not in ids(status=["solved"])
    assert {pending.id, solved.id} <= ids(status=["pending", "solved"])
    assert ids(assignee_id=agent.id) == {mine.id}
    assert mine.id not in ids(unassigned=True)
    assert mine.id in ids(category="crisis")
    assert pending.id not in ids(category="crisis")
    assert ids(q="waiting ON the") == {pending.id}
    assert ids(q=f"#{solved.id}", status=["solved"]) == {solved.id}


def test_a_queue_page_carries_the_sla_countdown(agent_api: TestClient, session: Session) -> None:
    ticket = _ticket(session, priority=Priority.URGENT)

    body = _ok(agent_api.get("/api/v1/tickets", params={"q": f"#{ticket.id}"}))

    (item,) = body["items"]
    assert (body["page"], body["total"]) == (1, 1)
    assert item["url"] == f"{BASE_URL}/tickets/{ticket.id}"
    deadline = item["next_deadline"]
    assert deadline["state"] == "running"
    assert deadline["kind"] == "first_response"
    assert 0 < deadline["remaining_seconds"] <= 3600
    assert deadline["remaining"].endswith("m")


def test_a_queue_refuses_an_unknown_status_naming_the_parameter(agent_api: TestClient) -> None:
    errors = _refusal(agent_api.get("/api/v1/tickets", params={"status": "archived"}))

    assert ("query", "status", 0) in errors


def test_reading_tickets_needs_a_login_or_the_read_scope(
    client: TestClient, app: FastAPI, session: Session
) -> None:
    ticket = _ticket(session)

    anonymous = client.get(f"/api/v1/tickets/{ticket.id}")
    writer = client.get("/api/v1/tickets", headers=token_headers(session, Scope.TICKETS_WRITE))
    reader = client.get("/api/v1/tickets", headers=token_headers(session, Scope.TICKETS_READ))

    assert anonymous.status_code == 401
    assert writer.status_code == 403
    assert "tickets:read" in writer.json()["detail"]
    assert ticket.id in {item["id"] for item in _ok(reader)["items"]}


# Opening


def test_staff_open_a_ticket_with_its_first_message_and_clocks(
    agent_api: TestClient, session: Session
) -> None:
    requester = factories.account(session, email="ana@example.com")
    session.commit()

    response = agent_api.post(
        "/api/v1/tickets",
        json={
            "subject": "Please remove the feedback",
            "body": "The typhoon hit our city in September.",
            "requester_account_id": requester.id,
            "category": "crisis.feedback_removal",
            "tags": ["typhoon", "crisis"],
        },
    )

    body = _ok(response, 201)
    assert response.headers["Location"] == f"/api/v1/tickets/{body['id']}"
    assert body["status"] == "new"
    assert body["channel"] == "web_form"
    assert body["requester"] == {
        "account_id": requester.id,
        "email": "ana@example.com",
        "name": requester.display_name,
    }
    assert body["category"]["slug"] == "crisis.feedback_removal"
    assert body["tags"] == ["crisis", "typhoon"]
    assert [c["body"] for c in body["comments"]] == ["The typhoon hit our city in September."]
    resolution = next(clock for clock in body["clocks"] if clock["kind"] == "resolution")
    assert resolution["due_at"] > resolution["started_at"]


def test_a_token_with_the_write_scope_opens_tickets_on_the_api_channel(
    client: TestClient, app: FastAPI, session: Session
) -> None:
    headers = token_headers(session, Scope.TICKETS_WRITE)

    body = _ok(
        client.post(
            "/api/v1/tickets",
            headers=headers,
            json={"subject": "Refund", "body": "Please refund", "requester_email": "a@b.example"},
        ),
        201,
    )

    assert body["channel"] == "api"
    audit = _ok(staff_client(app, session, Role.ADMIN).get(f"/api/v1/tickets/{body['id']}/audit"))
    assert audit[0]["action"] == "ticket.open"
    assert audit[0]["actor"] == "token:test-tickets:write"


def test_a_read_only_token_cannot_open_tickets(client: TestClient, session: Session) -> None:
    response = client.post(
        "/api/v1/tickets",
        headers=token_headers(session, Scope.TICKETS_READ),
        json={"subject": "x", "body": "y", "requester_email": "a@b.example"},
    )

    assert response.status_code == 403


def test_opening_refuses_each_bad_field_by_name(agent_api: TestClient, session: Session) -> None:
    errors = _refusal(
        agent_api.post(
            "/api/v1/tickets",
            json={"subject": "Help", "body": "Hello", "category": "nope"},
        )
    )

    assert errors == {
        ("body", "requester_email"): "a requester needs an email address",
        ("body", "category"): "no category 'nope'",
    }


def test_opening_refuses_an_unknown_account_contract_or_field(agent_api: TestClient) -> None:
    unknown_account = _refusal(
        agent_api.post(
            "/api/v1/tickets",
            json={"subject": "a", "body": "b", "requester_account_id": 2_000_000_000},
        )
    )
    unknown_contract = _refusal(
        agent_api.post(
            "/api/v1/tickets",
            json={"subject": "a", "body": "b", "requester_email": "a@b.c", "contract_id": 7},
        )
    )
    misspelt = _refusal(
        agent_api.post(
            "/api/v1/tickets",
            json={"subject": "a", "body": "b", "requester_email": "a@b.c", "prority": "high"},
        )
    )
    nul = _refusal(
        agent_api.post(
            "/api/v1/tickets", json={"subject": "a\x00", "body": "b", "requester_email": "a@b.c"}
        )
    )

    assert unknown_account == {("body", "requester_account_id"): "no account 2000000000"}
    assert unknown_contract == {("body", "contract_id"): "no contract 7"}
    assert ("body", "prority") in misspelt
    assert nul == {("body", "subject"): "Value error, must not contain NUL characters"}


# One ticket


def test_staff_see_internal_notes_and_a_token_never_does(
    agent_api: TestClient, client: TestClient, session: Session, agent: StaffUser
) -> None:
    ticket = _ticket(session)
    actions.add_reply(session, ticket, author=agent, body="Looks like fraud", public=False)
    actions.add_reply(session, ticket, author=agent, body="We are on it", public=True)
    actions.escalate(
        session,
        ticket,
        target=EscalationTarget.TEAM_LEAD,
        reason="Possible fraud",
        actor=agent,
    )
    session.commit()

    as_staff = _ok(agent_api.get(f"/api/v1/tickets/{ticket.id}"))
    as_token = _ok(
        client.get(
            f"/api/v1/tickets/{ticket.id}", headers=token_headers(session, Scope.TICKETS_READ)
        )
    )

    staff_bodies = [comment["body"] for comment in as_staff["comments"]]
    token_bodies = [comment["body"] for comment in as_token["comments"]]
    assert staff_bodies == ["I was not paid for milestone 2.", "Looks like fraud", "We are on it"]
    assert token_bodies == ["I was not paid for milestone 2.", "We are on it"]
    assert "Looks like fraud" not in str(as_token)
    assert [e["reason"] for e in as_staff["escalations"]] == ["Possible fraud"]
    assert as_token["escalations"] == []


def test_an_unknown_ticket_is_a_404_with_a_sentence(agent_api: TestClient) -> None:
    response = agent_api.get("/api/v1/tickets/999999")

    assert response.status_code == 404
    assert response.json() == {"detail": "ticket 999999 does not exist"}


def test_an_id_beyond_the_database_range_is_refused_by_name(agent_api: TestClient) -> None:
    errors = _refusal(agent_api.get(f"/api/v1/tickets/{2**40}"))

    assert ("path", "ticket_id") in errors


# Comments


def test_a_public_reply_is_emailed_and_an_internal_note_is_not(
    agent_api: TestClient, session: Session
) -> None:
    ticket = _ticket(session)

    note = _ok(
        agent_api.post(
            f"/api/v1/tickets/{ticket.id}/comments",
            json={"body": "Checked the milestone", "public": False},
        ),
        201,
    )
    assert _emails(session, ticket) == []
    reply = _ok(
        agent_api.post(
            f"/api/v1/tickets/{ticket.id}/comments",
            json={"body": "We have paid it now.", "public": True, "status": "pending"},
        ),
        201,
    )

    (email,) = _emails(session, ticket)
    assert (email.to_address, email.body) == ("maria@example.com", "We have paid it now.")
    assert note["public"] is False
    assert reply["author_staff"]["role"] == "agent"
    assert session.get(Ticket, ticket.id).status == TicketStatus.PENDING  # type: ignore[union-attr]


def test_a_token_cannot_write_agent_replies(client: TestClient, session: Session) -> None:
    ticket = _ticket(session)

    response = client.post(
        f"/api/v1/tickets/{ticket.id}/comments",
        headers=token_headers(session, Scope.TICKETS_READ, Scope.TICKETS_WRITE),
        json={"body": "I am a robot", "public": True},
    )

    assert response.status_code == 403
    assert _emails(session, ticket) == []


def test_replying_on_a_closed_ticket_points_at_the_ticket(
    agent_api: TestClient, session: Session
) -> None:
    ticket = _ticket(session)
    actions.set_status(session, ticket, TicketStatus.CLOSED, actor="test")
    session.commit()

    errors = _refusal(
        agent_api.post(
            f"/api/v1/tickets/{ticket.id}/comments", json={"body": "Hello?", "public": True}
        )
    )
    empty = _refusal(
        agent_api.post(f"/api/v1/tickets/{ticket.id}/comments", json={"body": "", "public": True})
    )

    assert errors == {("path", "ticket_id"): "is closed; reopen it before replying"}
    assert ("body", "body") in empty


def test_a_reply_whose_status_is_refused_sends_nothing(
    agent_api: TestClient, session: Session, agent: StaffUser
) -> None:
    ticket = _ticket(session)
    _open_self_harm_child(session, ticket, agent)

    errors = _refusal(
        agent_api.post(
            f"/api/v1/tickets/{ticket.id}/comments",
            json={"body": "All done", "public": True, "status": "solved"},
        )
    )

    assert list(errors) == [("body", "status")]
    assert _emails(session, ticket) == []


# Status and assignment


def test_pending_pauses_the_clocks_and_open_resumes_them(
    agent_api: TestClient, session: Session
) -> None:
    ticket = _ticket(session)
    url = f"/api/v1/tickets/{ticket.id}/status"

    paused = _ok(agent_api.post(url, json={"status": "pending"}))
    assert paused["status"] == "pending"
    assert paused["next_deadline"] is None  # nothing runs while waiting on the requester
    clocks = _ok(agent_api.get(f"/api/v1/tickets/{ticket.id}"))["clocks"]
    assert {clock["state"] for clock in clocks} == {"paused"}

    resumed = _ok(agent_api.post(url, json={"status": "open"}))
    assert resumed["next_deadline"]["state"] == "running"


def test_reopening_a_solved_ticket_starts_a_new_resolution_clock(
    agent_api: TestClient, session: Session
) -> None:
    ticket = _ticket(session)
    url = f"/api/v1/tickets/{ticket.id}/status"
    _ok(agent_api.post(url, json={"status": "solved"}))

    reopened = _ok(agent_api.post(url, json={"status": "open"}))

    deadline = reopened["next_deadline"]
    assert deadline["kind"] == "resolution"
    assert deadline["state"] == "running"
    assert isinstance(deadline["id"], int)


def test_status_refusals_name_the_field(agent_api: TestClient, session: Session) -> None:
    ticket = _ticket(session)
    url = f"/api/v1/tickets/{ticket.id}/status"
    actions.set_status(session, ticket, TicketStatus.OPEN, actor="test")
    session.commit()

    back_to_new = _refusal(agent_api.post(url, json={"status": "new"}))
    unknown = _refusal(agent_api.post(url, json={"status": "archived"}))

    assert back_to_new == {("body", "status"): "a ticket cannot go back to new"}
    assert ("body", "status") in unknown


def test_assigning_and_unassigning_a_ticket(
    agent_api: TestClient, session: Session, agent: StaffUser
) -> None:
    ticket = _ticket(session)
    url = f"/api/v1/tickets/{ticket.id}/assignment"
    support = session.scalars(select(Group).where(Group.name == "Support")).one()

    assigned = _ok(agent_api.post(url, json={"assignee_id": agent.id, "group_id": support.id}))
    unassigned = _ok(agent_api.post(url, json={"assignee_id": None}))
    queue = _ok(agent_api.get("/api/v1/tickets", params={"unassigned": True, "page_size": 200}))

    assert ticket.id in {item["id"] for item in queue["items"]}
    assert assigned["assignee"] == {"id": agent.id, "name": agent.full_name, "role": "agent"}
    assert assigned["group"] == {"id": support.id, "name": "Support"}
    assert unassigned["assignee"] is None
    assert unassigned["group"]["name"] == "Support"


def test_assignment_refuses_unknown_staff_and_groups_by_field(
    agent_api: TestClient, session: Session
) -> None:
    ticket = _ticket(session)
    url = f"/api/v1/tickets/{ticket.id}/assignment"

    nobody = _refusal(agent_api.post(url, json={"assignee_id": 2_000_000_000}))
    no_group = _refusal(agent_api.post(url, json={"assignee_id": None, "group_id": 2_000_000_000}))

    assert nobody == {("body", "assignee_id"): "no active staff member 2000000000"}
    assert no_group == {("body", "group_id"): "no group 2000000000"}


# The second party's clock


def test_the_second_party_clock_runs_against_the_other_party(
    agent_api: TestClient, session: Session
) -> None:
    freelancer = factories.account(session)
    two_party = _ticket(session, second_party=freelancer)
    one_party = _ticket(session)

    clock = _ok(
        agent_api.post(f"/api/v1/tickets/{two_party.id}/second-party-clock", json={"hours": 48}),
        201,
    )
    again = _refusal(agent_api.post(f"/api/v1/tickets/{two_party.id}/second-party-clock", json={}))
    nobody = _refusal(agent_api.post(f"/api/v1/tickets/{one_party.id}/second-party-clock", json={}))

    assert (clock["party"], clock["state"]) == ("second_party", "running")
    assert 48 * 3600 - 60 < clock["remaining_seconds"] <= 48 * 3600
    assert again == {("path", "ticket_id"): "a clock is already running against the second party"}
    assert nobody == {("path", "ticket_id"): "this ticket has no second party to wait for"}


# Escalations


def test_an_agent_escalates_and_only_the_target_team_resolves(
    app: FastAPI, agent_api: TestClient, session: Session
) -> None:
    ticket = _ticket(session)
    escalation = _ok(
        agent_api.post(
            f"/api/v1/tickets/{ticket.id}/escalations",
            json={"target": "team_lead", "reason": "Requester threatens legal action"},
        ),
        201,
    )
    url = f"/api/v1/escalations/{escalation['id']}/resolve"
    executive = staff_client(app, session, Role.EXECUTIVE_ESCALATIONS)
    lead = staff_client(app, session, Role.TEAM_LEAD)

    by_agent = agent_api.post(url, json={"resolution": "Handled"})
    by_executive = executive.post(url, json={"resolution": "Handled"})
    resolved = _ok(lead.post(url, json={"resolution": "Called the requester back"}))
    twice = _refusal(lead.post(url, json={"resolution": "Again"}))

    assert by_agent.status_code == 403
    assert by_executive.status_code == 403
    assert "Team lead" in by_executive.json()["detail"]
    assert resolved["resolution"] == "Called the requester back"
    assert resolved["resolved_at"] is not None
    assert twice == {("path", "escalation_id"): "is already resolved"}


def test_an_escalation_needs_a_reason(agent_api: TestClient, session: Session) -> None:
    ticket = _ticket(session)
    url = f"/api/v1/tickets/{ticket.id}/escalations"

    missing = _refusal(agent_api.post(url, json={"target": "team_lead"}))
    blank = _refusal(agent_api.post(url, json={"target": "team_lead", "reason": "   "}))
    wrong_target = _refusal(agent_api.post(url, json={"target": "ceo", "reason": "x"}))

    assert ("body", "reason") in missing
    assert blank == {("body", "reason"): "say why the ticket is escalated"}
    assert ("body", "target") in wrong_target


def test_resolving_an_unknown_escalation_is_a_404(app: FastAPI, session: Session) -> None:
    admin = staff_client(app, session, Role.ADMIN)

    response = admin.post("/api/v1/escalations/999999/resolve", json={"resolution": "x"})

    assert response.status_code == 404
    assert response.json() == {"detail": "escalation 999999 does not exist"}


# Child tickets


def _self_harm_fields(ticket: Ticket, account: Account | None) -> dict[str, str]:
    return {
        "user_type": "freelancer",
        "account_status": "active",
        "agent_notes": "User wrote they want to end it all during the chat.",
        "main_ticket_url": f"{BASE_URL}/tickets/{ticket.id}",
        "account_view_url": f"{BASE_URL}/accounts/{account.id if account else 0}",
    }


def _open_self_harm_child(session: Session, ticket: Ticket, agent: StaffUser) -> Ticket:
    child = actions.open_child_ticket(
        session,
        ticket,
        child_type=ChildTicketType.SELF_HARM,
        fields=_self_harm_fields(ticket, ticket.requester_account),
        actor=agent,
    )
    session.commit()
    return child


def test_a_self_harm_child_ticket_refuses_a_wrong_account_view_url(
    agent_api: TestClient, session: Session
) -> None:
    account = factories.account(session, email="kai@example.com")
    ticket = _ticket(session, requester_account=account)
    fields = _self_harm_fields(ticket, account) | {
        "account_view_url": "https://admin.example.com/users/kai"
    }

    errors = _refusal(
        agent_api.post(
            f"/api/v1/tickets/{ticket.id}/children", json={"type": "self_harm", "fields": fields}
        )
    )

    assert errors == {
        ("body", "fields", "account_view_url"): (
            f"must be an account view URL of this desk, {BASE_URL}/accounts/<account id>"
        )
    }
    assert _ok(agent_api.get(f"/api/v1/tickets/{ticket.id}"))["children"] == []


def test_a_self_harm_child_ticket_names_every_missing_field(
    agent_api: TestClient, session: Session
) -> None:
    ticket = _ticket(session)

    errors = _refusal(
        agent_api.post(
            f"/api/v1/tickets/{ticket.id}/children",
            json={"type": "self_harm", "fields": {"user_type": "robot", "mood": "bad"}},
        )
    )

    assert errors[("body", "fields", "user_type")].startswith("must be one of: freelancer")
    assert errors[("body", "fields", "mood")] == "is not a field of a self_harm child ticket"
    assert errors[("body", "fields", "main_ticket_url")] == "Main ticket URL is required"
    assert ("body", "fields", "account_view_url") in errors


def test_a_child_ticket_blocks_its_parent_from_being_solved(
    agent_api: TestClient, session: Session
) -> None:
    account = factories.account(session, email="kai@example.com")
    ticket = _ticket(session, requester_account=account)

    child = _ok(
        agent_api.post(
            f"/api/v1/tickets/{ticket.id}/children",
            json={"type": "self_harm", "fields": _self_harm_fields(ticket, account)},
        ),
        201,
    )
    refused = _refusal(
        agent_api.post(f"/api/v1/tickets/{ticket.id}/status", json={"status": "solved"})
    )
    parent = _ok(agent_api.get(f"/api/v1/tickets/{ticket.id}"))

    assert (child["parent_id"], child["child_type"], child["priority"]) == (
        ticket.id,
        "self_harm",
        "urgent",
    )
    assert refused == {
        ("body", "status"): f"cannot be solved while child tickets #{child['id']} are open"
    }
    assert [c["id"] for c in parent["children"]] == [child["id"]]
    assert child["next_deadline"]["kind"] == "resolution"


def test_a_self_harm_child_ticket_is_for_executive_escalations_only(
    app: FastAPI, agent_api: TestClient, client: TestClient, session: Session, agent: StaffUser
) -> None:
    account = factories.account(session, email="kai@example.com")
    parent = _ticket(session, requester_account=account)
    child = _open_self_harm_child(session, parent, agent)
    executive = staff_client(app, session, Role.EXECUTIVE_ESCALATIONS)
    url = f"/api/v1/tickets/{child.id}"

    by_agent = agent_api.get(url)
    by_token = client.get(url, headers=token_headers(session, Scope.TICKETS_READ))
    status_by_agent = agent_api.post(f"{url}/status", json={"status": "solved"})
    by_executive = _ok(executive.get(url))

    assert by_agent.status_code == by_token.status_code == status_by_agent.status_code == 403
    assert "only Executive escalations and Admin" in by_agent.json()["detail"]
    assert by_executive["child_fields"]["account_view_url"] == f"{BASE_URL}/accounts/{account.id}"
    assert [c["public"] for c in by_executive["comments"]] == [False]


# Macros


@pytest.fixture
def macro(session: Session) -> Macro:
    macro = Macro(title="Test > Acknowledge", body=MACRO_BODY, public=True)
    session.add(macro)
    session.commit()
    return macro


def test_the_macro_list_shows_each_macros_placeholders_and_slots(
    agent_api: TestClient, macro: Macro
) -> None:
    body = _ok(agent_api.get("/api/v1/macros", params={"page_size": 200}))

    listed = {item["title"]: item for item in body["items"]}
    assert body["total"] == len(body["items"]) > 40  # the playbook macros, and ours
    assert listed["Test > Acknowledge"]["placeholders"] == [
        "requester.first_name",
        "agent.first_name",
    ]
    assert listed["Test > Acknowledge"]["slots"] == ["PARAPHRASE ISSUE"]
    assert "CS > Self-harm/Suicide Threat > General Response" in listed


def test_a_macro_preview_shows_what_is_still_missing(
    agent_api: TestClient, session: Session, macro: Macro, agent: StaffUser
) -> None:
    ticket = _ticket(session)
    url = f"/api/v1/tickets/{ticket.id}/macros/{macro.id}/preview"

    empty = _ok(agent_api.post(url, json={}))
    filled = _ok(agent_api.post(url, json={"slots": {"PARAPHRASE ISSUE": "a missing payment"}}))

    assert empty["missing"] == ["[[PARAPHRASE ISSUE]]"]
    assert empty["complete"] is False
    assert "[[PARAPHRASE ISSUE]]" in empty["text"]
    assert empty["text"].startswith("Hi Maria, thank you")
    assert filled["complete"] is True
    assert filled["text"] == (
        "Hi Maria, thank you for reaching out about a missing payment. "
        f"I'm {agent.first_name} and I'll look into it."
    )
    assert _emails(session, ticket) == []


def test_applying_a_macro_refuses_a_missing_slot_then_sends_once_given(
    agent_api: TestClient, session: Session, macro: Macro
) -> None:
    ticket = _ticket(session)
    url = f"/api/v1/tickets/{ticket.id}/macros/{macro.id}/apply"

    refused = _refusal(agent_api.post(url, json={}))
    assert refused == {
        ("body", "slots", "PARAPHRASE ISSUE"): "[[PARAPHRASE ISSUE]] has no value: fill the slot"
    }
    assert _emails(session, ticket) == []

    comment = _ok(agent_api.post(url, json={"slots": {"PARAPHRASE ISSUE": "your payment"}}), 201)

    (email,) = _emails(session, ticket)
    assert email.body == comment["body"]
    assert "about your payment." in email.body
    assert comment["macro_id"] == macro.id


def test_applying_a_macro_names_a_placeholder_the_ticket_cannot_fill(
    agent_api: TestClient, session: Session, macro: Macro
) -> None:
    nameless = _ticket(session, requester_name="")
    url = f"/api/v1/tickets/{nameless.id}/macros/{macro.id}/apply"

    refused = _refusal(agent_api.post(url, json={"slots": {"PARAPHRASE ISSUE": "x"}}))
    edited = _refusal(agent_api.post(url, json={"body": "Hi {{ requester.first_name }}"}))
    sent = _ok(agent_api.post(url, json={"body": "Hi there, we are on it."}), 201)

    assert list(refused) == [("body", "body")]
    assert refused[("body", "body")].startswith("{{ requester.first_name }} has no value")
    assert edited == {("body", "body"): "still has no value for: requester.first_name"}
    assert sent["body"] == "Hi there, we are on it."


def test_a_macro_refuses_slots_it_does_not_have(
    agent_api: TestClient, session: Session, macro: Macro
) -> None:
    ticket = _ticket(session)

    errors = _refusal(
        agent_api.post(
            f"/api/v1/tickets/{ticket.id}/macros/{macro.id}/preview",
            json={"slots": {"PARAPHRASE_ISSUE": "typo"}},
        )
    )

    assert errors == {
        ("body", "slots", "PARAPHRASE_ISSUE"): (
            "is not a slot of this macro (its slots: PARAPHRASE ISSUE)"
        )
    }


def test_an_unknown_macro_is_a_404(agent_api: TestClient, session: Session) -> None:
    ticket = _ticket(session)

    response = agent_api.post(f"/api/v1/tickets/{ticket.id}/macros/999999/apply", json={})

    assert response.status_code == 404
    assert response.json() == {"detail": "macro 999999 does not exist"}


# Audit


def test_the_audit_trail_lists_every_change_for_staff_only(
    agent_api: TestClient, client: TestClient, session: Session
) -> None:
    ticket = _ticket(session)
    agent_api.post(f"/api/v1/tickets/{ticket.id}/status", json={"status": "pending"})

    trail = _ok(agent_api.get(f"/api/v1/tickets/{ticket.id}/audit"))
    as_token = client.get(
        f"/api/v1/tickets/{ticket.id}/audit", headers=token_headers(session, Scope.TICKETS_READ)
    )

    assert [event["action"] for event in trail] == ["ticket.open", "ticket.status"]
    assert trail[1]["before"] == {"status": "new"}
    assert trail[1]["after"] == {"status": "pending"}
    assert trail[1]["actor"].startswith("staff:agent-")
    assert as_token.status_code == 403
