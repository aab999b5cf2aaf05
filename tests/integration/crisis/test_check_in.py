"""The Check-In page: reached through the signed link, it records how the freelancer is
impacted, tells the client of each active contract once if asked, and sets the profile
private until they are ready to work again; the same link changes the answers later."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from httpx2 import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests import factories
from tests.integration.crisis import helpers
from trustdesk import links
from trustdesk.audit import AuditEvent
from trustdesk.config import get_settings
from trustdesk.crisis import actions, queries
from trustdesk.crisis.actions import CrisisError
from trustdesk.crisis.models import CheckInImpact, CrisisEvent
from trustdesk.desk.models import OutboundEmail
from trustdesk.marketplace.models import Account, ContractStatus, ProfileVisibility

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def impacted(session: Session) -> tuple[CrisisEvent, Account]:
    event = helpers.event(session)
    person = helpers.freelancer(session, "PH-CEB", first_name="Maria")
    session.commit()
    return event, person


def _submit(client: TestClient, token: str, **fields: object) -> Response:
    page = client.get(f"/check-in/{token}")
    match = CSRF.search(page.text)
    assert match, "the check-in form carries a CSRF token"
    data: dict[str, object] = {"csrf_token": match.group(1)} | fields
    return client.post(f"/check-in/{token}", data=data, follow_redirects=False)


def _visibility(session: Session, person: Account) -> ProfileVisibility:
    session.refresh(person)
    return person.profile_visibility


def test_the_link_opens_the_freelancers_own_check_in(
    client: TestClient, impacted: tuple[CrisisEvent, Account]
) -> None:
    event, person = impacted
    page = client.get(f"/check-in/{actions.check_in_token(event.id, person.id)}")
    assert page.status_code == 200
    assert "Typhoon Mayumi: how are you doing, Maria?" in page.text
    for impact in CheckInImpact:
        assert f'value="{impact.value}"' in page.text
    assert 'name="notify_clients"' in page.text
    assert 'name="profile_private"' in page.text


def test_a_bad_or_foreign_link_opens_nothing(
    client: TestClient, impacted: tuple[CrisisEvent, Account]
) -> None:
    event, person = impacted
    token = actions.check_in_token(event.id, person.id)
    altered = client.get(f"/check-in/{token[:-2]}xx")
    other_purpose = client.get(f"/check-in/{links.make_link_token('my_stats', 'account:1')}")
    assert altered.status_code == 404
    assert "not valid" in altered.text
    assert other_purpose.status_code == 404
    assert "Maria" not in altered.text


def test_an_expired_link_says_so(
    client: TestClient, impacted: tuple[CrisisEvent, Account], monkeypatch: pytest.MonkeyPatch
) -> None:
    event, person = impacted
    token = actions.check_in_token(event.id, person.id)
    monkeypatch.setattr(actions, "CHECK_IN_LINK_AGE", timedelta(seconds=-1))
    page = client.get(f"/check-in/{token}")
    assert page.status_code == 410
    assert "expired" in page.text


def test_the_check_in_email_links_the_resource_page_it_mentions_and_the_link_serves_it(
    session: Session, client: TestClient, impacted: tuple[CrisisEvent, Account]
) -> None:
    event, person = impacted
    actions.send_check_in_link(session, event, person, actor="test")
    session.commit()
    (email,) = helpers.emails_to(session, person.email or "")

    mentioned = re.search(r"Community Resource Page: (\S+)", email.body)
    assert mentioned, f"no link after the Community Resource Page in {email.body!r}"
    url = urlsplit(mentioned.group(1))
    assert f"{url.scheme}://{url.netloc}" == get_settings().base_url.rstrip("/")
    page = client.get(url.path)
    assert page.status_code == 200
    assert "<h1>Feedback Removal Request</h1>" in page.text
    assert f"Requesting as {person.display_name}." in page.text

    # The check-in's confirmation mentions the same page, and links it too.
    actions.record_check_in(
        session,
        event,
        person,
        impacts=["no_power"],
        details="",
        notify_clients=False,
        profile_private=False,
    )
    session.commit()
    check_in = client.get(f"/check-in/{helpers.token_in(email)}?done=true")
    linked = re.search(r'<a href="([^"]+)" data-resource-link>', check_in.text)
    assert linked, "the check-in page links the feedback removal request"
    assert client.get(linked.group(1)).status_code == 200


def test_checking_in_tells_each_active_contracts_client_once_and_hides_the_profile(
    session: Session, client: TestClient, impacted: tuple[CrisisEvent, Account]
) -> None:
    event, person = impacted
    open_client = helpers.client(session, "Olivia")
    paused_client = helpers.client(session, "Paul")
    closed_client = helpers.client(session, "Carla")
    open_contract = factories.contract(
        session, open_client, person, status=ContractStatus.OPEN, title="Inbox management"
    )
    paused_contract = factories.contract(
        session, paused_client, person, status=ContractStatus.PAUSED
    )
    factories.contract(session, closed_client, person, status=ContractStatus.CLOSED)
    session.commit()
    token = actions.check_in_token(event.id, person.id)

    response = _submit(
        client,
        token,
        impacts=["no_power", "no_internet"],
        details="Our barangay has had no power since Tuesday.",
        notify_clients="on",
        profile_private="on",
    )

    assert response.status_code == 303
    confirmation = client.get(response.headers["location"])
    assert "your check-in is recorded" in confirmation.text
    assert "Your profile is now private" in confirmation.text
    (to_open,) = helpers.emails_to(session, open_client.email or "")
    (to_paused,) = helpers.emails_to(session, paused_client.email or "")
    assert helpers.emails_to(session, closed_client.email or "") == []
    assert "Inbox management" in to_open.body
    for words in (
        "be patient and expect some delays",
        "extending your project's deadlines",
        "approve submitted work promptly",
        "Reach out to Maria in Messages to discuss the next steps",
    ):
        assert words in to_open.body
    assert "barangay" not in to_open.body  # what the freelancer wrote stays private
    notices = queries.client_notifications_for_contract(session, open_contract.id)
    assert [notice.email_id for notice in notices] == [to_open.id]
    assert queries.client_notifications_for_contract(session, paused_contract.id)
    assert _visibility(session, person) == ProfileVisibility.PRIVATE
    check_in = queries.check_in_for(session, event.id, person.id)
    assert check_in is not None
    assert check_in.impacts == ["no_power", "no_internet"]
    assert to_paused.id != to_open.id

    # Changing the answers through the same link: no client is told twice.
    again = _submit(client, token, impacts=["reduced_availability"], notify_clients="on")
    assert again.status_code == 303
    assert len(helpers.emails_to(session, open_client.email or "")) == 1
    assert _visibility(session, person) == ProfileVisibility.PUBLIC  # ready to work again
    actions_done = session.scalars(
        select(AuditEvent.action).where(
            AuditEvent.subject_type == "account", AuditEvent.subject_id == str(person.id)
        )
    ).all()
    assert actions_done.count("crisis.check_in") == 1
    assert actions_done.count("crisis.check_in.change") == 1
    assert actions_done.count("account.profile_visibility") == 2


def test_coming_back_shows_the_answers_given(
    session: Session, client: TestClient, impacted: tuple[CrisisEvent, Account]
) -> None:
    event, person = impacted
    actions.record_check_in(
        session,
        event,
        person,
        impacts=["displaced"],
        details="Staying with family in Mandaue.",
        notify_clients=False,
        profile_private=True,
    )
    session.commit()
    page = client.get(f"/check-in/{actions.check_in_token(event.id, person.id)}")
    assert 'value="displaced" checked' in page.text
    assert "Staying with family in Mandaue." in page.text
    assert "Update my check-in" in page.text


def test_a_check_in_without_an_answer_names_the_field(
    session: Session, client: TestClient, impacted: tuple[CrisisEvent, Account]
) -> None:
    event, person = impacted
    token = actions.check_in_token(event.id, person.id)
    response = _submit(client, token, details="x", profile_private="on")
    assert response.status_code == 422
    assert 'data-error-for="impacts"' in response.text
    assert queries.check_in_for(session, event.id, person.id) is None
    session.refresh(person)
    assert person.profile_visibility == ProfileVisibility.PUBLIC


def test_not_impacted_cannot_be_chosen_with_an_impact(
    session: Session, impacted: tuple[CrisisEvent, Account]
) -> None:
    event, person = impacted
    with pytest.raises(CrisisError) as raised:
        actions.record_check_in(
            session,
            event,
            person,
            impacts=["not_impacted", "no_power"],
            details="",
            notify_clients=False,
            profile_private=False,
        )
    assert "not impacted" in raised.value.errors["impacts"]


def test_a_profile_hidden_before_the_check_in_stays_hidden(
    session: Session, impacted: tuple[CrisisEvent, Account]
) -> None:
    event, person = impacted
    person.profile_visibility = ProfileVisibility.PRIVATE
    for private in (True, False):
        actions.record_check_in(
            session,
            event,
            person,
            impacts=["no_internet"],
            details="",
            notify_clients=False,
            profile_private=private,
        )
    assert person.profile_visibility == ProfileVisibility.PRIVATE


def test_the_impact_evidence_the_removal_review_reads(
    session: Session, impacted: tuple[CrisisEvent, Account]
) -> None:
    event, person = impacted
    before = queries.impact_evidence(session, event, person)
    assert before.located_in_region
    assert not before.checked_in
    assert not before.sent_targeted_message
    actions.send_check_in_link(session, event, person, actor="test")
    actions.record_check_in(
        session,
        event,
        person,
        impacts=["no_power"],
        details="",
        notify_clients=False,
        profile_private=False,
    )
    after = queries.impact_evidence(session, event, person)
    assert after.checked_in
    assert after.sent_targeted_message
    assert queries.events_for_account(session, person.id) == [event]
    assert session.scalar(select(OutboundEmail.to_address)) == person.email
