"""Non-blocking event recorder: a bounded queue drained by one writer thread in batches.

The proxy calls ``record`` from its event loop; it never waits for the database. When the database
is down, the batch in hand is kept and retried; new events wait in the queue up to its bound, past
which they are dropped and counted (``stats.dropped``).
"""

import logging
import queue
import threading
import time
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from inventory.models import Service, UsageEvent

log = logging.getLogger(__name__)
_STOP = object()


@dataclass
class RecorderStats:
    recorded: int = 0
    dropped: int = 0
    write_failures: int = 0

    def snapshot(self, depth: int) -> dict[str, int]:
        return {"recorded": self.recorded, "dropped": self.dropped, "write_failures": self.write_failures,
                "queue_depth": depth}


class Recorder:
    def __init__(self, engine: Engine, max_queue: int = 10_000, batch_size: int = 500,
                 retry_interval: float = 1.0) -> None:
        self._engine = engine
        self._queue: queue.Queue[object] = queue.Queue(maxsize=max_queue)
        self._batch_size = batch_size
        self._retry_interval = retry_interval
        self._known_services: set[str] = set()
        self._thread = threading.Thread(target=self._run, name="aiwarden-recorder", daemon=True)
        self.stats = RecorderStats()

    def start(self) -> "Recorder":
        self._thread.start()
        return self

    @property
    def depth(self) -> int:
        return self._queue.qsize()

    def record(self, item: UsageEvent | Service) -> bool:
        """Queue an event (or a newly seen service) for writing; never blocks. False if dropped."""
        if isinstance(item, Service):
            if item.id in self._known_services:
                return True
            self._known_services.add(item.id)
        try:
            self._queue.put_nowait(item)
            return True
        except queue.Full:
            self.stats.dropped += 1
            return False

    def close(self, timeout: float = 30.0) -> None:
        """Write everything queued, then stop the writer thread."""
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)

    def _run(self) -> None:
        pending: list[object] = []
        stopping = False
        while True:
            if not pending and not stopping:
                pending.append(self._queue.get())  # sleep until there is work
            while len(pending) < self._batch_size:
                try:
                    pending.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            if _STOP in pending:
                stopping = True
                pending = [p for p in pending if p is not _STOP]
            if pending and not self._write(pending):
                time.sleep(self._retry_interval)  # database down: keep the batch, try again
                continue
            pending = []
            if stopping and self._queue.empty():
                return

    def _write(self, batch: list[object]) -> bool:
        try:
            with Session(self._engine) as session:
                services = [s for s in batch if isinstance(s, Service)]
                for s in services:
                    session.merge(s)
                session.add_all([e for e in batch if isinstance(e, UsageEvent)])
                session.commit()
        except SQLAlchemyError as exc:
            self.stats.write_failures += 1
            log.warning("inventory write failed (%s); %d events kept for retry", type(exc).__name__, len(batch))
            return False
        self.stats.recorded += sum(1 for e in batch if isinstance(e, UsageEvent))
        return True
