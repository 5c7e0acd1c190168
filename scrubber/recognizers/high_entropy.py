"""A long random base64 string standing alone as a quoted literal: ``some_call("c3VwZXIgbG9uZy…")``.

A key, token or client secret passed as an argument or listed in code, with no name to say what it is.
Only what a generator makes: 40 to 1000 characters of the base64 or base64url alphabet, upper case, lower case
and digits, high entropy. A literal assigned to a name (``x = "…"``, ``"field": "…"``, ``value="…"``) is
left to the credential-name rules, which know a public key or a CSRF token from a secret; hex strings
(hashes, commit SHAs, ids) have no capitals; integrity hashes (``"sha512-…"``) are public.
"""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer, looks_like_placeholder, shannon_entropy

_MIN_ENTROPY = 4.5  # random base64 of 40+ characters has about 5; identifiers and words about 4


class HighEntropyLiteralRecognizer(SpanPatternRecognizer):
    """The content of a quoted literal that does not follow '=' or ':' and looks generated."""

    PATTERNS = [
        Pattern(
            "high-entropy quoted literal",
            r"""(?P<q>["'])(?<![=:][ \t]{0,8}["'])(?P<value>[A-Za-z0-9+/_-]{40,1000}={0,2})(?P=q)""",
            0.6,
        ),
        # unquoted, the shape of an AWS secret access key: exactly 40 base64 characters with a "/" or "+"
        # (``some_function(wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)``); a path or a URL has dots or more
        Pattern(
            "bare 40-character base64 key",
            r"(?<![\w+/=.:@-])(?P<aws>)(?P<value>(?=[A-Za-z0-9]*[+/])[A-Za-z0-9+/]{40})(?![\w+/=.-])",
            0.6,
        ),
    ]
    CONTEXT = ["key", "secret", "token", "password", "credential"]

    def accept_match(self, match: re.Match) -> bool:
        """Upper, lower and digits, high entropy, no integrity-hash prefix, no fill-in run; a documented
        example key (``…EXAMPLEKEY``) counts: a real key and its placeholder look the same to a vendor."""
        value = match.group("value")
        if "aws" in match.re.groupindex and value.count("/") + value.count("+") > 4:
            return False  # a path: "a/b/c/…"
        return (
            any(c.isupper() for c in value)
            and any(c.islower() for c in value)
            and any(c.isdigit() for c in value)
            and not _INTEGRITY.match(value)
            and ("aws" in match.re.groupindex or not looks_like_placeholder(value, shaped=True))
            and shannon_entropy(value) >= _MIN_ENTROPY
        )


_INTEGRITY = re.compile(r"sha(?:1|256|384|512)-")
