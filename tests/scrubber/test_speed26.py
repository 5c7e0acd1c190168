"""Session 26, speed: the context enhancer's keywords looked up lazily, the same answers as the full set."""

import pytest

TEXTS = [
    "The Password: is HERE, Be quick. I'm at key:value pairs; Über straße and THE end.",
    "login ops:Winter2031 for the NAS, then be sure to call Rufus on 0161 496 0732 ext:44",
    "acct no: 4471 0093 2210, sort code 20-17-09 :: see https://intra.example.org:8443/x",
    "   leading spaces\n\nand: a: line: of: colons ::: done",
    "ROUTING 026009593 / account 000123456789 (savings)",
]


@pytest.mark.parametrize("text", TEXTS)
def test_lazy_keywords_answer_as_the_full_set(scrubber, text):
    nlp = scrubber.analyzer.nlp_engine
    pipeline = nlp.nlp["en"]
    doc = pipeline(text)
    lazy = nlp.artifacts(doc, "en", False)
    full = nlp.artifacts(doc, "en", False)
    keywords = frozenset(full.keywords)
    words = set(full.lemmas) | keywords | {w.upper() for w in full.lemmas}
    words |= {"be", "-PRON-", "", ":", "password", "password:", "key", "value", "ext", "zebra"}
    found = lazy.keywords_in(text)
    assert {w for w in words if w in found} == {w for w in words if w in keywords}
    lemmas = lazy.lemma_list
    assert len(lemmas) == len(full.lemmas) and [lemmas[i] for i in range(len(lemmas))] == full.lemmas


def test_keywords_of_another_text_are_the_full_set(scrubber):
    nlp = scrubber.analyzer.nlp_engine
    doc = nlp.nlp["en"]("user:alice and the pin")
    artifacts = nlp.artifacts(doc, "en", False)
    assert artifacts.keywords_in("something else entirely") == frozenset(artifacts.keywords)


@pytest.mark.parametrize("text", TEXTS)
def test_analysis_is_the_same_with_the_full_keyword_set(scrubber, monkeypatch, text):
    nlp = scrubber.analyzer.nlp_engine

    def analysed():
        doc = nlp.nlp["en"](text)
        found = scrubber.analyzer.analyze(text=text, language="en", entities=scrubber.supported,
                                          score_threshold=0.5, nlp_artifacts=nlp.artifacts(doc, "en", False))
        return sorted((r.entity_type, r.start, r.end, r.score) for r in found)

    lazy = analysed()
    artifacts_class = type(nlp.artifacts(nlp.nlp["en"]("x"), "en", False))
    monkeypatch.setattr(artifacts_class, "keywords_in", lambda self, text: self.keyword_set)
    assert analysed() == lazy
