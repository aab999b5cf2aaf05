"""The user's side of a support chat: a page reached through a signed, expiring link (the
marketplace's own login stays outside trustdesk), showing the public conversation and a box
to write in. Every message the user sends goes through ``add_customer_message``, so it is
scanned for conversation safety like any other."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from trustdesk import links
from trustdesk.auth import PUBLIC, Caller, SessionDep
from trustdesk.config import get_settings
from trustdesk.desk import actions, queries
from trustdesk.desk.actions import DeskError
from trustdesk.desk.models import Channel, Ticket
from trustdesk.desk.schemas import ChatLine, ChatLines
from trustdesk.limits import BODY_MAX, ID_MAX
from trustdesk.templating import templates

router = APIRouter(include_in_schema=False)

CHAT_LINK_PURPOSE = "chat"
CHAT_LINK_MAX_AGE = timedelta(days=7)

Public = Annotated[Caller, Depends(PUBLIC)]


def chat_link(ticket_id: int) -> str:
    """The signed link through which the user of a chat ticket writes to the desk."""
    token = links.make_link_token(CHAT_LINK_PURPOSE, ticket_id)
    return get_settings().url(f"/chat/{token}")


def _page(
    request: Request,
    ticket: Ticket | None,
    *,
    token: str,
    problem: str | None = None,
    draft: str = "",
    status_code: int = status.HTTP_200_OK,
) -> Response:
    return templates.TemplateResponse(
        request,
        "desk/chat.html",
        {"ticket": ticket, "token": token, "problem": problem, "draft": draft},
        status_code=status_code,
    )


def _message_problem(body: str) -> str | None:
    if not body.strip():
        return "write something before sending"
    if len(body) > BODY_MAX:
        return f"is {len(body):,} characters long; the most is {BODY_MAX:,}"
    if "\x00" in body:
        return "contains a NUL character"
    return None


def _chat_ticket(session: SessionDep, token: str) -> Ticket:
    """The chat ticket the link names; ``LinkError`` says why a link cannot be used."""
    ticket_id = links.read_link_id(CHAT_LINK_PURPOSE, token, CHAT_LINK_MAX_AGE)
    ticket = queries.get_ticket(session, ticket_id)
    if ticket is None or ticket.channel != Channel.CHAT:
        raise links.LinkInvalid("this chat does not exist")
    return ticket


@router.get("/chat/{token}", response_class=HTMLResponse)
def chat_page(request: Request, session: SessionDep, _caller: Public, token: str) -> Response:
    try:
        ticket = _chat_ticket(session, token)
    except links.LinkError as error:
        return _page(request, None, token=token, problem=str(error), status_code=404)
    return _page(request, ticket, token=token)


@router.get("/chat/{token}/messages")
def chat_messages(
    session: SessionDep,
    _caller: Public,
    token: str,
    after: Annotated[int, Query(ge=0, le=ID_MAX)] = 0,
) -> JSONResponse:
    """The public messages after ``after``, for the open chat page to append; the same
    signed link as the page."""
    try:
        ticket = _chat_ticket(session, token)
    except links.LinkError as error:
        return JSONResponse({"detail": str(error)}, status.HTTP_404_NOT_FOUND)
    lines = ChatLines(
        messages=[
            ChatLine.from_model(comment)
            for comment in queries.comments_after(session, ticket.id, after, public_only=True)
        ],
        open=ticket.is_open,
    )
    return JSONResponse(lines.model_dump(mode="json"))


@router.post("/chat/{token}", response_class=HTMLResponse)
def send_chat_message(
    request: Request,
    session: SessionDep,
    _caller: Public,
    token: str,
    body: Annotated[str, Form()] = "",
) -> Response:
    try:
        ticket = _chat_ticket(session, token)
    except links.LinkError as error:
        return _page(request, None, token=token, problem=str(error), status_code=404)
    if not ticket.is_open:
        return _page(
            request,
            ticket,
            token=token,
            problem="This chat has ended. Please contact support again if you need help.",
            status_code=status.HTTP_409_CONFLICT,
        )
    problem = _message_problem(body)
    if problem:
        return _page(
            request,
            ticket,
            token=token,
            problem=f"Message: {problem}",
            draft=body[:BODY_MAX].replace("\x00", ""),
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    try:
        actions.add_customer_message(
            session,
            ticket,
            body=body,
            channel=Channel.CHAT,
            author_email=ticket.requester_email,
            author_account_id=ticket.requester_account_id,
        )
    except DeskError as error:
        session.rollback()
        return _page(
            request,
            ticket,
            token=token,
            problem="; ".join(f"{name}: {problem}" for name, problem in error.errors.items()),
            draft=body,
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    return RedirectResponse(f"/chat/{token}#end", status.HTTP_303_SEE_OTHER)
