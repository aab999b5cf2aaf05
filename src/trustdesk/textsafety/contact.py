"""Find contact details and off-platform moves in a marketplace message.

``detect_contacts(text)`` returns ``Finding``s: the kind, the character span in the text as
the sender typed it, and a normalised value (an email as ``local@domain``, a phone number as
``+`` and its digits with the country code where it can be told, an app or service by its
canonical name, a link as host and path). A request for a detail ("send me your number",
"what's your WhatsApp?") is a finding too; one that names no concrete detail carries the
value ``"request"`` (see ``Finding.is_request``), so redaction can leave it alone.

How it stays fast: the text is folded once (``normalize``), a handful of cheap triggers
(the set of words, a count of digits, a few characters) decide which detectors run at all,
and the expensive work (``phonenumbers``, spelled-out digits) runs only on candidate spans.
None of these shortcuts may change a finding: ``tests/unit/textsafety/test_request_guards.py``
checks each against what it stands for, and ``scripts/contact_equivalence.py`` compares every
finding with a copy of the detector from before a change.
How it stays quiet: a name is never enough. An app, a network or a payment service counts
only with a contact context around it ("on WhatsApp", "my insta is", "pay me via PayPal")
and not when it is the subject of the work ("build a Telegram bot", "Zoom in on the logo");
a run of digits counts only when it is a valid number with a phone's shape or a phone's
context, and never when it is a price, date, time, version, order number, IP address or sits
in code or a URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, combinations, product
from typing import Final

import phonenumbers

from trustdesk.textsafety import lexicon as lx
from trustdesk.textsafety.lexicon import words
from trustdesk.textsafety.normalize import Normalized, normalize

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
#: The purpose ``infer_purpose`` reports for an email shared only to be given access.
ACCESS_GRANT: Final = "access_grant"


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

# --------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------

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
_CODE_LINE = re.compile(
    r"^[ \t]*(?:[{}\[\]]|<[a-z/!]|\"[\w@.$-]+\"\s*:|(?:const|let|var)\s+[\w$]+\s*="
    r"|(?:def|function|class)\s+\w+\s*[(:{]|(?:import|from)\s+[\w.]+(?:\s+import\b|\s*;|$)"
    r"|return\s+\S.*;|(?:select|insert|update)\s.*\b(?:from|into|set)\b|(?:print|console\.log"
    r"|expect)\s*\(|assert\s+\w|public\s|private\s|//|#include|\$\w+\s*="
    r"|[\w.]+\s*=\s*[\[{\"'(]).*$"
    r"|^.*(?:=>|\)\s*;|;\s*$|\bre\.(?:compile|match|search)\(|\bregexp?\(|/\^).*$",
    re.M,
)


def _code_lines(text: str) -> list[tuple[int, int]]:
    """The spans of ``_CODE_LINE.finditer(text)``, tried only where a line starts.

    Every branch of the pattern opens with ``^``, so no match starts anywhere else; trying
    each of a text's few line starts beats `re` trying (and failing) at every character.
    """
    spans: list[tuple[int, int]] = []
    end = 0
    start = 0
    while True:
        if start >= end and (match := _CODE_LINE.match(text, start)) is not None:
            spans.append(match.span())
            end = match.end()
        newline = text.find("\n", start)
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


class _Scan:
    """One message being scanned: the folded text, its words and the regions to ignore."""

    def __init__(self, folded: Normalized, job_category: str | None) -> None:
        self.folded = folded
        text = self.text = folded.text
        # Only the words some detector asks about (``_ASKED_WORDS``): a handful, so each
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
                    _ASKED_BY_BYTES.__getitem__,
                    _ASKED_BYTES.intersection(encoded.translate(_LETTERS_ONLY).split()),
                )
            )
            self.shape = encoded.translate(_SHAPE)
            self.digit_count = self.shape.count(b"0")
        else:
            self.words = words = _ASKED_WORDS.intersection(_WORDS.findall(text))
            self.shape = b""
            self.digit_count = sum(map(text.count, _ASCII_DIGITS))
        # The bits of the text's asked words (``_WORD_BITS``): the word groups of the gates of
        # ``detect_contacts`` and of the request patterns' needs, read once here.
        held = 0
        for word in words:
            held |= _WORD_BITS[word]
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

        ``triggers`` must be among ``_ASKED_WORDS``; ``found`` are more trigger words the caller
        found in the text itself.
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


# --------------------------------------------------------------------------------------
# Links
# --------------------------------------------------------------------------------------

_DOT = r"(?:\s?\.\s?|\s?[\[({]\s?(?:\.|dot)\s?[\])}]\s?|\s+dot\s+)"
_LINK_HOSTS: Final[dict[str, str]] = {
    "wa.me": "messaging_app",
    "wa.link": "messaging_app",
    "api.whatsapp.com": "messaging_app",
    "chat.whatsapp.com": "messaging_app",
    "t.me": "messaging_app",
    "telegram.me": "messaging_app",
    "telegram.dog": "messaging_app",
    "discord.gg": "messaging_app",
    "discord.com": "messaging_app",
    "discordapp.com": "messaging_app",
    "join.skype.com": "messaging_app",
    "signal.me": "messaging_app",
    "signal.group": "messaging_app",
    "line.me": "messaging_app",
    "m.me": "messaging_app",
    "u.wechat.com": "messaging_app",
    "invite.viber.com": "messaging_app",
    "zoom.us": "video_meeting",
    "meet.google.com": "video_meeting",
    "teams.microsoft.com": "video_meeting",
    "teams.live.com": "video_meeting",
    "webex.com": "video_meeting",
    "gotomeeting.com": "video_meeting",
    "gotomeet.me": "video_meeting",
    "whereby.com": "video_meeting",
    "meet.jit.si": "video_meeting",
    "bluejeans.com": "video_meeting",
    "calendly.com": "scheduling_link",
    "cal.com": "scheduling_link",
    "doodle.com": "scheduling_link",
    "savvycal.com": "scheduling_link",
    "tidycal.com": "scheduling_link",
    "youcanbook.me": "scheduling_link",
    "acuityscheduling.com": "scheduling_link",
    "meetings.hubspot.com": "scheduling_link",
    "zcal.co": "scheduling_link",
    "calendar.app.google": "scheduling_link",
    "calendar.google.com": "scheduling_link",
    "koalendar.com": "scheduling_link",
    "linkedin.com": "social_profile",
    "facebook.com": "social_profile",
    "fb.com": "social_profile",
    "instagram.com": "social_profile",
    "instagr.am": "social_profile",
    "twitter.com": "social_profile",
    "x.com": "social_profile",
    "tiktok.com": "social_profile",
    "snapchat.com": "social_profile",
    "threads.net": "social_profile",
    "linktr.ee": "social_profile",
    "paypal.me": "offplatform_payment",
    "paypal.com": "offplatform_payment",
    "venmo.com": "offplatform_payment",
    "cash.app": "offplatform_payment",
    "buy.stripe.com": "offplatform_payment",
    "wise.com": "offplatform_payment",
    "revolut.me": "offplatform_payment",
}
_LINK_WORDS: Final = frozenset(part for host in _LINK_HOSTS for part in re.split(r"[.-]", host)) - {
    "com",
    "me",
    "us",
    "co",
    "net",
}
# Each host and the words of its name, by each of its words that can find it ("zoom":
# zoom.us and {"zoom", "us"}).
_HOSTS_BY_WORD: Final = {
    word: tuple(
        (host, frozenset(re.split(r"[.-]", host)))
        for host in _LINK_HOSTS
        if word in re.split(r"[.-]", host)
    )
    for word in _LINK_WORDS
}
# Every match opens with a run of letters, digits and hyphens (a scheme, "www", a label or the
# host's first label) that a ":" or a dot (plain, bracketed or spelled out) follows: the
# look-ahead turns away every other word at once, before the long list of hosts is tried there.
_LINK = re.compile(
    r"(?<![a-z0-9@-])(?=[a-z0-9-]++(?::|\s?[.\[({]|\s+dot\s))"
    r"(?:https?:\s?//\s?)?(?:www\.)?(?:[a-z0-9-]++\.)??(?P<host>"
    + "|".join(host.replace(".", _DOT) for host in sorted(_LINK_HOSTS, key=len, reverse=True))
    + r")(?![a-z0-9-])(?P<path>\s?/\s?[^\s<>\"'`)\]]*)?"
)
_HOST_DOT = re.compile(r"[a-z0-9](?:\.|\s\.\s|\s?(?:\[\.\]|\(\.\)|[\[(]dot[\])])\s?|\sdot\s)[a-z]")
_MARKETING_PATHS: Final = words("""
    pricing signup sign-up login log-in docs blog features integrations about help support
    enterprise download downloads app apps careers jobs legal privacy terms resources
    solutions product products home learn
    """)
_FACEBOOK_NOT_PROFILE: Final = words("""
    groups events marketplace watch business help policies sharer sharer.php share dialog
    login ads gaming legal privacy terms hashtag photo photo.php plugins story.php reel
    reels gaming careers settings notes
    """)
_INSTAGRAM_NOT_PROFILE: Final = words("p reel reels tv explore accounts about legal developer web")
_TWITTER_NOT_PROFILE: Final = words(
    """
    i home search explore intent share hashtag settings tos privacy notifications
    """
)
_ZOOM_MEETING_PATH = re.compile(r"^/(?:j|my|s|w|wc|meeting|webinar)/")


def _find_links(scan: _Scan) -> None:
    text = scan.text
    if "." not in text and "dot" not in scan.words:
        return
    words = scan.words
    present = scan.words & _LINK_WORDS
    if not present:
        return
    # Around every dot between letters (a host name) or a spelled-out dot. A known host in the
    # text puts every word of its name in the word set, and is in the text as written: without
    # one such host, no dot can start one. (Both cheap looks, before a walk over every dot.)
    size = len(text)
    spans = []
    named = any(
        parts <= words and host in text for word in present for host, parts in _HOSTS_BY_WORD[word]
    )
    dot = _HOST_NAME_DOT.search(text) if named else None
    # The token a dot is in starts where the run of letters, digits, dots and hyphens that ends
    # just before the dot starts: read forwards in the reversed text, in C.
    backwards = text[::-1] if dot is not None else ""
    while dot is not None:
        position = dot.start()
        run = _TOKEN_RUN.match(backwards, size - position)
        assert run is not None  # (the run may be empty, so it always matches)
        # Only a host name the detector knows is worth the link pattern.
        host = _HOST_TOKEN.match(text, size - run.end())
        if host is not None and _known_host(host.group()):
            spans.append((max(0, host.start() - 12), min(size, host.end() + 240)))
        # Past the host name; never back to this dot, which the name ends before when a letter
        # of another script ("x日.jp") stops the ASCII-only host pattern early.
        dot = _HOST_NAME_DOT.search(
            text, max(host.end(), position + 1) if host is not None else position + 1
        )
    if "dot" in scan.words or "[.]" in text or "(.)" in text or " . " in text:
        spans += [
            (max(0, match.start() - 48), min(size, match.end() + 240))
            for match in _HOST_DOT.finditer(text)
        ]
    if spans:
        for window_start, window_end in _merge(spans):
            _find_links_in(scan, window_start, window_end)


_HOST_TOKEN = re.compile(r"[a-z0-9.-]+")
# A dot that can be in a host name: after a letter or digit (``str.isalnum``, as ``[^\W_]``
# reads it) and before anything but a space. (It opens with the dot, which `re` skips ahead to.)
_HOST_NAME_DOT = re.compile(r"\.(?<=[^\W_]\.)(?=[^ ])")
# A run of letters, digits (``str.isalnum``), dots and hyphens, possibly empty.
_TOKEN_RUN = re.compile(r"(?:[^\W_]|[.-])*")
_DOT_PATTERN = re.compile(_DOT)
_SPACE = re.compile(r"\s")
_HOST_SUFFIXES: Final = tuple(f".{host}" for host in _LINK_HOSTS)


def _known_host(token: str) -> bool:
    token = token.rstrip(".-")
    return token in _LINK_HOSTS or token.endswith(_HOST_SUFFIXES)


def _find_links_in(scan: _Scan, window_start: int, window_end: int) -> None:
    for match in _LINK.finditer(scan.text, window_start, window_end):
        host = _DOT_PATTERN.sub(".", match.group("host"))
        raw_path = match.group("path") or ""
        path = _SPACE.sub("", raw_path).rstrip(".,;:!?*")
        segments = [segment for segment in path.split("/") if segment]
        if not segments:
            continue
        kind = _LINK_HOSTS[host]
        first = segments[0].split("?")[0]
        if not _link_is_contact(host, first, segments):
            continue
        end = match.start("path") + len(raw_path.rstrip(".,;:!?*")) if raw_path else match.end()
        value = f"{host}{path}"
        scan.add(kind, match.start(), end, value, _CONCRETE)
        if host in {"wa.me", "api.whatsapp.com"}:
            digits = re.search(r"\d[\d\s-]{6,18}\d", raw_path)
            if digits is not None:
                number = _e164(re.sub(r"\D", "", digits.group()), international=True)
                start = match.start("path") + digits.start()
                scan.add("phone", start, start + len(digits.group()), number, _CONCRETE)


def _link_is_contact(host: str, first: str, segments: list[str]) -> bool:
    if first in _MARKETING_PATHS and host not in {"linkedin.com", "wa.me", "t.me"}:
        return False
    if host == "linkedin.com":
        return first in {"in", "pub"} and len(segments) >= 2
    if host in {"facebook.com", "fb.com"}:
        return first not in _FACEBOOK_NOT_PROFILE
    if host in {"instagram.com", "instagr.am"}:
        return first not in _INSTAGRAM_NOT_PROFILE
    if host in {"twitter.com", "x.com"}:
        return first not in _TWITTER_NOT_PROFILE and "status" not in segments
    if host == "tiktok.com":
        return first.startswith("@") and "video" not in segments
    if host == "snapchat.com":
        return first in {"add", "t"}
    if host == "threads.net":
        return first.startswith("@")
    if host in {"discord.com", "discordapp.com"}:
        return first == "invite"
    if host == "zoom.us":
        return _ZOOM_MEETING_PATH.match("/" + "/".join(segments)) is not None
    if host == "teams.microsoft.com":
        return first in {"l", "meet", "meetup-join"}
    if host == "calendar.google.com":
        return "appointments" in segments or "schedules" in segments
    if host == "paypal.com":
        return first in {"paypalme", "pools"}
    if host == "wise.com":
        return first in {"pay", "me"}
    return True


# --------------------------------------------------------------------------------------
# Email
# --------------------------------------------------------------------------------------

_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?"
_AT_PLAIN = r"\s?@\s?"
# "@the rate" (tried before the plain "@", which would read "the" as the domain).
_AT_THE_RATE = r"\s?@\s?the\s+rate(?:\s+of)?\s+"
# ("at the rate", Indian English for "@"; "chez", French, with a spelled-out dot.)
_AT_HIDDEN = (
    r"\s?[\[({<]\s?(?:at(?:\s+the\s+rate)?|@|arroba|arobase)\s?[\])}>]\s?"
    r"|\s+(?:at(?:\s+the\s+rate(?:\s+of)?)?|arroba|arobase|chez)\s+"
)
# (A middle dot or a bullet reads as a dot: "kemal@yahoo·com", "outlook ∙ com".)
_DOT_PLAIN = r"\s?[.\u00b7\u2022\u2219]\s?"
_DOT_HIDDEN = (
    r"\s?[\[({<]\s?(?:d[o0]t|\.|punto|point|ponto)\s?[\])}>]\s?"
    r"|\s+(?:d[o0]t|punto|point|ponto)\s+"
)
_LOCAL_DOT = r"(?:\s?[\[({]\s?(?:dot|\.)\s?[\])}]\s?|\s+dot\s+)"
# Each piece of the local part is atomic (never given back to try a shorter one): what can
# follow a piece (a dot spelled out, or the "at") opens with a space, a bracket or "@", none of
# which a piece can hold, so a shorter piece, followed by a character of the longest, could
# never be followed by either. (Trying every shorter piece at every word of the window before
# the "at" was most of the pattern's time.) So the first piece is the whole run of the local
# part's characters where the match opens, and what follows the run opens the "at" or the dot:
# the look-ahead checks that much before the pieces are tried.
_EMAIL = re.compile(
    r"(?<![a-z0-9._%+@-])(?=[a-z0-9._%+_-]*+(?:\s?[@\[({<]|\s+(?:at|arroba|arobase|chez|dot)\s))"
    rf"(?P<local>(?>[a-z0-9](?:[a-z0-9._%+-]{{0,63}}[a-z0-9_])?)"
    rf"(?:{_LOCAL_DOT}(?>[a-z0-9](?:[a-z0-9._%+-]{{0,63}}[a-z0-9_])?)){{0,3}})"
    rf"(?P<at>{_AT_THE_RATE}|{_AT_PLAIN}|{_AT_HIDDEN})"
    rf"(?P<domain>(?:g\smail|hot\smail|y\smail|out\slook|ya\shoo|{_LABEL})"
    rf"(?:(?:{_DOT_HIDDEN}|{_DOT_PLAIN}){_LABEL}){{0,4}})"
)
# The "at" of every ``_EMAIL`` match with its neighbours, "@" or hidden: a window without one
# holds no email, and these are far cheaper to look for than ``_EMAIL``, which tries every local
# part there. (Each opens with one character or class, which `re` skips ahead to fast, as it
# cannot to several alternatives: the first opens with "@", the second with a bracket or space.)
_EMAIL_HINT = re.compile(r"@(?:(?<=[a-z0-9_]@)|(?<=[a-z0-9_]\s@))\s?[a-z0-9]")
_HIDDEN_EMAIL_HINT = re.compile(
    r"[\[({<\s](?:(?<=[\[({<])\s?(?:at(?:\s+the\s+rate)?|@|arroba|arobase)\s?[\])}>]"
    r"|(?<=\s)(?:at|arroba|arobase|chez)\s)"
)
_DOMAIN_SPLIT = re.compile(rf"{_DOT_HIDDEN}|{_DOT_PLAIN}")
_LOCAL_DOT_PATTERN = re.compile(_LOCAL_DOT)
_PROVIDER_HANDLE = re.compile(
    r"\b(?:my|mi|meu|mon|mera|meri|our)\s+(?P<provider>gmail|yahoo|hotmail|outlook|icloud"
    r"|protonmail|proton)\s*(?:id|address|account)?\s*(?P<link>is|:|=|-|es|e|est|hai)?\s*"
    r"(?P<local>[a-z0-9][a-z0-9._]{2,40}[a-z0-9])\b"
)
_EMAIL_STOPWORDS: Final = words("""
    me us you him her them it is are was be here there available look meet arrive arrived
    and or but the a an i we they he she this that if so then also just only still please
    thanks thank hi hello hey ok okay yes no not at on in for to of with by from best
    apply visit register signup login buy shop order read find located based work working
    hosted
    """)
# What "my gmail is …" says of the mailbox itself.
_MAILBOX_WORDS: Final = words("""
    full down blocked hacked locked suspended disabled deactivated working broken fine same
    different old new better slow spam private personal linked connected synced verified not
    also still currently attached below above there here inbox account overflowing flooded
    """)
_UNAMBIGUOUS_PROVIDERS: Final = words(
    """
    gmail googlemail yahoo ymail hotmail outlook icloud protonmail rediffmail yandex aol
    """
)
_EMAIL_TRIGGER_WORDS: Final = frozenset({"arroba", "arobase", "chez"}) | _UNAMBIGUOUS_PROVIDERS
_SPELLED_DOTS: Final = frozenset({"dot", "punto", "point", "ponto"})


def _find_emails(scan: _Scan) -> None:
    text = scan.text
    words = scan.words
    _find_mail_requests(scan)
    hidden_possible = bool(scan.words & _EMAIL_TRIGGER_WORDS) or (
        "at" in words and (bool(words & _SPELLED_DOTS) or "d0t" in text)
    )
    _numbers_find_spelled_mail(scan)
    if "@" not in text and not hidden_possible:
        return
    marks = ("@", "(at)", "[at]", "{at}", "<at>", " at ") if hidden_possible else ("@",)
    triggers = _EMAIL_TRIGGER_WORDS if hidden_possible else frozenset[str]()
    for window_start, window_end in scan.windows(triggers, 66, 72, marks):
        _find_emails_in(scan, window_start, window_end)
    if scan.words & _UNAMBIGUOUS_PROVIDERS:
        for match in _PROVIDER_HANDLE.finditer(text):
            local = match.group("local")
            if local in _EMAIL_STOPWORDS or "@" in text[match.end() : match.end() + 2]:
                continue
            # "my gmail inbox", "my gmail is full": a word about the mailbox, not its name.
            link = match.group("link")
            if (link is None and _ADDRESS_LIKE_LOCAL.search(local) is None) or (
                link is not None and link.isalpha() and local in _MAILBOX_WORDS
            ):
                continue
            provider = match.group("provider")
            scan.add("email", match.start(), match.end(), f"{local}@{provider}.com", _CONCRETE)


# Email asked for by what it is for, or in the marketplace's other languages. Each family is a
# regex run only when the text holds its literal (``_MAIL_ASKING``): a few substring tests for
# a text without them.
_MAIL_OBJECT = r"(?:e-?mail|gmail)(?:\s+(?:address|id))?"
_MAIL_NOT_THE_WORK = (
    r"(?![^.?!\n]{0,40}?\b(?:template|templates|campaign|campaigns|newsletter|newsletters"
    r"|marketing|tool|platform|provider|sequence|flow|outreach|blast|signature)\b)"
)
# (What is shared with an address, or sent to it: an invite, a document, access.)
_MAIL_SHARED = (
    r"(?:calendar\s+|meeting\s+|zoom\s+|drive\s+|dropbox\s+|docusign\s+|figma\s+|google\s+)?"
    r"(?:invite|invites|invitation|doc|docs|document|documents|folder|drive|access|share|file"
    r"|files|invoice|invoices|contract|agenda|link|sheet|spreadsheet|deck)\b"
)
# "send it to my personal inbox", "forward the raw footage to my private email": found by the
# mailbox (opening with "my", which `re` skips ahead to fast), then the verb before it.
_MAIL_MY_BOX = re.compile(
    r"my(?<![a-z]my)\s+(?:(?:personal|private|own|other)\s+)?(?:gmail|e-?mail|inbox|mail)"
    r"(?:\s+address)?\b(?!\s+(?:list|template|marketing|campaign)\b)"
)
_MAIL_SENT_TO = re.compile(
    r"\b(?:send|forward|mail|e-?mail|deliver|share)\s+(?:[\w'’-]+\s+){0,4}?(?:to|on|in)\s+\Z"
)
_MAIL_BEST_FOR = re.compile(
    r"\b(?:best|right|preferred|correct|good)\s+" + _MAIL_OBJECT + r"\s+for\s+"
    r"(?:the\s+|your\s+|a\s+|an\s+)?" + _MAIL_SHARED
)
# Turkish: "e-posta adresiniz", "mailinizi".
_MAIL_TURKISH_WORDS: Final = words("""
    adresiniz adresin adresini adresinizi adresinizin posta postaniz postanizi mailiniz
    mailinizi
    """)
# The words of a mail, one of which every family below holds (as ``_Scan.words`` splits them:
# "e-mail" holds "e" and "mail").
_MAIL_WORDS: Final = words("email mail gmail e correo courriel")
# Each family with the words it needs (one of each set, in ``_Scan.words``), looked up before
# its regex runs.
_MAIL_ASKING: Final[tuple[tuple[tuple[frozenset[str], ...], re.Pattern[str]], ...]] = (
    (
        # "which email should I share the file with?", "which gmail do you want it sent to?"
        (words("which what"), _MAIL_WORDS),
        re.compile(
            rf"wh(?<![a-z]wh)(?:ich|at)\s+{_MAIL_OBJECT}\s+(?:should|do|can|could|shall|would"
            r"|will)\s+(?:i|we|you|u)\b" + _MAIL_NOT_THE_WORK + r"[^.?!\n]{0,40}?\b(?:share\b"
            r"[^.?!\n]{0,30}?\bwith|add|invite|cc|grant|(?:send|sent)\b[^.?!\n]{0,30}?\bto"
            r"(?=\s*[?.!,]|\s*$))\b"
        ),
    ),
    # "what's the best email for the calendar invite?"
    ((words("best right preferred correct good"), _MAIL_WORDS), _MAIL_BEST_FOR),
    (
        # "are you on gmail?", "do you have a gmail I can add?"
        (frozenset({"gmail"}),),
        re.compile(
            r"\b(?:are|r)\s+(?:you|u|ya)\s+on\s+gmail\b(?!\s+or\b)"
            r"|\b(?:do|d)\s+(?:you|u|ya)\s+(?:have|use|got)\s+(?:a\s+)?gmail(?:\s+(?:account"
            r"|address|id))?\b(?!\s+or\b)(?=\s*(?:\?|(?:i|we|so|for|to|that)\b))"
        ),
    ),
    (
        # French: "vous avez une adresse mail ?", "tu aurais un mail ?"
        (words("vous tu aurais avez auriez"), _MAIL_WORDS),
        re.compile(
            r"\b(?:vous\s+(?:avez|auriez)|tu\s+(?:as|aurais)|avez-vous|auriez-vous|as-tu"
            r"|aurais-tu|t['’]as)\s+(?:une\s+|un\s+)?(?:adresse\s+)?(?:e-?mail|mail|courriel"
            r"|gmail)\b(?!\s+(?:pro|professionnel|marketing)\b)"
        ),
    ),
    (
        # Spanish: "¿tienes correo?"
        (words("tienes tenes tiene tendras tendrias"), _MAIL_WORDS),
        re.compile(
            r"\b(?:tienes|tenes|tiene|tendras|tendrias)\s+(?:un\s+|algun\s+)?(?:correo|e-?mail"
            r"|gmail)\b(?!\s+marketing\b)"
        ),
    ),
    (
        # Portuguese: "você tem e-mail?"
        (words("tem tens teria"), _MAIL_WORDS),
        re.compile(
            r"\b(?:vc|voce|tu)\s+(?:tem|tens|teria)\s+(?:um\s+)?(?:e-?mail|gmail)\b"
            r"(?!\s+marketing\b)"
        ),
    ),
    (
        # Turkish: "e-posta adresinizi", "mail adresini", "mailinizi"
        (_MAIL_TURKISH_WORDS,),
        re.compile(
            r"\b(?:e-?posta|e-?mail|mail)\s+adres(?:iniz|in|ini|inizi|inizin)\b"
            r"|\b(?:e-?postaniz|e-?postanizi|mailiniz|mailinizi)\b"
        ),
    ),
    (
        # Vietnamese: "xin email", "email của bạn"
        (words("xin cua"), _MAIL_WORDS),
        re.compile(
            r"\bxin\s+(?:cai\s+|dia\s+chi\s+)?(?:e-?mail|gmail|mail)\b"
            r"|\b(?:e-?mail|gmail|mail)\s+cua\s+(?:ban|anh|chi|em|bac|co|chu|quy\s+khach)\b"
        ),
    ),
    (
        # Arabic in Latin letters: "el email beta3ak"
        (words("beta bta"), _MAIL_WORDS),
        re.compile(
            r"\b(?:e-?mail|gmail|mail)\s+(?:beta3ak|beta3ek|bta3ak|bta3ek|beta3k|bta3k|beta3kom"
            r"|bta3kom)\b"
        ),
    ),
)
# "a contact email for every vendor, can you reply with yours?": the reader's own, after an
# email named in the same or the sentence before.
_MAIL_YOURS = re.compile(
    r"\b(?:send|share|reply\s+with|respond\s+with|give\s+me|drop|pass\s+(?:me\s+)?along)"
    r"\s+yours\b"
)
_MAIL_NAMED_BEFORE = re.compile(
    r"\b(?:e-?mail|gmail)(?:\s+address)?\b(?!\s+(?:list|campaign"
    r"|newsletter|template|marketing)\b)"
)
# "what address works for you?" after forwarding notes: an email by what is sent.
_MAIL_WHAT_ADDRESS = re.compile(
    r"wh(?<![a-z]wh)(?:at|ich)\s+(?:e-?mail\s+)?address\s+(?:works|is\s+best|would\s+work|suits)"
    r"\s+(?:best\s+)?for\s+(?:you|u)\b"
)
# Words of sending something by email, which makes a bare "address" asked for an email one.
_MAIL_DOCUMENTS = re.compile(
    r"\b(?:forward|pdf|pdfs|files?|docs?|documents?|link|links|invite|invitation|contract"
    r"|contracts|notes|brief|drafts?|deck|slides|spreadsheet|sheet|docusign|e-?mail|gmail)\b"
)
# Words of sending a parcel, which keep it a street address.
_MAIL_PARCELS = re.compile(
    r"\b(?:ship|shipping|shipped|package|parcel|courier|deliver|delivery|post|postal|samples?"
    r"|prints?|box|mailing|visit|physical|street|home)\b"
)


_MAIL_BOX_WORDS: Final = _MAIL_WORDS | {"inbox"}
# Every word the email requests above ask ``_Scan.words`` about.
_MAIL_FAMILY_WORDS: Final = _MAIL_WORDS | _MAIL_TURKISH_WORDS | words("inbox yours address")
_MAIL_ASKED_WORDS: Final = _MAIL_FAMILY_WORDS.union(
    *(need for needs, _pattern in _MAIL_ASKING for need in needs), words("my")
)


def _find_mail_requests(scan: _Scan) -> None:
    text = scan.text
    words = scan.words
    if not scan.held & _MAIL_GATE:
        return  # (the common case; the gate's bit: no word of ``_MAIL_FAMILY_WORDS``)
    for needs, pattern in _MAIL_ASKING:
        for need in needs:
            if words.isdisjoint(need):
                break
        else:
            if pattern is _MAIL_BEST_FOR and "mail for" not in text and "address for" not in text:
                continue  # (its words are common: the text it holds is a cheaper test)
            for match in pattern.finditer(text):
                scan.add("email", match.start(), match.end(), REQUEST, _ASKED)
    if "my" in words and not words.isdisjoint(_MAIL_BOX_WORDS):
        for match in _MAIL_MY_BOX.finditer(text):
            sent = _MAIL_SENT_TO.search(text, max(0, match.start() - 60), match.start())
            if sent is not None:
                scan.add("email", sent.start(), match.end(), REQUEST, _ASKED)
    if "yours" in words:
        for match in _MAIL_YOURS.finditer(text):
            if _MAIL_NAMED_BEFORE.search(text, max(0, match.start() - 160), match.start()):
                scan.add("email", match.start(), match.end(), REQUEST, _ASKED)
    if "address" in words:
        for match in _MAIL_WHAT_ADDRESS.finditer(text):
            if _mail_by_what_is_sent(text, match.start(), match.end()):
                scan.add("email", match.start(), match.end(), REQUEST, _ASKED)


def _mail_by_what_is_sent(text: str, start: int, end: int) -> bool:
    """Whether an address asked for around ``text[start:end]`` is for documents, not a parcel."""
    around = text[max(0, start - 120) : end + 60]
    return _MAIL_DOCUMENTS.search(around) is not None and _MAIL_PARCELS.search(around) is None


def _find_emails_in(scan: _Scan, window_start: int, window_end: int) -> None:
    text = scan.text
    if (
        _EMAIL_HINT.search(text, window_start, window_end) is None
        and _HIDDEN_EMAIL_HINT.search(text, window_start, window_end) is None
    ):
        return
    position = window_start
    while True:
        match = _EMAIL.search(text, position, window_end)
        if match is None:
            break
        value = _email_value(match)
        if value is None:
            # "…@rhyta.com. Is that right?": the spaced form swallowed the next sentence.
            plain = _PLAIN_EMAIL.match(text, match.start(), window_end)
            if plain is not None and plain.group("tld").isalpha():
                if not _placeholder_email(plain.group()) and not _numbers_not_a_mailbox(
                    scan, plain.start(), plain.end(), plain.group()
                ):
                    scan.add("email", plain.start(), plain.end(), plain.group(), _CONCRETE)
                position = plain.end()
            else:
                position = match.start() + 1
            continue
        position = match.end()
        if (
            not _placeholder_email(value)
            and not _MAIL_READ_ALOUD.search(text, max(0, match.start() - 40), match.start())
            and not _numbers_not_a_mailbox(scan, match.start(), match.end(), value)
        ):
            scan.add("email", match.start(), match.end(), value, _CONCRETE)


def _recall_find_name_here_mail(scan: _Scan) -> None:
    """Add an address given as the sender's name here at a mail provider."""
    words = scan.words
    if words.isdisjoint(_RECALL_PROVIDERS) or words.isdisjoint(_RECALL_HERE_WORDS):
        return
    text = scan.text
    for match in _matches(_RECALL_NAME_HERE, text, scan.windows(_RECALL_HERE_WORDS, 40, 70)):
        scan.add("email", match.start(), match.end(), f"(name here)@{match['provider']}", _NAMED)


# A voice-over script's address, to be read aloud as written ("should I read it as 'info at
# brightlane dot com'?"): the work's copy, not the sender's mailbox.
_MAIL_READ_ALOUD = re.compile(
    r"\b(?:read|say|pronounce|voice|narrate|record)\s+(?:it|this|that|the\s+\w+)?\s*(?:as|like)"
    r"\s*['\"“‘]?\Z"
)
_PLAIN_EMAIL = re.compile(
    r"[a-z0-9](?:[a-z0-9._%+-]{0,63}[a-z0-9_])?@(?:[a-z0-9-]+\.)+(?P<tld>[a-z]{2,24})\b"
)


# What every hidden "at" or dot holds, and no plain address: a space or a bracket.
_HIDING_MARK = re.compile(r"[\s\[\](){}<>\u00b7\u2022\u2219]")


def _email_value(match: re.Match[str]) -> str | None:
    at = match.group("at")
    if at == "@" and _HIDING_MARK.search(match.group()) is None:
        # A plain address (the usual case): dots only between the labels, nothing hidden.
        local = match.group("local")
        labels = match.group("domain").split(".")
        hidden_at = spaced = hidden_dot = False
    else:
        local = _LOCAL_DOT_PATTERN.sub(".", match.group("local"))
        labels = _DOMAIN_SPLIT.split(match.group("domain"))
        hidden_at = "@" not in at or at.strip() != at.strip("()[]{}<> ")
        spaced = at != "@" or any(
            separator.group() != "." for separator in _DOMAIN_SPLIT.finditer(match.group("domain"))
        )
        hidden_dot = local != match.group("local") or any(
            separator.group().strip() not in {".", ""}
            for separator in _DOMAIN_SPLIT.finditer(match.group("domain"))
        )
        # Letters spaced by hyphens ("k-e-v-i-n.o-k-o-r-o @ g-m-a-i-l . c-o-m") read joined.
        if "-" in local:
            local = ".".join(map(_joined_letters, local.split(".")))
        labels = [_joined_letters(_SPACE.sub("", label)) for label in labels]
    if not labels[0].isalpha():
        labels[0] = _read_look_alikes(labels[0], lx.MAIL_PROVIDERS)
    provider = labels[0] in lx.MAIL_PROVIDERS
    if len(labels) == 1:
        # "username@gmail": a provider that is no ordinary word is enough.
        if (
            labels[0] in _UNAMBIGUOUS_PROVIDERS
            and (at == "@" or hidden_at)
            and (local not in _EMAIL_STOPWORDS)
        ):
            return f"{local}@{labels[0]}.com"
        return None
    top_level = labels[-1]
    if not top_level.isalpha():
        # "gma1l d0t c0m": digits for look-alike letters, in a common top-level domain only.
        top_level = labels[-1] = _read_look_alikes(top_level, lx.COMMON_TLDS)
        if top_level not in lx.COMMON_TLDS:
            return None
    if not 2 <= len(top_level) <= 24:
        return None
    bare_word = at.strip()
    bare_at = bare_word in {"at", "arroba", "arobase", "chez"} and "(" not in at and "[" not in at
    # A bare " at " reads as English ("available at acme.com") unless the domain is a mail
    # provider or the dot is spelled out as well.
    if bare_at and (local in _EMAIL_STOPWORDS or not (provider or hidden_dot)):
        return None
    # "chez" is everyday French ("chez moi"): an address only with an address's local part.
    if bare_word == "chez" and _ADDRESS_LIKE_LOCAL.search(local) is None:
        return None
    if (
        (spaced or hidden_at)
        and top_level not in lx.COMMON_TLDS
        and not provider
        and not ((hidden_at or hidden_dot) and top_level in lx.SPELLED_EMAIL_TLDS)
    ):
        return None
    return f"{local}@{'.'.join(labels)}"


# A word of three letters (or digits) or more, spaced out by hyphens.
_LETTER_BY_LETTER = re.compile(r"[a-z0-9](?:-[a-z0-9]){2,}")


def _joined_letters(piece: str) -> str:
    return piece.replace("-", "") if _LETTER_BY_LETTER.fullmatch(piece) else piece


_ADDRESS_LIKE_LOCAL = re.compile(r"[._\d]")
_DIGITS_AS_LETTERS: Final = (str.maketrans("0134", "oiea"), str.maketrans("0134", "olea"))


def _read_look_alikes(label: str, known: frozenset[str]) -> str:
    """``label`` with digits read as the letters they imitate, when that makes a known word."""
    for table in _DIGITS_AS_LETTERS:
        read = label.translate(table)
        if read in known:
            return read
    return label


# Top-level domains reserved for tests and examples (RFC 2606, RFC 6761): no one's mailbox.
_MAIL_RESERVED_TLDS: Final = words("test example invalid localhost local")
# Mailboxes a system sends from or bounces to, never a person to write to ("postmaster@", the
# "no-reply@" of a shop's receipts, "mailer-daemon@").
_MAIL_SYSTEM_LOCALS: Final = words("""
    postmaster no-reply noreply donotreply do-not-reply do_not_reply mailer-daemon bounce bounces
    """)


def _placeholder_email(value: str) -> bool:
    local, _, domain = value.partition("@")
    labels = domain.split(".")
    first = labels[0]
    return (
        domain in lx.PLACEHOLDER_EMAIL_DOMAINS
        or local in lx.PLACEHOLDER_EMAIL_LOCALS
        or local in _MAIL_SYSTEM_LOCALS
        or labels[-1] in _MAIL_RESERVED_TLDS
        or (first in lx.PLACEHOLDER_EMAIL_HOSTS or first.startswith("your"))
    )


# --------------------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------------------


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
# token of its own only in the patterns ``_NUMBERS_*_RUN`` below, used for the few texts
# that hold one: in every search it costs about a third of the phone detector's time.)
_NUMBERS_LONE_ZERO = r"o(?=[-.]\d)|(?<=\d[-.])o(?![a-z0-9])"
_NUMBERS_DIGIT_TOKEN = _DIGIT_TOKEN[:-1] + rf"|{_NUMBERS_LONE_ZERO})"
_DIGIT_SEPARATOR = r"[^a-z0-9]{0,6}?"
_DIGIT_RUN = re.compile(
    rf"(?<![a-z0-9+])(?P<plus>\+\s?|00)?\(?{_DIGIT_TOKEN}(?:{_DIGIT_SEPARATOR}{_DIGIT_TOKEN})*"
)
_NUMBERS_DIGIT_RUN = re.compile(
    rf"(?<![a-z0-9+])(?P<plus>\+\s?|00)?\(?{_NUMBERS_DIGIT_TOKEN}"
    rf"(?:{_DIGIT_SEPARATOR}{_NUMBERS_DIGIT_TOKEN})*"
)
_DIGIT_WORD_SET: Final = frozenset(lx.DIGIT_WORDS) | frozenset(lx.DIGIT_REPEATERS)
_DROP_DIGITS: Final = str.maketrans("", "", "0123456789")
_DIGIT_CLUSTER = re.compile(r"\d[\d\W_]{0,24}\d|\d")
# In the shape of ASCII text, the runs of digits at most 27 characters apart that hold five
# digits or more: exactly the merged cluster windows ``_find_phones`` keeps, without a loop
# over clusters.
_DIGIT_CHAIN = re.compile(rb"0(?:[^0]{0,27}+0){4,}")
# In that shape, six digits with no letter between them but those that stand for digits: what
# every run of ``_NUMERIC_RUN`` with six digits holds (its tokens are digits and "o", "l", "i",
# "s"; its separators are no letters).
_PHONE_RUN_SHAPE = re.compile(rb"0(?:[^a0]*+0){5}")
# The same six digits at most 27 characters apart, as they are in a run of ``_NUMERIC_RUN``
# inside a cluster window: the phone runs of one cluster, never two.
# (Written out, not as a repeat, which `re` runs far slower.)
_CLUSTER_RUN_SHAPE = re.compile(rb"0" + rb"[^a0]{0,27}+0" * 5)
# The same run without spelled-out digits: most texts have none, and this is cheaper.
_NUMERIC_TOKEN = rf"(?:(?>\d+)(?:(?=x\d)|(?![a-z]))|{_LOOK_ALIKE_DIGITS})"
_NUMBERS_NUMERIC_TOKEN = _NUMERIC_TOKEN[:-1] + rf"|{_NUMBERS_LONE_ZERO})"
# (The look-ahead, for a character every match opens with, fails at most places at once, where
# the look-behind and the optional groups after it would be tried first.)
_NUMERIC_RUN = re.compile(
    rf"(?=[+(\doli])(?<![a-z0-9+])(?P<plus>\+\s?|00)?\(?{_NUMERIC_TOKEN}"
    rf"(?:{_DIGIT_SEPARATOR}{_NUMERIC_TOKEN})*"
)
_NUMBERS_NUMERIC_RUN = re.compile(
    rf"(?=[+(\doli])(?<![a-z0-9+])(?P<plus>\+\s?|00)?\(?{_NUMBERS_NUMERIC_TOKEN}"
    rf"(?:{_DIGIT_SEPARATOR}{_NUMBERS_NUMERIC_TOKEN})*"
)
# A lone "o" by a hyphen or a dot next to a digit, looked for in a window of digits.
# (Opening with its literal "o", which `re` skips ahead to fast.)
_NUMBERS_LONE_ZERO_TEXT = re.compile(r"o(?:(?<![a-z0-9]o)(?=[-.]\d)|(?<=\d[-.]o)(?![a-z0-9]))")
# (A piece is a separator when the digit token did not match it: a letter of another script
# after the digits, "0123456789ن", is no digit word.)
_RUN_PIECE = re.compile(rf"(?P<digit>{_NUMBERS_DIGIT_TOKEN})|[^a-z0-9]+", re.S)
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


def _find_phones(scan: _Scan) -> None:
    _numbers_find_requests(scan)
    _numbers_find_vietnamese_digits(scan)
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
        if not spelled:
            # A phone number has at least seven digits (letters for digits count as one).
            windows = [window for window, count in zip(windows, counts, strict=True) if count >= 5]
    if spelled >= 3:
        windows = _merge(windows + scan.windows(_DIGIT_WORD_SET, 6, 60))
    if not digits_ends:
        digits_ends = [window_end for _window_start, window_end in windows]
    pattern = _DIGIT_RUN if spelled else _NUMERIC_RUN
    lone_zero_pattern = _NUMBERS_DIGIT_RUN if spelled else _NUMBERS_NUMERIC_RUN
    for (window_start, window_end), digits_end in zip(windows, digits_ends, strict=True):
        window_pattern = (
            lone_zero_pattern
            if _NUMBERS_LONE_ZERO_TEXT.search(text, window_start, window_end) is not None
            else pattern
        )
        for match in window_pattern.finditer(text, window_start, window_end):
            found = match.group()
            if len(found) >= 7 and (
                spelled
                # (Not too few digits, a date, a price, an order number, an IP address.)
                or not (
                    len(found) - len(found.translate(_DROP_DIGITS)) < 6
                    or _DATE_LIKE.match(found)
                    or _plainly_not_a_phone(scan, match, found)
                )
            ):
                for run in _split_run(match):
                    number = _judge_run(scan, run)
                    if number is not None:
                        scan.add("phone", run.start, run.end, number, _CONCRETE)
            if match.end() >= digits_end:
                break  # no digit after it in the window, so no other match


def _phone_run_windows(shape: bytes) -> tuple[list[tuple[int, int]], list[int]]:
    """The cluster windows of an ASCII text's shape that hold a phone run, and their digits' ends.

    A cluster window (``_DIGIT_CHAIN``'s chain, 3 characters before it to 24 after) is only
    searched when it holds six digits with no letter between them but those that stand for
    digits (``_PHONE_RUN_SHAPE``): the filters of ``_find_phones`` turn down every run of
    ``_NUMERIC_RUN`` with fewer. The clusters are 28 characters apart or more, so a window
    holds the digits of its chain only, at most 27 characters apart: its phone runs are the
    ``_CLUSTER_RUN_SHAPE`` runs of the chain. A window's run is a run of the whole shape too
    (the pattern looks at nothing around it): none in the shape, no window.

    No run of ``_NUMERIC_RUN`` holds a letter but "o", "l", "i" and "s" (the shape's "a"), so none
    spans one, and its six digits, if it has them, are a ``_CLUSTER_RUN_SHAPE`` run: such a
    run of the window starts after the last letter ahead of the chain's first run. So the
    window is searched from after that letter: the runs of ``_NUMERIC_RUN`` from there are the
    window's runs from there, and those before it hold fewer than six digits.
    """
    if _CLUSTER_RUN_SHAPE.search(shape) is None:
        return [], []
    size = len(shape)
    windows: list[tuple[int, int]] = []
    digits_ends: list[int] = []
    for cluster in _DIGIT_CHAIN.finditer(shape):
        start, end = cluster.span()
        run = _CLUSTER_RUN_SHAPE.search(shape, start, end)
        if run is not None:
            window_start = max(0, start - 3)
            window_start = max(window_start, shape.rfind(b"a", window_start, run.start()) + 1)
            windows.append((window_start, min(size, end + 24)))
            digits_ends.append(end)
    return windows, digits_ends


_IP_ADDRESS = re.compile(r"\d{1,3}(?:\.\d{1,3}){1,3}")
_RUN_SPLITTER = re.compile(r"[,;/|\n]")
_MONEY_BEFORE = re.compile(rf"[{_MONEY_MARKS}#]")
_MONEY_WITHIN = re.compile(rf"[{_MONEY_MARKS}%]")


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
        return _MONEY_BEFORE.search(scan.text, max(0, start - 2), start) is not None or (
            not _phone_context(scan, start, match.end())
        )
    if match.group("plus") is not None or _RUN_SPLITTER.search(found):
        return False
    if _MONEY_BEFORE.search(scan.text, max(0, start - 2), start) or _MONEY_WITHIN.search(found):
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


# ``lx.PHONE_CONTEXT`` as a tuple, for ``str.startswith`` and ``str.endswith``.
_PHONE_CONTEXT_WORDS: Final = tuple(sorted(lx.PHONE_CONTEXT))
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
            and text.startswith(_PHONE_CONTEXT_WORDS, reach_start, start)
        ):
            first = _TOKENS.match(text, reach_start, start)
            cut = first is not None and _is_phone_word(first.group())
        else:
            cut = False
        if (
            not cut
            and text[reach_end : reach_end + 1].isalnum()
            and text.endswith(_PHONE_CONTEXT_WORDS, end, reach_end)
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


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


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
    if after and after[0] in lx.NOT_PHONE_AFTER:
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
    if _numbers_not_a_phone(scan, digits, start, end, before):
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


# --------------------------------------------------------------------------------------
# Messaging apps, video meetings, scheduling
# --------------------------------------------------------------------------------------

# (Each of these name patterns opens with a look-ahead for the letters its names start with,
# which fails at once at most places, where the look-behind would be tried first.)
_APP_STRONG = re.compile(
    rf"(?=[ghikpstvwz])(?<![a-z0-9@/.])(?:{lx.MESSAGING_APPS_STRONG_PATTERN})(?![a-z0-9])"
)
_APP_WEAK = re.compile(
    rf"(?=[dklmstwz])(?<![a-z0-9@/.#$])(?:{lx.MESSAGING_APPS_WEAK_PATTERN})"
    # (A dot after the name ends the sentence, "talk on LINE.", unless a host goes on.)
    r"(?![a-z0-9@]|\.[a-z0-9])"
)
_APP_WORDS: Final = words("""
    whatsapp whatsap whatapp watsapp watsap wattsapp wassap wassapp whatzapp watzap whatsaap
    whasapp whastapp wathsapp whtsapp whattsapp whats wats watts wa zap zapzap wpp wsp green
    wasap wasapp whasap whassap guasap guasapp guassap w
    telegram telegrm telgram telegarm telgraf paper pesawat tg tele telega
    skype skyp skipe skaip skpe wechat weixin
    whtsap whtsapp wtsap wtsapp purple wapp whtsp wtsp watsp whatsp
    viber imessage kakaotalk kakao threema zalo hangout hangouts signal discord disc slack
    line messenger kik
    """)
_DEVELOPMENT_WORDS: Final = frozenset({"in", "use", "using", "to", "with"})
_NUMBER_WORDS: Final = frozenset({"number", "no", "num", "nr", "numero", "nb"})
# The words for a number before an app's name: "número de WhatsApp", "nomor WA".
_NUMBER_BEFORE: Final = words("number numero nomor nomer numer")
_NUMBER_OR_HANDLE: Final = _NUMBER_WORDS | {"id", "handle", "account"}
_POSSESSIVE: Final = words(
    """
    my your ur yr mi tu su seu sua teu tua meu minha ton ta mon ma votre mera meri apna apni
    aapka aapki tumhara iyong
    """
)
_WEAK_APP_BEFORE: Final = words(
    """
    on via through thru over my your ur yr add ping text msg message dm pm contact reach hit pe
    par no na pelo pela sa mi tu seu teu meu mon ton votre mera apna aapka chama chame sur en
    al pra di ke lewat pakai pake mandame manda mande agregame escribeme escribime hablame
    prefer prefers prefiero prefiro prefere punya tienes tem meron por nomor nomer kontak
    minta join
    """
)
_MOVE_VERBS: Final = words(
    """
    move moving switch switching continue continuing take taking hop jump shift chat talk
    pasemos pasamos pasar movemos mover seguimos sigamos continuamos hablamos hablemos
    platicamos conversamos falamos passar vamos pindah lanjut ngobrol usap mag-usap lipat
    parlons passons continuons join joining invite inviting invited add adding
    """
)
# The prepositions a move goes through: "move this to Discord", "pasemos al discord".
_MOVE_TO: Final = words("to on over in al pra pro para en sur sa di ke pe no na por pelo pela")
_WEAK_APP_AFTER: Final = words(
    """
    me number no num nr numero id handle username user ? : = @ + link group call karo kar pe
    par mo aja saja
    """
)
# A possessive after the name in Indonesian and Malay ("WA aku", "tele saya", "line kamu").
_POSTPOSED_POSSESSIVE: Final = words("aku saya ku gue gw kamu mu")
# Where "whats" (never an English word after these) is WhatsApp: "mi whats", "en whats".
_WHATS_BEFORE: Final = words(
    """
    on via no na pelo pela meu seu teu my chama chame mi tu su en al por pro pra di ke sur mon
    ton mera apna aapka pe par sa mandame manda agregame escribeme escribime tienes tem punya
    """
)
# "no Slack do time", "el Slack del equipo": somebody else's workspace, not the sender's.
_OF_WORDS: Final = words("do da dos das de del du")
# The weak names that, right beside a phone number, say how to reach it ("wpp al 11 2345
# 6789", "Signal ... Mine is +49 ..."): not the ones that are common words beside numbers.
_BESIDE_PHONE_APPS: Final = frozenset({"whatsapp", "telegram", "signal", "kakaotalk"})
_BESIDE_PHONE_REACH: Final = 60
_US_ZIP = re.compile(r"\d{5}(?:-\d{4})?")
_WEAK_SIGNAL_BEFORE: Final = words(
    "a the poor weak bad low no good strong lost network wifi cell mobile phone clear trading"
)


def _is_topic(before: list[str], after: list[str], topic_after: frozenset[str]) -> bool:
    if after and after[0] in topic_after:
        return not (len(after) > 1 and after[1] in _NUMBER_WORDS | {"id", "handle", "account"})
    if after and after[0] in _MEETING_NOUNS:
        return False  # "set up a Zoom call": the call is the point, whatever comes before
    near = before[-3:]
    for index, word in enumerate(near):
        if word in lx.APP_TOPIC_BEFORE and not {"me", "us", "my", "your"} & set(near[index:]):
            return True
    return False


_MEETING_NOUNS: Final = words("call calls meeting meetings link chat session number me id ?")
# A button or icon of an app is a feature of the work: "ada tombol WhatsApp ke nomor CS".
_APP_FEATURE_BEFORE: Final = words("button buttons tombol boton botao bouton icon icons widget")
_OF_FOR: Final = words("de do da del du des para pour")
# Somebody else's account or tool: "ran his WhatsApp Business account".
_THIRD_PARTY: Final = words("his her their its")
# The first word of a compound whose second word can make it the topic: "Zoom Video SDK".
_COMPOUND_HEADS: Final = words(
    "video web meeting meetings call calls app apps desktop mobile cloud business room rooms chat"
)
# Meetings and chats run for other people: "scheduled Zoom meetings with tenants".
_COMPOUND_TOPICS: Final = lx.APP_TOPIC_AFTER | words(
    "scheduler schedulers software tool tools system platform plugin"
)
_USED_FOR_OTHERS: Final = words(
    "meetings calls sessions interviews webinars chats groups conversations messages"
)
_PAST_WORK_VERBS: Final = words(
    """
    ran run running handled handling managed managing scheduled scheduling organized
    organised organizing organising coordinated coordinating hosted hosting booked moderated
    """
)
_JOIN_WORDS: Final = words("join joining invite inviting invited")
_PERSONAL: Final = words("me my you your ur u us i i'll i'd i'm we we'll let's lets")
_SHARE_WORDS: Final = words("share shares sharing shared")
# Who shares to an app when the sharing is a feature of the product, not a move to it.
_FEATURE_SUBJECTS: Final = words(
    "users user visitors customers people readers buyers button buttons option feature icon"
    " icons allow allows lets"
)


# A story about a former client, agency or job ("my last client paid late through PayPal",
# "I left my old agency because they moved clients to Telegram"): told, not offered, when no
# "you" is in it. Both orders, for "mi último cliente", "cliente anterior", "klien lama".
_QUIET_FORMER: Final = words("""
    last previous former old ex past ultimo anterior antiguo antigo dernier ancien precedent
    pichla pichle pichli purana purane dati lama sebelumnya eski onceki
    """)
_QUIET_PARTY: Final = words("""
    client clients customer customers agency agencies employer employers boss job jobs company
    team cliente clientes agencia empresa jefe chefe patron klien kliyente musteri musterim
    ajans
    """)
_QUIET_YOU: Final = words("""
    you your ur u yours you're you'll tu tus usted voce vc vous toi aap tum ikaw mo kamu anda
    sen siz ban
    """)


def _quiet_former_story(before: list[str], after: list[str]) -> bool:
    """Whether ``before`` tells of a former party and no one here is addressed."""
    if _QUIET_FORMER.isdisjoint(before) or not _QUIET_YOU.isdisjoint(before + after):
        return False
    return any(
        before[index] in _QUIET_FORMER
        and (before[index + 1] in _QUIET_PARTY or (index and before[index - 1] in _QUIET_PARTY))
        for index in range(len(before) - 1)
    )


# Zoom as the work: the meetings an app is to start through the SDK or API ("the app starts
# Zoom meetings with the Meeting SDK", "Zoom-Meetings aus dem Kalender (Zoom SDK)"), and
# "zoom" as a close-up in Spanish, Portuguese and French ("hacer zoom en el logo", "fazer
# zoom na foto", "faire zoom sur"), unless a time follows ("hacer zoom en la tarde").
_QUIET_ZOOM_MACHINERY: Final = words("sdk sdks api apis oauth jwt webhook webhooks")
_QUIET_ZOOM_READER: Final = words("me us you your u ur let's lets")
_QUIET_ZOOM_CLOSE_UP_VERBS: Final = words("hacer haz hace hagas fazer faz faca faire fais fait")
_QUIET_ZOOM_ON: Final = words("en na no em sur sobre dans al ao")
_QUIET_ZOOM_TIMES: Final = words("""
    tarde manana noche noite soir matin lunes martes miercoles jueves viernes sabado domingo
    hoy hoje amanha demain
    """)


def _quiet_zoom_is_the_work(text: str, start: int, end: int, before: list[str]) -> bool:
    after = _after(text, end, count=3, reach=30)
    if before[-1:] and before[-1] in _QUIET_ZOOM_CLOSE_UP_VERBS:
        return bool(after) and after[0] in _QUIET_ZOOM_ON and _QUIET_ZOOM_TIMES.isdisjoint(after)
    if "sdk" not in text and "api" not in text and "auth" not in text and "webhook" not in text:
        return False  # (the common case, for a few substring tests)
    sentence = _before(text, start, count=12, reach=100) + _after(text, end, count=14, reach=120)
    return not _QUIET_ZOOM_MACHINERY.isdisjoint(sentence) and _QUIET_ZOOM_READER.isdisjoint(
        sentence
    )


def _third_party(word: str) -> bool:
    """Whether ``word`` names somebody else as the owner: "his", "the client's"."""
    return word in _THIRD_PARTY or word.endswith(("'s", "s'"))


def _is_app_topic(
    text: str, start: int, before: list[str], after: list[str], topic_after: frozenset[str]
) -> bool:
    """``_is_topic``, and the ways an app or meeting service is somebody else's or a feature.

    "his WhatsApp Business account", "the Zoom Video SDK", "scheduled Zoom meetings with
    tenants" (a past task, told by the verb), "a tombol WhatsApp", "users can share it to
    WhatsApp".
    """
    if len(after) > 1:
        first = after[0]
        if (
            first in topic_after
            and after[1] in _NUMBER_OR_HANDLE
            and before
            and _third_party(before[-1])
        ):
            return True
        if first in _COMPOUND_HEADS and after[1] in _COMPOUND_TOPICS:
            return True
        if (
            first in _USED_FOR_OTHERS
            and before
            and before[-1] in _PAST_WORK_VERBS
            and _PERSONAL.isdisjoint(after[1:3])
        ):
            return True
    if before:
        if before[-1] in _APP_FEATURE_BEFORE:
            return True
        # "un bot de WhatsApp", "o botão do WhatsApp", "stickers para Telegram": the topic
        # before the name, as Spanish, Portuguese and French put it.
        if (
            len(before) > 1
            and before[-1] in _OF_FOR
            and (before[-2] in lx.APP_TOPIC_AFTER or before[-2] in _APP_FEATURE_BEFORE)
        ):
            return True
        if before[-1] in {"to", "on", "via"} and not _SHARE_WORDS.isdisjoint(before):
            wide = _before(text, start, count=8, reach=64)
            if not _FEATURE_SUBJECTS.isdisjoint(wide) and _PERSONAL.isdisjoint(wide):
                return True
        # "join our Slack", "I'll add you to our WhatsApp group": whoever's it is, the reader
        # is asked in.
        # ("users join the Telegram group from the landing page": what the product does.)
        if not _JOIN_WORDS.isdisjoint(before) or (
            "add" in before and not {"you", "u"}.isdisjoint(before)
        ):
            return not _FEATURE_SUBJECTS.isdisjoint(before) or (
                bool(after) and after[0] in topic_after
            )
    return _is_topic(before, after, topic_after)


# A word that starts with "w" and ends in "ap" or "app" (the words of ``_WORDS`` are runs of
# ``[a-z]``, hence the letter look-behind and the possessive run of letters, which ends only
# where the word does); the leading literal lets `re` skip ahead fast.
_MISSPELT_WHATSAPP = re.compile(r"w(?<![a-z]w)[a-z]*+(?:(?<=ap)|(?<=app))")


# Vietnamese names the owner after the app: "Zalo em", "zalo của anh" (of me, of you).
_CHANNEL_VIETNAMESE_MINE: Final = words("em anh chi minh toi ban")
_CHANNEL_VIETNAMESE_OF: Final = frozenset({"cua"})
# A handle given as the one the sender has here: "same username as here", "el mismo usuario
# que aquí", "o mesmo nome daqui", "username sama kayak di sini", "même nom qu'ici".
_CHANNEL_SAME_AS_HERE = re.compile(
    r"\b(?:same|mismo|misma|mesmo|mesma|meme|sama|parehong|ayni)\b[^.!?\n]{0,40}?"
    r"(?:\b(?:here|aqui|daqui|ici|sini|disini|dito|burada|buradaki)\b|\b(?:name|username|handle"
    r"|user|usuario|nombre|nome|nom|pangalan|isim|id)\b)"
)
_CHANNEL_SAME_WORDS: Final = words("same mismo misma mesmo mesma meme sama parehong ayni")
# Asking where the reader can be reached ("a WhatsApp I could reach you on", "where else can
# I contact you?", "donde pueda escribirte", "onde eu possa te chamar"): an app named in the
# same sentence, or listed in the next one, is the route asked for.
_CHANNEL_REACH = re.compile(
    r"\b(?:(?:reach|contact|message|text|ping|call|find|dm)\s+(?:you|u|ya)\b"
    r"|(?:talk|write|speak)\s+(?:to|with)\s+(?:you|u)\b"
    r"|(?:escribirte|contactarte|hablarte|llamarte|encontrarte)\b"
    r"|te\s+(?:pueda|puedo|podria|posso|possa)\s+(?:escribir|contactar|hablar|llamar|chamar"
    r"|achar|encontrar|contatar)\b|te\s+(?:chamar|achar|encontrar|contatar)\b"
    r"|(?:vous|te)\s+(?:joindre|contacter|ecrire)\b"
    r"|hubungi\s+(?:kamu|kakak|kak|anda)\b)"
)
_CHANNEL_REACH_WORDS: Final = words("""
    reach contact message text ping call find dm talk write speak escribirte contactarte
    hablarte llamarte encontrarte te vous hubungi
    """)
_CHANNEL_REACH_BEFORE: Final = 90
_CHANNEL_REACH_AFTER: Final = 50
# An app as the model for a product: "a chat like WhatsApp", "similar to Telegram", "un chat
# tipo WhatsApp", "comme WhatsApp", "seperti WhatsApp", "WhatsApp gibi".
_CHANNEL_LIKE_BEFORE: Final = words("like similar such tipo estilo comme seperti mirip jaisa jaise")
_CHANNEL_WANTING: Final = words("would i'd you'd we'd i we you they do don't")
# The name as a word in a script or subtitle: "read 'Skype' as one syllable".
_CHANNEL_SPOKEN_WORDS: Final = words("""
    read reading pronounce pronounced pronunciation say said spell spelled spelling script
    subtitle subtitles caption captions word syllable syllables transcript voiceover
    """)
_CHANNEL_QUOTES: Final = "'\"\u2018\u2019\u201c\u201d"
# A story from before ("my last designer", "used to", "once asked me") told by a sender who
# keeps to the platform ("so I keep everything here", "the reminders here work fine",
# "prefiero todo por aquí"): the app is the story, not a route.
_CHANNEL_STORY = re.compile(
    r"\b(?:my\s+(?:last|previous|former|old)|used\s+to|kept\s+(?:asking|trying)|once|last\s+time"
    r"|mi\s+(?:antiguo|antigua|ultimo|ultima|anterior)|meu\s+(?:antigo|ultimo|anterior)"
    r"|minha\s+(?:antiga|ultima|anterior)|mon\s+(?:ancien|dernier)|ma\s+(?:ancienne|derniere))\b"
)
_CHANNEL_KEPT_HERE = re.compile(
    r"\b(?:(?:everything|all|it|things)\s+(?:on\s+|in\s+)?here|here\s+works?"
    r"|(?:feature|features|button|reminders?|chat|messages|calls?)\s+here"
    r"|(?:todo|tudo)\s+(?:por\s+)?(?:aqui|aca)|(?:tout|tout\s+garder)\s+ici)\b"
)
_CHANNEL_STORY_WORDS: Final = words("""
    last previous former old used kept once antiguo antigua ultimo ultima anterior antigo
    ancien ancienne dernier derniere
    """)
# "let's use Slack", "we could use Discord": the reader asked onto the app.
_CHANNEL_USE: Final = words("use using usar usemos pakai utiliser")
_CHANNEL_SHALL: Final = words("let's lets vamos can could should shall we'll")
# A workspace's own host: "acme.slack.com" (not the machinery's "hooks.slack.com").
_CHANNEL_WORKSPACE = re.compile(r"(?<![a-z0-9.@/-])([a-z0-9][a-z0-9-]{1,40})\.slack\.com\b(?!\.)")
_CHANNEL_NOT_WORKSPACES: Final = words("api hooks status www files app slack-files downloads")


def _channel_app_quiet(scan: _Scan, match: re.Match[str], before: list[str]) -> bool:
    """Whether an app is a model for the product ("a chat like WhatsApp"), a word read in a
    script ("read 'Skype' as"), or the subject of a past story told by a sender who keeps
    everything on the platform."""
    text = scan.text
    start, end = match.span()
    # ("similar to Telegram", "such as Zoom": the comparing word one further back.)
    like = len(before) - (2 if before[-1:] in (["to"], ["as"]) else 1)
    if like >= 0 and before[like] in _CHANNEL_LIKE_BEFORE:
        wanting = before[like] == "like" and like > 0 and before[like - 1] in _CHANNEL_WANTING
        if not wanting and not _SOCIAL_PREPOSITIONS.intersection(before[max(0, like - 3) : like]):
            return True
    if (
        start > 0
        and text[start - 1] in _CHANNEL_QUOTES
        and text[end : end + 1] in tuple(_CHANNEL_QUOTES)
        and not _CHANNEL_SPOKEN_WORDS.isdisjoint(
            _before(text, start, count=8, reach=60) + _after(text, end, count=8, reach=60)
        )
    ):
        return True
    if scan.words.isdisjoint(_CHANNEL_STORY_WORDS) and "todo" not in text and "tudo" not in text:
        return False
    sentence_start = max(0, start - 120)
    story = _CHANNEL_STORY.search(text, sentence_start, start)
    return story is not None and _CHANNEL_KEPT_HERE.search(text) is not None


def _channel_app_reached(
    scan: _Scan, match: re.Match[str], before: list[str], after: list[str], *, weak: bool
) -> bool:
    """Whether an app is the sender's route in words the other rules do not read: a
    Vietnamese owner after it, a handle "the same as here", "let's use" it, or a question
    about where the reader can be reached around it."""
    text = scan.text
    first_after = after[0] if after else ""
    if first_after in _CHANNEL_VIETNAMESE_MINE or (
        first_after in _CHANNEL_VIETNAMESE_OF
        and after[1:2]
        and after[1] in _CHANNEL_VIETNAMESE_MINE
    ):
        return True
    if (
        before[-1:]
        and before[-1] in _CHANNEL_USE
        and before[-2:-1]
        and before[-2] in _CHANNEL_SHALL
    ):
        return True
    if _channel_same_as_here(scan, match.end()):
        return True
    if weak and not scan.original(match.start(), match.end())[:1].isupper():
        return False
    if scan.words.isdisjoint(_CHANNEL_REACH_WORDS):
        return False
    low = max(0, match.start() - _CHANNEL_REACH_BEFORE)
    reach = _CHANNEL_REACH.search(text, low, min(len(text), match.end() + _CHANNEL_REACH_AFTER))
    return reach is not None and "?" in text[low : match.end() + _CHANNEL_REACH_AFTER]


def _channel_find_workspaces(scan: _Scan) -> None:
    for found in _CHANNEL_WORKSPACE.finditer(scan.text):
        if found.group(1) not in _CHANNEL_NOT_WORKSPACES:
            value = found.group().removesuffix(".slack.com") + ".slack.com"
            scan.add("messaging_app", found.start(), found.end(), value, _CONCRETE)


def _find_apps(scan: _Scan) -> None:
    text = scan.text
    if "live:" in text or ("@" in text and ":" in text):
        _appq_find_ids(scan)
    # Misspelt "whatsapp"s ("whatsaap", "wasap") are triggers too. (Each ends in "ap" or
    # "app": a text without an "ap" holds none, told by one substring test.)
    if "slack" in scan.words and ".slack.com" in text:
        _channel_find_workspaces(scan)
    misspelt = _MISSPELT_WHATSAPP.findall(text) if "ap" in text else []
    if not misspelt and not scan.held & _APPS_GATE:
        return  # no window (the common case; the gate's bit: no word of ``_APP_WORDS``)
    windows = scan.windows(_APP_WORDS, 8, 8, found=frozenset(misspelt))
    if not windows:
        return
    short = len(text) <= 40
    development = any(word in scan.category for word in ("develop", "bot", "programming"))
    # An app named beside a phone number ("+63 917 555 0123 (viber/whatsapp)") is a way to
    # reach that number. (The numbers are listed only when a name needs them.)
    phones: list[tuple[int, int]] | None = None
    for pattern, weak in ((_APP_STRONG, False), (_APP_WEAK, True)):
        for match in _matches(pattern, text, windows):
            name = match.lastgroup or ""
            before = _before(text, match.start())
            after = _after(text, match.end())
            if name == "slack" and match.group() != "slack":
                # "a Slack Connect channel for us": a shared workspace, whoever set it up.
                if after and after[0] in lx.APP_TOPIC_AFTER:
                    continue
            elif (
                _is_app_topic(text, match.start(), before, after, lx.APP_TOPIC_AFTER)
                or _appq_talked_about(scan, match, after)
                or _channel_app_quiet(scan, match, before)
                or _quiet_former_story(
                    _before(text, match.start(), count=12, reach=100),
                    _after(text, match.end(), count=12, reach=100),
                )
            ):
                continue
            elif _appq_reached(scan, match, name, before, after):
                pass
            elif weak:
                near_phone = False
                if name in _BESIDE_PHONE_APPS and match.group() not in {"tele", "telega"}:
                    if phones is None:
                        phones = _phone_spans(scan)
                    near_phone = _overlaps(
                        phones,
                        match.start() - _BESIDE_PHONE_REACH,
                        match.end() + _BESIDE_PHONE_REACH,
                    )
                if not _weak_app_context(
                    name, before, after, scan, match, near_phone
                ) and not _channel_app_reached(scan, match, before, after, weak=True):
                    continue
            elif not (
                short
                or bool(phones if phones is not None else (phones := _phone_spans(scan)))
                or set(before[-3:])
                & (lx.APP_CONTACT_BEFORE - (_DEVELOPMENT_WORDS if development else frozenset()))
                or (after and (after[0] in lx.APP_CONTACT_AFTER or after[0][0].isdigit()))
                or set(after[:2]) & _NUMBER_WORDS
                or _channel_app_reached(scan, match, before, after, weak=False)
            ):
                continue
            scan.add("messaging_app", match.start(), match.end(), name.replace("_", " "), _NAMED)
            # "WhatsApp number", and "número de WhatsApp", "nomor WA": the number is asked for.
            if (after and after[0] in _NUMBER_WORDS) or not _NUMBER_BEFORE.isdisjoint(before[-3:]):
                scan.add("phone", match.start(), match.end(), REQUEST, _ASKED)


# An app that broke (the sender's excuse for being late, not a way to talk): "my WhatsApp
# crashed", "meu WhatsApp caiu", "mera WhatsApp kal se band hai", "mon WhatsApp plante".
_APPQ_BROKEN: Final = words("""
    crashed crashing crashes crash acting hacked hack hackeado hackeada hacke banned suspended
    blocked deleted glitching glitchy buggy bugging died broke broken caiu travando travou
    bugou bugado pau bloqueado bloqueada kharab band plante bugue rusak eror error sira nasira
    bozuldu coktu calismiyor stopped disabled
    """)
# Working, said after a "not" in the phrase: "mi WhatsApp no funciona", "isn't working".
_APPQ_WORKING: Final = words("working works work funciona funcionando marche abre chal chalta")
_APPQ_NOT: Final = words("no not nao ne pas isn't doesn't won't nahi nahin tidak")
# Somebody else talking on an app ("the architect sent it over WhatsApp to my husband", "our
# riders coordinate in a WhatsApp group", "he was on Zoom all day"): the sender's story.
_APPQ_OTHERS: Final = words("""
    he she they he's she's they're architect contractor husband wife partner manager
    customers customer users riders drivers reps employees students members leads
    friend friends agents buyers sellers guests patients tenants colleague colleagues
    coworker coworkers brother sister mom dad mother father son daughter landlord
    """)
# Words after the app that invite the reader all the same ("my team is on Slack, join us").
_APPQ_INVITE: Final = words("""
    join joining add added adding invite invited dm ping text message msg reach contact me us
    you're you'd you'll
    """)
# Words between that person and the app that bring the sender or the reader in ("my boss
# will add you on WhatsApp"), or move the talk ("the client wants to switch to Telegram").
_APPQ_BRINGS_IN: Final = words("""
    me us you u i we i'll we'll i'm let's lets your ur move moving switch switching continue
    continuing take taking hop jump shift wants want prefers asked asks add rather
    """)
# The app as the work's machinery: alerts to a Slack channel, an auto-reply on WhatsApp.
_APPQ_MACHINE: Final = words("""
    webhook webhooks alert alerts auto-reply auto-replies autoreply autoresponder notification
    notifications deploy deploys deployment deployments pipeline cron zapier n8n chatbot
    """)
_APPQ_GIVEN: Final = _NUMBER_WORDS | words("id handle @ : me us")
_APPQ_PERSONAL: Final = words("me us i i'll i'm i'd you u let's lets dm msg text ping")
_APPQ_PHRASE_END = re.compile(r"[,.;!?\n]")


def _appq_talked_about(scan: _Scan, match: re.Match[str], after: list[str]) -> bool:
    """Whether an app is only talked about: it broke, somebody else uses it, or it is the
    machinery of the work, with no number, handle or "me" to reach the sender by."""
    text = scan.text
    if _appq_suffix(text, match.end()) in _APPQ_TURKISH_OF:
        return True  # "Telegram'daki kanalımız", "WhatsApp'ın güncellemesi"
    if after and after[0] in _APPQ_GIVEN and not (after[1:2] and after[1] in _APPQ_WORKING):
        return False  # "WhatsApp no. 0812…", "Skype id:", but "mi WhatsApp no funciona"
    end = match.end()
    phrase_end = _APPQ_PHRASE_END.search(text, end, end + 60)
    phrase = _TOKENS.findall(text, end, phrase_end.start() if phrase_end else end + 60)[:5]
    if "@" in phrase or any(word[:1].isdigit() or word == "+" for word in phrase):
        return False
    for index, word in enumerate(phrase):
        if word in _APPQ_BROKEN or (
            word in _APPQ_WORKING and not _APPQ_NOT.isdisjoint(phrase[:index])
        ):
            return True
        if word in {"me", "us", "number", "id"}:
            break
    wide = _before(text, match.start(), count=10, reach=80)
    wide_after = _after(text, end, count=10, reach=80)
    if _APPQ_BRINGS_IN.isdisjoint(phrase) and _APPQ_INVITE.isdisjoint(wide_after):
        for index in range(len(wide) - 1, -1, -1):
            if wide[index] in _APPQ_BRINGS_IN:
                break
            if wide[index] in _APPQ_OTHERS:
                return True
    sentence = wide + wide_after
    return not _APPQ_MACHINE.isdisjoint(sentence) and _APPQ_PERSONAL.isdisjoint(sentence)


# Turkish writes a case ending after an apostrophe: "Telegram'dan" (from), "WhatsApp'a"
# (to), "Signal'den"; "Telegram'daki" (the one on) and "WhatsApp'ın" (its) make it a topic.
_APPQ_TURKISH_ROUTE: Final = words("dan den tan ten a e ya ye da de ta te dayim deyim")
_APPQ_TURKISH_OF: Final = words("daki deki taki teki in nin un nun")
_APPQ_SUFFIX = re.compile(r"['\u2019]([a-z]+)")
# The words before an app that say "you" or "on it" in Hindi-Urdu and Vietnamese ("aap Viber
# use karte ho?", "cho em xin Zalo", "nhắn qua Zalo", "kết bạn Zalo").
_APPQ_REACH_BEFORE: Final = words("aap aapke apke tum tumhare xin qua nhan ban lien")
# An app used as a verb: "we could just iMessage", "let's just WhatsApp".
_APPQ_JUST_BEFORE: Final = words("could can let's lets we should shall might")


# Ids whose shape names their app: Skype's "live:" ids ("live:cid.7f3a1c9e2b"), and Matrix
# handles, which carry their server ("@ana:matrix.org", the ids of Element and its kin).
_APPQ_SKYPE_ID = re.compile(r"(?<![a-z0-9])live:[a-z0-9][a-z0-9._-]{2,40}(?![a-z0-9:/])")
_APPQ_MATRIX_ID = re.compile(
    r"(?<![a-z0-9@])@[a-z0-9._=-]{2,40}:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}(?![a-z0-9/:@])"
)
# "live:" is a Skype id only where an id is given or asked for (not "live: true" in a config).
_APPQ_ID_BEFORE: Final = words("id add skype skpe skyp me is my")


def _appq_find_ids(scan: _Scan) -> None:
    text = scan.text
    if "live:" in text:
        for found in _APPQ_SKYPE_ID.finditer(text):
            before = _before(text, found.start(), count=4)
            if not _APPQ_ID_BEFORE.isdisjoint(before) and not scan.in_code(*found.span()):
                scan.add("messaging_app", found.start(), found.end(), "skype", _CONCRETE)
    if "@" in text:
        for found in _APPQ_MATRIX_ID.finditer(text):
            if not scan.in_code(*found.span()):
                scan.add("messaging_app", found.start(), found.end(), "matrix", _CONCRETE)


def _appq_suffix(text: str, end: int) -> str:
    """The Turkish case ending written after an app's name, or ""."""
    if text[end : end + 1] not in {"'", "\u2019"}:
        return ""
    found = _APPQ_SUFFIX.match(text, end)
    return found.group(1) if found else ""


def _appq_reached(
    scan: _Scan, match: re.Match[str], name: str, before: list[str], after: list[str]
) -> bool:
    """Whether an app is named as the way to reach the sender in words the other rules do not
    read: a Turkish case ending, "aap", "xin", an app used as a verb, "signal is +1 …"."""
    if _appq_suffix(scan.text, match.end()) in _APPQ_TURKISH_ROUTE:
        return True
    if not _APPQ_REACH_BEFORE.isdisjoint(before[-3:]):
        return True
    if before[-1:] == ["just"] and not _APPQ_JUST_BEFORE.isdisjoint(before[-3:-1]):
        return True
    if name == "signal" and after[:1] == ["is"] and after[1:2] and after[1][:1] in "+0123456789":
        return _overlaps(_phone_spans(scan), match.end(), match.end() + _BESIDE_PHONE_REACH)
    return False


def _phone_spans(scan: _Scan) -> list[tuple[int, int]]:
    """The spans of the phone numbers found in the text (not the requests for one)."""
    return [
        (hit.start, hit.end) for hit in scan.hits if hit.kind == "phone" and hit.rank == _CONCRETE
    ]


def _weak_app_context(
    name: str,
    before: list[str],
    after: list[str],
    scan: _Scan,
    match: re.Match[str],
    near_phone: bool,
) -> bool:
    near = set(before[-2:])
    first_after = after[0] if after else ""
    # "WA aku 0812…", "tele aku @rizky_vo", "Tg ko po @kim": a possessive after the name.
    # (Tagalog's "ko" is also Hindi's object marker, "line ko badlo": only before a handle.)
    possessed = first_after in _POSTPOSED_POSSESSIVE or (
        first_after == "ko" and len(after) > 1 and after[1] in {"po", "@", ":"}
    )
    if name == "line":
        if possessed:
            return True
        if first_after == "id" and not near.isdisjoint(_POSSESSIVE):
            return True  # "my line id is kenji_88"
        if first_after in {"app", "id", ":"}:
            return scan.original(match.start(), match.end()).startswith("L")
        # "add me on LINE", unless the whole sentence is in capitals ("ON LINE NOW").
        return (
            bool(near & _WEAK_APP_BEFORE)
            and not first_after[:1].isdigit()
            and scan.original(match.start(), match.end()) == "LINE"
            and not scan.original(max(0, match.start() - 4), match.start()).isupper()
        )
    if possessed:
        return True
    if first_after in _OF_WORDS and near.isdisjoint(_POSSESSIVE):
        return False
    if match.group() == "wa" and _US_ZIP.fullmatch(first_after) is not None:
        return False  # "Seattle, WA 98101": the state
    if name == "whatsapp" and match.group() == "w/a":
        # "w/a" is also "with a": only as written for the app, or after "on", "my".
        spelled = scan.original(match.start(), match.end())
        return spelled == "W/A" or bool(near & {"on", "via", "my", "your", "ur", "pe", "no"})
    if name in {"whatsapp"} and match.group() in {"whats", "wats"}:
        if first_after in {"up", "your", "ur", "the", "that", "this", "a", "an", "it", "going"}:
            return False
        return bool(near & _WHATS_BEFORE) or first_after in _NUMBER_WORDS | {"app"} or near_phone
    if name == "signal":
        if first_after in {"is", "strength", "processing", "flow", "to", "that"}:
            return False
        if before and before[-1] in _WEAK_SIGNAL_BEFORE:
            return False
    if name == "slack" and first_after in {"off", "time", "and", "in"}:
        return False
    if name == "discord" and not (near or first_after):
        return False
    if name == "telegram" and match.group() == "tele" and first_after not in {"@", ":", "me"}:
        # (Indonesian "di tele aja", "ke tele ya": on, to.)
        routed = near & {"on", "via", "my", "your"} or before[-1:] in (["di"], ["ke"])
        return bool(routed) and first_after not in {
            "vision", "tv", "show", "series", "screen", "marketing", "sales", "health",
        }  # fmt: skip
    moved = bool(set(before[-4:]) & _MOVE_VERBS) and bool(near & _MOVE_TO)
    return (
        moved
        or near_phone
        or bool(near & _WEAK_APP_BEFORE)
        or first_after in _WEAK_APP_AFTER
        or (first_after.startswith("+") or first_after[:1].isdigit())
    )


_VIDEO = re.compile(
    r"(?=[bfghjmtwz])(?<![a-z0-9@/.])"
    r"(?:(?P<zoom>zoom)(?!-(?:in|out))|(?P<google_meet>google\s?meet|g[-\s]?meet|hangouts?\s+meet)"
    r"|(?P<teams>(?:microsoft|ms)\s?teams|teams)|(?P<webex>webex)"
    r"|(?P<gotomeeting>goto\s?meeting|go\s?to\s?meeting)|(?P<bluejeans>bluejeans)"
    r"|(?P<jitsi>jitsi)|(?P<facetime>face\s?time)|(?P<whereby>whereby)"
    r"|(?P<meet_link>meet)(?=\s+(?:link|invite|url)))(?![a-z0-9])"
)
# "videollamada por Meet", "call no Meet", "on Meet": Google Meet by its short name, after a
# preposition. (The English ones and "no" only as the product is written, "Meet".)
_BARE_MEET = re.compile(
    r"\b(?P<before>on|no|via|por|pelo|pela|sur|lewat|pakai|pake|na|en|sa|di|pe|par|un|une"
    r"|una|um|uma)\s{1,3}meet\b(?![-'])"
)
_MEET_CAPITALISED: Final = frozenset({"on", "no"})
# How far before its trigger word a ``_VIDEO`` or ``_BARE_MEET`` match may start.
_VIDEO_REACH_BEFORE: Final = 12
# "a Meet and Greet", "on Meet integration".
_NOT_MEET_AFTER: Final = lx.APP_TOPIC_AFTER | {"and", "up", "with", "&"}
_VIDEO_TRIGGER_WORDS: Final = words(
    """
    zoom meet gmeet teams webex gotomeeting bluejeans jitsi facetime face whereby
    """
)
_VIDEO_BEFORE: Final = words("""
    on via over through thru a quick short another by schedule scheduled set join hop jump
    do have send share your my ur the in using use our separate por pelo pela no na sur en sa
    di pe par lewat pakai pake un une una um uma petit petite kita tayo hacemos hagamos
    fazemos fazer marcar agendar programar hacer faire fait prefer prefers prefiero prefiro
    prefere videollamada videochamada visio llamada chamada appel
    """)
# Words before "zoom" that do not make it a meeting on their own ("add a subtle zoom", "the
# 10x optical zoom"): the word that does must come before them ("hop on a 15 min zoom").
_ZOOM_MODIFIERS: Final = words("""
    a an the new un une una um uma rapide rapida rapido me us you u min mins minute minutes
    hour
    """)
# "No zoom on the intro": "no" is a preposition before "Zoom" only as the product is written.
_VIDEO_CAPITALISED_BEFORE: Final = frozenset({"no"})
_CLOCK_TIME = re.compile(r"\d{1,2}(?:am|pm|h\d{0,2})")
# When a meeting is to be: "a Zoom tomorrow", "un Teams jeudi", "a Zoom on Friday".
_VIDEO_WHEN: Final = words("""
    sometime tomorrow today tonight later now then manana hoy amanha hoje demain besok nanti
    mamaya bukas aaj monday tuesday wednesday thursday friday saturday sunday lunes martes
    miercoles jueves viernes sabado domingo segunda terca quarta quinta sexta lundi mardi
    mercredi jeudi vendredi samedi dimanche
    """)
_VIDEO_AFTER: Final = _VIDEO_WHEN | words("""
    call calls meeting meetings meet link links session sessions chat interview me ? id room
    invite invitation instead please pls or at details url pe par mein karte karo aja yuk
    """)
# After an unambiguous name only: "Google Meet na lang tayo".
_VIDEO_AFTER_NAMED: Final = words("na tayo lang")
_NOT_TEAMS_AFTER: Final = words("of that who and with across to in for are were have has can will")
_TEAMS_BEFORE: Final = words("""
    on via over through a quick ms por pelo pela no na sur en sa di pe par lewat pakai pake un
    une una um uma petit petite
    """)
# "Easiest for me is Google Meet", "mejor para mi es Zoom".
_IS_WORDS: Final = words("is es e est")


def _zoom_context(before: list[str], capitalised: bool) -> bool:
    """Whether a word before "zoom", past its modifiers, makes it a meeting ("on a quick")."""
    for word in reversed(before):
        if word in _VIDEO_CAPITALISED_BEFORE and not capitalised:
            return False
        if word in _VIDEO_BEFORE and word not in _ZOOM_MODIFIERS:
            return True
        if word not in _ZOOM_MODIFIERS and not word[0].isdigit():
            return False
    return False


# What identifies a meeting, after its service's name: "zoom rm id", "Zoom pwd is ...".
_CHANNEL_MEETING_IDS: Final = words("rm mtg pwd pw passcode password code")
# A meeting ID typed after the name, "zoom 845 1120 9934": nine to eleven digits.
_CHANNEL_MEETING_NUMBER = re.compile(r"\s*(?:\d[\s-]{0,2}){8,10}\d(?!\d)")
# What the meetings on a service are for: "uses MS Teams for interviews", "Zoom for the
# kickoff call", "Meet para la entrevista".
_CHANNEL_FOR: Final = words("for para pour pra untuk")
_CHANNEL_FOR_THE: Final = words("the a an our your my la el las los a o as os le les l")
_CHANNEL_TALKS: Final = words("""
    interview interviews call calls meeting meetings kickoff kick-off catch-up sync chat chats
    session sessions entrevista entrevistas reunion reuniones reuniao reunioes chamada
    llamada entretien entretiens appel wawancara rapat panayam
    """)
# A Google Meet code, "abc-defg-hij" (also typed with spaces around the hyphens).
_CHANNEL_MEET_CODE = re.compile(
    r"(?<![a-z0-9-])[a-z]{3}\s?-\s?[a-z]{4}\s?-\s?[a-z]{3}(?![a-z0-9-])"
)
_CHANNEL_MEET_CODE_REACH: Final = 80


def _channel_meeting_named(scan: _Scan, match: re.Match[str], after: list[str]) -> bool:
    """Whether what follows a meeting service's name identifies a meeting or says what the
    meetings are for: a room id or passcode, the meeting's number, "for the interview"."""
    first_after = after[0] if after else ""
    if first_after in _CHANNEL_MEETING_IDS:
        return True
    if first_after[:1].isdigit() and _CHANNEL_MEETING_NUMBER.match(scan.text, match.end()):
        return True
    if first_after in _CHANNEL_FOR:
        rest = after[2:3] if after[1:2] and after[1] in _CHANNEL_FOR_THE else after[1:2]
        return bool(rest) and rest[0] in _CHANNEL_TALKS
    return False


def _channel_meeting_for_others(before: list[str], after: list[str]) -> bool:
    """A meeting a VA set up for the client with somebody else: "scheduled your Zoom with the
    investors", "booked your Teams call with the bank"."""
    if _PAST_WORK_VERBS.isdisjoint(before[-3:]):
        return False
    for index, word in enumerate(after[:3]):
        if word == "with":
            return after[index + 1 : index + 2] != [] and after[index + 1] not in _PERSONAL
    return False


def _channel_find_meet_codes(scan: _Scan) -> None:
    text = scan.text
    for found in _CHANNEL_MEET_CODE.finditer(text):
        low = max(0, found.start() - _CHANNEL_MEET_CODE_REACH)
        if "meet" in _WORDS.findall(text, low, found.start()):
            value = "meet.google.com/" + found.group().replace(" ", "")
            scan.add("video_meeting", found.start(), found.end(), value, _CONCRETE)


def _find_video(scan: _Scan) -> None:
    if not scan.words & _VIDEO_TRIGGER_WORDS:
        return
    text = scan.text
    windows = scan.windows(_VIDEO_TRIGGER_WORDS, _VIDEO_REACH_BEFORE, 24)
    for match in _matches(_VIDEO, text, windows):
        name = match.lastgroup or ""
        before = _before(text, match.start(), count=6)
        after = _after(text, match.end())
        topic_after = lx.VIDEO_TOPIC_AFTER if name == "zoom" else lx.APP_TOPIC_AFTER
        # "a Zoom on Friday", "a Teams this afternoon": when, not where on the picture.
        when = (
            len(after) > 1
            and after[0] in {"on", "at", "this", "next"}
            and (after[1] in _VIDEO_WHEN or _CLOCK_TIME.fullmatch(after[1]) is not None)
        )
        if not when and _is_app_topic(text, match.start(), before[-4:], after, topic_after):
            continue
        if _channel_meeting_for_others(before, after):
            continue
        near = set(before[-3:])
        first_after = after[0] if after else ""
        # (The name as written is read only when it matters: reading it costs.)
        capitalised = _VIDEO_CAPITALISED_BEFORE.isdisjoint(before) or (
            scan.original(match.start(), match.end())[:1].isupper()
        )
        if not capitalised:
            near -= _VIDEO_CAPITALISED_BEFORE
        if name == "teams" and match.group() == "teams":
            spelled = scan.original(match.start(), match.end())
            if first_after in _NOT_TEAMS_AFTER or not (
                spelled.startswith("T")
                or near & {"on", "via", "over"}
                or first_after in {"call", "link", "invite", "invitation"}
            ):
                continue
            if not (
                near & _TEAMS_BEFORE
                or first_after in {"call", "meeting", "link", "invite", "chat", "?"}
                or first_after in _VIDEO_AFTER - _NOT_TEAMS_AFTER
            ):
                continue
        elif name == "meet_link":
            name = "google_meet"
        elif not (
            (_zoom_context(before, capitalised) if name == "zoom" else bool(near & _VIDEO_BEFORE))
            or (first_after in _VIDEO_AFTER and not (name == "zoom" and first_after == "at"))
            or when
            or (name != "zoom" and first_after in _VIDEO_AFTER_NAMED)
            or (before and before[-1] in _IS_WORDS and "me" in before)
            or (first_after in {"works", "with"} and not _PERSONAL.isdisjoint(after[1:]))
            or len(text) <= 30
            or _channel_meeting_named(scan, match, after)
        ):
            continue
        if name == "zoom" and "the" in before[-1:] and first_after not in _VIDEO_AFTER:
            continue
        if _appq_talked_about(scan, match, after):
            continue  # "he was on Zoom all day", "my Zoom crashed mid-call"
        if name == "zoom" and _quiet_zoom_is_the_work(text, match.start(), match.end(), before):
            continue
        scan.add("video_meeting", match.start(), match.end(), name.replace("_", " "), _NAMED)
    if "meet" in scan.words and "-" in text:
        _channel_find_meet_codes(scan)
    if "meet" in scan.words:
        for match in _matches(_BARE_MEET, text, windows):
            spelled = scan.original(match.end() - 4, match.end())
            if match.group("before") in _MEET_CAPITALISED and spelled != "Meet":
                continue
            after = _after(text, match.end())
            if after and after[0] in _NOT_MEET_AFTER:
                continue
            scan.add("video_meeting", match.end() - 4, match.end(), "google meet", _NAMED)


_SCHEDULING = re.compile(
    r"\b(?:(?P<calendly>calendly)|(?P<cal_com>cal\.com)|(?P<savvycal>savvycal)"
    r"|(?P<tidycal>tidycal)|(?P<youcanbookme>youcanbook\.?me)|(?P<doodle>doodle)(?=\s+poll)"
    r"|(?P<scheduling_link>(?:scheduling|booking|calendar|appointment|availability)\s+(?:link|page))"
    r")\b"
)
_SCHEDULING_BEFORE: Final = words("""
    my your ur via through on book booking send share grab pick here's heres here have got
    use using me
    """)
_SCHEDULING_TOPIC_BEFORE: Final = lx.APP_TOPIC_BEFORE | words(
    """
    add adding embed embedding sync syncing connect connecting install installing
    """
)


_SCHEDULING_WORDS: Final = words(
    "calendly cal savvycal tidycal youcanbookme youcanbook doodle scheduling booking calendar"
    " appointment availability"
)


def _find_scheduling(scan: _Scan) -> None:
    if not scan.words & _SCHEDULING_WORDS:
        return
    text = scan.text
    windows = scan.windows(_SCHEDULING_WORDS, 16, 24)
    for match in _matches(_SCHEDULING, text, windows):
        name = match.lastgroup or ""
        before = _before(text, match.start(), count=5)
        after = _after(text, match.end())
        near = before[-4:]
        if any(word in _SCHEDULING_TOPIC_BEFORE for word in near) and not (
            {"my", "your", "ur"} & set(near[-2:])
        ):
            continue
        if after and after[0] in lx.APP_TOPIC_AFTER:
            continue
        if _numbers_calendar_worked_on(scan, match.start(), match.end(), near):
            continue
        if name != "scheduling_link" and "use" in near and not {"you", "my", "your"} & set(near):
            continue  # "we use Calendly": a tool the client has, not an invitation
        if not (set(near) & _SCHEDULING_BEFORE or (after and after[0] in {"link", "?", ":"})):
            continue
        value = "cal.com" if name == "cal_com" else name.replace("_", " ")
        scan.add("scheduling_link", match.start(), match.end(), value, _NAMED)


# --------------------------------------------------------------------------------------
# Social profiles
# --------------------------------------------------------------------------------------

_SOCIAL_NAME = re.compile(
    rf"(?=[bfilmrstx])(?<![a-z0-9@/.])(?:{lx.SOCIAL_NETWORKS_PATTERN})(?![a-z0-9])"
)
_SOCIAL_HANDLE_AFTER = re.compile(
    r"\s*(?:(?:ko|aku|saya|ku|po)\b\s*)*(?:(?:handle|id|username|user|account|profile|page"
    r"|name)\s*)?(?:is|:|=|-|->|→|es|e|hai|,|—|–|como|as|sous|bilang)?\s*"
    r"@(?P<handle>[a-z0-9_][a-z0-9_.]{1,29}[a-z0-9_])(?![/:@\w]|\.\w)"
    r"|\s*:\s*(?P<bare>[a-z0-9_][a-z0-9_.]{2,29}[a-z0-9_])(?![/:@\w]|\.\w)"
)
# A handle later in the same sentence: "te dejo mi IG por si quieres escribirme: @laura.copy".
_LATER_HANDLE = re.compile(
    r"[^.!?\n]{0,60}?(?<![\w@])@(?P<handle>[a-z0-9_][a-z0-9_.]{1,29}[a-z0-9_])(?![/:@\w]|\.\w)"
)
# Between a network and a later handle: the handle is somebody else's ("post it on IG and tag
# @acme"), not the sender's.
_OTHERS_HANDLE = re.compile(
    r"\b(?:tag|tags|tagging|tagged|mention|mentions|mentioning|credit|crediting|collab"
    r"|featuring|feature|client|client's|brand|brand's|their|his|her|company|competitor"
    r"|competitors)\b"
)
_HANDLE_BEFORE_NETWORK = re.compile(
    r"@(?P<handle>[a-z0-9_][a-z0-9_.]{1,29})\s+(?:on|at|in|en|no|sa|pe)\s+(?:the\s+)?$"
)
_SOCIAL_TRIGGER_WORDS: Final = words(
    """
    instagram insta ig instagr facebook fb linkedin linked li twitter tweeter x tiktok tik
    snapchat snap threads gram bluesky bsky mastodon reddit
    """
)
_SOCIAL_CONTACT_BEFORE: Final = words("""
    add follow dm pm message msg connect connected connecting friend find ping reach contact
    hmu hit text write buscame encuentrame encontrame sigueme seguime segue chama
    trouvez-moi retrouvez-moi suivez-moi look search adiciona adicione agregame anademe
    ajoute-moi ajoutez-moi cherchez-moi
    """)
# Where a network is the place to talk ("keep the conversation on LinkedIn", "sa IG tayo
# mag-usap"): one of these before or after, and a preposition just before.
_SOCIAL_MOVE_WORDS: Final = _MOVE_VERBS | words("keep keeping conversation conversa charla")
_SOCIAL_PREPOSITIONS: Final = words("on en sa no na di pe sur via em")
# "Insta pe DM karo": a Hindi or Urdu postposition, then how to talk there.
_POSTPOSITIONS: Final = words("pe par mein pr")
_SOCIAL_TALK_AFTER: Final = words(
    "dm dms message msg baat contact add follow ping inbox text mil milo milte"
)
# What may stand between a contact verb and the network when the sender is the one to contact:
# "connect with me on", "hit me up on", "find me on the"; not "message prospects on".
_SOCIAL_LINKERS: Final = words("""
    me us u with on via at in over through up out directly pls please sa en no na di pe sur
    the a al em pelo por mo ko ako po niyo nyo you request there here : for
    """)


_PROFILE_FIND_VERBS: Final = words("look search")


def _addresses_sender(near: list[str]) -> bool:
    """Whether a contact verb before the network reaches the sender ("let's connect on")."""
    for index, word in enumerate(near):
        if word in _SOCIAL_CONTACT_BEFORE:
            rest = near[index + 1 :]
            # ("search LinkedIn for leads" searches for others: only "look me up" is the sender.)
            if word in _PROFILE_FIND_VERBS and "me" not in rest:
                return False
            return _SOCIAL_LINKERS.issuperset(rest)
    return False


_SOCIAL_REQUEST_VERBS: Final = words("""
    send share drop give what's whats what post paste link here's heres is check visit got
    have need want ask mandame pasame manda passa envie envoie bhejo
    """)
_SOCIAL_TOPIC_BEFORE: Final = lx.APP_TOPIC_BEFORE | words("""
    optimize optimise optimizing optimising optimization rewrite rewriting write writing
    update updating improve improving polish polishing revamp revamping refresh enhance
    overhaul grow boost audit auditing run running post posting schedule scheduling embed
    embedding integrate into for
    """)
_SOCIAL_TOPIC_AFTER: Final = lx.APP_TOPIC_AFTER | words("""
    feed feeds posts post content strategy growth reels reel stories story following likes
    engagement audience algorithm insights shop highlights bio carousel carousels captions
    caption posting optimization optimisation headline summary banner embed pixel login
    sign-in signin auth oauth share tweets tweet videos video thread threads tags hashtags
    pages groups group live campaign marketing ads job jobs posting postings listing listings
    opening openings vacancy vacancies company
    """)
_FIRST_PERSON: Final = words("my mi meu minha mon ma mera meri")
_LINKEDIN_JOB = re.compile(r"linkedin\.com/(?:\w+/)?jobs?/")
# A personal site or any other domain, offered as the way to reach the sender: "contact me
# through my website", "contact me through jessalynnvoice.com/contact", "escribeme por mi
# web", "contactez-moi via mon site". (A domain's dots may be spelled out: "ana ponto design".)
_SPELLED_DOT = r"(?:\.|\s(?:dot|ponto|punto|point)\s)"
_WEBSITE_ROUTE = re.compile(
    r"\b(?:(?:contact|reach|message|find|book|write\s{1,3}to|get\s{1,3}in\s{1,3}touch\s{1,3}"
    r"with)\s{1,3}me|contactame|escribeme|escribime|encuentrame|buscame|me\s+(?:chama|contata"
    r"|contacta|escreve|encontra)|contactez-moi|ecrivez-moi|joignez-moi|contacte-moi"
    r"|ecris-moi)\s+(?:directly\s+)?(?:through|thru|via|on|at|from|using|por|pelo|pela|no|na"
    r"|en|a\s+traves\s+de|sur|par|depuis)\s{1,3}"
    r"(?:(?:my|mi|meu|minha|mon|ma)\s{1,3}(?:personal\s{1,3}|own\s{1,3})?(?:website|site"
    r"|web\s?site|portfolio\s{1,3}site|blog|homepage|sitio(?:\s{1,3}web)?|pagina(?:\s{1,3}web)?"
    r"|web)\b|(?:the\s{1,3})?contact\s{1,3}(?:form|page)\s{1,3}(?:on|at)\s{1,3}my\s{1,3}"
    r"(?:website|site|blog|homepage)\b"
    r"|(?:https?://)?(?:www\.)?(?P<domain>[a-z0-9][a-z0-9-]{0,40}(?:"
    + _SPELLED_DOT
    + r"[a-z0-9-]{1,40}){0,3}?"
    + _SPELLED_DOT
    + r"(?P<tld>[a-z]{2,12}))\b(?![@.]\w)(?:/[^\s]{0,100})?)"
)
_SPELLED_DOT_PATTERN = re.compile(_SPELLED_DOT)
# A part of every ``_WEBSITE_ROUTE`` match (who is reached, and through what): the pattern runs
# only around what this finds. (It opens with a literal, which `re` skips ahead to fast.)
_WEBSITE_ROUTE_HINT = re.compile(
    r"m(?:e|oi)\s+(?:(?:directly|chama|contata|contacta|escreve|encontra)\s+)?(?:through|thru"
    r"|via|on|at|from|using|por|pelo|pela|no|na|en|a\s+traves\s+de|sur|par|depuis)\s"
)
# How far a ``_WEBSITE_ROUTE`` match reaches before its hint ("get in touch with me") and after
# it (a site's name, or a domain and its path).
_WEBSITE_ROUTE_BEFORE_HINT: Final = 30
_WEBSITE_ROUTE_AFTER_HINT: Final = 320
# The words that open a ``_WEBSITE_ROUTE`` match (as ``_Scan.words`` splits them).
_WEBSITE_ROUTE_WORDS: Final = words("""
    contact reach message find book write touch contactame escribeme escribime
    encuentrame buscame chama contata contacta escreve encontra contactez ecrivez joignez
    contacte ecris
    """)
# A personal site named with its address and a contact form or an invitation to write: "tenho
# um site pessoal, anaclara ponto design, tem formulário de contato lá".
_PERSONAL_SITE = re.compile(
    r"\b(?:site\s+pessoal|sitio\s+personal|pagina\s+personal|web\s+personal|site\s+perso"
    r"(?:nnel)?|personal\s+(?:web\s?site|site)|my\s+own\s+(?:web\s?site|site))"
    r"[^.!?\n]{0,40}?\b(?P<domain>[a-z0-9][a-z0-9-]{1,40}" + _SPELLED_DOT + r"(?P<tld>[a-z]{2,12}))"
    r"\b(?![@.]\w)[^!?\n]{0,100}?\b(?:formulario|formulaire|contact\s+form|(?:contact|reach"
    r"|message|email|write\s+to)\s+me|me\s+(?:chama|escreve|contata)|escribeme|hablame"
    r"|contactez-moi|ecrivez-moi)\b"
)
_PERSONAL_SITE_WORDS: Final = words("pessoal personal perso personnel own")
# The endings a site offered as a contact route has: common ones, and the ones people pick
# for a portfolio ("ana ponto design").
_SITE_TLDS: Final = lx.COMMON_TLDS | words("""
    design studio art photo photography blog page site website online tech store shop agency
    media digital works club space link live tv fm me co
    """)
# Sites that are work samples or the marketplace, never a personal contact route.
_NOT_PERSONAL_SITES: Final = words("""
    github gitlab bitbucket behance dribbble figma upwork fiverr freelancer google youtube
    youtu vimeo loom notion canva drive docs dropbox wetransfer
    """)
# "DM me @pixelmoth_art", "hmu @jay.codes": a handle to write to, with no network named.
_DM_HANDLE = re.compile(
    r"\b(?:(?:dm|pm|message|msg|find|follow|add|ping)\s{1,3}me|hmu|hit\s{1,3}me\s{1,3}up)"
    r"\s{1,3}(?:(?:on|at|via)\s{1,3})?@(?P<handle>[a-z0-9_][a-z0-9_.]{1,29}[a-z0-9_])"
    r"(?![/:@\w]|\.\w)"
)
_DM_WORDS: Final = words("dm pm message msg find follow add ping hmu hit")
# How far a ``_DM_HANDLE`` match reaches before its "@" and after it.
_DM_REACH_BEFORE: Final = 28
_DM_REACH_AFTER: Final = 34
_TIME_OF_DAY = re.compile(r"\d{1,2}(?:[ap]m)?")
# "send me a connection request", "I sent you a connection request": LinkedIn, by its word.
_CONNECTION_REQUEST = re.compile(
    r"\b(?:send|sent|accept|add)\s+(?:(?:me|you|u)\s+(?:a\s+)?|my\s+)connection\s+request"
)
# The verbs of ``_WEBSITE_ROUTE_WORDS`` that hold who is reached ("contactame"): every other
# route holds "me" or "moi" as a word of its own.
_SELF_ROUTE_WORDS: Final = words("contactame escribeme escribime encuentrame buscame")
# Every word the detectors of social profiles ask ``_Scan.words`` about.
_SOCIAL_WORDS: Final = (
    _WEBSITE_ROUTE_WORDS | _PERSONAL_SITE_WORDS | _DM_WORDS | words("me moi connection")
)


def _find_website_routes(scan: _Scan, only_me: bool) -> None:
    """A personal site (or any domain) offered as the way to reach the sender.

    Only around what the hint finds (who is reached, through what). With ``only_me`` (the text
    holds the word "me" but neither "moi" nor a verb that holds "me"), every match's hint opens
    with the word "me": trying the hint only where ``str.find`` finds a word that starts "me"
    costs a fraction of searching the whole text with it.
    """
    text = scan.text
    if only_me:
        hints = []
        position = text.find("me")
        while position != -1:
            if position == 0 or not (text[position - 1].isalnum() or text[position - 1] == "_"):
                hint = _WEBSITE_ROUTE_HINT.match(text, position)
                if hint is not None:
                    hints.append(hint)
            position = text.find("me", position + 2)
    else:
        hints = list(_WEBSITE_ROUTE_HINT.finditer(text))
    if not hints:
        return
    spans = [
        (max(0, hint.start() - _WEBSITE_ROUTE_BEFORE_HINT), hint.end() + _WEBSITE_ROUTE_AFTER_HINT)
        for hint in hints
    ]
    for match in _matches(_WEBSITE_ROUTE, text, _merge(spans)):
        domain = match.group("domain")
        if domain is None or _personal_site(domain, match.group("tld")):
            scan.add("social_profile", match.start(), match.end(), "website", _NAMED)


def _find_personal_sites(scan: _Scan) -> None:
    """A personal site named with its address and a contact form ("site pessoal, ana.design")."""
    text = scan.text
    if "site" in text or "web" in text or "pagina" in text:
        for match in _PERSONAL_SITE.finditer(text):
            if _personal_site(match.group("domain"), match.group("tld")):
                scan.add("social_profile", match.start(), match.end(), "website", _NAMED)


def _personal_site(domain: str, tld: str) -> bool:
    """Whether a domain offered as a route is a site of the sender's own.

    Not a work sample or the marketplace, and not a host the link detector knows (a WhatsApp or
    LinkedIn link is that kind of finding) or a mail provider.
    """
    host = _SPELLED_DOT_PATTERN.sub(".", domain)
    labels = host.split(".")
    return (
        tld in _SITE_TLDS
        and _NOT_PERSONAL_SITES.isdisjoint(labels)
        and labels[0] not in lx.MAIL_PROVIDERS
        and not _known_host(host)
    )


# Handles of the newer networks, whole: a Bluesky domain handle ("@wren.bsky.social") and a
# fediverse address ("@hedda@fosstodon.org"), which the handle patterns above stop short of.
_PROFILE_BLUESKY_HANDLE = re.compile(r"(?<![\w@.])@?[a-z0-9][a-z0-9.-]{0,40}\.bsky\.social\b")
_PROFILE_FEDIVERSE_HANDLE = re.compile(
    r"@(?<![\w@]@)(?P<user>[a-z0-9_][a-z0-9_.]{0,29})@(?P<host>[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,40})*"
    r"\.[a-z]{2,12})\b"
)
# "u/sable_scribbles on reddit": a Reddit user, with Reddit or a way to write named.
_PROFILE_REDDIT_USER = re.compile(r"(?<![\w/])u/(?P<user>[a-z0-9_-]{3,20})\b")
_PROFILE_REDDIT_CONTEXT: Final = words("reddit dm pm message msg chat")
# A profile link with its dots and slashes spelled out: "linkedin dot com slash in slash ana".
_PROFILE_SPELLED_LINK = re.compile(
    r"\b(?P<network>linked\s?in|instagram|facebook|tiktok|twitter|threads|x)\s*(?:(?:\.|dot"
    r"|\(dot\)|\[dot\])\s*(?:com|net)\s*(?:/|slash)\s*(?:(?:in|pub)\s*(?:/|slash)\s*)?"
    # ("linked in slash in slash ...": the ".com" left out, the "/in/" says whose.)
    r"|(?:/|slash)\s*(?:in|pub)\s*(?:/|slash)\s*)@?"
    r"(?P<handle>[a-z0-9_][a-z0-9_.-]{1,40}[a-z0-9_])"
)
# What a spelled link opens with when it is no one's profile.
_PROFILE_NOT_A_HANDLE: Final = words("""
    jobs job company school feed posts post groups group events pages page hashtag explore
    search careers
    """)
# A personal site offered as the way to reach the sender, with its address in the same
# sentence: "the contact form on my site goes straight to my phone: hollowpine.com/contact",
# "the easiest way to reach me is through my site, priyadata.co".
# (Phrases found with ``str.find``, far cheaper than a regex of them over every text.)
_PROFILE_REACH_PHRASES: Final = (
    ("reach", "reach me"),
    ("contact", "contact me"),
    ("message", "message me"),
    ("write", "write to me"),
    ("hold", "hold of me"),
    ("touch", "touch with me"),
    ("ping", "ping me"),
)
# The words that open those phrases, and the word of a contact form.
_PROFILE_REACH_WORDS: Final = frozenset(word for word, _phrase in _PROFILE_REACH_PHRASES)
_PROFILE_CONTACT_FORM = re.compile(r"contact\s+(?:form|page)\b")
_PROFILE_FORM_TO_ME = re.compile(
    r"[^.!?\n]{0,60}?\b(?:(?:gets?|goes)\s+(?:\w+\s+)?to\s+(?:me|my\s+(?:phone|inbox|email"
    r"|e-mail|cell))\b|reach(?:es)?\s+me\b)"
)
_PROFILE_SITE_DOMAIN = re.compile(
    r"(?<![@\w.-])(?:https?://)?(?:www\.)?(?P<domain>[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40})"
    r"{0,2}?\.(?P<tld>[a-z]{2,12}))\b(?![@.]\w)"
)
_PROFILE_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# How far a site's address may be from the words that offer it, in the same sentence.
_PROFILE_SITE_REACH: Final = 150


def _find_profile_handles(scan: _Scan) -> None:
    """Handles and sites the network-name rules cannot see: newer networks' handles, Reddit
    users, spelled-out profile links and a personal site offered as the way to reach."""
    text = scan.text
    words = scan.words
    if "bsky" in words and "bsky.social" in text:
        for match in _PROFILE_BLUESKY_HANDLE.finditer(text):
            handle = match.group().lstrip("@")
            scan.add("social_profile", match.start(), match.end(), f"bluesky:@{handle}", _CONCRETE)
    first_at = text.find("@")
    if first_at != -1 and text.find("@", first_at + 1) != -1:
        for match in _PROFILE_FEDIVERSE_HANDLE.finditer(text):
            if match.group("host").split(".")[0] not in lx.MAIL_PROVIDERS:
                value = f"mastodon:@{match.group('user')}@{match.group('host')}"
                scan.add("social_profile", match.start(), match.end(), value, _CONCRETE)
    if not words.isdisjoint(_PROFILE_REDDIT_CONTEXT) and "u/" in text:
        for match in _PROFILE_REDDIT_USER.finditer(text):
            value = f"reddit:u/{match.group('user')}"
            scan.add("social_profile", match.start(), match.end(), value, _CONCRETE)
    if "slash" in words:
        for match in _PROFILE_SPELLED_LINK.finditer(text):
            handle = match.group("handle")
            if handle not in _PROFILE_NOT_A_HANDLE:
                network = match.group("network").replace(" ", "")
                value = f"{network}:@{handle}"
                scan.add("social_profile", match.start(), match.end(), value, _CONCRETE)
    if "me" in words and not words.isdisjoint(_PROFILE_REACH_WORDS):
        for word, phrase in _PROFILE_REACH_PHRASES:
            if word not in words:
                continue
            position = text.find(phrase)
            while position != -1:
                end = position + len(phrase)
                if (position == 0 or not text[position - 1].isalnum()) and (
                    end == len(text) or not text[end].isalnum()
                ):
                    _add_site_near(scan, position, end)
                position = text.find(phrase, end)
    if "contact" in words and "my" in words and "my contact " in text:
        for details in _CHANNEL_MY_DETAILS.finditer(text):
            _add_site_near(scan, details.start(), details.end())
    if "contact" in words and ("me" in words or "my" in words):
        for form in _PROFILE_CONTACT_FORM.finditer(text):
            to_me = _PROFILE_FORM_TO_ME.match(text, form.end())
            if to_me is not None:
                _add_site_near(scan, form.start(), to_me.end())


def _add_site_near(scan: _Scan, start: int, end: int) -> None:
    """Add the personal site named in the same sentence as the offer at ``text[start:end]``."""
    text = scan.text
    low = max(0, start - _PROFILE_SITE_REACH)
    high = min(len(text), end + _PROFILE_SITE_REACH)
    for stop in _PROFILE_SENTENCE_END.finditer(text, low, high):
        if stop.end() <= start:
            low = stop.end()
        elif stop.start() >= end:
            high = stop.start()
            break
    for site in _PROFILE_SITE_DOMAIN.finditer(text, low, high):
        if _personal_site(site.group("domain"), site.group("tld")):
            scan.add("social_profile", site.start(), site.end(), "website", _NAMED)
            return


# "add my snap kaylaaa.vo", "my ig is priya_paints": a handle without its "@", after "my" and
# the network; it must look like a handle (a dot, an underscore or a digit), not a word.
_PROFILE_BARE_HANDLE = re.compile(
    r"\s+(?:is\s+|:\s*|-\s*)?(?P<handle>[a-z_][a-z0-9_.]{2,29}[a-z0-9_])(?![/:@\w]|\.\w)"
)
_PROFILE_HANDLE_MARK = re.compile(r"[._\d]")
# A network's name in a list of them, before the one being read ("do you have threads or
# insta?"): read past it to the words before the list.
_PROFILE_NETWORK_WORDS: Final = words("""
    instagram insta ig facebook fb linkedin twitter x tiktok snapchat snap threads bluesky
    mastodon reddit
    """)
_PROFILE_LIST_JOINERS: Final = words("or and , / ou o y e et atau")
# "¿Tienes TikTok?", "você tem Insta?": asking whether the reader is on a network.
_PROFILE_HAVE: Final = words("tienes tenes tiene tens tem avez-vous as-tu punya")
# "I'm on Facebook as Mbali Dlamini": the name to look up after the network.
_PROFILE_AS: Final = words("as como sous under bilang")
_PROFILE_I_AM: Final = words("i'm im am")
# "el Instagram beta3i" (Arabic in Latin letters): "my", after the network.
_PROFILE_MINE_AFTER: Final = words("beta3i bta3i beta3y bta3y btaei")
# Tagalog particles between the network and the verb ("sa FB na lang po tayo mag-usap").
_PROFILE_PARTICLES: Final = words("na lang nalang po tayo kayo muna ha")
# Turkish: a case ending on the network ("LinkedIn'den", "Instagram'dan") and a way to write.
_PROFILE_TURKISH_CASE = re.compile(r"['’](?:da|de|dan|den|ta|te|tan|ten)\b")
_PROFILE_TURKISH_REACH = re.compile(
    r"[^.!?\n]{0,60}?\b(?:yaz|yazin|yazabilirsiniz|ulas|ulasin|ulasabilirsiniz|mesaj|ekle"
    r"|ekleyin|takip|bul|bulun|arat|aratin|dm)"
)


# "my contact details are at tomas.dev/about": the site offered as the place to reach.
_CHANNEL_MY_DETAILS = re.compile(
    r"\bmy contact\s+(?:details|info|information|data)\s+(?:are|is)\s+(?:all\s+)?(?:at|on|in)\b"
)
# The "@" itself asked for: "drop ur @ on insta", "what's your @?", "pásame tu @".
_CHANNEL_YOUR_AT = re.compile(
    r"\b(?:your|ur|yr|tu|teu|seu|sua|ton|votre)\s+@(?=\s*(?:$|[?.!,)]|(?:on|in|de|da|do|no|na"
    r"|sa|pls|please|so|and|or|i|i'll|y|e|et)\b))"
)
# A business's own account as the work ("our IG is @sunbrew.co, 9k followers, audit the
# posts", "uploaded 3 videos to your TikTok @cafe.lumo"): "our" or "your" before the network,
# words of the account's work in the message, and nobody asked to write to it.
_CHANNEL_BUSINESS_OWNERS: Final = words("""
    our your ur nuestro nuestra nuestros vuestro su nosso nossa seu sua notre votre
    """)
_CHANNEL_ACCOUNT_WORK: Final = words("""
    followers follower posts post reel reels views likes comments engagement audit stories
    story uploaded posted published scheduled replied content grid highlights impressions
    seguidores publicaciones publicacoes abonnes pengikut
    """)
_CHANNEL_REACH_US = re.compile(
    r"\b(?:dm|dms|message|msg|contact|text|write\s+to|ping|hit|find|add|reach)\s+(?:me|us)\b"
    r"|\bescr[ií]b[ea](?:me|nos)\b|\bme\s+(?:chama|escreve)\b"
)
# A network added to a document ("add LinkedIn to my CV", "do I add LinkedIn as well?" about
# a resume): the thing added, not the sender's profile.
_CHANNEL_ADD_TO: Final = words("add adding include including put list")
_CHANNEL_DOCUMENTS: Final = words("""
    resume resumes cv cvs header footer signature bio template portfolio section letterhead
    card cards curriculum
    """)


_CHANNEL_YOURS: Final = words("your ur yr tu teu seu sua ton votre")
_CHANNEL_YOUR_AT_REACH: Final = 8


def _channel_find_your_at(scan: _Scan) -> None:
    """The "@" asked for: only an "@" after a space and before no handle is tried."""
    text = scan.text
    position = text.find(" @")
    while position != -1:
        following = text[position + 2 : position + 3]
        if not (following.isalnum() or following == "_"):
            low = max(0, position - _CHANNEL_YOUR_AT_REACH)
            asked = _CHANNEL_YOUR_AT.search(text, low, min(len(text), position + 16))
            if asked is not None:
                scan.add("social_profile", asked.start(), asked.end(), REQUEST, _ASKED)
        position = text.find(" @", position + 2)


def _channel_business_account(scan: _Scan, before: list[str]) -> bool:
    if not before or before[-1] not in _CHANNEL_BUSINESS_OWNERS:
        return False
    if scan.words.isdisjoint(_CHANNEL_ACCOUNT_WORK):
        return False
    # (Asking to be written to needs a "me" or an "us"; the pattern runs only where one is.)
    text = scan.text
    if "me" not in scan.words and "us" not in text and "escr" not in text and "cham" not in text:
        return True
    return _CHANNEL_REACH_US.search(text) is None


def _channel_added_to_a_document(scan: _Scan, before: list[str]) -> bool:
    if not before or before[-1] not in _CHANNEL_ADD_TO:
        return False
    return not scan.words.isdisjoint(_CHANNEL_DOCUMENTS)


def _channel_same_as_here(scan: _Scan, end: int) -> bool:
    """Whether the handle on the app or network named just before ``end`` is given as "the
    same as here" ("same username as here", "el mismo usuario que aquí")."""
    if scan.words.isdisjoint(_CHANNEL_SAME_WORDS):
        return False
    same = _CHANNEL_SAME_AS_HERE.search(scan.text, end, end + 60)
    return same is not None and _SENTENCE_END.search(scan.text, end, same.start()) is None


def _find_social(scan: _Scan) -> None:
    text = scan.text
    words = scan.words
    _find_profile_handles(scan)
    # (Single lookups first: each set operation costs several of them.)
    if not words.isdisjoint(_SELF_ROUTE_WORDS) or (
        "moi" in words and not words.isdisjoint(_WEBSITE_ROUTE_WORDS)
    ):
        _find_website_routes(scan, only_me=False)
    elif "me" in words and not words.isdisjoint(_WEBSITE_ROUTE_WORDS):
        _find_website_routes(scan, only_me=True)
    if not words.isdisjoint(_PERSONAL_SITE_WORDS):
        _find_personal_sites(scan)
    if "connection" in words:
        for match in _CONNECTION_REQUEST.finditer(text):
            scan.add("social_profile", match.start(), match.end(), "linkedin", _NAMED)
    if "@" in text and not words.isdisjoint(_DM_WORDS):
        for window_start, window_end in scan.windows(
            _NO_WORDS, _DM_REACH_BEFORE, _DM_REACH_AFTER, ("@",)
        ):
            for match in _DM_HANDLE.finditer(text, window_start, window_end):
                handle = match.group("handle")
                if _TIME_OF_DAY.fullmatch(handle) is None:
                    scan.add("social_profile", match.start(), match.end(), f"@{handle}", _CONCRETE)
    if "@" in text and not words.isdisjoint(_CHANNEL_YOURS):
        _channel_find_your_at(scan)
    if not scan.words & _SOCIAL_TRIGGER_WORDS:
        return
    marketing = any(word in scan.category for word in ("social media", "marketing"))
    # A LinkedIn job link in the message makes every bare "LinkedIn" about that job.
    linkedin_job = "linkedin" in text and _LINKEDIN_JOB.search(text)
    for match in _matches(_SOCIAL_NAME, text, scan.windows(_SOCIAL_TRIGGER_WORDS, 4, 12)):
        network = match.lastgroup or ""
        spelled = scan.original(match.start(), match.end())
        if network in {"x", "linkedin"} and match.group() in {"x", "li"} and not spelled.isupper():
            continue
        if network == "x" and match.group() == "x" and text[match.start() - 1 : match.start()] in {
            "-", "/",
        }:  # fmt: skip
            continue
        if (
            network == "linkedin"
            and match.group() == "linkedin"
            and (text.startswith(".com", match.end()))
        ):
            continue
        if network == "linkedin" and linkedin_job:
            continue
        before = _before(text, match.start(), count=5)
        if before and _third_party(before[-1]):
            continue  # "the client's TikTok is @brightsmiles.dental": the work's account
        if _channel_added_to_a_document(scan, before):
            continue
        handle = _SOCIAL_HANDLE_AFTER.match(text, match.end())
        if handle is not None:
            name = handle.group("handle") or handle.group("bare") or ""
            if name not in {"is", "the", "my", "me", "and", "or", "for", "profile", "page"}:
                if _channel_business_account(scan, before):
                    continue
                scan.add(
                    "social_profile", match.start(), handle.end(), f"{network}:@{name}", _CONCRETE
                )
                continue
        after = _after(text, match.end())
        prefix = _HANDLE_BEFORE_NETWORK.search(text, max(0, match.start() - 45), match.start())
        if (
            prefix is not None
            # "the brand is @luna.skincare on Instagram": the work's account, not the sender's
            and _OTHERS_HANDLE.search(text, max(0, prefix.start() - 30), prefix.start()) is None
        ):
            scan.add(
                "social_profile",
                prefix.start(),
                match.end(),
                f"{network}:@{prefix.group('handle')}",
                _CONCRETE,
            )
            continue
        if before and before[-1] in _FIRST_PERSON:
            bare = _PROFILE_BARE_HANDLE.match(text, match.end())
            if bare is not None and _PROFILE_HANDLE_MARK.search(bare.group("handle")):
                value = f"{network}:@{bare.group('handle')}"
                scan.add("social_profile", match.start(), bare.end(), value, _CONCRETE)
                continue
        first_after = after[0] if after else ""
        near = before[-4:]
        if (
            len(before) >= 2
            and before[-1] in _PROFILE_LIST_JOINERS
            and before[-2] in _PROFILE_NETWORK_WORDS
        ):
            near = before[:-2][-4:]
        if any(word in _SOCIAL_TOPIC_BEFORE for word in near[-3:]) or (
            first_after in _SOCIAL_TOPIC_AFTER
        ):
            continue
        if network == "instagram" and match.group().startswith("the") and first_after == "of":
            continue  # "add the gram of salt"
        turkish = _PROFILE_TURKISH_CASE.match(text, match.end())
        core_after = [
            word for word in _after(text, match.end(), count=6) if word not in _PROFILE_PARTICLES
        ]
        contact = (
            _channel_same_as_here(scan, match.end())
            or _addresses_sender(near)
            or first_after in {"friend", "dm", "dms"}
            or (
                first_after in _PROFILE_AS
                and len(near) >= 2
                and near[-1] == "on"
                and near[-2] in _PROFILE_I_AM
            )
            or (
                turkish is not None
                and _PROFILE_TURKISH_REACH.match(text, turkish.end()) is not None
            )
            or (first_after in _POSTPOSITIONS and len(after) > 1 and after[1] in _SOCIAL_TALK_AFTER)
            or (
                bool(near)
                and near[-1] in _SOCIAL_PREPOSITIONS | _MOVE_TO
                and not _SOCIAL_MOVE_WORDS.isdisjoint(near[-3:-1] + core_after[:3])
            )
        )
        routed = bool(near) and near[-1] in _SOCIAL_PREPOSITIONS
        possessed = (
            first_after in _POSTPOSED_POSSESSIVE
            or first_after == "ko"
            or first_after in _PROFILE_MINE_AFTER
        )
        later = _LATER_HANDLE.match(text, match.end())
        if (
            later is not None
            and (
                set(near[-2:]) & _POSSESSIVE
                or network in {"x", "threads"}
                or contact
                or possessed
                or (routed and not marketing)
            )
            and _OTHERS_HANDLE.search(text, match.end(), later.start("handle")) is None
        ):
            if _channel_business_account(scan, before):
                continue
            scan.add(
                "social_profile",
                match.start(),
                later.end(),
                f"{network}:@{later.group('handle')}",
                _CONCRETE,
            )
            continue
        you_have = not {"you", "u", "ya"}.isdisjoint(near) and bool(
            set(near[-2:]) & {"have", "on", "use", "got"}
        )
        if network in {"x", "threads"} and not (
            you_have and first_after in {"account", "handle", "profile", "?"}
        ):
            continue  # only as a handle or a link: both are ordinary words
        offered = bool(set(near[-1:]) & _FIRST_PERSON) and first_after not in {"account", "page"}
        asked = bool(set(near[-2:]) & _POSSESSIVE) and (
            bool(set(near) & _SOCIAL_REQUEST_VERBS)
            or first_after in {"?", "handle", "username", "id", "link", "url", ":", "profile"}
        )
        asked = (
            asked
            or offered
            or you_have
            or (bool(near) and near[-1] in _PROFILE_HAVE and first_after == "?")
        )
        if marketing and not contact and first_after != "?":
            continue
        if contact or asked or (first_after == "?" and set(near[-2:]) & _POSSESSIVE):
            scan.add("social_profile", match.start(), match.end(), network, _NAMED)


# --------------------------------------------------------------------------------------
# Off-platform payment
# --------------------------------------------------------------------------------------

_PAYMENT = re.compile(rf"(?<![a-z0-9@/.])(?:{lx.PAYMENT_SERVICES_PATTERN})(?![a-z0-9])")
# A word of every spelling in ``lx.PAYMENT_SERVICES_PATTERN``, at most 8 characters after its
# start ("paisa" for "easy paisa", "cash" for "apple cash"): the names are looked for only
# around these (``test_contact_payments`` checks each spelling is found).
_PAYMENT_WORDS: Final = words("""
    paypal paypall paypaal pal pp transferwise wise payoneer payoner payonner payonear venmo
    zelle cash cashapp cashtag stripe transfer papara ininal vietcombank techcombank
    vietinbank bidv agribank vpbank tpbank sacombank chuyen
    paytm phonepe gpay googlepay upi gcash maya paymaya mpesa pesa orange orangemoney
    airtel mtn momo wave vodafone instapay opay palmpay moniepoint western westernunion
    moneygram remitly worldremit sendwave xoom skrill neteller revolut pix boleto picpay
    mercado mercadopago nequi daviplata yape oxxo bizum lydia paylib twint interac etransfer
    easypaisa paisa jazzcash bkash nagad sadapay nayapay raast ovo dana gopay shopee
    shopeepay linkaja grabpay alipay wechat wechatpay kakao kakaopay bca bri bni bank mandiri
    cimb bdo bpi metrobank unionbank landbank rcbc hdfc icici sbi axis hbl meezan ubl mcb
    gtbank gt zenith kcb nubank itau bradesco banco santander bbva banorte bancolombia wire
    direct deposit ach swift iban transferencia virement deposito neft imps rtgs sepa spei
    clabe rekening rib ifsc datos dados coordonnees routing crypto cryptocurrency cripto
    criptomoneda bitcoin btc ethereum eth usdt usdc tether binance binancepay trc erc bep
    litecoin ltc solana sol tron trx bnb dogecoin doge metamask coinbase bybit wallet banque
    accessbank airtelmoney applecash axisbank bancodobrasil bankaccount bankalfalah
    bankdeposit bankdetails bankinfo bankmandiri banktransfer bankwire cimbniaga
    coordonneesbancaires cryptowallet dadosbancarios datosbancarios directdeposit meezanbank
    trustwallet vodafonecash walletaddress wiretransfer zenithbank depositobancario
    mtnmobilemoney mtnmomo routingnumber transferenciabancaria virementbancaire
    """)
_GOOGLE_PAY: Final = words("google pay")
_GOOGLE: Final = frozenset({"google"})
_CHAIN_WORDS: Final = words("trc erc bep")
_CHAIN_MARKS: Final = ("trc2", "trc-", "erc2", "erc-", "bep2", "bep-")
_OUTSIDE_PAYMENT = re.compile(lx.PAYMENT_OUTSIDE_PATTERN)
# Every branch of _OUTSIDE_PAYMENT needs a word of each of two groups (as ``_WORDS`` reads
# words: "don't" is "don" and "t"); a text without them skips the pattern.
_PAY_FORMS: Final = words("""
    pay pays paying payment payments paid invoice bill repay pagar paga pagas pague pagues
    paguen pagame pagarme pagarte pagamento pago payer payez paie paye paiement regler reglez
    bayad bayaran magbayad ibayad bayar pembayaran
    """)
_DIRECT_FORMS: Final = words("""
    directly direct diretamente directamente directement direto directo derecho seedha seedhe
    sidha diretso direkta derekta langsung straight privately personally
    """)
_PLATFORM_FORMS: Final = words("""
    platform upwork fiverr site marketplace app plataforma plateforme sitio pagina aplikasi
    workana malt
    """)
# The fees, less "cut" and "tarifa" (see ``_FEES_NAMED`` in the lexicon).
_FEE_NAMED_FORMS: Final = words("""
    fee fees commission commissions charges taxa taxas comision comisiones comissao comissoes
    frais kaltas bawas potongan biaya
    """)
# (Turkish "komisyon", Arabizi "nesba", Vietnamese "phí", only where a service is named.)
_FEE_FORMS: Final = _FEE_NAMED_FORMS | words(
    "cut tarifa tarifas komisyon komisyonu komisyonsuz nesba 3omola phi"
)
_AVOID_FORMS: Final = words("""
    avoid avoiding skip skipping bypass bypassing save saving saves dodge evitar evitamos evita
    ahorrar ahorramos ahorrarnos economizar economizamos eviter evitez evite bachane bachao
    iwas iwasan hemat
    """)
# Every branch of _OUTSIDE_PAYMENT needs a word of each of two groups (as ``_WORDS`` reads
# words: "don't" is "don" and "t"), the first a rare one: a text without them skips the
# pattern, and a text without a word of a first group skips even the look at the pairs.
_OUTSIDE_NEEDS: Final[tuple[tuple[frozenset[str], frozenset[str]], ...]] = (
    # Paying directly, or outside.
    (
        _PAY_FORMS,
        _DIRECT_FORMS | words("between side books table outside off por en hors bahar labas luar"),
    ),
    (
        words("payment transfer pay bayar bayad pembayaran pagamento pago daal daalo dalo"),
        words("direct directly outside off offline seedha langsung diretso direto directo"),
    ),
    (
        words("transfer transferencia virement pembayaran pagamento pago payment"),
        words("langsung directa direta directo direto direct diretso"),
    ),
    (
        words("""
            transfer transferir transfiere transfieres transfieras transfiera transfira
            transfere deposit deposita depositar depositas wire
            """),
        _DIRECT_FORMS,
    ),
    (
        _DIRECT_FORMS,
        words("""
            send transfer wire deposit manda envia bhej bhejo bhejdo kirim padala ipadala virer
            virez envoyez
            """),
    ),
    # Outside the platform, around it, without going through it.
    (words("outside off"), _PLATFORM_FORMS | words("contract escrow")),
    (
        words("skip skipping bypass bypassing avoid avoiding circumvent"),
        _PLATFORM_FORMS | words("middle middleman escrow"),
    ),
    (words("middle middleman escrow"), words("out")),
    (words("fuera fora afuera"), words("por")),
    (words("intermediario intermediarios intermediaire intermediaires"), words("sem sin sans")),
    (words("tanpa"), _PLATFORM_FORMS),
    (words("without"), _PLATFORM_FORMS | words("here")),
    (words("rather instead"), _PLATFORM_FORMS | words("here milestone milestones escrow contract")),
    (words("fuera afuera fora hors dehors labas luar"), _PLATFORM_FORMS | words("aqui daqui")),
    (words("bahar"), _PLATFORM_FORMS | words("se")),
    (words("labas"), words("sa")),
    (words("pasar passar passer"), _PLATFORM_FORMS | words("upwork aqui")),
    # Skipping the fees.
    (_AVOID_FORMS, _FEE_FORMS),
    (_FEE_NAMED_FORMS, words("out")),  # "cut out the commission"
    (_FEE_NAMED_FORMS, words("without sin sem sans walang tanpa bina no zero")),
    (_FEE_NAMED_FORMS, words("don dont do not nao ninguem nadie ne")),
    (words("kena"), words("potongan fee biaya")),
    (words("wala"), words("kaltas bawas fee fees charges")),
    (
        words("commission comission fee fees"),
        words("bach bachega bachegi bachenge bachao bachane bacha save nahi nahin"),
    ),
)
# Every branch needs one of these rare words, the first look; and around them (each match
# holds one near its start or end) the pattern is tried.
_OUTSIDE_MARKERS: Final = frozenset().union(*(first for first, _second in _OUTSIDE_NEEDS))
_OUTSIDE_WORDS: Final = _OUTSIDE_MARKERS
_PAY_VERBS: Final = lx.PAYMENT_MONEY_WORDS | lx.PAYMENT_SEND_WORDS
# With a fee, these make a phrase a bid to skip the platform's ("avoid the Upwork fees"); a fee
# alone ("sans frais") needs money around it.
_FEE_MOVES: Final = (
    _PLATFORM_FORMS
    | _AVOID_FORMS
    | words("""
        out service bach bachega bachegi bachenge bacha nahi nahin don dont not nao ninguem nadie
        ne
        """)
)
# "Apple Pay" and "Google Pay" are ways to check out, not someone paying.
_NOT_PAYING_BEFORE_PAY: Final = words("apple google samsung amazon shop g")
_PAYMENT_PERSONAL: Final = words("""
    me you u ya us te vous moi toi ako akin aku saya kamu mujhe aapko tumhe tumko
    """)
_PAYMENT_POSSESSIVE: Final = words("ko aku ku saya mo mu")
_PAID_PERSON: Final = words("me you u ya it us him her")
_PAYER: Final = _PAYMENT_PERSONAL | words("i i'll i'd we we'll")
_CLITICS: Final = words("me te nos vous")
_BUSINESS_TAKES: Final = words("accept accepts support supports offer offers")
_BANK_PREPOSITIONS: Final = words("via through thru by using por pelo par lewat pakai")
_INSTEAD: Final = words("instead aja saja lang nalang")
_PAY_PREPOSITIONS: Final = words(
    """
    via through thru by using with in on to into por pelo pela par se pe sa ke lewat pakai
    pake al au en na no pra 3ala qua ile
    """
)
# "Pix" after these is Brazil's instant payment ("me manda um pix", "chave pix"), not photos.
_PIX_BEFORE: Final = words("um o no pelo via meu minha seu sua chave faz fazer manda mande por")
# Nouns that, after "payment" right after a service, make it a feature: "Paytm payment gateway".
_PAYMENT_FEATURES: Final = words("""
    gateway gateways option options method methods integration integrations system systems
    processing processor processors provider providers page pages flow flows module plugin
    button buttons api sdk support feature features screen screens form forms
    """)
_CONJUNCTIONS = re.compile(r"\s*(?:[/,&+]|or|and|ou|o|y|e|et|atau|aur|ya|at|or\s+even)\s*")
_HANDLE_NEXT = re.compile(r"\s*@[a-z0-9]")
# A number (a wallet's phone number, a bank account) written right after a service's name.
_ACCOUNT_DIGITS = re.compile(r"\+?\(?\d[\d \-.()]{5,24}\d")
_QUOTE_OPENING = re.compile(r"[:=]\s*([\"'\u201c\u2018])")
# (A closing single quote is one not followed by a letter, unlike the one in "can't".)
_SINGLE_QUOTE_CLOSING = re.compile(r"'(?![a-z])")
_QUOTE_CLOSINGS: Final = {'"': ('"', "\u201d"), "\u201c": ("\u201d", '"'), "\u2018": ("\u2019",)}
# The marketplace itself, as a sender names it ("rather than through here").
_THE_MARKETPLACE: Final = words("here upwork fiverr platform milestone milestones escrow")
_FIRST_OR_SECOND_PERSON: Final = _PAYMENT_PERSONAL | words("i i'd i'll i'm we we'd we'll my your")
_NEGATIONS: Final = words("""
    not never don dont won wont didn doesn cannot can't cant shouldn don't won't didn't
    doesn't shouldn't nunca jamas jamais nao
    nahi nahin mat huwag wag jangan
    """)
# Money around an outside move that does not itself say "pay" ("fora do site", "no platform
# fees"): the move is a payment's only with one of these in the sentence.
_MONEY_CONTEXT: Final = (
    lx.PAYMENT_MONEY_WORDS
    | _FEE_FORMS
    | words("""
        rest remaining balance deposit advance amount discount descuento desconto remise
        rate price sisanya resto restante reste baqi baaki $ %
        """)
)
_IBAN = re.compile(r"\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){2,7}(?:\s?[a-z0-9]{1,3})?\b")
# Every IBAN holds this (two digits after two letters, then two groups of four): a cheap look
# before _IBAN. (It opens with the digits, not the look-behind, so `re` skips ahead to digits.)
_IBAN_HINT = re.compile(r"\d\d(?<=[a-z]{2}\d\d)(?:\s?[a-z0-9]{4}){2}")
# The same look in the shape of ASCII text (``_SHAPE``), faster still.
_IBAN_SHAPE_HINT = re.compile(rb"00(?<=[ao]{2}00)(?: ?[ao0]{4}){2}")
# Wallet addresses, read in folded (lower-case) text: Ethereum and its kin, Bitcoin's bech32,
# and Base58 ones (Bitcoin's "1" and "3", Tron's "T", and others), whose alphabet and mixed
# case ``_wallet_address`` checks in the text as typed.
_WALLET = re.compile(r"\b(?:0x[a-f0-9]{40}|bc1[a-z0-9]{25,59}|[1-9a-z]{26,44})\b")
_BASE58 = re.compile(r"[1-9A-HJ-NP-Za-km-z]+")
_UPI_PROVIDER = (
    r"@(?:ybl|okaxis|oksbi|okhdfcbank|okicici|paytm|upi|axl|ibl|apl|ikwik"
    r"|freecharge|axisbank|hdfcbank|icici|sbi|kotak|jupiteraxis|slc|pthdfc|ptsbi|ptyes)\b"
)
_UPI_HANDLE = re.compile(rf"\b[a-z0-9._-]{{2,}}{_UPI_PROVIDER}")
# What every handle holds, found far faster: the handle pattern runs only where it is.
_UPI_HINT = re.compile(_UPI_PROVIDER)
_CASHTAG = re.compile(r"(?<![\w$])\$[a-z][a-z0-9_-]{2,19}\b")
# A British bank's sort code ("sort code 20-00-00"), given for a transfer.
_SORT_CODE = re.compile(r"\bsort\s?code\W{0,3}\d\d[- ]\d\d[- ]\d\d\b")
_SORT_WORDS: Final = frozenset({"sort"})
_COIN_WORDS: Final = words("""
    crypto cripto usdt usdc btc bitcoin tether binance tron trx bnb sol solana ltc litecoin
    doge dogecoin trc bep
    """)
_CRYPTO_WORDS: Final = words(
    """
    crypto usdt usdc btc bitcoin eth ethereum wallet trc erc bep tether binance tron trx bnb
    sol solana ltc litecoin doge dogecoin metamask address carteira billetera cartera
    portefeuille dompet
    """
)


@dataclass(slots=True)
class _Service:
    """A payment service named in a message, and what its words around say about it."""

    match: re.Match[str]
    name: str
    counts: bool
    judged: bool  # False when its spelling or its topic ruled it out before any judgement
    # A plain wallet named outside any payment topic: two of them side by side are offered as
    # ways to pay ("GCash or PayMaya po").
    offered: bool = False


# Names with look-alike characters for letters ("P@yPal", "payp4l", "venm0", "wh@tsapp"):
# written so only to slip past a filter, they count on their own.
_CHANNEL_LOOK_ALIKES: Final = str.maketrans("@4031$5|!", "aaoelssli")
_CHANNEL_DISGUISED: Final = {
    "paypal": ("offplatform_payment", "paypal"),
    "venmo": ("offplatform_payment", "venmo"),
    "zelle": ("offplatform_payment", "zelle"),
    "payoneer": ("offplatform_payment", "payoneer"),
    "cashapp": ("offplatform_payment", "cash app"),
    "whatsapp": ("messaging_app", "whatsapp"),
    "telegram": ("messaging_app", "telegram"),
    "skype": ("messaging_app", "skype"),
    "viber": ("messaging_app", "viber"),
}
_CHANNEL_LOOK_ALIKE_MARKS: Final = frozenset("@4031$5|!")


def _channel_fragments() -> frozenset[str]:
    """The runs of letters a disguised name leaves in the text's words, one or two of its
    letters written as look-alikes ("p@ypal" leaves "ypal", "t3legram" leaves "legram"), less
    the everyday words among them: no such run among the words, no disguised name."""
    runs: set[str] = set()
    for name in _CHANNEL_DISGUISED:
        places = [index for index, letter in enumerate(name) if letter in "aoelsi"]
        for count in (1, 2):
            for chosen in combinations(places, count):
                masked = "".join(" " if i in chosen else c for i, c in enumerate(name))
                runs.update(run for run in masked.split() if len(run) >= 2)
    return frozenset(runs) - _CHANNEL_EVERYDAY_RUNS


_CHANNEL_EVERYDAY_RUNS: Final = words(
    "app ca cash er gram le ne pay sh te tel what ll pp ber gr ts wh ze"
)
_CHANNEL_LOOK_ALIKE_RUNS: Final = _channel_fragments()
# Somebody else who paid ("three of your customers paid through PayPal last quarter"): a
# bookkeeper's report, not a route.
_CHANNEL_OTHER_PAYERS: Final = _APPQ_OTHERS | words("clients donors subscribers vendors")
_CHANNEL_PAID: Final = words("paid pay pays sent send")
_CHANNEL_PEOPLE_HERE: Final = words("me us you u i we i'll we'll ya")


def _channel_others_paid(before: list[str]) -> bool:
    for index in range(len(before) - 1, 0, -1):
        if before[index] in _CHANNEL_PAID:
            return before[index - 1] in _CHANNEL_OTHER_PAYERS and _CHANNEL_PEOPLE_HERE.isdisjoint(
                before[index:]
            )
    return False


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


def _channel_find_look_alikes(scan: _Scan) -> None:
    text = scan.text
    read = text.translate(_CHANNEL_LOOK_ALIKES)
    for name, start, end in _disguised_names(text, read, _CHANNEL_DISGUISED):
        if (
            not _CHANNEL_LOOK_ALIKE_MARKS.isdisjoint(text[start:end])
            # (Not an address: "pay@pal.me.com" stays with the email rules.)
            and not text.startswith(".", end)
        ):
            kind, value = _CHANNEL_DISGUISED[name]
            scan.add(kind, start, end, value, _NAMED)


def _find_payments(scan: _Scan) -> None:
    text = scan.text
    words = scan.words
    # (The gate's bit: a run of letters a disguised name leaves, ``_CHANNEL_LOOK_ALIKE_RUNS``.)
    if scan.held & _LOOK_ALIKE_GATE and ("@" in text or "$" in text or scan.digit_count):
        _channel_find_look_alikes(scan)
    # (Each look at the words first: most messages name no payment at all.)
    if not words.isdisjoint(_OUTSIDE_MARKERS) and _outside_possible(scan):
        for match in _matches(_OUTSIDE_PAYMENT, text, scan.windows(_OUTSIDE_WORDS, 40, 60)):
            if _outside_move(scan, match):
                scan.add("offplatform_payment", match.start(), match.end(), "outside", _NAMED)
    if not words.isdisjoint(_PAYMENT_WORDS) or words >= _GOOGLE_PAY:
        _find_services(scan)
    iban_possible = scan.digit_count >= 12 and (
        _IBAN_SHAPE_HINT.search(scan.shape) is not None
        if text.isascii()
        else _IBAN_HINT.search(text) is not None
    )
    for match in _IBAN.finditer(text) if iban_possible else ():
        if _valid_iban(match.group()) and not _example(text, match.start()):
            scan.add("offplatform_payment", match.start(), match.end(), "iban", _CONCRETE)
    if "@" in text and _UPI_HINT.search(text) is not None:
        for match in _UPI_HANDLE.finditer(text):
            scan.add("offplatform_payment", match.start(), match.end(), "upi", _CONCRETE)
    if words & _CRYPTO_WORDS:
        for match in _WALLET.finditer(text):
            if _wallet_address(scan, match):
                scan.add("offplatform_payment", match.start(), match.end(), "crypto", _CONCRETE)
    if "$" in text and {"cashapp", "cash"} & words:
        for match in _CASHTAG.finditer(text):
            scan.add("offplatform_payment", match.start(), match.end(), "cash app", _CONCRETE)
    if "sort" in words and scan.digit_count >= 6:
        for match in _SORT_CODE.finditer(text):
            scan.add("offplatform_payment", match.start(), match.end(), "sort code", _CONCRETE)


def _find_services(scan: _Scan) -> None:
    """The payment services named as a way to be paid (each judged by its words around)."""
    text = scan.text
    services = [
        _judge_service(scan, match) for match in _matches(_PAYMENT, text, _payment_windows(scan))
    ]
    for index, service in enumerate(services):
        if (
            not service.counts
            and service.judged
            and _listed_with(text, services, index, counting=True)
        ):
            service.counts = True
    for index, service in enumerate(services):
        if service.offered and _listed_with(text, services, index, counting=False):
            service.counts = True
    for service in services:
        if service.counts:
            match = service.match
            value = service.name.replace("_", " ")
            scan.add("offplatform_payment", match.start(), match.end(), value, _NAMED)


def _outside_possible(scan: _Scan) -> bool:
    """Whether the text holds the two words of one of ``_OUTSIDE_NEEDS``: else no branch of
    ``_OUTSIDE_PAYMENT`` can match. (The first words are rare and among ``_Scan.words``; the
    others, common ones like "here" among them, are read from the text only when one is.)"""
    markers = scan.words & _OUTSIDE_MARKERS
    if not markers:
        return False
    text_words = frozenset(scan.word_list)
    return any(
        not markers.isdisjoint(first) and not text_words.isdisjoint(second)
        for first, second in _OUTSIDE_NEEDS
    )


def _payment_windows(scan: _Scan) -> list[tuple[int, int]]:
    """The spans where ``_PAYMENT`` can match: around the words of ``_PAYMENT_WORDS``."""
    # ("Google" alone is mostly Drive or Meet: looked around only with a "pay" in the text.)
    google = _GOOGLE if scan.words >= _GOOGLE_PAY else _NO_WORDS
    if not google and scan.words.isdisjoint(_PAYMENT_WORDS):
        return []
    # ("TRC20" is no word of its own: its "trc" is found as a mark.)
    chains = _CHAIN_MARKS if not scan.words.isdisjoint(_CHAIN_WORDS) else ()
    return scan.windows(_PAYMENT_WORDS, 8, 16, chains, found=google)


def _outside_move(scan: _Scan, match: re.Match[str]) -> bool:
    """Whether a phrase of ``_OUTSIDE_PAYMENT`` takes a payment off the platform here."""
    text = scan.text
    before = _before(text, match.start(), count=5, reach=50)
    if _negated(before) or _quoted(text, match.start()):
        return False  # "never pay outside the platform", "please don't pay me directly"
    if _paid_out(before + _TOKENS.findall(match.group())[:1]):
        return False  # "Upwork pays me directly to my bank": a payout
    phrase = set(_TOKENS.findall(match.group()))
    sufficient = bool(phrase & _PAY_VERBS) or bool(phrase & _FEE_FORMS and phrase & _FEE_MOVES)
    wide_before = _before(text, match.start(), count=12, reach=100)
    wide_after = _after(text, match.end(), count=12, reach=100)
    around = set(wide_before) | set(wide_after)
    if _keeps_to_the_rules(wide_before, wide_after) or _quiet_former_story(wide_before, wide_after):
        return False  # "paying outside the platform is against the ToS", "I reported him"
    if (
        match.group().startswith("direct")
        and not phrase & _PAYMENT_PERSONAL
        and not around & _FIRST_OR_SECOND_PERSON
    ):
        return False  # "direct payment of invoices to suppliers": a person must be paid
    if not sufficient and not (
        around & _MONEY_CONTEXT
        or _PAYMENT.search(text, max(0, match.start() - 100), match.end() + 100)
    ):
        return False  # "let's keep talking outside the platform": a move, not a payment
    # "Customers pay directly into the Stripe account" is the work, unless someone is paid or
    # the platform is named as the way around. (Read in the sentence: a long message about
    # many things often names an API somewhere.)
    return (
        lx.PAYMENT_TOPIC_CUES.isdisjoint(around)
        or bool((phrase | set(before[-2:])) & _PAYMENT_PERSONAL)
        or bool(phrase & {"rather", "instead"} and phrase & _THE_MARKETPLACE)
    )


def _paid_out(words: list[str]) -> bool:
    """Whether the words have the marketplace paying ("Upwork pays me", "the platform sent")."""
    return any(
        words[index] in _THE_MARKETPLACE and words[index + 1] in lx.PAYMENT_PAYS_OUT
        for index in range(len(words) - 1)
    )


def _negated(before: list[str]) -> bool:
    """Whether the words before say "not" ("please don't pay outside"), but for "why don't"."""
    return bool(set(before) & _NEGATIONS) and "why" not in before


def _keeps_to_the_rules(before: list[str], after: list[str]) -> bool:
    """Whether the sentence cites the rules or a report ("is against the ToS", "I reported
    him"), unless the sender goes on all the same ("it's against the rules but…")."""
    if set(after) & lx.PAYMENT_RULE_WORDS or _only_here(before) or _only_here(after):
        return True
    for index, word in enumerate(before):
        if word in lx.PAYMENT_RULE_WORDS:
            return "but" not in before[index:]
    return False


def _only_here(tokens: list[str]) -> bool:
    """Whether the words keep paying here: "we pay only through Upwork", "the platform only"."""
    for index, word in enumerate(tokens):
        if word == "only" and not (
            set(tokens[index + 1 : index + 4]).isdisjoint(_THE_MARKETPLACE)
            and set(tokens[max(0, index - 1) : index]).isdisjoint(_THE_MARKETPLACE)
        ):
            return True
    return False


def _quoted(text: str, start: int) -> bool:
    """Whether ``start`` lies in a quotation opened after a colon and not yet closed: copy to
    write or translate ('Write the FAQ answer: "Can I pay with Zelle? …"'), not an offer."""
    window = text[max(0, start - 120) : start]
    opening = None
    for opening in _QUOTE_OPENING.finditer(window):  # noqa: B007 (the last one is wanted)
        pass
    if opening is None:
        return False
    quote = opening.group(1)
    rest = window[opening.end() :]
    if quote == "'":
        return _SINGLE_QUOTE_CLOSING.search(rest) is None
    return not any(closing in rest for closing in _QUOTE_CLOSINGS[quote])


def _about_payments(scan: _Scan) -> bool:
    """Whether the message makes payments the subject of the work (``lx.PAYMENT_TOPIC_CUES``)."""
    return not lx.PAYMENT_TOPIC_CUES.isdisjoint(scan.word_list) or "in-app" in scan.text


def _judge_service(scan: _Scan, match: re.Match[str]) -> _Service:
    text = scan.text
    name = match.lastgroup or ""
    found = match.group()
    spelled = scan.original(match.start(), match.end())
    before = _before(text, match.start(), count=6, reach=60)
    after = _after(text, match.end(), count=4, reach=40)
    first_after = after[0] if after else ""
    ruled_out = _Service(match, name, counts=False, judged=False)
    if found in lx.PAYMENT_UPPER_CASE and not spelled.isupper():
        return ruled_out
    if (
        found in lx.PAYMENT_CAPITALISED
        and not (spelled.isupper() or spelled[:1].isupper())
        and not (found == "pix" and (set(before[-1:]) & _PIX_BEFORE or first_after == "chave"))
    ):
        return _Service(match, name, counts=False, judged=True)  # only listed with another
    if first_after in lx.PAYMENT_TOPIC_AFTER or any(
        word in lx.PAYMENT_TOPIC_BEFORE for word in before[-2:]
    ):
        return ruled_out
    if _is_topic(before, after, lx.APP_TOPIC_AFTER) or set(before) & lx.PAYMENT_EXPERIENCE_WORDS:
        return ruled_out
    if any(
        after[index] in {"payment", "payments", "pay"} and after[index + 1] in _PAYMENT_FEATURES
        for index in range(len(after) - 1)
    ):
        return ruled_out  # "Paytm payment gateway", "GCash and Maya payment options"
    if _paid_from_the_marketplace(after):
        return ruled_out  # "I got paid through Payoneer from this platform"
    if _quoted(text, match.start()):
        return ruled_out  # "Write the FAQ answer: 'Can I pay with Zelle? No, cards only.'"
    if _negated(before[-4:]) or _paid_out(before):
        return ruled_out  # "please don't send money via PayPal", "Upwork pays me to my bank"
    if name == "wise" and not (
        (spelled[:1] == "W" or _plainly_wise(before, first_after))
        and (
            set(before[-1:]) & (_PAY_PREPOSITIONS | _POSSESSIVE)
            or _asks_if_held(before)
            or first_after in lx.PAYMENT_ACCOUNT_AFTER | {"transfer"}
        )
    ):
        return ruled_out
    if found.startswith("cash") and found.endswith("tag") and not set(before[-1:]) & _POSSESSIVE:
        return ruled_out  # "add the $TSLA cashtag": a stock's; "your cashtag?" is Cash App's
    if found == "swift" and first_after != "code":
        return ruled_out
    if found == "tether" and before[-2:] == ["of", "my"]:
        return ruled_out  # "at the end of my tether"
    if name == "cash" and not (set(before[-2:]) & {"pay", "paid", "paying", "in"}):
        return ruled_out
    near = _paying_words(before) + _paying_words(after)
    will_do = bool(set(after[:2]) & lx.PAYMENT_WILL_DO)  # "USDT works", "PayPal is fine"
    paid = bool(set(near) & _PAY_VERBS) or will_do
    money_paid = bool(set(near) & lx.PAYMENT_MONEY_WORDS)
    personal = _someone_paid(before) or _someone_paid(after)
    owned = (
        bool(set(before[-1:]) & _POSSESSIVE)
        or first_after in _PAYMENT_POSSESSIVE
        # "minha conta do Nubank", "my account at BDO"
        or bool(set(before[-3:]) & _POSSESSIVE and set(before[-3:]) & lx.PAYMENT_ACCOUNT_NOUNS)
    )
    account = first_after in lx.PAYMENT_ACCOUNT_AFTER
    routed = paid and (
        bool(set(before[-1:]) & _PAY_PREPOSITIONS) or first_after in lx.PAYMENT_POSTPOSITIONS
    )
    used = (
        first_after in lx.PAYMENT_SERVICE_VERBS_AFTER  # "Paytm kar do"
        or first_after in _PAID_PERSON  # "I'll zelle you", "venmo me", "e-transfer me"
        or first_after == "cho"  # Vietnamese "chuyển khoản … cho bạn": to you
        or (first_after in {"d", "ed"} and after[1:2] == ["me"])  # "if you just Venmo'd me"
        or _asks_if_held(before)  # "do you have Cash App?"
        or bool(set(before) & lx.PAYMENT_I_TAKE)
        or ("i" in before and bool(set(before) & lx.PAYMENT_TAKING))  # "I accept USDT"
        or (will_do and bool(set(after[:4]) & lx.PAYMENT_WILL_DO_TOO))  # "BTC is fine too"
    )
    given = _account_follows(scan, match.end())
    wide_before = _before(text, match.start(), count=12, reach=100)
    wide_after = _after(text, match.end(), count=12, reach=100)
    if _keeps_to_the_rules(wide_before, wide_after) or _quiet_former_story(wide_before, wide_after):
        return ruled_out
    if _channel_others_paid(before):
        return ruled_out
    wide = wide_before + wide_after
    direct = bool(set(wide) & lx.PAYMENT_OUTSIDE_WORDS)
    fees = _platform_fees(wide)
    explicit = direct or fees or personal or given or used or (owned and paid)
    # (A business announcing what it takes, "we now accept GCash", makes it the topic too.)
    topic = _about_payments(scan) or ("we" in before and bool(set(before) & _BUSINESS_TAKES))
    if name == "bank":
        # A bank named bare counts only as the way the money goes: "the rest via bank".
        counts = given or (routed and money_paid and not topic and before[-1] in _BANK_PREPOSITIONS)
    elif name in lx.PAYMENT_NAME_LIKE_SERVICES and found != "paymaya":
        counts = (
            given
            or used
            or ((direct or fees or owned or account) and paid)
            or (routed and money_paid and not topic)
        )
    elif name in lx.PAYMENT_WEAK_SERVICES:
        counts = explicit or (
            not topic
            and (routed or owned or (paid and account) or (name == "bank_transfer" and paid))
        )
    else:
        instead = not _INSTEAD.isdisjoint(wide)  # "GCash na lang", "PayPal aja"
        asked = first_after == "?"  # "Zelle?", "PayPal?"
        counts = explicit or instead or (not topic and (paid or owned or account or asked))
        return _Service(match, name, counts=bool(counts), judged=True, offered=not topic)
    return _Service(match, name, counts=bool(counts), judged=True)


def _someone_paid(tokens: list[str]) -> bool:
    """Whether the words pay a person: "pay me", "you pay", "te pago", "bayaran mo ako"."""
    for index, word in enumerate(tokens):
        if word in lx.PAYMENT_PERSON_IN_VERB:
            return True
        if word in _PAY_VERBS and not set(tokens[index + 1 : index + 3]).isdisjoint(
            _PAYMENT_PERSONAL
        ):
            return True
        # ("We accept PayPal at checkout" is a shop; "we'll pay" someone; "me manda", "te
        # pago" have the person before the verb.)
        if word in _PAYER and not set(tokens[index + 1 : index + 3]).isdisjoint(
            lx.PAYMENT_MONEY_WORDS
        ):
            return True
        if word in _CLITICS and tokens[index + 1 : index + 2] and tokens[index + 1] in _PAY_VERBS:
            return True
    return False


def _plainly_wise(before: list[str], first_after: str) -> bool:
    """Whether a lower-case "wise" is the service all the same ("via wise", "my wise account")."""
    return bool(set(before[-1:]) & {"via", "thru", "through", "using"}) or bool(
        set(before[-1:]) & _POSSESSIVE and first_after in {"account", "acct", "details", "email"}
    )


def _asks_if_held(before: list[str]) -> bool:
    """Whether the words before a service ask if the other has it ("do you have Cash App?")."""
    near = set(before[-2:])
    return bool(near & lx.PAYMENT_YOU_HAVE_BEFORE) or bool(
        near & lx.PAYMENT_HAVE_BEFORE and set(before) & lx.PAYMENT_YOU
    )


def _paid_from_the_marketplace(after: list[str]) -> bool:
    """Whether the words after a service say the money came from here ("from this platform")."""
    for index, word in enumerate(after):
        if word == "from" and set(after[index + 1 : index + 3]) & (_THE_MARKETPLACE | {"site"}):
            return True
    return False


def _paying_words(tokens: list[str]) -> list[str]:
    """The words, less a "pay" that names a checkout ("Apple Pay", "Google Pay")."""
    return [
        word
        for index, word in enumerate(tokens)
        if not (word == "pay" and index and tokens[index - 1] in _NOT_PAYING_BEFORE_PAY)
    ]


def _platform_fees(tokens: list[str]) -> bool:
    """Whether the words hold fees of the platform's ("the fees here"), not a bank's or PayPal's."""
    for index, word in enumerate(tokens):
        if word in _FEE_FORMS:
            previous = tokens[index - 1].removesuffix("'s") if index else ""
            named = " ".join(tokens[max(0, index - 2) : index]).removesuffix("'s")
            if not (
                previous in lx.PAYMENT_OWN_FEES_BEFORE
                or _PAYMENT.fullmatch(previous)
                or _PAYMENT.fullmatch(named)  # "Cash App fees"
            ):
                return True
    return False


def _account_follows(scan: _Scan, end: int) -> bool:
    """Whether an account to pay into follows a service's name: a number, a handle, an email."""
    reach = end + 40
    for hit in scan.hits:
        if hit.kind in {"phone", "email"} and end <= hit.start < reach and hit.rank == _CONCRETE:
            return True
    text = scan.text
    window = text[end:reach]
    stop = _CLAUSE_END.search(window)
    if stop is not None:
        window = window[: stop.start()]
    if _HANDLE_NEXT.match(window):
        return True  # "Venmo @jane-doe"
    for digits in _ACCOUNT_DIGITS.finditer(window):
        found = digits.group()
        if sum(character.isdigit() for character in found) < 7 or _DATE_LIKE.match(found.strip()):
            continue
        lead = window[max(0, digits.start() - 4) : digits.start()]
        if any(mark in lead for mark in _MONEY_MARKS) or "rp" in lead:
            continue  # a sum of money
        following = _after(text, end + digits.end(), count=1)
        if following and following[0] in lx.NOT_PHONE_AFTER:
            continue
        return True
    return False


def _listed_with(text: str, services: list[_Service], index: int, *, counting: bool) -> bool:
    """Whether the service is listed with one that counts ("Lydia ou PayPal entre amis"), or
    (``counting`` false) with another plain wallet offered the same way."""
    service = services[index]
    for other in services[max(0, index - 1) : index + 2]:
        if other is service or not (other.counts if counting else other.offered):
            continue
        first, second = (
            (other, service) if other.match.start() < service.match.start() else (service, other)
        )
        if _CONJUNCTIONS.fullmatch(text, first.match.end(), second.match.start()):
            return True
    return False


def _example(text: str, start: int) -> bool:
    return any(word in lx.EXAMPLE_CONTEXT for word in _before(text, start, count=4))


def _wallet_address(scan: _Scan, match: re.Match[str]) -> bool:
    """Whether a wallet-shaped run is a wallet to pay into (not a contract, nor any long token)."""
    found = match.group()
    if _overlaps(scan.urls, match.start(), match.end()):
        return False  # a Drive folder, a video: part of a link
    if not found.startswith(("0x", "bc1")):
        # (A bare Base58 run is any long token, an API key as well: a coin must be named.)
        typed = scan.original(match.start(), match.end())
        if scan.words.isdisjoint(_COIN_WORDS) or not (
            _BASE58.fullmatch(typed)
            and any(character.isdigit() for character in typed)
            and any(character.isupper() for character in typed)
            and any(character.islower() for character in typed)
        ):
            return False
    before = _before(scan.text, match.start(), count=6, reach=60)
    return not set(before) & lx.PAYMENT_WALLET_TOPIC_BEFORE


def _valid_iban(candidate: str) -> bool:
    compact = candidate.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    try:
        number = int("".join(str(int(character, 36)) for character in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


# --------------------------------------------------------------------------------------
# Physical addresses
# --------------------------------------------------------------------------------------

_STREET = re.compile(
    rf"\b(?P<number>\d{{1,5}}[a-z]?),?\s+(?P<name>(?:[a-z0-9'.-]+\s+){{1,4}}?)"
    rf"(?P<suffix>{lx.STREET_SUFFIX_PATTERN})\b\.?"
    rf"|\b(?:{lx.STREET_PREFIX_PATTERN})\s+(?P<name2>(?:[a-z'.-]+\s+){{0,4}}?[a-z'.-]+),?\s+"
    rf"(?:n[o.]?\s*)?(?P<number2>\d{{1,5}})\b"
    rf"|\b(?P<number3>\d{{1,5}})(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allee"
    rf"|impasse|place)\s+(?:de\s+la\s+|du\s+|des\s+|de\s+|d')?[a-z'-]{{3,}}"
    r"|\bp\.?\s?o\.?\s+box\s+\d+"
    r"|\b[a-z]{3,}(?:strasse|str\.|straat|weg|platz|gasse|allee|damm|ring|vagen|gatan|gade)"
    r"\s+\d{1,4}[a-z]?\b"
)
_STREET_WORDS: Final = frozenset(
    re.sub(r"\\.|\?|\\", "", f"{lx.STREET_SUFFIX_PATTERN}|{lx.STREET_PREFIX_PATTERN}|box").split(
        "|"
    )
)
# The house number's edge that every ``_STREET`` match holds: digits then a space ("12 Main",
# "5bis, rue", "12b Baker") or a space (or "no", "n.") then digits ("Rua X, 12", "Box 7"). A
# window without one holds no address, and this costs a fraction of ``_STREET``. (Both edges
# found from the digit, which `re` skips ahead to fast.)
_STREET_HINT = re.compile(r"\d(?:(?<=[\sno.]\d)|(?:[a-z]|\s?(?:bis|ter))?,?\s)")
_STREET_MARKS: Final = ("strasse", "str.", "straat", "weg ", "platz", "gasse", "allee", "damm")
_STREET_MARKS_WITHOUT_STR: Final = tuple(m for m in _STREET_MARKS if not m.startswith("str"))
_STREET_STOPWORDS: Final = words("""
    the of in a an to for and my your on at per by is are was with from this that it or
    days weeks months years hours minutes times pages words drafts revisions people more
    than out all each every new old first last next other
    """)
_ADDRESS_CONTEXT: Final = words("""
    address office located location live living home house visit come meet ship shipping
    send deliver delivery mail post courier pick drop studio shop find us at stay staying
    direccion endereco adresse pata moro vivo habite
    """)


def _find_addresses(scan: _Scan) -> None:
    text = scan.text
    if scan.digit_count == 0:
        return
    _numbers_find_vietnamese_streets(scan)
    # (Three of the marks start with "str": one look for that usually spares three.)
    candidates = _STREET_MARKS if "str" in text else _STREET_MARKS_WITHOUT_STR
    marks = tuple([mark for mark in candidates if mark in text])
    if not marks and not scan.held & _STREET_GATE:
        return  # no window (the common case; the gate's bit: no word of ``_STREET_WORDS``)
    windows = [
        window
        for window in scan.windows(_STREET_WORDS, 60, 24, marks)
        if _STREET_HINT.search(text, *window) is not None
    ]
    for match in _matches(_STREET, text, windows):
        if match.group("suffix"):
            name_words = match.group("name").split()
            if any(word in _STREET_STOPWORDS for word in name_words):
                continue
            name_start = match.start("name")
            if not scan.original(name_start, name_start + 1)[:1].isupper() and not (
                name_words and name_words[0][:1].isdigit()
            ):
                continue
        elif match.group("name2") is not None and any(
            word in _STREET_STOPWORDS for word in match.group("name2").split()[:1]
        ):
            continue
        before = set(_before(text, match.start(), count=8, reach=80))
        after = text[match.end() : match.end() + 30]
        if match.group().startswith("p") and _NUMBERS_BOX_LEDGER.match(text, match.end()):
            continue
        followed = re.match(r"\s*,\s*[a-z]|\s*,?\s*(?:apt|suite|unit|floor|#|\d{5})", after)
        if not (before & _ADDRESS_CONTEXT or followed or match.group().startswith("p")):
            continue
        if _quiet_address_is_the_work(scan, match.start(), match.end()):
            continue
        value = re.sub(r"\s+", " ", match.group()).strip(" .,")
        scan.add("physical_address", match.start(), match.end(), value, _CONCRETE)


# An address that is what the work is about, not where to find the sender: a listing to
# describe ("4 bed, 2 bath, MLS #…"), a venue to draw a floor plan of, a dummy row to test a
# mail merge with, an example for a map ("ví dụ địa chỉ …", "por ejemplo"). Quiet only when
# no one near it is the sender or the reader ("my office", "come by", "nos vemos").
_QUIET_ADDRESS_SUBJECT: Final = words("""
    listing listings realtor realty mls sqft hoa bed beds bath baths bedroom bedrooms
    property properties tenant tenants venue venues floorplan gala dummy placeholder
    placeholders example examples sample fake mock merge geocode geocoding
    ejemplo ejemplos exemplo exemplos exemple exemples beispiel contoh misal halimbawa
    ornek inmueble inmuebles imovel imoveis propiedad propiedades immobilier annonce anuncio
    anuncios
    """)
_QUIET_ADDRESS_SUBJECT_PHRASES: Final = ("vi du", "can ho", "bat dong san", "e.g.", "floor plan")
_QUIET_ADDRESS_PERSONAL: Final = words("""
    me my mine i i'm i'll i'd we we're we'll our ours us you your come visit meet meeting
    drop pick stop office studio home hotel live living stay staying ship deliver send
    mi mis mio nuestro nuestra nos te tu meu minha nosso nossa moi mon ma notre chez vous
    mera meri hamara aking namin ko saya kami aku toi minh em nha
    """)

# A meeting in person anywhere in the message makes any address in it the place to go.
_QUIET_ADDRESS_MEET: Final = words("""
    meet meeting visit come drop pick vemos encontrar encontramos visitar venha ven voir
    rencontrer passez milte milo mil magkita kita ketemu bulusalim gap
    """)


def _quiet_address_is_the_work(scan: _Scan, start: int, end: int) -> bool:
    text = scan.text
    if _QUIET_ADDRESS_SUBJECT.isdisjoint(scan.word_list) and not any(
        phrase in text for phrase in _QUIET_ADDRESS_SUBJECT_PHRASES
    ):
        return False
    if not _QUIET_ADDRESS_MEET.isdisjoint(scan.word_list):
        return False  # "can we meet at the venue? 1550 Mission St": the sender is going there
    near = _before(text, start, count=5, reach=60) + _after(text, end, count=4, reach=40)
    return _QUIET_ADDRESS_PERSONAL.isdisjoint(near)


# --------------------------------------------------------------------------------------
# Requests and offers ("send me your number", "my email is", "tu número")
# --------------------------------------------------------------------------------------

_ASK = (
    r"(?:send|share|give|drop|pass|provide|leave|tell|text|dm|pm|post|write|put|forward|shoot"
    r"|need|want|have|get|got|exchange|swap|trade|ask(?:ing)?\s+for|mind\s+sharing"
    r"|what(?:'s|s|\s+is|\s+are)?|whats|where(?:'s|\s+is)?|gimme|lemme\s+(?:get|have)"
    r"|(?:may|can|could)\s+i\s+(?:get|have|ask\s+for|grab|take)"
    r"|(?:can|could|would|will)\s+(?:you|u)\s+(?:send|share|give|drop|pass|dm|text|provide)"
    r"|(?:you|u)\s+(?:send|share|give|drop)|pls|please|plz|kindly)"
)
_YOUR = r"(?:your|ur|yr|ya|you(?:r)?\s+own)"
_ASK_MORE = (
    r"(?:reply|respond|answer|get\s+back)\s+with|confirm|include|let\s+me\s+know|lmk|tell\s+me"
)
_QUALIFIER = (
    r"(?:(?:personal|private|direct|best|preferred|contact|home|work|full|own|current|actual"
    r"|real|business|office|mobile|cell|phone|whatsapp|viber|telegram|skype|signal|paypal"
    r"|payoneer|gmail)\s+)?"
)
_PHONE_OBJECT = (
    r"(?:(?:phone|cell|cellphone|mobile|whatsapp|contact|telephone|tel|personal|direct|work"
    r"|home|viber|signal|telegram)\s*(?:number|no\b\.?|num\b|nr\b|#)|number|digits|phone(?!\s+screen)"
    r"|cell(?:\s?phone)?|mobile|telephone|celular|numero|telefone|telefono)"
    r"(?!\s*(?:of|one|1|model|screen|camera|case|brand|type|os|size|version|app|apps|browser"
    r"|settings|view|layout|design|device|devices|friendly|responsive|users|site|number|numbers"
    r"|first|plan|bill|provider|carrier|support|call)\b)"
)
_EMAIL_OBJECT = (
    r"(?:e-?\s?mail|gmail|mail|correo|courriel)\b(?:\s*(?:address|addy|id|adress|adres))?"
    r"(?!\s*(?:marketing|list|lists|campaign|campaigns|newsletter|newsletters|template"
    r"|templates|signature|signatures|sequence|sequences|automation|automations|inbox|inboxes"
    r"|provider|client|platform|copy|subject|subjects|open|deliverability|setup|flow|flows"
    r"|management|support|service|outreach|domain|blast|blasts|design|designs|server|servers"
    r"|settings|notifications|verification|marketing|body|content|draft|drafts|reply|replies"
    r"|box|filter|filters|rules|tracking|open|history|thread|threads|chain)\b)"
    # (A choice of mail service, not an address: "is your team on gmail or outlook?")
    r"(?!\s+or\s+(?:outlook|yahoo|gmail|hotmail|google|microsoft|office|exchange|zoho)\b)"
)
_ADDRESS_OBJECT = (
    r"(?:(?:home|mailing|postal|shipping|delivery|full|physical|street|office|residential"
    r"|billing|house|postal|post)\s+)?(?:address|addy|adress)"
    r"(?!\s*(?:bar|book|field|fields|line|lines|space|validation|autocomplete|form|forms"
    r"|lookup|verification|format|formats|data|column|columns|list|lists|label|labels)\b)"
)
_CONTACT_OBJECT = (
    r"(?:contact\s*(?:details|detail|info|information|no\b\.?|number)|contacts|personal\s+contact"
    r"|direct\s+contact|contact(?!\s*(?:form|forms|page|pages|list|lists|us|center|centre"
    r"|person|section|button|field|fields|management|database|data)\b))"
)


# (Indonesian fuses "your" and "its" to the word: "emailnya", "emailmu".)
_EMAIL_WORD = re.compile(
    r"e-?\s?mail(?:\b|nya\b|mu\b)|gmail|inbox|\bmail\s+id|^mail$|correo|courriel|\bmail\b(?!ing)"
)


def _object_kinds(phrase: str, preceding: str, following: str = "") -> tuple[str, ...]:
    if re.search(r"(?:contact|contato|kontak)(?!\s*(?:no|number))", phrase):
        return ("phone", "email")
    if re.search(r"addy|address|adress|direccion|endereco|adresse|pata|alamat", phrase):
        if _EMAIL_WORD.search(phrase) or (
            phrase in {"address", "addy"}
            and not _numbers_sent_by_post(preceding, following)
            and (
                _EMAIL_WORD.search(preceding)
                # "the best address to send the signed contract to?": documents go by email
                or _mail_by_what_is_sent(preceding + following, 0, 0)
            )
        ):
            return ("email",)
        return ("physical_address",)
    if _EMAIL_WORD.search(phrase):
        return ("email",)
    return ("phone",)


# Calling or texting someone is asking for their phone ("can I call you?", "text me when
# it's ready"), unless it stays on the platform or goes through an app or a video call ("call
# me here", "text me on WhatsApp", "a call through the video call button"): the app and video
# detectors find those.
_NOT_BY_PHONE = (
    r"(?![^.!?\n]{0,40}?(?:\b(?:here(?!['’]s)|platform|upwork|fiverr|plataforma|plateforme"
    r"|aqui|aca|ici|yahan|dito|disini|video\s*(?:call|chat|meeting))\b|\b(?:on|in|via|through"
    r"|thru|over|by|using|with|pe|par|por|pelo|pela|no|na|sur|sa|lewat|di)\s+(?:the\s+|this\s+"
    r"|a\s+|my\s+|your\s+)?(?:messages|chat|app|site|zoom|teams|meet|google\s+meet|skype"
    r"|whatsapp|whats|wa|zap|wpp|wsp|telegram|tg|signal|viber|discord|slack|wechat|messenger"
    r"|imessage|facetime|line|video|videollamada|videochamada|green\s+app|webhook|webhooks|api"
    r"|endpoint|callback|bot)\b))"
)
# When a call or a text is to happen ("call me tomorrow", "text me when it's done").
_CALL_WHEN = (
    r"(?:now|later|tonight|tomorrow|today|back|asap|rn|real\s+quick|quickly|right\s+now|anytime"
    r"|any\s+time|when|whenever|once|if|after|before|in\s+(?:a|an|\d+|five|ten|few|half)"
    r"|at\s+\d|this\s+(?:morning|afternoon|evening|weekend|week)|directly|personally"
    r"|privately|on\s+(?:my|your|ur|the)\s+(?:phone|cell|mobile|number|landline))\b"
)
# What a text or a call offers when it is a product's message, not a person's ("we'll text you
# a code").
_NOT_A_PERSON_CALLING = (
    r"(?!\s+(?:a\s+|an\s+|the\s+|your\s+)?(?:verification|confirmation|one-time|login"
    r"|security|code|codes|otp|pin|reminder|reminders|notification|notifications|alert|alerts)"
    r"\b)"
)
# What follows "give you a ring" or "send me a text" when it is no call ("a ring design", "a
# text file").
_NOT_A_CALL = (
    r"(?!\s+(?:design|designs|size|sizes|mockup|mockups|render|renders|model|models|light|lights"
    r"|sample|samples|photo|photos|box|of|file|files|doc|document|version|block|field|editor"
    r"|copy|to\s+action)\b)"
)
# How the use of a detail asked for opens after it, in the hints of ``_detail_request``.
_DETAIL_NEXT = (
    r"(?:(?:that|where|which|for|at\s+which)\s+)?(?:to|i|we|you|u|they|he|she|can|could|should"
    r"|do|shall)\b"
)
# What the detail is for: reaching the asker's reader, or a stranded "to" ("the best email to
# send the invoice to?"), which "an email to send to my subscribers" has not.
_DETAIL_USE = (
    r"(?:(?:reach|contact|call|text|ring|phone|message|whatsapp|get\s+(?:hold\s+of|in\s+touch"
    r"\s+with))\s+(?:you|u)\b|(?:reach|contact|call|text|ring)(?=\s*(?:[?.!,;]|$)|\s+(?:on|at"
    r"|and|so|if|when|please|pls|later|now|tomorrow|today)\b)"
    r"|(?:send|mail|e-?mail|ship|post|forward|deliver|write|courier|dispatch|invoice|bill)\b"
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:to|at)(?=\s*(?:[?.!,;:)]|$)|\s+(?:please|pls|plz|thanks|thx"
    r"|if|so|and|or|as|when|because|instead)\b)|receive\b)"
)


def _detail_request(detail: str) -> str:
    """The request pattern for a ``detail`` asked for without "your" (a regex).

    "what's the best email to send it to?", "can you give me an email to send it to?", "is
    there a number I can reach you at?", "a mailing address where you can receive a package".
    (One pattern for each detail's last word, which opens its hint, as in ``_calling``.)
    """
    return (
        r"(?=[dghilprstuwy])"
        r"\b(?:what(?:['’]s|s|\s+is|\s+are|\s+would\s+be)?|which(?:\s+is)?|(?:give|send|share"
        r"|drop|leave|pass|tell|provide|text|dm|suggest|recommend)\s+(?:me|us)|is\s+there"
        r"|do\s+(?:you|u)\s+have|have\s+(?:you|u)\s+got|(?:you|u)\s+(?:have|got))"
        r"\s+(?:(?:the|a|an|any|some|one)\s+)?(?:(?:best|preferred|right|correct|good|easiest"
        r"|proper|other|personal|direct|private|work|backup|alternate|alternative)\s+)?"
        rf"(?P<object>{detail})(?!\s+(?:of|field|fields|format|formats|template|templates|list"
        r"|lists|marketing|campaign|campaigns|bar|validation|column|columns|lookup"
        r"|verification)\b)\s+(?:(?:that|where|which|for|at\s+which)\s+)?(?:to"
        r"|(?:i|we|you|u|they|he|she)(?:['’](?:d|ll))?(?:\s+(?:can|could|should|may|might|would"
        r"|will|prefer\s+to|want\s+to|like\s+to))?|(?:can|could|should|do|shall)\s+(?:i|we))"
        r"\s+(?:(?:just|best|easily|quickly|also|then|safely|directly)\s+)?" + _DETAIL_USE
    )


# The Spanish and Portuguese "number of" an app or a phone ("tu número de WhatsApp").
_NUMBER_OF = (
    r"numero(?:\s+(?:de|do|da)\s+(?:whatsapp|whats|wsp|wpp|wasap|zap|telegram|signal|viber"
    r"|telefono|telefone|telephone|celular|cel|movil|portable|contacto|contato))?"
)
# Indonesian: the reader, as a chat addresses them ("kak", "mas", "anda").
_ID_YOU = r"(?:kamu|kakak|kak|anda|mas|mbak|mba|bapak|ibu|gan|agan|kk)"


def _calling(verbs: str, *, naming: bool) -> str:
    """The request pattern for calling or texting someone with one of ``verbs`` (a regex).

    "can I call you?", "I'll text you tonight", "could you call me?", "text me when it's
    ready". A verb that also names someone ("call me Jen") counts before "me" only with how
    the call is to happen after it ("call me back", "call me at 5", "call me 0803...").
    (One pattern for each verb, so that each has a hint opening with the verb itself: `re`
    skips ahead to a literal fast, but tries a hint that opens with a choice of letters at
    every one of them, which costs more than the rest of the requests together.)
    """
    me = rf"me(?=\s*(?:[?.!,;:)]|$)|\s+(?:at|on|up|{_CALL_WHEN}))" if naming else r"me\b"
    number_next = r"me(?=\s*[:@-]?\s*[+(]?\d)" if naming else r"me\b"
    return (
        r"(?=[abcefghiklmnopqrstw])"
        r"\b(?P<object>(?:(?<!\bhow\s)(?<!\bwhat\s)(?:can|could|may|shall|should)\s+i"
        r"|(?:i|we)(?:['’](?:ll|d)|\s+(?:will|would|can|could|may|might|shall))"
        r"|let\s+me|lemme|(?:want|like|need)\s+me\s+to|(?:ok|okay|alright|fine|mind)\s+if\s+i"
        r"|(?:free|happy|easier|easiest|better|faster|quicker|simpler|ok|okay|alright|possible|able"
        r"|want|wanted|like|love|prefer|need|try|going)\s+to|gonna|wanna)"
        r"\s+(?:(?:just|quickly|also|then|rather|actually|maybe|probably|happily|really)\s+)"
        rf"{{0,2}}(?:{verbs})"
        r"\s+(?:you|u)\b"
        r"|(?:(?:can|could|would|will)\s+(?:you|u)|pls|please|plz|kindly|feel\s+free\s+to)"
        rf"\s+(?:just\s+|quickly\s+|also\s+|maybe\s+)?(?:{verbs})\s+{me}"
        rf"|(?:{verbs})\s+(?:you|u|me)\s+{_CALL_WHEN}|(?:{verbs})\s+{number_next})"
        + _NOT_A_PERSON_CALLING
        + _NOT_BY_PHONE
    )


# Each pattern but one opens with a look-ahead for the letters it can start with: it changes
# no match, and it turns away the positions where the pattern cannot start before the engine
# tries every alternative of the opening group there.
_REQUEST_PATTERNS: Final = tuple(
    re.compile(pattern)
    for pattern in (
        # "send me your number", "what's your email?", "can I get your WhatsApp number"
        r"(?=[acdefghiklmnprstuwy])"
        rf"\b(?:{_ASK}|{_ASK_MORE})\s+(?:me\s+|us\s+|over\s+)?(?:also\s+)?{_YOUR}\s+{_QUALIFIER}"
        rf"(?P<object>{_PHONE_OBJECT}|{_EMAIL_OBJECT}|{_ADDRESS_OBJECT}|{_CONTACT_OBJECT})",
        # "your PayPal email", "your Apple ID email": a couple of words may qualify an email
        r"(?=[acdefghiklmnprstuwy])"
        rf"\b(?:{_ASK}|{_ASK_MORE})\s+(?:me\s+|us\s+)?{_YOUR}\s+(?:[a-z]+\s+){{1,2}}?"
        rf"(?P<object>{_EMAIL_OBJECT})",
        r"(?=[uy])"
        rf"\b{_YOUR}\s+(?:[a-z]+\s+){{1,2}}?(?P<object>{_EMAIL_OBJECT})\b[^.!?\n]{{0,40}}\?",
        # "what email should I use?", "which number should he call?"
        r"(?=[w])"
        r"\b(?:what|which)\s+(?P<object>e-?mail(?:\s+address)?|address|number|phone\s+number"
        r"|(?:mailing|shipping|home)\s+address)\s+(?:should|do|can|could|shall|would)\s+(?:i|we"
        r"|he|she|they|my\s+\w+)\s+(?:use|send|call|write|reach|text|ship|mail|put|add|invite)\b",
        # "where should I ship it?"
        r"(?=[w])"
        r"\bwhere\s+(?:should|do|can|shall|could)\s+(?:i|we)\s+(?:ship|send|mail|deliver|post"
        r"|courier)\b(?P<object>)",
        # "move this to email", "send it over email", "can I email you"
        r"(?=[cdmst])"
        r"\b(?:send|share|talk|chat|continue|move|discuss|communicate|switch|take)\b[^.?!\n]{0,30}?"
        r"\b(?:over|via|by|through|to|on)\s+(?P<object>e-?mail|gmail)\b(?!\s+(?:marketing|list"
        r"|campaign|template|newsletter|automation))",
        r"(?=[cilms])"
        r"\b(?:i'?ll|i\s+will|can\s+i|could\s+i|may\s+i|let\s+me|i\s+can|shall\s+i)\s+(?P<object>"
        r"e-?mail|mail)\s+(?:you|u)\b",
        r"(?=[efms])"
        r"\b(?:send|mail|forward|email)\s+(?:it|them|this|that|the\s+\w+)\s+(?:to|on)\s+my\s+"
        r"(?P<object>gmail|e-?mail|inbox|personal\s+e-?mail)\b",
        # "my phone is on my site's contact page"
        r"(?=[m])"
        r"\bmy\s+(?P<object>phone|number|cell|mobile|e-?mail|contact\s+details|contact\s+info"
        r"|address)(?:\s+number)?(?:['’]s|\s+(?:is|are))\s+(?:on|in)\s+my\s+(?:web\s?)?(?:site"
        r"|page|website|profile|bio|contact\s+page|site's\s+contact\s+page|cv|portfolio"
        r"|business\s+card|card|signature)",
        # "the best way to reach you outside of here"
        r"(?=[cgrt])"
        r"\b(?:reach|contact|talk\s+to|get\s+in\s+touch\s+with|get\s+hold\s+of|call|text)\s+"
        r"(?:you|u)\s+(?P<object>outside|off\s+(?:the\s+)?platform|directly|privately|personally"
        r"|off-platform)\b",
        # "your number?", "your email please", "your address so I can ship"
        r"(?=[uy])"
        rf"\b{_YOUR}\s+{_QUALIFIER}(?P<object>{_PHONE_OBJECT}|{_EMAIL_OBJECT}|{_ADDRESS_OBJECT}"
        rf"|{_CONTACT_OBJECT})\s*(?:\?|pls\b|please\b|plz\b|asap\b|so\s+(?:i|we)\s+can\b"
        r"|to\s+(?:call|text|reach|contact|add|send|ship|mail|whatsapp)\b|and\s+(?:i|we)'?ll\b"
        r"|\s*$)",
        # "phone number?", "contact details please", "email address?"
        r"(?:^|[.!?,:]\s*|\b(?:and|or|also)\s+)(?P<object>(?:phone|cell|mobile|contact|whatsapp)"
        r"\s*(?:number|no\.?|num|details|info)|e-?mail(?:\s+address)?|mailing\s+address"
        r"|home\s+address)\s*(?:\?|pls\b|please\b|plz\b)",
        # "I'll send you my number", "here is my email", "my number is", "my cell:"
        r"(?=[dfgpst])"
        r"\b(?:send|give|share|text|dm|pm|drop|forward|pass)\s+(?:you|u)\s+(?:my|our)\s+"
        rf"{_QUALIFIER}(?P<object>{_PHONE_OBJECT}|{_EMAIL_OBJECT}|{_ADDRESS_OBJECT}"
        rf"|{_CONTACT_OBJECT})",
        r"(?=[m])"
        rf"\bmy\s+{_QUALIFIER}(?P<object>(?:phone|cell|cellphone|mobile|whatsapp|contact"
        r"|telephone|personal|direct|work|home)\s*(?:number|no\b\.?|num\b|#)|number|cell"
        r"|e-?mail(?:\s+address)?|gmail|(?:home\s+|office\s+)?address)\s*(?:is\b|:|=|-\s)",
        # "call me at", "text me on", "email me at", "reach me directly"
        r"(?=[cemprst])"
        r"\b(?P<object>call|text|txt|ring|sms|phone|e-?mail|mail)\s+me\s+(?:at|on|@|directly"
        r"|personally|privately)\b(?!\s+(?:here|upwork|the\s+platform|this\s+platform|messages"
        r"|whatsapp|telegram|skype|zoom|teams|signal|viber|wechat|discord|slack|meet|google"
        r"|(?:the\s+|this\s+)?(?:green\s+)?(?:app|chat|site)\b|video))",
        r"(?=[g])"
        r"\bgive\s+me\s+a\s+(?P<object>call|ring|text|buzz)\s+(?:at|on)\b(?!\s+(?:here|upwork"
        r"|messages|whatsapp|telegram|skype|zoom|teams|signal|viber))",
        # "talk by phone", "discuss over the phone"
        r"(?=[cdgrst])"
        r"\b(?:talk|chat|discuss|speak|call|continue|catch\s+up|go\s+over\s+(?:it|this|that)"
        r"|reach|contact)\s+(?:it\s+|this\s+|more\s+|me\s+|you\s+|u\s+)?(?:by|over\s+the|on\s+the"
        r"|via)\s+(?P<object>phone|telephone)\b",
        # "where do you live", "your location" for a visit
        r"(?=[wy])"
        r"\b(?:where\s+do\s+you\s+live|where\s+are\s+you\s+located\s+exactly|your\s+exact"
        r"\s+location)\b(?P<object>)",
        # Spanish, Portuguese, French ("tu número de WhatsApp", "donner son e-mail")
        r"(?=[cdefilmpqstv])"
        r"\b(?:tu|su|pasame\s+tu|dame\s+tu|me\s+(?:pasas|das|mandas|envias|compartes)\s+(?:tu|su)"
        r"|cual\s+es\s+tu|seu|teu|sua|tua|me\s+passa\s+(?:o\s+)?(?:seu|teu)|qual\s+(?:e\s+)?(?:o\s+)?"
        r"(?:seu|teu)|manda\s+(?:o\s+)?(?:seu|teu)|ton|votre|ta|tes|vos|(?:donner|donnez|donne"
        r"|envoyer|envoyez|envoie|passer|passez|communiquer|communiquez|transmettre|transmettez"
        r"|laisser|laissez|filer)(?:[-\s]moi)?\s+(?:son|sa|leur))\s+"
        rf"(?P<object>{_NUMBER_OF}|num|telefono|telefone|tel|celular|cel|movil|portable"
        r"|correo(?:\s+electronico)?|e-?mail|gmail|mail|courriel"
        r"|direccion(?:\s+de\s+(?:correo|e-?mail))?"
        r"|endereco(?:\s+de\s+e-?mail)?|adresse(?:\s+(?:e-?mail|mail|electronique))?|contacto"
        r"|contato)\b(?!\s+(?:de|da|do|del|des|du)\b)",
        # Hindi and Urdu in Latin letters
        r"(?=[at])"
        r"\b(?:apna|apni|apne|aapka|aapki|aapke|apka|apki|apke|(?:aap|ap)\s+(?:ka|ki|ke)|tumhara"
        r"|tumhari|tera|teri)\s+(?P<object>(?:contact|whatsapp|mobile|phone)\s+(?:number|no|num)"
        r"|number|no|num|phone|mobile|contact|email|mail(?:\s+id)?|gmail|address"
        r"|(?:ghar|office)\s+ka\s+pata|pata)\b"
        # (Not the work: "aapki email list", "apna email campaign".)
        r"(?!\s+(?:list|lists|marketing|campaign|campaigns|newsletter|template|templates"
        r"|signature|server|setup|automation|sequence)\b)",
        r"(?=[acdegmnopw])"
        # (Not the number of an invoice, an order or a ticket: "invoice number bata do".)
        r"\b(?<!invoice\s)(?<!order\s)(?<!tracking\s)(?<!ticket\s)(?<!account\s)(?<!serial\s)"
        r"(?<!roll\s)(?<!page\s)(?<!bill\s)"
        r"(?P<object>number|mobile\s+number|phone\s+number|contact\s+(?:number|no)"
        r"|whatsapp\s+number|email(?:\s+id)?|mail\s+id|gmail|address"
        r"|(?:ghar|office|dukaan|dukan)\s+ka\s+pata|pata)"
        r"\s+(?:bhejo|bhej\s+do|bhejiye|de\s+(?:do|dijiye|dijie|dena)|dedo|dijiye|dijie|dena"
        r"|share\s+karo|share\s+kar\s+do|send\s+karo|chahiye|do\s+na|do\s+(?:apna|apni)"
        r"|bata\s+(?:do|dijiye|dena|sakte|sakta|sakti)|batao|bataiye|bataye|batayein"
        r"|mil\s+(?:sakta|sakti|skta|sakega))\b",
        # Tagalog
        r"(?=[acen])"
        r"\b(?P<object>number|num|cp|cellphone|email|address|contact)\s+(?:po\s+)?(?:mo|niyo|nyo"
        r"|ninyo|nio)\b",
        r"(?=[p])"
        r"\b(?:pahingi|penge|pa-?send)\s+(?:ng\s+|naman\s+ng\s+)?(?P<object>number|num|cp"
        r"|email|address|contact)\b",
        # "can I call you real quick?", "I'll text you tonight", "just text me when..."
        _calling("call", naming=True),
        _calling("phone", naming=True),
        _calling("text|txt", naming=False),
        _calling("ring|sms", naming=False),
        # "want me to give you a ring?", "gimme a buzz"
        r"(?=[g])"
        r"\b(?P<object>(?:give\s+(?:you|u|me)|gimme)\s+a\s+(?:quick\s+)?(?:call|ring|buzz|bell))\b"
        rf"{_NOT_A_CALL}" + _NOT_BY_PHONE,
        # "I'll shoot you a text", "send me a quick sms"
        r"(?=[ds])"
        r"\b(?P<object>(?:shoot|send|drop)\s+(?:me|you|u)\s+a\s+(?:quick\s+)?(?:text|txt|sms))\b"
        # (Not a piece of copy: "send me a text for the About page", "a text about us".)
        rf"{_NOT_A_CALL}(?!\s+(?:for|about|on|with|that|which|to)\b)" + _NOT_BY_PHONE,
        # The same in Spanish, Portuguese, French, Tagalog and Indonesian
        r"(?=[adegjlmnpqrstv])"
        r"\b(?P<object>llamame|llamarme|llamarte|te\s+(?:llamo|llamare|(?:puedo|podria)\s+llamar)"
        r"|me\s+(?:llamas|(?:puedes|podrias|puede|podria)\s+llamar)|(?:puedo|podria|quiero"
        r"|prefiero)\s+llamarte"
        # ("Marcar" is to mark as well as to dial: "te marco los cambios en rojo".)
        r"|(?:marcame|te\s+(?:marco|(?:puedo|podria)\s+marcar)|me\s+(?:marcas|(?:puedes|podrias"
        r"|puede|podria)\s+marcar))(?!\s+(?:los|las|el|la|lo|un|una|unos|unas|con|en\s+rojo|todo"
        r"|todos|cada)\b)"
        r"|me\s+(?:liga|ligue|ligar|ligam)|(?:liga|ligue|ligar)-me|te\s+(?:ligo|ligar|ligarei"
        r"|ligamos|ligue)|lhe\s+(?:ligo|ligar|ligue)|(?:ligo|ligar|liga|ligue|ligamos)\s+(?:pra"
        r"|para|pro)\s+(?:voce|vc|ti|mim|o\s+senhor|a\s+senhora)"
        r"|(?:r?appelle|r?appelez|telephonez|textez)[-\s]moi|m['’]\s?(?:appeler|appelez"
        r"|telephoner|envoyer\s+un\s+(?:sms|texto))|(?:peux|pourrais|puis-je|vais|voudrais|veux"
        r"|aimerais|pourrions|pouvons)\s+(?:t['’]\s?|te\s+|vous\s+)(?:appeler|telephoner"
        r"|rappeler)|je\s+(?:t['’]\s?|vous\s+)(?:appelle|rappelle|telephone|envoie\s+un\s+(?:sms"
        r"|texto))|envoie(?:z)?-moi\s+un\s+(?:sms|texto)"
        r"|tawagan|tatawagan|paki-?(?:text|tawagan|tawag)|pa-?text"
        r"|(?:telp|telpon|telepon|tlp|tlpn)\s+(?:aja|saja|ya|dong|aku|saya|gw|gue|kamu|kakak|kak"
        r"|mas|mbak|sekarang|nanti|langsung)|nelpon|nelepon|menelpon|menelepon|ditelpon|ditelepon"
        r"|ditelp|(?:aku|saya|gw|gue)\s+(?:telp|telpon|telepon)|sms\s+(?:aja|saja))\b"
        + _NOT_BY_PHONE,
        # Hindi and Urdu: "mujhe call karo", "aapko call karta hoon"
        r"(?=[ahmt])"
        r"\b(?P<object>(?:mujhe|mujhko|muje|mjhe|mje|humein|hume|hamein|aapko|apko|aap\s+ko"
        r"|ap\s+ko|tumhe|tumko|tujhe)\s+(?:ek\s+|direct\s+|abhi\s+)?(?:call|phone|fone|ring)"
        r"\s+(?:karo|kar\s+do|kardo|kar\s+dena|kar\s+lena|karna|kijiye|kijie|karein|karen"
        r"|kar\s+dijiye|kar\s+sakte|kar\s+sakta|kar\s+sakti|karu|karun|karoon|karta|karti"
        r"|karunga|karungi|kar\s+deta|kar\s+deti|kar\s+lunga|kar\s+lungi))\b" + _NOT_BY_PHONE,
        # Tagalog: "text mo na lang ako", "call kita", "i-text ko po kayo"
        r"(?=[ict])"
        r"\b(?P<object>(?:i-?text|text|txt|call|tawag)\s+(?:mo|niyo|nyo|nio|ninyo)\s+(?:(?:na"
        r"\s+lang|nalang|lang|na|po)\s+)*ako|(?:i-?text|text|txt|call|tawag)\s+(?:kita|ko\s+(?:po"
        r"\s+)?kayo))\b" + _NOT_BY_PHONE,
        # "what's the best email to send it to?", "can you give me an email to send it to?",
        # "is there a number I can reach you at?"
        _detail_request(r"e-?mail|gmail"),
        _detail_request(r"(?:(?:phone|cell|mobile|contact|whatsapp|direct|personal)\s+)?number"),
        _detail_request(
            r"(?:(?:e-?mail|gmail|mailing|shipping|postal|home|delivery|physical|street|office)"
            r"\s+)?address"
        ),
        # "send me a mailing address", "give us a contact number"
        r"(?=[dgilpst])"
        r"\b(?:give|send|share|drop|leave|pass|tell|provide|text|dm)\s+(?:me|us)\s+(?:(?:a|an|the"
        r"|some)\s+)?(?:(?:good|valid)\s+)?(?P<object>(?:mailing|shipping|postal|home|delivery"
        r"|physical|street)\s+address|(?:phone|cell|mobile|contact|whatsapp|direct|personal)\s+"
        r"number)(?!\s+(?:field|fields|format|formats|template|templates|list|lists"
        r"|column|columns|validation|lookup|verification|step|page|section|form)\b)(?!\s+(?:for"
        r"|of)\s+(?:the\s+|this\s+|that\s+|each\s+|every\s+|all\s+)?(?:order|orders|customer"
        r"|customers|client|clients|buyer|buyers|user|users)\b)",
        # "whichever email you give me", "whatever number works best for you"
        r"(?=[w])"
        r"\bwh(?:ichever|atever|ich\s+ever|at\s+ever)\s+"
        # (A number one prefers or picks is a figure: only a number one gives is a phone.)
        r"(?!number\s+(?:you|u)\s+(?:(?:would|['’]d)\s+)?(?:prefer|want|like|use|pick|choose"
        r"|check)\b)(?P<object>e-?mail(?:\s+address)?|gmail|(?:phone|cell|mobile|contact|whatsapp)"
        r"\s+number|number|(?:mailing|shipping|postal|home)\s+address)\s+(?:(?:you|u)\s+(?:(?:would"
        r"|['’]d)\s+)?(?:give|send|share|provide|prefer|want|like|use|pick|choose|check)|(?:is"
        r"|works)\s+(?:best|easiest|easier)\s+for\s+(?:you|u)|suits\s+(?:you|u))\b",
        # "qual o número?", "¿cuál es el correo?"
        r"(?=[cq])"
        r"\b(?:qual|cual)\s+(?:e\s+|es\s+|seria\s+)?(?:o\s+|el\s+)?"
        rf"(?P<object>{_NUMBER_OF}|telefone|telefono|celular|e-?mail|correo|endereco"
        r"|direccion)\s*\?",
        # Indonesian: "numernya berapa?", "boleh minta email kakak?", "alamat kakak dimana?"
        r"(?=[aeklmn])"
        r"\b(?P<object>(?:nomor|nomer|numer)(?:(?:nya|mu)(?:\s+(?:hp|wa|whatsapp|telp|telepon"
        rf"|telpon|handphone|ponsel))?(?:\s+{_ID_YOU})?|\s+(?:hp|wa|whatsapp|telp|telepon|telpon"
        rf"|handphone|ponsel)(?:nya)?(?:\s+{_ID_YOU})?|\s+{_ID_YOU})\s*(?:berapa|brp|dong|\?)"
        rf"|no\.?\s+(?:hp|wa|telp|telepon)(?:nya)?(?:\s+{_ID_YOU})?\s*(?:berapa|brp)"
        rf"|(?:e-?mail|alamat\s+e-?mail)(?:(?:nya|mu)(?:\s+{_ID_YOU})?|\s+{_ID_YOU})\s*(?:apa"
        r"|berapa|dong|\?)"
        r"|alamat(?:(?:nya|mu)(?:\s+(?:rumah|lengkap|kantor|pengiriman))?(?:\s+"
        rf"{_ID_YOU})?|\s+(?:rumah|lengkap|kantor|pengiriman)(?:nya)?(?:\s+{_ID_YOU})?"
        rf"|\s+{_ID_YOU})\s*(?:dimana|di\s+mana|mana|apa|dong|\?)"
        r"|(?:(?:minta|mnta)\s+(?:dong\s+)?(?:e-?mail|alamat\s+e-?mail)|(?:minta|mnta|kirimin"
        r"|kirimkan|kasih\s+tau|kasi\s+tau)\s+(?:dong\s+)?(?:nomor|nomer|numer|no\s+(?:hp|wa)"
        r"|kontak|alamat))(?:nya|mu)?(?:\s+(?:hp|wa|whatsapp|telp|telepon|rumah|lengkap"
        rf"|kantor))?(?:\s+{_ID_YOU})?(?!\s*(?:invoice|order|pesanan|resi|rekening|antrian"
        r"|halaman|seri|kamar|meja|akun|id|website|web|situs|url|link|ip|server|domain|file"
        r"|dokumen|faktur|transaksi|produk|sku|marketing)\b))",
        # "can we do a quick phone call?", "I'd rather hop on a phone call"
        r"(?=[acdghjlprsw])"
        r"\b(?P<object>(?:let['’]?s|can\s+we|could\s+we|shall\s+we|we\s+can|we\s+could|hop\s+on"
        r"|jump\s+on|get\s+on|do|have|schedule|set\s+up|arrange|prefer|rather)\s+(?:a\s+)?(?:quick"
        r"\s+|short\s+|brief\s+)?phone\s+call)\b(?!\s*(?:script|scripts|recording|recordings"
        r"|center|centre|log|logs|transcript|transcripts)\b)" + _NOT_BY_PHONE,
        # Hindi and Urdu: "phone kar dena", "fone karo"
        r"(?=[fp])"
        r"\b(?P<object>(?:phone|fone)\s+(?:karo|kar\s+do|kardo|kar\s+dena|kijiye|kijie|kar\s+dijiye"
        r"|karna))\b" + _NOT_BY_PHONE,
        # "email me the brief", "can you email me?" (not "the client will email me the assets")
        r"(?=[acefjkoptuwy])"
        r"\b(?P<object>(?:(?:pls|please|plz|kindly|just|also|and|or|then|so|(?:can|could|would|will)"
        r"\s+(?:you|u)|feel\s+free\s+to|(?:you|u)\s+(?:can|could|may))\s+(?:just\s+|also\s+)?e-?mail"
        r"|(?<![a-z]\s)(?<![\w'’-])e-?mail)\s+me)\b" + _NOT_BY_PHONE,
        # "shoot me an email", "send us a quick email" (not "send me an email template")
        r"(?=[ds])"
        r"\b(?P<object>(?:shoot|send|drop)\s+(?:me|us)\s+a(?:n|\s+(?:quick|short))\s+e-?mail)\b"
        r"(?!\s+(?:template|templates|campaign|campaigns|newsletter|newsletters|sequence|sequences"
        r"|draft|drafts|copy|version|versions|list|blast|signature|example|examples|sample|samples"
        r"|series|marketing)\b)" + _NOT_BY_PHONE,
        # "mándame un correo", "me manda um e-mail", "écrivez-moi par mail", "mujhe email karo"
        r"(?=[eim])"
        r"\b(?P<object>(?:mandame|enviame|escribeme|mandeme|envieme|escribame)\s+(?:un\s+)?(?:correo"
        r"|e-?mail|mail)|(?:escribeme|escribame)\s+(?:al|a\s+mi|por)\s+(?:correo|e-?mail|mail)"
        r"|me\s+(?:manda|mande|envia|envie|mandas|envias)\s+(?:um\s+|un\s+)?(?:e-?mail|correo)"
        r"|(?:envoyez|envoie|ecrivez|ecris)-moi\s+(?:un\s+|par\s+)?(?:mail|e-?mail|courriel)"
        r"|(?:mujhe|mujhko|muje)\s+(?:e-?mail|mail)\s+(?:karo|kar\s+do|kardo|kar\s+dena|kijiye"
        r"|kijie|kar\s+dijiye|karna)|i-?email\s+(?:mo|niyo|nyo)\s+(?:(?:na\s+lang|nalang|lang|na"
        r"|po)\s+)*ako|e-?mail\s+(?:aku|saya)\s+(?:aja|saja|ya))\b",
    )
)
# The words of the requests to call or text that are never English (or not the same verb
# there): every match of the pattern for Spanish, Portuguese, French, Tagalog and Indonesian
# holds one ("paki-text" holds "paki", "m'envoyer un sms" holds "sms").
_CALLING_WORDS: Final = words("""
    llamame llamarme llamarte marcame llamo llamare marco llamar marcas llamas marcar liga
    ligue ligar ligam ligo ligarei ligamos appelle appelez rappelle rappelez telephonez textez
    appeler telephoner rappeler telephone sms texto tawagan tatawagan paki pakitext pakitawagan
    pakitawag patext telp telpon telepon tlp tlpn nelpon nelepon menelpon menelepon ditelpon
    ditelepon ditelp
    """)
# Every match of the Indonesian request pattern holds one of these ("nomornya", "berapa",
# "emailnya", "alamat", "minta", or the reader: "kak", "mas").
_INDONESIAN_ASKING_WORDS: Final = words("""
    nomor nomer numer nomornya nomernya numernya nomormu nomermu numermu berapa brp emailnya
    emailmu alamat alamatnya alamatmu minta mnta kirimin kirimkan kasih kasi kamu kakak kak
    anda mas mbak mba bapak ibu gan agan kk
    """)
# The words ``_YOUR`` holds one of ("you own" holds "own").
_YOUR_FORMS: Final = frozenset({"your", "ur", "yr", "ya", "own"})
_EMAIL_WORDS: Final = frozenset({"email", "mail", "gmail", "e", "correo", "courriel", "inbox"})
_OBJECT_WORDS: Final = _EMAIL_WORDS | words("""
    number digits phone cell cellphone mobile telephone tel address addy adress contact
    contacts details info whatsapp numero telefone telefono celular cel movil num
    """)
# For each request pattern, groups of words of which the message must hold at least one
# each, or the pattern cannot match: most messages skip most patterns on a set lookup.
_REQUEST_NEEDS: Final[tuple[tuple[frozenset[str], ...], ...]] = (
    (_YOUR_FORMS, _OBJECT_WORDS),
    (_YOUR_FORMS, _EMAIL_WORDS),
    (_YOUR_FORMS, _EMAIL_WORDS),
    (
        frozenset({"what", "which"}),
        words("email e mail address number"),
        words("should do can could shall would"),
    ),
    (frozenset({"where"}),),
    (
        _EMAIL_WORDS,
        words("send share talk chat continue move discuss communicate switch take"),
        words("over via by through to on"),
    ),
    (_EMAIL_WORDS, frozenset({"you", "u"})),
    (frozenset({"my"}), _EMAIL_WORDS),
    (frozenset({"my"}), words("site website profile bio page cv portfolio card signature")),
    (frozenset({"you", "u"}), words("outside off directly privately personally")),
    (_YOUR_FORMS, _OBJECT_WORDS),
    (words("phone cell mobile contact whatsapp email e mail mailing home"),),
    # (The verb that opens a pattern is a word of the text: ``\b`` before it, a space after.)
    (
        frozenset({"my", "our"}),
        frozenset({"you", "u"}),
        _OBJECT_WORDS,
        words("send give share text dm pm drop forward pass"),
    ),
    (frozenset({"my"}), _OBJECT_WORDS),
    (frozenset({"me"}), words("call text txt ring sms phone email mail e")),
    (frozenset({"give"}),),
    (
        frozenset({"phone", "telephone"}),
        words("talk chat discuss speak call continue catch go reach contact"),
        words("by over on via"),  # a space before each and after it
    ),
    (frozenset({"live", "located", "location"}),),
    (
        words("""
            tu su seu teu sua tua ton votre ta tes vos pasame dame passa manda donner donnez
            donne envoyer envoyez envoie passer passez communiquer communiquez transmettre
            transmettez laisser laissez filer
            """),
    ),
    (words("apna apni apne aapka aapki aapke apka apki apke aap ap tumhara tumhari tera teri"),),
    (
        # The verbs' words that are never English ("de do", "do na", "share kar do", "bata do").
        words("""
            bhejo bhej bhejiye de dedo dijiye dijie dena chahiye karo kar na apna apni bata
            batao bataiye bataye batayein mil
            """),
        words("number mobile phone contact email mail gmail address pata"),
    ),
    (words("mo niyo nyo ninyo nio"),),
    (words("pahingi penge pasend pa"),),  # "pa-send" holds the word "pa"
    # (The verb, whose own word every match of the verb's pattern holds; then the person.)
    (frozenset({"call"}), words("you u me")),
    (frozenset({"phone"}), words("you u me")),
    (words("text txt"), words("you u me")),
    (words("ring sms"), words("you u me")),
    (words("give gimme"), words("call ring buzz bell")),
    (words("shoot send drop"), words("text txt sms")),
    (_CALLING_WORDS | {"pa"},),  # "pa-text" holds "pa"
    (
        words("call phone fone ring"),
        words("mujhe mujhko muje mjhe mje humein hume hamein aapko apko ko tumhe tumko tujhe"),
    ),
    (words("text txt itext call tawag"), words("mo niyo nyo nio ninyo kita ko")),
    # (The detail's word alone: the words around it are common enough to keep every text.)
    (words("email mail gmail"),),
    (frozenset({"number"}),),
    (frozenset({"address"}),),
    (words("address number"),),
    (words("whichever whatever ever"), words("email e mail gmail number address")),
    (
        words("qual cual"),
        words("numero telefone telefono celular email e mail correo endereco direccion"),
    ),
    (_INDONESIAN_ASKING_WORDS,),
    (frozenset({"phone"}), frozenset({"call"})),
    (words("phone fone"), words("karo kar kardo kijiye kijie karna")),
    (words("email e"), frozenset({"me"})),
    (words("shoot send drop"), words("email e")),
    (
        words("""
            mandame enviame escribeme mandeme envieme escribame manda mande envia envie mandas
            envias envoyez envoie ecrivez ecris mujhe mujhko muje ako aku saya
            """),
    ),
)
# Text the match of a request pattern must contain (one of), by pattern index: a cheaper
# check than the pattern itself for two patterns that common words would otherwise let run.
# (Part of the match, so a window without one of these can hold no match.)
_REQUEST_TEXT_NEEDS: Final[dict[int, tuple[str, ...]]] = {
    5: ("mail",),  # "e-mail", "email" or "gmail"
    11: ("?", "pls", "please", "plz"),  # how it ends ("pl" alone: "place", "plan", "simple")
    16: ("phone",),  # "phone" or "telephone"
    22: ("pahingi", "penge", "pasend", "pa-send"),
    35: ("address", "number"),
    37: ("?",),  # "qual o número?": the question mark ends every match
}
# "your number", "your home address": the reader's detail that patterns 0 and 10 both end or
# go on with, written as they write it (opening with "your" and the like, whose first letters
# `re` skips ahead to fast).
_YOUR_OBJECT = (
    rf"{_YOUR}\s+{_QUALIFIER}"
    rf"(?:{_PHONE_OBJECT}|{_EMAIL_OBJECT}|{_ADDRESS_OBJECT}|{_CONTACT_OBJECT})"
)
# A cheap regex that finds a part of every match of a request pattern, by pattern index: a
# window where it finds nothing can hold no match, and it costs a fraction of the pattern.
# (Each is a piece of its pattern, mostly the object's last word and what must follow it.
# Where the pattern opens with a fixed word ("what", "my"), the hint is the pattern from that
# word on without its opening look-ahead and ``\b``: `re` skips ahead to a literal opening
# far faster than to the several first letters of a list of words, and a window that holds
# the word rarely holds the rest.)
_REQUEST_HINTS: Final[dict[int, re.Pattern[str]]] = {
    index: re.compile(hint)
    for index, hint in {
        0: _YOUR_OBJECT,
        1: rf"{_YOUR}\s+(?:[a-z]+\s+){{1,2}}?(?:{_EMAIL_OBJECT})",
        # Pattern 2 opens with pattern 1's hint: "your PayPal email ... ?"
        2: rf"{_YOUR}\s+(?:[a-z]+\s+){{1,2}}?(?:{_EMAIL_OBJECT})",
        3: r"wh(?:at|ich)\s+(?:e-?mail(?:\s+address)?|address|number|phone\s+number"
        r"|(?:mailing|shipping|home)\s+address)\s+(?:should|do|can|could|shall|would)\s",
        5: r"(?:over|via|by|through|to|on)\s+(?:e-?mail|gmail)\b",
        6: r"mail\s+(?:you|u)\b",
        7: r"my\s+(?:gmail|e-?mail|inbox|personal\s+e-?mail)\b",
        8: r"my\s+(?:phone|number|cell|mobile|e-?mail|contact\s+details|contact\s+info"
        r"|address)(?:\s+number)?(?:['’]s|\s+(?:is|are))\s+(?:on|in)\s+my\s+(?:web\s?)?(?:site"
        r"|page|website|profile|bio|contact\s+page|site's\s+contact\s+page|cv|portfolio"
        r"|business\s+card|card|signature)",
        10: _YOUR_OBJECT,
        11: r"(?:number|no\.?|num|details|info|mail|address)\s*(?:\?|pls\b|please\b|plz\b)",
        12: r"u\s+(?:my|our)\s",
        13: rf"my\s+{_QUALIFIER}(?:(?:phone|cell|cellphone|mobile|whatsapp|contact|telephone"
        r"|personal|direct|work|home)\s*(?:number|no\b\.?|num\b|#)|number|cell"
        r"|e-?mail(?:\s+address)?|gmail|(?:home\s+|office\s+)?address)\s*(?:is\b|:|=|-\s)",
        14: r"me\s+(?:at|on|@|directly|personally|privately)\b",
        16: r"(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\b",
        20: r"(?:number|mail|id|address|pata|no)\s+(?:bhej|de\s+d|dedo|dij|dena|share\s+kar"
        r"|send\s+karo|chahiye|do\s+na|do\s+ap|bata|mil\s+s)",
        23: r"call\s+(?:you|u|me)\b",
        24: r"phone\s+(?:you|u|me)\b",
        25: r"xt\s+(?:you|u|me)\b",  # "text" or "txt"
        26: r"(?:ring|sms)\s+(?:you|u|me)\b",
        27: r"(?:give\s+(?:you|u|me)|gimme)\s+a\s+(?:quick\s+)?(?:call|ring|buzz|bell)\b",
        28: r"(?:shoot|send|drop)\s+(?:me|you|u)\s+a\s+(?:quick\s+)?(?:text|txt|sms)\b",
        30: r"k(?:ar|ij)",  # "karo", "kar do", "kijiye"...
        # (The detail and how its use opens: "email to", "number I", "address where")
        32: rf"mail\s+{_DETAIL_NEXT}",
        33: rf"number\s+{_DETAIL_NEXT}",
        34: rf"address\s+{_DETAIL_NEXT}",
        35: r"(?:me|us)\s+(?:(?:a|an|the|some)\s+)?(?:(?:good|valid)\s+)?(?:mailing|shipping|postal"
        r"|home|delivery|physical|street|phone|cell|mobile|contact|whatsapp|direct|personal)\s",
        36: r"wh(?:ichever|atever|ich\s+ever|at\s+ever)\s",
        39: r"phone\s+call\b",
        40: r"one\s+k(?:ar|ij)",  # "phone karo", "fone kijiye"
        41: r"mail\s+me\b",
        42: r"a(?:n|\s+(?:quick|short))\s+e-?mail\b",
    }.items()
}
# The request patterns looked for in the whole text instead of in windows, by index: each has
# a hint that opens with a literal ("call", "mail"), which `re` finds fast in the whole text,
# and each meets its word needs in many texts it has no match in ("call" and "you" anywhere
# in them), which would otherwise pay for windows and a search in each. (Every match of each
# holds a trigger word, so a window around it holds it too, as far as the pattern reads.)
_WHOLE_TEXT_REQUESTS: Final = frozenset({23, 24, 25, 26, 27, 28, 32, 33, 34, 39, 40, 41, 42})
_REQUEST_TRIGGER_WORDS: Final = _CALLING_WORDS | words("""
    number digits phone cell cellphone mobile telephone email mail gmail address addy adress
    contact contacts call text txt ring sms live located location numero telefone telefono
    celular cel movil portable correo courriel direccion endereco adresse contacto contato
    pata cp num tel ship send deliver courier inbox reach outside directly privately buzz bell
    fone tawag itext hp kontak nomor nomer numer nomornya nomernya numernya nomormu nomermu
    numermu emailnya emailmu alamat alamatnya alamatmu
    """)


# The patterns that address the reader ("your number"): each holds ``_YOUR`` outside any
# optional group, at a word's start and followed by a space, so a window without that can hold
# no match of theirs. (Flags by index, not a set of patterns: hashing a compiled pattern hashes
# all of its code, about 10 microseconds each time.)
_ADDRESSED: Final = tuple(_YOUR in pattern.pattern for pattern in _REQUEST_PATTERNS)
# ``\b{_YOUR}\s``, opening with "y" or "u" (which `re` skips ahead to fast) and looking back
# from there for the word's start.
_ADDRESSING = re.compile(r"(?:y(?<!\wy)(?:our|r|a|ou(?:r)?\s+own)|u(?<!\wu)r)\s")


def _need_bits() -> tuple[dict[str, int], list[int]]:
    """One bit for each word group of the request patterns: by word, the bits of its groups.

    Also, by pattern, the mask of the bits of all its groups. (Patterns that need the same
    group share its bit: fewer bits keep the masks small integers, cheaper to combine.)
    """
    bits: dict[str, int] = {}
    masks: list[int] = []
    group_bits: dict[frozenset[str], int] = {}
    for needs in _REQUEST_NEEDS:
        mask = 0
        for group in needs:
            bit = group_bits.get(group)
            if bit is None:
                bit = group_bits[group] = 1 << len(group_bits)
                for word in group:
                    bits[word] = bits.get(word, 0) | bit
            mask |= bit
        masks.append(mask)
    return bits, masks


# A text meets a pattern's word needs when the bits of its words cover the pattern's mask:
# one dictionary lookup per word of the text instead of a set test per group and pattern.
_NEED_BITS, _NEED_MASKS = _need_bits()
# Each request pattern with what a text must hold for it to match: the mask of its word
# groups, whether it addresses the reader, a regex of its text marks (or None; the tests hold
# it to the marks), the hint (or None), the index of the first pattern with the same hint
# (patterns 0 and 10 share one: each window is searched once) and the marks themselves (or
# None), which ``_find_requests`` looks for with ``str.find``: a regex of marks that open with
# different letters steps through the window a character at a time, tens of times slower than
# ``str.find``, and even a regex of one mark costs more to call.
_REQUEST_RULES: Final = tuple(
    zip(
        _REQUEST_PATTERNS,
        _NEED_MASKS,
        _ADDRESSED,
        [
            re.compile("|".join(map(re.escape, marks))) if marks is not None else None
            for marks in map(_REQUEST_TEXT_NEEDS.get, range(len(_REQUEST_PATTERNS)))
        ],
        [_REQUEST_HINTS.get(index) for index in range(len(_REQUEST_PATTERNS))],
        [
            min(other for other, same in _REQUEST_HINTS.items() if same is hint)
            if (hint := _REQUEST_HINTS.get(index)) is not None
            else index
            for index in range(len(_REQUEST_PATTERNS))
        ],
        list(map(_REQUEST_TEXT_NEEDS.get, range(len(_REQUEST_PATTERNS)))),
        [index in _WHOLE_TEXT_REQUESTS for index in range(len(_REQUEST_PATTERNS))],
        strict=True,
    )
)


_RequestRule = tuple[
    re.Pattern[str],
    int,
    bool,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    int,
    tuple[str, ...] | None,
    bool,
]


@lru_cache(maxsize=4096)
def _rules_met(held: int) -> tuple[_RequestRule, ...]:
    """The request rules whose word groups the bits ``held`` all meet (few distinct sets recur)."""
    return tuple(rule for rule in _REQUEST_RULES if held & rule[1] == rule[1])


def _holds(text: str, marks: tuple[str, ...], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds one of ``marks``."""
    for mark in marks:  # noqa: SIM110 (a loop: no generator to set up for each window)
        if text.find(mark, start, end) != -1:
            return True
    return False


def _find_requests(scan: _Scan) -> None:
    # (The gates' bits: a word of ``_RECALL_WORDS``, of ``_REQUEST_TRIGGER_WORDS``.)
    if scan.held & _RECALL_GATE:
        _recall_find(scan)
    if not scan.held & _REQUESTS_GATE:
        return  # no window (the common case; the gate's bit: no request trigger word)
    # (The need bits of the text's words, read with the gates' bits in ``_Scan``.)
    rules = _rules_met(scan.held >> _GATE_COUNT)
    if not rules:
        return  # no pattern's words are all in the text: no window is worth building
    text = scan.text
    windows: list[tuple[int, int]] | None = None  # built when a rule first needs them
    # Whether a hint matched in a window, by (the hint's first pattern, the window's start).
    # (Keyed by index: hashing a compiled pattern hashes all of its code.)
    hinted: dict[tuple[int, int], bool] = {}
    # Whether a window addresses the reader, by its start: asked last, of the few windows
    # the marks and the hint kept (every pattern that addresses the reader has a hint).
    addressed: dict[int, bool] = {}
    for pattern, _mask, addressing, _marks, hint, hint_key, text_marks, whole in rules:
        if whole:
            # (Its hint, which opens with a literal, in the whole text: no window is needed.)
            if hint is not None and hint.search(text) is not None:
                _find_request(scan, pattern, [(0, len(text))])
            continue
        if windows is None:
            windows = scan.windows(_REQUEST_TRIGGER_WORDS, 90, 60)
        candidates = windows
        if text_marks is not None:
            # The mark is part of every match: only the windows holding one can have one.
            candidates = [window for window in candidates if _holds(text, text_marks, *window)]
        if hint is not None:
            kept = []
            for window in candidates:
                key = (hint_key, window[0])
                found = hinted.get(key)
                if found is None:
                    found = hinted[key] = hint.search(text, *window) is not None
                if found:
                    kept.append(window)
            candidates = kept
        if addressing and candidates:
            kept = []
            for window in candidates:
                found = addressed.get(window[0])
                if found is None:
                    found = addressed[window[0]] = _ADDRESSING.search(text, *window) is not None
                if found:
                    kept.append(window)
            candidates = kept
        if candidates:
            _find_request(scan, pattern, candidates)


_APP_IN_REQUEST = re.compile(r"\b(?:whatsapp|viber|signal|telegram|whats|wsp|wpp|wasap|zap|wa)\b")
_APP_BY_NICKNAME: Final = {
    "whats": "whatsapp",
    "wsp": "whatsapp",
    "wpp": "whatsapp",
    "wasap": "whatsapp",
    "zap": "whatsapp",
    "wa": "whatsapp",
}


def _find_request(scan: _Scan, pattern: re.Pattern[str], windows: list[tuple[int, int]]) -> None:
    """Add what one request pattern finds in the windows around request words."""
    text = scan.text
    for match in _matches(pattern, text, windows):
        phrase = match.group("object") or "address"
        if phrase in {"call", "text", "txt", "ring", "sms", "phone", "buzz"}:
            kinds: tuple[str, ...] = ("phone",)
        elif phrase.startswith(("outside", "off", "directly", "privately", "personally")):
            kinds = ("phone", "email")
        else:
            kinds = _object_kinds(
                phrase,
                text[max(0, match.start() - 80) : match.start()],
                text[match.start() : match.end() + 40],
            )
        withdrawn = _numbers_request_withdrawn(text, match.start(), match.end())
        for kind in kinds:
            if not (withdrawn and kind in _NUMBERS_KINDS):
                scan.add(kind, match.start(), match.end(), REQUEST, _ASKED)
        # The number of an app is the app too: "WhatsApp number" (the whole object), "tu número
        # de WhatsApp", "nomor WA kakak" (the app's name).
        app = _APP_IN_REQUEST.search(phrase)
        if app is not None:
            start = match.start("object") + app.start()
            scan.add(
                "messaging_app",
                start,
                match.end("object") if app.start() == 0 else start + len(app.group()),
                _APP_BY_NICKNAME.get(app.group(), app.group()),
                _NAMED,
            )


# --------------------------------------------------------------------------------------
# Numbers, mailboxes, streets and calendars: what else is asked for, and what is not one
# --------------------------------------------------------------------------------------

#: Words of the other languages' requests for a number or a mailbox below (Swahili, Bengali
#: and Turkish in Latin letters, Vietnamese without its accents) and of the English ones
#: ("what number do you use for WhatsApp?", "my number's in my portfolio PDF").
_NUMBERS_DOCUMENTS: Final = words("""
    portfolio cv resume pdf deck profile bio website site card signature brochure kit file
    document doc proposal letter
    """)
_NUMBERS_DETAILS: Final = words("number phone cell mobile contact email whatsapp")
_NUMBERS_APPS: Final = words("whatsapp whats wa viber signal telegram imo zalo line")
_NUMBERS_BENGALI_YOU: Final = words("apnar tomar tor apnader")
_NUMBERS_BENGALI_GIVE: Final = words(
    "diben din den dao diba dite pathan pathaben pathao bolben bolen"
)
_NUMBERS_SWAHILI: Final = words("namba nambari")
_NUMBERS_VIETNAMESE: Final = words("sdt dt thoai")
_NUMBERS_TURKISH: Final = words(
    "numarani numaraniz numaranizi numaranizin numaran telefonun telefonunuz telefonunu"
)
# The Arabic family's words written in letters only ("rakamak", "nemretak"); those with a
# digit ("ra2mak") are found by their marks.
_NUMBERS_ARABIC: Final = words("""
    rakamak rakamek rakamik rakmak rakmek raqamak raqamek raqmak nemretak nemretek nimretak
    nimretek nemrtak nomretak rakam raqam rakm raqm
    """)
_NUMBERS_REAL: Final = words("real actual proper normal regular direct working")
_NUMBERS_CHAT_APPS = r"(?:app|apps|whatsapp|telegram|signal|viber|messenger|chat)\b"
_NUMBERS_REAL_NUMBER = (
    r"(?:a|an|your)\s+(?:real|actual|proper|normal|regular)\s+(?:phone\s+)?number\b"
)
_NUMBERS_MAIL_USE: Final = words("use have check prefer")
# Each family: the kinds it asks for (none: told by its object), the word groups a text must
# hold one of each (in ``_Scan.words``), or else one of its marks (substrings, for words that
# ``_Scan.words`` splits: "ra2mak"), a cheap regex that finds a part of every match (or None),
# and the pattern.
_NUMBERS_ASKING: Final[
    tuple[
        tuple[
            tuple[str, ...],
            tuple[frozenset[str], ...],
            tuple[str, ...],
            re.Pattern[str] | None,
            re.Pattern[str],
        ],
        ...,
    ]
] = (
    (
        # Swahili: "namba yako ya simu", "nipe namba yako", "nitumie nambari yako"
        ("phone",),
        (_NUMBERS_SWAHILI,),
        (),
        None,
        re.compile(
            r"\b(?:namba|nambari)\s+(?:ya\s+simu\s+)?(?:yako|yenu|yangu)\b"
            r"|\b(?:nipe|nitumie|naomba|nipatie|niachie|tuma)\s+(?:namba|nambari)\b"
        ),
    ),
    (
        # Arabic in Latin letters and in its own: "ektebli ra2mak", "rakamak", "nemretak", "رقمك"
        ("phone",),
        (),
        ("ra2", "رقم"),
        None,
        re.compile(
            r"\bra2a?m(?:ak|ek|ik|k|kom|i|y|o)?\b(?!\s+(?:el\s+)?(?:order|talab|fatoura|invoice))"
            r"|\bra[kq]a?m(?:ak|ek|ik|kom)\b|\bn[eio]mre?t(?:ak|ek|ik|kom|i|y)\b"
            r"|\bra[kq]a?m\s+(?:el\s+)?(?:telefon|tel|mobile|mobil|whatsapp|wa)(?:ak|ek|ik|kom)?\b"
            r"|رقم(?:ك|كم|ي|\s+(?:تليفونك|تلفونك|موبايلك|هاتفك|الواتس))"
        ),
    ),
    (
        # Bengali in Latin letters: "apnar email ta diben?", "tomar number dao"
        (),
        (_NUMBERS_BENGALI_YOU,),
        (),
        None,
        re.compile(
            r"\b(?:apnar|tomar|tor|apnader)\s+(?:(?:phone|mobile|whatsapp|imo|contact)\s+)?"
            r"(?P<object>number|nombor|nambar|e-?mail|mail|gmail|address|thikana)"
            r"(?:\s+(?:ta|ti))?(?:\s+(?:ki|ekbar|please|plz))?\s*(?:diben|din|den|dao|diba"
            r"|dite\s+(?:paren|parben)|pathan|pathaben|pathao|bolen|bolben|bolo|\?)"
        ),
    ),
    (
        # ... and without the "your": "email ta diben", "number ti pathan"
        (),
        (_NUMBERS_BENGALI_GIVE, words("ta ti")),
        (),
        None,
        re.compile(
            r"\b(?P<object>number|nombor|e-?mail|mail|gmail|address|thikana)\s+(?:ta|ti)\s+"
            r"(?:diben|den|dao|diba|dite\s+(?:paren|parben)|pathan|pathaben|pathao|bolben|bolen)\b"
        ),
    ),
    (
        # Vietnamese: "cho em xin số điện thoại", "sđt của chị"
        ("phone",),
        (_NUMBERS_VIETNAMESE,),
        (),
        None,
        re.compile(
            r"\b(?:xin|gui|cho)\s+(?:(?:em|anh|chi|minh|toi)\s+xin\s+)?(?:cai\s+|so\s+)?"
            r"(?:sdt|so\s+dien\s+thoai|so\s+dt|dien\s+thoai)\b"
            r"|\b(?:sdt|so\s+dien\s+thoai|so\s+dt)\s+(?:cua\s+)?(?:ban|anh|chi|em|bac|co|chu"
            r"|minh|may)\b"
        ),
    ),
    (
        # Turkish: "numaranı verir misin?", "telefon numaranızı" (not an order's number)
        ("phone",),
        (_NUMBERS_TURKISH,),
        (),
        None,
        re.compile(
            r"(?<!siparis\s)(?<!fatura\s)(?<!takip\s)(?<!kargo\s)(?<!hesap\s)(?<!musteri\s)"
            r"(?<!seri\s)(?<!kimlik\s)(?<!oda\s)"
            r"\b(?:numaran(?:i|iz|izi|izin)?|telefonun(?:uz|u)?)\b"
        ),
    ),
    (
        # "what number do you use for WhatsApp?", "which number are you on Viber with?"
        ("phone",),
        (frozenset({"number"}), _NUMBERS_APPS, words("what which")),
        (),
        None,
        re.compile(
            r"wh(?<![a-z]wh)(?:at|ich)\s+(?:phone\s+)?number\s+(?:do|does|would|should|can|are|is)\s+"
            r"(?:you|u|ya)\s+(?:(?:use|have|got|using)\s+)?(?:for|on|with)\s+(?:your\s+)?"
            r"(?:whatsapp|whats|wa|viber|signal|telegram|imo|zalo|line)\b"
        ),
    ),
    (
        # "I need a real number, not the app", "give me an actual number"
        ("phone",),
        (frozenset({"number"}), _NUMBERS_REAL),
        (),
        None,
        re.compile(
            r"\b(?:need|want|give\s+me|send\s+me|get|have|drop)\s+(?:a|an|your)\s+(?:real|actual"
            r"|proper|normal|regular|direct|working)\s+(?:phone\s+)?number"
            r"(?=\s*(?:[.!?,;]|$|not\b|instead\b|so\s+i\b|to\s+(?:call|text|reach)\b))"
            # ... or set against an app: "not the app, a real number", "a proper number, not
            # WhatsApp"
            rf"|\bnot\s+(?:the\s+|an?\s+|via\s+(?:the\s+)?)?{_NUMBERS_CHAT_APPS}\s*[,;:-]?\s*"
            rf"(?:but\s+)?{_NUMBERS_REAL_NUMBER}"
            rf"|{_NUMBERS_REAL_NUMBER}\s*[,;:-]?\s*not\s+(?:the\s+|an?\s+)?{_NUMBERS_CHAT_APPS}"
        ),
    ),
    (
        # "number's in my portfolio PDF", "my email is on my CV", "contact details are in the
        # attached deck" (not an invoice's or an order's number)
        (),
        (_NUMBERS_DOCUMENTS, _NUMBERS_DETAILS),
        (),
        re.compile(
            r"n(?<=\s[io]n)\s+(?:my|our|the)\s+(?:attached\s+|uploaded\s+)?(?:portfolio|cv|resume"
            r"|pdf|deck|profile|bio|website|site|card|business\s+card|signature|brochure|media\s+kit"
            r"|proposal|cover\s+letter)\b"
        ),
        re.compile(
            r"(?<!invoice\s)(?<!order\s)(?<!tracking\s)(?<!account\s)(?<!serial\s)(?<!page\s)"
            r"(?<!reference\s)(?<!ticket\s)(?<!model\s)(?<!part\s)(?<!version\s)(?<!item\s)"
            r"(?<!policy\s)(?<!case\s)(?<!batch\s)(?<!project\s)(?<!job\s)"
            r"\b(?:my\s+)?(?P<object>(?:(?:phone|mobile|cell|whatsapp)\s+)?(?:number|phone|cell"
            r"|mobile)|contact\s+(?:details|info|number)|e-?mail(?:\s+address)?)"
            r"(?:['’]s|\s+is|\s+are)\s+(?:also\s+|all\s+)?(?:in|on)\s+(?P<whose>my|our|the)\s+"
            r"(?:attached\s+|uploaded\s+)?(?:portfolio|cv|resume|pdf|deck|profile|bio|website"
            r"|site|card|business\s+card|signature|brochure|media\s+kit|proposal|cover\s+letter)\b"
        ),
    ),
    (
        # "you'll find my number in my CV"
        (),
        (_NUMBERS_DOCUMENTS, _NUMBERS_DETAILS, frozenset({"find"})),
        (),
        None,
        re.compile(
            r"\bfind\s+my\s+(?P<object>(?:(?:phone|mobile|cell|whatsapp)\s+)?number|phone"
            r"|contact\s+(?:details|info)|e-?mail(?:\s+address)?)\s+(?:in|on)\s+(?:my|the)\s+"
            r"(?:attached\s+)?(?:portfolio|cv|resume|pdf|deck|profile|bio|website|site|card"
            r"|signature|brochure|proposal)\b"
        ),
    ),
    (
        # "would you share an email address where I could send the sample?"
        ("email",),
        (_MAIL_WORDS, words("where that which")),
        (),
        re.compile(r"mail(?:\s+address)?\s+(?:where|that|to\s+which)\s+(?:i|we)\s"),
        re.compile(
            r"\b(?:share|give|provide|send|suggest|recommend|have|is\s+there)\s+(?:me\s+|us\s+)?"
            r"(?:a|an|the|any|some|your)\s+(?:e-?mail|gmail)(?:\s+address)?\s+(?:where|that"
            r"|to\s+which)\s+(?:i|we)\s+(?:can|could|should|may|might)\s+(?:send|forward|share"
            r"|mail|e-?mail|deliver)\b"
        ),
    ),
    (
        # "which email do you use?" (not a choice of mail service or of a tool)
        ("email",),
        (_MAIL_WORDS, words("what which"), _NUMBERS_MAIL_USE),
        (),
        None,
        re.compile(
            r"wh(?<![a-z]wh)(?:ich|at)\s+(?:e-?mail|gmail)(?:\s+address|\s+id)?\s+(?:do|would|will|should"
            r"|can)\s+(?:you|u)\s+(?:use|have|check|prefer)\b"
            r"(?!\s+for\s+(?:the\s+)?(?:marketing|newsletters?|campaigns?|the\s+store|sending))"
            r"(?![^.?!\n]{0,24}\bor\s+(?:gmail|outlook|yahoo|hotmail|zoho|office))"
        ),
    ),
)
_NUMBERS_ASKING_WORDS: Final = frozenset().union(
    *(group for _kinds, needs, _marks, _hint, _pattern in _NUMBERS_ASKING for group in needs),
    _NUMBERS_ARABIC,
)
# The first word group of each family (its least common), one of which a text must hold for
# any family but the Arabic one to match: most texts skip all of them on one set operation.
_NUMBERS_KEY_WORDS: Final = frozenset().union(
    *(needs[0] for _kinds, needs, _marks, _hint, _pattern in _NUMBERS_ASKING if needs)
)


def _numbers_object_kinds(phrase: str) -> tuple[str, ...]:
    if "contact" in phrase:
        return ("phone", "email")
    if "mail" in phrase:
        return ("email",)
    if "address" in phrase or "thikana" in phrase:
        return ("physical_address",)
    return ("phone",)


_NumbersFamily = tuple[
    tuple[str, ...],
    tuple[frozenset[str], ...],
    tuple[str, ...],
    re.Pattern[str] | None,
    re.Pattern[str],
]


@lru_cache(maxsize=4096)
def _numbers_families_met(present: frozenset[str]) -> tuple[_NumbersFamily, ...]:
    """The word-needing families whose word groups the words ``present`` all meet."""
    return tuple(
        family
        for family in _NUMBERS_ASKING
        if family[1] and all(not present.isdisjoint(need) for need in family[1])
    )


# Every word that can open a family: its key words, the Arabic words, and "ra" ("ra2mak").
_NUMBERS_GATE_WORDS: Final = _NUMBERS_KEY_WORDS | _NUMBERS_ARABIC | {"ra"}
_NUMBERS_ARABIC_FAMILY: Final = next(family for family in _NUMBERS_ASKING if not family[1])


def _numbers_find_requests(scan: _Scan) -> None:
    """Requests for a number or a mailbox in the families of ``_NUMBERS_ASKING``."""
    words = scan.words
    text = scan.text
    # (Arabic script is looked for only in a text that is not ASCII, which has no shape.)
    if not scan.held & _NUMBERS_GATE and (scan.shape or "رقم" not in text):
        return  # (the common case; the gate's bit: no word of ``_NUMBERS_GATE_WORDS``)
    families: tuple[_NumbersFamily, ...] = ()
    if not words.isdisjoint(_NUMBERS_KEY_WORDS):
        # (Few distinct sets of these words recur: the families each meets are remembered.)
        families = _numbers_families_met(words & _NUMBERS_ASKING_WORDS)
    if (
        ("ra" in words and "ra2" in text)
        or not words.isdisjoint(_NUMBERS_ARABIC)
        or (not scan.shape and "رقم" in text)
    ):
        families = (*families, _NUMBERS_ARABIC_FAMILY)
    for kinds, _needs, _marks, hint, pattern in families:
        if hint is not None and hint.search(text) is None:
            continue
        for match in pattern.finditer(text):
            if match.groupdict().get("whose") == "the" and not match.group().startswith("my"):
                continue  # "the number is in the PDF": whose number is not said
            found = kinds or _numbers_object_kinds(match.group("object"))
            for kind in found:
                scan.add(kind, match.start(), match.end(), REQUEST, _ASKED)


# Vietnamese digits read out ("không chín tám tám, năm năm hai"), accents dropped: many are
# everyday words once folded ("hai", "nam", "bay"), so only a run of nine or more, in a text
# written with Vietnamese letters, is a number.
_NUMBERS_VIETNAMESE_DIGITS: Final[dict[str, str]] = {
    "khong": "0", "linh": "0", "mot": "1", "hai": "2", "ba": "3", "bon": "4", "tu": "4",
    "nam": "5", "lam": "5", "sau": "6", "bay": "7", "tam": "8", "chin": "9",
}  # fmt: skip
_NUMBERS_VIETNAMESE_DIGIT_WORDS: Final = frozenset(_NUMBERS_VIETNAMESE_DIGITS)
_NUMBERS_VIETNAMESE_RUN = re.compile(
    r"\b(?:khong|linh|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin)"
    r"(?:[\s,.-]{1,3}(?:khong|linh|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin)){8,}\b"
)
# Letters only Vietnamese writes (with a horn, or a dot or hook above or below).
_NUMBERS_VIETNAMESE_LETTERS = re.compile(r"[ơưđĐƠƯ\u1ea0-\u1ef9]")


def _numbers_find_vietnamese_digits(scan: _Scan) -> None:
    # (A number read out starts with its zero, "không": told first, by one lookup.)
    words = scan.words
    if "khong" not in words or len(words & _NUMBERS_VIETNAMESE_DIGIT_WORDS) < 3:
        return
    original = scan.folded.original
    if original.isascii() or _NUMBERS_VIETNAMESE_LETTERS.search(original) is None:
        return
    for match in _NUMBERS_VIETNAMESE_RUN.finditer(scan.text):
        digits = "".join(_NUMBERS_VIETNAMESE_DIGITS[word] for word in _WORDS.findall(match.group()))
        if 9 <= len(digits) <= 12 and digits.startswith("0"):
            scan.add(
                "phone", match.start(), match.end(), _numbers_vietnamese_e164(digits), _CONCRETE
            )


def _numbers_vietnamese_e164(digits: str) -> str:
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
_NUMBERS_PLACEHOLDER_DIGITS: Final = frozenset(
    {"1234567890", "0123456789", "123456789", "12345678"}
)
_NUMBERS_MEETING_WORDS: Final = words(
    "meeting meetings room rm conference webinar zoom teams meet pmi"
)
_NUMBERS_READ_ALOUD_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:(?:should|do|shall|can|would)\s+(?:i|we)\s+(?:read|say|pronounce"
    r"|narrate|voice)|(?:read|say|pronounce|voice)\s+(?:it|this|that|them|the\s+(?:number"
    r"|digits))\s+(?:as|like)\b)"
)
_NUMBERS_READ_ALOUD_BEFORE = re.compile(
    r"\b(?:(?:read|say|pronounce|narrate|voice)\s+(?:it|this|that|the\s+number)?\s*(?:as|like)"
    r"|(?:should|do|shall|can|would)\s+(?:i|we)\s+(?:read|say|pronounce|narrate|voice))"
    r"\s*['\"“‘]?\Z"
)


def _numbers_not_a_phone(scan: _Scan, digits: str, start: int, end: int, before: list[str]) -> bool:
    """Whether a run with a phone's shape is a placeholder, a meeting's ID or a script's number."""
    national = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
    if national in _NUMBERS_PLACEHOLDER_DIGITS or (
        len(digits) >= 10 and len(set(digits[-7:])) == 1
    ):
        return True
    if "id" in before[-2:] and not _NUMBERS_MEETING_WORDS.isdisjoint(before):
        return True
    text = scan.text
    return (
        _NUMBERS_READ_ALOUD_AFTER.match(text, end) is not None
        or _NUMBERS_READ_ALOUD_BEFORE.search(text, max(0, start - 40), start) is not None
    ) and not {"my", "me", "mine"} & set(before)


# Addresses that are no one's mailbox: a handle after a word ("our IG is @lumaskin.ke", read as
# "is@lumaskin.ke"), an address on a private network's host ("alerts@noreply.acme.internal",
# "jenkins@ci.lan") and a login on a server ("ssh ubuntu@ec2-3-14.compute-1.amazonaws.com",
# "git@github.com:acme/site.git").
_NUMBERS_PRIVATE_TLDS: Final = words(
    "internal lan corp localdomain intranet home arpa svc intra priv"
)
_NUMBERS_SYSTEM_LABELS: Final = words(
    "noreply no-reply donotreply do-not-reply mailer-daemon bounce"
)
_NUMBERS_LOGIN_BEFORE = re.compile(
    r"\b(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id|git\s+clone|git\s+remote\s+add\s+\w+|clone)"
    r"(?:\s+-{1,2}[a-z][\w=-]*(?:\s+\S+)?)*\s+\S*\Z"
)
_NUMBERS_LOGIN_AFTER = re.compile(r":[~/\w]")


def _numbers_not_a_mailbox(scan: _Scan, start: int, end: int, value: str) -> bool:
    text = scan.text
    at = text.find("@", start, end)
    local, _, domain = value.partition("@")
    if (
        at > start
        and text[at - 1] == " "
        and text[at + 1 : at + 2] != " "
        and local in _EMAIL_STOPWORDS
    ):
        return True  # "is @lumaskin.ke": a handle after a word
    labels = domain.split(".")
    if labels[-1] in _NUMBERS_PRIVATE_TLDS or not _NUMBERS_SYSTEM_LABELS.isdisjoint(labels[:-1]):
        return True
    return (
        _NUMBERS_LOGIN_AFTER.match(text, end) is not None
        or _NUMBERS_LOGIN_BEFORE.search(text, max(0, start - 60), start) is not None
    )


# Emails with their marks spelled out as words the patterns above do not read: a dash or an
# underscore ("accounts at brightpath dash tutoring dot co dot uk", "john underscore doe at
# gmail dot com"), or a name of two words between a bracketed "at" and "dot" ("ana [at]
# pixelforge studio [dot] com (without the space)").
_NUMBERS_MAIL_JOINERS: Final = words("dash hyphen underscore")
# Words that end a sentence's "... at" and start no mailbox ("email me at ...").
_NUMBERS_NOT_A_LOCAL: Final = words("""
    me us you him her them it is are was be here there i we they he she this that and or but
    the a an available
    """)
_NUMBERS_MAIL_PIECE = r"[a-z0-9]+"
_NUMBERS_MAIL_JOIN = r"(?:\s(?:dash|hyphen|underscore|dot)\s|[._-])"
_NUMBERS_SPELLED_MAIL = re.compile(
    rf"(?<![a-z0-9._-])(?P<local>{_NUMBERS_MAIL_PIECE}(?:{_NUMBERS_MAIL_JOIN}{_NUMBERS_MAIL_PIECE})"
    r"{0,4})\s(?:at|arroba|@|[\[({<]\s?(?:at|@)\s?[\])}>])\s"
    rf"(?P<domain>{_NUMBERS_MAIL_PIECE}(?:(?:\s(?:dash|hyphen)\s|-){_NUMBERS_MAIL_PIECE}){{0,3}})"
    r"(?P<rest>(?:\s(?:dot|[\[({<]\s?(?:dot|\.)\s?[\])}>])\s[a-z]{2,24}){1,3})\b"
)
_NUMBERS_BRACKETED_MAIL = re.compile(
    rf"(?<![a-z0-9._-])(?P<local>{_NUMBERS_MAIL_PIECE}(?:[._-]{_NUMBERS_MAIL_PIECE}){{0,3}})"
    r"\s?[\[({<]\s?(?:at|@)\s?[\])}>]\s?"
    rf"(?P<domain>{_NUMBERS_MAIL_PIECE}(?:\s{_NUMBERS_MAIL_PIECE}){{1,2}})"
    r"(?P<rest>(?:\s?[\[({<]\s?(?:dot|\.)\s?[\])}>]\s?[a-z]{2,24}){1,3})\b"
)
# A bracketed "at" ("[at]", "(at)", "{at}", "<at>"), found from its literal "at".
_NUMBERS_BRACKETED_AT = re.compile(r"at(?:(?<=[\[({<]at)|(?<=[\[({<]\sat))\s?[\])}>]")
_NUMBERS_MAIL_WORD_MARKS: Final = {
    " dash ": "-",
    " hyphen ": "-",
    " underscore ": "_",
    " dot ": ".",
}
_NUMBERS_MAIL_BRACKETS = re.compile(r"\s?[\[({<]\s?(?:dot|\.)\s?[\])}>]\s?|\sdot\s")


def _numbers_find_spelled_mail(scan: _Scan) -> None:
    words = scan.words
    if "at" not in words:
        return  # (every form below holds the word "at")
    text = scan.text
    spelled = not words.isdisjoint(_NUMBERS_MAIL_JOINERS)
    bracketed = _NUMBERS_BRACKETED_AT.search(text) is not None
    if not (spelled or bracketed):
        return
    for pattern, wanted in ((_NUMBERS_SPELLED_MAIL, spelled), (_NUMBERS_BRACKETED_MAIL, bracketed)):
        if not wanted:
            continue
        for match in pattern.finditer(text):
            local = match.group("local")
            domain = match.group("domain")
            for mark, joiner in _NUMBERS_MAIL_WORD_MARKS.items():
                local = local.replace(mark, joiner)
                domain = domain.replace(mark, joiner)
            domain = domain.replace(" ", "")
            tlds = [part for part in _NUMBERS_MAIL_BRACKETS.split(match.group("rest")) if part]
            top_level = tlds[-1]
            if local in _NUMBERS_NOT_A_LOCAL or not (
                top_level in lx.COMMON_TLDS or top_level in lx.SPELLED_EMAIL_TLDS
            ):
                continue
            value = f"{local}@{'.'.join([domain, *tlds])}"
            if not _placeholder_email(value):
                scan.add("email", match.start(), match.end(), value, _CONCRETE)


# A post office box that is a line of the books, not an address to send to ("the PO Box 4418
# rent was under Misc", "PO Box 4418 renewal fee").
_NUMBERS_BOX_LEDGER = re.compile(
    r"\s+(?:rent|rental|fee|fees|renewal|charge|charges|payment|bill|invoice|expense|expenses"
    r"|subscription|key|keys|cost|costs)\b"
)
# A Vietnamese street address: a house number and a street, then the district or ward ("72 Lê
# Thánh Tôn, Quận 1", "15 Nguyễn Huệ, Phường Bến Nghé").
_NUMBERS_VIETNAMESE_STREET = re.compile(
    r"\b\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?\s+(?:duong\s+|pho\s+)?[a-z]{2,}(?:\s[a-z]{2,}){0,3},\s*"
    r"(?:quan|phuong|huyen|q\.|p\.)\s*(?:\d{1,2}\b|[a-z]{2,})"
)
_NUMBERS_VIETNAMESE_STREET_WORDS: Final = words("quan phuong huyen duong")


def _numbers_find_vietnamese_streets(scan: _Scan) -> None:
    if scan.words.isdisjoint(_NUMBERS_VIETNAMESE_STREET_WORDS):
        return
    for match in _NUMBERS_VIETNAMESE_STREET.finditer(scan.text):
        if _quiet_address_is_the_work(scan, match.start(), match.end()):
            continue
        value = re.sub(r"\s+", " ", match.group()).strip(" .,")
        scan.add("physical_address", match.start(), match.end(), value, _CONCRETE)


# A scheduling tool worked on, not offered ("manage my Calendly so clients stop
# double-booking", "embedded your Calendly on the /book page"), unless a time is to be booked
# on it in the same sentence ("I set up my Calendly, grab a slot").
_NUMBERS_CALENDAR_WORK: Final = words("""
    manage managing manages managed embed embeds embedded embedding configure configured
    configuring integrate integrated integrating sync synced syncing connect connected
    connecting customize customized customise customised migrate migrated audit audited
    clean cleaned fix fixed update updated updating install installed style styled restyle
    redesign redesigned
    """)
_NUMBERS_BOOKING = re.compile(
    r"\b(?:book|grab|pick|choose|reserve|schedule)\s+(?:a|any|an|your|the)?\s*(?:time|slot|call"
    r"|meeting|session|spot)\b|\bbook\s+(?:me|with\s+me|there|it)\b"
)


def _numbers_calendar_worked_on(scan: _Scan, start: int, end: int, near: list[str]) -> bool:
    if _NUMBERS_CALENDAR_WORK.isdisjoint(near[-3:]):
        return False
    sentence = scan.text[end : end + 120]
    cut = _SENTENCE_END.search(sentence)
    return _NUMBERS_BOOKING.search(sentence[: cut.start()] if cut else sentence) is None


# Something mailed by post, which makes a bare "address" asked for a street one ("I'll mail you
# the shoebox of receipts, what's your address? Or a PO box?").
_NUMBERS_MAIL_VERB = re.compile(r"\bmail\s+(?:you|u|it|them|this|that|the|these|those|over|out)\b")
_NUMBERS_ELECTRONIC = re.compile(r"e-?mail|gmail|inbox")
_NUMBERS_POSTED_THINGS = re.compile(
    r"\b(?:p\.?\s?o\.?\s+box|box|shoebox|parcel|package|receipts?|originals?|cheque|check|postcard"
    r"|card|letter|gift|samples?|prints?|hard\s?copy|physical|post|postal|courier|usb|books?)\b"
)


def _numbers_sent_by_post(preceding: str, following: str) -> bool:
    return (
        _NUMBERS_MAIL_VERB.search(preceding) is not None
        and _NUMBERS_ELECTRONIC.search(preceding) is None
        and _NUMBERS_POSTED_THINGS.search(preceding + following) is not None
    )


# A request for a number or a mailbox taken back in the same sentence ("I won't ask for your
# number, I know the rules", "I'd love to talk on the phone but the rules here say we stay in
# Messages").
_NUMBERS_NOT_ASKING_BEFORE = re.compile(
    r"\b(?:won['’]?t|will\s+not|wouldn['’]?t|not\s+going\s+to|never|don['’]?t|do\s+not|no\s+need"
    r"\s+to|not)\s+(?:even\s+|ever\s+)?\Z"
)
_NUMBERS_RULES_AFTER = re.compile(
    r"[^.!?\n]{0,50}?\bbut\b[^.!?\n]{0,60}?\b(?:rules?|policy|tos|terms|not\s+allowed"
    r"|(?:stay|keep\s+it)\s+(?:here|in\s+messages|on\s+(?:the\s+)?platform)|call\s+button)\b"
    r"|[^.!?\n]{0,30}?\bi\s+know\s+the\s+rules\b"
)


#: The kinds whose requests ``_numbers_request_withdrawn`` may take back.
_NUMBERS_KINDS: Final = frozenset({"phone", "email", "physical_address"})


def _numbers_request_withdrawn(text: str, start: int, end: int) -> bool:
    return (
        _NUMBERS_NOT_ASKING_BEFORE.search(text, max(0, start - 24), start) is not None
        or _NUMBERS_RULES_AFTER.match(text, end) is not None
    )


# --------------------------------------------------------------------------------------
# Recall, third round: addresses read aloud in the marketplace's languages, an address given
# as the name here, the apps' nicknames
# --------------------------------------------------------------------------------------

# The local words for "at" and "dot" a sender reads an address aloud with: Italian
# "chiocciola", Russian "sobaka"/"tochka", Polish "małpa"/"kropka" (folded to "malpa"),
# Vietnamese "a còng"/"chấm", Dutch "apenstaartje"/"punt", German "punkt", Turkish "nokta",
# Indonesian "titik", Tagalog "tuldok", English "(at sign)"/"(period)". One of them must be in
# the address: the plain "at" and "dot" are ``_EMAIL``'s.
_RECALL_AT_WORDS: Final = words("chiocciola sobaka sobachka malpa apenstaartje cong sign")
_RECALL_DOT_WORDS: Final = words("punkt punt tochka kropka nokta titik tuldok cham period")
_RECALL_MAIL_WORDS: Final = _RECALL_AT_WORDS | _RECALL_DOT_WORDS
_RECALL_DOT_WORD = (
    r"(?:punkt|punto|punt|tochka|kropka|nokta|titik|tuldok|cham|point|ponto|dot|period)"
)
_RECALL_DOT_JOIN = (
    rf"(?:\s*[\[({{<]\s*(?:{_RECALL_DOT_WORD}|\.)\s*[\])}}>]\s*|\s+{_RECALL_DOT_WORD}\s+|\.)"
)
_RECALL_AT_WORD = (
    r"(?:chiocciola|sobaka|sobachka|malpa|apenstaartje|a\s+cong|at\s+sign|arroba|arobase|at"
    r"|et|sa|@)"
)
_RECALL_READ_ALOUD = re.compile(
    r"(?<![a-z0-9._-])(?P<local>[a-z0-9][a-z0-9._-]{0,40}"
    rf"(?:\s+{_RECALL_DOT_WORD}\s+[a-z0-9][a-z0-9_-]{{0,30}}){{0,2}})"
    rf"(?:\s*[\[({{<,]\s*{_RECALL_AT_WORD}\s*[\])}}>,]\s*|\s+{_RECALL_AT_WORD}\s+|\s?@\s?)"
    rf"(?P<domain>[a-z0-9][a-z0-9-]{{0,40}}(?:{_RECALL_DOT_JOIN}[a-z0-9-]{{2,20}}){{1,3}})"
    r"(?![a-z0-9@])"
)
_RECALL_SPLIT_DOTS = re.compile(rf"{_RECALL_DOT_JOIN}")
_RECALL_TOP_DOMAINS: Final = words("""
    com net org info biz io co me dev app eu de ru pl it fr es pt br nl be ch at tr id ph vn in
    pk uk ua by kz mx ar cl pe uy ng ke za eg ma sa ae jp kr cn tw hk sg my th au nz ca us
    """)

# "my username here at gmail", "mon nom ici, chez orange point fr": the address is the name the
# sender has here, at a mail provider (found only with a word for "here" and a provider's).
_RECALL_HERE_WORDS: Final = words("here ici aqui daqui aca sini dito yahan burada")
_RECALL_PROVIDERS: Final = words("""
    gmail googlemail yahoo ymail hotmail outlook icloud protonmail proton gmx laposte orange
    yandex aol mail posteo web wp onet libero
    """)
_RECALL_NAME_HERE = re.compile(
    r"\b(?:my|mi|mon|meu|minha|mera|mine)\s+(?:(?:user\s?name|display\s+name|handle|name|nom"
    r"|nome|nombre|usuario|username)\s+)(?:(?:on|from|in|de|d'|da|do)\s*)?"
    r"(?:here|ici|aqui|daqui|aca|sini|dito|yahan|burada)\b"
    r"[^.!?\n]{0,40}?(?:@|\b(?:at|chez|arroba|sa|di|em|en|et)\b)\s*(?:the\s+|that\s+)?"
    r"(?P<provider>gmail|googlemail|yahoo|ymail|hotmail|outlook|icloud|protonmail|proton|gmx"
    r"|laposte|orange|yandex|aol|posteo|web|wp|onet|libero)\b"
)

# "Do you have Telegram? Send me your username", "punya akun TikTok gak? kasih tau username-nya",
# "Können wir per Zoom sprechen? Schicken Sie mir einen Link", "Hai un profilo LinkedIn?
# Vorrei scriverti lì": a question whether the reader has (or would talk on) a service, then
# a request for the handle, the ID or the link on it, or to write there. (Asking whether the
# reader has built with the service, "Telegram bot experience?", names a topic word after it.)
_RECALL_SERVICE_KINDS: Final = {
    **dict.fromkeys(
        words("telegram line whatsapp signal viber wechat skype discord kakaotalk zalo"),
        "messaging_app",
    ),
    **dict.fromkeys(
        words("linkedin instagram insta tiktok facebook snapchat twitter"), "social_profile"
    ),
    **dict.fromkeys(words("zoom teams facetime webex"), "video_meeting"),
}
_RECALL_SERVICE_WORDS: Final = frozenset(_RECALL_SERVICE_KINDS)
_RECALL_HANDLE_WORDS: Final = words("""
    username usernamenya usernamemu user usuario pseudo handle id nick nickname kullanici link
    enlace lien scriverti escribirte ecrire schreiben
    """)
_RECALL_ASKED_ON = re.compile(
    r"(?:\b(?:do\s+you\s+(?:have|use)|are\s+you\s+on|got|ada|punya|pake|pakai|tienes|usas|tem"
    r"|voce\s+tem|vous\s+avez|avez-vous|tu\s+as|t'as|as-tu|hai|usi|hast\s+du|haben\s+sie"
    r"|nutzt\s+du|nutzen\s+sie|meron\s+ka(?:ng)?|may|var\s+mi)\s+(?:[\w'-]+\s+){0,3}?"
    # (Talking on it, not adding it to the work: "can we talk on Zoom?", "per Zoom sprechen".)
    r"|\b(?:can\s+we|could\s+we|shall\s+we|konnen\s+wir|koennen\s+wir|podemos|on\s+peut"
    r"|possiamo)\s+(?:[\w'-]+\s+){0,3}?(?:per|uber|via|on|over|en|por|pelo|pela|sur|su|in|di"
    r"|lewat|pe|through)\s+)"
    r"(?P<service>telegram|line|whatsapp|signal|viber|wechat|skype|discord|kakaotalk|zalo"
    r"|linkedin|instagram|insta|tiktok|facebook|snapchat|twitter|zoom|teams|facetime|webex)\b"
    r"(?P<rest>[^.!?\n]{0,40}?)\?[^?]{0,100}?\b(?:"
    r"(?:send|give|share|tell|what's|whats|what\s+is|kirim|kasih(?:\s+tau)?|minta|envoyez(?:-moi)?"
    r"|envoie(?:-moi)?|donne(?:-moi)?|donnez(?:-moi)?|pasame|mandame|manda|passa|schicken|schick"
    r"|geben|gib|gonder|ver|dammi|mi\s+dai|me\s+passa)\b[^.?!\n]{0,30}?"
    r"\b(?:user\s?name\w*|usuario|pseudo|handle|id|nick(?:name)?|kullanici|link|enlace|lien)\b"
    r"|(?:scriverti|escribirte|t'ecrire|te\s+escribir|dir\s+schreiben|ihnen\s+schreiben"
    r"|message\s+you|dm\s+you)\s+(?:li|la|ahi|alli|there|dort|da|orada)\b)"
)


def _recall_find_asked_on_service(scan: _Scan) -> None:
    """Add a service asked after with a request for the handle or the link on it."""
    words = scan.words
    if (
        words.isdisjoint(_RECALL_HANDLE_WORDS)
        or "?" not in scan.text
        or words.isdisjoint(_RECALL_SERVICE_WORDS)
    ):
        return
    text = scan.text
    windows = scan.windows(_RECALL_SERVICE_WORDS, 60, 160)
    for match in _matches(_RECALL_ASKED_ON, text, windows):
        following = _WORDS.findall(match["rest"])
        if following and following[0] in lx.APP_TOPIC_AFTER:
            continue
        service = match["service"]
        start, end = match.span("service")
        scan.add(_RECALL_SERVICE_KINDS[service], start, end, service, _NAMED)


# A mailbox, a number or a street address asked for in phrasings the request rules do not
# read: "do you have a personal email?", "what's the address of your office?", "a number where
# I could reach you"; German "Können Sie mir Ihre Handynummer geben?", Russian in Latin letters
# "skin' svoyu pochtu", Swahili "naomba barua pepe yako", Italian "mi scriva il suo indirizzo".
_RECALL_DETAIL_OBJECTS: Final = words("email mail address phone cell mobile")
# Each phrasing with the words it needs (the first set opens its windows), how far before and
# after such a word it can reach, and its pattern.
_RECALL_DETAIL_ASKED: Final = (
    (
        words("have"),
        _RECALL_DETAIL_OBJECTS,
        (12, 70),
        re.compile(
            r"\bdo\s+you\s+have\s+(?:a|an|any)\s+(?:personal\s+|private\s+|direct\s+|other\s+)?"
            r"(?:(?P<mail>e-?mail(?:\s+address)?)"
            r"|(?P<address>(?:mailing|postal|home|shipping)\s+address)"
            r"|(?P<phone>(?:phone|cell|mobile)(?:\s+number)?))\s*\?"
        ),
    ),
    (
        words("address"),
        words("your"),
        (16, 50),
        re.compile(
            r"\b(?:what'?s|what\s+is|send\s+me|share|give\s+me|tell\s+me)\s+the\s+"
            r"(?P<address>address)\s+of\s+your\s+(?:office|home|house|place|studio|shop"
            r"|workshop|flat|apartment)\b"
        ),
    ),
    (
        words("number"),
        words("reach call text contact"),
        (30, 50),
        re.compile(
            r"\b(?:share|sharing|give|send|leave|have|provide|get)\s+(?:me\s+|us\s+)?(?:a|your)"
            r"\s+(?:phone\s+|cell\s+|mobile\s+)?(?P<phone>number)\s+(?:where|at\s+which"
            r"|on\s+which)\s+(?:i|we)\s+(?:can|could|might)\s+(?:reach|call|text|contact)\s+you\b"
        ),
    ),
    # German
    (
        words("ihre deine dein ihr"),
        words("""
            e mail mailadresse adresse handynummer telefonnummer handy mobilnummer nummer
            anschrift postadresse
            """),
        (10, 40),
        re.compile(
            r"\b(?:ihre|deine|dein|ihr)\s+(?:(?P<mail>e-?mail(?:-?adresse)?|mailadresse)"
            r"|(?P<phone>handynummer|telefonnummer|handy|mobilnummer|nummer)"
            r"|(?P<address>adresse|anschrift|postadresse))\s*(?:\?|(?:geben|schicken|senden"
            r"|mitteilen|verraten|durchgeben|zukommen)\b)"
        ),
    ),
    # Russian in Latin letters
    (
        words("svoyu svoy svoi tvoyu tvoy tvoi vashu vash vashi"),
        words("pochtu imeyl email meyl nomer telefon adres"),
        (40, 60),
        re.compile(
            r"\b(?:skin|dai|day|otprav|prishl|napish|skazh|ostav|kin)[\w']*\s+(?:\w+\s+)?"
            r"(?:svoyu|svoy|svoi|tvoyu|tvoy|tvoi|vashu|vash|vashi)\s+"
            r"(?:(?P<mail>pochtu|imeyl|email|meyl)|(?P<phone>nomer|telefon)|(?P<address>adres))\b"
        ),
    ),
    # Swahili
    (
        words("yako yenu"),
        words("naomba nipe nitumie niambie tuma nitajie"),
        (40, 30),
        re.compile(
            r"\b(?:naomba|nipe|nitumie|niambie|tuma|nitajie)\s+(?:(?P<mail>barua\s+pepe|email)"
            r"|(?P<phone>namba\s+ya\s+simu|simu)|(?P<address>anwani))\s+(?:yako|yenu)\b"
        ),
    ),
    # Italian
    (
        words("suo tuo sua tua"),
        words("indirizzo email mail numero cellulare telefono"),
        (40, 20),
        re.compile(
            r"\b(?:mi\s+scriva|scrivimi|mandami|mi\s+mandi|dammi|mi\s+dia|mi\s+dai|lasciami"
            r"|inviami|mi\s+lasci|mi\s+passi|passami)\s+(?:il|la)\s+(?:suo|tuo|sua|tua)\s+"
            r"(?:(?P<mail>(?:indirizzo\s+)?e-?mail|mail)|(?P<address>indirizzo)"
            r"|(?P<phone>numero|cellulare|telefono))\b"
        ),
    ),
)
_RECALL_DETAIL_WORDS: Final = frozenset().union(
    *(opening | needed for opening, needed, _reach, _pattern in _RECALL_DETAIL_ASKED)
)
_RECALL_DETAIL_OPENINGS: Final = frozenset().union(
    *(opening for opening, _needed, _reach, _pattern in _RECALL_DETAIL_ASKED)
)
# What the English phrasings hold word for word (told by ``in`` before any window is cut).
_RECALL_DETAIL_LITERALS: Final = {0: "you have", 1: "of your", 2: "where"}
# Which phrasings each opening word opens (their places in ``_RECALL_DETAIL_ASKED``).
_RECALL_DETAIL_BY_WORD: Final = {
    word: tuple(index for index, entry in enumerate(_RECALL_DETAIL_ASKED) if word in entry[0])
    for word in _RECALL_DETAIL_OPENINGS
}
_RECALL_DETAIL_KINDS: Final = {"mail": "email", "phone": "phone", "address": "physical_address"}


def _recall_find_details_asked(scan: _Scan) -> None:
    """Add the requests for a mailbox, a number or an address in the phrasings above."""
    words = scan.words
    if words.isdisjoint(_RECALL_DETAIL_OPENINGS):
        return
    text = scan.text
    asked = {
        entry for word in words & _RECALL_DETAIL_OPENINGS for entry in _RECALL_DETAIL_BY_WORD[word]
    }
    for index in asked:
        opening, needed, reach, pattern = _RECALL_DETAIL_ASKED[index]
        literal = _RECALL_DETAIL_LITERALS.get(index)
        if words.isdisjoint(needed) or (literal is not None and literal not in text):
            continue
        for match in _matches(pattern, text, scan.windows(opening, *reach)):
            kind = _RECALL_DETAIL_KINDS[match.lastgroup or "mail"]
            scan.add(kind, match.start(), match.end(), REQUEST, _ASKED)


# A profile or chat link with its dots and slashes hidden: "linked in . com / in / tunde -
# adeyemi", "linkedin(.)com(/)in(/)derya-kaya", "insta gram [.] com / atelier", "t [dot] me
# [slash] pixelnomad", "discord dot gg slash: b a c k e n d". (The plain and the evenly spelled
# forms are ``_find_links``' and ``_PROFILE_SPELLED_LINK``'s; this one needs a space or a
# bracket where the link has none.)
_RECALL_LINK_SITES: Final = words(
    "linkedin linked instagram insta tiktok tik facebook face twitter t wa discord"
)
_RECALL_LINK_DOT = r"\s*(?:\(\s*(?:\.|dot)\s*\)|\[\s*(?:\.|dot)\s*\]|\.|dot)\s*"
_RECALL_LINK_SLASH = r"\s*(?:\(\s*/\s*\)|\[\s*(?:/|slash)\s*\]|/|slash)\s*:?\s*"
_RECALL_HIDDEN_LINK = re.compile(
    r"(?<![a-z0-9'])(?P<site>linked\s?in|insta\s?gram|tik\s?tok|face\s?book|twitter|t|wa"
    rf"|discord){_RECALL_LINK_DOT}(?P<tld>com|me|gg){_RECALL_LINK_SLASH}"
    rf"(?:in{_RECALL_LINK_SLASH})?@?"
    r"(?P<handle>(?:[a-z0-9]\s){2,}[a-z0-9](?:\s?-\s?(?:[a-z0-9]\s)+[a-z0-9])*"
    r"|[a-z0-9_]+(?:\s?[-_.]\s?[a-z0-9_]+)*)"
)
_RECALL_CHAT_HOSTS: Final = {("t", "me"), ("wa", "me"), ("discord", "gg")}


def _recall_find_hidden_links(scan: _Scan) -> None:
    """Add the profile and chat links written with hidden dots and slashes."""
    words = scan.words
    if words.isdisjoint(_RECALL_LINK_SITES):
        return
    text = scan.text
    # (A hidden slash is spelled, bracketed or spaced: "a/b" alone is a plain link or none.)
    if not ("slash" in words or " / " in text or "(/)" in text or "[/]" in text):
        return
    # (Each link opens with the site's name: matched there, not searched for in a window.)
    for site_start, _site_end in scan.windows(_RECALL_LINK_SITES, 0, 0):
        match = _RECALL_HIDDEN_LINK.match(text, site_start)
        if match is None:
            continue
        link = match.group()
        if " " not in link and "[" not in link and "(" not in link and "dot" not in link:
            continue  # a plain link, found as one
        site = match["site"].replace(" ", "")
        host = (site, match["tld"])
        if host in _RECALL_CHAT_HOSTS:
            kind = "messaging_app"
        elif match["tld"] == "com" and site not in {"t", "wa", "discord"}:
            kind = "social_profile"
        else:
            continue
        handle = re.sub(r"\s", "", match["handle"])
        if handle in _PROFILE_NOT_A_HANDLE:
            continue
        scan.add(kind, match.start(), match.end(), f"{site}.{match['tld']}/{handle}", _CONCRETE)


# An app's name with digits for letters, "d1sc0rd", "t3l3gram", "wh4tsapp": read with each
# digit as the letter it stands for (only in texts with a digit; on ASCII text, in C).
_RECALL_LEET: Final = bytes.maketrans(b"013457@$", b"oieastas")
_RECALL_LEET_APPS: Final = {
    "discord": "messaging_app",
    "telegram": "messaging_app",
    "whatsapp": "messaging_app",
    "skype": "messaging_app",
    "signal": "messaging_app",
    "wechat": "messaging_app",
    "viber": "messaging_app",
    "instagram": "social_profile",
    "snapchat": "social_profile",
}


def _recall_leet_pieces() -> frozenset[str]:
    """The runs of letters (two or more) that the apps' names leave with digits for letters."""
    digit_of = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7"}
    pieces: set[str] = set()
    for name in _RECALL_LEET_APPS:
        places = [index for index, letter in enumerate(name) if letter in digit_of]
        for choice in product((False, True), repeat=len(places)):
            if not any(choice):
                continue
            letters = list(name)
            for index, swapped in zip(places, choice, strict=True):
                if swapped:
                    letters[index] = digit_of[name[index]]
            pieces.update(piece for piece in re.split(r"\d", "".join(letters)) if len(piece) > 1)
    # (Not the pieces that are words every message may hold: "app", "what", "chat", "in".)
    return frozenset(pieces) - words("in di el app chat what whats sign tel cord ber ins")


_RECALL_LEET_PIECES: Final = _recall_leet_pieces()
# The apps' nicknames that are not in the lexicon's spellings: the bird app (X, German
# "Vogel-Netzwerk"), the ghost app (Snapchat), Swahili "app ya kijani" (the green app). They
# count with a way to reach the sender beside them: a handle, "DM", "the same name", "find me".
_RECALL_NICKNAME_WORDS: Final = words("bird ghost kijani vogel")
_RECALL_NICKNAME = re.compile(
    r"\b(?P<twitter>(?:blue\s+)?bird\s+(?:app|site)|vogel-?netzwerk)\b"
    r"|\b(?P<snapchat>ghost\s+app|yellow\s+ghost)\b"
    r"|\b(?P<whatsapp>(?:app|programu)\s+ya\s+kijani)\b"
)
_RECALL_NICKNAME_REACH = re.compile(
    r"@[a-z0-9_]|\b(?:handle|handle's|username|user\s?name|dm|dms|same|message\s+me|find\s+me"
    r"|add\s+me|sent\s+(?:u|you)|schreib|nitafute|namba|number|ping)\b"
)


def _recall_find_disguised_apps(scan: _Scan) -> None:
    """Add the apps written with digits for letters and the nicknamed ones offered as a way."""
    text = scan.text
    # (Only with a piece of letters such a name leaves between its digits, "sc" and "rd" of
    # "d1sc0rd", "gr" of "t3l3gr4m": a set lookup already made, for every message.)
    if not scan.words.isdisjoint(_RECALL_LEET_PIECES) and text.isascii():
        read = text.encode("ascii").translate(_RECALL_LEET).decode("ascii")
        for name, start, end in _disguised_names(text, read, _RECALL_LEET_APPS):
            scan.add(_RECALL_LEET_APPS[name], start, end, name, _NAMED)
    if scan.words.isdisjoint(_RECALL_NICKNAME_WORDS):
        return
    for match in _RECALL_NICKNAME.finditer(text):
        start, end = match.span()
        if _RECALL_NICKNAME_REACH.search(text, max(0, start - 60), end + 80) is None:
            continue
        app = match.lastgroup or ""
        kind = "messaging_app" if app == "whatsapp" else "social_profile"
        scan.add(kind, start, end, app, _NAMED)


def _recall_find_read_aloud_mail(scan: _Scan) -> None:
    """Add the addresses read aloud with a local word for "at" or "dot" (a few words asked)."""
    if scan.words.isdisjoint(_RECALL_MAIL_WORDS):
        return
    text = scan.text
    for match in _matches(_RECALL_READ_ALOUD, text, scan.windows(_RECALL_MAIL_WORDS, 90, 70)):
        if not _RECALL_MAIL_WORDS.intersection(_WORDS.findall(match.group())):
            continue
        local_pieces = _RECALL_SPLIT_DOTS.split(match.group("local"))
        domain_pieces = _RECALL_SPLIT_DOTS.split(match.group("domain"))
        if (
            domain_pieces[-1] not in _RECALL_TOP_DOMAINS
            or local_pieces[0] in _EMAIL_STOPWORDS
            or any(piece in _EMAIL_STOPWORDS for piece in domain_pieces[:-1])
        ):
            continue
        value = ".".join(local_pieces) + "@" + ".".join(domain_pieces)
        scan.add("email", match.start(), match.end(), value, _CONCRETE)


# Every word the third round's detectors ask about: a message without one skips them all.
_RECALL_WORDS: Final = frozenset().union(
    _RECALL_MAIL_WORDS,
    _RECALL_PROVIDERS,
    _RECALL_HANDLE_WORDS,
    _RECALL_DETAIL_OPENINGS,
    _RECALL_LINK_SITES,
    _RECALL_LEET_PIECES,
    _RECALL_NICKNAME_WORDS,
)


def _recall_find(scan: _Scan) -> None:
    """Add what the third round's detectors find (each called only with its words)."""
    words = scan.words
    if not words.isdisjoint(_RECALL_MAIL_WORDS):
        _recall_find_read_aloud_mail(scan)
    if not words.isdisjoint(_RECALL_PROVIDERS):
        _recall_find_name_here_mail(scan)
    if not words.isdisjoint(_RECALL_HANDLE_WORDS):
        _recall_find_asked_on_service(scan)
    if not words.isdisjoint(_RECALL_DETAIL_OPENINGS):
        _recall_find_details_asked(scan)
    if not words.isdisjoint(_RECALL_LINK_SITES):
        _recall_find_hidden_links(scan)
    if not (words.isdisjoint(_RECALL_LEET_PIECES) and words.isdisjoint(_RECALL_NICKNAME_WORDS)):
        _recall_find_disguised_apps(scan)


# --------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------

# Every word a detector asks ``_Scan.words`` about: the sets it intersects with the text's
# words, the words of every known host's name, and the single words asked about by name.
# (A word missing here would silently never be found in a text.)
_ASKED_WORDS: Final = frozenset().union(
    *(
        _LINK_WORDS,
        _EMAIL_TRIGGER_WORDS,
        _UNAMBIGUOUS_PROVIDERS,
        _DIGIT_WORD_SET,
        _APP_WORDS,
        _VIDEO_TRIGGER_WORDS,
        _SCHEDULING_WORDS,
        _SOCIAL_TRIGGER_WORDS,
        _PAYMENT_WORDS,
        _OUTSIDE_MARKERS,
        _CRYPTO_WORDS,
        _SORT_WORDS,
        _STREET_WORDS,
        _REQUEST_TRIGGER_WORDS,
        *(group for needs in _REQUEST_NEEDS for group in needs),
        *(parts for hosts in _HOSTS_BY_WORD.values() for _host, parts in hosts),
        _SOCIAL_WORDS,
        _MAIL_ASKED_WORDS,
        _PROFILE_REACH_WORDS,
        _PROFILE_REDDIT_CONTEXT,
        words("slash bsky me my"),
        _CHANNEL_SAME_WORDS,
        _CHANNEL_REACH_WORDS,
        _CHANNEL_STORY_WORDS,
        words("contact"),
        _CHANNEL_ACCOUNT_WORK,
        _CHANNEL_DOCUMENTS,
        _CHANNEL_LOOK_ALIKE_RUNS,
        _CHANNEL_YOURS,
        words("dot at punto point ponto my cash cashapp"),
        _PHONE_WORDS,
        _NUMBERS_ASKING_WORDS,
        _NUMBERS_GATE_WORDS,
        _NUMBERS_VIETNAMESE_DIGIT_WORDS,
        _NUMBERS_MAIL_JOINERS,
        _NUMBERS_VIETNAMESE_STREET_WORDS,
        _RECALL_MAIL_WORDS,
        _RECALL_HERE_WORDS,
        _RECALL_PROVIDERS,
        _RECALL_SERVICE_WORDS,
        _RECALL_HANDLE_WORDS,
        _RECALL_DETAIL_WORDS,
        _RECALL_LINK_SITES,
        _RECALL_NICKNAME_WORDS,
        _RECALL_LEET_PIECES,
    )
)

# The gates of ``detect_contacts``: one bit for each group of words a detector's first look
# asks ``_Scan.words`` about, so that one test of ``_Scan.held`` tells whether that look can
# pass. (A bit is set exactly when the text holds a word of its group: every word of
# ``_Scan.words`` is an asked word, and each asked word of a group carries its bit; so the
# detectors read their first look from the bits too, cheaper than a set operation.)
# Each detector keeps its own first look (and can be called on its own); a gate only
# spares the call when that look is sure to fail.
_GATE_GROUPS: Final[tuple[frozenset[str], ...]] = (
    _LINK_WORDS,
    _EMAIL_TRIGGER_WORDS,
    # The words of a mail the email requests ask for first (``_find_mail_requests``).
    _MAIL_FAMILY_WORDS,
    frozenset({"at"}),
    _SPELLED_DOTS,
    _DIGIT_WORD_SET,
    _APP_WORDS,
    _VIDEO_TRIGGER_WORDS,
    _SCHEDULING_WORDS,
    # Every word a branch of ``_find_social`` (and of ``_find_profile_handles``) needs alone:
    # not the direct message's ("dm" with an "@"), the fediverse handle's (two "@"s), the
    # Reddit user's (a word of its context with a "u/") or the reach phrases' (a word of
    # theirs with "me", or "contact" with "me" or "my"). "bsky" is a trigger word too.
    _SELF_ROUTE_WORDS
    | _WEBSITE_ROUTE_WORDS
    | _PERSONAL_SITE_WORDS
    | frozenset({"connection", "bsky", "slash"})
    | _SOCIAL_TRIGGER_WORDS,
    _DM_WORDS,
    _PROFILE_REDDIT_CONTEXT,
    _PROFILE_REACH_WORDS,
    frozenset({"me", "my"}),
    # Every word a branch of ``_find_payments`` needs but the IBAN's and UPI's (told by digits
    # and an "@"): "google" for Google Pay, "cash" or "cashapp" for a cashtag, "sort" for a code.
    _OUTSIDE_MARKERS
    | _PAYMENT_WORDS
    | _GOOGLE
    | _CRYPTO_WORDS
    | frozenset({"cash", "cashapp"})
    | _SORT_WORDS,
    _REQUEST_TRIGGER_WORDS,
    _STREET_WORDS,
    # The words that open a family of ``_numbers_find_requests`` (which ``_find_phones`` runs
    # first; the Arabic script's "رقم" is told by the text), and the Vietnamese zero, "khong",
    # that ``_numbers_find_vietnamese_digits`` asks for first.
    _NUMBERS_GATE_WORDS,
    frozenset({"khong"}),
    # A dash or an underscore spelled out, which ``_numbers_find_spelled_mail`` (run first by
    # ``_find_emails``) asks for with an "at" (or else a bracketed "at" in the text).
    _NUMBERS_MAIL_JOINERS,
    # "your" and its kin, which ``_channel_find_your_at`` (in ``_find_social``) asks for with
    # an "@".
    _CHANNEL_YOURS,
    # The runs of letters a disguised service's name leaves, which ``_find_payments`` asks for
    # first with an "@", a "$" or a digit (``_channel_find_look_alikes``).
    _CHANNEL_LOOK_ALIKE_RUNS,
    # Every word the third round's detectors ask about, which ``_find_requests`` asks for
    # first (``_recall_find``; each of its detectors asks for a word of its own part of them).
    _RECALL_WORDS,
)
(
    _LINKS_GATE,
    _EMAILS_GATE,
    _MAIL_GATE,
    _AT_GATE,
    _SPELLED_DOTS_GATE,
    _PHONES_GATE,
    _APPS_GATE,
    _VIDEO_GATE,
    _SCHEDULING_GATE,
    _SOCIAL_GATE,
    _DM_GATE,
    _REDDIT_GATE,
    _REACH_GATE,
    _ME_OR_MY_GATE,
    _PAYMENTS_GATE,
    _REQUESTS_GATE,
    _STREET_GATE,
    _NUMBERS_GATE,
    _VIETNAMESE_ZERO_GATE,
    _MAIL_JOINERS_GATE,
    _YOURS_GATE,
    _LOOK_ALIKE_GATE,
    _RECALL_GATE,
) = (1 << index for index in range(len(_GATE_GROUPS)))
_GATE_COUNT: Final = len(_GATE_GROUPS)
# A word of the email triggers or of a mail (``_find_emails`` reads both first).
_ANY_MAIL_GATE: Final = _EMAILS_GATE | _MAIL_GATE
# A spelled-out dot, dash or underscore (each read with an "at" by ``_find_emails``).
_SPELLED_MARKS_GATE: Final = _SPELLED_DOTS_GATE | _MAIL_JOINERS_GATE
# A digit word, a word of a number's request, or "khong" (``_find_phones`` reads each first).
_ANY_NUMBER_GATE: Final = _PHONES_GATE | _NUMBERS_GATE | _VIETNAMESE_ZERO_GATE
# A direct message's word or a "your" (each read with an "@" by ``_find_social``).
_DM_OR_YOURS_GATE: Final = _DM_GATE | _YOURS_GATE
# A request's trigger word or a word of the third round's detectors (``_find_requests`` runs
# ``_recall_find`` first).
_REQUESTS_OR_RECALL_GATE: Final = _REQUESTS_GATE | _RECALL_GATE


def _word_bits() -> dict[str, int]:
    """By asked word: the bits of its gates' groups, and above them its request need bits."""
    bits = dict.fromkeys(_ASKED_WORDS, 0)
    for index, group in enumerate(_GATE_GROUPS):
        for word in group & _ASKED_WORDS:
            bits[word] |= 1 << index
    for word, need in _NEED_BITS.items():
        if word in bits:
            bits[word] |= need << _GATE_COUNT
    return bits


_WORD_BITS: Final = _word_bits()
# The asked words that can be a word of ASCII text (letters only), as bytes.
_ASKED_BY_BYTES: Final = {
    word.encode("ascii"): word for word in _ASKED_WORDS if word.isascii() and word.isalpha()
}
_ASKED_BYTES: Final = frozenset(_ASKED_BY_BYTES)


# Every detector, in the order ``detect_contacts`` runs each (behind its gate).
_DETECTORS: Final = (
    _find_links,
    _find_emails,
    _find_phones,
    _find_apps,
    _find_video,
    _find_scheduling,
    _find_social,
    _find_payments,
    _find_addresses,
    _find_requests,
)


def detect_contacts(text: str, *, job_category: str | None = None) -> list[Finding]:
    """Every contact detail, off-platform route or request for one in ``text``, in order.

    ``job_category`` (the marketplace's category of the job the conversation is about) makes
    platform names that are the subject of the work count less: in a social-media job,
    "Instagram" alone is the topic, not a way to talk.
    """
    if not text:
        return []
    scan = _Scan(normalize(text), job_category)
    # Each detector runs only when its first look can pass (its test, in the same order; the
    # order of the hits is kept): a word of its gate's group, or the digits or mark it asks for.
    held = scan.held
    folded = scan.text
    digit_count = scan.digit_count
    at_sign = "@" in folded
    if held & _LINKS_GATE:
        _find_links(scan)
    # (Any "@", a provider, a spelled-out "at" or a word of a mail, or "at" with a spelled-out
    # dot, dash or underscore, a "d0t" or a bracketed "at".)
    if (
        at_sign
        or held & _ANY_MAIL_GATE
        or (
            held & _AT_GATE
            and (
                held & _SPELLED_MARKS_GATE
                or "d0t" in folded
                or _NUMBERS_BRACKETED_AT.search(folded) is not None
            )
        )
    ):
        _find_emails(scan)
    # (Seven digits, or fewer with digit words read out; a word of a number's request or the
    # Arabic "رقم"; "khong" for Vietnamese digits read out.)
    if digit_count >= 7 or held & _ANY_NUMBER_GATE or "رقم" in folded:
        _find_phones(scan)
    # (A misspelt "whatsapp" ends in "ap" or "app"; a Skype id opens "live:", a Matrix handle
    # holds an "@" and a ":".)
    if held & _APPS_GATE or "ap" in folded or (":" in folded and ("live:" in folded or at_sign)):
        _find_apps(scan)
    if held & _VIDEO_GATE:
        _find_video(scan)
    if held & _SCHEDULING_GATE:
        _find_scheduling(scan)
    # (A direct message's word or a "your" with an "@", or a second "@" for a fediverse handle;
    # a word of Reddit's context with a "u/"; a reach phrase's word with "me" or "my".)
    if (
        held & _SOCIAL_GATE
        or (at_sign and (held & _DM_OR_YOURS_GATE or folded.find("@", folded.find("@") + 1) != -1))
        or (held & _REDDIT_GATE and "u/" in folded)
        or (held & _REACH_GATE and held & _ME_OR_MY_GATE)
    ):
        _find_social(scan)
    # (An IBAN has twelve digits at least, a UPI handle an "@"; a disguised name's run of
    # letters with an "@", a "$" or a digit.)
    if (
        held & _PAYMENTS_GATE
        or digit_count >= 12
        or at_sign
        or (held & _LOOK_ALIKE_GATE and (digit_count or "$" in folded))
    ):
        _find_payments(scan)
    if digit_count:
        _find_addresses(scan)
    # (A request's trigger word, or a word of the third round's detectors, run first.)
    if held & _REQUESTS_OR_RECALL_GATE:
        _find_requests(scan)
    return _resolve(scan)


def _resolve(scan: _Scan) -> list[Finding]:
    hits = scan.hits
    if not hits:
        return []
    hits.sort(key=lambda hit: (hit.start, -hit.rank, -(hit.end - hit.start)))
    kept: list[_Hit] = []
    for hit in hits:
        clash = next(
            (
                other
                for other in kept
                if other.kind == hit.kind and hit.start < other.end and other.start < hit.end
            ),
            None,
        )
        if clash is None:
            kept.append(hit)
        elif (hit.rank, hit.end - hit.start) > (clash.rank, clash.end - clash.start):
            kept[kept.index(clash)] = hit
    stated = {hit.kind for hit in kept if hit.rank > _ASKED}
    findings = []
    for hit in kept:
        if hit.rank == _ASKED and hit.kind in stated:
            continue
        start, end = scan.folded.span(hit.start, hit.end)
        findings.append(Finding(hit.kind, start, end, hit.value))
    findings.sort(key=lambda finding: (finding.start, finding.end, finding.kind))
    return findings


_ACCESS_GRANT = re.compile(
    r"\b(?:add(?:ed)?\s+(?:me|my\s+(?:email|account))\s+(?:as\s+(?:a|an)?\s*(?:collaborator"
    r"|contributor|member|user|admin|administrator|editor|viewer|developer|owner|manager"
    r"|tester)|to\s+(?:the\s+|your\s+)?(?:repo|repository|github|gitlab|bitbucket|project|drive"
    r"|folder|workspace|account|property|analytics|ga4?|search\s+console|figma|notion|trello"
    r"|jira|asana|aws|gcp|azure|firebase|app\s+store\s+connect|testflight|play\s+console"
    r"|shopify|wordpress|site|dashboard|team|org|organization|organisation|tag\s+manager"
    r"|ads\s+account|sheet|doc)))"
    r"|\binvite\s+(?:me|my\s+email)\s+(?:to|as)\b"
    r"|\b(?:share|sharing)\s+(?:the\s+|your\s+|my\s+)?(?:[a-z0-9]+\s+){0,2}?(?:ga4?|analytics|property|drive|folder|doc|docs"
    r"|sheet|spreadsheet|file|files|repo|repository|project|figma|dashboard|account|search"
    r"\s+console|board|workspace)\s+(?:access\s+)?with\b"
    r"|\b(?:grant|give)\s+(?:me\s+)?(?:editor\s+|admin\s+|viewer\s+|read\s+|write\s+)?access\b"
    r"|\baccess\s+to\s+(?:the\s+|your\s+)?(?:repo|repository|github|gitlab|bitbucket|drive"
    r"|folder|analytics|ga4?|property|search\s+console|figma|aws|gcp|dashboard|account|store"
    r"|site|testflight|codebase|server|hosting|cpanel|wordpress|shopify)\b"
    r"|\bcollaborator\b|\btestflight\b"
)


def infer_purpose(text: str) -> str | None:
    """``ACCESS_GRANT`` when the message shares an email only to be given access for scoping.

    ("add me as a collaborator at x@y.com", "share the GA property with …"); else ``None``.
    The policy's exception for such emails needs this purpose as well as the findings.
    """
    if _ACCESS_GRANT.search(normalize(text).text) is not None:
        return ACCESS_GRANT
    return None
