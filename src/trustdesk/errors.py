"""Error pages: a browser asking for a page gets one in the desk's layout, with what went
wrong and a way back; API routes (``/api/...``) and clients asking for JSON keep FastAPI's
JSON errors. Status codes are the same either way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import anyio.to_thread
from fastapi import FastAPI, Request, status
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from trustdesk.auth import logged_in_staff
from trustdesk.db import get_sessionmaker
from trustdesk.limits import NO_NUL_PATTERN
from trustdesk.templating import templates

API_PREFIX = "/api/"
#: What Starlette says when no route matches; the page says it in the desk's words.
NO_ROUTE_DETAIL = HTTPStatus.NOT_FOUND.phrase
TITLES = {
    status.HTTP_403_FORBIDDEN: "Not allowed",
    status.HTTP_404_NOT_FOUND: "Not found",
    status.HTTP_405_METHOD_NOT_ALLOWED: "Not allowed here",
    status.HTTP_422_UNPROCESSABLE_CONTENT: "Not a valid request",
}


def wants_html(request: Request) -> bool:
    """A page request from a browser: not under /api/, and HTML accepted before JSON."""
    if request.url.path.startswith(API_PREFIX):
        return False
    accept = request.headers.get("accept", "").lower()
    html_at = accept.find("text/html")
    json_at = accept.find("application/json")
    return html_at != -1 and (json_at == -1 or html_at < json_at)


def sentence(text: str) -> str:
    """``text`` as a sentence: capitalised, with a full stop unless it ends with one."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _message(request: Request, status_code: int, detail: Any) -> str:
    if status_code == status.HTTP_404_NOT_FOUND and detail == NO_ROUTE_DETAIL:
        return f"There is no page at {request.url.path}."
    if status_code == status.HTTP_405_METHOD_NOT_ALLOWED:
        return f"{request.url.path} does not take a {request.method} request."
    return detail if isinstance(detail, str) else str(detail)


def _title(status_code: int, message: str) -> str:
    if status_code == status.HTTP_403_FORBIDDEN and "role may not" in message:
        return "Not for your role"
    if status_code in TITLES:
        return TITLES[status_code]
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return "Something went wrong"


@dataclass(frozen=True)
class WayBack:
    """The link an error page offers: where to go instead, in the page's words."""

    url: str
    label: str


STAFF_WAY_BACK = WayBack("/tickets", "Back to the queue")
PUBLIC_WAY_BACK = WayBack("/", "Back to trustdesk")


def error_page(
    request: Request,
    status_code: int,
    message: str,
    headers: Mapping[str, str] | None = None,
    *,
    title: str | None = None,
    back: WayBack | None = None,
) -> Response:
    """The error page in the desk's layout (the navigation too, for a logged-in staff
    member), with ``message`` as a sentence and a link back: ``back`` when the route knows
    a better place than the queue (or trustdesk's front page, for someone not logged in).

    Routes call it to answer a page request whatever the client accepts; raised
    ``HTTPException``s come here through ``install`` for browsers only."""
    message = sentence(message)
    with get_sessionmaker()() as session:
        staff = logged_in_staff(request, session)
        if back is None:
            back = STAFF_WAY_BACK if staff is not None else PUBLIC_WAY_BACK
        return templates.TemplateResponse(
            request,
            "error.html",
            {
                "staff": staff,
                "title": title or _title(status_code, message),
                "message": message,
                "status_code": status_code,
                "back_url": back.url,
                "back_label": back.label,
            },
            status_code=status_code,
            headers=headers,
        )


#: Pydantic's kinds of error whose problem is the same whatever the limits.
_PLAIN_KINDS: Mapping[str, str] = {
    "missing": "required",
    "string_type": "must be text",
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "finite_number": "must be a number",
    "bool_parsing": "must be yes or no",
    "bool_type": "must be yes or no",
    "date_parsing": "must be a date (YYYY-MM-DD)",
    "date_type": "must be a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "must be a date (YYYY-MM-DD)",
    "datetime_parsing": "must be a date and time (YYYY-MM-DD HH:MM)",
    "datetime_type": "must be a date and time (YYYY-MM-DD HH:MM)",
    "datetime_from_date_parsing": "must be a date and time (YYYY-MM-DD HH:MM)",
    "list_type": "must be a list",
    "json_invalid": "not valid JSON",
    "model_attributes_type": "must be a form with fields",
    "dict_type": "must be a form with fields",
    "model_type": "must be a form with fields",
    "extra_forbidden": "not a field of this form",
}
#: Pydantic's bounds on numbers, as "must be at least 1": (the bound's name, the words).
_BOUNDS: Mapping[str, tuple[str, str]] = {
    "greater_than_equal": ("ge", "must be at least"),
    "greater_than": ("gt", "must be more than"),
    "less_than_equal": ("le", "must be at most"),
    "less_than": ("lt", "must be less than"),
}


def plain_problem(error: Mapping[str, Any]) -> str:
    """One validation error's problem in plain words, to follow the field's label and a
    colon ("too long (at most 64 characters)"); a route's own messages are kept as written."""
    kind = str(error.get("type", ""))
    context = error.get("ctx") or {}
    message = str(error.get("msg", "is not valid")).removeprefix("Value error, ")
    if kind in _PLAIN_KINDS:
        return _PLAIN_KINDS[kind]
    if kind in _BOUNDS:
        bound, words = _BOUNDS[kind]
        return f"{words} {context.get(bound)}"
    if kind == "string_too_long":
        return f"too long (at most {context.get('max_length')} characters)"
    if kind == "string_too_short":
        minimum = context.get("min_length")
        return "cannot be empty" if minimum == 1 else f"too short (at least {minimum} characters)"
    if kind == "string_pattern_mismatch":
        if context.get("pattern") == NO_NUL_PATTERN:
            return "contains a character that is not allowed (a null character)"
        return "not in the expected form"
    if kind == "too_long":
        return f"too many (at most {context.get('max_length')})"
    if kind == "too_short":
        return f"too few (at least {context.get('min_length')})"
    if kind in ("literal_error", "enum"):
        return f"must be one of {context.get('expected', 'the listed values')}"
    return message[:1].lower() + message[1:]


#: Parameters whose name says little to a reader, in the words of the page that sends them.
_FIELD_WORDS: Mapping[str, str] = {"q": "search text"}
#: A value given is quoted back when it is short enough to read at a glance.
_QUOTED_MAX = 40


def _field(location: Sequence[Any]) -> str:
    """Where a validation error is, as a reader names it: "ticket id", "exclude item 2"
    (the source, "path", "query" or "body", is left out)."""
    parts = list(location[1:]) or list(location)
    words = [
        f"item {part + 1}" if isinstance(part, int) else _FIELD_WORDS.get(str(part), str(part))
        for part in parts
    ]
    return " ".join(words).replace("_", " ")


def _problem(error: Mapping[str, Any]) -> str:
    """One validation error as a reader says it, naming the field and what was given:
    ``ticket id “abc”: must be a whole number``."""
    field = _field(error.get("loc", ()))
    given = error.get("input")
    if isinstance(given, str) and 0 < len(given) <= _QUOTED_MAX and given.isprintable():
        field += f" “{given}”"
    return f"{field}: {plain_problem(error)}"


def install(app: FastAPI) -> None:
    """Answer browsers with error pages, everyone else as FastAPI does."""

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if not wants_html(request):
            return await http_exception_handler(request, exc)
        return await _render(request, exc.status_code, exc.detail, exc.headers)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        if not wants_html(request):
            return await request_validation_exception_handler(request, exc)
        problems = "; ".join(_problem(error) for error in exc.errors())
        return await _render(request, status.HTTP_422_UNPROCESSABLE_CONTENT, problems, None)

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)


async def _render(
    request: Request, status_code: int, detail: Any, headers: Mapping[str, str] | None
) -> Response:
    message = _message(request, status_code, detail)
    # The staff lookup is a blocking database read: off the event loop.
    return await anyio.to_thread.run_sync(error_page, request, status_code, message, headers)
