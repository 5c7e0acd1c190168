"""speed30: searches skipped where they cannot match, each shortcut pinned to the search it replaces or
guards (on texts written to trip it and on corpus prompts), and the recognizers' findings with the shortcuts
the same as without them."""

import random
import re as stdlib_re

import pytest

from benchmarks import corpus

# Pieces glued at random: the wedding words in their languages and cases, letters a case-insensitive match
# takes for ASCII ones ("ı", "İ", "ſ", the Kelvin sign), dotted words and handles, lists and their separators
_PIECES = [
    "wedding", "Wedding", "WEDDING", "marrıage", "MARRİAGE", "nuptıals", "ſlub", "ślub", "ŚLUB", "Ślub",
    "zaręczyny", "ZARĘCZYNY", "fiançailles", "FIANÇAILLES", "civil partnership", "civil  partnership",
    "civil\tpartnership", "Hochzeit", "hoch zeit", "engagement", "ENGAGE", "anniversary", "boda", "bodas",
    "nozze", "weſele", "\u212aids", "marriage", "matrimonio", "casamento", "noivado", "Verlobung",
    "j.smith", "J.Smith", "a.ferreira", "priya.k", "priya.kx", "x.com", "e.g.", "i.e.", "file.txt",
    "www.example.com", "np.array", "os.path", "é.àbcd", "abé.ç", "ab.c", "abc.d", "abc.d(", "abc.d.e",
    "@ana.li", "/ana.li", "$a.bcd", "-a.bcd", ".a.bcd", "_a.bcd", "1a.bcd", "ǅ.abc", "ß.abc", "abc.ß",
    "id, full_name, dob", "id,name,email", "a; b; c", "x | y | z", "one two three four, five, six",
    "_x, _y, _z", "1, 2, 3", "é, ü, ø", "a,,b", ",", ";", "|", ", ", " , ", "\t", "  ", " ", "\n", "and",
    "Name", "name", "Ana Ruiz", "ana", "e", "é", "ç", "9", "-", "/", ".", "_", "(", "İ", "ı", "ſ", "\u212a",
    "mehmet abi", "busra hanım", "ahmet bey", "ayşe hanim", "hoca hocam", "than", "thanks", "ability",
    "Bey", "abla", "ablam", "ABI", "serkan\tabi", "ZODWA NKOSI", "MARELIZE  STEENKAMP", "Name:", ": \t",
    "\r\n", "\n\n", "x" * 150, "y" * 60, "ÉLODIE ÇA", "O'NEIL MCDONALD", "ПЁТР ИВАНОВ", "A B C D E",
]


def _texts(n: int = 6000, seed: int = 30) -> list[str]:
    rnd = random.Random(seed)
    made = ["".join(rnd.choice(_PIECES) + rnd.choice(["", " ", "  ", ", ", "\n", ".", "\t"])
                    for _ in range(rnd.randint(1, 10))) for _ in range(n)]
    return made + [t.upper() for t in made[:800]] + [t.lower() for t in made[:800]] \
        + corpus.prompts(60, 1000, seed=30)


def test_couple_gate_answers_as_the_case_insensitive_search() -> None:
    """``_couple_gate`` (plain strings in the folded text) says what ``_COUPLE_GATE.search`` says."""
    from scrubber.recognizers import name_cues as nc

    for text in _texts():
        assert nc._couple_gate(text) == (nc._COUPLE_GATE.search(text) is not None), text


def test_couple_gate_letters_fold_as_the_regex_takes_them() -> None:
    """Every character the gate's (?i) takes for a letter of an event word is that letter in ``folded``,
    and no other is, but the dotless "ı" (which ``_couple_gate`` hands to the regex)."""
    from scrubber.recognizers import name_cues as nc
    from scrubber.recognizers._base import folded

    letters = sorted(set("".join(nc._EVENT_WORDS)))
    regexes = {p: stdlib_re.compile(f"(?i:{stdlib_re.escape(p)})") for p in letters}
    for code in range(0x110000):
        c = chr(code)
        related = {c.lower(), c.upper(), c.casefold(), c.upper().lower(), c.lower().upper()}
        if not any(p in r for r in related for p in letters) and c not in "ıİſ\u212a":
            continue
        for p in letters:
            taken = regexes[p].fullmatch(c) is not None
            assert taken == (folded(c) == p) or (c == "ı" and p == "i"), (hex(code), p)


def test_dotted_gate_never_skips_a_handle() -> None:
    """A text ``_DOTTED_GATE`` finds nothing in has no ``_DOTTED`` match; and it skips ordinary dots."""
    from scrubber.recognizers import name_cues as nc

    skipped = 0
    for text in _texts():
        if nc._DOTTED_GATE.search(text) is None:
            assert nc._DOTTED.search(text) is None, text
            skipped += "." in text
    assert skipped > 1000
    for text in ("e.g. the file.txt on www.example.com", "np.array and os.path", "Done.Next"):
        assert nc._DOTTED_GATE.search(text) is None
    for text in ("ping j.smith", "thanks priya.k", "a.ferreira@corp"):
        assert nc._DOTTED_GATE.search(text) is not None


def test_may_list_never_skips_a_list_of_names() -> None:
    """A line ``_may_list`` rejects has no ``_LISTED`` match; prose with commas is rejected."""
    from scrubber.recognizers import table_columns as tc

    skipped = 0
    for text in _texts():
        for line in text.split("\n"):
            if not tc._may_list(line):
                assert tc._LISTED.search(line) is None, line
                skipped += "," in line
    assert skipped > 500
    assert not tc._may_list("Hi, I would like to book a table for four, if that is still possible, thanks")
    assert tc._may_list("no header row; columns are id, full_name, dob, email")
    assert tc._may_list("x | y | z") and tc._may_list("a; b c d; e") and tc._may_list("_id,é,1x")


def test_title_words_never_skip_a_name_before_a_title() -> None:
    """A text holding none of ``_TITLE_WORDS`` (a title after a blank) has no ``_BEFORE_TITLE`` match; "than"
    and "thanks" no longer pass."""
    from scrubber.recognizers import name_cues as nc

    for text in _texts():
        if not any(t in text for t in nc._TITLE_WORDS):
            assert nc._BEFORE_TITLE.search(text) is None, text
    assert not any(t in "thanks, more than a hand" for t in nc._TITLE_WORDS)


def test_name_lines_find_what_the_scan_finds() -> None:
    """``_name_lines`` (tried at the text's start, the second line's and after a colon's line) finds what
    ``_NAME_LINE.finditer`` finds."""
    from scrubber.recognizers import name_cues as nc

    found = 0
    for text in _texts(20000, seed=32):
        want = [m.span() for m in nc._NAME_LINE.finditer(text)]
        assert [m.span() for m in nc._name_lines(text)] == want, text
        found += bool(want)
    assert found > 100


def test_dictation_gate_asks_about_passwords_first() -> None:
    """The dictation pattern's gate gives the same answer in its new order; a text not about passwords is
    not searched for a dictation's words."""
    from scrubber.recognizers import password_prose as pp

    gate = pp._LATER_GATES["password dictated piece by piece"]
    for text in _texts(3000, seed=33) + ["my password is capital A, small b, as in Bravo", "k-a-t"]:
        want = 0 if pp._DICTATION_GATE.search(text) and pp._about_passwords(text) else None
        assert gate(text) == want, text
    calls = []
    real = pp._DICTATION_GATE

    class Spy:
        def search(self, text):
            calls.append(text)
            return real.search(text)

    try:
        pp._DICTATION_GATE = Spy()
        gate = pp._held(pp._about_passwords, pp._DICTATION_GATE.search)
        assert gate("a capital A then a small b for the report") is None and not calls
    finally:
        pp._DICTATION_GATE = real


@pytest.mark.parametrize("name", ["NameCueRecognizer", "TableColumnRecognizer", "PasswordInProseRecognizer"])
def test_recognizers_find_what_they_found_without_the_shortcuts(name: str, monkeypatch) -> None:
    """With every shortcut of this session turned off (the full searches run on every text and line), the
    recognizer finds the same spans on corpus prompts and the texts above."""
    from scrubber.engine import Scrubber
    from scrubber.recognizers import name_cues as nc
    from scrubber.recognizers import table_columns as tc

    scrubber = Scrubber(pattern_process=False)
    recognizer = next(r for r in scrubber._text_recognizers if r.name == name)
    texts = corpus.prompts(150, 1000, seed=31) + _texts(600, seed=31)

    def spans() -> list:
        found = [recognizer.find(t, scrubber.supported, None) for t in texts]
        return [sorted((r.start, r.end, r.entity_type, r.score) for r in results) for results in found]

    fast = spans()
    monkeypatch.setattr(nc, "_couple_gate", lambda text: nc._COUPLE_GATE.search(text) is not None)
    monkeypatch.setattr(nc, "_DOTTED_GATE", stdlib_re.compile(r"[a-z\x80-\U0010ffff]\.[a-z\x80-\U0010ffff]"))
    monkeypatch.setattr(tc, "_may_list", lambda line: True)
    monkeypatch.setattr(nc, "_TITLE_WORDS", ("abi", "abla", "han", "bey", "hocam"))
    monkeypatch.setattr(nc, "_name_lines", lambda text: list(nc._NAME_LINE.finditer(text)))
    from scrubber.recognizers import password_prose as pp

    if name == "PasswordInProseRecognizer":  # (the gate in its old order)
        monkeypatch.setitem(recognizer._gates, "password dictated piece by piece",
                            pp._held(pp._DICTATION_GATE.search, pp._about_passwords))
    assert spans() == fast
