"""Export of usage events, refusals, alerts and audit entries to a SIEM, metadata only.

Sinks: syslog (RFC 5424, octet-counted framing over TCP or TLS) with a JSON or CEF message, the Splunk HTTP
Event Collector, and OpenTelemetry logs over OTLP/HTTP (JSON encoding). Each sink has its own bounded on-disk
spool (integrations/spool.py) and its own shipping thread: ``SiemExporter.submit`` only appends a line to
each spool, so the proxy never waits on a SIEM; a sink that is down keeps its lines until it is back.

A record is a flat dict of metadata (``kind``: usage | refusal | alert | audit). Usage events carry what the
inventory stores (route, never the raw path or query; entity counts, never values; key fingerprints, never
keys), with user names as pseudonyms in pseudonymous mode. Prompt text never reaches this module.
"""

import json
import logging
import os
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx
from prometheus_client import Counter, Gauge

from integrations.spool import Spool

log = logging.getLogger(__name__)

SENT = Counter("aiwarden_siem_events_sent", "Records delivered to a SIEM, by sink", ["sink"])
DROPPED = Counter(
    "aiwarden_siem_events_dropped",
    "Records not queued for a SIEM (spool full past AIWARDEN_SIEM_SPOOL_MB), by sink",
    ["sink"],
)
REJECTED = Counter("aiwarden_siem_events_rejected", "Records a SIEM refused as malformed, by sink", ["sink"])
FAILURES = Counter("aiwarden_siem_send_failures", "Failed deliveries to a SIEM (retried), by sink", ["sink"])
QUEUED = Gauge(
    "aiwarden_siem_queue_bytes", "Bytes of records waiting in the on-disk spool, by sink", ["sink"]
)

VENDOR, PRODUCT, VERSION = "aiwarden", "aiwarden", "0.1.0"
HOSTNAME = socket.gethostname()
# syslog severity (RFC 5424) of each kind of record; facility local0
_SEVERITY = {"usage": 6, "refusal": 5, "alert": 4, "audit": 5}
_CEF_SEVERITY = {"usage": 3, "refusal": 5, "alert": 7, "audit": 4}
_OTEL_SEVERITY = {
    "usage": (9, "INFO"),
    "refusal": (10, "INFO2"),
    "alert": (13, "WARN"),
    "audit": (10, "INFO2"),
}
FACILITY = 16


def _yielding(items: Iterable[Any], every: int = 20) -> Iterable[Any]:
    """``items``, letting other threads run now and then: the proxy's event loop shares this process's GIL,
    and a thread formatting a whole batch at once could hold it for the switch interval (5 ms)."""
    for i, item in enumerate(items):
        if i % every == every - 1:
            time.sleep(0)
        yield item


class SinkError(Exception):
    """A delivery failed and is retried (receiver down, refused, timed out)."""


class Rejected(SinkError):
    """The receiver refused the batch as malformed: retrying would never succeed."""


# -- records ---------------------------------------------------------------------------------------
def _iso(t: datetime) -> str:
    return (t if t.tzinfo else t.replace(tzinfo=UTC)).astimezone(UTC).isoformat(timespec="milliseconds")


def usage_record(e: Any, pseudonym: Callable[[str], str] | None = None) -> dict[str, Any]:
    """The SIEM record of a usage event (``inventory.models.UsageEvent``); kind refusal when blocked."""
    user, addr = e.user, e.client_addr
    if pseudonym:
        user, addr = pseudonym(user), pseudonym(addr) if addr else ""
    return {
        "kind": "refusal" if e.action == "block" else "usage",
        "time": _iso(e.time),
        "user": user,
        "client_addr": addr,
        "group": e.group,
        "service": e.service_id,
        "host": e.host,
        "route": e.path,
        "method": e.method,
        "action": e.action,
        "reason": e.reason,
        "status": e.status,
        "pii_counts": dict(e.pii_counts or {}),
        "request_bytes": e.request_bytes,
        "response_bytes": e.response_bytes,
        "latency_ms": e.latency_ms,
        "policy_version": e.policy_version,
        "model": e.model,
        "model_requested": e.model_requested,
        "tokens_in": e.tokens_in,
        "tokens_out": e.tokens_out,
        "cost_usd": e.cost_usd,
        "personal_account": e.personal_account,
        "key_fingerprint": e.key_fingerprint,
        "unknown_ai": e.unknown_ai,
        "mcp_method": e.mcp_method,
        "mcp_tool": e.mcp_tool,
    }


def alert_record(a: Any) -> dict[str, Any]:
    """The SIEM record of an alert (``admin.alerts.Alert``)."""
    return {
        "kind": "alert",
        "time": _iso(a.time),
        "alert": a.kind,
        "key": a.key,
        "title": a.title,
        "detail": a.detail,
    }


def audit_record(a: Any) -> dict[str, Any]:
    """The SIEM record of an audit entry (``inventory.models.AuditEntry``)."""
    return {
        "kind": "audit",
        "time": _iso(a.time),
        "id": a.id,
        "actor": a.actor,
        "action": a.action,
        "target": a.target,
        "detail": a.detail,
    }


def _title(r: dict[str, Any]) -> str:
    match r["kind"]:
        case "alert":
            return r["title"]
        case "audit":
            return f"{r['actor']} {r['action']} {r['target']}".strip()
        case _:
            return f"{r['action']} {r['method']} {r['service']}"


# -- payload formats -------------------------------------------------------------------------------
def _cef_header(v: object) -> str:
    return str(v).replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _cef_value(v: object) -> str:
    if isinstance(v, dict):
        v = json.dumps(v, separators=(",", ":"), sort_keys=True)
    elif isinstance(v, bool):
        v = str(v).lower()
    return str(v).replace("\\", "\\\\").replace("=", "\\=").replace("\r", "\\r").replace("\n", "\\n")


def cef(r: dict[str, Any]) -> str:
    """ArcSight CEF: standard keys where they exist (rt, suser, act, …), labelled custom strings otherwise."""
    kind = r["kind"]
    rt = int(datetime.fromisoformat(r["time"]).timestamp() * 1000)
    ext: list[tuple[str, object]] = [("rt", rt), ("cat", kind)]
    if kind in ("usage", "refusal"):
        sig = f"{kind}:{r['action']}"
        pii = ",".join(f"{k}:{v}" for k, v in sorted(r["pii_counts"].items()))
        ext += [
            ("suser", r["user"]),
            ("dhost", r["host"]),
            ("requestMethod", r["method"]),
            ("act", r["action"]),
            ("reason", r["reason"]),
            ("outcome", r["status"]),
            ("in", r["request_bytes"]),
            ("out", r["response_bytes"]),
            ("cs1Label", "service"),
            ("cs1", r["service"]),
            ("cs2Label", "group"),
            ("cs2", r["group"]),
            ("cs3Label", "model"),
            ("cs3", r["model"]),
            ("cs4Label", "pii"),
            ("cs4", pii),
            ("cs5Label", "policyVersion"),
            ("cs5", r["policy_version"]),
            ("cs6Label", "route"),
            ("cs6", r["route"]),
            ("cn1Label", "latencyMs"),
            ("cn1", r["latency_ms"]),
            ("cn2Label", "tokensIn"),
            ("cn2", r["tokens_in"]),
            ("cn3Label", "tokensOut"),
            ("cn3", r["tokens_out"]),
            ("flexString1Label", "keyFingerprint"),
            ("flexString1", r["key_fingerprint"]),
        ]
        if r["client_addr"]:
            ext.append(("shost", r["client_addr"]))
    elif kind == "alert":
        sig = f"alert:{r['alert']}"
        ext += [("cs1Label", "alertKey"), ("cs1", r["key"]), ("msg", r["detail"])]
    else:
        sig = f"audit:{r['action']}"
        ext += [
            ("suser", r["actor"]),
            ("act", r["action"]),
            ("cs1Label", "target"),
            ("cs1", r["target"]),
            ("msg", r["detail"]),
        ]
    head = "|".join(_cef_header(x) for x in (VENDOR, PRODUCT, VERSION, sig, _title(r), _CEF_SEVERITY[kind]))
    body = " ".join(f"{k}={_cef_value(v)}" for k, v in ext if v is not None and v != "")
    return f"CEF:0|{head}|{body}"


def syslog_frame(r: dict[str, Any], fmt: Literal["json", "cef"]) -> bytes:
    """One RFC 5424 message (MSGID = the record's kind) with octet-counting framing (RFC 6587)."""
    msg = cef(r) if fmt == "cef" else json.dumps(r, separators=(",", ":"))
    pri = FACILITY * 8 + _SEVERITY[r["kind"]]
    line = f"<{pri}>1 {r['time']} {HOSTNAME} aiwarden {os.getpid()} {r['kind']} - {msg}".encode()
    return str(len(line)).encode() + b" " + line


def _otel_value(v: object) -> dict[str, Any]:
    if isinstance(v, bool):
        return {"boolValue": v}
    if isinstance(v, int):
        return {"intValue": str(v)}
    if isinstance(v, float):
        return {"doubleValue": v}
    if isinstance(v, dict):
        return {"kvlistValue": {"values": [{"key": str(k), "value": _otel_value(x)} for k, x in v.items()]}}
    return {"stringValue": str(v)}


def otlp_logs(records: list[dict[str, Any]]) -> dict[str, Any]:
    """An OTLP ``ExportLogsServiceRequest`` in its JSON encoding (attributes ``aiwarden.<field>``)."""
    logs = []
    for r in _yielding(records):
        t = int(datetime.fromisoformat(r["time"]).timestamp() * 1e9)
        number, text = _OTEL_SEVERITY[r["kind"]]
        attrs = [{"key": "event.name", "value": {"stringValue": f"aiwarden.{r['kind']}"}}]
        attrs += [
            {"key": f"aiwarden.{k}", "value": _otel_value(v)}
            for k, v in r.items()
            if k != "time" and v is not None
        ]
        logs.append(
            {
                "timeUnixNano": str(t),
                "observedTimeUnixNano": str(time.time_ns()),
                "severityNumber": number,
                "severityText": text,
                "body": {"stringValue": _title(r)},
                "attributes": attrs,
            }
        )
    resource = {
        "attributes": [
            {"key": "service.name", "value": {"stringValue": "aiwarden"}},
            {"key": "host.name", "value": {"stringValue": HOSTNAME}},
        ]
    }
    return {
        "resourceLogs": [
            {
                "resource": resource,
                "scopeLogs": [{"scope": {"name": "aiwarden", "version": VERSION}, "logRecords": logs}],
            }
        ]
    }


def hec_body(records: list[dict[str, Any]]) -> bytes:
    """Splunk HEC ``/services/collector/event`` batch: one JSON object per record, sourcetype by kind."""
    return b"\n".join(
        json.dumps(
            {
                "time": round(datetime.fromisoformat(r["time"]).timestamp(), 3),
                "host": HOSTNAME,
                "source": "aiwarden",
                "sourcetype": f"aiwarden:{r['kind']}",
                "event": r,
            },
            separators=(",", ":"),
        ).encode()
        for r in _yielding(records)
    )


# -- sinks -----------------------------------------------------------------------------------------
class SyslogSink:
    """RFC 5424 over TCP (``tcp://host:port``) or TLS (``tls://host:port``, verified against ``ca_file``)."""

    kind = "syslog"

    def __init__(
        self,
        url: str,
        fmt: Literal["json", "cef"] = "json",
        ca_file: Path | None = None,
        timeout: float = 10.0,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("tcp", "tls") or not parts.hostname or not parts.port:
            raise ValueError(f"syslog destination must be tcp://host:port or tls://host:port, not {url!r}")
        self.host, self.port, self.tls, self.fmt, self.timeout = (
            parts.hostname,
            parts.port,
            parts.scheme == "tls",
            fmt,
            timeout,
        )
        self._ctx = ssl.create_default_context(cafile=str(ca_file) if ca_file else None) if self.tls else None
        self._sock: socket.socket | None = None

    def _connected(self) -> socket.socket:
        sock = self._sock
        if sock is not None:
            # a receiver that restarted closed our connection: bytes written to it now would be lost
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                try:
                    gone = sock.recv(1) == b""
                except (OSError, ssl.SSLError):
                    gone = True
                if gone:
                    self.close()
                    sock = None
        if sock is None:
            raw = socket.create_connection((self.host, self.port), timeout=self.timeout)
            sock = self._ctx.wrap_socket(raw, server_hostname=self.host) if self._ctx else raw
            self._sock = sock
        return sock

    def send(self, records: list[dict[str, Any]]) -> None:
        data = b"".join(syslog_frame(r, self.fmt) for r in _yielding(records))
        try:
            self._connected().sendall(data)
        except (OSError, ssl.SSLError) as exc:
            self.close()
            raise SinkError(type(exc).__name__) from exc

    def close(self) -> None:
        if self._sock is not None:
            try:
                if isinstance(self._sock, ssl.SSLSocket):
                    self._sock.unwrap()  # a clean TLS close (close_notify)
                self._sock.close()
            except OSError:
                pass
            self._sock = None


class _HttpSink:
    kind = "http"
    path = ""

    def __init__(self, url: str, headers: dict[str, str], ca_file: Path | None, timeout: float) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{self.kind} URL must be http(s)://host[:port], not {url!r}")
        self.url = url.rstrip("/") + (self.path if not parts.path.strip("/") else "")
        verify = ssl.create_default_context(cafile=str(ca_file)) if ca_file else True
        self._client = httpx.Client(timeout=timeout, headers=headers, verify=verify)

    def _post(self, body: bytes) -> None:
        try:
            resp = self._client.post(self.url, content=body, headers={"Content-Type": "application/json"})
        except httpx.HTTPError as exc:
            raise SinkError(type(exc).__name__) from exc
        if resp.status_code in (400, 413, 422):
            raise Rejected(f"HTTP {resp.status_code}")
        if resp.status_code >= 300:
            raise SinkError(f"HTTP {resp.status_code}")

    def close(self) -> None:
        self._client.close()


class HecSink(_HttpSink):
    """Splunk HTTP Event Collector (``https://splunk:8088``; path /services/collector/event by default)."""

    kind = "hec"
    path = "/services/collector/event"

    def __init__(self, url: str, token: str, ca_file: Path | None = None, timeout: float = 10.0) -> None:
        super().__init__(url, {"Authorization": f"Splunk {token}"}, ca_file, timeout)

    def send(self, records: list[dict[str, Any]]) -> None:
        self._post(hec_body(records))


class OtlpSink(_HttpSink):
    """OpenTelemetry logs over OTLP/HTTP, JSON encoding (``http://collector:4318``; path /v1/logs)."""

    kind = "otlp"
    path = "/v1/logs"

    def __init__(
        self,
        url: str,
        headers: dict[str, str] | None = None,
        ca_file: Path | None = None,
        timeout: float = 10.0,
    ) -> None:
        super().__init__(url, headers or {}, ca_file, timeout)

    def send(self, records: list[dict[str, Any]]) -> None:
        self._post(json.dumps(otlp_logs(records), separators=(",", ":")).encode())


# -- shipping --------------------------------------------------------------------------------------
class Shipper:
    """One sink, its spool and the thread that moves lines from the spool to the sink (with back-off)."""

    def __init__(
        self, sink: Any, spool: Spool, batch: int = 500, retry: float = 1.0, max_retry: float = 30.0
    ) -> None:
        self.sink, self.spool = sink, spool
        self._batch, self._retry, self._max_retry = batch, retry, max_retry
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"aiwarden-siem-{sink.kind}", daemon=True)
        self._dropped_seen = 0
        self.sent = 0

    def start(self) -> "Shipper":
        self._thread.start()
        return self

    def _run(self) -> None:
        delay = self._retry
        while not self._stop.is_set():
            self._metrics()
            lines, position = self.spool.read(self._batch)
            if not lines:
                self.spool.wake.wait(0.5)
                self.spool.wake.clear()
                continue
            try:
                self.sink.send([json.loads(x) for x in _yielding(lines)])
            except Rejected as exc:
                REJECTED.labels(self.sink.kind).inc(len(lines))
                log.error(
                    "SIEM %s refused %d records (%s); they are discarded", self.sink.kind, len(lines), exc
                )
            except SinkError as exc:
                FAILURES.labels(self.sink.kind).inc()
                log.warning(
                    "SIEM %s unreachable (%s); %d bytes kept, retry in %.0f s",
                    self.sink.kind,
                    exc,
                    self.spool.size,
                    delay,
                )
                self._stop.wait(delay)
                delay = min(delay * 2, self._max_retry)
                continue
            else:
                SENT.labels(self.sink.kind).inc(len(lines))
                self.sent += len(lines)
            self.spool.commit(position)
            delay = self._retry

    def _metrics(self) -> None:
        dropped = self.spool.dropped
        if dropped > self._dropped_seen:
            DROPPED.labels(self.sink.kind).inc(dropped - self._dropped_seen)
            self._dropped_seen = dropped
        QUEUED.labels(self.sink.kind).set(self.spool.size)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop shipping (what is not delivered stays in the spool for the next start)."""
        self._stop.set()
        self.spool.wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._metrics()
        self.sink.close()
        self.spool.close()


class SiemExporter:
    """Feeds every configured sink; ``submit`` appends to their spools and returns at once."""

    def __init__(self, shippers: list[Shipper], pseudonym: Callable[[str], str] | None = None) -> None:
        self.shippers = shippers
        self._pseudonym = pseudonym

    def start(self) -> "SiemExporter":
        for s in self.shippers:
            s.start()
        return self

    def submit(self, record: dict[str, Any]) -> None:
        """Queue one record for every sink; never raises, never waits on the network."""
        try:
            line = json.dumps(record, separators=(",", ":"), default=str).encode()
        except (TypeError, ValueError):
            log.error("SIEM record of kind %s is not serializable; dropped", record.get("kind"))
            return
        for s in self.shippers:
            s.spool.append(line)

    def usage(self, event: Any) -> None:
        """Recorder tap: one usage event (or refusal)."""
        self.submit(usage_record(event, self._pseudonym))

    def alerts(self, alerts: Iterable[Any]) -> None:
        for a in alerts:
            self.submit(alert_record(a))

    def audit(self, entries: Iterable[Any]) -> None:
        for e in entries:
            self.submit(audit_record(e))

    def close(self) -> None:
        for s in self.shippers:
            s.stop()


@dataclass(frozen=True)
class SiemConfig:
    """The SIEM settings (AIWARDEN_SIEM_*); ``build`` fails with one clear line on a bad value."""

    syslog: str = ""
    syslog_format: Literal["json", "cef"] = "json"
    hec_url: str = ""
    hec_token: str = ""
    otlp_url: str = ""
    otlp_headers: str = ""
    ca_file: Path | None = None
    spool_dir: Path = Path("siem")
    spool_mb: int = 256

    def sinks(self) -> list[Any]:
        out: list[Any] = []
        if self.syslog:
            out.append(SyslogSink(self.syslog, self.syslog_format, self.ca_file))
        if self.hec_url:
            if not self.hec_token:
                raise ValueError("AIWARDEN_SIEM_HEC_URL needs AIWARDEN_SIEM_HEC_TOKEN")
            out.append(HecSink(self.hec_url, self.hec_token, self.ca_file))
        if self.otlp_url:
            headers = {}
            for pair in filter(None, (p.strip() for p in self.otlp_headers.split(","))):
                name, sep, value = pair.partition("=")
                if not sep or not name.strip():
                    raise ValueError("AIWARDEN_SIEM_OTLP_HEADERS must be Name=value,… pairs")
                headers[name.strip()] = value.strip()
            out.append(OtlpSink(self.otlp_url, headers, self.ca_file))
        return out

    def build(self, pseudonym: Callable[[str], str] | None = None) -> SiemExporter | None:
        """An exporter for the configured sinks (not started), or None when none is configured."""
        sinks = self.sinks()
        if not sinks:
            return None
        per_sink = self.spool_mb * 1024 * 1024 // len(sinks)
        return SiemExporter([Shipper(s, Spool(self.spool_dir / s.kind, per_sink)) for s in sinks], pseudonym)


class AlertTee:
    """An alert sender that also exports every alert it sends (wraps ``admin.alerts.WebhookSender``)."""

    def __init__(self, inner: Any, exporter: SiemExporter) -> None:
        self._inner, self._exporter = inner, exporter

    def send(self, alerts: list[Any], webhooks: list[Any]) -> int:
        self._exporter.alerts(alerts)
        return self._inner.send(alerts, webhooks)

    def close(self) -> None:
        self._inner.close()


class AuditTail:
    """Exports audit entries as they are added (by any process: API, CLI), polling the table by id.

    The last exported id is kept in ``state`` (at-least-once); the first start begins at the newest entry.
    """

    def __init__(self, engine: Any, exporter: SiemExporter, state: Path, interval: float = 2.0) -> None:
        self._engine, self._exporter, self._state, self._interval = engine, exporter, state, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="aiwarden-siem-audit", daemon=True)
        self._last: int | None = None

    def start(self) -> "AuditTail":
        self._thread.start()
        return self

    def run_once(self) -> int:
        """Export the entries added since the last call; how many."""
        from sqlmodel import Session, col, func, select

        from inventory.models import AuditEntry

        with Session(self._engine) as session:
            if self._last is None:
                try:
                    self._last = int(self._state.read_text())
                except (OSError, ValueError):
                    self._last = session.exec(select(func.max(AuditEntry.id))).one() or 0
                    self._save()
            stmt = select(AuditEntry).where(col(AuditEntry.id) > self._last).order_by(col(AuditEntry.id))
            entries = list(session.exec(stmt.limit(500)))
        if entries:
            self._exporter.audit(entries)
            self._last = entries[-1].id
            self._save()
        return len(entries)

    def _save(self) -> None:
        tmp = self._state.with_suffix(".tmp")
        tmp.write_text(str(self._last))
        os.replace(tmp, self._state)

    def _run(self) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        while True:
            try:
                while self.run_once() == 500:
                    pass
            except SQLAlchemyError as exc:
                log.warning("SIEM audit export cannot read the database (%s)", type(exc).__name__)
            if self._stop.wait(self._interval):
                return

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)
