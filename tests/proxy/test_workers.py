"""The scrubber worker pool with real worker processes: analyses are shared between workers."""

import asyncio
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from proxy.workers import FOLLOWER, ScrubPool
from scrubber.engine import DEFAULT_MODEL, cache_key
from scrubber.types import ScrubOptions, Span
from tests.conftest import started_ahead, take

OPTIONS = ScrubOptions()


def warmed_pool(_factory) -> ScrubPool:
    p = ScrubPool(DEFAULT_MODEL, workers=2)
    p.warm_up()  # (loads both workers' models: started ahead, see tests/conftest.py)
    return p


@pytest.fixture(scope="module")
@started_ahead(warmed_pool)
def pool(tmp_path_factory):
    p = take(warmed_pool, tmp_path_factory)
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


def _threads() -> list[str]:
    return [t.name for t in threading.enumerate()]


def test_every_worker_follows_its_parent(pool):
    """Each worker of the real pool runs the thread that ends it with the proxy (see the next test)."""
    names = pool._pool.submit(_threads).result(timeout=60)
    assert FOLLOWER in names


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


def test_workers_exit_when_the_proxy_is_killed(tmp_path):
    """A proxy killed hard (SIGKILL, the OOM killer) leaves no worker behind holding a model's memory: a
    process with a spawned pool whose workers follow their parent prints their pids and kills itself."""
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent("""
        import multiprocessing, os, signal
        from concurrent.futures import ProcessPoolExecutor
        from proxy.workers import _follow_parent

        if __name__ == "__main__":
            pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=_follow_parent)
            pids = {pool.submit(os.getpid).result() for _ in range(20)}
            print(*sorted(pids), flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
    """))
    root = Path(__file__).parents[2]
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    pids = [int(p) for p in done.stdout.split()]
    assert pids and done.returncode == -9
    deadline = time.monotonic() + 30
    while any(map(_alive, pids)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_alive, pids)), "a worker outlived its killed parent"
