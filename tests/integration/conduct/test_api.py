"""Conversation safety through the API: the marketplace forwards a user's chat line and
learns what the scan found; replies in a self-harm conversation are linted there too."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests import factories
from tests.routes import staff_client, token_headers
from trustdesk.app import create_app
from trustdesk.desk import actions
from trustdesk.desk.models import Channel, Ticket, TicketStatus
from trustdesk.desk.seed import seed_desk
from trustdesk.staff.models import Role, Scope


@pytest.fixture
def chat(session: Session) -> Ticket:
    seed_desk(session)
    user = factories.client_account(session, first_name="Lee", email="lee@example.com")
    ticket = actions.open_ticket(
        session,
        subject="Missing payment",
        body="Hello, a payment is missing.",
        channel=Channel.CHAT,
        actor="test",
        requester_account=user,
    )
    session.commit()
    return ticket


def test_a_forwarded_chat_line_is_scanned_and_the_answer_says_what_to_do(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    response = client.post(
        f"/api/v1/tickets/{chat.id}/messages",
        json={"body": "you people are useless, I want your CEO"},
        headers=token_headers(session, Scope.TICKETS_WRITE),
    )
    assert response.status_code == 201, response.text
    safety = response.json()["safety"]
    assert safety["abuse"] == "abusive"
    assert safety["abuse_types"] == ["directed_insult"]
    assert safety["guidance"] == "warn"
    assert safety["situations"] == ["leadership"]
    assert response.json()["comment"]["author_account_id"] == chat.requester_account_id


def test_a_message_from_a_missing_second_party_or_to_a_closed_ticket_is_refused(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    headers = token_headers(session, Scope.TICKETS_WRITE)
    no_party = client.post(
        f"/api/v1/tickets/{chat.id}/messages",
        json={"body": "hi", "sender": "second_party"},
        headers=headers,
    )
    assert no_party.status_code == 422
    assert no_party.json()["detail"][0]["loc"][-1] == "sender"
    actions.set_status(session, chat, TicketStatus.CLOSED, actor="test")
    session.commit()
    closed = client.post(
        f"/api/v1/tickets/{chat.id}/messages", json={"body": "hi"}, headers=headers
    )
    assert closed.status_code == 422
    assert "is closed" in closed.text


def test_a_reader_token_cannot_add_messages(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    response = client.post(
        f"/api/v1/tickets/{chat.id}/messages",
        json={"body": "hi"},
        headers=token_headers(session, Scope.TICKETS_READ),
    )
    assert response.status_code == 403


def test_api_replies_in_a_self_harm_conversation_are_linted(session: Session, chat: Ticket) -> None:
    actions.add_customer_message(
        session,
        chat,
        body="I want to end my life",
        channel=Channel.CHAT,
        author_email=chat.requester_email,
        author_account_id=chat.requester_account_id,
    )
    session.commit()
    with staff_client(create_app(), session, Role.AGENT) as agent:
        refused = agent.post(
            f"/api/v1/tickets/{chat.id}/comments",
            json={"body": "It will get better.", "public": True},
        )
        assert refused.status_code == 422
        assert "it will get better" in refused.text.lower()
        sent = agent.post(
            f"/api/v1/tickets/{chat.id}/comments",
            json={"body": "It will get better.", "public": True, "acknowledge_lint": True},
        )
        assert sent.status_code == 201
