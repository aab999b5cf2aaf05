"""Reads of the audit trail: one page of it, filtered, and its rows in words (who by name,
the subject by name with a link to its page, the action as a reader says it, and what
changed as a team lead reads it: ids by the name of their row, codes in words)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from trustdesk import audit
from trustdesk.audit import AuditEvent
from trustdesk.crisis.models import CrisisEvent, CrisisKind, TargetedMessageKind
from trustdesk.crisis.regions import region_name
from trustdesk.decisions import DecisionRecord
from trustdesk.desk.models import (
    Category,
    Channel,
    ChildTicketType,
    ClockKind,
    Comment,
    Escalation,
    EscalationTarget,
    Group,
    Macro,
    OutboundEmail,
    SlaClock,
    Ticket,
)
from trustdesk.limits import ID_MAX
from trustdesk.marketplace.models import Account, Agency, Contract, Feedback, Message
from trustdesk.messaging.models import MessagePolicyStrike, StrikeLevel
from trustdesk.pagination import Page, PageRequest, scalars_page
from trustdesk.staff.models import StaffUser

#: The kinds of actor the page filters on, by the prefix of their ``actor``.
ACTOR_KINDS: Mapping[str, str] = {
    "staff:": "Any staff member",
    "system:": "trustdesk's own jobs",
    "policy:": "A policy",
    "account:": "A marketplace user",
    "email:": "An email sender",
    "public:": "Someone through a signed link",
    "token:": "An API token",
    "cli": "The command line",
}

#: The subjects the page filters on; the others are reached through their rows.
FILTERED_SUBJECTS = ("ticket", "account")


@dataclass(frozen=True)
class AuditFilters:
    """What the audit page narrows the trail to; ``None`` leaves a filter out.

    ``actor`` is one actor ("staff:ana@example.com") or a kind of actor ending in ":"
    ("system:", every automatic job); ``until`` is the last day included."""

    actor: str | None = None
    action: str | None = None
    subject_type: str | None = None
    subject_id: str | None = None
    since: date | None = None
    until: date | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.actor is not None:
            if self.actor in ACTOR_KINDS:
                conditions.append(_is_of_kind(self.actor))
            else:
                conditions.append(AuditEvent.actor == self.actor)
        if self.action is not None:
            conditions.append(AuditEvent.action == self.action)
        if self.subject_type is not None:
            conditions.append(AuditEvent.subject_type == self.subject_type)
        if self.subject_id is not None:
            conditions.append(AuditEvent.subject_id == self.subject_id)
        if self.since is not None:
            conditions.append(AuditEvent.at >= _start_of(self.since))
        if self.until is not None and self.until < date.max:
            conditions.append(AuditEvent.at < _start_of(self.until + timedelta(days=1)))
        return conditions


def _is_of_kind(prefix: str) -> ColumnElement[bool]:
    if prefix.endswith(":"):
        return AuditEvent.actor.startswith(prefix, autoescape=True)
    # "cli" alone, or "cli:<command>".
    return AuditEvent.actor.startswith(f"{prefix}:", autoescape=True) | (AuditEvent.actor == prefix)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


@dataclass(frozen=True)
class Change:
    """One field of an audit row's before and after, as shown (``None``: not in that side)."""

    name: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class AuditRow:
    """One audit row as people read it."""

    event: AuditEvent
    actor_name: str
    actor_url: str | None
    action: str
    subject_kind: str
    subject_name: str
    subject_url: str | None
    changes: list[Change]


def audit_page(session: Session, filters: AuditFilters, request: PageRequest) -> Page[Any]:
    """One page of the audit trail, newest first, each row in words."""
    statement = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    events, total = scalars_page(session, AuditEvent, statement, filters.conditions(), request)
    # Page[Any]: pydantic has no schema for the ORM row an AuditRow carries.
    return Page[Any](
        items=readable(session, events),
        page=request.page,
        page_size=request.page_size,
        total=total,
    )


def readable(session: Session, events: Sequence[AuditEvent]) -> list[AuditRow]:
    """``events`` in words, in the same order: a handful of queries whatever their number."""
    actors = actor_names(session, {event.actor for event in events})
    subjects = _subject_names(session, events)
    names = _field_names(session, events)
    rows = []
    for event in events:
        actor_name, actor_url = actors[event.actor]
        rows.append(
            AuditRow(
                event=event,
                actor_name=actor_name,
                actor_url=actor_url,
                action=audit.action_words(event.action),
                subject_kind=audit.subject_kind(event.subject_type),
                subject_name=subjects.get((event.subject_type, event.subject_id), ""),
                subject_url=audit.subject_url(event.subject_type, event.subject_id),
                changes=_changes(event, names),
            )
        )
    return rows


def actor_names(session: Session, actors: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """Each actor's name, and the desk page of the actor when it has one: a staff member's
    full name, a marketplace user's name, an API token's, the desk's own jobs in words."""
    keys: dict[str, set[str]] = defaultdict(set)
    wanted = set(actors)
    for actor in wanted:
        kind, _, key = actor.partition(":")
        keys[kind].add(key)
    staff: dict[str, str] = dict(
        session.execute(
            select(StaffUser.email, StaffUser.full_name).where(StaffUser.email.in_(keys["staff"]))
        ).all()
    )
    accounts = {
        external_id: (f"{first} {last}".strip(), account_id)
        for external_id, first, last, account_id in session.execute(
            select(Account.external_id, Account.first_name, Account.last_name, Account.id).where(
                Account.external_id.in_(keys["account"])
            )
        )
    }
    names: dict[str, tuple[str, str | None]] = {}
    for actor in wanted:
        kind, _, key = actor.partition(":")
        if kind == "staff" and key:
            # A staff member since removed keeps the address the row was written with.
            names[actor] = (staff.get(key, key), None)
        elif kind == "account" and key in accounts:
            name, account_id = accounts[key]
            names[actor] = (name, f"/accounts/{account_id}")
        elif kind == "token" and key:
            names[actor] = (f"API token “{key}”", None)
        elif kind == "email" and key:
            names[actor] = (key, None)
        else:
            names[actor] = (audit.automatic_actor(actor) or actor, None)
    return names


# ---------------------------------------------------------------------------------------
# Rows by name: an audit row's subject, and the rows whose ids its before and after hold


def _words(code: str) -> str:
    """A code as words: "first_response" is "first response"."""
    return code.replace("_", " ")


def _lowered(label: str) -> str:
    """A label as it reads after a colon: "First response" is "first response"."""
    return label[:1].lower() + label[1:]


def _person(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def _ticket_names(session: Session, ids: set[Any]) -> dict[Any, str]:
    statement = select(Ticket.id, Ticket.subject).where(Ticket.id.in_(ids))
    return {
        ticket_id: f"#{ticket_id} {subject}" for ticket_id, subject in session.execute(statement)
    }


def _account_names(session: Session, ids: set[Any]) -> dict[Any, str]:
    statement = select(Account.id, Account.first_name, Account.last_name).where(Account.id.in_(ids))
    return {
        account_id: _person(first, last) for account_id, first, last in session.execute(statement)
    }


def _column_names(
    id_column: InstrumentedAttribute[Any], name_column: InstrumentedAttribute[str]
) -> Callable[[Session, set[Any]], dict[Any, str]]:
    """Rows named by one of their columns (a staff member by their full name)."""

    def names(session: Session, ids: set[Any]) -> dict[Any, str]:
        statement = select(id_column, name_column).where(id_column.in_(ids))
        return dict(session.execute(statement).all())

    return names


def _clock_names(session: Session, ids: set[Any]) -> dict[Any, str]:
    statement = select(SlaClock.id, SlaClock.kind).where(SlaClock.id.in_(ids))
    return {
        clock_id: f"{_lowered(kind.label)} clock" for clock_id, kind in session.execute(statement)
    }


def _comment_names(session: Session, ids: set[Any]) -> dict[Any, str]:
    """A comment by what it is and who wrote it ("internal note by Ana Agent"); never its
    words, which the ticket shows to those who may read them."""
    statement = (
        select(Comment.id, Comment.public, StaffUser.full_name, Comment.author_email)
        .outerjoin(StaffUser, StaffUser.id == Comment.author_staff_id)
        .where(Comment.id.in_(ids))
    )
    names = {}
    for comment_id, public, staff_name, author_email in session.execute(statement):
        if staff_name is not None:
            names[comment_id] = f"{'reply' if public else 'internal note'} by {staff_name}"
        elif author_email:
            names[comment_id] = f"message from {author_email}"
        else:
            names[comment_id] = "system note"
    return names


def _escalation_names(session: Session, ids: set[Any]) -> dict[Any, str]:
    statement = select(Escalation.id, Escalation.target).where(Escalation.id.in_(ids))
    return {row_id: f"to {_lowered(target.label)}" for row_id, target in session.execute(statement)}


def _feedback_names(session: Session, ids: set[Any]) -> dict[Any, str]:
    statement = (
        select(Feedback.id, Feedback.public_rating, Contract.external_id)
        .join(Contract, Contract.id == Feedback.contract_id)
        .where(Feedback.id.in_(ids))
    )
    return {
        feedback_id: f"{rating:g}★ on contract {contract}"
        for feedback_id, rating, contract in session.execute(statement)
    }


def _message_names(session: Session, ids: set[Any]) -> dict[Any, str]:
    """A marketplace message by its sender; never its words (they may hold the very
    contact details the message policy removed)."""
    statement = (
        select(Message.id, Account.first_name, Account.last_name)
        .join(Account, Account.id == Message.sender_id)
        .where(Message.id.in_(ids))
    )
    return {
        message_id: f"from {_person(first, last)}"
        for message_id, first, last in session.execute(statement)
    }


def _strike_names(session: Session, ids: set[Any]) -> dict[Any, str]:
    statement = select(MessagePolicyStrike.id, MessagePolicyStrike.level).where(
        MessagePolicyStrike.id.in_(ids)
    )
    return {row_id: _lowered(level.label) for row_id, level in session.execute(statement)}


def _decision_names(session: Session, ids: set[Any]) -> dict[Any, str]:
    statement = select(DecisionRecord.id, DecisionRecord.policy, DecisionRecord.outcome).where(
        DecisionRecord.id.in_(ids)
    )
    return {
        decision_id: f"{_words(policy)}: {_words(outcome)}"
        for decision_id, policy, outcome in session.execute(statement)
    }


#: How each kind of row is named, by the subject type audit rows give it; each reads the
#: names of many rows in one query.
_NAMERS: Mapping[str, Callable[[Session, set[Any]], dict[Any, str]]] = {
    "account": _account_names,
    "agency": _column_names(Agency.id, Agency.name),
    "crisis_event": _column_names(CrisisEvent.id, CrisisEvent.name),
    "email": _column_names(OutboundEmail.id, OutboundEmail.subject),
    "feedback": _feedback_names,
    "macro": _column_names(Macro.id, Macro.title),
    "message": _message_names,
    "staff_user": _column_names(StaffUser.id, StaffUser.full_name),
    "ticket": _ticket_names,
    # Never a subject, only in a before or after.
    "category": _column_names(Category.slug, Category.name),
    "comment": _comment_names,
    "decision": _decision_names,
    "escalation": _escalation_names,
    "group": _column_names(Group.id, Group.name),
    "sla_clock": _clock_names,
    "strike": _strike_names,
}


def _named(session: Session, wanted: Mapping[str, set[Any]]) -> dict[tuple[str, Any], str]:
    """The name of each row ``wanted`` lists by its kind: one query per kind."""
    names: dict[tuple[str, Any], str] = {}
    for kind, keys in wanted.items():
        if keys:
            names.update(((kind, key), name) for key, name in _NAMERS[kind](session, keys).items())
    return names


def _subject_names(session: Session, events: Sequence[AuditEvent]) -> dict[tuple[str, str], str]:
    ids: dict[str, set[Any]] = defaultdict(set)
    for event in events:
        if event.subject_type in _NAMERS and _is_id(event.subject_id):
            ids[event.subject_type].add(int(event.subject_id))
    return {(kind, str(key)): name for (kind, key), name in _named(session, ids).items()}


def _is_id(value: str) -> bool:
    return value.isascii() and value.isdigit() and int(value) <= ID_MAX


# ---------------------------------------------------------------------------------------
# Before and after in words: what the desk stores for each field, as a team lead reads it.
# A field not named here is shown as stored (ids as numbers, codes as written).

#: Fields whose own name says it poorly.
_FIELD_NAMES: Mapping[str, str] = {
    "due_at": "due",
    "excluded_by_decision_id": "excluded by decision",
    "excluded_from_jss": "excluded from JSS",
    "jss": "Job Success Score",
    "job_success_score": "Job Success Score",
    "message_id": "Message-ID",
    "rising_talent": "Rising Talent",
    "top_rated": "Top Rated",
    "top_rated_plus": "Top Rated Plus",
}

#: Fields that hold a row's id (or, for a category, its slug), and the kind of row.
_ID_FIELDS: Mapping[str, str] = {
    "account": "account",
    "agency_owner": "account",
    "assignee": "staff_user",
    "category": "category",
    "child": "ticket",
    "client": "account",
    "clock": "sla_clock",
    "comment": "comment",
    "email": "email",  # an outbound email's id; a staff member's address stays as written
    "escalation": "escalation",
    "event": "crisis_event",
    "excluded_by_decision_id": "decision",
    "feedback": "feedback",
    "group": "group",
    "message": "message",
    "strike": "strike",
    "strikes": "strike",
    "ticket": "ticket",
}

#: Fields that hold a code from a fixed list, shown as words ("on_hold" is "on hold").
_CODE_FIELDS = frozenset(
    {
        "channel",
        "impacts",
        "kind",
        "kinds",
        "level",
        "outcome",
        "party",
        "priority",
        "profile_visibility",
        "role",
        "scope",
        "status",
        "target",
        "type",
    }
)
#: The codes the desk's pages say in other words than the code's own.
_CODE_WORDS: Mapping[str, str] = {
    Channel.API: "API",
    # Kinds of SLA clock, of crisis event and of crisis check-in email.
    **{kind.value: _lowered(kind.label) for kind in ClockKind},
    **{kind.value: _lowered(kind.label) for kind in CrisisKind},
    TargetedMessageKind.TARGETED: "found in an impacted region",
    TargetedMessageKind.ON_REQUEST: "sent on request",
    **{level.value: _lowered(level.label) for level in StrikeLevel},
    **{target.value: _lowered(target.label) for target in EscalationTarget},
    **{child_type.value: _lowered(child_type.label) for child_type in ChildTicketType},
    # A feedback removal review's scope and outcome, and a received email's outcome.
    "profile_only": "the profile only",
    "profile_and_jss": "the profile and JSS",
    "needs_team_lead": "needs a team lead",
    "threaded": "added to its ticket",
    "opened": "opened a ticket",
    "noted": "kept as an internal note (an automatic reply)",
    "duplicate": "received before",
    "ignored": "ignored (an automatic reply to no ticket)",
}

#: What an empty value means, for the fields where it means more than nothing.
_NONE_WORDS: Mapping[str, str] = {
    "assignee": "nobody",
    "group": "no group",
    "job_success_score": "no score",
}


def _field_names(session: Session, events: Sequence[AuditEvent]) -> dict[tuple[str, Any], str]:
    """The name of each row whose id a row's before or after holds."""
    wanted: dict[str, set[Any]] = defaultdict(set)
    for event in events:
        for side in (event.before or {}, event.after or {}):
            for field in _ID_FIELDS.keys() & side.keys():
                kind = _ID_FIELDS[field]
                values = side[field] if isinstance(side[field], list) else [side[field]]
                wanted[kind].update(value for value in values if _is_key(kind, value))
    return _named(session, wanted)


#: The kinds of row a before or after names by their slug rather than their id.
_BY_SLUG = frozenset({"category"})


def _is_key(kind: str, value: object) -> bool:
    """Whether ``value`` can name a row of ``kind``: its slug, or its id (a number, never a
    flag or text, which the database would refuse to compare with an id)."""
    if kind in _BY_SLUG:
        return isinstance(value, str)
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= ID_MAX


def _value_words(field: str, value: Any, names: Mapping[tuple[str, Any], str]) -> str:
    """One stored value of ``field`` in words, or as stored when the desk has no words."""
    if value is None:
        return _NONE_WORDS.get(field, "—")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        # Region names have commas of their own ("Cebu, Philippines").
        separator = "; " if field == "regions" else ", "
        return separator.join(_value_words(field, item, names) for item in value) or "—"
    if isinstance(value, dict):
        return ", ".join(f"{_words(str(key))} {item}" for key, item in value.items()) or "—"
    if field in _ID_FIELDS and _is_key(_ID_FIELDS[field], value):
        return names.get((_ID_FIELDS[field], value), str(value))
    if field in _CODE_FIELDS and isinstance(value, str):
        return _CODE_WORDS.get(value, _words(value))
    if field == "job_success_score" and isinstance(value, int | float):
        return f"{value:.0f}%"
    if field == "hours" and isinstance(value, int):
        return f"{value} hours"
    if field == "regions" and isinstance(value, str):
        return f"{region_name(value)} ({value})"
    if field == "request" and isinstance(value, int):
        return f"#{value}"
    return audit.moment_in_words(value) or str(value)


def _changes(event: AuditEvent, names: Mapping[tuple[str, Any], str]) -> list[Change]:
    """An audit row's before and after, field by field, in words."""
    before, after = event.before or {}, event.after or {}
    return [
        Change(
            name=_FIELD_NAMES.get(field, _words(field)),
            before=_value_words(field, before[field], names) if field in before else None,
            after=_value_words(field, after[field], names) if field in after else None,
        )
        for field in dict.fromkeys([*before, *after])
    ]


def staff_actors(session: Session) -> list[tuple[str, str]]:
    """Every staff member as an actor the page filters on: (actor, full name), by name."""
    return [
        (f"staff:{email}", name)
        for email, name in session.execute(
            select(StaffUser.email, StaffUser.full_name).order_by(StaffUser.full_name)
        )
    ]


def known_actions() -> list[tuple[str, str]]:
    """The actions the page filters on: (action, words), by their words."""
    return sorted(audit.ACTION_WORDS.items(), key=lambda item: item[1])


def account_id_for(session: Session, external_id: str) -> int | None:
    """The account a marketplace external id ("fl-17") names, for the subject filter."""
    return session.scalar(select(Account.id).where(Account.external_id == external_id))
