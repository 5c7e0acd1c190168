"""OpenAI dialect: Chat Completions, Responses, embeddings, legacy completions.

Unknown endpoints fall back to the generic walker, so new fields are scrubbed rather than leaked.
"""

from typing import Any

from proxy.dialects import JsonPath, strings


def _content(content: Any, base: JsonPath) -> list[JsonPath]:
    """A message's content: a string, or a list of parts (text parts and anything else with strings)."""
    return list(strings(content, base))


def _chat(body: dict) -> list[JsonPath]:
    out: list[JsonPath] = []
    for i, msg in enumerate(body.get("messages") or []):
        if not isinstance(msg, dict):
            continue
        if "content" in msg:
            out += _content(msg["content"], ("messages", i, "content"))
        for j, call in enumerate(msg.get("tool_calls") or []):
            fn = call.get("function") if isinstance(call, dict) else None
            if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                out.append(("messages", i, "tool_calls", j, "function", "arguments"))
        fc = msg.get("function_call")
        if isinstance(fc, dict) and isinstance(fc.get("arguments"), str):
            out.append(("messages", i, "function_call", "arguments"))
    return out


def text_paths(path: str, body: Any) -> list[JsonPath]:
    if not isinstance(body, dict):
        return list(strings(body))
    p = path.split("?", 1)[0].rstrip("/")
    if p.endswith("/chat/completions"):
        return _chat(body)
    if p.endswith("/responses"):
        return [(k, *sub) for k in ("instructions", "input") if k in body for sub in strings(body[k])]
    if p.endswith("/embeddings") or p.endswith("/moderations"):
        return [("input", *sub) for sub in strings(body.get("input"))] if "input" in body else []
    if p.endswith("/completions"):
        return [(k, *sub) for k in ("prompt", "suffix") if k in body for sub in strings(body[k])]
    return list(strings(body))


def error_body(message: str) -> dict:
    return {"error": {"message": message, "type": "aiwarden_policy", "param": None, "code": "blocked_by_policy"}}
