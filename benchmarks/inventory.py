"""Inventory benchmark: recorder throughput and report query times, on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/inventory.py                      # 1,000,000 events (the issue's goal)
    .venv/bin/python benchmarks/inventory.py --events 100000      # quicker
    .venv/bin/python benchmarks/inventory.py --no-postgres        # SQLite only

Goals (issue 5): recorder >= 5,000 events/s into each database; every report query < 300 ms on PostgreSQL
and < 1 s on SQLite over 1,000,000 events. Baseline in the same run: the walking skeleton's service summary
(aggregate over every event, PII counts summed from JSON in a Python loop).
PostgreSQL: a fresh database on 127.0.0.1:5432 (user postgres) is created and dropped (--pg-admin DSN).
"""

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from sqlalchemy import func
from sqlmodel import Session, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inventory.db import make_engine  # noqa: E402
from inventory.models import Service, UsageEvent  # noqa: E402
from inventory.queries import (  # noqa: E402
    EventFilter,
    daily_series,
    group_summaries,
    new_services,
    pii_totals,
    service_summaries,
    user_summaries,
)
from inventory.recorder import Recorder  # noqa: E402
from inventory.reports import render_shadow_ai_report  # noqa: E402
from inventory.rollup import write_events  # noqa: E402

NOW = datetime(2026, 11, 30, 18, tzinfo=UTC)
DAYS = 30
EVENT_COLUMNS = [c.name for c in UsageEvent.__table__.columns if c.name != "id"]
ACTIONS = ["scrub"] * 6 + ["allow"] * 2 + ["block", "coach"]
PII_TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "CREDIT_CARD", "SECRET", "IBAN_CODE"]


def make_rows(n: int, seed: int = 1, span: timedelta = timedelta(days=DAYS)) -> list[dict]:
    """``n`` realistic event rows over the ``span`` before NOW (default: DAYS days of history).

    40 services (a few carry most traffic), 1,000 users in 8 groups; each user sticks to 1-4 services, as
    people do, so the daily rollups hold roughly 30 x 1,000 x 2.5 rows whatever the event count.
    """
    rnd = random.Random(seed)
    services = [f"service-{i:02d}" for i in range(40)]
    weights = [1 / (i + 1) for i in range(40)]
    people = random.Random(0)  # the same users with the same habits in every chunk
    users = [(f"user{i:04d}", f"group{i % 8}" if i % 10 else "",
              people.choices(services, weights, k=people.randint(1, 4))) for i in range(1000)]
    start = NOW - span
    rows = []
    for _ in range(n):
        user, group, habits = rnd.choice(users)
        pii = {t: rnd.randint(1, 3) for t in rnd.sample(PII_TYPES, rnd.choice([0, 0, 0, 1, 1, 2]))}
        rows.append(dict(
            time=start + timedelta(seconds=rnd.uniform(0, span.total_seconds())), user=user,
            client_addr="10.0.0.1",
            service_id=rnd.choice(habits), host="api.example", path="/v1/chat/completions",
            method="POST", action=rnd.choice(ACTIONS), reason="", pii_counts=pii, status=200,
            request_bytes=1200, response_bytes=800, latency_ms=250.0, policy_version="3", group=group,
            model="gpt-4o-mini", tokens_in=300, tokens_out=200, tokens_estimated=False,
            personal_account=rnd.random() < 0.15, key_fingerprint="", unknown_ai=False, cost_usd=0.0021,
            model_requested=""))
    missing = set(EVENT_COLUMNS) - set(rows[0]) if rows else set()
    assert not missing, f"make_rows lacks event columns {missing}: add them"  # a new column must be benched
    return rows


def throughput(engine, rows: list[dict]) -> float:
    """Events per second through a real Recorder (queue sized to hold them all, so none is dropped)."""
    events = [UsageEvent(**r) for r in rows]
    rec = Recorder(engine, max_queue=len(events) + 1).start()
    t = time.perf_counter()
    for e in events:
        rec.record(e)
    rec.close(timeout=600)
    elapsed = time.perf_counter() - t
    assert rec.stats.recorded == len(events) and rec.stats.dropped == 0, rec.stats
    return len(events) / elapsed


def bulk_load(engine, n: int, chunk: int = 20_000) -> float:
    """Load ``n`` events with the recorder's own write path (events, PII counts, rollups); events/s."""
    with Session(engine) as s:
        for i in range(40):
            s.merge(Service(id=f"service-{i:02d}", name=f"Service {i}", vendor=f"Vendor {i % 9}",
                            sanctioned=i % 3 == 0, unknown=i >= 30))
        s.commit()
    t = time.perf_counter()
    for start in range(0, n, chunk):
        rows = make_rows(min(chunk, n - start), seed=start + 7)
        with engine.begin() as conn:
            write_events(conn, rows)
        print(f"\r  loaded {start + len(rows):,}/{n:,}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return n / (time.perf_counter() - t)


def skeleton_service_summary(session: Session, since: datetime | None) -> int:
    """The walking skeleton's way (baseline): aggregate over events, sum PII JSON in Python."""
    stmt = select(UsageEvent.service_id, func.count(), func.count(func.distinct(UsageEvent.user)),
                  func.min(UsageEvent.time), func.max(UsageEvent.time)).group_by(UsageEvent.service_id)
    pii_stmt = select(UsageEvent.service_id, UsageEvent.pii_counts)
    if since:
        stmt, pii_stmt = stmt.where(UsageEvent.time >= since), pii_stmt.where(UsageEvent.time >= since)
    rows = session.exec(stmt).all()
    pii: dict[str, dict[str, int]] = defaultdict(dict)
    for sid, counts in session.exec(pii_stmt):
        for k, v in (counts or {}).items():
            pii[sid][k] = pii[sid].get(k, 0) + v
    return len(rows)


def timed(fn: Callable[[], object], runs: int = 3) -> float:
    """Median wall time of ``fn`` in ms (after one warm-up run)."""
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def query_times(engine) -> dict[str, float]:
    """Median ms of every report query, whole history and a window starting mid-day (exact edges)."""
    week = NOW - timedelta(days=7, hours=5, minutes=13)
    out = {}
    with Session(engine) as s:
        for label, since in (("all", None), ("7d", week)):
            flt = EventFilter(since=since)
            out[f"service_summaries[{label}]"] = timed(lambda f=flt: service_summaries(s, f))
            out[f"user_summaries[{label}]"] = timed(lambda f=flt: user_summaries(s, f))
            out[f"group_summaries[{label}]"] = timed(lambda f=flt: group_summaries(s, f))
            out[f"daily_series[{label}]"] = timed(lambda f=flt: daily_series(s, f))
            out[f"pii_totals[{label}]"] = timed(lambda f=flt: pii_totals(s, f))
        out["new_services"] = timed(lambda: new_services(s, NOW))
        out["report html (all queries)"] = timed(lambda: render_shadow_ai_report(s, "html", None, now=NOW))
        out["baseline: skeleton service summary[all]"] = timed(lambda: skeleton_service_summary(s, None), 1)
    return out


def run(name: str, url: str, events: int, tp_events: int, goal_ms: float) -> bool:
    print(f"\n== {name} ==")
    engine = make_engine(url)
    eps = throughput(engine, make_rows(tp_events, seed=99, span=timedelta(hours=1)))  # live traffic: now
    print(f"recorder throughput: {eps:,.0f} events/s over {tp_events:,} events (goal >= 5,000)"
          f"  {'OK' if eps >= 5000 else 'MISSED'}")
    with engine.begin() as conn:  # the query benchmark starts from exactly `events` events
        for t in ("usage_event_pii", "usage_daily", "pii_daily", "usage_event"):
            conn.exec_driver_sql(f"DELETE FROM {t}")
    load = bulk_load(engine, events)
    print(f"bulk load (recorder write path, 20k batches): {load:,.0f} events/s")
    if engine.dialect.name == "postgresql":
        # Every 20k chunk spans all 30 days, so the load rewrites each rollup row ~50 times; live traffic
        # only touches today's rows, and autovacuum removes the dead row versions. Query the steady state.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    times = query_times(engine)
    ok = eps >= 5000
    base = times["baseline: skeleton service summary[all]"]
    for q, ms in times.items():
        meets = ms < goal_ms or q.startswith(("baseline", "report"))
        ok &= meets
        extra = f"  ({base / ms:,.0f}x faster than baseline)" if q == "service_summaries[all]" else ""
        verdict = "" if q.startswith("baseline") else "OK" if meets else "MISSED"
        print(f"  {q:42s} {ms:9.1f} ms  {verdict}{extra}")
    engine.dispose()
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000, help="events for the query benchmark")
    ap.add_argument("--throughput-events", type=int, default=50_000, help="events for the recorder benchmark")
    ap.add_argument("--no-postgres", action="store_true", help="SQLite only")
    ap.add_argument("--pg-admin", default="host=127.0.0.1 port=5432 user=postgres dbname=postgres")
    args = ap.parse_args()
    print(f"reproduce: .venv/bin/python benchmarks/inventory.py --events {args.events} "
          f"--throughput-events {args.throughput_events}" + (" --no-postgres" if args.no_postgres else ""))
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        ok &= run("SQLite (WAL)", f"sqlite:///{tmp}/bench.db", args.events, args.throughput_events, 1000)
    if not args.no_postgres:
        name = f"aiwarden_bench_{uuid.uuid4().hex[:8]}"
        params = dict(p.split("=", 1) for p in args.pg_admin.split())
        with psycopg.connect(args.pg_admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        try:
            url = f"postgresql+psycopg://{params['user']}@{params['host']}:{params['port']}/{name}"
            ok &= run("PostgreSQL", url, args.events, args.throughput_events, 300)
        finally:
            with psycopg.connect(args.pg_admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print("\nall goals met" if ok else "\nsome goals missed")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
