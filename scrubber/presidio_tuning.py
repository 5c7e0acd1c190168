"""Everything aiwarden does to Presidio beyond its public API, in one place (issue #15).

The scrubber is faster and finds more than plain Presidio because it reaches into it:

- ``lean_engine_class``: a SpacyNlpEngine whose ``_doc_to_nlp_artifact`` (private) tidies the model's entities
  before Presidio sees them and builds lazy NlpArtifacts (lemmas, token offsets and keywords only when the
  context enhancer asks);
  relies on ``_get_entities``, ``_get_updated_entities``, ``ner_model_configuration.default_score`` and on
  NlpArtifacts' attribute names; with ``keep_only``, it leaves out entities whose label (through
  ``ner_model_configuration.model_to_presidio_entity_mapping``) is not requested, which relies on
  SpacyRecognizer dropping those.
- ``lean_context_enhancer``: LemmaContextAwareEnhancer run only on results that still need a boost, on the
  results themselves rather than a deep copy (relies on ``enhance_using_context`` copying with
  ``copy.deepcopy``; if it stops copying, nothing changes); its ``_extract_surrounding_words`` finds the
  match's token by bisection and looks keywords up in a set (relies on ``_add_n_words_backward``/``_forward``
  only testing membership and on how ``_find_index_of_match_token`` picks the token).
- ``lean_analyzer_class``: an AnalyzerEngine whose ``_enhance_using_context`` (private) groups results by
  recognizer once instead of once per recognizer, skips recognizers that keep EntityRecognizer's
  do-nothing ``enhance_using_context``, and gives the context enhancer no result that no context word could
  lift to the request's ``score_threshold`` (relies on ``analyze`` then dropping results under it, and on the
  enhancer's ``context_similarity_factor``/``min_score_with_context_similarity`` boost).
- ``remember_recognizers``: the registry's ``get_recognizers`` answers a repeated question from memory
  (Presidio asks it on every ``analyze``, filtering every recognizer by entity); relies on its parameters.
- ``ids_by_name``: a recognizer's ``id`` is its name (the same in both processes); relies on
  ``EntityRecognizer.id`` reading ``_id``.
- ``answer_from_precomputed``: each pattern recognizer's ``analyze`` answers from results computed on another
  thread; relies on AnalyzerEngine calling ``recognizer.analyze(text, entities, nlp_artifacts)``.
- ``from_ner``: which results came from the model (``recognition_metadata`` naming ``SpacyRecognizer``).
- ``compiled`` and ``explanation``: what ``SpanPatternRecognizer`` (scrubber/recognizers/_base.py) takes
  from Presidio's own pattern loop (``Pattern.compiled_regex``/``compiled_with_flags``,
  ``build_regex_explanation``).

``check()`` verifies every one of those assumptions against the installed Presidio and raises
``PresidioChanged`` naming what moved; tests/scrubber/test_presidio_contract.py runs it, so an upgrade that
breaks one fails loudly there rather than quietly in production. Nothing outside this module (and the
recognizers' use of ``compiled``/``explanation``) touches Presidio's private parts.
"""

import bisect
import inspect
import threading

IDENTIFIER = "recognizer_identifier"  # RecognizerResult.RECOGNIZER_IDENTIFIER_KEY (checked by ``check``)


class _Shared(list):
    """Results the enhancer may change in place: ``copy.deepcopy`` of this list is the list itself (the
    results are fresh objects made for this one analysis; copying them cost more than finding them)."""

    def __deepcopy__(self, memo):
        return self


class _Keywords:
    """``word in frozenset(keywords)`` for NlpArtifacts' keywords: the lower-cased texts of the tokens that
    are neither stop words nor punctuation (nor "be"), each split at ":". ``ids``: the string ids of those
    tokens' lower-cased texts; ``parts``: the pieces of those holding ":". A word without ":" is one of them
    when its id is; one with ":" never is (the list holds the pieces)."""

    __slots__ = ("_ids", "_parts", "_id")

    def __init__(self, ids: set[int], parts: frozenset[str], string_id) -> None:
        self._ids, self._parts, self._id = ids, parts, string_id

    def __contains__(self, word) -> bool:
        if word in self._parts:
            return True
        return ":" not in word and self._id(word) in self._ids


class _Lemmas:
    """The tokens' lower-cased texts (``LazyArtifacts.lemmas``) as a sequence that looks each up when read."""

    __slots__ = ("_ids", "_strings")

    def __init__(self, ids: list[int], strings) -> None:
        self._ids, self._strings = ids, strings

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, i: int) -> str:
        return self._strings[self._ids[i]]


TESTED_PRESIDIO = "2.2.366"  # the version the assumptions below were last checked against


class PresidioChanged(RuntimeError):
    """The installed Presidio no longer has something this module relies on."""


def lean_engine_class(base, tidy):
    """``base`` (SpacyNlpEngine) with tidied entities and lazy artifacts; ``tidy(doc, ents, foreign)``."""
    from presidio_analyzer.nlp_engine import NlpArtifacts
    from spacy.attrs import IDX, IS_PUNCT, IS_STOP, LENGTH, LOWER, SPACY
    from spacy.strings import get_string_id

    _BE, _PRON = get_string_id("be"), get_string_id("-PRON-")  # (never keywords: NlpArtifacts.set_keywords)

    class LazyArtifacts(NlpArtifacts):
        """NlpArtifacts whose lemmas, token offsets and keywords are computed on first use: only the context
        enhancer reads them, and it runs for few texts (NlpArtifacts.__init__ would look every token up in the
        vocabulary). Lower-cased tokens stand in for lemmas (the lemmatizer is off; context words still
        match)."""

        def __init__(self, *, entities, tokens, nlp_engine, language, scores) -> None:
            self.entities, self.tokens = entities, tokens
            self.nlp_engine, self.language = nlp_engine, language
            self.scores = scores if scores else [0.85] * len(entities)
            self._lemmas: list[str] | None = None
            self._lemma_list: _Lemmas | None = None
            self._indices: list[int] | None = None
            self._keywords: list[str] | None = None
            self._keyword_set: _Keywords | frozenset[str] | None = None
            self.analysed_text: str | None = None  # (set by the lean context enhancer: ``keywords_in``)
            self._ends: list[int] | None = None

        @property
        def lemmas(self) -> list[str]:  # (read from one array, not from a Token object made per token)
            if self._lemmas is None:
                strings = self.tokens.vocab.strings
                self._lemmas = [strings[h] for h in self.tokens.to_array(LOWER).tolist()]
            return self._lemmas

        @property
        def tokens_indices(self) -> list[int]:
            if self._indices is None:
                self._indices = self.tokens.to_array(IDX).tolist()
            return self._indices

        @property
        def keywords(self) -> list[str]:
            # Presidio's set_keywords, from the tokens' own lexeme flags rather than a vocabulary lookup
            # per word (spaCy's stop-word flag already ignores case, and lemmas here are lower-cased tokens),
            # read from one array rather than from a Token object made per token.
            if self._keywords is None:
                flags = self.tokens.to_array([IS_STOP, IS_PUNCT]).tolist() if len(self.tokens) else []
                self._keywords = [part for lower, (stop, punct) in zip(self.lemmas, flags, strict=True)
                                  if not (stop or punct) and lower not in ("-PRON-", "be")
                                  for part in lower.split(":")]
            return self._keywords

        def keywords_in(self, text: str) -> "_Keywords | frozenset[str]":
            """What ``word in frozenset(self.keywords)`` answers, for the few words the context enhancer asks
            about, without looking every token's text up (that was a third of Presidio's analysis); ``text``:
            the analysed text, the doc's own (else the set itself is built)."""
            if self._keyword_set is not None:
                return self._keyword_set
            tokens = self.tokens
            rows = tokens.to_array([LOWER, IS_STOP, IS_PUNCT, IDX, LENGTH, SPACY]) if len(tokens) else None
            if rows is None or int(rows[-1, 3] + rows[-1, 4] + rows[-1, 5]) != len(text):
                self._keyword_set = frozenset(self.keywords)  # (another text than the doc's)
                return self._keyword_set
            lower, stop, punct = rows[:, 0], rows[:, 1], rows[:, 2]
            kept = (stop == 0) & (punct == 0) & (lower != _BE) & (lower != _PRON)
            parts: set[str] = set()
            if ":" in text:  # (a token holding ":" gives its pieces instead: "user:pass" → user, pass)
                strings, flags = tokens.vocab.strings, kept.tolist()
                starts, lengths = rows[:, 3].tolist(), rows[:, 4].tolist()
                at = text.find(":")
                while at >= 0:
                    i = bisect.bisect_right(starts, at) - 1
                    if i >= 0 and at < starts[i] + lengths[i] and flags[i]:
                        parts.update(strings[int(lower[i])].split(":"))
                    at = text.find(":", at + 1)
            self._keyword_set = _Keywords(set(lower[kept].tolist()), frozenset(parts), get_string_id)
            return self._keyword_set

        @property
        def keyword_set(self) -> frozenset[str]:
            if not isinstance(self._keyword_set, frozenset):
                self._keyword_set = frozenset(self.keywords)
            return self._keyword_set

        @property
        def lemma_list(self) -> "_Lemmas | list[str]":
            """``lemmas``, each looked up only when read (the enhancer reads a few around each match)."""
            if self._lemmas is not None:
                return self._lemmas
            if self._lemma_list is None:
                self._lemma_list = _Lemmas(self.tokens.to_array(LOWER).tolist() if len(self.tokens) else [],
                                           self.tokens.vocab.strings)
            return self._lemma_list

        def token_index(self, word: str, start: int) -> int:
            """LemmaContextAwareEnhancer._find_index_of_match_token: the first token ending after ``start``
            (token ends only grow), found by bisection over the token ends."""
            if self._ends is None:
                idx, length = (self.tokens.to_array([IDX, LENGTH]).T.tolist() if len(self.tokens)
                               else ([], []))
                self._ends = [i + n for i, n in zip(idx, length, strict=True)]
            i = bisect.bisect_right(self._ends, start)
            if i == len(self._ends):
                raise ValueError("Did not find word '" + word + "' in the list of tokens although it "
                                 "is expected to be found")
            return i

    class LeanSpacyNlpEngine(base):
        """Tidied entities and lazy artifacts (``LazyArtifacts``)."""

        foreign = False  # set by process_batch's callers: the text is not in the model's language (tidy)
        _wanted: frozenset[str] | None = None  # (``keep_only``)
        _labels: dict[str, bool] = {}

        def keep_only(self, entities) -> None:
            """Build the artifacts from those of the model's entities alone that may become one of
            ``entities`` (the only ones the analyzer is asked for): the NER recognizer drops every other, so
            tidying them (``tidy``; about half the model's entities are numbers, dates, money) and mapping
            their labels (with a logged warning for each label Presidio does not map) was wasted. An entity is
            tidied on its own and keeps its label, or turns from ORG to PERSON (``ner_spans._a_person``)."""
            self._wanted = frozenset(entities)
            self._labels = {}

        def _worth_tidying(self, label: str) -> bool:
            ok = self._labels.get(label)
            if ok is None:
                mapping = self.ner_model_configuration.model_to_presidio_entity_mapping
                ok = any(mapping.get(name, name) in self._wanted
                         for name in (label, *(("PERSON",) if label == "ORG" else ())))
                self._labels[label] = ok
            return ok

        def _doc_to_nlp_artifact(self, doc, language):
            return self.artifacts(doc, language, self.foreign)

        def artifacts(self, doc, language: str, foreign: bool):
            """What ``process_batch`` makes of ``doc``, for a text known to be ``foreign`` or not only now
            (the scrubber runs the model before it knows the text's language: see Scrubber._analyze_todo)."""
            entities = self._get_entities(doc)
            if self._wanted is not None:
                entities = [e for e in entities if self._worth_tidying(e.label_)]
            entities = tidy(doc, entities, foreign)
            default_scores = [self.ner_model_configuration.default_score] * len(entities)
            entities, scores = self._get_updated_entities(entities, default_scores)
            return LazyArtifacts(entities=entities, tokens=doc, nlp_engine=self, language=language,
                                 scores=scores)

    return LeanSpacyNlpEngine


def lean_context_enhancer(boost_below: float):
    """Presidio's context enhancer, run only on results scoring under ``boost_below``.

    It deep-copies every result and scans the words around it; results already at or above the lowest
    threshold we use gain nothing from that, so they skip it.
    """
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    class LeanContextEnhancer(LemmaContextAwareEnhancer):
        def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
            weak = [r for r in raw_results if r.score < boost_below]
            strong = [r for r in raw_results if r.score >= boost_below]
            if not weak:
                return strong
            if hasattr(type(nlp_artifacts), "keywords_in"):
                nlp_artifacts.analysed_text = text
            return strong + super().enhance_using_context(text, _Shared(weak), nlp_artifacts, recognizers,
                                                          context)

        def _extract_surrounding_words(self, nlp_artifacts, word: str, start: int) -> list[str]:
            # Presidio's, with the token found by bisection and the keywords looked up in a set (it scans
            # the tokens up to the match, and the keyword list for every word before it): same words.
            if not hasattr(type(nlp_artifacts), "keywords_in"):  # (not LazyArtifacts)
                return super()._extract_surrounding_words(nlp_artifacts, word, start)
            if not nlp_artifacts.tokens:
                return [""]
            text = nlp_artifacts.analysed_text
            keywords = nlp_artifacts.keyword_set if text is None else nlp_artifacts.keywords_in(text)
            lemmas = nlp_artifacts.lemma_list
            token_index = nlp_artifacts.token_index(word, start)
            backward = self._add_n_words_backward(token_index, self.context_prefix_count, lemmas, keywords)
            forward = self._add_n_words_forward(token_index, self.context_suffix_count, lemmas, keywords)
            return list(set(backward + forward))

    return LeanContextEnhancer()


def lean_analyzer_class(base):
    """``base`` (AnalyzerEngine) with a cheaper ``_enhance_using_context``: same results, same order."""
    from presidio_analyzer import EntityRecognizer

    default_hook = EntityRecognizer.enhance_using_context

    class LeanAnalyzerEngine(base):
        _request = threading.local()  # the score_threshold of the analysis running on this thread

        def analyze(self, *args, **kwargs):
            self._request.threshold = kwargs.get("score_threshold")
            try:
                return super().analyze(*args, **kwargs)
            finally:
                self._request.threshold = None

        def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
            by_recognizer: dict[str, list] = {}
            for r in raw_results:
                by_recognizer.setdefault(r.recognition_metadata[IDENTIFIER], []).append(r)
            results: list = []
            for recognizer in recognizers:
                rid = recognizer.id
                own = by_recognizer.get(rid, [])
                if type(recognizer).enhance_using_context is not default_hook:
                    others = [r for r in raw_results if r.recognition_metadata[IDENTIFIER] != rid]
                    own = recognizer.enhance_using_context(
                        text=text, raw_recognizer_results=own, other_raw_recognizer_results=others,
                        nlp_artifacts=nlp_artifacts, context=context)
                results.extend(own)
            threshold = getattr(self._request, "threshold", None)
            if threshold is not None:  # analyze drops these whether the enhancer boosts them or not
                results = [r for r in results if _can_reach(r.score, threshold, self.context_aware_enhancer)]
            return self.context_aware_enhancer.enhance_using_context(
                text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=recognizers,
                context=context)

    return LeanAnalyzerEngine


def _can_reach(score: float, threshold: float, enhancer) -> bool:
    """Whether a result scoring ``score`` reaches ``threshold`` as it is or with the best boost a context word
    gives it (computed as LemmaContextAwareEnhancer does; e.g. Presidio's US bank number at 0.05 never
    reaches 0.5)."""
    boosted = max(score + enhancer.context_similarity_factor, enhancer.min_score_with_context_similarity)
    return score >= threshold or min(boosted, enhancer.MAX_SCORE) >= threshold


def remember_recognizers(registry) -> None:
    """Make ``registry.get_recognizers`` answer the last question again without filtering every recognizer for
    every entity (Presidio asks it on each ``analyze``, with the same entities): the same list, in the same
    order, as long as the registry holds the same recognizers."""
    ask = registry.get_recognizers
    last: list = [None, None]  # (question, answer)

    def get_recognizers(language, entities=None, all_fields=False, ad_hoc_recognizers=None):
        if ad_hoc_recognizers:
            return ask(language, entities, all_fields, ad_hoc_recognizers)
        # (the recognizers themselves, not their ids: a removed one's id may be a new one's)
        question = (language, None if entities is None else tuple(entities), all_fields,
                    tuple(registry.recognizers))
        if last[0] != question:
            last[:] = [question, ask(language, entities, all_fields, None)]
        return list(last[1])

    registry.get_recognizers = get_recognizers


def ids_by_name(recognizers) -> None:
    """Make each recognizer's ``id`` its name rather than its name and object address, so the second process's
    recognizers (scrubber/pattern_process.py) have the ids this process's have and their results need no new
    ones here. Names must be unique (each process looks its recognizers up by name)."""
    recognizers = list(recognizers)
    if len({r.name for r in recognizers}) != len(recognizers):
        raise ValueError("recognizer names are not unique")
    for recognizer in recognizers:
        recognizer._id = recognizer.name


def answer_from_precomputed(recognizers, local: threading.local) -> None:
    """Make each recognizer answer Presidio's ``analyze`` call with ``local.results[recognizer.id]`` when the
    calling thread has it (computed earlier on the pattern thread); it computes as usual otherwise.
    The recognizer's own analysis stays reachable as ``recognizer.find``."""
    for recognizer in recognizers:

        def analyze(*args, _r=recognizer, **kwargs):
            found = getattr(local, "results", None)
            if found is not None and _r.id in found:
                return found[_r.id]
            return _r.find(*args, **kwargs)

        recognizer.find = recognizer.analyze
        recognizer.analyze = analyze


def from_ner(result) -> bool:
    """Whether a Presidio result came from the statistical model (patterns are trusted as they are)."""
    meta = result.recognition_metadata or {}
    return meta.get("recognizer_name") == "SpacyRecognizer"


def compiled(pattern, flags: int, compile_):
    """``pattern``'s regex compiled with ``flags``, cached on the Pattern as Presidio's own loop does."""
    if not pattern.compiled_regex or pattern.compiled_with_flags != flags:
        pattern.compiled_with_flags = flags
        pattern.compiled_regex = compile_(pattern.regex, flags=flags)
    return pattern.compiled_regex


def explanation(recognizer, pattern, score: float, validation, flags: int):
    """The AnalysisExplanation Presidio's pattern loop attaches (its context enhancer writes into it)."""
    return recognizer.build_regex_explanation(recognizer.name, pattern.name, pattern.regex, score, validation,
                                              flags)


def check() -> None:
    """Raise PresidioChanged when the installed Presidio lacks anything this module relies on."""
    from presidio_analyzer import (
        AnalyzerEngine,
        EntityRecognizer,
        Pattern,
        PatternRecognizer,
        RecognizerRegistry,
        RecognizerResult,
    )
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    problems: list[str] = []

    def params(fn) -> list[str]:
        return [p for p in inspect.signature(fn).parameters if p != "self"]

    def expect(ok: bool, what: str) -> None:
        if not ok:
            problems.append(what)

    for name in ("_doc_to_nlp_artifact", "_get_entities", "_get_updated_entities", "process_batch"):
        expect(callable(getattr(SpacyNlpEngine, name, None)), f"SpacyNlpEngine.{name} is gone")
    if callable(getattr(SpacyNlpEngine, "_doc_to_nlp_artifact", None)):
        expect(params(SpacyNlpEngine._doc_to_nlp_artifact) == ["doc", "language"],
               "SpacyNlpEngine._doc_to_nlp_artifact(doc, language) changed its parameters")
    if callable(getattr(SpacyNlpEngine, "_get_updated_entities", None)):
        expect(params(SpacyNlpEngine._get_updated_entities) == ["entities", "scores"],
               "SpacyNlpEngine._get_updated_entities(entities, scores) changed its parameters")
    artifact_params = ["entities", "tokens", "tokens_indices", "lemmas", "nlp_engine", "language"]
    expect(params(NlpArtifacts.__init__)[:6] == artifact_params, "NlpArtifacts.__init__ parameters changed")
    keywords = getattr(NlpArtifacts, "keywords", None)
    expect(keywords is None or isinstance(keywords, property),
           "NlpArtifacts.keywords became something a property cannot stand in for")
    expect(params(LemmaContextAwareEnhancer.enhance_using_context)[:5]
           == ["text", "raw_results", "nlp_artifacts", "recognizers", "context"],
           "LemmaContextAwareEnhancer.enhance_using_context changed its parameters")
    expect(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY == IDENTIFIER,
           "RecognizerResult.RECOGNIZER_IDENTIFIER_KEY changed")
    expect(callable(getattr(AnalyzerEngine, "_enhance_using_context", None))
           and params(AnalyzerEngine._enhance_using_context)[:5]
           == ["text", "raw_results", "nlp_artifacts", "recognizers", "context"],
           "AnalyzerEngine._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context) "
           "changed")
    expect(params(EntityRecognizer.enhance_using_context)[:5]
           == ["text", "raw_recognizer_results", "other_raw_recognizer_results", "nlp_artifacts", "context"],
           "EntityRecognizer.enhance_using_context changed its parameters")
    expect(params(LemmaContextAwareEnhancer._extract_surrounding_words) == ["nlp_artifacts", "word", "start"],
           "LemmaContextAwareEnhancer._extract_surrounding_words(nlp_artifacts, word, start) changed")
    for name in ("_add_n_words_backward", "_add_n_words_forward"):
        expect(params(getattr(LemmaContextAwareEnhancer, name))
               == ["index", "n_words", "lemmas", "lemmatized_filtered_keywords"],
               f"LemmaContextAwareEnhancer.{name}(index, n_words, lemmas, keywords) changed")
    surrounding = inspect.getsource(LemmaContextAwareEnhancer._extract_surrounding_words)
    expect(all(step in surrounding for step in (
        "lemmatized_keywords = nlp_artifacts.keywords", "self._find_index_of_match_token(",
        "context_list.extend(backward_context)", "context_list.extend(forward_context)",
        "context_list = list(set(context_list))")),
           "LemmaContextAwareEnhancer picks the words around a match some other way than the lean one")
    expect("(tokens_indices[i] == start) or (start < tokens_indices[i] + len(token))"
           in inspect.getsource(LemmaContextAwareEnhancer._find_index_of_match_token),
           "LemmaContextAwareEnhancer finds the token of a match some other way than token_index")
    expect("if lower_lemma in lemmatized_filtered_keywords:"
           in inspect.getsource(LemmaContextAwareEnhancer._add_n_words),
           "LemmaContextAwareEnhancer no longer only tests keywords for membership")
    enhancer_source = inspect.getsource(LemmaContextAwareEnhancer.enhance_using_context)
    expect(all(step in enhancer_source for step in (
        "result.score += self.context_similarity_factor",
        "result.score = max(result.score, self.min_score_with_context_similarity)",
        "result.score = min(result.score, ContextAwareEnhancer.MAX_SCORE)")),
           "LemmaContextAwareEnhancer boosts a score some other way than _can_reach assumes")
    analyze_source = inspect.getsource(AnalyzerEngine.analyze)
    expect("results = self.__remove_low_scores(results, score_threshold, recognizers)" in analyze_source
           and analyze_source.index("self._enhance_using_context(")
           < analyze_source.index("self.__remove_low_scores("),
           "AnalyzerEngine.analyze no longer drops results under score_threshold after enhancing them")
    expect("[result for result in results if result.score >= score_threshold]"
           in inspect.getsource(AnalyzerEngine._AnalyzerEngine__remove_low_scores),
           "AnalyzerEngine keeps results under an explicit score_threshold")
    expect("context_aware_enhancer" in params(AnalyzerEngine.__init__),
           "AnalyzerEngine no longer takes context_aware_enhancer")
    expect("nlp_artifacts" in params(AnalyzerEngine.analyze), "AnalyzerEngine.analyze lost nlp_artifacts")
    expect(params(RecognizerRegistry.get_recognizers)[:4]
           == ["language", "entities", "all_fields", "ad_hoc_recognizers"],
           "RecognizerRegistry.get_recognizers(language, entities, all_fields, ad_hoc_recognizers) changed")
    expect(params(PatternRecognizer.analyze)[:3] == ["text", "entities", "nlp_artifacts"],
           "PatternRecognizer.analyze(text, entities, nlp_artifacts) changed its parameters")
    explanation_params = ["recognizer_name", "pattern_name", "pattern", "original_score", "validation_result",
                          "regex_flags"]
    expect(params(PatternRecognizer.build_regex_explanation)[:6] == explanation_params,
           "PatternRecognizer.build_regex_explanation changed its parameters")
    pattern = Pattern("probe", r"\d", 0.5)
    named = PatternRecognizer(supported_entity="PROBE", name="probe", patterns=[pattern])
    ids_by_name([named])
    expect(named.id == "probe", "EntityRecognizer.id no longer reads _id (ids_by_name)")
    expect(hasattr(pattern, "compiled_regex") and hasattr(pattern, "compiled_with_flags"),
           "Pattern no longer caches compiled_regex / compiled_with_flags")
    expect(SpacyRecognizer().name == "SpacyRecognizer", "the NER recognizer is not named SpacyRecognizer")
    expect("ner_entity.label_ not in entities" in inspect.getsource(SpacyRecognizer.analyze),
           "SpacyRecognizer keeps entities of labels not requested (keep_only would lose them)")
    from presidio_analyzer.nlp_engine import NerModelConfiguration

    expect(isinstance(NerModelConfiguration().model_to_presidio_entity_mapping, dict),
           "NerModelConfiguration.model_to_presidio_entity_mapping is gone")
    from scrubber.recognizers import REPLACES_PREDEFINED

    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"])
    names = {r.name for r in registry.recognizers}
    missing = sorted(set(REPLACES_PREDEFINED) - names)
    expect(not missing, f"predefined recognizers to replace are gone or renamed: {', '.join(missing)}")
    if problems:
        raise PresidioChanged("Presidio changed what scrubber/presidio_tuning.py relies on: "
                              + "; ".join(problems))
