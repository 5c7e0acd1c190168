"""The eighth secrets corpus (secrets written by non-developers and hurried developers): sizes, ids and meta
hold; spans are exact, sorted, the value only and every occurrence is labelled; the shares of negatives,
machine text and other languages hold; every negative class, language, shape and vendor is present; vendor
keys have their vendor's shape; the halves share no template, cue phrasing, vendor, word or value; the
records are the same in every process and the CLI writes JSONL. Fast: the scrubber is never run."""

import base64
import json
import re
from collections import Counter

import pytest

from benchmarks import secrets_corpus8 as corpus
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    same_in_fresh_processes,
    seeded_like_the_others,
)

# Each vendor's key shape, written here apart from the generator so a wrong prefix or length shows.
VENDOR_SHAPES = {
    "openai": r"sk-proj-[\w-]{40}T3BlbkFJ[\w-]{40}",
    "github": r"ghp_[A-Za-z0-9]{36}",
    "stripe": r"sk_live_[A-Za-z0-9]{24}",
    "slack": r"xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}",
    "aws": r"[A-Za-z0-9+/]{40}",
    "google": r"AIza[\w-]{35}",
    "sendgrid": r"SG\.[\w-]{22}\.[\w-]{43}",
    "twilio": r"[0-9a-f]{32}",
    "mailchimp": r"[0-9a-f]{32}-us\d{1,2}",
    "shopify": r"shpat_[0-9a-f]{32}",
    "gitlab": r"glpat-[\w-]{20}",
    "npm": r"npm_[A-Za-z0-9]{36}",
    "anthropic": r"sk-ant-api03-[\w-]{93}AA",
    "huggingface": r"hf_[A-Za-z]{34}",
    "discord": r"[\w-]{24,26}\.[\w-]{6}\.[\w-]{38}",
    "doppler": r"dp\.st\.prd\.[A-Za-z0-9]{43}",
    "bitbucket": r"ATBB[A-Za-z0-9]{32}",
    "mapbox": r"sk\.eyJ1Ijoi[\w-]+\.[\w-]{22}",
    "azure_storage": r"[A-Za-z0-9+/]{86}==",
    "digitalocean": r"dop_v1_[0-9a-f]{64}",
    "mailgun": r"key-[0-9a-f]{32}",
    "pypi": r"pypi-AgEIcHlwaS5vcmc[\w-]{60}",
    "telegram": r"\d{9,10}:AA[\w-]{33}",
    "atlassian": r"ATATT3xFfGF0[\w-]{100}=[0-9A-F]{8}",
    "linear": r"lin_api_[A-Za-z0-9]{40}",
    "notion": r"secret_[A-Za-z0-9]{43}",
    "databricks": r"dapi[0-9a-f]{32}",
    "grafana": r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}",
    "newrelic": r"NRAK-[A-Z0-9]{27}",
    "square": r"EAAA[\w-]{60}",
}

CUES = {"de": ("passwort", "kennwort", "pin", "code", "zugang"),
        "fr": ("mot de passe", "mdp", "code", "phrase secrète", "digicode"),
        "es": ("contraseña", "clave", "código", "pin"),
        "pt": ("senha", "palavra-passe", "código", "chave"),
        "nl": ("wachtwoord", "code", "inlogcode", "herstelcodes"),
        "pl": ("hasło", "kod", "pin"),
        "tr": ("şifre", "parola", "kod"),
        "hi": ("password", "pin", "code")}


@pytest.fixture(scope="module")
def halves() -> dict[str, list[dict]]:
    return {half: corpus.generate(half) for half in corpus.HALVES}


def _positives(records):
    return [r for r in records if r["meta"]["kind"] != "negative"]


def test_same_seed_same_records_other_seed_other_records(halves):
    seeded_like_the_others(corpus, halves)
    assert corpus.generate("test") == halves["test"]
    assert corpus.generate("dev", n=50) == halves["dev"][:50]  # a shorter run is a prefix


def test_same_records_across_processes():
    same_in_fresh_processes("secrets_corpus8", "dev", 120, ("3", "11"))
    same_in_fresh_processes("secrets_corpus8", "test", 60, ("0", "29"))


def test_cli_writes_jsonl(capsys):
    assert corpus.main(["--half", "dev", "--n", "5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == corpus.generate("dev", n=5)


def test_sizes_ids_meta_and_scope(halves):
    assert corpus.HALVES == ("dev", "test") and corpus.SIZES == {"dev": 300, "test": 300}
    for half, records in halves.items():
        assert [r["id"] for r in records] == [f"s8-{half}-{i}" for i in range(corpus.SIZES[half])]
        for r in records:
            meta = r["meta"]
            assert {"half", "kind", "form", "lang", "template", "scope", "shapes"} <= set(meta)
            assert meta["half"] == half and meta["scope"] == ["SECRET"]
            assert meta["kind"] in ("prose", "machine", "negative")
            assert ("neg_class" in meta) == (meta["kind"] == "negative")
            assert meta["template"].startswith(f"s8{half[0]}-")


def test_spans_exact_sorted_value_only_every_occurrence(halves):
    for records in halves.values():
        for r in records:
            spans = checked_spans(r)
            assert r["spans"] == spans  # written in text order
            for s in spans:
                assert set(s) == {"type", "start", "end", "value"} and s["type"] == "SECRET"
                value = s["value"]
                assert value[0] not in "'\"`<([" and value[-1] not in "'\"`>)],;"  # no quotes or brackets
                assert not re.match(r"(?i)(password|passwort|pin|code|key|token)\s*[:=]", value)
            every_occurrence_labelled(r)


def test_shares_of_negatives_machine_text_and_languages(halves):
    for records in halves.values():
        kinds = Counter(r["meta"]["kind"] for r in records)
        positives = _positives(records)
        assert 0.27 <= kinds["negative"] / len(records) <= 0.33
        assert 0.26 <= kinds["machine"] / len(positives) <= 0.34
        foreign = [r for r in positives if r["meta"]["lang"] != "en"]
        assert 0.22 <= len(foreign) / len(positives) <= 0.28
        langs = Counter(r["meta"]["lang"] for r in foreign)
        assert set(langs) == set(corpus.LANGS) and min(langs.values()) >= 5
        assert all(r["meta"]["kind"] == "prose" for r in foreign)
        assert all(r["spans"] for r in positives)


def test_negatives_by_class_hold_look_alikes_and_no_span(halves):
    for records in halves.values():
        negatives = [r for r in records if r["meta"]["kind"] == "negative"]
        classes = Counter(r["meta"]["neg_class"] for r in negatives)
        assert set(classes) == set(corpus.NEG_CLASSES) and min(classes.values()) >= 10
        assert all(r["spans"] == [] and r["meta"]["shapes"] == [] for r in negatives)
        text = "\n".join(r["text"] for r in negatives)
        assert re.search(r"\b[0-9a-f]{40}\b", text) and re.search(r"\b[0-9a-f]{64}\b", text)  # SHA, checksum
        assert re.search(r"\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b", text)
        assert "****" in text and re.search(r"(?i)<redacted>|\[hidden\]|xxxxxxxx", text)  # masked
        assert re.search(r"your_api_key_here|<your-password>", text)  # placeholders
        assert re.search(r"os\.environ|process\.env", text)  # env names
        assert re.search(r"ssh-(ed25519|rsa) AAAA", text) and "BEGIN" in text  # public material
        assert "PRIVATE KEY" not in text


def test_every_shape_is_present(halves):
    wanted = {"pw", "upw", "phrase", "rnd", "weak", "pin4", "pin6", "backup", "recovery", "licence", "seed",
              "dict", "split", "ocr", "jwt", "hex", "pem", "b64", "vendor_key", "ex"}
    for half, records in halves.items():
        shapes = Counter(s for r in records for s in r["meta"]["shapes"])
        assert wanted <= set(shapes), wanted - set(shapes)
        values = [s["value"] for r in records for s in r["spans"]]
        assert any(re.fullmatch(r"\d{4}", v) for v in values)  # a door or alarm code, a card PIN
        assert any(re.fullmatch(r"\d{6}", v) for v in values)  # a voicemail or banking PIN
        assert any(len(v.split()) == 12 and v.replace(" ", "").isalpha() for v in values)  # a seed phrase
        assert any(v.startswith("eyJ") and v.count(".") == 2 for v in values)  # a JWT
        block = r"-----BEGIN [A-Z ]*PRIVATE KEY-----\n.+\n-----END [A-Z ]*PRIVATE KEY-----"
        assert any(re.fullmatch(block, v, re.S) for v in values)
        assert corpus.EXAMPLE_KEYS[half] in values  # a documented example key counts as a secret
        machine = [r for r in records if r["meta"]["kind"] == "machine"]
        assert len({r["meta"]["form"] for r in machine}) >= 14


def test_wordings_people_use(halves):
    for half, records in halves.items():
        by_form = {}
        for r in records:
            by_form.setdefault(r["meta"]["form"], []).append(r)
        for r in by_form["dictated"]:  # one span from the first to the last spoken piece
            (s,) = r["spans"]
            assert ", " in s["value"] and ("then " if half == "dev" else " small ") in " " + s["value"]
        for r in by_form["split_chat"]:  # two halves of one password on two chat lines
            a, b = r["spans"]
            assert "\n" in r["text"][a["end"]:b["start"]]
        for r in by_form["same_but"]:  # only the written value, not the spoken change
            assert len(r["spans"]) == 1
        assert any("|" in s["value"] for r in by_form["ocr"] for s in r["spans"])
        for r in records:  # a Kubernetes secret's base64 decodes to a secret, labelled as written
            if "b64" in r["meta"]["shapes"]:
                decoded = [base64.b64decode(s["value"]).decode("latin-1") for s in r["spans"]
                           if re.fullmatch(r"[A-Za-z0-9+/]+=*", s["value"]) and len(s["value"]) % 4 == 0]
                assert any(d.isascii() and d.isprintable() and len(d) >= 8 for d in decoded), r["id"]


def test_vendor_keys_have_their_vendors_shape(halves):
    assert len(VENDOR_SHAPES) == 30
    for half, records in halves.items():
        vendors = corpus.VENDORS[half]
        assert len(vendors) == 15
        drawn = Counter(r["meta"]["vendor"] for r in records if "vendor" in r["meta"])
        assert set(drawn) == set(vendors)
        for r in records:
            if "vendor" in r["meta"]:
                shape = VENDOR_SHAPES[r["meta"]["vendor"]]
                assert any(re.fullmatch(shape, s["value"]) for s in r["spans"]), r["id"]


def test_url_and_file_spans_hold_only_the_password(halves):
    for records in halves.values():
        for r in records:
            for s in r["spans"]:
                assert "://" not in s["value"] and "@" not in s["value"]
                if "://" in r["text"] and r["text"][s["end"]:s["end"] + 1] == "@":  # user:password@host
                    assert r["text"][s["start"] - 1] == ":"


def test_foreign_records_use_their_own_cue_words(halves):
    for records in halves.values():
        for r in records:
            if r["meta"]["lang"] != "en":
                assert any(c in r["text"].lower() for c in CUES[r["meta"]["lang"]]), r["id"]


def _shingles(half: str, k: int = 6) -> set[str]:
    out = set()
    for ts in corpus.TEMPLATES[half].values():
        for t in ts:
            words = re.sub(r"\[\[[^\]]+\]\]|<<[^>]+>>", " SLOT ", t.text).lower().split()
            out |= {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}
    return out


def test_halves_share_no_template_cue_vendor_word_or_value(halves):
    ts = {h: [t for group in corpus.TEMPLATES[h].values() for t in group] for h in corpus.HALVES}
    assert not {t.id for t in ts["dev"]} & {t.id for t in ts["test"]}
    assert not {t.text for t in ts["dev"]} & {t.text for t in ts["test"]}
    assert not _shingles("dev") & _shingles("test")  # no cue phrasing of six words is in both
    for h in corpus.HALVES:  # every template is drawn
        assert {r["meta"]["template"] for r in halves[h]} == {t.id for t in ts[h]}
    dev_v, test_v = corpus.DEV_VENDORS.values(), corpus.TEST_VENDORS.values()
    assert not {v.name for v in dev_v} & {v.name for v in test_v}
    assert not {v.label for v in dev_v} & {v.label for v in test_v}
    pools = {}
    for h, p in (("dev", corpus.DEV_POOLS), ("test", corpus.TEST_POOLS)):
        pools[h] = {w.lower() for w in p.words + p.phrase_words + p.seed_words + p.weak + p.first + p.last}
        pools[h] |= {f[1] for f in p.firms} | {b.lower() for b in p.banks}
    assert not pools["dev"] & pools["test"]
    values = {h: {s["value"] for r in halves[h] for s in r["spans"]} for h in halves}
    assert not values["dev"] & values["test"]
    for h, parity in (("dev", 0), ("test", 1)):  # digit-only values: even digit sum in dev, odd in test
        digits = [v.replace(" ", "").replace("-", "") for v in values[h]]
        assert all(sum(map(int, d)) % 2 == parity for d in digits if d.isdigit())
