"""Social profiles and personal sites offered as a contact route: handles ("@ana_k on insta", "u/…",
a fediverse or Bluesky handle), profile links with their dots and slashes hidden, and a personal
site or contact form offered to talk outside the marketplace."""

from __future__ import annotations

import re
from typing import Final

from trustdesk.textsafety import lexicon as lx
from trustdesk.textsafety.contact.apps import (
    _MOVE_TO,
    _MOVE_VERBS,
    _POSSESSIVE,
    _POSTPOSED_POSSESSIVE,
    _SOCIAL_PREPOSITIONS,
    _same_as_here,
    _third_party,
)
from trustdesk.textsafety.contact.links import _known_host
from trustdesk.textsafety.contact.scan import (
    _ASKED,
    _CONCRETE,
    _NAMED,
    _NO_WORDS,
    REQUEST,
    _after,
    _before,
    _matches,
    _merge,
    _Scan,
)
from trustdesk.textsafety.lexicon import words

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
        for details in _MY_DETAILS.finditer(text):
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
_MY_DETAILS = re.compile(
    r"\bmy contact\s+(?:details|info|information|data)\s+(?:are|is)\s+(?:all\s+)?(?:at|on|in)\b"
)
# The "@" itself asked for: "drop ur @ on insta", "what's your @?", "pásame tu @".
_YOUR_AT = re.compile(
    r"\b(?:your|ur|yr|tu|teu|seu|sua|ton|votre)\s+@(?=\s*(?:$|[?.!,)]|(?:on|in|de|da|do|no|na"
    r"|sa|pls|please|so|and|or|i|i'll|y|e|et)\b))"
)
# A business's own account as the work ("our IG is @sunbrew.co, 9k followers, audit the
# posts", "uploaded 3 videos to your TikTok @cafe.lumo"): "our" or "your" before the network,
# words of the account's work in the message, and nobody asked to write to it.
_BUSINESS_OWNERS: Final = words("""
    our your ur nuestro nuestra nuestros vuestro su nosso nossa seu sua notre votre
    """)
_ACCOUNT_WORK: Final = words("""
    followers follower posts post reel reels views likes comments engagement audit stories
    story uploaded posted published scheduled replied content grid highlights impressions
    seguidores publicaciones publicacoes abonnes pengikut
    """)
_REACH_US = re.compile(
    r"\b(?:dm|dms|message|msg|contact|text|write\s+to|ping|hit|find|add|reach)\s+(?:me|us)\b"
    r"|\bescr[ií]b[ea](?:me|nos)\b|\bme\s+(?:chama|escreve)\b"
)
# A network added to a document ("add LinkedIn to my CV", "do I add LinkedIn as well?" about
# a resume): the thing added, not the sender's profile.
_NETWORK_ADDED_TO: Final = words("add adding include including put list")
_NETWORK_DOCUMENTS: Final = words("""
    resume resumes cv cvs header footer signature bio template portfolio section letterhead
    card cards curriculum
    """)


_YOURS: Final = words("your ur yr tu teu seu sua ton votre")
_YOUR_AT_REACH: Final = 8


def _find_your_at(scan: _Scan) -> None:
    """The "@" asked for: only an "@" after a space and before no handle is tried."""
    text = scan.text
    position = text.find(" @")
    while position != -1:
        following = text[position + 2 : position + 3]
        if not (following.isalnum() or following == "_"):
            low = max(0, position - _YOUR_AT_REACH)
            asked = _YOUR_AT.search(text, low, min(len(text), position + 16))
            if asked is not None:
                scan.add("social_profile", asked.start(), asked.end(), REQUEST, _ASKED)
        position = text.find(" @", position + 2)


def _business_account(scan: _Scan, before: list[str]) -> bool:
    if not before or before[-1] not in _BUSINESS_OWNERS:
        return False
    if scan.words.isdisjoint(_ACCOUNT_WORK):
        return False
    # (Asking to be written to needs a "me" or an "us"; the pattern runs only where one is.)
    text = scan.text
    if "me" not in scan.words and "us" not in text and "escr" not in text and "cham" not in text:
        return True
    return _REACH_US.search(text) is None


def _added_to_a_document(scan: _Scan, before: list[str]) -> bool:
    if not before or before[-1] not in _NETWORK_ADDED_TO:
        return False
    return not scan.words.isdisjoint(_NETWORK_DOCUMENTS)


# A count written as one ("1.2k", "340", "12,5m"), never a handle.
_A_COUNT = re.compile(r"[\d.,]+[km]?")


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
    if "@" in text and not words.isdisjoint(_YOURS):
        _find_your_at(scan)
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
        if _added_to_a_document(scan, before):
            continue
        handle = _SOCIAL_HANDLE_AFTER.match(text, match.end())
        if handle is not None:
            name = handle.group("handle") or handle.group("bare") or ""
            if name not in {"is", "the", "my", "me", "and", "or", "for", "profile", "page"} and (
                _A_COUNT.fullmatch(name) is None  # "Stories on IG: 1.2k": a figure
            ):
                if _business_account(scan, before):
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
            _same_as_here(scan, match.end())
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
            if _business_account(scan, before):
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


# A profile or chat link with its dots and slashes hidden: "linked in . com / in / tunde -
# adeyemi", "linkedin(.)com(/)in(/)derya-kaya", "insta gram [.] com / atelier", "t [dot] me
# [slash] pixelnomad", "discord dot gg slash: b a c k e n d". (The plain and the evenly spelled
# forms are ``_find_links``' and ``_PROFILE_SPELLED_LINK``'s; this one needs a space or a
# bracket where the link has none.)
_HIDDEN_LINK_SITES: Final = words(
    "linkedin linked instagram insta tiktok tik facebook face twitter t wa discord"
)
_LINK_DOT = r"\s*(?:\(\s*(?:\.|dot)\s*\)|\[\s*(?:\.|dot)\s*\]|\.|dot)\s*"
_LINK_SLASH = r"\s*(?:\(\s*/\s*\)|\[\s*(?:/|slash)\s*\]|/|slash)\s*:?\s*"
_HIDDEN_LINK = re.compile(
    r"(?<![a-z0-9'])(?P<site>linked\s?in|insta\s?gram|tik\s?tok|face\s?book|twitter|t|wa"
    rf"|discord){_LINK_DOT}(?P<tld>com|me|gg){_LINK_SLASH}"
    rf"(?:in{_LINK_SLASH})?@?"
    r"(?P<handle>(?:[a-z0-9]\s){2,}[a-z0-9](?:\s?-\s?(?:[a-z0-9]\s)+[a-z0-9])*"
    r"|[a-z0-9_]+(?:\s?[-_.]\s?[a-z0-9_]+)*)"
)
_CHAT_HOSTS: Final = {("t", "me"), ("wa", "me"), ("discord", "gg")}


def _find_hidden_links(scan: _Scan) -> None:
    """Add the profile and chat links written with hidden dots and slashes."""
    words = scan.words
    if words.isdisjoint(_HIDDEN_LINK_SITES):
        return
    text = scan.text
    # (A hidden slash is spelled, bracketed or spaced: "a/b" alone is a plain link or none.)
    if not ("slash" in words or " / " in text or "(/)" in text or "[/]" in text):
        return
    # (Each link opens with the site's name: matched there, not searched for in a window.)
    for site_start, _site_end in scan.windows(_HIDDEN_LINK_SITES, 0, 0):
        match = _HIDDEN_LINK.match(text, site_start)
        if match is None:
            continue
        link = match.group()
        if " " not in link and "[" not in link and "(" not in link and "dot" not in link:
            continue  # a plain link, found as one
        site = match["site"].replace(" ", "")
        host = (site, match["tld"])
        if host in _CHAT_HOSTS:
            kind = "messaging_app"
        elif match["tld"] == "com" and site not in {"t", "wa", "discord"}:
            kind = "social_profile"
        else:
            continue
        handle = re.sub(r"\s", "", match["handle"])
        if handle in _PROFILE_NOT_A_HANDLE:
            continue
        scan.add(kind, match.start(), match.end(), f"{site}.{match['tld']}/{handle}", _CONCRETE)
