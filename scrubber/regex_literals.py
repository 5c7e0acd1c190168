"""Plain strings a regex's every match must contain: a cheap gate before scanning a text with it.

``required_literals(regex)`` returns lower-case ASCII strings at least one of which occurs (in any case) in
every match of the compiled ``regex`` pattern, or ``()`` when it cannot tell for certain. A text whose
``folded`` form holds none of them cannot match, so the scan is skipped. The pattern is read with Python's
own parser (``re._parser``); whatever it cannot read, or could read differently from the ``regex`` module
(POSIX classes, set operations, fuzzy matching, version 1 or full case folding), gets no strings.
"""

import re as stdlib_re
from itertools import product
from re import _constants as C  # noqa: N812
from re import _parser

import regex as re

# The flags both modules read alike; any other (VERSION1, FULLCASE, WORD, BESTMATCH, ...) means no strings.
_SAME_FLAGS = re.I | re.M | re.S | re.X | re.A | re.U | re.V0
# Syntax the stdlib parser would misread rather than reject: POSIX classes ("[[:alpha:]]") and an unescaped
# brace that is not a plain {m,n} (fuzzy matching "{e<=1}"). (Set operations need VERSION1.)
_UNESCAPED = r"(?<=(?<!\\)(?:\\\\)*)"
_MISREAD = re.compile(r"\[([:=.])\^?[A-Za-z]+\1\]|" + _UNESCAPED + r"\{(?!\d+,?\d*\}|,\d+\})")
# A Unicode property ("\p{Lu}", "\PL") is one character of a class, as "\w" is to the stdlib parser.
_PROPERTY = re.compile(_UNESCAPED + r"\\[pP](?:\{[^{}]*\}|[A-Za-z])")
# The regex module's flags as the stdlib parser's (its ASCII flag has another value there).
_STDLIB_FLAGS = ((re.I, stdlib_re.I), (re.M, stdlib_re.M), (re.S, stdlib_re.S), (re.X, stdlib_re.X),
                 (re.A, stdlib_re.A))
_MAX_FORMS = 16  # strings one run of literals may stand for (``[_-]`` doubles them)
_MAX_CLASS = 4  # members a character class may have to be read as alternatives
# More strings than this cost more to look for than the scan they would spare (a long list of street types):
# each is one pass over the text (~1.5 µs a 1,000-character prompt). 16, not 8, gates 38 more patterns (a
# street unit's words, a password's cue words on the line above it), which on benchmarks.corpus prompts spares
# about 0.3 ms of recognizers a prompt net of the look (speed27); 64 was slower (docs/detection.md).
_MAX_STRINGS = 16


# What start-up found, kept between runs beside the compiled patterns (``regex_cache``): reading ~400 patterns
# with the stdlib parser was a quarter of building a scrubber's recognizers. Results are a function of the
# pattern, its flags, this module's code and Python's parser: ``regex_cache`` names its file after the last
# two.
_known: dict[tuple[str, int], tuple[str, ...]] = {}
_found: dict[tuple[str, int], tuple[str, ...]] | None = {}  # (None once start-up is over: nothing recorded)


def remember(entries) -> None:
    """Take (pattern, flags, strings) entries read back from an earlier start."""
    _known.update(((pattern, flags), tuple(strings)) for pattern, flags, strings in entries)


def found_at_start_up() -> list[tuple[str, int, tuple[str, ...]]]:
    """Every (pattern, flags, strings) known or worked out so far, and stop recording (what a request's own
    pattern needs is never stored); empty when start-up found nothing new."""
    global _found
    new, _found = _found or {}, None
    _known.update(new)  # (another scrubber built in this process looks them up too)
    return [(p, f, s) for (p, f), s in _known.items()] if new else []


def required_literals(regex: re.Pattern) -> tuple[str, ...]:
    """Lower-case ASCII strings (at most ``_MAX_STRINGS``), each at least 2 characters long or a single
    non-alphanumeric one, at least one of which every match of ``regex`` holds (compared with
    ``folded(text)``); ``()`` if none is sure."""
    key = (regex.pattern, int(regex.flags))
    if key in _known:
        return _known[key]
    strings = _required_literals(regex)
    if _found is not None and isinstance(regex.pattern, str):
        _found[key] = strings
    return strings


def _required_literals(regex: re.Pattern) -> tuple[str, ...]:
    flags = int(regex.flags)
    if flags & ~int(_SAME_FLAGS) or not isinstance(regex.pattern, str):
        return ()
    source = _PROPERTY.sub(r"\\w", regex.pattern)
    if _MISREAD.search(source):
        return ()
    try:
        parsed = _parser.parse(source, sum(std for ours, std in _STDLIB_FLAGS if flags & ours))
    except Exception:  # (the regex module's own syntax: \p{..}, (?|..), recursion, ...)
        return ()
    try:
        found = _sequence(parsed, bool(parsed.state.flags & stdlib_re.I))
    except _Unsure:
        return ()
    if not found or len(found) > _MAX_STRINGS or all(w.isspace() for w in found):  # (spaces: in every text)
        return ()
    return tuple(sorted(found))


class _Unsure(Exception):
    """The pattern holds something this module does not read."""


def _worth(words) -> bool:
    return all(len(w) >= 2 or (len(w) == 1 and not w.isalnum()) for w in words)


def _better(a: frozenset | None, b: frozenset | None) -> frozenset | None:
    """The more selective of two requirements (either is sound): longer shortest string, then fewer."""
    if a is None or not _worth(a):
        return b if b is not None and _worth(b) else None
    if b is None or not _worth(b):
        return a
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _char(code: int) -> str | None:
    """The lower-case ASCII form of a literal character, or None (not ASCII)."""
    ch = chr(code)
    return ch.lower() if ch.isascii() else None


def _class_chars(items) -> list[str] | None:
    """The characters a small class of plain ASCII literals matches (lower case), or None."""
    chars = set()
    for op, av in items:
        if op is not C.LITERAL:
            return None
        ch = _char(av)
        if ch is None:
            return None
        chars.add(ch)
    return sorted(chars) if len(chars) <= _MAX_CLASS else None


def _sequence(items, ignore_case: bool) -> frozenset | None:
    """A requirement (set of strings, one of which every match holds) for a sequence of parsed items, or
    None when there is none."""
    best: frozenset | None = None
    run: list[str] = [""]  # the forms of the current run of literal characters

    def close():
        nonlocal best, run
        if run != [""]:
            best = _better(best, frozenset(run))
        run = [""]

    for op, av in items:
        chars = None
        if op is C.LITERAL:
            ch = _char(av)
            chars = None if ch is None else [ch]
        elif op is C.IN:
            chars = _class_chars(av)
        if chars is not None and len(run) * len(chars) <= _MAX_FORMS:
            run = [r + c for r, c in product(run, chars)]
            continue
        close()
        if chars is not None:  # (too many forms: start a new run with this class)
            run = list(chars)
            continue
        best = _better(best, _item(op, av, ignore_case))
    close()
    return best


def _item(op, av, ignore_case: bool) -> frozenset | None:
    """The requirement of one non-literal item (None: it may match without any known string)."""
    if op is C.SUBPATTERN:
        _group, add, remove, sub = av
        if add & stdlib_re.I:
            ignore_case = True
        if remove & stdlib_re.I:
            ignore_case = False
        return _sequence(sub, ignore_case)
    if op is C.ATOMIC_GROUP:
        return _sequence(av, ignore_case)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _sequence(sub, ignore_case) if low >= 1 else None
    if op is C.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch, ignore_case)
            if found is None:
                return None
            words |= found
        return frozenset(words)
    if op in (C.ANY, C.IN, C.LITERAL, C.NOT_LITERAL, C.AT, C.ASSERT, C.ASSERT_NOT, C.GROUPREF,
              C.GROUPREF_EXISTS, C.CATEGORY):
        return None  # (matches without a known string; lookarounds and back-references add nothing)
    raise _Unsure(op)
