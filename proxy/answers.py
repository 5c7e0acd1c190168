"""The answer side of an AI flow: restore placeholders (JSON and streamed), read usage, warm the next turn.

Chat clients send each answer back as history on the next turn, so a restored answer is handed to an
idle scrubber worker right away (``Preparer``): the next request's history is then an analysis-cache hit.
"""

import json
from collections.abc import Callable

from mitmproxy import http

from proxy.bodies import decode_bounded
from proxy.dialects import Usage, dialect
from proxy.scrubbing import scrub_options
from proxy.sse import STREAM_ENCODINGS, Inflater, SSEProcessor, restore_answer, restore_events
from proxy.state import FlowState
from scrubber.restore import restore
from scrubber.types import ScrubOptions

PREPARE_CHARS = 64 * 1024  # streamed answers up to this are kept (in memory) to be pre-analysed
ANSWER_LIMIT = 8 * 1024 * 1024  # answers up to this are read for usage (and restored); larger ones stream
Preparer = Callable[[list[str], ScrubOptions], object] | None  # ScrubPool.prepare, when the scrubber has one


def json_strings(obj: object) -> list[str]:
    """Every string value in a parsed JSON document, in document order (iterative: any depth)."""
    out: list[str] = []
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict | list):
            stack.extend(reversed(list(item.values()) if isinstance(item, dict) else item))
    return out


def prepare_next_turn(st: FlowState, prepare: Preparer, answer: object) -> None:
    """Chat clients send this answer back as history next turn: let an idle worker analyse it now."""
    if prepare is None or st.decision.action != "scrub":
        return
    texts = [t for t in json_strings(answer) if len(t) >= 20 and " " in t]  # prose, not ids or enums
    if texts:
        prepare(texts[:20], scrub_options(st.decision))


def set_up_stream(resp: http.Response, st: FlowState, prepares: bool) -> None:
    """Before the answer's body: read a server-sent-event answer as it streams (restore, count)."""
    if resp.headers.get("content-type", "").lower().startswith("text/event-stream"):
        enc = resp.headers.get("content-encoding", "").strip().lower()
        inflater = None
        if enc in STREAM_ENCODINGS:
            inflater = Inflater(enc)
        elif enc not in ("", "identity"):
            resp.stream = True  # an encoding we cannot read: pass it on as it is
            return
        if st.mapping:  # we rewrite the events: the client gets them decoded, length unknown
            if inflater:
                del resp.headers["content-encoding"]
            resp.headers.pop("content-length", None)
        collect = PREPARE_CHARS if prepares and st.decision.action == "scrub" else 0
        st.stream = SSEProcessor(dialect(st.dialect), st.mapping, inflater, collect)
        resp.stream = st.stream
    elif not st.mapping and int(resp.headers.get("content-length") or 0) > ANSWER_LIMIT:
        resp.stream = True


def read_answer(resp: http.Response | None, st: FlowState, prepare: Preparer) -> Usage:
    """Usage from a JSON answer, and placeholders restored in it (JSON stays valid)."""
    if resp is None or resp.stream or not resp.raw_content or len(resp.raw_content) > ANSWER_LIMIT:
        return Usage()
    try:
        content = decode_bounded(resp.raw_content, resp.headers.get("content-encoding", ""), 4 * ANSWER_LIMIT)
    except ValueError:  # an encoding we cannot read, or a compression bomb: pass it on as it is
        return Usage()
    ctype = resp.headers.get("content-type", "").lower()
    text = content.decode("utf-8", "replace")
    mapping = st.mapping
    placeholders = bool(mapping) and ("<" in text or "\\u003c" in text.lower())
    try:
        data = json.loads(text) if text.lstrip()[:1] in ("{", "[") else None
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python parses
        data = None
    if data is None:
        if placeholders and ctype.startswith(("text/", "application/json")):
            resp.set_content(restore(text, mapping).encode())
        return Usage()
    codec = dialect(st.dialect)
    if placeholders:
        # A JSON array of stream chunks (Gemini without alt=sse) continues texts across items.
        if isinstance(data, list):
            data = restore_events(codec, data, mapping)
        else:
            data = restore_answer(codec, data, mapping)  # annotation offsets follow the restored text
        resp.set_content(json.dumps(data, ensure_ascii=False).encode())
    prepare_next_turn(st, prepare, data)
    return codec.usage(data)
