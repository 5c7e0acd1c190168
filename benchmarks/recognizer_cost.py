"""What each pattern recognizer costs on a 1,000-character prompt, and the model's share beside them.

The recognizers and the language detection run in the scrubber's second process while the model runs
(scrubber/pattern_process.py), so their total only adds to a request's latency when it exceeds the model's
time; this shows how close it is.

    .venv/bin/python -m benchmarks.recognizer_cost [--n 200] [--seed S] [--cpu]

With ``--cpu`` the times are this thread's CPU time rather than wall time: steadier on a shared machine,
where other processes' work would otherwise count (the model runs OpenBLAS on this thread, see below).
"""

import argparse
import contextlib
import time
from collections import Counter

from benchmarks import corpus


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Milliseconds per recognizer per 1,000-character prompt.")
    p.add_argument("--n", type=int, default=200, help="number of prompts (default 200)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--cpu", action="store_true", help="CPU time of this thread instead of wall time")
    args = p.parse_args(argv)
    from scrubber.engine import Scrubber

    clock = time.thread_time if args.cpu else time.perf_counter
    scrubber = Scrubber(pattern_process=False)
    texts = corpus.prompts(args.n, 1000, args.seed)
    cost: Counter[str] = Counter()
    for text in texts:
        for r in scrubber._text_recognizers:
            t0 = clock()
            r.find(text, scrubber.supported, None)
            cost[r.name] += clock() - t0
    t0 = clock()
    for text in texts:
        scrubber._detector.detect(text)
    detect = clock() - t0
    pipeline = scrubber._pipelines[0]
    # As the scrubber runs it: OpenBLAS held to one thread (left alone, its threads spin against the rest).
    with scrubber._one_blas_thread() if scrubber._one_blas_thread else contextlib.nullcontext():
        t0 = clock()
        for text in texts:
            with pipeline.memory_zone():
                list(pipeline.pipe([text]))
        model = clock() - t0
    for name, seconds in cost.most_common():
        print(f"{name:36} {seconds / len(texts) * 1000:6.3f} ms")
    print(f"{'all recognizers':36} {sum(cost.values()) / len(texts) * 1000:6.3f} ms")
    print(f"{'language detection':36} {detect / len(texts) * 1000:6.3f} ms")
    print(f"{'second process in all':36} {(sum(cost.values()) + detect) / len(texts) * 1000:6.3f} ms")
    print(f"{'the model (tokenizer + NER)':36} {model / len(texts) * 1000:6.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
