"""HTTP/2 end to end: client -> aiwarden -> vendor all over HTTP/2 (TLS), the vendor's DATA frames cut at
random bytes, for every streaming dialect; scrubbed answers restored, allowed answers byte for byte.

The vendor is ``tests/net_vendor.H2Vendor`` (the h2 library) with a test CA; the aiwarden process trusts
that CA through ``tests/streaming/upstream_ca/sitecustomize.py`` (test only: mitmproxy checks upstream
certificates against certifi's bundle, which this extends).
"""

import os
import random
import shutil
from pathlib import Path

import pytest

from tests.conftest import start_stack, stop_stack
from tests.net_vendor import Answer, H2Vendor, make_tls
from tests.streaming import answers as A
from tests.streaming.conftest import POLICY, http_client
from tests.streaming.replay import texts

READERS = {
    "openai-chat": "chat",
    "openai-responses": "responses",
    "anthropic": "anthropic",
    "gemini-sse": "gemini",
}  # the others: the dialect's own reader (answers.DIALECTS[...].read)
SEEDS = range(int(os.environ.get("AIWARDEN_STREAM_SEEDS_H2", "4")))


@pytest.fixture(scope="module")
def h2_stack(tmp_path_factory, fake_llm, vendor):
    tmp = tmp_path_factory.mktemp("h2-stack")
    tls, bundle = make_tls(tmp)
    h2v = H2Vendor(vendor, tls).start()
    (tmp / "policy.yaml").write_text(POLICY)
    hosts = sorted({d.host for d in A.DIALECTS.values()})
    env = {
        "AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml"),
        "AIWARDEN_UPSTREAM_OVERRIDES": ",".join(f"{h}={h2v.url}" for h in hosts),
        "AIWARDEN_TEST_CA_BUNDLE": str(bundle),
        "PYTHONPATH": str(Path(__file__).parent / "upstream_ca"),
    }
    s = start_stack(tmp, fake_llm, env)
    yield s
    stop_stack(s)
    shutil.rmtree(tmp, ignore_errors=True)


def read(kind: str, raw: bytes):
    return texts(READERS[kind], raw) if kind in READERS else A.DIALECTS[kind].read(raw)


def restored(value, person: str, email: str):
    fix = lambda t: t.replace(person, A.NAME).replace(email, A.EMAIL)  # noqa: E731
    return fix(value) if isinstance(value, str) else {k: fix(v) for k, v in value.items()}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("mode", ["scrubbed", "allowed"])
@pytest.mark.parametrize("kind", sorted(A.DIALECTS))
def test_http2_all_the_way(h2_stack, vendor, kind, mode, seed):
    d, rnd = A.DIALECTS[kind], random.Random(seed)
    sent: list[Answer] = []

    def answer(req) -> Answer:
        ctype, body = d.make(A.pieces(A.vendor_text(req.body), rnd), rnd)
        sent.append(Answer(body, ctype, A.byte_cuts(body, rnd), rnd.choice(["chunked", "length"])))
        return sent[-1]

    headers = vendor.on(f"h2-{kind}-{mode}-{seed}", answer)
    client = http_client(h2_stack, mode, http2=True)
    with client, client.stream("POST", f"https://{d.host}{d.path}", json=d.body, headers=headers) as r:
        got = b"".join(r.iter_raw())
        assert r.http_version == "HTTP/2"
    assert r.status_code == 200, got[:300]
    body = sent[0].body
    if mode == "allowed":
        assert got == body
        return
    ph = A.placeholders(vendor.received[-1].body)
    assert ph, "the vendor must have received placeholders"
    want = restored(read(kind, body), ph["PERSON"], ph["EMAIL_ADDRESS"])
    assert read(kind, got) == want
    main = want if isinstance(want, str) else "".join(want.values())
    assert A.NAME in main
