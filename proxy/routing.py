"""Upstream overrides (``host=url,host=url``): send a service's traffic elsewhere, e.g. staging."""

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class Target:
    scheme: str
    host: str
    port: int


def parse_overrides(spec: str) -> dict[str, Target]:
    """Parse ``host=url,...``; raise ValueError naming the bad entry."""
    out: dict[str, Target] = {}
    for item in filter(None, (p.strip() for p in spec.split(","))):
        host, sep, url = item.partition("=")
        parts = urlsplit(url.strip())
        if not sep or not host.strip() or parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"upstream override {item!r}: expected host=http(s)://target[:port]")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        out[host.strip().lower()] = Target(parts.scheme, parts.hostname, port)
    return out
