"""secrets corpus 10: shape, exact spans, determinism, split discipline, file kinds, negatives (fast, no
scrubber)."""

import base64
import re
from collections import Counter

import pytest

from benchmarks import secrets_corpus10 as s10
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    fast_and_seeded,
    same_in_fresh_processes,
    similar_type_mix,
    values_disjoint_between_halves,
)


@pytest.fixture(scope="module")
def halves():
    return {h: s10.generate(h) for h in s10.HALVES}


def test_sizes_ids_and_meta(halves):
    for h, recs in halves.items():
        assert len(recs) == s10.SIZES[h] == 300
        for i, r in enumerate(recs):
            assert r["id"] == f"s10-{h}-{i}"
            m = r["meta"]
            assert m["scope"] == ["SECRET"]
            assert m["kind"] in ("positive", "negative") and m["lang"] in s10.LANGS
            assert (m["kind"] == "negative") == ("neg_class" in m)
            if m["kind"] == "positive":
                assert r["spans"]
            else:
                assert m["neg_class"] in s10.NEG_CLASSES and not r["spans"]
            first = r["text"].split("\n")[0]
            assert 10 < len(first) < 120, r["id"]  # an instruction first
            assert all(s["start"] > len(first) for s in r["spans"]), r["id"]


def test_fast_deterministic_and_seeded(halves):
    fast_and_seeded(s10, halves)


def test_same_records_across_processes():
    same_in_fresh_processes("secrets_corpus10", "test", 40)
    same_in_fresh_processes("secrets_corpus10", "dev", 25)


def test_spans_exact_and_every_occurrence_labelled(halves):
    for recs in halves.values():
        for r in recs:
            spans = checked_spans(r)
            assert spans == r["spans"]
            assert all(s["type"] == "SECRET" for s in spans)
            every_occurrence_labelled(r)
            assert not s10.problems(r["text"], r["spans"], r["meta"]["kind"] == "negative"), r["id"]


def test_span_is_the_value_only(halves):
    for recs in halves.values():
        for r in recs:
            text = r["text"]
            for s in r["spans"]:
                v = s["value"]
                assert not re.match(r"(Bearer|Basic|Token) ", v), r["id"]
                assert v[0] not in "'\"" and v[-1] not in "'\"", (r["id"], v)
                assert not re.match(r"(?i)[\w.-]*(pass|secret|token|key|pwd)[\w.-]*\s*[=:]", v), (r["id"], v)
                before = text[max(0, s["start"] - 7):s["start"]]
                assert not before.endswith(("Bearer", "Basic")), r["id"]
                if "\n" in v:  # only PEM bodies span lines
                    assert text[:s["start"]].rstrip("\n").endswith("PRIVATE KEY-----"), r["id"]


def test_url_credentials_label_the_password_only(halves):
    n = 0
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                head = r["text"][max(0, s["start"] - 40):s["start"]]
                if re.search(r"://[\w.-]*:$", head):
                    n += 1
                    assert r["text"][s["end"]] == "@", r["id"]
                    assert "@" not in s["value"] and ":" not in s["value"]
    assert n >= 60


def test_thirty_percent_negatives_of_every_class(halves):
    for recs in halves.values():
        negs = [r for r in recs if r["meta"]["kind"] == "negative"]
        assert len(negs) == 90
        classes = Counter(r["meta"]["neg_class"] for r in negs)
        assert set(classes) == set(s10.NEG_CLASSES) and min(classes.values()) >= 10, classes
        assert any(r["meta"]["lang"] != "en" for r in negs)


def test_negatives_hold_no_pool_value(halves):
    pool = s10.pool_values("dev") | s10.pool_values("test")
    labelled = {s["value"] for recs in halves.values() for r in recs for s in r["spans"]}
    for recs in halves.values():
        for r in recs:
            if r["meta"]["kind"] == "negative":
                words = set(re.findall(r"[\w@#$!*&%.-]+", r["text"]))
                assert not words & pool, (r["id"], words & pool)
                assert not any(v in r["text"] for v in labelled), r["id"]


def test_negatives_tempt_a_secret_detector(halves):
    # every negative has a credential-ish key, a long random-looking run or an id
    cue = re.compile(r"(?i)(password|passwd|pass|secret|token|key|auth|sha256|[0-9a-f]{32}|[A-Za-z0-9+/]{40}"
                     r"|[0-9a-f]{8}-[0-9a-f]{4}-)")
    for recs in halves.values():
        for r in recs:
            if r["meta"]["kind"] == "negative":
                assert cue.search(r["text"].split("\n", 1)[1]), r["id"]


def test_languages_eighty_percent_english(halves):
    for recs in halves.values():
        langs = Counter(r["meta"]["lang"] for r in recs)
        assert langs["en"] == 240 and set(langs) == set(s10.LANGS), langs
        assert all(langs[x] == 12 for x in s10.LANGS[1:])
        for r in recs:
            if r["meta"]["lang"] == "ja":
                assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", r["text"].split("\n")[0]), r["id"]


def test_templates_and_instructions_disjoint_and_balanced(halves):
    used = {h: {r["meta"]["template"] for r in recs} for h, recs in halves.items()}
    assert not used["dev"] & used["test"]
    for h in s10.HALVES:
        assert used[h] == {t.name for t in s10.TEMPLATES if t.half == h}
        assert len([t for t in s10.TEMPLATES if t.half == h and not t.neg_class]) >= 20
    instr = {h: {r["text"].split("\n")[0] for r in recs} for h, recs in halves.items()}
    assert not instr["dev"] & instr["test"]
    for lang, pool in s10.FOREIGN.items():
        assert not set(s10._split(pool, "dev")) & set(s10._split(pool, "test")), lang


def test_pools_disjoint_between_halves():
    assert not s10.pool_values("dev") & s10.pool_values("test")
    for pool in (s10.PW_WORDS, s10.PHRASE_WORDS, s10.HAND_PWS, s10.VENDOR_PREFIXES):
        assert len(set(pool)) == len(pool)


def test_labelled_values_disjoint_between_halves(halves):
    values_disjoint_between_halves(halves, s10.TYPES)


def test_type_mix(halves):
    counts = similar_type_mix(halves, s10.TYPES, 400)
    assert all(counts[h]["SECRET"] < 700 for h in s10.HALVES)


def test_many_secret_shapes_and_file_kinds(halves):
    common = {"password", "hex", "base62", "base64", "base64url", "prefixed", "k8s_base64", "pem", "cookie",
              "webhook_path", "ci_token", "base32", "dotted", "mixed"}
    for recs in halves.values():
        shapes = Counter(x for r in recs for x in r["meta"].get("shapes", []))
        assert common <= set(shapes), common - set(shapes)
        assert shapes["password"] >= 80
        files = {r["meta"]["file"] for r in recs if r["meta"]["kind"] == "positive"}
        assert len(files) >= 20


def test_base64_spans_decode(halves):
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                before = r["text"][max(0, s["start"] - 20):s["start"]]
                if "Basic " in before:
                    assert ":" in base64.b64decode(s["value"]).decode(), r["id"]
                if re.search(r"^  [a-z-]+: $", before.split("\n")[-1]) and "data:" in r["text"]:
                    if "stringData" not in before:
                        base64.b64decode(s["value"], validate=True)


def test_pem_blocks_are_one_span_each(halves):
    for recs in halves.values():
        for r in recs:
            if "PRIVATE KEY-----\n" in r["text"]:
                assert sum("\n" in s["value"] for s in r["spans"]) == r["text"].count("-----BEGIN"), r["id"]
            if "BEGIN PUBLIC KEY" in r["text"]:
                assert r["meta"]["neg_class"] == "public_keys"


def test_cli_writes_jsonl(capsys):
    assert s10.main(["--half", "test", "--n", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and all(re.match(r'\{"id": "s10-test-\d"', x) for x in lines)
