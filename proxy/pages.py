"""What employees see when aiwarden steps in: provider-shaped JSON for tools, a short page for people."""

import html
import json
import re
from urllib.parse import quote

from mitmproxy import http

from proxy.dialects import dialect

ACK_PATH = "/__aiwarden/coach/continue"

_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}}
h1{{font-size:1.4rem}} .why{{background:#f4f4f4;padding:.75rem 1rem;border-radius:6px}}
button{{font:inherit;padding:.5rem 1.2rem;border-radius:6px;border:1px solid #245;background:#245;color:#fff}}
</style></head>
<body><main><h1>{title}</h1><p class="why">{message}</p>{extra}
<p><small>aiwarden — your organisation's AI usage policy</small></p></main></body></html>"""


def wants_html(flow: http.HTTPFlow) -> bool:
    """A browser navigation (not an SDK or fetch call) gets a page rather than JSON."""
    accept = flow.request.headers.get("accept", "")
    return "text/html" in accept and flow.request.method == "GET"


_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)]")


def html_page(title: str, message: str, extra: str = "") -> str:
    """A small self-contained page; ``title`` and ``message`` are escaped, ``extra`` is trusted HTML.
    Web addresses in ``message`` (the sanctioned tool in a coaching text) become links."""
    linked = _WEB_ADDRESS.sub(lambda m: f'<a href="{m[0]}">{m[0]}</a>', html.escape(message, quote=True))
    return _PAGE.format(title=html.escape(title), message=linked, extra=extra)


def header_text(text: str) -> str:
    """Text for a header of ours (X-AIWarden-Notice, X-AIWarden-Budget): ASCII, at most 300 characters."""
    return text.encode("ascii", "replace").decode()[:300]


def _headers(action: str, ctype: str) -> dict[str, str]:
    return {"X-AIWarden-Action": action, "Cache-Control": "no-store", "Content-Type": ctype}


def refusal(flow: http.HTTPFlow, status: int, message: str, dialect_name: str, action: str) -> http.Response:
    """An error the client understands: the provider's own error JSON, or a page for browsers."""
    if dialect_name == "mcp":  # a JSON-RPC error for each request id: the agent's session goes on
        from proxy import mcp

        return mcp.refusal_response(flow, status, message, action, _headers(action, "application/json"))
    if wants_html(flow):
        body = html_page("This request was stopped by your AI usage policy", message)
        return http.Response.make(status, body, _headers(action, "text/html; charset=utf-8"))
    body = json.dumps(dialect(dialect_name).error_body(message))
    return http.Response.make(status, body, _headers(action, "application/json"))


def coach_page(service_name: str, service_id: str, coaching: str, reason: str,
               next_path: str, token: str) -> http.Response:
    """The interstitial: what the policy says about this service, and a button to continue anyway
    (``token``: the signed form token the acknowledgement must carry, see proxy/coach.py)."""
    action = (f"{ACK_PATH}?service={quote(service_id, safe='')}&next={quote(next_path, safe='')}"
              f"&token={quote(token, safe='')}")
    extra = (f'<p>{html.escape(reason)}</p><form method="post" action="{html.escape(action)}">'
             '<button type="submit" id="aiwarden-continue">I understand, continue</button></form>')
    body = html_page(f"Before you use {service_name}", coaching or reason, extra)
    return http.Response.make(200, body, _headers("coach", "text/html; charset=utf-8"))


def safe_next(value: str) -> str:
    """A same-site path to return to after the interstitial ("/" when the value is not one)."""
    if not value.startswith("/") or value.startswith("//") or "\\" in value or any(c < " " for c in value):
        return "/"
    return value
