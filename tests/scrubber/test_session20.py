"""Session 20, lead's rules: the model's entities cut at a table's column gaps."""

import pytest


def _spans(scrubber, text):
    return [(s.type, text[s.start:s.end]) for s in scrubber.analyze(text)]


@pytest.mark.parametrize("text, whole, parts", [
    ("Donor list 2024\nName                 Town\nMargaret Okafor      Moncton\nDavid Lindqvist      Regina\n",
     "Margaret Okafor      Moncton", ("Margaret Okafor", "Moncton")),
    ("Volunteers\nMargaret Okafor\t\tMoncton\n", "Margaret Okafor\t\tMoncton", ("Margaret Okafor", "Moncton")),
])
def test_an_entity_is_cut_at_a_column_gap(scrubber, text, whole, parts):
    found = [v for _, v in _spans(scrubber, text)]
    assert whole not in found
    for part in parts:
        assert part in found, (part, found)


@pytest.mark.parametrize("text, name", [
    ("Please thank Maria  Gonzalez for the help.", "Maria  Gonzalez"),  # two spaces: no column gap
    ("Attendees: Margaret   Okafor and Tom Reyes.", "Okafor"),  # prose: the part stays found
])
def test_a_name_is_not_cut_elsewhere(scrubber, text, name):
    start = text.index(name)
    assert any(s.start <= start and start + len(name) <= s.end for s in scrubber.analyze(text)), \
        _spans(scrubber, text)


@pytest.mark.parametrize("text, name", [
    ("Dear A. Grieve,\nThank you for your letter.", "A. Grieve"),
    ("Requester: Kirsty Grieve (Finance)\nIssue: laptop will not boot", "Kirsty Grieve"),
])
def test_a_family_name_that_is_a_word_stays_with_its_given_name(scrubber, text, name):
    assert ("PERSON", name) in _spans(scrubber, text)


@pytest.mark.parametrize("text", ["Try the Evelyn Onboarding flow today", "Quincy Quote Builder is live"])
def test_a_given_name_before_a_product_word_is_still_no_person(scrubber, text):
    assert not [v for t, v in _spans(scrubber, text) if t == "PERSON"], _spans(scrubber, text)


def test_a_name_before_a_cpf_in_a_table_row_is_no_product(scrubber):
    text = ("Nome\tCPF\tCelular\tCidade\nGustavo Nunes Carvalho\t160.357.923-08\t+55 21 98007-4741\tCampinas\n"
            "Fernanda de Souza Carvalho\t020.378.507-00\t(11) 95366-5344\tCuritiba")
    found = _spans(scrubber, text)
    assert ("PERSON", "Gustavo Nunes Carvalho") in found and ("PERSON", "Fernanda de Souza Carvalho") in found


def test_a_name_before_a_version_is_still_a_product(scrubber):
    assert not [v for t, v in _spans(scrubber, "Upgrade Phoenix 8.12.3 before Friday") if t == "PERSON"]
