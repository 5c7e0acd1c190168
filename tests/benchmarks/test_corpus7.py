"""The seventh corpus (whole workplace prompts, and negatives): labels point at their values and are complete,
kinds and languages in proportion, halves apart, deterministic, the command line works."""

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import corpus7
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    names_not_split,
    same_in_fresh_processes,
    seeded_like_the_others,
)


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus7.generate(half) for half in corpus7.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus7, halves)


def test_same_records_across_processes():
    # Catches value sources whose order depends on the per-process hash seed.
    same_in_fresh_processes("corpus7", "test", 120, ("1", "5"))


def test_every_span_is_its_value_inside_the_text_and_spans_do_not_overlap(halves):
    for records in halves.values():
        for r in records:
            assert not re.search(r"\{[A-Za-z]+\d*[a-z]?(\.\w+)?\}", r["text"]), r["id"]  # no slot left
            for s in checked_spans(r):
                assert set(s) == {"start", "end", "type", "value"}, r["id"]
                assert s["type"] in corpus7.TYPES, r["id"]


def test_spans_are_values_at_word_boundaries_and_every_occurrence_is_labelled(halves):
    cue = re.compile(r"^(Mr|Mrs|Ms|Dr|Herr|Frau|Mme|Sr|Sra|Sig|[Nn]ame|DOB|[Bb]orn|née|Tel|E-?mail)\b[.:]?\s")
    for records in halves.values():
        for r in records:
            text = r["text"]
            for s in r["spans"]:
                assert not cue.match(s["value"]), r["id"]
                assert s["value"][-1] not in ".,;:", r["id"]
                before, after = text[max(0, s["start"] - 1):s["start"]], text[s["end"]:s["end"] + 1]
                assert not (before.isascii() and before.isalnum()), r["id"]
                assert not (after.isascii() and after.isalnum()), r["id"]
            names_not_split(r)
            every_occurrence_labelled(r)


def test_kinds_in_proportion_and_their_meta(halves):
    for half, records in halves.items():
        assert len(records) == corpus7.SIZES[half]
        assert len({r["id"] for r in records}) == len(records)
        kinds = Counter(r["meta"]["kind"] for r in records)
        for kind, share in corpus7.SHARES:
            assert abs(kinds[kind] / len(records) - share) <= 0.05, (half, kinds)
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["template"].startswith(f"c7-{half}-")
            assert meta["lang"] in corpus7.LANGS and meta["genre"]
            if meta["kind"] == "negative":
                assert not r["spans"] and meta["neg_class"] in corpus7.NEG_CLASSES, r["id"]
            else:
                assert meta["kind"] == "positive" and "neg_class" not in meta and r["spans"], r["id"]
        positives = [r for r in records if r["meta"]["kind"] == "positive"]
        assert 4 <= sum(len(r["spans"]) for r in positives) / len(positives) <= 14
        assert set(corpus7.TYPES) == {s["type"] for r in positives for s in r["spans"]}, half


def test_languages_and_templates(halves):
    for records in halves.values():
        langs = Counter(r["meta"]["lang"] for r in records)
        assert set(langs) == set(corpus7.LANGS)
        assert 0.30 <= langs["en"] / len(records) <= 0.50, langs
        assert len({r["meta"]["template"] for r in records}) >= 100
        assert len({r["meta"]["genre"] for r in records}) >= 20


def test_negatives_cover_every_class_evenly_with_ten_templates_each(halves):
    for records in halves.values():
        negs = [r for r in records if r["meta"]["kind"] == "negative"]
        per_class = Counter(r["meta"]["neg_class"] for r in negs)
        assert set(per_class) == set(corpus7.NEG_CLASSES)
        assert max(per_class.values()) - min(per_class.values()) <= 1, per_class
        for c in corpus7.NEG_CLASSES:
            assert len({r["meta"]["template"] for r in negs if r["meta"]["neg_class"] == c}) >= 10, c


def test_halves_share_no_template_and_no_person_name(halves):
    templates = {h: {r["meta"]["template"].split("-", 2)[2] for r in rs} for h, rs in halves.items()}
    assert not templates["dev"] & templates["test"]
    texts = {h: {r["text"] for r in rs} for h, rs in halves.items()}
    assert not texts["dev"] & texts["test"]
    names = {h: {s["value"] for r in rs for s in r["spans"] if s["type"] == "PERSON"}
             for h, rs in halves.items()}
    assert not names["dev"] & names["test"]


def test_names_are_written_in_many_ways(halves):
    for records in halves.values():
        persons = [s["value"] for r in records for s in r["spans"] if s["type"] == "PERSON"]
        assert any(v.islower() for v in persons)
        assert any(v.isupper() and len(v) > 3 for v in persons)
        assert any(", " in v for v in persons)  # Last, First
        assert any(re.search(r"\b[A-Z]\. ", v) for v in persons)  # initial and surname
        assert any(" " not in v for v in persons)  # one name alone
        assert any(not v.isascii() for v in persons)
        assert any(not re.search(r"[A-Za-z]", v) for v in persons)  # non-Latin script


def test_the_command_line_writes_jsonl():
    done = subprocess.run([sys.executable, "-m", "benchmarks.corpus7", "--half", "dev", "--n", "6"],
                          cwd=Path(__file__).parents[2], capture_output=True, text=True, check=True,
                          timeout=60)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 6 and all(r["id"].startswith("c7-dev-") for r in rows)
