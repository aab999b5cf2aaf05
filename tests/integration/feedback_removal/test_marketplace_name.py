"""The form's acknowledgement, emailed and on the page, names the marketplace from the
configuration."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.conftest import Configure
from tests.integration.feedback_removal.conftest import Case, file_request
from tests.integration.feedback_removal.test_pages import _form, _post
from trustdesk.desk.models import OutboundEmail
from trustdesk.feedback_removal import actions


def test_the_feedback_removal_acknowledgement_names_the_configured_marketplace(
    session: Session, case: Case, configure: Configure
) -> None:
    configure(marketplace_name="Gigly")

    request = file_request(session, case)

    email = session.scalars(
        select(OutboundEmail).where(OutboundEmail.ticket_id == request.ticket_id)
    ).one()
    assert "how important your Gigly reputation is to you" in email.body
    assert "{{" not in email.body


def test_the_submitted_page_names_the_configured_marketplace(
    client: TestClient, session: Session, case: Case, configure: Configure
) -> None:
    configure(marketplace_name="Gigly")
    link = urlsplit(actions.request_link(case.freelancer.id)).path

    page = _post(client, link, _form(case), link)

    assert page.status_code == 200
    assert "how important your Gigly reputation is to you" in page.text
    assert "marketplace.name" not in page.text
