"""Text that must fit its column, bounded so that distinct long values stay distinct.

A user name, group or model longer than its column (PROXYAUTH=any accepts any user name) made PostgreSQL
refuse the whole event, so the request went unrecorded. Each such value is stored as its first characters
plus a hash of the whole value: the same long name always maps to the same stored value, two long names
with a common beginning do not collide, and nothing is refused.
"""

import hashlib
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table

_DIGEST = 16  # hex digits of SHA-256 kept: 64 bits, collisions are not a practical concern here


def bounded(text: str, limit: int) -> str:
    """``text`` when it fits ``limit`` characters, else its beginning, "~" and a hash of all of it."""
    if len(text) <= limit:
        return text
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:_DIGEST]
    return f"{text[: limit - _DIGEST - 1]}~{digest}"


def text_limits(table: Table) -> dict[str, int]:
    """The length of each bounded text column of ``table``."""
    return {c.name: c.type.length for c in table.columns if getattr(c.type, "length", None)}


def bound_row(row: dict[str, Any], limits: Mapping[str, int]) -> dict[str, Any]:
    """``row`` with every text value cut to its column (in place; returned for convenience)."""
    for name, limit in limits.items():
        value = row.get(name)
        if isinstance(value, str) and len(value) > limit:
            row[name] = bounded(value, limit)
    return row
