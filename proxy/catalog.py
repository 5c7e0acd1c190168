"""The AI service catalog: host + path → AI service. Pure; the data lives in catalog.yaml."""

import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

DEFAULT_CATALOG = Path(__file__).with_name("catalog.yaml")
CATEGORIES = ("api", "chat", "coding", "other")


@dataclass(frozen=True, slots=True)
class AIService:
    id: str
    name: str
    vendor: str
    category: str
    hosts: tuple[str, ...]
    paths: tuple[str, ...]
    dialect: str


class Catalog:
    """Matches a request's host and path to an AI service.

    Exact host names are a dict lookup; wildcard patterns are compiled into one regex per service.
    """

    def __init__(self, services: list[AIService]) -> None:
        self.services = {s.id: s for s in services}
        if len(self.services) != len(services):
            raise ValueError("catalog: duplicate service id")
        self._exact: dict[str, list[AIService]] = {}
        self._wild: list[tuple[re.Pattern[str], AIService]] = []
        for s in services:
            for h in s.hosts:
                h = h.lower()
                if any(c in h for c in "*?["):
                    self._wild.append((re.compile(fnmatch.translate(h)), s))
                else:
                    self._exact.setdefault(h, []).append(s)

    @classmethod
    def load(cls, path: Path = DEFAULT_CATALOG) -> "Catalog":
        """Load and validate a catalog file; raise ValueError naming the bad entry."""
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        services = []
        for i, raw in enumerate(data.get("services") or []):
            try:
                cat = raw.get("category", "api")
                if cat not in CATEGORIES:
                    raise ValueError(f"category must be one of {CATEGORIES}")
                services.append(AIService(
                    id=raw["id"], name=raw["name"], vendor=raw.get("vendor", ""), category=cat,
                    hosts=tuple(raw["hosts"]), paths=tuple(raw.get("paths") or ()),
                    dialect=raw.get("dialect", "generic"),
                ))
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"catalog {path.name}: service #{i + 1}: {exc}") from None
        return cls(services)

    def candidates(self, host: str) -> list[AIService]:
        """Services whose host patterns match ``host`` (any path)."""
        host = host.lower().rstrip(".")
        found = list(self._exact.get(host, ()))
        found += [s for rx, s in self._wild if rx.match(host)]
        return found

    def is_ai_host(self, host: str) -> bool:
        return bool(self.candidates(host))

    def match(self, host: str, path: str) -> AIService | None:
        """The AI service for this request, or None when it is not AI traffic we know."""
        path = path.split("?", 1)[0]
        for s in self.candidates(host):
            if not s.paths or any(fnmatch.fnmatchcase(path, p) for p in s.paths):
                return s
        return None
