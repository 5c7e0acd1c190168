"""The tenth corpus (a fresh stand-in for issue 19's held-out set): deterministic, halves apart, every span
is its value and every occurrence of a labelled value is labelled, values valid, negatives clean and
classed, languages and kinds in proportion, the command line writes JSONL."""

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import corpus10
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    names_not_split,
    same_in_fresh_processes,
    seeded_like_the_others,
)


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus10.generate(half) for half in corpus10.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus10, halves)
    assert corpus10.generate("test", n=30) == corpus10.generate("test", n=30)


def test_same_records_across_processes():
    same_in_fresh_processes("corpus10", "dev", 60, ("5", "77"))


def test_spans_are_values_inside_the_text_whole_and_apart(halves):
    cue = re.compile(r"^(Mr|Mrs|Ms|Dr|Herr|Frau|Mme|Name|DOB|Tel|E-?mail|IBAN|SSN)\b[.:]?\s", re.I)
    for records in halves.values():
        for r in records:
            assert not corpus10.SLOT.search(r["text"]) and "[[" not in r["text"], r["id"]
            for s in checked_spans(r):
                assert set(s) == {"type", "start", "end", "value"} and s["type"] in corpus10.TYPES, r["id"]
                assert not cue.match(s["value"]), r["id"]
                before, after = r["text"][s["start"] - 1:s["start"]], r["text"][s["end"]:s["end"] + 1]
                assert not before.isalnum() and not after.isalnum(), (r["id"], s["value"])


def test_every_occurrence_of_a_labelled_value_is_labelled(halves):
    for records in halves.values():
        for r in records:
            names_not_split(r)
            every_occurrence_labelled(r, str.lower)


def test_well_labelled_rejects_an_unlabelled_repeat_and_split_names():
    text = "Rose wrote: sales rose 4%"
    assert not corpus10.well_labelled(text, [{"type": "PERSON", "start": 0, "end": 4, "value": "Rose"}])
    text = "Ann Lee"
    spans = [{"type": "PERSON", "start": 0, "end": 3, "value": "Ann"},
             {"type": "PERSON", "start": 4, "end": 7, "value": "Lee"}]
    assert not corpus10.well_labelled(text, spans)
    assert corpus10.well_labelled(text, [{"type": "PERSON", "start": 0, "end": 7, "value": "Ann Lee"}])


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_numbers_are_valid(halves):
    for records in halves.values():
        for r in records:
            for s in r["spans"]:
                v, t = s["value"], s["type"]
                if t == "CREDIT_CARD":
                    digits = re.sub(r"[ -]", "", v)
                    assert digits.isdigit() and len(digits) in (15, 16) and _luhn(digits), r["id"]
                elif t == "IBAN_CODE":
                    raw = v.replace(" ", "")
                    assert len(raw) == 4 + len(corpus10.IBAN_SPECS[raw[:2]]), r["id"]
                    assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1, r["id"]
                elif t == "US_SSN":
                    digits = re.sub(r"[ -]", "", v)
                    assert len(digits) == 9 and digits[:3] not in ("000", "666") and digits[0] != "9", r["id"]
                    assert digits[3:5] != "00" and digits[5:] != "0000", r["id"]
                elif t == "EMAIL_ADDRESS":
                    assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v), r["id"]
                elif t == "IP_ADDRESS" and ":" not in v:
                    assert all(0 <= int(x) <= 255 for x in v.split(".")), r["id"]
                elif t == "PHONE_NUMBER":
                    assert 9 <= len(re.sub(r"\D", "", v)) <= 14, r["id"]


def test_kinds_languages_classes_and_types_in_proportion(halves):
    for half, records in halves.items():
        assert len(records) == corpus10.SIZES[half] and len({r["id"] for r in records}) == len(records)
        assert Counter(r["meta"]["kind"] for r in records)["negative"] == len(records) // 4
        langs = Counter(r["meta"]["lang"] for r in records)
        assert set(langs) == set(corpus10.LANGS) and 0.62 <= langs["en"] / len(records) <= 0.68, langs
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["template"].startswith(f"c10-{half}-") and meta["genre"]
            if meta["kind"] == "negative":
                assert not r["spans"] and meta["neg_class"] in corpus10.NEG_CLASSES, r["id"]
            else:
                assert r["spans"] and "neg_class" not in meta, r["id"]
        assert {r["meta"]["neg_class"] for r in records if r["meta"]["kind"] == "negative"} == set(
            corpus10.NEG_CLASSES)
        assert {r["meta"]["template"] for r in records} == {t.name for t in corpus10.TEMPLATES[half]}
        types = Counter(s["type"] for r in records for s in r["spans"])
        assert set(types) == set(corpus10.TYPES) and 0.04 <= types["SECRET"] / sum(types.values()) <= 0.08
        assert len({r["meta"]["genre"] for r in records}) >= 25


def test_halves_share_no_template_and_no_name(halves):
    names = {h: {t.name for t in corpus10.TEMPLATES[h]} for h in corpus10.HALVES}
    texts = {h: {t.text for t in corpus10.TEMPLATES[h]} for h in corpus10.HALVES}
    assert not names["dev"] & names["test"] and not texts["dev"] & texts["test"]
    pools = {h: corpus10._people(h) for h in corpus10.HALVES}
    for culture in corpus10.CULTURES:
        for key in pools["dev"][culture]:
            dev, test = set(pools["dev"][culture][key]), set(pools["test"][culture][key])
            assert dev and test and not dev & test, (culture, key)
    persons = {h: {s["value"].lower() for r in rs for s in r["spans"] if s["type"] == "PERSON"}
               for h, rs in halves.items()}
    assert not persons["dev"] & persons["test"]
    towns = {h: {s["value"] for r in rs for s in r["spans"] if s["type"] == "LOCATION"}
             for h, rs in halves.items()}
    assert not towns["dev"] & towns["test"]
    for h in corpus10.HALVES:  # a business city is never where somebody lives
        assert not towns[h] & set(corpus10.BUSINESS_CITIES)


def test_names_are_written_in_many_ways(halves):
    for records in halves.values():
        persons = [s["value"] for r in records for s in r["spans"] if s["type"] == "PERSON"]
        assert any(v.islower() and " " in v for v in persons)
        assert any(v.isupper() and " " in v for v in persons)
        assert any(", " in v for v in persons) and any(re.fullmatch(r"\w\. \S.*", v) for v in persons)
        assert any("-" in v for v in persons) and any(not v.isascii() and v.isalpha() for v in persons)
        assert any(re.fullmatch(r"[\u3040-\u9fff\uac00-\ud7af]+", v) for v in persons)  # CJK or Hangul
        assert any(" " not in v and v.istitle() for v in persons)  # a given name or surname alone
        assert any(v in ("Rose", "Hope", "Faith", "Joy", "Will", "Mark", "Bill", "Grant", "King", "Young",
                         "Lovely", "Precious", "Sunny") for v in persons)


def test_the_command_line_writes_jsonl():
    done = subprocess.run([sys.executable, "-m", "benchmarks.corpus10", "--half", "test", "--n", "5"],
                          cwd=Path(__file__).parents[2], capture_output=True, text=True, check=True,
                          timeout=60)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 5 and all(r["id"].startswith("c10-test-") for r in rows)
    assert rows == corpus10.generate("test", n=5)
