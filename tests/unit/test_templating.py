"""Template filters."""

from __future__ import annotations

import pytest

from trustdesk.templating import capital


@pytest.mark.parametrize(
    ("problem", "shown"),
    [
        ("required", "Required"),
        ("too long (at most 64 characters)", "Too long (at most 64 characters)"),
        # The value the user typed stays as typed: only the first character may change.
        ("'abc' is not a ticket number", "'abc' is not a ticket number"),
        ("'maria@x' is not an email address", "'maria@x' is not an email address"),
        ("", ""),
    ],
)
def test_capital_upper_cases_only_the_first_character(problem: str, shown: str) -> None:
    assert capital(problem) == shown
