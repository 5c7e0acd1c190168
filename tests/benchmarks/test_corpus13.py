"""The thirteenth corpus (everyday work and life prompts): deterministic, halves apart, every span is its
value and every occurrence of a labelled value is labelled, values valid, negatives clean, classed and half
ordinary prompts, languages and regions in proportion, every type in each half, context places and other
dates unlabelled, the command line writes JSONL."""

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import corpus13
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    names_not_split,
    same_in_fresh_processes,
    seeded_like_the_others,
)


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus13.generate(half) for half in corpus13.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus13, halves)
    assert corpus13.generate("test", n=30) == corpus13.generate("test", n=30)


def test_same_records_across_processes():
    same_in_fresh_processes("corpus13", "dev", 60, ("3", "91"))


def test_spans_are_values_whole_and_without_their_cue(halves):
    cue = re.compile(r"^((?i:name|e-?mail|phone|tel|cell|mobile|dob|d\.o\.b|born|geb|ssn|iban|password|code|"
                     r"address|card)\b[.:=]?(\s|$)|(Mr|Ms|Mrs|Dr|Nurse|Frau|Herr|Madame|Sra?)\.? )")
    for records in halves.values():
        for r in records:
            assert not corpus13.SLOT.search(r["text"]) and "⟨" not in r["text"], r["id"]
            for s in checked_spans(r):
                assert set(s) == {"type", "start", "end", "value"} and s["type"] in corpus13.TYPES, r["id"]
                assert not cue.match(s["value"]), (r["id"], s["value"])
                before, after = r["text"][s["start"] - 1:s["start"]], r["text"][s["end"]:s["end"] + 1]
                assert not before.isalnum() and not after.isalnum(), (r["id"], s["value"])


def test_every_occurrence_of_a_labelled_value_is_labelled(halves):
    for records in halves.values():
        for r in records:
            names_not_split(r)
            every_occurrence_labelled(r, str.lower)


def test_well_labelled_rejects_an_unlabelled_repeat_and_touching_names():
    text = "Grace asked about the grace period"
    assert not corpus13.well_labelled(text, [{"type": "PERSON", "start": 0, "end": 5, "value": "Grace"}])
    spans = [{"type": "PERSON", "start": 0, "end": 4, "value": "Hope"},
             {"type": "PERSON", "start": 5, "end": 10, "value": "Sharp"}]
    assert not corpus13.well_labelled("Hope Sharp", spans)
    whole = [{"type": "PERSON", "start": 0, "end": 10, "value": "Hope Sharp"}]
    assert corpus13.well_labelled("Hope Sharp", whole)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _public_ipv4(v: str) -> bool:
    a, b, *_ = (int(x) for x in v.split("."))
    return a not in (0, 10, 100, 127, 169) and not (a == 172 and 16 <= b <= 31) \
        and not (a == 192 and b == 168) and a < 224 \
        and not v.startswith(("192.0.2.", "198.51.100.", "203.0.113."))


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
                    assert len(raw) == 4 + len(corpus13.IBAN_BODY[raw[:2]]), r["id"]
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
                    years = re.findall(r"\d{4}", v)
                    assert (years and 1941 <= int(years[0]) <= 2019) or re.search(r"/\d\d$", v), r["id"]


def test_every_date_of_birth_has_a_birth_cue_and_other_dates_are_not_labelled(halves):
    cue = re.compile(r"dob|birth|born|geb\.|geboren|naissance|nata il|nac|nasc|turns", re.I)
    for records in halves.values():
        for r in records:
            for s in r["spans"]:
                if s["type"] == "DATE_OF_BIRTH":
                    line = r["text"][:s["start"]].rsplit("\n", 1)[-1]
                    assert cue.search(line), (r["id"], line)
                    assert not re.search(r"202[5-6]", s["value"]), r["id"]  # meeting, due and move dates


def test_places_named_as_context_are_not_labelled(halves):
    for records in halves.values():
        for r in records:
            for s in r["spans"]:
                after = r["text"][s["end"]:s["end"] + 10]
                assert not re.match(r" (office|campus|conference|boardroom)", after), (r["id"], s["value"])
            context = r"\b(Pune|Denver) office|\b(to|from|in|of) (Seattle|Portland|Miami|Lagos|Bucharest)\b"
            for m in re.finditer(context, r["text"]):
                assert not any(s["start"] <= m.start() < s["end"] for s in r["spans"]), r["id"]


def test_secrets_are_many_kinds_and_at_a_modest_rate(halves):
    for records in halves.values():
        secrets = [s["value"] for r in records for s in r["spans"] if s["type"] == "SECRET"]
        api = re.compile(r"(sk_live_|ghp_|AKIA|xoxb-|AIza)")
        kinds = {"digits" if v.isdigit() else m.group() if (m := api.match(v)) else
                 "code" if re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){2}", v) else "password" for v in secrets}
        assert len(kinds) >= 3, kinds
        with_secret = sum(any(s["type"] == "SECRET" for s in r["spans"]) for r in records)
        assert 0.05 <= with_secret / len(records) <= 0.3, with_secret


def test_negatives_languages_regions_classes_and_types_in_proportion(halves):
    for half, records in halves.items():
        assert len(records) == corpus13.SIZES[half] and len({r["id"] for r in records}) == len(records)
        kinds = Counter(r["meta"]["kind"] for r in records)
        assert kinds["negative"] == len(records) // 4
        langs = Counter(r["meta"]["lang"] for r in records)
        assert set(langs) == set(corpus13.LANGS) and langs["en"] / len(records) == 0.85, langs
        english = [r for r in records if r["meta"]["lang"] == "en"]
        abroad = sum(r["meta"]["region"] != "US" for r in english) / len(records)
        assert 0.2 <= abroad <= 0.4 and {r["meta"]["region"] for r in english} == set(corpus13.EN_REGIONS)
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["template"].startswith(f"c13-{half}-") and meta["genre"]
            if meta["kind"] == "negative":
                assert not r["spans"] and meta["neg_class"] in corpus13.NEG_CLASSES, r["id"]
                for mail in re.findall(r"[\w.]+@[\w-]+(?:\.[\w-]+)+", r["text"]):
                    assert mail.endswith("@example.com"), r["id"]
            else:
                assert r["spans"] and "neg_class" not in meta, r["id"]
        classes = Counter(r["meta"]["neg_class"] for r in records if r["meta"]["kind"] == "negative")
        assert set(classes) == set(corpus13.NEG_CLASSES)
        ordinary = sum(classes[c] for c in corpus13.ORDINARY_CLASSES)
        assert abs(ordinary - kinds["negative"] / 2) <= 5, classes  # half are ordinary prompts
        assert {r["meta"]["template"] for r in records} == {t.name for t in corpus13.TEMPLATES[half]}
        assert len(corpus13.TEMPLATES[half]) >= 40
        assert set(Counter(s["type"] for r in records for s in r["spans"])) == set(corpus13.TYPES)
        assert len({r["meta"]["genre"] for r in records}) >= 20
        positives = [r for r in records if r["meta"]["kind"] == "positive"]
        values = sum(len({s["value"] for s in r["spans"]}) for r in positives) / len(positives)
        assert 4.5 <= values <= 7, values  # "about five labelled values a positive"
        assert 250 <= sum(len(r["text"]) for r in positives) / len(positives) <= 700


def test_halves_share_no_template_no_name_no_street_and_no_town(halves):
    names = {h: {t.name for t in corpus13.TEMPLATES[h]} for h in corpus13.HALVES}
    texts = {h: {t.text for t in corpus13.TEMPLATES[h]} for h in corpus13.HALVES}
    assert not names["dev"] & names["test"] and not texts["dev"] & texts["test"]
    pools = {h: corpus13.people(h) for h in corpus13.HALVES}
    words = {h: {w for g, s in pools[h].values() for x in g + s for w in re.split(r"[ /]", x)
                 if w.istitle() and w not in ("Ní", "Ó", "Mac", "De", "Lo")}
             for h in corpus13.HALVES}  # (particles such as "de" and "Ní" may be in both)
    assert not words["dev"] & words["test"]
    assert len(corpus13.CULTURES) >= 30
    persons = {h: {s["value"].lower() for r in rs for s in r["spans"] if s["type"] == "PERSON"}
               for h, rs in halves.items()}
    assert not persons["dev"] & persons["test"]
    for region in corpus13.PLACES:
        assert not set(corpus13.towns(region, "dev")) & set(corpus13.towns(region, "test"))
        assert not set(corpus13.streets(region, "dev")) & set(corpus13.streets(region, "test"))


def test_names_are_written_in_many_ways(halves):
    for records in halves.values():
        persons = [s["value"] for r in records for s in r["spans"] if s["type"] == "PERSON"]
        assert any(v.islower() and " " in v for v in persons)  # chats
        assert any(v.isupper() and " " in v for v in persons)  # forms
        assert any(v.split()[0].isupper() and len(v.split()[0]) > 1 and not v.isupper() for v in persons)
        assert any(", " in v for v in persons) and any(re.match(r"[A-ZÀ-Ž]\. ", v) for v in persons)
        assert any(re.search(r" [A-ZÀ-Ž]\.$", v) for v in persons)  # "Dana W."
        assert any("-" in v for v in persons) and any("'" in v for v in persons)
        assert any(not v.isascii() and v.replace(" ", "").isalpha() for v in persons)
        assert any(" " not in v and v.istitle() for v in persons)  # a given name or surname alone
        assert any(re.search(r"\b(van|de|von|der|los|del|do|Ní|Ó|Mac|Ben|Al)\b", v) for v in persons)
        assert any(v.split()[0] in ("Hope", "Grace", "Will", "Joy", "Misty", "Rusty", "Dawit", "Long")
                   for v in persons)
        nicknames = {"kate", "bobby", "patty", "jon", "lizzie", "tom", "nastya", "katya", "alyosha", "alex",
                     "emeka", "srini", "venky", "cindy", "dima"}
        assert any(v.split()[0].lower() in nicknames for v in persons)


def test_addresses_phones_and_dates_take_local_forms(halves):
    for records in halves.values():
        locations = [s["value"] for r in records for s in r["spans"] if s["type"] == "LOCATION"]
        assert any("\n" in v for v in locations) and any(re.search(r"\b(Flat|Apt|Unit|Suite)\b", v)
                                                         for v in locations)
        assert any(re.search(r", [A-Z]{2} \d{5}$", v) for v in locations)  # US: ", TN 37212"
        phones = [s["value"] for r in records for s in r["spans"] if s["type"] == "PHONE_NUMBER"]
        for form in (r"\d{3}-\d{3}-\d{4}", r"\(\d{3}\) \d{3}-\d{4}", r"\+1 \(\d{3}\) \d{3}-\d{4}",
                     r"\d{3}\.\d{3}\.\d{4}"):
            assert any(re.fullmatch(form, v) for v in phones), form
        codes = {m.group(1) for v in phones if (m := re.match(r"\+(\d+)[ -]", v))}
        assert len(codes) >= 8, codes
        ssns = [s["value"] for r in records for s in r["spans"] if s["type"] == "US_SSN"]
        assert {("-" in v, " " in v) for v in ssns} >= {(True, False)} and len(ssns) >= 10
        dobs = [s["value"] for r in records for s in r["spans"] if s["type"] == "DATE_OF_BIRTH"]
        assert any(re.fullmatch(r"\d{1,2}/\d{1,2}/\d\d", v) for v in dobs)
        assert any(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", v) for v in dobs)


def test_the_command_line_writes_jsonl():
    done = subprocess.run([sys.executable, "-m", "benchmarks.corpus13", "--half", "test", "--n", "5"],
                          cwd=Path(__file__).parents[2], capture_output=True, text=True, check=True,
                          timeout=60)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 5 and all(r["id"].startswith("c13-test-") for r in rows)
    assert rows == corpus13.generate("test", n=5)
