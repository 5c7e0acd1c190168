"""Anthropic Messages dialect: system prompt, message text, tool inputs and tool results."""

from typing import Any

from proxy.dialects import JsonPath, strings


def text_paths(path: str, body: Any) -> list[JsonPath]:
    if not isinstance(body, dict):
        return list(strings(body))
    out: list[JsonPath] = []
    if "system" in body:
        out += strings(body["system"], ("system",))
    for i, msg in enumerate(body.get("messages") or []):
        if isinstance(msg, dict) and "content" in msg:
            # Blocks: text, tool_use.input (any JSON), tool_result.content; images' base64 data is not text
            # a person typed, but it is a string: skip "data" under image/document sources.
            out += [p for p in strings(msg["content"], ("messages", i, "content")) if "source" not in p]
    if "messages" not in body and "system" not in body:
        out += strings(body)
    return out


def error_body(message: str) -> dict:
    return {"type": "error", "error": {"type": "permission_error", "message": message}}
