"""What every detector of contact details shares: the findings, the message being scanned and
the helpers that read the words around a span.

A detector is a function of a ``_Scan``: it reads the folded text (``scan.text``), the words some
detector asks about (``scan.words``) and their gate bits (``scan.held``), and adds ``_Hit``s;
``detect.detect_contacts`` runs the detectors and resolves their hits into ``Finding``s."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import Final

from trustdesk.textsafety.normalize import Normalized

KINDS: Final[tuple[str, ...]] = (
    "phone",
    "email",
    "messaging_app",
    "video_meeting",
    "scheduling_link",
    "social_profile",
    "offplatform_payment",
    "physical_address",
)
#: The value of a finding that asks for (or offers) a detail without stating it.
REQUEST: Final = "request"


@dataclass(frozen=True, slots=True)
class Finding:
    """One contact detail, or one request for it, found in a message."""

    kind: str
    start: int
    end: int
    value: str

    @property
    def is_request(self) -> bool:
        """True when the message asks for or offers the detail without stating it."""
        return self.value == REQUEST


@dataclass(slots=True)
class _Hit:
    kind: str
    start: int
    end: int
    value: str
    rank: int  # 2 a stated detail, 1 a named app or service, 0 a request


_CONCRETE: Final = 2
_NAMED: Final = 1
_ASKED: Final = 0


_WORDS = re.compile(r"[a-z]+")
_TOKENS = re.compile(r"[a-z0-9][a-z0-9'&-]*|[?:@+=#$%]")
# ``[.!?;](?=\s|$)|\n\s*\n``, written to open with one character class, which `re` skips ahead
# to fast (it cannot to the first of two alternatives).
_SENTENCE_END = re.compile(r"[.!?;\n](?:(?<=[.!?;])(?=\s|$)|(?<=\n)\s*\n)")


def _before(text: str, start: int, count: int = 4, reach: int = 48) -> list[str]:
    window = text[max(0, start - reach) : start]
    cut = None
    for cut in _SENTENCE_END.finditer(window):  # noqa: B007 (the last one is wanted)
        pass
    if cut is not None:
        window = window[cut.end() :]
    return _TOKENS.findall(window)[-count:]


# ``[.!;\n](?=\s|$)|\n``, opening with one character class as ``_SENTENCE_END`` does.
_CLAUSE_END = re.compile(r"[.!;\n](?:(?<=\n)|(?=\s|$))")


def _after(text: str, end: int, count: int = 3, reach: int = 36) -> list[str]:
    window = text[end : end + reach]
    cut = _CLAUSE_END.search(window)
    if cut is not None:
        window = window[: cut.start()]
    return _TOKENS.findall(window)[:count]


def _matches(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    # (No generator for no window or one, the usual cases: this runs several times for each
    # message, and setting up a generator costs more than most of those searches.)
    if not windows:
        return iter(())
    if len(windows) == 1:
        start, end = windows[0]
        return pattern.finditer(text, start, end)
    return chain.from_iterable(pattern.finditer(text, start, end) for start, end in windows)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


_FENCED_CODE = re.compile(r"```.*?(?:```|\Z)|~~~.*?(?:~~~|\Z)", re.S)
_INLINE_CODE = re.compile(r"`[^`\n]+`")
# A line of code: one opening as code does, or (the second branch) holding a mark of code. (A
# chat log's "[10:42] Ana: …" opens with a bracket but is no code.)
_CODE_LINE_OPENING = (
    r"^[ \t]*(?:[{}\]]|\[(?!\d{1,2}:\d\d)|<[a-z/!]|\"[\w@.$-]+\"\s*:|(?:const|let|var)\s+[\w$]+\s*="
    r"|(?:def|function|class)\s+\w+\s*[(:{]|(?:import|from)\s+[\w.]+(?:\s+import\b|\s*;|$)"
    r"|return\s+\S.*;|(?:select|insert|update)\s.*\b(?:from|into|set)\b|(?:print|console\.log"
    r"|expect)\s*\(|assert\s+\w|public\s|private\s|//|#include|\$\w+\s*="
    r"|[\w.]+\s*=\s*[\[{\"'(]).*$"
)
_CODE_LINE_MARKED = r"^.*(?:=>|\)\s*;|;\s*$|\bre\.(?:compile|match|search)\(|\bregexp?\(|/\^).*$"
_CODE_LINE = re.compile(_CODE_LINE_OPENING + "|" + _CODE_LINE_MARKED, re.M)
# The two branches on their own: the second backtracks through the whole line, a character
# at a time, to find that it holds none of its marks (told first, ``_may_hold_code_marks``).
_CODE_OPENING = re.compile(_CODE_LINE_OPENING, re.M)
_CODE_MARKED = re.compile(_CODE_LINE_MARKED, re.M)
# The marks of the second branch that a line holds as they are written.
_CODE_MARKS: Final = ("=>", "re.", "regex", "/^")


def _may_hold_code_marks(line: str) -> bool:
    r"""Whether ``line`` (up to its newline) holds what every match of ``_CODE_MARKED`` holds in
    its first line (``.`` stops at a newline): one of ``_CODE_MARKS``, or a ";" or ")" with
    only spaces after it (``;\s*$``, and ``\)\s*;`` with its ";" on a later line), or a ")"
    with only spaces between it and a ";" (``\)\s*;``). (``str.rstrip`` strips what ``\s``
    matches.)"""
    line = line.rstrip()
    if line.endswith((";", ")")) or any(mark in line for mark in _CODE_MARKS):
        return True
    semicolon = line.find(";")
    while semicolon != -1:
        if line[:semicolon].rstrip().endswith(")"):
            return True
        semicolon = line.find(";", semicolon + 1)
    return False


def _code_lines(text: str) -> list[tuple[int, int]]:
    """The spans of ``_CODE_LINE.finditer(text)``, tried only where a line starts.

    Every branch of the pattern opens with ``^``, so no match starts anywhere else; trying
    each of a text's few line starts beats `re` trying (and failing) at every character.
    """
    spans: list[tuple[int, int]] = []
    end = 0
    start = 0
    while True:
        newline = text.find("\n", start)
        if start >= end:
            match = _CODE_OPENING.match(text, start)
            if match is None:
                line = text[start:] if newline == -1 else text[start:newline]
                if _may_hold_code_marks(line):
                    match = _CODE_MARKED.match(text, start)
            if match is not None:
                spans.append(match.span())
                end = match.end()
        if newline == -1:
            return spans
        start = newline + 1


# (A label is possessive, ``++``: only the whole run of its characters can be followed by the
# dot, so a shorter one is never worth trying; the same in ``_LINK``.)
_URL = re.compile(
    r"(?:https?://|www\.)\S+|(?<![@\w.-])(?:[a-z0-9-]++\.)+(?:com|net|org|io|co|dev|app|ai|me|us"
    r"|uk|in|gg|ly|so|to|xyz|site|page|link)(?:/\S*)?"
)


_ASCII_DIGITS: Final = "0123456789"
# Every byte that is not a lower-case ASCII letter becomes a space, so splitting the result
# gives exactly what ``_WORDS.findall`` gives on ASCII text, in a fraction of the time.
_LETTERS_ONLY: Final = bytes(code if 97 <= code <= 122 else 32 for code in range(256))


def _class_of(code: int) -> int:
    character = chr(code)
    for pattern, symbol in ((r"\d", b"0"), (r"[olis]", b"o"), (r"[a-z]", b"a"), (r"\s", b" ")):
        if re.fullmatch(pattern, character):
            return symbol[0]
    return ord(".")


# Each ASCII character as its class, as the patterns' own classes read it: a digit "0", a
# letter that can stand for a digit ("o", "l", "i", "s") "o", another lower-case letter "a",
# white space " ", anything else ".". A regex over this shape can open with a literal, which `re`
# skips ahead to far faster than to a character class.
_SHAPE: Final = bytes(_class_of(code) for code in range(128)) + b"." * 128


_NO_WORDS: Final[frozenset[str]] = frozenset()


class _Vocabulary:
    """The words some detector asks about, and the bits each carries (built in ``detect``)."""

    __slots__ = ("bits", "by_bytes", "byte_words", "words")

    def __init__(self, bits: dict[str, int]) -> None:
        # By word: the bits of the gates whose groups hold it, and above them its request needs.
        self.bits = bits
        self.words = frozenset(bits)
        # The words that can be a word of ASCII text (letters only), by their bytes.
        self.by_bytes = {
            word.encode("ascii"): word for word in bits if word.isascii() and word.isalpha()
        }
        self.byte_words = frozenset(self.by_bytes)


class _Scan:
    """One message being scanned: the folded text, its words and the regions to ignore."""

    def __init__(
        self, folded: Normalized, job_category: str | None, vocabulary: _Vocabulary
    ) -> None:
        self.folded = folded
        text = self.text = folded.text
        # Only the words some detector asks about (``vocabulary``): a handful, so each
        # intersection with them is cheap too. (Intersecting that vocabulary with the text's
        # list of words is far cheaper than building the set of every word of the text.)
        # On ASCII text, also the shape (``_SHAPE``, one byte per character, which only the
        # detectors of numbers on ASCII text read) and the number of ASCII digits, which every
        # detector of numbers asks first: each digit is a "0" in the shape, and only a digit.
        # (Both are read for every message, so worked out here, not on first use.)
        # (On ASCII text the words are split and looked up as bytes, never decoded: only the
        # few asked words found are made strings, not every word of the text.)
        if text.isascii():
            encoded = text.encode("ascii")
            self.words = words = frozenset(
                map(
                    vocabulary.by_bytes.__getitem__,
                    vocabulary.byte_words.intersection(encoded.translate(_LETTERS_ONLY).split()),
                )
            )
            self.shape = encoded.translate(_SHAPE)
            self.digit_count = self.shape.count(b"0")
        else:
            self.words = words = vocabulary.words.intersection(_WORDS.findall(text))
            self.shape = b""
            self.digit_count = sum(map(text.count, _ASCII_DIGITS))
        # The bits of the text's asked words: the word groups of the gates of
        # ``detect_contacts`` and of the request patterns' needs, read once here.
        bits = vocabulary.bits
        held = 0
        for word in words:
            held |= bits[word]
        self.held = held
        self._word_list: list[str] | None = None
        self.category = (job_category or "").lower()
        self.hits: list[_Hit] = []
        self._code: list[tuple[int, int]] | None = None
        self._urls: list[tuple[int, int]] | None = None

    @property
    def word_list(self) -> list[str]:
        if self._word_list is None:
            self._word_list = _WORDS.findall(self.text)
        return self._word_list

    @property
    def code(self) -> list[tuple[int, int]]:
        if self._code is None:
            text = self.text
            spans: list[tuple[int, int]] = []
            if "`" in text or "~~~" in text:
                spans += [m.span() for m in _FENCED_CODE.finditer(text)]
                spans += [m.span() for m in _INLINE_CODE.finditer(text)]
            if any(mark in text for mark in '{}[]<;="/'):
                spans += _code_lines(text)
            self._code = spans
        return self._code

    @property
    def urls(self) -> list[tuple[int, int]]:
        if self._urls is None:
            self._urls = [m.span() for m in _URL.finditer(self.text)] if "." in self.text else []
        return self._urls

    def windows(
        self,
        triggers: frozenset[str],
        before: int,
        after: int,
        marks: tuple[str, ...] = (),
        found: frozenset[str] = frozenset(),
    ) -> list[tuple[int, int]]:
        """Merged spans around each trigger word (or mark) in the text; the regexes run there.

        ``triggers`` must be asked words (``_ASKED_WORDS``); ``found`` are more trigger words
        the caller found in the text itself.
        """
        present = self.words & triggers if triggers else _NO_WORDS
        if found:
            present |= found
        if not present and not marks:
            return []  # the common case, told before any other work
        text = self.text
        size = len(text)
        spans: list[tuple[int, int]] = []
        # (Conditional expressions, not ``max`` and ``min``: a call costs more than the test.)
        for word in present:
            position = text.find(word)
            width = len(word)
            while position != -1:
                end = position + width
                if (position == 0 or not text[position - 1].isalnum()) and (
                    end == size or not text[end].isalnum()
                ):
                    start = position - before
                    end += after
                    spans.append((start if start > 0 else 0, end if end < size else size))
                position = text.find(word, position + width)
        for mark in marks:
            position = text.find(mark)
            width = len(mark)
            while position != -1:
                start = position - before
                end = position + width + after
                spans.append((start if start > 0 else 0, end if end < size else size))
                position = text.find(mark, position + 1)
        if len(spans) <= 1:
            return spans
        spans.sort()
        merged = [spans[0]]
        for start, end in spans[1:]:
            last_start, last_end = merged[-1]
            if start <= last_end:
                if end > last_end:
                    merged[-1] = (last_start, end)
            else:
                merged.append((start, end))
        return merged

    def in_code(self, start: int, end: int) -> bool:
        return _overlaps(self.code, start, end)

    def add(self, kind: str, start: int, end: int, value: str, rank: int) -> None:
        if not self.in_code(start, end):
            self.hits.append(_Hit(kind, start, end, value, rank))

    def original(self, start: int, end: int) -> str:
        original_start, original_end = self.folded.span(start, end)
        return self.folded.original[original_start:original_end]


_SPACE = re.compile(r"\s")


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _disguised_names(text: str, read: str, names: Iterable[str]) -> Iterator[tuple[str, int, int]]:
    """Each of ``names`` found as a whole word in ``read`` (``text`` with look-alike characters
    read as the letters they stand for) but spelled otherwise in ``text``: the name, its span."""
    for name in names:
        start = read.find(name)
        while start != -1:
            end = start + len(name)
            if (
                text[start:end] != name
                and (start == 0 or not read[start - 1].isalnum())
                and (end == len(read) or not read[end].isalnum())
            ):
                yield name, start, end
            start = read.find(name, end)
