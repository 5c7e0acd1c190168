"""Admin-API tokens (admin only): list, create (optionally expiring), revoke. A new token is shown once;
only its hash is stored. Creating and revoking are in the audit log."""

from datetime import datetime

from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel, Field
from sqlmodel import select

from admin.deps import AdminDep, SessionDep
from inventory.models import ApiToken, Role
from inventory.tokens import State, create_token, hash_token, list_tokens, revoke_token, state_of

router = APIRouter(prefix="/api/v1/tokens", tags=["tokens"])


class TokenOut(BaseModel):
    id: int
    name: str
    role: str
    created_at: datetime
    revoked_at: datetime | None
    expires_at: datetime | None = Field(description="When it stops working (null: never)")
    state: State

    @classmethod
    def of(cls, row: ApiToken) -> "TokenOut":
        return cls(**row.model_dump(exclude={"token_hash"}), state=state_of(row))


class TokenCreate(BaseModel):
    name: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]+$")
    role: Role
    expires_in_days: int | None = Field(None, ge=1, le=3650, description="Days until it stops working")


class TokenCreated(TokenOut):
    token: str = Field(description="The bearer token. It is shown only now; store it safely.")


@router.get("", response_model=list[TokenOut])
def get_tokens(session: SessionDep, _: AdminDep) -> list[TokenOut]:
    """Every token (never the token itself), newest first, with its state: active, revoked or expired."""
    return [TokenOut.of(r) for r in list_tokens(session)]


@router.post("", response_model=TokenCreated, status_code=status.HTTP_201_CREATED)
def new_token(body: TokenCreate, session: SessionDep, who: AdminDep) -> TokenCreated:
    """Create a token for a person or a script."""
    token = create_token(session, body.name, body.role, body.expires_in_days, actor=who.name)
    row = session.exec(select(ApiToken).where(ApiToken.token_hash == hash_token(token))).one()
    return TokenCreated(**TokenOut.of(row).model_dump(), token=token)


@router.delete("/{token_id}", response_model=TokenOut, responses={404: {"description": "No such token"}})
def delete_token(token_id: int, session: SessionDep, who: AdminDep) -> TokenOut:
    """Revoke a token: it stops working at once."""
    row = revoke_token(session, token_id, who.name)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"token {token_id} does not exist")
    return TokenOut.of(row)
