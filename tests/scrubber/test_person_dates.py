"""Dates of birth without a birth word: a full date right beside a person's name, or after an age
(``scrubber/person_dates.py``, session 21)."""

import datetime

import pytest

from scrubber.person_dates import _old_enough, dates_beside_people
from scrubber.types import Span


def _dob(scrubber, text):
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("text, date", [
    ("Patient: Ruth Adeyemi (03/14/1962), admitted 2024-05-02", "03/14/1962"),
    ("Ruth Adeyemi, 14.03.1962, Hamburg", "14.03.1962"),
    ("aisha khan,14/07/1989,leeds", "14/07/1989"),
    ("Kids: Tom (12/05/2015) and Lily (03/09/2016)", "03/09/2016"),
    ("Ruth Adeyemi - 14 March 1962 - retired teacher", "14 March 1962"),
    ("Passenger 1: MR JOHN OKAFOR 12MAR1975", "12MAR1975"),
    ("Insured: K. Mensah, F, 1979-04-22, Accra", "1979-04-22"),
    ("Applicant Carla Ruiz | 22/04/1979 | ID pending", "22/04/1979"),
    ("Policyholder: Jane Ortiz\nAge: 41 (12/05/1983)", "12/05/1983"),
    ("aged 62, 14.03.1962, widowed", "14.03.1962"),
])
def test_a_date_beside_a_person_or_an_age_is_a_birth_date(scrubber, text, date):
    assert date in _dob(scrubber, text), scrubber.analyze(text)


@pytest.mark.parametrize("text", [
    f"Ruth Adeyemi, {datetime.date.today().year - 1}-05-02: called about the refund",  # recent: an event
    "Ruth Adeyemi 1979-04-22 14:05 login failed",  # a timestamp
    "Ruth Adeyemi joined the board on 14 March 1962.",  # words between: not the record's date
    "Ruth Adeyemi\n14/03/1962 invoice paid",  # another line
    "Invoice 14/03/1962, paid in full",  # no person, no age
    "The report is due 14/03/2030, says Ruth Adeyemi",  # not before a past year
])
def test_other_dates_are_not(scrubber, text):
    assert _dob(scrubber, text) == []


def test_a_date_inside_another_span_is_not_added_twice():
    text = "Ruth Adeyemi (14/03/1962)"
    person = Span("PERSON", 0, 12, 0.9)
    held = Span("DATE_OF_BIRTH", 14, 24, 0.85)
    assert dates_beside_people(text, [person, held]) == [person, held]
    added = dates_beside_people(text, [person])
    assert [text[s.start:s.end] for s in added[1:]] == ["14/03/1962"]


@pytest.mark.parametrize("value, old", [("14/07/1989", True), ("11/4/63", True), ("12/05/15", False),
                                        ("1899-01-01", False), ("3 tháng 5", False)])
def test_old_enough(value, old):
    assert _old_enough(value) is old


def test_a_gender_in_a_row_is_no_place(scrubber):
    text = "Insured: K. Mensah, 1979-04-22, male, Accra"
    assert "male" not in [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "LOCATION"]
