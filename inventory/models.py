"""SQLModel tables. Metadata only: never prompt text, PII values or raw API keys.

The schema is owned by the Alembic migrations in ``inventory/migrations``; a change here needs a new
revision there (``tests/inventory/test_schema.py`` fails when the two disagree).
"""

from datetime import UTC, date, datetime
from typing import Literal

from sqlalchemy import JSON, BigInteger, Column, DateTime, ForeignKey, Index, Integer, LargeBinary
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

Role = Literal["admin", "reviewer", "viewer"]
RiskTier = Literal["low", "medium", "high"]


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
    sanctioned: bool = False  # as last synced from the policy; reports may be given the live answer instead
    risk_tier: str | None = Field(default=None, max_length=20)  # low|medium|high; None: by kind (risk.py)


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
    cost_usd: float | None = None  # tokens × inventory/prices.yaml; None: unknown (no price or no tokens)
    # What the client asked for when a policy model rule rewrote it to ``model``; "" when not rewritten.
    model_requested: str = Field(default="", max_length=200)
    # MCP traffic (service category "mcp"): the JSON-RPC method and the tool called; "" otherwise.
    mcp_method: str = Field(default="", max_length=100)
    mcp_tool: str = Field(default="", max_length=200)


class UsageEvent(UsageEventBase, table=True):
    """One request to an AI service and what aiwarden did with it."""

    __tablename__ = "usage_event"
    __table_args__ = (
        Index("ix_usage_event_service_time", "service_id", "time"),  # partial-day report slices, event pages
        Index("ix_usage_event_user_time", "user", "time"),
    )
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
    expires_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))  # None: never


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


class UsageEventPii(SQLModel, table=True):
    """How many entities of one type the scrubber found in one event (a count, never the values)."""

    __tablename__ = "usage_event_pii"
    event_id: int = Field(sa_column=Column(Integer, ForeignKey("usage_event.id", ondelete="CASCADE"),
                                           primary_key=True))
    entity_type: str = Field(primary_key=True, max_length=60)
    count: int


class UsageDaily(SQLModel, table=True):
    """Per UTC day, service, user and group: event counts, kept up to date by the recorder's batches.

    The report queries read these instead of scanning every event (see ``inventory.queries``).
    """

    __tablename__ = "usage_daily"
    day: date = Field(primary_key=True)
    service_id: str = Field(primary_key=True, max_length=120)
    user: str = Field(primary_key=True, max_length=200)
    group: str = Field(primary_key=True, max_length=200)
    requests: int = 0
    allowed: int = 0
    scrubbed: int = 0
    blocked: int = 0
    coached: int = 0
    redirected: int = 0
    personal: int = 0  # requests made with a personal (not company) account
    unknown_ai: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    first_seen: datetime = _ts()
    last_seen: datetime = _ts()


class PiiDaily(SQLModel, table=True):
    """Per UTC day, service, user, group and entity type: entities found and events carrying them."""

    __tablename__ = "pii_daily"
    day: date = Field(primary_key=True)
    service_id: str = Field(primary_key=True, max_length=120)
    user: str = Field(primary_key=True, max_length=200)
    group: str = Field(primary_key=True, max_length=200)
    entity_type: str = Field(primary_key=True, max_length=60)
    entities: int = 0
    events: int = 0


class UserPseudonym(SQLModel, table=True):
    """Pseudonymous mode: the user name behind a pseudonym, sealed (AES-GCM) for audited reveals only."""

    __tablename__ = "user_pseudonym"
    pseudonym: str = Field(primary_key=True, max_length=64)
    sealed: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = _ts()


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


class BudgetCounter(SQLModel, table=True):
    """Spend so far against one policy budget, for one subject (user, group or service) and one period.

    Shared by every proxy process: each adds its requests with an atomic upsert (``proxy.budgets``).
    """

    __tablename__ = "budget_counter"
    budget: str = Field(primary_key=True, max_length=60)  # the budget's name in the policy
    period: str = Field(primary_key=True, max_length=10)  # UTC day "2026-11-27" or month "2026-11"
    subject: str = Field(primary_key=True, max_length=200)  # user (pseudonym if pseudonymous), group, service
    tokens: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    cost_usd: float = 0.0
    requests: int = 0
    updated_at: datetime = _ts()


class McpServer(SQLModel, table=True):
    """An MCP (tool) server seen in traffic: its id is the service id of its usage events.

    Name and version are what the server says about itself (``initialize`` answer or ``serverInfo``).
    """

    __tablename__ = "mcp_server"
    id: str = Field(primary_key=True, max_length=120)
    host: str = Field(default="", max_length=253)
    name: str = Field(default="", max_length=200)
    version: str = Field(default="", max_length=60)
    protocol_version: str = Field(default="", max_length=40)
    first_seen: datetime = _ts()
    last_seen: datetime = _ts()


class McpTool(SQLModel, table=True):
    """A tool an MCP server offers (from its ``tools/list`` answer): name and description, never arguments."""

    __tablename__ = "mcp_tool"
    server_id: str = Field(primary_key=True, max_length=120)
    name: str = Field(primary_key=True, max_length=200)
    description: str = Field(default="", max_length=1000)
    first_seen: datetime = _ts()
    last_seen: datetime = _ts()


class McpClient(SQLModel, table=True):
    """A client application (``clientInfo``, else the User-Agent's product) seen using an MCP server."""

    __tablename__ = "mcp_client"
    server_id: str = Field(primary_key=True, max_length=120)
    name: str = Field(primary_key=True, max_length=200)
    version: str = Field(primary_key=True, max_length=60)
    first_seen: datetime = _ts()
    last_seen: datetime = _ts()
