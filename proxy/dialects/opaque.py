"""Opaque dialect (catalog ``dialect: none``): a payload aiwarden cannot read.

Such services can be allowed, blocked, coached or redirected; a non-empty body cannot be scrubbed,
so scrub traffic to them is refused rather than forwarded unchecked.
"""

from typing import Any

from proxy.dialects import GENERIC_PROTOCOL, Usage, no_stream_ends, no_stream_texts, no_usage
from proxy.dialects.generic import error_body, request_model

__all__ = ["PROTOCOL", "error_body", "request_model", "stream_carrier", "stream_ends", "stream_texts",
           "stream_usage", "usage"]
PROTOCOL = GENERIC_PROTOCOL  # a JSON body is scrubbed whole; what is not text is refused
stream_texts = no_stream_texts
stream_ends = no_stream_ends
usage = no_usage


def stream_carrier(channel: tuple, text: str, last: Any) -> tuple[str | None, dict]:
    return None, {}


def stream_usage(event: Any) -> Usage:
    return Usage()
