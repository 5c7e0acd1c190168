"""Anthropic Messages dialect (also Bedrock's and Vertex's Claude): system, messages, tools, streams."""

from typing import Any

from proxy.dialects import (
    Channel,
    JsonPath,
    StreamText,
    Usage,
    as_int,
    as_str,
    default_request_model,
    find,
    strings,
)

request_model = default_request_model

# Thinking blocks are signed by Anthropic and verified when sent back: changing them breaks the call,
# and they are the model's words, not the user's.
_SIGNED_BLOCKS = frozenset({"thinking", "redacted_thinking"})


def _blocks(content: Any, base: JsonPath) -> list[JsonPath]:
    if not isinstance(content, list):
        return list(strings(content, base))
    out: list[JsonPath] = []
    for i, block in enumerate(content):
        if isinstance(block, dict) and block.get("type") in _SIGNED_BLOCKS:
            continue
        if isinstance(block, dict) and isinstance(block.get("source"), dict):
            src = block["source"]
            rest = {k: v for k, v in block.items() if k != "source"}
            out += [(*base, i, *p) for p in strings(rest)]
            if src.get("type") == "text":  # a plain-text document the user pasted
                out += [(*base, i, "source", *p) for p in strings(src.get("data"), ("data",))]
            elif src.get("type") == "content":
                out += [(*base, i, "source", *p) for p in _blocks(src.get("content"), ("content",))]
            continue  # base64 images and PDFs are not text
        out += [(*base, i, *p) for p in strings(block)]
    return out


def text_paths(path: str, body: Any) -> list[JsonPath]:
    """System prompt, message text, tool_use inputs, tool results and text documents."""
    if not isinstance(body, dict):
        return list(strings(body))
    out: list[JsonPath] = []
    if "system" in body:
        out += _blocks(body["system"], ("system",))
    messages = body.get("messages")
    for i, msg in enumerate(messages if isinstance(messages, list) else []):
        if isinstance(msg, dict) and "content" in msg:
            out += _blocks(msg["content"], ("messages", i, "content"))
    if "prompt" in body:  # legacy /v1/complete
        out += strings(body["prompt"], ("prompt",))
    if not any(k in body for k in ("messages", "system", "prompt")):
        out += strings(body)
    return out


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
    return []


def stream_ends(event: Any) -> list[Channel]:
    kind = find(event, "type")
    if kind == "content_block_stop":
        return [("b", find(event, "index"))]
    if kind == "message_stop":
        return [()]
    return []


def stream_carrier(channel: Channel, text: str, last: Any) -> tuple[str | None, dict]:
    delta = ({"type": "text_delta", "text": text} if channel[2] == "text"
             else {"type": "input_json_delta", "partial_json": text})
    return "content_block_delta", {"type": "content_block_delta", "index": channel[1], "delta": delta}


def stream_usage(event: Any) -> Usage:
    kind = find(event, "type")
    if kind == "message_start":
        return usage(find(event, "message"))
    if kind == "message_delta":
        u = find(event, "usage")
        return Usage(tokens_in=_tokens_in(u), tokens_out=as_int(find(u, "output_tokens")))
    return Usage()
