"""spend: event cost and requested model, shared budget counters

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("usage_event") as batch_op:
        batch_op.add_column(sa.Column("cost_usd", sa.Float(), nullable=True))
        batch_op.add_column(
            sa.Column("model_requested", sa.String(length=200), nullable=False, server_default="")
        )
    op.create_table(
        "budget_counter",
        sa.Column("budget", sa.String(length=60), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("tokens", sa.BigInteger(), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.Column("requests", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("budget", "period", "subject"),
    )


def downgrade() -> None:
    op.drop_table("budget_counter")
    with op.batch_alter_table("usage_event") as batch_op:
        batch_op.drop_column("model_requested")
        batch_op.drop_column("cost_usd")
