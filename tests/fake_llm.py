"""A fake LLM vendor on 127.0.0.1: records what it receives and answers in each provider's shape.

Answers echo the user's last message, so tests can see placeholders go out and originals come back.
"""

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


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

            def _body(self) -> bytes:
                n = int(self.headers.get("content-length") or 0)
                return self.rfile.read(n) if n else b""

            def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("content-type", ctype)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                fake.received.append(Received("GET", self.path, dict(self.headers), b""))
                self._send(200, b"plain answer \x00\xff bytes", "application/octet-stream")

            def do_POST(self):
                body = self._body()
                fake.received.append(Received("POST", self.path, dict(self.headers), body))
                path = self.path.split("?", 1)[0]
                if path == "/echo":
                    return self._send(200, body, self.headers.get("content-type", "application/octet-stream"))
                try:
                    req = json.loads(body or b"{}")
                except ValueError:
                    return self._send(400, b'{"error": "bad json"}')
                if path.endswith("/chat/completions"):
                    return self._send(200, json.dumps(openai_answer(req)).encode())
                if path.endswith("/messages"):
                    return self._send(200, json.dumps(anthropic_answer(req)).encode())
                return self._send(200, json.dumps({"echo": req}).encode())

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()


def _last_user_text(messages: list) -> str:
    for msg in reversed(messages):
        if msg.get("role") == "user":
            c = msg.get("content")
            if isinstance(c, str):
                return c
            return " ".join(p.get("text", "") for p in c if isinstance(p, dict))
    return ""


def openai_answer(req: dict) -> dict:
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": 1764000000, "model": req.get("model", "x"),
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "You said: " + _last_user_text(req["messages"])}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


def anthropic_answer(req: dict) -> dict:
    return {
        "id": "msg_fake", "type": "message", "role": "assistant", "model": req.get("model", "x"),
        "content": [{"type": "text", "text": "You said: " + _last_user_text(req["messages"])}],
        "stop_reason": "end_turn", "stop_sequence": None,
        "usage": {"input_tokens": 10, "output_tokens": 10},
    }
