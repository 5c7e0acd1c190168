"""MCP servers: which tool servers employees' agents use, the tools they offer, who uses them and what the
policy did (the API, and the dashboard page ``/ui/mcp``). Metadata only: never argument values."""

from dataclasses import asdict
from datetime import datetime

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from admin.dashboard.routes import UserDep, _page
from admin.deps import CurrentPolicyDep, SessionDep, ViewerDep
from inventory.mcp import ServerSummary, server_summaries, server_users
from policy.engine import Decision, tool_refusal
from policy.model import Policy

router = APIRouter(prefix="/api/v1/inventory/mcp", tags=["inventory"])
ui_router = APIRouter(include_in_schema=False)


class ToolOut(BaseModel):
    name: str
    description: str
    first_seen: datetime
    last_seen: datetime
    calls: int
    refused: int
    allowed_by_policy: bool  # False: deny_tools or allow_tools refuse it today


class ClientOut(BaseModel):
    name: str
    version: str
    first_seen: datetime
    last_seen: datetime


class McpServerOut(BaseModel):
    id: str
    host: str
    name: str
    version: str
    protocol_version: str
    catalog_name: str
    unknown: bool
    sanctioned: bool
    policy_action: str | None  # the mcp_servers entry's action (None: no entry; rules and defaults decide)
    first_seen: datetime
    last_seen: datetime
    requests: int
    tool_calls: int
    blocked: int
    scrubbed: int
    users: int
    tools: list[ToolOut]
    clients: list[ClientOut]
    pii_counts: dict[str, int]


class McpUserOut(BaseModel):
    user: str
    requests: int
    tool_calls: int
    blocked: int
    first_seen: datetime
    last_seen: datetime


def _out(s: ServerSummary, policy: Policy) -> McpServerOut:
    entry = policy.mcp_server(s.id, s.host)
    tools_policy = Decision("allow", "", "", allow_tools=tuple(entry.allow_tools) if entry and
                            entry.allow_tools is not None else None,
                            deny_tools=tuple(entry.deny_tools) if entry else ())
    data = asdict(s)
    data["tools"] = [ToolOut(**t, allowed_by_policy=not tool_refusal(tools_policy, t["name"]))
                     for t in data["tools"]]
    return McpServerOut(**data, sanctioned=bool(entry and entry.sanctioned) or policy.is_sanctioned(s.id),
                        policy_action=entry.action if entry else None)


@router.get("/servers", response_model=list[McpServerOut])
def servers(session: SessionDep, _: ViewerDep, policy: CurrentPolicyDep,
            since: datetime | None = None) -> list[McpServerOut]:
    """Every MCP server seen: name and version it reports, tools offered, client applications, use."""
    return [_out(s, policy) for s in server_summaries(session, since)]


@router.get("/servers/{server_id}/users", response_model=list[McpUserOut],
            responses={404: {"description": "No such MCP server"}})
def users(server_id: str, session: SessionDep, _: ViewerDep,
          since: datetime | None = None) -> list[McpUserOut]:
    """Who used one MCP server (pseudonyms in pseudonymous mode), with their calls and refusals."""
    if not any(s.id == server_id for s in server_summaries(session)):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such MCP server")
    return [McpUserOut(**u) for u in server_users(session, server_id, since)]


@ui_router.get("/ui/mcp")
def mcp_page(request: Request, session: SessionDep, user: UserDep, policy: CurrentPolicyDep) -> HTMLResponse:
    servers = [_out(s, policy) for s in server_summaries(session)]
    people = {s.id: server_users(session, s.id)[:10] for s in servers}
    return _page(request, "mcp.html", user, servers=servers, people=people)
