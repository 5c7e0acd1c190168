"""Names that leaked in hand-written probes of many cultures (session 22): given names and nicknames of chat
and calls that no list held ("Vilgot", "Zosia", "Chuy", "Majken"); a listed given name after a colloquial
article ("die Svenja", "el Chuy"); a given and a family name before 's and a person's own noun ("Ingrid
Solberg's signature"); the one greeted in Greek, Russian or Arabic ("Γεια σου Μαρία", "مرحبا سارة"); a
lower-case list after a people label ("Attendees - jorge, mei, olusegun"); a lower-case listed name as the
subject of a call's or a chat's clause ("then okonkwo from the council never called"). Look-alikes stay as
they were. Names and texts are written for this test."""

import pytest

from scrubber.name_filters import plausible
from scrubber.recognizers.name_cues import people_after_label
from scrubber.recognizers.name_likeness import _lower_given
from scrubber.types import Span
from tests.scrubber.masking import covered, people

PEOPLE = [
    # given names and nicknames of the lists, alone inside a sentence
    ("Kan du hämta Vilgot från förskolan i dag?", "Vilgot"),
    ("Igår ringde Sigge och sa att Majken var sjuk.", "Majken"),
    ("Wczoraj Zosia wysłała mi zdjęcia.", "Zosia"),
    ("Ieri sera ho parlato con Ornella della festa.", "Ornella"),
    ("Dag Joost, morgen belt Fleur je terug.", "Fleur"),
    ("Can you remind Tadeo about the dentist at 4?", "Tadeo"),
    # a listed given name after an article, as spoken German and Spanish write it
    ("Gestern hat die Svenja angerufen, sie kommt später.", "Svenja"),
    ("oye, ya llegó el Chuy con las llaves?", "Chuy"),
    # a person's own signature or test results
    ("Please scan Henrike Vogel's signature on the last page.", "Henrike Vogel"),
    ("We still need Tomasz Kowal's test results from Monday.", "Tomasz Kowal"),
    # the one greeted in Greek, Russian and Arabic
    ("Γεια σου Ελένη, θα σε πάρω τηλέφωνο αύριο.", "Ελένη"),
    ("Здравствуйте, Марина! Документы готовы.", "Марина"),
    ("مرحبا ريم، هل استلمت الفاتورة؟", "ريم"),
    ("عزيزتي نور، شكرا على المساعدة", "نور"),
    # a lower-case list after a people label, with a dash
    ("Attendees - kwabena, priya, lasse and ingrid", "kwabena"),
    ("Attendees - kwabena, priya, lasse and ingrid", "lasse"),
    ("apologies – sunita, hauke", "hauke"),
    # a lower-case listed name as a clause's subject in a call or chat written in lower case
    ("SPEAKER_01: ok and then okafor from the letting agent never called back", "okafor"),
    ("did ngozi pay you back for the tickets", "ngozi"),
    ("[00:02:10] SPEAKER_00: so solveig emailed the landlord again", "solveig"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_names_are_found(scrubber, text, name):
    assert covered(scrubber, text, name), name


NOT_PEOPLE = [
    "Bitte die Rechnung bis Freitag prüfen.",
    "Le Contrat est signé depuis mardi.",
    "مرحبا بكم جميعا",
    "Καλημέρα σε όλους, η συνάντηση είναι στις δέκα.",
    "Attendees - finance, legal, ops and sales",
    "the manager emailed the nurse about tomorrow",
    "python will crash if the file is missing",
    "Explain the Turing test and the Bechdel test.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_look_alikes_are_no_people(scrubber, text):
    assert not people(scrubber, text), text


def test_an_article_keeps_dropping_a_noun_but_not_a_given_name():
    text = "der Timo war krank, die Abrechnung kommt morgen"
    timo, bill = text.index("Timo"), text.index("Abrechnung")
    assert plausible(Span("PERSON", timo, timo + 4, 0.85), text)
    assert not plausible(Span("PERSON", bill, bill + 10, 0.85), text)


def test_a_lower_case_list_needs_most_items_listed():
    assert len(people_after_label("Present - ana, bo, carla")) == 3
    assert people_after_label("Present - apples, pears, bananas") == []
    assert people_after_label("guests - john, the team, marketing") == []


def test_a_lower_case_subject_needs_a_listed_name():
    text = "so then solveig emailed the landlord and the plumber emailed us"
    assert [text[a:b] for a, b, _ in _lower_given(text)] == ["solveig"]
