"""Non-blocking event recorder: a bounded queue drained by one writer thread in batches.

The proxy calls ``record`` from its event loop; it never waits for the database. Each batch is one
transaction: the events, their PII counts and the daily rollups. When the database is down, the batch in
hand is kept and retried (with back-off); new events wait in the queue up to its bound, past which they are
dropped and counted (``stats.dropped``). So no event is lost while fewer than ``max_queue + batch_size``
are waiting. An event the database refuses (bad data) is set aside and counted (``stats.rejected``) so it
cannot stall the others. ``close`` writes everything queued before it returns (or counts what it could not).
"""

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError

from inventory.limits import bound_row, text_limits
from inventory.mcp import write_observations
from inventory.models import Service, UsageEvent
from inventory.pseudonym import Pseudonymizer, store_pseudonyms
from inventory.rollup import write_events

log = logging.getLogger(__name__)
_WAKE = object()
_EVENT_COLUMNS = [c.name for c in UsageEvent.__table__.columns if c.name != "id"]
_EVENT_LIMITS = text_limits(UsageEvent.__table__)  # values longer than their column are bounded, not refused


@dataclass
class RecorderStats:
    """Counters for metrics (monotonic unless noted); read them with ``snapshot``."""

    recorded: int = 0  # events written
    dropped: int = 0  # events lost: queue full, recorder closed, or unwritten at the close deadline
    rejected: int = 0  # events the database refused (bad data); never retried
    write_failures: int = 0  # batch writes that failed (database down); each is retried
    batches: int = 0  # successful batch transactions
    pending: int = 0  # gauge: events held by the writer for a retry
    database_up: bool = True  # gauge: the last write reached the database
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def count_dropped(self, n: int = 1) -> None:
        with self._lock:  # dropped is counted from the proxy's thread and the writer's
            self.dropped += n

    def snapshot(self, depth: int) -> dict[str, int]:
        """All counters and gauges, plus the queue depth, as a flat dict (Prometheus-friendly)."""
        return {"recorded": self.recorded, "dropped": self.dropped, "rejected": self.rejected,
                "write_failures": self.write_failures, "batches": self.batches, "pending": self.pending,
                "database_up": int(self.database_up), "queue_depth": depth}


class Recorder:
    """Writes usage events (and newly seen services) to the inventory without blocking the caller."""

    def __init__(self, engine: Engine, max_queue: int = 10_000, batch_size: int = 500,
                 retry_interval: float = 1.0, max_retry_interval: float = 15.0,
                 pseudonymizer: Pseudonymizer | None = None, linger: float = 0.2,
                 tap: Callable[[UsageEvent], None] | None = None) -> None:
        if max_queue < 1 or batch_size < 1 or retry_interval <= 0:
            raise ValueError("max_queue and batch_size must be >= 1, retry_interval > 0")
        self._engine = engine
        self._queue: queue.Queue[object] = queue.Queue(maxsize=max_queue)
        self.max_queue = max_queue
        self._batch_size = batch_size
        # After the first event, wait this long for more before writing: one transaction for many events.
        # Writing every event at once costs a transaction each, and this thread's SQLAlchemy work holds the
        # GIL that the proxy's event loop needs (measured: ~7 ms added to every AI request under load).
        self._linger = linger
        self._retry_interval = retry_interval
        self._max_retry_interval = max(retry_interval, max_retry_interval)
        self._pseudonymizer = pseudonymizer
        self._tap = tap  # also gets every usage event (the SIEM export's spool); must never block or raise
        self._known_services: set[str] = set()
        self._known_pseudonyms: set[str] = set()
        self._closing = threading.Event()
        self._deadline = float("inf")
        self._thread = threading.Thread(target=self._run, name="aiwarden-recorder", daemon=True)
        self.stats = RecorderStats()

    def start(self) -> "Recorder":
        """Start the writer thread; returns self."""
        self._thread.start()
        return self

    @property
    def depth(self) -> int:
        """Events waiting in the queue (not counting a batch held for retry)."""
        return self._queue.qsize()

    def record(self, item: UsageEvent | Service) -> bool:
        """Queue an event (or a newly seen service) for writing; never blocks. False if dropped."""
        if self._tap is not None and isinstance(item, UsageEvent):
            self._tap(item)
        if self._closing.is_set():
            self.stats.count_dropped(isinstance(item, UsageEvent))
            return False
        if isinstance(item, Service):
            if item.id in self._known_services:
                return True
            self._known_services.add(item.id)
        try:
            self._queue.put_nowait(item)
            return True
        except queue.Full:
            if isinstance(item, UsageEvent):
                self.stats.count_dropped()
            elif isinstance(item, Service):
                self._known_services.discard(item.id)  # try again when it is seen next
            return False

    def close(self, timeout: float = 30.0) -> None:
        """Write everything queued (retrying up to ``timeout`` seconds), then stop the writer thread."""
        self._deadline = time.monotonic() + timeout
        self._closing.set()
        try:
            self._queue.put_nowait(_WAKE)  # wake a writer sleeping on an empty queue
        except queue.Full:
            pass  # a full queue wakes it anyway
        if self._thread.is_alive():
            self._thread.join(timeout + 5)
            if self._thread.is_alive():
                log.error("inventory recorder did not finish writing within %.0f s", timeout)

    # -- writer thread -------------------------------------------------------------------------
    def _run(self) -> None:
        pending: list[object] = []
        delay = self._retry_interval
        while True:
            closing = self._closing.is_set()
            if not pending:
                if closing and self._queue.empty():
                    return
                try:  # sleep until there is work (or the close signal)
                    pending.append(self._queue.get(timeout=None if not closing else 0.01))
                except queue.Empty:
                    continue
            until = time.monotonic() + (0 if closing else self._linger)
            while len(pending) < self._batch_size:
                try:
                    wait = until - time.monotonic()
                    pending.append(self._queue.get(timeout=wait) if wait > 0 else self._queue.get_nowait())
                except queue.Empty:
                    break
                if pending[-1] is _WAKE:  # close() was called: write what we have now
                    until = 0
            pending = [p for p in pending if p is not _WAKE]
            if not pending or self._write(pending):  # _write removes what it wrote from pending
                delay = self._retry_interval
                self.stats.pending = 0
                continue
            self.stats.pending = sum(isinstance(p, UsageEvent) for p in pending)
            if closing and time.monotonic() >= self._deadline:
                lost = self.stats.pending + sum(isinstance(p, UsageEvent) for p in self._drain())
                self.stats.count_dropped(lost)
                self.stats.pending = 0
                log.error("inventory database unreachable at shutdown: %d events not written", lost)
                return
            # database down: keep the batch, try again (sooner when closing, so close() meets its deadline)
            if closing:
                time.sleep(min(delay, 0.2))
            else:
                self._closing.wait(delay)
            delay = min(delay * 2, self._max_retry_interval)

    def _drain(self) -> list[object]:
        out = []
        while True:
            try:
                out.append(self._queue.get_nowait())
            except queue.Empty:
                return out

    def _rows(self, events: list[UsageEvent]) -> tuple[list[dict[str, Any]], dict[str, str]]:
        rows, names = [], {}
        for e in events:
            row = {c: getattr(e, c) for c in _EVENT_COLUMNS}  # much cheaper than model_dump
            if self._pseudonymizer:
                name = row["user"]
                row["user"] = self._pseudonymizer.pseudonym(name)
                if row["client_addr"]:
                    row["client_addr"] = self._pseudonymizer.pseudonym(row["client_addr"])
                if row["user"] not in self._known_pseudonyms:
                    names[row["user"]] = name
            rows.append(bound_row(row, _EVENT_LIMITS))
        return rows, names

    def _write(self, batch: list[object]) -> bool:
        """Write a batch, removing what was written (or refused) from it; False: database unreachable."""
        services = [s for s in batch if not isinstance(s, UsageEvent)]  # services and MCP observations
        events = [e for e in batch if isinstance(e, UsageEvent)]
        try:
            self._write_batch(services, events)
        except (OperationalError, InterfaceError) as exc:
            self._down(exc, len(events))
            return False
        except (SQLAlchemyError, ValueError, TypeError) as exc:
            # Not an outage: something in this batch is refused. Write item by item to find it.
            log.warning("inventory batch refused (%s); writing its %d items one by one",
                        type(exc).__name__, len(batch))
            return self._write_one_by_one(batch)
        self._up(len(events))
        batch.clear()
        return True

    def _write_one_by_one(self, batch: list[object]) -> bool:
        while batch:
            item = batch[0]
            is_event = isinstance(item, UsageEvent)
            try:
                self._write_batch([] if is_event else [item], [item] if is_event else [])
            except (OperationalError, InterfaceError) as exc:
                self._down(exc, sum(isinstance(e, UsageEvent) for e in batch))
                return False  # an outage after all: the rest of the batch is retried
            except (SQLAlchemyError, ValueError, TypeError) as exc:
                self.stats.rejected += is_event
                log.error("inventory refused an item (%s); it is discarded", type(exc).__name__)
            else:
                self._up(int(is_event))
            batch.pop(0)
        return True

    def _down(self, exc: Exception, kept: int) -> None:
        self.stats.write_failures += 1
        self.stats.database_up = False
        log.warning("inventory write failed (%s); %d events kept for retry", type(exc).__name__, kept)

    def _up(self, events: int) -> None:
        self.stats.database_up = True
        self.stats.batches += 1
        self.stats.recorded += events

    def _write_batch(self, services: list[Service], events: list[UsageEvent]) -> None:
        rows, names = self._rows(events)
        with self._engine.begin() as conn:
            if known := [s for s in services if isinstance(s, Service)]:
                _insert_new_services(conn, known)
            if seen := [s for s in services if not isinstance(s, Service)]:
                write_observations(conn, seen)  # MCP servers, tools and clients (inventory/mcp.py)
            if names:
                store_pseudonyms(conn, self._pseudonymizer, names)
            write_events(conn, rows)
        self._known_pseudonyms.update(names)


def _insert_new_services(conn, services: list[Service]) -> None:
    # Discovered services only add a row; they never overwrite a catalog entry or an admin's risk tier.
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    rows = [s.model_dump() for s in services]
    conn.execute(insert(Service.__table__).on_conflict_do_nothing(index_elements=["id"]), rows)
