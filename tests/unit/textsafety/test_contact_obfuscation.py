"""Phone numbers and email addresses disguised to slip past a filter, and their look-alikes.

Numbers read out in words of many languages (in pairs too: "douze, trente-quatre"), digits
typed one by one around dots and slashes, look-alike letters and digit words glued to digits,
local numbers named by a phone word; addresses with "{at}", "at the rate", "chez … point",
look-alike digits and hyphen-spaced letters. Each rule has innocent text it must stay quiet on.
"""

from __future__ import annotations

import pytest

from tests.unit.textsafety.test_phone_windows import _holds
from tests.unit.textsafety.test_request_guards import (
    _hint_inside,
    phone_context_holds_around_numbers,
    phone_runs_in_shape,
)
from trustdesk.textsafety.contact import detect_contacts
from trustdesk.textsafety.contact.detect import _scan
from trustdesk.textsafety.contact.emails import _EMAIL, _EMAIL_HINT, _HIDDEN_EMAIL_HINT
from trustdesk.textsafety.contact.phones import (
    _NUMERIC_RUN,
    _judge_run,
    _plainly_not_a_phone,
    _split_run,
    _token_digits,
)
from trustdesk.textsafety.normalize import normalize


def kinds_in(text: str) -> set[str]:
    return {finding.kind for finding in detect_contacts(text)}


# (label, text, the kind that must be found)
PHONES: list[tuple[str, str]] = [
    # Read out in pairs
    (
        "french pairs",
        "Mon portable : zéro sept, vingt-deux, quarante et un, soixante-treize, "
        "quatre-vingt-dix-neuf",
    ),
    (
        "french pairs with eighty",
        "appelez-moi au zéro six, onze, quinze, soixante-dix, quatre-vingts",
    ),
    ("french pairs split by dots", "tel perso : zéro six . douze . trente-quatre . cinquante-six"),
    (
        "spanish pairs",
        "Mi número: cinco cinco, veintitrés, cuarenta y cinco, sesenta y siete, ochenta y nueve",
    ),
    (
        "portuguese pairs",
        "meu número é onze, nove, oitenta e sete, sessenta e cinco, quarenta e três, vinte e um",
    ),
    ("english teens and tens", "my number is nine one seven, five five five, twelve, thirty-four"),
    (
        "brazilian area code as a word",
        "meu zap é onze nove nove oito sete seis cinco quatro três dois",
    ),
    # Indonesian and German words
    (
        "indonesian words",
        "WA aku ya kak: nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol",
    ),
    (
        "indonesian words with kosong and dashes",
        "hubungi saya di kosong delapan lima tujuh - satu satu dua dua - tiga tiga empat empat",
    ),
    ("indonesian words and digits", "nomor hp: 0812 tiga empat lima enam 7890"),
    (
        "indonesian words split by emoji",
        "nol delapan satu tiga 🔹 dua dua empat lima 🔹 enam tujuh",
    ),
    ("german words then digits", "Am besten telefonisch: null-eins-sieben-null / 44 29 18 3"),
    # Words in groups separated by commas
    (
        "english groups after my line",
        "my line is zero eight zero three, one two three, four five six",
    ),
    ("spanish groups", "llámame: seis uno dos, tres cuatro cinco, seis siete ocho"),
    ("portuguese groups", "cel: nove nove, oito sete, seis cinco, quatro tres, dois um"),
    ("one word said again", "mine is 212 five five five 0 1 8 7, text me"),
    # Digits and words glued together
    ("glued english words", "txt me 0917five55 12three4 after lunch"),
    ("glued words with whatsapp", "whatsapp 98seven6 54three2 10"),
    ("glued words three groups", "hit me up 4one5 5five5 0one2three"),
    # Digits typed one by one, grouped by slashes and dots
    ("uk digits around slashes", "+44 7 9 1 1 / 1 2 3 / 4 5 6"),
    ("brazil digits around slashes", "+55 1 1 / 9 8 7 6 5 / 4 3 2 1"),
    ("french digits around dots", "tel: 0 6 . 1 2 . 3 4 . 5 6 . 7 8"),
    ("portuguese digits around dots", "ligue pra mim: 1 1 . 9 8 7 6 5 . 4 3 2 1"),
    ("indian digits around a slash", "phone: 9 8 7 6 5 / 4 3 2 1 0"),
    ("star emoji between groups", "0 8 1 2 ⭐ 3 4 5 6 ⭐ 7 8 9 0 wa aja kak"),
    ("keycap pairs", "tel 0️⃣6️⃣ 1️⃣2️⃣ 3️⃣4️⃣ 5️⃣6️⃣ 7️⃣8️⃣"),
    # Look-alike letters
    ("o, l and s inside", "cp: O9l7 5S5 l234"),
    ("international with look-alikes", "reach me +44 79l1 l23 4S6"),
    ("nigerian with look-alikes", "mob: O8O3 l23 4S67"),
    ("tagalog po with look-alikes", "number ko po 0917 l23 4S67"),
    # Local numbers that a phone word names
    ("portuguese ligar-me", "Pode ligar-me para o 935 123 456 depois das 18h"),
    ("french appelle-moi", "Appelle-moi : 07 81 22 93 40"),
    ("indonesian telp", "telp aja ke 0813 2233 4455"),
    ("indonesian no hp", "no hp aku 0857-1122-3344"),
    ("spanish mobile by the pair", "Llámame al 612 34 56 78 cuando puedas"),
    ("bizum to a spanish mobile", "bizum al 612 34 56 78 y listo"),
    ("wave to a senegalese mobile", "Wave au 77 612 34 56 stp"),
    ("wallet account", "JazzCash account 0301 2345678 pe bhej dein"),
    ("tagalog po before the number", "GCash ko po 0917 123 4567"),
    ("tagalog po and a colon", "text niyo na lang po ako, heto po: 0 9 one 7 - 5 5 5 - 2 3 4 8"),
    ("my line with a colon", "my line: 0803 555 1212"),
    ("office line typed apart", "My office line is 2 1 4 . 5 5 5 . 0 1 6 6, call after 9"),
]

EMAILS: list[tuple[str, str]] = [
    ("curly at and dot", "kaycee{at}brightleaf{dot}studio"),
    ("bracketed with a new top-level domain", "mail: ana.lopez [at] estudio-sol [dot] design"),
    ("new top-level domain in brackets", "kontakt: lina(at)wolke-sieben(dot)agency"),
    ("at the rate", "priya.menon at the rate yahoo dot co dot in"),
    ("at the rate of", "mera email: vikram_22 at the rate of gmail.com"),
    ("at the rate in brackets", "Email: raj.k89 (at the rate) gmail.com"),
    ("@the rate", "email id: sunil.verma@the rate gmail.com"),
    ("at the rate rediffmail", "mail karo: aditi.sharma at the rate rediffmail dot com"),
    ("chez and point", "écrivez-moi : claire.dubois chez free point fr"),
    ("chez with digits", "mon mail perso c'est j.martin75 chez laposte point net"),
    ("chez gmail", "écris-moi sur marc.olivier chez gmail point com"),
    ("look-alike digits", "h4rry.p0tter at 0utl00k d0t c0m"),
    ("look-alike digits with @", "mail: j0hn.d0e @ gmai1 . c0m"),
    ("look-alike provider only", "sam.k at gma1l dot com"),
    ("hyphen-spaced letters", "email: s-a-r-a-h.l-e-e @ y-a-h-o-o . c-o-m"),
    ("hyphen-spaced letters in brackets", "m-a-r-c-o [at] h-o-t-m-a-i-l [dot] c-o-m"),
    ("hyphen-spaced top-level domain", "joao.traducoes arroba gmail ponto c-o-m"),
    ("plain new top-level domain", "contact: nadia@nk-creative.agency"),
]

# Innocent text, next to each rule: nothing may be found.
NEGATIVES: list[tuple[str, str]] = [
    # Numbers in pairs, words for digits
    ("tens in a list", "Sizes: twenty, thirty, forty, fifty, sixty, seventy"),
    ("scores in words", "scores were seventy-five, eighty, ninety-two, sixty-one and fifty"),
    ("spanish chapters", "Capítulos doce, trece, catorce, quince y dieciséis"),
    ("french pages", "il reste douze, treize, quatorze, quinze pages"),
    ("french durations", "Quinze jours, douze heures, trente minutes"),
    ("french around the clock", "vingt-quatre heures sur vingt-quatre, sept jours sur sept"),
    ("portuguese counts", "cinquenta e cinco páginas, vinte e duas imagens"),
    ("spanish revisions", "dos, tres, cuatro, cinco, seis, siete, ocho revisiones"),
    ("urdu dua", "Aap ki dua chahiye, teen din mein kaam ho jayega"),
    ("indonesian words in prose", "stok kosong, tinggal dua tiga hari lagi kak"),
    ("indonesian budget", "Budget is 1 500 000 IDR, tiga revisi, dua minggu"),
    ("null values", "null, null, null, 1, 2, 3, 4 in the column"),
    ("english words and digits", "two 3-hour calls a week, five pages at $20, 1200 words each"),
    # Look-alike letters and glued words
    ("decades", "music from the 1990s 2000s and 2010s"),
    ("decades with commas", "hits of the 70s, 80s, 90s, 2000s"),
    ("glued slang", "24seven support, 2do piso, 4ever young"),
    ("plural numbers", "we shipped 12s 34s 56s"),
    ("sku with letters", "The SKU is 4S67-09L8-2345"),
    # Digits spaced around dots and slashes
    ("ratings", "ratings: 4 . 5 / 4 . 8 / 4 . 2 / 4 . 9"),
    ("numbered steps", "1 . 2 . 3 . 4 . 5 . 6 . 7 . 8 steps"),
    ("spaced ip address", "IP 10 . 0 . 0 . 1 / 24 on the VPN"),
    ("version list", "versions 1.2.3 / 1.2.4 / 1.3.0 all need the patch"),
    ("spaced tracking number", "Tracking: 9 4 0 0 1 1 1 8 9 9 2 2 3 4 5 6 7 8 9 0"),
    # Words that usually say "not a phone"
    ("line of a log", "error at line 20240512 in the log"),
    ("purchase order", "Attach PO 0917 5551 234 to the invoice"),
    ("account in an export", "account 0300 1234567 in the CRM export is a duplicate"),
    # An id, then a number word of the next clause
    ("id then a sentence", "Pixel id 739201846. Five events fire twice on checkout"),
    ("id then a clause", "GA4 property 312847761, two tags and three triggers"),
    # Email look-alikes
    (
        "at the rate of a fee",
        "Freelancers are paid at the rate agreed in the contract, see upwork.com",
    ),
    ("at the rate you suggested", "we are available at the rate you suggested, see studio.design"),
    ("chez at home", "Je suis chez moi point barre, on en reparle demain"),
    ("chez an employer", "Je travaille chez Orange point com depuis 2019"),
    ("chez a person", "I'm chez Paul right now"),
    ("apply at a careers site", "apply at careers dot acme dot com"),
    ("gmail inbox as the work", "Main task would be cleaning up my Gmail inbox and labels"),
    ("gmail account settings", "my gmail account settings need 2FA"),
    ("portuguese example address", 'Exemplo do seed: {"email": "teste@exemplo.com.br"}'),
    ("spanish example address", "usa usuario@ejemplo.com como correo de prueba en el formulario"),
    ("indonesian example address", "contoh: nama@contoh.com di form pendaftaran"),
    ("a brand's site", "our brand page is lunastudio.design"),
    ("look-alike digits in prose", "Ema1l marketing d0t campaign at 5pm"),
]


@pytest.mark.parametrize(("label", "text"), PHONES, ids=[case[0] for case in PHONES])
def test_finds_disguised_phone_numbers(label: str, text: str) -> None:
    assert "phone" in kinds_in(text), label


@pytest.mark.parametrize(("label", "text"), EMAILS, ids=[case[0] for case in EMAILS])
def test_finds_disguised_email_addresses(label: str, text: str) -> None:
    assert "email" in kinds_in(text), label


@pytest.mark.parametrize(("label", "text"), NEGATIVES, ids=[case[0] for case in NEGATIVES])
def test_stays_quiet_on_their_innocent_look_alikes(label: str, text: str) -> None:
    assert detect_contacts(text) == [], label


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        (
            "Mon numéro : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
            "0612345678",
        ),
        ("zéro six, douze, quatre-vingt-quatre, cinquante-sept, trente-neuf", "0612845739"),
        ("numero: cero cinco, treinta y cuatro, veintidós, noventa y uno, dieciocho", "0534229118"),
        ("tel : zéro six, quatre-vingt-dix-neuf, soixante et onze, vingt et un, dix", "0699712110"),
        ("call 07two2 6one8 44seven", "0722618447"),
        ("+234 8O3 l23 4S67", "2348031234567"),
        ("+34 6 1 2 / 3 4 5 / 6 7 8", "34612345678"),
    ],
)
def test_a_disguised_number_reads_as_its_digits(text: str, digits: str) -> None:
    values = [finding.value.lstrip("+") for finding in detect_contacts(text)]
    assert any(value.endswith(digits[-9:]) for value in values), values
    assert detect_contacts(text)[0].kind == "phone"


@pytest.mark.parametrize(
    ("token", "digits", "kind"),
    [
        ("douze", "12", "pair"),
        ("trente-quatre", "34", "pair"),
        ("soixante et onze", "71", "pair"),
        ("soixante-dix-huit", "78", "pair"),
        ("quatre-vingts", "80", "pair"),
        ("quatre-vingt-douze", "92", "pair"),
        ("treinta y cuatro", "34", "pair"),
        ("vinte e um", "21", "pair"),
        ("thirty four", "34", "pair"),
        ("veintidos", "22", "pair"),
        ("07two2", "0722", "glued"),
        ("6one8", "618", "glued"),
        ("4s67", "4567", "letters"),
        ("o9l7", "0917", "letters"),
        ("delapan", "8", "word"),
        ("dua", "2", "ambiguous"),
    ],
)
def test_each_token_of_a_run_reads_as_its_digits(token: str, digits: str, kind: str) -> None:
    assert _token_digits(token) == (digits, kind)


def _texts() -> list[str]:
    every = [text for _, text in PHONES + EMAILS + NEGATIVES]
    return [normalize(text).text for text in every]


def test_every_numeric_run_with_six_digits_has_the_phone_run_shape() -> None:
    """Letters that stand for digits ("s" among them) never break the shape's phone runs."""
    assert phone_runs_in_shape(_texts())
    for text in _texts():
        if text.isascii():
            _holds(text)


def test_every_disguised_address_is_found_where_a_hint_is() -> None:
    matched = 0
    for text in _texts():
        for match in _EMAIL.finditer(text):
            matched += 1
            assert any(
                _hint_inside(hint, text, match) for hint in (_EMAIL_HINT, _HIDDEN_EMAIL_HINT)
            ), match.group()
    assert matched >= len(EMAILS)


def test_a_number_turned_down_plainly_is_turned_down_by_the_judge() -> None:
    for text in _texts():
        scan = _scan(text)
        for match in _NUMERIC_RUN.finditer(scan.text):
            if len(match.group()) >= 7 and _plainly_not_a_phone(scan, match, match.group()):
                assert all(_judge_run(scan, run) is None for run in _split_run(match)), text


COMPOUND_WORDS = [
    *("ligar-me", "appelle-moi", "m-pesa", "call-me", "text-me", "me-liga", "x-ray", "re-call"),
    *("ligar", "phone", "smartphone", "x" * 55, "calls", "a-b", "x" * 23),
]


def test_the_phone_context_shortcut_reads_compound_words_as_the_words_do() -> None:
    phone_context_holds_around_numbers(COMPOUND_WORDS)
