"""loc25: addresses of one country's format left in parts, and a neighbourhood near a station: Nordic and
Belgian units between the house number and the postcode, a Dutch postcode's letters, a street's first word
before a glued street word, a unit before a block's street line, blocks that meet once grown, a street told
by its landmark before a house, a building's word before its name, an Irish county with its Eircode, a block
letter before the house number, and where someone lives near a station."""

import pytest


def _covered(scrubber, text: str, value: str) -> bool:
    """Whether detections of any type cover every letter and digit of ``value`` in ``text``."""
    start = text.index(value)
    marks = [False] * len(text)
    for s in scrubber.analyze(text):
        for k in range(s.start, s.end):
            marks[k] = True
    return all(marks[k] for k in range(start, start + len(value)) if text[k].isalnum())


def _places(scrubber, text: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "LOCATION"]


@pytest.mark.parametrize("text, address", [
    # Sweden's flat, Belgium's box, Denmark's floor and side between the number and the postcode
    ("The flat is at Storgatan 41 lgh 1102, 411 38 Göteborg, second door.",
     "Storgatan 41 lgh 1102, 411 38 Göteborg"),
    ("Post it to Kerkstraat 8 bte 3, 3000 Leuven please.", "Kerkstraat 8 bte 3, 3000 Leuven"),
    ("Ship to: Jægersborggade 12, 3. tv., 2200 København N", "Jægersborggade 12, 3. tv., 2200 København"),
    ("Pickup: Amager Allé 7, 1. th., 8000 Aarhus\nTime: 09:30", "Amager Allé 7, 1. th., 8000 Aarhus"),
    # a Dutch postcode with its letters, then the town as the sentence goes on
    ("It says Prinsengracht 212 hs, 1016 HG Amsterdam on the letter.",
     "Prinsengracht 212 hs, 1016 HG Amsterdam"),
    # a street's first word before the glued street word, and the town after a postcode in prose
    ("The address is Korte Nieuwstraat 9, 2000 Antwerpen but ring first.",
     "Korte Nieuwstraat 9, 2000 Antwerpen"),
])
def test_a_european_address_with_its_unit_is_one_span(scrubber, text, address):
    assert address in " | ".join(_places(scrubber, text))


@pytest.mark.parametrize("text, address", [
    # a unit before the street line of a block that ends in its postcode
    ("Site address:\nApt 201-1104, 88 Banpo-daero 12-gil, Seocho-gu\nSeoul 06591\nFault: no hot water",
     "Apt 201-1104, 88 Banpo-daero 12-gil, Seocho-gu"),
    # a building's word and name before the block number, both parts joined
    ("Deliver to: Maison Hikari 305, 2-4-6 Kitashirakawa, Kyoto 606-8267",
     "Maison Hikari 305, 2-4-6 Kitashirakawa"),
    # a street told by its landmark before the house, and an area between the house and the town
    ("Insured property: Off Adeola Odeku Crescent, House 14, Ikoyi, Lagos, Lagos State",
     "Off Adeola Odeku Crescent, House 14, Ikoyi, Lagos"),
    ("Invitation to: Close to Airport Road, House 3, Tudu, Accra",
     "Close to Airport Road, House 3, Tudu, Accra"),
    # a block letter before the house number, a house's name after it
    ("Deliver to B-217, Sai Krupa Nivas, Near Shiv Mandir, Wakad, Pune, Maharashtra 411057.",
     "B-217, Sai Krupa Nivas, Near Shiv Mandir, Wakad, Pune, Maharashtra 411057"),
    # an Irish county with its Eircode takes in the town and the street before it
    ("I am living at 22 Cnoc na Gaoithe, Ballina, Co. Mayo, F26 K2P7, since May.",
     "22 Cnoc na Gaoithe, Ballina, Co. Mayo, F26 K2P7"),
])
def test_an_address_of_the_world_is_covered_whole(scrubber, text, address):
    assert _covered(scrubber, text, address)


@pytest.mark.parametrize("text, place", [
    ("I live near Kalvebod station and can drop it off.", "Kalvebod"),
    ("Our flat is close to Vinohrady metro, if that helps.", "Vinohrady"),
])
def test_a_neighbourhood_near_where_someone_lives(scrubber, text, place):
    assert place in _places(scrubber, text)


@pytest.mark.parametrize("text", [
    "The train leaves from near Central Station at noon.",
    "Chapter 5, Section 3 covers the results.",
    "Windows 10, 2024 Edition is installed on the laptop.",
])
def test_no_place_without_a_person_or_an_address(scrubber, text):
    assert _places(scrubber, text) == []


@pytest.mark.parametrize("text, place", [
    ("Nous vivons à la Guillotière depuis mai.", "Guillotière"),
    ("Hij woont nu in de Watergraafsmeer.", "Watergraafsmeer"),
])
def test_a_place_after_an_article_of_another_language(scrubber, text, place):
    assert _covered(scrubber, text, place)


@pytest.mark.parametrize("text, address, after", [
    # no line of prose after a street past a sentence's full stop, no sentence before the street line
    ("Antwoord: Hoi Daan, prima. Het adres is Lijnbaansgracht 31-1, 1015 GR Amsterdam. Vraag naar Sanne.",
     "Lijnbaansgracht 31-1, 1015 GR Amsterdam", "Vraag naar Sanne"),
])
def test_an_address_ends_at_its_sentence(scrubber, text, address, after):
    places = _places(scrubber, text)
    assert address in places
    assert not any(after in p or "prima" in p for p in places)

