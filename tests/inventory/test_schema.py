"""Migrations: from empty to head, idempotent, concurrent starts, skeleton databases, models == migrations."""

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlmodel import Session, SQLModel, select

from inventory.db import alembic_config, current_revision, make_engine
from inventory.models import PiiDaily, UsageDaily, UsageEventPii
from inventory.queries import service_summaries
from tests.inventory.conftest import fresh_pg_database

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path):
    """A URL of a database with nothing in it."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
    else:
        with fresh_pg_database() as url:
            yield url


def test_upgrade_from_empty_is_idempotent_and_matches_models(empty_url):
    engine = make_engine(empty_url)
    assert current_revision(engine) == HEAD
    tables = set(inspect(engine).get_table_names())
    assert {t.name for t in SQLModel.metadata.sorted_tables} | {"alembic_version"} == tables
    make_engine(empty_url).dispose()  # a second start finds the schema at head and changes nothing
    assert current_revision(engine) == HEAD
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, SQLModel.metadata)
    assert diff == [], f"models and migrations differ; add a revision: {diff}"
    engine.dispose()


def test_report_indexes_exist(empty_url):
    engine = make_engine(empty_url)
    names = {ix["name"] for ix in inspect(engine).get_indexes("usage_event")}
    assert {"ix_usage_event_time", "ix_usage_event_service_time", "ix_usage_event_user_time"} <= names
    engine.dispose()


def test_concurrent_starts_all_succeed(empty_url):
    """Three processes migrating the same empty database at once (advisory lock / file lock)."""
    code = ("import sys; from inventory.db import make_engine, current_revision; "
            "print(current_revision(make_engine(sys.argv[1])))")
    root = Path(__file__).parents[2]
    procs = [subprocess.Popen([sys.executable, "-c", code, empty_url], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=root) for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err[-2000:]
        assert out.strip() == HEAD


def test_skeleton_database_is_adopted_and_backfilled(empty_url):
    """A database made by the walking skeleton (create_all, no alembic_version) keeps its events."""
    raw = create_engine(empty_url)
    with raw.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(text("DROP TABLE alembic_version"))
        t = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
        insert = text(
            'INSERT INTO usage_event (time, "user", client_addr, service_id, host, path, method, action, '
            'reason, pii_counts, request_bytes, response_bytes, policy_version, "group", model, '
            "tokens_estimated, key_fingerprint, unknown_ai) VALUES (:t, :u, '', 'openai-api', "
            "'api.openai.com', '/v1', 'POST', 'scrub', '', :c, 0, 0, '1', 'eng', '', false, '', false)")
        for user, counts in (("alice", '{"PERSON": 2, "EMAIL_ADDRESS": 1}'), ("bob", "{}"),
                             ("alice", '{"PERSON": 1}')):
            conn.execute(insert, {"t": t, "u": user, "c": counts})
    raw.dispose()
    engine = make_engine(empty_url)
    assert current_revision(engine) == HEAD
    with Session(engine) as s:
        [svc] = service_summaries(s)
        assert (svc.requests, svc.users, svc.scrubbed) == (3, 2, 3)
        assert svc.pii_counts == {"PERSON": 3, "EMAIL_ADDRESS": 1}
        assert svc.pii_events == {"PERSON": 2, "EMAIL_ADDRESS": 1}
        assert len(s.exec(select(UsageEventPii)).all()) == 3
        assert sorted(d.requests for d in s.exec(select(UsageDaily))) == [1, 2]  # alice, bob
        assert sum(p.entities for p in s.exec(select(PiiDaily))) == 4
    engine.dispose()


def test_bad_url_is_a_clear_error():
    with pytest.raises(ValueError, match="sqlite:// or postgresql"):
        make_engine("mysql://nope")
