"""The policy package's tables. They live in inventory.models (one schema, one set of migrations)."""

from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from inventory.models import InstanceSecret, KeyFingerprint, ProxyHeartbeat

__all__ = ["POLICY_TABLES", "InstanceSecret", "KeyFingerprint", "ProxyHeartbeat", "create_tables"]

POLICY_TABLES = [KeyFingerprint.__table__, InstanceSecret.__table__, ProxyHeartbeat.__table__]


def create_tables(engine: Engine) -> None:
    """Create the policy tables when missing (databases made with create_all; migrations create them too)."""
    SQLModel.metadata.create_all(engine, tables=POLICY_TABLES)
