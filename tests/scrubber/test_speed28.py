"""Session 28 (speed28): the second process orders its recognizers by their CPU time on the warm-up text, not
by wall time, so a recognizer that happens to be descheduled (another process's time slice, the caller
loading its model) is not taken for a costly one; the order decides which process runs what, never the
results."""

import time

from scrubber.pattern_process import _by_cost


class _Waits:
    """Costs wall time and almost no CPU time (as a recognizer does when the machine runs something else)."""

    name = "Waits"

    def analyze(self, text, entities, nlp_artifacts=None):
        time.sleep(0.1)
        return []


class _Works:
    """Costs CPU time."""

    name = "Works"

    def analyze(self, text, entities, nlp_artifacts=None):
        deadline = time.thread_time() + 0.002
        while time.thread_time() < deadline:
            pass
        return []


class _Free:
    name = "Free"

    def analyze(self, text, entities, nlp_artifacts=None):
        return []


def test_the_recognizer_that_uses_the_cpu_comes_first_not_the_one_that_waits():
    order = _by_cost([_Waits(), _Free(), _Works()], [], "any text")
    assert [r.name for r in order][0] == "Works"


def test_the_order_holds_every_recognizer_once():
    recognizers = [_Waits(), _Works(), _Free()]
    order = _by_cost(recognizers, [], "any text")
    assert sorted(r.name for r in order) == ["Free", "Waits", "Works"]
