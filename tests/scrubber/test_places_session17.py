"""Places and addresses by class (session 17, issue #19): countries and regions in their own language, towns
after "lives in / woont te / mieszka w / bor i" and after a birth word with a date of any form between, Polish
and Dutch place forms, Portuguese abbreviated streets, Dutch house-number additions, towns that are words
too ("9000 Gent"), addresses in lower case; and the look-alikes that stay."""

import pytest

from scrubber.engine import Scrubber
from scrubber.recognizers.places import places as listed_places
from tests.scrubber.masking import covered


def places(scrubber: Scrubber, text: str) -> set[str]:
    return {text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "LOCATION"}


@pytest.mark.parametrize(("text", "place"), [
    # a town after a birth word and a date, whatever the date's form, and a town that is a word too
    ("Zij is geboren 4 mei 1979 te Gent en werkt nu in Leuven.", "Gent"),
    ("Hij is geboren 17-11-1962 te Gent.", "Gent"),
    ("Urodziła się w Kętrzynie w 1980 roku.", "Kętrzynie"),
    # countries and regions as their own language writes them
    ("Ik kom uit Vlaanderen, mijn vrouw komt uit Wallonië.", "Vlaanderen"),
    ("Ik kom uit Vlaanderen, mijn vrouw komt uit Wallonië.", "Wallonië"),
    ("Nous habitons en Bretagne depuis 2019.", "Bretagne"),
    ("A família dela é do Alentejo.", "Alentejo"),
])
def test_place(scrubber: Scrubber, text: str, place: str) -> None:
    assert place in places(scrubber, text)


@pytest.mark.parametrize(("text", "address"), [
    # Portugal's abbreviated street words, and a floor written "3.º Esq."
    ("Mudei-me recentemente para R. do Evaristo, 86, 1578-812 Entroncamento. Podem atualizar?",
     "R. do Evaristo, 86, 1578-812 Entroncamento"),
    ("A morada é Trav. da Saudade 12, 4000-123 Porto.", "Trav. da Saudade 12, 4000-123 Porto"),
    ("send the hardware to my home, Calçada do Combro, 7, 3.º Esq., 2366-206 Évora. Thanks",
     "Calçada do Combro, 7, 3.º Esq., 2366-206 Évora"),
    # a cue's address ends before the day the sentence goes on to name
    ("Please send it to 14 Hazel Croft, Leeds LS6 2AB before Friday.", "14 Hazel Croft, Leeds LS6 2AB"),
    # a made-up British postcode after a town (letters no real one has at its end)
    ("Hi it's Layla from flat 2, 93 Mill Lane, Harrogate AS1 1VI. The boiler is off again",
     "flat 2, 93 Mill Lane, Harrogate AS1 1VI"),
    # Belgian and Dutch: a town that is an English word too, a house number's addition
    ("Adres: Kerkstraat 12b, 9000 Gent", "Kerkstraat 12b, 9000 Gent"),
    ("Factuuradres: Dorpsstraat 12 hs, 1011 AB Amsterdam", "Dorpsstraat 12 hs, 1011 AB Amsterdam"),
    # in lower case: a British street without a street word, Italy's "via", a German street word apart
    ("ok so the new address is flat 4, 12 broadway, leeds, ls6 2ab thanks",
     "flat 4, 12 broadway, leeds, ls6 2ab"),
    ("allora abito in via roma 12, 00184 roma, citofono interno 5", "via roma 12, 00184 roma"),
    ("ich wohne jetzt in der mariahilfer straße 12, 1060 wien, zweiter stock",
     "mariahilfer straße 12, 1060 wien"),
])
def test_address(scrubber: Scrubber, text: str, address: str) -> None:
    assert covered(scrubber, text, address)
    assert address in places(scrubber, text) or any(address in p for p in places(scrubber, text))


def test_address_starts_at_the_street(scrubber: Scrubber) -> None:
    text = "Mudei-me recentemente para R. do Evaristo, 86, 1578-812 Entroncamento. Podem atualizar?"
    assert places(scrubber, text) == {"R. do Evaristo, 86, 1578-812 Entroncamento."}


@pytest.mark.parametrize("text", [
    "Version 2.14, build 4471 fixes the crash.",
    "Meet me in Room 4 at 10.",
    "The Orion 4 firmware ships with model X200.",
    "Thanks R. Smith, 2 days ago I said it.",
    "I have 3 cats, ls6 2ab is the code.",
    "The idea was born in 2019 at Work, over coffee.",
    "Dominique said hi.",
    "Part number AB1 2CD is out of stock.",
    # a country or region in its own language where no one lives: a firm's market, not personal data
    "Livraison en Espagne et en Belgique dès lundi.",
    "Vi öppnar kontor i Sverige och Norge.",
])
def test_no_place(scrubber: Scrubber, text: str) -> None:
    assert places(scrubber, text) == set()


def test_family_name_is_no_region(scrubber: Scrubber) -> None:
    """A subdivision that is a family name stays out of the list ("Guerrero", a Mexican state)."""
    text = "Carlos Guerrero joined the call."
    assert places(scrubber, text) == set()
    assert "guerrero" not in listed_places()


def test_endonyms_listed() -> None:
    assert {"deutschland", "österreich", "polska", "vlaanderen", "alentejo", "bretagne", "bayern",
            "toscana"} <= listed_places()
    assert not {"maurice", "dominique", "chili", "island"} & listed_places()  # given names, English words


def test_birth_place_before_a_dotted_date(scrubber: Scrubber) -> None:
    assert "Kętrzynie" in places(scrubber, "Urodzona w Kętrzynie 12.03.1980 r.")
    # a version after a product's name still marks the product
    assert "Phoenix" not in places(scrubber, "Open the Phoenix 8.12.3 dashboard and export the logs.")
