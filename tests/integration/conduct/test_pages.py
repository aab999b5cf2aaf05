"""Conversation safety on the pages: the panel on the ticket page, its forms, the live
reply linter, and the user's chat window reached through its signed link."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from httpx2 import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests import factories
from tests.conftest import Configure, login, make_staff
from trustdesk import links
from trustdesk.conduct.models import MessageScan
from trustdesk.desk import actions
from trustdesk.desk.chat import CHAT_LINK_PURPOSE, chat_link
from trustdesk.desk.models import Channel, ChildTicketType, Ticket, TicketStatus
from trustdesk.desk.seed import seed_desk
from trustdesk.marketplace.models import Account
from trustdesk.staff.models import Role

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def user(session: Session) -> Account:
    seed_desk(session)
    account = factories.client_account(
        session, first_name="Robin", last_name="Hale", email="robin@example.com"
    )
    session.commit()
    return account


@pytest.fixture
def chat(session: Session, user: Account) -> Ticket:
    ticket = actions.open_ticket(
        session,
        subject="Payment missing",
        body="Hi, my payment is missing.",
        channel=Channel.CHAT,
        actor="test",
        requester_account=user,
    )
    session.commit()
    return ticket


def _post(client: TestClient, url: str, data: dict[str, str], page: str) -> Response:
    match = CSRF.search(client.get(page).text)
    assert match
    return client.post(url, data={**data, "csrf_token": match.group(1)}, follow_redirects=False)


def _user_says(client: TestClient, ticket: Ticket, text: str) -> Response:
    link = urlsplit(chat_link(ticket.id)).path
    return _post(client, link, {"body": text}, link)


def test_the_user_writes_through_the_signed_link_and_the_message_is_scanned(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    response = _user_says(client, chat, "you people are useless")
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert "you people are useless" in page.text
    scans = session.scalars(select(MessageScan).where(MessageScan.ticket_id == chat.id)).all()
    assert [scan.abuse for scan in scans] == ["none", "abusive"]


def test_a_tampered_or_foreign_chat_link_opens_nothing(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    assert client.get("/chat/not-a-token").status_code == 404
    other_purpose = links.make_link_token("my_stats", chat.id)
    assert client.get(f"/chat/{other_purpose}").status_code == 404
    right = links.make_link_token(CHAT_LINK_PURPOSE, chat.id)
    assert client.get(f"/chat/{right}").status_code == 200


def test_an_empty_or_oversized_chat_message_is_refused_naming_the_field(
    client: TestClient, chat: Ticket
) -> None:
    empty = _user_says(client, chat, "   ")
    assert empty.status_code == 422
    assert "Message: write something before sending" in empty.text
    huge = _user_says(client, chat, "x" * 20_001)
    assert huge.status_code == 422
    assert "the most is 20,000" in huge.text


def test_a_closed_chat_takes_no_more_messages(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    link = urlsplit(chat_link(chat.id)).path
    match = CSRF.search(client.get(link).text)
    assert match
    actions.set_status(session, chat, TicketStatus.CLOSED, actor="test")
    session.commit()
    assert "data-chat-ended" in client.get(link).text
    response = client.post(link, data={"body": "hello?", "csrf_token": match.group(1)})
    assert response.status_code == 409
    assert "This chat has ended" in response.text


def test_the_chat_page_reads_new_messages_through_its_signed_link(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    link = urlsplit(chat_link(chat.id)).path
    everything = client.get(f"{link}/messages").json()
    assert [line["sender"] for line in everything["messages"]] == ["user"]
    assert everything["open"] is True
    shown = everything["messages"][-1]["id"]
    agent = make_staff(session, Role.AGENT)
    actions.add_reply(session, chat, author=agent, body="Let me check.", public=True)
    actions.add_reply(session, chat, author=agent, body="Private thought", public=False)
    session.commit()
    new = client.get(f"{link}/messages", params={"after": shown}).json()["messages"]
    assert [(line["sender"], line["author"], line["body"]) for line in new] == [
        ("agent", "Test", "Let me check.")
    ]
    assert client.get("/chat/not-a-token/messages").status_code == 404
    other_purpose = links.make_link_token("my_stats", chat.id)
    assert client.get(f"/chat/{other_purpose}/messages").status_code == 404


def test_the_ticket_page_reads_new_messages_with_the_pages_access(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    url = f"/tickets/{chat.id}/messages"
    assert client.get(url, follow_redirects=False).status_code == 303
    login(client, make_staff(session, Role.AGENT))
    (first,) = client.get(url).json()["messages"]
    assert first["label"] == "Requester"
    assert first["guidance"] is None
    _user_says(client, chat, "you are a worthless idiot")
    (abusive,) = client.get(url, params={"after": first["id"]}).json()["messages"]
    assert abusive["body"] == "you are a worthless idiot"
    assert abusive["guidance"] == "warn"
    assert client.get(url, params={"after": abusive["id"]}).json()["messages"] == []
    assert client.get("/tickets/999999/messages").status_code == 404
    child = actions.open_child_ticket(
        session,
        chat,
        child_type=ChildTicketType.CONTACT_INFORMATION,
        fields={
            "requested_by": "client",
            "contract_reference": "C-1",
            "reason": "to reach the freelancer",
            "main_ticket_url": actions.ticket_url(chat.id),
        },
        actor=make_staff(session, Role.TEAM_LEAD),
    )
    session.commit()
    assert client.get(f"/tickets/{child.id}/messages").status_code == 403


def test_the_panel_offers_warnings_and_holds_back_disconnect(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    login(client, make_staff(session, Role.AGENT))
    _user_says(client, chat, "you are a worthless idiot")
    page = client.get(f"/tickets/{chat.id}").text
    assert 'data-banner="abusive"' in page
    assert page.count("data-send-warning") == 3
    assert re.search(r"data-disconnect\s+disabled", page)
    assert "send one of the warning scripts first" in page
    refused = _post(client, f"/tickets/{chat.id}/disconnect", {}, f"/tickets/{chat.id}")
    assert refused.status_code == 422
    assert "Disconnect: not yet" in refused.text


def test_venting_shows_the_let_them_vent_hint_and_no_warning(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    login(client, make_staff(session, Role.AGENT))
    _user_says(client, chat, "this is absolute bullshit, two weeks and nothing")
    page = client.get(f"/tickets/{chat.id}").text
    assert 'data-banner="venting"' in page
    assert "Let them vent" in page
    assert "data-send-warning" not in page


def test_self_harm_banner_and_one_click_child_ticket(
    client: TestClient, session: Session, chat: Ticket, configure: Configure
) -> None:
    configure(marketplace_name="Gigly")
    login(client, make_staff(session, Role.AGENT))
    _user_says(client, chat, "I don't see a reason to go on")
    page = client.get(f"/tickets/{chat.id}").text
    assert 'data-banner="self-harm"' in page
    assert "Use “General Response”" in page
    assert "mental health or depression; Gigly, their account" in page
    assert 'data-lint-url="/tickets/' in page
    response = _post(client, f"/tickets/{chat.id}/self-harm-child", {}, f"/tickets/{chat.id}")
    assert response.status_code == 303
    session.expire_all()
    child = session.scalars(select(Ticket).where(Ticket.parent_id == chat.id)).one()
    assert child.child_type == ChildTicketType.SELF_HARM


def test_the_reply_linter_answers_as_the_agent_types(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    login(client, make_staff(session, Role.AGENT))
    _user_says(client, chat, "I want to kill myself")
    response = _post(
        client,
        f"/tickets/{chat.id}/reply-lint",
        {"body": "It will get better, talk to your friends"},
        f"/tickets/{chat.id}",
    )
    assert response.status_code == 200
    assert [flag["rule"] for flag in response.json()["flags"]] == [
        "it_will_get_better",
        "friends_or_family",
    ]


def test_a_flagged_reply_is_sent_back_with_its_reasons(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    login(client, make_staff(session, Role.AGENT))
    _user_says(client, chat, "I want to kill myself")
    response = _post(
        client,
        f"/tickets/{chat.id}/reply",
        {"kind": "public", "body": "I understand how you feel."},
        f"/tickets/{chat.id}",
    )
    assert response.status_code == 422
    assert "can sound insensitive to someone in crisis" in response.text
    sent = _post(
        client,
        f"/tickets/{chat.id}/reply",
        {"kind": "public", "body": "I understand how you feel.", "lint_acknowledged": "yes"},
        f"/tickets/{chat.id}",
    )
    assert sent.status_code == 303


def test_a_user_who_will_not_end_gets_the_follow_up_form(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    login(client, make_staff(session, Role.AGENT))
    _user_says(client, chat, "I'm not leaving this chat until I talk to someone in charge")
    page = client.get(f"/tickets/{chat.id}").text
    assert 'data-situation="someone_in_charge"' in page
    refused = _post(
        client, f"/tickets/{chat.id}/supervisor-follow-up", {"kind": "call"}, f"/tickets/{chat.id}"
    )
    assert refused.status_code == 422
    assert "When: say when the follow-up takes place" in refused.text
    done = _post(
        client,
        f"/tickets/{chat.id}/supervisor-follow-up",
        {"kind": "email", "when": "tomorrow 09:00 UTC"},
        f"/tickets/{chat.id}",
    )
    assert done.status_code == 303


def test_the_agent_disconnects_after_warning_and_continued_abuse(
    client: TestClient, session: Session, chat: Ticket
) -> None:
    login(client, make_staff(session, Role.AGENT))
    _user_says(client, chat, "you are a worthless idiot")
    page = client.get(f"/tickets/{chat.id}").text
    warning = re.search(r'name="macro" value="(\d+)">\s*<input type="hidden" name="intent"', page)
    assert warning
    sent = _post(
        client,
        f"/tickets/{chat.id}/macro",
        {"macro": warning.group(1), "intent": "send"},
        f"/tickets/{chat.id}",
    )
    assert sent.status_code == 303
    _user_says(client, chat, "shut up you moron")
    asked = _post(client, f"/tickets/{chat.id}/disconnect", {}, f"/tickets/{chat.id}")
    assert asked.status_code == 200
    assert "data-confirm-disconnect" in asked.text
    session.expire_all()
    assert session.get(Ticket, chat.id).status != TicketStatus.CLOSED  # only asked
    done = _post(
        client, f"/tickets/{chat.id}/disconnect", {"confirm": "yes"}, f"/tickets/{chat.id}"
    )
    assert done.status_code == 303, done.text
    session.expire_all()
    assert session.get(Ticket, chat.id).status == TicketStatus.CLOSED
    closed = client.get(f"/tickets/{chat.id}").text
    assert "Keep assisting" not in closed
    assert "data-chat-over" in closed
    assert 'id="macro-select"' not in closed
