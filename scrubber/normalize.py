"""A detection copy of a text without the separators people paste (issue #13), and the way back.

Non-breaking and thin spaces, en dashes, non-breaking and soft hyphens, zero-width spaces and word joiners
hide cards, SSNs, e-mails and keys from patterns written for ASCII; ``name [at] example [dot] com`` hides an
e-mail. Detection runs on a copy with those replaced; ``Normalized.span`` maps each span back to the
original offsets, so the original text (with its odd characters) is what gets replaced.
"""

import re
from dataclasses import dataclass

# Width-less characters: removed from the copy.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"
# Spaces and dashes of other widths: replaced one for one.
_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_ONE_FOR_ONE = str.maketrans({**{c: " " for c in _SPACES}, **{c: "-" for c in _DASHES}})
_ODD = re.compile(f"[{_INVISIBLE}{_SPACES}{_DASHES}]")
# "jane [at] example [dot] com", "jane (at) example (dot) com", "jane at example dot com" is left alone
# (ordinary words); bracketed forms are unambiguous.
_OBFUSCATED_AT = re.compile(r"[ \t]*[\[({<][ \t]*(?i:at)[ \t]*[\])}>][ \t]*")
_OBFUSCATED_DOT = re.compile(r"[ \t]*[\[({<][ \t]*(?i:dot)[ \t]*[\])}>][ \t]*")


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str  # the detection copy
    origin: list[int] | None  # for each copy index, the index in the original (None: the copy is the text)
    length: int  # length of the original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the copy's [start, end)."""
        if self.origin is None:
            return start, end
        if end <= start:
            return self.origin[start] if start < len(self.origin) else self.length, self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> Normalized:
    """The detection copy of ``text`` (the text itself, at no cost, when there is nothing to change)."""
    odd = _ODD.search(text) is not None
    obfuscated = "at" in text.lower() and _OBFUSCATED_AT.search(text) is not None
    if not odd and not obfuscated:
        return Normalized(text, None, len(text))
    chars: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        if c in _INVISIBLE:
            continue
        chars.append(c.translate(_ONE_FOR_ONE))
        origin.append(i)
    copy = "".join(chars)
    if obfuscated:
        copy, origin = _replace(copy, origin, _OBFUSCATED_AT, "@")
        copy, origin = _replace(copy, origin, _OBFUSCATED_DOT, ".")
    return Normalized(copy, origin, len(text))


def _replace(text: str, origin: list[int], pattern: re.Pattern, by: str) -> tuple[str, list[int]]:
    """Replace each match with ``by`` (one character), which maps to the match's first original index."""
    out: list[str] = []
    out_origin: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(text[pos : m.start()])
        out_origin += origin[pos : m.start()]
        out.append(by)
        out_origin.append(origin[m.start()])
        pos = m.end()
    out.append(text[pos:])
    out_origin += origin[pos:]
    return "".join(out), out_origin
