"""Session 26, small leaks and false detections the lead noticed: a form's "DATE OF BIRTH" label is no name,
an account number is no postcode, a password word in leetspeak is a label whose value is the secret."""

import pytest


def found(scrubber, text):
    return [(s.type, text[s.start:s.end]) for s in scrubber.analyze(text)]


@pytest.mark.parametrize("text", [
    "FULL NAME: JANE DOE\nDATE OF BIRTH: 12/03/1980\nPLACE OF BIRTH: LEEDS",
    "NOM : MARTIN CLAIRE\nDATE DE NAISSANCE : 04/05/1977",
])
def test_a_forms_birth_label_is_no_name(scrubber, text):
    spans = found(scrubber, text)
    assert not any(t == "PERSON" and v.split()[0] in ("DATE", "PLACE") for t, v in spans), spans
    assert any(t == "PERSON" and v in ("JANE DOE", "MARTIN CLAIRE") for t, v in spans), spans
    assert any(t == "DATE_OF_BIRTH" for t, _ in spans), spans


@pytest.mark.parametrize("text, number", [
    ("Account: 12345678  Sort code: 20-45-77", "12345678"),
    ("Acct no. 40118722 Barclays", "40118722"),
])
def test_an_account_number_is_no_postcode(scrubber, text, number):
    spans = found(scrubber, text)
    assert ("US_BANK_NUMBER", number) in spans, spans
    assert not any(t == "LOCATION" for t, _ in spans), spans


def test_a_brazilian_postcode_without_its_dash_stays_an_address(scrubber):
    spans = found(scrubber, "Endereço: Rua das Flores 12, 92174218 Porto Alegre")
    assert ("LOCATION", "Rua das Flores 12, 92174218 Porto Alegre") in spans, spans


@pytest.mark.parametrize("label", ["Passw0rd", "P4ssword", "pa55word", "PASSW0RD"])
def test_a_leetspeak_password_label_gives_its_value(scrubber, label):
    text = f"{label}: tigerlily"
    spans = found(scrubber, text)
    assert any(v == "tigerlily" for _, v in spans), spans


@pytest.mark.parametrize("text", ["version: 1.4.5", "node14: lts", "p4st_due: 3 invoices"])
def test_no_secret_in_ordinary_keys(scrubber, text):
    assert not any(t == "SECRET" for t, _ in found(scrubber, text))
