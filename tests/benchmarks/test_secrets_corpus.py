"""The secrets corpus: deterministic, labels point at their values, halves apart, negatives."""

import pytest

from benchmarks import secrets_corpus
from tests.benchmarks.corpora import checked_spans, same_in_fresh_processes


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: secrets_corpus.generate(half) for half in secrets_corpus.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    assert secrets_corpus.generate("test") == halves["test"]
    assert secrets_corpus.generate("dev", seed=secrets_corpus.DEFAULT_SEED + 1) != halves["dev"]


def test_same_records_across_processes():
    same_in_fresh_processes("secrets_corpus", "dev", 60)


def test_every_span_is_a_secret_value_without_its_cue(halves):
    for records in halves.values():
        for r in records:
            for s in checked_spans(r):
                assert s["type"] == "SECRET" and len(s["value"]) >= 6, r["id"]
                assert not s["value"].lower().startswith(("password", "token", "bearer ")), r["id"]
            assert r["meta"]["scope"] == ["SECRET"]


def test_halves_share_no_template_and_no_text(halves):
    bodies = {half: {t[1] for t in secrets_corpus.TEMPLATES[half]} for half in secrets_corpus.HALVES}
    assert not bodies["dev"] & bodies["test"]
    for half, records in halves.items():
        assert len(records) == secrets_corpus.SIZES[half]
        assert {r["meta"]["template"] for r in records} == {f"{half}-{k}" for k in range(len(bodies[half]))}
    assert not {r["text"] for r in halves["dev"]} & {r["text"] for r in halves["test"]}
    values = {half: {s["value"] for r in records for s in r["spans"]} for half, records in halves.items()}
    assert not values["dev"] & values["test"]


def test_negatives_about_fifteen_percent_and_values_vary(halves):
    for records in halves.values():
        share = sum(not r["spans"] for r in records) / len(records)
        assert 0.10 <= share <= 0.20, share
        assert all(r["meta"]["style"] == "neg" for r in records if not r["spans"])
        by_template: dict[str, set] = {}
        for r in records:
            by_template.setdefault(r["meta"]["template"], set()).add(r["text"])
        assert all(len(texts) > 1 for t, texts in by_template.items()
                   if sum(r["meta"]["template"] == t for r in records) > 1
                   and any(r["spans"] for r in records if r["meta"]["template"] == t))
