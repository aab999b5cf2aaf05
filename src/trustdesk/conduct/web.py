"""The ticket page's conversation-safety forms: disconnect an abusive user, open the
self-harm child ticket in one click, set up a supervisor follow-up, and the live reply
linter the reply form calls as the agent types."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from trustdesk.auth import SessionDep
from trustdesk.conduct import actions, live
from trustdesk.desk.models import Ticket
from trustdesk.desk.web import DeskStaff, FormFields, readable_ticket, staff_of, ticket_form
from trustdesk.templating import templates

page_router = APIRouter(include_in_schema=False)
#: The disconnect form's second step says ``confirm=yes``; the first only asks.
CONFIRM_FIELD = "confirm"


@page_router.post("/tickets/{ticket_id}/disconnect", response_class=HTMLResponse)
def disconnect(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    """Disconnect an abusive user: only after one warning and continued abuse, and only
    once the agent confirms (the first submit shows what will happen, with the real
    button); a refused disconnect shows the ticket page with the reasons."""
    if fields.get(CONFIRM_FIELD) != "yes":
        found = readable_ticket(request, session, caller, ticket_id)
        if isinstance(found, Response):
            return found
        if found.is_open and actions.disconnect_decision(session, found).outcome == (
            "may_disconnect"
        ):
            return templates.TemplateResponse(
                request,
                "conduct/confirm_disconnect.html",
                {"staff": staff_of(caller), "ticket": found, "confirm_field": CONFIRM_FIELD},
            )

    def change(ticket: Ticket) -> str:
        comment = actions.disconnect_chat(session, ticket, agent=staff_of(caller))
        return f"comment-{comment.id}"

    return ticket_form(request, session, caller, ticket_id, "conduct", fields, change)


@page_router.post("/tickets/{ticket_id}/self-harm-child", response_class=HTMLResponse)
def self_harm_child(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    def change(ticket: Ticket) -> str:
        child = actions.open_self_harm_child(session, ticket, agent=staff_of(caller))
        return f"child-{child.id}"

    return ticket_form(request, session, caller, ticket_id, "conduct", fields, change)


@page_router.post("/tickets/{ticket_id}/supervisor-follow-up", response_class=HTMLResponse)
def supervisor_follow_up(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    def change(ticket: Ticket) -> str:
        actions.schedule_supervisor_follow_up(
            session,
            ticket,
            agent=staff_of(caller),
            kind=fields.get("kind", ""),
            when=fields.get("when", ""),
        )
        return "conduct"

    return ticket_form(request, session, caller, ticket_id, "conduct", fields, change)


@page_router.post("/tickets/{ticket_id}/reply-lint")
def reply_lint(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    """The reply linter, as the agent types: what to avoid in this self-harm conversation."""
    found = readable_ticket(request, session, caller, ticket_id)
    if isinstance(found, Response):
        return found
    flags = live.reply_flags(session, found, fields.get("body", ""))
    return JSONResponse(
        {
            "flags": [
                {
                    "rule": flag.rule,
                    "start": flag.start,
                    "end": flag.end,
                    "text": flag.text,
                    "reason": flag.reason,
                }
                for flag in flags
            ]
        }
    )
