"""Generic dialect: every string in the JSON body but the model is user content.

Used for services whose payload we do not model; answers are read the OpenAI way, which most
OpenAI-compatible vendors follow.
"""

from proxy.dialects import GENERIC_PROTOCOL, generic_error
from proxy.dialects.openai import OpenAI


class Generic(OpenAI):
    """A service whose payload is not modelled: everything but the model is content."""

    name = "generic"
    family = "openai"
    protocol = GENERIC_PROTOCOL
    error_body = staticmethod(generic_error)  # the generic error shape (not OpenAI's own)
    stream_offsets = answer_offsets = None  # OpenAI Responses annotations are OpenAI's own
