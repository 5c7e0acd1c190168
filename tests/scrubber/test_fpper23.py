"""False PERSON detections on prompts without personal data (fpper23, issue #19): classes of words that
read as a name and name no one (scrubber/not_people.py), with the people beside them that must stay found.
Texts written for this test."""

import pytest

from scrubber.not_people import not_people
from scrubber.types import Span


def person_on(scrubber, text: str, value: str) -> bool:
    """A PERSON detection overlaps ``value`` (its first occurrence)."""
    start = text.index(value)
    return any(s.type == "PERSON" and s.start < start + len(value) and start < s.end
               for s in scrubber.analyze(text))


_SICK_NOTE = ("Bitte prüfe, ob in dieser Bescheinigung etwas fehlt.\n\n"
              "Arbeitsunfähigkeitsbescheinigung\nKrankenkasse: AOK Nordwest\nName, Vorname: Hoffmann, Greta\n"
              "geb. am: 03.09.1977\nAnschrift: Lindenweg 14, 24105 Kiel\nArzt: Dr. med. Jonas Ebeling\n")
_REFERRAL = ("Resume este informe para el paciente.\n\nNombre: Lucía Ortega Vidal\n"
             "Domicilio: Calle Mayor 21, 28013 Madrid\nAlergias: penicilina\n"
             "Seguimiento: revisión en tres semanas\n")
_LEAVE = ("Please check this leave request.\nEmployee no.: 48213\nDepartment: Warehouse\n"
          "Follow-up: meeting with HR next week\nStart date: 2026-03-02\n")
_COMMIT = ("Summarise this log:\ncommit 4f2a9c1\nAuthor: Tomasz Wiśniewski <t.wisniewski@example.com>\n"
           "Date:   Thu Oct 15 18:13:12 2025 +0000\n\n    Fix retry loop in uploader\n")


@pytest.mark.parametrize("text, value", [
    # the words of a date: a weekday and a month, or a month beside a day's number
    (_COMMIT, "Thu Oct"),
    ("> On 21 July, Kerstin Albers wrote:\n> please resend the credit note.", "July"),
    # a form's label: an ordinary word at a line's start, before a colon, in a form of many labels
    (_SICK_NOTE, "Anschrift"),
    (_LEAVE, "Follow-up"),
])
def test_no_person_found(scrubber, text, value):
    assert not person_on(scrubber, text, value)


@pytest.mark.parametrize("text, value", [
    # the form's people stay
    (_SICK_NOTE, "Hoffmann, Greta"),
    (_SICK_NOTE, "Jonas Ebeling"),
    (_REFERRAL, "Lucía Ortega Vidal"),
    (_COMMIT, "Tomasz Wiśniewski"),
    # a month that is a given name, with no day's number beside it
    ("Hi June, can you send me the slides before the review?", "June"),
    ("Please forward the signed contract to April Morales by Friday.", "April Morales"),
    # a given name or a family name in prose of another language
    ("Ich habe gestern mit Weber gesprochen, er schickt die Unterlagen bis Freitag.", "Weber"),
    ("Wir haben die Schicht mit Kowalczyk besprochen und alles geklärt.", "Kowalczyk"),
    # a speaker of a chat, and someone addressed, even when the name is a word of the language
    ("Tymon: Gaja, wysłałeś klientowi hasło do panelu?\nGaja: tak, ale poprosił o nowe", "Gaja"),
    # a chat's speakers come back: no form, even with three labels or more
    ("Marta: jutro mam wolne\nKuba: ok\nMarta: dzięki\nOla: ja też", "Kuba"),
])
def test_person_stays_found(scrubber, text, value):
    assert person_on(scrubber, text, value)


def _kept(text: str, value: str) -> bool:
    """Whether ``not_people`` keeps a PERSON span on ``value`` (the rule alone, whatever the model finds)."""
    start = text.index(value)
    return bool(not_people(text, [Span("PERSON", start, start + len(value), 0.85)]))


@pytest.mark.parametrize("text, value, kept", [
    # a title in title case: a function word capitalised inside the span
    ("Agenda:\nGrace Under Fire: What Outages Taught Us\nLunch", "Grace Under Fire", False),
    ("Suggest a subtitle for the talk \"Chase The Signal, Not The Noise\".", "Chase The Signal", False),
    ("Write an outline for a post titled Faith In Metrics and share it.", "Faith In Metrics", False),
    # names: particles, names joined, a name that is a function word
    ("Dr. Giuseppe De Luca will attend the meeting on Monday.", "Giuseppe De Luca", True),
    ("Invite Mary And John to the kickoff on Monday.", "Mary And John", True),
    ("The handover goes to Nguyen Van Do next week.", "Nguyen Van Do", True),
    # a date's words; a month alone with no day's number is a name
    ("Date:   Mon Jan 13 18:27:26 2024 +0200", "Mon Jan", False),
    ("Hi June, the room is booked.", "June", True),
    # a form's label, and a chat's speaker who comes back
    ("Formular\nAllergie: Pollen\nBlutgruppe: A\nHausarzt: Dr. Lenz", "Allergie", False),
    ("Chef: kommst du?\nLager: ja\nChef: gut\nFahrer: bis gleich", "Chef", True),
    ("Chef: kommst du?\nLager: ja\nFahrer: bis gleich", "Chef", False),
])
def test_rule_alone(text, value, kept):
    assert _kept(text, value) is kept
