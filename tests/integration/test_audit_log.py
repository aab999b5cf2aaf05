"""The audit log page: admins and team leads read every recorded decision and change,
newest first, in words, filtered and paged; a ticket's and an account's trail read the
same way."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests import factories
from tests.conftest import login, make_staff
from trustdesk import audit
from trustdesk.app import create_app
from trustdesk.audit_log import queries
from trustdesk.audit_log import web as audit_log_web
from trustdesk.crisis.models import CrisisEvent, CrisisKind
from trustdesk.decisions import DecisionRecord
from trustdesk.desk import actions
from trustdesk.desk.models import Channel, EscalationTarget, Priority, Ticket, TicketStatus
from trustdesk.desk.seed import seed_desk
from trustdesk.marketplace.models import Message
from trustdesk.messaging.models import MessagePolicyStrike, StrikeLevel
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
# What changed, in words


def changes_of(session: Session, event: audit.AuditEvent) -> dict[str, tuple[str | None, str]]:
    """The row's changes as the page shows them: each field's words before and after."""
    [row] = queries.readable(session, [event])
    return {change.name: (change.before, change.after or "—") for change in row.changes}


def audited(session: Session, action: str) -> audit.AuditEvent:
    """The latest audit row of ``action``."""
    return session.scalars(
        select(audit.AuditEvent)
        .where(audit.AuditEvent.action == action)
        .order_by(audit.AuditEvent.id.desc())
        .limit(1)
    ).one()


def test_an_sla_rows_clock_kind_and_party_read_as_the_team_lead_says_them(
    client: TestClient, session: Session
) -> None:
    seed_desk(session)
    reader(client, session, Role.TEAM_LEAD)
    ticket = actions.open_ticket(
        session,
        subject="Refund please",
        body="My freelancer disappeared.",
        channel=Channel.EMAIL,
        actor="test",
        requester_email="dana@example.test",
        now=MONDAY,
    )
    actions.check_clocks(session, MONDAY + timedelta(days=30))
    session.commit()
    breach = session.scalars(
        select(audit.AuditEvent).where(
            audit.AuditEvent.action == "sla.breach",
            audit.AuditEvent.after["kind"].as_string() == "first_response",
        )
    ).one()

    page = client.get(f"/audit?subject=ticket&subject_id={ticket.id}").text

    shown = re.sub(r"\s+", " ", row_html(page, breach))
    assert "<div>clock: first response clock</div>" in shown
    assert "<div>kind: first response</div>" in shown
    assert "<div>party: agent</div>" in shown
    assert re.search(r"<div>due: \d{4}-\d{2}-\d{2} \d{2}:\d{2}</div>", shown)
    assert "first_response" not in shown


def test_the_desks_own_rows_name_what_their_ids_are(session: Session) -> None:
    seed_desk(session)
    ana = staff_member(session, Role.AGENT, "Ana Agent")
    ticket = actions.open_ticket(
        session,
        subject="Refund please",
        body="My freelancer disappeared.",
        channel=Channel.WEB_FORM,
        priority=Priority.URGENT,
        actor="test",
        requester_email="dana@example.test",
        category_slug="crisis.feedback_removal",
        now=MONDAY,
    )
    opened = audited(session, "ticket.open")
    actions.add_reply(session, ticket, author=ana, body="Looking into it.", public=False)
    note = audited(session, "ticket.note")
    actions.assign(session, ticket, actor=ana, assignee_id=ana.id)
    assigned = audited(session, "ticket.assign")
    escalation = actions.escalate(
        session,
        ticket,
        target=EscalationTarget.EXECUTIVE_ESCALATIONS,
        reason="Threatens legal action",
        actor=ana,
    )
    escalated = audited(session, "ticket.escalate")
    executive = staff_member(session, Role.EXECUTIVE_ESCALATIONS, "Eve Executive")
    actions.resolve_escalation(session, escalation, actor=executive, resolution="Answered by legal")
    resolved = audited(session, "escalation.resolve")
    session.commit()

    assert changes_of(session, opened) == {
        "subject": (None, "Refund please"),
        "category": (None, "Crisis feedback removal"),
        "priority": (None, "urgent"),
        "channel": (None, "web form"),
    }
    assert changes_of(session, note)["comment"] == (None, "internal note by Ana Agent")
    assert changes_of(session, assigned) == {
        "assignee": ("nobody", "Ana Agent"),
        "group": ("no group", "no group"),
    }
    assert changes_of(session, escalated) == {"target": (None, "executive escalations")}
    assert changes_of(session, resolved) == {"escalation": (None, "to executive escalations")}


@pytest.mark.parametrize(
    ("action", "before", "after", "shown"),
    [
        (
            "crisis.event.create",
            None,
            {"kind": "natural_disaster", "regions": ["PH-CEB", "PH-BOH"], "ends_on": None},
            {
                "kind": (None, "natural disaster"),
                "regions": (None, "Cebu, Philippines (PH-CEB); Bohol, Philippines (PH-BOH)"),
                "ends on": (None, "—"),
            },
        ),
        (
            "crisis.check_in.change",
            {"impacts": ["no_power"], "notify_clients": False},
            {"impacts": ["no_power", "no_internet"], "notify_clients": True},
            {
                "impacts": ("no power", "no power, no internet"),
                "notify clients": ("no", "yes"),
            },
        ),
        (
            "crisis.targeted_message",
            None,
            {"kind": "on_request"},
            {"kind": (None, "sent on request")},
        ),
        (
            "reputation.recomputed",
            {"job_success_score": None, "top_rated": False},
            {"job_success_score": 92.0, "top_rated": True},
            {"Job Success Score": ("no score", "92%"), "Top Rated": ("no", "yes")},
        ),
        (
            "feedback_removal.review",
            None,
            {"outcome": "needs_team_lead", "scope": "profile_only"},
            {"outcome": (None, "needs a team lead"), "scope": (None, "the profile only")},
        ),
        (
            "message_policy.strike",
            None,
            {"level": "review", "kinds": ["phone", "off_platform_app"], "outcome": "block"},
            {
                "level": (None, "restriction review"),
                "kinds": (None, "phone, off platform app"),
                "outcome": (None, "block"),
            },
        ),
        (
            "email.receive",
            None,
            {"outcome": "threaded", "message_id": "<a@b>"},
            {"outcome": (None, "added to its ticket"), "Message-ID": (None, "<a@b>")},
        ),
        (
            "ticket.child_open",
            None,
            {"type": "self_harm"},
            {"type": (None, "self-harm")},
        ),
        ("sla.second_party_clock", None, {"hours": 48}, {"hours": (None, "48 hours")}),
        (
            "marketplace.demo_generated",
            None,
            {"counts": {"accounts": 40, "contracts": 120}},
            {"counts": (None, "accounts 40, contracts 120")},
        ),
        (
            "staff.create",
            None,
            {"email": "ana@example.test", "role": "team_lead"},
            {"email": (None, "ana@example.test"), "role": (None, "team lead")},
        ),
        # A field the desk has no words for is shown as stored.
        (
            "ticket.status",
            {"shoe_size": "extra_large"},
            {"shoe_size": 44},
            {"shoe size": ("extra_large", "44")},
        ),
    ],
)
def test_codes_flags_and_amounts_read_as_words(
    session: Session,
    action: str,
    before: dict[str, object] | None,
    after: dict[str, object],
    shown: dict[str, tuple[str | None, str]],
) -> None:
    event = record(session, "system:test", action=action, before=before, after=after)

    assert changes_of(session, event) == shown


def test_ids_from_every_area_are_named(session: Session) -> None:
    freelancer = factories.account(session, first_name="Ana", last_name="Silva")
    client = factories.client_account(session, first_name="Chris", last_name="Lee")
    contract = factories.contract(session, client, freelancer, external_id="ct-77")
    feedback = factories.feedback(session, contract, public_rating=2.0)
    event = CrisisEvent(
        name="Typhoon Mayumi",
        kind=CrisisKind.NATURAL_DISASTER,
        regions=["PH-CEB"],
        starts_on=date(2026, 10, 20),
        created_by="test",
    )
    message = Message(
        external_id="msg-1", room="room-1", sender_id=freelancer.id, text="x", sent_at=MONDAY
    )
    decision = DecisionRecord(
        policy="crisis_feedback_removal",
        policy_version="1",
        outcome="approve",
        criteria=[],
        subject_type="ticket",
        subject_id=1,
        decided_by="test",
    )
    session.add_all([event, message, decision])
    session.flush()
    strike = MessagePolicyStrike(
        account_id=freelancer.id,
        message_id=message.id,
        decision_id=decision.id,
        level=StrikeLevel.WARNING,
    )
    session.add(strike)
    session.flush()
    row = record(
        session,
        "system:test",
        action="message_policy.restriction_review",
        after={
            "account": freelancer.id,
            "client": client.id,
            "feedback": feedback.id,
            "event": event.id,
            "message": message.id,
            "strikes": [strike.id],
            "excluded_by_decision_id": decision.id,
            "request": 5,
            "ticket": 987654,  # no longer in the desk: shown as stored
        },
    )

    assert changes_of(session, row) == {
        "account": (None, "Ana Silva"),
        "client": (None, "Chris Lee"),
        "feedback": (None, "2★ on contract ct-77"),
        "event": (None, "Typhoon Mayumi"),
        "message": (None, "from Ana Silva"),
        "strikes": (None, "warning"),
        "excluded by decision": (None, "crisis feedback removal: approve"),
        "request": (None, "#5"),
        "ticket": (None, "987654"),
    }


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
