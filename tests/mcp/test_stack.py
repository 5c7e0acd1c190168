"""MCP through the real `aiwarden run`: the official MCP SDK's client and Streamable-HTTP server (no
hand-written JSON-RPC), the client going through the proxy. Discovery and inventory, allow, scrub and
restore of a tool call (the server never sees the name and e-mail, the client gets them back), a refused
tool, a refused server; the session goes on after a refusal."""

import asyncio

import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from tests.conftest import wait_for
from tests.mcp.server import ToolServer

NAME, EMAIL = "Maria Gonzalez", "maria.gonzalez@example.com"


@pytest.fixture(scope="module")
def servers():
    sse, plain = ToolServer().start(), ToolServer(json_response=True).start()
    other = ToolServer("other").start()
    yield {"sse": sse, "json": plain, "other": other}
    for s in (sse, plain, other):
        s.stop()


@pytest.fixture(scope="module")
def mcp_stack(policy_stack):
    """The session's ``policy_stack`` (tests/conftest.py: its policy "Acme AI policy" holds this module's MCP
    servers, the allowed user ``dev`` and ``hasty``'s rate limit)."""
    return policy_stack


def run(stack, url: str, user: str, steps, mode: str = "legacy"):
    """Open an SDK session to ``url`` through the proxy (as ``user``) and run ``steps(client)``."""
    async def main():
        http = httpx2.AsyncClient(proxy=stack.proxy_url(user), verify=stack.ssl_context(),
                                  timeout=httpx2.Timeout(30, read=60))
        async with http, Client(streamable_http_client(url, http_client=http), mode=mode) as client:
            return await steps(client)
    return asyncio.run(main())


def text_of(result) -> str:
    return "".join(c.text for c in result.content if getattr(c, "type", "") == "text")


@pytest.mark.parametrize("kind", ["sse", "json"])
def test_scrubbed_tool_call_restored_and_refused_tool_keeps_the_session(mcp_stack, servers, kind):
    srv = servers[kind]
    srv.seen.clear()
    srv.bodies.clear()

    async def steps(client):
        listed = await client.list_tools()
        found = await client.call_tool("lookup_customer", {"name": NAME, "email": EMAIL})
        with pytest.raises(MCPError) as refused:
            await client.call_tool("delete_customer", {"customer_id": "c-17"})
        after = await client.call_tool("echo", {"text": "still here"})
        return listed, found, refused.value, after

    listed, found, refused, after = run(mcp_stack, srv.url, "alice", steps)
    assert {t.name for t in listed.tools} == {"lookup_customer", "delete_customer", "echo"}
    # the tool server never saw the name or the e-mail; the client got them back
    assert srv.seen[0]["name"] != NAME and srv.seen[0]["email"] != EMAIL
    assert not any(NAME.encode() in b or EMAIL.encode() in b for b in srv.bodies)
    assert not found.is_error and NAME in text_of(found) and EMAIL in text_of(found)
    assert text_of(found).count(NAME) == 2
    # the refused tool: a JSON-RPC error naming the policy, never sent to the server
    assert refused.error.code == -32001 and "Acme AI policy" in refused.error.message
    assert "delete_customer" in refused.error.message and {"customer_id": "c-17"} not in srv.seen
    assert text_of(after) == "still here"  # the session goes on


def test_allowed_user_reaches_the_server_unchanged(mcp_stack, servers):
    srv = servers["sse"]
    srv.seen.clear()

    async def steps(client):
        return await client.call_tool("lookup_customer", {"name": NAME, "email": EMAIL})

    found = run(mcp_stack, srv.url, "dev", steps)
    assert srv.seen == [{"name": NAME, "email": EMAIL}] and NAME in text_of(found)


def test_blocked_server_refuses_the_handshake_with_the_policy_message(mcp_stack, servers):
    other = servers["other"]
    url = other.url.replace("127.0.0.1", "localhost")

    async def steps(client):
        return await client.list_tools()

    with pytest.raises(BaseException) as raised:  # the SDK raises it from its task group
        run(mcp_stack, url, "alice", steps)
    refused = raised.value
    while isinstance(refused, BaseExceptionGroup) and len(refused.exceptions) == 1:
        refused = refused.exceptions[0]
    assert isinstance(refused, MCPError), repr(raised.value)
    assert "Acme AI policy" in refused.error.message and "not been reviewed" in refused.error.message
    assert other.bodies == []  # nothing reached it


def test_modern_protocol_session_through_the_proxy(mcp_stack, servers):
    srv = servers["json"]

    async def steps(client):
        return await client.call_tool("echo", {"text": f"for {NAME}"})

    assert text_of(run(mcp_stack, srv.url, "alice", steps, mode="auto")) == f"for {NAME}"


def test_inventory_shows_server_tools_clients_users_and_data_types(mcp_stack, servers):
    async def steps(client):
        return await client.call_tool("lookup_customer", {"name": NAME, "email": EMAIL})

    run(mcp_stack, servers["sse"].url, "alice", steps)
    viewer = {"Authorization": f"Bearer {mcp_stack.token('viewer')}"}

    def listed():
        r = httpx.get(f"{mcp_stack.admin_url}/api/v1/inventory/mcp/servers", headers=viewer)
        found = {s["id"]: s for s in r.json()}
        srv = found.get("mcp:127.0.0.1")
        return found if srv and srv["tools"] and srv["tool_calls"] and srv["pii_counts"] else None

    found = wait_for(listed, timeout=15)
    assert found, "the MCP server did not reach the inventory"
    srv = found["mcp:127.0.0.1"]
    assert (srv["name"], srv["version"], srv["unknown"]) == ("crm", "3.1.4", True)
    assert srv["policy_action"] == "scrub"
    tools = {t["name"]: t for t in srv["tools"]}
    assert tools["lookup_customer"]["description"] == "Find a customer by name and e-mail address"
    assert tools["lookup_customer"]["calls"] >= 1 and not tools["delete_customer"]["allowed_by_policy"]
    assert {"EMAIL_ADDRESS", "PERSON"} <= set(srv["pii_counts"])
    assert srv["clients"] and srv["users"] >= 1
    assert "mcp:localhost" in found and found["mcp:localhost"]["blocked"] >= 1
    users = httpx.get(f"{mcp_stack.admin_url}/api/v1/inventory/mcp/servers/mcp:127.0.0.1/users",
                      headers=viewer).json()
    assert "alice" in {u["user"] for u in users}
    # privacy: no argument value in the database or the log
    raw = (mcp_stack.log.parent / "aiwarden.db").read_bytes()
    assert NAME.encode() not in raw and EMAIL.encode() not in raw
    assert NAME not in mcp_stack.logs() and EMAIL not in mcp_stack.logs()


def test_rate_limited_calls_are_json_rpc_errors(mcp_stack, servers):
    async def steps(client):
        outcomes = []
        for i in range(12):
            try:
                outcomes.append(text_of(await client.call_tool("echo", {"text": f"call {i}"})))
            except MCPError as exc:
                outcomes.append(exc.error)
        return outcomes

    outcomes = run(mcp_stack, servers["json"].url, "hasty", steps)
    assert "call 0" in outcomes
    limited = [o for o in outcomes if not isinstance(o, str)]
    assert limited and all(e.code == -32001 and "rate" in e.message.lower() for e in limited)
