"""Addon hooks called directly (mitmproxy's taddons), with a scrubber that fails on demand."""

import asyncio
import json

import pytest
from mitmproxy.test import taddons, tflow

from policy.model import parse_policy
from proxy.addon import AIWarden
from proxy.catalog import Catalog
from scrubber.errors import ScrubberError, ScrubTimeout
from scrubber.types import ScrubOptions, ScrubResult

POLICY = parse_policy("""
name: Unit Policy
version: u1
services:
  openai-api: {sanctioned: true, action: scrub}
  anthropic-api: {sanctioned: true, action: scrub, on_error: fail_open}
""")


class FailingScrubber:
    """A ScrubService that raises what it is told to (the real seam the addon depends on)."""

    def __init__(self, exc: Exception | None) -> None:
        self.exc = exc

    async def scrub(self, texts: list[str], options: ScrubOptions) -> ScrubResult:
        if self.exc:
            raise self.exc
        return ScrubResult(
            [t.replace("Jane", "<PERSON_1>") for t in texts], [[] for _ in texts], {"<PERSON_1>": "Jane"}
        )


class Sink:
    def __init__(self) -> None:
        self.items: list = []

    def record(self, item) -> bool:
        self.items.append(item)
        return True


def flow(host: str, path: str, body: dict):
    f = tflow.tflow()
    f.request.host, f.request.port, f.request.scheme, f.request.path = host, 443, "https", path
    f.request.headers["host"] = host
    f.request.method = "POST"
    f.request.headers["content-type"] = "application/json"
    f.request.content = json.dumps(body).encode()
    f.metadata["proxyauth"] = ("alice", "pw")
    return f


def run(exc: Exception | None, host: str, path: str = "/v1/messages"):
    sink = Sink()
    addon = AIWarden(Catalog.load(), lambda: POLICY, FailingScrubber(exc), sink)
    with taddons.context(addon):
        f = flow(host, path, {"model": "m", "messages": [{"role": "user", "content": "Hi Jane"}]})
        addon.requestheaders(f)
        asyncio.run(addon.request(f))
        return f, sink, addon


@pytest.mark.parametrize(
    "exc, status, words",
    [
        (ScrubTimeout("slow"), 503, "in time"),
        (ScrubberError("dead"), 503, "could not check"),
    ],
)
def test_scrubber_failure_fails_closed(exc, status, words):
    f, _, _ = run(exc, "api.openai.com", "/v1/chat/completions")
    assert f.response.status_code == status and words in f.response.json()["error"]["message"]
    assert f.metadata["aiwarden"].action == "block"


def test_service_set_to_fail_open_forwards_unscrubbed():
    f, _, _ = run(ScrubTimeout("slow"), "api.anthropic.com")
    assert f.response is None and "Hi Jane" in f.request.get_text()
    st = f.metadata["aiwarden"]
    assert st.action == "allow" and "fails open" in st.reason


def test_scrubbed_body_written_back_and_answer_restored():
    f, sink, addon = run(None, "api.openai.com", "/v1/chat/completions")
    assert json.loads(f.request.content)["messages"][0]["content"] == "Hi <PERSON_1>"
    assert int(f.request.headers["content-length"]) == len(f.request.raw_content)
    f.response = tflow.tresp(
        content=json.dumps(
            {
                "model": "m",
                "choices": [{"message": {"content": "Hello <PERSON_1>"}}],
                "usage": {"prompt_tokens": 2, "completion_tokens": 3},
            }
        ).encode()
    )
    f.response.headers["content-type"] = "application/json"
    with taddons.context(addon):
        addon.responseheaders(f)
        addon.response(f)
    assert f.response.json()["choices"][0]["message"]["content"] == "Hello Jane"
    ev = sink.items[-1]
    assert (ev.action, ev.model, ev.tokens_in, ev.tokens_out, ev.user) == ("scrub", "m", 2, 3, "alice")


def test_non_ai_flow_is_streamed_untouched():
    sink = Sink()
    addon = AIWarden(Catalog.load(), lambda: POLICY, FailingScrubber(None), sink)
    with taddons.context(addon):
        f = tflow.tflow()
        f.request.headers["content-type"] = "text/plain"
        addon.requestheaders(f)
        assert f.request.stream is True and "aiwarden" not in f.metadata
    assert sink.items == []


class PreparingScrubber(FailingScrubber):
    """Records what the addon asks to pre-analyse (ScrubPool.prepare: off the critical path)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.prepared: list[tuple[list[str], ScrubOptions]] = []

    def prepare(self, texts: list[str], options: ScrubOptions) -> bool:
        self.prepared.append((texts, options))
        return True


def test_restored_answer_is_prepared_for_the_next_turn():
    sink, scrubber = Sink(), PreparingScrubber()
    addon = AIWarden(Catalog.load(), lambda: POLICY, scrubber, sink)
    f = flow(
        "api.openai.com",
        "/v1/chat/completions",
        {"model": "m", "messages": [{"role": "user", "content": "Hi Jane"}]},
    )
    with taddons.context(addon):
        addon.requestheaders(f)
        asyncio.run(addon.request(f))
        answer = {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "model": "m",
            "choices": [
                {"message": {"role": "assistant", "content": "Hello <PERSON_1>, how are you today?"}}
            ],
        }
        f.response = tflow.tresp(content=json.dumps(answer).encode())
        f.response.headers["content-type"] = "application/json"
        addon.responseheaders(f)
        addon.response(f)
    # The text the client will send back next turn, restored, as it will arrive; ids and enums are left out.
    assert [texts for texts, _ in scrubber.prepared] == [["Hello Jane, how are you today?"]]


def test_json_strings_any_depth():
    from proxy.answers import json_strings

    deep: object = "x"
    for _ in range(50_000):
        deep = [deep]
    assert json_strings(deep) == ["x"]
    assert json_strings({"a": ["b", {"c": "d"}], "e": 1}) == ["b", "d"]


def test_streamed_answer_is_prepared_for_the_next_turn():
    """SSE answers too: the client rebuilds the message from the deltas and sends it back next turn."""
    sink, scrubber = Sink(), PreparingScrubber()
    addon = AIWarden(Catalog.load(), lambda: POLICY, scrubber, sink)
    f = flow("api.openai.com", "/v1/chat/completions",
             {"model": "m", "stream": True, "messages": [{"role": "user", "content": "Hi Jane"}]})
    deltas = ["Hello <PER", "SON_1>, how", " are you today?"]
    chunks = [{"id": "c1", "object": "chat.completion.chunk", "model": "m",
               "choices": [{"index": 0, "delta": {"content": d}, "finish_reason": None}]} for d in deltas]
    events = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
    with taddons.context(addon):
        addon.requestheaders(f)
        asyncio.run(addon.request(f))
        f.response = tflow.tresp(content=b"")
        f.response.headers["content-type"] = "text/event-stream"
        addon.responseheaders(f)
        streamed = b"".join([*f.response.stream(events.encode()), *f.response.stream(b"")])
        addon.response(f)
    assert b"<PER" not in streamed and b"Jane" in streamed  # restored on the way to the client
    assert [texts for texts, _ in scrubber.prepared] == [["Hello Jane, how are you today?"]]
