"""Accounts are found by their lower-cased email through the index on lower(email)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Session

from tests import factories
from trustdesk.desk.inbound import _sender_account_id
from trustdesk.desk.queries import account_by_email_or_external_id

INDEX = "ix_accounts_email_lower"


@contextmanager
def statements_run(connection: Connection) -> Iterator[list[tuple[str, Any]]]:
    """The SQL (and parameters) sent on ``connection`` while the block runs."""
    seen: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(connection, "before_cursor_execute", remember)
    try:
        yield seen
    finally:
        event.remove(connection, "before_cursor_execute", remember)


def plan(session: Session, statement: str, parameters: Any) -> str:
    """How the database would run ``statement``: its query plan as one string."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        return "\n".join(str(row[-1]) for row in rows)
    # A table of a few rows is cheaper to scan; the question is whether the index can serve.
    connection.execute(text("SET LOCAL enable_seqscan = off"))
    rows = connection.exec_driver_sql(f"EXPLAIN {statement}", parameters)
    return "\n".join(str(row[0]) for row in rows)


def lookup_plan(session: Session, lookup: Callable[[], object]) -> str:
    connection = session.connection()
    with statements_run(connection) as seen:
        lookup()
    accounts_queries = [(sql, parameters) for sql, parameters in seen if "accounts" in sql]
    assert len(accounts_queries) == 1, seen
    return plan(session, *accounts_queries[0])


def test_the_email_index_is_on_the_lower_cased_address(session: Session) -> None:
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        definition = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :name"),
            {"name": INDEX},
        ).scalar_one()
    else:
        definition = connection.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = :name"), {"name": INDEX}
        ).scalar_one()
    # PostgreSQL gives it back as btree (lower((email)::text)), SQLite as written.
    assert "lower(email)" in re.sub(r'::text|"|\((?=\()|(?<=\))\)', "", definition.lower())


def test_inbound_email_finds_the_sender_through_the_index(session: Session) -> None:
    account = factories.account(session, email="Maria.Santos@Example.test")

    assert _sender_account_id(session, "maria.santos@example.test", None) == account.id
    shown = lookup_plan(
        session, lambda: _sender_account_id(session, "maria.santos@example.test", None)
    )
    assert INDEX in shown, shown


def test_a_new_tickets_requester_is_found_through_the_index(session: Session) -> None:
    account = factories.account(session, email="maria.santos@example.test")

    assert account_by_email_or_external_id(session, "MARIA.SANTOS@example.test") is account
    shown = lookup_plan(
        session, lambda: account_by_email_or_external_id(session, "MARIA.SANTOS@example.test")
    )
    assert INDEX in shown, shown
