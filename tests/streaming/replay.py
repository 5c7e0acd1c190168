"""Recorded answers of real services (/work/shared/fixtures/vendor_responses), with placeholders injected.

``inject(fixture, person, email)`` puts the placeholders into the recorded answer's texts, the person's
split across two consecutive text events of the same channel, as a model echoing them would. Only the
events it changes are written again (in the fixture's own JSON style); every other byte stays as
recorded. ``texts(family, raw)`` is an independent reading of a streamed answer: every text the client
would show, per channel (written for the tests, not taken from the proxy's dialects).
"""

import json
import re
from pathlib import Path

FIXTURES = Path("/work/shared/fixtures/vendor_responses")
_EVENT = re.compile(r"(\r\n\r\n|\n\n|\r\r)")

# fixture file prefix -> (host, path, request family)
ROUTES = {
    "openai_chat_stream": ("api.openai.com", "/v1/chat/completions", "chat"),
    "azure_openai_chat_stream": (
        "acme.openai.azure.com",
        "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21",
        "chat",
    ),
    "mistral_chat_stream": ("api.mistral.ai", "/v1/chat/completions", "chat"),
    "groq_chat_stream": ("api.groq.com", "/openai/v1/chat/completions", "chat"),
    "openrouter_chat_stream": ("openrouter.ai", "/api/v1/chat/completions", "chat"),
    "deepseek_chat_stream": ("api.deepseek.com", "/chat/completions", "chat"),
    "openai_responses_stream": ("api.openai.com", "/v1/responses", "responses"),
    "anthropic_messages_stream": ("api.anthropic.com", "/v1/messages", "anthropic"),
    "gemini_stream_sse": (
        "generativelanguage.googleapis.com",
        "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
        "gemini",
    ),
    "gemini_stream_json_array": (
        "generativelanguage.googleapis.com",
        "/v1beta/models/gemini-2.5-flash:streamGenerateContent",
        "gemini-array",
    ),
    "bedrock_converse_stream": (
        "bedrock-runtime.us-east-1.amazonaws.com",
        "/model/m/converse-stream",
        "bedrock",
    ),
}


def route(name: str) -> tuple[str, str, str]:
    return next(v for k, v in sorted(ROUTES.items(), key=lambda kv: -len(kv[0])) if name.startswith(k))


def stream_fixtures() -> list[str]:
    return sorted(
        p.name
        for p in FIXTURES.iterdir()
        if p.suffix in (".sse", ".bin") or p.name.startswith("gemini_stream_json_array")
    )


def request_body(family: str, prompt: str) -> dict:
    return {
        "chat": {"model": "m", "stream": True, "messages": [{"role": "user", "content": prompt}]},
        "responses": {"model": "m", "stream": True, "input": prompt},
        "anthropic": {
            "model": "m",
            "max_tokens": 100,
            "stream": True,
            "messages": [{"role": "user", "content": prompt}],
        },
        "gemini": {"contents": [{"role": "user", "parts": [{"text": prompt}]}]},
        "gemini-array": {"contents": [{"role": "user", "parts": [{"text": prompt}]}]},
        "bedrock": {"messages": [{"role": "user", "content": [{"text": prompt}]}]},
    }[family]


# -- where the texts are (per family), for injecting and for reading back ------------------------------
def slots(family: str, obj: object) -> list[tuple[tuple, tuple]]:
    """(channel, path) of each incremental text in one event."""
    out: list[tuple[tuple, tuple]] = []
    if not isinstance(obj, dict):
        return out
    if family == "chat":
        for k, c in enumerate(obj.get("choices") or []):
            d = c.get("delta") or {}
            for key in ("content", "refusal", "reasoning_content", "reasoning"):
                if isinstance(d.get(key), str):
                    out.append(((key, c.get("index", k)), ("choices", k, "delta", key)))
            for j, part in enumerate(d.get("content") if isinstance(d.get("content"), list) else []):
                if part.get("type") == "text":
                    out.append(
                        (("content", c.get("index", k)), ("choices", k, "delta", "content", j, "text"))
                    )
                for m, _ in enumerate(part.get("thinking") or [] if part.get("type") == "thinking" else []):
                    out.append(
                        (
                            ("thinking", c.get("index", k)),
                            ("choices", k, "delta", "content", j, "thinking", m, "text"),
                        )
                    )
            for j, call in enumerate(d.get("tool_calls") or []):
                if isinstance((call.get("function") or {}).get("arguments"), str):
                    out.append(
                        (
                            ("args", c.get("index", k), call.get("index", j)),
                            ("choices", k, "delta", "tool_calls", j, "function", "arguments"),
                        )
                    )
    elif family == "responses":
        t, oi = obj.get("type", ""), obj.get("output_index")
        ci = obj.get("content_index", obj.get("summary_index"))
        if t in (
            "response.output_text.delta",
            "response.reasoning_summary_text.delta",
            "response.function_call_arguments.delta",
        ):
            out.append(((t, oi, ci), ("delta",)))
        elif t in ("response.output_text.done", "response.reasoning_summary_text.done"):
            out.append(((t, oi, ci), ("text",)))
        elif t in ("response.content_part.done", "response.reasoning_summary_part.done"):
            out.append(((t, oi, ci), ("part", "text")))
        elif t == "response.output_item.done":
            out += _item_slots(t, obj["item"], oi, ("item",))
        elif t == "response.completed":
            for k, item in enumerate(obj["response"].get("output") or []):
                out += _item_slots(t, item, k, ("response", "output", k))
    elif family == "anthropic":
        d = obj.get("delta") or {}
        if obj.get("type") == "content_block_delta":
            for key in ("text", "partial_json", "thinking"):
                if isinstance(d.get(key), str):
                    out.append(((key, obj.get("index")), ("delta", key)))
    elif family in ("gemini", "gemini-array"):
        for k, c in enumerate(obj.get("candidates") or []):
            for j, p in enumerate((c.get("content") or {}).get("parts") or []):
                if isinstance(p.get("text"), str):
                    tag = "thought" if p.get("thought") else "text"
                    out.append(((tag, c.get("index", k)), ("candidates", k, "content", "parts", j, "text")))
    return out


def _item_slots(t: str, item: dict, oi: int, base: tuple) -> list[tuple[tuple, tuple]]:
    out = []
    for key in ("content", "summary"):
        for j, part in enumerate(item.get(key) or []):
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                out.append(((t, oi, key, j), (*base, key, j, "text")))
    return out


def _get(obj, path):
    for p in path:
        obj = obj[p]
    return obj


def _set(obj, path, value):
    _get(obj, path[:-1])[path[-1]] = value


INJECTABLE = {
    "content",
    "reasoning_content",
    "reasoning",
    "thinking",
    "text",
    "thought",
    "response.output_text.delta",
    "response.reasoning_summary_text.delta",
}


def _inject_objects(family: str, objs: list, person: str, email: str) -> set[int]:
    """Put the placeholders at the end of the first channel of each injectable kind: the person split
    across its last two text events (in one when it has one), then the e-mail."""
    where: dict[tuple, list[tuple[int, tuple]]] = {}
    finished: set = set()  # chat choices that ended (what a vendor sends after that is not their text)
    for i, obj in enumerate(objs):
        for channel, path in slots(family, obj):
            if channel[0] in INJECTABLE and channel[1:] not in finished:
                where.setdefault(channel, []).append((i, path))
        if family == "chat":
            finished |= {
                (c.get("index", k),) for k, c in enumerate(obj.get("choices") or []) if c.get("finish_reason")
            }
    changed: set[int] = set()
    kinds: set[str] = set()
    for channel, places in where.items():
        if channel[0] in kinds:
            continue
        kinds.add(channel[0])
        if len(places) >= 2:
            (j, p), (i, q) = places[-2], places[-1]
            _set(objs[j], p, _get(objs[j], p) + f" {person[:3]}")
            _set(objs[i], q, f"{person[3:]} ({email}) " + _get(objs[i], q))
            changed |= {i, j}
        else:
            ((i, q),) = places
            _set(objs[i], q, _get(objs[i], q) + f" {person} ({email})")
            changed.add(i)
    if family == "responses":
        changed |= _sync_done(objs)
    return changed


def _sync_done(objs: list) -> set[int]:
    """The Responses API repeats each whole text in its done events: make them match the deltas."""
    full: dict[tuple, str] = {}
    for obj in objs:
        t = obj.get("type")
        if t == "response.output_text.delta":
            key = ("c", obj.get("output_index"), obj.get("content_index"))
            full[key] = full.get(key, "") + obj["delta"]
        elif t == "response.reasoning_summary_text.delta":
            key = ("s", obj.get("output_index"), obj.get("summary_index"))
            full[key] = full.get(key, "") + obj["delta"]

    def put(holder: dict, key: str, k: tuple) -> bool:
        if k in full and holder.get(key) != full[k]:
            holder[key] = full[k]
            return True
        return False

    def item_texts(item: dict, oi: int) -> bool:
        hit = False
        for ci, part in enumerate(item.get("content") or []):
            hit |= put(part, "text", ("c", oi, ci))
        for si, part in enumerate(item.get("summary") or []):
            hit |= put(part, "text", ("s", oi, si))
        return hit

    changed = set()
    for i, obj in enumerate(objs):
        t, oi = obj.get("type"), obj.get("output_index")
        hit = False
        if t == "response.output_text.done":
            hit = put(obj, "text", ("c", oi, obj.get("content_index")))
        elif t == "response.content_part.done":
            hit = put(obj["part"], "text", ("c", oi, obj.get("content_index")))
        elif t == "response.reasoning_summary_text.done":
            hit = put(obj, "text", ("s", oi, obj.get("summary_index")))
        elif t == "response.reasoning_summary_part.done":
            hit = put(obj["part"], "text", ("s", oi, obj.get("summary_index")))
        elif t == "response.output_item.done":
            hit = item_texts(obj["item"], oi)
        elif t == "response.completed":
            for k, item in enumerate(obj["response"].get("output") or []):
                hit |= item_texts(item, k)
        if hit:
            changed.add(i)
    return changed


def _dumps_like(original: str, obj: object) -> str:
    compact = not re.search(r'": |, "', original)
    return json.dumps(obj, ensure_ascii="\\u" in original, separators=(",", ":") if compact else None)


def inject(name: str, person: str, email: str) -> bytes:
    raw = (FIXTURES / name).read_bytes()
    family = route(name)[2]
    if family == "bedrock":
        return raw
    if family == "gemini-array":
        items = json.loads(raw)
        _inject_objects(family, items, person, email)
        return (
            "[" + "\r\n,\r\n".join(json.dumps(i, indent=2, ensure_ascii=False) for i in items) + "]"
        ).encode()
    parts = _EVENT.split(raw.decode("utf-8"))
    blocks = parts[0::2]  # event blocks; parts[1::2] are their separators
    objs, where = [], []
    for b, block in enumerate(blocks):
        for n, line in enumerate(re.split(r"\r\n|\n|\r", block)):
            if line.startswith("data:"):
                try:
                    objs.append(json.loads(line[5:]))
                    where.append((b, n))
                except ValueError:
                    pass
    for i in _inject_objects(family, objs, person, email):
        b, n = where[i]
        lines = re.split(r"(\r\n|\n|\r)", blocks[b])
        data = lines[2 * n]
        lines[2 * n] = "data: " + _dumps_like(data, objs[i])
        blocks[b] = "".join(lines)
    parts[0::2] = blocks
    return "".join(parts).encode()


# -- reading an answer back --------------------------------------------------------------------------
def events(raw: bytes) -> list[tuple[str | None, object]]:
    """(event name, data) of every SSE event; data is parsed JSON, or the raw text when it is not JSON;
    comment-only blocks as ("comment", text)."""
    out: list[tuple[str | None, object]] = []
    text = raw.decode("utf-8")
    for block in _EVENT.split(text)[0::2]:
        if not block.strip():
            continue
        name, data, comments = None, [], []
        for line in re.split(r"\r\n|\n|\r", block):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].removeprefix(" "))
            elif line.startswith(":"):
                comments.append(line)
        if not data:
            out.append(("comment", "\n".join(comments)))
            continue
        joined = "\n".join(data)
        try:
            out.append((name, json.loads(joined)))
        except ValueError:
            out.append((name, joined))
    return out


def texts(family: str, raw: bytes) -> dict[tuple, str]:
    """Every text per channel, concatenated, as a client assembles it."""
    objs = json.loads(raw) if family == "gemini-array" else [obj for _, obj in events(raw)]
    out: dict[tuple, str] = {}
    for obj in objs:
        for channel, path in slots(family, obj):
            out[channel] = out.get(channel, "") + _get(obj, path)
    return out


def kind(name: str | None, obj: object) -> str:
    if name == "comment":
        return "comment"
    if isinstance(obj, dict):
        return f"{name}/{obj.get('type', 'json')}"
    return f"{name}/{obj}"
