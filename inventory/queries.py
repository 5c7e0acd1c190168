"""Aggregation queries over usage events: the shadow-AI inventory.

Every summary is computed in SQL. Whole UTC days come from the daily rollups (``usage_daily``,
``pii_daily``, kept by the recorder); the partial days at the edges of a ``since``/``until`` window come
from the events themselves, so results are exact for any window while reading about one row per
(day, service, user, group) instead of one per request. Both sources yield rows of the same shape
(``_usage_rows``, ``_pii_rows``), unioned, then grouped by service, user, group or day.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Select, case, func, union_all
from sqlmodel import Session, col, select

from inventory.models import PiiDaily, Service, UsageDaily, UsageEvent, UsageEventPii
from inventory.rollup import ACTION_COLUMNS, COUNTERS, day_of, day_start

_e = UsageEvent.__table__.c
_p = UsageEventPii.__table__.c
_d = UsageDaily.__table__.c
_pd = PiiDaily.__table__.c


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
    actions: dict[str, int] = field(default_factory=dict)  # action → requests (only actions that occurred)
    pii_counts: dict[str, int] = field(default_factory=dict)  # entity type → entities found
    pii_events: dict[str, int] = field(default_factory=dict)  # entity type → requests carrying it
    groups: int = 0
    blocked: int = 0
    scrubbed: int = 0
    coached: int = 0
    personal_requests: int = 0
    personal_share: float = 0.0  # personal_requests / requests
    unknown_ai_requests: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    risk_tier: str | None = None  # as set on the service (None: default by kind, see inventory.risk)


@dataclass
class UserSummary:
    user: str
    requests: int
    services: int
    first_seen: datetime
    last_seen: datetime
    pii_counts: dict[str, int] = field(default_factory=dict)
    group: str = ""
    blocked: int = 0
    scrubbed: int = 0
    coached: int = 0
    personal_requests: int = 0


@dataclass
class GroupSummary:
    group: str  # "" for users in no policy group
    requests: int
    users: int
    services: int
    first_seen: datetime
    last_seen: datetime
    pii_counts: dict[str, int] = field(default_factory=dict)
    blocked: int = 0
    scrubbed: int = 0
    coached: int = 0
    personal_requests: int = 0


@dataclass
class DailyPoint:
    day: date
    requests: int = 0
    users: int = 0
    services: int = 0
    blocked: int = 0
    scrubbed: int = 0
    coached: int = 0
    pii_entities: int = 0


@dataclass
class EventFilter:
    user: str | None = None
    service: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    group: str | None = None

    def __post_init__(self) -> None:
        # Naive datetimes are taken as UTC (the API and CLI may pass either).
        for name in ("since", "until"):
            v = getattr(self, name)
            if v is not None and v.tzinfo is None:
                setattr(self, name, v.replace(tzinfo=UTC))

    def apply(self, stmt):
        """``stmt`` (over usage_event) narrowed to the events this filter selects."""
        conds = [
            self.user is not None and UsageEvent.user == self.user,
            self.service is not None and UsageEvent.service_id == self.service,
            self.action is not None and UsageEvent.action == self.action,
            self.group is not None and UsageEvent.group == self.group,
            self.since is not None and col(UsageEvent.time) >= self.since,
            self.until is not None and col(UsageEvent.time) < self.until,
        ]
        for c in conds:
            if c is not False:
                stmt = stmt.where(c)
        return stmt


# -- the two sources ---------------------------------------------------------------------------
def _plan(flt: EventFilter) -> tuple[list[tuple[datetime | None, datetime | None]], tuple | None]:
    """Split the window into raw-event slices and a whole-day rollup range [d0, d1) (None: unbounded)."""
    if flt.action is not None:  # rollups have no per-action key: read the events
        return [(flt.since, flt.until)], None
    d0 = d1 = None
    if flt.since is not None:
        d0 = day_of(flt.since) + timedelta(days=day_start(day_of(flt.since)) < flt.since)
    if flt.until is not None:
        d1 = day_of(flt.until)
    if d0 is not None and d1 is not None and d0 >= d1:
        return [(flt.since, flt.until)], None
    raw = []
    if flt.since is not None and flt.since < day_start(d0):
        raw.append((flt.since, day_start(d0)))
    if flt.until is not None and day_start(d1) < flt.until:
        raw.append((day_start(d1), flt.until))
    return raw, (d0, d1)


def _key_conds(t, flt: EventFilter) -> list:
    conds = [flt.user is not None and t.user == flt.user,
             flt.service is not None and t.service_id == flt.service,
             flt.group is not None and t.group == flt.group]
    return [c for c in conds if c is not False]


def _raw_where(flt: EventFilter, lo: datetime | None, hi: datetime | None) -> list:
    conds = [lo is not None and _e.time >= lo, hi is not None and _e.time < hi,
             flt.action is not None and _e.action == flt.action]
    return [c for c in conds if c is not False] + _key_conds(_e, flt)


def _rollup_where(t, flt: EventFilter, days: tuple) -> list:
    d0, d1 = days
    conds = [d0 is not None and t.day >= d0, d1 is not None and t.day < d1]
    return [c for c in conds if c is not False] + _key_conds(t, flt)


def _union(parts: list[Select]):
    return (parts[0] if len(parts) == 1 else union_all(*parts)).subquery("rows")


def _collapse_days(u):
    """The usage rows summed over days: one row per (service, user, group).

    Hashing the rollup rows into this grain first is several times cheaper than sorting all of them for
    the distinct counts of ``_totals``, which then sort only this much smaller set.
    """
    keys = (u.c.service_id, u.c.user, u.c.group)
    return select(*keys, *[func.sum(u.c[c]).label(c) for c in COUNTERS],
                  func.min(u.c.first_seen).label("first_seen"), func.max(u.c.last_seen).label("last_seen")
                  ).group_by(*keys).subquery("usage")


def _usage_rows(flt: EventFilter):
    """(service_id, user, group, <COUNTERS>, first_seen, last_seen) rows covering exactly the filter, one
    per (service, user, group)."""
    raw, days = _plan(flt)
    parts: list[Select] = []
    if days is not None:
        parts.append(select(_d.service_id, _d.user, _d.group, *[_d[c] for c in COUNTERS], _d.first_seen,
                            _d.last_seen).where(*_rollup_where(_d, flt, days)))
    keys = (_e.service_id, _e.user, _e.group)
    sums = {"requests": func.count()}
    sums |= {c: func.sum(case((_e.action == a, 1), else_=0)) for a, c in ACTION_COLUMNS.items()}
    sums |= {"personal": func.sum(case((_e.personal_account.is_(True), 1), else_=0)),
             "unknown_ai": func.sum(case((_e.unknown_ai.is_(True), 1), else_=0)),
             "tokens_in": func.coalesce(func.sum(_e.tokens_in), 0),
             "tokens_out": func.coalesce(func.sum(_e.tokens_out), 0)}
    for lo, hi in raw:
        parts.append(select(*keys, *[sums[c].label(c) for c in COUNTERS],
                            func.min(_e.time).label("first_seen"), func.max(_e.time).label("last_seen"))
                     .where(*_raw_where(flt, lo, hi)).group_by(*keys))
    return _collapse_days(_union(parts))


def _pii_rows(flt: EventFilter):
    """(service_id, user, group, entity_type, entities, events) rows covering exactly the filter."""
    raw, days = _plan(flt)
    parts: list[Select] = []
    if days is not None:
        parts.append(select(_pd.service_id, _pd.user, _pd.group, _pd.entity_type, _pd.entities, _pd.events)
                     .where(*_rollup_where(_pd, flt, days)))
    keys = (_e.service_id, _e.user, _e.group, _p.entity_type)
    for lo, hi in raw:
        parts.append(select(*keys, func.sum(_p.count).label("entities"), func.count().label("events"))
                     .select_from(UsageEventPii.__table__.join(UsageEvent.__table__, _e.id == _p.event_id))
                     .where(*_raw_where(flt, lo, hi)).group_by(*keys))
    return _union(parts)


def _totals(u, key, distinct: tuple[str, ...]):
    """Grouped sums over usage rows, keyed by ``key`` (a column of ``u``), with the distinct counts asked for.

    Only the distinct counts a summary shows are computed: each costs a sort per group.
    """
    counts = {"users": func.count(func.distinct(u.c.user)),
              "services": func.count(func.distinct(u.c.service_id)),
              "groups": func.count(func.distinct(case((u.c.group != "", u.c.group)))),
              "any_group": func.max(u.c.group)}
    return select(key, *[func.sum(u.c[c]).label(c) for c in COUNTERS],
                  func.min(u.c.first_seen).label("first_seen"), func.max(u.c.last_seen).label("last_seen"),
                  *[counts[d].label(d) for d in distinct]).group_by(key)


def _pii_by(session: Session, flt: EventFilter, key: str) -> dict[str, tuple[dict[str, int], dict[str, int]]]:
    p = _pii_rows(flt)
    stmt = select(p.c[key], p.c.entity_type, func.sum(p.c.entities), func.sum(p.c.events)).group_by(
        p.c[key], p.c.entity_type)
    out: dict[str, tuple[dict[str, int], dict[str, int]]] = defaultdict(lambda: ({}, {}))
    for k, etype, entities, events in session.execute(stmt):
        out[k][0][etype] = int(entities)
        out[k][1][etype] = int(events)
    return out


def _counts(r) -> dict[str, int]:
    return {c: int(r._mapping[c] or 0) for c in COUNTERS}


# -- public queries ----------------------------------------------------------------------------
def service_summaries(session: Session, flt: EventFilter | None = None) -> list[ServiceSummary]:
    """One row per AI service seen, most used first."""
    flt = flt or EventFilter()
    u = _usage_rows(flt)
    rows = session.execute(_totals(u, u.c.service_id, ("users", "groups"))).all()
    pii = _pii_by(session, flt, "service_id")
    services = {s.id: s for s in session.exec(select(Service))}
    out = []
    for r in rows:
        sid, c = r.service_id, _counts(r)
        svc = services.get(sid) or Service(id=sid, name=sid, unknown=True)
        actions = {a: c[col] for a, col in ACTION_COLUMNS.items() if c[col]}
        counts, events = pii.get(sid, ({}, {}))
        out.append(ServiceSummary(
            sid, svc.name, svc.vendor, svc.category, svc.unknown, c["requests"], int(r.users), r.first_seen,
            r.last_seen, actions, counts, events, groups=int(r.groups), blocked=c["blocked"],
            scrubbed=c["scrubbed"], coached=c["coached"], personal_requests=c["personal"],
            personal_share=c["personal"] / c["requests"] if c["requests"] else 0.0,
            unknown_ai_requests=c["unknown_ai"], tokens_in=c["tokens_in"], tokens_out=c["tokens_out"],
            risk_tier=svc.risk_tier))
    return sorted(out, key=lambda s: (-s.requests, s.id))


def user_summaries(session: Session, flt: EventFilter | None = None) -> list[UserSummary]:
    """One row per user, most active first."""
    flt = flt or EventFilter()
    u = _usage_rows(flt)
    pii = _pii_by(session, flt, "user")
    out = []
    for r in session.execute(_totals(u, u.c.user, ("services", "any_group"))):
        c = _counts(r)
        out.append(UserSummary(r.user, c["requests"], int(r.services), r.first_seen, r.last_seen,
                               pii.get(r.user, ({}, {}))[0], r.any_group or "", c["blocked"], c["scrubbed"],
                               c["coached"], c["personal"]))
    return sorted(out, key=lambda s: (-s.requests, s.user))


def group_summaries(session: Session, flt: EventFilter | None = None) -> list[GroupSummary]:
    """One row per policy group ("" for users in none), most active first."""
    flt = flt or EventFilter()
    u = _usage_rows(flt)
    pii = _pii_by(session, flt, "group")
    out = []
    for r in session.execute(_totals(u, u.c.group, ("users", "services"))):
        c = _counts(r)
        out.append(GroupSummary(r.group, c["requests"], int(r.users), int(r.services), r.first_seen,
                                r.last_seen, pii.get(r.group, ({}, {}))[0], c["blocked"], c["scrubbed"],
                                c["coached"], c["personal"]))
    return sorted(out, key=lambda s: (-s.requests, s.group))


def count_users(session: Session, flt: EventFilter | None = None) -> int:
    """How many distinct users the filter covers."""
    u = _usage_rows(flt or EventFilter())
    return int(session.execute(select(func.count(func.distinct(u.c.user)))).scalar_one())


def pii_totals(session: Session, flt: EventFilter | None = None) -> dict[str, int]:
    """Entities found per type over the filter, most frequent first."""
    p = _pii_rows(flt or EventFilter())
    rows = session.execute(select(p.c.entity_type, func.sum(p.c.entities)).group_by(p.c.entity_type)).all()
    return dict(sorted(((t, int(n)) for t, n in rows), key=lambda kv: (-kv[1], kv[0])))


def daily_series(session: Session, flt: EventFilter | None = None) -> list[DailyPoint]:
    """Requests, users and PII per UTC day (``since``/``until`` widen to whole days); gaps are 0."""
    flt = flt or EventFilter()
    end = None
    if flt.until is not None:
        end = day_of(flt.until) + timedelta(days=day_start(day_of(flt.until)) < flt.until)
    days = (day_of(flt.since) if flt.since else None, end)
    where = _rollup_where(_d, flt, days)
    stmt = (select(_d.day, func.sum(_d.requests), func.count(func.distinct(_d.user)),
                   func.count(func.distinct(_d.service_id)), func.sum(_d.blocked), func.sum(_d.scrubbed),
                   func.sum(_d.coached)).where(*where).group_by(_d.day))
    points = {d: DailyPoint(d, *(int(x) for x in rest)) for d, *rest in session.execute(stmt)}
    pii = select(_pd.day, func.sum(_pd.entities)).where(*_rollup_where(_pd, flt, days)).group_by(_pd.day)
    for d, n in session.execute(pii):
        points.setdefault(d, DailyPoint(d)).pii_entities = int(n)
    if not points:
        return []
    first, last = min(points), max(points)
    return [points.get(first + timedelta(days=i)) or DailyPoint(first + timedelta(days=i))
            for i in range((last - first).days + 1)]


def first_seen_by_service(session: Session) -> dict[str, datetime]:
    """When each service was first used (over the retained history)."""
    stmt = select(_d.service_id, func.min(_d.first_seen).label("first")).group_by(_d.service_id)
    return {sid: first for sid, first in session.execute(stmt)}


def new_services(session: Session, now: datetime | None = None, days: int = 7) -> list[ServiceSummary]:
    """Services first used in the last ``days`` days, with their usage since then, most used first."""
    now = now or datetime.now(UTC)
    cutoff = now - timedelta(days=days)
    first = first_seen_by_service(session)
    new = {sid for sid, t in first.items() if t >= cutoff}
    if not new:
        return []
    return [s for s in service_summaries(session, EventFilter(since=cutoff)) if s.id in new]


def list_events(session: Session, flt: EventFilter, offset: int = 0,
                limit: int = 100) -> tuple[list[UsageEvent], int]:
    """A page of events, newest first, and the total matching."""
    total = session.exec(flt.apply(select(func.count()).select_from(UsageEvent))).one()
    stmt = flt.apply(select(UsageEvent)).order_by(col(UsageEvent.time).desc(), col(UsageEvent.id).desc())
    return list(session.exec(stmt.offset(offset).limit(limit))), total


__all__ = ["DailyPoint", "EventFilter", "GroupSummary", "ServiceSummary", "UserSummary", "count_users",
           "daily_series",
           "first_seen_by_service", "group_summaries", "list_events", "new_services", "pii_totals",
           "service_summaries", "user_summaries"]
