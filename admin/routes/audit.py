"""The audit log (reviewer and admin)."""

from datetime import datetime

from fastapi import APIRouter, Query
from pydantic import BaseModel

from admin.deps import ReviewerDep, SessionDep
from inventory.audit import list_audit

router = APIRouter(prefix="/api/v1/audit", tags=["audit"])


class AuditOut(BaseModel):
    id: int
    time: datetime
    actor: str
    action: str
    target: str
    detail: dict


class AuditPage(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[AuditOut]


@router.get("", response_model=AuditPage)
def audit(
    session: SessionDep, _: ReviewerDep, offset: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=1000)
) -> AuditPage:
    """Administrative actions, newest first."""
    rows, total = list_audit(session, offset, limit)
    return AuditPage(
        total=total, offset=offset, limit=limit, items=[AuditOut(**r.model_dump()) for r in rows]
    )
