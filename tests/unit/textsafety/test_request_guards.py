"""The request patterns open with a look-ahead listing the letters they can start with (a
speed guard). A guard that misses a letter would silently stop its pattern matching, so
every guarded pattern must find exactly what its unguarded form finds."""

from __future__ import annotations

import json
import re
from functools import cache

import pytest

from tests.conftest import SHARED_DIR
from tests.unit.textsafety.test_contact import NEGATIVES, POSITIVES
from trustdesk.textsafety.contact import _REQUEST_PATTERNS

GUARD = re.compile(r"^\(\?=\[([a-z0-9]+)\]\)")


@cache
def texts() -> list[str]:
    dev = [
        json.loads(line)["text"]
        for line in (SHARED_DIR / "data/dev/contact_dev.jsonl").read_text().splitlines()
        if line.strip()
    ]
    synth = json.loads(
        (SHARED_DIR / "data/external/presidio-research/synth_dataset_v2.json").read_text()
    )
    cases = [text for _, text, _ in POSITIVES] + [text for _, text in NEGATIVES]
    return [text.lower() for text in dev + cases + [item["full_text"] for item in synth]]


GUARDED = [pattern for pattern in _REQUEST_PATTERNS if GUARD.match(pattern.pattern)]


def test_most_request_patterns_are_guarded() -> None:
    assert len(GUARDED) >= len(_REQUEST_PATTERNS) - 1


@pytest.mark.parametrize("pattern", GUARDED, ids=lambda p: p.pattern[:40])
def test_the_guard_never_changes_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    guard = GUARD.match(pattern.pattern)
    assert guard is not None
    unguarded = re.compile(pattern.pattern[guard.end() :], pattern.flags)
    allowed = set(guard.group(1))
    for text in texts():
        found = [match.span() for match in pattern.finditer(text)]
        expected = [match.span() for match in unguarded.finditer(text)]
        assert found == expected, text
        for match in unguarded.finditer(text):
            assert text[match.start()] in allowed, (pattern.pattern[:60], match.group(0))
