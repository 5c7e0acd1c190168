"""Placeholders → original values, for whole texts and for streams cut at arbitrary points."""

import re
from collections.abc import Callable, Mapping, Sequence

from scrubber.vault import PLACEHOLDER_RE, canonical

# The longest thing we hold back while waiting for a placeholder to complete. Anything longer that
# starts with "<" cannot be one of ours, so it is released.
MAX_PLACEHOLDER = 64
_SPACES = re.compile(r"\s+")
_LEADING_ZEROS = re.compile(r"_0+(?=\d|\Z)")


def restore(text: str, mapping: Mapping[str, str], escape: Callable[[str], str] | None = None) -> str:
    """Replace every known placeholder (tolerant of case and inner spaces) by its original value.

    ``escape`` transforms the value first, e.g. to JSON-escape it when ``text`` is raw JSON.
    Unknown placeholder-shaped text is left as it is.
    """
    if not mapping or "<" not in text:
        return text

    def sub(m: re.Match[str]) -> str:
        value = mapping.get(canonical(m))
        if value is None:
            return m.group(0)
        return escape(value) if escape else value

    return PLACEHOLDER_RE.sub(sub, text)


def _could_complete(tail: str, keys: Sequence[str]) -> bool:
    """Whether ``tail`` (starting with "<") may still grow into one of the placeholders in ``keys``."""
    norm = _SPACES.sub("", tail).upper()
    norm = _LEADING_ZEROS.sub("_", norm)  # "<PERSON_01" restores like "<PERSON_1"
    return any(k.startswith(norm) for k in keys)


def _holdback_start(buf: str, keys: Sequence[str]) -> int:
    """Index where a possibly incomplete placeholder starts at the end of ``buf``, else len(buf).

    Cutting at a "<" is always safe: no placeholder contains one, so no match spans the cut.
    """
    i = buf.rfind("<")
    if i < 0 or len(buf) - i > MAX_PLACEHOLDER or not _could_complete(buf[i:], keys):
        return len(buf)
    return i


class StreamRestorer:
    """Restores placeholders in a text stream, holding back only a possible placeholder prefix.

    ``feed`` returns what can be released now; ``flush`` releases the rest at the end of the stream.
    The concatenated output equals ``restore`` of the concatenated input, however the input is cut.
    """

    def __init__(self, mapping: Mapping[str, str], escape: Callable[[str], str] | None = None) -> None:
        self._mapping = mapping
        self._keys = tuple(mapping)
        self._escape = escape
        self._buf = ""

    def feed(self, chunk: str) -> str:
        buf = self._buf + chunk
        cut = _holdback_start(buf, self._keys)
        self._buf = buf[cut:]
        return restore(buf[:cut], self._mapping, self._escape)

    def flush(self) -> str:
        buf, self._buf = self._buf, ""
        return restore(buf, self._mapping, self._escape)
