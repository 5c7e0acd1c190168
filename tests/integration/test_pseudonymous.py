"""Pseudonymous mode through the real process: names never stored, reveal is admin-only and audited."""

import sqlite3

import httpx
import pytest

from tests.conftest import start_stack, stop_stack, wait_for


@pytest.fixture(scope="module")
def pseudo_stack(tmp_path_factory, fake_llm):
    s = start_stack(
        tmp_path_factory.mktemp("pseudo"),
        fake_llm,
        {
            "AIWARDEN_PSEUDONYMIZE_USERS": "true",
            "AIWARDEN_PSEUDONYM_SECRET": "0123456789abcdef0123456789abcdef",
        },
    )
    yield s
    stop_stack(s)


def test_user_names_are_pseudonyms_and_reveal_is_audited(pseudo_stack):
    s = pseudo_stack
    with s.client("zoe.quinn") as c:
        r = c.post(
            "https://api.openai.com/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "hi"}]},
        )
    assert r.status_code == 200
    admin = {"Authorization": f"Bearer {s.token('admin')}"}
    url = f"{s.admin_url}/api/v1/inventory/events"
    events = wait_for(lambda: httpx.get(url, headers=admin).json()["items"])
    pseudonym = events[0]["user"]
    assert pseudonym != "zoe.quinn" and "zoe" not in pseudonym
    db = s.env["AIWARDEN_DATABASE_URL"].removeprefix("sqlite:///")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(FULL)")
    raw = open(db, "rb").read()
    assert b"zoe.quinn" not in raw  # not in any table, not even sealed in clear

    viewer = {"Authorization": f"Bearer {s.token('viewer')}"}
    body = {"pseudonym": pseudonym, "reason": "incident 42"}
    assert httpx.post(f"{s.admin_url}/api/v1/inventory/reveal", json=body, headers=viewer).status_code == 403
    r = httpx.post(f"{s.admin_url}/api/v1/inventory/reveal", json=body, headers=admin)
    assert r.status_code == 200 and r.json()["user"] == "zoe.quinn"
    audit = httpx.get(f"{s.admin_url}/api/v1/audit", headers=admin).json()["items"]
    assert any("reveal" in a["action"] for a in audit)
