"""What employees see when aiwarden steps in: provider-shaped JSON for tools, a short page for people."""

import html
import json

from mitmproxy import http

from proxy.dialects import dialect

_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}}
h1{{font-size:1.4rem}} .why{{background:#f4f4f4;padding:.75rem 1rem;border-radius:6px}}</style></head>
<body><main><h1>{title}</h1><p class="why">{message}</p>{extra}
<p><small>aiwarden — your organisation's AI usage policy</small></p></main></body></html>"""


def wants_html(flow: http.HTTPFlow) -> bool:
    """A browser navigation (not an SDK or fetch call) gets a page rather than JSON."""
    accept = flow.request.headers.get("accept", "")
    return "text/html" in accept and flow.request.method == "GET"


def html_page(title: str, message: str, extra: str = "") -> str:
    return _PAGE.format(title=html.escape(title), message=html.escape(message), extra=extra)


def refusal(flow: http.HTTPFlow, status: int, message: str, dialect_name: str, action: str) -> http.Response:
    """An error the client understands: the provider's own error JSON, or a page for browsers."""
    headers = {"X-AIWarden-Action": action, "Cache-Control": "no-store"}
    if wants_html(flow):
        body = html_page("This request was stopped by your AI usage policy", message)
        return http.Response.make(status, body, {**headers, "Content-Type": "text/html; charset=utf-8"})
    body = json.dumps(dialect(dialect_name).error_body(message))
    return http.Response.make(status, body, {**headers, "Content-Type": "application/json"})
