"""A small OpenID provider for the SSO tests, its own process: ``python -m tests.integrations.oidc_provider``.

Discovery document, JWKS, authorization endpoint with a log-in form (user name only), token endpoint
(authorization code, client_secret_basic, PKCE S256 checked, codes used once), end-session endpoint. Test
controls: POST /test/users (who exists, with which groups), POST /test/rotate (new signing key; the old one
leaves the JWKS), POST /test/mint (an ID token for a user, signed with the current or the previous key).
Signing with joserfc (Authlib's JOSE library).
"""

import argparse
import base64
import hashlib
import html
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey


class Provider:
    def __init__(self, issuer: str, client_id: str, client_secret: str, redirect_uris: list[str]) -> None:
        self.issuer, self.client_id, self.client_secret = issuer, client_id, client_secret
        self.redirect_uris = redirect_uris
        self.users: dict[str, dict] = {}
        self.codes: dict[str, dict] = {}
        self.generation = 1
        self.key = RSAKey.generate_key(2048, parameters={"kid": "key-1", "use": "sig", "alg": "RS256"})
        self.previous: RSAKey | None = None
        self.lock = threading.Lock()

    def rotate(self) -> str:
        with self.lock:
            self.generation += 1
            self.previous = self.key
            kid = f"key-{self.generation}"
            self.key = RSAKey.generate_key(2048, parameters={"kid": kid, "use": "sig", "alg": "RS256"})
            return kid

    def id_token(self, user: str, nonce: str | None = None, previous: bool = False, ttl: int = 300) -> str:
        info = self.users[user]
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "aud": self.client_id,
            "sub": f"sub-{user}",
            "iat": now,
            "exp": now + ttl,
            "email": info.get("email", f"{user}@example.com"),
            "groups": info.get("groups", []),
        }
        if nonce:
            claims["nonce"] = nonce
        key = self.previous if previous and self.previous else self.key
        return jwt.encode({"alg": "RS256", "kid": key.kid}, claims, key)

    def discovery(self) -> dict:
        i = self.issuer
        return {
            "issuer": i,
            "authorization_endpoint": f"{i}/authorize",
            "token_endpoint": f"{i}/token",
            "jwks_uri": f"{i}/jwks",
            "end_session_endpoint": f"{i}/logout",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic"],
        }


def handler(p: Provider):
    class Handler(BaseHTTPRequestHandler):
        def _send(
            self, status: int, body: bytes, ctype: str = "application/json", headers: dict | None = None
        ):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def _json(self, status: int, obj) -> None:
            self._send(status, json.dumps(obj).encode())

        def _form(self) -> dict[str, str]:
            body = self.rfile.read(int(self.headers.get("content-length") or 0)).decode()
            if self.headers.get("content-type", "").startswith("application/json"):
                return json.loads(body or "{}")
            return {k: v[0] for k, v in parse_qs(body).items()}

        def do_GET(self):  # noqa: N802
            url = urlsplit(self.path)
            q = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/.well-known/openid-configuration":
                return self._json(200, p.discovery())
            if url.path == "/jwks":
                return self._json(200, {"keys": [p.key.as_dict(private=False)]})
            if url.path == "/authorize":
                if q.get("client_id") != p.client_id or q.get("redirect_uri") not in p.redirect_uris:
                    return self._send(400, b"unknown client or redirect_uri", "text/plain")
                if (
                    q.get("response_type") != "code"
                    or q.get("code_challenge_method") != "S256"
                    or not q.get("code_challenge")
                ):
                    return self._send(400, b"code flow with PKCE S256 required", "text/plain")
                hidden = "".join(
                    f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                    for k, v in q.items()
                )
                page = (
                    f'<!doctype html><title>Test IdP</title><form method="post" action="/authorize">{hidden}'
                    '<label>User <input id="username" name="username"></label>'
                    '<button id="signin" type="submit">Sign in</button></form>'
                )
                return self._send(200, page.encode(), "text/html")
            if url.path == "/logout":
                back = q.get("post_logout_redirect_uri", "")
                page = (f'<!doctype html><title>Signed out</title><p id="out">Signed out.</p>'
                        f'<a href="{html.escape(back)}">back</a>')
                return self._send(200, page.encode(), "text/html")
            self._send(404, b"{}")

        def do_POST(self):  # noqa: N802
            url = urlsplit(self.path)
            f = self._form()
            if url.path == "/authorize":
                user = f.get("username", "")
                if user not in p.users:
                    return self._send(401, b"no such user", "text/plain")
                code = secrets.token_urlsafe(24)
                p.codes[code] = {
                    "user": user,
                    "nonce": f.get("nonce"),
                    "challenge": f["code_challenge"],
                    "redirect_uri": f["redirect_uri"],
                    "at": time.time(),
                }
                target = f["redirect_uri"] + "?" + urlencode({"code": code, "state": f.get("state", "")})
                return self._send(303, b"", "text/plain", {"Location": target})
            if url.path == "/token":
                auth = self.headers.get("authorization", "")
                expected = base64.b64encode(f"{p.client_id}:{p.client_secret}".encode()).decode()
                if auth != f"Basic {expected}":
                    return self._json(401, {"error": "invalid_client"})
                grant = p.codes.pop(f.get("code", ""), None)  # a code is used once
                if (
                    grant is None
                    or f.get("grant_type") != "authorization_code"
                    or f.get("redirect_uri") != grant["redirect_uri"]
                ):
                    return self._json(400, {"error": "invalid_grant"})
                digest = hashlib.sha256(f.get("code_verifier", "").encode()).digest()
                if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != grant["challenge"]:
                    return self._json(400, {"error": "invalid_grant", "error_description": "PKCE"})
                return self._json(
                    200,
                    {
                        "access_token": secrets.token_urlsafe(24),
                        "token_type": "Bearer",
                        "expires_in": 300,
                        "id_token": p.id_token(grant["user"], grant["nonce"]),
                    },
                )
            if url.path == "/test/users":
                p.users = f
                return self._json(200, {"ok": True})
            if url.path == "/test/rotate":
                return self._json(200, {"kid": p.rotate()})
            if url.path == "/test/mint":
                return self._json(200, {"id_token": p.id_token(f["user"], previous=bool(f.get("previous")))})
            self._send(404, b"{}")

        def log_message(self, *args):
            pass

    return Handler


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--client-id", required=True)
    ap.add_argument("--client-secret", required=True)
    ap.add_argument("--redirect-uri", action="append", required=True)
    a = ap.parse_args()
    issuer = f"http://127.0.0.1:{a.port}"
    provider = Provider(issuer, a.client_id, a.client_secret, a.redirect_uri)
    ThreadingHTTPServer(("127.0.0.1", a.port), handler(provider)).serve_forever()


if __name__ == "__main__":
    main()
