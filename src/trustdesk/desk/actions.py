"""Changes to tickets. Each action is one unit of work in the caller's transaction, writes
its audit row, and leaves side effects (email, notifications) to run after commit.

Times are passed in (``now``) so SLA behaviour is testable with a controlled clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk import audit, mail, notify
from trustdesk.conduct import live as conduct_live
from trustdesk.conduct import policy as conduct_policy
from trustdesk.conduct.models import MessageScan
from trustdesk.config import get_settings
from trustdesk.db import utcnow
from trustdesk.decisions import DecisionRecord, store_decision
from trustdesk.desk import policy
from trustdesk.desk.models import (
    OPEN_STATUSES,
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
    Notification,
    Party,
    Priority,
    SlaClock,
    SlaPolicy,
    Ticket,
    TicketStatus,
)
from trustdesk.marketplace.models import Account
from trustdesk.staff.models import Role, StaffUser

#: Used when no SLA policy matches: the playbooks' 48 hours.
DEFAULT_SLA_HOURS = 48
DEFAULT_WARN_MINUTES = 120


class DeskError(ValueError):
    """A change the desk refuses; ``errors`` maps each field to its problem."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {problem}" for field, problem in errors.items()))


def _staff_actor(staff: StaffUser) -> str:
    return f"staff:{staff.email}"


def _touch(ticket: Ticket, now: datetime) -> None:
    ticket.updated_at = now


def ticket_url(ticket_id: int) -> str:
    return get_settings().url(f"/tickets/{ticket_id}")


def account_url(account_id: int) -> str:
    """The account view of ``account_id`` (what a child ticket's account field expects)."""
    return get_settings().url(f"/accounts/{account_id}")


# ---------------------------------------------------------------------------------------
# SLA clocks


def sla_policy_for(
    session: Session,
    kind: ClockKind,
    category_id: int | None,
    priority: Priority,
    tags: Iterable[str] = (),
) -> SlaPolicy | None:
    """The most specific policy: a tag of the ticket, then category and priority,
    category, priority, default."""
    candidates = session.scalars(select(SlaPolicy).where(SlaPolicy.kind == kind)).all()
    tags = set(tags)

    def specificity(candidate: SlaPolicy) -> int:
        return (
            (4 if candidate.tag is not None else 0)
            + (2 if candidate.category_id is not None else 0)
            + (1 if candidate.priority is not None else 0)
        )

    matching = [
        candidate
        for candidate in candidates
        if candidate.category_id in (None, category_id)
        and candidate.priority in (None, priority)
        and (candidate.tag is None or candidate.tag in tags)
    ]
    return max(matching, key=specificity, default=None)


def _sla_minutes(session: Session, kind: ClockKind, ticket: Ticket) -> tuple[int, int]:
    """The minutes the ticket's SLA policy gives for ``kind``, and how many before the
    deadline to warn (the desk's defaults without a policy)."""
    sla = sla_policy_for(session, kind, ticket.category_id, ticket.priority, ticket.tags)
    if sla is None:
        return DEFAULT_SLA_HOURS * 60, DEFAULT_WARN_MINUTES
    return sla.minutes, sla.warn_before_minutes


def start_clock(
    session: Session,
    ticket: Ticket,
    *,
    kind: ClockKind,
    party: Party,
    now: datetime,
    hours: int | None = None,
) -> SlaClock:
    """Start a deadline on the ticket (by its SLA policy unless ``hours`` is given)."""
    if hours is None:
        minutes, warn_minutes = _sla_minutes(session, kind, ticket)
    else:
        minutes, warn_minutes = hours * 60, DEFAULT_WARN_MINUTES
    due_at = now + timedelta(minutes=minutes)
    clock = SlaClock(
        ticket=ticket,
        kind=kind,
        party=party,
        started_at=now,
        due_at=due_at,
        warn_at=max(now, due_at - timedelta(minutes=warn_minutes)),
    )
    session.add(clock)
    return clock


def _clocks(
    ticket: Ticket, party: Party, kinds: Iterable[ClockKind] = tuple(ClockKind)
) -> list[SlaClock]:
    kinds = set(kinds)
    return [
        c for c in ticket.clocks if c.party == party and c.kind in kinds and c.stopped_at is None
    ]


def _pause(clocks: Iterable[SlaClock], now: datetime) -> None:
    for clock in clocks:
        if clock.paused_at is None:
            clock.paused_at = now


def _resume(clocks: Iterable[SlaClock], now: datetime) -> None:
    for clock in clocks:
        if clock.paused_at is not None:
            clock.due_at, clock.warn_at = policy.resumed_deadlines(
                clock.due_at, clock.warn_at, clock.paused_at, now
            )
            clock.paused_at = None


def _stop(clocks: Iterable[SlaClock], now: datetime) -> None:
    for clock in clocks:
        clock.stopped_at = now


def check_clocks(session: Session, now: datetime) -> list[SlaClock]:
    """Record warnings and breaches due by ``now`` (idempotent); notify the team.

    Runs periodically; because deadlines are on the rows, a missed run loses nothing.
    Returns the clocks that changed.
    """
    running = session.scalars(
        select(SlaClock).where(
            SlaClock.stopped_at.is_(None),
            SlaClock.paused_at.is_(None),
            SlaClock.breached_at.is_(None),
            SlaClock.warn_at <= now,
        )
    ).all()
    changed = []
    for clock in running:
        ticket = clock.ticket
        who = "the other party" if clock.party == Party.SECOND_PARTY else "the desk"
        if clock.due_at <= now:
            clock.breached_at = now
            event, text = (
                "breach",
                f"SLA breached on ticket #{ticket.id}: {who} missed the deadline",
            )
        elif clock.warned_at is None:
            clock.warned_at = now
            left = policy.format_remaining(clock.due_at - now)
            event, text = "warning", f"SLA warning on ticket #{ticket.id}: {left} left for {who}"
        else:
            continue
        changed.append(clock)
        audit.record(
            session,
            at=now,
            actor="system:sla",
            action=f"sla.{event}",
            subject_type="ticket",
            subject_id=ticket.id,
            after={
                "clock": clock.id,
                "kind": clock.kind.value,
                "party": clock.party.value,
                "due_at": clock.due_at.isoformat(),
            },
        )
        notify.notify(
            session,
            key=f"sla-{event}-{clock.id}",
            audience=Role.TEAM_LEAD,
            text=text,
            ticket_id=ticket.id,
            urgent=event == "breach",
        )
    return changed


# ---------------------------------------------------------------------------------------
# Tickets and their conversation


def category_by_slug(session: Session, slug: str) -> Category:
    category = session.scalar(select(Category).where(Category.slug == slug))
    if category is None:
        raise DeskError({"category": f"no category {slug!r}"})
    return category


def _requester_email(account: Account | None, email: str | None) -> str:
    return (email or (account.email if account else None) or "").strip()


def new_ticket_problems(
    session: Session,
    *,
    subject: str,
    body: str,
    requester_account: Account | None,
    requester_email: str | None,
    category_slug: str | None,
) -> dict[str, str]:
    """Every problem ``open_ticket`` would refuse these values for, by field (empty when
    none), so a form can show them all at once."""
    errors: dict[str, str] = {}
    if not subject.strip():
        errors["subject"] = "is required"
    if not body.strip():
        errors["body"] = "is required"
    email = _requester_email(requester_account, requester_email)
    if not email or "@" not in email:
        errors["requester_email"] = "a requester needs an email address"
    if category_slug is not None and (
        session.scalar(select(Category.id).where(Category.slug == category_slug)) is None
    ):
        errors["category"] = f"no category {category_slug!r}"
    return errors


def open_ticket(
    session: Session,
    *,
    subject: str,
    body: str,
    channel: Channel,
    actor: str,
    requester_account: Account | None = None,
    requester_email: str | None = None,
    requester_name: str | None = None,
    category_slug: str | None = None,
    priority: Priority = Priority.NORMAL,
    second_party: Account | None = None,
    contract_id: int | None = None,
    tags: Iterable[str] = (),
    email_message_id: str | None = None,
    opened_by_system: bool = False,
    now: datetime | None = None,
) -> Ticket:
    """A new ticket with the requester's message as its first comment and its SLA clocks
    started. ``email_message_id`` is the Message-ID of the email that opened it. A ticket
    ``opened_by_system`` (a policy opening a review) starts with an internal system note
    instead, never shown as the requester's words."""
    now = now or utcnow()
    errors = new_ticket_problems(
        session,
        subject=subject,
        body=body,
        requester_account=requester_account,
        requester_email=requester_email,
        category_slug=category_slug,
    )
    if errors:
        raise DeskError(errors)
    email = _requester_email(requester_account, requester_email)
    category = (
        session.scalar(select(Category).where(Category.slug == category_slug))
        if category_slug is not None
        else None
    )
    ticket = Ticket(
        subject=subject.strip(),
        channel=channel,
        priority=priority,
        category=category,
        requester_account_id=requester_account.id if requester_account else None,
        requester_email=email.lower(),
        requester_name=(
            requester_name or (requester_account.display_name if requester_account else "")
        ),
        second_party_account_id=second_party.id if second_party else None,
        contract_id=contract_id,
        tags=sorted(set(tags)),
        status=TicketStatus.NEW,
        created_at=now,
        updated_at=now,
    )
    session.add(ticket)
    session.flush()
    if opened_by_system:
        session.add(
            Comment(ticket=ticket, public=False, body=body.strip(), channel=channel, created_at=now)
        )
    else:
        first_message = Comment(
            ticket=ticket,
            public=True,
            body=body.strip(),
            channel=channel,
            created_at=now,
            author_account_id=requester_account.id if requester_account else None,
            author_email=email.lower(),
            email_message_id=email_message_id,
        )
        session.add(first_message)
    start_clock(session, ticket, kind=ClockKind.FIRST_RESPONSE, party=Party.AGENT, now=now)
    start_clock(session, ticket, kind=ClockKind.RESOLUTION, party=Party.AGENT, now=now)
    audit.record(
        session,
        at=now,
        actor=actor,
        action="ticket.open",
        subject_type="ticket",
        subject_id=ticket.id,
        after={
            "subject": ticket.subject,
            "category": category.slug if category else None,
            "priority": priority.value,
            "channel": channel.value,
        },
    )
    session.flush()
    if not opened_by_system:
        scan = conduct_live.scan_user_message(session, ticket, first_message, now=now)
        _after_scan(session, ticket, scan, now=now)
    return ticket


def add_reply(
    session: Session,
    ticket: Ticket,
    *,
    author: StaffUser,
    body: str,
    public: bool,
    macro: Macro | None = None,
    status: TicketStatus | None = None,
    lint_acknowledged: bool = False,
    now: datetime | None = None,
) -> Comment:
    """An agent's public reply (emailed to the requester) or internal note (never sent).

    A public reply answers the first-response clock; ``status`` is what the agent submits
    the ticket as (pending pauses the clocks until the requester replies). In a conversation
    where the user threatened self-harm, a public reply with words the playbook says to
    avoid is refused, each flag with its reason, unless ``lint_acknowledged``."""
    now = now or utcnow()
    if not body.strip():
        raise DeskError({"body": "is required"})
    if not ticket.is_open:
        raise DeskError({"ticket": f"is {ticket.status.value}; reopen it before replying"})
    if public and not lint_acknowledged:
        flags = conduct_live.reply_flags(session, ticket, body)
        if flags:
            raise DeskError(
                {
                    "body": "in a self-harm conversation, avoid: "
                    + " ".join(f"“{flag.text}” ({flag.reason})" for flag in flags)
                }
            )
    comment = Comment(
        ticket=ticket,
        public=public,
        body=body.strip(),
        author_staff_id=author.id,
        channel=ticket.channel if public else Channel.WEB_FORM,
        macro_id=macro.id if macro else None,
        created_at=now,
    )
    session.add(comment)
    session.flush()
    if public:
        _stop(_clocks(ticket, Party.AGENT, [ClockKind.FIRST_RESPONSE]), now)
        mail.queue_email(
            session,
            key=f"comment-{comment.id}",
            to=ticket.requester_email,
            subject=f"[#{ticket.id}] {ticket.subject}",
            body=comment.body,
            ticket_id=ticket.id,
        )
    if ticket.status == TicketStatus.NEW:
        ticket.status = TicketStatus.OPEN
    audit.record(
        session,
        at=now,
        actor=_staff_actor(author),
        action="ticket.reply" if public else "ticket.note",
        subject_type="ticket",
        subject_id=ticket.id,
        after={"comment": comment.id, "macro": macro.title if macro else None},
    )
    if status is not None and status != ticket.status:
        set_status(session, ticket, status, actor=_staff_actor(author), now=now)
    _touch(ticket, now)
    return comment


def add_customer_message(
    session: Session,
    ticket: Ticket,
    *,
    body: str,
    channel: Channel,
    author_email: str,
    author_account_id: int | None = None,
    email_message_id: str | None = None,
    now: datetime | None = None,
) -> Comment:
    """A message from the requester or from the second party of a two-party case.

    The requester answering resumes a ticket that was pending on them; the second party
    answering stops the clock that was running against them. A solved ticket reopens.
    """
    now = now or utcnow()
    comment = Comment(
        ticket=ticket,
        public=True,
        body=body.strip(),
        channel=channel,
        created_at=now,
        author_email=author_email.lower(),
        author_account_id=author_account_id,
        email_message_id=email_message_id,
    )
    session.add(comment)
    is_second_party = (
        ticket.second_party_account_id is not None
        and author_account_id == ticket.second_party_account_id
    )
    before = ticket.status
    if is_second_party:
        _stop(_clocks(ticket, Party.SECOND_PARTY), now)
    elif ticket.status in (TicketStatus.PENDING, TicketStatus.SOLVED):
        ticket.status = TicketStatus.OPEN
        ticket.solved_at = None
        if before == TicketStatus.SOLVED:
            start_clock(session, ticket, kind=ClockKind.RESOLUTION, party=Party.AGENT, now=now)
        _resume(_clocks(ticket, Party.AGENT), now)
    audit.record(
        session,
        at=now,
        actor=f"email:{author_email.lower()}",
        action="ticket.second_party_message" if is_second_party else "ticket.requester_message",
        subject_type="ticket",
        subject_id=ticket.id,
        before={"status": before.value},
        after={"status": ticket.status.value},
    )
    _touch(ticket, now)
    session.flush()
    scan = conduct_live.scan_user_message(session, ticket, comment, now=now)
    _after_scan(session, ticket, scan, now=now)
    return comment


# ---------------------------------------------------------------------------------------
# A possible threat to life: answered in minutes, and never without an owner

THREAT_TO_LIFE_GROUP = "Team leads"


def _owe_prompt_answer(session: Session, ticket: Ticket, now: datetime) -> tuple[SlaClock, int]:
    """Bring the desk's next answer within the ticket's SLA policy (for a flagged ticket,
    minutes): a running first-response clock due later is brought forward; with none
    running (the first response was given), a new one starts for the next response.
    Returns the clock and the policy's minutes."""
    minutes, warn_minutes = _sla_minutes(session, ClockKind.FIRST_RESPONSE, ticket)
    due_at = now + timedelta(minutes=minutes)
    reason = f"SLA policy for {', '.join(ticket.tags) or 'this ticket'}: {minutes} minutes"
    running = _clocks(ticket, Party.AGENT, [ClockKind.FIRST_RESPONSE])
    before = None
    if not running:
        clock = start_clock(
            session, ticket, kind=ClockKind.FIRST_RESPONSE, party=Party.AGENT, now=now
        )
        session.flush()
        action = "sla.next_response_clock"
    else:
        clock = min(running, key=lambda candidate: candidate.due_at)
        if clock.due_at <= due_at:
            return clock, minutes  # already owed as soon or sooner
        before = {"due_at": clock.due_at.isoformat()}
        # A paused clock resumes with the user's message; it is owed from now either way.
        clock.paused_at = None
        clock.due_at = due_at
        clock.warn_at = max(now, due_at - timedelta(minutes=warn_minutes))
        action = "sla.deadline_brought_forward"
    audit.record(
        session,
        at=now,
        actor="policy:sla",
        action=action,
        subject_type="ticket",
        subject_id=ticket.id,
        before=before,
        after={"clock": clock.id, "due_at": clock.due_at.isoformat()},
        reason=reason,
    )
    return clock, minutes


def _handling_agent(session: Session, ticket: Ticket) -> StaffUser | None:
    """The active staff member who last answered the user in this conversation."""
    return session.scalar(
        select(StaffUser)
        .join(Comment, Comment.author_staff_id == StaffUser.id)
        .where(
            Comment.ticket_id == ticket.id,
            Comment.public.is_(True),
            StaffUser.active.is_(True),
        )
        .order_by(Comment.created_at.desc(), Comment.id.desc())
        .limit(1)
    )


def answer_threat_to_life(
    session: Session, ticket: Ticket, comment: Comment, *, now: datetime
) -> DecisionRecord:
    """A user who may be acting on a threat to their life right now: the desk's answer is
    owed within the minutes of the SLA policy for the flag, and the ticket gets an owner
    (its assignee, else the agent answering the conversation, else the team leads' queue).
    Returns the stored decision, whose criteria say why."""
    clock, minutes = _owe_prompt_answer(session, ticket, now)
    assignee = ticket.assignee if ticket.assignee and ticket.assignee.active else None
    replied_by = None if assignee else _handling_agent(session, ticket)
    decision = conduct_policy.decide_threat_to_life_owner(
        comment.body,
        assignee=assignee.full_name if assignee else None,
        replied_by=replied_by.full_name if replied_by else None,
        due_at=clock.due_at,
        minutes=minutes,
    )
    record = store_decision(
        session,
        decision,
        subject_type="ticket",
        subject_id=ticket.id,
        decided_by="conversation_safety",
        facts={"comment": comment.id, "clock": clock.id},
        account_id=comment.author_account_id,
    )
    before = {"assignee": ticket.assignee_id, "group": ticket.group_id}
    if replied_by is not None:
        ticket.assignee_id = replied_by.id
    elif assignee is None:
        leads = session.scalar(select(Group).where(Group.name == THREAT_TO_LIFE_GROUP))
        if leads is not None:
            ticket.group_id = leads.id
    audit.record(
        session,
        at=now,
        actor="policy:conversation_safety",
        action="ticket.threat_to_life_owner",
        subject_type="ticket",
        subject_id=ticket.id,
        before=before,
        after={
            "assignee": ticket.assignee_id,
            "group": ticket.group_id,
            "first_response_due": clock.due_at.isoformat(),
        },
        reason=next(
            c.evidence for c in decision.criteria if c.name == conduct_policy.HANDLING_AGENT
        ),
        decision_id=record.id,
    )
    _touch(ticket, now)
    return record


def _after_scan(session: Session, ticket: Ticket, scan: MessageScan, *, now: datetime) -> None:
    if scan.guidance == conduct_policy.Guidance.SELF_HARM_IMMEDIATE:
        answer_threat_to_life(session, ticket, scan.comment, now=now)
    elif conduct_live.THREAT_TO_LIFE_TAG in ticket.tags:
        # Every later message of a flagged conversation is answered within minutes too.
        _owe_prompt_answer(session, ticket, now)


def open_blocking_children(ticket: Ticket) -> list[Ticket]:
    return [child for child in ticket.children if child.blocks_parent and child.is_open]


def set_status(
    session: Session,
    ticket: Ticket,
    status: TicketStatus,
    *,
    actor: str,
    now: datetime | None = None,
) -> None:
    """Move the ticket to ``status``: pending pauses the desk's clocks, open resumes them,
    solved stops them and is refused while a blocking child ticket is open."""
    now = now or utcnow()
    before = ticket.status
    if status == before:
        return
    if status == TicketStatus.NEW:
        raise DeskError({"status": "a ticket cannot go back to new"})
    if before == TicketStatus.CLOSED:
        raise DeskError({"status": "a closed ticket cannot change; open a follow-up ticket"})
    if status in (TicketStatus.SOLVED, TicketStatus.CLOSED):
        blocking = open_blocking_children(ticket)
        if blocking:
            numbers = ", ".join(f"#{child.id}" for child in blocking)
            raise DeskError(
                {"status": f"cannot be {status.value} while child tickets {numbers} are open"}
            )
        _stop(_clocks(ticket, Party.AGENT), now)
        ticket.solved_at = ticket.solved_at or now
    elif status == TicketStatus.PENDING:
        _pause(_clocks(ticket, Party.AGENT), now)
    elif before == TicketStatus.PENDING or before == TicketStatus.ON_HOLD:
        _resume(_clocks(ticket, Party.AGENT), now)
    if status == TicketStatus.ON_HOLD:
        _pause(_clocks(ticket, Party.AGENT), now)
    if before == TicketStatus.SOLVED and status in OPEN_STATUSES:
        ticket.solved_at = None
        start_clock(session, ticket, kind=ClockKind.RESOLUTION, party=Party.AGENT, now=now)
    ticket.status = status
    _touch(ticket, now)
    audit.record(
        session,
        at=now,
        actor=actor,
        action="ticket.status",
        subject_type="ticket",
        subject_id=ticket.id,
        before={"status": before.value},
        after={"status": status.value},
    )


def assign(
    session: Session,
    ticket: Ticket,
    *,
    actor: StaffUser,
    assignee_id: int | None,
    group_id: int | None = None,
    now: datetime | None = None,
) -> None:
    now = now or utcnow()
    before = {"assignee": ticket.assignee_id, "group": ticket.group_id}
    if assignee_id is not None:
        assignee = session.get(StaffUser, assignee_id)
        if assignee is None or not assignee.active:
            raise DeskError({"assignee": f"no active staff member {assignee_id}"})
    ticket.assignee_id = assignee_id
    if group_id is not None:
        ticket.group_id = group_id
    _touch(ticket, now)
    audit.record(
        session,
        at=now,
        actor=_staff_actor(actor),
        action="ticket.assign",
        subject_type="ticket",
        subject_id=ticket.id,
        before=before,
        after={"assignee": ticket.assignee_id, "group": ticket.group_id},
    )


def start_second_party_clock(
    session: Session,
    ticket: Ticket,
    *,
    actor: StaffUser,
    hours: int = DEFAULT_SLA_HOURS,
    now: datetime | None = None,
) -> SlaClock:
    """Start the clock against the other party of a two-party case (playbook 001: "We will
    attempt to reach the FL several times over 48 hours")."""
    now = now or utcnow()
    if ticket.second_party_account_id is None:
        raise DeskError({"second_party": "this ticket has no second party to wait for"})
    if _clocks(ticket, Party.SECOND_PARTY):
        raise DeskError({"second_party": "a clock is already running against the second party"})
    clock = start_clock(
        session,
        ticket,
        kind=ClockKind.PARTY_RESPONSE,
        party=Party.SECOND_PARTY,
        now=now,
        hours=hours,
    )
    audit.record(
        session,
        at=now,
        actor=_staff_actor(actor),
        action="sla.second_party_clock",
        subject_type="ticket",
        subject_id=ticket.id,
        after={"hours": hours},
    )
    _touch(ticket, now)
    return clock


# ---------------------------------------------------------------------------------------
# Escalations and child tickets


def escalate(
    session: Session,
    ticket: Ticket,
    *,
    target: EscalationTarget,
    reason: str,
    actor: StaffUser,
    now: datetime | None = None,
) -> Escalation:
    """Escalate to the team lead or to executive escalations; the reason is required."""
    now = now or utcnow()
    if not reason.strip():
        raise DeskError({"reason": "say why the ticket is escalated"})
    escalation = Escalation(
        ticket=ticket,
        target=target,
        reason=reason.strip(),
        escalated_by_id=actor.id,
        created_at=now,
    )
    session.add(escalation)
    session.flush()
    audit.record(
        session,
        at=now,
        actor=_staff_actor(actor),
        action="ticket.escalate",
        subject_type="ticket",
        subject_id=ticket.id,
        after={"target": target.value},
        reason=escalation.reason,
    )
    notify.notify(
        session,
        key=f"escalation-{escalation.id}",
        audience=target.role,
        text=(
            f"Ticket #{ticket.id} escalated to {target.label} by {actor.full_name}: "
            f"{escalation.reason}"
        ),
        ticket_id=ticket.id,
    )
    _touch(ticket, now)
    return escalation


def resolve_escalation(
    session: Session,
    escalation: Escalation,
    *,
    resolution: str,
    actor: StaffUser,
    now: datetime | None = None,
) -> None:
    now = now or utcnow()
    if escalation.resolved_at is not None:
        raise DeskError({"escalation": "is already resolved"})
    if actor.role not in (escalation.target.role, Role.ADMIN):
        raise DeskError({"escalation": f"only {escalation.target.label} can resolve it"})
    if not resolution.strip():
        raise DeskError({"resolution": "say how it was resolved"})
    escalation.resolved_at = now
    escalation.resolved_by_id = actor.id
    escalation.resolution = resolution.strip()
    audit.record(
        session,
        at=now,
        actor=_staff_actor(actor),
        action="escalation.resolve",
        subject_type="ticket",
        subject_id=escalation.ticket_id,
        after={"escalation": escalation.id},
        reason=escalation.resolution,
    )


def open_child_ticket(
    session: Session,
    parent: Ticket,
    *,
    child_type: ChildTicketType,
    fields: Mapping[str, str],
    actor: StaffUser,
    now: datetime | None = None,
) -> Ticket:
    """A child ticket with its type's required fields; it blocks its parent until solved.

    Refused, naming every field and what is expected, when a field is missing or wrong
    (playbook 002: "must be the OBO URL, or ticket won't save")."""
    now = now or utcnow()
    account_ids = [
        account_id
        for account_id in (parent.requester_account_id, parent.second_party_account_id)
        if account_id is not None
    ]
    errors = policy.child_field_errors(
        child_type,
        fields,
        base_url=get_settings().base_url,
        parent_ticket_id=parent.id,
        account_ids=account_ids,
    )
    if errors:
        raise DeskError(errors)
    target = EscalationTarget(policy.CHILD_TICKET_ROUTES[child_type])
    label = child_type.value.replace("_", " ")
    child = Ticket(
        subject=f"{label.capitalize()} case from ticket #{parent.id}: {parent.subject}"[
            :SUBJECT_MAX
        ],
        channel=parent.channel,
        priority=Priority.URGENT if child_type == ChildTicketType.SELF_HARM else parent.priority,
        category_id=parent.category_id,
        requester_account_id=parent.requester_account_id,
        requester_email=parent.requester_email,
        requester_name=parent.requester_name,
        parent=parent,
        child_type=child_type,
        child_fields={name: value.strip() for name, value in fields.items()},
        blocks_parent=True,
        status=TicketStatus.OPEN,
        created_at=now,
        updated_at=now,
    )
    session.add(child)
    session.flush()
    session.add(
        Comment(
            ticket=child,
            public=False,
            author_staff_id=actor.id,
            channel=Channel.WEB_FORM,
            created_at=now,
            body="\n".join(f"{name}: {value}" for name, value in child.child_fields.items()),
        )
    )
    start_clock(session, child, kind=ClockKind.RESOLUTION, party=Party.AGENT, now=now)
    audit.record(
        session,
        at=now,
        actor=_staff_actor(actor),
        action="ticket.child_open",
        subject_type="ticket",
        subject_id=parent.id,
        after={"child": child.id, "type": child_type.value},
    )
    notify.notify(
        session,
        key=f"child-{child.id}",
        audience=target.role,
        urgent=child_type == ChildTicketType.SELF_HARM,
        text=f"New {label} child ticket #{child.id} (from #{parent.id}) needs {target.label}",
        ticket_id=child.id,
    )
    _touch(parent, now)
    return child


def macro_placeholders(ticket: Ticket, agent: StaffUser) -> dict[str, str]:
    settings = get_settings()
    return policy.placeholder_values(
        ticket_id=ticket.id,
        subject=ticket.subject,
        requester_name=ticket.requester_name,
        agent_full_name=agent.full_name,
        marketplace_name=settings.marketplace_name,
        marketplace_office_address=settings.marketplace_office_address,
    )


def preview_macro(
    ticket: Ticket, macro: Macro, *, agent: StaffUser, slots: Mapping[str, str]
) -> policy.MacroPreview:
    """What the reply would say, with every placeholder and slot still missing listed."""
    return policy.preview_macro(macro.body, macro_placeholders(ticket, agent), slots)


def apply_macro(
    session: Session,
    ticket: Ticket,
    macro: Macro,
    *,
    author: StaffUser,
    slots: Mapping[str, str],
    body: str | None = None,
    status: TicketStatus | None = None,
    lint_acknowledged: bool = False,
    now: datetime | None = None,
) -> Comment:
    """Send a macro as a reply (or note, per the macro). ``body`` is the agent's edited
    preview; either way nothing is sent while a placeholder or slot has no value."""
    if not macro.active:
        raise DeskError({"macro": f"{macro.title!r} is retired"})
    if body is None:
        try:
            body = policy.render_macro(macro.body, macro_placeholders(ticket, author), slots)
        except policy.MacroError as error:
            raise DeskError({"macro": str(error)}) from error
    else:
        leftovers = [*policy.PLACEHOLDER.findall(body), *policy.SLOT.findall(body)]
        if leftovers:
            raise DeskError({"body": f"still has no value for: {', '.join(leftovers)}"})
    return add_reply(
        session,
        ticket,
        author=author,
        body=body,
        public=macro.public,
        macro=macro,
        status=status,
        lint_acknowledged=lint_acknowledged,
        now=now,
    )


def mark_notification_read(
    session: Session, notification: Notification, *, actor: str, now: datetime | None = None
) -> None:
    """Mark a team notification read (once; a second read changes nothing)."""
    if notification.read_at is not None:
        return
    notification.read_at = now or utcnow()
    audit.record(
        session,
        at=now,
        actor=actor,
        action="notification.read",
        subject_type="notification",
        subject_id=notification.id,
    )


def add_system_note(
    session: Session, ticket: Ticket, *, body: str, actor: str, now: datetime | None = None
) -> Comment:
    """An internal note written by trustdesk itself (a policy's evidence): no author,
    never sent, shown as "trustdesk (system)"."""
    now = now or utcnow()
    comment = Comment(
        ticket=ticket, public=False, body=body.strip(), channel=Channel.API, created_at=now
    )
    session.add(comment)
    session.flush()
    audit.record(
        session,
        at=now,
        actor=actor,
        action="ticket.system_note",
        subject_type="ticket",
        subject_id=ticket.id,
        after={"comment": comment.id},
    )
    _touch(ticket, now)
    return comment
