"""Changes of the crisis programme (seeds/000, the Check-In feature): create an event, run
its targeted outreach, send one freelancer the check-in link on request, record a
check-in (telling the clients and setting the profile private when asked), link a ticket
to an event.

Each action works in the caller's transaction, writes its audit rows and leaves email
delivery and jobs to run after commit; none commits. ``now`` can be passed in for tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import Final

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trustdesk import audit, jobs, links, mail
from trustdesk.config import get_settings
from trustdesk.crisis import queries
from trustdesk.crisis.models import (
    CheckIn,
    CheckInImpact,
    ClientNotification,
    CrisisEvent,
    CrisisEventTicket,
    CrisisKind,
    OutreachCampaign,
    OutreachStatus,
    TargetedMessage,
    TargetedMessageKind,
)
from trustdesk.crisis.regions import parse_regions
from trustdesk.db import utcnow
from trustdesk.desk.models import OutboundEmail, Ticket
from trustdesk.feedback_removal.actions import request_link as feedback_removal_link
from trustdesk.limits import read_day
from trustdesk.marketplace import changes
from trustdesk.marketplace.models import Account, AccountKind, Contract, ProfileVisibility

CHECK_IN_PURPOSE: Final = "crisis_check_in"
#: The targeted email's link works this long; the freelancer can change the check-in
#: through it until then, and support can send a fresh one on request.
CHECK_IN_LINK_AGE: Final = timedelta(days=60)
#: Tickets about an event belong under this category (seeds/000: "Natural Disasters &
#: Social Unrest Updates > choosing the best sub-category available").
CRISIS_CATEGORY_SLUG: Final = "crisis"
#: Freelancers written to per transaction by the outreach.
OUTREACH_BATCH: Final = 200
NAME_MAX: Final = 200
DETAILS_MAX: Final = 2000
CHECK_IN_ACTOR: Final = "public:check-in"
OUTREACH_ACTOR: Final = "system:crisis-outreach"


class CrisisError(ValueError):
    """A refused crisis change; ``errors`` maps each field to its problem."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {problem}" for field, problem in errors.items()))


# ---------------------------------------------------------------------------------------
# The check-in link


def check_in_token(event_id: int, account_id: int) -> str:
    return links.make_link_token(CHECK_IN_PURPOSE, f"{event_id}:{account_id}")


def check_in_link(event_id: int, account_id: int) -> str:
    """The signed, expiring link to one freelancer's Check-In page for one event."""
    return get_settings().url(f"/check-in/{check_in_token(event_id, account_id)}")


def read_check_in_token(token: str) -> tuple[int, int]:
    """The (event id, account id) a check-in token names; ``links.LinkError`` says why a
    token cannot be used."""
    subject = links.read_link_token(CHECK_IN_PURPOSE, token, CHECK_IN_LINK_AGE)
    event_id, _, account_id = subject.partition(":")
    if not (event_id.isdigit() and account_id.isdigit()):
        raise links.LinkInvalid("this link is not valid; check that it was copied whole")
    return int(event_id), int(account_id)


# ---------------------------------------------------------------------------------------
# Events


def create_event(
    session: Session,
    *,
    name: str,
    kind: CrisisKind | str,
    regions: str | Iterable[str],
    starts_on: date | str,
    ends_on: date | str | None,
    actor: str,
    now: datetime | None = None,
) -> CrisisEvent:
    """A new crisis event. Raises ``CrisisError`` naming each bad field: a missing name, a
    kind not in the list, a region that is not an ISO 3166 code, an end before the start."""
    now = now or utcnow()
    errors: dict[str, str] = {}
    name = " ".join(name.split())
    if not name:
        errors["name"] = "is required"
    elif len(name) > NAME_MAX:
        errors["name"] = f"is {len(name)} characters long; the most is {NAME_MAX}"
    try:
        kind = CrisisKind(kind)
    except ValueError:
        allowed = ", ".join(member.value for member in CrisisKind)
        errors["kind"] = f"{kind!r} is not one of: {allowed}"
    codes, problems = parse_regions(regions)
    if problems:
        errors["regions"] = "; ".join(problems)
    elif not codes:
        errors["regions"] = "name at least one country (PH) or subdivision (PH-CEB)"
    start = read_day(starts_on, "starts_on", errors)
    end = read_day(ends_on, "ends_on", errors)
    if start is None and "starts_on" not in errors:
        errors["starts_on"] = "is required"
    if start is not None and end is not None and end < start:
        errors["ends_on"] = f"{end} is before the start, {start}"
    if errors:
        raise CrisisError(errors)
    assert start is not None
    assert isinstance(kind, CrisisKind)
    event = CrisisEvent(
        name=name,
        kind=kind,
        regions=codes,
        starts_on=start,
        ends_on=end,
        created_by=actor,
        created_at=now,
    )
    session.add(event)
    session.flush()
    audit.record(
        session,
        at=now,
        actor=actor,
        action="crisis.event.create",
        subject_type="crisis_event",
        subject_id=event.id,
        after={
            "name": name,
            "kind": kind.value,
            "regions": codes,
            "starts_on": start.isoformat(),
            "ends_on": end.isoformat() if end else None,
        },
    )
    return event


def set_event_end(
    session: Session,
    event: CrisisEvent,
    *,
    ends_on: date | str | None,
    actor: str,
    now: datetime | None = None,
) -> CrisisEvent:
    """Close the period of impact (or reopen it with ``None``: still ongoing)."""
    errors: dict[str, str] = {}
    end = read_day(ends_on, "ends_on", errors)
    if end is not None and end < event.starts_on:
        errors["ends_on"] = f"{end} is before the start, {event.starts_on}"
    if errors:
        raise CrisisError(errors)
    before = event.ends_on
    event.ends_on = end
    audit.record(
        session,
        at=now,
        actor=actor,
        action="crisis.event.set_end",
        subject_type="crisis_event",
        subject_id=event.id,
        before={"ends_on": before.isoformat() if before else None},
        after={"ends_on": end.isoformat() if end else None},
    )
    return event


def link_ticket(
    session: Session, event: CrisisEvent, ticket: Ticket, *, actor: str, now: datetime | None = None
) -> CrisisEventTicket:
    """File a ticket under the event. The ticket must be in "Natural Disasters & Social
    Unrest Updates" or one of its sub-categories; linking twice changes nothing."""
    category = ticket.category
    in_tree = category is not None and (
        category.slug == CRISIS_CATEGORY_SLUG
        or category.slug.startswith(f"{CRISIS_CATEGORY_SLUG}.")
    )
    if not in_tree:
        shown = category.path if category is not None else "no category"
        raise CrisisError(
            {
                "ticket_id": f"ticket #{ticket.id} is in {shown}; file it under Natural "
                "Disasters & Social Unrest Updates first"
            }
        )
    existing = session.get(CrisisEventTicket, (event.id, ticket.id))
    if existing is not None:
        return existing
    link = CrisisEventTicket(
        event_id=event.id, ticket_id=ticket.id, linked_by=actor, linked_at=now or utcnow()
    )
    session.add(link)
    audit.record(
        session,
        at=now,
        actor=actor,
        action="crisis.ticket.link",
        subject_type="ticket",
        subject_id=ticket.id,
        after={"event": event.id, "event_name": event.name},
    )
    return link


# ---------------------------------------------------------------------------------------
# Targeted outreach


def _first_name(account: Account) -> str:
    return account.first_name or "there"


def targeted_email_body(event: CrisisEvent, account: Account, link: str, resource_link: str) -> str:
    """The targeted email: ``link`` to the freelancer's check-in, ``resource_link`` to
    their Feedback Removal Request form (the Community Resource Page's form)."""
    days = CHECK_IN_LINK_AGE.days
    return (
        f"Hi {_first_name(account)},\n\n"
        f"We know that {event.name} may be affecting you and the place where you live and "
        "work. We are sorry, and we want you to know that we are here to support you as you "
        "navigate this challenging time.\n\n"
        "Please take a minute to check in and let us know how you are impacted. On the same "
        "page you can ask us to:\n"
        "- let your current clients know: we will send a message to your client on each "
        "active contract, asking them to be patient and to consider extending deadlines;\n"
        "- set your profile to private until you are ready to work again: it will not appear "
        "in search results, and people who are not logged in will not be able to open it.\n\n"
        f"Check in here: {link}\n\n"
        f"The link is yours alone and works for {days} days; come back to it any time to "
        "change your answers.\n\n"
        "If you received negative feedback because of the impact of this event, you may "
        "also request its removal through our Community Resource Page: "
        f"{resource_link}\n\n"
        "Take care,\nSupport"
    )


def _send_link(
    session: Session,
    event: CrisisEvent,
    account: Account,
    *,
    kind: TargetedMessageKind,
    key: str,
    actor: str,
    now: datetime,
    ticket_id: int | None = None,
) -> tuple[OutboundEmail, TargetedMessage]:
    """Queue the check-in email and record that the account was sent it (one row per
    event and account; a row of another run wins, and this one changes nothing)."""
    assert account.email is not None
    email = mail.queue_email(
        session,
        key=key,
        to=account.email,
        subject=f"{event.name}: let us know how you are doing",
        body=targeted_email_body(
            event,
            account,
            check_in_link(event.id, account.id),
            feedback_removal_link(account.id),
        ),
        ticket_id=ticket_id,
    )
    existing = queries.targeted_message_for(session, event.id, account.id)
    if existing is not None:
        return email, existing
    message = TargetedMessage(
        event_id=event.id,
        account_id=account.id,
        kind=kind,
        email_id=email.id,
        sent_by=actor,
        sent_at=now,
    )
    try:
        with session.begin_nested():
            session.add(message)
    except IntegrityError:
        # Another run recorded this account first: its row is the record.
        found = queries.targeted_message_for(session, event.id, account.id)
        assert found is not None
        return email, found
    audit.record(
        session,
        at=now,
        actor=actor,
        action="crisis.targeted_message",
        subject_type="account",
        subject_id=account.id,
        after={"event": event.id, "kind": kind.value, "email": email.id},
    )
    return email, message


def start_outreach(
    session: Session,
    event: CrisisEvent,
    *,
    actor: str,
    queue_job: bool = True,
    now: datetime | None = None,
) -> OutreachCampaign:
    """Start (or resume) the event's targeted email: count the freelancers located in the
    impacted regions and queue the job that writes to those not yet sent it (after commit;
    ``queue_job=False`` when the caller runs it itself, as the command line does). Safe to
    call again at any time: whoever was sent the email is skipped."""
    now = now or utcnow()
    campaign = queries.campaign_for(session, event.id)
    total = queries.count_impacted(session, event)
    before = None
    if campaign is None:
        campaign = OutreachCampaign(
            event_id=event.id,
            status=OutreachStatus.QUEUED,
            total=total,
            sent=queries.count_reached(session, event),
            started_by=actor,
            started_at=now,
            updated_at=now,
        )
        session.add(campaign)
    else:
        before = {"status": campaign.status.value, "total": campaign.total, "sent": campaign.sent}
        campaign.status = OutreachStatus.QUEUED
        campaign.total = total
        campaign.updated_at = now
        campaign.finished_at = None
    session.flush()
    audit.record(
        session,
        at=now,
        actor=actor,
        action="crisis.outreach.start" if before is None else "crisis.outreach.resume",
        subject_type="crisis_event",
        subject_id=event.id,
        before=before,
        after={"total": total, "sent": campaign.sent},
    )
    if queue_job:
        audit.after_commit(session, partial(jobs.queue_crisis_outreach, event.id))
    return campaign


def send_outreach_batch(
    session: Session,
    event: CrisisEvent,
    *,
    limit: int = OUTREACH_BATCH,
    actor: str = OUTREACH_ACTOR,
    now: datetime | None = None,
) -> int:
    """Send the targeted email to the next ``limit`` freelancers not yet sent it and
    update the campaign's progress; returns how many were sent (0: the outreach is done,
    and the campaign says so)."""
    now = now or utcnow()
    campaign = queries.campaign_for(session, event.id)
    if campaign is None:
        raise CrisisError({"event_id": f"the outreach of event {event.id} was never started"})
    accounts = queries.next_unsent(session, event, limit)
    for account in accounts:
        _send_link(
            session,
            event,
            account,
            kind=TargetedMessageKind.TARGETED,
            key=f"crisis-targeted-{event.id}-{account.id}",
            actor=actor,
            now=now,
        )
    session.flush()
    sent = queries.count_reached(session, event)
    # The conditional update leaves a campaign restarted meanwhile to its new run.
    values: dict[str, object] = {"sent": sent, "updated_at": now}
    if accounts:
        values["status"] = OutreachStatus.SENDING
    else:
        values |= {"status": OutreachStatus.DONE, "finished_at": now}
        values["total"] = sent  # nobody in the regions is left unsent
    session.execute(
        update(OutreachCampaign)
        .where(OutreachCampaign.id == campaign.id)
        .values(**values)
        .execution_options(synchronize_session="fetch")
    )
    if not accounts:
        audit.record(
            session,
            at=now,
            actor=actor,
            action="crisis.outreach.done",
            subject_type="crisis_event",
            subject_id=event.id,
            after={"sent": sent},
        )
    return len(accounts)


def send_check_in_link(
    session: Session,
    event: CrisisEvent,
    account: Account,
    *,
    actor: str,
    ticket_id: int | None = None,
    now: datetime | None = None,
) -> OutboundEmail:
    """Send one freelancer the check-in link on request (the FAQ: "Here's the link we sent
    to freelancers in an impacted region"), even if the outreach did not find them."""
    now = now or utcnow()
    errors: dict[str, str] = {}
    if account.kind != AccountKind.FREELANCER:
        errors["account"] = f"{account.display_name} is a client; the check-in is for freelancers"
    elif not account.email:
        errors["account"] = f"{account.display_name} has no email address"
    if errors:
        raise CrisisError(errors)
    email, _ = _send_link(
        session,
        event,
        account,
        kind=TargetedMessageKind.ON_REQUEST,
        # A new request is a new email (a lost one is why they ask); a double click is not.
        key=f"crisis-check-in-link-{event.id}-{account.id}-{now:%Y%m%d%H%M}",
        actor=actor,
        now=now,
        ticket_id=ticket_id,
    )
    audit.record(
        session,
        at=now,
        actor=actor,
        action="crisis.check_in_link.send",
        subject_type="account",
        subject_id=account.id,
        after={"event": event.id, "email": email.id, "ticket": ticket_id},
    )
    return email


# ---------------------------------------------------------------------------------------
# The check-in


@dataclass(frozen=True)
class CheckInOutcome:
    check_in: CheckIn
    created: bool
    notified: list[ClientNotification]
    visibility: ProfileVisibility


def _check_in_problems(
    impacts: list[str], details: str
) -> tuple[list[CheckInImpact], dict[str, str]]:
    errors: dict[str, str] = {}
    chosen: list[CheckInImpact] = []
    for value in impacts:
        try:
            impact = CheckInImpact(value)
        except ValueError:
            errors["impacts"] = f"{value!r} is not one of the options"
            continue
        if impact not in chosen:
            chosen.append(impact)
    if not chosen and "impacts" not in errors:
        errors["impacts"] = "choose at least one option"
    if CheckInImpact.NOT_IMPACTED in chosen and len(chosen) > 1:
        errors["impacts"] = "“not impacted” cannot be chosen together with an impact"
    if len(details) > DETAILS_MAX:
        errors["details"] = f"is {len(details):,} characters long; the most is {DETAILS_MAX:,}"
    elif "\x00" in details:
        errors["details"] = "contains a NUL character"
    return chosen, errors


def record_check_in(
    session: Session,
    event: CrisisEvent,
    account: Account,
    *,
    impacts: list[str],
    details: str,
    notify_clients: bool,
    profile_private: bool,
    actor: str = CHECK_IN_ACTOR,
    now: datetime | None = None,
) -> CheckInOutcome:
    """Record (or change) a freelancer's check-in for the event, audited.

    When they ask for it, every client with an active contract is sent the automated
    email, once per event and contract (a client told already is not told again), and the
    profile is set private; unticking "private" later makes public again a profile the
    check-in had hidden."""
    now = now or utcnow()
    chosen, errors = _check_in_problems(impacts, details.strip())
    if errors:
        raise CrisisError(errors)
    check_in = queries.check_in_for(session, event.id, account.id)
    created = check_in is None
    before = None
    if check_in is None:
        check_in = CheckIn(event_id=event.id, account_id=account.id, created_at=now)
        session.add(check_in)
    else:
        before = {
            "impacts": list(check_in.impacts),
            "details": check_in.details,
            "notify_clients": check_in.notify_clients,
            "profile_private": check_in.profile_private,
        }
    check_in.impacts = [impact.value for impact in chosen]
    check_in.details = details.strip()
    # The latest answer; the notices already sent stay recorded on their contracts.
    check_in.notify_clients = notify_clients
    check_in.profile_private = profile_private
    check_in.updated_at = now
    session.flush()
    after = {
        "event": event.id,
        "impacts": list(check_in.impacts),
        "details": check_in.details,
        "notify_clients": check_in.notify_clients,
        "profile_private": check_in.profile_private,
    }
    audit.record(
        session,
        at=now,
        actor=actor,
        action="crisis.check_in" if created else "crisis.check_in.change",
        subject_type="account",
        subject_id=account.id,
        before=before,
        after=after,
    )
    _apply_visibility(session, event, check_in, account, actor=actor, now=now)
    notified = []
    if notify_clients:
        notified = notify_clients_of(session, event, check_in, account, now=now)
    return CheckInOutcome(
        check_in=check_in,
        created=created,
        notified=notified,
        visibility=account.profile_visibility,
    )


def set_profile_visibility(
    session: Session,
    account: Account,
    visibility: ProfileVisibility,
    *,
    actor: str,
    reason: str,
    now: datetime | None = None,
) -> bool:
    """Set the profile public or private and tell the marketplace (which applies it on
    its side); True when it changed."""
    if account.profile_visibility == visibility:
        return False
    now = now or utcnow()
    before = account.profile_visibility
    account.profile_visibility = visibility
    changes.emit_change(
        session,
        key=f"profile-visibility-{account.id}-{visibility.value}-{now.isoformat()}",
        kind="profile_visibility",
        subject_type="account",
        subject_external_id=account.external_id,
        payload={"profile_visibility": visibility.value, "reason": reason},
    )
    audit.record(
        session,
        at=now,
        actor=actor,
        action="account.profile_visibility",
        subject_type="account",
        subject_id=account.id,
        before={"profile_visibility": before.value},
        after={"profile_visibility": visibility.value},
        reason=reason,
    )
    return True


def _apply_visibility(
    session: Session,
    event: CrisisEvent,
    check_in: CheckIn,
    account: Account,
    *,
    actor: str,
    now: datetime,
) -> None:
    event_name = event.name
    if check_in.profile_private:
        if set_profile_visibility(
            session,
            account,
            ProfileVisibility.PRIVATE,
            actor=actor,
            reason=f"Check-in for {event_name}: private until ready to work again",
            now=now,
        ):
            check_in.made_private_at = now
    elif check_in.made_private_at is not None:
        set_profile_visibility(
            session,
            account,
            ProfileVisibility.PUBLIC,
            actor=actor,
            reason=f"Check-in for {event_name}: ready to work again",
            now=now,
        )
        check_in.made_private_at = None


def client_email_body(event: CrisisEvent, freelancer: Account, contract: Contract) -> str:
    """The automated email of the playbook: be patient and expect delays, extend
    deadlines if possible, approve work promptly, talk to the freelancer about next
    steps."""
    who = f"{freelancer.first_name} {freelancer.last_name[:1]}.".strip()
    client = contract.client
    return (
        f"Hi {client.first_name or 'there'},\n\n"
        f"{who}, who works with you on “{contract.title}”, has let us know that they are "
        f"impacted by {event.name}. Events like this can cut access to power, internet, "
        "housing and other essentials, so their work and replies may be slower than usual "
        "for a while.\n\n"
        "Here is how you can help:\n"
        "- Please be patient and expect some delays.\n"
        "- If you are able to, consider extending your project's deadlines: you can change a "
        "milestone's due date or the contract's end date from the contract page.\n"
        "- Please review and approve submitted work promptly, so the work already done is "
        "paid without delay.\n"
        f"- Reach out to {freelancer.first_name} in Messages to discuss the next steps.\n\n"
        "If your project is time-sensitive, we are here to discuss your options: simply "
        "contact support.\n\n"
        "Thank you for your understanding,\nSupport"
    )


def notify_clients_of(
    session: Session,
    event: CrisisEvent,
    check_in: CheckIn,
    freelancer: Account,
    *,
    now: datetime | None = None,
) -> list[ClientNotification]:
    """Email the client of each of the freelancer's active contracts not yet told about
    this event; returns the notices this call sent (each recorded on its contract)."""
    now = now or utcnow()
    sent: list[ClientNotification] = []
    for contract in queries.active_contracts(session, freelancer.id):
        already = session.scalar(
            select(func.count())
            .select_from(ClientNotification)
            .where(
                ClientNotification.event_id == event.id,
                ClientNotification.contract_id == contract.id,
            )
        )
        if already or not contract.client.email:
            continue
        email = mail.queue_email(
            session,
            key=f"crisis-client-{event.id}-{contract.id}",
            to=contract.client.email,
            subject=(f"Your freelancer {freelancer.first_name} is impacted by {event.name}"),
            body=client_email_body(event, freelancer, contract),
        )
        notification = ClientNotification(
            event_id=event.id,
            check_in_id=check_in.id,
            contract_id=contract.id,
            client_id=contract.client_id,
            email_id=email.id,
            sent_at=now,
        )
        try:
            with session.begin_nested():
                session.add(notification)
        except IntegrityError:
            continue  # another request told this client first
        audit.record(
            session,
            at=now,
            actor=CHECK_IN_ACTOR,
            action="crisis.client_notified",
            subject_type="contract",
            subject_id=contract.id,
            after={"event": event.id, "client": contract.client_id, "email": email.id},
        )
        sent.append(notification)
    return sent
