"""Request bodies of scrubbed flows are bounded while they arrive (chunked uploads too)."""

import inspect
from pathlib import Path

import pytest
from mitmproxy.proxy.layers.http import HttpStream

from proxy import body_limit
from tests.conftest import started_ahead
from tests.proxy.stacks import launch_shared, shared_stack

MB = 1024 * 1024


def test_the_mitmproxy_internals_it_wraps_are_still_there():
    """Fails loudly when a mitmproxy upgrade renames or reshapes what proxy/body_limit.py wraps."""
    original = inspect.unwrap(body_limit._original)
    assert original.__name__ == "state_consume_request_body"
    source = inspect.getsource(original)
    assert "self.request_body_buf += event.data" in source  # the one place a request body is buffered
    assert "HttpRequestHook" in source and "self.flow.response" in source  # answered after the body ends
    body_limit.install(lambda: MB, lambda flow, st: None)
    assert HttpStream.state_consume_request_body is body_limit._bounded


@pytest.fixture(scope="module")
@started_ahead(launch_shared)
def px(tmp_path_factory, fake_llm):
    return shared_stack(tmp_path_factory, fake_llm)  # AIWARDEN_MAX_BODY_MB=1


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def test_a_chunked_upload_past_the_limit_is_refused_without_buffering_it(px):
    before = len(px.fake.received)
    peak = _peak_rss_mb(px.proc.pid)
    chunk = b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"' + b"x" * (MB - 64)

    def body():  # 200 MB with no Content-Length: chunked transfer encoding
        yield chunk
        for _ in range(199):
            yield b"y" * MB

    with px.client("chunky") as c:
        r = c.post("https://api.openai.com/v1/chat/completions", content=body(),
                   headers={"content-type": "application/json", "authorization": "Bearer sk-x"})
    assert r.status_code == 413 and "too large" in r.json()["error"]["message"]
    assert len(px.fake.received) == before  # nothing went to the vendor
    assert _peak_rss_mb(px.proc.pid) - peak < 50  # the 200 MB were dropped as they came, not kept


def test_allowed_uploads_are_not_bounded(px):
    """Only scrubbed flows are bounded: an allowed service gets a large chunked body streamed through."""
    before = len(px.fake.received)

    def body():
        yield b'{"model":"mistral-small","messages":[{"role":"user","content":"'
        for _ in range(3):
            yield b"z" * MB
        yield b'"}]}'

    with px.client("streamer") as c:
        r = c.post("https://api.mistral.ai/v1/chat/completions", content=body(),
                   headers={"content-type": "application/json", "authorization": "Bearer k"})
    assert r.status_code == 200
    assert len(px.fake.received) == before + 1 and len(px.fake.received[-1].body) > 3 * MB
