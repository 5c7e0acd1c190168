"""Phone numbers in lists, shortlists, bookings and exports (session 18, corpus13), and parcel codes that
are no phones."""

import pytest

# (text, the phone it holds): columns separated by em/en dashes, tabs, wide gaps, pipes, bullets and commas,
# with a number of guests, years, a table or a time in the next column
IN_LISTS = [
    ("1. Kate Hill — 415.693.2218 — 5 yrs React", "415.693.2218"),
    ("2. Omar Reyes – 1-415-693-2218 – 12 yrs Go", "1-415-693-2218"),
    ("Shortlist: Priya Nair - (312) 874-2290 - 3 yrs", "(312) 874-2290"),
    ("Fri 19:30 · Ortiz · party of 4 — 415-693-2218 — 2 high chairs", "415-693-2218"),
    ("Table 12 — 415-693-2218 — Ortiz", "415-693-2218"),
    ("Ortiz party 6 — 312.874.2290 — $40 deposit", "312.874.2290"),
    ("Ortiz — (312) 874-2290 — 7 pm — 4 guests", "(312) 874-2290"),
    ("Hill, Kate; 415-693-2218 — 2019", "415-693-2218"),
    ("Kate Hill\t415-693-2218\t4\t19:30", "415-693-2218"),
    ("Omar Reyes\t1-312-874-2290\t6\t2", "1-312-874-2290"),
    ("Kate Hill    415.693.2218    4    7:30pm", "415.693.2218"),
    ("| Kate Hill | 415-693-2218 | 4 |", "415-693-2218"),
    ("• Kate Hill • 415.693.2218 • 8 yrs", "415.693.2218"),
    # a surname that is a street word before the phone is no street address
    ("Kate Hill, 415-693-2218, 4 guests", "415-693-2218"),
    ("Dana Park, 415-693-2218, 4 guests", "415-693-2218"),
    ("415-693-2218\tKate Hill\t4", "415-693-2218"),
    ("(312) 874-2290, Dana Park, 6 guests", "(312) 874-2290"),
    ("1-415-693-2218 Omar Lane", "1-415-693-2218"),
    # a CSV row goes on after the phone
    ("Maria Lopez,415.693.2218,5,2019", "415.693.2218"),
]


@pytest.mark.parametrize(("text", "phone"), IN_LISTS)
def test_phone_in_a_list_is_found_whole(scrubber, text, phone):
    found = [text[s.start : s.end] for s in scrubber.analyze(text) if s.type == "PHONE_NUMBER"]
    assert found == [phone]


# parcel tracking numbers and reference codes, dates, amounts: no phones
NOT_PHONES = [
    "tracking 1Z 818 TU9 4065 1795 08",
    "Order SO-55166-B · tracking 1Z 231 NP7 1130 5251 69 · ETA 12th · carrier UPS",
    "Your parcel 1Z 4F9 X27 0391 2264 87 is out for delivery",
    "FedEx tracking 7749 1234 5678",
    "USPS tracking 9400 1000 0000 0000 0000 00",
    "DHL Sendungsnummer: 1234 5678 90",
    "numéro de suivi 6A 1234 5678 9",
    "número de seguimiento 1234 5678 9012",
    "código de rastreamento 4512 3398 771",
    "Invoice 2024 — 4156932218",
    "12.03.2024 — 4 guests",
    "Total: 1.234.567,89 EUR, paid 12.05.2024",
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_codes_dates_and_amounts_are_no_phones(scrubber, text):
    assert [s for s in scrubber.analyze(text) if s.type == "PHONE_NUMBER"] == []


def test_an_area_code_before_a_spaced_dash_stays(scrubber):
    text = "Tel. 030 - 1234567"
    found = [text[s.start : s.end] for s in scrubber.analyze(text) if s.type == "PHONE_NUMBER"]
    assert found == ["030 - 1234567"]


@pytest.mark.parametrize(("text", "street"), [
    ("Deliver to 12 Main Street, Springfield", "12 Main Street"),
    ("Kerkstraat 12-14, 9000 Gent", "Kerkstraat 12-14"),
    ("She lives at Rose Hill 3-4-567", "Rose Hill 3-4-567"),
])
def test_house_numbers_stay_addresses(scrubber, text, street):
    assert any(s.type == "LOCATION" and street in text[s.start : s.end] for s in scrubber.analyze(text))
