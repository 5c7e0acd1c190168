"""How much of a value the scrubber's detections cover, the way the third-party scorer counts it."""

from benchmarks.scrub_quality import covered_share


def masked_share(scrubber, text: str, value: str) -> float:
    """The share of ``value``'s letters and digits (its first occurrence in ``text``) inside a detection."""
    start = text.index(value)
    return covered_share(text, start, start + len(value), scrubber.analyze(text))
