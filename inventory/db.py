"""Database engine, built once from a URL and injected everywhere else; the schema is migrated on start."""

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from sqlmodel import create_engine

from inventory import models  # noqa: F401  (registers the tables)
from inventory.errors import DatabaseUnavailable, SchemaError

MIGRATIONS = Path(__file__).with_name("migrations")
# Any fixed 64-bit number; every aiwarden process migrating the same PostgreSQL database takes this lock.
_PG_LOCK_KEY = 0x41_49_57_41_52_44_45_4E  # "AIWARDEN"
_FIRST_REVISION = "0001"


def make_engine(url: str, migrate: bool = True, sqlite_timeout: float = 30.0) -> Engine:
    """An engine for ``url`` (SQLite in WAL mode, or PostgreSQL) with the schema upgraded to head."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": sqlite_timeout})

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):  # WAL: readers (admin API) never block the recorder's writes
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
    elif url.startswith("postgresql"):
        engine = create_engine(url, pool_pre_ping=True)
    else:
        raise ValueError("database URL must start with sqlite:// or postgresql+psycopg://")
    if migrate:
        upgrade(engine)
    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    """The Alembic configuration for the inventory migrations (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None: empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to ``revision``; safe when several processes start at once."""
    try:
        with _migration_lock(engine), engine.begin() as conn:
            cfg = alembic_config(conn)
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables and "usage_event" in tables:
                # A database made by the walking skeleton (create_all, no version table): it is revision 0001.
                command.stamp(cfg, _FIRST_REVISION)
            command.upgrade(cfg, revision)
    except SQLAlchemyError as exc:
        if _is_connection_error(exc):
            raise DatabaseUnavailable(f"database unreachable while migrating ({type(exc).__name__})") from exc
        raise SchemaError(f"schema migration failed: {type(exc).__name__}: {exc.orig or exc}"[:500]) from exc


def _is_connection_error(exc: SQLAlchemyError) -> bool:
    return isinstance(exc, OperationalError | InterfaceError)


@contextlib.contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name == "postgresql":
        # A session-level advisory lock on its own connection: held across alembic's transactions.
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK_KEY})
                conn.commit()
        return
    path = engine.url.database
    if not path or path == ":memory:":
        yield  # private in-memory database: nobody to race with
        return
    # SQLite: DDL from two processes would interleave (both see an empty schema); an exclusive file lock
    # next to the database serialises them, and the second one then finds the schema at head.
    with open(f"{path}.migrate.lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
