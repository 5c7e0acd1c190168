"""SSE restore fuzz across real byte boundaries, with multi-byte UTF-8 around the placeholders.

tests/proxy/test_sse.py cuts ASCII streams anywhere; here the cuts also fall inside multi-byte characters
(2-, 3- and 4-byte UTF-8) and inside a gzip stream, which an incremental decoder must carry over.
"""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.dialects import dialect
from proxy.sse import Inflater, SSEProcessor
from tests import fake_llm as f
from tests.fake_llm import StreamEncoder
from tests.proxy.test_sse import run

MAPPING = {"<PERSON_1>": "Zoë Ångström-Łukasiewicz", "<EMAIL_ADDRESS_1>": "zoë@例え.jp"}
SCRUBBED = "Grüße an <PERSON_1> 👋 — schreib an <EMAIL_ADDRESS_1>, 谢谢 🎉"
ORIGINAL = "Grüße an Zoë Ångström-Łukasiewicz 👋 — schreib an zoë@例え.jp, 谢谢 🎉"


def text_of(out: bytes) -> str:
    parts = []
    for line in out.decode("utf-8").splitlines():  # strict: the output is valid UTF-8
        if line.startswith("data: {"):
            for c in json.loads(line[6:])["choices"]:
                parts.append(c["delta"].get("content") or "")
    return "".join(parts)


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(1, 7), cuts=st.lists(st.integers(0, 4000), max_size=40), gz=st.booleans())
def test_multibyte_stream_restored_for_any_byte_cut(cut, cuts, gz):
    events = f.openai_stream({"messages": [{"role": "user", "content": SCRUBBED}]}, cut)
    if gz:
        enc = StreamEncoder("gzip")
        raw = b"".join(enc.write(e.encode()) for e in events) + enc.close()
    else:
        raw = "".join(events).encode()
    proc = SSEProcessor(dialect("openai"), MAPPING, Inflater("gzip") if gz else None)
    out = run(proc, raw, [c for c in cuts if c < len(raw)])
    assert text_of(out) == f"You said: {ORIGINAL}"


@settings(max_examples=30, deadline=None)
@given(cuts=st.lists(st.integers(0, 4000), max_size=40))
def test_observed_stream_passes_byte_for_byte(cuts):
    raw = "".join(f.openai_stream({"messages": [{"role": "user", "content": ORIGINAL}]}, 2)).encode()
    assert run(SSEProcessor(dialect("openai"), None), raw, [c for c in cuts if c < len(raw)]) == raw
