"""Dialect codecs: tables per provider, and properties over random JSON."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.dialects import dialect, get_at
from proxy.scrub_body import UNCHECKED, Box, Collector

ALL = ["openai", "anthropic", "gemini", "generic", "web-chatgpt", "web-claude", "none", "mcp"]


def texts(name: str, path: str, body) -> list[str]:
    """What scrub-by-default sends to the scrubber for ``body`` (attachments aside)."""
    collector = Collector(dialect(name).protocol, UNCHECKED)
    collector.json(Box(body))
    return collector.walk.texts


@pytest.mark.parametrize(
    "name, path, body, expected",
    [
        (
            "openai",
            "/v1/chat/completions",
            {
                "model": "gpt-4o",
                "messages": [
                    {"role": "system", "content": "sys A"},
                    {
                        "role": "user",
                        "content": [
                            {"type": "text", "text": "part B"},
                            {"type": "image_url", "image_url": {"url": "data:image/png;base64,xx"}},
                        ],
                    },
                    {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "id": "c1",
                                "type": "function",
                                "function": {"name": "fn", "arguments": '{"a": "args C"}'},
                            }
                        ],
                    },
                    {"role": "tool", "tool_call_id": "c1", "content": "result D"},
                ],
            },
            ["sys A", "part B", "args C", "result D"],
        ),
        (
            "openai",
            "/v1/responses",
            {
                "model": "m",
                "instructions": "ins A",
                "input": [
                    {"role": "user", "content": [{"type": "input_text", "text": "in B"}]},
                    {"type": "function_call_output", "call_id": "x", "output": "out C"},
                ],
            },
            ["ins A", "in B", "out C"],
        ),
        ("openai", "/v1/embeddings", {"model": "m", "input": ["e A", "e B"]}, ["e A", "e B"]),
        ("openai", "/v1/completions", {"model": "m", "prompt": "p A", "suffix": "s B"}, ["p A", "s B"]),
        (
            "anthropic",
            "/v1/messages",
            {
                "model": "c",
                "system": [{"type": "text", "text": "sys A"}],
                "messages": [
                    {
                        "role": "user",
                        "content": [
                            {
                                "type": "tool_result",
                                "tool_use_id": "t",
                                "content": [{"type": "text", "text": "res B"}],
                            },
                            {
                                "type": "image",
                                "source": {"type": "base64", "media_type": "image/png", "data": "AAAA"},
                            },
                            {
                                "type": "document",
                                "source": {"type": "text", "media_type": "text/plain", "data": "doc C"},
                            },
                        ],
                    },
                    {
                        "role": "assistant",
                        "content": [
                            {"type": "thinking", "thinking": "secret thoughts", "signature": "sig"},
                            {"type": "tool_use", "id": "t", "name": "fn", "input": {"q": "in D"}},
                        ],
                    },
                ],
            },
            ["sys A", "res B", "doc C", "secret thoughts", "in D"],
        ),
        (
            "gemini",
            "/v1beta/models/gemini-2.5-flash:generateContent",
            {
                "systemInstruction": {"parts": [{"text": "sys A"}]},
                "contents": [
                    {
                        "role": "user",
                        "parts": [{"text": "t B"}, {"inlineData": {"mimeType": "x", "data": "AAA"}}],
                    },
                    {"role": "model", "parts": [{"functionCall": {"name": "fn", "args": {"q": "c C"}}}]},
                    {
                        "role": "user",
                        "parts": [{"functionResponse": {"name": "fn", "response": {"r": "r D"}}}],
                    },
                ],
            },
            ["sys A", "t B", "c C", "r D"],
        ),
        (
            "web-chatgpt",
            "/backend-api/conversation",
            {
                "action": "next",
                "model": "auto",
                "messages": [
                    {
                        "id": "1",
                        "author": {"role": "user"},
                        "content": {"content_type": "text", "parts": ["hi A"]},
                        "metadata": {"x": "meta"},
                    }
                ],
                "timezone": "Europe/Berlin",
            },
            ["hi A", "meta"],
        ),
        ("web-chatgpt", "/backend-api/settings", {"value": "not a prompt"}, ["not a prompt"]),
        (
            "web-claude",
            "/api/organizations/o/chat_conversations/c/completion",
            {
                "prompt": "p A",
                "attachments": [{"file_name": "f", "extracted_content": "doc B"}],
                "timezone": "UTC",
            },
            ["p A", "f", "doc B"],
        ),
        ("none", "/anything", {"prompt": "unreadable"}, ["unreadable"]),
    ],
)
def test_every_string_but_protocol_is_content(name, path, body, expected):
    assert sorted(texts(name, path, body)) == sorted(expected)


@pytest.mark.parametrize(
    "name, path, body, model",
    [
        ("openai", "/v1/chat/completions", {"model": "gpt-4o"}, "gpt-4o"),
        (
            "gemini",
            "/v1/projects/p/locations/l/publishers/google/models/gemini-2.5-pro:streamGenerateContent",
            {},
            "gemini-2.5-pro",
        ),
        ("anthropic", "/v1/messages", {"model": 3}, ""),
    ],
)
def test_request_model(name, path, body, model):
    assert dialect(name).request_model(path, body) == model


@pytest.mark.parametrize(
    "name, answer, expected",
    [
        ("openai", {"model": "m", "usage": {"prompt_tokens": 3, "completion_tokens": 4}}, ("m", 3, 4)),
        ("openai", {"model": "m", "usage": {"input_tokens": 5, "output_tokens": 6}}, ("m", 5, 6)),
        ("openai", {"model": "m", "usage": {"prompt_tokens": True}}, ("m", None, None)),
        (
            "anthropic",
            {"model": "c", "usage": {"input_tokens": 2, "cache_read_input_tokens": 8, "output_tokens": 1}},
            ("c", 10, 1),
        ),
        (
            "gemini",
            {"modelVersion": "g", "usageMetadata": {"promptTokenCount": 7, "candidatesTokenCount": 2}},
            ("g", 7, 2),
        ),
        (
            "gemini",
            [
                {"usageMetadata": {"promptTokenCount": 7}},
                {"modelVersion": "g", "usageMetadata": {"candidatesTokenCount": 9}},
            ],
            ("g", 7, 9),
        ),
        ("web-chatgpt", {"v": {"message": {"metadata": {"model_slug": "gpt-5"}}}}, ("gpt-5", None, None)),
    ],
)
def test_usage(name, answer, expected):
    u = dialect(name).usage(answer)
    assert (u.model, u.tokens_in, u.tokens_out) == expected


@pytest.mark.parametrize(
    "name, key",
    [
        ("openai", "error"),
        ("anthropic", "error"),
        ("gemini", "error"),
        ("web-chatgpt", "detail"),
        ("generic", "error"),
    ],
)
def test_error_bodies_carry_the_message(name, key):
    body = dialect(name).error_body("Blocked by X")
    assert "Blocked by X" in json.dumps(body) and key in body


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda kids: (
        st.lists(kids, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "model",
                    "messages",
                    "content",
                    "role",
                    "text",
                    "parts",
                    "contents",
                    "input",
                    "prompt",
                    "system",
                    "tool_calls",
                    "function",
                    "arguments",
                    "source",
                    "type",
                    "choices",
                    "delta",
                    "index",
                    "candidates",
                    "usage",
                    "v",
                    "o",
                    "completion",
                    "attachments",
                    "data",
                ]
            )
            | st.text(max_size=8),
            kids,
            max_size=5,
        )
    ),
    max_leaves=25,
)
paths = st.sampled_from(
    [
        "/v1/chat/completions",
        "/v1/responses",
        "/v1/embeddings",
        "/v1/completions",
        "/v1/messages",
        "/v1beta/models/g:generateContent",
        "/backend-api/conversation",
        "/api/organizations/o/chat_conversations/c/completion",
        "/x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(ALL), path=paths, body=json_values)
def test_codecs_never_raise_and_round_trip(name, path, body):
    codec = dialect(name)
    box = Box(body)
    collector = Collector(codec.protocol, UNCHECKED)
    collector.json(box)
    found = collector.walk.texts
    before = json.dumps(box.value, sort_keys=True)
    assert all(isinstance(t, str) and t for t in found)
    collector.walk.apply(found)
    assert json.dumps(box.value, sort_keys=True) == before  # writing the same texts back changes nothing
    marks = [f"<X{i}>" for i in range(len(found))]
    collector.walk.apply(marks)
    again = Collector(codec.protocol, UNCHECKED)
    again.json(Box(box.value))
    assert not (set(found) - set(marks)) & set(again.walk.texts)  # every text was replaced: none missed
    body = box.value
    codec.request_model(path, body)
    codec.usage(body)
    codec.stream_usage(body)
    for t in codec.stream_texts(body):
        assert isinstance(get_at(body, t.path), str)
    codec.stream_ends(body)
