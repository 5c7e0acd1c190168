"""Session 18, places (the lead's own examples): a month before `in` is no person's name the place could be
part of, so the place keeps its sure score."""

import pytest

from scrubber.engine import Scrubber
from scrubber.recognizers.places import SCORE_SURE, PlaceNameRecognizer


@pytest.mark.parametrize("text,place", [
    ("Ich wohne seit März in Kaohsiung und arbeite bei einer Bank.", "Kaohsiung"),
    ("Sie wohnt seit Mai in Bergen.", "Bergen"),
    ("Depuis Janvier in Lyon, she has worked remotely.", "Lyon"),
])
def test_a_place_after_a_month_and_in_scores_sure(text: str, place: str) -> None:
    found = {text[r.start:r.end]: r.score for r in PlaceNameRecognizer().analyze(text, ["LOCATION"])}
    assert found.get(place) == SCORE_SURE


def test_a_place_after_a_name_and_a_place_word_still_yields_to_the_persons_span() -> None:
    text = "Kavya Sharma uit Kraków belde gisteren."
    found = {text[r.start:r.end]: r.score for r in PlaceNameRecognizer().analyze(text, ["LOCATION"])}
    assert found["Kraków"] < SCORE_SURE


def test_the_town_someone_moved_to_in_german_prose_is_masked(scrubber: Scrubber) -> None:
    text = "Ich wohne seit März in Kaohsiung und arbeite bei einer Bank."
    assert ("LOCATION", "Kaohsiung") in {(s.type, text[s.start:s.end]) for s in scrubber.analyze(text)}
