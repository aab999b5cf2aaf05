"""The contact detector's cheap looks before its expensive patterns (speed guards) must never
change what it finds: each guard must hold wherever its pattern matches.

- The request patterns open with a look-ahead listing the letters they can start with.
- A request pattern runs only when the text holds a word of each of its word groups, only in
  windows holding one of its text marks (found by one regex of them), and only where its hint
  regex finds something.
- The email pattern runs only where ``_EMAIL_HINT`` (an "@") or ``_HIDDEN_EMAIL_HINT`` (a
  hidden "at") finds something, the street pattern only where ``_STREET_HINT`` does.
- On ASCII text, phone numbers are looked for in windows found over the text's shape (one
  byte per character class) rather than by a loop over clusters of digits, and only in windows
  whose shape holds six digits with no other letter than "o", "l", "i" between them (none at
  all when the whole shape holds no such run), and the search of a window stops at the match
  that reaches its last digit.
- A request pattern's word needs are read from bits (one per distinct word group).
- A few request patterns are looked for in the whole text, not in windows around request
  words: each match of theirs holds a request word, and each has a hint.
- Bare digits are read for a phone word around them only when one of the text's phone words is
  written within reach (or a phone word is cut at its edge); a number after an example word
  ("phones like (555) 123-4567") is turned down before it is split and judged.
- The off-platform payment pattern runs only when the text holds a word of each of the two
  word groups of one of its branches.
- Lines of code are looked for only where a line starts.
- Misspelt "whatsapp"s are looked for only in texts holding an "ap".
- The dots a host name can hold are found by a regex, and the start of the token around each
  by a regex over the reversed text, rather than by loops over characters.
- A detector runs only when the gate of ``detect_contacts`` for it passes: a word of the
  groups its first look asks about (one bit per group, read once per message), or the digits
  or mark it asks for.
- Some patterns are written to run faster (possessive runs, atomic groups, one opening
  character class, a look-ahead for how every match opens): each must find exactly what its
  plain form found.

A guard that missed a case would silently stop its pattern matching there, so each is checked
against every match of its pattern over a large set of texts.
"""

from __future__ import annotations

import json
import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SHARED_DIR
from tests.unit.textsafety.test_contact import NEGATIVES, POSITIVES
from tests.unit.textsafety.test_contact_requests import NOT_BY_PHONE, QUIET, REQUESTS
from trustdesk.textsafety.contact import detect_contacts
from trustdesk.textsafety.contact.addresses import _STREET, _STREET_HINT
from trustdesk.textsafety.contact.apps import _APP_STRONG, _APP_WEAK, _MISSPELT_WHATSAPP, _VIDEO
from trustdesk.textsafety.contact.detect import _DETECTORS, _GATE_GROUPS, _resolve, _scan
from trustdesk.textsafety.contact.emails import _EMAIL, _EMAIL_HINT, _HIDDEN_EMAIL_HINT
from trustdesk.textsafety.contact.gates import _GATE_COUNT
from trustdesk.textsafety.contact.links import _HOST_NAME_DOT, _LINK, _TOKEN_RUN
from trustdesk.textsafety.contact.payments import _OUTSIDE_MARKERS, _OUTSIDE_NEEDS, _OUTSIDE_PAYMENT
from trustdesk.textsafety.contact.phones import (
    _DIGIT_CHAIN,
    _DROP_DIGITS,
    _NUMERIC_RUN,
    _PHONE_RUN_SHAPE,
    _PHONE_WORDS,
    _cluster_windows,
    _judge_run,
    _names_phone,
    _phone_context,
    _plainly_not_a_phone,
    _split_run,
)
from trustdesk.textsafety.contact.requests import (
    _NEED_BITS,
    _NEED_MASKS,
    _REQUEST_HINTS,
    _REQUEST_NEEDS,
    _REQUEST_PATTERNS,
    _REQUEST_RULES,
    _REQUEST_TEXT_NEEDS,
    _REQUEST_TRIGGER_WORDS,
    _WHOLE_TEXT_REQUESTS,
)
from trustdesk.textsafety.contact.scan import (
    _CODE_LINE,
    _SENTENCE_END,
    _SHAPE,
    _URL,
    _WORDS,
    _after,
    _before,
    _code_lines,
)
from trustdesk.textsafety.contact.social import _SOCIAL_NAME, _WEBSITE_ROUTE, _WEBSITE_ROUTE_HINT
from trustdesk.textsafety.lexicon import PHONE_CONTEXT
from trustdesk.textsafety.normalize import normalize

GUARD = re.compile(r"^\(\?=\[([a-z0-9]+)\]\)")

# Phrasings the detector's own cases may not hold, so every guarded branch gets exercised.
EXTRA = [
    "what email should I use for the invite?",
    "which number should he call tomorrow",
    "can we move this to email? send it over gmail please",
    "I'll email you tonight, send them to my gmail",
    "my number is on my website, my email is on my profile",
    "phone number? email address please. home address pls",
    "send you my personal number, send u our office address",
    "my cell: 0917 555 1234, my email = x@y.com, my home address - 12 Main St",
    "call me at 0917 555 1234 or email me directly, text me @ 555",
    "let's talk by phone, discuss it over the telephone",
    "number bhejo, mobile number de do, email id dena, address share kar do, number do na",
    "pahingi ng number, penge naman ng email, pa-send ng address, pasend number",
    "your own email address? you own number please",
    "ana (at) gmail (dot) com, bo [at] yahoo [.] com, cy arroba hotmail punto com",
    "jo@ mail.com, kim @example.org, lee at outlook dot com",
    "12 Main Street, 5bis rue de la Paix, 7 ter, avenue Foch, Rua Augusta, 12",
    "Hauptstrasse 5, Calle Mayor no 4, Calle Sol n.4, P.O. Box 77, 221b Baker St",
    "contact me through my website, reach me via my personal blog",
    "john dot smith@gmail.com, a.b_c@x.co.uk, x (dot) y at gmail dot com",
    "the form validates phones like (555) 123-4567; my number like 0917 555 1234",
    "see www.zoom.us/j/123 or wa. me/15551234567, calendly.com/ana/30min",
    # (One branch of the off-platform payment pattern each.)
    *("I can pay you directly", "pay me outside the platform", "paid outsiders"),
    *("pagar por fuera", "paiement en dehors", "a direct payment", "an off-platform transfer"),
    *("offline pay", "avoid the upwork fees", "we cut out the commission", "commission bachane"),
    *("skip paying service fees", "pay bahar se", "commission bacha"),
    # (Requests to call or text, and details asked for without "your".)
    "can I call you later? or I'll ring u, want me to text you, let me phone you",
    "need me to call you, okay if I text you, better to ring you, quicker to call u, wanna text u",
    "give me a buzz, gimme a ring, shoot me a text, send u a quick sms, text me",
    "could you call me? pls call me back, call me at 9, txt me when, call you now",
    "what's the best email to reach you at? which is the best number to call?",
    "can you give me an email to send it to? do you have an email I can send the files to",
    "is there a number I can reach you at, what number to call, a number I'd call",
    "send me a mailing address, give us a contact number, send me a shipping address",
    "whichever email you give me, whatever number works best for you",
    "qual o número? cual es el correo? qual é o endereço? cual es el numero de whatsapp?",
    "llámame, te llamo, me liga, ligar-me, te ligo, appelez-moi, je vous appelle",
    "je peux t'appeler, m'envoyer un sms, tawagan mo ako, paki-text, telp aja, nelpon",
    "mujhe call karo, aapko call karta hoon, phone kar do, text mo ako, call kita",
    "numernya berapa, nomor wa kakak berapa, no hp nya berapa, emailnya apa kak",
    "alamat kakak dimana, boleh minta email kakak, minta nomornya, kasih tau alamat",
    "aap ka contact number, aapke ghar ka pata bata do, number do apna, email mil sakti",
    "email niyo po, address po niyo, donner son e-mail, tu numero de telefono",
]


@cache
def texts() -> list[str]:
    dev = [
        json.loads(line)["text"]
        for line in (SHARED_DIR / "data/dev/contact_dev.jsonl").read_text().splitlines()
        if line.strip()
    ]
    synth = json.loads(
        (SHARED_DIR / "data/external/presidio-research/synth_dataset_v2.json").read_text()
    )
    cases = [text for _, text, _ in POSITIVES + REQUESTS] + [
        text for _, text in NEGATIVES + QUIET + NOT_BY_PHONE
    ]
    every = dev + cases + EXTRA + [item["full_text"] for item in synth]
    return [normalize(text).text for text in every]


GUARDED = [pattern for pattern in _REQUEST_PATTERNS if GUARD.match(pattern.pattern)]


def test_most_request_patterns_are_guarded() -> None:
    assert len(GUARDED) >= len(_REQUEST_PATTERNS) - 1


@pytest.mark.parametrize("pattern", GUARDED, ids=lambda p: p.pattern[:40])
def test_the_guard_never_changes_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    guard = GUARD.match(pattern.pattern)
    assert guard is not None
    unguarded = re.compile(pattern.pattern[guard.end() :], pattern.flags)
    allowed = set(guard.group(1))
    for text in texts():
        found = [match.span() for match in pattern.finditer(text)]
        expected = [match.span() for match in unguarded.finditer(text)]
        assert found == expected, text
        for match in unguarded.finditer(text):
            assert text[match.start()] in allowed, (pattern.pattern[:60], match.group(0))


def _hint_inside(hint: re.Pattern[str], text: str, match: re.Match[str]) -> bool:
    """Whether ``hint`` finds something that starts and ends inside ``match``."""
    return any(
        (found := hint.match(text, position)) is not None and found.end() <= match.end()
        for position in range(match.start(), match.end())
    )


@pytest.mark.parametrize("index", range(len(_REQUEST_PATTERNS)))
def test_a_request_pattern_matches_only_where_its_needs_hold(index: int) -> None:
    pattern = _REQUEST_PATTERNS[index]
    marks = _REQUEST_TEXT_NEEDS.get(index)
    hint = _REQUEST_HINTS.get(index)
    matched = 0
    for text in texts():
        words = set(_WORDS.findall(text))
        for match in pattern.finditer(text):
            matched += 1
            for group in _REQUEST_NEEDS[index]:
                assert words & group, (index, sorted(group)[:5], match.group())
            if marks is not None:
                assert any(mark in match.group() for mark in marks), (index, match.group())
            if hint is not None:
                assert _hint_inside(hint, text, match), (index, match.group())
    assert matched, f"no text exercises request pattern {index}"


@pytest.mark.parametrize("index", sorted(_WHOLE_TEXT_REQUESTS))
def test_a_pattern_of_the_whole_text_matches_only_around_a_request_word(index: int) -> None:
    pattern = _REQUEST_PATTERNS[index]
    assert _REQUEST_HINTS.get(index) is not None
    matched = 0
    for text in texts():
        for match in pattern.finditer(text):
            matched += 1
            assert set(_WORDS.findall(match.group())) & _REQUEST_TRIGGER_WORDS, match.group()
    assert matched


@pytest.mark.parametrize(
    ("pattern", "hints"),
    [
        (_EMAIL, (_EMAIL_HINT, _HIDDEN_EMAIL_HINT)),
        (_STREET, (_STREET_HINT,)),
        (_WEBSITE_ROUTE, (_WEBSITE_ROUTE_HINT,)),
    ],
)
def test_these_patterns_match_only_where_their_hints_do(
    pattern: re.Pattern[str], hints: tuple[re.Pattern[str], ...]
) -> None:
    matched = 0
    for text in texts():
        for match in pattern.finditer(text):
            matched += 1
            assert any(_hint_inside(hint, text, match) for hint in hints), match.group()
    assert matched


MARKED_RULES = [
    (marks, rule[3])
    for marks, rule in zip(
        map(_REQUEST_TEXT_NEEDS.get, range(len(_REQUEST_RULES))), _REQUEST_RULES, strict=True
    )
    if marks is not None
]


@pytest.mark.parametrize(("marks", "regex"), MARKED_RULES, ids=lambda item: str(item)[:20])
def test_the_regex_of_a_rules_marks_finds_a_window_holding_one(
    marks: tuple[str, ...], regex: re.Pattern[str] | None
) -> None:
    assert regex is not None

    def same(text: str) -> None:
        for start in range(0, len(text) + 1, 3):
            for end in (start + 2, start + 9, start + 40, len(text)):
                expected = any(text.find(mark, start, end) != -1 for mark in marks)
                assert (regex.search(text, start, end) is not None) == expected, text

    for text in texts()[:300]:
        same(text)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from([*marks, *(mark[:-1] for mark in marks), " ", "-", "?"])))
    def check(pieces: list[str]) -> None:
        same("".join(pieces))

    check()


def test_digit_chains_over_the_shape_are_the_cluster_windows() -> None:
    for text in (text for text in texts() if text.isascii()):
        shape = text.encode("ascii").translate(_SHAPE)
        chains = [
            (max(0, chain.start() - 3), min(len(text), chain.end() + 24))
            for chain in _DIGIT_CHAIN.finditer(shape)
        ]
        # (The windows ``_find_phones`` builds from clusters, those with five digits or more.)
        windows, counts = _cluster_windows(text)
        assert chains == [w for w, count in zip(windows, counts, strict=True) if count >= 5], text


def phone_runs_in_shape(folded_texts: list[str]) -> int:
    """Assert each numeric run of six digits or more has the phone run shape; count them."""
    runs = 0
    for text in (text for text in folded_texts if text.isascii()):
        shape = text.encode("ascii").translate(_SHAPE)
        for match in _NUMERIC_RUN.finditer(text):
            if len(match.group()) - len(match.group().translate(_DROP_DIGITS)) >= 6:
                runs += 1
                assert _PHONE_RUN_SHAPE.search(shape, match.start(), match.end()), match.group()
    return runs


def test_every_numeric_run_with_six_digits_has_the_phone_run_shape() -> None:
    assert phone_runs_in_shape(texts())


def test_no_numeric_run_of_a_window_starts_after_its_last_digit() -> None:
    """``_find_phones`` stops searching a window at the match that reaches its last digit."""

    def holds(text: str) -> None:
        shape = text.encode("ascii").translate(_SHAPE)
        for chain in _DIGIT_CHAIN.finditer(shape):
            start, end = max(0, chain.start() - 3), min(len(text), chain.end() + 24)
            assert not re.search(r"\d", text[chain.end() : end]), text
            for match in _NUMERIC_RUN.finditer(text, start, end):
                assert match.start() < chain.end(), (text, match.group())

    for text in texts():
        if text.isascii():
            holds(text)

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(PIECES), max_size=24))
    def check(pieces: list[str]) -> None:
        holds("".join(pieces))

    check()


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=80).map(lambda raw: bytes(b"0oa. "[byte % 5] for byte in raw)))
def test_a_phone_run_of_a_window_of_the_shape_is_one_of_the_whole_shape(shape: bytes) -> None:
    """``_find_phones`` builds no window when the whole shape holds no phone run."""
    for start in range(len(shape)):
        for end in range(start, len(shape) + 1, 4):
            run = _PHONE_RUN_SHAPE.search(shape, start, end)
            if run is not None:
                whole = _PHONE_RUN_SHAPE.match(shape, run.start())
                assert whole is not None, (shape, start, end)
                assert whole.end() >= run.end(), (shape, start, end)


@pytest.mark.parametrize("index", range(len(_REQUEST_NEEDS)))
def test_the_need_bits_tell_exactly_when_every_word_group_is_met(index: int) -> None:
    vocabulary = sorted({word for needs in _REQUEST_NEEDS for group in needs for word in group})

    @settings(max_examples=300, deadline=None)
    @given(st.sets(st.sampled_from(vocabulary), max_size=6))
    def check(words: set[str]) -> None:
        held = 0
        for word in words:
            held |= _NEED_BITS.get(word, 0)
        met = all(words & group for group in _REQUEST_NEEDS[index])
        assert (held & _NEED_MASKS[index] == _NEED_MASKS[index]) == met

    check()


OUTSIDE_PIECES = [
    *sorted({word for needs in _OUTSIDE_NEEDS for group in needs for word in group}),
    *sorted(_OUTSIDE_MARKERS),
    *("the", "upwork", "platform", "of", "outsiders", "-", "se", "dehors", "da", "plataforma"),
]


def _outside_needs_met(text: str) -> bool:
    """The words ``_find_payments`` asks for (besides a marker) before ``_OUTSIDE_PAYMENT``."""
    words = set(_WORDS.findall(text))
    return any(words & first and words & second for first, second in _OUTSIDE_NEEDS) or (
        "outside" in text and bool(words & _OUTSIDE_NEEDS[0][0])
    )


def test_the_outside_payment_pattern_matches_only_where_its_words_are() -> None:
    matched = 0
    for text in texts():
        if _OUTSIDE_PAYMENT.search(text) is not None:
            matched += 1
            assert _outside_needs_met(text), text
    assert matched >= 5

    @settings(max_examples=2000, deadline=None)
    @given(st.lists(st.sampled_from(OUTSIDE_PIECES), max_size=8), st.sampled_from([" ", "\n"]))
    def check(pieces: list[str], gap: str) -> None:
        text = gap.join(pieces)
        if _OUTSIDE_PAYMENT.search(text) is not None:
            assert _outside_needs_met(text), text

    check()


# The patterns of names (messaging apps, video calls, social networks): each opens with a
# look-ahead for the letters its names start with.
NAME_PATTERNS = (_APP_STRONG, _APP_WEAK, _VIDEO, _SOCIAL_NAME)
# The plain (backtracking) form of each pattern written to run faster.
PLAIN_FORMS = [
    (
        _EMAIL,
        _EMAIL.pattern.replace(
            r"(?=[a-z0-9._%+_-]*+(?:\s?[@\[({<]|\s+(?:at|arroba|arobase|chez|dot)\s))", ""
        ).replace("(?>", "(?:"),
    ),
    (_URL, _URL.pattern.replace("++", "+")),
    (
        _LINK,
        _LINK.pattern.replace(r"(?=[a-z0-9-]++(?::|\s?[.\[({]|\s+dot\s))", "").replace("++", "+"),
    ),
    (_NUMERIC_RUN, _NUMERIC_RUN.pattern.replace(r"(?=[+(\doli])", "")),
    (_MISSPELT_WHATSAPP, r"w(?<![a-z]w)[a-z]*(?:(?<=ap)|(?<=app))(?![a-z])"),
    (_SENTENCE_END, r"[.!?;](?=\s|$)|\n\s*\n"),
    *((pattern, pattern.pattern.split(")", 1)[1]) for pattern in NAME_PATTERNS),
]
# Texts full of what these patterns hinge on: local parts, hidden "at"s and dots, hosts, words
# ending in "ap", sentence ends, blank lines, names of apps and networks.
PIECES = [
    "a", "john", "x.y", "j_s", "9", "-", ".", " ", "  ", "\n", "\n \n", "@", " @ ", " at ",
    "(at)", "[dot]", " dot ", "(.)", "gmail", "com", "co.uk", "wa", "me", "zoom", "us", "/j/1",
    "www.", "https://", "t.me", "linkedin.com/in/x", "whatsaap", "wasap", "wapx", "!", "?",
    ";", "sentence end. ", "x" * 70, "+44", "+ ", "(555)", "00", "123", "4567", "o1", "l0l", "x1",
    "i", ":", "telegram", "skype", "signal", "slack", "discord", "tg", "google meet", "teams",
    "facetime", "insta", "ig", "fb", "x", "tik tok", "/", "@", "#",
]  # fmt: skip


@pytest.mark.parametrize(("pattern", "plain"), PLAIN_FORMS, ids=lambda item: str(item)[:30])
def test_a_faster_pattern_finds_what_its_plain_form_finds(
    pattern: re.Pattern[str], plain: str
) -> None:
    assert plain != pattern.pattern
    assert re.match(r"(?:\(\?<!\[[^]]*\]\))?\(\?=", plain) is None  # no opening look-ahead
    reference = re.compile(plain, pattern.flags)

    def same(text: str) -> None:
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in reference.finditer(text)], text
        for start in range(0, len(text), 7):  # windows, as the detector searches them
            window = [m.span() for m in pattern.finditer(text, start, start + 60)]
            assert window == [m.span() for m in reference.finditer(text, start, start + 60)]

    for text in texts():
        same(text)

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(PIECES), max_size=14))
    def check(pieces: list[str]) -> None:
        same("".join(pieces))

    check()


def test_every_misspelt_whatsapp_holds_an_ap() -> None:
    """``_find_apps`` looks for misspelt "whatsapp"s only in texts holding an "ap"."""

    def holds(text: str) -> None:
        for match in _MISSPELT_WHATSAPP.finditer(text):
            assert "ap" in match.group(), match.group()

    for text in texts():
        holds(text)

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(PIECES), max_size=14))
    def check(pieces: list[str]) -> None:
        holds("".join(pieces))

    check()
    assert any(_MISSPELT_WHATSAPP.search(text) for text in texts())


def _digit_runs(text: str) -> list[re.Match[str]]:
    return [m for m in _NUMERIC_RUN.finditer(text) if len(m.group()) >= 7]


def phone_context_reads_as_the_words_do(text: str) -> None:
    """Assert the phone-context shortcut answers as reading the words around each run does."""
    scan = _scan(text)
    for match in _digit_runs(scan.text):
        start, end = match.span()
        read = _names_phone(_before(scan.text, start, 6, 60), _after(scan.text, end, 2))
        assert _phone_context(scan, start, end) == read, text


def phone_context_holds_around_numbers(words: list[str]) -> None:
    """``phone_context_reads_as_the_words_do`` on numbers with ``words`` around them."""

    @settings(max_examples=400, deadline=None)
    @given(
        st.lists(st.sampled_from(words), max_size=4),
        st.integers(1_000_000, 99_999_999),
        st.lists(st.sampled_from(words), max_size=4),
        st.text(alphabet=" .,;\n", min_size=1, max_size=3),
    )
    def check(before: list[str], number: int, after: list[str], gap: str) -> None:
        phone_context_reads_as_the_words_do(gap.join([*before, str(number), *after]))

    check()


def test_the_phone_context_shortcut_never_changes_the_answer() -> None:
    for text in texts():
        phone_context_reads_as_the_words_do(text)
    phone_context_holds_around_numbers(
        [
            *sorted(PHONE_CONTEXT),
            *("smartphone", "hotel", "x" * 55, "payphone", "callback", "recall", "phonebook"),
            *("xwhatsapp", "calls", "x" * 23, "a-call", "ring's"),
        ]
    )
    assert {"call", "phone", "whatsapp"} <= _PHONE_WORDS


def test_a_number_turned_down_plainly_is_turned_down_by_the_judge() -> None:
    turned_down = 0
    for text in texts():
        scan = _scan(text)
        for match in _digit_runs(scan.text):
            if _plainly_not_a_phone(scan, match, match.group()):
                turned_down += 1
                assert all(_judge_run(scan, run) is None for run in _split_run(match)), text
    assert turned_down


CODE_PIECES = [
    "x = [1]", "const a = 1;", "select a\nfrom b", "return x\n;", "a => b", "f();", ";", " ",
    "\n", "\n\n", "  \t", "import os", "from x", "re.compile(", "/^a/", "{", "text", "// c",
    "name@example.com", "$x = 1", "print (1)", "a;\n\nb",
]  # fmt: skip


def test_lines_of_code_are_found_from_line_starts_as_everywhere() -> None:
    def same(text: str) -> None:
        assert _code_lines(text) == [m.span() for m in _CODE_LINE.finditer(text)], text

    for text in texts():
        same(text)

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(CODE_PIECES), max_size=12))
    def check(pieces: list[str]) -> None:
        same("".join(pieces))

    check()


def _token_start(text: str, position: int) -> int:
    """Where the run of letters, digits, dots and hyphens that ends at ``position`` starts."""
    while position > 0 and (text[position - 1].isalnum() or text[position - 1] in ".-"):
        position -= 1
    return position


HOST_PIECES = [
    "a", "wa", "me", ".", "-", "_", " ", "\n", "日", "é", "9", "²", "x.com", "www.", "/", ". ",
    "..", "@", "ǅ",
]  # fmt: skip


def test_host_name_dots_and_their_token_starts_are_read_as_by_loops() -> None:
    def same(text: str) -> None:
        size = len(text)
        dots = [
            position
            for position in range(1, size - 1)
            if text[position] == "." and text[position - 1].isalnum() and text[position + 1] != " "
        ]
        assert [match.start() for match in _HOST_NAME_DOT.finditer(text)] == dots, text
        backwards = text[::-1]
        for position in dots:
            run = _TOKEN_RUN.match(backwards, size - position)
            assert run is not None
            assert size - run.end() == _token_start(text, position), text

    for text in texts():
        same(text)

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(HOST_PIECES), max_size=16))
    def check(pieces: list[str]) -> None:
        same("".join(pieces))

    check()


def _every_detector(text: str) -> list[tuple[str, int, int, str]]:
    """The findings of ``text`` with every detector run, whatever the gates say."""
    scan = _scan(text)
    for detector in _DETECTORS:
        detector(scan)
    return [(f.kind, f.start, f.end, f.value) for f in _resolve(scan)]


def test_every_gate_has_its_group_of_words() -> None:
    assert sorted(_GATE_GROUPS) == [1 << index for index in range(_GATE_COUNT)]
    assert all(_GATE_GROUPS.values())


def gates_change_nothing(text: str) -> None:
    found = [(f.kind, f.start, f.end, f.value) for f in detect_contacts(text)]
    assert found == _every_detector(text), text


GATE_PIECES = [
    *sorted(set().union(*_GATE_GROUPS.values())),
    *("@", "d0t", "$", "ap", "whatsaap", "wasap", "12", "0917 555 1234", "5", "gb82"),
    *("westpac", "sort code 12-34-56", "strasse", "str.", " ", ", ", ". ", "\n", "?"),
    *("dm me @ana_k", "@ana_k", "GB82 WEST 1234 5698 7654 32", "$ana_k", "ana@okaxis"),
    *("live:", ":", "live:cid.7f3a1c9e2b", "@ana:matrix.org", "@hedda@fosstodon.org", "u/"),
    *("u/sable_scribbles", "bsky.social", "@wren.bsky.social", "priyadata.co", "hold of me"),
    *("reach me", "contact form", "goes to me", "mail for", "address for", "e-mail"),
    *("[at]", "(at)", "(.)", "[dot]", "ana dash k", "رقم", "رقمك", "ra2mak", "ơ", "sđt"),
    *("không chín tám bảy sáu năm bốn ba hai", "your @", "ur @?", "p4ypal", "venm0", "ca$happ"),
    *("$kype", "t3legram"),
    *("d1sc0rd", "t3l3gr4m", "wh4tsapp", "in5tagram", "(/)", "[/]", " / ", "(.)com(/)in(/)"),
    *("linkedin(.)com(/)in(/)derya-kaya", "t [dot] me [slash] pixelnomad", "marco chiocciola"),
    *("libero punto it", "a còng", "chấm com", "małpa", "sa gmail tuldok com", "kropka pl"),
    *("my username here at gmail", "are you on telegram?", "send me your handle", "hai linkedin?"),
    *("vorrei scriverti lì", "do you have a personal email?", "the bird app", "@pixelnomad"),
]


# A finding behind each branch of a gate that is not a word of its groups (or is two words of
# two groups: "hold" with "me" or "my").
GATE_CASES = [
    "dm me @ana_k", "GB82 WEST 1234 5698 7654 32", "ana@okaxis", "ana at gmail dot com",
    "ana at mail d0t com", "call 0917 555 1234", "msg me on wattsap", "cash app $ana_k",
    "sort code 12-34-56", "Hauptstrasse 5, 10115 Berlin", "my id live:cid.7f3a1c9e2b",
    "ping @ana:matrix.org", "i'm @hedda@fosstodon.org", "chat with u/sable_scribbles",
    "get hold of me through my site, priyadata.co", "which email should i share the doc with?",
    "ana dash k at brightpath (.) com", "ana [at] pixelforge studio (.) com", "namba yako ya simu",
    "رقمك", "ektebli ra2mak", "em ơi không chín tám bảy sáu năm bốn ba hai", "what's your @?",
    "send 20 to p4ypal", "add me on $kype", "tomar email ta dao",
    "marco chiocciola libero punto it", "ivan sobaka yandex tochka ru", "anna małpa onet kropka pl",
    "lan a còng gmail chấm com", "jun sa gmail tuldok com", "my username here at gmail",
    "are you on telegram? send me your handle", "hai linkedin? vorrei scriverti lì",
    "do you have a personal email?", "linkedin(.)com(/)in(/)derya-kaya",
    "t [dot] me [slash] pixelnomad", "add me on d1sc0rd", "t3l3gr4m", "bird app @pixelnomad",
]  # fmt: skip


def test_the_gates_never_skip_a_detector_that_would_find_something() -> None:
    for text in GATE_CASES:
        assert detect_contacts(text), text
    for text in texts() + GATE_CASES:
        gates_change_nothing(text)

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(GATE_PIECES), max_size=10), st.sampled_from(" ,.\n"))
    def check(pieces: list[str], gap: str) -> None:
        gates_change_nothing(gap.join(pieces))

    check()


_CODE_PIECES = [
    "\n", " ", "\t", "x", "abc", ".", "(", ")", ";", " ;", "=>", "re.compile(", "regex(", "/^",
    "select ", "from ", "{", "def f(", "a = [", "return x", "print(", "import os", '"k": ',
    "// ", "const a =", "\r",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_CODE_PIECES), max_size=30))
def test_code_lines_are_the_matches_of_the_code_line_pattern(pieces: list[str]) -> None:
    """``_code_lines`` tries each branch of ``_CODE_LINE`` on its own, the second only with a
    mark of it in the line: the same spans as the whole pattern over the text."""
    text = "".join(pieces)
    assert _code_lines(text) == [match.span() for match in _CODE_LINE.finditer(text)]
