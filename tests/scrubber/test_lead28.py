"""Session 28 (lead): a firm named after its owner keeps the owner's name masked (a sole trader's firm is
their name); a firm of other words, or a brand, before its legal form stays unmarked."""

import pytest


def found(scrubber, text):
    return [(s.type, text[s.start:s.end]) for s in scrubber.analyze(text)]


@pytest.mark.parametrize("text, name", [
    ("Please draft a contract with Maria Lopez GmbH, represented by its owner.", "Maria Lopez"),
    ("Invoice to Juan Carlos Pereira S.L., Calle Mayor 5.", "Juan Carlos Pereira"),
    ("The supplier is Priya Raman Ltd, registered in Leicester.", "Priya Raman"),
])
def test_an_owners_name_before_a_legal_form_stays_masked(scrubber, text, name):
    spans = found(scrubber, text)
    assert any(t == "PERSON" and name in v for t, v in spans), spans


@pytest.mark.parametrize("text", [
    "The auditors Pinecrest Biolabs LLC signed off on the report.",
    "We buy our suits from Hugo Boss AG.",
])
def test_a_firm_of_other_words_or_a_brand_stays_unmarked(scrubber, text):
    assert not any(t == "PERSON" for t, _ in found(scrubber, text)), found(scrubber, text)
