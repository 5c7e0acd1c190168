"""Fewer false LOCATIONs on prompts without personal data (fp28l, issue #19; scrubber/topics.py,
place_topics.py, recognizers/address.py, recognizers/places.py): a board's column or a product things move
to, a firm's address in a department's signature or a newsletter's footer, a firm's site first in an
address, a conference bridge's dial-in place, another language's function word at a sentence's start, a
weekday's abbreviation before a date, a firm based in a town. A private person's home town and address,
and places after a person's cue, stay. Texts written for this test."""

import pytest

from scrubber.recognizers.address import _a_things_place
from scrubber.topics import _a_dial_in_place, _never_a_place
from scrubber.types import Span
from tests.scrubber.masking import overlapping as found


@pytest.mark.parametrize("text, value", [
    # a board's column, a product: things move there
    ("[04/02/2026 09:12] Boards\nTicket OPS-4411 moved to Done\n[04/02/2026 09:40] Boards\nTicket OPS-4412 "
     "moved to Done", "Done"),
    ("Churn notes: most lost customers moved to Workday or built their own tool.", "Workday"),
    ("Churn notes: two mid-size clients moved to HubSpot last quarter.", "HubSpot"),
    # a firm's address in a department's signature or a newsletter footer
    ("Kind regards,\n\nAccounts Payable\nHollin Brook Supplies Ltd\n+44 113 496 0020\n"
     "14 Canal Wharf, Leeds LS11 5PZ\n\nThis message is confidential.", "14 Canal Wharf"),
    ("New prices for pallet storage from 1 June.\nKestrel Opslag B.V. · Havenweg 8, 3089 KL Rotterdam · "
     "+31 10 555 0199", "Havenweg 8"),
    # ... or its site named first
    ("Please confirm the slot.\nDelivery address: our goods-in dock, Unit 9, Mill Lane, Leeds LS12 6AB\n"
     "Thanks,\nFacilities", "Mill Lane"),
    # a conference bridge's dial-in line
    ("Join the call\nMeeting ID: 311 402 559 118\nDial in by phone\n+44 20 3855 0000,,123456789# United "
     "Kingdom, London\nPhone conference ID: 123 456 789#", "London"),
    # another language's function word at a sentence's start
    ("Saludos,\nCompras\n\nEste mensaje y sus anexos son confidenciales.", "Este"),
    # a firm based in a town beside a firm's site
    ("Rewrite for the intranet: our Lisbon office moves in May, and the vendor SAP is based in Walldorf.",
     "Walldorf"),
])
def test_no_persons_place(scrubber, text, value):
    assert not found(scrubber, text, value, "LOCATION")


@pytest.mark.parametrize("text, value", [
    # a private person's home town and address stay
    ("Maria lives in Leeds and wants a cheaper broadband deal.", "Leeds"),
    ("Update the CRM: address: 12 Harbour Rd, Leeds LS1 4AB, customer since 2019.", "12 Harbour Rd"),
    ("Maria has just moved to Leeds, can you draft her welcome letter?", "Leeds"),
    ("Tom moved to Harrogate last year and commutes by train.", "Harrogate"),
    # a person's signature with the firm's address: the person is named, the address stays
    ("Kind regards,\n\nJane Holloway\nHollin Brook Supplies Ltd\n+44 113 496 0020\n"
     "14 Canal Wharf, Leeds LS11 5PZ", "14 Canal Wharf"),
    # a firm's name before an address after a delivery's label
    ("Ship to:\nHollin Brook Supplies Ltd\n14 Canal Wharf, Leeds LS11 5PZ", "14 Canal Wharf"),
    # a person based in a town
    ("Our Lisbon office moves in May; Ana Ruiz is based in Porto and will stay remote.", "Porto"),
])
def test_persons_place_stays(scrubber, text, value):
    assert found(scrubber, text, value)


@pytest.mark.parametrize("value, things", [
    ("Done", True), ("Workday", True), ("ServiceNow", True),
    ("Leeds", False), ("New Brunswick", False), ("McAllen", False), ("Vadsa", False),
])
def test_things_place(value, things):
    assert _a_things_place(value) is things


def test_weekday_abbreviation_before_a_date():
    text = "Lohnbuchhaltung, Mo., 28. Jan. 2026"
    at = text.index("Mo.")
    assert _never_a_place(text, Span("LOCATION", at, at + 3, 0.85))
    text = "Kansas City, Mo. and St. Louis"
    at = text.index("Mo.")
    assert not _never_a_place(text, Span("LOCATION", at, at + 3, 0.85))


def test_dial_in_place():
    text = "+1 646 555 0100,,99887766# United States, New York"
    at = text.index("United")
    assert _a_dial_in_place(text, Span("LOCATION", at, len(text), 0.85))
    text = "Call +1 646 555 0100, she lives in New York"
    at = text.index("New York")
    assert not _a_dial_in_place(text, Span("LOCATION", at, len(text), 0.85))
