"""A real MCP server (the official SDK's MCPServer over Streamable HTTP) in a thread, for the stack tests.

It keeps every argument value its tools received (``seen``) and every raw request body (``bodies``), so a
test can check what reached the server.
"""

import asyncio
import threading
import time
from dataclasses import dataclass, field

import uvicorn
from mcp.server.mcpserver import MCPServer
from starlette.types import ASGIApp, Receive, Scope, Send

from tests.conftest import free_port


@dataclass
class ToolServer:
    name: str = "crm"
    version: str = "3.1.4"
    json_response: bool = False  # False: answers as SSE streams (the SDK's default)
    seen: list[dict] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)
    port: int = 0
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/mcp"

    def app(self) -> ASGIApp:
        mcp = MCPServer(self.name, version=self.version)
        seen = self.seen

        @mcp.tool(description="Find a customer by name and e-mail address")
        def lookup_customer(name: str, email: str) -> str:
            seen.append({"name": name, "email": email})
            return f"Customer {name} <{email}> has 3 open tickets; {name} was last contacted on 2026-11-30."

        @mcp.tool(description="Delete a customer record")
        def delete_customer(customer_id: str) -> str:
            seen.append({"customer_id": customer_id})
            return "deleted"

        @mcp.tool(description="Echo a text")
        def echo(text: str) -> str:
            seen.append({"text": text})
            return text

        inner = mcp.streamable_http_app(json_response=self.json_response)
        bodies = self.bodies

        async def recording(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                return await inner(scope, receive, send)
            chunks: list[bytes] = []

            async def rx():
                message = await receive()
                if message.get("type") == "http.request":
                    chunks.append(message.get("body", b""))
                    if not message.get("more_body"):
                        bodies.append(b"".join(chunks))
                return message
            await inner(scope, rx, send)
        return recording

    def start(self) -> "ToolServer":
        self.port = free_port()
        config = uvicorn.Config(self.app(), host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=lambda: asyncio.run(self._server.serve()), daemon=True)
        self._thread.start()
        deadline = time.time() + 20
        while not self._server.started:
            assert time.time() < deadline, "MCP test server did not start"
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self._server:
            self._server.should_exit = True
        if self._thread:
            self._thread.join(10)
