"""Local catalog entries through the admin API: linted with the shipped catalog before the file changes,
audited, and merged over the shipped catalog at the next start (issue #17)."""

from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from admin.app import create_app
from admin.deps import AdminDeps
from inventory.models import AuditEntry
from inventory.tokens import create_token
from policy.model import load_policy
from proxy.catalog import Catalog
from tests.policy.conftest import auth, memory_engine

ENTRY = {
    "name": "Internal LLM gateway",
    "vendor": "ACME IT",
    "category": "api",
    "hosts": ["llm.corp.example"],
    "dialect": "openai",
    "sources": ["https://wiki.corp.example/llm-gateway"],
    "checked": "2026-12-04",
}


@pytest.fixture
def setup(tmp_path: Path):
    engine = memory_engine()
    extra = tmp_path / "catalog-local.yaml"
    base = load_policy(None)
    app = create_app(AdminDeps(engine, lambda: base, catalog_extra=extra))
    with Session(engine) as s:
        tokens = {role: create_token(s, f"t-{role}", role) for role in ("viewer", "reviewer", "admin")}
    with TestClient(app) as client:
        yield client, tokens, extra, engine
    engine.dispose()


def _audit(engine) -> list[AuditEntry]:
    with Session(engine) as s:
        return list(s.exec(select(AuditEntry).where(AuditEntry.action.startswith("catalog."))))


def test_add_list_replace_delete_audited(setup) -> None:
    client, tokens, extra, engine = setup
    admin = auth(tokens["admin"])
    r = client.put("/api/v1/catalog/local/internal-gateway", json=ENTRY, headers=admin)
    assert r.status_code == 200, r.text
    assert r.json()["id"] == "internal-gateway"
    cat = Catalog.load(extra=extra)  # what the next start reads
    assert cat.match("llm.corp.example", "/v1/chat/completions").id == "internal-gateway"
    assert cat.services["internal-gateway"].sources == ("https://wiki.corp.example/llm-gateway",)

    listed = client.get("/api/v1/catalog/local", headers=auth(tokens["reviewer"])).json()
    assert [e["id"] for e in listed] == ["internal-gateway"]

    # a shipped id: the local entry replaces the shipped one (here: Replit narrowed to its AI paths)
    narrowed = {**ENTRY, "name": "Replit AI", "category": "coding", "hosts": ["replit.com"],
                "paths": ["/ai/*"], "dialect": "none"}
    assert client.put("/api/v1/catalog/local/replit", json=narrowed, headers=admin).status_code == 200
    assert Catalog.load(extra=extra).match("replit.com", "/") is None

    assert client.delete("/api/v1/catalog/local/replit", headers=admin).status_code == 204
    assert Catalog.load(extra=extra).match("replit.com", "/").id == "replit"  # the shipped entry is back
    assert client.delete("/api/v1/catalog/local/replit", headers=admin).status_code == 404

    entries = _audit(engine)
    assert [(e.action, e.target, e.actor) for e in entries] == [
        ("catalog.put", "service internal-gateway", "t-admin"),
        ("catalog.put", "service replit", "t-admin"),
        ("catalog.delete", "service replit", "t-admin"),
    ]
    assert entries[0].detail["hosts"] == ["llm.corp.example"] and entries[1].detail["replaced"] is False

    check = client.get("/api/v1/catalog/check", headers=auth(tokens["viewer"])).json()
    assert check["ok"] is True and check["problems"] == [] and check["services"] >= 181


def test_an_entry_that_does_not_lint_changes_nothing(setup) -> None:
    client, tokens, extra, engine = setup
    admin = auth(tokens["admin"])
    assert client.put("/api/v1/catalog/local/internal-gateway", json=ENTRY, headers=admin).status_code == 200
    before = extra.read_text()
    clash = {**ENTRY, "hosts": ["api.openai.com"]}  # all paths of api.openai.com belong to openai-api
    r = client.put("/api/v1/catalog/local/my-openai", json=clash, headers=admin)
    assert r.status_code == 400
    assert r.json()["detail"] == [
        "catalog: service 'my-openai': api.openai.com (all paths) is already claimed by 'openai-api'; "
        "give one of them distinct paths"]
    old_bedrock = {**ENTRY, "hosts": ["b.corp.example"], "dialect": "bedrock"}
    bad_dialect = client.put("/api/v1/catalog/local/x-bedrock", json=old_bedrock, headers=admin)
    assert bad_dialect.status_code == 400 and "unknown dialect 'bedrock'" in bad_dialect.json()["detail"][0]
    assert extra.read_text() == before
    assert len(_audit(engine)) == 1


@pytest.mark.parametrize(("body", "path"), [
    ({**ENTRY, "sources": []}, "/api/v1/catalog/local/no-source"),  # every entry needs a source
    ({**ENTRY, "hosts": []}, "/api/v1/catalog/local/no-hosts"),
    (ENTRY, "/api/v1/catalog/local/Not_Kebab"),
])
def test_bad_requests_are_refused(setup, body, path) -> None:
    client, tokens, extra, _ = setup
    assert client.put(path, json=body, headers=auth(tokens["admin"])).status_code == 422
    assert not extra.exists()


def test_roles_and_unconfigured_file(setup, tmp_path: Path) -> None:
    client, tokens, _, engine = setup
    as_reviewer = client.put("/api/v1/catalog/local/x", json=ENTRY, headers=auth(tokens["reviewer"]))
    assert as_reviewer.status_code == 403
    assert client.get("/api/v1/catalog/local", headers=auth(tokens["viewer"])).status_code == 403
    assert client.get("/api/v1/catalog/check").status_code == 401
    app = create_app(AdminDeps(engine, lambda: load_policy(None)))
    with TestClient(app) as other:
        r = other.put("/api/v1/catalog/local/x", json=ENTRY, headers=auth(tokens["admin"]))
        assert r.status_code == 409 and "AIWARDEN_CATALOG_EXTRA" in r.json()["detail"]


def test_file_written_is_the_documented_format(setup) -> None:
    client, tokens, extra, _ = setup
    undated = {k: v for k, v in ENTRY.items() if k != "checked"}
    client.put("/api/v1/catalog/local/internal-gateway", json=undated, headers=auth(tokens["admin"]))
    data = yaml.safe_load(extra.read_text())
    (entry,) = data["services"]
    assert entry["id"] == "internal-gateway" and entry["hosts"] == ["llm.corp.example"]
    assert len(entry["checked"]) == 10  # today, ISO date
