"""Fewer false PERSONs in prompts without personal data (fp27n, issue #19; scrubber/not_people.py,
recognizers/name_cues.py): a form's labels of another language before their colons, an itinerary's days.
Chat speakers, names after a cue and names the lists hold stay. Texts written for this test."""

import pytest

from tests.scrubber.masking import overlapping


@pytest.mark.parametrize("text, value", [
    # a form's labels of another language, none a given name, none twice
    ("Escribe una oferta de empleo breve.\n\nPuesto: Analista de datos en Sevilla (remoto)\n"
     "Requisitos: SQL, Tableau, inglés C1\nEnviar CV por el portal.", "Puesto"),
    ("Escribe una oferta de empleo breve.\n\nPuesto: Analista de datos en Sevilla (remoto)\n"
     "Requisitos: SQL, Tableau, inglés C1\nEnviar CV por el portal.", "Requisitos"),
    ("Bereite das Gespräch vor.\nPosition: Teamleitung Einkauf seit März 2022\n"
     "Stärken: verlässlich, ruhig, gut mit Excel", "Stärken"),
    ("Bitte übersetze das Formular.\n\nFamilienname: Vogt\nVornamen: Henrike\n"
     "Neue Wohnung: Lindenweg 3, 04109 Leipzig", "Neue Wohnung"),
    # an itinerary's days
    ("Tidy this trip plan.\n\nMon: flight LHR-SIN dep 11:45\nTue: client workshop all day\n"
     "Thu: Tokyo office all day", "Thu"),
])
def test_no_person(scrubber, text, value):
    assert not overlapping(scrubber, text, value, "PERSON")


@pytest.mark.parametrize("text, value, nth", [
    # a chat's speakers stay: one speaks twice, or another one is a given name
    ("Ana: hola, ¿qué tal la reunión?\nPuesto: bien, gracias\nAna: perfecto", "Ana", 0),
    ("Mar: nos vemos mañana en la oficina\nPilar: vale, hasta luego", "Mar", 0),
    # a speaker named like a day, in a chat without other days
    ("Thu: em gửi báo cáo sau nhé\nMinh: ok cảm ơn chị\nThu: không có gì", "Thu", 0),
    # a form's person stays
    ("Bitte übersetze das Formular.\n\nFamilienname: Vogt\nVornamen: Henrike\n"
     "Neue Wohnung: Lindenweg 3, 04109 Leipzig", "Henrike", 0),
    # a name after a cue, or a chat role's name, stays whatever word it is somewhere
    ("Het pakket mag bij de buren. Vraag naar Wout, hij is de hele dag thuis.", "Wout", 0),
    ("> Cliente: el reembolso no ha llegado\n\n> Agente (Lieve): Hola Javier, lo reviso con el equipo.",
     "Lieve", 0),
])
def test_person_stays(scrubber, text, value, nth):
    assert overlapping(scrubber, text, value, None, nth)
