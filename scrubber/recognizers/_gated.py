"""A SpanPatternRecognizer whose patterns each may have a gate: a cheap search that must find something in the
text before the (costlier) pattern runs over it."""

import regex as re

from scrubber.presidio_tuning import compiled
from scrubber.recognizers._base import SpanPatternRecognizer, holds_any


class GatedPatternRecognizer(SpanPatternRecognizer):
    """``GATES`` maps a pattern's name to a regex, or to a tuple of plain ASCII strings found in any case
    (``folded``) and regexes: without a match of it (or of any of them) in the text, that pattern is skipped.
    A gate must find every text the pattern could match (a word the pattern requires), or recall is lost."""

    GATES: dict[str, re.Pattern | tuple] = {}
    # Patterns that start at (or at most this many characters before) their gate's first match: they are run
    # from there, not over the whole text.
    STARTS_AT_GATE: dict[str, int] = {}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Compiled now: a gated pattern may first run on a real request, long after the warm-up text.
        for pattern in self.patterns:
            compiled(pattern, self.global_regex_flags, re.compile)
        # A tuple gate as (its strings, its regexes): the strings are looked for in one C-level pass each.
        self._tuple_gates = {name: (tuple(w for w in gate if isinstance(w, str)),
                                    tuple(w for w in gate if not isinstance(w, str)))
                             for name, gate in self.GATES.items() if isinstance(gate, tuple)}
        # (text, {gate: where it first matches}) of the last text: a gate several patterns share (date of
        # birth's keyword gate guards three) is searched once per text
        self._firsts: tuple[str | None, dict] = (None, {})

    def start_of(self, pattern, text: str) -> int | None:
        """0, or where the pattern's gate first matches (``STARTS_AT_GATE``); None when the gate finds
        nothing."""
        gate = self.GATES.get(pattern.name)
        if gate is None:
            return 0
        if isinstance(gate, tuple):  # (never with STARTS_AT_GATE)
            words, regexes = self._tuple_gates[pattern.name]
            return 0 if holds_any(text, words) or any(
                rx.search(text) for rx in regexes) else None
        last_text, firsts = self._firsts
        if last_text is not text:
            firsts = {}
            self._firsts = (text, firsts)
        if gate not in firsts:
            found = gate.search(text)
            firsts[gate] = None if found is None else found.start()
        first = firsts[gate]
        if first is None:
            return None
        back = self.STARTS_AT_GATE.get(pattern.name)
        return max(0, first - back) if back is not None else 0
