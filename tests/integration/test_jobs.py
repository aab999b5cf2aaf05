"""Background jobs through Huey: a real consumer delivers what the desk queues, on the
embedded SQLite queue and on Redis; retries, the periodic SLA check, the web process's
own consumer and ``trustdesk worker``. Each wait is bounded (``DEADLINE_SECONDS``)."""

from __future__ import annotations

import fcntl
import os
import queue
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from huey import RedisHuey, SqliteHuey
from huey.exceptions import TaskLockedException
from huey.signals import SIGNAL_COMPLETE, SIGNAL_ERROR
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from tests import factories
from tests.conftest import Configure
from tests.integration.test_mail import SmtpInbox, free_port, running_smtp_server
from trustdesk import jobs, mail, migrate
from trustdesk.app import create_app
from trustdesk.cli import app as cli
from trustdesk.config import get_settings
from trustdesk.db import build_engine, utcnow
from trustdesk.desk import actions
from trustdesk.desk.models import Channel, EmailStatus, OutboundEmail, SlaClock, Ticket

DEADLINE_SECONDS = 10
#: A Redis database of its own, emptied before and after each test that uses it.
REDIS_URL = "redis://127.0.0.1:6379/15"

Finished = queue.Queue[tuple[str, str]]


@pytest.fixture
def redis_db() -> Iterator[str]:
    """The test's Redis database, empty. Parallel test processes (pytest-xdist) take
    turns: they share the database, and a consumer of one would take the other's jobs."""
    with (Path(tempfile.gettempdir()) / "trustdesk-test-redis-15.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        client = redis.Redis.from_url(REDIS_URL)
        client.flushdb()
        try:
            yield REDIS_URL
        finally:
            client.flushdb()
            client.close()
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture
def sqlite_queue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The embedded queue's file in this test's folder, not in ./var."""
    path = tmp_path / "jobs.db"
    monkeypatch.setattr(jobs, "SQLITE_QUEUE_PATH", path)
    return path


@pytest.fixture(params=["sqlite", "redis"])
def queued(request: pytest.FixtureRequest, configure: Configure, sqlite_queue: Path) -> jobs.Jobs:
    """Jobs are queued, not run immediately: in the SQLite file, or in Redis."""
    if request.param == "redis":
        configure(jobs_immediate=False, redis_url=request.getfixturevalue("redis_db"))
    else:
        configure(jobs_immediate=False)
    return jobs.current()


@pytest.fixture
def smtp(configure: Configure) -> Iterator[SmtpInbox]:
    inbox = SmtpInbox()
    with running_smtp_server(inbox) as port:
        configure(smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False)
        yield inbox


@pytest.fixture
def ticket(session: Session) -> Ticket:
    ticket = actions.open_ticket(
        session,
        subject="Payment on hold",
        body="Why is my payment on hold?",
        channel=Channel.EMAIL,
        actor="test",
        requester_email="maria@example.com",
    )
    session.commit()
    return ticket


def queue_email(session: Session, ticket: Ticket, key: str = "job-test") -> int:
    email = mail.queue_email(
        session, key=key, to="maria@example.com", subject="Hello", body="Body", ticket_id=ticket.id
    )
    session.commit()  # the delivery job is queued after commit
    return email.id


def reloaded(session: Session, email_id: int) -> OutboundEmail:
    email = session.get(OutboundEmail, email_id)
    assert email is not None
    session.refresh(email)
    return email


@contextmanager
def finished_tasks(jobs_: jobs.Jobs) -> Iterator[Finished]:
    """(signal, task name) for every task the consumer completes or fails."""
    finished: Finished = queue.Queue()

    def record(signal_name: str, task: Any, *_: Any) -> None:
        finished.put((signal_name, task.name))

    jobs_.huey.signal(SIGNAL_COMPLETE, SIGNAL_ERROR)(record)
    try:
        yield finished
    finally:
        jobs_.huey.disconnect_signal(record, SIGNAL_COMPLETE, SIGNAL_ERROR)


def wait_for(finished: Finished, expected: tuple[str, str], count: int = 1) -> None:
    """Wait (at most ``DEADLINE_SECONDS``) until ``expected`` was seen ``count`` times."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    seen: list[tuple[str, str]] = []
    while seen.count(expected) < count:
        try:
            seen.append(finished.get(timeout=max(0.0, deadline - time.monotonic())))
        except queue.Empty:
            pytest.fail(f"waited {DEADLINE_SECONDS}s for {count} x {expected}; saw {seen}")


@contextmanager
def consuming(jobs_: jobs.Jobs) -> Iterator[None]:
    """A real Huey consumer on a thread of this process. One worker, no scheduler: the
    test's database connection is shared, so only one thread may use it at a time (the
    test reads the database only while the consumer is stopped)."""
    consumer = jobs.start_in_process_consumer(jobs_, workers=1, periodic=False)
    assert consumer is not None
    try:
        yield
    finally:
        jobs.stop_consumer(consumer)


# --- a real consumer ---------------------------------------------------------------------


def test_the_queue_follows_the_settings(queued: jobs.Jobs, sqlite_queue: Path) -> None:
    if get_settings().redis_url:
        assert isinstance(queued.huey, RedisHuey)
        assert queued.huey.storage.conn.connection_pool.connection_kwargs["db"] == 15
    else:
        assert isinstance(queued.huey, SqliteHuey)
        assert queued.huey.storage.filename == str(sqlite_queue)
    assert not queued.huey.immediate


def test_a_consumer_delivers_a_queued_email(
    session: Session, ticket: Ticket, smtp: SmtpInbox, queued: jobs.Jobs
) -> None:
    with finished_tasks(queued) as finished:
        email_id = queue_email(session, ticket)
        assert queued.huey.pending_count() == 1
        assert reloaded(session, email_id).status == EmailStatus.QUEUED
        with consuming(queued):
            wait_for(finished, (SIGNAL_COMPLETE, "deliver_email"))
    assert [message["Subject"] for message in smtp.messages] == ["Hello"]
    assert reloaded(session, email_id).status == EmailStatus.SENT


def test_a_delivery_job_run_three_times_sends_the_email_once(
    session: Session, ticket: Ticket, smtp: SmtpInbox, queued: jobs.Jobs
) -> None:
    with finished_tasks(queued) as finished:
        email_id = queue_email(session, ticket)
        queued.deliver_email(email_id)
        queued.deliver_email(email_id)
        with consuming(queued):
            wait_for(finished, (SIGNAL_COMPLETE, "deliver_email"), count=3)
    assert len(smtp.messages) == 1
    assert reloaded(session, email_id).attempts == 1


def test_a_failed_delivery_is_retried_by_the_queue(
    session: Session, ticket: Ticket, queued: jobs.Jobs, configure: Configure
) -> None:
    configure(smtp_host="127.0.0.1", smtp_port=free_port(), smtp_starttls=False)
    with finished_tasks(queued) as finished:
        email_id = queue_email(session, ticket)
        with consuming(queued):
            wait_for(finished, (SIGNAL_ERROR, "deliver_email"))
    (retry,) = queued.huey.scheduled()
    assert (retry.name, retry.args) == ("deliver_email", (email_id,))
    assert retry.retries == jobs.DELIVERY_RETRIES - 1
    failed = reloaded(session, email_id)
    assert failed.status == EmailStatus.QUEUED
    assert failed.last_error is not None


def test_when_the_queue_is_down_the_change_is_saved_and_the_email_waits_for_the_sweep(
    session: Session, ticket: Ticket, configure: Configure
) -> None:
    configure(jobs_immediate=False, redis_url=f"redis://127.0.0.1:{free_port()}/0")
    email_id = queue_email(session, ticket)  # queueing fails after commit: logged only
    assert reloaded(session, email_id).status == EmailStatus.QUEUED
    later = utcnow() + mail.RETRY_AFTER + timedelta(seconds=1)
    assert mail.undelivered(session, later) == [email_id]


# --- periodic jobs -------------------------------------------------------------------------


@pytest.mark.parametrize("redis_url", [None, REDIS_URL])
def test_the_sla_check_runs_every_minute_and_the_sweep_every_five(
    redis_url: str | None, tmp_path: Path
) -> None:
    built = jobs.build_jobs(redis_url=redis_url, sqlite_path=tmp_path / "jobs.db")
    try:

        def due(minute: int) -> set[str]:
            at = datetime(2026, 11, 2, 9, minute, tzinfo=UTC).replace(tzinfo=None)
            return {task.name for task in built.huey.read_periodic(at)}

        assert due(5) == {"check_sla_clocks", "retry_undelivered"}
        assert due(7) == {"check_sla_clocks"}
        at_three = datetime(2026, 11, 2, 3, 0)
        assert {task.name for task in built.huey.read_periodic(at_three)} == {
            "check_sla_clocks",
            "retry_undelivered",
            "recompute_reputation",
        }
    finally:
        jobs.close(built)


def test_the_daily_job_recomputes_every_score(session: Session) -> None:
    maria = factories.account(session)
    for _ in range(2):
        contract = factories.contract(session, factories.client_account(session), maria)
        factories.payment(session, contract, 40_000)
        factories.feedback(session, contract)
    session.commit()
    assert jobs.current().recompute_reputation.call_local() >= 1
    session.refresh(maria)
    assert maria.job_success_score == 100


def test_the_sla_check_job_records_each_breach_once(session: Session) -> None:
    opened = utcnow() - timedelta(days=3)
    ticket = actions.open_ticket(
        session,
        subject="Old ticket",
        body="Nobody answered",
        channel=Channel.EMAIL,
        actor="test",
        requester_email="maria@example.com",
        now=opened,
    )
    session.commit()
    check = jobs.current().check_sla_clocks
    assert check.call_local() == 2  # first response and resolution
    assert check.call_local() == 0
    clocks = session.scalars(select(SlaClock).where(SlaClock.ticket_id == ticket.id)).all()
    for clock in clocks:
        session.refresh(clock)
    assert all(clock.breached_at is not None for clock in clocks)


def test_an_sla_check_already_running_elsewhere_is_not_run_twice(session: Session) -> None:
    current = jobs.current()
    with current.huey.lock_task("check_sla_clocks"), pytest.raises(TaskLockedException):
        current.check_sla_clocks.call_local()


# --- the web process's consumer --------------------------------------------------------------


def test_the_web_app_consumes_jobs_in_process_and_stops_with_it(
    session: Session,
    ticket: Ticket,
    smtp: SmtpInbox,
    configure: Configure,
    sqlite_queue: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    configure(jobs_immediate=False)
    # One worker: the test's shared database connection takes one thread at a time.
    monkeypatch.setattr(jobs, "IN_PROCESS_WORKERS", 1)
    current = jobs.current()
    with finished_tasks(current) as finished:
        email_id = queue_email(session, ticket)  # waits in the SQLite file
        app = create_app()
        with TestClient(app):
            consumer = app.state.job_consumer
            assert isinstance(consumer, jobs.InProcessConsumer)
            assert consumer.scheduler.is_alive()  # the periodic SLA check runs here too
            wait_for(finished, (SIGNAL_COMPLETE, "deliver_email"))
        threads = [thread for _, thread in consumer.worker_threads] + [consumer.scheduler]
        assert not any(thread.is_alive() for thread in threads)
    assert reloaded(session, email_id).status == EmailStatus.SENT
    assert len(smtp.messages) == 1


@pytest.mark.parametrize(
    "settings", [{"redis_url": REDIS_URL}, {"jobs_in_process": False}, {"jobs_immediate": True}]
)
def test_the_web_app_runs_no_consumer_when_workers_or_tests_run_jobs(
    settings: dict[str, object], configure: Configure, sqlite_queue: Path
) -> None:
    configure(**({"jobs_immediate": False} | settings))
    app = create_app()
    with TestClient(app):
        assert app.state.job_consumer is None


# --- trustdesk worker --------------------------------------------------------------------------


def test_trustdesk_worker_delivers_from_redis_and_stops_on_sigterm(
    tmp_path: Path, redis_db: str
) -> None:
    database_url = f"sqlite:///{tmp_path / 'worker.db'}"
    migrate.upgrade(database_url)
    engine = build_engine(database_url)
    try:
        with Session(engine) as own, own.begin():
            email = OutboundEmail(
                idempotency_key="worker-test",
                to_address="maria@example.com",
                subject="From the worker",
                body="Body",
                message_id="<worker-test@trustdesk.local>",
                status=EmailStatus.QUEUED,
                attempts=0,
            )
            own.add(email)
            own.flush()
            email_id = email.id
        producer = jobs.build_jobs(redis_url=redis_db)
        producer.deliver_email(email_id)
        jobs.close(producer)

        inbox = SmtpInbox()
        with running_smtp_server(inbox) as port:
            env = os.environ | {
                "TRUSTDESK_DATABASE_URL": database_url,
                "TRUSTDESK_REDIS_URL": redis_db,
                "TRUSTDESK_JOBS_IMMEDIATE": "false",
                "TRUSTDESK_SMTP_HOST": "127.0.0.1",
                "TRUSTDESK_SMTP_PORT": str(port),
                "TRUSTDESK_SMTP_STARTTLS": "false",
            }
            command = [str(Path(sys.executable).parent / "trustdesk"), "worker", "--workers", "2"]
            with (tmp_path / "worker.log").open("w") as log:
                worker = subprocess.Popen(
                    command, env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT
                )
                try:
                    arrived = inbox.arrived.wait(DEADLINE_SECONDS)
                finally:
                    worker.send_signal(signal.SIGTERM)
                    exit_code = worker.wait(DEADLINE_SECONDS)
            output = (tmp_path / "worker.log").read_text()
        assert arrived, output
        assert exit_code == 0, output
        assert [message["Subject"] for message in inbox.messages] == ["From the worker"]
        with Session(engine) as own:
            delivered = own.get(OutboundEmail, email_id)
            assert delivered is not None
            assert (delivered.status, delivered.delivered_via) == (EmailStatus.SENT, "smtp")
        assert "check_sla_clocks" in output  # the periodic SLA check is registered there
    finally:
        engine.dispose()


def test_trustdesk_worker_refuses_when_jobs_run_immediately() -> None:
    result = CliRunner().invoke(cli, ["worker"])  # the suite runs jobs immediately
    assert result.exit_code == 2
    assert "TRUSTDESK_JOBS_IMMEDIATE" in result.output
