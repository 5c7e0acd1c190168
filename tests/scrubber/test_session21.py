"""Session 21, lead's rules besides dates of birth (those are in test_person_dates.py)."""

import pytest


@pytest.mark.parametrize("text, address", [
    ("Address: 22 Baker Road, near Lloyds Bank, Leeds LS1 4AB",
     "22 Baker Road, near Lloyds Bank, Leeds LS1 4AB"),
    ("Our customer lives at 3 Church Lane, next to Tesco Express, Sheffield S10 2HT.",
     "3 Church Lane, next to Tesco Express, Sheffield S10 2HT"),
    ("Ship to 18 Market Street, opposite HSBC Bank, Manchester M1 1AA",
     "18 Market Street, opposite HSBC Bank, Manchester M1 1AA"),
])
def test_a_street_address_near_a_bank_or_shop_is_no_firm_or_brand(scrubber, text, address):
    start = text.index(address)
    assert any(s.type == "LOCATION" and s.start <= start and start + len(address) <= s.end
               for s in scrubber.analyze(text)), scrubber.analyze(text)



@pytest.mark.parametrize("text, street", [
    ("Ann lives on Maple Avenue in Dayton.", "Maple Avenue"),
    ("my aunt lives on the Old Mill Road now", "Old Mill Road"),
    ("She resides at Elm Street.", "Elm Street"),
])
def test_the_street_someone_lives_on_without_a_number(scrubber, text, street):
    start = text.index(street)
    assert any(s.start <= start and start + len(street) <= s.end for s in scrubber.analyze(text)), \
        scrubber.analyze(text)


@pytest.mark.parametrize("text", ["He lives on Netflix and pizza.",
                                  "The team moved on to Main Street deals."])
def test_no_street_without_a_street_type_or_a_living_verb(scrubber, text):
    assert [s for s in scrubber.analyze(text) if s.type == "LOCATION"] == []
