"""Scrubbing off the event loop: a pool of worker processes, each with its own model loaded once.

Processes, not threads: Presidio and spaCy hold the GIL for most of their work, so a thread pool
would still stall mitmproxy's event loop (and with it every other user's traffic). When a worker
dies (out of memory, killed), the pool is replaced so later requests are served again; the request
that was running fails closed.
"""

import asyncio
import logging
import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrubber.engine import Scrubber
from scrubber.errors import ScrubberError, ScrubTimeout
from scrubber.types import ScrubOptions, ScrubResult

log = logging.getLogger("aiwarden.proxy")
_worker_scrubber: Scrubber | None = None  # one per worker process, built by the initializer


def _init_worker(model: str, languages: tuple[str, ...]) -> None:
    global _worker_scrubber
    _worker_scrubber = Scrubber(model=model, languages=languages)
    _worker_scrubber.scrub(["Warm-up for Jane Doe, jane@example.com"])  # first real request is not slower


def _scrub_in_worker(texts: list[str], options: ScrubOptions) -> ScrubResult:
    assert _worker_scrubber is not None
    return _worker_scrubber.scrub(texts, options)


def _prepare_in_worker(texts: list[str], options: ScrubOptions) -> None:
    assert _worker_scrubber is not None
    _worker_scrubber.prepare(texts, options)


def _ready() -> int:
    import os

    assert _worker_scrubber is not None
    return os.getpid()


def _ignore_result(future) -> None:
    future.exception()  # retrieve it, so a failed warm-up is not reported as "never retrieved"


class ScrubPool:
    """``await pool.scrub(texts, options)`` runs the scrubber in a worker process, with a timeout."""

    def __init__(self, model: str, workers: int = 1, languages: Sequence[str] = ("en",),
                 timeout: float = 10.0) -> None:
        self.workers = workers
        self.timeout = timeout
        self.restarts = 0
        self._in_flight = 0  # scrubs submitted and not yet answered
        self._model = model
        self._languages = tuple(languages)
        self._pool = self._make()

    def _make(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),  # never fork a process running an event loop
            initializer=_init_worker,
            initargs=(self._model, self._languages),
        )

    def warm_up(self) -> list[int]:
        """Start every worker and load its model; return their pids; raise ScrubberError when it cannot."""
        try:
            return [f.result() for f in [self._pool.submit(_ready) for _ in range(self.workers)]]
        except BrokenProcessPool as exc:
            raise ScrubberError("scrubber workers failed to start (is the spaCy model installed?)") from exc

    async def scrub(self, texts: list[str], options: ScrubOptions) -> ScrubResult:
        loop = asyncio.get_running_loop()
        pool = self._pool
        self._in_flight += 1
        try:
            return await asyncio.wait_for(
                loop.run_in_executor(pool, _scrub_in_worker, texts, options), self.timeout
            )
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
            self._pool.submit(_prepare_in_worker, texts, options).add_done_callback(_ignore_result)
        except (BrokenProcessPool, RuntimeError):
            return False
        return True

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
