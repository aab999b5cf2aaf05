"""Private profile mode as the marketplace reads it: hidden from search, closed to people
not logged in even with the direct link, reduced to a few fields for logged-in people, and
whole again once public."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.integration.crisis import helpers
from tests.routes import staff_client, token_headers
from trustdesk.app import create_app
from trustdesk.crisis import queries
from trustdesk.marketplace.models import Account, AccountStatus, ProfileVisibility
from trustdesk.staff.models import Role, Scope

LIMITED_FIELDS = {
    "first_name",
    "last_initial",
    "title",
    "photo_url",
    "hourly_rate_cents",
    "city",
    "country",
}


def _private(session: Session) -> Account:
    person = helpers.freelancer(
        session,
        "PH-CEB",
        first_name="Maria",
        last_name="Santos",
        skills=["Data entry"],
        photo_url="https://example.test/maria.jpg",
        job_success_score=92.0,
    )
    person.profile_visibility = ProfileVisibility.PRIVATE
    session.commit()
    return person


def _marketplace(session: Session, client: TestClient) -> TestClient:
    client.headers.update(token_headers(session, Scope.MIRROR_READ))
    return client


def test_a_public_profile_is_shown_whole_to_everyone(session: Session) -> None:
    person = helpers.freelancer(session, "PH-CEB", last_name="Santos", skills=["Excel"])
    for logged_in in (False, True):
        view = queries.profile_view(person, logged_in)
        assert view is not None
        assert not view.limited
        assert view.last_name == "Santos"
        assert view.skills == ["Excel"]


def test_a_private_profile_is_closed_to_anonymous_and_limited_for_logged_in(
    session: Session,
) -> None:
    person = _private(session)
    assert queries.profile_view(person, viewer_logged_in=False) is None
    view = queries.profile_view(person, viewer_logged_in=True)
    assert view is not None
    assert view.limited
    assert view.display_name == "Maria S."
    shown = {name for name, value in view.model_dump().items() if value not in (None, [])}
    assert shown - {"external_id", "limited"} <= LIMITED_FIELDS
    assert view.skills is None
    assert view.job_success_score is None
    assert view.last_name is None


def test_clients_and_closed_accounts_have_no_marketplace_profile(session: Session) -> None:
    assert queries.profile_view(helpers.client(session, "Chris"), True) is None
    closed = helpers.freelancer(session, "PH-CEB", status=AccountStatus.CLOSED)
    assert queries.profile_view(closed, True) is None


def test_the_profile_api_follows_the_viewer(session: Session, client: TestClient) -> None:
    person = _private(session)
    api = _marketplace(session, client)
    url = f"/api/v1/profiles/{person.external_id}"

    anonymous = api.get(url)
    logged_in = api.get(url, params={"viewer": "logged_in"})
    unknown = api.get("/api/v1/profiles/no-such-profile")

    assert anonymous.status_code == 404
    assert anonymous.json()["detail"] == unknown.json()["detail"].replace(
        "no-such-profile", person.external_id
    )
    assert logged_in.status_code == 200
    body = logged_in.json()
    assert body["limited"] is True
    assert (body["first_name"], body["last_initial"], body["last_name"]) == ("Maria", "S", None)
    assert body["photo_url"] == "https://example.test/maria.jpg"
    assert body["skills"] is None
    assert api.get(url, params={"viewer": "someone"}).status_code == 422


def test_search_leaves_private_profiles_out(session: Session, client: TestClient) -> None:
    hidden = _private(session)
    shown = helpers.freelancer(session, "PH-BOH", first_name="Marisol")
    session.commit()
    api = _marketplace(session, client)

    found = api.get("/api/v1/profiles", params={"q": "mari"}).json()

    assert [item["external_id"] for item in found["items"]] == [shown.external_id]
    assert found["total"] == 1
    assert hidden.external_id not in api.get("/api/v1/profiles").text


def test_switching_back_to_public_restores_everything(session: Session, client: TestClient) -> None:
    person = _private(session)
    api = _marketplace(session, client)
    person.profile_visibility = ProfileVisibility.PUBLIC
    session.commit()

    body = api.get(f"/api/v1/profiles/{person.external_id}").json()

    assert body["limited"] is False
    assert body["last_name"] == "Santos"
    assert body["skills"] == ["Data entry"]
    assert body["job_success_score"] == 92.0
    assert api.get("/api/v1/profiles", params={"q": "maria"}).json()["total"] == 1


def test_staff_see_the_profile_as_each_viewer_would_with_a_private_tag(session: Session) -> None:
    person = _private(session)
    staff = staff_client(create_app(), session, Role.AGENT)
    anonymous = staff.get(f"/crisis/profiles/{person.external_id}")
    logged_in = staff.get(f"/crisis/profiles/{person.external_id}?viewer=logged_in")
    assert "data-profile-hidden" in anonymous.text
    assert "data-private" in anonymous.text
    assert 'data-limited="true"' in logged_in.text
    assert "Maria S." in logged_in.text
    account_view = staff.get(f"/accounts/{person.id}")
    assert "Santos" in account_view.text  # the desk's own view is unaffected
