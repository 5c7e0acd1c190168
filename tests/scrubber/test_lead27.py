"""Session 27, small false detections the lead noticed in pasted invites (corpus21 dev): a meeting's,
an order's or a customer's "ID" is the organisation's number, not a national id, even when its digits
happen to pass some country's check; a bare "ID" before a checked id still gives it."""

import pytest


def found(scrubber, text):
    return [(s.type, text[s.start:s.end]) for s in scrubber.analyze(text)]


@pytest.mark.parametrize("text", [
    "Join on your computer or room device\nMeeting ID: 740 328 752 777\nPasscode: see invite",
    "Conference ID: 351950373897 (dial in first)",
    "Order ID 234123412346 shipped on Monday",
])
def test_an_organisations_id_is_no_national_id(scrubber, text):
    assert not any(t == "NATIONAL_ID" for t, _ in found(scrubber, text)), found(scrubber, text)


@pytest.mark.parametrize("text, value", [
    ("ID: 234123412346", "234123412346"),
    ("Applicant ID no. 2341 2341 2346", "2341 2341 2346"),
])
def test_a_bare_id_before_a_checked_number_stays_found(scrubber, text, value):
    assert ("NATIONAL_ID", value) in found(scrubber, text), found(scrubber, text)
