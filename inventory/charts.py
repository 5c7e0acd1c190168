"""The one horizontal bar chart (inline SVG, no JavaScript) of the dashboard and the shadow-AI report.

Readable by screen readers: ``role="img"`` and a ``<title>`` that lists every label and value. Bars carry
``class="bar"`` and a ``fill`` colour: the dashboard's stylesheet colours them, the stand-alone report
(no stylesheet for SVG) uses the colours given.
"""

import zlib
from collections.abc import Callable, Sequence
from html import escape

_LABEL, _BAR, _GAP = 170, 18, 6
_INK = "#1d2330"
DEFAULT_COLOUR = "#3b7dd8"


def _short(label: str) -> str:
    return label if len(label) <= 24 else label[:23] + "…"


def bar_chart(
    rows: Sequence[tuple[str, float]],
    title: str,
    *,
    colours: Sequence[str] | None = None,
    unit: str = "",
    fmt: Callable[[float], str] = str,
    width: int = 560,
    empty: str | None = None,
) -> str:
    """Horizontal bars, one per (label, value), longest ``width - 230`` px; ``colours`` one per bar."""
    if not rows:
        return f'<p class="empty muted">{escape(empty or f"{title}: no data yet.")}</p>'
    top = max(v for _, v in rows) or 1
    h = len(rows) * (_BAR + _GAP) + 4
    ident = f"chart-{zlib.crc32((title + repr(rows)).encode()):08x}"
    summary = escape((f"{title}: " if title else "") + ", ".join(f"{k} {fmt(v)}{unit}" for k, v in rows))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{h}" '
        f'viewBox="0 0 {width} {h}" role="img" aria-labelledby="{ident}">'
        f'<title id="{ident}">{summary}</title>'
    ]
    for i, (label, value) in enumerate(rows):
        y = i * (_BAR + _GAP) + 2
        w = max(2.0, (width - _LABEL - 60) * value / top)
        colour = colours[i] if colours else DEFAULT_COLOUR
        parts.append(
            f'<text x="{_LABEL - 6}" y="{y + 13}" text-anchor="end" font-size="12" fill="{_INK}">'
            f"<title>{escape(label)}</title>{escape(_short(label))}</text>"
            f'<rect class="bar" x="{_LABEL}" y="{y}" width="{w:.1f}" height="{_BAR}" rx="3" fill="{colour}"/>'
            f'<text x="{_LABEL + w + 5:.1f}" y="{y + 13}" font-size="12" fill="{_INK}">'
            f"{escape(fmt(value))}{escape(unit)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
