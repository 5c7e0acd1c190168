"""Local AI service catalog entries: the ``AIWARDEN_CATALOG_EXTRA`` file, edited through the API, audited.

Every change is linted together with the shipped catalog before the file is replaced (a 400 lists one
problem per line); nothing is written when it does not lint. The merged catalog is read when an aiwarden
process starts, so a change applies to each proxy at its next start.
"""

import datetime
import os
import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any

import yaml
from fastapi import APIRouter, HTTPException, status
from fastapi import Path as PathParam
from pydantic import BaseModel, Field

from admin.deps import AdminDep, Deps, ReviewerDep, SessionDep, ViewerDep
from inventory.audit import record_audit
from proxy.catalog import DEFAULT_CATALOG, Catalog, CatalogError, lint

router = APIRouter(prefix="/api/v1/catalog", tags=["catalog"])
_LOCK = threading.Lock()  # one read-modify-write of the file at a time
ServiceId = Annotated[str, PathParam(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=120)]


class EntryIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    vendor: str = Field("", max_length=200)
    vendor_country: str = Field("", pattern=r"^(?:[A-Z]{2})?$")
    category: str = Field("api", min_length=1, max_length=20, description="One of proxy.catalog.CATEGORIES")
    hosts: list[Annotated[str, Field(min_length=1, max_length=253)]] = Field(min_length=1, max_length=50)
    paths: list[Annotated[str, Field(min_length=1, max_length=500)]] = Field(
        default_factory=list, max_length=50)
    dialect: str = Field("generic", min_length=1, max_length=40)
    notes: str = Field("", max_length=2000)
    sources: list[Annotated[str, Field(min_length=1, max_length=500)]] = Field(min_length=1, max_length=10)
    checked: datetime.date | None = Field(None, description="Date the sources were checked (default: today)")


class EntryOut(BaseModel):
    """A local entry as the file holds it (hand edits included)."""

    id: str
    name: str = ""
    vendor: str = ""
    vendor_country: str = ""
    category: str = "api"
    hosts: list[str] = Field(default_factory=list)
    paths: list[str] = Field(default_factory=list)
    dialect: str = "generic"
    notes: str = ""
    sources: list[str] = Field(default_factory=list)
    checked: str = ""


class CheckOut(BaseModel):
    ok: bool
    services: int = Field(description="Services in the merged catalog (0 when it does not load)")
    problems: list[str]


def _extra(deps) -> Path:
    if deps.catalog_extra is None:
        raise HTTPException(status.HTTP_409_CONFLICT,
                            "no local catalog file: set AIWARDEN_CATALOG_EXTRA to a writable YAML path")
    return Path(deps.catalog_extra)


def _read(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, f"{path.name} cannot be read: "
                            f"{str(exc).splitlines()[0]}") from None
    services = data.get("services") if isinstance(data, dict) else None
    if not isinstance(services, list):
        raise HTTPException(status.HTTP_409_CONFLICT, f"{path.name}: expected a top-level 'services:' list")
    return services


def _write_checked(path: Path, services: list[dict[str, Any]]) -> None:
    """Lint the new content with the shipped catalog; replace the file only when it is clean."""
    text = "# Local AI service catalog entries (edited through the admin API; see docs/catalog.md)\n"
    text += yaml.safe_dump({"services": services}, sort_keys=False, allow_unicode=True)
    with tempfile.TemporaryDirectory() as tmp:
        candidate = Path(tmp) / path.name  # same name, so the problems name the real file
        candidate.write_text(text, encoding="utf-8")
        problems = lint(DEFAULT_CATALOG, candidate)
    if problems:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, problems)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp_name, path)


def _out(raw: dict[str, Any]) -> EntryOut:
    def text(v: Any) -> str:
        return v.isoformat() if isinstance(v, datetime.date) else str(v) if v is not None else ""

    def texts(v: Any) -> list[str]:
        return [str(x) for x in v] if isinstance(v, list) else []

    return EntryOut(
        **{k: text(raw.get(k, "")) for k in ("id", "name", "vendor", "vendor_country", "notes", "checked")},
        category=text(raw.get("category", "api")), dialect=text(raw.get("dialect", "generic")),
        **{k: texts(raw.get(k)) for k in ("hosts", "paths", "sources")},
    )


@router.get("/local", response_model=list[EntryOut])
def list_local(deps: Deps, _: ReviewerDep) -> list[EntryOut]:
    """The local entries (merged over the shipped catalog at each start)."""
    return [_out(s) for s in _read(_extra(deps)) if isinstance(s, dict)]


@router.put(
    "/local/{service_id}",
    response_model=EntryOut,
    responses={400: {"description": "The catalog would not lint: one line per problem"},
               409: {"description": "No local catalog file is configured, or it cannot be read"}},
)
def put_local(service_id: ServiceId, body: EntryIn, deps: Deps, session: SessionDep,
              who: AdminDep) -> EntryOut:
    """Add or replace a local entry (an id of the shipped catalog replaces the shipped entry)."""
    path = _extra(deps)
    entry = {"id": service_id, **body.model_dump(exclude_none=True, exclude_defaults=False)}
    entry["checked"] = (body.checked or datetime.date.today()).isoformat()
    for key in ("vendor", "vendor_country", "notes", "paths"):
        if not entry.get(key):
            entry.pop(key, None)
    with _LOCK:
        services = _read(path)
        replaced = any(isinstance(s, dict) and s.get("id") == service_id for s in services)
        services = [s for s in services if not (isinstance(s, dict) and s.get("id") == service_id)] + [entry]
        _write_checked(path, services)
        record_audit(session, who.name, "catalog.put", f"service {service_id}",
                     {"hosts": entry["hosts"], "paths": entry.get("paths", []), "replaced": replaced})
        session.commit()
    return _out(entry)


@router.delete(
    "/local/{service_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={404: {"description": "No local entry of that id"},
               409: {"description": "No local catalog file is configured, or it cannot be read"}},
)
def delete_local(service_id: ServiceId, deps: Deps, session: SessionDep, who: AdminDep) -> None:
    """Remove a local entry (a shipped entry it replaced comes back at the next start)."""
    path = _extra(deps)
    with _LOCK:
        services = _read(path)
        kept = [s for s in services if not (isinstance(s, dict) and s.get("id") == service_id)]
        if len(kept) == len(services):
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no local catalog entry {service_id!r}")
        _write_checked(path, kept)
        record_audit(session, who.name, "catalog.delete", f"service {service_id}", {})
        session.commit()


@router.get("/check", response_model=CheckOut)
def check(deps: Deps, _: ViewerDep) -> CheckOut:
    """Lint the shipped catalog with the local file, as ``aiwarden catalog check`` does."""
    extra = deps.catalog_extra if deps.catalog_extra and Path(deps.catalog_extra).exists() else None
    problems = lint(DEFAULT_CATALOG, extra)
    try:
        count = len(Catalog.load(extra=extra).services)
    except CatalogError:
        count = 0
    return CheckOut(ok=not problems, services=count, problems=problems)
