"""Inventory fixtures: every test that takes ``engine`` runs on SQLite and on a real PostgreSQL.

PostgreSQL: a fresh database on 127.0.0.1:5432 (user postgres) per test session, dropped at the end;
tables are emptied between tests (much faster than a database per test).
"""

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from inventory.db import make_engine

PG_ADMIN = os.environ.get("AIWARDEN_TEST_PG", "host=127.0.0.1 port=5432 user=postgres dbname=postgres")


def pg_url(name: str) -> str:
    """SQLAlchemy URL of database ``name`` on the test server."""
    params = dict(p.split("=", 1) for p in PG_ADMIN.split())
    return f"postgresql+psycopg://{params['user']}@{params['host']}:{params['port']}/{name}"


def pg_admin(sql: str) -> None:
    """Run one statement on the server's maintenance database (autocommit)."""
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql)


@contextmanager
def fresh_pg_database() -> Iterator[str]:
    """A new, empty PostgreSQL database (its URL), dropped afterwards."""
    name = f"aiwarden_test_{uuid.uuid4().hex[:12]}"
    try:
        pg_admin(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL is not reachable at {PG_ADMIN!r} (bash .ci/postgres.sh starts one): {exc}")
    try:
        yield pg_url(name)
    finally:
        pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def db_url(request, tmp_path_factory) -> Iterator[str]:
    """One migrated database per backend for the whole session."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('inv') / 'inventory.db'}"
    else:
        with fresh_pg_database() as url:
            yield url


@pytest.fixture(scope="session")
def _session_engine(db_url) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def engine(_session_engine) -> Engine:
    """The session's database, emptied."""
    tables = [t for t in reversed(SQLModel.metadata.sorted_tables)]
    with _session_engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t.name}"' for t in tables) + " RESTART IDENTITY"))
        else:
            for t in tables:
                conn.execute(t.delete())
    return _session_engine
