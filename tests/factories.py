"""Factories for marketplace test data: sensible defaults, override what the test is about."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from trustdesk.marketplace.models import (
    Account,
    AccountKind,
    Agency,
    AgencyMembership,
    AgencyRole,
    Contract,
    ContractKind,
    ContractStatus,
    Feedback,
    FeedbackDirection,
    Payment,
    PaymentKind,
)

_sequence = itertools.count(1)
NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def _next(prefix: str) -> str:
    return f"{prefix}-{next(_sequence)}"


Row = TypeVar("Row")


def _save(session: Session, row: Row) -> Row:
    session.add(row)
    session.flush()
    return row


def account(session: Session, **fields: Any) -> Account:
    kind = fields.pop("kind", AccountKind.FREELANCER)
    defaults: dict[str, Any] = {
        "external_id": _next("fl" if kind == AccountKind.FREELANCER else "cl"),
        "kind": kind,
        "first_name": "Maria",
        "last_name": "Santos",
        "country": "PH",
        "created_at": NOW - timedelta(days=800),
    }
    return _save(session, Account(**(defaults | fields)))


def client_account(session: Session, **fields: Any) -> Account:
    return account(session, **({"kind": AccountKind.CLIENT, "first_name": "Chris"} | fields))


def agency(session: Session, owner: Account | None = None, **fields: Any) -> Agency:
    defaults: dict[str, Any] = {"external_id": _next("ag"), "name": "Northwind Studio"}
    return _save(session, Agency(owner_id=owner.id if owner else None, **(defaults | fields)))


def membership(
    session: Session, agency: Agency, member: Account, **fields: Any
) -> AgencyMembership:
    defaults: dict[str, Any] = {
        "external_id": _next("mb"),
        "role": AgencyRole.MEMBER,
        "joined_at": NOW - timedelta(days=400),
    }
    return _save(
        session,
        AgencyMembership(agency_id=agency.id, account_id=member.id, **(defaults | fields)),
    )


def contract(session: Session, client: Account, freelancer: Account, **fields: Any) -> Contract:
    status = fields.pop("status", ContractStatus.CLOSED)
    started = fields.pop("started_at", NOW - timedelta(days=120))
    ended = fields.pop("ended_at", started + timedelta(days=60) if status == "closed" else None)
    defaults: dict[str, Any] = {
        "external_id": _next("ct"),
        "kind": ContractKind.FIXED,
        "title": "Landing page redesign",
        "category": "Web, Mobile & Software Dev",
        "subcategory": "Web Development",
    }
    return _save(
        session,
        Contract(
            client_id=client.id,
            freelancer_id=freelancer.id,
            status=status,
            started_at=started,
            ended_at=ended,
            **(defaults | fields),
        ),
    )


def payment(session: Session, contract: Contract, amount_cents: int, **fields: Any) -> Payment:
    defaults: dict[str, Any] = {
        "external_id": _next("py"),
        "kind": PaymentKind.FIXED_PRICE,
        "paid_at": contract.started_at + timedelta(days=30),
    }
    return _save(
        session, Payment(contract_id=contract.id, amount_cents=amount_cents, **(defaults | fields))
    )


def feedback(session: Session, contract: Contract, **fields: Any) -> Feedback:
    direction = fields.pop("direction", FeedbackDirection.CLIENT_TO_FREELANCER)
    to_client = direction == FeedbackDirection.FREELANCER_TO_CLIENT
    defaults: dict[str, Any] = {
        "external_id": _next("fb"),
        "public_rating": 5.0,
        "private_score": 10,
        "public_comment": "Great work.",
        "left_at": contract.ended_at or NOW,
    }
    return _save(
        session,
        Feedback(
            contract_id=contract.id,
            direction=direction,
            from_account_id=contract.freelancer_id if to_client else contract.client_id,
            to_account_id=contract.client_id if to_client else contract.freelancer_id,
            **(defaults | fields),
        ),
    )
