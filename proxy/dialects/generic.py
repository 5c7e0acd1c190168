"""Generic dialect: every non-structural string in the JSON body is user content.

Used for services whose payload we do not model; answers are read the OpenAI way, which most
OpenAI-compatible vendors follow.
"""


from proxy.dialects import GENERIC_PROTOCOL, Dialect, default_request_model
from proxy.dialects.openai import stream_carrier, stream_ends, stream_texts, stream_usage, usage

request_model = default_request_model
PROTOCOL = GENERIC_PROTOCOL  # everything but the model is content


def error_body(message: str) -> dict:
    return {"error": {"message": message, "type": "aiwarden_policy", "code": "blocked_by_policy"}}

class Generic(Dialect):
    """A service whose payload is not modelled: everything but the model is content."""

    name = "generic"
    family = "openai"
    protocol = PROTOCOL
    request_model = staticmethod(request_model)
    error_body = staticmethod(error_body)
    usage = staticmethod(usage)
    stream_texts = staticmethod(stream_texts)
    stream_ends = staticmethod(stream_ends)
    stream_carrier = staticmethod(stream_carrier)
    stream_usage = staticmethod(stream_usage)
