"""Admin API behaviour: policy publish/validate/simulate/versions/rollback, tokens, keys, sanction, ops."""

import hashlib
import hmac

from prometheus_client.parser import text_string_to_metric_families
from sqlmodel import Session, select

from admin.app import create_app
from admin.deps import AdminDeps
from inventory.models import Service
from policy.keys import fingerprint_secret
from policy.model import load_policy
from policy.tables import KeyFingerprint
from tests.policy.conftest import add_events, auth

BLOCK_DEEPSEEK = """# keep this comment
name: Strict
services:
  openai-api: {sanctioned: true, action: scrub}
  deepseek-api: {action: block, reason: Data leaves the EU}
entities: {DEFAULT: pseudonymize, US_SSN: block}
"""


def test_put_policy_publishes_version_in_force(client, tokens):
    r = client.put(
        "/api/v1/policy",
        json={"document": BLOCK_DEEPSEEK, "comment": "strict"},
        headers=auth(tokens["admin"]),
    )
    assert r.status_code == 200, r.text
    assert r.json()["id"] == 1 and r.json()["author"] == "test-admin" and r.json()["comment"] == "strict"
    got = client.get("/api/v1/policy", headers=auth(tokens["viewer"])).json()
    assert got["name"] == "Strict" and got["version"] == "1"
    assert got["services"]["deepseek-api"]["action"] == "block"
    doc = client.get("/api/v1/policy/document", headers=auth(tokens["viewer"])).json()
    assert doc == {"version": "1", "document": BLOCK_DEEPSEEK}  # comments kept


def test_put_invalid_policy_names_field_and_line(client, tokens):
    r = client.put(
        "/api/v1/policy",
        json={"document": "name: x\nrules:\n  - {action: zap}\n"},
        headers=auth(tokens["admin"]),
    )
    assert r.status_code == 422 and "rules.0.action (line 3)" in r.json()["detail"]
    assert client.get("/api/v1/policy/versions", headers=auth(tokens["viewer"])).json()["total"] == 0


def test_validate_returns_errors_and_warnings(client, tokens):
    h = auth(tokens["reviewer"])
    bad = client.post(
        "/api/v1/policy/validate", json={"document": "servics: {}\ndefaults: {on_error: x}"}, headers=h
    )
    assert bad.status_code == 200 and bad.json()["valid"] is False
    assert [e.split(" ")[0] for e in bad.json()["errors"]] == ["defaults.on_error", "servics"]
    ok = client.post(
        "/api/v1/policy/validate",
        json={"document": "rules: [{when: {group: nope}, action: block}]"},
        headers=h,
    ).json()
    assert ok["valid"] is True and "group 'nope' is not defined" in ok["warnings"][0]


def test_versions_diff_and_rollback(client, tokens):
    h = auth(tokens["admin"])
    client.put("/api/v1/policy", json={"document": "name: One\n"}, headers=h)
    client.put("/api/v1/policy", json={"document": "name: Two\n"}, headers=h)
    page = client.get("/api/v1/policy/versions", headers=h).json()
    assert [v["id"] for v in page["items"]] == [2, 1] and page["total"] == 2
    v2 = client.get("/api/v1/policy/versions/2", headers=h).json()
    assert "-name: One" in v2["diff"] and "+name: Two" in v2["diff"] and v2["document"] == "name: Two\n"
    assert client.get("/api/v1/policy/versions/9", headers=h).status_code == 404
    r = client.post("/api/v1/policy/rollback/1", json={"comment": "undo"}, headers=h)
    assert r.status_code == 200 and r.json()["id"] == 3 and r.json()["comment"] == "undo"
    assert client.get("/api/v1/policy", headers=h).json()["name"] == "One"
    assert client.post("/api/v1/policy/rollback/42", headers=h).status_code == 404
    actions = [e["action"] for e in client.get("/api/v1/audit", headers=h).json()["items"]]
    assert actions == ["policy.rollback", "policy.publish", "policy.publish"]


def test_simulate_request_and_impact(client, tokens, engine):
    add_events(
        engine,
        [
            {"service_id": "deepseek-api", "host": "api.deepseek.com", "action": "scrub"},
            {"service_id": "deepseek-api", "host": "api.deepseek.com", "action": "scrub"},
            {"service_id": "openai-api", "pii_counts": {"US_SSN": 1}},
            {"service_id": "openai-api", "pii_counts": {"PERSON": 2}},
            {"service_id": "openai-api", "minutes_ago": 60 * 24 * 10},  # older than the 7-day window
        ],
        services=[Service(id="deepseek-api", name="DeepSeek API")],
    )
    r = client.post(
        "/api/v1/policy/simulate",
        headers=auth(tokens["reviewer"]),
        json={
            "document": BLOCK_DEEPSEEK,
            "request": {"user": "alice", "service": "openai-api", "data": ["US_SSN"]},
        },
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["decision"]["action"] == "scrub" and body["decision"]["outcome"] == "block"
    assert body["decision"]["sanctioned"] is True
    imp = body["impact"]
    assert imp["events"] == 4 and imp["current"] == {"scrub": 4}
    assert imp["draft"] == {"block": 3, "scrub": 1} and imp["changed"] == 3
    assert imp["changes"] == [{"from": "scrub", "to": "block", "count": 3}]
    bad = client.post("/api/v1/policy/simulate", headers=auth(tokens["reviewer"]), json={"document": "x: ["})
    assert bad.status_code == 422 and "not valid YAML" in bad.json()["detail"]


def test_sanction_publishes_new_version(client, tokens, engine):
    add_events(engine, [{"service_id": "mystery-ai", "host": "mystery.ai"}])
    h = auth(tokens["admin"])
    r = client.put("/api/v1/inventory/services/mystery-ai/sanctioned", json={"sanctioned": True}, headers=h)
    assert r.status_code == 200 and r.json() == {"service": "mystery-ai", "sanctioned": True, "version": 1}
    svc = {s["id"]: s for s in client.get("/api/v1/inventory/services", headers=h).json()}
    assert svc["mystery-ai"]["sanctioned"] is True
    r = client.put("/api/v1/inventory/services/mystery-ai/sanctioned", json={"sanctioned": False}, headers=h)
    assert r.json()["version"] == 2
    policy = client.get("/api/v1/policy", headers=h).json()
    assert policy["services"]["mystery-ai"]["sanctioned"] is False
    assert policy["services"]["openai-api"]["sanctioned"] is True  # the rest of the policy kept
    audit = client.get("/api/v1/audit", headers=h).json()["items"][0]
    assert audit["action"] == "service.sanction" and audit["detail"]["service"] == "mystery-ai"
    missing = client.put(
        "/api/v1/inventory/services/never-seen/sanctioned", json={"sanctioned": True}, headers=h
    )
    assert missing.status_code == 404


def test_tokens_shown_once_and_revocable(client, tokens, engine):
    h = auth(tokens["admin"])
    r = client.post("/api/v1/tokens", json={"name": "ci-bot", "role": "viewer"}, headers=h)
    assert r.status_code == 201
    new = r.json()
    assert new["token"].startswith("aiw_") and new["role"] == "viewer"
    listed = client.get("/api/v1/tokens", headers=h).json()
    assert all("token" not in t for t in listed) and new["token"] not in str(listed)
    assert client.get("/api/v1/inventory/services", headers=auth(new["token"])).status_code == 200
    assert client.delete(f"/api/v1/tokens/{new['id']}", headers=h).json()["revoked_at"]
    assert client.get("/api/v1/inventory/services", headers=auth(new["token"])).status_code == 401
    assert client.post("/api/v1/tokens", json={"name": "x", "role": "root"}, headers=h).status_code == 422
    actions = [e["action"] for e in client.get("/api/v1/audit", headers=h).json()["items"]]
    assert actions[:2] == ["token.revoke", "token.create"]
    assert new["token"] not in str(client.get("/api/v1/audit", headers=h).json())


def test_keys_store_only_fingerprints(client, tokens, engine):
    h = auth(tokens["admin"])
    raw = "sk-proj-ThisIsACorporateKey0123456789"
    r = client.post(
        "/api/v1/keys", json={"key": raw, "label": "OpenAI prod", "service_id": "openai-api"}, headers=h
    )
    assert r.status_code == 201
    with Session(engine) as s:
        expected = hmac.new(fingerprint_secret(s).encode(), raw.encode(), hashlib.sha256).hexdigest()
        rows = s.exec(select(KeyFingerprint)).all()
    assert r.json()["fingerprint"] == expected and [k.fingerprint for k in rows] == [expected]
    assert raw not in r.text and raw not in str(client.get("/api/v1/audit", headers=h).json())
    assert client.post("/api/v1/keys", json={"key": raw}, headers=h).status_code == 409
    fp = "b" * 64
    assert client.post("/api/v1/keys", json={"fingerprint": fp}, headers=h).status_code == 201
    for bad in ({"fingerprint": "xyz"}, {}, {"key": raw, "fingerprint": fp}):
        assert client.post("/api/v1/keys", json=bad, headers=h).status_code == 422
    assert [k["fingerprint"] for k in client.get("/api/v1/keys", headers=h).json()] == [expected, fp]
    assert client.delete(f"/api/v1/keys/{r.json()['id']}", headers=h).status_code == 204
    assert client.delete(f"/api/v1/keys/{r.json()['id']}", headers=h).status_code == 404


def test_metrics_include_policy_version(client, tokens):
    client.put("/api/v1/policy", json={"document": "name: M\n"}, headers=auth(tokens["admin"]))
    r = client.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    families = {f.name: f for f in text_string_to_metric_families(r.text)}
    assert families["aiwarden_policy_published_version"].samples[0].value == 1
    assert "aiwarden_policy_reloads" in families


def test_proxy_pac_sends_only_ai_hosts_to_proxy(client):
    r = client.get("/proxy.pac")
    assert r.headers["content-type"].startswith("application/x-ns-proxy-autoconfig")
    text = r.text
    assert 'var proxy = "PROXY proxy.corp.example:8080";' in text
    assert 'if (host == "api.openai.com") return proxy;' in text
    assert 'if (shExpMatch(host, "*.openai.azure.com")) return proxy;' in text
    assert text.rstrip().endswith('return "DIRECT";\n}'.rstrip())


def test_proxy_pac_never_echoes_a_hostile_host_header(engine):
    from fastapi.testclient import TestClient

    base = load_policy(None)
    with TestClient(create_app(AdminDeps(engine, lambda: base, pac_hosts=["api.openai.com"]))) as c:
        text = c.get("/proxy.pac", headers={"Host": 'evil";alert(1);"'}).text
    assert "alert" not in text and 'var proxy = "PROXY ' in text


def test_shadow_ai_report(client, tokens, engine):
    add_events(engine, [{"service_id": "openai-api"}])
    for fmt, ctype in (("json", "application/json"), ("csv", "text/csv"), ("html", "text/html")):
        r = client.get(f"/api/v1/reports/shadow-ai?format={fmt}", headers=auth(tokens["viewer"]))
        assert r.status_code == 200 and r.headers["content-type"].startswith(ctype)
        assert "openai-api" in r.text
