"""An index on lower(accounts.email)

Inbound email finds the sender's account, and a new ticket its requester, by comparing
lower-cased addresses (``lower(email) = :address``): without an index on that expression
each lookup reads every account.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-21 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_accounts_email_lower", [sa.literal_column("lower(email)")], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index("ix_accounts_email_lower")
