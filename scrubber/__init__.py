"""The scrubber: personal data and secrets found by patterns and a spaCy model, replaced by placeholders."""

from scrubber import regex_cache

# Before any recognizer module compiles its patterns: the ones compiled at an earlier start are read back.
regex_cache.load()
