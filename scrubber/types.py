"""Small typed objects the scrubber hands to its callers."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

EntityAction = Literal["pseudonymize", "mask", "block", "allow"]


@dataclass(frozen=True, slots=True)
class Span:
    """A detected entity in one text: offsets are Python string indices into the original text."""

    type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class Entity:
    """A span after handling: what replaced it (empty when the span was allowed or blocked)."""

    type: str
    start: int
    end: int
    score: float
    placeholder: str
    action: EntityAction


@dataclass(frozen=True, slots=True)
class ScrubOptions:
    """What to do with each entity type ("DEFAULT" covers the rest) and the term lists."""

    entity_actions: Mapping[str, EntityAction] = field(default_factory=lambda: {"DEFAULT": "pseudonymize"})
    allow_terms: tuple[str, ...] = ()
    deny_terms: tuple[str, ...] = ()
    score_threshold: float = 0.5

    def action_for(self, entity_type: str) -> EntityAction:
        return self.entity_actions.get(entity_type, self.entity_actions.get("DEFAULT", "pseudonymize"))


@dataclass(frozen=True, slots=True)
class ScrubResult:
    """Scrubbed texts (same order as the input), the entities per text, and placeholder → original."""

    texts: list[str]
    entities: list[list[Entity]]
    mapping: dict[str, str]
    languages: list[str] = field(default_factory=list)  # detected language of each text
    modelled: tuple[str, ...] = ()  # languages with an NER model; others got pattern recognizers only
    # (language, spans) of each text by ``scrubber.engine.cache_key``: offsets and hashes, never text.
    # Lets a caller with several worker processes share what one of them analysed (``Scrubber.scrub``).
    analyses: dict = field(default_factory=dict)

    @property
    def unmodelled_languages(self) -> set[str]:
        """Languages seen that have no NER model: names and places in them may be missed."""
        return {lang for lang in self.languages if lang not in self.modelled}

    @property
    def counts(self) -> dict[str, int]:
        """Detected entities per type across all texts (values never included)."""
        out: dict[str, int] = {}
        for ents in self.entities:
            for e in ents:
                out[e.type] = out.get(e.type, 0) + 1
        return out

    @property
    def blocked_types(self) -> set[str]:
        return {e.type for ents in self.entities for e in ents if e.action == "block"}
