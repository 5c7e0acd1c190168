"""A SpanPatternRecognizer whose patterns each may have a gate: a cheap search that must find something in the
text before the (costlier) pattern runs over it."""

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from scrubber.presidio_tuning import compiled
from scrubber.recognizers._base import REGEX_TIMEOUT_SECONDS, SpanPatternRecognizer


class GatedPatternRecognizer(SpanPatternRecognizer):
    """``GATES`` maps a pattern's name to a regex: without a match of it in the text, that pattern is skipped.
    A gate must find every text the pattern could match (a word the pattern requires), or recall is lost."""

    GATES: dict[str, re.Pattern] = {}
    # Patterns that start at (or at most this many characters before) their gate's first match: they are run
    # from there, not over the whole text.
    STARTS_AT_GATE: dict[str, int] = {}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Compiled now: a gated pattern may first run on a real request, long after the warm-up text.
        for pattern in self.patterns:
            compiled(pattern, self.global_regex_flags, re.compile)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Like SpanPatternRecognizer.analyze, skipping patterns whose gate finds nothing."""
        if self.HINT is not None and not self.HINT.search(text):
            return []
        flags = regex_flags or self.global_regex_flags
        results: list[RecognizerResult] = []
        for pattern in self.patterns:
            gate = self.GATES.get(pattern.name)
            first = gate.search(text) if gate is not None else None
            if gate is not None and first is None:
                continue
            back = self.STARTS_AT_GATE.get(pattern.name)
            pos = max(0, first.start() - back) if first is not None and back is not None else 0
            regex = compiled(pattern, flags, re.compile)
            has_value = "value" in regex.groupindex
            try:
                for match in regex.finditer(text, pos, timeout=REGEX_TIMEOUT_SECONDS):
                    if not self.accept_match(match):
                        continue
                    start, end = match.span("value") if has_value and match.group("value") else match.span()
                    result = self._result(text[start:end], start, end, pattern, flags)
                    if result:
                        results.append(result)
            except TimeoutError:  # fail safe, not open: the other patterns still run
                continue
        return EntityRecognizer.remove_duplicates(results)
