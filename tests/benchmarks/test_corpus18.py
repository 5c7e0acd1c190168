"""corpus18: shape, exact spans, determinism, split discipline, check digits and mix (fast, no scrubber)."""

import random
import re
from collections import Counter

import pytest

from benchmarks import corpus18 as c18
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
    return {h: c18.generate(h) for h in c18.HALVES}


def test_sizes_ids_meta_and_length(halves):
    for h, recs in halves.items():
        assert len(recs) == c18.SIZES[h] == 300
        for i, r in enumerate(recs):
            assert r["id"] == f"c18-{h}-{i}"
            m = r["meta"]
            assert m["kind"] in ("positive", "negative") and m["theme"] in c18.THEMES
            assert (m["kind"] == "negative") == ("neg_class" in m)
            assert m["lang"] in c18.LANGS
            assert c18.MIN_LEN <= len(r["text"]) <= c18.MAX_LEN
        lengths = sorted(len(r["text"]) for r in recs)
        assert lengths[0] >= 1200 and lengths[-1] <= 5000
        assert lengths[len(lengths) // 2] >= 1300
        assert any(n >= 3000 for n in lengths)


def test_an_instruction_line_first(halves):
    for recs in halves.values():
        for r in recs:
            first, blank = r["text"].split("\n")[:2]
            assert 10 < len(first) < 140 and blank == "", r["id"]
            assert all(s["start"] > len(first) for s in r["spans"]), r["id"]


def test_deterministic_and_seeded(halves):
    seeded_like_the_others(c18, halves)
    assert c18.generate("test", n=30) == halves["test"][:30]


def test_same_records_across_processes():
    same_in_fresh_processes("corpus18", "test", 40)
    same_in_fresh_processes("corpus18", "dev", 20)


def test_spans_exact_sorted_and_every_occurrence_labelled(halves):
    for h, recs in halves.items():
        for r in recs:
            spans = checked_spans(r)
            assert spans == r["spans"]
            assert all(s["type"] in c18.TYPES for s in spans)
            assert all("\n" not in s["value"] for s in spans)
            names_not_split(r)
            every_occurrence_labelled(r)
            assert not c18.problems(r["text"], r["spans"], h, r["meta"]["kind"] == "negative"), r["id"]


def test_sparse_positives(halves):
    for recs in halves.values():
        pos = [r for r in recs if r["meta"]["kind"] == "positive"]
        assert all(3 <= len(r["spans"]) <= 12 for r in pos)
        per_kchar = sum(len(r["spans"]) for r in pos) / sum(len(r["text"]) for r in pos) * 1000
        assert per_kchar < 8  # sparse: long documents, a few spans


def test_negatives_35_percent_without_spans_and_every_class(halves):
    for recs in halves.values():
        negs = [r for r in recs if r["meta"]["kind"] == "negative"]
        assert len(negs) == 105 and all(not r["spans"] for r in negs)
        assert all(r["spans"] for r in recs if r["meta"]["kind"] == "positive")
        classes = Counter(r["meta"]["neg_class"] for r in negs)
        assert set(classes) == set(c18.NEG_CLASSES)
        assert all(9 <= n <= 20 for n in classes.values()), classes
        assert all(r["meta"]["theme"] == r["meta"]["neg_class"] for r in negs)


def test_negatives_hold_no_pool_name_or_personal_mail(halves):
    for h, recs in halves.items():
        toks = {t for t in c18.name_tokens(h) if len(t) > 3}
        for r in recs:
            if r["meta"]["kind"] == "negative":
                words = set(re.findall(r"[\w'-]+", r["text"]))
                assert not words & toks, (r["id"], words & toks)
                assert "@" not in r["text"]


def test_public_figures_birth_data_in_negatives_is_not_labelled(halves):
    for recs in halves.values():
        digests = [r for r in recs if r["meta"].get("neg_class") == "news_digest"]
        born = [r for r in digests if re.search(r"\b(born|né|nascido)\b", r["text"])]
        assert len(born) >= 5 and all(not r["spans"] for r in born)


def test_proper_nouns_that_are_not_personal_data(halves):
    public = c18.PUBLIC_COS + c18.CITIES + c18.FIGURES + c18.CEOS + c18.POLITICIANS + c18.BANKERS
    for recs in halves.values():
        pos = [r for r in recs if r["meta"]["kind"] == "positive"]
        topic = re.compile("|".join(r"\b" + re.escape(x) + r"\b" for x in public))
        with_topics = [r for r in pos if topic.search(r["text"])]
        assert len(with_topics) >= 0.8 * len(pos)
        labelled = {s["value"] for r in recs for s in r["spans"]}
        assert not labelled & set(public)


def test_languages(halves):
    for h, recs in halves.items():
        langs = Counter(r["meta"]["lang"] for r in recs)
        assert 0.75 <= langs["en"] / len(recs) <= 0.85, langs
        want = {"dev": {"de", "fr", "es"}, "test": {"it", "nl", "pt"}}[h]
        assert set(langs) - {"en"} == want
        for kind in ("positive", "negative"):
            assert any(r["meta"]["lang"] != "en" and r["meta"]["kind"] == kind for r in recs)


def test_templates_disjoint_and_all_used(halves):
    used = {h: {r["meta"]["template"] for r in recs} for h, recs in halves.items()}
    assert not used["dev"] & used["test"]
    for h in c18.HALVES:
        declared = {t.name for t in c18.TEMPLATES if t.half == h}
        assert used[h] == declared
        pos_themes = {t.theme for t in c18.TEMPLATES if t.half == h and not t.neg_class}
        assert len(pos_themes) == 13
        assert {t.neg_class for t in c18.TEMPLATES if t.half == h and t.neg_class} == set(c18.NEG_CLASSES)
    assert {t.theme for t in c18.TEMPLATES if t.half == "dev" and not t.neg_class} == {
        t.theme for t in c18.TEMPLATES if t.half == "test" and not t.neg_class
    }


def test_pools_disjoint():
    assert not c18.name_tokens("dev") & c18.name_tokens("test")
    assert not set(c18.name_pool("dev")) & set(c18.name_pool("test"))
    for cc in c18.COUNTRIES:
        assert not set(c18._split(c18.STREETS[cc], "dev")) & set(c18._split(c18.STREETS[cc], "test"))
        dev_towns = {t[0] for t in c18._split(c18.TOWNS[cc], "dev")}
        test_towns = {t[0] for t in c18._split(c18.TOWNS[cc], "test")}
        assert dev_towns and test_towns and not dev_towns & test_towns
    assert not set(c18._split(c18.COMPANIES, "dev")) & set(c18._split(c18.COMPANIES, "test"))
    assert not set(c18._split(c18.WORK_DOMAINS, "dev")) & set(c18._split(c18.WORK_DOMAINS, "test"))
    assert not set(c18._split(c18._PW_WORDS, "dev")) & set(c18._split(c18._PW_WORDS, "test"))


def test_person_pools_apart_from_public_names():
    public = " ".join(c18.FIGURES + c18.CEOS + c18.POLITICIANS + c18.BANKERS + c18.CITIES + c18.PUBLIC_COS)
    words = set(re.findall(r"[\w'-]+", public))
    for h in c18.HALVES:
        assert not {t for t in c18.name_tokens(h) if len(t) > 2} & words
    towns = {t[0] for v in c18.TOWNS.values() for t in v}
    assert not towns & set(c18.CITIES)


def test_labelled_values_disjoint_between_halves(halves):
    # bare initials (``HA``) are two letters: the halves cannot keep them apart
    values_disjoint_between_halves(
        halves, ("PERSON", "SECRET", "CREDIT_CARD", "IBAN_CODE", "NATIONAL_ID", "US_SSN", "EMAIL_ADDRESS",
                 "LOCATION"), lambda v: len(v) > 3)


def test_every_type_in_both_halves_with_a_similar_mix(halves):
    similar_type_mix(halves, c18.TYPES, 20)


def test_cultures_and_countries(halves):
    for recs in halves.values():
        pos = [r for r in recs if r["meta"]["kind"] == "positive"]
        assert len({x for r in pos for x in r["meta"]["cultures"]}) >= 30
        countries = Counter(x for r in pos for x in r["meta"]["countries"])
        assert len(countries) >= 10, countries


def test_people_written_many_ways(halves):
    for recs in halves.values():
        people = [s["value"] for r in recs for s in r["spans"] if s["type"] == "PERSON"]
        assert any(v.isupper() and " " in v for v in people)
        assert any(v.islower() for v in people)
        assert any(re.fullmatch(r"[^,]+, [^,]+", v) for v in people)
        assert any(re.fullmatch(r"[A-Z]\. \S.*", v) for v in people)
        assert any(re.search(r"[À-ž]", v) for v in people)
        assert any(" " not in v for v in people)
        texts = [(r["text"], s) for r in recs for s in r["spans"] if s["type"] == "PERSON"]
        before = [t[max(0, s["start"] - 6):s["start"]] for t, s in texts]
        assert any(re.search(r"\b(Mr|Ms|Dr|Dra\.|Frau) $", b) for b in before)
        assert any(re.search(r"\b(Hi|Dear|Morning|Bonjour) $", b) for b in before)


def test_check_digits_on_every_checked_value(halves):
    kinds = Counter()
    for recs in halves.values():
        for r in recs:
            if r["meta"]["kind"] != "positive":
                continue
            values = {s["value"] for s in r["spans"]}
            for kind, v in r["meta"]["checks"]:
                assert v in values, (r["id"], kind, v)
                assert c18.CHECKS[kind](v), (r["id"], kind, v)
                kinds[kind] += 1
            checked = {v for _, v in r["meta"]["checks"]}
            for s in r["spans"]:
                if s["type"] in ("CREDIT_CARD", "IBAN_CODE", "US_SSN"):
                    assert s["value"] in checked, r["id"]
    assert {"card", "iban", "ssn", "za_id", "dni", "pps", "aadhaar", "bsn", "nif"} <= set(kinds)


def test_validators_reject_corruption():
    assert c18.luhn_ok("4111 1111 1111 1111") and not c18.luhn_ok("4111 1111 1111 1112")
    assert c18.iban_ok("GB82 WEST 1234 5698 7654 32") and not c18.iban_ok("GB82 WEST 1234 5698 7654 33")
    assert c18.iban_ok("DE89370400440532013000") and not c18.iban_ok("DE89370400440532013001")
    assert c18.ssn_ok("123-45-6789") and not c18.ssn_ok("666-45-6789") and not c18.ssn_ok("912-45-6789")
    assert not c18.ssn_ok("123-00-6789") and not c18.ssn_ok("123-45-0000")
    assert c18.nino_ok("AB 12 34 56 C") and not c18.nino_ok("GB 12 34 56 C") and not c18.nino_ok("DA123456A")
    assert c18.verhoeff_ok("2363") and not c18.verhoeff_ok("2364")
    assert c18.za_ok("8001015009087") and not c18.za_ok("8001015009088")
    assert c18.dni_ok("12345678Z") and not c18.dni_ok("12345678A")
    assert c18.pps_ok("1234567T") and not c18.pps_ok("1234567U")
    assert c18.bsn_ok("111222333") and not c18.bsn_ok("111222334")
    assert c18.tfn_ok("123 456 782") and not c18.tfn_ok("123 456 783")
    assert c18.nif_ok("123456789") and not c18.nif_ok("123456788")


def test_generators_make_valid_values():
    for half in c18.HALVES:
        g = c18.Gen(random.Random(f"c18-validators-{half}"), half)
        for _ in range(60):
            for kind in ("nino", "aadhaar", "za_id", "bsn", "dni", "pps", "tfn", "nif"):
                g.nid(kind)
            g.ssn()
            g.card()
        for cc in ("GB", "IE", "DE", "FR", "ES", "IT", "NL", "PT"):
            for _ in range(20):
                g.iban(cc)
        assert all(c18.CHECKS[k](v) for k, v in g.checks)


def test_public_ips_only(halves):
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                if s["type"] == "IP_ADDRESS" and "." in s["value"]:
                    a, b, *_ = (int(x) for x in s["value"].split("."))
                    assert a not in (0, 10, 127) and not (a == 192 and b == 168)
                    assert not (a == 172 and 16 <= b < 32) and not (a == 100 and 64 <= b < 128)
                    assert not (a == 169 and b == 254) and a < 224
                elif s["type"] == "IP_ADDRESS":
                    assert not s["value"].lower().startswith(("2001:db8", "fe80", "fc", "fd"))


def test_cli_writes_jsonl(capsys):
    assert c18.main(["--half", "dev", "--n", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and all(re.match(r'\{"id": "c18-dev-\d"', x) for x in lines)


def test_titles_follow_the_given_name():
    given = {f for _, fs, _ in c18.NAMES.values() for f in fs}
    assert c18.FEMALE < given and len(c18.FEMALE) >= 60
    g = c18.Gen(random.Random(1), "dev")
    aoife = c18.Person("Aoife", "Mulcahy", "irish", "IE")
    cian = c18.Person("Cian", "Mulcahy", "irish", "IE")
    titles = (g.title(aoife), g.title(cian), g.title(aoife, "de"), g.title(cian, "pt"))
    assert titles == ("Ms", "Mr", "Frau", "O Dr.")


def test_documents_do_not_repeat_a_sentence(halves):
    for recs in halves.values():
        for r in recs:
            sents = [s for s in re.split(r"(?<=[.!?])\s+", r["text"]) if len(s) > 60]
            assert max(Counter(sents).values(), default=1) == 1, r["id"]
