"""The sixth corpus (names in hard contexts, and negatives): labels point at their values, kinds in
proportion, halves apart, deterministic."""

import re
from collections import Counter

import pytest

from benchmarks import corpus6
from tests.benchmarks.corpora import checked_spans, same_in_fresh_processes, seeded_like_the_others


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus6.generate(half) for half in corpus6.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus6, halves)
    assert corpus6.generate("test", n=40) != halves["test"][:40]  # n is honoured


def test_same_records_across_processes():
    # Catches value sources whose order depends on the per-process hash seed.
    same_in_fresh_processes("corpus6", "dev", 150, ("1", "3"))


def test_every_span_is_its_value_inside_the_text_and_spans_do_not_overlap(halves):
    for records in halves.values():
        for r in records:
            for s in checked_spans(r):
                assert set(s) == {"start", "end", "type", "value"}, r["id"]
                assert s["type"] in corpus6.TYPES, r["id"]


def test_spans_hold_values_not_titles_or_cues(halves):
    cue = re.compile(r"^(Mr|Mrs|Ms|Dr|Prof|Maître|Mme|Frau|Herr|Sr|Sra|[Nn]ame|DOB|[Bb]orn|née|nacida)"
                     r"\b[.:]?\s")
    for records in halves.values():
        for r in records:
            for s in r["spans"]:
                assert not cue.match(s["value"]), r["id"]
                before = r["text"][max(0, s["start"] - 1):s["start"]]
                after = r["text"][s["end"]:s["end"] + 1]
                assert not (before.isascii() and before.isalnum()), r["id"]  # values start and end at
                assert not (after.isascii() and after.isalnum()), r["id"]  # word boundaries (scripts aside)


def test_kinds_in_proportion_and_their_meta(halves):
    for half, records in halves.items():
        assert len(records) == corpus6.SIZES[half]
        assert len({r["id"] for r in records}) == len(records)
        kinds = Counter(r["meta"]["kind"] for r in records)
        for kind, share in corpus6.SHARES:
            assert abs(kinds[kind] / len(records) - share) <= 0.05, (half, kinds)
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["template"].startswith(f"c6-{half}-")
            assert meta["lang"]
            if meta["kind"] == "negative":
                assert not r["spans"] and meta["neg_class"] in corpus6.NEG_CLASSES, r["id"]
            else:
                assert meta["kind"] == "names" and "neg_class" not in meta, r["id"]
                assert any(s["type"] == "PERSON" for s in r["spans"]), r["id"]


def test_negatives_cover_every_class_and_some_are_not_english(halves):
    for records in halves.values():
        negs = [r for r in records if r["meta"]["kind"] == "negative"]
        per_class = Counter(r["meta"]["neg_class"] for r in negs)
        assert set(per_class) == set(corpus6.NEG_CLASSES)
        assert max(per_class.values()) - min(per_class.values()) <= 1, per_class
        foreign = Counter(r["meta"]["lang"] for r in negs if r["meta"]["lang"] != "en")
        assert set(foreign) <= {"fr", "de", "es"}
        assert 0.10 <= sum(foreign.values()) / len(negs) <= 0.20, foreign


def test_halves_share_no_template_and_no_person_name(halves):
    templates = {h: {r["meta"]["template"].split("-", 2)[2] for r in rs} for h, rs in halves.items()}
    assert not templates["dev"] & templates["test"]
    names = {h: {s["value"] for r in rs for s in r["spans"] if s["type"] == "PERSON"}
             for h, rs in halves.items()}
    assert not names["dev"] & names["test"]


def test_names_are_written_in_many_ways(halves):
    for records in halves.values():
        persons = [s["value"] for r in records for s in r["spans"] if s["type"] == "PERSON"]
        assert any(v.islower() for v in persons)
        assert any(v.isupper() and len(v) > 3 for v in persons)
        assert any(", " in v for v in persons)  # Last, First
        assert any(re.search(r"\b[A-Z]\.", v) for v in persons)  # initials
        assert any("-" in v for v in persons)
        assert any(not v.isascii() for v in persons)
        assert any(not re.search(r"[A-Za-z]", v) for v in persons)  # non-Latin script
        assert len({r["meta"]["template"] for r in records if r["meta"]["kind"] == "names"}) >= 15
