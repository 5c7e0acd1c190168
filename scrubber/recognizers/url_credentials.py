"""Passwords in URLs and connection strings: ``scheme://user:PASSWORD@host``, ``Password=…;``, ``curl -u``."""

from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer, looks_like_template


class UrlCredentialRecognizer(SpanPatternRecognizer):
    """The credentials alone are reported: the scheme and host stay readable for the model. In a URL and in
    ``curl -u`` that is user:password (an account name is as identifying as the password is secret)."""

    PATTERNS = [
        Pattern(
            "url userinfo password",
            r"(?i:\b[a-z][a-z0-9+.-]{1,30}://)(?P<value>[^\s:/?#@\"'<>]{0,128}:"
            r"(?P<password>[^\s/?#\"'<>]{1,256}))@(?=[A-Za-z0-9\[])",  # the last @ ends it: p@ssw0rd@host
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
        # curl -u user:password / --user 'user:password' (a trailing ':' means "ask", so no value then): the
        # pair is reported, the account name is as personal as the password is secret
        Pattern(
            "curl user password",
            r"""(?:^|\s)(?:-u|--user)[ \t]*["']?(?P<value>(?:\{[^}\s]{0,128}\}|[^\s:"']{0,128})["']?:"""
            r"""["']?(?P<password>[^\s"']{1,128}))""",
            0.8,
        ),
        # mysql -u root -pS3cret (the password glued to -p) and SQL's IDENTIFIED BY 'S3cret'
        Pattern(
            "mysql -p / sql identified by",
            r"""(?:\bmysql(?:dump|admin|sh)?\b[^\n]{0,100}?[ \t]-p(?P<value>[^\s"'-][^\s"']{0,127})"""
            r"""|(?i:\bidentified[ \t]+by(?:[ \t]+password)?)[ \t]+["'](?P<value>[^"'\n]{1,128})["'])""",
            0.8,
        ),
    ]
    CONTEXT = ["password", "connection", "database", "url", "dsn", "curl"]

    def accept_match(self, match) -> bool:
        """``curl -u username:password`` in documentation names the parts; in a URL a word is masked."""
        if "password" not in match.re.groupindex:
            return True
        password = match.group("password").strip("'\"")
        documented = "--user" in match.re.pattern and password.lower() in _WORDS_FOR_A_PASSWORD
        return not documented and not self.invalidate_result(password)

    def invalidate_result(self, pattern_text: str) -> bool:
        """``:${DB_PASSWORD}@``, ``:<password>@``, ``:****@`` stand in for a password. A word in the password
        place (``user:pass@host``, ``admin:secret@db``) is masked: it may well be the real one."""
        value = pattern_text.strip("{}")
        return (
            looks_like_template(pattern_text)
            or not value
            or value[0] in "$<[*%"
            or ">" in value
            or not any(c.isalnum() for c in value)
        )


# Documentation writes the word instead of a value: curl -u username:password, curl -u user:token.
_WORDS_FOR_A_PASSWORD = {"password", "passwd", "pass", "pwd", "pw", "token", "secret", "apikey", "api_key",
                         "test"}
