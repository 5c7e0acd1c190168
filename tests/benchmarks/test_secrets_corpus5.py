"""The fifth secrets corpus (non-English prose, shared codes, machine text, and look-alikes): labels point at
secret values only, negatives in proportion, every language, genre and class in each half, halves apart,
deterministic."""

import json
import re

import pytest

from benchmarks import secrets_corpus5 as corpus
from tests.benchmarks.corpora import checked_spans, same_in_fresh_processes, seeded_like_the_others


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus.generate(half) for half in corpus.HALVES}


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus, halves)
    assert corpus.generate("test") == halves["test"]


def test_same_records_across_processes():
    # Catches value sources whose order depends on the per-process hash seed.
    same_in_fresh_processes("secrets_corpus5", "test", 120, ("1", "7"))


def test_every_span_is_a_secret_value_inside_the_text(halves):
    cues = r"password|passwort|pwd?|token|secret|key|pin|code|mot de passe|şifre|hasło"
    key_cue = re.compile(rf"^({cues})\s*[:=]", re.I)
    for records in halves.values():
        for r in records:
            assert not re.search("[§¤]", r["text"]), r["id"]  # every marker filled
            for s in checked_spans(r):
                assert set(s) == {"start", "end", "type", "value"}, r["id"]
                assert s["type"] == "SECRET", r["id"]
                assert s["value"][0] not in "\"'«“" and s["value"][-1] not in "\"'»”", r["id"]
                assert not key_cue.match(s["value"]), r["id"]


def test_negatives_in_proportion_and_meta(halves):
    for half, records in halves.items():
        assert len(records) == corpus.SIZES[half]
        assert len({r["id"] for r in records}) == len(records)
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["scope"] == ["SECRET"], r["id"]
            assert meta["lang"] in corpus.LANGS, r["id"]
            if "neg_class" in meta:
                assert set(meta) == {"template", "lang", "genre", "half", "scope", "neg_class"}, r["id"]
                assert meta["neg_class"] in corpus.NEG_CLASSES and not r["spans"], r["id"]
            else:
                assert set(meta) == {"template", "lang", "genre", "half", "scope"}, r["id"]
                assert r["spans"], r["id"]
        negatives = sum("neg_class" in r["meta"] for r in records)
        assert 0.15 <= negatives / len(records) <= 0.20, negatives


def test_every_half_covers_every_language_genre_and_negative_class(halves):
    genres = {t.genre for half in corpus.HALVES for t in corpus.templates(half)}
    for records in halves.values():
        positives = [r for r in records if r["spans"]]
        assert {r["meta"]["lang"] for r in positives} == set(corpus.LANGS)
        assert {r["meta"]["genre"] for r in records} == genres
        assert {r["meta"]["neg_class"] for r in records if not r["spans"]} == set(corpus.NEG_CLASSES)
        assert len({r["meta"]["template"] for r in records}) >= 40
        assert sum(len(r["spans"]) >= 2 for r in positives) >= 0.3 * len(positives)  # several secrets


def test_halves_share_no_template_no_vendor_and_no_secret(halves):
    names = {h: {r["meta"]["template"] for r in rs} for h, rs in halves.items()}
    assert not names["dev"] & names["test"]
    assert {t.name for t in corpus.templates("dev")} == names["dev"]  # every template drawn
    assert {t.name for t in corpus.templates("test")} == names["test"]
    texts = {h: {t.text for t in corpus.templates(h)} for h in corpus.HALVES}
    assert not texts["dev"] & texts["test"]
    assert not set(corpus.vendors("dev")) & set(corpus.vendors("test"))
    assert len(corpus.vendors("dev")) >= 30 and len(corpus.vendors("test")) >= 30
    values = {h: {s["value"] for r in rs for s in r["spans"]} for h, rs in halves.items()}
    assert not values["dev"] & values["test"]


def test_values_have_real_shapes_and_vary():
    both = [r for half in corpus.HALVES for r in corpus.generate(half)]
    values = [s["value"] for r in both for s in r["spans"]]
    assert len(set(values)) >= 0.9 * len(values)
    joined = "\n".join(values)
    for shape in (r"^AKIA[0-9A-Z]{16}$", r"^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$", r"^-----BEGIN [A-Z ]+-----\n",
                  r"^-----BEGIN OPENSSH PRIVATE KEY-----$", r"^PuTTY-User-Key-File-3: ", r"^\d{4}$",
                  r"^\d{6}$", r"^[0-9a-f]{64}$", r"^https://hooks\.slack\.com/services/T\w+/B\w+/\w{24}$",
                  r"^https://discord\.com/api/webhooks/\d+/[\w-]{68}$", r"^(\w+[ .-]){3,5}\w+$",
                  r"^\w+ \w+"):
        assert re.search(shape, joined, re.M), shape
    blocks = [v.replace("\\n", "\n") for v in values if v.startswith("-----BEGIN")]  # JSON escapes \\n
    assert blocks and all(re.search(r"\n *-----END [A-Z ]+-----\n?$", v) for v in blocks)


def test_negatives_hold_their_tempting_shapes(halves):
    text = "\n".join(r["text"] for rs in halves.values() for r in rs if not r["spans"])
    for shape in (r"\b[0-9a-f]{64}\b", r"\b[0-9a-f]{8}-[0-9a-f]{4}-4", r"ssh-(rsa|ed25519) AAAA",
                  r"BEGIN PUBLIC KEY", r"\$ANSIBLE_VAULT", r"\$\{\w+\}", r"YOUR_KEY_HERE|<your-api-key>"):
        assert re.search(shape, text), shape


def test_cli_writes_jsonl(capsys):
    assert corpus.main(["--half", "dev", "--n", "5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    assert [json.loads(line) for line in lines] == corpus.generate("dev", 5)
