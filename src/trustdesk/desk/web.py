"""The agent console: the queue, the ticket page, the team lead's and executive escalations'
pages, the outbox and notifications.

Routes parse the form, authorise, call an action or a query and render; a refused change
(``DeskError``) re-renders its form with each field's problem (HTTP 422) after rolling the
request's transaction back, so nothing of a refused change is kept.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Query, Request, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from trustdesk.audit_log import queries as audit_log_queries
from trustdesk.auth import AccessRule, Caller, SessionDep, pages
from trustdesk.conduct import queries as conduct_queries
from trustdesk.db import utcnow
from trustdesk.desk import actions, chat, policy, queries
from trustdesk.desk.actions import DeskError
from trustdesk.desk.models import (
    OPEN_STATUSES,
    Channel,
    ChildTicketType,
    EmailStatus,
    Escalation,
    EscalationTarget,
    Macro,
    Notification,
    OutboundEmail,
    Party,
    Priority,
    SlaClock,
    Ticket,
    TicketStatus,
)
from trustdesk.desk.queries import TicketFilters
from trustdesk.desk.schemas import ConversationLine, ConversationLines
from trustdesk.errors import error_page
from trustdesk.feedback_removal import queries as removal_queries
from trustdesk.limits import ID_MAX
from trustdesk.pagination import Page, PageRequest, page_url
from trustdesk.staff.models import Role, StaffUser
from trustdesk.templating import templates

page_router = APIRouter(include_in_schema=False)

# ---------------------------------------------------------------------------------------
# Who may do what. Object-level checks reuse the role sets of these same rules.

#: Agents, team leads, executive escalations and admins all work tickets.
DESK_STAFF = pages(Role.AGENT, Role.TEAM_LEAD, Role.EXECUTIVE_ESCALATIONS, Role.ADMIN)
#: Team-lead escalations and the child tickets routed to team leads.
TEAM_LEADS = pages(Role.TEAM_LEAD, Role.ADMIN)
#: Executive escalations, and the child tickets routed to them (self-harm, contact
#: information): only they and admins open those tickets.
EXECUTIVE_ESCALATIONS = pages(Role.EXECUTIVE_ESCALATIONS, Role.ADMIN)
HANDLERS: dict[EscalationTarget, AccessRule] = {
    EscalationTarget.TEAM_LEAD: TEAM_LEADS,
    EscalationTarget.EXECUTIVE_ESCALATIONS: EXECUTIVE_ESCALATIONS,
}

DeskStaff = Annotated[Caller, Depends(DESK_STAFF)]
TeamLead = Annotated[Caller, Depends(TEAM_LEADS)]
ExecutiveEscalations = Annotated[Caller, Depends(EXECUTIVE_ESCALATIONS)]

QUEUE_PAGE_SIZE = 50
OUTBOX_PAGE_SIZE = 50
SLOT_FIELD_PREFIX = "slot."
#: The checkbox with which an agent sends a reply the self-harm linter flagged.
LINT_ACKNOWLEDGED = "lint_acknowledged"
REPLY_STATUSES = (
    TicketStatus.OPEN,
    TicketStatus.PENDING,
    TicketStatus.ON_HOLD,
    TicketStatus.SOLVED,
)
NEW_TICKET_CHANNELS = (Channel.PHONE, Channel.CHAT, Channel.EMAIL, Channel.WEB_FORM)
CHILD_TYPE_LABELS = {child_type: child_type.label for child_type in ChildTicketType}
#: Whom each type of child ticket goes to.
CHILD_ROUTES = {
    child_type: EscalationTarget(target)
    for child_type, target in policy.CHILD_TICKET_ROUTES.items()
}

E = TypeVar("E", bound=StrEnum)


def staff_of(caller: Caller) -> StaffUser:
    # Page rules only let logged-in staff through.
    assert caller.staff is not None
    return caller.staff


def _handles(staff: StaffUser, target: EscalationTarget) -> bool:
    return staff.role in HANDLERS[target].roles


def _child_target(ticket: Ticket) -> EscalationTarget | None:
    return CHILD_ROUTES[ticket.child_type] if ticket.child_type is not None else None


def may_open(staff: StaffUser, ticket: Ticket) -> bool:
    """Child tickets routed to executive escalations are theirs (and admins') to read."""
    return _child_target(ticket) != EscalationTarget.EXECUTIVE_ESCALATIONS or _handles(
        staff, EscalationTarget.EXECUTIVE_ESCALATIONS
    )


# ---------------------------------------------------------------------------------------
# Small reads only the console needs (candidates for queries.py).


# ---------------------------------------------------------------------------------------
# What the pages show


@dataclass(frozen=True)
class Countdown:
    """An SLA clock as the agent sees it: ``text`` is "5h 12m", "overdue 1h 03m", "paused"."""

    label: str
    party: Party
    text: str
    tone: str  # "running", "warning", "overdue", "paused", "stopped"
    detail: str
    due_at: datetime


def countdown(clock: SlaClock, now: datetime) -> Countdown:
    state = policy.clock_state(clock, now)
    remaining = policy.format_remaining(state.remaining)
    if state.stopped:
        text, tone = ("missed", "overdue") if state.breached else ("met", "stopped")
        detail = "answered after the deadline" if state.breached else "answered in time"
    elif state.paused:
        text, tone, detail = "paused", "paused", f"{remaining} left when it paused"
    elif state.breached:
        text, tone, detail = remaining, "overdue", "deadline passed"
    elif state.warning:
        text, tone, detail = remaining, "warning", "deadline close"
    else:
        text, tone, detail = remaining, "running", "on time"
    return Countdown(
        label=clock.kind.label,
        party=clock.party,
        text=text,
        tone=tone,
        detail=detail,
        due_at=state.due_at,
    )


def nearest_countdown(ticket: Ticket, now: datetime) -> Countdown | None:
    """The running clock due first; failing that a paused one; None when none is left."""
    live = [clock for clock in ticket.clocks if clock.stopped_at is None]
    running = [clock for clock in live if clock.paused_at is None]
    chosen = min(running or live, key=lambda clock: clock.due_at, default=None)
    return countdown(chosen, now) if chosen is not None else None


_MARKER = re.compile(f"{policy.PLACEHOLDER.pattern}|{policy.SLOT.pattern}")


def preview_segments(text: str) -> list[tuple[str, bool]]:
    """The preview text in pieces, each marked True when it is a value still missing."""
    segments: list[tuple[str, bool]] = []
    position = 0
    for match in _MARKER.finditer(text):
        segments.append((text[position : match.start()], False))
        segments.append((match.group(0), True))
        position = match.end()
    segments.append((text[position:], False))
    return [segment for segment in segments if segment[0]]


def macro_groups(macros: list[Macro]) -> list[tuple[str, list[Macro]]]:
    """Macros grouped by the first part of their title ("Conduct > Abusive user > …")."""
    return [
        (group, list(members))
        for group, members in itertools.groupby(
            macros, key=lambda macro: macro.title.split(" > ", 1)[0]
        )
    ]


@dataclass
class FormState:
    """What a form was filled with and what is wrong with it, by field."""

    values: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    open: bool = False

    def value(self, name: str, default: str = "") -> str:
        return self.values.get(name, default)


TICKET_FORMS = (
    "reply",
    "macro",
    "assign",
    "status",
    "escalate",
    "child",
    "second_party",
    "conduct",
    "removal",
)


@dataclass
class MacroState:
    macro: Macro
    preview: policy.MacroPreview
    slots: dict[str, str]
    segments: list[tuple[str, bool]]


async def _form_fields(request: Request) -> dict[str, str]:
    form = await request.form()
    return {name: value for name, value in form.multi_items() if isinstance(value, str)}


FormFields = Annotated[dict[str, str], Depends(_form_fields)]


def _choice(enum: type[E], value: str) -> E:
    """A form value that must be one of ``enum``'s values; ValueError says which."""
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ValueError(f"must be one of: {allowed}") from None


def _optional_id(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if not value.isdigit():
        raise ValueError(f"{value!r} is not a number")
    return int(value)


def _form_choice(enum: type[E], fields: Mapping[str, str], name: str) -> E:
    """Form field ``name`` as one of ``enum``; a ``DeskError`` naming the field if not."""
    try:
        return _choice(enum, fields.get(name, ""))
    except ValueError as error:
        raise DeskError({name: str(error)}) from None


def _form_status(fields: Mapping[str, str]) -> TicketStatus | None:
    """The "submit as" status of a reply form: None keeps the ticket's status."""
    return _form_choice(TicketStatus, fields, "status") if fields.get("status") else None


def _form_id(fields: Mapping[str, str], name: str) -> int | None:
    try:
        return _optional_id(fields.get(name, ""))
    except ValueError as error:
        raise DeskError({name: str(error)}) from None


def _slots(fields: Mapping[str, str]) -> dict[str, str]:
    return {
        name.removeprefix(SLOT_FIELD_PREFIX): value
        for name, value in fields.items()
        if name.startswith(SLOT_FIELD_PREFIX)
    }


# ---------------------------------------------------------------------------------------
# Rendering


def _render(
    request: Request,
    session: Session,
    caller: Caller,
    name: str,
    context: dict[str, Any],
    status_code: int = status.HTTP_200_OK,
) -> Response:
    staff = staff_of(caller)
    return templates.TemplateResponse(
        request,
        name,
        {
            "staff": staff,
            "unread_notifications": queries.unread_notification_count(session, staff.role),
            "now": utcnow(),
            **context,
        },
        status_code=status_code,
    )


def _not_found(request: Request, message: str) -> Response:
    return error_page(request, status.HTTP_404_NOT_FOUND, message)


def see_ticket(ticket_id: int, anchor: str = "") -> Response:
    return RedirectResponse(
        f"/tickets/{ticket_id}{'#' + anchor if anchor else ''}", status.HTTP_303_SEE_OTHER
    )


def readable_ticket(
    request: Request, session: Session, caller: Caller, ticket_id: int
) -> Ticket | Response:
    """The ticket, or the page saying it does not exist or is not this caller's to open."""
    ticket = queries.get_ticket(session, ticket_id)
    if ticket is None:
        return _not_found(request, f"ticket #{ticket_id} does not exist")
    if not may_open(staff_of(caller), ticket):
        return error_page(
            request,
            status.HTTP_403_FORBIDDEN,
            f"Ticket #{ticket.id} is a child ticket for Executive escalations; only "
            "Executive escalations and Admin may open it.",
            title="Not for your role",
        )
    return ticket


def _child_prefill(ticket: Ticket) -> dict[str, str]:
    account_id = ticket.requester_account_id or ticket.second_party_account_id
    return {
        "ticket_url": actions.ticket_url(ticket.id),
        "account_url": actions.account_url(account_id) if account_id is not None else "",
    }


def _macro_state(
    session: Session, ticket: Ticket, staff: StaffUser, macro_id: int | None, slots: dict[str, str]
) -> MacroState | None:
    macro = session.get(Macro, macro_id) if macro_id is not None else None
    if macro is None or not macro.active:
        return None
    preview = actions.preview_macro(ticket, macro, agent=staff, slots=slots)
    return MacroState(
        macro=macro, preview=preview, slots=slots, segments=preview_segments(preview.text)
    )


def _ticket_page(
    request: Request,
    session: Session,
    caller: Caller,
    ticket_id: int,
    *,
    forms: Mapping[str, FormState] | None = None,
    macro_id: int | None = None,
    slots: dict[str, str] | None = None,
    status_code: int = status.HTTP_200_OK,
) -> Response:
    found = readable_ticket(request, session, caller, ticket_id)
    if isinstance(found, Response):
        return found
    ticket, staff, now = found, staff_of(caller), utcnow()
    states = {name: FormState() for name in TICKET_FORMS} | dict(forms or {})
    decisions = queries.decisions_about(session, "ticket", ticket.id)
    return _render(
        request,
        session,
        caller,
        "desk/ticket.html",
        {
            "ticket": ticket,
            "forms": states,
            "clocks": [countdown(clock, now) for clock in ticket.clocks],
            "macro_groups": macro_groups(queries.active_macros(session)),
            "macro_state": _macro_state(session, ticket, staff, macro_id, slots or {}),
            "staff_members": queries.active_staff(session),
            "groups": queries.groups(session),
            "reply_statuses": REPLY_STATUSES,
            "statuses": list(TicketStatus),
            "targets": list(EscalationTarget),
            "child_fields": policy.CHILD_TICKET_FIELDS,
            "child_type_labels": CHILD_TYPE_LABELS,
            "child_routes": CHILD_ROUTES,
            "child_prefill": _child_prefill(ticket),
            "children": [(child, may_open(staff, child)) for child in ticket.children],
            "second_party_clock_running": any(
                clock.party == Party.SECOND_PARTY and clock.stopped_at is None
                for clock in ticket.clocks
            ),
            "decisions": decisions,
            "deciders": audit_log_queries.actor_names(
                session, {decision.decided_by for decision in decisions}
            ),
            "conduct": conduct_queries.panel(session, ticket),
            "feedback_removal": removal_queries.panel(session, ticket, now),
            "chat_link": chat.chat_link(ticket.id) if ticket.channel == Channel.CHAT else None,
            "audit_events": audit_log_queries.readable(
                session, queries.audit_trail(session, "ticket", ticket.id)
            ),
        },
        status_code,
    )


def refused(
    request: Request,
    session: Session,
    caller: Caller,
    ticket_id: int,
    form: str,
    fields: Mapping[str, str],
    errors: Mapping[str, str],
    **extra: Any,
) -> Response:
    """The ticket page again, with the refused form's values and problems (HTTP 422)."""
    # Nothing of the refused change may be committed (a reply submitted as solved while a
    # blocking child is open would otherwise keep its comment and email).
    session.rollback()
    return _ticket_page(
        request,
        session,
        caller,
        ticket_id,
        forms={form: FormState(values=dict(fields), errors=dict(errors), open=True)},
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        **extra,
    )


def ticket_form(
    request: Request,
    session: Session,
    caller: Caller,
    ticket_id: int,
    form: str,
    fields: Mapping[str, str],
    act: Callable[[Ticket], str],
) -> Response:
    """A ticket page form's round trip: the ticket (if this caller may open it), the change
    ``act`` makes to it, and back to the ticket at the anchor ``act`` returns; a refused
    change (``DeskError``) shows the page again with ``form``'s problems."""
    found = readable_ticket(request, session, caller, ticket_id)
    if isinstance(found, Response):
        return found
    try:
        anchor = act(found)
    except DeskError as error:
        return refused(request, session, caller, ticket_id, form, fields, error.errors)
    return see_ticket(ticket_id, anchor)


# ---------------------------------------------------------------------------------------
# The queue


class QueueView(StrEnum):
    MINE = "mine"
    UNASSIGNED = "unassigned"
    OPEN = "open"
    PENDING = "pending"
    SOLVED = "solved"

    @property
    def label(self) -> str:
        return {
            QueueView.MINE: "My open tickets",
            QueueView.UNASSIGNED: "Unassigned",
            QueueView.OPEN: "All open",
            QueueView.PENDING: "Pending",
            QueueView.SOLVED: "Solved",
        }[self]

    def filters(self, staff: StaffUser) -> TicketFilters:
        open_statuses = tuple(status for status in TicketStatus if status in OPEN_STATUSES)
        return {
            QueueView.MINE: TicketFilters(statuses=open_statuses, assignee_id=staff.id),
            QueueView.UNASSIGNED: TicketFilters(statuses=open_statuses, unassigned=True),
            QueueView.OPEN: TicketFilters(statuses=open_statuses),
            QueueView.PENDING: TicketFilters(statuses=(TicketStatus.PENDING,)),
            QueueView.SOLVED: TicketFilters(statuses=(TicketStatus.SOLVED, TicketStatus.CLOSED)),
        }[self]


TICKET_NUMBER = re.compile(r"#?\d+")


@page_router.get("/tickets", response_class=HTMLResponse)
def queue_page(
    request: Request,
    session: SessionDep,
    caller: DeskStaff,
    view: str = QueueView.MINE.value,
    ticket_status: Annotated[str, Query(alias="status")] = "",
    priority: str = "",
    category: Annotated[str, Query(max_length=80)] = "",
    group: str = "",
    assignee: str = "",
    q: Annotated[str, Query(max_length=200)] = "",
    page: Annotated[int, Query(ge=1)] = 1,
) -> Response:
    staff = staff_of(caller)
    form = {
        "view": view,
        "status": ticket_status,
        "priority": priority,
        "category": category,
        "group": group,
        "assignee": assignee,
        "q": q,
    }
    errors: dict[str, str] = {}
    try:
        chosen_view = _choice(QueueView, view)
    except ValueError as error:
        errors["view"] = str(error)
        chosen_view = QueueView.MINE
    filters = chosen_view.filters(staff)
    narrowed: dict[str, Any] = {}
    for name, parse in (
        ("status", lambda value: (_choice(TicketStatus, value),)),
        ("priority", lambda value: _choice(Priority, value)),
        ("group", _optional_id),
        ("assignee", _optional_id),
    ):
        if form[name]:
            try:
                narrowed[name] = parse(form[name])
            except ValueError as error:
                errors[name] = str(error)
    if "status" in narrowed:
        # A status asked for replaces the view's statuses: "Solved" + closed shows closed.
        filters = replace(filters, statuses=narrowed["status"])
    filters = replace(
        filters,
        priority=narrowed.get("priority"),
        group_id=narrowed.get("group"),
        category_slug=category.strip() or None,
        q=q.strip() or None,
    )
    if narrowed.get("assignee") is not None:
        filters = replace(filters, assignee_id=narrowed["assignee"], unassigned=False)
    if TICKET_NUMBER.fullmatch(q.strip()):
        # A ticket number finds that ticket, whatever the view, its status or assignee.
        filters = TicketFilters(statuses=(), q=q.strip())
    now = utcnow()
    results = None
    if not errors:
        tickets, total = queries.list_tickets(
            session, filters, PageRequest(page=page, page_size=QUEUE_PAGE_SIZE)
        )
        results = Page[Any](items=tickets, page=page, page_size=QUEUE_PAGE_SIZE, total=total)
    return _render(
        request,
        session,
        caller,
        "desk/queue.html",
        {
            "form": form,
            "errors": errors,
            "views": [
                (
                    member,
                    queries.count_tickets(session, member.filters(staff)),
                    member == chosen_view,
                )
                for member in QueueView
            ],
            "view": chosen_view,
            "results": results,
            "countdowns": {
                ticket.id: nearest_countdown(ticket, now)
                for ticket in (results.items if results else [])
            },
            "statuses": list(TicketStatus),
            "priorities": list(Priority),
            "categories": queries.categories(session),
            "groups": queries.groups(session),
            "staff_members": queries.active_staff(session),
            "page_url": page_url(request),
        },
        status.HTTP_422_UNPROCESSABLE_CONTENT if errors else status.HTTP_200_OK,
    )


# ---------------------------------------------------------------------------------------
# A new ticket (phone, chat, email or web form taken by an agent)


def _new_ticket_page(
    request: Request,
    session: Session,
    caller: Caller,
    form: FormState,
    status_code: int = status.HTTP_200_OK,
) -> Response:
    return _render(
        request,
        session,
        caller,
        "desk/new_ticket.html",
        {
            "form": form,
            "categories": queries.categories(session),
            "priorities": list(Priority),
            "channels": NEW_TICKET_CHANNELS,
        },
        status_code,
    )


@page_router.get("/tickets/new", response_class=HTMLResponse)
def new_ticket_form(request: Request, session: SessionDep, caller: DeskStaff) -> Response:
    defaults = {"priority": Priority.NORMAL.value, "channel": Channel.PHONE.value}
    return _new_ticket_page(request, session, caller, FormState(values=defaults))


@page_router.post("/tickets/new", response_class=HTMLResponse)
def new_ticket(
    request: Request, session: SessionDep, caller: DeskStaff, fields: FormFields
) -> Response:
    """Open the ticket, or show the form again with every field's problem at once."""
    errors: dict[str, str] = {}
    requester = fields.get("requester", "").strip()
    account = queries.account_by_email_or_external_id(session, requester) if requester else None
    if not requester:
        errors["requester"] = "give the requester's email address or account external id"
    elif account is None and "@" not in requester:
        errors["requester"] = f"no account has the external id {requester!r}; give an email"
    parsed: dict[str, Any] = {}
    allowed: tuple[StrEnum, ...]
    for name, allowed in (("priority", tuple(Priority)), ("channel", NEW_TICKET_CHANNELS)):
        chosen = next((item for item in allowed if item.value == fields.get(name)), None)
        if chosen is None:
            errors[name] = f"must be one of: {', '.join(item.value for item in allowed)}"
        parsed[name] = chosen
    ticket_fields: dict[str, Any] = {
        "subject": fields.get("subject", ""),
        "body": fields.get("body", ""),
        "requester_account": account,
        "requester_email": None if account else requester,
        "category_slug": fields.get("category") or None,
    }
    # The ticket's own checks too, so every problem shows in one round; the requester's
    # problem above is the more specific one.
    for name, problem in actions.new_ticket_problems(session, **ticket_fields).items():
        errors.setdefault("requester" if name == "requester_email" else name, problem)
    if not errors:
        try:
            ticket = actions.open_ticket(
                session,
                **ticket_fields,
                channel=parsed["channel"],
                priority=parsed["priority"],
                actor=caller.actor,
                requester_name=fields.get("requester_name", "").strip() or None,
            )
        except DeskError as error:
            errors = {
                ("requester" if name == "requester_email" else name): problem
                for name, problem in error.errors.items()
            }
        else:
            return see_ticket(ticket.id)
    session.rollback()
    return _new_ticket_page(
        request,
        session,
        caller,
        FormState(values=fields, errors=errors),
        status.HTTP_422_UNPROCESSABLE_CONTENT,
    )


# ---------------------------------------------------------------------------------------
# The ticket page and its forms


@page_router.get("/tickets/{ticket_id}", response_class=HTMLResponse)
def ticket_page(
    request: Request,
    session: SessionDep,
    caller: DeskStaff,
    ticket_id: int,
    macro: int | None = None,
) -> Response:
    return _ticket_page(request, session, caller, ticket_id, macro_id=macro)


@page_router.get("/tickets/{ticket_id}/messages")
def ticket_messages(
    session: SessionDep,
    caller: DeskStaff,
    ticket_id: int,
    after: Annotated[int, Query(ge=0, le=ID_MAX)] = 0,
) -> JSONResponse:
    """The messages after ``after``, for the open ticket page to append; the same access
    as the page (desk staff, and only executive escalations open their child tickets).
    Polled every few seconds, so it reads the ticket's row alone, not the whole page's
    conversation, clocks and escalations."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        return JSONResponse(
            {"detail": f"ticket #{ticket_id} does not exist"}, status.HTTP_404_NOT_FOUND
        )
    if not may_open(staff_of(caller), ticket):
        return JSONResponse(
            {"detail": f"ticket #{ticket.id} is not yours to open"}, status.HTTP_403_FORBIDDEN
        )
    comments = queries.comments_after(session, ticket.id, after, public_only=False)
    guidance = conduct_queries.guidance_by_comment(session, (c.id for c in comments))
    lines = ConversationLines(
        messages=[
            ConversationLine.from_model(comment, ticket, guidance.get(comment.id))
            for comment in comments
        ]
    )
    return JSONResponse(lines.model_dump(mode="json"))


@page_router.post("/tickets/{ticket_id}/reply", response_class=HTMLResponse)
def reply(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    found = readable_ticket(request, session, caller, ticket_id)
    if isinstance(found, Response):
        return found
    try:
        kind = fields.get("kind", "")
        if kind not in ("public", "note"):
            raise DeskError({"kind": "choose a public reply or an internal note"})
        new_status = _form_status(fields)
        comment = actions.add_reply(
            session,
            found,
            author=staff_of(caller),
            body=fields.get("body", ""),
            public=kind == "public",
            status=new_status,
            lint_acknowledged=fields.get(LINT_ACKNOWLEDGED) == "yes",
        )
    except DeskError as error:
        return refused(request, session, caller, ticket_id, "reply", fields, error.errors)
    return see_ticket(ticket_id, f"comment-{comment.id}")


def _macro_id(fields: Mapping[str, str]) -> int:
    try:
        macro_id = _optional_id(fields.get("macro", ""))
    except ValueError:
        macro_id = None
    if macro_id is None:
        raise DeskError({"macro": "choose a macro"})
    return macro_id


@page_router.post("/tickets/{ticket_id}/macro", response_class=HTMLResponse)
def macro(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    """Preview a macro with the slots filled so far, or send it when nothing is missing."""
    found = readable_ticket(request, session, caller, ticket_id)
    if isinstance(found, Response):
        return found
    slots = _slots(fields)
    try:
        macro_id = _macro_id(fields)
        chosen = session.get(Macro, macro_id)
        if chosen is None or not chosen.active:
            raise DeskError({"macro": f"no active macro {macro_id}"})
        if fields.get("intent") != "send":
            return _ticket_page(
                request,
                session,
                caller,
                ticket_id,
                forms={"macro": FormState(values=fields, open=True)},
                macro_id=macro_id,
                slots=slots,
            )
        new_status = _form_status(fields)
        comment = actions.apply_macro(
            session,
            found,
            chosen,
            author=staff_of(caller),
            slots=slots,
            status=new_status,
            lint_acknowledged=fields.get(LINT_ACKNOWLEDGED) == "yes",
        )
    except DeskError as error:
        macro_id_value = fields.get("macro", "")
        return refused(
            request,
            session,
            caller,
            ticket_id,
            "macro",
            fields,
            error.errors,
            macro_id=int(macro_id_value) if macro_id_value.isdigit() else None,
            slots=slots,
        )
    return see_ticket(ticket_id, f"comment-{comment.id}")


@page_router.post("/tickets/{ticket_id}/status", response_class=HTMLResponse)
def change_status(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    def change(ticket: Ticket) -> str:
        new_status = _form_choice(TicketStatus, fields, "status")
        actions.set_status(session, ticket, new_status, actor=caller.actor)
        return ""

    return ticket_form(request, session, caller, ticket_id, "status", fields, change)


@page_router.post("/tickets/{ticket_id}/assign", response_class=HTMLResponse)
def assign(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    def change(ticket: Ticket) -> str:
        ids = {name: _form_id(fields, name) for name in ("assignee", "group")}
        if ids["group"] is not None and ids["group"] not in {
            group.id for group in queries.groups(session)
        }:
            raise DeskError({"group": f"no group {ids['group']}"})
        actions.assign(
            session,
            ticket,
            actor=staff_of(caller),
            assignee_id=ids["assignee"],
            group_id=ids["group"],
        )
        return ""

    return ticket_form(request, session, caller, ticket_id, "assign", fields, change)


@page_router.post("/tickets/{ticket_id}/escalate", response_class=HTMLResponse)
def escalate(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    def change(ticket: Ticket) -> str:
        target = _form_choice(EscalationTarget, fields, "target")
        actions.escalate(
            session, ticket, target=target, reason=fields.get("reason", ""), actor=staff_of(caller)
        )
        return "escalations"

    return ticket_form(request, session, caller, ticket_id, "escalate", fields, change)


@page_router.post("/tickets/{ticket_id}/children", response_class=HTMLResponse)
def open_child(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    def change(ticket: Ticket) -> str:
        child_type = _form_choice(ChildTicketType, fields, "child_type")
        wanted = {spec.name for spec in policy.CHILD_TICKET_FIELDS[child_type]}
        child = actions.open_child_ticket(
            session,
            ticket,
            child_type=child_type,
            fields={name: value for name, value in fields.items() if name in wanted},
            actor=staff_of(caller),
        )
        return f"child-{child.id}"

    return ticket_form(request, session, caller, ticket_id, "child", fields, change)


@page_router.post("/tickets/{ticket_id}/second-party-clock", response_class=HTMLResponse)
def second_party_clock(
    request: Request, session: SessionDep, caller: DeskStaff, ticket_id: int, fields: FormFields
) -> Response:
    def change(ticket: Ticket) -> str:
        actions.start_second_party_clock(session, ticket, actor=staff_of(caller))
        return "clocks"

    return ticket_form(request, session, caller, ticket_id, "second_party", fields, change)


# ---------------------------------------------------------------------------------------
# The team lead's and executive escalations' pages


def _handler_page(
    request: Request,
    session: Session,
    caller: Caller,
    target: EscalationTarget,
    *,
    errors: Mapping[int, Mapping[str, str]] | None = None,
    values: Mapping[int, str] | None = None,
    status_code: int = status.HTTP_200_OK,
) -> Response:
    staff = staff_of(caller)
    children = [
        child for child in queries.open_child_tickets(session) if _child_target(child) == target
    ]
    return _render(
        request,
        session,
        caller,
        "desk/escalations.html",
        {
            "target": target,
            "action_base": "/team-lead" if target == EscalationTarget.TEAM_LEAD else "",
            "escalations": queries.pending_escalations(session, target),
            "children": children,
            "child_type_labels": CHILD_TYPE_LABELS,
            "notifications": queries.notifications_for(session, staff.role),
            "removal_requests": (
                removal_queries.awaiting_team_lead(session)
                if target == EscalationTarget.TEAM_LEAD
                else []
            ),
            "errors": errors or {},
            "values": values or {},
        },
        status_code,
    )


def _resolve(
    request: Request,
    session: Session,
    caller: Caller,
    target: EscalationTarget,
    escalation_id: int,
    fields: Mapping[str, str],
) -> Response:
    escalation = session.get(Escalation, escalation_id)
    if escalation is None or escalation.target != target:
        return _not_found(
            request,
            f"no escalation {escalation_id} to {target.label.lower()} exists",
        )
    resolution = fields.get("resolution", "")
    try:
        actions.resolve_escalation(
            session, escalation, resolution=resolution, actor=staff_of(caller)
        )
    except DeskError as error:
        session.rollback()
        return _handler_page(
            request,
            session,
            caller,
            target,
            errors={escalation_id: error.errors},
            values={escalation_id: resolution},
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    page = "/team-lead" if target == EscalationTarget.TEAM_LEAD else "/escalations"
    return RedirectResponse(page, status.HTTP_303_SEE_OTHER)


@page_router.get("/team-lead", response_class=HTMLResponse)
def team_lead_page(request: Request, session: SessionDep, caller: TeamLead) -> Response:
    return _handler_page(request, session, caller, EscalationTarget.TEAM_LEAD)


@page_router.post("/team-lead/escalations/{escalation_id}/resolve", response_class=HTMLResponse)
def resolve_team_lead_escalation(
    request: Request, session: SessionDep, caller: TeamLead, escalation_id: int, fields: FormFields
) -> Response:
    return _resolve(request, session, caller, EscalationTarget.TEAM_LEAD, escalation_id, fields)


@page_router.get("/escalations", response_class=HTMLResponse)
def executive_escalations_page(
    request: Request, session: SessionDep, caller: ExecutiveEscalations
) -> Response:
    return _handler_page(request, session, caller, EscalationTarget.EXECUTIVE_ESCALATIONS)


@page_router.post("/escalations/{escalation_id}/resolve", response_class=HTMLResponse)
def resolve_executive_escalation(
    request: Request,
    session: SessionDep,
    caller: ExecutiveEscalations,
    escalation_id: int,
    fields: FormFields,
) -> Response:
    return _resolve(
        request, session, caller, EscalationTarget.EXECUTIVE_ESCALATIONS, escalation_id, fields
    )


# ---------------------------------------------------------------------------------------
# The outbox


@page_router.get("/outbox", response_class=HTMLResponse)
def outbox_page(
    request: Request,
    session: SessionDep,
    caller: DeskStaff,
    email_status: Annotated[str, Query(alias="status")] = "",
    ticket: str = "",
    page: Annotated[int, Query(ge=1)] = 1,
) -> Response:
    errors: dict[str, str] = {}
    chosen_status = None
    ticket_id = None
    if email_status:
        try:
            chosen_status = _choice(EmailStatus, email_status)
        except ValueError as error:
            errors["status"] = str(error)
    try:
        ticket_id = _optional_id(ticket.lstrip("#"))
    except ValueError as error:
        errors["ticket"] = str(error)
    results = None
    if not errors:
        emails, total = queries.outbox(
            session,
            PageRequest(page=page, page_size=OUTBOX_PAGE_SIZE),
            ticket_id=ticket_id,
            status=chosen_status,
        )
        results = Page[Any](items=emails, page=page, page_size=OUTBOX_PAGE_SIZE, total=total)
    return _render(
        request,
        session,
        caller,
        "desk/outbox.html",
        {
            "form": {"status": email_status, "ticket": ticket},
            "errors": errors,
            "statuses": list(EmailStatus),
            "results": results,
            "page_url": page_url(request),
        },
        status.HTTP_422_UNPROCESSABLE_CONTENT if errors else status.HTTP_200_OK,
    )


@page_router.get("/outbox/{email_id}", response_class=HTMLResponse)
def outbox_email_page(
    request: Request, session: SessionDep, caller: DeskStaff, email_id: int
) -> Response:
    email = session.get(OutboundEmail, email_id)
    if email is None:
        return _not_found(request, f"email {email_id} is not in the outbox")
    return _render(request, session, caller, "desk/outbox_email.html", {"email": email})


# ---------------------------------------------------------------------------------------
# Notifications


@page_router.get("/notifications", response_class=HTMLResponse)
def notifications_page(request: Request, session: SessionDep, caller: DeskStaff) -> Response:
    staff = staff_of(caller)
    return _render(
        request,
        session,
        caller,
        "desk/notifications.html",
        {"notifications": queries.notifications_for(session, staff.role)},
    )


@page_router.get("/notifications/count")
def notifications_count(session: SessionDep, caller: DeskStaff) -> JSONResponse:
    """The top bar's unread count, for pages rendered outside the desk."""
    return JSONResponse(
        {"unread": queries.unread_notification_count(session, staff_of(caller).role)}
    )


def _back(fields: Mapping[str, str], default: str) -> str:
    # Only same-site paths: anything else would be an open redirect.
    target = fields.get("next", "")
    return target if target.startswith("/") and not target.startswith("//") else default


@page_router.post("/notifications/{notification_id}/read", response_class=HTMLResponse)
def mark_notification_read(
    request: Request,
    session: SessionDep,
    caller: DeskStaff,
    notification_id: int,
    fields: FormFields,
) -> Response:
    staff = staff_of(caller)
    notification = session.get(Notification, notification_id)
    if notification is None or staff.role not in (notification.audience, Role.ADMIN):
        return _not_found(request, f"notification {notification_id} is not for your team")
    actions.mark_notification_read(session, notification, actor=caller.actor)
    return RedirectResponse(_back(fields, "/notifications"), status.HTTP_303_SEE_OTHER)
