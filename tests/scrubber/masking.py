"""How much of a value the scrubber's detections cover, the way the third-party scorer counts it."""


def masked_share(scrubber, text: str, value: str) -> float:
    """The share of ``value``'s letters and digits (its first occurrence in ``text``) inside a detection."""
    start = text.index(value)
    spans = scrubber.analyze(text)
    wanted = [i for i in range(start, start + len(value)) if text[i].isalnum()] or [start]
    return sum(any(s.start <= i < s.end for s in spans) for i in wanted) / len(wanted)
