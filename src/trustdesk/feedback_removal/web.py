"""The Feedback Removal Request form (public, through a signed link), the agency owner's
answer page, and the agent's and team lead's buttons on the request's ticket."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, status
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from trustdesk import links
from trustdesk.auth import PUBLIC, Caller, SessionDep
from trustdesk.db import utcnow
from trustdesk.desk.actions import DeskError
from trustdesk.desk.macro_library import with_marketplace_name
from trustdesk.desk.models import Ticket
from trustdesk.desk.web import DeskStaff, FormFields, staff_of, ticket_form
from trustdesk.feedback_removal import actions, queries
from trustdesk.feedback_removal.models import RemovalRequest
from trustdesk.marketplace.models import Account
from trustdesk.templating import templates

router = APIRouter(include_in_schema=False)

Public = Annotated[Caller, Depends(PUBLIC)]


def _page(
    request: Request, name: str, context: dict[str, Any], status_code: int = status.HTTP_200_OK
) -> Response:
    return templates.TemplateResponse(
        request, f"feedback_removal/{name}", context, status_code=status_code
    )


# ---------------------------------------------------------------------------------------
# The request form


def _form_page(
    request: Request,
    session: Session,
    account: Account,
    token: str,
    *,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = status.HTTP_200_OK,
) -> Response:
    return _page(
        request,
        "form.html",
        {
            "account": account,
            "token": token,
            "events": actions.recent_events(session, utcnow()),
            "feedback": actions.requestable_feedback(session, account),
            "values": values or {},
            "errors": errors or {},
        },
        status_code,
    )


def _requester(session: Session, token: str) -> Account:
    account = session.get(
        Account,
        links.read_link_id(actions.REQUEST_LINK_PURPOSE, token, actions.REQUEST_LINK_MAX_AGE),
    )
    if account is None:
        raise links.LinkInvalid("this link is not valid; check that it was copied whole")
    return account


def _problem(request: Request, error: links.LinkError) -> Response:
    return templates.TemplateResponse(
        request,
        "link_problem.html",
        {"title": "We could not open this page", "problem": str(error)},
        status_code=error.status_code,
    )


@router.get("/feedback-removal/{token}", response_class=HTMLResponse)
def request_form(request: Request, session: SessionDep, _caller: Public, token: str) -> Response:
    try:
        account = _requester(session, token)
    except links.LinkError as error:
        return _problem(request, error)
    return _form_page(request, session, account, token)


def _number(value: str) -> int | None:
    return int(value) if value.strip().isdigit() and len(value.strip()) < 10 else None


@router.post("/feedback-removal/{token}", response_class=HTMLResponse)
def submit_form(
    request: Request, session: SessionDep, _caller: Public, token: str, fields: FormFields
) -> Response:
    try:
        account = _requester(session, token)
    except links.LinkError as error:
        return _problem(request, error)
    try:
        filed = actions.submit_request(
            session,
            requester=account,
            event_id=_number(fields.get("event", "")),
            feedback_id=_number(fields.get("feedback", "")),
            contract_reference=fields.get("contract_reference", ""),
            explanation=fields.get("explanation", ""),
            impact_confirmed=fields.get("impact_confirmed") == "yes",
        )
    except DeskError as error:
        session.rollback()
        return _form_page(
            request,
            session,
            account,
            token,
            values=fields,
            errors=error.errors,
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    acknowledgement = with_marketplace_name(actions.ACKNOWLEDGEMENT)
    return _page(request, "submitted.html", {"filed": filed, "ack": acknowledgement})


# ---------------------------------------------------------------------------------------
# The agency owner's answer


def _owner_request(session: Session, token: str) -> RemovalRequest:
    found = session.get(
        RemovalRequest,
        links.read_link_id(actions.OWNER_LINK_PURPOSE, token, actions.OWNER_LINK_MAX_AGE),
    )
    if found is None or found.agency_owner_id is None:
        raise links.LinkInvalid("this link is not valid; check that it was copied whole")
    return found


@router.get("/feedback-removal/agency-owner/{token}", response_class=HTMLResponse)
def owner_page(request: Request, session: SessionDep, _caller: Public, token: str) -> Response:
    try:
        found = _owner_request(session, token)
    except links.LinkError as error:
        return _problem(request, error)
    return _page(request, "owner.html", {"found": found, "token": token, "problem": None})


@router.post("/feedback-removal/agency-owner/{token}", response_class=HTMLResponse)
def owner_answer(
    request: Request,
    session: SessionDep,
    _caller: Public,
    token: str,
    answer: Annotated[str, Form()] = "",
) -> Response:
    try:
        found = _owner_request(session, token)
    except links.LinkError as error:
        return _problem(request, error)
    try:
        if answer not in ("yes", "no"):
            raise DeskError({"answer": "choose yes or no"})
        actions.answer_as_agency_owner(session, found, remove=answer == "yes")
    except DeskError as error:
        session.rollback()
        problem = "; ".join(f"{name}: {text}" for name, text in error.errors.items())
        return _page(
            request,
            "owner.html",
            {"found": found, "token": token, "problem": problem},
            status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    return _page(request, "owner.html", {"found": found, "token": token, "problem": None})


# ---------------------------------------------------------------------------------------
# The agent's and the team lead's buttons on the ticket


def _on_request(
    request: Request,
    session: Session,
    caller: Caller,
    ticket_id: int,
    fields: dict[str, str],
    act: Callable[[RemovalRequest], object],
) -> Response:
    """A button on the request's ticket: ``act`` on its Feedback Removal Request."""

    def change(ticket: Ticket) -> str:
        removal = queries.request_for_ticket(session, ticket.id)
        if removal is None:
            raise DeskError({"request": f"ticket #{ticket.id} is not a feedback removal request"})
        act(removal)
        return "removal"

    return ticket_form(request, session, caller, ticket_id, "removal", fields, change)


@router.post("/tickets/{ticket_id}/feedback-removal/approve", response_class=HTMLResponse)
def approve(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    staff = staff_of(caller)
    return _on_request(
        request,
        session,
        caller,
        ticket_id,
        fields,
        lambda removal: actions.approve_removal(session, removal, actor=staff),
    )


@router.post("/tickets/{ticket_id}/feedback-removal/decline", response_class=HTMLResponse)
def decline(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    staff = staff_of(caller)
    return _on_request(
        request,
        session,
        caller,
        ticket_id,
        fields,
        lambda removal: actions.decline_request(session, removal, actor=staff),
    )


@router.post("/tickets/{ticket_id}/feedback-removal/exception", response_class=HTMLResponse)
def exception(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    staff = staff_of(caller)
    return _on_request(
        request,
        session,
        caller,
        ticket_id,
        fields,
        lambda removal: actions.request_exception(
            session, removal, actor=staff, reason=fields.get("reason", "")
        ),
    )


@router.post("/tickets/{ticket_id}/feedback-removal/ask-agency-owner", response_class=HTMLResponse)
def ask_agency_owner(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    staff = staff_of(caller)

    def ask(removal: RemovalRequest) -> object:
        if fields.get("freelancer_agrees") != "yes":
            raise DeskError({"freelancer_agrees": "confirm that the freelancer is okay with it"})
        return actions.ask_agency_owner(session, removal, actor=staff)

    return _on_request(request, session, caller, ticket_id, fields, ask)
