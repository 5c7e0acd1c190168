"""Alerts: each condition from real database rows, delivered to a real local webhook receiver."""

import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlmodel import Session

from admin.alerts import AlertDispatcher, AlertEngine, WebhookSender
from inventory.models import Service, utcnow
from policy.model import parse_policy
from policy.tables import ProxyHeartbeat
from tests.policy.conftest import add_events, memory_engine


class Receiver:
    """A webhook endpoint on 127.0.0.1 that keeps what it was sent."""

    def __init__(self) -> None:
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["content-length"]))
                received.append((self.path, self.headers["content-type"], json.loads(body)))
                self.send_response(200 if self.path != "/broken" else 500)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def receiver():
    r = Receiver()
    yield r
    r.close()


def policy_for(url: str, extra: str = ""):
    return parse_policy(f"""
services: {{openai-api: {{sanctioned: true}}}}
alerts:
  webhooks:
    - {{url: "{url}/slack", format: slack}}
    - {{url: "{url}/generic", format: generic}}
  blocked_spike: {{window_minutes: 15, min_count: 10, factor: 3}}
  pii_spike: {{window_minutes: 15, min_count: 20, factor: 3}}
  proxy_silent_minutes: 5
  scrubber_errors: {{window_minutes: 15, max_rate: 0.1, min_requests: 10}}
{extra}""")


def kinds(alerts) -> list[str]:
    return sorted(a.kind for a in alerts)


def evaluate(engine, policy):
    with Session(engine) as s:
        return AlertEngine(lambda: policy).evaluate(s, utcnow())


def test_quiet_database_raises_nothing():
    engine = memory_engine()
    add_events(engine, [{"service_id": "openai-api", "minutes_ago": 5}] * 5)
    assert evaluate(engine, policy_for("http://127.0.0.1:9")) == []


def test_new_unsanctioned_service():
    engine = memory_engine()
    add_events(
        engine,
        [
            {"service_id": "mystery-ai", "host": "mystery.ai", "minutes_ago": 3},
            {"service_id": "openai-api", "minutes_ago": 3},  # sanctioned: no alert
            {"service_id": "old-ai", "minutes_ago": 60 * 5},
        ],  # first seen long ago
        services=[Service(id="mystery-ai", name="Mystery AI", unknown=True)],
    )
    alerts = evaluate(engine, policy_for("http://127.0.0.1:9"))
    assert kinds(alerts) == ["new_unsanctioned_service"]
    assert alerts[0].detail["service"] == "mystery-ai" and alerts[0].detail["unknown"] is True
    assert "Mystery AI" in alerts[0].title


def test_blocked_spike_against_baseline():
    engine = memory_engine()
    add_events(engine, [{"action": "block", "minutes_ago": 2}] * 12)
    assert "blocked_spike" in kinds(evaluate(engine, policy_for("http://127.0.0.1:9")))
    # the same count is usual when every hour of the last day looked like this: no spike
    add_events(
        engine, [{"action": "block", "minutes_ago": 20 + 15 * i} for i in range(90) for _ in range(12)]
    )
    assert "blocked_spike" not in kinds(evaluate(engine, policy_for("http://127.0.0.1:9")))


def test_pii_spike():
    engine = memory_engine()
    add_events(engine, [{"pii_counts": {"PERSON": 3, "EMAIL_ADDRESS": 2}, "minutes_ago": 1}] * 5)
    alerts = [a for a in evaluate(engine, policy_for("http://127.0.0.1:9")) if a.kind == "pii_spike"]
    assert alerts and alerts[0].detail["count"] == 25


def test_proxy_silent():
    engine = memory_engine()
    now = utcnow()
    with Session(engine) as s:
        s.add(ProxyHeartbeat(proxy_id="proxy-a", last_seen=now - timedelta(minutes=12)))
        s.add(ProxyHeartbeat(proxy_id="proxy-b", last_seen=now - timedelta(seconds=20)))
        s.add(ProxyHeartbeat(proxy_id="retired", last_seen=now - timedelta(days=3)))
        s.commit()
    alerts = evaluate(engine, policy_for("http://127.0.0.1:9"))
    assert [a.key for a in alerts] == ["proxy_silent:proxy-a"] and alerts[0].detail["silent_minutes"] == 12


def test_scrubber_error_rate():
    engine = memory_engine()
    add_events(
        engine,
        [{"action": "scrub", "minutes_ago": 1}] * 15
        + [{"action": "block", "status": 503, "minutes_ago": 1}] * 2
        + [
            {
                "action": "allow",
                "reason": "scrubber timeout; this service's policy fails open",
                "minutes_ago": 1,
            }
        ],
    )
    alerts = [a for a in evaluate(engine, policy_for("http://127.0.0.1:9")) if a.kind == "scrubber_errors"]
    assert alerts and alerts[0].detail["errors"] == 3 and alerts[0].detail["requests"] == 18
    off = policy_for("http://127.0.0.1:9").alerts.model_copy(update={"scrubber_errors": None})
    assert not [
        a
        for a in evaluate(engine, policy_for("http://127.0.0.1:9").model_copy(update={"alerts": off}))
        if a.kind == "scrubber_errors"
    ]


def test_dispatcher_delivers_slack_and_generic_once(receiver):
    engine = memory_engine()
    add_events(
        engine,
        [{"service_id": "mystery-ai", "host": "mystery.ai", "user": "dave", "minutes_ago": 1}]
        + [{"action": "block", "status": 503, "minutes_ago": 1}] * 12,
    )
    policy = policy_for(receiver.url)
    before = len(receiver.received)
    d = AlertDispatcher(engine, lambda: policy, WebhookSender())
    sent = d.run_once()
    assert kinds(sent) == ["blocked_spike", "new_unsanctioned_service", "scrubber_errors"]
    got = receiver.received[before:]
    assert len(got) == 6 and all(ctype == "application/json" for _, ctype, _ in got)
    slack = [b for p, _, b in got if p == "/slack"]
    generic = [b for p, _, b in got if p == "/generic"]
    assert all(b["text"].startswith(":rotating_light: aiwarden: ") and b["blocks"] for b in slack)
    assert {b["kind"] for b in generic} == {"blocked_spike", "new_unsanctioned_service", "scrubber_errors"}
    assert all(b["source"] == "aiwarden" and b["time"] for b in generic)
    assert "dave" not in json.dumps(got)  # alerts carry counts, not who
    assert d.run_once() == [] and len(receiver.received) == before + 6  # not repeated within the hour
    d.stop()


def test_failing_webhook_does_not_stop_others(receiver, monkeypatch):
    engine = memory_engine()
    add_events(engine, [{"service_id": "mystery-ai", "host": "mystery.ai", "minutes_ago": 1}])
    monkeypatch.setenv("AIWARDEN_TEST_HOOK", f"{receiver.url}/generic")
    policy = parse_policy(f"""
alerts:
  webhooks:
    - {{url: "{receiver.url}/broken"}}
    - {{url: "http://127.0.0.1:9/closed-port"}}
    - {{url_env: AIWARDEN_UNSET_HOOK}}
    - {{url_env: AIWARDEN_TEST_HOOK, format: generic}}
""")
    sender = WebhookSender()
    with Session(engine) as s:
        alerts = AlertEngine(lambda: policy).evaluate(s, utcnow())
    assert sender.send(alerts, policy.alerts.webhooks) == 1
    sender.close()
