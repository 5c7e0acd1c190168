"""The ninth corpus (realistic work prompts, issue 19's stand-in): deterministic, halves apart, every span is
its value, labels complete and valid, kinds and languages in proportion, the command line works."""

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import corpus9
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    names_not_split,
    same_in_fresh_processes,
    seeded_like_the_others,
)


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus9.generate(half) for half in corpus9.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus9, halves)
    assert corpus9.generate("dev", n=50) == corpus9.generate("dev", n=50)


def test_same_records_across_processes():
    # Catches value sources whose order depends on the per-process hash seed.
    same_in_fresh_processes("corpus9", "test", 80, ("3", "11"))


def test_every_span_is_its_value_inside_the_text_and_spans_do_not_overlap(halves):
    for records in halves.values():
        for r in records:
            assert not corpus9.SLOT.search(r["text"]) and not corpus9.PICK.search(r["text"]), r["id"]
            for s in checked_spans(r):
                assert set(s) == {"start", "end", "type", "value"}, r["id"]
                assert s["type"] in corpus9.TYPES, r["id"]


def test_spans_are_whole_values_and_every_occurrence_is_labelled(halves):
    cue = re.compile(r"^(Mr|Mrs|Ms|Dr|Herr|Frau|Mme|Sr|Sra|Name|DOB|Tel|E-?mail|IBAN|SSN)\b[.:]?\s")
    for records in halves.values():
        for r in records:
            text = r["text"]
            for s in r["spans"]:
                assert not cue.match(s["value"]), r["id"]
                before, after = text[max(0, s["start"] - 1):s["start"]], text[s["end"]:s["end"] + 1]
                assert not before.isalnum() and not after.isalnum(), (r["id"], s["value"])
            names_not_split(r)
            every_occurrence_labelled(r, str.lower)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_labelled_values_are_valid(halves):
    for records in halves.values():
        for r in records:
            for s in r["spans"]:
                v = s["value"]
                if s["type"] == "CREDIT_CARD":
                    assert re.fullmatch(r"[\d -]+", v) and _luhn(re.sub(r"\D", "", v)), r["id"]
                if s["type"] == "IBAN_CODE":
                    raw = v.replace(" ", "")
                    moved = raw[4:] + raw[:4]
                    assert int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1, r["id"]
                    assert len(raw) == 4 + len(corpus9.IBAN_SPECS[raw[:2]]), r["id"]
                if s["type"] == "US_SSN":
                    digits = re.sub(r"\D", "", v)
                    area, group, serial = digits[:3], digits[3:5], digits[5:]
                    assert len(digits) == 9 and area not in ("000", "666") and int(area) < 900, r["id"]
                    assert group != "00" and serial != "0000", r["id"]
                if s["type"] == "EMAIL_ADDRESS":
                    assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), r["id"]
                if s["type"] == "IP_ADDRESS" and "." in v:
                    assert all(0 <= int(x) <= 255 for x in v.split(".")), r["id"]


def test_kinds_languages_and_types_in_proportion(halves):
    for half, records in halves.items():
        assert len(records) == corpus9.SIZES[half]
        assert len({r["id"] for r in records}) == len(records)
        kinds = Counter(r["meta"]["kind"] for r in records)
        assert kinds["negative"] == round(len(records) * corpus9.NEG_SHARE), kinds
        langs = Counter(r["meta"]["lang"] for r in records)
        assert set(langs) == set(corpus9.LANGS) and 0.66 <= langs["en"] / len(records) <= 0.74, langs
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["template"].startswith(f"c9-{half}-"), r["id"]
            if meta["kind"] == "negative":
                assert not r["spans"] and meta["neg_class"] in corpus9.NEG_CLASSES, r["id"]
            else:
                assert r["spans"] and "neg_class" not in meta, r["id"]
        assert {r["meta"]["neg_class"] for r in records if r["meta"]["kind"] == "negative"} == set(
            corpus9.NEG_CLASSES)
        types = Counter(s["type"] for r in records for s in r["spans"])
        assert set(types) == set(corpus9.TYPES), half
        assert 0.045 <= types["SECRET"] / sum(types.values()) <= 0.08, types
        assert len({r["meta"]["template"] for r in records}) == len(corpus9.TEMPLATES[half])


def test_halves_share_no_template_text_or_name(halves):
    names = {h: {t.name for t in corpus9.TEMPLATES[h]} for h in corpus9.HALVES}
    assert not names["dev"] & names["test"]
    bodies = {h: {t.text for t in corpus9.TEMPLATES[h]} for h in corpus9.HALVES}
    assert not bodies["dev"] & bodies["test"]
    people = {h: corpus9._people(h) for h in corpus9.HALVES}
    for culture in corpus9.CULTURES:
        dev, test = people["dev"][culture], people["test"][culture]
        for key in ("f", "m", "last", "pairs"):
            if key in dev:
                assert dev[key] and test[key] and not set(dev[key]) & set(test[key]), (culture, key)
    persons = {h: {s["value"] for r in rs for s in r["spans"] if s["type"] == "PERSON"}
               for h, rs in halves.items()}
    assert not persons["dev"] & persons["test"]
    business = {c for h in corpus9.HALVES for c in corpus9._split(corpus9.BIZ_CITIES, h)}
    for rs in halves.values():  # a business city is never where somebody lives
        assert not business & {s["value"] for r in rs for s in r["spans"] if s["type"] == "LOCATION"}


def test_names_are_written_in_many_ways(halves):
    for records in halves.values():
        persons = [s["value"] for r in records for s in r["spans"] if s["type"] == "PERSON"]
        assert any(v.islower() for v in persons)
        assert any(v.isupper() and " " in v for v in persons)
        assert any(", " in v for v in persons)  # Last, First
        assert any(re.fullmatch(r"[A-ZÀ-Ž]\. \S.*", v) for v in persons)  # initial and surname
        assert any("-" in v for v in persons) and any(not v.isascii() for v in persons)
        assert any(not re.search(r"[A-Za-z]", v) for v in persons)  # a non-Latin script
        assert any(" " not in v for v in persons)  # a given name or surname alone


def test_the_command_line_writes_jsonl():
    done = subprocess.run([sys.executable, "-m", "benchmarks.corpus9", "--half", "dev", "--n", "7"],
                          cwd=Path(__file__).parents[2], capture_output=True, text=True, check=True,
                          timeout=60)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 7 and all(r["id"].startswith("c9-dev-") for r in rows)
