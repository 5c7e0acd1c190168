"""Shared pieces of the custom recognizers: a PatternRecognizer reporting part of a match, and checks."""

import math
import os
from collections import Counter

import regex as re
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from scrubber.presidio_tuning import compiled, explanation

SECRET = "SECRET"
# Bounded like Presidio's own matching, so a pathological text cannot stall a worker.
REGEX_TIMEOUT_SECONDS = float(os.environ.get("REGEX_TIMEOUT_SECONDS", 5))
# Case matters for most token formats (AKIA…, ghp_…); patterns opt into (?i) where it does not.
CASE_SENSITIVE = re.DOTALL | re.MULTILINE

# Words people put where a real secret would go. Kept to words a random token will practically never hold.
_PLACEHOLDER_WORDS = (
    "example",
    "sample",
    "placeholder",
    "dummy",
    "redacted",
    "changeme",
    "change_me",
    "your",
    "insert",
    "replace",
    "xxxx",
    "here",
    "...",
    "****",
    "####",
)
# Stricter list for values found only through a keyword (``password = "somefakekey"``).
_WEAK_VALUE_WORDS = ("fake", "test", "todo", "none", "null", "undefined", "mock", "foobar")
# A whole value that only refers to a secret stored elsewhere: $VAR, ${VAR}, {{ var }}, <key>, %s, $(cmd).
_REFERENCE = re.compile(
    r"""^(?:\$\w+|\$\{[^}]*\}|\$\(.*\)|\{\{.*\}\}|\{[\w.\s-]*\}|<[^>]*>|\[[\w .-]*\]|%[sd]|%\(\w+\)s"""
    r"""|(?:process\.env|os\.environ|env|ENV|secrets|vars|settings|config)[.\[(].*|.*getenv\(.*)$""",
    re.S,
)
# xxxxxx, ******, QQQQQQ… ; digit runs must be longer: real ids do repeat a digit now and then.
_RUN_OF_SAME = re.compile(r"([^0-9])\1{5,}|([0-9])\2{15,}")


def shannon_entropy(value: str) -> float:
    """Bits per character of ``value`` (0 for the empty string)."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


# Words that only mark a value as a template (``<your key here>``, ``REPLACE_ME``), never a real key.
_TEMPLATE_WORDS = ("placeholder", "redacted", "changeme", "change_me", "your", "insert", "replace", "...",
                   "****", "####")


def only_template_marks(value: str) -> bool:
    """True for ``<your key>``, ``${VAR}``, ``REPLACE_ME``, ``****``: marks that never fill a real key."""
    low = value.lower()
    return any(w in low for w in _TEMPLATE_WORDS) or bool(_REFERENCE.match(value))


def looks_like_template(value: str) -> bool:
    """Template marks and references only: ``<your key>``, ``REPLACE_ME``, ``${VAR}``, ``****``, ``xxxx``."""
    return (only_template_marks(value) or (len(value) >= 3 and len(set(value.lower())) == 1)
            or bool(_RUN_OF_SAME.search(value)))


def looks_like_placeholder(value: str, strict: bool = False, shaped: bool = False) -> bool:
    """True for values written instead of a real secret: ``xxxx``, ``<your key>``, ``EXAMPLE``, ``$VAR``.

    ``strict`` adds weak words (``fake``, ``test``, ``secret``…) for values that only a keyword vouches for.
    ``shaped``: the value already has a provider's exact key format (``AKIA`` + 16, ``ghp_`` + 36…). Then only
    template marks and references count: a documented example key (``AKIAIOSFODNN7EXAMPLE``) or a key padded
    with ``x`` has the shape of a real one, and masking it costs nothing while a real key pasted "as an
    example" would leak.
    """
    low = value.lower()
    if shaped:  # "EXAMPLE" in a key-shaped value counts; a run of one character (sk-xxxx…) does not
        return looks_like_template(value) or len(set(value)) <= 3
    words = _PLACEHOLDER_WORDS + _WEAK_VALUE_WORDS if strict else _PLACEHOLDER_WORDS
    if any(w in low for w in words) or _REFERENCE.match(value) or _RUN_OF_SAME.search(value):
        return True
    return len(set(value)) <= 3


def looks_random(value: str, min_len: int = 16, min_entropy: float = 3.0, need_digit: bool = False) -> bool:
    """True when ``value`` looks generated: long enough, two character classes or more, high entropy.

    Classes are digits, lower case, upper case and symbols other than ``_-.`` (which join words in names).
    """
    if len(value) < min_len or looks_like_placeholder(value, strict=True):
        return False
    has_digit = any(c.isdigit() for c in value)
    classes = sum(
        (
            has_digit,
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(not c.isalnum() and c not in "_-." for c in value),
        )
    )
    if need_digit and not has_digit:
        return False
    return classes >= 2 and any(c.isalpha() for c in value) and shannon_entropy(value) >= min_entropy


class SpanPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer whose patterns may name a group ``value``: only that part is reported.

    Presidio reports the whole match; for ``password=hunter2`` or ``https://u:PASS@host`` we want the
    secret alone, so the rest of the text (and the user's own words) reaches the model unchanged.
    """

    PATTERNS: list[Pattern] = []
    CONTEXT: list[str] = []
    ENTITY = SECRET
    FLAGS = CASE_SENSITIVE
    # Optional cheap test: a text without a HINT match cannot hold this entity, so the patterns are skipped.
    HINT: re.Pattern | None = None

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        # Fresh Pattern objects: Presidio caches the compiled regex on them and appends to given lists.
        patterns = [Pattern(p.name, p.regex, p.score) for p in (patterns or self.PATTERNS)]
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            name=name,
            supported_language=supported_language,
            patterns=patterns,
            context=list(context if context is not None else self.CONTEXT),
            global_regex_flags=self.FLAGS,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Match every pattern; report group ``value`` if the pattern has one, else the whole match."""
        if self.HINT is not None and not self.HINT.search(text):
            return []
        flags = regex_flags or self.global_regex_flags
        results: list[RecognizerResult] = []
        for pattern in self.patterns:
            pos = self.start_of(pattern, text)
            if pos is None:
                continue
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
            except TimeoutError:
                # Fail safe, not open: the other patterns still run; the pattern name is not sensitive.
                continue
        return EntityRecognizer.remove_duplicates(results)

    def accept_match(self, match: re.Match) -> bool:
        """Hook for checks that need the whole match (e.g. the keyword before a value); True keeps it."""
        return True

    def start_of(self, pattern: Pattern, text: str) -> int | None:
        """Hook: where in ``text`` to start matching ``pattern``, or None to skip it (see ``_gated``)."""
        return 0

    def _result(
        self, value: str, start: int, end: int, pattern: Pattern, flags: int
    ) -> RecognizerResult | None:
        if not value.strip():
            return None
        validation = self.validate_result(value)
        if validation is False or self.invalidate_result(value):
            return None
        score = EntityRecognizer.MAX_SCORE if validation else pattern.score
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation(self, pattern, score, validation, flags),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
