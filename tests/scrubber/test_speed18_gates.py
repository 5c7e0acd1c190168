"""PasswordInProseRecognizer's patterns that scanned every text now need a string of their cue (or their
value's link) in the text first: the matches of a scan of the whole text, on texts with each cue in each case
and on texts without one."""

from benchmarks import corpus
from scrubber.recognizers._base import matches_at
from scrubber.recognizers.password_prose import PasswordInProseRecognizer

GATED = ("password on the line after its label", "number after a lock", "number after the code",
         "number right after the code", "combination", "code as it is used", "code after a lock on its line",
         "codes after codes heading")

# one case of each pattern (in several languages), and look-alikes without the pattern's cue
CASES = [
    "Password:\n    Velvet89", "wifi pw\n  Harbor7lights", "alarm: 4471", "Schließfach Nr 12: 8812",
    "Safe im Büro: 1234", "the code is 4471", "our PIN, it's 2290", "mon code 5512", "den Pincode 8821",
    "the combo is 12-34-56", "Kombination: 4/21/33", "kod do szafki 12 34 56", "lock: 11-22-33",
    "the safe opens with 4471", "Tresor öffnet mit 8812", "la caja fuerte se abre con 2210",
    "garage door, code 5521", "Alarm-Anlage PIN: 8812", "taquilla código 7781", "armadietto codice 4421",
    "Backup codes:\n1. 4471-2290\n2. 8812-5521", "iTAN-Liste: 123456 654321", "Transaktionsnummern: 881234",
    "códigos de respaldo: 88123 44123", "codici di recupero: 11223 44556", "recovery keys: ab12 cd34",
    # look-alikes: numbers without the cue the pattern needs
    "Room 4471 on floor 3", "call me at 12 34 56", "order 4471, invoice 8812", "the year 2290 and 5512",
]


def test_gated_patterns_find_what_a_scan_finds() -> None:
    rec = PasswordInProseRecognizer()
    texts = CASES + [t.upper() for t in CASES] + [t.lower() for t in CASES] + corpus.prompts(60, 1000, 17)
    plan = {pattern.name: (pattern, regex, starts) for pattern, regex, _, starts in
            rec._plan(rec.global_regex_flags)}
    found = skipped = 0
    for name in GATED:
        pattern, regex, starts = plan[name]
        assert rec._gates[name] is not None, name
        for text in texts:
            scanned = [m.span() for m in regex.finditer(text)]
            pos = rec.start_of(pattern, text)
            tried = [] if pos is None else [m.span() for m in (
                regex.finditer(text, pos) if starts is None else matches_at(regex, text, pos, starts(text)))]
            assert tried == scanned, (name, text[:60])
            found += len(scanned)
            skipped += pos is None
    assert found >= 20 and skipped > 100  # the cases match, and the gates do skip texts


def test_gated_patterns_still_report_their_values(scrubber) -> None:
    for text, value in [("the safe opens with 4471", "4471"), ("Password:\n    Velvet89", "Velvet89"),
                        ("the combo is 12-34-56", "12-34-56"), ("garage door, code 5521", "5521")]:
        spans = [text[s.start:s.end] for s in scrubber.analyze(text)]
        assert value in spans, (text, spans)
