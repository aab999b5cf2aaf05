"""Test plumbing shared by every suite.

The database is SQLite in a temporary folder unless ``TRUSTDESK_TEST_DATABASE_URL`` names a
PostgreSQL server, in which case a throwaway database is created on it for this run (and
for each xdist worker) and dropped afterwards. The schema comes from the Alembic
migrations, never from ``create_all``, so the tests exercise the migrations too. Each test
runs inside a transaction that is rolled back.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("TRUSTDESK_SECRET_KEY", "test-secret-key-not-for-production")
# Jobs run where they are queued, inside the test's transaction.
os.environ["TRUSTDESK_JOBS_IMMEDIATE"] = "true"
os.environ.pop("TRUSTDESK_REDIS_URL", None)
os.environ.pop("TRUSTDESK_SMTP_HOST", None)
os.environ.pop("TRUSTDESK_SLACK_WEBHOOK_URL", None)

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from trustdesk import jobs, migrate
from trustdesk.config import get_settings
from trustdesk.db import build_engine, use_sessionmaker
from trustdesk.staff.actions import create_staff_user
from trustdesk.staff.models import Role, StaffUser

TEST_PASSWORD = "correct horse battery staple"
#: The read-only inputs beside the repository: playbooks and labelled data (CI has them too).
SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server_url = os.environ.get("TRUSTDESK_TEST_DATABASE_URL", "")
    if not server_url.startswith("postgresql"):
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'trustdesk-test.db'}"
        return
    name = f"trustdesk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def engine(database_url: str) -> Iterator[Engine]:
    os.environ["TRUSTDESK_DATABASE_URL"] = database_url
    get_settings.cache_clear()
    migrate.upgrade(database_url)
    engine = build_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        transaction = connection.begin()
        yield connection
        transaction.rollback()


@pytest.fixture
def session(connection: Connection) -> Iterator[Session]:
    """A session, and every session trustdesk opens during the test, inside one
    transaction that is rolled back at the end (commits become savepoints)."""
    factory = sessionmaker(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    with use_sessionmaker(factory), factory() as session:
        yield session


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    from trustdesk.app import create_app

    with TestClient(create_app(), base_url="http://testserver") as test_client:
        yield test_client


def make_staff(session: Session, role: Role, email: str | None = None) -> StaffUser:
    staff = create_staff_user(
        session,
        email=email or f"{role.value}-{uuid.uuid4().hex[:6]}@example.test",
        full_name=f"Test {role.label}",
        role=role,
        password=TEST_PASSWORD,
        actor="test",
    )
    session.commit()
    return staff


def login(client: TestClient, staff: StaffUser) -> TestClient:
    """Log ``client`` in through the real login form (CSRF token and all)."""
    form = client.get("/login")
    match = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert match, "login form carries a CSRF token"
    response = client.post(
        "/login",
        data={"email": staff.email, "password": TEST_PASSWORD, "csrf_token": match.group(1)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return client


Configure = Callable[..., None]


@pytest.fixture
def configure(monkeypatch: pytest.MonkeyPatch) -> Iterator[Configure]:
    """Set ``TRUSTDESK_<NAME>`` variables for this test; settings and job queues are built
    again from them, and restored afterwards."""

    def apply(**values: object) -> None:
        for name, value in values.items():
            monkeypatch.setenv(f"TRUSTDESK_{name.upper()}", str(value))
        get_settings.cache_clear()
        jobs.reset()

    yield apply
    monkeypatch.undo()
    get_settings.cache_clear()
    jobs.reset()


@pytest.fixture
def agent_client(client: TestClient, session: Session) -> TestClient:
    return login(client, make_staff(session, Role.AGENT))
