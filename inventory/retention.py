"""Retention: usage events (and the rollups and PII counts derived from them) are kept for N days."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlmodel import Session

from inventory.models import PiiDaily, UsageDaily, UsageEvent, UsageEventPii
from inventory.rollup import day_of, day_start, rebuild_day


def purge_older_than(session: Session, days: int, now: datetime | None = None) -> int:
    """Delete events older than ``days`` days with their derived rows; returns the events deleted."""
    if not isinstance(days, int) or days < 1:
        raise ValueError("retention must be a whole number of days >= 1")
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    old = select(UsageEvent.id).where(UsageEvent.time < cutoff)
    session.execute(delete(UsageEventPii).where(UsageEventPii.event_id.in_(old)))
    deleted = session.execute(delete(UsageEvent).where(UsageEvent.time < cutoff)).rowcount
    d = day_of(cutoff)
    session.execute(delete(UsageDaily).where(UsageDaily.day < d))
    session.execute(delete(PiiDaily).where(PiiDaily.day < d))
    if day_start(d) < cutoff:  # the cutoff day is partly purged: recount it from the events that remain
        rebuild_day(session.connection(), d)
    session.commit()
    return deleted or 0
