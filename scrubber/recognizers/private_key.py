"""PEM private key blocks (RSA, EC, OpenSSH, PGP, PKCS#8, encrypted): the whole block is the secret."""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer

_BODY_CHARS = re.compile(r"[A-Za-z0-9+/=]")
_WORDS = re.compile(r"[A-Za-z0-9+/=]{2,}")


class PrivateKeyRecognizer(SpanPatternRecognizer):
    """From ``-----BEGIN … PRIVATE KEY-----`` to its END line, or to the end of a truncated paste."""

    PATTERNS = [
        # The body may hold real newlines or JSON-escaped ones ("\\n" in a service-account file).
        Pattern(
            "pem private key",
            r"-----BEGIN[ A-Z0-9_-]{0,30}PRIVATE KEY(?: BLOCK)?-----[\s\S]{1,20000}?"
            r"-----END[ A-Z0-9_-]{0,30}PRIVATE KEY(?: BLOCK)?-----",
            1.0,
        ),
        # A paste cut off before the END line still leaks the key material.
        Pattern(
            "pem private key (truncated)",
            r"-----BEGIN[ A-Z0-9_-]{0,30}PRIVATE KEY(?: BLOCK)?-----"
            r"(?:\s|\\[nr])*(?:[A-Za-z0-9+/=:,-]+(?:\s|\\[nr])+)*?[A-Za-z0-9+/=]{40,}"
            r"(?:(?:\s|\\[nr])+[A-Za-z0-9+/=]{4,})*",
            0.9,
        ),
        # A header pasted on its own line with something under it, even odd or short, and no END line: the
        # lines up to a blank line (a header inside a sentence is a mention, not a paste).
        Pattern(
            "pem private key (header and body lines)",
            r"-----BEGIN[ A-Z0-9_-]{0,30}PRIVATE KEY(?: BLOCK)?-----[ \t]*\r?\n"
            r"(?!-----END)[^\n]{1,200}(?:\n(?!-----END)[^\n]{1,200}){0,60}"
            r"(?:\n-----END[ A-Z0-9_-]{0,30}PRIVATE KEY(?: BLOCK)?-----)?",
            0.9,
        ),
        Pattern(
            "putty private key", r"PuTTY-User-Key-File-\d: [\s\S]{1,10000}?Private-MAC: [0-9a-f]{40,64}", 1.0
        ),
    ]
    CONTEXT = ["key", "private", "ssh", "rsa", "pem"]
    HINT = re.compile("PRIVATE KEY|PuTTY-User-Key")

    def validate_result(self, pattern_text: str) -> bool:
        """A block with a handful of characters between BEGIN and END is documentation, not a key: an empty
        body or one word (``anything``, ``...``, ``<key>``). Key material, or several words standing in for
        it on their own line ("super secret private key here"), is masked with its header."""
        body = pattern_text.split("-----", 2)[-1].split("-----END", 1)[0].replace("\\n", "\n")
        if len(_BODY_CHARS.findall(body)) >= 64:
            return True
        if not pattern_text.split("-----", 2)[-1][:3].lstrip(" \t").startswith(("\n", "\r", "\\n")):
            return False  # BEGIN…END written inline: a mention
        words = _WORDS.findall(body)
        return len(words) >= 2 and not any(mark in body for mark in ("...", "<", "{", "$", "****"))
