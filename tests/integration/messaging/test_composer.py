"""The demo composer's live check: a problem names the field as the form labels it and says
what is wrong in plain words; the JSON's ``loc`` keeps the field's name."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.routes import staff_client, token_headers
from trustdesk.app import create_app
from trustdesk.staff.models import Role, Scope


def test_an_unknown_sender_is_named_as_the_form_labels_it(session: Session) -> None:
    agent = staff_client(create_app(), session, Role.AGENT)

    page = agent.get("/messages/composer")
    checked = agent.post(
        "/messages/composer/check",
        json={"text": "Hello", "stage": "pre_contract", "sender_external_id": "nobody-here"},
    )

    assert '<label for="sender_external_id">Sender account (external id, optional)' in page.text
    assert checked.status_code == 422
    assert checked.json() == {
        "detail": [
            {
                "loc": ["body", "sender_external_id"],
                "msg": "no account has the external id 'nobody-here'",
                "type": "value_error",
                "label": "Sender account",
            }
        ]
    }


def test_every_problem_is_said_in_plain_words_by_its_label(session: Session) -> None:
    agent = staff_client(create_app(), session, Role.AGENT)

    checked = agent.post(
        "/messages/composer/check",
        json={"text": "hi\u0000", "stage": "someday", "sender_external_id": "x" * 65},
    )

    assert checked.status_code == 422
    problems = {
        (tuple(problem["loc"]), problem["label"], problem["msg"])
        for problem in checked.json()["detail"]
    }
    assert problems == {
        (
            ("body", "text"),
            "Message",
            "contains a character that is not allowed (a null character)",
        ),
        (
            ("body", "stage"),
            "Stage",
            "choose one of: Before a contract, During an active contract",
        ),
        (("body", "sender_external_id"), "Sender account", "too long (at most 64 characters)"),
    }


def test_a_missing_message_is_required(session: Session) -> None:
    agent = staff_client(create_app(), session, Role.AGENT)

    checked = agent.post("/messages/composer/check", json={"stage": "pre_contract"})

    assert checked.status_code == 422
    assert checked.json()["detail"] == [
        {"loc": ["body", "text"], "msg": "required", "type": "missing", "label": "Message"}
    ]


def test_the_scan_api_names_the_field_in_loc_as_before(session: Session) -> None:
    client = TestClient(create_app(), base_url="http://testserver")

    scanned = client.post(
        "/api/v1/messages/scan",
        json={"text": "Hello", "stage": "pre_contract", "sender_external_id": "nobody-here"},
        headers=token_headers(session, Scope.MESSAGES_SCAN),
    )

    assert scanned.status_code == 422
    assert scanned.json() == {
        "detail": [
            {
                "loc": ["body", "sender_external_id"],
                "msg": "no account 'nobody-here'",
                "type": "value_error",
            }
        ]
    }
