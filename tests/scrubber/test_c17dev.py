"""What corpus17's dev half showed (session 23, mine): national ids under their country's column or key name
("dni", "ppsn", "NI number", "passport_no"), and a blank form's "____@____" that is no e-mail."""

import pytest


def _found(scrubber, text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == kind]


@pytest.mark.parametrize("text, value", [
    ("emp_id,name,iban,dni,gross_eur\nE4045,Khoury Tariq,ES4390726875935642046695,48114861B,3328.00\n",
     "48114861B"),
    ("emp_id,name,ppsn,gross_eur\nE0304,Soriano Rodel,6879448E,4822.00\n"
     "E3716,Moloney Niamh,6040040O,3283.00\n",
     "6040040O"),
    ('{"patient": "Ana Ruiz", "nhs_number": "485 777 3456"}', "485 777 3456"),
    ("guest,passport_no,nationality\nLi Wei,E12345678,CN\nOmar Haddad,N0456123,JO\n", "N0456123"),
    ("Name;NI number;Start\nKate Price;QQ 12 34 56 C;2024-03-01\n", "QQ 12 34 56 C"),
    ("name | Steuer-ID | Eintritt\nJonas Beck | 12 345 678 901 | 2023\n", "12 345 678 901"),
])
def test_an_id_under_its_countrys_column_name(scrubber, text, value):
    assert value in _found(scrubber, text, "NATIONAL_ID")


@pytest.mark.parametrize("text", [
    "host,pps,errors\nedge-1,12000,3\nedge-2,9800,0\n",  # packets per second
    "order_id,name,qty\nSO-4471,Desk lamp,2\n",
    "run_id,status,duration\n48213,ok,4.2\n",
])
def test_no_id_in_other_columns(scrubber, text):
    assert _found(scrubber, text, "NATIONAL_ID") == []


def test_a_blank_forms_email_field_is_no_address(scrubber):
    text = "Phone: (____) ________   Email: ____________@__________\nSigned: ____________"
    assert _found(scrubber, text, "EMAIL_ADDRESS") == []
    assert _found(scrubber, "Email: tom.reed@example.org", "EMAIL_ADDRESS") == ["tom.reed@example.org"]


def _places(scrubber, text: str) -> list[str]:
    return _found(scrubber, text, "LOCATION")


@pytest.mark.parametrize("text, address", [
    # an Irish county after "Co." and the Eircode after it
    ("I live at 44 Sallybrook Lane, Ballincollig, Co. Cork, P31 D7A9 with my two kids.",
     "44 Sallybrook Lane, Ballincollig, Co. Cork, P31 D7A9"),
    # Dublin's postal district before the Eircode
    ("Please send it to Apartment 8, 84 Castle View, Rathmines, Dublin 6, D06 A3E4 by Friday.",
     "Apartment 8, 84 Castle View, Rathmines, Dublin 6, D06 A3E4"),
    # parts of one address between middle dots, as a form's one-line summary writes them
    ("Home: 64 Ogunlana Drive · Independence Layout, Enugu · Nigeria",
     "64 Ogunlana Drive · Independence Layout, Enugu · Nigeria"),
    # an Irish-language street word
    ("I live at 227 Bóthar an Phiarsaigh, Sligo.", "227 Bóthar an Phiarsaigh, Sligo"),
])
def test_irish_and_dotted_addresses_whole(scrubber, text, address):
    assert address in _places(scrubber, text)


def test_a_street_abbreviation_before_a_sentence_does_not_take_its_first_word(scrubber):
    text = "We met at 12 Main St. Tom arrived later with the keys."
    assert all("Tom" not in p for p in _places(scrubber, text))


def _people(scrubber, text: str) -> list[str]:
    return _found(scrubber, text, "PERSON")


def test_a_forms_fields_on_one_line_each_hold_their_own_name(scrubber):
    text = ("PUPIL ENROLMENT FORM\nSURNAME: MOLONEY          FORENAME(S): RÓISÍN\n"
            "DATE OF BIRTH: 04 FEB 2019       SEX: F\n")
    people = _people(scrubber, text)
    assert "MOLONEY" in people and "RÓISÍN" in people
    assert not any("FORENAME" in p for p in people)


def test_a_blank_forms_next_label_is_no_name(scrubber):
    text = "Full name: ______________________   Date of birth: __ / __ / ____\nSigned: ________"
    assert _people(scrubber, text) == []
    assert _people(scrubber, "Full name: ______ Jianguo Wu") == ["Jianguo Wu"]


def test_a_log_users_name_ends_before_the_next_key(scrubber):
    people = _people(scrubber, "user=jdoe uid=1000 gid=1000 shell=/bin/bash")
    assert people == ["jdoe"]


def test_a_date_entered_when_asked_is_no_code(scrubber):
    assert _found(scrubber, "Enter 2024-01-15 when asked for the start date.", "SECRET") == []
    assert _found(scrubber, "Got the SMS: 448 120, enter it now", "SECRET") == ["448 120"]


def test_a_name_before_a_forms_next_field_is_no_products(scrubber):
    people = _people(scrubber, "Surname: Okafor    First name: Chidinma    Middle name: Ada")
    assert people == ["Okafor", "Chidinma", "Ada"]
    assert _people(scrubber, "We moved the Evelyn Onboarding flow to the new portal.") == []


@pytest.mark.parametrize("text, name", [
    ("hey can someone ring me back today plz\n- adebola", "adebola"),
    ("the parcel never came, can u check?? thanks!! - trevor", "trevor"),
    ("my number is 0113 612 9471\n- chukwuemeka\n", "chukwuemeka"),
])
def test_a_lower_case_name_signed_after_a_dash(scrubber, text, name):
    assert name in _people(scrubber, text)


@pytest.mark.parametrize("text", [
    "Shopping list:\n- milk\n- bread",
    "todo:\n- fix the login bug\n- done",
    "Release notes:\n- faster sync\n- bug fixes",
])
def test_a_lists_last_item_is_no_signature(scrubber, text):
    assert _people(scrubber, text) == []
