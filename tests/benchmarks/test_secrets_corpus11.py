"""The eleventh secrets corpus (credentials inside prompts, built from parts): sizes, ids and meta hold; spans
are exact, sorted, SECRET only, the value only and every occurrence is labelled; the shares of negatives and
languages hold; every language, negative class, material form and vendor is in both halves; vendor keys have
their vendor's shape, base64 values decode, JWTs are JSON; the halves share no template, request, cue frame,
vendor, pool word or value; the records are the same in every process and the CLI writes JSONL."""

import base64
import binascii
import json
import re
from collections import Counter

import pytest

from benchmarks import secrets_corpus11 as corpus
from tests.benchmarks.corpora import (
    checked_spans,
    every_occurrence_labelled,
    same_in_fresh_processes,
    seeded_like_the_others,
    values_disjoint_between_halves,
)

# Each vendor's key shape, written apart from the generator so a wrong prefix or length shows.
VENDOR_SHAPES = {
    "dynatrace": r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}",
    "tailscale": r"tskey-auth-k[A-Za-z0-9]{10}CNTRL-[A-Za-z0-9]{33}",
    "sourcegraph": r"sgp_[0-9a-f]{16}_[0-9a-f]{40}",
    "infracost": r"ico-[A-Za-z0-9]{32}",
    "adafruit": r"aio_[A-Za-z0-9]{28}",
    "typeform": r"tfp_[A-Za-z0-9]{44}_[A-Za-z0-9]{14}",
    "scalingo": r"tk-us-[\w-]{48}",
    "shippo": r"shippo_live_[0-9a-f]{40}",
    "easypost": r"EZAK[a-z0-9]{54}",
    "flutterwave": r"FLWSECK-[0-9a-f]{32}-X",
    "frameio": r"fio-u-[\w-]{64}",
    "langsmith": r"lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}",
    "ngrok": r"2[A-Za-z0-9]{26}_[A-Za-z0-9]{21}",
    "azure_devops": r"[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}",
    "fcm": r"AAAA[\w-]{7}:APA91b[\w-]{134}",
    "akamai": r"akab-[a-z0-9]{16}-[a-z0-9]{16}",
    "readme": r"rdme_[a-z0-9]{70}",
    "prefect": r"pnu_[A-Za-z0-9]{36}",
    "posthog": r"phx_[A-Za-z0-9]{43}",
    "clojars": r"CLOJARS_[a-z0-9]{60}",
    "tavily": r"tvly-[A-Za-z0-9]{32}",
    "jina": r"jina_[0-9a-f]{32}[\w-]{28}",
    "nvidia": r"nvapi-[\w-]{64}",
    "cerebras": r"csk-[a-z0-9]{48}",
    "jfrog": r"AKCp[A-Za-z0-9]{69}",
    "meta": r"EAAG[A-Za-z0-9]{180}",
    "twitter": r"A{22}[A-Za-z0-9]{24}%3D[A-Za-z0-9]{50}",
    "backblaze": r"K005[A-Za-z0-9]{27}",
    "unleash": r"default:production\.[0-9a-f]{56}",
    "trello": r"ATTA[0-9a-f]{64}[A-Z0-9]{8}",
    "apify": r"apify_api_[A-Za-z0-9]{36}",
    "ibm_cloud": r"[\w-]{44}",
}

# A word of the cue each language's prose must hold.
CUES = {"de": ("passwort", "pw", "pin", "code", "wlan", "kennwort"),
        "fr": ("mot de passe", "mdp", "code", "clé"),
        "es": ("contraseña", "clave", "pin", "código", "pass"),
        "pt": ("senha", "palavra-passe", "pin", "código", "chave", "password"),
        "it": ("password", "parola", "pin", "codice", "chiave"),
        "tr": ("şifre", "parola", "pin", "kod"),
        "ru": ("пароль", "пасс", "пин", "код", "ключ", "кодовое"),
        "ar": ("كلمة", "الباسورد", "الرقم السري", "رمز", "مفتاح", "الرمز"),
        "zh": ("密码", "口令", "pin", "验证码"),
        "ja": ("パスワード", "pw", "暗証番号", "コード", "パスコード", "pin", "金庫", "キー"),
        "ko": ("비밀번호", "비번", "pin", "암호", "코드", "번호")}
CONFIG_FORMS = {"dev": {"ini", "properties", "spring_yml", "web_config", "hcl_provider", "ansible_inventory",
                        "wp_config", "npmrc", "gitconfig", "docker_config", "nginx_basic", "appsettings",
                        "rclone"},
                "test": {"toml", "maven_settings", "tomcat_context", "tf_variables", "ansible_group_vars",
                         "laravel_env", "pypirc", "pip_conf", "s3cfg", "apache_header", "adonet", "odbc",
                         "gradle_properties"}}
CODE_FORMS = {"dev": {"python", "javascript", "go", "csharp", "ruby", "powershell", "bash_mysql",
                      "sql_create"},
              "test": {"typescript", "java", "php", "rust", "kotlin", "swift", "sql_alter", "bash_sshpass"}}
LOG_FORMS = {"dev": {"debug_headers", "stack_trace", "kubectl_secret", "terraform_output"},
             "test": {"py_traceback", "access_log", "docker_inspect", "git_remote", "helm_values"}}


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
    same_in_fresh_processes("secrets_corpus11", "dev", 300, ("5", "17"))
    same_in_fresh_processes("secrets_corpus11", "test", 80, ("0", "23"))


def test_cli_writes_jsonl(capsys):
    assert corpus.main(["--half", "test", "--n", "4"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == corpus.generate("test", n=4)


def test_sizes_ids_meta_and_scope(halves):
    assert corpus.HALVES == ("dev", "test") and corpus.SIZES == {"dev": 300, "test": 300}
    for half, records in halves.items():
        assert [r["id"] for r in records] == [f"secrets11-{half}-{i:04d}" for i in range(300)]
        for r in records:
            meta = r["meta"]
            assert meta["half"] == half and meta["scope"] == ["SECRET"]
            assert meta["kind"] in ("prose", "config", "code", "log", "negative")
            assert ("neg_class" in meta) == (meta["kind"] == "negative") == ("cls" not in meta)
            assert meta["template"].startswith(f"s11{half[0]}-")
            assert meta["lang"] == "en" or meta["lang"] in corpus.LANGS


def test_spans_exact_sorted_value_only_every_occurrence(halves):
    for records in halves.values():
        for r in records:
            spans = checked_spans(r)
            assert r["spans"] == spans
            for s in spans:
                assert set(s) == {"type", "start", "end", "value"} and s["type"] == "SECRET"
                v = s["value"]
                assert v[0] not in "'\"`<([{\u201c«" and v[-1] not in "'\"`>)]},;:\u201d»", (r["id"], v)
                assert not re.match(r"(?i)(password|pw|pin|code|key|token|secret)\s*[:=]", v)
                assert "://" not in v and not v.lower().startswith(("bearer ", "basic ", "base64:"))
                assert v.lower() not in ("changeme", "example", "password", "replace_me")  # no placeholder
                assert "\n" not in v and " " not in v
                before, after = r["text"][s["start"] - 1:s["start"]], r["text"][s["end"]:s["end"] + 1]
                if after == "@":
                    assert before == ":"  # user:password@host: the password only
            every_occurrence_labelled(r)


def test_shares_of_negatives_and_languages(halves):
    for records in halves.values():
        kinds = Counter(r["meta"]["kind"] for r in records)
        assert kinds["negative"] == 90  # 30 %
        assert min(kinds[k] for k in ("prose", "config", "code", "log")) >= 25
        assert all(r["spans"] for r in _positives(records))
        foreign = [r for r in _positives(records) if r["meta"]["lang"] != "en"]
        langs = Counter(r["meta"]["lang"] for r in foreign)
        assert set(langs) == set(corpus.LANGS) and min(langs.values()) >= 4
        assert len(foreign) / len(_positives(records)) >= 0.35
        scripts = "".join(r["text"] for r in foreign)
        for lo, hi in ((0x400, 0x4FF), (0x600, 0x6FF), (0x4E00, 0x9FFF), (0x3040, 0x30FF), (0xAC00, 0xD7AF)):
            assert any(lo <= ord(c) <= hi for c in scripts)  # Cyrillic, Arabic, Han, kana, Hangul
        for r in foreign:
            if r["meta"]["kind"] == "prose":
                assert any(c in r["text"].lower() for c in CUES[r["meta"]["lang"]]), r["id"]


def test_negatives_by_class(halves):
    for records in halves.values():
        negatives = [r for r in records if r["meta"]["kind"] == "negative"]
        classes = Counter(r["meta"]["neg_class"] for r in negatives)
        assert set(classes) == set(corpus.NEG_CLASSES) and min(classes.values()) >= 9
        assert all(r["spans"] == [] for r in negatives)
        text = "\n".join(r["text"] for r in negatives)
        assert re.search(r"\b[0-9a-f]{40}\b", text) and "ssh-ed25519 AAAA" in text
        assert re.search(r"\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b", text)
        assert "PRIVATE KEY" not in text
        for r in negatives:  # base64 non-secrets decode to an image or JSON without credentials
            if r["meta"]["neg_class"] == "base64_nonsecret":
                blob = max(re.findall(r"[A-Za-z0-9+/=]{40,}", r["text"]), key=len)
                raw = base64.b64decode(blob)
                assert raw.startswith(b"\x89PNG") or "event" in json.loads(raw)


def test_every_form_shape_and_vendor_in_each_half(halves):
    for half, records in halves.items():
        forms = Counter(r["meta"]["form"] for r in _positives(records))
        assert CONFIG_FORMS[half] | CODE_FORMS[half] | LOG_FORMS[half] <= set(forms)
        prose = [r for r in records if r["meta"]["kind"] == "prose" and r["meta"]["lang"] == "en"]
        frames = {p for r in prose for p in r["meta"]["parts"]}
        assert frames == {f"frame:{fid}" for fid, _ in corpus.EN[half]["frames"]}  # every English frame drawn
        shapes = Counter(s for r in records for s in r["meta"]["shapes"])
        own = {"dev": {"b64@pw", "b64@rnd"}, "test": {"b64key"}}[half]
        assert own | {"pw", "rnd", "phrase", "wpa", "urlpw", "pin4", "pin6", "otp", "rec", "jwt", "tok",
                      "b64@basic", "s3secret", "keyid", "vendor_key"} <= set(shapes)
        vendors = corpus.VENDORS[half]
        assert len(vendors) == 16 and set(vendors) <= set(VENDOR_SHAPES)
        assert {r["meta"]["vendor"] for r in records if "vendor" in r["meta"]} == set(vendors)
        texts = [r["text"] for r in prose]
        assert any(re.search(r"[|\t]", t) for t in texts)  # a value in a table row
    assert len(VENDOR_SHAPES) == 32 and not set(corpus.DEV_VENDORS) & set(corpus.TEST_VENDORS)


def test_values_have_their_formats(halves):
    for half, records in halves.items():
        for r in records:
            vendor = r["meta"].get("vendor")
            if vendor:
                assert any(re.fullmatch(VENDOR_SHAPES[vendor], s["value"]) for s in r["spans"]), r["id"]
            for s in r["spans"]:
                v = s["value"]
                if v.count(".") == 2 and v.startswith("eyJ"):  # a JWT: JSON header and claims
                    head, claims, _ = v.split(".")
                    for part in (head, claims):
                        assert isinstance(json.loads(base64.urlsafe_b64decode(part + "==")), dict)
                code = r"[a-z]{4}-[a-z]{4}-[a-z]{4}|[A-Z0-9]{4}-[A-Z0-9]{4}"
                if "rec" in r["meta"]["shapes"] and re.fullmatch(code, v):
                    assert (half == "dev") == v.islower()
            b64_forms = ("kubectl_secret", "nginx_basic", "apache_header", "docker_config", "npmrc")
            if r["meta"]["form"] in b64_forms:
                decoded = []
                for s in r["spans"]:
                    try:
                        decoded.append(base64.b64decode(s["value"], validate=True).decode())
                    except (binascii.Error, UnicodeDecodeError):
                        pass
                assert any(d.isprintable() and len(d) >= 6 for d in decoded), r["id"]
                if r["meta"]["form"] in ("nginx_basic", "apache_header", "docker_config"):
                    assert any(re.fullmatch(r"[\w.-]+:\S+", d) for d in decoded)
            if r["meta"]["form"] == "laravel_env":
                key = re.search(r"APP_KEY=base64:(\S+)", r["text"]).group(1)
                assert len(base64.b64decode(key)) == 32 and key in [s["value"] for s in r["spans"]]


def test_halves_share_no_template_request_frame_pool_or_value(halves):
    def texts(h: str) -> list[str]:
        out: list[str] = [t.text for group in corpus.TEMPLATES[h].values() for t in group]
        out += [req for _, req in corpus.REQUESTS[h]]
        spec = corpus.EN[h]
        out += [f for _, f in spec["frames"]] + [w for _, w in spec["wrappers"]]
        out += [str(req) for req in spec["requests"]]
        for lang in corpus.LANGS:
            _, frames, wrappers, requests = corpus.XX[lang][h]
            out += frames + wrappers + requests
        return out

    ts = {h: corpus.TEMPLATES[h] for h in corpus.HALVES}
    ids = {h: {t.id for group in ts[h].values() for t in group} for h in corpus.HALVES}
    assert not ids["dev"] & ids["test"]
    assert not set(texts("dev")) & set(texts("test"))
    for h in corpus.HALVES:  # every material and negative template drawn
        drawn = {r["meta"]["template"] for r in halves[h]}
        assert ids[h] <= drawn
    shingles = {}
    for h in corpus.HALVES:
        out = set()
        for text in texts(h):
            slotted = re.sub(r"\{\{[^}]+\}\}|<<[^>]+>>|\{[A-Za-z]\}", " SLOT ", text)
            words = re.findall(r"\w+", slotted.lower())
            out |= {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}
        shingles[h] = out
    assert not shingles["dev"] & shingles["test"]
    assert not {f for f, _ in corpus.EN["dev"]["frames"]} & {f for f, _ in corpus.EN["test"]["frames"]}
    d, t = corpus.POOLS["dev"], corpus.POOLS["test"]
    for field in ("words", "phrase", "users", "hosts", "domains", "ssids", "names"):
        assert not set(getattr(d, field)) & set(getattr(t, field)), field
    values_disjoint_between_halves(halves, ("SECRET",))
    for h, parity in (("dev", 0), ("test", 1)):  # digit-only values: even digit sum in dev, odd in test
        for r in halves[h]:
            for s in r["spans"]:
                if s["value"].isdigit():
                    assert sum(map(int, s["value"])) % 2 == parity
