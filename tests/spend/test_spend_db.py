"""Spend reports and shared budget counters on SQLite and a real PostgreSQL; the guard fails open."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine
from sqlmodel import Session

from admin.alerts import AlertEngine
from inventory.models import UsageEvent
from inventory.rollup import write_events
from inventory.spend import Totals, add_to_counters, read_counters, render_spend_report, spend_report
from policy.budgets import budget_status
from policy.model import parse_policy
from proxy.budgets import SpendGuard
from tests.conftest import wait_for

T = datetime(2026, 11, 27, 10, tzinfo=UTC)
POLICY = parse_policy("""
services: {openai-api: {sanctioned: true}}
groups: {eng: [alice]}
budgets:
  - {name: daily, per: user, period: day, limit_tokens: 100, warn_at: 0.5}
  - {name: eng, per: group, limit_usd: 1.0}
""")


def add(eng, **kw) -> None:
    base = dict(user="alice", group="eng", service_id="openai-api", host="h", action="allow", status=200,
                time=T)
    row = UsageEvent(**(base | kw)).model_dump(exclude={"id"})
    with eng.begin() as conn:
        write_events(conn, [row])


def test_spend_by_user_model_day_month_sanctioned(engine):
    add(engine, model="gpt-4o", tokens_in=100, tokens_out=10, cost_usd=0.5)
    add(engine, model="gpt-4o", tokens_in=50, tokens_out=5, cost_usd=0.25, time=T + timedelta(days=1))
    add(engine, user="bob", group="", service_id="deepseek-api", model="deepseek-chat", tokens_in=10,
        tokens_out=10, cost_usd=0.125)
    add(engine, user="bob", group="", model="my-llama", tokens_in=7, tokens_out=3, cost_usd=None)
    add(engine, model="gpt-4o-mini", model_requested="gpt-4o", tokens_in=4, tokens_out=None,
        tokens_estimated=True, cost_usd=0.0625)
    add(engine, model="gpt-4o", time=T - timedelta(days=40), cost_usd=9.0, tokens_in=1)  # October
    with Session(engine) as s:
        recent = T - timedelta(days=5)
        by_user = spend_report(s, "user", "month", since=recent, sanctioned=POLICY.is_sanctioned)
        assert [(r.period, r.key, r.requests, r.cost_usd, r.unpriced_requests) for r in by_user.rows] == [
            ("2026-11", "alice", 3, 0.8125, 0), ("2026-11", "bob", 2, 0.125, 1)]
        t = by_user.totals
        assert (t.cost_usd, t.sanctioned_cost_usd, t.unsanctioned_cost_usd) == (0.9375, 0.8125, 0.125)
        assert (t.unpriced_requests, t.unpriced_tokens) == (1, 10)
        assert (t.estimated_requests, t.rewritten_requests) == (1, 1)
        by_day = spend_report(s, "service", "day", sanctioned=POLICY.is_sanctioned)
        assert [(r.period, r.key, r.cost_usd) for r in by_day.rows] == [
            ("2026-11-28", "openai-api", 0.25), ("2026-11-27", "openai-api", 0.5625),
            ("2026-11-27", "deepseek-api", 0.125), ("2026-10-18", "openai-api", 9.0)]
        models = spend_report(s, "requested_model", "month", since=T - timedelta(days=5))
        assert {r.key: r.requests for r in models.rows} == {"gpt-4o": 3, "deepseek-chat": 1, "my-llama": 1}
        assert {r.key for r in spend_report(s, "model", "month", since=T - timedelta(days=5)).rows} == {
            "gpt-4o", "gpt-4o-mini", "deepseek-chat", "my-llama"}
        assert spend_report(s, "group", until=T - timedelta(days=1)).rows[0].cost_usd == 9.0
        body, ctype = render_spend_report(s, "csv", "user", "month")
        assert ctype == "text/csv" and body.splitlines()[0].startswith("period,key,requests")
        table, _ = render_spend_report(s, "table", "user", "month")
        assert "cost unknown" in table and "total" in table
        with pytest.raises(ValueError, match="by must be one of"):
            spend_report(s, "prompt")


def test_counters_add_atomically_from_many_threads(engine):
    key = ("daily", "2026-11-27", "alice")

    def worker():
        for _ in range(20):
            with engine.begin() as conn:
                add_to_counters(conn, {key: Totals(5, 0.01, 1)})

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with engine.begin() as conn:
        got = read_counters(conn, ["2026-11-27"])[key]
    assert (got.tokens, got.requests, round(got.cost_usd, 6)) == (400, 80, 0.8)


def test_budget_status_and_alerts(engine):
    with engine.begin() as conn:
        add_to_counters(conn, {("daily", "2026-11-27", "alice"): Totals(60, 0.1, 3),
                               ("daily", "2026-11-27", "bob"): Totals(120, 0.2, 2),
                               ("daily", "2026-11-26", "carol"): Totals(999, 9, 9),  # yesterday: ignored
                               ("eng", "2026-11", "eng"): Totals(10, 0.3, 3)})
    with Session(engine) as s:
        status = budget_status(s, POLICY, T)
        assert [(x.budget, x.subject, x.standing, x.fraction) for x in status] == [
            ("daily", "bob", "exceeded", 1.2), ("daily", "alice", "warn", 0.6), ("eng", "eng", "ok", 0.3)]
        alerts = AlertEngine(lambda: POLICY).evaluate(s, T)
    kinds = {(a.kind, a.detail["subject"]) for a in alerts if a.kind.startswith("budget")}
    assert kinds == {("budget_exceeded", "bob"), ("budget_warning", "alice")}


def _md(user="alice", canned=False):
    """The flow state the proxy hands to ``account`` (only the decision and ``canned`` are read)."""
    from policy.engine import RequestContext, decide
    from proxy.catalog import AIService
    from proxy.state import FlowState

    decision = decide(RequestContext(user=user, service_id="openai-api"), POLICY)
    service = AIService("openai-api", "OpenAI API", "OpenAI", "api", ("api.openai.com",), (), "openai")
    return FlowState(service=service, decision=decision,
                     user=user, client_addr="", group="", host="h", action="allow", reason="", canned=canned)


def test_guard_prices_counts_and_fails_open_when_the_database_is_down(tmp_path):
    guard = SpendGuard(refresh=0.05, clock=lambda: T)
    down = create_engine(f"sqlite:///{tmp_path}/missing-dir/x.db")  # cannot be opened: an outage
    guard.use_engine(down)
    try:
        ev = UsageEvent(user="alice", service_id="openai-api", host="h", action="allow", status=200,
                        model="gpt-4o-mini", tokens_in=60, tokens_out=10, time=T)
        guard.account(ev, _md(), POLICY)
        assert ev.cost_usd == pytest.approx((60 * 0.15 + 10 * 0.60) / 1e6)
        unknown = UsageEvent(user="alice", service_id="openai-api", host="h", action="allow", status=200,
                             model="my-llama", tokens_in=5, tokens_out=5, time=T)
        guard.account(unknown, _md(), POLICY)
        assert unknown.cost_usd is None  # unknown cost, still counted in tokens
        refused = UsageEvent(user="alice", service_id="openai-api", host="h", action="block", status=403,
                             tokens_in=50, tokens_estimated=True, time=T)
        guard.account(refused, _md(canned=True), POLICY)
        assert refused.cost_usd == 0.0  # never sent: nothing billed, not counted
        assert wait_for(lambda: guard.database_up is False, timeout=5)  # the thread tried and failed
        assert guard.used(("daily", "2026-11-27", "alice")).tokens == 80  # own requests still count
    finally:
        guard.close()
    down.dispose()


def test_the_report_choices_are_one_fact():
    """The CLI's choices (spend_choices), the queries' checks (BY, PERIODS) and the type hints agree."""
    import typing

    from inventory import spend
    from inventory.spend_choices import SpendBy, SpendPeriod

    assert spend.BY == tuple(SpendBy) and set(typing.get_args(spend.By)) == set(spend.BY)
    assert spend.PERIODS == tuple(SpendPeriod) and set(typing.get_args(spend.Period)) == set(spend.PERIODS)
