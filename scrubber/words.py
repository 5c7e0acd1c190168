"""Word lists shipped as data files (see scrubber/data/make_common_words.py)."""

from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "data"


@cache
def common_words() -> frozenset[str]:
    """Lower-case English words that are neither names nor places ("merge", "summarise")."""
    return frozenset((_DATA / "common_words.txt").read_text("utf-8").split())
