"""Errors answer a browser with a page in the desk's layout and API clients with JSON,
with the same status code either way."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.routes import staff_client
from trustdesk.app import create_app
from trustdesk.staff.models import Role

BROWSER_ACCEPT = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.mark.parametrize("path", ["/team-lead", "/escalations", "/messages/1"])
def test_a_page_not_for_the_role_is_an_html_page_with_a_way_back(
    session: Session, path: str
) -> None:
    agent = staff_client(create_app(), session, Role.AGENT)

    page = agent.get(path, headers=BROWSER_ACCEPT)

    assert page.status_code == 403
    assert page.headers["content-type"].startswith("text/html")
    assert "<h1>Not for your role</h1>" in page.text
    assert "The Agent role may not do this." in page.text
    assert '<a href="/tickets" data-back>Back to the queue</a>' in page.text
    assert 'aria-label="Main"' in page.text  # the desk's own layout, navigation and all


@pytest.mark.parametrize(
    ("path", "status_code", "says"),
    [
        ("/no-such-page", 404, "There is no page at /no-such-page."),
        ("/tickets/not-a-number", 422, "Ticket id &#39;not-a-number&#39;: input should be"),
        ("/messages/1", 403, "The Agent role may not do this."),
    ],
)
def test_unknown_pages_and_bad_ids_are_html_pages(
    session: Session, path: str, status_code: int, says: str
) -> None:
    agent = staff_client(create_app(), session, Role.AGENT)

    page = agent.get(path, headers=BROWSER_ACCEPT)

    assert page.status_code == status_code
    assert page.headers["content-type"].startswith("text/html")
    assert says in page.text
    assert "Back to the queue" in page.text


def test_api_routes_and_json_clients_keep_json_errors(session: Session) -> None:
    agent = staff_client(create_app(), session, Role.AGENT)

    as_json = agent.get("/team-lead", headers={"Accept": "application/json"})
    api_missing = agent.get("/api/v1/tickets/999999", headers=BROWSER_ACCEPT)
    no_route = agent.get("/no-such-page")

    assert as_json.status_code == 403
    assert as_json.json() == {"detail": "the Agent role may not do this"}
    assert api_missing.status_code == 404
    assert api_missing.headers["content-type"] == "application/json"
    assert no_route.status_code == 404
    assert no_route.json() == {"detail": "Not Found"}


def test_an_anonymous_browser_gets_a_page_too(session: Session) -> None:
    client = TestClient(create_app(), base_url="http://testserver")

    page = client.get("/no-such-page", headers=BROWSER_ACCEPT)

    assert page.status_code == 404
    assert '<a href="/" data-back>Back to trustdesk</a>' in page.text
    assert 'aria-label="Main"' not in page.text


@pytest.mark.parametrize(
    ("role", "path", "says", "back"),
    [
        (
            Role.AGENT,
            "/tickets/987654",
            "Ticket #987654 does not exist.",
            '<a href="/tickets" data-back>Back to the queue</a>',
        ),
        (
            Role.AGENT,
            "/outbox/987654",
            "Email 987654 is not in the outbox.",
            '<a href="/tickets" data-back>Back to the queue</a>',
        ),
        (
            Role.AGENT,
            "/accounts/987654",
            "Account 987654 does not exist.",
            '<a href="/accounts" data-back>Search the accounts</a>',
        ),
        (
            Role.AGENT,
            "/accounts/987654/my-stats",
            "Account 987654 does not exist.",
            '<a href="/tickets" data-back>Back to the queue</a>',
        ),
        (
            Role.TEAM_LEAD,
            "/messages/987654",
            "Message 987654 does not exist.",
            '<a href="/tickets" data-back>Back to the queue</a>',
        ),
        (
            Role.TEAM_LEAD,
            "/crisis/events/987654",
            "Crisis event 987654 does not exist.",
            '<a href="/crisis/events" data-back>All crisis events</a>',
        ),
    ],
)
def test_a_page_about_something_missing_is_the_one_error_page_naming_it(
    session: Session, role: Role, path: str, says: str, back: str
) -> None:
    staff = staff_client(create_app(), session, role)

    # Asked for as a page or not, a page route answers with the page.
    for headers in (BROWSER_ACCEPT, {}):
        page = staff.get(path, headers=headers)

        assert page.status_code == 404
        assert page.headers["content-type"].startswith("text/html")
        assert "<h1>Not found</h1>" in page.text
        assert f'data-error-page="404">{says} {back}.' in page.text
        assert 'aria-label="Main"' in page.text
