"""Scrub by default: every piece of text in a request, unless it is known protocol structure.

For a request the policy scrubs, ``collect`` finds every string in the body — any key, any depth, JSON held
in strings, text attachments, form fields, multipart parts — except the values at a dialect's protocol
positions (``Dialect.protocol``: model, role, type, ids, enums, signatures, tool *names*). An unknown field
is content. ``apply`` writes the scrubbed texts back and re-encodes what held them. What cannot be checked
(an image under ``images: block``, a document that cannot be rewritten and holds personal data, an
unreadable attachment) is a ``Refusal``: the request is not sent.

Pure code: no I/O, no mitmproxy. The addon calls ``collect``, sends ``Walk.texts`` to the scrubber, then
``Walk.apply`` with the results.
"""

import base64
import binascii
import json
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from proxy import urls
from proxy.attachments import (
    UNKNOWN_BINARY,
    decode_base64,
    open_attachment,
    parse_data_url,
    parse_multipart,
    plan,
)

Pattern = tuple[str, ...]
_URL = re.compile(r"https?://[^\s]+", re.IGNORECASE)
_B64 = re.compile(r"[A-Za-z0-9+/=\s_-]+")
MIN_BASE64 = 128  # shorter base64-looking strings are scrubbed as text (ids, tokens)
MAX_JSON_IN_STRING = 4 * 1024 * 1024


class Refusal(Exception):
    """The request cannot be checked or rewritten: refuse it. ``message`` is shown, ``reason`` recorded."""

    def __init__(self, message: str, reason: str, status: int = 403) -> None:
        super().__init__(message)
        self.message, self.reason, self.status = message, reason, status


def _protocol(rules: frozenset[Pattern], path: tuple[str, ...]) -> bool:
    for rule in rules:
        if len(rule) == len(path) and all(r == "*" or r == p for r, p in zip(rule, path, strict=True)):
            return True
    return False


_NUMBER_DIGITS = (7, 19)  # phone, SSN, card and account numbers; shorter ints are counts and amounts
_NOT_PII_NUMBER = re.compile(r"(?i)(^|_)(at|time|timestamp|created|updated|expires|date|seed|tokens|index|"
                             r"count|size|length|offset|limit|version|budget)$|^max_")
_TOKEN = re.compile(r"[^\s@]{1,512}")  # a protocol value never has spaces or an "@"


@dataclass(frozen=True, slots=True)
class AttachmentPolicy:
    attachments: str = "scrub"  # scrub | block | allow
    images: str = "block"  # allow | block

    @property
    def unchecked(self) -> bool:
        """Nothing to look at: every file passes (``attachments`` and ``images`` both allow)."""
        return self.attachments == "allow" and self.images == "allow"


UNCHECKED = AttachmentPolicy("allow", "allow")  # allowed traffic is only measured, never opened


@dataclass
class Walk:
    """The texts of one request and how to put their scrubbed forms back."""

    texts: list[str] = field(default_factory=list)
    _setters: list[Callable[[str], None]] = field(default_factory=list)
    _finish: list[Callable[[], None]] = field(default_factory=list)
    attachments: int = 0  # attachments opened (text or document)

    def add(self, text: str, setter: Callable[[str], None]) -> None:
        if text:
            self.texts.append(text)
            self._setters.append(setter)

    def apply(self, scrubbed: list[str]) -> None:
        """Write the scrubbed texts back (inner containers first). Raises Refusal."""
        # Reversed: a value is written before the key above it is renamed.
        for setter, text in reversed(list(zip(self._setters, scrubbed, strict=True))):
            setter(text)
        for finish in reversed(self._finish):
            finish()


class Box:
    """A mutable holder for a value that is replaced whole (the body, a string holding JSON)."""

    def __init__(self, value: Any) -> None:
        self.value = value


def _set(container: Any, key: Any) -> Callable[[str], None]:
    return partial(operator.setitem, container, key)


def _rename(container: dict, key: str) -> Callable[[str], None]:
    def setter(value: str) -> None:
        if value == key:
            return
        if value in container:  # two keys that scrub to one: cannot be sent faithfully, nor unscrubbed
            raise Refusal("aiwarden could not rewrite this request, so it was not sent.",
                          "scrubbed object keys collide")
        container[value] = container.pop(key)
    return setter


class Collector:
    def __init__(self, rules: frozenset[Pattern], policy: AttachmentPolicy) -> None:
        self.rules = rules
        self.policy = policy
        self.walk = Walk()

    # -- JSON ----------------------------------------------------------------------------------------
    def json(self, root: Box) -> None:
        """Every string under ``root.value`` (iterative: any depth)."""
        stack: list[tuple[Any, Any, tuple[str, ...]]] = [(root, "value", ())]
        while stack:
            container, key, path = stack.pop()
            value = container[key] if not isinstance(container, Box) else container.value
            if isinstance(value, str):
                self._string(container, key, path, False, value)
            elif type(value) is int and _NUMBER_DIGITS[0] <= len(str(abs(value))) <= _NUMBER_DIGITS[1]:
                self._number(container, key, value)
            elif isinstance(value, dict):
                if self._attachment_object(value, path):
                    continue
                for k in list(value):
                    if not _plain_key(k):  # "maria@example.com": {...} — a key can be content too
                        self.walk.add(k, _rename(value, k))
                    stack.append((value, k, (*path, k)))
            elif isinstance(value, list):
                for i in range(len(value)):
                    stack.append((value, i, (*path, "*")))

    def _string(self, container: Any, key: Any, path: tuple[str, ...], free: bool, value: str) -> None:
        if not free and _protocol(self.rules, path) and _TOKEN.fullmatch(value):
            return
        if value.startswith("data:"):
            return self._data_url(container, key, value)
        if _URL.fullmatch(value):  # a link the vendor will fetch: its percent-encoded parts, decoded
            return self._url(container, key, value)
        stripped = value.lstrip()
        if stripped[:1] in ("{", "[") and len(value) <= MAX_JSON_IN_STRING:
            try:
                inner = json.loads(value)
            except (ValueError, RecursionError):
                inner = None
            if isinstance(inner, dict | list):  # tool arguments and the like: walk the JSON itself
                return self._json_in_string(container, key, inner)
        if len(value) >= MIN_BASE64 and _B64.fullmatch(value) and self._base64(container, key, value, ""):
            return
        self.walk.add(value, partial(_write, container, key))  # a Box or an object/list slot

    def _number(self, container: Any, key: Any, value: int) -> None:
        """A long integer (an SSN, a phone or card number sent as a JSON number): checked with its key as
        context; when the scrubber finds something, the number becomes the scrubbed text (a string)."""
        if isinstance(key, str) and _NOT_PII_NUMBER.search(key):
            return
        head = f"{key}: " if isinstance(key, str) else ""
        text = f"{head}{value}"

        def setter(new: str) -> None:
            if new != text:
                _write(container, key, new.removeprefix(head))
        self.walk.add(text, setter)

    def string(self, container: Any, key: Any, value: str) -> None:
        """A loose string (a header value): scrubbed like a JSON string with no protocol position."""
        self._string(container, key, (), True, value)

    def _url(self, container: Any, key: Any, value: str) -> None:
        parts = urlsplit(value)
        target = urls.Target(parts.path, parts.query)
        found = urls.free_text(target)
        new = [t.text for t in found]
        for i, t in enumerate(found):
            self.walk.add(t.text, _set(new, i))
        fragment = Box(unquote(parts.fragment))
        self.walk.add(fragment.value, partial(setattr, fragment, "value"))
        before = list(new)

        def finish() -> None:
            if new != before or fragment.value != unquote(parts.fragment):
                t = urls.rebuild(target, found, new)
                _write(container, key, urlunsplit((parts.scheme, parts.netloc, t.path, t.query,
                                                   quote(fragment.value, safe="/?=&"))))
        self.walk._finish.append(finish)

    def _json_in_string(self, container: Any, key: Any, inner: Any) -> None:
        box = Box(inner)
        before = len(self.walk.texts)
        sub = Collector(frozenset(), self.policy)  # no protocol positions: JSON the user supplied
        sub.walk = self.walk
        sub.json(box)
        if len(self.walk.texts) == before:
            return
        original = json.dumps(inner, ensure_ascii=False)

        def finish() -> None:
            text = json.dumps(box.value, ensure_ascii=False)
            if text != original:
                _write(container, key, text)
        self.walk._finish.append(finish)

    # -- attachments ---------------------------------------------------------------------------------
    def _attachment_object(self, obj: dict, path: tuple[str, ...]) -> bool:
        """Base64 data beside its media type (Anthropic ``source``, Gemini ``inlineData``, OpenAI
        ``input_audio``): handled here, True when ``obj`` was taken care of."""
        data = obj.get("data")
        if not isinstance(data, str):
            return False
        media = obj.get("media_type") or obj.get("mimeType") or obj.get("mime_type")
        if obj.get("type") == "base64" and isinstance(media, str):
            pass
        elif isinstance(media, str) and set(obj) <= {"data", "mimeType", "mime_type", "displayName",
                                                      "display_name"}:
            pass
        elif "format" in obj and set(obj) <= {"data", "format"}:  # OpenAI input_audio
            media = f"audio/{obj.get('format')}"
        else:
            return False
        if self.policy.unchecked:
            return True
        for k, v in obj.items():  # the other fields (display names) are content too
            if k != "data" and isinstance(v, str) and k not in ("type", "media_type", "mimeType", "mime_type",
                                                                   "format"):
                self.walk.add(v, _set(obj, k))
        raw = decode_base64(data, lenient=True)
        if raw is None:
            raise Refusal("aiwarden could not read an attachment of this request, so it was not sent.",
                          "attachment not readable (bad base64)")
        self.attachment(raw, str(media), "", lambda b: obj.__setitem__("data", base64.b64encode(b).decode()))
        return True

    def _data_url(self, container: Any, key: Any, value: str) -> None:
        if self.policy.unchecked:
            return
        url = parse_data_url(value)
        if url is None:
            raise Refusal("aiwarden could not read an attachment of this request, so it was not sent.",
                          "attachment not readable (bad data URL)")
        self.attachment(url.data, url.content_type, "", lambda b: _write(container, key, url.with_data(b)))

    def _base64(self, container: Any, key: Any, value: str, media: str) -> bool:
        """A long base64 string without a declared type: opened when it decodes, else scrubbed as text."""
        try:
            raw = base64.b64decode("".join(value.split()), altchars=b"-_" if "-" in value or "_" in value
                                   else None, validate=True)
        except (binascii.Error, ValueError):
            return False
        if self.policy.unchecked:
            return True
        self.attachment(raw, media or "application/octet-stream", "",
                    lambda b: _write(container, key, base64.b64encode(b).decode()), opaque_ok=True)
        return True

    def attachment(self, raw: bytes, media: str, filename: str, write: Callable[[bytes], None],
                   opaque_ok: bool = False) -> None:
        """An attachment: text is scrubbed and re-encoded, a document checked, the rest per policy
        (``proxy.attachments.plan``). ``opaque_ok``: bytes of no known format pass (a base64 string found
        in a field with no declared type is a token or a signature, not a file a person attached)."""
        if self.policy.unchecked:
            return
        att = open_attachment(raw, media, filename)
        if opaque_ok and att.kind == "unreadable" and att.reason == UNKNOWN_BINARY:
            return
        step = plan(att, self.policy.attachments, self.policy.images)
        what = f"{att.kind} attachment ({_short(media)})"
        if step.step == "pass":
            return
        if step.step == "refuse":
            raise Refusal(f"aiwarden did not send this request: {step.reason}.",
                          f"{what} refused: {step.reason}")
        self.walk.attachments += 1
        text = att.text or ""
        if step.step == "scrub":
            holder = Box(text)

            def finish() -> None:
                if holder.value != text:
                    write(att.encode(holder.value))
            self.walk._finish.append(finish)  # before what _string adds: finishers run inner first
            self._string(holder, "value", (), True, text)  # a JSON file is walked as JSON (\u0040 decoded)
            return

        def check(new: str) -> None:  # a document we cannot rewrite: refused if it holds what we scrub
            if new != text:
                raise Refusal(f"This request has a {what} that contains personal data aiwarden cannot remove "
                              "from that file type, so it was not sent. Remove the data, or paste the text "
                              "instead.", f"personal data in a {what}")
        self.walk.add(text, check)

    # -- other body types ----------------------------------------------------------------------------
    def form(self, content: str) -> Callable[[], bytes]:
        pairs = [list(p) for p in parse_qsl(content, keep_blank_values=True)]
        for pair in pairs:
            for i in (0, 1):
                self.walk.add(pair[i], _set(pair, i))
        return lambda: urlencode([tuple(p) for p in pairs]).encode()

    def text(self, content: str) -> Callable[[], bytes]:
        box = Box(content)
        self.walk.add(content, partial(setattr, box, "value"))
        return lambda: box.value.encode()

    def multipart(self, content_type: str, raw: bytes) -> Callable[[], tuple[str, bytes]]:
        mp = parse_multipart(content_type, raw)
        if mp is None:
            raise Refusal("aiwarden could not read this upload, so it was not sent.",
                          "multipart not readable")
        for part in mp.parts:
            if part.filename is None and not part.content_type:
                try:
                    value = part.data.decode("utf-8")
                except UnicodeDecodeError:
                    value = None
                if value is not None:
                    holder = Box(value)
                    self.walk.add(value, partial(setattr, holder, "value"))
                    self.walk._finish.append(_part_writer(part, holder, value))
                    continue
            self.attachment(part.data, part.content_type or "application/octet-stream", part.filename or "",
                        partial(setattr, part, "data"))
            if part.filename:
                self.walk.add(part.filename, partial(setattr, part, "filename"))
        return mp.build


def _part_writer(part: Any, holder: Box, before: str) -> Callable[[], None]:
    def finish() -> None:
        if holder.value != before:
            part.data = holder.value.encode()
    return finish


def _short(media: str) -> str:
    return re.sub(r"[^\w./+-]", "", media.split(";", 1)[0])[:60] or "unknown type"


def _write(container: Any, key: Any, value: str) -> None:
    if isinstance(container, Box):
        container.value = value
    else:
        container[key] = value


_PLAIN_KEY = re.compile(r"[A-Za-z_$][A-Za-z0-9_$.-]{0,63}")


def _plain_key(key: str) -> bool:
    """An identifier-like key: structure, not content (keys with spaces, '@' or digits are scrubbed)."""
    return bool(_PLAIN_KEY.fullmatch(key)) and not any(c.isdigit() for c in key)
