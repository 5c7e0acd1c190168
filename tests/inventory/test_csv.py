"""Every CSV aiwarden writes neutralises formulas (CSV injection): spend and shadow-AI reports alike."""

import csv
import io
from datetime import UTC, datetime

import pytest

from inventory.csvfile import csv_cell, csv_text
from inventory.models import UsageEvent
from inventory.rollup import write_events
from inventory.spend import render_spend_report

HOSTILE = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1"]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_cells_get_an_apostrophe(text):
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["gpt-4o", "alice", "", -1.5, 0, 12, None])
def test_other_cells_are_unchanged(value):
    assert csv_cell(value) == value


def test_csv_text_escapes_every_row():
    rows = list(csv.reader(io.StringIO(csv_text(["a", "b"], [["=1", 2], ["ok", "@x"]]))))
    assert rows == [["a", "b"], ["'=1", "2"], ["ok", "'@x"]]


@pytest.mark.parametrize("by", ["user", "model", "requested_model", "group"])
def test_spend_csv_cannot_carry_formulas(engine, by):
    event = UsageEvent(user="=HYPERLINK(\"http://x\")", group="@team", service_id="openai-api", host="h",
                       action="allow", status=200, model="=cmd|' /C calc'!A0", model_requested="+evil",
                       tokens_in=10, tokens_out=5, cost_usd=0.5, time=datetime(2026, 11, 27, 10, tzinfo=UTC))
    with engine.begin() as conn:
        write_events(conn, [event.model_dump(exclude={"id"})])
    from sqlmodel import Session

    with Session(engine) as session:
        body, media_type = render_spend_report(session, "csv", by=by, period="day")
    assert media_type == "text/csv"
    cells = [c for row in csv.reader(io.StringIO(body)) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@")], cells
    key = {"user": "=HYPERLINK", "model": "=cmd", "requested_model": "+evil", "group": "@team"}[by]
    assert any(c.startswith("'" + key) for c in cells)
