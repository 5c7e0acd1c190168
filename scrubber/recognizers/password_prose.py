"""Passwords written in prose or loose config after a password word: "my password is Spring2021!",
"the wifi passphrase is copper-lantern-river-seven", "Passwort: Sommer2024#", "pwd - Tr0ub4dor&3".

``credential_assignment`` needs a name and an operator, or a value that looks generated; people's own
passwords are neither. Here the password word vouches for the value when it has the make of a password:
letters with a digit or a symbol, or three or more words joined by ``-``, ``.`` or ``_`` (a passphrase).
"""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer, looks_like_placeholder

_WORD = (
    r"pass(?:word|phrase|code|wd)?|pwd|wi-?fi[ \t]+key|passwort|kennwort|mot[ \t]+de[ \t]+passe|contraseña"
    r"|senha|wachtwoord|parola[ \t]+d'ordine|hasło|lösenord|adgangskode|salasana"
)
_LINK = (
    r"(?:[ \t]+(?:for[ \t]+[^\n:=]{1,40}?[ \t]+)?(?:is|was|will[ \t]+be|=|:|-|–|ist|lautet|est|es|é|è"
    r"|is[ \t]+now|is[ \t]+still|to|into|as)[ \t]*:?|[ \t]*[:=][ \t]*)"
)
_PASSPHRASE = re.compile(r"^[^\W\d_]+(?:[-._][^\W\d_]+){2,}$")
_TRAILING = ".,;:?)]}\"'`"  # not "!": passwords end in one more often than sentences around them


class PasswordInProseRecognizer(SpanPatternRecognizer):
    PATTERNS = [
        Pattern(
            "password after password word",
            rf"(?i:\b(?:{_WORD})\b){_LINK}[ \t]*[\"'`“‘(\[]?(?P<value>[^\s\"'`”’]{{4,64}})",
            0.75,
        ),
    ]
    CONTEXT = ["password", "passphrase"]
    HINT = re.compile(r"(?i)pass|pwd|wi-?fi|kennwort|contrase|senha|wachtwoord|parola|has[łl]o|l[öo]senord|"
                      r"adgangskode|salasana")

    def accept_match(self, match: re.Match) -> bool:
        value = match.group("value")
        if value[0] in "${<%-" or looks_like_placeholder(value, strict=True):
            return False  # ${DB_PASSWORD}, {{ vault.pw }}, <password>, %(pw)s: a reference, not the value
        return _password_like(value.rstrip(_TRAILING)) or _password_like(value)

    def _result(self, value, start, end, pattern, flags):
        # A sentence's full stop or closing bracket is not part of the password, unless it has to be.
        stripped = value.rstrip(_TRAILING)
        if stripped != value and _password_like(stripped):
            end -= len(value) - len(stripped)
            value = stripped
        return super()._result(value, start, end, pattern, flags)


def _password_like(value: str) -> bool:
    if len(value) < 6 or looks_like_placeholder(value, strict=True) or "://" in value or "@" in value[1:-1]:
        return False
    letters = any(c.isalpha() for c in value)
    digits = any(c.isdigit() for c in value)
    symbols = any(not c.isalnum() for c in value)
    if _PASSPHRASE.match(value):
        return True
    return letters and (digits or symbols) and not value.isdigit()
