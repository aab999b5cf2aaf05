"""Signed, expiring links for people outside the desk (My Stats, crisis check-in).

A link carries a token that names its purpose and subject, signed with the app's secret
(itsdangerous) and stamped with the time it was made. Reading it checks the signature, the
purpose (a My Stats token cannot open a check-in page) and the age.

    token = make_link_token("my_stats", "account:42")
    subject = read_link_token("my_stats", token, max_age=timedelta(days=7))  # "account:42"
"""

from __future__ import annotations

from datetime import timedelta

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from trustdesk.config import get_settings


class LinkError(Exception):
    """The link cannot be used; the message says why in words a user understands."""

    status_code = 404  # the page answers as if nothing were there


class LinkExpired(LinkError):
    status_code = 410  # it was there: the user should ask for a new link


class LinkInvalid(LinkError):
    pass


def _serializer(purpose: str, secret: str | None) -> URLSafeTimedSerializer:
    if not purpose:
        raise ValueError("purpose: a link needs a purpose")
    key = secret if secret is not None else get_settings().resolved_secret_key()
    return URLSafeTimedSerializer(key, salt=f"trustdesk.link.{purpose}")


def make_link_token(purpose: str, subject: str | int, *, secret: str | None = None) -> str:
    """A URL-safe token naming ``subject`` for ``purpose``, signed and timestamped now."""
    return _serializer(purpose, secret).dumps(str(subject))


def read_link_token(
    purpose: str,
    token: str,
    max_age: timedelta | int,
    *,
    secret: str | None = None,
) -> str:
    """The subject the token names. Raises ``LinkExpired`` when it is older than
    ``max_age`` (seconds or a timedelta) and ``LinkInvalid`` when it was altered, made for
    another purpose or with another secret."""
    seconds = int(max_age.total_seconds()) if isinstance(max_age, timedelta) else max_age
    try:
        subject = _serializer(purpose, secret).loads(token, max_age=seconds)
    except SignatureExpired as error:
        raise LinkExpired("this link has expired; ask support for a new one") from error
    except BadSignature as error:
        raise LinkInvalid("this link is not valid; check that it was copied whole") from error
    if not isinstance(subject, str):
        raise LinkInvalid("this link is not valid; check that it was copied whole")
    return subject


def read_link_id(purpose: str, token: str, max_age: timedelta | int) -> int:
    """The row id a token names (``read_link_token`` for links made with an id)."""
    subject = read_link_token(purpose, token, max_age)
    if not subject.isdigit():
        raise LinkInvalid("this link is not valid; check that it was copied whole")
    return int(subject)
