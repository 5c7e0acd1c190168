"""The ninth secrets corpus (credentials as people write them to an assistant and paste them): sizes, ids and
meta hold; spans are exact, sorted, SECRET only, the value only and every occurrence is labelled; the
shares of negatives and languages hold; every language, negative class, machine form and vendor is in both
halves; vendor keys have their vendor's shape (GitHub and npm tokens their CRC32), base64 values decode,
JWTs are JSON, TOTP keys base32, tracking numbers carry a valid S10 check digit; the halves share no
template, cue phrasing, vendor, pool word or value; the records are the same in every process and the CLI
writes JSONL."""

import base64
import binascii
import json
import re
import zlib
from collections import Counter

import pytest

from benchmarks import secrets_corpus9 as corpus
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    same_in_fresh_processes,
    seeded_like_the_others,
    values_disjoint_between_halves,
)

# Each vendor's key shape, written apart from the generator so a wrong prefix or length shows.
VENDOR_SHAPES = {
    "openai": r"sk-proj-[\w-]{58}T3BlbkFJ[\w-]{58}",
    "github": r"ghp_[A-Za-z0-9]{36}",
    "github_fine": r"github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}",
    "slack": r"xoxp-\d{11}-\d{12}-\d{13}-[0-9a-f]{32}",
    "stripe": r"rk_live_51[A-Za-z0-9]{97}",
    "aws": r"[A-Za-z0-9+/]{40}",
    "google": r"AIza[\w-]{35}",
    "sendgrid": r"SG\.[\w-]{22}\.[\w-]{43}",
    "twilio": r"[0-9a-f]{32}",
    "huggingface": r"hf_[A-Za-z]{34}",
    "npm": r"npm_[A-Za-z0-9]{36}",
    "postman": r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}",
    "anthropic": r"sk-ant-api03-[\w-]{93}AA",
    "sentry": r"sntrys_eyJ[\w-]+_[A-Za-z0-9]{43}",
    "cloudflare": r"[\w-]{40}",
    "datadog": r"[0-9a-f]{32}",
    "groq": r"gsk_[A-Za-z0-9]{52}",
    "replicate": r"r8_[A-Za-z0-9]{37}",
    "digitalocean": r"dop_v1_[0-9a-f]{64}",
    "shopify": r"shpat_[0-9a-f]{32}",
    "gitlab": r"glpat-[\w-]{20}",
    "linear": r"lin_api_[A-Za-z0-9]{40}",
    "notion": r"ntn_[A-Za-z0-9]{46}",
    "figma": r"figd_[\w-]{40}",
    "vercel": r"[A-Za-z0-9]{24}",
    "supabase": r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{43}",
    "mailgun": r"[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}",
    "telegram": r"\d{10}:AA[\w-]{33}",
    "dropbox": r"sl\.B[\w-]{137}",
    "azure_openai": r"[0-9a-f]{32}",
    "planetscale": r"pscale_pw_[\w-]{43}",
    "okta": r"00[\w-]{40}",
}

CUES = {"de": ("passwort", "passphrase", "code"), "fr": ("mot de passe", "alarme", "utilise"),
        "es": ("clave", "códigos"), "it": ("usa ", "pin", "codice"), "pt": ("senha", "palavra-passe"),
        "nl": ("wachtwoord", "inloggen"), "pl": ("hasło", "kod"), "sv": ("lösenord", "logga in"),
        "tr": ("şifre", "parola", "kod"), "hi": ("पासवर्ड", "पिन"),
        "ar": ("كلمة المرور", "رمز", "الرقم السري"), "ru": ("пароль",), "zh": ("密码",),
        "ja": ("パスワード", "パスコード", "暗証番号"), "id": ("password", "pin", "kode"),
        "vi": ("mật khẩu", "đăng nhập"), "sw": ("nenosiri", "namba ya siri")}
MACHINE_FORMS = {"env_file", "shell_history", "curl", "ci_log", "dockerfile", "k8s_secret", "jdbc",
                 "mongo_url", "amqp_redis", "ssh_key", "jwt", "http_cookie", "basic_auth", "totp_uri",
                 "code_literal"}


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
    same_in_fresh_processes("secrets_corpus9", "dev", 300, ("5", "17"))
    same_in_fresh_processes("secrets_corpus9", "test", 80, ("0", "23"))


def test_cli_writes_jsonl(capsys):
    assert corpus.main(["--half", "test", "--n", "4"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == corpus.generate("test", n=4)


def test_sizes_ids_meta_and_scope(halves):
    assert corpus.HALVES == ("dev", "test") and corpus.SIZES == {"dev": 300, "test": 300}
    for half, records in halves.items():
        assert [r["id"] for r in records] == [f"secrets9-{half}-{i:04d}" for i in range(300)]
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["scope"] == ["SECRET"]
            assert meta["kind"] in ("prose", "ocr", "machine", "negative")
            assert ("neg_class" in meta) == (meta["kind"] == "negative") == ("cls" not in meta)
            assert meta["template"].startswith(f"s9{half[0]}-")


def test_spans_exact_sorted_value_only_every_occurrence(halves):
    for records in halves.values():
        for r in records:
            spans = checked_spans(r)
            assert r["spans"] == spans
            for s in spans:
                assert set(s) == {"type", "start", "end", "value"} and s["type"] == "SECRET"
                v = s["value"]
                assert v[0] not in "'\"`<([" and v[-1] not in "'\"`>)],;:"
                assert not re.match(r"(?i)(password|passwort|pin|code|key|token|secret)\s*[:=]", v)
                assert "://" not in v and not v.lower().startswith(("bearer ", "basic "))
                assert v.lower() not in ("changeme", "example", "password", "xxxxxxxx")  # no placeholder
                if r["text"][s["end"]:s["end"] + 1] == "@" and "://" in r["text"]:
                    assert r["text"][s["start"] - 1] == ":"  # user:password@host: the password only
            every_occurrence_labelled(r)


def test_shares_of_negatives_and_languages(halves):
    for records in halves.values():
        kinds = Counter(r["meta"]["kind"] for r in records)
        assert kinds["negative"] == 90  # 30 %
        assert all(r["spans"] for r in _positives(records))
        foreign = [r for r in _positives(records) if r["meta"]["lang"] != "en"]
        langs = Counter(r["meta"]["lang"] for r in foreign)
        assert set(langs) == set(corpus.LANGS) and len(langs) >= 12 and min(langs.values()) >= 5
        assert len(foreign) / len(_positives(records)) >= 0.35
        for r in foreign:
            assert any(c in r["text"].lower() for c in CUES[r["meta"]["lang"]]), r["id"]


def test_negatives_by_class(halves):
    for records in halves.values():
        negatives = [r for r in records if r["meta"]["kind"] == "negative"]
        classes = Counter(r["meta"]["neg_class"] for r in negatives)
        assert set(classes) == set(corpus.NEG_CLASSES) and min(classes.values()) >= 10
        assert all(r["spans"] == [] for r in negatives)
        text = "\n".join(r["text"] for r in negatives)
        assert re.search(r"\b[0-9a-f]{40}\b", text)
        assert re.search(r"\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b", text)
        assert "***" in text and "PRIVATE KEY" not in text
        assert re.search(r"ssh-(ed25519|rsa) AAAA|age1[a-z0-9]{58}", text)
        tracking = re.findall(r"\b[A-Z]{2}(\d{8})(\d)[A-Z]{2}\b", text)
        assert tracking and all(corpus.s10_check(serial) == check for serial, check in tracking)


def test_every_form_shape_and_vendor_in_both_halves(halves):
    forms = {h: {r["meta"]["form"] for r in rs if r["meta"]["kind"] != "negative"}
             for h, rs in halves.items()}
    for half, records in halves.items():
        assert MACHINE_FORMS <= forms[half]
        assert {"ocr_note", "ocr_wrapped", "ocr_label", "recovery_list", "passphrase", "pw_spaces", "alarm",
                "new_one", "no_link", "link_colon", "link_is", "totp"} <= forms[half]
        shapes = Counter(s for r in records for s in r["meta"]["shapes"])
        own = {"dev": {"akia", "awssecret", "hex32", "tok32"}, "test": {"b64@rnd", "sess26", "tok40"}}[half]
        assert own | {"pw", "pwsp", "phrase_sp", "phrase_dash", "phrase_dot", "wpa", "rnd", "urlpw", "pin4",
                      "pin5", "pin6", "rec", "totp", "totp32", "jwt", "sshkey", "b64@pw", "b64@basic",
                      "ocrpw", "ocrwpa", "vendor_key"} <= set(shapes)
        values = [s["value"] for r in records for s in r["spans"]]
        assert any(" " in v and not v.replace(" ", "").isdigit() for v in values)  # a password with spaces
        for sep in (" ", "-", "."):  # multi-word passphrases
            assert any(re.fullmatch(rf"[a-z]+(\{sep}[a-z0-9]+){{2,}}", v) for v in values), sep
        block = r"-----BEGIN [A-Z ]*PRIVATE KEY-----\n.+\n-----END [A-Z ]*PRIVATE KEY-----"
        assert any(re.fullmatch(block, v, re.S) for v in values)
        vendors = corpus.VENDORS[half]
        assert len(vendors) == 16 and set(vendors) <= set(VENDOR_SHAPES)
        assert {r["meta"]["vendor"] for r in records if "vendor" in r["meta"]} == set(vendors)
    assert len(VENDOR_SHAPES) == 32 and not set(corpus.DEV_VENDORS) & set(corpus.TEST_VENDORS)


def test_values_have_their_formats(halves):
    for half, records in halves.items():
        for r in records:
            vendor = r["meta"].get("vendor")
            if vendor and r["meta"]["form"] != "ocr_wrapped":
                assert any(re.fullmatch(VENDOR_SHAPES[vendor], s["value"]) for s in r["spans"]), r["id"]
            if r["meta"]["form"] == "ocr_wrapped":  # a key wrapped over two lines: two spans
                a, b = r["spans"]
                assert "\n" in r["text"][a["end"]:b["start"]] and re.fullmatch(VENDOR_SHAPES[vendor],
                                                                                a["value"] + b["value"])
            for s in r["spans"]:
                v = s["value"]
                if v.startswith(("ghp_", "npm_")) and len(v) == 40:  # GitHub's and npm's checksum
                    body, crc = v[4:34], v[34:]
                    assert corpus.crc_token(v[:4], body) == v and len(crc) == 6
                if v.count(".") == 2 and v.startswith("eyJ"):  # a JWT: JSON header and claims
                    head, claims, _ = v.split(".")
                    for part in (head, claims):
                        assert isinstance(json.loads(base64.urlsafe_b64decode(part + "==")), dict)
                if "totp" in r["meta"]["shapes"] and re.fullmatch(r"([a-z2-7]{4} ){7}[a-z2-7]{4}", v):
                    assert len(base64.b32decode(v.replace(" ", "").upper())) == 20
                if v.startswith("AKIA"):
                    assert re.fullmatch(r"AKIA[A-Z2-7]{16}", v)
            if r["meta"]["form"] in ("k8s_secret", "basic_auth"):
                decoded = []
                for s in r["spans"]:
                    try:
                        decoded.append(base64.b64decode(s["value"], validate=True).decode())
                    except (binascii.Error, UnicodeDecodeError):
                        pass
                assert any(d.isprintable() and len(d) >= 8 for d in decoded), r["id"]
                if r["meta"]["form"] == "basic_auth":
                    assert any(re.fullmatch(r"[\w.-]+:\S+", d) for d in decoded)


def test_halves_share_no_template_cue_pool_or_value(halves):
    ts = {h: [t for group in corpus.TEMPLATES[h].values() for t in group] for h in corpus.HALVES}
    assert not {t.id for t in ts["dev"]} & {t.id for t in ts["test"]}
    assert not {t.text for t in ts["dev"]} & {t.text for t in ts["test"]}
    shingles = {}
    for h in corpus.HALVES:
        out = set()
        for t in ts[h]:
            words = re.sub(r"\{\{[^}]+\}\}|<<[^>]+>>", " SLOT ", t.text).lower().split()
            out |= {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}
        shingles[h] = out
        assert {r["meta"]["template"] for r in halves[h]} == {t.id for t in ts[h]}  # every template drawn
    assert not shingles["dev"] & shingles["test"]
    d, t = corpus.POOLS["dev"], corpus.POOLS["test"]
    for field in ("words", "phrase", "users", "hosts", "domains", "ssids"):
        assert not set(getattr(d, field)) & set(getattr(t, field)), field
    values_disjoint_between_halves(halves, ("SECRET",))
    for h, parity in (("dev", 0), ("test", 1)):  # digit-only values: even digit sum in dev, odd in test
        for r in halves[h]:
            for s in r["spans"]:
                digits = s["value"].replace(" ", "")
                if digits.isdigit():
                    assert sum(map(int, digits)) % 2 == parity


def test_crc_and_s10_helpers():
    assert corpus.s10_check("47312482") == "9"  # the UPU S10 standard's example: AA 47312482 9 GB
    assert corpus.s10_check("00000000") == "5"  # a remainder of 0 gives 5
    token = corpus.crc_token("ghp_", "a" * 30)
    assert len(token) == 40 and token.endswith(corpus._base62(zlib.crc32(b"a" * 30), 6))
