"""The fifth corpus: labels point at their values, kinds in proportion, halves apart, deterministic."""

import re
from collections import Counter

import pytest

from benchmarks import corpus5
from tests.benchmarks.corpora import checked_spans, same_in_fresh_processes, seeded_like_the_others


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus5.generate(half) for half in corpus5.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus5, halves)


def test_same_records_across_processes():
    # Catches value sources whose order depends on the per-process hash seed.
    same_in_fresh_processes("corpus5", "test", 120)


def test_every_span_is_its_value_inside_the_text_and_spans_do_not_overlap(halves):
    for records in halves.values():
        for r in records:
            for s in checked_spans(r):
                assert s["type"] in corpus5.TYPES, r["id"]


def test_spans_hold_values_not_cue_words(halves):
    cue = re.compile(r"(?i)^(mr|mrs|ms|dr|frau|herr|sig|password|passwort|pin|token|key|dob|born|ssn)\b[.:]?")
    for records in halves.values():
        for r in records:
            for s in r["spans"]:
                assert not cue.match(s["value"]) or s["type"] == "SECRET" and len(s["value"]) > 8, r["id"]
                before = r["text"][max(0, s["start"] - 1):s["start"]]
                assert not before.isalnum() or s["type"] == "SECRET", r["id"]  # a value starts at a boundary


def test_kinds_in_proportion_and_their_labels(halves):
    for half, records in halves.items():
        assert len(records) == corpus5.SIZES[half]
        assert len({r["id"] for r in records}) == len(records)
        kinds = Counter(r["meta"]["kind"] for r in records)
        for kind, share in corpus5.SHARES:
            assert abs(kinds[kind] / len(records) - share) <= 0.05, (half, kinds)
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["template"].startswith(f"c5-{half}-")
            types = {s["type"] for s in r["spans"]}
            if meta["kind"] == "negative":
                assert not r["spans"] and meta["neg_class"] in corpus5.NEG_CLASSES, r["id"]
            elif meta["kind"] == "secrets":
                assert types == {"SECRET"} and meta["scope"] == ["SECRET"], r["id"]
                assert "neg_class" not in meta
            else:
                assert "SECRET" in types and len(types) >= 2 and "scope" not in meta, r["id"]


def test_negative_classes_even_and_some_not_in_english(halves):
    for records in halves.values():
        negs = [r for r in records if r["meta"]["kind"] == "negative"]
        per_class = Counter(r["meta"]["neg_class"] for r in negs)
        assert set(per_class) == set(corpus5.NEG_CLASSES)
        assert max(per_class.values()) - min(per_class.values()) <= 1, per_class
        foreign = sum(r["meta"]["lang"] != "en" for r in negs) / len(negs)
        assert 0.10 <= foreign <= 0.20, foreign


def test_halves_share_no_template_and_no_pool_word(halves):
    ids = {h: {t["id"] for t in corpus5.TEMPLATES[h]} for h in corpus5.HALVES}
    texts = {h: {t["text"] for t in corpus5.TEMPLATES[h]} for h in corpus5.HALVES}
    assert not ids["dev"] & ids["test"] and not texts["dev"] & texts["test"]
    for half, records in halves.items():
        assert {r["meta"]["template"] for r in records} == ids[half]  # every template is rendered
        for cls in corpus5.NEG_CLASSES:
            assert sum(t["neg_class"] == cls for t in corpus5.TEMPLATES[half]) >= 10
    for name, pool in corpus5.POOLS.items():
        assert len(set(pool)) == len(pool) >= 4, name  # halves take alternate entries: no value in both
    assert not set(corpus5.LOCALES["dev"]) & set(corpus5.LOCALES["test"])
    assert not {r["text"] for r in halves["dev"]} & {r["text"] for r in halves["test"]}


def test_secrets_are_varied_and_include_documented_examples(halves):
    for records in halves.values():
        values = [s["value"] for r in records for s in r["spans"] if s["type"] == "SECRET"]
        assert len(values) >= 150 and len(set(values)) >= 0.8 * len(values)
        assert any("\n" in v and v.startswith("-----BEGIN") for v in values)
        assert any(v.count(".") == 2 and v.startswith("eyJ") for v in values)  # a JWT
    every = [s["value"] for rs in halves.values() for r in rs for s in r["spans"]]
    assert "AKIAIOSFODNN7EXAMPLE" in every or "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" in every


def test_cli_prints_the_requested_records(capsys):
    assert corpus5.main(["--half", "dev", "--n", "5"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 5
