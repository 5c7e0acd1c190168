"""Payload dialects: pure codecs for each provider's JSON (no I/O, never raise on odd input).

Each dialect module subclasses ``Dialect`` (below) and overrides what differs from its defaults:
- ``protocol``: the positions whose string values are protocol structure; every other string of a
  scrubbed request is content (``proxy/scrub_body.py``, scrub by default);
- ``error_body(message) -> dict``: an error shaped like the provider's own, so SDKs show it;
- ``request_model(path, body) -> str``: the model the client asked for ("" when not said);
- ``usage(body) -> Usage``: model and token counts from a (non-streamed) JSON answer;
- ``stream_texts(event) -> list[StreamText]``: the incremental texts in one streamed SSE event;
- ``stream_ends(event) -> list[Channel]``: channel prefixes that end with this event (``()``: all);
- ``stream_carrier(channel, text, last) -> (event_name | None, dict)``: a minimal delta event that
  carries ``text`` on ``channel`` (used to release held-back text at the end of a channel);
- ``stream_usage(event) -> Usage``: what one streamed event says about model and tokens;
- ``stream_offsets`` / ``answer_offsets``: text offsets that restoring shifts (OpenAI annotations).

``dialect(name)`` looks one up by its catalog name (``NAMES``).
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple

JsonPath = tuple[str | int, ...]
Channel = tuple[str | int, ...]

# Keys whose string values are protocol, not content: never scrubbed by the generic walker.
# Keys whose whole subtree is binary or opaque (base64 images, audio, files): not text a person typed.


class StreamText(NamedTuple):
    """One incremental text in a streamed event: its channel, where it is, and whether it is JSON."""

    channel: Channel
    path: JsonPath
    json_in_string: bool = False  # tool-call arguments: the string holds JSON text


@dataclass(slots=True)
class Usage:
    """What an answer says about the model and the tokens used (None: not said)."""

    model: str = ""
    tokens_in: int | None = None
    tokens_out: int | None = None

    def merge(self, other: "Usage") -> None:
        """Take every field ``other`` knows (later stream events refine earlier ones)."""
        self.model = other.model or self.model
        if other.tokens_in is not None:
            self.tokens_in = other.tokens_in
        if other.tokens_out is not None:
            self.tokens_out = other.tokens_out


def get_at(body: Any, path: JsonPath) -> Any:
    """The value at ``path``; raise KeyError/IndexError/TypeError when it is not there."""
    for key in path:
        body = body[key]
    return body


def find(body: Any, *path: str | int) -> Any:
    """The value at ``path``, or None when any step is missing or of the wrong type."""
    for key in path:
        if isinstance(key, int):
            if not isinstance(body, list) or not -len(body) <= key < len(body):
                return None
        elif not isinstance(body, dict):
            return None
        body = body.get(key) if isinstance(key, str) else body[key]
    return body


def set_at(body: Any, path: JsonPath, value: Any) -> None:
    get_at(body, path[:-1])[path[-1]] = value


def as_int(value: Any) -> int | None:
    """A token count, if ``value`` is a non-negative integer (bools are not counts)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def as_list(value: Any) -> list:
    """``value`` if it is a list, else an empty list (odd payloads never raise)."""
    return value if isinstance(value, list) else []


def indexed(event: Any, key: str) -> list[tuple[int, int, dict]]:
    """(position, index, item) for each object in ``event[key]`` (OpenAI choices, Gemini candidates).

    The item's own ``index`` field names its channel when present, else its position in the list.
    """
    out = []
    for k, item in enumerate(as_list(find(event, key))):
        if isinstance(item, dict):
            idx = item.get("index")
            out.append((k, idx if as_int(idx) is not None else k, item))
    return out


def as_str(value: Any) -> str:
    return value[:200] if isinstance(value, str) else ""


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


def protocol(*paths: str) -> frozenset[tuple[str, ...]]:
    """A dialect's protocol positions, written ``messages.*.role`` (``*``: any key or list index).

    Their string values are structure (model, role, type, ids, enums, signatures, tool names) and are
    not scrubbed; every other string of a scrubbed request is. camelCase keys also match snake_case.
    """
    out = set()
    for p in paths:
        parts = tuple(p.split("."))
        out.add(parts)
        out.add(tuple(_snake(k) for k in parts))
    return frozenset(out)


GENERIC_PROTOCOL = protocol("model")


# -- defaults shared by dialects ---------------------------------------------------------------------
def default_request_model(path: str, body: Any) -> str:
    return as_str(find(body, "model"))


def no_stream_texts(event: Any) -> list[StreamText]:
    return []


def no_stream_ends(event: Any) -> list[Channel]:
    return []


def no_usage(body: Any) -> Usage:
    return Usage(model=as_str(find(body, "model")))


# The dialect names a catalog entry may use (checked when the catalog loads).
NAMES = ("openai", "anthropic", "gemini", "generic", "none", "web-chatgpt", "web-claude", "mcp")


def _no_carrier(channel: Channel, text: str, last: Any) -> tuple[str | None, dict]:
    return None, {}


def _no_stream_usage(event: Any) -> Usage:
    return Usage()


def generic_error(message: str) -> dict:
    return {"error": {"message": message, "type": "aiwarden_policy", "code": "blocked_by_policy"}}


class Dialect:
    """A provider's payload format: its protocol positions, error shape, usage and streamed events.

    Subclasses set ``name`` and override what differs from these defaults (as Presidio's recognizers
    subclass ``PatternRecognizer``); each dialect module defines one. The defaults read nothing: an
    unknown payload has no protocol but ``model`` (every other string is content), answers in a generic
    error shape, and streams nothing we restore.
    """

    name: ClassVar[str] = ""
    family: ClassVar[str] = "generic"  # whose error and stream shapes it answers in (upstream_errors.py)
    protocol: ClassVar[frozenset[tuple[str, ...]]] = GENERIC_PROTOCOL
    offset_channels: ClassVar[frozenset[str]] = frozenset()  # channels whose events hold text offsets
    request_model = staticmethod(default_request_model)
    error_body = staticmethod(generic_error)
    usage = staticmethod(no_usage)
    stream_texts = staticmethod(no_stream_texts)
    stream_ends = staticmethod(no_stream_ends)
    stream_carrier = staticmethod(_no_carrier)
    stream_usage = staticmethod(_no_stream_usage)
    # Text offsets that restoring shifts (OpenAI Responses annotations): None when the dialect has none.
    stream_offsets: ClassVar[Callable[..., Any] | None] = None
    answer_offsets: ClassVar[Callable[..., Any] | None] = None

    def __init_subclass__(cls, hooks: dict[str, Any] | None = None, **kw: Any) -> None:
        """``class OpenAI(Dialect, hooks=globals())``: the module's functions named like a hook (and its
        ``PROTOCOL``) become the subclass's, so each is written once, as a plain module function."""
        super().__init_subclass__(**kw)
        for name, value in (hooks or {}).items():
            if name in HOOKS:
                setattr(cls, name, staticmethod(value))
        if hooks and "PROTOCOL" in hooks:
            cls.protocol = hooks["PROTOCOL"]

    def __repr__(self) -> str:
        return f"<dialect {self.name}>"


HOOKS = ("request_model", "error_body", "usage", "stream_texts", "stream_ends", "stream_carrier",
         "stream_usage", "stream_offsets", "answer_offsets")


@functools.cache
def registry() -> dict[str, Dialect]:
    """Every dialect by its catalog name."""
    from proxy import mcp
    from proxy.dialects import anthropic, chatgpt_web, claude_web, gemini, generic, opaque, openai

    found = [openai.OpenAI(), anthropic.Anthropic(), gemini.Gemini(), generic.Generic(), opaque.Opaque(),
             chatgpt_web.ChatGPTWeb(), claude_web.ClaudeWeb(), mcp.MCP()]
    out = {d.name: d for d in found}
    assert tuple(sorted(out)) == tuple(sorted(NAMES)), "proxy.dialects.NAMES and the registry disagree"
    return out


def dialect(name: str) -> Dialect:
    """The dialect of a catalog ``dialect`` name; KeyError for a name no dialect has (the catalog checks
    every name when it loads)."""
    return registry()[name]
