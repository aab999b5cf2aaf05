"""Physical addresses: a street address (a number with a street word, in the marketplace's
languages) offered as a place to meet or send to, never an address that is the work itself (a
listing, a form's example)."""

from __future__ import annotations

import re
from typing import Final

from trustdesk.textsafety import lexicon as lx
from trustdesk.textsafety.contact.gates import _STREET_GATE
from trustdesk.textsafety.contact.scan import _CONCRETE, _after, _before, _matches, _Scan
from trustdesk.textsafety.lexicon import words

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
    _find_vietnamese_streets(scan)
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
        if match.group().startswith("p") and _BOX_LEDGER.match(text, match.end()):
            continue
        followed = re.match(r"\s*,\s*[a-z]|\s*,?\s*(?:apt|suite|unit|floor|#|\d{5})", after)
        if not (before & _ADDRESS_CONTEXT or followed or match.group().startswith("p")):
            continue
        if _address_is_the_work(scan, match.start(), match.end()):
            continue
        value = re.sub(r"\s+", " ", match.group()).strip(" .,")
        scan.add("physical_address", match.start(), match.end(), value, _CONCRETE)


# An address that is what the work is about, not where to find the sender: a listing to
# describe ("4 bed, 2 bath, MLS #…"), a venue to draw a floor plan of, a dummy row to test a
# mail merge with, an example for a map ("ví dụ địa chỉ …", "por ejemplo"). Quiet only when
# no one near it is the sender or the reader ("my office", "come by", "nos vemos").
_ADDRESS_SUBJECT: Final = words("""
    listing listings realtor realty mls sqft hoa bed beds bath baths bedroom bedrooms
    property properties tenant tenants venue venues floorplan gala dummy placeholder
    placeholders example examples sample fake mock merge geocode geocoding
    ejemplo ejemplos exemplo exemplos exemple exemples beispiel contoh misal halimbawa
    ornek inmueble inmuebles imovel imoveis propiedad propiedades immobilier annonce anuncio
    anuncios
    """)
# An old record's address (a genealogy or history job): a record's word in the message and a
# year before 1950 near the address.
_ADDRESS_RECORDS: Final = words("""
    census censo recensement certificate certidao certificado acte baptism baptismal batismo
    bautismo bapteme parish registry register records record genealogy genealogia genealogie
    ancestor ancestors ancestry emigrated immigrated archive archives arquivo archivo
    """)
_OLD_YEAR = re.compile(r"\b1(?:[5-8]\d\d|9[0-4]\d)\b")
_ADDRESS_SUBJECT_WORDS: Final = _ADDRESS_SUBJECT | _ADDRESS_RECORDS
_ADDRESS_SUBJECT_PHRASES: Final = ("vi du", "can ho", "bat dong san", "e.g.", "floor plan")
_ADDRESS_PERSONAL: Final = words("""
    me my mine i i'm i'll i'd we we're we'll our ours us you your come visit meet meeting
    drop pick stop office studio home hotel live living stay staying ship deliver send
    mi mis mio nuestro nuestra nos te tu meu minha nosso nossa moi mon ma notre chez vous
    mera meri hamara aking namin ko saya kami aku toi minh em nha
    """)

# A meeting in person anywhere in the message makes any address in it the place to go.
_ADDRESS_MEET: Final = words("""
    meet meeting visit come drop pick vemos encontrar encontramos visitar venha ven voir
    rencontrer passez milte milo mil magkita kita ketemu bulusalim gap
    """)


def _address_is_the_work(scan: _Scan, start: int, end: int) -> bool:
    text = scan.text
    if _ADDRESS_SUBJECT_WORDS.isdisjoint(scan.word_list) and not any(
        phrase in text for phrase in _ADDRESS_SUBJECT_PHRASES
    ):
        return False
    if (
        not _ADDRESS_RECORDS.isdisjoint(scan.word_list)
        and _OLD_YEAR.search(text, max(0, start - 80), end + 40) is not None
    ):
        # "the 1901 census lists the family at 14 Main Street": a record, unless the words
        # before it are the sender's ("come to my office at …").
        return _ADDRESS_PERSONAL.isdisjoint(_before(text, start, count=5, reach=60))
    if not _ADDRESS_MEET.isdisjoint(scan.word_list):
        return False  # "can we meet at the venue? 1550 Mission St": the sender is going there
    near = _before(text, start, count=5, reach=60) + _after(text, end, count=4, reach=40)
    return _ADDRESS_PERSONAL.isdisjoint(near)


# A post office box that is a line of the books, not an address to send to ("the PO Box 4418
# rent was under Misc", "PO Box 4418 renewal fee").
_BOX_LEDGER = re.compile(
    r"\s+(?:rent|rental|fee|fees|renewal|charge|charges|payment|bill|invoice|expense|expenses"
    r"|subscription|key|keys|cost|costs)\b"
)
# A Vietnamese street address: a house number and a street, then the district or ward ("72 Lê
# Thánh Tôn, Quận 1", "15 Nguyễn Huệ, Phường Bến Nghé").
_VIETNAMESE_STREET = re.compile(
    r"\b\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?\s+(?:duong\s+|pho\s+)?[a-z]{2,}(?:\s[a-z]{2,}){0,3},\s*"
    r"(?:quan|phuong|huyen|q\.|p\.)\s*(?:\d{1,2}\b|[a-z]{2,})"
)
_VIETNAMESE_STREET_WORDS: Final = words("quan phuong huyen duong")


def _find_vietnamese_streets(scan: _Scan) -> None:
    if scan.words.isdisjoint(_VIETNAMESE_STREET_WORDS):
        return
    for match in _VIETNAMESE_STREET.finditer(scan.text):
        if _address_is_the_work(scan, match.start(), match.end()):
            continue
        value = re.sub(r"\s+", " ", match.group()).strip(" .,")
        scan.add("physical_address", match.start(), match.end(), value, _CONCRETE)
