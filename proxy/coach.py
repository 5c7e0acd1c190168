"""Coaching acknowledgements as signed tokens: all proxies honour them, restarts keep them, no forgery.

The coaching page's continue button carries a *form* token (bound to the user, the service and a short
expiry), so another web site cannot acknowledge on the employee's behalf with a cross-site POST. A valid
POST is answered with an *ack* cookie on the AI service's own host, bound to the same user and service and
valid for ``aiwarden_coach_ttl``; every aiwarden proxy with the same installation secret accepts it, and
the cookie is removed from requests before they are forwarded, so the vendor never sees it.
"""

import hashlib
import hmac
import os
import re
import time

from mitmproxy import http

COOKIE_PREFIX = "aiwarden_coach_"
FORM_TTL = 3600  # seconds a coaching page's continue button stays valid


def cookie_name(service_id: str) -> str:
    return COOKIE_PREFIX + re.sub(r"[^A-Za-z0-9_-]", "_", service_id)


class CoachTokens:
    """HMAC-SHA256 tokens ``<expiry>.<mac>`` over (purpose, user, service, expiry)."""

    def __init__(self, secret: str = "") -> None:
        # The installation secret (shared by all proxies) or, without one, a per-process random key.
        base = secret.encode() if secret else os.urandom(32)
        self._key = hmac.new(base, b"aiwarden coach tokens v1", hashlib.sha256).digest()

    def _mac(self, purpose: str, user: str, service: str, expiry: int) -> str:
        msg = "\x1f".join((purpose, user, service, str(expiry))).encode()
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()[:40]

    def make(self, purpose: str, user: str, service: str, ttl: float, now: float | None = None) -> str:
        expiry = int((now or time.time()) + ttl)
        return f"{expiry}.{self._mac(purpose, user, service, expiry)}"

    def valid(self, token: str | None, purpose: str, user: str, service: str,
              now: float | None = None) -> bool:
        expiry, _, mac = (token or "").partition(".")
        if not expiry.isdigit() or int(expiry) < (now or time.time()):
            return False
        return hmac.compare_digest(mac, self._mac(purpose, user, service, int(expiry)))


def take_cookies(req: http.Request) -> dict[str, str]:
    """Remove every aiwarden coaching cookie from the request (never forwarded); return them by name."""
    if "cookie" not in req.headers:
        return {}
    ours = {k: v for k, v in req.cookies.items(multi=True) if k.startswith(COOKIE_PREFIX)}
    if ours:
        kept = [(k, v) for k, v in req.cookies.items(multi=True) if not k.startswith(COOKIE_PREFIX)]
        if kept:
            req.cookies = kept
        else:
            del req.headers["cookie"]
    return ours


def set_cookie(service_id: str, token: str, ttl: int, secure: bool) -> str:
    """The Set-Cookie value holding an acknowledgement for ``service_id`` on the current host."""
    return (f"{cookie_name(service_id)}={token}; Path=/; Max-Age={ttl}; HttpOnly; SameSite=Lax"
            + ("; Secure" if secure else ""))
