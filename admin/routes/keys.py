"""Corporate API-key registry: only keyed-hash fingerprints are stored, never the keys."""

from datetime import datetime

from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel, Field, model_validator
from sqlmodel import col, select

from admin.deps import AdminDep, Deps, ReviewerDep, SessionDep
from inventory.audit import record_audit
from policy.keys import FINGERPRINT, fingerprint_secret, key_fingerprint
from policy.tables import KeyFingerprint

router = APIRouter(prefix="/api/v1/keys", tags=["keys"])


class KeyOut(BaseModel):
    id: int
    fingerprint: str
    label: str
    service_id: str
    created_at: datetime
    created_by: str


class KeyIn(BaseModel):
    key: str | None = Field(
        None,
        min_length=8,
        max_length=500,
        description="The API key; it is fingerprinted at once and not stored",
    )
    fingerprint: str | None = Field(None, description="A fingerprint computed elsewhere (64 hex digits)")
    label: str = Field("", max_length=200)
    service_id: str = Field("", max_length=120)

    @model_validator(mode="after")
    def _one(self) -> "KeyIn":
        if (self.key is None) == (self.fingerprint is None):
            raise ValueError("give exactly one of key or fingerprint")
        if self.fingerprint is not None and not FINGERPRINT.fullmatch(self.fingerprint):
            raise ValueError("fingerprint must be 64 lower-case hex digits")
        return self


@router.get("", response_model=list[KeyOut])
def list_keys(session: SessionDep, _: ReviewerDep) -> list[KeyOut]:
    """Registered corporate keys (fingerprints only)."""
    return [
        KeyOut(**k.model_dump())
        for k in session.exec(select(KeyFingerprint).order_by(col(KeyFingerprint.id)))
    ]


@router.post(
    "",
    response_model=KeyOut,
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "Already registered"}},
)
def register_key(body: KeyIn, deps: Deps, session: SessionDep, who: AdminDep) -> KeyOut:
    """Register a corporate key (events using it count as company accounts)."""
    secret = deps.fingerprint_secret or fingerprint_secret(session)
    fp = body.fingerprint or key_fingerprint(body.key or "", secret)
    if session.exec(select(KeyFingerprint).where(KeyFingerprint.fingerprint == fp)).first():
        raise HTTPException(status.HTTP_409_CONFLICT, "this key is already registered")
    row = KeyFingerprint(fingerprint=fp, label=body.label, service_id=body.service_id, created_by=who.name)
    session.add(row)
    session.flush()
    record_audit(
        session,
        who.name,
        "key.register",
        f"key {row.id}",
        {"fingerprint_prefix": fp[:8], "label": body.label},
    )
    session.commit()
    session.refresh(row)
    return KeyOut(**row.model_dump())


@router.delete(
    "/{key_id}", status_code=status.HTTP_204_NO_CONTENT, responses={404: {"description": "No such key"}}
)
def delete_key(key_id: int, session: SessionDep, who: AdminDep) -> None:
    """Remove a key from the registry."""
    row = session.get(KeyFingerprint, key_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"key {key_id} does not exist")
    record_audit(
        session, who.name, "key.delete", f"key {row.id}", {"fingerprint_prefix": row.fingerprint[:8]}
    )
    session.delete(row)
    session.commit()
