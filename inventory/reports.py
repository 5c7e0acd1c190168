"""The shadow-AI report: which AI services are used, by whom, with what data, and what to look at first.

``render_shadow_ai_report(session, fmt, since)`` returns ``(body, media_type)`` for fmt in
table | csv | json | html. The HTML report is one self-contained file (inline CSS, inline SVG charts drawn
here, no scripts, no network fetches) that can be forwarded as is. Reports name services, vendors and
groups, never individual users (those are in the admin API, for those allowed to see them).
"""

import json
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from html import escape

from sqlmodel import Session, select

from inventory.charts import bar_chart
from inventory.csvfile import csv_text
from inventory.mcp import ServerSummary, server_summaries
from inventory.models import Service
from inventory.queries import (
    DailyPoint,
    EventFilter,
    GroupSummary,
    ServiceSummary,
    count_users,
    daily_series,
    group_summaries,
    new_services,
    pii_totals,
    service_summaries,
)
from inventory.risk import ServiceRisk, rank_services

FORMATS = {
    "table": "text/plain; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "html": "text/html; charset=utf-8",
}

# Entity types in words a non-specialist reads without a glossary.
FRIENDLY = {
    "PERSON": "Names of people",
    "EMAIL_ADDRESS": "Email addresses",
    "PHONE_NUMBER": "Phone numbers",
    "LOCATION": "Places and addresses",
    "CREDIT_CARD": "Payment card numbers",
    "IBAN_CODE": "Bank accounts (IBAN)",
    "US_BANK_NUMBER": "Bank account numbers",
    "US_SSN": "Social security numbers",
    "US_ITIN": "Tax ID numbers",
    "US_PASSPORT": "Passport numbers",
    "US_DRIVER_LICENSE": "Driving licence numbers",
    "UK_NHS": "NHS numbers",
    "NATIONAL_ID": "National and official ID numbers",
    "MEDICAL_LICENSE": "Medical licence numbers",
    "IP_ADDRESS": "IP addresses",
    "CRYPTO": "Crypto wallet addresses",
    "SECRET": "Passwords and secrets",
    "API_TOKEN": "API keys and tokens",
    "CONFIDENTIAL": "Confidential project terms",
    "ORGANIZATION": "Organisation names",
    "NRP": "Nationality, religion or politics",
    "DATE_TIME": "Dates",
    "URL": "Web addresses",
}
SCORE_LEVELS = ((20.0, "High"), (8.0, "Medium"), (0.0, "Low"))  # risk score -> level shown to readers


def friendly(entity_type: str) -> str:
    """The reader-facing name of an entity type."""
    return FRIENDLY.get(entity_type, entity_type.replace("_", " ").capitalize())


def risk_level(score: float) -> str:
    """High / Medium / Low for a risk score."""
    return next(label for floor, label in SCORE_LEVELS if score >= floor)


@dataclass
class ShadowAIReport:
    generated_at: datetime
    since: datetime | None
    services: list[ServiceSummary]
    risks: list[ServiceRisk]  # highest risk first
    groups: list[GroupSummary]
    daily: list[DailyPoint]
    data_categories: dict[str, int]
    new_services: list[ServiceSummary]
    users: int = 0  # distinct users in the period
    mcp_servers: list[ServerSummary] = field(default_factory=list)  # tool servers AI agents called

    @property
    def by_id(self) -> dict[str, ServiceSummary]:
        return {s.id: s for s in self.services}

    def totals(self) -> dict[str, int]:
        return {
            "services": len(self.services),
            "requests": sum(s.requests for s in self.services),
            "users": self.users,
            "unsanctioned_services": sum(not r.sanctioned for r in self.risks),
            "personal_data_found": sum(self.data_categories.values()),
            "new_services_this_week": len(self.new_services),
        }


def build_report(
    session: Session,
    since: datetime | None = None,
    now: datetime | None = None,
    sanctioned: Callable[[str], bool] | None = None,
) -> ShadowAIReport:
    """Gather everything the report shows (``sanctioned`` defaults to the flag stored on each service)."""
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    flt = EventFilter(since=since)
    services = service_summaries(session, flt)
    if sanctioned is None:
        flags = dict(session.exec(select(Service.id, Service.sanctioned)).all())
        sanctioned = lambda sid: bool(flags.get(sid, False))  # noqa: E731
    return ShadowAIReport(
        now,
        since,
        services,
        rank_services(services, sanctioned),
        group_summaries(session, flt),
        daily_series(session, flt),
        pii_totals(session, flt),
        new_services(session, now),
        count_users(session, flt),
        server_summaries(session, since),
    )


def render_shadow_ai_report(
    session: Session,
    fmt: str,
    since: datetime | None,
    *,
    now: datetime | None = None,
    sanctioned: Callable[[str], bool] | None = None,
) -> tuple[str, str]:
    """The shadow-AI report as (body, media type); fmt is table, csv, json or html."""
    if fmt not in FORMATS:
        raise ValueError(f"report format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    report = build_report(session, since, now, sanctioned)
    body = {"table": render_table, "csv": render_csv, "json": render_json, "html": render_html}[fmt](report)
    return body, FORMATS[fmt]


# -- rows shared by table, csv and json --------------------------------------------------------
def _service_rows(report: ShadowAIReport) -> list[dict]:
    by_id = report.by_id
    rows = []
    for rank, r in enumerate(report.risks, 1):
        s = by_id[r.service_id]
        rows.append(
            {
                "rank": rank,
                "id": s.id,
                "name": s.name,
                "vendor": s.vendor,
                "category": s.category,
                "discovered": s.unknown,
                "sanctioned": r.sanctioned,
                "risk_tier": r.tier,
                "risk_score": r.score,
                "risk_level": risk_level(r.score),
                "requests": s.requests,
                "users": s.users,
                "groups": s.groups,
                "first_seen": s.first_seen.isoformat(timespec="seconds"),
                "last_seen": s.last_seen.isoformat(timespec="seconds"),
                "allowed": s.actions.get("allow", 0),
                "scrubbed": s.scrubbed,
                "blocked": s.blocked,
                "coached": s.coached,
                "redirected": s.actions.get("redirect", 0),
                "personal_share": round(s.personal_share, 3),
                "tokens_in": s.tokens_in,
                "tokens_out": s.tokens_out,
                "data_exposure": r.exposure,
                "pii_counts": dict(sorted(s.pii_counts.items())),
            }
        )
    return rows


def render_json(report: ShadowAIReport) -> str:
    """The report as one JSON document."""
    doc = {
        "generated_at": report.generated_at.isoformat(timespec="seconds"),
        "since": report.since.isoformat(timespec="seconds") if report.since else None,
        "totals": report.totals(),
        "services": _service_rows(report),
        "new_services_this_week": [
            {
                "id": s.id,
                "name": s.name,
                "first_seen": s.first_seen.isoformat(timespec="seconds"),
                "requests": s.requests,
                "users": s.users,
            }
            for s in report.new_services
        ],
        "groups": [
            asdict(g)
            | {
                "first_seen": g.first_seen.isoformat(timespec="seconds"),
                "last_seen": g.last_seen.isoformat(timespec="seconds"),
            }
            for g in report.groups
        ],
        "daily": [asdict(p) | {"day": p.day.isoformat()} for p in report.daily],
        "data_categories": report.data_categories,
        "mcp_servers": [_mcp_row(m) for m in report.mcp_servers],
        "risk_formula": "score = vendor risk x data sensitivity x volume (see docs/inventory.md)",
    }
    return json.dumps(doc, indent=2) + "\n"


def _mcp_row(m: ServerSummary) -> dict:
    return {"id": m.id, "host": m.host, "name": m.name or m.catalog_name or m.host, "version": m.version,
            "in_catalog": not m.unknown, "requests": m.requests, "tool_calls": m.tool_calls,
            "refused": m.blocked, "users": m.users, "tools": [t.name for t in m.tools],
            "clients": sorted({c["name"] for c in m.clients}), "data_categories": m.pii_counts,
            "first_seen": m.first_seen.isoformat(timespec="seconds"),
            "last_seen": m.last_seen.isoformat(timespec="seconds")}


def _mcp_html(servers: list[ServerSummary]) -> str:
    if not servers:
        return '<p class="muted">No AI agent called an MCP tool server in this period.</p>'
    rows = "".join(
        f"<tr><td>{escape(m.name or m.catalog_name or m.host)}{' (not in catalog)' if m.unknown else ''}</td>"
        f"<td>{escape(m.host)}</td><td class=n>{m.users}</td><td class=n>{m.tool_calls:,}</td>"
        f"<td class=n>{m.blocked:,}</td><td>{escape(', '.join(t.name for t in m.tools[:12]))}"
        f"{' …' if len(m.tools) > 12 else ''}</td>"
        f"<td>{escape(', '.join(friendly(k) for k in m.pii_counts)) or 'none'}</td></tr>"
        for m in servers)
    return ("<table><tr><th>MCP server</th><th>Host</th><th>People</th><th>Tool calls</th><th>Refused</th>"
            f"<th>Tools offered</th><th>Personal data in tool arguments</th></tr>{rows}</table>")


def render_csv(report: ShadowAIReport) -> str:
    """One row per service, highest risk first."""
    rows = _service_rows(report)
    cols = [c for c in (rows[0] if rows else _service_rows_header()) if c != "pii_counts"] + ["pii_counts"]
    for r in rows:
        r["pii_counts"] = " ".join(f"{k}={v}" for k, v in r["pii_counts"].items())
    return csv_text(cols, ([r[c] for c in cols] for r in rows), lineterminator="\n")


def _service_rows_header() -> list[str]:
    return [
        "rank",
        "id",
        "name",
        "vendor",
        "category",
        "discovered",
        "sanctioned",
        "risk_tier",
        "risk_score",
        "risk_level",
        "requests",
        "users",
        "groups",
        "first_seen",
        "last_seen",
        "allowed",
        "scrubbed",
        "blocked",
        "coached",
        "redirected",
        "personal_share",
        "tokens_in",
        "tokens_out",
        "data_exposure",
    ]


def render_table(report: ShadowAIReport) -> str:
    """A plain-text table for the terminal."""
    t = report.totals()
    lines = [
        f"Shadow-AI report, generated {report.generated_at:%Y-%m-%d %H:%M} UTC"
        + (f", since {report.since:%Y-%m-%d %H:%M}" if report.since else ""),
        f"{t['services']} AI services ({t['unsanctioned_services']} not sanctioned), "
        f"{t['requests']} requests, "
        f"{t['users']} users, {t['personal_data_found']} personal data items found, "
        f"{t['new_services_this_week']} new this week",
        "",
    ]
    cols = [
        "rank",
        "id",
        "name",
        "sanctioned",
        "risk",
        "requests",
        "users",
        "private_accounts",
        "blocked",
        "scrubbed",
        "coached",
        "first_seen",
        "last_seen",
        "pii",
    ]
    data = [
        [
            r["rank"],
            r["id"],
            r["name"],
            "yes" if r["sanctioned"] else "no",
            f"{r['risk_score']} {r['risk_level'].lower()}",
            r["requests"],
            r["users"],
            f"{r['personal_share']:.0%}",
            r["blocked"],
            r["scrubbed"],
            r["coached"],
            r["first_seen"][:16],
            r["last_seen"][:16],
            " ".join(f"{k}={v}" for k, v in r["pii_counts"].items()),
        ]
        for r in _service_rows(report)
    ]
    widths = [max(len(str(x)) for x in c) for c in zip(cols, *data, strict=True)]
    for row in [cols, *data]:
        lines.append("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)).rstrip())
    if report.new_services:
        lines += [
            "",
            "New this week: " + ", ".join(f"{s.name} ({s.first_seen:%Y-%m-%d})" for s in report.new_services),
        ]
    return "\n".join(lines) + "\n"


# -- HTML --------------------------------------------------------------------------------------
_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;margin:0;
background:#f5f6f8}
main{max-width:980px;margin:0 auto;padding:28px 32px 48px;background:#fff}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:34px 0 8px;border-bottom:2px solid #e4e7ec}
.muted{color:#5b6472}.kpis{display:flex;gap:14px;flex-wrap:wrap;margin:20px 0}
.kpi{flex:1 1 140px;background:#f1f4f9;border-radius:8px;padding:12px 14px}
.kpi b{display:block;font-size:26px}.grid{display:grid;grid-template-columns:1fr 1fr;gap:18px}
figure{margin:0}figcaption{font-weight:600;margin-bottom:4px}
ol.rank li{margin:0 0 14px;padding-left:4px}.badge{display:inline-block;border-radius:10px;padding:0 8px;
font-size:12px;font-weight:600;margin-left:6px}.High{background:#fde2e1;color:#a11}.Medium{background:#fff1d6;
color:#8a5300}.Low{background:#e2f4e6;color:#1d6b33}.no{background:#eee;color:#444}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:4px 6px;
border-bottom:1px solid #e4e7ec}th{background:#f1f4f9}td.n{text-align:right}
@media print{body{background:#fff}main{padding:0}}
"""
_PALETTE = {
    "sanctioned": "#3b7dd8",
    "unsanctioned": "#d9534f",
    "data": "#7a5cc7",
    "trend": "#3b7dd8",
    "pii": "#e08a1e",
    "leak": "#c0392b",
}


def _hbar_svg(items: list[tuple[str, float, str]], title: str = "", unit: str = "", width: int = 440) -> str:
    """A horizontal bar chart: one (label, value, colour) per bar (``inventory.charts.bar_chart``)."""
    return bar_chart([(label, value) for label, value, _ in items], title, colours=[c for _, _, c in items],
                     unit=unit, fmt=_num, width=width, empty="No data in this period.")


def _trend_svg(points: list[DailyPoint], width: int = 900, height: int = 220) -> str:
    """Requests per day (area) and personal data found per day (line)."""
    if not points:
        return '<p class="muted">No data in this period.</p>'
    left, right, top_pad, bottom = 50, 20, 14, 34
    pw, ph = width - left - right, height - top_pad - bottom
    top = max(max(p.requests for p in points), max(p.pii_entities for p in points), 1)
    top = _nice_ceiling(top)
    n = len(points)

    def x(i: int) -> float:
        return left + (pw * i / (n - 1) if n > 1 else pw / 2)

    def y(v: float) -> float:
        return top_pad + ph - ph * v / top

    req = " ".join(f"{x(i):.1f},{y(p.requests):.1f}" for i, p in enumerate(points))
    pii = " ".join(f"{x(i):.1f},{y(p.pii_entities):.1f}" for i, p in enumerate(points))
    area = f"{x(0):.1f},{y(0):.1f} {req} {x(n - 1):.1f},{y(0):.1f}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" class="chart">'
    ]
    for k in range(5):  # horizontal grid with values
        v = top * k / 4
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e4e7ec"/>'
            f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="#5b6472">{_num(v)}</text>'
        )
    parts.append(
        f'<polygon points="{area}" fill="{_PALETTE["trend"]}" fill-opacity="0.25"/>'
        f'<polyline points="{req}" fill="none" stroke="{_PALETTE["trend"]}" stroke-width="2"/>'
        f'<polyline points="{pii}" fill="none" stroke="{_PALETTE["pii"]}" stroke-width="2" '
        f'stroke-dasharray="5 3"/>'
    )
    step = max(1, math.ceil(n / 10))
    for i in range(0, n, step):
        parts.append(
            f'<text x="{x(i):.1f}" y="{height - 14}" text-anchor="middle" font-size="11" '
            f'fill="#5b6472">{points[i].day:%d %b}</text>'
        )
    parts.append(
        f'<rect x="{left}" y="{height - 10}" width="10" height="4" fill="{_PALETTE["trend"]}"/>'
        f'<text x="{left + 14}" y="{height - 5}" font-size="11">requests</text>'
        f'<rect x="{left + 90}" y="{height - 10}" width="10" height="4" fill="{_PALETTE["pii"]}"/>'
        f'<text x="{left + 104}" y="{height - 5}" font-size="11">personal data found</text>'
    )
    if n <= 62:  # a mark per day: a single day (or a short period) is visible, not a line of no length
        for i, p in enumerate(points):
            parts.append(
                f'<circle class="day" cx="{x(i):.1f}" cy="{y(p.requests):.1f}" r="4" '
                f'fill="{_PALETTE["trend"]}"><title>{p.day:%d %b %Y}: {p.requests:,} requests, '
                f"{p.pii_entities:,} personal data found</title></circle>"
            )
    parts.append("</svg>")
    return "".join(parts)


def _nice_ceiling(v: float) -> float:
    mag = 10 ** math.floor(math.log10(v))
    return next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= v)


def _num(v: float) -> str:
    return f"{v:,.0f}" if v >= 10 or float(v).is_integer() else f"{v:.1f}"


def _sentence(s: ServiceSummary, r: ServiceRisk) -> str:
    """What a non-technical reader needs to know about one service, in two or three sentences."""
    people = f"{s.users} {'person' if s.users == 1 else 'people'}"
    teams = f" in {s.groups} {'team' if s.groups == 1 else 'teams'}" if s.groups else ""
    times = "once" if s.requests == 1 else f"{s.requests:,} times"
    text = [f"Used {times} by {people}{teams}, first on {s.first_seen:%d %b %Y}."]
    if s.pii_counts:
        top = sorted(s.pii_counts.items(), key=lambda kv: -kv[1])[:2]
        kinds = " and ".join(friendly(t).lower() for t, _ in top)
        text.append(
            f"Personal or confidential data was found {sum(s.pii_counts.values()):,} times, mostly {kinds}."
        )
    else:
        text.append("No personal data was found in what was checked.")
    if s.personal_share >= 0.005:
        text.append(
            f"{s.personal_share:.0%} of the use was from private accounts, outside company contracts."
        )
    did = [
        f"{n:,} {what}"
        for n, what in (
            (s.blocked, "stopped"),
            (s.scrubbed, "cleaned of personal data"),
            (s.coached, "shown a warning"),
        )
        if n
    ]
    if did:
        text.append("aiwarden " + ", ".join(did) + ".")
    unchecked = s.actions.get("allow", 0) + s.coached
    if unchecked and not r.sanctioned:
        text.append(f"{unchecked:,} {'request' if unchecked == 1 else 'requests'} went out unchecked.")
    return " ".join(text)


def render_html(report: ShadowAIReport) -> str:
    """One self-contained HTML page with charts and a ranked list for non-technical readers."""
    t = report.totals()
    by_id = report.by_id
    period = f"since {report.since:%d %b %Y}" if report.since else "over the whole recorded history"
    kpis = [
        ("AI services in use", t["services"]),
        ("not sanctioned", t["unsanctioned_services"]),
        ("people using AI", t["users"]),
        ("requests", t["requests"]),
        ("personal data items found", t["personal_data_found"]),
        ("new this week", t["new_services_this_week"]),
    ]
    top = sorted(report.services, key=lambda s: -s.requests)[:10]
    risk_of = {r.service_id: r for r in report.risks}
    top_chart = _hbar_svg(
        [
            (s.name, s.requests, _PALETTE["sanctioned" if risk_of[s.id].sanctioned else "unsanctioned"])
            for s in top
        ],
        "Requests by AI service",
    )
    data_chart = _hbar_svg(
        [(friendly(k), v, _PALETTE["data"]) for k, v in list(report.data_categories.items())[:10]],
        "Personal data found, by kind",
    )
    # Ordered by weighted exposure, but the bars count items found: a number that reads as a count is one.
    leaks = sorted((r for r in report.risks if r.exposure), key=lambda r: -r.exposure)[:10]
    leak_chart = _hbar_svg(
        [(r.name, sum(by_id[r.service_id].pii_counts.values()), _PALETTE["leak"]) for r in leaks],
        "Personal data items found, by service", unit=" items")
    ranked = []
    for r in report.risks[:15]:
        s, level = by_id[r.service_id], risk_level(r.score)
        badges = f'<span class="badge {level}">{level} risk</span>'
        if not r.sanctioned:
            badges += '<span class="badge no">not sanctioned</span>'
        if s.unknown:
            badges += '<span class="badge no">discovered, not in catalog</span>'
        vendor = f" ({escape(s.vendor)})" if s.vendor else ""
        ranked.append(f"<li><b>{escape(s.name)}</b>{vendor}{badges}<br>{escape(_sentence(s, r))}</li>")
    new = "".join(
        f"<li><b>{escape(s.name)}</b>: first used {s.first_seen:%d %b %Y}, {s.requests:,} requests by "
        f"{s.users} {'person' if s.users == 1 else 'people'}</li>"
        for s in report.new_services
    )
    groups = "".join(
        f"<tr><td>{escape(g.group or '(no group)')}</td><td class=n>{g.users}</td>"
        f"<td class=n>{g.services}</td>"
        f"<td class=n>{g.requests:,}</td><td class=n>{sum(g.pii_counts.values()):,}</td>"
        f"<td class=n>{g.blocked:,}</td></tr>"
        for g in report.groups
    )
    detail = "".join(
        f"<tr><td>{r['rank']}</td><td>{escape(r['name'])}</td><td>{'yes' if r['sanctioned'] else 'no'}</td>"
        f"<td>{r['risk_tier']}</td><td class=n>{r['risk_score']}</td><td class=n>{r['requests']:,}</td>"
        f"<td class=n>{r['users']}</td><td class=n>{r['personal_share']:.0%}</td>"
        f"<td>{r['first_seen'][:10]}</td><td>{r['last_seen'][:10]}</td></tr>"
        for r in _service_rows(report)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Shadow-AI report {report.generated_at:%Y-%m-%d}</title><style>{_CSS}</style></head>
<body><main>
<h1>Use of AI services</h1>
<p class="muted">Shadow-AI report {escape(period)}, generated {report.generated_at:%d %b %Y %H:%M} UTC
by aiwarden.
It counts requests to AI services seen by the company proxy. It never contains what people wrote.</p>
<div class="kpis">{"".join(f'<div class="kpi"><b>{v:,}</b>{escape(k)}</div>' for k, v in kpis)}</div>

<h2>What to look at first</h2>
<p class="muted">Services ranked by risk: how risky the vendor is, how sensitive the data sent was,
and how much they were used.</p>
<ol class="rank">{"".join(ranked) or "<li>No AI use was recorded in this period.</li>"}</ol>

<h2>New this week</h2>
{f"<ul>{new}</ul>" if new else '<p class="muted">No AI service was used for the first time this week.</p>'}

<h2>Charts</h2>
<div class="grid">
<figure id="chart-top-services"><figcaption>Most used AI services</figcaption>{top_chart}
<p class="muted">Blue: sanctioned. Red: not sanctioned.</p></figure>
<figure id="chart-data-categories"><figcaption>Kinds of personal data found</figcaption>{data_chart}</figure>
</div>
<figure id="chart-trend"><figcaption>Use per day</figcaption>{_trend_svg(report.daily)}</figure>
<figure id="chart-leaks"><figcaption>Where sensitive data was headed</figcaption>{leak_chart}
<p class="muted">Personal data items found in requests to each service, most sensitive first (passwords and ID
numbers rank above names). aiwarden removed or stopped what its policy covers.</p></figure>

<h2>AI agents' tool servers (MCP)</h2>
<p class="muted">Tool servers that AI agents (coding assistants, desktop assistants) called on people's
behalf, the tools they offer, and the kinds of personal data found in what was sent to the tools.</p>
{_mcp_html(report.mcp_servers)}

<h2>Teams</h2>
<table><tr><th>Team</th><th>People</th><th>Services</th><th>Requests</th><th>Personal data found</th>
<th>Stopped</th></tr>{groups}</table>

<h2>All services</h2>
<table><tr><th>#</th><th>Service</th><th>Sanctioned</th><th>Vendor tier</th><th>Risk score</th>
<th>Requests</th><th>People</th><th>Private accounts</th><th>First seen</th><th>Last seen</th></tr>
{detail}</table>
<p class="muted">Risk score = vendor risk (tier 1–3, +1 if not sanctioned) × data sensitivity (1–10) × volume
(log10 of 1 + requests). High: 20 or more; medium: 8 or more.</p>
</main></body></html>
"""
