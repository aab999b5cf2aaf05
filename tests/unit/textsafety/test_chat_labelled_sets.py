"""The classifier over labelled support-chat lines: the issue's targets, as regression checks.

- The shared development set (../shared/data/dev/chat_dev.jsonl), small on purpose: its floors
  are the issue's targets.
- trustdesk's own blind sets (scripts/data/chat_blind*.jsonl): each set's first-pass figures
  are recorded in scripts/data/README.md and are the honest estimate on unseen lines; sets 1-6
  have been used to improve the classifier since, so these floors are a regression check on
  about 1,300 realistic lines, not a measure of generalisation. Sets 9 to 12, in the
  marketplace's other languages, have floors of their own: self-harm recall there is below the
  issue's target (0.95; the floors hold what was reached, not the targets).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import SHARED_DIR
from trustdesk.textsafety.chat import assess_chat

DEV_SET = SHARED_DIR / "data" / "dev" / "chat_dev.jsonl"
BLIND_DIR = Path(__file__).resolve().parents[3] / "scripts" / "data"

Row = tuple[dict[str, object], tuple[str, str]]


@dataclass(frozen=True)
class Floors:
    self_harm_recall: float
    self_harm_precision: float
    immediate_recall: float
    abusive_vs_venting_f1: float
    calm_flagged_at_most: float  # share of calm lines called venting or abusive


FLOORS = {
    "dev": Floors(0.95, 0.85, 0.90, 0.85, 0.10),
    "blind": Floors(0.90, 0.90, 0.90, 0.90, 0.05),
    "blind_languages": Floors(0.90, 0.90, 0.90, 0.85, 0.065),
}
#: The blind sets written in the marketplace's other languages.
LANGUAGE_SETS = tuple(f"chat_blind{number}.jsonl" for number in (9, 10, 11, 12))


def _paths(name: str) -> list[Path]:
    if name == "dev":
        return [DEV_SET]
    if name == "blind_languages":
        return [BLIND_DIR / set_name for set_name in LANGUAGE_SETS]
    return [
        path
        for path in sorted(BLIND_DIR.glob("chat_blind*.jsonl"))
        if path.name not in LANGUAGE_SETS
    ]


@pytest.fixture(scope="module", params=sorted(FLOORS))
def labelled(request: pytest.FixtureRequest) -> tuple[list[Row], Floors]:
    name = str(request.param)
    paths = _paths(name)
    if not paths or not all(path.exists() for path in paths):
        pytest.fail(f"the {name} set is missing: {paths or BLIND_DIR}")
    found = []
    for path in paths:
        for text in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(text)
            result = assess_chat(str(row["text"]))
            found.append((row, (result.abuse, result.self_harm)))
    return found, FLOORS[name]


def _f1(pairs: list[tuple[bool, bool]]) -> float:
    tp = sum(gold and got for gold, got in pairs)
    fp = sum(got and not gold for gold, got in pairs)
    fn = sum(gold and not got for gold, got in pairs)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_self_harm_is_found_with_recall_and_precision_above_the_floors(
    labelled: tuple[list[Row], Floors],
) -> None:
    rows, floors = labelled
    gold = [row["self_harm"] != "none" for row, _ in rows]
    got = [found[1] != "none" for _, found in rows]
    tp = sum(g and f for g, f in zip(gold, got, strict=True))
    assert tp / sum(gold) >= floors.self_harm_recall
    assert tp / sum(got) >= floors.self_harm_precision


def test_immediate_danger_is_found_with_recall_above_the_floor(
    labelled: tuple[list[Row], Floors],
) -> None:
    rows, floors = labelled
    immediate = [found[1] for row, found in rows if row["self_harm"] == "immediate"]
    assert immediate.count("immediate") / len(immediate) >= floors.immediate_recall


def test_abusive_and_venting_are_told_apart_with_macro_f1_above_the_floor(
    labelled: tuple[list[Row], Floors],
) -> None:
    rows, floors = labelled
    scores = [
        _f1([(row["abuse"] == label, found[0] == label) for row, found in rows])
        for label in ("abusive", "venting")
    ]
    assert sum(scores) / 2 >= floors.abusive_vs_venting_f1


def test_calm_lines_are_rarely_flagged_as_upset(labelled: tuple[list[Row], Floors]) -> None:
    rows, floors = labelled
    calm = [found for row, found in rows if row["abuse"] == "none"]
    assert sum(found[0] != "none" for found in calm) <= floors.calm_flagged_at_most * len(calm)
