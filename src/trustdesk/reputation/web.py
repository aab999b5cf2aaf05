"""Reputation on the web: the explanation and the what-if through the API, the My Stats
pages (staff open any; marketplace users through a signed, expiring link), and the panel
the account view includes.

Routes parse, authorise, call a query or action and render. A what-if writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from trustdesk.auth import PUBLIC, Caller, SessionDep, api, pages
from trustdesk.config import get_settings
from trustdesk.db import utcnow
from trustdesk.errors import error_page
from trustdesk.limits import ID_MAX, PAGE_MAX
from trustdesk.links import LinkError, make_link_token, read_link_token
from trustdesk.marketplace.models import Account, AccountKind
from trustdesk.marketplace.schemas import ErrorDetail
from trustdesk.pagination import PageRequest, page_of_list, page_url
from trustdesk.reputation import actions, queries
from trustdesk.reputation.policy import CURRENT, describe_change, direction, outcome_rules
from trustdesk.reputation.queries import ReputationError
from trustdesk.reputation.schemas import Explanation, HistoryPoint, MyStats, WhatIf
from trustdesk.staff.models import Scope
from trustdesk.templating import templates

api_router = APIRouter(prefix="/api/v1", tags=["reputation"])
page_router = APIRouter(include_in_schema=False)

ReputationReader = Annotated[Caller, Depends(api(scopes=(Scope.MIRROR_READ,)))]
StaffPage = Annotated[Caller, Depends(pages())]
Anyone = Annotated[Caller, Depends(PUBLIC)]

MY_STATS_PURPOSE = "my_stats"
MY_STATS_LINK_AGE = timedelta(days=7)
#: The account view previews at most this many feedback removals.
PANEL_PREVIEWS = 10
EXCLUDE_MAX = 50

AccountId = Annotated[int, Path(ge=1, le=ID_MAX)]
AgencyId = Annotated[int, Path(ge=1, le=ID_MAX)]
FeedbackIds = Annotated[
    list[int],
    Query(
        min_length=1,
        max_length=EXCLUDE_MAX,
        description="Feedback ids to treat as excluded from the score; repeat the parameter",
    ),
]


def _not_found(entity: str) -> dict[int | str, dict[str, Any]]:
    return {404: {"model": ErrorDetail, "description": f"No {entity} has this id"}}


def _api_error(error: ReputationError) -> Exception:
    field, _, problem = str(error).partition(": ")
    if field in ("account_id", "agency_id") and "does not exist" in problem:
        return HTTPException(status.HTTP_404_NOT_FOUND, detail=str(error))
    location = ["query", field] if field == "exclude_feedback" else ["path", field]
    return RequestValidationError([{"loc": location, "msg": problem, "type": "value_error"}])


def _check_ids(values: list[int]) -> list[int]:
    for index, value in enumerate(values):
        if not 1 <= value <= ID_MAX:
            raise RequestValidationError(
                [
                    {
                        "loc": ["query", "exclude_feedback", index],
                        "msg": f"{value} is not a feedback id",
                        "type": "value_error",
                    }
                ]
            )
    return values


# ---------------------------------------------------------------------------------------
# The API


@api_router.get(
    "/reputation/accounts/{account_id}",
    responses=_not_found("account"),
    response_model=Explanation,
    summary="Explain a freelancer's Job Success Score",
    description=(
        "The score computed now, the score the profile shows (an exclusive agency member "
        "shows the agency's), the badges with each criterion, and every contract: whether "
        "it counts, its weight, its outcome, and why, in words. For a token with "
        "`mirror:read`, or staff."
    ),
)
def api_explain_account(
    session: SessionDep, _caller: ReputationReader, account_id: AccountId
) -> Explanation:
    try:
        return queries.explain(session, "account", account_id, utcnow())
    except ReputationError as error:
        raise _api_error(error) from None


@api_router.get(
    "/reputation/accounts/{account_id}/what-if",
    responses=_not_found("account"),
    response_model=WhatIf,
    summary="Preview excluding feedback from a freelancer's score",
    description=(
        "What excluding the named client feedback would do, computed by the same queries "
        "as the recompute, before anyone applies it: `change` (before, after, `direction` "
        'raises/lowers/unchanged, and a `summary` such as "raises 84 → 89"), the agencies '
        "whose score moves too, and both explanations. Writes nothing."
    ),
)
def api_what_if_account(
    session: SessionDep,
    _caller: ReputationReader,
    account_id: AccountId,
    exclude_feedback: FeedbackIds,
) -> WhatIf:
    try:
        return actions.preview_exclusion(
            session, account_id, _check_ids(exclude_feedback), utcnow()
        )
    except ReputationError as error:
        raise _api_error(error) from None


@api_router.get(
    "/reputation/agencies/{agency_id}",
    responses=_not_found("agency"),
    response_model=Explanation,
    summary="Explain an agency's Job Success Score",
    description=(
        "The agency's score over every contract done through it, whoever did it and "
        "whether or not they are still a member, with its badges and every contract."
    ),
)
def api_explain_agency(
    session: SessionDep, _caller: ReputationReader, agency_id: AgencyId
) -> Explanation:
    try:
        return queries.explain(session, "agency", agency_id, utcnow())
    except ReputationError as error:
        raise _api_error(error) from None


@api_router.get(
    "/reputation/agencies/{agency_id}/what-if",
    responses=_not_found("agency"),
    response_model=WhatIf,
    summary="Preview excluding feedback from an agency's score",
    description=(
        "The what-if for an agency: its score before and after excluding the named client "
        "feedback on contracts done through it, and the explanation with the exclusion "
        "applied. Writes nothing."
    ),
)
def api_what_if_agency(
    session: SessionDep,
    _caller: ReputationReader,
    agency_id: AgencyId,
    exclude_feedback: FeedbackIds,
) -> WhatIf:
    try:
        return actions.preview_agency_exclusion(
            session, agency_id, _check_ids(exclude_feedback), utcnow()
        )
    except ReputationError as error:
        raise _api_error(error) from None


# ---------------------------------------------------------------------------------------
# The chart


@dataclass(frozen=True)
class Chart:
    """A server-rendered SVG line of the weekly score over 24 months."""

    width: int
    height: int
    lines: tuple[str, ...]  # one polyline per unbroken run of weeks with a score
    dots: tuple[tuple[float, float, str], ...]
    gridlines: tuple[tuple[float, str], ...]
    months: tuple[tuple[float, str], ...]
    empty: bool


def chart(points: tuple[HistoryPoint, ...], today: date, weeks: int = 104) -> Chart:
    width, height, left, top, bottom = 720, 220, 36, 10, 24
    plot_width, plot_height = width - left - 10, height - top - bottom
    first = today - timedelta(weeks=weeks)

    def x(day: date) -> float:
        return round(left + plot_width * (day - first).days / (weeks * 7), 1)

    def y(score: int) -> float:
        return round(top + plot_height * (100 - score) / 100, 1)

    runs: list[list[str]] = []
    dots = []
    previous: date | None = None
    for point in points:
        if point.job_success_score is None or point.week_start < first:
            previous = None
            continue
        coordinates = f"{x(point.week_start)},{y(point.job_success_score)}"
        # A week without a score breaks the line; weeks not recorded are bridged.
        if previous is None:
            runs.append([])
        runs[-1].append(coordinates)
        dots.append(
            (
                x(point.week_start),
                y(point.job_success_score),
                f"{point.week_start:%Y-%m-%d}: {point.job_success_score}%",
            )
        )
        previous = point.week_start
    months = []
    month = date(first.year, first.month, 1)
    while month <= today:
        if month >= first and month.month in (1, 4, 7, 10):
            months.append((x(month), f"{month:%b %Y}"))
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return Chart(
        width=width,
        height=height,
        lines=tuple(" ".join(run) for run in runs),
        dots=tuple(dots),
        gridlines=tuple((y(score), f"{score}%") for score in (0, 50, 90, 100)),
        months=tuple(months),
        empty=not dots,
    )


# ---------------------------------------------------------------------------------------
# The pages


def my_stats_link(subject_type: str, subject_id: int) -> str:
    token = make_link_token(MY_STATS_PURPOSE, f"{subject_type}:{subject_id}")
    return get_settings().url(f"/my-stats/{token}")


def _render_my_stats(
    request: Request,
    session: Session,
    caller: Caller,
    subject_type: str,
    subject_id: int,
    *,
    staff_view: bool,
    exclude_feedback: list[int] | None = None,
    page: int = 1,
) -> Response:
    now = utcnow()
    # Ids no row can have are dropped rather than refused: the page is a what-if, not a form.
    exclude_feedback = [value for value in exclude_feedback or () if 1 <= value <= ID_MAX]
    try:
        stats: MyStats = queries.my_stats(session, subject_type, subject_id, now)
    except ReputationError as error:
        # "account_id: account 7 does not exist" names the API's field; a page says the rest.
        name, colon, problem = str(error).partition(": ")
        shown = problem if colon and name.isidentifier() else str(error)
        if staff_view:
            return error_page(request, status.HTTP_404_NOT_FOUND, shown)
        # Through a signed link: the link's own page, without the desk's way back.
        return _message_page(request, caller, shown, status.HTTP_404_NOT_FOUND)
    what_if: WhatIf | None = None
    what_if_error: str | None = None
    if staff_view and exclude_feedback:
        try:
            preview = (
                actions.preview_agency_exclusion
                if subject_type == "agency"
                else actions.preview_exclusion
            )
            what_if = preview(session, subject_id, exclude_feedback, now)
        except ReputationError as error:
            what_if_error = str(error)
    return templates.TemplateResponse(
        request,
        "reputation/my_stats.html",
        {
            "staff": caller.staff,
            "staff_view": staff_view,
            "stats": stats,
            "explanation": stats.explanation,
            "contracts": page_of_list(
                stats.explanation.contracts, PageRequest(page=page, page_size=CONTRACTS_PAGE_SIZE)
            ),
            "page_url": page_url(request),
            "chart": chart(stats.history, now.date()),
            "policy": CURRENT,
            "outcome_rules": outcome_rules(),
            "what_if": what_if,
            "what_if_error": what_if_error,
            "exclude_feedback": exclude_feedback,
            "share_link": my_stats_link(subject_type, subject_id) if staff_view else None,
            "link_days": MY_STATS_LINK_AGE.days,
        },
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT if what_if_error else status.HTTP_200_OK,
    )


def _message_page(request: Request, caller: Caller, message: str, code: int) -> Response:
    return templates.TemplateResponse(
        request,
        "link_problem.html",
        {"staff": caller.staff, "title": "My Stats", "problem": message},
        status_code=code,
    )


ExcludeOnPage = Annotated[list[int], Query(max_length=EXCLUDE_MAX)]
PageNumber = Annotated[int, Query(ge=1, le=PAGE_MAX)]
CONTRACTS_PAGE_SIZE = 50


@page_router.get("/accounts/{account_id}/my-stats", response_class=HTMLResponse)
def account_my_stats_page(
    request: Request,
    session: SessionDep,
    caller: StaffPage,
    account_id: AccountId,
    exclude_feedback: ExcludeOnPage = [],  # noqa: B006  (FastAPI reads, never mutates, it)
    page: PageNumber = 1,
) -> Response:
    return _render_my_stats(
        request,
        session,
        caller,
        "account",
        account_id,
        staff_view=True,
        exclude_feedback=exclude_feedback,
        page=page,
    )


@page_router.get("/agencies/{agency_id}/my-stats", response_class=HTMLResponse)
def agency_my_stats_page(
    request: Request,
    session: SessionDep,
    caller: StaffPage,
    agency_id: AgencyId,
    exclude_feedback: ExcludeOnPage = [],  # noqa: B006  (FastAPI reads, never mutates, it)
    page: PageNumber = 1,
) -> Response:
    return _render_my_stats(
        request,
        session,
        caller,
        "agency",
        agency_id,
        staff_view=True,
        exclude_feedback=exclude_feedback,
        page=page,
    )


@page_router.get("/my-stats/{token}", response_class=HTMLResponse)
def public_my_stats_page(
    request: Request,
    session: SessionDep,
    caller: Anyone,
    token: Annotated[str, Path(max_length=400)],
    page: PageNumber = 1,
) -> Response:
    """A marketplace user's own My Stats, through the signed link support sent them."""
    try:
        subject = read_link_token(MY_STATS_PURPOSE, token, MY_STATS_LINK_AGE)
    except LinkError as error:
        return _message_page(request, caller, str(error), error.status_code)
    subject_type, _, raw_id = subject.partition(":")
    if subject_type not in ("account", "agency") or not raw_id.isdigit():
        return _message_page(request, caller, "this link is not valid", status.HTTP_404_NOT_FOUND)
    return _render_my_stats(
        request, session, caller, subject_type, int(raw_id), staff_view=False, page=page
    )


# ---------------------------------------------------------------------------------------
# The account view's panel


@dataclass(frozen=True)
class RemovalPreview:
    feedback_id: int
    contract_title: str
    public_rating: float | None
    outcome: str | None
    owner: str
    summary: str
    direction: str


@dataclass(frozen=True)
class AccountPanel:
    """What the account view shows about reputation (included from this package)."""

    applies: bool
    score: int | None
    shown_score: int | None
    shown_score_note: str
    eligible_contracts: int
    distinct_clients: int
    badges: tuple[str, ...]
    previews: tuple[RemovalPreview, ...]
    agencies: tuple[tuple[int, str], ...]


def account_panel(session: Session, account_id: int) -> AccountPanel | None:
    """The account view's reputation panel: the score, and what removing each piece of
    feedback that holds it down would do."""
    account = session.get(Account, account_id)
    if account is None:
        return None
    if account.kind != AccountKind.FREELANCER:
        return AccountPanel(False, None, None, "", 0, 0, (), (), ())
    now = utcnow()
    explanation = queries.explain(session, "account", account_id, now)
    candidates = [
        contract
        for contract in explanation.contracts
        if contract.feedback_id is not None
        and contract.reason == "counts"
        and contract.outcome in ("negative", "neutral")
    ][:PANEL_PREVIEWS]
    previews = []
    for contract in candidates:
        assert contract.feedback_id is not None
        if contract.agency_id is None:
            subject_type, subject_id, owner = "account", account_id, "this freelancer"
        else:
            subject_type, subject_id = "agency", contract.agency_id
            owner = f"agency {contract.agency_name}"
        before = queries.score_with_exclusions(session, subject_type, subject_id, now)
        after = queries.score_with_exclusions(
            session, subject_type, subject_id, now, (contract.feedback_id,)
        )
        previews.append(
            RemovalPreview(
                feedback_id=contract.feedback_id,
                contract_title=contract.title,
                public_rating=contract.public_rating,
                outcome=contract.outcome,
                owner=owner,
                summary=describe_change(before, after),
                direction=direction(before, after),
            )
        )
    agencies = sorted(
        {(c.agency_id, c.agency_name or "") for c in explanation.contracts if c.agency_id}
    )
    return AccountPanel(
        applies=True,
        score=explanation.job_success_score,
        shown_score=explanation.shown_score,
        shown_score_note=explanation.shown_score_note,
        eligible_contracts=explanation.eligible_contracts,
        distinct_clients=explanation.distinct_clients,
        badges=tuple(badge.label for badge in explanation.badges if badge.held),
        previews=tuple(previews),
        agencies=tuple((agency_id, name) for agency_id, name in agencies if agency_id),
    )


def template_context(session: Session, account_id: int) -> dict[str, Any]:
    """What ``reputation/_account_panel.html`` needs, for the account view to merge in."""
    return {"reputation": account_panel(session, account_id)}


__all__ = ["account_panel", "api_router", "chart", "my_stats_link", "page_router"]
