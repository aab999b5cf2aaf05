"""The audit log page: admins and team leads read the trail, newest first, filtered by
who acted, what they did, the ticket or account it was about, and the dates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, status
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from trustdesk.audit_log import queries
from trustdesk.audit_log.queries import AuditFilters
from trustdesk.auth import Caller, SessionDep, pages
from trustdesk.limits import ID_MAX, NO_NUL_PATTERN, PAGE_MAX, read_day
from trustdesk.pagination import PageRequest, page_url
from trustdesk.staff.models import Role
from trustdesk.templating import templates

router = APIRouter(include_in_schema=False)

#: Who may read the whole trail: it names every staff member's actions.
AUDIT_READERS = pages(Role.TEAM_LEAD, Role.ADMIN)
AuditReader = Annotated[Caller, Depends(AUDIT_READERS)]

PAGE_SIZE = 50
_FIELD_MAX = 254
FilterText = Annotated[str, Query(max_length=_FIELD_MAX, pattern=NO_NUL_PATTERN)]


def _subject_id(session: Session, subject_type: str, value: str) -> str | None:
    """The subject filter's id: a ticket number ("#12" or "12"), an account's id or its
    marketplace external id ("fl-17")."""
    value = value.strip().removeprefix("#")
    if not value:
        return None
    if value.isascii() and value.isdigit() and int(value) <= ID_MAX:
        return value
    if subject_type == "account":
        account_id = queries.account_id_for(session, value)
        if account_id is not None:
            return str(account_id)
        raise ValueError(f"no account has the id or external id {value!r}")
    raise ValueError(f"{value!r} is not a ticket number")


@router.get("/audit", response_class=HTMLResponse)
def audit_log_page(
    request: Request,
    session: SessionDep,
    caller: AuditReader,
    actor: FilterText = "",
    action: FilterText = "",
    subject: FilterText = "",
    subject_id: FilterText = "",
    since: FilterText = "",
    until: FilterText = "",
    page: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 1,
) -> Response:
    form = {
        "actor": actor,
        "action": action,
        "subject": subject,
        "subject_id": subject_id,
        "since": since,
        "until": until,
    }
    errors: dict[str, str] = {}
    if subject and subject not in queries.FILTERED_SUBJECTS:
        errors["subject"] = f"must be one of: {', '.join(queries.FILTERED_SUBJECTS)}"
    found_id = None
    if subject_id.strip() and not subject:
        errors["subject_id"] = "choose whether it is a ticket or an account"
    elif not errors:
        try:
            found_id = _subject_id(session, subject, subject_id)
        except ValueError as error:
            errors["subject_id"] = str(error)
    first, last = read_day(since, "since", errors), read_day(until, "until", errors)
    if first is not None and last is not None and first > last:
        errors["until"] = f"is before the first day, {first.isoformat()}"
    results = None
    if not errors:
        filters = AuditFilters(
            actor=actor.strip() or None,
            action=action.strip() or None,
            subject_type=subject or None,
            subject_id=found_id,
            since=first,
            until=last,
        )
        results = queries.audit_page(session, filters, PageRequest(page=page, page_size=PAGE_SIZE))
    return templates.TemplateResponse(
        request,
        "audit_log/audit_log.html",
        {
            "staff": caller.staff,
            "form": form,
            "errors": errors,
            "results": results,
            "actor_kinds": queries.ACTOR_KINDS,
            "staff_actors": queries.staff_actors(session),
            "actions": queries.known_actions(),
            "subjects": queries.FILTERED_SUBJECTS,
            "page_url": page_url(request),
        },
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT if errors else status.HTTP_200_OK,
    )
