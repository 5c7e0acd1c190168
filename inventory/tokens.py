"""Admin-API tokens: created once, stored as a SHA-256 hash, checked by hash; listed, revoked, expiring.

Creating and revoking are audited by the caller's ``actor`` (the API, the dashboard and the CLI alike).
"""

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Literal

from sqlmodel import Session, col, select

from inventory.audit import record_audit
from inventory.models import ApiToken, Role, utcnow

ROLES: tuple[Role, ...] = ("viewer", "reviewer", "admin")  # each includes the rights of those before it
State = Literal["active", "revoked", "expired"]


def hash_token(token: str) -> str:
    # Tokens are 256-bit random values, so a plain hash is enough (no dictionary to attack).
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, name: str, role: Role, expires_in_days: int | None = None,
                 actor: str | None = None) -> str:
    """Store a new token for ``role`` and return it; it cannot be shown again. ``expires_in_days``: it stops
    working after that many days (None: it never expires). ``actor``: audit the creation as done by them."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if expires_in_days is not None and expires_in_days < 1:
        raise ValueError("a token expires in 1 day or more")
    token = "aiw_" + secrets.token_urlsafe(32)
    expires = utcnow() + timedelta(days=expires_in_days) if expires_in_days else None
    row = ApiToken(name=name, role=role, token_hash=hash_token(token), expires_at=expires)
    session.add(row)
    if actor is not None:
        session.flush()  # assigns the id
        record_audit(session, actor, "token.create", f"token {row.id}", _detail(row))
    session.commit()
    return token


def state_of(row: ApiToken, now: datetime | None = None) -> State:
    if row.revoked_at is not None:
        return "revoked"
    if row.expires_at is not None and row.expires_at <= (now or utcnow()):
        return "expired"
    return "active"


def lookup_token(session: Session, token: str) -> ApiToken | None:
    """The live token record for ``token``, or None when unknown, revoked or expired."""
    row = session.exec(select(ApiToken).where(ApiToken.token_hash == hash_token(token))).first()
    return row if row and state_of(row) == "active" else None


def list_tokens(session: Session) -> list[ApiToken]:
    """Every token record (never the token itself), newest first."""
    return list(session.exec(select(ApiToken).order_by(col(ApiToken.id).desc())))


def revoke_token(session: Session, token_id: int, actor: str) -> ApiToken | None:
    """Revoke token ``token_id`` (it stops working at once), audited; None when there is no such token."""
    row = session.get(ApiToken, token_id)
    if row is None:
        return None
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(row)
        record_audit(session, actor, "token.revoke", f"token {row.id}", _detail(row))
        session.commit()
        session.refresh(row)
    return row


def _detail(row: ApiToken) -> dict:
    return {"name": row.name, "role": row.role,
            "expires_at": row.expires_at.isoformat() if row.expires_at else None}


def has_role(token: ApiToken, role: str) -> bool:
    """Whether ``token`` has ``role`` or a stronger one (the one role check of the API and the dashboard)."""
    return ROLES.index(token.role) >= ROLES.index(role)
