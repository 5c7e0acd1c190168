"""The eighth corpus (informal and spoken text, and negatives): labels point at their values and are complete,
kinds and languages in proportion, halves apart, deterministic, the command line works."""

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import corpus8
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    names_not_split,
    same_in_fresh_processes,
    seeded_like_the_others,
)


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus8.generate(half) for half in corpus8.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus8, halves)


def test_same_records_across_processes():
    # Catches value sources whose order depends on the per-process hash seed.
    same_in_fresh_processes("corpus8", "test", 120, ("1", "7"))


def test_every_span_is_its_value_inside_the_text_and_spans_do_not_overlap(halves):
    for records in halves.values():
        for r in records:
            assert not corpus8.SLOT.search(r["text"]), r["id"]  # no slot left
            for s in checked_spans(r):
                assert set(s) == {"start", "end", "type", "value"}, r["id"]
                assert s["type"] in corpus8.TYPES, r["id"]


def test_spans_are_values_at_word_boundaries_and_every_occurrence_is_labelled(halves):
    cue = re.compile(r"^(Mr|Mrs|Ms|Dr|mr|Herr|Frau|Sr|Sra|[Nn]ame|DOB|[Bb]orn|Tel|E-?mail)\b[.:]?\s")
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
            every_occurrence_labelled(r, _lower)  # every occurrence, in any case


def _lower(text: str) -> str:
    """``text`` in lower case, letter for letter (``İ`` would lower into two characters)."""
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def test_labelled_values_are_valid():
    def luhn(digits: str) -> bool:
        total = 0
        for i, ch in enumerate(reversed(digits)):
            d = int(ch) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        return total % 10 == 0

    for half in corpus8.HALVES:
        for r in corpus8.generate(half):
            for s in r["spans"]:
                v = s["value"]
                if s["type"] == "CREDIT_CARD" and re.fullmatch(r"[\d -]+", v):
                    assert luhn(re.sub(r"\D", "", v)), r["id"]
                if s["type"] == "IBAN_CODE":
                    iban = v.replace(" ", "")
                    moved = iban[4:] + iban[:4]
                    assert int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1, r["id"]
                if s["type"] == "US_SSN" and "-" in v:
                    area, group, serial = v.split("-")
                    assert area not in ("000", "666") and int(area) < 900 and group != "00", r["id"]
                    assert serial != "0000", r["id"]
                if s["type"] == "EMAIL_ADDRESS" and "@" in v:
                    assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), r["id"]


def test_kinds_in_proportion_and_their_meta(halves):
    for half, records in halves.items():
        assert len(records) == corpus8.SIZES[half]
        assert len({r["id"] for r in records}) == len(records)
        kinds = Counter(r["meta"]["kind"] for r in records)
        assert abs(kinds["negative"] / len(records) - 0.35) <= 0.02, (half, kinds)
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["template"].startswith(f"c8-{half}-")
            assert meta["lang"] in corpus8.LANGS and meta["genre"]
            if meta["kind"] == "negative":
                assert not r["spans"] and meta["neg_class"] in corpus8.NEG_CLASSES, r["id"]
            else:
                assert meta["kind"] == "positive" and "neg_class" not in meta and r["spans"], r["id"]
        positives = [r for r in records if r["meta"]["kind"] == "positive"]
        assert 3 <= sum(len(r["spans"]) for r in positives) / len(positives) <= 9
        assert all(len(r["spans"]) >= 3 for r in positives)
        assert set(corpus8.TYPES) == {s["type"] for r in positives for s in r["spans"]}, half


def test_languages_genres_and_templates(halves):
    for half, records in halves.items():
        langs = Counter(r["meta"]["lang"] for r in records)
        assert set(langs) == set(corpus8.LANGS), half
        assert 0.38 <= langs["en"] / len(records) <= 0.55, langs
        assert len({r["meta"]["template"] for r in records}) >= 48
        assert len({r["meta"]["genre"] for r in records}) >= 12
        assert len({r["meta"].get("mix") for r in records if r["meta"]["lang"] == "mixed"}) >= 3


def test_negatives_cover_every_class_evenly(halves):
    for records in halves.values():
        negs = [r for r in records if r["meta"]["kind"] == "negative"]
        per_class = Counter(r["meta"]["neg_class"] for r in negs)
        assert set(per_class) == set(corpus8.NEG_CLASSES)
        assert max(per_class.values()) - min(per_class.values()) <= 1, per_class
        for c in corpus8.NEG_CLASSES:
            assert len({r["meta"]["template"] for r in negs if r["meta"]["neg_class"] == c}) >= 3, c


def test_halves_share_no_template_and_no_person_name(halves):
    templates = {h: {r["meta"]["template"].split("-", 2)[2] for r in rs} for h, rs in halves.items()}
    assert not templates["dev"] & templates["test"]
    texts = {h: {r["text"] for r in rs} for h, rs in halves.items()}
    assert not texts["dev"] & texts["test"]
    names = {h: {s["value"] for r in rs for s in r["spans"] if s["type"] == "PERSON"}
             for h, rs in halves.items()}
    assert not names["dev"] & names["test"]
    for culture in corpus8.CULTURES:  # every culture has people in both halves
        for half in corpus8.HALVES:
            lists = corpus8._names(half)[culture]
            assert len(lists["first"]) >= 3 and len(lists["last"]) >= 3, (culture, half)


def test_names_are_written_in_many_ways(halves):
    for records in halves.values():
        persons = [s["value"] for r in records for s in r["spans"] if s["type"] == "PERSON"]
        assert any(v.islower() for v in persons)
        assert any(v.isupper() and len(v) > 3 and " " in v for v in persons)
        assert any(", " in v for v in persons)  # Last, First
        assert any(re.fullmatch(r"[A-Z]\. \S.*", v) for v in persons)  # initial and surname
        assert any(re.fullmatch(r"([A-Z] )+[A-Z]", v) for v in persons)  # spelled out
        assert any(" " not in v for v in persons)  # one name alone
        assert any(not v.isascii() for v in persons)
        assert any(not re.search(r"[A-Za-z]", v) for v in persons)  # non-Latin script
        assert any(re.search(r"@" + re.escape(v) + r"\b", r["text"]) for r in records for v in
                   [s["value"] for s in r["spans"] if s["type"] == "PERSON"])  # chat handle


def test_spoken_values_are_labelled(halves):
    words = {w for ws in corpus8.DIGITS.values() for w in ws.split()} | {"oh"}
    digit_words = re.compile(r"^(" + "|".join(sorted(words)) + r")\b")
    for records in halves.values():
        spoken = Counter(s["type"] for r in records for s in r["spans"] if digit_words.match(s["value"]))
        assert {"PHONE_NUMBER", "CREDIT_CARD", "SECRET", "US_SSN"} <= set(spoken), spoken
        assert any(" at " in s["value"] or " arroba " in s["value"] for r in records for s in r["spans"]
                   if s["type"] == "EMAIL_ADDRESS")


def test_the_command_line_writes_jsonl():
    done = subprocess.run([sys.executable, "-m", "benchmarks.corpus8", "--half", "dev", "--n", "6"],
                          cwd=Path(__file__).parents[2], capture_output=True, text=True, check=True,
                          timeout=60)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 6 and all(r["id"].startswith("c8-dev-") for r in rows)
