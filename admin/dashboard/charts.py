"""Inline SVG charts: no JavaScript, readable by screen readers (role=img with a title and a data table)."""

import math
from html import escape

from markupsafe import Markup

from inventory import charts as inventory_charts

_W = 560


def bar_chart(rows: list[tuple[str, float]], title: str, **kw) -> Markup:
    """Horizontal bars, one per (label, value): the one bar chart, shared with the shadow-AI report."""
    return Markup(inventory_charts.bar_chart(rows, title, **kw))


def money(v: float | None) -> str:
    """An amount with the digits that matter: 1,234.50 · 0.42 · 0.0125 (never "0" for a small cost)."""
    if v is None:
        return "unknown"
    if v == 0 or abs(v) >= 1:
        return f"{v:,.2f}"
    text = f"{v:.{max(2, 2 - math.floor(math.log10(abs(v))))}f}"  # three significant digits
    whole, frac = text.split(".")
    return f"{whole}.{frac.rstrip('0').ljust(2, '0')}"


def column_chart(rows: list[tuple[str, int]], title: str) -> Markup:
    """Vertical columns over time (label = ISO date)."""
    if not rows:
        return Markup(f'<p class="empty">{escape(title)}: no data yet.</p>')
    top = max(v for _, v in rows) or 1
    n, h = len(rows), 140
    col = (_W - 20) / n
    parts = [
        f'<svg class="chart" viewBox="0 0 {_W} {h + 20}" role="img" aria-labelledby="c-{id(rows)}">',
        f'<title id="c-{id(rows)}">{escape(title)}: '
        + escape(", ".join(f"{k} {v}" for k, v in rows))
        + "</title>",
    ]
    for i, (label, value) in enumerate(rows):
        ch = round((h - 16) * value / top)
        x = 10 + i * col
        parts.append(
            f'<rect x="{x + 2:.1f}" y="{h - ch}" width="{col - 4:.1f}" height="{ch}" class="bar">'
            f"<title>{escape(label)}: {value}</title></rect>"
        )
        if value:
            parts.append(f'<text x="{x + col / 2:.1f}" y="{h - ch - 3}" text-anchor="middle">{value}</text>')
        if (n - 1 - i) % 2 == 0 or n <= 7:  # every other day, today (the last) always
            parts.append(
                f'<text x="{x + col / 2:.1f}" y="{h + 14}" text-anchor="middle" class="axis">'
                f"{escape(label[5:])}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))
