"""The AI service catalog: host + path → AI service. Pure; the data lives in catalog.yaml.

Host patterns are exact names (``api.openai.com``) or wildcards. ``*`` stands for one or more characters
inside one DNS label (``bedrock-runtime.*.amazonaws.com``), except that a leading ``*.`` stands for one or
more whole labels (``*.openai.azure.com`` matches ``a.b.openai.azure.com``, not ``openai.azure.com``).
The last two labels of a wildcard must be fixed, so a typo cannot capture a whole top-level domain.

Path patterns are globs (``*`` also crosses ``/``) matched without regard to case against the path without
its query string, fragment, repeated slashes or final slash (``/api/v3/getCompletion/`` is
``/api/v3/getcompletion``). When several services claim a host, the one whose matching path pattern is
most specific (most literal characters) wins; a service without paths is the fallback for the rest of the
host.

A local extension file (setting ``AIWARDEN_CATALOG_EXTRA``) is merged over the shipped catalog: an entry
whose id is already shipped replaces it, any other is added. ``lint`` checks a catalog (and extension)
for everything ``load`` refuses plus duplicate claims, overlapping wildcards and entries without
``sources``/``checked``, one line per problem (``aiwarden catalog check``).
"""

import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from proxy.dialects import NAMES

DEFAULT_CATALOG = Path(__file__).with_name("catalog.yaml")
CATEGORIES = ("api", "chat", "coding", "mcp", "other")  # mcp: remote MCP (tool) servers, proxy/mcp.py
# Every name the dialect registry knows (``proxy.dialects.dialect``); "generic" is its fallback. Checked at
# load time, so a name the registry does not know (e.g. "bedrock") fails instead of silently reading generic.
DIALECTS = tuple(sorted(NAMES))

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COUNTRY = re.compile(r"[A-Z]{2}")
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
_WILD_LABEL = re.compile(r"[a-z0-9_*-]{1,63}")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader reads the file ~10x faster
_FIELDS = {"id", "name", "vendor", "category", "hosts", "paths", "dialect", "notes", "vendor_country",
           "sources", "checked"}
_SLASHES = re.compile(r"/{2,}")


class CatalogError(ValueError):
    """A catalog entry is invalid; the message names the entry and the problem."""


@dataclass(frozen=True, slots=True)
class AIService:
    id: str
    name: str
    vendor: str
    category: str
    hosts: tuple[str, ...]
    paths: tuple[str, ...]
    dialect: str
    notes: str = ""
    vendor_country: str = ""  # ISO 3166 alpha-2, only where certain
    unknown: bool = False  # True: discovered at run time, not listed in the catalog
    sources: tuple[str, ...] = ()  # vendor pages or public lists the entry was checked against
    checked: str = ""  # ISO date of that check


def normalize_host(host: str) -> str:
    """Lower-case host, no port, brackets or final dot (``Api.OpenAI.com.:443`` → ``api.openai.com``)."""
    host = host.strip().lower()
    if host.startswith("["):  # [v6addr] or [v6addr]:port
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def _check_host_pattern(pattern: str) -> None:
    if pattern != pattern.strip() or not pattern:
        raise CatalogError(f"host {pattern!r}: empty or surrounded by spaces")
    if any(c in pattern for c in "/: ?[]") or pattern.endswith("."):
        raise CatalogError(f"host {pattern!r}: give a bare host name (no scheme, port, path or trailing dot)")
    labels = pattern.split(".")
    if len(labels) < 2:
        raise CatalogError(f"host {pattern!r}: needs at least two labels")
    if "*" not in pattern:
        if not all(_LABEL.fullmatch(label) for label in labels):
            raise CatalogError(f"host {pattern!r}: not a valid host name")
        return
    if len(labels) < 3 or any("*" in label for label in labels[-2:]):
        raise CatalogError(f"bad wildcard {pattern!r}: the last two labels must be fixed: '*.example.com'")
    if not all(_WILD_LABEL.fullmatch(label) and "**" not in label for label in labels):
        raise CatalogError(f"bad wildcard {pattern!r}: labels hold letters, digits, '-' and single '*'")


def _host_regex(pattern: str) -> re.Pattern[str]:
    head = ""
    if pattern.startswith("*."):
        head, pattern = r"(?:[a-z0-9_-]+\.)+", pattern[2:]
    body = r"\.".join(r"[a-z0-9_-]+".join(map(re.escape, label.split("*"))) for label in pattern.split("."))
    return re.compile(head + body)


def _check_path_pattern(pattern: str) -> None:
    if not isinstance(pattern, str) or not pattern.startswith("/") or any(c in pattern for c in " ?#"):
        raise CatalogError(f"path {pattern!r}: must start with '/' and contain no spaces, '?' or '#'")


def _fold_path(path: str) -> str:
    """The form paths and path patterns are compared in: case-folded, single slashes, no final slash."""
    path = path.casefold()
    if "//" in path:
        path = _SLASHES.sub("/", path)
    return path.rstrip("/") or "/" if path.endswith("/") else path


def _path_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(".*".join(map(re.escape, _fold_path(pattern).split("*"))), re.DOTALL)


def _anchor(host: str) -> str:
    """The last two labels: the key wildcard patterns are filed under."""
    return ".".join(host.rsplit(".", 2)[-2:])


@dataclass(frozen=True, slots=True)
class _Rule:
    service: AIService
    paths: tuple[tuple[re.Pattern[str], int], ...]  # compiled glob, specificity (literal characters)
    host_rank: int  # exact host beats wildcard; longer wildcard beats shorter


class Catalog:
    """Matches a request's host and path to an AI service.

    Exact hosts are one dict lookup; wildcards are compiled regexes filed under their fixed last two
    labels, so a lookup tries only the few wildcards of that domain.
    """

    def __init__(self, services: Iterable[AIService]) -> None:
        services = list(services)
        self.services: dict[str, AIService] = {}
        self._exact: dict[str, list[_Rule]] = {}
        self._wild: dict[str, list[tuple[re.Pattern[str], _Rule]]] = {}
        for s in services:
            _validate(s)
        for problem in _conflicts(services):
            raise CatalogError(problem)
        for s in services:
            self.services[s.id] = s
            paths = tuple((_path_regex(p), len(p.replace("*", ""))) for p in s.paths)
            for h in s.hosts:
                if "*" in h:
                    rule = _Rule(s, paths, len(h.replace("*", "")))
                    self._wild.setdefault(_anchor(h), []).append((_host_regex(h), rule))
                else:
                    self._exact.setdefault(h, []).append(_Rule(s, paths, 10_000))

    @classmethod
    def load(cls, path: Path | str = DEFAULT_CATALOG, extra: Path | str | None = None) -> "Catalog":
        """Load and validate a catalog file, with an extension file merged over it when given.

        Raise CatalogError naming the file and the bad entry.
        """
        files = [Path(path)] + ([Path(extra)] if extra else [])
        merged: dict[str, AIService] = {}
        for file in files:
            seen: set[str] = set()
            for label, service in _read(file):
                if isinstance(service, CatalogError):
                    raise CatalogError(f"catalog {file.name}: service {label}: {service}")
                if service.id in seen:
                    raise CatalogError(f"catalog {file.name}: service {service.id!r}: duplicate id")
                seen.add(service.id)
                merged[service.id] = service  # an extension entry replaces the shipped one of that id
        try:
            return cls(merged.values())
        except CatalogError as exc:
            raise CatalogError(f"catalog {' + '.join(f.name for f in files)}: {exc}") from None

    def candidates(self, host: str) -> list[AIService]:
        """Services whose host patterns match ``host`` (any path); exact-host services first."""
        return [r.service for r in self._rules(normalize_host(host))]

    def is_ai_host(self, host: str) -> bool:
        """True when some catalog service lives on ``host`` (perhaps only on some paths)."""
        host = normalize_host(host)
        return host in self._exact or any(rx.fullmatch(host) for rx, _ in self._wild.get(_anchor(host), ()))

    def match(self, host: str, path: str) -> AIService | None:
        """The AI service for this request, or None when it is not AI traffic we know.

        ``path`` is matched without query, fragment or case (see the module docstring).
        """
        rules = self._rules(normalize_host(host))
        if not rules:
            return None
        path = _fold_path(path.split("?", 1)[0].split("#", 1)[0] or "/")
        best, best_key = None, (-1, -1)
        for r in rules:
            if r.paths:
                score = max((spec for rx, spec in r.paths if rx.fullmatch(path)), default=-1)
                if score < 0:
                    continue
                score += 1  # any matching path pattern beats "all paths"
            else:
                score = 0
            if (score, r.host_rank) > best_key:
                best, best_key = r.service, (score, r.host_rank)
        return best

    def pac_hosts(self) -> list[str]:
        """Every host pattern in the catalog, sorted and unique, for ``shExpMatch(host, p)`` in a PAC file.

        PAC's ``*`` also crosses dots, so a PAC file sends slightly more to the proxy than the catalog
        matches; the proxy passes the extra traffic through untouched.
        """
        return sorted({h for s in self.services.values() for h in s.hosts})

    def _rules(self, host: str) -> list[_Rule]:
        found = list(self._exact.get(host, ()))
        wild = self._wild.get(_anchor(host))
        if wild:
            found += [rule for rx, rule in wild if rx.fullmatch(host)]
        return found


def _validate(s: AIService) -> None:
    try:
        if not isinstance(s.id, str) or not _ID.fullmatch(s.id):
            raise CatalogError(f"id {s.id!r} must be kebab-case (a-z, 0-9, '-')")
        if not isinstance(s.name, str) or not s.name.strip():
            raise CatalogError("name is required")
        if s.category not in CATEGORIES:
            raise CatalogError(f"unknown category {s.category!r}; expected one of {', '.join(CATEGORIES)}")
        if s.dialect not in DIALECTS:
            raise CatalogError(f"unknown dialect {s.dialect!r}; expected one of {', '.join(DIALECTS)}")
        if not s.hosts:
            raise CatalogError("hosts must list at least one host")
        if len(set(s.hosts)) != len(s.hosts):
            raise CatalogError("hosts lists the same host twice")
        for h in s.hosts:
            if not isinstance(h, str):
                raise CatalogError(f"host {h!r} is not a string")
            _check_host_pattern(h)
            if h != h.lower():
                raise CatalogError(f"host {h!r} must be lower case")
        for p in s.paths:
            _check_path_pattern(p)
        if s.vendor_country and not _COUNTRY.fullmatch(s.vendor_country):
            raise CatalogError(f"vendor_country {s.vendor_country!r} must be an ISO 3166 code like 'US'")
    except CatalogError as exc:
        raise CatalogError(f"service {s.id!r}: {exc}") from None


def _parse(raw: dict) -> AIService:
    unknown = set(raw) - _FIELDS
    if unknown:
        raise CatalogError(f"unknown field(s) {', '.join(sorted(map(str, unknown)))}; "
                           f"allowed: {', '.join(sorted(_FIELDS))}")
    for key in ("id", "name", "hosts"):
        if key not in raw:
            raise CatalogError(f"missing required field {key!r}")
    hosts, paths = raw["hosts"], raw.get("paths") or []
    if not isinstance(hosts, list) or not isinstance(paths, list):
        raise CatalogError("hosts and paths must be lists")
    texts = {k: raw.get(k, "") for k in ("vendor", "notes", "vendor_country")}
    for k, v in {**texts, "id": raw["id"], "name": raw["name"]}.items():
        if not isinstance(v, str):
            raise CatalogError(f"{k} must be text")
    sources = raw.get("sources") or []
    if not isinstance(sources, list) or not all(isinstance(x, str) and x.strip() for x in sources):
        raise CatalogError("sources must be a list of URLs or list names")
    checked = raw.get("checked") or ""
    if isinstance(checked, datetime.date):  # YAML reads 2026-12-04 as a date
        checked = checked.isoformat()
    if checked and not (isinstance(checked, str) and _is_date(checked)):
        raise CatalogError(f"checked {checked!r} must be a date like 2026-12-04")
    return AIService(
        id=raw["id"], name=raw["name"], vendor=texts["vendor"], category=raw.get("category", "api"),
        hosts=tuple(h.lower() if isinstance(h, str) else h for h in hosts), paths=tuple(paths),
        dialect=raw.get("dialect", "generic"), notes=texts["notes"].strip(),
        vendor_country=texts["vendor_country"], sources=tuple(x.strip() for x in sources), checked=checked,
    )


def _is_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _read(path: Path) -> Iterator[tuple[str, AIService | CatalogError]]:
    """(label, service or the problem with that entry) for each entry of a catalog file.

    A file that cannot be read as a catalog at all raises CatalogError.
    """
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except OSError as exc:
        raise CatalogError(f"catalog {path.name}: cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise CatalogError(f"catalog {path.name}: not valid YAML: {str(exc).splitlines()[0]}") from None
    raw_services = data.get("services") if isinstance(data, dict) else None
    if not isinstance(raw_services, list):
        raise CatalogError(f"catalog {path.name}: expected a top-level 'services:' list")
    for i, raw in enumerate(raw_services, 1):
        label = f"#{i}"
        try:
            if not isinstance(raw, dict):
                raise CatalogError("entry must be a mapping of fields")
            label = f"{raw.get('id', '?')!r} (#{i})"
            service = _parse(raw)
            _validate(service)
            yield label, service
        except CatalogError as exc:
            yield label, CatalogError(str(exc).removeprefix(f"service {raw.get('id')!r}: ")
                                      if isinstance(raw, dict) else str(exc))


def _conflicts(services: list[AIService]) -> Iterator[str]:
    """Duplicate ids, and a host + path claimed by two services (the first claim is kept)."""
    ids: set[str] = set()
    claimed: dict[tuple[str, str], str] = {}  # (host pattern, folded path pattern or "") → service id
    for s in services:
        if s.id in ids:
            yield f"service {s.id!r}: duplicate id"
            continue
        ids.add(s.id)
        for h in s.hosts:
            for p in s.paths or ("",):
                other = claimed.setdefault((h, _fold_path(p) if p else ""), s.id)
                if other != s.id:
                    where = f"{h} {p}" if p else f"{h} (all paths)"
                    yield (f"service {s.id!r}: {where} is already claimed by {other!r}; "
                           "give one of them distinct paths")


def _overlaps(services: list[AIService]) -> Iterator[str]:
    """Wildcards that cover another host pattern of the same service, or another service's wildcard.

    An exact host inside another service's wildcard is fine (the exact host wins, by design).
    """
    wilds = [(s, h, _host_regex(h)) for s in services for h in s.hosts if "*" in h]
    for s in services:
        for h in s.hosts:
            example = h.replace("*", "x1")
            for other, w, rx in wilds:
                if w == h or not rx.fullmatch(example):
                    continue
                if other is s:
                    yield f"service {s.id!r}: host {h!r} is already covered by its wildcard {w!r}"
                elif "*" in h and _paths_meet(s, other):
                    yield (f"service {s.id!r}: wildcard {h!r} overlaps {other.id!r}'s wildcard {w!r} "
                           f"(e.g. {example}); make one of them an exact host or give distinct paths")


def _paths_meet(a: AIService, b: AIService) -> bool:
    """True unless both services are limited to paths and share no path pattern."""
    if not a.paths or not b.paths:
        return True
    return bool({_fold_path(p) for p in a.paths} & {_fold_path(p) for p in b.paths})


def lint(path: Path | str = DEFAULT_CATALOG, extra: Path | str | None = None) -> list[str]:
    """Every problem of a catalog (and extension file merged over it), one line each; [] when clean.

    Beyond what ``Catalog.load`` refuses: overlapping wildcards, and entries without ``sources`` or
    ``checked``.
    """
    problems: list[str] = []
    merged: dict[str, AIService] = {}
    for file in [Path(path)] + ([Path(extra)] if extra else []):
        seen: set[str] = set()
        try:
            for label, service in _read(file):
                if isinstance(service, CatalogError):
                    problems.append(f"{file.name}: service {label}: {service}")
                    continue
                if service.id in seen:
                    problems.append(f"{file.name}: service {service.id!r}: duplicate id")
                    continue
                seen.add(service.id)
                merged[service.id] = service
                if not service.sources:
                    problems.append(f"{file.name}: service {service.id!r}: no sources")
                if not service.checked:
                    problems.append(f"{file.name}: service {service.id!r}: no checked date")
        except CatalogError as exc:
            problems.append(str(exc))
    services = list(merged.values())
    problems += [f"catalog: {p}" for p in _conflicts(services)]
    problems += [f"catalog: {p}" for p in _overlaps(services)]
    return problems
