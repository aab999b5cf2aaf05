"""Seeding the playbook macros into the desk: idempotent, and never over an admin's edit."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trustdesk.audit import AuditEvent
from trustdesk.desk.macro_library import PLAYBOOK_MACROS, seed_macros
from trustdesk.desk.models import Category, Macro

TITLES = [seed.title for seed in PLAYBOOK_MACROS]
SELF_HARM = "CS > Self-harm/Suicide Threat > General Response"
WARNING = "Conduct > Abusive user > Warning 1"


def add_categories(session: Session) -> dict[str, Category]:
    """The categories the library files its macros under (the desk seeds them elsewhere)."""
    slugs = sorted({seed.category_slug for seed in PLAYBOOK_MACROS if seed.category_slug})
    categories = {slug: Category(slug=slug, name=slug.replace("_", " ")) for slug in slugs}
    session.add_all(categories.values())
    session.flush()
    return categories


def library_macros(session: Session) -> dict[str, Macro]:
    return {
        macro.title: macro
        for macro in session.scalars(select(Macro).where(Macro.title.in_(TITLES)))
    }


def test_seeding_adds_every_playbook_macro_once(session: Session) -> None:
    add_categories(session)

    assert seed_macros(session) == len(PLAYBOOK_MACROS)

    macros = library_macros(session)
    assert sorted(macros) == sorted(TITLES)
    for seed in PLAYBOOK_MACROS:
        macro = macros[seed.title]
        assert (macro.body, macro.public, macro.source, macro.active) == (
            seed.body,
            seed.public,
            seed.source,
            True,
        )


def test_seeding_twice_adds_nothing_the_second_time(session: Session) -> None:
    add_categories(session)
    seed_macros(session)

    assert seed_macros(session) == 0
    count = session.scalar(select(func.count()).select_from(Macro).where(Macro.title.in_(TITLES)))
    assert count == len(PLAYBOOK_MACROS)


def test_seeded_macros_are_filed_under_their_category(session: Session) -> None:
    categories = add_categories(session)
    seed_macros(session)

    macros = library_macros(session)
    assert macros[SELF_HARM].category_id == categories["conduct.self_harm"].id
    assert macros[WARNING].category_id == categories["conduct.abusive_user"].id
    for seed in PLAYBOOK_MACROS:
        assert seed.category_slug is not None
        assert macros[seed.title].category_id == categories[seed.category_slug].id


def test_a_macro_whose_category_is_not_in_the_desk_yet_has_none(session: Session) -> None:
    session.add(Category(slug="conduct.self_harm", name="Self-harm"))
    session.flush()

    seed_macros(session)

    macros = library_macros(session)
    assert macros[SELF_HARM].category_id is not None
    assert macros[WARNING].category_id is None


def test_an_edited_macro_is_not_overwritten(session: Session) -> None:
    add_categories(session)
    seed_macros(session)
    edited = library_macros(session)[WARNING]
    edited.body = "I understand you’re frustrated. Let us keep this respectful, please."
    edited.active = False
    edited.category_id = None
    session.flush()

    assert seed_macros(session) == 0

    session.expire_all()
    again = library_macros(session)[WARNING]
    assert again.id == edited.id
    assert again.body == "I understand you’re frustrated. Let us keep this respectful, please."
    assert again.active is False
    assert again.category_id is None


def test_only_the_missing_macros_are_added(session: Session) -> None:
    add_categories(session)
    session.add(Macro(title=WARNING, body="An admin's own warning.", source="admin"))
    session.flush()

    assert seed_macros(session) == len(PLAYBOOK_MACROS) - 1

    assert library_macros(session)[WARNING].body == "An admin's own warning."


def test_every_seeded_macro_has_an_audit_row(session: Session) -> None:
    add_categories(session)
    seed_macros(session)
    seed_macros(session)

    macros = library_macros(session)
    events = session.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "macro.create",
            AuditEvent.subject_type == "macro",
            AuditEvent.subject_id.in_([str(macro.id) for macro in macros.values()]),
        )
    ).all()
    assert sorted(event.after["title"] for event in events if event.after) == sorted(TITLES)
    assert {event.actor for event in events} == {"system:seed"}
