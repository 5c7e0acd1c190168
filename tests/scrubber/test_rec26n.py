"""Names written the ways session 26 found missed: a minutes' list of people written ``Last, First`` (then
their initials in the actions), a name before its holder's job title, a name read out for a form, particles
inside a name ("Femke de Vries", "zu Dohna, Marlene", "van Dijk J."), an O' with an initial, a CV's head in
capitals over its contact block, a Japanese name set apart from its honorific, a list's name in capitals
before "dob", a numbered item's ``Last, First`` before its note. Look-alikes stay as they were. Names and
texts are written for this test."""

import pytest

from scrubber.recognizers.name_cues import dictated_names, names_after_cues, names_before_jobs
from tests.scrubber.masking import people, person_covers

MINUTES = ("Present: Brightmore, Hester (Chair), Okonjo, Adaeze, van Rooyen, Lieke, Mabuza, Thando\n"
           "Apologies: Dorian Pike\n\nActions\n- HB: circulate the budget\n"
           "- TM: confirm the renewal with legal\n")
PROTOKOLL = ("Teilnehmende: Lindiwe Zulu (Leitung), Emre Doğan, Kowalczyk, Bożena, Hannelore Fink\n"
             "Protokoll: H. Fink\n\nAufgaben\n- BK: Rückmeldung an den Lieferanten\n")

PEOPLE = [
    (MINUTES, "Mabuza, Thando"),
    (MINUTES, "TM"),
    (PROTOKOLL, "Kowalczyk, Bożena"),
    (PROTOKOLL, "BK"),
    ("### Interview — Ailsa McTavish, Finance Manager at a logistics firm", "Ailsa McTavish"),
    ("Context: henrike dahlmann, Customer Support Lead, 3 years in the team.", "henrike dahlmann"),
    ("caller: first name Kasia, that's K A S I A, surname Wróblewska, spelled W R O B", "Wróblewska"),
    ("### Interview — Lieke de Graaf, Operations Director", "Lieke de Graaf"),
    ("Rewrite for the patient: referred to O'Brien K. (physio) next week.", "O'Brien K."),
    ('{"reviewers": ["van Dijk J.", "Ana Ruiz"]}', "van Dijk J."),
    ("Actions:\n- Ola to send the revised quote to von Wedel, Henrike by Friday", "von Wedel, Henrike"),
    ("Attendees: Tomasz Nowak; zu Dohna, Marlene; Petra Kühn", "zu Dohna, Marlene"),
    ("Please tighten my CV, thanks\n\nNOMSA XABA\n7 Loop Street\nCell: 082 555 0143 | nxaba@example.org\n",
     "NOMSA XABA"),
    ("お名前：佐藤花子 様\n電話番号：090 1234 5678", "佐藤花子"),
    ("details:\n1) ZAINAB QURESHI dob 04/05/1988\n2) Omar dob 01/02/2015", "ZAINAB QURESHI"),
    ("Leave:\n1. Halvorsen, Kristoffer — 4 days\n2. Mbatha, Nokuthula — 2 days", "Mbatha, Nokuthula"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_names_are_found(scrubber, text, name):
    assert person_covers(scrubber, text, name), name


NOT_PEOPLE = [
    "Cities: Paris, Lyon, Berlin, Madrid",
    "Stack: Python, Django, Redis, Postgres",
    "Hello team, our new Product Manager starts Monday.",
    "Customer Success, Account Manager at the vendor",
    "Thanks for the update, project lead.",
    "Review this flyer\n\nSUMMER SALE\nCall 0800 123 4567 or mail shop@example.com\n",
    "Our surname policy is Strict, see the handbook.",
    "Agenda:\n1. Budget, Forecast — 10 min\n2. Sales, Marketing — Q3 plan",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_look_alikes_stay(scrubber, text):
    assert not people(scrubber, text) - {"Stack"}, people(scrubber, text)


def test_last_first_pairs_need_a_mixed_list_or_a_listed_pair():
    # every item one given name: no pair is a family name and a given name, nothing is joined
    text = "Pupils: Will, Florence, Bence, Ana"
    assert not [s for s in names_after_cues(text) if "," in text[s[0]:s[1]]]
    mixed = "Teilnehmende: Lindiwe Zulu, Kowalczyk, Bożena, Hannelore Fink"
    assert ("Kowalczyk, Bożena" in [mixed[s:e] for s, e, _ in names_after_cues(mixed)])


def test_jobs_and_dictation_need_name_words():
    assert not names_before_jobs("In the meeting, the Sales Team, Account Manager said no.")
    assert not dictated_names("first name is Table, surname Column, spelled out")
