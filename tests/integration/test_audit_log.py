"""The audit log page: admins and team leads read every recorded decision and change,
newest first, in words, filtered and paged; a ticket's and an account's trail read the
same way."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests import factories
from tests.conftest import login, make_staff
from trustdesk import audit
from trustdesk.app import create_app
from trustdesk.audit_log import web as audit_log_web
from trustdesk.desk import actions
from trustdesk.desk.models import Channel, Ticket, TicketStatus
from trustdesk.desk.seed import seed_desk
from trustdesk.staff.models import Role, StaffUser

BROWSER_ACCEPT = {"Accept": "text/html,application/xhtml+xml"}
MONDAY = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)


def staff_member(session: Session, role: Role, full_name: str) -> StaffUser:
    staff = make_staff(session, role)
    staff.full_name = full_name
    session.commit()
    return staff


def reader(client: TestClient, session: Session, role: Role = Role.ADMIN) -> TestClient:
    return login(client, staff_member(session, role, "Rita Reader"))


def record(session: Session, actor: str, **fields: object) -> audit.AuditEvent:
    values: dict[str, object] = {
        "action": "ticket.status",
        "subject_type": "ticket",
        "subject_id": 424242,
        "at": MONDAY,
    }
    event = audit.record(session, actor=actor, **(values | fields))  # type: ignore[arg-type]
    session.commit()
    return event


def rows(page: str) -> list[str]:
    """The audit rows of the page, in the order shown, as the row's ids."""
    return re.findall(r'<tr data-audit-id="(\d+)">', page)


def row_html(page: str, event: audit.AuditEvent) -> str:
    start = page.index(f'<tr data-audit-id="{event.id}">')
    return page[start : page.index("</tr>", start)]


# ---------------------------------------------------------------------------------------
# Who may read it


@pytest.mark.parametrize("role", [Role.ADMIN, Role.TEAM_LEAD])
def test_admins_and_team_leads_read_the_audit_log(
    client: TestClient, session: Session, role: Role
) -> None:
    reader(client, session, role)

    page = client.get("/audit")

    assert page.status_code == 200
    assert "<h1>Audit log</h1>" in page.text
    assert '<a href="/audit" aria-current="page">Audit log</a>' in page.text


@pytest.mark.parametrize("role", [Role.AGENT, Role.EXECUTIVE_ESCALATIONS])
def test_other_roles_get_the_not_allowed_page_and_no_link(
    client: TestClient, session: Session, role: Role
) -> None:
    login(client, make_staff(session, role))

    page = client.get("/audit", headers=BROWSER_ACCEPT)

    assert page.status_code == 403
    assert "<h1>Not for your role</h1>" in page.text
    assert 'href="/audit"' not in client.get("/accounts").text


def test_an_anonymous_visitor_is_sent_to_log_in(client: TestClient) -> None:
    page = client.get("/audit", follow_redirects=False)

    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=/audit"


# ---------------------------------------------------------------------------------------
# Rows in words


def test_rows_show_names_words_links_and_formatted_times(
    client: TestClient, session: Session
) -> None:
    reader(client, session)
    ana = staff_member(session, Role.AGENT, "Ana Agent")
    account = factories.account(session, first_name="Maria", last_name="Santos")
    by_staff = record(
        session,
        f"staff:{ana.email}",
        subject_type="account",
        subject_id=account.id,
        action="account.profile_visibility",
        reason="Impacted by the typhoon",
    )
    by_job = record(session, "system:sla", action="sla.breach")

    page = client.get("/audit").text

    staff_row = row_html(page, by_staff)
    assert "Ana Agent" in staff_row
    assert ana.email not in staff_row
    assert "staff:" not in staff_row
    assert f'<a href="/accounts/{account.id}">Maria Santos</a>' in staff_row
    assert "Changed the profile&#39;s visibility" in staff_row
    assert "account.profile_visibility" not in staff_row
    assert "Impacted by the typhoon" in staff_row
    assert '<time datetime="2026-11-16T09:30:00+00:00" title="UTC">2026-11-16 09:30</time>' in (
        staff_row
    )
    job_row = row_html(page, by_job)
    assert "SLA check" in job_row
    assert "system:sla" not in job_row
    assert "SLA deadline missed" in job_row
    assert '<a href="/tickets/424242">424242</a>' in job_row


def test_rows_are_newest_first(client: TestClient, session: Session) -> None:
    reader(client, session)
    older = record(session, "system:sla", at=MONDAY - timedelta(days=1))
    newer = record(session, "system:sla", at=MONDAY)

    shown = rows(client.get("/audit?actor=system:").text)

    assert shown.index(str(newer.id)) < shown.index(str(older.id))


def test_the_log_is_paged(
    client: TestClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_log_web, "PAGE_SIZE", 2)
    reader(client, session)
    events = [record(session, "system:sla", at=MONDAY + timedelta(minutes=n)) for n in range(3)]

    first = client.get("/audit?actor=system:sla").text
    second = client.get("/audit?actor=system:sla&page=2").text

    assert rows(first) == [str(events[2].id), str(events[1].id)]
    assert rows(second) == [str(events[0].id)]
    assert "Page 1 of 2" in first
    assert 'href="/audit?actor=system%3Asla&amp;page=2"' in first


# ---------------------------------------------------------------------------------------
# Filters


def test_filter_by_staff_member_or_kind_of_actor(client: TestClient, session: Session) -> None:
    reader(client, session)
    ana = staff_member(session, Role.AGENT, "Ana Agent")
    by_ana = record(session, f"staff:{ana.email}")
    by_job = record(session, "system:sla")
    by_policy = record(session, "policy:sla")

    assert rows(client.get("/audit", params={"actor": f"staff:{ana.email}"}).text) == [
        str(by_ana.id)
    ]
    assert rows(client.get("/audit", params={"actor": "system:"}).text) == [str(by_job.id)]
    just_policies = rows(client.get("/audit", params={"actor": "policy:"}).text)
    assert just_policies == [str(by_policy.id)]


def test_filter_by_action(client: TestClient, session: Session) -> None:
    reader(client, session)
    breach = record(session, "system:sla", action="sla.breach")
    record(session, "system:sla", action="sla.warning")

    page = client.get("/audit", params={"action": "sla.breach"}).text

    assert rows(page) == [str(breach.id)]
    assert '<option value="sla.breach" selected>SLA deadline missed</option>' in page


def test_filter_by_ticket_number(client: TestClient, session: Session) -> None:
    reader(client, session)
    about_ticket = record(session, "system:sla", subject_id=77)
    record(session, "system:sla", subject_id=78)

    page = client.get("/audit", params={"subject": "ticket", "subject_id": "#77"}).text

    assert rows(page) == [str(about_ticket.id)]


def test_filter_by_account_external_id(client: TestClient, session: Session) -> None:
    reader(client, session)
    account = factories.account(session)
    about_account = record(
        session, "system:sla", subject_type="account", subject_id=account.id, action="x.y"
    )
    # A ticket with the same number is another subject.
    record(session, "system:sla", subject_id=account.id, action="x.y")

    by_external = client.get(
        "/audit", params={"subject": "account", "subject_id": account.external_id}
    )
    by_id = client.get("/audit", params={"subject": "account", "subject_id": str(account.id)})

    assert rows(by_external.text) == [str(about_account.id)]
    assert rows(by_id.text) == [str(about_account.id)]


def test_filter_by_dates_includes_the_last_day(client: TestClient, session: Session) -> None:
    reader(client, session)
    before = record(session, "system:sla", at=MONDAY - timedelta(days=2))
    first_day = record(session, "system:sla", at=MONDAY.replace(hour=0, minute=0))
    last_day = record(session, "system:sla", at=MONDAY + timedelta(days=1, hours=14))
    after = record(session, "system:sla", at=MONDAY + timedelta(days=2))

    shown = rows(
        client.get(
            "/audit", params={"actor": "system:sla", "since": "2026-11-16", "until": "2026-11-17"}
        ).text
    )

    assert shown == [str(last_day.id), str(first_day.id)]
    assert str(before.id) not in shown
    assert str(after.id) not in shown


def test_the_widest_dates_are_read_without_overflowing(
    client: TestClient, session: Session
) -> None:
    reader(client, session)
    event = record(session, "system:sla")

    page = client.get(
        "/audit", params={"actor": "system:sla", "since": "0001-01-01", "until": "9999-12-31"}
    )

    assert page.status_code == 200
    assert rows(page.text) == [str(event.id)]


@pytest.mark.parametrize(
    ("params", "field", "says"),
    [
        ({"since": "last week"}, "since", "&#39;last week&#39; is not a date (YYYY-MM-DD)"),
        ({"since": "2026-11-17", "until": "2026-11-16"}, "until", "Is before the first day"),
        ({"subject": "ticket", "subject_id": "abc"}, "subject_id", "is not a ticket number"),
        ({"subject": "ticket", "subject_id": "²"}, "subject_id", "is not a ticket number"),
        ({"subject": "account", "subject_id": "nobody"}, "subject_id", "No account has"),
        ({"subject_id": "12"}, "subject_id", "Choose whether it is a ticket or an account"),
        ({"subject": "macro"}, "subject", "Must be one of: ticket, account"),
    ],
)
def test_a_filter_that_cannot_be_read_is_named_on_the_form(
    client: TestClient, session: Session, params: dict[str, str], field: str, says: str
) -> None:
    reader(client, session)

    page = client.get("/audit", params=params)

    assert page.status_code == 422
    assert f'data-error-for="{field}">' in page.text
    assert says in page.text


# ---------------------------------------------------------------------------------------
# The ticket's and the account's trail


def test_a_tickets_trail_names_the_staff_member_and_says_what_they_did(
    session: Session,
) -> None:
    seed_desk(session)
    ana = staff_member(session, Role.AGENT, "Ana Agent")
    ticket: Ticket = actions.open_ticket(
        session,
        subject="Refund please",
        body="My freelancer disappeared.",
        channel=Channel.EMAIL,
        actor=f"staff:{ana.email}",
        requester_email="dana@example.test",
    )
    actions.set_status(session, ticket, TicketStatus.PENDING, actor=f"staff:{ana.email}")
    session.commit()
    client = login(TestClient(create_app(), base_url="http://testserver"), ana)

    page = client.get(f"/tickets/{ticket.id}").text

    trail = page[page.index('id="audit-heading"') :]
    assert "<td>Ana Agent</td>" in trail
    assert f"staff:{ana.email}" not in trail
    assert trail.index("Opened the ticket") < trail.index("Changed the ticket&#39;s status")


def test_an_accounts_trail_names_who_acted(client: TestClient, session: Session) -> None:
    reader(client, session)
    ana = staff_member(session, Role.AGENT, "Ana Agent")
    account = factories.account(session)
    record(
        session,
        f"staff:{ana.email}",
        subject_type="account",
        subject_id=account.id,
        action="account.profile_visibility",
    )

    page = client.get(f"/accounts/{account.id}").text

    trail = page[page.index('id="audit-heading"') :]
    assert "<td>Ana Agent</td>" in trail
    assert "Changed the profile&#39;s visibility" in trail
    assert '<time datetime="2026-11-16T09:30:00+00:00" title="UTC">2026-11-16 09:30</time>' in (
        trail
    )
