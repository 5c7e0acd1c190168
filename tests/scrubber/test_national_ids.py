"""National and official id numbers (NATIONAL_ID): after an id word in many languages, by checked format
alone, under an id column, and look-alikes left alone.

Values here are made up for these tests (none comes from a corpus or fixture); check digits were computed.
"""

import pytest

from scrubber.recognizers.national_ids import NATIONAL_ID, NationalIdRecognizer, plausible_id


@pytest.fixture(scope="module")
def recognizer() -> NationalIdRecognizer:
    return NationalIdRecognizer()


def found(recognizer: NationalIdRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, [])
    assert all(r.entity_type == NATIONAL_ID and r.score > 0.5 for r in results)
    return [text[r.start:r.end] for r in sorted(results, key=lambda r: r.start)]


# (text, the values found, exactly)
CUED = [
    ("We hereby invite Mr Oduya, passport number 583920174, to our office.", ["583920174"]),
    ("Passport No. K4820193 (Kenya)", ["K4820193"]),
    ("passport #: 548 203 917", ["548 203 917"]),
    ("Reisepassnummer: C4F8K2L19", ["C4F8K2L19"]),
    ("Personalausweis-Nr. L01X00T47, gültig bis 2031", ["L01X00T47"]),
    ("Versicherten-Nr.: K482019375", ["K482019375"]),
    ("Steuer-ID 36 574 261 809", ["36 574 261 809"]),
    ("Sozialversicherungsnummer 65 170839 J 003", ["65 170839 J 003"]),
    ("numéro de passeport : 19FR48210", ["19FR48210"]),
    ("N° de sécurité sociale : 2 84 05 75 123 456 72", ["2 84 05 75 123 456 72"]),
    ("DNI 48213957T", ["48213957T"]),
    ("NIE: X1234567L", ["X1234567L"]),
    ("pasaporte n.º PAB482019", ["PAB482019"]),
    ("Codice fiscale: RSSMRA85T10A562S", ["RSSMRA85T10A562S"]),
    ("carta d'identità CA48201BX", ["CA48201BX"]),
    ("BSN 111222333", ["111222333"]),
    ("burgerservicenummer: 1112 22 333", ["1112 22 333"]),
    ("Utente: Rui Matos, n.º de utente 482019375", ["482019375"]),
    ("NIF: 213456788", ["213456788"]),
    ("número de contribuinte 213456788", ["213456788"]),
    ("CPF 529.982.247-25", ["529.982.247-25"]),
    ("PESEL: 87031501238", ["87031501238"]),
    ("nr dowodu osobistego ABC482019", ["ABC482019"]),
    ("personnummer 870315-1236", ["870315-1236"]),
    ("CPR-nr. 150387-1005", ["150387-1005"]),
    ("T.C. Kimlik No: 48219057668", ["48219057668"]),
    ("Kimlik numaram 4821905766", ["4821905766"]),  # no TCKN (ten digits): the word vouches
    ("Número de afiliación IMSS: 42501907929", ["42501907929"]),
    ("my ID number Q48201937 is on the fit note", ["Q48201937"]),
    ("her ID is X4820193, his is Y9301847", ["X4820193"]),
    ("Member ID: 4820193H", ["4820193H"]),
    ("National Insurance number: AB 12 34 56 C", ["AB 12 34 56 C"]),
    ("NHS number 943 476 5919", ["943 476 5919"]),
    ("SIN 046 454 286", ["046 454 286"]),
    ("TFN: 123 456 782", ["123 456 782"]),
    ("AHV-Nr. 756.9217.0769.85", ["756.9217.0769.85"]),
    ("Aadhaar 2341 2341 2346", ["2341 2341 2346"]),
    ("PAN ABCPE1234F", ["ABCPE1234F"]),
    ("driver's licence no. D4820-19375-K", ["D4820-19375-K"]),
    ("Führerschein-Nr.: B072RRE2I55", ["B072RRE2I55"]),
    ("Passport number\n548203917", ["548203917"]),
    ('{"passport_number": "X4820193", "national_id": "A48201937"}', ["X4820193", "A48201937"]),
    ("passportNumber=X4820193", ["X4820193"]),
    ("паспорт 45 12 482019", ["45 12 482019"]),
    ("身份证号码 11010519491231002X", ["11010519491231002X"]),
    ("请提供身份证号码11010519491231002X谢谢", ["11010519491231002X"]),
    ("Αριθμός ταυτότητας: ΑΒ 123456", ["ΑΒ 123456"]),
    ('{"sin": "046 454 286", "tfn": "123456782"}', ["046 454 286", "123456782"]),
    ("C.C. 1.234.567.890", ["1.234.567.890"]),
    ("RUT 12.345.678-5", ["12.345.678-5"]),
    ("ID number AB 1234567", ["AB 1234567"]),
]


@pytest.mark.parametrize(("text", "expected"), CUED)
def test_value_after_an_id_word(recognizer, text, expected):
    assert found(recognizer, text) == expected


FORMATS = [
    ("Contraente: RSSMRA85T10A562S", ["RSSMRA85T10A562S"]),  # codice fiscale
    ("rssmra85t10a562s", ["rssmra85t10a562s"]),
    ("firmado por 48213957T en Madrid", ["48213957T"]),  # DNI, check letter
    ("X1234567L", ["X1234567L"]),  # NIE
    ("kayıt 48219057668 ile", ["48219057668"]),  # TCKN, two check digits
    ("do titular 529.982.247-25", ["529.982.247-25"]),
    ("NI: AB123456C", ["AB123456C"]),
    ("ref AB 12 34 56 C", ["AB 12 34 56 C"]),
    ("284057512345672", ["284057512345672"]),  # NIR, key 97
    ("kontakt 870315-1236 imorgon", ["870315-1236"]),  # personnummer, Luhn and date
    ("150387-1005", ["150387-1005"]),  # CPR, modulus 11
    ("131052-308T", ["131052-308T"]),  # henkilötunnus
    ("85.07.30-033.28", ["85.07.30-033.28"]),  # Belgian national number
    ("756.9217.0769.85", ["756.9217.0769.85"]),  # AHV
    ("11010519491231002X", ["11010519491231002X"]),  # Chinese resident id
    ("BOXW310820HNERXN09", ["BOXW310820HNERXN09"]),  # CURP
    ("20-31245678-9", ["20-31245678-9"]),  # CUIL
    ("| Ewa Nowak | ewa@example.pl | 87031501238 |", ["87031501238"]),  # PESEL in a table row
]


@pytest.mark.parametrize(("text", "expected"), FORMATS)
def test_checked_formats_without_a_word(recognizer, text, expected):
    assert found(recognizer, text) == expected


CHECKSUM_FAILURES = [
    "Contraente: RSSMRA85T10A562T",  # codice fiscale, wrong check letter
    "firmado por 48213957A en Madrid",  # DNI, wrong letter
    "kayıt 48219057669 ile",  # TCKN
    "do titular 529.982.247-26",
    "284057512345673",  # NIR
    "kontakt 870315-1237 imorgon",  # personnummer
    "756.9217.0769.86",  # AHV
    "| Ewa Nowak | ewa@example.pl | 87031501239 |",  # PESEL
    "11010519491231002Y",
    "QQ 12 34 56 E",  # no NINO suffix
]


@pytest.mark.parametrize("text", CHECKSUM_FAILURES)
def test_failed_checks_without_a_word_are_left_alone(recognizer, text):
    assert found(recognizer, text) == []


LOOK_ALIKES = [
    "Order number 4820193751 shipped; invoice INV-2024-00482 attached.",
    "Order ID number 4820193 is late.",
    "My order number 1234567890 is late.",
    "Ticket #482019 and ticket ID TCK-48201937 are duplicates.",
    "Our VAT ID DE123456789, USt-IdNr. DE987654321, VAT number GB123456789.",
    "Company tax ID: 12-3456789 (EIN)",
    "Tax ID (EIN) 12-3456789",
    "Customer ID number 48201937, employee ID 4820193",
    "Upgrade to version 10.4.2 or 2.14.1; build 10.0.19045.2965.",
    "Call +48 600 930 713 or 020 7946 0958 or 18005550199.",
    "Due 12.03.2025, renewed 2024-11-30, period 2023-2024.",
    "Passport valid until 2031-05-17; passport photo 2024.",
    "ID card renewal fee 45,00 EUR",
    "ISBN 978-3-16-148410-0, EAN 4006381333931",
    "RFC 7231 and RFC 9110 define HTTP semantics.",
    "Compra sin 48213957 cuotas",
    "The PAN 4111111111111111 is the card's.",
    "NIF da empresa: 501234567",  # a Portuguese company's NIF
    "NIF B12345674 (Acme S.L.)",  # a Spanish company's NIF
    "Codice fiscale della società: 01234567890",
    "nie wiem, 48213957 sztuk",
    "SSN 512-44-9031",  # the SSN recognizer's
    "passport address 30107 Brian Spring",
    "run: 12345678",
    "RG-prod-48201 resource group",
    "Insurance member ID on file. Phone 279 459 4167.",
    "| ID | Name | Email |\n|---|---|---|\n| 48201 | Rui Matos | rui@example.pt |",  # a bare ID column
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_left_alone(recognizer, text):
    assert found(recognizer, text) == []


COLUMNS = [
    ("| Imię i nazwisko | Dział | PESEL |\n|---|---|---|\n| Ewa Nowak | IT | 87031501238 |\n"
     "| Jan Kowal | HR | 44051401459 |\n", ["87031501238", "44051401459"]),  # the column vouches: no check
    ("name;passport\nRui Matos;P4820193\nAna Dias;P9301847\n", ["P4820193", "P9301847"]),
    ("Name\tNIF\tCity\nRui Matos\t213456788\tPorto\n", ["213456788"]),
    ("| Name | Tax File No. |\n|---|---|\n| Jo Bloggs | 123 456 782 |\n", ["123 456 782"]),
]


@pytest.mark.parametrize(("text", "expected"), COLUMNS)
def test_id_columns(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_a_kind_named_once_finds_its_numbers(recognizer):
    """A text that says PESEL once: bare numbers passing the PESEL check are ids, others are not."""
    text = "Lista pracowników (PESEL w ostatniej linii).\nEwa Nowak, IT\n87031501238\nzamówienie 87031501239"
    assert found(recognizer, text) == ["87031501238"]


@pytest.mark.parametrize("value", ["2024", "12.03.2025", "2023-2024", "10.4.2", "45,00", "512-44-9031",
                                   "DE123456789", "1234", "0000", "ABCDEF"])
def test_values_an_id_word_cannot_vouch_for(value):
    assert not plausible_id(value)


@pytest.mark.parametrize("value", ["583920174", "K4820193", "HR482019P", "1.234.567.890", "756.9217.0769.85",
                                   "AB 12 34 56 C", "2 84 05 75 123 456 72"])
def test_values_an_id_word_vouches_for(value):
    assert plausible_id(value)


def test_no_digits_no_work(recognizer):
    assert recognizer.analyze("Passport, national ID card and driving licence, please. " * 50, []) == []


def test_end_to_end(scrubber):
    """Through the whole scrubber: the ids are NATIONAL_ID placeholders, the order number stays."""
    text = ("Please fill in the visa letter for Mr Oduya, passport number 583920174, "
            "DNI 48213957T, Codice fiscale: RSSMRA85T10A562S. Order number 4820193751 is unrelated.")
    spans = scrubber.analyze(text)
    ids = {text[s.start:s.end] for s in spans if s.type == NATIONAL_ID}
    assert {"583920174", "48213957T", "RSSMRA85T10A562S"} <= ids
    assert not any(s.start <= text.index("4820193751") < s.end for s in spans)


def test_end_to_end_bare_eleven_digits(scrubber):
    """A bare TCKN (scored low: eleven digits could be a phone's) still reaches the placeholder."""
    text = "Başvuru sahibinin numarası 48219057668, lütfen kontrol edin."
    spans = scrubber.analyze(text)
    at = text.index("48219057668")
    assert any(s.start <= at and at + 11 <= s.end for s in spans)


def test_end_to_end_table(scrubber):
    text = ("Uzupełnij brakujące kolumny.\n\n| Imię i nazwisko | E-mail | PESEL |\n|---|---|---|\n"
            "| Ewa Nowak | ewa.nowak@example.pl | 87031501238 |\n")
    spans = scrubber.analyze(text)
    at = text.index("87031501238")
    assert any(s.type == NATIONAL_ID and s.start == at and s.end == at + 11 for s in spans)
