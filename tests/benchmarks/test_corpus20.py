"""corpus20: shape, exact spans, determinism, split discipline, ordinary negatives twinned with positives
(fast, no scrubber)."""

import re
from collections import Counter

import pytest

from benchmarks import corpus20 as c20
from tests.benchmarks.corpora import (
    fast_and_seeded,
    same_in_fresh_processes,
    similar_type_mix,
    spans_exact_and_judged,
    values_disjoint_between_halves,
)

MAIN = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION")


@pytest.fixture(scope="module")
def halves():
    return {h: c20.generate(h) for h in c20.HALVES}


def test_sizes_ids_and_meta(halves):
    for h, recs in halves.items():
        assert len(recs) == c20.SIZES[h] == 300
        for i, r in enumerate(recs):
            assert r["id"] == f"c20-{h}-{i}"
            m = r["meta"]
            assert m["kind"] in ("positive", "negative") and m["lang"] in c20.LANGS
            assert m["family"] in c20.FAMILIES
            assert (m["kind"] == "negative") == ("neg_class" in m)
            if m["kind"] == "negative":
                assert m["neg_class"] == m["family"] and not r["spans"]
            else:
                assert 1 <= len(r["spans"]) <= 8, r["id"]
            first = r["text"].split("\n")[0]
            assert 10 < len(first) < 200, r["id"]  # an instruction first
            assert all(s["start"] > len(first) for s in r["spans"]), r["id"]


def test_fast_deterministic_and_seeded(halves):
    fast_and_seeded(c20, halves)


def test_same_records_across_processes():
    same_in_fresh_processes("corpus20", "test", 40)
    same_in_fresh_processes("corpus20", "dev", 25)


def test_spans_exact_and_every_occurrence_labelled(halves):
    spans_exact_and_judged(c20, halves)


def test_half_negatives_in_every_family_and_language(halves):
    for recs in halves.values():
        kinds = Counter(r["meta"]["kind"] for r in recs)
        assert kinds["negative"] == kinds["positive"] == 150
        for kind in ("negative", "positive"):
            fams = Counter(r["meta"]["family"] for r in recs if r["meta"]["kind"] == kind)
            assert set(fams) == set(c20.FAMILIES) and len(fams) >= 20
            langs = Counter(r["meta"]["lang"] for r in recs if r["meta"]["kind"] == kind)
            assert langs["en"] == 120 and all(langs[x] == 10 for x in ("de", "fr", "es")), langs


def test_english_both_us_and_uk(halves):
    for recs in halves.values():
        variants = Counter(r["meta"].get("variant") for r in recs if r["meta"]["kind"] == "positive"
                           and r["meta"]["lang"] == "en")
        assert variants["us"] >= 30 and variants["gb"] >= 30


def test_negatives_are_ordinary_work_text_without_personal_data(halves):
    toks = {t for h in c20.HALVES for t in c20.name_tokens(h)}
    towns = c20.town_pool("dev") | c20.town_pool("test")
    streets = c20.street_pool("dev") | c20.street_pool("test")
    for recs in halves.values():
        for r in recs:
            if r["meta"]["kind"] != "negative":
                continue
            text = r["text"]
            assert not set(re.findall(r"[\w'-]+", text)) & toks, r["id"]
            assert not any(t in text for t in towns | streets), r["id"]
            assert "@" not in text and not re.search(r"\d{9,}", text), r["id"]
            body = text.split("\n", 1)[1]
            caps = re.findall(r"\b[A-ZÀ-Ž][\wÀ-ž'-]+", body)
            assert caps, r["id"]  # products, tools, cities, headings, weekdays...


def test_negatives_twin_positives(halves):
    # every template writes both kinds, and a negative has the same instruction lines as some positive
    for recs in halves.values():
        kinds = {}
        for r in recs:
            kinds.setdefault(r["meta"]["template"], set()).add(r["meta"]["kind"])
        assert all(k == {"positive", "negative"} for k in kinds.values())


def test_negatives_hold_placeholders_and_roles(halves):
    negs = "\n".join(r["text"] for recs in halves.values() for r in recs if r["meta"]["kind"] == "negative")
    if negs:
        for needle in ("[Name]", "<customer>", "{{", "<name>", "— the ", "Customer Service"):
            assert needle in negs, needle
        for tool in ("Jira", "Salesforce", "Excel", "Zendesk"):
            assert tool in negs, tool


def test_templates_pools_and_instructions_disjoint(halves):
    used = {h: {r["meta"]["template"] for r in recs} for h, recs in halves.items()}
    assert not used["dev"] & used["test"]
    for h in c20.HALVES:
        assert used[h] == {t.name for t in c20.TEMPLATES if t.half == h}
    instr = {h: {r["text"].split("\n")[0] for r in recs} for h, recs in halves.items()}
    assert not instr["dev"] & instr["test"]
    assert not c20.name_tokens("dev") & c20.name_tokens("test")
    assert not c20.town_pool("dev") & c20.town_pool("test")
    assert not c20.street_pool("dev") & c20.street_pool("test")


def test_labelled_values_disjoint_between_halves(halves):
    values_disjoint_between_halves(halves, c20.TYPES)


def test_every_type_in_both_halves_mostly_people_and_contacts(halves):
    counts = similar_type_mix(halves, c20.TYPES, 5)
    for h in c20.HALVES:
        total = sum(counts[h].values())
        assert sum(counts[h][t] for t in MAIN) >= 0.8 * total


def test_birth_dates_near_a_birth_cue(halves):
    cue = re.compile(r"(birth|born|DOB|geboren|née? le|nacimiento)", re.I)
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                if s["type"] == "DATE_OF_BIRTH":
                    assert cue.search(r["text"][max(0, s["start"] - 250):s["start"]]), r["id"]


def test_value_shapes(halves):
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                v = s["value"]
                if s["type"] == "CREDIT_CARD":
                    digits = [int(c) for c in re.sub(r"\D", "", v)][::-1]
                    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
                                for i, d in enumerate(digits))
                    assert total % 10 == 0, v
                if s["type"] == "IBAN_CODE":
                    raw = v.replace(" ", "")
                    assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1, v
                if s["type"] == "US_SSN":
                    assert re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and not v.startswith(("000", "666", "9"))
                if s["type"] == "EMAIL_ADDRESS":
                    assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", v), v
                if s["type"] == "PHONE_NUMBER":
                    assert 9 <= len(re.sub(r"\D", "", v)) <= 13, v


def test_people_written_several_ways(halves):
    for recs in halves.values():
        people = [(r["text"], s) for r in recs for s in r["spans"] if s["type"] == "PERSON"]
        values = [s["value"] for _, s in people]
        assert any(" " not in v for v in values)  # a first name alone
        assert any(v.islower() for v in values)
        assert any(re.search(r"[À-ž]", v) for v in values)
        titled = [t[max(0, s["start"] - 5):s["start"]] for t, s in people]
        assert any(re.search(r"\b(Mr|Ms|Herr) $", b) for b in titled)


def test_cli_writes_jsonl(capsys):
    assert c20.main(["--half", "test", "--n", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and all(re.match(r'\{"id": "c20-test-\d"', x) for x in lines)
