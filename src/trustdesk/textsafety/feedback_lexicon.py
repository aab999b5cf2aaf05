"""Typo-tolerant reading for the crisis feedback detector.

Clients type fast: "unresponive", "dissapeared", "deadine", "recieved", "respons". Before
the detector's rules read a comment, ``correct_typos`` replaces each word that is not a
target word but is within a small edit distance of exactly one (optimal string alignment:
one insertion, deletion, substitution or swap of two neighbours per step; one step for
words of 5 to 7 letters, two from 8) with that word. Real English words that close to a
target ("responsible", "contract", "missing") are listed in
``feedback_neighbours.REAL_NEIGHBOURS`` (generated from the system word lists by
scripts/build_feedback_lexicon.py) and never corrected. Lookups use a symmetric-delete
index and a cache, so the cost per word is a few set lookups.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from trustdesk.textsafety.feedback_neighbours import REAL_NEIGHBOURS

#: The words the detector's rules key on, in the forms they take.
TYPO_TARGETS: Final[frozenset[str]] = frozenset(
    [
        "respond",
        "responds",
        "responded",
        "responding",
        "response",
        "responses",
        "responsive",
        "unresponsive",
        "responsiveness",
        "reply",
        "replies",
        "replied",
        "replying",
        "answer",
        "answers",
        "answered",
        "answering",
        "disappear",
        "disappears",
        "disappeared",
        "disappearing",
        "disappearance",
        "vanish",
        "vanished",
        "ghosted",
        "ghosting",
        "communicate",
        "communicated",
        "communicating",
        "communication",
        "communicator",
        "contact",
        "contacted",
        "reachable",
        "unreachable",
        "contactable",
        "available",
        "unavailable",
        "message",
        "messages",
        "messaging",
        "emails",
        "online",
        "offline",
        "silence",
        "silent",
        "deadline",
        "deadlines",
        "milestone",
        "milestones",
        "delivery",
        "deliveries",
        "deliver",
        "delivered",
        "delivering",
        "deliverable",
        "deliverables",
        "receive",
        "received",
        "receiving",
        "nothing",
        "anything",
        "appointment",
        "appointments",
        "meeting",
        "meetings",
        "schedule",
        "scheduled",
        "rescheduled",
        "cancelled",
        "missed",
        "finish",
        "finished",
        "finishing",
        "complete",
        "completed",
        "continue",
        "continued",
        "continuing",
        "abandon",
        "abandoned",
        "project",
        "contract",
        "delayed",
        "delays",
        "postponed",
        "extension",
        "extensions",
        "overdue",
        "electricity",
        "internet",
        "earthquake",
        "hurricane",
        "typhoon",
        "cyclone",
        "flooding",
        "evacuated",
        "evacuate",
        "evacuation",
        "hospital",
        "hospitalised",
        "hospitalized",
        "quarantine",
        "lockdown",
        "outage",
        "blackout",
        "emergency",
        "disappointed",
        "unreliable",
        "reliable",
        "anymore",
        "without",
        "attend",
        "attended",
        "standup",
        "standups",
        "kickoff",
    ]
)

_MIN_LENGTH: Final = 5
_WORD: Final = re.compile(r"[a-z]+")


def max_distance(word: str) -> int:
    """How many edits a typo of this length may be from its target."""
    return 2 if len(word) >= 8 else 1


def _deletes(word: str, distance: int) -> set[str]:
    found = {word}
    frontier = {word}
    for _ in range(distance):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein without repeated edits)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def _build_index() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for target in TYPO_TARGETS:
        for variant in _deletes(target, 2):
            index.setdefault(variant, set()).add(target)
    return {variant: frozenset(targets) for variant, targets in index.items()}


_INDEX: Final = _build_index()


def correction_candidates(
    word: str, distance: int, neighbours: frozenset[str] = REAL_NEIGHBOURS
) -> tuple[str, ...]:
    """The target words within ``distance`` edits of ``word`` (none for real words)."""
    if word in TYPO_TARGETS or word in neighbours or len(word) < _MIN_LENGTH:
        return ()
    near: set[str] = set()
    for variant in _deletes(word, distance):
        near |= _INDEX.get(variant, frozenset())
    return tuple(
        sorted(
            target
            for target in near
            if abs(len(target) - len(word)) <= distance and _osa(word, target) <= distance
        )
    )


@lru_cache(maxsize=65536)
def _corrected(word: str) -> str:
    candidates = correction_candidates(word, max_distance(word))
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        # Several targets: the closest one, if it is the only one that close.
        by_distance = sorted((_osa(word, target), target) for target in candidates)
        if by_distance[0][0] < by_distance[1][0]:
            return by_distance[0][1]
    return word


def correct_typos(text: str) -> str:
    """``text`` (lower-cased) with misspelt target words corrected."""
    return _WORD.sub(lambda match: _corrected(match.group(0)), text)
