"""The gates of ``detect_contacts``: one bit for each group of words a detector's first look asks
``_Scan.words`` about, so that one test of ``_Scan.held`` tells whether that look can pass.

Each detector keeps its own first look (and can be called on its own); a gate only spares the call
when that look is sure to fail. The words of each gate are ``detect._GATE_GROUPS``, and the bits
above ``_GATE_COUNT`` are the request patterns' needs (``requests._NEED_BITS``)."""

from __future__ import annotations

from typing import Final

# (The detectors read their first look from these bits too: cheaper than a set operation.)
_LINKS_GATE: Final = 1 << 0
_EMAILS_GATE: Final = 1 << 1
_MAIL_GATE: Final = 1 << 2
_AT_GATE: Final = 1 << 3
_SPELLED_DOTS_GATE: Final = 1 << 4
_PHONES_GATE: Final = 1 << 5
_APPS_GATE: Final = 1 << 6
_VIDEO_GATE: Final = 1 << 7
_SCHEDULING_GATE: Final = 1 << 8
_SOCIAL_GATE: Final = 1 << 9
_DM_GATE: Final = 1 << 10
_REDDIT_GATE: Final = 1 << 11
_REACH_GATE: Final = 1 << 12
_ME_OR_MY_GATE: Final = 1 << 13
_PAYMENTS_GATE: Final = 1 << 14
_REQUESTS_GATE: Final = 1 << 15
_STREET_GATE: Final = 1 << 16
_ASKING_GATE: Final = 1 << 17
_VIETNAMESE_ZERO_GATE: Final = 1 << 18
_SPELLED_JOINERS_GATE: Final = 1 << 19
_YOURS_GATE: Final = 1 << 20
_LOOK_ALIKE_GATE: Final = 1 << 21
_ROUNDABOUT_GATE: Final = 1 << 22
_GATE_COUNT: Final = 23
