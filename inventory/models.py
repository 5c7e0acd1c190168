"""SQLModel tables. Metadata only: never prompt text, PII values or raw API keys."""

from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import JSON, Column, DateTime
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

Role = Literal["admin", "reviewer", "viewer"]


def utcnow() -> datetime:
    """Timezone-aware UTC now: the one source of timestamps."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Stores UTC; always returns timezone-aware datetimes (SQLite itself keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


def _ts(index: bool = False) -> Field:
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), index=index, nullable=False))


class Service(SQLModel, table=True):
    """An AI service: from the catalog, or discovered (``unknown``) at run time."""

    id: str = Field(primary_key=True, max_length=120)
    name: str
    vendor: str = ""
    category: str = "api"
    unknown: bool = False


class UsageEventBase(SQLModel):
    time: datetime = _ts(index=True)
    user: str = Field(index=True, max_length=200)
    client_addr: str = ""
    service_id: str = Field(index=True, max_length=120)
    host: str
    path: str = ""
    method: str = ""
    action: str = Field(index=True, max_length=20)
    reason: str = ""
    pii_counts: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: int | None = None
    request_bytes: int = 0
    response_bytes: int = 0
    latency_ms: float | None = None
    policy_version: str = ""
    group: str = Field(default="", max_length=200)  # first policy group of the user, "" when none
    model: str = Field(default="", max_length=200)  # model requested (as sent by the client)
    tokens_in: int | None = None
    tokens_out: int | None = None
    tokens_estimated: bool = False
    personal_account: bool | None = None  # None: could not tell (no key, no org id)
    key_fingerprint: str = Field(default="", max_length=64)  # keyed hash of the API key, never the key
    unknown_ai: bool = False  # AI-shaped traffic to a host not in the catalog


class UsageEvent(UsageEventBase, table=True):
    """One request to an AI service and what aiwarden did with it."""

    __tablename__ = "usage_event"
    id: int | None = Field(default=None, primary_key=True)


class UsageEventPublic(UsageEventBase):
    id: int


class ApiToken(SQLModel, table=True):
    """An admin-API bearer token. Only its SHA-256 is stored; the token is shown once at creation."""

    __tablename__ = "api_token"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str
    token_hash: str = Field(index=True, unique=True, max_length=64)
    created_at: datetime = _ts()
    revoked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class AuditEntry(SQLModel, table=True):
    """Who changed what in aiwarden (policy, tokens, services). Never holds secrets or PII values."""

    __tablename__ = "audit_entry"
    id: int | None = Field(default=None, primary_key=True)
    time: datetime = _ts(index=True)
    actor: str = Field(max_length=200)  # token name, or "cli"
    action: str = Field(index=True, max_length=60)  # e.g. policy.publish, token.create, token.revoke
    target: str = Field(default="", max_length=200)
    detail: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class PolicyVersion(SQLModel, table=True):
    """One published version of the policy document (the YAML text as published)."""

    __tablename__ = "policy_version"
    id: int | None = Field(default=None, primary_key=True)  # the version number, increasing
    time: datetime = _ts(index=True)
    author: str = Field(max_length=200)
    comment: str = ""
    document: str  # YAML text
