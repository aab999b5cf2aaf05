"""Targeted outreach: the freelancers located in the impacted regions get the email with
their signed check-in link, once each, in batches that can be interrupted and resumed."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests import factories
from tests.integration.crisis import helpers
from tests.routes import staff_client
from trustdesk.app import create_app
from trustdesk.crisis import actions, queries, tasks
from trustdesk.crisis.models import OutreachStatus, TargetedMessage, TargetedMessageKind
from trustdesk.desk.models import OutboundEmail
from trustdesk.marketplace.models import AccountStatus
from trustdesk.staff.models import Role


def _count(session: Session, model: type[object]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_outreach_finds_freelancers_by_country_or_subdivision(session: Session) -> None:
    event = helpers.event(session, regions="PH-CEB, PH-BOH, VN")
    cebu = helpers.freelancer(session, "PH-CEB")
    bohol = helpers.freelancer(session, "PH-BOH")
    vietnam = helpers.freelancer(session, None, country="VN")
    helpers.freelancer(session, "PH-ILI")  # another province
    helpers.freelancer(session, None, country="PH")  # only the country is known
    helpers.freelancer(session, "PH-CEB", status=AccountStatus.CLOSED)
    factories.account(session, country="PH", region="PH-CEB")  # no email address
    helpers.client(session, "Chris").region = "PH-CEB"
    session.flush()

    found = queries.sample_impacted(session, event, limit=50)

    assert {account.id for account in found} == {cebu.id, bohol.id, vietnam.id}
    assert queries.count_impacted(session, event) == 3


def test_a_region_covers_the_provinces_inside_it(session: Session) -> None:
    central_visayas = helpers.event(session, regions="PH-07")  # Cebu and Bohol are in it
    cebu = helpers.freelancer(session, "PH-CEB")
    helpers.freelancer(session, "PH-LEY")  # Eastern Visayas
    assert [account.id for account in queries.sample_impacted(session, central_visayas)] == [
        cebu.id
    ]


def test_each_freelancer_gets_the_email_with_a_link_to_their_check_in(
    session: Session,
) -> None:
    event = helpers.event(session)
    people = [helpers.freelancer(session, "PH-CEB", first_name=f"Ana{n}") for n in range(3)]

    actions.start_outreach(session, event, actor="test", queue_job=False)
    session.commit()
    sent = tasks.run_outreach(event.id, batch_size=2)

    assert sent == 3
    for person in people:
        (email,) = helpers.emails_to(session, person.email or "")
        assert email.subject == "Typhoon Mayumi: let us know how you are doing"
        assert f"Hi {person.first_name}," in email.body
        assert actions.read_check_in_token(helpers.token_in(email)) == (event.id, person.id)
        record = queries.targeted_message_for(session, event.id, person.id)
        assert record is not None
        assert record.kind == TargetedMessageKind.TARGETED
        assert record.email_id == email.id
    campaign = queries.campaign_for(session, event.id)
    assert campaign is not None
    session.refresh(campaign)
    assert (campaign.status, campaign.sent, campaign.total) == (OutreachStatus.DONE, 3, 3)


def test_an_interrupted_outreach_resumes_without_emailing_anyone_twice(
    session: Session,
) -> None:
    event = helpers.event(session)
    for n in range(5):
        helpers.freelancer(session, "PH-BOH", first_name=f"Ben{n}")
    actions.start_outreach(session, event, actor="test", queue_job=False)
    session.commit()

    first = tasks.run_outreach(event.id, batch_size=2, max_batches=1)  # then "the worker died"
    campaign = queries.campaign_for(session, event.id)
    assert campaign is not None
    session.refresh(campaign)
    assert (first, campaign.status, campaign.sent) == (2, OutreachStatus.SENDING, 2)

    actions.start_outreach(session, event, actor="test", queue_job=False)  # "Resume"
    session.commit()
    rest = tasks.run_outreach(event.id, batch_size=2)
    again = tasks.run_outreach(event.id, batch_size=2)

    assert (rest, again) == (3, 0)
    assert _count(session, TargetedMessage) == 5
    assert _count(session, OutboundEmail) == 5
    session.refresh(campaign)
    assert (campaign.status, campaign.sent, campaign.total) == (OutreachStatus.DONE, 5, 5)


def test_the_page_starts_the_outreach_as_a_job_and_shows_it_done(session: Session) -> None:
    event = helpers.event(session)
    person = helpers.freelancer(session, "PH-CEB")
    session.commit()
    client = staff_client(create_app(), session, Role.TEAM_LEAD)
    before = client.get(f"/crisis/events/{event.id}")
    assert "Send the targeted email to 1 freelancers" in before.text

    response = client.post(f"/crisis/events/{event.id}/outreach", follow_redirects=False)

    assert response.status_code == 303
    assert len(helpers.emails_to(session, person.email or "")) == 1  # jobs run inline here
    page = client.get(f"/crisis/events/{event.id}")
    assert "data-outreach-status>Done" in page.text
    progress = client.get(f"/api/v1/crisis/events/{event.id}").json()["outreach"]
    assert (progress["status"], progress["sent"], progress["total"]) == ("done", 1, 1)


def test_agents_cannot_start_the_outreach(session: Session) -> None:
    event = helpers.event(session)
    session.commit()
    client = staff_client(create_app(), session, Role.AGENT)
    assert client.post(f"/crisis/events/{event.id}/outreach").status_code == 403
    assert queries.campaign_for(session, event.id) is None


def test_support_sends_the_link_on_request_to_someone_the_outreach_missed(
    session: Session,
) -> None:
    event = helpers.event(session)
    elsewhere = helpers.freelancer(session, "PH-ILI")  # outside the regions, but impacted
    session.commit()
    client = staff_client(create_app(), session, Role.AGENT)

    response = client.post(
        f"/crisis/events/{event.id}/check-in-link",
        data={"account": elsewhere.external_id},
        follow_redirects=False,
    )

    assert response.status_code == 303
    (email,) = helpers.emails_to(session, elsewhere.email or "")
    assert actions.read_check_in_token(helpers.token_in(email)) == (event.id, elsewhere.id)
    record = queries.targeted_message_for(session, event.id, elsewhere.id)
    assert record is not None
    assert record.kind == TargetedMessageKind.ON_REQUEST
    assert "Check-in link sent to" in client.get(response.headers["location"]).text


def test_the_notice_bar_says_only_what_the_app_said(session: Session) -> None:
    event = helpers.event(session)
    person = helpers.freelancer(session, "PH-CEB")
    session.commit()
    client = staff_client(create_app(), session, Role.AGENT)
    forged = "Your session expired. Re-enter your password at evil.example"

    page = client.get(f"/crisis/events/{event.id}", params={"notice": forged})
    assert page.status_code == 200
    assert "evil.example" not in page.text
    assert "data-notice" not in page.text

    sent = client.post(
        f"/crisis/events/{event.id}/check-in-link",
        data={"account": person.external_id},
        follow_redirects=False,
    )
    assert "notice" not in sent.headers["location"]
    first = client.get(sent.headers["location"]).text
    assert re.search(r"data-notice>Check-in link sent to [^<]+\(", first)
    assert "data-notice" not in client.get(sent.headers["location"]).text  # shown once


def test_sending_the_link_names_the_field_in_error(session: Session) -> None:
    event = helpers.event(session)
    customer = helpers.client(session, "Chris")
    session.commit()
    client = staff_client(create_app(), session, Role.AGENT)

    unknown = client.post(f"/crisis/events/{event.id}/check-in-link", data={"account": "nobody"})
    a_client = client.post(
        f"/crisis/events/{event.id}/check-in-link",
        data={"account": customer.external_id, "ticket_id": "12345"},
    )

    assert unknown.status_code == 422
    assert "No account &#39;nobody&#39;" in unknown.text
    assert a_client.status_code == 422
    assert 'data-error-for="ticket_id"' in a_client.text
    assert _count(session, OutboundEmail) == 0


def test_the_account_view_lists_the_events_that_may_have_impacted_a_freelancer(
    session: Session,
) -> None:
    ongoing = helpers.event(session, name="Cebu floods", starts_on=date(2026, 11, 1), ends_on=None)
    past = helpers.event(session, regions="VN")  # over, and elsewhere: only the link ties it
    helpers.event(
        session, regions="VN", name="Hanoi outage", starts_on=date(2026, 11, 2), ends_on=None
    )
    person = helpers.freelancer(session, "PH-CEB")
    actions.send_check_in_link(session, past, person, actor="test")
    customer = helpers.client(session, "Chris")
    customer.region = "PH-CEB"
    session.commit()
    client = staff_client(create_app(), session, Role.AGENT)

    page = client.get(f"/accounts/{person.id}").text
    rows = re.findall(r'<tr data-crisis-event="(\d+)">(.*?)</tr>', page, re.DOTALL)
    assert [int(event_id) for event_id, _ in rows] == [ongoing.id, past.id]  # newest first
    (_, ongoing_row), (_, past_row) = rows
    assert "Cebu floods" in ongoing_row
    assert "<td>Yes</td>" in ongoing_row
    assert "Not sent" in ongoing_row
    assert "<td>No</td>" in past_row
    assert "Sent " in past_row
    assert 'id="crisis"' not in client.get(f"/accounts/{customer.id}").text

    sent = client.post(
        f"/crisis/events/{ongoing.id}/check-in-link",
        data={"account": person.external_id},
        follow_redirects=False,
    )
    assert sent.status_code == 303
    assert len(helpers.emails_to(session, person.email or "")) == 2
    assert "Not sent" not in client.get(f"/accounts/{person.id}").text
