"""Scrubbing off the event loop: a pool of worker processes, each with its own model loaded once.

Processes, not threads: Presidio and spaCy hold the GIL for most of their work, so a thread pool
would still stall mitmproxy's event loop (and with it every other user's traffic).
"""

import asyncio
import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrubber.engine import Scrubber
from scrubber.errors import ScrubberError, ScrubTimeout
from scrubber.types import ScrubOptions, ScrubResult

_worker_scrubber: Scrubber | None = None  # one per worker process, built by the initializer


def _init_worker(model: str, languages: tuple[str, ...]) -> None:
    global _worker_scrubber
    _worker_scrubber = Scrubber(model=model, languages=languages)
    _worker_scrubber.scrub(["Warm-up for Jane Doe, jane@example.com"])  # first real request is not slower


def _scrub_in_worker(texts: list[str], options: ScrubOptions) -> ScrubResult:
    assert _worker_scrubber is not None
    return _worker_scrubber.scrub(texts, options)


def _ready() -> bool:
    return _worker_scrubber is not None


class ScrubPool:
    """``await pool.scrub(texts, options)`` runs the scrubber in a worker process, with a timeout."""

    def __init__(self, model: str, workers: int = 1, languages: Sequence[str] = ("en",),
                 timeout: float = 10.0) -> None:
        self.workers = workers
        self.timeout = timeout
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),  # never fork a process running an event loop
            initializer=_init_worker,
            initargs=(model, tuple(languages)),
        )

    def warm_up(self) -> None:
        """Start every worker and load its model; raise ScrubberError when the model cannot load."""
        try:
            for f in [self._pool.submit(_ready) for _ in range(self.workers)]:
                f.result()
        except BrokenProcessPool as exc:
            raise ScrubberError("scrubber workers failed to start (is the spaCy model installed?)") from exc

    async def scrub(self, texts: list[str], options: ScrubOptions) -> ScrubResult:
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(
                loop.run_in_executor(self._pool, _scrub_in_worker, texts, options), self.timeout
            )
        except TimeoutError as exc:
            raise ScrubTimeout(f"scrubbing took longer than {self.timeout:g} s") from exc
        except BrokenProcessPool as exc:
            raise ScrubberError("scrubber worker died") from exc

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
