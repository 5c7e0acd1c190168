"""IBANs in any letter case: Presidio's IbanRecognizer only matches upper-case ones ("my iban is gb42…")."""

import regex as re
from presidio_analyzer.predefined_recognizers import IbanRecognizer


class CaseInsensitiveIbanRecognizer(IbanRecognizer):
    """Presidio's IBAN recognizer (mod-97 checksum and per-country format), matching lower case too."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_language=supported_language, regex_flags=re.DOTALL | re.MULTILINE | re.IGNORECASE
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Checksum and country format on the upper-case form; mixed case (aB12…) is not a typed IBAN."""
        letters = [c for c in pattern_text if c.isalpha()]
        if not (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
            return False
        return super().validate_result(pattern_text.upper())
