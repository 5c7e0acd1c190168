"""Alembic environment: run programmatically by ``inventory.db.upgrade`` with a connection in
``config.attributes["connection"]`` (no alembic.ini, no logging set-up: the host process owns logging)."""

from alembic import context
from sqlmodel import SQLModel

from inventory import models  # noqa: F401  (registers the tables)

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things in place
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("aiwarden runs its migrations online only (inventory.db.upgrade)")
run_migrations_online()
