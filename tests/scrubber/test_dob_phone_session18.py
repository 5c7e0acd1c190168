"""Session 18: dates of birth in customer-call notes (identity checks, SIM swaps, account recovery, KYC) and
tables; phone-shaped reference numbers after their label.

Values here are made up for these tests (none comes from a corpus or fixture).
"""

import pytest


def found(scrubber, text: str, entity: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == entity]


def covered(scrubber, text: str, value: str, entity: str) -> bool:
    start = text.index(value)
    return any(s.type == entity and s.start <= start and s.end >= start + len(value)
               for s in scrubber.analyze(text))


# -- dates of birth --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, dates", [
    # the date after other numbers on the birth word's line: the answers of an identity check
    ("DOB (card ending 4821, caller gave 3 Mar 1987)", ["3 Mar 1987"]),
    ("Identity check: DOB (PIN 4821, then said March 14, 87)", ["March 14, 87"]),
    ("Security answers (PIN, date of birth): 4821, March 14, 1987", ["March 14, 1987"]),
    ("ID&V (DOB, last-4): 03/14/1987, 4821", ["03/14/1987"]),
    ("Asked caller for DOB + last 4 SSN → 03/14/1987 / 4821", ["03/14/1987"]),
    ("Verified DOB & acct PIN 4821, 3.14.1987", ["3.14.1987"]),
    ("DOB and zip given as 94107, March 14, 1987.", ["March 14, 1987"]),
    # the one on file against the one the caller gave
    ("DOB on file 3 Feb 1979 — customer said 2 Feb 1979.", ["3 Feb 1979", "2 Feb 1979"]),
    ("DOB on file 3 Feb 1979 — customer said 2 Feb.", ["3 Feb 1979", "2 Feb"]),
    ("Customer said date of birth was 14/03/1987 but our records show 14/03/1978.",
     ["14/03/1987", "14/03/1978"]),
    ("Account recovery: caller could not confirm date of birth. Gave 12/06/1990, on file 06/12/1990.",
     ["12/06/1990", "06/12/1990"]),
    ("Claimed DOB 03/14/1987 vs file DOB 03/14/1978.", ["03/14/1987", "03/14/1978"]),
    # d/o/b, a dot leader, a year cut to two digits
    ("SIM swap: D/O/B 03/14/1987 confirmed", ["03/14/1987"]),
    ("d/o/b: 14 Mar 1987", ["14 Mar 1987"]),
    ("Date of birth.........03/14/1987", ["03/14/1987"]),
    ("caller says she was born '79", ["'79"]),
    ("born '79.", ["'79"]),
    # (a quoted date stays whole: the apostrophe's two digits are its day, not a year)
    ("dob='14-Mar-1987'", ["14-Mar-1987"]),
    ("\"dob\": '14/03/1987'", ["14/03/1987"]),
    # already found before this session: kept
    ("Caller gave DOB 04/11/1987, matches file.", ["04/11/1987"]),
    ("verified d.o.b. 1979-02-03 before the SIM swap", ["1979-02-03"]),
    ("dob 4.11.87 ok", ["4.11.87"]),
    ("date of birth confirmed as 14 March 1987.", ["14 March 1987"]),
    ("KYC: UBO #1 — DOB 14/03/1987; UBO #2 — DOB 02/11/1962", ["14/03/1987", "02/11/1962"]),
    ("Name | DOB | Postcode\nJane Row | 14/03/1987 | SW1A 1AA", ["14/03/1987"]),
    ("Name;Geburtsdatum;Ort\nMüller;14.03.1987;Berlin", ["14.03.1987"]),
    ("Kunde nannte Geburtsdatum 14.03.1987, stimmt mit Akte überein.", ["14.03.1987"]),
    ("Le client a donné sa date de naissance : 14/03/1987, conforme au dossier.", ["14/03/1987"]),
    ("El cliente confirmó su fecha de nacimiento 14/03/1987.", ["14/03/1987"]),
    ("Klant gaf geboortedatum 14-03-1987 op, komt overeen.", ["14-03-1987"]),
    ("Klient podał datę urodzenia: 14 marca 1987.", ["14 marca 1987"]),
])
def test_dates_of_birth_in_call_notes(scrubber, text, dates):
    for date in dates:
        assert covered(scrubber, text, date, "DATE_OF_BIRTH"), date


@pytest.mark.parametrize("text", [
    # a date after other numbers that is recent is an event's, not a birth
    "Birthday party for 40 guests, 12/03/2025 at the office",
    "Birthday cake order 4471 for pickup 12/03/2024",
    "DOB check not needed for ticket 4471, opened 2024-05-02.",
    "Date of birth is optional on form 7B; lease signed 12/03/2019, incident 14/05/2021",
    # another line, a bare year, a version number
    "Date of birth: [DD/MM/YYYY]\nAdmission date: 12/03/2024",
    "Born in 1979, the company moved to Leeds.",
    "Date of birth field removed in release 4.2, shipped 03/14/2024",
])
def test_dates_that_are_not_births(scrubber, text):
    assert found(scrubber, text, "DATE_OF_BIRTH") == []


# -- phone numbers -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Claim no. 4471 882 190",
    "Policy 0203 555 019",
    "Ref: 07700-900123",
    "Order #415 693 2218",
    "Invoice 2024-0387-11",
    # a label further back, only lower-case words between
    "Policy number for renewal: 0203 555 019",
    "Order number is 0203 555 019",
    "Claim reference (internal): 020 7946 0958",
    # reference words of other languages, and compounds that end in -nummer
    "Polis 12-345-6789 loopt af op 1 januari.",
    "Graag een overzicht per polis: polis 12-345-6789, dekking inboedel.",
    "Het polisnummer van de klant is 12345678.",
    "Bedrijfsgegevens;\nKvK-nummer vestiging 12345678",
    "Schadenummer 12345678, dossiernummer 87654321",
    "Kundennummer 030 1234567",
    "Numéro de dossier : 01 23 45 67 89",
    "Número de póliza 912 345 678",
    "Polizza n. 06 1234 5678",
    "Sygnatura sprawy 22 123 45 67",
    # a date under a person's column of a key-value line
    "- date de la commande du client : 14/04/2024",
    "Propriétaire : 12/03/2024",
])
def test_reference_numbers_are_no_phones(scrubber, text):
    assert found(scrubber, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize("text, number", [
    ("Call me on 020 7946 0958", "020 7946 0958"),
    ("Telefoonnummer: 06-12345678", "06-12345678"),
    ("GSM-nummer: 06-12345678", "06-12345678"),
    ("Telefonnummer 030 1234567", "030 1234567"),
    ("Policy holder's mobile: 07700 900123", "07700 900123"),
    ("Claims line phone 020 7946 0958", "020 7946 0958"),
    ("Polis 12-345-6789 — bel de klant op 06-12345678.", "06-12345678"),
    ("Jane Row, +44 20 7946 0958", "+44 20 7946 0958"),
    ("Client : 020 7946 0958", "020 7946 0958"),
    # a phone word between a reference label and the number; a label in another clause
    ("Cliente: Ana Sáenz · DNI en expediente · Tel. 686 680 555 · ana@example.com", "686 680 555"),
    ("Policy no. — call us about it on 020 7946 0958", "020 7946 0958"),
    ("caller: jo king, acct holder, cb no +1 720-547-9180", "+1 720-547-9180"),
])
def test_phones_after_a_phone_word_stay(scrubber, text, number):
    assert covered(scrubber, text, number, "PHONE_NUMBER")
