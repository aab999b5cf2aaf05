"""The contact detector's cheap looks before its expensive patterns (speed guards) must never
change what it finds: each guard must hold wherever its pattern matches.

- The request patterns open with a look-ahead listing the letters they can start with.
- A request pattern runs only when the text holds a word of each of its word groups, only in
  windows holding one of its text marks, and only where its hint regex finds something.
- The email pattern runs only where ``_EMAIL_HINT`` finds something, the street pattern only
  where ``_STREET_HINT`` does.
- On ASCII text, phone numbers are looked for in windows found over the text's shape (one
  byte per character class) rather than by a loop over clusters of digits, and only in windows
  whose shape holds six digits with no other letter than "o", "l", "i" between them.

A guard that missed a case would silently stop its pattern matching there, so each is checked
against every match of its pattern over a large set of texts.
"""

from __future__ import annotations

import json
import re
from functools import cache

import pytest

from tests.conftest import SHARED_DIR
from tests.unit.textsafety.test_contact import NEGATIVES, POSITIVES
from trustdesk.textsafety.contact import (
    _DIGIT_CHAIN,
    _DIGIT_CLUSTER,
    _DROP_DIGITS,
    _EMAIL,
    _EMAIL_HINT,
    _NUMERIC_RUN,
    _PHONE_RUN_SHAPE,
    _REQUEST_HINTS,
    _REQUEST_NEEDS,
    _REQUEST_PATTERNS,
    _REQUEST_TEXT_NEEDS,
    _SHAPE,
    _STREET,
    _STREET_HINT,
    _WORDS,
)
from trustdesk.textsafety.normalize import normalize

GUARD = re.compile(r"^\(\?=\[([a-z0-9]+)\]\)")

# Phrasings the detector's own cases may not hold, so every guarded branch gets exercised.
EXTRA = [
    "what email should I use for the invite?",
    "which number should he call tomorrow",
    "can we move this to email? send it over gmail please",
    "I'll email you tonight, send them to my gmail",
    "my number is on my website, my email is on my profile",
    "phone number? email address please. home address pls",
    "send you my personal number, send u our office address",
    "my cell: 0917 555 1234, my email = x@y.com, my home address - 12 Main St",
    "call me at 0917 555 1234 or email me directly, text me @ 555",
    "let's talk by phone, discuss it over the telephone",
    "number bhejo, mobile number de do, email id dena, address share kar do, number do na",
    "pahingi ng number, penge naman ng email, pa-send ng address, pasend number",
    "your own email address? you own number please",
    "ana (at) gmail (dot) com, bo [at] yahoo [.] com, cy arroba hotmail punto com",
    "jo@ mail.com, kim @example.org, lee at outlook dot com",
    "12 Main Street, 5bis rue de la Paix, 7 ter, avenue Foch, Rua Augusta, 12",
    "Hauptstrasse 5, Calle Mayor no 4, Calle Sol n.4, P.O. Box 77, 221b Baker St",
]


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
    every = dev + cases + EXTRA + [item["full_text"] for item in synth]
    return [normalize(text).text for text in every]


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


def _hint_inside(hint: re.Pattern[str], text: str, match: re.Match[str]) -> bool:
    """Whether ``hint`` finds something that starts and ends inside ``match``."""
    return any(
        (found := hint.match(text, position)) is not None and found.end() <= match.end()
        for position in range(match.start(), match.end())
    )


@pytest.mark.parametrize("index", range(len(_REQUEST_PATTERNS)))
def test_a_request_pattern_matches_only_where_its_needs_hold(index: int) -> None:
    pattern = _REQUEST_PATTERNS[index]
    marks = _REQUEST_TEXT_NEEDS.get(index)
    hint = _REQUEST_HINTS.get(index)
    matched = 0
    for text in texts():
        words = set(_WORDS.findall(text))
        for match in pattern.finditer(text):
            matched += 1
            for group in _REQUEST_NEEDS[index]:
                assert words & group, (index, sorted(group)[:5], match.group())
            if marks is not None:
                assert any(mark in match.group() for mark in marks), (index, match.group())
            if hint is not None:
                assert _hint_inside(hint, text, match), (index, match.group())
    assert matched, f"no text exercises request pattern {index}"


@pytest.mark.parametrize(("pattern", "hint"), [(_EMAIL, _EMAIL_HINT), (_STREET, _STREET_HINT)])
def test_the_email_and_street_patterns_match_only_where_their_hint_does(
    pattern: re.Pattern[str], hint: re.Pattern[str]
) -> None:
    matched = 0
    for text in texts():
        for match in pattern.finditer(text):
            matched += 1
            assert _hint_inside(hint, text, match), match.group()
    assert matched


def _cluster_windows(text: str) -> list[tuple[int, int]]:
    """The windows ``_find_phones`` builds from digit clusters, those with five digits or more."""
    windows: list[tuple[int, int]] = []
    counts: list[int] = []
    for cluster in _DIGIT_CLUSTER.finditer(text):
        digits = len(cluster.group()) - len(cluster.group().translate(_DROP_DIGITS))
        start, end = max(0, cluster.start() - 3), min(len(text), cluster.end() + 24)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
            counts[-1] += digits
        else:
            windows.append((start, end))
            counts.append(digits)
    return [window for window, count in zip(windows, counts, strict=True) if count >= 5]


def test_digit_chains_over_the_shape_are_the_cluster_windows() -> None:
    for text in (text for text in texts() if text.isascii()):
        shape = text.encode("ascii").translate(_SHAPE)
        chains = [
            (max(0, chain.start() - 3), min(len(text), chain.end() + 24))
            for chain in _DIGIT_CHAIN.finditer(shape)
        ]
        assert chains == _cluster_windows(text), text


def test_every_numeric_run_with_six_digits_has_the_phone_run_shape() -> None:
    runs = 0
    for text in (text for text in texts() if text.isascii()):
        shape = text.encode("ascii").translate(_SHAPE)
        for match in _NUMERIC_RUN.finditer(text):
            if len(match.group()) - len(match.group().translate(_DROP_DIGITS)) >= 6:
                runs += 1
                assert _PHONE_RUN_SHAPE.search(shape, match.start(), match.end()), match.group()
    assert runs
