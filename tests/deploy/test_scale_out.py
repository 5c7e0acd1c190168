"""Scale-out: two proxy processes and one admin API sharing one PostgreSQL, traffic through both proxies.

Real processes (`aiwarden proxy`, `aiwarden admin`), a fresh PostgreSQL database on 127.0.0.1 created and
dropped by the test, one CA shared by both proxies (as the Kubernetes Secret does), the fake vendor.
"""

import os
import secrets
import signal
import socket
import ssl
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from aiwarden.ca import ensure_ca
from tests.conftest import BIN, free_port, run_cli, wait_for

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
POLICY = """
name: Scale-out test policy
groups:
  legal: [carol]
services:
  openai-api: {sanctioned: true, action: scrub}
rules:
  - {when: {group: legal}, action: block, reason: Legal may not use AI services yet}
"""
NAME, EMAIL = "John Smith", "john.smith@example.com"


@dataclass
class Proc:
    name: str
    proc: subprocess.Popen
    port: int
    log: Path

    def logs(self) -> str:
        return self.log.read_text(errors="replace")


def _start(tmp: Path, env: dict[str, str], name: str, *args: str) -> Proc:
    port = free_port()
    log = tmp / f"{name}.log"
    proc = subprocess.Popen([str(BIN), *args, "--port", str(port)], env=env, cwd=tmp,
                            stdout=log.open("w"), stderr=subprocess.STDOUT)
    return Proc(name, proc, port, log)


def _ready(p: Proc) -> bool:
    if p.proc.poll() is not None:
        raise RuntimeError(f"{p.name} exited with {p.proc.returncode}:\n{p.logs()}")
    if p.name == "admin":
        try:
            return httpx.get(f"http://127.0.0.1:{p.port}/readyz", timeout=2).status_code == 200
        except httpx.TransportError:
            return False
    try:  # mitmproxy listens only after the scrubber workers have loaded the model
        with socket.create_connection(("127.0.0.1", p.port), timeout=1):
            return True
    except OSError:
        return False


def _wait_ready(procs: list[Proc], timeout: float = 180) -> None:
    deadline = time.time() + timeout
    pending = list(procs)
    while pending and time.time() < deadline:
        pending = [p for p in pending if not _ready(p)]
        time.sleep(0.3)
    if pending:
        raise RuntimeError("not ready: " + ", ".join(f"{p.name}:\n{p.logs()}" for p in pending))


def _stop_all(procs: list[Proc]) -> None:
    for p in procs:  # all at once: each proxy waits for its scrubber workers and recorder to finish
        if p.proc.poll() is None:
            p.proc.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.proc.wait(30)
        except subprocess.TimeoutExpired:
            p.proc.kill()
            p.proc.wait()


@pytest.fixture(scope="module")
def database():
    psycopg = pytest.importorskip("psycopg")
    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL on 127.0.0.1:5432 ({exc.__class__.__name__})")
    name = f"aiwarden_scale_{secrets.token_hex(4)}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="module")
def fleet(tmp_path_factory, database, fake_llm):
    tmp = tmp_path_factory.mktemp("scale")
    (tmp / "policy.yaml").write_text(POLICY)
    ca = ensure_ca(tmp / "conf")  # created once and shared, like the Kubernetes Secret
    env = {
        **os.environ,
        "AIWARDEN_DATABASE_URL": database,
        "AIWARDEN_CONFDIR": str(tmp / "conf"),
        "AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml"),
        "AIWARDEN_PROXYAUTH": "any",
        "AIWARDEN_SCRUB_WORKERS": "1",
        "AIWARDEN_LISTEN_HOST": "127.0.0.1",
        "AIWARDEN_UPSTREAM_OVERRIDES": f"api.openai.com={fake_llm.url}",
    }
    # All three start at once on an empty PostgreSQL, as pods do after `kubectl apply`: migrations,
    # the catalog upsert and the first policy version must not collide.
    procs = [_start(tmp, env, "admin", "admin"), _start(tmp, env, "proxy-a", "proxy"),
             _start(tmp, env, "proxy-b", "proxy")]
    try:
        _wait_ready(procs)
        yield {"admin": procs[0], "a": procs[1], "b": procs[2], "env": env, "ca": ca, "tmp": tmp}
    finally:
        _stop_all(procs)


def _chat(fleet, proxy: Proc, user: str) -> httpx.Response:
    ctx = ssl.create_default_context(cafile=str(fleet["ca"]))
    with httpx.Client(proxy=f"http://{user}:pw@127.0.0.1:{proxy.port}", verify=ctx, timeout=30) as c:
        prompt = f"I am {NAME}, mail me at {EMAIL}"
        body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]}
        return c.post("https://api.openai.com/v1/chat/completions", json=body,
                      headers={"authorization": "Bearer sk-test"})


def _get(fleet, token: str, path: str, **params):
    r = httpx.get(f"http://127.0.0.1:{fleet['admin'].port}{path}", params=params,
                  headers={"Authorization": f"Bearer {token}"}, timeout=10)
    r.raise_for_status()
    return r.json()


def test_two_proxies_one_database_consistent_inventory_and_policy(fleet, fake_llm):
    before = len(fake_llm.received)
    sent = {("a", "alice"): 2, ("b", "bob"): 3}
    for (proxy, user), n in sent.items():
        for _ in range(n):
            r = _chat(fleet, fleet[proxy], user)
            assert r.status_code == 200, r.text
            assert NAME in r.json()["choices"][0]["message"]["content"]  # restored by that proxy
    bodies = "\n".join(x.body.decode() for x in fake_llm.received[before:])
    assert len(fake_llm.received) - before == 5 and NAME not in bodies and EMAIL not in bodies

    # The same policy file drives both proxies: carol (group legal) is blocked on each, nothing is sent.
    for proxy in ("a", "b"):
        r = _chat(fleet, fleet[proxy], "carol")
        assert r.status_code == 403, r.text
    assert len(fake_llm.received) - before == 5

    token = run_cli(fleet["env"], "token", "create", "--role", "viewer", "--name", "scale-test")
    assert token.returncode == 0, token.stderr
    token = token.stdout.strip()
    events = "/api/v1/inventory/events"
    page = wait_for(lambda: (p := _get(fleet, token, events, limit=100))["total"] >= 7 and p, timeout=20)
    assert page, "events from both proxies did not all reach the shared database"
    assert page["total"] == 7
    by_user: dict[str, list[str]] = {}
    for ev in page["items"]:
        by_user.setdefault(ev["user"], []).append(ev["action"])
    assert by_user == {"alice": ["scrub"] * 2, "bob": ["scrub"] * 3, "carol": ["block"] * 2}

    services = {s["id"]: s for s in _get(fleet, token, "/api/v1/inventory/services")}
    assert services["openai-api"]["requests"] == 7 and services["openai-api"]["users"] == 3
    users = {u["user"]: u["requests"] for u in _get(fleet, token, "/api/v1/inventory/users")}
    assert users == {"alice": 2, "bob": 3, "carol": 2}
    assert _get(fleet, token, "/api/v1/policy")["name"] == "Scale-out test policy"


def test_one_ca_for_every_proxy(fleet):
    # A client that trusts the one exported CA is served by either replica behind the same address.
    for proxy in ("a", "b"):
        assert _chat(fleet, fleet[proxy], "dave").status_code == 200


def test_policy_published_once_is_enforced_by_every_proxy(fleet):
    admin = run_cli(fleet["env"], "token", "create", "--role", "admin", "--name", "scale-admin")
    assert admin.returncode == 0, admin.stderr
    doc = POLICY + "  - {when: {user: erin}, action: block, reason: Erin is suspended}\n"
    r = httpx.put(f"http://127.0.0.1:{fleet['admin'].port}/api/v1/policy", json={"document": doc},
                  headers={"Authorization": f"Bearer {admin.stdout.strip()}"}, timeout=10)
    assert r.status_code == 200, r.text
    for proxy in ("a", "b"):  # both replicas follow the shared store within 5 s
        refused = wait_for(lambda p=proxy: _chat(fleet, fleet[p], "erin").status_code == 403, timeout=5)
        assert refused, f"proxy {proxy} did not apply the published policy within 5 s"
        assert _chat(fleet, fleet[proxy], "alice").status_code == 200
