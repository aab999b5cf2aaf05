"""Child tickets: required fields by type, the self-harm hand-off, blocking the parent."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.integration.desk.conftest import T0
from trustdesk.config import get_settings
from trustdesk.desk import actions
from trustdesk.desk.models import ChildTicketType, Notification, Priority, Ticket, TicketStatus
from trustdesk.marketplace.models import Account
from trustdesk.staff.models import Role, StaffUser


def self_harm_fields(ticket: Ticket, account_id: int) -> dict[str, str]:
    base = get_settings().base_url
    return {
        "user_type": "freelancer",
        "account_status": "suspended",
        "agent_notes": "User said they would hurt themselves after the suspension email.",
        "main_ticket_url": f"{base}/tickets/{ticket.id}",
        "account_view_url": f"{base}/accounts/{account_id}",
    }


def test_self_harm_child_ticket_opens_urgent_blocks_the_parent_and_alerts_executives(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser, requester: Account
) -> None:
    parent = make_ticket(category_slug="conduct.self_harm")
    child = actions.open_child_ticket(
        seeded,
        parent,
        child_type=ChildTicketType.SELF_HARM,
        fields=self_harm_fields(parent, requester.id),
        actor=agent,
        now=T0,
    )
    assert child.parent_id == parent.id
    assert child.priority == Priority.URGENT
    assert child.blocks_parent
    assert child.is_open
    notification = seeded.scalars(
        select(Notification).where(Notification.ticket_id == child.id)
    ).one()
    assert notification.audience == Role.EXECUTIVE_ESCALATIONS
    assert notification.urgent


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("account_view_url", "https://admin.example.com/obo/123", "account view URL of this desk"),
        ("account_view_url", "{base}/accounts/999999", "this ticket's user"),
        ("account_view_url", "{base}/tickets/{ticket}", "account view URL"),
        ("main_ticket_url", "{base}/tickets/0", "main ticket's URL"),
        ("main_ticket_url", "not a url", "main ticket's URL"),
        ("user_type", "alien", "must be one of"),
        ("agent_notes", "  ", "required"),
    ],
)
def test_self_harm_child_ticket_refuses_a_wrong_field_saying_what_is_expected(
    seeded: Session,
    make_ticket: Callable[..., Ticket],
    agent: StaffUser,
    requester: Account,
    field: str,
    value: str,
    expected: str,
) -> None:
    parent = make_ticket()
    parent_id = parent.id
    fields = self_harm_fields(parent, requester.id)
    fields[field] = value.format(base=get_settings().base_url, ticket=parent.id)
    with pytest.raises(actions.DeskError) as error:
        actions.open_child_ticket(
            seeded, parent, child_type=ChildTicketType.SELF_HARM, fields=fields, actor=agent
        )
    assert list(error.value.errors) == [field]
    assert expected in error.value.errors[field]
    assert seeded.scalars(select(Ticket).where(Ticket.parent_id == parent_id)).all() == []


def test_unknown_child_field_is_refused(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser, requester: Account
) -> None:
    parent = make_ticket()
    fields = self_harm_fields(parent, requester.id) | {"favourite_colour": "blue"}
    with pytest.raises(actions.DeskError) as error:
        actions.open_child_ticket(
            seeded, parent, child_type=ChildTicketType.SELF_HARM, fields=fields, actor=agent
        )
    assert "favourite_colour" in error.value.errors


def test_parent_cannot_be_solved_while_a_blocking_child_is_open(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser, requester: Account
) -> None:
    parent = make_ticket()
    child = actions.open_child_ticket(
        seeded,
        parent,
        child_type=ChildTicketType.SELF_HARM,
        fields=self_harm_fields(parent, requester.id),
        actor=agent,
        now=T0,
    )
    with pytest.raises(actions.DeskError) as error:
        actions.set_status(seeded, parent, TicketStatus.SOLVED, actor="test")
    assert f"#{child.id}" in error.value.errors["status"]
    assert parent.status != TicketStatus.SOLVED

    actions.set_status(seeded, child, TicketStatus.SOLVED, actor="test")
    actions.set_status(seeded, parent, TicketStatus.SOLVED, actor="test")
    assert parent.status == TicketStatus.SOLVED


def test_contact_information_request_goes_to_executive_escalations(
    seeded: Session, make_ticket: Callable[..., Ticket], agent: StaffUser
) -> None:
    parent = make_ticket()
    child = actions.open_child_ticket(
        seeded,
        parent,
        child_type=ChildTicketType.CONTACT_INFORMATION,
        fields={
            "requested_by": "client",
            "contract_reference": "737678295",
            "reason": "Client wants to pursue the matter by other means.",
            "main_ticket_url": f"{get_settings().base_url}/tickets/{parent.id}",
        },
        actor=agent,
    )
    audience = seeded.scalars(
        select(Notification.audience).where(Notification.ticket_id == child.id)
    ).one()
    assert audience == Role.EXECUTIVE_ESCALATIONS
