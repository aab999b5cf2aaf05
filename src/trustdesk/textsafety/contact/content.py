"""Details that are the work's content, not a way to reach anyone: the hotline a voice-over reads
("re-record the tag: "Call 1-800-… today""), the client's number that goes on the flyer, a
shop's WhatsApp in an ad's footer, WhatsApp and PayPal as the subject of ads and bookkeeping,
an address given as an example in a data-cleaning brief.

``_resolve`` keeps ``without_work_content`` of the hits it would keep. The sender is never reached
through such a detail, so a hit is content only when nothing in its sentence outside quotation
marks says otherwise: no "me", "my", "us" or "our" (in the marketplace's languages) and no word
asking to call, reach or send through it."""

from __future__ import annotations

import re
from typing import Final

from trustdesk.textsafety.contact.scan import (
    _CONCRETE,
    _NAMED,
    _SENTENCE_END,
    _WORDS,
    _Hit,
    _overlaps,
    _Scan,
)
from trustdesk.textsafety.lexicon import words

# A quoted passage (a script, an ad's copy, a sentence to translate): long enough to be
# somebody's copy, not a lone detail in quotation marks. (Copies and the rows of a table below
# are the work's content in a text that mentions the work.)
_QUOTED = re.compile(
    r"\"[^\"\n]{12,600}\"|“[^”\n]{12,600}”|„[^“”\n]{12,600}[“”]|«[^»\n]{12,600}»"
    r"|「[^」\n]{6,600}」"
    # (Single quotation marks only where no letter touches them outside, "I'd … you're" being no
    # quote; one inside, "'RANGI'S MOBILE MECHANICS'", is an apostrophe.)
    r"|(?<![a-z])'(?:[^'\n]|'(?=[a-z])){12,600}'(?![a-z])"
)
# A row of a table ("Row 2: Bark Avenue | 02 9555 0142 | hello@…"): data, in a text about data.
_TABLE_ROW = re.compile(r"^[^\n]*\|[^\n]*\|[^\n]*", re.M)
# A line quoted from an earlier message ("> hi, call me back on …"): somebody else's words,
# already read when they were sent.
_REPLY_QUOTED = re.compile(r"^>[^\n]*", re.M)

# The things a freelancer makes that carry a business's details (a flyer, an ad, a script, a
# footer), and the records and books a data or bookkeeping job handles: the work, when a detail
# is placed in it. (An app in a brief about a logo is the work's; a wallet is the work's only
# in the books: "pay me on Bizum and I'll send the logo" is a way to be paid.)
_DELIVERABLES: Final = words("""
    flyer flyers footer header banner banners poster posters brochure billboard signage sticker
    stickers packaging thumbnail wrap mockup ad ads advert commercial promo jingle script
    voiceover record narrate narration announcer slogan tagline caption captions subtitles
    translate translation logo subtitle subtitles legenda legendas subtitulos description
    listing chapter character scene audiobook manuscript thesis
    acknowledgements
    anuncio anuncios propaganda cartaz panfleto folheto rodape volante folleto cartel guion
    roteiro locucao spot tangazo desain brosur spanduk iklan affiche depliant sprechertext
    werbung werbespot plakat fusszeile encabezado resume cv
    """)
_RECORDS: Final = words("""
    sheet spreadsheet csv excel leads crm database hoja planilha row rows column columns
    reconcile reconciliation rec conciliar concilia conciliacion conciliacao transactions
    transacciones transacoes miamala ledger bookkeeping quickbooks xero extrato extracto
    """)
_WORK_OBJECTS: Final = _DELIVERABLES | _RECORDS
_WORK_PHRASES = re.compile(
    r"\b(?:end card|lower thirds?|side panel|business cards?|quang cao|pied de page"
    r"|pie de pagina)\b"
)
_PHRASE_WORDS: Final = words("card cards third thirds panel cao page pagina")
#: The words ``without_work_content`` asks ``_Scan.words`` about (``detect._ASKED_WORDS``).
WORK_WORDS: Final = _WORK_OBJECTS | _PHRASE_WORDS
# The same in Japanese, Chinese and Korean: a sentence of copy, a translation, a flyer, an ad.
_WORK_IN_OTHER_SCRIPTS = re.compile(
    "一文|文言|翻訳|英語版|チラシ|広告|文案|翻译|传单|广告|광고|전단"
)
# Whose the detail is, or where it goes: a client's, a shop's; put it on, it goes on.
_PLACED: Final = words("""
    client clients customer customers shop store toko duka loja tienda brand company their
    restaurant truck salon clinic tenant patients users wateja clientes cliente
    put place goes insert paste cantumkan coloca coloque colocar poner pon pongo mettre mets
    einfugen taruh masukkan ilagay
    """)
# Words saying the detail is the sender's (or their business's: "call us", "our hotline"),
# asking to reach or send through it, or proposing to ("let's continue on WhatsApp").
_SENDERS: Final = words("""
    me my mine myself us our ours we mi mio mia mis meu minha mim mon ma mes mein meine
    meinen mir mich mera meri mere mujhe mujhse apna apni aku saya gue gw ku ako akin namin
    benim beni moj moja mnie nos nuestro nuestra nosso nossa notre nous uns unser unsere
    hamara hamari kami kita tayo
    call ring reach ping dm send dial llamame escribeme ligue chama appelle appelez anrufen
    let lets
    """)
# Words after which an address is an example of many ("e.g. john.smith@…", "emails like …"),
# alone or after other addresses ("e.g. a@x.com and A@X.com").
_EXAMPLE_MARKS: Final = ("e.g", "eg", "like", "such as", "z.b", "p.ej")
_LIST_JOINERS: Final = frozenset({"and", "or", "y", "et", "und", "."})
# How far a detail's sentence is read each way (a longer one is a list or a paste).
_SENTENCE_REACH: Final = 200


def without_work_content(scan: _Scan, hits: list[_Hit]) -> list[_Hit]:
    """``hits`` without those that are the work's content rather than a way to reach anyone."""
    text = scan.text
    replies = [match.span() for match in _REPLY_QUOTED.finditer(text)] if ">" in text else []
    mentions_work = _mentions_work_anywhere(scan)
    if not (mentions_work or replies or any(hit.kind == "email" for hit in hits)):
        return hits  # (the common case, told once for the message)
    copies: list[tuple[int, int]] = []
    if mentions_work and _has_quotes(text):
        copies += [match.span() for match in _QUOTED.finditer(text)]
    if mentions_work and "|" in text:
        copies += [match.span() for match in _TABLE_ROW.finditer(text)]
    return [
        hit
        for hit in hits
        if not _is_work_content(scan, hit, copies, replies, mentions_work=mentions_work)
    ]


def _is_work_content(
    scan: _Scan,
    hit: _Hit,
    copies: list[tuple[int, int]],
    replies: list[tuple[int, int]],
    *,
    mentions_work: bool,
) -> bool:
    text = scan.text
    quoted = _within(replies, hit.start) or _within(copies, hit.start)
    example = hit.rank == _CONCRETE and hit.kind == "email" and _an_example(text, hit.start)
    if not (mentions_work or quoted or example):
        return False  # (told before the sentence is read)
    start, end = _sentence(text, hit.start, hit.end)
    sentence = list(_WORDS.finditer(text, start, end))  # (read once for every test below)
    # (Paid "on PayPal" is paid to the one who says "I".)
    payee = hit.kind == "offplatform_payment"
    if _names_the_sender(scan, sentence, [*copies, *replies], payee):
        return False
    if quoted or example:
        return True  # (copies are looked for only in a text that mentions the work)
    words_of_sentence = [word.group() for word in sentence]
    if hit.rank == _NAMED:
        # An app or a service named in the same breath as ads, records or the books.
        if payee:
            return not _RECORDS.isdisjoint(words_of_sentence)
        return _mentions_work(text, start, end, words_of_sentence)
    # A detail stated or asked for: the work, and whose the detail is or where it goes, are
    # said in its sentence.
    return _mentions_work(text, start, end, words_of_sentence) and not _PLACED.isdisjoint(
        words_of_sentence
    )


def _an_example(text: str, start: int) -> bool:
    """Whether the address at ``start`` follows a word of ``_EXAMPLE_MARKS``, with nothing but
    other addresses and "and" or "," between."""
    window = text[max(0, start - 120) : start]
    for mark in _EXAMPLE_MARKS:
        at = window.rfind(mark)
        if at != -1 and (at == 0 or not window[at - 1].isalpha()):
            between = window[at + len(mark) :].replace(",", " ").split()
            if all("@" in piece or piece in _LIST_JOINERS for piece in between):
                return True
    return False


def _within(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start <= position < end for start, end in spans)


def _names_the_sender(
    scan: _Scan, sentence: list[re.Match[str]], cuts: list[tuple[int, int]], payee: bool
) -> bool:
    """Whether the words of ``sentence``, outside the spans ``cuts``, hold a word of
    ``_SENDERS`` (or "I", for a ``payee``); "US" in capitals is the country ("the US version")."""
    for word in sentence:
        found = word.group()
        if (found in _SENDERS or (payee and found == "i")) and not _overlaps(
            cuts, word.start(), word.end()
        ):
            if found == "us" and scan.original(word.start(), word.end()) == "US":
                continue
            return True
    return False


def _has_quotes(text: str) -> bool:
    return any(mark in text for mark in "\"'“„«「")


def _mentions_work_anywhere(scan: _Scan) -> bool:
    """``_mentions_work`` of the whole text, read from its asked words (``_Scan.words``, which
    hold every word of ``WORK_WORDS`` the text has)."""
    found = scan.words
    if not found.isdisjoint(_WORK_OBJECTS):
        return True
    if not found.isdisjoint(_PHRASE_WORDS):
        return _mentions_work(scan.text, 0, len(scan.text), scan.word_list)
    return _in_other_scripts(scan.text, 0, len(scan.text))


def _mentions_work(text: str, start: int, end: int, words_of_text: list[str]) -> bool:
    """Whether ``text[start:end]``, whose words are ``words_of_text``, names the work."""
    if not _WORK_OBJECTS.isdisjoint(words_of_text):
        return True
    # (The phrases' regex only where a word of theirs is.)
    if not _PHRASE_WORDS.isdisjoint(words_of_text) and _WORK_PHRASES.search(
        " ".join(words_of_text)
    ):
        return True
    return _in_other_scripts(text, start, end)


def _in_other_scripts(text: str, start: int, end: int) -> bool:
    # (Hangul, Japanese and Chinese letters lie above U+1100: ``max`` tells in C.)
    return (
        not text.isascii()
        and max(text[start:end], default=" ") >= "\u1100"
        and _WORK_IN_OTHER_SCRIPTS.search(text, start, end) is not None
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end``, read at most ``_SENTENCE_REACH`` characters each way."""
    opening = max(0, start - _SENTENCE_REACH)
    for cut in _SENTENCE_END.finditer(text, opening, start):  # (the last one is wanted)
        opening = cut.end()
    closing = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    return opening, closing.start() if closing else min(len(text), end + _SENTENCE_REACH)
