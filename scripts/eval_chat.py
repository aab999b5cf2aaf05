"""Evaluate the conversation-safety classifier beside alt-profanity-check and better-profanity.

Run by ``make eval`` in ``.venv-eval`` (trustdesk plus scikit-learn, alt-profanity-check and
better-profanity; none of them is a runtime dependency). Data read from ``../shared/data``:

- ``dev/chat_dev.jsonl`` (250 support-chat lines): per-label precision, recall and F1 of the
  abuse levels, the abuse types and self-harm; abusive-versus-venting macro-F1. The two
  profanity libraries only say "offensive or not": they are scored on ``abuse != none``.
- ``scripts/data/chat_blind*.jsonl``: trustdesk's own blind sets of support-chat lines (see
  ``scripts/data/README.md``), the same figures per set. Each set was written before the rules
  it measures; its first-pass figures are recorded in the README, later figures are "seen".
- ``external/sdcnl/training-set.csv`` (evaluation only, never training or tuning): the share of
  r/SuicideWatch posts read as a self-harm risk (recall), and for context the share of
  r/Depression posts flagged (many of those also voice suicidal thoughts: not a precision).
- OLID training split, 5-fold cross-validated: the model is retrained per fold by
  ``scripts/train_chat.py``'s code (other folds + Davidson + written lines), and the whole
  classifier (rules + that fold's model + the committed desk heads, which never saw OLID)
  scores the held-out fold. Sub-task A: offensive =
  ``abuse != "none"``; sub-task B (on the offensive tweets): abusive → targeted (TIN),
  venting or none → untargeted (UNT). That mapping reads the desk's narrower "abusive" (aimed
  at the agent) as OLID's "targeted" (aimed at anyone, a politician included), so B is also
  scored as OffensEval does, with an opinion on every offensive tweet: abusive → TIN, else the
  fold's targeted-head probability against its threshold. The thresholds are those of the
  committed artefact.

Prints tables and writes ``bench-results/eval_chat.json``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_chat

from trustdesk.textsafety import chat
from trustdesk.textsafety.linear import LinearHead

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev" / "chat_dev.jsonl"
SDCNL = ROOT.parent / "shared" / "data" / "external" / "sdcnl" / "training-set.csv"
# trustdesk's own blind sets, in the order they were written (scripts/data/README.md).
BLIND_SETS = tuple(
    ROOT / "scripts" / "data" / name
    for name in (
        "chat_blind.jsonl",
        "chat_blind2.jsonl",
        "chat_blind3.jsonl",
        "chat_blind4.jsonl",
        "chat_blind5.jsonl",
        "chat_blind6.jsonl",
        "chat_blind7.jsonl",
        "chat_blind8.jsonl",
        "chat_blind9.jsonl",
        "chat_blind10.jsonl",
        "chat_blind11.jsonl",
        "chat_blind12.jsonl",
        "chat_blind13.jsonl",
        "chat_blind14.jsonl",
        "chat_blind15.jsonl",
    )
)
RESULTS = ROOT / "bench-results" / "eval_chat.json"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: bool, found: bool) -> None:
        self.tp += gold and found
        self.fp += found and not gold
        self.fn += gold and not found

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def row(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "support": self.tp + self.fn,
        }


def macro_f1(gold: Sequence[str], found: Sequence[str], labels: Sequence[str]) -> float:
    scores = []
    for label in labels:
        score = Score()
        for g, f in zip(gold, found, strict=True):
            score.add(g == label, f == label)
        scores.append(score.f1)
    return sum(scores) / len(scores)


def profanity_baselines() -> dict[str, Callable[[Sequence[str]], list[bool]]]:
    baselines: dict[str, Callable[[Sequence[str]], list[bool]]] = {}
    try:
        from profanity_check import predict  # type: ignore[import-not-found]

        baselines["alt-profanity-check"] = lambda texts: [bool(x) for x in predict(list(texts))]
    except ImportError:
        print("alt-profanity-check is not installed; skipped", file=sys.stderr)
    try:
        from better_profanity import profanity  # type: ignore[import-not-found]

        profanity.load_censor_words()
        baselines["better-profanity"] = lambda texts: [
            bool(profanity.contains_profanity(text)) for text in texts
        ]
    except ImportError:
        print("better-profanity is not installed; skipped", file=sys.stderr)
    return baselines


# ---------------------------------------------------------------------------------------------


def evaluate_dev(baselines: dict[str, Callable[[Sequence[str]], list[bool]]]) -> dict[str, Any]:
    return evaluate_lines(DEV, baselines)


def evaluate_lines(
    path: Path, baselines: dict[str, Callable[[Sequence[str]], list[bool]]]
) -> dict[str, Any]:
    """Per-label figures of ``assess_chat`` on one labelled JSONL file of support-chat lines."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    results = [chat.assess_chat(row["text"]) for row in rows]
    report: dict[str, Any] = {"lines": len(rows), "labels": {}}
    labels: dict[str, Score] = {}
    for name, gold_of, found_of in (
        *(
            (
                f"abuse={level}",
                lambda r, lv=level: r["abuse"] == lv,
                lambda a, lv=level: a.abuse == lv,
            )
            for level in chat.ABUSE_LEVELS
        ),
        *(
            (f"type={t}", lambda r, t=t: t in r["abuse_types"], lambda a, t=t: t in a.abuse_types)
            for t in chat.ABUSE_TYPES
        ),
        (
            "self_harm (risk or immediate)",
            lambda r: r["self_harm"] != "none",
            lambda a: a.self_harm != "none",
        ),
        ("self_harm=risk", lambda r: r["self_harm"] == "risk", lambda a: a.self_harm == "risk"),
        (
            "self_harm=immediate",
            lambda r: r["self_harm"] == "immediate",
            lambda a: a.self_harm == "immediate",
        ),
        ("offensive (abuse != none)", lambda r: r["abuse"] != "none", lambda a: a.abuse != "none"),
    ):
        score = Score()
        for row, result in zip(rows, results, strict=True):
            score.add(bool(gold_of(row)), bool(found_of(result)))
        labels[name] = score
        report["labels"][name] = score.row()
    gold_abuse = [row["abuse"] for row in rows]
    found_abuse = [result.abuse for result in results]
    report["abuse_macro_f1_3_levels"] = round(
        macro_f1(gold_abuse, found_abuse, chat.ABUSE_LEVELS), 3
    )
    report["abusive_vs_venting_macro_f1"] = round(
        macro_f1(gold_abuse, found_abuse, ("abusive", "venting")), 3
    )
    pairs = [(g, f) for g, f in zip(gold_abuse, found_abuse, strict=True) if g != "none"]
    report["abusive_vs_venting_macro_f1_on_gold_upset_lines"] = round(
        macro_f1(
            [g for g, _ in pairs],
            ["abusive" if f == "abusive" else "venting" for _, f in pairs],
            ("abusive", "venting"),
        ),
        3,
    )
    exact = sum(
        r.abuse == row["abuse"]
        and list(r.abuse_types) == sorted(row["abuse_types"])
        and r.self_harm == row["self_harm"]
        for row, r in zip(rows, results, strict=True)
    )
    report["exact_match"] = round(exact / len(rows), 3)
    immediate = [
        r.self_harm for row, r in zip(rows, results, strict=True) if row["self_harm"] == "immediate"
    ]
    report["immediate_recall"] = (
        round(immediate.count("immediate") / len(immediate), 3) if immediate else None
    )
    report["baselines"] = {}
    for name, predict in baselines.items():
        found = predict([row["text"] for row in rows])
        score = Score()
        abusive = Score()
        for row, flag in zip(rows, found, strict=True):
            score.add(row["abuse"] != "none", flag)
            abusive.add(row["abuse"] == "abusive", flag)
        report["baselines"][name] = {
            "offensive (abuse != none)": score.row(),
            "abusive (flag = abusive)": abusive.row(),
        }
    return report


def evaluate_olid(
    baselines: dict[str, Callable[[Sequence[str]], list[bool]]], folds: int, baseline_sample: int
) -> dict[str, Any]:
    started = time.perf_counter()
    olid = train_chat.load_olid()
    extra = train_chat.written_examples(random.Random(train_chat.SEED)) + train_chat.load_davidson()
    print(f"OLID: {len(olid)} tweets; featurising …", file=sys.stderr)
    analyses = [chat._analyse(e.text) for e in olid]
    olid_features = [chat._features(a) for a in analyses]
    extra_features = [chat.chat_features(e.text) for e in extra]
    committed = chat.load_model()
    if committed is None:
        raise SystemExit("no committed model: run scripts/train_chat.py first")
    desk = chat.load_abuse_model()  # trained on trustdesk's own lines, never on OLID
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=train_chat.SEED)
    strata = [e.offensive * (2 if e.targeted else 1) for e in olid]
    found: list[chat.ChatAssessment | None] = [None] * len(olid)
    head_off = [0.0] * len(olid)
    head_tin = [0.0] * len(olid)
    rules_only = [chat._decide(a, None, None) for a in analyses]
    for number, (train_index, test_index) in enumerate(
        splitter.split(np.zeros(len(olid)), strata), start=1
    ):
        trained = train_chat.train(
            [olid[i] for i in train_index] + extra,
            [olid_features[i] for i in train_index] + extra_features,
        )
        model = chat.ChatModel(
            offensive=LinearHead(
                trained.offensive.bias, trained.offensive.weights, committed.offensive.threshold
            ),
            targeted=LinearHead(
                trained.targeted.bias, trained.targeted.weights, committed.targeted.threshold
            ),
            version=f"cv-fold-{number}",
        )
        test_rows = [olid_features[i] for i in test_index]
        for i, p in zip(
            test_index, train_chat.head_probabilities(trained.offensive, test_rows), strict=True
        ):
            head_off[i] = p
        for i, p in zip(
            test_index, train_chat.head_probabilities(trained.targeted, test_rows), strict=True
        ):
            head_tin[i] = p
        for i in test_index:
            found[i] = chat._decide(analyses[i], model, desk)
        print(f"  fold {number}/{folds} done", file=sys.stderr)
    assessments = [a for a in found if a is not None]
    gold_a = ["OFF" if e.offensive else "NOT" for e in olid]
    off_index = [i for i, e in enumerate(olid) if e.offensive]
    gold_b = ["TIN" if olid[i].targeted else "UNT" for i in off_index]

    def a_labels(results: Sequence[chat.ChatAssessment]) -> list[str]:
        return ["OFF" if r.abuse != "none" else "NOT" for r in results]

    def b_labels(results: Sequence[chat.ChatAssessment]) -> list[str]:
        return ["TIN" if results[i].abuse == "abusive" else "UNT" for i in off_index]

    def b_opinions(results: Sequence[chat.ChatAssessment], threshold: float) -> list[str]:
        return [
            "TIN" if results[i].abuse == "abusive" or head_tin[i] >= threshold else "UNT"
            for i in off_index
        ]

    report: dict[str, Any] = {"tweets": len(olid), "folds": folds}
    predicted_off = [j for j, i in enumerate(off_index) if assessments[i].abuse != "none"]
    b_found = b_labels(assessments)
    report["trustdesk B on tweets it also calls offensive"] = {
        "A_macro_f1": None,
        "B_macro_f1": round(
            macro_f1(
                [gold_b[j] for j in predicted_off],
                [b_found[j] for j in predicted_off],
                ("TIN", "UNT"),
            ),
            3,
        ),
    }
    a_threshold, b_threshold = committed.offensive.threshold, committed.targeted.threshold
    report["model heads alone (no rules)"] = {
        "A_macro_f1": round(
            macro_f1(
                gold_a, ["OFF" if p >= a_threshold else "NOT" for p in head_off], ("OFF", "NOT")
            ),
            3,
        ),
        "B_macro_f1": round(
            macro_f1(
                gold_b,
                ["TIN" if head_tin[i] >= b_threshold else "UNT" for i in off_index],
                ("TIN", "UNT"),
            ),
            3,
        ),
    }
    for name, results in (
        ("trustdesk (rules + model)", assessments),
        ("trustdesk rules only", rules_only),
    ):
        report[name] = {
            "A_macro_f1": round(macro_f1(gold_a, a_labels(results), ("OFF", "NOT")), 3),
            "B_macro_f1": round(macro_f1(gold_b, b_labels(results), ("TIN", "UNT")), 3),
        }
    report["trustdesk B, an opinion on every offensive tweet"] = {
        "A_macro_f1": None,
        "B_macro_f1": round(
            macro_f1(gold_b, b_opinions(assessments, b_threshold), ("TIN", "UNT")), 3
        ),
    }
    # The profanity libraries are slow (better-profanity: about ten tweets a second), so they
    # and trustdesk are also compared on the same seeded sample.
    sample = sorted(random.Random(train_chat.SEED).sample(range(len(olid)), baseline_sample))
    sample_gold = [gold_a[i] for i in sample]
    report[f"trustdesk (rules + model), sample of {len(sample)}"] = {
        "A_macro_f1": round(
            macro_f1(sample_gold, [a_labels(assessments)[i] for i in sample], ("OFF", "NOT")), 3
        ),
        "B_macro_f1": None,
    }
    for name, predict in baselines.items():
        flags = predict([olid[i].text for i in sample])
        report[f"{name}, sample of {len(sample)}"] = {
            "A_macro_f1": round(
                macro_f1(sample_gold, ["OFF" if f else "NOT" for f in flags], ("OFF", "NOT")), 3
            ),
            "B_macro_f1": None,
        }
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def evaluate_sdcnl() -> dict[str, Any]:
    """Self-harm recall on SDCNL (evaluation only: its licence allows no training or tuning)."""
    csv.field_size_limit(10**8)
    with SDCNL.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    flagged = {"1": 0, "0": 0}
    counts = {"1": 0, "0": 0}
    for row in rows:
        label = row["is_suicide"]
        if label not in counts:
            continue
        counts[label] += 1
        text = f"{row['title']}. {row['selftext']}".strip()
        flagged[label] += chat.assess_chat(text).self_harm != "none"
    return {
        "suicide_posts": counts["1"],
        "self_harm_recall_on_suicide_posts": round(flagged["1"] / counts["1"], 3),
        "depression_posts": counts["0"],
        "flagged_share_of_depression_posts": round(flagged["0"] / counts["0"], 3),
    }


def print_lines_report(title: str, report: dict[str, Any]) -> None:
    print(f"\n== {title} ({report['lines']} lines), trustdesk scan chat")
    print(f"{'label':34} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>7}")
    for name, row in report["labels"].items():
        print(
            f"{name:34} {row['precision']:9.3f} {row['recall']:7.3f} {row['f1']:6.3f}"
            f" {row['support']:7d}"
        )
    immediate = report["immediate_recall"]
    print(f"immediate-danger recall: {'n/a' if immediate is None else f'{immediate:.3f}'}")
    print(
        f"abusive-vs-venting macro-F1 (3-level output): {report['abusive_vs_venting_macro_f1']:.3f}"
    )
    print(
        "abusive-vs-venting macro-F1 on gold abusive/venting lines: "
        f"{report['abusive_vs_venting_macro_f1_on_gold_upset_lines']:.3f}"
    )
    print(f"abuse macro-F1 (none/venting/abusive): {report['abuse_macro_f1_3_levels']:.3f}")
    print(f"exact match (abuse, types, self_harm): {report['exact_match']:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--skip-olid", action="store_true", help="only the dev set (fast)")
    parser.add_argument(
        "--baseline-sample", type=int, default=1500, help="OLID tweets for the profanity libraries"
    )
    arguments = parser.parse_args(argv)
    baselines = profanity_baselines()
    report: dict[str, Any] = {"model": getattr(chat.load_model(), "version", None)}
    report["dev"] = evaluate_dev(baselines)
    dev = report["dev"]
    print_lines_report("chat_dev.jsonl", dev)
    for name, figures in dev["baselines"].items():
        for label, row in figures.items():
            print(
                f"{name + ': ' + label:34} {row['precision']:9.3f} {row['recall']:7.3f}"
                f" {row['f1']:6.3f} {row['support']:7d}"
            )
    report["blind"] = {}
    for blind in BLIND_SETS:
        if not blind.exists():
            print(f"{blind.name} is missing; skipped", file=sys.stderr)
            continue
        report["blind"][blind.name] = evaluate_lines(blind, {})
        print_lines_report(f"scripts/data/{blind.name}", report["blind"][blind.name])
    if report["blind"]:
        print(
            "\n== blind sets at a glance (seen since their first pass: see scripts/data/README.md)"
        )
        print(
            f"{'set':20} {'self-harm P':>11} {'R':>6} {'immediate R':>11}"
            f" {'abusive/venting F1':>18}"
        )
        for name, figures in report["blind"].items():
            harm = figures["labels"]["self_harm (risk or immediate)"]
            immediate = figures["immediate_recall"]
            print(
                f"{name:20} {harm['precision']:11.3f} {harm['recall']:6.3f}"
                f" {'n/a' if immediate is None else f'{immediate:.3f}':>11}"
                f" {figures['abusive_vs_venting_macro_f1']:18.3f}"
            )
    if SDCNL.exists():
        report["sdcnl"] = evaluate_sdcnl()
        sdcnl = report["sdcnl"]
        print(f"\n== SDCNL (evaluation only), {sdcnl['suicide_posts']} r/SuicideWatch posts")
        print(
            "self-harm risk or immediate on r/SuicideWatch posts (recall): "
            f"{sdcnl['self_harm_recall_on_suicide_posts']:.3f}"
        )
        print(
            f"flagged on {sdcnl['depression_posts']} r/Depression posts (context, not a "
            f"precision): {sdcnl['flagged_share_of_depression_posts']:.3f}"
        )
    if not arguments.skip_olid:
        report["olid_cv"] = evaluate_olid(baselines, arguments.folds, arguments.baseline_sample)
        olid = report["olid_cv"]
        print(f"\n== OLID training split, {olid['folds']}-fold CV ({olid['tweets']} tweets)")
        print(f"{'system':48} {'A macro-F1':>10} {'B macro-F1':>10}")
        for name, row in olid.items():
            if isinstance(row, dict):
                a = "n/a" if row["A_macro_f1"] is None else f"{row['A_macro_f1']:.3f}"
                b = "n/a" if row["B_macro_f1"] is None else f"{row['B_macro_f1']:.3f}"
                print(f"{name:48} {a:>10} {b:>10}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
