"""Links that are a contact route: a chat, meeting, scheduling, profile or payment link by its host
("wa.me/…", "t.me/…", "zoom.us/j/…", "calendly.com/…", "linkedin.com/in/…"), never a job link
("linkedin.com/jobs/…") or a link to the work itself (GitHub, Google Drive, Figma, Behance)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from trustdesk.textsafety.contact.phones import _e164
from trustdesk.textsafety.contact.scan import _CONCRETE, _SPACE, _merge, _Scan
from trustdesk.textsafety.lexicon import words

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
    "buymeacoffee.com": "offplatform_payment",
    "patreon.com": "offplatform_payment",
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


# Every word of a known host's name ("zoom" and "us" of zoom.us).
_HOST_NAME_WORDS: Final = frozenset(
    part for hosts in _HOSTS_BY_WORD.values() for _host, parts in hosts for part in parts
)


@lru_cache(maxsize=1024)
def _hosts_named(name_words: frozenset[str]) -> tuple[str, ...]:
    """The known hosts all of whose words are among ``name_words``, one of them a link word.

    (Cached: a text's words of host names are a handful, and the same few sets recur.)
    """
    return tuple(
        host
        for word in name_words & _LINK_WORDS
        for host, parts in _HOSTS_BY_WORD[word]
        if parts <= name_words
    )


def _find_links(scan: _Scan) -> None:
    text = scan.text
    if "." not in text and "dot" not in scan.words:
        return
    words = scan.words
    if words.isdisjoint(_LINK_WORDS):
        return
    # Around every dot between letters (a host name) or a spelled-out dot. A known host in the
    # text puts every word of its name in the word set, and is in the text as written: without
    # one such host, no dot can start one. (Both cheap looks, before a walk over every dot.)
    size = len(text)
    spans = []
    named = False
    for named_host in _hosts_named(words & _HOST_NAME_WORDS):
        if named_host in text:
            named = True
            break
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
