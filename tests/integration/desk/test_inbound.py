"""Incoming email: replies threaded onto their ticket (by address or by Message-ID),
second-party answers stopping their clock, new tickets for the rest, each message once;
through the action, ``POST /api/v1/inbound-email`` and ``trustdesk mail receive``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from tests import factories
from tests.integration.desk.conftest import T0
from trustdesk.audit import AuditEvent
from trustdesk.cli import app as cli
from trustdesk.desk import actions
from trustdesk.desk.inbound import InboundEmailResult, InboundError, receive
from trustdesk.desk.models import (
    Channel,
    ClockKind,
    Comment,
    OutboundEmail,
    Party,
    Ticket,
    TicketStatus,
)
from trustdesk.marketplace.models import Account
from trustdesk.staff.actions import create_api_token
from trustdesk.staff.models import Scope, StaffUser

LATER = T0 + timedelta(hours=3)
MakeTicket = Callable[..., Ticket]


def email_bytes(body: str = "Thanks, I will check.", **headers: str) -> bytes:
    message = EmailMessage()
    defaults = {
        "From": "Chris Doyle <chris@example.com>",
        "To": "support@trustdesk.local",
        "Subject": "Re: My freelancer stopped responding",
        "Message-ID": "<m-1@mail.example.com>",
    }
    for name, value in (defaults | headers).items():
        message[name] = value
    message.set_content(body)
    return message.as_bytes()


def to_ticket(ticket: Ticket) -> str:
    return f"support+t{ticket.id}@trustdesk.local"


def comments(session: Session, ticket: Ticket) -> list[Comment]:
    session.expire_all()
    return list(
        session.scalars(select(Comment).where(Comment.ticket_id == ticket.id).order_by(Comment.id))
    )


def ticket_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Ticket)) or 0


def receive_at(session: Session, raw: bytes) -> InboundEmailResult:
    return receive(session, raw, actor="test:mta", now=LATER)


def agent_reply(session: Session, ticket: Ticket, agent: StaffUser) -> OutboundEmail:
    """The agent answers and waits on the requester; the reply is emailed."""
    actions.add_reply(
        session,
        ticket,
        author=agent,
        body="Could you tell us the contract?",
        public=True,
        status=TicketStatus.PENDING,
        now=T0 + timedelta(hours=1),
    )
    session.commit()
    return session.scalars(select(OutboundEmail).where(OutboundEmail.ticket_id == ticket.id)).one()


# --- threading -------------------------------------------------------------------------------


def test_a_reply_to_the_ticket_address_is_threaded_without_the_quoted_text(
    session: Session, make_ticket: MakeTicket, agent: StaffUser, requester: Account
) -> None:
    ticket = make_ticket()
    agent_reply(session, ticket, agent)
    raw = email_bytes(
        "It is contract 4411.\n\nOn Mon, 2 Nov 2026 at 10:00, trustdesk support wrote:\n"
        "> Could you tell us the contract?\n",
        To=to_ticket(ticket),
    )
    result = receive_at(session, raw)
    assert (result.outcome, result.ticket_id) == ("threaded", ticket.id)
    latest = comments(session, ticket)[-1]
    assert latest.id == result.comment_id
    assert latest.body == "It is contract 4411."
    assert (latest.public, latest.channel, latest.email_message_id) == (
        True,
        Channel.EMAIL,
        "<m-1@mail.example.com>",
    )
    assert (latest.author_email, latest.author_account_id) == ("chris@example.com", requester.id)
    # The requester answered: the ticket no longer waits on them.
    assert ticket.status == TicketStatus.OPEN


def test_a_reply_is_threaded_by_in_reply_to_the_desks_email(
    session: Session, make_ticket: MakeTicket, agent: StaffUser
) -> None:
    ticket = make_ticket()
    make_ticket(subject="Another ticket of the same requester")
    sent = agent_reply(session, ticket, agent)
    result = receive_at(session, email_bytes(**{"In-Reply-To": sent.message_id}))
    assert (result.outcome, result.ticket_id) == ("threaded", ticket.id)


def test_a_reply_is_threaded_by_an_older_reference(
    session: Session, make_ticket: MakeTicket, agent: StaffUser
) -> None:
    ticket = make_ticket()
    sent = agent_reply(session, ticket, agent)
    raw = email_bytes(
        **{"In-Reply-To": "<unknown@elsewhere.test>", "References": f"{sent.message_id}"}
    )
    assert receive_at(session, raw).ticket_id == ticket.id


def test_a_follow_up_to_the_requesters_own_email_is_threaded(
    session: Session, make_ticket: MakeTicket
) -> None:
    ticket = make_ticket()
    receive_at(session, email_bytes(To=to_ticket(ticket)))
    follow_up = email_bytes(
        "One more thing.",
        **{"Message-ID": "<m-2@mail.example.com>"},
        References="<m-1@mail.example.com>",
    )
    result = receive_at(session, follow_up)
    assert (result.outcome, result.ticket_id) == ("threaded", ticket.id)


def test_the_second_party_answering_stops_the_clock_running_against_them(
    session: Session, make_ticket: MakeTicket, agent: StaffUser
) -> None:
    freelancer = factories.account(session, email="Ana.Reyes@example.com")
    ticket = make_ticket(second_party=freelancer)
    clock = actions.start_second_party_clock(session, ticket, actor=agent, now=T0)
    session.commit()
    raw = email_bytes(
        "Sorry, I was ill. I will deliver on Friday.",
        From="Ana Reyes <ana.reyes@example.com>",
        To=to_ticket(ticket),
    )
    result = receive_at(session, raw)
    assert result.outcome == "threaded"
    session.refresh(clock)
    assert (clock.kind, clock.party, clock.stopped_at) == (
        ClockKind.PARTY_RESPONSE,
        Party.SECOND_PARTY,
        LATER,
    )
    latest = comments(session, ticket)[-1]
    assert latest.author_account_id == freelancer.id
    audit_actions = session.scalars(
        select(AuditEvent.action).where(
            AuditEvent.subject_type == "ticket", AuditEvent.subject_id == str(ticket.id)
        )
    ).all()
    assert "ticket.second_party_message" in audit_actions
    assert "email.receive" in audit_actions


def test_the_same_message_delivered_twice_is_received_once(
    session: Session, make_ticket: MakeTicket
) -> None:
    ticket = make_ticket()
    raw = email_bytes(To=to_ticket(ticket))
    first = receive_at(session, raw)
    again = receive_at(session, raw)
    assert (again.outcome, again.ticket_id, again.comment_id) == (
        "duplicate",
        ticket.id,
        first.comment_id,
    )
    assert len(comments(session, ticket)) == 2  # the opening message and the reply


# --- new tickets --------------------------------------------------------------------------------


def test_an_email_matching_no_ticket_opens_one_for_its_sender(
    session: Session, seeded: Session
) -> None:
    account = factories.account(session, email="maria@example.com")
    raw = email_bytes(
        "My payment is on hold since Monday.",
        From="Maria Santos <Maria@Example.com>",
        Subject="Payment on hold",
        **{"Message-ID": "<new-1@mail.example.com>"},
    )
    before = ticket_count(session)
    result = receive_at(session, raw)
    assert result.outcome == "opened"
    ticket = session.get(Ticket, result.ticket_id)
    assert ticket is not None
    assert (ticket.subject, ticket.channel, ticket.requester_email) == (
        "Payment on hold",
        Channel.EMAIL,
        "maria@example.com",
    )
    assert ticket.requester_account_id == account.id
    assert ticket.requester_name == "Maria Santos"
    (first,) = comments(session, ticket)
    assert (first.body, first.email_message_id) == (
        "My payment is on hold since Monday.",
        "<new-1@mail.example.com>",
    )
    assert receive_at(session, raw).outcome == "duplicate"
    assert ticket_count(session) == before + 1


def test_a_plus_address_on_another_domain_does_not_thread(
    session: Session, make_ticket: MakeTicket
) -> None:
    ticket = make_ticket()
    raw = email_bytes(To="support@trustdesk.local", Cc=f"colleague+t{ticket.id}@example.com")
    assert receive_at(session, raw).outcome == "opened"


def test_a_reply_to_a_closed_ticket_opens_a_follow_up_ticket(
    session: Session, make_ticket: MakeTicket
) -> None:
    ticket = make_ticket()
    actions.set_status(session, ticket, TicketStatus.CLOSED, actor="test", now=T0)
    result = receive_at(session, email_bytes(To=to_ticket(ticket)))
    assert result.outcome == "opened"
    follow_up = session.get(Ticket, result.ticket_id)
    assert follow_up is not None
    assert follow_up.tags == [f"follow-up-of-{ticket.id}"]
    assert ticket.status == TicketStatus.CLOSED


# --- automatic mail ------------------------------------------------------------------------------


def test_an_out_of_office_reply_is_an_internal_note_that_moves_nothing(
    session: Session, make_ticket: MakeTicket, agent: StaffUser
) -> None:
    ticket = make_ticket()
    agent_reply(session, ticket, agent)
    raw = email_bytes(
        "I am away until Monday.", To=to_ticket(ticket), **{"Auto-Submitted": "auto-replied"}
    )
    result = receive_at(session, raw)
    assert result.outcome == "noted"
    latest = comments(session, ticket)[-1]
    assert latest.public is False
    assert latest.body.endswith("I am away until Monday.")
    assert ticket.status == TicketStatus.PENDING


def test_an_automatic_email_matching_no_ticket_is_ignored(session: Session) -> None:
    before = ticket_count(session)
    raw = email_bytes(Precedence="bulk", **{"Message-ID": "<newsletter@example.com>"})
    result = receive_at(session, raw)
    assert (result.outcome, result.ticket_id) == ("ignored", None)
    assert ticket_count(session) == before


def test_an_email_from_the_desks_own_address_is_ignored(session: Session) -> None:
    result = receive_at(session, email_bytes(From="support@trustdesk.local"))
    assert result.outcome == "ignored"


def test_an_unreadable_message_is_refused_naming_the_problem(session: Session) -> None:
    with pytest.raises(InboundError) as refused:
        receive_at(session, b"Subject: no sender\r\n\r\nHello\r\n")
    assert refused.value.errors == {"from": "the message has no valid sender address"}


# --- the API -------------------------------------------------------------------------------------


def bearer(session: Session, *scopes: Scope) -> dict[str, str]:
    issued = create_api_token(session, name="mta", scopes=list(scopes), actor="test")
    session.commit()
    return {"Authorization": f"Bearer {issued.secret}"}


def test_the_api_receives_a_raw_message(
    client: TestClient, session: Session, make_ticket: MakeTicket
) -> None:
    ticket = make_ticket()
    headers = bearer(session, Scope.MAIL_INBOUND)
    raw = email_bytes(To=to_ticket(ticket))
    response = client.post(
        "/api/v1/inbound-email",
        content=raw,
        headers=headers | {"Content-Type": "message/rfc822"},
    )
    assert response.status_code == 200, response.text
    assert response.json() | {"comment_id": None} == {
        "outcome": "threaded",
        "ticket_id": ticket.id,
        "comment_id": None,
        "detail": "",
    }
    again = client.post("/api/v1/inbound-email", json={"raw": raw.decode()}, headers=headers)
    assert again.json()["outcome"] == "duplicate"
    assert len(comments(session, ticket)) == 2


def test_the_api_receives_a_message_as_json(client: TestClient, session: Session) -> None:
    response = client.post(
        "/api/v1/inbound-email",
        json={"raw": email_bytes(**{"Message-ID": "<json@x.test>"}).decode()},
        headers=bearer(session, Scope.MAIL_INBOUND),
    )
    assert response.status_code == 200, response.text
    assert response.json()["outcome"] == "opened"


@pytest.mark.parametrize(("headers", "status"), [({}, 401), ({"scope": Scope.TICKETS_WRITE}, 403)])
def test_the_api_needs_a_token_with_the_inbound_mail_scope(
    client: TestClient, session: Session, headers: dict[str, Scope], status: int
) -> None:
    auth = bearer(session, headers["scope"]) if headers else {}
    response = client.post(
        "/api/v1/inbound-email",
        content=email_bytes(),
        headers=auth | {"Content-Type": "message/rfc822"},
    )
    assert response.status_code == status
    assert ticket_count(session) == 0


@pytest.mark.parametrize(
    ("content_type", "body", "status", "location"),
    [
        ("text/plain", b"From: a@b.test\r\n\r\nhi", 415, None),
        ("message/rfc822", b"", 422, ["body"]),
        ("message/rfc822", b"Subject: x\r\n\r\nno sender", 422, ["body", "from"]),
        ("application/json", b'{"raw": ""}', 422, ["body", "raw"]),
        ("application/json", b"{}", 422, ["body", "raw"]),
        ("application/json", b'{"raw": "x", "to": "y"}', 422, ["body", "to"]),
        ("application/json", b"{not json", 422, ["body"]),
    ],
)
def test_bad_input_to_the_api_is_refused_naming_the_field(
    client: TestClient,
    session: Session,
    content_type: str,
    body: bytes,
    status: int,
    location: list[str] | None,
) -> None:
    response = client.post(
        "/api/v1/inbound-email",
        content=body,
        headers=bearer(session, Scope.MAIL_INBOUND) | {"Content-Type": content_type},
    )
    assert response.status_code == status, response.text
    detail = response.json()["detail"]
    if location is None:
        assert "content-type" in detail
    else:
        assert detail[0]["loc"][: len(location)] == location
        assert detail[0]["msg"]


# --- the command line ---------------------------------------------------------------------------


def test_mail_receive_threads_a_message_from_a_file(
    session: Session, make_ticket: MakeTicket, tmp_path: Path
) -> None:
    ticket = make_ticket()
    session.commit()
    path = tmp_path / "reply.eml"
    path.write_bytes(email_bytes("Here is the file.", To=to_ticket(ticket)))
    result = CliRunner().invoke(cli, ["mail", "receive", str(path)])
    assert result.exit_code == 0, result.output
    assert f"threaded ticket #{ticket.id}" in result.output
    assert comments(session, ticket)[-1].body == "Here is the file."


def test_mail_receive_reads_standard_input_as_an_mta_pipe_does(session: Session) -> None:
    result = CliRunner().invoke(
        cli, ["mail", "receive"], input=email_bytes(**{"Message-ID": "<stdin@x.test>"})
    )
    assert result.exit_code == 0, result.output
    assert "opened ticket #" in result.output


def test_mail_receive_exits_65_for_an_unreadable_message(session: Session) -> None:
    result = CliRunner().invoke(cli, ["mail", "receive"], input=b"no headers at all")
    assert result.exit_code == 65
    assert "from: the message has no valid sender address" in result.output
