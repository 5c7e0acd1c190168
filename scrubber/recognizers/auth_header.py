"""Credentials in HTTP headers: ``Authorization: Bearer …``, ``Basic …``, ``X-API-Key: …``."""

from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer, looks_like_placeholder
from scrubber.recognizers.credential_assignment import stored_elsewhere

_TOKEN = r"(?P<value>[A-Za-z0-9._~+/=:-]{8,2048})(?![A-Za-z0-9._~+/=:-])"


class AuthHeaderRecognizer(SpanPatternRecognizer):
    """The token after the scheme is reported; the header name and scheme stay in the text."""

    PATTERNS = [
        Pattern(
            "authorization header",
            # (nginx and Apache write it without a colon: proxy_set_header Authorization "Basic …")
            r"(?i:\b(?:proxy-)?authorization)[\"']?"
            r"(?:[ \t]*[:=][ \t]*|[ \t]+(?=[\"']?(?i:bearer|basic|token)\b))[\"']?"
            r"(?i:(?:bearer|basic|token|api-?token|api-?key|digest|sso-key|ssws|otp)[ \t]+)?" + _TOKEN,
            0.9,
        ),
        Pattern("bearer token", r"(?i:\bbearer)[ \t]+" + _TOKEN, 0.7),
        # HTTP Basic credentials quoted as a header's value wherever the header's name stands apart: a HAR
        # file's {"name": "Authorization", "value": "Basic Z3Jh…"}, a Postman export, a fetch() call
        Pattern("quoted basic credentials",
                r"[\"'](?i:basic)[ \t]+(?P<value>(?=[A-Za-z0-9+/]*[A-Za-z])[A-Za-z0-9+/]{12,2048}={0,2})"
                r"[\"']", 0.8),
        # SMTP and IMAP authentication in a pasted session log: "AUTH PLAIN AG5vcmVwbHk…"
        Pattern("smtp auth",
                r"\b(?:AUTH|AUTHENTICATE)[ \t]+(?:PLAIN|LOGIN|XOAUTH2|CRAM-MD5)[ \t]+" + _TOKEN, 0.8),
        Pattern(
            "api key header",
            # (not a word of a path or an ARN: "arn:aws:secretsmanager:…:secret:prod/api")
            r"(?<![:/])(?i:\b(?:x-)?(?:[a-z0-9]+-)*(?:api-?key|api-?token|auth-?token|access-?token"
            r"|secret|token|apikey))[\"']?[ \t]*:[ \t]*[\"']?" + _TOKEN,
            0.8,
        ),
        # a session cookie copied from the browser's developer tools (a tab-separated row: name, value,
        # domain, path, expiry …): "sessionid\t8f14e45f…\t.example.com\t/"
        Pattern(
            "cookie table row",
            r"(?im:^[ \t]*[\w.-]*(?:sess|sid|token|auth|jwt|remember|login|secure|csrf|xsrf)[\w.-]*\t)"
            r"(?P<value>[^\t\s]{12,4096})(?=\t)",
            0.8,
        ),
    ]
    CONTEXT = ["authorization", "bearer", "header", "token", "curl"]

    def invalidate_result(self, pattern_text: str) -> bool:
        """``Bearer XXXX``, ``Bearer <token>`` and ``Bearer $TOKEN`` are not credentials."""
        return (
            looks_like_placeholder(pattern_text, strict=len(pattern_text) < 16)
            or stored_elsewhere(pattern_text)
            or not any(c.isdigit() for c in pattern_text)
            and len(pattern_text) < 20
        )
