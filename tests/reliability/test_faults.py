"""Faults with the real process on PostgreSQL: scrubber timeout, database down and back, an unloadable
policy version, and SIGTERM while requests are in flight (last: it ends the process).

The stack's scrub timeout is 1 ms, so every scrub times out: traffic the policy scrubs must be refused,
never forwarded. Allowed traffic (Mistral) keeps flowing and is recorded.
"""

import signal
import threading
import uuid

import httpx
import psycopg
import pytest
from sqlalchemy import create_engine, func
from sqlmodel import Session, select

from inventory.models import PolicyVersion, UsageEvent
from tests.conftest import stop_stack, wait_for
from tests.reliability.helpers import (
    OPENAI,
    POLICY,
    assert_clean,
    chat,
    client,
    error_message,
    reliability_stack,
)

MISTRAL = "https://api.mistral.ai/v1/chat/completions"
ANTHROPIC = "https://api.anthropic.com/v1/messages"
PG = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"


def _admin_sql(sql: str) -> None:
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture(scope="module")
def pg(tmp_path_factory, fake_llm):
    name = f"aiwarden_rel_{uuid.uuid4().hex[:10]}"
    try:
        _admin_sql(f"CREATE DATABASE {name}")
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    tmp = tmp_path_factory.mktemp("faults")
    s = reliability_stack(tmp, fake_llm, {"AIWARDEN_DATABASE_URL": url, "AIWARDEN_SCRUB_TIMEOUT": "0.001"})
    s.name = name  # type: ignore[attr-defined]
    s.db = create_engine(url, pool_pre_ping=True)  # type: ignore[attr-defined]
    yield s
    s.db.dispose()  # type: ignore[attr-defined]
    if s.proc.poll() is None:
        stop_stack(s)
    _admin_sql(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
    _admin_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def count(pg, user: str) -> int:
    with Session(pg.db) as session:
        return session.exec(select(func.count()).select_from(UsageEvent).where(UsageEvent.user == user)).one()


def test_scrubber_timeout_fails_closed(pg):
    before = len(pg.fake.received)
    with client(pg, "timeout") as c:
        r = c.post(OPENAI, json=chat())
    assert r.status_code == 503 and "in time" in error_message(r) and "not sent" in error_message(r)
    assert len(pg.fake.received) == before
    assert_clean(r.text)
    with client(pg, "timeout") as c:  # traffic that is not scrubbed is unaffected
        assert c.post(MISTRAL, json=chat()).status_code == 200
    assert wait_for(lambda: count(pg, "timeout") == 2)


def test_database_down_and_back_loses_no_events(pg):
    _admin_sql(f"ALTER DATABASE {pg.name} ALLOW_CONNECTIONS false")
    _admin_sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{pg.name}'")
    try:
        with client(pg, "outage") as c:  # the proxy serves while the inventory is unreachable
            statuses = [c.post(MISTRAL, json=chat()).status_code for _ in range(40)]
        assert statuses == [200] * 40
        # the recorder has failed at least once and holds the events
        assert wait_for(lambda: "inventory write failed" in pg.logs(), timeout=30)
        metrics = httpx.get(f"{pg.admin_url}/metrics", timeout=10).text
        assert "aiwarden" in metrics  # the admin API answers without its database
    finally:
        _admin_sql(f"ALTER DATABASE {pg.name} ALLOW_CONNECTIONS true")
    assert wait_for(lambda: count(pg, "outage") == 40, timeout=30), f"{count(pg, 'outage')} of 40 written"


def test_unloadable_stored_version_is_skipped_and_the_last_good_policy_kept(pg):
    token = pg.token("admin")
    auth = {"Authorization": f"Bearer {token}"}
    bad = httpx.put(f"{pg.admin_url}/api/v1/policy", headers=auth, json={"document": "services: [oops"})
    assert bad.status_code == 422  # the API refuses to publish it
    with Session(pg.db) as session:  # …but a row written behind its back (or by a newer aiwarden) …
        session.add(PolicyVersion(author="test", comment="unloadable", document="services: {x: {action: 7}}"))
        session.commit()
    assert wait_for(lambda: "cannot be loaded" in pg.logs(), timeout=10)  # a poll saw it and skipped it

    def reload_failures() -> float:
        lines = httpx.get(f"{pg.admin_url}/metrics").text.splitlines()
        name = "aiwarden_policy_reload_failures_total"
        return sum(float(x.split()[-1]) for x in lines if x.startswith(name))

    assert wait_for(lambda: reload_failures() >= 1, timeout=10)
    with client(pg, "policy") as c:  # the last good policy still decides: Mistral allowed
        assert c.post(MISTRAL, json=chat()).status_code == 200
    good = POLICY.replace(
        "anthropic-api: {sanctioned: true, action: scrub}", "anthropic-api: {action: block}"
    )
    ok = httpx.put(f"{pg.admin_url}/api/v1/policy", headers=auth, json={"document": good, "comment": "next"})
    assert ok.status_code == 200, ok.text

    def blocked() -> bool:
        with client(pg, "policy") as c:
            r = c.post(
                ANTHROPIC,
                json={"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]},
            )
        return r.status_code == 403

    assert wait_for(blocked, timeout=10, interval=0.5), "a newer valid version was not applied"


def test_sigterm_under_load_writes_queued_events_and_exits_cleanly(pg):
    """Last in this module: it ends the process."""
    ok = [0]
    lock = threading.Lock()
    stop = threading.Event()

    def load() -> None:
        with client(pg, "sigterm", timeout=10) as c:
            while not stop.is_set():
                try:
                    r = c.post(MISTRAL, json=chat(), headers={"x-fake-delay": "0.05"})
                except httpx.HTTPError:
                    return  # the proxy went away
                if r.status_code == 200:
                    with lock:
                        ok[0] += 1

    threads = [threading.Thread(target=load, daemon=True) for _ in range(8)]
    for t in threads:
        t.start()
    assert wait_for(lambda: ok[0] >= 20, timeout=30)  # the load is flowing
    pg.proc.send_signal(signal.SIGTERM)
    rc = pg.proc.wait(30)
    stop.set()
    for t in threads:
        t.join(15)
    assert rc == 0, pg.logs()[-2000:]
    written = count(pg, "sigterm")
    assert written >= ok[0], f"{ok[0]} answered, only {written} recorded"
    assert "Traceback" not in pg.logs()
