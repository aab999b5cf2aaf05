"""Evaluate the contact detector beside Microsoft Presidio's phone, email and URL recognizers.

Run by ``make eval`` in ``.venv-eval`` (trustdesk plus ``presidio-analyzer``; Presidio is an
evaluation tool here, never a runtime dependency). Two data sets, read from ``../shared``:

- ``data/dev/contact_dev.jsonl``: message-level precision, recall and F1 of ``contact`` and
  of every kind. Presidio's ``contact`` is any phone, email or URL it finds; it has only the
  phone and email kinds. The same figures for trustdesk's own labelled sets
  (``scripts/data/contact_*.jsonl``, see its README), whose blind sets are the honest estimate
  for messages the detector was not built from.
- ``data/external/presidio-research/synth_dataset_v2.json``: span-level figures on the
  PHONE_NUMBER and EMAIL_ADDRESS spans; a found span matches a gold span it overlaps.

Presidio is run without an NLP engine (spaCy models cannot be downloaded here): its
``PhoneRecognizer`` (libphonenumber's matcher over every region), ``EmailRecognizer`` and
``UrlRecognizer`` are called directly, with no context-word boosting, every result counted.
Prints a table and writes ``bench-results/eval_contact.json``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trustdesk.textsafety.contact import KINDS, detect_contacts

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "data" / "dev" / "contact_dev.jsonl"
SYNTH = SHARED / "data" / "external" / "presidio-research" / "synth_dataset_v2.json"
RESULTS = ROOT / "bench-results" / "eval_contact.json"
# trustdesk's own sets (scripts/data/README.md): blind sets first, in the order written.
OWN_SETS = tuple(
    ROOT / "scripts" / "data" / name
    for name in (
        "contact_blind1.jsonl",
        "contact_blind2.jsonl",
        "contact_blind4.jsonl",
        "contact_blind5.jsonl",
        "contact_practice_a.jsonl",
        "contact_practice_b.jsonl",
        "contact_practice_c.jsonl",
        "contact_practice_d.jsonl",
        "contact_practice_e.jsonl",
        "contact_practice_f.jsonl",
        "contact_practice_g.jsonl",
        "contact_practice_h.jsonl",
        "contact_practice_i.jsonl",
    )
)

Span = tuple[str, int, int]  # kind, start, end
Detector = Callable[[str], list[Span]]


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.true_positives,
            "fp": self.false_positives,
            "fn": self.false_negatives,
        }


def trustdesk_spans(text: str) -> list[Span]:
    return [
        (finding.kind, finding.start, finding.end)
        for finding in detect_contacts(text)
        if not finding.is_request
    ]


def trustdesk_kinds(text: str, job_category: str | None) -> set[str]:
    return {finding.kind for finding in detect_contacts(text, job_category=job_category)}


def presidio_detector() -> Detector:
    import logging

    import tldextract

    # Presidio's email validation asks tldextract for the public-suffix list, which it would
    # fetch from the internet; use the snapshot tldextract ships instead (no network here).
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer.predefined_recognizers import (
        EmailRecognizer,
        PhoneRecognizer,
        UrlRecognizer,
    )

    phone, email, url = PhoneRecognizer(), EmailRecognizer(), UrlRecognizer()
    names = {"PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email", "URL": "url"}

    def detect(text: str) -> list[Span]:
        results = [
            *phone.analyze(text, ["PHONE_NUMBER"], None),
            *email.analyze(text, ["EMAIL_ADDRESS"], None),
            *url.analyze(text, ["URL"], None),
        ]
        return [(names[result.entity_type], result.start, result.end) for result in results]

    return detect


def evaluate_set(
    kinds_of: Callable[[str, str | None], set[str]], kinds: tuple[str, ...], path: Path = DEV
) -> dict[str, Score]:
    """Message-level scores of ``contact`` and each kind on a labelled set (the dev set's format).

    ``hard_negative_false_alarms`` counts the set's non-contact messages flagged.
    """
    scores = {name: Score() for name in ("contact", *kinds)}
    hard_negatives = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        found = kinds_of(row["text"], row.get("job_category"))
        gold = set(row["kinds"])
        _count(scores["contact"], bool(found), bool(row["contact"]), row["id"])
        if not row["contact"]:
            _count(hard_negatives, bool(found), False, row["id"])
        for kind in kinds:
            _count(scores[kind], kind in found, kind in gold, row["id"])
    scores["hard_negative_false_alarms"] = hard_negatives
    return scores


def negative_count(path: Path) -> int:
    """How many of a labelled set's messages share no contact detail."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return sum(1 for line in lines if not json.loads(line)["contact"])


def _count(score: Score, found: bool, expected: bool, example: str) -> None:
    if found and expected:
        score.true_positives += 1
    elif found:
        score.false_positives += 1
        score.examples.append(f"FP {example}")
    elif expected:
        score.false_negatives += 1
        score.examples.append(f"FN {example}")


def evaluate_synth(detect: Detector) -> dict[str, Score]:
    entity_kinds = {"PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email"}
    scores = {"phone": Score(), "email": Score()}
    for row in json.loads(SYNTH.read_text(encoding="utf-8")):
        text = row["full_text"]
        gold = [
            (entity_kinds[span["entity_type"]], span["start_position"], span["end_position"])
            for span in row["spans"]
            if span["entity_type"] in entity_kinds
        ]
        found = [span for span in detect(text) if span[0] in scores]
        for kind, score in scores.items():
            gold_spans = [(start, end) for name, start, end in gold if name == kind]
            found_spans = [(start, end) for name, start, end in found if name == kind]
            for start, end in found_spans:
                if any(
                    start < gold_end and gold_start < end for gold_start, gold_end in gold_spans
                ):
                    score.true_positives += 1
                else:
                    score.false_positives += 1
            for gold_start, gold_end in gold_spans:
                if not any(start < gold_end and gold_start < end for start, end in found_spans):
                    score.false_negatives += 1
    return scores


def main() -> int:
    if not DEV.exists() or not SYNTH.exists():
        print(f"missing data: expected {DEV} and {SYNTH}", file=sys.stderr)
        return 2
    presidio = presidio_detector()

    def presidio_kinds(text: str, _category: str | None) -> set[str]:
        found = {kind for kind, _start, _end in presidio(text)}
        return {"contact"} | found if found else set()

    started = time.perf_counter()
    ours_dev = evaluate_set(trustdesk_kinds, KINDS)
    ours_synth = evaluate_synth(trustdesk_spans)
    ours_seconds = time.perf_counter() - started
    started = time.perf_counter()
    presidio_dev = evaluate_set(presidio_kinds, ("phone", "email"))
    presidio_synth = evaluate_synth(presidio)
    presidio_seconds = time.perf_counter() - started

    rows: list[tuple[str, Score, Score | None]] = [
        ("dev contact", ours_dev["contact"], presidio_dev["contact"]),
        *((f"dev {kind}", ours_dev[kind], presidio_dev.get(kind)) for kind in KINDS),
        ("synth phone (spans)", ours_synth["phone"], presidio_synth["phone"]),
        ("synth email (spans)", ours_synth["email"], presidio_synth["email"]),
    ]
    print(f"{'':24} {'trustdesk P / R / F1':>24}   {'Presidio P / R / F1':>24}")
    for name, ours, theirs in rows:
        theirs_text = (
            f"{theirs.precision:.3f} / {theirs.recall:.3f} / {theirs.f1:.3f}" if theirs else "—"
        )
        print(
            f"{name:24} {ours.precision:.3f} / {ours.recall:.3f} / {ours.f1:.3f}"
            f"   {theirs_text:>24}"
        )
    negatives = ours_dev["hard_negative_false_alarms"]
    negative_rows = negative_count(DEV)
    alarm_rate = negatives.false_positives / max(1, negative_rows)
    theirs_negatives = presidio_dev["hard_negative_false_alarms"]
    print(
        f"hard-negative false alarms: trustdesk {negatives.false_positives}, "
        f"Presidio {theirs_negatives.false_positives} of {negative_rows} non-contact messages"
    )
    print(f"time: trustdesk {ours_seconds:.2f}s, Presidio {presidio_seconds:.2f}s")
    errors = list(ours_dev["contact"].examples)
    if errors:
        print("trustdesk contact errors on dev:", ", ".join(errors))

    own: dict[str, dict[str, dict[str, Score]]] = {}
    print(f"\n{'own sets (contact)':24} {'trustdesk P / R / F1':>24}   {'Presidio P / R / F1':>24}")
    for path in OWN_SETS:
        ours = evaluate_set(trustdesk_kinds, KINDS, path)
        theirs = evaluate_set(presidio_kinds, ("phone", "email"), path)
        own[path.stem] = {"trustdesk": ours, "presidio": theirs}
        score, alarms = ours["contact"], ours["hard_negative_false_alarms"]
        negatives = negative_count(path)
        print(
            f"{path.stem:24} {score.precision:.3f} / {score.recall:.3f} / {score.f1:.3f}"
            f"   {theirs['contact'].precision:.3f} / {theirs['contact'].recall:.3f}"
            f" / {theirs['contact'].f1:.3f}   false alarms {alarms.false_positives}/{negatives}"
        )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "trustdesk": {
                    "dev": {name: score.as_dict() for name, score in ours_dev.items()},
                    "synth": {name: score.as_dict() for name, score in ours_synth.items()},
                    "seconds": round(ours_seconds, 3),
                },
                "presidio": {
                    "setup": "PhoneRecognizer, EmailRecognizer, UrlRecognizer called directly,"
                    " no NLP engine, no context enhancement, every result counted",
                    "dev": {name: score.as_dict() for name, score in presidio_dev.items()},
                    "synth": {name: score.as_dict() for name, score in presidio_synth.items()},
                    "seconds": round(presidio_seconds, 3),
                },
                "hard_negative_false_alarm_rate": round(alarm_rate, 4),
                "own_sets": {
                    name: {
                        tool: {kind: score.as_dict() for kind, score in scores.items()}
                        for tool, scores in tools.items()
                    }
                    for name, tools in own.items()
                },
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
