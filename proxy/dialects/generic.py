"""Generic dialect: every non-structural string in the JSON body is user content.

Used for services whose payload we do not model; answers are read the OpenAI way, which most
OpenAI-compatible vendors follow.
"""

from typing import Any

from proxy.dialects import JsonPath, default_request_model, strings
from proxy.dialects.openai import stream_carrier, stream_ends, stream_texts, stream_usage, usage

__all__ = ["error_body", "request_model", "stream_carrier", "stream_ends", "stream_texts", "stream_usage",
           "text_paths", "usage"]
request_model = default_request_model


def text_paths(path: str, body: Any) -> list[JsonPath]:
    return list(strings(body))


def error_body(message: str) -> dict:
    return {"error": {"message": message, "type": "aiwarden_policy", "code": "blocked_by_policy"}}
