"""Request and response shapes of the desk's API.

Requests refuse unknown fields and bound every value to what the database can hold (text
lengths, 32-bit ids, no NUL characters), so bad input is a 422 naming the field, never a
database error. Responses are built from rows with ``from_model`` so derived values (SLA
countdowns, what a token caller may see) are computed in one place.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StrictInt

from trustdesk.audit import AuditEvent
from trustdesk.desk import policy
from trustdesk.desk.models import (
    SUBJECT_MAX,
    Category,
    Channel,
    ChildTicketType,
    ClockKind,
    Comment,
    Escalation,
    EscalationTarget,
    Group,
    Macro,
    Party,
    Priority,
    SlaClock,
    Ticket,
    TicketStatus,
)
from trustdesk.limits import BODY_MAX, ID_MAX, NO_NUL_PATTERN
from trustdesk.staff.models import Role, StaffUser

#: Ids are 32-bit integers in the database; anything larger cannot name a row.
Location = tuple[str | int, ...]


def _plain_text(value: str) -> str:
    # PostgreSQL refuses NUL in text, and lone surrogates cannot be encoded: say so here.
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("is not valid Unicode text") from None
    return value


_PLAIN = AfterValidator(_plain_text)
# Tells schema-driven clients (and fuzzers) what the validator above refuses.
_NO_NUL: dict[str, Any] = {"pattern": NO_NUL_PATTERN}

# Strict: a JSON body's 1.0, true or "1" is a mistake to name, not a number to guess.
RowId = Annotated[StrictInt, Field(ge=1, le=ID_MAX)]
Subject = Annotated[
    str, Field(min_length=1, max_length=SUBJECT_MAX, json_schema_extra=_NO_NUL), _PLAIN
]
MessageBody = Annotated[
    str, Field(min_length=1, max_length=BODY_MAX, json_schema_extra=_NO_NUL), _PLAIN
]
Explanation = Annotated[
    str, Field(min_length=1, max_length=5_000, json_schema_extra=_NO_NUL), _PLAIN
]
EmailText = Annotated[str, Field(max_length=254, json_schema_extra=_NO_NUL), _PLAIN]
NameText = Annotated[str, Field(max_length=200, json_schema_extra=_NO_NUL), _PLAIN]
CategorySlug = Annotated[str, Field(max_length=80, json_schema_extra=_NO_NUL), _PLAIN]
Tag = Annotated[str, Field(min_length=1, max_length=50, json_schema_extra=_NO_NUL), _PLAIN]
SlotName = Annotated[str, Field(min_length=1, max_length=100, json_schema_extra=_NO_NUL), _PLAIN]
SlotValue = Annotated[str, Field(max_length=2_000, json_schema_extra=_NO_NUL), _PLAIN]
SearchText = Annotated[str, Field(max_length=200, json_schema_extra=_NO_NUL), _PLAIN]


class Schema(BaseModel):
    model_config = ConfigDict(frozen=True)


class RequestBody(BaseModel):
    """A request body: unknown fields are refused, so a misspelt field is named, not ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Where an action's refusal of ``field`` points, when it is not a field of this body.
    error_fields: ClassVar[dict[str, Location]] = {}

    @classmethod
    def error_location(cls, field: str) -> Location | None:
        """The request location a ``DeskError`` about ``field`` refers to, if in this body."""
        if field in cls.error_fields:
            return cls.error_fields[field]
        if field in cls.model_fields:
            return ("body", field)
        return None


# ---------------------------------------------------------------------------------------
# References


class StaffRef(Schema):
    id: int
    name: str
    role: Role

    @classmethod
    def of(cls, staff: StaffUser) -> StaffRef:
        return cls(id=staff.id, name=staff.full_name, role=staff.role)


class CategoryRef(Schema):
    slug: str = Field(examples=["crisis.feedback_removal"])
    name: str
    path: str = Field(description="The category and its parents, e.g. 'Conduct › Self-harm'")

    @classmethod
    def of(cls, category: Category) -> CategoryRef:
        return cls(slug=category.slug, name=category.name, path=category.path)


class GroupRef(Schema):
    id: int
    name: str

    @classmethod
    def of(cls, group: Group) -> GroupRef:
        return cls(id=group.id, name=group.name)


class Requester(Schema):
    account_id: int | None = Field(description="The marketplace account, when there is one")
    email: str
    name: str


# ---------------------------------------------------------------------------------------
# SLA clocks


class ClockPublic(Schema):
    """One SLA deadline and its countdown at the time of the response."""

    id: int
    kind: ClockKind
    party: Party = Field(description="Whose answer the clock waits for")
    state: Literal["running", "paused", "stopped"]
    started_at: datetime
    due_at: datetime
    warn_at: datetime
    paused_at: datetime | None
    stopped_at: datetime | None
    warning: bool = Field(description="Inside the warning window before the deadline")
    breached: bool
    remaining_seconds: int = Field(description="Negative once overdue; frozen while paused")
    remaining: str = Field(examples=["5h 12m", "overdue 1h 03m"])

    @classmethod
    def of(cls, clock: SlaClock, now: datetime) -> ClockPublic:
        shown = policy.clock_state(clock, now)
        state: Literal["running", "paused", "stopped"] = (
            "stopped" if shown.stopped else "paused" if shown.paused else "running"
        )
        return cls(
            id=clock.id,
            kind=clock.kind,
            party=clock.party,
            state=state,
            started_at=clock.started_at,
            due_at=clock.due_at,
            warn_at=clock.warn_at,
            paused_at=clock.paused_at,
            stopped_at=clock.stopped_at,
            warning=shown.warning,
            breached=shown.breached,
            remaining_seconds=int(shown.remaining.total_seconds()),
            remaining=policy.format_remaining(shown.remaining),
        )


def _next_deadline(ticket: Ticket, now: datetime) -> ClockPublic | None:
    running = [clock for clock in ticket.clocks if clock.running]
    nearest = min(running, key=lambda clock: clock.due_at, default=None)
    return ClockPublic.of(nearest, now) if nearest else None


# ---------------------------------------------------------------------------------------
# Tickets


class TicketCreate(RequestBody):
    """A new ticket; the requester is a marketplace account, an email address, or both."""

    subject: Subject = Field(description="One line saying what the ticket is about")
    body: MessageBody = Field(description="The requester's message: the first comment")
    requester_account_id: RowId | None = None
    requester_email: EmailText | None = Field(
        None, description="Required unless the requester account has an email"
    )
    requester_name: NameText | None = None
    category: CategorySlug | None = Field(
        None, description="A category slug, e.g. conduct.self_harm"
    )
    priority: Priority = Priority.NORMAL
    channel: Channel | None = Field(
        None, description="Defaults to api for a token, web_form for staff"
    )
    second_party_account_id: RowId | None = Field(
        None, description="The other party of a two-party case (an unresponsive freelancer)"
    )
    contract_id: RowId | None = None
    tags: list[Tag] = Field(default_factory=list, max_length=20)


class TicketPublic(Schema):
    id: int
    url: str = Field(description="The ticket's page in the agent console")
    subject: str
    status: TicketStatus
    priority: Priority
    channel: Channel
    category: CategoryRef | None
    group: GroupRef | None
    assignee: StaffRef | None
    requester: Requester
    second_party_account_id: int | None
    contract_id: int | None
    tags: list[str]
    parent_id: int | None = Field(description="Set on a child ticket")
    child_type: ChildTicketType | None
    blocks_parent: bool
    next_deadline: ClockPublic | None = Field(description="The nearest running SLA clock")
    created_at: datetime
    updated_at: datetime
    solved_at: datetime | None

    @classmethod
    def fields_of(cls, ticket: Ticket, now: datetime, url: str) -> dict[str, Any]:
        return {
            "id": ticket.id,
            "url": url,
            "subject": ticket.subject,
            "status": ticket.status,
            "priority": ticket.priority,
            "channel": ticket.channel,
            "category": CategoryRef.of(ticket.category) if ticket.category else None,
            "group": GroupRef.of(ticket.group) if ticket.group else None,
            "assignee": StaffRef.of(ticket.assignee) if ticket.assignee else None,
            "requester": Requester(
                account_id=ticket.requester_account_id,
                email=ticket.requester_email,
                name=ticket.requester_name,
            ),
            "second_party_account_id": ticket.second_party_account_id,
            "contract_id": ticket.contract_id,
            "tags": list(ticket.tags),
            "parent_id": ticket.parent_id,
            "child_type": ticket.child_type,
            "blocks_parent": ticket.blocks_parent,
            "next_deadline": _next_deadline(ticket, now),
            "created_at": ticket.created_at,
            "updated_at": ticket.updated_at,
            "solved_at": ticket.solved_at,
        }

    @classmethod
    def from_model(cls, ticket: Ticket, now: datetime, url: str) -> TicketPublic:
        return cls(**cls.fields_of(ticket, now, url))


class CommentPublic(Schema):
    id: int
    public: bool = Field(description="A public reply; false for an internal note")
    body: str
    author_staff: StaffRef | None = Field(description="The agent who wrote it")
    author_email: str | None = Field(description="The requester or second party who wrote it")
    author_account_id: int | None
    channel: Channel
    macro_id: int | None
    created_at: datetime

    @classmethod
    def from_model(cls, comment: Comment) -> CommentPublic:
        return cls(
            id=comment.id,
            public=comment.public,
            body=comment.body,
            author_staff=StaffRef.of(comment.author_staff) if comment.author_staff else None,
            author_email=comment.author_email,
            author_account_id=comment.author_account_id,
            channel=comment.channel,
            macro_id=comment.macro_id,
            created_at=comment.created_at,
        )


class ChatLine(Schema):
    """One public message of a chat as the user's chat page shows it."""

    id: int
    sender: Literal["agent", "user"]
    author: str = Field(description="The agent's first name, or “You”")
    time: str = Field(description="HH:MM, UTC")
    body: str

    @classmethod
    def from_model(cls, comment: Comment) -> ChatLine:
        staff = comment.author_staff
        return cls(
            id=comment.id,
            sender="agent" if comment.from_staff else "user",
            author=(staff.full_name.split(" ")[0] if staff else "Support")
            if comment.from_staff
            else "You",
            time=comment.created_at.strftime("%H:%M"),
            body=comment.body,
        )


class ChatLines(Schema):
    """The messages after the last one a chat page shows, and whether the chat is open."""

    messages: list[ChatLine]
    open: bool


class ConversationLine(Schema):
    """One message of a ticket as the agent's ticket page shows it; ``guidance`` says that
    conversation safety found something in it (the page then offers a reload)."""

    id: int
    public: bool
    from_staff: bool
    author: str
    label: str = Field(description="Public reply, Internal note, Requester or Second party")
    channel: Channel
    time: str = Field(description="YYYY-MM-DD HH:MM, UTC")
    body: str
    guidance: str | None

    @classmethod
    def from_model(cls, comment: Comment, ticket: Ticket, guidance: str | None) -> ConversationLine:
        second_party = (
            ticket.second_party_account_id is not None
            and comment.author_account_id == ticket.second_party_account_id
        )
        if comment.author_staff is not None:
            author = comment.author_staff.full_name
        elif second_party and ticket.second_party is not None:
            author = ticket.second_party.display_name
        elif not comment.public and not comment.author_account_id and not comment.author_email:
            author = "trustdesk (system)"
        else:
            author = ticket.requester_name or comment.author_email or ticket.requester_email
        if not comment.public:
            label = "Internal note"
        elif comment.from_staff:
            label = "Public reply"
        else:
            label = "Second party" if second_party else "Requester"
        return cls(
            id=comment.id,
            public=comment.public,
            from_staff=comment.from_staff,
            author=author,
            label=label,
            channel=comment.channel,
            time=comment.created_at.strftime("%Y-%m-%d %H:%M"),
            body=comment.body,
            guidance=guidance,
        )


class ConversationLines(Schema):
    messages: list[ConversationLine]


class EscalationPublic(Schema):
    id: int
    ticket_id: int
    target: EscalationTarget
    reason: str
    escalated_by: StaffRef
    created_at: datetime
    resolved_at: datetime | None
    resolved_by_id: int | None
    resolution: str | None

    @classmethod
    def from_model(cls, escalation: Escalation) -> EscalationPublic:
        return cls(
            id=escalation.id,
            ticket_id=escalation.ticket_id,
            target=escalation.target,
            reason=escalation.reason,
            escalated_by=StaffRef.of(escalation.escalated_by),
            created_at=escalation.created_at,
            resolved_at=escalation.resolved_at,
            resolved_by_id=escalation.resolved_by_id,
            resolution=escalation.resolution,
        )


class ChildTicketRef(Schema):
    id: int
    subject: str
    status: TicketStatus
    child_type: ChildTicketType | None
    blocks_parent: bool


class TicketDetail(TicketPublic):
    """A ticket with its conversation, clocks, escalations and child tickets.

    A token caller (a machine client) sees public replies only: internal notes, escalations
    and child-ticket fields are for staff."""

    comments: list[CommentPublic]
    clocks: list[ClockPublic]
    escalations: list[EscalationPublic]
    children: list[ChildTicketRef]
    child_fields: dict[str, Any] = Field(description="A child ticket's required fields")

    @classmethod
    def from_ticket(cls, ticket: Ticket, now: datetime, url: str, *, staff: bool) -> TicketDetail:
        comments = [comment for comment in ticket.comments if staff or comment.public]
        return cls(
            **cls.fields_of(ticket, now, url),
            comments=[CommentPublic.from_model(comment) for comment in comments],
            clocks=[ClockPublic.of(clock, now) for clock in ticket.clocks],
            escalations=(
                [EscalationPublic.from_model(escalation) for escalation in ticket.escalations]
                if staff
                else []
            ),
            children=[
                ChildTicketRef(
                    id=child.id,
                    subject=child.subject,
                    status=child.status,
                    child_type=child.child_type,
                    blocks_parent=child.blocks_parent,
                )
                for child in ticket.children
            ],
            child_fields=dict(ticket.child_fields) if staff else {},
        )


# ---------------------------------------------------------------------------------------
# Changes to a ticket


class CommentCreate(RequestBody):
    body: MessageBody
    public: StrictBool = Field(
        description="true: a reply emailed to the requester; false: an internal note, "
        "never sent or shown to the requester"
    )
    status: TicketStatus | None = Field(
        None, description="Submit the ticket as this status (pending pauses the SLA clocks)"
    )
    acknowledge_lint: StrictBool = Field(
        False,
        description="Send a public reply even though the self-harm reply linter flags words "
        "the playbook says to avoid (refused with each flag and its reason otherwise)",
    )


class UserMessageCreate(RequestBody):
    body: MessageBody
    sender: Literal["requester", "second_party"] = Field(
        "requester", description="Who wrote it: the requester, or the second party of the case"
    )
    channel: Literal[Channel.CHAT, Channel.EMAIL, Channel.WEB_FORM, Channel.API] = Field(
        Channel.CHAT, description="Where the user wrote it"
    )


class MessageSafetyPublic(Schema):
    """What conversation safety read in a user's message and what it asks of the agent."""

    abuse: str = Field(description="none, venting or abusive")
    abuse_types: list[str] = Field(description="slur, directed_insult, threat")
    self_harm: str = Field(description="none, risk or immediate")
    guidance: str = Field(description="self_harm_immediate, self_harm_risk, warn, let_vent or none")
    situations: list[str] = Field(description="Scripted situations the message raises")


class UserMessagePublic(Schema):
    comment: CommentPublic
    safety: MessageSafetyPublic


class StatusChange(RequestBody):
    status: TicketStatus = Field(
        description="pending pauses the desk's clocks; solved is refused while a blocking "
        "child ticket is open"
    )


class AssignmentChange(RequestBody):
    error_fields: ClassVar[dict[str, Location]] = {"assignee": ("body", "assignee_id")}

    assignee_id: RowId | None = Field(description="An active staff member; null unassigns")
    group_id: RowId | None = Field(None, description="Also move the ticket to this group")


class SecondPartyClockStart(RequestBody):
    hours: StrictInt = Field(48, ge=1, le=24 * 30, description="How long the other party has")


class EscalationCreate(RequestBody):
    target: EscalationTarget
    reason: Explanation = Field(description="Why the ticket is escalated (required)")


class EscalationResolve(RequestBody):
    resolution: Explanation = Field(description="How the escalation was resolved")


class ChildTicketCreate(RequestBody):
    """A child ticket. ``fields`` holds the type's required fields (see its description)."""

    type: ChildTicketType
    fields: dict[SlotName, SlotValue] = Field(
        max_length=20,
        description="Required fields by type: "
        + "; ".join(
            f"{child_type.value}: {', '.join(spec.name for spec in specs)}"
            for child_type, specs in policy.CHILD_TICKET_FIELDS.items()
        )
        + ". URLs must be this desk's main ticket URL and account view URL.",
    )

    @classmethod
    def error_location(cls, field: str) -> Location | None:
        return ("body", "type") if field == "type" else ("body", "fields", field)


# ---------------------------------------------------------------------------------------
# Macros


class MacroPublic(Schema):
    id: int
    title: str
    body: str
    public: bool = Field(description="Sent as a public reply; false: added as an internal note")
    category: str | None = Field(description="The category slug it is meant for")
    source: str = Field(description="Where the words come from in the playbooks")
    note: str = Field(description="Guidance for the agent; never sent")
    placeholders: list[str] = Field(description="Filled from the ticket, e.g. ticket.id")
    slots: list[str] = Field(description="Filled by the agent, e.g. PARAPHRASE ISSUE")

    @classmethod
    def from_model(cls, macro: Macro, category_slugs: dict[int, str]) -> MacroPublic:
        placeholders, slots = policy.macro_fields(macro.body)
        return cls(
            id=macro.id,
            title=macro.title,
            body=macro.body,
            public=macro.public,
            category=category_slugs.get(macro.category_id) if macro.category_id else None,
            source=macro.source,
            note=macro.note,
            placeholders=list(placeholders),
            slots=list(slots),
        )


class MacroPreviewRequest(RequestBody):
    slots: dict[SlotName, SlotValue] = Field(
        default_factory=dict,
        max_length=50,
        description="Values for the macro's slots by name, e.g. {'PARAPHRASE ISSUE': '...'}",
    )


class MacroApply(MacroPreviewRequest):
    body: MessageBody | None = Field(
        None,
        description="The agent's edited preview; when given it is sent as written, and "
        "refused while it still holds a {{ placeholder }} or [[SLOT]]",
    )
    status: TicketStatus | None = Field(None, description="Submit the ticket as this status")
    acknowledge_lint: StrictBool = Field(
        False,
        description="Send a public reply even though the self-harm reply linter flags words "
        "the playbook says to avoid (refused with each flag and its reason otherwise)",
    )


class MacroPreviewPublic(Schema):
    macro_id: int
    title: str
    public: bool
    text: str = Field(description="The reply; what still has no value stays marked in it")
    placeholders: list[str]
    slots: list[str]
    missing: list[str] = Field(
        description="Placeholders as '{{ name }}' and slots as '[[NAME]]' still without a value"
    )
    complete: bool = Field(description="True when nothing is missing and it can be sent")

    @classmethod
    def of(cls, macro: Macro, preview: policy.MacroPreview) -> MacroPreviewPublic:
        return cls(
            macro_id=macro.id,
            title=macro.title,
            public=macro.public,
            text=preview.text,
            placeholders=list(preview.placeholders),
            slots=list(preview.slots),
            missing=list(preview.missing),
            complete=preview.complete,
        )


# ---------------------------------------------------------------------------------------
# Audit


class AuditEventPublic(Schema):
    id: int
    at: datetime
    actor: str = Field(examples=["staff:ana@example.com", "token:marketplace", "system:sla"])
    action: str = Field(examples=["ticket.status"])
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str
    decision_id: int | None

    @classmethod
    def from_model(cls, event: AuditEvent) -> AuditEventPublic:
        return cls(
            id=event.id,
            at=event.at,
            actor=event.actor,
            action=event.action,
            before=event.before,
            after=event.after,
            reason=event.reason,
            decision_id=event.decision_id,
        )
