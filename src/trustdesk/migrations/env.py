"""Alembic environment: the URL comes from trustdesk's settings (or the caller's config)."""

from __future__ import annotations

from alembic import context

from trustdesk.config import get_settings
from trustdesk.db import build_engine
from trustdesk.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or get_settings().database_url
    engine = build_engine(url)
    with engine.connect() as fresh_connection:
        _run(fresh_connection)
    engine.dispose()


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("trustdesk migrations run online only: use `trustdesk db upgrade`")
run_migrations()
