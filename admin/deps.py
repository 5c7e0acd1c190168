"""Request dependencies: database session and bearer-token roles."""

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from inventory.models import ApiToken
from inventory.tokens import ROLES, lookup_token
from policy.model import Policy
from policy.store import current_policy

_bearer = HTTPBearer(auto_error=False, description="Admin API token from `aiwarden token create`")


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def _authenticated(
    session: SessionDep, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> ApiToken:
    token = lookup_token(session, creds.credentials) if creds else None
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
        if ROLES.index(token.role) < ROLES.index(role):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"this needs the {role} role")
        return token

    return check


ViewerDep = Annotated[ApiToken, Depends(require("viewer"))]
ReviewerDep = Annotated[ApiToken, Depends(require("reviewer"))]
AdminDep = Annotated[ApiToken, Depends(require("admin"))]


def current_policy_dep(request: Request, session: SessionDep) -> Policy:
    """The newest published policy, or the policy this process loaded at start when none is published."""
    return current_policy(session, request.app.state.policy())


CurrentPolicyDep = Annotated[Policy, Depends(current_policy_dep)]
