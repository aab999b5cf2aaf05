"""Email addresses, plain or disguised ("name (at) mail [dot] com", "name at gmail", spelled out or
read aloud in the marketplace's languages), and requests for one ("what's your email?").

An address inside code, a placeholder ("you@example.com") or a system mailbox the marketplace
itself uses is not a contact route."""

from __future__ import annotations

import re
from typing import Final

from trustdesk.textsafety import lexicon as lx
from trustdesk.textsafety.contact.gates import _MAIL_GATE
from trustdesk.textsafety.contact.scan import (
    _ASKED,
    _CONCRETE,
    _NAMED,
    _SPACE,
    _WORDS,
    REQUEST,
    _matches,
    _Scan,
)
from trustdesk.textsafety.lexicon import words

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
# (Each word opens with its letter, which `re` skips ahead to, and looks back from there for the
# word's start: a pattern that opens with ``\b`` is tried at every character of the text.)
_PROVIDER_HANDLE = re.compile(
    r"(?:m(?<!\wm)(?:y|i|eu|on|era|eri)|o(?<!\wo)ur)\s+"
    r"(?P<provider>gmail|yahoo|hotmail|outlook|icloud|protonmail|proton)\s*"
    r"(?:id|address|account)?\s*(?P<link>is|:|=|-|es|e|est|hai)?\s*"
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
    _find_spelled_mail(scan)
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
# (Opening with each word's letter, as ``_PROVIDER_HANDLE`` does.)
_MAIL_BEST_FOR = re.compile(
    r"(?:b(?<!\wb)est|r(?<!\wr)ight|p(?<!\wp)referred|c(?<!\wc)orrect|g(?<!\wg)ood)\s+"
    + _MAIL_OBJECT
    + r"\s+for\s+"
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
                if not _placeholder_email(plain.group()) and not _not_a_mailbox(
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
            and not _not_a_mailbox(scan, match.start(), match.end(), value)
        ):
            scan.add("email", match.start(), match.end(), value, _CONCRETE)


def _find_name_here_mail(scan: _Scan) -> None:
    """Add an address given as the sender's name here at a mail provider."""
    words = scan.words
    if words.isdisjoint(_NAME_HERE_PROVIDERS) or words.isdisjoint(_NAME_HERE_WORDS):
        return
    text = scan.text
    for match in _matches(_NAME_HERE, text, scan.windows(_NAME_HERE_WORDS, 40, 70)):
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


# A test account's mark in its domain's labels ("sb-47x@business.example.com",
# "@staging-ourapp.dev"), in its local part off the public providers ("qa_tester_03@acme.io")
# or as its tag ("jane.doe+test1@"); and the domains of throwaway inboxes and of Apple's hidden
# relay, which no one hands out to be written to.
_TEST_ACCOUNT_PIECES: Final = words("test tester qa dummy fake sandbox staging example")
_TEST_ACCOUNT_SPLIT = re.compile(r"[._+-]|\d+")
_THROWAWAY_DOMAINS: Final = words("""
    mailinator.com yopmail.com guerrillamail.com 10minutemail.com temp-mail.org
    privaterelay.appleid.com
    """)


def _placeholder_email(value: str) -> bool:
    local, _, domain = value.partition("@")
    labels = domain.split(".")
    first = labels[0]
    return (
        domain in lx.PLACEHOLDER_EMAIL_DOMAINS
        or domain in _THROWAWAY_DOMAINS
        or local in lx.PLACEHOLDER_EMAIL_LOCALS
        or local in _MAIL_SYSTEM_LOCALS
        or labels[-1] in _MAIL_RESERVED_TLDS
        or (first in lx.PLACEHOLDER_EMAIL_HOSTS or first.startswith("your"))
        or _test_account(local, labels)
    )


def _test_account(local: str, labels: list[str]) -> bool:
    # (A QA engineer's own mailbox at a provider, "sandeep.qa.tester@gmail.com", is a person's.)
    if "+test" in local or not _TEST_ACCOUNT_PIECES.isdisjoint(
        _TEST_ACCOUNT_SPLIT.split(".".join(labels[:-1]))
    ):
        return True
    return labels[0] not in lx.MAIL_PROVIDERS and not _TEST_ACCOUNT_PIECES.isdisjoint(
        _TEST_ACCOUNT_SPLIT.split(local)
    )


# Addresses that are no one's mailbox: a handle after a word ("our IG is @lumaskin.ke", read as
# "is@lumaskin.ke"), an address on a private network's host ("alerts@noreply.acme.internal",
# "jenkins@ci.lan") and a login on a server ("ssh ubuntu@ec2-3-14.compute-1.amazonaws.com",
# "git@github.com:acme/site.git").
_PRIVATE_TLDS: Final = words("internal lan corp localdomain intranet home arpa svc intra priv")
_SYSTEM_LABELS: Final = words("noreply no-reply donotreply do-not-reply mailer-daemon bounce")
_LOGIN_BEFORE = re.compile(
    r"\b(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id|git\s+clone|git\s+remote\s+add\s+\w+|clone)"
    r"(?:\s+-{1,2}[a-z][\w=-]*(?:\s+\S+)?)*\s+\S*\Z"
)
_LOGIN_AFTER = re.compile(r":[~/\w]")


def _not_a_mailbox(scan: _Scan, start: int, end: int, value: str) -> bool:
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
    if labels[-1] in _PRIVATE_TLDS or not _SYSTEM_LABELS.isdisjoint(labels[:-1]):
        return True
    return (
        _LOGIN_AFTER.match(text, end) is not None
        or _LOGIN_BEFORE.search(text, max(0, start - 60), start) is not None
    )


# Emails with their marks spelled out as words the patterns above do not read: a dash or an
# underscore ("accounts at brightpath dash tutoring dot co dot uk", "john underscore doe at
# gmail dot com"), or a name of two words between a bracketed "at" and "dot" ("ana [at]
# pixelforge studio [dot] com (without the space)").
_SPELLED_JOINERS: Final = words("dash hyphen underscore")
# Words that end a sentence's "... at" and start no mailbox ("email me at ...").
_NOT_A_LOCAL: Final = words("""
    me us you him her them it is are was be here there i we they he she this that and or but
    the a an available
    """)
_SPELLED_MAIL_PIECE = r"[a-z0-9]+"
_SPELLED_MAIL_JOIN = r"(?:\s(?:dash|hyphen|underscore|dot)\s|[._-])"
_SPELLED_MAIL = re.compile(
    rf"(?<![a-z0-9._-])(?P<local>{_SPELLED_MAIL_PIECE}(?:{_SPELLED_MAIL_JOIN}{_SPELLED_MAIL_PIECE})"
    r"{0,4})\s(?:at|arroba|@|[\[({<]\s?(?:at|@)\s?[\])}>])\s"
    rf"(?P<domain>{_SPELLED_MAIL_PIECE}(?:(?:\s(?:dash|hyphen)\s|-){_SPELLED_MAIL_PIECE}){{0,3}})"
    r"(?P<rest>(?:\s(?:dot|[\[({<]\s?(?:dot|\.)\s?[\])}>])\s[a-z]{2,24}){1,3})\b"
)
_BRACKETED_MAIL = re.compile(
    rf"(?<![a-z0-9._-])(?P<local>{_SPELLED_MAIL_PIECE}(?:[._-]{_SPELLED_MAIL_PIECE}){{0,3}})"
    r"\s?[\[({<]\s?(?:at|@)\s?[\])}>]\s?"
    rf"(?P<domain>{_SPELLED_MAIL_PIECE}(?:\s{_SPELLED_MAIL_PIECE}){{1,2}})"
    r"(?P<rest>(?:\s?[\[({<]\s?(?:dot|\.)\s?[\])}>]\s?[a-z]{2,24}){1,3})\b"
)
# A bracketed "at" ("[at]", "(at)", "{at}", "<at>"), found from its literal "at".
_BRACKETED_AT = re.compile(r"at(?:(?<=[\[({<]at)|(?<=[\[({<]\sat))\s?[\])}>]")
_SPELLED_MAIL_WORD_MARKS: Final = {
    " dash ": "-",
    " hyphen ": "-",
    " underscore ": "_",
    " dot ": ".",
}
_BRACKETED_MAIL_MARKS = re.compile(r"\s?[\[({<]\s?(?:dot|\.)\s?[\])}>]\s?|\sdot\s")


def _find_spelled_mail(scan: _Scan) -> None:
    words = scan.words
    if "at" not in words:
        return  # (every form below holds the word "at")
    text = scan.text
    spelled = not words.isdisjoint(_SPELLED_JOINERS)
    bracketed = _BRACKETED_AT.search(text) is not None
    if not (spelled or bracketed):
        return
    for pattern, wanted in ((_SPELLED_MAIL, spelled), (_BRACKETED_MAIL, bracketed)):
        if not wanted:
            continue
        for match in pattern.finditer(text):
            local = match.group("local")
            domain = match.group("domain")
            for mark, joiner in _SPELLED_MAIL_WORD_MARKS.items():
                local = local.replace(mark, joiner)
                domain = domain.replace(mark, joiner)
            domain = domain.replace(" ", "")
            tlds = [part for part in _BRACKETED_MAIL_MARKS.split(match.group("rest")) if part]
            top_level = tlds[-1]
            if local in _NOT_A_LOCAL or not (
                top_level in lx.COMMON_TLDS or top_level in lx.SPELLED_EMAIL_TLDS
            ):
                continue
            value = f"{local}@{'.'.join([domain, *tlds])}"
            if not _placeholder_email(value):
                scan.add("email", match.start(), match.end(), value, _CONCRETE)


# The local words for "at" and "dot" a sender reads an address aloud with: Italian
# "chiocciola", Russian "sobaka"/"tochka", Polish "małpa"/"kropka" (folded to "malpa"),
# Vietnamese "a còng"/"chấm", Dutch "apenstaartje"/"punt", German "punkt", Turkish "nokta",
# Indonesian "titik", Tagalog "tuldok", English "(at sign)"/"(period)". One of them must be in
# the address: the plain "at" and "dot" are ``_EMAIL``'s.
_AT_WORDS: Final = words("chiocciola sobaka sobachka malpa apenstaartje cong sign")
_DOT_WORDS: Final = words("punkt punt tochka kropka nokta titik tuldok cham period")
_READ_ALOUD_MAIL_WORDS: Final = _AT_WORDS | _DOT_WORDS
_DOT_WORD = r"(?:punkt|punto|punt|tochka|kropka|nokta|titik|tuldok|cham|point|ponto|dot|period)"
_DOT_JOIN = rf"(?:\s*[\[({{<]\s*(?:{_DOT_WORD}|\.)\s*[\])}}>]\s*|\s+{_DOT_WORD}\s+|\.)"
_AT_WORD = (
    r"(?:chiocciola|sobaka|sobachka|malpa|apenstaartje|a\s+cong|at\s+sign|arroba|arobase|at"
    r"|et|sa|@)"
)
_READ_ALOUD_ADDRESS = re.compile(
    r"(?<![a-z0-9._-])(?P<local>[a-z0-9][a-z0-9._-]{0,40}"
    rf"(?:\s+{_DOT_WORD}\s+[a-z0-9][a-z0-9_-]{{0,30}}){{0,2}})"
    rf"(?:\s*[\[({{<,]\s*{_AT_WORD}\s*[\])}}>,]\s*|\s+{_AT_WORD}\s+|\s?@\s?)"
    rf"(?P<domain>[a-z0-9][a-z0-9-]{{0,40}}(?:{_DOT_JOIN}[a-z0-9-]{{2,20}}){{1,3}})"
    r"(?![a-z0-9@])"
)
_SPLIT_DOTS = re.compile(rf"{_DOT_JOIN}")
_TOP_DOMAINS: Final = words("""
    com net org info biz io co me dev app eu de ru pl it fr es pt br nl be ch at tr id ph vn in
    pk uk ua by kz mx ar cl pe uy ng ke za eg ma sa ae jp kr cn tw hk sg my th au nz ca us
    """)

# "my username here at gmail", "mon nom ici, chez orange point fr": the address is the name the
# sender has here, at a mail provider (found only with a word for "here" and a provider's).
_NAME_HERE_WORDS: Final = words("here ici aqui daqui aca sini dito yahan burada")
_NAME_HERE_PROVIDERS: Final = words("""
    gmail googlemail yahoo ymail hotmail outlook icloud protonmail proton gmx laposte orange
    yandex aol mail posteo web wp onet libero
    """)
_NAME_HERE = re.compile(
    r"\b(?:my|mi|mon|meu|minha|mera|mine)\s+(?:(?:user\s?name|display\s+name|handle|name|nom"
    r"|nome|nombre|usuario|username)\s+)(?:(?:on|from|in|de|d'|da|do)\s*)?"
    r"(?:here|ici|aqui|daqui|aca|sini|dito|yahan|burada)\b"
    r"[^.!?\n]{0,40}?(?:@|\b(?:at|chez|arroba|sa|di|em|en|et)\b)\s*(?:the\s+|that\s+)?"
    r"(?P<provider>gmail|googlemail|yahoo|ymail|hotmail|outlook|icloud|protonmail|proton|gmx"
    r"|laposte|orange|yandex|aol|posteo|web|wp|onet|libero)\b"
)


def _find_read_aloud_mail(scan: _Scan) -> None:
    """Add the addresses read aloud with a local word for "at" or "dot" (a few words asked)."""
    if scan.words.isdisjoint(_READ_ALOUD_MAIL_WORDS):
        return
    text = scan.text
    for match in _matches(_READ_ALOUD_ADDRESS, text, scan.windows(_READ_ALOUD_MAIL_WORDS, 90, 70)):
        if not _READ_ALOUD_MAIL_WORDS.intersection(_WORDS.findall(match.group())):
            continue
        local_pieces = _SPLIT_DOTS.split(match.group("local"))
        domain_pieces = _SPLIT_DOTS.split(match.group("domain"))
        if (
            domain_pieces[-1] not in _TOP_DOMAINS
            or local_pieces[0] in _EMAIL_STOPWORDS
            or any(piece in _EMAIL_STOPWORDS for piece in domain_pieces[:-1])
        ):
            continue
        value = ".".join(local_pieces) + "@" + ".".join(domain_pieces)
        scan.add("email", match.start(), match.end(), value, _CONCRETE)
