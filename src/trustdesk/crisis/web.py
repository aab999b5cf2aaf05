"""The crisis programme on the web.

Staff pages: the events (list, create), one event (its outreach, check-ins and tickets;
start or resume the targeted email, send one freelancer the link, file a ticket under it),
and a preview of a profile as the marketplace shows it. The public Check-In page, reached
through the signed link in the targeted email. The API: an event with its outreach
progress (the event page polls it), and profiles as the marketplace may show them
(private profile mode) with a search that leaves private profiles out.

Routes parse, authorise, call an action or query and render.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from trustdesk import links, notices
from trustdesk.auth import PUBLIC, Caller, SessionDep, api, pages
from trustdesk.crisis import actions, queries
from trustdesk.crisis.actions import CrisisError
from trustdesk.crisis.models import CheckInImpact, CrisisEvent, CrisisKind
from trustdesk.crisis.regions import region_name
from trustdesk.crisis.schemas import CrisisEventPublic, ProfileView
from trustdesk.db import utcnow
from trustdesk.desk.models import Ticket
from trustdesk.errors import WayBack, error_page
from trustdesk.feedback_removal.actions import request_link as feedback_removal_link
from trustdesk.limits import ID_MAX, NO_NUL_PATTERN
from trustdesk.marketplace.models import Account, AccountKind
from trustdesk.pagination import Page, Paging
from trustdesk.staff.models import Role, Scope
from trustdesk.templating import templates

api_router = APIRouter(prefix="/api/v1")
page_router = APIRouter(include_in_schema=False)

#: Who creates events and runs their outreach (all desk staff read them).
ORGANISERS = (Role.TEAM_LEAD, Role.ADMIN)
ALL_EVENTS = WayBack("/crisis/events", "All crisis events")
StaffPage = Annotated[Caller, Depends(pages())]
OrganiserPage = Annotated[Caller, Depends(pages(*ORGANISERS))]
StaffApi = Annotated[Caller, Depends(api())]
ProfileReader = Annotated[Caller, Depends(api(scopes=(Scope.MIRROR_READ,)))]
Anyone = Annotated[Caller, Depends(PUBLIC)]
EventId = Annotated[int, Path(ge=1, le=ID_MAX)]
Token = Annotated[str, Path(max_length=400)]
ExternalId = Annotated[str, Path(max_length=64, pattern=NO_NUL_PATTERN)]


class Viewer(StrEnum):
    """Who is looking at a profile on the marketplace."""

    ANONYMOUS = "anonymous"
    LOGGED_IN = "logged_in"


async def _form(request: Request) -> dict[str, list[str]]:
    form = await request.form()
    values: dict[str, list[str]] = {}
    for name, value in form.multi_items():
        if isinstance(value, str):
            values.setdefault(name, []).append(value)
    return values


FormValues = Annotated[dict[str, list[str]], Depends(_form)]


def _one(form: Mapping[str, list[str]], name: str) -> str:
    return (form.get(name) or [""])[0]


def _is_organiser(caller: Caller) -> bool:
    return caller.staff is not None and caller.staff.role in ORGANISERS


def _see_event(event_id: int, anchor: str = "") -> Response:
    return RedirectResponse(f"/crisis/events/{event_id}{anchor}", status.HTTP_303_SEE_OTHER)


def _not_found(request: Request, message: str) -> Response:
    return error_page(request, status.HTTP_404_NOT_FOUND, message, back=ALL_EVENTS)


# ---------------------------------------------------------------------------------------
# Events


def _events_page(
    request: Request,
    session: Session,
    caller: Caller,
    *,
    form: Mapping[str, str] | None = None,
    errors: Mapping[str, str] | None = None,
    status_code: int = status.HTTP_200_OK,
) -> Response:
    return templates.TemplateResponse(
        request,
        "crisis/events.html",
        {
            "staff": caller.staff,
            "events": queries.list_events(session),
            "kinds": list(CrisisKind),
            "can_create": _is_organiser(caller),
            "form": dict(form or {}),
            "errors": dict(errors or {}),
        },
        status_code=status_code,
    )


@page_router.get("/crisis/events", response_class=HTMLResponse)
def events_page(request: Request, session: SessionDep, caller: StaffPage) -> Response:
    return _events_page(request, session, caller)


@page_router.post("/crisis/events", response_class=HTMLResponse)
def create_event(
    request: Request, session: SessionDep, caller: OrganiserPage, form: FormValues
) -> Response:
    fields = {
        name: _one(form, name) for name in ("name", "kind", "regions", "starts_on", "ends_on")
    }
    ongoing = _one(form, "ongoing") == "on"
    errors: dict[str, str] = {}
    if not ongoing and not fields["ends_on"].strip():
        errors["ends_on"] = "give the last day of impact, or tick “still ongoing”"
    event = None
    try:
        event = actions.create_event(
            session,
            name=fields["name"],
            kind=fields["kind"],
            regions=fields["regions"],
            starts_on=fields["starts_on"],
            ends_on=None if ongoing else fields["ends_on"],
            actor=caller.actor,
        )
    except CrisisError as error:
        errors = error.errors | errors
    if errors or event is None:
        session.rollback()
        return _events_page(
            request,
            session,
            caller,
            form=fields | {"ongoing": "on" if ongoing else ""},
            errors=errors,
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    return _see_event(event.id)


def _event_page(
    request: Request,
    session: Session,
    caller: Caller,
    event_id: int,
    *,
    forms: Mapping[str, Mapping[str, Any]] | None = None,
    notice: str | None = None,
    status_code: int = status.HTTP_200_OK,
) -> Response:
    view = queries.event_page(session, event_id)
    if view is None:
        return _not_found(request, f"crisis event {event_id} does not exist")
    return templates.TemplateResponse(
        request,
        "crisis/event.html",
        {
            "staff": caller.staff,
            "view": view,
            "event": view.event,
            "region_names": {code: region_name(code) for code in view.event.regions},
            "impact_labels": {impact.value: impact.label for impact in CheckInImpact},
            "can_organise": _is_organiser(caller),
            "forms": dict(forms or {}),
            "notice": notice or notices.take(request),
        },
        status_code=status_code,
    )


@page_router.get("/crisis/events/{event_id}", response_class=HTMLResponse)
def event_page(
    request: Request, session: SessionDep, caller: StaffPage, event_id: EventId
) -> Response:
    return _event_page(request, session, caller, event_id)


def _event_or_404(session: Session, event_id: int) -> CrisisEvent | None:
    return queries.get_event(session, event_id)


@page_router.post("/crisis/events/{event_id}/outreach", response_class=HTMLResponse)
def start_outreach(
    request: Request, session: SessionDep, caller: OrganiserPage, event_id: EventId
) -> Response:
    event = _event_or_404(session, event_id)
    if event is None:
        return _not_found(request, f"crisis event {event_id} does not exist")
    actions.start_outreach(session, event, actor=caller.actor)
    return _see_event(event_id, "#outreach")


@page_router.post("/crisis/events/{event_id}/end", response_class=HTMLResponse)
def set_event_end(
    request: Request,
    session: SessionDep,
    caller: OrganiserPage,
    event_id: EventId,
    form: FormValues,
) -> Response:
    event = _event_or_404(session, event_id)
    if event is None:
        return _not_found(request, f"crisis event {event_id} does not exist")
    ends_on = _one(form, "ends_on")
    try:
        actions.set_event_end(session, event, ends_on=ends_on or None, actor=caller.actor)
    except CrisisError as error:
        session.rollback()
        return _event_page(
            request,
            session,
            caller,
            event_id,
            forms={"end": {"values": {"ends_on": ends_on}, "errors": error.errors}},
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    return _see_event(event_id)


def _account_from(session: Session, reference: str) -> Account | None:
    reference = reference.strip()
    if not reference:
        return None
    account = queries.account_by_external_id(session, reference)
    if account is None and reference.isdigit() and int(reference) <= ID_MAX:
        account = session.get(Account, int(reference))
    return account


def _ticket_from(reference: str, session: Session, errors: dict[str, str]) -> Ticket | None:
    reference = reference.strip().lstrip("#")
    if not reference:
        return None
    ticket = (
        session.get(Ticket, int(reference))
        if reference.isdigit() and int(reference) <= ID_MAX
        else None
    )
    if ticket is None:
        errors["ticket_id"] = f"no ticket #{reference}"
    return ticket


def template_context(session: Session, account_id: int) -> dict[str, Any]:
    """What ``crisis/_account_panel.html`` needs, for the account view to merge in."""
    account = session.get(Account, account_id)
    if account is None or account.kind != AccountKind.FREELANCER:
        return {"crisis_impacts": []}
    return {"crisis_impacts": queries.impact_on_account(session, account, utcnow().date())}


@page_router.post("/crisis/events/{event_id}/check-in-link", response_class=HTMLResponse)
def send_check_in_link(
    request: Request,
    session: SessionDep,
    caller: StaffPage,
    event_id: EventId,
    form: FormValues,
) -> Response:
    event = _event_or_404(session, event_id)
    if event is None:
        return _not_found(request, f"crisis event {event_id} does not exist")
    values = {"account": _one(form, "account"), "ticket_id": _one(form, "ticket_id")}
    errors: dict[str, str] = {}
    account = _account_from(session, values["account"])
    if account is None:
        errors["account"] = (
            f"no account {values['account'].strip()!r}"
            if values["account"].strip()
            else "give the freelancer's account external id or id"
        )
    ticket = _ticket_from(values["ticket_id"], session, errors)
    try:
        if errors or account is None:
            raise CrisisError(errors)
        email = actions.send_check_in_link(
            session,
            event,
            account,
            actor=caller.actor,
            ticket_id=ticket.id if ticket is not None else None,
        )
        if ticket is not None:
            actions.link_ticket(session, event, ticket, actor=caller.actor)
    except CrisisError as error:
        session.rollback()
        return _event_page(
            request,
            session,
            caller,
            event_id,
            forms={"link": {"values": values, "errors": errors | error.errors}},
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    notices.flash(
        request, "check_in_link_sent", name=account.display_name, address=email.to_address
    )
    return _see_event(event_id, "#send-link")


@page_router.post("/crisis/events/{event_id}/tickets", response_class=HTMLResponse)
def link_ticket(
    request: Request,
    session: SessionDep,
    caller: StaffPage,
    event_id: EventId,
    form: FormValues,
) -> Response:
    event = _event_or_404(session, event_id)
    if event is None:
        return _not_found(request, f"crisis event {event_id} does not exist")
    values = {"ticket_id": _one(form, "ticket_id")}
    errors: dict[str, str] = {}
    ticket = _ticket_from(values["ticket_id"], session, errors)
    if ticket is None and not errors:
        errors["ticket_id"] = "give the ticket's number"
    try:
        if errors or ticket is None:
            raise CrisisError(errors)
        actions.link_ticket(session, event, ticket, actor=caller.actor)
    except CrisisError as error:
        session.rollback()
        return _event_page(
            request,
            session,
            caller,
            event_id,
            forms={"ticket": {"values": values, "errors": errors | error.errors}},
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    return _see_event(event_id, "#tickets")


# ---------------------------------------------------------------------------------------
# The Check-In page (public, through the signed link)


def _check_in_subject(session: Session, token: str) -> tuple[CrisisEvent, Account]:
    event_id, account_id = actions.read_check_in_token(token)
    event = queries.get_event(session, event_id)
    account = session.get(Account, account_id)
    if event is None or account is None or account.kind != AccountKind.FREELANCER:
        raise links.LinkInvalid("this link is not valid; ask support for a new one")
    return event, account


def _check_in_page(
    request: Request,
    caller: Caller,
    *,
    event: CrisisEvent | None,
    account: Account | None,
    token: str,
    session: Session | None = None,
    values: Mapping[str, Any] | None = None,
    errors: Mapping[str, str] | None = None,
    confirmed: bool = False,
    problem: str | None = None,
    status_code: int = status.HTTP_200_OK,
) -> Response:
    check_in = None
    notified = 0
    if session is not None and event is not None and account is not None:
        check_in = queries.check_in_for(session, event.id, account.id)
        notified = len(queries.client_notifications(session, event.id, account.id))
    if values is None and check_in is not None:
        values = {
            "impacts": list(check_in.impacts),
            "details": check_in.details,
            "notify_clients": check_in.notify_clients,
            "profile_private": check_in.profile_private,
        }
    return templates.TemplateResponse(
        request,
        "crisis/check_in.html",
        {
            "staff": None,
            "event": event,
            "account": account,
            "token": token,
            "impacts": list(CheckInImpact),
            "values": dict(values or {}),
            "errors": dict(errors or {}),
            "check_in": check_in,
            "notified": notified,
            "confirmed": confirmed,
            # The link's path: the page links within the site it was opened on.
            "resource_link": (
                urlsplit(feedback_removal_link(account.id)).path if account is not None else None
            ),
            "problem": problem,
            "details_max": actions.DETAILS_MAX,
        },
        status_code=status_code,
    )


def _link_problem(request: Request, caller: Caller, token: str, error: links.LinkError) -> Response:
    return _check_in_page(
        request,
        caller,
        event=None,
        account=None,
        token=token,
        problem=str(error),
        status_code=error.status_code,
    )


@page_router.get("/check-in/{token}", response_class=HTMLResponse)
def check_in_page(
    request: Request, session: SessionDep, caller: Anyone, token: Token, done: bool = False
) -> Response:
    """The freelancer's Check-In page; shows their answers when they come back."""
    try:
        event, account = _check_in_subject(session, token)
    except links.LinkError as error:
        return _link_problem(request, caller, token, error)
    return _check_in_page(
        request, caller, event=event, account=account, token=token, session=session, confirmed=done
    )


@page_router.post("/check-in/{token}", response_class=HTMLResponse)
def submit_check_in(
    request: Request, session: SessionDep, caller: Anyone, token: Token, form: FormValues
) -> Response:
    try:
        event, account = _check_in_subject(session, token)
    except links.LinkError as error:
        return _link_problem(request, caller, token, error)
    impacts = form.get("impacts", [])
    details = _one(form, "details")
    notify_clients = _one(form, "notify_clients") == "on"
    profile_private = _one(form, "profile_private") == "on"
    values = {
        "impacts": impacts,
        "details": details,
        "notify_clients": notify_clients,
        "profile_private": profile_private,
    }
    try:
        actions.record_check_in(
            session,
            event,
            account,
            impacts=impacts,
            details=details,
            notify_clients=notify_clients,
            profile_private=profile_private,
        )
    except CrisisError as error:
        session.rollback()
        return _check_in_page(
            request,
            caller,
            event=event,
            account=account,
            token=token,
            session=session,
            values=values,
            errors=error.errors,
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    return RedirectResponse(f"/check-in/{token}?done=true", status.HTTP_303_SEE_OTHER)


# ---------------------------------------------------------------------------------------
# Profiles as the marketplace shows them


@page_router.get("/crisis/profiles/{external_id}", response_class=HTMLResponse)
def profile_preview_page(
    request: Request,
    session: SessionDep,
    caller: StaffPage,
    external_id: ExternalId,
    viewer: Viewer = Viewer.ANONYMOUS,
) -> Response:
    """Staff see what a marketplace visitor (logged in or not) sees of a profile."""
    account = queries.account_by_external_id(session, external_id)
    if account is None:
        return _not_found(request, f"no account has the external id {external_id!r}")
    return templates.TemplateResponse(
        request,
        "crisis/profile.html",
        {
            "staff": caller.staff,
            "account": account,
            "viewer": viewer,
            "viewers": list(Viewer),
            "profile": queries.profile_view(account, viewer == Viewer.LOGGED_IN),
        },
    )


@api_router.get(
    "/profiles/{external_id}",
    response_model=ProfileView,
    tags=["profiles"],
    summary="A freelancer's profile as the marketplace may show it",
    description=(
        "The profile for a viewer who is (`viewer=logged_in`) or is not "
        "(`viewer=anonymous`, the default) logged in to the marketplace. A private profile "
        "is a 404 for an anonymous viewer, even with the direct link, and only the first "
        "name, last initial, title, photo, rate, city and country (`limited: true`) for a "
        "logged-in one. For a token with `mirror:read`, or staff."
    ),
    responses={404: {"description": "No such profile, or not shown to this viewer"}},
)
def api_profile(
    session: SessionDep,
    _caller: ProfileReader,
    external_id: ExternalId,
    viewer: Annotated[Viewer, Query(description="Is the viewer logged in?")] = Viewer.ANONYMOUS,
) -> ProfileView:
    account = queries.account_by_external_id(session, external_id)
    profile = (
        queries.profile_view(account, viewer == Viewer.LOGGED_IN) if account is not None else None
    )
    if profile is None:
        # The same answer as for a profile that does not exist: a private profile's
        # existence is not revealed to someone who may not see it.
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no profile {external_id!r}")
    return profile


@api_router.get(
    "/profiles",
    response_model=Page[ProfileView],
    tags=["profiles"],
    summary="Search freelancer profiles as the marketplace shows them",
    description=(
        "Public freelancer profiles whose name, title or city contains `q` (ignoring "
        "case). Private profiles never appear, for any viewer."
    ),
)
def api_search_profiles(
    session: SessionDep,
    _caller: ProfileReader,
    paging: Paging,
    q: Annotated[
        str | None, Query(max_length=200, pattern=NO_NUL_PATTERN, description="Search text")
    ] = None,
) -> Page[ProfileView]:
    return queries.search_profiles(session, q, paging)


@api_router.get(
    "/crisis/events/{event_id}",
    response_model=CrisisEventPublic,
    tags=["crisis"],
    summary="A crisis event and the progress of its targeted outreach",
    description=(
        "The event's regions and period of impact, how many freelancers are located in the "
        "regions, and the outreach: its status (queued, sending, done) and how many of the "
        "total have been sent the targeted email. The event page polls it. Staff only."
    ),
    responses={404: {"description": "No crisis event has this id"}},
)
def api_event(session: SessionDep, _caller: StaffApi, event_id: EventId) -> CrisisEventPublic:
    event = queries.get_event(session, event_id)
    if event is None:
        detail = f"crisis event {event_id} does not exist"
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=detail)
    return CrisisEventPublic.from_model(
        event, queries.campaign_for(session, event_id), queries.count_impacted(session, event)
    )
