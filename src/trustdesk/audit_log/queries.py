"""Reads of the audit trail: one page of it, filtered, and its rows in words (who by name,
the subject by name with a link to its page, the action as a reader says it)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from trustdesk import audit
from trustdesk.audit import AuditEvent
from trustdesk.crisis.models import CrisisEvent
from trustdesk.desk.models import Group, Macro, OutboundEmail, Ticket
from trustdesk.marketplace.models import Account, Agency
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


#: The fields of before/after that hold a row's id: the id and name columns of that row.
_NAMED_FIELDS: Mapping[str, tuple[InstrumentedAttribute[int], InstrumentedAttribute[str]]] = {
    "assignee": (StaffUser.id, StaffUser.full_name),
    "group": (Group.id, Group.name),
}


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


def _field_names(session: Session, events: Sequence[AuditEvent]) -> dict[tuple[str, object], str]:
    """The name of each staff member and group whose id a row's before or after holds."""
    ids: dict[str, set[object]] = defaultdict(set)
    for event in events:
        for side in (event.before or {}, event.after or {}):
            for field in _NAMED_FIELDS.keys() & side.keys():
                if side[field] is not None:
                    ids[field].add(side[field])
    names: dict[tuple[str, object], str] = {}
    for field, wanted in ids.items():
        id_column, name_column = _NAMED_FIELDS[field]
        for row_id, name in session.execute(
            select(id_column, name_column).where(id_column.in_(wanted))
        ):
            names[(field, row_id)] = name
    return names


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value) or "—"
    return audit.moment_in_words(value) or str(value)


def _changes(event: AuditEvent, names: Mapping[tuple[str, object], str]) -> list[Change]:
    """An audit row's before and after, field by field; staff and groups by name."""
    before, after = event.before or {}, event.after or {}

    def shown(field: str, value: Any) -> str:
        name = names.get((field, value)) if field in _NAMED_FIELDS else None
        return name or _shown(value)

    return [
        Change(
            name=field.replace("_", " "),
            before=shown(field, before[field]) if field in before else None,
            after=shown(field, after[field]) if field in after else None,
        )
        for field in dict.fromkeys([*before, *after])
    ]


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


def _subject_names(session: Session, events: Sequence[AuditEvent]) -> dict[tuple[str, str], str]:
    ids: dict[str, set[int]] = defaultdict(set)
    for event in events:
        if event.subject_id.isascii() and event.subject_id.isdigit():
            ids[event.subject_type].add(int(event.subject_id))
    names: dict[tuple[str, str], str] = {}
    if ids["ticket"]:
        for ticket_id, subject in session.execute(
            select(Ticket.id, Ticket.subject).where(Ticket.id.in_(ids["ticket"]))
        ):
            names["ticket", str(ticket_id)] = f"#{ticket_id} {subject}"
    if ids["account"]:
        for account_id, first, last in session.execute(
            select(Account.id, Account.first_name, Account.last_name).where(
                Account.id.in_(ids["account"])
            )
        ):
            names["account", str(account_id)] = f"{first} {last}".strip()
    named: tuple[tuple[str, Any, Any], ...] = (
        ("agency", Agency.id, Agency.name),
        ("crisis_event", CrisisEvent.id, CrisisEvent.name),
        ("macro", Macro.id, Macro.title),
        ("email", OutboundEmail.id, OutboundEmail.subject),
    )
    for subject_type, id_column, name_column in named:
        if ids[subject_type]:
            for subject_id, name in session.execute(
                select(id_column, name_column).where(id_column.in_(ids[subject_type]))
            ):
                names[subject_type, str(subject_id)] = name
    if ids["staff_user"]:
        for staff_id, name in session.execute(
            select(StaffUser.id, StaffUser.full_name).where(StaffUser.id.in_(ids["staff_user"]))
        ):
            names["staff_user", str(staff_id)] = name
    return names


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
