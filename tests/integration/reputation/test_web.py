"""Reputation through the API and the pages: the explanation, the what-if, the account
view's panel, and My Stats for staff and through a signed link."""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests import factories
from tests.integration.reputation.helpers import ContractSpec, build
from tests.routes import token_headers
from trustdesk.db import utcnow
from trustdesk.links import make_link_token
from trustdesk.marketplace.models import Account, Feedback
from trustdesk.reputation import actions
from trustdesk.reputation.web import MY_STATS_PURPOSE, my_stats_link
from trustdesk.staff.models import Scope


def _scored_freelancer(session: Session) -> tuple[Account, list[tuple[object, Feedback | None]]]:
    now = utcnow()
    freelancer = factories.account(session, first_name="Ana", last_active_at=now)
    made = build(
        session,
        freelancer,
        [
            ContractSpec("A", 30, 500),
            ContractSpec("B", 60, 500),
            ContractSpec("C", 90, 500, rating=1.0, private=2),
        ],
        now,
    )
    actions.recompute_all(session, now)
    session.commit()
    return freelancer, made


def _feedback_id(made: list[tuple[object, Feedback | None]], index: int) -> int:
    feedback = made[index][1]
    assert feedback is not None
    return feedback.id


def test_the_api_explains_every_contract(client: TestClient, session: Session) -> None:
    freelancer, _ = _scored_freelancer(session)
    response = client.get(
        f"/api/v1/reputation/accounts/{freelancer.id}",
        headers=token_headers(session, Scope.MIRROR_READ),
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["job_success_score"] == 33
    assert [row["reason"] for row in body["contracts"]] == ["counts"] * 3
    assert {row["outcome"] for row in body["contracts"]} == {"successful", "negative"}
    assert all(row["why"] for row in body["contracts"])


def test_the_api_previews_an_exclusion_without_applying_it(
    client: TestClient, session: Session
) -> None:
    freelancer, made = _scored_freelancer(session)
    headers = token_headers(session, Scope.MIRROR_READ)
    response = client.get(
        f"/api/v1/reputation/accounts/{freelancer.id}/what-if",
        params={"exclude_feedback": _feedback_id(made, 2)},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    change = response.json()["change"]
    assert (change["before"], change["after"], change["direction"]) == (33, 100, "raises")
    assert change["summary"] == "raises 33 → 100"
    session.refresh(freelancer)
    assert freelancer.job_success_score == 33


def test_the_api_names_the_field_of_a_bad_exclusion(client: TestClient, session: Session) -> None:
    freelancer, _ = _scored_freelancer(session)
    headers = token_headers(session, Scope.MIRROR_READ)
    missing = client.get(
        f"/api/v1/reputation/accounts/{freelancer.id}/what-if",
        params={"exclude_feedback": 999_999},
        headers=headers,
    )
    assert missing.status_code == 422
    assert missing.json()["detail"][0]["loc"] == ["query", "exclude_feedback"]
    unknown = client.get("/api/v1/reputation/accounts/999999", headers=headers)
    assert unknown.status_code == 404


def test_the_account_view_shows_what_removing_each_feedback_would_do(
    agent_client: TestClient, session: Session
) -> None:
    freelancer, made = _scored_freelancer(session)
    page = agent_client.get(f"/accounts/{freelancer.id}")
    assert page.status_code == 200
    assert 'id="reputation"' in page.text
    assert f'id="what-if-{_feedback_id(made, 2)}"' in page.text
    assert "raises 33 → 100" in page.text
    assert f"/accounts/{freelancer.id}/my-stats" in page.text


def test_staff_my_stats_previews_and_offers_a_signed_link(
    agent_client: TestClient, session: Session
) -> None:
    freelancer, made = _scored_freelancer(session)
    page = agent_client.get(
        f"/accounts/{freelancer.id}/my-stats",
        params={"exclude_feedback": _feedback_id(made, 2)},
    )
    assert page.status_code == 200, page.text
    assert "raises 33 → 100" in page.text
    assert 'id="share-link"' in page.text
    assert "Top Rated eligible weeks" in page.text


def test_a_signed_link_opens_my_stats_without_a_login(client: TestClient, session: Session) -> None:
    freelancer, _ = _scored_freelancer(session)
    path = my_stats_link("account", freelancer.id).split("testserver", 1)[-1]
    path = path[path.index("/my-stats/") :]
    page = client.get(path)
    assert page.status_code == 200, page.text
    assert "My Stats" in page.text
    assert "33%" in page.text
    assert 'id="what-if"' not in page.text  # the preview is for staff
    assert 'id="share-link"' not in page.text


def test_the_freelancers_own_view_never_shows_a_clients_private_score(
    client: TestClient, agent_client: TestClient, session: Session
) -> None:
    freelancer, _ = _scored_freelancer(session)  # contract C: private score 2
    path = my_stats_link("account", freelancer.id).split("testserver", 1)[-1]
    own_view = client.get(path[path.index("/my-stats/") :])
    staff_view = agent_client.get(f"/accounts/{freelancer.id}/my-stats")
    assert own_view.status_code == staff_view.status_code == 200
    assert "private score 2" in staff_view.text
    assert "private score 2" not in own_view.text
    assert "private feedback (confidential): negative." in own_view.text


def test_my_stats_pages_a_long_list_of_contracts(
    agent_client: TestClient, session: Session
) -> None:
    now = utcnow()
    freelancer = factories.account(session, first_name="Long", last_active_at=now)
    build(session, freelancer, [ContractSpec(f"C{n}", 10 + n, 100) for n in range(60)], now)
    actions.recompute_all(session, now)
    session.commit()
    first = agent_client.get(f"/accounts/{freelancer.id}/my-stats")
    second = agent_client.get(f"/accounts/{freelancer.id}/my-stats", params={"page": 2})
    assert first.status_code == second.status_code == 200
    assert len(re.findall(r'<tr id="contract-', first.text)) == 50
    assert len(re.findall(r'<tr id="contract-', second.text)) == 10
    assert "Page 1 of 2 · rows 1–50 of 60" in first.text
    assert agent_client.get(f"/accounts/{freelancer.id}/my-stats?page=0").status_code == 422


def test_a_tampered_link_or_one_for_another_purpose_is_refused(
    client: TestClient, session: Session
) -> None:
    freelancer, _ = _scored_freelancer(session)
    token = make_link_token(MY_STATS_PURPOSE, f"account:{freelancer.id}")
    tampered = client.get(f"/my-stats/{token[:-3]}abc")
    assert tampered.status_code == 404
    assert "not valid" in tampered.text
    other_purpose = make_link_token("crisis_check_in", f"account:{freelancer.id}")
    assert client.get(f"/my-stats/{other_purpose}").status_code == 404


def test_an_agency_has_its_own_my_stats(agent_client: TestClient, session: Session) -> None:
    agency = factories.agency(session, name="Northwind Studio")
    member = factories.account(session)
    factories.membership(session, agency, member, left_at=utcnow() - timedelta(days=3))
    build(
        session,
        member,
        [ContractSpec("A", 30, 500), ContractSpec("B", 30, 500)],
        utcnow(),
        agency=agency,
    )
    session.commit()
    page = agent_client.get(f"/agencies/{agency.id}/my-stats")
    assert page.status_code == 200
    assert "Northwind Studio" in page.text
    assert "100%" in page.text
    done_by = re.findall(r"<td data-done-by>([^<]*)</td>", page.text)
    assert done_by == [f"{member.first_name} {member.last_name}"] * 2
    own_page = agent_client.get(f"/accounts/{member.id}/my-stats")
    assert "data-done-by" not in own_page.text
