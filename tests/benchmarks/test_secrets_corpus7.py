"""The seventh secrets corpus (secrets in English work prompts under many cue phrasings): spans are secret
values inside the text, every occurrence labelled; the shares of negatives, machine text and other languages
hold; the halves share no template, vendor, word or value; every shape is present; negatives hold
look-alikes and no span; the records are the same in every process and the CLI writes JSONL."""

import json
import re
from collections import Counter

import pytest

from benchmarks import secrets_corpus7 as corpus
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
    same_in_fresh_processes("secrets_corpus7", "dev", 120, ("5", "17"))


def test_cli_writes_jsonl(capsys):
    assert corpus.main(["--half", "test", "--n", "7"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == corpus.generate("test", n=7)


def test_record_shape_and_spans(halves):
    for half, records in halves.items():
        assert len(records) == corpus.SIZES[half]
        assert len({r["id"] for r in records}) == len(records)
        for r in records:
            meta = r["meta"]
            assert {"half", "kind", "form", "lang", "template", "scope"} <= set(meta)
            assert meta["half"] == half and meta["scope"] == ["SECRET"]
            for s in checked_spans(r):
                assert s["type"] == "SECRET" and s["value"] not in ("", '"', "'")
            every_occurrence_labelled(r)


def test_shares(halves):
    for records in halves.values():
        kinds = Counter(r["meta"]["kind"] for r in records)
        positives = [r for r in records if r["meta"]["kind"] != "negative"]
        assert 0.22 <= kinds["negative"] / len(records) <= 0.28
        assert 0.26 <= kinds["machine"] / len(positives) <= 0.34
        foreign = [r for r in positives if r["meta"]["lang"] != "en"]
        assert 0.12 <= len(foreign) / len(positives) <= 0.18
        assert {r["meta"]["lang"] for r in foreign} == {"de", "fr", "es", "it", "nl", "pt"}
        assert all(r["spans"] for r in positives)


def test_negatives_hold_look_alikes_and_no_span(halves):
    classes = {"placeholder", "policy", "reset_mail", "ids_hashes", "public_key", "masked", "env_names",
               "env_code", "codes_rooms_times", "versions"}
    for records in halves.values():
        negatives = [r for r in records if r["meta"]["kind"] == "negative"]
        assert {r["meta"]["neg_class"] for r in negatives} == classes
        assert all(r["spans"] == [] for r in negatives)
        text = "\n".join(r["text"] for r in negatives)
        assert re.search(r"\b[0-9a-f]{40,64}\b", text)  # a commit SHA or a checksum
        assert re.search(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", text)  # a UUID
        assert "BEGIN CERTIFICATE" in text and "ssh-ed25519 AAAA" in text
        assert re.search(r"<[a-z-]*password>|\$\{?[A-Z_]+\}?|xxx", text)
        assert "BEGIN PRIVATE KEY" not in text and "BEGIN OPENSSH" not in text


def test_value_shapes_present(halves):
    wanted = {"pw", "upw", "rnd", "phrase", "pin", "otp", "answer", "weak", "c", "tok", "hex", "jwt", "pem",
              "vendor_key"}
    for records in halves.values():
        shapes = Counter(s for r in records for s in r["meta"]["shapes"])
        assert wanted <= set(shapes), wanted - set(shapes)
        values = [s["value"] for r in records for s in r["spans"]]
        assert any(" " in v and v.replace(" ", "").isalpha() for v in values)  # a passphrase with spaces
        assert any(re.fullmatch(r"\d{4,8}", v) for v in values)  # a PIN
        assert any(v.startswith("eyJ") and v.count(".") == 2 for v in values)  # a JWT
        assert any(v.startswith("-----BEGIN ") and v.endswith("-----") for v in values)  # a key block
        machine = [r for r in records if r["meta"]["kind"] == "machine"]
        assert len({r["meta"]["form"] for r in machine}) >= 12


def test_connection_string_spans_hold_only_the_password(halves):
    for records in halves.values():
        for r in records:
            for s in r["spans"]:
                value = s["value"]
                assert "://" not in value and not re.match(r"(?i)(password|pwd|pass|user)\s*[=:]", value)
                if "://" in r["text"] and r["text"][s["end"]:s["end"] + 1] == "@":  # user:password@host
                    assert r["text"][s["start"] - 1] in ":/"  # or a token alone before the @


def test_halves_share_no_template_vendor_word_or_value(halves):
    dev_t, test_t = (corpus.HALVES[h][0] for h in ("dev", "test"))
    texts = {h: {t.text for ts in corpus.HALVES[h][0].values() for t in ts} for h in ("dev", "test")}
    assert not texts["dev"] & texts["test"]
    assert not {t.id for ts in dev_t.values() for t in ts} & {t.id for ts in test_t.values() for t in ts}
    used = {h: {r["meta"]["template"] for r in halves[h]} for h in halves}
    assert used["dev"] == {t.id for ts in dev_t.values() for t in ts}  # every template is drawn
    assert used["test"] == {t.id for ts in test_t.values() for t in ts}
    vendors = {h: {r["meta"]["vendor"] for r in halves[h] if "vendor" in r["meta"]} for h in halves}
    assert not vendors["dev"] & vendors["test"]
    assert len(vendors["dev"]) >= 20 and len(vendors["test"]) >= 20
    assert {v.name for v in corpus.DEV_VENDORS.values()} == vendors["dev"]
    assert {v.name for v in corpus.TEST_VENDORS.values()} == vendors["test"]
    pools = {}
    for h, p in (("dev", corpus.DEV_POOLS), ("test", corpus.TEST_POOLS)):
        words = {w.lower() for w in p.words + p.phrase_words + p.weak}
        words |= {w.lower() for a in p.answers for w in a.split()}
        pools[h] = words
    assert not pools["dev"] & pools["test"]
    values = {h: {s["value"] for r in halves[h] for s in r["spans"]} for h in halves}
    assert not values["dev"] & values["test"]


def test_foreign_records_use_their_own_cue_words(halves):
    cues = {"de": ("Kennwort", "Passwort", "PIN", "Zugang", "WLAN", "Tresorcode"),
            "fr": ("mot de passe", "code", "phrase secrète", "identifiant", "digicode"),
            "es": ("contraseña", "clave", "PIN", "usuario"),
            "it": ("password", "codice", "credenziali", "parola d'ordine", "combinazione"),
            "nl": ("wachtwoord", "code", "inlogcode"),
            "pt": ("senha", "palavra-passe", "código", "utilizador")}
    for records in halves.values():
        for r in records:
            if r["meta"]["lang"] != "en":
                assert any(c.lower() in r["text"].lower() for c in cues[r["meta"]["lang"]]), r["id"]
