"""Admin-API tokens (admin only). A new token is shown once; only its hash is stored."""

from datetime import datetime

from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel, Field
from sqlmodel import col, select

from admin.deps import AdminDep, SessionDep
from inventory.audit import record_audit
from inventory.models import ApiToken, Role, utcnow
from inventory.tokens import create_token, hash_token

router = APIRouter(prefix="/api/v1/tokens", tags=["tokens"])


class TokenOut(BaseModel):
    id: int
    name: str
    role: str
    created_at: datetime
    revoked_at: datetime | None


class TokenCreate(BaseModel):
    name: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]+$")
    role: Role


class TokenCreated(TokenOut):
    token: str = Field(description="The bearer token. It is shown only now; store it safely.")


@router.get("", response_model=list[TokenOut])
def list_tokens(session: SessionDep, _: AdminDep) -> list[TokenOut]:
    """Every token (never the token itself), newest first."""
    rows = session.exec(select(ApiToken).order_by(col(ApiToken.id).desc()))
    return [TokenOut(**r.model_dump()) for r in rows]


@router.post("", response_model=TokenCreated, status_code=status.HTTP_201_CREATED)
def new_token(body: TokenCreate, session: SessionDep, who: AdminDep) -> TokenCreated:
    """Create a token for a person or a script."""
    token = create_token(session, body.name, body.role)
    row = session.exec(select(ApiToken).where(ApiToken.token_hash == hash_token(token))).one()
    record_audit(session, who.name, "token.create", f"token {row.id}", {"name": row.name, "role": row.role})
    session.commit()
    session.refresh(row)
    return TokenCreated(**row.model_dump(), token=token)


@router.delete("/{token_id}", response_model=TokenOut, responses={404: {"description": "No such token"}})
def revoke_token(token_id: int, session: SessionDep, who: AdminDep) -> TokenOut:
    """Revoke a token: it stops working at once."""
    row = session.get(ApiToken, token_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"token {token_id} does not exist")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(row)
        record_audit(
            session, who.name, "token.revoke", f"token {row.id}", {"name": row.name, "role": row.role}
        )
        session.commit()
        session.refresh(row)
    return TokenOut(**row.model_dump())
