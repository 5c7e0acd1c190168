"""The eleventh corpus (developer and coding-agent traffic): deterministic, halves apart, every span is its
value and every occurrence of a labelled value is labelled, values valid, negatives clean and classed,
languages in proportion, every type in each half, the command line writes JSONL."""

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import corpus11
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    names_not_split,
    same_in_fresh_processes,
    seeded_like_the_others,
)


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus11.generate(half) for half in corpus11.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus11, halves)
    assert corpus11.generate("test", n=30) == corpus11.generate("test", n=30)


def test_same_records_across_processes():
    same_in_fresh_processes("corpus11", "dev", 60, ("3", "91"))


def test_spans_are_values_whole_and_without_their_cue(halves):
    cue = re.compile(r"^(name|email|phone|dob|ssn|iban|password|token|api_key|Author)\b[:=]?", re.I)
    for records in halves.values():
        for r in records:
            assert not corpus11.SLOT.search(r["text"]) and "⟨" not in r["text"], r["id"]
            for s in checked_spans(r):
                assert set(s) == {"type", "start", "end", "value"} and s["type"] in corpus11.TYPES, r["id"]
                assert not cue.match(s["value"]), r["id"]
                before, after = r["text"][s["start"] - 1:s["start"]], r["text"][s["end"]:s["end"] + 1]
                assert not before.isalnum() and not after.isalnum(), (r["id"], s["value"])


def test_every_occurrence_of_a_labelled_value_is_labelled(halves):
    for records in halves.values():
        for r in records:
            names_not_split(r)
            every_occurrence_labelled(r, str.lower)


def test_well_labelled_rejects_an_unlabelled_repeat_and_touching_names():
    text = "Will wrote: this will fail"
    assert not corpus11.well_labelled(text, [{"type": "PERSON", "start": 0, "end": 4, "value": "Will"}])
    spans = [{"type": "PERSON", "start": 0, "end": 3, "value": "Ann"},
             {"type": "PERSON", "start": 4, "end": 7, "value": "Lee"}]
    assert not corpus11.well_labelled("Ann Lee", spans)
    assert corpus11.well_labelled("Ann Lee", [{"type": "PERSON", "start": 0, "end": 7, "value": "Ann Lee"}])


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _public_ipv4(v: str) -> bool:
    a, b, *_ = (int(x) for x in v.split("."))
    return a not in (0, 10, 127) and not (a == 172 and 16 <= b <= 31) and not (a == 192 and b == 168) \
        and not v.startswith(("192.0.2.", "198.51.100.", "203.0.113.")) and a < 224


def test_values_are_valid(halves):
    for records in halves.values():
        for r in records:
            for s in r["spans"]:
                v, t = s["value"], s["type"]
                if t == "CREDIT_CARD":
                    digits = re.sub(r"[ -]", "", v)
                    assert digits.isdigit() and len(digits) in (15, 16) and _luhn(digits), r["id"]
                elif t == "IBAN_CODE":
                    raw = v.replace(" ", "")
                    assert len(raw) == 4 + len(corpus11.IBAN_BODY[raw[:2]]), r["id"]
                    assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1, r["id"]
                elif t == "US_SSN":
                    digits = re.sub(r"[ -]", "", v)
                    assert len(digits) == 9 and digits[:3] not in ("000", "666") and digits[0] != "9", r["id"]
                    assert digits[3:5] != "00" and digits[5:] != "0000", r["id"]
                elif t == "EMAIL_ADDRESS":
                    assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v), r["id"]
                    assert "example." not in v, r["id"]
                elif t == "IP_ADDRESS":
                    assert (":" in v and not v.startswith("2001:db8")) or _public_ipv4(v), r["id"]
                elif t == "PHONE_NUMBER":
                    assert 9 <= len(re.sub(r"\D", "", v)) <= 14 and "555-01" not in v, r["id"]
                elif t == "DATE_OF_BIRTH":
                    assert re.search(r"19[4-9]\d|200[0-6]", v), r["id"]


def test_secrets_are_many_kinds_and_the_example_key_is_only_in_positives(halves):
    for records in halves.values():
        secrets = [s["value"] for r in records for s in r["spans"] if s["type"] == "SECRET"]
        prefixes = {m.group() for v in secrets if (m := re.match(r"[A-Za-z]+[_.-]", v))}
        assert len(prefixes) >= 8, prefixes
        assert any(v.startswith("-----BEGIN") and v.endswith("KEY-----") for v in secrets) or any(
            v.startswith("eyJ") for v in secrets)
        for r in records:
            if r["meta"]["kind"] == "negative":
                assert "AKIAIOSFODNN7EXAMPLE" not in r["text"], r["id"]


def test_negatives_languages_classes_and_types_in_proportion(halves):
    for half, records in halves.items():
        assert len(records) == corpus11.SIZES[half] and len({r["id"] for r in records}) == len(records)
        assert Counter(r["meta"]["kind"] for r in records)["negative"] == len(records) // 4
        langs = Counter(r["meta"]["lang"] for r in records)
        assert set(langs) == set(corpus11.LANGS) and 0.78 <= langs["en"] / len(records) <= 0.85, langs
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["template"].startswith(f"c11-{half}-") and meta["genre"]
            if meta["kind"] == "negative":
                assert not r["spans"] and meta["neg_class"] in corpus11.NEG_CLASSES, r["id"]
            else:
                assert r["spans"] and "neg_class" not in meta, r["id"]
        assert {r["meta"]["neg_class"] for r in records if r["meta"]["kind"] == "negative"} == set(
            corpus11.NEG_CLASSES)
        assert {r["meta"]["template"] for r in records} == {t.name for t in corpus11.TEMPLATES[half]}
        assert set(Counter(s["type"] for r in records for s in r["spans"])) == set(corpus11.TYPES)
        assert len({r["meta"]["genre"] for r in records}) >= 20


def test_halves_share_no_template_no_name_and_no_town(halves):
    names = {h: {t.name for t in corpus11.TEMPLATES[h]} for h in corpus11.HALVES}
    texts = {h: {t.text for t in corpus11.TEMPLATES[h]} for h in corpus11.HALVES}
    assert not names["dev"] & names["test"] and not texts["dev"] & texts["test"]
    pools = {h: corpus11._people(h) for h in corpus11.HALVES}
    for culture in corpus11.CULTURES:
        for key in ("given", "surname"):
            dev, test = set(pools["dev"][culture][key]), set(pools["test"][culture][key])
            assert dev and test and not dev & test, (culture, key)
    persons = {h: {s["value"].lower() for r in rs for s in r["spans"] if s["type"] == "PERSON"}
               for h, rs in halves.items()}
    assert not persons["dev"] & persons["test"]
    for country in corpus11.PLACES:
        assert not set(corpus11.towns(country, "dev")) & set(corpus11.towns(country, "test"))
    regions = " ".join(corpus11.REGIONS)
    for rs in halves.values():  # a data-centre city is never where somebody lives
        for s in (s for r in rs for s in r["spans"] if s["type"] == "LOCATION"):
            assert s["value"] not in regions, s["value"]


def test_names_are_written_in_many_ways(halves):
    for records in halves.values():
        persons = [s["value"] for r in records for s in r["spans"] if s["type"] == "PERSON"]
        assert any(v.islower() and " " in v for v in persons)
        assert any(v.isupper() and " " in v for v in persons) or any(v.islower() and " " not in v
                                                                     for v in persons)
        assert any(", " in v for v in persons)
        assert any("-" in v for v in persons) and any(not v.isascii() and v.isalpha() for v in persons)
        assert any(re.fullmatch(r"[\u3040-\u9fff\uac00-\ud7af ]+", v) for v in persons)  # CJK or Hangul
        assert any(re.search(r"[\u0400-\u04ff]", v) for v in persons)  # Cyrillic
        assert any(" " not in v and v.istitle() for v in persons)  # a given name or surname alone
        assert any(v.split()[0] in ("Rose", "Hope", "Will", "Grant", "Summer", "Mark", "Faith", "Dawn", "Joy",
                                    "Young", "King", "Precious", "Lovely", "Sunny", "Blessing")
                   for v in persons)
        texts = "\n".join(r["text"] for r in records)
        assert re.search(r"Author: [^<\n]+ <", texts) and re.search(r"(TODO|FIXME)\(\w", texts)


def test_the_command_line_writes_jsonl():
    done = subprocess.run([sys.executable, "-m", "benchmarks.corpus11", "--half", "test", "--n", "5"],
                          cwd=Path(__file__).parents[2], capture_output=True, text=True, check=True,
                          timeout=60)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 5 and all(r["id"].startswith("c11-test-") for r in rows)
    assert rows == corpus11.generate("test", n=5)
