"""Speed work of session 22: rewrites that must find exactly what the patterns they replace found."""

import regex as re

from scrubber.recognizers import date_of_birth as dob
from scrubber.recognizers.date_of_birth import by_first_letter


def _old_months() -> re.Pattern:
    """The month alternation as it was written before ``by_first_letter``: every name in turn."""
    return re.compile(r"(?i:(?:(?:كانون|تشرين)[ \t]+(?:الثاني|الأول|الاول)|"
                      + "|".join(re.escape(w).replace(r"\.", r"\. ?")
                                 for w in sorted(dob._ALL_MONTHS, key=lambda w: (-len(w), w))) + r")\.?)")


def test_by_first_letter_groups_words_and_keeps_their_order():
    assert by_first_letter(["march", "mar", "may", "june", "jun"]) == "j(?:une|un)|m(?:arch|ar|ay)"
    rx = re.compile(f"(?i:{by_first_letter(['march', 'mar', 'may'])})")
    assert rx.match("March 3").group() == "March"  # the longer name first, as in the plain alternation
    assert rx.match("Mar 3").group() == "Mar"
    assert rx.match("Monday") is None


def test_month_names_match_as_before_in_any_case():
    new = re.compile(f"(?i:{dob._MONTH_X})")
    old = _old_months()
    words = sorted(dob._ALL_MONTHS)
    text = " ".join([*words, *(w.upper() for w in words), *(w.title() for w in words),
                     "ม. ค.", "كانون الثاني", "Sept.", "the 3rd of MAY", "mayor", "Marchetti", "İ", "ſept"])
    for i in range(len(text)):
        a, b = old.match(text, i), new.match(text, i)
        assert (a and a.span()) == (b and b.span()), text[i:i + 20]


def test_no_text_character_matches_two_first_letters():
    """``by_first_letter`` is exact only while no character matches two of the names' first letters."""
    firsts = sorted({w[0] for w in dob._ALL_MONTHS})
    chars = {c for f in firsts for c in (f, f.upper(), f.title(), f.casefold())} | {"İ", "ı", "ſ", "\u212a"}
    for c in chars:
        assert sum(re.fullmatch(f"(?i:{re.escape(f)})", c) is not None for f in firsts) <= 1, c


def test_gap_after_the_birth_word_finds_the_same_dates():
    r = dob.DateOfBirthRecognizer()
    found = {t: [(x.start, x.end) for x in r.analyze(t, ["DATE_OF_BIRTH"])] for t in (
        "DOB: 14/03/1987", "Date of Birth:\n\n14/03/1987", "born in Bilbao on 3 May 1980",
        "date of birth (dd/mm/yyyy)\n  03/14/1987", "dateOfBirth = 1987-03-14")}
    assert found == {
        "DOB: 14/03/1987": [(5, 15)],
        "Date of Birth:\n\n14/03/1987": [(16, 26)],
        "born in Bilbao on 3 May 1980": [(18, 28)],
        "date of birth (dd/mm/yyyy)\n  03/14/1987": [(29, 39)],
        "dateOfBirth = 1987-03-14": [(14, 24)],
    }
    # (not a date 60 characters on, nor one two lines down)
    assert r.analyze("born " + "x" * 60 + " 14/03/1987", ["DATE_OF_BIRTH"]) == []
    assert r.analyze("born\nin the city\n14/03/1987", ["DATE_OF_BIRTH"]) == []


def test_latin_month_names_as_before():
    """``_MONTH`` (the months other recognizers read: "born 3 March 1975 in Kilkeel") matches as before."""
    new = re.compile(f"(?i:{dob._MONTH})")
    old = re.compile("(?i:(?:" + "|".join(sorted(dob.MONTH_NAMES, key=lambda w: (-len(w), w))) + r")\.?)")
    words = sorted(dob.MONTH_NAMES)
    text = " ".join([*words, *(w.upper() for w in words), *(w.title() for w in words), "Sept. 3", "MAYO"])
    for i in range(len(text)):
        a, b = old.match(text, i), new.match(text, i)
        assert (a and a.span()) == (b and b.span()), text[i:i + 20]
