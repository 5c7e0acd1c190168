"""The walking skeleton: real aiwarden process, real SDKs trusting its CA, fake vendor on 127.0.0.1."""

import os

import anthropic
import httpx
import httpx2
import openai
import pytest

from tests.conftest import wait_for

NAME, EMAIL, CARD = "John Smith", "john.smith@example.com", "4111 1111 1111 1111"
PROMPT = f"Hello, my name is {NAME}. Please email {EMAIL} about my card {CARD}."


def _assert_scrubbed(stack, before: int) -> str:
    sent = "\n".join(r.body.decode() for r in stack.fake.received[before:])
    assert sent, "the fake upstream received nothing"
    for value in (NAME, EMAIL, CARD, "4111111111111111"):
        assert value not in sent
    assert "<PERSON_1>" in sent and "<EMAIL_ADDRESS_1>" in sent and "<CREDIT_CARD_1>" in sent
    return sent


def _events(stack, token: str, **params) -> list[dict]:
    r = httpx.get(
        f"{stack.admin_url}/api/v1/inventory/events",
        params=params,
        headers={"Authorization": f"Bearer {token}"},
    )
    r.raise_for_status()
    return r.json()["items"]


def test_openai_sdk_scrubbed_and_restored(stack):
    before = len(stack.fake.received)
    with stack.client("alice") as http_client:
        client = openai.OpenAI(api_key="sk-test-not-real", http_client=http_client, max_retries=0)
        answer = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": "You are helpful."}, {"role": "user", "content": PROMPT}],
        )
    _assert_scrubbed(stack, before)
    text = answer.choices[0].message.content
    assert NAME in text and EMAIL in text and CARD in text
    assert "<PERSON_1>" not in text

    token = stack.token("viewer")
    events = wait_for(lambda: _events(stack, token, user="alice", service="openai-api"))
    assert events, "no event recorded for alice"
    ev = events[0]
    assert ev["action"] == "scrub" and ev["status"] == 200 and ev["host"] == "api.openai.com"
    assert ev["pii_counts"]["PERSON"] >= 1 and ev["pii_counts"]["EMAIL_ADDRESS"] == 1
    r = httpx.get(
        f"{stack.admin_url}/api/v1/inventory/services", headers={"Authorization": f"Bearer {token}"}
    )
    services = {s["id"]: s for s in r.json()}
    assert services["openai-api"]["requests"] >= 1 and services["openai-api"]["users"] >= 1
    assert services["openai-api"]["name"] == "OpenAI API" and services["openai-api"]["sanctioned"] is True


def test_anthropic_sdk_scrubbed_and_restored(stack):
    before = len(stack.fake.received)
    # The anthropic SDK is built on httpx2 and rejects an httpx.Client.
    with httpx2.Client(proxy=stack.proxy_url("bob"), verify=stack.ssl_context(), timeout=30) as http_client:
        client = anthropic.Anthropic(api_key="sk-ant-test-not-real", http_client=http_client, max_retries=0)
        answer = client.messages.create(
            model="claude-sonnet-4-5",
            max_tokens=100,
            system="Be brief.",
            messages=[{"role": "user", "content": PROMPT}],
        )
    _assert_scrubbed(stack, before)
    text = answer.content[0].text
    assert NAME in text and EMAIL in text and CARD in text

    token = stack.token("viewer")
    events = wait_for(lambda: _events(stack, token, user="bob", service="anthropic-api"))
    assert events and events[0]["action"] == "scrub"


def test_non_ai_traffic_byte_for_byte(stack):
    body = os.urandom(4096) + "naïve John Smith john@example.com".encode()
    before = len(stack.fake.received)
    with stack.client() as c:
        r = c.post(
            f"{stack.fake.url}/echo?x=1",
            content=body,
            headers={"content-type": "application/octet-stream", "x-custom": "Keep Me"},
        )
    assert r.status_code == 200 and r.content == body
    got = stack.fake.received[before]
    assert got.body == body and got.headers["x-custom"] == "Keep Me" and got.path == "/echo?x=1"


def test_admin_api_refuses_missing_or_wrong_token(stack):
    url = f"{stack.admin_url}/api/v1/inventory/services"
    assert httpx.get(url).status_code == 401
    assert httpx.get(url, headers={"Authorization": "Bearer aiw_wrong"}).status_code == 401
    assert httpx.get(url, headers={"Authorization": "Basic YWxpY2U6eA=="}).status_code == 401
    assert httpx.get(f"{stack.admin_url}/api/v1/inventory/events").status_code == 401
    assert httpx.get(f"{stack.admin_url}/healthz").status_code == 200


@pytest.mark.parametrize("bad", [b"{not json", b"\xff\xfe\x00garbage"])
def test_unreadable_body_fails_closed(stack, bad):
    before = len(stack.fake.received)
    with stack.client() as c:
        r = c.post(
            "https://api.openai.com/v1/chat/completions",
            content=bad,
            headers={"content-type": "application/json"},
        )
    assert r.status_code == 400
    assert "not sent" in r.json()["error"]["message"]
    assert len(stack.fake.received) == before  # nothing reached the vendor


def test_cli_report_lists_the_usage(stack):
    import json

    from tests.conftest import run_cli

    with stack.client("carol") as c:
        assert (
            c.post(
                "https://api.openai.com/v1/chat/completions",
                json={"model": "m", "messages": [{"role": "user", "content": PROMPT}]},
            ).status_code
            == 200
        )
    token = stack.token("viewer")
    assert wait_for(lambda: _events(stack, token, user="carol"))
    out = run_cli(stack.env, "report", "--format", "json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    text = json.dumps(report)
    assert "openai-api" in text and NAME not in text and EMAIL not in text
    html = run_cli(stack.env, "report", "--format", "html")
    assert html.returncode == 0 and html.stdout.lstrip().lower().startswith("<!doctype html")
    assert "OpenAI API" in html.stdout and NAME not in html.stdout


def test_cli_spend_report(stack):
    import json

    from tests.conftest import run_cli

    with stack.client("dana") as c:
        body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
        assert c.post("https://api.openai.com/v1/chat/completions", json=body).status_code == 200
    token = stack.token("viewer")
    assert wait_for(lambda: _events(stack, token, user="dana"))
    out = run_cli(stack.env, "report", "--spend", "--by", "user", "--format", "json")
    assert out.returncode == 0, out.stderr
    assert "dana" in json.dumps(json.loads(out.stdout))
    bad = run_cli(stack.env, "report", "--spend", "--format", "html")
    assert bad.returncode == 2 and "--spend supports" in bad.stderr
