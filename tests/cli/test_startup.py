"""What a real ``aiwarden run`` tells its operator at start: where the admin API and the dashboard are and how
to log in, each line once, no line per client connection, policy typos as warnings; /proxy.pac names the
port the proxy really runs on."""

import shutil
import time

import httpx
import pytest

from tests.conftest import start_stack, stop_stack, wait_for

POLICY = """
name: typo policy
defaults: {unknown_ai_service: coach, sanctioned_action: scrub, unsanctioned_action: scrub}
services:
  openai-api: {sanctioned: true, action: scrub}
  chatgtp: {action: block}
rules:
  - {when: {group: [enginering]}, action: allow}
  - {when: {service: [anthropic-apii]}, action: block}
entities: {DEFAULT: pseudonymize, US_SSN: block}
"""


@pytest.fixture(scope="module")
def started(tmp_path_factory, fake_llm):
    tmp = tmp_path_factory.mktemp("startup")
    (tmp / "policy.yaml").write_text(POLICY)
    stack = start_stack(tmp, fake_llm, {"AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml")})
    yield stack
    stop_stack(stack)
    shutil.rmtree(tmp, ignore_errors=True)


def test_start_up_log_names_admin_api_dashboard_and_login(started):
    logs = started.logs()
    assert f"admin API listening on http://127.0.0.1:{started.admin_port}/api/v1" in logs
    assert f"dashboard: http://127.0.0.1:{started.admin_port}/ui/" in logs
    assert "aiwarden token create --role admin" in logs
    assert f"listening at *:{started.proxy_port}" in logs or f"127.0.0.1:{started.proxy_port}" in logs


def test_each_log_line_once_and_no_line_per_connection(started):
    with started.client() as client:  # a few proxied requests: connects and disconnects
        for _ in range(3):
            client.post("https://api.openai.com/v1/chat/completions",
                        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]})
    time.sleep(1)  # let the log catch up
    lines = started.logs().splitlines()
    assert not [x for x in lines if "client connect" in x or "client disconnect" in x]
    messages = [x.split(": ", 1)[1] for x in lines if " INFO " in x or " WARNING " in x]
    # mitmproxy's own format repeated each record; ours is "<time> LEVEL logger: message"
    assert len(messages) == len(set(messages)), [m for m in messages if messages.count(m) > 1]
    assert not [x for x in lines if x.startswith("[") and "listening" in x]


def test_policy_typos_are_warned_at_start(started):
    logs = started.logs()
    assert "WARNING aiwarden: policy: services.chatgtp: no such service in the catalog" in logs
    assert "group 'enginering' is not defined under groups" in logs
    assert "rules.1.when.service: no such service in the catalog: 'anthropic-apii'" in logs


def test_proxy_pac_names_the_real_proxy_port(started):
    text = httpx.get(f"{started.admin_url}/proxy.pac").text
    assert f'"PROXY 127.0.0.1:{started.proxy_port}"' in text
    assert started.proxy_port != 8080


def test_a_request_refused_for_its_data_names_the_data_type(started):
    token = started.token("viewer")
    with started.client("erin") as client:
        prompt = "My SSN is 536-22-8726, fix my form"
        r = client.post("https://api.openai.com/v1/chat/completions",
                        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]})
    assert r.status_code == 403, r.text
    events = wait_for(lambda: httpx.get(f"{started.admin_url}/api/v1/inventory/events?user=erin",
                                        headers={"Authorization": f"Bearer {token}"}).json()["items"])
    assert events and events[0]["action"] == "block"
    assert "US_SSN" in events[0]["reason"] and "setting for openai-api" not in events[0]["reason"]
    assert "536-22-8726" not in str(events)
