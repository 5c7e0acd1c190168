"""SSEProcessor and whole-answer restore on inputs the network tests do not reach: deep nesting, a
byte-order mark, annotation offsets in non-streamed answers, the end of a broken stream."""

import json

from proxy.dialects import dialect
from proxy.sse import SSEProcessor, restore_answer, restore_strings

MAPPING = {"<PERSON_1>": "John Smith", "<EMAIL_ADDRESS_1>": "john.smith@example.com"}


def run(proc: SSEProcessor, raw: bytes, step: int) -> bytes:
    out = []
    for i in range(0, len(raw), step):
        items = proc(raw[i : i + step])
        assert all(items), "an empty chunk mid-stream ends an HTTP/1.1 chunked body"
        out += items
    return b"".join([*out, *proc(b"")])


def test_event_nested_2500_deep_passes_untouched_and_the_stream_goes_on():
    deep = b"data: " + b'{"a":' * 2500 + b'"<PERSON_1>"' + b"}" * 2500 + b"\n\n"
    after = b'data: {"choices":[{"index":0,"delta":{"content":"Hi <PERSON_1>"}}]}\n\n'
    for mapping in (MAPPING, None):
        proc = SSEProcessor(dialect("openai"), mapping)
        out = run(proc, deep + after, 997)
        assert out.startswith(deep)  # passed on as it came (RecursionError used to kill the connection)
        rest = out[len(deep) :].decode()
        if mapping is None:
            assert rest == after.decode()
        else:
            parts = [json.loads(x[6:]) for x in rest.splitlines() if x.startswith("data: ")]
            assert "".join(p["choices"][0]["delta"]["content"] for p in parts) == "Hi John Smith"


def test_restore_strings_any_depth():
    obj: object = "<PERSON_1>"
    for _ in range(5000):
        obj = [{"x": obj}]
    out = restore_strings(obj, MAPPING)
    for _ in range(5000):
        out = out[0]["x"]
    assert out == "John Smith"
    assert restore_strings({"a": ["<PERSON_1>", "<PERSON_1>"]}, MAPPING, frozenset({("a", 1)})) == {
        "a": ["John Smith", "<PERSON_1>"]
    }


def test_byte_order_mark_before_the_first_event():
    raw = '\ufeffdata: {"choices":[{"index":0,"delta":{"content":"Hi <PERS"}}]}\n\n'.encode()
    raw += b'data: {"choices":[{"index":0,"delta":{"content":"ON_1>"},"finish_reason":"stop"}]}\n\n'
    out = run(SSEProcessor(dialect("openai"), MAPPING), raw, 7).decode()
    texts = [
        json.loads(line[6:])["choices"][0]["delta"].get("content", "")
        for line in out.splitlines()
        if line.lstrip("\ufeff").startswith("data: {")
    ]
    assert "".join(texts) == "Hi John Smith"


def test_non_streamed_annotations_follow_the_restored_text():
    text = "Ask <PERSON_1> about the Ende."
    start = text.index("Ende")
    ann = {"type": "url_citation", "start_index": start, "end_index": start + 4, "url": "https://e.x"}
    responses = {
        "output": [
            {"type": "message", "content": [{"type": "output_text", "text": text, "annotations": [ann]}]}
        ]
    }
    part = restore_answer(dialect("openai"), responses, MAPPING)["output"][0]["content"][0]
    a = part["annotations"][0]
    assert part["text"][a["start_index"] : a["end_index"]] == "Ende"
    chat = {
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": text,
                    "annotations": [
                        {
                            "type": "url_citation",
                            "url_citation": {"start_index": start, "end_index": start + 4},
                        }
                    ],
                },
            }
        ]
    }
    msg = restore_answer(dialect("openai"), chat, MAPPING)["choices"][0]["message"]
    cite = msg["annotations"][0]["url_citation"]
    assert msg["content"][cite["start_index"] : cite["end_index"]] == "Ende"


def test_release_when_a_stream_breaks_off():
    proc = SSEProcessor(dialect("anthropic"), MAPPING)
    proc.feed(
        b'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi <PE"}}\n\n'
    )
    assert proc.at_event_boundary()
    assert proc.release() == b""  # "<PE" could only have become a placeholder: never shown half
    proc = SSEProcessor(dialect("anthropic"), MAPPING)
    proc.feed(b'data: {"type":"content_block_delta","index":0,'
              b'"delta":{"type":"text_delta","text":"Hi <PERSON_1"}}\n\n')
    assert b"<PERSON" not in proc.release()
    observe = SSEProcessor(dialect("anthropic"), None)
    observe.feed(b'data: {"type":"ping"}\n\ndata: {"ty')
    assert not observe.at_event_boundary() and observe.release() == b""


def test_not_sse_after_all_passes_every_byte():
    from proxy.sse import MAX_EVENT

    raw = b"x" * (MAX_EVENT + 10) + "é".encode() + b"tail"  # no event end within the bound
    cut = MAX_EVENT + 11  # inside the two bytes of "é"
    proc = SSEProcessor(dialect("openai"), MAPPING)
    out = b"".join([*proc(raw[:cut]), *proc(raw[cut:]), *proc(b"")])
    assert out == raw
