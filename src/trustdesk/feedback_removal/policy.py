"""The eligibility review of a crisis Feedback Removal Request, as a ``Decision``.

``decide_feedback_removal(facts)`` checks every rule of the playbook's "Review for
Approval" on the facts of one request (``RemovalFacts``, the schema of ``trustdesk decide
feedback-removal``) and returns a ``FeedbackRemovalDecision``: the outcome, the removal
scope, each criterion met or not with its evidence, the reasons and, on a decline, the
alternatives the FAQ offers. The desk and the command line call the same function.

The criteria, in the playbook's words and order:

1. Customer was impacted by the recent global event: located in an impacted region (the
   country, or the subdivision, as ISO 3166 codes: a requester in ``PH-CEB`` is inside an
   event region ``PH``; a requester known only as ``US`` is not inside ``US-FL``), OR checked
   in, OR sent the targeted message.
2. Feedback was left during the period of impact: from the event's first day to its last,
   both included; an event with no end is still ongoing.
3. Feedback had a bad or neutral outcome: a public rating below 4.0 (4.0 itself is not), OR
   a private score of 6 or below (7 is not).
4. Feedback public or private comments reference behaviours caused by the impact
   (unresponsiveness, inability to continue working, missed deadlines or appointments):
   either comment, read by ``trustdesk.textsafety.feedback`` (``trustdesk scan feedback``).
5. Requester is the individual freelancer who worked the contract, OR, for an agency
   contract, the agency owner, an admin or a business manager.
6. Job is closed (not open, not paused).
7. Job is not already excluded from JSS.
8. One approval per freelancer is allowed without team lead approval: an earlier
   "Crisis Feedback Removal: Assignment …" note (``prior_crisis_removals`` of 1 or more)
   sends the request to a team lead.

The outcome:

- ``approve`` when criteria 1 to 8 are all met;
- ``needs_team_lead`` when 1 to 7 are met and 8 is not (a second request: "TLs, see
  cs-leadership-team Slack channel if 1+ cases come up"), and also whenever the agent asks
  for an exception (``exception_requested``: "If a customer is not eligible after reviewing
  below, but their circumstances seem like we can make an exception, see a TL", e.g. a
  hurricane not yet registered as an event);
- ``decline`` when any of 1 to 7 is not met, with the unmet criteria as the reasons and the
  FAQ's alternatives (talk to the client, let the client revise the feedback, a Top Rated
  freelancer's own removal perk). A decline needs no team lead, a second request or not.

The scope (what an approval removes), from criterion 5 and the agency special case:

- ``profile_and_jss``: the freelancer of a contract without an agency, or the agency owner,
  an admin or a business manager for an agency contract;
- ``profile_only``: the freelancer who worked an agency contract and is no longer in the
  agency ("the feedback can be removed from the FL's profile, but not the JSS as the agency
  owns the JSS for any contracts done with the agency"), and, as the issue decides, the same
  for a freelancer still in the agency without one of those roles: excluding an agency
  contract from JSS always needs the owner, an admin or a business manager. The reasons then
  say that the agency owner can be asked by email whether to remove it from JSS too, if the
  agency also qualifies and the freelancer agrees;
- ``None`` on a decline, and when an exception goes to a team lead for a requester who may
  not ask.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Annotated, Final, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from trustdesk.crisis.regions import coverage
from trustdesk.decisions import Criterion, Decision
from trustdesk.textsafety.feedback import FeedbackAssessment, assess_feedback

POLICY_NAME: Final = "crisis_feedback_removal"

Outcome = Literal["approve", "needs_team_lead", "decline"]
Scope = Literal["profile_and_jss", "profile_only"]
AgencyRole = Literal["owner", "admin", "business_manager", "member"]
ContractStatus = Literal["open", "paused", "closed"]
Identifier = int | str

# Criterion names: what the agent reads, in the playbook's words, and what the code checks.
IMPACTED: Final = (
    "Customer was impacted by the recent global event: located in an impacted region, "
    "checked in, or sent the targeted message"
)
DURING_IMPACT: Final = "Feedback was left during the period of impact"
BAD_OR_NEUTRAL: Final = "Feedback had a bad or neutral outcome"
REFERENCES_IMPACT: Final = (
    "Feedback public or private comments reference behaviours caused by the impact: "
    "unresponsiveness, inability to continue working, missed deadlines or appointments"
)
REQUESTER: Final = (
    "Requester is the individual freelancer who worked the contract or, for an agency, "
    "the agency owner, an admin or a business manager"
)
JOB_CLOSED: Final = "Job is closed"
NOT_EXCLUDED: Final = "Job is not already excluded from JSS"
FIRST_APPROVAL: Final = "One approval per freelancer is allowed without team lead approval"

#: The account note an approved removal writes; an earlier one sends the next to a team lead.
REMOVAL_NOTE_PREFIX: Final = "Crisis Feedback Removal: Assignment"

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_SUBDIVISION = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


class FeedbackRemovalConfig(BaseModel):
    """The review's thresholds and words; every decision carries its ``version``."""

    model_config = ConfigDict(frozen=True)

    version: str
    bad_public_rating_below: float = Field(
        description="A public rating below this is a bad or neutral outcome"
    )
    bad_private_score_at_most: float = Field(
        description="A private score at or below this is a bad or neutral outcome"
    )
    approvals_without_team_lead: int = Field(
        ge=0, description="Approved crisis removals per freelancer before a team lead decides"
    )
    jss_roles: tuple[AgencyRole, ...] = Field(
        description="Agency roles that may have an agency contract excluded from JSS"
    )
    alternatives: tuple[str, ...] = Field(description="What the FAQ offers when declining")
    not_crisis_related: str = Field(description="The FAQ's words when the feedback is unrelated")


POLICY: Final = FeedbackRemovalConfig(
    version="2026-11-1",
    bad_public_rating_below=4.0,
    bad_private_score_at_most=6,
    approvals_without_team_lead=1,
    jss_roles=("owner", "admin", "business_manager"),
    alternatives=(
        "Connect with your client to discuss the feedback.",
        "If you both agree, grant your client an opportunity to revise the feedback if the "
        "rating was left in error (enable feedback changes on the contract).",
        "If you are a Top Rated freelancer, you may consider using your perk to remove the "
        "feedback.",
    ),
    not_crisis_related=(
        "In order to be eligible for removal, the feedback left must be directly associated "
        "with negative impacts of a recent global crisis. Unfortunately, negative feedback "
        "left for any other reason cannot be removed."
    ),
)


# --- facts ------------------------------------------------------------------------------


def _day(value: object) -> object:
    """Accept a timestamp where a day is asked for: ``2024-09-03T10:00:00Z`` is 2024-09-03."""
    if isinstance(value, str) and len(value) > 10 and value[10] in "T ":
        return value[:10]
    return value


Day = Annotated[date, BeforeValidator(_day)]


def _region_code(value: object) -> object:
    if isinstance(value, str):
        return value.strip().upper().replace("_", "-")
    return value


def _country_code(value: object) -> object:
    code = _region_code(value)
    if isinstance(code, str) and not _COUNTRY.match(code):
        raise ValueError(f"expected an ISO 3166-1 alpha-2 country code such as 'PH', got {code!r}")
    return code


def _event_region(value: object) -> object:
    code = _region_code(value)
    if isinstance(code, str) and not (_COUNTRY.match(code) or _SUBDIVISION.match(code)):
        raise ValueError(
            f"expected an ISO 3166 country ('PH') or subdivision ('US-FL') code, got {code!r}"
        )
    return code


class _Facts(BaseModel):
    # Extra keys (an event's name, a note) are ignored, so callers can pass richer records.
    model_config = ConfigDict(frozen=True, extra="ignore")


class EventFacts(_Facts):
    """The crisis event: where and when it had an impact."""

    regions: tuple[Annotated[str, BeforeValidator(_event_region)], ...] = Field(min_length=1)
    start: Day
    end: Day | None = None

    @model_validator(mode="after")
    def _ends_after_it_starts(self) -> EventFacts:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class RequesterFacts(_Facts):
    """Who asks for the removal, where they are, and what the desk knows of their impact."""

    account_id: Identifier
    country: Annotated[str, BeforeValidator(_country_code)]
    region: str | None = None
    checked_in: bool = False
    targeted_message: bool = False
    agency_role: AgencyRole | None = None

    @field_validator("region")
    @classmethod
    def _region_in_iso_form(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None or not value.strip():
            return None
        code = str(_region_code(value))
        country = info.data.get("country")
        if "-" not in code and country:
            code = f"{country}-{code}"  # "CEB" with country "PH" is "PH-CEB"
        if not _SUBDIVISION.match(code):
            raise ValueError(
                f"expected an ISO 3166-2 subdivision code such as 'PH-CEB', got {value!r}"
            )
        return code


class ContractFacts(_Facts):
    """The contract the feedback was left on."""

    id: Identifier
    status: ContractStatus
    freelancer_id: Identifier
    agency_id: Identifier | None = None
    freelancer_in_agency: bool | None = None
    excluded_from_jss: bool


class FeedbackFacts(_Facts):
    """The client's feedback the freelancer asks to remove."""

    left_at: Day
    public_rating: float = Field(ge=0, le=5)
    private_score: float | None = Field(default=None, ge=0, le=10)
    public_comment: str = ""
    private_comment: str = ""


class RemovalFacts(_Facts):
    """Everything the review needs to know about one Feedback Removal Request."""

    id: Identifier | None = None
    event: EventFacts
    requester: RequesterFacts
    contract: ContractFacts
    feedback: FeedbackFacts
    prior_crisis_removals: int = Field(default=0, ge=0)


def describe_validation_error(error: ValidationError) -> str:
    """The first problem of ``error``, naming the field: ``field 'feedback.left_at': …``."""
    problems = []
    for item in error.errors():
        location = ".".join(str(part) for part in item["loc"])
        message = str(item["msg"]).removeprefix("Value error, ")
        problems.append(f"field '{location}': {message}" if location else message)
    return "; ".join(problems)


# --- the decision -----------------------------------------------------------------------


class FeedbackRemovalDecision(Decision):
    """A ``Decision`` with what the removal covers, why, and what else the requester can do."""

    scope: Scope | None = None
    reasons: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()


FeedbackAssessor = Callable[[str], FeedbackAssessment]


def decide_feedback_removal(
    facts: RemovalFacts,
    *,
    feedback_assessment: FeedbackAssessor = assess_feedback,
    exception_requested: bool = False,
    config: FeedbackRemovalConfig = POLICY,
) -> FeedbackRemovalDecision:
    """Review one Feedback Removal Request: ``approve``, ``needs_team_lead`` or ``decline``.

    Returns the decision with every criterion of the playbook checked (see the module's
    docstring for the rules and how they combine), the scope an approval covers
    (``profile_and_jss``, ``profile_only``, or ``None`` on a decline), the reasons and, on a
    decline, the FAQ's alternatives. ``feedback_assessment`` reads a comment (the crisis
    feedback detector by default); ``exception_requested`` is the agent asking a team lead
    for an exception, which sends an ineligible request to a team lead instead of declining.
    """
    impacted = _impacted(facts.event, facts.requester)
    during = _during_impact(facts.event, facts.feedback)
    bad = _bad_or_neutral(facts.feedback, config)
    related = _references_impact(facts.feedback, feedback_assessment)
    requester, scope, scope_reason = _requester(facts.requester, facts.contract, config)
    closed = Criterion(
        name=JOB_CLOSED,
        met=facts.contract.status == "closed",
        evidence=f"contract {facts.contract.id} is {facts.contract.status}",
    )
    not_excluded = Criterion(
        name=NOT_EXCLUDED,
        met=not facts.contract.excluded_from_jss,
        evidence=(
            f"the feedback on contract {facts.contract.id} is already excluded from JSS"
            if facts.contract.excluded_from_jss
            else f"the feedback on contract {facts.contract.id} still counts in JSS"
        ),
    )
    first = _first_approval(facts.prior_crisis_removals, config)
    eligibility = (impacted, during, bad, related, requester, closed, not_excluded)
    criteria = (*eligibility, first)
    eligible = all(criterion.met for criterion in eligibility)

    reasons: list[str] = []
    outcome: Outcome
    if eligible and first.met:
        outcome = "approve"
    elif eligible or exception_requested:
        outcome = "needs_team_lead"
        if not first.met:
            reasons.append(
                f"{facts.prior_crisis_removals} crisis feedback removal(s) already approved "
                f"for this freelancer: a team lead decides on another."
            )
        if exception_requested:
            reasons.append("The agent asked a team lead for an exception.")
    else:
        outcome = "decline"
    if outcome == "decline" or (exception_requested and not eligible):
        reasons.extend(
            f"Not met: {criterion.name} ({criterion.evidence})."
            for criterion in eligibility
            if not criterion.met
        )
        if not (related.met and during.met):
            reasons.append(config.not_crisis_related)
    if outcome != "decline" and scope_reason:
        reasons.append(scope_reason)
    return FeedbackRemovalDecision(
        policy=POLICY_NAME,
        policy_version=config.version,
        outcome=outcome,
        criteria=criteria,
        scope=scope if outcome != "decline" else None,
        reasons=tuple(reasons),
        alternatives=config.alternatives if outcome == "decline" else (),
    )


def _impacted(event: EventFacts, requester: RequesterFacts) -> Criterion:
    inside = _impacted_region(event.regions, requester.country, requester.region)
    where = requester.region or f"{requester.country} (no subdivision known)"
    regions = ", ".join(event.regions)
    location = (
        f"located in {where}, inside impacted region {inside}"
        if inside
        else f"located in {where}, outside the impacted regions {regions}"
    )
    checked_in = "checked in" if requester.checked_in else "not checked in"
    message = (
        "sent the targeted message" if requester.targeted_message else "no targeted message sent"
    )
    return Criterion(
        name=IMPACTED,
        met=bool(inside) or requester.checked_in or requester.targeted_message,
        evidence=f"{location}; {checked_in}; {message}",
    )


def _impacted_region(regions: tuple[str, ...], country: str, region: str | None) -> str | None:
    """The event region the requester is in: their country, or a subdivision that is theirs
    or contains theirs (ISO 3166-2's hierarchy: ``PH-07`` contains ``PH-CEB``), the same
    coverage the targeted outreach uses."""
    return next((code for code in regions if coverage([code]).covers(country, region)), None)


def _during_impact(event: EventFacts, feedback: FeedbackFacts) -> Criterion:
    period = f"{event.start.isoformat()}..{event.end.isoformat() if event.end else 'ongoing'}"
    left = feedback.left_at
    if left < event.start:
        where = "before the event started"
    elif event.end is not None and left > event.end:
        where = "after the period of impact ended"
    else:
        where = ""
    evidence = f"left {left.isoformat()}, event period {period}"
    return Criterion(
        name=DURING_IMPACT, met=not where, evidence=f"{evidence} ({where})" if where else evidence
    )


def _bad_or_neutral(feedback: FeedbackFacts, config: FeedbackRemovalConfig) -> Criterion:
    rating_bad = feedback.public_rating < config.bad_public_rating_below
    private_bad = (
        feedback.private_score is not None
        and feedback.private_score <= config.bad_private_score_at_most
    )
    rating = (
        f"public rating {_number(feedback.public_rating)} "
        f"({'below' if rating_bad else 'not below'} {_number(config.bad_public_rating_below)})"
    )
    if feedback.private_score is None:
        private = "no private score"
    else:
        private = (
            f"private score {feedback.private_score:g} "
            f"({'at or below' if private_bad else 'above'} "
            f"{config.bad_private_score_at_most:g})"
        )
    return Criterion(
        name=BAD_OR_NEUTRAL, met=rating_bad or private_bad, evidence=f"{rating}; {private}"
    )


def _number(value: float) -> str:
    """4 -> "4.0", 3.75 -> "3.75": ratings read as the marketplace shows them."""
    return f"{value:.1f}" if value * 10 == int(value * 10) else f"{value:g}"


def _references_impact(feedback: FeedbackFacts, assess: FeedbackAssessor) -> Criterion:
    parts = []
    related = False
    for label, comment in (
        ("public comment", feedback.public_comment),
        ("private comment", feedback.private_comment),
    ):
        if not comment.strip():
            parts.append(f"no {label}")
            continue
        assessment = assess(comment)
        related = related or assessment.crisis_related
        parts.append(f"{label}: {assessment.describe()} (score {assessment.score:.2f})")
    return Criterion(name=REFERENCES_IMPACT, met=related, evidence="; ".join(parts))


def _requester(
    requester: RequesterFacts, contract: ContractFacts, config: FeedbackRemovalConfig
) -> tuple[Criterion, Scope | None, str]:
    """The requester criterion, the scope it allows, and the reason for a limited scope."""
    worked_it = str(requester.account_id) == str(contract.freelancer_id)
    who = f"account {requester.account_id}"
    if contract.agency_id is None:
        if worked_it:
            evidence = f"{who} is the freelancer who worked contract {contract.id}"
            return Criterion(name=REQUESTER, met=True, evidence=evidence), "profile_and_jss", ""
        evidence = (
            f"{who} is not the freelancer who worked contract {contract.id} "
            f"(account {contract.freelancer_id}), and it is not an agency contract"
        )
        return Criterion(name=REQUESTER, met=False, evidence=evidence), None, ""

    agency = f"agency {contract.agency_id}"
    role = requester.agency_role
    left_agency = worked_it and contract.freelancer_in_agency is False
    if role in config.jss_roles and not left_agency:
        evidence = f"{who} is the {_role(role)} of {agency}, which holds contract {contract.id}"
        return Criterion(name=REQUESTER, met=True, evidence=evidence), "profile_and_jss", ""
    if worked_it:
        if left_agency:
            membership = f"is no longer in {agency}"
        elif contract.freelancer_in_agency:
            membership = f"is still in {agency} as {_role(role) if role else 'a member'}"
        else:
            membership = f"worked it for {agency} (membership unknown)"
        evidence = (
            f"{who} is the freelancer who worked contract {contract.id} and {membership}: "
            f"removal from the freelancer's profile only"
        )
        reason = (
            f"Contract {contract.id} was done with {agency}, which owns the JSS of its "
            f"contracts: the feedback can be removed from the freelancer's profile, not from "
            f"JSS. Excluding it from JSS needs the agency owner, an admin or a business "
            f"manager; if the agency also qualifies and the freelancer agrees, the agency "
            f"owner can be emailed to ask whether to process a feedback and JSS removal."
        )
        return Criterion(name=REQUESTER, met=True, evidence=evidence), "profile_only", reason
    evidence = (
        f"{who} did not work contract {contract.id} (account {contract.freelancer_id}) and is "
        f"{'a ' + _role(role) if role else 'not a member'} of {agency}, not its owner, an "
        f"admin or a business manager"
    )
    return Criterion(name=REQUESTER, met=False, evidence=evidence), None, ""


def _role(role: str | None) -> str:
    return (role or "member").replace("_", " ")


def _first_approval(prior: int, config: FeedbackRemovalConfig) -> Criterion:
    note = f"'{REMOVAL_NOTE_PREFIX} …'"
    if prior == 0:
        evidence = f"no earlier {note} note on the account"
    else:
        evidence = f"{prior} earlier {note} note(s) on the account: a team lead decides"
    return Criterion(
        name=FIRST_APPROVAL, met=prior < config.approvals_without_team_lead, evidence=evidence
    )
