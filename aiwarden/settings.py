"""All settings, from the environment (prefix AIWARDEN_) or a .env file."""

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict, SettingsError


def _default_workers() -> int:
    # Leave one core for mitmproxy's event loop; more than 4 rarely pays off per proxy process.
    return max(1, min(4, (os.cpu_count() or 2) - 1))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AIWARDEN_", env_file=".env", extra="ignore")

    database_url: str = Field(
        "sqlite:///./aiwarden.db", description="SQLAlchemy URL: sqlite:///… or postgresql+psycopg://…"
    )
    policy_file: Path | None = Field(
        None, description="YAML policy loaded at start (default: the shipped policy)"
    )
    spacy_model: str = Field("en_core_web_md", description="spaCy model package, e.g. en_core_web_lg")
    languages: list[str] = Field(default_factory=lambda: ["en"], description="Languages with a spaCy model")
    spacy_models: dict[str, str] = Field(
        default_factory=dict, description='Models of the other languages, e.g. {"de": "de_core_news_sm"}'
    )
    upstream_overrides: str = Field("", description="host=url,… send AI traffic elsewhere (staging/tests)")
    proxyauth: str = Field(
        "", description="mitmproxy proxyauth spec: 'any' records the user name; @htpasswd; ldap:…"
    )
    confdir: Path = Field(Path("~/.aiwarden"), description="Proxy CA and mitmproxy state")
    listen_host: str = Field("0.0.0.0", description="Proxy listen address")
    admin_host: str = Field("127.0.0.1", description="Admin API listen address (localhost by default)")
    scrub_workers: int = Field(
        default_factory=_default_workers, ge=1, description="Scrubber worker processes"
    )
    scrub_timeout: float = Field(10.0, gt=0, description="Seconds before a scrub fails closed")
    pattern_process: bool | None = Field(
        None, description="Pattern recognizers in a second process per worker, beside the model "
        "(default: when 2+ cores are usable)"
    )
    max_body_mb: int = Field(16, ge=1, description="Largest AI request body that is scrubbed")
    policy_poll_seconds: float = Field(
        2.0, gt=0, description="How often each process checks for a new policy"
    )
    pac_proxy: str = Field("", description="host:port clients use in /proxy.pac (default: the admin host)")
    inspect_all: bool = Field(False, description="Open TLS to all hosts (discover unknown AI services)")
    key_secret: str = Field(
        "", description="HMAC secret for API-key fingerprints (default: one kept in the database)"
    )
    corporate_keys: str = Field(
        "", description="Comma-separated fingerprints of corporate API keys (also: /api/v1/keys)"
    )
    corporate_orgs: str = Field("", description="Comma-separated corporate organisation ids (OpenAI org, …)")
    redirect_credentials: str = Field(
        "",
        description="host=Header-Name:ENV_VAR,… credential for rerouted API calls (value stays in ENV_VAR)",
    )
    tenant_headers: str = Field("", description="service=Header:value;… tenant-restriction headers to inject")
    catalog_extra: Path | None = Field(
        None, description="Local YAML catalog merged over the shipped one (same format, same checks)"
    )
    retention_days: int | None = Field(
        None, ge=1, description="Delete usage events older than this (none: keep)"
    )
    pseudonymize_users: bool = Field(
        False, description="Store user names as keyed hashes; reveals are audited"
    )
    pseudonym_secret: SecretStr | None = Field(None, description="Secret (>= 16 bytes) for pseudonymous mode")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="Log level; no level ever logs prompt text, personal data or keys"
    )
    coach_ttl: int = Field(28800, ge=0, description="Seconds a coaching acknowledgement lasts")
    # SIEM export (integrations/siem.py): usage events, refusals, alerts and audit entries, metadata only
    siem_syslog: str = Field("", description="Syslog receiver (RFC 5424): tcp://host:514 or tls://host:6514")
    siem_syslog_format: Literal["json", "cef"] = Field("json", description="Syslog message: json or cef")
    siem_hec_url: str = Field("", description="Splunk HTTP Event Collector, e.g. https://splunk:8088")
    siem_hec_token: SecretStr | None = Field(None, description="Splunk HEC token")
    siem_otlp_url: str = Field("", description="OTLP/HTTP logs endpoint, e.g. http://otel-collector:4318")
    siem_otlp_headers: SecretStr | None = Field(None, description="Name=value,… headers for OTLP (auth)")
    siem_ca_file: Path | None = Field(None, description="CA bundle that signs the SIEM's TLS certificate")
    siem_spool_dir: Path | None = Field(
        None, description="On-disk queue of unsent SIEM records (default: <confdir>/siem)"
    )
    siem_spool_mb: int = Field(256, ge=1, description="Bound of the SIEM queue; past it records are dropped")
    # Directory groups (integrations/ldap_groups.py): policy groups of the proxy user read from LDAP / AD
    ldap_url: str = Field("", description="Directory for policy groups: ldap://dc1:389 or ldaps://dc1:636")
    ldap_base: str = Field("", description="Search base for users and groups, e.g. dc=example,dc=org")
    ldap_bind_dn: str = Field("", description="DN to bind as (read-only account); empty: anonymous")
    ldap_bind_password: SecretStr | None = Field(None, description="Password of AIWARDEN_LDAP_BIND_DN")
    ldap_user_filter: str = Field(
        "(|(uid={user})(sAMAccountName={user}))", description="Finds the proxy user's entry ({user})"
    )
    ldap_group_filter: str = Field(
        "(|(member={dn})(uniqueMember={dn}))", description="Finds the user's groups ({dn}: the user's DN)"
    )
    ldap_group_attribute: str = Field("cn", description="Group attribute that is the policy group name")
    ldap_ttl_seconds: float = Field(900, gt=0, description="How long looked-up groups count as fresh")
    # Single sign-on (admin/auth_oidc.py): OpenID Connect for the dashboard and the admin API
    oidc_issuer: str = Field("", description="OpenID provider (issuer URL); empty: API tokens only")
    oidc_client_id: str = Field("", description="Client id registered at the provider")
    oidc_client_secret: SecretStr | None = Field(None, description="Client secret (confidential client)")
    oidc_base_url: str = Field("", description="Dashboard URL (redirect URI: <url>/ui/sso/callback)")
    oidc_role_claim: str = Field("groups", description="ID-token claim with the user's groups or roles")
    oidc_role_map: str = Field("", description="claim-value=role,… e.g. aiwarden-admins=admin,staff=viewer")
    oidc_scopes: str = Field("openid profile email", description="Scopes asked for at log-in")
    oidc_session_seconds: int = Field(28800, ge=1, description="How long a dashboard SSO session lasts")
    # More alert channels and alerts (integrations/notify.py)
    alert_teams_urls: SecretStr | None = Field(None, description="Teams webhook URLs, comma-separated")
    alert_smtp_host: str = Field("", description="SMTP server for alert and digest e-mail")
    alert_smtp_port: int = Field(587, ge=1, le=65535, description="SMTP port (submission with STARTTLS)")
    alert_smtp_starttls: bool = Field(True, description="Require STARTTLS (never sends in clear text)")
    alert_smtp_user: str = Field("", description="SMTP login (empty: none)")
    alert_smtp_password: SecretStr | None = Field(None, description="SMTP password")
    alert_smtp_from: str = Field("", description="Sender address of alert e-mail")
    alert_smtp_to: str = Field("", description="Recipients of alert e-mail, comma-separated")
    alert_smtp_ca_file: Path | None = Field(None, description="CA bundle for the SMTP server's certificate")
    drift_factor: float = Field(2.0, ge=0, description="Drift alert: median latency > this × 7-day median")
    drift_window_minutes: int = Field(60, ge=5, description="Drift alert: the recent window compared")
    drift_min_requests: int = Field(20, ge=1, description="Drift alert: requests needed in each period")
    digest: bool = Field(True, description="Send the weekly digest to the alert channels")
    digest_weekday: int = Field(0, ge=0, le=6, description="Weekly digest day (0 = Monday)")
    digest_hour: int = Field(8, ge=0, le=23, description="Weekly digest hour (UTC)")

    @field_validator("database_url")
    @classmethod
    def _database_scheme(cls, v: str) -> str:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        if not v.startswith(("sqlite://", "postgresql")):
            raise ValueError("must start with sqlite:/// or postgresql+psycopg://")
        try:
            make_url(v).port  # noqa: B018  (a port that is not a number fails here, not at the first query)
        except (ArgumentError, ValueError):
            raise ValueError("must be a database URL") from None
        return v

    @field_validator("log_level", mode="before")
    @classmethod
    def _level_any_case(cls, v):
        return v.upper() if isinstance(v, str) else v

    @field_validator("proxyauth")
    @classmethod
    def _proxyauth_spec(cls, v: str) -> str:
        # mitmproxy's own check comes only once the proxy starts, as a traceback
        if v and v != "any" and not v.startswith(("@", "ldap:", "ldaps:")) and v.count(":") != 1:
            raise ValueError("must be empty, any, user:password, @/path/to/htpasswd or ldap[s]:…")
        return v

    @property
    def ca_dir(self) -> Path:
        return self.confdir.expanduser()


# How each setting is written, for error messages (the README's settings table says the same).
FORMATS = {
    "database_url": "sqlite:///./aiwarden.db or postgresql+psycopg://user:pass@host/db",
    "languages": 'a JSON list, e.g. ["en", "de"]',
    "spacy_models": 'a JSON object, e.g. {"de": "de_core_news_sm"}',
    "proxyauth": "any, user:password, @/path/to/htpasswd or ldap[s]:…",
    "log_level": "DEBUG, INFO, WARNING or ERROR",
    "inspect_all": "true or false",
    "pattern_process": "true or false (unset: on when two cores or more are usable)",
    "pseudonymize_users": "true or false",
    "scrub_workers": "a whole number >= 1, e.g. 2",
    "max_body_mb": "a whole number >= 1, e.g. 16",
    "coach_ttl": "seconds, a whole number, e.g. 28800",
    "retention_days": "days, a whole number >= 1, e.g. 90",
    "scrub_timeout": "seconds > 0, e.g. 10",
    "policy_poll_seconds": "seconds > 0, e.g. 2",
}
# Settings whose value may be echoed in an error message (the others may hold passwords or secrets).
_SHOWN = set(FORMATS) - {"database_url", "proxyauth"}


def describe_error(exc: ValidationError | SettingsError) -> str:
    """One line for a bad setting: which variable, what is wrong, how to write it (never a secret value)."""
    if isinstance(exc, SettingsError):  # a JSON field that is not JSON
        name = exc.args[0].split('"')[1] if '"' in exc.args[0] else "?"
        return _line(name, os.environ.get(f"AIWARDEN_{name.upper()}"), "is not valid JSON")
    err = exc.errors()[0]
    name = str(err["loc"][0]) if err["loc"] else "?"
    msg = err["msg"].removeprefix("Value error, ").split(", unable to")[0]
    what = msg if msg.startswith("must ") else f"is not valid ({msg[0].lower() + msg[1:]})"
    return _line(name, err.get("input"), what)


def _line(name: str, value, what: str) -> str:
    shown = f"={value!r}"[:60] if name in _SHOWN and isinstance(value, str) else ""
    how = f"; write it as {FORMATS[name]}" if name in FORMATS and FORMATS[name] not in what else ""
    return f"setting AIWARDEN_{name.upper()}{shown} {what}{how}"


@lru_cache
def get_settings() -> Settings:
    return Settings()
