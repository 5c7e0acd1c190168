"""What the policy's action does to a request: answer it at once (block, redirect, coaching page) or
prepare it for forwarding (scrub, allow, coach for API calls), and the employee-facing answers.
"""

import logging
from typing import TYPE_CHECKING

from mitmproxy import http

from inventory.models import UsageEvent
from policy.engine import RequestContext, decide
from proxy import metrics, pages
from proxy.catalog import normalize_host
from proxy.coach import FORM_TTL, cookie_name, set_cookie, take_cookies
from proxy.discovery import unknown_service_id
from proxy.identity import identify
from proxy.routing import redirect_target
from proxy.state import FlowState
from proxy.upstream_errors import bedrock_stream_refusal

if TYPE_CHECKING:
    from proxy.addon import AIWarden

log = logging.getLogger("aiwarden.proxy")
READ_LIMIT = 1024 * 1024  # allow/coach request bodies up to this are read (model name, size); larger stream
_CLIENT_CREDENTIALS = ("authorization", "x-api-key", "api-key", "x-goog-api-key", "openai-organization",
                       "openai-project")


def refuse(flow: http.HTTPFlow, st: FlowState, status: int, message: str, action: str = "block",
           reason: str = "") -> None:
    """Answer in the provider's shape (or a page for browsers); ``reason`` is what the inventory records."""
    st.action, st.canned = action, True
    if reason:
        st.reason = reason
    flow.response = pages.refusal(flow, status, message, st.dialect, action)


def act(w: "AIWarden", flow: http.HTTPFlow, st: FlowState, in_headers: bool) -> None:
    """Answer at once (block, redirect, coaching page) or prepare forwarding (scrub, allow, coach)."""
    req = flow.request
    decision = st.decision
    policy = w.policy()
    acks = take_cookies(req)  # our coaching cookies are for us only, never for the vendor
    if w.spend.refuses(flow, policy):  # a rate limit or budget answered it
        return
    prefix = f"{policy.name}: "
    browser = pages.wants_html(flow)
    if decision.action == "block":
        why = decision.reason.removeprefix(prefix)
        return refuse(flow, st, 403, f"Blocked by {policy.name}: {why}.{alternative(w, st, browser)}")
    if decision.action == "redirect":
        if pages.wants_html(flow) and decision.redirect_to:
            st.canned = True
            flow.response = http.Response.make(302, b"", {"Location": decision.redirect_to,
                                                          "X-AIWarden-Action": "redirect",
                                                          "Cache-Control": "no-store"})
            return
        if not reroute(w, flow, decision.redirect_to):
            return refuse(flow, st, 403, f"Not allowed by {policy.name}: "
                          f"{decision.reason.removeprefix(prefix)}.{alternative(w, st, browser)}", "redirect")
        st.scrub = policy.defaults.sanctioned_action == "scrub"
    elif decision.action == "coach" and pages.wants_html(flow):
        if not w.coach.valid(acks.get(cookie_name(st.service_id)), "ack", st.user, st.service_id):
            st.canned = True
            form = w.coach.make("form", st.user, st.service_id, FORM_TTL)
            flow.response = pages.coach_page(st.service.name, st.service_id, decision.coaching,
                                             decision.reason, req.path, form)
            return
    elif decision.action == "scrub":
        st.scrub = True
    if st.scrub:
        if req.headers.get("upgrade", "").lower() == "websocket":
            # No scrubbing of WebSocket messages (e.g. OpenAI's Realtime API): refuse, never pass through.
            return refuse(flow, st, 403, "aiwarden cannot check WebSocket messages for personal data, so "
                          "this connection was not opened.", reason="WebSocket cannot be scrubbed")
        if (bedrock := bedrock_stream_refusal(req.path)) is not None:  # a binary event stream: no restore
            st.action, st.canned, st.reason = "block", True, "Bedrock event stream cannot be scrubbed"
            flow.response = bedrock
            return
        size = req.headers.get("content-length", "")
        if size.isdigit() and int(size) > w.max_body:  # refuse before buffering it
            from proxy.scrubbing import too_large

            no = too_large(w.max_body)
            return refuse(flow, st, no.status, no.message, reason=no.reason)
    w.tenant.apply(req.headers, req.pretty_host, st.service_id)  # overwritten, never appended
    if in_headers and not st.scrub and not readable(req):
        req.stream = True  # nothing we need from a large or unframed body: forward as it arrives
        route(w, flow, st)


def readable(req: http.Request) -> bool:
    size = req.headers.get("content-length", "")
    return size.isdigit() and int(size) <= READ_LIMIT and "json" in req.headers.get("content-type", "")


def alternative(w: "AIWarden", st: FlowState, browser: bool) -> str:
    """A sentence naming what the employee may use instead (a person in a browser: not an API)."""
    if st.decision.redirect_to:
        return f" Please use {st.decision.redirect_to} instead."
    services = [(s, w.catalog.services[s]) for s, sp in w.policy().services.items()
                if sp.sanctioned and s in w.catalog.services]
    if browser:
        services = [(s, svc) for s, svc in services if svc.category != "api"]
    names = [svc.name for _, svc in services][:3]
    return f" Sanctioned alternative: {', '.join(names)}." if names else ""


def reroute(w: "AIWarden", flow: http.HTTPFlow, redirect_to: str | None) -> bool:
    """Send an API call to the sanctioned endpoint with the corporate credential; False if we cannot."""
    if not redirect_to:
        return False
    try:
        target, path = redirect_target(redirect_to, flow.request.path)
    except ValueError:
        return False
    cred = w.credentials.get(target.host.lower())
    if cred is None:
        return False  # never forward the employee's own key to the sanctioned endpoint
    req = flow.request
    for h in _CLIENT_CREDENTIALS:
        req.headers.pop(h, None)
    req.query.pop("key", None)
    req.scheme, req.host, req.port = target.scheme, target.host, target.port
    req.path = path
    req.headers[cred.header] = cred.value
    return True


def route(w: "AIWarden", flow: http.HTTPFlow, st: FlowState) -> None:
    """Forwarding is settled: apply an upstream override (staging, tests); the Host header stays."""
    st.routed = True
    req = flow.request
    target = w.overrides.get(req.host.lower()) or w.overrides.get(req.pretty_host)
    if target:
        host_header = req.headers.get("host")
        req.scheme, req.host, req.port = target.scheme, target.host, target.port
        if host_header:
            req.headers["host"] = host_header  # upstream still sees which service was meant


def acknowledge(w: "AIWarden", flow: http.HTTPFlow, coach_ttl: int) -> None:
    """The coaching page's continue button: a cookie acknowledging it for this user and service, then
    back to the page they wanted. Only with the page's own form token (no cross-site acknowledgement)."""
    req = flow.request
    html = {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"}
    if req.method != "POST":
        flow.response = http.Response.make(405, b"use the button on the page", {"Allow": "POST"})
        return
    service = req.query.get("service", "")
    host = normalize_host(req.pretty_host)
    if service not in {s.id for s in w.catalog.candidates(host)} | {unknown_service_id(host)}:
        page = pages.html_page("Unknown service", "Nothing to confirm.")
        flow.response = http.Response.make(400, page, html)
        return
    who = identify(flow.metadata, flow.client_conn.peername)
    if not w.coach.valid(req.query.get("token"), "form", who.user, service):
        flow.response = http.Response.make(403, pages.html_page(
            "Please use the button on the page",
            "This confirmation did not come from a current aiwarden page (it may have expired). "
            "Reload the page you wanted and confirm there."), html)
        return
    token = w.coach.make("ack", who.user, service, coach_ttl)
    cookie = set_cookie(service, token, coach_ttl, secure=req.scheme == "https")
    decision = decide(RequestContext(user=who.user, service_id=service), w.policy())
    w.sink.record(UsageEvent(
        user=who.user, client_addr=who.client_addr, service_id=service, host=host, path=pages.ACK_PATH,
        method="POST", action="coach_ack", reason="employee read the coaching page and continued",
        status=303, policy_version=decision.policy_version,
    ))
    metrics.REQUESTS.labels("coach_ack").inc()
    flow.response = http.Response.make(303, b"", {"Location": pages.safe_next(req.query.get("next", "/")),
                                                  "X-AIWarden-Action": "coach_ack",
                                                  "Cache-Control": "no-store", "Set-Cookie": cookie})
