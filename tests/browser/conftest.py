"""A live trustdesk for the browser tests: uvicorn on a free 127.0.0.1 port, in a thread,
against a database of its own (the browser's requests commit for real, so they cannot run
inside the rolled-back transaction of the other tests).

SQLite: a file in a temporary folder. PostgreSQL (``TRUSTDESK_TEST_DATABASE_URL``): a
database beside the run's throwaway one, created here and dropped afterwards.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from tests import factories
from tests.conftest import TEST_PASSWORD
from trustdesk import migrate
from trustdesk.db import build_engine, use_sessionmaker
from trustdesk.desk import actions
from trustdesk.desk.models import Channel, Ticket
from trustdesk.desk.seed import seed_desk
from trustdesk.staff.actions import create_staff_user
from trustdesk.staff.models import Role, StaffUser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REPOSITORY = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPOSITORY / "test-artifacts" / "screenshots"
SERVER_START_SECONDS = 10


@pytest.fixture(scope="module")
def browser_database_url(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('browser') / 'trustdesk-browser.db'}"
        return
    name = f"trustdesk_browser_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="module")
def browser_sessions(browser_database_url: str) -> Iterator[sessionmaker[Session]]:
    """Every session trustdesk opens while the live server runs comes from here."""
    migrate.upgrade(browser_database_url)
    engine = build_engine(browser_database_url)
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    with use_sessionmaker(factory):
        yield factory
    engine.dispose()


@dataclass(frozen=True)
class Desk:
    """What the browser tests find in the live desk."""

    agent: StaffUser
    team_lead: StaffUser
    ticket: Ticket


@pytest.fixture(scope="module")
def desk(browser_sessions: sessionmaker[Session]) -> Desk:
    with browser_sessions() as session, session.begin():
        seed_desk(session)
        agent, team_lead = (
            create_staff_user(
                session,
                email=f"{role.value}@browser.test",
                full_name=name,
                role=role,
                password=TEST_PASSWORD,
                actor="test",
            )
            for role, name in ((Role.AGENT, "Alex Agent"), (Role.TEAM_LEAD, "Tara Lead"))
        )
        requester = factories.account(
            session, first_name="Maria", last_name="Santos", email="maria@example.test"
        )
        ticket = actions.open_ticket(
            session,
            subject="Can I talk to your CEO about my withdrawal?",
            body="My withdrawal has been pending for a week and I want to speak to the CEO.",
            channel=Channel.EMAIL,
            actor="test",
            requester_account=requester,
            category_slug="contact_information_request",
        )
    return Desk(agent=agent, team_lead=team_lead, ticket=ticket)


def _free_socket() -> socket.socket:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    return listener


@pytest.fixture(scope="module")
def live_server(desk: Desk) -> Iterator[str]:
    """The base URL of trustdesk served by uvicorn in a background thread."""
    listener = _free_socket()
    port = listener.getsockname()[1]
    config = uvicorn.Config(
        "trustdesk.app:create_app",
        factory=True,
        log_level="warning",
        lifespan="off",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + SERVER_START_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the live trustdesk server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=SERVER_START_SECONDS)
        listener.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(
            f"Chromium not found at {CHROMIUM}: install Debian's chromium package to run the "
            "browser tests"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, live_server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(5_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
