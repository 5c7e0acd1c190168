"""Regression tests for what the dashboard told its users wrongly (issue #16): CRLF publishing, the 14-day
chart, "not checked" vs "none found", costs rounded to zero, unknown services, viewers' policy page."""

import re

from sqlmodel import Session, select

from inventory.models import AuditEntry, PolicyVersion, Service
from policy.store import diff_to_previous
from tests.policy.conftest import add_events
from tests.policy.test_dashboard import csrf, login

DOC = ("name: Dashboard Policy\nservices:\n  openai-api: {sanctioned: true}\n"
       "  anthropic-api: {sanctioned: true}\n")


def _publish(client, document: str):
    r = client.post("/ui/policy", data={"document": document, "op": "publish", "csrf": csrf(client)},
                    headers={"origin": "http://testserver"}, follow_redirects=False)
    assert r.status_code == 303, r.text


def test_publishing_from_the_browser_keeps_lf_and_a_one_line_diff(client, tokens, engine):
    login(client, tokens["admin"])
    _publish(client, DOC)
    edited = DOC.replace("anthropic-api: {sanctioned: true}", "anthropic-api: {sanctioned: false}")
    _publish(client, edited.replace("\n", "\r\n"))  # what a browser sends from a <textarea>
    with Session(engine) as s:
        latest = s.exec(select(PolicyVersion).order_by(PolicyVersion.id.desc())).first()
        assert "\r" not in latest.document and latest.document == edited
        diff = diff_to_previous(s, latest).splitlines()
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "policy.publish")
                       .order_by(AuditEntry.id.desc())).first()
    assert [x for x in diff if x[:1] in "+-" and x[:3] not in ("+++", "---")] == [
        "-  anthropic-api: {sanctioned: true}", "+  anthropic-api: {sanctioned: false}"]
    assert (entry.detail["lines_added"], entry.detail["lines_removed"]) == (1, 1)


def _columns(svg: str) -> list[float]:
    return [float(w) for w in re.findall(r'<rect x="[\d.]+" y="\d+" width="([\d.]+)"', svg)]


def test_last_14_days_has_14_slots_with_one_day_of_data(client, tokens, engine):
    add_events(engine, [{"user": "a"}, {"user": "b"}])
    login(client, tokens["viewer"])
    home = client.get("/ui/").text
    chart = home.split("<h2>Last 14 days</h2>", 1)[1].split("</svg>", 1)[0]
    widths = _columns(chart)
    assert len(widths) == 14, chart
    assert max(widths) < 560 / 10  # no single bar across the whole width
    assert len(re.findall(r'height="0"', chart)) == 13  # 13 empty days, today has its 2 requests


def test_not_checked_is_not_none_found(client, tokens, engine):
    add_events(engine, [
        {"user": "ann", "service_id": "claude-web", "host": "claude.ai", "action": "allow"},
        {"user": "ann", "service_id": "mystery-ai", "host": "mystery.ai", "action": "coach"},
        {"user": "bob", "service_id": "openai-api", "action": "scrub"},
        {"user": "cat", "service_id": "anthropic-api", "host": "api.anthropic.com", "action": "block",
         "reason": "data that may not be sent: US_SSN", "pii_counts": {"US_SSN": 1}},
    ])
    login(client, tokens["viewer"])
    home = client.get("/ui/").text
    cell = r'/ui/services/([\w-]+)">(?:(?!</tr>).)*<td>((?:(?!<td>).)*?)</td>\s*</tr>'  # a row's last cell
    rows = dict(re.findall(cell, home, re.S))
    assert "not checked" in rows["claude-web"] and "not checked" in rows["mystery-ai"]
    assert rows["openai-api"] == "none found"
    assert "US_SSN" in rows["anthropic-api"]
    events = client.get("/ui/events").text
    assert "not checked" in events and "US_SSN&nbsp;1" in events
    assert "not checked" in client.get("/ui/services/claude-web").text
    assert "none found" in client.get("/ui/services/openai-api").text


def test_spend_page_does_not_round_small_costs_to_zero(client, tokens, engine):
    add_events(engine, [{"user": "ann", "model": "gpt-4o-mini", "tokens_in": 40, "tokens_out": 10,
                         "cost_usd": 0.0000123}])
    login(client, tokens["viewer"])
    page = client.get("/ui/spend").text
    assert "0.0000123" in page
    assert "0.00 USD" not in page and ">0<" not in page.split("<svg", 1)[1].split("</svg>")[0]


def test_unknown_service_page_is_404_without_a_sanction_button(client, tokens, engine):
    catalogued = Service(id="claude-web", name="Claude", vendor="Anthropic", category="chat")  # sync_catalog
    add_events(engine, [{"service_id": "openai-api"}], services=[catalogued])
    login(client, tokens["admin"])
    r = client.get("/ui/services/no-such-service")
    assert r.status_code == 404 and "Mark as sanctioned" not in r.text
    assert client.get("/ui/services/openai-api").status_code == 200
    assert client.get("/ui/services/claude-web").status_code == 200  # in the catalog, not used yet


def test_viewers_read_the_policy_without_an_editor(client, tokens):
    login(client, tokens["viewer"])
    page = client.get("/ui/policy").text
    assert "<textarea" not in page and "<pre" in page and "needs the reviewer" in page
    client.cookies.clear()
    login(client, tokens["reviewer"])
    assert "<textarea" in client.get("/ui/policy").text
