"""Budgets, rate limits and model tiering in the proxy.

``SpendGuard.refuses`` runs when a request has been classified (before anything is forwarded): a full rate
limit answers 429, a budget at its cap blocks (403) or coaches (notice header); budgets past ``warn_at``
add an ``X-AIWarden-Budget`` header to the answer. ``rewrite_model`` applies the policy's model rules to
the request body (or Gemini's path) just before forwarding. ``account`` prices each recorded event and
adds it to the budget counters.

Counters are shared by every proxy process through the ``budget_counter`` table: a background thread adds
this process's requests with atomic upserts right after each answer and re-reads all counters every
``refresh`` seconds. Checks read memory only (no database on the request path). Accuracy: a process sees
its own requests at once and other processes' within ``refresh`` seconds, so a cap is overshot by at most
the requests in flight when it is crossed plus what the other proxies finish within one refresh interval.
Database down: budgets fail open (requests flow, judged by the last counters read plus this process's own
requests since); the unwritten increments are kept and written when the database is back.
"""

import json
import logging
import re
import threading
import time
from collections.abc import Callable
from datetime import datetime

from mitmproxy import http
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from inventory.limits import bounded, text_limits
from inventory.models import BudgetCounter, UsageEvent, utcnow
from inventory.pricing import PriceTable, default_prices
from inventory.pseudonym import Pseudonymizer
from inventory.spend import CounterKey, Totals, add_to_counters, read_counters
from policy.budgets import amount, applicable, period_end, period_key, standing
from policy.engine import rewrite_model
from policy.model import Budget, Policy
from proxy import pages
from proxy.pages import header_text
from proxy.ratelimit import RateLimiter, too_many_requests
from proxy.state import FlowState, state

log = logging.getLogger("aiwarden.budgets")
_GEMINI_MODEL = re.compile(r"(/models/)([^/:?]+)")
_SUBJECT_MAX = text_limits(BudgetCounter.__table__)["subject"]


class SpendGuard:
    """Rate limits, budgets and model rules for one proxy process (counters shared through the database).

    ``pseudonymizer``: set in pseudonymous mode (built from the settings by the wiring), so per-user
    counters hold the same pseudonym as the events, never the user name.
    """

    def __init__(self, prices: PriceTable | None = None, refresh: float = 1.0,
                 clock: Callable[[], datetime] = utcnow, *, pseudonymizer: Pseudonymizer | None = None,
                 engine: Engine | None = None) -> None:
        self.prices = prices or default_prices()
        self.limiter = RateLimiter()
        self.refresh = refresh
        self._clock = clock
        self._lock = threading.Lock()
        self._known: dict[CounterKey, Totals] = {}  # as last read from the database (every process)
        self._inflight: dict[CounterKey, Totals] = {}  # ours, being written now
        self._pending: dict[CounterKey, Totals] = {}  # ours, not yet written
        self._engine: Engine | None = None
        self._url = ""
        self._thread: threading.Thread | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._pseudonymizer = pseudonymizer
        self.database_up = True
        if engine is not None:
            self.use_engine(engine)

    # -- set-up ------------------------------------------------------------------------------------
    def configure(self, database_url: str) -> None:
        """Share counters through ``database_url`` (already migrated); "" keeps them in this process only.

        Ignored when the guard was given the process's own engine (``engine=``): that one is used.
        """
        if database_url == self._url or (self._engine is not None and not self._url):
            return
        self.close()
        self._url = database_url
        if database_url:
            from inventory.db import make_engine

            self.use_engine(make_engine(database_url, migrate=False))

    def use_engine(self, engine: Engine) -> None:
        """Share counters through ``engine`` (the process's own engine, when the wiring passes it)."""
        self._engine = engine
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="aiwarden-budgets", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Write what is pending and stop the counter thread."""
        if self._thread:
            self._stop.set()
            self._wake.set()
            self._thread.join(10)
            self._thread = None
        if self._engine is not None and self._url:
            self._engine.dispose()
        self._engine = None

    # -- request time ------------------------------------------------------------------------------
    def _subject(self, budget: Budget, subject: str) -> str:
        if budget.per == "user" and self._pseudonymizer:
            subject = self._pseudonymizer.pseudonym(subject)
        return bounded(subject, _SUBJECT_MAX)  # as the events store it; a longer one would be refused

    def used(self, key: CounterKey) -> Totals:
        """Spend on one counter as this process knows it (database + own unwritten requests)."""
        out = Totals()
        with self._lock:
            for part in (self._known, self._inflight, self._pending):
                if key in part:
                    out.add(part[key])
        return out

    def refuses(self, flow: http.HTTPFlow, policy: Policy) -> bool:
        """Apply rate limits and budgets to a classified request: True when it was refused (answered here).

        A budget past ``warn_at`` or a coaching budget at its cap only adds headers; the request goes on.
        """
        st = state(flow)
        if st is None or st.action == "block":
            return False
        user, sid = st.user, st.service_id
        limited = self.limiter.admit(policy, user, sid)
        if limited:
            st.action, st.canned, st.reason = "block", True, f"rate limit: {limited.limit}"
            flow.response = too_many_requests(flow, st.dialect, limited)
            return True
        if not policy.budgets:
            return False
        now = self._clock()
        notes: list[str] = []
        for budget, subject in applicable(policy, user, st.decision.groups, sid):
            key = (budget.name, period_key(budget.period, now), self._subject(budget, subject))
            t = self.used(key)
            used = amount(budget, t.tokens, t.cost_usd)
            where = standing(budget, used)
            if where == "ok":
                continue
            share = f"{budget.name}; used={used / budget.limit:.0%}; limit={budget.limit:g} {budget.unit}"
            notes.append(share)
            if where == "warn":
                continue
            when = "today" if budget.period == "day" else "this month"
            resets = period_end(budget.period, now)
            message = budget.reason or (
                f"The AI budget '{budget.name}' for {budget.per} {subject} is used up {when} "
                f"({used:g} of {budget.limit:g} {budget.unit}); it resets {resets:%Y-%m-%d %H:%M} UTC.")
            if budget.action == "block":
                st.action, st.canned, st.reason = "block", True, f"budget {budget.name} reached"
                flow.response = pages.refusal(flow, 403, message, st.dialect, "block")
                flow.response.headers["X-AIWarden-Budget"] = header_text(share)
                return True
            st.reason = f"{st.reason}; budget {budget.name} reached (coach)"
            st.headers["X-AIWarden-Notice"] = header_text(message)
        if notes:
            st.headers["X-AIWarden-Budget"] = header_text(", ".join(notes))
        return False

    @staticmethod
    def rewrite_model(flow: http.HTTPFlow) -> None:
        """Apply the decision's model rules to the request about to be sent (JSON body or Gemini path)."""
        st, req = state(flow), flow.request
        if st is None:
            return
        decision, model = st.decision, st.model
        if not decision.model_rewrite or not model:
            return
        target = rewrite_model(decision.model_rewrite, model)
        if not target:
            return
        if st.dialect == "gemini" and _GEMINI_MODEL.search(req.path):
            req.path = _GEMINI_MODEL.sub(lambda m: m.group(1) + target, req.path, count=1)
        else:
            try:
                body = json.loads(req.get_content(strict=True) or b"null")
            except (ValueError, RecursionError):
                return
            if not isinstance(body, dict) or body.get("model") != model:
                return  # the model is not where we can change it: leave the request as it is
            body["model"] = target
            req.set_content(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode())
        st.model_requested, st.model = model, target

    # -- after the answer --------------------------------------------------------------------------
    def account(self, event: UsageEvent, st: FlowState, policy: Policy) -> None:
        """Price ``event`` (cost_usd, model_requested) and add it to the counters of its budgets."""
        event.model_requested = st.model_requested[:200]
        reported = event.tokens_out is not None or (
            event.tokens_in is not None and not event.tokens_estimated)
        if st.canned or (event.status is not None and event.status >= 400 and not reported):
            event.cost_usd = 0.0  # never sent, or refused by the provider without usage: nothing billed
            return
        event.cost_usd = self.prices.cost(event.model, event.tokens_in, event.tokens_out, event.time).usd
        tokens = (event.tokens_in or 0) + (event.tokens_out or 0)
        if not policy.budgets or (not tokens and not event.cost_usd):
            return
        groups = st.decision.groups
        delta = Totals(tokens, event.cost_usd or 0.0, 1)  # unknown cost counts for token budgets only
        with self._lock:
            for budget, subject in applicable(policy, event.user, groups, event.service_id):
                key = (budget.name, period_key(budget.period, event.time), self._subject(budget, subject))
                self._pending.setdefault(key, Totals()).add(delta)
            if self._engine is None and len(self._pending) > 10_000:  # no database: forget old periods
                current = {period_key("day", event.time), period_key("month", event.time)}
                self._pending = {k: v for k, v in self._pending.items() if k[1] in current}
        self._wake.set()

    # -- counter thread ----------------------------------------------------------------------------
    def _run(self) -> None:
        last_read = float("-inf")
        while not self._stop.is_set():
            self._wake.wait(self.refresh)
            self._wake.clear()
            t = time.monotonic()
            read_all = t - last_read >= self.refresh
            if not self.sync(read_all):
                self._stop.wait(self.refresh)  # database down: retry once per refresh interval
            elif read_all:
                last_read = t
        self.sync(read_all=False)  # what was counted up to the stop

    def sync(self, read_all: bool = True) -> bool:
        """Write this process's pending increments and (``read_all``) re-read every current counter."""
        if self._engine is None:
            return False
        with self._lock:
            batch, self._pending = self._pending, {}
            self._inflight = batch
        now = self._clock()
        try:
            with self._engine.begin() as conn:
                fresh = add_to_counters(conn, batch) if batch else {}
                periods = {period_key("day", now), period_key("month", now)}
                known = read_counters(conn, periods) if read_all else None
        except SQLAlchemyError as exc:
            with self._lock:
                for k, v in self._inflight.items():
                    self._pending.setdefault(k, Totals()).add(v)
                self._inflight = {}
            if self.database_up:
                log.warning("budget counters unreachable (%s); budgets fail open on the last counters read",
                            type(exc).__name__)
            self.database_up = False
            return False
        with self._lock:
            if known is not None:
                self._known = known
            self._known.update(fresh)
            self._inflight = {}
        if not self.database_up:
            log.info("budget counters reachable again")
        self.database_up = True
        return True
