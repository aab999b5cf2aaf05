"""Background jobs through Huey.

Embedded default: Huey's SQLite storage in ``var/jobs.db`` with the consumer running on
threads inside the web process (the app's lifespan starts it). At scale:
``TRUSTDESK_REDIS_URL`` puts the queue in Redis and any number of ``trustdesk worker``
processes consume it. Tests run jobs immediately where they are queued.

Every job is idempotent, because a job may run twice (a retry after a timeout, a sweep
that finds the same row): delivering an email or posting a notification claims its row
first, and the SLA check records each warning and breach once.

The Huey instance is built from the settings when first needed (``current()``), not at
import, so a test or ``trustdesk worker`` gets the queue its settings name.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from huey import Huey, RedisHuey, SqliteHuey, crontab
from huey.api import TaskWrapper
from huey.consumer import Consumer

from trustdesk.config import VAR_DIR, Settings, get_settings

log = logging.getLogger(__name__)

QUEUE_NAME = "trustdesk"
#: Huey's queue file in the embedded mode (beside the default database).
SQLITE_QUEUE_PATH = VAR_DIR / "jobs.db"
#: Quick retries of a failed delivery; after them the sweep retries every few minutes
#: until ``mail.MAX_ATTEMPTS``.
DELIVERY_RETRIES = 3
DELIVERY_RETRY_DELAY_SECONDS = 30
IN_PROCESS_WORKERS = 2
#: How long stopping a consumer waits for a running job before giving up on it.
SHUTDOWN_TIMEOUT_SECONDS = 15.0


@dataclass(frozen=True)
class Jobs:
    """A Huey queue and the tasks registered on it. Calling a task queues it (or, in
    immediate mode, runs it); ``task.call_local(...)`` runs it here and now."""

    huey: Huey
    deliver_email: TaskWrapper
    post_notification: TaskWrapper
    post_change: TaskWrapper
    check_sla_clocks: TaskWrapper
    retry_undelivered: TaskWrapper
    recompute_reputation: TaskWrapper
    crisis_outreach: TaskWrapper


def _deliver_email(email_id: int) -> bool:
    from trustdesk import mail

    return mail.deliver(email_id)


def _post_notification(notification_id: int) -> bool:
    from trustdesk import notify

    return notify.post_to_webhook(notification_id)


def _post_change(change_id: int) -> bool:
    from trustdesk.marketplace import changes

    return changes.post_change(change_id)


def _crisis_outreach(event_id: int) -> int:
    from trustdesk.crisis.tasks import run_outreach

    return run_outreach(event_id)


def _check_sla_clocks() -> int:
    from trustdesk.db import session_scope, utcnow
    from trustdesk.desk.actions import check_clocks

    with session_scope() as session:
        return len(check_clocks(session, utcnow()))


def _recompute_reputation() -> int:
    """Every score and badge, and this week's history point (My Stats' chart, the Top Rated
    eligible weeks), from whatever changed since: the daily set-based recompute."""
    from trustdesk.db import session_scope, utcnow
    from trustdesk.reputation.actions import recompute_all

    with session_scope() as session:
        return recompute_all(session, utcnow(), actor="system:daily").freelancers


def _retry_undelivered() -> int:
    """Queue again the emails, notifications and marketplace changes whose job was lost
    (the queue was down when they were committed) or gave up; claiming keeps a duplicate
    job harmless."""
    from trustdesk import mail, notify
    from trustdesk.db import session_scope, utcnow
    from trustdesk.marketplace import changes

    now = utcnow()
    with session_scope() as session:
        email_ids = mail.undelivered(session, now)
        notification_ids = notify.unposted(session, now)
        change_ids = changes.unposted(session, now)
    jobs = current()
    for email_id in email_ids:
        jobs.deliver_email(email_id)
    for notification_id in notification_ids:
        jobs.post_notification(notification_id)
    for change_id in change_ids:
        jobs.post_change(change_id)
    return len(email_ids) + len(notification_ids) + len(change_ids)


def _exclusive(huey: Huey, name: str, work: Callable[[], int]) -> Callable[[], int]:
    """Run ``work`` under a lock in the queue's storage: with several consumers, each
    one's scheduler queues the periodic jobs, and only one run at a time does the work
    (the others are skipped and logged by Huey). Consumers flush these locks when they
    start, so a consumer killed mid-run does not leave the job locked out for good."""
    lock = huey.lock_task(name)

    def run_exclusively() -> int:
        with lock:
            return work()

    return run_exclusively


def build_jobs(
    *,
    redis_url: str | None = None,
    sqlite_path: Path = SQLITE_QUEUE_PATH,
    immediate: bool = False,
) -> Jobs:
    """A queue on Redis when ``redis_url`` is given, else in the SQLite file, with every
    trustdesk task registered on it under a stable name (producers and consumers built
    by this function understand each other's messages)."""
    huey: Huey
    # Nobody reads task results; storing them would only grow the queue's storage.
    if redis_url:
        huey = RedisHuey(QUEUE_NAME, url=redis_url, immediate=immediate, results=False)
    else:
        if not immediate:  # immediate mode keeps its queue in memory
            sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        huey = SqliteHuey(QUEUE_NAME, filename=str(sqlite_path), immediate=immediate, results=False)
    retrying: dict[str, Any] = {
        "retries": DELIVERY_RETRIES,
        "retry_delay": DELIVERY_RETRY_DELAY_SECONDS,
    }
    return Jobs(
        huey=huey,
        deliver_email=huey.task(name="deliver_email", **retrying)(_deliver_email),
        post_notification=huey.task(name="post_notification", **retrying)(_post_notification),
        post_change=huey.task(name="post_change", **retrying)(_post_change),
        check_sla_clocks=huey.periodic_task(crontab(minute="*"), name="check_sla_clocks")(
            _exclusive(huey, "check_sla_clocks", _check_sla_clocks)
        ),
        retry_undelivered=huey.periodic_task(crontab(minute="*/5"), name="retry_undelivered")(
            _exclusive(huey, "retry_undelivered", _retry_undelivered)
        ),
        recompute_reputation=huey.periodic_task(
            crontab(hour="3", minute="0"), name="recompute_reputation"
        )(_exclusive(huey, "recompute_reputation", _recompute_reputation)),
        # No retries: a failed run is resumed (from where it stopped) by the next start.
        crisis_outreach=huey.task(name="crisis_outreach")(_crisis_outreach),
    )


_queues: dict[tuple[str | None, Path, bool], Jobs] = {}
_queues_lock = threading.Lock()


def for_settings(settings: Settings) -> Jobs:
    """The queue these settings name (one instance per distinct configuration)."""
    key = (settings.redis_url or None, SQLITE_QUEUE_PATH, settings.jobs_immediate)
    with _queues_lock:
        if key not in _queues:
            redis_url, sqlite_path, immediate = key
            _queues[key] = build_jobs(
                redis_url=redis_url, sqlite_path=sqlite_path, immediate=immediate
            )
        return _queues[key]


def current() -> Jobs:
    """The queue of the current settings."""
    return for_settings(get_settings())


def close(jobs: Jobs) -> None:
    """Release the queue's connections (its SQLite file, its Redis connection pool)."""
    jobs.huey.storage.close()
    pool = getattr(jobs.huey.storage, "pool", None)
    if pool is not None:
        pool.disconnect()


def reset() -> None:
    """Close and forget every queue built so far, so the next use follows the settings
    as they are now (tests that change them)."""
    with _queues_lock:
        for jobs in _queues.values():
            close(jobs)
        _queues.clear()


def _enqueue(describe: str, enqueue: Callable[[Jobs], object]) -> None:
    # Called after the commit that created the row: raising here would turn a saved
    # change into an error for the user. The row stays undelivered and the periodic
    # sweep queues it again, so logging the failure loses nothing.
    try:
        enqueue(current())
    except Exception:
        log.exception("could not queue %s; the periodic sweep will retry it", describe)


def queue_email_delivery(email_id: int) -> None:
    _enqueue(f"delivery of email {email_id}", lambda jobs: jobs.deliver_email(email_id))


def queue_notification_post(notification_id: int) -> None:
    _enqueue(
        f"webhook post of notification {notification_id}",
        lambda jobs: jobs.post_notification(notification_id),
    )


def queue_change_post(change_id: int) -> None:
    _enqueue(
        f"webhook post of marketplace change {change_id}",
        lambda jobs: jobs.post_change(change_id),
    )


def queue_crisis_outreach(event_id: int) -> None:
    _enqueue(
        f"targeted outreach of crisis event {event_id}",
        lambda jobs: jobs.crisis_outreach(event_id),
    )


class InProcessConsumer(Consumer):  # type: ignore[misc]  # huey has no type hints
    """A consumer on threads inside another process (the web server), which owns the
    signal handlers."""

    def _set_signal_handlers(self) -> None:
        pass


def start_in_process_consumer(
    jobs: Jobs | None = None, *, workers: int | None = None, periodic: bool = True
) -> Consumer | None:
    """Start consuming ``jobs`` (default: the current queue) on threads of this process;
    None when jobs run immediately and there is nothing to consume."""
    jobs = jobs or current()
    if jobs.huey.immediate:
        return None
    consumer = InProcessConsumer(
        jobs.huey,
        workers=workers or IN_PROCESS_WORKERS,
        worker_type="thread",
        periodic=periodic,
        flush_locks=True,
        shutdown_timeout=SHUTDOWN_TIMEOUT_SECONDS,
    )
    consumer.start()
    log.info("in-process job consumer started with %d threads", consumer.workers)
    return consumer


def stop_consumer(consumer: Consumer) -> None:
    """Stop taking jobs and wait (up to ``SHUTDOWN_TIMEOUT_SECONDS``) for running ones."""
    consumer.stop(graceful=True)


def run_worker(*, workers: int) -> None:
    """Consume the current queue in this process until SIGINT/SIGTERM (``trustdesk
    worker``): ``workers`` threads and the periodic scheduler."""
    jobs = current()
    consumer = Consumer(
        jobs.huey,
        workers=workers,
        worker_type="thread",
        periodic=True,
        flush_locks=True,
        shutdown_timeout=SHUTDOWN_TIMEOUT_SECONDS,
        # SIGTERM (what process supervisors send) finishes running jobs first.
        graceful_signal="TERM",
    )
    consumer.run()
