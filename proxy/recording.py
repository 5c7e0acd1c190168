"""The usage event of one AI request: metadata only (never prompt text, personal data, keys or a raw path)."""

import math
import time

from mitmproxy import http

from inventory.models import UsageEvent
from proxy import urls
from proxy.dialects import Usage
from proxy.state import FlowState
from proxy.upstream_errors import describe

_FAILURES = {"unreachable": "the AI service could not be reached", "timeout": "the AI service timed out",
             "reset": "the answer was cut off",
             "reset before answer": "the AI service broke off the connection"}


def usage_event(flow: http.HTTPFlow, st: FlowState, usage: Usage) -> UsageEvent:
    resp = flow.response
    reason = st.reason
    status = resp.status_code if resp else None
    if flow.error:  # the client got an error in the provider's shape (proxy/upstream_errors.py)
        failed, kind = describe(flow)
        status = status if resp is not None and resp.stream else failed
        if kind == "reset" and resp is None:
            kind = "reset before answer"
        reason = f"{reason} ({_FAILURES[kind]})"
    tokens_in, estimated = usage.tokens_in, False
    if tokens_in is None and st.chars:
        tokens_in, estimated = math.ceil(st.chars / 4), True  # ~4 characters per token
    req = flow.request
    size = len(req.raw_content or b"") or int(req.headers.get("content-length") or 0)
    return UsageEvent(
        user=st.user, client_addr=st.client_addr, service_id=st.service_id, host=st.host,
        path=urls.route(req.path),  # a route: structure kept, ids and free text replaced
        method=req.method, action=st.action, reason=reason[:500], pii_counts=st.pii_counts,
        status=status, request_bytes=size,
        response_bytes=len(resp.raw_content or b"") if resp and resp.raw_content else 0,
        latency_ms=round((time.time() - st.started) * 1000, 2),
        policy_version=st.decision.policy_version, group=st.group,
        model=(st.model or usage.model)[:200], tokens_in=tokens_in, tokens_out=usage.tokens_out,
        tokens_estimated=estimated, personal_account=st.personal, key_fingerprint=st.key_fingerprint,
        unknown_ai=st.service.unknown,
    )
