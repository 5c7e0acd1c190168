"""SIEM export: the spool, the formats, real rsyslogd over TCP and TLS, HEC and OTLP receivers, outages."""

import json
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from prometheus_client import REGISTRY
from sqlmodel import SQLModel, create_engine

from admin.alerts import Alert, WebhookSender
from integrations.siem import (
    AlertTee,
    SiemConfig,
    SyslogSink,
    cef,
    otlp_logs,
    syslog_frame,
    usage_record,
)
from integrations.spool import MAX_LINE, Spool, SpoolError
from inventory.models import UsageEvent
from inventory.recorder import Recorder
from tests.conftest import free_port, start_stack, stop_stack, wait_for
from tests.integrations.receivers import HttpReceiver, Rsyslog, make_ca
from tests.proxy.stacks import HOSTS, POLICY

PROMPT_NAME, PROMPT_EMAIL = "Johanna Smithfield", "johanna.smithfield@example.com"
PROMPT = f"Hello, my name is {PROMPT_NAME}. Please email {PROMPT_EMAIL} about the renewal."


def event(i: int = 0, action: str = "scrub", user: str = "alice") -> UsageEvent:
    return UsageEvent(
        user=user,
        client_addr="10.0.0.7",
        service_id="openai-api",
        host="api.openai.com",
        path="/v1/chat/completions",
        method="POST",
        action=action,
        reason=f"event {i}",
        pii_counts={"PERSON": 1, "EMAIL_ADDRESS": 2},
        status=200,
        request_bytes=120,
        response_bytes=300,
        latency_ms=12.5,
        policy_version="v1",
        group="sales",
        model="gpt-4o-mini",
        tokens_in=10,
        tokens_out=20,
        key_fingerprint="ab12",
    )


def metric(name: str, sink: str) -> float:
    return REGISTRY.get_sample_value(name, {"sink": sink}) or 0.0


# -- the spool -------------------------------------------------------------------------------------
def test_spool_delivers_in_order_across_restarts_and_segments(tmp_path):
    spool = Spool(tmp_path, max_bytes=10 * MAX_LINE, segment_bytes=100)  # a new segment every few lines
    for i in range(30):
        assert spool.append(f'{{"n":{i}}}'.encode())
    lines, pos = spool.read(limit=7)
    assert [json.loads(x)["n"] for x in lines] == list(range(7))
    spool.commit(pos)
    lines, _ = spool.read(limit=5)  # read but not committed: delivered again after a restart
    assert json.loads(lines[0])["n"] == 7
    spool.close()

    spool = Spool(tmp_path, max_bytes=10 * MAX_LINE, segment_bytes=100)
    got = []
    while True:
        lines, pos = spool.read(limit=4)
        if not lines:
            break
        got += [json.loads(x)["n"] for x in lines]
        spool.commit(pos)
    assert got == list(range(7, 30))
    assert spool.size == 0
    assert len(list(tmp_path.glob("*.jsonl"))) == 1  # delivered segments are deleted
    spool.close()


def test_spool_bound_refuses_and_counts(tmp_path):
    spool = Spool(tmp_path, max_bytes=MAX_LINE)
    line = b"x" * 999
    accepted = sum(spool.append(line) for _ in range(100))
    assert accepted == MAX_LINE // 1000 and spool.dropped == 100 - accepted
    assert not spool.append(b"y" * MAX_LINE)  # longer than a line may be
    lines, pos = spool.read(limit=1000)
    spool.commit(pos)
    assert len(lines) == accepted and spool.append(line)  # room again once delivered
    spool.close()


def test_spool_one_process_per_directory_and_torn_line_repaired(tmp_path):
    spool = Spool(tmp_path, max_bytes=MAX_LINE)
    with pytest.raises(SpoolError, match="in use by another aiwarden process"):
        Spool(tmp_path, max_bytes=MAX_LINE)
    spool.append(b'{"n":1}')
    spool.close()
    with open(next(tmp_path.glob("*.jsonl")), "ab") as f:
        f.write(b'{"n":2, "torn')  # a crash in the middle of a write
    spool = Spool(tmp_path, max_bytes=MAX_LINE)
    spool.append(b'{"n":3}')
    assert [json.loads(x)["n"] for x in spool.read()[0]] == [1, 3]
    spool.close()


# -- formats ---------------------------------------------------------------------------------------
def test_usage_record_is_metadata_and_pseudonymized():
    r = usage_record(event(), pseudonym=lambda v: f"p_{len(v)}")
    assert r["kind"] == "usage" and r["user"] == "p_5" and r["client_addr"] == "p_8"
    assert r["pii_counts"] == {"PERSON": 1, "EMAIL_ADDRESS": 2} and r["route"] == "/v1/chat/completions"
    assert usage_record(event(action="block"))["kind"] == "refusal"
    assert json.loads(json.dumps(r)) == r


@pytest.mark.parametrize(
    "value, escaped",
    [
        ("a=b", "a\\=b"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two\\nlines"),
        ("pipe|ok", "pipe|ok"),
    ],
)
def test_cef_extension_escaping(value, escaped):
    r = usage_record(event())
    r["reason"] = value
    line = cef(r)
    assert line.startswith("CEF:0|aiwarden|aiwarden|0.1.0|usage:scrub|scrub POST openai-api|3|")
    assert f"reason={escaped} " in line
    assert "suser=alice" in line and "cs4=EMAIL_ADDRESS:2,PERSON:1" in line


def test_cef_header_escaping_and_syslog_frame():
    r = {
        "kind": "alert",
        "time": "2026-01-02T03:04:05.000+00:00",
        "alert": "pii_spike",
        "key": "k",
        "title": "Spike | in PII",
        "detail": {"count": 3},
    }
    assert "|Spike \\| in PII|7|" in cef(r)
    frame = syslog_frame(r, "json")
    length, _, msg = frame.partition(b" ")
    assert int(length) == len(msg)
    assert msg.startswith(b"<132>1 2026-01-02T03:04:05.000+00:00 ")  # local0.warning
    assert b" aiwarden " in msg and b" alert - {" in msg


def test_otlp_json_shape():
    body = otlp_logs([usage_record(event())])
    rec = body["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0]
    attrs = {a["key"]: a["value"] for a in rec["attributes"]}
    assert attrs["event.name"] == {"stringValue": "aiwarden.usage"}
    assert attrs["aiwarden.tokens_in"] == {"intValue": "10"} and attrs["aiwarden.latency_ms"]["doubleValue"]
    assert rec["severityText"] == "INFO" and int(rec["timeUnixNano"]) > 0


def test_bad_settings_fail_with_one_line(tmp_path):
    with pytest.raises(ValueError, match="tcp://host:port or tls://host:port"):
        SiemConfig(syslog="udp://x:514", spool_dir=tmp_path).build()
    with pytest.raises(ValueError, match="needs AIWARDEN_SIEM_HEC_TOKEN"):
        SiemConfig(hec_url="https://splunk:8088", spool_dir=tmp_path).build()
    assert SiemConfig(spool_dir=tmp_path).build() is None


# -- real receivers --------------------------------------------------------------------------------
@pytest.fixture
def certs(tmp_path):
    return make_ca(tmp_path)


@pytest.mark.parametrize("tls, fmt", [(False, "json"), (True, "json"), (False, "cef"), (True, "cef")])
def test_rsyslog_receives_every_kind(tmp_path, certs, tls, fmt):
    rs = Rsyslog(tmp_path / "rsyslog", tls=certs if tls else None).start()
    try:
        scheme = "tls" if tls else "tcp"
        exporter = (
            SiemConfig(
                syslog=f"{scheme}://127.0.0.1:{rs.port}",
                syslog_format=fmt,
                ca_file=certs[0] if tls else None,
                spool_dir=tmp_path / "spool",
            )
            .build()
            .start()
        )
        exporter.usage(event(1))
        exporter.usage(event(2, action="block"))
        exporter.alerts([Alert("pii_spike", "pii_spike", "Spike in PII", datetime.now(UTC), {"count": 9})])
        got = wait_for(lambda: len(rs.messages()) >= 3 and rs.messages())
        exporter.close()
    finally:
        rs.stop()
    assert [(m[0], m[1], m[2]) for m in got] == [
        ("usage", "aiwarden", "6"),
        ("refusal", "aiwarden", "5"),
        ("alert", "aiwarden", "4"),
    ]
    if fmt == "json":
        first = json.loads(got[0][3])
        assert first["reason"] == "event 1" and first["service"] == "openai-api" and first["user"] == "alice"
    else:
        assert got[1][3].startswith("CEF:0|aiwarden|aiwarden|0.1.0|refusal:block|")
        assert "act=block" in got[1][3] and "cs2=sales" in got[1][3]


def test_tls_to_an_unknown_certificate_is_not_sent(tmp_path, certs):
    rs = Rsyslog(tmp_path / "rsyslog", tls=certs).start()
    try:
        sink = SyslogSink(f"tls://127.0.0.1:{rs.port}")  # the system CAs do not know the test CA
        with pytest.raises(Exception, match="SSLCertVerificationError"):
            sink.send([usage_record(event())])
    finally:
        rs.stop()
    assert rs.messages() == []


def test_hec_and_otlp_receivers(tmp_path):
    hec, otlp = HttpReceiver().start(), HttpReceiver(answer=b"{}").start()
    try:
        exporter = (
            SiemConfig(
                hec_url=hec.url,
                hec_token="hec-token-1",
                otlp_url=otlp.url,
                otlp_headers="Authorization=Bearer otlp-1",
                spool_dir=tmp_path,
            )
            .build()
            .start()
        )
        tee = AlertTee(WebhookSender(), exporter)
        exporter.usage(event(1))
        tee.send([Alert("proxy_silent", "proxy_silent:p1", "Proxy p1 stopped", datetime.now(UTC))], [])
        assert wait_for(lambda: len(hec.hec_events()) >= 2 and len(otlp.otlp_records()) >= 2)
        exporter.close()
        tee.close()
    finally:
        hec.stop()
        otlp.stop()
    path, headers, _ = hec.requests[0]
    assert path == "/services/collector/event" and headers["Authorization"] == "Splunk hec-token-1"
    kinds = {e["sourcetype"]: e["event"] for e in hec.hec_events()}
    assert (
        kinds["aiwarden:usage"]["reason"] == "event 1" and kinds["aiwarden:alert"]["alert"] == "proxy_silent"
    )
    path, headers, _ = otlp.requests[0]
    assert path == "/v1/logs" and headers["Authorization"] == "Bearer otlp-1"
    names = [
        next(a["value"]["stringValue"] for a in r["attributes"] if a["key"] == "event.name")
        for r in otlp.otlp_records()
    ]
    assert sorted(names) == ["aiwarden.alert", "aiwarden.usage"]


def test_hec_refusing_a_batch_does_not_stall_the_rest(tmp_path):
    hec = HttpReceiver(status=400, answer=b'{"text":"Invalid data format","code":6}').start()
    try:
        before = metric("aiwarden_siem_events_rejected_total", "hec")
        exporter = SiemConfig(hec_url=hec.url, hec_token="t", spool_dir=tmp_path).build().start()
        exporter.usage(event(1))
        assert wait_for(lambda: metric("aiwarden_siem_events_rejected_total", "hec") > before)
        hec.status = 200
        exporter.usage(event(2))
        assert wait_for(lambda: hec.hec_events())
        exporter.close()
    finally:
        hec.stop()
    assert [e["event"]["reason"] for e in hec.hec_events()] == ["event 2"]


# -- outages ---------------------------------------------------------------------------------------
def _record_all(recorder: Recorder, events: list[UsageEvent]) -> list[float]:
    times = []
    for e in events:
        t = time.perf_counter()
        recorder.record(e)
        times.append(time.perf_counter() - t)
    return times


def test_outage_loses_nothing_and_does_not_slow_the_recorder(tmp_path, certs):
    """Receiver down: events queue on disk; receiver back: all arrive. The recorder's path costs the same."""
    engine = create_engine(f"sqlite:///{tmp_path / 'inv.db'}")
    SQLModel.metadata.create_all(engine)
    port = free_port()
    exporter = SiemConfig(
        syslog=f"tls://127.0.0.1:{port}", ca_file=certs[0], spool_dir=tmp_path / "spool"
    ).build()
    exporter.shippers[0]._retry = 0.2  # noqa: SLF001 (retry soon once the receiver is back)
    exporter.shippers[0]._max_retry = 0.5  # noqa: SLF001
    exporter.start()
    recorder = Recorder(engine, tap=exporter.usage).start()
    plain = Recorder(engine).start()
    n = 1500
    failures = metric("aiwarden_siem_send_failures_total", "syslog")
    try:
        _record_all(plain, [event(-1)] * 200)  # warm up
        base = _record_all(plain, [event(-1) for _ in range(n)])
        down = _record_all(recorder, [event(i) for i in range(n)])  # nothing listens on the port
        assert wait_for(lambda: metric("aiwarden_siem_send_failures_total", "syslog") > failures)
        assert exporter.shippers[0].spool.size > 0 and exporter.shippers[0].sent == 0
        rs = Rsyslog(tmp_path / "rsyslog", tls=certs, port=port).start()
        try:
            up = _record_all(recorder, [event(n + i) for i in range(200)])
            got = wait_for(lambda: len(rs.messages()) >= n + 200 and rs.messages(), timeout=60)
            # the receiver restarts while connected: nothing is lost either
            rs.stop()
            rs.start()
            _record_all(recorder, [event(n + 200 + i) for i in range(100)])
            got = wait_for(lambda: len(rs.messages()) >= n + 300 and rs.messages(), timeout=60)
        finally:
            rs.stop()
    finally:
        recorder.close()
        plain.close()
        exporter.close()
    reasons = {json.loads(m[3])["reason"] for m in got}
    assert reasons == {f"event {i}" for i in range(n + 300)}
    p = {
        k: (statistics.median(v) * 1e6, sorted(v)[int(len(v) * 0.99)] * 1e6)
        for k, v in (("no SIEM", base), ("SIEM down", down), ("SIEM up", up))
    }
    print("record() median/p99 µs:", {k: f"{a:.1f}/{b:.1f}" for k, (a, b) in p.items()})
    # the tap only appends a line to a file: tens of µs, whether the SIEM is up or down
    assert p["SIEM down"][0] < 500 and p["SIEM down"][0] < 3 * p["SIEM up"][0] + 50


def test_spool_bound_counted_in_metrics_and_the_rest_delivered(tmp_path):
    port = free_port()
    hec = HttpReceiver()
    exporter = SiemConfig(
        hec_url=f"http://127.0.0.1:{port}", hec_token="t", spool_dir=tmp_path, spool_mb=1
    ).build()
    exporter.shippers[0]._retry = 0.2  # noqa: SLF001
    exporter.shippers[0]._max_retry = 0.5  # noqa: SLF001
    exporter.start()
    before = metric("aiwarden_siem_events_dropped_total", "hec")
    for i in range(3000):  # ~0.6 kB each: more than 1 MB
        exporter.usage(event(i))
    dropped = exporter.shippers[0].spool.dropped
    assert dropped > 0
    assert wait_for(lambda: metric("aiwarden_siem_events_dropped_total", "hec") - before == dropped)
    hec.start(port)
    try:
        assert wait_for(lambda: len(hec.hec_events()) >= 3000 - dropped, timeout=60)
        exporter.close()
    finally:
        hec.stop()
    assert [e["event"]["reason"] for e in hec.hec_events()] == [f"event {i}" for i in range(3000 - dropped)]


# -- the real process ------------------------------------------------------------------------------
def test_aiwarden_run_exports_usage_refusals_and_audit(tmp_path, fake_llm, certs):
    import openai

    hec, otlp = HttpReceiver().start(), HttpReceiver(answer=b"{}").start()
    rs = Rsyslog(tmp_path / "rsyslog", tls=certs).start()
    (tmp_path / "policy.yaml").write_text(POLICY)
    stack = start_stack(
        tmp_path,
        fake_llm,
        {
            "AIWARDEN_POLICY_FILE": str(tmp_path / "policy.yaml"),
            "AIWARDEN_UPSTREAM_OVERRIDES": ",".join(f"{h}={fake_llm.url}" for h in HOSTS),
            "AIWARDEN_SIEM_SYSLOG": f"tls://127.0.0.1:{rs.port}",
            "AIWARDEN_SIEM_SYSLOG_FORMAT": "cef",
            "AIWARDEN_SIEM_CA_FILE": str(certs[0]),
            "AIWARDEN_SIEM_HEC_URL": hec.url,
            "AIWARDEN_SIEM_HEC_TOKEN": "hec-secret",
            "AIWARDEN_SIEM_OTLP_URL": otlp.url,
        },
    )
    try:
        with stack.client("alice") as http_client:
            client = openai.OpenAI(api_key="sk-test-not-real", http_client=http_client, max_retries=0)
            client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}]
            )
            client.base_url = "https://api.deepseek.com/v1"
            with pytest.raises(openai.PermissionDeniedError):
                client.chat.completions.create(
                    model="deepseek-chat", messages=[{"role": "user", "content": PROMPT}]
                )
        admin = stack.token("admin")
        r = httpx.post(
            f"{stack.admin_url}/api/v1/tokens",
            json={"name": "siem-bot", "role": "viewer"},
            headers={"Authorization": f"Bearer {admin}"},
        )  # an audit entry
        assert r.status_code == 201

        def kinds():
            return {e["sourcetype"] for e in hec.hec_events()}

        def token_audited():  # the API's token, not only the CLI's own audited before it
            return any(e["sourcetype"] == "aiwarden:audit" and e["event"]["action"] == "token.create"
                       and e["event"]["detail"].get("name") == "siem-bot" for e in hec.hec_events())

        # (generous: the exporter's batch interval plus a loaded machine; it returns as soon as they are in)
        assert wait_for(lambda: {"aiwarden:usage", "aiwarden:refusal", "aiwarden:audit"} <= kinds()
                        and token_audited(), 60), kinds()
        assert wait_for(lambda: len(otlp.otlp_records()) >= 3 and len(rs.messages()) >= 3, 60)
        metrics = httpx.get(f"{stack.admin_url}/metrics").text
    finally:
        stop_stack(stack)
        rs.stop()
        hec.stop()
        otlp.stop()
    events = {e["sourcetype"]: e["event"] for e in hec.hec_events()}
    assert (
        events["aiwarden:usage"]["action"] == "scrub"
        and events["aiwarden:usage"]["pii_counts"]["PERSON"] >= 1
    )
    assert events["aiwarden:refusal"]["service"] == "deepseek-api"
    # (the CLI's own token for the test is audited too, and may be exported after the API's)
    audits = [e["event"] for e in hec.hec_events() if e["sourcetype"] == "aiwarden:audit"]
    assert any(a["action"] == "token.create" and {"name": "siem-bot", "role": "viewer"}.items()
               <= a["detail"].items() for a in audits), audits
    assert r.json()["token"].encode() not in b"".join(b for _, _, b in hec.requests)
    assert 'aiwarden_siem_events_sent_total{sink="hec"}' in metrics
    assert [m[0] for m in rs.messages()][:3] == ["usage", "refusal", "audit"]
    everything = b"".join(b for _, _, b in hec.requests + otlp.requests) + rs.out.read_bytes()
    for value in (PROMPT_NAME, PROMPT_EMAIL, "renewal", "sk-test-not-real", "hec-secret"):
        assert value.encode() not in everything
    assert "hec-secret" not in Path(stack.log).read_text()
