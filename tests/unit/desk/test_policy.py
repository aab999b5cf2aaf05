"""Pure desk rules: macro rendering, SLA arithmetic, child-ticket fields."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from trustdesk.desk import policy
from trustdesk.desk.models import ChildTicketType

BASE = "https://desk.example.com"


def test_render_fills_placeholders_and_slots() -> None:
    text = policy.render_macro(
        "Hello {{ requester.first_name }}, about [[PARAPHRASE ISSUE]]. {{agent.first_name}}",
        {"requester.first_name": "Chris", "agent.first_name": "Alex"},
        {"PARAPHRASE ISSUE": "your refund"},
    )
    assert text == "Hello Chris, about your refund. Alex"


def test_render_names_every_missing_value_instead_of_leaving_blanks() -> None:
    with pytest.raises(policy.MacroError) as error:
        policy.render_macro(
            "Hello {{ requester.first_name }}, [[A]] and [[B]] and [[A]]",
            {"requester.first_name": "  "},
            {"B": "filled"},
        )
    assert error.value.missing == [
        "{{ requester.first_name }} has no value",
        "[[A]] has no value",
    ]


def test_preview_keeps_the_missing_markers_visible() -> None:
    preview = policy.preview_macro("Hi [[NAME]]", {}, {})
    assert preview.text == "Hi [[NAME]]"
    assert preview.missing == ("[[NAME]]",)
    assert not preview.complete


def test_unknown_placeholders_are_reported() -> None:
    assert policy.unknown_placeholders("{{ ticket.id }} {{ requester.shoe_size }}") == [
        "requester.shoe_size"
    ]


def test_placeholder_values_leave_unknown_names_empty() -> None:
    values = policy.placeholder_values(
        ticket_id=7,
        subject="Refund",
        requester_name="",
        agent_full_name="Alex Agent",
        marketplace_name="Gigly",
        marketplace_office_address="1 Market St\nSpringfield",
    )
    assert values["requester.first_name"] == ""
    assert values["agent.first_name"] == "Alex"
    assert values["ticket.id"] == "7"
    assert values["marketplace.name"] == "Gigly"
    assert values["marketplace.office_address"] == "1 Market St\nSpringfield"


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [
        (timedelta(hours=5, minutes=12), "5h 12m"),
        (timedelta(days=2, hours=3), "2d 3h"),
        (timedelta(minutes=-63), "overdue 1h 03m"),
        (timedelta(0), "0h 00m"),
    ],
)
def test_format_remaining(remaining: timedelta, shown: str) -> None:
    assert policy.format_remaining(remaining) == shown


def test_a_pause_moves_both_deadlines_later_by_its_length() -> None:
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    due, warn = policy.resumed_deadlines(
        t0 + timedelta(hours=48),
        t0 + timedelta(hours=46),
        t0 + timedelta(hours=10),
        t0 + timedelta(hours=13),
    )
    assert (due, warn) == (t0 + timedelta(hours=51), t0 + timedelta(hours=49))


def good_self_harm_fields() -> dict[str, str]:
    return {
        "user_type": "client",
        "account_status": "active",
        "agent_notes": "Threat in chat after refund refusal.",
        "main_ticket_url": f"{BASE}/tickets/12",
        "account_view_url": f"{BASE}/accounts/34/",
    }


def errors_for(fields: dict[str, str]) -> dict[str, str]:
    return policy.child_field_errors(
        ChildTicketType.SELF_HARM, fields, base_url=BASE, parent_ticket_id=12, account_ids=[34]
    )


def test_a_complete_self_harm_child_ticket_has_no_errors() -> None:
    assert errors_for(good_self_harm_fields()) == {}


def test_every_missing_required_field_is_named() -> None:
    errors = errors_for({})
    assert set(errors) == {
        spec.name for spec in policy.CHILD_TICKET_FIELDS[ChildTicketType.SELF_HARM]
    }
    assert errors["main_ticket_url"] == "Main ticket URL is required"


def test_an_account_url_on_another_host_is_refused_with_the_expected_form() -> None:
    fields = good_self_harm_fields() | {"account_view_url": "https://evil.example.com/accounts/34"}
    expected = f"must be an account view URL of this desk, {BASE}/accounts/<account id>"
    assert errors_for(fields) == {"account_view_url": expected}


def test_every_child_type_routes_to_a_team() -> None:
    assert set(policy.CHILD_TICKET_ROUTES) == set(ChildTicketType)
    assert set(policy.CHILD_TICKET_FIELDS) == set(ChildTicketType)
