"""The message policy: may this message, with these contact findings, be sent?

``decide_message`` turns the detector's findings and the facts of the conversation into a
``Decision`` (``allow``, ``nudge`` or ``block``) whose criteria read like the rule;
``nudge_text`` words what the sender sees. Thresholds and the kinds that are always blocked
live in a versioned configuration (``POLICY``), so a change of rule is a change of data with
a new version on every decision made under it.

The rule, as the marketplace's terms put it:

- Before a contract, contact details and other ways to talk off the marketplace may not be
  shared or asked for. The first time the sender is nudged; a repeat within the window, or a
  kind the configuration names (off-platform payment at least), is blocked.
- During a contract, contact details are fine in that contract's room; off-platform payment
  is still blocked.
- Exceptions from the 2020 terms: clients on a business or enterprise plan; an email shared
  only so the other side can be given access for scoping (GitHub, analytics, a cloud drive);
  a LinkedIn profile link when the job is resume or LinkedIn-profile writing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from trustdesk.decisions import Criterion, Decision
from trustdesk.textsafety.contact import ACCESS_GRANT, KINDS, Finding

POLICY_NAME: Final = "message_policy"

Stage = Literal["pre_contract", "active_contract"]
Outcome = Literal["allow", "nudge", "block"]

# Criterion names: what the agent and the sender read, and what the code checks.
SHARES_CONTACT: Final = "The message shares or asks for contact details or an off-platform route"
BEFORE_CONTRACT: Final = "The conversation is before a contract"
OFF_PLATFORM_PAYMENT: Final = "The message names a kind that is always blocked"
BUSINESS_PLAN: Final = "The sender is a client on a business or enterprise plan (2020 terms)"
ACCESS_EMAIL: Final = "An email is shared only to grant access for scoping (2020 terms)"
LINKEDIN_FOR_RESUME: Final = (
    "A LinkedIn profile is shared for a resume or LinkedIn-profile writing job (2020 terms)"
)
REPEAT_OFFENCE: Final = "The sender shared contact details before, within the window"


class MessagePolicyConfig(BaseModel):
    """The message policy's thresholds and lists; every decision carries its ``version``."""

    model_config = ConfigDict(frozen=True)

    version: str
    always_block_kinds: tuple[str, ...] = Field(
        description="Kinds blocked before and during a contract, first time or not"
    )
    repeat_offences_to_block: int = Field(
        ge=1, description="Prior offences within the window from which a message is blocked"
    )
    offence_window_days: int = Field(ge=1, description="How far back prior offences count")
    exempt_plans: tuple[str, ...] = Field(
        description="Client plans the 2020 terms exempt from the pre-contract rule"
    )
    access_grant_kinds: tuple[str, ...] = Field(
        description="Kinds an access-for-scoping purpose excuses"
    )
    linkedin_writing_categories: tuple[str, ...] = Field(
        description="Words in a job category that make it resume or LinkedIn-profile writing"
    )

    def model_post_init(self, __context: object) -> None:
        unknown = sorted(set(self.always_block_kinds) - set(KINDS))
        if unknown:
            raise ValueError(f"always_block_kinds: unknown kinds {unknown}")


POLICY: Final = MessagePolicyConfig(
    version="2026-11-1",
    always_block_kinds=("offplatform_payment",),
    repeat_offences_to_block=1,
    offence_window_days=90,
    exempt_plans=("business", "enterprise"),
    access_grant_kinds=("email",),
    linkedin_writing_categories=("resume", "cv", "linkedin"),
)


def decide_message(
    findings: Sequence[Finding],
    *,
    stage: Stage,
    sender_plan: str | None,
    prior_offences: int,
    job_category: str | None,
    purpose_hint: str | None = None,
    config: MessagePolicyConfig = POLICY,
) -> Decision:
    """Decide one message: ``allow``, ``nudge`` or ``block``, with every criterion checked.

    ``findings`` come from ``detect_contacts``; ``sender_plan`` is the sending client's plan
    (``None`` for a freelancer or when unknown); ``prior_offences`` counts the sender's
    earlier nudged or blocked messages within ``config.offence_window_days``;
    ``purpose_hint`` is ``"access_grant"`` when the message shares an email only to be given
    access (``infer_purpose`` tells).
    """
    if stage not in ("pre_contract", "active_contract"):
        raise ValueError(f"stage must be 'pre_contract' or 'active_contract', got {stage!r}")
    if prior_offences < 0:
        raise ValueError(f"prior_offences must be 0 or more, got {prior_offences}")
    kinds = sorted({finding.kind for finding in findings})
    before_contract = stage == "pre_contract"
    blocked_kinds = [kind for kind in kinds if kind in config.always_block_kinds]
    plan = (sender_plan or "").strip().lower()
    exempt_plan = plan in config.exempt_plans

    contact_kinds = [kind for kind in kinds if kind not in config.always_block_kinds]
    access_only = (
        purpose_hint == ACCESS_GRANT
        and bool(contact_kinds)
        and all(kind in config.access_grant_kinds for kind in contact_kinds)
    )
    category = (job_category or "").lower()
    writing_job = any(word in category for word in config.linkedin_writing_categories)
    social = [finding for finding in findings if finding.kind == "social_profile"]
    linkedin_only = (
        writing_job
        and bool(social)
        and all(finding.value.startswith("linkedin") for finding in social)
        and all(kind == "social_profile" for kind in contact_kinds)
    )
    repeat = prior_offences >= config.repeat_offences_to_block

    criteria = (
        Criterion(name=SHARES_CONTACT, met=bool(kinds), evidence=_describe(findings)),
        Criterion(name=BEFORE_CONTRACT, met=before_contract, evidence=f"stage: {stage}"),
        Criterion(
            name=OFF_PLATFORM_PAYMENT,
            met=bool(blocked_kinds),
            evidence=(
                f"found {', '.join(blocked_kinds)}; always blocked: "
                f"{', '.join(config.always_block_kinds)}"
                if blocked_kinds
                else f"none of {', '.join(config.always_block_kinds)} found"
            ),
        ),
        Criterion(
            name=BUSINESS_PLAN,
            met=exempt_plan,
            evidence=f"plan: {plan or 'unknown'}; exempt plans: {', '.join(config.exempt_plans)}",
        ),
        Criterion(
            name=ACCESS_EMAIL,
            met=access_only,
            evidence=(
                "the message asks to be added or given access, and shares only an email"
                if access_only
                else (
                    "the message asks for access, but shares more than an email"
                    if purpose_hint == ACCESS_GRANT
                    else "no request for access to a repository, analytics or drive"
                )
            ),
        ),
        Criterion(
            name=LINKEDIN_FOR_RESUME,
            met=linkedin_only,
            evidence=(
                f"job category: {job_category or 'unknown'}; "
                f"profiles: {', '.join(f.value for f in social) or 'none'}"
            ),
        ),
        Criterion(
            name=REPEAT_OFFENCE,
            met=repeat,
            evidence=(
                f"{prior_offences} prior offence(s) in {config.offence_window_days} days; "
                f"blocked from {config.repeat_offences_to_block}"
            ),
        ),
    )
    outcome: Outcome
    if not kinds:
        outcome = "allow"
    elif blocked_kinds:
        outcome = "block"
    elif not before_contract or exempt_plan or access_only or linkedin_only:
        outcome = "allow"
    elif repeat:
        outcome = "block"
    else:
        outcome = "nudge"
    return Decision(
        policy=POLICY_NAME, policy_version=config.version, outcome=outcome, criteria=criteria
    )


def _describe(findings: Sequence[Finding]) -> str:
    if not findings:
        return "no contact details found"
    parts = []
    for finding in findings:
        shown = "asked for" if finding.is_request else finding.value
        parts.append(f"{finding.kind} ({shown})")
    return "; ".join(dict.fromkeys(parts))


_PAYMENT_RULE: Final = (
    "Payments must go through the marketplace, before and during a contract: paying or "
    "being paid outside it (PayPal, bank transfer, crypto and the like) is against the Terms "
    "of Service, and this message was not sent. Use the contract's payment, milestone or "
    "bonus instead; they keep both of you covered by payment protection."
)
_BEFORE_CONTRACT_RULE: Final = (
    "Before a contract starts, contact details and other ways to talk outside the marketplace "
    "(phone numbers, email addresses, WhatsApp, Zoom, scheduling links, social profiles) may "
    "not be shared or asked for. This is a rule of the Terms of Service, not a suggestion."
)
_ALTERNATIVES: Final = (
    "To talk now, start a Messages video or voice call from this conversation; anyone without "
    "the app can join by phone with the dial-in option. To bring in a colleague, add them to "
    "this room or start a group room. Once the contract starts you may share contact details "
    "in its room."
)


def nudge_text(decision: Decision, stage: Stage) -> str:
    """What the sender is shown for ``decision``; an empty string when it allows the message."""
    if decision.outcome == "allow":
        return ""
    payment = any(
        criterion.name == OFF_PLATFORM_PAYMENT and criterion.met for criterion in decision.criteria
    )
    if payment:
        if stage == "active_contract":
            return (
                "Contact details are fine in this contract's room, but payments are not. "
                + _PAYMENT_RULE
            )
        return _PAYMENT_RULE + " " + _BEFORE_CONTRACT_RULE + " " + _ALTERNATIVES
    if stage == "active_contract":
        # Only a configuration that blocks more kinds during a contract gets here.
        return (
            "This kind of detail cannot be shared even during a contract under the current "
            "message policy, and this message was not sent. Keep talking in Messages: the "
            "Messages video or voice call (with the dial-in option) and adding people to this "
            "room cover meetings."
        )
    if decision.outcome == "block":
        return (
            _BEFORE_CONTRACT_RULE
            + " You were reminded of this before, so this message was not sent. "
            + _ALTERNATIVES
        )
    return _BEFORE_CONTRACT_RULE + " Please edit your message before sending it. " + _ALTERNATIVES
