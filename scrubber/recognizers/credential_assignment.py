"""Secrets assigned to a credential-like name: ``password=…``, ``api_key: "…"``, ``export GH_TOKEN=…``.

Only the value is reported, so the prompt keeps its shape (``password=<SECRET_1>``).
"""

import re as stdlib_re

import regex as re
from presidio_analyzer import Pattern
from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.recognizers._base import (
    SpanPatternRecognizer,
    looks_like_placeholder,
    looks_like_template,
    looks_random,
)
from scrubber.words import LEET_OF, PASSWORD_MANAGERS

# Name fragments that make a value a credential. Strong ones count anywhere in the name; weak ones must be
# a whole word (so "keyboard" or "passenger" do not count).
_STRONG = (
    "password",
    "passwd",
    "passphrase",
    "secret",
    "token",
    "apikey",
    "accesskey",
    "privatekey",
    "credential",
    "passwort",
    "kennwort",
    "motdepasse",
    "contrase",
    "senha",
    "wachtwoord",
    # composites whose parts are weak alone: db_pass_secure, KEYPASS
    "dbpass",
    "databasepass",
    "keypass",
    "keydata",  # kubeconfig client-key-data: a private key
)
# Session cookies: whoever holds the value is signed in.
_SESSION_NAMES = {"phpsessid", "jsessionid", "sessionid", "sessid", "sid", "connectsid", "aspsessionid",
                  "aspnetsessionid", "sessioncookie", "authcookie", "session", "sessiontoken", "sessionkey",
                  # signed URLs: the signature grants access (Azure SAS sig=, S3 and GCS presigned URLs)
                  "sig", "signature", "xamzsignature", "xamzsecuritytoken", "xgoogsignature", "sastoken"}
_WEAK = {"pass", "pwd", "pw", "key", "keys", "auth", "creds", "cred", "pat", "psk", "login"}
_PASSWORD_WORDS = (
    "password",
    "passwd",
    "passphrase",
    "pass",
    "pwd",
    "pw",
    "passwort",
    "kennwort",
    "motdepasse",
    "contrase",
    "senha",
    "wachtwoord",
)
# Names that hold something other than the secret (its id, name, file, length…), or a non-secret key.
_NOT_SECRET_LAST = {
    "id",
    "ids",
    "name",
    "names",
    "size",
    "length",
    "len",
    "file",
    "files",
    "path",
    "url",
    "uri",
    "type",
    "types",
    "field",
    "header",
    "hash",
    "version",
    "arn",
    "expiry",
    "expires",
    "expiration",
    "count",
    "timeout",
    "ttl",
    "prefix",
    "suffix",
    "format",
    "mode",
    "policy",
    "provider",
    "env",
    "label",
    "location",
    "dir",
    "endpoint",
    "method",
    "algorithm",
    "alg",
    "hint",
    "event",
    "index",
    "enabled",
    "required",
    "str",
    "chars",
    "pattern",
    "regex",
    "char",
    "min",
    "max",
    "store",
    "storage",
    "ref",
    "reference",
    "source",
    "manager",
    "class",
    "helper",
    "param",
    "params",
    "rotation",
    "interval",
}
NOT_SECRET_ANY = {
    "public",
    "pub",
    "publishable",
    "primary",
    "foreign",
    "sort",
    "partition",
    "cache",
    "row",
    "unique",
    "schema",
    "sequence",
    "bucket",
    "object",
    "csrf",
    "xsrf",
    "authenticity",
    "vault",
    "map",
    "lookup",
    "idempotency",
    "issuer",
    "keyboard",
    "monkey",
    "hotkey",
    "shortcut",
    "dict",
    "fake",
    "example",
    "dummy",
    "sample",
    "mock",
    "non",
    "invalid",
    "nonmatching",
}
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# Literals that are code, not a secret value.
_CODE_VALUES = {
    "none",
    "null",
    "nil",
    "true",
    "false",
    "undefined",
    "str",
    "string",
    "int",
    "bool",
    "bytes",
    "required",
    "optional",
    "empty",
    "secret",
    "password",
    "hidden",
    "masked",
    "unset",
    "changeit",
    "yes",
    "no",
    "on",
    "off",
    # what prose says of a password instead of giving it ("Password: stored in vault 2", 'the password
    # "field" is empty')
    "stored",
    "saved",
    "sent",
    "expired",
    "changed",
    "reset",
    "field",
    "tbd",
}
# Possessive: a name is never given back character by character to look for a separator (that backtracking was
# most of this recognizer's time).
_NAME = r"""(?P<name>[A-Za-z_][A-Za-z0-9_.-]{0,60}+)"""
_OPEN = r"""["'`]?[ \t]*(?:\]|\[\d*\])?[ \t]*"""
# ``(`` only before a quoted literal: secret("…"); in ``if (api_key == "…")`` the name follows it.
_SEP = r"""(?:=>|:=|::=|:::=|\?=|!==|===|!=|==|=|:|\((?=[ \t]*[@rbfuR]?["'`]))"""
# A type annotation between the name and '=': ``const API_KEY: &str = …``, ``val apiKey: String = …``
# (spaced after the ':' and before the '=': in ``config: DB_PASSWORD=…`` and ``$env:API_KEY = …`` the second
# name is the credential, not a type)
_TYPE = (
    r"""(?:[ \t]*:[ \t]+&?(?:'static[ \t]+)?[A-Za-z_][\w.]{0,40}(?:<[\w, .]{0,40}>|\[\])?[ \t]+(?==[^=>]))?"""
)
_VALUE = (
    r"""[ \t]*(?:[@rbfuR](?=["'`]))?"""
    # (a quote escaped inside the value is part of it: "Quo\"te9!x")
    r"""(?:"(?P<value>(?:[^"\\\n]|\\.){1,200})"|'(?P<value>(?:[^'\\\n]|\\.){1,200})'|`(?P<value>[^`\n]{1,200})`"""
    # unquoted: up to a space, quote, comma or semicolon, but a comma followed by a symbol is part of the
    # value (``secrete = A,.:-@*?!``), as a password would have it
    # (and in a URL query, ``&next_param=`` ends it)
    r"""|(?P<value>(?:[^\s"'`,;&]|&(?![\w.-]{1,40}=)){1,200}(?:,(?=[^\w\s"'`,;])[^\s"'`,;]{1,200}){0,10}))"""
)


# A key's, token's or secret's word in other languages, for prose ("Clé API : …", "la chiave API è …", "Klucz
# API: …", "API anahtarı: …", "jeton d'accès : …"); in code a name of these words is too often no secret's
_OTHER_KEY_WORD = (r"cl[ée]|chiave|clave|llave|chave|sleutel|klucz|anahtar\p{L}{0,3}|jeton|schlüssel|segreto"
                   r"|secreto|segredo|geheimnis|sekret|nøgle|nøkkel|nyckel|avain")
_OTHER_KEY = re.compile(rf"(?i:(?:{_OTHER_KEY_WORD})$)")


def key_name_words(name: str) -> list[str]:
    """The words of a key name or a phrase, lower case: "apiKey" → api, key; "DB_PASS_2" → db, pass, 2."""
    return [w.lower() for w in _WORD.findall(name)]


# A password word spelt in leetspeak as a label ("Passw0rd: …", "P4ssword=…", "s3cret:", "DB_P455W0RD=…",
# "t0k3n"): read as the word. One map of leetspeak's digits and signs to letters (``words.LEET_OF``: each
# letter and the characters that write it), so every spelling is read, not only the ones listed by hand.
_LEET = str.maketrans({c: letter for letter, cs in LEET_OF.items() for c in cs})
_LEET_NAMES = frozenset({"password", "passwort", "passwd", "pass", "passphrase", "secret", "token"})
_NAME_PART = re.compile(r"[A-Za-z0-9@$]+")
# (a leetspeak label's first part read as a password word: "5ecret", "$ecret_key", "p@ss")
_LEET_LABEL = re.compile(r"(?i:(?:%s)(?![A-Za-z0-9@$]))" % "|".join(sorted(_LEET_NAMES)))


def _unleet(name: str) -> str:
    """``name`` with each part (between ``_`` ``.`` ``-``) that leetspeak's digits and signs turn into a
    password word read as that word, in lower case ("DB_P455W0RD" → "DB_password"); the others as they are."""
    def plain(part: re.Match) -> str:
        low = part.group().lower()
        word = low.translate(_LEET)
        return word if word != low and word in _LEET_NAMES else part.group()
    return _NAME_PART.sub(plain, name)


def _leet_forms(start: str) -> tuple[str, ...]:
    """Every way leetspeak may write ``start`` with a digit in it ("pas" → "p4s", "pa5", "p45"), for the
    hints (a name holds letters, digits and ``_``: the signs of ``LEET_OF`` are left out)."""
    forms = [""]
    for letter in start:
        ways = letter + "".join(c for c in LEET_OF.get(letter, "") if c.isdigit())
        forms = [f + c for f in forms for c in ways]
    return tuple(f for f in forms if f != start)


def _is_credential_name(name: str) -> bool:
    name = _unleet(name)
    words = key_name_words(name)
    flat = "".join(words)
    if flat in _SESSION_NAMES:  # (a session's id is the session: "_session_id=…", "SESSION_ID=…")
        return True
    if not words or words[-1] in _NOT_SECRET_LAST or NOT_SECRET_ANY & set(words) or words[0] == "not":
        return False
    if flat.endswith(_STORE_ENDS) or flat.endswith("sitekey"):
        return False  # a secret store's name, not a secret: secretsmanager, SecretStore, keyvault; a
        # captcha's site key is public
    if any(s in flat for s in _STRONG) or flat in _SESSION_NAMES:
        return True
    # A weak word counts at the end of the name only, optionally followed by a number: db_pass, AUTH_KEY1.
    tail = [w for w in words if not w.isdigit()]
    # rootpass, adminpwd, PGPASS: a word ending in a weak password word (not bypass, compass…)
    return bool(tail) and (tail[-1] in _WEAK
                           or tail[-1].endswith(("pass", "pwd")) and tail[-1] not in _NOT_PASS)


_STORE_ENDS = ("manager", "store", "vault")
_NOT_PASS = {"bypass", "compass", "overpass", "underpass", "surpass", "trespass", "encompass", "flypass"}


def _is_password_name(name: str) -> bool:
    return any(w.startswith(_PASSWORD_WORDS) for w in key_name_words(_unleet(name)))


# Where "credential assignment" can start: a name's letter after no name character, with a separator's
# first character (= : ? ! or the "(" before a literal; a type annotation starts with ":") after the rest of
# the name, a quote, a bracket and blanks as the pattern allows them (any bracketed index: the pattern's
# ``\[\d*\]`` is one). The pattern is tried only there (``STARTS``' mechanism): the same matches, two thirds
# of the time.
_ASSIGNMENT_START = stdlib_re.compile(
    r"(?<![A-Za-z0-9_])(?=[A-Za-z_][A-Za-z0-9_.-]*[\"'`]?[ \t]*(?:\]|\[[^\]]*\])?[ \t]*[=:?!(])")


def _assignment_starts(text: str) -> list[int]:
    return [m.start() for m in _ASSIGNMENT_START.finditer(text)]


class CredentialAssignmentRecognizer(SpanPatternRecognizer):
    """A value assigned to or compared with a credential-like name, in code, config, shell or JSON."""

    PATTERNS = [
        # name = value, name: "value", "name": "value", name := value, name => value, (name == "value")
        # (the value is read in a lookahead, so a rejected pair does not swallow the next name: $env:API_KEY)
        Pattern(
            "credential assignment",
            r"(?<![A-Za-z0-9_])" + _NAME + _OPEN + _TYPE + _SEP + "(?=" + _VALUE + ")",
            0.7,
        ),
        # a password word in leetspeak as a label, its first letter a digit or a sign ("5ecret: …",
        # "$ecret = …", "p@ss: …", "7oken: …"): the name is read as the word (``_unleet``)
        Pattern(
            "credential assignment with a leetspeak label",
            r"(?<![\w$@])(?=[\w$@]*[$@\d])(?P<leet>)(?P<name>[\w$@][\w$@.-]{2,40}+)" + _OPEN + _SEP
            + "(?=" + _VALUE + ")",
            0.7,
        ),
        # name "value" (C/C++/Go style, Ruby method calls): a quoted value right after the name
        Pattern(
            "credential quoted after name",
            # (not a git config's section for a host's credentials: [credential "https://git.example.com"])
            r"(?<![A-Za-z0-9_])(?<!(?:^|\n)[ \t]*\[)" + _NAME + r"""[ \t]+"(?P<value>[^"\n]{1,200})["']""",
            0.7,
        ),
        # a passphrase of words, unquoted, alone after its name on a config or .env line:
        # ``PASSWORD=correct horse battery staple``, ``passphrase: copper lantern river``
        Pattern(
            "credential words to the end of the line",
            r"(?m:^[ \t]*(?:export[ \t]+|-[ \t]+)?)" + _NAME + r"[ \t]*[=:][ \t]*"
            r"(?P<words>)(?P<value>\p{Ll}{2,12}(?:[ \t]+\p{Ll}{2,12}){2,7})[ \t]*(?=\r?$)",
            0.7,
        ),
        # a key's value broken onto the next line, as a screenshot's text or a narrow terminal has it:
        # "HF_TOKEN=hf_AbCdEfGh\nIjKlMnOpQrStUv" (the next line a run of the key's alphabet alone)
        Pattern(
            "credential value continued on the next line",
            r"(?m:^[ \t]*(?:export[ \t]+)?)" + _NAME + r"[ \t]*[=:][ \t]*[\"']?[A-Za-z0-9_\-+/.]{6,200}\r?\n"
            r"[ \t]*(?P<cont>)(?P<value>[A-Za-z0-9_\-+/]{8,200}={0,3})[\"']?[ \t]*(?=\r?$)",
            0.7,
        ),
        # name and value as two fields: a Kubernetes/compose env list (``- name: DB_PASSWORD`` then
        # ``value: "…"``), an ECS task definition or SSM parameter (``{"name": "API_TOKEN", "value": "…"}``)
        Pattern(
            "credential name and value fields",
            r"""(?i:\b(?:name|key))["']?[ \t]*[:=][ \t]*["']?""" + _NAME
            + r"""["']?[ \t]*,?[ \t]*\r?\n?[ \t]*-?[ \t]*"""
            r"""["']?(?i:value)["']?[ \t]*[:=](?=""" + _VALUE + ")",
            0.7,
        ),
        # a user and a password passed together: auth=("ana", "…"), HTTPBasicAuth('ana', '…'),
        # smtp.login("me@x.org", "…"), new NetworkCredential("ana", "…")
        Pattern(
            "credential pair argument",
            r"(?i:\b(?:auth|basic_?auth|http(?:basic|digest)auth|log_?in|sign_?in|authenticate|credentials?"
            r"|networkcredential|passwordauthentication|usernamepassword\w{0,30}|pscredential))[ \t]*=?[ \t]*"
            r"""[(\[][ \t]*(?:new[ \t]+)?[rbuf]?(?P<q>["'])[^"'\n]{1,100}(?P=q)[ \t]*,[ \t]*"""
            r"""[rbuf]?(?P<q2>["'])"""
            r"""(?P<pair>)(?P<value>[^"'\n]{1,200})(?P=q2)""",
            0.7,
        ),
        # XML/.config: <add key="ClearTextPassword" value="…"/>, <property name="password" value="…"/>,
        # <entry key="secret">…</entry>, <password value="…"/>, <password>…</password>
        Pattern(
            "credential xml",
            r'<(?:[\w.:-]{1,60}[^<>\n]{0,200}?\b(?:key|name)="(?P<name>[^"\n]{1,60})"'
            r'(?:[^<>\n]{0,200}?\bvalue="(?P<value>[^"\n]{1,200})"|[^<>\n]{0,200}?>(?P<value>[^<>\n]{1,200})</)'
            r'|(?P<name>[A-Za-z_][\w.:-]{0,60})[^<>\n]{0,200}?\bvalue="(?P<value>[^"\n]{1,200})"'
            r'|(?P<name>[A-Za-z_][\w.:-]{0,60})(?:[ \t][^<>\n]{0,200})?>(?P<value>[^<>\n]{1,200})</)',
            0.7,
        ),
        # an Apple property list: <key>APIKey</key> then <string>…</string>
        Pattern(
            "credential plist",
            r"<key>" + _NAME + r"</key>[ \t]*\r?\n?[ \t]*<string>(?P<value>[^<\n]{1,200})</string>",
            0.7,
        ),
        # config.set("x.secret", "value") / getenv("API_TOKEN", "value") / secret("value")
        Pattern(
            "credential call argument",
            r"""["']""" + _NAME + r"""["'][ \t]*,[ \t]*["'](?P<value>[^"'\n]{1,200})["']""",
            0.7,
        ),
        # ("value" == password) — the value comes first
        Pattern(
            "credential comparison (reversed)",
            r""""(?P<value>[^"\n]{1,200})"[ \t]*(?:===?|!==?)[ \t]*"""
            r"""(?P<name>[A-Za-z_][A-Za-z0-9_.]{0,60})""",
            0.7,
        ),
        # Prose: "my API key is …", "call it with the token …", "credential, please fix: …". The value must
        # look generated, whatever the name, because prose is full of ordinary words after "password".
        Pattern(
            "credential in prose",
            r"(?P<prose>)(?i:\b(?P<name>(?:api[ -]?|access |secret |private |auth )?"
            r"(?:key|token|secret|password|passphrase|credentials?|passwort|kennwort|mot de passe|contraseña"
            r"|senha|wachtwoord|" + _OTHER_KEY_WORD + r")))\b[^\n=]{0,40}?[ \t]"
            # (a digit in it, so a word in between — "the token I generated yesterday: …" — is passed over)
            r"""["'`]?(?P<value>(?=[A-Za-z0-9_+/=.~:|!#$%&*@^-]*\d)"""
            r"""[A-Za-z0-9_+/=.~:|!#$%&*@^-]{7,199}[A-Za-z0-9_+/=~|!#$%&*@^-])"""
            r"""(?![A-Za-z0-9_+/=~|!#$%&*@^-])""",
            0.6,
        ),
    ]
    CONTEXT = ["password", "secret", "token", "key", "credential"]
    # (was one regex: ``HINT_WORDS`` are its plain words, found in one C-level pass each)
    HINT_WORDS = ("pass", "pwd", "pw", "secret", "token", "key", "auth", "cred", "login", "pat", "psk",
                  "sessid", "sessionid", "sig", "clé", "chiave", "clave", "llave", "chave", "sleutel",
                  "klucz", "anahtar", "jeton", "schlüssel", "segreto", "secreto", "segredo", "geheimnis",
                  "sekret",
                  "nøgle", "nøkkel", "nyckel", "avain",
                  *_leet_forms("pas"), *_leet_forms("sec"), *_leet_forms("tok"),
                  "$ec", "$3c", "p@s", "p4$", "pa$", "p@$")  # (leetspeak labels,
    # ``_unleet``)
    HINT = re.compile(r"(?i)sid\b|session[_-]id")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._starts["credential assignment"] = _assignment_starts

    def accept_match(self, match: re.Match) -> bool:
        """The name must be credential-like, and the value fit it (any text for passwords, else random)."""
        if _took(match, "pair"):  # (user, password) literals
            value = match.group("value")
            return (len(value) >= 4 and not looks_like_template(value) and not _looks_like_code(value)
                    and not looks_like_placeholder(value, strict=True) and value.lower() not in _CODE_VALUES)
        if _took(match, "cont"):  # a key's rest: random (a digit, or sixteen characters with case changes),
            # not a word or a name ("Deployment", "README")
            value = match.group("value")
            capitals = sum(c.isupper() for c in value)
            return (_is_credential_name(match.group("name")) and looks_random(value, min_len=8)
                    and (any(c.isdigit() for c in value) or len(value) >= 16 and capitals >= 3))
        if _took(match, "words"):
            name, value = match.group("name"), match.group("value")
            return (_is_credential_name(name) and _is_password_name(name)
                    and not any(w in STOP_WORDS for w in value.split())
                    and not looks_like_placeholder(value, strict=True))
        name, value = match.group("name"), match.group("value")
        if _took(match, "leet") and _LEET_LABEL.match(_unleet(name)) is None:
            return False  # (a name of letters the other pattern reads; "1password", "v2_token": no label)
        if not name or not value or not (_is_credential_name(name)
                                         or _took(match, "prose") and _OTHER_KEY.search(name) is not None):
            return False
        value = value.strip()
        if _PUBLIC_VALUE.match(value):  # an SSH or DER public key's body or its type, under any name
            return False
        quoted = match.string[match.start("value") - 1] in "\"'`"
        text, at = match.string, match.start("name")
        if stored_elsewhere(value) or inside_store_reference(text, at) or _KEY_FILE.match(value):
            return False  # where the secret is kept (vault:…, op://…, an ARN, a Key Vault URL), a template's
            # #{VAR}, or a key's name for a value (secretKey: db-password); "…:secret:prod/api" of an ARN
        if _took(match, "prose"):
            if (_PUBLIC_BEFORE.search(text, max(0, at - 14), at)
                    or _ID_BETWEEN.search(text, match.end("name"), match.start("value"))):
                return False  # a public key, its type, body, fingerprint: "my public key is ssh-rsa AAAAB3…"
            return ("://" not in value and not _TICKET.match(value) and value.count("/") < 2  # a key's file
                    and looks_random(value, min_len=8, min_entropy=3.0, need_digit=True))
        if (_ANGLE_MARK.match(value) or text[max(0, at - 2):at] in ("${", "$(", "{{")
                or name == "key" and text[at - 1:at] == "<" or _FILE_PATH.match(value)
                or _CREDENTIAL_CALL.search(name) and text[match.end("value") + 1:].lstrip().startswith(",")):
            # <hidden>, ${TOKEN:0:200} (a reference), <key>CFBundleName</key> (a plist key's name), a file,
            # PSCredential("CORP\\ana", …) (the account; the pair rule takes the password)
            return False
        if (
            not quoted
            and match.string[match.start("value") - 1] == "("
            or not any(c.isalnum() for c in value)
        ):
            return False  # f(x): x is a variable, not a literal
        if (value.lower() in _CODE_VALUES or value.rstrip(").,;]}").lower() in _CODE_VALUES
                or value.rstrip(").,;]}").lower() == name.lower() or not quoted and "(" in value[:1]
                or value.startswith("$(")):
            return False  # (pass=$(cat /run/secrets/db): a command's output, not the value; {"api_key":
            # api_key}: the variable; a quoted value may start with a bracket: SECRET_KEY = '(9i9d…')
        if value.startswith(("ENC[", "vault:v")):
            return False  # ciphertext (SOPS "ENC[AES256_GCM,data:…]", Vault's "vault:v1:…"): safe to share
        if not quoted and value.rstrip(".!?,;").lower() in _SAID_OF_IT:
            return False  # "Passwort: vergessen.", "password: expired": what prose says of it
        if not quoted and (value.endswith("(") or text[match.end("value"):match.end("value") + 1] == "("
                           or _CALL_START.match(value) and not any(c.isdigit() for c in value)):
            return False  # a call: os.Getenv("DB_PASS"), env::var("X"), input("Password: ")
        if " " in value and quoted:
            # `cmd args` in a shell is a command substitution, not a literal
            return match.string[match.start("value") - 1] != "`" and _multi_word_secret(name, value)
        if not quoted and _CMDLET.match(value):
            return False  # $pw = ConvertTo-SecureString …, $cred = Get-Credential: a command
        if _is_password_name(name):
            return (
                len(value) >= 4
                and not looks_like_placeholder(value, strict=True)
                and not _looks_like_code(value)
                # (a password manager's version: "LastPass: 4.120", "1password: 8.10")
                and not (_PASSWORD_MANAGER.fullmatch(name) and _VERSIONED.search(value))
            )
        after = match.string[match.end("value") : match.end("value") + 3].lstrip(" \t\"'")
        # (token = other_name = "…": other_name is a variable, not the value)
        if (_STRONG_NAME.search(name) and len(value) >= 6 and " " not in value and value[0] not in "<$%{"
                and not _VERSIONED.search(value) and not after.startswith(("=", ":"))):
            # SESSION_SECRET=longsessionsecretvalue, JWT_SECRET="my-super-secret-jwt-key": whatever the value
            # looks like, the name says it is the secret (references and template marks aside).
            # (digits alone only when long: client_secret = "48213093120399817781", not token: 3600)
            return (not looks_like_template(value) and not _looks_like_code(value)
                    and (not value.isdigit() or len(value) >= 16 and not looks_like_placeholder(value))
                    and not _MADE_UP.search(value))
        if value.isdigit():  # numeric secrets exist (client secrets, PINs), but short numbers are ids
            return len(value) >= 16 and not looks_like_placeholder(value)
        if (
            " " in value
            or _ANGLE_MARK.search(value)
            or _DOTTED_NAME.match(value)
            and sum(c.isdigit() for c in value) < len(value) / 6
        ):
            return False  # jetbrains.mps.v8_elimination, com.acme.Config: names, not secrets
        return looks_random(value, min_len=8, min_entropy=2.5) and not _VERSIONED.search(value)


# What a line says of a password instead of giving it, after its colon: "Passwort: vergessen.", "mot de
# passe : oublié", "password: expired" (unquoted; a quoted word is a value)
_SAID_OF_IT = frozenset(
    "forgotten forgot expired changed reset locked blocked unknown missing required wrong incorrect invalid "
    "vergessen geändert abgelaufen falsch gesperrt zurückgesetzt oublié oubliée changé expiré bloqué "
    "olvidada olvidado cambiada caducada incorrecta bloqueada dimenticata cambiata scaduta errata vergeten "
    "gewijzigd verlopen esquecida alterada expirada glömt ändrat glemt endret zapomniane zmienione "
    # (what a policy says of it: "Passwortrichtlinie: mindestens 14 Zeichen", "Password: minimum 12 chars")
    "minimum maximum min max mindestens höchstens maximal minimal mínimo minimo minimaal minstens minst "
    "vähintään legalább".split())


# A reference to a secret kept in a secret manager, not the secret: HashiCorp Vault
# ("vault:secret/data/app#pw", "ref+vault://…"), 1Password ("op://vault/item/field"), an AWS ARN
# ("arn:aws:secretsmanager:…", SSM parameters), Azure Key Vault ("https://kv.vault.azure.net/secrets/…",
# "@Microsoft.KeyVault(SecretUri=…)"), Google Secret Manager ("projects/p/secrets/s/versions/latest"),
# CloudFormation's "{{resolve:…}}", a YAML tag of a vault or a reference ("!vault |", "!Ref DbPassword")
_STORE_REFERENCE = re.compile(
    r"(?i)(?:arn:aws[\w-]*:|vault:(?!v\d)|ref\+\w+://|\{\{[ \t]*resolve:|@microsoft\.keyvault\("
    r"|(?:\w+\+)?(?:op|vault|[a-z]*sm|ssm|[a-z]*kv|[a-z]*keyvault|secrets?|[a-z]*secrets?manager|doppler"
    r"|infisical|bws?|bitwarden|sops|k8s|kubernetes)://"
    r"|https://[\w.-]+\.vault\.(?:azure\.net|azure\.cn|usgovcloudapi\.net)/"
    r"|(?:projects/[\w-]+/)?secrets/[\w.-]+/versions/|ssm:/|\$\{(?:ssm|secretsmanager|vault|op)[:.]"
    # (a YAML tag that says where the value is: Ansible's "!vault |", CloudFormation's "!Ref DbPassword",
    # Home Assistant's "!secret db_password", "!env_var DB_PASS")
    r"|!(?:vault|ref|sub|getatt|importvalue|secret|env_var|include)(?![\w-]))")
# A template's or a deployment tool's variable: #{API_SECRET} (Octopus, Ruby), %{hiera('db_pass')}
_INTERPOLATION = re.compile(r"[#%@]\{[^{}\n]{1,80}\}$")
# The words a credential's NAME is made of: "db-password", "api-key", "my-secret-password" as a value name a
# key (a Kubernetes secret's key, a template's field), they do not fill one
_NAME_PARTS = frozenset("password passwd pass pwd secret secrets token tokens key keys apikey access private "
                        "client auth credential credentials creds db database app my admin user "
                        "root prod production dev staging jwt session signing encryption master service "
                        "account api".split())
_CORE_PARTS = frozenset("password passwd pass pwd secret secrets token tokens key keys apikey credential "
                        "credentials creds".split())


def stored_elsewhere(value: str) -> bool:
    """Whether ``value`` stands for a secret instead of holding it: a secret manager's reference
    (``_STORE_REFERENCE``), a template variable (``#{API_SECRET}``) or a credential's name
    (``db-password``)."""
    return (_STORE_REFERENCE.match(value) is not None or _INTERPOLATION.match(value) is not None
            or names_a_credential(value))


_TOKEN_EDGE = re.compile(r"(?r)[\s{}\[\](),\"'`=]")


def inside_store_reference(text: str, at: int) -> bool:
    """Whether position ``at`` is inside a secret manager's reference (an ARN's "…:secret:prod/api-x")."""
    if at == 0 or text[at - 1] not in ":/":
        return False
    edge = _TOKEN_EDGE.search(text, max(0, at - 200), at)
    return _STORE_REFERENCE.match(text, edge.end() if edge else max(0, at - 200)) is not None


def names_a_credential(value: str) -> bool:
    """Whether ``value`` is a credential's name made of words (``db-password``, ``api_key``, ``appSecret``),
    not a value: two words or more, no digit, every one a word such names are made of."""
    if any(c.isdigit() for c in value) or not value.isascii():
        return False
    words = key_name_words(value)
    return (len(words) >= 2 and len("".join(words)) == sum(c.isalpha() for c in value)
            and set(words) <= _NAME_PARTS and not _CORE_PARTS.isdisjoint(words))


def _took(match: re.Match, group: str) -> bool:
    """``match.groupdict().get(group) is not None``, without building the dict of every group (most matches
    are tried for three such marks)."""
    return group in match.re.groupindex and match.group(group) is not None


_CALL_START = re.compile(r"[A-Za-z_][\w.]*\([A-Za-z_]")  # get_token(client_id, …
_FILE_PATH = re.compile(r"^(?:~?/|\./|[A-Za-z]:\\)[\w.-]+[/\\]")
_CREDENTIAL_CALL = re.compile(r"(?i)credential$|auth$|login$")
# A fill-in in angle brackets ("<your key>", "Bearer <token>"); a generated key may hold a lone "<".
_ANGLE_MARK = re.compile(r"<[\w .-]*>|^<")
# A PowerShell command (Verb-Noun), unquoted after '='.
_CMDLET = re.compile(r"^(?:Get|Set|New|Read|Import|Export|Invoke|ConvertTo|ConvertFrom|Join)-[A-Z]\w+$")
# A ticket or order number in prose ("the ticket number is INC0012345"), not a key.
_TICKET = re.compile(r"^[A-Z]{2,6}[-_#]?\d{3,12}$")
# A message, not a secret: starts like a sentence or ends like one ("Your token has expired.").
_SENTENCE = re.compile(r"^[A-Z][a-z]+ |[.!?:]$")
_SECRET_STEMS = ("secret", "passw", "passphrase", "token", "credential", "apikey", "accesskey", "privatekey")


def _multi_word_secret(name: str, value: str) -> bool:
    """``api_key: 'value with spaces'``: a few quoted words assigned to a secret name are the secret, unless
    they read as a message or a template."""
    words = key_name_words(name)
    if not any(w.startswith(_SECRET_STEMS) or w in ("api", "access", "private") and nxt == "key"
               for w, nxt in zip(words, words[1:] + [""], strict=True)):
        return False  # the secret word must be a word of the name: not "someotherpassword"
    return (len(value.split()) <= 8 and not _SENTENCE.search(value) and not any(c in value for c in "<>={}$")
            and not looks_like_template(value) and not looks_like_placeholder(value, strict=True)
            and not _MADE_UP.search(value))


_PASSWORD_MANAGER = re.compile(rf"(?i:{PASSWORD_MANAGERS})")
# An artifact and its version (io.jsonwebtoken:jjwt-jackson-0.11.2), not a secret.
_VERSIONED = re.compile(r"(?:^[\^~<>=]*|[-_:@ ])v?\d+\.\d+(?:\.\d+)*(?:[-.]\w+)?$")
_MADE_UP = re.compile(r"(?i)fake|dummy|example|sample|mock|test")
_STRONG_NAME = re.compile(r"(?i)secret|passw|passphrase|api_?key|access_?key|private_?key|token|credential")
_DOTTED_NAME = re.compile(r"^[A-Za-z_][\w-]*(?:[./][A-Za-z_][\w-]*)+$")
# (a call ends with its bracket: "tUhdhh(1oqrn…]EK%-v" is a generated key with a bracket in it)
_CODE_REF = re.compile(r"^(?:[A-Za-z_][A-Za-z0-9_]*\.)+[A-Za-z_][A-Za-z0-9_]*(?:\(\))?$|^[A-Za-z_]\w*\(.*\)$")


# Words of a dotted reference in code (``config.db.password``, ``self.settings.secret``), not of a passphrase.
_CODE_PARTS = {
    "self", "this", "cls", "settings", "config", "conf", "cfg", "env", "environ", "os", "process", "secrets",
    "vault", "vars", "args", "opts", "options", "params", "props", "properties", "app", "db", "data",
    "request", "req", "form", "user", "auth", "creds", "credentials", "client", "session", "ctx", "context",
    "get", "value", "values", "spec", "input", "inputs", "outputs", "steps", "needs", "matrix", "github",
    "parameters",
}
_CODE_PART_STEMS = ("pass", "pwd", "secret", "token", "key", "cred", "auth", "config", "setting")


# What a key word names in prose that is no secret: a public key ("public key", "host key"), its type
# (ssh-ed25519), an SSH public key's body (AAAAB3…, AAAAC3…), a DER public key (MIIBIjAN…, MFkwEwYH…), its
# fingerprint or id ("key fingerprint: 3AA5 …", "key id 0x9F8E…")
_PUBLIC_BEFORE = re.compile(r"(?i:\b(?:public|publishable|host|gpg|pgp)[ \t]+)$")
_PUBLIC_VALUE = re.compile(r"ssh-(?:rsa|dss|ed25519)\b|ecdsa-sha2-|sk-ssh-|AAAA[B-E]|MII[BC]IjAN|MFkwEwYH"
                           r"|MHYwEAYH|age1[02-9ac-hj-np-z]{58}$")  # (and an age recipient: its public key)
# A key's file, not a key: "key-store: classpath:keystore.p12", "token: ./token.json"
_KEY_FILE = re.compile(r"(?i)^[\w./:~\\-]+\.(?:p12|pfx|pem|jks|keystore|key|crt|cer|der|json|txt|asc|gpg"
                       r"|pub)$")
_ID_BETWEEN = re.compile(r"(?i:\b(?:fingerprint|id|ids|thumbprint)\b)")


def _looks_like_code(value: str) -> bool:
    """``settings.DB_PASSWORD`` or ``get_password()`` refer to a secret; they are not one. A passphrase of
    three or more lower-case words joined by dots (``seven.cactus.lantern.copper``) is a value."""
    if not _CODE_REF.match(value) or any(c.isdigit() for c in value):
        return False
    parts = value.split(".")
    return not (len(parts) >= 3 and all(p.isalpha() and p.islower() and len(p) >= 3 for p in parts)
                and not any(p in _CODE_PARTS or p.startswith(_CODE_PART_STEMS) for p in parts))
