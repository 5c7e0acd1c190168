"""What the admin app is given (``AdminDeps``) and its request dependencies: session, policy, roles."""

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.engine import Engine
from sqlmodel import Session

from inventory.models import ApiToken
from inventory.pseudonym import Pseudonymizer
from inventory.tokens import has_role, lookup_token
from policy.model import Policy
from policy.store import current_policy


@dataclass(frozen=True, slots=True)
class AdminDeps:
    """Everything the admin app needs, built once by the caller and passed to ``create_app``.

    ``policy``: the policy this process loaded (used until a version is published); ``readiness``: extra
    ``/readyz`` checks by name; ``pac_hosts``: the AI host patterns of ``/proxy.pac`` (from the catalog);
    ``pac_proxy``: the ``host:port`` browsers use as proxy (default: this host name, ``pac_port``);
    ``fingerprint_secret``: the proxy's API-key fingerprint secret (default: one generated in the
    database); ``pseudonymizer``: set in pseudonymous mode, for audited reveals; ``catalog_extra``: the
    local catalog file ``/api/v1/catalog/local`` edits.
    """

    engine: Engine
    policy: Callable[[], Policy]
    readiness: Mapping[str, Callable[[], bool]] = field(default_factory=dict)
    pac_hosts: Sequence[str] | Callable[[], Sequence[str]] = ()
    pac_proxy: str | None = None
    fingerprint_secret: str | None = None
    pseudonymizer: Pseudonymizer | None = None
    catalog_extra: Path | None = None  # the local catalog file the API edits (AIWARDEN_CATALOG_EXTRA)
    oidc: Any = None  # admin.auth_oidc.OidcConfig: single sign-on (AIWARDEN_OIDC_*), None: tokens only
    pac_port: int = 8080  # the proxy's port, for /proxy.pac when pac_proxy is not set


def get_deps(request: Request) -> AdminDeps:
    return request.app.state.deps


Deps = Annotated[AdminDeps, Depends(get_deps)]


def get_session(deps: Deps) -> Iterator[Session]:
    with Session(deps.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]

_bearer = HTTPBearer(auto_error=False, description="Admin API token from `aiwarden token create`")


def _authenticated(
    request: Request,
    session: SessionDep,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> ApiToken:
    token = lookup_token(session, creds.credentials) if creds else None
    if token is None and (sso := getattr(request.app.state, "oidc", None)) is not None:
        # single sign-on (admin/auth_oidc.py): an ID token as bearer, or (reads only) the dashboard session
        if creds:
            token = sso.bearer_user(creds.credentials)
        elif request.method in ("GET", "HEAD") and (found := sso.session_user(request)):
            token = found[1]
    if token is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "missing or invalid bearer token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return token


def require(role: str) -> Callable[[ApiToken], ApiToken]:
    """A dependency that admits tokens with ``role`` or a stronger one."""

    def check(token: Annotated[ApiToken, Depends(_authenticated)]) -> ApiToken:
        if not has_role(token, role):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"this needs the {role} role")
        return token

    return check


ViewerDep = Annotated[ApiToken, Depends(require("viewer"))]
ReviewerDep = Annotated[ApiToken, Depends(require("reviewer"))]
AdminDep = Annotated[ApiToken, Depends(require("admin"))]


def current_policy_dep(deps: Deps, session: SessionDep) -> Policy:
    """The newest published policy, or the policy this process loaded at start when none is published."""
    return current_policy(session, deps.policy())


CurrentPolicyDep = Annotated[Policy, Depends(current_policy_dep)]
