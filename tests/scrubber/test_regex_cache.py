"""The compiled patterns stored between runs (scrubber/regex_cache.py) are the very patterns a fresh parse
gives, and only what start-up asked for is stored."""

import marshal

import regex
import regex._main as _main

from scrubber import regex_cache, regex_literals
from scrubber.engine import _WARM_UP, Scrubber

TEXTS = (_WARM_UP, "Date of birth: 12.03.1985, DOB 1985-03-12; call Dr. Anna Schmidt at +49 30 1234567 or "
         "anna.schmidt@example.de. IBAN DE89 3704 0044 0532 0130 00, password: Tr0ub4dor&3, api_key=sk_live_"
         "4eC39HqLyjWDarjtT1zdp7dc; SSN 123-45-6789, 1 Main Street, Springfield, IL 62701.")


def test_stored_patterns_are_rebuilt_as_stored_and_match_as_a_fresh_parse(scrubber: Scrubber, tmp_path,
                                                                           monkeypatch):
    """(A fresh parse's code itself depends on the process's string hashing: the order the parser walks a
    set of alternatives in. So the stored code is compared with itself, and its matches with a parse's.)"""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(_main, "_MAXCACHE", 5000)  # (as during start-up)
    wanted = {(p.regex, int(r.global_regex_flags)) for r in scrubber._text_recognizers
              for p in getattr(r, "patterns", ()) if r.global_regex_flags is not None}
    assert len(wanted) > 200  # the recognizers' patterns
    for pattern, flags in wanted:
        regex.compile(pattern, flags)
    monkeypatch.setattr(regex_cache, "_asked", wanted)
    monkeypatch.setattr(regex_cache, "_loaded", set())
    regex_cache._save()
    entries = marshal.loads(regex_cache.path().read_bytes()[32:])  # (after its SHA-256)
    assert sorted((p, f) for p, f, _, _ in entries) == sorted(wanted)  # each stored once, nothing else
    for pattern, flags, _, data in entries:
        stored = _main._regex.compile(*data)
        fresh = regex.compile(pattern, flags, cache_pattern=False)
        assert stored._pickled_data == data
        assert (stored.pattern, stored.flags, stored.groupindex) == (fresh.pattern, fresh.flags,
                                                                     fresh.groupindex)
        for text in TEXTS:
            spans = [m.span() for m in stored.finditer(text)]
            assert spans == [m.span() for m in fresh.finditer(text)], pattern[:80]


def test_only_asked_patterns_are_stored_and_a_damaged_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(_main, "_compile", _main._compile)  # (load installs its recorder and grows the
    monkeypatch.setattr(_main, "_MAXCACHE", 5000)  # module's cache: both undone after the test)
    wanted, other = r"(?i)order (?P<value>\d{4,})\b", r"[a-z]{3}-\d{5} only"
    regex.compile(wanted)
    regex.compile(other)
    monkeypatch.setattr(regex_cache, "_asked", {(wanted, 0)})
    monkeypatch.setattr(regex_cache, "_loaded", set())
    regex_cache._save()
    blob = regex_cache.path().read_bytes()
    assert [e[0] for e in marshal.loads(blob[32:])] == [wanted]
    regex_cache.path().write_bytes(b"\x00 not marshal data")
    assert regex_cache.load() == 0
    # one flipped bit in the compiled code: still marshal data, still a pattern, but not what was stored
    regex_cache.path().write_bytes(blob[:-2] + bytes([blob[-2] ^ 1]) + blob[-1:])
    assert regex_cache.load() == 0
    assert regex.compile(wanted).search("Order 12345").group("value") == "12345"


def test_start_up_patterns_stay_compiled_after_start_up(tmp_path, monkeypatch):
    """After ``settle`` the module's cache keeps every start-up pattern: cut back to regex's own 500, the
    first request parsed again what start-up had (first request 1.4-1.7x the tenth instead of 1.1x)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(_main, "_compile", _main._compile)
    monkeypatch.setattr(_main, "_MAXCACHE", _main._MAXCACHE)
    monkeypatch.setattr(regex_cache, "_settled", True)  # (nothing written)
    monkeypatch.setattr(_main, "_cache", {})
    regex_cache.load()
    start_up = [rf"(?:start-up pattern {i}) \d+" for i in range(800)]
    for pattern in start_up:
        regex.compile(pattern)
    regex_cache.settle()
    regex.compile("a pattern a request compiles")
    parsed = []
    real_parse = _main._parse_pattern
    monkeypatch.setattr(_main, "_parse_pattern", lambda *a, **k: parsed.append(1) or real_parse(*a, **k))
    for pattern in start_up:
        regex.compile(pattern)
    assert not parsed


def test_stored_literals_are_what_a_fresh_reading_gives_and_only_start_up_is_stored(tmp_path, monkeypatch):
    """``required_literals``' results kept between runs (a quarter of building the recognizers): read back,
    each is what the parser works out afresh; a pattern first met after start-up is not written; a damaged
    file is ignored rather than trusted (a wrong string would skip a scan and miss what it finds)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(_main, "_compile", _main._compile)
    monkeypatch.setattr(_main, "_MAXCACHE", _main._MAXCACHE)
    monkeypatch.setattr(regex_cache, "_settled", False)
    monkeypatch.setattr(regex_literals, "_known", {})
    monkeypatch.setattr(regex_literals, "_found", {})
    start_up = [regex.compile(r"(?i)\b(?:passwort|kennwort)\s*:\s*\S+"), regex.compile(r"sk-ant-\w{20,}"),
                regex.compile(r"\d{3}-\d{2}-\d{4}")]
    for p in start_up:
        regex_literals.required_literals(p)
    regex_cache.settle()
    later = regex.compile(r"(?i)request handle @jdoe\d+")
    regex_literals.required_literals(later)
    stored = marshal.loads(regex_cache.literals_path().read_bytes()[32:])
    assert sorted(p for p, _, _ in stored) == sorted(p.pattern for p in start_up)
    monkeypatch.setattr(regex_literals, "_known", {})
    regex_cache.load()
    for p in start_up:
        assert regex_literals.required_literals(p) == regex_literals._required_literals(p)
    assert regex_literals._known[(start_up[0].pattern, int(start_up[0].flags))] == ("kennwort", "passwort")
    monkeypatch.setattr(regex_literals, "_known", {})
    blob = regex_cache.literals_path().read_bytes()
    regex_cache.literals_path().write_bytes(blob[:-3] + bytes([blob[-3] ^ 1]) + blob[-2:])
    regex_cache.load()
    assert regex_literals._known == {}


def test_the_literals_file_is_named_after_the_code_that_wrote_it(tmp_path, monkeypatch):
    """Another version of ``regex_literals`` (its rules changed) reads none of an older one's results."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    ours = regex_cache.literals_path()
    changed = tmp_path / "regex_literals.py"
    changed.write_text(open(regex_literals.__file__).read() + "\n_MAX_STRINGS = 8\n")
    monkeypatch.setattr(regex_literals, "__file__", str(changed))
    assert regex_cache.literals_path() != ours and regex_cache.literals_path().parent == ours.parent
