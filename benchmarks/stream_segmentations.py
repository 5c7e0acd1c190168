"""Streamed answers split at random bytes: how many come out broken or altered? (The answer must be 0.)

Two sources of streams, each cut at random byte offsets (always also inside an event separator, a UTF-8
character and a placeholder):
- every streaming dialect as tests/streaming/answers.py writes it (random text pieces, LF or CRLF,
  comments, ``retry:``, pings, usage-only chunks, Azure filter chunks, thinking blocks, annotations);
- the recorded answers of real services (/work/shared/fixtures/vendor_responses) with placeholders
  injected into their texts (tests/streaming/replay.py).

``--direct N`` feeds N streams through ``SSEProcessor`` in this process, read by mitmproxy's rules (each
call's items are what is sent; an empty item mid-stream would end a chunked body and counts as broken).
``--proxy N`` sends N more through a real ``aiwarden run`` from the network-like vendor (tests/net_vendor.py)
and reads them as clients do. Each stream is checked twice over: scrubbed (every text per channel equals
the vendor's with the originals back; Responses annotation offsets still point at the same words) and
allowed (the bytes unchanged).

Run: ``.venv/bin/python benchmarks/stream_segmentations.py [--direct 10000] [--proxy 300] [--seed 1]``.
"""

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from proxy.dialects import dialect  # noqa: E402
from proxy.sse import SSEProcessor, restore_events  # noqa: E402
from tests.streaming import answers as A  # noqa: E402
from tests.streaming import replay as R  # noqa: E402

PERSON, EMAIL = "<PERSON_1>", "<EMAIL_ADDRESS_1>"
MAPPING = {PERSON: A.NAME, EMAIL: A.EMAIL}
SYNTHETIC = {  # answers.py dialect -> (proxy dialect, family of the reader in replay.py or a reader)
    "openai-chat": ("openai", "chat"),
    "openai-responses": ("openai", "responses"),
    "anthropic": ("anthropic", "anthropic"),
    "gemini-sse": ("gemini", "gemini"),
    "gemini-array": ("gemini", "gemini-array"),
    "chatgpt-web": ("web-chatgpt", A.chatgpt_text),
    "claude-web": ("web-claude", A.claude_web_text),
}
FAMILY_DIALECT = {"chat": "openai", "responses": "openai", "anthropic": "anthropic", "gemini": "gemini",
                  "gemini-array": "gemini"}


def restored(text: str) -> str:
    return text.replace(PERSON, A.NAME).replace(EMAIL, A.EMAIL)


def cases(rnd: random.Random):
    """Endless (label, proxy dialect, reader, vendor body) for synthetic and recorded answers."""
    fixtures = [n for n in R.stream_fixtures() if R.route(n)[2] != "bedrock"]
    while True:
        if rnd.random() < 0.5:
            kind = rnd.choice(sorted(SYNTHETIC))
            name, reader = SYNTHETIC[kind]
            text = A.TEMPLATE.format(P=PERSON, E=EMAIL)
            yield kind, name, reader, A.DIALECTS[kind].make(A.pieces(text, rnd), rnd)[1]
        else:
            fx = rnd.choice(fixtures)
            family = R.route(fx)[2]
            yield fx, FAMILY_DIALECT[family], family, R.inject(fx, PERSON, EMAIL)


def read(reader, raw: bytes):
    return reader(raw) if callable(reader) else R.texts(reader, raw)


def expected(reader, body: bytes):
    got = read(reader, body)
    return restored(got) if isinstance(got, str) else {k: restored(v) for k, v in got.items()}


def through(proc: SSEProcessor, body: bytes, cuts: list[int]) -> tuple[bytes, bool]:
    """The bytes mitmproxy would send for ``body`` read in the pieces ``cuts`` makes; False when a call
    returned an empty item (an empty chunk ends an HTTP/1.1 chunked body)."""
    out, ok, pos = [], True, 0
    for c in [*cuts, len(body)]:
        items = proc(body[pos:c])
        items = [items] if isinstance(items, bytes) else list(items)
        ok &= all(items)
        out += items
        pos = c
    end = proc(b"")
    out += [end] if isinstance(end, bytes) else list(end)
    return b"".join(out), ok


def check_direct(rnd: random.Random, label: str, name: str, reader, body: bytes) -> str:
    """'' when fine, else what went wrong."""
    cuts = A.byte_cuts(body, rnd)
    codec = dialect(name)
    if reader == "gemini-array":  # not SSE: the proxy reads it whole and restores across items
        items = json.loads(body)
        got = restore_events(codec, items, MAPPING)
        raw = json.dumps(got, ensure_ascii=False).encode()
        return "" if read(reader, raw) == expected(reader, body) else "altered"
    out, ok = through(SSEProcessor(codec, None), body, cuts)
    if not ok:
        return "empty chunk (allow)"
    if out != body:
        return "allow bytes changed"
    out, ok = through(SSEProcessor(codec, MAPPING), body, cuts)
    if not ok:
        return "empty chunk (scrub)"
    try:
        if read(reader, out) != expected(reader, body):
            return "scrubbed text altered"
    except ValueError:
        return "scrubbed stream unreadable"
    if label == "openai-responses":
        done = [o for _, o in R.events(out)
                if isinstance(o, dict) and o.get("type") == "response.completed"][0]
        part = done["response"]["output"][0]["content"][0]
        ann = part["annotations"][0]
        if part["text"][ann["start_index"]:ann["end_index"]] != A.ANNOTATED:
            return "annotation offsets wrong"
    return ""


def run_direct(n: int, seed: int) -> dict:
    rnd = random.Random(seed)
    gen = cases(rnd)
    broken: dict[str, int] = {}
    per: dict[str, int] = {}
    t0 = time.perf_counter()
    for _ in range(n):
        label, name, reader, body = next(gen)
        per[label] = per.get(label, 0) + 1
        if problem := check_direct(rnd, label, name, reader, body):
            broken[f"{label}: {problem}"] = broken.get(f"{label}: {problem}", 0) + 1
    return {"streams": n, "broken_or_altered": sum(broken.values()), "problems": broken,
            "kinds": len(per), "seconds": round(time.perf_counter() - t0, 1)}


def run_proxy(n: int, seed: int) -> dict:
    """``n`` streams through a real aiwarden process: half scrubbed (read back and compared), half allowed
    (bytes compared)."""
    from tests.conftest import start_stack, stop_stack
    from tests.fake_llm import FakeLLM
    from tests.net_vendor import Answer, NetVendor
    from tests.streaming.conftest import HOSTS, POLICY, http_client

    fake, vendor = FakeLLM().start(), NetVendor().start()
    tmp = Path(tempfile.mkdtemp(prefix="aiwarden-seg-"))
    (tmp / "policy.yaml").write_text(POLICY)
    overrides = ",".join(f"{h}={vendor.url}" for h in HOSTS)
    stack = start_stack(tmp, fake, {"AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml"),
                                    "AIWARDEN_UPSTREAM_OVERRIDES": overrides})
    rnd = random.Random(seed)
    broken: dict[str, int] = {}
    t0 = time.perf_counter()
    clients = {u: http_client(stack, u) for u in ("scrubbed", "allowed")}
    try:
        for i in range(n):
            kind = rnd.choice(sorted(A.DIALECTS))
            d, mode = A.DIALECTS[kind], ("scrubbed", "allowed")[i % 2]
            sent: list[Answer] = []

            def answer(req, d=d, sent=sent) -> Answer:
                ctype, body = d.make(A.pieces(A.vendor_text(req.body), rnd), rnd)
                framing = rnd.choice(["chunked", "length"])
                ans = Answer(body, ctype, A.byte_cuts(body, rnd), framing, gap=0.0005)
                sent.append(ans)
                return ans

            headers = vendor.on(f"bench-{i}", answer)
            with clients[mode].stream("POST", f"https://{d.host}{d.path}", json=d.body, headers=headers) as r:
                got = b"".join(r.iter_raw())
            name, reader = SYNTHETIC[kind]
            if mode == "allowed":
                ok = r.status_code == 200 and got == sent[0].body
            else:
                ok = r.status_code == 200 and read(reader, got) == expected_from(reader, sent[0].body)
            if not ok:
                broken[f"{kind} {mode}"] = broken.get(f"{kind} {mode}", 0) + 1
            vendor.handlers.pop(f"bench-{i}", None)
    finally:
        for c in clients.values():
            c.close()
        stop_stack(stack)
        vendor.stop()
        fake.stop()
    return {"streams": n, "broken_or_altered": sum(broken.values()), "problems": broken,
            "seconds": round(time.perf_counter() - t0, 1)}


def expected_from(reader, body: bytes):
    """What a scrubbed client must read: the vendor's texts with the placeholders it echoed restored."""
    got = read(reader, body)
    ph = A.placeholders(body)
    fix = {ph.get("PERSON", PERSON): A.NAME, ph.get("EMAIL_ADDRESS", EMAIL): A.EMAIL}

    def restore(t: str) -> str:
        for k, v in fix.items():
            t = t.replace(k, v)
        return t

    return restore(got) if isinstance(got, str) else {k: restore(v) for k, v in got.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--direct", type=int, default=10_000, help="streams through SSEProcessor in this process")
    ap.add_argument("--proxy", type=int, default=0, help="streams through a real aiwarden run")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    report = {}
    if args.direct:
        report["direct"] = run_direct(args.direct, args.seed)
    if args.proxy:
        report["proxy"] = run_proxy(args.proxy, args.seed)
    print(json.dumps(report, indent=2))
    if any(r["broken_or_altered"] for r in report.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
