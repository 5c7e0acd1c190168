"""Claude web app (claude.ai ``/api/organizations/{org}/chat_conversations/{id}/completion``).

The request is ``{"prompt": "…", "attachments": [{"extracted_content": "…", …}], "files": [], …}``;
the answer streams Anthropic Messages events (older builds: ``{"completion": "more text", …}``).
"""

from typing import Any

from proxy.dialects import (
    Channel,
    JsonPath,
    StreamText,
    Usage,
    as_list,
    as_str,
    default_request_model,
    strings,
)
from proxy.dialects import anthropic as _anthropic

request_model = default_request_model
error_body = _anthropic.error_body


def text_paths(path: str, body: Any) -> list[JsonPath]:
    """The prompt and the text of pasted or attached documents."""
    if not path.split("?", 1)[0].rstrip("/").endswith("completion"):
        return []  # the rest of the app (settings, history, assets) carries no prompt
    if not isinstance(body, dict):
        return list(strings(body))
    out: list[JsonPath] = [("prompt",)] if isinstance(body.get("prompt"), str) else []
    for i, att in enumerate(as_list(body.get("attachments"))):
        if isinstance(att, dict) and isinstance(att.get("extracted_content"), str):
            out.append(("attachments", i, "extracted_content"))
    if "prompt" not in body and "attachments" not in body:
        out += strings(body)
    return out


def usage(body: Any) -> Usage:
    return _anthropic.usage(body)


def stream_texts(event: Any) -> list[StreamText]:
    if isinstance(event, dict) and isinstance(event.get("completion"), str):
        return [StreamText(("w",), ("completion",))]
    return _anthropic.stream_texts(event)


def stream_ends(event: Any) -> list[Channel]:
    if isinstance(event, dict) and "completion" in event and event.get("stop_reason"):
        return [()]
    return _anthropic.stream_ends(event)


def stream_carrier(channel: Channel, text: str, last: Any) -> tuple[str | None, dict]:
    if channel == ("w",):
        return "completion", {"type": "completion", "completion": text, "stop_reason": None}
    return _anthropic.stream_carrier(channel, text, last)


def stream_usage(event: Any) -> Usage:
    if isinstance(event, dict) and "completion" in event:
        return Usage(model=as_str(event.get("model")))
    return _anthropic.stream_usage(event)
