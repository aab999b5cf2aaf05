"""The derived fields of the response shapes: paging arithmetic, badges, "current"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from trustdesk.marketplace.models import (
    Account,
    AccountKind,
    AccountStatus,
    Agency,
    AgencyMembership,
    AgencyRole,
    AgencyStatus,
    Contract,
    ContractKind,
    ContractStatus,
    ProfileVisibility,
)
from trustdesk.marketplace.schemas import (
    AccountPublic,
    AgencyPublic,
    ContractPublic,
    MembershipPublic,
    Page,
    PaymentTotals,
)

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def _account(account_id: int, **fields: Any) -> Account:
    """An unsaved account with every column a shape reads filled in."""
    defaults: dict[str, Any] = {
        "id": account_id,
        "external_id": f"fl-{account_id}",
        "kind": AccountKind.FREELANCER,
        "first_name": "Maria",
        "last_name": "Santos",
        "title": "",
        "categories": [],
        "subcategories": [],
        "skills": [],
        "total_hours": 0.0,
        "profile_visibility": ProfileVisibility.PUBLIC,
        "status": AccountStatus.ACTIVE,
        "created_at": NOW - timedelta(days=100),
    }
    return Account(**(defaults | fields))


def _agency(**fields: Any) -> Agency:
    defaults: dict[str, Any] = {
        "id": 7,
        "external_id": "ag-7",
        "name": "Northwind Studio",
        "categories": [],
        "status": AgencyStatus.ACTIVE,
        "created_at": NOW - timedelta(days=900),
    }
    return Agency(**(defaults | fields))


def _membership(
    membership_id: int,
    agency: Agency,
    account: Account,
    joined_at: datetime,
    left_at: datetime | None = None,
) -> AgencyMembership:
    return AgencyMembership(
        id=membership_id,
        external_id=f"mb-{membership_id}",
        agency=agency,
        account=account,
        role=AgencyRole.MEMBER,
        exclusive=False,
        joined_at=joined_at,
        left_at=left_at,
    )


def _page(total: int, page: int, page_size: int, shown: int) -> Page[int]:
    return Page(items=list(range(shown)), page=page, page_size=page_size, total=total)


@pytest.mark.parametrize(
    ("total", "page", "page_size", "shown", "expected"),
    [
        # total, page, page_size, rows shown -> (pages, previous?, next?, first row, last row)
        (0, 1, 20, 0, (1, False, False, 0, 0)),
        (20, 1, 20, 20, (1, False, False, 1, 20)),
        (21, 1, 20, 20, (2, False, True, 1, 20)),
        (21, 2, 20, 1, (2, True, False, 21, 21)),
        (45, 2, 20, 20, (3, True, True, 21, 40)),
        (5, 3, 2, 1, (3, True, False, 5, 5)),
    ],
)
def test_page_arithmetic(
    total: int,
    page: int,
    page_size: int,
    shown: int,
    expected: tuple[int, bool, bool, int, int],
) -> None:
    result = _page(total, page, page_size, shown)

    assert (
        result.page_count,
        result.has_previous,
        result.has_next,
        result.first_row,
        result.last_row,
    ) == expected


def test_a_page_serialises_to_items_page_page_size_and_total_only() -> None:
    assert _page(45, 2, 20, 2).model_dump() == {
        "items": [0, 1],
        "page": 2,
        "page_size": 20,
        "total": 45,
    }


def test_account_badges_are_named_in_a_fixed_order() -> None:
    account = _account(1, expert_vetted=True, top_rated=True, rising_talent=False)

    assert AccountPublic.from_model(account).badges == ["top_rated", "expert_vetted"]


def test_location_leaves_out_what_is_missing() -> None:
    full = AccountPublic.from_model(
        _account(1, city="Batangas City", region="PH-BTG", country="PH")
    )
    country_only = AccountPublic.from_model(_account(2, country="PH"))
    nowhere = AccountPublic.from_model(_account(3))

    assert full.location == "Batangas City, PH-BTG, PH"
    assert country_only.location == "PH"
    assert nowhere.location == ""


def test_account_times_serialise_as_utc_iso_8601() -> None:
    account = AccountPublic.from_model(_account(1, last_active_at=NOW))

    assert account.model_dump(mode="json")["last_active_at"] == "2026-11-01T12:00:00Z"


@pytest.mark.parametrize(
    ("joined_days_ago", "left_days_ago", "current"),
    [
        (400, None, True),
        (400, 10, False),
        (400, 0, False),  # left at this very moment: no longer a member
        (400, -5, True),  # leaving is announced for next week
        (-3, None, False),  # joins in three days
    ],
)
def test_a_membership_is_current_between_joining_and_leaving(
    joined_days_ago: int, left_days_ago: int | None, current: bool
) -> None:
    left_at = NOW - timedelta(days=left_days_ago) if left_days_ago is not None else None
    membership = _membership(
        1, _agency(), _account(1), NOW - timedelta(days=joined_days_ago), left_at
    )

    assert MembershipPublic.from_model(membership, now=NOW).current is current


def test_an_agency_lists_current_members_first_then_past_newest_first() -> None:
    agency = _agency(top_rated=True, premium=True, top_rated_plus=False)
    old_past = _membership(1, agency, _account(1), NOW - timedelta(days=900), NOW)
    recent_past = _membership(
        2, agency, _account(2), NOW - timedelta(days=300), NOW - timedelta(days=20)
    )
    long_current = _membership(3, agency, _account(3), NOW - timedelta(days=800))
    new_current = _membership(4, agency, _account(4), NOW - timedelta(days=10))

    public = AgencyPublic.from_model(agency, now=NOW)

    assert [m.id for m in public.memberships] == [
        new_current.id,
        long_current.id,
        recent_past.id,
        old_past.id,
    ]
    assert [m.id for m in public.current_members] == [new_current.id, long_current.id]
    assert [m.id for m in public.past_members] == [recent_past.id, old_past.id]
    assert public.badges == ["top_rated", "premium"]
    assert public.owner is None


def test_the_other_party_of_a_contract_is_the_one_across_from_the_viewer() -> None:
    client = _account(1, kind=AccountKind.CLIENT, first_name="Chris")
    freelancer = _account(2)
    contract = Contract(
        id=10,
        external_id="ct-10",
        client=client,
        client_id=client.id,
        freelancer=freelancer,
        freelancer_id=freelancer.id,
        kind=ContractKind.FIXED,
        status=ContractStatus.OPEN,
        title="Landing page",
        skills=[],
        started_at=NOW,
        excluded_from_jss=False,
    )

    public = ContractPublic.from_model(contract, PaymentTotals(paid_cents=500))

    assert public.other_party(client.id).id == freelancer.id
    assert public.other_party(freelancer.id).id == client.id
    assert (public.total_paid_cents, public.total_refunded_cents) == (500, 0)
    assert public.agency is None
