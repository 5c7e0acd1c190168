"""Spend, budgets, rate limits and model rules through the real proxy (``aiwarden run``) and real SDKs.

The fake vendor reports 11 input + 7 output tokens for every chat answer (13 + 9 for Anthropic).
"""

import time

import anthropic
import httpx
import httpx2
import openai
import pytest
from sqlmodel import Session, create_engine, select

from inventory.models import BudgetCounter, UsageEvent
from tests.conftest import wait_for

CHAT = "https://api.openai.com/v1/chat/completions"
MSG = [{"role": "user", "content": "Summarise the quarterly numbers."}]


@pytest.fixture(scope="module")
def px(policy_stack):
    """The session's ``policy_stack`` (tests/conftest.py: its policy holds this module's budgets, rate limits
    and model rules, for users of this module's own)."""
    s = policy_stack
    s.db = create_engine(s.env["AIWARDEN_DATABASE_URL"])  # type: ignore[attr-defined]
    yield s
    s.db.dispose()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def viewer(px) -> dict[str, str]:
    return {"Authorization": f"Bearer {px.token('viewer')}"}


def events(px, user: str, n: int) -> list[UsageEvent]:
    def get():
        with Session(px.db) as s:
            rows = s.exec(select(UsageEvent).where(UsageEvent.user == user).order_by(UsageEvent.id)).all()
        return rows if len(rows) >= n else None

    rows = wait_for(get)
    assert rows, f"fewer than {n} events for {user}"
    return rows


def sdk(px, user: str, retries: int) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test-not-real", http_client=px.client(user), max_retries=retries)


def chat(client: httpx.Client, model: str = "gpt-4o") -> httpx.Response:
    return client.post(CHAT, json={"model": model, "messages": MSG}, headers={"authorization": "Bearer sk-x"})


def test_cost_on_events_and_in_the_spend_report(px, viewer):
    with px.client("coster") as c:
        assert chat(c, "gpt-4o").status_code == 200
        assert chat(c, "my-private-model").status_code == 200
    known, unknown = events(px, "coster", 2)
    assert (known.tokens_in, known.tokens_out, known.tokens_estimated) == (11, 7, False)
    assert known.cost_usd == pytest.approx((11 * 2.50 + 7 * 10.00) / 1e6)  # gpt-4o, per million tokens
    assert unknown.cost_usd is None  # not in the price table: unknown, not zero
    r = httpx.get(f"{px.admin_url}/api/v1/reports/spend", params={"by": "user", "period": "day"},
                  headers=viewer)
    assert r.status_code == 200
    [row] = [x for x in r.json()["rows"] if x["key"] == "coster"]
    assert row["requests"] == 2 and row["unpriced_requests"] == 1
    assert row["cost_usd"] == pytest.approx(known.cost_usd) == pytest.approx(row["sanctioned_cost_usd"])
    csv = httpx.get(f"{px.admin_url}/api/v1/reports/spend", params={"format": "csv"}, headers=viewer)
    assert csv.headers["content-type"].startswith("text/csv")


def test_budget_warns_then_blocks_the_next_request(px, viewer):
    before = len(px.fake.received)
    with px.client("budgeted") as c:
        first, second, third = chat(c), chat(c), chat(c)
    assert first.status_code == 200 and "x-aiwarden-budget" not in first.headers
    assert second.status_code == 200  # 18 of 30 tokens used: past warn_at 0.5
    assert second.headers["x-aiwarden-budget"] == "tiny; used=60%; limit=30 tokens"
    assert third.status_code == 403  # 36 of 30: the next request is refused, in OpenAI's error shape
    assert "budget 'tiny'" in third.json()["error"]["message"]
    assert len(px.fake.received) - before == 2  # the refused request never reached the vendor
    last = events(px, "budgeted", 3)[-1]
    assert (last.action, last.status, last.reason) == ("block", 403, "budget tiny reached")
    assert last.cost_usd == 0.0
    status = httpx.get(f"{px.admin_url}/api/v1/reports/budgets", headers=viewer).json()
    assert {"budget": "tiny", "subject": "budgeted", "standing": "exceeded", "used": 36.0}.items() <= [
        s for s in status if s["budget"] == "tiny"][0].items()


def test_budget_exceeded_mid_stream_takes_effect_on_the_next_request(px):
    client = sdk(px, "streamer", retries=2)
    stream = client.chat.completions.create(model="gpt-4o-mini", messages=MSG, stream=True,
                                            stream_options={"include_usage": True})
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert text == "You said: Summarise the quarterly numbers."  # 18 tokens > 10: the stream is not cut
    events(px, "streamer", 1)

    def refused():
        try:
            client.chat.completions.create(model="gpt-4o-mini", messages=MSG)
        except openai.PermissionDeniedError as exc:  # 403: the SDK does not retry it
            return exc
        return None

    exc = wait_for(refused, timeout=5)
    assert exc and "budget 'streamy'" in exc.message


def test_coach_budget_lets_requests_through_with_a_notice(px):
    with px.client("coached") as c:
        assert "x-aiwarden-notice" not in chat(c).headers
        second = chat(c)
    assert second.status_code == 200 and "budget 'soft'" in second.headers["x-aiwarden-notice"]
    assert events(px, "coached", 2)[-1].reason.endswith("budget soft reached (coach)")


def test_rate_limit_429_retry_after_honoured_by_the_openai_sdk(px):
    """Limit 2 per 2 s. openai (3.x) retries a 429 after Retry-After (up to 120 s, else not at all)."""
    client = sdk(px, "ratey", retries=2)
    before = len(px.fake.received)
    started = time.monotonic()
    for _ in range(3):
        assert client.chat.completions.create(model="gpt-4o-mini", messages=MSG).choices
    elapsed = time.monotonic() - started
    assert 0.5 < elapsed < 8  # the third call got a 429, waited Retry-After (<= 2 s), then got through
    assert len(px.fake.received) - before == 3  # the 429 was answered by the proxy, not the vendor
    limited = [e for e in events(px, "ratey", 4) if e.status == 429]
    assert len(limited) == 1 and limited[0].reason == "rate limit: quick"


def test_rate_limit_with_a_long_wait_raises_at_once_in_both_sdks(px):
    """Retry-After ~180 s comes with x-should-retry: false, so both SDKs raise RateLimitError at once.

    (Without it openai 3.x would not retry a wait over 120 s anyway; anthropic 2.x sleeps any Retry-After.)
    """
    client = sdk(px, "slowpoke", retries=2)
    for _ in range(3):  # 1 per minute over 180 s: 3 per window
        client.chat.completions.create(model="gpt-4o-mini", messages=MSG)
    started = time.monotonic()
    with pytest.raises(openai.RateLimitError) as exc:
        client.chat.completions.create(model="gpt-4o-mini", messages=MSG)
    assert time.monotonic() - started < 3
    resp = exc.value.response
    assert resp.status_code == 429 and 170 <= int(resp.headers["retry-after"]) <= 180
    assert resp.headers["x-should-retry"] == "false"
    assert resp.json()["error"]["code"] == "rate_limit_exceeded"
    assert [e.status for e in events(px, "slowpoke", 4)] == [200, 200, 200, 429]  # one attempt, no retry

    http_client = httpx2.Client(proxy=px.proxy_url("antrate"), verify=px.ssl_context(), timeout=30)
    claude = anthropic.Anthropic(api_key="sk-ant-test", http_client=http_client, max_retries=2)
    for _ in range(3):
        claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=50, messages=MSG)
    started = time.monotonic()
    with pytest.raises(anthropic.RateLimitError) as aexc:
        claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=50, messages=MSG)
    assert time.monotonic() - started < 3
    assert aexc.value.response.json()["error"]["type"] == "rate_limit_error"
    assert int(aexc.value.response.headers["retry-after"]) >= 170


def test_model_rule_rewrites_the_model_and_keeps_the_original(px, viewer):
    before = len(px.fake.received)
    answer = sdk(px, "tiered", retries=0).chat.completions.create(model="gpt-4o", messages=MSG)
    assert answer.model == "gpt-4o-mini"  # the vendor was asked for the cheaper model
    assert b'"model":"gpt-4o-mini"' in px.fake.received[before].body
    ev = events(px, "tiered", 1)[-1]
    assert (ev.model, ev.model_requested) == ("gpt-4o-mini", "gpt-4o")
    assert ev.cost_usd == pytest.approx((11 * 0.15 + 7 * 0.60) / 1e6)  # priced as the model used
    r = httpx.get(f"{px.admin_url}/api/v1/reports/spend", params={"by": "requested_model"}, headers=viewer)
    assert any(x["key"] == "gpt-4o" and x["rewritten_requests"] >= 1 for x in r.json()["rows"])


def test_counters_are_in_the_database(px):
    def counter():
        with Session(px.db) as s:
            return s.exec(select(BudgetCounter).where(BudgetCounter.subject == "budgeted")).first()

    row = wait_for(lambda: (c := counter()) and c.tokens == 36 and c)
    assert row and (row.budget, row.requests) == ("tiny", 2)
