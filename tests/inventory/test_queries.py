"""Aggregations on a hand-checked fixture, and against a plain-Python oracle on random data (both DBs)."""

import random
from collections import Counter, defaultdict
from datetime import date, timedelta

import pytest
from sqlmodel import Session

from inventory.queries import (
    EventFilter,
    daily_series,
    group_summaries,
    list_events,
    new_services,
    pii_totals,
    service_summaries,
    user_summaries,
)
from inventory.recorder import Recorder
from tests.inventory.helpers import T0, ev, load_fixture


@pytest.fixture
def fixture_db(engine):
    load_fixture(engine)
    return engine


def test_service_summaries_hand_checked(fixture_db):
    with Session(fixture_db) as s:
        rows = {r.id: r for r in service_summaries(s)}
    assert [r for r in rows] == ["openai-api", "deepseek", "claude-web"]  # most used first
    o = rows["openai-api"]
    assert (o.name, o.vendor, o.unknown) == ("OpenAI API", "OpenAI", False)
    assert (o.requests, o.users, o.groups) == (5, 3, 1)
    assert o.first_seen == T0 + timedelta(hours=9) and o.last_seen == T0 + timedelta(hours=49)
    assert o.actions == {"scrub": 4, "allow": 1} and (o.scrubbed, o.blocked, o.coached) == (4, 0, 0)
    assert o.pii_counts == {"PERSON": 3, "EMAIL_ADDRESS": 4}
    assert o.pii_events == {"PERSON": 2, "EMAIL_ADDRESS": 2}
    assert o.personal_requests == 2 and o.personal_share == pytest.approx(2 / 5)
    assert (o.tokens_in, o.tokens_out, o.risk_tier) == (50, 100, "medium")
    d = rows["deepseek"]
    assert (d.name, d.unknown, d.requests, d.users, d.groups) == ("chat.deepseek.com", True, 3, 2, 2)
    assert d.actions == {"block": 2, "coach": 1} and d.pii_counts == {"US_SSN": 1, "SECRET": 1, "PERSON": 1}
    assert d.personal_requests == 2
    assert rows["claude-web"].actions == {"redirect": 1}


@pytest.mark.parametrize(("since_h", "until_h", "expected"), [
    (None, None, {"openai-api": 5, "deepseek": 3, "claude-web": 1}),
    (24, None, {"openai-api": 3, "deepseek": 1, "claude-web": 1}),  # whole days only (rollups)
    (10, None, {"openai-api": 4, "deepseek": 3, "claude-web": 1}),  # partial first day (events) + rollups
    (10, 37, {"openai-api": 3, "deepseek": 2}),  # partial days at both ends
    (23, 33, {"deepseek": 1, "openai-api": 1}),  # window across midnight, no whole day
    (36.5, 36.6, {}),
])
def test_windows_are_exact(fixture_db, since_h, until_h, expected):
    flt = EventFilter(since=None if since_h is None else T0 + timedelta(hours=since_h),
                      until=None if until_h is None else T0 + timedelta(hours=until_h))
    with Session(fixture_db) as s:
        assert {r.id: r.requests for r in service_summaries(s, flt)} == expected


def test_users_groups_daily_pii_new(fixture_db):
    with Session(fixture_db) as s:
        users = {u.user: u for u in user_summaries(s)}
        groups = {g.group: g for g in group_summaries(s)}
        daily = daily_series(s)
        pii = pii_totals(s)
        new = new_services(s, now=T0 + timedelta(days=8))
        action = service_summaries(s, EventFilter(action="block"))
    a = users["alice"]
    assert (a.requests, a.services, a.group, a.scrubbed, a.coached) == (3, 2, "eng", 2, 1)
    assert a.pii_counts == {"PERSON": 2, "EMAIL_ADDRESS": 4}
    assert users["carol"].blocked == 2 and users["carol"].personal_requests == 2
    assert {g: (x.requests, x.users, x.services) for g, x in groups.items()} == {
        "eng": (5, 2, 2), "legal": (3, 2, 2), "": (1, 1, 1)}
    assert groups["legal"].pii_counts == {"US_SSN": 1, "SECRET": 1, "PERSON": 1}
    assert [(p.day, p.requests, p.users, p.blocked, p.pii_entities) for p in daily] == [
        (date(2026, 11, 20), 4, 3, 1, 5), (date(2026, 11, 21), 3, 3, 1, 5), (date(2026, 11, 22), 2, 2, 0, 0)]
    assert pii == {"PERSON": 4, "EMAIL_ADDRESS": 4, "SECRET": 1, "US_SSN": 1}
    # 8 days after T0 the week started on 21 Nov: only claude-web (first seen 22 Nov) is new.
    assert [(n.id, n.requests) for n in new] == [("claude-web", 1)]
    assert [(r.id, r.requests) for r in action] == [("deepseek", 2)]


def test_list_events_pages_newest_first(fixture_db):
    with Session(fixture_db) as s:
        page, total = list_events(s, EventFilter(service="openai-api"), offset=1, limit=2)
    assert total == 5 and [e.user for e in page] == ["alice", "dave"]


def test_matches_python_oracle_on_random_data(engine):
    rnd = random.Random(5)
    users, services, actions = [f"u{i}" for i in range(9)], "abcd", ["allow", "scrub", "block", "coach"]
    kinds = ["PERSON", "EMAIL_ADDRESS", "SECRET"]
    events = [ev(rnd.uniform(0, 24 * 6), rnd.choice(users), rnd.choice(services), rnd.choice(actions),
                 {t: rnd.randint(1, 3) for t in rnd.sample(kinds, rnd.randint(0, 2))},
                 rnd.choice(["", "g1", "g2"]), rnd.choice([None, True, False])) for _ in range(400)]
    rec = Recorder(engine, batch_size=37)
    for e in events:
        rec.record(e)
    rec.start().close()
    with Session(engine) as s:
        for _ in range(6):
            lo, hi = sorted(rnd.uniform(-5, 24 * 7) for _ in range(2))
            flt = EventFilter(since=T0 + timedelta(hours=lo), until=T0 + timedelta(hours=hi))
            chosen = [e for e in events if flt.since <= e.time < flt.until]
            want_req, want_users, want_pii = Counter(), defaultdict(set), defaultdict(Counter)
            for e in chosen:
                want_req[e.service_id] += 1
                want_users[e.service_id].add(e.user)
                want_pii[e.service_id].update(e.pii_counts)
            got = {r.id: r for r in service_summaries(s, flt)}
            assert {k: r.requests for k, r in got.items()} == dict(want_req)
            assert {k: r.users for k, r in got.items()} == {k: len(v) for k, v in want_users.items()}
            assert {k: r.pii_counts for k, r in got.items()} == {k: dict(+want_pii[k]) for k in want_req}
            want_first = {k: min(e.time for e in chosen if e.service_id == k) for k in want_req}
            assert {k: r.first_seen for k, r in got.items()} == want_first
            assert sum(u.requests for u in user_summaries(s, flt)) == len(chosen)
