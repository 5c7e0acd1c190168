"""A form field that holds a person takes the name in it whatever its words (names that are English words:
Sunny, Will, Hope, Lovely), and a listed family name that is also a rare English noun stays a name
("Zainab Sheikh"); teams, firms, services and ordinary values in the same fields stay unmasked."""

import pytest

from scrubber.engine import Scrubber


def _people(scrubber: Scrubber, text: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("LOAN APPLICATION\nBorrower: Sunny Hall            SSN: 475-43-1453\n", "Sunny Hall"),
    ("Lead passenger: Ana Ruiz\nPassenger 2: Will Short\nPassenger 3: Hope Rich\n", "Will Short"),
    ("Lead passenger: Ana Ruiz\nPassenger 2: Will Short\nPassenger 3: Hope Rich\n", "Hope Rich"),
    ("NEW MATTER\nClient: Lovely Manalo   DOB: 1945-05-27\nLives at: Flat 2\n", "Lovely Manalo"),
    ("PAYROLL ADJUSTMENT REQUEST\nEmployee: King, Sunny   Emp ID E06233\n", "King, Sunny"),
    ("Co-owner: Summer Baker (lives abroad)\n", "Summer Baker"),
    ("Patientin: Hope Wagner\nMutter: Sunny Fischer, Tel. 0151 2345678\n", "Sunny Fischer"),
    ("Record A\nName: Hina Sheikh\nEmail: hina.s@example.org\n", "Hina Sheikh"),
    ("Thank you for seeing her.\n\nKind regards,\nDr Zainab Sheikh\nOrchard Surgery\n", "Zainab Sheikh"),
    ("I met Zainab Sheikh at the surgery yesterday.", "Zainab Sheikh"),
])
def test_a_person_field_takes_the_name_whatever_its_words(scrubber: Scrubber, text: str, name: str) -> None:
    assert name in _people(scrubber, text)


@pytest.mark.parametrize("text", [
    "Owner: Platform Team\nClient: Acme Holdings\nContact: Customer Service\n",
    "Patient: Chest Pain\nVendor: Office Depot\n",
    "Member: Gold Tier\nDriver: Night Shift\nCaller: Private Number\nReferee: Not Provided\n",
    "Owner: The Team\nClient: Many Thanks\n",
    "Evelyn Onboarding is the new flow for sellers.",
])
def test_teams_firms_and_ordinary_values_in_those_fields_are_no_people(scrubber: Scrubber, text: str) -> None:
    assert _people(scrubber, text) == []


def test_a_word_given_name_of_a_found_name_is_masked_again_as_written(scrubber: Scrubber) -> None:
    text = ("Borrower: Sunny Hall   SSN: 475-43-1453\nNotes from call: Sunny says the W-2 is late. "
            "It was sunny in the morning.")
    found = [(text[s.start:s.end], s.start) for s in scrubber.analyze(text) if s.type == "PERSON"]
    assert ("Sunny", text.index("Sunny says")) in found
    assert not any(value == "sunny" for value, _ in found)  # the weather word stays


def test_a_word_given_name_alone_is_not_repeated_from_nothing(scrubber: Scrubber) -> None:
    text = "Will you send the report? It will be sunny, I hope."
    assert _people(scrubber, text) == []


def test_names_of_short_words_next_to_a_word_name_are_analysed(scrubber: Scrubber) -> None:
    text = "Client: Will Short\nCC: Le Xu and Ng\nWill says hi."
    assert {"Will Short", "Will"} <= set(_people(scrubber, text))


def test_person_fields_tried_at_label_words_find_what_a_scan_finds() -> None:
    from benchmarks import corpus
    from scrubber.recognizers import name_cues as nc

    texts = corpus.prompts(30, 1000, seed=17) + [
        "Name: Sunny Hall\nCo-borrower: Will Short\nOwner/vendor: Lovely Manalo\nPASSENGER 2: Hope Rich\n",
        "İsim: x\nNAME: Ada Lovelace\nthe patient: Zofia Nowak, contact=Ama Owusu",
    ]
    for text in texts:
        starts = nc.word_starts(text, nc._person_field_words())
        assert [m.span() for m in nc.matches_at(nc._FIELD_PERSON, text, 0, starts)] \
            == [m.span() for m in nc._FIELD_PERSON.finditer(text)]


@pytest.mark.parametrize("text", [
    "Bitte priorisieren: die Stationsleitung zuerst, die Stelle in der Lohnbuchhaltung kann bis zum nächsten "
    "Quartal warten, die Geschäftsführung entscheidet am Montag.",
    "Die Priorität liegt bei der Qualitätssicherung, nicht bei der Kundenbetreuung.",
    "Frage zur Lohnbuchhaltung kann bis zum nächsten Quartal warten.",  # (the model reads a person here)
])
def test_german_abstract_nouns_are_no_people_or_places(scrubber: Scrubber, text: str) -> None:
    found = _found(scrubber, text)
    assert not any(w.endswith(("ung", "ität")) for w in found), found


def test_people_and_towns_in_german_text_stay(scrubber: Scrubber) -> None:
    text = ("Ich wohne in Kaohsiung und arbeite in der Buchhaltung. Die Sitzung leitet Frau "
            "Hornung, "
            "die Vertretung übernimmt Jana Wiesenhütter.")
    found = _found(scrubber, text)
    assert "Kaohsiung" in found and any("Hornung" in w for w in found) and "Jana Wiesenhütter" in found

def _found(scrubber: Scrubber, text: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type in ("PERSON", "LOCATION")]
