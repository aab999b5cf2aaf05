"""Reads of the crisis programme: events, who an event's outreach reaches, an account's
evidence of impact, and profiles as the marketplace shows them (private profile mode).

The evidence functions (``targeted_message_for``, ``check_in_for``, ``impact_evidence``)
are what the Feedback Removal Request review reads: "checked in" and "sent the targeted
message" are rows here, not flags someone sets by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, exists, false, func, or_, select
from sqlalchemy.orm import Session, selectinload

from trustdesk.crisis.models import (
    CheckIn,
    ClientNotification,
    CrisisEvent,
    CrisisEventTicket,
    OutreachCampaign,
    TargetedMessage,
)
from trustdesk.crisis.regions import coverage
from trustdesk.crisis.schemas import ProfileView
from trustdesk.desk.models import Ticket
from trustdesk.marketplace.models import (
    Account,
    AccountKind,
    AccountStatus,
    Contract,
    ContractStatus,
    ProfileVisibility,
)
from trustdesk.pagination import Page, PageRequest, page_of, total_rows

#: Contracts whose client is told when the freelancer asks: the work is still going on.
ACTIVE_CONTRACT_STATUSES = (ContractStatus.OPEN, ContractStatus.PAUSED)
#: Accounts the outreach never writes to: the marketplace has closed or suspended them.
UNREACHABLE_STATUSES = (AccountStatus.CLOSED, AccountStatus.SUSPENDED)


def list_events(session: Session) -> list[CrisisEvent]:
    """Every event, ongoing and most recent first."""
    return list(
        session.scalars(
            select(CrisisEvent)
            .options(selectinload(CrisisEvent.outreach))
            .order_by(CrisisEvent.ends_on.is_not(None), CrisisEvent.starts_on.desc())
        )
    )


def get_event(session: Session, event_id: int) -> CrisisEvent | None:
    return session.get(CrisisEvent, event_id)


def event_by_name(session: Session, name: str) -> CrisisEvent | None:
    return session.scalars(select(CrisisEvent).where(CrisisEvent.name == name)).first()


def campaign_for(session: Session, event_id: int) -> OutreachCampaign | None:
    return session.scalar(select(OutreachCampaign).where(OutreachCampaign.event_id == event_id))


# ---------------------------------------------------------------------------------------
# Who the outreach reaches


def located_in(regions: Sequence[str]) -> ColumnElement[bool]:
    """Accounts whose profile location is inside the regions (country, or subdivision)."""
    covered = coverage(regions)
    conditions: list[ColumnElement[bool]] = []
    if covered.countries:
        conditions.append(Account.country.in_(sorted(covered.countries)))
    if covered.subdivisions:
        countries = sorted({code.split("-", 1)[0] for code in covered.subdivisions})
        conditions.append(
            and_(
                Account.country.in_(countries),  # narrows by the indexed column first
                func.upper(Account.region).in_(sorted(covered.subdivisions)),
            )
        )
    return or_(*conditions) if conditions else false()


def _potentially_impacted(event: CrisisEvent) -> list[ColumnElement[bool]]:
    return [
        Account.kind == AccountKind.FREELANCER,
        Account.status.not_in(UNREACHABLE_STATUSES),
        Account.email.is_not(None),
        located_in(event.regions),
    ]


def _not_yet_sent(event: CrisisEvent) -> ColumnElement[bool]:
    return ~exists().where(
        TargetedMessage.event_id == event.id, TargetedMessage.account_id == Account.id
    )


def count_impacted(session: Session, event: CrisisEvent) -> int:
    """How many freelancers the outreach would write to (the preview's number)."""
    return (
        session.scalar(
            select(func.count()).select_from(Account).where(*_potentially_impacted(event))
        )
        or 0
    )


def count_unsent(session: Session, event: CrisisEvent) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Account)
            .where(*_potentially_impacted(event), _not_yet_sent(event))
        )
        or 0
    )


def next_unsent(session: Session, event: CrisisEvent, limit: int) -> list[Account]:
    """The next ``limit`` freelancers in the impacted regions not yet sent the link."""
    statement = (
        select(Account)
        .where(*_potentially_impacted(event), _not_yet_sent(event))
        .order_by(Account.id)
        .limit(limit)
    )
    return list(session.scalars(statement))


def sample_impacted(session: Session, event: CrisisEvent, limit: int = 10) -> list[Account]:
    """A few of the freelancers the outreach finds, for the preview."""
    return list(
        session.scalars(
            select(Account).where(*_potentially_impacted(event)).order_by(Account.id).limit(limit)
        )
    )


def count_reached(session: Session, event: CrisisEvent) -> int:
    """How many of the freelancers in the impacted regions have been sent the link (by
    the outreach, or on request before it found them)."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Account)
            .where(*_potentially_impacted(event), ~_not_yet_sent(event))
        )
        or 0
    )


# ---------------------------------------------------------------------------------------
# An account's evidence of impact (what the Feedback Removal Request review reads)


def targeted_message_for(
    session: Session, event_id: int, account_id: int
) -> TargetedMessage | None:
    """The check-in link the account was sent about the event (targeted or on request)."""
    return session.scalar(
        select(TargetedMessage).where(
            TargetedMessage.event_id == event_id, TargetedMessage.account_id == account_id
        )
    )


def check_in_for(session: Session, event_id: int, account_id: int) -> CheckIn | None:
    return session.scalar(
        select(CheckIn).where(CheckIn.event_id == event_id, CheckIn.account_id == account_id)
    )


@dataclass(frozen=True)
class ImpactEvidence:
    """What the desk knows of one account's impact by one event."""

    event: CrisisEvent
    located_in_region: bool
    targeted_message: TargetedMessage | None
    check_in: CheckIn | None

    @property
    def checked_in(self) -> bool:
        return self.check_in is not None

    @property
    def sent_targeted_message(self) -> bool:
        return self.targeted_message is not None


def impact_evidence(session: Session, event: CrisisEvent, account: Account) -> ImpactEvidence:
    return ImpactEvidence(
        event=event,
        located_in_region=coverage(event.regions).covers(account.country, account.region),
        targeted_message=targeted_message_for(session, event.id, account.id),
        check_in=check_in_for(session, event.id, account.id),
    )


def events_for_account(session: Session, account_id: int) -> list[CrisisEvent]:
    """The events the account was sent the link about or checked in to, newest first."""
    sent = select(TargetedMessage.event_id).where(TargetedMessage.account_id == account_id)
    checked = select(CheckIn.event_id).where(CheckIn.account_id == account_id)
    return list(
        session.scalars(
            select(CrisisEvent)
            .where(or_(CrisisEvent.id.in_(sent), CrisisEvent.id.in_(checked)))
            .order_by(CrisisEvent.starts_on.desc())
        )
    )


def impact_on_account(session: Session, account: Account, day: date) -> list[ImpactEvidence]:
    """Every event that may have impacted ``account``, newest first: those whose period
    includes ``day`` and whose regions cover its location, and those it was sent the link
    about or checked in to (for the account view: evidence, and the link to send on request)."""
    events = {event.id: event for event in events_for_account(session, account.id)}
    for event in events_on(session, day):
        if coverage(event.regions).covers(account.country, account.region):
            events.setdefault(event.id, event)
    newest_first = sorted(events.values(), key=lambda event: (event.starts_on, event.id))
    return [impact_evidence(session, event, account) for event in reversed(newest_first)]


def events_on(session: Session, day: date) -> list[CrisisEvent]:
    """The events whose period of impact includes ``day`` (an ongoing one has no end)."""
    return list(
        session.scalars(
            select(CrisisEvent).where(
                CrisisEvent.starts_on <= day,
                or_(CrisisEvent.ends_on.is_(None), CrisisEvent.ends_on >= day),
            )
        )
    )


def active_contracts(session: Session, freelancer_id: int) -> list[Contract]:
    """The freelancer's contracts still going on (their clients are the ones told)."""
    return list(
        session.scalars(
            select(Contract)
            .where(
                Contract.freelancer_id == freelancer_id,
                Contract.status.in_(ACTIVE_CONTRACT_STATUSES),
            )
            .order_by(Contract.id)
        )
    )


def client_notifications(
    session: Session, event_id: int, account_id: int
) -> list[ClientNotification]:
    return list(
        session.scalars(
            select(ClientNotification)
            .join(CheckIn, CheckIn.id == ClientNotification.check_in_id)
            .where(ClientNotification.event_id == event_id, CheckIn.account_id == account_id)
            .order_by(ClientNotification.id)
        )
    )


def client_notifications_for_contract(
    session: Session, contract_id: int
) -> list[ClientNotification]:
    return list(
        session.scalars(
            select(ClientNotification)
            .where(ClientNotification.contract_id == contract_id)
            .order_by(ClientNotification.id)
        )
    )


# ---------------------------------------------------------------------------------------
# The event page


@dataclass(frozen=True)
class EventPage:
    event: CrisisEvent
    campaign: OutreachCampaign | None
    impacted: int
    unsent: int
    sample: list[Account]
    check_ins: list[CheckIn]
    check_ins_total: int
    notified_clients: int
    tickets: list[Ticket]


CHECK_INS_SHOWN = 100


def event_page(session: Session, event_id: int) -> EventPage | None:
    event = get_event(session, event_id)
    if event is None:
        return None
    check_ins = list(
        session.scalars(
            select(CheckIn)
            .options(selectinload(CheckIn.account))
            .where(CheckIn.event_id == event.id)
            .order_by(CheckIn.updated_at.desc(), CheckIn.id.desc())
            .limit(CHECK_INS_SHOWN)
        )
    )
    check_ins_total = (
        session.scalar(
            select(func.count()).select_from(CheckIn).where(CheckIn.event_id == event.id)
        )
        or 0
    )
    notified = (
        session.scalar(
            select(func.count())
            .select_from(ClientNotification)
            .where(ClientNotification.event_id == event.id)
        )
        or 0
    )
    tickets = list(
        session.scalars(
            select(Ticket)
            .join(CrisisEventTicket, CrisisEventTicket.ticket_id == Ticket.id)
            .where(CrisisEventTicket.event_id == event.id)
            .order_by(Ticket.id.desc())
        )
    )
    return EventPage(
        event=event,
        campaign=campaign_for(session, event.id),
        impacted=count_impacted(session, event),
        unsent=count_unsent(session, event),
        sample=sample_impacted(session, event),
        check_ins=check_ins,
        check_ins_total=check_ins_total,
        notified_clients=notified,
        tickets=tickets,
    )


def events_of_ticket(session: Session, ticket_id: int) -> list[CrisisEvent]:
    return list(
        session.scalars(
            select(CrisisEvent)
            .join(CrisisEventTicket, CrisisEventTicket.event_id == CrisisEvent.id)
            .where(CrisisEventTicket.ticket_id == ticket_id)
        )
    )


# ---------------------------------------------------------------------------------------
# Profiles as the marketplace shows them (private profile mode)


def _shown_on_marketplace(account: Account) -> bool:
    return account.kind == AccountKind.FREELANCER and account.status not in UNREACHABLE_STATUSES


def profile_view(account: Account, viewer_logged_in: bool) -> ProfileView | None:
    """The profile as the marketplace may show it to this viewer, or None when it may not
    be shown at all.

    A public profile is shown whole. A private one (the FAQ): people who are not logged in
    cannot open it even with a direct link (None); logged-in people with the link see only
    the first name, last initial, title, photo, rate, city and country."""
    if not _shown_on_marketplace(account):
        return None
    if account.profile_visibility == ProfileVisibility.PRIVATE:
        if not viewer_logged_in:
            return None
        return ProfileView.restricted(account)
    return ProfileView.full(account)


def _search_conditions(q: str | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Account.kind == AccountKind.FREELANCER,
        Account.status.not_in(UNREACHABLE_STATUSES),
        # Private profiles never appear in search, whoever searches.
        Account.profile_visibility == ProfileVisibility.PUBLIC,
    ]
    if q:
        pattern = f"%{q.lower()}%"
        conditions.append(
            or_(
                func.lower(Account.first_name).like(pattern),
                func.lower(Account.last_name).like(pattern),
                func.lower(Account.title).like(pattern),
                and_(Account.city.is_not(None), func.lower(Account.city).like(pattern)),
            )
        )
    return conditions


def search_profiles(session: Session, q: str | None, request: PageRequest) -> Page[ProfileView]:
    """Public freelancer profiles matching ``q`` (name, title or city), as search shows
    them; private profiles are left out."""
    conditions = _search_conditions(q.strip() if q else None)
    statement = select(Account).where(*conditions).order_by(Account.id)
    accounts = list(session.scalars(page_of(statement, request)))
    total = total_rows(session, Account, conditions, request, len(accounts))
    return Page(
        items=[ProfileView.full(account) for account in accounts],
        page=request.page,
        page_size=request.page_size,
        total=total,
    )


def account_by_external_id(session: Session, external_id: str) -> Account | None:
    return session.scalar(select(Account).where(Account.external_id == external_id))
