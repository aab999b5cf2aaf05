"""Reads for the message policy: a sender's strikes in the window, a message for moderation,
the restriction-review ticket a sender already has open."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from trustdesk.decisions import DecisionRecord
from trustdesk.desk.models import OPEN_STATUSES, Category, Ticket
from trustdesk.marketplace.models import Account, Contract, Message
from trustdesk.messaging.models import MessagePolicyStrike

#: The category and tag of the ticket trust & safety reviews a repeat offender on.
REVIEW_CATEGORY = "message_policy"
REVIEW_TAG = "restriction-review"


def window_start(now: datetime, days: int) -> datetime:
    return now - timedelta(days=days)


def count_strikes(session: Session, account_id: int, *, now: datetime, days: int) -> int:
    """How many strikes the account collected in the ``days`` before ``now``."""
    return (
        session.scalar(
            select(func.count())
            .select_from(MessagePolicyStrike)
            .where(
                MessagePolicyStrike.account_id == account_id,
                MessagePolicyStrike.created_at > window_start(now, days),
                MessagePolicyStrike.created_at <= now,
            )
        )
        or 0
    )


def strikes_in_window(
    session: Session, account_id: int, *, now: datetime, days: int
) -> list[MessagePolicyStrike]:
    """The account's strikes in the window, oldest first, with their messages and decisions."""
    return list(
        session.scalars(
            select(MessagePolicyStrike)
            .where(
                MessagePolicyStrike.account_id == account_id,
                MessagePolicyStrike.created_at > window_start(now, days),
                MessagePolicyStrike.created_at <= now,
            )
            .options(
                selectinload(MessagePolicyStrike.message),
                selectinload(MessagePolicyStrike.decision),
            )
            .order_by(MessagePolicyStrike.created_at, MessagePolicyStrike.id)
        )
    )


def strikes_for_message(session: Session, message_id: int) -> list[MessagePolicyStrike]:
    return list(
        session.scalars(
            select(MessagePolicyStrike)
            .where(MessagePolicyStrike.message_id == message_id)
            .order_by(MessagePolicyStrike.id)
        )
    )


def latest_decision_about(session: Session, message_id: int) -> DecisionRecord | None:
    """The newest message-policy decision stored about this message, if any."""
    return session.scalar(
        select(DecisionRecord)
        .where(
            DecisionRecord.policy == "message_policy",
            DecisionRecord.subject_type == "message",
            DecisionRecord.subject_id == message_id,
        )
        .order_by(DecisionRecord.id.desc())
        .limit(1)
    )


def get_message(session: Session, message_id: int) -> Message | None:
    return session.scalar(
        select(Message).where(Message.id == message_id).options(selectinload(Message.sender))
    )


def account_by_external_id(session: Session, external_id: str) -> Account | None:
    return session.scalar(select(Account).where(Account.external_id == external_id))


def message_by_external_id(session: Session, external_id: str) -> Message | None:
    return session.scalar(select(Message).where(Message.external_id == external_id))


def job_category_of(session: Session, message: Message) -> str | None:
    """The category of the job behind the message's contract, when there is one."""
    if message.contract_id is None:
        return None
    contract = session.get(Contract, message.contract_id)
    if contract is None:
        return None
    if contract.category:
        return contract.category
    return contract.job.category if contract.job is not None else None


def open_review_ticket(session: Session, account_id: int) -> Ticket | None:
    """The account's open restriction-review ticket, if trust & safety has one already."""
    candidates = session.scalars(
        select(Ticket)
        .join(Category, Ticket.category_id == Category.id)
        .where(
            Ticket.requester_account_id == account_id,
            Category.slug == REVIEW_CATEGORY,
            Ticket.status.in_(OPEN_STATUSES),
        )
        .order_by(Ticket.id)
    )
    # Tags are a JSON list: matched here rather than with database-specific JSON operators.
    return next((ticket for ticket in candidates if REVIEW_TAG in ticket.tags), None)
