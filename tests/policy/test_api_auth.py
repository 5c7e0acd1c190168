"""Authorization matrix: every endpoint × no token, wrong token, revoked token, each role."""

import pytest
from sqlmodel import Session

from inventory.models import ApiToken, utcnow
from tests.policy.conftest import auth

DOC = {"document": "name: X\n"}
# (method, path, body, weakest role allowed); None = public
ENDPOINTS = [
    ("GET", "/healthz", None, None),
    ("GET", "/readyz", None, None),
    ("GET", "/metrics", None, None),
    ("GET", "/proxy.pac", None, None),
    ("GET", "/api/v1/inventory/services", None, "viewer"),
    ("GET", "/api/v1/inventory/users", None, "viewer"),
    ("GET", "/api/v1/inventory/events", None, "viewer"),
    ("PUT", "/api/v1/inventory/services/openai-api/sanctioned", {"sanctioned": True}, "admin"),
    ("POST", "/api/v1/inventory/reveal", {"pseudonym": "p", "reason": "r"}, "admin"),
    ("GET", "/api/v1/policy", None, "viewer"),
    ("GET", "/api/v1/policy/document", None, "viewer"),
    ("PUT", "/api/v1/policy", DOC, "admin"),
    ("POST", "/api/v1/policy/validate", DOC, "reviewer"),
    ("POST", "/api/v1/policy/simulate", DOC, "reviewer"),
    ("GET", "/api/v1/policy/versions", None, "viewer"),
    ("GET", "/api/v1/policy/versions/1", None, "viewer"),
    ("POST", "/api/v1/policy/rollback/1", None, "admin"),
    ("GET", "/api/v1/tokens", None, "admin"),
    ("POST", "/api/v1/tokens", {"name": "n", "role": "viewer"}, "admin"),
    ("DELETE", "/api/v1/tokens/999", None, "admin"),
    ("GET", "/api/v1/keys", None, "reviewer"),
    ("POST", "/api/v1/keys", {"fingerprint": "a" * 64}, "admin"),
    ("DELETE", "/api/v1/keys/999", None, "admin"),
    ("GET", "/api/v1/audit", None, "reviewer"),
    ("GET", "/api/v1/reports/shadow-ai", None, "viewer"),
    ("GET", "/api/v1/reports/spend", None, "viewer"),
    ("GET", "/api/v1/reports/budgets", None, "viewer"),
    ("GET", "/api/v1/inventory/mcp/servers", None, "viewer"),
    ("GET", "/api/v1/inventory/mcp/servers/mcp:x/users", None, "viewer"),
    ("GET", "/api/v1/catalog/local", None, "reviewer"),
    ("PUT", "/api/v1/catalog/local/my-ai", None, "admin"),  # no body: 422 once authorised, nothing written
    ("DELETE", "/api/v1/catalog/local/my-ai", None, "admin"),
    ("GET", "/api/v1/catalog/check", None, "viewer"),
]
ROLES = ["viewer", "reviewer", "admin"]


def test_matrix_covers_every_route(app):
    documented = {(m.upper(), p) for p, ops in app.openapi()["paths"].items() for m in ops}
    tested = {
        (
            m,
            p.replace("/999", "/{token_id}" if "tokens" in p else "/{key_id}")
            .replace("versions/1", "versions/{version_id}")
            .replace("rollback/1", "rollback/{version_id}")
            .replace("services/openai-api/", "services/{service_id}/")
            .replace("servers/mcp:x/", "servers/{server_id}/")
            .replace("local/my-ai", "local/{service_id}"),
        )
        for m, p, _, _ in ENDPOINTS
    }
    assert documented == tested


@pytest.mark.parametrize("method, path, body, role", ENDPOINTS, ids=[f"{m} {p}" for m, p, _, _ in ENDPOINTS])
def test_matrix(client, tokens, engine, method, path, body, role):
    def call(headers):
        return client.request(method, path, json=body, headers=headers)

    if role is None:
        assert call({}).status_code < 400
        return
    r = call({})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert call(auth("aiw_not-a-real-token")).status_code == 401
    assert call({"Authorization": "Basic dXNlcjpwYXNz"}).status_code == 401
    for r_ in ROLES:
        status = call(auth(tokens[r_])).status_code
        if ROLES.index(r_) < ROLES.index(role):
            assert status == 403, f"{r_} got {status}"
        else:
            assert status not in (401, 403), f"{r_} got {status}"
    with Session(engine) as s:  # a revoked admin token no longer works anywhere
        for row in s.query(ApiToken).all():
            row.revoked_at = utcnow()
            s.add(row)
        s.commit()
    assert call(auth(tokens["admin"])).status_code == 401
