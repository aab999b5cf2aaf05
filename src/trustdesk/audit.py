"""The audit trail, and the shape of every change: one transaction, one audit row,
side effects only after commit (after Zulip's ``do_*`` actions).

Audit rows are append-only: the ORM refuses to update or delete them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from trustdesk.db import Base, UTCDateTime, utcnow
from trustdesk.decisions import DecisionRecord

#: The table audit rows point at; importing it here registers it before any audit write.
DECISIONS_TABLE = DecisionRecord.__tablename__

_AFTER_COMMIT_KEY = "trustdesk.after_commit"
#: How the desk shows a moment (the ``when`` filter's format for times; always UTC).
MOMENT_FORMAT = "%Y-%m-%d %H:%M"


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(80))
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text, default="")
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))

    __table_args__ = (Index("ix_audit_events_subject", "subject_type", "subject_id"),)


class AuditTrailIsAppendOnly(Exception):
    pass


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _refuse_rewrites(*_: Any) -> None:
    raise AuditTrailIsAppendOnly("audit events are never changed or deleted")


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: int | str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
    decision_id: int | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Add one audit row to the session's transaction (written, or not, with the change).

    ``at`` is when the change took effect, for actions that are told the time."""
    audit_event = AuditEvent(
        at=at or utcnow(),
        actor=actor,
        action=action,
        subject_type=subject_type,
        subject_id=str(subject_id),
        before=before,
        after=after,
        reason=reason,
        decision_id=decision_id,
    )
    session.add(audit_event)
    return audit_event


def after_commit(session: Session, effect: Callable[[], None]) -> None:
    """Run ``effect`` once the session's transaction has committed; drop it on rollback."""
    session.info.setdefault(_AFTER_COMMIT_KEY, []).append(effect)


@event.listens_for(Session, "after_commit")
def _run_effects(session: Session) -> None:
    # SQLAlchemy fires after_commit when a SAVEPOINT is released too; the effects must wait
    # for the real commit (a job run now would not see the rows, or wait on our own lock).
    if session.in_nested_transaction():
        return
    effects = session.info.pop(_AFTER_COMMIT_KEY, [])
    for effect in effects:
        effect()


@event.listens_for(Session, "after_rollback")
def _drop_effects(session: Session) -> None:
    session.info.pop(_AFTER_COMMIT_KEY, None)


# ---------------------------------------------------------------------------------------
# Audit rows in words: what the audit page, a ticket's and an account's trail show


#: Each action as a reader says it. An action missing here is shown from its code
#: ("ticket.child_open" reads "Ticket: child open"), so a new action is never hidden.
ACTION_WORDS: Final[Mapping[str, str]] = {
    "account.profile_visibility": "Changed the profile's visibility",
    "conduct.disconnect": "Disconnected an abusive user",
    "crisis.check_in": "Freelancer checked in",
    "crisis.check_in_link.send": "Sent a check-in link",
    "crisis.client_notified": "Notified a client of an impacted freelancer",
    "crisis.event.create": "Created a crisis event",
    "crisis.event.set_end": "Set the crisis event's end",
    "crisis.outreach.done": "Finished the crisis outreach",
    "crisis.outreach.start": "Started the crisis outreach",
    "crisis.targeted_message": "Sent a crisis check-in message",
    "crisis.ticket.link": "Linked the ticket to a crisis event",
    "email.fail": "Email failed to send",
    "email.queue": "Queued an email",
    "email.receive": "Received an email",
    "email.send": "Sent an email",
    "escalation.resolve": "Resolved an escalation",
    "feedback_removal.agency_owner_answer": "Agency owner answered on a feedback removal",
    "feedback_removal.approve": "Approved a feedback removal",
    "feedback_removal.ask_agency_owner": "Asked the agency owner about a feedback removal",
    "feedback_removal.decline": "Declined a feedback removal",
    "feedback_removal.review": "Reviewed a feedback removal request",
    "feedback_removal.submit": "Submitted a feedback removal request",
    "macro.create": "Added a macro",
    "macro.update": "Updated a macro",
    "marketplace.demo_generated": "Generated the demo marketplace",
    "marketplace.import": "Imported marketplace records",
    "message.redact": "Redacted contact details from a message",
    "message_policy.restriction_review": "Opened a restriction review",
    "message_policy.strike": "Recorded a message policy strike",
    "notification.read": "Marked a notification read",
    "reputation.feedback_excluded": "Excluded feedback from the Job Success Score",
    "reputation.recomputed": "Recomputed the Job Success Score and badges",
    "sla.breach": "SLA deadline missed",
    "sla.deadline_brought_forward": "Brought the SLA deadline forward",
    "sla.next_response_clock": "Started the next response clock",
    "sla.second_party_clock": "Started the other party's response clock",
    "sla.warning": "SLA deadline near",
    "staff.create": "Added a staff member",
    "staff.login": "Logged in",
    "ticket.assign": "Assigned the ticket",
    "ticket.child_open": "Opened a child ticket",
    "ticket.escalate": "Escalated the ticket",
    "ticket.note": "Added an internal note",
    "ticket.open": "Opened the ticket",
    "ticket.reply": "Replied",
    "ticket.requester_message": "Requester wrote",
    "ticket.second_party_message": "The other party wrote",
    "ticket.status": "Changed the ticket's status",
    "ticket.system_note": "Added a system note",
    "ticket.threat_to_life": "Flagged a possible threat to life",
    "ticket.threat_to_life_owner": "Gave the possible threat to life an owner",
    "token.create": "Created an API token",
}

#: The desk page of each kind of subject that has one.
SUBJECT_PAGES: Final[Mapping[str, str]] = {
    "ticket": "/tickets/{id}",
    "account": "/accounts/{id}",
    "agency": "/agencies/{id}",
    "crisis_event": "/crisis/events/{id}",
    "message": "/messages/{id}",
    "email": "/outbox/{id}",
}

SUBJECT_KINDS: Final[Mapping[str, str]] = {
    "account": "Account",
    "agency": "Agency",
    "api_token": "API token",
    "contract": "Contract",
    "crisis_event": "Crisis event",
    "email": "Email",
    "feedback": "Feedback",
    "macro": "Macro",
    "marketplace": "Marketplace",
    "message": "Message",
    "mirror_entity": "Marketplace records",
    "notification": "Notification",
    "reputation": "Reputation",
    "staff_user": "Staff member",
    "ticket": "Ticket",
}

#: Who acts when no person does, by the name after "system:", "policy:" or "cli:".
AUTOMATIC_ACTORS: Final[Mapping[str, str]] = {
    "system:crisis-outreach": "Crisis outreach",
    "system:daily": "Daily recompute",
    "system:demo": "Demo generator",
    "system:mail": "Email delivery",
    "system:message_policy": "Message policy",
    "system:reputation": "Reputation recompute",
    "system:seed": "Desk setup",
    "system:sla": "SLA check",
    "policy:conversation_safety": "Conversation safety policy",
    "policy:crisis_feedback_removal": "Crisis feedback removal policy",
    "policy:sla": "SLA policy",
    "public:check-in": "Freelancer, through the check-in link",
    "cli": "Command line",
    "cli:mail-receive": "Command line (mail receive)",
    "public": "Someone through a signed link",
}


def action_words(action: str) -> str:
    """The action as the audit page shows it: its words, else its code made readable."""
    if action in ACTION_WORDS:
        return ACTION_WORDS[action]
    area, _, rest = action.partition(".")
    words = area.replace("_", " ").capitalize()
    if rest:
        words += ": " + rest.replace(".", " ").replace("_", " ")
    return words


def subject_kind(subject_type: str) -> str:
    return SUBJECT_KINDS.get(subject_type, subject_type.replace("_", " ").capitalize())


def subject_url(subject_type: str, subject_id: str) -> str | None:
    """The desk page of an audit row's subject, when it has one."""
    page = SUBJECT_PAGES.get(subject_type)
    if page is None or not (subject_id.isascii() and subject_id.isdigit()):
        return None
    return page.format(id=subject_id)


def automatic_actor(actor: str) -> str | None:
    """The name of an actor that is no person or token: the desk's jobs and policies, the
    command line, a marketplace user through a signed link."""
    if actor in AUTOMATIC_ACTORS:
        return AUTOMATIC_ACTORS[actor]
    kind, _, name = actor.partition(":")
    named = name.replace("_", " ").replace("-", " ")
    if kind == "system":
        return f"trustdesk ({named})"
    if kind == "policy":
        return f"{named.capitalize()} policy"
    if kind == "cli":
        return f"Command line ({named})" if named else "Command line"
    return None


#: A moment as the audit rows' before and after hold it (ISO 8601, to the minute or finer).
_ISO_MOMENT = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?"
)


def moment_in_words(value: object) -> str | None:
    """A moment stored in an audit row's before or after ("2026-11-21T16:13:16.02+00:00")
    as the desk shows times ("2026-11-21 16:13", UTC); None for any other value."""
    if not isinstance(value, str) or not _ISO_MOMENT.fullmatch(value):
        return None
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime(MOMENT_FORMAT)
