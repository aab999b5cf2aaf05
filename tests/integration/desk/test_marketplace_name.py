"""What a marketplace user reads names the marketplace from the configuration
(``TRUSTDESK_MARKETPLACE_NAME``), never the playbooks' "Upwork", and gives its office
address from it too (``TRUSTDESK_MARKETPLACE_OFFICE_ADDRESS``); a desk seeded by an earlier
release gets the new words without losing what staff changed."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.conftest import Configure
from trustdesk.audit import AuditEvent
from trustdesk.config import PLAYBOOKS_OFFICE_ADDRESS, get_settings
from trustdesk.desk import actions
from trustdesk.desk.macro_library import PLAYBOOK_MACROS, earlier_texts, seed_macros
from trustdesk.desk.models import Macro, Ticket
from trustdesk.staff.models import StaffUser

RECORDING = "Calls > Recorded call > Customer indicates they are recording"
#: The macro, word for word, as the first release seeded it.
FIRST_RELEASE_BODY = (
    "Upwork does not consent to your recording of this call. I’d be happy to assist you once "
    "you confirm the call is no longer being recorded."
)
FIRST_RELEASE_SOURCE = "seeds/002 · Recorded Calls"
CLIENT_IMPACTED = "Crisis > Check-In FAQ > My freelancer is impacted (client)"
FIRST_RELEASE_NOTE = (
    "If the client needs a new freelancer, see the Talent Solutions process (seeds/000)."
)
OFFICE_VISIT = "Contact requests > Office address > Insists on visiting the office"
#: The macro's last lines as the second release seeded them: the playbook's address.
SECOND_RELEASE_ADDRESS = (
    "Mailing address:\n{{ marketplace.name }}\n655 Montgomery ST\nSTE 490, DPT 17022\n"
    "San Francisco, CA 94111-2676"
)
BY_TITLE = {seed.title: seed for seed in PLAYBOOK_MACROS}


def macro(session: Session, title: str) -> Macro:
    return session.scalars(select(Macro).where(Macro.title == title)).one()


def test_the_marketplace_is_upwork_unless_configured(configure: Configure) -> None:
    # The playbooks and the generated demo marketplace are Upwork's.
    assert get_settings().marketplace_name == "Upwork"
    configure(marketplace_name="Gigly")
    assert get_settings().marketplace_name == "Gigly"


def test_a_macro_is_sent_with_the_configured_marketplace_name(
    seeded: Session,
    make_ticket: Callable[..., Ticket],
    agent: StaffUser,
    configure: Configure,
) -> None:
    configure(marketplace_name="Gigly")
    ticket = make_ticket()
    recording = macro(seeded, RECORDING)
    assert recording.body.startswith("{{ marketplace.name }} does not consent")

    preview = actions.preview_macro(ticket, recording, agent=agent, slots={})
    comment = actions.apply_macro(seeded, ticket, recording, author=agent, slots={})

    assert preview.text.startswith("Gigly does not consent to your recording of this call.")
    assert comment.body.startswith("Gigly does not consent to your recording of this call.")
    assert "Upwork" not in comment.body


def test_the_office_address_is_the_playbooks_unless_configured(configure: Configure) -> None:
    assert get_settings().marketplace_office_address == PLAYBOOKS_OFFICE_ADDRESS
    # An environment file holds one line per variable: "\n" there breaks the address.
    configure(marketplace_office_address="  1 Market Street\\nSuite 200 \\n\\nSpringfield  ")
    assert get_settings().marketplace_office_address == "1 Market Street\nSuite 200\nSpringfield"


def test_the_office_address_macro_is_sent_with_the_configured_name_and_address(
    seeded: Session,
    make_ticket: Callable[..., Ticket],
    agent: StaffUser,
    configure: Configure,
) -> None:
    configure(marketplace_name="Gigly", marketplace_office_address="1 Market Street\nSpringfield")
    ticket = make_ticket()
    office_visit = macro(seeded, OFFICE_VISIT)

    preview = actions.preview_macro(ticket, office_visit, agent=agent, slots={})
    comment = actions.apply_macro(seeded, ticket, office_visit, author=agent, slots={})

    assert preview.complete
    assert comment.body == preview.text
    assert comment.body.endswith("Mailing address:\nGigly\n1 Market Street\nSpringfield")
    assert "Montgomery" not in comment.body


def test_a_desk_seeded_by_the_second_release_gets_the_address_placeholder(
    seeded: Session,
) -> None:
    office_visit = macro(seeded, OFFICE_VISIT)
    second_release = office_visit.body.replace(
        "Mailing address:\n{{ marketplace.name }}\n{{ marketplace.office_address }}",
        SECOND_RELEASE_ADDRESS,
    )
    assert second_release != office_visit.body
    office_visit.body = second_release
    seeded.flush()

    assert seed_macros(seeded) == 0

    assert office_visit.body == BY_TITLE[OFFICE_VISIT].body
    update = seeded.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "macro.update", AuditEvent.subject_id == str(office_visit.id)
        )
    ).one()
    assert update.before == {"body": second_release}
    assert update.after == {"body": office_visit.body}


def test_a_desk_seeded_by_the_first_release_gets_the_new_words(seeded: Session) -> None:
    recording = macro(seeded, RECORDING)
    recording.body, recording.source = FIRST_RELEASE_BODY, FIRST_RELEASE_SOURCE
    client_impacted = macro(seeded, CLIENT_IMPACTED)
    client_impacted.note = FIRST_RELEASE_NOTE
    seeded.flush()

    assert seed_macros(seeded) == 0

    assert recording.body == BY_TITLE[RECORDING].body
    assert recording.source == "Difficult conversations · Recorded Calls"
    assert client_impacted.note == BY_TITLE[CLIENT_IMPACTED].note
    update = seeded.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "macro.update", AuditEvent.subject_id == str(recording.id)
        )
    ).one()
    assert update.actor == "system:seed"
    assert update.before == {"body": FIRST_RELEASE_BODY, "source": FIRST_RELEASE_SOURCE}
    assert update.after == {"body": recording.body, "source": recording.source}


def test_every_macro_as_the_first_release_seeded_it_is_brought_up_to_date(
    seeded: Session,
) -> None:
    for seed in PLAYBOOK_MACROS:
        stored = macro(seeded, seed.title)
        first_release = earlier_texts(seed)[0]
        stored.body, stored.source, stored.note = (
            first_release.body,
            first_release.source,
            first_release.note,
        )
    seeded.flush()

    seed_macros(seeded)

    for seed in PLAYBOOK_MACROS:
        stored = macro(seeded, seed.title)
        assert (stored.body, stored.source, stored.note) == (seed.body, seed.source, seed.note)
        assert "seeds/" not in stored.source
    # Seeding again finds nothing left to change.
    before = seeded.scalars(select(AuditEvent).where(AuditEvent.action == "macro.update")).all()
    seed_macros(seeded)
    after = seeded.scalars(select(AuditEvent).where(AuditEvent.action == "macro.update")).all()
    assert len(after) == len(before) > 0


def test_what_staff_changed_is_kept_while_the_rest_is_brought_up_to_date(
    seeded: Session,
) -> None:
    recording = macro(seeded, RECORDING)
    edited = "We do not allow recordings of our calls. Please stop recording to continue."
    recording.body, recording.source = edited, FIRST_RELEASE_SOURCE
    seeded.flush()

    seed_macros(seeded)

    assert recording.body == edited
    assert recording.source == "Difficult conversations · Recorded Calls"
