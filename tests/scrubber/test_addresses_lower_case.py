"""Continental European street addresses written all in lower case, as people text them (issue #19): the
street and its number, a comma, then the postcode and town. Written for session 15, with look-alikes that
end like a street word or start with one."""

import pytest

from scrubber.engine import Scrubber


def places(scrubber: Scrubber, text: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "LOCATION"]


@pytest.mark.parametrize(("text", "address"), [
    ("my new address is hauptstrasse 12, 10115 berlin", "hauptstrasse 12, 10115 berlin"),
    ("its calle mayor 5, 28013 madrid", "calle mayor 5, 28013 madrid"),
    ("we moved to kerkstraat 8, 1017 gc amsterdam", "kerkstraat 8, 1017 gc amsterdam"),
    ("ul. marszalkowska 10, 00-590 warszawa", "ul. marszalkowska 10, 00-590 warszawa"),
    ("storgatan 5, 114 55 stockholm", "storgatan 5, 114 55 stockholm"),
    ("bagdat caddesi no 15, kadikoy istanbul", "bagdat caddesi no 15, kadikoy"),
    ("pls send the keys to vesterbrogade 31, 1620 kobenhavn", "vesterbrogade 31, 1620 kobenhavn"),
])
def test_a_lower_case_address_is_one_place(scrubber: Scrubber, text: str, address: str) -> None:
    assert address in places(scrubber, text)


@pytest.mark.parametrize("text", [
    "during 2023, we grew revenue by 12%.",
    "the string 5, value 7 is wrong",
    "version 3, build 2201 failed",
    "page 12, line 4 has a typo",
])
def test_look_alikes_are_no_address(scrubber: Scrubber, text: str) -> None:
    assert places(scrubber, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Ms. Rennie flew to Neupré on Friday morning.", "Neupré"),
    ("The Princess Royal arrived at Riverlea this morning.", "Riverlea"),
    ("I'm in ÖSTERSKÄR, at the conference", "ÖSTERSKÄR"),
    ("He is a 36 year old man who grew up in ΑΛΑΣΣΑ.", "ΑΛΑΣΣΑ"),
    ("She studied journalism at the University of Vadsa.", "Vadsa"),
])
def test_a_town_someone_travels_to_or_comes_from(scrubber: Scrubber, text: str, place: str) -> None:
    """A town no list holds, after "flew to", "arrived at", "grew up in", "I'm in", "University of"."""
    assert place in places(scrubber, text)


@pytest.mark.parametrize("text", [
    "I'm in Marketing, not Sales.",
    "We are in Q3 already.",
    "I'm in Slack all day.",
    "She came from Google last year.",
])
def test_a_department_a_quarter_or_a_product_after_those_words_is_no_place(scrubber: Scrubber,
                                                                           text: str) -> None:
    assert places(scrubber, text) == []
