"""What an agent does about a conversation's safety: disconnect an abusive user after a
warning, hand a self-harm threat to executive escalations, set up a supervisor follow-up.
Each is one transaction with its audit record; notifications go out after commit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk import audit, notify
from trustdesk.conduct import live, policy
from trustdesk.conduct.models import MessageScan
from trustdesk.db import utcnow
from trustdesk.decisions import Decision, store_decision
from trustdesk.desk import actions as desk
from trustdesk.desk.actions import DeskError
from trustdesk.desk.models import (
    ChildTicketType,
    Comment,
    EscalationTarget,
    Macro,
    Ticket,
    TicketStatus,
)
from trustdesk.staff.models import Role, StaffUser


def _actor(staff: StaffUser) -> str:
    return f"staff:{staff.email}"


def disconnect_decision(session: Session, ticket: Ticket) -> Decision:
    """May this chat be disconnected now? (abusive, warned, abusive again after)."""
    abusive = session.execute(
        select(Comment.created_at, Comment.body)
        .join(MessageScan, MessageScan.comment_id == Comment.id)
        .where(MessageScan.ticket_id == ticket.id, MessageScan.abuse == "abusive")
        .order_by(Comment.created_at, Comment.id)
    ).all()
    warnings = session.execute(
        select(Comment.created_at, Comment.body)
        .join(Macro, Macro.id == Comment.macro_id)
        .where(
            Comment.ticket_id == ticket.id,
            Comment.public.is_(True),
            Macro.title.in_(policy.WARNING_MACROS),
        )
        .order_by(Comment.created_at, Comment.id)
    ).all()
    return policy.decide_disconnect(
        [policy.AbuseEvent(at, body) for at, body in abusive],
        [policy.AbuseEvent(at, body) for at, body in warnings],
    )


def disconnect_chat(
    session: Session, ticket: Ticket, *, agent: StaffUser, now: datetime | None = None
) -> Comment:
    """Send the playbook's disconnect line, close the chat and notify the team lead at once.

    Refused (naming what is missing) unless the user was abusive, was warned, and went on
    being abusive after the warning."""
    now = now or utcnow()
    if not ticket.is_open:
        raise DeskError({"ticket": f"is {ticket.status.value}; there is no chat to disconnect"})
    decision = disconnect_decision(session, ticket)
    if decision.outcome != "may_disconnect":
        raise DeskError({"disconnect": "not yet: " + "; ".join(c.evidence for c in decision.unmet)})
    macro = live.macro_by_title(session, policy.DISCONNECT_MACRO)
    if macro is None:
        raise DeskError({"macro": f"the macro {policy.DISCONNECT_MACRO!r} is missing or retired"})
    record = store_decision(
        session,
        decision,
        subject_type="ticket",
        subject_id=ticket.id,
        decided_by=_actor(agent),
        account_id=ticket.requester_account_id,
    )
    comment = desk.apply_macro(session, ticket, macro, author=agent, slots={}, now=now)
    desk.set_status(session, ticket, TicketStatus.CLOSED, actor=_actor(agent), now=now)
    audit.record(
        session,
        at=now,
        actor=_actor(agent),
        action="conduct.disconnect",
        subject_type="ticket",
        subject_id=ticket.id,
        after={"comment": comment.id, "status": ticket.status.value},
        reason="Disconnected due to continued abusive behaviour after a warning",
        decision_id=record.id,
    )
    notify.notify(
        session,
        key=f"disconnect-{ticket.id}",
        audience=Role.TEAM_LEAD,
        urgent=True,
        text=(
            f"{agent.full_name} disconnected chat #{ticket.id} due to user behaviour/conduct "
            "(abusive after a warning)."
        ),
        ticket_id=ticket.id,
    )
    return comment


# ---------------------------------------------------------------------------------------
# Self-harm: the executive-escalations child ticket, filled from the ticket and account


def self_harm_child_fields(ticket: Ticket, scan: MessageScan) -> dict[str, str]:
    """The child ticket's required fields, filled from the ticket, its account and the
    message that raised the threat."""
    account = ticket.requester_account
    prefill = {
        "main_ticket_url": desk.ticket_url(ticket.id),
        "account_view_url": desk.account_url(account.id) if account else "",
        "user_type": account.kind.value if account else "visitor",
        "account_status": account.status.value if account else "no_account",
    }
    message = scan.comment
    level = "immediate danger (acting now)" if scan.self_harm == "immediate" else "risk"
    linked = (
        " The user connects the threat to an action on their account."
        if (scan.linked_to_account)
        else ""
    )
    words = " ".join(message.body.split())[:500]
    prefill["agent_notes"] = (
        f"Self-harm threat ({level}) in the user's {message.channel.value} message of "
        f"{message.created_at:%Y-%m-%d %H:%M} UTC: “{words}”.{linked}"
    )
    return prefill


def open_self_harm_child(
    session: Session, ticket: Ticket, *, agent: StaffUser, now: datetime | None = None
) -> Ticket:
    """One click: the self-harm child ticket for executive escalations and CS management,
    its fields filled from the ticket, the account and the message (playbook 002, step 2)."""
    scan = live.self_harm_conversation(session, ticket.id)
    if scan is None:
        raise DeskError({"ticket": "no self-harm threat was found in this conversation"})
    existing = [
        child
        for child in ticket.children
        if child.child_type == ChildTicketType.SELF_HARM and child.is_open
    ]
    if existing:
        raise DeskError({"ticket": f"self-harm child ticket #{existing[0].id} is already open"})
    fields = self_harm_child_fields(ticket, scan)
    if not fields["account_view_url"]:
        raise DeskError(
            {
                "account_view_url": (
                    "this ticket has no marketplace account: open the self-harm child ticket "
                    "from the child-ticket form and give the user's account view URL"
                )
            }
        )
    return desk.open_child_ticket(
        session, ticket, child_type=ChildTicketType.SELF_HARM, fields=fields, actor=agent, now=now
    )


# ---------------------------------------------------------------------------------------
# A user who will not end until someone in charge answers

FOLLOW_UP_KINDS = ("call", "email")


def schedule_supervisor_follow_up(
    session: Session,
    ticket: Ticket,
    *,
    agent: StaffUser,
    kind: str,
    when: str,
    now: datetime | None = None,
) -> None:
    """Set up a follow-up call or email between the user and a supervisor and notify a team
    lead immediately (playbook 002, "User Refusal to End Call/Chat")."""
    errors = {}
    if kind not in FOLLOW_UP_KINDS:
        errors["kind"] = f"must be one of: {', '.join(FOLLOW_UP_KINDS)}"
    if not when.strip():
        errors["when"] = "say when the follow-up takes place"
    if errors:
        raise DeskError(errors)
    desk.escalate(
        session,
        ticket,
        target=EscalationTarget.TEAM_LEAD,
        reason=(
            f"The user insists on speaking to someone in charge. Follow-up {kind} with a "
            f"supervisor set up for {when.strip()}."
        ),
        actor=agent,
        now=now,
    )
