"""Admin-API tokens: created once, stored as a SHA-256 hash, checked by hash."""

import hashlib
import secrets

from sqlmodel import Session, select

from inventory.models import ApiToken, Role

ROLES: tuple[Role, ...] = ("viewer", "reviewer", "admin")  # each includes the rights of those before it


def hash_token(token: str) -> str:
    # Tokens are 256-bit random values, so a plain hash is enough (no dictionary to attack).
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, name: str, role: Role) -> str:
    """Store a new token for ``role`` and return it; it cannot be shown again."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    token = "aiw_" + secrets.token_urlsafe(32)
    session.add(ApiToken(name=name, role=role, token_hash=hash_token(token)))
    session.commit()
    return token


def lookup_token(session: Session, token: str) -> ApiToken | None:
    """The live token record for ``token``, or None when unknown or revoked."""
    row = session.exec(select(ApiToken).where(ApiToken.token_hash == hash_token(token))).first()
    return row if row and row.revoked_at is None else None


def has_role(token: ApiToken, role: str) -> bool:
    """Whether ``token`` has ``role`` or a stronger one (the one role check of the API and the dashboard)."""
    return ROLES.index(token.role) >= ROLES.index(role)
