"""The demo's typhoon registered as a crisis event (outreach not run), and the outreach
from the command line."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session
from typer.testing import CliRunner

from tests.integration.crisis import helpers
from trustdesk.cli import app
from trustdesk.crisis import queries
from trustdesk.crisis.demo import seed_demo_crisis
from trustdesk.crisis.models import OutreachStatus
from trustdesk.desk.demo import seed_demo_desk
from trustdesk.desk.seed import seed_desk
from trustdesk.marketplace.demo import CRISIS_REGIONS, DemoSize, generate_demo
from trustdesk.marketplace.models import Account
from trustdesk.staff.actions import ensure_demo_staff


def test_the_demo_registers_the_typhoon_without_running_the_outreach(session: Session) -> None:
    summary = generate_demo(DemoSize.TINY, today=date(2026, 11, 21), progress=False)
    seed_desk(session)
    ensure_demo_staff(session)
    now = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    seed_demo_desk(session, summary, now)

    event = seed_demo_crisis(session, summary, now)
    again = seed_demo_crisis(session, summary, now)

    assert again.id == event.id
    assert event.name == "Typhoon Mayumi"
    assert tuple(event.regions) == CRISIS_REGIONS
    assert queries.campaign_for(session, event.id) is None
    eligible = summary.scenario("crisis").example("Eligible: the requesting freelancer")
    person = session.query(Account).filter_by(external_id=eligible.external_id).one()
    assert queries.impact_evidence(session, event, person).located_in_region
    assert queries.count_impacted(session, event) >= 5
    page = queries.event_page(session, event.id)
    assert page is not None
    assert [ticket.category.slug for ticket in page.tickets if ticket.category] == [
        "crisis.check_in"
    ]


def test_the_command_line_previews_then_sends_once(session: Session) -> None:
    event = helpers.event(session)
    people = [helpers.freelancer(session, "PH-CEB", first_name=f"Cy{n}") for n in range(3)]
    session.commit()
    runner = CliRunner()

    preview = runner.invoke(app, ["crisis", "outreach", str(event.id), "--preview"])
    sent = runner.invoke(app, ["crisis", "outreach", str(event.id), "--batch-size", "2"])
    again = runner.invoke(app, ["crisis", "outreach", str(event.id)])
    missing = runner.invoke(app, ["crisis", "outreach", "999999"])

    assert preview.exit_code == 0, preview.output
    assert "3 freelancers potentially located" in preview.output
    assert sent.exit_code == 0, sent.output
    assert "Sent 3 emails now" in sent.output
    assert "Sent 0 emails now" in again.output
    assert missing.exit_code == 2
    assert "event_id: crisis event 999999 does not exist" in missing.output
    for person in people:
        assert len(helpers.emails_to(session, person.email or "")) == 1
    campaign = queries.campaign_for(session, event.id)
    assert campaign is not None
    session.refresh(campaign)
    assert campaign.status == OutreachStatus.DONE
