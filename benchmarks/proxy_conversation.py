"""A 20-turn chat through the real proxy: does re-sending the history cost (almost) nothing?

Each request re-sends the whole conversation (system prompt, every earlier message and answer), as chat
clients do. The proxy scrubs every text of every request; texts it has analysed before (history, and the
answers it pre-analysed while its workers were idle) must not be analysed again, whichever of its scrub
workers gets the request. Measured end to end (client → aiwarden → fake vendor on 127.0.0.1 → back):

- turn N's request (after turns 1..N-1 were sent in order, with a short pause between turns, as a person
  types) against its last message sent alone (a same-shaped message with other values, never seen); both
  are also sent straight to the fake vendor, and the ratio compares what aiwarden adds to each (the
  vendor's own time grows with the history and is not aiwarden's cost);
- the same turn-N request cold (a twin conversation nobody sent before), for reference: what the history
  would cost if nothing were remembered.

JSON and streamed (SSE) answers, 2 scrub workers. Goal (issue 3): what aiwarden adds to turn N is at most
1.5x what it adds to its last message alone.

    .venv/bin/python benchmarks/proxy_conversation.py [--turns 20] [--conversations 3] [--workers 2]
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import corpus  # noqa: E402
from tests.conftest import start_stack, stop_stack  # noqa: E402
from tests.fake_llm import FakeLLM  # noqa: E402

POLICY = """
name: Benchmark Policy
version: bench-conv
services:
  openai-api: {sanctioned: true, action: scrub}
"""
URL = "https://api.openai.com/v1/chat/completions"


def messages(system: str, turns: list[tuple[str, str]], last: str) -> list[dict]:
    out = [{"role": "system", "content": system}]
    for user, answer in turns:
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": answer}]
    return [*out, {"role": "user", "content": last}]


def send(client: httpx.Client, msgs: list[dict], stream: bool, url: str = URL) -> tuple[float, str]:
    """(seconds, answer text as the client got it) for one chat request."""
    body = {"model": "gpt-4o-mini", "messages": msgs, "stream": stream}
    t = time.perf_counter()
    if not stream:
        r = client.post(url, json=body)
        r.raise_for_status()
        return time.perf_counter() - t, r.json()["choices"][0]["message"]["content"]
    parts = []
    with client.stream("POST", url, json=body) as r:
        r.raise_for_status()
        for line in r.iter_lines():
            if line.startswith("data: {"):
                for choice in json.loads(line[6:]).get("choices", []):
                    parts.append(choice.get("delta", {}).get("content") or "")
    return time.perf_counter() - t, "".join(parts)


def one(client: httpx.Client, direct: httpx.Client, direct_url: str, turns: int, seed: int, stream: bool,
        pause: float) -> dict[str, float]:
    conv = corpus.conversation(turns, seed)
    twin = corpus.conversation(turns, seed, value_seed=seed + 7919)  # same shapes, other values
    cold = corpus.conversation(turns, seed, value_seed=seed + 15485)
    done: list[tuple[str, str]] = []
    for k in range(turns - 1):
        _, answer = send(client, messages(conv.system, done, conv.users[k]), stream)
        done.append((conv.users[k], answer))
        time.sleep(pause)  # the person reads and types; idle workers pre-analyse the answer meanwhile
    full_msgs = messages(conv.system, done, conv.users[-1])
    alone_msgs = [{"role": "user", "content": twin.users[-1]}]
    full, _ = send(client, full_msgs, stream)
    time.sleep(pause)
    alone, _ = send(client, alone_msgs, stream)
    time.sleep(pause)
    cold_history = list(zip(cold.users[:-1], ["You said: " + u for u in cold.users[:-1]], strict=True))
    cold_full, _ = send(client, messages(cold.system, cold_history, cold.users[-1]), stream)
    # The same two requests straight to the vendor: what the proxy adds is the difference.
    direct_full, _ = send(direct, full_msgs, stream, direct_url)
    direct_alone, _ = send(direct, alone_msgs, stream, direct_url)
    return {"full": full, "alone": alone, "cold": cold_full, "direct_full": direct_full,
            "direct_alone": direct_alone}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--turns", type=int, default=20)
    ap.add_argument("--conversations", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pause", type=float, default=0.3, help="seconds between turns (a person is slower)")
    args = ap.parse_args()
    print(f"reproduce: .venv/bin/python benchmarks/proxy_conversation.py --turns {args.turns} "
          f"--conversations {args.conversations} --workers {args.workers} --pause {args.pause}")
    tmp = Path(tempfile.mkdtemp(prefix="aiwarden-conv-"))
    fake = FakeLLM().start()
    (tmp / "policy.yaml").write_text(POLICY)
    stack = start_stack(tmp, fake, {"AIWARDEN_POLICY_FILE": str(tmp / "policy.yaml"),
                                    "AIWARDEN_SCRUB_WORKERS": str(args.workers)})
    ok = True
    try:
        with httpx.Client(proxy=stack.proxy_url("bench"), verify=stack.ssl_context(), timeout=60) as client, \
                httpx.Client(timeout=60) as direct:
            send(client, [{"role": "user", "content": "Warm-up for Jane Doe."}], False)
            print(f"{args.turns}-turn conversation, median of {args.conversations}, ms end to end:")
            for stream in (False, True):
                runs = [one(client, direct, f"{fake.url}/v1/chat/completions", args.turns,
                            100 + i + 1000 * stream, stream, args.pause) for i in range(args.conversations)]
                med = {k: statistics.median(r[k] for r in runs) * 1000 for k in runs[0]}
                added_full = statistics.median((r["full"] - r["direct_full"]) * 1000 for r in runs)
                added_alone = statistics.median((r["alone"] - r["direct_alone"]) * 1000 for r in runs)
                ratio = added_full / added_alone
                ok &= ratio <= 1.5
                print(f"  {'SSE ' if stream else 'JSON'} turn {args.turns} {med['full']:6.1f} "
                      f"(vendor alone {med['direct_full']:4.1f})   last message alone {med['alone']:5.1f} "
                      f"(vendor alone {med['direct_alone']:4.1f})   added by aiwarden {added_full:5.1f} vs "
                      f"{added_alone:5.1f}: {ratio:4.2f}x {'OK' if ratio <= 1.5 else 'MISSED'}   "
                      f"[same request cold: {med['cold']:6.1f}]")
    finally:
        stop_stack(stack)
        fake.stop()
    print("goal met (<= 1.5x)" if ok else "goal missed")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
