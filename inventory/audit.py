"""The audit log: append-only record of administrative actions."""

from typing import Any

from sqlmodel import Session, col, func, select

from inventory.models import AuditEntry


def record_audit(session: Session, actor: str, action: str, target: str = "",
                 detail: dict[str, Any] | None = None) -> AuditEntry:
    """Add an audit entry (committed with the session's transaction by the caller)."""
    entry = AuditEntry(actor=actor, action=action, target=target, detail=detail or {})
    session.add(entry)
    return entry


def list_audit(session: Session, offset: int = 0, limit: int = 100) -> tuple[list[AuditEntry], int]:
    """A page of audit entries, newest first, and the total."""
    total = session.exec(select(func.count()).select_from(AuditEntry)).one()
    stmt = select(AuditEntry).order_by(col(AuditEntry.id).desc()).offset(offset).limit(limit)
    return list(session.exec(stmt)), total
