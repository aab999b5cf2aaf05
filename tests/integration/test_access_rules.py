"""Every route says who may call it; a route added without a rule fails here."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from trustdesk.app import create_app
from trustdesk.auth import AccessRule


def _rules(dependant: Dependant) -> list[AccessRule]:
    found = [dependant.call] if isinstance(dependant.call, AccessRule) else []
    for sub in dependant.dependencies:
        found.extend(_rules(sub))
    return found


def _api_routes(app: FastAPI) -> list[APIRoute]:
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


def test_the_route_walk_sees_the_routers() -> None:
    paths = {route.path for route in _api_routes(create_app())}
    assert {"/login", "/logout", "/"} <= paths


def test_every_route_declares_exactly_one_access_rule() -> None:
    app = create_app()
    missing = []
    for route in _api_routes(app):
        rules = _rules(route.dependant)
        if len(rules) != 1:
            missing.append(f"{sorted(route.methods)} {route.path}: {len(rules)} rules")
    assert missing == []


def test_only_the_login_page_is_public() -> None:
    public = sorted(
        f"{method} {route.path}"
        for route in _api_routes(create_app())
        for method in route.methods
        if any(rule.public for rule in _rules(route.dependant))
    )
    assert public == ["GET /login", "POST /login"]
