"""Staff login, logout, sessions and CSRF."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.conftest import TEST_PASSWORD, login, make_staff
from trustdesk.staff.models import Role


def _csrf(page_html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page_html)
    assert match
    return match.group(1)


def test_pages_redirect_to_login_without_a_session(client: TestClient) -> None:
    response = client.get("/accounts", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/accounts"


def test_api_answers_401_without_credentials(client: TestClient) -> None:
    response = client.get("/api/v1/accounts")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(
    client: TestClient, session: Session
) -> None:
    staff = make_staff(session, Role.AGENT)
    form = client.get("/login")
    response = client.post(
        "/login",
        data={"email": staff.email, "password": "not-the-password", "csrf_token": _csrf(form.text)},
    )
    assert response.status_code == 401
    assert "Email or password is not right." in response.text
    assert client.get("/accounts", follow_redirects=False).status_code == 303


def test_login_without_csrf_token_is_refused(client: TestClient, session: Session) -> None:
    staff = make_staff(session, Role.AGENT)
    client.get("/login")
    response = client.post("/login", data={"email": staff.email, "password": TEST_PASSWORD})
    assert response.status_code == 403
    assert "csrf_token" in response.json()["detail"]


def test_logged_in_form_post_without_csrf_token_is_refused(
    client: TestClient, session: Session
) -> None:
    login(client, make_staff(session, Role.AGENT))
    response = client.post("/logout", data={}, follow_redirects=False)
    assert response.status_code == 403
    assert client.get("/accounts", follow_redirects=False).status_code == 200


def test_logout_ends_the_session(client: TestClient, session: Session) -> None:
    login(client, make_staff(session, Role.TEAM_LEAD))
    page = client.get("/accounts")
    response = client.post("/logout", data={"csrf_token": _csrf(page.text)}, follow_redirects=False)
    assert response.headers["location"] == "/login"
    assert client.get("/accounts", follow_redirects=False).status_code == 303


def test_login_redirects_only_within_the_desk(client: TestClient, session: Session) -> None:
    staff = make_staff(session, Role.AGENT)
    form = client.get("/login?next=//evil.example/phish")
    response = client.post(
        "/login",
        data={
            "email": staff.email,
            "password": TEST_PASSWORD,
            "csrf_token": _csrf(form.text),
            "next": "//evil.example/phish",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_deactivated_staff_lose_their_session(client: TestClient, session: Session) -> None:
    staff = make_staff(session, Role.AGENT)
    login(client, staff)
    staff.active = False
    session.commit()
    assert client.get("/accounts", follow_redirects=False).status_code == 303


def test_passwords_are_stored_as_argon2_hashes(session: Session) -> None:
    staff = make_staff(session, Role.ADMIN)
    assert staff.password_hash.startswith("$argon2id$")
    assert TEST_PASSWORD not in staff.password_hash
