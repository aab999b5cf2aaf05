"""The classifier over the shared development set: the issue's targets, as a regression check.

The set is small on purpose; the classifier was built from the playbook and the cases in
test_chat.py, and a held-out set checks generalisation. These floors are the issue's targets.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED_DIR
from trustdesk.textsafety.chat import assess_chat

DEV_SET = SHARED_DIR / "data" / "dev" / "chat_dev.jsonl"


@pytest.fixture(scope="module")
def rows() -> list[tuple[dict[str, object], tuple[str, str]]]:
    if not DEV_SET.exists():
        pytest.fail(f"the shared development set is missing: {DEV_SET}")
    found = []
    for text in DEV_SET.read_text(encoding="utf-8").splitlines():
        row = json.loads(text)
        result = assess_chat(str(row["text"]))
        found.append((row, (result.abuse, result.self_harm)))
    return found


def _f1(pairs: list[tuple[bool, bool]]) -> float:
    tp = sum(gold and got for gold, got in pairs)
    fp = sum(got and not gold for gold, got in pairs)
    fn = sum(gold and not got for gold, got in pairs)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_self_harm_recall_is_at_least_0_95_with_precision_at_least_0_85(
    rows: list[tuple[dict[str, object], tuple[str, str]]],
) -> None:
    gold = [row["self_harm"] != "none" for row, _ in rows]
    got = [found[1] != "none" for _, found in rows]
    tp = sum(g and f for g, f in zip(gold, got, strict=True))
    assert tp / sum(gold) >= 0.95
    assert tp / sum(got) >= 0.85


def test_immediate_danger_recall_is_at_least_0_90(
    rows: list[tuple[dict[str, object], tuple[str, str]]],
) -> None:
    immediate = [found[1] for row, found in rows if row["self_harm"] == "immediate"]
    assert immediate.count("immediate") / len(immediate) >= 0.90


def test_abusive_versus_venting_macro_f1_is_at_least_0_85(
    rows: list[tuple[dict[str, object], tuple[str, str]]],
) -> None:
    scores = [
        _f1([(row["abuse"] == label, found[0] == label) for row, found in rows])
        for label in ("abusive", "venting")
    ]
    assert sum(scores) / 2 >= 0.85


def test_calm_messages_are_rarely_flagged(
    rows: list[tuple[dict[str, object], tuple[str, str]]],
) -> None:
    calm = [found for row, found in rows if row["abuse"] == "none"]
    flagged = [found for found in calm if found[0] != "none"]
    assert len(flagged) <= 0.1 * len(calm)
