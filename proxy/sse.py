"""Server-sent-event answers, event by event: restore placeholders, count usage, never buffer the answer.

Each complete SSE event is parsed (its ``data`` JSON); the dialect says where the incremental texts
are and which channel (choice, content block, …) each belongs to. One ``StreamRestorer`` per channel
holds back only a possible placeholder prefix, so ``<PER`` + ``SON_1>`` split across two events is
still restored. Held-back text is released with the channel's next event, or — when the channel ends
(finish_reason, content_block_stop, ``[DONE]``, end of stream) — in a small extra delta event of the
same dialect. Events without placeholders are passed on byte for byte.
"""

import codecs
import json
import re
import zlib
from collections.abc import Callable
from typing import Any

from proxy.bodies import zstd_module
from proxy.dialects import Channel, Dialect, JsonPath, Usage, get_at, set_at
from scrubber.restore import StreamRestorer, restore

_PARTIAL_PLACEHOLDER = re.compile(r"<[A-Z_]*\d*$")  # an unfinished placeholder at the end of a text
_EVENT_END = re.compile(r"\r\n\r\n|\n\n|\r\r")
_LINE = re.compile(r"\r\n|\n|\r")
MAX_EVENT = 1024 * 1024  # an "event" larger than this is not SSE we understand: pass the rest through
STREAM_ENCODINGS = ("gzip", "x-gzip", "deflate", "br", "zstd")


def json_escape(value: str) -> str:
    """``value`` as it appears inside a JSON string literal (without the quotes)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def restore_strings(obj: Any, mapping: dict[str, str], skip: frozenset[JsonPath] = frozenset(),
                    base: JsonPath = ()) -> Any:
    """Every string in a JSON value with placeholders restored (paths in ``skip`` left alone).

    Iterative, so any depth that parsed can be restored (no RecursionError)."""
    root: list[Any] = [None]
    todo: list[tuple[Any, JsonPath, Any, Any]] = [(obj, base, root, 0)]
    while todo:
        node, path, parent, key = todo.pop()
        if isinstance(node, str):
            parent[key] = node if path in skip else restore(node, mapping)
        elif isinstance(node, list):
            parent[key] = new = [None] * len(node)
            todo.extend((v, (*path, i) if skip else path, new, i) for i, v in enumerate(node))
        elif isinstance(node, dict):
            parent[key] = new = dict.fromkeys(node)
            todo.extend((v, (*path, k) if skip else path, new, k) for k, v in node.items())
        else:
            parent[key] = node
    return root[0]


def fix_offsets(offsets: list[tuple[Any, JsonPath | None, JsonPath]], obj: Any, mapping: dict[str, str],
                texts: dict[Channel, str] | None = None) -> bool:
    """Move character offsets (annotations) into texts by what restoring adds before them; the offsets
    count in the vendor's text, so this runs before the texts are restored. ``offsets``: (channel, None,
    offset path) for an offset into a channel's text so far (``texts``), or (None, text path, offset path)
    for one into a text in ``obj``. True when something moved."""
    changed = False
    for channel, text_path, path in offsets:
        try:
            base = (texts or {}).get(channel, "") if text_path is None else get_at(obj, text_path)
            old = get_at(obj, path)
        except (KeyError, IndexError, TypeError):
            continue
        if isinstance(base, str) and isinstance(old, int) and 0 <= old <= len(base):
            new = len(restore(base[:old], mapping))
            if new != old:
                set_at(obj, path, new)
                changed = True
    return changed


def restore_answer(codec: Dialect, data: Any, mapping: dict[str, str]) -> Any:
    """A whole (non-streamed) JSON answer with placeholders restored and the character offsets into its
    texts (OpenAI annotations) moved to match."""
    if (offsets := codec.answer_offsets) is not None:
        fix_offsets(offsets(data), data, mapping)
    return restore_strings(data, mapping)


class Inflater:
    """Incremental decoder for a content-encoded stream (gzip, deflate, br, zstd)."""

    def __init__(self, encoding: str) -> None:
        enc = encoding.strip().lower()
        self._fn: Callable[[bytes], bytes]
        if enc in ("gzip", "x-gzip"):
            self._fn = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress
        elif enc == "deflate":
            self._deflate: Any = None
            self._fn = self._inflate
        elif enc == "br":
            import brotli

            self._fn = brotli.Decompressor().process
        elif enc == "zstd":
            self._zstd = self._new_zstd()
            self._fn = self._unzstd
        else:
            raise ValueError(f"unsupported content-encoding {encoding!r}")

    def _inflate(self, data: bytes) -> bytes:
        if self._deflate is None:  # zlib-wrapped per the RFC, but some servers send raw deflate
            wrapped = len(data) >= 2 and (data[0] & 0x0F) == 8 and int.from_bytes(data[:2]) % 31 == 0
            self._deflate = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        return self._deflate.decompress(data)

    @staticmethod
    def _new_zstd() -> Any:
        return zstd_module().ZstdDecompressor()

    def _unzstd(self, data: bytes) -> bytes:
        out = b""
        while data:
            out += self._zstd.decompress(data)
            if not self._zstd.eof:
                break
            data = self._zstd.unused_data  # a new frame follows
            self._zstd = self._new_zstd()
        return out

    def __call__(self, data: bytes) -> bytes:
        """Decoded bytes for ``data`` (raise ValueError on corrupt input)."""
        try:
            return self._fn(data) if data else b""
        except Exception as exc:  # zlib.error, brotli.error, ZstdError: all mean the same here
            raise ValueError("corrupt content-encoded stream") from exc


class SSEProcessor:
    """``bytes -> bytes`` for mitmproxy's ``response.stream``: restores (when ``mapping``) and counts.

    Without a mapping the bytes pass through untouched and events are only read for usage.
    ``inflate`` decodes a content-encoded answer; when restoring, the output is then identity-encoded
    (the caller removes Content-Encoding).
    """

    def __init__(self, codec: Dialect, mapping: dict[str, str] | None = None,
                 inflate: Inflater | None = None, collect: int = 0) -> None:
        """``collect``: also keep up to this many characters of the answer's texts as the client gets them
        (restored), per channel, for ``answer_texts`` (0: keep nothing)."""
        self.codec = codec
        self.mapping = mapping or {}
        self._collecting = collect > 0
        self._budget = collect  # characters that may still be kept
        self._answer: dict[Channel, list[str]] = {}
        self.usage = Usage()
        self.events = 0
        self._inflate = inflate
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buf = ""
        self._channels: dict[Channel, StreamRestorer] = {}
        self._last: dict[Channel, Any] = {}
        # Texts as the vendor sent them, for channels whose events carry character offsets into them.
        self._offsets = codec.stream_offsets
        self._offset_tags = codec.offset_channels
        self._raw: dict[Channel, str] = {}
        self._blind = False  # not SSE we understand: stop parsing, pass on

    # -- the mitmproxy callable ----------------------------------------------------------------------
    def __call__(self, chunk: bytes) -> list[bytes]:
        """What to send on for ``chunk`` (``b""``: the answer ended), as mitmproxy's ``response.stream``.

        Never an empty chunk: mitmproxy sends each item as it is, and an empty chunk is the end of the
        body in HTTP/1.1 chunked encoding (the client would see a complete, truncated answer). When a
        read holds only part of an event, there is nothing to send yet: ``[]``.
        """
        out = self.feed(chunk)
        return [out] if out else []

    def feed(self, chunk: bytes) -> bytes:
        """The bytes to send on for ``chunk`` (may be ``b""``: nothing yet); ``b""`` in ends the stream."""
        final = not chunk
        data = chunk
        if self._inflate is not None and not self._blind:
            try:
                data = self._inflate(chunk)
            except ValueError:
                self._blind = True
                data = b""
        if not self.mapping:  # observe only: the client gets the original bytes, at once
            if not self._blind:
                self._take(self._decoder.decode(data, final=final), final)
            return chunk
        if self._blind:
            return data
        out = self._take(self._decoder.decode(data, final=final), final).encode()
        if self._blind:  # just gave up on it: the bytes of a character the decoder holds go on as well
            out += self._decoder.getstate()[0]
            self._decoder.reset()
        return out

    def at_event_boundary(self) -> bool:
        """Whether what the client got so far ends with a whole event, so that one more can follow cleanly
        (always when restoring: only whole events are sent; when observing, if the last read ended one)."""
        return not self._blind and (bool(self.mapping) or not self._buf)

    def release(self) -> bytes:
        """When the answer breaks off: the text still held back on every channel, as carrier events (the
        partial event being read is dropped: the client never got any of it)."""
        return self._end([()], broken=True).encode() if self.mapping and not self._blind else b""

    def answer_texts(self) -> list[str]:
        """The answer's texts (one per channel: a choice, a content block, a tool call's arguments) as the
        client received them, if ``collect`` covered them all; [] when the answer was longer."""
        return ["".join(parts) for parts in self._answer.values()]

    def _kept(self, channel: Channel, text: str) -> None:
        if not self._collecting or not text:
            return
        if len(text) > self._budget:  # longer than asked for: keep nothing, never a truncated text
            self._collecting, self._answer = False, {}
            return
        self._budget -= len(text)
        self._answer.setdefault(channel, []).append(text)

    # -- events --------------------------------------------------------------------------------------
    def _take(self, text: str, final: bool) -> str:
        self._buf += text
        out: list[str] = []
        pos = 0
        while m := _EVENT_END.search(self._buf, pos):
            out.append(self._event(self._buf[pos:m.start()], m.group(0)))
            pos = m.end()
        self._buf = self._buf[pos:]
        if final:
            if self._buf:
                out.append(self._event(self._buf, ""))
                self._buf = ""
            out.append(self._end([()]))
        elif len(self._buf) > MAX_EVENT:
            self._blind = True
            out.append(self._buf)
            self._buf = ""
        return "".join(out)

    def _event(self, raw: str, sep: str) -> str:
        lines = _LINE.split(raw.removeprefix("\ufeff"))  # a byte-order mark may open the stream
        data_lines = [ln[5:].removeprefix(" ") for ln in lines if ln.startswith("data:")]
        if not data_lines:
            return raw + sep
        data = "\n".join(data_lines)
        if data.strip() == "[DONE]":
            return self._end([()]) + raw + sep
        if not data.lstrip().startswith(("{", "[")):
            return raw + sep
        try:
            obj = json.loads(data)
        except (ValueError, RecursionError):  # not JSON, or nested deeper than Python parses: pass it on
            return raw + sep
        self.events += 1
        try:
            self.usage.merge(self.codec.stream_usage(obj))
            if not self.mapping:
                if self._collecting:
                    for t in self.codec.stream_texts(obj):
                        self._kept(t.channel, get_at(obj, t.path))
                return ""
            return self._rewrite(obj, raw, lines, sep, has_lt="<" in data or "\\u003c" in data.lower())
        except RecursionError:  # parsed, but too deep to walk or write again: pass the event on as it is
            return raw + sep

    def _rewrite(self, obj: Any, raw: str, lines: list[str], sep: str, has_lt: bool) -> str:
        texts = self.codec.stream_texts(obj)
        changed = self._offsets is not None and fix_offsets(self._offsets(obj), obj, self.mapping, self._raw)
        mine: dict[Channel, JsonPath] = {}
        for t in texts:
            restorer = self._channels.get(t.channel)
            if restorer is None:
                escape = json_escape if t.json_in_string else None
                restorer = self._channels[t.channel] = StreamRestorer(self.mapping, escape=escape)
            value = get_at(obj, t.path)
            if t.channel[:1] and t.channel[0] in self._offset_tags:
                self._raw[t.channel] = self._raw.get(t.channel, "") + value
            new = restorer.feed(value)
            self._kept(t.channel, new)
            if new != value:
                set_at(obj, t.path, new)
                changed = True
            self._last[t.channel] = obj
            mine[t.channel] = t.path
        if has_lt:  # whole texts in this event (done events, snapshots, tool-call args): restore at once
            skip = frozenset(t.path for t in texts)
            restored = restore_strings(obj, self.mapping, skip)
            if restored != obj:
                obj, changed = restored, True
        before = ""
        for prefix in self.codec.stream_ends(obj):
            for ch in [c for c in self._channels if c[:len(prefix)] == prefix]:
                tail = self._channels.pop(ch).flush()
                if not tail:
                    continue
                self._kept(ch, tail)
                if ch in mine:  # the channel's last text is in this very event
                    set_at(obj, mine[ch], get_at(obj, mine[ch]) + tail)
                    changed = True
                else:
                    before += self._carrier(ch, tail)
        if not changed:
            return before + raw + sep
        data = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
        kept = [ln for ln in lines if not ln.startswith("data:")]
        return before + "\n".join([*kept, "data: " + data]) + (sep or "\n\n")

    def _end(self, prefixes: list[Channel], broken: bool = False) -> str:
        """Release what each ending channel holds back. ``broken``: the answer broke off, so a held-back
        start of a placeholder (``<EMAIL_ADDRE``) will never complete: it is dropped, not shown."""
        out = ""
        for prefix in prefixes:
            for ch in [c for c in self._channels if c[:len(prefix)] == prefix]:
                tail = self._channels.pop(ch).flush()
                if broken:
                    tail = _PARTIAL_PLACEHOLDER.sub("", tail)
                if tail:
                    self._kept(ch, tail)
                    out += self._carrier(ch, tail)
        return out

    def _carrier(self, channel: Channel, text: str) -> str:
        name, obj = self.codec.stream_carrier(channel, text, self._last.get(channel))
        head = f"event: {name}\n" if name else ""
        return f"{head}data: {json.dumps(obj, ensure_ascii=False, separators=(',', ':'))}\n\n"


def restore_events(codec: Dialect, items: list[Any], mapping: dict[str, str]) -> list[Any]:
    """Restore a whole answer that is a JSON array of stream chunks (Gemini without ``alt=sse``).

    Texts continue from one chunk to the next, so a placeholder may be split between two chunks:
    each channel gets one restorer across the array, and what is held back at the end is appended
    to the channel's last text.
    """
    restorers: dict[Channel, StreamRestorer] = {}
    last: dict[Channel, tuple[int, JsonPath]] = {}
    out: list[Any] = []
    for k, obj in enumerate(items):
        texts = codec.stream_texts(obj)
        for t in texts:
            escape = json_escape if t.json_in_string else None
            r = restorers.setdefault(t.channel, StreamRestorer(mapping, escape))
            set_at(obj, t.path, r.feed(get_at(obj, t.path)))
            last[t.channel] = (k, t.path)
        out.append(restore_strings(obj, mapping, frozenset(t.path for t in texts)))
    for ch, r in restorers.items():
        if tail := r.flush():
            k, path = last[ch]
            set_at(out[k], path, get_at(out[k], path) + tail)
    return out
