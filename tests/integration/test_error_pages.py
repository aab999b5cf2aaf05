"""Errors answer a browser with a page in the desk's layout and API clients with JSON,
with the same status code either way."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.routes import CSRF_IN_PAGE, staff_client
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
        ("/tickets/not-a-number", 422, "Ticket id “not-a-number”: must be a whole number."),
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


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("/tickets?page=0", "Page “0”: must be at least 1."),
        ("/tickets?page=2.5", "Page “2.5”: must be a whole number."),
        ("/crisis/events/0", "Event id “0”: must be at least 1."),
        (
            "/accounts?country=" + "x" * 11,
            "Country “xxxxxxxxxxx”: too long (at most 10 characters).",
        ),
        (
            "/accounts?q=a%00b",
            "Search text: contains a character that is not allowed (a null character).",
        ),
        (
            "/accounts/1?contracts_page=x&given_page=0",
            "Contracts page “x”: must be a whole number; given page “0”: must be at least 1.",
        ),
    ],
)
def test_a_page_refusing_its_parameters_names_each_field_and_problem_in_plain_words(
    session: Session, path: str, says: str
) -> None:
    lead = staff_client(create_app(), session, Role.TEAM_LEAD)

    page = lead.get(path, headers=BROWSER_ACCEPT)

    assert page.status_code == 422
    assert "<h1>Not a valid request</h1>" in page.text
    assert f'data-error-page="422">{says} <a href="/tickets" data-back>' in page.text
    assert "Input should" not in page.text
    assert "input should" not in page.text


def test_a_form_posted_without_its_fields_names_each_one_as_required(session: Session) -> None:
    client = TestClient(create_app(), base_url="http://testserver")
    token = CSRF_IN_PAGE.search(client.get("/login").text)
    assert token

    page = client.post("/login", data={"csrf_token": token.group(1)}, headers=BROWSER_ACCEPT)

    assert page.status_code == 422
    assert "Email: required; password: required." in page.text
    assert "Field required" not in page.text


def test_a_long_or_unprintable_value_is_not_quoted_back(session: Session) -> None:
    lead = staff_client(create_app(), session, Role.TEAM_LEAD)

    page = lead.get("/audit?actor=" + "a" * 300, headers=BROWSER_ACCEPT)

    assert page.status_code == 422
    assert 'data-error-page="422">Actor: too long (at most 254 characters). <a' in page.text


def test_the_api_keeps_fastapis_validation_errors_word_for_word(session: Session) -> None:
    agent = staff_client(create_app(), session, Role.AGENT)

    api = agent.get("/api/v1/tickets/not-a-number", headers=BROWSER_ACCEPT)
    page_as_json = agent.get("/tickets?page=0", headers={"Accept": "application/json"})

    assert api.status_code == page_as_json.status_code == 422
    assert api.json() == {
        "detail": [
            {
                "type": "int_parsing",
                "loc": ["path", "ticket_id"],
                "msg": "Input should be a valid integer, unable to parse string as an integer",
                "input": "not-a-number",
            }
        ]
    }
    assert page_as_json.json() == {
        "detail": [
            {
                "type": "greater_than_equal",
                "loc": ["query", "page"],
                "msg": "Input should be greater than or equal to 1",
                "input": "0",
                "ctx": {"ge": 1},
            }
        ]
    }


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
