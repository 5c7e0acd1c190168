"""The dashboard and the HTML report in headless Chromium with one day, 14 days and 400 days of data
(issue #16). Every page is screenshot to a file under the test's tmp dir; the paths are printed.

What is checked is what a person sees: 14 day slots in "Last 14 days" (one bar per day with traffic), the
first screen, the events filter and its CSV link, spend amounts that are not rounded to zero, the report's
"Use per day" drawn for one day as for 400, no page wider than the window; and a policy edit published from
the browser is a one-line change (CRLF regression)."""

import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
import uvicorn
from sqlmodel import Session

from admin.app import create_app
from admin.deps import AdminDeps
from aiwarden.wiring import sync_catalog
from inventory.db import make_engine
from inventory.models import UsageEvent, utcnow
from inventory.reports import render_shadow_ai_report
from inventory.rollup import write_events
from inventory.tokens import create_token
from policy.model import load_policy
from policy.store import current_policy
from proxy.catalog import Catalog
from tests.conftest import free_port

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
SERVICES = [("openai-api", "api.openai.com"), ("anthropic-api", "api.anthropic.com"),
            ("deepseek", "chat.deepseek.com"), ("mystery-ai", "mystery.example")]
ACTIONS = ["scrub", "allow", "coach", "block", "scrub"]


def _fill(engine, days: int) -> int:
    """1–3 events on each of the last ``days`` days (today included); returns how many."""
    now, rows = utcnow(), []
    for d in range(days):
        for k in range(1 + (d + 2) % 3):  # 3 on the first day: one of them not sanctioned
            sid, host = SERVICES[(d + k) % len(SERVICES)]
            action = ACTIONS[(d * 3 + k) % len(ACTIONS)]
            rows.append(UsageEvent(
                time=now - timedelta(days=d, minutes=k + 1), user=f"user{(d + k) % 7}", service_id=sid,
                host=host, action=action, status=200, model="gpt-4o-mini", tokens_in=120, tokens_out=40,
                cost_usd=0.0000432 if sid == "openai-api" else None,
                pii_counts={"scrub": {"PERSON": 1 + k}, "block": {"US_SSN": 1}}.get(action, {}),
                reason="data that may not be sent: US_SSN" if action == "block" else "",
            ).model_dump(exclude={"id"}))
    with engine.begin() as conn:
        write_events(conn, rows)
    return len(rows)


@pytest.fixture(params=[1, 14, 400], ids=lambda d: f"{d}d")
def served(request, tmp_path):
    days = request.param
    engine = make_engine(f"sqlite:///{tmp_path / 'inv.db'}")
    sync_catalog(engine, Catalog.load())  # as `aiwarden run` does
    events = _fill(engine, days)
    base = load_policy(None)
    app = create_app(AdminDeps(engine, lambda: base))
    with Session(engine) as s:
        token = create_token(s, "browser-admin", "admin")
        report, _ = render_shadow_ai_report(s, "html", None, sanctioned=current_policy(s, base).is_sanctioned)
    (tmp_path / "report.html").write_text(report)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", token, days, events, tmp_path
    server.should_exit = True
    thread.join(10)
    engine.dispose()


def test_dashboard_and_report_in_chromium(served):
    from playwright.sync_api import expect, sync_playwright

    url, token, days, events, tmp = served
    shots: list[Path] = []

    def shot(page, name: str) -> None:
        path = tmp / f"{days}d-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        shots.append(path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"{name} too wide"

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(url + "/ui/login")
        page.get_by_label("API token").fill(token)
        page.get_by_role("button", name="Log in").click()

        # first screen
        expect(page.get_by_role("heading", name="New this week")).to_be_visible()
        expect(page.get_by_role("heading", name="Not sanctioned but used")).to_be_visible()
        unsanctioned = page.locator("#not-sanctioned li")
        expect(unsanctioned.first).to_be_visible()
        assert "openai-api" not in unsanctioned.all_inner_texts()  # sanctioned by the shipped policy
        # Last 14 days: 14 slots, a bar with height on each day that had traffic, none across the width
        chart = page.locator("section:has(> h2:text-is('Last 14 days')) svg")
        bars = chart.locator("rect.bar")
        expect(bars).to_have_count(14)
        chart_width = chart.bounding_box()["width"]
        boxes = [bars.nth(i).bounding_box() for i in range(14)]
        assert all(b["width"] < chart_width / 10 for b in boxes)
        drawn = [b for b in boxes if b["height"] >= 1]
        assert len(drawn) == min(days, 14)
        assert boxes[-1]["height"] >= 1  # today, at the right end
        shot(page, "overview")

        page.get_by_role("navigation", name="Main").get_by_role("link", name="Events").click()
        rows = page.locator("table tbody tr")
        expect(rows).to_have_count(min(events, 100))
        page.get_by_label("User").fill("user1")
        page.get_by_role("button", name="Show").click()
        expect(page.locator("table tbody tr").first).to_contain_text("user1")
        assert all("user1" in r for r in page.locator("table tbody tr td:nth-child(2)").all_inner_texts())
        expect(page.locator("#csv")).to_have_attribute("href", "/ui/events.csv?user=user1")
        shot(page, "events")

        page.goto(url + "/ui/spend")
        expect(page.get_by_role("heading", name="AI spend")).to_be_visible()
        total = page.locator("p:has-text('Total:') strong").inner_text()
        assert total.startswith("0.0") and total != "0.00 USD", total
        shot(page, "spend")

        page.goto(url + "/ui/services/openai-api")
        expect(page.get_by_text("Personal data found:")).to_be_visible()
        shot(page, "service")
        page.goto(url + "/ui/services/no-such-service")
        expect(page.get_by_role("heading", name="That did not work")).to_be_visible()
        page.goto(url + "/ui/tokens")
        expect(page.get_by_role("cell", name="browser-admin")).to_be_visible()
        shot(page, "tokens")

        if days == 1:  # a one-line edit published from the browser is a one-line change (CRLF bug)
            for old, new in (("", ""), ("    action: scrub", "    action: block")):
                page.goto(url + "/ui/policy")
                editor = page.get_by_label("Policy document (YAML)")
                editor.fill(editor.input_value().replace(old, new, 1))
                page.get_by_label("What changed and why").fill(f"edit {new or 'none'}")
                page.once("dialog", lambda d: d.accept())
                page.get_by_role("button", name="Publish").click()
                expect(page.get_by_role("status")).to_contain_text("published")
            page.goto(url + "/ui/policy/versions/2")
            diff = page.locator("pre").first.inner_text().splitlines()
            changed = [x for x in diff if x[:1] in "+-" and x[:3] not in ("+++", "---")]
            assert changed == ["-    action: scrub", "+    action: block"], diff
            shot(page, "policy-version")

        report = browser.new_page(viewport={"width": 1000, "height": 900})
        report.goto((tmp / "report.html").as_uri())
        trend = report.locator("#chart-trend svg")
        expect(trend).to_be_visible()
        marks = report.locator("#chart-trend circle.day")
        if days <= 62:
            expect(marks).to_have_count(days)
            box = marks.first.bounding_box()
            assert box and box["width"] >= 6  # a visible dot, not a line of no length
        else:
            line = report.locator("#chart-trend polyline").first.bounding_box()
            assert line["width"] > 700  # the whole period across the chart
        expect(report.locator("#chart-leaks")).to_contain_text("items")
        shot(report, "report")
        browser.close()

    for path in shots:
        print(f"screenshot: {path}")
        assert path.stat().st_size > 5000
