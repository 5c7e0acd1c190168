"""Payload dialects: pure codecs that find the texts a user sends in a provider's JSON body.

A dialect module exposes:
- ``text_paths(path, body) -> list[JsonPath]``: where the user-supplied strings are (to scrub);
- ``error_body(message) -> dict``: an error shaped like the provider's own, so SDKs show it.
"""

from collections.abc import Iterator
from types import ModuleType
from typing import Any

JsonPath = tuple[str | int, ...]

# Keys whose string values are protocol, not content: never scrubbed by the generic walker.
STRUCTURAL_KEYS = frozenset({
    "model", "role", "type", "id", "object", "tool_call_id", "tool_use_id", "call_id", "stop", "voice",
    "response_format", "encoding_format", "finish_reason", "stop_reason", "media_type", "mime_type",
    "mimeType", "service_tier", "reasoning_effort", "tool_choice", "user", "name", "format", "detail",
    "url", "image_url", "file_id", "cache_control", "previous_response_id", "input_type",
})


def get_at(body: Any, path: JsonPath) -> Any:
    for key in path:
        body = body[key]
    return body


def set_at(body: Any, path: JsonPath, value: Any) -> None:
    get_at(body, path[:-1])[path[-1]] = value


def strings(obj: Any, base: JsonPath = (), skip: frozenset[str] = STRUCTURAL_KEYS) -> Iterator[JsonPath]:
    """Paths of every string under ``obj`` except values of structural keys."""
    if isinstance(obj, str):
        yield base
    elif isinstance(obj, dict):
        for k, v in obj.items():
            if not (k in skip and isinstance(v, str)):
                yield from strings(v, (*base, k), skip)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from strings(v, (*base, i), skip)


def dialect(name: str) -> ModuleType:
    """The dialect module for a catalog ``dialect`` name (unknown names get the generic one)."""
    from proxy.dialects import anthropic, generic, openai

    return {"openai": openai, "anthropic": anthropic}.get(name, generic)
