"""Reads for the desk: queues, a ticket with everything on it, the team lead's pending
work, the outbox, notifications and the audit trail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, ScalarSelect, case, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from trustdesk.audit import AuditEvent
from trustdesk.decisions import DecisionRecord
from trustdesk.desk.models import (
    OPEN_STATUSES,
    Category,
    Comment,
    EmailStatus,
    Escalation,
    EscalationTarget,
    Group,
    Macro,
    Notification,
    OutboundEmail,
    Priority,
    SlaClock,
    Ticket,
    TicketStatus,
)
from trustdesk.marketplace.models import Account
from trustdesk.pagination import PageRequest, scalars_page
from trustdesk.staff.models import Role, StaffUser


@dataclass(frozen=True)
class TicketFilters:
    """A queue: which tickets, by status, assignment, group, category, priority or text."""

    statuses: tuple[TicketStatus, ...] = tuple(OPEN_STATUSES)
    assignee_id: int | None = None
    unassigned: bool = False
    group_id: int | None = None
    category_slug: str | None = None
    priority: Priority | None = None
    requester_account_id: int | None = None
    q: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.statuses:
            conditions.append(Ticket.status.in_(self.statuses))
        if self.assignee_id is not None:
            conditions.append(Ticket.assignee_id == self.assignee_id)
        if self.unassigned:
            conditions.append(Ticket.assignee_id.is_(None))
        if self.group_id is not None:
            conditions.append(Ticket.group_id == self.group_id)
        if self.category_slug:
            # The category and everything below it ("crisis" includes "crisis.check_in").
            subtree = select(Category.id).where(
                or_(
                    Category.slug == self.category_slug,
                    Category.slug.startswith(f"{self.category_slug}.", autoescape=True),
                )
            )
            conditions.append(Ticket.category_id.in_(subtree))
        if self.priority is not None:
            conditions.append(Ticket.priority == self.priority)
        if self.requester_account_id is not None:
            conditions.append(Ticket.requester_account_id == self.requester_account_id)
        if self.q and self.q.strip():
            text = self.q.strip()
            if text.lstrip("#").isdigit():
                conditions.append(Ticket.id == int(text.lstrip("#")))
            else:
                conditions.append(
                    or_(
                        func.lower(Ticket.subject).contains(text.lower(), autoescape=True),
                        func.lower(Ticket.requester_email).contains(text.lower(), autoescape=True),
                        func.lower(Ticket.requester_name).contains(text.lower(), autoescape=True),
                    )
                )
        return conditions


def _next_deadline() -> ScalarSelect[datetime]:
    """The earliest running deadline on each ticket (correlated), for sorting queues."""
    return (
        select(func.min(SlaClock.due_at))
        .where(
            SlaClock.ticket_id == Ticket.id,
            SlaClock.stopped_at.is_(None),
            SlaClock.paused_at.is_(None),
        )
        .correlate(Ticket)
        .scalar_subquery()
    )


PRIORITY_ORDER = {Priority.URGENT: 0, Priority.HIGH: 1, Priority.NORMAL: 2, Priority.LOW: 3}


def list_tickets(
    session: Session, filters: TicketFilters, request: PageRequest, *, newest_first: bool = False
) -> tuple[list[Ticket], int]:
    """A queue page: most urgent first, then the nearest deadline, then the oldest
    (``newest_first`` for a history, such as the account view's)."""
    deadline = _next_deadline()
    order = (
        (Ticket.created_at.desc(), Ticket.id.desc())
        if newest_first
        else (
            case(PRIORITY_ORDER, value=Ticket.priority),
            deadline.is_(None),
            deadline,
            Ticket.created_at,
            Ticket.id,
        )
    )
    statement = (
        select(Ticket)
        .options(
            joinedload(Ticket.category).joinedload(Category.parent),
            joinedload(Ticket.assignee),
            selectinload(Ticket.clocks),
        )
        .order_by(*order)
    )
    return scalars_page(session, Ticket, statement, filters.conditions(), request)


def comments_after(
    session: Session, ticket_id: int, after: int, *, public_only: bool
) -> list[Comment]:
    """The ticket's messages newer than comment ``after``, oldest first (what a page that
    already shows the conversation up to ``after`` still lacks)."""
    query = (
        select(Comment)
        .where(Comment.ticket_id == ticket_id, Comment.id > after)
        .options(joinedload(Comment.author_staff))
        .order_by(Comment.id)
    )
    if public_only:
        query = query.where(Comment.public.is_(True))
    return list(session.scalars(query))


def get_ticket(session: Session, ticket_id: int) -> Ticket | None:
    """A ticket with its conversation, clocks, escalations, children and parent loaded."""
    return session.scalar(
        select(Ticket)
        .where(Ticket.id == ticket_id)
        .options(
            joinedload(Ticket.category).joinedload(Category.parent),
            joinedload(Ticket.assignee),
            joinedload(Ticket.group),
            joinedload(Ticket.requester_account),
            joinedload(Ticket.second_party),
            joinedload(Ticket.parent),
            selectinload(Ticket.comments),
            selectinload(Ticket.clocks),
            selectinload(Ticket.escalations).joinedload(Escalation.escalated_by),
            selectinload(Ticket.children),
        )
    )


def audit_trail(session: Session, subject_type: str, subject_id: int | str) -> list[AuditEvent]:
    return list(
        session.scalars(
            select(AuditEvent)
            .where(
                AuditEvent.subject_type == subject_type,
                AuditEvent.subject_id == str(subject_id),
            )
            .order_by(AuditEvent.at, AuditEvent.id)
        )
    )


def decisions_about(session: Session, subject_type: str, subject_id: int) -> list[DecisionRecord]:
    return list(
        session.scalars(
            select(DecisionRecord)
            .where(
                DecisionRecord.subject_type == subject_type,
                DecisionRecord.subject_id == subject_id,
            )
            .order_by(DecisionRecord.decided_at.desc(), DecisionRecord.id.desc())
        )
    )


def pending_escalations(
    session: Session, target: EscalationTarget | None = None
) -> list[Escalation]:
    """Unresolved escalations, oldest first (for the team lead's page)."""
    statement = (
        select(Escalation)
        .where(Escalation.resolved_at.is_(None))
        .options(joinedload(Escalation.ticket), joinedload(Escalation.escalated_by))
        .order_by(Escalation.created_at, Escalation.id)
    )
    if target is not None:
        statement = statement.where(Escalation.target == target)
    return list(session.scalars(statement))


def open_child_tickets(session: Session) -> list[Ticket]:
    statement = (
        select(Ticket)
        .where(Ticket.parent_id.is_not(None), Ticket.status.in_(OPEN_STATUSES))
        .options(joinedload(Ticket.parent))
        .order_by(Ticket.created_at, Ticket.id)
    )
    return list(session.scalars(statement))


def outbox(
    session: Session,
    request: PageRequest,
    *,
    ticket_id: int | None = None,
    status: EmailStatus | None = None,
) -> tuple[list[OutboundEmail], int]:
    conditions: list[ColumnElement[bool]] = []
    if ticket_id is not None:
        conditions.append(OutboundEmail.ticket_id == ticket_id)
    if status is not None:
        conditions.append(OutboundEmail.status == status)
    statement = select(OutboundEmail).order_by(
        OutboundEmail.created_at.desc(), OutboundEmail.id.desc()
    )
    return scalars_page(session, OutboundEmail, statement, conditions, request)


def notifications_for(
    session: Session, role: Role, *, unread_only: bool = False, limit: int = 50
) -> list[Notification]:
    """Notifications addressed to ``role`` (admins see every team's), newest first."""
    statement = select(Notification).order_by(
        Notification.urgent.desc(), Notification.created_at.desc(), Notification.id.desc()
    )
    if role != Role.ADMIN:
        statement = statement.where(Notification.audience == role)
    if unread_only:
        statement = statement.where(Notification.read_at.is_(None))
    return list(session.scalars(statement.limit(limit)))


def unread_notification_count(session: Session, role: Role) -> int:
    statement = select(func.count()).select_from(Notification).where(Notification.read_at.is_(None))
    if role != Role.ADMIN:
        statement = statement.where(Notification.audience == role)
    return session.scalar(statement) or 0


def count_tickets(session: Session, filters: TicketFilters) -> int:
    return session.scalar(select(func.count(Ticket.id)).where(*filters.conditions())) or 0


def account_by_email_or_external_id(session: Session, requester: str) -> Account | None:
    """The account an email address or a marketplace external id names, if any."""
    return session.scalar(
        select(Account).where(
            or_(func.lower(Account.email) == requester.lower(), Account.external_id == requester)
        )
    )


def active_macros(session: Session) -> list[Macro]:
    return list(session.scalars(select(Macro).where(Macro.active).order_by(Macro.title)))


def categories(session: Session) -> list[Category]:
    return list(
        session.scalars(
            select(Category).options(joinedload(Category.parent)).order_by(Category.position)
        )
    )


def groups(session: Session) -> list[Group]:
    return list(session.scalars(select(Group).order_by(Group.name)))


def active_staff(session: Session) -> list[StaffUser]:
    return list(
        session.scalars(select(StaffUser).where(StaffUser.active).order_by(StaffUser.full_name))
    )
