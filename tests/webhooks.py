"""A real local HTTP receiver for the webhook tests (Slack-compatible team notifications,
the marketplace's change feed)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class WebhookReceiver:
    """What a local incoming-webhook endpoint was sent; it answers ``status``."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.raw_bodies: list[bytes] = []
        self.content_types: list[str] = []
        self.headers: list[dict[str, str]] = []
        self.status = 200


@contextmanager
def running_webhook(receiver: WebhookReceiver) -> Iterator[str]:
    """An HTTP server on a free local port collecting JSON bodies; yields its URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            receiver.raw_bodies.append(raw)
            receiver.bodies.append(json.loads(raw))
            receiver.content_types.append(self.headers.get("Content-Type", ""))
            receiver.headers.append(dict(self.headers.items()))
            self.send_response(receiver.status)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep the test output clean

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/services/T0/B0/secret"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def closed_url() -> str:
    """A URL nothing listens on."""
    with running_webhook(WebhookReceiver()) as url:
        pass
    return url
