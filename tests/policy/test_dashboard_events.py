"""The events page: time range, user, service and action filters, CSV export of what is shown; the first
screen: "new this week" and "not sanctioned but used" (issue #16)."""

import csv
import io
import re
from datetime import timedelta

from inventory.models import utcnow
from tests.policy.conftest import add_events
from tests.policy.test_dashboard import login

DAY = 24 * 60


def _rows(html: str) -> list[list[str]]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [re.findall(r"<td>(.*?)</td>", r, re.S) for r in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def _events(engine):
    add_events(engine, [
        {"user": "ann", "service_id": "openai-api", "action": "scrub", "minutes_ago": 10},
        {"user": "ann", "service_id": "mystery-ai", "host": "mystery.ai", "action": "coach",
         "minutes_ago": 20},
        {"user": "bob", "service_id": "openai-api", "action": "block", "reason": "=cmd|' /C calc'!A0",
         "pii_counts": {"US_SSN": 1}, "minutes_ago": 3 * DAY},
        {"user": "cat", "service_id": "deepseek", "host": "chat.deepseek.com", "action": "allow",
         "minutes_ago": 40 * DAY},
    ])


def test_filters_by_time_user_service_and_action(client, tokens, engine):
    _events(engine)
    login(client, tokens["viewer"])
    assert len(_rows(client.get("/ui/events").text)) == 4
    week = (utcnow().date() - timedelta(days=6)).isoformat()
    recent = _rows(client.get(f"/ui/events?from={week}").text)
    assert len(recent) == 3 and not any("deepseek" in "".join(r) for r in recent)
    old_to = (utcnow().date() - timedelta(days=30)).isoformat()
    assert ["deepseek" in "".join(r) for r in _rows(client.get(f"/ui/events?to={old_to}").text)] == [True]
    ann = _rows(client.get("/ui/events?user=ann").text)
    assert len(ann) == 2 and all("/ui/users/ann" in r[1] for r in ann)
    assert len(_rows(client.get("/ui/events?service=openai-api").text)) == 2
    blocked = _rows(client.get("/ui/events?service=openai-api&action=block").text)
    assert len(blocked) == 1 and "US_SSN" in blocked[0][5]
    bad = client.get("/ui/events?from=last-week")
    assert bad.status_code == 422 and "not a date like 2026-11-01" in bad.text


def test_csv_export_of_the_filtered_events(client, tokens, engine):
    _events(engine)
    login(client, tokens["viewer"])
    page = client.get("/ui/events?user=bob").text
    link = re.search(r'id="csv" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert link == "/ui/events.csv?user=bob"
    r = client.get(link)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 1 and rows[0]["user"] == "bob" and rows[0]["personal_data"] == "US_SSN=1"
    assert rows[0]["reason"].startswith("'=")  # no formula for the spreadsheet to run
    everything = list(csv.DictReader(io.StringIO(client.get("/ui/events.csv").text)))
    assert len(everything) == 4 and "path" not in everything[0]
    client.cookies.clear()
    assert client.get("/ui/events.csv", follow_redirects=False).status_code == 303  # log-in needed


def test_first_screen_new_this_week_and_not_sanctioned_but_used(client, tokens, engine):
    _events(engine)
    login(client, tokens["viewer"])
    home = client.get("/ui/").text
    first = home.split('id="new-this-week"', 1)[1].split('id="not-sanctioned"', 1)
    new, unsanctioned = first[0], first[1].split("</section>", 1)[0]
    assert "mystery-ai" in new and "openai-api" in new and "deepseek" not in new  # deepseek: 40 days ago
    assert "mystery-ai" in unsanctioned and "deepseek" in unsanctioned
    assert "openai-api" not in unsanctioned  # sanctioned by the shipped policy
    assert home.index('id="new-this-week"') < home.index("<h2>Requests by service</h2>")
