"""False detections on texts without personal data (fp29, issue #19): a listed character's name that needs
company, in a text naming two other works' characters ("Elizabeth Bennet", "Pemberley" beside Heathcliff and
Jay Gatsby); a building's noun opening a name ("Hotel Miramar", "Estadio Santiago Bernabéu"). A reader's
child, a greeted reader and an address stay found. Texts written for this test."""

import pytest


def found(scrubber, text: str, types: tuple[str, ...] = ("PERSON", "LOCATION")) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type in types]


@pytest.mark.parametrize("text", [
    "Book group notes: Heathcliff divided the room again, and Jay Gatsby's parties came up twice. Most "
    "preferred Elizabeth Bennet's wit to anything at Pemberley.",
    "Scene ideas: Tyrion Lannister argues with Sherlock Holmes on a train; Elizabeth Bennet gets on at York.",
])
def test_a_character_among_other_works_characters(scrubber, text):
    assert not [v for v in found(scrubber, text) if "Bennet" in v or v == "Pemberley"]


@pytest.mark.parametrize("text, value", [
    ("Write a bedtime story for Charlie with Harry Potter and Sherlock Holmes in it.", "Charlie"),
    ("Hi Elizabeth Bennet, thanks for the Heathcliff and Gatsby essay. Call me on 07700 900123.",
     "Elizabeth Bennet"),
    ("Elizabeth Bennet is our new hire; her desk is next to the Harry Potter poster.", "Elizabeth Bennet"),
])
def test_a_person_beside_characters_stays(scrubber, text, value):
    assert value in found(scrubber, text, ("PERSON",))


@pytest.mark.parametrize("text", [
    "Nos alojamos en el Hotel Miramar, cerca del Museo Picasso; jugamos en el Estadio Santiago Bernabéu.",
    "The coach leaves the Hotel Alfonso XIII at nine for the Palacio Real.",
])
def test_a_buildings_name_is_no_person(scrubber, text):
    assert found(scrubber, text, ("PERSON",)) == []


@pytest.mark.parametrize("text, value", [
    ("Envíe el paquete a Plaza Mayor 3, 28012 Madrid, a la atención de Lucía Fernández.", "Plaza Mayor 3"),
    ("La reserva en el Hotel Miramar está a nombre de Lucía Fernández.", "Lucía Fernández"),
])
def test_an_address_and_a_guest_stay(scrubber, text, value):
    assert any(value in v for v in found(scrubber, text))


@pytest.mark.parametrize("text", [
    "Check the dates: the Dutch East India Company paid dividends for almost two centuries.",
    "Heavy rain is due across Limerick and Kerry tonight; Snow is forecast above 900 metres in the Pyrenees.",
    "Please announce it: the Cardiff team moves to Canary Wharf, the rest stays at Temple Quay.",
    "Sprawdź kwoty:\nzaliczki na PIT 12 300,00 zł; składki ZUS 4 120,50 zł.",
])
def test_no_name_in_a_topic(scrubber, text):
    assert found(scrubber, text, ("PERSON",)) == []


@pytest.mark.parametrize("text, value", [
    ("Maria Lopez Consulting Group sent the invoice on Monday.", "Maria Lopez"),
    ("The lease was signed by Chidi Okafor Holdings Limited.", "Chidi Okafor"),
    ("My daughter Kerry moved to Galway last year.", "Kerry"),
    ("Please thank aditya nair for the forecast.", "aditya nair"),
])
def test_a_persons_name_stays(scrubber, text, value):
    assert value in found(scrubber, text, ("PERSON",))


@pytest.mark.parametrize("text", [
    "The night train reaches Lisboa Santa Apolónia at seven.",
])
def test_a_station_is_no_person(scrubber, text):
    assert found(scrubber, text, ("PERSON",)) == []


@pytest.mark.parametrize("text, value", [
    ("Maria Santa Cruz signed the lease in Lisboa.", "Maria Santa Cruz"),
    ("Informe para Castillo Pérez: la reunión es el lunes.", "Castillo Pérez"),
    ("Sr. Palacio llamó ayer.", "Palacio"),
])
def test_a_persons_name_like_a_building_stays(scrubber, text, value):
    assert any(value in v for v in found(scrubber, text, ("PERSON",)))


def test_a_story_place_beside_a_character(scrubber):
    text = "Rewrite this scene: Anne Shirley arrived at Green Gables on the train to Avonlea."
    assert found(scrubber, text) == []


def test_a_buildings_noun_alone_is_no_person(scrubber):
    assert found(scrubber, "O Estádio do Maracanã recebe a final.", ("PERSON",)) == []


def test_a_place_beside_a_person_stays(scrubber):
    text = "Anne Shirley moved from Avonlea to 14 Harbour Road, Charlottetown last spring; call 902-555-7788."
    assert "Anne Shirley" in found(scrubber, text, ("PERSON",))
