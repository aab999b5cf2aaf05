"""The detector over the shared development set: the issue's targets, as a regression check.

The set is small on purpose and the detector is not tuned to it (see test_contact.py for the
cases it was built from); a held-out set checks generalisation.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED_DIR
from trustdesk.textsafety.contact import detect_contacts

DEV_SET = SHARED_DIR / "data" / "dev" / "contact_dev.jsonl"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    if not DEV_SET.exists():
        pytest.fail(f"the shared development set is missing: {DEV_SET}")
    return [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines()]


def test_contact_f1_is_at_least_0_95(rows: list[dict[str, object]]) -> None:
    true_positives = false_positives = false_negatives = 0
    for row in rows:
        category = row.get("job_category")
        found = bool(
            detect_contacts(str(row["text"]), job_category=str(category) if category else None)
        )
        expected = bool(row["contact"])
        true_positives += found and expected
        false_positives += found and not expected
        false_negatives += expected and not found
    precision = true_positives / (true_positives + false_positives)
    recall = true_positives / (true_positives + false_negatives)
    assert 2 * precision * recall / (precision + recall) >= 0.95


def test_hard_negatives_raise_at_most_two_percent_false_alarms(
    rows: list[dict[str, object]],
) -> None:
    negatives = [row for row in rows if not row["contact"]]
    alarms = [row["id"] for row in negatives if detect_contacts(str(row["text"]))]
    assert len(alarms) <= 0.02 * len(negatives), alarms


def test_no_linkedin_job_link_in_the_set_is_flagged(rows: list[dict[str, object]]) -> None:
    job_links = [row for row in rows if "linkedin.com/jobs" in str(row["text"]).lower()]
    assert job_links
    for row in job_links:
        kinds = {f.kind for f in detect_contacts(str(row["text"]))}
        assert "social_profile" not in kinds, row["id"]
