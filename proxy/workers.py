"""Scrubbing off the event loop: a pool of worker processes, each with its own model loaded once.

Processes, not threads: Presidio and spaCy hold the GIL for most of their work, so a thread pool
would still stall mitmproxy's event loop (and with it every other user's traffic). When a worker
dies (out of memory, killed), the pool is replaced so later requests are served again; the request
that was running fails closed.
"""

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from scrubber.errors import ScrubberError, ScrubTimeout
from scrubber.models import Analysis, CacheKey, ModelSettings, cache_key, shareable
from scrubber.types import ScrubOptions, ScrubResult

if TYPE_CHECKING:  # the engine (spaCy, Presidio, the recognizers) is imported by the workers alone
    from scrubber.engine import Scrubber

log = logging.getLogger("aiwarden.proxy")
_worker_scrubber: "Scrubber | None" = None  # one per worker process, built by the initializer


FOLLOWER = "aiwarden-exit-with-parent"


def _follow_parent() -> None:
    """Exit when the process that started this one is gone, however it went (SIGKILL, the OOM killer, a
    supervisor's hard stop): a worker never outlives its proxy, holding a model's memory for good. The
    parent's sentinel (a pipe multiprocessing gives every child) becomes ready when the parent dies."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def wait() -> None:
        parent.join()
        os._exit(0)

    threading.Thread(target=wait, name=FOLLOWER, daemon=True).start()


def _init_worker(settings: ModelSettings) -> None:
    global _worker_scrubber
    _follow_parent()
    # Ctrl-C in a terminal reaches the whole process group: the main process stops the pool; a worker
    # interrupted in its queue read would only print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from scrubber.engine import scrubber_from

    _worker_scrubber = scrubber_from(settings)  # the CLI's own factory: every language's model
    _worker_scrubber.scrub(["Warm-up for Jane Doe, jane@example.com"])  # first real request is not slower


def _scrub_in_worker(texts: list[str], options: ScrubOptions, known: dict[CacheKey, Analysis]) -> ScrubResult:
    assert _worker_scrubber is not None
    return _worker_scrubber.scrub(texts, options, known)


def _prepare_in_worker(texts: list[str], options: ScrubOptions) -> dict[CacheKey, Analysis]:
    assert _worker_scrubber is not None
    return _worker_scrubber.prepare(texts, options)


def _ready(hold: float = 0.0) -> int:
    assert _worker_scrubber is not None
    time.sleep(hold)  # so one fast worker cannot answer for all of them
    return os.getpid()


SHARED_CACHE_SIZE = 20_000  # analyses the proxy remembers for its workers (spans and hashes: ~1 KB each)
SHARED_CACHE_CHARS = 1_000_000  # requests larger than this are not looked up (hashing them costs the loop)


class SharedAnalyses:
    """Analyses of recent texts, kept in the proxy process and handed to whichever worker gets a request.

    Each worker has its own cache, but a conversation's turns land on any worker: without this, history
    analysed by one worker (or an answer prepared by it) is analysed again by the next. Thread-safe: the
    results of ``prepare`` arrive on the executor's thread.
    """

    def __init__(self, size: int = SHARED_CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[CacheKey, Analysis] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def lookup(self, texts: list[str], options: ScrubOptions) -> dict[CacheKey, Analysis]:
        if sum(map(len, texts)) > SHARED_CACHE_CHARS:
            return {}
        keys = [cache_key(t, options) for t in texts if shareable(t)]
        with self._lock:
            found = {k: self._items[k] for k in keys if k in self._items}
            for k in found:
                self._items.move_to_end(k)
        return found

    def add(self, analyses: dict[CacheKey, Analysis]) -> None:
        with self._lock:
            self._items.update(analyses)
            for k in analyses:
                self._items.move_to_end(k)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


class ScrubPool:
    """``await pool.scrub(texts, options)`` runs the scrubber in a worker process, with a timeout."""

    def __init__(self, model: str | ModelSettings, workers: int = 1, languages: Sequence[str] = ("en",),
                 timeout: float = 10.0) -> None:
        """``model``: the settings the workers build their scrubber from (``ModelSettings.of(settings)``),
        or just a model name for ``languages``."""
        self.workers = workers
        self.timeout = timeout
        self.restarts = 0
        self._in_flight = 0  # scrubs submitted and not yet answered
        self._settings = model if isinstance(model, ModelSettings) else ModelSettings(model, tuple(languages))
        self.shared = SharedAnalyses()
        self._pool = self._make()

    def _make(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),  # never fork a process running an event loop
            initializer=_init_worker,
            initargs=(self._settings,),
        )

    def warm_up(self, timeout: float = 300.0) -> list[int]:
        """Start every worker and wait until each has loaded its model; return their pids; raise
        ScrubberError when they cannot start. (A worker answers only once loaded, but any loaded worker
        may answer for the others: ask until every one has answered.)"""
        pids: set[int] = set()
        deadline = time.monotonic() + timeout
        try:
            while len(pids) < self.workers and time.monotonic() < deadline:
                pids |= {f.result() for f in [self._pool.submit(_ready, 0.05) for _ in range(self.workers)]}
        except BrokenProcessPool as exc:
            raise ScrubberError("scrubber workers failed to start (is the spaCy model installed?)") from exc
        return sorted(pids)

    async def scrub(self, texts: list[str], options: ScrubOptions) -> ScrubResult:
        loop = asyncio.get_running_loop()
        pool = self._pool
        self._in_flight += 1
        try:
            known = self.shared.lookup(texts, options)
            result = await asyncio.wait_for(
                loop.run_in_executor(pool, _scrub_in_worker, texts, options, known), self.timeout
            )
            self.shared.add(result.analyses)
            return result
        except TimeoutError as exc:
            raise ScrubTimeout(f"scrubbing took longer than {self.timeout:g} s") from exc
        except BrokenProcessPool as exc:
            self._replace(pool)
            raise ScrubberError("scrubber worker died; the workers were restarted") from exc
        finally:
            self._in_flight -= 1

    def prepare(self, texts: list[str], options: ScrubOptions) -> bool:
        """Pre-analyse texts (a restored answer the client will send back as history) when the workers
        are idle, so the next turn is a cache hit. Never waits; False when skipped because busy."""
        if self._in_flight or not texts:
            return False  # real requests first: a warm-up must never delay one
        try:
            self._pool.submit(_prepare_in_worker, texts, options).add_done_callback(self._prepared)
        except (BrokenProcessPool, RuntimeError):
            return False
        return True

    def _prepared(self, future) -> None:
        if not future.cancelled() and future.exception() is None:  # a failed warm-up only costs the hit
            self.shared.add(future.result())

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        if self._pool is not broken:  # several requests saw the same crash: replace once
            return
        from proxy import metrics

        log.error("scrubber worker died; starting new workers")
        broken.shutdown(wait=False, cancel_futures=True)
        self._pool = self._make()
        for _ in range(self.workers):  # start loading the model now, not on the next request
            self._pool.submit(_ready)
        self.restarts += 1
        metrics.POOL_RESTARTS.inc()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
