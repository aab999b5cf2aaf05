"""Fold obfuscated text into a plain, lower-case form that remembers where each character came from.

Detectors search the folded text and report spans in the original text, so the desk can
highlight or redact exactly what the sender typed. Folding:

- lower-cases, applies NFKD compatibility folding (full-width ``ｗｈａｔｓａｐｐ``, ligatures,
  circled and mathematical letters) and drops accents (``número`` → ``numero``);
- maps Cyrillic and Greek look-alikes to the Latin letters they imitate (``WhаtsApp`` with a
  Cyrillic ``а``);
- drops invisible characters (zero-width spaces and joiners, soft hyphens, emoji variation
  selectors and the keycap mark, so ``9️⃣`` reads as ``9``);
- joins spaced-out letters (``w h a t s a p p``, ``s.k.y.p.e``, ``j o h n @ g m a i l . c o m``)
  when the joined word is one the detectors look for.

Plain ASCII text (the common case) is only lower-cased and keeps its offsets one to one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from trustdesk.textsafety.lexicon import CONFUSABLES, SPACED_WORD_WATCHLIST

#: Characters a sender can slip into a word without changing how it looks.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064"
    "\ufeff\ufe0e\ufe0f\u20e3"
)

# Four or more single characters separated by one or two spaces: "w h a t s a p p",
# "j o h n @ g m a i l . c o m".
_SPACED_BY_BLANKS = re.compile(
    r"(?<![^\s(\[{\"':,])(?:[a-z0-9@.] {1,2}){3,}[a-z0-9@](?![^\s)\]}\"':,?!])"
)
# Four or more single letters separated by punctuation: "s.k.y.p.e", "w-h-a-t-s-a-p-p".
_SPACED_BY_MARKS = re.compile(r"(?<![a-z0-9])(?:[a-z][.\-_*·|/] ?){3,}[a-z](?![a-z0-9])")
_WATCHED = re.compile(SPACED_WORD_WATCHLIST)
# A cheap first look: three single characters in a row, each followed by a separator.
# (Unrolled: the same pattern as "(?:[sep][char]){3}[sep]", about three times faster in `re`.)
_SPACED_HINT = re.compile(
    r"[ .\-_*·|/][a-z0-9@.][ .\-_*·|/][a-z0-9@.][ .\-_*·|/][a-z0-9@.][ .\-_*·|/]"
)
# Cheaper still on ASCII text (bytes.translate and two substring tests instead of `re`
# stepping through every character): with each separator as a space and each other character
# of a spaced word as "a", three spaced characters read " a a a ", or hold three spaces in a
# row when one of them is a "." (both a separator and a character).
_SPACED_SHAPE: Final = bytes(
    32 if chr(code) in " .-_*|/" else 97 if re.fullmatch(r"[a-z0-9@]", chr(code)) else 120
    for code in range(256)
)
# (A compiled literal: ``in`` is several times slower on this repetitive needle.)
_SPACED_SHAPE_HINT = re.compile(rb" a a a ")


def _may_hold_spaced_letters(folded: str) -> bool:
    if folded.isascii():
        shape = folded.encode("ascii").translate(_SPACED_SHAPE)
        if b"   " not in shape and _SPACED_SHAPE_HINT.search(shape) is None:
            return False
    return _SPACED_HINT.search(folded) is not None


# (Not frozen: a frozen dataclass sets each field through ``object.__setattr__``, and one is
# made for every message. Nothing changes one after ``normalize`` returns it.)
@dataclass(slots=True)
class Normalized:
    """The folded text and, when it differs in length, the original index of each character."""

    original: str
    text: str
    origin: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text back to the original text."""
        if self.origin is None:
            return start, end
        if end <= start:
            position = self.origin[start] if start < len(self.origin) else len(self.original)
            return position, position
        return self.origin[start], self.origin[end - 1] + 1


@lru_cache(maxsize=8192)
def _fold_character(character: str) -> str:
    mapped = CONFUSABLES.get(character)
    if mapped is not None:
        return mapped
    decomposed = unicodedata.normalize("NFKD", character)
    folded = "".join(part for part in decomposed if not unicodedata.combining(part)).casefold()
    return "".join(CONFUSABLES.get(part, part) for part in folded)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_BYTES: Final = bytes(range(128))


def _fold_one_to_one(text: str) -> str | None:
    """``text`` folded, when each of its non-ASCII characters folds to one character; else None.

    The common case (a few kinds of accent in a long text), done with a handful of C-speed
    passes (``bytes.translate`` to list the non-ASCII characters, ``str.replace`` for each)
    instead of ``re`` stepping through every character.
    """
    others = set(
        text.encode("utf-8", "surrogatepass")
        .translate(None, _ASCII_BYTES)
        .decode("utf-8", "surrogatepass")
    )
    replacements: list[tuple[str, str]] = []
    for character in others:
        part = "" if character in _INVISIBLE else _fold_character(character)
        # Lower-casing the result must leave every folded character as it is, and no folded
        # character may be one that another replacement would change again.
        if len(part) != 1 or part.lower() != part or (part != character and part in others):
            return None
        if part != character:
            replacements.append((character, part))
    for character, part in replacements:
        text = text.replace(character, part)
    return text.lower()


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching; see the module docstring for what is folded."""
    origin: list[int] | None = None
    if text.isascii():
        folded = text.lower()
    elif (one_to_one_folded := _fold_one_to_one(text)) is not None:
        folded = one_to_one_folded
    else:
        pieces: list[str] = []
        one_to_one = True
        cursor = 0
        for match in _NON_ASCII.finditer(text):
            pieces.append(text[cursor : match.start()].lower())
            for character in match.group():
                part = "" if character in _INVISIBLE else _fold_character(character)
                if len(part) != 1:
                    one_to_one = False
                pieces.append(part)
            cursor = match.end()
        pieces.append(text[cursor:].lower())
        folded = "".join(pieces)
        if not one_to_one:
            origin = _origin_map(text)
    if _may_hold_spaced_letters(folded):
        folded, origin = _join_spaced_letters(folded, origin)
    return Normalized(text, folded, None if origin is None else tuple(origin))


def _origin_map(text: str) -> list[int]:
    origin: list[int] = []
    cursor = 0
    for match in _NON_ASCII.finditer(text):
        origin.extend(range(cursor, match.start()))
        for index in range(match.start(), match.end()):
            character = text[index]
            width = 0 if character in _INVISIBLE else len(_fold_character(character))
            origin.extend([index] * width)
        cursor = match.end()
    origin.extend(range(cursor, len(text)))
    return origin


def _join_spaced_letters(folded: str, origin: list[int] | None) -> tuple[str, list[int] | None]:
    joins: list[tuple[int, int, list[int]]] = []
    for pattern in (_SPACED_BY_BLANKS, _SPACED_BY_MARKS):
        for match in pattern.finditer(folded):
            kept = [
                match.start() + offset
                for offset, character in enumerate(match.group())
                if character.isalnum()
                or character == "@"
                or (character == "." and pattern is _SPACED_BY_BLANKS)
            ]
            joined = "".join(folded[position] for position in kept)
            if _WATCHED.search(joined) is None or (joined.isdigit()):
                continue
            if any(start < match.end() and match.start() < end for start, end, _ in joins):
                continue
            joins.append((match.start(), match.end(), kept))
    if not joins:
        return folded, origin
    joins.sort()
    characters: list[str] = []
    new_origin: list[int] = []
    cursor = 0
    for start, end, kept in joins:
        for position in range(cursor, start):
            characters.append(folded[position])
            new_origin.append(position if origin is None else origin[position])
        for position in kept:
            characters.append(folded[position])
            new_origin.append(position if origin is None else origin[position])
        cursor = end
    for position in range(cursor, len(folded)):
        characters.append(folded[position])
        new_origin.append(position if origin is None else origin[position])
    return "".join(characters), new_origin
