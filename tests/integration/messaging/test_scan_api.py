"""POST /api/v1/messages/scan: the marketplace's token scans one message or a batch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests import factories
from tests.routes import staff_client, token_headers
from trustdesk.app import create_app
from trustdesk.desk.seed import seed_desk
from trustdesk.messaging.models import MessagePolicyStrike
from trustdesk.staff.models import Role, Scope

URL = "/api/v1/messages/scan"
PHONE = "Happy to help, call me on +44 7911 123456 tomorrow"


@pytest.fixture
def marketplace(session: Session) -> Iterator[TestClient]:
    seed_desk(session)
    with TestClient(create_app(), base_url="http://testserver") as client:
        client.headers.update(token_headers(session, Scope.MESSAGES_SCAN))
        yield client


def test_a_single_message_gets_the_cli_shape_the_decision_and_a_strike(
    session: Session, marketplace: TestClient
) -> None:
    sender = factories.account(session)
    session.commit()

    response = marketplace.post(
        URL,
        json={
            "id": "m-1",
            "text": PHONE,
            "stage": "pre_contract",
            "sender_external_id": sender.external_id,
        },
    )

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["id"] == "m-1"
    assert (body["contact"], body["kinds"], body["action"]) == (True, ["phone"], "nudge")
    assert body["findings"] == [{"kind": "phone", "start": 26, "end": 41, "value": "+447911123456"}]
    assert body["decision"]["policy_version"]
    assert {"name", "met", "evidence"} <= set(body["decision"]["criteria"][0])
    assert "Messages video or voice call" in body["nudge"]
    assert body["strike"] == "reminder"
    strikes = session.scalars(
        select(MessagePolicyStrike).where(MessagePolicyStrike.account_id == sender.id)
    ).all()
    assert len(strikes) == 1


def test_a_batch_keeps_order_and_ids_and_counts_earlier_messages(
    session: Session, marketplace: TestClient
) -> None:
    sender = factories.account(session)
    session.commit()
    messages = [
        {"id": 7, "text": "Thanks, the logo looks great!", "stage": "pre_contract"},
        {
            "id": "b",
            "text": PHONE,
            "stage": "pre_contract",
            "sender_external_id": sender.external_id,
        },
        {"id": 3, "text": PHONE, "stage": "pre_contract", "sender_external_id": sender.external_id},
        {"id": None, "text": "pay me via PayPal", "stage": "active_contract"},
    ]

    response = marketplace.post(URL, json={"messages": messages})

    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [result["id"] for result in results] == [7, "b", 3, None]
    assert [result["action"] for result in results] == ["allow", "nudge", "block", "block"]
    assert [result["strike"] for result in results] == [None, "reminder", "warning", None]


def test_a_token_without_the_scope_is_refused(session: Session) -> None:
    with TestClient(create_app(), base_url="http://testserver") as client:
        client.headers.update(token_headers(session, Scope.TICKETS_WRITE))
        response = client.post(URL, json={"text": PHONE, "stage": "pre_contract"})

    assert response.status_code == 403
    assert "messages:scan" in response.json()["detail"]


def test_staff_may_scan_too(session: Session) -> None:
    agent = staff_client(create_app(), session, Role.AGENT)

    response = agent.post(URL, json={"text": PHONE, "stage": "active_contract"})

    assert response.status_code == 200
    assert response.json()["action"] == "allow"


@pytest.mark.parametrize(
    ("payload", "location"),
    [
        ({"text": PHONE}, ["body", "stage"]),
        ({"text": PHONE, "stage": "later"}, ["body", "stage"]),
        ({"stage": "pre_contract"}, ["body", "text"]),
        ({"text": PHONE, "stage": "pre_contract", "colour": "red"}, ["body", "colour"]),
        (
            {
                "messages": [
                    {"text": "hi", "stage": "pre_contract"},
                    {"text": 5, "stage": "pre_contract"},
                ]
            },
            ["body", "messages", 1, "text"],
        ),
        ({"messages": []}, ["body", "messages"]),
        (
            {"messages": [{"text": "hi", "stage": "pre_contract"}] * 1_001},
            ["body", "messages"],
        ),
        (
            {"text": PHONE, "stage": "pre_contract", "sender_external_id": "nobody"},
            ["body", "sender_external_id"],
        ),
        (
            {"messages": [{"text": PHONE, "stage": "pre_contract", "message_external_id": "gone"}]},
            ["body", "messages", 0, "message_external_id"],
        ),
    ],
)
def test_bad_input_is_a_422_naming_the_field(
    marketplace: TestClient, payload: dict[str, object], location: list[object]
) -> None:
    response = marketplace.post(URL, json=payload)

    assert response.status_code == 422, response.text
    assert location in [error["loc"] for error in response.json()["detail"]]


def test_a_refused_batch_records_no_strike(session: Session, marketplace: TestClient) -> None:
    sender = factories.account(session)
    session.commit()
    messages = [
        {"text": PHONE, "stage": "pre_contract", "sender_external_id": sender.external_id},
        {"text": PHONE, "stage": "pre_contract", "sender_external_id": "nobody"},
    ]

    assert marketplace.post(URL, json={"messages": messages}).status_code == 422
    assert session.scalars(select(MessagePolicyStrike)).all() == []
