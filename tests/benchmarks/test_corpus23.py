"""corpus23: shape, exact spans on the escaped text, determinism, split discipline, agent formats (tool
arguments, tool results, JSON inside strings, URL- and HTML-escaped values), ten languages, negatives without
private people (fast, no scrubber)."""

import html
import json
import re
from collections import Counter
from urllib.parse import unquote_plus

import pytest

from benchmarks import corpus23 as c23
from tests.benchmarks.corpora import (
    fast_and_seeded,
    same_in_fresh_processes,
    similar_type_mix,
    spans_exact_and_judged,
    values_disjoint_between_halves,
)


@pytest.fixture(scope="module")
def halves():
    return {h: c23.generate(h) for h in c23.HALVES}


def _decoded(value: str) -> str:
    """A labelled value as the person wrote it: JSON, URL and HTML escapes undone (two JSON levels)."""
    v = value
    for _ in range(2):
        if "\\" in v:
            v = json.loads(f'"{v}"')
    if "%" in v or "+" in v and " " not in v:
        v = unquote_plus(v)
    return html.unescape(v)


def test_sizes_ids_and_meta(halves):
    for h, recs in halves.items():
        assert len(recs) == c23.SIZES[h] == 300
        for i, r in enumerate(recs):
            assert r["id"] == f"c23-{h}-{i}"
            m = r["meta"]
            assert m["kind"] in ("positive", "negative") and m["lang"] in c23.LANGS
            assert m["family"] in c23.FAMILIES and m["template"] == f"{m['family']}-{h}" and m["tool"]
            assert (m["kind"] == "negative") == ("neg_class" in m)
            if m["kind"] == "negative":
                assert m["neg_class"] in c23.NEG_CLASSES and not r["spans"]
            else:
                assert r["spans"], r["id"]


def test_fast_deterministic_and_seeded(halves):
    fast_and_seeded(c23, halves)


def test_same_records_across_processes():
    same_in_fresh_processes("corpus23", "test", 40)
    same_in_fresh_processes("corpus23", "dev", 25)


def test_spans_exact_and_every_occurrence_labelled(halves):
    spans_exact_and_judged(c23, halves)


def test_negative_share_languages_and_families(halves):
    for recs in halves.values():
        kinds = Counter(r["meta"]["kind"] for r in recs)
        assert kinds["negative"] == 105 and kinds["positive"] == 195  # 35 % negatives
        langs = Counter(r["meta"]["lang"] for r in recs)
        assert langs["en"] == 147 and set(langs) == set(c23.LANGS) and len(c23.LANGS) == 10
        assert all(langs[x] == 17 for x in c23.LANGS[1:]), langs
        pos = [r for r in recs if r["meta"]["kind"] == "positive"]
        assert Counter(r["meta"]["family"] for r in pos) == {
            f: (17 if i < 3 else 16) for i, f in enumerate(c23.FAMILIES)
        }
        assert {r["meta"]["lang"] for r in pos} == set(c23.LANGS)
        classes = Counter(r["meta"].get("neg_class") for r in recs if r["meta"]["kind"] == "negative")
        assert set(classes) == set(c23.NEG_CLASSES) and min(classes.values()) == 15, classes


def test_agent_formats_and_escapes_present(halves):
    for h, recs in halves.items():
        text = "\n".join(r["text"] for r in recs)
        for needle in (
            '\\"',
            "\\n",
            "\\u00",
            "%40",
            "%2B",
            "&#39;",
            "&amp;",
            "HTTP/1.1",
            "jsonrpc",
            "$ ",
            "| ",
            "${" if h == "dev" else "{{ secrets.",
        ):
            assert needle in text, (h, needle)
        values = [s["value"] for r in recs for s in r["spans"]]
        assert any(re.search(r"\\u[0-9a-f]{4}", v) for v in values)  # a name with JSON \u escapes in its span
        assert any(re.search(r"%[0-9A-F]{2}", v) for v in values)  # a URL-encoded value
        assert any(re.search(r"&#\d+;|&#39;", v) for v in values)  # an HTML entity inside a span
        assert any(re.search(r"[А-я]", v) for v in values) and any(re.search(r"[Α-ω]", v) for v in values)
        assert any(re.search(r"[\u4e00-\u9fff]", v) for v in values)
        for r in recs:
            if r["meta"]["family"] in ("tool_args", "api_result", "json_in_string") and r["text"].startswith(
                "{"
            ):
                json.loads(r["text"])  # the JSON an agent sends is valid JSON
            if r["meta"]["family"] == "json_in_string" and r["meta"]["kind"] == "positive":
                outer = json.loads(r["text"])
                inner = (
                    outer["content"]
                    if "content" in outer and isinstance(outer["content"], str)
                    else (outer["result"]["content"][0]["text"])
                )
                json.loads(inner)  # ... and the string inside it is JSON again


def test_decoded_values_are_the_persons(halves):
    """A labelled escaped value, decoded, is a value of the pools (a name of this half's pools)."""
    for h, recs in halves.items():
        toks = c23.name_tokens(h)
        for r in recs:
            for s in r["spans"]:
                if s["type"] == "PERSON":
                    words = re.findall(r"[\w'-]+", _decoded(s["value"]))
                    assert words and all(w in toks for w in words), (r["id"], s["value"])


def test_negatives_hold_no_private_person(halves):
    toks = c23.name_tokens("dev") | c23.name_tokens("test")
    towns = c23.town_pool("dev") | c23.town_pool("test")
    streets = c23.street_pool("dev") | c23.street_pool("test")
    for recs in halves.values():
        for r in recs:
            if r["meta"]["kind"] != "negative":
                continue
            text = r["text"]
            assert not set(re.findall(r"[\w'-]+", text)) & toks, r["id"]
            assert not any(re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text) for t in towns | streets)
            for mail in re.findall(r"[\w.+\[\]-]+@[\w.-]+", text):
                assert re.search(
                    r"@example\.|@exemplo\.|bot|noreply|internal|@atlassian|alerts@|contact@|media@|"
                    r"info@|sac@|biuro@|pr@|ir@|press",
                    mail,
                ), (r["id"], mail)


def test_negatives_hold_schemas_placeholders_public_records_and_references(halves):
    negs = "\n".join(r["text"] for recs in halves.values() for r in recs if r["meta"]["kind"] == "negative")
    for needle in (
        "John Doe",
        "Mustermann",
        "example.com",
        "555-0100",
        '"properties"',
        "inputSchema",
        "${DB_PASSWORD}",
        "{{ secrets.SLACK_TOKEN }}",
        "dependabot[bot]",
        "switchboard",
        "p95_ms",
    ):
        assert needle in negs, needle
    assert sum(f[0] in negs for f in c23.PUBLIC) >= 10
    assert sum(c[2] in negs for c in c23.COMPANIES) >= 8  # switchboards, not labelled


def test_templates_tools_and_pools_disjoint(halves):
    used = {h: {r["meta"]["template"] for r in recs} for h, recs in halves.items()}
    assert not used["dev"] & used["test"] and all(len(u) == len(c23.FAMILIES) for u in used.values())
    tools = {h: {r["meta"]["tool"] for r in recs} for h, recs in halves.items()}
    assert not tools["dev"] & tools["test"]
    assert not c23.name_tokens("dev") & c23.name_tokens("test")
    assert not c23.town_pool("dev") & c23.town_pool("test")
    assert not c23.street_pool("dev") & c23.street_pool("test")


def test_labelled_values_disjoint_between_halves(halves):
    values_disjoint_between_halves(halves, c23.TYPES)


def test_every_type_in_both_halves(halves):
    counts = similar_type_mix(halves, c23.TYPES, 8)
    for h in c23.HALVES:
        assert counts[h]["PERSON"] == max(counts[h].values())


def test_birth_dates_only_with_a_birth_cue(halves):
    for recs in halves.values():
        for r in recs:
            if any(s["type"] == "DATE_OF_BIRTH" for s in r["spans"]):
                assert c23._BIRTH_CUE.search(r["text"]), r["id"]


def test_value_shapes(halves):
    for recs in halves.values():
        for r in recs:
            for s in r["spans"]:
                v = _decoded(s["value"])
                if s["type"] == "CREDIT_CARD":
                    digits = [int(c) for c in re.sub(r"\D", "", v)][::-1]
                    total = sum(
                        d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits)
                    )
                    assert total % 10 == 0 and len(digits) in (15, 16), v
                if s["type"] == "IBAN_CODE":
                    raw = v.replace(" ", "")
                    assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1, v
                if s["type"] == "US_SSN":
                    assert re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and not v.startswith(("000", "666", "9"))
                if s["type"] == "EMAIL_ADDRESS":
                    assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", v), v
                if s["type"] == "PHONE_NUMBER":
                    assert 9 <= len(re.sub(r"\D", "", v)) <= 13, v
                    assert v not in {c[2] for c in c23.COMPANIES}
                if s["type"] == "IP_ADDRESS" and "." in v:
                    assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, v
                if s["type"] == "NATIONAL_ID" and re.fullmatch(r"\d{8}[A-Z]", v):  # DNI
                    assert "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8], v
                if s["type"] == "NATIONAL_ID" and re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}", v):  # CPF
                    ds = [int(c) for c in re.sub(r"\D", "", v)]
                    for k in (9, 10):
                        rem = sum(x * w for x, w in zip(ds[:k], range(k + 1, 1, -1), strict=True)) * 10 % 11
                        assert ds[k] == (0 if rem == 10 else rem), v
                if s["type"] == "SECRET":
                    assert not re.search(r"\$\{|\{\{|<redacted>", v), v


def test_cli_writes_jsonl(capsys):
    assert c23.main(["--half", "test", "--n", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and all(re.match(r'\{"id": "c23-test-\d"', x) for x in lines)
