"""c19fp: places and people as a text's topic (corpus19's negatives, issue #19), each rule with its other
side. Texts written for these tests."""

import pytest


def values(scrubber, text):
    return [text[s.start:s.end] for s in scrubber.analyze(text)]


@pytest.mark.parametrize("text, place", [
    ("Summarise: Heavy rain is forecast for Galway on Sunday, with a yellow warning until noon.", "Galway"),
    ("Results from Saturday. Leeds beat Norwich 2-1 at home after a late goal.", "Leeds"),
    ("Summarise: A wildfire near Toulon forced the evacuation of two campsites.", "Toulon"),
    ("History quiz: the printing house was founded in Antwerp in 1555 by a French binder.", "Antwerp"),
    ("Guide: the funicular up to the old fort leaves from Valparaíso every ten minutes.", "Valparaíso"),
])
def test_a_genres_sentence_makes_its_place_a_topic(scrubber, text, place):
    assert place not in values(scrubber, text)


@pytest.mark.parametrize("text, place", [
    ("My mum lives in Galway and the forecast there is heavy rain on Sunday.", "Galway"),
    ("I moved to Antwerp in 1948 with my parents, says Mrs Peeters.", "Antwerp"),
    ("Please collect the parcel at 14 Rue Haute, Toulon after the storm forecast clears.", "Toulon"),
])
def test_a_persons_place_stays_in_those_sentences(scrubber, text, place):
    assert any(place in v for v in values(scrubber, text))


def test_a_public_figures_sentence_makes_its_place_a_topic(scrubber):
    text = "Rewrite for a school paper: Angela Merkel opened a new library in Leipzig last spring."
    assert "Leipzig" not in values(scrubber, text)


def test_a_private_persons_sentence_keeps_its_place(scrubber):
    text = "Rewrite for a school paper: Oksana Hrytsenko opened a new bakery in Leipzig last spring."
    assert "Leipzig" in values(scrubber, text)


@pytest.mark.parametrize("text, name", [
    ("Tourist notes: Porto's Ribeira is lovely at dusk.", "Porto's Ribeira"),
    ("Walk up Jacob's Ladder then cross to Mary's Bridge before lunch.", "Jacob's"),
    ("The palace was rebuilt under Henry VIII and again under Charles II.", "Henry VIII"),
    ("Snow may close the Gotthard tunnel tonight and the Fréjus pass tomorrow.", "Gotthard"),
])
def test_names_of_places_and_monarchs_are_no_one(scrubber, text, name):
    assert not any(name in v for v in values(scrubber, text))


@pytest.mark.parametrize("text, name", [
    ("Please send the parcel to Florence's flat in Leeds.", "Florence"),
    ("Mr Henry VIII is a nickname; John Smith III signed the lease.", "John Smith"),
    ("Ask Mr Gotthard about the tunnel permit.", "Gotthard"),
    ("Jacob's new bike is red; his mum Ines Marquardt paid for it.", "Jacob"),
])
def test_people_stay_beside_those(scrubber, text, name):
    assert any(name in v for v in values(scrubber, text))
