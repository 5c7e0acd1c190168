"""Two proxy processes on one PostgreSQL share a budget: what one spends, the other refuses next."""

import shutil

import httpx
import pytest
from sqlmodel import Session, create_engine, select

from inventory.models import BudgetCounter
from tests.conftest import launch_stack, stop_stack, wait_for, wait_ready
from tests.inventory.conftest import fresh_pg_database

POLICY = """
name: Shared Budget Policy
services: {openai-api: {sanctioned: true, action: allow}}
groups: {team: [shared, probe]}
budgets:
  - {name: team-daily, per: group, names: [team], period: day, limit_tokens: 30, warn_at: 0.5}
"""
CHAT = "https://api.openai.com/v1/chat/completions"
BODY = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hello"}]}


@pytest.fixture(scope="module")
def two_proxies(tmp_path_factory, fake_llm):
    with fresh_pg_database() as url:
        stacks = []
        try:
            for name in ("a", "b"):  # both start at once (each loads its models: two cores)
                tmp = tmp_path_factory.mktemp(f"shared-{name}")
                (tmp / "policy.yaml").write_text(POLICY)
                stacks.append(launch_stack(tmp, fake_llm, {"AIWARDEN_DATABASE_URL": url,
                                                           "AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml")}))
            for s in stacks:
                wait_ready(s)
            engine = create_engine(url)
            yield stacks, engine
            engine.dispose()
        finally:
            for s in stacks:
                stop_stack(s)
                shutil.rmtree(s.log.parent, ignore_errors=True)


def probe(stack) -> httpx.Response:
    """A request that spends nothing: the vendor refuses it without usage (429), unless the proxy's budget
    check refuses it first. Its ``X-AIWarden-Budget`` header shows what that proxy knows of the counter."""
    with stack.client("probe") as c:
        return c.post(CHAT, json=BODY, headers={"x-fake-status": "429"})


def test_budget_spent_through_one_proxy_blocks_the_other(two_proxies):
    (a, b), engine = two_proxies
    with b.client("shared") as cb:
        assert cb.post(CHAT, json=BODY).status_code == 200  # 18 of 30 tokens, through B
    # Barrier: A has read B's 18 (past warn_at) from the shared counters (it re-reads them every second).
    assert wait_for(lambda: "x-aiwarden-budget" in probe(a).headers, timeout=10)
    with a.client("shared") as ca:
        assert ca.post(CHAT, json=BODY).status_code == 200  # 18 < 30, admitted
        # 36 of 30 now. A knows at once (its own request); B within its refresh interval (1 s).
        assert ca.post(CHAT, json=BODY).status_code == 403
    assert wait_for(lambda: probe(b).status_code == 403, timeout=10)  # B has read A's 18
    with b.client("shared") as cb:
        refused = cb.post(CHAT, json=BODY)
    assert refused.status_code == 403 and "budget 'team-daily'" in refused.json()["error"]["message"]

    with Session(engine) as s:
        row = wait_for(lambda: s.exec(select(BudgetCounter)).first())
    assert row and (row.budget, row.subject, row.tokens, row.requests) == ("team-daily", "team", 36, 2)
    viewer = {"Authorization": f"Bearer {a.token('viewer')}"}
    spend = httpx.get(f"{b.admin_url}/api/v1/reports/spend", params={"by": "user"}, headers=viewer).json()
    [row] = [r for r in spend["rows"] if r["key"] == "shared"]
    assert row["tokens_in"] + row["tokens_out"] == 36 and row["requests"] == 4  # 2 sent, 2 refused
