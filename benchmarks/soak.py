"""Soak: a steady rate through the real proxy for N minutes; memory and file descriptors must stay flat.

Loopback only (fake vendor, real ``aiwarden run``). Every second it sends ``--rate`` requests, a mix of
scrubbed 1k-character prompts (JSON and streamed), allowed requests and non-AI requests, and every
``--every`` seconds samples the proxy's and each scrubber worker's resident memory and the proxy's open
file descriptors. The first quarter is warm-up; the verdict compares the mean of the second quarter with
the mean of the last: flat when memory grew by less than 10% (and 30 MiB) and descriptors by at most 10.
The same rate is sent straight to the fake vendor at the start, as a baseline for the latency ratio.
Not part of CI.

Run: ``.venv/bin/python benchmarks/soak.py [--minutes 10] [--rate 10] [--every 10]``.
"""

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.proxy_latency import prompt  # noqa: E402
from benchmarks.throughput import Targets, open_fds, pct, rss_mib, scrub_workers  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--rate", type=float, default=10.0, help="Requests per second")
    ap.add_argument("--every", type=float, default=10.0, help="Seconds between samples")
    args = ap.parse_args()
    t = Targets()
    stack, pid = t.stack, t.stack.proc.pid
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt(1000)}]}
    kinds = ["scrub", "scrub", "scrub-stream", "allow", "non-ai"]
    lat: dict[str, list[float]] = {k: [] for k in kinds}
    errors = [0]
    lock = threading.Lock()

    def send(client: httpx.Client, kind: str) -> None:
        s = time.perf_counter()
        try:
            if kind == "scrub":
                r = client.post("https://api.openai.com/v1/chat/completions", json=body)
            elif kind == "scrub-stream":
                with client.stream(
                    "POST", "https://api.openai.com/v1/chat/completions", json={**body, "stream": True}
                ) as r:
                    r.read()
            elif kind == "allow":
                r = client.post("https://api.mistral.ai/v1/chat/completions", json=body)
            else:
                r = client.post(f"{t.fake.url}/echo", content=b"x" * 1024)
            ok = r.status_code == 200
        except httpx.HTTPError:
            ok = False
        with lock:
            if ok:
                lat[kind].append(time.perf_counter() - s)
            else:
                errors[0] += 1

    try:
        direct: list[float] = []
        with httpx.Client(timeout=30) as c:  # baseline: the same request straight to the fake vendor
            for _ in range(int(args.rate * 5)):
                s = time.perf_counter()
                c.post(f"{t.fake.url}/v1/chat/completions", json=body)
                direct.append(time.perf_counter() - s)
        clients = [stack.client(f"soak{i}") for i in range(4)]
        samples: list[tuple[float, float, float, int]] = []
        start = time.monotonic()
        end = start + args.minutes * 60
        next_sample = start
        n = 0
        print(f"{'t (s)':>6} {'proxy MiB':>9} {'workers MiB':>11} {'fds':>5} {'sent':>6} {'errors':>6}")
        while time.monotonic() < end:
            tick = time.monotonic()
            threads = []
            for i in range(int(args.rate)):
                th = threading.Thread(target=send, args=(clients[i % len(clients)], kinds[n % len(kinds)]))
                th.start()
                threads.append(th)
                n += 1
                time.sleep(1 / args.rate / 2)
            for th in threads:
                th.join(30)
            if time.monotonic() >= next_sample:
                workers = sum(rss_mib(w) for w in scrub_workers(pid))
                samples.append((time.monotonic() - start, rss_mib(pid), workers, open_fds(pid)))
                s = samples[-1]
                print(f"{s[0]:6.0f} {s[1]:9.1f} {s[2]:11.1f} {s[3]:5d} {n:6d} {errors[0]:6d}", flush=True)
                next_sample += args.every
            time.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))
        for c in clients:
            c.close()
        q = max(1, len(samples) // 4)
        early, late = samples[q : 2 * q], samples[-q:]

        def mean(i: int, rows) -> float:
            return statistics.fmean(r[i] for r in rows)

        grow_p = mean(1, late) - mean(1, early)
        grow_w = mean(2, late) - mean(2, early)
        grow_fd = mean(3, late) - mean(3, early)
        flat_mem = all(g < max(30.0, 0.10 * mean(i, early)) for g, i in ((grow_p, 1), (grow_w, 2)))
        flat_fd = grow_fd <= 10
        print(f"\n{n} requests in {args.minutes:g} min, {errors[0]} errors")
        for k, xs in lat.items():
            print(f"  {k:<13} p50 {pct(xs, 0.5):7.1f} ms  p99 {pct(xs, 0.99):7.1f} ms  (n={len(xs)})")
        print(
            f"  direct (baseline) p50 {pct(direct, 0.5):.1f} ms; scrub p50 is "
            f"{pct(lat['scrub'], 0.5) / pct(direct, 0.5):.1f}x direct"
        )
        print(
            f"memory: proxy {mean(1, early):.1f} → {mean(1, late):.1f} MiB ({grow_p:+.1f}), workers "
            f"{mean(2, early):.1f} → {mean(2, late):.1f} MiB ({grow_w:+.1f}): "
            f"{'FLAT' if flat_mem else 'GROWING'}"
        )
        print(
            f"file descriptors: {mean(3, early):.0f} → {mean(3, late):.0f} ({grow_fd:+.0f}): "
            f"{'FLAT' if flat_fd else 'GROWING'}"
        )
    finally:
        t.close()


if __name__ == "__main__":
    main()
