"""MCP (Model Context Protocol) traffic: recognise it, read it, decide per tool, answer refusals. Pure.

MCP clients (coding agents, desktop assistants) talk to tool servers with JSON-RPC 2.0 over Streamable
HTTP: a POST per message (``initialize``, ``tools/list``, ``tools/call``, ``resources/read``,
``prompts/get``, notifications and the client's answers to server requests), answered with JSON or a
short SSE stream; a GET opens the server's event stream, a DELETE ends the session. The shape gives it
away on any host, catalogued or not: the ``Mcp-Session-Id`` / ``Mcp-Protocol-Version`` / ``Mcp-Method``
headers, the ``Accept: application/json, text/event-stream`` pair, and a ``"jsonrpc": "2.0"`` body.

This module is also the ``mcp`` payload dialect (``proxy/dialects``): the protocol positions of a
JSON-RPC message (``PROTOCOL``: method, ids, tool name, version fields; every argument is content), and
answers whose placeholders are restored as whole strings (each SSE event is a whole JSON-RPC message).

What is kept about MCP traffic is metadata (``Observation``): the server's name and version, the tools
it offers (names and descriptions, never argument values), the client application. Never argument
values, results, prompts or personal data.
"""

import base64
import binascii
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, urlsplit, urlunsplit

from proxy import urls
from proxy.catalog import AIService, normalize_host
from proxy.dialects import (
    Channel,
    Dialect,
    Usage,
    find,
    no_stream_ends,
    no_stream_texts,
    protocol,
)
from proxy.discovery import MAX_ID_LENGTH

CATEGORY = "mcp"
DIALECT = "mcp"
# JSON-RPC error code of a policy refusal: the implementation-defined server-error range (-32000..-32099).
POLICY_ERROR = -32001
# Methods whose answer the inventory reads (server name and version, the tools offered): not streamed.
OBSERVED = frozenset({"initialize", "server/discover", "tools/list"})
MAX_TEXT = 1000  # a tool description is kept up to this many characters
_NAME = 200

_JSONRPC_KEYS = frozenset({"jsonrpc", "method", "id", "params", "result", "error"})
_PARAM_HEADER = "mcp-param-"
_B64_SENTINEL = re.compile(r"=\?base64\?(?P<payload>[A-Za-z0-9+/]*={0,2})\?=")
_HEADER_SAFE = re.compile(r"[\x20-\x7e]*")
_HOST_CHARS = re.compile(r"[^a-z0-9.:_-]")
_CLIENT_INFO = "io.modelcontextprotocol/clientInfo"
_SERVER_INFO = "io.modelcontextprotocol/serverInfo"

# -- the dialect ---------------------------------------------------------------------------------------
_POSITIONS = (
    "jsonrpc", "method", "id",
    "params.protocolVersion", "params.name", "params.cursor", "params.level",
    "params.uri", "params.ref.uri",  # resource URIs: their decoded segments and query values, see uri_texts
    "params.clientInfo.name", "params.clientInfo.version",
    "params._meta.progressToken",
    "params.ref.type", "params.ref.name", "params.argument.name",
    "params.requestId", "params.progressToken",
)
_INFO = {("params", "_meta", _CLIENT_INFO, k) for k in ("name", "version")}  # a key with dots in it
# A single message or a batch (a JSON array of messages).
PROTOCOL = protocol(*_POSITIONS, *(f"*.{p}" for p in _POSITIONS)) | _INFO | {("*", *p) for p in _INFO}
stream_texts = no_stream_texts  # each SSE event is a whole message: restored as whole strings
stream_ends = no_stream_ends


def error_body(message: str, id: Any = None, code: int = POLICY_ERROR) -> dict:
    """A JSON-RPC error answer the client shows (``id``: the request's, None when not known)."""
    return {"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}}


def request_model(path: str, body: Any) -> str:
    return ""  # an MCP request names no model


def usage(body: Any) -> Usage:
    return Usage()


def stream_usage(event: Any) -> Usage:
    return Usage()


def stream_carrier(channel: Channel, text: str, last: Any) -> tuple[str | None, dict]:
    return None, {"jsonrpc": "2.0", "method": "notifications/message", "params": {"data": text}}


# -- recognising and reading a request -----------------------------------------------------------------
def header_hint(method: str, headers: Mapping[str, str]) -> bool:
    """The headers say MCP (session id, protocol version, method header, or a Streamable HTTP POST)."""
    h = {k.lower(): v for k, v in headers.items()}
    if any(k in h for k in ("mcp-session-id", "mcp-protocol-version", "mcp-method")):
        return True
    accept = h.get("accept", "").lower()
    return (method.upper() == "POST" and "application/json" in accept and "text/event-stream" in accept
            and "json" in h.get("content-type", "").lower())


@dataclass(frozen=True, slots=True)
class McpRequest:
    """What one MCP HTTP request is: its JSON-RPC method(s) and, for ``tools/call``, the tools. Metadata."""

    method: str  # the (first) request's JSON-RPC method; "" for a GET, a DELETE or answers only
    ids: tuple[Any, ...] = ()  # ids of the requests in the message (a batch has several)
    tools: tuple[str, ...] = ()  # tools called (tools/call)
    client: str = ""  # client application (clientInfo name, else the User-Agent's product)
    client_version: str = ""
    protocol_version: str = ""
    http_method: str = "POST"

    @property
    def tool(self) -> str:
        return self.tools[0] if self.tools else ""


def _text(value: Any, limit: int = _NAME) -> str:
    return value.strip()[:limit] if isinstance(value, str) else ""


def _user_agent(headers: Mapping[str, str]) -> tuple[str, str]:
    """The first product token of the User-Agent (``python-httpx/0.28`` → name, version)."""
    ua = next((v for k, v in headers.items() if k.lower() == "user-agent"), "")
    product = ua.split(" ", 1)[0]
    name, _, version = product.partition("/")
    return name[:_NAME], version[:60]


def _messages(body: Any) -> list[dict] | None:
    """The JSON-RPC 2.0 messages of a body (one or a batch), or None when it is not JSON-RPC."""
    items = body if isinstance(body, list) else [body]
    if not items or not all(isinstance(m, dict) and m.get("jsonrpc") == "2.0" and set(m) <= _JSONRPC_KEYS
                            and ("method" in m or "result" in m or "error" in m) for m in items):
        return None
    return items


def read_request(method: str, headers: Mapping[str, str], body: bytes | None) -> McpRequest | None:
    """The MCP request in an HTTP request, or None when it is not one.

    A POST is MCP when its body is JSON-RPC 2.0 (any method name: a JSON-RPC API that is not MCP is
    governed the same way); a GET or DELETE when it carries an MCP session or protocol header.
    """
    h = {k.lower(): v for k, v in headers.items()}
    ua_name, ua_version = _user_agent(headers)
    version = _text(h.get("mcp-protocol-version", ""), 40)
    if method.upper() != "POST":
        if method.upper() in ("GET", "DELETE") and ("mcp-session-id" in h or "mcp-protocol-version" in h):
            return McpRequest("", client=ua_name, client_version=ua_version, protocol_version=version,
                              http_method=method.upper())
        return None
    if not body or body.lstrip()[:1] not in (b"{", b"["):
        return None
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    messages = _messages(data)
    if messages is None:
        return None
    requests = [m for m in messages if isinstance(m.get("method"), str)]
    first = requests[0] if requests else {}
    params = first.get("params") if isinstance(first.get("params"), dict) else {}
    info = params.get("clientInfo") or find(params, "_meta", _CLIENT_INFO)
    client = _text(find(info, "name")) if info else ""
    client_version = _text(find(info, "version"), 60) if info else ""
    tools = tuple(_text(find(m, "params", "name")) for m in requests
                  if m.get("method") == "tools/call" and _text(find(m, "params", "name")))
    return McpRequest(
        method=_text(first.get("method", ""), 100),
        ids=tuple(m["id"] for m in requests if "id" in m),
        tools=tools,
        client=client or ua_name, client_version=client_version if client else ua_version,
        protocol_version=_text(params.get("protocolVersion"), 40) or version,
    )


def server_id(host: str) -> str:
    """The inventory id of an MCP server the catalog does not list: ``mcp:<host>``."""
    host = _HOST_CHARS.sub("_", normalize_host(host)) or "_"
    return f"mcp:{host}"[:MAX_ID_LENGTH]


def server_service(host: str) -> AIService:
    """An AIService record for MCP traffic on a host whose catalog entry (if any) is not an MCP server."""
    name = normalize_host(host)[:200] or "unknown host"
    return AIService(id=server_id(host), name=name, vendor="", category=CATEGORY, hosts=(name,), paths=(),
                     dialect=DIALECT, unknown=True)


# -- refusals ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    body: bytes
    content_type: str


def refusal(http_method: str, body: bytes | None, message: str) -> Answer:
    """The answer to a refused MCP request that keeps the session working.

    A request (or batch) gets a JSON-RPC error per request id, HTTP 200, so the client shows the message
    and goes on; notifications and answers only get 202 (nothing to answer); a GET (the server's event
    stream) gets 405, which clients read as "no stream offered"; a DELETE 405 too.
    """
    if http_method.upper() != "POST":
        return Answer(405, b"", "text/plain")
    try:
        data = json.loads(body or b"null")
    except (ValueError, RecursionError):
        data = None
    messages = _messages(data) if data is not None else None
    if messages is None:  # not readable JSON-RPC: an error with a null id (JSON-RPC's rule)
        return Answer(200, json.dumps(error_body(message)).encode(), "application/json")
    ids = [m["id"] for m in messages if isinstance(m.get("method"), str) and "id" in m]
    if not ids:
        return Answer(202, b"", "text/plain")
    errors = [error_body(message, i) for i in ids]
    out = errors if isinstance(data, list) else errors[0]
    return Answer(200, json.dumps(out, ensure_ascii=False).encode(), "application/json")


# -- Mcp-Param-* headers mirror argument values: scrubbed with the body --------------------------------
def _decode_header(value: str) -> str | None:
    m = _B64_SENTINEL.fullmatch(value)
    if m is None:
        return value
    try:
        return base64.b64decode(m.group("payload"), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None


def _encode_header(value: str) -> str:
    if _HEADER_SAFE.fullmatch(value) and value == value.strip() and not _B64_SENTINEL.fullmatch(value):
        return value
    return f"=?base64?{base64.b64encode(value.encode('utf-8')).decode('ascii')}?="


def param_headers(headers: Any, add: Callable[[str, Callable[[str], None]], None]) -> None:
    """Hand each ``Mcp-Param-*`` header value (a copy of a tool argument) to ``add(text, setter)``, so it is
    scrubbed like the body: the server checks that header and argument agree."""
    for name in [k for k in headers.keys() if k.lower().startswith(_PARAM_HEADER)]:
        value = _decode_header(headers[name])
        if value is None:  # a malformed sentinel: the server refuses it anyway; never forward it as is
            del headers[name]
            continue
        add(value, _header_setter(headers, name))


def _header_setter(headers: Any, name: str) -> Callable[[str], None]:
    def setter(value: str) -> None:
        headers[name] = _encode_header(value)
    return setter


# -- resource URIs: percent-encoded values are read like a URL's ---------------------------------------
_URI_TOKEN = re.compile(r"[^\s@]{1,512}")  # what the Collector leaves to us (it scrubs the rest whole)


def uri_texts(body: Any, add: Callable[[str, Callable[[str], None]], None]) -> None:
    """Hand the free text of each resource URI in a JSON-RPC body (path segments and query keys and values,
    percent-decoded: ``linear://issues?assignee=Maria%20Gonzalez``) to ``add(text, setter)``; the setters
    rebuild the URI. URIs with spaces or an ``@`` are scrubbed whole by the Collector instead."""
    for msg in body if isinstance(body, list) else [body]:
        params = msg.get("params") if isinstance(msg, dict) else None
        for holder in (params, params.get("ref") if isinstance(params, dict) else None):
            uri = holder.get("uri") if isinstance(holder, dict) else None
            if not isinstance(uri, str) or not _URI_TOKEN.fullmatch(uri):
                continue
            parts = urlsplit(uri)
            target = urls.Target(parts.path, parts.query)
            texts = urls.free_text(target)
            new = [t.text for t in texts]
            for i, t in enumerate(texts):
                add(t.text, _uri_setter(holder, parts, target, texts, new, i))


def _uri_setter(holder: dict, parts: SplitResult, target: urls.Target, texts: list[urls.UrlText],
                new: list[str], i: int) -> Callable[[str], None]:
    def setter(value: str) -> None:
        new[i] = value
        t = urls.rebuild(target, texts, new)
        holder["uri"] = urlunsplit((parts.scheme, parts.netloc, t.path, t.query, parts.fragment))
    return setter


# -- answers: what the inventory keeps -----------------------------------------------------------------
def answer_messages(content_type: str, body: bytes) -> list[dict]:
    """The JSON-RPC messages of an answer: a JSON body or the ``data`` of each SSE event."""
    text = body.decode("utf-8", "replace")
    datas: list[str] = []
    if content_type.lower().startswith("text/event-stream"):
        for event in re.split(r"\r\n\r\n|\n\n|\r\r", text):
            lines = [ln[5:].removeprefix(" ") for ln in re.split(r"\r\n|\n|\r", event)
                     if ln.startswith("data:")]
            if lines:
                datas.append("\n".join(lines))
    else:
        datas.append(text)
    out: list[dict] = []
    for data in datas:
        try:
            parsed = json.loads(data)
        except (ValueError, RecursionError):
            continue
        out += [m for m in (parsed if isinstance(parsed, list) else [parsed]) if isinstance(m, dict)]
    return out


@dataclass(frozen=True, slots=True)
class Observation:
    """Something the inventory keeps about an MCP server (metadata; never argument values or results).

    ``kind``: ``server`` (name, version, protocol version), ``tool`` (name, description) or ``client``
    (the client application's name and version).
    """

    kind: str
    server_id: str
    host: str = ""
    name: str = ""
    version: str = ""
    description: str = ""
    protocol_version: str = ""


def observe(server: str, host: str, req: McpRequest, answer: list[dict]) -> list[Observation]:
    """What an MCP exchange tells the inventory: the server, its tools, the client application."""
    results = [m["result"] for m in answer if isinstance(m.get("result"), dict)]
    name = version = ""
    for r in results:
        info = r.get("serverInfo") if req.method == "initialize" else None
        info = info or find(r, "_meta", _SERVER_INFO)
        if isinstance(info, dict):
            name, version = _text(info.get("name")), _text(info.get("version"), 60)
            break
    protocol_version = next((_text(r.get("protocolVersion"), 40) for r in results
                             if req.method == "initialize" and r.get("protocolVersion")),
                            req.protocol_version)
    out = [Observation("server", server, host, name, version, protocol_version=protocol_version)]
    if req.client:
        out.append(Observation("client", server, host, req.client, req.client_version))
    if req.method == "tools/list":
        for r in results:
            for tool in r.get("tools") if isinstance(r.get("tools"), list) else []:
                tname = _text(find(tool, "name"))
                if tname:
                    desc = _text(find(tool, "description"), MAX_TEXT) or _text(find(tool, "title"), MAX_TEXT)
                    out.append(Observation("tool", server, host, tname, description=desc))
    return out


@dataclass
class Tracker:
    """Which observations were sent to the inventory lately: each is recorded when new or changed, and
    again after ``refresh`` seconds (so last-seen moves), never on every request."""

    refresh: float = 300.0
    max_entries: int = 50_000
    _seen: dict[tuple, float] = field(default_factory=dict)

    def fresh(self, items: list[Observation], now: float) -> list[Observation]:
        out = []
        for o in items:
            key = (o.kind, o.server_id, o.name, o.version, o.description, o.protocol_version, o.host)
            if now - self._seen.get(key, float("-inf")) >= self.refresh:
                if len(self._seen) >= self.max_entries:
                    self._seen.clear()
                self._seen[key] = now
                out.append(o)
        return out


# -- what the addon calls (proxy/addon.py, proxy/pages.py, proxy/scrubbing.py) -------------------------
KEY = "aiwarden.mcp"  # flow.metadata: the McpRequest of an MCP flow
TRACKER = Tracker()  # observations sent lately (this process)
ANSWER_LIMIT = 1024 * 1024  # initialize / tools/list answers up to this are read for the inventory


def body_decides(method: str, headers: Mapping[str, str], svc: AIService | None) -> bool:
    """A POST to a catalogued MCP server, or an MCP-looking POST to a host the catalog does not list: the
    body (JSON-RPC method, tool, request id) is needed before acting, so the request is read first."""
    if method.upper() != "POST":
        return False
    return svc.dialect == DIALECT if svc is not None else header_hint(method, headers)


def server_for(flow: Any, svc: AIService | None, body: bytes | None, sink: Any) -> AIService | None:
    """The MCP server a request goes to (the catalog entry, else ``mcp:<host>``), or None when it is not
    MCP. A catalogued MCP server is governed even when its body cannot be read (scrubbing then refuses)."""
    req = flow.request
    msg = read_request(req.method, req.headers, body) if body is not None or req.method != "POST" else None
    if svc is not None and svc.dialect == DIALECT:
        flow.metadata[KEY] = msg or McpRequest("", http_method=req.method.upper())
        return svc
    if msg is None:
        return None
    flow.metadata[KEY] = msg
    server = server_service(req.pretty_host)
    from inventory.models import Service

    sink.record(Service(id=server.id, name=server.name, vendor="", category=CATEGORY, unknown=True))
    return server


def check_tools(flow: Any, st: Any, policy_name: str) -> None:
    """Refuse a ``tools/call`` of a tool the server's ``deny_tools``/``allow_tools`` exclude (a JSON-RPC
    error)."""
    from policy.engine import tool_refusal
    from proxy.actions import refuse

    msg: McpRequest | None = flow.metadata.get(KEY)
    for tool in msg.tools if msg else ():
        if why := tool_refusal(st.decision, tool):
            return refuse(flow, st, 403, f"Blocked by {policy_name}: {why}.", reason=why)


def keeps_answer(flow: Any, st: Any) -> bool:
    """The answer to ``initialize``/``tools/list`` is read whole (small) for the inventory, not streamed."""
    msg: McpRequest | None = flow.metadata.get(KEY)
    if msg is None or msg.method not in OBSERVED or st.mapping:
        return False
    size = flow.response.headers.get("content-length", "")
    return not size or (size.isdigit() and int(size) <= ANSWER_LIMIT)


def record(flow: Any, st: Any, event: Any, sink: Any, now: float) -> None:
    """Add the JSON-RPC method and tool to the usage event; send new observations to the inventory."""
    msg: McpRequest | None = flow.metadata.get(KEY)
    if msg is None:
        return
    event.mcp_method, event.mcp_tool = msg.method, msg.tool
    answer: list[dict] = []
    resp = flow.response
    if resp is not None and not st.canned and msg.method in OBSERVED and not resp.stream:
        try:
            body = resp.get_content(strict=False) or b""
        except ValueError:
            body = b""
        if len(body) <= ANSWER_LIMIT:
            answer = answer_messages(resp.headers.get("content-type", ""), body)
    for o in TRACKER.fresh(observe(st.service_id, st.host, msg, answer), now):
        sink.record(o)


def refusal_response(flow: Any, status: int, message: str, action: str, headers: dict[str, str]) -> Any:
    """``pages.refusal`` for an MCP flow: a JSON-RPC error per request id (see ``refusal``)."""
    from mitmproxy import http

    a = refusal(flow.request.method, flow.request.raw_content, message)
    return http.Response.make(a.status, a.body, headers | {"Content-Type": a.content_type,
                                                           "X-AIWarden-Status": str(status)})



class MCP(Dialect, hooks=globals()):
    """MCP tool servers: JSON-RPC 2.0 over Streamable HTTP; every tool argument is content."""

    name = "mcp"
    family = "mcp"
