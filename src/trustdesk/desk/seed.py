"""The desk's starting configuration: the category tree, groups, SLA policies and the
playbook macros. Seeding is idempotent and never overwrites what staff have changed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.desk.models import Category, ClockKind, Group, Priority, SlaPolicy

#: (slug, name, parent slug). "Natural Disasters & Social Unrest Updates" is the
#: playbook's own category name (seeds/000).
CATEGORY_TREE: tuple[tuple[str, str, str | None], ...] = (
    ("crisis", "Natural Disasters & Social Unrest Updates", None),
    ("crisis.feedback_removal", "Crisis feedback removal", "crisis"),
    ("crisis.check_in", "Check-In", "crisis"),
    ("crisis.client_impacted", "Client impacted", "crisis"),
    ("unresponsive_freelancer", "Unresponsive freelancer or agency", None),
    ("refund_request", "Refund request", None),
    ("conduct", "Conduct", None),
    ("conduct.abusive_user", "Abusive user", "conduct"),
    ("conduct.self_harm", "Self-harm", "conduct"),
    ("conduct.scripted_situations", "Scripted situations", "conduct"),
    ("contact_information_request", "Contact information request", None),
    ("account_quality_review", "Account quality review", None),
    ("message_policy", "Message policy", None),
    ("general", "General questions", None),
)

GROUPS = ("Support", "Team leads", "Executive escalations", "Trust & safety")


@dataclass(frozen=True)
class SlaSeed:
    kind: ClockKind
    hours: int
    category_slug: str | None = None
    priority: Priority | None = None
    warn_before_minutes: int = 120


SLA_POLICIES: tuple[SlaSeed, ...] = (
    SlaSeed(ClockKind.FIRST_RESPONSE, 24),
    SlaSeed(ClockKind.FIRST_RESPONSE, 4, priority=Priority.HIGH, warn_before_minutes=60),
    SlaSeed(ClockKind.FIRST_RESPONSE, 1, priority=Priority.URGENT, warn_before_minutes=15),
    SlaSeed(ClockKind.RESOLUTION, 72),
    SlaSeed(ClockKind.RESOLUTION, 8, priority=Priority.URGENT, warn_before_minutes=60),
    # seeds/000: "CS will review the request and handle within 48 hours".
    SlaSeed(ClockKind.RESOLUTION, 48, category_slug="crisis.feedback_removal"),
    # seeds/001: "We will attempt to reach the Fl several times over 48 hours."
    SlaSeed(ClockKind.PARTY_RESPONSE, 48),
)


def seed_desk(session: Session) -> None:
    """Create whatever part of the starting configuration is missing."""
    from trustdesk.desk.macro_library import seed_macros

    by_slug = {category.slug: category for category in session.scalars(select(Category))}
    for position, (slug, name, parent_slug) in enumerate(CATEGORY_TREE):
        if slug not in by_slug:
            parent = by_slug[parent_slug] if parent_slug else None
            by_slug[slug] = Category(slug=slug, name=name, parent=parent, position=position)
            session.add(by_slug[slug])
    existing_groups = set(session.scalars(select(Group.name)))
    session.add_all(Group(name=name) for name in GROUPS if name not in existing_groups)
    session.flush()
    existing_policies = {
        (sla.kind, sla.category_id, sla.priority) for sla in session.scalars(select(SlaPolicy))
    }
    for seed in SLA_POLICIES:
        category_id = by_slug[seed.category_slug].id if seed.category_slug else None
        if (seed.kind, category_id, seed.priority) not in existing_policies:
            session.add(
                SlaPolicy(
                    kind=seed.kind,
                    category_id=category_id,
                    priority=seed.priority,
                    hours=seed.hours,
                    warn_before_minutes=seed.warn_before_minutes,
                )
            )
    session.flush()
    seed_macros(session)
