"""Reads of the marketplace mirror, for the API and the pages.

Lists are newest first with the id as a stable tiebreak, so paging never shows a row twice.
Each list runs a constant number of queries whatever the page holds: the page itself with
the rows it shows eager-loaded, one grouped query for the payment totals of the contracts
on it, and a ``count`` with the same filters only when the page does not already tell the
total. Every filter on a large table (contracts, feedback) is on an indexed column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, join, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from trustdesk.db import utcnow
from trustdesk.marketplace.models import (
    Account,
    AccountHold,
    AccountKind,
    AccountNote,
    AccountStatus,
    Agency,
    AgencyMembership,
    AgencyStatus,
    Contract,
    ContractKind,
    ContractStatus,
    Credit,
    Dispute,
    Feedback,
    FeedbackDirection,
    Payment,
    Refund,
)
from trustdesk.marketplace.schemas import (
    AccountPublic,
    AccountView,
    AgencyPublic,
    AgencyView,
    ContractDetail,
    ContractPublic,
    CreditPublic,
    DisputePublic,
    FeedbackPublic,
    HoldPublic,
    MembershipPublic,
    NotePublic,
    PaymentPublic,
    PaymentTotals,
    RefundPublic,
)
from trustdesk.pagination import Page, PageRequest, page_of, scalars_page, total_rows

# The account view pages its long sections in smaller steps than the API: an agent reads
# them, and twenty rows fit on a screen.
ACCOUNT_VIEW_PAGE_SIZE = 20
# Refunds, credits and notes are few for almost every account; the view shows the newest
# ones and says how many there are in all.
ACCOUNT_VIEW_RECENT = 50


def _contains(column: Any, text: str) -> ColumnElement[bool]:
    """Case-insensitive substring match on both databases (``%`` and ``_`` taken literally)."""
    result: ColumnElement[bool] = func.lower(column).contains(text.lower(), autoescape=True)
    return result


@dataclass(frozen=True)
class AccountFilters:
    kind: AccountKind | None = None
    country: str | None = None
    status: AccountStatus | None = None
    q: str | None = None
    external_id: str | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.kind is not None:
            conditions.append(Account.kind == self.kind)
        if self.country:
            conditions.append(Account.country == self.country.upper())
        if self.status is not None:
            conditions.append(Account.status == self.status)
        if self.external_id:
            conditions.append(Account.external_id == self.external_id)
        if self.q and self.q.strip():
            text = self.q.strip()
            conditions.append(
                or_(
                    _contains(Account.first_name + " " + Account.last_name, text),
                    _contains(Account.company_name, text),
                    _contains(Account.external_id, text),
                    _contains(Account.email, text),
                )
            )
        return conditions


@dataclass(frozen=True)
class AgencyFilters:
    q: str | None = None
    status: AgencyStatus | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.status is not None:
            conditions.append(Agency.status == self.status)
        if self.q and self.q.strip():
            text = self.q.strip()
            conditions.append(
                or_(_contains(Agency.name, text), _contains(Agency.external_id, text))
            )
        return conditions


@dataclass(frozen=True)
class ContractFilters:
    client_id: int | None = None
    freelancer_id: int | None = None
    agency_id: int | None = None
    status: ContractStatus | None = None
    kind: ContractKind | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.client_id is not None:
            conditions.append(Contract.client_id == self.client_id)
        if self.freelancer_id is not None:
            conditions.append(Contract.freelancer_id == self.freelancer_id)
        if self.agency_id is not None:
            conditions.append(Contract.agency_id == self.agency_id)
        if self.status is not None:
            conditions.append(Contract.status == self.status)
        if self.kind is not None:
            conditions.append(Contract.kind == self.kind)
        return conditions


@dataclass(frozen=True)
class FeedbackFilters:
    contract_id: int | None = None
    to_account_id: int | None = None
    from_account_id: int | None = None
    direction: FeedbackDirection | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.contract_id is not None:
            conditions.append(Feedback.contract_id == self.contract_id)
        if self.to_account_id is not None:
            conditions.append(Feedback.to_account_id == self.to_account_id)
        if self.from_account_id is not None:
            conditions.append(Feedback.from_account_id == self.from_account_id)
        if self.direction is not None:
            conditions.append(Feedback.direction == self.direction)
        return conditions


_CONTRACT_PARTIES = (
    joinedload(Contract.client),
    joinedload(Contract.freelancer),
    joinedload(Contract.agency),
)
_FEEDBACK_PARTIES = (
    joinedload(Feedback.contract),
    joinedload(Feedback.from_account),
    joinedload(Feedback.to_account),
)
_AGENCY_PEOPLE = (
    joinedload(Agency.owner),
    selectinload(Agency.memberships).joinedload(AgencyMembership.account),
)


def payment_totals(session: Session, contract_ids: Sequence[int]) -> dict[int, PaymentTotals]:
    """Paid and refunded cents per contract, in one grouped query; absent ids paid nothing."""
    if not contract_ids:
        return {}
    rows = session.execute(
        select(
            Payment.contract_id,
            func.coalesce(func.sum(Payment.amount_cents), 0),
            func.coalesce(func.sum(Payment.refunded_cents), 0),
        )
        .where(Payment.contract_id.in_(contract_ids))
        .group_by(Payment.contract_id)
    ).all()
    # PostgreSQL sums BIGINT to NUMERIC (a Decimal in Python): back to exact integers.
    return {
        contract_id: PaymentTotals(paid_cents=int(paid), refunded_cents=int(refunded))
        for contract_id, paid, refunded in rows
    }


def _contracts_with_totals(session: Session, contracts: Sequence[Contract]) -> list[ContractPublic]:
    totals = payment_totals(session, [contract.id for contract in contracts])
    return [
        ContractPublic.from_model(contract, totals.get(contract.id, PaymentTotals()))
        for contract in contracts
    ]


# Accounts


def list_accounts(
    session: Session, filters: AccountFilters, request: PageRequest
) -> Page[AccountPublic]:
    statement = select(Account).order_by(Account.created_at.desc(), Account.id.desc())
    accounts, total = scalars_page(session, Account, statement, filters.conditions(), request)
    return Page(
        items=[AccountPublic.from_model(account) for account in accounts],
        page=request.page,
        page_size=request.page_size,
        total=total,
    )


def get_account(session: Session, account_id: int) -> AccountPublic | None:
    account = session.get(Account, account_id)
    return AccountPublic.from_model(account) if account is not None else None


# Agencies


def list_agencies(
    session: Session, filters: AgencyFilters, request: PageRequest, *, now: datetime | None = None
) -> Page[AgencyPublic]:
    now = now or utcnow()
    statement = (
        select(Agency).options(*_AGENCY_PEOPLE).order_by(Agency.created_at.desc(), Agency.id.desc())
    )
    agencies, total = scalars_page(session, Agency, statement, filters.conditions(), request)
    return Page(
        items=[AgencyPublic.from_model(agency, now=now) for agency in agencies],
        page=request.page,
        page_size=request.page_size,
        total=total,
    )


def get_agency(
    session: Session, agency_id: int, *, now: datetime | None = None
) -> AgencyPublic | None:
    agency = session.get(Agency, agency_id, options=_AGENCY_PEOPLE)
    return AgencyPublic.from_model(agency, now=now or utcnow()) if agency is not None else None


def agency_view(
    session: Session,
    agency_id: int,
    *,
    contracts_page: int = 1,
    now: datetime | None = None,
) -> AgencyView | None:
    """The agency page: the agency with its members, and a page of its contracts."""
    agency = get_agency(session, agency_id, now=now)
    if agency is None:
        return None
    contracts = list_contracts(
        session,
        ContractFilters(agency_id=agency_id),
        PageRequest(page=contracts_page, page_size=ACCOUNT_VIEW_PAGE_SIZE),
    )
    return AgencyView(agency=agency, contracts=contracts)


# Contracts


def list_contracts(
    session: Session, filters: ContractFilters, request: PageRequest
) -> Page[ContractPublic]:
    statement = (
        select(Contract)
        .options(*_CONTRACT_PARTIES)
        .order_by(Contract.started_at.desc(), Contract.id.desc())
    )
    contracts, total = scalars_page(session, Contract, statement, filters.conditions(), request)
    return Page(
        items=_contracts_with_totals(session, contracts),
        page=request.page,
        page_size=request.page_size,
        total=total,
    )


def get_contract(session: Session, contract_id: int) -> ContractDetail | None:
    contract = session.get(Contract, contract_id, options=_CONTRACT_PARTIES)
    if contract is None:
        return None
    totals = payment_totals(session, [contract_id]).get(contract_id, PaymentTotals())
    payments = session.scalars(
        select(Payment)
        .where(Payment.contract_id == contract_id)
        .order_by(Payment.paid_at, Payment.id)
    )
    refunds = session.scalars(
        select(Refund)
        .where(Refund.contract_id == contract_id)
        .order_by(Refund.granted_at.desc(), Refund.id.desc())
    )
    credits = session.scalars(
        select(Credit)
        .where(Credit.contract_id == contract_id)
        .order_by(Credit.granted_at.desc(), Credit.id.desc())
    )
    disputes = session.scalars(
        select(Dispute)
        .where(Dispute.contract_id == contract_id)
        .order_by(Dispute.opened_at.desc(), Dispute.id.desc())
    )
    feedback = session.scalars(
        select(Feedback)
        .options(*_FEEDBACK_PARTIES)
        .where(Feedback.contract_id == contract_id)
        .order_by(Feedback.left_at.desc(), Feedback.id.desc())
    )
    return ContractDetail.model_validate(
        ContractPublic.fields_from_model(contract, totals)
        | {
            "payments": [PaymentPublic.model_validate(payment) for payment in payments],
            "refunds": [RefundPublic.from_model(refund, contract.title) for refund in refunds],
            "credits": [CreditPublic.from_model(credit, contract.title) for credit in credits],
            "disputes": [DisputePublic.model_validate(dispute) for dispute in disputes],
            "feedback": [FeedbackPublic.from_model(item) for item in feedback.unique()],
        }
    )


# Feedback


def list_feedback(
    session: Session, filters: FeedbackFilters, request: PageRequest
) -> Page[FeedbackPublic]:
    statement = (
        select(Feedback)
        .options(*_FEEDBACK_PARTIES)
        .order_by(Feedback.left_at.desc(), Feedback.id.desc())
    )
    feedback, total = scalars_page(session, Feedback, statement, filters.conditions(), request)
    return Page(
        items=[FeedbackPublic.from_model(item) for item in feedback],
        page=request.page,
        page_size=request.page_size,
        total=total,
    )


def get_feedback(session: Session, feedback_id: int) -> FeedbackPublic | None:
    feedback = session.get(Feedback, feedback_id, options=_FEEDBACK_PARTIES)
    return FeedbackPublic.from_model(feedback) if feedback is not None else None


# The account view


def _recent_refunds(session: Session, side: Any, account_id: int) -> Page[RefundPublic]:
    request = PageRequest(page_size=ACCOUNT_VIEW_RECENT)
    conditions = [side == account_id]
    rows = session.execute(
        page_of(
            select(Refund, Contract.title)
            .join(Contract, Refund.contract_id == Contract.id)
            .where(*conditions)
            .order_by(Refund.granted_at.desc(), Refund.id.desc()),
            request,
        )
    ).all()
    source = join(Refund, Contract, Refund.contract_id == Contract.id)
    return Page(
        items=[RefundPublic.from_model(refund, title) for refund, title in rows],
        page=1,
        page_size=request.page_size,
        total=total_rows(session, source, conditions, request, len(rows)),
    )


def _recent_credits(session: Session, account_id: int) -> Page[CreditPublic]:
    request = PageRequest(page_size=ACCOUNT_VIEW_RECENT)
    conditions = [Credit.account_id == account_id]
    rows = session.execute(
        page_of(
            select(Credit, Contract.title)
            .outerjoin(Contract, Credit.contract_id == Contract.id)
            .where(*conditions)
            .order_by(Credit.granted_at.desc(), Credit.id.desc()),
            request,
        )
    ).all()
    return Page(
        items=[CreditPublic.from_model(credit, title) for credit, title in rows],
        page=1,
        page_size=request.page_size,
        total=total_rows(session, Credit, conditions, request, len(rows)),
    )


def _recent_notes(session: Session, account_id: int) -> Page[NotePublic]:
    request = PageRequest(page_size=ACCOUNT_VIEW_RECENT)
    statement = select(AccountNote).order_by(AccountNote.created_at.desc(), AccountNote.id.desc())
    notes, total = scalars_page(
        session, AccountNote, statement, [AccountNote.account_id == account_id], request
    )
    return Page(
        items=[NotePublic.model_validate(note) for note in notes],
        page=1,
        page_size=request.page_size,
        total=total,
    )


def account_view(
    session: Session,
    account_id: int,
    *,
    contracts_page: int = 1,
    received_page: int = 1,
    given_page: int = 1,
    now: datetime | None = None,
) -> AccountView | None:
    """Everything the account view shows, or None when there is no such account.

    A fixed number of queries however big the account is: contracts and feedback come a
    page at a time, refunds, credits and notes as the newest rows with their total.
    """
    account = session.get(Account, account_id)
    if account is None:
        return None
    now = now or utcnow()
    memberships = session.scalars(
        select(AgencyMembership)
        .options(joinedload(AgencyMembership.agency))
        .where(AgencyMembership.account_id == account_id)
        .order_by(AgencyMembership.joined_at.desc(), AgencyMembership.id.desc())
    ).unique()
    holds = session.scalars(
        select(AccountHold)
        .where(AccountHold.account_id == account_id)
        .order_by(AccountHold.started_at.desc(), AccountHold.id.desc())
    )
    as_client = account.kind == AccountKind.CLIENT
    contract_filters = (
        ContractFilters(client_id=account_id)
        if as_client
        else ContractFilters(freelancer_id=account_id)
    )
    side = Contract.client_id if as_client else Contract.freelancer_id
    view_page = ACCOUNT_VIEW_PAGE_SIZE
    return AccountView(
        account=AccountPublic.from_model(account),
        memberships=[MembershipPublic.from_model(m, now=now) for m in memberships],
        holds=[HoldPublic.model_validate(hold) for hold in holds],
        contracts_as=account.kind,
        contracts=list_contracts(
            session, contract_filters, PageRequest(page=contracts_page, page_size=view_page)
        ),
        feedback_received=list_feedback(
            session,
            FeedbackFilters(to_account_id=account_id),
            PageRequest(page=received_page, page_size=view_page),
        ),
        feedback_given=list_feedback(
            session,
            FeedbackFilters(from_account_id=account_id),
            PageRequest(page=given_page, page_size=view_page),
        ),
        refunds=_recent_refunds(session, side, account_id),
        credits=_recent_credits(session, account_id),
        notes=_recent_notes(session, account_id),
    )
