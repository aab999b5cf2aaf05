"""Playbook 002's rules as pure functions: the guidance a message gives the agent, when a
chat may be disconnected, the reply linter and the scripted situations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from trustdesk.conduct import policy
from trustdesk.conduct.policy import AbuseEvent, Guidance, Situation
from trustdesk.desk.macro_library import PLAYBOOK_MACROS as MACROS
from trustdesk.textsafety.chat import ChatAssessment, ChatCue, assess_chat

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _guide(text: str) -> str:
    return policy.guide_message(assess_chat(text), text).outcome


def _criterion(decision: policy.Decision, name: str) -> policy.Criterion:
    return next(criterion for criterion in decision.criteria if criterion.name == name)


# ---------------------------------------------------------------------------------------
# Guidance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("you people are useless", Guidance.WARN),
        ("you are a f*cking idiot", Guidance.WARN),
        ("this is useless", Guidance.LET_VENT),
        ("this is such bullshit, three weeks and nothing", Guidance.LET_VENT),
        ("I'll sue you and leave a bad review everywhere", Guidance.LET_VENT),
        ("I know where your office is", Guidance.WARN),
        ("I don't see a reason to go on", Guidance.SELF_HARM_RISK),
        ("I have the pills in my hand and I'm taking them now", Guidance.SELF_HARM_IMMEDIATE),
        ("Hi, could you help me change my email address?", Guidance.NONE),
    ],
)
def test_guidance_follows_the_playbooks_lines(text: str, expected: Guidance) -> None:
    assert _guide(text) == expected


@pytest.mark.parametrize(
    "text", ["this deadline is killing me", "I could kill for a coffee", "my back is killing me"]
)
def test_figures_of_speech_are_not_self_harm(text: str) -> None:
    assert _guide(text) in (Guidance.NONE, Guidance.LET_VENT)


def test_self_harm_outranks_abuse_and_lists_both_criteria() -> None:
    text = "you idiots closed my account and I don't see a reason to go on"
    decision = policy.guide_message(assess_chat(text), text)
    assert decision.outcome == Guidance.SELF_HARM_RISK
    assert _criterion(decision, policy.SELF_HARM).met
    linked = _criterion(decision, policy.LINKED_TO_ACCOUNT)
    assert linked.met
    assert "closed my account" in linked.evidence


def test_guidance_quotes_the_words_it_acted_on() -> None:
    text = "you are a worthless moron"
    decision = policy.guide_message(assess_chat(text), text)
    abusive = _criterion(decision, policy.ABUSIVE)
    assert abusive.met
    assert "directed_insult" in abusive.evidence
    assert "moron" in abusive.evidence
    assert decision.policy_version == policy.POLICY_VERSION


def test_situations_become_met_criteria_with_their_evidence() -> None:
    text = "I want to speak to your CEO right now"
    situations = policy.detect_situations(text)
    decision = policy.guide_message(assess_chat(text), text, situations=situations)
    leadership = _criterion(decision, Situation.LEADERSHIP.label)
    assert leadership.met
    assert "CEO" in leadership.evidence


def test_an_assessment_without_cues_still_explains_itself() -> None:
    assessment = ChatAssessment(abuse="none", abuse_types=(), self_harm="none", cues=())
    decision = policy.guide_message(assessment, "hello")
    assert decision.outcome == Guidance.NONE
    assert all(criterion.evidence for criterion in decision.criteria)


def test_immediate_criterion_quotes_the_immediate_cue() -> None:
    cue = ChatCue("self_harm_immediate", 0, 10, "on the roof", "acting now")
    assessment = ChatAssessment(abuse="none", abuse_types=(), self_harm="immediate", cues=(cue,))
    decision = policy.guide_message(assessment, "on the roof")
    assert _criterion(decision, policy.IMMEDIATE).evidence == "self_harm_immediate: “on the roof”"


# ---------------------------------------------------------------------------------------
# Account action link and the self-harm macro


@pytest.mark.parametrize(
    "text",
    [
        "you suspended my account and now I want to end it all",
        "since my account was banned I see no point in living",
        "Upwork took my money, I'm going to kill myself",
        "after the hold on my account I just want to die",
        "because of your decision I don't want to be here anymore",
    ],
)
def test_account_action_links_are_found(text: str) -> None:
    assert policy.account_action_link(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I don't see a reason to go on",
        "I want to end my life, nothing matters",
        "my family left and I can't do this anymore",
    ],
)
def test_no_account_action_link_in_a_general_threat(text: str) -> None:
    assert policy.account_action_link(text) is None


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Gigly took my money, I'm going to kill myself", "Gigly took my"),
        ("because of gig works I don't want to be here anymore", "because of gig works"),
    ],
)
def test_the_marketplace_a_threat_is_tied_to_is_the_configured_one(text: str, link: str) -> None:
    marketplace = "Gig Works" if "gig works" in text else "Gigly"
    assert policy.account_action_link(text, marketplace=marketplace) == link
    # The playbooks' marketplace is not the one these users are on.
    assert policy.account_action_link(text) is None


def test_self_harm_macro_follows_the_account_link() -> None:
    assert policy.self_harm_macro(False) == policy.SELF_HARM_GENERAL_MACRO
    assert policy.self_harm_macro(True) == policy.SELF_HARM_ACCOUNT_MACRO


def test_every_macro_the_policy_names_is_in_the_library() -> None:
    titles = {macro.title for macro in MACROS}
    named = {
        policy.SELF_HARM_GENERAL_MACRO,
        policy.SELF_HARM_ACCOUNT_MACRO,
        policy.DISCONNECT_MACRO,
        *policy.WARNING_MACROS,
        *(title for situation in Situation for title in situation.macros),
    }
    assert named - titles == set()


# ---------------------------------------------------------------------------------------
# Disconnect


def _event(minutes: int, text: str = "you moron") -> AbuseEvent:
    return AbuseEvent(T0 + timedelta(minutes=minutes), text)


def test_no_disconnect_without_a_warning() -> None:
    decision = policy.decide_disconnect([_event(0), _event(2)], [])
    assert decision.outcome == "not_yet"
    assert [criterion.met for criterion in decision.criteria] == [True, False, False]
    assert "send one of the warning scripts first" in decision.criteria[1].evidence


def test_no_disconnect_when_the_abuse_stopped_after_the_warning() -> None:
    decision = policy.decide_disconnect([_event(0)], [_event(1, "I must however ask")])
    assert decision.outcome == "not_yet"
    assert decision.criteria[2].evidence == "no abusive message since the warning"


def test_disconnect_after_a_warning_and_continued_abuse() -> None:
    decision = policy.decide_disconnect(
        [_event(0), _event(5, "still a moron")], [_event(1, "I must however ask")]
    )
    assert decision.outcome == "may_disconnect"
    assert "still a moron" in decision.criteria[2].evidence


def test_no_disconnect_when_nobody_was_abusive() -> None:
    decision = policy.decide_disconnect([], [_event(1, "warning")])
    assert decision.outcome == "not_yet"
    assert not decision.criteria[0].met


def test_abuse_before_the_first_warning_does_not_count_as_continued() -> None:
    decision = policy.decide_disconnect(
        [_event(0), _event(1)], [_event(2, "first warning"), _event(3, "second warning")]
    )
    assert decision.outcome == "not_yet"


# ---------------------------------------------------------------------------------------
# Reply linter


@pytest.mark.parametrize(
    ("reply", "rule"),
    [
        ("I understand how hard this is.", "i_understand"),
        ("I completely understand.", "i_understand"),
        ("I know how you feel.", "i_understand"),
        ("It will get better, I promise.", "it_will_get_better"),
        ("Things will get better soon.", "it_will_get_better"),
        ("It gets better.", "it_will_get_better"),
        ("Please reach out to your friends.", "friends_or_family"),
        ("Is there family you could call?", "friends_or_family"),
        ("Talk to someone you trust.", "friends_or_family"),
        ("It sounds like depression; please look after your mental health.", "mental_health"),
        ("Your account suspension will be reviewed.", "account_or_policy"),
        ("Our policy does not allow that.", "account_or_policy"),
    ],
)
def test_lint_flags_what_the_playbook_says_to_avoid(reply: str, rule: str) -> None:
    flags = policy.lint_reply(reply, linked_to_account=False)
    assert rule in {flag.rule for flag in flags}
    flag = next(flag for flag in flags if flag.rule == rule)
    assert reply[flag.start : flag.end] == flag.text
    assert flag.reason.startswith("Avoid")


def test_account_talk_is_fine_when_the_user_linked_the_threat_to_it() -> None:
    reply = "Regarding your account, we will review the suspension."
    assert [f.rule for f in policy.lint_reply(reply, linked_to_account=False)] == [
        "account_or_policy",
        "account_or_policy",
    ]
    assert policy.lint_reply(reply, linked_to_account=True) == []


def test_the_playbooks_self_harm_responses_pass_the_linter() -> None:
    bodies = {macro.title: macro.body for macro in MACROS}
    general = bodies[policy.SELF_HARM_GENERAL_MACRO]
    account = bodies[policy.SELF_HARM_ACCOUNT_MACRO]
    assert policy.lint_reply(general, linked_to_account=False) == []
    assert policy.lint_reply(account, linked_to_account=True) == []
    # The account response is for users who linked the threat to their account only.
    assert policy.lint_reply(account, linked_to_account=False)


def test_the_linter_flags_the_configured_marketplace_with_the_reason_naming_it() -> None:
    reply = "Gigly's trust team will look at this."
    flags = policy.lint_reply(reply, linked_to_account=False, marketplace="Gigly")
    assert [(flag.rule, flag.text) for flag in flags] == [("account_or_policy", "Gigly's")]
    assert flags[0].reason.startswith("Avoid discussing Gigly or their account")
    assert policy.lint_reply(reply, linked_to_account=True, marketplace="Gigly") == []
    assert policy.lint_reply(reply, linked_to_account=False) == []


def test_flags_come_in_reading_order() -> None:
    flags = policy.lint_reply(
        "It will get better. I understand. Call your family.", linked_to_account=False
    )
    assert [flag.rule for flag in flags] == [
        "it_will_get_better",
        "i_understand",
        "friends_or_family",
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "First, please know that I hear you and I want to help make sure you stay safe.",
        "Please call your local emergency number, a therapist or counselor.",
        "I am concerned about you and hope you will seek assistance.",
    ],
)
def test_empathy_and_help_are_not_flagged(reply: str) -> None:
    assert policy.lint_reply(reply, linked_to_account=False) == []


# ---------------------------------------------------------------------------------------
# Scripted situations


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        ("Just so you know, I'm recording this call.", Situation.RECORDING),
        ("I have been recording everything you said", Situation.RECORDING),
        ("Please don't record me, I do not consent to it", Situation.NOT_TO_BE_RECORDED),
        ("I do not consent to being recorded", Situation.NOT_TO_BE_RECORDED),
        ("What is your office address? I will come by tomorrow.", Situation.OFFICE_VISIT),
        ("I'm going to visit your headquarters in San Francisco", Situation.OFFICE_VISIT),
        ("Where is your office located?", Situation.OFFICE_VISIT),
        ("Put me through to your CEO", Situation.LEADERSHIP),
        ("I want to talk to the leadership team", Situation.LEADERSHIP),
        ("What's your full name?", Situation.AGENT_IDENTITY),
        ("Give me your employee ID right now", Situation.AGENT_IDENTITY),
        ("I need your last name and staff number", Situation.AGENT_IDENTITY),
        ("Let me speak to a manager", Situation.SOMEONE_IN_CHARGE),
        ("I'm not leaving this chat until someone in charge answers", Situation.SOMEONE_IN_CHARGE),
        ("I won't hang up", Situation.SOMEONE_IN_CHARGE),
        ("Anyway, how's your day going?", Situation.OVERLY_CONVERSATIONAL),
        ("Did I tell you about my trip to Lisbon?", Situation.OVERLY_CONVERSATIONAL),
    ],
)
def test_situations_are_detected(text: str, situation: Situation) -> None:
    assert situation in {cue.situation for cue in policy.detect_situations(text)}


@pytest.mark.parametrize(
    "text",
    [
        "My freelancer has not answered for ten days.",
        "I need a refund for contract 4411.",
        "The screen recording feature in the desktop app crashes.",
        "Can you update the address on my invoices?",
        "I'm the CEO of a small agency and my payment is late",
    ],
)
def test_ordinary_messages_raise_no_situation_but_their_own(text: str) -> None:
    found = {cue.situation for cue in policy.detect_situations(text)}
    # The self-described CEO mentions leadership: the agent is shown the script and decides.
    assert found <= {Situation.LEADERSHIP}
    if "CEO" not in text:
        assert found == set()


@pytest.mark.parametrize(
    "text",
    [
        "I will walk into Gig Works HQ tomorrow",
        "where is gig works' office?",
        "Give me the Gig Works office address now",
    ],
)
def test_an_office_visit_may_name_the_configured_marketplace(text: str) -> None:
    situations = policy.detect_situations(text, marketplace="Gig Works")
    assert [cue.situation for cue in situations] == [Situation.OFFICE_VISIT]


def test_asking_not_to_be_recorded_is_not_also_recording() -> None:
    found = {cue.situation for cue in policy.detect_situations("stop recording me")}
    assert found == {Situation.NOT_TO_BE_RECORDED}


def test_a_long_conversation_is_offered_the_wrap_up() -> None:
    quiet = "Thanks, and one more question."
    assert policy.detect_situations(quiet, user_messages=3) == []
    cues = policy.detect_situations(quiet, user_messages=policy.CHATTY_AFTER_MESSAGES)
    assert [cue.situation for cue in cues] == [Situation.OVERLY_CONVERSATIONAL]
    assert cues[0].text == f"{policy.CHATTY_AFTER_MESSAGES} messages in this chat"
