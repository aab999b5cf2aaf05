"""SLA policies in minutes, and policies for tickets carrying a tag

A possible threat to life is answered in minutes (playbook 002, "immediate threat of
danger ... see a Lead immediately"): a policy's duration is kept in minutes, and a policy
may apply to the tickets carrying a tag.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-21 16:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sla_policies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tag", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("minutes", sa.Integer(), nullable=True))
    op.execute("UPDATE sla_policies SET minutes = hours * 60")
    with op.batch_alter_table("sla_policies", schema=None) as batch_op:
        batch_op.alter_column("minutes", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_constraint(batch_op.f("ck_sla_policies_hours_positive"), type_="check")
        batch_op.drop_constraint(
            batch_op.f("uq_sla_policies_kind_category_id_priority"), type_="unique"
        )
        batch_op.drop_column("hours")
        batch_op.create_check_constraint(
            batch_op.f("ck_sla_policies_minutes_positive"), "minutes > 0"
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_sla_policies_kind_category_id_priority_tag"),
            ["kind", "category_id", "priority", "tag"],
        )


def downgrade() -> None:
    # Tagged policies and durations under an hour have no place in the old table.
    op.execute("DELETE FROM sla_policies WHERE tag IS NOT NULL OR minutes % 60 <> 0")
    with op.batch_alter_table("sla_policies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hours", sa.Integer(), nullable=True))
    op.execute("UPDATE sla_policies SET hours = minutes / 60")
    with op.batch_alter_table("sla_policies", schema=None) as batch_op:
        batch_op.alter_column("hours", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_constraint(
            batch_op.f("uq_sla_policies_kind_category_id_priority_tag"), type_="unique"
        )
        batch_op.drop_constraint(batch_op.f("ck_sla_policies_minutes_positive"), type_="check")
        batch_op.drop_column("minutes")
        batch_op.drop_column("tag")
        batch_op.create_check_constraint(batch_op.f("ck_sla_policies_hours_positive"), "hours > 0")
        batch_op.create_unique_constraint(
            batch_op.f("uq_sla_policies_kind_category_id_priority"),
            ["kind", "category_id", "priority"],
        )
