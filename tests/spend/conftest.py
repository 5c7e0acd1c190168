"""Spend fixtures: ``engine`` is the inventory one (SQLite and a fresh PostgreSQL, emptied per test)."""

from tests.inventory.conftest import _session_engine, db_url, engine  # noqa: F401  (re-exported fixtures)
