"""Background jobs through Huey.

Embedded default: Huey's SQLite storage under ``var/`` with the consumer running inside
the web process (``InProcessConsumer``). At scale: ``TRUSTDESK_REDIS_URL`` switches to
Redis and any number of ``trustdesk worker`` processes consume. Tests run jobs
immediately where they are queued. Every job is idempotent: it may run twice.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from huey import Huey, RedisHuey, SqliteHuey, crontab
from huey.consumer import Consumer

from trustdesk.config import VAR_DIR, get_settings

log = logging.getLogger(__name__)


@lru_cache
def get_huey() -> Huey:
    settings = get_settings()
    if settings.redis_url:
        return RedisHuey("trustdesk", url=settings.redis_url, immediate=settings.jobs_immediate)
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    return SqliteHuey(
        "trustdesk", filename=str(VAR_DIR / "jobs.db"), immediate=settings.jobs_immediate
    )


huey = get_huey()


class InProcessConsumer(Consumer):  # type: ignore[misc]  # huey has no type hints
    """A consumer run on threads inside another process (the web server), which owns
    the signal handlers."""

    def _set_signal_handlers(self) -> None:
        pass


def start_in_process_consumer(workers: int = 2) -> Consumer | None:
    if huey.immediate:
        return None
    consumer = InProcessConsumer(huey, workers=workers, worker_type="thread", periodic=True)
    consumer.start()
    log.info("in-process job consumer started with %d threads", workers)
    return consumer


@huey.task(retries=3, retry_delay=30)  # type: ignore[untyped-decorator]  # huey has no hints
def deliver_email(email_id: int) -> None:
    from trustdesk import mail

    mail.deliver(email_id)


@huey.task(retries=3, retry_delay=30)  # type: ignore[untyped-decorator]  # huey has no hints
def post_notification(notification_id: int) -> None:
    from trustdesk import notify

    notify.post_to_webhook(notification_id)


@huey.periodic_task(crontab(minute="*"))  # type: ignore[untyped-decorator]  # no hints
def check_sla_clocks() -> None:
    from trustdesk.db import session_scope, utcnow
    from trustdesk.desk.actions import check_clocks

    with session_scope() as session:
        check_clocks(session, utcnow())
