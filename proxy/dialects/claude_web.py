"""Claude web app (claude.ai ``/api/organizations/{org}/chat_conversations/{id}/completion``).

The request is ``{"prompt": "…", "attachments": [{"extracted_content": "…", …}], "files": [], …}``;
the answer streams Anthropic Messages events (older builds: ``{"completion": "more text", …}``).
"""

from typing import Any

from proxy.dialects import (
    Channel,
    Dialect,
    StreamText,
    Usage,
    as_str,
    default_request_model,
    protocol,
)
from proxy.dialects import anthropic as _anthropic

request_model = default_request_model
# Protocol positions of the web app's calls; every other string (project knowledge, titles, styles,
# attachment contents and names) is scrubbed.
PROTOCOL = protocol(
    "model", "parent_message_uuid", "timezone", "locale", "rendering_mode", "uuid", "files.*",
    "attachments.*.file_type", "tools.*.type", "tools.*.name", "sync_sources.*", "personalized_styles.*.type",
    "personalized_styles.*.key", "personalized_styles.*.uuid", "personalized_styles.*.isDefault",
)
error_body = _anthropic.error_body


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


class ClaudeWeb(Dialect, hooks=globals()):
    """The Claude web app."""

    name = "web-claude"
    family = "anthropic"
