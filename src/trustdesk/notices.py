"""One-time notices for the page a form redirects to ("Check-in link sent to …").

A route names its notice by key and gives the values it needs; they travel in the signed
session cookie, never in the URL, and the page renders only the wording of ``NOTICES``.
So no link can make the app's notice bar say something the app did not say.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from starlette.requests import Request

#: Every notice a page may show, by key; ``{name}`` fields are filled from the route's values.
NOTICES: Final[Mapping[str, str]] = {
    "check_in_link_sent": "Check-in link sent to {name} ({address}).",
    "message_redacted": "Redacted: {count} contact detail(s) removed.",
    "nothing_to_redact": "Nothing left to redact: the message has no contact details.",
}
SESSION_KEY: Final = "notice"


def flash(request: Request, key: str, **values: str) -> None:
    """Keep a notice for the next page this session renders."""
    if key not in NOTICES:
        raise KeyError(f"no notice {key!r}")
    request.session[SESSION_KEY] = {"key": key, "values": values}


def take(request: Request) -> str | None:
    """The notice kept for this page, worded from ``NOTICES`` (once), or None."""
    kept = request.session.pop(SESSION_KEY, None)
    if not isinstance(kept, dict):
        return None
    template = NOTICES.get(str(kept.get("key")))
    values = kept.get("values")
    if template is None or not isinstance(values, dict):
        return None
    try:
        return template.format_map({str(name): str(value) for name, value in values.items()})
    except (KeyError, ValueError, IndexError):
        return None
