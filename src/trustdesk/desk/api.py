"""The desk's JSON API under /api/v1: tickets, their conversation, status, assignment,
SLA clocks, escalations, child tickets, macros (preview, then apply) and the audit trail.

Routes parse, authorise, call an action or a query and shape the answer. An action's
refusal (``DeskError``) becomes a 422 in FastAPI's own validation-error shape, one entry per
field, so clients parse one format for every bad input.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterable
from typing import Annotated, Any, TypeVar, get_type_hints

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, status
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from sqlalchemy.orm import Session

from trustdesk.auth import Caller, SessionDep, api
from trustdesk.conduct import live as conduct_live
from trustdesk.db import utcnow
from trustdesk.desk import actions, policy, queries
from trustdesk.desk.actions import DeskError
from trustdesk.desk.models import (
    OPEN_STATUSES,
    Channel,
    Escalation,
    Group,
    Macro,
    Priority,
    Ticket,
    TicketStatus,
)
from trustdesk.desk.queries import TicketFilters
from trustdesk.desk.schemas import (
    AssignmentChange,
    AuditEventPublic,
    CategorySlug,
    ChildTicketCreate,
    ClockPublic,
    CommentCreate,
    CommentPublic,
    EscalationCreate,
    EscalationPublic,
    EscalationResolve,
    Location,
    MacroApply,
    MacroPreviewPublic,
    MacroPreviewRequest,
    MacroPublic,
    MessageSafetyPublic,
    RequestBody,
    SearchText,
    SecondPartyClockStart,
    StatusChange,
    TicketCreate,
    TicketDetail,
    TicketPublic,
    UserMessageCreate,
    UserMessagePublic,
)
from trustdesk.limits import ID_MAX
from trustdesk.marketplace.models import Account, Contract
from trustdesk.marketplace.schemas import ErrorDetail
from trustdesk.pagination import Page, Paging
from trustdesk.staff.models import Role, Scope, StaffUser

T = TypeVar("T")

#: Where a refusal about something other than a body field points.
PATH_FIELDS: dict[str, Location] = {
    "ticket": ("path", "ticket_id"),
    "second_party": ("path", "ticket_id"),
    "escalation": ("path", "escalation_id"),
    "macro": ("path", "macro_id"),
}


def unprocessable(problems: Iterable[tuple[Location, str]]) -> RequestValidationError:
    """A 422 in FastAPI's validation-error shape: ``{"detail": [{"loc", "msg", "type"}]}``."""
    return RequestValidationError(
        [
            {"loc": list(location), "msg": problem, "type": "value_error"}
            for location, problem in problems
        ]
    )


class DeskRoute(APIRoute):
    """Turns an action's ``DeskError`` into a 422 naming each field where the request has it.

    Raised (not returned), so the request's transaction is rolled back as for any error."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, endpoint, **kwargs)
        hints = get_type_hints(endpoint).values()
        self.body_model: type[RequestBody] | None = next(
            (hint for hint in hints if isinstance(hint, type) and issubclass(hint, RequestBody)),
            None,
        )

    def location(self, field: str) -> Location:
        found = self.body_model.error_location(field) if self.body_model else None
        return found or PATH_FIELDS.get(field) or ("body", field)

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except DeskError as error:
                raise unprocessable(
                    (self.location(field), problem) for field, problem in error.errors.items()
                ) from None

        return handle


api_router = APIRouter(prefix="/api/v1", route_class=DeskRoute)

# Who may call what. Tokens are machine clients (the marketplace): they read tickets and
# open them; everything an agent does is for staff.
TicketReader = Annotated[Caller, Depends(api(scopes=(Scope.TICKETS_READ,)))]
TicketOpener = Annotated[Caller, Depends(api(scopes=(Scope.TICKETS_WRITE,)))]
StaffOnly = Annotated[Caller, Depends(api())]
EscalationResolver = Annotated[
    Caller, Depends(api(Role.TEAM_LEAD, Role.EXECUTIVE_ESCALATIONS, Role.ADMIN))
]

TicketId = Annotated[int, Path(ge=1, le=ID_MAX, description="The ticket's number")]
MacroId = Annotated[int, Path(ge=1, le=ID_MAX)]
EscalationId = Annotated[int, Path(ge=1, le=ID_MAX)]
QueryId = Annotated[int | None, Query(ge=1, le=ID_MAX)]
EXECUTIVE_CHILD_READERS = frozenset({Role.EXECUTIVE_ESCALATIONS, Role.ADMIN})

ACCESS_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorDetail, "description": "No session cookie or bearer token"},
    403: {
        "model": ErrorDetail,
        "description": "The caller's role or token scope may not do this, or the CSRF "
        "token of a session is missing",
    },
}


def _errors(*missing: str, body: bool = False) -> dict[int | str, dict[str, Any]]:
    """The documented error responses: access, a body that is not JSON, and 404 for the
    ids in the path (422, FastAPI documents itself)."""
    responses = dict(ACCESS_ERRORS)
    if body:
        responses[400] = {
            "model": ErrorDetail,
            "description": "The body cannot be read: not UTF-8, or not the content type sent",
        }
    if missing:
        responses[404] = {
            "model": ErrorDetail,
            "description": f"No {' or '.join(missing)} has this id",
        }
    return responses


def _found(value: T | None, entity: str, entity_id: int) -> T:
    if value is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, detail=f"{entity} {entity_id} does not exist"
        )
    return value


def _ticket(session: Session, ticket_id: int, caller: Caller) -> Ticket:
    """The ticket, if it exists and this caller may open it.

    Child tickets routed to executive escalations (self-harm, contact information) are
    theirs and admins' alone, as in the console; never a machine client's."""
    ticket = _found(queries.get_ticket(session, ticket_id), "ticket", ticket_id)
    handler = policy.CHILD_TICKET_ROUTES.get(ticket.child_type) if ticket.child_type else None
    if handler == Role.EXECUTIVE_ESCALATIONS.value and (
        caller.staff is None or caller.staff.role not in EXECUTIVE_CHILD_READERS
    ):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail=f"ticket {ticket.id} is a child ticket for Executive escalations; only "
            "Executive escalations and Admin may open it",
        )
    return ticket


def _staff(caller: Caller) -> StaffUser:
    # The route's rule admits staff only; this makes that visible to the type checker.
    if caller.staff is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="only staff may do this")
    return caller.staff


def _public(session: Session, ticket: Ticket) -> TicketPublic:
    # Actions add rows (a reopened ticket's clock) without flushing: give them their ids.
    session.flush()
    return TicketPublic.from_model(ticket, utcnow(), actions.ticket_url(ticket.id))


def _detail(session: Session, ticket: Ticket, caller: Caller) -> TicketDetail:
    session.flush()
    return TicketDetail.from_ticket(
        ticket, utcnow(), actions.ticket_url(ticket.id), staff=caller.staff is not None
    )


def _account(session: Session, account_id: int | None, field: str) -> Account | None:
    if account_id is None:
        return None
    account = session.get(Account, account_id)
    if account is None:
        raise DeskError({field: f"no account {account_id}"})
    return account


# ---------------------------------------------------------------------------------------
# Tickets


@api_router.get(
    "/tickets",
    response_model=Page[TicketPublic],
    tags=["tickets"],
    summary="List tickets (a queue)",
    description=(
        "Tickets in queue order: most urgent first, then the nearest running SLA deadline, "
        "then the oldest. Without `status`, the open statuses (new, open, pending, on hold). "
        "`category` includes the categories below it; `q` is a ticket number (`#42`) or a "
        "part of the subject, requester email or name."
    ),
    responses=_errors(),
)
def list_tickets(
    session: SessionDep,
    _caller: TicketReader,
    paging: Paging,
    statuses: Annotated[
        list[TicketStatus] | None, Query(alias="status", description="Repeat for several")
    ] = None,
    assignee_id: QueryId = None,
    unassigned: Annotated[bool, Query(description="Only tickets nobody is assigned")] = False,
    group_id: QueryId = None,
    category: Annotated[CategorySlug | None, Query(description="A category slug")] = None,
    priority: Priority | None = None,
    requester_account_id: QueryId = None,
    q: Annotated[SearchText | None, Query(description="Search text")] = None,
) -> Page[TicketPublic]:
    filters = TicketFilters(
        statuses=tuple(statuses or OPEN_STATUSES),
        assignee_id=assignee_id,
        unassigned=unassigned,
        group_id=group_id,
        category_slug=category,
        priority=priority,
        requester_account_id=requester_account_id,
        q=q,
    )
    tickets, total = queries.list_tickets(session, filters, paging)
    return Page(
        items=[_public(session, ticket) for ticket in tickets],
        page=paging.page,
        page_size=paging.page_size,
        total=total,
    )


@api_router.post(
    "/tickets",
    response_model=TicketDetail,
    status_code=status.HTTP_201_CREATED,
    tags=["tickets"],
    summary="Open a ticket",
    description=(
        "A new ticket with the requester's message as its first comment and its SLA clocks "
        "started. For staff, or a token with `tickets:write` (the channel is then `api` "
        "unless given). The requester is an account, an email address, or both."
    ),
    responses=_errors(body=True),
)
def open_ticket(
    body: TicketCreate, session: SessionDep, caller: TicketOpener, response: Response
) -> TicketDetail:
    requester = _account(session, body.requester_account_id, "requester_account_id")
    second_party = _account(session, body.second_party_account_id, "second_party_account_id")
    if body.contract_id is not None and session.get(Contract, body.contract_id) is None:
        raise DeskError({"contract_id": f"no contract {body.contract_id}"})
    default_channel = Channel.WEB_FORM if caller.staff is not None else Channel.API
    ticket = actions.open_ticket(
        session,
        subject=body.subject,
        body=body.body,
        channel=body.channel or default_channel,
        actor=caller.actor,
        requester_account=requester,
        requester_email=body.requester_email,
        requester_name=body.requester_name,
        category_slug=body.category,
        priority=body.priority,
        second_party=second_party,
        contract_id=body.contract_id,
        tags=body.tags,
    )
    response.headers["Location"] = f"{api_router.prefix}/tickets/{ticket.id}"
    return _detail(session, _ticket(session, ticket.id, caller), caller)


@api_router.get(
    "/tickets/{ticket_id}",
    response_model=TicketDetail,
    tags=["tickets"],
    summary="Get a ticket",
    description=(
        "A ticket with its conversation, SLA clocks (with the time remaining), escalations, "
        "child tickets and tags. Staff see internal notes, escalations and child-ticket "
        "fields; a token caller sees the public conversation only."
    ),
    responses=_errors("ticket"),
)
def get_ticket(session: SessionDep, caller: TicketReader, ticket_id: TicketId) -> TicketDetail:
    return _detail(session, _ticket(session, ticket_id, caller), caller)


@api_router.post(
    "/tickets/{ticket_id}/comments",
    response_model=CommentPublic,
    status_code=status.HTTP_201_CREATED,
    tags=["tickets"],
    summary="Reply or add an internal note",
    description=(
        "A public reply is emailed to the requester through the outbox and answers the "
        "first-response clock; an internal note is never sent or shown to the requester. "
        "`status` submits the ticket as that status in the same step. Staff only."
    ),
    responses=_errors("ticket", body=True),
)
def add_comment(
    ticket_id: TicketId, body: CommentCreate, session: SessionDep, caller: StaffOnly
) -> CommentPublic:
    ticket = _ticket(session, ticket_id, caller)
    comment = actions.add_reply(
        session,
        ticket,
        author=_staff(caller),
        body=body.body,
        public=body.public,
        status=body.status,
        lint_acknowledged=body.acknowledge_lint,
    )
    return CommentPublic.from_model(comment)


@api_router.post(
    "/tickets/{ticket_id}/messages",
    response_model=UserMessagePublic,
    status_code=status.HTTP_201_CREATED,
    tags=["tickets"],
    summary="Add a user's message (a chat line, an email)",
    description=(
        "For the marketplace's chat and mail integrations: a message from the requester or "
        "the second party. Like any user message it resumes a ticket pending on them (or "
        "stops the second party's clock) and is scanned for conversation safety; the answer "
        "says what the scan found and what it asks of the agent. A closed ticket takes none."
    ),
    responses=_errors("ticket", body=True),
)
def add_user_message(
    ticket_id: TicketId, body: UserMessageCreate, session: SessionDep, caller: TicketOpener
) -> UserMessagePublic:
    ticket = _ticket(session, ticket_id, caller)
    if ticket.status == TicketStatus.CLOSED:
        raise DeskError({"ticket": "is closed; open a new ticket"})
    sender_id = (
        ticket.second_party_account_id
        if body.sender == "second_party"
        else ticket.requester_account_id
    )
    if body.sender == "second_party" and sender_id is None:
        raise DeskError({"sender": "this ticket has no second party"})
    sender = session.get(Account, sender_id) if sender_id is not None else None
    comment = actions.add_customer_message(
        session,
        ticket,
        body=body.body,
        channel=body.channel,
        author_email=(sender.email if sender and sender.email else ticket.requester_email),
        author_account_id=sender_id,
    )
    scan = conduct_live.scan_of(session, comment.id)
    return UserMessagePublic(
        comment=CommentPublic.from_model(comment),
        safety=MessageSafetyPublic(
            abuse=scan.abuse,
            abuse_types=list(scan.abuse_types),
            self_harm=scan.self_harm,
            guidance=scan.guidance,
            situations=[cue["situation"] for cue in scan.situations],
        ),
    )


@api_router.post(
    "/tickets/{ticket_id}/status",
    response_model=TicketPublic,
    tags=["tickets"],
    summary="Change a ticket's status",
    description=(
        "Pending and on hold pause the desk's SLA clocks and open resumes them; solved stops "
        "them and is refused while a blocking child ticket is open; a closed ticket cannot "
        "change."
    ),
    responses=_errors("ticket", body=True),
)
def change_status(
    ticket_id: TicketId, body: StatusChange, session: SessionDep, caller: StaffOnly
) -> TicketPublic:
    ticket = _ticket(session, ticket_id, caller)
    actions.set_status(session, ticket, body.status, actor=caller.actor)
    return _public(session, ticket)


@api_router.post(
    "/tickets/{ticket_id}/assignment",
    response_model=TicketPublic,
    tags=["tickets"],
    summary="Assign a ticket",
    description="Assign to an active staff member (null unassigns), and optionally a group.",
    responses=_errors("ticket", body=True),
)
def change_assignment(
    ticket_id: TicketId, body: AssignmentChange, session: SessionDep, caller: StaffOnly
) -> TicketPublic:
    ticket = _ticket(session, ticket_id, caller)
    if body.group_id is not None and session.get(Group, body.group_id) is None:
        raise DeskError({"group_id": f"no group {body.group_id}"})
    actions.assign(
        session, ticket, actor=_staff(caller), assignee_id=body.assignee_id, group_id=body.group_id
    )
    session.flush()
    session.refresh(ticket, ["assignee", "group"])
    return _public(session, ticket)


@api_router.post(
    "/tickets/{ticket_id}/second-party-clock",
    response_model=ClockPublic,
    status_code=status.HTTP_201_CREATED,
    tags=["sla"],
    summary="Start the clock against the second party",
    description=(
        "For a two-party case (an unresponsive freelancer): a deadline for the other party, "
        "stopped when they answer. Refused when the ticket has no second party or a clock "
        "is already running against them."
    ),
    responses=_errors("ticket", body=True),
)
def start_second_party_clock(
    ticket_id: TicketId, body: SecondPartyClockStart, session: SessionDep, caller: StaffOnly
) -> ClockPublic:
    ticket = _ticket(session, ticket_id, caller)
    clock = actions.start_second_party_clock(
        session, ticket, actor=_staff(caller), hours=body.hours
    )
    session.flush()
    return ClockPublic.of(clock, utcnow())


@api_router.get(
    "/tickets/{ticket_id}/audit",
    response_model=list[AuditEventPublic],
    tags=["tickets"],
    summary="A ticket's audit trail",
    description=(
        "Every change to the ticket, oldest first: who, what, before and after, the reason "
        "and the decision it came from. Staff only: reasons quote internal notes."
    ),
    responses=_errors("ticket"),
)
def ticket_audit(
    session: SessionDep, caller: StaffOnly, ticket_id: TicketId
) -> list[AuditEventPublic]:
    _ticket(session, ticket_id, caller)
    return [
        AuditEventPublic.from_model(event)
        for event in queries.audit_trail(session, "ticket", ticket_id)
    ]


# ---------------------------------------------------------------------------------------
# Escalations and child tickets


@api_router.post(
    "/tickets/{ticket_id}/escalations",
    response_model=EscalationPublic,
    status_code=status.HTTP_201_CREATED,
    tags=["escalations"],
    summary="Escalate a ticket",
    description=(
        "To the team lead or to executive escalations, with a required reason; the team "
        "is notified."
    ),
    responses=_errors("ticket", body=True),
)
def escalate(
    ticket_id: TicketId, body: EscalationCreate, session: SessionDep, caller: StaffOnly
) -> EscalationPublic:
    ticket = _ticket(session, ticket_id, caller)
    escalation = actions.escalate(
        session, ticket, target=body.target, reason=body.reason, actor=_staff(caller)
    )
    return EscalationPublic.from_model(escalation)


@api_router.post(
    "/escalations/{escalation_id}/resolve",
    response_model=EscalationPublic,
    tags=["escalations"],
    summary="Resolve an escalation",
    description=(
        "Only the role the ticket was escalated to (team lead or executive escalations), or "
        "an admin, may resolve it; how it was resolved is required."
    ),
    responses=_errors("escalation", body=True),
)
def resolve_escalation(
    escalation_id: EscalationId,
    body: EscalationResolve,
    session: SessionDep,
    caller: EscalationResolver,
) -> EscalationPublic:
    escalation = _found(session.get(Escalation, escalation_id), "escalation", escalation_id)
    staff = _staff(caller)
    if staff.role not in (escalation.target.role, Role.ADMIN):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail=f"only {escalation.target.label} or an admin may resolve this escalation",
        )
    actions.resolve_escalation(session, escalation, resolution=body.resolution, actor=staff)
    return EscalationPublic.from_model(escalation)


@api_router.post(
    "/tickets/{ticket_id}/children",
    response_model=TicketPublic,
    status_code=status.HTTP_201_CREATED,
    tags=["escalations"],
    summary="Open a child ticket",
    description=(
        "A child ticket of the given type, linked to this ticket and blocking it from being "
        "solved until the child is. Each type has required fields; a wrong URL is refused "
        "with the form expected (the self-harm child needs this desk's main ticket URL and "
        "the user's account view URL)."
    ),
    responses=_errors("ticket", body=True),
)
def open_child_ticket(
    ticket_id: TicketId, body: ChildTicketCreate, session: SessionDep, caller: StaffOnly
) -> TicketPublic:
    parent = _ticket(session, ticket_id, caller)
    child = actions.open_child_ticket(
        session, parent, child_type=body.type, fields=body.fields, actor=_staff(caller)
    )
    return _public(session, child)


# ---------------------------------------------------------------------------------------
# Macros


def _macro(session: Session, macro_id: int) -> Macro:
    return _found(session.get(Macro, macro_id), "macro", macro_id)


def _unknown_slots(macro: Macro, given: Iterable[str]) -> list[tuple[Location, str]]:
    _, slots = policy.macro_fields(macro.body)
    known = ", ".join(slots) or "none"
    return [
        (("body", "slots", name), f"is not a slot of this macro (its slots: {known})")
        for name in given
        if name not in slots
    ]


@api_router.get(
    "/macros",
    response_model=Page[MacroPublic],
    tags=["macros"],
    summary="List macros",
    description="The active macros by title, each with its placeholders and slots.",
    responses=_errors(),
)
def list_macros(session: SessionDep, _caller: TicketReader, paging: Paging) -> Page[MacroPublic]:
    macros = queries.active_macros(session)
    slugs = {category.id: category.slug for category in queries.categories(session)}
    shown = macros[paging.offset : paging.offset + paging.page_size]
    return Page(
        items=[MacroPublic.from_model(macro, slugs) for macro in shown],
        page=paging.page,
        page_size=paging.page_size,
        total=len(macros),
    )


@api_router.post(
    "/tickets/{ticket_id}/macros/{macro_id}/preview",
    response_model=MacroPreviewPublic,
    tags=["macros"],
    summary="Preview a macro on a ticket",
    description=(
        "The reply the macro would send on this ticket, with the slots given filled in, and "
        "every placeholder or slot still without a value listed in `missing` (and left "
        "marked in the text). Nothing is sent."
    ),
    responses=_errors("ticket", "macro", body=True),
)
def preview_macro(
    ticket_id: TicketId,
    macro_id: MacroId,
    body: MacroPreviewRequest,
    session: SessionDep,
    caller: StaffOnly,
) -> MacroPreviewPublic:
    ticket, macro = _ticket(session, ticket_id, caller), _macro(session, macro_id)
    unknown = _unknown_slots(macro, body.slots)
    if unknown:
        raise unprocessable(unknown)
    preview = actions.preview_macro(ticket, macro, agent=_staff(caller), slots=body.slots)
    return MacroPreviewPublic.of(macro, preview)


@api_router.post(
    "/tickets/{ticket_id}/macros/{macro_id}/apply",
    response_model=CommentPublic,
    status_code=status.HTTP_201_CREATED,
    tags=["macros"],
    summary="Send a macro on a ticket",
    description=(
        "Sends the macro as a reply (or adds it as an internal note, per the macro). Refused "
        "with a 422 naming each placeholder and slot that still has no value: never sent "
        "with a blank. `body` sends the agent's edited preview instead."
    ),
    responses=_errors("ticket", "macro", body=True),
)
def apply_macro(
    ticket_id: TicketId,
    macro_id: MacroId,
    body: MacroApply,
    session: SessionDep,
    caller: StaffOnly,
) -> CommentPublic:
    ticket, macro = _ticket(session, ticket_id, caller), _macro(session, macro_id)
    staff = _staff(caller)
    problems = _unknown_slots(macro, body.slots)
    if body.body is None:
        preview = actions.preview_macro(ticket, macro, agent=staff, slots=body.slots)
        problems.extend(_missing_value(name) for name in preview.missing)
    if problems:
        raise unprocessable(problems)
    comment = actions.apply_macro(
        session,
        ticket,
        macro,
        author=staff,
        slots=body.slots,
        body=body.body,
        status=body.status,
        lint_acknowledged=body.acknowledge_lint,
    )
    return CommentPublic.from_model(comment)


def _missing_value(name: str) -> tuple[Location, str]:
    if name.startswith("[["):
        return ("body", "slots", name[2:-2]), f"{name} has no value: fill the slot"
    return (
        ("body", "body"),
        f"{name} has no value on this ticket: send the reply as body with it written in",
    )
