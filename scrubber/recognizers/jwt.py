"""JSON Web Tokens: bearer credentials that often carry personal data in their payload."""

import base64
import json

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer


def _decodes_to_json_object(segment: str) -> bool:
    segment = segment.rstrip("=")
    try:
        raw = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    except ValueError:  # binascii.Error is a ValueError
        return False
    try:
        return isinstance(json.loads(raw), dict)
    except ValueError:  # damaged or cut-off JSON still starts like an object
        return raw.startswith(b'{"')


class JwtRecognizer(SpanPatternRecognizer):
    """``header.payload.signature`` where the header is base64url JSON (``eyJ`` is ``{"``)."""

    PATTERNS = [
        Pattern(
            "jwt",
            r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}={0,2}\.[A-Za-z0-9_-]{4,}={0,2}\.[A-Za-z0-9_+/-]{8,}={0,2}"
            r"(?![A-Za-z0-9_-])",
            0.9,
        ),
        Pattern(
            "jwt (unsigned)",
            r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}={0,2}\.eyJ[A-Za-z0-9_-]{4,}={0,2}\.?"
            r"(?![A-Za-z0-9_-])",
            0.7,
        ),
    ]
    CONTEXT = ["jwt", "token", "bearer", "authorization", "session", "cookie"]
    HINT = re.compile("eyJ")

    def validate_result(self, pattern_text: str) -> bool:
        """Header or payload must decode to a JSON object, so random dotted base64 is not taken for a JWT."""
        return any(_decodes_to_json_object(part) for part in pattern_text.split(".")[:2])
