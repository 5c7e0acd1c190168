"""Budgets of the policy: which caps a request counts against, and where each cap stands.

Pure parts (``applicable``, ``period_key``, ``standing``) are used by the proxy at request time; the
status and alert parts read the shared counters (``budget_counter``) that the proxies keep, through
``inventory.spend`` (the one module that reads and writes them).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal

from sqlmodel import Session

from inventory.spend import read_counters
from policy.model import Budget, Policy

Standing = Literal["ok", "warn", "exceeded"]


def period_key(period: str, at: datetime) -> str:
    """The counter period of ``at`` (UTC): ``2026-11-27`` for a day budget, ``2026-11`` for a month."""
    t = at.astimezone(UTC)
    return t.strftime("%Y-%m-%d") if period == "day" else t.strftime("%Y-%m")


def period_end(period: str, at: datetime) -> datetime:
    """When the period holding ``at`` ends (the budget resets), UTC."""
    t = at.astimezone(UTC)
    if period == "day":
        return datetime.combine(t.date() + timedelta(days=1), datetime.min.time(), UTC)
    first = date(t.year + (t.month == 12), t.month % 12 + 1, 1)
    return datetime.combine(first, datetime.min.time(), UTC)


def applicable(policy: Policy, user: str, groups: Iterable[str], service_id: str) -> list[tuple[Budget, str]]:
    """(budget, subject) for each budget this request counts against (subject: user, group or service)."""
    out = []
    groups = tuple(groups)
    for b in policy.budgets:
        if b.services is not None and service_id not in b.services:
            continue
        candidates = {"user": (user,), "group": groups, "service": (service_id,)}[b.per]
        out += [(b, s) for s in candidates if s and (b.names is None or s in b.names)]
    return out


def amount(budget: Budget, tokens: int, cost_usd: float) -> float:
    """What counts against ``budget``: USD or tokens."""
    return cost_usd if budget.limit_usd is not None else float(tokens)


def standing(budget: Budget, used: float) -> Standing:
    """ok, warn (at or past ``warn_at``) or exceeded (at or past the cap)."""
    if used >= budget.limit:
        return "exceeded"
    if budget.warn_at is not None and used >= budget.warn_at * budget.limit:
        return "warn"
    return "ok"


@dataclass(frozen=True, slots=True)
class BudgetStatus:
    budget: str
    per: str
    subject: str
    period: str
    unit: str  # USD or tokens
    used: float
    limit: float
    fraction: float
    standing: Standing
    action: str
    resets_at: datetime


def budget_status(session: Session, policy: Policy, now: datetime) -> list[BudgetStatus]:
    """Every counter of the policy's budgets in the current period, fullest first."""
    by_name = {b.name: b for b in policy.budgets}
    if not by_name:
        return []
    periods = {period_key(b.period, now) for b in by_name.values()}
    out = []
    for (name, period, subject), t in read_counters(session.connection(), periods).items():
        b = by_name.get(name)
        if b is None or period != period_key(b.period, now):
            continue  # not a budget of this policy, or a day and a month budget share the period list
        used = amount(b, t.tokens, t.cost_usd)
        out.append(BudgetStatus(b.name, b.per, subject, period, b.unit, round(used, 6), b.limit,
                                round(used / b.limit, 4), standing(b, used), b.action,
                                period_end(b.period, now)))
    return sorted(out, key=lambda s: (-s.fraction, s.budget, s.subject))


def budget_alerts(session: Session, policy: Policy, now: datetime, make: Callable[..., object]) -> list:
    """Alerts (built with ``make(kind, key, title, time, detail)``) for counters at warn_at or at the cap."""
    out = []
    for s in budget_status(session, policy, now):
        if s.standing == "ok":
            continue
        kind = "budget_exceeded" if s.standing == "exceeded" else "budget_warning"
        what = "reached" if s.standing == "exceeded" else f"at {s.fraction:.0%} of"
        out.append(make(
            kind, f"{kind}:{s.budget}:{s.period}:{s.subject}",
            f"Budget {s.budget} {what} its limit for {s.per} {s.subject} "
            f"({s.used:g} of {s.limit:g} {s.unit})",
            now,
            {"budget": s.budget, "per": s.per, "subject": s.subject, "period": s.period, "unit": s.unit,
             "used": s.used, "limit": s.limit, "fraction": s.fraction, "action": s.action},
        ))
    return out
