"""Train the self-harm head of the conversation-safety classifier and write its artefact.

    .venv-eval/bin/python scripts/train_chat_self_harm.py           # writes the committed head
    .venv-eval/bin/python scripts/train_chat_self_harm.py --check   # held-out figures only

Data: trustdesk's own support-chat lines only, written here and free to ship with a model
(scripts/data/README.md): the practice sets, the training sets written by other voices
(``chat_train_[a-i].jsonl``, ``chat_train_k.jsonl``, ``_m``, ``_n``, ``_q`` and ``_t``: freelancers on
phones, clients and agencies, formal older users, young users' slang, code-switching, hard
negatives, whole lines in the marketplace's other languages, abuse and venting in those
languages, self-harm in those languages twice more, the borders of abuse and self-harm, and
veiled self-harm tied to the account) and
the seen blind sets ``chat_blind{,2..6}.jsonl``. Not SDCNL (its licence allows evaluation
only), not the dev set and not ``chat_blind7.jsonl`` to ``chat_blind9.jsonl`` (kept for
evaluation).

Two L2 logistic regressions (scikit-learn, fixed seed) over
``trustdesk.textsafety.chat.self_harm_features`` (folded words and their character 3- to
5-grams, word pairs, self-harm concepts and concept pairs): ``self_harm`` (risk or immediate,
versus none) and ``immediate`` (versus not). Their thresholds are chosen on out-of-fold
probabilities (5-fold CV over the training lines) for the whole classifier, the way
``chat._self_harm_level`` combines head and rules: a line the rules miss is a risk at or above
``threshold``; a risk is immediate at or above the immediate head's threshold unless it tells
the past, a habit or "not now"; a rule hit always stands. The threshold with the best F2
(recall weighed four times precision) at a precision of at least ``MIN_PRECISION`` wins; the
immediate threshold gives the best F2 of immediate danger.

``--check`` trains nothing for shipping and prints held-out figures of rules + head:

- practice split: the head trained on the blind sets and half of the practice lines (by id),
  scored on the other half (rules first written without any practice line: unseen by both);
- leave one set out: trained on every other set, scored on the one left out (the rules were
  improved on every blind set, so only the practice and training sets are unseen by them);
- the sets in other languages (``LANGUAGE_SETS``) left out, figures per language: the language
  tag that opens each line's note (``[pt-BR]``, ``[hi-Latn]``), its first part; a code-switched
  line (``[tl+en]``, ``[es-en]``) counts for its language and for "code-switched" as well.

``--sets`` limits the leave-one-set-out part to the sets named (``--sets e g i`` for
``chat_train_e``, ``_g`` and ``_i``), for a quicker look.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from trustdesk.textsafety.chat import (
    SELF_HARM_MODEL_PATH,
    SelfHarmLevel,
    SelfHarmModel,
    assess_self_harm_using,
    rules_self_harm,
    self_harm_features,
    tells_a_routine,
    tells_no_act_now,
)
from trustdesk.textsafety.linear import LinearHead, feature_norm, write_artefact

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "scripts" / "data"
SETS = (
    "chat_practice.jsonl",
    "chat_practice2.jsonl",
    "chat_self_harm_train.jsonl",
    "chat_train_a.jsonl",
    "chat_train_b.jsonl",
    "chat_train_c.jsonl",
    "chat_train_d.jsonl",
    "chat_train_e.jsonl",
    "chat_train_f.jsonl",
    "chat_train_g.jsonl",
    "chat_train_h.jsonl",
    "chat_train_i.jsonl",
    "chat_train_k.jsonl",
    "chat_train_m.jsonl",
    "chat_train_n.jsonl",
    "chat_train_q.jsonl",
    "chat_train_t.jsonl",
    *(f"chat_blind{n}.jsonl" for n in ("", 2, 3, 4, 5, 6)),
)
# The sets whose left-out figures are also printed per language (the note's language tag).
LANGUAGE_SETS = (
    "chat_train_e.jsonl",
    "chat_train_g.jsonl",
    "chat_train_i.jsonl",
    "chat_train_k.jsonl",
    "chat_train_q.jsonl",
    "chat_train_t.jsonl",
)
_LANGUAGE_TAG = re.compile(r"\[([A-Za-z]{2,3})([-+A-Za-z]*)\]")
SEED = 20261121
VERSION = "chat-self-harm-1"
C = 8.0
MIN_COUNT = 2
PRUNE = 1e-3
MIN_PRECISION = 0.88
THRESHOLDS = tuple(round(float(t), 2) for t in np.arange(0.30, 0.96, 0.05))


@dataclass(frozen=True)
class Line:
    source: str
    id: str
    text: str
    level: SelfHarmLevel
    rules: SelfHarmLevel  # what the rules alone read
    no_act_now: bool  # it tells the past, a habit or "not now"
    routine: bool  # it tells a routine (the head cannot raise it)
    features: tuple[str, ...]
    languages: tuple[str, ...]  # from the note's language tag; empty when it has none


def languages_of(note: str) -> tuple[str, ...]:
    """A line's language groups: ``[pt-BR]`` → ("pt",), ``[tl+en]`` → ("tl", "code-switched")."""
    match = _LANGUAGE_TAG.match(note)
    if match is None:
        return ()
    language, rest = match.group(1).lower(), match.group(2).lower()
    switched = "+" in rest or (rest.endswith("-en") and language != "en")
    return (language, "code-switched") if switched else (language,)


def load_lines() -> list[Line]:
    lines: list[Line] = []
    for name in SETS:
        for raw in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not raw:
                continue
            row = json.loads(raw)
            text = row["text"]
            lines.append(
                Line(
                    name,
                    row["id"],
                    text,
                    row["self_harm"],
                    rules_self_harm(text),
                    tells_no_act_now(text),
                    tells_a_routine(text),
                    tuple(self_harm_features(text)),
                    languages_of(row.get("note", "")),
                )
            )
    return lines


def fit(lines: Sequence[Line], label: SelfHarmLevel | None) -> LinearHead:
    """One head: ``label`` None is risk-or-immediate versus none, else that level versus not."""
    counts: dict[str, int] = {}
    for line in lines:
        for feature in set(line.features):
            counts[feature] = counts.get(feature, 0) + 1
    rows = []
    for line in lines:
        kept = [feature for feature in set(line.features) if counts[feature] >= MIN_COUNT]
        norm = feature_norm(list(set(line.features)))
        rows.append(dict.fromkeys(kept, norm))
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    matrix.indices = matrix.indices.astype(np.int32)  # liblinear takes 32-bit indices only
    matrix.indptr = matrix.indptr.astype(np.int32)
    labels = [
        int(line.level != "none") if label is None else int(line.level == label) for line in lines
    ]
    model = LogisticRegression(C=C, solver="liblinear", max_iter=2000, random_state=SEED)
    model.fit(matrix, np.array(labels))
    weights = {
        str(feature): round(float(weight), 4)
        for feature, weight in zip(vectorizer.feature_names_, model.coef_[0], strict=True)
        if abs(weight) >= PRUNE
    }
    return LinearHead(float(model.intercept_[0]), weights, 0.5)


def fit_immediate(lines: Sequence[Line]) -> LinearHead:
    """The immediate head, fitted on the self-harm lines only: it tells an act from a risk."""
    return fit([line for line in lines if line.level != "none"], "immediate")


def probability(head: LinearHead, line: Line) -> float:
    distinct = list(set(line.features))
    return head.probability(distinct, feature_norm(distinct))


@dataclass(frozen=True)
class Scores:
    self_harm: list[float]
    immediate: list[float]


def out_of_fold(lines: Sequence[Line], folds: int = 5) -> Scores:
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    scores = Scores([0.0] * len(lines), [0.0] * len(lines))
    labels = [line.level for line in lines]
    for train_index, test_index in splitter.split(np.zeros(len(lines)), labels):
        train = [lines[i] for i in train_index]
        self_harm, immediate = fit(train, None), fit_immediate(train)
        for i in test_index:
            scores.self_harm[i] = probability(self_harm, lines[i])
            scores.immediate[i] = probability(immediate, lines[i])
    return scores


def combined(line: Line, risk: float, immediate: float, cut: tuple[float, float]) -> str:
    """The level ``chat._self_harm_level`` gives for these probabilities and thresholds."""
    threshold, immediate_threshold = cut
    if line.rules == "none" and (risk < threshold or line.routine):
        return "none"
    if line.rules == "immediate" or (not line.no_act_now and immediate >= immediate_threshold):
        return "immediate"
    return "risk"


def precision_recall(gold: Sequence[bool], found: Sequence[bool]) -> tuple[float, float]:
    tp = sum(g and f for g, f in zip(gold, found, strict=True))
    return tp / max(1, sum(found)), tp / max(1, sum(gold))


def f_beta(precision: float, recall: float, beta: float) -> float:
    weight = beta * beta
    total = weight * precision + recall
    return (1 + weight) * precision * recall / total if total else 0.0


def choose(lines: Sequence[Line], scores: Scores) -> tuple[float, float]:
    """(threshold, immediate threshold) by out-of-fold figures of rules + head."""
    gold = [line.level != "none" for line in lines]
    best: tuple[float, float, float] = (-1.0, -1.0, 0.5)
    for threshold in THRESHOLDS:
        found = [
            combined(line, risk, 0.0, (threshold, 2.0)) != "none"
            for line, risk in zip(lines, scores.self_harm, strict=True)
        ]
        precision, recall = precision_recall(gold, found)
        score = f_beta(precision, recall, 2.0)
        if precision >= MIN_PRECISION and (score, precision) > best[:2]:
            best = (score, precision, threshold)
    threshold = best[2]
    gold_now = [line.level == "immediate" for line in lines]
    best_score, immediate_threshold = -1.0, 0.5
    for candidate in THRESHOLDS:
        found = [
            combined(line, risk, now, (threshold, candidate)) == "immediate"
            for line, risk, now in zip(lines, scores.self_harm, scores.immediate, strict=True)
        ]
        score = f_beta(*precision_recall(gold_now, found), 2.0)
        if score > best_score:
            best_score, immediate_threshold = score, candidate
    return threshold, immediate_threshold


def train(lines: Sequence[Line]) -> SelfHarmModel:
    threshold, immediate_threshold = choose(lines, out_of_fold(lines))
    self_harm, immediate = fit(lines, None), fit_immediate(lines)
    return SelfHarmModel(
        self_harm=LinearHead(self_harm.bias, self_harm.weights, threshold),
        immediate=LinearHead(immediate.bias, immediate.weights, immediate_threshold),
        version=VERSION,
    )


def figures(lines: Sequence[Line], found: Sequence[SelfHarmLevel]) -> str:
    """Self-harm precision and recall, immediate precision and recall of ``found``."""
    precision, recall = precision_recall(
        [line.level != "none" for line in lines], [level != "none" for level in found]
    )
    now = [
        f == "immediate" for line, f in zip(lines, found, strict=True) if line.level == "immediate"
    ]
    immediate = sum(now) / max(1, len(now))
    called = [f == "immediate" for f in found]
    immediate_precision = sum(
        c and line.level == "immediate" for line, c in zip(lines, called, strict=True)
    ) / max(1, sum(called))
    flagged = sum(level != "none" for level in found)
    return (
        f"SH P {precision:.3f} R {recall:.3f}  "
        f"immediate P {immediate_precision:.3f} R {immediate:.3f}  flagged {flagged}/{len(lines)}"
    )


def report(
    title: str, lines: Sequence[Line], model: SelfHarmModel | None, by_language: bool = False
) -> None:
    """Figures of the real classifier path (``assess_self_harm_using``) on ``lines``; with
    ``by_language``, also per language group (see ``languages_of``)."""
    found = [assess_self_harm_using(line.text, model) for line in lines]
    print(f"{title:44s} {figures(lines, found)}")
    if not by_language:
        return
    groups = sorted({language for line in lines for language in line.languages})
    for group in groups:
        chosen = [i for i, line in enumerate(lines) if group in line.languages]
        gold = [lines[i] for i in chosen]
        title = f"{group} ({sum(line.level != 'none' for line in gold)} self-harm)"
        print(f"    {title:40s} {figures(gold, [found[i] for i in chosen])}")


def in_test_half(line: Line) -> bool:
    return zlib.crc32(line.id.encode()) % 2 == 1


def check(lines: Sequence[Line], only: Sequence[str] | None = None) -> None:
    practice = [line for line in lines if line.source == "chat_practice.jsonl"]
    test = [line for line in practice if in_test_half(line)]
    train_lines = [line for line in lines if line not in test]
    model = train(train_lines)
    print(
        f"practice split: thresholds {model.self_harm.threshold}, "
        f"immediate {model.immediate.threshold}"
    )
    report(f"practice held-out half ({len(test)}), rules only", test, None)
    report(f"practice held-out half ({len(test)}), rules + head", test, model)
    for name in SETS if only is None else only:
        held = [line for line in lines if line.source == name]
        model = train([line for line in lines if line.source != name])
        by_language = name in LANGUAGE_SETS
        report(f"{name} left out, rules only", held, None, by_language)
        report(f"{name} left out, rules + head", held, model, by_language)


def set_name(name: str) -> str:
    """A set's file name from its file name or its letter ("i" → ``chat_train_i.jsonl``)."""
    file_name = f"chat_train_{name}.jsonl" if len(name) == 1 else name
    if file_name not in SETS:
        raise SystemExit(f"unknown set {name!r}: one of {', '.join(SETS)}")
    return file_name


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print held-out figures only")
    parser.add_argument(
        "--sets",
        nargs="+",
        metavar="SET",
        help="with --check, leave out only these sets (a letter for chat_train_<letter>.jsonl)",
    )
    parser.add_argument("--output", type=Path, default=SELF_HARM_MODEL_PATH)
    args = parser.parse_args(argv)
    lines = load_lines()
    if args.check:
        only = None if args.sets is None else [set_name(name) for name in args.sets]
        check(lines, only)
        return 0
    model = train(lines)
    artefact = {
        "version": model.version,
        **{
            name: {"bias": head.bias, "threshold": head.threshold, "weights": head.weights}
            for name, head in (("self_harm", model.self_harm), ("immediate", model.immediate))
        },
    }
    write_artefact(args.output, artefact)
    print(
        f"wrote {args.output}: {len(model.self_harm.weights)} + {len(model.immediate.weights)} "
        f"weights, threshold {model.self_harm.threshold}, immediate "
        f"{model.immediate.threshold}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
