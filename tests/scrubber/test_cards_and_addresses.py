import pytest

from scrubber.recognizers.credit_card import PaymentCardRecognizer, issued_prefix, luhn_ok


@pytest.fixture(scope="module")
def cards():
    return PaymentCardRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("card 2296 7149 0909 3051 ok", "2296 7149 0909 3051"),  # Mastercard 2-series
        ("pay with 4111-1111-1111-1111 now", "4111-1111-1111-1111"),
        ("4111111111111111", "4111111111111111"),
        ("amex 378282246310005", "378282246310005"),
        ("maestro 630427373398.", "630427373398"),
        ("visa19 4000000000000000006", "4000000000000000006"),
        ("order 1234567890123456", None),  # not an issued prefix, fails Luhn
        ("4111 1111 1111 1112", None),  # Luhn fails
        ("version 4.1.11111", None),
        ("2024-11-26 12:00", None),
        ("id 0000 0000 0000 0000", None),
        ("4111-1111 1111-1111", None),  # mixed separators
        ("pi is 3.1415926535897932384", None),
    ],
)
def test_card_numbers(cards, text, expected):
    found = [text[r.start:r.end] for r in cards.analyze(text, ["CREDIT_CARD"])]
    assert found == ([expected] if expected else [])


def test_luhn_and_prefixes():
    assert luhn_ok("79927398713") and not luhn_ok("79927398710")
    assert issued_prefix("2221000000000009") and not issued_prefix("2721000000000000")
    assert not issued_prefix("411111111111")  # Visa is never 12 digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She lives at 11 Botley Road now.", ["11 Botley Road"]),
        ("Augsburger Strasse 36, Berlin", ["Augsburger Strasse 36"]),
        ("86036 Rua do Arenque 1634, Goiânia", ["Rua do Arenque 1634"]),
        ("Søndergade 52", ["Søndergade 52"]),
        ("Unit 4719 Box 7394", ["Unit 4719", "Box 7394"]),
        ("Springfield, IL 62704", ["62704"]),
        ("London SW1A 1AA", ["SW1A 1AA"]),
        ("I have 3 apples and 2 pears", []),
        ("Python 3 way to do it", []),
        ("see issue 4521 in the tracker", []),
    ],
)
def test_street_addresses(text, expected):
    from scrubber.recognizers.address import StreetAddressRecognizer

    found = [text[r.start:r.end] for r in StreetAddressRecognizer().analyze(text, ["LOCATION"])]
    assert found == expected


def test_block_whose_postcode_only_matches_inside_it_does_not_fail(scrubber):
    """A place then a year at the next line's start ("NAKAMURA\n2024-03-02") reads as a block ending in a
    postcode only up to the block's end; looking past it found none and failed the whole analysis (the proxy
    would refuse the request)."""
    text = ("History:\n2024-03-01 09:12  Created by KOWALSKI\n2024-03-01 10:40  Assigned to NAKAMURA\n"
            "2024-03-02 16:05  Status changed to Resolved by Okafor\n"
            "2024-03-03 08:00  Comment from Brennan: customer confirmed fix")
    spans = scrubber.analyze(text)
    assert any(text[s.start:s.end].startswith("Okafor") for s in spans)
