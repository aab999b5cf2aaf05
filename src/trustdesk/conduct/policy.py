"""The rules of playbook 002 ("handling users who are overly chatty, refusing to disconnect,
or are verbally abusive" and "Handling of Self Harm / Suicide") as pure functions.

- ``guide_message``: what one scanned user message asks of the agent, as a ``Decision``
  (``self_harm_immediate``, ``self_harm_risk``, ``warn``, ``let_vent`` or ``none``) with
  the scripted situations it mentions.
- ``decide_disconnect``: a chat "may be disconnected after one warning": only when the
  user was abusive, was warned, and went on being abusive after the warning.
- ``lint_reply``: the playbook's "Things to avoid" in an agent's reply to a user who
  threatened self-harm, each flag with the playbook's reason.
- ``detect_situations``: recording, an office visit, the CEO, the agent's full name or
  ID, a chatty user, a user who will not end until someone in charge answers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final

from trustdesk.decisions import Criterion, Decision
from trustdesk.textsafety.chat import ChatAssessment

POLICY_VERSION: Final = "2026-11-1"
#: The marketplace the playbooks name. The desk passes the one it serves
#: (``TRUSTDESK_MARKETPLACE_NAME``): users name that one when they tie a threat to it or ask
#: to visit its office, and agents should not discuss it with a user in crisis.
PLAYBOOK_MARKETPLACE: Final = "Upwork"
GUIDANCE_POLICY: Final = "conversation_safety"
DISCONNECT_POLICY: Final = "chat_disconnect"

#: A user who writes this many messages in one conversation gets the wrap-up lines offered.
CHATTY_AFTER_MESSAGES: Final = 12

# Criterion names: the playbook's words, read by the agent and checked by the code.
ABUSIVE: Final = (
    "The user is verbally abusive (racial slurs, profanity directed at the agent, "
    "or threatening tone)"
)
VENTING: Final = (
    "The user is upset or venting frustration, not abusing the agent: not grounds for "
    "terminating the chat, even if profanity is used"
)
SELF_HARM: Final = "The user threatens to commit self harm and/or suicide"
IMMEDIATE: Final = (
    "There is an immediate threat of danger (someone detailing actions they are taking "
    "right now): this may be a TSI case, see a Lead immediately"
)
LINKED_TO_ACCOUNT: Final = "The user connects the threat to an action on their account"
WARNED: Final = "A warning was given before ending the chat"
CONTINUED: Final = "The user continued to be abusive after the warning"


class Guidance(StrEnum):
    """What a user's message asks of the agent, most urgent first."""

    SELF_HARM_IMMEDIATE = "self_harm_immediate"
    SELF_HARM_RISK = "self_harm_risk"
    WARN = "warn"
    LET_VENT = "let_vent"
    NONE = "none"


# ---------------------------------------------------------------------------------------
# Macros the guidance offers, by their titles in the macro library.

SELF_HARM_GENERAL_MACRO: Final = "CS > Self-harm/Suicide Threat > General Response"
SELF_HARM_ACCOUNT_MACRO: Final = (
    "CS > Self-harm/Suicide Threat > Users Connecting Threat to Upwork Account Action"
)
WARNING_MACROS: Final = (
    "Conduct > Abusive user > Warning 1",
    "Conduct > Abusive user > Warning 2",
    "Conduct > Abusive user > Warning 3",
)
DISCONNECT_MACRO: Final = "Conduct > Abusive user > Disconnect"


class Situation(StrEnum):
    RECORDING = "recording"
    NOT_TO_BE_RECORDED = "not_to_be_recorded"
    OFFICE_VISIT = "office_visit"
    LEADERSHIP = "leadership"
    AGENT_IDENTITY = "agent_identity"
    OVERLY_CONVERSATIONAL = "overly_conversational"
    SOMEONE_IN_CHARGE = "someone_in_charge"

    @property
    def label(self) -> str:
        return SITUATION_LABELS[self]

    @property
    def macros(self) -> tuple[str, ...]:
        return SITUATION_MACROS[self]


SITUATION_LABELS: Final = {
    Situation.RECORDING: "Customer indicates they are recording",
    Situation.NOT_TO_BE_RECORDED: "Customer asks that they not be recorded by Upwork",
    Situation.OFFICE_VISIT: "Insists for address to visit",
    Situation.LEADERSHIP: "Requests to speak to CEO / other members of LT",
    Situation.AGENT_IDENTITY: "Requests for FULL agent name / work ID",
    Situation.OVERLY_CONVERSATIONAL: "Overly conversational user: quick wrap up",
    Situation.SOMEONE_IN_CHARGE: (
        "User refuses to end and insists on speaking to someone in charge: set up a follow "
        "up with a supervisor and notify a TL or Manager immediately"
    ),
}
SITUATION_MACROS: Final = {
    Situation.RECORDING: (
        "Calls > Recorded call > Customer indicates they are recording",
        "Calls > Recorded call > Customer refuses to stop recording",
    ),
    Situation.NOT_TO_BE_RECORDED: (
        "Calls > Recorded call > Customer asks not to be recorded by Upwork",
    ),
    Situation.OFFICE_VISIT: ("Contact requests > Office address > Insists on visiting the office",),
    Situation.LEADERSHIP: ("Contact requests > Leadership > Speak to the CEO or leadership team",),
    Situation.AGENT_IDENTITY: ("Contact requests > Agent identity > Full agent name or work ID",),
    Situation.OVERLY_CONVERSATIONAL: (
        "Calls > Overly conversational user > Wrap-up: a pleasure talking to you",
        "Calls > Overly conversational user > Wrap-up: hope I resolved your issue",
    ),
    Situation.SOMEONE_IN_CHARGE: (
        "Calls > Refusal to end > We will look into it",
        "Calls > Refusal to end > Set up a call with a manager",
    ),
}

_I = re.IGNORECASE


def _with_marketplace(pattern: str, marketplace: str) -> str:
    """``pattern`` with ``{marketplace}`` standing for the marketplace's name: in any case,
    with any spaces between its words, and with or without a possessive ("Gigly's", "Gig
    Works'")."""
    name = r"\s+".join(re.escape(word) for word in marketplace.split())
    return pattern.replace("{marketplace}", rf"{name}(?:['’]s?)?")


_SITUATION_PATTERNS: Final[tuple[tuple[Situation, str], ...]] = (
    (
        Situation.NOT_TO_BE_RECORDED,
        r"\b(?:do not|don'?t|stop|quit)\s+record(?:ing)?\s+(?:me|this|my)\b"
        r"|\b(?:i\s+)?(?:do not|don'?t)\s+(?:consent|agree)\s+to\s+(?:being|be)\s+recorded"
        r"|\bturn\s+off\s+(?:your|the)\s+recording\b",
    ),
    (
        Situation.RECORDING,
        r"\bi(?:'m| am)\s+(?:now\s+)?(?:recording|taping)\b"
        r"|\bi(?:'ve| have)\s+(?:been\s+)?(?:recording|taping)\b"
        r"|\b(?:this|our)\s+(?:call|chat|conversation)\s+is\s+being\s+recorded\s+by\s+me\b"
        r"|\bi(?:'ll| will)\s+(?:be\s+)?record(?:ing)?\s+(?:this|our|the)\b"
        r"|\b(?:screenshot|screen[- ]?record)(?:ing|ed)?\s+(?:this|our|everything)\b",
    ),
    (
        Situation.OFFICE_VISIT,
        r"\b(?:visit|come\s+(?:to|by)|show\s+up\s+at|go\s+to|walk\s+into)\s+"
        r"(?:your|the|{marketplace})\s+(?:office|offices|headquarters|hq|building)\b"
        r"|\b(?:your|the|{marketplace})\s+(?:office|headquarters|hq)\s+(?:street\s+)?address\b"
        r"|\bwhere\s+(?:is|are)\s+(?:your|the|{marketplace})\s+(?:office|offices|headquarters|hq)\b"
        r"|\b(?:in\s+person|face\s+to\s+face)\s+(?:at|in)\s+(?:your|the)\s+office",
    ),
    (
        Situation.LEADERSHIP,
        r"\b(?:ceo|cfo|coo|cto|founder|co-?founder|chief\s+executive|president"
        r"|leadership(?:\s+team)?|executives?|board\s+of\s+directors)\b",
    ),
    (
        Situation.AGENT_IDENTITY,
        r"\b(?:your|the\s+agent'?s)\s+(?:full|real|last)\s+name\b"
        r"|\b(?:your|ur)\s+surname\b"
        r"|\b(?:employee|staff|work|agent|badge)\s*(?:id|i\.d\.|number|no\.?|#)"
        r"|\bwho\s+am\s+i\s+(?:talking|speaking|chatting)\s+to\b",
    ),
    (
        Situation.SOMEONE_IN_CHARGE,
        r"\b(?:speak|talk|chat)\s+(?:to|with)\s+(?:a|an|your|the)\s+"
        r"(?:manager|supervisor|boss|superior|someone\s+(?:in\s+charge|senior|higher\s+up))\b"
        r"|\b(?:someone|somebody|person)\s+in\s+charge\b"
        r"|\bnot\s+(?:leaving|hanging\s+up|ending\s+this|going\s+anywhere|disconnecting)"
        r"\b[^.!?]{0,40}\b(?:until|till|unless)\b"
        r"|\b(?:won'?t|will\s+not|refuse\s+to)\s+(?:hang\s+up|leave|end\s+this|disconnect|log\s+off)\b",
    ),
    (
        Situation.OVERLY_CONVERSATIONAL,
        r"\b(?:by\s+the\s+way|anyway)\b[^.!?]{0,40}\b(?:weather|weekend|my\s+(?:cat|dog|kids?"
        r"|wife|husband|vacation|holiday)|your\s+day)\b"
        r"|\bhow(?:'s| is| was)\s+your\s+(?:day|weekend|week|morning|evening)\b"
        r"|\blet\s+me\s+tell\s+you\s+(?:a\s+(?:story|funny)|about\s+my)\b"
        r"|\bwhere\s+are\s+you\s+(?:from|based|located)\b"
        r"|\bdid\s+i\s+(?:ever\s+)?tell\s+you\s+about\b",
    ),
)


@functools.lru_cache(maxsize=8)
def _situation_patterns(marketplace: str) -> tuple[tuple[Situation, re.Pattern[str]], ...]:
    return tuple(
        (situation, re.compile(_with_marketplace(pattern, marketplace), _I))
        for situation, pattern in _SITUATION_PATTERNS
    )


@dataclass(frozen=True, slots=True)
class SituationCue:
    situation: Situation
    start: int
    end: int
    text: str


def detect_situations(
    text: str, *, user_messages: int = 1, marketplace: str = PLAYBOOK_MARKETPLACE
) -> list[SituationCue]:
    """The scripted situations this user message raises, each once, in the playbook's
    order. ``user_messages`` is how many messages the user has written in the conversation
    so far: a conversation that long is offered the wrap-up lines."""
    cues: list[SituationCue] = []
    seen: set[Situation] = set()
    for situation, pattern in _situation_patterns(marketplace):
        if situation is Situation.RECORDING and Situation.NOT_TO_BE_RECORDED in seen:
            continue
        match = pattern.search(text)
        if match is not None:
            seen.add(situation)
            cues.append(SituationCue(situation, match.start(), match.end(), match.group(0)))
    if Situation.OVERLY_CONVERSATIONAL not in seen and user_messages >= CHATTY_AFTER_MESSAGES:
        cues.append(
            SituationCue(
                Situation.OVERLY_CONVERSATIONAL, 0, 0, f"{user_messages} messages in this chat"
            )
        )
    return cues


# ---------------------------------------------------------------------------------------
# A self-harm threat connected to an account action

_ACCOUNT_ACTION: Final = (
    r"\b(?:account|profile)\b[^.!?]{0,60}\b(?:suspend\w*|ban\w*|clos\w*|block\w*|restrict\w*"
    r"|deactivat\w*|lock\w*|hold|disabled|removed|terminated)"
    r"|\b(?:suspend\w*|ban\w*|clos\w*|block\w*|restrict\w*|deactivat\w*|lock\w*|disabled"
    r"|terminated)\b[^.!?]{0,30}\b(?:my|the)\s+(?:account|profile)\b"
    r"|\b(?:you|{marketplace}|they)\s+(?:suspended|banned|closed|blocked|restricted|deactivated"
    r"|locked|terminated|took|stole|froze|kept)\s+(?:me|my)\b"
    r"|\b(?:my|the)\s+(?:suspension|ban|account\s+hold|hold\s+on\s+my\s+account)\b"
    r"|\b(?:withheld|frozen|held)\s+(?:my\s+)?(?:money|earnings|funds|payment)s?\b"
    r"|\bbecause\s+of\s+(?:{marketplace}|you|your\s+(?:policy|decision))\b"
)


@functools.lru_cache(maxsize=8)
def _account_action(marketplace: str) -> re.Pattern[str]:
    return re.compile(_with_marketplace(_ACCOUNT_ACTION, marketplace), _I)


def account_action_link(text: str, *, marketplace: str = PLAYBOOK_MARKETPLACE) -> str | None:
    """The words connecting a self-harm threat to an action taken on the user's account
    (the playbook's second macro), or None."""
    match = _account_action(marketplace).search(text)
    return match.group(0) if match else None


# ---------------------------------------------------------------------------------------
# What a message asks of the agent


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _cue_evidence(assessment: ChatAssessment, labels: Iterable[str]) -> str:
    wanted = set(labels)
    found = [f"{cue.label}: {_quote(cue.text)}" for cue in assessment.cues if cue.label in wanted]
    return "; ".join(found) or "no such words found"


def guide_message(
    assessment: ChatAssessment,
    text: str,
    *,
    situations: Sequence[SituationCue] = (),
    marketplace: str = PLAYBOOK_MARKETPLACE,
) -> Decision:
    """What one user message asks of the agent.

    Outcomes, most urgent first: ``self_harm_immediate`` (see a Lead at once),
    ``self_harm_risk`` (the self-harm macro and the executive-escalations child ticket),
    ``warn`` (abuse: the warning scripts, disconnect only after one warning), ``let_vent``
    (upset but not abusive: let them vent, do not interrupt, no warning), ``none``."""
    abusive = assessment.abuse == "abusive"
    venting = assessment.abuse == "venting"
    self_harm = assessment.self_harm != "none"
    immediate = assessment.self_harm == "immediate"
    link = account_action_link(text, marketplace=marketplace) if self_harm else None
    criteria = [
        Criterion(
            name=SELF_HARM,
            met=self_harm,
            evidence=_cue_evidence(assessment, ("self_harm_risk", "self_harm_immediate")),
        ),
        Criterion(
            name=IMMEDIATE,
            met=immediate,
            evidence=_cue_evidence(assessment, ("self_harm_immediate",)),
        ),
        Criterion(
            name=ABUSIVE,
            met=abusive,
            evidence=(
                _cue_evidence(assessment, ("slur", "directed_insult", "threat"))
                if abusive
                else "nothing aimed at the agent"
            ),
        ),
        Criterion(
            name=VENTING,
            met=venting,
            evidence=_cue_evidence(assessment, ("profanity", "venting"))
            if venting
            else "not venting",
        ),
    ]
    if self_harm:
        criteria.append(
            Criterion(
                name=LINKED_TO_ACCOUNT,
                met=link is not None,
                evidence=_quote(link) if link else "no account action mentioned",
            )
        )
    criteria.extend(
        Criterion(name=cue.situation.label, met=True, evidence=_quote(cue.text))
        for cue in situations
    )
    if immediate:
        outcome = Guidance.SELF_HARM_IMMEDIATE
    elif self_harm:
        outcome = Guidance.SELF_HARM_RISK
    elif abusive:
        outcome = Guidance.WARN
    elif venting:
        outcome = Guidance.LET_VENT
    else:
        outcome = Guidance.NONE
    return Decision(
        policy=GUIDANCE_POLICY,
        policy_version=POLICY_VERSION,
        outcome=outcome.value,
        criteria=tuple(criteria),
    )


def self_harm_macro(linked_to_account: bool) -> str:
    """The playbook's macro for a self-harm threat: the general response, or the one for a
    user connecting the threat to an account action."""
    return SELF_HARM_ACCOUNT_MACRO if linked_to_account else SELF_HARM_GENERAL_MACRO


# ---------------------------------------------------------------------------------------
# Disconnecting a chat


@dataclass(frozen=True, slots=True)
class AbuseEvent:
    """An abusive user message, or a warning the agent sent, with when it happened."""

    at: datetime
    text: str


def decide_disconnect(
    abusive_messages: Sequence[AbuseEvent], warnings: Sequence[AbuseEvent]
) -> Decision:
    """``may_disconnect`` only when the user was abusive, was warned, and was abusive again
    after the (first) warning; otherwise ``not_yet``. "A warning should always be given
    BEFORE abruptly ending a call/chat." """
    first_warning = min(warnings, key=lambda event: event.at) if warnings else None
    after = (
        [message for message in abusive_messages if message.at > first_warning.at]
        if first_warning
        else []
    )
    criteria = (
        Criterion(
            name=ABUSIVE,
            met=bool(abusive_messages),
            evidence=(
                f"{len(abusive_messages)} abusive message(s), first "
                f"{_quote(abusive_messages[0].text)}"
                if abusive_messages
                else "no abusive message in this chat"
            ),
        ),
        Criterion(
            name=WARNED,
            met=first_warning is not None,
            evidence=(
                f"warned at {first_warning.at:%Y-%m-%d %H:%M} UTC: {_quote(first_warning.text)}"
                if first_warning
                else "no warning sent yet: send one of the warning scripts first"
            ),
        ),
        Criterion(
            name=CONTINUED,
            met=bool(after),
            evidence=(
                f"{len(after)} abusive message(s) after the warning, last {_quote(after[-1].text)}"
                if after
                else "no abusive message since the warning"
                if first_warning
                else "no warning yet"
            ),
        ),
    )
    return Decision(
        policy=DISCONNECT_POLICY,
        policy_version=POLICY_VERSION,
        outcome="may_disconnect" if all(criterion.met for criterion in criteria) else "not_yet",
        criteria=criteria,
    )


# ---------------------------------------------------------------------------------------
# Who answers a possible threat to life, and how soon

THREAT_TO_LIFE_POLICY: Final = "threat_to_life_owner"
HANDLING_AGENT: Final = "An agent is already handling the conversation"
PROMPT_ANSWER: Final = "The user is answered within minutes, not hours"


class ThreatOwner(StrEnum):
    """Who owns a conversation flagged as a possible threat to life."""

    KEEP_ASSIGNEE = "keep_assignee"
    HANDLING_AGENT = "assign_handling_agent"
    TEAM_LEADS = "route_to_team_leads"


def decide_threat_to_life_owner(
    message: str,
    *,
    assignee: str | None,
    replied_by: str | None,
    due_at: datetime,
    minutes: int,
) -> Decision:
    """Who owns a ticket whose user may be acting on a threat to their life right now:
    the agent it is assigned to (``keep_assignee``), else the agent who has been answering
    the conversation (``assign_handling_agent``), else the team leads' queue, whom the
    playbook says to see immediately (``route_to_team_leads``). The criteria say which,
    and by when the user is owed an answer."""
    if assignee is not None:
        outcome, handling = ThreatOwner.KEEP_ASSIGNEE, f"assigned to {assignee}"
    elif replied_by is not None:
        outcome = ThreatOwner.HANDLING_AGENT
        handling = f"not assigned; {replied_by} has been answering the user"
    else:
        outcome = ThreatOwner.TEAM_LEADS
        handling = "not assigned and no agent has answered yet: routed to the team leads"
    return Decision(
        policy=THREAT_TO_LIFE_POLICY,
        policy_version=POLICY_VERSION,
        outcome=outcome,
        criteria=(
            Criterion(name=IMMEDIATE, met=True, evidence=_quote(message)),
            Criterion(
                name=HANDLING_AGENT, met=outcome != ThreatOwner.TEAM_LEADS, evidence=handling
            ),
            Criterion(
                name=PROMPT_ANSWER,
                met=True,
                evidence=(
                    f"first response due {due_at:%Y-%m-%d %H:%M} UTC "
                    f"({minutes} minutes, the SLA policy for a possible threat to life)"
                ),
            ),
        ),
    )


# ---------------------------------------------------------------------------------------
# The reply linter for self-harm conversations


@dataclass(frozen=True, slots=True)
class ReplyFlag:
    rule: str
    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class _AvoidRule:
    """What the playbook says to avoid and its reason; ``{marketplace}`` in either stands for
    the marketplace the desk serves."""

    name: str
    pattern: str
    reason: str
    unless_linked_to_account: bool = False


AVOID_RULES: Final = (
    _AvoidRule(
        "i_understand",
        r"\bI\s+(?:completely\s+|totally\s+|fully\s+|really\s+|do\s+)?understand\b"
        r"|\bI\s+know\s+(?:exactly\s+)?how\s+you\s+feel\b",
        "Avoid saying “I understand” or “it will get better”: while we all have the same "
        "experiences, we all experience things differently and in our own unique way; it can "
        "sound insensitive to someone in crisis.",
    ),
    _AvoidRule(
        "it_will_get_better",
        r"\b(?:it|things|life|everything)\s*(?:will|'ll|is\s+going\s+to|gonna)\s+"
        r"(?:get|be)\s+(?:better|ok(?:ay)?|fine|alright)\b"
        r"|\b(?:it|things)\s+(?:always\s+)?gets?\s+better\b",
        "Avoid saying “I understand” or “it will get better”: it can sound insensitive to "
        "someone in crisis.",
    ),
    _AvoidRule(
        "friends_or_family",
        r"\b(?:friends?|family|relatives?|loved\s+ones?|parents?|siblings?|partner|spouse"
        r"|someone\s+(?:close\s+to\s+you|you\s+trust))\b",
        "Avoid suggesting that they reach out to friends or family. Many people don’t have "
        "this option.",
    ),
    _AvoidRule(
        "mental_health",
        r"\bmental(?:ly)?\s+(?:health|ill(?:ness)?|state|condition)\b|\bdepress\w*"
        r"|\banxiety\b|\bbipolar\b|\bpsychiatr\w*|\bdisorder\b|\bmedication\b",
        "Avoid discussing mental health or making references to depression, etc.",
    ),
    _AvoidRule(
        "account_or_policy",
        r"\b(?:{marketplace}|your\s+account|account\s+(?:status|hold|review)|suspen(?:d|ded|sion)"
        r"|polic(?:y|ies)|terms\s+of\s+service|\bToS\b|ban(?:ned)?\b|restriction)\b",
        "Avoid discussing {marketplace} or their account/suspension/policy to avoid escalating "
        "matters, unless the user makes it a part of their threat of self-harm.",
        unless_linked_to_account=True,
    ),
)


@functools.lru_cache(maxsize=8)
def _avoid_rules(marketplace: str) -> tuple[tuple[_AvoidRule, re.Pattern[str], str], ...]:
    """Each rule with its pattern compiled and its reason worded for ``marketplace``."""
    return tuple(
        (
            rule,
            re.compile(_with_marketplace(rule.pattern, marketplace), _I),
            rule.reason.replace("{marketplace}", marketplace),
        )
        for rule in AVOID_RULES
    )


def lint_reply(
    text: str, *, linked_to_account: bool, marketplace: str = PLAYBOOK_MARKETPLACE
) -> list[ReplyFlag]:
    """Every phrase of ``text`` the playbook says to avoid when a user has threatened
    self-harm, in the order they appear, each with the playbook's reason."""
    flags = [
        ReplyFlag(rule.name, match.start(), match.end(), match.group(0), reason)
        for rule, pattern, reason in _avoid_rules(marketplace)
        if not (rule.unless_linked_to_account and linked_to_account)
        for match in pattern.finditer(text)
    ]
    return sorted(flags, key=lambda flag: flag.start)
