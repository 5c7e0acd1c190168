"""A user name and password written as a pair after a login word: ``ssh in with root / Tiger196.XxS``.

Chat and ticket prompts give credentials this way far more often than as ``password=…``. Only the password
is reported, and only when it looks like one (letters with digits, symbols or inner capitals), so prose with
slashes ("read / write", "TCP / IP", "login / logout") is left alone.
"""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer, looks_like_placeholder
from scrubber.recognizers.password_shape import COMMON_PASSWORDS, names_a_network

_SYMBOLS = set("!#$%&*+,.:;=?@^_~|-")
# The account before "user / password" (a key's body split at "/" is none)
_ACCOUNT_BEFORE = re.compile(r"([\w.@+-]+)[ \t]*/[ \t]*$")
# (an SSH public key's type before its body: the body is "AAAA…" and may hold a "/")
_SSH_KEY_TYPE = re.compile(r"\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com)"
                           r"[ \t]+AAAA")
# Passwords so common they are plain words: after "login is projector / …" they are the password all the
# same (a default nobody changed leaks like any other)
_COMMON_PASSWORDS = COMMON_PASSWORDS | frozenset(
    "welcome qwertz azerty master shadow secret default root123 "
    # and what devices and images ship with ("root and toor", "pi / raspberry")
    "1234 12345 1234567 123456789 1234567890 111111 000000 toor raspberry ubnt alpine calvin tiger changeit "
    "welcome1 password1 password123 qwerty123 pass123 pass1234 test123 admin1234 admin12345 p@ssword".split())
# Accounts that come with a system: after one, "and" + a common password is the pair ("root and toor"), but
# not another account ("admin and guest users")
_ACCOUNTS = ("admin|administrator|root|sa|postgres|ubuntu|pi|guest|elastic|oracle|sysadmin|superuser|ec2-user"
             "|centos|operator|support|service")
_ACCOUNT_WORDS = frozenset(_ACCOUNTS.split("|"))


_PASSWORD_LABELS = frozenset("password passwort pass pw pwd passcode passphrase key".split())


def looks_like_password(value: str) -> bool:
    """Letters plus a digit or symbol, or capitals past the first letter; no placeholder words."""
    if len(value) < 6 or not any(c.islower() for c in value) or looks_like_placeholder(value, strict=True):
        return False
    return (any(c.isdigit() for c in value) or any(c in _SYMBOLS for c in value)
            or any(c.isupper() for c in value[1:]))


class LoginPairRecognizer(SpanPatternRecognizer):
    """``user / password`` after ssh, login, sign in, credentials, account or user."""

    PATTERNS = [
        Pattern(
            "login pair",
            r"(?<![\w./-])(?i:(?:ssh|sftp|rdp|vpn|log[ \t]?in|logon|sign[ \t]?in|credentials?|creds"
            r"|user(?:name)?|account|wi-?fi|wlan|ssid|zugang(?:sdaten)?|benutzer(?:name)?|anmeldung|identifiants?"
            r"|connexion|usuario|usuário|credenciales|credenciais|utente|accesso|credenziali|gebruiker(?:snaam)?"
            r"|inloggegevens|acceso|acesso)\b)[^\n/]{0,40}?(?<![\w.@-])[\w.@-]{1,64}"
            r"(?:[ \t]*/[ \t]*|(?P<colon>:)(?=\S)|[ \t]+:[ \t]+"
            r"|[ \t]+(?P<and>and|&|plus|with)[ \t]+(?:password[ \t]+)?)"
            # (a "$" that leads no variable: "$$62-EZ_f=e@!!M", not "$PASSWORD")
            r"(?P<value>(?:[^\s/\"'`()<>{}$]|\$(?![A-Za-z_{(]))[^\s/\"'`()<>{}]{5,63}?)"
            r"(?=[.,;:!?)\]]?(?:\s|$))",
            0.7,
        ),
        # an account that is its own cue: an e-mail or user@host, or a well-known admin account, then the
        # password (``ana@corp.example / Velvet89``, ``ssh ana@10.0.0.5 with Velvet89``, ``admin:Velvet89``;
        # ``curl -u admin:…`` is the URL recognizer's, user and password together)
        Pattern(
            "account and password",
            # (matched from the '@' on, which is cheap to find; the user before it is not needed)
            # (not an image digest "@sha256:")
            r"(?:(?<=[\w.+-])@(?!sha\d{1,3}:)[\w-]{1,63}(?:\.[\w-]{1,63})*"
            r"|\b(?<![\w.@/-])(?<!-u[ \t])(?<!--user[ \t=])"
            rf"(?i:{_ACCOUNTS})(?=[ \t]*[/:]|[ \t]+(?i:and|&)[ \t]))"
            r"(?:[ \t]*[/|][ \t]*|(?P<colon>:)(?=\S)|[ \t]+(?i:with|using|pw|pass)[ \t]+"
            r"|[ \t]+(?P<account_and>and|&)[ \t]+)"
            # (four characters or more: "admin:12345" when the password is a common one)
            r"(?P<value>[^\s/\"'`()<>{}$@][^\s/\"'`()<>{}@]{3,63}?)(?=[.,;:!?)\]]?(?:\s|$))",
            0.7,
        ),
        # labels cut to their letter, as notes write them: "u: ops-admin p: Gravel77", "U: jdoe / P: Fern#4"
        Pattern(
            "login pair of single letters",
            r"(?<![\w.-])(?i:u|usr)[ \t]*:[ \t]*[^\s:]{1,64}[ \t]*[,;/|]?[ \t]+(?i:p|pw)[ \t]*:[ \t]*"
            r"(?P<value>[^\s\"'`]{4,64}?)(?=[.,;!?)\]]?(?:\s|$))",
            0.7,
        ),
        # a device's or a product's default password, named as the default: "the factory default, welcome1,",
        # "default password is admin123" (a common password, or one with the make of a password)
        Pattern(
            "default password",
            r"(?i:\bdefault\b)(?:[ \t]+(?i:password|pw|pwd|login|creds|credentials|pass))?"
            r"(?:[ \t]*[,:=(][ \t]*|[ \t]+(?i:is|was|of|still)[ \t]+)[\"'`]?"
            # (not a YAML anchor or alias: "default: &default")
            r"(?P<default>)(?P<value>[^\s\"'`,;()<>{}&*$%][^\s\"'`,;()<>{}]{3,31}?)[\"'`]?(?=[.,;:!?)\]]?(?:\s|$))",
            0.7,
        ),
    ]
    CONTEXT = ["password", "ssh", "login", "credentials"]
    # Where "login pair" and "account and password" can start (``STARTS``: tried only there, not scanned for
    # at every character): each login word or account name is a whole word (no letter before it, none after
    # its ``\b`` or look-ahead), "log in", "sign in", "wi-fi" by their first word, "ec2-user" by its "ec";
    # and an "@".
    STARTS = {
        "login pair": (
            "ssh", "sftp", "rdp", "vpn", "log", "login", "logon", "sign", "signin", "credential",
            "credentials", "creds", "user", "username", "account", "wi", "wifi", "wlan", "ssid", "zugang",
            "zugangsdaten", "benutzer", "benutzername", "anmeldung", "identifiant", "identifiants",
            "connexion", "usuario", "credenciales", "credenciais", "utente", "accesso", "credenziali",
            "gebruiker", "gebruikersnaam", "inloggegevens", "acceso", "acesso"),
        "account and password": ("@", "ec", *_ACCOUNT_WORDS),
    }
    # (was one regex: ``HINT_WORDS`` are its plain words, found in one C-level pass each)
    HINT_WORDS = ("ssh", "sftp", "rdp", "vpn", "login", "log in", "log\tin", "logon", "sign", "cred", "user",
                  "account", "wifi", "wi-fi", "wlan", "ssid", "zugang", "benutzer", "anmeldung",
                  "identifiant", "connexion", "usuario", "utente", "access", "gebruiker", "inlog", "acces",
                  "accs", "@", "admin", "root", "postgres", "ubuntu", "guest", "elastic", "oracle",
                  "superuser", "operator", "support", "service")
    HINT = re.compile(r"(?i)usuário|\bsa\b|\bpi\b|\bpw?[ \t]*:|\bdefault\b")

    def accept_match(self, match: re.Match) -> bool:
        """The value must look like a password, not a word or a path."""
        value = match.group("value")
        if match.groupdict().get("default") is not None:
            return value.lower() in _COMMON_PASSWORDS or looks_like_password(value)
        at = match.start("value")
        account = _ACCOUNT_BEFORE.search(match.string, max(0, at - 80), at)
        if account and "@" not in account.group(1) and (
                len(account.group(1)) >= 32 or account.group(1).startswith("AAAA")
                and _SSH_KEY_TYPE.search(match.string, max(0, at - 120), at)):
            return False  # a key's body split by "/": "ssh-ed25519 AAAAC3Nz…H4/glSlqwmjNy", no account
        after = match.string[match.end("value"):match.end("value") + 1]
        if value.lower() in _PASSWORD_LABELS and after and after in ":=":
            return False  # the password's label: "Wi-Fi: OfficeGuest / password: Xyz!2024" (found after it)
        if names_a_network(match.string, *match.span("value")):
            return False  # a Wi-Fi network's name: "SSID: CafeNet5G / …"
        if "?" in value and "=" in value:
            return False  # a URL's path and query after its host: "@cluster6.mongodb.net/db?retryWrites=true"
        space = max(match.string.rfind(" ", 0, at), match.string.rfind("\n", 0, at))
        if "://" in match.string[space + 1:at]:
            return False  # a URL's path after its host: "https://<key>@o12.ingest.sentry.io/4507"
        before = match.string[max(0, at - 1 - len(value)):at].lower()
        if ":" not in value and (value.lower() in _COMMON_PASSWORDS or before in (f"{value.lower()}/",
                                                                                   f"{value.lower()}:")):
            return True  # "admin:12345", "admin/admin": the defaults
        if match.groupdict().get("colon") and (":" in value or value[:1].isdigit()):
            return False  # user:password has one colon; 10:30:45am is a time
        if match.groupdict().get("account_and"):  # "root and toor", not "admin and guest"
            return value.lower() in _COMMON_PASSWORDS and value.lower() not in _ACCOUNT_WORDS
        if len(value) < 6:
            return value.lower() in _COMMON_PASSWORDS
        if match.groupdict().get("and"):  # "log in with jdoe and Sunshine#77": prose, so a digit and a symbol
            # that no version or file name has ("between 1.7 and 13.31.14-rc.1" is no login)
            return looks_like_password(value) and any(c.isdigit() for c in value) and any(
                c in "!#$%&*+=?@^~|" for c in value)
        return looks_like_password(value) or value.lower() in _COMMON_PASSWORDS
