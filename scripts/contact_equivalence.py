r"""Check that the installed contact detector finds exactly what a reference copy of it finds.

Speed work on ``trustdesk.textsafety.contact`` must never change a finding. Copy the detector
before the change into a package of its own (the ``contact`` package, ``normalize.py`` and
``lexicon.py``, with their ``trustdesk.textsafety`` imports pointing at the copy), then run::

    rm -rf /tmp/contact_old && mkdir -p /tmp/contact_old/contact_old
    git archive HEAD src/trustdesk/textsafety/{contact,normalize.py,lexicon.py} \
      | tar -x -C /tmp/contact_old/contact_old --strip-components=3
    touch /tmp/contact_old/contact_old/__init__.py
    find /tmp/contact_old -name '*.py' -exec sed -i \
      's/trustdesk\.textsafety import lexicon/contact_old import lexicon/;
       s/trustdesk\.textsafety\./contact_old./' {} +
    .venv-eval/bin/python scripts/contact_equivalence.py /tmp/contact_old contact_old.contact

Both detectors read the same texts: every string literal of the text-safety tests, the
development set (with and without its job category), the Presidio synthetic set, the
benchmark corpus (``contact_corpus.py``, 100,000 messages by default, and 5,000 of 500
characters), random texts made of the detectors' own vocabulary, digits and punctuation, and
mutated variants of the test and development texts (case flips, inserted digits, spaces and
emoji, look-alike and full-width letters, spaced-out letters, "İ", "ß", "ﬁ", Arabic-Indic
digits, a lone surrogate). Kind, span and value of every finding, and ``infer_purpose``, must
be identical; each difference is printed. Exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contact_corpus import message_of_length, messages

from trustdesk.textsafety import contact, lexicon

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TESTS = ROOT / "tests" / "unit" / "textsafety"
DEV = SHARED / "data" / "dev" / "contact_dev.jsonl"
SYNTH = SHARED / "data" / "external" / "presidio-research" / "synth_dataset_v2.json"
CATEGORIES = (None, "Web Development", "Social Media Marketing", "Bot Programming")

Case = tuple[str, str | None]


def test_strings() -> list[str]:
    """Every string literal of the text-safety tests (their cases and more)."""
    found: list[str] = []
    for path in sorted(TESTS.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
                found.append(node.value)
    return found


def dev_rows() -> list[tuple[str, str | None]]:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    return [(row["text"], row.get("job_category")) for row in rows]


def vocabulary(reference: ModuleType) -> list[str]:
    """Words the reference detector looks for, and the digits and marks of phone numbers."""
    # (The package keeps them in its ``detect`` module; a copy from before it was one module.)
    asked = getattr(reference, "detect", reference)._ASKED_WORDS
    words = set(asked) | set(lexicon.DIGIT_WORDS) | set(lexicon.PHONE_CONTEXT)
    marks = ["@", ".", "(at)", "[dot]", "+", "-", "/", ":", "?", "#", "$", "\n", ",", "`"]
    digits = [str(number) for number in (0, 7, 12, 55, 917, 4567, 12345, 5551234)]
    return sorted(words) + marks + digits + ["https://", "www.", ".com", "wa.me/", "my", "your"]


def random_texts(vocab: list[str], rng: random.Random, count: int, length: int) -> Iterator[str]:
    filler = ["the", "and", "for", "this", "we", "will", "send", "review", "design", "price"]
    for _ in range(count):
        pieces: list[str] = []
        size = 0
        while size < length:
            piece = rng.choice(vocab) if rng.random() < 0.45 else rng.choice(filler)
            if rng.random() < 0.3:
                piece = piece.capitalize()
            pieces.append(piece)
            size += len(piece) + 1
        yield "".join(piece + rng.choice("  ,.\n:") for piece in pieces)[:length]


LOOK_ALIKES = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"}
EMOJI = ("☎️", "📞", "🙂", "9️⃣", "\u200b", "·")
SPECIALS = ("İ", "ß", "ﬁ", "٠١٢٣٤٥٦٧٨٩", "۵۵۵", "\ud800", "Ⅻ", "ǅ")


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _spaced(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    index = rng.randrange(len(words))
    words[index] = rng.choice((" ", ".", "-", "  ")).join(words[index])
    return " ".join(words)


def _at_random_places(rng: random.Random, text: str, insert: Callable[[], str]) -> str:
    characters = list(text)
    for _ in range(rng.randint(1, 4)):
        characters.insert(rng.randint(0, len(characters)), insert())
    return "".join(characters)


def mutations(rng: random.Random, text: str) -> list[str]:
    """Variants of ``text`` that exercise folding and the detectors' edges."""
    if not text:
        return []
    return [
        text.swapcase(),
        "".join(c.upper() if rng.random() < 0.3 else c for c in text),
        _at_random_places(rng, text, lambda: str(rng.randrange(10))),
        _at_random_places(rng, text, lambda: rng.choice((" ", "  ", "\n", "\t"))),
        _at_random_places(rng, text, lambda: rng.choice(EMOJI)),
        "".join(LOOK_ALIKES.get(c, c) if rng.random() < 0.3 else c for c in text),
        _full_width(text),
        _spaced(rng, text),
        _at_random_places(rng, text, lambda: rng.choice(SPECIALS)),
        text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
        text + " \ud800",
    ]


def cases(reference: ModuleType, count: int, seed: int) -> Iterator[Case]:
    rng = random.Random(seed)
    vocab = vocabulary(reference)
    strings = test_strings()
    dev = dev_rows()
    synth = [row["full_text"] for row in json.loads(SYNTH.read_text(encoding="utf-8"))]
    for text in strings + synth:
        yield text, None
    for text, category in dev:
        for other in {category, *CATEGORIES}:
            yield text, other
    for text in strings + [text for text, _ in dev]:
        for variant in mutations(rng, text):
            yield variant, None
    for text, _ in messages(count, seed):
        yield text, None
    for index in range(5000):
        yield message_of_length(seed + index, 500), None
    yield from ((text, None) for text in random_texts(vocab, rng, 2000, 500))
    for text in random_texts(vocab, rng, 2000, 120):
        yield text, None
        for variant in mutations(rng, text):
            yield variant, None


def load(directory: str, module: str) -> ModuleType:
    sys.path.insert(0, directory)
    reference = importlib.import_module(module)
    if reference.__file__ == contact.__file__:
        raise SystemExit(f"{module} is the installed detector, not a copy")
    return reference


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", help="the directory that holds the reference package")
    parser.add_argument("module", help="the reference detector's module, e.g. contact_old.contact")
    parser.add_argument("--count", type=int, default=100_000, help="benchmark corpus messages")
    parser.add_argument("--seed", type=int, default=4)
    arguments = parser.parse_args()
    reference = load(arguments.directory, arguments.module)

    texts = findings = differences = 0
    for text, category in cases(reference, arguments.count, arguments.seed):
        texts += 1
        ours = [
            (f.kind, f.start, f.end, f.value)
            for f in contact.detect_contacts(text, job_category=category)
        ]
        theirs = [
            (f.kind, f.start, f.end, f.value)
            for f in reference.detect_contacts(text, job_category=category)
        ]
        findings += len(theirs)
        purpose = contact.infer_purpose(text) == reference.infer_purpose(text)
        if ours != theirs or not purpose:
            differences += 1
            if differences <= 20:
                print(f"DIFFERENT {text!r} ({category}):\n  now  {ours}\n  was  {theirs}")
    print(f"{texts:,} texts, {findings:,} reference findings, {differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
