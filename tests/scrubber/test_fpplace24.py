"""Places named as a text's context, not as where a person lives (fpplace24, issue #19's false LOCATIONs on
prompts without personal data; scrubber/place_topics.py). Texts written for this test."""

import pytest

from scrubber.place_topics import a_place, place_topics
from scrubber.topics import not_topics
from scrubber.types import Span
from tests.scrubber.masking import overlapping as found


def span(text: str, value: str, kind: str = "LOCATION") -> Span:
    start = text.index(value)
    return Span(kind, start, start + len(value), 0.85)


@pytest.mark.parametrize("value", [
    "Riverside Quay", "Baker Street", "Münchner Ostbahnhof", "Harbour Plaza",  # a building's, a street's
    "Wellington House",  # a house after a place's name
    "Utrecht Leidsche Rijn", "Milano Centrale", "de Bordeaux",  # a listed place, no given name
])
def test_a_place_named_as_a_person_is_a_place(value):
    text = f"Note: the move to {value} is planned."
    assert a_place(text, span(text, value, "PERSON"))


@pytest.mark.parametrize("value", ["Gregory House", "Maria Lisboa", "Jack London", "Anna Smith"])
def test_a_persons_name_stays_a_person(value):
    text = f"Note: {value} is planned."
    assert not a_place(text, span(text, value, "PERSON"))


def test_a_building_taken_for_a_person_leaves_the_text_personless():
    # (spans as the model gives them: the quay typed a person's name)
    text = "Draft a note: our Derby office moves to Canal Quay in May, and the Swindon team keeps floor 2."
    spans = [span(text, "Derby"), span(text, "Canal Quay", "PERSON"), span(text, "Swindon")]
    kept = not_topics(text, spans)
    assert span(text, "Derby") not in kept and span(text, "Swindon") not in kept


def test_a_sentence_naming_a_site_not_found():
    # the warehouse's town is not among the spans; the sentence is still on the firm's sites
    text = "Riassumi: il magazzino di Bologna servirà anche Umbria e Marche da marzo."
    assert span(text, "Umbria") in place_topics(text, [span(text, "Umbria")])
    # ... not after a person's cue
    text = "Riassumi: lavora nel magazzino di Bologna e vive a Perugia."
    assert not place_topics(text, [span(text, "Perugia")])


def test_a_cue_in_another_clause_does_not_hold():
    text = "Draft a note: the Leeds team stays on floor 3; the Paris conference team uses the hot desks."
    assert span(text, "Paris") in place_topics(text, [span(text, "Leeds"), span(text, "Paris")])


@pytest.mark.parametrize("text, value", [
    ("Plan a 6-day road trip from Denver through the Utah national parks for two adults in May.", "Denver"),
    ("Plan a 6-day road trip from Denver through the Utah national parks for two adults in May.", "Utah"),
    ("I am planning a 3-day business trip to Rotterdam in March with one free evening. Ideas?",
     "Rotterdam"),
    ("Suggest things to do in Lisbon on a rainy afternoon, museums mostly.", "Lisbon"),
])
def test_a_trips_places_not_found(scrubber, text, value):
    assert not found(scrubber, text, value)


@pytest.mark.parametrize("text, value", [
    # a person's cue before the trip's place, or a person in the text
    ("I'm on a trip to Rotterdam next week, can you draft an out-of-office reply?", "Rotterdam"),
    ("Book the trip to Lisbon for Maria Jansen, passport NL1234567, flying on 3 May.", "Lisbon"),
    ("We are moving to Rotterdam next month, can you draft the letter to our landlord?", "Rotterdam"),
    ("She lives in Porto; plan a weekend trip for her.", "Porto"),
])
def test_a_persons_place_still_found(scrubber, text, value):
    assert found(scrubber, text, value)


def test_a_table_of_figures_by_town():
    text = ("Check the totals.\n\ndealer_code\tcity\tunits\trevenue\nD-101\tGenova\t40\t12.300\n"
            "D-102\tVerona\t25\t8.100\n")
    spans = [span(text, "Genova"), span(text, "Verona")]
    assert place_topics(text, spans) == set(spans)
    # ... not a table with a person's column
    text = "Check the totals.\n\ncustomer\tcity\tunits\nC-101\tGenova\t40\nC-102\tVerona\t25\n"
    assert not place_topics(text, [span(text, "Genova"), span(text, "Verona")])


def test_a_sentence_comparing_places():
    text = "Write a blog post. Compare renting a studio in Leipzig with Graz, and cover deposits."
    spans = [span(text, "Leipzig"), span(text, "Graz")]
    assert place_topics(text, spans) == set(spans)
    # ... not after a person's cue
    text = "Write a blog post. Compare my rent in Leipzig with Graz, and cover deposits."
    assert not place_topics(text, [span(text, "Leipzig"), span(text, "Graz")])


def test_a_returns_centre_and_a_stores_year():
    text = "Draft a notice: our Halifax returns centre is moving next month."
    assert place_topics(text, [span(text, "Halifax")]) == {span(text, "Halifax")}
    text = "Resume: abertura de lojas 2027: Viseu e Aveiro. Nada mais."
    spans = [span(text, "Aveiro")]
    assert place_topics(text, spans) == set(spans)
