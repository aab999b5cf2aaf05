"""Every route says who may call it; a route added without a rule fails here."""

from __future__ import annotations

from tests.routes import access_rules, api_routes
from trustdesk.app import create_app


def test_the_route_walk_sees_the_routers() -> None:
    paths = {route.path for route in api_routes(create_app())}
    assert {"/login", "/logout", "/"} <= paths


def test_every_route_declares_exactly_one_access_rule() -> None:
    app = create_app()
    missing = []
    for route in api_routes(app):
        rules = access_rules(route.dependant)
        if len(rules) != 1:
            missing.append(f"{sorted(route.methods)} {route.path}: {len(rules)} rules")
    assert missing == []


#: Public routes: the login page, and the pages marketplace users reach through a signed,
#: expiring link (the token in the path is checked by the route).
PUBLIC_ROUTES = {
    "GET /login",
    "POST /login",
    "GET /chat/{token}",
    "POST /chat/{token}",
    "GET /chat/{token}/messages",
    "GET /my-stats/{token}",
    "GET /feedback-removal/{token}",
    "POST /feedback-removal/{token}",
    "GET /feedback-removal/agency-owner/{token}",
    "POST /feedback-removal/agency-owner/{token}",
    "GET /check-in/{token}",
    "POST /check-in/{token}",
}


def test_only_the_login_page_and_signed_link_pages_are_public() -> None:
    public = {
        f"{method} {route.path}"
        for route in api_routes(create_app())
        for method in route.methods
        if any(rule.public for rule in access_rules(route.dependant))
    }
    assert public == PUBLIC_ROUTES
