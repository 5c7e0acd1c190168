"""More alert channels and alerts: Microsoft Teams, e-mail (SMTP with STARTTLS), drift, weekly digest.

- ``Channels`` wraps the policy's webhook sender (admin/alerts.py) and also posts each alert to Teams incoming
  webhooks (an Adaptive Card in a ``message``, the format of Teams workflows and connectors) and mails them
  (one message per check, plain text).
- ``drift_alerts``: the proxy still works but is slower than its own baseline. The median ``latency_ms`` of
  the requests it scrubbed in the last ``window`` is compared with the median over the 7 days before; above
  ``factor`` times that (and with ``min_requests`` in both), the alert fires. ``latency_ms`` is what the proxy
  records per request (its own time, the scrub included, plus the vendor's answer time).
- ``build_digest`` / ``DigestScheduler``: the weekly summary for the security team, from the HTML report's
  data (inventory/reports.py): new AI services, top users of unsanctioned services, data categories stopped,
  budget use, failures; sent to the same channels (webhooks as JSON, Teams as a card, e-mail text and HTML).

Everything sent is counts, names of services and users, never prompt text, personal data values or keys.
"""

import html
import logging
import os
import smtplib
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, func, select

from admin.alerts import FAIL_OPEN_REASON, SCRUB_ERROR_STATUS, Alert
from inventory.models import UsageEvent

log = logging.getLogger(__name__)


# -- Teams -----------------------------------------------------------------------------------------
def teams_card(title: str, facts: list[tuple[str, str]], text: str = "") -> dict[str, Any]:
    """A Teams incoming-webhook message carrying one Adaptive Card (title, optional text, a fact set)."""
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "text": title, "weight": "Bolder", "size": "Medium", "wrap": True}
    ]
    if text:
        body.append({"type": "TextBlock", "text": text, "wrap": True})
    if facts:
        body.append({"type": "FactSet", "facts": [{"title": k, "value": v} for k, v in facts]})
    card = {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": body,
    }
    return {
        "type": "message",
        "attachments": [
            {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None, "content": card}
        ],
    }


def teams_payload(alert: Alert) -> dict[str, Any]:
    facts = [(str(k), str(v)) for k, v in alert.detail.items()]
    return teams_card(f"aiwarden: {alert.title}", facts, f"{alert.kind} at {alert.time:%Y-%m-%d %H:%M} UTC")


# -- e-mail ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MailSender:
    """SMTP with STARTTLS (required unless ``starttls`` is False), optional login; one message per call."""

    host: str
    port: int
    sender: str
    recipients: tuple[str, ...]
    username: str = ""
    password: str = ""
    starttls: bool = True
    ca_file: Path | None = None
    timeout: float = 15.0

    def send(self, subject: str, text: str, html_body: str | None = None) -> None:
        """Send one message; raises ``OSError`` / ``smtplib.SMTPException`` on failure."""
        msg = EmailMessage()
        msg["Subject"], msg["From"], msg["To"] = subject, self.sender, ", ".join(self.recipients)
        msg.set_content(text)
        if html_body:
            msg.add_alternative(html_body, subtype="html")
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
            if self.starttls:  # never fall back to plain text: starttls() raises if the server cannot
                smtp.starttls(
                    context=ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)
                )
            if self.username:
                smtp.login(self.username, self.password)
            smtp.send_message(msg)


class Channels:
    """Alert sender: the policy's webhooks (``inner``), plus Teams webhooks and e-mail from the settings."""

    def __init__(
        self, inner: Any, teams: list[str], mail: MailSender | None, client: httpx.Client | None = None
    ) -> None:
        self._inner, self._teams, self._mail = inner, teams, mail
        self._client = client or httpx.Client(timeout=10.0)

    def _post(self, url: str, payload: dict) -> bool:
        try:
            self._client.post(url, json=payload).raise_for_status()
            return True
        except httpx.HTTPError as exc:  # the URL holds a secret: log its host only
            log.warning("Teams webhook %s failed: %s", httpx.URL(url).host, type(exc).__name__)
            return False

    def _mail_send(self, subject: str, text: str, html_body: str | None = None) -> bool:
        if self._mail is None:
            return False
        try:
            self._mail.send(subject, text, html_body)
            return True
        except (OSError, smtplib.SMTPException) as exc:
            log.warning("alert e-mail via %s failed: %s", self._mail.host, type(exc).__name__)
            return False

    def send(self, alerts: list[Alert], webhooks: list[Any]) -> int:
        """Deliver every alert everywhere; the number of successful deliveries."""
        ok = self._inner.send(alerts, webhooks)
        for url in self._teams:
            ok += sum(self._post(url, teams_payload(a)) for a in alerts)
        if alerts and self._mail:
            lines = [
                f"- {a.title} ({a.kind}, {a.time:%Y-%m-%d %H:%M} UTC)\n  "
                + ", ".join(f"{k}: {v}" for k, v in a.detail.items())
                for a in alerts
            ]
            subject = f"aiwarden: {alerts[0].title}" + (
                f" (+{len(alerts) - 1} more)" if len(alerts) > 1 else ""
            )
            ok += self._mail_send(subject, "\n".join(lines) + "\n")
        return ok

    def send_digest(self, digest: dict[str, Any], webhooks: list[Any]) -> int:
        """Deliver the weekly digest to the policy's webhooks, Teams and e-mail."""
        ok = 0
        text = digest_text(digest)
        for hook in webhooks:
            url = hook.url or os.environ.get(hook.url_env or "", "")
            if url:
                payload = (
                    {"text": text}
                    if hook.format == "slack"
                    else {"source": "aiwarden", "kind": "digest", "digest": digest}
                )
                ok += self._post(url, payload)
        for url in self._teams:
            ok += self._post(url, digest_card(digest))
        ok += self._mail_send(f"aiwarden weekly digest {digest['period']}", text, digest_html(digest))
        return ok

    def close(self) -> None:
        self._inner.close()
        self._client.close()


# -- drift -----------------------------------------------------------------------------------------
def _median(values: list[float]) -> float | None:
    values = sorted(values)
    n = len(values)
    if not n:
        return None
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def _latencies(session: Session, since: datetime, until: datetime, sample: int = 20_000) -> list[float]:
    where = (
        UsageEvent.action == "scrub",
        col(UsageEvent.latency_ms).is_not(None),
        col(UsageEvent.time) >= since,
        col(UsageEvent.time) < until,
    )
    n = session.exec(select(func.count()).select_from(UsageEvent).where(*where)).one()
    stmt = select(UsageEvent.latency_ms).where(*where)
    if n > sample:  # a deterministic spread sample keeps a 7-day median cheap on a busy proxy
        stmt = stmt.where(col(UsageEvent.id) % (n // sample + 1) == 0)
    return [float(v) for v in session.exec(stmt)]


def drift_alerts(
    session: Session,
    now: datetime,
    factor: float = 2.0,
    window: timedelta = timedelta(hours=1),
    min_requests: int = 20,
) -> list[Alert]:
    """The drift alert (see the module docstring), or nothing."""
    current = _latencies(session, now - window, now)
    baseline = _latencies(session, now - window - timedelta(days=7), now - window)
    if len(current) < min_requests or len(baseline) < min_requests:
        return []
    cur, base = _median(current), _median(baseline)
    if not base or cur is None or cur <= factor * base:
        return []
    minutes = int(window.total_seconds() // 60)
    return [
        Alert(
            "drift",
            "drift",
            f"Proxy slower than usual: median {cur:.0f} ms per scrubbed request in the "
            f"last {minutes} min, {cur / base:.1f}× the 7-day median ({base:.0f} ms)",
            now,
            {
                "median_ms": round(cur, 1),
                "baseline_median_ms": round(base, 1),
                "factor": factor,
                "requests": len(current),
                "window_minutes": minutes,
            },
        )
    ]


# -- weekly digest ---------------------------------------------------------------------------------
def build_digest(session: Session, policy: Any, now: datetime, days: int = 7) -> dict[str, Any]:
    """The digest's data, from the report's builders (inventory/reports.py) over the last ``days`` days."""
    from inventory.queries import EventFilter, user_summaries
    from inventory.reports import build_report
    from policy.budgets import budget_status

    since = now - timedelta(days=days)
    report = build_report(session, since=since, now=now, sanctioned=policy.is_sanctioned)
    unsanctioned = [r.service_id for r in report.risks if not r.sanctioned]
    users: dict[str, int] = {}
    for sid in unsanctioned:
        for u in user_summaries(session, EventFilter(since=since, service=sid)):
            users[u.user] = users.get(u.user, 0) + u.requests
    top = sorted(users.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    stopped = _count_pii(session, since, now)
    window = (col(UsageEvent.time) >= since, col(UsageEvent.time) < now)
    scrub_failed = session.exec(
        select(func.count())
        .select_from(UsageEvent)
        .where(*window, UsageEvent.action == "block", UsageEvent.status == SCRUB_ERROR_STATUS)
    ).one()
    fail_open = session.exec(
        select(func.count())
        .select_from(UsageEvent)
        .where(*window, UsageEvent.action == "allow", col(UsageEvent.reason).startswith(FAIL_OPEN_REASON))
    ).one()
    upstream = session.exec(
        select(func.count()).select_from(UsageEvent).where(*window, col(UsageEvent.status).in_([502, 504]))
    ).one()
    budgets = [
        {
            "budget": b.budget,
            "subject": b.subject,
            "period": b.period,
            "used": b.used,
            "limit": b.limit,
            "unit": b.unit,
            "fraction": b.fraction,
        }
        for b in budget_status(session, policy, now)[:10]
    ]
    return {
        "period": f"{since:%Y-%m-%d} to {now:%Y-%m-%d}",
        "totals": report.totals(),
        "new_services": [
            {
                "service": s.id,
                "name": s.name,
                "requests": s.requests,
                "users": s.users,
                "sanctioned": policy.is_sanctioned(s.id),
            }
            for s in report.new_services
        ],
        "top_unsanctioned_users": [{"user": u, "requests": n} for u, n in top],
        "data_stopped": stopped,
        "budgets": budgets,
        "failures": {
            "scrubber_failed_closed": scrub_failed,
            "scrubber_failed_open": fail_open,
            "vendor_unreachable": upstream,
        },
    }


def _count_pii(session: Session, since: datetime, until: datetime) -> dict[str, int]:
    """Entities kept from the vendors (requests scrubbed or blocked), by type."""
    stmt = select(UsageEvent.pii_counts).where(
        col(UsageEvent.time) >= since,
        col(UsageEvent.time) < until,
        col(UsageEvent.action).in_(["scrub", "block"]),
    )
    out: dict[str, int] = {}
    for counts in session.exec(stmt):
        for k, v in (counts or {}).items():
            out[k] = out.get(k, 0) + int(v)
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def _sections(d: dict[str, Any]) -> list[tuple[str, list[str]]]:
    f = d["failures"]
    return [
        (
            "New AI services",
            [
                f"{s['name']} ({s['service']}): {s['requests']} requests, {s['users']} people"
                + ("" if s["sanctioned"] else ", unsanctioned")
                for s in d["new_services"]
            ],
        ),
        (
            "Top users of unsanctioned services",
            [f"{u['user']}: {u['requests']} requests" for u in d["top_unsanctioned_users"]],
        ),
        ("Personal data stopped", [f"{k}: {v}" for k, v in d["data_stopped"].items()]),
        (
            "Budget use",
            [
                f"{b['budget']} ({b['subject']}, {b['period']}): {b['used']:g} of {b['limit']:g} "
                f"{b['unit']} ({b['fraction']:.0%})"
                for b in d["budgets"]
            ],
        ),
        (
            "Failures",
            [
                f"scrubber failed (closed): {f['scrubber_failed_closed']}",
                f"scrubber failed (open): {f['scrubber_failed_open']}",
                f"vendor unreachable: {f['vendor_unreachable']}",
            ],
        ),
    ]


def digest_text(d: dict[str, Any]) -> str:
    out = [f"aiwarden weekly digest, {d['period']}", ""]
    for title, lines in _sections(d):
        out += [title, *(f"- {x}" for x in lines or ["none"]), ""]
    return "\n".join(out)


def digest_html(d: dict[str, Any]) -> str:
    parts = [f"<h1>aiwarden weekly digest</h1><p>{html.escape(d['period'])}</p>"]
    for title, lines in _sections(d):
        items = "".join(f"<li>{html.escape(x)}</li>" for x in lines or ["none"])
        parts.append(f"<h2>{html.escape(title)}</h2><ul>{items}</ul>")
    return "<!doctype html><html><body>" + "".join(parts) + "</body></html>"


def digest_card(d: dict[str, Any]) -> dict[str, Any]:
    facts = [(title, "; ".join(lines) or "none") for title, lines in _sections(d)]
    return teams_card(f"aiwarden weekly digest, {d['period']}", facts)


class DigestScheduler:
    """Sends the digest once a week (``weekday`` 0 = Monday, at ``hour`` UTC); the last week sent is kept in
    ``state`` so a restart does not send it twice."""

    def __init__(
        self,
        engine: Any,
        policy_source: Callable[[], Any],
        channels: Channels,
        state: Path,
        weekday: int = 0,
        hour: int = 8,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._engine, self._policy, self._channels, self._state = engine, policy_source, channels, state
        self.weekday, self.hour = weekday, hour
        self._clock = clock or (lambda: datetime.now(UTC))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="aiwarden-digest", daemon=True)

    def due(self, now: datetime) -> str | None:
        """The ISO week to send now, or None (not the day and hour yet, or already sent)."""
        if (now.weekday(), now.hour) < (self.weekday, self.hour):
            return None
        week = f"{now.isocalendar().year}-W{now.isocalendar().week:02d}"
        try:
            if self._state.read_text().strip() == week:
                return None
        except OSError:
            pass
        return week

    def run_once(self) -> bool:
        now = self._clock()
        week = self.due(now)
        if week is None:
            return False
        with Session(self._engine) as session:
            digest = build_digest(session, self._policy(), now)
        self._channels.send_digest(digest, self._policy().alerts.webhooks)
        self._state.parent.mkdir(parents=True, exist_ok=True)
        self._state.write_text(week)
        return True

    def _run(self) -> None:
        while not self._stop.wait(300):
            try:
                self.run_once()
            except SQLAlchemyError as exc:
                log.warning("weekly digest cannot read the database (%s)", type(exc).__name__)

    def start(self) -> "DigestScheduler":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
