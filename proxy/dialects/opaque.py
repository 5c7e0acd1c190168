"""Opaque dialect (catalog ``dialect: none``): a payload aiwarden cannot read.

Such services can be allowed, blocked, coached or redirected; a non-empty body cannot be scrubbed,
so scrub traffic to them is refused rather than forwarded unchecked.
"""

from typing import Any

from proxy.dialects import GENERIC_PROTOCOL, Dialect, Usage, no_stream_ends, no_stream_texts, no_usage
from proxy.dialects.generic import error_body, request_model

PROTOCOL = GENERIC_PROTOCOL  # a JSON body is scrubbed whole; what is not text is refused
stream_texts = no_stream_texts
stream_ends = no_stream_ends
usage = no_usage


def stream_carrier(channel: tuple, text: str, last: Any) -> tuple[str | None, dict]:
    return None, {}


def stream_usage(event: Any) -> Usage:
    return Usage()

class Opaque(Dialect):
    """Catalog ``dialect: none``: a payload not modelled; JSON is scrubbed whole."""

    name = "none"
    family = "generic"
    protocol = PROTOCOL
    request_model = staticmethod(request_model)
    error_body = staticmethod(error_body)
    usage = staticmethod(usage)
    stream_texts = staticmethod(stream_texts)
    stream_ends = staticmethod(stream_ends)
    stream_carrier = staticmethod(stream_carrier)
    stream_usage = staticmethod(stream_usage)
