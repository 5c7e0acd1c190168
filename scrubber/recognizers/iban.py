"""IBANs in any letter case, followed by any words.

Presidio's IbanRecognizer only matches upper-case IBANs ("my iban is gb42…" is missed); made case-insensitive,
its pattern swallows the next word ("ES78 3038 1448 5287 2118 4181 instead" → "… 4181 inst") and the
checksum then fails. Here a candidate is trimmed back group by group until mod-97 and the country format
agree, so the longest valid IBAN at that place is reported.
"""

import regex as re
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import IbanRecognizer

# Country code, check digits, then up to 30 alphanumerics in groups separated by one space or dash.
_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,30}")
MIN_LENGTH = 15  # Norway, the shortest IBAN


class CaseInsensitiveIbanRecognizer(LocalRecognizer):
    """Presidio's IBAN checks (mod-97 checksum and per-country format) on candidates in any case."""

    ENTITY = "IBAN_CODE"
    CONTEXT = ["iban", "bank", "transaction"]

    def __init__(self, supported_language: str = "en", context: list[str] | None = None) -> None:
        self._presidio = IbanRecognizer(supported_language=supported_language)
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            context=list(context if context is not None else self.CONTEXT),
        )

    def load(self) -> None:
        """Nothing to load."""

    def validate_result(self, pattern_text: str) -> bool | None:
        """Checksum and country format on the upper-case form; mixed case (aB12…) is not a typed IBAN."""
        letters = [c for c in pattern_text if c.isalpha()]
        if not (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
            return False
        return self._presidio.validate_result(pattern_text.upper())

    def longest_valid(self, text: str, start: int, end: int) -> int | None:
        """End of the longest valid IBAN in text[start:end] that ends where a group ends, or None."""
        for stop in range(end, start + MIN_LENGTH - 1, -1):
            if stop < len(text) and text[stop].isalnum() or not text[stop - 1].isalnum():
                continue  # would cut a group in two, or end on a separator
            if self.validate_result(text[start:stop]):
                return stop
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Valid IBANs, each as one span."""
        results, pos = [], 0
        while m := _CANDIDATE.search(text, pos):
            stop = self.longest_valid(text, m.start(), m.end())
            # A candidate may run into the next IBAN ("… 4181 instead of DE37 …"): go on after the valid part.
            pos = stop if stop is not None else m.start() + 1
            if stop is None:
                continue
            score = EntityRecognizer.MAX_SCORE
            results.append(
                RecognizerResult(
                    self.ENTITY,
                    m.start(),
                    stop,
                    score,
                    analysis_explanation=AnalysisExplanation(self.name, score, textual_explanation="IBAN"),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results
