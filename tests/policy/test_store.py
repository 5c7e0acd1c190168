"""The policy store: versions, diff, rollback, audit, and watchers converging (SQLite and PostgreSQL)."""

import threading
import time
import uuid

import psycopg
import pytest
from sqlmodel import Session, delete, select

from inventory.db import make_engine
from inventory.models import AuditEntry, PolicyVersion
from policy.model import PolicyError, load_policy
from policy.store import (
    PolicyWatcher,
    VersionNotFound,
    bootstrap,
    current_policy,
    diff_to_previous,
    get_version,
    list_versions,
    publish,
    rollback,
)
from policy.tables import ProxyHeartbeat
from tests.policy.conftest import memory_engine

DOC_A = "name: A\nservices: {openai-api: {sanctioned: true}}\n"
DOC_B = "name: B\nservices: {openai-api: {sanctioned: true, action: block}}\n"


def test_publish_versions_diff_and_audit():
    engine = memory_engine()
    with Session(engine) as s:
        v1 = publish(s, DOC_A, "alice", "first")
        v2 = publish(s, DOC_B, "bob", "  block openai  ")
        assert (v1.id, v2.id) == (1, 2) and v2.comment == "block openai" and v2.author == "bob"
        assert v2.time >= v1.time and v2.time.tzinfo is not None
        diff = diff_to_previous(s, v2)
        assert "-name: A" in diff and "+name: B" in diff and diff.startswith("--- v1")
        assert diff_to_previous(s, v1).startswith("--- (nothing)")
        audit = s.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [(a.actor, a.action, a.target) for a in audit] == [
            ("alice", "policy.publish", "policy v1"),
            ("bob", "policy.publish", "policy v2"),
        ]
        assert audit[1].detail["previous"] == 1 and audit[1].detail["lines_added"] == 2
        assert current_policy(s, load_policy(None)).name == "B"
        assert current_policy(s, load_policy(None)).version == "2"


def test_invalid_document_is_refused_and_not_stored():
    engine = memory_engine()
    with Session(engine) as s:
        with pytest.raises(PolicyError, match="line 1"):
            publish(s, "rules: [{action: nope}]", "alice")
        assert list_versions(s) == ([], 0)
        assert s.exec(select(AuditEntry)).all() == []


def test_rollback_publishes_a_copy():
    engine = memory_engine()
    with Session(engine) as s:
        publish(s, DOC_A, "alice")
        publish(s, DOC_B, "alice")
        v3 = rollback(s, 1, "carol")
        assert v3.id == 3 and v3.document == DOC_A and v3.comment == "rollback to v1"
        assert get_version(s, 1).document == DOC_A  # history unchanged
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "policy.rollback")).one()
        assert entry.detail["rollback_to"] == 1 and entry.actor == "carol"
        with pytest.raises(VersionNotFound):
            rollback(s, 99, "carol")


def test_bootstrap_publishes_the_file_only_when_it_changed():
    engine = memory_engine()
    assert bootstrap(engine, DOC_A).version == "1"
    assert bootstrap(engine, DOC_A).version == "1"  # restart with the same file: nothing new
    with Session(engine) as s:
        publish(s, DOC_B, "alice", "edited in the dashboard")
    assert bootstrap(engine, DOC_A).name == "B"  # a restart never undoes an API change
    assert bootstrap(engine, DOC_B).version == "3"  # the file itself changed: it is applied
    with Session(engine) as s:
        assert list_versions(s)[1] == 3


def test_watcher_swaps_policy_and_writes_heartbeat():
    engine = memory_engine()
    seen = []
    w = PolicyWatcher(engine, seen.append, interval=0.05, proxy_id="proxy-1", heartbeat_every=0)
    assert w.check() is False  # nothing published yet
    with Session(engine) as s:
        publish(s, DOC_A, "alice")
    assert w.check() is True and w.check() is False
    assert [p.name for p in seen] == ["A"] and seen[0].version == "1"
    w.beat(time.monotonic())
    with Session(engine) as s:
        hb = s.get(ProxyHeartbeat, "proxy-1")
        assert hb.policy_version == "1"


def test_watcher_keeps_policy_when_stored_document_is_unreadable():
    engine = memory_engine()
    seen = []
    w = PolicyWatcher(engine, seen.append)
    with Session(engine) as s:
        publish(s, DOC_A, "alice")
        w.check()
        s.add(PolicyVersion(author="intruder", document="rules: [{action: explode}]"))  # bypasses publish
        s.commit()
    assert w.check() is False and [p.name for p in seen] == ["A"]


# -- two watchers, one PostgreSQL database --------------------------------------------------------------
@pytest.fixture(scope="module")
def pg_url():
    name = f"aiwarden_policy_{uuid.uuid4().hex[:8]}"
    try:
        admin = psycopg.connect(
            "host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True, connect_timeout=3
        )
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable on 127.0.0.1:5432: {exc}")
    admin.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    admin.close()


def test_two_watchers_converge_on_postgres(pg_url):
    engines = [make_engine(pg_url) for _ in range(3)]  # two "proxies" and one admin, separate pools
    holders: list[dict] = [{}, {}]
    events = [threading.Event(), threading.Event()]

    def on_change(i):
        def apply(policy):
            holders[i]["policy"] = policy
            events[i].set()

        return apply

    watchers = [
        PolicyWatcher(engines[i], on_change(i), interval=0.2, proxy_id=f"p{i}", heartbeat_every=0).start()
        for i in range(2)
    ]
    try:
        for doc, want in ((DOC_A, "A"), (DOC_B, "B")):
            for e in events:
                e.clear()
            with Session(engines[2]) as s:
                row = publish(s, doc, "admin")
            start = time.monotonic()
            for i in range(2):
                assert events[i].wait(5), f"watcher {i} did not apply v{row.id}"
                assert holders[i]["policy"].name == want and holders[i]["policy"].version == str(row.id)
            assert time.monotonic() - start < 5
        with Session(engines[2]) as s:
            row = rollback(s, 1, "admin")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not all(w.applied == row.id for w in watchers):
            time.sleep(0.05)
        assert [h["policy"].name for h in holders] == ["A", "A"]
        with Session(engines[2]) as s:
            beats = {h.proxy_id: h.policy_version for h in s.exec(select(ProxyHeartbeat))}
        assert beats == {"p0": str(row.id), "p1": str(row.id)} or set(beats) == {"p0", "p1"}
    finally:
        for w in watchers:
            w.stop()
        for e in engines:
            e.dispose()


def test_bootstrap_on_postgres_publishes_once_when_processes_race(pg_url):
    engines = [make_engine(pg_url) for _ in range(4)]
    try:
        with Session(engines[0]) as s:
            s.exec(delete(AuditEntry))
            s.exec(delete(PolicyVersion))
            s.commit()
        results: list = []
        threads = [
            threading.Thread(target=lambda e=e: results.append(bootstrap(e, DOC_B).version)) for e in engines
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
        with Session(engines[0]) as s:
            assert list_versions(s)[1] == 1
        assert len(set(results)) == 1 and len(results) == 4
    finally:
        for e in engines:
            e.dispose()
