"""Changes to staff people and API tokens, each audited."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk import audit
from trustdesk.auth import hash_password, hash_token, new_token, verify_password
from trustdesk.db import utcnow
from trustdesk.staff.models import ApiToken, Role, Scope, StaffUser

MIN_PASSWORD_LENGTH = 10


class StaffError(ValueError):
    pass


def create_staff_user(
    session: Session, *, email: str, full_name: str, role: Role, password: str, actor: str
) -> StaffUser:
    email = email.strip().lower()
    if "@" not in email:
        raise StaffError(f"email: {email!r} is not an email address")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StaffError(f"password: must be at least {MIN_PASSWORD_LENGTH} characters")
    if session.scalar(select(StaffUser.id).where(StaffUser.email == email)) is not None:
        raise StaffError(f"email: {email} already has a staff login")
    staff = StaffUser(
        email=email, full_name=full_name.strip(), role=role, password_hash=hash_password(password)
    )
    session.add(staff)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="staff.create",
        subject_type="staff_user",
        subject_id=staff.id,
        after={"email": email, "role": role.value},
    )
    return staff


def authenticate(session: Session, email: str, password: str) -> StaffUser | None:
    """The active staff user with these credentials, or None (the same for every failure)."""
    staff = session.scalar(select(StaffUser).where(StaffUser.email == email.strip().lower()))
    if staff is None or not staff.active or not verify_password(staff.password_hash, password):
        return None
    staff.last_login_at = utcnow()
    audit.record(
        session,
        actor=f"staff:{staff.email}",
        action="staff.login",
        subject_type="staff_user",
        subject_id=staff.id,
    )
    return staff


@dataclass(frozen=True)
class IssuedToken:
    token: ApiToken
    secret: str


def create_api_token(
    session: Session, *, name: str, scopes: list[Scope], actor: str
) -> IssuedToken:
    """A new token; its secret is returned here once and only its hash is kept."""
    if not scopes:
        raise StaffError("scopes: name at least one scope")
    secret = new_token()
    token = ApiToken(name=name, token_hash=hash_token(secret), scopes=[s.value for s in scopes])
    session.add(token)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="token.create",
        subject_type="api_token",
        subject_id=token.id,
        after={"name": name, "scopes": token.scopes},
    )
    return IssuedToken(token=token, secret=secret)


DEMO_PASSWORD = "trustdesk-demo"
DEMO_STAFF = (
    ("agent@demo.trustdesk", "Alex Agent", Role.AGENT),
    ("lead@demo.trustdesk", "Taylor Lead", Role.TEAM_LEAD),
    ("ee@demo.trustdesk", "Eden Escalations", Role.EXECUTIVE_ESCALATIONS),
    ("admin@demo.trustdesk", "Ada Admin", Role.ADMIN),
)


def ensure_demo_staff(session: Session) -> list[tuple[str, Role]]:
    """Create the demo logins (one per role) that do not exist yet; return all of them."""
    for email, full_name, role in DEMO_STAFF:
        if session.scalar(select(StaffUser.id).where(StaffUser.email == email)) is None:
            create_staff_user(
                session,
                email=email,
                full_name=full_name,
                role=role,
                password=DEMO_PASSWORD,
                actor="system:demo",
            )
    return [(email, role) for email, _, role in DEMO_STAFF]
