"""Where AI traffic goes: upstream overrides (``host=url,…``, staging/tests) and policy redirects."""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

_VERSION = re.compile(r"/v\d+(?:alpha|beta)?\d*(?=/|$)")


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


@dataclass(frozen=True, slots=True)
class Credential:
    """A corporate credential for a sanctioned endpoint: the header to set and its value (never shown)."""

    header: str
    value: str = field(repr=False)


def parse_credentials(spec: str, environ: Mapping[str, str]) -> dict[str, Credential]:
    """Parse ``host=Header-Name:ENV_VAR,...``; each value is read from the environment variable named.

    The secret itself never appears in settings files, options or the policy document. Raise
    ValueError naming the entry (never the value) when it is malformed or the variable is unset.
    """
    out: dict[str, Credential] = {}
    for item in filter(None, (p.strip() for p in spec.split(","))):
        host, sep, rest = item.partition("=")
        header, sep2, var = rest.partition(":")
        host, header, var = host.strip().lower(), header.strip(), var.strip()
        if not (sep and sep2 and host and header and var):
            raise ValueError(f"redirect credential {host or item!r}: expected host=Header-Name:ENV_VAR")
        value = environ.get(var, "").strip()
        if not value:
            raise ValueError(f"redirect credential for {host}: environment variable {var} is not set")
        if header.lower() == "authorization" and " " not in value:
            value = f"Bearer {value}"
        out[host] = Credential(header, value)
    return out


def redirect_target(redirect_to: str, path: str) -> tuple[Target, str]:
    """Where an API call goes when rerouted to ``redirect_to``, and its new path (with query).

    The original path is appended to the redirect path; when the redirect path ends with an API version
    (``…/openai/v1``), only the endpoint after the original's version is (``/chat/completions``).
    The redirect URL's query (e.g. Azure's ``api-version``) is added to the request's. Raise ValueError
    when ``redirect_to`` is not a URL.
    """
    parts = urlsplit(redirect_to)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("redirect_to is not an http(s) URL")
    base = parts.path.rstrip("/")
    p, _, query = path.partition("?")
    if _VERSION.fullmatch("/" + base.rsplit("/", 1)[-1]) and (m := _VERSION.search(p)):
        p = p[m.end():]  # the endpoint after the version: /openai/v1/chat/completions → /chat/completions
    query = "&".join(q for q in (query, parts.query) if q)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return Target(parts.scheme, parts.hostname, port), base + p + (f"?{query}" if query else "")
