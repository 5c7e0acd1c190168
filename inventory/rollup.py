"""Daily rollups: per (day, service, user, group) counters the report queries read instead of every event.

The recorder folds each batch into them in the same transaction as the events (``write_events``), so
rollups and events never disagree; ``rebuild_day`` recomputes one day from the events (after a purge).
"""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, func, insert, literal, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from inventory.models import PiiDaily, UsageDaily, UsageEvent, UsageEventPii

# action recorded on the event → counter column in usage_daily
ACTION_COLUMNS = {"allow": "allowed", "scrub": "scrubbed", "block": "blocked", "coach": "coached",
                  "redirect": "redirected"}
COUNTERS = ("requests", *ACTION_COLUMNS.values(), "personal", "unknown_ai", "tokens_in", "tokens_out")
_KEY = ("day", "service_id", "user", "group")

_events = UsageEvent.__table__
_event_pii = UsageEventPii.__table__
_daily = UsageDaily.__table__
_pii_daily = PiiDaily.__table__


def day_of(t: datetime) -> date:
    """The UTC day of a timestamp (naive timestamps are taken as UTC)."""
    return (t.astimezone(UTC) if t.tzinfo else t).date()


def day_start(d: date) -> datetime:
    """Midnight UTC at the start of ``d``."""
    return datetime.combine(d, time(), UTC)


@dataclass
class _Usage:
    first_seen: datetime
    last_seen: datetime
    counters: dict[str, int]


def aggregate(rows: Iterable[dict[str, Any]]) -> tuple[dict[tuple, _Usage], dict[tuple, list[int]]]:
    """Fold event rows (column dicts) into usage and PII rollup deltas, keyed like the rollup tables."""
    usage: dict[tuple, _Usage] = {}
    pii: dict[tuple, list[int]] = {}
    for r in rows:
        t = r["time"]
        key = (day_of(t), r["service_id"], r["user"], r["group"])
        u = usage.get(key)
        if u is None:
            u = usage[key] = _Usage(t, t, dict.fromkeys(COUNTERS, 0))
        else:
            u.first_seen, u.last_seen = min(u.first_seen, t), max(u.last_seen, t)
        c = u.counters
        c["requests"] += 1
        if col := ACTION_COLUMNS.get(r["action"]):
            c[col] += 1
        c["personal"] += r["personal_account"] is True
        c["unknown_ai"] += bool(r["unknown_ai"])
        c["tokens_in"] += r["tokens_in"] or 0
        c["tokens_out"] += r["tokens_out"] or 0
        for etype, n in (r["pii_counts"] or {}).items():
            if n > 0:
                p = pii.setdefault((*key, etype), [0, 0])
                p[0] += n
                p[1] += 1
    return usage, pii


def _upsert(conn: Connection, table, key: Sequence[str], rows: list[dict], extra: dict | None = None) -> None:
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    stmt = dialect_insert(table)
    counters = [c for c in rows[0] if c not in key and c not in (extra or {})]
    set_ = {c: table.c[c] + stmt.excluded[c] for c in counters}
    for c, pick in (extra or {}).items():
        set_[c] = pick(table.c[c], stmt.excluded[c])
    conn.execute(stmt.on_conflict_do_update(index_elements=list(key), set_=set_), rows)


def upsert_rollups(conn: Connection, usage: dict[tuple, _Usage], pii: dict[tuple, list[int]]) -> None:
    """Add rollup deltas (from ``aggregate``) to the rollup tables."""
    pg = conn.dialect.name == "postgresql"
    least, greatest = (func.least, func.greatest) if pg else (func.min, func.max)  # SQLite: scalar min/max
    # Sorted keys: concurrent writers (several proxy processes) lock rows in the same order, so no deadlock.
    if usage:
        rows = [dict(zip(_KEY, k, strict=True)) | u.counters
                | {"first_seen": u.first_seen, "last_seen": u.last_seen}
                for k, u in sorted(usage.items(), key=lambda kv: kv[0])]
        _upsert(conn, _daily, _KEY, rows, {"first_seen": least, "last_seen": greatest})
    if pii:
        rows = [dict(zip((*_KEY, "entity_type"), k, strict=True)) | {"entities": v[0], "events": v[1]}
                for k, v in sorted(pii.items(), key=lambda kv: kv[0])]
        _upsert(conn, _pii_daily, (*_KEY, "entity_type"), rows)


def write_events(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert event rows, their PII counts and their rollup deltas (in the caller's transaction)."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        return _write_events_pg(conn, rows)
    # SQLite: RETURNING with ordered ids runs row by row. Without AUTOINCREMENT a new rowid is max + 1, and
    # this transaction holds the database's only write lock from its first insert on, so the n rows just
    # inserted have exactly the ids max - n + 1 .. max.
    conn.execute(insert(_events), rows)
    last = conn.execute(select(func.max(_events.c.id))).scalar_one()
    ids = range(last - len(rows) + 1, last + 1)
    pii_rows = _pii_rows(ids, rows)
    if pii_rows:
        conn.execute(insert(_event_pii), pii_rows)
    upsert_rollups(conn, *aggregate(rows))


def _pii_rows(ids: Sequence[int], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"event_id": i, "entity_type": t, "count": n}
            for i, r in zip(ids, rows, strict=True) for t, n in (r["pii_counts"] or {}).items() if n > 0]


def _write_events_pg(conn: Connection, rows: list[dict[str, Any]]) -> None:
    # COPY is an order of magnitude faster than executemany here; ids come from the sequence up front
    # (so the PII rows can point at their events), rollup deltas go through a temp table into one upsert.
    ids = [i for (i,) in conn.exec_driver_sql(
        "SELECT nextval(pg_get_serial_sequence('usage_event', 'id')) FROM generate_series(1, %(n)s)",
        {"n": len(rows)})]
    cols = [c.name for c in _events.columns]
    _copy(conn, "usage_event", cols, ([i if c == "id" else json.dumps(r[c]) if c == "pii_counts" else r[c]
                                       for c in cols] for i, r in zip(ids, rows, strict=True)))
    pii_rows = _pii_rows(ids, rows)
    if pii_rows:
        _copy(conn, "usage_event_pii", ["event_id", "entity_type", "count"],
              ([r["event_id"], r["entity_type"], r["count"]] for r in pii_rows))
    usage, pii = aggregate(rows)
    usage_rows = [dict(zip(_KEY, k, strict=True)) | u.counters
                  | {"first_seen": u.first_seen, "last_seen": u.last_seen} for k, u in usage.items()]
    pii_rows = [dict(zip((*_KEY, "entity_type"), k, strict=True)) | {"entities": v[0], "events": v[1]}
                for k, v in pii.items()]
    for table, key, deltas, extra in (
        (_daily, _KEY, usage_rows, {"first_seen": "least", "last_seen": "greatest"}),
        (_pii_daily, (*_KEY, "entity_type"), pii_rows, {}),
    ):
        if not deltas:
            continue
        name, cols = table.name, [c.name for c in table.columns]
        conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {name}_delta (LIKE {name}) "
                             "ON COMMIT DELETE ROWS")
        _copy(conn, f"{name}_delta", cols, ([d[c] for c in cols] for d in deltas))
        q = ", ".join(f'"{c}"' for c in cols)
        sets = ", ".join(f'"{c}" = {extra[c]}({name}."{c}", excluded."{c}")' if c in extra
                         else f'"{c}" = {name}."{c}" + excluded."{c}"' for c in cols if c not in key)
        keys = ", ".join(f'"{c}"' for c in key)
        # Sorted keys: concurrent writers lock rows in the same order, so no deadlock.
        conn.exec_driver_sql(f"INSERT INTO {name} ({q}) SELECT {q} FROM {name}_delta ORDER BY {keys} "
                             f"ON CONFLICT ({keys}) DO UPDATE SET {sets}")
        conn.exec_driver_sql(f"TRUNCATE {name}_delta")


def _copy(conn: Connection, table: str, cols: list[str], rows: Iterable[Sequence[Any]]) -> None:
    import psycopg

    sql = f"COPY {table} ({', '.join(repr(c).replace(chr(39), chr(34)) for c in cols)}) FROM STDIN"
    cursor = conn.connection.driver_connection.cursor()
    try:
        with cursor, cursor.copy(sql) as cp:
            for r in rows:
                cp.write_row(r)
    except psycopg.Error as exc:  # wrapped like SQLAlchemy's own errors: callers tell outages from bad data
        raise DBAPIError.instance(sql, None, exc, psycopg.Error) from exc


def rebuild_day(conn: Connection, d: date) -> None:
    """Recompute the rollups of day ``d`` from the events stored for it (in SQL)."""
    lo, hi = day_start(d), day_start(d + timedelta(days=1))
    conn.execute(_daily.delete().where(_daily.c.day == d))
    conn.execute(_pii_daily.delete().where(_pii_daily.c.day == d))
    e = _events.c
    in_day = (e.time >= lo) & (e.time < hi)
    keys = (e.service_id, e.user, e.group)
    sums = [func.count().label("requests")]
    sums += [func.sum(case((e.action == a, 1), else_=0)).label(c) for a, c in ACTION_COLUMNS.items()]
    sums += [func.sum(case((e.personal_account.is_(True), 1), else_=0)).label("personal"),
             func.sum(case((e.unknown_ai.is_(True), 1), else_=0)).label("unknown_ai"),
             func.coalesce(func.sum(e.tokens_in), 0).label("tokens_in"),
             func.coalesce(func.sum(e.tokens_out), 0).label("tokens_out"),
             func.min(e.time).label("first_seen"), func.max(e.time).label("last_seen")]
    usage = select(literal(d, _daily.c.day.type).label("day"), *keys, *sums).where(in_day).group_by(*keys)
    conn.execute(_daily.insert().from_select([c.name for c in usage.selected_columns], usage))
    p = _event_pii.c
    pii = (select(literal(d, _pii_daily.c.day.type).label("day"), *keys, p.entity_type,
                  func.sum(p.count).label("entities"), func.count().label("events"))
           .select_from(_event_pii.join(_events, e.id == p.event_id)).where(in_day)
           .group_by(*keys, p.entity_type))
    conn.execute(_pii_daily.insert().from_select([c.name for c in pii.selected_columns], pii))
