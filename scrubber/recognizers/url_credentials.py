"""Passwords in URLs and connection strings: ``scheme://user:PASSWORD@host``, ``Password=…;``, ``curl -u``."""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import looks_like_placeholder, looks_like_template
from scrubber.recognizers._gated import GatedPatternRecognizer

# A command-line argument: quoted, or up to the next space.
_ARG = r"""(?:"(?P<value>[^"\n]{1,128})"|'(?P<value>[^'\n]{1,128})'|(?P<value>[^\s"'|;&<>]{1,128}))"""
# Commands that take a password after a short flag, and that flag (``-p`` is a port elsewhere: docker run -p).
# (One alternation behind one word boundary, so most positions fail at the first character.)
_CLI_SHORT = (
    r"\b(?:sshpass[ \t]+-p[ \t]*"
    r"|redis-cli\b[^\n|;]{0,120}?[ \t]-a[ \t]+"
    r"|(?:docker|podman|nerdctl|buildah|skopeo|helm[ \t]+registry|oras|crane|az|cf|oc|argocd|heroku)"
    r"[ \t]+login\b[^\n|;]{0,120}?[ \t]-p[ \t]+"
    r"|mongo(?:sh|dump|restore|export|import)?\b[^\n|;]{0,120}?[ \t]-p[ \t]+"
    r"|(?:sqlcmd|bcp)\b[^\n|;]{0,120}?[ \t]-P[ \t]*"
    r"|ldap\w{2,12}\b[^\n|;]{0,120}?[ \t]-w[ \t]+"
    r"|(?:rdesktop|zip|unzip)\b[^\n|;]{0,120}?[ \t]-[pP][ \t]+"
    r"|7za?\b[^\n|;]{0,120}?[ \t]-p"
    r"|p:(?<=[ \t/]p:)"  # xfreerdp /p:…
    r"|(?:src|dest)?(?:store|key)pass[ \t]+(?<=[ \t]-\w{7,13}[ \t]+)"  # keytool -storepass
    r"|htpasswd[ \t]+-[a-zA-Z]*b[a-zA-Z]*[ \t]+\S+[ \t]+\S+[ \t]+"  # htpasswd -b file user password
    # a VNC password: x11vnc -storepasswd PASS FILE (one argument alone is the file), vncpasswd -f <<< PASS
    r"|x11vnc\b[^\n|;]{0,120}?[ \t]-storepasswd[ \t]+(?=[^\s~/]\S*[ \t]+[^\s-])"
    r"|vncpasswd[ \t]+-f[ \t]*<<<[ \t]*"
    r"|net[ \t]+user[ \t]+\S+[ \t]+(?=\S+[ \t]+/(?i:add|domain))"  # net user name password /add
    r"|wpa_passphrase[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\S+)[ \t]+"  # wpa_passphrase SSID passphrase
    # net use Z: share pw /user:name, or the password after the user: net use Z: share /user:name pw
    r"|net[ \t]+use[ \t]+(?:[A-Za-z]:[ \t]+)?(?![A-Za-z]:[ \t])\S+[ \t]+(?=\S+[ \t]+/(?i:user|u):)"
    r"|net[ \t]+use[ \t]+[^\n|;]{0,120}?[ \t]/(?i:user|u):\S+[ \t]+(?=[^\s/])"
    r"|ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?=[\"'])"
    r"|echo[ \t]+(?=[^\n|]{1,130}\|[ \t]*(?:sudo[ \t]+-S|passwd|chpasswd|\S+[ \t]+--password-stdin))"
    # echo 'X' > ~/.vault_pass.txt: a value written into a password, secret or token file
    r"|echo[ \t]+(?:-n[ \t]+)?(?=[^\n|>]{1,130}>{1,2}[ \t]*\S*(?i:pass|secret|token|cred|\.key\b)))"
)


class UrlCredentialRecognizer(GatedPatternRecognizer):
    """The credentials alone are reported: the scheme and host stay readable for the model. In a URL and in
    ``curl -u`` that is user:password (an account name is as identifying as the password is secret)."""

    PATTERNS = [
        Pattern(
            "url userinfo password",
            r"(?i:\b[a-z][a-z0-9+.-]{1,30}://)(?P<value>[^\s:/?#@\"'<>]{0,128}:"
            # the last @ ends it: p@ssw0rd@host; a raw password may hold ? # & = (redis://:ab?c#d@host),
            # a port before a query or fragment is no password (http://host:8080?to=ana@corp.example)
            r"(?P<password>(?!\d{1,5}[?#])[^\s/\"'<>]{1,256}))@(?=[A-Za-z0-9\[])",
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
            r"""(?:\b(?:mysql(?:dump|admin|sh)?|mariadb(?:-dump|-admin)?)\b[^\n]{0,100}?[ \t]-p"""
            r"""(?:(?P<value>[^\s"'-][^\s"']{0,127})|'(?P<value>[^'\n]{1,128})'|"(?P<value>[^"\n]{1,128})")"""
            # (MySQL 8 names the auth plugin first: IDENTIFIED WITH caching_sha2_password BY '…')
            r"""|(?i:\bidentified(?:[ \t]+with[ \t]+\w{1,40})?[ \t]+by(?:[ \t]+password)?)[ \t]+["']"""
            r"""(?P<value>[^"'\n]{1,128})["'])""",
            0.8,
        ),
        # Go's MySQL DSN: user:password@tcp(host:3306)/db (no scheme, so not the URL pattern's)
        Pattern(
            "go dsn password",
            r"(?<![\w.:/@-])[\w.-]{1,64}:(?P<cli>)(?P<value>[^\s\"'`:@/]{1,128})@(?i:tcp|unix|udp)\(",
            0.8,
        ),
        # Oracle's user/password@service: jdbc:oracle:thin:scott/tiger@//host:1521/ORCL, sqlplus scott/tiger@x
        Pattern(
            "oracle user/password",
            r"(?:jdbc:oracle:\w+:|\b(?:sqlplus|sqlldr|expdp|impdp|rman[ \t]+target)[ \t]+(?:-[sSL][ \t]+)?)"
            r"""["']?[\w$#.-]{1,30}/(?P<cli>)(?P<value>[^\s@/"']{1,128})(?=@|["']?(?:\s|$))""",
            0.8,
        ),
        # a .pgpass line: hostname:port:database:username:password
        Pattern(
            "pgpass line",
            r"(?m:^[ \t]*[\w.*-]*[A-Za-z*][\w.*-]*:(?:\d{2,5}|\*):[\w.*-]+:[\w.@*-]+:)(?P<cli>)"
            r"(?P<value>[^\s:]{1,128})[ \t]*$",
            0.7,
        ),
        # password flags: --password X, --db-password=X, -passout pass:X and each command's own short flag
        Pattern(
            "command-line password",
            r"(?:(?<![^\s(])--?(?:[a-z]+-){0,3}(?:password|passwd|passphrase|pwd|pass|requirepass|masterauth)"
            r"(?:[ \t]+|=)"
            r"(?!-)(?:pass:|env:(?=\S*\W))?|" + _CLI_SHORT + r")(?P<cli>)" + _ARG,
            0.8,
        ),
        # ssh-keygen's old and new passphrase (-P, -N), each of them
        Pattern(
            "ssh-keygen passphrase",
            r"(?<=\bssh-keygen\b[^\n|;]{0,160}?)[ \t]-[PN][ \t]+(?P<cli>)" + _ARG,
            0.8,
        ),
        # token and key flags: --token X, --api-key=X, --client-secret X (the value must look generated)
        Pattern(
            "command-line token",
            r"(?<![^\s(])--?(?:[a-z]+-){0,3}(?:token|secret|api-?key|access-?key|secret-?key|auth-?key)"
            r"(?:[ \t]+|=)(?!-)(?P<tok>)" + _ARG,
            0.7,
        ),
    ]
    CONTEXT = ["password", "connection", "database", "url", "dsn", "curl"]
    # Every pattern needs one of these: a URL, a password word or flag, a command taking one, a pgpass line
    # (the plain words found without a regex: see HINT_WORDS).
    HINT_WORDS = (
        "://", "pass", "pwd", "--user", "mysql", "identified", "oracle", "sqlplus", "sqlldr", "expdp",
        "impdp", "rman", "redis-cli", "login", "mongo", "sqlcmd", "bcp", "ldap", "rdesktop", "zip", "7z",
        "/p:", "securestring", "sudo", "token", "secret", "apikey", "api-key", "accesskey", "access-key",
        "authkey", "auth-key", ":*:", "ssh-keygen", "@tcp(", "@unix(", "@udp(")
    HINT = re.compile(r"(?i)-u\b|net[ \t]+us|:\d{2,5}:")
    # And each pattern needs its own (in any case: a superset of what the pattern takes).
    GATES = {
        "url userinfo password": ("://",),
        "connection string password": ("password", "pwd", "passwd"),
        "url query password": ("password=", "pwd=", "passwd="),
        "curl user password": ("-u",),
        "mysql -p / sql identified by": ("mysql", "mariadb", "identified"),
        "oracle user/password": ("jdbc:oracle:", "sqlplus", "sqlldr", "expdp", "impdp", "rman"),
        "go dsn password": ("@tcp(", "@unix(", "@udp("),
        "pgpass line": re.compile(r":(?:\d{2,5}|\*):"),
        "command-line password": (
            "pass", "pwd", "masterauth", "redis-cli", "login", "mongo", "sqlcmd", "bcp", "ldap", "rdesktop",
            "zip", "7z", " p:", "\tp:", "/p:", "net ", "net\t", "convertto-securestring", "echo ", "echo\t"),
        "ssh-keygen passphrase": ("ssh-keygen",),
        "command-line token": (
            "token", "secret", "apikey", "api-key", "accesskey", "access-key", "authkey", "auth-key"),
    }

    def accept_match(self, match) -> bool:
        """``curl -u username:password`` in documentation names the parts; in a URL a word is masked."""
        if "cli" in match.re.groupindex or "tok" in match.re.groupindex:
            value = match.group("value")
            # (quoted, a leading "-" or "$" is the value's own: echo '-OUKI2…' > ~/.vault_pass.txt)
            quoted = match.string[match.start("value") - 1] in "'\""
            if (len(value) < 4 or value[0] in ("<{%[" if quoted else "-$<{%[")
                    or looks_like_placeholder(value, strict=True)
                    or self.invalidate_result(value)):
                return False
            if "tok" in match.re.groupindex:  # a word or a file name after --token is not the token
                return (len(value) >= 8 and "/" not in value and not value.endswith((".json", ".txt", ".pem"))
                        and (any(c.isdigit() for c in value) or any(c.isupper() for c in value[1:])))
            return True
        if "password" not in match.re.groupindex:
            # connect(user="svc", password=password): a keyword argument naming a variable, not a value
            value = match.group("value")  # (or a call: password=input("…"))
            return not (value.endswith((")", "(")) and _IDENTIFIER.match(value[:-1]))
        password = match.group("password").strip("'\"")
        # (in a URL a word is masked too: postgres://user:pass@host may hold the real one)
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
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$")
_WORDS_FOR_A_PASSWORD = {"password", "passwd", "pass", "pwd", "pw", "token", "secret", "apikey", "api_key",
                         "test"}
