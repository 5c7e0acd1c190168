"""Pseudonymous mode reaches the budget counters: per-user counters hold the events' pseudonym, never the
name, whether the mode is set in the environment or in ``.env`` (the settings are the one source)."""

import shutil
from datetime import UTC, datetime

import pytest
from sqlmodel import Session, create_engine, select

from inventory.models import BudgetCounter, UsageEvent
from inventory.pseudonym import Pseudonymizer
from policy.engine import RequestContext, decide
from policy.model import parse_policy
from proxy.budgets import SpendGuard
from proxy.catalog import AIService
from proxy.state import FlowState
from tests.conftest import start_stack, stop_stack, wait_for

SECRET = "0123456789abcdef0123456789abcdef"
T = datetime(2026, 11, 27, 10, tzinfo=UTC)
POLICY_YAML = """
name: Pseudonymous budgets
services: {openai-api: {sanctioned: true, action: allow}}
budgets:
  - {name: per-user, per: user, period: day, limit_tokens: 100000}
"""
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


@pytest.fixture
def dotenv_stack(tmp_path, fake_llm, monkeypatch):
    for name in ("AIWARDEN_PSEUDONYMIZE_USERS", "AIWARDEN_PSEUDONYM_SECRET"):
        monkeypatch.delenv(name, raising=False)  # start_stack copies os.environ: only .env may set them
    (tmp_path / "policy.yaml").write_text(POLICY_YAML)
    (tmp_path / ".env").write_text(  # read by the settings from the process's working directory
        f"AIWARDEN_PSEUDONYMIZE_USERS=true\nAIWARDEN_PSEUDONYM_SECRET={SECRET}\n"
        f"AIWARDEN_POLICY_FILE={tmp_path / 'policy.yaml'}\n"
    )
    s = start_stack(tmp_path, fake_llm)
    yield s
    stop_stack(s)
    shutil.rmtree(tmp_path / "conf", ignore_errors=True)


def test_dotenv_pseudonymous_mode_reaches_the_budget_counters(dotenv_stack):
    s = dotenv_stack
    assert "AIWARDEN_PSEUDONYMIZE_USERS" not in s.env
    with s.client("zoe.quinn") as c:
        r = c.post("https://api.openai.com/v1/chat/completions",
                   json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hello"}]})
    assert r.status_code == 200
    engine = create_engine(s.env["AIWARDEN_DATABASE_URL"])
    try:
        with Session(engine) as session:
            counters = wait_for(lambda: session.exec(select(BudgetCounter)).all())
            events = wait_for(lambda: session.exec(select(UsageEvent)).all())
    finally:
        engine.dispose()
    pseudonym = Pseudonymizer(SECRET).pseudonym("zoe.quinn")
    assert [e.user for e in events] == [pseudonym]
    assert [(c.budget, c.subject) for c in counters] == [("per-user", pseudonym)]
