"""A town no list holds where someone was born, a date maybe between (session 16, issue #19): Dutch records
write "geboren op 12-03-1980 te Oudewater"; the same frame before a month or an ordinary word is no place."""

import pytest

from scrubber.engine import Scrubber


def places(scrubber: Scrubber, text: str) -> set[str]:
    return {text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "LOCATION"}


@pytest.mark.parametrize(("text", "place"), [
    ("Naam: Pieter de Vries, geboren op 12-03-1980 te Oudewater.", "Oudewater"),
    ("Patiënt is geboren op 02.11.1968 te Nieuwleusen, woont nu in Utrecht.", "Nieuwleusen"),
    ("He was born 3 March 1975 in Kilkeel, Co. Down.", "Kilkeel"),
    ("Elle est née à Plouha en 1982.", "Plouha"),
])
def test_place_of_birth(scrubber: Scrubber, text: str, place: str) -> None:
    assert place in places(scrubber, text)


@pytest.mark.parametrize("text", [
    "The baby was born in March.",
    "The idea was born at Work, over coffee.",
    "She was born in Hospital, not at home.",
])
def test_no_place(scrubber: Scrubber, text: str) -> None:
    assert places(scrubber, text) == set()
