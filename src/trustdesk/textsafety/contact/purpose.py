"""Why an email is shared: ``infer_purpose`` tells an email shared only to be given access for
scoping ("add me as a collaborator at x@y.com"), which the policy's exception needs."""

from __future__ import annotations

import re
from typing import Final

from trustdesk.textsafety.normalize import normalize

#: The purpose ``infer_purpose`` reports for an email shared only to be given access.
ACCESS_GRANT: Final = "access_grant"


_ACCESS_GRANT = re.compile(
    r"\b(?:add(?:ed)?\s+(?:me|my\s+(?:email|account))\s+(?:as\s+(?:a|an)?\s*(?:collaborator"
    r"|contributor|member|user|admin|administrator|editor|viewer|developer|owner|manager"
    r"|tester)|to\s+(?:the\s+|your\s+)?(?:repo|repository|github|gitlab|bitbucket|project|drive"
    r"|folder|workspace|account|property|analytics|ga4?|search\s+console|figma|notion|trello"
    r"|jira|asana|aws|gcp|azure|firebase|app\s+store\s+connect|testflight|play\s+console"
    r"|shopify|wordpress|site|dashboard|team|org|organization|organisation|tag\s+manager"
    r"|ads\s+account|sheet|doc)))"
    r"|\binvite\s+(?:me|my\s+email)\s+(?:to|as)\b"
    r"|\b(?:share|sharing)\s+(?:the\s+|your\s+|my\s+)?(?:[a-z0-9]+\s+){0,2}?(?:ga4?|analytics|property|drive|folder|doc|docs"
    r"|sheet|spreadsheet|file|files|repo|repository|project|figma|dashboard|account|search"
    r"\s+console|board|workspace)\s+(?:access\s+)?with\b"
    r"|\b(?:grant|give)\s+(?:me\s+)?(?:editor\s+|admin\s+|viewer\s+|read\s+|write\s+)?access\b"
    r"|\baccess\s+to\s+(?:the\s+|your\s+)?(?:repo|repository|github|gitlab|bitbucket|drive"
    r"|folder|analytics|ga4?|property|search\s+console|figma|aws|gcp|dashboard|account|store"
    r"|site|testflight|codebase|server|hosting|cpanel|wordpress|shopify)\b"
    r"|\bcollaborator\b|\btestflight\b"
)


def infer_purpose(text: str) -> str | None:
    """``ACCESS_GRANT`` when the message shares an email only to be given access for scoping.

    ("add me as a collaborator at x@y.com", "share the GA property with …"); else ``None``.
    The policy's exception for such emails needs this purpose as well as the findings.
    """
    if _ACCESS_GRANT.search(normalize(text).text) is not None:
        return ACCESS_GRANT
    return None
