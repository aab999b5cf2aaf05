"""Validation errors in plain words: what the HTML error page and the composer say instead
of pydantic's messages."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import pytest
from pydantic import Field, TypeAdapter, ValidationError

from trustdesk.errors import plain_problem
from trustdesk.limits import NO_NUL_PATTERN


def _error(kind: Any, value: object) -> dict[str, Any]:
    """The one error pydantic reports for ``value`` read as ``kind``."""
    with pytest.raises(ValidationError) as raised:
        TypeAdapter(kind).validate_python(value)
    [error] = raised.value.errors(include_url=False)
    return dict(error)


@pytest.mark.parametrize(
    ("kind", "value", "said"),
    [
        (int, "abc", "must be a whole number"),
        (int, 2.5, "must be a whole number"),
        (float, "abc", "must be a number"),
        (bool, "maybe", "must be yes or no"),
        (date, "next week", "must be a date (YYYY-MM-DD)"),
        (Annotated[int, Field(ge=1)], 0, "must be at least 1"),
        (Annotated[int, Field(gt=0)], 0, "must be more than 0"),
        (Annotated[int, Field(le=50)], 51, "must be at most 50"),
        (Annotated[int, Field(lt=50)], 50, "must be less than 50"),
        (Annotated[str, Field(max_length=64)], "x" * 65, "too long (at most 64 characters)"),
        (Annotated[str, Field(min_length=1)], "", "cannot be empty"),
        (
            Annotated[str, Field(pattern=NO_NUL_PATTERN)],
            "a\x00b",
            "contains a character that is not allowed (a null character)",
        ),
        (Annotated[list[int], Field(max_length=2)], [1, 2, 3], "too many (at most 2)"),
        (str, 7, "must be text"),
    ],
)
def test_each_kind_of_problem_is_said_in_plain_words(kind: Any, value: object, said: str) -> None:
    error = _error(kind, value)

    assert plain_problem(error) == said
    assert "Input should" not in plain_problem(error)


def test_a_missing_field_is_required() -> None:
    error = {"type": "missing", "loc": ("body", "email"), "msg": "Field required"}

    assert plain_problem(error) == "required"


def test_a_routes_own_message_is_kept_as_written() -> None:
    error = {
        "type": "value_error",
        "loc": ("body", "sender_external_id"),
        "msg": "Value error, No account has the external id 'fl-9'",
    }

    assert plain_problem(error) == "no account has the external id 'fl-9'"
