"""The strings every match of a pattern must contain, which the detectors test before a rule."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from trustdesk.textsafety.prefilter import required_literals


def test_a_sequence_gives_its_longest_literal_run() -> None:
    assert required_literals(r"\bwent (?:dark|silent)\b") == ("went ",)


def test_an_alternation_gives_one_literal_per_branch() -> None:
    assert set(required_literals(r"\b(?:ghosted|vanished)\b") or ()) == {"ghosted", "vanished"}


def test_a_repeat_that_may_be_absent_requires_nothing() -> None:
    assert required_literals(r"(?:please )?help") == ("help",)
    assert required_literals(r"(?:please )*") is None


def test_no_literal_or_too_short_a_literal_means_unknown() -> None:
    assert required_literals(r"\b\w+ly\b") is None
    assert required_literals(r"\b(?:ur|you)\b") is None
    assert set(required_literals(r"\b(?:ur|you)\b", min_length=2) or ()) == {"ur", "you"}


PATTERNS = (
    r"\b(?:stopped|quit) (?:replying|answering)\b",
    r"\bno(?:t a)? (?:word|reply) (?:for|in) \d+ (?:days|weeks)\b",
    r"(?:i'm|i am) (?:so )?(?:tired|done) of (?:it|everything)",
)


@given(st.sampled_from(PATTERNS), st.text(alphabet="abcdefghijklmnopqrstuvwxyz' 0123456789"))
def test_every_match_contains_one_of_the_literals(pattern: str, filler: str) -> None:
    needed = required_literals(pattern)
    assert needed is not None
    for sample in ("i am so tired of everything", "stopped replying", "not a word for 3 weeks"):
        for match in re.finditer(pattern, filler + sample + filler):
            assert any(literal in match.group(0) for literal in needed)
