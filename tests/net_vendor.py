"""A vendor that behaves like the network: each answer goes out in the byte segments the test chose.

A real HTTP/1.1 server (uvicorn, h11) on 127.0.0.1. asyncio sets TCP_NODELAY on every connection and we
pause between writes, so each segment leaves as its own TCP segment and the proxy really reads an answer
in the pieces given: inside an event, inside ``\\r\\n\\r\\n``, inside a UTF-8 character or a placeholder.

A request names its answer with the ``x-net-answer`` header (the proxy forwards it); the answer is made
by a function of the request (it can echo the placeholders the vendor received). Framing: ``chunked``
(one chunk per segment) or ``length`` (Content-Length, segments written raw). Failure modes: ``reset``
(the connection is dropped after the first segments), ``hang`` (headers, then nothing: a timeout).
"""

import asyncio
import socket
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

import uvicorn


@dataclass
class Received:
    method: str
    path: str  # with the query string
    headers: dict[str, str]
    body: bytes


@dataclass
class Answer:
    body: bytes
    content_type: str = "text/event-stream; charset=utf-8"
    cuts: list[int] = field(default_factory=list)  # byte offsets where the body is split
    framing: str = "chunked"  # chunked | length
    status: int = 200
    fail: str = ""  # "" | "reset" (drop the connection after half the segments) | "hang"
    gap: float = 0.001  # seconds between segments

    def segments(self) -> list[bytes]:
        out, pos = [], 0
        for c in sorted({c for c in self.cuts if 0 < c < len(self.body)}):
            out.append(self.body[pos:c])
            pos = c
        out.append(self.body[pos:])
        return [s for s in out if s]


Handler = Callable[[Received], Answer]


class NetVendor:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.handlers: dict[str, Handler] = {}
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def on(self, key: str, handler: Handler) -> dict[str, str]:
        """Answer requests carrying ``x-net-answer: key`` with ``handler``; returns that header."""
        self.handlers[key] = handler
        return {"x-net-answer": key}

    async def _app(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        body, more = b"", True
        while more:
            msg = await receive()
            body += msg.get("body", b"")
            more = msg.get("more_body", False)
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        query = scope.get("query_string", b"").decode()
        req = Received(scope["method"], scope["path"] + (f"?{query}" if query else ""), headers, body)
        self.received.append(req)
        handler = self.handlers.get(headers.get("x-net-answer", ""))
        if handler is None:
            await send({"type": "http.response.start", "status": 404, "headers": []})
            await send({"type": "http.response.body", "body": b"no such answer"})
            return
        try:
            ans = handler(req)
        except Exception:  # a broken test script: say so (uvicorn would answer a bare 500)
            traceback.print_exc()
            raise
        out = [(b"content-type", ans.content_type.encode())]
        if ans.framing == "length":
            out.append((b"content-length", str(len(ans.body)).encode()))
        await send({"type": "http.response.start", "status": ans.status, "headers": out})
        segments = ans.segments()
        if ans.fail == "hang":
            await asyncio.sleep(3600)
        if ans.fail == "reset":
            segments = segments[: max(1, len(segments) // 2)]
        for seg in segments:
            await send({"type": "http.response.body", "body": seg, "more_body": True})
            await asyncio.sleep(ans.gap)
        if ans.fail == "reset":
            raise ConnectionResetError("net vendor drops the connection mid-answer")  # uvicorn closes it
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    def start(self) -> "NetVendor":
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._app,
            http="h11",
            interface="asgi3",
            lifespan="off",
            proxy_headers=False,
            log_level="error",
            access_log=False,
            timeout_keep_alive=30,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.time() + 10
        while not self._server.started and time.time() < deadline:
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(5)
