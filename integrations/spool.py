"""A bounded on-disk queue of lines (JSON records) with one writer side and one reader side.

The writer (``append``) only appends one line to the newest segment file: no network, no fsync, no waiting on
the reader, so the proxy that calls it is never slowed by a SIEM outage. The reader (``read`` / ``commit``)
takes lines from the oldest segment at a cursor that moves (and is saved) only after a batch was delivered, so
delivery is at-least-once across outages and restarts. Segments fully read are deleted. Past ``max_bytes`` of
unsent lines new lines are refused and counted in ``dropped``.

Durability: lines are in the operating system's page cache once ``append`` returns, so they survive a crash
of the process (not of the machine). A process holds its spool directory with an exclusive ``flock``.
"""

import fcntl
import os
import threading
from pathlib import Path

MAX_LINE = 64 * 1024  # a longer record is refused (and counted), never split


class SpoolError(ValueError):
    """The spool directory cannot be used (in use by another process, not writable)."""


class Spool:
    """Segment files ``<n>.jsonl`` in ``directory``, a ``cursor`` file (segment offset), a ``lock`` file."""

    def __init__(self, directory: Path, max_bytes: int, segment_bytes: int = 4 * 1024 * 1024) -> None:
        if max_bytes < MAX_LINE:
            raise ValueError(f"a spool needs at least {MAX_LINE} bytes")
        self.directory = directory
        self.max_bytes = max_bytes
        self._segment_bytes = segment_bytes
        self._lock = threading.Lock()
        self.dropped = 0  # lines refused: spool full, line too long, or a write error
        self.wake = threading.Event()  # set when a line is appended (the reader sleeps on it)
        try:
            directory.mkdir(parents=True, exist_ok=True)
            self._lock_fd = os.open(directory / "lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise SpoolError(f"SIEM spool {directory} is not writable ({exc.strerror})") from exc
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock_fd)
            raise SpoolError(
                f"SIEM spool {directory} is in use by another aiwarden process; "
                "give each process its own AIWARDEN_SIEM_SPOOL_DIR"
            ) from None
        segments = self._segments()
        self._cursor = self._load_cursor(segments)
        self._write_seg = segments[-1] if segments else self._cursor[0]
        self._repair(self._path(self._write_seg))
        self._fd = os.open(self._path(self._write_seg), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._write_size = os.fstat(self._fd).st_size
        self.size = sum(self._path(s).stat().st_size for s in self._segments()) - self._cursor[1]

    # -- writer side ---------------------------------------------------------------------------
    def append(self, line: bytes) -> bool:
        """Append one line (without its newline); never blocks on the reader. False: refused and counted."""
        data = line + b"\n"
        with self._lock:
            if len(data) > MAX_LINE or self.size + len(data) > self.max_bytes:
                self.dropped += 1
                return False
            try:
                os.write(self._fd, data)
            except OSError:
                self.dropped += 1
                return False
            self.size += len(data)
            self._write_size += len(data)
            if self._write_size >= self._segment_bytes:
                self._rotate()
        if not self.wake.is_set():
            self.wake.set()
        return True

    def _rotate(self) -> None:
        os.close(self._fd)
        self._write_seg += 1
        self._fd = os.open(self._path(self._write_seg), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._write_size = 0

    # -- reader side (one reader thread) -------------------------------------------------------
    def read(self, limit: int = 500) -> tuple[list[bytes], tuple[int, int]]:
        """Up to ``limit`` complete lines from the cursor, and the position after them (for ``commit``)."""
        while True:
            seg, off = self._cursor
            try:
                with open(self._path(seg), "rb") as f:
                    f.seek(off)
                    data = f.read(limit * 2048 + MAX_LINE)
            except FileNotFoundError:
                data = b""
            end = data.rfind(b"\n")
            if end >= 0:
                lines = data[: end + 1].split(b"\n")[:-1][:limit]
                return lines, (seg, off + sum(len(x) + 1 for x in lines))
            with self._lock:
                if seg >= self._write_seg:
                    return [], (seg, off)
            # this segment is finished and fully delivered: go on with the next one
            later = [s for s in self._segments() if s > seg]
            self._save_cursor((later[0] if later else self._write_seg, 0))
            self._path(seg).unlink(missing_ok=True)

    def commit(self, position: tuple[int, int]) -> None:
        """Everything before ``position`` (from ``read``) was delivered: move the cursor there."""
        seg, off = position
        done = off - self._cursor[1] if seg == self._cursor[0] else 0
        self._save_cursor(position)
        with self._lock:
            self.size -= done

    def close(self) -> None:
        """Close the files and release the directory lock (the lines stay for the next start)."""
        with self._lock:
            os.close(self._fd)
            os.close(self._lock_fd)

    # -- files ---------------------------------------------------------------------------------
    def _path(self, seg: int) -> Path:
        return self.directory / f"{seg:012d}.jsonl"

    def _segments(self) -> list[int]:
        return sorted(int(p.stem) for p in self.directory.glob("*.jsonl") if p.stem.isdigit())

    def _load_cursor(self, segments: list[int]) -> tuple[int, int]:
        try:
            seg, off = (int(x) for x in (self.directory / "cursor").read_text().split())
        except (OSError, ValueError):
            return (segments[0], 0) if segments else (0, 0)
        if not segments or seg < segments[0]:  # its segment is gone: start at the oldest there is
            return (segments[0] if segments else seg), 0
        return seg, off

    def _save_cursor(self, position: tuple[int, int]) -> None:
        tmp = self.directory / "cursor.tmp"
        tmp.write_text(f"{position[0]} {position[1]}\n")
        os.replace(tmp, self.directory / "cursor")
        self._cursor = position

    @staticmethod
    def _repair(path: Path) -> None:
        """Cut a line torn by a crash in the middle of a write (the newest segment only)."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return
        if data and not data.endswith(b"\n"):
            with open(path, "r+b") as f:
                f.truncate(data.rfind(b"\n") + 1)
