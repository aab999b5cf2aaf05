"""Who is calling, and whether they may.

Every route declares an ``AccessRule`` (``pages(...)``, ``api(...)`` or ``PUBLIC``) as a
dependency; the route-table test proves each route has exactly one. Staff authenticate
with a session cookie (signed, HttpOnly, SameSite=Lax, Secure behind https); machine
clients with a bearer token whose scopes the rule names. Every unsafe request made with a
session cookie must carry the session's CSRF token (form field or ``X-CSRF-Token``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, HTTPException, Request, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.db import get_sessionmaker, utcnow
from trustdesk.staff.models import ApiToken, Role, Scope, StaffUser

_password_hasher = PasswordHasher()
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


def get_session() -> Iterator[Session]:
    """One session per request: committed when the route returns, rolled back on error."""
    session = get_sessionmaker()()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


# scope="function": the commit happens before the response is sent, never after.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def hash_password(password: str) -> str:
    return _password_hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _password_hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return "td_" + secrets.token_urlsafe(32)


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use; templates put it in every form."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


class LoginRequired(Exception):
    """Raised by page rules; the app turns it into a redirect to /login."""

    def __init__(self, next_url: str) -> None:
        self.next_url = next_url


@dataclass(frozen=True)
class Caller:
    staff: StaffUser | None = None
    token: ApiToken | None = None

    @property
    def actor(self) -> str:
        """How the audit trail names this caller."""
        if self.staff is not None:
            return f"staff:{self.staff.email}"
        if self.token is not None:
            return f"token:{self.token.name}"
        return "public"


def _bearer(request: Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def logged_in_staff(request: Request, session: Session) -> StaffUser | None:
    """The active staff member this browser session is logged in as (a deactivated one
    ends the session)."""
    staff_id = request.session.get("staff_id")
    if staff_id is None:
        return None
    staff = session.get(StaffUser, staff_id)
    if staff is None or not staff.active:
        request.session.clear()
        return None
    return staff


async def _supplied_csrf(request: Request) -> str | None:
    """The CSRF token an unsafe request carries (header, or form field), if any."""
    if request.method in SAFE_METHODS:
        return None
    supplied = request.headers.get(CSRF_HEADER)
    if supplied is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(CSRF_FIELD)
        supplied = value if isinstance(value, str) else None
    return supplied


CsrfSupplied = Annotated[str | None, Depends(_supplied_csrf)]


def _check_csrf(request: Request, supplied: str | None) -> None:
    expected = request.session.get("csrf")
    if not expected or not supplied or not hmac.compare_digest(str(expected), supplied):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail="csrf_token: missing or does not match this session; reload the page",
        )


class AccessRule:
    """A route's declaration of who may call it; used as a FastAPI dependency."""

    def __init__(
        self,
        *,
        roles: frozenset[Role] = frozenset(),
        scopes: frozenset[Scope] = frozenset(),
        page: bool = False,
        public: bool = False,
    ) -> None:
        self.roles = roles
        self.scopes = scopes
        self.page = page
        self.public = public

    def __repr__(self) -> str:
        if self.public:
            return "AccessRule(public)"
        roles = ",".join(sorted(self.roles))
        scopes = ",".join(sorted(self.scopes))
        return f"AccessRule(roles={roles} scopes={scopes} page={self.page})"

    def __call__(self, request: Request, session: SessionDep, csrf: CsrfSupplied) -> Caller:
        token_value = _bearer(request)
        if token_value is not None and not self.page:
            # A bearer token is not sent automatically by browsers: no CSRF to guard against.
            return self._token_caller(session, token_value)
        staff = logged_in_staff(request, session)
        if staff is None and not self.public:
            if self.page:
                raise LoginRequired(next_url=str(request.url.path))
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                detail="authentication required: log in or send a bearer token",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if request.method not in SAFE_METHODS:
            _check_csrf(request, csrf)
        if staff is None or self.public:
            return Caller(staff=staff)
        if staff.role not in self.roles:
            raise HTTPException(
                status.HTTP_403_FORBIDDEN,
                detail=f"the {staff.role.label} role may not do this",
            )
        return Caller(staff=staff)

    def _token_caller(self, session: Session, value: str) -> Caller:
        token = session.scalar(
            select(ApiToken).where(
                ApiToken.token_hash == hash_token(value), ApiToken.revoked_at.is_(None)
            )
        )
        if token is None:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                detail="bearer token is unknown or revoked",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if not self.scopes.intersection(token.scopes):
            needed = " or ".join(sorted(self.scopes)) or "a staff login"
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail=f"token lacks scope {needed}")
        token.last_used_at = utcnow()
        return Caller(token=token)


ALL_STAFF = frozenset(Role)


def pages(*roles: Role) -> AccessRule:
    """A server-rendered page: staff with one of ``roles`` (all staff when none named)."""
    return AccessRule(roles=frozenset(roles) or ALL_STAFF, page=True)


def api(*roles: Role, scopes: tuple[Scope, ...] = ()) -> AccessRule:
    """An API route: staff with one of ``roles``, or a token with one of ``scopes``."""
    return AccessRule(roles=frozenset(roles) or ALL_STAFF, scopes=frozenset(scopes))


PUBLIC = AccessRule(public=True)
