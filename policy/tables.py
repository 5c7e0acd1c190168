"""Tables owned by the policy package (add them to the Alembic migrations with inventory's).

Metadata only: API keys are stored as keyed-hash fingerprints, never in clear.
"""

from datetime import datetime

from sqlalchemy import Column
from sqlalchemy.engine import Engine
from sqlmodel import Field, SQLModel

from inventory.models import UTCDateTime, utcnow


def _ts() -> Field:
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class KeyFingerprint(SQLModel, table=True):
    """A corporate API key, known by its HMAC-SHA256 fingerprint (the same as UsageEvent.key_fingerprint)."""

    __tablename__ = "key_fingerprint"
    id: int | None = Field(default=None, primary_key=True)
    fingerprint: str = Field(index=True, unique=True, max_length=64)
    label: str = Field(default="", max_length=200)  # e.g. "OpenAI org Acme prod"
    service_id: str = Field(default="", max_length=120)
    created_at: datetime = _ts()
    created_by: str = Field(default="", max_length=200)


class InstanceSecret(SQLModel, table=True):
    """Random secrets generated once per installation (the fingerprint HMAC key)."""

    __tablename__ = "instance_secret"
    name: str = Field(primary_key=True, max_length=60)
    value: str = Field(max_length=200)


class ProxyHeartbeat(SQLModel, table=True):
    """Each proxy process says it is alive (and which policy version it applies) every few seconds."""

    __tablename__ = "proxy_heartbeat"
    proxy_id: str = Field(primary_key=True, max_length=200)
    last_seen: datetime = _ts()
    policy_version: str = Field(default="", max_length=40)


POLICY_TABLES = [KeyFingerprint.__table__, InstanceSecret.__table__, ProxyHeartbeat.__table__]


def create_tables(engine: Engine) -> None:
    """Create the policy package's tables when missing (development; production uses migrations)."""
    SQLModel.metadata.create_all(engine, tables=POLICY_TABLES)
