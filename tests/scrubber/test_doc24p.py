"""False PERSON detections in long pasted documents (doc24p): reports, digests, recaps, book-club notes and
contracts full of public words (scrubber/not_people.py), with the private people beside them that must stay
found. Texts written for this test."""

import pytest

from scrubber.not_people import not_people
from scrubber.types import Span


def kept(text: str, value: str) -> bool:
    """``not_people`` keeps a PERSON span on ``value`` (its first occurrence)."""
    start = text.index(value)
    return bool(not_people(text, [Span("PERSON", start, start + len(value), 0.85)]))


_RECAP = "Football roundup\nHearts of Oak coach Abel Mensah named a squad of 23 for the friendly."
_BOOKS = "Club notes\nMansfield Park's Fanny Price divided the room. Tess Durbeyfield's Wessex won us over."
_TABLE = ("| Workstream | Owner | Status |\n|---|---|---|\n| Billing | T. Okafor | Amber |\n"
          "| Reporting | L. Brandt | Green |\n")
_CALL = "Prospect: We use spreadsheets today.\nAE: That is common. What breaks first?\nProspect: Month-end."
_CONTRATO = ("CUARTA. Fianza. El arrendatario entrega una fianza de dos meses, conforme a la Ley 29/1994 de "
             "Arrendamientos Urbanos.\n")
_GERMAN = ("Protokoll der Sitzung\nDie Preise für Maschinenteile geraten unter Druck. Im Markt Schweiz "
           "erwarten wir im Frühjahr eine Erholung. Die Zahlen werden im Herbst revidiert.")


@pytest.mark.parametrize("text, value", [
    # a club's, a work's or a public figure's possessive before a name, and the owner itself
    ("Sporting Braga's Rui Costa scored twice on Sunday.", "Sporting Braga's Rui Costa"),
    (_BOOKS, "Mansfield Park's"),
    (_BOOKS, "Fanny Price"),
    ("Lecture 4\nNapoleon Bonaparte's Berlin Decree closed the ports to British ships.",
     "Napoleon Bonaparte's Berlin Decree"),
    # an author before a work's title or a literary kind
    ("Notes\nIlse Brandvold's The Salt Road was our pick.", "Ilse Brandvold's"),
    ("Ngozi Adeyemi's debut novel opened the evening.", "Ngozi Adeyemi"),
    # a public role before or after the name
    (_RECAP, "Abel Mensah"),
    ("Briefing\nPrime Minister Ana Ferreira opened the summit.", "Ana Ferreira"),
    ("Rates\nLena Vogt, the Riksbank governor, held rates.", "Lena Vogt"),
    # a nationality's event
    ("The Great Famine and the Greek Revolution were covered.", "Greek Revolution"),
    # a team's nickname of one word said twice; a law's last word
    ("Socceroos fans cheered as Bafana Bafana lost.", "Bafana Bafana"),
    ("under Part I of the Housing Act 1988.", "Act"),
    # a call's speakers by role
    (_CALL, "Prospect"),
    (_CALL, "AE"),
    # a table's red/amber/green status; ways of working; a unit of a firm
    (_TABLE, "Amber"),
    ("Skills: Jira, Scrum and Kanban, workshops.", "Kanban"),
    ("The Field Sales team owns the follow-up.", "Field Sales"),
    # a Spanish contract's clause heading and a law's title
    (_CONTRATO, "Fianza"),
    (_CONTRATO, "Arrendamientos Urbanos"),
    # a German noun after a fused preposition
    (_GERMAN, "Druck"),
    (_GERMAN, "Frühjahr"),
])
def test_no_person(text, value):
    assert not kept(text, value)


@pytest.mark.parametrize("text, value", [
    # a private owner keeps the name: a given name or a title opens it, or one family name alone
    ("Anna Berg's Tom joined the call.", "Anna Berg's Tom"),
    ("Mrs Okafor's Daniel starts on Monday.", "Daniel"),
    ("Kowalski's Anna called about the invoice.", "Kowalski's Anna"),
    # a pupil's essay, a friend's story: no author's work
    ("Please grade Maya Lindqvist's essay on the water cycle.", "Maya Lindqvist"),
    # our own coach, a manager at a firm: no public role
    ("Our coach Pieter Smit booked the pitch.", "Pieter Smit"),
    ("Met with Tang Wei and Li Li today.", "Li Li"),
    ("Globex Health's Priya Raman sent the report.", "Globex Health's Priya Raman"),
    ("Acme account manager Julia Reyes sent the quote.", "Julia Reyes"),
    ("Contacts\nSotaro Ito\tStark Logistics\t606 712 9305", "Sotaro Ito\tStark Logistics"),
    # a person speaking in minutes by initials, with no buyer speaking by role
    ("Actions\n- AE: circulate the budget\n- PK: confirm with legal", "AE"),
    # a person named Amber outside a status table
    ("Please welcome Amber, who joins Finance.", "Amber"),
    # a German name after a preposition that takes people
    ("Die Unterlagen gehen an Frau Berger und mit Jonas Wendt an die Kanzlei.", "Jonas Wendt"),
])
def test_person_kept(text, value):
    assert kept(text, value)
