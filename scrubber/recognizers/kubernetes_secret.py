"""Values of a Kubernetes ``kind: Secret`` manifest (the base64 values under ``data:``)."""

import base64
import binascii

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer, looks_like_placeholder

_KIND_SECRET = re.compile(r"""(?im)^[ \t]*kind:[ \t]*["']?secret["']?[ \t]*$""")
_SKIP_KEYS = {
    "apiversion",
    "kind",
    "name",
    "namespace",
    "type",
    "data",
    "stringdata",
    "metadata",
    "labels",
    "annotations",
    "immutable",
    # (who and where, not the secret: a user name, a host, a port, a database's name)
    "username",
    "user",
    "host",
    "hostname",
    "port",
    "database",
    "dbname",
}


class KubernetesSecretRecognizer(SpanPatternRecognizer):
    """Only inside a text that declares ``kind: Secret``; each ``key: value`` line's value is reported."""

    PATTERNS = [
        Pattern(
            "k8s secret value",
            r"""(?m)^[ \t]+(?P<key>[\w.-]+):[ \t]*(?:[|>][-+]?[ \t]*\n[ \t]+)?["']?"""
            r"""(?P<value>[A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*$""",
            0.8,
        ),
    ]
    CONTEXT = ["secret", "kubernetes", "kubectl"]

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Nothing unless the text is (or holds) a Secret manifest."""
        if not _KIND_SECRET.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

    def accept_match(self, match: re.Match) -> bool:
        """Skip manifest fields; the value must be valid base64 that is not a placeholder."""
        if match.group("key").lower() in _SKIP_KEYS or looks_like_placeholder(match.group("value")):
            return False
        value = match.group("value")
        try:
            base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
        except (binascii.Error, ValueError):
            return False
        return len(value) % 4 == 0 or "=" not in value
