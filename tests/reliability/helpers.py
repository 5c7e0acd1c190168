"""Shared pieces of the reliability suite: seeded personal data, the stack, raw-socket clients."""

import base64
import json
import socket
import ssl
from pathlib import Path

import httpx

from tests.conftest import Stack, launch_stack, wait_ready
from tests.fake_llm import FakeLLM

# Seed values: none of these may ever reach the vendor, a log line or the database.
NAME = "Ottilie Vandersloot"
EMAIL = "ottilie.vandersloot@example.org"
PHONE = "+1 415 555 0199"
PROMPT = f"Please write to {NAME} at {EMAIL} or call {PHONE} about the renewal."
SEEDS = (NAME, EMAIL, PHONE, "Vandersloot", "ottilie.vandersloot")
OPENAI = "https://api.openai.com/v1/chat/completions"
POLICY = """
name: Reliability Policy
version: reliability-1
defaults: {unknown_ai_service: coach, sanctioned_action: scrub, unsanctioned_action: scrub}
services:
  openai-api: {sanctioned: true, action: scrub}
  anthropic-api: {sanctioned: true, action: scrub}
  mistral-api: {action: allow}
entities: {DEFAULT: pseudonymize}
"""
DEBUGLOG = Path(__file__).with_name("debuglog")


def chat(text: str = PROMPT, **extra) -> dict:
    """An OpenAI chat request body."""
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], **extra}


def reliability_stack(tmp: Path, fake: FakeLLM, extra_env: dict[str, str] | None = None) -> Stack:
    """aiwarden with the reliability policy, every vendor → the fake, every log record (DEBUG) in a file."""
    return wait_ready(launch_reliability(tmp, fake, extra_env))


def launch_reliability(tmp: Path, fake: FakeLLM, extra_env: dict[str, str] | None = None) -> Stack:
    """``reliability_stack`` without waiting for it to be ready."""
    (tmp / "policy.yaml").write_text(POLICY)
    hosts = ("api.openai.com", "api.anthropic.com", "api.mistral.ai")
    env = {
        "AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml"),
        "AIWARDEN_UPSTREAM_OVERRIDES": ",".join(f"{h}={fake.url}" for h in hosts),
        "AIWARDEN_POLICY_POLL_SECONDS": "0.5",
        "AIWARDEN_LOG_LEVEL": "DEBUG",
        "AIWARDEN_TEST_DEBUG_LOG": str(tmp / "debug.log"),
        "PYTHONPATH": str(DEBUGLOG),
        **(extra_env or {}),
    }
    return launch_stack(tmp, fake, env)


def assert_clean(sent: str) -> None:
    """No seed value in ``sent`` (what the vendor received, a log, a database dump)."""
    leaked = [s for s in SEEDS if s.lower() in sent.lower()]
    assert not leaked, f"seeded personal data leaked: {leaked}"


def works(stack: Stack) -> None:
    """The proxy is up: a normal scrubbed request goes out clean and comes back restored."""
    before = len(stack.fake.received)
    with stack.client("check") as c:
        r = c.post(OPENAI, json=chat())
    assert r.status_code == 200, r.text
    assert NAME in r.json()["choices"][0]["message"]["content"]
    assert_clean("\n".join(x.body.decode("utf-8", "replace") for x in stack.fake.received[before:]))


def tunnel(
    stack: Stack,
    host: str,
    alpn: list[str] | None = None,
    user: str = "raw",
    timeout: float = 10,
    tls: bool = True,
) -> ssl.SSLSocket:
    """A TLS socket to ``host`` through the proxy (CONNECT with proxy auth), ready for raw HTTP bytes.

    ``tls=False``: the plain socket right after CONNECT, for clients that do the TLS handshake themselves.
    """
    sock = socket.create_connection(("127.0.0.1", stack.proxy_port), timeout=timeout)
    auth = base64.b64encode(f"{user}:x".encode()).decode()
    connect = f"CONNECT {host}:443 HTTP/1.1\r\nHost: {host}:443\r\nProxy-Authorization: Basic {auth}\r\n\r\n"
    sock.sendall(connect.encode())
    head = sock.recv(4096)
    assert b" 200 " in head, head
    if not tls:
        return sock
    ctx = stack.ssl_context()
    if alpn:
        ctx.set_alpn_protocols(alpn)
    return ctx.wrap_socket(sock, server_hostname=host)


def read_response(sock: socket.socket, limit: float = 10) -> tuple[int, bytes]:
    """Status and body of one HTTP/1.1 answer read from ``sock`` (Content-Length or until close)."""
    sock.settimeout(limit)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    if not head:
        return 0, b""
    status = int(head.split(b" ", 2)[1])
    length = next(
        (
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        ),
        None,
    )
    while length is not None and len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return status, body


def error_message(r: httpx.Response) -> str:
    """The message of an OpenAI-shaped error answer."""
    return json.loads(r.content)["error"]["message"]


def client(stack: Stack, user: str, timeout: float = 30) -> httpx.Client:
    """An httpx client through the proxy as ``user`` with its own timeout."""
    return httpx.Client(proxy=stack.proxy_url(user), verify=stack.ssl_context(), timeout=timeout)
