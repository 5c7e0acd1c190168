"""The recorder: batches, flushes on close, survives a database outage, counts what it drops."""

import sqlite3
import time
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from inventory.db import make_engine
from inventory.models import Service, UsageDaily, UsageEvent
from inventory.recorder import Recorder
from tests.inventory.conftest import PG_ADMIN, fresh_pg_database, pg_admin

T0 = datetime(2026, 11, 20, 12, tzinfo=UTC)


def event(i: int = 0, **kw) -> UsageEvent:
    fields = dict(time=T0 + timedelta(seconds=i), user=f"user{i % 7}", service_id="openai-api",
                  host="api.openai.com", action="scrub", pii_counts={"PERSON": 1} if i % 2 else {})
    return UsageEvent(**(fields | kw))


def count_events(engine) -> int:
    with Session(engine) as s:
        return s.exec(select(func.count()).select_from(UsageEvent)).one()


def wait_until(cond, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def test_batches_then_flushes_on_close(engine):
    rec = Recorder(engine, batch_size=500)
    for i in range(1200):  # queued before the writer starts: exactly 3 batches
        assert rec.record(event(i))
    rec.start().close()
    assert count_events(engine) == 1200
    stats = rec.stats.snapshot(rec.depth)
    assert stats | {"queue_depth": 0} == {"recorded": 1200, "dropped": 0, "rejected": 0, "write_failures": 0,
                                          "batches": 3, "pending": 0, "database_up": 1, "queue_depth": 0}
    with Session(engine) as s:  # rollups written in the same transactions
        assert s.exec(select(func.sum(UsageDaily.requests))).one() == 1200


def test_close_writes_everything_queued_while_running(engine):
    rec = Recorder(engine, batch_size=100).start()
    for i in range(2000):
        rec.record(event(i))
    rec.close()
    assert count_events(engine) == 2000 and rec.stats.recorded == 2000


def test_queue_bound_drops_and_counts(engine):
    rec = Recorder(engine, max_queue=10)
    results = [rec.record(event(i)) for i in range(15)]
    assert results == [True] * 10 + [False] * 5
    assert rec.stats.dropped == 5 and rec.depth == 10
    rec.start().close()
    assert count_events(engine) == 10
    assert rec.record(event(99)) is False and rec.stats.dropped == 6  # after close: counted, not written


def test_refused_event_is_set_aside_not_retried(engine):
    rec = Recorder(engine)
    for i in range(5):
        rec.record(event(i))
    rec.record(event(5, service_id=None))  # NOT NULL violation: bad data, not an outage
    rec.record(event(6))
    rec.start().close()
    assert count_events(engine) == 6
    assert rec.stats.rejected == 1 and rec.stats.recorded == 6 and rec.stats.write_failures == 0


def test_services_are_added_once_and_never_overwritten(engine):
    with Session(engine) as s:
        s.add(Service(id="openai-api", name="OpenAI API", vendor="OpenAI", risk_tier="low"))
        s.commit()
    rec = Recorder(engine)
    assert rec.record(Service(id="openai-api", name="api.openai.com", unknown=True))
    assert rec.record(Service(id="new-ai", name="new.ai.example", unknown=True))
    assert rec.record(Service(id="new-ai", name="new.ai.example", unknown=True))  # deduplicated in memory
    rec.start().close()
    with Session(engine) as s:
        rows = {r.id: r for r in s.exec(select(Service))}
    assert rows["openai-api"].name == "OpenAI API" and rows["openai-api"].risk_tier == "low"
    assert rows["new-ai"].unknown is True


def test_postgresql_outage_then_back_loses_nothing():
    """A real outage: the database refuses connections and its sessions are killed, then it comes back."""
    with fresh_pg_database() as url:
        name = url.rsplit("/", 1)[1]
        engine = make_engine(url)
        rec = Recorder(engine, max_queue=5000, batch_size=200, retry_interval=0.1, max_retry_interval=0.5)
        rec.start()
        for i in range(300):
            rec.record(event(i))
        wait_until(lambda: rec.stats.recorded == 300)
        try:
            pg_admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            pg_admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
            for i in range(300, 3300):  # 3000 events during the outage: within the bound (5000 + 200)
                assert rec.record(event(i))
            wait_until(lambda: rec.stats.write_failures >= 2)
            assert rec.stats.database_up is False and rec.stats.recorded == 300
        finally:
            pg_admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        wait_until(lambda: rec.stats.recorded == 3300)
        rec.close()
        assert rec.stats.dropped == 0 and rec.stats.database_up is True
        assert count_events(engine) == 3300
        with psycopg.connect(PG_ADMIN.replace("dbname=postgres", f"dbname={name}")) as conn:
            assert conn.execute('SELECT sum(requests) FROM usage_daily').fetchone()[0] == 3300
        engine.dispose()


def test_sqlite_locked_then_back_loses_nothing(tmp_path):
    """A real SQLite fault: another connection holds an exclusive lock (writes fail), then releases it."""
    path = tmp_path / "locked.db"
    engine = make_engine(f"sqlite:///{path}", sqlite_timeout=0.05)
    rec = Recorder(engine, retry_interval=0.05, max_retry_interval=0.2).start()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        for i in range(500):
            rec.record(event(i))
        wait_until(lambda: rec.stats.write_failures >= 2)
        assert rec.stats.recorded == 0 and rec.stats.database_up is False
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    wait_until(lambda: rec.stats.recorded == 500)
    rec.close()
    assert count_events(engine) == 500 and rec.stats.dropped == 0
    engine.dispose()


def test_close_with_database_down_counts_unwritten_as_dropped(tmp_path):
    path = tmp_path / "down.db"
    engine = make_engine(f"sqlite:///{path}", sqlite_timeout=0.05)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        rec = Recorder(engine, retry_interval=0.05).start()
        for i in range(50):
            rec.record(event(i))
        started = time.monotonic()
        rec.close(timeout=1.0)
        assert time.monotonic() - started < 5
        assert rec.stats.dropped == 50 and rec.stats.recorded == 0
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    engine.dispose()


@pytest.mark.parametrize("bad", [dict(max_queue=0), dict(batch_size=0), dict(retry_interval=0)])
def test_bad_settings_fail_at_construction(engine, bad):
    with pytest.raises(ValueError):
        Recorder(engine, **bad)
