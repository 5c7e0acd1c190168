"""Throughput of the aiwarden proxy with scrubbing, against direct requests and plain ``mitmdump`` (no addon).

Loopback only: a fake vendor (tests/fake_llm.py), the real ``aiwarden run`` process and a plain ``mitmdump``
mapping the same host to the fake. An asyncio httpx load generator (not the code under test) runs closed
loops of OpenAI chat requests with a 1k-character prompt (a name, an e-mail address and a phone number in
it) at rising concurrency, each level for a bounded time. Printed per level and target: requests/s, p50 and
p99 latency, and aiwarden's ratio to the baselines; then the concurrency where aiwarden's latency degrades
(p50 above twice its single-client p50, or throughput no longer rising by 10%), and the resident memory
of the proxy process and of each scrubber worker.

The load generator shares the machine's cores with the proxy: on a 2-core machine the numbers are a floor.

Run: ``.venv/bin/python benchmarks/throughput.py [--seconds 4] [--levels 1,2,4,8,16,32] [--workers N]``.
"""

import argparse
import asyncio
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.proxy_latency import POLICY, prompt  # noqa: E402
from tests.conftest import Stack, free_port, start_stack, stop_stack, wait_listening  # noqa: E402
from tests.conftest import child_pids as children  # noqa: E402
from tests.fake_llm import FakeLLM  # noqa: E402


def pct(xs: list[float], q: float) -> float:
    """The q-quantile of ``xs`` in milliseconds (nearest rank)."""
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))] * 1000 if xs else float("nan")


def rss_mib(pid: int) -> float:
    """Resident memory of a process, MiB (0 if it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def open_fds(pid: int) -> int:
    """Open file descriptors of a process."""
    try:
        return len(list(Path(f"/proc/{pid}/fd").iterdir()))
    except OSError:
        return 0


def scrub_workers(pid: int) -> list[int]:
    """The scrubber worker processes of an aiwarden process (spawned multiprocessing children)."""
    out = []
    for k in children(pid):
        try:
            cmd = Path(f"/proc/{k}/cmdline").read_text(errors="replace")
        except OSError:
            continue
        if "multiprocessing" in cmd and "resource_tracker" not in cmd:
            out.append(k)
    return out


class Targets:
    """The fake vendor, aiwarden and a plain mitmdump, started together and stopped together."""

    def __init__(self, workers: int | None = None) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="aiwarden-bench-"))
        self.fake = FakeLLM().start()
        (self.tmp / "policy.yaml").write_text(POLICY)
        env = {
            "AIWARDEN_POLICY_FILE": str(self.tmp / "policy.yaml"),
            "AIWARDEN_UPSTREAM_OVERRIDES": f"api.openai.com={self.fake.url},api.mistral.ai={self.fake.url}",
        }
        if workers:
            env["AIWARDEN_SCRUB_WORKERS"] = str(workers)
        self.stack: Stack = start_stack(self.tmp, self.fake, env)
        self.mport = free_port()
        self.mitm = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("mitmdump")),
                "-q",
                "--listen-host",
                "127.0.0.1",
                "-p",
                str(self.mport),
                "--set",
                f"confdir={self.tmp / 'conf'}",
                "--set",
                "connection_strategy=lazy",
                "--map-remote",
                f"|https://api.openai.com|{self.fake.url}",
                "--map-remote",
                f"|https://api.mistral.ai|{self.fake.url}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_listening(self.mport, "mitmdump")
        except RuntimeError:
            self.close()
            raise

    def client_kwargs(self, target: str) -> dict:
        """httpx client settings for ``direct``, ``mitmdump`` or ``aiwarden``."""
        ctx = self.stack.ssl_context()
        if target == "direct":
            return {}
        if target == "mitmdump":
            return {"proxy": f"http://127.0.0.1:{self.mport}", "verify": ctx}
        return {"proxy": self.stack.proxy_url("bench"), "verify": ctx}

    def url(self, target: str, host: str = "api.openai.com") -> str:
        base = self.fake.url if target == "direct" else f"https://{host}"
        return f"{base}/v1/chat/completions"

    def close(self) -> None:
        self.mitm.terminate()
        self.mitm.wait(10)
        stop_stack(self.stack)
        self.fake.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)


async def closed_loop(
    kwargs: dict, url: str, body: dict, concurrency: int, seconds: float
) -> tuple[list[float], int]:
    """``concurrency`` clients each sending requests back to back for ``seconds``: latencies and errors."""
    lat: list[float] = []
    errors = [0]
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=60, limits=limits, **kwargs) as client:
        await client.post(url, json=body)  # warm: connections, TLS, the scrubber
        deadline = time.perf_counter() + seconds

        async def one() -> None:
            while time.perf_counter() < deadline:
                t = time.perf_counter()
                try:
                    r = await client.post(url, json=body)
                    if r.status_code != 200:
                        errors[0] += 1
                        continue
                except httpx.HTTPError:
                    errors[0] += 1
                    continue
                lat.append(time.perf_counter() - t)

        await asyncio.gather(*[one() for _ in range(concurrency)])
    return lat, errors[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=4.0, help="Seconds per concurrency level and target")
    ap.add_argument("--levels", default="1,2,4,8,16,32", help="Concurrency levels")
    ap.add_argument("--chars", type=int, default=1000, help="Prompt size in characters")
    ap.add_argument(
        "--workers", type=int, default=None, help="AIWARDEN_SCRUB_WORKERS (default: the setting's)"
    )
    args = ap.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    targets = Targets(args.workers)
    try:
        body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt(args.chars)}]}
        workers = scrub_workers(targets.stack.proc.pid)
        print(
            f"scrub {args.chars}-character prompts; {len(workers)} scrubber worker(s); "
            f"{args.seconds:g} s per cell"
        )
        print(
            f"{'conc':>4} | {'direct req/s p50 p99':>22} | {'mitmdump req/s p50 p99':>24} | "
            f"{'aiwarden req/s p50 p99':>24} | {'÷mitmdump':>9} {'errors':>6}"
        )
        rows = []
        for n in levels:
            cells = {}
            for target in ("direct", "mitmdump", "aiwarden"):
                lat, err = asyncio.run(
                    closed_loop(targets.client_kwargs(target), targets.url(target), body, n, args.seconds)
                )
                cells[target] = (len(lat) / args.seconds, pct(lat, 0.5), pct(lat, 0.99), err)
            rows.append((n, cells))
            d, m, a = cells["direct"], cells["mitmdump"], cells["aiwarden"]
            print(
                f"{n:>4} | {d[0]:7.1f} {d[1]:6.1f} {d[2]:6.1f} | {m[0]:8.1f} {m[1]:7.1f} {m[2]:7.1f} | "
                f"{a[0]:8.1f} {a[1]:7.1f} {a[2]:7.1f} | {a[0] / m[0]:8.2f}x {a[3]:>6}"
            )
        base_p50 = rows[0][1]["aiwarden"][1]
        knee = None
        for (_, prev), (n, cur) in zip(rows, rows[1:], strict=False):
            if cur["aiwarden"][1] > 2 * base_p50 or cur["aiwarden"][0] < 1.1 * prev["aiwarden"][0]:
                knee = n
                break
        best = max(rows, key=lambda r: r[1]["aiwarden"][0])
        print(
            f"\npeak aiwarden throughput: {best[1]['aiwarden'][0]:.1f} req/s at concurrency {best[0]} "
            f"({best[1]['aiwarden'][0] / best[1]['mitmdump'][0]:.2f}x plain mitmdump, "
            f"{best[1]['aiwarden'][0] / best[1]['direct'][0]:.2f}x direct)"
        )
        print(
            f"latency degrades at concurrency {knee if knee else '>' + str(levels[-1])} "
            f"(p50 > 2x the single-client {base_p50:.1f} ms, or throughput gains < 10%)"
        )
        pid = targets.stack.proc.pid
        workers = scrub_workers(pid)
        print(
            f"memory (RSS): proxy process {rss_mib(pid):.0f} MiB; "
            + ", ".join(f"worker {w} {rss_mib(w):.0f} MiB" for w in workers)
            + f"; plain mitmdump {rss_mib(targets.mitm.pid):.0f} MiB"
        )
    finally:
        targets.close()


if __name__ == "__main__":
    main()
