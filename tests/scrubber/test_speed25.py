"""speed25: the filters' searches skipped where they cannot match; each shortcut pinned to what the search it
skips would have found (the full search, on texts written to trip it), and the behaviour it serves."""

import random

from benchmarks import corpus
from scrubber.types import Span

# Pieces glued at random: contact data, court and contact words, digits of other scripts, letters that fold
# to ASCII under a case-insensitive match ("ſ", the Kelvin sign, "İ")
_PIECES = [
    "Call +44 20 7946 0958", "mail ana.b@example.org", "@", "ana@x", "x@y.z", "5551234567", "555 123 4567",
    "(555) 123-4567", "١٢٣٤٥٦٧٨٩٠١", "１２３４５６７８９", "Courts of", "courts in", "governing law:",
    "Governing Law is", "laws of", "LAW OF", "jurisdiction of", "Tribunales de", "tribunale di",
    "juzgados y tribunales de", "comarca de", "Rechtbank", "Landgericht", "amtsgericht", "foro di",
    "tribunal judiciaire de", "the", "England and Wales", "Paris", "Ph:", "PH.", "Tel.", "tel 555",
    "Mob:", "mobile", "Cell", "fax:", "e-mail:", "Email", "contact:", "WhatsApp", "whatsapp +", "12 Main St",
    "Allika 46", "Tylova 285,", "0912 Edeby 55", "Flat 3", "ſ", "\u212a", "İ", "ı", "Ph", "Te\u212a",
    "Ł", "é", "\n", ", ", " ", "\t", "-", "Springfield", "Rue X", "Bóthar", "4", "12b", ">",
]


def _texts() -> list[str]:
    rnd = random.Random(25)
    made = ["".join(rnd.choice(_PIECES) + rnd.choice(["", " ", "  ", ", ", "\n"])
                    for _ in range(rnd.randint(1, 12))) for _ in range(6000)]
    return made + [t.upper() for t in made[:1000]] + [t.lower() for t in made[:1000]] \
        + corpus.prompts(40, 1000, seed=25)


def _stretches(text: str, rnd: random.Random, n: int = 6) -> list[tuple[int, int]]:
    out = [(0, len(text))]
    for _ in range(n):
        a = rnd.randrange(len(text) + 1)
        out.append((a, rnd.randrange(a, len(text) + 1)))
    return out


def test_contact_on_line_answers_as_the_full_search() -> None:
    """``_contact_on_line`` searches the phone branch alone without an "@", nothing without a digit."""
    from scrubber import not_people as np

    rnd = random.Random(1)
    for text in _texts():
        for a, b in _stretches(text, rnd):
            assert np._contact_on_line(text, a, b) == (np._CONTACT_ON_LINE.search(text, a, b) is not None), \
                (text, a, b)
        assert np._contact_on_line(text) == (np._CONTACT_ON_LINE.search(text) is not None), text


def test_court_before_answers_as_the_full_search() -> None:
    """``_court_before`` searches only an ASCII window holding a court's word (any other window always)."""
    from scrubber import topics

    rnd = random.Random(2)
    for text in _texts():
        for _, b in _stretches(text, rnd):
            span = Span("LOCATION", b, min(len(text), b + 5), 0.8)
            want = topics._COURT_BEFORE.search(text, max(0, b - 60), b) is not None
            assert topics._court_before(text, span) == want, (text, b)


def _old_before_contact(text: str, span: Span) -> Span:
    from scrubber import addresses

    if (m := addresses._CONTACT.search(text, span.start, span.end + 12)) is None or m.start() >= span.end:
        return span
    end = span.start + len(text[span.start:m.start()].rstrip(" \t,;/|–-"))
    return Span(span.type, span.start, end, span.score) if end > span.start else span


def test_before_contact_answers_as_the_full_search() -> None:
    """``_before_contact`` searches only a stretch holding a contact label's word (not in ASCII: always)."""
    from scrubber import addresses

    rnd = random.Random(3)
    for text in _texts():
        for a, b in _stretches(text, rnd):
            span = Span("LOCATION", a, b, 0.8)
            assert addresses._before_contact(text, span) == _old_before_contact(text, span), (text, a, b)


def test_house_number_patterns_need_a_digit() -> None:
    """``_grow`` tries the street-segment and house-number patterns only on a window with a digit (or not in
    ASCII): in an ASCII window without one, neither matches."""
    from scrubber import addresses

    rnd = random.Random(4)
    for text in _texts():
        for _, b in _stretches(text, rnd):
            window = text[max(0, b - 60):b]
            if window.isascii() and not any(c.isdigit() for c in window):
                assert addresses._SEGMENT_BEFORE.search(window) is None, window
                assert addresses._NUMBER_BEFORE.search(window) is None, window


def test_public_figure_substring_test_remembered() -> None:
    from scrubber import not_people as np

    for value in ["Einstein", "Xylophonia Qwerty", "Ann", "", "Bach\nAlbert", "einstein", "Ş"]:
        assert np._in_all_figures(value) == (value in np._all_figures())
        assert np._in_all_figures(value) == (value in np._all_figures())  # (remembered)


def test_behaviour_the_shortcuts_serve(scrubber) -> None:
    """What each search decides, on texts written for it: a public figure's namesake with a phone number on
    the line stays a person, the place a contract's court sits in is no one's data, and an address stops
    before the contact field on its line."""
    def found(text: str, kind: str) -> list[str]:
        return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == kind]

    text = "Albert Einstein, 0171 234 5678, booked the room."
    assert "Albert Einstein" in " ".join(found(text, "PERSON"))
    text = "Summarise Einstein's letters on relativity for the seminar."
    assert found(text, "PERSON") == []
    text = "Clause 14: this agreement is subject to the courts of Paris."
    assert found(text, "LOCATION") == []
    text = "Ship to: 14 Rue des Lilas, 69003 Lyon Tel: 04 72 00 00 00"
    places = found(text, "LOCATION")
    assert any("Lyon" in p for p in places) and not any("Tel" in p for p in places), places
