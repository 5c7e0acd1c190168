"""A US state's or Canadian province's code after a town is part of the place ("Raleigh, NC"), and an Irish
Eircode made up with any letters ends an address like a real one; look-alikes stay unmasked."""

import pytest

from scrubber.engine import Scrubber


def _places(scrubber: Scrubber, text: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "LOCATION"]


@pytest.mark.parametrize(("text", "place"), [
    ("Co-owner: Deepa Rao (lives abroad, in Raleigh, NC; signs by DocuSign)", "Raleigh, NC"),
    ("She moved to Austin, TX last year and works remotely.", "Austin, TX"),
    ("Next of kin lives in Halifax, NS since 2019.", "Halifax, NS"),
    ("Home: 9 Elm Row, Sligo F91 YS2O\nPhone: 087 123 4567", "9 Elm Row, Sligo F91 YS2O"),
    ("Ship to: 12 MG Road,\nVellore-632004", "12 MG Road,\nVellore-632004"),
    ("Flat 2, Lake View,\nPUNE-411001", "Flat 2, Lake View,\nPUNE-411001"),
])
def test_a_region_code_or_an_eircode_ends_the_place(scrubber: Scrubber, text: str, place: str) -> None:
    assert place in _places(scrubber, text)


@pytest.mark.parametrize("text", [
    "Release v2.3, OK? Then tag it.",
    "Flight A12 2024 is late again.",
    "Set the CA, TX and IN flags in the config.",
    # a claims export's references at a line's start are no Indian PIN after a town
    "claim_ref        policy_no          status\nCLM-821366       POL-3517-7137     open\n",
])
def test_codes_without_a_place_stay(scrubber: Scrubber, text: str) -> None:
    assert _places(scrubber, text) == []
