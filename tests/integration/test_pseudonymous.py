"""Pseudonymous mode through the real process: names never stored, reveal is admin-only and audited."""

import sqlite3

import httpx

from tests.conftest import wait_for

MODEL = "pseudonymous-reveal-test"  # marks this test's event (the stack is shared: tests/conftest.py)


def test_user_names_are_pseudonyms_and_reveal_is_audited(pseudo_stack):
    s = pseudo_stack
    with s.client("yann.roe") as c:
        r = c.post(
            "https://api.openai.com/v1/chat/completions",
            json={"model": MODEL, "messages": [{"role": "user", "content": "hi"}]},
        )
    assert r.status_code == 200
    admin = {"Authorization": f"Bearer {s.token('admin')}"}
    url = f"{s.admin_url}/api/v1/inventory/events"
    events = wait_for(lambda: [e for e in httpx.get(url, headers=admin).json()["items"]
                               if e["model"] == MODEL])
    assert len(events) == 1
    pseudonym = events[0]["user"]
    assert pseudonym != "yann.roe" and "yann" not in pseudonym
    db = s.env["AIWARDEN_DATABASE_URL"].removeprefix("sqlite:///")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(FULL)")
    raw = open(db, "rb").read()
    assert b"yann.roe" not in raw  # not in any table, not even sealed in clear

    viewer = {"Authorization": f"Bearer {s.token('viewer')}"}
    body = {"pseudonym": pseudonym, "reason": "incident 42"}
    assert httpx.post(f"{s.admin_url}/api/v1/inventory/reveal", json=body, headers=viewer).status_code == 403
    r = httpx.post(f"{s.admin_url}/api/v1/inventory/reveal", json=body, headers=admin)
    assert r.status_code == 200 and r.json()["user"] == "yann.roe"
    audit = httpx.get(f"{s.admin_url}/api/v1/audit", headers=admin).json()["items"]
    assert any("reveal" in a["action"] for a in audit)
