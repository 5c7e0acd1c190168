"""Names of a new corpus's classes (corpus19): the one to ask for at the door in several languages ("Vraag
naar Jelte.", "Demandez Yannick", "Ask for Priyanka"), a wedding's couple ("Wedding of Aurelia & Benedikt")
and people by their wedding role in brackets ("- Pim (best man)"), a clinical note's patient in lower case
after "pt", Filipino names by their particle ("dela", "delos"), a child before an age in brackets, a Polish
family ("państwa Halloran"). Look-alikes stay as they were. Names and texts are written for this test."""

import pytest

from scrubber.recognizers.name_cues import couples_at_events, particle_and_aged_names
from tests.scrubber.masking import people, person_covers

PEOPLE = [
    ("Het pakket mag bij de buren. Vraag naar Jelte.", "Jelte"),
    ("Het adres is Kerkstraat 12 bus 3, 2800 Mechelen. Vraag naar Wout.", "Wout"),
    ("Le colis est pour nous. Demandez Yannick.", "Yannick"),
    ("La entrega es en la portería. Pregunte por Iñigo.", "Iñigo"),
    ("Ask for Priyanka at reception.", "Priyanka"),
    ("Wedding of Aurelia & Benedikt — 3 June, at the Old Mill", "Aurelia"),
    ("Wedding of Aurelia & Benedikt — 3 June, at the Old Mill", "Benedikt"),
    ("Guests:\n- Pim (best man), sorting his own hotel\n- Liesbeth (bridesmaid)", "Pim"),
    ("pt sigrun aasland, needs transport for dialysis Mon/Wed", "sigrun aasland"),
    ("Order for Rosalinda dela Cruz, delivery address Unit 5B", "Rosalinda dela Cruz"),
    ("Membership secretary: Marites Joy delos Reyes", "Marites Joy delos Reyes"),
    ("Passengers: 2 adults, 1 child (Aoife, age 9) | Pickup from home", "Aoife"),
    ("Sakrament chrztu przyjmie dziecko państwa Halloran.", "Halloran"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_names_are_found(scrubber, text, name):
    assert person_covers(scrubber, text, name), name


NOT_PEOPLE = [
    "Please ask for a refund, or ask for Help at the desk.",
    "Pregunte por Recepción en la entrada.",
    "Wedding of Paris & Rome themes for the venue.",
    "PT Bank Mandiri confirmed the transfer.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_look_alikes_stay(scrubber, text):
    assert not people(scrubber, text), people(scrubber, text)


def test_couples_need_name_words():
    text = "Marriage of Convenience and Love; Anniversary of Apple & Google; Boda de Lucía y Mateo"
    assert [text[s:e] for s, e, _ in couples_at_events(text)] == ["Lucía", "Mateo"]


def test_particle_names_leave_ordinary_words_out():
    text = "Order dela Cruz is fine. Treasurer Jocelyn delos Santos"
    assert [text[s:e] for s, e, _ in particle_and_aged_names(text)] == ["dela Cruz", "Jocelyn delos Santos"]
