"""The read API of the marketplace mirror: lists, filters, paging, lookups and access."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests import factories
from tests.factories import NOW
from trustdesk.marketplace.models import (
    Account,
    AccountKind,
    AccountStatus,
    AgencyRole,
    AgencyStatus,
    ContractKind,
    ContractStatus,
    Credit,
    Dispute,
    FeedbackDirection,
    Refund,
)
from trustdesk.staff.actions import create_api_token
from trustdesk.staff.models import Scope


def _bearer(session: Session, *scopes: Scope) -> dict[str, str]:
    issued = create_api_token(session, name="marketplace-sync", scopes=list(scopes), actor="test")
    session.commit()
    return {"Authorization": f"Bearer {issued.secret}"}


def _get(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _ids(body: dict[str, Any]) -> list[int]:
    return [item["id"] for item in body["items"]]


def _freelancers_created_days_ago(session: Session, *days: int) -> list[Account]:
    return [factories.account(session, created_at=NOW - timedelta(days=d)) for d in days]


# Paging


def test_accounts_come_newest_first_a_page_at_a_time(
    agent_client: TestClient, session: Session
) -> None:
    oldest, newest, middle = _freelancers_created_days_ago(session, 30, 1, 10)

    first = _get(agent_client, "/api/v1/accounts", page_size=2)
    second = _get(agent_client, "/api/v1/accounts", page_size=2, page=2)
    beyond = _get(agent_client, "/api/v1/accounts", page_size=2, page=3)

    assert (first["page"], first["page_size"], first["total"]) == (1, 2, 3)
    assert _ids(first) == [newest.id, middle.id]
    assert _ids(second) == [oldest.id]
    assert second["total"] == 3
    assert beyond["items"] == []
    assert beyond["total"] == 3


def test_a_full_last_page_still_reports_the_true_total(
    agent_client: TestClient, session: Session
) -> None:
    _freelancers_created_days_ago(session, 1, 2, 3, 4)

    body = _get(agent_client, "/api/v1/accounts", page_size=2, page=2)

    assert len(body["items"]) == 2
    assert body["total"] == 4


def test_rows_created_at_the_same_moment_page_by_id_without_repeats(
    agent_client: TestClient, session: Session
) -> None:
    same_moment = [factories.account(session, created_at=NOW) for _ in range(5)]

    seen = []
    for page in (1, 2, 3):
        seen += _ids(_get(agent_client, "/api/v1/accounts", page_size=2, page=page))

    assert seen == sorted((account.id for account in same_moment), reverse=True)


# Account filters and search


def test_accounts_filter_by_kind_country_status_and_external_id(
    agent_client: TestClient, session: Session
) -> None:
    filipino = factories.account(session, country="PH")
    kenyan_on_hold = factories.account(session, country="KE", status=AccountStatus.ON_HOLD)
    client = factories.client_account(session, country="US", external_id="cl-acme")

    def ids(**params: Any) -> set[int]:
        return set(_ids(_get(agent_client, "/api/v1/accounts", **params)))

    assert ids(kind="client") == {client.id}
    assert ids(kind="freelancer") == {filipino.id, kenyan_on_hold.id}
    assert ids(country="ke") == {kenyan_on_hold.id}
    assert ids(status="on_hold") == {kenyan_on_hold.id}
    assert ids(external_id="cl-acme") == {client.id}
    assert ids(external_id="cl-acm") == set()
    assert ids(kind="freelancer", country="US") == set()


def test_search_matches_name_email_or_external_id_ignoring_case(
    agent_client: TestClient, session: Session
) -> None:
    maria = factories.account(
        session, first_name="Maria", last_name="Santos", email="maria@example.test"
    )
    jomo = factories.account(
        session, first_name="Jomo", last_name="Kenyatta", external_id="fl-KE-77", email=None
    )
    acme = factories.client_account(
        session, first_name="Chris", last_name="Lee", company_name="Acme Robotics"
    )

    def found(q: str) -> set[int]:
        return set(_ids(_get(agent_client, "/api/v1/accounts", q=q)))

    assert found("SANT") == {maria.id}
    assert found("maria santos") == {maria.id}
    assert found("MARIA@EXAMPLE") == {maria.id}
    assert found("ke-77") == {jomo.id}
    assert found("acme") == {acme.id}
    assert found("nobody") == set()
    # The wildcards of LIKE are plain characters in a search.
    assert found("%") == set()
    assert found("_") == set()


def test_account_fields_are_serialised_with_badges_and_utc_times(
    agent_client: TestClient, session: Session
) -> None:
    account = factories.account(
        session,
        top_rated=True,
        expert_vetted=True,
        hourly_rate_cents=4500,
        last_active_at=NOW,
    )

    body = _get(agent_client, f"/api/v1/accounts/{account.id}")

    assert body["badges"] == ["top_rated", "expert_vetted"]
    assert body["hourly_rate_cents"] == 4500
    assert body["name"] == "Maria Santos"
    assert body["last_active_at"] == "2026-11-01T12:00:00Z"
    assert body["kind"] == "freelancer"


# Agencies


def test_agencies_carry_their_owner_and_memberships_current_and_past(
    agent_client: TestClient, session: Session
) -> None:
    owner = factories.account(session, first_name="Ana")
    former = factories.account(session, first_name="Ben")
    agency = factories.agency(session, owner=owner, name="Northwind Studio")
    factories.membership(session, agency, owner, role=AgencyRole.OWNER)
    factories.membership(
        session,
        agency,
        former,
        joined_at=NOW - timedelta(days=300),
        left_at=NOW - timedelta(days=100),
    )

    body = _get(agent_client, f"/api/v1/agencies/{agency.id}")

    assert body["owner"] == {"id": owner.id, "external_id": owner.external_id, "name": "Ana Santos"}
    members = {m["account"]["id"]: m for m in body["memberships"]}
    assert members[owner.id]["current"] is True
    assert members[owner.id]["role"] == "owner"
    assert members[former.id]["current"] is False
    assert members[former.id]["left_at"] is not None
    assert [m["current"] for m in body["memberships"]] == [True, False]


def test_agencies_filter_by_search_and_status(agent_client: TestClient, session: Session) -> None:
    northwind = factories.agency(session, name="Northwind Studio")
    closed = factories.agency(session, name="Southwind Labs", status=AgencyStatus.CLOSED)

    def ids(**params: Any) -> set[int]:
        return set(_ids(_get(agent_client, "/api/v1/agencies", **params)))

    assert ids(q="WIND") == {northwind.id, closed.id}
    assert ids(q="north") == {northwind.id}
    assert ids(q=northwind.external_id) == {northwind.id}
    assert ids(status="closed") == {closed.id}


# Contracts


def test_contracts_filter_by_party_agency_status_and_kind(
    agent_client: TestClient, session: Session
) -> None:
    client = factories.client_account(session)
    other_client = factories.client_account(session)
    freelancer = factories.account(session)
    agency = factories.agency(session)
    hourly_open = factories.contract(
        session, client, freelancer, kind=ContractKind.HOURLY, status=ContractStatus.OPEN
    )
    via_agency = factories.contract(session, client, freelancer, agency_id=agency.id)
    elsewhere = factories.contract(session, other_client, factories.account(session))

    def ids(**params: Any) -> set[int]:
        return set(_ids(_get(agent_client, "/api/v1/contracts", **params)))

    assert ids(client_id=client.id) == {hourly_open.id, via_agency.id}
    assert ids(freelancer_id=freelancer.id) == {hourly_open.id, via_agency.id}
    assert ids(agency_id=agency.id) == {via_agency.id}
    assert ids(status="open") == {hourly_open.id}
    assert ids(kind="hourly") == {hourly_open.id}
    assert ids(status="closed", client_id=other_client.id) == {elsewhere.id}


def test_contract_lists_carry_payment_totals_and_the_parties(
    agent_client: TestClient, session: Session
) -> None:
    client = factories.client_account(session, first_name="Chris", last_name="Lee")
    freelancer = factories.account(session)
    paid = factories.contract(session, client, freelancer)
    factories.payment(session, paid, 100_000, refunded_cents=25_000)
    factories.payment(session, paid, 50_050)
    unpaid = factories.contract(session, client, freelancer, started_at=NOW)

    body = _get(agent_client, "/api/v1/contracts", client_id=client.id)

    by_id = {item["id"]: item for item in body["items"]}
    assert (by_id[paid.id]["total_paid_cents"], by_id[paid.id]["total_refunded_cents"]) == (
        150_050,
        25_000,
    )
    assert (by_id[unpaid.id]["total_paid_cents"], by_id[unpaid.id]["total_refunded_cents"]) == (
        0,
        0,
    )
    assert by_id[paid.id]["client"]["name"] == "Chris Lee"
    assert by_id[paid.id]["freelancer"]["id"] == freelancer.id
    assert _ids(body) == [unpaid.id, paid.id]


def test_contract_detail_totals_equal_its_payments(
    agent_client: TestClient, session: Session
) -> None:
    client = factories.client_account(session)
    freelancer = factories.account(session)
    contract = factories.contract(session, client, freelancer)
    first = factories.payment(session, contract, 120_000, refunded_cents=20_000)
    factories.payment(session, contract, 30_000, paid_at=first.paid_at + timedelta(days=5))
    factories.payment(session, factories.contract(session, client, freelancer), 999)
    session.add_all(
        [
            Refund(
                external_id="rf-1",
                contract_id=contract.id,
                payment_id=first.id,
                amount_cents=20_000,
                reason="Partial delivery",
                granted_by="agent@example.test",
                granted_at=NOW,
            ),
            Credit(
                external_id="cr-1",
                account_id=client.id,
                contract_id=contract.id,
                amount_cents=1_000,
                reason="Courtesy",
                granted_by="agent@example.test",
                granted_at=NOW,
            ),
            Dispute(
                external_id="dp-1",
                contract_id=contract.id,
                opened_by_id=client.id,
                reason="Work not delivered",
                opened_at=NOW,
            ),
        ]
    )
    factories.feedback(session, contract)
    factories.feedback(session, contract, direction=FeedbackDirection.FREELANCER_TO_CLIENT)
    session.flush()

    body = _get(agent_client, f"/api/v1/contracts/{contract.id}")

    assert body["total_paid_cents"] == sum(p["amount_cents"] for p in body["payments"]) == 150_000
    assert body["total_refunded_cents"] == sum(p["refunded_cents"] for p in body["payments"])
    assert body["total_refunded_cents"] == 20_000
    assert [p["amount_cents"] for p in body["payments"]] == [120_000, 30_000]
    assert [r["amount_cents"] for r in body["refunds"]] == [20_000]
    assert [c["reason"] for c in body["credits"]] == ["Courtesy"]
    assert [d["outcome"] for d in body["disputes"]] == ["open"]
    assert {f["direction"] for f in body["feedback"]} == {
        "client_to_freelancer",
        "freelancer_to_client",
    }


# Feedback


def test_feedback_filters_by_contract_recipient_author_and_direction(
    agent_client: TestClient, session: Session
) -> None:
    client = factories.client_account(session)
    freelancer = factories.account(session)
    first = factories.contract(session, client, freelancer)
    second = factories.contract(session, client, freelancer)
    to_freelancer = factories.feedback(session, first, public_rating=2.0, private_score=3)
    to_client = factories.feedback(session, first, direction=FeedbackDirection.FREELANCER_TO_CLIENT)
    later = factories.feedback(session, second, left_at=NOW)

    def ids(**params: Any) -> set[int]:
        return set(_ids(_get(agent_client, "/api/v1/feedback", **params)))

    assert ids(contract_id=first.id) == {to_freelancer.id, to_client.id}
    assert ids(to_account_id=freelancer.id) == {to_freelancer.id, later.id}
    assert ids(from_account_id=freelancer.id) == {to_client.id}
    assert ids(direction="freelancer_to_client") == {to_client.id}

    one = _get(agent_client, f"/api/v1/feedback/{to_freelancer.id}")
    assert (one["public_rating"], one["private_score"]) == (2.0, 3)
    assert one["from_account"]["id"] == client.id
    assert one["contract_title"] == first.title


# Errors


@pytest.mark.parametrize(
    ("path", "entity"),
    [
        ("accounts", "account"),
        ("agencies", "agency"),
        ("contracts", "contract"),
        ("feedback", "feedback"),
    ],
)
def test_an_unknown_id_is_a_404_naming_it(agent_client: TestClient, path: str, entity: str) -> None:
    response = agent_client.get(f"/api/v1/{path}/123")

    assert response.status_code == 404
    assert response.json() == {"detail": f"{entity} 123 does not exist"}


@pytest.mark.parametrize(
    ("params", "parameter", "words"),
    [
        ({"page": 0}, "page", "greater than or equal to 1"),
        ({"page_size": 1000}, "page_size", "less than or equal to 200"),
        ({"page_size": 0}, "page_size", "greater than or equal to 1"),
        ({"kind": "robot"}, "kind", "'freelancer' or 'client'"),
        ({"status": "asleep"}, "status", "'active', 'on_hold', 'suspended' or 'closed'"),
        ({"country": "Philippines"}, "country", "pattern"),
    ],
)
def test_bad_query_parameters_are_a_422_naming_the_parameter(
    agent_client: TestClient, params: dict[str, Any], parameter: str, words: str
) -> None:
    response = agent_client.get("/api/v1/accounts", params=params)

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", parameter]
    assert words in error["msg"]


def test_enum_filters_of_other_lists_are_validated_too(agent_client: TestClient) -> None:
    for url, parameter in [
        ("/api/v1/contracts?kind=daily", "kind"),
        ("/api/v1/agencies?status=sleeping", "status"),
        ("/api/v1/feedback?direction=sideways", "direction"),
    ]:
        response = agent_client.get(url)
        assert response.status_code == 422, url
        assert response.json()["detail"][0]["loc"] == ["query", parameter]


# Access


def test_the_api_refuses_callers_without_credentials(client: TestClient) -> None:
    response = client.get("/api/v1/accounts")

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_a_mirror_read_token_reads_the_api(client: TestClient, session: Session) -> None:
    account = factories.account(session)
    headers = _bearer(session, Scope.MIRROR_READ)

    listing = client.get("/api/v1/accounts", headers=headers)
    one = client.get(f"/api/v1/accounts/{account.id}", headers=headers)

    assert listing.status_code == 200
    assert _ids(listing.json()) == [account.id]
    assert one.json()["external_id"] == account.external_id


def test_a_token_without_mirror_read_is_forbidden(client: TestClient, session: Session) -> None:
    headers = _bearer(session, Scope.MIRROR_WRITE)

    response = client.get("/api/v1/contracts", headers=headers)

    assert response.status_code == 403
    assert response.json() == {"detail": "token lacks scope mirror:read"}


def test_every_api_route_is_documented_with_a_tag_and_summary(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()

    operations = {
        path: operation
        for path, item in schema["paths"].items()
        if path.startswith("/api/v1/")
        for operation in item.values()
    }
    assert set(operations) >= {
        "/api/v1/accounts",
        "/api/v1/accounts/{account_id}",
        "/api/v1/agencies",
        "/api/v1/agencies/{agency_id}",
        "/api/v1/contracts",
        "/api/v1/contracts/{contract_id}",
        "/api/v1/feedback",
        "/api/v1/feedback/{feedback_id}",
    }
    for path, operation in operations.items():
        assert operation["tags"], path
        assert operation["summary"], path
        assert operation["description"], path


def test_a_client_account_is_listed_with_its_plan(
    agent_client: TestClient, session: Session
) -> None:
    client = factories.client_account(session, plan="enterprise")

    body = _get(agent_client, "/api/v1/accounts", kind=AccountKind.CLIENT.value)

    assert [item["plan"] for item in body["items"]] == ["enterprise"]
    assert body["items"][0]["id"] == client.id
