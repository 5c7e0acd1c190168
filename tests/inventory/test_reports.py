"""The shadow-AI report in every format, and the HTML report rendered by a real headless Chromium."""

import csv
import io
import json
import re
import struct
import subprocess
import zlib
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlmodel import Session

from inventory.models import Service
from inventory.queries import service_summaries
from inventory.reports import render_shadow_ai_report
from inventory.risk import score_service
from tests.inventory.helpers import T0, load_fixture

NOW = T0 + timedelta(days=3)
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def fixture_db(engine):
    load_fixture(engine)
    return engine


def render(engine, fmt, since=None, **kw):
    with Session(engine) as s:
        return render_shadow_ai_report(s, fmt, since, now=NOW, **kw)


def test_json_report_ranks_by_risk(fixture_db):
    body, media = render(fixture_db, "json")
    assert media == "application/json"
    doc = json.loads(body)
    assert doc["totals"] == {"services": 3, "requests": 9, "users": 5, "unsanctioned_services": 2,
                             "personal_data_found": 10, "new_services_this_week": 3}
    ranked = [s["id"] for s in doc["services"]]
    assert ranked[0] == "deepseek"  # unsanctioned, discovered (high tier), SSN and secrets
    deepseek = doc["services"][0]
    assert (deepseek["sanctioned"], deepseek["risk_tier"], deepseek["blocked"]) == (False, "high", 2)
    assert [d["requests"] for d in doc["daily"]] == [4, 3, 2]
    assert doc["data_categories"]["EMAIL_ADDRESS"] == 4


def test_since_and_live_sanctioned_flags(fixture_db):
    doc = json.loads(render(fixture_db, "json", since=T0 + timedelta(days=2), sanctioned=lambda s: True)[0])
    assert {s["id"]: s["requests"] for s in doc["services"]} == {"openai-api": 1, "claude-web": 1}
    assert doc["totals"]["unsanctioned_services"] == 0


def test_risk_formula_by_hand(fixture_db):
    with Session(fixture_db) as s:
        d = next(x for x in service_summaries(s) if x.id == "deepseek")
    r = score_service(d, sanctioned=False)
    # T = high 3 + unsanctioned 1 = 4; S = 1 + (4*1 + 5*1 + 1*1)/3 + 2/3 = 5; V = log10(4)
    assert (r.vendor_risk, r.sensitivity, r.volume) == (4.0, 5.0, 0.6)
    assert r.score == pytest.approx(round(4 * 5 * 0.60206, 1)) and r.exposure == 4 + 5 + 1


def test_csv_and_table(fixture_db):
    with Session(fixture_db) as s:
        s.add(Service(id="evil", name="=HYPERLINK(\"x\")", unknown=True))
        s.commit()
    body, media = render(fixture_db, "csv")
    assert media.startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [r["id"] for r in rows][0] == "deepseek" and len(rows) == 3
    assert rows[0]["pii_counts"] == "PERSON=1 SECRET=1 US_SSN=1"
    table, _ = render(fixture_db, "table")
    assert "3 AI services (2 not sanctioned), 9 requests" in table and "chat.deepseek.com" in table


def test_csv_cells_cannot_be_formulas(engine):
    from inventory.recorder import Recorder
    from tests.inventory.helpers import ev

    rec = Recorder(engine)
    rec.record(Service(id="x", name="=cmd|' /C calc'!A0", unknown=True))
    rec.record(ev(1, "u", "x", "allow"))
    rec.start().close()
    body, _ = render(engine, "csv")
    assert "'=cmd" in body and ",=cmd" not in body


def test_bad_format_is_a_clear_error(engine):
    with pytest.raises(ValueError, match="table, csv, json, html"):
        render(engine, "pdf")


def test_empty_inventory_renders(engine):
    for fmt in ("table", "csv", "json", "html"):
        body, _ = render(engine, fmt)
        assert body


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: dict[str, int] = {}
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.attrs += attrs


def test_html_is_self_contained_and_escaped(engine):
    from inventory.recorder import Recorder
    from tests.inventory.helpers import ev

    rec = Recorder(engine)
    rec.record(Service(id="x", name="<img src=http://evil.example/x.png>", unknown=True))
    rec.record(ev(1, "u", "x", "scrub", {"PERSON": 1}))
    rec.start().close()
    body, media = render(engine, "html")
    assert media.startswith("text/html")
    p = _Tags()
    p.feed(body)
    assert "img" not in p.tags and "script" not in p.tags and "link" not in p.tags and "iframe" not in p.tags
    assert not [a for a in p.attrs if a[0] in ("src", "href")]
    # The only URL in an attribute is the SVG namespace (an identifier, never fetched); no CSS fetches.
    assert {v for _, v in p.attrs if v and re.search(r"https?:|//", v)} == {"http://www.w3.org/2000/svg"}
    assert "url(" not in body and "@import" not in body
    assert "&lt;img src=http://evil.example/x.png&gt;" in body  # shown as text, escaped


def _png_pixels(png: bytes) -> tuple[int, int, list[tuple[int, ...]]]:
    """Decode an 8-bit, non-interlaced RGB/RGBA PNG (what Chromium writes) into pixels."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w = 8, b"", 0
    while pos < len(png):
        (n,), kind = struct.unpack(">I", png[pos:pos + 4]), png[pos + 4:pos + 8]
        data = png[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", data)
            assert depth == 8 and ctype in (2, 6) and interlace == 0
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += data
        pos += 12 + n
    raw, stride, prev, pixels = zlib.decompress(idat), w * bpp, bytearray(w * bpp), []
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        pixels += [tuple(line[i:i + 3]) for i in range(0, stride, bpp)]
        prev = line
    return w, h, pixels


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
def test_html_report_renders_charts_in_chromium(fixture_db, tmp_path, db_url):
    body, _ = render(fixture_db, "html")
    p = _Tags()
    p.feed(body)
    assert p.tags["svg"] == 4 and p.tags["rect"] >= 8 and p.tags["polyline"] == 2
    for chart in ("chart-top-services", "chart-data-categories", "chart-trend", "chart-leaks"):
        assert f'id="{chart}"' in body
    page, shot = tmp_path / "report.html", tmp_path / "report.png"
    page.write_text(body)
    subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--window-size=1000,1800", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    if db_url.startswith("sqlite"):  # keep one for a human look (see the report to the lead)
        Path("/tmp/aiwarden-report.png").write_bytes(shot.read_bytes())
    w, h, pixels = _png_pixels(shot.read_bytes())
    assert (w, h) == (1000, 1800)
    colours = set(pixels)
    assert len(colours) > 50, "the screenshot is (nearly) blank"
    # Each chart's bar colour is on screen: the SVG charts were drawn, not just present in the markup.
    for name, rgb in {"sanctioned bars": (59, 125, 216), "unsanctioned bars": (217, 83, 79),
                      "data categories": (122, 92, 199), "leak ranking": (192, 57, 43)}.items():
        assert sum(px == rgb for px in pixels) > 200, f"{name} not rendered"


def test_use_per_day_is_visible_with_one_day_of_data(engine):
    """Regression: one day of data drew a line of no length (an empty chart)."""
    from tests.policy.conftest import add_events

    add_events(engine, [{"user": "ann"}, {"user": "bob", "pii_counts": {"PERSON": 2}}])
    with Session(engine) as s:
        body, _ = render_shadow_ai_report(s, "html", None)
    trend = body.split('id="chart-trend"', 1)[1].split("</figure>", 1)[0]
    marks = re.findall(r'<circle class="day" cx="([\d.]+)" cy="([\d.]+)" r="4"', trend)
    assert len(marks) == 1 and "2 requests" in trend


def test_leak_chart_counts_items_and_table_says_private_accounts(fixture_db):
    body, _ = render(fixture_db, "html")
    leaks = body.split('id="chart-leaks"', 1)[1].split("</figure>", 1)[0]
    assert "deepseek" in leaks.lower() and "3 items" in leaks  # PERSON, SECRET, US_SSN: 3 items, not 10 units
    assert "weighted by sensitivity" not in body
    table, _ = render(fixture_db, "table")
    assert "private_accounts" in table.splitlines()[3] and " personal " not in table.splitlines()[3]
