"""The demo's crisis event: the planted typhoon (the "crisis" scenario of the demo
marketplace) registered as a crisis event, with the demo's crisis tickets filed under it.
The outreach is left for whoever explores the demo to run."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.crisis import actions, queries
from trustdesk.crisis.models import CrisisEvent, CrisisKind
from trustdesk.desk.models import Category, Ticket
from trustdesk.marketplace.demo import DemoSummary

SYSTEM = "system:demo"


def seed_demo_crisis(session: Session, summary: DemoSummary, now: datetime) -> CrisisEvent:
    """Register the planted crisis as an event (once) and file the demo's tickets under
    Natural Disasters & Social Unrest Updates about it; returns the event."""
    facts = summary.scenario("crisis").facts
    event = queries.event_by_name(session, facts["event"])
    if event is None:
        event = actions.create_event(
            session,
            name=facts["event"],
            kind=CrisisKind.NATURAL_DISASTER,
            regions=facts["regions"].split(","),
            starts_on=date.fromisoformat(facts["started_on"]),
            ends_on=date.fromisoformat(facts["ended_on"]),
            actor=SYSTEM,
            now=now,
        )
    crisis_tickets = session.scalars(
        select(Ticket)
        .join(Category, Category.id == Ticket.category_id)
        .where(Category.slug.startswith(f"{actions.CRISIS_CATEGORY_SLUG}."))
    )
    for ticket in crisis_tickets:
        actions.link_ticket(session, event, ticket, actor=SYSTEM, now=now)
    return event
