"""Teams and e-mail alerts (aiosmtpd with STARTTLS), the drift alert with a scrubber slowed on purpose in a
real ``aiwarden run``, and the weekly digest as received by the SMTP server and the webhook receivers."""

import email
import json
import os
import signal
import ssl
import threading
import time
from datetime import UTC, datetime, timedelta
from email import policy as email_policy

import httpx
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlalchemy import text
from sqlmodel import Session, col, create_engine, select

from admin.alerts import Alert, AlertDispatcher, WebhookSender
from integrations.notify import Channels, DigestScheduler, MailSender, build_digest, drift_alerts
from inventory.db import make_engine
from inventory.models import Service, UsageEvent, utcnow
from policy.model import Policy
from tests.conftest import child_pids, free_port, start_stack, stop_stack
from tests.integrations.receivers import HttpReceiver, make_ca
from tests.policy.conftest import add_events
from tests.proxy.stacks import HOSTS, POLICY

SMTP_USER, SMTP_PASSWORD = "alerts", "smtp-test-password"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(email.message_from_bytes(envelope.content, policy=email_policy.default))
        return "250 OK"


def _auth(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == SMTP_USER.encode() and auth_data.password == SMTP_PASSWORD.encode()
    return AuthResult(success=ok)


@pytest.fixture
def smtp(tmp_path):
    """aiosmtpd that requires STARTTLS (certificate from a test CA) and a login."""
    ca, cert, key = make_ca(tmp_path)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    inbox = Inbox()
    port = free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        tls_context=ctx,
        require_starttls=True,
        authenticator=_auth,
        auth_require_tls=True,
    )
    controller.start()
    sender = MailSender(
        "127.0.0.1",
        port,
        "aiwarden@example.com",
        ("secops@example.com",),
        SMTP_USER,
        SMTP_PASSWORD,
        ca_file=ca,
    )
    yield inbox, sender
    controller.stop()


def alert() -> Alert:
    return Alert(
        "pii_spike",
        "pii_spike",
        "Spike in personal data detections",
        datetime.now(UTC),
        {"count": 60, "usual": 3.5},
    )


def test_alert_by_email_over_starttls_and_teams_card(smtp):
    inbox, mail = smtp
    teams = HttpReceiver(answer=b"1").start()
    channels = Channels(WebhookSender(), [teams.url + "/webhookb2/secret"], mail)
    try:
        assert channels.send([alert()], []) == 2
    finally:
        channels.close()
        teams.stop()
    msg = inbox.messages[0]
    assert (
        msg["Subject"] == "aiwarden: Spike in personal data detections" and msg["To"] == "secops@example.com"
    )
    assert "count: 60" in msg.get_content()
    body = json.loads(teams.requests[0][2])
    card = body["attachments"][0]
    assert body["type"] == "message" and card["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert card["content"]["type"] == "AdaptiveCard"
    assert {"title": "count", "value": "60"} in card["content"]["body"][-1]["facts"]


def test_email_never_goes_out_without_starttls(tmp_path):
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)  # no TLS offered
    controller.start()
    try:
        with pytest.raises(Exception, match="STARTTLS"):
            MailSender("127.0.0.1", port, "a@example.com", ("b@example.com",)).send("s", "t")
    finally:
        controller.stop()
    assert inbox.messages == []


def _backdate(engine, before: datetime, span: timedelta) -> None:
    """Move the recent events before ``before``, spread over ``span``: measured requests become baseline."""
    with Session(engine) as s:
        events = list(s.exec(select(UsageEvent).where(col(UsageEvent.time) >= before - span)))
        for i, e in enumerate(events):
            e.time = before - span + span * (i + 1) / (len(events) + 1)
            s.add(e)
        s.commit()


def test_drift_alert_fires_when_the_scrubber_is_slowed(tmp_path, fake_llm, smtp):
    import openai

    inbox, mail = smtp
    (tmp_path / "policy.yaml").write_text(POLICY)
    stack = start_stack(
        tmp_path,
        fake_llm,
        {
            "AIWARDEN_POLICY_FILE": str(tmp_path / "policy.yaml"),
            "AIWARDEN_UPSTREAM_OVERRIDES": ",".join(f"{h}={fake_llm.url}" for h in HOSTS),
        },
    )
    engine = create_engine(f"sqlite:///{tmp_path / 'aiwarden.db'}")
    n = 21
    teams = HttpReceiver(answer=b"1").start()
    try:
        with stack.client("alice") as http_client:
            client = openai.OpenAI(api_key="sk-test", http_client=http_client, max_retries=0)

            def requests(k: int, pause: float = 0.0) -> None:
                for i in range(k):
                    time.sleep(pause)
                    client.chat.completions.create(
                        model="gpt-4o-mini",
                        messages=[{"role": "user", "content": f"Hello, I am John Smith ({i}), call me."}],
                    )

            def wait_recorded(total: int) -> None:
                deadline = time.time() + 30
                while time.time() < deadline:
                    with Session(engine) as s:
                        if s.execute(text("SELECT count(*) FROM usage_event")).scalar() >= total:
                            return
                    time.sleep(0.2)
                raise AssertionError("events not recorded")

            requests(n)  # the proxy's own baseline, measured
            wait_recorded(n)
            _backdate(engine, utcnow() - timedelta(hours=1), timedelta(days=6))
            requests(n)  # as fast as usual: no drift
            wait_recorded(2 * n)
            with Session(engine) as s:
                assert drift_alerts(s, utcnow()) == []
                assert (
                    len(
                        s.exec(
                            select(UsageEvent).where(col(UsageEvent.time) < utcnow() - timedelta(hours=1))
                        ).all()
                    )
                    == n
                )
            _backdate(engine, utcnow() - timedelta(hours=1), timedelta(days=6))

            workers = child_pids(stack.proc.pid)
            assert workers, "no scrubber worker process"
            stop = threading.Event()

            def slow_down() -> None:  # the scrubber is stopped most of the time
                while not stop.is_set():
                    for pid in workers:
                        os.kill(pid, signal.SIGSTOP)
                    time.sleep(0.2)
                    for pid in workers:
                        os.kill(pid, signal.SIGCONT)
                    time.sleep(0.02)

            slower = threading.Thread(target=slow_down, daemon=True)
            slower.start()
            try:
                requests(n, pause=0.05)  # arrivals spread over the stop/continue cycle
            finally:
                stop.set()
                slower.join()
                for pid in workers:
                    os.kill(pid, signal.SIGCONT)
            wait_recorded(3 * n)
        policy = Policy.model_validate({"alerts": {"webhooks": []}})
        dispatcher = AlertDispatcher(
            engine,
            lambda: policy,
            sender=Channels(WebhookSender(), [teams.url], mail),
            extra=lambda s, now: drift_alerts(s, now, 2.0),
        )
        sent = dispatcher.run_once()
        dispatcher.sender.close()
    finally:
        stop_stack(stack)
        teams.stop()
        engine.dispose()
    drift = [a for a in sent if a.kind == "drift"]
    assert drift, [a.kind for a in sent]
    d = drift[0].detail
    print(f"drift: median {d['median_ms']} ms vs baseline {d['baseline_median_ms']} ms")
    assert d["median_ms"] > 2 * d["baseline_median_ms"] and d["requests"] == n
    assert any("Proxy slower than usual" in m["Subject"] for m in inbox.messages)
    assert any("Proxy slower than usual" in json.dumps(json.loads(b)) for _, _, b in teams.requests)


def test_weekly_digest_received_by_smtp_and_webhooks(tmp_path, smtp, monkeypatch):
    inbox, mail = smtp
    engine = make_engine(f"sqlite:///{tmp_path / 'digest.db'}")
    policy = Policy.model_validate(
        {
            "services": {"openai-api": {"sanctioned": True, "action": "scrub"}},
            "budgets": [{"name": "team-cap", "per": "service", "limit_usd": 100, "period": "month"}],
        }
    )
    add_events(
        engine,
        [
            {
                "user": "dave",
                "service_id": "deepseek-api",
                "host": "api.deepseek.com",
                "action": "block",
                "minutes_ago": 30,
            },
            {
                "user": "dave",
                "service_id": "deepseek-api",
                "host": "api.deepseek.com",
                "action": "block",
                "minutes_ago": 40,
            },
            {
                "user": "erin",
                "service_id": "deepseek-api",
                "host": "api.deepseek.com",
                "action": "block",
                "minutes_ago": 50,
            },
            {"user": "alice", "pii_counts": {"PERSON": 2, "EMAIL_ADDRESS": 1}, "minutes_ago": 10},
            {
                "user": "alice",
                "action": "block",
                "status": 503,
                "reason": "scrubber timeout",
                "minutes_ago": 5,
            },
            {"user": "old", "service_id": "openai-api", "minutes_ago": 60 * 24 * 9},  # before the week
        ],
        [Service(id="deepseek-api", name="DeepSeek API", vendor="DeepSeek", category="chat")],
    )
    generic, slack, teams = HttpReceiver().start(), HttpReceiver().start(), HttpReceiver(answer=b"1").start()
    monkeypatch.setenv("TEST_SLACK_URL", slack.url)
    policy = policy.model_copy(
        update={
            "alerts": Policy.model_validate(
                {
                    "alerts": {
                        "webhooks": [{"url": generic.url}, {"url_env": "TEST_SLACK_URL", "format": "slack"}]
                    }
                }
            ).alerts
        }
    )
    channels = Channels(WebhookSender(), [teams.url], mail)
    now = datetime.now(UTC)
    monday = now - timedelta(days=now.weekday())
    scheduler = DigestScheduler(
        engine,
        lambda: policy,
        channels,
        tmp_path / "digest-week",
        weekday=0,
        hour=0,
        clock=lambda: max(now, monday.replace(hour=1)),
    )
    try:
        assert scheduler.run_once() is True
        assert scheduler.run_once() is False  # once a week
    finally:
        channels.close()
        for r in (generic, slack, teams):
            r.stop()
    digest = json.loads(generic.requests[0][2])["digest"]
    assert digest["top_unsanctioned_users"] == [
        {"user": "dave", "requests": 2},
        {"user": "erin", "requests": 1},
    ]
    assert [s["service"] for s in digest["new_services"] if not s["sanctioned"]] == ["deepseek-api"]
    assert digest["data_stopped"] == {"PERSON": 2, "EMAIL_ADDRESS": 1}
    assert digest["failures"]["scrubber_failed_closed"] == 1
    assert "old" not in json.dumps(digest)
    assert "dave: 2 requests" in json.loads(slack.requests[0][2])["text"]
    card = json.loads(teams.requests[0][2])["attachments"][0]["content"]
    assert card["body"][0]["text"].startswith("aiwarden weekly digest")
    msg = inbox.messages[-1]
    assert msg["Subject"].startswith("aiwarden weekly digest")
    html_part = msg.get_body(("html",)).get_content()
    assert "<h2>Top users of unsanctioned services</h2>" in html_part and "dave: 2 requests" in html_part
    assert "dave: 2 requests" in msg.get_body(("plain",)).get_content()
    with Session(engine) as s:
        assert build_digest(s, policy, now)["budgets"] == []  # no spend recorded yet
    engine.dispose()
    httpx.Client().close()
