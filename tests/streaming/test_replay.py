"""Recorded answers of real services replayed through the real proxy, split at random bytes.

Allowed: the client gets the recorded bytes exactly. Scrubbed (the vendor echoes the placeholders it got,
injected into the recorded texts): every text, per channel, reads as recorded with the originals back,
including the whole texts the Responses API repeats in its done events; every event of the recording
reaches the client in order (the proxy may only add events that carry held-back text). The official
SDKs parse the scrubbed answers (the OpenAI SDK raises Groq's ``event: error`` and OpenRouter's error chunk
as the vendor sent them).
"""

import random

import pytest

from tests.net_vendor import Answer
from tests.streaming.answers import EMAIL, NAME, PROMPT, placeholders
from tests.streaming.conftest import anthropic_client, gemini_client, http_client, openai_client
from tests.streaming.replay import events, inject, kind, request_body, route, stream_fixtures, texts

FIXTURES = stream_fixtures()
CTYPES = {
    ".sse": "text/event-stream; charset=utf-8",
    ".json": "application/json; charset=UTF-8",
    ".bin": "application/vnd.amazon.eventstream",
}


class Replay:
    def __init__(self, name: str, seed: int) -> None:
        self.name, self.rnd = name, random.Random(seed)
        self.sent: list[Answer] = []
        self.person, self.email = "<PERSON_1>", "<EMAIL_ADDRESS_1>"

    def __call__(self, req) -> Answer:
        ph = placeholders(req.body)
        self.person, self.email = ph.get("PERSON", self.person), ph.get("EMAIL_ADDRESS", self.email)
        body = inject(self.name, self.person, self.email)
        cuts = sorted(self.rnd.sample(range(1, len(body)), min(len(body) - 1, self.rnd.randint(5, 60))))
        ans = Answer(
            body, CTYPES["." + self.name.rsplit(".", 1)[1]], cuts, self.rnd.choice(["chunked", "length"])
        )
        self.sent.append(ans)
        return ans

    def restored(self, text: str) -> str:
        return text.replace(self.person, NAME).replace(self.email, EMAIL)


def fetch(stack, vendor, name: str, user: str, seed: int) -> tuple[Replay, bytes, int]:
    host, path, family = route(name)
    replay = Replay(name, seed)
    headers = vendor.on(f"{user}-{name}-{seed}", replay)
    with http_client(stack, user, http2=seed % 2 == 1) as c:
        with c.stream(
            "POST", f"https://{host}{path}", json=request_body(family, PROMPT), headers=headers
        ) as r:
            got = b"".join(r.iter_raw())
    assert r.http_version == ("HTTP/2" if seed % 2 == 1 else "HTTP/1.1")
    return replay, got, r.status_code


def is_subsequence(small: list, big: list) -> bool:
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("name", FIXTURES)
def test_allowed_replay_byte_identical(net_stack, vendor, name, seed):
    replay, got, status = fetch(net_stack, vendor, name, "allowed", seed)
    assert status == 200 and got == replay.sent[0].body


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("name", [n for n in FIXTURES if route(n)[2] != "bedrock"])
def test_scrubbed_replay_restored_nothing_dropped(net_stack, vendor, name, seed):
    family = route(name)[2]
    replay, got, status = fetch(net_stack, vendor, name, "scrubbed", seed)
    assert status == 200
    assert replay.person.startswith("<PERSON_"), "the vendor must have received a placeholder"
    sent = replay.sent[0].body
    expected = {k: replay.restored(v) for k, v in texts(family, sent).items()}
    assert texts(family, got) == expected
    if family != "gemini-array":
        mine = [kind(n, o) for n, o in events(sent)]
        theirs = [kind(n, o) for n, o in events(got)]
        assert is_subsequence(mine, theirs), "an event was dropped or reordered"
        added = len(theirs) - len(mine)
        assert 0 <= added <= len(expected), f"{added} events added"


def test_scrubbed_bedrock_stream_refused_in_bedrock_shape(net_stack, vendor):
    replay, got, status = fetch(net_stack, vendor, "bedrock_converse_stream.bin", "scrubbed", 0)
    assert status == 403 and b'"message"' in got and not replay.sent


def sdk_text(stack, family: str, host: str, path: str, headers: dict) -> str:
    """The answer's main text as the official SDK assembles it."""
    if family == "chat":
        base = f"https://{host}{path.rsplit('/chat/completions', 1)[0]}"
        client = openai_client(stack, "scrubbed")
        client = client.with_options(base_url=base)
        stream = client.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": PROMPT}],
            stream=True,
            extra_headers=headers,
            extra_query=dict(q.split("=") for q in path.split("?")[1:]),
        )
        out = []
        for c in stream:
            for ch in c.choices:
                content = ch.delta.content
                out.append(
                    content
                    if isinstance(content, str)
                    else "".join(
                        p.get("text", "")
                        for p in content or []
                        if isinstance(p, dict) and p.get("type") == "text"
                    )
                )
        return "".join(out)
    if family == "responses":
        stream = openai_client(stack, "scrubbed").responses.create(
            model="m", input=PROMPT, stream=True, extra_headers=headers
        )
        return "".join(ev.delta for ev in stream if ev.type == "response.output_text.delta")
    if family == "anthropic":
        with anthropic_client(stack, "scrubbed").messages.stream(
            model="m", max_tokens=100, messages=[{"role": "user", "content": PROMPT}], extra_headers=headers
        ) as stream:
            return "".join(stream.text_stream)
    from google.genai import types

    chunks = gemini_client(stack, "scrubbed").models.generate_content_stream(
        model="gemini-2.5-flash",
        contents=PROMPT,
        config=types.GenerateContentConfig(http_options=types.HttpOptions(headers=headers)),
    )
    return "".join(
        p.text for c in chunks for p in (c.candidates[0].content.parts or []) if p.text and not p.thought
    )


@pytest.mark.parametrize(
    "name", [n for n in FIXTURES if route(n)[2] in ("chat", "responses", "anthropic", "gemini")]
)
def test_scrubbed_replay_parsed_by_official_sdk(net_stack, vendor, name):
    import openai

    host, path, family = route(name)
    replay = Replay(name, 7)
    headers = vendor.on(f"sdk-{name}", replay)
    errors = {
        "groq": "Tool call validation failed",  # `event: error` and no [DONE]
        "openrouter": "Token limit reached",
    }  # an error inside a data chunk
    if expected_error := errors.get(name.split("_", 1)[0]):  # the SDK raises the vendor's own error
        with pytest.raises(openai.APIError, match=expected_error):
            sdk_text(net_stack, family, host, path, headers)
        return
    text = sdk_text(net_stack, family, host, path, headers)
    main = {
        "chat": "content",
        "responses": "response.output_text.delta",
        "anthropic": "text",
        "gemini": "text",
    }[family]
    want = "".join(v for k, v in texts(family, replay.sent[0].body).items() if k[0] == main)
    assert text == replay.restored(want)
    if replay.person in want:
        assert NAME in text
