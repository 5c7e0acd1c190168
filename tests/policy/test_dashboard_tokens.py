"""Tokens people can manage (issue #16): list, revoke and expiry in the CLI, the API and the dashboard, and
every creation and revocation in the audit log."""

import re
from datetime import timedelta

from sqlmodel import Session, select

from inventory.models import ApiToken, AuditEntry, utcnow
from tests.conftest import run_cli
from tests.policy.conftest import auth
from tests.policy.test_dashboard import csrf, login

ORIGIN = {"origin": "http://testserver"}


def test_api_lists_creates_expiring_and_revokes_audited(client, tokens, engine):
    admin = auth(tokens["admin"])
    made = client.post("/api/v1/tokens", json={"name": "ci-bot", "role": "viewer", "expires_in_days": 30},
                       headers=admin).json()
    assert made["state"] == "active" and made["expires_at"] and made["token"].startswith("aiw_")
    assert client.get("/api/v1/inventory/services", headers=auth(made["token"])).status_code == 200
    listed = {t["name"]: t for t in client.get("/api/v1/tokens", headers=admin).json()}
    assert listed["ci-bot"]["state"] == "active" and "token" not in listed["ci-bot"]
    assert "token_hash" not in listed["ci-bot"]
    assert client.delete(f"/api/v1/tokens/{made['id']}", headers=admin).json()["state"] == "revoked"
    assert client.get("/api/v1/inventory/services", headers=auth(made["token"])).status_code == 401
    assert client.delete("/api/v1/tokens/99999", headers=admin).status_code == 404
    assert client.get("/api/v1/tokens", headers=auth(tokens["reviewer"])).status_code == 403
    with Session(engine) as s:
        actions = [(e.action, e.actor) for e in s.exec(select(AuditEntry))]
    assert ("token.create", "test-admin") in actions and ("token.revoke", "test-admin") in actions


def test_an_expired_token_no_longer_works(client, tokens, engine):
    made = client.post("/api/v1/tokens", json={"name": "short", "role": "admin", "expires_in_days": 1},
                       headers=auth(tokens["admin"])).json()
    with Session(engine) as s:
        row = s.get(ApiToken, made["id"])
        row.expires_at = utcnow() - timedelta(seconds=1)
        s.add(row)
        s.commit()
    assert client.get("/api/v1/tokens", headers=auth(made["token"])).status_code == 401
    state = {t["id"]: t["state"] for t in client.get("/api/v1/tokens", headers=auth(tokens["admin"])).json()}
    assert state[made["id"]] == "expired"
    r = client.post("/ui/login", data={"token": made["token"], "next": "/ui/"}, follow_redirects=False)
    assert r.status_code == 401


def test_dashboard_tokens_page_creates_shows_once_and_revokes(client, tokens, engine):
    login(client, tokens["admin"])
    page = client.post("/ui/tokens", data={"name": "analyst", "role": "viewer", "expires_in_days": "7",
                                           "csrf": csrf(client, "/ui/tokens")}, headers=ORIGIN).text
    new = re.search(r'<pre id="new-token">(aiw_[\w-]+)</pre>', page).group(1)
    assert "analyst" in page and "active" in page
    assert new not in client.get("/ui/tokens").text  # shown once
    with Session(engine) as s:
        row = s.exec(select(ApiToken).where(ApiToken.name == "analyst")).one()
        left = row.expires_at - utcnow()
        assert timedelta(days=6) < left <= timedelta(days=7)
    r = client.post(f"/ui/tokens/{row.id}/revoke", data={"csrf": csrf(client, "/ui/tokens")}, headers=ORIGIN,
                    follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/api/v1/inventory/services", headers=auth(new)).status_code == 401
    audit = client.get("/ui/audit").text
    assert "token.create" in audit and "token.revoke" in audit
    client.cookies.clear()
    login(client, tokens["reviewer"])
    assert client.get("/ui/tokens").status_code == 403
    assert 'href="/ui/tokens"' not in client.get("/ui/").text


def test_cli_token_list_revoke_and_expiry(tmp_path):
    import os

    env = {**os.environ, "AIWARDEN_DATABASE_URL": f"sqlite:///{tmp_path / 'inv.db'}"}
    first = run_cli(env, "token", "create", "--role", "admin", "--name", "alice-laptop")
    second = run_cli(env, "token", "create", "--role", "viewer", "--name", "grafana",
                     "--expires-in-days", "30")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    listing = run_cli(env, "token", "list").stdout
    assert first.stdout.strip() not in listing and second.stdout.strip() not in listing
    lines = {line.split()[1]: line.split() for line in listing.splitlines()[1:]}
    assert lines["alice-laptop"][3] == "active" and lines["alice-laptop"][-1] == "never"
    assert lines["grafana"][3] == "active" and lines["grafana"][-1] != "never"
    revoked = run_cli(env, "token", "revoke", lines["grafana"][0])
    assert revoked.returncode == 0 and "revoked" in revoked.stdout
    assert run_cli(env, "token", "list").stdout.count("revoked") == 1
    missing = run_cli(env, "token", "revoke", "999")
    assert missing.returncode == 2 and missing.stderr.strip() == (
        "aiwarden: there is no token 999 (see `aiwarden token list`)")
    from sqlmodel import create_engine

    with Session(create_engine(env["AIWARDEN_DATABASE_URL"])) as s:
        actions = [(e.action, e.actor.split(":")[0]) for e in s.exec(select(AuditEntry))]
    assert actions.count(("token.create", "cli")) == 2 and ("token.revoke", "cli") in actions
