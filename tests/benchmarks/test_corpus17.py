"""corpus17: shape, exact spans, determinism, split discipline, check digits and mix (fast, no scrubber)."""

import datetime
import random
import re
from collections import Counter

import pytest

from benchmarks import corpus17 as c17
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    names_not_split,
    same_in_fresh_processes,
    seeded_like_the_others,
    similar_type_mix,
    values_disjoint_between_halves,
)


@pytest.fixture(scope="module")
def halves():
    return {h: c17.generate(h) for h in c17.HALVES}


def test_sizes_ids_and_meta(halves):
    for h, recs in halves.items():
        assert len(recs) == c17.SIZES[h] == 300
        for i, r in enumerate(recs):
            assert r["id"] == f"c17-{h}-{i}"
            m = r["meta"]
            assert m["kind"] in ("positive", "negative") and m["theme"] in c17.THEMES
            assert (m["kind"] == "negative") == ("neg_class" in m)
            assert c17.MIN_LEN <= len(r["text"]) <= c17.MAX_LEN


def test_deterministic_and_seeded(halves):
    seeded_like_the_others(c17, halves)
    assert c17.generate("test", n=30) == halves["test"][:30]


def test_same_records_across_processes():
    same_in_fresh_processes("corpus17", "test", 40)


def test_spans_exact_sorted_and_every_occurrence_labelled(halves):
    for recs in halves.values():
        for r in recs:
            spans = checked_spans(r)
            assert spans == r["spans"]
            assert all(s["type"] in c17.TYPES for s in spans)
            assert all("\n" not in s["value"] for s in spans)
            names_not_split(r)
            every_occurrence_labelled(r)
            assert not c17.problems(r["text"], r["spans"])


def test_dense_positives(halves):
    for recs in halves.values():
        pos = [r for r in recs if r["meta"]["kind"] == "positive"]
        assert all(len(r["spans"]) >= 4 for r in pos)
        assert sum(len(r["spans"]) for r in pos) / len(pos) >= 6


def test_a_quarter_negatives_without_spans_and_every_class(halves):
    for recs in halves.values():
        negs = [r for r in recs if r["meta"]["kind"] == "negative"]
        assert len(negs) == 75 and all(not r["spans"] for r in negs)
        assert all(r["spans"] for r in recs if r["meta"]["kind"] == "positive")
        classes = Counter(r["meta"]["neg_class"] for r in negs)
        assert set(classes) == set(c17.NEG_CLASSES)
        assert all(9 <= n <= 10 for n in classes.values()), classes


def test_negatives_hold_no_pool_name_or_personal_mail(halves):
    for h, recs in halves.items():
        toks = {t for t in c17.name_tokens(h) if len(t) > 3}
        for r in recs:
            if r["meta"]["kind"] == "negative":
                words = set(re.findall(r"[\w'-]+", r["text"]))
                assert not words & toks, (r["id"], words & toks)
                mail = r"[\w.]+@(gmail|outlook|yahoo|hotmail|gmx|web|orange|libero|wp)\."
                assert not re.search(mail, r["text"])


def test_templates_disjoint_and_all_used(halves):
    used = {h: {r["meta"]["template"] for r in recs} for h, recs in halves.items()}
    assert not used["dev"] & used["test"]
    for h in c17.HALVES:
        declared = {t.name for t in c17.TEMPLATES if t.half == h}
        assert used[h] == declared
        assert sum(1 for t in c17.TEMPLATES if t.half == h and not t.neg_class) >= 24
        themes = {t.theme for t in c17.TEMPLATES if t.half == h and not t.neg_class}
        assert themes == set(c17.THEMES)


def test_pools_disjoint():
    assert not c17.name_tokens("dev") & c17.name_tokens("test")
    assert not set(c17.name_pool("dev")) & set(c17.name_pool("test"))
    for cc in c17.COUNTRIES:
        assert not set(c17._split(c17.STREETS[cc], "dev")) & set(c17._split(c17.STREETS[cc], "test"))
        dev_towns = {t[0] for t in c17._split(c17.TOWNS[cc], "dev")}
        test_towns = {t[0] for t in c17._split(c17.TOWNS[cc], "test")}
        assert dev_towns and test_towns and not dev_towns & test_towns
    companies = {h: {x for v in c17.COMPANIES[h].values() for x in v} for h in c17.HALVES}
    assert not companies["dev"] & companies["test"]
    assert not set(c17.WORK_DOMAINS["dev"]) & set(c17.WORK_DOMAINS["test"])
    assert not set(c17._split(c17._PW_WORDS, "dev")) & set(c17._split(c17._PW_WORDS, "test"))


def test_labelled_values_disjoint_between_halves(halves):
    countries = {x for v in c17.COUNTRY_NAMES.values() for x in (v, v.upper())}  # shared by design
    values_disjoint_between_halves(
        halves, ("PERSON", "SECRET", "CREDIT_CARD", "IBAN_CODE", "NATIONAL_ID", "US_SSN", "EMAIL_ADDRESS",
                 "LOCATION"), lambda v: v not in countries)


def test_every_type_in_both_halves_with_a_similar_mix(halves):
    similar_type_mix(halves, c17.TYPES, 20)


def test_cultures_and_countries(halves):
    for recs in halves.values():
        pos = [r for r in recs if r["meta"]["kind"] == "positive"]
        assert len({x for r in pos for x in r["meta"]["cultures"]}) >= 25
        countries = Counter(x for r in pos for x in r["meta"]["countries"])
        assert set(countries) == set(c17.COUNTRIES) and min(countries.values()) >= 5, countries


def test_people_and_places_written_many_ways(halves):
    for recs in halves.values():
        people = [s["value"] for r in recs for s in r["spans"] if s["type"] == "PERSON"]
        assert any(v.isupper() and " " in v for v in people)
        assert any(v.islower() and " " in v for v in people)
        assert any(re.fullmatch(r"[^,]+, [^,]+", v) for v in people)
        assert any(re.fullmatch(r"[A-Z]\. \S.*", v) for v in people)
        assert any(re.search(r"[À-ž]", v) for v in people)
        assert any(" " not in v for v in people)
        places = [s["value"] for r in recs for s in r["spans"] if s["type"] == "LOCATION"]
        assert any(v.isupper() for v in places) and any(not re.search(r"\d", v) for v in places)
        texts = "\n".join(r["text"] for r in recs)
        assert "> " in texts and "," in texts and "|" in texts


def test_check_digits_on_every_checked_value(halves):
    kinds = Counter()
    for recs in halves.values():
        for r in recs:
            if r["meta"]["kind"] != "positive":
                continue
            values = {s["value"] for s in r["spans"]}
            for kind, v in r["meta"]["checks"]:
                assert v in values, (r["id"], kind, v)
                assert c17.CHECKS[kind](v), (r["id"], kind, v)
                kinds[kind] += 1
            checked = {v for _, v in r["meta"]["checks"]}
            for s in r["spans"]:
                if s["type"] in ("CREDIT_CARD", "IBAN_CODE", "US_SSN"):
                    assert s["value"] in checked, r["id"]
    assert {"card", "iban", "ssn", "nino", "nhs", "sin", "tfn", "pps", "ird", "aadhaar", "za_id", "steuerid",
            "nir", "dni", "nie", "cf", "bsn", "pesel"} <= set(kinds)


def test_validators_reject_corruption():
    assert c17.luhn_ok("4111 1111 1111 1111") and not c17.luhn_ok("4111 1111 1111 1112")
    assert c17.iban_ok("GB82 WEST 1234 5698 7654 32") and not c17.iban_ok("GB82 WEST 1234 5698 7654 33")
    assert c17.iban_ok("DE89370400440532013000") and not c17.iban_ok("DE89370400440532013001")
    assert c17.ssn_ok("123-45-6789") and not c17.ssn_ok("666-45-6789") and not c17.ssn_ok("912-45-6789")
    assert not c17.ssn_ok("123-00-6789") and not c17.ssn_ok("123-45-0000")
    assert c17.nino_ok("AB 12 34 56 C") and not c17.nino_ok("GB 12 34 56 C") and not c17.nino_ok("DA123456A")
    assert c17.nhs_ok("943 476 5919") and not c17.nhs_ok("943 476 5918")
    assert c17.sin_ok("130 692 544") and not c17.sin_ok("130 692 545")
    assert c17.tfn_ok("123 456 782") and not c17.tfn_ok("123 456 783")
    assert c17.pps_ok("1234567T") and not c17.pps_ok("1234567U")
    assert c17.ird_ok("49-091-850") and c17.ird_ok("136-410-132") and not c17.ird_ok("49-091-851")
    assert c17.verhoeff_ok("2363") and not c17.verhoeff_ok("2364")
    assert c17.za_ok("8001015009087") and not c17.za_ok("8001015009088")
    assert c17.steuerid_ok("86095742719") and not c17.steuerid_ok("86095742718")
    assert c17.nir_ok("2 55 08 14 168 025 38") and not c17.nir_ok("2 55 08 14 168 025 39")
    assert c17.dni_ok("12345678Z") and not c17.dni_ok("12345678A")
    assert c17.dni_ok("X1234567L") and not c17.dni_ok("X1234567M")
    assert c17.cf_ok("RSSMRA85T10A562S") and not c17.cf_ok("RSSMRA85T10A562T")
    assert c17.bsn_ok("111222333") and not c17.bsn_ok("111222334")
    assert c17.pesel_ok("44051401359") and not c17.pesel_ok("44051401358")


def test_generators_make_valid_values():
    rng = random.Random("c17-validators")
    for half in c17.HALVES:
        g = c17.Gen(rng, half)
        for _ in range(80):
            p = g.person()
            g._taken.clear()
            for kind in ("ssn", "nino", "nhs", "sin", "tfn", "pps", "ird", "aadhaar", "za_id", "steuerid",
                         "nir", "dni", "nie", "cf", "bsn", "pesel"):
                assert c17.CHECKS[kind](g.nid(kind, p)), kind
        for cc in c17.IBAN_BBAN:
            for _ in range(20):
                g.iban(cc)
        for _ in range(50):
            g.card()
        assert all(c17.CHECKS[k](v) for k, v in g.checks)


def test_ids_encode_birth_date_and_sex():
    g = c17.Gen(random.Random(3), "dev")
    p = c17.Person("Zuzanna", "Wójcik", "f", "polish", "PL", datetime.date(2003, 2, 9), ("Kraków", "", "30"))
    pesel = g.nid("pesel", p)
    assert pesel.startswith("032209") and int(pesel[9]) % 2 == 0
    assert g.nid("za_id", p).startswith("030209")
    assert re.sub(r"\D", "", g.nid("nir", p)).startswith("20302")
    assert g.nid("cf", p)[6:11] == "03B49"


def test_public_ips_only(halves):
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                if s["type"] == "IP_ADDRESS" and "." in s["value"]:
                    a, b, *_ = (int(x) for x in s["value"].split("."))
                    assert a not in (0, 10, 127) and not (a == 192 and b == 168)
                    assert not (a == 172 and 16 <= b < 32) and not (a == 100 and 64 <= b < 128)
                elif s["type"] == "IP_ADDRESS":
                    assert not s["value"].lower().startswith(("2001:db8", "fe80", "fc", "fd"))


def test_ssn_rules(halves):
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                if s["type"] == "US_SSN":
                    assert c17.ssn_ok(s["value"])


def test_cli_writes_jsonl(capsys):
    assert c17.main(["--half", "dev", "--n", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and all(re.match(r'\{"id": "c17-dev-\d"', x) for x in lines)
