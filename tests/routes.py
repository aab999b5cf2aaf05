"""The route table and its callers, for the tests that walk every route.

``api_routes`` finds every endpoint (FastAPI nests included routers), ``access_rules`` the
rules a route declares. ``staff_client`` and ``token_headers`` make callers the way real
clients are: a staff member logged in through the form, whose unsafe requests carry the
session's CSRF token in ``X-CSRF-Token``, and a machine client with a bearer token.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.conftest import login, make_staff
from trustdesk.auth import CSRF_HEADER, AccessRule
from trustdesk.staff.actions import create_api_token
from trustdesk.staff.models import Role, Scope, StaffUser

CSRF_IN_PAGE = re.compile(r'name="csrf_token" value="([^"]+)"')


def access_rules(dependant: Dependant) -> list[AccessRule]:
    found = [dependant.call] if isinstance(dependant.call, AccessRule) else []
    for sub in dependant.dependencies:
        found.extend(access_rules(sub))
    return found


def api_routes(app: FastAPI) -> list[APIRoute]:
    """Every endpoint, including those of included routers.

    FastAPI keeps an included router as one node holding the original router; that node's
    type is private, so it is recognised by its ``original_router`` attribute.
    """
    found: list[APIRoute] = []
    pending: list[Any] = list(app.routes)
    while pending:
        route = pending.pop()
        if isinstance(route, APIRoute):
            found.append(route)
        elif hasattr(route, "original_router"):
            pending.extend(route.original_router.routes)
    return found


def with_csrf_header(client: TestClient) -> TestClient:
    """Send the session's CSRF token on every request, as the console's scripts do.

    The token is read from a page's form: the login form before login, any page after."""
    page = client.get("/accounts") if "trustdesk_session" in client.cookies else None
    if page is None or page.status_code != 200:
        page = client.get("/login")
    match = CSRF_IN_PAGE.search(page.text)
    assert match, f"{page.url} carries a CSRF token"
    client.headers[CSRF_HEADER] = match.group(1)
    return client


def staff_client(
    app: FastAPI, session: Session, role: Role, staff: StaffUser | None = None
) -> TestClient:
    """A client logged in as ``staff`` (a new member of ``role`` when not given)."""
    client = TestClient(app, base_url="http://testserver")
    login(client, staff or make_staff(session, role))
    return with_csrf_header(client)


def token_headers(session: Session, *scopes: Scope) -> dict[str, str]:
    issued = create_api_token(
        session, name=f"test-{'-'.join(scopes) or 'none'}", scopes=list(scopes), actor="test"
    )
    session.commit()
    return {"Authorization": f"Bearer {issued.secret}"}
