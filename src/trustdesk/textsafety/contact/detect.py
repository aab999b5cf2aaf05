"""Putting the detectors together: the words they ask about and the bits each carries, the gates
that spare a detector whose first look cannot pass, and the resolution of overlapping hits into
``Finding``s."""

from __future__ import annotations

from typing import Final

from trustdesk.textsafety.contact.addresses import (
    _STREET_WORDS,
    _VIETNAMESE_STREET_WORDS,
    _find_addresses,
)
from trustdesk.textsafety.contact.apps import (
    _APP_NICKNAME_WORDS,
    _APP_WORDS,
    _LEET_APP_PIECES,
    _REACH_ASKED_WORDS,
    _SAME_WORDS,
    _SCHEDULING_WORDS,
    _STORY_WORDS,
    _VIDEO_TRIGGER_WORDS,
    _find_apps,
    _find_apps_in_other_scripts,
    _find_disguised_apps,
    _find_scheduling,
    _find_video,
)
from trustdesk.textsafety.contact.content import WORK_WORDS, without_work_content
from trustdesk.textsafety.contact.emails import (
    _BRACKETED_AT,
    _EMAIL_TRIGGER_WORDS,
    _MAIL_ASKED_WORDS,
    _MAIL_FAMILY_WORDS,
    _NAME_HERE_PROVIDERS,
    _NAME_HERE_WORDS,
    _READ_ALOUD_MAIL_WORDS,
    _SPELLED_DOTS,
    _SPELLED_JOINERS,
    _UNAMBIGUOUS_PROVIDERS,
    _find_emails,
    _find_name_here_mail,
    _find_read_aloud_mail,
)
from trustdesk.textsafety.contact.gates import (
    _APPS_GATE,
    _ASKING_GATE,
    _AT_GATE,
    _DM_GATE,
    _EMAILS_GATE,
    _GATE_COUNT,
    _LINKS_GATE,
    _LOOK_ALIKE_GATE,
    _MAIL_GATE,
    _ME_OR_MY_GATE,
    _PAYMENTS_GATE,
    _PHONES_GATE,
    _REACH_GATE,
    _REDDIT_GATE,
    _REQUESTS_GATE,
    _ROUNDABOUT_GATE,
    _SCHEDULING_GATE,
    _SOCIAL_GATE,
    _SPELLED_DOTS_GATE,
    _SPELLED_JOINERS_GATE,
    _STREET_GATE,
    _VIDEO_GATE,
    _VIETNAMESE_ZERO_GATE,
    _YOURS_GATE,
)
from trustdesk.textsafety.contact.links import _HOSTS_BY_WORD, _LINK_WORDS, _find_links
from trustdesk.textsafety.contact.payments import (
    _CRYPTO_WORDS,
    _GOOGLE,
    _LOOK_ALIKE_RUNS,
    _OUTSIDE_MARKERS,
    _PAYMENT_WORDS,
    _SORT_WORDS,
    _find_payments,
)
from trustdesk.textsafety.contact.phones import (
    _DIGIT_WORD_SET,
    _PHONE_WORDS,
    _VIETNAMESE_DIGIT_WORDS,
    _find_phones,
)
from trustdesk.textsafety.contact.requests import (
    _ASKING_FAMILY_WORDS,
    _ASKING_GATE_WORDS,
    _DETAIL_OPENINGS,
    _DETAIL_WORDS,
    _HANDLE_WORDS,
    _NEED_BITS,
    _REQUEST_NEEDS,
    _REQUEST_TRIGGER_WORDS,
    _SERVICE_WORDS,
    _find_asked_on_service,
    _find_asking_families,
    _find_details_asked,
    _find_requests,
)
from trustdesk.textsafety.contact.scan import _ASKED, Finding, _Hit, _Scan, _Vocabulary
from trustdesk.textsafety.contact.social import (
    _ACCOUNT_WORK,
    _DM_WORDS,
    _HIDDEN_LINK_SITES,
    _NETWORK_DOCUMENTS,
    _PERSONAL_SITE_WORDS,
    _PROFILE_REACH_WORDS,
    _PROFILE_REDDIT_CONTEXT,
    _SELF_ROUTE_WORDS,
    _SOCIAL_TRIGGER_WORDS,
    _SOCIAL_WORDS,
    _WEBSITE_ROUTE_WORDS,
    _YOURS,
    _find_hidden_links,
    _find_social,
)
from trustdesk.textsafety.lexicon import words
from trustdesk.textsafety.normalize import normalize

# The roundabout detectors find a detail given or asked for in a roundabout way: an address
# read aloud, a name said to be the address "here" at a provider, an app asked about by its
# handle, a detail asked for in the marketplace's languages, a profile link with its dots and
# slashes hidden, an app's name in look-alike letters or by a nickname. Every word they ask
# about: a message without one skips them all.
_ROUNDABOUT_WORDS: Final = frozenset().union(
    _READ_ALOUD_MAIL_WORDS,
    _NAME_HERE_PROVIDERS,
    _HANDLE_WORDS,
    _DETAIL_OPENINGS,
    _HIDDEN_LINK_SITES,
    _LEET_APP_PIECES,
    _APP_NICKNAME_WORDS,
)


def _find_roundabout(scan: _Scan) -> None:
    """Add what the roundabout detectors find (each called only with its words)."""
    words = scan.words
    if not words.isdisjoint(_READ_ALOUD_MAIL_WORDS):
        _find_read_aloud_mail(scan)
    if not words.isdisjoint(_NAME_HERE_PROVIDERS):
        _find_name_here_mail(scan)
    if not words.isdisjoint(_HANDLE_WORDS):
        _find_asked_on_service(scan)
    if not words.isdisjoint(_DETAIL_OPENINGS):
        _find_details_asked(scan)
    if not words.isdisjoint(_HIDDEN_LINK_SITES):
        _find_hidden_links(scan)
    if not (words.isdisjoint(_LEET_APP_PIECES) and words.isdisjoint(_APP_NICKNAME_WORDS)):
        _find_disguised_apps(scan)


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
        _SAME_WORDS,
        _REACH_ASKED_WORDS,
        _STORY_WORDS,
        words("contact"),
        _ACCOUNT_WORK,
        _NETWORK_DOCUMENTS,
        _LOOK_ALIKE_RUNS,
        _YOURS,
        words("dot at punto point ponto my cash cashapp"),
        _PHONE_WORDS,
        _ASKING_FAMILY_WORDS,
        _ASKING_GATE_WORDS,
        _VIETNAMESE_DIGIT_WORDS,
        _SPELLED_JOINERS,
        _VIETNAMESE_STREET_WORDS,
        _READ_ALOUD_MAIL_WORDS,
        _NAME_HERE_WORDS,
        _NAME_HERE_PROVIDERS,
        _SERVICE_WORDS,
        _HANDLE_WORDS,
        _DETAIL_WORDS,
        _HIDDEN_LINK_SITES,
        _APP_NICKNAME_WORDS,
        _LEET_APP_PIECES,
        WORK_WORDS,
    )
)

# The word groups of the gates (``_GATE_GROUPS``), by gate: a bit is set in ``_Scan.held``
# exactly when the text holds a word of its group (every word of ``_Scan.words`` is an asked
# word, and each asked word of a group carries its bit).
_GATE_GROUPS: Final[dict[int, frozenset[str]]] = {
    _LINKS_GATE: _LINK_WORDS,
    _EMAILS_GATE: _EMAIL_TRIGGER_WORDS,
    # The words of a mail the email requests ask for first (``_find_mail_requests``).
    _MAIL_GATE: _MAIL_FAMILY_WORDS,
    _AT_GATE: frozenset({"at"}),
    _SPELLED_DOTS_GATE: _SPELLED_DOTS,
    _PHONES_GATE: _DIGIT_WORD_SET,
    _APPS_GATE: _APP_WORDS,
    _VIDEO_GATE: _VIDEO_TRIGGER_WORDS,
    _SCHEDULING_GATE: _SCHEDULING_WORDS,
    # Every word a branch of ``_find_social`` (and of ``_find_profile_handles``) needs alone:
    # not the direct message's ("dm" with an "@"), the fediverse handle's (two "@"s), the
    # Reddit user's (a word of its context with a "u/") or the reach phrases' (a word of
    # theirs with "me", or "contact" with "me" or "my"). "bsky" is a trigger word too.
    _SOCIAL_GATE: _SELF_ROUTE_WORDS
    | _WEBSITE_ROUTE_WORDS
    | _PERSONAL_SITE_WORDS
    | frozenset({"connection", "bsky", "slash"})
    | _SOCIAL_TRIGGER_WORDS,
    _DM_GATE: _DM_WORDS,
    _REDDIT_GATE: _PROFILE_REDDIT_CONTEXT,
    _REACH_GATE: _PROFILE_REACH_WORDS,
    _ME_OR_MY_GATE: frozenset({"me", "my"}),
    # Every word a branch of ``_find_payments`` needs but the IBAN's and UPI's (told by digits
    # and an "@"): "google" for Google Pay, "cash" or "cashapp" for a cashtag, "sort" for a code.
    _PAYMENTS_GATE: _OUTSIDE_MARKERS
    | _PAYMENT_WORDS
    | _GOOGLE
    | _CRYPTO_WORDS
    | frozenset({"cash", "cashapp"})
    | _SORT_WORDS,
    _REQUESTS_GATE: _REQUEST_TRIGGER_WORDS,
    _STREET_GATE: _STREET_WORDS,
    # The words that open a family of ``_find_asking_families`` (run before ``_find_phones``;
    # the Arabic script's "رقم" is told by the text), and the Vietnamese zero, "khong", that
    # ``_find_vietnamese_digits`` asks for first.
    _ASKING_GATE: _ASKING_GATE_WORDS,
    _VIETNAMESE_ZERO_GATE: frozenset({"khong"}),
    # A dash or an underscore spelled out, which ``_find_spelled_mail`` (run first by
    # ``_find_emails``) asks for with an "at" (or else a bracketed "at" in the text).
    _SPELLED_JOINERS_GATE: _SPELLED_JOINERS,
    # "your" and its kin, which ``_find_your_at`` (in ``_find_social``) asks for with
    # an "@".
    _YOURS_GATE: _YOURS,
    # The runs of letters a disguised service's name leaves, which ``_find_payments`` asks for
    # first with an "@", a "$" or a digit (``_find_look_alike_services``).
    _LOOK_ALIKE_GATE: _LOOK_ALIKE_RUNS,
    # Every word the roundabout detectors ask about (``_find_roundabout``; each of them asks
    # for a word of its own part of them).
    _ROUNDABOUT_GATE: _ROUNDABOUT_WORDS,
}
# A word of the email triggers or of a mail (``_find_emails`` reads both first).
_ANY_MAIL_GATE: Final = _EMAILS_GATE | _MAIL_GATE
# A spelled-out dot, dash or underscore (each read with an "at" by ``_find_emails``).
_SPELLED_MARKS_GATE: Final = _SPELLED_DOTS_GATE | _SPELLED_JOINERS_GATE
# A digit word, a word of a number's request, or "khong" (``_find_phones`` reads each first).
_ANY_NUMBER_GATE: Final = _PHONES_GATE | _ASKING_GATE | _VIETNAMESE_ZERO_GATE
# A direct message's word or a "your" (each read with an "@" by ``_find_social``).
_DM_OR_YOURS_GATE: Final = _DM_GATE | _YOURS_GATE


def _word_bits() -> dict[str, int]:
    """By asked word: the bits of its gates' groups, and above them its request need bits."""
    bits = dict.fromkeys(_ASKED_WORDS, 0)
    for gate, group in _GATE_GROUPS.items():
        for word in group & _ASKED_WORDS:
            bits[word] |= gate
    for word, need in _NEED_BITS.items():
        if word in bits:
            bits[word] |= need << _GATE_COUNT
    return bits


_VOCABULARY: Final = _Vocabulary(_word_bits())


# Every detector, in the order ``detect_contacts`` runs each (behind its gate).
_DETECTORS: Final = (
    _find_links,
    _find_emails,
    _find_asking_families,
    _find_phones,
    _find_apps,
    _find_apps_in_other_scripts,
    _find_video,
    _find_scheduling,
    _find_social,
    _find_payments,
    _find_addresses,
    _find_roundabout,
    _find_requests,
)


def _scan(text: str, job_category: str | None = None) -> _Scan:
    """``text`` folded and read for the detectors: its asked words and the bits they carry."""
    return _Scan(normalize(text), job_category, _VOCABULARY)


def detect_contacts(text: str, *, job_category: str | None = None) -> list[Finding]:
    """Every contact detail, off-platform route or request for one in ``text``, in order.

    ``job_category`` (the marketplace's category of the job the conversation is about) makes
    platform names that are the subject of the work count less: in a social-media job,
    "Instagram" alone is the topic, not a way to talk.
    """
    if not text:
        return []
    scan = _scan(text, job_category)
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
                or _BRACKETED_AT.search(folded) is not None
            )
        )
    ):
        _find_emails(scan)
    # (Seven digits, or fewer with digit words read out; a word of a number's request or the
    # Arabic "رقم"; "khong" for Vietnamese digits read out.)
    if digit_count >= 7 or held & _ANY_NUMBER_GATE or "رقم" in folded:
        _find_asking_families(scan)
        _find_phones(scan)
    # (A misspelt "whatsapp" ends in "ap" or "app"; a Skype id opens "live:", a Matrix handle
    # holds an "@" and a ":".)
    if held & _APPS_GATE or "ap" in folded or (":" in folded and ("live:" in folded or at_sign)):
        _find_apps(scan)
    # (Thai, Japanese, Chinese and Korean letters all lie above U+0E00: ``max`` tells in C.)
    if not folded.isascii() and max(folded) >= "\u0e00":
        _find_apps_in_other_scripts(scan)
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
    if held & _ROUNDABOUT_GATE:
        _find_roundabout(scan)
    if held & _REQUESTS_GATE:
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
    kept = without_work_content(scan, kept)
    stated = {hit.kind for hit in kept if hit.rank > _ASKED}
    findings = []
    for hit in kept:
        if hit.rank == _ASKED and hit.kind in stated:
            continue
        start, end = scan.folded.span(hit.start, hit.end)
        findings.append(Finding(hit.kind, start, end, hit.value))
    findings.sort(key=lambda finding: (finding.start, finding.end, finding.kind))
    return findings
