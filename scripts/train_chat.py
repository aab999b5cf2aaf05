"""Train the linear part of the conversation-safety classifier and write its artefact.

    .venv-eval/bin/python scripts/train_chat.py            # writes the committed model
    .venv-eval/bin/python scripts/train_chat.py --check    # train, print CV figures, write nothing

Data (read from ../shared/data, never copied into the repository):

- OLID training split (Zampieri et al., 2019; CC BY 4.0): sub-task A (offensive or not) for
  the "offensive" head, sub-task B (targeted or untargeted) for the "targeted" head;
- Davidson et al. 2017 (MIT): hate speech / offensive / neither, for the "offensive" head,
  at a lower weight (its tweets are mostly offensive and its annotation differs from OLID's);
- support-chat lines written here (``written_examples``): ordinary requests, venting at the
  platform and insults at the agent, so the model learns the support-desk register.

SDCNL is not used: its licence allows evaluation and research only. The dev set
(``dev/chat_dev.jsonl``) is not used either: it is kept for evaluation.

Features come from ``trustdesk.textsafety.chat.chat_features`` (folded words, word pairs,
character 3–5-grams, the rule findings), so training and scoring read text the same way.
Both heads are L2 logistic regressions (scikit-learn, fixed seed); their decision thresholds
are picked by 5-fold cross-validation on OLID for the best macro-F1. The artefact keeps the
weights above a small magnitude, as gzipped JSON, scored in plain Python by ``chat.py``.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from trustdesk.textsafety.chat import MODEL_PATH, chat_features
from trustdesk.textsafety.linear import feature_norm, write_artefact

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
OLID = DATA / "external" / "olid" / "olid-training-v1.0.tsv"
DAVIDSON = DATA / "external" / "davidson" / "labeled_data.csv"
SEED = 20190615
VERSION = "chat-offense-1"
C_OFFENSIVE = 2.0
C_TARGETED = 1.0
DAVIDSON_WEIGHT = 0.25
WRITTEN_WEIGHT = 3.0
MIN_COUNT = 2
PRUNE = 1e-3


# ---------------------------------------------------------------------------------------------
# Data.


@dataclass(frozen=True)
class Example:
    text: str
    offensive: int  # 1 offensive, 0 not
    targeted: int | None  # 1 targeted, 0 untargeted, None when not offensive / unknown
    weight: float
    source: str


def load_olid() -> list[Example]:
    examples: list[Example] = []
    with OLID.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            offensive = int(row["subtask_a"] == "OFF")
            targeted = None if not offensive else int(row["subtask_b"] == "TIN")
            examples.append(Example(row["tweet"], offensive, targeted, 1.0, "olid"))
    return examples


def load_davidson() -> list[Example]:
    examples: list[Example] = []
    with DAVIDSON.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            offensive = int(row["class"] in ("0", "1"))
            examples.append(Example(row["tweet"], offensive, None, DAVIDSON_WEIGHT, "davidson"))
    return examples


# Support-chat lines written for trustdesk. Slots are filled from small lists so the model
# sees the register (payouts, holds, verification, disputes) rather than memorising lines.
_TOPICS = [
    "my payout",
    "the refund",
    "my withdrawal",
    "the verification",
    "my ID check",
    "the dispute",
    "milestone 3",
    "the escrow payment",
    "my account review",
    "the payment hold",
    "the invoice",
    "my appeal",
    "the chargeback",
    "my suspension",
    "the contract",
]
_THINGS = [
    "this platform",
    "this site",
    "this app",
    "the verification system",
    "your hold policy",
    "this dispute process",
    "the upload page",
    "this whole process",
    "the payout system",
    "your company",
    "this service",
    "the support system",
    "this policy",
    "the refund process",
]
_CALM = [
    "Hi, can you tell me when {topic} will be processed?",
    "Could you check the status of {topic}? It's been a few days.",
    "I have a question about {topic}.",
    "Thanks for the help with {topic} earlier.",
    "Is there anything else you need from me for {topic}?",
    "How long does {topic} usually take?",
    "I uploaded the documents for {topic}, can you confirm you got them?",
    "What do I need to do to finish {topic}?",
    "Quick follow-up on {topic}, no rush.",
    "I'd like to understand why {topic} was declined.",
    "Where can I see the history of {topic}?",
    "Please let me know once {topic} is done, thank you.",
    "You've been really helpful, thanks. One more thing about {topic}.",
    "Can you escalate {topic} to the right team?",
    "I think there's a mistake with {topic}. Can you take a look?",
    "I'll contact my bank about {topic} if needed, but could you check first?",
    "Good morning! Just wondering if {topic} went through.",
    "My laptop died while I was working on {topic}, did my changes save?",
    "I'm dying to know how {topic} turned out.",
    "The link about {topic} in your email is dead, can you resend it?",
    "Could you kill the stuck job for {topic}? It's blocking me.",
    "This bug is killing me lol, any workaround for {topic}?",
    "Please shoot me an email when {topic} is sorted.",
    "I was dead tired yesterday and forgot to reply about {topic}.",
    "I'm killing it this month, can you raise my limit for {topic}?",
    "Is there a kill switch for auto-renewal on {topic}?",
    "Can I end the contract after {topic} is finished?",
    "My phone died during {topic}. How do I log back in?",
    "I need {topic} to pay my rent this month, any news?",
    "Hey, is {topic} still pending? Appreciate it.",
    "I sent the documents for {topic} twice, which address should I use?",
    "Where do I upload evidence for {topic}?",
    "What happens to {topic} if the client doesn't respond?",
    "I want to close my account once {topic} is paid. What's the process?",
    "Sorry to bother you again, any update on {topic}?",
    "I'll leave an honest review later, for now I just need {topic} resolved.",
]
_VENT = [
    "{thing} is garbage.",
    "{thing} is a complete joke.",
    "Honestly {thing} is useless.",
    "I'm so sick of {thing}.",
    "What the hell is wrong with {thing}?",
    "{thing} is a damn nightmare.",
    "{thing} is so broken it's not even funny.",
    "This is ridiculous, {topic} has been stuck for weeks!",
    "I'm fed up, {topic} is still not done.",
    "Ugh, {topic} failed again.",
    "Why the f*** does {topic} take so long?",
    "{thing} sucks.",
    "Screw {thing}, seriously.",
    "I'm furious about {topic}.",
    "Shit, {topic} just got rejected again.",
    "This is bullshit, {topic} was supposed to be done yesterday.",
    "{thing} is a total scam.",
    "Unbelievable. {topic} is on hold AGAIN.",
    "I'm going to sue if {topic} isn't fixed, this is a disgrace.",
    "I'll be leaving a one-star review about {thing}, absolutely pathetic.",
    "Damn it, {topic} is still pending.",
    "{thing} is a f***ing mess.",
    "I'm losing my mind over {topic}.",
    "Oh great, {topic} disappeared. Fantastic.",
    "You guys need to fix {thing}, it's been broken for a month.",
    "Crap, I messed up {topic} again.",
    "Why is {topic} taking so long?!",
    "I'm so frustrated with {topic}, nobody answers.",
    "Oh wonderful, {topic} failed again. Incredible.",
    "I'm beyond angry about {topic}.",
    "This is unacceptable, {topic} is three weeks late.",
    "I've had it with {thing}.",
    "Honestly {thing} is a disgrace.",
    "I'm at my wits' end with {topic}.",
    "Seriously, fix {thing} already.",
    "My client is an idiot and {topic} is stuck because of him.",
    "The buyer is a liar, {topic} was delivered.",
    "I'm posting about {thing} on Twitter so everyone sees how you treat sellers.",
]
_INSULTS = ["idiot", "moron", "clown", "loser", "imbecile", "joke", "disgrace", "fool"]
_ADJECTIVES = ["useless", "stupid", "incompetent", "pathetic", "worthless", "brainless", "lazy"]
_ABUSE = [
    "You are a {adj} {insult}.",
    "you're so {adj}, fix {topic}",
    "You {adj} {insult}, read my ticket.",
    "You people are {adj}.",
    "Are you {adj} or something? I asked about {topic}.",
    "F*** you, just sort out {topic}.",
    "Shut up and do your job, {insult}.",
    "What a {adj} {insult} you are.",
    "Every agent here is a {adj} {insult}.",
    "Go to hell, you {adj} {insult}.",
    "ur a {adj} {insult}",
    "Listen here, {insult}, {topic} is your problem.",
    "You guys are all {adj} {insult}s.",
    "Screw you and your {adj} scripts.",
    "Hey {insult}, did you even read about {topic}?",
    "you absolute {insult}, where is {topic}",
    "You're the worst agent I've ever dealt with.",
    "Stop being so {adj} and fix {topic}.",
    "Are you even capable of reading, you {insult}?",
    "You guys suck.",
    "Every one of you is a {adj} {insult}.",
    "Nobody is as {adj} as you.",
]


def written_examples(rng: random.Random) -> list[Example]:
    """Support-chat lines: calm (not offensive), venting (untargeted), abuse (targeted)."""
    examples: list[Example] = []

    def fill(template: str) -> str:
        line = template.format(
            topic=rng.choice(_TOPICS),
            thing=rng.choice(_THINGS),
            insult=rng.choice(_INSULTS),
            adj=rng.choice(_ADJECTIVES),
        )
        return line[0].upper() + line[1:] if rng.random() < 0.7 else line.lower()

    for template in _CALM:
        for _ in range(6):
            examples.append(Example(fill(template), 0, None, WRITTEN_WEIGHT, "written"))
    for template in _VENT:
        for _ in range(4):
            examples.append(Example(fill(template), 1, 0, WRITTEN_WEIGHT, "written"))
    for template in _ABUSE:
        for _ in range(4):
            examples.append(Example(fill(template), 1, 1, WRITTEN_WEIGHT, "written"))
    return examples


# ---------------------------------------------------------------------------------------------
# Features and training.


class Featurizer:
    """Feature lists → a sparse matrix, over a vocabulary fixed on the training rows."""

    def __init__(self, rows: Sequence[list[str]], min_count: int = MIN_COUNT) -> None:
        counts: dict[str, int] = {}
        for features in rows:
            for feature in set(features):
                counts[feature] = counts.get(feature, 0) + 1
        kept = sorted(feature for feature, count in counts.items() if count >= min_count)
        self.vocabulary = {feature: index for index, feature in enumerate(kept)}

    def matrix(self, rows: Sequence[list[str]]) -> csr_matrix:
        data: list[float] = []
        indices: list[int] = []
        indptr = [0]
        for features in rows:
            distinct = set(features)
            norm = feature_norm(list(distinct))
            for feature in distinct:
                index = self.vocabulary.get(feature)
                if index is not None:
                    indices.append(index)
                    data.append(norm)
            indptr.append(len(indices))
        return csr_matrix(
            (np.array(data), np.array(indices), np.array(indptr)),
            shape=(len(rows), len(self.vocabulary)),
        )


@dataclass
class Head:
    bias: float
    weights: dict[str, float]
    threshold: float

    def artefact(self, threshold: float) -> dict[str, Any]:
        """The head as a model file holds it (``linear.head`` reads it back)."""
        return {"bias": round(self.bias, 4), "threshold": threshold, "weights": self.weights}

    def scores(self, featurizer: Featurizer, rows: Sequence[list[str]]) -> np.ndarray[Any, Any]:
        vector = np.zeros(len(featurizer.vocabulary))
        for feature, weight in self.weights.items():
            index = featurizer.vocabulary.get(feature)
            if index is not None:
                vector[index] = weight
        logits = featurizer.matrix(rows) @ vector + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))


def fit_head(
    rows: Sequence[list[str]], labels: Sequence[int], weights: Sequence[float], c: float
) -> Head:
    featurizer = Featurizer(rows)
    model = LogisticRegression(
        C=c, solver="liblinear", class_weight="balanced", max_iter=2000, random_state=SEED
    )
    model.fit(featurizer.matrix(rows), np.array(labels), sample_weight=np.array(weights))
    coefficients = model.coef_[0]
    kept = {
        feature: round(float(coefficients[index]), 4)
        for feature, index in featurizer.vocabulary.items()
        if abs(coefficients[index]) >= PRUNE
    }
    return Head(float(model.intercept_[0]), kept, 0.5)


def head_probabilities(head: Head, rows: Sequence[list[str]]) -> list[float]:
    """Score rows exactly as chat.py does (sum of weights × 1/sqrt(n) + bias, logistic)."""
    probabilities: list[float] = []
    for features in rows:
        distinct = list(set(features))
        norm = feature_norm(distinct)
        total = sum(head.weights.get(feature, 0.0) for feature in distinct)
        probabilities.append(float(1.0 / (1.0 + np.exp(-(head.bias + total * norm)))))
    return probabilities


def best_threshold(labels: Sequence[int], probabilities: Sequence[float]) -> float:
    best, best_f1 = 0.5, -1.0
    for threshold in np.arange(0.2, 0.81, 0.01):
        predicted = [int(p >= threshold) for p in probabilities]
        score = f1_score(labels, predicted, average="macro")
        if score > best_f1:
            best, best_f1 = float(threshold), score
    return round(best, 2)


@dataclass
class Trained:
    offensive: Head
    targeted: Head


def train(examples: Sequence[Example], features: Sequence[list[str]]) -> Trained:
    """Fit both heads on ``examples`` (features computed once by the caller)."""
    offensive = fit_head(
        features, [e.offensive for e in examples], [e.weight for e in examples], C_OFFENSIVE
    )
    targeted_rows = [i for i, e in enumerate(examples) if e.targeted is not None]
    targeted = fit_head(
        [features[i] for i in targeted_rows],
        [int(examples[i].targeted or 0) for i in targeted_rows],
        [examples[i].weight for i in targeted_rows],
        C_TARGETED,
    )
    return Trained(offensive, targeted)


def cross_validate(
    olid: Sequence[Example],
    olid_features: Sequence[list[str]],
    extra: Sequence[Example],
    extra_features: Sequence[list[str]],
    folds: int = 5,
) -> tuple[list[float], list[float]]:
    """Out-of-fold offensive and targeted probabilities for every OLID row."""
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    offensive = [0.0] * len(olid)
    targeted = [0.0] * len(olid)
    labels = [e.offensive * (2 if e.targeted else 1) for e in olid]
    for train_index, test_index in splitter.split(np.zeros(len(olid)), labels):
        examples = [olid[i] for i in train_index] + list(extra)
        rows = [olid_features[i] for i in train_index] + list(extra_features)
        trained = train(examples, rows)
        test_rows = [olid_features[i] for i in test_index]
        for i, p in zip(test_index, head_probabilities(trained.offensive, test_rows), strict=True):
            offensive[i] = p
        for i, p in zip(test_index, head_probabilities(trained.targeted, test_rows), strict=True):
            targeted[i] = p
    return offensive, targeted


def choose_thresholds(
    olid: Sequence[Example],
    olid_features: Sequence[list[str]],
    extra: Sequence[Example],
    extra_features: Sequence[list[str]],
) -> tuple[float, float]:
    """Each head's threshold for the best out-of-fold macro-F1 on OLID (A, and B on OFF)."""
    offensive_p, targeted_p = cross_validate(olid, olid_features, extra, extra_features)
    a_labels = [e.offensive for e in olid]
    a_threshold = best_threshold(a_labels, offensive_p)
    b_index = [i for i, e in enumerate(olid) if e.targeted is not None]
    b_labels = [int(olid[i].targeted or 0) for i in b_index]
    b_threshold = best_threshold(b_labels, [targeted_p[i] for i in b_index])
    a_f1 = f1_score(a_labels, [int(p >= a_threshold) for p in offensive_p], average="macro")
    b_f1 = f1_score(b_labels, [int(targeted_p[i] >= b_threshold) for i in b_index], average="macro")
    print(
        f"5-fold CV on OLID (heads alone): A macro-F1 {a_f1:.3f} at {a_threshold:.2f}; "
        f"B macro-F1 {b_f1:.3f} at {b_threshold:.2f}",
        file=sys.stderr,
    )
    return a_threshold, b_threshold


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print CV figures, write nothing")
    parser.add_argument("--no-davidson", action="store_true", help="train without Davidson")
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument(
        "--thresholds",
        type=float,
        nargs=2,
        metavar=("OFFENSIVE", "TARGETED"),
        help="skip the cross-validation and use these head thresholds",
    )
    arguments = parser.parse_args(argv)

    rng = random.Random(SEED)
    olid = load_olid()
    extra = written_examples(rng)
    if not arguments.no_davidson:
        extra += load_davidson()
    print(f"OLID {len(olid)} rows, other {len(extra)} rows", file=sys.stderr)
    olid_features = [chat_features(e.text) for e in olid]
    extra_features = [chat_features(e.text) for e in extra]

    if arguments.thresholds:
        a_threshold, b_threshold = arguments.thresholds
    else:
        a_threshold, b_threshold = choose_thresholds(olid, olid_features, extra, extra_features)
    if arguments.check:
        return 0

    trained = train(
        list(itertools.chain(olid, extra)), list(itertools.chain(olid_features, extra_features))
    )
    artefact = {
        "version": VERSION,
        "seed": SEED,
        "trained_on": "OLID training split (CC BY 4.0, Zampieri et al. 2019); Davidson et al."
        " 2017 (MIT); support-chat lines written for trustdesk",
        "offensive": trained.offensive.artefact(a_threshold),
        "targeted": trained.targeted.artefact(b_threshold),
    }
    write_artefact(arguments.output, artefact)
    size = arguments.output.stat().st_size
    print(
        f"wrote {arguments.output} ({size / 1024:.0f} KiB; offensive "
        f"{len(trained.offensive.weights)} weights, targeted {len(trained.targeted.weights)})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
