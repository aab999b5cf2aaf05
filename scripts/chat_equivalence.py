r"""Check that the conversation-safety classifier gives exactly the outputs it gave before.

Speed work on ``trustdesk.textsafety.chat`` (``chat.py``, ``chat_lexicon.py``, ``linear.py``)
must never change an output. Record a reference from the code before the change, then compare
after each change (keep the reference outside the repository). To record it from the
committed code while the working tree is changed, run it on an exported copy::

    mkdir -p /tmp/chat_head && git archive HEAD src | tar -x -C /tmp/chat_head
    PYTHONPATH=/tmp/chat_head/src .venv-eval/bin/python scripts/chat_equivalence.py \
        --write /tmp/chat_reference.jsonl.gz
    .venv-eval/bin/python scripts/chat_equivalence.py --compare /tmp/chat_reference.jsonl.gz

Texts read: the shared dev set (``dev/chat_dev.jsonl``), every ``scripts/data/chat_*.jsonl``,
the OLID training tweets (which hold the benchmark's tweets; its support-chat corpus is the dev
set repeated), the Davidson tweets, every string literal of the chat tests, and mutated
variants of the dev, written and test lines (case flips, look-alike and full-width letters,
spaced-out and masked letters, leetspeak, repeated letters, inserted punctuation and emoji).

Per text: the assessment (abuse level, abuse types, self-harm level, every cue's label, span,
words and reason, which carries the models' probabilities to two decimals), the rules-only
self-harm level, ``tells_no_act_now``, a digest of both heads' feature lists (as multisets)
and the four head probabilities from those features, rounded to 10 decimals. Exits 1 on any
difference and prints the first 20.
"""

from __future__ import annotations

import argparse
import ast
import csv
import gzip
import hashlib
import json
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from trustdesk.textsafety import chat
from trustdesk.textsafety.linear import LinearHead, feature_norm

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
DEV = DATA / "dev" / "chat_dev.jsonl"
OLID = DATA / "external" / "olid" / "olid-training-v1.0.tsv"
DAVIDSON = DATA / "external" / "davidson" / "labeled_data.csv"
WRITTEN = sorted((ROOT / "scripts" / "data").glob("chat_*.jsonl"))
TESTS = sorted((ROOT / "tests" / "unit" / "textsafety").glob("test_chat*.py"))

LOOK_ALIKES = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"}
INSERTS = (" ", "  ", "\n", "!", "?!", "...", ",", "🙂", "\u200b", "'", "*", "-", "@user")


def jsonl_texts(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def olid_tweets() -> list[str]:
    with OLID.open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [row["tweet"] for row in rows]


def davidson_tweets() -> list[str]:
    with DAVIDSON.open(encoding="utf-8") as handle:
        return [row["tweet"] for row in csv.DictReader(handle)]


def test_strings() -> list[str]:
    """Every string literal of the chat tests (their cases and more)."""
    found: list[str] = []
    for path in TESTS:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
                found.append(node.value)
    return found


def _spaced(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    index = rng.randrange(len(words))
    words[index] = rng.choice((" ", ".", "-", "_", ". ")).join(words[index])
    return " ".join(words)


def _masked(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    index = rng.randrange(len(words))
    word = words[index]
    if len(word) > 2:
        middle = rng.randrange(1, len(word) - 1)
        words[index] = word[:middle] + rng.choice("*#%") * rng.randint(1, 3) + word[middle + 1 :]
    return " ".join(words)


def _stretched(rng: random.Random, text: str) -> str:
    letters = [index for index, character in enumerate(text) if character.isalpha()]
    if not letters:
        return text
    index = rng.choice(letters)
    return text[:index] + text[index] * rng.randint(2, 4) + text[index:]


def _inserted(rng: random.Random, text: str) -> str:
    characters = list(text)
    for _ in range(rng.randint(1, 3)):
        characters.insert(rng.randint(0, len(characters)), rng.choice(INSERTS))
    return "".join(characters)


def mutations(rng: random.Random, text: str) -> list[str]:
    """Variants of ``text`` that exercise folding and the rules' edges."""
    if not text.strip():
        return []
    return [
        text.swapcase(),
        text.upper(),
        "".join(LOOK_ALIKES.get(c, c) if rng.random() < 0.3 else c for c in text),
        "".join(LEET.get(c, c) if rng.random() < 0.3 else c for c in text),
        "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text),
        _spaced(rng, text),
        _masked(rng, text),
        _stretched(rng, text),
        _inserted(rng, text),
        text.replace("'", ""),
        text.replace("'", " "),
    ]


def texts(seed: int) -> Iterator[tuple[str, str]]:
    """(source, text) for every text checked, in a fixed order."""
    rng = random.Random(seed)
    dev = jsonl_texts(DEV)
    written = [text for path in WRITTEN for text in jsonl_texts(path)]
    strings = test_strings()
    yield from (("dev", text) for text in dev)
    yield from (("written", text) for text in written)
    yield from (("tests", text) for text in strings)
    yield from (("olid", text) for text in olid_tweets())
    yield from (("davidson", text) for text in davidson_tweets())
    for text in dev + written + strings:
        yield from (("mutated", variant) for variant in mutations(rng, text))


def _digest(features: list[str]) -> str:
    """The features as a multiset: their order in the list is not an output (training and
    scoring read them as a set), each feature and how often it occurs is."""
    joined = "\n".join(sorted(features))
    return hashlib.sha1(joined.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _probability(head: LinearHead, features: list[str]) -> float | None:
    if not features:
        return None
    distinct = list(set(features))
    return round(head.probability(distinct, feature_norm(distinct)), 10)


def outputs(text: str) -> dict[str, Any]:
    """Every output the classifier gives for ``text``, as JSON-ready values."""
    assessment = chat.assess_chat(text)
    model = chat._current_model()
    self_harm_model = chat._current_self_harm_model()
    features = chat.chat_features(text)
    self_harm_features = chat.self_harm_features(text)
    row: dict[str, Any] = {
        "abuse": assessment.abuse,
        "abuse_types": list(assessment.abuse_types),
        "self_harm": assessment.self_harm,
        "cues": [[c.label, c.start, c.end, c.text, c.reason] for c in assessment.cues],
        "rules_self_harm": chat.rules_self_harm(text),
        "no_act_now": chat.tells_no_act_now(text),
        "features": _digest(features),
        "self_harm_features": _digest(self_harm_features),
    }
    if model is not None:
        row["offensive"] = _probability(model.offensive, features)
        row["targeted"] = _probability(model.targeted, features)
    if self_harm_model is not None:
        row["self_harm_head"] = _probability(self_harm_model.self_harm, self_harm_features)
        row["immediate_head"] = _probability(self_harm_model.immediate, self_harm_features)
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="record the reference file (gzipped JSON lines)")
    mode.add_argument("--compare", type=Path, help="compare against a recorded reference file")
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument(
        "--sources", help="only these sources, comma-separated (dev,written,tests,olid,...)"
    )
    arguments = parser.parse_args()
    sources = set(arguments.sources.split(",")) if arguments.sources else None

    started = time.perf_counter()
    cases = [
        (source, text)
        for source, text in texts(arguments.seed)
        if sources is None or source in sources
    ]
    if arguments.write is not None:
        with gzip.open(arguments.write, "wt", encoding="utf-8") as handle:
            for source, text in cases:
                row = {"source": source, "text": text, **outputs(text)}
                # ensure_ascii: a scraped text may hold a lone surrogate, which UTF-8 cannot write.
                handle.write(json.dumps(row, ensure_ascii=True) + "\n")
        print(f"{len(cases):,} texts written to {arguments.write}")
        return 0

    # Keyed by text, so a test string added since the reference was recorded is reported as
    # new rather than shifting every row after it.
    reference: dict[tuple[str, str], dict[str, Any]] = {}
    with gzip.open(arguments.compare, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            reference[row.pop("source"), row.pop("text")] = row
    differences = new = 0
    for source, text in cases:
        theirs = reference.get((source, text))
        if theirs is None:
            new += 1
            continue
        ours = json.loads(json.dumps(outputs(text)))  # tuples as lists, as recorded
        if ours != theirs:
            differences += 1
            if differences <= 20:
                print(f"DIFFERENT {source} {text!r}\n  now  {ours}\n  was  {theirs}")
    elapsed = time.perf_counter() - started
    print(
        f"{len(cases) - new:,} texts compared, {differences} differences "
        f"({new} texts not in the reference; {elapsed:.0f} s)"
    )
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
