"""Train the desk heads of the conversation-safety classifier and write their artefact.

    .venv-eval/bin/python scripts/train_chat_abuse.py           # writes the committed heads
    .venv-eval/bin/python scripts/train_chat_abuse.py --check   # figures only, writes nothing

Why: the abuse rules and the heads trained on OLID tweets are precise on support-chat lines
they were not written from (abusive precision 0.94 to 1.00 on ``chat_blind7`` to ``13``) but
miss abuse in new voices (abusive recall 0.78 to 0.89) and read some venting as calm. The desk
heads learn the support desk's register from trustdesk's own lines.

Data: trustdesk's own support-chat lines only (``scripts/data``, free to ship a model trained
on): the practice and training sets and the seen blind sets ``chat_blind{,2..6}`` (``SETS``).
Not OLID or Davidson (the OLID heads read those), not the shared dev set.

Four L2 logistic regressions (scikit-learn, fixed seed, balanced classes) over
``trustdesk.textsafety.chat.chat_features``, the OLID heads' features (folded words, their
character 3- to 5-grams, word pairs and the rules' findings): ``abusive`` (versus venting or
calm) and ``upset`` (venting or abusive, versus calm) on every line; ``slur`` and ``threat``
on the abusive lines, which type a line the abusive head finds (neither: an insult aimed at
the agent). ``chat._decide`` uses them after the rules and the OLID heads: a line they read
as calm is venting at or above the upset head's threshold (unless the rules read banter, or
insults reported or said of oneself); a venting line is abusive at or
above the abusive head's threshold unless its anger is aimed elsewhere (at the platform, a
process or the other party, in a complaint, or with the agent set apart: the same guard as
the OLID heads'). A rule's abusive always stands.

Thresholds: of the pairs that read the issue's and the playbook's borders right (``BORDERS``:
"this is useless" and plain criticism of the agent are venting, praise and self-blame calm),
the one with the best mean abusive-versus-venting macro-F1 over the calibration sets
``chat_blind7`` to ``chat_blind12`` (``CALIBRATION``), scored with the heads trained on
``SETS`` (never on them); of equal pairs, the highest. Those sets are therefore seen by the
heads' thresholds; ``chat_blind13`` and later sets are the figures for unseen lines.

``--check`` prints each training set left out (the heads trained on the other sets; the rules
were written from most of these sets, so these figures flatter the rules), the best threshold
pairs on the calibration sets, and the figures on the later blind sets.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score
from train_chat import Head, fit_head, head_probabilities

from trustdesk.textsafety import chat
from trustdesk.textsafety.chat import ABUSE_MODEL_PATH, AbuseLevel, ChatModel, load_model
from trustdesk.textsafety.linear import write_artefact

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "scripts" / "data"
SETS = (
    "chat_practice",
    "chat_practice2",
    "chat_self_harm_train",
    *(f"chat_train_{letter}" for letter in "abcdefghijklmnoprs"),
    *(f"chat_blind{n}" for n in ("", 2, 3, 4, 5, 6)),
)
CALIBRATION = tuple(f"chat_blind{n}" for n in range(7, 13))
UNSEEN = ("chat_blind13", "chat_blind14", "chat_blind15")
VERSION = "chat-abuse-1"
C = 8.0
TYPE_THRESHOLD = 0.5
THRESHOLDS = tuple(round(float(t), 2) for t in np.arange(0.50, 0.991, 0.01))
# Sets with fewer upset lines than this are not left out alone (their A/V figure is noise).
MIN_UPSET = 30
# The borders the issue and the playbook draw, which the thresholds must keep whatever the
# calibration sets favour: criticism of the agent or the service, even with "you" and a rude
# word, is venting, and so is an oath; praise, self-blame and a plain word that is a slur
# elsewhere are calm.
BORDERS: tuple[tuple[str, AbuseLevel], ...] = (
    ("you people are useless", "abusive"),
    ("this is useless", "venting"),
    ("You're not listening to me!", "venting"),
    ("Are you even reading my messages?", "venting"),
    ("This is useless, you're not helping.", "venting"),
    ("You keep sending me the same stupid template.", "venting"),
    ("Your stupid bot closed my ticket again.", "venting"),
    ("Don't treat me like an idiot.", "venting"),
    ("aki ya Mungu, malipo bado hayajaingia", "venting"),
    ("You guys are amazing, the payout arrived.", "none"),
    ("ihr seid super, danke für die schnelle Hilfe", "none"),
    ("vous êtes des anges, merci pour le remboursement", "none"),
    ("désolé pour le retard, je vous envoie le document", "none"),
    ("pagal hu main, galat IFSC daal diya", "none"),
    ("mimi ni mjinga, nimetuma faili mbaya", "none"),
    ("ang tanga ko, mali yung na-upload ko", "none"),
    ("bego banget gue, salah kirim invoice", "none"),
    ("vi un macaco no zoológico no fim de semana", "none"),
)


@dataclass(frozen=True)
class Line:
    abuse: AbuseLevel
    types: frozenset[str]
    before: AbuseLevel  # the rules and the OLID heads, without the desk heads
    aimed_elsewhere: bool  # at the platform, a process, the other party (never abusive)
    explained: bool  # banter, or insults the rules read as reported or said of oneself
    features: list[str]


@dataclass
class Heads:
    abusive: Head
    upset: Head
    slur: Head
    threat: Head


def line_of(text: str, abuse: AbuseLevel, types: Iterable[str], model: ChatModel | None) -> Line:
    analysis = chat._analyse(text)
    return Line(
        abuse=abuse,
        types=frozenset(types),
        before=chat._decide(analysis, model, None).abuse,
        aimed_elsewhere=chat._aimed_elsewhere(analysis),
        explained=analysis.banter or analysis.explained,
        features=chat._features(analysis),
    )


def load(name: str) -> list[Line]:
    model = load_model()
    rows = [
        json.loads(raw)
        for raw in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        if raw
    ]
    return [line_of(row["text"], row["abuse"], row["abuse_types"], model) for row in rows]


def train(lines: Sequence[Line]) -> Heads:
    rows = [line.features for line in lines]
    ones = [1.0] * len(rows)
    abusive = [line for line in lines if line.abuse == "abusive"]
    abusive_rows = [line.features for line in abusive]

    def type_head(type_: str) -> Head:
        labels = [int(type_ in line.types) for line in abusive]
        return fit_head(abusive_rows, labels, [1.0] * len(abusive), C)

    return Heads(
        abusive=fit_head(rows, [int(line.abuse == "abusive") for line in lines], ones, C),
        upset=fit_head(rows, [int(line.abuse != "none") for line in lines], ones, C),
        slur=type_head("slur"),
        threat=type_head("threat"),
    )


def levels(
    lines: Sequence[Line], heads: Heads, abusive_at: float, upset_at: float
) -> list[AbuseLevel]:
    """What ``chat._decide`` reads with the heads at these thresholds."""
    rows = [line.features for line in lines]
    abusive = head_probabilities(heads.abusive, rows)
    upset = head_probabilities(heads.upset, rows)
    found: list[AbuseLevel] = []
    for line, p_abusive, p_upset in zip(lines, abusive, upset, strict=True):
        level = line.before
        if level == "none" and not line.explained and p_upset >= upset_at:
            level = "venting"
        if level == "venting" and not line.aimed_elsewhere and p_abusive >= abusive_at:
            level = "abusive"
        found.append(level)
    return found


def abusive_vs_venting(lines: Sequence[Line], found: Sequence[AbuseLevel]) -> float:
    gold = [line.abuse for line in lines]
    return float(
        f1_score(gold, found, labels=["abusive", "venting"], average="macro", zero_division=0)
    )


def choose(heads: Heads, calibration: dict[str, list[Line]]) -> list[tuple[float, float, float]]:
    """Every threshold pair that reads the borders right, with its mean A/V over the
    calibration sets, best (then highest) first."""
    model = load_model()
    borders = [line_of(text, abuse, (), model) for text, abuse in BORDERS]
    gold = [line.abuse for line in borders]
    scored = [
        (
            float(
                np.mean(
                    [
                        abusive_vs_venting(lines, levels(lines, heads, abusive_at, upset_at))
                        for lines in calibration.values()
                    ]
                )
            ),
            abusive_at,
            upset_at,
        )
        for abusive_at in THRESHOLDS
        for upset_at in THRESHOLDS
        if levels(borders, heads, abusive_at, upset_at) == gold
    ]
    if not scored:
        raise SystemExit("no thresholds read the borders right: the heads need better lines")
    return sorted(scored, reverse=True)


def check(
    training: dict[str, list[Line]],
    calibration: dict[str, list[Line]],
    unseen: dict[str, list[Line]],
    cut: tuple[float, float],
    ranked: Sequence[tuple[float, float, float]],
    heads: Heads,
) -> None:
    print(f"left out (thresholds {cut[0]:.2f} / {cut[1]:.2f}): A/V before → with the heads")
    for name, lines in training.items():
        if sum(line.abuse != "none" for line in lines) < MIN_UPSET:
            continue
        rest = [line for other, kept in training.items() if other != name for line in kept]
        found = levels(lines, train(rest), *cut)
        before = abusive_vs_venting(lines, [line.before for line in lines])
        print(f"  {name:22s} {before:.3f} → {abusive_vs_venting(lines, found):.3f}")
    print("calibration sets, best threshold pairs (mean A/V):")
    for score, abusive_at, upset_at in ranked[:5]:
        print(f"  {abusive_at:.2f} / {upset_at:.2f}: {score:.4f}")
    for title, sets in (("calibration", calibration), ("unseen", unseen)):
        print(f"{title} sets: A/V before → with the heads")
        for name, lines in sets.items():
            before = abusive_vs_venting(lines, [line.before for line in lines])
            after = abusive_vs_venting(lines, levels(lines, heads, *cut))
            print(f"  {name:22s} {before:.3f} → {after:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print figures, write nothing")
    parser.add_argument("--output", type=Path, default=ABUSE_MODEL_PATH)
    arguments = parser.parse_args(argv)

    print("reading the sets …", file=sys.stderr)
    training = {name: load(name) for name in SETS}
    calibration = {name: load(name) for name in CALIBRATION}
    heads = train([line for lines in training.values() for line in lines])
    ranked = choose(heads, calibration)
    cut = ranked[0][1], ranked[0][2]
    if arguments.check:
        check(training, calibration, {name: load(name) for name in UNSEEN}, cut, ranked, heads)
        return 0

    artefact = {
        "version": VERSION,
        "trained_on": "support-chat lines written for trustdesk (scripts/data): " + ", ".join(SETS),
        "thresholds_chosen_on": ", ".join(CALIBRATION),
        "abusive": heads.abusive.artefact(cut[0]),
        "upset": heads.upset.artefact(cut[1]),
        "slur": heads.slur.artefact(TYPE_THRESHOLD),
        "threat": heads.threat.artefact(TYPE_THRESHOLD),
    }
    write_artefact(arguments.output, artefact)
    size = arguments.output.stat().st_size
    print(
        f"wrote {arguments.output} ({size / 1024:.0f} KiB); thresholds abusive {cut[0]:.2f}, "
        f"upset {cut[1]:.2f} (calibration mean A/V {ranked[0][0]:.4f})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
