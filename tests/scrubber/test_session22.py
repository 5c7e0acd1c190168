"""Session 22, mine: a one-time code before its use, with its sender's letter or two words before "code"
("G-482913 is your Google verification code"); numbers before "is your" that are no code stay."""

import pytest


def _secrets(scrubber, text: str) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "SECRET"]


@pytest.mark.parametrize("text, code", [
    ("G-482913 is your Google verification code.", "G-482913"),
    ("Forward me the SMS: 219 884 is your Uber sign-in code", "219 884"),
    ("482913 is your Instagram code. Don't share it.", "482913"),
])
def test_a_one_time_code_before_its_use(scrubber, text, code):
    assert code in _secrets(scrubber, text)


@pytest.mark.parametrize("text", [
    "In 2024 is your best year",
    "Port 8080 is your default web server port",
    "Room 4412 is your hotel room",
    "Order 2291-3344 is your order number",
])
def test_a_number_before_is_your_that_is_no_code(scrubber, text):
    assert _secrets(scrubber, text) == []
