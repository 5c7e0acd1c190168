"""Discovery of unknown AI endpoints from the shape of a request."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.discovery import (
    MAX_ID_LENGTH,
    PARSE_LIMIT,
    body_could_decide,
    detect_ai_shape,
    unknown_service,
    unknown_service_id,
)

JSON = {"Content-Type": "application/json"}
CHAT = {"model": "llama3", "messages": [{"role": "user", "content": "hi"}]}


def j(obj: object) -> bytes:
    return json.dumps(obj).encode()


@pytest.mark.parametrize(("method", "path", "headers", "body", "dialect"), [
    # the path alone decides
    ("POST", "/v1/chat/completions", {}, None, "openai"),
    ("POST", "/chat/completions", JSON, b"not even json", "openai"),
    ("POST", "/openai/deployments/gpt4/chat/completions?api-version=2024-06-01", JSON, None, "openai"),
    ("POST", "/api/v1/chat/completions/", JSON, None, "openai"),
    ("POST", "/v1/responses", JSON, None, "openai"),
    ("POST", "/v1beta/models/gemini-pro:generateContent", JSON, None, "gemini"),
    ("POST", "/v1/models/x:streamGenerateContent?alt=sse", JSON, None, "gemini"),
    # a header alone decides
    ("POST", "/anything", {"Anthropic-Version": "2023-06-01"}, None, "anthropic"),
    ("POST", "/v1/messages", {"anthropic-version": "2023-06-01", "x-api-key": "k"}, b"{", "anthropic"),
    # an ambiguous path confirmed by the body
    ("POST", "/v1/messages", JSON, j({**CHAT, "max_tokens": 10}), "anthropic"),
    ("POST", "/v1/embeddings", JSON, j({"model": "e5", "input": ["a", "b"]}), "openai"),
    ("POST", "/embeddings", JSON, j({"model": "e5", "input": "a"}), "openai"),
    ("POST", "/v1/completions", JSON, j({"model": "m", "prompt": "Say hi"}), "openai"),
    ("POST", "/api/generate", JSON, j({"model": "llama3", "prompt": "Say hi"}), "generic"),  # Ollama
    # the body alone decides, on any path
    ("POST", "/api/chat", JSON, j(CHAT), "openai"),  # Ollama chat
    ("POST", "/gateway/llm", {}, j(CHAT), "openai"),  # no content-type: still sniffed
    ("POST", "/proxy", {"content-type": "application/json; charset=utf-8"},
     j({**CHAT, "system": "be brief", "max_tokens": 5}), "anthropic"),
    ("POST", "/x", JSON, j({"contents": [{"role": "user", "parts": [{"text": "hi"}]}]}), "gemini"),
    ("PUT", "/x", JSON, b"  \n" + j(CHAT), "openai"),
])
def test_detects(method: str, path: str, headers: dict, body: bytes | None, dialect: str) -> None:
    assert detect_ai_shape(method, path, headers, body) == dialect


@pytest.mark.parametrize(("method", "path", "headers", "body"), [
    ("GET", "/v1/chat/completions", {}, None),  # not a prompt
    ("GET", "/v1/models", JSON, None),
    ("POST", "/v1/messages", JSON, j({"to": "bob", "text": "hi"})),  # a messaging API, not Anthropic
    ("POST", "/v1/messages", JSON, None),
    ("POST", "/api/responses", JSON, j({"survey": 3, "answers": [1, 2]})),
    ("POST", "/v1/embeddings", JSON, j({"input": "a"})),  # no model
    ("POST", "/api/generate", JSON, j({"prompt": "x"})),
    ("POST", "/submit", JSON, j({"model": "Corolla", "messages": ["hello"]})),  # messages without roles
    ("POST", "/submit", JSON, j({"model": 3, "messages": [{"role": "user"}]})),
    ("POST", "/submit", JSON, j({"model": "m", "messages": []})),
    ("POST", "/submit", JSON, j({"model": "m", "prompt": "x"})),  # prompt shape needs a known path
    ("POST", "/form", {"Content-Type": "application/x-www-form-urlencoded"}, b"model=a&messages=b"),
    ("POST", "/upload", {"Content-Type": "image/png"}, j(CHAT)),
    ("POST", "/x", JSON, j([CHAT])),
    ("POST", "/x", JSON, b"{not json"),
    ("POST", "/x", JSON, b"\xff\xfe{}"),
    ("POST", "/x", JSON, b"[" * 100_000),
    ("POST", "/x", JSON, b"{" + b'"a":{' * 5000),
    ("POST", "/x", JSON, b'{"a":' * 20_000 + b"1" + b"}" * 20_000),  # valid but too deep for json
    ("POST", "/x", JSON, b""),
    ("POST", "/x", JSON, None),
])
def test_ignores(method: str, path: str, headers: dict, body: bytes | None) -> None:
    assert detect_ai_shape(method, path, headers, body) is None


@pytest.mark.parametrize(("method", "headers", "could"), [
    ("POST", JSON, True),
    ("post", {"content-type": "application/vnd.api+json"}, True),
    ("POST", {}, True),
    ("PUT", JSON, True),
    ("GET", JSON, False),
    ("POST", {"Content-Type": "multipart/form-data; boundary=x"}, False),
    ("POST", {"Content-Type": "text/plain"}, False),
])
def test_body_could_decide(method: str, headers: dict, could: bool) -> None:
    assert body_could_decide(method, headers) is could
    if not could:  # consistent: then no body makes it AI
        assert detect_ai_shape(method, "/gateway", headers, j(CHAT)) is None


def _huge(obj: dict, filler_key: str) -> bytes:
    """A JSON body over PARSE_LIMIT whose telltale keys sit before or after a big filler."""
    body = j({**obj, filler_key: "x" * (PARSE_LIMIT + 10)})
    assert len(body) > PARSE_LIMIT
    return body


def test_huge_body_is_sniffed_not_parsed() -> None:
    chat_last = j({"messages": [{"role": "user", "content": "y" * (PARSE_LIMIT + 10)}], "model": "m"})
    assert detect_ai_shape("POST", "/x", JSON, chat_last) == "openai"
    assert detect_ai_shape("POST", "/x", JSON, _huge(CHAT, "zz")) == "openai"
    assert detect_ai_shape("POST", "/x", JSON, _huge({"notes": [{"a": 1}]}, "zz")) is None
    anthropic = {"model": "m", "system": "s", "max_tokens": 5, "messages": CHAT["messages"]}
    assert detect_ai_shape("POST", "/x", JSON, _huge(anthropic, "zz")) == "anthropic"
    # invalid JSON that merely contains the words: sniffing stays a heuristic, but needs a JSON object
    assert detect_ai_shape("POST", "/x", JSON, b"x" + _huge(CHAT, "zz")) is None


def test_path_decides_without_reading_the_body() -> None:
    class Exploding(bytes):
        def __getitem__(self, item):
            raise AssertionError("body read although the path decided")

    assert detect_ai_shape("POST", "/v1/chat/completions", JSON, Exploding(b"{}")) == "openai"


def test_mitmproxy_headers_are_accepted() -> None:
    from mitmproxy.http import Headers

    assert detect_ai_shape("POST", "/x", Headers(ANTHROPIC_VERSION="2023-06-01"), None) == "anthropic"
    raw = Headers([(b"Anthropic-Version", b"2023-06-01")])
    assert detect_ai_shape("POST", "/x", raw, None) == "anthropic"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["model", "messages", "role", "content", "contents", "parts", "prompt", "input",
                         "system", "max_tokens", "x"]) | st.text(max_size=8), inner, max_size=5),
    max_leaves=25,
)
paths = st.sampled_from(["/", "/v1/messages", "/v1/embeddings", "/api/generate", "/x"]) | st.text(max_size=30)


@settings(max_examples=120, deadline=None)
@given(json_values, paths, st.sampled_from(["POST", "GET", "put"]))
def test_random_json_never_raises(value: object, path: str, method: str) -> None:
    result = detect_ai_shape(method, path, JSON, j(value))
    assert result in (None, "openai", "anthropic", "gemini", "generic")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200), st.dictionaries(st.text(max_size=20), st.text(max_size=20), max_size=3))
def test_random_bytes_and_headers_never_raise(body: bytes, headers: dict[str, str]) -> None:
    detect_ai_shape("POST", "/x", headers, body)


@pytest.mark.parametrize(("host", "sid"), [
    ("llm.example.net", "unknown:llm.example.net"),
    ("LLM.Example.NET.:8443", "unknown:llm.example.net"),
    ("10.0.0.5:11434", "unknown:10.0.0.5"),
    ("[fd00::1]:8000", "unknown:fd00::1"),
    ("bad host/<x>", "unknown:bad_host__x_"),
    ("", "unknown:_"),
])
def test_unknown_service_id(host: str, sid: str) -> None:
    assert unknown_service_id(host) == sid


def test_unknown_service_id_is_bounded_stable_and_distinct() -> None:
    a, b = "a" * 60 + "." + "b" * 60 + ".example.com", "a" * 60 + "." + "b" * 60 + ".example.org"
    assert len(unknown_service_id(a)) <= MAX_ID_LENGTH
    assert unknown_service_id(a) == unknown_service_id(a.upper())
    assert unknown_service_id(a) != unknown_service_id(b)


def test_unknown_service_record() -> None:
    s = unknown_service("LLM.example.net:443", "openai")
    assert (s.id, s.name, s.dialect, s.unknown, s.category) == (
        "unknown:llm.example.net", "llm.example.net", "openai", True, "api")


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=20), st.lists(st.sampled_from(["user", "assistant", "system", "tool"]),
                                                  min_size=1, max_size=4), st.text(max_size=50))
def test_any_chat_body_is_discovered(model: str, roles: list[str], content: str) -> None:
    body = j({"messages": [{"role": r, "content": content} for r in roles], "model": model, "stream": True})
    assert detect_ai_shape("POST", "/some/gateway", JSON, body) == "openai"
