"""Property: however the network splits a streamed answer, the real proxy gives every client the whole answer.

Through a real ``aiwarden run`` and a vendor on real sockets that writes each answer in random byte
segments (inside events, separators, UTF-8 characters and placeholders; chunked or Content-Length; LF or
CRLF; comments, ``retry:``, pings, usage-only chunks), for every streaming dialect:
- scrub: what the official SDK (or the web app's reader) assembles is the vendor's text with the
  placeholders the vendor received replaced by the originals;
- allow: the client gets the vendor's bytes, byte for byte.
``AIWARDEN_STREAM_SEEDS`` sets the number of segmentations per dialect and mode (default 20).
"""

import os

import pytest

from tests.streaming.answers import ANNOTATED, DIALECTS, EXPECTED, NAME, PROMPT
from tests.streaming.conftest import Script, anthropic_client, gemini_client, http_client, openai_client

SEEDS = range(int(os.environ.get("AIWARDEN_STREAM_SEEDS", "20")))


def assemble(stack, kind: str, headers: dict[str, str], seed: int) -> str:
    """The answer text as the client for ``kind`` assembles it (the official SDK where there is one)."""
    if kind == "openai-chat":
        stream = openai_client(stack, "scrubbed", http2=seed % 2 == 1).chat.completions.create(
            model="gpt-4o-mini",
            stream=True,
            stream_options={"include_usage": True},
            extra_headers=headers,
            messages=[{"role": "user", "content": PROMPT}],
        )
        return "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    if kind == "openai-responses":
        stream = openai_client(stack, "scrubbed").responses.create(
            model="gpt-4o-mini", input=PROMPT, stream=True, extra_headers=headers
        )
        deltas, done = [], None
        for ev in stream:
            if ev.type == "response.output_text.delta":
                deltas.append(ev.delta)
            elif ev.type == "response.output_text.annotation.added":
                a = ev.annotation if isinstance(ev.annotation, dict) else ev.annotation.model_dump()
                assert EXPECTED[a["start_index"] : a["end_index"]] == ANNOTATED
            elif ev.type == "response.completed":
                done = ev.response
        text = "".join(deltas)
        assert done is not None and done.output_text == text
        ann = done.output[0].content[0].annotations[0]
        assert text[ann.start_index : ann.end_index] == ANNOTATED  # offsets follow the restored text
        return text
    if kind == "anthropic":
        with anthropic_client(stack, "scrubbed").messages.stream(
            model="claude-sonnet-4-5",
            max_tokens=100,
            extra_headers=headers,
            messages=[{"role": "user", "content": PROMPT}],
        ) as stream:
            text = "".join(stream.text_stream)
            final = stream.get_final_message()
        assert "".join(b.text for b in final.content if b.type == "text") == text
        return text
    if kind == "gemini-sse":
        from google.genai import types

        chunks = gemini_client(stack, "scrubbed").models.generate_content_stream(
            model="gemini-2.5-flash",
            contents=PROMPT,
            config=types.GenerateContentConfig(http_options=types.HttpOptions(headers=headers)),
        )
        return "".join(
            p.text for c in chunks for p in (c.candidates[0].content.parts or []) if p.text and not p.thought
        )
    d = DIALECTS[kind]
    with http_client(stack, "scrubbed") as c:
        r = c.post(f"https://{d.host}{d.path}", json=d.body, headers=headers)
    assert r.status_code == 200, r.text[:300]
    return d.read(r.content)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", sorted(DIALECTS))
def test_scrubbed_stream_restored_for_any_segmentation(net_stack, vendor, kind, seed):
    script = Script(kind, seed)
    headers = vendor.on(f"scrub-{kind}-{seed}", script)
    before = len(vendor.received)
    text = assemble(net_stack, kind, headers, seed)
    sent = b"".join(r.body for r in vendor.received[before:]).decode()
    assert NAME not in sent and "<PERSON_" in sent, "the vendor must get placeholders, never the name"
    assert len(script.answers) == 1 and len(script.answers[0].segments()) > 1
    assert text == EXPECTED


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", sorted(DIALECTS))
def test_allowed_stream_byte_identical(net_stack, vendor, kind, seed):
    script = Script(kind, 1000 + seed)
    headers = vendor.on(f"allow-{kind}-{seed}", script)
    d = DIALECTS[kind]
    with http_client(net_stack, "allowed", http2=seed % 2 == 1) as c:
        with c.stream("POST", f"https://{d.host}{d.path}", json=d.body, headers=headers) as r:
            got = b"".join(r.iter_raw())
    assert r.http_version == ("HTTP/2" if seed % 2 == 1 else "HTTP/1.1")
    assert r.status_code == 200
    assert got == script.answers[0].body
