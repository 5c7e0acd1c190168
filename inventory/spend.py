"""Spend: what AI use costs, by user, group, service or model, per UTC day or month; and budget counters.

Spend is read from the events (``usage_event.cost_usd``, set by the proxy from ``inventory/prices.yaml``).
Requests whose cost is unknown (no price for the model, or no token counts) are counted apart
(``unpriced_requests``, ``unpriced_tokens``), never as zero. Sanctioned vs unsanctioned follows the live
policy (a callable on the service id), like the shadow-AI report.

CLI: ``render_spend_report(session, "table", by="user", period="month", since=..., sanctioned=...)``.
"""

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Literal

from sqlalchemy import case, func, literal
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from inventory.csvfile import csv_text
from inventory.models import BudgetCounter, UsageEvent, utcnow
from inventory.spend_choices import SpendBy, SpendPeriod

By = Literal["user", "group", "service", "model", "requested_model"]
Period = Literal["day", "month"]
BY: tuple[str, ...] = tuple(b.value for b in SpendBy)
PERIODS: tuple[str, ...] = tuple(p.value for p in SpendPeriod)


_e = UsageEvent.__table__.c
_c = BudgetCounter.__table__


@dataclass
class SpendRow:
    period: str  # "2026-11-27" or "2026-11"
    key: str  # the user, group, service id or model ("" when not known)
    requests: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0  # known cost only; see unpriced_*
    sanctioned_cost_usd: float = 0.0
    unsanctioned_cost_usd: float = 0.0
    unpriced_requests: int = 0  # cost unknown: model not in the price table, or no token counts
    unpriced_tokens: int = 0
    estimated_requests: int = 0  # token counts estimated from the prompt length (provider reported none)
    rewritten_requests: int = 0  # the policy rewrote the model asked for


@dataclass
class SpendReport:
    by: str
    period: str
    since: datetime | None
    until: datetime | None
    currency: str = "USD"
    totals: SpendRow = field(default_factory=lambda: SpendRow("", ""))
    rows: list[SpendRow] = field(default_factory=list)


def _key_expr(by: str):
    return {
        "user": _e.user,
        "group": _e.group,
        "service": _e.service_id,
        "model": _e.model,
        "requested_model": case((_e.model_requested != "", _e.model_requested), else_=_e.model),
    }[by]


def _day_expr(dialect: str):
    if dialect == "postgresql":
        return func.to_char(func.timezone("UTC", _e.time), "YYYY-MM-DD")
    return func.strftime("%Y-%m-%d", _e.time)  # SQLite keeps naive UTC text


def spend_report(session: Session, by: str = "service", period: str = "month", since: datetime | None = None,
                 until: datetime | None = None,
                 sanctioned: Callable[[str], bool] | None = None) -> SpendReport:
    """Spend grouped by ``by`` per ``period`` (newest period first, then by cost), with totals."""
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}")
    if period not in PERIODS:
        raise ValueError("period must be day or month")
    day = _day_expr(session.get_bind().dialect.name).label("day")
    key = _key_expr(by).label("key")
    unpriced = col(UsageEvent.cost_usd).is_(None)
    tokens = func.coalesce(_e.tokens_in, 0) + func.coalesce(_e.tokens_out, 0)
    stmt = select(
        day, key, _e.service_id, func.count(),
        func.coalesce(func.sum(_e.tokens_in), 0), func.coalesce(func.sum(_e.tokens_out), 0),
        func.coalesce(func.sum(_e.cost_usd), 0.0),
        func.sum(case((unpriced, 1), else_=0)), func.sum(case((unpriced, tokens), else_=literal(0))),
        func.sum(case((col(UsageEvent.tokens_estimated).is_(True), 1), else_=0)),
        func.sum(case((_e.model_requested != "", 1), else_=0)),
    ).select_from(UsageEvent.__table__)
    if since is not None:
        stmt = stmt.where(_e.time >= since)
    if until is not None:
        stmt = stmt.where(_e.time < until)
    stmt = stmt.group_by(day, key, _e.service_id)
    is_sanctioned = sanctioned or (lambda _sid: False)
    rows: dict[tuple[str, str], SpendRow] = {}
    report = SpendReport(by, period, since, until)
    for d, k, sid, n, tin, tout, cost, unp, unp_tokens, est, rew in session.exec(stmt):
        p = d[:7] if period == "month" else d
        for row in (rows.setdefault((p, k or ""), SpendRow(p, k or "")), report.totals):
            row.requests += n
            row.tokens_in += int(tin)
            row.tokens_out += int(tout)
            row.cost_usd += float(cost)
            if is_sanctioned(sid):
                row.sanctioned_cost_usd += float(cost)
            else:
                row.unsanctioned_cost_usd += float(cost)
            row.unpriced_requests += int(unp or 0)
            row.unpriced_tokens += int(unp_tokens or 0)
            row.estimated_requests += int(est or 0)
            row.rewritten_requests += int(rew or 0)
    report.rows = sorted(rows.values(), key=lambda r: (_neg(r.period), -r.cost_usd, r.key))
    for r in (*report.rows, report.totals):
        for f in ("cost_usd", "sanctioned_cost_usd", "unsanctioned_cost_usd"):
            setattr(r, f, round(getattr(r, f), 9))  # float sums: drop the noise, keep micro-cents
    return report


def _neg(period: str) -> tuple[int, ...]:
    return tuple(-int(x) for x in period.split("-"))


_COLUMNS = [f for f in SpendRow.__dataclass_fields__]


def render_spend_report(session: Session, format: str = "json", by: str = "service", period: str = "month",
                        since: datetime | None = None, until: datetime | None = None,
                        sanctioned: Callable[[str], bool] | None = None) -> tuple[str, str]:
    """The spend report as (body, media type): ``json``, ``csv`` or ``table`` (plain text for the CLI)."""
    report = spend_report(session, by, period, since, until, sanctioned)
    if format == "json":
        data = asdict(report)
        data["since"] = since.isoformat() if since else None
        data["until"] = until.isoformat() if until else None
        return json.dumps(data, indent=2), "application/json"
    if format == "csv":
        return csv_text(_COLUMNS, ([getattr(r, c) for c in _COLUMNS] for r in report.rows)), "text/csv"
    if format == "table":
        return _table(report), "text/plain"
    raise ValueError("format must be json, csv or table")


def _table(report: SpendReport) -> str:
    head = ["period", report.by, "requests", "tokens in", "tokens out", "cost USD", "unsanctioned USD",
            "cost unknown"]
    lines = [[r.period, r.key or "-", str(r.requests), str(r.tokens_in), str(r.tokens_out),
              f"{r.cost_usd:.4f}", f"{r.unsanctioned_cost_usd:.4f}", str(r.unpriced_requests)]
             for r in report.rows]
    t = report.totals
    lines.append(["total", "", str(t.requests), str(t.tokens_in), str(t.tokens_out), f"{t.cost_usd:.4f}",
                  f"{t.unsanctioned_cost_usd:.4f}", str(t.unpriced_requests)])
    widths = [max(len(x) for x in col_) for col_ in zip(head, *lines, strict=True)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join(fmt.format(*row) for row in (head, *lines)) + "\n"


# -- budget counters (shared by every proxy process) -----------------------------------------------------
CounterKey = tuple[str, str, str]  # (budget, period, subject)


@dataclass
class Totals:
    tokens: int = 0
    cost_usd: float = 0.0
    requests: int = 0

    def add(self, other: "Totals") -> None:
        self.tokens += other.tokens
        self.cost_usd += other.cost_usd
        self.requests += other.requests


def add_to_counters(conn: Connection, deltas: Mapping[CounterKey, Totals]) -> dict[CounterKey, Totals]:
    """Add ``deltas`` atomically (one upsert per counter); the counters' new totals (all processes')."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    now = utcnow()
    out = {}
    for key in sorted(deltas):  # the same lock order in every process: no deadlocks
        d = deltas[key]
        stmt = insert(_c).values(budget=key[0], period=key[1], subject=key[2], tokens=d.tokens,
                                 cost_usd=d.cost_usd, requests=d.requests, updated_at=now)
        stmt = stmt.on_conflict_do_update(
            index_elements=["budget", "period", "subject"],
            set_={"tokens": _c.c.tokens + stmt.excluded.tokens,
                  "cost_usd": _c.c.cost_usd + stmt.excluded.cost_usd,
                  "requests": _c.c.requests + stmt.excluded.requests,
                  "updated_at": stmt.excluded.updated_at},
        ).returning(_c.c.tokens, _c.c.cost_usd, _c.c.requests)
        tokens, cost, requests = conn.execute(stmt).one()
        out[key] = Totals(int(tokens), float(cost), int(requests))
    return out


def read_counters(conn: Connection, periods: Iterable[str]) -> dict[CounterKey, Totals]:
    """Every counter of the given periods."""
    rows = conn.execute(select(_c.c.budget, _c.c.period, _c.c.subject, _c.c.tokens, _c.c.cost_usd,
                               _c.c.requests).where(_c.c.period.in_(list(periods))))
    return {(b, p, s): Totals(int(t), float(c), int(r)) for b, p, s, t, c, r in rows}
