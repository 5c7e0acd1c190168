"""False people on texts without personal data (session 20, fp20): German nouns alone in German
prose, a German article opening nouns, a firm's department alone, a page's counter, lower-case words ending
on another language's function word in cased prose, and a placeholder's name ("Jane Doe", "Joe Bloggs", "Jan
Kowalski") where the text marks an example or a sample. Each rule has look-alikes where the same word IS a
name and stays found (after a title, in an address, greeted). Texts are written for this test."""

import pytest

from scrubber.not_people import _EXAMPLE_BEFORE, _PAGE_AFTER, _article_and_nouns, not_people
from scrubber.types import Span
from tests.scrubber.masking import person_over

LEASE = ("MIETVERTRAG FÜR WOHNRAUM\n\nZwischen dem Vermieter und dem Mieter wird folgender Mietvertrag "
         "geschlossen:\n§ 1 Mieträume: Wohnung im dritten Obergeschoss, bestehend aus drei Zimmern, Küche, "
         "Bad.\n§ 2 Mietzeit: Das Mietverhältnis beginnt am ersten Mai und läuft auf unbestimmte Zeit.\n"
         "§ 3 Miete: Die Grundmiete beträgt monatlich 900 EUR zuzüglich Nebenkosten.")
NOT_PEOPLE = [
    (LEASE, "Wohnung"), (LEASE, "Nebenkosten"), (LEASE, "Mietvertrag"),
    (LEASE, "Das Mietverhältnis"),
    ("SELECT id FROM staff s JOIN units u ON u.id = s.unit_id WHERE u.name = 'Sales' AND s.active = 1;",
     "Sales"),
    ("Kontakt: Postfach 12, bitte Unterlagen beilegen und unterschreiben.\n\nStrona 1 z 1", "Strona"),
    ("Sprawdź kwoty: zaliczki na PIT 21 880,00 zł; przelewy netto 207 118,14 zł. Pokaż obliczenia krok po "
     "kroku.", "zaliczki"),
    ("SAMPLE CV – FOR ILLUSTRATION ONLY\n\nJOE BLOGGS\nMotivated graduate seeking a role in logistics.",
     "JOE BLOGGS"),
    ("Full name: [your full name]        e.g. Jane Doe\nDate of birth: [DD/MM/YYYY]", "Jane Doe"),
    ("Here is an example of a filled-in greeting:\n\"Hi Jane Doe\" – we send it from the bookings mailbox.",
     "Jane Doe"),
    ("WZÓR WYPEŁNIENIA WNIOSKU\n\nImię i nazwisko: Jan Kowalski\nAdres: ul. Polna 1", "Jan Kowalski"),
]


@pytest.mark.parametrize(("text", "value"), NOT_PEOPLE)
def test_words_and_placeholders_are_no_people(scrubber, text, value):
    assert not person_over(scrubber, text, value), value


PEOPLE = [
    # a German noun that is a titled or greeted person's name stays one
    ("Bitte schick den Vertrag an Herrn Wohnung, er unterschreibt morgen und gibt ihn zurück.", "Wohnung"),
    ("Hallo Nebenkosten, danke für die Unterlagen, wir melden uns bis Freitag bei dir.", "Nebenkosten"),
    # a German article before listed names: the person
    ("Die Anna Schulz hat gesagt, dass sie morgen nicht kommen kann und wir die Sitzung verschieben.",
     "Anna Schulz"),
    # a department's word as a surname beside a first name or a title
    ("Please ask Dana Sales about the invoice before Friday.", "Dana Sales"),
    ("Mr. Sales will call back about the invoice tomorrow.", "Sales"),
    # a page word that is a surname, not before a counter
    ("Please forward the contract to Jimmy Page before the meeting.", "Jimmy Page"),
    # a lower-case given name before a function word stays
    ("Cześć, jutro przyjdzie do nas kasia na chwilę, przygotuj proszę salę konferencyjną.", "kasia"),
    # ordinary words of German prose that the text names elsewhere after a title or in an address
    ("Bitte senden Sie die Vereinbarung bis 25. Mai 2024 an Veli Gute (vgute@example.net) zurück. Für "
     "Rückfragen erreichen Sie Herrn Gute unter der Zentrale.", "Veli Gute"),
    # a name of another language's letters in German prose ("das hat Gülşen vom helpdesk gestern …")
    ("hallo, hier aus dem einkauf. mein passwort ist abgelaufen, das hat Gülşen vom helpdesk gestern "
     "zurückgesetzt, aber ich komme nicht mehr ins system und bitte um hilfe.", "Gülşen"),
    # lower-case names before a function word in a text without case, or a listed name in a cased one
    ("transcripción de audio de whatsapp: oye ligaya soy parisa oye te paso los datos de mi prima", "parisa"),
    ("Encuentra duplicados:\nname,email,city\norlando groß,orlando.gross@example.org,Zaragoza", "orlando"),
    # a placeholder's name with no example cue is a person (third-party data labels it)
    ("Customer John Doe called about order 5521, please call him back today.", "John Doe"),
    ("Cześć, jutro przyjdzie do nas Jan Kowalski z działu kadr. Proszę przygotować salę.", "Jan Kowalski"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_look_alike_people_stay_found(scrubber, text, name):
    assert person_over(scrubber, text, name), name


def test_not_people_drops_a_german_noun_alone():
    at = LEASE.index("Nebenkosten")
    assert not_people(LEASE, [Span("PERSON", at, at + len("Nebenkosten"), 0.85)]) == []


def test_not_people_keeps_a_titled_german_noun():
    text = "Bitte schick den Vertrag an Herrn Wohnung, er unterschreibt morgen und gibt ihn zurück."
    at = text.index("Wohnung")
    span = Span("PERSON", at, at + len("Wohnung"), 0.85)
    assert not_people(text, [span]) == [span]


@pytest.mark.parametrize(("text", "found"), [
    (" 1 z 3", True), (" 2 von 10", True), (" 4 of 12", True), (" 3/7", True),
    (" 1 z", False), (" one of two", False), (" 12345 of 2", False),
])
def test_page_counter(text, found):
    assert bool(_PAGE_AFTER.match(text)) is found


@pytest.mark.parametrize(("before", "found"), [
    ("e.g. ", True), ("z. B. ", True), ("SAMPLE CV\n\n", True), ("WZÓR WNIOSKU\n\nImię: ", True),
    ("an example of a greeting: ", True), ("Customer ", False), ("resampled data for ", False),
])
def test_example_cue(before, found):
    assert bool(_EXAMPLE_BEFORE.search(before)) is found


def test_article_and_nouns():
    german = "Wir haben die Unterlagen geprüft und sind mit dem Ergebnis nicht zufrieden, bitte noch einmal."
    assert _article_and_nouns(german, ["das", "mietverhältnis"])
    assert not _article_and_nouns(german, ["die", "anna"])
    assert not _article_and_nouns("Please check the numbers and send them back today.", ["das", "vertrag"])


def test_common_real_names_that_are_placeholders_need_an_example_cue():
    from scrubber.not_people import a_placeholder
    from scrubber.types import Span

    data = '{"customer": "Jan Kowalski", "city": "Kraków"}'
    at = data.index("Jan Kowalski")
    assert not a_placeholder(data, Span("PERSON", at, at + 12, 0.85))  # a real customer in an export
    sample = 'WZÓR wypełnienia:\n{"customer": "Jan Kowalski", "city": "Kraków"}'
    at = sample.index("Jan Kowalski")
    assert a_placeholder(sample, Span("PERSON", at, at + 12, 0.85))
    doe = '{"customer": "Jane Doe", "city": "Leeds"}'
    at = doe.index("Jane Doe")
    assert a_placeholder(doe, Span("PERSON", at, at + 8, 0.85))  # a placeholder only, in data
