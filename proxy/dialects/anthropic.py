"""Anthropic Messages dialect (also Bedrock's and Vertex's Claude): system, messages, tools, streams."""

from typing import Any

from proxy.dialects import (
    Channel,
    Dialect,
    StreamText,
    Usage,
    as_int,
    as_str,
    default_request_model,
    find,
    protocol,
)

request_model = default_request_model

# Protocol positions; every other string is scrubbed (thinking text included: it is words, and a changed
# signature-checked block fails at the vendor rather than leaking).
_BLOCK = ("type", "id", "tool_use_id", "name", "signature", "data", "source.type", "source.media_type",
          "source.file_id", "cache_control.type", "cache_control.ttl", "citations.enabled",
          "content.*.type", "content.*.source.type", "content.*.source.media_type")
PROTOCOL = protocol(
    "model", "service_tier", "tool_choice.type", "tool_choice.name", "thinking.type", "container",
    "tools.*.type", "tools.*.name", "tools.*.cache_control.type", "mcp_servers.*.type", "mcp_servers.*.name",
    "messages.*.role", "system.*.type", "system.*.cache_control.type",
    *(f"messages.*.content.*.{k}" for k in _BLOCK),
    *(f"system.*.{k}" for k in _BLOCK),
)

# Thinking blocks are signed by Anthropic and verified when sent back: changing them breaks the call,
# and they are the model's words, not the user's.


def error_body(message: str) -> dict:
    return {"type": "error", "error": {"type": "permission_error", "message": message}}


def _tokens_in(u: Any) -> int | None:
    base = as_int(find(u, "input_tokens"))
    if base is None:
        return None
    # Cached input is billed apart but is still input the user sent.
    cached = ("cache_read_input_tokens", "cache_creation_input_tokens")
    return base + sum(as_int(find(u, k)) or 0 for k in cached)


def usage(body: Any) -> Usage:
    u = find(body, "usage")
    return Usage(model=as_str(find(body, "model")), tokens_in=_tokens_in(u),
                 tokens_out=as_int(find(u, "output_tokens")))


# -- streams -----------------------------------------------------------------------------------------
def stream_texts(event: Any) -> list[StreamText]:
    if find(event, "type") != "content_block_delta":
        return []
    idx, kind = find(event, "index"), find(event, "delta", "type")
    if kind == "text_delta" and isinstance(find(event, "delta", "text"), str):
        return [StreamText(("b", idx, "text"), ("delta", "text"))]
    if kind == "input_json_delta" and isinstance(find(event, "delta", "partial_json"), str):
        return [StreamText(("b", idx, "json"), ("delta", "partial_json"), True)]
    if kind == "thinking_delta" and isinstance(find(event, "delta", "thinking"), str):
        return [StreamText(("b", idx, "thinking"), ("delta", "thinking"))]  # restored like the answer
    return []


def stream_ends(event: Any) -> list[Channel]:
    kind = find(event, "type")
    if kind == "content_block_stop":
        return [("b", find(event, "index"))]
    if kind == "message_stop":
        return [()]
    return []


def stream_carrier(channel: Channel, text: str, last: Any) -> tuple[str | None, dict]:
    delta = {"text": {"type": "text_delta", "text": text},
             "thinking": {"type": "thinking_delta", "thinking": text}}.get(
        channel[2], {"type": "input_json_delta", "partial_json": text})
    return "content_block_delta", {"type": "content_block_delta", "index": channel[1], "delta": delta}


def stream_usage(event: Any) -> Usage:
    kind = find(event, "type")
    if kind == "message_start":
        return usage(find(event, "message"))
    if kind == "message_delta":
        u = find(event, "usage")
        return Usage(tokens_in=_tokens_in(u), tokens_out=as_int(find(u, "output_tokens")))
    return Usage()


class Anthropic(Dialect, hooks=globals()):
    """Anthropic Messages (also Claude on Bedrock and Vertex AI)."""

    name = "anthropic"
    family = "anthropic"
