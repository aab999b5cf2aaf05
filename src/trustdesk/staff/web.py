"""Login and logout."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from trustdesk.auth import PUBLIC, Caller, SessionDep, pages
from trustdesk.staff.actions import authenticate
from trustdesk.templating import templates

router = APIRouter(include_in_schema=False)


def _safe_next(next_url: str | None) -> str:
    # Only same-site paths: "//evil.example" and absolute URLs would be open redirects.
    if next_url and next_url.startswith("/") and not next_url.startswith("//"):
        return next_url
    return "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(
    request: Request, caller: Annotated[Caller, Depends(PUBLIC)], next: str | None = None
) -> Response:
    if caller.staff is not None:
        return RedirectResponse(_safe_next(next), status.HTTP_303_SEE_OTHER)
    return templates.TemplateResponse(
        request, "staff/login.html", {"next": _safe_next(next), "error": None}
    )


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    session: SessionDep,
    _caller: Annotated[Caller, Depends(PUBLIC)],
    email: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    staff = authenticate(session, email, password)
    if staff is None:
        return templates.TemplateResponse(
            request,
            "staff/login.html",
            {"next": _safe_next(next), "error": "Email or password is not right.", "email": email},
            status_code=status.HTTP_401_UNAUTHORIZED,
        )
    request.session.clear()  # a fresh session (and CSRF token) on every login
    request.session["staff_id"] = staff.id
    return RedirectResponse(_safe_next(next), status.HTTP_303_SEE_OTHER)


@router.post("/logout")
def logout(request: Request, _caller: Annotated[Caller, Depends(pages())]) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status.HTTP_303_SEE_OTHER)


@router.get("/")
def home(_caller: Annotated[Caller, Depends(pages())]) -> Response:
    return RedirectResponse("/tickets", status.HTTP_303_SEE_OTHER)
