"""Session 27 (speed27): a pattern is gated on up to 16 strings one of which its every match holds (was 8);
the gate skips only texts where no match is possible, so the scrubber finds what it found before."""

import regex

from scrubber.recognizers._base import SpanPatternRecognizer, folded, holds_any
from scrubber.regex_literals import _MAX_STRINGS, required_literals

FRUIT = ["apple", "banana", "cherry", "damson", "elder", "fig", "grape", "guava", "kiwi", "lemon", "lime",
         "mango", "melon", "olive", "peach", "pear", "plum"]

HAND = [
    "Our new office is at 27 rue des Peupliers, 69003 Lyon, from Monday.",
    "OUR NEW OFFICE IS AT 27 RUE DES PEUPLIERS, 69003 LYON.",
    "hey, the router login is still welcome2024 lol",
    "ROUTER LOGIN IS STILL WELCOME2024",
    "Send the parcel to Calle 45 # 12-30, Chapinero, Bogotá please.",
    "the wifi password is below\nTangerine!Falls88\nthanks",
    "THE WIFI PASSWORD IS BELOW\nTANGERINE!FALLS88",
    "Flat 4B, 19 Harrow Lane, Leeds LS6 2PQ is the new address.",
    "fLaT 4b, 19 hArRoW lAnE, lEeDs",
    "Alper lives at Bağdat Caddesi No: 12, Kadıköy, İstanbul.",
    "the safe combo is 12-34-56, the padlock one 0918",
    "Co-Authored-By: Wilhelmina Strand <w.strand@example.org>\nReviewed-by: Osric Vane",
    "My recovery phrase: orbit velvet canyon lemon whisper tundra",
    "Please summarise the quarterly report in three bullet points.",
    "",
]


def test_up_to_sixteen_strings_gate_a_pattern():
    assert _MAX_STRINGS == 16
    sixteen = regex.compile(r"(?i)\b(?:" + "|".join(FRUIT[:16]) + r")\s+\d+")
    assert required_literals(sixteen) == tuple(sorted(FRUIT[:16]))
    ten = regex.compile(r"\b(?:" + "|".join(FRUIT[:10]) + r")\d+")
    assert len(required_literals(ten)) == 10
    # (seventeen cost more to look for than they spare: no gate, the pattern scans every text)
    assert required_literals(regex.compile(r"\b(?:" + "|".join(FRUIT) + r")\s+\d+")) == ()
    # (an optional part still needs nothing, however few its words)
    assert required_literals(regex.compile(r"(?:" + "|".join(FRUIT[:12]) + r")?\d{4}")) == ()


def _newly_gated(scrubber):
    for r in scrubber.analyzer.registry.recognizers:
        if isinstance(r, SpanPatternRecognizer):
            plan = r._plan(r.global_regex_flags)
            for (pattern, rx, _value, _starts), needs in zip(plan, r._needs[r.global_regex_flags]):
                if len(needs) > 8:
                    yield pattern.name, rx, needs


def test_gate_of_nine_to_sixteen_strings_never_skips_a_match(scrubber):
    gated = list(_newly_gated(scrubber))
    assert len(gated) >= 30  # (street words, password cues, commit trailers, ...)
    matched = set()
    for text in HAND:
        for name, rx, needs in gated:
            for m in rx.finditer(text):
                assert holds_any(text, needs), (name, needs, text)
                assert any(w in folded(m.group()) for w in needs), (name, needs, m.group())
                matched.add(name)
    assert len(matched) >= 5, matched


def _found(scrubber, text):
    return {(s.type, text[s.start:s.end]) for s in scrubber.analyze(text)}


def test_scrubber_finds_what_the_newly_gated_patterns_find(scrubber):
    assert ("LOCATION", "27 rue des Peupliers, 69003 Lyon") in _found(scrubber, HAND[0])
    assert ("SECRET", "welcome2024") in _found(scrubber, HAND[2])
    assert any(t == "LOCATION" and v.startswith("Calle 45 # 12-30") for t, v in _found(scrubber, HAND[4]))
    assert ("SECRET", "Tangerine!Falls88") in _found(scrubber, HAND[5])
    assert ("LOCATION", "Flat 4B, 19 Harrow Lane, Leeds LS6 2PQ") in _found(scrubber, HAND[7])
    # (and a text holding none of the strings: nothing, as before)
    assert _found(scrubber, HAND[13]) == set()
