"""The Feedback Removal Request from form to removal (playbook 000), each step one action
with its audit record:

- ``submit_request``: the public form's submission becomes a ticket under Natural Disasters
  & Social Unrest Updates → Crisis feedback removal (48-hour SLA) with the review already
  done, and the acknowledgement goes out;
- ``review``: the policy's ``Decision`` on the facts the desk holds, stored with the ticket;
- ``approve_removal``: the feedback off the profile and/or out of JSS per the scope, the
  account note, the recompute, the requester's email, the change sent to the marketplace;
- ``decline_request`` and ``request_exception`` (a team lead decides);
- ``ask_agency_owner`` / ``answer_as_agency_owner``: the agency case.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trustdesk import audit, links, mail
from trustdesk.config import get_settings
from trustdesk.crisis.models import CheckIn, CrisisEvent, CrisisEventTicket, TargetedMessage
from trustdesk.db import utcnow
from trustdesk.decisions import DecisionRecord, store_decision
from trustdesk.desk import actions as desk
from trustdesk.desk.actions import DeskError
from trustdesk.desk.macro_library import PLAYBOOK_MACROS, with_marketplace_name
from trustdesk.desk.models import Channel, EscalationTarget, TicketStatus
from trustdesk.feedback_removal import policy
from trustdesk.feedback_removal.models import RemovalRequest, RemovalStatus
from trustdesk.limits import BODY_MAX
from trustdesk.marketplace.changes import emit_change
from trustdesk.marketplace.models import (
    Account,
    AccountNote,
    AgencyMembership,
    AgencyRole,
    Contract,
    Feedback,
    FeedbackDirection,
    NoteKind,
)
from trustdesk.reputation import actions as reputation
from trustdesk.reputation.schemas import ScoreChange
from trustdesk.staff.models import Role, StaffUser

REQUEST_LINK_PURPOSE = "feedback_removal"
REQUEST_LINK_MAX_AGE = timedelta(days=30)
OWNER_LINK_PURPOSE = "feedback_removal_agency_owner"
OWNER_LINK_MAX_AGE = timedelta(days=14)
#: Events that ended longer ago than this are no longer "a recent global event".
RECENT_EVENT_DAYS = 180

_FAQ = {macro.title: macro.body for macro in PLAYBOOK_MACROS}
ACKNOWLEDGEMENT = _FAQ["Crisis > Feedback removal FAQ > When will it be reflected?"]
#: The FAQ's honest words on JSS, up to its help links.
JSS_IMPACT = _FAQ[
    "Crisis > Feedback removal FAQ > How will removal affect my Job Success Score?"
].split(" To learn more", 1)[0]

_ROLES = {
    AgencyRole.OWNER: "owner",
    AgencyRole.ADMIN: "admin",
    AgencyRole.BUSINESS_MANAGER: "business_manager",
}


def _actor(staff: StaffUser) -> str:
    return f"staff:{staff.email}"


def request_link(account_id: int) -> str:
    """The signed link to the Feedback Removal Request form for one freelancer or agency
    owner (as the Community Resource page or an email gives it)."""
    token = links.make_link_token(REQUEST_LINK_PURPOSE, account_id)
    return get_settings().url(f"/feedback-removal/{token}")


def owner_link(request_id: int) -> str:
    token = links.make_link_token(OWNER_LINK_PURPOSE, request_id)
    return get_settings().url(f"/feedback-removal/agency-owner/{token}")


# ---------------------------------------------------------------------------------------
# What the requester may ask about


def recent_events(session: Session, today: datetime) -> list[CrisisEvent]:
    since = (today - timedelta(days=RECENT_EVENT_DAYS)).date()
    return list(
        session.scalars(
            select(CrisisEvent)
            .where((CrisisEvent.ends_on.is_(None)) | (CrisisEvent.ends_on >= since))
            .order_by(CrisisEvent.starts_on.desc())
        )
    )


def _agency_ids_managed(session: Session, account_id: int) -> list[int]:
    """Agencies where the account is now the owner, an admin or a business manager."""
    return list(
        session.scalars(
            select(AgencyMembership.agency_id).where(
                AgencyMembership.account_id == account_id,
                AgencyMembership.left_at.is_(None),
                AgencyMembership.role.in_(list(_ROLES)),
            )
        )
    )


def requestable_feedback(session: Session, account: Account) -> list[Feedback]:
    """The client feedback this account may ask about: on contracts it worked, or, for an
    agency owner, admin or business manager, on the agency's contracts."""
    agencies = _agency_ids_managed(session, account.id)
    worked = Contract.freelancer_id == account.id
    mine = worked | Contract.agency_id.in_(agencies) if agencies else worked
    return list(
        session.scalars(
            select(Feedback)
            .join(Contract, Contract.id == Feedback.contract_id)
            .where(Feedback.direction == FeedbackDirection.CLIENT_TO_FREELANCER, mine)
            .order_by(Feedback.left_at.desc())
        )
    )


# ---------------------------------------------------------------------------------------
# The review


def _membership(session: Session, agency_id: int, account_id: int) -> AgencyMembership | None:
    return session.scalars(
        select(AgencyMembership)
        .where(
            AgencyMembership.agency_id == agency_id,
            AgencyMembership.account_id == account_id,
            AgencyMembership.left_at.is_(None),
        )
        .limit(1)
    ).first()


def _exists(
    session: Session, model: type[CheckIn] | type[TargetedMessage], event_id: int, account_id: int
) -> bool:
    found = session.scalar(
        select(model.id).where(model.event_id == event_id, model.account_id == account_id).limit(1)
    )
    return found is not None


def prior_removals(session: Session, freelancer_id: int, contract_reference: str) -> int:
    """Earlier approvals for other contracts: the account notes "Crisis Feedback Removal:
    Assignment …" (the note of this same contract is this request's own)."""
    own = f"{policy.REMOVAL_NOTE_PREFIX} {contract_reference}"
    return (
        session.scalar(
            select(func.count(AccountNote.id)).where(
                AccountNote.account_id == freelancer_id,
                AccountNote.text.startswith(policy.REMOVAL_NOTE_PREFIX),
                AccountNote.text != own,
            )
        )
        or 0
    )


def facts_for(
    session: Session, request: RemovalRequest, requester: Account | None = None
) -> policy.RemovalFacts:
    """The facts the policy decides on, from what the desk holds (``requester``: someone
    else than the one who asked, e.g. the agency owner in the agency case)."""
    requester = requester or request.requester
    contract, feedback, event = request.contract, request.feedback, request.event
    role = None
    if contract.agency_id is not None:
        membership = _membership(session, contract.agency_id, requester.id)
        role = _ROLES.get(membership.role, "member") if membership else None
    in_agency = (
        _membership(session, contract.agency_id, contract.freelancer_id) is not None
        if contract.agency_id is not None
        else None
    )
    known = {
        "checked_in": _exists(session, CheckIn, event.id, requester.id),
        "targeted_message": _exists(session, TargetedMessage, event.id, requester.id),
    }
    return policy.RemovalFacts.model_validate(
        {
            "id": request.id,
            "event": {"regions": event.regions, "start": event.starts_on, "end": event.ends_on},
            "requester": {
                "account_id": requester.external_id,
                "country": requester.country or "ZZ",
                "region": requester.region,
                **known,
                "agency_role": role,
            },
            "contract": {
                "id": contract.external_id,
                "status": contract.status.value,
                "freelancer_id": contract.freelancer.external_id,
                "agency_id": contract.agency.external_id if contract.agency else None,
                "freelancer_in_agency": in_agency,
                "excluded_from_jss": feedback.excluded_from_jss or contract.excluded_from_jss,
            },
            "feedback": {
                "left_at": feedback.left_at.date(),
                "public_rating": feedback.public_rating,
                "private_score": feedback.private_score,
                "public_comment": feedback.public_comment,
                "private_comment": feedback.private_comment,
            },
            "prior_crisis_removals": prior_removals(
                session, contract.freelancer_id, contract.external_id
            ),
        }
    )


def _criteria_note(decision: policy.FeedbackRemovalDecision) -> str:
    lines = [
        f"Eligibility review ({decision.policy} {decision.policy_version}): {decision.outcome}"
    ]
    if decision.scope:
        lines.append(f"Scope: {decision.scope.replace('_', ' ')}")
    lines += [
        f"{'✔' if criterion.met else '✘'} {criterion.name} — {criterion.evidence}"
        for criterion in decision.criteria
    ]
    lines += [f"Reason: {reason}" for reason in decision.reasons]
    return "\n".join(lines)


def review(
    session: Session,
    request: RemovalRequest,
    *,
    actor: str,
    exception_requested: bool = False,
    now: datetime,
) -> DecisionRecord:
    """Run the eligibility review on the request's facts, store the decision with the
    ticket (and its criteria as a system note), and move the request on."""
    facts = facts_for(session, request)
    decision = policy.decide_feedback_removal(facts, exception_requested=exception_requested)
    record = store_decision(
        session,
        decision,
        subject_type="ticket",
        subject_id=request.ticket_id,
        decided_by=actor,
        facts=facts.model_dump(mode="json"),
        account_id=request.requester_account_id,
    )
    request.decision_id = record.id
    request.outcome = decision.outcome
    request.scope = decision.scope
    request.exception_requested = request.exception_requested or exception_requested
    request.status = (
        RemovalStatus.AWAITING_TEAM_LEAD
        if decision.outcome == "needs_team_lead"
        else RemovalStatus.IN_REVIEW
    )
    desk.add_system_note(
        session, request.ticket, body=_criteria_note(decision), actor=actor, now=now
    )
    audit.record(
        session,
        at=now,
        actor=actor,
        action="feedback_removal.review",
        subject_type="ticket",
        subject_id=request.ticket_id,
        after={"outcome": decision.outcome, "scope": decision.scope},
        decision_id=record.id,
    )
    return record


def decision_of(session: Session, request: RemovalRequest) -> policy.FeedbackRemovalDecision:
    """The request's latest review, with its scope, reasons and alternatives (re-derived
    from the facts it was made on)."""
    record = session.get(DecisionRecord, request.decision_id)
    assert record is not None  # every request is reviewed when it is filed
    facts = policy.RemovalFacts.model_validate(record.facts)
    return policy.decide_feedback_removal(facts, exception_requested=request.exception_requested)


# ---------------------------------------------------------------------------------------
# The form


def submit_request(
    session: Session,
    *,
    requester: Account,
    event_id: int | None,
    feedback_id: int | None,
    contract_reference: str,
    explanation: str,
    impact_confirmed: bool,
    now: datetime | None = None,
) -> RemovalRequest:
    """File a Feedback Removal Request: a ticket with the review done, and the
    acknowledgement emailed. Refused, naming each field, when something is missing or
    wrong; a feedback already asked about is refused too, naming its ticket."""
    now = now or utcnow()
    errors: dict[str, str] = {}
    events = {event.id: event for event in recent_events(session, now)}
    if event_id not in events:
        errors["event"] = "choose the recent global event that impacted you"
    if not impact_confirmed:
        errors["impact_confirmed"] = "confirm that you were impacted by this event"
    feedback = next(
        (item for item in requestable_feedback(session, requester) if item.id == feedback_id),
        None,
    )
    if feedback is None:
        errors["feedback"] = "choose the feedback you ask us to remove (one of your contracts)"
    elif contract_reference.strip() != feedback.contract.external_id:
        errors["contract_reference"] = (
            "does not match the contract of the feedback you chose "
            f"({feedback.contract.external_id})"
        )
    if not explanation.strip():
        errors["explanation"] = "tell us why the feedback should be removed"
    elif len(explanation) > BODY_MAX or "\x00" in explanation:
        errors["explanation"] = f"must be plain text of at most {BODY_MAX:,} characters"
    if feedback is not None:
        existing = session.scalar(
            select(RemovalRequest).where(RemovalRequest.feedback_id == feedback.id)
        )
        if existing is not None:
            errors["feedback"] = (
                f"you already asked about this feedback on {existing.submitted_at:%Y-%m-%d} "
                f"(ticket #{existing.ticket_id}); we will follow up by email"
            )
    if errors:
        raise DeskError(errors)
    assert feedback is not None
    assert event_id is not None
    event, contract = events[event_id], feedback.contract
    ticket = desk.open_ticket(
        session,
        subject=f"Crisis feedback removal request: contract {contract.external_id}",
        body=(
            f"Impacted by: {event.name} ({event.period}) — confirmed by the requester.\n"
            f"Feedback: {feedback.public_rating:g}★ from {feedback.from_account.display_name} "
            f"on {feedback.left_at:%Y-%m-%d}: “{feedback.public_comment}”\n"
            f"Contract ID: {contract.external_id}\n\n"
            f"Why it should be removed:\n{explanation.strip()}"
        ),
        channel=Channel.WEB_FORM,
        actor=f"account:{requester.external_id}",
        requester_account=requester,
        category_slug="crisis.feedback_removal",
        contract_id=contract.id,
        now=now,
    )
    session.add(
        CrisisEventTicket(
            event_id=event.id, ticket_id=ticket.id, linked_by="feedback_removal_form", linked_at=now
        )
    )
    request = RemovalRequest(
        ticket=ticket,
        event=event,
        requester=requester,
        contract=contract,
        feedback=feedback,
        impact_confirmed=True,
        explanation=explanation.strip(),
        outcome="",
        submitted_at=now,
    )
    session.add(request)
    session.flush()
    review(session, request, actor="policy:crisis_feedback_removal", now=now)
    mail.queue_email(
        session,
        key=f"feedback-removal-{request.id}-received",
        to=ticket.requester_email,
        subject=f"[#{ticket.id}] We received your feedback removal request",
        body=f"Hi {requester.first_name},\n\n{with_marketplace_name(ACKNOWLEDGEMENT)}",
        ticket_id=ticket.id,
    )
    audit.record(
        session,
        at=now,
        actor=f"account:{requester.external_id}",
        action="feedback_removal.submit",
        subject_type="ticket",
        subject_id=ticket.id,
        after={"feedback": feedback.id, "event": event.id, "request": request.id},
    )
    return request


# ---------------------------------------------------------------------------------------
# Acting on the decision


def _may_act(request: RemovalRequest, staff: StaffUser, action: str) -> None:
    if request.status in (RemovalStatus.REMOVED, RemovalStatus.DECLINED):
        raise DeskError({"request": f"is already {request.status.label.lower()}"})
    if request.status == RemovalStatus.AWAITING_TEAM_LEAD and staff.role not in (
        Role.TEAM_LEAD,
        Role.ADMIN,
    ):
        raise DeskError({"request": f"waits for a team lead: only a team lead can {action} it"})


REMOVED_FROM_PROFILE = "feedback_removed_from_profile"
EXCLUDED_FROM_JSS = "feedback_excluded_from_jss"
#: The field of an approval's audit row that holds the score before and after (a whole
#: number, or None for no score shown), as the panel reads it back.
SCORE_FIELD = "job_success_score"


def _tell_marketplace(session: Session, feedback: Feedback, kind: str, *, reason: str) -> None:
    """The change the marketplace must apply to its copy of the feedback (once per kind)."""
    emit_change(
        session,
        key=f"feedback-{feedback.id}-{kind}",
        kind=kind,
        subject_type="feedback",
        subject_external_id=feedback.external_id,
        payload={"contract": feedback.contract.external_id, "reason": reason},
    )


def _outcome_email(request: RemovalRequest, *, jss: bool) -> str:
    what = "removed it from your profile"
    if jss:
        what += " and excluded it from your Job Success Score"
    lines = [
        f"Hi {request.requester.first_name},",
        "",
        f"We reviewed your request about the feedback on contract "
        f"{request.contract.external_id} and {what}.",
        "",
        JSS_IMPACT,
    ]
    return "\n".join(lines)


def approve_removal(
    session: Session, request: RemovalRequest, *, actor: StaffUser, now: datetime | None = None
) -> list[ScoreChange]:
    """Carry out an approved request (or a team lead's approval): the feedback off the
    profile, and out of JSS when the scope says so; the account note "Crisis Feedback
    Removal: Assignment <contract id>"; the score recomputed; the requester emailed; the
    change sent to the marketplace. Returns the score changes."""
    now = now or utcnow()
    _may_act(request, actor, "approve")
    if request.outcome == "decline":
        raise DeskError(
            {"request": "the review declined it; ask a team lead for an exception instead"}
        )
    if request.status == RemovalStatus.AWAITING_TEAM_LEAD:
        request.scope = request.scope or "profile_only"
    feedback, contract = request.feedback, request.contract
    jss = request.scope == "profile_and_jss"
    feedback.removed_from_profile = True
    feedback.removed_by_decision_id = request.decision_id
    reason = f"Crisis feedback removal (ticket #{request.ticket_id})"
    if jss:
        changes = reputation.exclude_feedback_from_jss(
            session,
            [feedback.id],
            decision_id=request.decision_id,
            actor=_actor(actor),
            now=now,
            reason=reason,
        )
    else:
        changes = [
            reputation.recompute_account(
                session, contract.freelancer_id, now, actor=_actor(actor), reason=reason
            )
        ]
    session.add(
        AccountNote(
            account_id=contract.freelancer_id,
            author=actor.full_name,
            kind=NoteKind.CRISIS_FEEDBACK_REMOVAL,
            text=f"{policy.REMOVAL_NOTE_PREFIX} {contract.external_id}",
            created_at=now,
        )
    )
    _tell_marketplace(session, feedback, REMOVED_FROM_PROFILE, reason=reason)
    if jss:
        _tell_marketplace(session, feedback, EXCLUDED_FROM_JSS, reason=reason)
    # The feedback is on one contract, whose score has one owner: one change.
    score = changes[0]
    _complete(
        session,
        request,
        RemovalStatus.REMOVED,
        actor=actor,
        email=_outcome_email(request, jss=jss),
        before={SCORE_FIELD: score.before},
        after={"feedback": feedback.id, "scope": request.scope, SCORE_FIELD: score.after},
        now=now,
    )
    return changes


def decline_request(
    session: Session, request: RemovalRequest, *, actor: StaffUser, now: datetime | None = None
) -> None:
    """Decline, emailing the requester the reasons and the FAQ's alternatives."""
    now = now or utcnow()
    _may_act(request, actor, "decline")
    decision = decision_of(session, request)
    reasons = decision.reasons or tuple(c.name for c in decision.unmet)
    body = "\n".join(
        [
            f"Hi {request.requester.first_name},",
            "",
            "We reviewed your request about the feedback on contract "
            f"{request.contract.external_id}. We are sorry, but it is not eligible for removal:",
            *(f"- {reason}" for reason in reasons),
            "",
            policy.POLICY.not_crisis_related,
            "",
            "What you can do:",
            *(f"- {alternative}" for alternative in policy.POLICY.alternatives),
        ]
    )
    _complete(session, request, RemovalStatus.DECLINED, actor=actor, email=body, now=now)


def _complete(
    session: Session,
    request: RemovalRequest,
    outcome: RemovalStatus,
    *,
    actor: StaffUser,
    email: str,
    now: datetime,
    before: dict[str, object] | None = None,
    after: dict[str, object] | None = None,
) -> None:
    """End the request with ``outcome``: email the requester and solve the ticket, audited
    with ``before`` and ``after``."""
    request.status = outcome
    request.completed_at = now
    desk.add_reply(
        session,
        request.ticket,
        author=actor,
        public=True,
        body=email,
        status=TicketStatus.SOLVED,
        now=now,
    )
    action = "approve" if outcome == RemovalStatus.REMOVED else "decline"
    audit.record(
        session,
        at=now,
        actor=_actor(actor),
        action=f"feedback_removal.{action}",
        subject_type="ticket",
        subject_id=request.ticket_id,
        before=before,
        after=after,
        decision_id=request.decision_id,
    )


def request_exception(
    session: Session,
    request: RemovalRequest,
    *,
    actor: StaffUser,
    reason: str,
    now: datetime | None = None,
) -> None:
    """The agent asks a team lead for an exception (e.g. a disaster not yet registered as an
    event): the review is made again as an exception request and escalated."""
    now = now or utcnow()
    _may_act(request, actor, "send")
    if not reason.strip():
        raise DeskError({"reason": "say why this request deserves an exception"})
    review(session, request, actor=_actor(actor), exception_requested=True, now=now)
    desk.escalate(
        session,
        request.ticket,
        target=EscalationTarget.TEAM_LEAD,
        reason=f"Crisis feedback removal exception requested: {reason.strip()}",
        actor=actor,
        now=now,
    )


# ---------------------------------------------------------------------------------------
# The agency case


def ask_agency_owner(
    session: Session, request: RemovalRequest, *, actor: StaffUser, now: datetime | None = None
) -> DecisionRecord:
    """The freelancer left the agency (or is a member without a managing role), so only the
    profile could be cleared; if the agency qualifies too, email its owner asking whether to
    remove the feedback from the agency's JSS as well. Returns the agency's review."""
    now = now or utcnow()
    contract = request.contract
    owner = contract.agency.owner if contract.agency else None
    if contract.agency is None or owner is None:
        raise DeskError({"request": "the contract has no agency owner to ask"})
    if request.scope != "profile_only":
        raise DeskError({"request": "only a profile-only removal leaves a JSS removal to ask for"})
    if request.agency_owner_id is not None:
        raise DeskError({"request": f"the agency owner was asked already ({owner.display_name})"})
    facts = facts_for(session, request, requester=owner)
    decision = policy.decide_feedback_removal(facts)
    record = store_decision(
        session,
        decision,
        subject_type="ticket",
        subject_id=request.ticket_id,
        decided_by=_actor(actor),
        facts=facts.model_dump(mode="json"),
        account_id=owner.id,
    )
    if decision.outcome != "approve":
        unmet = "; ".join(criterion.name for criterion in decision.unmet)
        raise DeskError({"request": f"the agency does not qualify: {unmet}"})
    request.agency_owner_id = owner.id
    if request.status != RemovalStatus.REMOVED:
        request.status = RemovalStatus.AWAITING_AGENCY_OWNER
    mail.queue_email(
        session,
        key=f"feedback-removal-{request.id}-agency-owner",
        to=owner.email or "",
        subject=f"A past freelancer of {contract.agency.name} asks for a feedback removal",
        body=(
            f"Hi {owner.first_name},\n\n"
            f"{request.requester.display_name}, who worked contract {contract.external_id} "
            f"with {contract.agency.name}, was impacted by {request.event.name} and asked us to "
            "remove the client's feedback on it. Your agency owns the Job Success Score of "
            "the contracts done with it, so we can remove this feedback from the agency's JSS "
            "only at your request.\n\n"
            f"Would you like us to process a feedback and JSS removal? Answer here:\n"
            f"{owner_link(request.id)}\n"
        ),
        ticket_id=request.ticket_id,
    )
    audit.record(
        session,
        at=now,
        actor=_actor(actor),
        action="feedback_removal.ask_agency_owner",
        subject_type="ticket",
        subject_id=request.ticket_id,
        after={"agency_owner": owner.id},
        decision_id=record.id,
    )
    return record


def answer_as_agency_owner(
    session: Session, request: RemovalRequest, *, remove: bool, now: datetime | None = None
) -> list[ScoreChange]:
    """The agency owner's answer through their link: yes removes the feedback from the
    agency's JSS (and the profile), no leaves it. Answered once."""
    now = now or utcnow()
    owner = request.agency_owner
    if owner is None:
        raise DeskError({"request": "the agency owner was not asked about this request"})
    if request.agency_owner_answer is not None:
        raise DeskError({"answer": f"was given already ({request.agency_owner_answer})"})
    request.agency_owner_answer = "yes" if remove else "no"
    request.agency_owner_answered_at = now
    actor = f"account:{owner.external_id}"
    changes: list[ScoreChange] = []
    feedback = request.feedback
    if remove:
        feedback.removed_from_profile = True
        changes = reputation.exclude_feedback_from_jss(
            session,
            [feedback.id],
            decision_id=request.decision_id,
            actor=actor,
            now=now,
            reason=f"Agency owner's crisis feedback removal (ticket #{request.ticket_id})",
        )
        _tell_marketplace(
            session, feedback, EXCLUDED_FROM_JSS, reason="requested by the agency owner"
        )
        request.scope = "profile_and_jss"
    if request.status == RemovalStatus.AWAITING_AGENCY_OWNER:
        request.status = RemovalStatus.IN_REVIEW
    desk.add_system_note(
        session,
        request.ticket,
        body=(
            f"The agency owner, {owner.display_name}, answered "
            f"{'yes: remove the feedback from the agency JSS' if remove else 'no'}."
            + (f" JSS: {'; '.join(change.summary for change in changes)}." if changes else "")
        ),
        actor=actor,
        now=now,
    )
    audit.record(
        session,
        at=now,
        actor=actor,
        action="feedback_removal.agency_owner_answer",
        subject_type="ticket",
        subject_id=request.ticket_id,
        after={"answer": request.agency_owner_answer},
    )
    return changes
