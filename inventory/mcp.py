"""MCP servers in the inventory: writing what the proxy observed, and the summaries the API and report show.

The proxy sends ``proxy.mcp.Observation`` items (server name and version, tools offered, client
applications) through the recorder, which writes them with ``write_observations`` in the same
transaction as the events. Who used a server, when, how often, what was refused and which data types
were found in tool arguments come from the usage events (their ``service_id`` is the server id).
Metadata only: never argument values, results or prompts.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import case, func
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from inventory.models import McpClient, McpServer, McpTool, Service, UsageEvent, UsageEventPii, utcnow

_TABLES = {"server": McpServer.__table__, "tool": McpTool.__table__, "client": McpClient.__table__}
_KEYS = {"server": ("id",), "tool": ("server_id", "name"), "client": ("server_id", "name", "version")}


def _row(o: Any, now: datetime) -> tuple[str, dict[str, Any]]:
    if o.kind == "server":
        row = {"id": o.server_id, "host": o.host, "name": o.name, "version": o.version,
               "protocol_version": o.protocol_version}
    elif o.kind == "tool":
        row = {"server_id": o.server_id, "name": o.name, "description": o.description}
    else:
        row = {"server_id": o.server_id, "name": o.name, "version": o.version}
    return o.kind, row | {"first_seen": now, "last_seen": now}


def write_observations(conn: Connection, items: list[Any]) -> None:
    """Upsert observations: new rows are added; known ones get last_seen (and what the server now says)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    now = utcnow()
    for o in items:
        kind, row = _row(o, now)
        stmt = insert(_TABLES[kind]).values(row)
        update = {"last_seen": stmt.excluded.last_seen}
        if kind == "server":  # an observation without the server's own name keeps the one known
            for c in ("name", "version", "protocol_version"):
                update[c] = case((stmt.excluded[c] != "", stmt.excluded[c]), else_=_TABLES[kind].c[c])
        elif kind == "tool":
            update["description"] = stmt.excluded.description
        conn.execute(stmt.on_conflict_do_update(index_elements=list(_KEYS[kind]), set_=update))


@dataclass
class ToolSummary:
    name: str
    description: str
    first_seen: datetime
    last_seen: datetime
    calls: int = 0
    refused: int = 0


@dataclass
class ServerSummary:
    id: str
    host: str
    name: str  # as the server reports it ("" when it did not say)
    version: str
    protocol_version: str
    first_seen: datetime
    last_seen: datetime
    catalog_name: str = ""  # the service's name (catalog entry, or the host)
    unknown: bool = True  # not in the catalog
    requests: int = 0
    tool_calls: int = 0
    blocked: int = 0
    scrubbed: int = 0
    users: int = 0
    tools: list[ToolSummary] = field(default_factory=list)
    clients: list[dict[str, Any]] = field(default_factory=list)  # name, version, first_seen, last_seen
    pii_counts: dict[str, int] = field(default_factory=dict)  # data types found in tool arguments


def server_summaries(session: Session, since: datetime | None = None) -> list[ServerSummary]:
    """Every MCP server seen, with its tools, clients, users and what was done (events since ``since``)."""
    servers = {s.id: s for s in session.exec(select(McpServer))}
    services = {s.id: s for s in session.exec(select(Service).where(Service.category == "mcp"))}
    ids = set(servers) | set(services)
    e = UsageEvent
    where = [col(e.service_id).in_(ids)] + ([col(e.time) >= since] if since else [])
    counts = {
        sid: (n, calls, blocked, scrubbed, users, first, last)
        for sid, n, calls, blocked, scrubbed, users, first, last in session.exec(
            select(e.service_id, func.count(), func.sum(case((e.mcp_method == "tools/call", 1), else_=0)),
                   func.sum(case((e.action == "block", 1), else_=0)),
                   func.sum(case((e.action == "scrub", 1), else_=0)),
                   func.count(func.distinct(e.user)), func.min(e.time), func.max(e.time))
            .where(*where).group_by(e.service_id))
    }
    tool_counts: dict[tuple[str, str], tuple[int, int]] = {
        (sid, tool): (n, refused) for sid, tool, n, refused in session.exec(
            select(e.service_id, e.mcp_tool, func.count(), func.sum(case((e.action == "block", 1), else_=0)))
            .where(*where, e.mcp_tool != "").group_by(e.service_id, e.mcp_tool))
    }
    pii: dict[str, dict[str, int]] = {}
    for sid, etype, n in session.exec(
            select(e.service_id, UsageEventPii.entity_type, func.sum(UsageEventPii.count))
            .join(UsageEventPii, col(UsageEventPii.event_id) == col(e.id))
            .where(*where).group_by(e.service_id, UsageEventPii.entity_type)):
        pii.setdefault(sid, {})[etype] = int(n or 0)
    tools: dict[str, list[ToolSummary]] = {}
    for t in session.exec(select(McpTool).order_by(McpTool.server_id, McpTool.name)):
        n, refused = tool_counts.get((t.server_id, t.name), (0, 0))
        tools.setdefault(t.server_id, []).append(
            ToolSummary(t.name, t.description, t.first_seen, t.last_seen, n, int(refused or 0)))
    clients: dict[str, list[dict[str, Any]]] = {}
    for c in session.exec(select(McpClient).order_by(McpClient.server_id, McpClient.name)):
        clients.setdefault(c.server_id, []).append(
            {"name": c.name, "version": c.version, "first_seen": c.first_seen, "last_seen": c.last_seen})
    out = []
    for sid in sorted(ids):
        s, svc = servers.get(sid), services.get(sid)
        n, calls, blocked, scrubbed, users, first, last = counts.get(sid, (0, 0, 0, 0, 0, None, None))
        first_seen = s.first_seen if s else first
        if first_seen is None:
            continue  # a catalog MCP server nobody has used
        out.append(ServerSummary(
            id=sid, host=s.host if s else "", name=s.name if s else "", version=s.version if s else "",
            protocol_version=s.protocol_version if s else "", first_seen=first_seen,
            last_seen=max(x for x in (s.last_seen if s else None, last) if x is not None),
            catalog_name=svc.name if svc else "", unknown=svc.unknown if svc else True,
            requests=n, tool_calls=int(calls or 0), blocked=int(blocked or 0), scrubbed=int(scrubbed or 0),
            users=users, tools=tools.get(sid, []), clients=clients.get(sid, []), pii_counts=pii.get(sid, {})))
    return sorted(out, key=lambda s: s.last_seen, reverse=True)


def server_users(session: Session, server_id: str, since: datetime | None = None) -> list[dict[str, Any]]:
    """Who used one MCP server (user as recorded: a pseudonym in pseudonymous mode), with counts."""
    e = UsageEvent
    where = [e.service_id == server_id] + ([col(e.time) >= since] if since else [])
    rows = session.exec(
        select(e.user, func.count(), func.sum(case((e.mcp_method == "tools/call", 1), else_=0)),
               func.sum(case((e.action == "block", 1), else_=0)), func.min(e.time), func.max(e.time))
        .where(*where).group_by(e.user).order_by(func.count().desc()))
    return [{"user": u, "requests": n, "tool_calls": int(calls or 0), "blocked": int(b or 0),
             "first_seen": first, "last_seen": last} for u, n, calls, b, first, last in rows]


def new_servers(session: Session, since: datetime) -> list[McpServer]:
    """MCP servers first seen at or after ``since`` (for the new-MCP-server alert)."""
    return list(session.exec(select(McpServer).where(col(McpServer.first_seen) >= since)
                             .order_by(McpServer.first_seen)))
