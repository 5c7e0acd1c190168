"""Budgets, rate limits and model rules in the policy: validation, which caps apply, standings, 429 shapes."""

import json
from datetime import UTC, datetime

import pytest

from policy.budgets import applicable, period_end, period_key, standing
from policy.engine import RequestContext, decide, rewrite_model
from policy.model import PolicyError, parse_policy
from proxy.ratelimit import RateLimiter, rate_limit_body

POLICY = """
groups: {eng: [alice, bob], bulk: [bot]}
budgets:
  - {name: each-user-daily, per: user, period: day, limit_tokens: 1000}
  - {name: eng-monthly, per: group, names: [eng], limit_usd: 50, action: coach, warn_at: 0.9}
  - {name: openai-only, per: service, names: openai-api, limit_usd: 10, services: [openai-api]}
rate_limits:
  - {per: user, requests_per_minute: 2}
  - {name: anthropic-cap, per: service, names: [anthropic-api], requests_per_minute: 3}
model_rules:
  - name: bulk to mini
    when: {group: bulk}
    rewrite: {"gpt-4o*": gpt-4o-mini, "claude-opus-*": claude-haiku-4-5}
  - {when: {service: openai-api}, rewrite: {"o1*": o3-mini}}
"""


@pytest.mark.parametrize("doc, error", [
    ("budgets: [{name: x, per: user, limit_usd: 1, limit_tokens: 5}]", "budgets.0 (line 1): give exactly"),
    ("budgets: [{name: x, per: user}]", "give exactly one of limit_usd or limit_tokens"),
    ("budgets: [{name: x, per: team, limit_usd: 1}]", "budgets.0.per (line 1): Input should be 'user'"),
    ("budgets: [{name: 'a b', per: user, limit_usd: 1}]", "budgets.0.name (line 1): use letters"),
    ("budgets: [{name: x, per: user, limit_usd: 0}]", "budgets.0.limit_usd (line 1): Input should be"),
    ("budgets: [{name: x, per: user, limit_usd: 1, warn_at: 1.5}]", "budgets.0.warn_at"),
    ("budgets: [{name: x, per: user, limit_usd: 1, action: scrub}]", "budgets.0.action"),
    ("budgets: [{name: x, per: user, limit_usd: 1}, {name: x, per: group, limit_usd: 2}]", "used twice"),
    ("rate_limits: [{per: user, requests_per_minute: 0}]", "rate_limits.0.requests_per_minute"),
    ("rate_limits: [{per: group, requests_per_minute: 5}]", "rate_limits.0.per"),
    ("model_rules: [{rewrite: {}}]", "model_rules.0.rewrite (line 1): map each"),
    ("model_rules: [{when: {data: SECRET}, rewrite: {a: b}}]", "cannot match on data types"),
])
def test_mistakes_are_named(doc, error):
    with pytest.raises(PolicyError) as exc:
        parse_policy(doc)
    assert error in str(exc.value)


def test_which_budgets_apply():
    p = parse_policy(POLICY)
    got = {(b.name, s) for b, s in applicable(p, "alice", p.groups_of("alice"), "openai-api")}
    assert got == {("each-user-daily", "alice"), ("eng-monthly", "eng"), ("openai-only", "openai-api")}
    got = {(b.name, s) for b, s in applicable(p, "bot", p.groups_of("bot"), "anthropic-api")}
    assert got == {("each-user-daily", "bot")}


def test_standing_and_periods():
    p = parse_policy(POLICY)
    daily, eng = p.budgets[0], p.budgets[1]
    assert [standing(daily, x) for x in (0, 799, 800, 999, 1000, 5000)] == [
        "ok", "ok", "warn", "warn", "exceeded", "exceeded"]
    assert [standing(eng, x) for x in (44.9, 45.0, 50.0)] == ["ok", "warn", "exceeded"]
    t = datetime(2026, 12, 31, 23, 59, tzinfo=UTC)
    assert (period_key("day", t), period_key("month", t)) == ("2026-12-31", "2026-12")
    assert period_end("day", t) == datetime(2027, 1, 1, tzinfo=UTC) == period_end("month", t)


def test_model_rules_in_the_decision():
    p = parse_policy(POLICY)
    bulk = decide(RequestContext(user="bot", service_id="openai-api"), p)
    assert rewrite_model(bulk.model_rewrite, "gpt-4o-2024-08-06") == "gpt-4o-mini"
    assert rewrite_model(bulk.model_rewrite, "gpt-4o-mini") is None  # already the target
    assert rewrite_model(bulk.model_rewrite, "o1-preview") == "o3-mini"  # second rule, same service
    assert rewrite_model(bulk.model_rewrite, "gpt-4.1") is None
    other = decide(RequestContext(user="alice", service_id="anthropic-api"), p)
    assert other.model_rewrite == () and rewrite_model(other.model_rewrite, "claude-opus-4-1") is None


def test_rate_limiter_sliding_window_and_retry_after():
    now = [1000.0]
    rl = RateLimiter(clock=lambda: now[0])
    p = parse_policy(POLICY)
    assert rl.admit(p, "alice", "openai-api") is None
    now[0] += 10
    assert rl.admit(p, "alice", "openai-api") is None
    now[0] += 10
    hit = rl.admit(p, "alice", "openai-api")
    assert hit and hit.retry_after == 40  # the first request leaves the window at 1060
    assert rl.admit(p, "bob", "openai-api") is None  # per user: bob has his own window
    now[0] += 40
    assert rl.admit(p, "alice", "openai-api") is None  # refused requests did not count
    for user in ("u1", "u2", "u3"):  # per service: three users share anthropic-cap
        assert rl.admit(p, user, "anthropic-api") is None
    hit = rl.admit(p, "u4", "anthropic-api")
    assert hit and hit.limit == "anthropic-cap"


def test_window_seconds_scales_the_limit():
    p = parse_policy("rate_limits: [{per: user, requests_per_minute: 60, window_seconds: 2}]")
    now = [0.0]
    rl = RateLimiter(clock=lambda: now[0])
    assert rl.admit(p, "a", "s") is None and rl.admit(p, "a", "s") is None
    assert rl.admit(p, "a", "s").retry_after == 2


@pytest.mark.parametrize("name, path, value", [
    ("openai", ("error", "code"), "rate_limit_exceeded"),
    ("anthropic", ("error", "type"), "rate_limit_error"),
    ("gemini", ("error", "status"), "RESOURCE_EXHAUSTED"),
])
def test_429_bodies_in_each_providers_shape(name, path, value):
    body = json.loads(json.dumps(rate_limit_body(name, "slow down")))
    node = body
    for k in path:
        node = node[k]
    assert node == value and "slow down" in json.dumps(body)
