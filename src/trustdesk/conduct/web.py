"""The ticket page's conversation-safety forms: disconnect an abusive user, open the
self-harm child ticket in one click, set up a supervisor follow-up, and the live reply
linter the reply form calls as the agent types."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from trustdesk.auth import SessionDep
from trustdesk.conduct import actions, live
from trustdesk.desk.actions import DeskError
from trustdesk.desk.web import (
    DeskStaff,
    FormFields,
    readable_ticket,
    refused,
    see_ticket,
    staff_of,
)

page_router = APIRouter(include_in_schema=False)


@page_router.post("/tickets/{ticket_id}/disconnect", response_class=HTMLResponse)
def disconnect(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    """Disconnect an abusive user: only after one warning and continued abuse."""
    found = readable_ticket(request, session, caller, ticket_id)
    if isinstance(found, Response):
        return found
    try:
        comment = actions.disconnect_chat(session, found, agent=staff_of(caller))
    except DeskError as error:
        return refused(request, session, caller, ticket_id, "conduct", fields, error.errors)
    return see_ticket(ticket_id, f"comment-{comment.id}")


@page_router.post("/tickets/{ticket_id}/self-harm-child", response_class=HTMLResponse)
def self_harm_child(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    found = readable_ticket(request, session, caller, ticket_id)
    if isinstance(found, Response):
        return found
    try:
        child = actions.open_self_harm_child(session, found, agent=staff_of(caller))
    except DeskError as error:
        return refused(request, session, caller, ticket_id, "conduct", fields, error.errors)
    return see_ticket(ticket_id, f"child-{child.id}")


@page_router.post("/tickets/{ticket_id}/supervisor-follow-up", response_class=HTMLResponse)
def supervisor_follow_up(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    found = readable_ticket(request, session, caller, ticket_id)
    if isinstance(found, Response):
        return found
    try:
        actions.schedule_supervisor_follow_up(
            session,
            found,
            agent=staff_of(caller),
            kind=fields.get("kind", ""),
            when=fields.get("when", ""),
        )
    except DeskError as error:
        return refused(request, session, caller, ticket_id, "conduct", fields, error.errors)
    return see_ticket(ticket_id, "conduct")


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
