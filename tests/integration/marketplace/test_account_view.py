"""The staff pages of the mirror: the account view, the accounts list and the agency page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.orm import Session

from tests import factories
from tests.factories import NOW
from trustdesk.marketplace.models import (
    Account,
    AccountHold,
    AccountNote,
    AccountStatus,
    AgencyRole,
    ClientPlan,
    ContractStatus,
    Credit,
    EnglishLevel,
    FeedbackDirection,
    NoteKind,
    Refund,
)
from trustdesk.marketplace.queries import ACCOUNT_VIEW_PAGE_SIZE, account_view


def _day(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _element(html: str, element_id: str) -> str:
    """The text of the table row or article with this id, tags stripped."""
    match = re.search(rf'<(tr|article)[^>]*id="{element_id}"[^>]*>(.*?)</\1>', html, re.S)
    assert match, f"no element #{element_id} on the page"
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(2)).split())


def _section(html: str, heading_id: str) -> str:
    """The text of the section whose heading has this id, tags stripped."""
    match = re.search(rf'id="{heading_id}".*?</section>', html, re.S)
    assert match, f"no section #{heading_id} on the page"
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(0)).split())


def _page(client: TestClient, url: str, **params: Any) -> str:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def _note(session: Session, account: Account, text: str, **fields: Any) -> AccountNote:
    note = AccountNote(account_id=account.id, author="agent@example.test", text=text, **fields)
    session.add(note)
    session.flush()
    return note


class Case:
    """A freelancer with a past and a current agency, two clients, money and feedback."""

    def __init__(self, session: Session) -> None:
        self.freelancer = factories.account(
            session,
            first_name="Maria",
            last_name="Reyes",
            title="Full-stack developer",
            city="Batangas City",
            region="PH-BTG",
            country="PH",
            timezone="Asia/Manila",
            top_rated=True,
            job_success_score=94.0,
            english_level=EnglishLevel.FLUENT,
            hourly_rate_cents=3_500,
            total_hours=1_234.0,
            status=AccountStatus.ON_HOLD,
            created_at=_day("2023-02-14"),
            last_active_at=_day("2026-10-30"),
        )
        self.client = factories.client_account(
            session, first_name="Chris", last_name="Lee", plan=ClientPlan.BUSINESS
        )
        self.other_client = factories.client_account(session, first_name="Dana", last_name="Park")
        self.past_agency = factories.agency(session, name="Old Harbour Agency")
        self.current_agency = factories.agency(session, name="Northwind Studio")
        self.past = factories.membership(
            session,
            self.past_agency,
            self.freelancer,
            role=AgencyRole.ADMIN,
            joined_at=_day("2024-01-10"),
            left_at=_day("2025-03-01"),
        )
        self.current = factories.membership(
            session,
            self.current_agency,
            self.freelancer,
            exclusive=True,
            joined_at=_day("2025-03-15"),
        )
        self.paid = factories.contract(
            session,
            self.client,
            self.freelancer,
            title="Checkout rebuild",
            agency_id=self.current_agency.id,
            started_at=_day("2026-05-01"),
        )
        self.payment = factories.payment(session, self.paid, 150_000, refunded_cents=40_000)
        factories.payment(session, self.paid, 25_050)
        self.excluded = factories.contract(
            session,
            self.other_client,
            self.freelancer,
            title="Logo animation",
            excluded_from_jss=True,
            status=ContractStatus.OPEN,
            started_at=_day("2026-09-01"),
        )
        self.received = factories.feedback(
            session,
            self.paid,
            public_rating=2.0,
            private_score=3,
            public_comment="Missed the deadline twice.",
            private_comment="Would not hire again.",
            removed_from_profile=True,
            left_at=_day("2026-07-20"),
        )
        self.given = factories.feedback(
            session,
            self.paid,
            direction=FeedbackDirection.FREELANCER_TO_CLIENT,
            public_rating=4.5,
            public_comment="Clear requirements.",
            excluded_from_jss=True,
            left_at=_day("2026-07-21"),
        )
        session.add_all(
            [
                Refund(
                    external_id="rf-case",
                    contract_id=self.paid.id,
                    payment_id=self.payment.id,
                    amount_cents=40_000,
                    reason="Late delivery",
                    granted_by="lead@example.test",
                    granted_at=_day("2026-07-25"),
                ),
                Credit(
                    external_id="cr-case",
                    account_id=self.freelancer.id,
                    amount_cents=2_500,
                    reason="Crisis courtesy",
                    granted_by="agent@example.test",
                    granted_at=_day("2026-08-02"),
                ),
                AccountHold(
                    external_id="hd-case",
                    account_id=self.freelancer.id,
                    reason="Identity check",
                    started_at=_day("2026-10-01"),
                ),
            ]
        )
        self.old_note = _note(
            session,
            self.freelancer,
            "First contact about the deadline.",
            created_at=_day("2026-07-22"),
        )
        self.new_note = _note(
            session,
            self.freelancer,
            "Crisis removal approved by TL.",
            kind=NoteKind.CRISIS_FEEDBACK_REMOVAL,
            created_at=_day("2026-08-01"),
        )


def test_the_account_view_shows_the_profile(agent_client: TestClient, session: Session) -> None:
    case = Case(session)

    html = _page(agent_client, f"/accounts/{case.freelancer.id}")
    profile = _section(html, "profile-heading")

    assert "Maria Reyes" in html
    assert "Full-stack developer" in html
    assert 'data-status="on_hold"' in html
    assert "On hold</span>" in html
    assert 'class="tag bad" data-status="on_hold"' in html
    for fact in [
        "Batangas City, PH-BTG, PH",
        "Asia/Manila",
        "Public",
        "Top rated",
        "94%",
        "Fluent",
        "$35.00",
        "1,234",
        "2023-02-14",
        "2026-10-30",
    ]:
        assert fact in profile, fact
    assert "Identity check" in html
    assert "Ongoing" in html


def test_the_account_view_shows_past_and_current_memberships(
    agent_client: TestClient, session: Session
) -> None:
    case = Case(session)

    html = _page(agent_client, f"/accounts/{case.freelancer.id}")
    past = _element(html, f"membership-{case.past.id}")
    current = _element(html, f"membership-{case.current.id}")

    assert past == "Old Harbour Agency Admin No 2024-01-10 2025-03-01"
    assert current == "Northwind Studio Member Yes 2025-03-15 Current"
    assert f'href="/agencies/{case.current_agency.id}"' in html


def test_the_account_view_lists_contracts_with_totals(
    agent_client: TestClient, session: Session
) -> None:
    case = Case(session)

    html = _page(agent_client, f"/accounts/{case.freelancer.id}")
    paid = _element(html, f"contract-{case.paid.id}")
    excluded = _element(html, f"contract-{case.excluded.id}")

    assert "Contracts as freelancer" in html
    assert paid.startswith("Checkout rebuild")
    assert "Chris Lee" in paid
    assert "Northwind Studio" in paid
    assert "$1,750.50" in paid
    assert "$400.00" in paid
    assert "2026-05-01" in paid
    assert "2026-06-30" in paid
    assert "Excluded from JSS" in excluded
    assert "Dana Park" in excluded
    assert "$0.00" in excluded
    assert "Open" in excluded
    assert f'href="/accounts/{case.client.id}"' in html
    # Newest contract first.
    assert html.index(f"contract-{case.excluded.id}") < html.index(f"contract-{case.paid.id}")


def test_the_account_view_shows_feedback_received_and_given(
    agent_client: TestClient, session: Session
) -> None:
    case = Case(session)

    html = _page(agent_client, f"/accounts/{case.freelancer.id}")
    received = _section(html, "received-heading")
    given = _section(html, "given-heading")

    assert "Chris Lee" in received
    assert "2.0 / 5" in received
    assert "3 / 10" in received
    assert "Missed the deadline twice." in received
    assert "Would not hire again." in received
    assert "Removed from profile" in received
    assert "2026-07-20" in received
    assert "Clear requirements." not in received
    assert "4.5 / 5" in given
    assert "Clear requirements." in given
    assert "Excluded from JSS" in given
    assert "2026-07-21" in given


def test_the_account_view_shows_refunds_credits_and_notes_newest_first(
    agent_client: TestClient, session: Session
) -> None:
    case = Case(session)

    html = _page(agent_client, f"/accounts/{case.freelancer.id}")
    refunds = _section(html, "refunds-heading")
    credits = _section(html, "credits-heading")
    newest = _element(html, f"note-{case.new_note.id}")

    assert "Checkout rebuild" in refunds
    assert "$400.00" in refunds
    assert "Late delivery" in refunds
    assert "$25.00" in credits
    assert "Crisis courtesy" in credits
    assert newest == (
        "2026-08-01 · agent@example.test Crisis feedback removal Crisis removal approved by TL."
    )
    assert html.index(f"note-{case.new_note.id}") < html.index(f"note-{case.old_note.id}")


def test_a_client_account_view_lists_its_contracts_as_client_with_its_plan(
    agent_client: TestClient, session: Session
) -> None:
    case = Case(session)

    html = _page(agent_client, f"/accounts/{case.client.id}")

    assert "Contracts as client" in html
    assert "Business" in _section(html, "profile-heading")
    paid = _element(html, f"contract-{case.paid.id}")
    assert "Maria Reyes" in paid
    assert f"contract-{case.excluded.id}" not in html


def test_the_account_view_pages_a_long_contract_history(
    agent_client: TestClient, session: Session
) -> None:
    freelancer = factories.account(session)
    client = factories.client_account(session)
    contracts = [
        factories.contract(session, client, freelancer, started_at=NOW - timedelta(days=day))
        for day in range(1, ACCOUNT_VIEW_PAGE_SIZE + 6)
    ]

    first = _page(agent_client, f"/accounts/{freelancer.id}")
    second = _page(agent_client, f"/accounts/{freelancer.id}", contracts_page=2)

    assert first.count('id="contract-') == ACCOUNT_VIEW_PAGE_SIZE
    assert f"Page 1 of 2 · rows 1–{ACCOUNT_VIEW_PAGE_SIZE} of 25" in first
    assert f'href="/accounts/{freelancer.id}?contracts_page=2"' in first
    assert second.count('id="contract-') == 5
    assert f'id="contract-{contracts[-1].id}"' in second


@contextmanager
def _counting_statements(session: Session) -> Iterator[list[str]]:
    statements: list[str] = []
    connection = session.connection()

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(connection, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(connection, "before_cursor_execute", count)


def _statements_for_view(session: Session, account: Account) -> int:
    session.expunge_all()
    with _counting_statements(session) as statements:
        view = account_view(session, account.id)
    assert view is not None
    return len(statements)


def test_the_account_view_query_count_does_not_grow_with_the_account(session: Session) -> None:
    case = Case(session)
    small = _statements_for_view(session, case.freelancer)

    for day in range(1, 12):
        contract = factories.contract(
            session,
            factories.client_account(session),
            case.freelancer,
            agency_id=case.current_agency.id,
            started_at=NOW - timedelta(days=day),
        )
        factories.payment(session, contract, 10_000)
        factories.feedback(session, contract)
        factories.feedback(session, contract, direction=FeedbackDirection.FREELANCER_TO_CLIENT)
    big = _statements_for_view(session, case.freelancer)

    assert big == small
    assert small <= 16


def test_an_unknown_account_is_a_404_page(agent_client: TestClient) -> None:
    response = agent_client.get("/accounts/999999")

    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "Account 999999 does not exist" in response.text
    assert "Log out" in response.text


def test_a_logged_out_visitor_is_sent_to_login(client: TestClient, session: Session) -> None:
    account = factories.account(session)

    response = client.get(f"/accounts/{account.id}", follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == f"/login?next=/accounts/{account.id}"


# The accounts list


def test_the_accounts_list_searches_and_links_to_account_views(
    agent_client: TestClient, session: Session
) -> None:
    maria = factories.account(session, first_name="Maria", last_name="Reyes")
    factories.account(session, first_name="Jomo", last_name="Otieno", country="KE")

    html = _page(agent_client, "/accounts", q="reyes", kind="freelancer", country="", status="")

    assert f'<a href="/accounts/{maria.id}">Maria Reyes</a>' in html
    assert "Jomo" not in html
    assert "1 account" in html
    assert 'value="reyes"' in html


def test_the_accounts_list_explains_a_bad_filter(agent_client: TestClient) -> None:
    response = agent_client.get("/accounts", params={"kind": "robot", "country": "Kenya"})

    assert response.status_code == 422
    assert "kind: &#39;robot&#39; is not one of freelancer, client" in response.text
    assert "country: &#39;Kenya&#39; is not a two-letter country code" in response.text


def test_the_accounts_list_pages_keeping_the_filters(
    agent_client: TestClient, session: Session
) -> None:
    for day in range(55):
        factories.account(session, country="PH", created_at=NOW - timedelta(days=day))

    html = _page(agent_client, "/accounts", country="PH")

    assert html.count('<a href="/accounts/') == 50
    assert 'href="/accounts?country=PH&amp;page=2"' in html


# The agency page


def test_the_agency_page_shows_owner_members_and_contracts(
    agent_client: TestClient, session: Session
) -> None:
    case = Case(session)
    owner = factories.account(session, first_name="Olu", last_name="Ade")
    agency = case.current_agency
    agency.owner_id = owner.id
    factories.membership(
        session, agency, owner, role=AgencyRole.OWNER, joined_at=_day("2022-06-01")
    )
    former = factories.membership(
        session,
        agency,
        factories.account(session, first_name="Ben", last_name="Cole"),
        role=AgencyRole.BUSINESS_MANAGER,
        joined_at=_day("2023-01-05"),
        left_at=_day("2024-04-30"),
    )
    session.flush()

    html = _page(agent_client, f"/agencies/{agency.id}")

    assert "Owner Olu Ade" in _section(html, "agency-heading")
    assert f'<a href="/accounts/{owner.id}">Olu Ade</a>' in html
    current = _section(html, "current-heading")
    assert "Maria Reyes" in current
    assert "Olu Ade" in current
    assert "Ben Cole" not in current
    assert _element(html, f"membership-{former.id}") == (
        "Ben Cole Business manager No 2023-01-05 2024-04-30"
    )
    contracts = _section(html, "contracts-heading")
    assert "Checkout rebuild" in contracts
    assert "$1,750.50" in contracts
    assert "Logo animation" not in contracts


def test_an_unknown_agency_is_a_404_page(agent_client: TestClient) -> None:
    response = agent_client.get("/agencies/424242")

    assert response.status_code == 404
    assert "Agency 424242 does not exist" in response.text


def test_contract_rows_never_mix_accounts(session: Session) -> None:
    case = Case(session)

    view = account_view(session, case.other_client.id)

    assert view is not None
    assert [contract.id for contract in view.contracts.items] == [case.excluded.id]
    assert view.feedback_received.total == 0
    assert view.contracts_as == "client"
