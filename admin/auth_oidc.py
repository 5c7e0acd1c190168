"""Single sign-on with OpenID Connect for the dashboard and the admin API (bearer tokens stay for scripts).

Authorization code flow with PKCE (S256), state and nonce (Authlib's OAuth2 client); the provider's discovery
document is read at the first log-in, its JWKS when a key id is new (so key rotation needs nothing); ID
tokens are checked with joserfc (signature, issuer, audience, expiry, nonce). The role comes from a claim
(``AIWARDEN_OIDC_ROLE_CLAIM``, default ``groups``) through ``AIWARDEN_OIDC_ROLE_MAP`` (``value=role,…``; the
strongest mapped role wins; none: the log-in is refused). The session is a signed cookie (HS256, HttpOnly,
Secure, SameSite=Lax: the provider's redirect back is a cross-site navigation) that ends after
``AIWARDEN_OIDC_SESSION_SECONDS``. Log-ins, refusals, role changes and log-outs are audited. The admin API
also takes an ID token of this provider as a bearer token, and the session cookie for reads.
"""

import hashlib
import hmac
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import OAuth2Client
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet, OctKey
from sqlmodel import Session, col, select

from inventory.audit import record_audit
from inventory.models import ApiToken, AuditEntry
from inventory.tokens import ROLES

log = logging.getLogger(__name__)
SSO_COOKIE = "aiwarden_sso"
TX_COOKIE = "aiwarden_sso_tx"
CALLBACK = "/ui/sso/callback"
_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"]


class OidcError(Exception):
    """The provider could not be used (unreachable, bad answer) or the log-in was not valid."""


def parse_role_map(text: str) -> dict[str, str]:
    """``value=role,…`` (claim value -> viewer | reviewer | admin); raises ValueError with one clear line."""
    out = {}
    for pair in filter(None, (p.strip() for p in text.split(","))):
        value, sep, role = pair.rpartition("=")
        if not sep or not value.strip() or role.strip() not in ROLES:
            raise ValueError(f"AIWARDEN_OIDC_ROLE_MAP must be claim-value=role,… with role one of "
                             f"{', '.join(ROLES)}; got {pair!r}")
        out[value.strip()] = role.strip()
    if not out:
        raise ValueError("AIWARDEN_OIDC_ROLE_MAP is empty: nobody could log in (e.g. aiwarden-admins=admin)")
    return out


@dataclass(frozen=True)
class OidcConfig:
    """The AIWARDEN_OIDC_* settings."""

    issuer: str
    client_id: str
    client_secret: str
    base_url: str  # the dashboard's public URL, e.g. https://aiwarden.example.com (redirect URI base)
    role_map: dict[str, str] = field(default_factory=dict)
    role_claim: str = "groups"
    scopes: str = "openid profile email"
    session_seconds: int = 8 * 3600

    def __post_init__(self) -> None:
        if not self.issuer.startswith(("https://", "http://")) or not self.client_id:
            raise ValueError("AIWARDEN_OIDC_ISSUER (an https:// URL) and AIWARDEN_OIDC_CLIENT_ID are needed")
        if not self.base_url.startswith(("https://", "http://")):
            raise ValueError("AIWARDEN_OIDC_BASE_URL must be the dashboard's URL, e.g. https://aiwarden.corp")
        if not self.role_map:
            raise ValueError("AIWARDEN_OIDC_ROLE_MAP is empty: nobody could log in (e.g. aiw-admins=admin)")

    @property
    def redirect_uri(self) -> str:
        return self.base_url.rstrip("/") + CALLBACK


class OidcClient:
    """Talks to the provider (discovery, token endpoint, JWKS) and signs our own session cookies."""

    def __init__(self, config: OidcConfig, secret: str, http: httpx.Client | None = None) -> None:
        self.config = config
        derived = hmac.new(secret.encode(), b"aiwarden-oidc-session", hashlib.sha256).digest()
        self._key = OctKey.import_key(derived)
        self._http = http or httpx.Client(timeout=10.0)
        self._meta: dict[str, Any] | None = None
        self._keys: KeySet | None = None
        self._keys_at = 0.0
        self._lock = threading.Lock()

    # -- provider ------------------------------------------------------------------------------
    def metadata(self) -> dict[str, Any]:
        if self._meta is None:
            url = self.config.issuer.rstrip("/") + "/.well-known/openid-configuration"
            meta = self._get_json(url)
            if meta.get("issuer") != self.config.issuer:
                raise OidcError("the discovery document names another issuer")
            self._meta = meta
        return self._meta

    def _get_json(self, url: str) -> dict[str, Any]:
        try:
            resp = self._http.get(url)
            resp.raise_for_status()
            return resp.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise OidcError(f"identity provider unreachable ({type(exc).__name__})") from exc

    def _keyset(self, refresh: bool) -> KeySet:
        with self._lock:
            # a new key id means the provider rotated its keys: read the JWKS again (at most once a second)
            if self._keys is None or (refresh and time.monotonic() - self._keys_at > 1.0):
                self._keys = KeySet.import_key_set(self._get_json(self.metadata()["jwks_uri"]))
                self._keys_at = time.monotonic()
            return self._keys

    def id_claims(self, id_token: str, nonce: str | None = None) -> dict[str, Any]:
        """The claims of a valid ID token of this provider for this client; raises OidcError."""
        try:
            try:
                token = jwt.decode(id_token, self._keyset(False), algorithms=_ALGORITHMS)
            except InvalidKeyIdError:
                token = jwt.decode(id_token, self._keyset(True), algorithms=_ALGORITHMS)
            wanted = {"iss": {"essential": True, "value": self.config.issuer},
                      "aud": {"essential": True, "value": self.config.client_id},
                      "exp": {"essential": True}, "sub": {"essential": True}}
            if nonce is not None:
                wanted["nonce"] = {"essential": True, "value": nonce}
            jwt.JWTClaimsRegistry(leeway=60, **wanted).validate(token.claims)
        except (JoseError, ValueError) as exc:
            raise OidcError(f"ID token refused ({type(exc).__name__})") from exc
        return token.claims

    def role_of(self, claims: dict[str, Any]) -> str | None:
        """The strongest role the claim maps to, or None."""
        value = claims.get(self.config.role_claim)
        values = value if isinstance(value, list) else [value] if value is not None else []
        roles = [self.config.role_map[str(v)] for v in values if str(v) in self.config.role_map]
        return max(roles, key=ROLES.index) if roles else None

    @staticmethod
    def who(claims: dict[str, Any]) -> str:
        return str(claims.get("email") or claims.get("preferred_username") or claims["sub"])[:190]

    # -- our cookies ---------------------------------------------------------------------------
    def sign(self, claims: dict[str, Any], seconds: int) -> str:
        return jwt.encode({"alg": "HS256"}, {**claims, "exp": int(time.time()) + seconds}, self._key)

    def unsign(self, value: str) -> dict[str, Any] | None:
        try:
            claims = jwt.decode(value, self._key, algorithms=["HS256"]).claims
            jwt.JWTClaimsRegistry(exp={"essential": True}).validate(claims)
            return claims
        except (JoseError, ValueError):
            return None

    def session_user(self, request: Request) -> tuple[str, ApiToken] | None:
        """(cookie value, the user as an unsaved ``ApiToken``) of a live SSO session, or None."""
        value = request.cookies.get(SSO_COOKIE)
        claims = self.unsign(value) if value else None
        if not claims or claims.get("kind") != "session" or claims.get("role") not in ROLES:
            return None
        return value, ApiToken(name=f"sso:{claims['who']}", role=claims["role"], token_hash="")

    def bearer_user(self, token: str) -> ApiToken | None:
        """The user of an ID token sent as a bearer token (scripts of people who log in with SSO)."""
        if token.count(".") != 2:
            return None
        try:
            claims = self.id_claims(token)
        except OidcError:
            return None
        role = self.role_of(claims)
        return ApiToken(name=f"sso:{self.who(claims)}", role=role, token_hash="") if role else None


router = APIRouter(include_in_schema=False)


def _client(request: Request) -> OidcClient:
    return request.app.state.oidc


@router.get("/ui/sso/login")
def sso_login(request: Request, next: str = "/ui/") -> Response:
    """Send the browser to the identity provider (authorization code flow with PKCE)."""
    client = _client(request)
    try:
        endpoint = client.metadata()["authorization_endpoint"]
    except (OidcError, KeyError):
        return _refused(request, 502, "The identity provider cannot be reached. Try again later.")
    verifier, nonce, state = generate_token(64), generate_token(32), generate_token(32)
    oauth = OAuth2Client(client.config.client_id, scope=client.config.scopes,
                         redirect_uri=client.config.redirect_uri, code_challenge_method="S256")
    url, _ = oauth.create_authorization_url(endpoint, code_verifier=verifier, nonce=nonce, state=state)
    tx = client.sign({"kind": "tx", "state": state, "nonce": nonce, "verifier": verifier,
                      "next": next if next.startswith("/ui/") else "/ui/"}, 600)
    resp = RedirectResponse(url, 303)
    resp.set_cookie(TX_COOKIE, tx, max_age=600, path="/ui/sso", httponly=True, samesite="lax",
                    secure=True)
    return resp


@router.get(CALLBACK)
def sso_callback(request: Request, code: str = "", state: str = "", error: str = "") -> Response:
    """The provider's answer: check it, map the role, start the session (or refuse, audited)."""
    client = _client(request)
    tx = client.unsign(request.cookies.get(TX_COOKIE, ""))
    if error or not tx or tx.get("kind") != "tx" or not hmac.compare_digest(tx["state"], state) or not code:
        return _refused(request, 400, "This log-in has expired or was not started here. Please log in again.")
    try:
        meta = client.metadata()
        secret = client.config.client_secret
        oauth = OAuth2Client(client.config.client_id, secret or None, redirect_uri=client.config.redirect_uri,
                             code_challenge_method="S256", timeout=10.0,
                             token_endpoint_auth_method="client_secret_basic" if secret else "none")
        with oauth:
            token = oauth.fetch_token(meta["token_endpoint"], code=code, code_verifier=tx["verifier"],
                                      grant_type="authorization_code")
        claims = client.id_claims(token["id_token"], nonce=tx["nonce"])
    except (OidcError, KeyError, httpx.HTTPError, ValueError) as exc:
        log.warning("single sign-on failed (%s)", type(exc).__name__)
        return _refused(request, 401, "The identity provider's answer was not accepted. Please log in again.")
    who, role = client.who(claims), client.role_of(claims)
    engine = request.app.state.deps.engine
    with Session(engine) as session:
        if role is None:
            record_audit(session, f"sso:{who}", "sso.login_refused", who,
                         {"reason": f"no role in claim {client.config.role_claim}"})
            session.commit()
            return _refused(request, 403, "Your account has no aiwarden role. Ask the security team.")
        stmt = select(AuditEntry).where(AuditEntry.action == "sso.login", AuditEntry.target == who)
        last = session.exec(stmt.order_by(col(AuditEntry.id).desc()).limit(1)).first()
        if last is not None and last.detail.get("role") != role:
            record_audit(session, f"sso:{who}", "sso.role_change", who,
                         {"from": last.detail.get("role"), "to": role})
        record_audit(session, f"sso:{who}", "sso.login", who, {"role": role})
        session.commit()
    value = client.sign({"kind": "session", "who": who, "role": role}, client.config.session_seconds)
    resp = RedirectResponse(tx["next"], 303)
    resp.set_cookie(SSO_COOKIE, value, max_age=client.config.session_seconds, path="/", httponly=True,
                    samesite="lax", secure=True)
    resp.delete_cookie(TX_COOKIE, path="/ui/sso")
    return resp


def logout_url(request: Request) -> str | None:
    """Where the dashboard's log-out goes for an SSO session (audited): a page that offers the provider's
    log-out (a redirect there straight from the form would be stopped by the dashboard's form-action CSP)."""
    client: OidcClient | None = getattr(request.app.state, "oidc", None)
    sso = client.session_user(request) if client else None
    if client is None or sso is None:
        return None
    with Session(request.app.state.deps.engine) as session:
        record_audit(session, sso[1].name, "sso.logout", sso[1].name.removeprefix("sso:"))
        session.commit()
    return "/ui/sso/logged-out"


@router.get("/ui/sso/logged-out")
def logged_out(request: Request) -> Response:
    from admin.dashboard.routes import _page

    client = _client(request)
    try:
        end = client.metadata().get("end_session_endpoint")
    except OidcError:
        end = None
    back = client.config.base_url.rstrip("/") + "/ui/login"
    query = urlencode({"client_id": client.config.client_id, "post_logout_redirect_uri": back})
    return _page(request, "sso_logged_out.html", None, end_session=f"{end}?{query}" if end else "")


def _refused(request: Request, status: int, message: str) -> Response:
    from admin.dashboard.routes import _page  # the dashboard's page frame (headers, CSP)

    resp = _page(request, "error.html", None, status, message=message)
    resp.delete_cookie(TX_COOKIE, path="/ui/sso")
    return resp
