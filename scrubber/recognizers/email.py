"""E-mail addresses, without the false ones Presidio finds in URLs and SSH remotes.

Presidio reports ``PASSWORD@db.example.com`` in ``postgres://user:PASSWORD@db.example.com`` as an e-mail
at score 1.0, which outranks the SECRET there, and ``git@github.com:org/repo.git`` as a person's address.
"""

import regex as re
import tldextract
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer

_URL_USERINFO = re.compile(r"://[^\s/@]*:?$")
# The local part's characters, read backwards from an "@": an address starts inside the run of them before
# one, so the pattern is tried only there (the ``STARTS`` mechanism), not at every character of the text.
_LOCAL_PART_BEFORE = re.compile(r"[!#$%'*+\-^_`{|}~\.\w]*",
                                re.DOTALL | re.MULTILINE | re.IGNORECASE | re.REVERSE)


def _local_part_positions(text: str) -> list[int]:
    out: list[int] = []
    at = text.find("@")
    while at != -1:
        out += range(_LOCAL_PART_BEFORE.match(text, 0, at).start(), at)
        at = text.find("@", at + 1)
    return out


class EmailAddressRecognizer(SpanPatternRecognizer):
    """Presidio's e-mail pattern and TLD check, minus URL credentials and ``git@host:path`` remotes."""

    ENTITY = "EMAIL_ADDRESS"
    FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE
    PATTERNS = [
        Pattern(
            "email",
            # Presidio's local part without / = ? & (legal, never seen in real addresses, and they let a
            # match start inside a link: https://x/c?who=maria@example.com read as URL credentials)
            r"\b((([!#$%'*+\-^_`{|}~\w])|([!#$%'*+\-^_`{|}~\w][!#$%'*+\-^_`{|}~\.\w]{0,}"
            r"[!#$%'*+\-^_`{|}~\w]))[@]\w+(?:-+\w+)*(?:\.\w+(?:-+\w+)*)+)\b",
            0.5,
        ),
    ]
    CONTEXT = ["email", "e-mail", "mail", "contact"]
    HINT = re.compile("@")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._starts["email"] = _local_part_positions

    def accept_match(self, match: re.Match) -> bool:
        """Not the password-and-host part of a URL, and not an scp-style ``user@host:path``."""
        text = match.string
        if _URL_USERINFO.search(text[max(0, match.start() - 200) : match.start()]):
            return False
        return not (
            text[match.end() : match.end() + 1] == ":"
            and text[match.end() + 1 : match.end() + 2] not in " \n"
        )

    def validate_result(self, pattern_text: str) -> bool:
        """The domain must end in a known public suffix (tldextract's bundled list, see scrubber.offline).
        A domain that is a public suffix whole counts too: the list's wildcard rules (``*.sch.uk``, ``*.ck``)
        make every school's domain one ("head@lumenfield.sch.uk"), so it has no registrable part."""
        found = tldextract.extract(pattern_text)
        return found.fqdn != "" or found.suffix != ""
