"""The Interim AI Usage Policy as a typed document (YAML on disk, JSON over the API)."""

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

Action = Literal["allow", "scrub", "block", "coach", "redirect"]
EntityAction = Literal["pseudonymize", "mask", "block", "allow"]


class PolicyError(ValueError):
    """A policy document is invalid; the message names the field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Defaults(_Strict):
    unknown_ai_service: Action = "coach"
    sanctioned_action: Action = "scrub"
    unsanctioned_action: Action = "scrub"


class ServicePolicy(_Strict):
    sanctioned: bool = False
    action: Action | None = None
    reason: str | None = None
    redirect_to: str | None = None


def _as_list(v: str | list[str] | None) -> list[str] | None:
    return [v] if isinstance(v, str) else v


class Match(_Strict):
    """Every condition given must hold; a list means any of its values."""

    user: list[str] | None = None
    group: list[str] | None = None
    service: list[str] | None = None
    category: list[str] | None = None

    _lists = field_validator("user", "group", "service", "category", mode="before")(_as_list)


class Rule(_Strict):
    when: Match
    action: Action
    reason: str | None = None
    redirect_to: str | None = None


class Policy(_Strict):
    name: str = "Interim AI Usage Policy"
    version: str = "builtin"
    defaults: Defaults = Field(default_factory=Defaults)
    groups: dict[str, list[str]] = Field(default_factory=dict)
    services: dict[str, ServicePolicy] = Field(default_factory=dict)
    rules: list[Rule] = Field(default_factory=list)
    entities: dict[str, EntityAction] = Field(default_factory=lambda: {"DEFAULT": "pseudonymize"})
    allow_terms: list[str] = Field(default_factory=list)
    deny_terms: list[str] = Field(default_factory=list)

    def groups_of(self, user: str) -> list[str]:
        return sorted(g for g, members in self.groups.items() if user in members)

    def is_sanctioned(self, service_id: str) -> bool:
        sp = self.services.get(service_id)
        return bool(sp and sp.sanctioned)


def parse_policy(text: str) -> Policy:
    """Parse a YAML (or JSON) policy document; raise PolicyError naming the offending field."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise PolicyError(f"policy is not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise PolicyError("policy must be a mapping of fields")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(document)'}: {e['msg']}" for e in exc.errors()
        )
        raise PolicyError(f"invalid policy: {problems}") from None


def load_policy(path: Path | None) -> Policy:
    """The policy at ``path``, or the shipped default when no path is given."""
    path = path or Path(__file__).with_name("default_policy.yaml")
    try:
        return parse_policy(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyError(f"cannot read policy file {path}: {exc.strerror}") from None
