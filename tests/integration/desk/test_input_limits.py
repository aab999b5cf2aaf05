"""Input beyond what the databases hold is a 422 naming the parameter, never a 500
(each case here was a 500 found by the OpenAPI fuzz run)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.integration.desk.conftest import T0
from trustdesk.config import get_settings
from trustdesk.desk import actions
from trustdesk.desk.models import SUBJECT_MAX, ChildTicketType, Ticket
from trustdesk.limits import ID_MAX
from trustdesk.marketplace.models import Account
from trustdesk.staff.models import StaffUser


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        (f"/api/v1/accounts/{ID_MAX + 1}", "account_id"),
        (f"/api/v1/contracts/{2**63}", "contract_id"),
        (f"/api/v1/contracts?agency_id={ID_MAX + 1}", "agency_id"),
        (f"/api/v1/tickets?page={2**64}", "page"),
        (f"/api/v1/accounts?page={2**64}", "page"),
        ("/api/v1/accounts?q=%00", "q"),
        ("/api/v1/accounts?external_id=a%00b", "external_id"),
    ],
)
def test_out_of_range_input_is_a_422_naming_the_parameter(
    agent_client: TestClient, path: str, parameter: str
) -> None:
    response = agent_client.get(path)
    assert response.status_code == 422, response.text
    assert [error["loc"][-1] for error in response.json()["detail"]] == [parameter]


def test_a_child_of_a_ticket_with_the_longest_subject_still_saves(
    seeded: Session,
    make_ticket: Callable[..., Ticket],
    agent: StaffUser,
    requester: Account,
) -> None:
    parent = make_ticket(subject="x" * SUBJECT_MAX)
    base = get_settings().base_url
    child = actions.open_child_ticket(
        seeded,
        parent,
        child_type=ChildTicketType.SELF_HARM,
        actor=agent,
        now=T0,
        fields={
            "user_type": "client",
            "account_status": "active",
            "agent_notes": "Threat in chat.",
            "main_ticket_url": f"{base}/tickets/{parent.id}",
            "account_view_url": f"{base}/accounts/{requester.id}",
        },
    )
    seeded.flush()
    assert len(child.subject) == SUBJECT_MAX
    assert child.subject.startswith(f"Self harm case from ticket #{parent.id}: x")
