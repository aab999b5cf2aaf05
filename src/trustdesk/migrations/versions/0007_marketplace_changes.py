"""marketplace changes

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import trustdesk.db

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "marketplace_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("subject_type", sa.String(length=40), nullable=False),
        sa.Column("subject_external_id", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", trustdesk.db.UTCDateTime(), nullable=False),
        sa.Column("delivered_at", trustdesk.db.UTCDateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_marketplace_changes")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_marketplace_changes_idempotency_key")),
    )
    with op.batch_alter_table("marketplace_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_marketplace_changes_delivered_at"), ["delivered_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("marketplace_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_marketplace_changes_delivered_at"))
    op.drop_table("marketplace_changes")
