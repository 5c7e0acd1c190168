"""Word lists shipped as data files (see scrubber/data/make_common_words.py and the lists' own headers)."""

from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "data"


def _words(name: str) -> frozenset[str]:
    lines = (_DATA / name).read_text("utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


@cache
def common_words() -> frozenset[str]:
    """Lower-case English words that are neither names nor places ("merge", "summarise")."""
    return _words("common_words.txt")


@cache
def census_given() -> frozenset[str]:
    """US Census given names (``census_given.txt``), lower case. Holds ordinary words too ("will", "rose"):
    a signal for entities already found, never a finder on its own."""
    return _words("census_given.txt")


@cache
def name_words() -> frozenset[str]:
    """Lower-case given and family names of many cultures, three letters or more (``given_names.txt``,
    ``surnames.txt``), less ordinary English words: a lower-case word in this list is worth a second,
    case-normalised look."""
    names = _words("given_names.txt") | _words("surnames.txt")
    return frozenset(w for w in names if len(w) >= 3) - common_words()
