"""Everyday prompts without personal data (corpus13's classes, own examples): public figures the news names
with their office, household brands compared, a product's quoted name in marketing copy, a German function
word opening a sentence, a listed town that ends like a German noun; and the people beside them that stay
found."""

import pytest


def _found(scrubber, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start:s.end]) for s in scrubber.analyze(text)]


def _people(scrubber, text: str) -> list[str]:
    return [v for t, v in _found(scrubber, text) if t == "PERSON"]


@pytest.mark.parametrize("text", [
    "Federal Reserve Chair Jerome Powell said on Tuesday that rates would hold for now.",
    "Treasury Secretary Scott Bessent told reporters the talks were constructive.",
    "Nvidia CEO Jensen Huang and Prime Minister Giorgia Meloni met on Monday.",
    "ECB President Christine Lagarde warned that inflation is sticky.",
    "Summarise: Carlos Alcaraz beat Jannik Sinner in five sets.",
])
def test_public_figures_in_the_news(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize("text, name", [
    ("Dr. Brad Pitt will see you at 3pm.", "Brad Pitt"),  # a title of address: a namesake
    ("Doctor Brad Pitt signed the referral.", "Brad Pitt"),
    ("Patient: Janet Yellen, DOB 1990-01-02", "Janet Yellen"),  # a field's label: a namesake
    ("Secretary Scott will call you back tomorrow.", "Scott"),  # no figure written whole around it
    ("Treasury Secretary Anna Kowalczyk approved my refund.", "Anna Kowalczyk"),  # no public figure
])
def test_namesakes_stay_people(scrubber, text, name):
    assert any(name in v for v in _people(scrubber, text))


@pytest.mark.parametrize("text", [
    "I'm choosing between a Dyson V15, a Shark Stratos and a Miele Triflex for a flat with a cat.",
    "Is the Ninja Foodi better than a Breville Smart Oven for a family of four?",
    "Recommend a stroller: Bugaboo Fox, UPPAbaby Vista or Joolz Day.",
])
def test_household_brands_compared(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize("text", [
    'Write 80 words for our new soy candle, "Cedar & Sea Salt". Tone: cosy.',
    'Draft an Instagram caption for the blend called "Orange Grove", out this Friday.',
    'Describe our summer roast "Highland Morning" for the shop page.',
])
def test_a_quoted_product_name(scrubber, text):
    assert _found(scrubber, text) == []


def test_a_quoted_name_without_goods_stays(scrubber):
    text = 'Please invite "Anna Schmidt" to the review.'
    assert "Anna Schmidt" in _people(scrubber, text)


@pytest.mark.parametrize("text, place", [
    ("Seit Januar lebe ich in Reykjavík.", "Reykjavík"),
    ("Dann fahren wir nach Graz weiter.", "Graz"),
])
def test_a_german_function_word_opening_a_sentence(scrubber, text, place):
    assert _found(scrubber, text) == [("LOCATION", place)]


def test_a_listed_town_is_no_german_noun():
    from scrubber.name_filters import plausible
    from scrubber.types import Span

    assert plausible(Span("LOCATION", 0, 9, 0.85), "Kaohsiung")
    assert not plausible(Span("LOCATION", 0, 10, 0.85), "Abrechnung")


def test_a_brand_beside_a_given_name_stays_a_person(scrubber):
    text = "Thanks to Maria Hoover for the minutes, and to Hoover for the slides."
    assert "Maria Hoover" in _people(scrubber, text)
    assert [v for _, v in _found(scrubber, text)].count("Hoover") == 1  # (alone: masked still)
