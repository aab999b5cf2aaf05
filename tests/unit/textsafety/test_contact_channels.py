"""Messaging apps, video meetings and social profiles as ways to talk: nicknames, misspellings
and other languages, and the look-alikes that must stay quiet (our own cases)."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.textsafety.test_request_guards import texts as guard_texts
from trustdesk.textsafety.contact import detect_contacts
from trustdesk.textsafety.contact.apps import _BARE_MEET, _VIDEO_REACH_BEFORE
from trustdesk.textsafety.contact.scan import _WORDS
from trustdesk.textsafety.contact.social import (
    _DM_HANDLE,
    _DM_REACH_AFTER,
    _DM_REACH_BEFORE,
    _DM_WORDS,
    _PERSONAL_SITE,
    _PERSONAL_SITE_WORDS,
    _SELF_ROUTE_WORDS,
    _WEBSITE_ROUTE,
    _WEBSITE_ROUTE_AFTER_HINT,
    _WEBSITE_ROUTE_BEFORE_HINT,
    _WEBSITE_ROUTE_HINT,
    _WEBSITE_ROUTE_WORDS,
)
from trustdesk.textsafety.normalize import normalize


def kinds_in(text: str, job_category: str | None = None) -> set[str]:
    return {finding.kind for finding in detect_contacts(text, job_category=job_category)}


# (label, text, the kinds that must be found) — each label says what the case is about.
POSITIVES: list[tuple[str, str, set[str]]] = [
    # WhatsApp by its nicknames and misspellings, with a way to reach it
    ("spanish mi whats", "mi whats: 55 4417 9083, escríbeme cuando puedas", {"messaging_app"}),
    ("spanish whats question", "¿tienes whats? así te paso los bocetos", {"messaging_app"}),
    ("portuguese no whats", "te chamo no whats amanhã cedo, pode ser?", {"messaging_app"}),
    ("portuguese zap with number", "me manda um zap: (21) 99654-3120", {"messaging_app", "phone"}),
    ("argentine wpp with number", "pasame un wpp al 11 4783 2291 y lo vemos", {"messaging_app"}),
    ("wsp request", "tenes wsp? es mas facil coordinar por ahi", {"messaging_app"}),
    ("spanish por wsp", "te escribo por wsp esta noche", {"messaging_app"}),
    ("spanish whatsapp number", "me pasas tu número de WhatsApp?", {"messaging_app", "phone"}),
    ("indonesian wa number", "boleh minta nomor WA kakak?", {"messaging_app", "phone"}),
    ("spanish wasap", "agrégame al wasap y seguimos allá", {"messaging_app"}),
    ("spain guasap", "mejor por guasap, que aquí tarda mucho", {"messaging_app"}),
    ("indonesian wa with number", "WA saya 0857-2231-9046 kak", {"messaging_app", "phone"}),
    ("indonesian wa aja", "nanti aku wa aja ya kak", {"messaging_app"}),
    ("indonesian chat di wa", "kita chat di WA aja biar cepat", {"messaging_app"}),
    ("w slash a", "hit me on W/A when you're ready", {"messaging_app"}),
    ("whatsapp beside a number", "mine is +234 803 441 2290, whats works best", {"phone"}),
    # Telegram, LINE, KakaoTalk, Signal, Discord, Slack Connect
    ("tagalog tg ko", "tg ko po @mara_edits, doon na lang tayo", {"messaging_app"}),
    ("indonesian tele aku", "tele aku @bayu.design ya", {"messaging_app"}),
    ("indonesian telegram question", "kakak punya telegram? filenya besar", {"messaging_app"}),
    ("line id lowercase", "line saya: @dewi_va, chat aja", {"messaging_app"}),
    ("line in capitals", "you can add me on LINE, same name as here", {"messaging_app"}),
    ("my line id", "my line id is haru_93", {"messaging_app"}),
    ("kakao id", "kakao id is jiwoo_art, add me", {"messaging_app"}),
    ("french signal", "écrivez-moi sur Signal, même numéro", {"messaging_app"}),
    ("i prefer signal", "I prefer Signal, it's +44 7700 912 384", {"messaging_app", "phone"}),
    ("discord user", "discord user: nacho.codes, ping me there", {"messaging_app"}),
    ("spanish move to discord", "pasemos al discord, ahí comparto pantalla", {"messaging_app"}),
    (
        "slack connect invite",
        "I opened a Slack Connect channel for the two of us, accept the invite",
        {"messaging_app"},
    ),
    ("join our slack", "join our Slack workspace and ping me there", {"messaging_app"}),
    ("add you to a whatsapp group", "I'll add you to our WhatsApp group?", {"messaging_app"}),
    ("invite to discord", "I'll invite you to my Discord server tonight", {"messaging_app"}),
    # Video meetings in other languages and short forms
    ("spanish meet", "¿una llamada por Meet el lunes a las 9?", {"video_meeting"}),
    ("lowercase teams invite", "send me a teams invite for 4pm", {"video_meeting"}),
    ("portuguese meet", "bora fazer uma chamada no Meet amanhã?", {"video_meeting"}),
    ("english on meet", "happy to talk on Meet whenever suits you", {"video_meeting"}),
    ("french teams", "on peut caler un Teams vendredi matin ?", {"video_meeting"}),
    ("spanish por teams", "lo vemos por Teams y te explico el flujo", {"video_meeting"}),
    ("indonesian zoom", "kita zoom besok ya kak jam 7", {"video_meeting"}),
    ("tagalog google meet", "Google Meet na lang po tayo bukas", {"video_meeting"}),
    ("portuguese google meet", "marcamos no Google Meet quinta?", {"video_meeting"}),
    ("french google meet", "un petit Google Meet lundi pour en parler ?", {"video_meeting"}),
    (
        "zoom with you",
        "the client would like a quick zoom with you before hiring",
        {"video_meeting"},
    ),
    ("zoom after modifiers", "can we hop on a 15 min zoom later today", {"video_meeting"}),
    ("meet is easiest for me", "honestly easiest for me is Google Meet", {"video_meeting"}),
    ("zoom works for me", "a Zoom on Friday works for me, send the link", {"video_meeting"}),
    # Social profiles as a contact route
    ("dm me a handle", "if you DM me @lunar.type we can sort the details", {"social_profile"}),
    ("hmu handle", "hmu @kofi_beats for the stems", {"social_profile"}),
    ("spanish find me on insta as", "encuéntrame en insta como @caro.letters", {"social_profile"}),
    ("hindi insta pe dm", "insta pe DM karna @rhea.clicks", {"social_profile"}),
    ("tagalog ig ko", "ig ko po: @jm.visuals", {"social_profile"}),
    (
        "on twitter with handle later",
        "I'm always on twitter, my DMs are open: @inkfox",
        {"social_profile"},
    ),
    ("the gram", "find me on the gram, same name as here", {"social_profile"}),
    (
        "keep talking on linkedin",
        "let's keep the conversation on LinkedIn instead",
        {"social_profile"},
    ),
    ("spanish linkedin", "búscame en LinkedIn como Pablo Ríos", {"social_profile"}),
    ("tagalog add on fb", "add mo ko sa fb, Liza Cruz", {"social_profile"}),
    ("message you on linkedin", "I'll message you on LinkedIn tonight", {"social_profile"}),
    (
        "connection request",
        "just send me a connection request, I'm Ana Lima there",
        {"social_profile"},
    ),
    ("linktree link", "all my links: linktr.ee/mika.draws", {"social_profile"}),
    (
        "website with path as route",
        "contact me through nadiavoiceover.com/contact for the full rate card",
        {"social_profile"},
    ),
    ("french site as route", "contactez-moi via mon site, c'est plus simple", {"social_profile"}),
    ("spanish site as route", "escríbeme por mi web y lo vemos", {"social_profile"}),
    (
        "personal site with spelled dot",
        "I have a personal site, jonah dot studio, use the contact form there",
        {"social_profile"},
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    # Zoom as the camera's or the editor's zoom
    ("optical zoom", "the phone has a 5x optical zoom and a wide lens"),
    ("zoom-ins", "fast cuts, zoom-ins on the product, subtitles in yellow"),
    ("zoom-out", "end with a slow zoom-out from the skyline"),
    ("subtle zoom", "add a subtle zoom to every still in the slideshow video"),
    ("no zoom", "no zoom on the intro please, keep it static"),
    ("zoom sdk", "lessons run inside the app with the Zoom Video SDK"),
    ("zoom meeting recordings", "edit the Zoom meeting recordings into short clips"),
    # Meetings and apps a VA ran for others, or features of the product
    (
        "va past work with zoom",
        "At my last job I scheduled Zoom meetings with vendors and kept the CEO's calendar",
    ),
    ("va past work with whatsapp", "I ran her WhatsApp Business account for two years"),
    ("share to whatsapp feature", "users can share the recipe to WhatsApp from the detail page"),
    ("whatsapp button indonesian", "di halaman kontak ada tombol WhatsApp ke nomor toko"),
    ("slack of the team", "o Zapier manda um resumo no Slack do time toda manhã"),
    ("spanish whatsapp bot", "necesito un bot de WhatsApp para las reservas"),
    ("spanish whatsapp button", "el botón de WhatsApp no funciona en el carrito"),
    ("portuguese whatsapp button", "o botão do WhatsApp sumiu da página de produto"),
    ("french telegram stickers", "créer des stickers pour Telegram, style manga"),
    ("whatsapp icon", "the whatsapp icon should be green"),
    ("users join a group", "users join the Telegram group from the landing page"),
    ("join a community as the work", "moderate and grow: join our Discord community of 5k artists"),
    ("whatsapp status designs", "WhatsApp status templates in Canva"),
    ("zoom meeting scheduler", "zoom meeting scheduler app"),
    # Meet, Teams and the rest as ordinary words
    ("meet the deadline", "we can still meet the deadline on Friday"),
    ("swim meet", "I'll be away for the swim meet on saturday"),
    ("nice to meet", "nice to meet you, on Monday I start"),
    ("meet and greet", "the event opens with a Meet and Greet at 6"),
    ("teams of designers", "we work in teams of two designers"),
    # Nicknames that are ordinary words or places
    ("us state", "the office is in Seattle, WA 98104"),
    ("poor signal", "sorry, poor signal here, I'll answer in an hour"),
    ("line of code", "line 42 throws the error"),
    ("in capitals", "WE ARE ON LINE 3 OF THE SCRIPT"),
    ("with a", "I worked w/a small team on this"),
    ("hindi line ko", "is line ko thoda chhota karo"),
    # Social accounts that are the work, or somebody else's
    ("client's tiktok", "The client's TikTok is @nova.dental, post three videos a week there"),
    ("their instagram handle", "their Instagram is @bluecrumb.bakery, match its colours"),
    ("tag a brand", "post it on IG and tag @mapleandoak in the caption"),
    ("the gram of", "add the gram of salt to the recipe card"),
    ("search linkedin for leads", "search LinkedIn for 200 HR managers in Austin"),
    ("find leads on linkedin", "find leads on LinkedIn for my agency"),
    ("message prospects on linkedin", "message prospects on LinkedIn with the approved script"),
    ("connect with founders", "connect with founders on LinkedIn and log replies in the sheet"),
    ("linkedin connection automation", "the tool should accept connection requests automatically"),
    # Sites that are not a contact route
    ("github as sample", "find me on github.com/lucas-dev for code samples"),
    ("behance portfolio", "my portfolio is on behance.net/ritaprado"),
    ("my site's contact form as the work", "the contact form on my website sends to spam"),
    ("reach me at a time", "you can reach me at 9am tomorrow through the platform"),
]


@pytest.mark.parametrize(("label", "text", "expected"), POSITIVES, ids=[c[0] for c in POSITIVES])
def test_finds_channels_in_many_phrasings(label: str, text: str, expected: set[str]) -> None:
    found = kinds_in(text)
    assert expected <= found, f"{label}: expected {expected}, found {found}"


@pytest.mark.parametrize(("label", "text"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_stays_quiet_on_channel_look_alikes(label: str, text: str) -> None:
    assert detect_contacts(text) == [], label


def test_a_handle_after_a_network_carries_the_handle() -> None:
    values = {finding.value for finding in detect_contacts("sa IG tayo mag-usap, @lia.paints")}
    assert values == {"instagram:@lia.paints"}


def test_a_handle_to_dm_without_a_network_is_a_concrete_profile() -> None:
    findings = detect_contacts("DM me @harbor.studio when you have the brief")
    assert [(finding.kind, finding.value) for finding in findings] == [
        ("social_profile", "@harbor.studio")
    ]


def test_a_time_after_dm_me_is_not_a_handle() -> None:
    assert detect_contacts("message me @9pm if it breaks") == []


def test_a_website_route_is_not_reported_for_a_host_the_link_detector_knows() -> None:
    findings = detect_contacts("message me at wa.me/447700912384")
    assert "social_profile" not in {finding.kind for finding in findings}


# --------------------------------------------------------------------------------------
# The cheap looks before the new patterns must never change what they find
# --------------------------------------------------------------------------------------

# Phrasings that exercise every branch of the patterns below.
GUARD_EXTRA = [
    "contact me through my website, reach me via my personal blog, find me at ana.design",
    "write to me via my site, get in touch with me through jo dot studio/contact",
    "book me through   my homepage, message me on the contact form on my site",
    "contactame por mi sitio web, escribeme en mi pagina, buscame en lu punto art",
    "me chama pelo meu site, me escreve no site: bia ponto design",
    "contactez-moi via mon site, ecrivez-moi sur www.anne.fr/contact, joignez-moi par mon blog",
    "contact\nme through my site, contact  me  via  jo.studio",
    "dm me @jo.k, hmu @kay_9, hit me up on @lo.fi, message me at @mo_87, follow me via @ro.se",
    "ping me @9pm, add me @ana@gmail.com, find  me  on  @zed.ink",
    "site pessoal: ana ponto design, tem formulario de contato",
    "my own website jo.studio has a contact form, personal site kay.art: contact me there",
    "pagina personal lu.art, escribeme",
    "via Meet, por meet, pelo  Meet, un meet, sur Meet, no Meet, on meet, lewat meet",
]


@cache
def channel_texts() -> list[str]:
    cases = [text for _, text, _ in POSITIVES] + [text for _, text in NEGATIVES]
    return guard_texts() + [normalize(text).text for text in cases + GUARD_EXTRA]


def _website_route_guard_holds(text: str) -> None:
    words = set(_WORDS.findall(text))
    for match in _WEBSITE_ROUTE.finditer(text):
        assert words & _WEBSITE_ROUTE_WORDS, match.group()
        assert words & (_SELF_ROUTE_WORDS | {"me", "moi"}), match.group()
        hint = _WEBSITE_ROUTE_HINT.search(text, match.start(), match.end())
        assert hint is not None, match.group()
        assert match.start() >= hint.start() - _WEBSITE_ROUTE_BEFORE_HINT, match.group()
        assert match.end() <= hint.end() + _WEBSITE_ROUTE_AFTER_HINT, match.group()
        if not words & _SELF_ROUTE_WORDS and "moi" not in words:
            # ``_find_website_routes`` tries the hint only where a word starts with "me".
            assert text.startswith("me", hint.start()), match.group()
            assert hint.start() == 0 or re.match(r"\w", text[hint.start() - 1]) is None


def test_a_website_route_is_found_only_where_its_words_and_hint_are() -> None:
    matched = 0
    for text in channel_texts():
        _website_route_guard_holds(text)
        matched += sum(1 for _ in _WEBSITE_ROUTE.finditer(text))
    assert matched >= 10

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(ROUTE_PIECES), max_size=10))
    def check(pieces: list[str]) -> None:
        _website_route_guard_holds("".join(pieces))

    check()


ROUTE_PIECES = [
    "contact", "reach", "find", "write to", "get in touch with", "contactame", "escribeme",
    " me", "me ", "moi", "-moi", "contactez", " through ", " via ", " por ", " sur ", "  ",
    "\n", " ", "my ", "mi ", "site", "web", "ana.design", " dot ", "jo", ".", "/contact",
    "me chama", " pelo ", "directly ", "some", "_", "x",
]  # fmt: skip


def test_a_handle_to_dm_is_found_only_near_an_at_and_a_dm_word() -> None:
    matched = 0
    for text in channel_texts():
        words = set(_WORDS.findall(text))
        for match in _DM_HANDLE.finditer(text):
            matched += 1
            assert words & _DM_WORDS, match.group()
            at = match.start("handle") - 1
            assert at - _DM_REACH_BEFORE <= match.start(), match.group()
            assert match.end() <= at + 1 + _DM_REACH_AFTER, match.group()
    assert matched >= 4


def test_a_personal_site_is_found_only_where_its_words_are() -> None:
    matched = 0
    for text in channel_texts():
        words = set(_WORDS.findall(text))
        for match in _PERSONAL_SITE.finditer(text):
            matched += 1
            assert words & _PERSONAL_SITE_WORDS, match.group()
            assert any(mark in text for mark in ("site", "web", "pagina")), match.group()
    assert matched >= 3


def test_a_bare_meet_lies_in_the_window_of_its_trigger_word() -> None:
    matched = 0
    for text in channel_texts():
        for match in _BARE_MEET.finditer(text):
            matched += 1
            meet = match.end() - len("meet")
            assert match.start() >= meet - _VIDEO_REACH_BEFORE, match.group()
    assert matched >= 6
