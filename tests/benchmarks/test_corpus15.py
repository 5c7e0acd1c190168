"""corpus15: shape, determinism, split discipline and check digits (fast, no scrubber)."""

import re

import pytest

from benchmarks import corpus15 as c15
from tests.benchmarks.corpora import written_by_fresh_processes


@pytest.fixture(scope="module")
def halves():
    return {h: c15.generate(h) for h in c15.HALVES}


def test_sizes_ids_and_meta(halves):
    for h, recs in halves.items():
        assert len(recs) == c15.SIZES[h] == 300
        for i, r in enumerate(recs):
            assert r["id"] == f"c15-{h}-{i}"
            m = r["meta"]
            assert m["kind"] == ("negative" if i % 4 == 3 else "positive")
            assert {"template", "lang", "region", "kind"} <= set(m)
            if m["kind"] == "negative":
                assert m["neg_class"] in ("ordinary",) + c15.NEG_CLASSES
            assert 150 <= len(r["text"]) <= 1500


def test_deterministic():
    a = c15.generate("dev", n=40)
    b = c15.generate("dev", n=40)
    assert a == b
    assert c15.generate("dev", n=12, seed=7) != c15.generate("dev", n=12)


def test_spans_valid_sorted_not_touching(halves):
    for recs in halves.values():
        for r in recs:
            t, spans = r["text"], r["spans"]
            assert spans == sorted(spans, key=lambda s: s["start"])
            for s in spans:
                assert s["type"] in c15.TYPES
                assert t[s["start"]:s["end"]] == s["value"] and s["value"].strip() == s["value"]
            for a, b in zip(spans, spans[1:]):
                assert a["end"] < b["start"]


def test_labelled_values_not_repeated_unlabelled(halves):
    for recs in halves.values():
        for r in recs:
            assert not c15._problems(r["text"], r["spans"], r["meta"]["kind"] == "negative")


def test_negatives_have_no_spans_and_classes_balanced(halves):
    for recs in halves.values():
        negs = [r for r in recs if r["meta"]["kind"] == "negative"]
        assert len(negs) == 75 and all(not r["spans"] for r in negs)
        ordinary = sum(r["meta"]["neg_class"] == "ordinary" for r in negs)
        assert 35 <= ordinary <= 40
        assert {r["meta"]["neg_class"] for r in negs} == {"ordinary", *c15.NEG_CLASSES}


def test_templates_disjoint_and_enough(halves):
    names = {h: {r["meta"]["template"] for r in recs} for h, recs in halves.items()}
    assert not names["dev"] & names["test"]
    for h in c15.HALVES:
        declared = {t.name for t in c15.TEMPLATES if t.half == h}
        assert names[h] == declared and len(declared) >= 40


def test_name_street_town_pools_disjoint(halves):
    dev, test = c15.name_pool("dev"), c15.name_pool("test")
    assert dev and test and not dev & test
    tok = {h: {w for x in c15.name_pool(h) for w in x.split()} for h in c15.HALVES}
    assert not tok["dev"] & tok["test"]
    for reg in c15.R.values():
        assert not set(c15._split(reg.addrs, "dev")) & set(c15._split(reg.addrs, "test"))
        assert not set(c15._split(reg.towns, "dev")) & set(c15._split(reg.towns, "test"))
    # no labelled person value shows up in both halves
    per = {h: {s["value"] for r in recs for s in r["spans"] if s["type"] == "PERSON"}
           for h, recs in halves.items()}
    assert not per["dev"] & per["test"]
    towns = {h: {s["value"] for r in recs for s in r["spans"]
                 if s["type"] == "LOCATION" and not re.search(r"\d", s["value"])}
             for h, recs in halves.items()}
    assert towns["dev"] and towns["test"] and not towns["dev"] & towns["test"]


def test_every_type_in_both_halves(halves):
    for recs in halves.values():
        present = {s["type"] for r in recs for s in r["spans"]}
        assert present == set(c15.TYPES)


def test_cultures_per_half(halves):
    for recs in halves.values():
        cults = {x for r in recs if r["meta"]["kind"] == "positive" for x in r["meta"]["cultures"]}
        assert len(cults) >= 15


def test_languages(halves):
    for recs in halves.values():
        en = sum(r["meta"]["lang"] == "en" for r in recs)
        assert 0.70 <= en / len(recs) <= 0.80
        assert len({r["meta"]["lang"] for r in recs}) >= 12


def test_check_digits_on_every_checked_value(halves):
    kinds = set()
    for recs in halves.values():
        for r in recs:
            if r["meta"]["kind"] != "positive":
                continue
            values = {s["value"] for s in r["spans"]}
            for kind, v in r["meta"]["checks"]:
                assert v in values
                assert c15.CHECKS[kind](v), (kind, r["id"])
                kinds.add(kind)
            checked = {v for _, v in r["meta"]["checks"]}
            for s in r["spans"]:
                if s["type"] in ("CREDIT_CARD", "IBAN_CODE"):
                    assert s["value"] in checked
    assert {"card", "iban", "aadhaar", "cpf", "nric", "tckn", "pesel", "thai", "cnid", "il_tz",
            "za_id"} <= kinds


def test_card_and_iban_validators_reject_corruption():
    assert c15.luhn_ok("4111 1111 1111 1111") and not c15.luhn_ok("4111 1111 1111 1112")
    assert c15.iban_ok("GB82 WEST 1234 5698 7654 32") and not c15.iban_ok("GB82 WEST 1234 5698 7654 33")
    assert c15.verhoeff_ok("2363") and not c15.verhoeff_ok("2364")
    assert c15.cpf_ok("529.982.247-25") and not c15.cpf_ok("529.982.247-24")
    assert c15.nric_ok("S1234567D") and not c15.nric_ok("S1234567E")
    assert c15.tckn_ok("10000000146") and not c15.tckn_ok("10000000147")
    assert c15.pesel_ok("44051401359") and not c15.pesel_ok("44051401358")
    assert c15.cnid_ok("11010519491231002X") and not c15.cnid_ok("110105194912310021")
    assert c15.il_ok("000000018") and not c15.il_ok("000000019")
    assert c15.thai_ok("1101700230708") and not c15.thai_ok("1101700230705")
    assert c15.hkid_ok("A123456(3)") and not c15.hkid_ok("A123456(4)")
    assert c15.twid_ok("A123456789") and not c15.twid_ok("A123456788")
    assert c15.hetu_ok("131052-308T") and not c15.hetu_ok("131052-308U")
    assert c15.mynumber_ok("123456789018") and not c15.mynumber_ok("123456789017")
    assert c15.cuil_ok("20-12345678-6") and not c15.cuil_ok("20-12345678-5")
    assert c15.za_ok("8001015009087") and not c15.za_ok("8001015009088")


def test_validators_on_generated_values():
    import random

    rng = random.Random("c15-validators")
    pools = c15._pools("dev")
    for _ in range(200):
        p = c15._mk_person(rng, pools, rng.choice(["polish", "turkish", "chinese", "korean", "mexican"]))
        for kind in ("aadhaar", "cpf", "nric", "tckn", "pesel", "thai", "cnid", "il_tz", "za_id", "rrn",
                     "mynumber", "hkid", "twid", "curp", "cuil", "hetu", "fnr", "emirates", "saudi",
                     "personnummer", "amka", "sin"):
            assert c15.CHECKS[kind](c15.gen_id(rng, kind, p)), kind
        assert c15.luhn_ok(c15.gen_card(rng))
        for cc in c15._IBAN:
            v = c15.gen_iban(rng, cc)
            assert c15.iban_ok(v) and v.startswith(cc)


def test_ids_encode_birth_date():
    import datetime
    import random

    rng = random.Random(1)
    p = c15.Person("polish", "f", "Ewa", "Nowakowska", "Ewa Nowakowska", datetime.date(2003, 7, 9))
    assert c15.gen_id(rng, "pesel", p).startswith("032709")
    assert c15.gen_id(rng, "cnid", p)[6:14] == "20030709"
    assert c15.gen_id(rng, "rrn", p).startswith("030709-4")


def test_public_ips(halves):
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                if s["type"] == "IP_ADDRESS":
                    a, b, *_ = (int(x) for x in s["value"].split("."))
                    assert a not in (10, 127, 0) and not (a == 192 and b == 168)
                    assert not (a == 172 and 16 <= b < 32)


def test_cli_writes_jsonl(capsys):
    assert c15.main(["--half", "dev", "--n", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and all(re.match(r'\{"id": "c15-dev-\d"', x) for x in lines)


def test_same_records_across_processes():
    first, second = written_by_fresh_processes("corpus15", "dev", 40, ("1", "2"))
    assert first == second
