"""``_phone_run_windows`` against what it stands for: every cluster window with a phone run.

``_find_phones`` searches the windows it returns, from their (possibly later) start; these
tests check that this finds every run of ``_NUMERIC_RUN`` with six digits that the full
cluster windows hold, and the same runs.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.textsafety.test_request_guards import PIECES, texts
from trustdesk.textsafety.contact.phones import (
    _CLUSTER_RUN_SHAPE,
    _DIGIT_CHAIN,
    _DROP_DIGITS,
    _NUMERIC_RUN,
    _NUMERIC_RUN_WITH_ZERO,
    _PHONE_RUN_SHAPE,
    _next_run_start,
    _phone_run_windows,
)
from trustdesk.textsafety.contact.scan import _SHAPE


def _full_windows(shape: bytes) -> list[tuple[int, int, int]]:
    """The cluster windows with a phone run, as ``_find_phones`` built them before."""
    size = len(shape)
    found = []
    for chain in _DIGIT_CHAIN.finditer(shape):
        start, end = max(0, chain.start() - 3), min(size, chain.end() + 24)
        if _PHONE_RUN_SHAPE.search(shape, start, end):
            found.append((start, end, chain.end()))
    return found


def _phone_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [
        match.span()
        for match in _NUMERIC_RUN.finditer(text, start, end)
        if len(match.group()) - len(match.group().translate(_DROP_DIGITS)) >= 6
    ]


def _holds(text: str) -> int:
    shape = text.encode("ascii").translate(_SHAPE)
    full = _full_windows(shape)
    windows, digits_ends = _phone_run_windows(shape)
    assert len(windows) == len(full), text
    assert digits_ends == [digits_end for _start, _end, digits_end in full], text
    for (start, end), (full_start, full_end, _digits_end) in zip(windows, full, strict=True):
        assert full_start <= start, text
        assert end == full_end, text
        runs = _phone_runs(text, full_start, full_end)
        assert _phone_runs(text, start, end) == runs, text
        # Every run from the later start is a run of the full window (the same matches).
        later = [match.span() for match in _NUMERIC_RUN.finditer(text, start, end)]
        every = [match.span() for match in _NUMERIC_RUN.finditer(text, full_start, full_end)]
        assert later == [span for span in every if span[0] >= start], text
    return len(windows)


def test_the_windows_of_the_phone_runs_are_the_cluster_windows_with_one() -> None:
    assert sum(_holds(text) for text in texts() if text.isascii())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=24))
def test_the_windows_of_random_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    if text.isascii():
        _holds(text)


_CLUSTER_RUN = re.compile(_CLUSTER_RUN_SHAPE)


def _windows_chain_by_chain(shape: bytes) -> tuple[list[tuple[int, int]], list[int]]:
    """``_phone_run_windows`` as it was written first: each chain, then its first phone run."""
    windows, digits_ends = [], []
    for chain in _DIGIT_CHAIN.finditer(shape):
        start, end = chain.span()
        run = _CLUSTER_RUN.search(shape, start, end)
        if run is not None:
            window_start = max(0, start - 3)
            window_start = max(window_start, shape.rfind(b"a", window_start, run.start()) + 1)
            windows.append((window_start, min(len(shape), end + 24)))
            digits_ends.append(end)
    return windows, digits_ends


@settings(max_examples=2000, deadline=None)
@given(st.binary(max_size=160).map(lambda raw: bytes(b"0000a.o "[byte % 8] for byte in raw)))
def test_the_windows_are_those_built_chain_by_chain(shape: bytes) -> None:
    assert _phone_run_windows(shape) == _windows_chain_by_chain(shape)


_RUN_PIECES = [
    "0", "1", "7", "12", "555", "00", "o", "l", "i", "s", "lo", "o-", "-o", "-", ".", "+", "(",
    ")", " ", "  ", "\n", ",", "/", "#", "$", "a", "x", "is", "+1 (",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_RUN_PIECES), min_size=1, max_size=40))
def test_searching_from_the_next_run_start_finds_the_matches_finditer_finds(
    pieces: list[str],
) -> None:
    """``_find_phones`` searches again from ``_next_run_start``, not from each match's end."""
    text = "".join(pieces)
    shape = text.encode("ascii").translate(_SHAPE)
    windows, digits_ends = _phone_run_windows(shape)
    for (start, end), digits_end in zip(windows, digits_ends, strict=True):
        for pattern in (_NUMERIC_RUN, _NUMERIC_RUN_WITH_ZERO):
            every = []
            for match in pattern.finditer(text, start, end):
                every.append(match.span())
                if match.end() >= digits_end:
                    break
            found = []
            position = start
            while (match := pattern.search(text, position, end)) is not None:
                found.append(match.span())
                if match.end() >= digits_end:
                    break
                position = _next_run_start(shape, match.end())
            assert found == every, text
