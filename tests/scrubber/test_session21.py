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

