"""The fourth corpus: deterministic, labels point at their values, halves apart, all types, negatives."""

import re
from collections import Counter

import pytest

from benchmarks import corpus4
from tests.benchmarks.corpora import checked_spans, same_in_fresh_processes


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus4.generate(half) for half in corpus4.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    assert corpus4.generate("dev") == halves["dev"]
    assert corpus4.generate("dev", seed=corpus4.DEFAULT_SEED + 1) != halves["dev"]


def test_same_records_across_processes():
    # Catches value sources whose order depends on the per-process hash seed.
    same_in_fresh_processes("corpus4", "test", 250)


def test_every_span_is_its_value_and_never_a_cue_word(halves):
    cue = re.compile(r"(?i)^(mr|mrs|ms|dr|dear|password|ssn|dob|herr|frau|mme|m\.)\b")
    for records in halves.values():
        for r in records:
            for s in checked_spans(r):
                assert not cue.match(s["value"]) or s["type"] != "PERSON", r["id"]


def test_sizes_and_spans_per_record(halves):
    for half, records in halves.items():
        assert len(records) == corpus4.SIZES[half]
        assert len({r["id"] for r in records}) == len(records)
    per_record = sum(len(r["spans"]) for r in halves["test"]) / len(halves["test"])
    assert per_record >= 4.5


def test_halves_share_no_template(halves):
    texts = {half: {t[2] for t in corpus4.TEMPLATES[half]} for half in corpus4.HALVES}
    assert not texts["dev"] & texts["test"]
    for half in corpus4.HALVES:
        assert len(corpus4.TEMPLATES[half]) >= 60
        used = {r["meta"]["template"] for r in halves[half]}
        assert len(used) == len(corpus4.TEMPLATES[half])  # every template is rendered at least once
        assert {r["meta"]["half"] for r in halves[half]} == {half}
    assert not {r["text"] for r in halves["dev"]} & {r["text"] for r in halves["test"]}


def test_every_type_in_each_half(halves):
    for records in halves.values():
        counts = Counter(s["type"] for r in records for s in r["spans"])
        assert set(counts) == set(corpus4.TYPES)
        assert all(counts[t] >= 15 for t in corpus4.TYPES), counts


def test_negatives_are_about_fifteen_percent(halves):
    for records in halves.values():
        share = sum(not r["spans"] for r in records) / len(records)
        assert 0.10 <= share <= 0.20, share
        assert all(r["meta"]["style"] == "neg" for r in records if not r["spans"])


def _luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def test_cards_and_ibans_pass_their_checksums_and_names_vary_in_case(halves):
    spans = [s for records in halves.values() for r in records for s in r["spans"]]
    cards = [s["value"] for s in spans if s["type"] == "CREDIT_CARD"]
    ibans = [s["value"] for s in spans if s["type"] == "IBAN_CODE"]
    assert cards and all(_luhn_ok(c) for c in cards)
    assert ibans and all(_iban_ok(i) for i in ibans)
    assert len({i[:2] for i in ibans}) >= 5
    names = [s["value"] for s in spans if s["type"] == "PERSON"]
    assert any(n.islower() for n in names) and any(n.isupper() for n in names)
    assert any("," in n for n in names) and any(not n.isascii() for n in names)
