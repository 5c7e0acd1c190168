"""corpus16: shape, determinism, split discipline, mix and check digits (fast, no scrubber)."""

import datetime
import random
import re
from collections import Counter

import pytest

from benchmarks import corpus16 as c16
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    names_not_split,
    seeded_like_the_others,
    similar_type_mix,
    values_disjoint_between_halves,
)


@pytest.fixture(scope="module")
def halves():
    return {h: c16.generate(h) for h in c16.HALVES}


def test_sizes_ids_and_meta(halves):
    for h, recs in halves.items():
        assert len(recs) == c16.SIZES[h] == 360
        for i, r in enumerate(recs):
            assert r["id"] == f"c16-{h}-{i}"
            m = r["meta"]
            assert m["kind"] in ("positive", "negative")
            assert m["lang"] in c16.LANGS and m["dept"] in c16.DEPTS
            assert (m["kind"] == "negative") == ("neg_class" in m)
            assert c16.MIN_LEN <= len(r["text"]) <= c16.MAX_LEN


def test_lengths_vary(halves):
    for recs in halves.values():
        lens = [len(r["text"]) for r in recs]
        assert min(lens) < 200 and max(lens) > 1200
        assert sum(n > 1000 for n in lens) >= 10


def test_deterministic_and_seeded(halves):
    seeded_like_the_others(c16, halves)
    assert c16.generate("test", n=30) == halves["test"][:30]


def test_spans_valid_sorted_and_every_occurrence_labelled(halves):
    for recs in halves.values():
        for r in recs:
            spans = checked_spans(r)
            assert spans == r["spans"]
            assert all(s["type"] in c16.TYPES for s in spans)
            names_not_split(r)
            every_occurrence_labelled(r)
            assert not c16.problems(r["text"], r["spans"])


def test_negatives_40_percent_no_spans_and_classes(halves):
    for recs in halves.values():
        negs = [r for r in recs if r["meta"]["kind"] == "negative"]
        assert len(negs) == 144 and all(not r["spans"] for r in negs)
        assert all(r["spans"] for r in recs if r["meta"]["kind"] == "positive")
        classes = Counter(r["meta"]["neg_class"] for r in negs)
        assert 84 <= classes["ordinary"] <= 90
        assert set(classes) == {"ordinary", *c16.NEG_CLASSES}
        assert all(9 <= classes[c] <= 10 for c in c16.NEG_CLASSES)


def test_negatives_hold_no_pool_value(halves):
    for h, recs in halves.items():
        toks = {t for t in c16.name_tokens(h) if len(t) > 3}
        for r in recs:
            if r["meta"]["kind"] == "negative":
                words = set(re.findall(r"[\w'-]+", r["text"]))
                assert not words & toks, (r["id"], words & toks)
                assert not re.search(r"[\w.]+@(gmail|outlook|yahoo|web|gmx|proton)\.", r["text"])


def test_templates_disjoint_and_enough(halves):
    names = {h: {r["meta"]["template"] for r in recs} for h, recs in halves.items()}
    assert not names["dev"] & names["test"]
    for h in c16.HALVES:
        declared = {t.name for t in c16.TEMPLATES if t.half == h}
        assert names[h] == declared and len(declared) >= 45


def test_pools_disjoint():
    assert not c16.name_tokens("dev") & c16.name_tokens("test")
    assert not c16.name_pool("dev") & c16.name_pool("test")
    for cc in c16.ADDRESS_COUNTRIES:
        assert not set(c16._split(c16.STREETS[cc], "dev")) & set(c16._split(c16.STREETS[cc], "test"))
        dev_towns = {t[0] for t in c16._split(c16.TOWNS[cc], "dev")}
        test_towns = {t[0] for t in c16._split(c16.TOWNS[cc], "test")}
        assert dev_towns and test_towns and not dev_towns & test_towns
    assert not set(c16.firms("dev")) & set(c16.firms("test"))
    assert not set(c16.vendors("dev")) & set(c16.vendors("test"))
    assert c16.COMPANY["dev"] != c16.COMPANY["test"]
    assert not set(c16._split(c16._PW_WORDS, "dev")) & set(c16._split(c16._PW_WORDS, "test"))


def test_labelled_values_disjoint_between_halves(halves):
    vals = values_disjoint_between_halves(
        halves, ("PERSON", "SECRET", "CREDIT_CARD", "IBAN_CODE", "NATIONAL_ID", "US_SSN", "EMAIL_ADDRESS"))
    # towns named alone (no digits) are where someone lives; none appears in both halves
    towns = {h: {v for t, v in vals[h] if t == "LOCATION" and not re.search(r"\d", v)} for h in c16.HALVES}
    assert not towns["dev"] & towns["test"]


def test_every_type_and_enough_spans_in_both_halves(halves):
    counts = similar_type_mix(halves, c16.TYPES, 15)  # (the same mix: no type twice as common in one half)
    for h in c16.HALVES:
        assert 1600 <= sum(counts[h].values()) <= 2400


def test_cultures(halves):
    for recs in halves.values():
        cults = {x for r in recs if r["meta"]["kind"] == "positive" for x in r["meta"]["cultures"]}
        assert len(cults) >= 40


def test_language_mix(halves):
    for recs in halves.values():
        langs = Counter(r["meta"]["lang"] for r in recs)
        assert 0.66 <= langs["en"] / len(recs) <= 0.75
        assert set(langs) == set(c16.LANGS)
        assert all(langs[x] >= 8 for x in c16.OTHER_LANGS)
        for kind in ("positive", "negative"):
            assert len({r["meta"]["lang"] for r in recs if r["meta"]["kind"] == kind}) == len(c16.LANGS)


def test_department_mix(halves):
    for recs in halves.values():
        depts = Counter(r["meta"]["dept"] for r in recs)
        assert set(depts) == set(c16.DEPTS)
        assert all(0.05 <= n / len(recs) <= 0.20 for n in depts.values()), depts
        pos = {r["meta"]["dept"] for r in recs if r["meta"]["kind"] == "positive"}
        assert pos == set(c16.DEPTS)


def test_check_digits_on_every_checked_value(halves):
    kinds = Counter()
    for recs in halves.values():
        for r in recs:
            if r["meta"]["kind"] != "positive":
                continue
            values = {s["value"] for s in r["spans"]}
            for kind, v in r["meta"]["checks"]:
                assert v in values, (r["id"], kind)
                assert c16.CHECKS[kind](v), (r["id"], kind)
                kinds[kind] += 1
            checked = {v for _, v in r["meta"]["checks"]}
            for s in r["spans"]:
                if s["type"] in ("CREDIT_CARD", "IBAN_CODE", "US_SSN"):
                    assert s["value"] in checked, r["id"]
    assert {"card", "iban", "ssn", "nino", "steuerid", "nir", "cf", "pesel", "pnr", "tckn", "cpf", "aadhaar",
            "sin", "tfn", "za_id", "pps", "bsn", "nif"} <= set(kinds)


def test_ssn_area_rules(halves):
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                if s["type"] == "US_SSN":
                    d = re.sub(r"\D", "", s["value"])
                    assert d[:3] not in ("000", "666") and int(d[:3]) < 900
                    assert d[3:5] != "00" and d[5:] != "0000"


def test_validators_reject_corruption():
    assert c16.luhn_ok("4111 1111 1111 1111") and not c16.luhn_ok("4111 1111 1111 1112")
    assert c16.iban_ok("GB82 WEST 1234 5698 7654 32") and not c16.iban_ok("GB82 WEST 1234 5698 7654 33")
    assert c16.iban_ok("DE89370400440532013000") and not c16.iban_ok("DE89370400440532013001")
    assert c16.ssn_ok("123-45-6789") and not c16.ssn_ok("666-45-6789") and not c16.ssn_ok("912-45-6789")
    assert c16.verhoeff_ok("2363") and not c16.verhoeff_ok("2364")
    assert c16.steuerid_ok("86095742719") and not c16.steuerid_ok("86095742718")
    assert c16.nir_ok("2 55 08 14 168 025 38") and not c16.nir_ok("2 55 08 14 168 025 39")
    assert c16.dni_ok("12345678Z") and not c16.dni_ok("12345678A")
    assert c16.dni_ok("X1234567L") and not c16.dni_ok("X1234567M")
    assert c16.cf_ok("RSSMRA85T10A562S") and not c16.cf_ok("RSSMRA85T10A562T")
    assert c16.bsn_ok("111222333") and not c16.bsn_ok("111222334")
    assert c16.nif_ok("123456789") and not c16.nif_ok("123456788")
    assert c16.pesel_ok("44051401359") and not c16.pesel_ok("44051401358")
    assert c16.pnr_ok("811218-9876") and not c16.pnr_ok("811218-9875")
    assert c16.tckn_ok("10000000146") and not c16.tckn_ok("10000000147")
    assert c16.cpf_ok("529.982.247-25") and not c16.cpf_ok("529.982.247-24")
    assert c16.sin_ok("130 692 544") and not c16.sin_ok("130 692 545") and not c16.sin_ok("046 454 286")
    assert c16.tfn_ok("123 456 782") and not c16.tfn_ok("123 456 783")
    assert c16.za_ok("8001015009087") and not c16.za_ok("8001015009088")
    assert c16.pps_ok("1234567T") and not c16.pps_ok("1234567U")
    assert c16.nino_ok("AB 12 34 56 C") and not c16.nino_ok("GB 12 34 56 C") and not c16.nino_ok("DA123456A")


def test_generators_make_valid_values():
    rng = random.Random("c16-validators")
    for half in c16.HALVES:
        g = c16.Gen(rng, half)
        for _ in range(60):
            p = g.person()
            g._tokens.clear()
            for kind in ("nino", "steuerid", "nir", "dni", "nie", "cf", "bsn", "nif", "pesel", "pnr", "tckn",
                         "cpf", "sin", "tfn", "za_id", "pps", "aadhaar"):
                assert c16.CHECKS[kind](g.nid(kind, p)), kind
            assert c16.luhn_ok(g.card()) and c16.ssn_ok(g.ssn())
            for cc in c16.Gen._IBAN:
                v = g.iban(cc)
                assert c16.iban_ok(v) and v.startswith(cc)


def test_ids_encode_birth_date_and_sex():
    g = c16.Gen(random.Random(3), "dev")
    p = c16.Person("polish", "f", "Zofia", "Krawczyk", "pl", datetime.date(2001, 7, 9))
    assert g.nid("pesel", p).startswith("012709") and int(g.nid("pesel", p)[9]) % 2 == 0
    assert re.sub(r"\D", "", g.nid("nir", p)).startswith("20107")
    assert g.nid("za_id", p).startswith("010709")
    assert g.nid("cf", p)[6:11] == "01L49"


def test_public_ips_only(halves):
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                if s["type"] == "IP_ADDRESS" and "." in s["value"]:
                    a, b, *_ = (int(x) for x in s["value"].split("."))
                    assert a not in (0, 10, 127) and not (a == 192 and b == 168)
                    assert not (a == 172 and 16 <= b < 32)
                    assert not (a == 100 and 64 <= b < 128)
                elif s["type"] == "IP_ADDRESS":
                    assert not s["value"].lower().startswith(("2001:db8", "fe80", "fc", "fd"))


def test_people_written_many_ways(halves):
    for recs in halves.values():
        people = [s["value"] for r in recs for s in r["spans"] if s["type"] == "PERSON"]
        assert any(v.isupper() and " " in v for v in people)
        assert any(v.islower() for v in people)
        assert any(", " in v for v in people)
        assert any(re.fullmatch(r"[A-Z]\. \S.*", v) for v in people)
        assert any(re.search(r"[À-ž]", v) for v in people)
        assert any(" " not in v for v in people)  # a given name or surname alone
        texts = " ".join(r["text"] for r in recs)
        assert re.search(r"\w's\b", texts) and "> " in texts and "@" in texts


def test_cli_writes_jsonl(capsys):
    assert c16.main(["--half", "dev", "--n", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and all(re.match(r'\{"id": "c16-dev-\d"', x) for x in lines)


def test_same_records_across_processes():
    from tests.benchmarks.corpora import same_in_fresh_processes

    same_in_fresh_processes("corpus16", "dev", 40)
