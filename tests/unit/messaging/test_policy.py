"""The message policy: every rule and every exception of the 2020 terms."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from trustdesk.decisions import Criterion, Decision
from trustdesk.messaging import policy
from trustdesk.messaging.policy import POLICY, MessagePolicyConfig, decide_message, nudge_text
from trustdesk.textsafety.contact import Finding, detect_contacts


def phone() -> Finding:
    return Finding("phone", 0, 14, "+14155550123")


def email() -> Finding:
    return Finding("email", 0, 15, "jane@studiok.io")


def payment() -> Finding:
    return Finding("offplatform_payment", 0, 6, "paypal")


def linkedin() -> Finding:
    return Finding("social_profile", 0, 26, "linkedin.com/in/jane-doe")


def decide(
    findings: list[Finding],
    *,
    stage: policy.Stage = "pre_contract",
    plan: str | None = None,
    prior: int = 0,
    category: str | None = "Web Development",
    purpose: str | None = None,
) -> str:
    return decide_message(
        findings,
        stage=stage,
        sender_plan=plan,
        prior_offences=prior,
        job_category=category,
        purpose_hint=purpose,
    ).outcome


def criterion(decision: Decision, name: str) -> Criterion:
    return next(c for c in decision.criteria if c.name == name)


def test_a_message_without_contact_details_is_allowed() -> None:
    assert decide([]) == "allow"


def test_first_contact_details_before_a_contract_get_a_nudge() -> None:
    assert decide([phone()]) == "nudge"


def test_a_request_for_contact_details_before_a_contract_gets_a_nudge() -> None:
    assert decide(detect_contacts("what's your WhatsApp?")) == "nudge"


def test_a_repeat_within_the_window_is_blocked() -> None:
    assert decide([phone()], prior=1) == "block"
    assert decide([phone()], prior=3) == "block"


def test_off_platform_payment_is_blocked_the_first_time() -> None:
    assert decide([payment()]) == "block"


def test_off_platform_payment_is_blocked_during_a_contract_too() -> None:
    assert decide([payment(), phone()], stage="active_contract") == "block"


def test_contact_details_are_allowed_during_a_contract() -> None:
    assert decide([phone(), email()], stage="active_contract", prior=5) == "allow"


@pytest.mark.parametrize("plan", ["business", "enterprise", "Enterprise"])
def test_clients_on_a_business_or_enterprise_plan_may_share_contact_details(plan: str) -> None:
    assert decide([phone(), email()], plan=plan, prior=2) == "allow"


def test_a_business_plan_does_not_excuse_off_platform_payment() -> None:
    assert decide([payment()], plan="enterprise") == "block"


@pytest.mark.parametrize("plan", [None, "basic", "plus"])
def test_other_plans_are_not_exempt(plan: str | None) -> None:
    assert decide([phone()], plan=plan) == "nudge"


def test_an_email_shared_only_to_grant_access_is_allowed() -> None:
    assert decide([email()], purpose="access_grant") == "allow"


def test_the_access_exception_covers_only_an_email() -> None:
    assert decide([email(), phone()], purpose="access_grant") == "nudge"


def test_an_email_without_an_access_purpose_is_nudged() -> None:
    assert decide([email()]) == "nudge"


def test_the_access_exception_end_to_end_from_the_text() -> None:
    from trustdesk.textsafety.contact import infer_purpose

    text = "Please add me as a collaborator on the GitHub repo: jane@studiok.io"
    assert decide(detect_contacts(text), purpose=infer_purpose(text)) == "allow"


@pytest.mark.parametrize("category", ["Resume Writing", "LinkedIn Profile Writing", "CV writing"])
def test_a_linkedin_profile_for_a_resume_job_is_allowed(category: str) -> None:
    assert decide([linkedin()], category=category) == "allow"


def test_a_linkedin_profile_for_another_job_is_nudged() -> None:
    assert decide([linkedin()], category="Logo Design") == "nudge"


def test_the_linkedin_exception_does_not_cover_other_profiles_or_kinds() -> None:
    instagram = Finding("social_profile", 0, 10, "instagram:@jane")
    assert decide([instagram], category="Resume Writing") == "nudge"
    assert decide([linkedin(), phone()], category="Resume Writing") == "nudge"


def test_the_configuration_names_the_kinds_that_are_always_blocked() -> None:
    strict = POLICY.model_copy(update={"always_block_kinds": ("offplatform_payment", "email")})
    decision = decide_message(
        [email()],
        stage="pre_contract",
        sender_plan=None,
        prior_offences=0,
        job_category=None,
        config=strict,
    )
    assert decision.outcome == "block"


def test_the_repeat_threshold_comes_from_the_configuration() -> None:
    lenient = POLICY.model_copy(update={"repeat_offences_to_block": 3})
    decision = decide_message(
        [phone()],
        stage="pre_contract",
        sender_plan=None,
        prior_offences=2,
        job_category=None,
        config=lenient,
    )
    assert decision.outcome == "nudge"


def test_the_decision_names_the_policy_and_its_version() -> None:
    decision = decide_message(
        [phone()], stage="pre_contract", sender_plan=None, prior_offences=0, job_category=None
    )
    assert decision.policy == "message_policy"
    assert decision.policy_version == "2026-11-1"
    assert POLICY.version == "2026-11-1"


def test_criteria_read_like_the_policy_with_their_evidence() -> None:
    decision = decide_message(
        [phone(), payment()],
        stage="pre_contract",
        sender_plan="basic",
        prior_offences=2,
        job_category="SEO",
    )
    shares = criterion(decision, policy.SHARES_CONTACT)
    assert shares.met
    assert "phone (+14155550123)" in shares.evidence
    assert "offplatform_payment (paypal)" in shares.evidence
    assert criterion(decision, policy.BEFORE_CONTRACT).evidence == "stage: pre_contract"
    assert criterion(decision, policy.OFF_PLATFORM_PAYMENT).met
    assert not criterion(decision, policy.BUSINESS_PLAN).met
    assert "plan: basic" in criterion(decision, policy.BUSINESS_PLAN).evidence
    repeat = criterion(decision, policy.REPEAT_OFFENCE)
    assert repeat.met
    assert repeat.evidence.startswith("2 prior offence(s) in 90 days")


def test_a_request_is_described_as_asked_for() -> None:
    decision = decide_message(
        detect_contacts("send me your number"),
        stage="pre_contract",
        sender_plan=None,
        prior_offences=0,
        job_category=None,
    )
    assert criterion(decision, policy.SHARES_CONTACT).evidence == "phone (asked for)"


def test_bad_facts_are_refused_with_the_field_named() -> None:
    with pytest.raises(ValueError, match="stage"):
        decide_message(
            [],
            stage="later",  # type: ignore[arg-type]
            sender_plan=None,
            prior_offences=0,
            job_category=None,
        )
    with pytest.raises(ValueError, match="prior_offences"):
        decide_message(
            [], stage="pre_contract", sender_plan=None, prior_offences=-1, job_category=None
        )


def test_the_configuration_is_frozen_and_checks_its_kinds() -> None:
    with pytest.raises(ValidationError):
        POLICY.version = "other"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="unknown kinds"):
        MessagePolicyConfig(
            version="x",
            always_block_kinds=("carrier_pigeon",),
            repeat_offences_to_block=1,
            offence_window_days=90,
            exempt_plans=(),
            access_grant_kinds=(),
            linkedin_writing_categories=(),
        )


def nudge_for(findings: list[Finding], stage: policy.Stage, prior: int = 0) -> str:
    decision = decide_message(
        findings, stage=stage, sender_plan=None, prior_offences=prior, job_category=None
    )
    return nudge_text(decision, stage)


def test_the_pre_contract_nudge_states_the_rule_and_the_alternative() -> None:
    text = nudge_for([Finding("video_meeting", 0, 4, "zoom")], "pre_contract")
    assert "Before a contract starts" in text
    assert "not a suggestion" in text
    assert "may not be shared or asked for" in text
    assert "Messages video or voice call" in text
    assert "dial-in option" in text
    assert "add them to this room or start a group room" in text


def test_a_repeat_is_told_the_message_was_not_sent() -> None:
    text = nudge_for([phone()], "pre_contract", prior=1)
    assert "was not sent" in text
    assert "Messages video or voice call" in text


def test_the_nudge_during_a_contract_is_about_payment_only() -> None:
    during = nudge_for([payment()], "active_contract")
    before = nudge_for([payment()], "pre_contract")
    assert during != before
    assert "Contact details are fine in this contract's room" in during
    assert "Payments must go through the marketplace" in during
    assert "Before a contract starts" not in during
    assert "Payments must go through the marketplace" in before


def test_an_allowed_message_has_no_nudge() -> None:
    assert nudge_for([], "pre_contract") == ""
    assert nudge_for([phone()], "active_contract") == ""
