"""Passwords in URLs and connection strings: ``scheme://user:PASSWORD@host``, ``Password=…;``, ``curl -u``."""

from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer, looks_like_placeholder


class UrlCredentialRecognizer(SpanPatternRecognizer):
    """Only the password is reported: the host and user name stay readable for the model."""

    PATTERNS = [
        Pattern(
            "url userinfo password",
            r"(?i:\b[a-z][a-z0-9+.-]{1,30}://)[^\s:/?#@\"'<>]{0,128}:"
            r"(?P<value>[^\s/?#@\"'<>]{1,256})@(?=[A-Za-z0-9\[])",
            0.9,
        ),
        # ADO.NET / JDBC / ODBC style: Server=…;User Id=…;Password=…;
        Pattern(
            "connection string password",
            r"(?:^|(?<=[;\s]))(?i:password|pwd|passwd)[ \t]*=[ \t]*"
            r"(?P<value>\{[^}\n]{1,128}\}|[^;\s\"']{1,128})(?=[ \t]*(?:;|$|\"|'))",
            0.8,
        ),
        Pattern("url query password", r"(?i:[?&](?:password|pwd|passwd)=)(?P<value>[^&#\s\"']{1,128})", 0.8),
        # curl -u user:password / --user 'user:password' (a trailing ':' means "ask", so no value then)
        Pattern(
            "curl user password",
            r"""(?:^|\s)(?:-u|--user)[ \t]*["']?(?:\{[^}\s]{0,128}\}|[^\s:"']{0,128})["']?:"""
            r"""["']?(?P<value>[^\s"']{1,128})""",
            0.8,
        ),
    ]
    CONTEXT = ["password", "connection", "database", "url", "dsn", "curl"]

    def invalidate_result(self, pattern_text: str) -> bool:
        """``:${DB_PASSWORD}@``, ``:<password>@``, ``:****@`` stand in for a password. A word in the password
        place (``user:pass@host``, ``admin:secret@db``) is masked: it may well be the real one."""
        value = pattern_text.strip("{}")
        return (
            looks_like_placeholder(pattern_text, shaped=True)
            or not value
            or value[0] in "$<[*%"
            or ">" in value
            or not any(c.isalnum() for c in value)
        )
