"""How much of a value the scrubber's detections cover, the way the third-party scorer counts it."""

from benchmarks.scrub_quality import covered_share


def masked_share(scrubber, text: str, value: str) -> float:
    """The share of ``value``'s letters and digits (its first occurrence in ``text``) inside a detection."""
    start = text.index(value)
    return covered_share(text, start, start + len(value), scrubber.analyze(text))


def covered(scrubber, text: str, value: str) -> bool:
    """Every letter and digit of ``value`` (its first occurrence) lies inside some detection, of any type."""
    return masked_share(scrubber, text, value) == 1.0


def overlapping(scrubber, text: str, value: str, type_: str | None = None, nth: int = 0) -> bool:
    """Some detection (of ``type_``, if given) overlaps the ``nth`` occurrence of ``value``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return any(s.start < start + len(value) and start < s.end and (type_ is None or s.type == type_)
               for s in scrubber.analyze(text))


def person_over(scrubber, text: str, value: str) -> bool:
    """Some PERSON detection overlaps ``value`` (its first occurrence)."""
    start = text.index(value)
    return any(s.type == "PERSON" and s.start < start + len(value) and start < s.end
               for s in scrubber.analyze(text))


def person_covers(scrubber, text: str, name: str) -> bool:
    """Every letter and digit of ``name`` (its first occurrence) lies inside a PERSON detection."""
    start = text.index(name)
    spans = [s for s in scrubber.analyze(text) if s.type == "PERSON"]
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
               if text[i].isalnum())


def people(scrubber, text: str) -> set[str]:
    """The values of the PERSON detections."""
    return {text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "PERSON"}


def secret_covers(scrubber, text: str, value: str, any_type: bool = False) -> bool:
    """SECRET detections (or, ``any_type``, detections of any type: a code typed PHONE_NUMBER does not reach
    the vendor either) cover every letter and digit of ``value`` (its first occurrence)."""
    start = text.index(value)
    covered = set()
    for s in scrubber.analyze(text):
        if any_type or s.type == "SECRET":
            covered.update(range(max(start, s.start), min(start + len(value), s.end)))
    return all(i in covered for i in range(start, start + len(value)) if text[i].isalnum())


def secrets(scrubber, text: str) -> list[str]:
    """The texts of the SECRET detections."""
    return [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "SECRET"]
