"""Scrubbing speed: this scrubber beside vanilla Presidio (AnalyzerEngine + AnonymizerEngine), one run.

Measures (issue 3's goals in brackets):
1. first vs tenth request right after the engine is built, on fresh 1,000-character prompts [<= 2x];
2. p50/p95 latency of one 1,000-character prompt, the two engines interleaved on the same distinct texts
   [p50 <= 15 ms, and Presidio/aiwarden >= 3x];
3. a 20-turn conversation where each request re-sends the whole history: scrubbing turn 20's request
   (after turns 1-19 were scrubbed in order, as a client would) vs scrubbing its last message alone
   [<= 1.5x]; the same history scrubbed cold (nothing seen before) is printed for reference.

    .venv/bin/python -m benchmarks.scrub_speed [--quick] [--json] [--seed S] [--budget SECONDS]
"""

import argparse
import json
import math
import statistics
import sys
import time
from collections.abc import Callable

from benchmarks import corpus
from benchmarks.engines import OurScrubber, VanillaPresidio

Scrub = Callable[[list[str]], list[str]]


def timed_ms(scrub: Scrub, texts: list[str]) -> float:
    """Wall time of one ``scrub(texts)`` call in milliseconds."""
    t0 = time.perf_counter()
    scrub(texts)
    return (time.perf_counter() - t0) * 1000


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[k]


def first_vs_tenth(scrub: Scrub, prompts: list[str]) -> dict:
    """Latency of requests 1 and 10 on ten distinct prompts, sent right after the engine was built."""
    lat = [timed_ms(scrub, [p]) for p in prompts[:10]]
    return {"first_ms": round(lat[0], 1), "tenth_ms": round(lat[-1], 1), "ratio": round(lat[0] / lat[-1], 2)}


def latency(engines: dict[str, Scrub], prompts: list[str], deadline: float) -> dict:
    """p50/p95/mean per engine over the prompts, engines alternating who goes first; stops at ``deadline``."""
    lat: dict[str, list[float]] = {name: [] for name in engines}
    names = list(engines)
    for i, p in enumerate(prompts):
        if time.perf_counter() > deadline and i >= 10:
            break
        for name in names if i % 2 == 0 else reversed(names):
            lat[name].append(timed_ms(engines[name], [p]))
    return {
        name: {
            "n": len(v),
            "p50_ms": round(percentile(v, 50), 1),
            "p95_ms": round(percentile(v, 95), 1),
            "mean_ms": round(statistics.fmean(v), 1),
        }
        for name, v in lat.items()
    }


def conversation_cost(scrub: Scrub, turns: int, seed: int, warm: bool, prepare=None) -> dict:
    """Turn ``turns``' full-history request vs a same-template fresh last message alone, one conversation.

    With ``warm`` the earlier requests (turns 1..turns-1) are scrubbed first, as a real client would send
    them; the last message is always new to the engine. The "alone" message is the same template filled
    from another seed, so no cache can have seen it. With ``prepare``, each answer is pre-analysed after its
    turn, untimed, as the proxy does when its workers are idle (the client sends the answer back as history).
    """
    conv = corpus.conversation(turns, seed)
    twin = corpus.conversation(turns, seed, value_seed=seed + 7919)  # same templates, other values
    if warm:
        for k in range(1, turns):
            scrub(conv.request(k))
            if prepare:
                prepare([conv.assistants[k - 1]])
    full = timed_ms(scrub, conv.request(turns))
    alone = timed_ms(scrub, [twin.users[-1]])
    return {"full_ms": full, "alone_ms": alone}


def conversations(scrub: Scrub, turns: int, seed: int, reps: int, deadline: float, warm: bool = True,
                  prepare=None) -> dict:
    """Median full-history and last-message cost over up to ``reps`` conversations (at least one)."""
    runs = []
    for r in range(reps):
        if runs and time.perf_counter() > deadline:
            break
        runs.append(conversation_cost(scrub, turns, seed + 1000 * (r + 1), warm, prepare))
    full = statistics.median(x["full_ms"] for x in runs)
    alone = statistics.median(x["alone_ms"] for x in runs)
    return {
        "conversations": len(runs),
        "full_history_ms": round(full, 1),
        "last_turn_alone_ms": round(alone, 1),
        "ratio": round(full / alone, 2),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the three measurements for both engines and print them (or JSON with ``--json``)."""
    p = argparse.ArgumentParser(description="Scrubber speed beside vanilla Presidio.")
    p.add_argument("--quick", action="store_true", help="fewer prompts and conversations (about 40 s)")
    p.add_argument("--n", type=int, help="number of 1,000-character prompts (default 200, quick 40)")
    p.add_argument("--turns", type=int, default=20)
    p.add_argument("--reps", type=int, help="conversations to take the median of (default 3, quick 1)")
    p.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    p.add_argument("--budget", type=float, help="soft limit on run time in seconds (default 100, quick 40)")
    p.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    args = p.parse_args(argv)
    n = args.n or (40 if args.quick else 200)
    reps = args.reps or (1 if args.quick else 3)
    budget = args.budget or (40.0 if args.quick else 100.0)
    if n < 10 or reps < 1 or args.turns < 2:
        p.error("--n must be >= 10, --reps >= 1, --turns >= 2")
    start = time.perf_counter()
    texts = corpus.prompts(n + 20, 1000, args.seed)
    warm_up, timed = texts[:20], texts[20:]

    # Each engine is built and gets its ten first requests before anything else runs in its process state.
    ours = OurScrubber()
    ours_first = first_vs_tenth(ours.scrub, warm_up[:10])
    presidio = VanillaPresidio()
    presidio_first = first_vs_tenth(presidio.scrub, warm_up[10:])
    engines: dict[str, Scrub] = {"aiwarden": ours.scrub, "presidio": presidio.scrub}

    lat = latency(engines, timed, deadline=start + 0.45 * budget)
    conv = {
        "aiwarden": conversations(ours.scrub, args.turns, args.seed, reps, start + 0.75 * budget,
                                  prepare=ours.prepare),
        "aiwarden_noprep": conversations(ours.scrub, args.turns, args.seed + 3, 1, 0),
        "aiwarden_cold": conversations(ours.scrub, args.turns, args.seed + 1, 1, 0, warm=False),
        "presidio": conversations(presidio.scrub, args.turns, args.seed + 2, 1, 0, warm=False),
    }
    report = {
        "seed": args.seed,
        "prompt_chars": 1000,
        "turns": args.turns,
        "load_seconds": {e.name: round(e.load_seconds, 2) for e in (ours, presidio)},
        "first_vs_tenth": {"aiwarden": ours_first, "presidio": presidio_first},
        "latency": lat,
        "presidio_over_aiwarden_p50": round(lat["presidio"]["p50_ms"] / lat["aiwarden"]["p50_ms"], 2),
        "conversation": conv,
        "seconds": round(time.perf_counter() - start, 1),
    }
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(render(report))
    return 0


def render(r: dict) -> str:
    """The report as text, with the goals beside the numbers."""
    lat, conv, ft = r["latency"], r["conversation"], r["first_vs_tenth"]
    out = [f"1,000-character prompts, {lat['aiwarden']['n']} distinct, engines interleaved:"]
    for name, label in (("aiwarden", "Scrubber().scrub([text])"), ("presidio", "Presidio analyze+anonymize")):
        x = lat[name]
        out.append(
            f"  {name:<9} {label:<27} p50 {x['p50_ms']:7.1f} ms  p95 {x['p95_ms']:7.1f} ms  "
            f"mean {x['mean_ms']:7.1f} ms"
        )
    out.append(
        f"  presidio/aiwarden p50: {r['presidio_over_aiwarden_p50']:.2f}x   "
        f"(goals: aiwarden p50 <= 15 ms, ratio >= 3x)"
    )
    out.append(
        f"{r['turns']}-turn conversation, each request re-sends the history "
        f"(median of {conv['aiwarden']['conversations']}):"
    )
    for name, label in (
        ("aiwarden", "after turns 1..N-1"),
        ("aiwarden_noprep", "same, answers unseen"),
        ("aiwarden_cold", "cold, nothing cached"),
        ("presidio", "cold"),
    ):
        x = conv[name]
        out.append(
            f"  {name:<14} {label:<21} full history {x['full_history_ms']:8.1f} ms  "
            f"last turn alone {x['last_turn_alone_ms']:6.1f} ms  ratio {x['ratio']:6.2f}x"
        )
    out.append("  (goal: aiwarden after turns 1..N-1 <= 1.5x; answers prepared as the proxy does when idle)")
    out.append("first vs tenth request after load:")
    for name in ("aiwarden", "presidio"):
        x = ft[name]
        out.append(
            f"  {name:<9} load {r['load_seconds'][name]:5.2f} s  first {x['first_ms']:7.1f} ms  "
            f"tenth {x['tenth_ms']:7.1f} ms  ratio {x['ratio']:.2f}x"
        )
    out.append("  (goal: aiwarden ratio <= 2x)")
    out.append(f"run time {r['seconds']} s")
    return "\n".join(out)


if __name__ == "__main__":
    raise SystemExit(main())
