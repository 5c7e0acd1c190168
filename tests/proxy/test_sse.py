"""SSE restore: placeholders split anywhere come back whole; events stay valid JSON; usage is counted."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.dialects import dialect
from proxy.sse import Inflater, SSEProcessor, restore_events
from tests import fake_llm as f
from tests.fake_llm import StreamEncoder

MAPPING = {"<PERSON_1>": 'John "Q" Smith', "<EMAIL_ADDRESS_1>": "john@example.com"}
SCRUBBED = "Hi <PERSON_1>, write to <EMAIL_ADDRESS_1>, thanks"
ORIGINAL = 'Hi John "Q" Smith, write to john@example.com, thanks'
MSG = [{"role": "user", "content": SCRUBBED}]
STREAMS = {
    "openai": (
        "openai",
        lambda cut: f.openai_stream({"messages": MSG, "stream_options": {"include_usage": True}}, cut),
        (11, 7),
    ),
    "openai-tools": (
        "openai",
        lambda cut: f.openai_stream({"messages": MSG, "tools": [{"function": {"name": "fn"}}]}, cut),
        (None, None),
    ),
    "responses": ("openai", lambda cut: f.responses_stream({"input": SCRUBBED}, cut), (12, 8)),
    "anthropic": (
        "anthropic",
        lambda cut: f.anthropic_stream({"messages": MSG, "tools": [{"name": "fn"}]}, cut),
        (13, 9),
    ),
    "gemini": (
        "gemini",
        lambda cut: f.gemini_stream({"contents": [{"parts": [{"text": SCRUBBED}]}]}, cut),
        (14, 10),
    ),
    "chatgpt": (
        "web-chatgpt",
        lambda cut: f.chatgpt_web_stream({"messages": [{"content": {"parts": [SCRUBBED]}}]}, cut),
        (None, None),
    ),
    "claude": ("web-claude", lambda cut: f.claude_web_stream({"prompt": SCRUBBED}, cut), (None, None)),
}


def run(proc: SSEProcessor, raw: bytes, cuts: list[int]) -> bytes:
    out, pos = b"", 0
    for c in sorted(set(cuts)):
        out += proc.feed(raw[pos:c])
        pos = c
    return out + proc.feed(raw[pos:]) + proc.feed(b"")


def data_objects(out: bytes) -> list:
    objs = []
    for block in out.decode().replace("\r\n", "\n").split("\n\n"):
        for line in block.split("\n"):
            if line.startswith("data: ") and line[6:] != "[DONE]":
                objs.append(json.loads(line[6:]))  # every event is valid JSON
    return objs


def visible_text(kind: str, objs: list) -> str:
    """What an SDK would show: the concatenated deltas of the stream."""
    parts = []
    for o in objs:
        if not isinstance(o, dict):  # e.g. ChatGPT's `data: "v1"` encoding announcement
            continue
        if kind.startswith("openai"):
            for c in o.get("choices", []):
                d = c["delta"]
                parts.append(d.get("content") or "")
                parts += [t["function"].get("arguments", "") for t in d.get("tool_calls", [])]
        elif kind == "responses" and o["type"] == "response.output_text.delta":
            parts.append(o["delta"])
        elif kind == "anthropic" and o["type"] == "content_block_delta":
            parts.append(o["delta"].get("text") or o["delta"].get("partial_json") or "")
        elif kind == "gemini":
            parts += [p["text"] for c in o["candidates"] for p in c["content"]["parts"]]
        elif kind == "chatgpt" and isinstance(o.get("v"), str):
            parts.append(o["v"])
        elif kind == "chatgpt" and o.get("o") == "patch":
            parts += [op["v"] for op in o["v"] if op.get("o") == "append"]
        elif kind == "claude":
            parts.append(o.get("completion", ""))
    return "".join(parts)


@settings(max_examples=40, deadline=None)
@given(
    kind=st.sampled_from(sorted(STREAMS)),
    cut=st.integers(1, 9),
    cuts=st.lists(st.integers(0, 3000), max_size=30),
)
def test_split_placeholders_restored_for_any_cut(kind, cut, cuts):
    name, make, _ = STREAMS[kind]
    raw = "".join(make(cut)).encode()
    proc = SSEProcessor(dialect(name), MAPPING)
    out = run(proc, raw, [c for c in cuts if c < len(raw)])
    text = visible_text(kind, data_objects(out))
    assert "<PERSON" not in text and "<EMAIL" not in text
    if kind in ("openai-tools",):
        assert json.loads(text[len(ORIGINAL) * 0 :].split("}", 1)[0] + "}")["text"] == f"You said: {ORIGINAL}"
    elif kind == "anthropic":
        assert text.startswith(f"You said: {ORIGINAL}")
        assert json.loads(text[len(f"You said: {ORIGINAL}") :])["text"] == f"You said: {ORIGINAL}"
    else:
        assert text == f"You said: {ORIGINAL}"


@pytest.mark.parametrize("kind", sorted(STREAMS))
def test_usage_counted_and_bytes_untouched_without_mapping(kind):
    name, make, tokens = STREAMS[kind]
    raw = "".join(make(3)).encode()
    proc = SSEProcessor(dialect(name), None)
    assert run(proc, raw, list(range(0, len(raw), 5))) == raw
    assert (proc.usage.tokens_in, proc.usage.tokens_out) == tokens and proc.events > 0


@pytest.mark.parametrize("enc", ["gzip", "deflate", "br", "zstd"])
def test_content_encoded_streams_are_decoded_and_restored(enc):
    comp = StreamEncoder(enc)
    events = f.openai_stream({"messages": MSG}, 2)
    raw = b"".join(comp.write(e.encode()) for e in events) + comp.close()
    proc = SSEProcessor(dialect("openai"), MAPPING, Inflater(enc))
    out = run(proc, raw, list(range(0, len(raw), 11)))
    assert visible_text("openai", data_objects(out)) == f"You said: {ORIGINAL}"
    observe = SSEProcessor(dialect("openai"), None, Inflater(enc))
    assert run(observe, raw, [7]) == raw and observe.usage.model == "x"


def test_events_without_placeholders_pass_byte_for_byte():
    raw = (b'event: ping\ndata: {"type":"ping"}\n\n: comment\n\n'
           b'data: {"choices":[{"index":0,"delta":{"content":"hi"}}]}\n\n')
    assert run(SSEProcessor(dialect("openai"), MAPPING), raw, [3, 40]) == raw


def test_not_sse_passes_through():
    raw = b"<html>" + b"x" * 100 + b"</html>"
    assert run(SSEProcessor(dialect("openai"), MAPPING), raw, [10]) == raw
    bad = SSEProcessor(dialect("openai"), MAPPING, Inflater("gzip"))
    assert bad(b"not gzip at all") == [] and bad(b"more") == [b"more"]  # corrupt: stop decoding, pass on


def test_json_array_stream_restored_across_items():
    items = [json.loads(e[6:]) for e in f.gemini_stream({"contents": [{"parts": [{"text": SCRUBBED}]}]}, 2)]
    out = restore_events(dialect("gemini"), items, MAPPING)
    assert "".join(o["candidates"][0]["content"]["parts"][0]["text"] for o in out) == f"You said: {ORIGINAL}"


def test_inflater_rejects_unknown_encoding():
    with pytest.raises(ValueError):
        Inflater("compress")


@settings(max_examples=40, deadline=None)
@given(kind=st.sampled_from(sorted(STREAMS)), cut=st.integers(1, 9), restore=st.booleans(),
       cuts=st.lists(st.integers(0, 3000), max_size=30))
def test_collected_answer_is_what_the_client_got(kind, cut, restore, cuts):
    """The texts kept for pre-analysis (the next turn's history) are exactly the client-visible texts."""
    name, make, _ = STREAMS[kind]
    raw = "".join(make(cut)).encode()
    proc = SSEProcessor(dialect(name), MAPPING if restore else None, collect=10_000)
    out = run(proc, raw, [c for c in cuts if c < len(raw)])
    assert "".join(proc.answer_texts()) == visible_text(kind, data_objects(out))
    assert ("John" in "".join(proc.answer_texts())) is restore


def test_collecting_stops_at_its_bound():
    raw = "".join(f.openai_stream({"messages": MSG}, 3)).encode()
    codec = dialect("openai")
    for proc in (SSEProcessor(codec, MAPPING, collect=10), SSEProcessor(codec, MAPPING)):
        run(proc, raw, [])
        assert proc.answer_texts() == []  # longer than the bound, or not asked for: nothing kept


def test_an_answer_that_fills_the_bound_exactly_and_goes_on_is_not_kept_truncated():
    events = "".join(f"data: {json.dumps({'choices': [{'index': 0, 'delta': {'content': d}}]})}\n\n"
                     for d in ("Hello there, ", "and more text after the bound."))
    whole = SSEProcessor(dialect("openai"), None, collect=len("Hello there, and more text after the bound."))
    cut = SSEProcessor(dialect("openai"), None, collect=len("Hello there, "))
    for proc in (whole, cut):
        run(proc, events.encode(), [])
    assert whole.answer_texts() == ["Hello there, and more text after the bound."]
    assert cut.answer_texts() == []  # longer than the bound: nothing, never a truncated text
