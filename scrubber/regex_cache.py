"""The scrubber's compiled regular expressions, kept on disk between runs: start-up without parsing them.

The ``regex`` module parses a pattern in pure Python before its C engine takes the result; for the scrubber's
~700 patterns that was about 2 s of CPU in every process that builds recognizers (each scrub worker, its
pattern process, ``aiwarden scrub``). The result can be stored: a compiled pattern pickles as the arguments
of the C-level compile (``_pickled_data``), which rebuilds it in microseconds. ``load`` (when the package is
imported) puts the stored patterns in the module's own cache under the keys its ``compile`` looks up, so a
later compile of the same pattern with the same flags is a cache hit: the very pattern it would have built.
``settle`` (once a scrubber or pattern process is built) stores what start-up compiled, at most once per
process, before any request, so no request's text (a handle turned into a pattern) is ever written.

The file (``~/.cache/aiwarden``, or ``$XDG_CACHE_HOME``) is named after the Python and ``regex`` versions,
written whole or not at all (``os.replace``), checked against the SHA-256 it carries (a flipped bit could
make a pattern that compiles and matches differently), and read with ``marshal`` (data only, never code).
Anything unexpected (no file, a damaged one, another ``regex`` layout, a read-only home) means patterns are
parsed as before.

A second file beside it keeps what ``regex_literals.required_literals`` worked out for each start-up pattern
(its results also depend on that module's code, so the file is named after a hash of it too).
"""

import enum
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path

import regex
import regex._main as _main

from scrubber import regex_literals

# Room for every pattern the scrubber compiles (the module keeps 500): kept after start-up too, or the first
# request finds the cache cut back and parses again what start-up had (first request 1.4-1.7x the tenth, not
# 1.1x: ``benchmarks.scrub_speed``, ``first_vs_tenth``)
_START_UP_CACHE = 5000
_original_compile = _main._compile
_loaded: set[tuple] = set()
# (pattern, flags) of every compile asked for from ``load`` to ``settle``: only these are stored (a pattern
# built from a set's order differs from one process to the next and must not pile up in the file)
_asked: set[tuple] = set()
_ASKED_AT_MOST = 20_000  # (a process that never settles stops recording there)
_settled = False


def _recording_compile(pattern, flags, *args):
    if len(_asked) < _ASKED_AT_MOST:
        _asked.add((pattern, flags))
    return _original_compile(pattern, flags, *args)


def path() -> Path | None:
    try:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except (KeyError, RuntimeError):  # no home directory
        return None
    python = "{}.{}".format(*sys.version_info[:2])
    return base / "aiwarden" / f"regex-{regex.__version__}-py{python}.marshal"


def literals_path() -> Path | None:
    """The file of ``regex_literals``' results, named after Python's version (its parser reads the patterns)
    and a hash of that module's code; None without a home directory or the module's source."""
    where = path()
    try:
        code = hashlib.sha256(Path(regex_literals.__file__).read_bytes()).hexdigest()[:16]
    except (OSError, TypeError):
        return None
    return None if where is None else where.with_name("literals-py{}.{}-{}.marshal".format(
        *sys.version_info[:2], code))


def _plain(value):
    """An int flag as a plain int (marshal stores built-in types only)."""
    return int(value) if isinstance(value, enum.Enum) else value


def _checked(blob: bytes) -> list:
    """The stored entries, if the file is whole: a damaged compiled pattern may still compile and then match
    differently (a secret missed without a word), so the file carries the SHA-256 of its body."""
    digest, body = blob[:32], blob[32:]
    if hashlib.sha256(body).digest() != digest:
        raise ValueError("regex cache damaged")
    return marshal.loads(body)


def load() -> int:
    """Put the stored compiled patterns in ``regex``'s cache and make it big enough to keep them and every
    other start-up pattern; return how many were loaded."""
    _main._MAXCACHE = max(_main._MAXCACHE, _START_UP_CACHE)
    _main._compile = _recording_compile
    try:
        regex_literals.remember(_checked(literals_path().read_bytes()))
    except Exception:  # (no file, a damaged one): worked out again
        pass
    where = path()
    try:
        entries = _checked(where.read_bytes()) if where is not None else []
        loaded = []
        for pattern, flags, version, data in entries:
            if version != _main.DEFAULT_VERSION or not isinstance(pattern, str) or data[0] != pattern:
                continue
            compiled = _main._regex.compile(*data)
            loaded.append(((pattern, str, flags, frozenset(), _main.DEFAULT_VERSION, None), compiled))
    except Exception:  # (no file, a damaged one, another layout): parse as before
        return 0
    with _main._cache_lock:
        for key, compiled in loaded:
            pattern, _, flags = key[:3]
            _main._cache.setdefault(key, compiled)
            _main._named_args.setdefault((pattern, str, flags), frozenset())
            _main._locale_sensitive.setdefault((str, pattern), False)
            _loaded.add(key)
    return len(loaded)


def settle() -> None:
    """Start-up is over: store the patterns it compiled if some were not stored yet (the first time this
    process calls it), and stop recording what is compiled."""
    global _settled
    if not _settled:
        _settled = True
        try:
            _save()
        except Exception:  # (a read-only or full disk, another layout): next start parses again
            pass
        try:
            if literals := regex_literals.found_at_start_up():
                _write(literals_path(), literals)
        except Exception:  # (as above)
            pass
    _main._compile = _original_compile
    _asked.clear()


def _save() -> None:
    where = path()
    with _main._cache_lock:
        items = list(_main._cache.items())
    entries = []
    for (pattern, kind, flags, args, version, locale), compiled in items:
        if (kind is str and not args and locale is None and version == _main.DEFAULT_VERSION
                and (pattern, flags) in _asked and _main._locale_sensitive.get((str, pattern)) is False):
            data = tuple(_plain(x) for x in compiled._pickled_data)
            key = (pattern, str, flags, args, version, locale)
            entries.append((key, (pattern, _plain(flags), _plain(version), data)))
    if where is None or not entries or {key for key, _ in entries} == _loaded:
        return
    _write(where, [entry for _, entry in entries])


def _write(where: Path, entries: list) -> None:
    """Store ``entries`` (built-in types only) in ``where`` with their SHA-256, whole or not at all."""
    where.parent.mkdir(parents=True, exist_ok=True)
    body = marshal.dumps(entries)
    blob = hashlib.sha256(body).digest() + body
    with tempfile.NamedTemporaryFile(dir=where.parent, prefix=where.name, delete=False) as tmp:
        try:
            tmp.write(blob)
            tmp.close()
            os.replace(tmp.name, where)  # (whole: a process starting now reads the old file or this one)
        except BaseException:
            os.unlink(tmp.name)
            raise
