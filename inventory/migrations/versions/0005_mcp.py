"""mcp: MCP servers, their tools and client applications; the JSON-RPC method and tool of usage events

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _seen() -> list[sa.Column]:
    return [sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
            sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False)]


def upgrade() -> None:
    with op.batch_alter_table("usage_event") as batch_op:
        batch_op.add_column(sa.Column("mcp_method", sa.String(length=100), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("mcp_tool", sa.String(length=200), nullable=False, server_default=""))
    op.create_table(
        "mcp_server",
        sa.Column("id", sa.String(length=120), nullable=False),
        sa.Column("host", sa.String(length=253), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=60), nullable=False),
        sa.Column("protocol_version", sa.String(length=40), nullable=False),
        *_seen(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "mcp_tool",
        sa.Column("server_id", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        *_seen(),
        sa.PrimaryKeyConstraint("server_id", "name"),
    )
    op.create_table(
        "mcp_client",
        sa.Column("server_id", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=60), nullable=False),
        *_seen(),
        sa.PrimaryKeyConstraint("server_id", "name", "version"),
    )


def downgrade() -> None:
    op.drop_table("mcp_client")
    op.drop_table("mcp_tool")
    op.drop_table("mcp_server")
    with op.batch_alter_table("usage_event") as batch_op:
        batch_op.drop_column("mcp_tool")
        batch_op.drop_column("mcp_method")
