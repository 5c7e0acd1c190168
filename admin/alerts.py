"""Alerts for the security team, sent to webhooks (Slack-compatible or generic JSON).

``AlertEngine.evaluate(session, now)`` only reads the database and the policy's ``alerts:`` section and
returns what is wrong at ``now``; ``AlertDispatcher`` runs it periodically, holds back repeats
(``repeat_after_minutes``) and posts to the webhooks. Alerts carry counts and ids, never prompt text,
PII values or keys.

Definitions:
- new_mcp_server: an MCP (tool) server first seen in the last ``repeat_after_minutes`` (inventory/mcp.py).
- new_unsanctioned_service: a service whose first event is in the last ``repeat_after_minutes`` and that the
  policy does not mark sanctioned.
- blocked_spike / pii_spike: blocked requests (or detected PII entities) in the last ``window_minutes`` are
  at least ``min_count`` and more than ``factor`` × the average per window over the ``baseline_hours`` before.
- proxy_silent: a proxy whose last heartbeat (``proxy_heartbeat``, written by its PolicyWatcher) is older
  than ``proxy_silent_minutes`` (proxies silent for over a day are assumed decommissioned).
- scrubber_errors: requests the scrubber failed on or timed out for (recorded as action ``block`` with
  status 503 when failing closed, as ``allow`` with a reason starting "scrubber " when failing open) divided
  by requests that needed scrubbing, over the window.
- budget_warning / budget_exceeded: a budget counter of the current period (``budget_counter``, kept by the
  proxies) at or past the budget's ``warn_at`` fraction, or at its cap (see policy/budgets.py).
"""

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, func, select

from inventory.mcp import new_servers
from inventory.models import Service, UsageEvent
from policy.budgets import budget_alerts
from policy.model import Policy, Spike, Webhook
from policy.tables import ProxyHeartbeat

log = logging.getLogger(__name__)
SCRUB_ERROR_STATUS = 503  # the proxy refuses with 503 when the scrubber fails and the service fails closed
FAIL_OPEN_REASON = "scrubber "  # ... and records "allow" with this reason prefix when it fails open


@dataclass(frozen=True, slots=True)
class Alert:
    kind: str  # new_unsanctioned_service | blocked_spike | pii_spike | proxy_silent | scrubber_errors
    key: str  # same key = same problem (repeats are held back)
    title: str
    time: datetime
    detail: dict[str, object] = field(default_factory=dict)


def _count(session: Session, since: datetime, until: datetime, *where) -> int:
    stmt = (
        select(func.count())
        .select_from(UsageEvent)
        .where(col(UsageEvent.time) >= since, col(UsageEvent.time) < until, *where)
    )
    return session.exec(stmt).one()


def _new_mcp_servers(session: Session, now: datetime, window: timedelta) -> list[Alert]:
    out = []
    for m in new_servers(session, now - window):
        name = m.name or m.host or m.id
        out.append(Alert("new_mcp_server", f"new_mcp_server:{m.id}", f"New MCP server in use: {name}", now,
                         {"server": m.id, "host": m.host, "name": m.name, "version": m.version,
                          "first_seen": m.first_seen.isoformat()}))
    return out


def _pii_total(session: Session, since: datetime, until: datetime) -> int:
    stmt = select(UsageEvent.pii_counts).where(col(UsageEvent.time) >= since, col(UsageEvent.time) < until)
    return sum(sum((c or {}).values()) for c in session.exec(stmt))


class AlertEngine:
    """Evaluates the alert conditions of the policy in force."""

    def __init__(self, policy_source: Callable[[], Policy]) -> None:
        self._policy = policy_source

    def evaluate(self, session: Session, now: datetime) -> list[Alert]:
        """Every alert condition that holds at ``now`` (reads only)."""
        cfg = self._policy().alerts
        policy = self._policy()
        out: list[Alert] = []
        if cfg.new_unsanctioned_service:
            out += self._new_services(session, now, policy, timedelta(minutes=cfg.repeat_after_minutes))
        if cfg.new_mcp_server:
            out += _new_mcp_servers(session, now, timedelta(minutes=cfg.repeat_after_minutes))
        if cfg.blocked_spike:
            out += self._spike(
                cfg.blocked_spike,
                now,
                "blocked_spike",
                "blocked requests",
                lambda a, b: _count(session, a, b, UsageEvent.action == "block"),
            )
        if cfg.pii_spike:
            out += self._spike(
                cfg.pii_spike,
                now,
                "pii_spike",
                "personal data detections",
                lambda a, b: _pii_total(session, a, b),
            )
        if cfg.proxy_silent_minutes:
            out += self._silent(session, now, timedelta(minutes=cfg.proxy_silent_minutes))
        if cfg.scrubber_errors:
            e = cfg.scrubber_errors
            since = now - timedelta(minutes=e.window_minutes)
            closed = _count(
                session, since, now, UsageEvent.action == "block", UsageEvent.status == SCRUB_ERROR_STATUS
            )
            opened = _count(
                session,
                since,
                now,
                UsageEvent.action == "allow",
                col(UsageEvent.reason).startswith(FAIL_OPEN_REASON),
            )
            errors = closed + opened
            scrubbed = _count(session, since, now, UsageEvent.action == "scrub") + errors
            if scrubbed >= e.min_requests and errors / scrubbed > e.max_rate:
                out.append(
                    Alert(
                        "scrubber_errors",
                        "scrubber_errors",
                        f"Scrubber failing: {errors} of {scrubbed} requests in the last "
                        f"{e.window_minutes} min could not be checked ({errors / scrubbed:.0%})",
                        now,
                        {
                            "errors": errors,
                            "requests": scrubbed,
                            "rate": round(errors / scrubbed, 4),
                            "max_rate": e.max_rate,
                            "window_minutes": e.window_minutes,
                        },
                    )
                )
        if cfg.budgets and policy.budgets:
            out += budget_alerts(session, policy, now, Alert)
        return out

    @staticmethod
    def _new_services(session: Session, now: datetime, policy: Policy, window: timedelta) -> list[Alert]:
        first = func.min(UsageEvent.time)
        stmt = select(UsageEvent.service_id, first, func.count(), func.count(func.distinct(UsageEvent.user)))
        rows = session.exec(stmt.group_by(UsageEvent.service_id).having(first >= now - window)).all()
        names = (
            {s.id: s for s in session.exec(select(Service).where(col(Service.id).in_([r[0] for r in rows])))}
            if rows
            else {}
        )
        out = []
        for sid, first_seen, requests, users in rows:
            if policy.is_sanctioned(sid) or first_seen > now:
                continue
            svc = names.get(sid)
            name = svc.name if svc else sid
            out.append(
                Alert(
                    "new_unsanctioned_service",
                    f"new_unsanctioned_service:{sid}",
                    f"New unsanctioned AI service in use: {name}",
                    now,
                    {
                        "service": sid,
                        "name": name,
                        "unknown": bool(svc.unknown) if svc else True,
                        "first_seen": first_seen.isoformat(),
                        "requests": requests,
                        "users": users,
                    },
                )
            )
        return out

    @staticmethod
    def _spike(
        cfg: Spike, now: datetime, kind: str, what: str, count: Callable[[datetime, datetime], int]
    ) -> list[Alert]:
        window = timedelta(minutes=cfg.window_minutes)
        current = count(now - window, now)
        if current < cfg.min_count:
            return []
        base_start = now - timedelta(hours=cfg.baseline_hours)
        windows = max(1.0, (now - window - base_start) / window)
        usual = count(base_start, now - window) / windows
        if current <= cfg.factor * usual:
            return []
        return [
            Alert(
                kind,
                kind,
                f"Spike in {what}: {current} in the last {cfg.window_minutes} min (usually {usual:.1f})",
                now,
                {
                    "count": current,
                    "usual": round(usual, 2),
                    "factor": cfg.factor,
                    "window_minutes": cfg.window_minutes,
                },
            )
        ]

    @staticmethod
    def _silent(session: Session, now: datetime, limit: timedelta) -> list[Alert]:
        stmt = select(ProxyHeartbeat).where(
            col(ProxyHeartbeat.last_seen) < now - limit,
            col(ProxyHeartbeat.last_seen) >= now - timedelta(days=1),
        )
        return [
            Alert(
                "proxy_silent",
                f"proxy_silent:{hb.proxy_id}",
                f"Proxy {hb.proxy_id} stopped reporting (last heartbeat {hb.last_seen:%Y-%m-%d %H:%M} UTC)",
                now,
                {
                    "proxy": hb.proxy_id,
                    "last_seen": hb.last_seen.isoformat(),
                    "silent_minutes": int((now - hb.last_seen).total_seconds() // 60),
                },
            )
            for hb in session.exec(stmt)
        ]


def slack_payload(alert: Alert) -> dict:
    """Slack incoming-webhook JSON (also understood by Mattermost and Teams' Slack connector)."""
    facts = ", ".join(f"{k}: {v}" for k, v in alert.detail.items())
    return {
        "text": f":rotating_light: aiwarden: {alert.title}",
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": f"*{alert.title}*\n{facts}"}}],
    }


def generic_payload(alert: Alert) -> dict:
    """Plain JSON for SIEMs and ticketing systems."""
    return {
        "source": "aiwarden",
        "kind": alert.kind,
        "key": alert.key,
        "title": alert.title,
        "time": alert.time.isoformat(),
        "detail": alert.detail,
    }


class WebhookSender:
    """Posts alerts to the policy's webhooks; a failing webhook is logged (by host) and skipped."""

    def __init__(self, client: httpx.Client | None = None) -> None:
        self._client = client or httpx.Client(timeout=5.0)

    def send(self, alerts: list[Alert], webhooks: list[Webhook]) -> int:
        """Deliver every alert to every webhook; the number of successful deliveries."""
        ok = 0
        for hook in webhooks:
            url = hook.url or os.environ.get(hook.url_env or "", "")
            if not url:
                log.warning("alert webhook %s is not set; alerts not sent there", hook.url_env)
                continue
            for alert in alerts:
                payload = slack_payload(alert) if hook.format == "slack" else generic_payload(alert)
                try:
                    self._client.post(url, json=payload).raise_for_status()
                    ok += 1
                except httpx.HTTPError as exc:  # the URL may embed a secret: log only its host
                    log.warning("alert webhook %s failed: %s", httpx.URL(url).host, type(exc).__name__)
        return ok

    def close(self) -> None:
        self._client.close()


class AlertDispatcher:
    """Evaluates alerts every ``interval`` seconds and sends the ones not sent recently."""

    def __init__(
        self,
        engine: Engine,
        policy_source: Callable[[], Policy],
        sender: WebhookSender | None = None,
        interval: float = 60.0,
        clock: Callable[[], datetime] | None = None,
        extra: Callable[[Session, datetime], list[Alert]] | None = None,
    ) -> None:
        from inventory.models import utcnow

        self._engine = engine
        self._policy = policy_source
        self.engine = AlertEngine(policy_source)
        self.sender = sender or WebhookSender()
        self.interval = interval
        self._clock = clock or utcnow
        self._extra = extra  # conditions configured outside the policy (drift: integrations/notify.py)
        self._sent: dict[str, datetime] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> list[Alert]:
        """Evaluate now, send what is new; the alerts sent."""
        now = self._clock()
        with Session(self._engine) as session:
            alerts = self.engine.evaluate(session, now)
            if self._extra:
                alerts += self._extra(session, now)
        repeat = timedelta(minutes=self._policy().alerts.repeat_after_minutes)
        fresh = [a for a in alerts if a.key not in self._sent or now - self._sent[a.key] >= repeat]
        if fresh:
            self.sender.send(fresh, self._policy().alerts.webhooks)
            for a in fresh:
                self._sent[a.key] = now
        return fresh

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.run_once()
            except SQLAlchemyError as exc:
                log.warning("alert check cannot read the database (%s)", type(exc).__name__)

    def start(self) -> "AlertDispatcher":
        """Check in a daemon thread until ``stop``."""
        self._thread = threading.Thread(target=self._run, name="aiwarden-alerts", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop checking and close the HTTP client."""
        self._stop.set()
        if self._thread:
            self._thread.join(5)
        self.sender.close()
