"""Test data for the crisis programme: an event over Cebu and Bohol, freelancers in and
out of it, and the check-in link read back from the outbox."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tests import factories
from trustdesk.crisis import actions
from trustdesk.crisis.models import CrisisEvent, CrisisKind
from trustdesk.desk.models import OutboundEmail
from trustdesk.marketplace.models import Account

CHECK_IN_LINK = re.compile(r"https?://\S+/check-in/(\S+)")


def event(session: Session, regions: str = "PH-CEB, PH-BOH", **fields: object) -> CrisisEvent:
    values: dict[str, object] = {
        "name": "Typhoon Mayumi",
        "kind": CrisisKind.NATURAL_DISASTER,
        "regions": regions,
        "starts_on": date(2026, 10, 4),
        "ends_on": date(2026, 10, 25),
        "actor": "test",
    }
    return actions.create_event(session, **(values | fields))  # type: ignore[arg-type]


def freelancer(session: Session, region: str | None, **fields: object) -> Account:
    country = region.split("-")[0] if region else fields.pop("country", "PH")
    name = fields.pop("first_name", "Maria")
    return factories.account(
        session,
        country=country,
        region=region,
        first_name=name,
        email=f"{name}-{region or country}-{factories._next('m')}@example.test".lower(),
        title="Virtual assistant",
        city="Cebu City",
        hourly_rate_cents=1500,
        **fields,
    )


def client(session: Session, name: str) -> Account:
    return factories.client_account(
        session, first_name=name, email=f"{name.lower()}-{factories._next('c')}@example.test"
    )


def emails_to(session: Session, address: str) -> list[OutboundEmail]:
    return list(
        session.scalars(
            select(OutboundEmail)
            .where(OutboundEmail.to_address == address.lower())
            .order_by(OutboundEmail.id)
        )
    )


def token_in(email: OutboundEmail) -> str:
    match = CHECK_IN_LINK.search(email.body)
    assert match, f"no check-in link in {email.body!r}"
    return match.group(1)
