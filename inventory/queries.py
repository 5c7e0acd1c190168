"""Aggregation queries over usage events: the shadow-AI inventory."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from inventory.models import Service, UsageEvent


@dataclass
class ServiceSummary:
    id: str
    name: str
    vendor: str
    category: str
    unknown: bool
    requests: int
    users: int
    first_seen: datetime
    last_seen: datetime
    actions: dict[str, int] = field(default_factory=dict)
    pii_counts: dict[str, int] = field(default_factory=dict)


@dataclass
class UserSummary:
    user: str
    requests: int
    services: int
    first_seen: datetime
    last_seen: datetime
    pii_counts: dict[str, int] = field(default_factory=dict)


@dataclass
class EventFilter:
    user: str | None = None
    service: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def apply(self, stmt):
        conds = [
            self.user is not None and UsageEvent.user == self.user,
            self.service is not None and UsageEvent.service_id == self.service,
            self.action is not None and UsageEvent.action == self.action,
            self.since is not None and col(UsageEvent.time) >= self.since,
            self.until is not None and col(UsageEvent.time) < self.until,
        ]
        for c in conds:
            if c is not False:
                stmt = stmt.where(c)
        return stmt


def _pii_by(session: Session, key, flt: EventFilter) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(dict)
    stmt = flt.apply(select(key, UsageEvent.pii_counts))
    for k, counts in session.exec(stmt):
        for t, n in (counts or {}).items():
            out[k][t] = out[k].get(t, 0) + n
    return out


def service_summaries(session: Session, flt: EventFilter | None = None) -> list[ServiceSummary]:
    """One row per AI service seen, most used first."""
    flt = flt or EventFilter()
    stmt = flt.apply(
        select(
            UsageEvent.service_id,
            func.count(),
            func.count(func.distinct(UsageEvent.user)),
            func.min(UsageEvent.time),
            func.max(UsageEvent.time),
        ).group_by(UsageEvent.service_id)
    )
    rows = session.exec(stmt).all()
    actions: dict[str, dict[str, int]] = defaultdict(dict)
    a_stmt = flt.apply(select(UsageEvent.service_id, UsageEvent.action, func.count()))
    for sid, action, n in session.exec(a_stmt.group_by(UsageEvent.service_id, UsageEvent.action)):
        actions[sid][action] = n
    pii = _pii_by(session, UsageEvent.service_id, flt)
    services = {s.id: s for s in session.exec(select(Service))}
    out = []
    for sid, requests, users, first, last in rows:
        svc = services.get(sid) or Service(id=sid, name=sid, unknown=True)
        out.append(ServiceSummary(sid, svc.name, svc.vendor, svc.category, svc.unknown, requests, users,
                                  first, last, actions[sid], pii.get(sid, {})))
    return sorted(out, key=lambda s: (-s.requests, s.id))


def user_summaries(session: Session, flt: EventFilter | None = None) -> list[UserSummary]:
    """One row per user, most active first."""
    flt = flt or EventFilter()
    stmt = flt.apply(
        select(
            UsageEvent.user,
            func.count(),
            func.count(func.distinct(UsageEvent.service_id)),
            func.min(UsageEvent.time),
            func.max(UsageEvent.time),
        ).group_by(UsageEvent.user)
    )
    pii = _pii_by(session, UsageEvent.user, flt)
    out = [UserSummary(u, r, s, f, last, pii.get(u, {})) for u, r, s, f, last in session.exec(stmt)]
    return sorted(out, key=lambda u: (-u.requests, u.user))


def list_events(session: Session, flt: EventFilter, offset: int = 0, limit: int = 100) -> tuple[list[UsageEvent], int]:
    """A page of events, newest first, and the total matching."""
    total = session.exec(flt.apply(select(func.count()).select_from(UsageEvent))).one()
    stmt = flt.apply(select(UsageEvent)).order_by(col(UsageEvent.time).desc(), col(UsageEvent.id).desc())
    return list(session.exec(stmt.offset(offset).limit(limit))), total
