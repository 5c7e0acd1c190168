"""The Interim AI Usage Policy as a typed document (YAML on disk, JSON over the API).

A policy is written for people first: every field has a default, names read as English, and a mistake
is reported with the field and the YAML line (``rules.2.action (line 14): Input should be 'allow', …``).
``docs/policy.md`` explains each section; ``policy/examples/midsize-company.yaml`` is a full example.
"""

import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from scrubber.types import EntityAction  # one definition, shared with the scrubber

Action = Literal["allow", "scrub", "block", "coach", "redirect"]
OnError = Literal["fail_closed", "fail_open"]
WebhookFormat = Literal["slack", "generic"]
# Files in a scrubbed request (see docs/policy.md, "Attachments"): scrub rewrites text files and checks
# documents, refusing what cannot be checked; block refuses every file; allow sends them unread.
AttachmentsMode = Literal["scrub", "block", "allow"]
ImagesMode = Literal["allow", "block"]  # images cannot be checked yet (no OCR)

DATA_RULE_ACTIONS: dict[str, EntityAction] = {"block": "block", "allow": "allow", "scrub": "pseudonymize"}
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
_ENV_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")


class PolicyError(ValueError):
    """A policy document is invalid; the message names the field (and the YAML line when known)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_url(v: str | None) -> str | None:
    if v is not None and not _URL.fullmatch(v):
        raise ValueError("must be a web address starting with http:// or https://")
    return v


class Defaults(_Strict):
    """What happens when no rule and no service setting says otherwise."""

    unknown_ai_service: Action = "coach"  # AI traffic to a host the catalog does not list
    sanctioned_action: Action = "scrub"
    unsanctioned_action: Action = "scrub"
    on_error: OnError = "fail_closed"  # the scrubber fails or times out: refuse (closed) or send as is (open)
    attachments: AttachmentsMode = "scrub"  # files in scrubbed requests; ignored for other actions
    images: ImagesMode = "block"  # images in scrubbed requests
    coaching: str = (
        "This AI service has not been reviewed by the security team yet. "
        "Please do not paste customer data, personal data or secrets."
    )


class ServicePolicy(_Strict):
    """Settings for one AI service, by catalog id (``openai-api``) or discovered host id."""

    sanctioned: bool = False
    action: Action | None = None
    reason: str | None = None
    redirect_to: str | None = None
    coaching: str | None = None
    on_error: OnError | None = None
    attachments: AttachmentsMode | None = None
    images: ImagesMode | None = None
    entities: dict[str, EntityAction] = Field(default_factory=dict)
    note: str = ""  # for the security team; never shown to employees

    _url = field_validator("redirect_to")(_check_url)


def _as_list(v: Any) -> Any:
    return [v] if isinstance(v, str) else v


_TOOL_GLOB = re.compile(r"[^\s]{1,200}")


class McpServerPolicy(ServicePolicy):
    """Settings for one MCP (tool) server, by server id (catalog id, or ``mcp:<host>`` for others) or host.

    ``action`` and the other fields work as for a service. ``deny_tools`` refuses calls to tools whose
    name matches one of its globs (``delete_*``); ``allow_tools``, when given, refuses every tool that
    matches none of its globs. A refused ``tools/call`` is answered with a JSON-RPC error naming the policy.
    """

    allow_tools: list[str] | None = None
    deny_tools: list[str] = Field(default_factory=list)

    _tool_lists = field_validator("allow_tools", "deny_tools", mode="before")(_as_list)

    @field_validator("allow_tools", "deny_tools")
    @classmethod
    def _globs(cls, v: list[str] | None) -> list[str] | None:
        for g in v or []:
            if not _TOOL_GLOB.fullmatch(g):
                raise ValueError(f"{g!r} is not a tool name or glob (no spaces, at most 200 characters)")
        return v

    @field_validator("action")
    @classmethod
    def _no_redirect(cls, v: Action | None) -> Action | None:
        if v == "redirect":
            raise ValueError("an MCP server can be allowed, scrubbed, blocked or coached, not redirected")
        return v


class Match(_Strict):
    """Every condition given must hold; a list means any of its values; no conditions match everything."""

    user: list[str] | None = None
    group: list[str] | None = None
    service: list[str] | None = None
    category: list[str] | None = None
    data: list[str] | None = None  # entity types, e.g. [US_SSN, SECRET]: see Rule

    _lists = field_validator("user", "group", "service", "category", "data", mode="before")(_as_list)


class Rule(_Strict):
    """One line of the policy. Rules are read top to bottom; the first that matches decides.

    A rule with ``when.data`` is a data-type rule: it does not decide the action for the request, it says
    how a scrubbed request treats those data types (``block`` refuses it, ``allow`` leaves them, ``scrub``
    replaces them), for the users, groups and services it names.
    """

    name: str = ""
    when: Match = Field(default_factory=Match)
    action: Action
    reason: str | None = None
    redirect_to: str | None = None
    coaching: str | None = None

    _url = field_validator("redirect_to")(_check_url)

    @model_validator(mode="after")
    def _data_rule_actions(self) -> "Rule":
        if self.when.data and self.action not in DATA_RULE_ACTIONS:
            raise ValueError("a rule on data types can only block, allow or scrub them")
        return self


class Spike(_Strict):
    """Alert when the count in the last window is at least ``min_count`` and ``factor`` times the usual."""

    window_minutes: int = Field(15, ge=1, le=1440)
    baseline_hours: int = Field(24, ge=1, le=24 * 30)
    min_count: int = Field(20, ge=1)
    factor: float = Field(3.0, gt=1)


class ErrorRate(_Strict):
    window_minutes: int = Field(15, ge=1, le=1440)
    max_rate: float = Field(0.05, gt=0, le=1)
    min_requests: int = Field(20, ge=1)


class Webhook(_Strict):
    """Where alerts go. ``url_env`` names an environment variable holding the URL (keeps secrets out)."""

    url: str | None = None
    url_env: str | None = None
    format: WebhookFormat = "generic"

    _url = field_validator("url")(_check_url)

    @field_validator("url_env")
    @classmethod
    def _env(cls, v: str | None) -> str | None:
        if v is not None and not _ENV_NAME.fullmatch(v):
            raise ValueError("must be an environment variable name like AIWARDEN_SLACK_WEBHOOK")
        return v

    @model_validator(mode="after")
    def _one_target(self) -> "Webhook":
        if (self.url is None) == (self.url_env is None):
            raise ValueError("give exactly one of url or url_env")
        return self


class Alerts(_Strict):
    """Alert conditions and where to send them; set a section to null to switch that alert off."""

    webhooks: list[Webhook] = Field(default_factory=list)
    new_unsanctioned_service: bool = True
    new_mcp_server: bool = True  # an MCP (tool) server is seen for the first time
    blocked_spike: Spike | None = Field(default_factory=Spike)
    pii_spike: Spike | None = Field(default_factory=lambda: Spike(min_count=50))
    proxy_silent_minutes: int | None = Field(5, ge=1)
    scrubber_errors: ErrorRate | None = Field(default_factory=ErrorRate)
    budgets: bool = True  # a budget passes its warn_at threshold or its cap
    repeat_after_minutes: int = Field(60, ge=1)  # the same alert is not sent again sooner


_BUDGET_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,59}")


class Budget(_Strict):
    """A spending cap: per user, group or service, per UTC day or month, in USD or tokens.

    ``names`` lists the users/groups/services it covers; without ``names`` every one gets its own cap
    (e.g. each user may spend 5 USD a day). Once the cap is reached, ``action`` applies to the next
    requests: ``block`` refuses them, ``coach`` lets them through with a notice. From ``warn_at`` (a
    fraction of the cap) answers carry an ``X-AIWarden-Budget`` header and an alert fires.
    """

    name: str
    per: Literal["user", "group", "service"]
    names: list[str] | None = None
    period: Literal["day", "month"] = "month"
    limit_usd: float | None = Field(None, gt=0)
    limit_tokens: int | None = Field(None, ge=1)
    action: Literal["block", "coach"] = "block"
    warn_at: float | None = Field(0.8, gt=0, lt=1)
    services: list[str] | None = None  # count only requests to these services (default: all AI services)
    reason: str | None = None  # shown to the employee when the cap is reached

    _lists = field_validator("names", "services", mode="before")(_as_list)

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not _BUDGET_NAME.fullmatch(v):
            raise ValueError("use letters, digits, '-', '_' or '.' (at most 60), e.g. engineering-monthly")
        return v

    @model_validator(mode="after")
    def _one_limit(self) -> "Budget":
        if (self.limit_usd is None) == (self.limit_tokens is None):
            raise ValueError("give exactly one of limit_usd or limit_tokens")
        return self

    @property
    def limit(self) -> float:
        return self.limit_usd if self.limit_usd is not None else float(self.limit_tokens or 0)

    @property
    def unit(self) -> str:
        return "USD" if self.limit_usd is not None else "tokens"


class RateLimit(_Strict):
    """At most ``requests_per_minute`` AI requests per user or service (each proxy process counts its own).

    ``names`` lists the users/services it covers; without ``names`` each one gets its own limit.
    """

    name: str = ""
    per: Literal["user", "service"]
    names: list[str] | None = None
    requests_per_minute: int = Field(ge=1, le=1_000_000)
    # The window the requests are counted over; the limit scales with it (rpm × window_seconds / 60, at
    # least 1). A minute by default; shorter smooths bursts, longer allows them.
    window_seconds: int = Field(60, ge=1, le=3600)

    _lists = field_validator("names", mode="before")(_as_list)


class ModelRule(_Strict):
    """Rewrite the model a request asks for (e.g. a frontier model to a cheaper one for bulk traffic).

    ``rewrite`` maps a requested model (exact name or glob such as ``gpt-4o*``) to the model sent instead.
    Model rules are read top to bottom; the first whose ``when`` matches and whose ``rewrite`` covers the
    requested model applies. The event keeps both (``model`` sent, ``model_requested`` asked for).
    """

    name: str = ""
    when: Match = Field(default_factory=Match)
    rewrite: dict[str, str]

    @field_validator("rewrite")
    @classmethod
    def _non_empty(cls, v: dict[str, str]) -> dict[str, str]:
        if not v or any(not k.strip() or not m.strip() for k, m in v.items()):
            raise ValueError("map each requested model (or glob) to a model, e.g. {gpt-4o*: gpt-4o-mini}")
        return v

    @model_validator(mode="after")
    def _no_data(self) -> "ModelRule":
        if self.when.data:
            raise ValueError("model rules cannot match on data types")
        return self


class Policy(_Strict):
    name: str = "Interim AI Usage Policy"
    version: str = "builtin"  # set by the store to the published version number
    description: str = ""
    defaults: Defaults = Field(default_factory=Defaults)
    groups: dict[str, list[str]] = Field(default_factory=dict)
    services: dict[str, ServicePolicy] = Field(default_factory=dict)
    mcp_servers: dict[str, McpServerPolicy] = Field(default_factory=dict)  # by server id or host
    rules: list[Rule] = Field(default_factory=list)
    entities: dict[str, EntityAction] = Field(default_factory=lambda: {"DEFAULT": "pseudonymize"})
    allow_terms: list[str] = Field(default_factory=list)
    deny_terms: list[str] = Field(default_factory=list)
    alerts: Alerts = Field(default_factory=Alerts)
    budgets: list[Budget] = Field(default_factory=list)
    rate_limits: list[RateLimit] = Field(default_factory=list)
    model_rules: list[ModelRule] = Field(default_factory=list)

    @field_validator("budgets")
    @classmethod
    def _unique_budgets(cls, v: list[Budget]) -> list[Budget]:
        seen: set[str] = set()
        for b in v:
            if b.name in seen:
                raise ValueError(f"budget name {b.name!r} is used twice (names key the shared counters)")
            seen.add(b.name)
        return v

    @field_validator("groups", mode="before")
    @classmethod
    def _group_lists(cls, v: Any) -> Any:
        return {k: _as_list(m) or [] for k, m in v.items()} if isinstance(v, dict) else v

    def groups_of(self, user: str) -> list[str]:
        """The policy groups that list ``user``, sorted."""
        return sorted(g for g, members in self.groups.items() if user in members)

    def is_sanctioned(self, service_id: str) -> bool:
        """Whether the policy marks ``service_id`` as sanctioned."""
        sp = self.services.get(service_id) or self.mcp_servers.get(service_id)
        return bool(sp and sp.sanctioned)

    def mcp_server(self, server_id: str, host: str = "") -> McpServerPolicy | None:
        """The ``mcp_servers`` entry for an MCP server: by its id, else by its host."""
        return self.mcp_servers.get(server_id) or (self.mcp_servers.get(host) if host else None)


def policy_warnings(policy: Policy) -> list[str]:
    """Things that are valid but probably mistakes (shown by validate, never refused)."""
    out = []
    for i, rule in enumerate(policy.rules):
        for g in rule.when.group or []:
            if g not in policy.groups:
                out.append(
                    f"rules.{i}.when.group: group {g!r} is not defined under groups "
                    "(it only matches if the proxy's identity source reports it)"
                )
        if i and not rule.when.model_dump(exclude_none=True) and i < len(policy.rules) - 1:
            out.append(f"rules.{i}: matches every request, so the rules after it never apply")
    for sid, svc in policy.services.items():
        if svc.action == "redirect" and not svc.redirect_to:
            out.append(f"services.{sid}: action redirect without redirect_to (employees get a refusal)")
    for i, rule in enumerate(policy.rules):
        if rule.action == "redirect" and not rule.redirect_to:
            out.append(f"rules.{i}: action redirect without redirect_to (employees get a refusal)")
    return out


# -- parsing with line numbers -------------------------------------------------------------------------
def _node_at(node: yaml.Node | None, loc: tuple) -> yaml.Node | None:
    """The deepest YAML node along ``loc`` (a pydantic error location)."""
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if str(k.value) == str(part)), None)
            if nxt is None:  # a missing or extra key: point at the key itself when present
                key = next((k for k, _ in node.value if str(k.value) == str(part)), None)
                return key or node
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break  # pydantic adds loc parts for union members or validators; stop at the last real node
    return node


def _duplicate_keys(node: yaml.Node | None, path: str = "") -> list[str]:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        out = []
        for k, v in node.value:
            key = str(k.value)
            if key in seen:
                out.append(f"{path}{key} (line {k.start_mark.line + 1}): appears twice")
            seen.add(key)
            out += _duplicate_keys(v, f"{path}{key}.")
        return out
    if isinstance(node, yaml.SequenceNode):
        return [p for i, v in enumerate(node.value) for p in _duplicate_keys(v, f"{path}{i}.")]
    return []


def _format_error(e: dict, root: yaml.Node | None) -> str:
    loc = e["loc"]
    field = ".".join(str(p) for p in loc) or "(document)"
    node = _node_at(root, loc) if root is not None else None
    line = f" (line {node.start_mark.line + 1})" if node is not None and loc else ""
    msg = e["msg"].removeprefix("Value error, ")
    if e["type"] == "extra_forbidden":
        msg = "is not a policy field (check the spelling)"
    return f"{field}{line}: {msg}"


def parse_policy(text: str) -> Policy:
    """Parse a YAML (or JSON) policy document; raise PolicyError naming the offending field and line."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None)
        raise PolicyError(f"policy is not valid YAML{where}" + (f": {problem}" if problem else "")) from None
    if not isinstance(data, dict):
        raise PolicyError("policy must be a mapping of fields (name:, defaults:, services:, rules:, …)")
    if dups := _duplicate_keys(root):
        raise PolicyError("invalid policy: " + "; ".join(dups))
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(_format_error(e, root) for e in exc.errors())
        raise PolicyError(f"invalid policy: {problems}") from None


DEFAULT_POLICY_FILE = Path(__file__).with_name("default_policy.yaml")


def load_policy(path: Path | None) -> Policy:
    """The policy at ``path``, or the shipped default when no path is given."""
    path = path or DEFAULT_POLICY_FILE
    try:
        return parse_policy(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyError(f"cannot read policy file {path}: {exc.strerror}") from None


def policy_to_yaml(policy: Policy) -> str:
    """A readable YAML document for ``policy`` (fields left at their defaults are omitted)."""
    data = policy.model_dump(mode="json", exclude_defaults=True, exclude={"version"})
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
