"""A case-normalised copy of a text for a second NER look: "maria gonzalez", "JOHN O'NEILL" (issue #19).

The statistical model leans on capitals to find names; in a text written all in lower case or all in upper
case, or where a known given or family name appears in lower case, it misses them. The copy capitalises the
words that are not ordinary English words (``common_words``) and lower-cases the rest; every character keeps
its length, so spans found in the copy are spans of the text.
"""

import re

from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.words import common_words, name_words

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A free-standing word: not part of an e-mail address, a path or an identifier (jennifer.rodriguez@…).
_FREE_WORD = re.compile(r"(?<![\w@./\\-])[^\W\d_]+(?![\w@/\\-]|\.\w)")
MIN_WORDS = 3
CAPS_SHARE = 0.6  # letters in upper case from which a text counts as written in capitals
COMMON = common_words() | STOP_WORDS
NAMES = name_words()


def _cased(word: str) -> str:
    """``word`` capitalised, or unchanged where that would change its length (ß, ligatures)."""
    out = word[0].upper() + word[1:].lower()
    return out if len(out) == len(word) else word


def _lower(word: str) -> str:
    out = word.lower()
    return out if len(out) == len(word) else word


def second_look(text: str) -> tuple[str, bool] | None:
    """(copy, whole) when ``text`` needs a second look, else None.

    ``whole``: the whole text is unevenly cased (every hit of the second look counts); otherwise lower-case
    known names prompted it, and only hits on those words count (see ``known_name_in``).
    """
    words = [m.group() for m in _WORD.finditer(text)]
    cased = [w for w in words if w.lower() != w.upper()]
    if len(cased) < MIN_WORDS:
        return None
    letters = sum(len(w) for w in cased)
    upper = sum(c.isupper() for w in cased for c in w)
    all_lower = not any(w[0].isupper() for w in cased)
    all_caps = upper >= CAPS_SHARE * letters
    named = any(m.group() in NAMES for m in _FREE_WORD.finditer(text) if m.group().islower())
    if not (all_lower or all_caps or named):
        return None
    return _recase(text, whole=all_lower or all_caps), all_lower or all_caps


def _recase(text: str, whole: bool) -> str:
    out = list(text)
    previous_named = False
    for m in _WORD.finditer(text):
        word, low = m.group(), m.group().lower()
        if whole and (word.islower() or word.isupper()):
            new = _lower(word) if low in COMMON else _cased(word)
        elif word.islower() and (low in NAMES or (previous_named and low not in COMMON)):
            new = _cased(word)  # a known name, or the word after one ("maria xiomara", "paweł wójcik")
        else:
            new = word
        previous_named = word.islower() and low in NAMES
        out[m.start():m.end()] = new
    return "".join(out)


def known_name_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a lower-case word of the name lists."""
    return any(m.group().islower() and m.group() in NAMES for m in _WORD.finditer(text, start, end))
