"""Speed changes of session 21 that must leave every detection as it was (issue 19).

1. ``PasswordInProseRecognizer.accept_match`` reads the pattern's group names once (the regex module builds a
   new dict at each ``Pattern.groupindex``): each branch still takes and turns down what it did.
2. Without a regex timeout (the second process, ``no_regex_timeout``), patterns are matched without the
   ``timeout`` keyword (any keyword costs the regex module a little per call); with one, it still bounds
   every match (``matches_at``, ``SpanPatternRecognizer.analyze``, the national ids' scans).

Texts and values here are made up for these tests.
"""

import pytest
import regex

from scrubber.recognizers import _base, national_ids
from scrubber.recognizers._base import matches_at
from scrubber.recognizers.national_ids import NationalIdRecognizer
from scrubber.recognizers.password_prose import PasswordInProseRecognizer


@pytest.fixture(scope="module")
def passwords() -> PasswordInProseRecognizer:
    return PasswordInProseRecognizer()


@pytest.fixture(scope="module")
def ids() -> NationalIdRecognizer:
    return NationalIdRecognizer()


def values(recognizer, text: str) -> list[str]:
    return sorted(text[r.start:r.end] for r in recognizer.analyze(text, []) if r.score > 0)


# ---- 1. accept_match's branches, both sides ---------------------------------------------------------------
TAKEN = [
    ("the door code is 2580", "2580"),  # a code after its word
    ("Licence key: QWKT-PLMZ-RXVB-NHTD for the office suite", "QWKT-PLMZ-RXVB-NHTD"),  # grouped key
    ("My password is Spring2021! please reset it", "Spring2021!"),
    ("we rotated the vault secrets, the new one is Xk9#pL2mQv7zRt", "Xk9#pL2mQv7zRt"),  # generated value
    ("the passphrase copper-lantern-river-seven unlocks it", "copper-lantern-river-seven"),
]
LEFT = [
    "the error code is 4031",  # a code, but no secret
    "The bank code is BYLADEM1",  # a bank's BIC, not its PIN
    "Licence key: XXXX-XXXX-XXXX-XXXX (fill in yours)",  # a mask
    "password=$(vault kv get -field=pw secret/db)",  # a command's output
    "the PIN must not be 1234",  # a rule about the code
]


@pytest.mark.parametrize(("text", "value"), TAKEN)
def test_accept_match_takes(passwords, text, value):
    assert value in values(passwords, text)


@pytest.mark.parametrize("text", LEFT)
def test_accept_match_turns_down(passwords, text):
    assert values(passwords, text) == []


# ---- 2. no timeout keyword without a timeout: the same matches either way ---------------------------------
PATTERN = regex.compile(r"(?i:\b(?:code|pin)\b)[ \t]*(?:is[ \t]+)?(?P<value>\d{4,6})")
TEXT = "Code 4471, then pin is 0815.\nCODE 123456 — and the PIN\tis 2580 (after a line break)"


@pytest.mark.parametrize("timeout", [None, 5.0])
def test_matches_at_finds_what_finditer_finds(monkeypatch, timeout):
    monkeypatch.setattr(_base, "_timeout", timeout)
    starts = [m.start() for m in regex.finditer(r"\b\w", TEXT)]
    assert [m.span() for m in matches_at(PATTERN, TEXT, 0, starts)] \
        == [m.span() for m in PATTERN.finditer(TEXT)] != []


SECRETS = [t for t, _ in TAKEN] + LEFT + ["the alarm keypad is 0913# tonight", "wifi: GuestNet / pw Kx8#rT2q"]


@pytest.mark.parametrize("text", SECRETS)
def test_patterns_find_the_same_with_and_without_a_timeout(passwords, monkeypatch, text):
    monkeypatch.setattr(_base, "_timeout", 5.0)
    timed = values(passwords, text)
    monkeypatch.setattr(_base, "_timeout", None)
    assert values(passwords, text) == timed


IDS = [
    ("We hereby invite Mr Oduya, passport number 583920174, to our office.", ["583920174"]),  # id word
    ("firmado por 48213957T en Madrid", ["48213957T"]),  # a format (DNI)
    ("Contraente: RSSMRA85T10A562S", ["RSSMRA85T10A562S"]),  # codice fiscale
    ("| Ewa Nowak | ewa@example.pl | 87031501238 |", ["87031501238"]),  # PESEL in a table row
    ("firmado por 48213957A en Madrid", []),  # a wrong check letter
]


@pytest.mark.parametrize(("text", "expected"), IDS)
@pytest.mark.parametrize("timeout", [None, 5.0])
def test_national_ids_the_same_with_and_without_a_timeout(ids, monkeypatch, text, expected, timeout):
    monkeypatch.setattr(_base, "_timeout", timeout)
    assert values(ids, text) == expected


# ---- ... and a timeout, when set, still bounds each match -------------------------------------------------
RUNAWAY = regex.compile(r"(?:a|aa)+b")  # backtracks without end on a long run of "a" with no "b"
LONG = "a" * 60


def test_a_timeout_still_bounds_matches_at(monkeypatch):
    monkeypatch.setattr(_base, "_timeout", 0.01)
    with pytest.raises(TimeoutError):
        list(matches_at(RUNAWAY, LONG, 0, [0]))


def test_a_timeout_still_bounds_the_national_id_scans(monkeypatch):
    monkeypatch.setattr(_base, "_timeout", 0.01)
    with pytest.raises(TimeoutError):
        list(national_ids._finditer(RUNAWAY, LONG))
    with pytest.raises(TimeoutError):
        national_ids._match_at(RUNAWAY, LONG, 0)


def test_without_a_timeout_the_scans_are_plain(monkeypatch):
    monkeypatch.setattr(_base, "_timeout", None)
    text = "xx aab ab"
    assert [m.span() for m in national_ids._finditer(RUNAWAY, text)] == [(3, 6), (7, 9)]
    assert national_ids._match_at(RUNAWAY, text, 3).span() == (3, 6)
    assert national_ids._match_at(RUNAWAY, text, 0) is None
