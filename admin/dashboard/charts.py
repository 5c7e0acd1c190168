"""Inline SVG charts: no JavaScript, readable by screen readers (role=img with a title and a data table)."""

from html import escape

from markupsafe import Markup

_W, _BAR, _GAP, _LABEL = 560, 18, 6, 170


def bar_chart(rows: list[tuple[str, int]], title: str) -> Markup:
    """Horizontal bars, one per (label, value)."""
    if not rows:
        return Markup(f'<p class="empty">{escape(title)}: no data yet.</p>')
    top = max(v for _, v in rows) or 1
    h = len(rows) * (_BAR + _GAP)
    parts = [
        f'<svg class="chart" viewBox="0 0 {_W} {h}" role="img" aria-labelledby="t-{id(rows)}">',
        f'<title id="t-{id(rows)}">{escape(title)}: '
        + escape(", ".join(f"{k} {v}" for k, v in rows))
        + "</title>",
    ]
    for i, (label, value) in enumerate(rows):
        y = i * (_BAR + _GAP)
        w = max(1, round((_W - _LABEL - 60) * value / top))
        short = label if len(label) <= 24 else label[:23] + "…"
        parts.append(
            f'<text x="{_LABEL - 6}" y="{y + 13}" text-anchor="end">{escape(short)}</text>'
            f'<rect x="{_LABEL}" y="{y}" width="{w}" height="{_BAR}" class="bar"></rect>'
            f'<text x="{_LABEL + w + 5}" y="{y + 13}">{value}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


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
        if i % 2 == 0 or n <= 7:
            parts.append(
                f'<text x="{x + col / 2:.1f}" y="{h + 14}" text-anchor="middle" class="axis">'
                f"{escape(label[5:])}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))
