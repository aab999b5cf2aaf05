"""The marketplace mirror on the web: the read API and the staff pages (accounts list,
account view, agency page). Routes parse, authorise, call a query and render; nothing else."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, status
from fastapi.responses import HTMLResponse, Response

from trustdesk.audit_log import queries as audit_log_queries
from trustdesk.auth import Caller, SessionDep, api, pages
from trustdesk.crisis import web as crisis_web
from trustdesk.desk import queries as desk_queries
from trustdesk.errors import WayBack, error_page
from trustdesk.feedback_removal import actions as removal_actions
from trustdesk.limits import ID_MAX, NO_NUL_PATTERN, PAGE_MAX
from trustdesk.marketplace import changes, queries
from trustdesk.marketplace.models import (
    AccountKind,
    AccountStatus,
    AgencyStatus,
    ContractKind,
    ContractStatus,
    FeedbackDirection,
)
from trustdesk.marketplace.queries import (
    AccountFilters,
    AgencyFilters,
    ContractFilters,
    FeedbackFilters,
)
from trustdesk.marketplace.schemas import (
    AccountPublic,
    AgencyPublic,
    ChangePublic,
    ContractDetail,
    ContractPublic,
    ErrorDetail,
    FeedbackPublic,
)
from trustdesk.pagination import Page, PageRequest, Paging, page_url
from trustdesk.reputation import web as reputation_web
from trustdesk.staff.models import Scope
from trustdesk.templating import templates

api_router = APIRouter(prefix="/api/v1")
#: The account view lists this many of the account's tickets, newest first.
ACCOUNT_TICKETS_SHOWN = 20
page_router = APIRouter(include_in_schema=False)

MirrorReader = Annotated[Caller, Depends(api(scopes=(Scope.MIRROR_READ,)))]
StaffPage = Annotated[Caller, Depends(pages())]

COUNTRY_PATTERN = "^[A-Za-z]{2}$"
SEARCH_ACCOUNTS = WayBack("/accounts", "Search the accounts")

T = TypeVar("T")


def _not_found(entity: str, entity_id: int) -> str:
    return f"{entity} {entity_id} does not exist"


def _found(value: T | None, entity: str, entity_id: int) -> T:
    if value is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=_not_found(entity, entity_id))
    return value


def _not_found_responses(entity: str) -> dict[int | str, dict[str, Any]]:
    return {404: {"model": ErrorDetail, "description": f"No {entity} has this id"}}


# The API


@api_router.get(
    "/accounts",
    response_model=Page[AccountPublic],
    tags=["accounts"],
    summary="List accounts",
    description=(
        "Freelancer and client accounts, newest first. `q` matches a part of the name, "
        "company name, external id or email, ignoring case."
    ),
)
def api_list_accounts(
    session: SessionDep,
    _caller: MirrorReader,
    paging: Paging,
    kind: Annotated[AccountKind | None, Query(description="freelancer or client")] = None,
    country: Annotated[
        str | None, Query(pattern=COUNTRY_PATTERN, description="ISO 3166-1 alpha-2 code")
    ] = None,
    account_status: Annotated[AccountStatus | None, Query(alias="status")] = None,
    q: Annotated[
        str | None, Query(max_length=200, pattern=NO_NUL_PATTERN, description="Search text")
    ] = None,
    external_id: Annotated[
        str | None,
        Query(max_length=64, pattern=NO_NUL_PATTERN, description="The marketplace's id, exactly"),
    ] = None,
) -> Page[AccountPublic]:
    filters = AccountFilters(
        kind=kind, country=country, status=account_status, q=q, external_id=external_id
    )
    return queries.list_accounts(session, filters, paging)


@api_router.get(
    "/accounts/{account_id}",
    response_model=AccountPublic,
    tags=["accounts"],
    summary="Get an account",
    description="One account's profile, badges, status and plan.",
    responses=_not_found_responses("account"),
)
def api_get_account(
    session: SessionDep, _caller: MirrorReader, account_id: Annotated[int, Path(ge=1, le=ID_MAX)]
) -> AccountPublic:
    return _found(queries.get_account(session, account_id), "account", account_id)


@api_router.get(
    "/agencies",
    response_model=Page[AgencyPublic],
    tags=["agencies"],
    summary="List agencies",
    description=(
        "Agencies newest first, each with its owner and its memberships, current and past. "
        "`q` matches a part of the name or external id, ignoring case."
    ),
)
def api_list_agencies(
    session: SessionDep,
    _caller: MirrorReader,
    paging: Paging,
    q: Annotated[
        str | None, Query(max_length=200, pattern=NO_NUL_PATTERN, description="Search text")
    ] = None,
    agency_status: Annotated[AgencyStatus | None, Query(alias="status")] = None,
) -> Page[AgencyPublic]:
    return queries.list_agencies(session, AgencyFilters(q=q, status=agency_status), paging)


@api_router.get(
    "/agencies/{agency_id}",
    response_model=AgencyPublic,
    tags=["agencies"],
    summary="Get an agency",
    description="One agency with its owner and every membership, with dates and roles.",
    responses=_not_found_responses("agency"),
)
def api_get_agency(
    session: SessionDep, _caller: MirrorReader, agency_id: Annotated[int, Path(ge=1, le=ID_MAX)]
) -> AgencyPublic:
    return _found(queries.get_agency(session, agency_id), "agency", agency_id)


@api_router.get(
    "/contracts",
    response_model=Page[ContractPublic],
    tags=["contracts"],
    summary="List contracts",
    description=(
        "Contracts, most recently started first, with what their payments add up to "
        "(paid and refunded, in cents)."
    ),
)
def api_list_contracts(
    session: SessionDep,
    _caller: MirrorReader,
    paging: Paging,
    client_id: Annotated[
        int | None, Query(ge=1, le=ID_MAX, description="The client's account id")
    ] = None,
    freelancer_id: Annotated[
        int | None, Query(ge=1, le=ID_MAX, description="The freelancer's account id")
    ] = None,
    agency_id: Annotated[int | None, Query(ge=1, le=ID_MAX, description="The agency's id")] = None,
    contract_status: Annotated[ContractStatus | None, Query(alias="status")] = None,
    kind: Annotated[ContractKind | None, Query(description="hourly or fixed")] = None,
) -> Page[ContractPublic]:
    filters = ContractFilters(
        client_id=client_id,
        freelancer_id=freelancer_id,
        agency_id=agency_id,
        status=contract_status,
        kind=kind,
    )
    return queries.list_contracts(session, filters, paging)


@api_router.get(
    "/contracts/{contract_id}",
    response_model=ContractDetail,
    tags=["contracts"],
    summary="Get a contract",
    description="One contract with its payments, refunds, credits, disputes and feedback.",
    responses=_not_found_responses("contract"),
)
def api_get_contract(
    session: SessionDep, _caller: MirrorReader, contract_id: Annotated[int, Path(ge=1, le=ID_MAX)]
) -> ContractDetail:
    return _found(queries.get_contract(session, contract_id), "contract", contract_id)


@api_router.get(
    "/changes",
    response_model=list[ChangePublic],
    tags=["changes"],
    summary="Changes for the marketplace to apply",
    description=(
        "What trustdesk decided that the marketplace must apply on its side (a feedback "
        "removed from a profile, a contract excluded from JSS, a profile set private), oldest "
        "first after `after_id`: keep the last id you applied and ask again from it. The same "
        "bodies are posted to `TRUSTDESK_MARKETPLACE_WEBHOOK_URL` when it is set, signed in "
        "the `X-Trustdesk-Signature` header (HMAC-SHA256 of the body under the secret key)."
    ),
)
def api_list_changes(
    session: SessionDep,
    _caller: MirrorReader,
    after_id: Annotated[
        int, Query(ge=0, le=ID_MAX, description="The last change you applied (0: from the start)")
    ] = 0,
    limit: Annotated[int, Query(ge=1, le=1000, description="At most this many")] = 100,
) -> list[ChangePublic]:
    return [
        ChangePublic.model_validate(changes.change_body(change))
        for change in changes.changes_after(session, after_id, limit)
    ]


@api_router.get(
    "/feedback",
    response_model=Page[FeedbackPublic],
    tags=["feedback"],
    summary="List feedback",
    description=(
        "Feedback newest first, with the public rating and comment and the private score "
        "and comment the other party never sees."
    ),
)
def api_list_feedback(
    session: SessionDep,
    _caller: MirrorReader,
    paging: Paging,
    contract_id: Annotated[
        int | None, Query(ge=1, le=ID_MAX, description="The contract's id")
    ] = None,
    to_account_id: Annotated[
        int | None, Query(ge=1, le=ID_MAX, description="Who received it")
    ] = None,
    from_account_id: Annotated[
        int | None, Query(ge=1, le=ID_MAX, description="Who left it")
    ] = None,
    direction: Annotated[FeedbackDirection | None, Query()] = None,
) -> Page[FeedbackPublic]:
    filters = FeedbackFilters(
        contract_id=contract_id,
        to_account_id=to_account_id,
        from_account_id=from_account_id,
        direction=direction,
    )
    return queries.list_feedback(session, filters, paging)


@api_router.get(
    "/feedback/{feedback_id}",
    response_model=FeedbackPublic,
    tags=["feedback"],
    summary="Get one feedback",
    description="One feedback, with its removed-from-profile and excluded-from-JSS flags.",
    responses=_not_found_responses("feedback"),
)
def api_get_feedback(
    session: SessionDep, _caller: MirrorReader, feedback_id: Annotated[int, Path(ge=1, le=ID_MAX)]
) -> FeedbackPublic:
    return _found(queries.get_feedback(session, feedback_id), "feedback", feedback_id)


# The pages

E = TypeVar("E", bound=StrEnum)
ACCOUNTS_PAGE_SIZE = 50


def _choice(enum: type[E], field: str, value: str | None, errors: list[str]) -> E | None:
    """A filter from a form: empty means any; anything else must be one of the values."""
    if not value:
        return None
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        errors.append(f"{field}: {value!r} is not one of {allowed}")
        return None


def _not_found_page(request: Request, message: str) -> Response:
    return error_page(request, status.HTTP_404_NOT_FOUND, message, back=SEARCH_ACCOUNTS)


@page_router.get("/accounts", response_class=HTMLResponse)
def accounts_page(
    request: Request,
    session: SessionDep,
    caller: StaffPage,
    q: Annotated[str, Query(max_length=200, pattern=NO_NUL_PATTERN)] = "",
    kind: str = "",
    country: Annotated[str, Query(max_length=10)] = "",
    account_status: Annotated[str, Query(alias="status")] = "",
    page: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 1,
) -> Response:
    errors: list[str] = []
    filters = AccountFilters(
        q=q.strip() or None,
        kind=_choice(AccountKind, "kind", kind, errors),
        status=_choice(AccountStatus, "status", account_status, errors),
        country=country.strip().upper() or None,
    )
    if filters.country is not None and not (
        len(filters.country) == 2 and filters.country.isalpha()
    ):
        errors.append(f"country: {country!r} is not a two-letter country code")
    results = (
        None
        if errors
        else queries.list_accounts(
            session, filters, PageRequest(page=page, page_size=ACCOUNTS_PAGE_SIZE)
        )
    )
    return templates.TemplateResponse(
        request,
        "marketplace/accounts.html",
        {
            "staff": caller.staff,
            "form": {"q": q, "kind": kind, "country": country, "status": account_status},
            "kinds": list(AccountKind),
            "statuses": list(AccountStatus),
            "errors": errors,
            "results": results,
            "page_url": page_url(request),
        },
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT if errors else status.HTTP_200_OK,
    )


@page_router.get("/accounts/{account_id}", response_class=HTMLResponse)
def account_view_page(
    request: Request,
    session: SessionDep,
    caller: StaffPage,
    account_id: int,
    contracts_page: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 1,
    received_page: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 1,
    given_page: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 1,
) -> Response:
    view = queries.account_view(
        session,
        account_id,
        contracts_page=contracts_page,
        received_page=received_page,
        given_page=given_page,
    )
    if view is None:
        return _not_found_page(request, _not_found("account", account_id))
    tickets, tickets_total = desk_queries.list_tickets(
        session,
        desk_queries.TicketFilters(statuses=(), requester_account_id=account_id),
        PageRequest(page=1, page_size=ACCOUNT_TICKETS_SHOWN),
        newest_first=True,
    )
    return templates.TemplateResponse(
        request,
        "marketplace/account.html",
        {
            "staff": caller.staff,
            "view": view,
            "page_url": page_url(request),
            "tickets": tickets,
            "tickets_total": tickets_total,
            "audit_events": audit_log_queries.readable(
                session, desk_queries.audit_trail(session, "account", account_id)
            ),
            **reputation_web.template_context(session, account_id),
            **crisis_web.template_context(session, account_id),
            "removal_form_link": (
                removal_actions.request_link(account_id)
                if view.account.kind == AccountKind.FREELANCER
                else None
            ),
        },
    )


@page_router.get("/agencies/{agency_id}", response_class=HTMLResponse)
def agency_page(
    request: Request,
    session: SessionDep,
    caller: StaffPage,
    agency_id: int,
    contracts_page: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 1,
) -> Response:
    view = queries.agency_view(session, agency_id, contracts_page=contracts_page)
    if view is None:
        return _not_found_page(request, _not_found("agency", agency_id))
    return templates.TemplateResponse(
        request,
        "marketplace/agency.html",
        {"staff": caller.staff, "view": view, "page_url": page_url(request)},
    )
