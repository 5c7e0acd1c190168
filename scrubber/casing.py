"""A case-normalised copy of a text for a second NER look: "maria gonzalez", "JOHN O'NEILL" (issue #19).

The statistical model leans on capitals to find names; in a text written all in lower case or all in upper
case, or where a known given or family name appears in lower case, it misses them. The copy capitalises the
words that are not ordinary English words (``common_words``) and lower-cases the rest; every character keeps
its length, so spans found in the copy are spans of the text. In a text mostly of another language, its
ordinary words (``foreign_words``: "sessenta", "ruta", "związku") stay in lower case too, and family names
that are words there ("dias", "sala") neither prompt the look nor count in it, unless beside a given name.
"""

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.words import census_given, common_words, foreign_words, name_words, tech_words

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A free-standing word: not part of an e-mail address, a path or an identifier (jennifer.rodriguez@…).
_FREE_WORD = re.compile(r"(?<![\w@./\\-])[^\W\d_]+(?![\w@/\\-]|\.\w)")
MIN_WORDS = 3
CAPS_SHARE = 0.6  # letters in upper case from which a text counts as written in capitals
COMMON = common_words() | STOP_WORDS
NAMES = name_words()
# Ordinary words of other languages ("sessenta", "ruta", "związku"): a text written all in lower case or in
# capitals keeps them in lower case, so the model does not take them for names. Family names of our lists
# that are ordinary words there too ("dias", "costa", "sala": "em sessenta dias", "na sala") prompt no second
# look and stay in lower case unless a given name stands beside them.
_ABROAD = foreign_words()
_WORD_NAMES = foreign_words(family=True) - census_given()
_ANY_ABROAD = _ABROAD | _WORD_NAMES
# Romanised Hindi of Hinglish chat and calls, and spoken greetings that the lists lack ("haan bhai kal",
# "grüß gott"): kept in lower case by the second look, never a name's, so a name among them stands out ("main
# vikram bol raha"); they do not count in telling a text's language (``mostly_abroad``).
_SPOKEN = frozenset(
    "haan nahi nahin hai hain hoon mein mera meri mere aap aapka aapki aapke kya kyun kaise kab "
    "kahan ka ki ke ko se aur bhi toh kal aaj abhi jaldi bhai yaar ji accha acha achha theek thik kar karo "
    "karna karni kardo karke dena diya liya raha rahi rahe gaya gayi wala wali baat bolo bol naam kuch sab "
    "matlab woh yeh mujhe humko hum tum tera teri apna apni chahiye sakta sakte paisa paise hoga hogi "
    "batao dekho dekh ruko chalo baare tha thi hua hui bas phir lekin magar kyunki wahi yahi "
    "grüß grüss gruß servus pfiat".split())


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
    cased = [w for w in _WORD.findall(text) if w.lower() != w.upper()]
    if len(cased) < MIN_WORDS:
        return None
    whole = not any(w[0].isupper() for w in cased)  # all in lower case
    if not whole:  # all in capitals?
        letters = "".join(cased)
        whole = sum(map(str.isupper, letters)) >= CAPS_SHARE * len(letters)
    if whole:
        return _recase(text, True, mostly_abroad(text)), True
    # lower-case words of the name lists ("abroad" is needed only to tell whether one counts)
    listed = [w for w in _FREE_WORD.findall(text) if w in NAMES and w.islower()]
    if not listed:
        return None
    abroad = mostly_abroad(text)
    if not any(_a_name(w, abroad) for w in listed):
        return None
    return _recase(text, False, abroad), False


@lru_cache(maxsize=64)
def mostly_abroad(text: str) -> bool:
    """Whether more of ``text``'s words are ordinary words of other languages only than English ones only
    (its words abroad are words then, not names: in English text "leone", "seiler" may be names)."""
    return _abroad(w.lower() for w in _WORD.findall(text))


@lru_cache(maxsize=64)
def prose_abroad(text: str) -> bool:
    """Like ``mostly_abroad``, counting only the words in lower case: the running words of a text tell its
    language; capitalised ones may be names, and codes in capitals ("CTCE", "PNR") are no language's."""
    return _abroad(w for w in _WORD.findall(text) if w.islower())


def _abroad(lows: Iterable[str]) -> bool:
    """Whether more of these lower-case words are ordinary words of other languages only than English ones."""
    lows = list(lows)  # (set look-ups by map: a third of a generator's time)
    return sum(map(_ANY_ABROAD.__contains__, lows)) > sum(map(COMMON.__contains__, lows))


def _a_name(low: str, abroad: bool) -> bool:
    """A lower-case word of the name lists; in text of another language, none of its ordinary words."""
    return low in NAMES and not (abroad and low in _WORD_NAMES)


# A dotted path in code or a log whose first part is an ordinary or a tool's word ("app.server",
# "celery.worker.pool"): a module's or an object's member, no name; the words after the first stay in lower
# case.
_DOTTED = re.compile(r"(?<![\w@./\\-])(?P<first>[^\W\d_]+)(?:\.\w+)+(?![\w@/\\-]|\.\w)")


def _in_paths(text: str) -> set[int]:
    """Start offsets of the words after the first in dotted paths of code (see ``_DOTTED``)."""
    if "." not in text:
        return set()
    return {w.start() for m in _DOTTED.finditer(text)
            if (low := m.group("first").lower()) in COMMON or low in tech_words()
            for w in _WORD.finditer(text, m.end("first"), m.end())}


def _recase(text: str, whole: bool, abroad: bool) -> str:
    out = list(text)
    previous_named = False
    words = list(_WORD.finditer(text))
    in_paths = _in_paths(text) if whole else set()
    for i, m in enumerate(words):
        word, low = m.group(), m.group().lower()
        if m.start() in in_paths:
            new = _lower(word)
        elif whole and (word.islower() or word.isupper()):
            # (a family name that is a word abroad only beside a given name: "ana dias", not "sessenta dias")
            plain = low in COMMON or low in _SPOKEN or abroad and (low in _ABROAD or low in _WORD_NAMES
                                                 and not _given_beside(words, i))
            new = _lower(word) if plain else _cased(word)
        elif word.islower() and (_a_name(low, abroad) or (previous_named and low not in COMMON)):
            new = _cased(word)  # a known name, or the word after one ("maria xiomara", "paweł wójcik")
        else:
            new = word
        previous_named = word.islower() and _a_name(low, abroad)
        out[m.start():m.end()] = new
    return "".join(out)


def _given_beside(words: list[re.Match], i: int) -> bool:
    """Whether the word before or after words[i] is a given name of the lists."""
    return any(0 <= j < len(words) and (low := words[j].group().lower()) not in COMMON
               and (low in NAMES or low in census_given()) for j in (i - 1, i + 1))


def known_name_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a lower-case word of the name lists that is no ordinary word of another
    language ("paweł", "gonzalez"; not "sala", "dias")."""
    abroad = mostly_abroad(text)
    return any(m.group().islower() and _a_name(m.group(), abroad) for m in _WORD.finditer(text, start, end))


def cased_part(copy: str, start: int, end: int) -> tuple[int, int] | None:
    """copy[start:end] less the ordinary words at its edges that the copy left in lower case (the model runs a
    name on into them: "Karim Abi merhaba", "ben Chukwuemeka"), or None if nothing else is left. Other words
    in lower case stay ("Maria van der berg")."""
    words = list(_WORD.finditer(copy, start, end))
    kept = [i for i, m in enumerate(words) if not _plain_lower(m.group())]
    if not kept:
        return None if words else (start, end)
    first, last = kept[0], kept[-1]
    return (start if first == 0 else words[first].start(),
            end if last == len(words) - 1 else words[last].end())


def _plain_lower(word: str) -> bool:
    low = word.lower()
    return word.islower() and (low in COMMON or low in _SPOKEN or low in _ABROAD or low in _WORD_NAMES)
