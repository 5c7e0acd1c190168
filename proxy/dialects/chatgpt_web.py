"""ChatGPT web app (chatgpt.com ``/backend-api/conversation``): the prompt parts and the streamed answer.

The request is ``{"action": "next", "messages": [{"author": {"role": "user"}, "content": {"content_type":
"text", "parts": ["…"]}}], "model": "auto", …}``. Answers stream either whole-message snapshots
(``{"message": {"content": {"parts": ["text so far"]}}}``, restored whole) or, with delta encoding v1,
appends (``{"p": "/message/content/parts/0", "o": "append", "v": "more"}`` or just ``{"v": "more"}``, or
a ``patch`` list of such operations).
"""

from typing import Any

from proxy.dialects import (
    Channel,
    Dialect,
    StreamText,
    Usage,
    as_str,
    default_request_model,
    find,
    protocol,
)

request_model = default_request_model
# Protocol positions of the web app's calls; every other string (custom instructions, memories, titles,
# file names, message metadata) is scrubbed.
PROTOCOL = protocol(
    "action", "model", "parent_message_id", "conversation_id", "timezone", "timezone_offset_min",
    "conversation_mode.kind", "conversation_mode.gizmo_id", "supported_encodings.*", "websocket_request_id",
    "system_hints.*", "paragen_cot_summary_display_override", "messages.*.id", "messages.*.author.role",
    "messages.*.content.content_type", "messages.*.content.parts.*.content_type",
    "messages.*.content.parts.*.asset_pointer", "messages.*.metadata.attachments.*.id",
    "messages.*.metadata.attachments.*.mime_type",
    "client_prepare_state", "client_reported_search_source", "file_id", "use_case", "conversation_origin",
)


def error_body(message: str) -> dict:
    return {"detail": message}  # the web app shows "detail" of a failed conversation call


def usage(body: Any) -> Usage:
    """The model that answered (the web app reports no token counts)."""
    for base in ((), ("v",)):  # a snapshot, or the first "add" event of delta encoding v1
        if slug := as_str(find(body, *base, "message", "metadata", "model_slug")):
            return Usage(model=slug)
    return Usage(model=as_str(find(body, "model")))


def _appends(op: Any) -> bool:
    return isinstance(op, dict) and isinstance(op.get("v"), str) and op.get("o", "append") == "append"


def stream_texts(event: Any) -> list[StreamText]:
    """Appends to the message text: ``{"v": "more"}``, ``{"p": …, "o": "append", "v": "more"}``, and the
    appends inside a patch list (``{"o": "patch", "v": [{"p": …, "o": "append", "v": "more"}, …]}``, which
    the app sends at the end of a message). All continue one text, so one channel."""
    if not isinstance(event, dict):
        return []
    if _appends(event):
        return [StreamText(("w",), ("v",))]
    if event.get("o") == "patch" and isinstance(event.get("v"), list):
        return [StreamText(("w",), ("v", i, "v")) for i, op in enumerate(event["v"])
                if _appends(op) and "/content/parts/" in str(op.get("p", ""))]
    return []


def stream_ends(event: Any) -> list[Channel]:
    return [()] if find(event, "type") == "message_stream_complete" else []


def stream_carrier(channel: Channel, text: str, last: Any) -> tuple[str | None, dict]:
    return "delta", {"v": text}


stream_usage = usage


class ChatGPTWeb(Dialect, hooks=globals()):
    """The ChatGPT web app."""

    name = "web-chatgpt"
    family = "chatgpt_web"
