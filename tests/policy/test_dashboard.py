"""Dashboard over HTTP: log-in cookie, CSRF, roles, pages render the inventory."""

import re

from tests.policy.conftest import add_events

DOC = "name: Dashboard Policy\nservices: {openai-api: {sanctioned: true}}\n"


def login(client, token):
    r = client.post("/ui/login", data={"token": token, "next": "/ui/"}, follow_redirects=False)
    assert r.status_code == 303
    return r


def csrf(client, path="/ui/policy") -> str:
    return re.search(r'name="csrf" value="([0-9a-f]+)"', client.get(path).text).group(1)


def test_login_sets_strict_httponly_cookie(client, tokens):
    assert client.get("/", follow_redirects=False).headers["location"] == "/ui/"
    r = client.get("/ui/policy", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/ui/login?next=/ui/policy"
    bad = client.post("/ui/login", data={"token": "aiw_wrong"})
    assert bad.status_code == 401 and "not valid" in bad.text
    cookie = login(client, tokens["viewer"]).headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert client.get("/ui/").status_code == 200


def test_pages_show_inventory(client, tokens, engine):
    add_events(
        engine,
        [
            {
                "user": "dave",
                "service_id": "mystery-ai",
                "host": "mystery.ai",
                "action": "block",
                "reason": "not allowed",
                "pii_counts": {"PERSON": 2},
            },
            {"user": "erin", "service_id": "claude-web", "action": "coach"},
        ],
    )
    login(client, tokens["viewer"])
    home = client.get("/ui/").text
    assert "mystery-ai" in home and "<svg" in home and 'role="img"' in home and "not sanctioned" in home
    assert "dave" in client.get("/ui/services/mystery-ai").text
    assert "mystery-ai" in client.get("/ui/users/dave").text
    events = client.get("/ui/events").text
    assert "not allowed" in events and "claude-web" in events
    assert client.get("/ui/audit").status_code == 403  # viewers do not read the audit log
    r = client.get("/ui/")
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]


def test_publish_needs_csrf_admin_and_same_origin(client, tokens):
    login(client, tokens["admin"])
    token = csrf(client)
    form = {"document": DOC, "comment": "from the test", "op": "publish"}
    assert client.post("/ui/policy", data=form).status_code == 403  # no CSRF token
    assert client.post("/ui/policy", data=form | {"csrf": "0" * 64}).status_code == 403
    cross = client.post("/ui/policy", data=form | {"csrf": token}, headers={"Origin": "https://evil.example"})
    assert cross.status_code == 403
    r = client.post("/ui/policy", data=form | {"csrf": token}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/ui/policy/versions?published=1"
    versions = client.get("/ui/policy/versions").text
    assert "v1" in versions and "from the test" in versions
    assert "Dashboard Policy" in client.get("/ui/policy/versions/1").text
    assert "test-admin" in client.get("/ui/audit").text


def test_validate_and_preview(client, tokens, engine):
    add_events(engine, [{"service_id": "openai-api"}] * 3)
    login(client, tokens["reviewer"])
    token = csrf(client)
    bad = client.post(
        "/ui/policy", data={"document": "rules:\n  - {action: zap}\n", "op": "validate", "csrf": token}
    )
    assert bad.status_code == 422 and "rules.0.action (line 2)" in bad.text and 'role="alert"' in bad.text
    preview = client.post(
        "/ui/policy",
        data={"csrf": token, "op": "preview", "document": "services: {openai-api: {action: block}}"},
    )
    assert preview.status_code == 200 and "3 requests would be handled differently" in preview.text
    denied = client.post("/ui/policy", data={"document": DOC, "op": "publish", "csrf": token})
    assert denied.status_code == 403 and "needs the admin role" in denied.text


def test_sanction_and_rollback_from_dashboard(client, tokens, engine):
    add_events(engine, [{"service_id": "mystery-ai", "host": "mystery.ai"}])
    login(client, tokens["admin"])
    token = csrf(client, "/ui/services/mystery-ai")
    r = client.post("/ui/services/mystery-ai/sanction", data={"csrf": token, "sanctioned": "true"})
    assert r.status_code == 200 and "Mark as not sanctioned" in r.text
    client.post("/ui/policy/rollback/1", data={"csrf": token})
    assert "v2" in client.get("/ui/policy/versions").text


def test_logout_clears_session(client, tokens):
    login(client, tokens["viewer"])
    token = csrf(client, "/ui/")
    r = client.post("/ui/logout", data={"csrf": token}, follow_redirects=False)
    assert r.status_code == 303 and 'aiwarden_session=""' in r.headers["set-cookie"]


def test_spend_page_shows_cost_per_key(client, tokens, engine):
    add_events(engine, [
        {"user": "gina", "service_id": "openai-api", "model": "gpt-4o", "tokens_in": 1000, "tokens_out": 500,
         "cost_usd": 0.0125},
        {"user": "hank", "service_id": "mystery-ai", "model": "odd-model", "tokens_in": 10, "tokens_out": 5},
    ])
    login(client, tokens["viewer"])
    page = client.get("/ui/spend?by=user&period=day").text
    assert "gina" in page and "0.0125" in page and "hank" in page
    assert "1 requests have no known price" in page  # hank's model has no price: not counted as zero
    assert "<svg" in page
    assert client.get("/ui/spend?by=nonsense").status_code == 200  # falls back to a valid grouping
