"""The one bar chart of the dashboard and the shadow-AI report: escaped, accessible, coloured as asked."""

from admin.dashboard.charts import bar_chart as dashboard_bar_chart
from inventory import reports
from inventory.charts import DEFAULT_COLOUR, bar_chart

ROWS = [("<script>alert(1)</script>", 5), ("a-very-long-discovered-service-name-x", 10)]


def test_labels_are_escaped_and_listed_in_the_title():
    svg = bar_chart(ROWS, "Requests & more")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert 'role="img"' in svg and "Requests &amp; more: " in svg and svg.count("<rect") == 2
    assert svg.count(f'fill="{DEFAULT_COLOUR}"') == 2


def test_dashboard_and_report_draw_the_same_chart():
    assert str(dashboard_bar_chart(ROWS, "T")) == bar_chart(ROWS, "T")
    report_svg = reports._hbar_svg([(k, v, "#d9534f") for k, v in ROWS], "T")
    assert report_svg == bar_chart(ROWS, "T", colours=["#d9534f"] * 2, fmt=reports._num, width=440)
    assert report_svg.count('fill="#d9534f"') == 2


def test_no_rows_says_so():
    assert "no data yet" in bar_chart([], "Requests")
    assert "No data in this period." in reports._hbar_svg([])
