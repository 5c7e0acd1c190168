"""Pseudonymous mode reaches the budget counters: per-user counters hold the events' pseudonym, never the
name, whether the mode is set in the environment or in ``.env`` (the settings are the one source)."""

from datetime import UTC, datetime

from sqlmodel import Session, create_engine, select

from inventory.models import BudgetCounter, UsageEvent
from inventory.pseudonym import Pseudonymizer
from policy.engine import RequestContext, decide
from policy.model import parse_policy
from proxy.budgets import SpendGuard
from proxy.catalog import AIService
from proxy.state import FlowState
from tests.conftest import PSEUDONYM_SECRET as SECRET
from tests.conftest import PSEUDONYMOUS_POLICY as POLICY_YAML
from tests.conftest import wait_for

T = datetime(2026, 11, 27, 10, tzinfo=UTC)
POLICY = parse_policy(POLICY_YAML)
SERVICE = AIService("openai-api", "OpenAI API", "OpenAI", "api", ("api.openai.com",), (), "openai")


def _account(guard: SpendGuard, user: str) -> None:
    ev = UsageEvent(user=user, service_id="openai-api", host="h", action="allow", status=200,
                    model="gpt-4o-mini", tokens_in=60, tokens_out=10, time=T)
    decision = decide(RequestContext(user=user, service_id="openai-api"), POLICY)
    st = FlowState(service=SERVICE, decision=decision,
                   user=user, client_addr="", group="", host="h", action="allow", reason="")
    guard.account(ev, st, POLICY)


def test_guard_counts_under_the_pseudonym_it_is_given():
    pz = Pseudonymizer(SECRET)
    guard = SpendGuard(pseudonymizer=pz, clock=lambda: T)
    _account(guard, "zoe.quinn")
    assert guard.used(("per-user", "2026-11-27", pz.pseudonym("zoe.quinn"))).tokens == 70
    assert guard.used(("per-user", "2026-11-27", "zoe.quinn")).tokens == 0


def test_guard_never_reads_the_environment(monkeypatch):
    monkeypatch.setenv("AIWARDEN_PSEUDONYMIZE_USERS", "true")
    monkeypatch.setenv("AIWARDEN_PSEUDONYM_SECRET", SECRET)
    guard = SpendGuard(clock=lambda: T)  # no pseudonymizer passed: names as they are (mode off)
    _account(guard, "zoe.quinn")
    assert guard.used(("per-user", "2026-11-27", "zoe.quinn")).tokens == 70


def test_dotenv_pseudonymous_mode_reaches_the_budget_counters(pseudo_stack):
    s = pseudo_stack  # (tests/conftest.py): the mode is set in .env only; tests/integration sends as yann.roe
    assert "AIWARDEN_PSEUDONYMIZE_USERS" not in s.env
    with s.client("zoe.quinn") as c:
        r = c.post("https://api.openai.com/v1/chat/completions",
                   json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hello"}]})
    assert r.status_code == 200
    pz = Pseudonymizer(SECRET)
    pseudonym = pz.pseudonym("zoe.quinn")
    senders = {pseudonym, pz.pseudonym("yann.roe")}  # every user this stack ever sees, as pseudonyms
    engine = create_engine(s.env["AIWARDEN_DATABASE_URL"])
    try:
        with Session(engine) as session:
            def mine(rows, field):
                return rows if pseudonym in [getattr(r, field) for r in rows] else None

            counters = wait_for(lambda: mine(session.exec(select(BudgetCounter)).all(), "subject"))
            events = wait_for(lambda: mine(session.exec(select(UsageEvent)).all(), "user"))
    finally:
        engine.dispose()
    assert events and [e.user for e in events].count(pseudonym) == 1
    assert {e.user for e in events} <= senders  # no name, only pseudonyms
    assert counters and {(c.budget, c.subject) for c in counters} <= {("per-user", p) for p in senders}
    assert [c.subject for c in counters].count(pseudonym) == 1
