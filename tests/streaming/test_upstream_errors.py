"""Vendor down or breaking off mid-stream: the SDK gets its provider's error shape, not mitmproxy's HTML.

``proxy/upstream_errors.install()`` is checked in a real mitmproxy (in this process, with a minimal addon
that marks flows the way aiwarden's addon does) against the network-like vendor; the same through
``aiwarden run`` is marked xfail until the addon calls ``install()`` (see docs/streaming.md).
"""

import asyncio
import json
import random
import threading
import time

import anthropic
import httpx
import httpx2
import openai
import pytest
from mitmproxy import http

from proxy import upstream_errors as ue
from proxy.dialects import dialect
from proxy.sse import SSEProcessor
from tests.conftest import free_port
from tests.net_vendor import Answer
from tests.streaming.answers import PROMPT, openai_chat
from tests.streaming.answers import anthropic as anthropic_sse
from tests.streaming.conftest import DOWN_HOST, openai_client

MSG = [{"role": "user", "content": PROMPT}]


# -- shapes ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("openai", "error"),
        ("anthropic", "error"),
        ("gemini", "error"),
        ("web-chatgpt", "detail"),
        ("web-claude", "error"),
    ],
)
def test_error_bodies_have_each_providers_shape(name, key):
    body = ue.error_json(name, 502, "unreachable")
    assert ue.MESSAGES["unreachable"] in json.dumps(body) and key in body
    resp = ue.error_response(name, 504, "timeout")
    assert resp.status_code == 504 and resp.headers["content-type"] == "application/json"
    assert json.loads(resp.content) == ue.error_json(name, 504, "timeout")
    event = ue.stream_error_event(name, 502, "reset").decode()
    assert event.endswith("\n\n")
    data = json.loads(event.split("data: ", 1)[1])
    assert data == ue.error_json(name, 502, "reset")
    assert ("event: error\n" in event) == (name in ("anthropic", "web-claude"))


def test_bedrock_stream_refusal_only_for_streaming_paths():
    r = ue.bedrock_stream_refusal("/model/anthropic.claude-3-5-sonnet/converse-stream")
    assert r is not None and r.status_code == 403 and r.headers["x-amzn-ErrorType"] == "AccessDeniedException"
    assert "Bedrock" in json.loads(r.content)["message"]
    assert ue.bedrock_stream_refusal("/model/m/invoke-with-response-stream?x=1") is not None
    assert ue.bedrock_stream_refusal("/model/m/converse") is None


def flow_with(error: str, response: http.Response | None, connected: bool) -> http.HTTPFlow:
    from mitmproxy.test import tflow

    f = tflow.tflow()
    f.response = response
    from mitmproxy.flow import Error

    f.error = Error(error)
    f.server_conn.timestamp_tcp_setup = time.time() if connected else None
    return f


def test_reply_per_situation():
    down = flow_with("Connection refused", None, connected=False)
    assert ue.describe(down) == (502, "unreachable")
    assert isinstance(ue.reply(down, False, "openai"), http.Response)
    late = flow_with("Connection timed out", None, connected=True)
    assert ue.describe(late) == (504, "timeout")
    sse = http.Response.make(200, b"", {"Content-Type": "text/event-stream"})
    del sse.headers["content-length"]
    sse.stream = SSEProcessor(dialect("anthropic"), {"<PERSON_1>": "John Smith"})
    sse.stream.feed(
        b'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,'
        b'"delta":{"type":"text_delta","text":"Hi <PERS"}}\n\ndata: {"type":"conte'
    )
    cut = flow_with("peer closed connection", sse, connected=True)
    assert ue.describe(cut) == (502, "reset")
    out = ue.reply(cut, True, "anthropic").decode()  # the held-back "<PERS" is dropped: only the error event
    assert "<PERS" not in out and out.startswith("event: error\n") and out.count("data:") == 1
    observed = SSEProcessor(dialect("anthropic"), None)
    observed.feed(b'data: {"type":"ping"}\n\ndata: {"type":"conte')  # the client got half an event
    sse.stream = observed
    assert ue.reply(cut, True, "anthropic") is None
    fixed = flow_with(
        "peer closed connection",
        http.Response.make(200, b"x", {"Content-Type": "text/event-stream"}),
        connected=True,
    )
    assert ue.reply(fixed, True, "openai") is None  # a Content-Length answer cannot take more bytes
    assert ue.reply(down, False, None) is None  # not an AI flow: mitmproxy's own behaviour


# -- a real mitmproxy --------------------------------------------------------------------------------
class Mark:
    """What aiwarden's addon does that matters here: flows carry their dialect; SSE answers stream through
    an ``SSEProcessor`` (restoring, as for scrubbed traffic)."""

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        flow.metadata["aiwarden.dialect"] = flow.request.headers.get("x-dialect", "openai")

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        codec = dialect(flow.metadata["aiwarden.dialect"])
        flow.response.stream = SSEProcessor(codec, {"<PERSON_1>": "John Smith"})


@pytest.fixture(scope="module")
def mitm():
    from mitmproxy.options import Options
    from mitmproxy.tools.dump import DumpMaster

    previous = ue.install(lambda flow: flow.metadata.get("aiwarden.dialect"))
    port, box = free_port(), []

    async def main() -> None:
        master = DumpMaster(
            Options(listen_host="127.0.0.1", listen_port=port), with_termlog=False, with_dumper=False
        )
        master.addons.add(Mark())
        box.append((master, asyncio.get_running_loop()))
        await master.run()

    thread = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    thread.start()
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    master, loop = box[0]
    loop.call_soon_threadsafe(master.shutdown)
    thread.join(10)
    ue.install(previous)  # other in-process mitmproxy tests of this session see what they set


def test_vendor_down_gives_provider_json_not_html(mitm):
    dead = f"http://127.0.0.1:{free_port()}/v1"
    client = openai.OpenAI(api_key="k", base_url=dead, max_retries=0, http_client=httpx.Client(proxy=mitm))
    with pytest.raises(openai.APIStatusError) as err:
        client.chat.completions.create(model="m", messages=MSG)
    assert err.value.status_code == 502 and ue.MESSAGES["unreachable"] in err.value.message
    r = httpx.post(f"{dead}/messages", json={}, headers={"x-dialect": "anthropic"}, proxy=mitm)
    assert r.status_code == 502 and r.json()["error"]["type"] == "api_error"
    assert "html" not in r.headers["content-type"]


def test_reset_mid_stream_ends_with_provider_error_event(mitm, vendor):
    rnd = random.Random(3)
    body = openai_chat(["Hello ", "there, ", "and more ", "text"], rnd)[1]
    headers = vendor.on(
        "reset-openai", lambda req: Answer(body, cuts=list(range(40, len(body), 40)), fail="reset")
    )
    client = openai.OpenAI(
        api_key="k", base_url=f"{vendor.url}/v1", max_retries=0, http_client=httpx.Client(proxy=mitm)
    )
    got = []
    with pytest.raises(openai.APIError, match="broke off"):
        for chunk in client.chat.completions.create(
            model="m", messages=MSG, stream=True, extra_headers=headers
        ):
            got += [c.delta.content or "" for c in chunk.choices]
    assert got  # the answer had started before the vendor went away

    abody = anthropic_sse(["Hello ", "there, ", "and more ", "text"], rnd)[1]
    headers = vendor.on(
        "reset-anthropic", lambda req: Answer(abody, cuts=list(range(60, len(abody), 60)), fail="reset")
    )
    ant = anthropic.Anthropic(
        api_key="k", base_url=vendor.url, max_retries=0, http_client=httpx2.Client(proxy=mitm)
    )
    with pytest.raises(anthropic.APIStatusError, match="broke off"):
        with ant.messages.stream(
            model="m", max_tokens=10, messages=MSG, extra_headers={**headers, "x-dialect": "anthropic"}
        ) as stream:
            "".join(stream.text_stream)


# -- through aiwarden run ----------------------------------------------------------------------------
def recorded(stack, user: str):
    """The usage event aiwarden recorded for ``user`` (waits for the recorder)."""
    from sqlmodel import Session, create_engine, select

    from inventory.models import UsageEvent
    from tests.conftest import wait_for

    engine = create_engine(stack.env["AIWARDEN_DATABASE_URL"])
    try:

        def find():
            with Session(engine) as s:
                return s.exec(select(UsageEvent).where(UsageEvent.user == user)).all()

        rows = wait_for(find)
    finally:
        engine.dispose()
    assert rows, f"nothing recorded for {user}"
    return rows[-1]


def test_through_aiwarden_vendor_reset_mid_stream(net_stack, vendor):
    body = openai_chat(["Hello ", "there"], random.Random(1))[1]
    headers = vendor.on(
        "e2e-reset", lambda req: Answer(body, cuts=list(range(30, len(body), 30)), fail="reset")
    )
    with pytest.raises(openai.APIError, match="broke off"):
        for _ in openai_client(net_stack, "reset-user").chat.completions.create(
            model="m", messages=MSG, stream=True, extra_headers=headers
        ):
            pass
    ev = recorded(net_stack, "reset-user")
    assert ev.status == 200 and "cut off" in ev.reason  # the answer had started: 200, then the error event


def test_through_aiwarden_vendor_down(net_stack):
    http_client = httpx2.Client(proxy=net_stack.proxy_url("down-user"), verify=net_stack.ssl_context(),
                                timeout=30)
    client = anthropic.Anthropic(
        api_key="k", base_url=f"https://{DOWN_HOST}/anthropic", http_client=http_client, max_retries=0
    )
    with pytest.raises(anthropic.APIStatusError) as err:
        client.messages.create(model="m", max_tokens=10, messages=MSG)
    assert err.value.status_code == 502 and ue.MESSAGES["unreachable"] in str(err.value)
    ev = recorded(net_stack, "down-user")
    assert ev.status == 502 and "could not be reached" in ev.reason
