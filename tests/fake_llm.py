"""A fake LLM vendor on 127.0.0.1: records what it receives and answers in each provider's shape.

Answers echo the user's last message, so tests can see placeholders go out and originals come back.
It speaks OpenAI (chat, Responses, embeddings, legacy completions), Anthropic Messages, Gemini
(generateContent, streamGenerateContent with and without ``alt=sse``), and the ChatGPT and Claude web
conversation endpoints; streamed answers are cut into small pieces (``x-fake-chunk`` characters, default
3) so placeholders are split across events. Request headers steer it:

- ``x-fake-encoding: gzip|deflate|br|zstd``: content-encode the answer (streams are flushed per event);
- ``x-fake-status: 429``: answer with that status and the provider's error JSON;
- ``x-fake-delay: 0.2``: wait that many seconds before answering (streams: before each event);
- ``x-fake-fault: reset``: read the request, then reset the connection (TCP RST, no answer);
- ``x-fake-fault: truncate``: announce the whole answer but send half of it, then close (streams: half
  of the events, no end of stream).
A GET with ``Upgrade: websocket`` is accepted; each text/binary message is recorded (method ``WS``) and
echoed back.
Requests with ``tools`` get a tool call whose arguments echo the text.
"""

import base64
import gzip
import hashlib
import json
import socket
import struct
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import brotli


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes  # decoded (Content-Encoding removed); raw_body is what came over the wire
    raw_body: bytes = b""


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a client or proxy that hung up is not an error here
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class FakeLLM:
    received: list[Received] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def port(self) -> int:
        assert self.server
        return self.server.server_address[1]

    def all_bodies(self) -> str:
        return "\n".join(r.body.decode("utf-8", "replace") for r in self.received)

    def start(self) -> "FakeLLM":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output quiet
                pass

            def setup(self):
                super().setup()
                # Headers and body go out in separate writes: without this, Nagle plus delayed ACKs add
                # ~40 ms to every answer, which would swamp latency measurements.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _raw_body(self) -> bytes:
                if self.headers.get("transfer-encoding", "").lower() == "chunked":
                    out = b""
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                        if size == 0:
                            self.rfile.readline()
                            return out
                        out += self.rfile.read(size)
                        self.rfile.readline()
                n = int(self.headers.get("content-length") or 0)
                return self.rfile.read(n) if n else b""

            def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
                enc = self.headers.get("x-fake-encoding", "")
                if enc:
                    body = encode(body, enc)
                self.send_response(status)
                self.send_header("content-type", ctype)
                if enc:
                    self.send_header("content-encoding", enc)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                if self.headers.get("x-fake-fault") == "truncate":
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(body)

            def _stream(self, events: list[str]) -> None:
                enc = self.headers.get("x-fake-encoding", "")
                delay = float(self.headers.get("x-fake-delay") or 0)
                comp = StreamEncoder(enc) if enc else None
                self.send_response(200)
                self.send_header("content-type", "text/event-stream; charset=utf-8")
                self.send_header("cache-control", "no-cache")
                self.send_header("transfer-encoding", "chunked")
                if enc:
                    self.send_header("content-encoding", enc)
                self.end_headers()
                if self.headers.get("x-fake-fault") == "truncate":
                    events = events[: len(events) // 2]
                for ev in events:
                    if delay:
                        time.sleep(delay)
                    data = comp.write(ev.encode()) if comp else ev.encode()
                    if data:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                        self.wfile.flush()
                if self.headers.get("x-fake-fault") == "truncate":
                    self.close_connection = True  # no last chunk: the stream just stops
                    return
                if comp and (tail := comp.close()):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(tail), tail))
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()

            def _reset(self) -> None:
                # SO_LINGER with a zero timeout: close() sends RST instead of FIN
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.close_connection = True
                self.connection.close()

            def _websocket(self) -> None:
                key = self.headers.get("sec-websocket-key", "")
                accept = base64.b64encode(
                    hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()
                ).decode()
                self.send_response(101)
                self.send_header("upgrade", "websocket")
                self.send_header("connection", "Upgrade")
                self.send_header("sec-websocket-accept", accept)
                self.end_headers()
                self.wfile.flush()
                self.close_connection = True
                while (frame := _read_ws_frame(self.rfile)) is not None:
                    opcode, payload = frame
                    if opcode == 8:  # close
                        self.wfile.write(bytes([0x88, 0]))
                        return
                    if opcode in (1, 2):
                        fake.received.append(Received("WS", self.path, dict(self.headers), payload))
                        self.wfile.write(_ws_frame(opcode, payload))
                        self.wfile.flush()

            def do_GET(self):
                if self.headers.get("upgrade", "").lower() == "websocket":
                    return self._websocket()
                fake.received.append(Received("GET", self.path, dict(self.headers), b""))
                if "text/html" in self.headers.get("accept", ""):
                    return self._send(
                        200, b"<!doctype html><title>the real app</title><p>app</p>", "text/html"
                    )
                self._send(200, b"plain answer \x00\xff bytes", "application/octet-stream")

            def do_POST(self):
                raw = self._raw_body()
                try:
                    body = decode(raw, self.headers.get("content-encoding", ""))
                except Exception:
                    body = raw
                fake.received.append(Received(self.command, self.path, dict(self.headers), body, raw))
                if self.headers.get("x-fake-fault") == "reset":
                    return self._reset()
                path, _, query = self.path.partition("?")
                if path == "/echo":
                    return self._send(200, body, self.headers.get("content-type", "application/octet-stream"))
                delay = float(self.headers.get("x-fake-delay") or 0)
                try:
                    req = json.loads(body or b"{}")
                except ValueError:
                    return self._send(400, b'{"error": {"message": "bad json"}}')
                status = int(self.headers.get("x-fake-status") or 200)
                if status != 200:
                    return self._send(status, json.dumps(error_answer(path, status)).encode())
                cut = int(self.headers.get("x-fake-chunk") or 3)
                streaming = bool(req.get("stream")) if isinstance(req, dict) else False
                if delay and not (streaming or ":streamGenerateContent" in path):
                    time.sleep(delay)
                if path.endswith("/chat/completions"):
                    if streaming:
                        return self._stream(openai_stream(req, cut))
                    return self._send(200, json.dumps(openai_answer(req)).encode())
                if path.endswith("/responses"):
                    if streaming:
                        return self._stream(responses_stream(req, cut))
                    return self._send(200, json.dumps(responses_answer(req)).encode())
                if path.endswith("/embeddings"):
                    return self._send(200, json.dumps(embeddings_answer(req)).encode())
                if path.endswith("/completions"):
                    return self._send(200, json.dumps(completions_answer(req)).encode())
                if path.endswith("/messages"):
                    if streaming:
                        return self._stream(anthropic_stream(req, cut))
                    return self._send(200, json.dumps(anthropic_answer(req)).encode())
                if ":streamGenerateContent" in path:
                    if "alt=sse" in query:
                        return self._stream(gemini_stream(req, cut))
                    chunks = [json.loads(e[6:]) for e in gemini_stream(req, cut)]
                    return self._send(200, json.dumps(chunks).encode())
                if ":generateContent" in path:
                    return self._send(200, json.dumps(gemini_answer(req)).encode())
                if "/backend-api/" in path and path.endswith("/conversation"):
                    return self._stream(chatgpt_web_stream(req, cut))
                if path.endswith("/completion"):
                    return self._stream(claude_web_stream(req, cut))
                return self._send(200, json.dumps({"echo": req}).encode())

            do_PUT = do_PATCH = do_POST  # web apps save and rename with these: recorded and answered alike

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()


# -- WebSocket (RFC 6455, just enough for tests) ---------------------------------------------------------
def _read_ws_frame(rfile) -> tuple[int, bytes] | None:
    head = rfile.read(2)
    if len(head) < 2:
        return None
    opcode, n = head[0] & 0x0F, head[1] & 0x7F
    if n == 126:
        n = struct.unpack("!H", rfile.read(2))[0]
    elif n == 127:
        n = struct.unpack("!Q", rfile.read(8))[0]
    mask = rfile.read(4) if head[1] & 0x80 else b"\0\0\0\0"
    data = rfile.read(n)
    return opcode, bytes(b ^ mask[i % 4] for i, b in enumerate(data))


def _ws_frame(opcode: int, payload: bytes) -> bytes:
    n = len(payload)
    if n < 126:
        head = bytes([0x80 | opcode, n])
    elif n < 65536:
        head = bytes([0x80 | opcode, 126]) + struct.pack("!H", n)
    else:
        head = bytes([0x80 | opcode, 127]) + struct.pack("!Q", n)
    return head + payload


# -- encodings ---------------------------------------------------------------------------------------
def _zstd():
    try:
        from compression import zstd  # type: ignore[import-not-found]
    except ImportError:
        from backports import zstd  # type: ignore[no-redef]
    return zstd


def encode(data: bytes, enc: str) -> bytes:
    if enc == "gzip":
        return gzip.compress(data)
    if enc == "deflate":
        return zlib.compress(data)
    if enc == "br":
        return brotli.compress(data)
    if enc == "zstd":
        return _zstd().compress(data)
    raise ValueError(enc)


def decode(data: bytes, enc: str) -> bytes:
    enc = enc.strip().lower()
    if not enc or enc == "identity":
        return data
    if enc == "gzip":
        return gzip.decompress(data)
    if enc == "deflate":
        return zlib.decompress(data)
    if enc == "br":
        return brotli.decompress(data)
    if enc == "zstd":
        return _zstd().decompress(data)
    raise ValueError(enc)


class StreamEncoder:
    """Content-encodes a stream and flushes after every event, as real servers do for SSE."""

    def __init__(self, enc: str) -> None:
        self.enc = enc
        if enc in ("gzip", "deflate"):
            self._z = zlib.compressobj(wbits=31 if enc == "gzip" else 15)
        elif enc == "br":
            self._b = brotli.Compressor()
        elif enc == "zstd":
            self._zs = _zstd().ZstdCompressor()
        else:
            raise ValueError(enc)

    def write(self, data: bytes) -> bytes:
        if self.enc in ("gzip", "deflate"):
            return self._z.compress(data) + self._z.flush(zlib.Z_SYNC_FLUSH)
        if self.enc == "br":
            return self._b.process(data) + self._b.flush()
        return self._zs.compress(data) + self._zs.flush(self._zs.FLUSH_BLOCK)

    def close(self) -> bytes:
        if self.enc in ("gzip", "deflate"):
            return self._z.flush()
        if self.enc == "br":
            return self._b.finish()
        return self._zs.flush()


# -- what the user said --------------------------------------------------------------------------------
def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            p.get("text", "") if isinstance(p, dict) else str(p)
            for p in content
            if not isinstance(p, dict) or isinstance(p.get("text", ""), str)
        )
    return ""


def _last_user_text(messages: list) -> str:
    for msg in reversed(messages):
        if isinstance(msg, dict) and msg.get("role") == "user":
            return _text_of(msg.get("content"))
    return ""


def _responses_text(req: dict) -> str:
    inp = req.get("input")
    if isinstance(inp, str):
        return inp
    for item in reversed(inp or []):
        if isinstance(item, dict) and item.get("role") == "user":
            return _text_of(item.get("content"))
    return ""


def _gemini_text(req: dict) -> str:
    for c in reversed(req.get("contents") or []):
        if c.get("role", "user") == "user":
            return " ".join(p.get("text", "") for p in c.get("parts", []) if "text" in p)
    return ""


def _pieces(text: str, cut: int) -> list[str]:
    return [text[i : i + cut] for i in range(0, len(text), cut)] or [""]


def _sse(obj: Any, event: str | None = None) -> str:
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {json.dumps(obj)}\n\n"


# -- OpenAI --------------------------------------------------------------------------------------------
def openai_answer(req: dict) -> dict:
    text = "You said: " + _last_user_text(req["messages"])
    msg: dict = {"role": "assistant", "content": text}
    finish = "stop"
    if req.get("tools"):
        msg = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_fake",
                    "type": "function",
                    "function": {
                        "name": req["tools"][0]["function"]["name"],
                        "arguments": json.dumps({"text": text}),
                    },
                }
            ],
        }
        finish = "tool_calls"
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1764000000,
        "model": req.get("model", "x"),
        "choices": [{"index": 0, "finish_reason": finish, "message": msg}],
        "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
    }


def openai_stream(req: dict, cut: int) -> list[str]:
    text = "You said: " + _last_user_text(req["messages"])
    head = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 1764000000,
        "model": req.get("model", "x"),
    }
    out = [
        _sse(
            {
                **head,
                "choices": [
                    {"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}
                ],
            }
        )
    ]
    finish = "stop"
    if req.get("tools"):
        name = req["tools"][0]["function"]["name"]
        out.append(
            _sse(
                {
                    **head,
                    "choices": [
                        {
                            "index": 0,
                            "delta": {
                                "tool_calls": [
                                    {
                                        "index": 0,
                                        "id": "call_fake",
                                        "type": "function",
                                        "function": {"name": name, "arguments": ""},
                                    }
                                ]
                            },
                            "finish_reason": None,
                        }
                    ],
                }
            )
        )
        for piece in _pieces(json.dumps({"text": text}), cut):
            out.append(
                _sse(
                    {
                        **head,
                        "choices": [
                            {
                                "index": 0,
                                "delta": {"tool_calls": [{"index": 0, "function": {"arguments": piece}}]},
                                "finish_reason": None,
                            }
                        ],
                    }
                )
            )
        finish = "tool_calls"
    else:
        for piece in _pieces(text, cut):
            out.append(
                _sse({**head, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
            )
    out.append(_sse({**head, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}))
    if (req.get("stream_options") or {}).get("include_usage"):
        out.append(
            _sse(
                {
                    **head,
                    "choices": [],
                    "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
                }
            )
        )
    out.append("data: [DONE]\n\n")
    return out


def responses_answer(req: dict) -> dict:
    text = "You said: " + _responses_text(req)
    return {
        "id": "resp_fake",
        "object": "response",
        "created_at": 1764000000,
        "status": "completed",
        "model": req.get("model", "x"),
        "output": [
            {
                "type": "message",
                "id": "msg_fake",
                "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            }
        ],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "usage": {
            "input_tokens": 12,
            "output_tokens": 8,
            "total_tokens": 20,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0},
        },
    }


def responses_stream(req: dict, cut: int) -> list[str]:
    final = responses_answer(req)
    text = final["output"][0]["content"][0]["text"]
    created = {**final, "status": "in_progress", "output": [], "usage": None}
    item = {"type": "message", "id": "msg_fake", "status": "in_progress", "role": "assistant", "content": []}
    out = [
        _sse({"type": "response.created", "sequence_number": 0, "response": created}, "response.created"),
        _sse(
            {"type": "response.output_item.added", "sequence_number": 1, "output_index": 0, "item": item},
            "response.output_item.added",
        ),
        _sse(
            {
                "type": "response.content_part.added",
                "sequence_number": 2,
                "item_id": "msg_fake",
                "output_index": 0,
                "content_index": 0,
                "part": {"type": "output_text", "text": "", "annotations": []},
            },
            "response.content_part.added",
        ),
    ]
    n = 3
    for piece in _pieces(text, cut):
        out.append(
            _sse(
                {
                    "type": "response.output_text.delta",
                    "sequence_number": n,
                    "item_id": "msg_fake",
                    "output_index": 0,
                    "content_index": 0,
                    "delta": piece,
                    "logprobs": [],
                },
                "response.output_text.delta",
            )
        )
        n += 1
    out.append(
        _sse(
            {
                "type": "response.output_text.done",
                "sequence_number": n,
                "item_id": "msg_fake",
                "output_index": 0,
                "content_index": 0,
                "text": text,
                "logprobs": [],
            },
            "response.output_text.done",
        )
    )
    out.append(
        _sse(
            {"type": "response.completed", "sequence_number": n + 1, "response": final}, "response.completed"
        )
    )
    return out


def embeddings_answer(req: dict) -> dict:
    inputs = req.get("input")
    n = len(inputs) if isinstance(inputs, list) else 1
    return {
        "object": "list",
        "model": req.get("model", "x"),
        "data": [{"object": "embedding", "index": i, "embedding": [0.1, 0.2, 0.3]} for i in range(n)],
        "usage": {"prompt_tokens": 5, "total_tokens": 5},
    }


def completions_answer(req: dict) -> dict:
    prompt = req.get("prompt")
    return {
        "id": "cmpl-fake",
        "object": "text_completion",
        "created": 1764000000,
        "model": req.get("model", "x"),
        "choices": [{"index": 0, "text": f"You said: {prompt}", "finish_reason": "stop", "logprobs": None}],
        "usage": {"prompt_tokens": 4, "completion_tokens": 6, "total_tokens": 10},
    }


# -- Anthropic -----------------------------------------------------------------------------------------
def anthropic_answer(req: dict) -> dict:
    text = "You said: " + _last_user_text(req["messages"])
    content: list[dict] = [{"type": "text", "text": text}]
    stop = "end_turn"
    if req.get("tools"):
        content.append(
            {"type": "tool_use", "id": "toolu_fake", "name": req["tools"][0]["name"], "input": {"text": text}}
        )
        stop = "tool_use"
    return {
        "id": "msg_fake",
        "type": "message",
        "role": "assistant",
        "model": req.get("model", "x"),
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {"input_tokens": 13, "output_tokens": 9},
    }


def anthropic_stream(req: dict, cut: int) -> list[str]:
    text = "You said: " + _last_user_text(req["messages"])
    msg = {
        "id": "msg_fake",
        "type": "message",
        "role": "assistant",
        "model": req.get("model", "x"),
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 13, "output_tokens": 1},
    }
    out = [
        _sse({"type": "message_start", "message": msg}, "message_start"),
        _sse(
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
            "content_block_start",
        ),
    ]
    for piece in _pieces(text, cut):
        out.append(
            _sse(
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}},
                "content_block_delta",
            )
        )
    out.append(_sse({"type": "content_block_stop", "index": 0}, "content_block_stop"))
    stop = "end_turn"
    if req.get("tools"):
        out.append(
            _sse(
                {
                    "type": "content_block_start",
                    "index": 1,
                    "content_block": {
                        "type": "tool_use",
                        "id": "toolu_fake",
                        "name": req["tools"][0]["name"],
                        "input": {},
                    },
                },
                "content_block_start",
            )
        )
        for piece in _pieces(json.dumps({"text": text}), cut):
            out.append(
                _sse(
                    {
                        "type": "content_block_delta",
                        "index": 1,
                        "delta": {"type": "input_json_delta", "partial_json": piece},
                    },
                    "content_block_delta",
                )
            )
        out.append(_sse({"type": "content_block_stop", "index": 1}, "content_block_stop"))
        stop = "tool_use"
    out.append(
        _sse(
            {
                "type": "message_delta",
                "delta": {"stop_reason": stop, "stop_sequence": None},
                "usage": {"output_tokens": 9},
            },
            "message_delta",
        )
    )
    out.append(_sse({"type": "message_stop"}, "message_stop"))
    return out


# -- Gemini --------------------------------------------------------------------------------------------
def gemini_answer(req: dict) -> dict:
    text = "You said: " + _gemini_text(req)
    parts: list[dict] = [{"text": text}]
    if req.get("tools"):
        fn = req["tools"][0]["functionDeclarations"][0]["name"]
        parts.append({"functionCall": {"name": fn, "args": {"text": text}}})
    return {
        "candidates": [{"content": {"role": "model", "parts": parts}, "finishReason": "STOP", "index": 0}],
        "usageMetadata": {"promptTokenCount": 14, "candidatesTokenCount": 10, "totalTokenCount": 24},
        "modelVersion": "gemini-2.5-flash",
    }


def gemini_stream(req: dict, cut: int) -> list[str]:
    text = "You said: " + _gemini_text(req)
    pieces = _pieces(text, cut)
    out = []
    for i, piece in enumerate(pieces):
        cand: dict = {"content": {"role": "model", "parts": [{"text": piece}]}, "index": 0}
        ev: dict = {"candidates": [cand], "modelVersion": "gemini-2.5-flash"}
        if i == len(pieces) - 1:
            cand["finishReason"] = "STOP"
            ev["usageMetadata"] = {"promptTokenCount": 14, "candidatesTokenCount": 10, "totalTokenCount": 24}
        out.append(f"data: {json.dumps(ev)}\r\n\r\n")
    return out


# -- web apps ------------------------------------------------------------------------------------------
def chatgpt_web_stream(req: dict, cut: int) -> list[str]:
    parts = req["messages"][-1]["content"]["parts"]
    text = "You said: " + " ".join(p for p in parts if isinstance(p, str))
    out = [
        'event: delta_encoding\ndata: "v1"\n\n',
        _sse(
            {
                "p": "",
                "o": "add",
                "v": {
                    "message": {
                        "id": "m1",
                        "author": {"role": "assistant"},
                        "content": {"content_type": "text", "parts": [""]},
                        "metadata": {"model_slug": "gpt-5"},
                    }
                },
            },
            "delta",
        ),
    ]
    pieces = _pieces(text, cut)
    for i, piece in enumerate(pieces):
        ev = {"p": "/message/content/parts/0", "o": "append", "v": piece} if i == 0 else {"v": piece}
        if i > 0 and (i % 3 == 2 or i == len(pieces) - 1):  # the app batches operations in patch lists
            ev = {"p": "", "o": "patch", "v": [
                {"p": "/message/content/parts/0", "o": "append", "v": piece},
                {"p": "/message/status", "o": "replace", "v": "finished_successfully"},
                {"p": "/message/metadata/finish_details", "o": "replace", "v": {"type": "stop"}}]}
        out.append(_sse(ev, "delta"))
    out.append(_sse({"type": "message_stream_complete", "conversation_id": "c1"}))
    out.append("data: [DONE]\n\n")
    return out


def claude_web_stream(req: dict, cut: int) -> list[str]:
    text = "You said: " + req.get("prompt", "")
    out = [
        _sse({"type": "completion", "completion": p, "stop_reason": None, "model": "claude-x"}, "completion")
        for p in _pieces(text, cut)
    ]
    out.append(
        _sse(
            {"type": "completion", "completion": "", "stop_reason": "stop_sequence", "model": "claude-x"},
            "completion",
        )
    )
    return out


def error_answer(path: str, status: int) -> dict:
    if path.endswith("/messages"):
        return {"type": "error", "error": {"type": "rate_limit_error", "message": "fake vendor error"}}
    if "generateContent" in path:
        return {"error": {"code": status, "message": "fake vendor error", "status": "RESOURCE_EXHAUSTED"}}
    return {"error": {"message": "fake vendor error", "type": "requests", "param": None, "code": "fake"}}
