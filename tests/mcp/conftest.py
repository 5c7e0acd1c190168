"""MCP tests reuse the inventory's database fixtures (SQLite and a real PostgreSQL)."""

from tests.inventory.conftest import _session_engine, db_url, engine  # noqa: F401
