"""The twelfth corpus (regulated and service work): deterministic, halves apart, every span is its value and
every occurrence of a labelled value is labelled, values valid, negatives clean and classed, languages in
proportion, every type in each half, context places and other dates unlabelled, the command line writes
JSONL."""

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import corpus12
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    names_not_split,
    same_in_fresh_processes,
    seeded_like_the_others,
)


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus12.generate(half) for half in corpus12.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus12, halves)
    assert corpus12.generate("test", n=30) == corpus12.generate("test", n=30)


def test_same_records_across_processes():
    same_in_fresh_processes("corpus12", "dev", 60, ("5", "77"))


def test_spans_are_values_whole_and_without_their_cue(halves):
    cue = re.compile(r"^((?i:name|e-?mail|phone|tel|mobile|dob|d\.o\.b|born|geb|née?|ssn|iban|password|code|"
                     r"address)\b[.:=]?(\s|$)|(Mr|Ms|Mrs|Dr|Frau|Herr|Mme|Pani?|Sra?|Signora)\.? )")
    for records in halves.values():
        for r in records:
            assert not corpus12.SLOT.search(r["text"]) and "⟨" not in r["text"], r["id"]
            for s in checked_spans(r):
                assert set(s) == {"type", "start", "end", "value"} and s["type"] in corpus12.TYPES, r["id"]
                assert not cue.match(s["value"]), (r["id"], s["value"])
                before, after = r["text"][s["start"] - 1:s["start"]], r["text"][s["end"]:s["end"] + 1]
                assert not before.isalnum() and not after.isalnum(), (r["id"], s["value"])


def test_every_occurrence_of_a_labelled_value_is_labelled(halves):
    for records in halves.values():
        for r in records:
            names_not_split(r)
            every_occurrence_labelled(r, str.lower)


def test_well_labelled_rejects_an_unlabelled_repeat_and_touching_names():
    text = "Hope says there is no hope"
    assert not corpus12.well_labelled(text, [{"type": "PERSON", "start": 0, "end": 4, "value": "Hope"}])
    spans = [{"type": "PERSON", "start": 0, "end": 3, "value": "Joy"},
             {"type": "PERSON", "start": 4, "end": 8, "value": "King"}]
    assert not corpus12.well_labelled("Joy King", spans)
    assert corpus12.well_labelled("Joy King", [{"type": "PERSON", "start": 0, "end": 8, "value": "Joy King"}])


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
                    assert len(raw) == 4 + len(corpus12.IBAN_BODY[raw[:2]]), r["id"]
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
                    assert 9 <= len(re.sub(r"\D", "", v)) <= 14 and "555" not in v, r["id"]
                elif t == "DATE_OF_BIRTH":
                    assert re.search(r"19[4-9]\d|200[0-6]", v), r["id"]


def test_every_date_of_birth_has_a_birth_cue_and_other_dates_are_not_labelled(halves):
    cue = re.compile(r"dob|d\.o\.b|birth|born|geb|né|nacid|nacimiento|nat[oa] il|geboren|nascimento|"
                     r"file says", re.I)
    for records in halves.values():
        for r in records:
            for s in r["spans"]:
                if s["type"] == "DATE_OF_BIRTH":
                    line = r["text"][:s["start"]].rsplit("\n", 1)[-1]
                    assert cue.search(line), (r["id"], line)
            # dates from this century are never birth dates here
            for s in r["spans"]:
                assert not (s["type"] == "DATE_OF_BIRTH" and re.search(r"202[4-6]", s["value"])), r["id"]


def test_places_named_as_context_are_not_labelled(halves):
    for records in halves.values():
        for r in records:
            for s in r["spans"]:
                after = r["text"][s["end"]:s["end"] + 14]
                assert not re.match(r" (office|conference|hub|branch|team)", after), (r["id"], s["value"])
            context = r"\b(Madrid|Leeds|Coventry|Bristol|Edinburgh)( office| conference| hub| team)"
            for m in re.finditer(context, r["text"]):
                assert not any(s["start"] <= m.start() < s["end"] for s in r["spans"]), r["id"]


def test_secrets_are_many_kinds_and_at_a_modest_rate(halves):
    for records in halves.values():
        secrets = [s["value"] for r in records for s in r["spans"] if s["type"] == "SECRET"]
        kinds = {"otp" if v.isdigit() and len(v) == 6 else "door" if v.isdigit() else
                 m.group() if (m := re.match(r"[A-Za-z]+[_.-]", v)) else "password" for v in secrets}
        assert len(kinds) >= 3, kinds
        with_secret = sum(any(s["type"] == "SECRET" for s in r["spans"]) for r in records)
        assert 0.05 <= with_secret / len(records) <= 0.3, with_secret


def test_negatives_languages_classes_and_types_in_proportion(halves):
    for half, records in halves.items():
        assert len(records) == corpus12.SIZES[half] and len({r["id"] for r in records}) == len(records)
        assert Counter(r["meta"]["kind"] for r in records)["negative"] == len(records) // 4
        langs = Counter(r["meta"]["lang"] for r in records)
        assert set(langs) == set(corpus12.LANGS) and langs["en"] / len(records) == 0.75, langs
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["template"].startswith(f"c12-{half}-") and meta["genre"]
            if meta["kind"] == "negative":
                assert not r["spans"] and meta["neg_class"] in corpus12.NEG_CLASSES, r["id"]
                for mail in re.findall(r"[\w.]+@[\w.-]+", r["text"]):
                    assert mail.endswith("@example.com"), r["id"]
            else:
                assert r["spans"] and "neg_class" not in meta, r["id"]
        assert {r["meta"]["neg_class"] for r in records if r["meta"]["kind"] == "negative"} == set(
            corpus12.NEG_CLASSES)
        assert {r["meta"]["template"] for r in records} == {t.name for t in corpus12.TEMPLATES[half]}
        assert len(corpus12.TEMPLATES[half]) >= 30
        assert set(Counter(s["type"] for r in records for s in r["spans"])) == set(corpus12.TYPES)
        assert len({r["meta"]["genre"] for r in records}) >= 14
        positives = [r for r in records if r["meta"]["kind"] == "positive"]
        assert 4 <= sum(len(r["spans"]) for r in positives) / len(positives) <= 10
        assert 500 <= sum(len(r["text"]) for r in positives) / len(positives) <= 1500


def test_halves_share_no_template_no_name_no_street_and_no_town(halves):
    names = {h: {t.name for t in corpus12.TEMPLATES[h]} for h in corpus12.HALVES}
    texts = {h: {t.text for t in corpus12.TEMPLATES[h]} for h in corpus12.HALVES}
    assert not names["dev"] & names["test"] and not texts["dev"] & texts["test"]
    pools = {h: corpus12.people(h) for h in corpus12.HALVES}
    for culture in corpus12.CULTURES:
        for key in (0, 1):
            dev, test = set(pools["dev"][culture][key]), set(pools["test"][culture][key])
            assert dev and test and not dev & test, (culture, key)
    persons = {h: {s["value"].lower() for r in rs for s in r["spans"] if s["type"] == "PERSON"}
               for h, rs in halves.items()}
    assert not persons["dev"] & persons["test"]
    for country in [*corpus12.PLACES, *corpus12.EXTRA_TOWNS]:
        assert not set(corpus12.towns(country, "dev")) & set(corpus12.towns(country, "test"))
    for country in corpus12.PLACES:
        assert not set(corpus12._streets(country, "dev")) & set(corpus12._streets(country, "test"))


def test_names_are_written_in_many_ways(halves):
    for records in halves.values():
        persons = [s["value"] for r in records for s in r["spans"] if s["type"] == "PERSON"]
        assert any(v.islower() and " " in v for v in persons)  # quick notes
        assert any(v.split()[0].isupper() and len(v.split()[0]) > 1 and " " in v for v in persons)  # forms
        assert any(", " in v for v in persons) and any(re.match(r"[A-ZÀ-Ž]\. ", v) for v in persons)
        assert any("-" in v for v in persons) and any("'" in v for v in persons)
        assert any(not v.isascii() and v.replace(" ", "").isalpha() for v in persons)
        assert any(" " not in v and v.istitle() for v in persons)  # a given name or surname alone
        assert any(re.search(r"\b(van|de|von|zu|del|dos|da|Di|De|Ní|bin|ter|la)\b", v) for v in persons)
        assert any(v.split()[0] in ("Will", "Rose", "Hope", "Grant", "Faith", "Joy", "Mark", "Dawn", "Summer",
                                    "Bill", "Sunny", "Daisy", "Blessing", "Precious", "Lovely")
                   for v in persons)


def test_addresses_and_phones_cover_many_countries(halves):
    for records in halves.values():
        locations = [s["value"] for r in records for s in r["spans"] if s["type"] == "LOCATION"]
        assert any("\n" in v for v in locations) and any(re.search(r"\b(Flat|Apt|Unit|appt|m\.|int\.)", v)
                                                         for v in locations)
        phones = [s["value"] for r in records for s in r["spans"] if s["type"] == "PHONE_NUMBER"]
        codes = {m.group(1) for v in phones if (m := re.match(r"\+(\d+) ", v))}
        assert len(codes) >= 15 and any(not v.startswith("+") for v in phones), codes


def test_the_command_line_writes_jsonl():
    done = subprocess.run([sys.executable, "-m", "benchmarks.corpus12", "--half", "test", "--n", "5"],
                          cwd=Path(__file__).parents[2], capture_output=True, text=True, check=True,
                          timeout=60)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 5 and all(r["id"].startswith("c12-test-") for r in rows)
    assert rows == corpus12.generate("test", n=5)
