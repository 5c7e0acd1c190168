"""A scrubber shared by threads gives each text the analysis it gets alone (spaCy's memory zones, the caches
and the second process serve one request at a time: calls from other threads wait their turn)."""

import threading

from benchmarks import corpus4


def test_threads_sharing_a_scrubber_get_the_serial_analysis(scrubber):
    texts = [r["text"] for r in corpus4.generate("dev")][:48]
    alone = [[(s.type, s.start, s.end) for s in scrubber.analyze(t)] for t in texts]
    # the same texts once more, new to the cache: a line break at the end changes no span
    again: list = [None] * len(texts)

    def work(first: int) -> None:
        for i in range(first, len(texts), 4):
            again[i] = [(s.type, s.start, s.end) for s in scrubber.analyze(texts[i] + "\n")]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert again == alone
