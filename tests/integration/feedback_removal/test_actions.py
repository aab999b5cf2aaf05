"""The Feedback Removal Request from form to removal: filed as a ticket with the review
done, approved in one click (JSS recomputed, note written, requester emailed, the change
sent to the marketplace), declined with the FAQ's alternatives, a team lead's exception,
and the agency case."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests import factories
from tests.conftest import make_staff
from tests.integration.feedback_removal.conftest import NOW, Case, file_request
from trustdesk.decisions import DecisionRecord
from trustdesk.desk.actions import DeskError
from trustdesk.desk.models import Escalation, OutboundEmail, TicketStatus
from trustdesk.feedback_removal import actions, policy
from trustdesk.feedback_removal.models import RemovalRequest, RemovalStatus
from trustdesk.marketplace.models import (
    AccountNote,
    AgencyRole,
    MarketplaceChange,
)
from trustdesk.staff.models import Role, StaffUser


def test_a_request_becomes_a_ticket_with_the_review_done_and_is_acknowledged(
    session: Session, case: Case
) -> None:
    request = file_request(session, case)
    ticket = request.ticket
    assert ticket.category is not None
    assert ticket.category.slug == "crisis.feedback_removal"
    assert any(clock.due_at - clock.started_at == timedelta(hours=48) for clock in ticket.clocks)
    assert request.outcome == "approve"
    assert request.scope == "profile_and_jss"
    record = session.get(DecisionRecord, request.decision_id)
    assert record is not None
    assert {criterion["name"] for criterion in record.criteria} >= {
        policy.IMPACTED,
        policy.DURING_IMPACT,
        policy.REFERENCES_IMPACT,
    }
    acknowledgement = session.scalars(
        select(OutboundEmail).where(OutboundEmail.ticket_id == ticket.id)
    ).one()
    assert "generally within 48 hours" in acknowledgement.body
    assert acknowledgement.to_address == "ana@example.com"


def test_bad_and_duplicate_submissions_name_the_field_and_create_nothing_twice(
    session: Session, case: Case
) -> None:
    with pytest.raises(DeskError) as bad:
        file_request(
            session,
            case,
            event_id=None,
            impact_confirmed=False,
            contract_reference="ct-nope",
            explanation=" ",
        )
    assert set(bad.value.errors) == {
        "event",
        "impact_confirmed",
        "contract_reference",
        "explanation",
    }
    first = file_request(session, case)
    with pytest.raises(DeskError) as again:
        file_request(session, case)
    assert f"ticket #{first.ticket_id}" in again.value.errors["feedback"]
    assert len(session.scalars(select(RemovalRequest)).all()) == 1


def test_someone_elses_feedback_cannot_be_asked_about(session: Session, case: Case) -> None:
    stranger = factories.account(session, email="other@example.com")
    with pytest.raises(DeskError) as refused:
        file_request(session, case, requester=stranger)
    assert "one of your contracts" in refused.value.errors["feedback"]


def test_approval_removes_the_feedback_recomputes_writes_the_note_and_emails(
    session: Session, case: Case, agent: StaffUser
) -> None:
    request = file_request(session, case)
    changes = actions.approve_removal(session, request, actor=agent, now=NOW)
    assert case.feedback.removed_from_profile
    assert case.feedback.excluded_from_jss
    assert changes
    assert changes[0].subject_id == case.freelancer.id
    note = session.scalars(
        select(AccountNote).where(AccountNote.account_id == case.freelancer.id)
    ).one()
    assert note.text == f"Crisis Feedback Removal: Assignment {case.contract.external_id}"
    assert request.status == RemovalStatus.REMOVED
    assert request.ticket.status == TicketStatus.SOLVED
    outcome = request.ticket.comments[-1]
    assert outcome.public
    assert "cannot guarantee a specific impact to your JSS" in outcome.body
    kinds = {change.kind for change in session.scalars(select(MarketplaceChange))}
    assert kinds == {"feedback_removed_from_profile", "feedback_excluded_from_jss"}
    with pytest.raises(DeskError):
        actions.approve_removal(session, request, actor=agent, now=NOW)


def test_the_what_if_equals_the_score_after_the_removal(
    session: Session, case: Case, agent: StaffUser
) -> None:
    from trustdesk.reputation import actions as reputation

    for _ in range(2):  # enough other clients that the score stays shown
        good = factories.contract(session, factories.client_account(session), case.freelancer)
        factories.payment(session, good, 50_000)
        factories.feedback(session, good)
    request = file_request(session, case)
    preview = reputation.preview_exclusion(session, case.freelancer.id, [case.feedback.id], NOW)
    changes = actions.approve_removal(session, request, actor=agent, now=NOW)
    assert changes[0].after == preview.change.after
    assert preview.change.direction == "raises"


def test_a_second_removal_for_the_same_freelancer_goes_to_a_team_lead(
    session: Session, case: Case, agent: StaffUser
) -> None:
    session.add(
        AccountNote(
            account_id=case.freelancer.id,
            author="earlier agent",
            text="Crisis Feedback Removal: Assignment ct-earlier",
        )
    )
    request = file_request(session, case)
    assert request.outcome == "needs_team_lead"
    assert request.status == RemovalStatus.AWAITING_TEAM_LEAD
    with pytest.raises(DeskError) as refused:
        actions.approve_removal(session, request, actor=agent, now=NOW)
    assert "only a team lead" in refused.value.errors["request"]
    lead = make_staff(session, Role.TEAM_LEAD)
    actions.approve_removal(session, request, actor=lead, now=NOW)
    assert case.feedback.removed_from_profile


def test_a_decline_emails_the_reasons_and_the_faq_alternatives(
    session: Session, case: Case, agent: StaffUser
) -> None:
    case.feedback.public_comment = "Poor code quality, did not follow the brief."
    case.feedback.private_comment = ""
    request = file_request(session, case)
    assert request.outcome == "decline"
    actions.decline_request(session, request, actor=agent, now=NOW)
    body = request.ticket.comments[-1].body
    assert "not eligible for removal" in body
    assert "connect with your client" in body.lower()
    assert request.status == RemovalStatus.DECLINED
    assert not case.feedback.removed_from_profile


def test_an_exception_request_goes_to_a_team_lead_with_the_reason(
    session: Session, case: Case, agent: StaffUser
) -> None:
    case.freelancer.region = "PH-MNL"
    request = file_request(session, case)
    assert request.outcome == "decline"
    actions.request_exception(
        session, request, actor=agent, reason="Flooding in Manila not registered yet", now=NOW
    )
    assert request.outcome == "needs_team_lead"
    assert request.status == RemovalStatus.AWAITING_TEAM_LEAD
    escalation = session.scalars(select(Escalation)).one()
    assert "Flooding in Manila" in escalation.reason


def test_the_agency_case_removes_from_the_profile_then_asks_the_owner(
    session: Session, case: Case, agent: StaffUser
) -> None:
    owner = factories.account(
        session, first_name="Olu", email="owner@example.com", country="PH", region="PH-BOH"
    )
    agency = factories.agency(session, owner=owner)
    factories.membership(session, agency, owner, role=AgencyRole.OWNER)
    factories.membership(
        session, agency, case.freelancer, left_at=datetime(2026, 11, 10, tzinfo=UTC)
    )
    case.contract.agency_id = agency.id
    session.flush()
    request = file_request(session, case)
    assert request.scope == "profile_only"
    actions.approve_removal(session, request, actor=agent, now=NOW)
    assert case.feedback.removed_from_profile
    assert not case.feedback.excluded_from_jss

    actions.ask_agency_owner(session, request, actor=agent, now=NOW)
    email = session.scalars(
        select(OutboundEmail).where(OutboundEmail.to_address == "owner@example.com")
    ).one()
    assert "/feedback-removal/agency-owner/" in email.body
    actions.answer_as_agency_owner(session, request, remove=True, now=NOW)
    assert case.feedback.excluded_from_jss
    assert request.scope == "profile_and_jss"
    with pytest.raises(DeskError):
        actions.answer_as_agency_owner(session, request, remove=False, now=NOW)
