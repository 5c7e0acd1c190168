"""A policy published through the admin API is enforced by the running proxy within 5 seconds."""

import time

import httpx

from tests.conftest import wait_for

BODY = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello there"}]}
DOC = """
name: Interim AI Usage Policy
defaults: {unknown_ai_service: coach, sanctioned_action: scrub, unsanctioned_action: scrub}
services:
  openai-api: {sanctioned: true, action: scrub}
  anthropic-api: {sanctioned: true, action: scrub}
rules:
  - when: {user: mallory}
    action: block
    reason: Mallory's AI access is suspended
"""


def _post(stack, user: str) -> httpx.Response:
    with stack.client(user) as c:
        return c.post("https://api.openai.com/v1/chat/completions", json=BODY)


def test_published_policy_is_enforced_within_five_seconds(stack):
    assert _post(stack, "mallory").status_code == 200
    admin = {"Authorization": f"Bearer {stack.token('admin')}"}
    r = httpx.put(
        f"{stack.admin_url}/api/v1/policy",
        headers=admin,
        json={"document": DOC, "comment": "suspend mallory"},
    )
    assert r.status_code == 200, r.text
    version = str(r.json()["id"])
    published = time.monotonic()
    refused = wait_for(lambda: _post(stack, "mallory").status_code == 403, timeout=5, interval=0.2)
    assert refused, "the proxy did not apply the published policy within 5 s"
    assert time.monotonic() - published < 5
    blocked = _post(stack, "mallory")
    assert "suspended" in blocked.json()["error"]["message"]
    assert _post(stack, "alice").status_code == 200  # the rule names mallory only
    viewer = {"Authorization": f"Bearer {stack.token('viewer')}"}
    events = wait_for(
        lambda: httpx.get(
            f"{stack.admin_url}/api/v1/inventory/events",
            headers=viewer,
            params={"user": "mallory", "action": "block"},
        ).json()["items"]
    )
    assert events and events[0]["policy_version"] == version
