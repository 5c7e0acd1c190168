"""Checks the half-split corpora's tests share."""

import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest


def checked_spans(record: dict) -> list[dict]:
    """``record``'s spans in text order, after the checks every corpus shares: inside the text, each span's
    value is its text and has no surrounding space, and no two spans overlap."""
    spans = sorted(record["spans"], key=lambda s: s["start"])
    for s in spans:
        assert 0 <= s["start"] < s["end"] <= len(record["text"]), record["id"]
        assert record["text"][s["start"]:s["end"]] == s["value"], record["id"]
        assert s["value"] == s["value"].strip(), record["id"]
    assert all(a["end"] <= b["start"] for a, b in zip(spans, spans[1:], strict=False)), record["id"]
    return spans


def names_not_split(record: dict) -> None:
    """One name is one span: no two PERSON spans with only a space between them."""
    text, spans = record["text"], sorted(record["spans"], key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:], strict=False):
        assert text[a["end"]:b["start"]] != " " or {a["type"], b["type"]} != {"PERSON"}, record["id"]


def every_occurrence_labelled(record: dict, fold=lambda text: text) -> None:
    """Every whole-word occurrence of a labelled value (compared after ``fold``, e.g. to lower case, which
    must keep the text's length) lies inside some span."""
    text = record["text"]
    covered = [False] * len(text)
    for s in record["spans"]:
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
    folded = fold(text)
    for s in record["spans"]:
        for m in re.finditer(r"(?<!\w)" + re.escape(fold(s["value"])) + r"(?!\w)", folded):
            assert all(covered[m.start():m.end()]), (record["id"], s["value"])


def values_disjoint_between_halves(halves: dict[str, list[dict]], kinds: tuple[str, ...],
                                   keep=lambda value: True) -> dict[str, set[tuple[str, str]]]:
    """Assert that each of ``kinds`` is labelled in both halves and no labelled value of it (of those ``keep``
    keeps) is in both; each half's (type, value) pairs."""
    vals = {h: {(s["type"], s["value"]) for r in recs for s in r["spans"] if keep(s["value"])}
            for h, recs in halves.items()}
    for kind in kinds:
        d = {v for t, v in vals["dev"] if t == kind}
        t = {v for t, v in vals["test"] if t == kind}
        assert d and t and not d & t, (kind, d & t)
    return vals


def similar_type_mix(halves: dict[str, list[dict]], types: tuple[str, ...], least: int) -> dict[str, Counter]:
    """Assert that every half holds exactly ``types``, each at least ``least`` times, and no type more than
    2.2 times as common in one half as in the other; each half's counts."""
    counts = {h: Counter(s["type"] for r in recs for s in r["spans"]) for h, recs in halves.items()}
    for h in halves:
        assert set(counts[h]) == set(types)
        assert min(counts[h].values()) >= least, counts[h]
    for t in types:
        assert counts["dev"][t] <= 2.2 * counts["test"][t] and counts["test"][t] <= 2.2 * counts["dev"][t], t
    return counts


def same_in_fresh_processes(module: str, half: str, n: int, seeds: tuple[str, str] = ("1", "2")) -> str:
    """Assert that ``benchmarks.<module>`` writes the same ``n`` records under two hash seeds (a value source
    that depends on set or dict order differs); the records as written."""
    first, second = written_by_fresh_processes(module, half, n, seeds)
    assert first == second
    assert len(first.splitlines()) == n
    return first


def written_by_fresh_processes(module: str, half: str, n: int, hash_seeds: tuple[str, ...]) -> list[str]:
    """``python -m benchmarks.<module> --half <half> --n <n>``'s output under each ``PYTHONHASHSEED`` of
    ``hash_seeds``: two hash seeds must give the same records, or a value source depends on set or dict order.
    The processes run at the same time (each one is mostly start-up; the test waits for the slowest)."""
    cmd = [sys.executable, "-m", f"benchmarks.{module}", "--half", half, "--n", str(n)]
    return run_concurrently([(cmd, {**os.environ, "PYTHONHASHSEED": seed}) for seed in hash_seeds])


def run_concurrently(commands: list[tuple[list[str], dict[str, str]]], timeout: float = 120) -> list[str]:
    """Run every (command, environment) from the repository's root at once; their standard outputs, in order.
    A command that fails raises CalledProcessError, as ``subprocess.run(..., check=True)`` would."""
    procs = [subprocess.Popen(cmd, env=env, cwd=Path(__file__).parents[2], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for cmd, env in commands]
    outs = []
    try:
        for proc, (cmd, _env) in zip(procs, commands, strict=True):
            out, err = proc.communicate(timeout=timeout)
            if proc.returncode:
                raise subprocess.CalledProcessError(proc.returncode, cmd, out, err)
            outs.append(out)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return outs


def spans_exact_and_judged(module, halves: dict[str, list[dict]]) -> None:
    """Every record's spans pass ``checked_spans`` in text order, are of ``module.TYPES`` and on one line,
    split no name, label every occurrence of their values, and ``module.problems`` finds nothing wrong."""
    for h, recs in halves.items():
        for r in recs:
            spans = checked_spans(r)
            assert spans == r["spans"]
            assert all(s["type"] in module.TYPES and "\n" not in s["value"] for s in spans)
            names_not_split(r)
            every_occurrence_labelled(r)
            assert not module.problems(r["text"], r["spans"], h, r["meta"]["kind"] == "negative"), r["id"]


def fast_and_seeded(module, halves: dict[str, list[dict]]) -> None:
    """``seeded_like_the_others``, the test half written again in under 2 s, and the first 25 dev records
    the same when only 25 are asked for."""
    t = time.perf_counter()
    assert module.generate("test") == halves["test"]
    assert time.perf_counter() - t < 2
    seeded_like_the_others(module, halves)
    assert module.generate("dev", n=25) == halves["dev"][:25]


def seeded_like_the_others(module, halves: dict[str, list[dict]]) -> None:
    """The generate() contract the half-split corpora share: the same seed gives the same records, another
    seed others, ``n`` records when asked, and a ValueError for a half that does not exist."""
    assert module.generate("dev") == halves["dev"]
    assert module.generate("dev", seed=module.DEFAULT_SEED + 1) != halves["dev"]
    assert len(module.generate("test", n=40)) == 40
    with pytest.raises(ValueError):
        module.generate("train")
