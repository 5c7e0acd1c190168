"""The literal gate of SpanPatternRecognizer (scrubber/regex_literals.py): a pattern is skipped only when no
match is possible."""

import importlib

import pytest
import regex

from scrubber.recognizers._base import SpanPatternRecognizer, folded, holds_any
from scrubber.regex_literals import required_literals

CORPORA = ["corpus10", "corpus12", "corpus14", "corpus16", "corpus18", "corpus19", "corpus20",
           "secrets_corpus4", "secrets_corpus6", "secrets_corpus8", "secrets_corpus9", "secrets_corpus10"]

HAND = [
    "my openai key is sk-proj-Qw3rTy7uIoP9aSdF1gHjK2lZxCvBnM and the anthropic one sk-ant-api03-Zx9Yw8Vu7Ts6",
    "SK-ANT-API03-ZX9YW8VU7TS6RQ5PO4NM3LK2JI1HG",
    "ſk-ant-api03-zx9yw8vu7ts6rq5po4nm3lk2ji1hg and \u212aey=9f8e7d6c5b4a3f2e1d0c",
    "İNCOMİNG: postgres://admin:Tr0ub4dor&3@db.internal:5432/app",
    "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYXJ0YSJ9.c2lnbmF0dXJlLXZhbHVlLWhlcmU",
    "export AWS_ACCESS_KEY_ID=AKIAQWERTYUIOPASDFGH\n"
    "export GITHUB_TOKEN=ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
    "The wifi password is maple-Orchard-42 and the door code is 7719#, safe combo 12-34-56.",
    "Ship it to 1480 Birchwood Avenue, Apt 5C, Lakeview, OR 97630, attn Dorothea Quill.",
    "Hi Marguerite, dear Tobias — meet me at Rue des Lilas 14, 75020 Paris.",
    "SSN 512-44-9087, social security no: 498 22 1176",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1x2y3z\n-----END RSA PRIVATE KEY-----",
    "xoxb-2841902-9918273-aBcDeFgHiJkLmNoPqRsTuVwX and https://hooks.slack.com/services/T0/B1/Xy9",
    "Write a haiku about autumn leaves falling on a quiet pond.",
    "",
]


def _texts() -> list[str]:
    from benchmarks import corpus
    texts = list(HAND) + corpus.prompts(100, 1000, 11)
    for name in CORPORA:
        texts += [r["text"] for r in importlib.import_module(f"benchmarks.{name}").generate("dev")[:250]]
    return texts


def _gated(scrubber):
    for r in scrubber.analyzer.registry.recognizers:
        if isinstance(r, SpanPatternRecognizer):
            plan = r._plan(r.global_regex_flags)
            for (pattern, rx, _value, _starts), needs in zip(plan, r._needs[r.global_regex_flags]):
                if needs:
                    yield r.name, pattern.name, rx, needs


def test_gate_never_skips_a_text_with_a_match(scrubber):
    gated = list(_gated(scrubber))
    assert len(gated) >= 100  # (most secret and cue patterns have a word they need)
    matched = set()
    for text in _texts():
        for rname, pname, rx, needs in gated:
            passes = holds_any(text, needs)
            for m in rx.finditer(text):
                assert passes, (rname, pname, needs, text)
                # (and every match itself holds one: the strings come from the match's own part)
                assert any(w in folded(m.group()) for w in needs), (rname, pname, needs, m.group())
                matched.add(pname)
    assert len(matched) >= 60, len(matched)  # (the texts exercise the gates, not just pass them by)


@pytest.mark.parametrize("pattern, flags, needs", [
    (r"sk-ant-[A-Za-z0-9]{20,}", 0, ("sk-ant-",)),
    (r"(?i)bearer\s+\S+", 0, ("bearer",)),
    (r"\b(?:api|secret)[_-]key\s*=\s*\S+", 0, ("-key", "_key")),
    (r"[Pp]assword:\s*\S+", 0, ("password:",)),
    (r"(?:token|pin)?\d{6}", 0, ()),  # (optional word: nothing is needed)
    (r"ab|\d+", 0, ()),  # (one branch needs nothing)
    (r"(?<=key=)\w+", 0, ()),  # (lookbehind: outside the match)
    (r"(?|a(b)|c(d))x", 0, ()),  # (the regex module's own syntax)
    (r"\p{Lu}\p{Ll}+ Street", 0, (" street",)),  # (a property is one character of a class)
    (r"(?:secret){e<=1}", 0, ()),  # (fuzzy matching)
    (r"[[:alpha:]]+ key", 0, ()),  # (POSIX class)
    (r"strasse \d+", regex.FULLCASE | regex.I, ()),  # ("ß" would match "ss")
    (r"passwort=\S+", regex.V1, ()),
    (r"naïve=\S+", 0, ("ve=",)),  # (no non-ASCII strings: the run breaks at "ï")
    (r"a\d", 0, ()),  # (one letter is not worth a gate)
])
def test_required_literals(pattern, flags, needs):
    assert required_literals(regex.compile(pattern, flags)) == needs


def test_case_folded_forms_are_found():
    needs = required_literals(regex.compile(r"(?i)sk-ant-\w+"))
    for text in ("SK-ANT-abc", "ſk-ant-abc", "Sk-Ant-abc"):
        assert regex.search(r"(?i)sk-ant-\w+", text)
        assert holds_any(text, needs)
    assert not holds_any("sk ant abc", needs)
    kelvin = required_literals(regex.compile(r"(?i)key=\w+"))
    assert holds_any("\u212aEY=abc", kelvin) and regex.search(r"(?i)key=\w+", "\u212aEY=abc")
