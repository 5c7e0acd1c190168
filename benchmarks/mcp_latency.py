"""Added latency of a scrubbed MCP ``tools/call`` through aiwarden, against direct calls and ``mitmdump``.

Loopback only: an MCP server from the official SDK (``tests/mcp/server.py``: MCPServer over Streamable
HTTP, SSE answers) on 127.0.0.1, the real ``aiwarden run`` process and a plain ``mitmdump`` (no addon, the
floor). One SDK client session per path calls ``lookup_customer`` (a name and an e-mail address in its
arguments, both echoed in the result) over and over, the three paths taking turns call by call (so a busy
machine slows each alike):

- ``scrub, same arguments``: the scrubber's analysis is a cache hit; the row shows the proxy's own work
  (read the JSON-RPC body, decide, scrub the arguments, restore the SSE answer, record);
- ``scrub, new arguments``: a new note every call, analysed in full by the scrubber;
- ``allow``: the same call for a user the policy allows (read, decide, record; nothing rewritten).

Run: ``.venv/bin/python benchmarks/mcp_latency.py [--seconds-per-phase 5]``.
"""

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import httpx2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mcp import Client  # noqa: E402
from mcp.client.streamable_http import streamable_http_client  # noqa: E402

from tests.conftest import free_port, start_stack, stop_stack, wait_listening  # noqa: E402
from tests.fake_llm import FakeLLM  # noqa: E402
from tests.mcp.server import ToolServer  # noqa: E402

POLICY = """
name: Benchmark Policy
mcp_servers:
  127.0.0.1: {action: scrub}
rules:
  - {name: allowed bench user, when: {user: bench-allow}, action: allow}
"""
NAME, EMAIL = "Maria Gonzalez", "maria.gonzalez@example.com"


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))] * 1000


@asynccontextmanager
async def session(url: str, proxy: str | None, verify):
    http = httpx2.AsyncClient(proxy=proxy, verify=verify, timeout=httpx2.Timeout(30, read=60))
    async with http, Client(streamable_http_client(url, http_client=http), mode="legacy") as client:
        yield client


async def call(client: Client, new: bool) -> float:
    name = f"{NAME} (ticket {os.urandom(4).hex()})" if new else NAME
    t = time.perf_counter()
    result = await client.call_tool("lookup_customer", {"name": name, "email": EMAIL})
    took = time.perf_counter() - t
    if NAME not in result.content[0].text:  # the answer came back with the values restored
        raise RuntimeError("tool result without the restored name")
    return took


async def phase(url: str, paths: list[tuple[str | None, object]], seconds: float, new: bool,
                max_n: int = 2000) -> list[list[float]]:
    """One session per path; calls alternate between the paths (the same machine load for each)."""
    async with AsyncExitStack() as stack:
        clients = [await stack.enter_async_context(session(url, proxy, verify)) for proxy, verify in paths]
        for c in clients:
            await call(c, new)  # warm the connection and the session
        out: list[list[float]] = [[] for _ in clients]
        deadline = time.perf_counter() + seconds * len(clients)
        while len(out[0]) < max_n and time.perf_counter() < deadline:
            for c, xs in zip(clients, out, strict=True):
                xs.append(await call(c, new))
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds-per-phase", type=float, default=5.0)
    args = ap.parse_args()
    secs = args.seconds_per_phase
    tmp = Path(tempfile.mkdtemp(prefix="aiwarden-mcp-bench-"))
    fake = FakeLLM().start()
    server = ToolServer().start()
    (tmp / "policy.yaml").write_text(POLICY)
    stack = start_stack(tmp, fake, {"AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml")})
    mport = free_port()
    mitm = subprocess.Popen(
        [str(Path(sys.executable).with_name("mitmdump")), "-q", "--listen-host", "127.0.0.1",
         "-p", str(mport),
         "--set", f"confdir={tmp / 'conf'}", "--set", "connection_strategy=lazy"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_listening(mport, "mitmdump")
        ctx = stack.ssl_context()
        floor = f"http://127.0.0.1:{mport}"
        rows = []
        for label, user, new in (("scrub, same arguments", "bench", False),
                                 ("scrub, new arguments", "bench", True),
                                 ("allow", "bench-allow", False)):
            paths = [(None, True), (floor, ctx), (stack.proxy_url(user), ctx)]
            direct, plain, ours = asyncio.run(phase(server.url, paths, secs, new))
            if label.startswith("scrub"):  # a (warm-up) call via aiwarden: the server must not see the name
                asyncio.run(phase(server.url, paths[2:], 0, new, max_n=1))
                if NAME in server.seen[-1]["name"]:
                    raise RuntimeError("the tool server saw the name: the calls were not scrubbed")
            rows.append((label, direct, plain, ours))
        print(f"MCP tools/call latency, SDK client -> proxy -> SDK server (ms, ~{secs:.0f} s per cell, "
              "calls alternating between the three paths)")
        print(f"{'':<24} {'direct p50/p99':>15}   {'mitmdump p50/p99':>16}   {'aiwarden p50/p99':>16}"
              f"   {'+mitmdump p50':>13}   {'n':>5}")
        for label, d, m, a in rows:
            print(f"{label:<24} {pct(d, .5):6.1f} /{pct(d, .99):6.1f}   {pct(m, .5):7.1f} /{pct(m, .99):6.1f}"
                  f"   {pct(a, .5):7.1f} /{pct(a, .99):6.1f}   {pct(a, .5) - pct(m, .5):+13.1f}"
                  f"   {len(a):5d}")
    finally:
        mitm.terminate()
        mitm.wait(10)
        stop_stack(stack)
        server.stop()
        fake.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
