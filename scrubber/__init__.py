"""The scrubber: personal data and secrets found by patterns and a spaCy model, replaced by placeholders."""

import regex._main

# The ``regex`` module keeps its 500 most recently compiled patterns and parses any other in pure Python
# again. The scrubber compiles about 700 at start-up (Presidio compiles each pattern once more to validate
# it), so a fifth of them were parsed twice, in every process that builds recognizers. Room for all of them:
# the same compiled patterns, each parsed once.
regex._main._MAXCACHE = max(regex._main._MAXCACHE, 5000)
