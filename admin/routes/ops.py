"""Operations endpoints without authentication: Prometheus metrics and the proxy auto-config file."""

import re

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Gauge, generate_latest
from sqlmodel import Session

from admin.deps import Deps
from policy.store import latest_id

router = APIRouter(tags=["operations"])

PUBLISHED = Gauge("aiwarden_policy_published_version", "Newest policy version in the database (0: none)")
_PROXY = re.compile(r"[A-Za-z0-9.:\[\]-]{1,300}")
_HOST = re.compile(r"[a-z0-9*](?:[a-z0-9*._-]*[a-z0-9*])?")


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {}}, "description": "Prometheus text format"}},
)
def metrics(deps: Deps) -> Response:
    """Prometheus metrics of this process (no payloads, no user names)."""
    try:
        with Session(deps.engine) as session:
            PUBLISHED.set(latest_id(session) or 0)
    except Exception:  # metrics must still answer when the database is down
        pass
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)


def pac_file(hosts: list[str], proxy: str) -> str:
    """A PAC file that sends only the listed AI hosts (wildcards allowed) to ``proxy``; the rest go direct."""
    exact = sorted({h.lower() for h in hosts if _HOST.fullmatch(h.lower()) and "*" not in h})
    wild = sorted({h.lower() for h in hosts if _HOST.fullmatch(h.lower()) and "*" in h})
    lines = [
        "// aiwarden: only AI services go through the proxy; everything else goes direct.",
        "function FindProxyForURL(url, host) {",
        "  host = host.toLowerCase();",
        f'  var proxy = "PROXY {proxy}";',
    ]
    lines += [f'  if (host == "{h}") return proxy;' for h in exact]
    lines += [f'  if (shExpMatch(host, "{h}")) return proxy;' for h in wild]
    lines += ['  return "DIRECT";', "}", ""]
    return "\n".join(lines)


@router.get(
    "/proxy.pac",
    response_class=Response,
    responses={200: {"content": {"application/x-ns-proxy-autoconfig": {}}, "description": "PAC file"}},
)
def proxy_pac(request: Request, deps: Deps) -> Response:
    """Proxy auto-config for browsers: AI hosts from the catalog through the proxy, the rest direct."""
    hosts = list(deps.pac_hosts() if callable(deps.pac_hosts) else deps.pac_hosts)
    proxy = deps.pac_proxy or f"{request.url.hostname or '127.0.0.1'}:{deps.pac_port}"
    if not _PROXY.fullmatch(proxy):  # the Host header is client input: never echo it into JavaScript
        proxy = f"127.0.0.1:{deps.pac_port}"
    return Response(
        pac_file(hosts, proxy),
        media_type="application/x-ns-proxy-autoconfig",
        headers={"Cache-Control": "max-age=300"},
    )
