"""Posting JSON to a webhook (team notifications, the marketplace's change feed)."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Mapping

WEBHOOK_TIMEOUT_SECONDS = 10


def check_url(setting: str, url: str) -> None:
    """Refuse a webhook setting that is not an http(s) URL, naming the setting."""
    if not url.startswith(("https://", "http://")):
        raise ValueError(f"{setting}: must be an http(s) URL, not {url!r}")


def post_json(url: str, body: bytes, headers: Mapping[str, str] | None = None) -> None:
    """POST ``body`` as JSON; raises ``OSError`` (``URLError``, ``HTTPError`` for a 4xx or
    5xx reply, a timeout) when it was not accepted."""
    request = urllib.request.Request(
        url,
        data=body,
        headers={"Content-Type": "application/json", **(headers or {})},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=WEBHOOK_TIMEOUT_SECONDS) as response:
            response.read()
    except urllib.error.HTTPError as error:
        error.close()  # it holds the connection open
        raise
