"""A value longer than its column (a 201+ character user name with PROXYAUTH=any) is stored bounded, on
SQLite and PostgreSQL, instead of making the database refuse the event (the request went unrecorded)."""

from sqlmodel import Session, select

from inventory.limits import bounded
from inventory.models import BudgetCounter, UsageDaily, UsageEvent
from inventory.pseudonym import Pseudonymizer
from inventory.recorder import Recorder
from inventory.spend import Totals, add_to_counters
from policy.model import parse_policy
from tests.inventory.test_recorder import event

LONG = "x" * 150 + "-long-user-name-" + "y" * 300
LONG_TOO = "x" * 150 + "-long-user-name-" + "z" * 300  # same first 200 characters


def test_bounded_keeps_distinct_values_distinct():
    assert bounded("alice", 200) == "alice"
    assert len(bounded(LONG, 200)) == 200 and bounded(LONG, 200) == bounded(LONG, 200)
    assert bounded(LONG, 200) != bounded(LONG_TOO, 200)
    assert bounded(LONG, 200).startswith(LONG[:150])


def test_long_values_are_recorded_bounded(engine):
    rec = Recorder(engine)
    for i, user in enumerate((LONG, LONG_TOO, LONG)):
        assert rec.record(event(i, user=user, group="g" * 400, model="m" * 250, host="h" * 300))
    rec.start().close()
    assert rec.stats.rejected == 0
    with Session(engine) as s:
        users = [e.user for e in s.exec(select(UsageEvent).order_by(UsageEvent.id))]
        daily = {(d.user, d.requests) for d in s.exec(select(UsageDaily))}
    assert users == [bounded(LONG, 200), bounded(LONG_TOO, 200), bounded(LONG, 200)]
    assert daily == {(bounded(LONG, 200), 2), (bounded(LONG_TOO, 200), 1)}  # rollups agree with events


def test_budget_counters_use_the_same_bounded_subject(engine):
    from proxy.budgets import SpendGuard

    [budget] = parse_policy("""
services: {openai-api: {sanctioned: true, action: allow}}
budgets: [{name: per-user, per: user, period: day, limit_tokens: 1000}]
""").budgets
    pz = Pseudonymizer("s" * 32)
    assert SpendGuard()._subject(budget, LONG) == bounded(LONG, 200)  # what the events store
    assert SpendGuard(pseudonymizer=pz)._subject(budget, LONG) == pz.pseudonym(LONG)
    key = ("per-user", "2026-11-27", SpendGuard()._subject(budget, LONG))
    with engine.begin() as conn:  # the database takes it (an unbounded subject was refused by PostgreSQL)
        add_to_counters(conn, {key: Totals(10, 0.0, 1)})
    with Session(engine) as s:
        assert [(c.subject, c.tokens) for c in s.exec(select(BudgetCounter))] == [(bounded(LONG, 200), 10)]
