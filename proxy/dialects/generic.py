"""Generic dialect: every non-structural string in the JSON body is user content.

Used for services whose payload we do not model; answers are read the OpenAI way, which most
OpenAI-compatible vendors follow.
"""


from proxy.dialects import GENERIC_PROTOCOL, default_request_model
from proxy.dialects.openai import stream_carrier, stream_ends, stream_texts, stream_usage, usage

__all__ = ["PROTOCOL", "error_body", "request_model", "stream_carrier", "stream_ends", "stream_texts",
           "stream_usage", "usage"]
request_model = default_request_model
PROTOCOL = GENERIC_PROTOCOL  # everything but the model is content


def error_body(message: str) -> dict:
    return {"error": {"message": message, "type": "aiwarden_policy", "code": "blocked_by_policy"}}
