"""Shared pieces of the custom recognizers: a PatternRecognizer that can report part of a match, and checks."""

import math
import os
from collections import Counter

import regex as re
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

SECRET = "SECRET"
# Bounded like Presidio's own matching, so a pathological text cannot stall a worker.
REGEX_TIMEOUT_SECONDS = float(os.environ.get("REGEX_TIMEOUT_SECONDS", 5))
# Case matters for most token formats (AKIA…, ghp_…); patterns opt into (?i) where it does not.
CASE_SENSITIVE = re.DOTALL | re.MULTILINE

_PLACEHOLDER_WORDS = (
    "example", "sample", "placeholder", "dummy", "redacted", "changeme", "change_me", "your", "insert",
    "replace", "fake", "xxxx", "todo", "tbd", "here", "secret_key_here", "<", ">", "...", "****", "####",
    "${", "{{", "}}", "%s", "%(", "$(", "process.env", "os.environ", "getenv", "env.", "[redacted",
)
_RUN_OF_SAME = re.compile(r"(.)\1{5,}")


def shannon_entropy(value: str) -> float:
    """Bits per character of ``value`` (0 for the empty string)."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def looks_like_placeholder(value: str) -> bool:
    """True for values people write instead of a real secret: ``xxxx``, ``<your key>``, ``EXAMPLE``, ``$VAR``."""
    low = value.lower()
    if any(w in low for w in _PLACEHOLDER_WORDS):
        return True
    if value.startswith("$") or _RUN_OF_SAME.search(value):
        return True
    return len(set(value)) <= 3


def looks_random(value: str, min_len: int = 16, min_entropy: float = 3.0) -> bool:
    """True when ``value`` looks like a generated token: long, mixed letters and digits, high entropy."""
    if len(value) < min_len or looks_like_placeholder(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    return has_digit and has_alpha and shannon_entropy(value) >= min_entropy


class SpanPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer whose patterns may name a group ``value``: only that part is reported.

    Presidio reports the whole match; for ``password=hunter2`` or ``https://u:PASS@host`` we want the
    secret alone, so the rest of the text (and the user's own words) reaches the model unchanged.
    """

    PATTERNS: list[Pattern] = []
    CONTEXT: list[str] = []
    ENTITY = SECRET
    FLAGS = CASE_SENSITIVE

    def __init__(self, patterns: list[Pattern] | None = None, context: list[str] | None = None,
                 supported_language: str = "en", supported_entity: str | None = None,
                 name: str | None = None) -> None:
        # Fresh Pattern objects: Presidio caches the compiled regex on them and appends to given lists.
        patterns = [Pattern(p.name, p.regex, p.score) for p in (patterns or self.PATTERNS)]
        super().__init__(supported_entity=supported_entity or self.ENTITY, name=name,
                         supported_language=supported_language, patterns=patterns,
                         context=list(context if context is not None else self.CONTEXT),
                         global_regex_flags=self.FLAGS)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """Match every pattern; report group ``value`` if the pattern has one, else the whole match."""
        flags = regex_flags or self.global_regex_flags
        results: list[RecognizerResult] = []
        for pattern in self.patterns:
            if not pattern.compiled_regex or pattern.compiled_with_flags != flags:
                pattern.compiled_with_flags = flags
                pattern.compiled_regex = re.compile(pattern.regex, flags=flags)
            has_value = "value" in pattern.compiled_regex.groupindex
            try:
                for match in pattern.compiled_regex.finditer(text, timeout=REGEX_TIMEOUT_SECONDS):
                    start, end = match.span("value") if has_value and match.group("value") else match.span()
                    result = self._result(text[start:end], start, end, pattern, flags)
                    if result:
                        results.append(result)
            except TimeoutError:
                # Fail safe, not open: the other patterns still run; the pattern name is not sensitive.
                continue
        return EntityRecognizer.remove_duplicates(results)

    def _result(self, value: str, start: int, end: int, pattern: Pattern, flags: int) -> RecognizerResult | None:
        if not value.strip():
            return None
        validation = self.validate_result(value)
        if validation is False or self.invalidate_result(value):
            return None
        score = EntityRecognizer.MAX_SCORE if validation else pattern.score
        explanation = self.build_regex_explanation(self.name, pattern.name, pattern.regex, score,
                                                   validation, flags)
        return RecognizerResult(
            entity_type=self.supported_entities[0], start=start, end=end, score=score,
            analysis_explanation=explanation,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        )
