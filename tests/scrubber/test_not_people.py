"""What reads as a person and is no one (``scrubber.not_people``, session 14): each class with a
text where the false person is no longer found and one where a real person beside or inside the same words
stays found."""

import pytest

from scrubber.not_people import not_people
from scrubber.types import Span
from tests.scrubber.masking import person_over

# (text, a value no PERSON may overlap)
NOT_PEOPLE = [
    # a language's words in its own prose: labels, function words, a salutation, a sentence's first verb
    ("Converte para JSON.\n\nNome: Rui dos Santos\nMorada: Rua do Comércio, 19, apto 36\n"
     "IBAN: PT50 0002 0123 1234 5678 9015 4\nObservações: pagamento da fatura PO-82731", "Morada"),
    ("Converte para JSON.\n\nNome: Rui dos Santos\nMorada: Rua do Comércio, 19, apto 36\n"
     "IBAN: PT50 0002 0123 1234 5678 9015 4\nObservações: pagamento da fatura PO-82731", "Observações"),
    ("Schrijf een vriendelijk antwoord op deze klacht.\n\nVan: Joost van Dijk (joost.vandijk@example.nl)\n"
     "Beste klantenservice, mijn pakket is bezorgd op het verkeerde adres.", "Van"),
    ("Kündigung meines Vertrags\nSehr geehrte Damen und Herren, hiermit kündige ich fristgerecht. Bitte "
     "erstatten Sie das Guthaben auf mein Konto.", "Damen"),
    ("Kündigung meines Vertrags\nSehr geehrte Damen und Herren, hiermit kündige ich fristgerecht. Bitte "
     "erstatten Sie das Guthaben auf mein Konto.", "Sie das Guthaben"),
    ("Kannst du diese E-Mail kürzen und höflicher formulieren?\n\nHallo Frau Huang,\n\nanbei wie besprochen "
     "meine neuen Daten für die Gehaltsabrechnung.", "E-Mail"),
    ("Kannst du diese E-Mail kürzen und höflicher formulieren?\n\nHallo Frau Huang,\n\nanbei wie besprochen "
     "meine neuen Daten für die Gehaltsabrechnung.", "Daten"),
    ("Kunden bor i Örebro och vill ha en ny leverans 2025-06-03.", "vill ha"),
    # meeting rooms, code names, labels, titles, roles
    ("When: 18/09/2026 18:00\nWhere: Salle Mont-Blanc / Teams\nOrganizer: Wesley Penn", "Salle Mont-Blanc"),
    ("Prossimo incontro in Sala Tejo.", "Sala Tejo"),
    ("Team Aurora : 4 personnes, astreinte le week-end", "Team Aurora"),
    ("Agenda: pipeline, Aurora status, hiring", "Aurora"),
    ("From: Brume & Fils, Sydney\nBill to: Wojciech Wójcik\nFlat 2, 10 High Street", "Bill"),
    ("presenti: Ilaria Romano, Giulia Romano, Ing. Barbieri", "Ing"),
    ("REFERENCES\nDebashish Mukherjee, Head of Talent Acquisition, Porsche – d.m@example.com", "Head"),
    ("REFERENCES\nPrecious Mendoza, Scrum Master, Siemens – p.mendoza@example.com", "Scrum Master"),
    # brands alone, a run-away span, a month before a firm, routes between places
    ("Write a LinkedIn post on the Ferrari deal. Mention that we beat Chanel and Dyson.", "Ferrari"),
    ("Write a LinkedIn post on the Ferrari deal. Mention that we beat Chanel and Dyson.", "Dyson"),
    ("Resume esta noticia: Peugeot y Benetton anuncian una alianza en Chicago.", "Benetton anuncian"),
    ("Die Route London – Hamburg übernimmt ab Juli Lamborghini. Budget: £13,596.28.", "Juli Lamborghini"),
    ("Die Route London – Hamburg übernimmt ab Juli Lamborghini. Budget: £13,596.28.", "Route London"),
    # public figures and eponyms
    ("Give a quote by Marie Curie; is it true that Albert Einstein worked on it?", "Marie Curie"),
    ("Give a quote by Johann Sebastian Bach for the deck.", "Johann Sebastian"),
    ("That was an Einstein-level idea.", "Einstein"),
    ("Explain the Heimlich manoeuvre to a new analyst.", "Heimlich"),
    # a date's label, pronouns as a chat's speakers, titles in a list, a patient's abbreviation, a language
    ("commit 3f2a\nAuthor: Nadezda Yolanda <nadezda.yolanda@example.com>\nDate:   Fri Nov 15 19:24:43 2024",
     "Date"),
    ("Io: IT50 V079 1618 641J 06UB FCU\nJa: ok dzięki. a przelew za wakacje?", "Io"),
    ("[15:45] Utvecklare: Ja, men staging-miljön uppgraderas i kväll.", "Ja"),
    ('karaoke-night channel\nqueue so far: "Jolene", "Roxanne", "Hey Jude", "Sweet Caroline", "Valerie"',
     "Sweet Caroline"),
    ('[8/2/25 22:10] hermana: q vemos hoy? "Amélie", "Forrest Gump" o "Matilda"', "Forrest Gump"),
    ("Pt's BP was 140/90 this morning; Dr. Okafor reviewed it.", "Pt's"),
    ("Kannst du das bitte auf Deutsch übersetzen? Danke.", "Deutsch"),
    ("GET /x HTTP/1.1\nHost: redis.example.internal\nUser-Agent: curl/8.5.0\nAccept: */*", "User-Agent"),
    ("Policy no.: HX-163-237\nEmail: d.banerjee@example.de\nDate of loss: 1 Feb 2024", "Date"),
    ("Från: Jonas Eriksson <jonas@example.se>\nTill: Lidström, Inger\nÄmne: Uppsägning av hyresavtal\n\nHej,",
     "Ämne"),
]

# (text, a person that must stay found)
PEOPLE = [
    ("Tymon: Gaja, wysłałeś klientowi hasło do panelu?\nGaja: tak, ale poprosił o nowe", "Gaja"),
    ("[10/4/25 21:05] Lieve: maple8547 jajaja\n[10/4/25 21:05] Nacho: gracias Lieve!!", "Lieve"),
    ("Hej Amin,\n\nDu kallas till medarbetarsamtal på fredag.", "Amin"),
    ("Egregio Dott. Patrizio Marconi,\n\nscrivo per conto della mia assistita.", "Patrizio Marconi"),
    ("Gentile dott. Combi, le confermo l'appuntamento di domani.", "Combi"),
    ("Prenotiamo una camera per me e Chiara. Arriviamo da Trento.", "Chiara"),
    ("translate to english: 'Mein Name ist Dat, ich wohne in Zaragoza.'", "Dat"),
    ("du avril 12 : présents Colette Lacroix, Sylvie Blin et CARLIER Anouk. Colette reprend le dossier.",
     "CARLIER Anouk"),
    ("Mr Dyson called about the invoice.", "Dyson"),
    ("Paris Hilton will attend; Marco Ferrari signed the contract.", "Marco Ferrari"),
    ("Patient: Charles Darwin, DOB 1960-01-02, allergic to penicillin.", "Charles Darwin"),
    ("REFERENCES\nPrecious Mendoza, Scrum Master, Siemens – p.mendoza@example.com", "Precious Mendoza"),
    ("presenti: Ilaria Romano, Giulia Romano, Ing. Barbieri", "Barbieri"),
    ("Anne-Marie: can you check the deck?\nJean-Luc: sure, after lunch", "Anne-Marie"),
    ("Parent contact for Will: Yolanda Cárdenas. Booked by Will in the travel team.", "Will"),
    ("> Hi Lei,\n> Following up on the renewal.", "Lei"),
    ('Invite "Anna Schmidt", "Ben Okafor" and "Carla Ruiz" to the review.', "Ben Okafor"),
    ("commit 3f2a\nAuthor: Nadezda Yolanda <nadezda.yolanda@example.com>\nDate:   Fri Nov 15 19:24:43 2024",
     "Nadezda Yolanda"),
]


@pytest.mark.parametrize("text, value", NOT_PEOPLE)
def test_no_person_found(scrubber, text, value):
    assert not person_over(scrubber, text, value), value


@pytest.mark.parametrize("text, name", PEOPLE)
def test_person_stays_found(scrubber, text, name):
    start = text.index(name)
    spans = [s for s in scrubber.analyze(text) if s.type == "PERSON"]
    assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
               if text[i].isalnum()), name


def _span(text: str, value: str) -> Span:
    return Span("PERSON", text.index(value), text.index(value) + len(value), 0.85)


@pytest.mark.parametrize("text, name", [
    ("Per urgenze contattate la docente referente, prof.ssa Lamborghini, al 32490791075.", "Lamborghini"),
    ("Sorularınız için Erten Hanım'a 0 (531) 674 97 45 numaradan ulaşabilirsiniz.", "Erten"),
    ("Thanks, Mrs Dyson, for the quick reply.", "Dyson"),
])
def test_a_title_keeps_any_word_a_person(text, name):
    assert not_people(text, [_span(text, name)]) == [_span(text, name)]


def test_a_brand_alone_is_no_person():
    text = "Mention that we beat Dyson and Lamborghini last quarter."
    assert not_people(text, [_span(text, "Dyson"), _span(text, "Lamborghini")]) == []
