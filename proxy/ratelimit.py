"""Rate limits of the policy: requests per minute per user or per service, counted in this proxy process.

A sliding window: a request is admitted while fewer than the limit were admitted in the last window;
otherwise it is answered 429 in the provider's own error shape with ``Retry-After`` (seconds until the
oldest admitted request leaves the window). Refused requests do not count, so a client that honours
``Retry-After`` gets through. Counts are per process: with N proxies behind a load balancer a subject
can make up to N × the limit (documented in docs/spend.md).
"""

import json
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from mitmproxy import http

from policy.model import Policy, RateLimit
from proxy import pages
from proxy.dialects import dialect

_MAX_SUBJECTS = 100_000  # bound on memory: windows of subjects idle for a whole window are forgotten
# Longer waits than this come with ``x-should-retry: false``: the OpenAI and Anthropic SDKs obey it and raise
# at once, instead of sleeping (Anthropic's SDK sleeps any Retry-After, however long) with the call hanging.
SDK_RETRY_CEILING = 60


@dataclass(frozen=True, slots=True)
class Limited:
    retry_after: int  # whole seconds, >= 1
    message: str
    limit: str  # which limit (name or per-subject description), for the event's reason


def window_of(limit: RateLimit) -> tuple[int, float]:
    """(requests allowed, window seconds) of a limit."""
    return max(1, limit.requests_per_minute * limit.window_seconds // 60), float(limit.window_seconds)


class RateLimiter:
    """Sliding-window request counters for the policy's ``rate_limits``."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._windows: dict[tuple[int, str, str], deque[float]] = {}

    def admit(self, policy: Policy, user: str, service_id: str) -> Limited | None:
        """Count this request against every limit that covers it; a Limited when one is full (not counted)."""
        if not policy.rate_limits:
            return None
        now = self._clock()
        hits = []
        for i, rl in enumerate(policy.rate_limits):
            subject = user if rl.per == "user" else service_id
            if rl.names is not None and subject not in rl.names:
                continue
            allowed, window = window_of(rl)
            q = self._windows.setdefault((i, rl.per, subject), deque())
            while q and q[0] <= now - window:
                q.popleft()
            if len(q) >= allowed:
                wait = max(1, math.ceil(q[0] + window - now))
                label = rl.name or f"{allowed} requests per minute per {rl.per}"
                return Limited(wait, f"Rate limit of your AI usage policy reached ({label}). "
                                     f"Please retry after {wait} s.", label)
            hits.append(q)
        for q in hits:  # admitted by every limit: count it in each
            q.append(now)
        if len(self._windows) > _MAX_SUBJECTS:
            self._windows = {k: q for k, q in self._windows.items() if q and q[-1] > now - 3600}
        return None


def rate_limit_body(dialect_name: str, message: str) -> dict:
    """The provider's own 429 error JSON (OpenAI, Anthropic, Gemini), from its dialect's error shape."""
    body = dialect(dialect_name).error_body(message)
    err = body.get("error") if isinstance(body, dict) else None
    if isinstance(err, dict):
        if body.get("type") == "error":  # Anthropic
            err["type"] = "rate_limit_error"
        elif "status" in err:  # Gemini / Google APIs
            err.update(code=429, status="RESOURCE_EXHAUSTED")
        else:  # OpenAI and compatible
            err.update(type="requests", code="rate_limit_exceeded")
    return body


def too_many_requests(flow: http.HTTPFlow, dialect_name: str, limited: Limited) -> http.Response:
    """A 429 answer with ``Retry-After``: provider-shaped JSON for SDKs, a short page for browsers."""
    resp = pages.refusal(flow, 429, limited.message, dialect_name, "block")
    if not pages.wants_html(flow) and dialect_name != "mcp":  # MCP: the JSON-RPC error pages.refusal made
        resp.set_content(json.dumps(rate_limit_body(dialect_name, limited.message)).encode())
    resp.headers["Retry-After"] = str(limited.retry_after)
    if limited.retry_after > SDK_RETRY_CEILING:
        resp.headers["x-should-retry"] = "false"
    return resp
