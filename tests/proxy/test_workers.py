"""The scrubber worker pool with real worker processes: analyses are shared between workers."""

import asyncio
import time

import pytest

from proxy.workers import ScrubPool
from scrubber.engine import DEFAULT_MODEL, cache_key
from scrubber.types import ScrubOptions, Span

OPTIONS = ScrubOptions()


@pytest.fixture(scope="module")
def pool():
    p = ScrubPool(DEFAULT_MODEL, workers=2)
    assert len(set(p.warm_up())) == 2
    yield p
    p.close()


def test_every_worker_uses_what_the_pool_knows(pool):
    """A text analysed once (by any worker) is not analysed again by another one: the proxy process keeps
    the analyses and hands them to whichever worker gets the request. A made-up analysis shows it is used."""
    text = "Acme confirmed the delivery window with Zelda Quorrington."
    pool.shared.add({cache_key(text, OPTIONS): ("en", [Span("PERSON", 0, 4, 0.99)])})

    async def many():  # concurrent, so both workers serve some
        return await asyncio.gather(*[pool.scrub([text], OPTIONS) for _ in range(6)])

    for result in asyncio.run(many()):
        assert result.texts == ["<PERSON_1> confirmed the delivery window with Zelda Quorrington."]


def test_scrubbed_and_prepared_texts_become_known(pool):
    history = "Please ask Maria Garcia whether the contract was renewed."
    before = len(pool.shared)
    asyncio.run(pool.scrub([history, "   "], OPTIONS))
    assert pool.shared.lookup([history], OPTIONS).keys() == {cache_key(history, OPTIONS)}
    assert len(pool.shared) == before + 1  # blank texts are not kept

    answer = "Maria Garcia renewed it last week, said John Smith from the legal team."
    assert pool.prepare([answer], OPTIONS)  # idle pool: accepted
    deadline = time.monotonic() + 30
    while not pool.shared.lookup([answer], OPTIONS) and time.monotonic() < deadline:
        time.sleep(0.05)
    (_, spans), = pool.shared.lookup([answer], OPTIONS).values()
    assert "PERSON" in {s.type for s in spans}


def test_the_shared_cache_is_bounded():
    from proxy.workers import SharedAnalyses

    shared = SharedAnalyses(size=3)
    texts = [f"text number {i}" for i in range(5)]
    for t in texts:
        shared.add({cache_key(t, OPTIONS): ("en", [])})
    assert len(shared) == 3 and not shared.lookup(texts[:2], OPTIONS)
    assert len(shared.lookup(texts, OPTIONS)) == 3
