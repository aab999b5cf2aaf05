"""Live handling: every incoming user message in a chat or ticket is scanned as part of the
desk action that records it (same transaction, same audit trail).

This module reads and writes only desk and conduct tables, so the desk's actions can call it
without importing the conduct actions (which build on the desk's).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trustdesk import audit, notify
from trustdesk.conduct import policy
from trustdesk.conduct.models import MessageScan
from trustdesk.conduct.policy import Guidance
from trustdesk.config import get_settings
from trustdesk.decisions import store_decision
from trustdesk.desk.models import Comment, Macro, Priority, Ticket
from trustdesk.staff.models import Role
from trustdesk.textsafety.chat import assess_chat

THREAT_TO_LIFE_TAG = "possible_threat_to_life"
SELF_HARM_TAG = "self_harm"


def _user_messages(session: Session, ticket: Ticket) -> int:
    return (
        session.scalar(
            select(func.count(Comment.id)).where(
                Comment.ticket_id == ticket.id,
                Comment.public.is_(True),
                Comment.author_staff_id.is_(None),
            )
        )
        or 0
    )


def _tag(ticket: Ticket, tag: str) -> None:
    if tag not in ticket.tags:
        ticket.tags = sorted({*ticket.tags, tag})


def scan_user_message(
    session: Session, ticket: Ticket, comment: Comment, *, now: datetime
) -> MessageScan:
    """Scan one user message and act on it: a possible threat to life makes the ticket
    urgent, flags it and alerts a team lead at once; a self-harm threat flags the ticket.
    Returns the scan, whose guidance the ticket page shows the agent."""
    session.flush()
    assessment = assess_chat(comment.body)
    marketplace = get_settings().marketplace_name
    situations = policy.detect_situations(
        comment.body, user_messages=_user_messages(session, ticket), marketplace=marketplace
    )
    decision = policy.guide_message(
        assessment, comment.body, situations=situations, marketplace=marketplace
    )
    record = None
    if decision.outcome != Guidance.NONE or situations:
        record = store_decision(
            session,
            decision,
            subject_type="ticket",
            subject_id=ticket.id,
            decided_by="conversation_safety",
            facts={"comment": comment.id},
            account_id=comment.author_account_id,
        )
    scan = MessageScan(
        ticket_id=ticket.id,
        comment_id=comment.id,
        abuse=assessment.abuse,
        abuse_types=list(assessment.abuse_types),
        self_harm=assessment.self_harm,
        linked_to_account=any(
            criterion.name == policy.LINKED_TO_ACCOUNT and criterion.met
            for criterion in decision.criteria
        ),
        guidance=decision.outcome,
        situations=[{"situation": cue.situation.value, "text": cue.text} for cue in situations],
        cues=[asdict(cue) for cue in assessment.cues],
        decision_id=record.id if record else None,
        created_at=now,
    )
    session.add(scan)
    if assessment.self_harm != "none":
        _tag(ticket, SELF_HARM_TAG)
    if decision.outcome == Guidance.SELF_HARM_IMMEDIATE:
        before = ticket.priority
        ticket.priority = Priority.URGENT
        _tag(ticket, THREAT_TO_LIFE_TAG)
        audit.record(
            session,
            at=now,
            actor="policy:conversation_safety",
            action="ticket.threat_to_life",
            subject_type="ticket",
            subject_id=ticket.id,
            before={"priority": before.value},
            after={"priority": ticket.priority.value, "tags": ticket.tags},
            reason=policy.IMMEDIATE,
            decision_id=record.id if record else None,
        )
        notify.notify(
            session,
            key=f"threat-to-life-{comment.id}",
            audience=Role.TEAM_LEAD,
            urgent=True,
            text=(
                f"Possible threat to life on ticket #{ticket.id}: the user may be acting now. "
                "See the agent immediately (possible TSI case)."
            ),
            ticket_id=ticket.id,
        )
    session.flush()
    return scan


def scan_of(session: Session, comment_id: int) -> MessageScan:
    return session.scalars(select(MessageScan).where(MessageScan.comment_id == comment_id)).one()


def self_harm_conversation(session: Session, ticket_id: int) -> MessageScan | None:
    """The latest scan of this ticket that found a self-harm threat, if any: the agent's
    replies are then linted before they are sent."""
    return session.scalars(
        select(MessageScan)
        .where(MessageScan.ticket_id == ticket_id, MessageScan.self_harm != "none")
        .order_by(MessageScan.id.desc())
        .limit(1)
    ).first()


def reply_flags(session: Session, ticket: Ticket, body: str) -> list[policy.ReplyFlag]:
    """What the playbook says to avoid in ``body``, when this ticket is a self-harm
    conversation (an empty list otherwise)."""
    scan = self_harm_conversation(session, ticket.id)
    if scan is None:
        return []
    linked = session.scalar(
        select(func.count(MessageScan.id)).where(
            MessageScan.ticket_id == ticket.id, MessageScan.linked_to_account.is_(True)
        )
    )
    return policy.lint_reply(
        body, linked_to_account=bool(linked), marketplace=get_settings().marketplace_name
    )


def macro_by_title(session: Session, title: str) -> Macro | None:
    return session.scalar(select(Macro).where(Macro.title == title, Macro.active.is_(True)))
