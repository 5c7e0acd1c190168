"""The dashboard in headless Chromium: log in, see the inventory, edit and publish a policy."""

import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn
from sqlmodel import Session

from admin.app import create_app
from admin.deps import AdminDeps
from inventory.db import make_engine
from inventory.tokens import create_token
from policy.model import load_policy
from tests.conftest import free_port
from tests.policy.conftest import add_events

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('ui') / 'ui.db'}")
    base = load_policy(None)
    app = create_app(AdminDeps(engine, lambda: base))
    add_events(
        engine,
        [
            {"user": "dave", "service_id": "mystery-ai", "host": "mystery.ai", "action": "coach"},
            {"user": "alice", "service_id": "openai-api", "pii_counts": {"PERSON": 1}},
        ],
    )
    with Session(engine) as s:
        token = create_token(s, "browser-admin", "admin")
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", token
    srv.should_exit = True
    thread.join(10)
    engine.dispose()


def test_login_inventory_edit_publish(server):
    from playwright.sync_api import expect, sync_playwright

    url, token = server
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1366, "height": 768})  # a laptop screen
        page.goto(url + "/")
        expect(page.get_by_role("heading", name="Log in")).to_be_visible()
        page.get_by_label("API token").fill(token)
        page.get_by_role("button", name="Log in").click()

        expect(page.get_by_role("heading", name="AI usage inventory")).to_be_visible()
        expect(page.get_by_role("link", name="mystery-ai").first).to_be_visible()  # first screen, table
        expect(page.locator("svg[role=img]").first).to_be_visible()
        page.get_by_role("link", name="mystery-ai").first.click()
        expect(page.get_by_role("link", name="dave").first).to_be_visible()

        page.get_by_role("navigation", name="Main").get_by_role("link", name="Policy", exact=True).click()
        editor = page.get_by_label("Policy document (YAML)")
        editor.fill("name: Browser Policy\nservices:\n  mystery-ai: {action: blokk}\n")
        page.get_by_role("button", name="Check").click()
        expect(page.get_by_role("alert")).to_contain_text("services.mystery-ai.action (line 3)")

        page.get_by_label("Policy document (YAML)").fill(
            "name: Browser Policy\nservices:\n  openai-api: {sanctioned: true, action: scrub}\n"
            "  mystery-ai: {action: block, reason: not reviewed}\n"
        )
        page.get_by_role("button", name="Preview impact").click()
        expect(page.get_by_label("Impact preview")).to_contain_text("1 requests would be handled differently")

        page.get_by_label("What changed and why").fill("block mystery-ai")
        page.once("dialog", lambda d: d.accept())  # "Publish this policy to every proxy now?"
        page.get_by_role("button", name="Publish").click()
        expect(page.get_by_role("status")).to_contain_text("Version 1 published")
        expect(page.get_by_role("cell", name="block mystery-ai")).to_be_visible()
        browser.close()

    r = httpx.get(url + "/api/v1/policy", headers={"Authorization": f"Bearer {token}"})
    assert r.json()["name"] == "Browser Policy" and r.json()["services"]["mystery-ai"]["action"] == "block"
