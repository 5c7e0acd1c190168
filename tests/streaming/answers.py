"""Streamed answers as vendors send them, and how each real client reads them back.

``DIALECTS[name]`` says where to send the request (host, path, body), how the vendor streams its answer
(``make(pieces, rnd) -> (content_type, body)``: the answer text in the given pieces, with the framing
quirks real services have) and how the client assembles the answer (the official SDK where one can be
pointed at the proxy, else a small SSE reader). The vendor text contains the placeholders the vendor
received, so what the client assembles must be the same text with the originals back.
"""

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

NAME, EMAIL = "John Smith", "john.smith@example.com"
PROMPT = f"Hello, my name is {NAME}. Please email {EMAIL} about the renewal."
# Multi-byte characters on both sides of the placeholders, a newline, the name twice.
TEMPLATE = "Grüße, {P}! 😀 Schreib an {E} — 谢谢, {P}.\nZeile zwei — Ende 🎉"
ANNOTATED = "Ende"  # the Responses answer cites this word (its offsets move when placeholders are restored)
_PH = re.compile(r"<(PERSON|EMAIL_ADDRESS)_\d+>")


def placeholders(body: bytes) -> dict[str, str]:
    """The first placeholder of each kind in what the vendor received."""
    found: dict[str, str] = {}
    for m in _PH.finditer(body.decode("utf-8", "replace")):
        found.setdefault(m.group(1), m.group(0))
    return found


def vendor_text(body: bytes) -> str:
    """The answer the vendor writes: the template with the placeholders it received (or, when it received
    none, i.e. allowed traffic, literal placeholder-shaped text that must pass untouched)."""
    ph = placeholders(body)
    return TEMPLATE.format(P=ph.get("PERSON", "<PERSON_1>"), E=ph.get("EMAIL_ADDRESS", "<EMAIL_ADDRESS_1>"))


EXPECTED = TEMPLATE.format(P=NAME, E=EMAIL)


def pieces(text: str, rnd: random.Random) -> list[str]:
    """``text`` cut at random characters, always at least once inside each placeholder."""
    cuts = {rnd.randrange(1, len(text)) for _ in range(rnd.randint(2, 14))}
    for m in _PH.finditer(text):
        cuts.add(rnd.randrange(m.start() + 1, m.end()))
    out, pos = [], 0
    for c in sorted(cuts):
        out.append(text[pos:c])
        pos = c
    return [*out, text[pos:]]


def byte_cuts(body: bytes, rnd: random.Random) -> list[int]:
    """Random byte offsets, plus one inside an event separator, a UTF-8 character and a placeholder."""
    cuts = {rnd.randrange(1, len(body)) for _ in range(rnd.randint(1, 40))}
    targets = [m.start() + 1 for m in re.finditer(rb"\r?\n\r?\n", body)]
    targets += [i for i in range(1, len(body)) if body[i] & 0xC0 == 0x80][:50]  # inside UTF-8 sequences
    targets += [m.start() + rnd.randint(1, 5) for m in re.finditer(rb"<(PERSON|EMAIL)", body)]
    cuts.update(rnd.sample(targets, min(len(targets), 6)))
    return sorted(cuts)


def _dumps(obj: object, rnd: random.Random) -> str:
    """JSON the way different vendors write it: compact or space-padded, raw UTF-8 or \\u escapes."""
    if rnd.random() < 0.5:
        return json.dumps(obj, ensure_ascii=rnd.random() < 0.3, separators=(",", ":"))
    return json.dumps(obj, ensure_ascii=rnd.random() < 0.3)


def _sse(
    events: list[tuple[str | None, object]],
    rnd: random.Random,
    nl: str,
    done: bool = False,
    retry: bool = True,
) -> bytes:
    out = []
    for k, (name, obj) in enumerate(events):
        if rnd.random() < 0.15:
            out.append(f": ping{nl}{nl}")
        head = f"event: {name}{nl}" if name else ""
        if retry and k == 0 and rnd.random() < 0.5:
            head = f"retry: 3000{nl}" + head
        out.append(f"{head}data: {_dumps(obj, rnd)}{nl}{nl}")
    if done:
        out.append(f"data: [DONE]{nl}{nl}")
    return "".join(out).encode()


# -- vendors -------------------------------------------------------------------------------------------
def openai_chat(parts: list[str], rnd: random.Random) -> tuple[str, bytes]:
    nl = rnd.choice(["\n", "\r\n"])
    base = {
        "id": "chatcmpl-net",
        "object": "chat.completion.chunk",
        "created": 1764000000,
        "model": "gpt-4o-mini",
        "system_fingerprint": "fp_net",
    }

    def chunk(choices: list, **extra: object) -> tuple[None, dict]:
        d = {**base, "choices": choices, "usage": None, **extra}
        keys = list(d)
        rnd.shuffle(keys)  # key order changes between chunks
        return None, {k: d[k] for k in keys}

    events = []
    if rnd.random() < 0.3:  # Azure: a first chunk with no choices, only the prompt filter results
        events.append(chunk([], prompt_filter_results=[{"prompt_index": 0, "content_filter_results": {}}]))
    events.append(
        chunk(
            [
                {
                    "index": 0,
                    "delta": {"role": "assistant", "content": "", "refusal": None},
                    "logprobs": None,
                    "finish_reason": None,
                }
            ]
        )
    )
    for p in parts:
        events.append(
            chunk(
                [{"index": 0, "delta": {"content": p}, "logprobs": None, "finish_reason": None}],
                obfuscation="x" * rnd.randint(1, 9),
            )
        )
    events.append(chunk([{"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}]))
    events.append(chunk([], usage={"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}))
    return "text/event-stream; charset=utf-8", _sse(events, rnd, nl, done=True)


def openai_responses(parts: list[str], rnd: random.Random) -> tuple[str, bytes]:
    nl = rnd.choice(["\n", "\r\n"])
    text = "".join(parts)
    start = text.index(ANNOTATED)
    ann = {
        "type": "url_citation",
        "start_index": start,
        "end_index": start + len(ANNOTATED),
        "title": "Ende",
        "url": "https://example.com/ende",
    }
    part = {"type": "output_text", "text": text, "annotations": [ann], "logprobs": []}
    item = {"id": "msg_net", "type": "message", "status": "completed", "role": "assistant", "content": [part]}
    resp = {
        "id": "resp_net",
        "object": "response",
        "created_at": 1764000000,
        "status": "in_progress",
        "model": "gpt-4o-mini",
        "output": [],
        "usage": None,
    }
    n = iter(range(10_000))
    ev: list[tuple[str | None, object]] = []

    def add(kind: str, **fields: object) -> None:
        ev.append((kind, {"type": kind, "sequence_number": next(n), **fields}))

    add("response.created", response=resp)
    add("response.output_item.added", output_index=0, item={**item, "status": "in_progress", "content": []})
    add(
        "response.content_part.added",
        item_id="msg_net",
        output_index=0,
        content_index=0,
        part={"type": "output_text", "text": "", "annotations": []},
    )
    for p in parts:
        add(
            "response.output_text.delta",
            item_id="msg_net",
            output_index=0,
            content_index=0,
            delta=p,
            logprobs=[],
            obfuscation="abc",
        )
    add(
        "response.output_text.annotation.added",
        item_id="msg_net",
        output_index=0,
        content_index=0,
        annotation_index=0,
        annotation=ann,
    )
    add(
        "response.output_text.done",
        item_id="msg_net",
        output_index=0,
        content_index=0,
        text=text,
        logprobs=[],
    )
    add("response.content_part.done", item_id="msg_net", output_index=0, content_index=0, part=part)
    add("response.output_item.done", output_index=0, item=item)
    add(
        "response.completed",
        response={
            **resp,
            "status": "completed",
            "output": [item],
            "usage": {"input_tokens": 12, "output_tokens": 8, "total_tokens": 20},
        },
    )
    return "text/event-stream; charset=utf-8", _sse(ev, rnd, nl)


def anthropic_events(parts: list[str], rnd: random.Random) -> list[tuple[str | None, object]]:
    msg = {
        "id": "msg_net",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 13, "output_tokens": 1},
    }
    ev: list[tuple[str | None, object]] = [("message_start", {"type": "message_start", "message": msg})]
    idx = 0
    if rnd.random() < 0.4:  # a thinking block first: an empty thinking_delta, then the signature
        ev += [
            (
                "content_block_start",
                {
                    "type": "content_block_start",
                    "index": 0,
                    "content_block": {"type": "thinking", "thinking": "", "signature": ""},
                },
            ),
            (
                "content_block_delta",
                {
                    "type": "content_block_delta",
                    "index": 0,
                    "delta": {"type": "thinking_delta", "thinking": ""},
                },
            ),
            (
                "content_block_delta",
                {
                    "type": "content_block_delta",
                    "index": 0,
                    "delta": {"type": "signature_delta", "signature": "c2lnbmF0dXJl"},
                },
            ),
            ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        ]
        idx = 1
    ev.append(
        (
            "content_block_start",
            {"type": "content_block_start", "index": idx, "content_block": {"type": "text", "text": ""}},
        )
    )
    for k, p in enumerate(parts):
        if k == 1 or rnd.random() < 0.1:
            ev.append(("ping", {"type": "ping"}))
        ev.append(
            (
                "content_block_delta",
                {"type": "content_block_delta", "index": idx, "delta": {"type": "text_delta", "text": p}},
            )
        )
    ev += [
        ("content_block_stop", {"type": "content_block_stop", "index": idx}),
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": 9},
            },
        ),
        ("message_stop", {"type": "message_stop"}),
    ]
    return ev


def anthropic(parts: list[str], rnd: random.Random) -> tuple[str, bytes]:
    return "text/event-stream; charset=utf-8", _sse(
        anthropic_events(parts, rnd), rnd, rnd.choice(["\n", "\r\n"])
    )


def _gemini_chunks(parts: list[str], rnd: random.Random) -> list[dict]:
    out = []
    if rnd.random() < 0.4:
        out.append(
            {
                "candidates": [
                    {
                        "content": {"parts": [{"text": "**Thinking**", "thought": True}], "role": "model"},
                        "index": 0,
                    }
                ]
            }
        )
    for p in parts:
        out.append({"candidates": [{"content": {"parts": [{"text": p}], "role": "model"}, "index": 0}]})
    out[-1]["candidates"][0]["finishReason"] = "STOP"
    for c in out:
        c.update(
            usageMetadata={"promptTokenCount": 14, "candidatesTokenCount": 10, "totalTokenCount": 24},
            modelVersion="gemini-2.5-flash",
            responseId="net",
        )
    return out


def gemini_sse(parts: list[str], rnd: random.Random) -> tuple[str, bytes]:
    body = "".join(f"data: {_dumps(c, rnd)}\r\n\r\n" for c in _gemini_chunks(parts, rnd))  # Gemini: CRLF
    return "text/event-stream", body.encode()


def gemini_array(parts: list[str], rnd: random.Random) -> tuple[str, bytes]:
    items = [json.dumps(c, indent=2, ensure_ascii=rnd.random() < 0.3) for c in _gemini_chunks(parts, rnd)]
    return "application/json; charset=UTF-8", ("[" + "\r\n,\r\n".join(items) + "]").encode()


def chatgpt_web(parts: list[str], rnd: random.Random) -> tuple[str, bytes]:
    nl = "\n"
    msg = {
        "id": "m1",
        "author": {"role": "assistant"},
        "content": {"content_type": "text", "parts": [""]},
        "status": "in_progress",
        "metadata": {"model_slug": "gpt-5"},
    }
    ev: list[tuple[str | None, object]] = [("delta", {"p": "", "o": "add", "v": {"message": msg}})]
    for k, p in enumerate(parts):
        if k == 0:
            ev.append(("delta", {"p": "/message/content/parts/0", "o": "append", "v": p}))
        elif k == len(parts) - 1 or rnd.random() < 0.2:  # the app batches operations in patch lists
            ev.append(
                (
                    "delta",
                    {
                        "p": "",
                        "o": "patch",
                        "v": [
                            {"p": "/message/content/parts/0", "o": "append", "v": p},
                            {"p": "/message/status", "o": "replace", "v": "finished_successfully"},
                        ],
                    },
                )
            )
        else:
            ev.append(("delta", {"v": p}))
    ev.append((None, {"type": "message_stream_complete", "conversation_id": "c1"}))
    body = f'event: delta_encoding{nl}data: "v1"{nl}{nl}'.encode() + _sse(ev, rnd, nl, done=True, retry=False)
    return "text/event-stream; charset=utf-8", body


def claude_web(parts: list[str], rnd: random.Random) -> tuple[str, bytes]:
    nl = rnd.choice(["\n", "\r\n"])
    if rnd.random() < 0.5:  # today's claude.ai: Anthropic Messages events
        return "text/event-stream; charset=utf-8", _sse(anthropic_events(parts, rnd), rnd, nl)
    ev: list[tuple[str | None, object]] = [
        ("completion", {"type": "completion", "completion": p, "stop_reason": None, "model": "claude-x"})
        for p in parts
    ]
    ev.append(
        (
            "completion",
            {"type": "completion", "completion": "", "stop_reason": "stop_sequence", "model": "claude-x"},
        )
    )
    return "text/event-stream; charset=utf-8", _sse(ev, rnd, nl)


# -- clients -------------------------------------------------------------------------------------------
def sse_objects(raw: bytes) -> list[tuple[str | None, object]]:
    """(event name, parsed data) of every SSE event with JSON data."""
    out = []
    text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    for block in text.split("\n\n"):
        name, data = None, []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].removeprefix(" "))
        if data and "".join(data).strip() not in ("[DONE]",):
            out.append((name, json.loads("\n".join(data))))
    return out


def chatgpt_text(raw: bytes) -> str:
    out = []
    for _, ev in sse_objects(raw):
        if not isinstance(ev, dict):
            continue
        if isinstance(ev.get("v"), str) and ev.get("o", "append") == "append":
            out.append(ev["v"])
        elif ev.get("o") == "patch":
            out += [
                op["v"] for op in ev["v"] if op.get("o") == "append" and "/content/parts/" in op.get("p", "")
            ]
    return "".join(out)


def claude_web_text(raw: bytes) -> str:
    out = []
    for _, ev in sse_objects(raw):
        if isinstance(ev.get("completion"), str):
            out.append(ev["completion"])
        elif ev.get("type") == "content_block_delta" and ev["delta"].get("type") == "text_delta":
            out.append(ev["delta"]["text"])
    return "".join(out)


def gemini_array_text(raw: bytes) -> str:
    return "".join(
        p["text"]
        for c in json.loads(raw)
        for p in c["candidates"][0]["content"]["parts"]
        if not p.get("thought")
    )


@dataclass(frozen=True)
class Dialect:
    host: str
    path: str
    body: dict
    make: Callable[[list[str], random.Random], tuple[str, bytes]]
    read: Callable[[bytes], str] | None = None  # how a client without an SDK reads the raw answer


DIALECTS: dict[str, Dialect] = {
    "openai-chat": Dialect(
        "api.openai.com",
        "/v1/chat/completions",
        {
            "model": "gpt-4o-mini",
            "stream": True,
            "stream_options": {"include_usage": True},
            "messages": [{"role": "user", "content": PROMPT}],
        },
        openai_chat,
    ),
    "openai-responses": Dialect(
        "api.openai.com",
        "/v1/responses",
        {"model": "gpt-4o-mini", "stream": True, "input": PROMPT},
        openai_responses,
    ),
    "anthropic": Dialect(
        "api.anthropic.com",
        "/v1/messages",
        {
            "model": "claude-sonnet-4-5",
            "max_tokens": 100,
            "stream": True,
            "messages": [{"role": "user", "content": PROMPT}],
        },
        anthropic,
    ),
    "gemini-sse": Dialect(
        "generativelanguage.googleapis.com",
        "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
        {"contents": [{"role": "user", "parts": [{"text": PROMPT}]}]},
        gemini_sse,
    ),
    "gemini-array": Dialect(
        "generativelanguage.googleapis.com",
        "/v1beta/models/gemini-2.5-flash:streamGenerateContent",
        {"contents": [{"role": "user", "parts": [{"text": PROMPT}]}]},
        gemini_array,
        gemini_array_text,
    ),
    "chatgpt-web": Dialect(
        "chatgpt.com",
        "/backend-api/conversation",
        {
            "action": "next",
            "model": "auto",
            "messages": [
                {"author": {"role": "user"}, "content": {"content_type": "text", "parts": [PROMPT]}}
            ],
        },
        chatgpt_web,
        chatgpt_text,
    ),
    "claude-web": Dialect(
        "claude.ai",
        "/api/organizations/org1/chat_conversations/c1/completion",
        {"prompt": PROMPT, "attachments": [], "files": []},
        claude_web,
        claude_web_text,
    ),
}
