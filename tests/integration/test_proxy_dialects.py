"""Every dialect through the real proxy with the official SDKs: scrubbed out, restored back, usage recorded.

The fake vendor streams answers in 3-character pieces, so every placeholder in a streamed answer is split
across events.
"""

import gzip
import json
import zlib

import brotli
import pytest

from tests.conftest import started_ahead
from tests.fake_llm import encode
from tests.proxy.stacks import (
    EMAIL,
    NAME,
    PROMPT,
    ant,
    last_event,
    launch_shared,
    oa,
    restored,
    sent_since,
    shared_stack,
)


@pytest.fixture(scope="module")
@started_ahead(launch_shared)
def px(tmp_path_factory, fake_llm):
    return shared_stack(tmp_path_factory, fake_llm)


TOOL = {
    "type": "function",
    "function": {
        "name": "lookup",
        "description": "Look up a person",
        "parameters": {"type": "object", "properties": {"text": {"type": "string"}}},
    },
}


# -- OpenAI --------------------------------------------------------------------------------------------
def test_openai_chat_stream_restored_with_usage(px):
    before = len(px.fake.received)
    stream = oa(px, "ostream").chat.completions.create(
        model="gpt-4o-mini",
        stream=True,
        stream_options={"include_usage": True},
        messages=[{"role": "system", "content": f"The user is {NAME}."}, {"role": "user", "content": PROMPT}],
    )
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    sent_since(px, before)
    restored(text)
    assert text == f"You said: {PROMPT}"
    ev = last_event(px, user="ostream")
    assert ev.action == "scrub" and ev.model == "gpt-4o-mini"
    assert (ev.tokens_in, ev.tokens_out, ev.tokens_estimated) == (11, 7, False)
    assert ev.pii_counts.get("PERSON", 0) >= 1


def test_openai_tool_calls_and_tool_results_scrubbed(px):
    before = len(px.fake.received)
    messages = [
        {"role": "user", "content": [{"type": "text", "text": PROMPT}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "c1",
                    "type": "function",
                    "function": {"name": "lookup", "arguments": json.dumps({"who": NAME})},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": f"{NAME} lives at {EMAIL}"},
        {"role": "user", "content": PROMPT},
    ]
    client = oa(px, "otools")
    answer = client.chat.completions.create(model="gpt-4o", messages=messages, tools=[TOOL])
    sent = sent_since(px, before)
    assert '"lookup"' in sent  # function names are protocol, kept
    args = json.loads(answer.choices[0].message.tool_calls[0].function.arguments)
    restored(args["text"])
    chunks = list(
        client.chat.completions.create(model="gpt-4o", messages=messages, tools=[TOOL], stream=True)
    )
    streamed = "".join(
        c.choices[0].delta.tool_calls[0].function.arguments or ""
        for c in chunks
        if c.choices and c.choices[0].delta.tool_calls
    )
    restored(json.loads(streamed)["text"])


def test_openai_responses_api(px):
    before = len(px.fake.received)
    client = oa(px, "oresp")
    answer = client.responses.create(model="gpt-5", instructions=f"Address {NAME} politely.", input=PROMPT)
    restored(answer.output_text)
    with client.responses.stream(model="gpt-5", input=[{"role": "user", "content": PROMPT}]) as stream:
        deltas = "".join(e.delta for e in stream if e.type == "response.output_text.delta")
        final = stream.get_final_response()
    restored(deltas)
    restored(final.output_text)
    sent_since(px, before)
    ev = last_event(px, user="oresp")
    assert (ev.tokens_in, ev.tokens_out) == (12, 8) and ev.model == "gpt-5"


def test_openai_embeddings_and_legacy_completions(px):
    before = len(px.fake.received)
    client = oa(px, "oembed")
    emb = client.embeddings.create(model="text-embedding-3-small", input=[PROMPT, "no personal data here"])
    assert len(emb.data) == 2
    done = client.completions.create(model="gpt-3.5-turbo-instruct", prompt=PROMPT)
    restored(done.choices[0].text)
    sent_since(px, before)
    assert last_event(px, user="oembed", path="/v1/embeddings").tokens_in == 5


# -- Anthropic -----------------------------------------------------------------------------------------
def test_anthropic_stream_with_tools(px):
    before = len(px.fake.received)
    client = ant(px, "astream")
    tools = [{"name": "lookup", "description": "Look up", "input_schema": {"type": "object"}}]
    messages = [
        {"role": "user", "content": PROMPT},
        {
            "role": "assistant",
            "content": [{"type": "tool_use", "id": "t1", "name": "lookup", "input": {"q": NAME}}],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "t1", "content": f"Found {EMAIL}"},
                {"type": "text", "text": PROMPT},
            ],
        },
    ]
    with client.messages.stream(
        model="claude-sonnet-4-5",
        max_tokens=100,
        system=[{"type": "text", "text": f"The user is {NAME}."}],
        messages=messages,
        tools=tools,
    ) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    sent_since(px, before)
    restored(text)
    tool = next(b for b in final.content if b.type == "tool_use")
    restored(tool.input["text"])
    ev = last_event(px, user="astream")
    assert (ev.tokens_in, ev.tokens_out, ev.model) == (13, 9, "claude-sonnet-4-5")


# -- Gemini --------------------------------------------------------------------------------------------
def test_gemini_sdk_generate_and_stream(px):
    from google import genai
    from google.genai import types

    before = len(px.fake.received)
    client = genai.Client(
        api_key="gemini-test-key",
        http_options=types.HttpOptions(
            httpx_client=px.client("gem"), retry_options=types.HttpRetryOptions(attempts=1)
        ),
    )
    answer = client.models.generate_content(
        model="gemini-2.5-flash",
        contents=PROMPT,
        config=types.GenerateContentConfig(system_instruction=f"The user is {NAME}."),
    )
    restored(answer.text)
    text = "".join(
        c.text or "" for c in client.models.generate_content_stream(model="gemini-2.5-flash", contents=PROMPT)
    )
    restored(text)
    sent = sent_since(px, before)
    assert ":streamGenerateContent" in "".join(r.path for r in px.fake.received[before:]) and "parts" in sent
    ev = last_event(px, user="gem")
    assert ev.service_id == "google-gemini-api" and (ev.tokens_in, ev.tokens_out) == (14, 10)
    assert ev.model == "gemini-2.5-flash"


def test_gemini_vertex_style_path_and_json_array_stream(px):
    before = len(px.fake.received)
    body = {"contents": [{"role": "user", "parts": [{"text": PROMPT}]}]}
    with px.client("gem2") as c:
        r = c.post(
            "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:streamGenerateContent",
            json=body,
        )
    assert r.status_code == 200
    restored("".join(p["candidates"][0]["content"]["parts"][0]["text"] for p in r.json()))
    sent_since(px, before)
    assert last_event(px, user="gem2").model == "gemini-2.5-pro"


# -- encodings, framing, HTTP/2 ------------------------------------------------------------------------
@pytest.mark.parametrize("enc", ["gzip", "br", "zstd", "deflate"])
def test_encoded_answers_json_and_stream(px, enc):
    client = oa(px, f"enc-{enc}")
    msgs = [{"role": "user", "content": PROMPT}]
    answer = client.chat.completions.create(model="m", messages=msgs, extra_headers={"x-fake-encoding": enc})
    restored(answer.choices[0].message.content)
    stream = client.chat.completions.create(
        model="m", messages=msgs, stream=True, extra_headers={"x-fake-encoding": enc}
    )
    restored("".join(c.choices[0].delta.content or "" for c in stream if c.choices))


@pytest.mark.parametrize("enc", ["gzip", "br", "zstd", "deflate"])
def test_encoded_request_bodies_are_scrubbed_and_reencoded(px, enc):
    before = len(px.fake.received)
    raw = json.dumps({"model": "m", "messages": [{"role": "user", "content": PROMPT}]}).encode()
    with px.client(f"reqenc-{enc}") as c:
        r = c.post(
            "https://api.openai.com/v1/chat/completions",
            content=encode(raw, enc),
            headers={"content-type": "application/json", "content-encoding": enc},
        )
    assert r.status_code == 200, r.text
    restored(r.json()["choices"][0]["message"]["content"])
    got = px.fake.received[before]
    headers = {k.lower(): v for k, v in got.headers.items()}
    assert headers["content-encoding"] == enc and int(headers["content-length"]) == len(got.raw_body)
    sent_since(px, before)


def test_chunked_request_body(px):
    before = len(px.fake.received)
    raw = json.dumps({"model": "m", "messages": [{"role": "user", "content": PROMPT}]}).encode()
    with px.client("chunked") as c:
        r = c.post(
            "https://api.anthropic.com/v1/messages",
            content=iter([raw[:20], raw[20:]]),
            headers={"content-type": "application/json"},
        )
    assert r.status_code == 200
    restored(r.json()["content"][0]["text"])
    sent_since(px, before)


def h2_post(px, host: str, path: str, body: bytes, user: str = "h2") -> tuple[int, bytes]:
    """POST over HTTP/2 through the proxy (CONNECT, TLS with ALPN h2 only), with the h2 library."""
    import base64
    import socket

    import h2.config
    import h2.connection
    import h2.events

    sock = socket.create_connection(("127.0.0.1", px.proxy_port), timeout=30)
    auth = base64.b64encode(f"{user}:x".encode()).decode()
    head = f"CONNECT {host}:443 HTTP/1.1\r\nHost: {host}:443\r\nProxy-Authorization: Basic {auth}\r\n\r\n"
    sock.sendall(head.encode())
    assert b" 200 " in sock.recv(4096)
    ctx = px.ssl_context()
    ctx.set_alpn_protocols(["h2"])
    tls = ctx.wrap_socket(sock, server_hostname=host)
    assert tls.selected_alpn_protocol() == "h2"
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True))
    conn.initiate_connection()
    conn.send_headers(1, [(":method", "POST"), (":authority", host), (":scheme", "https"), (":path", path),
                          ("content-type", "application/json"), ("content-length", str(len(body)))])
    conn.send_data(1, body, end_stream=True)
    tls.sendall(conn.data_to_send())
    status, data = 0, b""
    while True:
        chunk = tls.recv(65536)
        if not chunk:
            break
        for ev in conn.receive_data(chunk):
            if isinstance(ev, h2.events.ResponseReceived):
                status = int(dict(ev.headers)[b":status"])
            elif isinstance(ev, h2.events.DataReceived):
                data += ev.data
                conn.acknowledge_received_data(ev.flow_controlled_length, 1)
            elif isinstance(ev, h2.events.StreamEnded):
                tls.close()
                return status, data
        tls.sendall(conn.data_to_send())
    return status, data


def test_http2_client(px):
    before = len(px.fake.received)
    msgs = [{"role": "user", "content": PROMPT}]
    body = json.dumps({"model": "m", "stream": True, "messages": msgs}).encode()
    status, data = h2_post(px, "api.openai.com", "/v1/chat/completions", body)
    assert status == 200
    text = "".join(json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
                   for line in data.decode().splitlines() if line.startswith("data: {"))
    restored(text)
    sent_since(px, before)


def test_oversized_scrub_body_refused_with_clear_message(px):
    before = len(px.fake.received)
    big = PROMPT + " x" * 600_000  # 1.2 MB decoded; the stack's limit is 1 MB
    with px.client("big") as c:
        r = c.post(
            "https://api.openai.com/v1/chat/completions",
            content=gzip.compress(
                json.dumps({"model": "m", "messages": [{"role": "user", "content": big}]}).encode()
            ),
            headers={"content-type": "application/json", "content-encoding": "gzip"},
        )
    assert r.status_code == 413
    assert "too large" in r.json()["error"]["message"] and "not sent" in r.json()["error"]["message"]
    assert len(px.fake.received) == before


def test_stream_encodings_helpers_match_vendor_formats():
    # The fake's stream encoder must produce what real servers do; sanity-check one round trip each.
    from tests.fake_llm import StreamEncoder, decode

    for enc in ("gzip", "deflate", "br", "zstd"):
        e = StreamEncoder(enc)
        data = e.write(b"data: 1\n\n") + e.write(b"data: 2\n\n") + e.close()
        assert decode(data, enc) == b"data: 1\n\ndata: 2\n\n"
    assert zlib.decompress(encode(b"x", "deflate")) == b"x" and brotli.decompress(encode(b"x", "br")) == b"x"


# -- web apps --------------------------------------------------------------------------------------------
def test_claude_web_completion_scrubbed_and_restored(px):
    before = len(px.fake.received)
    org = "0f0e0d0c-aaaa-bbbb-cccc-123456789abc"
    with px.client("cweb") as c:
        r = c.post(
            f"https://claude.ai/api/organizations/{org}/chat_conversations/c1/completion",
            json={
                "prompt": PROMPT,
                "attachments": [{"file_name": "a.txt", "extracted_content": NAME}],
                "timezone": "Europe/Berlin",
            },
            headers={"accept": "text/event-stream"},
        )
    assert r.status_code == 200
    text = "".join(
        json.loads(line[6:])["completion"] for line in r.text.splitlines() if line.startswith("data: ")
    )
    restored(text)
    sent_since(px, before)
    ev = last_event(px, user="cweb")
    assert ev.service_id == "claude-web" and ev.personal_account is True  # an organisation that is not ours
