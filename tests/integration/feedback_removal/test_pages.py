"""The request form through its signed link, the panel on the ticket with the what-if
score, the agent's one-click approval, the team lead's list and the agency owner's page."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from httpx2 import Response
from sqlalchemy.orm import Session

from tests import factories
from tests.conftest import login, make_staff
from tests.integration.feedback_removal.conftest import NOW, Case, file_request
from trustdesk import links
from trustdesk.feedback_removal import actions
from trustdesk.feedback_removal.models import RemovalRequest
from trustdesk.marketplace.models import AccountNote, AgencyRole
from trustdesk.reputation import actions as reputation
from trustdesk.staff.models import Role

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def _post(client: TestClient, url: str, data: dict[str, str], page: str) -> Response:
    match = CSRF.search(client.get(page).text)
    assert match
    return client.post(url, data={**data, "csrf_token": match.group(1)}, follow_redirects=False)


def _form(case: Case) -> dict[str, str]:
    return {
        "event": str(case.event.id),
        "impact_confirmed": "yes",
        "feedback": str(case.feedback.id),
        "contract_reference": case.contract.external_id,
        "explanation": "No power or internet for ten days after the typhoon.",
    }


def test_the_form_refuses_bad_input_naming_each_field_then_files_the_request(
    client: TestClient, session: Session, case: Case
) -> None:
    link = urlsplit(actions.request_link(case.freelancer.id)).path
    page = client.get(link)
    assert page.status_code == 200
    assert "Typhoon Mayumi" in page.text
    assert case.contract.external_id in page.text
    bad = _post(client, link, {**_form(case), "contract_reference": "x", "event": ""}, link)
    assert bad.status_code == 422
    assert "Contract reference: does not match" in bad.text
    assert 'data-error-for="event"' in bad.text
    assert session.query(RemovalRequest).count() == 0
    good = _post(client, link, _form(case), link)
    assert good.status_code == 200
    assert "generally within 48 hours" in good.text
    assert session.query(RemovalRequest).count() == 1


def test_a_forged_or_foreign_link_opens_no_form(client: TestClient, case: Case) -> None:
    assert client.get("/feedback-removal/forged").status_code == 404
    chat_token = links.make_link_token("chat", case.freelancer.id)
    assert client.get(f"/feedback-removal/{chat_token}").status_code == 404


def test_an_expired_link_says_so_and_asks_for_a_new_one(
    client: TestClient, case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = urlsplit(actions.request_link(case.freelancer.id)).path
    monkeypatch.setattr(actions, "REQUEST_LINK_MAX_AGE", timedelta(seconds=-1))
    page = client.get(link)
    assert page.status_code == 410
    assert "This link has expired; ask support for a new one." in page.text


def test_the_agent_sees_the_review_and_the_what_if_then_approves(
    client: TestClient, session: Session, case: Case
) -> None:
    for _ in range(2):
        good = factories.contract(session, factories.client_account(session), case.freelancer)
        factories.payment(session, good, 50_000)
        factories.feedback(session, good)
    request = file_request(session, case, explanation="Typhoon.")
    # The stored score, as the nightly recompute leaves it: the approval changes it.
    reputation.recompute_account(session, case.freelancer.id, NOW)
    session.commit()
    agent = make_staff(session, Role.AGENT)
    login(client, agent)
    page = client.get(f"/tickets/{request.ticket_id}").text
    assert "data-removal-criteria" in page
    preview = re.search(
        r"Excluding this feedback from JSS <strong>raises (\d+) → (\d+)</strong>", page
    )
    assert preview
    assert "data-removal-done" not in page
    done = _post(
        client,
        f"/tickets/{request.ticket_id}/feedback-removal/approve",
        {},
        f"/tickets/{request.ticket_id}",
    )
    assert done.status_code == 303
    session.expire_all()
    assert session.query(AccountNote).filter_by(account_id=case.freelancer.id).count() == 1

    # Once approved, the panel says what was done, by whom and when, not what would be.
    approved = client.get(f"/tickets/{request.ticket_id}").text
    assert "data-what-if" not in approved
    assert "Excluding this feedback from JSS" not in approved
    said = re.search(r"<p class=\"outcome\" data-removal-done>(.*?)</p>", approved, re.S)
    assert said
    when = re.sub(r"<[^>]+>", "", said.group(1))
    assert when.startswith(f"Approved by {agent.full_name} (Agent) on 20")
    assert re.search(r" on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC: ", when)
    assert (
        "the feedback removed from the profile and excluded from JSS; Job Success Score of "
        f"{case.freelancer.display_name} raised from {preview.group(1)} to {preview.group(2)}."
    ) in when


def test_a_declined_request_says_who_declined_it_and_when(
    client: TestClient, session: Session, case: Case
) -> None:
    case.feedback.public_comment = "Poor code quality, did not follow the brief."
    case.feedback.private_comment = ""
    request = file_request(session, case, explanation="Typhoon.")
    session.commit()
    assert request.outcome == "decline"
    lead = make_staff(session, Role.TEAM_LEAD)
    login(client, lead)
    declined = _post(
        client,
        f"/tickets/{request.ticket_id}/feedback-removal/decline",
        {},
        f"/tickets/{request.ticket_id}",
    )
    assert declined.status_code == 303

    page = client.get(f"/tickets/{request.ticket_id}").text
    assert f"<strong>Declined</strong> by {lead.full_name} (Team lead) on " in page
    assert "the feedback stays as it was." in page
    assert "data-what-if" not in page


def test_a_second_request_waits_on_the_team_lead_page(
    client: TestClient, session: Session, case: Case
) -> None:
    session.add(
        AccountNote(
            account_id=case.freelancer.id,
            author="x",
            text="Crisis Feedback Removal: Assignment ct-0",
        )
    )
    request = file_request(session, case, explanation="Typhoon.")
    session.commit()
    login(client, make_staff(session, Role.TEAM_LEAD))
    lead_page = client.get("/team-lead").text
    assert f'href="/tickets/{request.ticket_id}#removal"' in lead_page
    assert "Approve as team lead" in client.get(f"/tickets/{request.ticket_id}").text


def test_the_agency_owner_answers_through_their_link(
    client: TestClient, session: Session, case: Case
) -> None:
    owner = factories.account(session, email="owner@example.com", country="PH", region="PH-BOH")
    agency = factories.agency(session, owner=owner)
    factories.membership(session, agency, owner, role=AgencyRole.OWNER)
    case.contract.agency_id = agency.id
    session.flush()
    request = file_request(session, case, explanation="Typhoon.")
    agent = make_staff(session, Role.AGENT)
    actions.ask_agency_owner(session, request, actor=agent, now=NOW)
    session.commit()
    link = urlsplit(actions.owner_link(request.id)).path
    assert "Would you like us to process a feedback and JSS removal" in client.get(link).text
    answered = _post(client, link, {"answer": "yes"}, link)
    assert answered.status_code == 200
    assert "data-owner-answer" in answered.text
    session.expire_all()
    assert session.get(RemovalRequest, request.id).agency_owner_answer == "yes"
