"""The classifier over trustdesk's own blind sets (scripts/data/chat_blind*.jsonl): a guard.

Each set was written before the rules it first measured; its first-pass figures are recorded
in scripts/data/README.md and are the honest estimate of how the classifier does on unseen
lines. The rules have been improved since with the sets' misses in view, so these floors are a
regression check on about 900 realistic support-chat lines, not a measure of generalisation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trustdesk.textsafety.chat import assess_chat

BLIND_DIR = Path(__file__).resolve().parents[3] / "scripts" / "data"


@pytest.fixture(scope="module")
def rows() -> list[tuple[dict[str, object], tuple[str, str]]]:
    paths = sorted(BLIND_DIR.glob("chat_blind*.jsonl"))
    if not paths:
        pytest.fail(f"the blind sets are missing from {BLIND_DIR}")
    found = []
    for path in paths:
        for text in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(text)
            result = assess_chat(str(row["text"]))
            found.append((row, (result.abuse, result.self_harm)))
    return found


def _f1(pairs: list[tuple[bool, bool]]) -> float:
    tp = sum(gold and got for gold, got in pairs)
    fp = sum(got and not gold for gold, got in pairs)
    fn = sum(gold and not got for gold, got in pairs)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_self_harm_is_found_with_recall_and_precision_above_0_9(
    rows: list[tuple[dict[str, object], tuple[str, str]]],
) -> None:
    pairs = [(row["self_harm"] != "none", found[1] != "none") for row, found in rows]
    tp = sum(gold and got for gold, got in pairs)
    assert tp / sum(gold for gold, _ in pairs) >= 0.9
    assert tp / sum(got for _, got in pairs) >= 0.9


def test_immediate_danger_is_found_with_recall_above_0_9(
    rows: list[tuple[dict[str, object], tuple[str, str]]],
) -> None:
    immediate = [found[1] for row, found in rows if row["self_harm"] == "immediate"]
    assert immediate.count("immediate") / len(immediate) >= 0.9


def test_abusive_and_venting_are_told_apart_with_macro_f1_above_0_9(
    rows: list[tuple[dict[str, object], tuple[str, str]]],
) -> None:
    scores = [
        _f1([(row["abuse"] == label, found[0] == label) for row, found in rows])
        for label in ("abusive", "venting")
    ]
    assert sum(scores) / 2 >= 0.9


def test_calm_lines_are_rarely_flagged_as_upset(
    rows: list[tuple[dict[str, object], tuple[str, str]]],
) -> None:
    calm = [found for row, found in rows if row["abuse"] == "none"]
    assert sum(found[0] != "none" for found in calm) <= 0.05 * len(calm)
