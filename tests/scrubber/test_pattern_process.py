"""The pattern recognizers' second process (scrubber/pattern_process.py): same results as in-process, and
never a gate — when it dies, is slow or is gone, the scrubber still finds everything itself."""

import logging
import os
import subprocess
import sys
import textwrap
import time

import pytest

from benchmarks import corpus
from scrubber import pattern_process
from scrubber.engine import Scrubber

TEXT = ("Call Jane Doe at 415-555-0100 or jane.doe@example.com; SSN 123-45-6789, "
        "key ghp_Q8bvUBezSFdh1hoNP08hT5isT6CjlNlAZkeN, card 4111 1111 1111 1111.")


def found(results: dict) -> set:
    return {(r.entity_type, r.start, r.end, round(r.score, 4), rid)
            for rid, rs in results.items() for r in rs}


def test_the_second_process_finds_what_the_recognizers_find_here(scrubber: Scrubber) -> None:
    assert scrubber.pattern_process_alive, "a machine with 2+ cores starts the pattern process by default"
    texts = [TEXT] + corpus.prompts(40, 1000, 5) + [r["text"] for r in corpus.generate(60)]
    remote = scrubber._pattern_results(texts)
    for text, theirs in zip(texts, remote, strict=True):
        here = {r.id: r.find(text, scrubber.supported, None) for r in scrubber._text_recognizers}
        assert found(theirs) == found(here)
    assert any(found(r) for r in remote)  # the comparison compared something


@pytest.fixture
def own_scrubber():
    s = Scrubber(pattern_process=True)
    yield s
    s.close()


def test_a_dead_second_process_changes_nothing_but_speed(own_scrubber: Scrubber, caplog) -> None:
    before = own_scrubber.scrub([TEXT]).texts[0]
    assert own_scrubber.pattern_process_alive
    own_scrubber._pattern_process._process.kill()
    own_scrubber._pattern_process._process.wait(5)
    own_scrubber._cache.clear()
    with caplog.at_level(logging.WARNING, logger="scrubber.pattern_process"):
        after = own_scrubber.scrub([TEXT]).texts[0]
    assert after == before
    for value in ("415-555-0100", "jane.doe@example.com", "123-45-6789", "ghp_Q8bv", "4111 1111"):
        assert value not in after
    assert not own_scrubber.pattern_process_alive
    assert "Jane" not in caplog.text and "ghp_" not in caplog.text  # the warning names no value


def test_a_slow_second_process_is_dropped_and_the_request_done_here(own_scrubber: Scrubber,
                                                                    monkeypatch) -> None:
    process = own_scrubber._pattern_process._process
    monkeypatch.setattr(pattern_process, "ANSWER_SECONDS", 0.2)
    monkeypatch.setattr(pattern_process, "ANSWER_SECONDS_PER_CHAR", 0)
    os.kill(process.pid, 19)  # SIGSTOP: alive, silent
    try:
        own_scrubber._cache.clear()
        t0 = time.monotonic()
        out = own_scrubber.scrub([TEXT + " once more"]).texts[0]
        assert time.monotonic() - t0 < 5
        assert "123-45-6789" not in out and "jane.doe@example.com" not in out
        assert not own_scrubber.pattern_process_alive
        assert process.poll() is not None  # stopped for good, not left behind
    finally:
        if process.poll() is None:
            os.kill(process.pid, 18)


def test_the_second_process_ends_with_its_parent(tmp_path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent("""
        import os, sys
        from scrubber.pattern_process import PatternProcess
        p = PatternProcess("en", ["US_SSN"], "warm up")
        assert p._conn.poll(60)  # its "ready" is waiting: it is in its loop
        print(p._process.pid, flush=True)
        os._exit(0)  # no clean-up: as if killed
    """))  # no `if __name__ == "__main__"` guard on purpose: the child must not re-run this script
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60,
                         cwd=os.getcwd(), env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert out.returncode == 0, out.stderr[-500:]
    pid = int(out.stdout.split()[0])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        if _zombie(pid):
            return
        time.sleep(0.1)
    pytest.fail("the pattern process outlived its parent")


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] == "Z"
    except OSError:
        return True


def test_setting_off_means_no_second_process() -> None:
    from aiwarden.settings import Settings
    from scrubber.engine import ModelSettings

    settings = ModelSettings.of(Settings(pattern_process=False))
    assert settings.pattern_process is False
    assert ModelSettings.of(Settings()).pattern_process is None


def test_the_caller_runs_what_the_second_process_has_not_claimed_and_nothing_is_left_out(
        scrubber: Scrubber) -> None:
    """(On the session's scrubber: it leaves the second process running, as it found it.)"""
    own_scrubber = scrubber
    process = own_scrubber._pattern_process
    texts = [TEXT] + corpus.prompts(3, 1000, 8)
    names = {r.name for r in own_scrubber._text_recognizers}
    assert sorted(process._order) == sorted(names)
    for pause in (True, False):  # stopped at once: the caller runs (nearly) all; running: they share
        assert process.start(texts)
        if pause:
            os.kill(process._process.pid, 19)  # SIGSTOP
        stolen: list[set] = [set() for _ in texts]
        here = [{r.id: r.find(t, own_scrubber.supported, None) for r in own_scrubber._text_recognizers}
                for t in texts]
        mine: list[dict] = [{} for _ in texts]

        def run(i: int, name: str) -> None:
            stolen[i].add(name)
            recognizer = own_scrubber._by_name[name]
            mine[i][recognizer.id] = recognizer.find(texts[i], own_scrubber.supported, None)

        try:
            process.steal(run)
        finally:
            if pause:
                os.kill(process._process.pid, 18)  # SIGCONT
        answer = process.collect(texts)
        assert answer is not None
        theirs = answer[0]  # (keyed by name, which is each recognizer's id in both processes)
        for i in range(len(texts)):
            assert set(answer[0][i]) | stolen[i] == names  # every recognizer ran on every text
            # (Presidio groups results by the id they carry: the second process's are this one's)
            assert all(r.recognition_metadata["recognizer_identifier"] == own_scrubber._by_name[rid].id
                       for rid, rs in theirs[i].items() for r in rs)
            assert found({**theirs[i], **mine[i]}) == found(here[i])
        if pause:
            assert sum(map(len, stolen)) > len(names)  # the caller took most of the work
    assert own_scrubber.pattern_process_alive


def test_the_second_process_stops_where_the_caller_has_claimed() -> None:
    class Counters:
        front, back = 0, 5

    class Recognizer:
        def __init__(self, name: str) -> None:
            self.name = name

        def analyze(self, text, entities, artifacts):
            return [text, self.name]

    order = [Recognizer("a"), Recognizer("b"), Recognizer("c")]
    counters = Counters()
    found = pattern_process._claimed(order, [], ["t0", "t1"], counters)
    assert found == [{"a": ["t0", "a"], "b": ["t0", "b"], "c": ["t0", "c"]},
                     {"a": ["t1", "a"], "b": ["t1", "b"]}]  # task 5 (t1, c) is the caller's
    assert counters.front == 5
    counters.front, counters.back = 0, 6
    assert len(pattern_process._claimed(order, [], ["t0", "t1"], counters)[1]) == 3
    assert len(pattern_process._claimed(order, [], ["t0", "t1"], None)[1]) == 3  # no memfd: all


def test_the_look_at_casing_comes_from_the_second_process_and_equals_this_ones(scrubber: Scrubber) -> None:
    own_scrubber = scrubber
    from scrubber.casing import second_look

    process = own_scrubber._pattern_process
    texts = ["write to maria gonzalez about the invoice for anna schmidt", "CALL JOHN O'NEILL TOMORROW", TEXT]
    assert process.start(texts)
    looks = process.looks(texts)
    assert process.collect(texts) is not None
    assert looks == [second_look(t) for t in texts]
    assert looks[0] is not None and looks[2] is None
    assert process.start(texts)  # the looks left untaken: collect takes them first, the stream stays in step
    assert process.collect(texts) is not None
    assert own_scrubber.pattern_process_alive
