"""OpenAI dialect: Chat Completions, Responses, embeddings, legacy completions (and OpenAI-compatible APIs).

Unknown endpoints fall back to the generic walker, so new fields are scrubbed rather than leaked.
"""

from typing import Any

from proxy.dialects import (
    Channel,
    Dialect,
    StreamText,
    Usage,
    as_int,
    as_list,
    as_str,
    default_request_model,
    find,
    indexed,
    protocol,
)

request_model = default_request_model

# Protocol positions (values that are structure, not content); every other string is scrubbed.
PROTOCOL = protocol(
    "model", "service_tier", "reasoning_effort", "tool_choice", "tool_choice.type", "tool_choice.name",
    "tool_choice.function.name", "response_format", "response_format.type",
    "response_format.json_schema.name",
    "modalities.*", "audio.voice", "audio.format", "voice", "encoding_format", "purpose", "quality", "size",
    "style", "output_format", "background", "moderation", "include.*", "truncation", "previous_response_id",
    "conversation", "conversation.id", "reasoning.effort", "reasoning.summary", "reasoning.generate_summary",
    "text.format.type", "text.format.name", "text.verbosity", "prompt.id", "prompt.version",
    "timestamp_granularities.*", "chunking_strategy", "chunking_strategy.type", "assistant_id", "thread_id",
    "file_id", "file_ids.*", "vector_store_ids.*", "mime_type", "order", "after", "before",
    # Chat Completions messages
    "messages.*.role", "messages.*.tool_call_id", "messages.*.tool_calls.*.id",
    "messages.*.tool_calls.*.type",
    "messages.*.tool_calls.*.function.name", "messages.*.function_call.name", "messages.*.content.*.type",
    "messages.*.content.*.image_url.detail", "messages.*.content.*.input_audio.format",
    "messages.*.content.*.file.file_id", "messages.*.audio.id", "messages.*.cache_control.type",
    "tools.*.type", "tools.*.function.name", "tools.*.name", "functions.*.name",
    # Responses API input items and tools
    "input.*.role", "input.*.type", "input.*.id", "input.*.call_id", "input.*.status", "input.*.name",
    "input.*.encrypted_content", "input.*.content.*.type", "input.*.content.*.detail",
    "input.*.content.*.file_id", "input.*.summary.*.type", "input.*.action.type",
    "tools.*.vector_store_ids.*", "tools.*.server_label", "tools.*.require_approval",
    "tools.*.container.type",
    "tools.*.search_context_size", "tools.*.environment", "tools.*.display_width", "tools.*.display_height",
    # Assistants threads and runs
    "role", "additional_messages.*.role", "attachments.*.file_id", "attachments.*.tools.*.type",
    "tool_resources.code_interpreter.file_ids.*", "tool_resources.file_search.vector_store_ids.*",
)


def error_body(message: str) -> dict:
    return {"error": {"message": message, "type": "aiwarden_policy", "param": None,
                      "code": "blocked_by_policy"}}


def usage(body: Any) -> Usage:
    """Model and tokens from a chat, responses, embeddings or completions answer."""
    u = find(body, "usage")
    tin = as_int(find(u, "prompt_tokens"))
    tout = as_int(find(u, "completion_tokens"))
    return Usage(
        model=as_str(find(body, "model")),
        tokens_in=tin if tin is not None else as_int(find(u, "input_tokens")),
        tokens_out=tout if tout is not None else as_int(find(u, "output_tokens")),
    )


# -- streams -----------------------------------------------------------------------------------------
# Incremental texts of a chat delta: the answer, a refusal, and the reasoning some providers stream
# (DeepSeek ``reasoning_content``; Groq, OpenRouter and vLLM ``reasoning``).
_DELTA_TEXTS = (("content", "c"), ("refusal", "r"), ("reasoning_content", "rc"), ("reasoning", "rs"))


def _content_parts(content: Any, idx: Any, base: tuple) -> list[StreamText]:
    """Mistral streams ``delta.content`` as typed chunks at times: ``text`` parts continue the answer,
    ``thinking`` parts (``{"type": "thinking", "thinking": [{"type": "text", "text": …}]}``) the reasoning."""
    out: list[StreamText] = []
    for j, part in enumerate(as_list(content)):
        if not isinstance(part, dict):
            continue
        if part.get("type") == "text" and isinstance(part.get("text"), str):
            out.append(StreamText(("c", idx), (*base, j, "text")))
        elif part.get("type") == "thinking":
            out += [StreamText(("k", idx), (*base, j, "thinking", m, "text"))
                    for m, t in enumerate(as_list(part.get("thinking")))
                    if isinstance(t, dict) and isinstance(t.get("text"), str)]
    return out


def stream_texts(event: Any) -> list[StreamText]:
    if not isinstance(event, dict):
        return []
    kind = event.get("type")
    if isinstance(kind, str):  # Responses API events
        oi, ci = find(event, "output_index"), find(event, "content_index")
        if not isinstance(event.get("delta"), str):
            return []
        if kind in ("response.output_text.delta", "response.refusal.delta"):
            return [StreamText(("o", oi, ci), ("delta",))]
        if kind == "response.function_call_arguments.delta":
            return [StreamText(("f", oi), ("delta",), True)]
        if kind == "response.reasoning_summary_text.delta":
            return [StreamText(("s", oi, find(event, "summary_index")), ("delta",))]
        return []
    out: list[StreamText] = []
    for k, idx, c in indexed(event, "choices"):
        delta = c.get("delta")
        if not isinstance(delta, dict):
            continue
        for key, tag in _DELTA_TEXTS:
            if isinstance(delta.get(key), str):
                out.append(StreamText((tag, idx), ("choices", k, "delta", key)))
        out += _content_parts(delta.get("content"), idx, ("choices", k, "delta", "content"))
        for j, call in enumerate(as_list(delta.get("tool_calls"))):
            if isinstance(find(call, "function", "arguments"), str):
                tix = call.get("index", j)
                out.append(StreamText(("t", idx, tix), ("choices", k, "delta", "tool_calls", j, "function",
                                                        "arguments"), True))
    return out


def stream_ends(event: Any) -> list[Channel]:
    if not isinstance(event, dict):
        return []
    kind = event.get("type")
    if isinstance(kind, str):
        oi, ci = find(event, "output_index"), find(event, "content_index")
        if kind in ("response.output_text.done", "response.refusal.done"):
            return [("o", oi, ci)]
        if kind == "response.function_call_arguments.done":
            return [("f", oi)]
        if kind == "response.reasoning_summary_text.done":
            return [("s", oi, find(event, "summary_index"))]
        if kind in ("response.completed", "response.failed", "response.incomplete"):
            return [()]
        return []
    done = [idx for _, idx, c in indexed(event, "choices") if c.get("finish_reason")]
    return [(tag, idx) for idx in done for tag in ("c", "r", "t", "rc", "rs", "k")]


def stream_carrier(channel: Channel, text: str, last: Any) -> tuple[str | None, dict]:
    """A minimal delta event carrying ``text`` on ``channel``; ``last`` is the channel's previous event."""
    tag = channel[0]
    if tag in ("o", "f", "s"):
        kind = {"o": "response.output_text.delta", "f": "response.function_call_arguments.delta",
                "s": "response.reasoning_summary_text.delta"}[tag]
        ev = {"type": kind, "item_id": find(last, "item_id"), "output_index": channel[1], "delta": text}
        if tag == "o":
            ev["content_index"] = channel[2]
        elif tag == "s":
            ev["summary_index"] = channel[2]
        return kind, ev
    if tag == "t":
        delta: dict = {"tool_calls": [{"index": channel[2], "function": {"arguments": text}}]}
    elif tag == "k":
        delta = {"content": [{"type": "thinking", "thinking": [{"type": "text", "text": text}]}]}
    else:
        delta = {dict((t, k) for k, t in _DELTA_TEXTS)[tag]: text}
    head = {k: last[k] for k in ("id", "object", "created", "model") if isinstance(last, dict) and k in last}
    return None, {**head, "choices": [{"index": channel[1], "delta": delta, "finish_reason": None}]}


# Responses API annotations hold character offsets into the output text; a restored value shifts them.
OFFSET_CHANNELS = frozenset({"o"})  # channels whose texts the stream reader keeps, for stream_offsets
_OFFSET_KEYS = ("start_index", "end_index", "index")
_Offset = tuple[Channel | None, tuple | None, tuple]  # (channel, text path, offset path)


def _annotated(part: Any, base: tuple) -> list[_Offset]:
    if not isinstance(part, dict) or not isinstance(part.get("text"), str):
        return []
    return [(None, (*base, "text"), (*base, "annotations", k, key))
            for k, a in enumerate(as_list(part.get("annotations"))) if isinstance(a, dict)
            for key in _OFFSET_KEYS if as_int(a.get(key)) is not None]


def _item_offsets(item: Any, base: tuple) -> list[_Offset]:
    return [o for j, part in enumerate(as_list(find(item, "content")))
            for o in _annotated(part, (*base, "content", j))]


def answer_offsets(body: Any) -> list[_Offset]:
    """Character offsets in a whole answer: Responses ``output[].content[].annotations[]`` and Chat
    Completions ``choices[].message.annotations[].url_citation`` (into ``message.content``)."""
    out = [o for i, item in enumerate(as_list(find(body, "output")))
           for o in _item_offsets(item, ("output", i))]
    for k, choice in enumerate(as_list(find(body, "choices"))):
        base = ("choices", k, "message")
        if not isinstance(find(choice, "message", "content"), str):
            continue
        for m, ann in enumerate(as_list(find(choice, "message", "annotations"))):
            cite = find(ann, "url_citation")
            out += [(None, (*base, "content"), (*base, "annotations", m, "url_citation", key))
                    for key in ("start_index", "end_index") if as_int(find(cite, key)) is not None]
    return out


def stream_offsets(event: Any) -> list[_Offset]:
    """Character offsets in a streamed event: (channel, None, offset path) for an offset into a channel's
    text so far, or (None, text path, offset path) for an offset into a whole text in the same event."""
    kind = find(event, "type")
    if kind == "response.output_text.annotation.added":
        channel = ("o", find(event, "output_index"), find(event, "content_index"))
        ann = find(event, "annotation")
        return [(channel, None, ("annotation", key)) for key in _OFFSET_KEYS
                if as_int(find(ann, key)) is not None]
    if kind == "response.content_part.done":
        return _annotated(find(event, "part"), ("part",))
    if kind == "response.output_item.done":
        return _item_offsets(find(event, "item"), ("item",))
    if kind in ("response.completed", "response.incomplete", "response.failed"):
        return [o for i, item in enumerate(as_list(find(event, "response", "output")))
                for o in _item_offsets(item, ("response", "output", i))]
    return []


def stream_usage(event: Any) -> Usage:
    if isinstance(find(event, "type"), str):  # Responses API: the final response carries it
        resp = find(event, "response")
        return usage(resp) if isinstance(resp, dict) else Usage()
    return usage(event)


class OpenAI(Dialect, hooks=globals()):
    """OpenAI Chat Completions, Responses, embeddings and OpenAI-compatible APIs."""

    name = "openai"
    family = "openai"
    offset_channels = OFFSET_CHANNELS
