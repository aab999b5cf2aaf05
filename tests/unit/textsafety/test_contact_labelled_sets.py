"""The detector over labelled messages: the issue's targets, as regression checks.

- The shared development set (../shared/data/dev/contact_dev.jsonl), small on purpose: its
  floors are the issue's targets, and the detector is not tuned to it (see test_contact.py and
  the test_contact_*.py files for the cases it was built from).
- trustdesk's own sets (scripts/data/contact_*.jsonl): each set's first-pass figures are
  recorded in scripts/data/README.md and are the honest estimate on unseen messages. The
  practice sets have been used to improve the detector since, the blind sets have not: these
  floors keep what was measured from slipping back, they do not measure generalisation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import SHARED_DIR
from trustdesk.textsafety.contact import detect_contacts

DEV_SET = SHARED_DIR / "data" / "dev" / "contact_dev.jsonl"
OWN_DIR = Path(__file__).resolve().parents[3] / "scripts" / "data"


@dataclass(frozen=True)
class Floors:
    contact_f1: float
    false_alarms_at_most: float  # share of non-contact messages flagged


FLOORS = {
    "dev": Floors(0.95, 0.02),
    # Practice sets, fixed from until (nearly) every message was right.
    "contact_practice_a": Floors(0.98, 0.01),
    "contact_practice_b": Floors(0.98, 0.01),
    "contact_practice_c": Floors(0.98, 0.01),
    "contact_practice_d": Floors(0.98, 0.01),
    # Practice sets fixed from in part: what was reached, held.
    "contact_practice_e": Floors(0.93, 0.045),
    "contact_practice_f": Floors(0.90, 0.055),
    "contact_practice_g": Floors(0.88, 0.055),
    "contact_practice_h": Floors(0.93, 0.045),
    "contact_practice_i": Floors(0.86, 0.06),
    # Blind sets, never fixed from: below the targets (0.95 and 2%), what was measured,
    # held.
    "contact_blind1": Floors(0.90, 0.06),
    "contact_blind2": Floors(0.92, 0.03),
    "contact_blind4": Floors(0.87, 0.05),
    "contact_blind5": Floors(0.89, 0.085),
}

Row = tuple[dict[str, object], set[str]]


def _path(name: str) -> Path:
    return DEV_SET if name == "dev" else OWN_DIR / f"{name}.jsonl"


def test_every_labelled_set_has_floors() -> None:
    assert {path.stem for path in OWN_DIR.glob("contact_*.jsonl")} == set(FLOORS) - {"dev"}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def labelled(request: pytest.FixtureRequest) -> tuple[list[Row], Floors]:
    name = str(request.param)
    path = _path(name)
    if not path.exists():
        pytest.fail(f"the {name} set is missing: {path}")
    found = []
    for text in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(text)
        category = row.get("job_category")
        findings = detect_contacts(str(row["text"]), job_category=category or None)
        found.append((row, {finding.kind for finding in findings}))
    return found, FLOORS[name]


def test_contact_f1_is_above_the_floor(labelled: tuple[list[Row], Floors]) -> None:
    rows, floors = labelled
    true_positives = sum(bool(kinds) and bool(row["contact"]) for row, kinds in rows)
    false_positives = sum(bool(kinds) and not row["contact"] for row, kinds in rows)
    false_negatives = sum(not kinds and bool(row["contact"]) for row, kinds in rows)
    f1 = 2 * true_positives / (2 * true_positives + false_positives + false_negatives)
    assert f1 >= floors.contact_f1


def test_hard_negatives_raise_few_false_alarms(labelled: tuple[list[Row], Floors]) -> None:
    rows, floors = labelled
    negatives = [(row, kinds) for row, kinds in rows if not row["contact"]]
    alarms = [row["id"] for row, kinds in negatives if kinds]
    assert len(alarms) <= floors.false_alarms_at_most * len(negatives), alarms


def test_no_linkedin_job_link_is_flagged(labelled: tuple[list[Row], Floors]) -> None:
    rows, _ = labelled
    for row, kinds in rows:
        if "linkedin.com/jobs" in str(row["text"]).lower():
            assert "social_profile" not in kinds, row["id"]


def test_the_development_set_holds_linkedin_job_links() -> None:
    text = DEV_SET.read_text(encoding="utf-8").lower()
    assert "linkedin.com/jobs" in text
