"""Scrubber errors.

    ScrubberError            base: the scrubber could not protect a text
    ├── ModelLoadError       the configured spaCy model could not be loaded
    └── ScrubTimeout         scrubbing took longer than allowed (callers fail closed)

Messages never contain the text being scrubbed.
"""


class ScrubberError(Exception):
    """The scrubber could not protect a text."""


class ModelLoadError(ScrubberError):
    """The configured spaCy model could not be loaded."""


class ScrubTimeout(ScrubberError):
    """Scrubbing took longer than allowed."""
