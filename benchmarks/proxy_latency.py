"""Added latency of the aiwarden proxy, against direct requests and plain ``mitmdump`` (no addon, the floor).

Loopback only: a fake vendor (tests/fake_llm.py) on 127.0.0.1, the real ``aiwarden run`` process, and a
plain ``mitmdump`` mapping the same AI host names to the fake. Measures, each phase bounded in time:

- non-AI requests (plain HTTP POST, 1 KiB, streamed through untouched): p50/p99;
- AI requests with policy ``allow`` and ``scrub`` (1k / 4k / 16k character prompts, the same prompt each
  time, so the scrubber's analysis is a cache hit and the rows show the proxy's own overhead; and 1k
  prompts new to the scrubber every time, analysed in full): p50/p99;
- time to first token of a streamed answer (allow; scrub + SSE restore). Plain mitmdump buffers the
  whole answer (it does not stream unless told to), so its "first token" is the end of the answer;
- head-of-line: non-AI p50/p99 through aiwarden while 16k-character prompts are scrubbed concurrently.

Run: ``.venv/bin/python benchmarks/proxy_latency.py [--seconds-per-phase 8]``.
"""

import argparse
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import free_port, start_stack, stop_stack, wait_listening  # noqa: E402
from tests.fake_llm import FakeLLM  # noqa: E402

POLICY = """
name: Benchmark Policy
version: bench-1
services:
  openai-api: {sanctioned: true, action: scrub}
  mistral-api: {action: allow}
"""
SENTENCE = ("Please summarise the meeting notes from Tuesday about the quarterly roadmap and the open "
            "questions on the migration plan. ")


def prompt(chars: int) -> str:
    pii = "My colleague Maria Gonzalez (maria.gonzalez@example.com, +1 415 555 0134) asked about it. "
    body = pii + SENTENCE * (chars // len(SENTENCE) + 1)
    return body[:chars]


def new_prompt(chars: int) -> str:
    """A ``prompt`` the scrubber has never seen (a random ticket id in front): analysed in full."""
    return f"Ticket {os.urandom(6).hex()}: {prompt(chars)}"[:chars]


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))] * 1000


def measure(fn, seconds: float, max_n: int) -> list[float]:
    fn()  # warm the connection (and the worker)
    out: list[float] = []
    deadline = time.perf_counter() + seconds
    while len(out) < max_n and time.perf_counter() < deadline:
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def sample(fn, seconds: float, max_n: int) -> list[float]:
    """Like ``measure``, for functions that return their own duration (time to first token)."""
    fn()
    out: list[float] = []
    deadline = time.perf_counter() + seconds
    while len(out) < max_n and time.perf_counter() < deadline:
        out.append(fn())
    return out


def row(name: str, base: list[float], floor: list[float] | None, ours: list[float]) -> str:
    p50, p99 = pct(ours, 0.5), pct(ours, 0.99)
    added = p50 - pct(base, 0.5)
    fl = f"{pct(floor, 0.5):7.2f} {pct(floor, 0.99):7.2f}" if floor else "      -       -"
    return (f"{name:<26} {pct(base, 0.5):7.2f} {pct(base, 0.99):7.2f}   {fl}   {p50:7.2f} {p99:7.2f}   "
            f"{added:+8.2f} {(p50 - pct(floor, 0.5)) if floor else float('nan'):+8.2f}  n={len(ours)}")


def scrub_load(proxy: str, ca: str, clients: int, chars: int, stop, done) -> None:
    """``clients`` threads sending ``chars``-character prompts to a scrubbed service until ``stop``."""
    import ssl

    def one() -> None:
        with httpx.Client(proxy=proxy, verify=ssl.create_default_context(cafile=ca), timeout=60) as c:
            while not stop.is_set():
                # A new text every time: the worker analyses all of it (no cache hit), as with real prompts.
                body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": new_prompt(chars)}]}
                c.post("https://api.openai.com/v1/chat/completions", json=body).raise_for_status()
                with done.get_lock():
                    done.value += 1

    threads = [threading.Thread(target=one, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds-per-phase", type=float, default=6.0)
    ap.add_argument("--head-of-line-only", action="store_true", help="only the head-of-line phase")
    args = ap.parse_args()
    secs = args.seconds_per_phase
    tmp = Path(tempfile.mkdtemp(prefix="aiwarden-bench-"))
    fake = FakeLLM().start()
    (tmp / "policy.yaml").write_text(POLICY)
    overrides = f"api.openai.com={fake.url},api.mistral.ai={fake.url}"
    stack = start_stack(tmp, fake, {"AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml"),
                                    "AIWARDEN_UPSTREAM_OVERRIDES": overrides})
    mport = free_port()
    mitm = subprocess.Popen(
        [str(Path(sys.executable).with_name("mitmdump")), "-q", "--listen-host", "127.0.0.1",
         "-p", str(mport),
         "--set", f"confdir={tmp / 'conf'}", "--set", "connection_strategy=lazy",
         "--map-remote", f"|https://api.openai.com|{fake.url}",
         "--map-remote", f"|https://api.mistral.ai|{fake.url}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_listening(mport, "mitmdump")
        ctx = stack.ssl_context()
        direct = httpx.Client(timeout=60)
        floor = httpx.Client(proxy=f"http://127.0.0.1:{mport}", verify=ctx, timeout=60)
        ours = httpx.Client(proxy=stack.proxy_url("bench"), verify=ctx, timeout=60)
        blob = os.urandom(1024)
        echo = f"{fake.url}/echo"

        def non_ai(c):
            return lambda: c.post(echo, content=blob, headers={"content-type": "application/octet-stream"})

        def url_for(c, host: str) -> str:
            base = fake.url if c is direct else f"https://{host}"
            return f"{base}/v1/chat/completions"

        def chat(c, host: str, chars: int, stream: bool = False, new: bool = False):
            url = url_for(c, host)
            body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt(chars)}],
                    "stream": stream}
            if not new:  # the same prompt every time: after the first, the scrubber's analysis is cached
                return lambda: c.post(url, json=body).raise_for_status()

            def fresh():
                msg = {**body, "messages": [{"role": "user", "content": new_prompt(chars)}]}
                c.post(url, json=msg).raise_for_status()
            return fresh

        if not args.head_of_line_only:
            print(f"{'ms':<26} {'direct p50/p99':>15}   {'mitmdump p50/p99':>15}   "
                  f"{'aiwarden p50/p99':>15}   {'+direct':>8} {'+mitmdump':>8}")
            results = {}
            results["non-AI 1 KiB"] = [measure(non_ai(c), secs, 500) for c in (direct, floor, ours)]
            results["allow 1k chars"] = [measure(chat(c, "api.mistral.ai", 1000), secs, 300)
                                         for c in (direct, floor, ours)]
            for n in (1000, 4000, 16000):
                results[f"scrub {n // 1000}k chars"] = [measure(chat(c, "api.openai.com", n), secs, 200)
                                                        for c in (direct, floor, ours)]
            results["scrub 1k, new text each"] = [
                measure(chat(c, "api.openai.com", 1000, new=True), secs, 200) for c in (direct, floor, ours)]
            for name, (b, f, o) in results.items():
                print(row(name, b, f, o))

            def ttft(c, host: str) -> float:
                body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": prompt(1000)}]}
                t = time.perf_counter()
                first = None
                with c.stream("POST", url_for(c, host), json=body) as r:
                    for line in r.iter_lines():  # read to the end, so the connection is reused
                        if first is None and line.startswith("data: {"):
                            if json.loads(line[6:])["choices"][0]["delta"].get("content"):
                                first = time.perf_counter() - t
                if first is None:
                    raise RuntimeError("no token")
                return first

            for label, host in (("allow", "api.mistral.ai"), ("scrub", "api.openai.com")):
                tt = [sample(lambda c=c, h=host: ttft(c, h), secs, 100) for c in (direct, floor, ours)]
                print(row(f"TTFT stream, {label} 1k", *tt))

        idle = measure(non_ai(ours), secs, 500)
        # The load runs in its own process: in this one, its threads would hold the GIL against the
        # measuring client and the numbers would show the load generator, not the proxy.
        mp = multiprocessing.get_context("spawn")
        stop, scrubbed = mp.Event(), mp.Value("i", 0)
        loader = mp.Process(target=scrub_load, args=(stack.proxy_url("load"), str(stack.ca), 4, 16000, stop,
                                                     scrubbed), daemon=True)
        loader.start()
        time.sleep(3.0)  # the loader process starts and its four clients get going
        before, t0 = scrubbed.value, time.perf_counter()
        busy = measure(non_ai(ours), secs, 500)
        done, elapsed = scrubbed.value - before, time.perf_counter() - t0
        stop.set()
        loader.join(60)
        print(f"\nhead-of-line (non-AI through aiwarden, ms): idle p50 {pct(idle, .5):.2f} "
              f"p99 {pct(idle, .99):.2f} | while 4 clients scrub 16k prompts ({done} done) "
              f"p50 {pct(busy, .5):.2f} "
              f"p99 {pct(busy, .99):.2f}")
        print(f"scrub 16k throughput with 1 worker: {done / elapsed:.1f} req/s (each prompt new to it)")
    finally:
        mitm.terminate()
        mitm.wait(10)
        stop_stack(stack)
        fake.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
