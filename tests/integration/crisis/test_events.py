"""Crisis events: created by team leads and admins with checked ISO 3166 regions, read by
all desk staff, and tickets about them filed under Natural Disasters & Social Unrest."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.integration.crisis import helpers
from tests.routes import staff_client
from trustdesk.app import create_app
from trustdesk.audit import AuditEvent
from trustdesk.crisis import actions, queries
from trustdesk.crisis.actions import CrisisError
from trustdesk.crisis.models import CrisisKind
from trustdesk.desk import actions as desk_actions
from trustdesk.desk.models import Channel
from trustdesk.desk.seed import seed_desk
from trustdesk.staff.models import Role


def test_an_event_keeps_its_regions_normalised_and_its_period(session: Session) -> None:
    event = helpers.event(session, regions="ph-ceb; PH-BOH, PH-ceb", ends_on=None)

    assert event.regions == ["PH-CEB", "PH-BOH"]
    assert event.ongoing
    assert event.period == "2026-10-04 – ongoing"
    assert session.query(AuditEvent).filter_by(action="crisis.event.create").count() == 1


def test_each_bad_field_is_named(session: Session) -> None:
    with pytest.raises(CrisisError) as raised:
        actions.create_event(
            session,
            name=" ",
            kind="hurricane",
            regions="PH-XYZ, QQ",
            starts_on="2026-10-10",
            ends_on="2026-10-01",
            actor="test",
        )
    errors = raised.value.errors
    assert errors["name"] == "is required"
    assert "'hurricane' is not one of" in errors["kind"]
    assert "'PH-XYZ' is not an ISO 3166-2 subdivision code" in errors["regions"]
    assert "'QQ' is not an ISO 3166-1 country code" in errors["regions"]
    assert errors["ends_on"] == "2026-10-01 is before the start, 2026-10-10"


def test_an_event_needs_a_region_and_a_start(session: Session) -> None:
    with pytest.raises(CrisisError) as raised:
        actions.create_event(
            session,
            name="Grid outage",
            kind=CrisisKind.OUTAGE,
            regions="",
            starts_on="",
            ends_on=None,
            actor="test",
        )
    assert set(raised.value.errors) == {"regions", "starts_on"}


def test_a_team_lead_creates_an_event_through_the_page(session: Session) -> None:
    client = staff_client(create_app(), session, Role.TEAM_LEAD)
    response = client.post(
        "/crisis/events",
        data={
            "name": "Earthquake in Sulawesi",
            "kind": "natural_disaster",
            "regions": "ID-SN, ID-ST",
            "starts_on": "2026-11-02",
            "ongoing": "on",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert page.status_code == 200
    assert "Earthquake in Sulawesi" in page.text
    assert "Sulawesi Selatan" in page.text  # the region's name, from ISO 3166-2
    assert "still ongoing" in page.text
    listing = client.get("/crisis/events")
    assert "Earthquake in Sulawesi" in listing.text


def test_the_create_form_names_the_field_in_error(session: Session) -> None:
    client = staff_client(create_app(), session, Role.ADMIN)
    response = client.post(
        "/crisis/events",
        data={
            "name": "Floods",
            "kind": "natural_disaster",
            "regions": "PH-ZZZ",
            "starts_on": "2026-11-02",
            "ends_on": "",
        },
    )
    assert response.status_code == 422
    assert 'data-error-for="regions"' in response.text
    assert "PH-ZZZ" in response.text
    assert 'data-error-for="ends_on"' in response.text  # neither an end nor "ongoing"
    assert 'value="Floods"' in response.text  # what was typed is kept
    assert queries.list_events(session) == []


def test_agents_read_events_but_do_not_create_them(session: Session) -> None:
    event = helpers.event(session)
    session.commit()
    client = staff_client(create_app(), session, Role.AGENT)
    assert client.get(f"/crisis/events/{event.id}").status_code == 200
    assert "New crisis event" not in client.get("/crisis/events").text
    response = client.post(
        "/crisis/events",
        data={"name": "X", "kind": "outage", "regions": "PH", "starts_on": "2026-11-02"},
    )
    assert response.status_code == 403


def test_a_crisis_ticket_is_filed_under_the_event_and_others_are_refused(
    session: Session,
) -> None:
    seed_desk(session)
    event = helpers.event(session)
    person = helpers.freelancer(session, "PH-CEB")
    check_in_ticket = desk_actions.open_ticket(
        session,
        subject="Typhoon: please tell my clients",
        body="No power since Tuesday.",
        channel=Channel.EMAIL,
        actor="test",
        requester_account=person,
        category_slug="crisis.check_in",
    )
    general = desk_actions.open_ticket(
        session,
        subject="Question",
        body="How do I withdraw?",
        channel=Channel.EMAIL,
        actor="test",
        requester_account=person,
        category_slug="general",
    )

    actions.link_ticket(session, event, check_in_ticket, actor="test")
    actions.link_ticket(session, event, check_in_ticket, actor="test")  # twice: no change
    with pytest.raises(CrisisError) as raised:
        actions.link_ticket(session, event, general, actor="test")

    assert "Natural Disasters & Social Unrest Updates" in raised.value.errors["ticket_id"]
    page = queries.event_page(session, event.id)
    assert page is not None
    assert [ticket.id for ticket in page.tickets] == [check_in_ticket.id]
    assert queries.events_of_ticket(session, check_in_ticket.id) == [event]


def test_closing_the_period_of_impact(session: Session) -> None:
    event = helpers.event(session, ends_on=None)
    with pytest.raises(CrisisError):
        actions.set_event_end(session, event, ends_on="2026-09-01", actor="test")
    actions.set_event_end(session, event, ends_on="2026-10-30", actor="test")
    assert event.ends_on == date(2026, 10, 30)
    assert queries.events_on(session, date(2026, 10, 30)) == [event]
    assert queries.events_on(session, date(2026, 10, 31)) == []


def test_the_event_api_answers_staff_with_the_outreach_progress(session: Session) -> None:
    event = helpers.event(session)
    helpers.freelancer(session, "PH-CEB")
    session.commit()
    client: TestClient = staff_client(create_app(), session, Role.AGENT)
    body = client.get(f"/api/v1/crisis/events/{event.id}").json()
    assert body["regions"] == ["PH-CEB", "PH-BOH"]
    assert body["impacted_freelancers"] == 1
    assert body["outreach"] is None
    assert client.get("/api/v1/crisis/events/999999").status_code == 404
