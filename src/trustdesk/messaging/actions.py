"""Message-policy actions: scan a message (decide, store the decision, record a strike, open
a restriction review on the third strike) and redact a message's contact details.

Actions take the session, never commit, and write their audit rows; ``now`` is injectable
so the 90-day window can be tested.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from trustdesk import audit
from trustdesk.db import utcnow
from trustdesk.decisions import Decision, DecisionRecord, store_decision
from trustdesk.desk import actions as desk_actions
from trustdesk.desk.models import Channel, Priority, Ticket
from trustdesk.marketplace.models import Account, AccountKind, AccountNote, Message, NoteKind
from trustdesk.messaging import queries
from trustdesk.messaging.models import MessagePolicyStrike, StrikeLevel
from trustdesk.messaging.policy import POLICY, Stage, decide_message, nudge_text
from trustdesk.staff.models import Role, StaffUser
from trustdesk.textsafety.contact import Finding, detect_contacts, infer_purpose

REDACTED: Final = "[contact details removed]"
#: Who may redact a message.
MODERATORS: Final = frozenset({Role.TEAM_LEAD, Role.ADMIN})
SYSTEM_ACTOR: Final = "system:message_policy"
OFFENCES: Final = frozenset({"nudge", "block"})


class StrikeLadder(BaseModel):
    """How strikes climb within the window; versioned like the message policy it follows."""

    model_config = ConfigDict(frozen=True)

    version: str
    window_days: int = Field(ge=1, description="How far back strikes count")
    levels: tuple[StrikeLevel, ...] = Field(
        min_length=1, description="The level of the first, second, … strike; the last repeats"
    )

    def level_for(self, prior_strikes: int) -> StrikeLevel:
        """The level of a new strike after ``prior_strikes`` in the window."""
        return self.levels[min(prior_strikes, len(self.levels) - 1)]


STRIKES: Final = StrikeLadder(
    version="2026-11-1",
    window_days=POLICY.offence_window_days,
    levels=(StrikeLevel.REMINDER, StrikeLevel.WARNING, StrikeLevel.REVIEW),
)


class MessagingError(ValueError):
    """A refused message-policy action; ``errors`` maps each field to its problem."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field}: {problem}" for field, problem in errors.items()))
        self.errors = errors


@dataclass(frozen=True)
class Assessment:
    """What the policy says about a message, without changing anything."""

    text: str
    stage: Stage
    findings: list[Finding]
    decision: Decision
    nudge: str
    prior_offences: int
    sender_plan: str | None

    @property
    def kinds(self) -> list[str]:
        return sorted({finding.kind for finding in self.findings})

    @property
    def offence(self) -> bool:
        return self.decision.outcome in OFFENCES

    def facts(self, job_category: str | None) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "job_category": job_category,
            "sender_plan": self.sender_plan,
            "prior_offences": self.prior_offences,
            "kinds": self.kinds,
            "findings": [asdict(finding) for finding in self.findings],
            # The text is evidence for a restriction review only when the message offended.
            "text": self.text if self.offence else None,
        }


@dataclass(frozen=True)
class ScanOutcome:
    assessment: Assessment
    decision_record: DecisionRecord | None
    strike: MessagePolicyStrike | None
    review_ticket: Ticket | None

    @property
    def decision(self) -> Decision:
        return self.assessment.decision


def _plan(sender: Account | None) -> str | None:
    if sender is None or sender.kind != AccountKind.CLIENT or sender.plan is None:
        return None
    return sender.plan.value


def assess_message(
    session: Session,
    *,
    text: str,
    stage: Stage,
    sender: Account | None,
    job_category: str | None,
    now: datetime | None = None,
) -> Assessment:
    """Detect and decide, counting the sender's strikes in the window; changes nothing
    (the demo composer's dry run)."""
    now = now or utcnow()
    findings = detect_contacts(text, job_category=job_category)
    prior = (
        queries.count_strikes(session, sender.id, now=now, days=STRIKES.window_days)
        if sender is not None
        else 0
    )
    plan = _plan(sender)
    decision = decide_message(
        findings,
        stage=stage,
        sender_plan=plan,
        prior_offences=prior,
        job_category=job_category,
        purpose_hint=infer_purpose(text) if findings else None,
    )
    return Assessment(
        text=text,
        stage=stage,
        findings=findings,
        decision=decision,
        nudge=nudge_text(decision, stage),
        prior_offences=prior,
        sender_plan=plan,
    )


def scan_message(
    session: Session,
    *,
    text: str,
    stage: Stage,
    sender: Account | None,
    job_category: str | None,
    message: Message | None = None,
    actor: str,
    now: datetime | None = None,
) -> ScanOutcome:
    """Decide one message and remember it: the decision is stored (about the message when
    known, else the sender; not at all for an anonymous draft), and a nudged or blocked
    message from a known sender is a strike. The third strike in the window opens (or adds
    its evidence to) a restriction-review ticket for trust & safety."""
    now = now or utcnow()
    assessment = assess_message(
        session, text=text, stage=stage, sender=sender, job_category=job_category, now=now
    )
    record = None
    if message is not None or sender is not None:
        record = store_decision(
            session,
            assessment.decision,
            subject_type="message" if message is not None else "account",
            subject_id=message.id if message is not None else _known(sender).id,
            decided_by=actor,
            facts=assessment.facts(job_category),
            account_id=sender.id if sender is not None else None,
        )
        record.decided_at = now
    strike = None
    ticket = None
    if assessment.offence and sender is not None and record is not None:
        strike = _record_strike(session, sender, message, record, assessment, actor, now)
        if strike.level == StrikeLevel.REVIEW:
            ticket = _restriction_review(session, sender, strike, now)
            strike.ticket_id = ticket.id
    session.flush()
    return ScanOutcome(
        assessment=assessment, decision_record=record, strike=strike, review_ticket=ticket
    )


def _known(sender: Account | None) -> Account:
    assert sender is not None  # scan_message stores a decision only with a subject
    return sender


def _record_strike(
    session: Session,
    sender: Account,
    message: Message | None,
    record: DecisionRecord,
    assessment: Assessment,
    actor: str,
    now: datetime,
) -> MessagePolicyStrike:
    level = STRIKES.level_for(assessment.prior_offences)
    strike = MessagePolicyStrike(
        account_id=sender.id,
        message_id=message.id if message is not None else None,
        decision_id=record.id,
        level=level,
        kinds=assessment.kinds,
        created_at=now,
    )
    session.add(strike)
    where = f"message {message.external_id}" if message is not None else "a message"
    session.add(
        AccountNote(
            account_id=sender.id,
            author=SYSTEM_ACTOR,
            kind=NoteKind.MESSAGE_POLICY,
            text=(
                f"Message policy {level.label.lower()} (strike {assessment.prior_offences + 1} "
                f"in {STRIKES.window_days} days): {where} was "
                f"{'blocked' if assessment.decision.outcome == 'block' else 'nudged'} for "
                f"{', '.join(assessment.kinds)}."
            ),
            created_at=now,
        )
    )
    session.flush()
    audit.record(
        session,
        at=now,
        actor=actor,
        action="message_policy.strike",
        subject_type="account",
        subject_id=sender.id,
        after={
            "strike": strike.id,
            "level": level.value,
            "kinds": assessment.kinds,
            "message": message.id if message is not None else None,
            "outcome": assessment.decision.outcome,
            "ladder_version": STRIKES.version,
        },
        reason=f"{assessment.prior_offences} earlier strike(s) in {STRIKES.window_days} days",
        decision_id=record.id,
    )
    return strike


def _restriction_review(
    session: Session, sender: Account, strike: MessagePolicyStrike, now: datetime
) -> Ticket:
    strikes = queries.strikes_in_window(session, sender.id, now=now, days=STRIKES.window_days)
    ticket = queries.open_review_ticket(session, sender.id)
    opened = ticket is None
    if ticket is None:
        ticket = desk_actions.open_ticket(
            session,
            subject=f"Restriction review: {sender.display_name} ({sender.external_id}), "
            f"{len(strikes)} message-policy strikes in {STRIKES.window_days} days",
            body=(
                f"Opened by the message policy: {sender.display_name} was nudged or blocked "
                f"{len(strikes)} times in {STRIKES.window_days} days for sharing or asking "
                "for contact details. The evidence is in the internal note."
            ),
            channel=Channel.API,
            actor=SYSTEM_ACTOR,
            opened_by_system=True,
            requester_account=sender,
            # An account without an email still gets its review; .invalid never delivers.
            requester_email=sender.email or f"account-{sender.external_id}@accounts.invalid",
            category_slug=queries.REVIEW_CATEGORY,
            priority=Priority.HIGH,
            tags=(queries.REVIEW_TAG,),
            now=now,
        )
    evidence = _evidence(sender, strikes if opened else [strike])
    desk_actions.add_system_note(session, ticket, body=evidence, actor=SYSTEM_ACTOR, now=now)
    audit.record(
        session,
        at=now,
        actor=SYSTEM_ACTOR,
        action="message_policy.restriction_review",
        subject_type="ticket",
        subject_id=ticket.id,
        after={
            "account": sender.id,
            "strikes": [item.id for item in strikes],
            "opened": opened,
        },
        reason=f"strike {len(strikes)} in {STRIKES.window_days} days",
        decision_id=strike.decision_id,
    )
    return ticket


def _evidence(sender: Account, strikes: list[MessagePolicyStrike]) -> str:
    lines = [
        f"Message-policy evidence for {sender.display_name} ({sender.external_id}):",
        "",
    ]
    for number, item in enumerate(strikes, start=1):
        record = item.decision
        facts = record.facts or {}
        text = item.message.text if item.message is not None else facts.get("text") or ""
        where = f"message {item.message.external_id}" if item.message is not None else "draft"
        lines.append(
            f"{number}. {item.created_at:%Y-%m-%d %H:%M} UTC, {where}, {item.level.label}, "
            f"{record.outcome} ({facts.get('stage', 'unknown stage')}), "
            f"policy {record.policy_version}"
        )
        lines.append(f"   Text: {text}")
        findings = facts.get("findings") or []
        shown = "; ".join(
            f"{finding['kind']} {finding['value']!r} at {finding['start']}-{finding['end']}"
            for finding in findings
        )
        lines.append(f"   Findings: {shown or 'none'}")
        lines.append("   Criteria:")
        for criterion in record.criteria:
            mark = "met" if criterion["met"] else "not met"
            lines.append(f"   - {criterion['name']}: {mark} ({criterion['evidence']})")
        lines.append("")
    return "\n".join(lines).rstrip()


def redaction_spans(findings: list[Finding]) -> list[tuple[int, int]]:
    """The spans to remove: every stated detail, merged; requests stay."""
    spans = sorted((finding.start, finding.end) for finding in findings if not finding.is_request)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def redacted_text(text: str, findings: list[Finding]) -> str:
    pieces: list[str] = []
    position = 0
    for start, end in redaction_spans(findings):
        pieces.append(text[position:start])
        pieces.append(REDACTED)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def redact_message(
    session: Session, message: Message, *, actor: StaffUser, now: datetime | None = None
) -> list[Finding]:
    """Remove the contact details from ``message`` and keep the rest; returns the findings
    removed (none when there is nothing left to remove, which changes nothing)."""
    now = now or utcnow()
    if actor.role not in MODERATORS:
        raise MessagingError(
            {"actor": f"the {actor.role.label} role may not redact; team leads and admins may"}
        )
    job_category = queries.job_category_of(session, message)
    findings = detect_contacts(message.text, job_category=job_category)
    removed = [finding for finding in findings if not finding.is_request]
    if not removed:
        return []
    before = {"text": message.text, "redacted_at": _iso(message.redacted_at)}
    message.text = redacted_text(message.text, findings)
    message.redacted_at = now
    audit.record(
        session,
        at=now,
        actor=f"staff:{actor.email}",
        action="message.redact",
        subject_type="message",
        subject_id=message.id,
        before=before,
        after={"text": message.text, "redacted_at": _iso(now)},
        reason="contact details removed under the message policy: "
        + ", ".join(sorted({finding.kind for finding in removed})),
    )
    session.flush()
    return removed


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None
