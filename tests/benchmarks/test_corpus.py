"""The synthetic corpus is deterministic for a seed and its labels point at their values."""

import os
import sys

import pytest

from benchmarks import corpus
from tests.benchmarks.corpora import run_concurrently


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return corpus.generate(200, seed=11)


def test_same_seed_same_records_other_seed_other_records(records):
    assert corpus.generate(200, seed=11) == records
    assert corpus.generate(200, seed=12) != records


def test_same_seed_same_records_across_processes():
    # Catches value sources whose order depends on the per-process hash seed (some Faker locales use sets).
    cmd = [sys.executable, "-m", "benchmarks.corpus", "--n", "400", "--seed", "11"]
    envs = [{**os.environ, "PYTHONHASHSEED": seed} for seed in ("1", "2")]
    first, second = run_concurrently([(cmd, env) for env in envs], timeout=60)
    assert first == second != ""


def test_every_span_matches_its_value_and_spans_do_not_overlap(records):
    for r in records:
        last_end = 0
        for s in r["spans"]:
            assert s["type"] in corpus.TYPES
            assert r["text"][s["start"] : s["end"]] == s["value"], r["id"]
            assert last_end <= s["start"] < s["end"], r["id"]
            last_end = s["end"]


def test_all_templates_and_types_are_represented(records):
    templates = {r["meta"]["template"] for r in records}
    assert templates == {f"pos/{i}" for i in range(len(corpus.POSITIVE_TEMPLATES))} | {
        f"neg/{i}" for i in range(len(corpus.NEGATIVE_TEMPLATES))
    }
    assert {s["type"] for r in records for s in r["spans"]} == set(corpus.TYPES)
    negatives = [r for r in records if r["meta"]["template"].startswith("neg/")]
    assert negatives and all(r["spans"] == [] for r in negatives)
    assert all(r["spans"] for r in records if r["meta"]["template"].startswith("pos/"))


def test_a_repeated_key_repeats_the_person():
    text, spans = corpus.render("Dear ⟨name#a⟩, ⟨first#a⟩ here", corpus.Gen(3))
    full, first = spans[0]["value"], spans[1]["value"]
    assert full.split()[0] == first and text == f"Dear {full}, {first} here"


def test_unknown_generator_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown generator 'nope'"):
        corpus.render("hi ⟨nope⟩", corpus.Gen(1))


def test_prompts_are_distinct_and_exactly_the_length_asked():
    texts = corpus.prompts(6, 1000, seed=5)
    assert texts == corpus.prompts(6, 1000, seed=5)
    assert len(set(texts)) == 6 and {len(t) for t in texts} == {1000}


def test_conversation_requests_resend_the_history():
    conv = corpus.conversation(20, seed=2)
    assert conv.request(1) == [corpus.SYSTEM_PROMPT, conv.users[0]]
    last = conv.request(20)
    assert len(last) == 40 and last[-1] == conv.users[19] and last[-2] == conv.assistants[18]
    twin = corpus.conversation(20, seed=2, value_seed=99)
    assert twin.users[-1] != conv.users[-1]
    with pytest.raises(ValueError, match="between 1 and 20"):
        conv.request(21)
