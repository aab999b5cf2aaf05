"""Off-platform payment: a payment service named as a way to pay outside ("pay me via PayPal", "Wise
me"), a service's name in look-alike letters ("P@yPal", "venm0"), an IBAN, a sort code, a UPI
handle, a cashtag or a crypto wallet; never a payment service named as the subject of the work
or a payment made through the marketplace."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations
from typing import Final

from trustdesk.textsafety import lexicon as lx
from trustdesk.textsafety.contact.apps import (
    _OTHER_PEOPLE,
    _POSSESSIVE,
    _former_story,
    _is_topic,
)
from trustdesk.textsafety.contact.gates import _LOOK_ALIKE_GATE
from trustdesk.textsafety.contact.phones import _DATE_LIKE, _MONEY_MARKS
from trustdesk.textsafety.contact.scan import (
    _CLAUSE_END,
    _CONCRETE,
    _NAMED,
    _NO_WORDS,
    _TOKENS,
    _after,
    _before,
    _disguised_names,
    _matches,
    _overlaps,
    _Scan,
)
from trustdesk.textsafety.lexicon import words

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
_LOOK_ALIKE_LETTERS: Final = str.maketrans("@4031$5|!", "aaoelssli")
_DISGUISED_SERVICES: Final = {
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
_LOOK_ALIKE_MARKS: Final = frozenset("@4031$5|!")


def _look_alike_fragments() -> frozenset[str]:
    """The runs of letters a disguised name leaves in the text's words, one or two of its
    letters written as look-alikes ("p@ypal" leaves "ypal", "t3legram" leaves "legram"), less
    the everyday words among them: no such run among the words, no disguised name."""
    runs: set[str] = set()
    for name in _DISGUISED_SERVICES:
        places = [index for index, letter in enumerate(name) if letter in "aoelsi"]
        for count in (1, 2):
            for chosen in combinations(places, count):
                masked = "".join(" " if i in chosen else c for i, c in enumerate(name))
                runs.update(run for run in masked.split() if len(run) >= 2)
    return frozenset(runs) - _EVERYDAY_RUNS


_EVERYDAY_RUNS: Final = words("app ca cash er gram le ne pay sh te tel what ll pp ber gr ts wh ze")
_LOOK_ALIKE_RUNS: Final = _look_alike_fragments()
# Somebody else who paid ("three of your customers paid through PayPal last quarter"): a
# bookkeeper's report, not a route.
_OTHER_PAYERS: Final = _OTHER_PEOPLE | words("clients donors subscribers vendors")
_PAID_VERBS: Final = words("paid pay pays sent send")
_PEOPLE_HERE: Final = words("me us you u i we i'll we'll ya")


def _others_paid(before: list[str]) -> bool:
    for index in range(len(before) - 1, 0, -1):
        if before[index] in _PAID_VERBS:
            return before[index - 1] in _OTHER_PAYERS and _PEOPLE_HERE.isdisjoint(before[index:])
    return False


def _find_look_alike_services(scan: _Scan) -> None:
    text = scan.text
    read = text.translate(_LOOK_ALIKE_LETTERS)
    for name, start, end in _disguised_names(text, read, _DISGUISED_SERVICES):
        if (
            not _LOOK_ALIKE_MARKS.isdisjoint(text[start:end])
            # (Not an address: "pay@pal.me.com" stays with the email rules.)
            and not text.startswith(".", end)
        ):
            kind, value = _DISGUISED_SERVICES[name]
            scan.add(kind, start, end, value, _NAMED)


def _find_payments(scan: _Scan) -> None:
    text = scan.text
    words = scan.words
    # (The gate's bit: a run of letters a disguised name leaves, ``_LOOK_ALIKE_RUNS``.)
    if scan.held & _LOOK_ALIKE_GATE and ("@" in text or "$" in text or scan.digit_count):
        _find_look_alike_services(scan)
    # (Each look at the words first: most messages name no payment at all.)
    if not words.isdisjoint(_OUTSIDE_MARKERS) and _outside_possible(scan):
        for match in _matches(_OUTSIDE_PAYMENT, text, scan.windows(_OUTSIDE_WORDS, 40, 60)):
            if _outside_move(scan, match):
                scan.add("offplatform_payment", match.start(), match.end(), "outside", _NAMED)
    if not words.isdisjoint(_PAYMENT_WORDS) or words >= _GOOGLE_PAY:
        _find_services(scan)
    # (In the shape, the IBAN's two letters before its digits are looked for first: two
    # substring tests cost far less than the hint's search, which tries every pair of digits.)
    iban_possible = scan.digit_count >= 12 and (
        (b"a00" in scan.shape or b"o00" in scan.shape)
        and _IBAN_SHAPE_HINT.search(scan.shape) is not None
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
    if _keeps_to_the_rules(wide_before, wide_after) or _former_story(wide_before, wide_after):
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
    if _keeps_to_the_rules(wide_before, wide_after) or _former_story(wide_before, wide_after):
        return ruled_out
    if _others_paid(before):
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
