"""Hostile and broken input through the real proxy, upstream faults, and what must never be written down.

One aiwarden process (SQLite, every log record at DEBUG captured in a file) serves the whole module. Each
case gets a clear error or passes as the policy says; the proxy keeps serving; the fake vendor never
receives a seeded value. The last tests search the logs and the database file bytes for the seeds.
"""

import gzip
import hashlib
import json
import os
import shutil
import socket
import ssl
import stat
import threading
import time
import zlib

import brotli
import h2.config
import h2.connection
import h2.events
import httpx
import pytest
from sqlmodel import Session, create_engine, select
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect as ws_connect

from inventory.models import UsageEvent
from tests.conftest import (
    Stack,
    run_cli,
    started_ahead,
    stop_stack,
    take,
    the_fake_llm,
    wait_for,
)
from tests.fake_llm import encode
from tests.reliability.helpers import (
    NAME,
    OPENAI,
    PROMPT,
    SEEDS,
    assert_clean,
    chat,
    client,
    error_message,
    launch_reliability,
    read_response,
    tunnel,
    works,
)

JSON = {"content-type": "application/json"}
MISTRAL = "https://api.mistral.ai/v1/chat/completions"
MB = 1024 * 1024


def launch_hostile(factory) -> Stack:
    return launch_reliability(factory.mktemp("reliability"), the_fake_llm())


@pytest.fixture(scope="module")
@started_ahead(launch_hostile)
def px(tmp_path_factory, fake_llm):
    s = take(launch_hostile, tmp_path_factory)
    tmp = s.log.parent
    s.tmp = tmp  # type: ignore[attr-defined]
    s.db = create_engine(f"sqlite:///{tmp / 'aiwarden.db'}")  # type: ignore[attr-defined]
    yield s
    s.db.dispose()  # type: ignore[attr-defined]
    stop_stack(s)
    shutil.rmtree(tmp, ignore_errors=True)


def sent(px, before: int) -> str:
    """Everything the fake vendor received since ``before`` (decoded bodies and WebSocket messages)."""
    return "\n".join(r.body.decode("utf-8", "replace") for r in px.fake.received[before:])


def events_of(px, user: str) -> list[UsageEvent]:
    with Session(px.db) as session:
        return list(session.exec(select(UsageEvent).where(UsageEvent.user == user)))


def hwm_kib(pid: int) -> int:
    """Peak resident memory of a process (VmHWM), KiB."""
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def raw_json(text: str) -> bytes:
    return json.dumps(chat(text)).encode()


PII = PROMPT.encode()
DEEP = 100_000
BROKEN = [  # (case, body, extra headers, status, words in the message)
    ("truncated JSON", raw_json(PROMPT)[:60], {}, 400, "not valid JSON"),
    ("not JSON at all", b"model=gpt&prompt=" + PII, {}, 400, "not valid JSON"),
    ("invalid UTF-8", raw_json(PROMPT).replace(b"renewal", b"renew\xff\xfeal"), {}, 400, "not valid JSON"),
    (
        "lone surrogate in the prompt",
        raw_json(PROMPT).replace(b"renewal", b"renewal \\ud800"),
        {},
        400,
        "not valid JSON",
    ),
    (
        "lone surrogate outside the prompt",
        raw_json(PROMPT).replace(b'"gpt-4o-mini"', b'"\\udfff"'),
        {},
        400,
        "not valid JSON",
    ),
    (f"{DEEP} nested arrays", b"[" * DEEP + PII + b"]" * DEEP, {}, 400, "not valid JSON"),
    (
        f"{DEEP} nested objects",
        b'{"a":' * DEEP + json.dumps(PROMPT).encode() + b"}" * DEEP,
        {},
        400,
        "not valid JSON",
    ),
    ("unknown Content-Encoding", raw_json(PROMPT), {"content-encoding": "x-unknown"}, 400, "not valid JSON"),
    (
        "two Content-Encodings",
        gzip.compress(gzip.compress(raw_json(PROMPT))),
        {"content-encoding": "gzip, gzip"},
        400,
        "not valid JSON",
    ),
    (
        "corrupt gzip",
        gzip.compress(raw_json(PROMPT))[:-20] + b"garbage" * 3,
        {"content-encoding": "gzip"},
        400,
        "not valid JSON",
    ),
    (
        "codec-named encoding",
        raw_json(PROMPT).hex().encode(),
        {"content-encoding": "hex"},
        400,
        "not valid JSON",
    ),
    (
        "UTF-16 body",
        json.dumps(chat()).encode("utf-16"),
        {"content-type": "application/json; charset=utf-16"},
        400,
        "not valid JSON",
    ),
]


@pytest.mark.parametrize("case,body,headers,status,words", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_body_gets_clear_error_and_is_never_sent(px, case, body, headers, status, words):
    before = len(px.fake.received)
    with px.client("broken") as c:
        r = c.post(OPENAI, content=body, headers={**JSON, **headers})
    assert r.status_code == status, r.text[:300]
    assert words in error_message(r) and "not sent" in error_message(r)
    assert_clean(r.text)  # the error never echoes the payload
    assert len(px.fake.received) == before, "a request we could not check reached the vendor"


def test_multipart_form_is_scrubbed_field_by_field(px):
    """Scrub by default: a form upload is not refused as unreadable, its fields are scrubbed."""
    before = len(px.fake.received)
    body = b"--x\r\nContent-Disposition: form-data; name=prompt\r\n\r\n" + PII + b"\r\n--x--\r\n"
    with px.client("multipart") as c:
        c.post(OPENAI, content=body, headers={"content-type": "multipart/form-data; boundary=x"})
    out = sent(px, before)
    assert_clean(out)
    assert out.startswith("--x\r\nContent-Disposition: form-data; name=prompt\r\n\r\n")  # still a form


@pytest.mark.parametrize(
    "ctype", ["text/plain", "application/x-www-form-urlencoded", "application/octet-stream", None]
)
def test_json_under_another_content_type_is_still_scrubbed(px, ctype):
    before = len(px.fake.received)
    headers = {"content-type": ctype} if ctype else {}
    with px.client("ctype") as c:
        r = c.post(OPENAI, content=raw_json(PROMPT), headers=headers)
    assert r.status_code == 200 and NAME in r.json()["choices"][0]["message"]["content"]
    out = sent(px, before)
    assert_clean(out)
    assert "<PERSON_1>" in out


def test_duplicate_keys_cannot_smuggle_an_unchecked_copy(px):
    """Parsers differ on which duplicate key wins; the vendor must get exactly what was checked."""
    before = len(px.fake.received)
    hidden = json.dumps([{"role": "user", "content": PROMPT}])
    for body in (
        f'{{"model":"m","messages":{hidden},"messages":[]}}',  # checked copy empty, hidden first
        f'{{"model":"m","messages":[],"messages":{hidden}}}',
    ):
        with px.client("dup") as c:
            r = c.post(OPENAI, content=body.encode(), headers=JSON)
        assert r.status_code == 200
    out = sent(px, before)
    assert_clean(out)
    assert all(r.body.count(b'"messages"') == 1 for r in px.fake.received[before:])


def test_deep_but_parseable_json_is_scrubbed(px):
    before = len(px.fake.received)
    nested: object = "leaf"
    for _ in range(500):
        nested = {"k": [nested]}
    body = chat(metadata=nested)
    with px.client("deep") as c:
        r = c.post(OPENAI, json=body)
    assert r.status_code == 200 and NAME in r.json()["choices"][0]["message"]["content"]
    assert_clean(sent(px, before))


def test_50mb_bodies_refused_for_scrub_passed_for_non_ai(px):
    before = len(px.fake.received)
    big = b'{"model":"m","messages":[{"role":"user","content":"' + PII + b" " + b"x" * (50 * MB) + b'"}]}'
    with client(px, "big", timeout=60) as c:
        t = time.perf_counter()
        sized = c.post(OPENAI, content=big, headers=JSON)
        quick = time.perf_counter() - t
        chunked = c.post(
            OPENAI, content=iter([big[i : i + MB] for i in range(0, len(big), MB)]), headers=JSON
        )
    for r in (sized, chunked):
        assert r.status_code == 413 and "too large" in error_message(r) and "not sent" in error_message(r)
    assert quick < 10
    assert len(px.fake.received) == before
    # Non-AI traffic is never size-limited or changed: 50 MB through to the echo endpoint, byte for byte.
    with client(px, "big", timeout=60) as c:
        echoed = c.post(
            f"{px.fake.url}/echo", content=big, headers={"content-type": "application/octet-stream"}
        )
    assert (
        echoed.status_code == 200 and hashlib.sha256(echoed.content).digest() == hashlib.sha256(big).digest()
    )
    works(px)


def _compress(data: bytes, enc: str) -> bytes:
    if enc == "gzip":
        return gzip.compress(data, 1)
    if enc == "deflate":
        return zlib.compress(data, 1)
    if enc == "br":
        return brotli.compress(data, quality=1)
    return encode(data, enc)


@pytest.mark.parametrize("enc", ["gzip", "deflate", "br", "zstd"])
def test_compression_bomb_is_refused_without_inflating_it(px, enc):
    decoded = 200 * MB
    bomb = _compress(b'{"model":"m","messages":[{"role":"user","content":"' + b"a" * decoded + b'"}]}', enc)
    peak = hwm_kib(px.proc.pid)
    with client(px, "bomb", timeout=60) as c:
        r = c.post(OPENAI, content=bomb, headers={**JSON, "content-encoding": enc})
    assert r.status_code == 413 and "too large" in error_message(r)
    grown = (hwm_kib(px.proc.pid) - peak) / 1024
    assert grown < 100, f"{len(bomb) // 1024} KiB of {enc} made the proxy grow by {grown:.0f} MiB"


def _slow_sender(px, body: bytes, pieces: int, pause: float, results: list, stop: threading.Event) -> None:
    sock = tunnel(px, "api.openai.com", timeout=30)
    head = (
        f"POST /v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    sock.sendall(head)
    step = max(1, len(body) // pieces)
    try:
        for i in range(0, len(body), step):
            if stop.is_set():
                return
            sock.sendall(body[i : i + step])
            time.sleep(pause)
        results.append(read_response(sock, 20)[0])
    finally:
        sock.close()


def test_slowloris_bodies_do_not_hold_up_others_and_partial_bodies_never_leave(px):
    before = len(px.fake.received)
    stop = threading.Event()
    abandoned: list[int] = []
    finished: list[int] = []
    body = raw_json(PROMPT)
    # 30 clients that trickle a body and never finish it, one that finishes after ~2 s
    slow = [
        threading.Thread(target=_slow_sender, args=(px, body, 2000, 0.1, abandoned, stop), daemon=True)
        for _ in range(30)
    ]
    slow.append(
        threading.Thread(
            target=_slow_sender, args=(px, body, 20, 0.1, finished, threading.Event()), daemon=True
        )
    )
    for t in slow:
        t.start()
    time.sleep(1.0)
    t0 = time.perf_counter()
    works(px)  # others are served at once
    assert time.perf_counter() - t0 < 3
    slow[-1].join(30)
    assert finished == [200]
    stop.set()
    for t in slow:
        t.join(10)
    out = sent(px, before)
    assert_clean(out)
    # only two complete requests went out (ours and the slow one that finished): no partial body
    assert len(px.fake.received) - before == 2


@pytest.mark.parametrize("fault,why", [("reset", "broke off the connection"), ("truncate", "cut off")])
def test_upstream_reset_or_truncated_answer_gives_502_and_is_recorded(px, fault, why):
    user = f"fault-{fault}"
    with px.client(user) as c:
        r = c.post(OPENAI, json=chat(), headers={"x-fake-fault": fault})
    assert r.status_code == 502
    assert_clean(r.text)
    ev = wait_for(lambda: events_of(px, user))
    assert ev and ev[-1].status == 502 and why in ev[-1].reason
    works(px)


def test_truncated_stream_ends_the_answer_without_placeholders(px):
    before = len(px.fake.received)
    got = b""
    with (
        px.client("cut") as c,
        c.stream(
            "POST", OPENAI, json=chat(stream=True), headers={"x-fake-fault": "truncate", "x-fake-chunk": "2"}
        ) as r,
    ):
        assert r.status_code == 200
        for chunk in r.iter_raw():  # ends cleanly, with an error event in OpenAI's shape (not a torn body)
            got += chunk
    assert b'data: {"error"' in got and b"broke off" in got
    text = "".join(
        json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
        for line in got.decode().splitlines()
        if line.startswith("data: {") and '"choices"' in line
    )
    assert text.startswith("You said: Please write to ") and "<" not in text  # no half placeholder shown
    assert_clean(sent(px, before))
    assert wait_for(lambda: events_of(px, "cut"))
    works(px)


def test_slow_upstream_is_waited_for_and_a_client_giving_up_harms_nothing(px):
    with px.client("slow") as c:
        r = c.post(OPENAI, json=chat(), headers={"x-fake-delay": "1.5"})
    assert r.status_code == 200 and NAME in r.json()["choices"][0]["message"]["content"]
    with client(px, "impatient", timeout=0.5) as c, pytest.raises(httpx.ReadTimeout):
        c.post(OPENAI, json=chat(), headers={"x-fake-delay": "2"})
    works(px)
    assert wait_for(lambda: events_of(px, "impatient"), timeout=10)


# -- HTTP/2 and WebSocket ------------------------------------------------------------------------------
def _h2(px, host: str = "api.openai.com") -> tuple[ssl.SSLSocket, h2.connection.H2Connection]:
    sock = tunnel(px, host, alpn=["h2"], user="h2abuse")
    assert sock.selected_alpn_protocol() == "h2"
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True))
    conn.initiate_connection()
    sock.sendall(conn.data_to_send())
    return sock, conn


def _headers(length: int) -> list[tuple[str, str]]:
    return [
        (":method", "POST"),
        (":authority", "api.openai.com"),
        (":scheme", "https"),
        (":path", "/v1/chat/completions"),
        ("content-type", "application/json"),
        ("content-length", str(length)),
    ]


def _h2_collect(sock, conn, streams: set[int], limit: float = 30) -> dict[int, int]:
    """Status per stream until all ended (or were reset); -1 for a reset stream."""
    status: dict[int, int] = {}
    done: set[int] = set()
    deadline = time.time() + limit
    sock.settimeout(limit)
    while done != streams and time.time() < deadline:
        data = sock.recv(65536)
        if not data:
            break
        for ev in conn.receive_data(data):
            if isinstance(ev, h2.events.ResponseReceived):
                status[ev.stream_id] = int(dict(ev.headers)[b":status"])
            elif isinstance(ev, h2.events.DataReceived):
                conn.acknowledge_received_data(ev.flow_controlled_length, ev.stream_id)
            elif isinstance(ev, h2.events.StreamEnded):
                done.add(ev.stream_id)
            elif isinstance(ev, h2.events.StreamReset):
                status.setdefault(ev.stream_id, -1)
                done.add(ev.stream_id)
        sock.sendall(conn.data_to_send())
    return status


def test_http2_many_streams_resets_and_lies(px):
    before = len(px.fake.received)
    body = raw_json(PROMPT)
    sock, conn = _h2(px)
    ids = [conn.get_next_available_stream_id() for _ in range(1)]
    streams = set()
    for _ in range(50):  # 50 concurrent streams with personal data on one connection
        sid = conn.get_next_available_stream_id()
        conn.send_headers(sid, _headers(len(body)))
        conn.send_data(sid, body, end_stream=True)
        streams.add(sid)
    # a stream reset half-way through its body: the half must never leave
    sid = conn.get_next_available_stream_id()
    conn.send_headers(sid, _headers(len(body)))
    conn.send_data(sid, body[: len(body) // 2])
    conn.reset_stream(sid)
    sock.sendall(conn.data_to_send())
    status = _h2_collect(sock, conn, streams)
    sock.close()
    assert ids and sorted(status.get(s, 0) for s in streams) == [200] * 50
    # Content-Length that lies (shorter than the data): a protocol error, nothing forwarded
    sock, conn = _h2(px)
    conn.config.validate_outbound_headers = False
    sid = conn.get_next_available_stream_id()
    conn.send_headers(sid, _headers(10))
    conn.send_data(sid, body, end_stream=True)
    sock.sendall(conn.data_to_send())
    lied = _h2_collect(sock, conn, {sid}, limit=10)
    sock.close()
    assert lied.get(sid, -1) in (-1, 400)
    # garbage after the preface
    sock, conn = _h2(px)
    sock.sendall(os.urandom(4096))
    sock.settimeout(10)
    try:
        while sock.recv(65536):
            pass
    except (ssl.SSLError, ConnectionError, TimeoutError):
        pass
    sock.close()
    assert len(px.fake.received) - before == 50
    assert_clean(sent(px, before))
    works(px)


def _ws(px, host: str, path: str = "/v1/realtime"):
    sock = tunnel(px, host, user="ws", tls=False)  # websockets does the TLS itself
    return ws_connect(f"wss://{host}{path}", sock=sock, ssl=px.ssl_context(), open_timeout=10)


def test_websocket_to_a_scrubbed_service_is_refused(px):
    before = len(px.fake.received)
    with pytest.raises(InvalidStatus) as err:
        with _ws(px, "api.openai.com") as ws:  # OpenAI's Realtime API speaks WebSocket
            ws.send(
                json.dumps(
                    {
                        "type": "conversation.item.create",
                        "item": {"content": [{"type": "input_text", "text": PROMPT}]},
                    }
                )
            )
            ws.recv(timeout=5)
    assert err.value.response.status_code == 403
    assert "WebSocket" in err.value.response.body.decode()
    assert len(px.fake.received) == before
    works(px)


def test_websocket_to_an_allowed_service_passes_and_survives_abuse(px):
    before = len(px.fake.received)
    with _ws(px, "api.mistral.ai") as ws:
        ws.send("hello")
        assert ws.recv(timeout=5) == "hello"
        ws.send(os.urandom(300_000))  # large binary message
        assert len(ws.recv(timeout=10)) == 300_000
    # a client that sends a broken frame and vanishes
    sock = tunnel(px, "api.mistral.ai", alpn=["http/1.1"], user="ws")
    sock.sendall(
        b"GET /v1/realtime HTTP/1.1\r\nHost: api.mistral.ai\r\nUpgrade: websocket\r\n"
        b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        b"Sec-WebSocket-Version: 13\r\n\r\n"
    )
    status, _ = read_response(sock)
    assert status == 101
    sock.sendall(b"\x81\xff" + os.urandom(40))  # claims a 2**63-byte masked frame, sends 40 bytes
    sock.close()
    assert [r.method for r in px.fake.received[before:]] == ["WS", "WS"]
    works(px)


# -- security: what is stored and written --------------------------------------------------------------
def _listening(port: int) -> set[str]:
    out = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in open(table).read().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            addr, p = local.split(":")
            if state == "0A" and int(p, 16) == port:
                out.add(socket.inet_ntoa(bytes.fromhex(addr)[::-1]) if len(addr) == 8 else addr)
    return out


def test_admin_api_is_bound_to_localhost_by_default(px):
    assert "AIWARDEN_ADMIN_HOST" not in px.env
    assert _listening(px.admin_port) == {"127.0.0.1"}


def test_ca_private_key_files_are_owner_only(px):
    conf = px.tmp / "conf"
    secrets = [p for p in conf.iterdir() if p.name in ("mitmproxy-ca.pem", "mitmproxy-ca.p12")]
    assert secrets, list(conf.iterdir())
    for p in secrets:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, f"{p.name} is {oct(p.stat().st_mode)}"


def _db_bytes(px) -> bytes:
    return b"".join(p.read_bytes() for p in px.tmp.glob("aiwarden.db*"))


def test_admin_tokens_are_stored_hashed(px):
    token = px.token("admin")
    assert (
        httpx.get(
            f"{px.admin_url}/api/v1/inventory/services", headers={"Authorization": f"Bearer {token}"}
        ).status_code
        == 200
    )
    time.sleep(0.5)
    blob = _db_bytes(px)
    assert token.encode() not in blob
    secret = token.split("_", 1)[-1]
    assert secret[-16:].encode() not in blob  # not even a recognisable part of it


def test_no_seeded_value_or_prompt_text_in_logs_or_database(px):
    """Runs last: everything above sent the seeds in every shape; search every byte written down."""
    works(px)
    with px.client("final") as c:  # an error path and an allowed (unscrubbed) request too
        c.post(OPENAI, content=raw_json(PROMPT)[:50], headers=JSON)
        c.post(MISTRAL, json=chat())
    assert wait_for(lambda: events_of(px, "final"))
    run_cli(px.env, "report", "--format", "json")
    time.sleep(1.0)  # the recorder writes in batches
    debug = (px.tmp / "debug.log").read_text(errors="replace")
    assert " DEBUG " in debug, "the DEBUG level was not captured"
    for where, text in (
        ("stdout/stderr", px.logs()),
        ("DEBUG log", debug),
        ("database files", _db_bytes(px).decode("latin-1")),
    ):
        for needle in (*SEEDS, "about the renewal"):
            assert needle.lower() not in text.lower(), f"{needle!r} found in the {where}"
