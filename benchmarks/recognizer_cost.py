"""What each pattern recognizer costs on a 1,000-character prompt, and the model's share beside them.

The recognizers, the language detection and the casing look run in the scrubber's second process while the
model runs (scrubber/pattern_process.py), so their total only adds to a request's latency when it exceeds what
the model's process does meanwhile (the model, the NER artifacts, the second look's NER); and then only about
half of the difference, as the model's process runs the recognizers the second one has not reached. What that
process does with the answer (Presidio's analyze and the scrubber's filters) always adds. This shows both
sides.

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
    from scrubber.types import ScrubOptions

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
    from scrubber.casing import second_look

    t0 = clock()
    looks = [second_look(text) for text in texts]  # the second process sends these ahead of its answer
    casing = clock() - t0
    pipeline, nlp_engine = scrubber._pipelines[0], scrubber.analyzer.nlp_engine
    model = meanwhile = after = 0.0
    # As the scrubber runs it: OpenBLAS held to one thread (left alone, its threads spin against the rest).
    # (every text is taken as English here: a foreign one has its artifacts built twice, see the engine)
    with scrubber._one_blas_thread() if scrubber._one_blas_thread else contextlib.nullcontext():
        for text, look in zip(texts, looks, strict=True):
            answer = scrubber._local_patterns([text])[0]  # the second process's answer (untimed)
            with pipeline.memory_zone():
                t0 = clock()
                doc = list(pipeline.pipe([text]))[0]
                t1 = clock()
                nlp_artifacts = nlp_engine.artifacts(doc, scrubber.language, False)
                more = scrubber._second_look([text], scrubber.language, [look])[0]
                t2 = clock()
                scrubber._precomputed.results = answer
                try:
                    scrubber._analyze_one(text, ScrubOptions(), nlp_artifacts, more)
                finally:
                    scrubber._precomputed.results = None
                t3 = clock()
            model, meanwhile, after = model + t1 - t0, meanwhile + t2 - t1, after + t3 - t2
    for name, seconds in cost.most_common():
        print(f"{name:36} {seconds / len(texts) * 1000:6.3f} ms")
    print(f"{'all recognizers':36} {sum(cost.values()) / len(texts) * 1000:6.3f} ms")
    print(f"{'language detection':36} {detect / len(texts) * 1000:6.3f} ms")
    print(f"{'casing look (second_look)':36} {casing / len(texts) * 1000:6.3f} ms")
    second = sum(cost.values()) + detect + casing
    print(f"{'second process in all':36} {second / len(texts) * 1000:6.3f} ms")
    print(f"{'the model (tokenizer + NER)':36} {model / len(texts) * 1000:6.3f} ms")
    print(f"{'NER artifacts, second look (NER)':36} {meanwhile / len(texts) * 1000:6.3f} ms")
    print(f"{'model process before the answer':36} {(model + meanwhile) / len(texts) * 1000:6.3f} ms")
    print(f"{'after the answer (Presidio, filters)':36} {after / len(texts) * 1000:6.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
