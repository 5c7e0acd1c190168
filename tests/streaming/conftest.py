"""One ``aiwarden run`` whose AI hosts all lead to the network-like vendor (tests/net_vendor.py).

Everyone is scrubbed except the user ``allowed`` (policy rule), so one process serves both modes.
One more AI host, ``DOWN_HOST`` (an Anthropic-dialect catalog service), leads to a port nobody listens on:
the "vendor down" test uses it.
"""

import random
import shutil
import socket
import ssl
import threading

import anthropic
import httpx
import httpx2
import openai
import pytest

from tests.conftest import Stack, launch_stack, started_ahead, stop_stack, take, the_fake_llm
from tests.net_vendor import Answer, NetVendor, Received
from tests.streaming.answers import DIALECTS, pieces, vendor_text

POLICY = """
name: Streaming Test Policy
version: streaming-1
defaults: {unknown_ai_service: scrub, sanctioned_action: scrub, unsanctioned_action: scrub}
services:
  chatgpt-web: {action: scrub}
  claude-web: {action: scrub}
rules:
  - {name: allowed user, when: {user: allowed}, action: allow}
entities: {DEFAULT: pseudonymize}
"""
HOSTS = sorted(
    {d.host for d in DIALECTS.values()}
    | {
        "api.mistral.ai",
        "api.groq.com",
        "api.deepseek.com",
        "openrouter.ai",
        "acme.openai.azure.com",
        "bedrock-runtime.us-east-1.amazonaws.com",
    }
)
DOWN_HOST = "bedrock-mantle.us-east-1.api.aws"  # Amazon Bedrock's Anthropic Messages API (/anthropic/v1/*)


_VENDOR: list[NetVendor] = []
_VENDOR_LOCK = threading.Lock()


def the_vendor() -> NetVendor:
    """The session's network-like vendor (started on first use: ``net_stack`` is started ahead)."""
    with _VENDOR_LOCK:
        if not _VENDOR:
            _VENDOR.append(NetVendor().start())
        return _VENDOR[0]


@pytest.fixture(scope="session")
def vendor():
    v = the_vendor()
    yield v
    v.stop()


def launch_net_stack(factory) -> Stack:
    tmp = factory.mktemp("net-stack")
    (tmp / "policy.yaml").write_text(POLICY)
    dead = socket.socket()  # bound, never listening: connections are refused all session long
    dead.bind(("127.0.0.1", 0))
    down = f"{DOWN_HOST}=http://127.0.0.1:{dead.getsockname()[1]}"
    env = {
        "AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml"),
        "AIWARDEN_UPSTREAM_OVERRIDES": ",".join([*(f"{h}={the_vendor().url}" for h in HOSTS), down]),
    }
    s = launch_stack(tmp, the_fake_llm(), env)
    s.dead = dead  # type: ignore[attr-defined]
    return s


@pytest.fixture(scope="session")
@started_ahead(launch_net_stack)
def net_stack(tmp_path_factory, fake_llm, vendor):
    s = take(launch_net_stack, tmp_path_factory)
    yield s
    stop_stack(s)
    s.dead.close()  # type: ignore[attr-defined]
    shutil.rmtree(s.log.parent, ignore_errors=True)


class Script:
    """Answers one request: the dialect's stream with the vendor text in random pieces, cut at random bytes.

    ``answers`` keeps what was sent (the allow test compares bytes, the scrub test the text)."""

    def __init__(self, dialect: str, seed: int, framing: str | None = None) -> None:
        self.dialect, self.rnd = DIALECTS[dialect], random.Random(seed)
        self.framing = framing or self.rnd.choice(["chunked", "length"])
        self.answers: list[Answer] = []

    def __call__(self, req: Received) -> Answer:
        from tests.streaming.answers import byte_cuts

        ctype, body = self.dialect.make(pieces(vendor_text(req.body), self.rnd), self.rnd)
        ans = Answer(body, ctype, byte_cuts(body, self.rnd), self.framing)
        self.answers.append(ans)
        return ans


class H2First(ssl.SSLContext):
    """httpx offers ALPN ["http/1.1", "h2"] and mitmproxy takes the client's first choice: offer h2 first,
    so that the client really speaks HTTP/2 to the proxy."""

    def set_alpn_protocols(self, protocols) -> None:
        super().set_alpn_protocols(["h2", "http/1.1"])


def http_client(stack: Stack, user: str, http2: bool = False) -> httpx.Client:
    verify: ssl.SSLContext = stack.ssl_context()
    if http2:
        verify = H2First(ssl.PROTOCOL_TLS_CLIENT)
        verify.load_verify_locations(str(stack.ca))
    return httpx.Client(proxy=stack.proxy_url(user), verify=verify, timeout=30, http2=http2)


def openai_client(stack: Stack, user: str, http2: bool = False) -> openai.OpenAI:
    return openai.OpenAI(
        api_key="sk-test-not-real", http_client=http_client(stack, user, http2), max_retries=0
    )


def anthropic_client(stack: Stack, user: str) -> anthropic.Anthropic:
    http = httpx2.Client(proxy=stack.proxy_url(user), verify=stack.ssl_context(), timeout=30)
    return anthropic.Anthropic(api_key="sk-ant-test-not-real", http_client=http, max_retries=0)


def gemini_client(stack: Stack, user: str):
    from google import genai
    from google.genai import types

    return genai.Client(
        api_key="gemini-test-key",
        http_options=types.HttpOptions(
            httpx_client=http_client(stack, user), retry_options=types.HttpRetryOptions(attempts=1)
        ),
    )
