"""Pure rules of the desk: macro rendering, SLA clock arithmetic, child-ticket fields.

Nothing here touches the database; ``actions.py`` applies these to rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from trustdesk.desk.models import ChildTicketType, SlaClock

# ---------------------------------------------------------------------------------------
# Macros

PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+(?:\.[a-z_]+)*)\s*\}\}")
SLOT = re.compile(r"\[\[\s*([^\[\]]+?)\s*\]\]")

#: The placeholders trustdesk fills from the ticket (and the marketplace's name and office
#: address from the configuration); anything else is a typo in a macro.
KNOWN_PLACEHOLDERS = frozenset(
    {
        "marketplace.name",
        "marketplace.office_address",
        "requester.first_name",
        "requester.name",
        "ticket.id",
        "ticket.subject",
        "agent.first_name",
        "agent.name",
    }
)


class MacroError(ValueError):
    """A macro cannot be rendered; ``missing`` names every value it still needs."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        super().__init__("; ".join(missing))


@dataclass(frozen=True)
class MacroPreview:
    text: str
    placeholders: tuple[str, ...]
    slots: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def macro_fields(body: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The placeholders and the agent-filled slots a macro body uses, in order, once each."""
    placeholders = tuple(dict.fromkeys(PLACEHOLDER.findall(body)))
    slots = tuple(dict.fromkeys(SLOT.findall(body)))
    return placeholders, slots


def unknown_placeholders(body: str) -> list[str]:
    placeholders, _ = macro_fields(body)
    return [name for name in placeholders if name not in KNOWN_PLACEHOLDERS]


def preview_macro(
    body: str, values: Mapping[str, str | None], slots: Mapping[str, str]
) -> MacroPreview:
    """Render what can be rendered; what has no value stays visibly marked in the text
    and is listed in ``missing`` (a placeholder as ``{{ name }}``, a slot as ``[[NAME]]``)."""
    placeholder_names, slot_names = macro_fields(body)
    missing: list[str] = []

    def fill_placeholder(match: re.Match[str]) -> str:
        value = (values.get(match.group(1)) or "").strip()
        if not value:
            missing.append(f"{{{{ {match.group(1)} }}}}")
            return match.group(0)
        return value

    def fill_slot(match: re.Match[str]) -> str:
        value = (slots.get(match.group(1)) or "").strip()
        if not value:
            missing.append(f"[[{match.group(1)}]]")
            return match.group(0)
        return value

    text = SLOT.sub(fill_slot, PLACEHOLDER.sub(fill_placeholder, body))
    return MacroPreview(
        text=text,
        placeholders=placeholder_names,
        slots=slot_names,
        missing=tuple(dict.fromkeys(missing)),
    )


def render_macro(body: str, values: Mapping[str, str | None], slots: Mapping[str, str]) -> str:
    """The finished text, or ``MacroError`` naming every placeholder and slot left empty."""
    preview = preview_macro(body, values, slots)
    if not preview.complete:
        raise MacroError([f"{name} has no value" for name in preview.missing])
    return preview.text


# ---------------------------------------------------------------------------------------
# SLA clocks


@dataclass(frozen=True)
class ClockState:
    """What a clock shows at ``now``: the agent's countdown."""

    due_at: datetime
    remaining: timedelta
    paused: bool
    stopped: bool
    warning: bool
    breached: bool


def clock_state(clock: SlaClock, now: datetime) -> ClockState:
    # A paused clock's countdown is frozen at the moment it paused.
    reference = clock.stopped_at or clock.paused_at or now
    remaining = clock.due_at - reference
    return ClockState(
        due_at=clock.due_at,
        remaining=remaining,
        paused=clock.paused_at is not None and clock.stopped_at is None,
        stopped=clock.stopped_at is not None,
        warning=clock.warn_at <= reference < clock.due_at,
        breached=clock.breached_at is not None or reference >= clock.due_at,
    )


def resumed_deadlines(
    due_at: datetime, warn_at: datetime, paused_at: datetime, now: datetime
) -> tuple[datetime, datetime]:
    """Deadlines after a pause from ``paused_at`` to ``now``: both move later by the pause."""
    paused_for = max(now - paused_at, timedelta(0))
    return due_at + paused_for, warn_at + paused_for


def format_remaining(remaining: timedelta) -> str:
    """``"5h 12m"`` left, or ``"overdue 1h 03m"``."""
    seconds = int(remaining.total_seconds())
    sign = "overdue " if seconds < 0 else ""
    seconds = abs(seconds)
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes = seconds // 60
    text = f"{days}d {hours}h" if days else f"{hours}h {minutes:02d}m"
    return sign + text


# ---------------------------------------------------------------------------------------
# Child tickets


@dataclass(frozen=True)
class ChildField:
    name: str
    label: str
    kind: str = "text"  # "text", "choice", "ticket_url", "account_url"
    choices: tuple[str, ...] = ()


USER_TYPES = ("freelancer", "client", "agency", "visitor")
ACCOUNT_STATUSES = ("active", "on_hold", "suspended", "closed", "no_account")

CHILD_TICKET_FIELDS: dict[ChildTicketType, tuple[ChildField, ...]] = {
    # Playbook 002, "Send to Executive Escalations + CS Management": user type, account
    # status, notes on what occurred, the main ticket's URL and the account-view URL
    # ("must be the OBO URL, or ticket won't save").
    ChildTicketType.SELF_HARM: (
        ChildField("user_type", "User type", "choice", USER_TYPES),
        ChildField("account_status", "User account status", "choice", ACCOUNT_STATUSES),
        ChildField("agent_notes", "Notes: what specifically occurred"),
        ChildField("main_ticket_url", "Main ticket URL", "ticket_url"),
        ChildField("account_view_url", "Account view URL of the user", "account_url"),
    ),
    # Playbook 001: "If contact info is requested, please coordinate with Executive
    # Escalations before promising to provide the info."
    ChildTicketType.CONTACT_INFORMATION: (
        ChildField("requested_by", "Who asks", "choice", ("client", "freelancer")),
        ChildField("contract_reference", "Contract ID"),
        ChildField("reason", "Why the contact information is needed"),
        ChildField("main_ticket_url", "Main ticket URL", "ticket_url"),
    ),
    ChildTicketType.RESTRICTION_REVIEW: (
        ChildField("evidence", "Evidence (messages, findings, decisions)"),
        ChildField("account_view_url", "Account view URL of the user", "account_url"),
    ),
    ChildTicketType.CODE_REVIEW: (
        ChildField("contract_reference", "Contract ID"),
        ChildField("what_to_review", "What the client received and what is disputed"),
    ),
}

CHILD_TICKET_ROUTES: dict[ChildTicketType, str] = {
    ChildTicketType.SELF_HARM: "executive_escalations",
    ChildTicketType.CONTACT_INFORMATION: "executive_escalations",
    ChildTicketType.RESTRICTION_REVIEW: "team_lead",
    ChildTicketType.CODE_REVIEW: "team_lead",
}


def _url_path(value: str, base_url: str) -> str | None:
    """The path of ``value`` if it is an address of this desk, else None."""
    parts, base = urlsplit(value.strip()), urlsplit(base_url)
    if parts.scheme not in ("http", "https") or parts.netloc != base.netloc:
        return None
    return parts.path.rstrip("/")


def child_field_errors(
    child_type: ChildTicketType,
    fields: Mapping[str, str],
    *,
    base_url: str,
    parent_ticket_id: int,
    account_ids: Iterable[int],
) -> dict[str, str]:
    """Every problem with a child ticket's fields, by field name (empty when it may save)."""
    errors: dict[str, str] = {}
    known = {spec.name for spec in CHILD_TICKET_FIELDS[child_type]}
    for name in fields:
        if name not in known:
            errors[name] = f"is not a field of a {child_type.value} child ticket"
    allowed_accounts = {str(account_id) for account_id in account_ids}
    for spec in CHILD_TICKET_FIELDS[child_type]:
        value = (fields.get(spec.name) or "").strip()
        if not value:
            errors[spec.name] = f"{spec.label} is required"
            continue
        if spec.kind == "choice" and value not in spec.choices:
            errors[spec.name] = f"must be one of: {', '.join(spec.choices)}"
        elif spec.kind == "ticket_url":
            expected = f"{base_url.rstrip('/')}/tickets/{parent_ticket_id}"
            if _url_path(value, base_url) != f"/tickets/{parent_ticket_id}":
                errors[spec.name] = f"must be the main ticket's URL, {expected}"
        elif spec.kind == "account_url":
            path = _url_path(value, base_url) or ""
            match = re.fullmatch(r"/accounts/(\d+)", path)
            if match is None:
                errors[spec.name] = (
                    f"must be an account view URL of this desk, "
                    f"{base_url.rstrip('/')}/accounts/<account id>"
                )
            elif allowed_accounts and match.group(1) not in allowed_accounts:
                errors[spec.name] = (
                    "must be the account view of this ticket's user "
                    f"(account {' or '.join(sorted(allowed_accounts))})"
                )
    return errors


def placeholder_values(
    *,
    ticket_id: int,
    subject: str,
    requester_name: str,
    agent_full_name: str,
    marketplace_name: str,
    marketplace_office_address: str,
) -> dict[str, str]:
    """What the desk knows for each placeholder; an empty value stays missing."""
    requester_name = requester_name.strip()
    agent_full_name = agent_full_name.strip()
    return {
        "marketplace.name": marketplace_name.strip(),
        "marketplace.office_address": marketplace_office_address.strip(),
        "requester.first_name": requester_name.split(" ", 1)[0] if requester_name else "",
        "requester.name": requester_name,
        "ticket.id": str(ticket_id),
        "ticket.subject": subject,
        "agent.first_name": agent_full_name.split(" ", 1)[0] if agent_full_name else "",
        "agent.name": agent_full_name,
    }
