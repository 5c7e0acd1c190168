"""Reversible pseudonymisation: the same value gets the same placeholder within one request."""

import re

# What models do to placeholders: change case, pad with spaces. Restore accepts all of these, and the
# vault treats all of them as already taken when they appear in the input.
PLACEHOLDER_RE = re.compile(r"<\s*([A-Za-z][A-Za-z0-9_]*?)_(\d+)\s*>")


def canonical(match: re.Match[str]) -> str:
    """The canonical placeholder (``<PERSON_1>``) for a tolerant match."""
    return f"<{match.group(1).upper()}_{int(match.group(2))}>"


class Vault:
    """Assigns placeholders like ``<PERSON_1>`` in order of first appearance.

    Numbering is per entity type and deterministic, so a conversation that re-sends its history gets
    the same placeholders on every turn. Placeholders already written literally in the input
    (``reserved``) are skipped, so restoring never rewrites text the user typed.
    """

    def __init__(self, reserved: set[str] | None = None) -> None:
        self._by_value: dict[tuple[str, str], str] = {}
        self._next: dict[str, int] = {}
        self._reserved = reserved or set()
        self.mapping: dict[str, str] = {}

    @staticmethod
    def reserved_in(texts: list[str]) -> set[str]:
        """Placeholder-shaped strings already present in ``texts`` (compared case-insensitively)."""
        found: set[str] = set()
        for t in texts:
            if "<" in t:
                found.update(canonical(m) for m in PLACEHOLDER_RE.finditer(t))
        return found

    def placeholder(self, entity_type: str, value: str) -> str:
        key = (entity_type, value)
        if (ph := self._by_value.get(key)) is not None:
            return ph
        n = self._next.get(entity_type, 1)
        while (ph := f"<{entity_type}_{n}>") in self._reserved:
            n += 1
        self._next[entity_type] = n + 1
        self._by_value[key] = ph
        self.mapping[ph] = value
        return ph
