"""The crisis feedback-removal review: every criterion of the playbook, met and not met,
the outcome mapping, the agency special case and the boundaries."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from trustdesk.decisions import Criterion
from trustdesk.feedback_removal import policy
from trustdesk.feedback_removal.policy import (
    FeedbackRemovalDecision,
    RemovalFacts,
    decide_feedback_removal,
    describe_validation_error,
)
from trustdesk.textsafety.feedback import FeedbackAssessment, Signal

SILENT = "Went silent for two weeks after the typhoon and missed the deadline."


def facts(**changes: Any) -> RemovalFacts:
    """An eligible first request; ``changes`` as ``{"feedback.left_at": ...}``-style keys."""
    record: dict[str, Any] = {
        "id": "req-1",
        "event": {"regions": ["PH", "US-FL"], "start": "2024-08-28", "end": "2024-09-20"},
        "requester": {
            "account_id": 7,
            "country": "PH",
            "region": "PH-CEB",
            "checked_in": False,
            "targeted_message": False,
            "agency_role": None,
        },
        "contract": {
            "id": 55,
            "status": "closed",
            "freelancer_id": 7,
            "agency_id": None,
            "freelancer_in_agency": None,
            "excluded_from_jss": False,
        },
        "feedback": {
            "left_at": "2024-09-03",
            "public_rating": 2.0,
            "private_score": 3,
            "public_comment": SILENT,
            "private_comment": "",
        },
        "prior_crisis_removals": 0,
    }
    for key, value in changes.items():
        if "__" in key:
            section, field = key.split("__")
            record[section][field] = value
        else:
            record[key] = value
    return RemovalFacts.model_validate(record)


def decide(**changes: Any) -> FeedbackRemovalDecision:
    return decide_feedback_removal(facts(**changes))


def criterion(decision: FeedbackRemovalDecision, name: str) -> Criterion:
    (found,) = [item for item in decision.criteria if item.name == name]
    return found


# --- the outcome ------------------------------------------------------------------------


def test_an_eligible_first_request_is_approved_for_profile_and_jss() -> None:
    decision = decide()
    assert decision.outcome == "approve"
    assert decision.scope == "profile_and_jss"
    assert all(item.met for item in decision.criteria)
    assert decision.policy == "crisis_feedback_removal"
    assert decision.policy_version == policy.POLICY.version
    assert decision.alternatives == ()


def test_the_criteria_are_the_playbooks_in_its_order() -> None:
    assert [item.name for item in decide().criteria] == [
        policy.IMPACTED,
        policy.DURING_IMPACT,
        policy.BAD_OR_NEUTRAL,
        policy.REFERENCES_IMPACT,
        policy.REQUESTER,
        policy.JOB_CLOSED,
        policy.NOT_EXCLUDED,
        policy.FIRST_APPROVAL,
    ]


def test_a_second_request_needs_a_team_lead() -> None:
    decision = decide(prior_crisis_removals=1)
    assert decision.outcome == "needs_team_lead"
    assert decision.scope == "profile_and_jss"
    first = criterion(decision, policy.FIRST_APPROVAL)
    assert not first.met
    assert "Crisis Feedback Removal: Assignment" in first.evidence
    assert any("team lead" in reason for reason in decision.reasons)


def test_an_ineligible_second_request_is_declined_without_a_team_lead() -> None:
    decision = decide(prior_crisis_removals=2, contract__status="open")
    assert decision.outcome == "decline"
    assert decision.scope is None


def test_a_decline_gives_the_reasons_and_the_faqs_alternatives() -> None:
    decision = decide(feedback__public_comment="The logo was ugly and off brand.")
    assert decision.outcome == "decline"
    assert decision.scope is None
    assert any(policy.REFERENCES_IMPACT in reason for reason in decision.reasons)
    assert any("directly associated with negative impacts" in r for r in decision.reasons)
    alternatives = " ".join(decision.alternatives)
    assert "Connect with your client" in alternatives
    assert "revise the feedback" in alternatives


def test_an_agents_exception_request_goes_to_a_team_lead_with_the_unmet_criteria() -> None:
    ineligible = facts(requester__region=None, requester__country="CU", event__regions=["US-FL"])
    assert decide_feedback_removal(ineligible).outcome == "decline"
    decision = decide_feedback_removal(ineligible, exception_requested=True)
    assert decision.outcome == "needs_team_lead"
    assert decision.scope == "profile_and_jss"
    assert any(policy.IMPACTED in reason for reason in decision.reasons)
    assert any("exception" in reason for reason in decision.reasons)


@pytest.mark.parametrize(
    "change",
    [
        {"requester__country": "VN", "requester__region": None},
        {"feedback__left_at": "2024-10-01"},
        {"feedback__public_rating": 4.5, "feedback__private_score": 9},
        {"feedback__public_comment": "Great work, fast and friendly."},
        {"requester__account_id": 99},
        {"contract__status": "paused"},
        {"contract__excluded_from_jss": True},
    ],
)
def test_any_unmet_eligibility_criterion_declines(change: dict[str, Any]) -> None:
    decision = decide(**change)
    assert decision.outcome == "decline"
    assert len(decision.unmet) == 1


# --- 1. impacted ------------------------------------------------------------------------


def test_impacted_when_located_in_an_impacted_country() -> None:
    found = criterion(decide(requester__region=None), policy.IMPACTED)
    assert found.met
    assert "inside impacted region PH" in found.evidence


def test_a_subdivision_is_inside_its_country() -> None:
    found = criterion(decide(requester__region="PH-CEB"), policy.IMPACTED)
    assert found.met
    assert "located in PH-CEB, inside impacted region PH" in found.evidence


def test_impacted_when_located_in_an_impacted_subdivision() -> None:
    decision = decide(requester__country="US", requester__region="US-FL")
    assert criterion(decision, policy.IMPACTED).met


def test_another_subdivision_of_the_country_is_not_impacted() -> None:
    decision = decide(requester__country="US", requester__region="US-GA")
    found = criterion(decision, policy.IMPACTED)
    assert not found.met
    assert "outside the impacted regions PH, US-FL" in found.evidence


def test_a_country_alone_is_not_inside_a_subdivision() -> None:
    decision = decide(requester__country="US", requester__region=None)
    found = criterion(decision, policy.IMPACTED)
    assert not found.met
    assert "US (no subdivision known)" in found.evidence


def test_a_province_is_inside_the_iso_region_that_contains_it() -> None:
    # ISO 3166-2: Cebu (PH-CEB) lies in Central Visayas (PH-07).
    decision = decide(event__regions=["PH-07"], requester__region="PH-CEB")
    found = criterion(decision, policy.IMPACTED)
    assert found.met
    assert "inside impacted region PH-07" in found.evidence


def test_a_region_without_its_country_prefix_is_read_in_the_requesters_country() -> None:
    decision = decide(requester__country="us", requester__region="fl")
    assert criterion(decision, policy.IMPACTED).met


@pytest.mark.parametrize(
    ("flag", "words"), [("checked_in", "checked in"), ("targeted_message", "targeted message")]
)
def test_impacted_outside_the_regions_when_checked_in_or_sent_the_message(
    flag: str, words: str
) -> None:
    decision = decide(
        requester__country="DE", requester__region=None, **{f"requester__{flag}": True}
    )
    found = criterion(decision, policy.IMPACTED)
    assert found.met
    assert words in found.evidence
    assert decision.outcome == "approve"


# --- 2. during the period of impact -----------------------------------------------------


@pytest.mark.parametrize("left_at", ["2024-08-28", "2024-09-03", "2024-09-20"])
def test_feedback_on_the_first_last_or_any_day_of_the_period_is_during_impact(
    left_at: str,
) -> None:
    found = criterion(decide(feedback__left_at=left_at), policy.DURING_IMPACT)
    assert found.met
    assert found.evidence == f"left {left_at}, event period 2024-08-28..2024-09-20"


@pytest.mark.parametrize(
    ("left_at", "words"),
    [("2024-08-27", "before the event started"), ("2024-09-21", "after the period")],
)
def test_feedback_outside_the_period_is_not(left_at: str, words: str) -> None:
    found = criterion(decide(feedback__left_at=left_at), policy.DURING_IMPACT)
    assert not found.met
    assert words in found.evidence


def test_an_ongoing_event_has_no_end() -> None:
    found = criterion(decide(event__end=None, feedback__left_at="2026-01-15"), policy.DURING_IMPACT)
    assert found.met
    assert found.evidence == "left 2026-01-15, event period 2024-08-28..ongoing"


def test_a_timestamp_is_read_as_its_day() -> None:
    decision = decide(feedback__left_at="2024-09-20T23:10:00Z")
    assert criterion(decision, policy.DURING_IMPACT).met


# --- 3. bad or neutral outcome ----------------------------------------------------------


@pytest.mark.parametrize(
    ("rating", "private", "met"),
    [
        (3.9, None, True),
        (4.0, None, False),
        (4.0, 6, True),
        (4.0, 7, False),
        (5.0, 0, True),
        (1.0, 10, True),
        (4.75, 8, False),
    ],
)
def test_bad_or_neutral_is_a_rating_below_4_or_a_private_score_of_6_or_below(
    rating: float, private: float | None, met: bool
) -> None:
    decision = decide(feedback__public_rating=rating, feedback__private_score=private)
    assert criterion(decision, policy.BAD_OR_NEUTRAL).met is met
    assert decision.outcome == ("approve" if met else "decline")


def test_the_bad_or_neutral_evidence_shows_the_rating_and_score() -> None:
    found = criterion(
        decide(feedback__public_rating=4.0, feedback__private_score=7), policy.BAD_OR_NEUTRAL
    )
    assert found.evidence == "public rating 4.0 (not below 4.0); private score 7 (above 6)"


# --- 4. comments reference the impact ---------------------------------------------------


def test_a_private_comment_alone_can_reference_the_impact() -> None:
    decision = decide(
        feedback__public_comment="Not a good experience.",
        feedback__private_comment="He stopped answering for a week.",
    )
    found = criterion(decision, policy.REFERENCES_IMPACT)
    assert found.met
    assert "private comment: unresponsiveness" in found.evidence


def test_no_comment_references_nothing() -> None:
    found = criterion(decide(feedback__public_comment="  "), policy.REFERENCES_IMPACT)
    assert not found.met
    assert found.evidence == "no public comment; no private comment"


def test_the_comment_reader_can_be_replaced() -> None:
    calls: list[str] = []

    def reader(comment: str) -> FeedbackAssessment:
        calls.append(comment)
        return FeedbackAssessment(True, 0.9, (Signal("unresponsiveness", 1.2, "stub"),))

    decision = decide_feedback_removal(
        facts(feedback__public_comment="anything"), feedback_assessment=reader
    )
    assert calls == ["anything"]
    assert criterion(decision, policy.REFERENCES_IMPACT).met


# --- 5. requester and the agency special case -------------------------------------------


def test_the_freelancer_who_worked_the_contract_may_ask() -> None:
    found = criterion(decide(), policy.REQUESTER)
    assert found.met
    assert found.evidence == "account 7 is the freelancer who worked contract 55"


def test_identifiers_compare_as_text() -> None:
    assert criterion(decide(requester__account_id="7"), policy.REQUESTER).met


def test_someone_else_may_not_ask_for_a_freelancers_contract() -> None:
    decision = decide(requester__account_id=8, requester__agency_role="owner")
    assert not criterion(decision, policy.REQUESTER).met
    assert decision.outcome == "decline"


def _agency(**changes: Any) -> FeedbackRemovalDecision:
    return decide(contract__agency_id=300, **changes)


@pytest.mark.parametrize("role", ["owner", "admin", "business_manager"])
def test_the_agency_owner_an_admin_or_a_business_manager_removes_from_profile_and_jss(
    role: str,
) -> None:
    decision = _agency(
        requester__account_id=1,
        requester__agency_role=role,
        contract__freelancer_in_agency=False,
    )
    assert criterion(decision, policy.REQUESTER).met
    assert decision.outcome == "approve"
    assert decision.scope == "profile_and_jss"


def test_an_agency_member_who_did_not_work_the_contract_may_not_ask() -> None:
    decision = _agency(
        requester__account_id=1,
        requester__agency_role="member",
        contract__freelancer_in_agency=True,
    )
    found = criterion(decision, policy.REQUESTER)
    assert not found.met
    assert "not its owner, an admin or a business manager" in found.evidence
    assert decision.outcome == "decline"


def test_a_freelancer_no_longer_in_the_agency_gets_a_profile_only_removal() -> None:
    decision = _agency(contract__freelancer_in_agency=False)
    found = criterion(decision, policy.REQUESTER)
    assert found.met
    assert "no longer in agency 300" in found.evidence
    assert decision.outcome == "approve"
    assert decision.scope == "profile_only"
    assert any("agency owner can be emailed" in reason for reason in decision.reasons)


def test_a_freelancer_still_a_member_of_the_agency_gets_a_profile_only_removal() -> None:
    decision = _agency(requester__agency_role="member", contract__freelancer_in_agency=True)
    assert criterion(decision, policy.REQUESTER).met
    assert decision.outcome == "approve"
    assert decision.scope == "profile_only"


def test_a_freelancer_who_is_also_the_agencys_admin_removes_from_jss_too() -> None:
    decision = _agency(requester__agency_role="admin", contract__freelancer_in_agency=True)
    assert decision.scope == "profile_and_jss"


def test_a_second_profile_only_request_goes_to_a_team_lead_with_its_scope() -> None:
    decision = _agency(contract__freelancer_in_agency=False, prior_crisis_removals=1)
    assert decision.outcome == "needs_team_lead"
    assert decision.scope == "profile_only"


# --- 6, 7. job closed, not already excluded ---------------------------------------------


@pytest.mark.parametrize(("status", "met"), [("closed", True), ("open", False), ("paused", False)])
def test_the_job_must_be_closed(status: str, met: bool) -> None:
    found = criterion(decide(contract__status=status), policy.JOB_CLOSED)
    assert found.met is met
    assert found.evidence == f"contract 55 is {status}"


def test_feedback_already_excluded_from_jss_is_declined() -> None:
    decision = decide(contract__excluded_from_jss=True)
    found = criterion(decision, policy.NOT_EXCLUDED)
    assert not found.met
    assert "already excluded from JSS" in found.evidence
    assert decision.outcome == "decline"


# --- the facts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"feedback__left_at": "yesterday"}, "feedback.left_at"),
        ({"feedback__public_rating": 7}, "feedback.public_rating"),
        ({"feedback__private_score": 11}, "feedback.private_score"),
        ({"contract__status": "done"}, "contract.status"),
        ({"requester__agency_role": "boss"}, "requester.agency_role"),
        ({"requester__country": "Philippines"}, "requester.country"),
        ({"requester__region": "Cebu Province"}, "requester.region"),
        ({"event__regions": ["PH", "Florida"]}, "event.regions.1"),
        ({"event__regions": []}, "event.regions"),
        ({"event__end": "2024-08-01"}, "event"),
        ({"prior_crisis_removals": -1}, "prior_crisis_removals"),
    ],
)
def test_bad_facts_are_refused_naming_the_field(change: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        facts(**change)
    assert f"field '{field}'" in describe_validation_error(raised.value)


def test_extra_keys_are_ignored_and_optional_ones_default() -> None:
    record = facts().model_dump(mode="json")
    record["event"]["name"] = "Typhoon Enteng"
    del record["requester"]["checked_in"]
    del record["feedback"]["private_score"]
    del record["prior_crisis_removals"]
    parsed = RemovalFacts.model_validate(record)
    assert parsed.requester.checked_in is False
    assert parsed.feedback.private_score is None
    assert parsed.prior_crisis_removals == 0
