"""Single sign-on end to end: a real OpenID provider process, the admin app, headless Chromium."""

import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn
from sqlmodel import Session, select

from admin.app import create_app
from admin.auth_oidc import OidcConfig, parse_role_map
from admin.deps import AdminDeps
from inventory.db import make_engine
from inventory.models import AuditEntry
from policy.model import load_policy
from tests.conftest import free_port

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
CLIENT_ID, CLIENT_SECRET = "aiwarden-dashboard", "client-secret-for-tests"
USERS = {
    "alice": {"groups": ["aiwarden-admins", "staff"]},
    "victor": {"groups": ["staff"]},
    "mallory": {"groups": ["contractors"]},
}


class Idp:
    def __init__(self, redirect_uris: list[str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        args = ["--port", str(self.port), "--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET]
        for uri in redirect_uris:
            args += ["--redirect-uri", uri]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.integrations.oidc_provider", *args], cwd=Path(__file__).parents[2]
        )
        deadline = time.time() + 20
        while True:
            try:
                httpx.get(f"{self.url}/jwks", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                assert self.proc.poll() is None and time.time() < deadline, "the test IdP did not start"
                time.sleep(0.1)
        self.users(USERS)

    def users(self, users: dict) -> None:
        httpx.post(f"{self.url}/test/users", json=users).raise_for_status()

    def rotate(self) -> str:
        return httpx.post(f"{self.url}/test/rotate", json={}).json()["kid"]

    def mint(self, user: str, previous: bool = False) -> str:
        return httpx.post(f"{self.url}/test/mint", json={"user": user, "previous": previous}).json()[
            "id_token"
        ]

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def _serve(app) -> tuple[uvicorn.Server, threading.Thread]:
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=app.state.port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    return srv, thread


@pytest.fixture(scope="module")
def sso(tmp_path_factory):
    """Two admin apps on one database and one provider: normal sessions, and sessions of 3 seconds."""
    ports = free_port(), free_port()
    bases = [f"http://127.0.0.1:{p}" for p in ports]
    idp = Idp([b + "/ui/sso/callback" for b in bases])
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('sso') / 'sso.db'}")
    policy = load_policy(None)
    servers = []
    for port, base, seconds in zip(ports, bases, (3600, 3), strict=True):
        config = OidcConfig(
            issuer=idp.url,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            base_url=base,
            role_map=parse_role_map("aiwarden-admins=admin,staff=viewer"),
            session_seconds=seconds,
        )
        app = create_app(AdminDeps(engine, lambda: policy, oidc=config))
        app.state.port = port
        servers.append(_serve(app))
    yield idp, bases, engine
    for srv, thread in servers:
        srv.should_exit = True
        thread.join(10)
    idp.stop()
    engine.dispose()


def audit(engine, action: str) -> list[AuditEntry]:
    with Session(engine) as s:
        return list(s.exec(select(AuditEntry).where(AuditEntry.action == action)))


def _log_in(page, base: str, user: str) -> None:
    page.goto(base + "/ui/")
    page.get_by_role("link", name="Log in with single sign-on").click()
    page.locator("#username").fill(user)
    page.locator("#signin").click()


def _browser(pw):
    return pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])


def test_login_role_from_claim_cookie_flags_and_logout(sso):
    from playwright.sync_api import expect, sync_playwright

    idp, (base, _), engine = sso
    with sync_playwright() as pw:
        browser = _browser(pw)
        context = browser.new_context()
        page = context.new_page()
        _log_in(page, base, "alice")
        expect(page.get_by_role("heading", name="AI usage inventory")).to_be_visible()
        cookie = next(c for c in context.cookies() if c["name"] == "aiwarden_sso")
        assert cookie["httpOnly"] and cookie["secure"] and cookie["sameSite"] == "Lax"
        page.goto(base + "/ui/audit")  # admin (from the claim): the audit log is open to her
        expect(page.get_by_role("cell", name="sso.login").first).to_be_visible()
        # the admin API takes the session for reads (the browser's own calls)
        api = page.request.get(base + "/api/v1/inventory/services")
        assert api.status == 200
        page.goto(base + "/ui/")
        page.get_by_role("button", name="Log out").click()
        page.get_by_role("link", name="Also sign out of your identity provider").click()
        expect(page.locator("#out")).to_have_text("Signed out.")  # the provider's end-session page
        assert not [c for c in context.cookies() if c["name"] == "aiwarden_sso"]
        page.goto(base + "/ui/")
        expect(page.get_by_role("heading", name="Log in")).to_be_visible()
        browser.close()
    assert [e.detail for e in audit(engine, "sso.login") if e.target == "alice@example.com"] == [
        {"role": "admin"}
    ]
    assert [e.actor for e in audit(engine, "sso.logout")] == ["sso:alice@example.com"]


def test_viewer_role_and_denied_role(sso):
    from playwright.sync_api import expect, sync_playwright

    idp, (base, _), engine = sso
    with sync_playwright() as pw:
        browser = _browser(pw)
        page = browser.new_page()
        _log_in(page, base, "victor")
        expect(page.get_by_role("heading", name="AI usage inventory")).to_be_visible()
        page.goto(base + "/ui/audit")
        expect(page.get_by_text("This needs the reviewer role; you are logged in as viewer.")).to_be_visible()

        page = browser.new_context().new_page()
        _log_in(page, base, "mallory")
        expect(page.get_by_text("Your account has no aiwarden role.")).to_be_visible()
        page.goto(base + "/ui/")
        expect(page.get_by_role("heading", name="Log in")).to_be_visible()
        browser.close()
    refused = audit(engine, "sso.login_refused")
    assert [e.target for e in refused] == ["mallory@example.com"]


def test_role_change_is_audited(sso):
    from playwright.sync_api import expect, sync_playwright

    idp, (base, _), engine = sso
    with sync_playwright() as pw:
        browser = _browser(pw)
        page = browser.new_page()
        _log_in(page, base, "alice")  # admin
        expect(page.get_by_role("heading", name="AI usage inventory")).to_be_visible()
        idp.users({**USERS, "alice": {"groups": ["staff"]}})  # the directory demotes her
        page = browser.new_context().new_page()
        _log_in(page, base, "alice")
        expect(page.get_by_role("heading", name="AI usage inventory")).to_be_visible()
        page.goto(base + "/ui/audit")
        expect(page.get_by_text("This needs the reviewer role; you are logged in as viewer.")).to_be_visible()
        browser.close()
    idp.users(USERS)
    changes = [e.detail for e in audit(engine, "sso.role_change") if e.target == "alice@example.com"]
    assert changes[-1] == {"from": "admin", "to": "viewer"}


def test_expired_session_goes_back_to_log_in(sso):
    from playwright.sync_api import expect, sync_playwright

    idp, (_, short), engine = sso
    with sync_playwright() as pw:
        browser = _browser(pw)
        context = browser.new_context()
        page = context.new_page()
        _log_in(page, short, "victor")
        expect(page.get_by_role("heading", name="AI usage inventory")).to_be_visible()
        value = next(c["value"] for c in context.cookies() if c["name"] == "aiwarden_sso")
        time.sleep(4)  # sessions of this app last 3 s
        page.goto(short + "/ui/")
        expect(page.get_by_role("heading", name="Log in")).to_be_visible()
        browser.close()
    # the cookie's own expiry is checked by the server too, not only by the browser
    r = httpx.get(short + "/ui/", cookies={"aiwarden_sso": value}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/ui/login")


def test_key_rotation(sso):
    from playwright.sync_api import expect, sync_playwright

    idp, (base, _), engine = sso
    old_token = idp.mint("alice")
    assert (
        httpx.get(
            base + "/api/v1/inventory/services", headers={"Authorization": f"Bearer {old_token}"}
        ).status_code
        == 200
    )
    assert idp.rotate() == "key-2"  # the old key leaves the provider's JWKS
    with sync_playwright() as pw:
        browser = _browser(pw)
        page = browser.new_page()
        _log_in(page, base, "alice")  # an ID token with a new key id: the JWKS is read again
        expect(page.get_by_role("heading", name="AI usage inventory")).to_be_visible()
        browser.close()
    new_token = idp.mint("alice")
    ok = httpx.get(base + "/api/v1/inventory/services", headers={"Authorization": f"Bearer {new_token}"})
    assert ok.status_code == 200
    stale = httpx.get(base + "/api/v1/inventory/services", headers={"Authorization": f"Bearer {old_token}"})
    assert stale.status_code == 401  # signed with a key the provider no longer publishes
    viewer = httpx.get(base + "/api/v1/tokens", headers={"Authorization": f"Bearer {idp.mint('victor')}"})
    assert viewer.status_code == 403  # role from the claim: viewer


def test_login_not_started_here_is_refused(sso):
    idp, (base, _), engine = sso
    r = httpx.get(base + "/ui/sso/callback", params={"code": "x", "state": "y"})
    assert r.status_code == 400 and "not started here" in r.text
