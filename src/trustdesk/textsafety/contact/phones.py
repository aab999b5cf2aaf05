"""Phone numbers: runs of digits, digit words ("nine one seven…", in English, Spanish, Portuguese,
French, Hindi/Urdu in Latin letters, Tagalog, Vietnamese) and look-alike characters, judged by
``phonenumbers`` and by their context, never a price, date, time, version, order number or IP
address."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import phonenumbers

from trustdesk.textsafety import lexicon as lx
from trustdesk.textsafety.contact.gates import _PHONES_GATE
from trustdesk.textsafety.contact.scan import (
    _CONCRETE,
    _NO_WORDS,
    _TOKENS,
    _WORDS,
    _after,
    _before,
    _merge,
    _overlaps,
    _Scan,
)
from trustdesk.textsafety.lexicon import words

_Trie = dict[str, "_Trie"]


def _trie_pattern(entries: frozenset[str] | set[str]) -> str:
    """An alternation of ``entries`` factored by common prefixes (each letter is tried once)."""
    trie: _Trie = {}
    for entry in entries:
        node = trie
        for character in entry:
            node = node.setdefault(character, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        branches = [re.escape(key) + render(child) for key, child in sorted(node.items()) if key]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + render(trie) + ")"


_DIGIT_WORD_ALTERNATION = _trie_pattern({*lx.DIGIT_WORDS, *lx.DIGIT_REPEATERS})
# Tens with a unit or a teen, read as one pair of digits: "thirty-four", "treinta y cuatro",
# "trente et un", "soixante-dix-huit", "quatre-vingt-douze".
_SPOKEN_PAIR = (
    rf"(?:quatre[\s-]vingts?|{_trie_pattern(frozenset(lx.DIGIT_TENS))})"
    rf"(?:(?:[\s-]+(?:et|y|e)[\s-]+|[\s-])(?:dix[\s-](?:sept|huit|neuf)"
    rf"|{_trie_pattern(lx.DIGIT_TENS_TAILS)})(?![a-z]))?"
)
_SPOKEN_PAIR_WORDS = re.compile(r"[a-z]+")
_PAIR_CONNECTORS: Final = frozenset({"et", "y", "e"})
# Digits and digit words written together ("07two2", "6one8"), with two digits at least.
_GLUED_WORD_ALTERNATION = _trie_pattern(frozenset(lx.DIGIT_WORDS))
_GLUED_DIGITS = rf"(?=(?:[a-z]*[0-9]){{2}})(?>(?:[0-9]|{_GLUED_WORD_ALTERNATION})+)"
_GLUED_PIECE = re.compile(rf"[0-9]|{_GLUED_WORD_ALTERNATION}")
# A letter standing for a digit: "o" for 0, "l" and "i" for 1, and "s" for 5 between digits.
_LOOK_ALIKE_DIGITS = r"(?=[0-9olis]*\d[0-9olis]*\d)(?>(?:[0-9oli]|(?<=\d)s(?=\d)){3,})(?![a-z])"
_DIGIT_TOKEN = (
    rf"(?:(?>\d+)(?:(?=x\d)|(?![a-z]))|{_SPOKEN_PAIR}(?![a-z])"
    rf"|(?:{_DIGIT_WORD_ALTERNATION})(?![a-z])|{_GLUED_DIGITS}(?![a-z])|{_LOOK_ALIKE_DIGITS})"
)
# A lone "o" hyphened or dotted to a digit, in a number typed digit by digit: "o-7-o-3". (A
# token of its own only in the patterns ``_*_RUN_WITH_ZERO`` below, used for the few texts
# that hold one: in every search it costs about a third of the phone detector's time.)
_LONE_ZERO = r"o(?=[-.]\d)|(?<=\d[-.])o(?![a-z0-9])"
_DIGIT_TOKEN_WITH_ZERO = _DIGIT_TOKEN[:-1] + rf"|{_LONE_ZERO})"
_DIGIT_SEPARATOR = r"[^a-z0-9]{0,6}?"
_DIGIT_RUN = re.compile(
    rf"(?<![a-z0-9+])(?P<plus>\+\s?|00)?\(?{_DIGIT_TOKEN}(?:{_DIGIT_SEPARATOR}{_DIGIT_TOKEN})*"
)
_DIGIT_RUN_WITH_ZERO = re.compile(
    rf"(?<![a-z0-9+])(?P<plus>\+\s?|00)?\(?{_DIGIT_TOKEN_WITH_ZERO}"
    rf"(?:{_DIGIT_SEPARATOR}{_DIGIT_TOKEN_WITH_ZERO})*"
)
_DIGIT_WORD_SET: Final = frozenset(lx.DIGIT_WORDS) | frozenset(lx.DIGIT_REPEATERS)
_DROP_DIGITS: Final = str.maketrans("", "", "0123456789")
_DIGIT_CLUSTER = re.compile(r"\d[\d\W_]{0,24}\d|\d")
# In the shape of ASCII text, the runs of digits at most 27 characters apart that hold five
# digits or more: exactly the merged cluster windows ``_find_phones`` keeps, without a loop
# over clusters. (What a chain is: ``_phone_run_windows`` finds those with a phone run
# without it, and the tests hold it to this.)
_DIGIT_CHAIN = re.compile(rb"0(?:[^0]{0,27}+0){4,}")
# In that shape, six digits with no letter between them but those that stand for digits: what
# every run of ``_NUMERIC_RUN`` with six digits holds (its tokens are digits and "o", "l", "i",
# "s"; its separators are no letters).
_PHONE_RUN_SHAPE = re.compile(rb"0(?:[^a0]*+0){5}")
# The same six digits at most 27 characters apart, as they are in a run of ``_NUMERIC_RUN``
# inside a cluster window: the phone runs of one cluster, never two.
# (Written out, not as a repeat, which `re` runs far slower.)
_CLUSTER_RUN_SHAPE = rb"0" + rb"[^a0]{0,27}+0" * 5
# The first such run of a chain, and the rest of its chain (``_DIGIT_CHAIN`` from the run on),
# found in one search. (``(?<!00)``: a run after a digit is never the first, as that digit
# opens one too; `re` tries each digit of a number, and this spares all but its first.)
_RUN_TO_CHAIN_END = re.compile(rb"0(?<!00)" + _CLUSTER_RUN_SHAPE[1:] + rb"(?:[^0]{0,27}+0)*")
# The same run without spelled-out digits: most texts have none, and this is cheaper.
_NUMERIC_TOKEN = rf"(?:(?>\d+)(?:(?=x\d)|(?![a-z]))|{_LOOK_ALIKE_DIGITS})"
_NUMERIC_TOKEN_WITH_ZERO = _NUMERIC_TOKEN[:-1] + rf"|{_LONE_ZERO})"
# (The look-ahead, for a character every match opens with, fails at most places at once, where
# the look-behind and the optional groups after it would be tried first.)
_NUMERIC_RUN = re.compile(
    rf"(?=[+(\doli])(?<![a-z0-9+])(?P<plus>\+\s?|00)?\(?{_NUMERIC_TOKEN}"
    rf"(?:{_DIGIT_SEPARATOR}{_NUMERIC_TOKEN})*"
)
_NUMERIC_RUN_WITH_ZERO = re.compile(
    rf"(?=[+(\doli])(?<![a-z0-9+])(?P<plus>\+\s?|00)?\(?{_NUMERIC_TOKEN_WITH_ZERO}"
    rf"(?:{_DIGIT_SEPARATOR}{_NUMERIC_TOKEN_WITH_ZERO})*"
)
# A lone "o" by a hyphen or a dot next to a digit, looked for in a window of digits.
# (Opening with its literal "o", which `re` skips ahead to fast.)
_LONE_ZERO_TEXT = re.compile(r"o(?:(?<![a-z0-9]o)(?=[-.]\d)|(?<=\d[-.]o)(?![a-z0-9]))")
# (A piece is a separator when the digit token did not match it: a letter of another script
# after the digits, "0123456789ن", is no digit word.)
_RUN_PIECE = re.compile(rf"(?P<digit>{_DIGIT_TOKEN_WITH_ZERO})|[^a-z0-9]+", re.S)
_DATE_LIKE = re.compile(
    r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2}))"
    r"(?:[ t]\d{1,2}(?::\d{2}){1,2})?$"
)
_MONEY_MARKS = "$€£¥₹₱₦"
_REGIONS: Final = (
    "US", "GB", "IN", "PK", "PH", "NG", "BR", "FR", "ES", "MX", "DE", "AU", "CA", "ZA", "KE",
    "BD", "EG", "ID", "AR", "CO", "PT", "IT", "AE", "GH", "UA",
)  # fmt: skip
# Countries that write a trunk "0" before national numbers, in the marketplace's order.
_TRUNK_REGIONS: Final = (
    "GB", "PH", "NG", "PK", "IN", "BD", "KE", "ZA", "EG", "FR", "DE", "AU", "UA", "GH", "ID",
    "AR", "BR", "IT",
)  # fmt: skip
# libphonenumber loads each country's metadata on first use, which would make the first
# message with a number from that country slow; load the countries tried here up front.
for _region in {*_REGIONS, *_TRUNK_REGIONS}:
    phonenumbers.PhoneMetadata.metadata_for_region(_region)
# libphonenumber compiles its metadata's patterns on use, more of them than `re`'s own cache of
# 512 keeps: keep each compiled once (a fixed set, bounded by the metadata).
phonenumbers.enable_pattern_cache()
_MOBILE_TYPES: Final = frozenset(
    {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
)
_TYPICAL_GROUPS: Final = frozenset(
    {(3, 3, 4), (1, 3, 3, 4), (5, 5), (2, 5, 4), (2, 4, 4), (3, 4, 4), (4, 3, 3), (2, 4, 5)}
)


@dataclass(slots=True)
class _Run:
    start: int
    end: int
    digits: str
    groups: list[int]
    separators: list[str]
    plus: bool
    spelled: bool
    pairs: int = 0  # how many of its numbers were read out in pairs ("douze", "trente-quatre")


def _cluster_windows(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The windows around the text's clusters of digits (merged where they meet), and how many
    digits each holds: where ``_find_phones`` looks in a text it has no shape for."""
    windows: list[tuple[int, int]] = []
    counts: list[int] = []
    for cluster in _DIGIT_CLUSTER.finditer(text):
        found = cluster.group()
        digits = len(found) - len(found.translate(_DROP_DIGITS))
        start, end = max(0, cluster.start() - 3), min(len(text), cluster.end() + 24)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
            counts[-1] += digits
        else:
            windows.append((start, end))
            counts.append(digits)
    return windows, counts


def _find_phones(scan: _Scan) -> None:
    _find_vietnamese_digits(scan)
    text = scan.text
    digit_count = scan.digit_count
    # (The gate's bit tells first whether any digit word is there, as in most texts none is.)
    present = scan.words & _DIGIT_WORD_SET if scan.held & _PHONES_GATE else _NO_WORDS
    unambiguous = len(present - _AMBIGUOUS_DIGIT_WORDS) if present else 0
    spelled = (
        sum(1 for word in scan.word_list if word in lx.DIGIT_WORDS)
        # (One word said again, with digits: "212 five five five 0187".)
        if len(present) >= 4 or unambiguous >= 2 or (unambiguous and digit_count >= 3)
        else 0
    )
    if digit_count + spelled < 7:
        return
    windows: list[tuple[int, int]] = []
    # Where the digits of each window end, when known (a match holds a digit, so none starts
    # after): the search of a window stops at the match that reaches there.
    digits_ends: list[int] = []
    # Clusters of digits close together: only there can a numeric phone number be.
    if digit_count >= 4 and not spelled and text.isascii():
        # The common case: only the windows of the shape's phone runs, found from the runs.
        windows, digits_ends = _phone_run_windows(scan.shape)
    elif digit_count >= 4:
        windows, counts = _cluster_windows(text)
        if not spelled:
            # A phone number has at least seven digits (letters for digits count as one).
            windows = [window for window, count in zip(windows, counts, strict=True) if count >= 5]
    if spelled >= 3:
        windows = _merge(windows + scan.windows(_DIGIT_WORD_SET, 6, 60))
    if not digits_ends:
        digits_ends = [window_end for _window_start, window_end in windows]
    pattern = _DIGIT_RUN if spelled else _NUMERIC_RUN
    lone_zero_pattern = _DIGIT_RUN_WITH_ZERO if spelled else _NUMERIC_RUN_WITH_ZERO
    for (window_start, window_end), digits_end in zip(windows, digits_ends, strict=True):
        window_pattern = (
            lone_zero_pattern if _holds_lone_zero(scan, window_start, window_end) else pattern
        )
        # (A search from each match's end, as ``finditer`` steps, but from where the next one
        # can start when the shape tells it: `re` tries every character in between.)
        shape = scan.shape if not spelled else b""
        position = window_start
        while (match := window_pattern.search(text, position, window_end)) is not None:
            found = match.group()
            if len(found) >= 7 and (
                spelled
                # (Not too few digits, a date, a price, an order number, an IP address.)
                or not (
                    len(found) - len(found.translate(_DROP_DIGITS)) < 6
                    # (Bare digits, the most common numbers, hold none of a date's marks.)
                    or (not found.isdigit() and _DATE_LIKE.match(found))
                    or _plainly_not_a_phone(scan, match, found)
                )
            ):
                for run in _split_run(match):
                    number = _judge_run(scan, run)
                    if number is not None:
                        scan.add("phone", run.start, run.end, number, _CONCRETE)
            if match.end() >= digits_end:
                break  # no digit after it in the window, so no other match
            position = _next_run_start(shape, match.end()) if shape else match.end()


def _next_run_start(shape: bytes, position: int) -> int:
    """How far from ``position`` the next match of ``_NUMERIC_RUN`` (or its ``_WITH_ZERO``) may
    start, in the shape of an ASCII text.

    Every match holds a digit: its first token is digits, letters standing for digits whose
    run reaches one ("lo7"), or a lone "o" with a mark and a digit after it ("o-7"; a lone "o"
    after a digit and a mark would have been the last token of the match before). Before
    the token come at most "+", a space and "(". So the match starts at most five characters
    before the next digit, or before the letters for digits ahead of it.
    """
    start = shape.find(b"0", position)
    if start == -1:
        return position
    while start > position and shape[start - 1] == ord("o"):  # a letter standing for a digit
        start -= 1
    return start - 5 if start - 5 > position else position


def _phone_run_windows(shape: bytes) -> tuple[list[tuple[int, int]], list[int]]:
    """The cluster windows of an ASCII text's shape that hold a phone run, and their digits' ends.

    A cluster window (``_DIGIT_CHAIN``'s chain, 3 characters before it to 24 after) is only
    searched when it holds six digits with no letter between them but those that stand for
    digits (``_PHONE_RUN_SHAPE``): the filters of ``_find_phones`` turn down every run of
    ``_NUMERIC_RUN`` with fewer. The clusters are 28 characters apart or more, so a window
    holds the digits of its chain only, at most 27 characters apart: its phone runs are the
    ``_CLUSTER_RUN_SHAPE`` runs of the chain, and the first of them is the first of the whole
    shape after the chain before (``_RUN_TO_CHAIN_END`` finds it with the rest of its chain).

    No run of ``_NUMERIC_RUN`` holds a letter but "o", "l", "i" and "s" (the shape's "a"), so none
    spans one, and its six digits, if it has them, are a ``_CLUSTER_RUN_SHAPE`` run: such a
    run of the window starts after the last letter ahead of the chain's first run. So the
    window is searched from after that letter: the runs of ``_NUMERIC_RUN`` from there are the
    window's runs from there, and those before it hold fewer than six digits. (A chain's digits
    before its first run have a letter after them: without one, the run would start at the
    chain's first digit. So the window of a chain that opens before its first run starts after
    that letter, and the chain's own start is never needed.)
    """
    size = len(shape)
    windows: list[tuple[int, int]] = []
    digits_ends: list[int] = []
    end = 0
    while (found := _RUN_TO_CHAIN_END.search(shape, end)) is not None:
        run_start, end = found.span()
        after_letter = shape.rfind(b"a", 0, run_start) + 1
        previous_digit = shape.rfind(b"0", 0, run_start)
        if previous_digit == -1 or run_start - previous_digit > 28:
            # The run opens its chain (the digit before, if any, is more than 27 apart).
            window_start = max(0, run_start - 3, after_letter)
        else:
            window_start = after_letter
        windows.append((window_start, min(size, end + 24)))
        digits_ends.append(end)
    return windows, digits_ends


def _holds_lone_zero(scan: _Scan, start: int, end: int) -> bool:
    """Whether ``_LONE_ZERO_TEXT`` finds a lone "o" in ``scan.text[start:end]``.

    In the shape of ASCII text, that "o" (an "o" of the shape) has a mark and a digit after it,
    "o.0", as far as the look-ahead reads (``end``), or before it, "0.o": without either, the
    search is spared (a call of `re` costs far more than two ``bytes.find``).
    """
    shape = scan.shape
    if (
        shape
        and shape.find(b"o.0", start, end) == -1
        and shape.find(b"0.o", max(0, start - 2), end) == -1
    ):
        return False
    return _LONE_ZERO_TEXT.search(scan.text, start, end) is not None


_IP_ADDRESS = re.compile(r"\d{1,3}(?:\.\d{1,3}){1,3}")
# The marks that split a run, and those of a price or a number of something: one among a few
# characters is told by ``frozenset.isdisjoint``, far cheaper than a call of `re`.
_RUN_SPLITTERS: Final = frozenset(",;/|\n")
_MONEY_BEFORE: Final = frozenset(_MONEY_MARKS + "#")
_MONEY_WITHIN: Final = frozenset(_MONEY_MARKS + "%")


def _plainly_not_a_phone(scan: _Scan, match: re.Match[str], found: str) -> bool:
    """Whether ``_judge_run`` would turn down every run of this numeric match, told cheaply.

    Only for a match without a leading ``+``/``00`` that ``_split_run`` keeps whole (none of
    the marks it splits at), so its one run spans the match exactly.
    """
    start = match.start()
    if found.isascii() and found.isdigit() and found[0] != "0":
        # Bare digits (one group, no "+", "00" or trunk "0" to give a phone's shape, and none
        # of the marks looked for next): an order number or a price after "#" or a money mark,
        # else a phone number only with a phone word around it, the one thing ``_judge_run``
        # would still ask. (Told first: the most common numbers by far.)
        return not _MONEY_BEFORE.isdisjoint(scan.text[max(0, start - 2) : start]) or (
            not _phone_context(scan, start, match.end())
        )
    if match.group("plus") is not None or not _RUN_SPLITTERS.isdisjoint(found):
        return False
    if not (
        _MONEY_BEFORE.isdisjoint(scan.text[max(0, start - 2) : start])
        and _MONEY_WITHIN.isdisjoint(found)
    ):
        return True  # a price, an order or ticket number, a percentage
    if _IP_ADDRESS.fullmatch(found) is not None:
        return True  # an IP address or a version
    # An example ("phones like (555) 123-4567"), unless the sender's own: ``_judge_run``'s
    # look at the words before, with its reach. Those words are read from the 60 characters
    # before the digits: when no example word is written there, none is read (told in C, far
    # cheaper than reading the words).
    if _EXAMPLE_WRITTEN.search(scan.text, max(0, start - 60), start) is None:
        return False
    before = _before(scan.text, start, count=6, reach=60)
    return any(word in lx.EXAMPLE_CONTEXT for word in before[-3:]) and not (
        {"my", "me", "mine"} & set(before)
    )


# The phone words that can be a word of ``_TOKENS`` (none of which holds a ":"), each but
# "me-liga" made of letters only: one of them read around the digits is, in the whole text,
# a run of letters with no other letter either side (so in ``_Scan.words``), unless it was cut
# from a longer word at the edge of the reach. ("me-liga" holds "liga", a phone word itself.)
_PHONE_WORDS: Final = frozenset(word for word in lx.PHONE_CONTEXT if word.isalpha())


# The head of a UPS tracking number ("1Z", then the shipper's six letters and digits and the
# service's two) written before the digits that end it.
_UPS_TRACKING_BEFORE = re.compile(r"\b1z(?:\s?[0-9a-z]){4,10}\s?\Z")
# ``lx.PHONE_CONTEXT`` as a tuple, for ``str.startswith`` and ``str.endswith``.
_PHONE_CONTEXT_WORDS: Final = tuple(sorted(lx.PHONE_CONTEXT))
# The same words by their first letter, and by their last: a stretch can start (or end) only
# with those of its own first (or last) letter, and ``str.startswith`` tries each word given.
_PHONE_CONTEXT_BY_FIRST: Final = {
    letter: tuple(word for word in _PHONE_CONTEXT_WORDS if word[0] == letter)
    for letter in {word[0] for word in _PHONE_CONTEXT_WORDS}
}
_PHONE_CONTEXT_BY_LAST: Final = {
    letter: tuple(word for word in _PHONE_CONTEXT_WORDS if word[-1] == letter)
    for letter in {word[-1] for word in _PHONE_CONTEXT_WORDS}
}
# ``lx.EXAMPLE_CONTEXT``, any of them written anywhere (a word read is written there).
_EXAMPLE_WRITTEN = re.compile(_trie_pattern(lx.EXAMPLE_CONTEXT))


# The last word of a text (or of a stretch of it), as ``_TOKENS`` reads it.
_LAST_TOKEN = re.compile(r"[a-z0-9][a-z0-9'&-]*\Z")


def _phone_context(scan: _Scan, start: int, end: int) -> bool:
    """Whether a phone word stands just before or after the digits at ``start:end``."""
    text = scan.text
    # Every word read lies within 60 characters before and 36 after: when none of the text's
    # phone words is written there, none can be one, but for a word cut at either edge of
    # the reach (a part of a longer word, so not in ``_Scan.words``), looked at on its own.
    reach_start = max(0, start - 60)
    reach_end = end + 36
    # (A loop, not ``all()`` over a generator, which costs more than the few finds.)
    for word in scan.words & _PHONE_WORDS:
        if text.find(word, reach_start, reach_end) != -1:
            break
    else:
        # A cut word is a phone word only if the stretch starts (or ends) with one: told in C
        # first, before the word is read.
        if (
            reach_start
            and text[reach_start - 1].isalnum()
            and text.startswith(
                _PHONE_CONTEXT_BY_FIRST.get(text[reach_start], ()), reach_start, start
            )
        ):
            first = _TOKENS.match(text, reach_start, start)
            cut = first is not None and _is_phone_word(first.group())
        else:
            cut = False
        if (
            not cut
            and text[reach_end : reach_end + 1].isalnum()
            and text.endswith(_PHONE_CONTEXT_BY_LAST.get(text[reach_end - 1], ()), end, reach_end)
        ):
            last = _LAST_TOKEN.search(text, end, reach_end)
            cut = last is not None and _is_phone_word(last.group())
        if not cut:
            return False
    before = _before(text, start, count=6, reach=60)
    after = _after(text, end, count=2)
    return _names_phone(before, after)


def _names_phone(before: list[str], after: list[str]) -> bool:
    return any(_is_phone_word(word) for word in before) or any(
        _is_phone_word(word) for word in after
    )


def _is_phone_word(word: str) -> bool:
    """A phone word, or a compound holding one ("ligar-me", "appelle-moi", "m-pesa")."""
    return word in lx.PHONE_CONTEXT or (
        "-" in word and any(part in lx.PHONE_CONTEXT for part in word.split("-"))
    )


# Digit words that are also everyday words ("do", "no", "one", "sat"): they may sit inside a
# spelled-out number but never start or end one.
_AMBIGUOUS_DIGIT_WORDS: Final = words(
    """
    do no one sat tin che un una um uma oh isa ek ath aat teen char anim lima dos sept nao
    satu dua null ten once seize doze quince
    """
)


@dataclass(slots=True)
class _Token:
    digits: str
    start: int
    end: int
    # "digits", "word", "ambiguous", "letters" (letters standing for digits), "pair" (two digits
    # read as one number: "douze", "trente-quatre"), "glued" (digits and words: "6one8")
    kind: str
    separator: str  # what came before it, within the run


_LIST_SEPARATOR = re.compile(r"[;/|]|\n\s*\n| or ")
_SENTENCE_BREAK = re.compile(r"[.,!?]\s")
_NUMERIC_KINDS: Final = frozenset({"digits", "letters"})
_SPELLED_KINDS: Final = frozenset({"word", "letters", "glued"})


def _split_run(match: re.Match[str]) -> list[_Run]:
    """Decode a run into digits; split it where a list of several numbers is joined."""
    pieces: list[list[_Token]] = [[]]
    # The separator each piece after the first was split at (None: at the end of a clause).
    splits: list[str | None] = []
    plus = match.group("plus") is not None
    pending_repeat = 1
    separator = ""
    body_start = match.end("plus") if plus else match.start()
    for piece in _RUN_PIECE.finditer(match.group(), body_start - match.start()):
        token = piece.group()
        start = match.start() + piece.start()
        current = pieces[-1]
        if piece.group("digit") is None:
            count = sum(len(item.digits) for item in current)
            if current and (
                (count >= 10 and "," in token) or (count >= 7 and _LIST_SEPARATOR.search(token))
            ):
                pieces.append([])
                splits.append(separator + token)
                separator = ""
            else:
                separator += token
            continue
        if token in lx.DIGIT_REPEATERS:
            pending_repeat = lx.DIGIT_REPEATERS[token]
            continue
        digits, kind = _token_digits(token)
        if current and _SENTENCE_BREAK.search(separator) and _starts_other_half(current, kind):
            # "property 312847761. Two tags …", "id 312847761, two tags": digits, then words of
            # the next sentence or clause.
            pieces.append([])
            splits.append(None)
            current = pieces[-1]
            separator = ""
        current.append(_Token(digits * pending_repeat, start, start + len(token), kind, separator))
        pending_repeat = 1
        separator = ""
    if len(pieces) > 1:
        pieces = _join_digit_by_digit(pieces, splits)
    runs: list[_Run] = []
    for index, tokens in enumerate(pieces):
        while tokens and tokens[0].kind == "ambiguous":
            tokens.pop(0)
        while tokens and tokens[-1].kind == "ambiguous":
            tokens.pop()
        if not tokens:
            continue
        kinds = {token.kind for token in tokens}
        pairs = sum(1 for token in tokens if token.kind == "pair")
        # (One word for a pair of digits next to plain digits, "catorce 5551234", is not enough
        # to call the run spelled out: it is judged as the digits would be.)
        spelled = (
            bool(kinds & _SPELLED_KINDS)
            or pairs >= 2
            or sum(1 for token in tokens if token.kind == "ambiguous") >= 4
        )
        first_starts_run = index == 0 and tokens[0].start == _first_token_start(match, plus)
        runs.append(
            _Run(
                start=match.start() if first_starts_run else tokens[0].start,
                end=tokens[-1].end,
                digits="".join(token.digits for token in tokens),
                groups=[len(token.digits) for token in tokens],
                separators=[token.separator for token in tokens[1:]],
                plus=plus and first_starts_run,
                spelled=spelled,
                pairs=pairs,
            )
        )
    return runs


def _token_digits(token: str) -> tuple[str, str]:
    """The digits a token of a run stands for, and its kind (see ``_Token``)."""
    if token.isdigit():
        return token, "digits"
    digits = lx.DIGIT_WORDS.get(token)
    if digits is not None:
        if token in _AMBIGUOUS_DIGIT_WORDS:
            return digits, "ambiguous"
        return digits, "pair" if len(digits) == 2 else "word"
    if not token.isalnum():
        return _spoken_pair(token), "pair"
    if not token.strip("0123456789olis"):
        return token.translate(_LOOK_ALIKE_TABLE), "letters"
    return "".join(lx.DIGIT_WORDS.get(part, part) for part in _GLUED_PIECE.findall(token)), "glued"


_LOOK_ALIKE_TABLE: Final = str.maketrans("olis", "0115")


def _spoken_pair(token: str) -> str:
    """The two digits of tens read with their unit: "trente-quatre" is 34, "quatre-vingt-dix" 90."""
    words = [word for word in _SPOKEN_PAIR_WORDS.findall(token) if word not in _PAIR_CONNECTORS]
    if words[0] == "quatre":  # "quatre-vingts", four twenties
        value, rest = 80, words[2:]
    else:
        value, rest = lx.DIGIT_TENS[words[0]], words[1:]
    for word in rest:
        value += int(lx.DIGIT_WORDS[word])
    return str(value)


def _starts_other_half(tokens: list[_Token], kind: str) -> bool:
    """Whether a token of ``kind`` breaks a run of only digits, or only words, in two."""
    numeric = kind in _NUMERIC_KINDS
    return all((token.kind in _NUMERIC_KINDS) != numeric for token in tokens)


def _join_digit_by_digit(
    pieces: list[list[_Token]], splits: list[str | None]
) -> list[list[_Token]]:
    """Join again the pieces of one number typed digit by digit around slashes ("6 1 2 / 3 4 5")."""
    joined = [pieces[0]]
    for tokens, split in zip(pieces[1:], splits, strict=True):
        last = joined[-1]
        if split is not None and tokens and _digit_by_digit(last) and _digit_by_digit(tokens):
            tokens[0].separator = split + tokens[0].separator
            last.extend(tokens)
        else:
            joined.append(tokens)
    return joined


def _digit_by_digit(tokens: list[_Token]) -> bool:
    return (
        len(tokens) >= 3 and sum(1 for token in tokens if len(token.digits) == 1) >= len(tokens) - 1
    )


def _first_token_start(match: re.Match[str], plus: bool) -> int:
    body = match.group()[(match.end("plus") - match.start()) if plus else 0 :]
    offset = len(body) - len(body.lstrip("( "))
    return (match.end("plus") if plus else match.start()) + offset


def _judge_run(scan: _Scan, run: _Run) -> str | None:
    digits = run.digits
    if not 7 <= len(digits) <= 15:
        return None
    text = scan.text
    start, end = run.start, run.end
    if run.plus and text[start] not in "+0":
        start = text.rfind("+", 0, start) if "+" in text[max(0, start - 3) : start] else start
    raw = text[start:end]
    separators = run.separators
    separator_marks = "".join(separators)
    before_char = text[max(0, start - 2) : start]
    if any(mark in before_char for mark in _MONEY_MARKS + "#") or any(
        mark in raw for mark in _MONEY_MARKS + "%"
    ):
        return None
    if "1z" in text and _UPS_TRACKING_BEFORE.search(text, max(0, start - 18), start) is not None:
        return None  # the tail of a UPS tracking number, "1Z 999 AA1 01 2345 6784"
    typed_apart = False
    if not run.spelled:
        if ":" in separator_marks or _DATE_LIKE.match(raw.strip("()")):
            return None
        if ("/" in separator_marks and not run.plus) or (
            "." in separator_marks
            and (
                (max(run.groups) <= 3 and len(run.groups) <= 4)
                or any(mark in separator_marks for mark in ", ")
            )
        ):
            # A date, an IP address, a version, decimals; unless digits typed one by one and
            # grouped by dots or slashes ("0 8 1 2 . 9 9 0 1 . 4 4 2 3"), which need a phone
            # word or a phone's opening (below).
            typed_apart = _typed_apart(run)
            if not typed_apart:
                return None
        if "," in separator_marks:
            return None  # a list, a thousands separator, a street number and a postcode
        if len(run.groups) >= 5 and max(run.groups) <= 2 and "," in separator_marks:
            return None
    before = _before(text, start, count=6, reach=60)
    after = _after(text, end, count=2)
    immediate = before[-3:]
    for index, word in enumerate(immediate):
        # "card number 4111…" is a card, "order id, phone 0917…" is a phone.
        if (
            word in lx.NOT_PHONE_BEFORE
            # (Tagalog's polite "po" is a purchase order only right before the digits: "PO
            # 4471", not "Viber na lang po tayo, 0917 …".)
            and not (word == "po" and index < len(immediate) - 1)
            and not set(immediate[index + 1 :]) & _STRONG_PHONE_WORDS
            and not _phone_after_all(scan, before, len(before) - len(immediate) + index, start)
        ):
            return None
    # (A unit follows its quantity: "12 em", not "…: 090 555 3174, em tư vấn" in Vietnamese.)
    if after and after[0] in lx.NOT_PHONE_AFTER and text[end : end + 2].lstrip()[:1] != ",":
        return None
    if (
        (
            text[max(0, start - 1) : start] in {"v", "x", "-"}
            # (Not a hyphen between spelled digits: "null-eins-…" without its ambiguous "null".)
            and not (run.spelled and text[start - 1] == "-" and text[max(0, start - 2)].isalpha())
        )
        or (text[end : end + 1] == "x" and len(digits) <= 6)
    ):
        return None  # a version, a dimension (1920x1080) or a negative number
    if any(word in lx.EXAMPLE_CONTEXT for word in immediate) and not (
        {"my", "me", "mine"} & set(before)
    ):
        return None
    if _not_a_phone(scan, digits, start, end, before):
        return None
    context = _names_phone(before, after)
    if (typed_apart or run.pairs >= 2) and not (context or run.plus or digits.startswith("0")):
        # Numbers read in pairs ("fifty, sixty, seventy, eighty") or digits spaced around dots
        # are a phone number only with a phone word or a phone's opening.
        return None
    strong_context = bool(set(before) & _STRONG_PHONE_WORDS)
    card_shaped = len(run.groups) == 1 or all(group == 4 for group in run.groups[:-1])
    card = len(digits) >= 13 and card_shaped and _luhn(digits)
    if not (strong_context or run.spelled or run.plus) and (card or run.groups == [3, 2, 4]):
        return None  # a payment card or a US social security number
    spread = len(run.groups) >= 5 and sum(1 for group in run.groups if group <= 2) >= 4
    obfuscated = run.spelled or spread or _has_emoji(separator_marks)
    international = run.plus or digits.startswith("00")
    formatted = (len(run.groups) >= 2 and "(" in raw) or tuple(run.groups) in _TYPICAL_GROUPS
    trunk = digits.startswith("0") and len(run.groups) <= 5 and len(digits) >= 10
    if not (international or obfuscated or context or formatted or trunk):
        return None  # a bare run of digits with nothing to say it is a phone number
    if scan.in_code(start, end) or _overlaps(scan.urls, start, end):
        return None
    number = _e164(digits, international=international)
    valid = (number.startswith("+") and not international) or (
        international and _valid_international(digits)
    )
    if international:
        grouped = len(run.groups) >= 2 or context or obfuscated
        if valid or (grouped and len(digits) >= 10):
            return number
        return None
    if obfuscated or context:
        if valid:
            return number
        return digits if 8 <= len(digits) <= 13 else None
    if valid and formatted:
        return number
    if valid and trunk:
        return number
    return None


_TYPED_APART_SEPARATOR = re.compile(r"\s*[./-]?\s*")
# Who a "line" before a number belongs to, when it is a phone line ("my line is 0806…").
_LINE_OWNERS: Final = words(
    """
    my our your ur his her their phone mobile cell direct personal whatsapp wa office landline
    """
)


def _typed_apart(run: _Run) -> bool:
    """Whether a run is digits typed one by one, grouped by dots or slashes."""
    groups = run.groups
    return (
        len(groups) >= 7
        and sum(1 for group in groups if group == 1) >= len(groups) - 1
        and all(_TYPED_APART_SEPARATOR.fullmatch(separator) for separator in run.separators)
    )


def _phone_after_all(scan: _Scan, before: list[str], index: int, start: int) -> bool:
    """Whether the word at ``before[index]``, which names something other than a phone, does not.

    "my line 0806…" (a phone line), a Tagalog "po" ("GCash na lang po, 0918…": the polite
    particle, not a purchase order, which is written "PO"), "Easypaisa account 0345…" (a
    mobile wallet's account is its phone number).
    """
    word = before[index]
    if word == "line":
        return index > 0 and before[index - 1] in _LINE_OWNERS
    if word == "po":
        # (The last word before the number: only marks such as ":" may follow it.)
        position = scan.text.rfind("po", 0, start)
        return all(not later.isalnum() for later in before[index + 1 :]) and (
            scan.original(position, position + 2) != "PO"
        )
    if word in {"account", "acct"}:
        return bool(lx.PHONE_WALLET_ACCOUNTS.intersection(before))
    return False


def _luhn(digits: str) -> bool:
    total = 0
    for index, character in enumerate(reversed(digits)):
        value = int(character)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


_STRONG_PHONE_WORDS: Final = words(
    """
    phone phones mobile cell cellphone tel telephone call calling text sms whatsapp wa viber
    signal telegram fax desk office landline hotline celular telefone telefono movil portable
    """
)


def _has_emoji(marks: str) -> bool:
    return any(ord(character) > 0x2000 for character in marks)


@lru_cache(maxsize=4096)
def _e164(digits: str, *, international: bool) -> str:
    """``+`` and the country code when the number is valid somewhere; else the digits."""
    if international:
        national = digits[2:] if digits.startswith("00") else digits
        try:
            parsed = phonenumbers.parse("+" + national, None)
        except phonenumbers.NumberParseException:
            return "+" + national
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    fallback: phonenumbers.PhoneNumber | None = None
    for region in _TRUNK_REGIONS if digits.startswith("0") else _REGIONS:
        try:
            parsed = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(parsed):
            continue
        if not digits.startswith("0") or phonenumbers.number_type(parsed) in _MOBILE_TYPES:
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        fallback = fallback or parsed
    if fallback is not None:
        # A written trunk "0" fits several countries; a mobile number wins over a landline.
        return phonenumbers.format_number(fallback, phonenumbers.PhoneNumberFormat.E164)
    if len(digits) >= 11 and not digits.startswith("0"):
        try:
            parsed = phonenumbers.parse("+" + digits, None)
        except phonenumbers.NumberParseException:
            return digits
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return digits


@lru_cache(maxsize=4096)
def _valid_international(digits: str) -> bool:
    national = digits[2:] if digits.startswith("00") else digits
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + national, None))
    except phonenumbers.NumberParseException:
        return False


# Vietnamese digits read out ("không chín tám tám, năm năm hai"), accents dropped: many are
# everyday words once folded ("hai", "nam", "bay"), so only a run of nine or more, in a text
# written with Vietnamese letters, is a number.
_VIETNAMESE_DIGITS: Final[dict[str, str]] = {
    "khong": "0", "linh": "0", "mot": "1", "hai": "2", "ba": "3", "bon": "4", "tu": "4",
    "nam": "5", "lam": "5", "sau": "6", "bay": "7", "tam": "8", "chin": "9",
}  # fmt: skip
_VIETNAMESE_DIGIT_WORDS: Final = frozenset(_VIETNAMESE_DIGITS)
_VIETNAMESE_RUN = re.compile(
    r"\b(?:khong|linh|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin)"
    r"(?:[\s,.-]{1,3}(?:khong|linh|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin)){8,}\b"
)
# Letters only Vietnamese writes (with a horn, or a dot or hook above or below).
_VIETNAMESE_LETTERS = re.compile(r"[ơưđĐƠƯ\u1ea0-\u1ef9]")


def _find_vietnamese_digits(scan: _Scan) -> None:
    # (A number read out starts with its zero, "không": told first, by one lookup.)
    words = scan.words
    if "khong" not in words or len(words & _VIETNAMESE_DIGIT_WORDS) < 3:
        return
    original = scan.folded.original
    if original.isascii() or _VIETNAMESE_LETTERS.search(original) is None:
        return
    for match in _VIETNAMESE_RUN.finditer(scan.text):
        digits = "".join(_VIETNAMESE_DIGITS[word] for word in _WORDS.findall(match.group()))
        if 9 <= len(digits) <= 12 and digits.startswith("0"):
            scan.add("phone", match.start(), match.end(), _vietnamese_e164(digits), _CONCRETE)


def _vietnamese_e164(digits: str) -> str:
    try:
        parsed = phonenumbers.parse(digits, "VN")
    except phonenumbers.NumberParseException:
        return digits
    if not phonenumbers.is_valid_number(parsed):
        return digits
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# Numbers that are no one's phone: a placeholder ("(555) 000-0000", "123-456-7890"), a video
# meeting's ID ("Zoom meeting ID 841 2290 6731"), a number in a script to be read aloud
# ("line 31 has 1-800-555-0199, should I read it 'one eight hundred'?").
_PLACEHOLDER_DIGITS: Final = frozenset({"1234567890", "0123456789", "123456789", "12345678"})
_MEETING_WORDS: Final = words("meeting meetings room rm conference webinar zoom teams meet pmi")
_READ_ALOUD_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:(?:should|do|shall|can|would)\s+(?:i|we)\s+(?:read|say|pronounce"
    r"|narrate|voice)|(?:read|say|pronounce|voice)\s+(?:it|this|that|them|the\s+(?:number"
    r"|digits))\s+(?:as|like)\b)"
)
_READ_ALOUD_BEFORE = re.compile(
    r"\b(?:(?:read|say|pronounce|narrate|voice)\s+(?:it|this|that|the\s+number)?\s*(?:as|like)"
    r"|(?:should|do|shall|can|would)\s+(?:i|we)\s+(?:read|say|pronounce|narrate|voice))"
    r"\s*['\"“‘]?\Z"
)


def _not_a_phone(scan: _Scan, digits: str, start: int, end: int, before: list[str]) -> bool:
    """Whether a run with a phone's shape is a placeholder, a meeting's ID or a script's number."""
    national = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
    if national in _PLACEHOLDER_DIGITS or (len(digits) >= 10 and len(set(digits[-7:])) == 1):
        return True
    if "id" in before[-2:] and not _MEETING_WORDS.isdisjoint(before):
        return True
    text = scan.text
    return (
        _READ_ALOUD_AFTER.match(text, end) is not None
        or _READ_ALOUD_BEFORE.search(text, max(0, start - 40), start) is not None
    ) and not {"my", "me", "mine"} & set(before)
