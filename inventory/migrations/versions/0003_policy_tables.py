"""policy tables: corporate key fingerprints, instance secret, proxy heartbeats

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A process started before this migration existed may have created these with create_all.
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "key_fingerprint" not in existing:
        op.create_table(
            "key_fingerprint",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("fingerprint", sa.String(length=64), nullable=False),
            sa.Column("label", sa.String(length=200), nullable=False),
            sa.Column("service_id", sa.String(length=120), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("created_by", sa.String(length=200), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("key_fingerprint") as batch_op:
            batch_op.create_index(batch_op.f("ix_key_fingerprint_fingerprint"), ["fingerprint"], unique=True)
    if "instance_secret" not in existing:
        op.create_table(
            "instance_secret",
            sa.Column("name", sa.String(length=60), nullable=False),
            sa.Column("value", sa.String(length=200), nullable=False),
            sa.PrimaryKeyConstraint("name"),
        )
    if "proxy_heartbeat" not in existing:
        op.create_table(
            "proxy_heartbeat",
            sa.Column("proxy_id", sa.String(length=200), nullable=False),
            sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
            sa.Column("policy_version", sa.String(length=40), nullable=False),
            sa.PrimaryKeyConstraint("proxy_id"),
        )


def downgrade() -> None:
    op.drop_table("proxy_heartbeat")
    op.drop_table("instance_secret")
    with op.batch_alter_table("key_fingerprint") as batch_op:
        batch_op.drop_index(batch_op.f("ix_key_fingerprint_fingerprint"))
    op.drop_table("key_fingerprint")
