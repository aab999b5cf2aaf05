"""The role matrix: every route, called by every kind of caller, answers as its rule says.

Each caller (anonymous, each staff role, a token with each scope) calls every route with
placeholder path parameters. A caller the route's ``AccessRule`` admits never gets 401,
403 or a 500; one it does not admit gets 403, or, when it has no session, 401 from the
API and a redirect to /login from a page. The sensitive routes are also pinned in a
hand-written table, so loosening their rule by mistake fails here even though the rule
and the behaviour would still agree. A route without exactly one rule fails too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tests.routes import access_rules, api_routes, staff_client, token_headers, with_csrf_header
from trustdesk.app import create_app
from trustdesk.auth import AccessRule
from trustdesk.staff.models import Role, Scope

PLACEHOLDER = "999999"  # no such row: an admitted caller gets a 404 or a 422, never a 500


@dataclass(frozen=True)
class CallerKind:
    name: str
    role: Role | None = None
    scope: Scope | None = None

    def admitted_by(self, rule: AccessRule) -> bool:
        if self.role is not None:
            return rule.public or self.role in rule.roles
        if self.scope is not None:
            # A token is judged by its scopes wherever one is accepted; pages ignore tokens.
            return not rule.page and self.scope in rule.scopes
        return rule.public

    def has_session(self) -> bool:
        return self.role is not None


ANONYMOUS = CallerKind("anonymous")
CALLERS = (
    ANONYMOUS,
    *(CallerKind(role.value, role=role) for role in Role),
    *(CallerKind(f"token {scope.value}", scope=scope) for scope in Scope),
)
BY_NAME = {caller.name: caller for caller in CALLERS}
ALL_STAFF = frozenset(role.value for role in Role)

#: Who may call the sensitive routes, written out by hand. Changing a rule here is a
#: decision to review, not a side effect of editing a dependency.
SENSITIVE: dict[tuple[str, str], frozenset[str]] = {
    ("GET", "/team-lead"): frozenset({"team_lead", "admin"}),
    # The audit log names every staff member's actions.
    ("GET", "/audit"): frozenset({"team_lead", "admin"}),
    ("POST", "/team-lead/escalations/{escalation_id}/resolve"): frozenset({"team_lead", "admin"}),
    ("GET", "/escalations"): frozenset({"executive_escalations", "admin"}),
    ("POST", "/escalations/{escalation_id}/resolve"): frozenset({"executive_escalations", "admin"}),
    ("POST", "/api/v1/escalations/{escalation_id}/resolve"): frozenset(
        {"team_lead", "executive_escalations", "admin"}
    ),
    ("POST", "/api/v1/sync/{entity}"): frozenset({"admin", "token mirror:write"}),
    ("POST", "/api/v1/tickets/{ticket_id}/children"): ALL_STAFF,
    ("POST", "/tickets/{ticket_id}/children"): ALL_STAFF,
    ("POST", "/api/v1/tickets/{ticket_id}/comments"): ALL_STAFF,
    ("POST", "/api/v1/tickets"): ALL_STAFF | {"token tickets:write"},
    ("GET", "/api/v1/tickets/{ticket_id}"): ALL_STAFF | {"token tickets:read"},
    ("POST", "/api/v1/messages/scan"): ALL_STAFF | {"token messages:scan"},
    ("GET", "/messages/{message_id}"): frozenset({"team_lead", "admin"}),
    ("GET", "/api/v1/reputation/accounts/{account_id}/what-if"): ALL_STAFF | {"token mirror:read"},
    ("GET", "/accounts/{account_id}/my-stats"): ALL_STAFF,
    ("GET", "/agencies/{agency_id}/my-stats"): ALL_STAFF,
    # A marketplace user's My Stats: public (a browser, not a token), the signed link in the
    # path is the check.
    ("GET", "/my-stats/{token}"): ALL_STAFF | {"anonymous"},
    ("POST", "/messages/{message_id}/redact"): frozenset({"team_lead", "admin"}),
    ("POST", "/api/v1/tickets/{ticket_id}/messages"): ALL_STAFF | {"token tickets:write"},
    ("POST", "/tickets/{ticket_id}/disconnect"): ALL_STAFF,
    ("POST", "/tickets/{ticket_id}/self-harm-child"): ALL_STAFF,
    ("POST", "/tickets/{ticket_id}/reply-lint"): ALL_STAFF,
    ("POST", "/tickets/{ticket_id}/feedback-removal/approve"): ALL_STAFF,
    ("POST", "/tickets/{ticket_id}/feedback-removal/decline"): ALL_STAFF,
    ("GET", "/feedback-removal/{token}"): ALL_STAFF | {"anonymous"},
    ("POST", "/feedback-removal/agency-owner/{token}"): ALL_STAFF | {"anonymous"},
    # The user's side of a chat: the signed link in the path is the credential.
    ("GET", "/chat/{token}"): ALL_STAFF | {"anonymous"},
    ("POST", "/chat/{token}"): ALL_STAFF | {"anonymous"},
    ("GET", "/chat/{token}/messages"): ALL_STAFF | {"anonymous"},
    # The agent's side: the ticket page's own access, polled for new messages.
    ("GET", "/tickets/{ticket_id}/messages"): ALL_STAFF,
    # Crisis events: team leads and admins create them and run their outreach; every desk
    # role reads them and may send one freelancer the check-in link.
    ("POST", "/crisis/events"): frozenset({"team_lead", "admin"}),
    ("POST", "/crisis/events/{event_id}/outreach"): frozenset({"team_lead", "admin"}),
    ("POST", "/crisis/events/{event_id}/end"): frozenset({"team_lead", "admin"}),
    ("POST", "/crisis/events/{event_id}/check-in-link"): ALL_STAFF,
    # The freelancer's Check-In page: the signed link in the path is the credential.
    ("GET", "/check-in/{token}"): ALL_STAFF | {"anonymous"},
    ("POST", "/check-in/{token}"): ALL_STAFF | {"anonymous"},
    # Profiles as the marketplace shows them (private profile mode): the marketplace's
    # read token, or staff.
    ("GET", "/api/v1/profiles/{external_id}"): ALL_STAFF | {"token mirror:read"},
    ("GET", "/api/v1/profiles"): ALL_STAFF | {"token mirror:read"},
}


@dataclass(frozen=True)
class Endpoint:
    method: str
    route: APIRoute

    @property
    def key(self) -> tuple[str, str]:
        return (self.method, self.route.path)

    @property
    def url(self) -> str:
        url = self.route.path
        for name in self.route.param_convertors:
            url = url.replace(f"{{{name}}}", PLACEHOLDER)
        return url

    def rules(self) -> list[AccessRule]:
        return access_rules(self.route.dependant)


def _endpoints(app: FastAPI) -> list[Endpoint]:
    found = [
        Endpoint(method, route)
        for route in api_routes(app)
        for method in sorted(route.methods or ())
        if method != "HEAD"
    ]
    # Logging out ends the caller's session: call it last.
    return sorted(found, key=lambda endpoint: (endpoint.route.path == "/logout", endpoint.key))


def _expected_callers(rule: AccessRule) -> frozenset[str]:
    return frozenset(caller.name for caller in CALLERS if caller.admitted_by(rule))


@pytest.fixture(scope="module")
def app(engine: Engine) -> FastAPI:
    return create_app()


@pytest.fixture
def caller_client(
    request: pytest.FixtureRequest, app: FastAPI, session: Session
) -> Iterator[TestClient]:
    caller: CallerKind = BY_NAME[request.param]
    if caller.role is not None:
        client = staff_client(app, session, caller.role)
    else:
        client = TestClient(app, base_url="http://testserver")
        if caller.scope is not None:
            client.headers.update(token_headers(session, caller.scope))
        else:
            with_csrf_header(client)  # so only the rule, not CSRF, decides (POST /login)
    with client:
        yield client


def test_the_sensitive_routes_keep_their_hand_written_rules() -> None:
    endpoints = {endpoint.key: endpoint for endpoint in _endpoints(create_app())}
    problems = []
    for key, expected in SENSITIVE.items():
        endpoint = endpoints.get(key)
        if endpoint is None:
            problems.append(f"{key}: the route is gone; update the table")
            continue
        (rule,) = endpoint.rules()
        declared = _expected_callers(rule)
        if declared != expected:
            problems.append(
                f"{key}: declared rule admits {sorted(declared)}, the table says {sorted(expected)}"
            )
    assert problems == []


@pytest.mark.parametrize("caller_client", [caller.name for caller in CALLERS], indirect=True)
def test_each_caller_gets_exactly_the_routes_its_rules_allow(
    request: pytest.FixtureRequest, app: FastAPI, caller_client: TestClient
) -> None:
    caller = BY_NAME[request.node.callspec.params["caller_client"]]
    problems = []
    for endpoint in _endpoints(app):
        rules = endpoint.rules()
        if len(rules) != 1:
            problems.append(f"{endpoint.key}: declares {len(rules)} access rules, not one")
            continue
        admitted = caller.admitted_by(rules[0])
        if endpoint.key in SENSITIVE:
            admitted = caller.name in SENSITIVE[endpoint.key]
        response = caller_client.request(endpoint.method, endpoint.url, follow_redirects=False)
        code, location = response.status_code, response.headers.get("location", "")
        # The login rule sends /login?next=…; logging out lands on /login itself.
        to_login = code == 303 and location.startswith("/login?next=")
        if code >= 500:
            problems.append(f"{endpoint.key}: {code} {response.text[:200]}")
        elif admitted and (code in (401, 403) or to_login):
            problems.append(f"{endpoint.key}: admitted but got {code} {location}")
        elif not admitted:
            if rules[0].page and not caller.has_session():
                ok, wanted = to_login, "a redirect to /login"
            elif caller is ANONYMOUS:
                ok, wanted = code == 401, "401"
            else:
                ok, wanted = code == 403, "403"
            if not ok:
                problems.append(f"{endpoint.key}: denied, wanted {wanted}, got {code} {location}")
    assert problems == []
