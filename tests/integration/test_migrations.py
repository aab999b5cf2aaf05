"""The migrations are the schema: they build exactly what the models describe."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from trustdesk.migrate import alembic_config
from trustdesk.models import Base

# SQLite cannot reflect expression indexes (lower(accounts.email)): SQLAlchemy and Alembic
# say so and leave them out (PostgreSQL reflects and compares them);
# ``test_the_email_index_is_on_the_lower_cased_address`` checks the index on both.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index:sqlalchemy.exc.SAWarning",
    "ignore:autogenerate skipping metadata-specified expression-based index:UserWarning",
)


def test_migrations_produce_exactly_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_database_is_at_the_single_head(engine: Engine) -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"migration history has branched: {heads}"
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    assert current == heads[0]


def test_every_table_has_named_constraints(engine: Engine) -> None:
    inspector = inspect(engine)
    for table in inspector.get_table_names():
        for foreign_key in inspector.get_foreign_keys(table):
            assert foreign_key["name"], f"unnamed foreign key on {table}"
        for unique in inspector.get_unique_constraints(table):
            assert unique["name"], f"unnamed unique constraint on {table}"
