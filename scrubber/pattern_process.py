"""The pattern recognizers and the language detection in a second process, so they run while spaCy's NER runs
in this one.

Both halves hold the GIL for nearly all their work, so a thread gives no overlap; a process does, on any
machine with a core to spare. The caller sends a request's texts before its model runs and takes the answer
after (``PatternProcess.start``/``collect``, from the calling thread: a helper thread would wait for the GIL
to send and to receive). The second process holds no model (about 180 MB, started while the model loads).
It is an accelerator, never a gate: whenever it is not ready, dies, errs or is slow, the caller runs the same
recognizers and the same detector itself (``Scrubber._analyze_todo``), so the results are the same either
way.

Texts cross a local pipe between two processes of the same user; nothing is written or logged.
"""

import logging
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path

log = logging.getLogger(__name__)

# A request the second process has not answered by then is done locally (and the process stopped): 5 s,
# plus 50 µs per character (several times what the recognizers need even on a loaded machine).
ANSWER_SECONDS = 5.0
ANSWER_SECONDS_PER_CHAR = 50e-6
_READY = "ready"


def usable_cpus() -> int:
    """Cores this process may run on: its CPU affinity, capped by a cgroup v2 CPU quota (a container's
    CPU limit), at least 1."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        n = os.cpu_count() or 1
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()
        if quota != "max":
            n = min(n, int(quota) // int(period))
    except (OSError, ValueError):
        pass
    return max(1, n)


def build_registry(language: str, entities: Sequence[str], nlp_engine=None) -> tuple:
    """(registry, supported entities) for ``language``: Presidio's predefined recognizers less those ours
    replace, and ours. The scrubber and the second process both build their recognizers here."""
    from presidio_analyzer import RecognizerRegistry

    from scrubber.recognizers import REPLACES_PREDEFINED, custom_recognizers

    registry = RecognizerRegistry(supported_languages=[language])
    registry.load_predefined_recognizers(nlp_engine=nlp_engine, languages=[language])
    for name in REPLACES_PREDEFINED:  # ours find all theirs do, without their known false positives
        registry.remove_recognizer(name)
    for recognizer in custom_recognizers(language):
        registry.add_recognizer(recognizer)
    supported = sorted(set(registry.get_supported_entities([language])) & set(entities))
    return registry, supported


def text_recognizers(registry, language: str, supported: list[str]) -> list:
    """The registry's recognizers that need no NLP artifacts (all but the NER one)."""
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    return [r for r in registry.get_recognizers(language, supported) if not isinstance(r, SpacyRecognizer)]


def find_all(recognizers: Sequence, supported: list[str], texts: Sequence[str]) -> list[dict[str, list]]:
    """For each text: recognizer name → what that recognizer finds."""
    return [{r.name: r.analyze(text, supported, None) for r in recognizers} for text in texts]


def without_explanations(found: list[dict[str, list]], from_score: float | None) -> list[dict[str, list]]:
    """``found`` with no analysis explanation on results scoring ``from_score`` or more (None: all kept).

    The scrubber reads a result's explanation only where the context enhancer boosts its score, and it gives
    the enhancer only results under its ``CONTEXT_BOOST_BELOW`` (``presidio_tuning.lean_context_enhancer``);
    the rest cross the pipe without it: a quarter of the bytes, about half the pickling on each side."""
    if from_score is not None:
        for by_name in found:
            for results in by_name.values():
                for result in results:
                    if result.score >= from_score:
                        result.analysis_explanation = None
    return found


def _serve(conn: Connection) -> None:
    """The second process: build the recognizers, then answer lists of texts until the pipe closes."""
    import signal

    from scrubber.language import LanguageDetector
    from scrubber.offline import use_bundled_suffix_list
    from scrubber.recognizers._base import no_regex_timeout

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    use_bundled_suffix_list()
    # A pattern that runs away is bounded by the caller's deadline (ANSWER_SECONDS), after which the caller
    # stops this process and runs the recognizers itself, with the per-match timeout: the same results.
    no_regex_timeout()
    language, entities, warm_up, explain_below = conn.recv()
    registry, supported = build_registry(language, entities)
    recognizers = text_recognizers(registry, language, supported)
    detector = LanguageDetector(language)
    find_all(recognizers, supported, [warm_up])  # compile every pattern before the first request
    detector.detect(warm_up)
    conn.send((_READY, sorted(r.name for r in recognizers)))
    while True:
        try:
            texts = conn.recv()
        except (EOFError, OSError):
            return
        try:
            found = without_explanations(find_all(recognizers, supported, texts), explain_below)
            conn.send(("ok", (found, [detector.detect(t) for t in texts])))
        except Exception as exc:  # never the text: the caller redoes the work and reports its own error
            conn.send(("error", type(exc).__name__))


class PatternProcess:
    """A second process running ``find_all``; ``find`` returns None whenever it cannot answer."""

    def __init__(self, language: str, entities: Sequence[str], warm_up: str,
                 explain_below: float | None = None) -> None:
        """``explain_below``: only results scoring under it come back with their analysis explanation (see
        ``without_explanations``); None: all do."""
        # A fresh interpreter (not multiprocessing's spawn, which would re-run the caller's main script),
        # talking over a socket pair; it exits when this process closes its end or dies.
        mine, theirs = socket.socketpair()
        self._process = subprocess.Popen(
            [sys.executable, "-m", "scrubber.pattern_process", str(theirs.fileno())],
            pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        theirs.close()
        self._conn = Connection(mine.detach())
        self._conn.send((language, list(entities), warm_up, explain_below))
        self._expected: list[str] = []
        self._ready = False
        self._lock = threading.Lock()

    def wait_ready(self, seconds: float, expected: Sequence[str]) -> bool:
        """Wait up to ``seconds`` for the second process to have built its recognizers, which must be
        ``expected`` (the names of the caller's own)."""
        with self._lock:
            self._expected = sorted(expected)
            return self._check_ready(seconds)

    def _check_ready(self, seconds: float) -> bool:
        if self._ready or not self._expected or self._process.poll() is not None:
            return self._ready
        try:
            if self._conn.poll(seconds):
                kind, names = self._conn.recv()
                if kind == _READY and names == self._expected:
                    self._ready = True
                else:  # other recognizers than ours (never expected): its answers would differ
                    log.warning("pattern process has different recognizers; patterns run in-process")
                    self._stop()
        except (EOFError, OSError):
            self._stop()
        return self._ready

    def find(self, texts: Sequence[str]) -> list[dict[str, list]] | None:
        """Recognizer name → results, for each text; None when the second process cannot answer now."""
        answer = self.collect(texts) if self.start(texts) else None
        return None if answer is None else answer[0]

    def start(self, texts: Sequence[str]) -> bool:
        """Send ``texts`` to the second process and return at once, so the caller can work while it works;
        False when it cannot take them (not ready, gone). After True, the caller must call ``collect``
        (which takes the answer): until then no other request can start."""
        self._lock.acquire()
        try:
            if self._check_ready(0):
                self._conn.send(list(texts))
                return True
        except (EOFError, OSError):  # BrokenPipeError is an OSError
            log.warning("pattern process is gone; patterns run in-process from now on")
            self._stop()
        self._lock.release()
        return False

    def collect(self, texts: Sequence[str]) -> tuple[list[dict[str, list]], list[str]] | None:
        """The answer to the ``start`` of ``texts``: for each text, recognizer name → results, and each
        text's language (``LanguageDetector``); None when the second process fails or is slow."""
        try:
            allowed = ANSWER_SECONDS + ANSWER_SECONDS_PER_CHAR * sum(map(len, texts))
            if self._conn.poll(allowed):
                kind, found = self._conn.recv()
                if kind == "ok":
                    return found
                log.warning("pattern process failed (%s); patterns run in-process", found)
            else:
                log.warning("pattern process did not answer in %.0f s; patterns run in-process from now "
                            "on", allowed)
                self._stop()  # its answer would come late and out of step
        except (EOFError, OSError):
            log.warning("pattern process is gone; patterns run in-process from now on")
            self._stop()
        finally:
            self._lock.release()
        return None

    @property
    def alive(self) -> bool:
        return self._ready and self._process.poll() is None

    def close(self) -> None:
        with self._lock:
            self._stop()

    def _stop(self) -> None:
        self._ready = False
        self._conn.close()
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait(5)


if __name__ == "__main__":
    _serve(Connection(int(sys.argv[1])))
