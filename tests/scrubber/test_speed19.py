"""Speed work that must not change what is found: the ASCII path of ``word_index``, ``LeadStarts`` (the
password recognizer's cue leads tried only at the words that may start one), the other-script gate of the
name cues."""

import random

import pytest
import regex

from scrubber.recognizers import _base, name_cues
from scrubber.recognizers import password_prose as pp

# Texts where a lead may start in an unusual way: any case, dotted and dotless i, the long s and the Kelvin
# sign (which a case-insensitive match takes for ASCII letters), a numeric sign or a digit glued to the word,
# an underscore, compounds, other scripts, the cue as the text's last word.
EDGE_TEXTS = [
    "the code",
    "CODE",
    "Pin",
    "my PIN is 4471",
    "PİN: 4471 and the Pin Code is 2580",
    "ſafe: 2291, \u212aod 1234, KAPI KODU 5512",
    "kapı kodu 7781 / KAPI 7781",
    "cvv2: 123, CVC 456, csc",
    "the lockbox, the lock-box, the key box, KEYSAFE 4411, key-safe",
    "²pin 4471 and ½code",
    "2code 4471 and 4pin 12",
    "my_pin 1234 and pin_code 4321",
    "Hälytyskoodi on 4471, pinkoden är 9981, Fahrradschloss-Kod 12",
    "Lås: 4471. Kłódka 1234. Zámek 7788. Schließfach: 12. Caja fuerte: 3344",
    "código de acceso 4471; combinação 12-34-56; mã số 4471",
    "TUNNUSLUKU on 4471",
    "Alarm: 4471\nGATE:2291\nto disarm: 7781",
    "nothing here at all",
    "",
    "door",
    "Door code 4471 then the front door, side gate, bike lock, Tür 12, Tor 13, portón 14, boîte à clés",
    "security number 4471, SECURITY\tNUMBER, token 881, otp, tan, nip 12, bangou, bangō",
    "cassaforte 1234 kassaskåp 5678 pengeskab 9999 dolap 1111 szafka 2222",
    "e\u0301code 4471 (a mark before the word)",
    "x\u00a0pin\u00a0code 4471",
]


def _old_word_index(text):
    by, other = {}, []
    for m in _base._RUN.finditer(text):
        w = m.group()
        if w.isascii():
            by.setdefault(w.lower(), []).append(m.start())
        else:
            other.append((m.start(), w))
    return by, other


@pytest.mark.parametrize("text", EDGE_TEXTS + ["Hello WORLD hello World", "a1b2 c_d e-f", "ABC abc Abc"])
def test_word_index_ascii_path_is_the_general_one(text):
    _base._last_words = (None, None)
    assert _base.word_index(text) == _old_word_index(text)


def _random_texts(words, n=300, seed=19):
    """Texts of the lists' words in random case, glued to random neighbours and signs."""
    rng = random.Random(seed)
    glue = [" ", " ", "  ", "\t", "-", "_", ".", ",", ":", "\n", "2", "²", "é", "'", "’", "(", "/", ""]
    fillers = ["the", "Alarm", "codes", "x", "ı", "İ", "ſ", "\u212a", "ПИН", "código", "4471", "12-34-56"]
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            w = rng.choice(words + fillers)
            w = rng.choice([w, w.upper(), w.title(), w.lower()])
            parts += [rng.choice(glue), w]
        texts.append("".join(parts[rng.randint(0, 1):]))
    return texts


_LEAD_NAMES = ["word", "code", "answered", "any code", "lock", "entry"]
_CUE_LEADS = [(name, lead, starts) for name, (lead, starts) in zip(_LEAD_NAMES, pp._LEADS, strict=True)
              if isinstance(starts, _base.LeadStarts)]


def test_the_cue_leads_are_tried_at_words():
    assert [name for name, _, _ in _CUE_LEADS] == ["answered", "any code", "lock", "entry"]


@pytest.mark.parametrize("name,lead,starts", _CUE_LEADS, ids=[n for n, _, _ in _CUE_LEADS])
def test_lead_starts_find_what_the_scan_finds(name, lead, starts):
    rx = regex.compile(lead)
    words = [*pp._CUE_PREFIXES, *pp._CUE_PARTS, *pp._ENTRY_PREFIXES, "padlock", "lockboxes", "keybox",
             "pinkod", "alarmet", "larmkod", "kilidi"]
    texts = EDGE_TEXTS + _random_texts(words)
    for text in texts:
        expected = [m.start() for m in rx.finditer(text, overlapped=True)]
        assert starts(text) == expected, text
    assert any(starts(text) for text in texts)  # (the texts do hold cues)


def test_lead_starts_when_its_memory_is_full():
    starts = _base.LeadStarts(regex.compile(pp._ANSWERED_LEAD), pp._CUE_PREFIXES, pp._CUE_PARTS)
    rx = starts.regex
    text = "Alarm code: 4471, the PIN is 2580"
    expected = [m.start() for m in rx.finditer(text, overlapped=True)]
    assert starts(text) == expected == [0, 6, 22]
    # 20,001 other words fill its memory; the next text with a new word empties it, and the words it had
    # seen before ("alarm", "code") are judged again
    many = " ".join("".join(chr(97 + (i // 26 ** k) % 26) for k in range(4)) for i in range(20_001))
    starts(many)
    assert len(starts._seen) > 20_000
    again = text + " zzzzzq"
    assert starts(again) == expected
    assert len(starts._seen) < 100


def test_lead_starts_without_a_regex_give_every_word_that_may_start():
    starts = _base.LeadStarts(None, ("lock", "lås"), ("kod",))
    text = "LOCKER: 12, the Lås 4, x pinkod 9, ²lock 5, block 7"
    assert starts(text) == [0, 16, 25, 36]  # (not "block": "lock" inside a word)


def test_number_after_a_lock_is_tried_at_its_labels():
    rec = pp.PasswordInProseRecognizer()
    plan = {p.name: (rx, starts) for p, rx, _, starts in rec._plan(rec.global_regex_flags)}
    rx, starts = plan["number after a lock"]
    assert starts is pp._LOCK_LABEL_STARTS
    words = [w for w in pp._LOCK_LABEL_STARTS._prefixes] + ["Schließfach", "Lås", "lacăt", "caja fuerte"]
    texts = EDGE_TEXTS + [f"{w}: 4471" for w in words] + [f"{w.upper()} nr 12: 4471" for w in words] \
        + _random_texts(words + [":", ": 4471", ":4471"])
    for text in texts:
        expected = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in _base.matches_at(rx, text, 0, starts(text))] == expected, text
    assert rec.analyze("Alarm: 4471", ["SECRET"])  # (and it still finds the code)
    assert rec.analyze("SCHLIESSFACH: 4471", ["SECRET"])


def test_no_ascii_character_is_of_the_other_scripts():
    assert not any(name_cues._RTL.search(chr(c)) for c in range(128))


def test_a_name_in_another_script_is_still_found_in_latin_text():
    text = "reply to зорян михайличенко about the invoice for last month, thanks"
    found = [text[s:e] for s, e, _ in name_cues.names_after_cues(text)]
    assert "зорян михайличенко" in found
