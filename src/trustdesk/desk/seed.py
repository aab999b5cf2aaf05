"""The desk's starting configuration: the category tree, groups, SLA policies and the
playbook macros. Seeding is idempotent and never overwrites what staff have changed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.conduct.live import THREAT_TO_LIFE_TAG
from trustdesk.desk.models import Category, ClockKind, Group, Priority, SlaPolicy

#: (slug, name, parent slug). "Natural Disasters & Social Unrest Updates" is the
#: crisis playbook's own category name.
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
    minutes: int
    category_slug: str | None = None
    priority: Priority | None = None
    tag: str | None = None
    warn_before_minutes: int = 120


HOUR = 60

SLA_POLICIES: tuple[SlaSeed, ...] = (
    SlaSeed(ClockKind.FIRST_RESPONSE, 24 * HOUR),
    SlaSeed(ClockKind.FIRST_RESPONSE, 4 * HOUR, priority=Priority.HIGH, warn_before_minutes=60),
    SlaSeed(ClockKind.FIRST_RESPONSE, 1 * HOUR, priority=Priority.URGENT, warn_before_minutes=15),
    # Difficult conversations playbook: "If this is a situation where there is an immediate
    # threat of danger ... please see a Lead immediately." The user's next answer is owed
    # within minutes.
    SlaSeed(ClockKind.FIRST_RESPONSE, 5, tag=THREAT_TO_LIFE_TAG, warn_before_minutes=2),
    SlaSeed(ClockKind.RESOLUTION, 72 * HOUR),
    SlaSeed(ClockKind.RESOLUTION, 8 * HOUR, priority=Priority.URGENT, warn_before_minutes=60),
    # Crisis playbook: "CS will review the request and handle within 48 hours".
    SlaSeed(ClockKind.RESOLUTION, 48 * HOUR, category_slug="crisis.feedback_removal"),
    # Unresponsive freelancer playbook: "We will attempt to reach the Fl several times over 48
    # hours."
    SlaSeed(ClockKind.PARTY_RESPONSE, 48 * HOUR),
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
        (sla.kind, sla.category_id, sla.priority, sla.tag)
        for sla in session.scalars(select(SlaPolicy))
    }
    for seed in SLA_POLICIES:
        category_id = by_slug[seed.category_slug].id if seed.category_slug else None
        if (seed.kind, category_id, seed.priority, seed.tag) not in existing_policies:
            session.add(
                SlaPolicy(
                    kind=seed.kind,
                    category_id=category_id,
                    priority=seed.priority,
                    tag=seed.tag,
                    minutes=seed.minutes,
                    warn_before_minutes=seed.warn_before_minutes,
                )
            )
    session.flush()
    seed_macros(session)
