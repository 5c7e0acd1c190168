"""rollups, pii counts, risk tiers, pseudonyms

Adds the per-event PII count table and the daily rollups the reports read, backfilled from the events
already stored (a database from the walking skeleton keeps its history).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pii_daily",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service_id", sa.String(length=120), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("group", sa.String(length=200), nullable=False),
        sa.Column("entity_type", sa.String(length=60), nullable=False),
        sa.Column("entities", sa.Integer(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "service_id", "user", "group", "entity_type"),
    )
    op.create_table(
        "usage_daily",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service_id", sa.String(length=120), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("group", sa.String(length=200), nullable=False),
        sa.Column("requests", sa.Integer(), nullable=False),
        sa.Column("allowed", sa.Integer(), nullable=False),
        sa.Column("scrubbed", sa.Integer(), nullable=False),
        sa.Column("blocked", sa.Integer(), nullable=False),
        sa.Column("coached", sa.Integer(), nullable=False),
        sa.Column("redirected", sa.Integer(), nullable=False),
        sa.Column("personal", sa.Integer(), nullable=False),
        sa.Column("unknown_ai", sa.Integer(), nullable=False),
        sa.Column("tokens_in", sa.Integer(), nullable=False),
        sa.Column("tokens_out", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("day", "service_id", "user", "group"),
    )
    op.create_table(
        "user_pseudonym",
        sa.Column("pseudonym", sa.String(length=64), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pseudonym"),
    )
    op.create_table(
        "usage_event_pii",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(length=60), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["usage_event.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id", "entity_type"),
    )
    with op.batch_alter_table("service", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sanctioned", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("risk_tier", sa.String(length=20), nullable=True))

    with op.batch_alter_table("usage_event", schema=None) as batch_op:
        batch_op.create_index("ix_usage_event_service_time", ["service_id", "time"], unique=False)
        batch_op.create_index("ix_usage_event_user_time", ["user", "time"], unique=False)

    _backfill()


def _backfill() -> None:
    bind = op.get_bind()
    events = sa.table("usage_event", sa.column("id", sa.Integer), sa.column("pii_counts", sa.JSON))
    pii = sa.table("usage_event_pii", sa.column("event_id"), sa.column("entity_type"), sa.column("count"))
    last = 0
    while True:  # the JSON counts become rows, in chunks so a big history does not fill memory
        rows = bind.execute(
            sa.select(events.c.id, events.c.pii_counts)
            .where(events.c.id > last)
            .order_by(events.c.id)
            .limit(5000)
        ).all()
        if not rows:
            break
        last = rows[-1][0]
        values = [
            {"event_id": i, "entity_type": t[:60], "count": int(n)}
            for i, counts in rows
            for t, n in (counts or {}).items()
            if int(n) > 0
        ]
        if values:
            bind.execute(pii.insert(), values)
    day = "date(e.time)" if bind.dialect.name == "sqlite" else "(e.time AT TIME ZONE 'UTC')::date"
    op.execute(f"""
        INSERT INTO usage_daily (day, service_id, "user", "group", requests, allowed, scrubbed, blocked,
                                 coached, redirected, personal, unknown_ai, tokens_in, tokens_out,
                                 first_seen, last_seen)
        SELECT {day}, e.service_id, e."user", e."group", count(*),
               sum(CASE WHEN e.action = 'allow' THEN 1 ELSE 0 END),
               sum(CASE WHEN e.action = 'scrub' THEN 1 ELSE 0 END),
               sum(CASE WHEN e.action = 'block' THEN 1 ELSE 0 END),
               sum(CASE WHEN e.action = 'coach' THEN 1 ELSE 0 END),
               sum(CASE WHEN e.action = 'redirect' THEN 1 ELSE 0 END),
               sum(CASE WHEN e.personal_account THEN 1 ELSE 0 END),
               sum(CASE WHEN e.unknown_ai THEN 1 ELSE 0 END),
               coalesce(sum(e.tokens_in), 0), coalesce(sum(e.tokens_out), 0), min(e.time), max(e.time)
        FROM usage_event e GROUP BY 1, 2, 3, 4""")
    op.execute(f"""
        INSERT INTO pii_daily (day, service_id, "user", "group", entity_type, entities, events)
        SELECT {day}, e.service_id, e."user", e."group", p.entity_type, sum(p.count), count(*)
        FROM usage_event_pii p JOIN usage_event e ON e.id = p.event_id GROUP BY 1, 2, 3, 4, 5""")


def downgrade() -> None:
    with op.batch_alter_table("usage_event", schema=None) as batch_op:
        batch_op.drop_index("ix_usage_event_user_time")
        batch_op.drop_index("ix_usage_event_service_time")

    with op.batch_alter_table("service", schema=None) as batch_op:
        batch_op.drop_column("risk_tier")
        batch_op.drop_column("sanctioned")

    op.drop_table("usage_event_pii")
    op.drop_table("user_pseudonym")
    op.drop_table("usage_daily")
    op.drop_table("pii_daily")
