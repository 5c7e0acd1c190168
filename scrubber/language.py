"""Which language a text is in, so it goes to the right NER model (or to patterns only).

Detection uses py3langid's bundled model (offline). Short or mixed texts (code, numbers, names) are
unreliable to classify, so they count as the default language unless the detector is confident.
"""

import re

_LETTERS = re.compile(r"[^\W\d_]")
MIN_LETTERS = 20
MIN_CONFIDENCE = 0.6


class LanguageDetector:
    def __init__(self, default: str) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self.default = default
        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

    def detect(self, text: str) -> str:
        """ISO 639-1 code of ``text``'s language, or the default when unsure."""
        sample = text[:600]  # enough to tell a language; detection cost grows with length
        if len(_LETTERS.findall(sample)) < MIN_LETTERS:
            return self.default
        lang, confidence = self._identifier.classify(sample)
        return lang if confidence >= MIN_CONFIDENCE else self.default
