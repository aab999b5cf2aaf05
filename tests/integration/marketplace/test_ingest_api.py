"""``POST /api/v1/sync/{entity}``: the marketplace pushing records with a bearer token."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests import factories
from trustdesk.audit import AuditEvent
from trustdesk.marketplace.ingest_api import MAX_RECORDS_PER_CALL
from trustdesk.marketplace.models import Account, Feedback
from trustdesk.staff.actions import create_api_token
from trustdesk.staff.models import Scope

SYNC_PATH = "/api/v1/sync/{entity}"


@pytest.fixture
def sync_client(client: TestClient) -> TestClient:
    return client


def bearer(session: Session, *scopes: Scope) -> dict[str, str]:
    issued = create_api_token(session, name="marketplace", scopes=list(scopes), actor="test")
    session.commit()
    return {"Authorization": f"Bearer {issued.secret}"}


def freelancer(external_id: str, **fields: Any) -> dict[str, Any]:
    return {"external_id": external_id, "kind": "freelancer", "first_name": "Maria"} | fields


def account_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account)) or 0


def test_a_token_with_mirror_write_upserts_and_gets_the_counts(
    session: Session, sync_client: TestClient
) -> None:
    headers = bearer(session, Scope.MIRROR_WRITE)
    records = [
        freelancer("fl-1", country="PH", region="PH-BTG", badges=["top_rated"]),
        freelancer("fl-2", first_name="Arjun", country="IN"),
    ]

    first = sync_client.post(
        SYNC_PATH.format(entity="accounts"), json={"records": records}, headers=headers
    )
    records[1]["hourly_rate_cents"] = 2800
    second = sync_client.post(
        SYNC_PATH.format(entity="accounts"), json={"records": records}, headers=headers
    )

    assert first.status_code == 200, first.text
    assert first.json() == {"entity": "accounts", "created": 2, "updated": 0, "unchanged": 0}
    assert second.json() == {"entity": "accounts", "created": 0, "updated": 1, "unchanged": 1}
    maria = session.scalar(select(Account).where(Account.external_id == "fl-1"))
    assert maria is not None
    assert (maria.top_rated, maria.region) == (True, "PH-BTG")
    audit_actors = session.scalars(
        select(AuditEvent.actor).where(AuditEvent.action == "marketplace.import")
    ).all()
    assert audit_actors == ["token:marketplace", "token:marketplace"]


def test_references_are_given_as_external_ids(session: Session, sync_client: TestClient) -> None:
    client = factories.client_account(session, external_id="cl-9")
    maria = factories.account(session, external_id="fl-9")
    contract = factories.contract(session, client, maria, external_id="ct-9")
    session.commit()
    record = {
        "external_id": "fb-9",
        "contract": "ct-9",
        "direction": "client_to_freelancer",
        "from_account": "cl-9",
        "to_account": "fl-9",
        "public_rating": 4.5,
        "left_at": "2026-07-16T09:00:00+08:00",
    }

    response = sync_client.post(
        SYNC_PATH.format(entity="feedback"),
        json={"records": [record]},
        headers=bearer(session, Scope.MIRROR_WRITE),
    )

    assert response.status_code == 200, response.text
    feedback = session.scalar(select(Feedback).where(Feedback.external_id == "fb-9"))
    assert feedback is not None
    assert (feedback.contract_id, feedback.from_account_id, feedback.to_account_id) == (
        contract.id,
        client.id,
        maria.id,
    )
    assert feedback.left_at.isoformat() == "2026-07-16T01:00:00+00:00"


def test_without_a_token_the_call_is_refused_with_401(
    session: Session, sync_client: TestClient
) -> None:
    response = sync_client.post(
        SYNC_PATH.format(entity="accounts"), json={"records": [freelancer("fl-1")]}
    )

    assert response.status_code == 401
    assert account_count(session) == 0


def test_an_unknown_token_is_refused_with_401(session: Session, sync_client: TestClient) -> None:
    response = sync_client.post(
        SYNC_PATH.format(entity="accounts"),
        json={"records": [freelancer("fl-1")]},
        headers={"Authorization": "Bearer td_not-a-token-we-issued"},
    )

    assert response.status_code == 401
    assert account_count(session) == 0


def test_a_read_only_token_is_refused_with_403(session: Session, sync_client: TestClient) -> None:
    response = sync_client.post(
        SYNC_PATH.format(entity="accounts"),
        json={"records": [freelancer("fl-1")]},
        headers=bearer(session, Scope.MIRROR_READ),
    )

    assert response.status_code == 403
    assert "mirror:write" in response.json()["detail"]
    assert account_count(session) == 0


def test_a_bad_record_is_named_by_index_and_field_and_nothing_is_written(
    session: Session, sync_client: TestClient
) -> None:
    records = [
        freelancer("fl-1"),
        freelancer("fl-2", plan="business", total_hours=-3),
        freelancer("fl-3", badges=["top_rated", "superstar"]),
    ]

    response = sync_client.post(
        SYNC_PATH.format(entity="accounts"),
        json={"records": records},
        headers=bearer(session, Scope.MIRROR_WRITE),
    )

    assert response.status_code == 422
    messages = [error["msg"] for error in response.json()["detail"]]
    assert messages[0] == (
        "records[1].total_hours: Input should be greater than or equal to 0 (got -3)"
    )
    assert messages[1] == (
        "records[1].plan: only clients have a plan, and this account is a freelancer"
    )
    assert messages[2].startswith("records[2].badges[1]: must be 'top_rated', ")
    assert response.json()["detail"][0]["loc"] == ["body", "records", 1, "total_hours"]
    assert account_count(session) == 0


def test_an_unknown_reference_is_a_422_naming_the_record(
    session: Session, sync_client: TestClient
) -> None:
    factories.account(session, external_id="fl-1")
    session.commit()
    record = {
        "external_id": "ct-1",
        "client": "cl-404",
        "freelancer": "fl-1",
        "kind": "fixed",
        "title": "Logo refresh",
        "started_at": "2026-10-01T00:00:00Z",
    }

    response = sync_client.post(
        SYNC_PATH.format(entity="contracts"),
        json={"records": [record]},
        headers=bearer(session, Scope.MIRROR_WRITE),
    )

    assert response.status_code == 422
    assert [error["msg"] for error in response.json()["detail"]] == [
        "records[0].client: no accounts record has external_id 'cl-404'"
    ]


def test_an_unknown_entity_is_a_404_listing_the_entities(
    session: Session, sync_client: TestClient
) -> None:
    response = sync_client.post(
        SYNC_PATH.format(entity="freelancers"),
        json={"records": []},
        headers=bearer(session, Scope.MIRROR_WRITE),
    )

    assert response.status_code == 404
    assert response.json()["detail"].startswith(
        "unknown entity 'freelancers'; the entities are: accounts, holds, agencies,"
    )


def test_more_than_a_thousand_records_in_one_call_are_refused(
    session: Session, sync_client: TestClient
) -> None:
    records = [freelancer(f"fl-{number}") for number in range(MAX_RECORDS_PER_CALL + 1)]

    response = sync_client.post(
        SYNC_PATH.format(entity="accounts"),
        json={"records": records},
        headers=bearer(session, Scope.MIRROR_WRITE),
    )

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "records"]
    assert account_count(session) == 0


def test_pushed_feedback_recomputes_the_freelancers_score_at_once(
    session: Session, sync_client: TestClient
) -> None:
    maria = factories.account(session, external_id="fl-20")
    for number in (1, 2):
        client = factories.client_account(session, external_id=f"cl-2{number}")
        contract = factories.contract(session, client, maria, external_id=f"ct-2{number}")
        factories.payment(session, contract, 50_000)
    session.commit()
    assert maria.job_success_score is None
    records = [
        {
            "external_id": f"fb-2{number}",
            "contract": f"ct-2{number}",
            "direction": "client_to_freelancer",
            "from_account": f"cl-2{number}",
            "to_account": "fl-20",
            "public_rating": 5,
            "private_score": 10,
            "left_at": "2026-10-01T09:00:00Z",
        }
        for number in (1, 2)
    ]

    response = sync_client.post(
        SYNC_PATH.format(entity="feedback"),
        json={"records": records},
        headers=bearer(session, Scope.MIRROR_WRITE),
    )

    assert response.status_code == 200, response.text
    session.refresh(maria)
    assert maria.job_success_score == 100
    recomputed = session.scalars(
        select(AuditEvent).where(
            AuditEvent.action.like("reputation.%"), AuditEvent.subject_id == str(maria.id)
        )
    ).all()
    assert recomputed
    assert "pushed 2 feedback" in recomputed[-1].reason
