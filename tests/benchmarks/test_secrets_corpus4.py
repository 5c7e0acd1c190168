"""The fourth secrets corpus (secrets as people paste them, and look-alikes): labels point at their values,
groups in proportion, every form in each half, halves apart, deterministic."""

import json
import re
from collections import Counter

import pytest

from benchmarks import secrets_corpus4 as corpus
from tests.benchmarks.corpora import checked_spans, same_in_fresh_processes, seeded_like_the_others


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus.generate(half) for half in corpus.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus, halves)
    assert corpus.generate("test") == halves["test"]


def test_same_records_across_processes():
    # Catches value sources whose order depends on the per-process hash seed.
    same_in_fresh_processes("secrets_corpus4", "test", 120, ("1", "5"))


def test_every_span_is_a_secret_value_inside_the_text(halves):
    key_cue = re.compile(r"^(password|passwort|pwd?|token|secret|key|pin|mdp)\s*[:=]", re.I)
    for records in halves.values():
        for r in records:
            for s in checked_spans(r):
                assert set(s) == {"start", "end", "type", "value"}, r["id"]
                assert s["type"] == "SECRET", r["id"]
                assert s["value"][0] not in "\"'«“" and s["value"][-1] not in "\"'»”", r["id"]
                assert not key_cue.match(s["value"]), r["id"]
                assert "⟦" not in r["text"] and "⟨" not in r["text"], r["id"]  # every marker filled


def test_groups_in_proportion_and_meta(halves):
    for half, records in halves.items():
        assert len(records) == corpus.SIZES[half]
        assert len({r["id"] for r in records}) == len(records)
        groups = Counter(corpus.FORMS[r["meta"]["form"]] for r in records)
        for group, share in corpus.SHARES:
            assert abs(groups[group] / len(records) - share) <= 0.02, (half, groups)
        for r in records:
            meta = r["meta"]
            assert set(meta) == {"template", "half", "kind", "form", "lang"}, r["id"]
            assert meta["half"] == half and meta["template"].startswith(f"s4-{half}-")
            assert meta["lang"] in corpus.LANGS and meta["form"] in corpus.FORMS
            if meta["kind"] == "negative":
                assert not r["spans"] and meta["form"].startswith("neg_"), r["id"]
            else:
                assert meta["kind"] == "secret" and r["spans"], r["id"]
                assert not meta["form"].startswith("neg_"), r["id"]
        kinds = Counter(r["meta"]["kind"] for r in records)
        assert 0.13 <= kinds["negative"] / len(records) <= 0.17, kinds


def test_every_half_covers_every_form_and_every_language(halves):
    for records in halves.values():
        assert {r["meta"]["form"] for r in records} == set(corpus.FORMS)
        prose = [r for r in records if corpus.FORMS[r["meta"]["form"]] == "password"]
        assert {r["meta"]["lang"] for r in prose} == set(corpus.LANGS)
        assert len({r["meta"]["template"] for r in records}) >= 60
        mixed = [r for r in records if r["meta"]["form"] == "mixed"]
        assert all(len(r["spans"]) >= 2 for r in mixed)


def test_halves_share_no_template_and_no_secret(halves):
    templates = {h: {r["meta"]["template"].split("-", 2)[2] for r in rs} for h, rs in halves.items()}
    assert not templates["dev"] & templates["test"]
    assert {t.name for t in corpus.templates("dev")} == templates["dev"]  # every template drawn
    assert {t.name for t in corpus.templates("test")} == templates["test"]
    texts = {h: {t.variants for t in corpus.templates(h)} for h in corpus.HALVES}
    assert not texts["dev"] & texts["test"]
    values = {h: {s["value"] for r in rs for s in r["spans"]} for h, rs in halves.items()}
    assert not values["dev"] & values["test"]


def test_values_have_real_shapes_and_vary(halves):
    for records in halves.values():
        values = [s["value"] for r in records for s in r["spans"]]
        assert len(set(values)) >= 0.9 * len(values)
        joined = "\n".join(values)
        for shape in (r"^AKIA[0-9A-Z]{16}$", r"^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$", r"^-----BEGIN [A-Z ]+-----\n",
                      r"^(\w+ ){11}\w+$", r"^\d{4,6}$", r"^[0-9a-f]{32}$"):
            assert re.search(shape, joined, re.M), shape
        blocks = [v for v in values if v.startswith("-----BEGIN")]
        assert all(re.search(r"\n *-----END [A-Z ]+-----$", v) for v in blocks)  # YAML may indent it


def test_cli_writes_jsonl(capsys):
    assert corpus.main(["--half", "dev", "--n", "5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    assert [json.loads(line) for line in lines] == corpus.generate("dev", 5)
