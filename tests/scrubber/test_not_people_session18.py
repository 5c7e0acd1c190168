"""Session 18's classes of text that reads as a person (or a place) and is no one (``scrubber.not_people``,
``scrubber.name_filters``, the brand and figure lists): job titles of other languages, a language's nouns as
labels, after "Kein" or an article and an adjective, or as a place, a brand written with
its possessive, medicines' brands, a law's name, eponyms' "body", public figures, a trailer's label, and a
noun read as ``Last, First``. Each class has a text where the false detection is gone, and the same frame
with a real person who stays found."""

import pytest

from tests.scrubber.masking import covered, person_covers, person_over

# (text, a value no PERSON may overlap)
NOT_PEOPLE = [
    # job titles of other languages: a role's word, then words no name list holds
    ("Offene Stellen:\n- Sachbearbeiterin Finanzbuchhaltung, Vollzeit\n- Leitende Oberärztin Neurologie",
     "Finanzbuchhaltung"),
    ("Offene Stellen:\n- Sachbearbeiterin Finanzbuchhaltung, Vollzeit\n- Leitende Oberärztin Neurologie",
     "Oberärztin Neurologie"),
    ("Bitte die Liste prüfen:\n- Stellvertretende Pflegedienstleitung Chirurgie\n- Referentin Einkauf",
     "Pflegedienstleitung Chirurgie"),
    # a line's label before a sentence of the language; a noun after "Kein" opening a sentence
    ("Bitte als Tabelle, nicht als Liste.\nHinweis: Die Tabelle geht an den Betriebsrat.", "Hinweis"),
    ("Fasse den Bericht zusammen. Kein Fließtext, nur Stichpunkte bitte.", "Fließtext"),
    # a brand listed with its possessive, named without it or with it
    ("Suppliers:\n- Sainsbury's: hampers for the team\n- Boots: eye-test vouchers", "Sainsbury"),
    # medicines' brands, listed or in brackets beside their generic names
    ("Mention that Gaviscon is fine for heartburn but ibuprofen (Nurofen) is not.", "Gaviscon"),
    ("Mention that Gaviscon is fine for heartburn but ibuprofen (Nurofen) is not.", "Nurofen"),
    ("Second line is dabigatran (Corvatrix); first line is Velmira (apixaban).", "Corvatrix"),
    ("Second line is dabigatran (Corvatrix); first line is Velmira (apixaban).", "Velmira"),
    # a law's name in its language's words
    ("Ten en cuenta la Ley de Enjuiciamiento Civil y los plazos procesales.", "Enjuiciamiento"),
    # eponyms' "body": "Lewy body dementia"
    ("Explain Alzheimer's disease, Lewy body dementia and Huntington's disease simply.", "Lewy"),
    # public figures any reader knows
    ("Write a short bio of Frida Kahlo and Wassily Kandinsky for the museum app.", "Wassily Kandinsky"),
    ("Compare the novels of Haruki Murakami and Kazuo Ishiguro in one paragraph.", "Kazuo Ishiguro"),
    ("Summarise the career of Novak Djokovic and Steffi Graf for a quiz.", "Steffi Graf"),
]

# (text, a value no detection of any type may overlap): a place that is a word of the language, a trailer
NOT_DETECTED = [
    ("Erstelle eine Übersicht der Stellen und sortiere sie nach Abteilung. Bitte mit Spalten: Titel, "
     "Abteilung, Umfang, Priorität. Die Tabelle geht an den Betriebsrat.", "Umfang"),
    ("Die Stelle in der Küche ist besetzt, aber wir brauchen noch jemanden mit der blauen Packung.",
     "Packung"),
    ("Fix the parser\n\nCo-authored-by: dependabot[bot] <support@github.com>", "Co-authored-by"),
]

# (text, a person that must stay found)
PEOPLE = [
    ("Offene Stellen: Sachbearbeiterin Anna Becker übernimmt die Finanzbuchhaltung.", "Anna Becker"),
    ("Anna: Die Tabelle geht morgen an den Betriebsrat.", "Anna"),
    ("Ich habe gestern mit der kleinen Anna gesprochen, die Tabelle ist fertig.", "Anna"),
    ("Bitte an Frau Hornung, Protokoll der Sitzung folgt morgen.", "Hornung"),
    ("Teilnehmer: Hornung, Sabine und Weber, Klaus.", "Sabine"),
    ("oye ligaya soy parisa oye te paso los datos de mi prima", "parisa"),
    ("Rennie will send the minutes tomorrow.", "Rennie"),
    ("Patient: Steffi Graf, DOB 03/04/1971, prescribed apixaban (Eliquis).", "Steffi Graf"),
    ("Dr. Lewy reviewed the scan with Maria Lopez.", "Maria Lopez"),
    ("Ask Paul Gauguin Okafor about the ibuprofen order.", "Okafor"),
]


@pytest.mark.parametrize("text, value", NOT_PEOPLE)
def test_no_person_found(scrubber, text, value):
    assert not person_over(scrubber, text, value), value


@pytest.mark.parametrize("text, value", NOT_DETECTED)
def test_nothing_found(scrubber, text, value):
    start = text.index(value)
    assert not any(s.start < start + len(value) and start < s.end for s in scrubber.analyze(text)), value


@pytest.mark.parametrize("text, name", PEOPLE)
def test_person_stays_found(scrubber, text, name):
    assert person_covers(scrubber, text, name), name


# (text, a value some detection of any type must still cover): a place, a name before a title
COVERED = [
    ("Wir fahren morgen nach Essen und dann weiter in die Stadt, die Tabelle ist fertig.", "Essen"),
    ("Sorularınız için Alpin Hanım'a 0569 953 27 21 numarasından ulaşabilirsiniz.", "Alpin"),
]


@pytest.mark.parametrize("text, value", COVERED)
def test_still_covered(scrubber, text, value):
    assert covered(scrubber, text, value), value


# session 18, later: family names that name a public figure alone, clinical eponyms
MORE_NOT_PEOPLE = [
    ("Write a quiz about Turing, Fibonacci and Ramanujan for the maths club.", "Ramanujan"),
    ("Compare Matisse and Gauguin in two paragraphs for the gallery guide.", "Gauguin"),
    ("Explain the Apgar score, the Gleason grade and a Colles fracture for the leaflet.", "Gleason"),
    ("Explain the Apgar score, the Gleason grade and a Colles fracture for the leaflet.", "Colles"),
]
MORE_PEOPLE = [
    ("Anna Gleason score was 9 in the quiz.", "Anna Gleason"),
    ("Maria's code review is due; Tom's score was 9.", "Tom"),
    ("Patient: Nelson Mandela Okoye, DOB 02/03/1988", "Okoye"),
]


@pytest.mark.parametrize("text, value", MORE_NOT_PEOPLE)
def test_no_person_found_more(scrubber, text, value):
    assert not person_over(scrubber, text, value), value


@pytest.mark.parametrize("text, name", MORE_PEOPLE)
def test_person_stays_found_more(scrubber, text, name):
    test_person_stays_found(scrubber, text, name)
