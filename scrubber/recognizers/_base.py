"""Shared pieces of the custom recognizers: a PatternRecognizer reporting part of a match, and checks."""

import math
import os
import re as stdlib_re
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from functools import cache
from itertools import product

import regex as re
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from scrubber.presidio_tuning import compiled, explanation
from scrubber.regex_literals import required_literals

SECRET = "SECRET"
# Stripe's publishable keys: in every browser that loads its checkout, public, never a secret
PUBLISHABLE_KEYS = ("pk_live_", "pk_test_")
# Bounded like Presidio's own matching, so a pathological text cannot stall a worker.
REGEX_TIMEOUT_SECONDS = float(os.environ.get("REGEX_TIMEOUT_SECONDS", 5))
# What SpanPatternRecognizer passes as each match's timeout: None in the second process (see
# ``no_regex_timeout``).
_timeout: float | None = REGEX_TIMEOUT_SECONDS


def no_regex_timeout() -> None:
    """Match without a per-call timeout (in this process). Only for the second process (pattern_process):
    its caller stops it and redoes the work itself, with the timeout, when an answer is late, so there the
    timeout bounds nothing more; and passing one costs about 2 µs per pattern per text (a fifth of the
    recognizers' time on a 1,000-character prompt)."""
    global _timeout
    _timeout = None
# Case matters for most token formats (AKIA…, ghp_…); patterns opt into (?i) where it does not.
CASE_SENSITIVE = re.DOTALL | re.MULTILINE

# Words people put where a real secret would go. Kept to words a random token will practically never hold.
_PLACEHOLDER_WORDS = (
    "example",
    "sample",
    "placeholder",
    "dummy",
    "redacted",
    "changeme",
    "change_me",
    "your",
    "insert",
    "replace",
    "xxxx",
    "...",
    "****",
    "####",
)
# "here" only as a word of its own ("<key here>", "PASTE_HERE", "token-here"): not inside a word ("Where2Go",
# "sphere") nor before a digit, as a password ends ("Start!Here7")
_HERE = re.compile(r"(?i)(?<![a-z])here(?![a-z0-9])")
# Stricter list for values found only through a keyword (``password = "somefakekey"``).
_WEAK_VALUE_WORDS = ("fake", "test", "todo", "none", "null", "undefined", "mock", "foobar")
# A whole value that only refers to a secret stored elsewhere: $VAR, ${VAR}, {{ var }}, <key>, %s, $(cmd),
# %VAR%.
_REFERENCE = re.compile(
    # ("$chn332018" after "senha:" is a password: a variable's name is letters, or capitals and digits)
    r"""^(?:\$(?:[A-Za-z_]+\d{0,2}|[A-Z][A-Z0-9_]*|\d+)"""
    r"""|\$\{[^}]*\}|\$\(.*\)|\{\{.*\}\}|\{[\w.\s-]*\}|<[^>]*>|\[[\w .-]*\]|%[sd]|%\(\w+\)s"""
    r"""|%[A-Za-z_][A-Za-z0-9_]*%"""  # a Windows environment variable: %API_TOKEN%
    # (an object's attribute in code: cfg.db_pass, self.password, args.token, System.getenv("X"))
    r"""|(?:process\.env|os\.environ|env|ENV|secrets|vars|settings|config|cfg|conf|self|this|args|opts"""
    r"""|options|params|props|ctx|creds|credentials|import\.meta\.env|Deno\.env|System|ENV\.fetch)[.\[(].*"""
    # (or a call: login(self.password), os.Getenv("DB_PASS"), env::var("X").unwrap(), input("Password: "))
    r"""|.*getenv\(.*|[A-Za-z_][\w.:]*\([^()\n]*\)(?:\.\w+\([^()\n]*\))*[?;,]?)$""",
    re.S,
)
# xxxxxx, ******, QQQQQQ… ; digit runs must be longer: real ids do repeat a digit now and then.
_RUN_OF_SAME = re.compile(r"([^0-9])\1{5,}|([0-9])\2{15,}")


def shannon_entropy(value: str) -> float:
    """Bits per character of ``value`` (0 for the empty string)."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


# Words that only mark a value as a template (``<your key here>``, ``REPLACE_ME``), never a real key.
_TEMPLATE_WORDS = ("placeholder", "redacted", "changeme", "change_me", "your", "insert", "replace", "...",
                   "****", "####", "set_me", "set-me", "setme", "fill_me", "fill-me", "fillme")


def only_template_marks(value: str) -> bool:
    """True for ``<your key>``, ``${VAR}``, ``REPLACE_ME``, ``****``: marks that never fill a real key."""
    low = value.lower()
    return any(w in low for w in _TEMPLATE_WORDS) or bool(_REFERENCE.match(value))


def looks_like_template(value: str) -> bool:
    """Template marks and references only: ``<your key>``, ``REPLACE_ME``, ``${VAR}``, ``****``, ``xxxx``."""
    alnum = [c for c in value.lower() if c.isalnum()]  # "xxxx-xxxx-xxxx", not "A,.:-¨@*¿?!"
    return (only_template_marks(value) or (len(value) >= 3 and len(set(value.lower())) == 1)
            or len(alnum) >= 4 and len(set(alnum)) == 1 or bool(_RUN_OF_SAME.search(value)))


def looks_like_placeholder(value: str, strict: bool = False, shaped: bool = False) -> bool:
    """True for values written instead of a real secret: ``xxxx``, ``<your key>``, ``EXAMPLE``, ``$VAR``.

    ``strict`` adds weak words (``fake``, ``test``, ``secret``…) for values that only a keyword vouches for.
    ``shaped``: the value already has a provider's exact key format (``AKIA`` + 16, ``ghp_`` + 36…). Then only
    template marks and references count: a documented example key (``AKIAIOSFODNN7EXAMPLE``) or a key padded
    with ``x`` has the shape of a real one, and masking it costs nothing while a real key pasted "as an
    example" would leak.
    """
    low = value.lower()
    if shaped:  # "EXAMPLE" in a key-shaped value counts; a run of one character (sk-xxxx…) does not
        return looks_like_template(value) or len(set(value)) <= 3
    words = _PLACEHOLDER_WORDS + _WEAK_VALUE_WORDS if strict else _PLACEHOLDER_WORDS
    if (any(w in low for w in words) or _HERE.search(value) or _REFERENCE.match(value)
            or _RUN_OF_SAME.search(value)):
        return True
    return len(set(value)) <= 3


def class_runs(value: str) -> tuple[list[str], int]:
    """The class of each letter or digit of ``value`` (``u``, ``l``, ``d``) and how many runs of one class
    they make: a generator changes class every second character or so, a word or identifier far less often."""
    kinds = ["u" if c.isupper() else "l" if c.islower() else "d" for c in value if c.isalnum()]
    return kinds, 1 + sum(a != b for a, b in zip(kinds, kinds[1:], strict=False))


def looks_random(value: str, min_len: int = 16, min_entropy: float = 3.0, need_digit: bool = False) -> bool:
    """True when ``value`` looks generated: long enough, two character classes or more, high entropy.

    Classes are digits, lower case, upper case and symbols other than ``_-.`` (which join words in names).
    """
    if len(value) < min_len or looks_like_placeholder(value, strict=True):
        return False
    has_digit = any(c.isdigit() for c in value)
    classes = sum(
        (
            has_digit,
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(not c.isalnum() and c not in "_-." for c in value),
        )
    )
    if need_digit and not has_digit:
        return False
    return classes >= 2 and any(c.isalpha() for c in value) and shannon_entropy(value) >= min_entropy


# Where a pattern can start (``SpanPatternRecognizer.STARTS``): the text's words, found
# once per text and shared by every recognizer (the last text's are kept: the recognizers read one text in
# turn).
_RUN = stdlib_re.compile(r"[^\W\d_]+")  # a word as str.isalpha sees it (and numerics such as "²", see below)
_LETTER_RUN = re.compile(r"(?<!\p{L})\p{L}+")
_last_words: tuple = (None, None)


def word_index(text: str) -> tuple[dict[str, list[int]], list[tuple[int, str]]]:
    """Where the text's words start: ASCII words by their lower-case form, the others (start, word) in order.
    A word is a run of ``[^\\W\\d_]`` (letters, and numeric signs such as "²" or "½" that are no digits)."""
    global _last_words
    last = _last_words
    if last[0] is text:
        return last[1]
    by: dict[str, list[int]] = {}
    other: list[tuple[int, str]] = []
    if text.isascii():  # (most texts: every word is ASCII, found in the lower-case text at the same place)
        for m in _RUN.finditer(text.lower()):
            by.setdefault(m.group(), []).append(m.start())
        found = (by, other)
        _last_words = (text, found)
        return found
    for m in _RUN.finditer(text):
        w = m.group()
        if w.isascii():
            key = w.lower()
            if key in by:
                by[key].append(m.start())
            else:
                by[key] = [m.start()]
        else:
            other.append((m.start(), w))
    found = (by, other)
    _last_words = (text, found)
    return found


def word_starts(text: str, words: frozenset[str], literals: tuple[str, ...] = ()) -> list[int]:
    """Every position where a letter follows a non-letter and the word there may be one of ``words``
    (``ascii_forms``): ASCII words whose lower-case form is listed, and every word not in ASCII; and where
    each of ``literals`` ("--") is found."""
    by, other = word_index(text)
    found = [p for w in by.keys() & words for p in by[w]]
    for literal in literals:
        at = text.find(literal)
        while at != -1:
            found.append(at)
            at = text.find(literal, at + 1)
    found += other_word_starts(other)
    found.sort()
    return found


def other_word_starts(other: list[tuple[int, str]]) -> list[int]:
    """Where the words not in ASCII (``word_index``'s second list) start: each word, or in one with a numeric
    sign glued to its letters ("²dear") each run of letters."""
    found: list[int] = []
    for start, w in other:
        if w.isalpha():
            found.append(start)
        else:
            found += [start + m.start() for m in _LETTER_RUN.finditer(w)]
    return found


class LeadStarts:
    """Every place where ``regex`` matches in a text (overlapping ones too, as ``finditer(text,
    overlapped=True)`` finds them; with no regex, every word it would be tried at) for the last text asked
    about, without scanning the text with it: it is tried only where a word starts that may begin a match.
    That is a run of ASCII letters (``word_index``: a digit ends it, "cvv" of "cvv2") that starts with one of
    ``prefixes``, holds one of ``inside`` or is one of ``words`` (in any case: each is compared in its
    ``ascii_forms``), and every other word (``word_starts``' non-ASCII words). Only for a regex whose every
    match starts on a letter that follows no letter (``\\b`` and a word of letters, not a digit), and for
    lists that cover every such run of letters a match may start on (a compound's "...kod..." by a part)."""

    def __init__(self, regex: re.Pattern | None, prefixes: Collection[str],
                 inside: Collection[str] = (), words: Collection[str] = ()) -> None:
        self.regex = regex
        self._prefixes = tuple(ascii_forms(prefixes))
        self._inside = tuple(ascii_forms(inside))
        self._words = ascii_forms(words)  # (and whole words: "to" of "to disarm", not every word "to…")
        # the ASCII words looked at so far, and those of them that may start a match (bounded: a service
        # sees endless new words)
        self._seen: set[str] = set()
        self._may: set[str] = set()
        self._last: tuple = (None, [])

    def __call__(self, text: str) -> list[int]:
        last = self._last
        if last[0] is text:
            return last[1]
        by, other = word_index(text)
        new = {word for word in by if word not in self._seen}  # (``by.keys() - seen`` walks all of ``seen``)
        if new:
            if len(self._seen) > 20_000:  # (then this text's words are all judged anew)
                self._seen, self._may = set(), set()  # (in this order: a word seen is always judged)
                new = set(by)
            prefixes, inside = self._prefixes, self._inside
            self._may |= {w for w in new if w.startswith(prefixes) or any(part in w for part in inside)}
            self._may |= new & self._words
            self._seen |= new
        found = [at for word in by.keys() & self._may for at in by[word]] + other_word_starts(other)
        found.sort()
        if self.regex is None:  # (for ``STARTS``: the pattern itself is then tried at each)
            out = found
        else:
            match = self.regex.match
            out = [at for at in found if match(text, at)]
        self._last = (text, out)
        return out


# What a case-insensitive ``regex`` match takes for an ASCII letter beyond its two cases (found by trying
# every code point): "İ" for "i", "ſ" for "s", the Kelvin sign for "k". No other character's lower case holds
# ASCII.
_FOLD_TO_ASCII = str.maketrans({"İ": "i", "ſ": "s", "\u212a": "k"})
_last_folded: tuple = (None, None)


def folded(text: str) -> str:
    """The text in lower case, where an ASCII string ``w`` (lower case) occurs exactly where ``(?i:w)`` would
    match: ``holds_any(text, words)`` is a case-insensitive search for plain words, many times faster than a
    regex alternation of them. Kept for the last text, like ``word_index``."""
    global _last_folded
    last = _last_folded
    if last[0] is text:
        return last[1]
    if "İ" in text or "ſ" in text or "\u212a" in text:
        text_ = text.translate(_FOLD_TO_ASCII).lower()
    else:
        text_ = text.lower()
    _last_folded = (text, text_)
    return text_


def holds_any(text: str, words) -> bool:
    """Whether ``text`` holds one of ``words`` (ASCII or not, lower case) in any case: one C-level pass over
    ``folded(text)`` per word, for prefilters and gates."""
    return any(map(folded(text).__contains__, words))


def ascii_forms(words) -> frozenset[str]:
    """The lower-case ASCII spellings a case-insensitive match of each word may take ("sayın" is matched by
    "SAYIN"): what ``word_starts`` compares the text's ASCII words with."""
    out = set()
    for word in words:
        out.update("".join(p) for p in product(*map(_ascii_spellings, word.lower())))
    return frozenset(out)


@cache
def _ascii_spellings(ch: str) -> tuple[str, ...]:
    """The lower-case ASCII characters a case-insensitive match of ``ch`` matches."""
    rx = re.compile(f"(?i:{re.escape(ch)})")
    return tuple(sorted({c.lower() for c in map(chr, range(33, 127)) if rx.fullmatch(c)}))


_WORD_ENDS = stdlib_re.compile(
    r"(?:$|[ '’/:=,-](?![?*{])|\\\.(?![?*{])|\\\.\?(?![^\W\d_])|\[ \\t-?\](?![?*{])|\(\?=)")


def first_words(alternatives: str) -> list[str]:
    """The first word of each alternative of a regex alternation of plain words ("dear|mr\\.?|my name is"),
    for ``SpanPatternRecognizer.STARTS``. Raises ValueError on anything it cannot read for certain (an
    optional letter, a character class holding letters): those are listed by hand."""
    out: list[str] = []
    parts = [""]
    depth = 0
    # (an escape and a character class are one token each)
    for token in stdlib_re.findall(r"\\.|\[(?:\\.|[^]\\])*\]|.", alternatives, stdlib_re.S):
        depth += {"(": 1, ")": -1}.get(token, 0)
        if token == "|" and depth == 0:
            parts.append("")
        else:
            parts[-1] += token
    for part in parts:
        m = stdlib_re.match(r"[^\W\d_]+", part)
        rest = part[m.end():] if m else None
        if rest and rest[0] == "?" and len(m.group()) > 1:  # "apellidos?": with and without its last letter
            out.append(m.group()[:-1])
            rest = rest[1:]
        # the word must end where the next thing is no letter and not optional: " ", "\\.", "[ \\t]", "'"…
        if m is None or (rest and not _WORD_ENDS.match(rest)):
            raise ValueError(f"cannot read the first word of {part!r}")
        out.append(m.group())
    return out


class SpanPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer whose patterns may name a group ``value``: only that part is reported.

    Presidio reports the whole match; for ``password=hunter2`` or ``https://u:PASS@host`` we want the
    secret alone, so the rest of the text (and the user's own words) reaches the model unchanged.
    """

    PATTERNS: list[Pattern] = []
    CONTEXT: list[str] = []
    ENTITY = SECRET
    FLAGS = CASE_SENSITIVE
    # Optional cheap test: a text without a HINT match cannot hold this entity, so the patterns are skipped.
    HINT: re.Pattern | None = None
    # Plain ASCII strings that count as HINT matches too, found in any case (``folded``) without a regex.
    HINT_WORDS: tuple[str, ...] = ()
    # Optional: where a pattern can start, by its name; it is then tried only there (``regex.match``), which
    # finds what ``finditer`` finds as long as no match can start anywhere else: where a word that may be one
    # of the pattern's first words starts (``word_starts``, compared in ``ascii_forms``), and where each
    # non-word among them ("--") is. Only for patterns that cannot match
    # empty; each start costs a call, so only for patterns far costlier to scan for than their starts.
    STARTS: dict[str, Collection[str]] = {}

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        # Fresh Pattern objects: Presidio caches the compiled regex on them and appends to given lists.
        patterns = [Pattern(p.name, p.regex, p.score) for p in (patterns or self.PATTERNS)]
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            name=name,
            supported_language=supported_language,
            patterns=patterns,
            context=list(context if context is not None else self.CONTEXT),
            global_regex_flags=self.FLAGS,
        )
        self._starts: dict[str, Callable[[str], list[int]]] = {}
        self._plans: dict[int, list[tuple]] = {}  # by regex flags (``_plan``; after subclasses add starts)
        self._needs: dict[int, list[tuple[str, ...]]] = {}  # by regex flags, beside ``_plans``
        for name, words in self.STARTS.items():
            forms = ascii_forms(w for w in words if w.isalpha())
            literals = tuple(w for w in words if not w.isalpha())
            self._starts[name] = lambda text, f=forms, lit=literals: word_starts(text, f, lit)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Match every pattern; report group ``value`` if the pattern has one, else the whole match."""
        if (self.HINT is not None or self.HINT_WORDS) and not self.hinted(text):
            return []
        flags = regex_flags or self.global_regex_flags
        results: list[RecognizerResult] = []
        plan = self._plan(flags)
        for (pattern, regex, has_value, starts), needs in zip(plan, self._needs[flags]):
            if needs and not holds_any(text, needs):  # (no match can lack all of them)
                continue
            pos = self.start_of(pattern, text)
            if pos is None:
                continue
            try:
                # (no timeout keyword without a timeout: any keyword costs the regex module ~2 µs a call)
                for match in (matches_at(regex, text, pos, starts(text)) if starts is not None
                              else regex.finditer(text, pos) if _timeout is None
                              else regex.finditer(text, pos, timeout=_timeout)):
                    if not self.accept_match(match):
                        continue
                    start, end = match.span("value") if has_value and match.group("value") else match.span()
                    result = self._result(text[start:end], start, end, pattern, flags)
                    if result:
                        results.append(result)
            except TimeoutError:
                # Fail safe, not open: the other patterns still run; the pattern name is not sensitive.
                continue
        if len(results) < 2:  # what remove_duplicates leaves of one result (most texts have none)
            return [r for r in results if r.score != 0]
        return EntityRecognizer.remove_duplicates(results)

    def _plan(self, flags: int) -> list[tuple]:
        """(pattern, its compiled regex, whether it has a ``value`` group, its ``_starts`` finder) for each
        pattern, worked out once per flags rather than once per pattern per text; ``_needs[flags]`` beside it
        holds the strings one of which each pattern's every match holds (``required_literals``)."""
        plan = self._plans.get(flags)
        if plan is None:  # (built whole before it is shared: another thread may read it at once)
            plan = []
            for pattern in self.patterns:
                regex = compiled(pattern, flags, re.compile)
                plan.append((pattern, regex, "value" in regex.groupindex, self._starts.get(pattern.name)))
            self._needs[flags] = [required_literals(regex) for _, regex, _, _ in plan]
            self._plans[flags] = plan
        return plan

    def hinted(self, text: str) -> bool:
        """Whether the text holds one of ``HINT_WORDS`` or a ``HINT`` match."""
        if self.HINT_WORDS and holds_any(text, self.HINT_WORDS):
            return True
        return self.HINT is not None and self.HINT.search(text) is not None

    def accept_match(self, match: re.Match) -> bool:
        """Hook for checks that need the whole match (e.g. the keyword before a value); True keeps it."""
        return True

    def start_of(self, pattern: Pattern, text: str) -> int | None:
        """Hook: where in ``text`` to start matching ``pattern``, or None to skip it (see ``_gated``)."""
        return 0

    def _result(
        self, value: str, start: int, end: int, pattern: Pattern, flags: int
    ) -> RecognizerResult | None:
        if not value.strip():
            return None
        validation = self.validate_result(value)
        if validation is False or self.invalidate_result(value):
            return None
        score = EntityRecognizer.MAX_SCORE if validation else pattern.score
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation(self, pattern, score, validation, flags),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def matches_at(regex: re.Pattern, text: str, pos: int, starts: list[int]) -> Iterator[re.Match]:
    """What ``regex.finditer(text, pos)`` finds when matches can start only at ``starts`` (ascending) and none
    is empty: a match at each start from ``pos`` on that is not inside the previous match."""
    end, timeout = pos, _timeout
    for start in starts:
        if start >= end:  # (no timeout keyword without a timeout, see ``analyze``)
            match = regex.match(text, start) if timeout is None else regex.match(text, start, timeout=timeout)
            if match is not None:
                end = match.end()
                yield match
