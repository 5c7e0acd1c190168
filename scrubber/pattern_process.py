"""The pattern recognizers and the language detection in a second process, so they run while spaCy's NER runs
in this one.

Both halves hold the GIL for nearly all their work, so a thread gives no overlap; a process does, on any
machine with a core to spare. The caller sends a request's texts before its model runs and takes the answer
after (``PatternProcess.start``/``collect``, from the calling thread: a helper thread would wait for the GIL
to send and to receive). The second process holds no model (about 180 MB, started while the model loads).
It is an accelerator, never a gate: whenever it is not ready, dies, errs or is slow, the caller runs the same
recognizers and the same detector itself (``Scrubber._analyze_todo``), so the results are the same either
way.

The two halves take about as long, and which one ends first depends on the text: when the model's side is done
first, the caller takes recognizers from the end of the second process's list (``PatternProcess.steal``)
until the two meet, each side claiming a recognizer in a counter the other reads (``_Counters``), so neither
waits for the other while work is left.

Texts cross a local pipe between two processes of the same user; nothing is written or logged.
"""

import ctypes
import logging
import mmap
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
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
    for recognizer in registry.recognizers:
        if type(recognizer).__name__ == "IpRecognizer":
            _gate_ip_v6(recognizer)
        elif type(recognizer).__name__ in _GATES:
            _gate(recognizer)
    for recognizer in custom_recognizers(language):
        registry.add_recognizer(recognizer)
    supported = sorted(set(registry.get_supported_entities([language])) & set(entities))
    return registry, supported


# Presidio's IpRecognizer patterns other than plain IPv4: each match holds "::" or six hex groups each
# followed by a colon (the full IPv6 form has seven), so a text with neither runs the IPv4 pattern only.
_IP_V6_PATTERNS = ("IPv4_mapped", "IPv4_embedded", "IPv6", "IPv6_unspecified")


def _gate_ip_v6(recognizer) -> None:
    """Make ``recognizer`` (Presidio's IpRecognizer) skip its IPv6 patterns on texts that cannot hold one
    (their scan was two thirds of its time): the same results, from an IPv4-only twin whose results are
    re-labelled as the recognizer's own. Left alone if its patterns are not the ones this was written for."""
    import regex

    names = [p.name for p in recognizer.patterns]
    if sorted(names) != sorted((*_IP_V6_PATTERNS, "IPv4")):
        return
    twin = type(recognizer)(patterns=[p for p in recognizer.patterns if p.name == "IPv4"],
                            supported_language=recognizer.supported_language,
                            supported_entity=recognizer.supported_entities[0], name=recognizer.name)
    groups = regex.compile(r"(?:[0-9A-Fa-f]{1,4}:){6}", recognizer.global_regex_flags)
    full = recognizer.analyze

    def analyze(text, entities, nlp_artifacts=None, regex_flags=None):
        if "::" in text or groups.search(text) is not None:
            return full(text, entities, nlp_artifacts, regex_flags)
        results = twin.analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            result.recognition_metadata[result.RECOGNIZER_IDENTIFIER_KEY] = recognizer.id
        return results

    recognizer.analyze = analyze


# Presidio's digit patterns scan every position of every text (with IGNORECASE, under which a class of ASCII
# letters takes "İ", "ſ" and the Kelvin sign too, but a digit class nothing more); each gate is a cheaper
# search that finds every text one of them can match in, written for exactly these patterns (by recognizer:
# the patterns' regexes, the gate). Passport and NHS numbers are runs of ASCII digits between \b's, so no
# digit stands on either side; an ITIN's digits are ``\d``, searched with the same module; a crypto address
# is a 1 or a 3 and 25 letters or digits (``[^\W_]`` holds the three letters above).
_GATES = {
    "UsPassportRecognizer": ((r"(\b[0-9]{9}\b)", r"(\b[A-Z][0-9]{8}\b)"),
                             re.compile(r"(?<![0-9])[0-9]{8,9}(?![0-9])").search),
    "NhsRecognizer": ((r"\b([0-9]{3})[- ]?([0-9]{3})[- ]?([0-9]{4})\b",),
                      re.compile(r"(?<![0-9])[0-9]{3}[- ]?[0-9]{3}[- ]?[0-9]{4}(?![0-9])").search),
    "UsItinRecognizer": ((r"\b9\d{2}[- ](5\d|6[0-5]|7\d|8[0-8]|9([0-2]|[4-9]))\d{4}\b"
                          r"|\b9\d{2}(5\d|6[0-5]|7\d|8[0-8]|9([0-2]|[4-9]))[- ]\d{4}\b",
                          r"\b9\d{2}(5\d|6[0-5]|7\d|8[0-8]|9([0-2]|[4-9]))\d{4}\b",
                          r"\b9\d{2}[- ](5\d|6[0-5]|7\d|8[0-8]|9([0-2]|[4-9]))[- ]\d{4}\b"),
                         None),  # (compiled with the ``regex`` module below: its \d, not the stdlib's)
    "CryptoRecognizer": ((r"(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,59}",), re.compile(r"[13][^\W_]{25}").search),
}


def _gate(recognizer) -> None:
    """Make ``recognizer`` (one of ``_GATES``) answer [] at once for a text its gate finds nothing in: the
    same answer its patterns give there, about 10 µs sooner per pattern. Left alone if its patterns are not
    the ones the gate was written for, or its flags make case matter to a digit."""
    import regex

    regexes, search = _GATES[type(recognizer).__name__]
    if tuple(p.regex for p in recognizer.patterns) != regexes \
            or recognizer.global_regex_flags & ~(regex.IGNORECASE | regex.MULTILINE | regex.DOTALL):
        return
    if search is None:
        search = regex.compile(r"9\d{2}[- ]?[5-9]\d[- ]?\d{4}").search
    full = recognizer.analyze

    def analyze(text, entities, nlp_artifacts=None, regex_flags=None):
        if regex_flags is None and search(text) is None:  # (other flags: as Presidio has it)
            return []
        return full(text, entities, nlp_artifacts, regex_flags)

    recognizer.analyze = analyze


def text_recognizers(registry, language: str, supported: list[str]) -> list:
    """The registry's recognizers that need no NLP artifacts (all but the NER one), each with its name as its
    id: the same in both processes, so their results cross as they are."""
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    from scrubber.presidio_tuning import ids_by_name

    found = [r for r in registry.get_recognizers(language, supported) if not isinstance(r, SpacyRecognizer)]
    ids_by_name(found)
    return found


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


# A result crosses the pipe as the tuple of its attributes (these, in this order): pickled as plain values, at
# half the cost of pickling the object (the caller builds it anew). Any other result crosses as it is.
_RESULT_FIELDS = ("entity_type", "start", "end", "score", "analysis_explanation", "recognition_metadata")


def packed(found: list[dict[str, list]]) -> list[dict[str, list]]:
    """``found`` with each plain ``RecognizerResult`` as the tuple of its attributes (``unpacked``: back)."""
    from presidio_analyzer import RecognizerResult

    def pack(r):
        plain = type(r) is RecognizerResult and tuple(vars(r)) == _RESULT_FIELDS
        return tuple(vars(r).values()) if plain else r

    return [{name: list(map(pack, results)) for name, results in by_name.items()} for by_name in found]


def unpacked(found: list[dict[str, list]]) -> list[dict[str, list]]:
    """``found`` as it was before ``packed``."""
    from presidio_analyzer import RecognizerResult

    return [{name: [RecognizerResult(*r) if type(r) is tuple else r for r in results]
             for name, results in by_name.items()} for by_name in found]


class _Counters:
    """Two counters in memory both processes map (a memfd): ``front``, tasks the second process claimed from
    the start of a request's list, and ``back``, the first task the caller claimed from its end.

    Each is written by one process only and only moves one way within a request (``front`` up, ``back``
    down), so a stale read makes a side go on where it could have stopped: a recognizer run twice, with the
    same results, never one run by neither. Each side reads the other's counter before it claims a task and
    then runs what it claimed: a side stops only where the other has claimed, and the other runs every task
    from its end to there. The caller resets both before it sends a request (the second process writes only
    while it answers one)."""

    SIZE = 8

    def __init__(self, fd: int) -> None:
        self._map = mmap.mmap(fd, self.SIZE)
        self._front = ctypes.c_int32.from_buffer(self._map, 0)  # aligned 32-bit loads and stores
        self._back = ctypes.c_int32.from_buffer(self._map, 4)

    @property
    def front(self) -> int:
        return self._front.value

    @front.setter
    def front(self, value: int) -> None:
        self._front.value = value

    @property
    def back(self) -> int:
        return self._back.value

    @back.setter
    def back(self, value: int) -> None:
        self._back.value = value


def _shared_counters() -> tuple[int, "_Counters"] | tuple[None, None]:
    """A memfd and the counters in it; (None, None) where there is no memfd (not Linux): no stealing."""
    try:
        fd = os.memfd_create("aiwarden-pattern-tasks")
        os.ftruncate(fd, _Counters.SIZE)
        return fd, _Counters(fd)
    except (AttributeError, OSError):
        return None, None


def _by_cost(recognizers: Sequence, supported: list[str], text: str) -> list:
    """``recognizers``, the costliest on ``text`` first: the second process runs them in this order and the
    caller takes cheap ones from the end, so where the two meet neither waits long for the other's last.
    Measured in this thread's CPU time: this runs while the caller loads its model, and wall time would count
    whatever else the machine runs meanwhile (a recognizer caught in another process's time slice came out
    costly, and the order changed from one start to the next)."""
    cost = {}
    for r in recognizers:
        t0 = time.thread_time()
        for _ in range(3):
            r.analyze(text, supported, None)
        cost[r.name] = time.thread_time() - t0
    return sorted(recognizers, key=lambda r: (-cost[r.name], r.name))


def _serve(conn: Connection, counters: "_Counters | None" = None) -> None:
    """The second process: build the recognizers, then answer lists of texts until the pipe closes."""
    import gc
    import signal

    from scrubber import regex_cache, warm
    from scrubber.casing import second_look
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
    find_all(recognizers, supported, [warm_up])
    warm.compile_patterns(recognizers)  # (those whose hint the warm-up text lacks)
    warm.read_lists()
    detector.detect(warm_up)
    second_look(warm_up)
    order = _by_cost(recognizers, supported, warm_up)
    regex_cache.settle()  # start-up's patterns stored for the next start (before any request)
    # Everything built so far lives as long as this process: no collection need look at it again (a full
    # one over it took tens of milliseconds, inside some request's answer).
    gc.collect()
    gc.freeze()
    conn.send((_READY, sorted(r.name for r in recognizers), [r.name for r in order]))
    while True:
        try:
            texts = conn.recv()
        except (EOFError, OSError):
            return
        try:
            looks = [second_look(t) for t in texts]
        except Exception as exc:  # never the text: the caller redoes the work and reports its own error
            looks = ("error", type(exc).__name__)
        conn.send(("look", looks))  # at once: the caller needs it when its model is done
        try:
            langs = [detector.detect(t) for t in texts]
            found = without_explanations(_claimed(order, supported, texts, counters), explain_below)
            conn.send(("ok", (packed(found), langs)))
        except Exception as exc:
            conn.send(("error", type(exc).__name__))


def _claimed(order: Sequence, supported: list[str], texts: Sequence[str],
             counters: "_Counters | None") -> list[dict[str, list]]:
    """For each text: recognizer name → results, of the tasks (text, recognizer in ``order``) this process
    claims from the front before it meets the caller's claims from the back (see ``_Counters``)."""
    found: list[dict[str, list]] = [{} for _ in texts]
    n = len(order)
    for k in range(len(texts) * n):
        if counters is not None:
            if counters.back <= k:  # the caller has claimed this one (and runs every one after it)
                break
            counters.front = k + 1
        i, j = divmod(k, n)
        found[i][order[j].name] = order[j].analyze(texts[i], supported, None)
    return found


class PatternProcess:
    """A second process running the pattern recognizers; ``find`` returns None whenever it cannot answer."""

    def __init__(self, language: str, entities: Sequence[str], warm_up: str,
                 explain_below: float | None = None) -> None:
        """``explain_below``: only results scoring under it come back with their analysis explanation (see
        ``without_explanations``); None: all do."""
        # A fresh interpreter (not multiprocessing's spawn, which would re-run the caller's main script),
        # talking over a socket pair; it exits when this process closes its end or dies.
        mine, theirs = socket.socketpair()
        counters_fd, self._counters = _shared_counters()
        fds = [theirs.fileno()] + ([counters_fd] if counters_fd is not None else [])
        self._process = subprocess.Popen(
            [sys.executable, "-m", "scrubber.pattern_process", *map(str, fds)],
            pass_fds=fds, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        theirs.close()
        if counters_fd is not None:
            os.close(counters_fd)  # (the map stays)
        self._conn = Connection(mine.detach())
        self._conn.send((language, list(entities), warm_up, explain_below))
        self._expected: list[str] = []
        self._order: list[str] = []  # the recognizers' names in the order the second process runs them
        self._tasks = 0  # tasks (texts x recognizers) of the request sent, 0: none to steal
        self._looks_taken = True  # whether the request's first message (``looks``) was taken
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
                kind, names, order = self._conn.recv()
                if kind == _READY and names == self._expected:
                    self._order = list(order)
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
                self._tasks = len(texts) * len(self._order) if self._counters is not None else 0
                if self._counters is not None:
                    self._counters.front, self._counters.back = 0, self._tasks
                self._conn.send(list(texts))
                self._looks_taken = False
                return True
        except (EOFError, OSError):  # BrokenPipeError is an OSError
            log.warning("pattern process is gone; patterns run in-process from now on")
            self._stop()
        self._lock.release()
        return False

    def looks(self, texts: Sequence[str]) -> list | None:
        """Between ``start`` and ``collect``: ``scrubber.casing.second_look`` of each text sent, which the
        second process sends before it runs the recognizers; None when it cannot tell (then it is stopped if
        it is slow or gone, and ``collect`` returns None at once)."""
        if self._looks_taken:
            return None
        self._looks_taken = True
        kind, looks = self._take(texts)
        return looks if kind == "look" and not isinstance(looks, tuple) else None

    def _take(self, texts: Sequence[str]) -> tuple[str, object]:
        """The next message, ("failed", None) when the second process is slow (then stopped) or gone."""
        allowed = ANSWER_SECONDS + ANSWER_SECONDS_PER_CHAR * sum(map(len, texts))
        try:
            if self._conn.poll(allowed):
                return self._conn.recv()
            log.warning("pattern process did not answer in %.0f s; patterns run in-process from now on",
                        allowed)
        except (EOFError, OSError):
            log.warning("pattern process is gone; patterns run in-process from now on")
        self._stop()  # a late answer would be out of step
        return "failed", None

    def steal(self, run: Callable[[int, str], None]) -> None:
        """Between ``start`` and ``collect``: run the request's tasks from its last one back, as long as the
        second process has not claimed them, with ``run(text index, recognizer name)``; the second process
        leaves them out of its answer from where the two meet (``_Counters``). The caller must keep what
        ``run`` finds: the answer lacks it."""
        counters, order = self._counters, self._order
        if counters is None or not self._tasks:
            return
        n = len(order)
        for k in range(self._tasks - 1, -1, -1):
            if counters.front > k:  # the second process has claimed this one (and every one before it)
                return
            counters.back = k
            run(k // n, order[k % n])

    def collect(self, texts: Sequence[str]) -> tuple[list[dict[str, list]], list[str]] | None:
        """The answer to the ``start`` of ``texts``: for each text, recognizer name → results (of the
        recognizers ``steal`` did not run), and each text's language (``LanguageDetector``); None when the
        second process fails or is slow."""
        self._tasks = 0
        try:
            if not self._looks_taken and self._ready:
                self._looks_taken = True
                self._take(texts)
            if not self._ready:  # stopped while taking the looks
                return None
            kind, found = self._take(texts)
            if kind == "ok":
                return unpacked(found[0]), found[1]
            if kind == "error":
                log.warning("pattern process failed (%s); patterns run in-process", found)
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
        self._tasks = 0
        self._conn.close()
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait(5)


if __name__ == "__main__":
    _serve(Connection(int(sys.argv[1])), _Counters(int(sys.argv[2])) if len(sys.argv) > 2 else None)
