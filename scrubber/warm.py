"""Start-up work that would otherwise fall on the first request that needs it.

The warm-up text (``engine._WARM_UP``) takes the common paths, but a recognizer whose hint it lacks (a PEM
header, an ITIN's cue) compiles its patterns on the first text that has one, and a word list read on first
use (``functools.cache``) is read by the first text that reaches it: one request paid 40-100 ms for a list
of person-field labels (``benchmarks.scrub_speed``, ``first_vs_tenth``). Both processes that build
recognizers call these before they answer anything.
"""

import importlib
import inspect
import pkgutil
import sys

import regex

from scrubber.presidio_tuning import compiled


def compile_patterns(recognizers) -> None:
    """Compile every pattern of every recognizer, with the flags its ``analyze`` will use."""
    for r in recognizers:
        flags = getattr(r, "global_regex_flags", None)
        if hasattr(r, "_plan"):  # (the scrubber's own: compiled patterns and their start finders)
            r._plan(flags)
        else:  # (Presidio's: compiled on the Pattern, as its own loop does)
            for pattern in getattr(r, "patterns", ()):
                compiled(pattern, flags, regex.compile)


def read_lists() -> None:
    """Import every module of the scrubber and its recognizers (some are imported inside a function, on
    first use) and call each argument-less cached function they define (word lists, the name-likeness
    weights, sets of label words), so none is first read inside a request."""
    import scrubber
    import scrubber.recognizers

    for package in (scrubber, scrubber.recognizers):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            if not info.ispkg:
                importlib.import_module(info.name)
    for name, module in list(sys.modules.items()):
        if name != "scrubber" and not name.startswith("scrubber."):
            continue
        for value in list(vars(module).values()):
            if (hasattr(value, "cache_info") and getattr(value, "__module__", None) == name
                    and not inspect.signature(value).parameters):
                value()
