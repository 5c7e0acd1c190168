"""proxy/mcp.py: recognising MCP, reading JSON-RPC, scrub positions, refusals, what the inventory keeps."""

import json

from mitmproxy.http import Headers

from proxy import mcp
from proxy.dialects import dialect
from proxy.scrub_body import AttachmentPolicy, Box, Collector

STREAMABLE = {"accept": "application/json, text/event-stream", "content-type": "application/json"}


def rpc(method: str, params: dict | None = None, id: int | None = 1) -> bytes:
    msg = {"jsonrpc": "2.0", "method": method} | ({"id": id} if id is not None else {})
    return json.dumps(msg | ({"params": params} if params is not None else {})).encode()


def test_headers_hint_mcp():
    assert mcp.header_hint("POST", STREAMABLE)
    assert mcp.header_hint("GET", {"Mcp-Session-Id": "abc"})
    assert mcp.header_hint("POST", {"MCP-Protocol-Version": "2025-06-18", "content-type": "application/json"})
    assert not mcp.header_hint("POST", {"accept": "application/json", "content-type": "application/json"})
    assert not mcp.header_hint("GET", {"accept": "text/event-stream"})


def test_initialize_names_client_and_version():
    body = rpc("initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                              "clientInfo": {"name": "claude-code", "version": "2.1.0"}}, id=0)
    req = mcp.read_request("POST", {"user-agent": "node"}, body)
    assert req == mcp.McpRequest("initialize", (0,), (), "claude-code", "2.1.0", "2025-06-18")


def test_tools_call_and_batch():
    req = mcp.read_request("POST", {"User-Agent": "python-httpx/0.28.1"},
                           rpc("tools/call", {"name": "lookup_customer", "arguments": {"email": "a@b.c"}}, 7))
    assert (req.method, req.ids, req.tool, req.client, req.client_version) == (
        "tools/call", (7,), "lookup_customer", "python-httpx", "0.28.1")
    batch = json.dumps([json.loads(rpc("tools/call", {"name": "a"}, 1)),
                        json.loads(rpc("tools/call", {"name": "b"}, "x")),
                        json.loads(rpc("notifications/progress", {"progressToken": 1}, None))]).encode()
    req = mcp.read_request("POST", {}, batch)
    assert (req.ids, req.tools) == ((1, "x"), ("a", "b"))


def test_modern_protocol_client_info_in_meta():
    meta = {"io.modelcontextprotocol/clientInfo": {"name": "agent", "version": "9"}}
    req = mcp.read_request("POST", {"Mcp-Protocol-Version": "2026-07-28"},
                           rpc("tools/call", {"name": "t", "arguments": {}, "_meta": meta}))
    assert (req.client, req.client_version, req.protocol_version) == ("agent", "9", "2026-07-28")


def test_not_mcp():
    assert mcp.read_request("POST", {}, b'{"model": "gpt-4o", "messages": []}') is None
    assert mcp.read_request("POST", {}, b'{"jsonrpc": "1.0", "method": "x"}') is None
    assert mcp.read_request("POST", {}, b"not json") is None
    assert mcp.read_request("GET", {"accept": "text/event-stream"}, None) is None
    assert mcp.read_request("DELETE", {"mcp-session-id": "s"}, None).http_method == "DELETE"


def texts_of(body: dict) -> list[str]:
    col = Collector(dialect("mcp").protocol, AttachmentPolicy())
    col.json(Box(body))
    return col.walk.texts


def test_every_argument_is_content_and_structure_is_not():
    body = json.loads(rpc("tools/call", {"name": "lookup_customer", "arguments": {
        "email": "maria@example.com", "note": {"deep": ["Maria Gonzalez"]}, "id": "c-1"},
        "_meta": {"progressToken": "p1"}}, 3))
    assert sorted(texts_of(body)) == ["Maria Gonzalez", "c-1", "maria@example.com"]
    init = json.loads(rpc("initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                                         "clientInfo": {"name": "claude-code", "version": "1.0"}}))
    assert texts_of(init) == []
    # a tool name is structure only while it looks like one
    odd = json.loads(rpc("tools/call", {"name": "mail maria@example.com", "arguments": {}}))
    assert texts_of(odd) == ["mail maria@example.com"]


def test_refusal_keeps_the_session():
    body = rpc("tools/call", {"name": "delete_repo"}, 42)
    a = mcp.refusal("POST", body, "Blocked by Policy X: no")
    assert a.status == 200 and json.loads(a.body) == {
        "jsonrpc": "2.0", "id": 42, "error": {"code": mcp.POLICY_ERROR, "message": "Blocked by Policy X: no"}}
    batch = json.dumps([json.loads(rpc("ping", None, "a")), json.loads(rpc("tools/call", {}, "b"))]).encode()
    assert [e["id"] for e in json.loads(mcp.refusal("POST", batch, "m").body)] == ["a", "b"]
    assert mcp.refusal("POST", rpc("notifications/initialized", None, None), "m").status == 202
    assert mcp.refusal("GET", None, "m").status == 405
    assert json.loads(mcp.refusal("POST", b"{bad", "m").body)["id"] is None


def test_param_headers_scrubbed_with_the_body():
    headers = Headers(**{"Mcp-Param-Email": "maria@example.com", "Mcp-Param-Name": "=?base64?TWFyw61h?=",
                         "Mcp-Name": "lookup"})
    seen: list[tuple[str, object]] = []
    mcp.param_headers(headers, lambda text, setter: seen.append((text, setter)))
    assert [t for t, _ in seen] == ["maria@example.com", "María"]
    seen[0][1]("<EMAIL_ADDRESS_1>")
    seen[1][1]("Ä <PERSON_1>")
    assert headers["Mcp-Param-Email"] == "<EMAIL_ADDRESS_1>"
    assert mcp._decode_header(headers["Mcp-Param-Name"]) == "Ä <PERSON_1>"
    assert headers["Mcp-Name"] == "lookup"


def test_observations_from_answers():
    init = mcp.read_request("POST", {}, rpc("initialize", {"protocolVersion": "2025-06-18",
                                                           "clientInfo": {"name": "cli", "version": "1"}}))
    sse = (b'event: message\ndata: {"jsonrpc":"2.0","id":1,"result":{"protocolVersion":"2025-06-18",'
           b'"serverInfo":{"name":"crm","version":"3.2"},"capabilities":{}}}\n\n')
    obs = mcp.observe("mcp:crm.example", "crm.example", init, mcp.answer_messages("text/event-stream", sse))
    assert obs == [mcp.Observation("server", "mcp:crm.example", "crm.example", "crm", "3.2",
                                   protocol_version="2025-06-18"),
                   mcp.Observation("client", "mcp:crm.example", "crm.example", "cli", "1")]
    tl = mcp.read_request("POST", {}, rpc("tools/list", {}))
    answer = json.dumps({"jsonrpc": "2.0", "id": 1, "result": {"tools": [
        {"name": "lookup", "description": "Find a customer", "inputSchema": {}}, {"name": ""}]}}).encode()
    tools = [o for o in mcp.observe("s", "h", tl, mcp.answer_messages("application/json", answer))
             if o.kind == "tool"]
    assert tools == [mcp.Observation("tool", "s", "h", "lookup", description="Find a customer")]


def test_tracker_records_new_and_stale_only():
    t = mcp.Tracker(refresh=60)
    o = mcp.Observation("server", "s", "h", "n")
    assert t.fresh([o], 0) == [o]
    assert t.fresh([o], 30) == []
    assert t.fresh([mcp.Observation("server", "s", "h", "n", "2")], 30) != []  # changed: at once
    assert t.fresh([o], 61) == [o]


def test_dialect_registered_and_server_ids():
    assert isinstance(dialect("mcp"), mcp.MCP)
    assert mcp.server_id("CRM.Example.com:8443") == "mcp:crm.example.com"
    svc = mcp.server_service("crm.example.com")
    assert (svc.category, svc.dialect, svc.unknown) == ("mcp", "mcp", True)


def test_resource_uri_values_are_read_percent_decoded_and_written_back():
    uri = "linear://issues/Maria%20Gonzalez?assignee=maria%40example.com"
    body = json.loads(rpc("resources/read", {"uri": uri}))
    assert texts_of(body) == []  # token-like: left to uri_texts, not scrubbed whole
    found: list[tuple[str, object]] = []
    mcp.uri_texts(body, lambda text, setter: found.append((text, setter)))
    assert [t for t, _ in found] == ["Maria Gonzalez", "assignee", "maria@example.com"]
    found[0][1]("<PERSON_1>")
    found[2][1]("<EMAIL_ADDRESS_1>")
    assert body["params"]["uri"] == "linear://issues/%3CPERSON_1%3E?assignee=%3CEMAIL_ADDRESS_1%3E"
    spaced = json.loads(rpc("resources/read", {"uri": "file:///notes/Maria Gonzalez.txt"}))
    assert texts_of(spaced) == ["file:///notes/Maria Gonzalez.txt"]  # scrubbed whole by the Collector
    mcp.uri_texts(spaced, lambda text, setter: found.append((text, setter)))
    assert len(found) == 3
