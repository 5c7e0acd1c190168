"""Phone, SSN, date-of-birth and address formats (issue #19) through the whole scrubber, from
``benchmarks.format_battery`` (libphonenumber's numbers for every region, each locale's date formats, each
country's postal format): the catch rate of every format family must stay at or above its floor, and the
look-alikes must come through untouched.

Caught means every letter and digit of the value is covered (a ``+1``, an ``ext. 204`` or a postcode left in
the clear is a leak). Only the tuning half is used here; the held-out half is for
``benchmarks.scrub_quality``.
"""

from collections import defaultdict

import pytest

from benchmarks import format_battery

# Floors per family (raise them as recall improves; never lower one to let a change through).
FLOORS = {
    "phone international": 0.99,
    "phone national, phone cue": 0.97,
    "phone national, no cue": 0.9,
    "phone US everyday, phone cue": 0.99,
    "phone US everyday, no cue": 0.85,  # a bare 10-digit number without a phone word stays an id
    "phone with extension": 0.95,
    "SSN dashed": 1.0,
    "SSN dashed, no cue": 1.0,
    "SSN spaced, cue": 1.0,
    "SSN no separator, cue": 1.0,
    "SSN dotted, cue": 1.0,
}
DEFAULT_FLOOR = 0.95  # dates of birth in every language, addresses of every country
PER_FAMILY = 40  # records per family, spread over the family (keeps the test near ten seconds)


def _sample() -> dict[str, list[dict]]:
    by_family: dict[str, list[dict]] = defaultdict(list)
    for record in format_battery.generate("tuning"):
        by_family[record["meta"]["family"]].append(record)
    return {f: rs[:: max(1, len(rs) // PER_FAMILY)][:PER_FAMILY] for f, rs in by_family.items()}


SAMPLE = _sample()


@pytest.mark.parametrize("family", sorted(f for f in SAMPLE if f != "look-alike"))
def test_catch_rate_per_format_family(scrubber, family):
    records = SAMPLE[family]
    rates, misses = format_battery.score(records, scrubber.analyze)
    caught, total = rates[family]
    floor = FLOORS.get(family, DEFAULT_FLOOR)
    assert caught / total >= floor, f"{family}: {caught}/{total} < {floor}; e.g. {[t for _, t in misses[:3]]}"


def test_battery_look_alikes_are_left_alone(scrubber):
    rates, misses = format_battery.score(SAMPLE["look-alike"], scrubber.analyze)
    assert not misses


@pytest.mark.parametrize("text", [
    "Order 4471902386 shipped on 2024-06-11.",
    "Invoice INV-2024-00917 totals $1,249.00, due 2024-07-01.",
    "Version 2.14.3 replaces 2.13.9; build 20240611.2 is the release candidate.",
    "Logged at 2024-06-11T14:03:27.418Z by the cron job.",
    "request id 3f2b8c1e-7a4d-4e9b-9c2f-1d5e6a7b8c9d",
    "The meeting moved to 11/04/2024 at 10:30.",
    "Deadline: 23 March 2025. Release 1.26.4 ships on 02.11.2025.",
    "Price EUR 1.249,00 incl. VAT, item 30130-010 in stock.",
    "Tracking 1Z999AA10123456784, weight 2.4 kg.",
    "Listening on port 8080, pid 44123.",
    "Between 2019 and 2023 revenue grew by 12 percent.",
    "Step 3 of 5: run pytest -k 12 and wait 30 seconds.",
    "Backups ran at 10:30:41 and 12:15:07; connect to db.internal:5432 or cache:6379.",
    "The newborn unit reopened on 12/03/2024; option b. 2024-01-02 was rejected.",
])
def test_look_alikes_without_a_cue_stay(scrubber, text):
    assert scrubber.analyze(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Call +1.201.555.0123 Ext. 4509 (office hours only)", "+1.201.555.0123 Ext. 4509"),
    ("Tel. +44 (0)20 7946 0958", "+44 (0)20 7946 0958"),
    ("Appelez-moi au 06.71.45.32.18 demain.", "06.71.45.32.18"),
    ("Rufen Sie mich bitte unter 0664-129543 an.", "0664-129543"),
    ("Try 07400 123456 tomorrow morning.", "07400 123456"),
    ("Social security number\n219099999", "219099999"),
    ("SS# 219 09 9999", "219 09 9999"),
    ("Er wurde am 24.12.1990 geboren.", "24.12.1990"),
    ("Nato il 4 dicembre 1994 a Torino.", "4 dicembre 1994"),
    ("Date de naissance : 10 juil. 1967", "10 juil. 1967"),
    ("Geboren op 2 mrt 1980 in Utrecht.", "2 mrt 1980"),
    ("DOB: Friday, March 23, 1979", "Friday, March 23, 1979"),
    ("Address: Bahnhofstraße 75\n79098 Freiburg im Breisgau", "Bahnhofstraße 75\n79098 Freiburg im Breisgau"),
    ("Ship to Rua São Bento, 76, apto 30 - Centro, Curitiba - PR, 80010-000",
     "Rua São Bento, 76, apto 30 - Centro, Curitiba - PR, 80010-000"),
    ("Address: No. 145, 2nd Main Road\nT. Nagar\nChennai - 600017",
     "No. 145, 2nd Main Road\nT. Nagar\nChennai - 600017"),
    ("Please send the parcel to:\nCorso Vittorio Emanuele II 175, 20122 Milano MI",
     "Corso Vittorio Emanuele II 175, 20122 Milano MI"),
    ("Ship to 129 Jasper Ave, Toronto, ON M5V 2T6.", "129 Jasper Ave, Toronto, ON M5V 2T6"),
    ("Address: Bâtiment A, appartement 17\n244 rue de la République\n33000 Bordeaux",
     "Bâtiment A, appartement 17\n244 rue de la République\n33000 Bordeaux"),
    ("Ship to 1/132 Victoria Parade, Brisbane QLD 4000", "1/132 Victoria Parade, Brisbane QLD 4000"),
    # records and code: keys written with "_" or in camelCase
    ('{"date_of_birth": "1979-03-23", "customer_ssn": "219099999"}', "1979-03-23"),
    ('{"date_of_birth": "1979-03-23", "customer_ssn": "219099999"}', "219099999"),
    ('{"dateOfBirth": "23/03/1979", "home_phone": "4155550100"}', "23/03/1979"),
    ('{"dateOfBirth": "23/03/1979", "home_phone": "4155550100"}', "4155550100"),
    ("Reach me at tel:+14155550100 any time.", "+14155550100"),
    ("Try 02074960482 or (020)74960083 after lunch.", "02074960482"),
    ("Try 02074960482 or (020)74960083 after lunch.", "(020)74960083"),
    ("She was born in March 1979 in Leeds.", "March 1979"),
    ("Marie Curie (b. 7 November 1867) was a physicist.", "7 November 1867"),
    ("Patient DOB:23Mar1985, allergies none", "23Mar1985"),  # glued day, month and year
    ("Ship to 89 Gilgunn Street T92 YRFD Kilkenny", "89 Gilgunn Street T92 YRFD Kilkenny"),
    ("Largo de Almeida, 31\n9100-772 Seia", "Largo de Almeida, 31\n9100-772 Seia"),
    ("Andjela-Schuster-Platz 83\n7791 Bad Vöslau", "Andjela-Schuster-Platz 83\n7791 Bad Vöslau"),
    ("avenue Evéquoz 49\n1950 Sion", "avenue Evéquoz 49\n1950 Sion"),
    ("Annehof 470\n9746FT\nKlazienaveen", "Annehof 470\n9746FT\nKlazienaveen"),
    ("39075 Garza Flat\nLake Kelly, AB T9L 2S5", "39075 Garza Flat\nLake Kelly, AB T9L 2S5"),
    ("BP 123, 69001 Lyon Cedex 01", "BP 123, 69001 Lyon Cedex 01"),
    ("350 Fifth Avenue, 34th Floor, New York, NY 10118", "350 Fifth Avenue, 34th Floor, New York, NY 10118"),
    # a postcode line takes in the lines before it when one holds a house number
    ("Entrega:\nQuadra de Machado, 393\nVista Do Sol\n92174-218 Peixoto / MG\nObrigado.",
     "Quadra de Machado, 393\nVista Do Sol\n92174-218 Peixoto / MG"),
    ("Ship to 34/70, Shankar Nagar, Vellore-632001", "34/70, Shankar Nagar, Vellore-632001"),
    ("Post it to 975/049 Erika Glade\nKyleshire, ACT, 2626", "975/049 Erika Glade\nKyleshire, ACT, 2626"),
    ("I once lived in 12 Rue Haute\nBÉZIERS\nFrance 34500. I now live in Tartu.", "12 Rue Haute\nBÉZIERS"),
])
def test_formats_from_the_issue_are_covered_whole(scrubber, text, value):
    start = text.index(value)
    spans = [(s.start, s.end) for s in scrubber.analyze(text)]
    assert not format_battery.leaked(text, start, start + len(value), spans)


def test_a_sign_off_after_an_address_is_not_part_of_it(scrubber):
    text = "The event is at 45 Queen Street.\nKind regards, Tom"
    assert all("regards" not in text[s.start : s.end] for s in scrubber.analyze(text))
