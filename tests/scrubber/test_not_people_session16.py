"""Session 16's classes of text that reads as a person and is no one (``scrubber.not_people``,
``scrubber.name_filters``): titles in quotes beside a noun of works, eponyms, public figures of computing,
placeholder names, English word names used as words in a text without case, family members called by the
word, a team's name in another language, a meeting room after the room word. Each class has a text where
the false person is no longer found, and the same frame with a real person who stays found."""

import pytest

from scrubber.name_filters import not_products
from scrubber.not_people import not_people
from scrubber.types import Span
from tests.scrubber.masking import person_covers, person_over

# (text, a value no PERSON may overlap)
NOT_PEOPLE = [
    # one quoted title with a noun of works near it (a song, a film, an episode, a book)
    ('for the road trip playlist I added "Roxanne" and then "Jolene", both songs are a must', "Roxanne"),
    ('tonight at the cinema: "Amélie" at 21:15, or we stay in', "Amélie"),
    ("in aflevering 12 van de podcast hebben we het over 'Pietje Bell'", "Pietje Bell"),
    ('le livre du mois : « Madame Bovary », on en parle jeudi', "Madame Bovary"),
    ('the last track on the album is "Mr. Jones", then the encore', "Jones"),
    # eponyms: after the name, hyphenated, before it with "of"
    ("The shuffle uses Fisher-Yates shuffle and the check is a Luhn checksum.", "Fisher-Yates"),
    ("Erklär bitte das Benford-Gesetz und das Pareto-Prinzip.", "Benford"),
    ("Explica la ley de Murphy con un ejemplo de la oficina.", "Murphy"),
    # public figures of computing and science, whole or (when unmistakable) alone
    ('# As Linus Torvalds put it: "Talk is cheap."', "Linus Torvalds"),
    ("# Luhn check only -- Knuth, TAOCP vol. 2, covers the modular arithmetic", "Knuth"),
    ("Write a short bio of Grace Hopper for the intern wiki.", "Grace Hopper"),
    # names that stand for anyone
    ('DEFAULT_USER=Jane Doe\nSUPPORT_EMAIL=support@example.com', "Jane Doe"),
    ('{"id": "usr_123", "name": "Jane Doe", "email": "jane@example.com"}', "Jane"),
    ('[kunde]\nname = "Max Mustermann"\nort = "Musterstadt"', "Max Mustermann"),
    # English word names used as words where the text shows no case
    ("I WILL NOT PAY THIS BILL TWICE. MARK MY WORDS, I AM GOING TO THE OMBUDSMAN.", "BILL"),
    ("I WILL NOT PAY THIS BILL TWICE. MARK MY WORDS, I AM GOING TO THE OMBUDSMAN.", "MARK"),
    ("me: mark it on the calendar for june\nthem: ok and the water bill came, $80", "mark"),
    ("me: mark it on the calendar for june\nthem: ok and the water bill came, $80", "bill"),
    # family members called by the word; a team of another language
    ("[18:20] ich: ja\n[18:21] Mama: und Opa will seinen Kaffee, den mit der blauen Packung", "Opa"),
    ("aggiornamento: la squadra Maestrale resta sul backend, rilascio previsto per mercoledì", "Maestrale"),
]

# (text, a person that must stay found)
PEOPLE = [
    ('Invite "Anna Schmidt", "Ben Okafor" and "Carla Ruiz" to the review.', "Ben Okafor"),
    ('Please read the notes and reply to "Maria Lopez" today.', "Maria Lopez"),
    ("Maria's test results came back this morning.", "Maria"),
    ("Murphy's test results came back this morning.", "Murphy"),
    ("Ask Dariusz Kowalczyk to review the algorithm before Friday.", "Dariusz Kowalczyk"),
    ("Patient: Linus Torvalds, DOB 1969-12-28, allergic to penicillin.", "Linus Torvalds"),
    ("Contact: Jane Doyle, jane.doyle@example.com", "Jane Doyle"),
    ('{"id": "usr_123", "name": "Jane Doyle", "email": "jane@example.com"}', "Jane Doyle"),
    ("Riunione con Giuseppe Verdi domani alle 10", "Giuseppe Verdi"),
    ("thx mark, it's fixed. tell bill it was late", "bill"),
    ("Booked by Will in the travel team; Bill signed the invoice.", "Bill"),
    ("Hallo Oma Inge, wir kommen am Samstag.", "Inge"),
    ("Please clean the room Maria booked for Friday.", "Maria"),
    ("aggiornamento: la squadra di Lorenzo Bianchi resta sul backend", "Lorenzo Bianchi"),
]


@pytest.mark.parametrize("text, value", NOT_PEOPLE)
def test_no_person_found(scrubber, text, value):
    assert not person_over(scrubber, text, value), value


@pytest.mark.parametrize("text, name", PEOPLE)
def test_person_stays_found(scrubber, text, name):
    assert person_covers(scrubber, text, name), name


def test_a_quoted_title_is_no_place_either(scrubber):
    text = 'someone also wants "Layla" and "Mr. Brightside" at karaoke'
    assert not [s for s in scrubber.analyze(text) if text[s.start:s.end].strip('"') == "Brightside"]


def _span(text: str, value: str) -> Span:
    return Span("PERSON", text.index(value), text.index(value) + len(value), 0.85)


@pytest.mark.parametrize("text, value", [
    ("A reunião passa para terça-feira, às 16:30, na sala Girassol. Vamos rever as vendas.", "Girassol"),
    ("Réunion jeudi à 10h en salle Vercors, ordre du jour ci-dessous.", "Vercors"),
])
def test_a_room_after_the_room_word_is_no_person(text, value):
    assert not_people(text, [_span(text, value)]) == []


def test_a_given_name_after_the_room_word_stays():
    text = "Please clean the room Maria booked for Friday."
    assert not_people(text, [_span(text, "Maria")]) == [_span(text, "Maria")]


@pytest.mark.parametrize("text, value", [
    ("Résume la maladie de Kahler en trois phrases.", "de Kahler"),
    ("Résume la maladie d'Alzheimer en trois phrases.", "Alzheimer"),
    ("Explain the law of Demeter to the juniors.", "Demeter"),
])
def test_an_eponym_after_its_noun_and_of_is_no_person(text, value):
    assert not_products(text, [_span(text, value)]) == []


def test_a_person_after_of_stays():
    text = "Explain the decision of Kowalczyk to the juniors."
    assert not_products(text, [_span(text, "Kowalczyk")]) == [_span(text, "Kowalczyk")]
