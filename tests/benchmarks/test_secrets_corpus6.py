"""The sixth secrets corpus (secrets as people share them, in many languages): spans are secret values inside
the text, negatives carry a class and no span, each half covers every language and class, the halves share
no template, vendor or value, and the records are the same in every process."""

import json
import re

import pytest

from benchmarks import secrets_corpus6 as corpus
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    same_in_fresh_processes,
    seeded_like_the_others,
)


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus.generate(half) for half in corpus.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus, halves)
    assert corpus.generate("test") == halves["test"]


def test_same_records_across_processes():
    same_in_fresh_processes("secrets_corpus6", "dev", 150, ("3", "11"))


def test_spans_are_secret_values_inside_the_text(halves):
    cue = re.compile(r"^(password|pin|code|kod|koden|kode|wachtwoord|senha|clave|şifre|hasło|heslo|jelszó|"
                     r"salasana|lösenord|passord|mã|parola)\b\s*[:=]?", re.I)
    for records in halves.values():
        for r in records:
            assert not re.search("[⟦⟧⟨⟩]", r["text"]), r["id"]  # every marker filled
            for s in checked_spans(r):
                assert set(s) == {"type", "start", "end", "value"} and s["type"] == "SECRET", r["id"]
                assert s["value"][0] not in "\"'`(" and s["value"][-1] not in "\"'`),.", r["id"]
                assert not cue.match(s["value"]), r["id"]
            every_occurrence_labelled(r)


def test_sizes_meta_and_negatives(halves):
    for half, records in halves.items():
        assert len(records) == corpus.SIZES[half]
        assert len({r["id"] for r in records}) == len(records)
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["scope"] == ["SECRET"] and meta["lang"] in corpus.LANGS
            if meta["kind"] == "negative":
                assert not r["spans"] and meta["neg_class"] in corpus.NEG_CLASSES, r["id"]
            else:
                assert meta["kind"] == "positive" and r["spans"] and "neg_class" not in meta, r["id"]
        share = sum(r["meta"]["kind"] == "negative" for r in records) / len(records)
        machine = sum(bool(r["spans"]) and r["meta"]["form"] in corpus.MACHINE_FORMS for r in records)
        machine /= len(records)
        english = sum(r["meta"]["lang"] == "en" for r in records) / len(records)
        assert 0.18 <= share <= 0.22 and 0.12 <= machine <= 0.18 and 0.35 <= english <= 0.48


def test_every_half_covers_every_language_and_negative_class(halves):
    for half, records in halves.items():
        positives = [r for r in records if r["spans"]]
        assert {r["meta"]["lang"] for r in positives} == set(corpus.LANGS), half
        assert {r["meta"]["neg_class"] for r in records if not r["spans"]} == set(corpus.NEG_CLASSES), half
        assert {t.name for t in corpus.templates(half)} == {r["meta"]["template"] for r in records}
        forms = {r["meta"]["form"] for r in positives}
        assert {"transcript", "chat_answer", "table", "sms", "cue_after", "split_lines", "ocr"} <= forms
        spoken = [s["value"] for r in positives if r["meta"]["form"] == "transcript" for s in r["spans"]]
        assert spoken and all(not re.search(r"\d", v) for v in spoken)  # digits said as words
        assert sum(len(r["spans"]) >= 2 for r in positives) >= 0.4 * len(positives)


def test_halves_share_no_template_vendor_word_or_value(halves):
    dev, test = (corpus.templates(h) for h in corpus.HALVES)
    assert not {t.name for t in dev} & {t.name for t in test}
    assert not {t.text for t in dev} & {t.text for t in test}
    assert not set(corpus.vendors("dev")) & set(corpus.vendors("test"))
    assert len(corpus.vendors("dev")) >= 20 and len(corpus.vendors("test")) >= 20
    assert not set(corpus.PW_WORDS["dev"]) & set(corpus.PW_WORDS["test"])
    values = {h: {s["value"] for r in rs for s in r["spans"]} for h, rs in halves.items()}
    assert not values["dev"] & values["test"]
    for half, records in halves.items():  # every vendor's key is drawn, named where the text names it
        named = "\n".join(r["text"] for r in records if r["meta"]["form"] in corpus.MACHINE_FORMS)
        assert all(env in named or name in named for name, env, _, _ in corpus.VENDORS[half]), half


def test_values_have_the_shapes_people_and_vendors_use(halves):
    values = [s["value"] for rs in halves.values() for r in rs for s in r["spans"]]
    joined = "\n".join(values)
    for shape in (r"^\d{4}$", r"^\d{6}$", r"^\d{8}$", r"^\d{4,6}#$", r"^\*\d{4,6}$", r"^\d\d-\d\d-\d\d$",
                  r"^\d{3} \d{3}$", r"^[0-9a-f]{5}-[0-9a-f]{5}$", r"^AKIA[0-9A-Z]{16}$", r"^glpat-",
                  r"^sk-ant-api03-", r"^xoxb-", r"^[a-z]+([ .-][a-z]+){2,}$"):
        assert re.search(shape, joined, re.M), shape


def test_negatives_hold_look_alikes(halves):
    text = "\n".join(r["text"] for rs in halves.values() for r in rs if not r["spans"])
    for shape in (r"\*{8}", r"<password>|<your-api-key>|<lösenord>", r"your-password-here", r"\bxxxx\b",
                  r"\b[0-9a-f]{8}-[0-9a-f]{4}-4", r"\b[0-9a-f]{64}\b", r"\bat least 12 characters",
                  r"\*{4}\d{4}", r"\bgate [A-G]\d", r"\b\d{1,2}:\d\d\b"):
        assert re.search(shape, text), shape


def test_cli_writes_jsonl(capsys):
    assert corpus.main(["--half", "test", "--n", "5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == corpus.generate("test", 5)
