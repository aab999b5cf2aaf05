"""Build a freelancer's contracts from a row of facts, as the documented examples write them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from tests import factories
from trustdesk.marketplace.models import Account, Agency, Contract, Dispute, Feedback


@dataclass(frozen=True)
class ContractSpec:
    client: str
    ended_days_ago: int | None  # None: still open
    earned_dollars: float
    refunded_dollars: float = 0
    paid_days: int = 30
    rating: float | None = 5.0
    private: int | None = 10
    dispute: str | None = None
    note: str = ""


def build(
    session: Session,
    freelancer: Account,
    specs: list[ContractSpec],
    now: datetime,
    clients: dict[str, Account] | None = None,
    agency: Agency | None = None,
) -> list[tuple[Contract, Feedback | None]]:
    """One contract per spec: payments over its paid length, feedback, dispute, flags."""
    clients = clients if clients is not None else {}
    made = []
    for spec in specs:
        client = clients.get(spec.client)
        if client is None:
            client = clients[spec.client] = factories.client_account(
                session, first_name=f"Client {spec.client}"
            )
        if "client flagged" in spec.note:
            client.flagged_at = now - timedelta(days=5)
        if spec.ended_days_ago is None:
            started = now - timedelta(days=spec.paid_days + 5)
            contract = factories.contract(
                session,
                client,
                freelancer,
                status="open",
                started_at=started,
                agency_id=agency.id if agency else None,
            )
            moments = [started + timedelta(days=day) for day in range(30, spec.paid_days, 30)]
            moments.append(started + timedelta(days=spec.paid_days))
        else:
            ended = now - timedelta(days=spec.ended_days_ago)
            started = ended - timedelta(days=spec.paid_days + 1)
            contract = factories.contract(
                session,
                client,
                freelancer,
                started_at=started,
                ended_at=ended,
                agency_id=agency.id if agency else None,
            )
            moments = [started + timedelta(days=spec.paid_days)]
        if "contract excluded" in spec.note:
            contract.excluded_from_jss = True
        earned = round(spec.earned_dollars * 100)
        refunded = round(spec.refunded_dollars * 100)
        if earned + refunded > 0:
            share, rest = divmod(earned, len(moments))
            for index, moment in enumerate(moments):
                amount = share + (rest if index == len(moments) - 1 else 0)
                factories.payment(
                    session,
                    contract,
                    amount + (refunded if index == 0 else 0),
                    refunded_cents=refunded if index == 0 else 0,
                    paid_at=moment,
                )
        if spec.dispute:
            session.add(
                Dispute(
                    external_id=f"dp-{contract.external_id}",
                    contract_id=contract.id,
                    opened_by_id=client.id,
                    reason="Quality",
                    outcome=spec.dispute,
                    opened_at=started + timedelta(days=1),
                )
            )
        given = None
        if spec.rating is not None:
            given = factories.feedback(
                session,
                contract,
                public_rating=spec.rating,
                private_score=spec.private,
                left_at=contract.ended_at or now - timedelta(days=1),
                excluded_from_jss="feedback excluded" in spec.note,
            )
        made.append((contract, given))
    session.flush()
    return made
