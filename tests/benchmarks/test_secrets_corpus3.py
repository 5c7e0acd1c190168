"""The third secrets corpus: well-formed spans, clean negatives, disjoint halves, deterministic output."""

import json

import pytest

from benchmarks import secrets_corpus3 as sc3
from tests.benchmarks.corpora import checked_spans, same_in_fresh_processes

HALVES = ("dev", "test")


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[dict]]:
    return {h: sc3.generate(h) for h in HALVES}


@pytest.mark.parametrize("half", HALVES)
def test_size_and_negative_share(corpus, half):
    recs = corpus[half]
    assert len(recs) == 250
    neg = [r for r in recs if r["meta"]["form"] == "negative"]
    assert 0.10 <= len(neg) / len(recs) <= 0.14
    assert len({r["id"] for r in recs}) == len(recs)


@pytest.mark.parametrize("half", HALVES)
def test_every_template_used_and_enough_of_them(corpus, half):
    positive = {name for name, form, _ in sc3.TEMPLATES[half] if form != "negative"}
    assert len(positive) >= 80
    used = {r["meta"]["template"] for r in corpus[half]}
    assert used == {name for name, _, _ in sc3.TEMPLATES[half]}


@pytest.mark.parametrize("half", HALVES)
def test_spans_in_range_match_and_do_not_overlap(corpus, half):
    for r in corpus[half]:
        assert set(r) == {"id", "text", "spans", "meta"}
        assert r["meta"]["half"] == half and r["meta"]["scope"] == ["SECRET"]
        for s in checked_spans(r):
            assert s["type"] == "SECRET" and s["value"][0] not in "\"'`", r["id"]
        assert "\x00" not in r["text"] and "\x01" not in r["text"]


@pytest.mark.parametrize("half", HALVES)
def test_negatives_have_no_spans_and_positives_have_some(corpus, half):
    for r in corpus[half]:
        if r["meta"]["form"] == "negative":
            assert r["spans"] == [], r["id"]
        else:
            assert r["spans"], r["id"]


def test_halves_share_no_template_and_no_secret(corpus):
    names = {h: {name for name, _, _ in sc3.TEMPLATES[h]} for h in HALVES}
    assert not names["dev"] & names["test"]
    values = {h: {s["value"] for r in corpus[h] for s in r["spans"]} for h in HALVES}
    assert not values["dev"] & values["test"]
    texts = {h: {r["text"] for r in corpus[h]} for h in HALVES}
    assert not texts["dev"] & texts["test"]


def test_word_pools_split_between_halves():
    for pool in (sc3.WORDS, sc3.FAMOUS, sc3.PHRASES, sc3.SEASONS, sc3.USERS, sc3.HOSTS):
        dev = set(sc3.Ctx(None, "dev").pool(pool))
        test = set(sc3.Ctx(None, "test").pool(pool))
        assert dev and test and not dev & test


def test_same_seed_same_records_other_seed_other_records():
    assert sc3.generate("dev", 40) == sc3.generate("dev", 40)
    assert sc3.generate("test", 40, seed=5) != sc3.generate("test", 40)
    with pytest.raises(ValueError):
        sc3.generate("train")


def test_fresh_processes_with_other_hash_seeds_agree():
    written = same_in_fresh_processes("secrets_corpus3", "test", 60, ("1", "4242"))
    assert [json.loads(line) for line in written.splitlines()] == sc3.generate("test", 60)
