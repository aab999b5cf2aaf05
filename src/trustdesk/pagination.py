"""Pages of a list: the request (``page``, ``page_size``), the query helpers, and the
``Page[T]`` shape the API returns. Every list in trustdesk pages the same way."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from math import ceil
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import FromClause, Join

from trustdesk.config import get_settings
from trustdesk.db import Base
from trustdesk.limits import PAGE_MAX

T = TypeVar("T")
AnySelect = TypeVar("AnySelect", bound=Select[*tuple[Any, ...]])

PAGE_SIZE_MAX = get_settings().page_size_max
DEFAULT_PAGE_SIZE = min(50, PAGE_SIZE_MAX)


@dataclass(frozen=True)
class PageRequest:
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE

    def __post_init__(self) -> None:
        if self.page < 1:
            raise ValueError(f"page: must be 1 or more, not {self.page}")
        if self.page_size < 1:
            raise ValueError(f"page_size: must be 1 or more, not {self.page_size}")

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


class Page(BaseModel, Generic[T]):
    """One page of a list, newest first, with the total number of matching rows."""

    model_config = ConfigDict(frozen=True)

    items: list[T]
    page: int = Field(ge=1, description="1-based page number")
    page_size: int = Field(ge=1, description="Rows per page asked for")
    total: int = Field(ge=0, description="Rows matching the filters, over all pages")

    @property
    def page_count(self) -> int:
        """How many pages the total fills (at least one, so "page 1 of 1" reads right)."""
        return max(1, ceil(self.total / self.page_size))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.page_count

    @property
    def first_row(self) -> int:
        """1-based position of the first item shown, 0 when the page is empty."""
        return (self.page - 1) * self.page_size + 1 if self.items else 0

    @property
    def last_row(self) -> int:
        return (self.page - 1) * self.page_size + len(self.items)


def page_of(statement: AnySelect, request: PageRequest) -> AnySelect:
    return statement.limit(request.page_size).offset(request.offset)


def total_rows(
    session: Session,
    source: type[Base] | Join | FromClause,
    conditions: Sequence[ColumnElement[bool]],
    request: PageRequest,
    shown: int,
) -> int:
    """How many rows match: read off the page when it is the last one, counted otherwise."""
    if 0 < shown < request.page_size or (shown == 0 and request.page == 1):
        return request.offset + shown
    return session.scalar(select(func.count()).select_from(source).where(*conditions)) or 0


def scalars_page(
    session: Session,
    model: type[Base],
    statement: Select[Any],
    conditions: Sequence[ColumnElement[bool]],
    request: PageRequest,
) -> tuple[list[Any], int]:
    rows = list(session.scalars(page_of(statement.where(*conditions), request)).unique())
    return rows, total_rows(session, model, conditions, request, len(rows))


def page_request(
    page: Annotated[
        int, Query(ge=1, le=PAGE_MAX, description=f"1-based page number, up to {PAGE_MAX}")
    ] = 1,
    page_size: Annotated[
        int, Query(ge=1, le=PAGE_SIZE_MAX, description=f"Rows per page, 1 to {PAGE_SIZE_MAX}")
    ] = DEFAULT_PAGE_SIZE,
) -> PageRequest:
    return PageRequest(page=page, page_size=page_size)


Paging = Annotated[PageRequest, Depends(page_request)]


def page_url(request: Request) -> Callable[[str, int], str]:
    """Builds the link to another page of one section of a page, keeping every other
    parameter (for the ``pager`` macro)."""

    def build(parameter: str, number: int) -> str:
        url = request.url.include_query_params(**{parameter: number})
        return f"{url.path}?{url.query}"

    return build


def page_of_list(items: Sequence[T], request: PageRequest) -> Page[T]:
    """One page of a list already in memory."""
    return Page[T](
        items=list(items[request.offset : request.offset + request.page_size]),
        page=request.page,
        page_size=request.page_size,
        total=len(items),
    )
