"""The ninth secrets corpus: credentials as people write them to an AI assistant and in what they paste.

What: passwords and passphrases in prose in 18 languages (English, German, French, Spanish, Italian,
Portuguese, Dutch, Polish, Swedish, Turkish, Hindi in Devanagari, Arabic, Russian, Chinese, Japanese,
Indonesian, Vietnamese, Swahili), with a link word ("password is X", "password: X", "pw X", "the new one is
X", "use X to log in") and without ("X is the wifi code", "Gate code X."), multi-word passphrases (spaces,
hyphens, dots), passwords with spaces, PINs, door, gate and alarm codes beside their cue, lists of recovery
codes, TOTP setup keys; and machine text: ``.env`` files, shell history, ``curl`` commands, CI logs,
Dockerfiles, compose files, Kubernetes secrets (base64 values), JDBC, Mongo, Redis and AMQP URLs with
passwords, ``.pgpass``/``.netrc`` lines, SSH private key blocks, JWTs, cookies and session ids in pasted
HTTP requests and responses, Basic auth headers, ``otpauth://`` seeds, and the keys and tokens of 32 vendors
(16 a half, invented in each vendor's shape; GitHub and npm tokens carry their real CRC32 check, AWS key ids
are labelled beside their secret, a Twilio account SID is an id and is not). Some records are the OCR text
of a screenshot or a photo of a note: confused characters (O/0, l/1/|, S/5) and keys wrapped over two lines
(each line's piece is its own span).

Negatives (30 %, ``meta.neg_class``): ``placeholders`` (``<your-password>``, ``xxxxxxxx``,
``YOUR_TOKEN_HERE``, ``${VAR}``, and ``changeme``/``example`` *when a document or example uses them as fill-
ins*: the positives never use a placeholder word as a value, so no record asks the scorer to decide whether a
real account's password "changeme" is a secret), ``env_names`` (variables named, no values), ``masked``
(``sk-****abcd``, ``***``, ``[REDACTED]``), ``ids_and_hashes`` (commit SHAs, image digests, UUIDs, order,
invoice and ticket numbers, UPU S10 tracking numbers with a valid check digit), ``policy_howto`` (password
policy and how-to text, some in German, Japanese and Spanish), ``public_material`` (SSH public keys,
certificates, age recipients) and ``version_strings``.

How labelled: only SECRET spans (``meta.scope == ["SECRET"]``: names, e-mails, hosts and IPs in the records
are not labelled and detections of other types are not scored). A span is the value only: not the cue, not the
quotes, the password of a URL and not the URL, the base64 of a Kubernetes value or Basic header as written, a
private key block from BEGIN to END line, a grouped TOTP key or recovery code with its inner spaces, each
recovery code on its own. Every whole-word occurrence of a labelled value is labelled (a record is drawn again
otherwise). ``meta``: ``half``, ``kind`` (prose, ocr, machine, negative), ``form``, ``lang``, ``template``,
``scope``, ``shapes``, ``cls`` (positives: the form), ``vendor`` (vendor keys), ``neg_class`` (negatives).

How split: ``dev`` and ``test`` (300 records each) have separate templates and cue phrasings, disjoint
vendors, word pools (even pool entries dev, odd test), user names and hosts, recovery codes of different
shapes (dev ``xxxxx-xxxxx`` hex, test ``dddd dddd``), private keys of different kinds (OpenSSH in dev, PEM RSA
in test), and digit-only values with an even digit sum in dev and an odd one in test, so no value is shared.
Values come from ``random.Random`` seeded with ``zlib.crc32`` of the corpus name, half and seed.

    python -m benchmarks.secrets_corpus9 --half dev [--n N] [--seed S]
"""

import base64
import json
import random
import re
import string
import sys
import zlib
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 9
LANGS = ("de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "hi", "ar", "ru", "zh", "ja", "id", "vi", "sw")
NEG_CLASSES = ("placeholders", "env_names", "masked", "ids_and_hashes", "policy_howto", "public_material",
               "version_strings")
# records a half: (group, count); 90 negatives = 30 %
GROUPS = (("negative", 90), ("machine", 85), ("ocr", 9), ("foreign", 85), ("prose", 31))

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
SYMBOLS = "!#%*$?@&"


def _r(g: random.Random, alphabet: str, n: int) -> str:
    return "".join(g.choice(alphabet) for _ in range(n))


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _base62(n: int, width: int) -> str:
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = (string.digits + string.ascii_uppercase + string.ascii_lowercase)[d] + out
    return out.rjust(width, "0")


def crc_token(prefix: str, body: str) -> str:
    """GitHub's and npm's token shape: prefix, 30 base62 characters, the CRC32 of the body in 6 base62."""
    return prefix + body + _base62(zlib.crc32(body.encode()), 6)


def s10_check(serial: str) -> str:
    """The UPU S10 check digit of an 8-digit serial."""
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    c = 11 - total % 11
    return {10: "0", 11: "5"}.get(c, str(c))


# --------------------------------------------------------------------------------------------- vendors
@dataclass(frozen=True)
class Vendor:
    name: str
    label: str
    env: str
    make: object  # rng -> key


def _sentry(g: random.Random) -> str:
    claims = {"iat": g.randint(1_700_000_000, 1_760_000_000), "url": "https://sentry.io",
              "region_url": "https://de.sentry.io", "org": _r(g, string.ascii_lowercase, 7)}
    return "sntrys_" + _b64url(json.dumps(claims, separators=(",", ":")).encode()) + "_" + _r(g, ALNUM, 43)


def _supabase(g: random.Random) -> str:
    head = _b64url(b'{"alg":"HS256","typ":"JWT"}')
    claims = {"iss": "supabase", "ref": _r(g, string.ascii_lowercase, 20), "role": "service_role",
              "iat": g.randint(1_650_000_000, 1_750_000_000), "exp": g.randint(1_960_000_000, 2_070_000_000)}
    return head + "." + _b64url(json.dumps(claims, separators=(",", ":")).encode()) + "." + _r(g, URLSAFE, 43)


DEV_VENDORS = {v.name: v for v in (
    Vendor("openai", "OpenAI", "OPENAI_API_KEY",
           lambda g: "sk-proj-" + _r(g, URLSAFE, 58) + "T3BlbkFJ" + _r(g, URLSAFE, 58)),
    Vendor("github", "GitHub", "GH_TOKEN", lambda g: crc_token("ghp_", _r(g, ALNUM, 30))),
    Vendor("github_fine", "GitHub fine-grained", "GITHUB_PAT",
           lambda g: "github_pat_11" + _r(g, string.ascii_uppercase + string.digits, 20) + "_"
           + _r(g, ALNUM, 59)),
    Vendor("slack", "Slack", "SLACK_USER_TOKEN",
           lambda g: f"xoxp-{_r(g, string.digits, 11)}-{_r(g, string.digits, 12)}-{_r(g, string.digits, 13)}-"
           + _r(g, HEX, 32)),
    Vendor("stripe", "Stripe", "STRIPE_RESTRICTED_KEY", lambda g: "rk_live_51" + _r(g, ALNUM, 97)),
    Vendor("aws", "AWS", "AWS_SECRET_ACCESS_KEY", lambda g: _r(g, B64, 40)),
    Vendor("google", "Google Cloud", "GOOGLE_API_KEY", lambda g: "AIza" + _r(g, URLSAFE, 35)),
    Vendor("sendgrid", "SendGrid", "SENDGRID_KEY",
           lambda g: "SG." + _r(g, URLSAFE, 22) + "." + _r(g, URLSAFE, 43)),
    Vendor("twilio", "Twilio", "TWILIO_AUTH_TOKEN", lambda g: _r(g, HEX, 32)),
    Vendor("huggingface", "Hugging Face", "HUGGINGFACE_TOKEN",
           lambda g: "hf_" + _r(g, string.ascii_letters, 34)),
    Vendor("npm", "npm", "NPM_AUTH_TOKEN", lambda g: crc_token("npm_", _r(g, ALNUM, 30))),
    Vendor("postman", "Postman", "POSTMAN_API_KEY", lambda g: f"PMAK-{_r(g, HEX, 24)}-{_r(g, HEX, 34)}"),
    Vendor("anthropic", "Anthropic", "ANTHROPIC_KEY", lambda g: "sk-ant-api03-" + _r(g, URLSAFE, 93) + "AA"),
    Vendor("sentry", "Sentry", "SENTRY_AUTH_TOKEN", _sentry),
    Vendor("cloudflare", "Cloudflare", "CLOUDFLARE_API_TOKEN", lambda g: _r(g, URLSAFE, 40)),
    Vendor("datadog", "Datadog", "DD_API_KEY", lambda g: _r(g, HEX, 32)),
)}

TEST_VENDORS = {v.name: v for v in (
    Vendor("groq", "Groq", "GROQ_API_KEY", lambda g: "gsk_" + _r(g, ALNUM, 52)),
    Vendor("replicate", "Replicate", "REPLICATE_API_TOKEN", lambda g: "r8_" + _r(g, ALNUM, 37)),
    Vendor("digitalocean", "DigitalOcean", "DO_TOKEN", lambda g: "dop_v1_" + _r(g, HEX, 64)),
    Vendor("shopify", "Shopify", "SHOPIFY_ACCESS_TOKEN", lambda g: "shpat_" + _r(g, HEX, 32)),
    Vendor("gitlab", "GitLab", "CI_DEPLOY_TOKEN", lambda g: "glpat-" + _r(g, URLSAFE, 20)),
    Vendor("linear", "Linear", "LINEAR_KEY", lambda g: "lin_api_" + _r(g, ALNUM, 40)),
    Vendor("notion", "Notion", "NOTION_API_KEY", lambda g: "ntn_" + _r(g, ALNUM, 46)),
    Vendor("figma", "Figma", "FIGMA_TOKEN", lambda g: "figd_" + _r(g, URLSAFE, 40)),
    Vendor("vercel", "Vercel", "VERCEL_TOKEN", lambda g: _r(g, ALNUM, 24)),
    Vendor("supabase", "Supabase", "SUPABASE_SERVICE_ROLE_KEY", _supabase),
    Vendor("mailgun", "Mailgun", "MAILGUN_KEY",
           lambda g: f"{_r(g, HEX, 32)}-{_r(g, HEX, 8)}-{_r(g, HEX, 8)}"),
    Vendor("telegram", "Telegram", "TG_BOT_TOKEN",
           lambda g: str(g.randint(10 ** 9, 8 * 10 ** 9)) + ":AA" + _r(g, URLSAFE, 33)),
    Vendor("dropbox", "Dropbox", "DROPBOX_ACCESS_TOKEN", lambda g: "sl.B" + _r(g, URLSAFE, 137)),
    Vendor("azure_openai", "Azure OpenAI", "AZURE_OPENAI_API_KEY", lambda g: _r(g, HEX, 32)),
    Vendor("planetscale", "PlanetScale", "PLANETSCALE_PASSWORD", lambda g: "pscale_pw_" + _r(g, URLSAFE, 43)),
    Vendor("okta", "Okta", "OKTA_API_TOKEN", lambda g: "00" + _r(g, URLSAFE, 40)),
)}
VENDORS = {"dev": DEV_VENDORS, "test": TEST_VENDORS}

# ----------------------------------------------------------------------------------------- pools (by hand)
PW_WORDS = ["Sonnenblume", "Kartoffel", "Mariposa", "Girasol", "Papillon", "Tulipan", "Kedicik", "Deniz",
            "Chaiwala", "Mausam", "Shams", "Qamar", "Medved", "Zvezda", "Xiongmao", "Sakura", "Tsukimi",
            "Kucing", "Pelangi", "Hoasen", "Bienxanh", "Simba", "Twiga", "Jambo", "Pinguin", "Falcon",
            "Walrus", "Ocelot", "Mango", "Tamarind", "Bluebird", "Snowdrop", "Lighthouse", "Harbour",
            "Granite", "Juniper", "Cobalt", "Saffron", "Paprika", "Marmite", "Kompas", "Fjord", "Ananas",
            "Limone", "Bergamo", "Cedro", "Orzo", "Tortellini", "Rakija", "Pierogi", "Lagom", "Fika"]
PHRASE_WORDS = ["kettle", "violin", "pebble", "lantern", "meadow", "tractor", "biscuit", "anchor", "comet",
                "velvet", "thistle", "puffin", "orchard", "marble", "trumpet", "glacier", "saddle", "pepper",
                "walnut", "harbor", "candle", "meteor", "ferry", "spruce", "badger", "cactus", "quilt",
                "ribbon", "dune", "lagoon", "sparrow", "tundra", "mosaic", "lychee", "nutmeg", "otter",
                "parsnip", "quartz", "raven", "sherbet", "tofu", "umbrella", "vortex", "wasabi", "yodel",
                "zephyr", "bramble", "cobble"]
USERS = ["m.kaya", "deniz.yilmaz", "priya.s", "rahul_dev", "amira.h", "ivanov.a", "li.wei", "tanaka.k",
         "budi.s", "nguyen.t", "wanjiru.m", "jkowalski", "sofia.r", "luca.b", "anna.lind", "pieter.v",
         "claire.d", "jose.m", "svc_backup", "reporting", "deploy", "ci-bot", "app_rw", "etl_user"]
HOSTS = ["db-prod-1.internal", "pg.eu-west.acme.io", "mysql01.lan", "orders-db.kubo.de", "cache-01.svc.local",
         "rabbit.corp.example.net", "db.hesaplar.com.tr", "sql2.warung-budi.id", "crm-db.lagos.ng",
         "pg-main.mahalle.net", "db01.nairobi-hub.co.ke", "replica-2.shopline.io"]
DOMAINS = ["kubo.de", "acme.io", "shopline.io", "mahalle.net", "warung-budi.id", "lindqvist.se",
           "nairobi-hub.co.ke", "fermata.it", "tiendaroja.es", "kawa.pl", "saigonbooks.vn", "yama.jp"]
SSIDS = ["FRITZ!Box 7590 KQ", "Vodafone-4C21", "TP-Link_8A3F", "CasaRossi", "Dom_Nowak", "Warung_Budi_5G",
         "Cabin-Guest", "Livebox-77E0", "Cafe_Fika_Guests", "ZTE_H298A", "Studio-Upstairs", "Biblioteca-Free"]


def _pool(items: list[str], half: str) -> list[str]:
    return items[0::2] if half == "dev" else items[1::2]


@dataclass(frozen=True)
class Pools:
    words: list[str]
    phrase: list[str]
    users: list[str]
    hosts: list[str]
    domains: list[str]
    ssids: list[str]
    parity: int


POOLS = {h: Pools(_pool(PW_WORDS, h), _pool(PHRASE_WORDS, h), _pool(USERS, h), _pool(HOSTS, h),
                  _pool(DOMAINS, h), _pool(SSIDS, h), 0 if h == "dev" else 1) for h in HALVES}


# --------------------------------------------------------------------------------------------- secret shapes
def _digits(g: random.Random, n: int, parity: int) -> str:
    ds = [g.randrange(10) for _ in range(n)]
    if sum(ds) % 2 != parity:
        ds[-1] = (ds[-1] + 1) % 10
    return "".join(map(str, ds))


def _pw(g: random.Random, p: Pools) -> str:
    w, w2 = g.choice(p.words), g.choice(p.words)
    form = g.randrange(5)
    if form == 0:
        return f"{w}{g.randint(1970, 2025)}{g.choice(SYMBOLS)}"
    if form == 1:
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3")
        return f"{leet}_{g.randint(10, 99)}"
    if form == 2:
        return f"{w}{w2}{g.choice(SYMBOLS)}{g.randint(1, 99)}"
    if form == 3:
        return f"{w.lower()}{g.randint(100, 9999)}"
    return f"{g.choice(SYMBOLS)}{w}.{g.randint(10, 999)}{w2[:3].upper()}"


def _phrase(g: random.Random, p: Pools, sep: str) -> str:
    words = g.sample(p.phrase, g.randint(3, 5))
    if g.random() < 0.3:
        words.append(str(g.randint(2, 99)))
    return sep.join(words)


def _pwsp(g: random.Random, p: Pools) -> str:
    a, b = g.sample(p.words, 2)
    return g.choice([f"{a} {b} {g.randint(10, 99)}{g.choice(SYMBOLS)}",
                     f"{a.lower()} and {b.lower()} {g.randint(1, 9)}", f"My {a} {g.randint(1960, 2020)}"])


def _wpa(g: random.Random, p: Pools) -> str:
    if g.random() < 0.5:
        a, b = g.sample(p.words, 2)
        return f"{a.lower()}{b.lower()}{g.randint(10, 9999)}"
    return _r(g, string.ascii_lowercase + string.digits, 12)


def _rnd(g: random.Random, p: Pools) -> str:
    while True:
        v = _r(g, ALNUM + SYMBOLS, g.randint(14, 18))
        inner_symbol = any(c in SYMBOLS for c in v[1:-1])
        if inner_symbol and v[0] in ALNUM and v[-1] in ALNUM and any(c.isdigit() for c in v):
            return v


def _rec(g: random.Random, p: Pools) -> str:
    if p.parity == 0:
        return f"{_r(g, HEX, 5)}-{_r(g, HEX, 5)}"
    d = _digits(g, 8, p.parity)
    return f"{d[:4]} {d[4:]}"


def _totp_grouped(g: random.Random, p: Pools) -> str:
    v = _r(g, B32, 32).lower()
    return " ".join(v[i:i + 4] for i in range(0, 32, 4))


def _jwt(g: random.Random, p: Pools) -> str:
    head = {"alg": g.choice(["HS256", "RS256"]), "typ": "JWT"}
    iat = g.randint(1_700_000_000, 1_760_000_000)
    claims = {"sub": str(g.randint(10_000, 999_999)), "name": g.choice(p.users), "iat": iat,
              "exp": iat + g.choice([900, 3600, 86400])}
    sig = _r(g, URLSAFE, 43 if head["alg"] == "HS256" else 342)
    return ".".join((_b64url(json.dumps(head, separators=(",", ":")).encode()),
                     _b64url(json.dumps(claims, separators=(",", ":")).encode()), sig))


def _sshkey(g: random.Random, p: Pools) -> str:
    if p.parity == 0:
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + _r(g, B64, 334)
        lines = [body[i:i + 70] for i in range(0, len(body), 70)]
        return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines)
                + "\n-----END OPENSSH PRIVATE KEY-----")
    body = "MIIEpAIBAAKCAQEA" + _r(g, B64, 1568)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"


_OCR = {"0": "O", "O": "0", "o": "0", "l": "1", "1": "l", "I": "l", "S": "5", "5": "S", "B": "8", "i": "|"}


def _ocr(value: str, g: random.Random) -> str:
    spots = [i for i, c in enumerate(value) if c in _OCR]
    for i in g.sample(spots, min(len(spots), g.randint(1, 2))):
        value = value[:i] + _OCR[value[i]] + value[i + 1:]
    return value


SHAPES = {
    "pw": _pw,
    "pwsp": _pwsp,
    "phrase_sp": lambda g, p: _phrase(g, p, " "),
    "phrase_dash": lambda g, p: _phrase(g, p, "-"),
    "phrase_dot": lambda g, p: _phrase(g, p, "."),
    "wpa": _wpa,
    "rnd": _rnd,
    "urlpw": lambda g, p: _r(g, ALNUM, g.randint(10, 14)) + g.choice("-_.") + _r(g, ALNUM, g.randint(4, 8)),
    "pin4": lambda g, p: _digits(g, 4, p.parity),
    "pin5": lambda g, p: _digits(g, 5, p.parity),
    "pin6": lambda g, p: _digits(g, 6, p.parity),
    "rec": _rec,
    "totp": _totp_grouped,
    "totp32": lambda g, p: _r(g, B32, 32),
    "jwt": _jwt,
    "sshkey": _sshkey,
    "hex32": lambda g, p: _r(g, HEX, 32),
    "tok32": lambda g, p: _r(g, ALNUM, 32),
    "sess26": lambda g, p: _r(g, string.ascii_lowercase + string.digits, 26),
    "tok40": lambda g, p: _r(g, HEX, 40),
    "akia": lambda g, p: "AKIA" + _r(g, B32, 16),
    "awssecret": lambda g, p: _r(g, B64, 40),
    "ocrpw": lambda g, p: _ocr(_pw(g, p), g),
    "ocrwpa": lambda g, p: _ocr(_wpa(g, p), g),
}


# --------------------------------------------------------------------------------------------- fillers
def _uuid4(g: random.Random) -> str:
    h = _r(g, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{g.choice('89ab')}{h[17:20]}-{h[20:]}"


def _s10(g: random.Random) -> str:
    serial = "".join(str(g.randrange(10)) for _ in range(8))
    return g.choice(["RR", "CP", "LX", "EE", "RB"]) + serial + s10_check(serial) + g.choice(
        ["DE", "TR", "IN", "FR", "PL", "ID", "VN", "KE", "SE", "JP"])


def _ver(g: random.Random) -> str:
    return f"{g.randint(1, 9)}.{g.randint(0, 40)}.{g.randint(0, 19)}"


def _filler(kind: str, g: random.Random, p: Pools, vendor: Vendor) -> str:
    if kind == "user":
        return g.choice(p.users)
    if kind == "host":
        return g.choice(p.hosts)
    if kind == "domain":
        return g.choice(p.domains)
    if kind == "email":
        return f"{g.choice(p.users).replace('_', '.')}@{g.choice(p.domains)}"
    if kind == "ssid":
        return g.choice(p.ssids)
    if kind == "venv":
        return vendor.env
    if kind == "venvlower":
        return vendor.env.lower()
    if kind == "vlabel":
        return vendor.label
    if kind == "last4":
        return _r(g, string.ascii_letters + string.digits, 4)
    if kind == "sha40":
        return _r(g, HEX, 40)
    if kind == "sha7":
        return _r(g, HEX, 7)
    if kind == "sha64":
        return _r(g, HEX, 64)
    if kind == "uuid":
        return _uuid4(g)
    if kind == "order":
        return f"{g.choice(['ORD', 'SO', 'PO'])}-{g.randint(2023, 2026)}-{g.randint(10000, 999999)}"
    if kind == "invoice":
        return f"INV/{g.randint(2023, 2026)}/{g.randint(1, 12):02d}/{g.randint(100, 9999):04d}"
    if kind == "ticket":
        return str(g.randint(10000, 999999))
    if kind == "s10":
        return _s10(g)
    if kind == "ver":
        return _ver(g)
    if kind == "kver":
        return f"v1.{g.randint(24, 33)}.{g.randint(0, 12)}"
    if kind == "kernel":
        return f"{g.randint(5, 6)}.{g.randint(1, 15)}.{g.randint(0, 120)}-{g.randint(1, 200)}-generic"
    if kind == "build":
        return f"{g.randint(2024, 2026)}{g.randint(1, 12):02d}{g.randint(1, 28):02d}.{g.randint(1, 9)}"
    if kind == "chart":
        return f"{g.choice(['ingress-nginx', 'cert-manager', 'redis', 'postgresql'])}-{_ver(g)}"
    if kind == "imgtag":
        return f"{g.choice(['api', 'web', 'worker'])}:{_ver(g)}-{_r(g, HEX, 7)}"
    if kind == "edpub":
        return "AAAAC3NzaC1lZDI1NTE5AAAAI" + _r(g, B64, 43)
    if kind == "rsapub":
        return "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + _r(g, B64, 342)
    if kind == "agepub":
        return "age1" + _r(g, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)
    if kind == "certbody":
        body = "MIIDdzCCAl+gAwIBAgIE" + _r(g, B64, 300)
        return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    if kind == "b64user":
        return base64.b64encode(g.choice(p.users).encode()).decode()
    if kind == "mongoid":
        return _r(g, string.ascii_lowercase + string.digits, 5)
    raise KeyError(kind)


# --------------------------------------------------------------------------------------------- templates
@dataclass(frozen=True)
class Template:
    id: str
    group: str  # negative, machine, ocr, foreign, prose
    lang: str
    form: str  # a positive's form, a negative's class
    text: str

    @property
    def kind(self) -> str:
        return {"foreign": "prose"}.get(self.group, self.group)


def _t(half: str, group: str, rows: list[tuple[str, str, str]]) -> list[Template]:
    return [Template(f"s9{half[0]}-{group[:3]}{i:02d}", group, lang, form, text)
            for i, (lang, form, text) in enumerate(rows)]


DEV = {
    "prose": _t("dev", "prose", [
        ("en", "link_is", "my password is {{pw}} but the portal keeps saying it's wrong. What could cause "
         "that, "
         "caps lock aside?"),
        ("en", "pw_abbrev", "pw {{pw}} user <<user>> - can you write me a python script that logs into our "
         "intranet and downloads the weekly report?"),
        ("en", "new_one", "The new one is {{rnd}}. The old one expired yesterday. Please rewrite the IT "
         "announcement so it sounds less scary."),
        ("en", "no_link", "{{wpa}} is the wifi code for the cabin, and the key safe by the door opens with "
         "{{pin4}}. Write a cosy welcome note for guests."),
        ("en", "recovery_list", "Recovery codes for our shared social media account, please format them as a "
         "checklist for the handover doc:\n{{rec}}\n{{rec:2}}\n{{rec:3}}\n{{rec:4}}\n{{rec:5}}"),
        ("en", "passphrase", "I use the passphrase \"{{phrase_sp}}\" for my password manager. Is that long "
         "enough or should I add a fifth word?"),
        ("en", "alarm", "Alarm code at the warehouse is {{pin4}}, the back gate is {{pin5}}. Draft the "
         "night-shift instructions for the new guard."),
        ("en", "pw_spaces", "Here's what I texted my dad: 'Dad, the Netflix password is now {{pwsp}} - with "
         "the spaces, exactly like that.' Can you make it sound friendlier?"),
        ("en", "passphrase", "Password for the shared finance drive: {{phrase_dot}}. Make a short onboarding "
         "email for the new bookkeeper but leave the password out of it."),
        ("en", "totp", "I set up 2FA on the bank app; the setup key it showed me was {{totp}}. Do I need to "
         "keep it somewhere or is the app enough?"),
        ("en", "slash_pair", "ok so login is <<user>> / {{pw}} for the staging admin, write me the "
         "Playwright test that checks the dashboard loads after login"),
    ]),
    "foreign": _t("dev", "foreign", [
        ("de", "link_colon", "Kannst du mir helfen, eine kurze Nachricht an meine Schwester zu schreiben? "
         "Sie "
         "soll sich bei unserem Familien-Streamingkonto anmelden, Benutzer <<email>>, Passwort: {{pw}}. Und "
         "der Code für die Haustür ist {{pin4}}."),
        ("fr", "link_is", "Le nouveau mot de passe du wifi de la boutique c'est {{wpa}}, et pour l'alarme on "
         "garde {{pin4}}. Rédige une petite affiche pour les vendeurs."),
        ("es", "no_link", "Mi jefe me pasó esto por WhatsApp: 'usuario <<user>> clave {{pw}}'. ¿Cómo le "
         "explico con tacto que las contraseñas no se mandan así?"),
        ("it", "pw_spaces", "Ciao, per entrare nel gestionale usa {{pwsp}} (con gli spazi, tutto com'è "
         "scritto). Mi scrivi una mail di benvenuto per la nuova collega?"),
        ("pt", "link_is", "Minha senha do banco é {{pin6}} e a do e-mail é {{pw}}. Posso guardar as duas "
         "num bloco de notas do celular? Responda curto."),
        ("nl", "passphrase", "Wachtwoord van de gedeelde mailbox: {{phrase_dash}}. Schrijf een korte "
         "overdrachtsnotitie voor mijn vervanger tijdens mijn verlof."),
        ("pl", "new_one", "Hasło do routera zmieniłem, nowe to {{wpa}}. Napisz mi SMS do rodziców, jak się "
         "połączyć z telefonu."),
        ("sv", "passphrase", "Lösenordet till styrelsens molnmapp är {{phrase_sp}}. Kan du formulera ett "
         "mejl "
         "till vår nya kassör?"),
        ("tr", "link_colon", "Kargo firmasının paneline girmek için kullanıcı adı <<user>>, şifre {{pw}}. "
         "Yeni stajyere ne yapması gerektiğini adım adım anlatan bir mesaj yaz."),
        ("hi", "link_is", "मेरे ऑफिस के लैपटॉप का पासवर्ड {{pw}} है और फ़ोन का पिन {{pin6}} है। क्या मुझे "
         "इन्हें बदलना चाहिए? छोटा जवाब दो।"),
        ("ar", "link_is", "كلمة المرور الجديدة لحساب الشركة هي {{pw}} . اكتب رسالة قصيرة للفريق تخبرهم "
         "بالتغيير."),
        ("ru", "new_one", "Пароль от бухгалтерии поменяли, теперь {{pw}} . Напиши коротко коллегам, что "
         "старый больше не работает."),
        ("zh", "link_is", "公司VPN的新密码是 {{pw}} ，帮我写一条通知发到部门群里，语气正式一点。"),
        ("ja", "link_is", "会議室のタブレットのパスコードは {{pin6}} 、管理者パスワードは {{rnd}} です。"
         "引き継ぎメモを作ってください。"),
        ("id", "new_one", "Tolong bikinin pesan buat grup arisan: password wifi rumah Bu RT ganti jadi "
         "{{wpa}}, yang lama udah nggak bisa."),
        ("vi", "link_is", "Mật khẩu email công ty của em là {{pw}} , anh xem giúp em có đủ mạnh không và "
         "viết "
         "lại thư xin nghỉ phép giúp em."),
        ("sw", "link_is", "Namba ya siri ya M-Pesa ya duka ni {{pin4}} na nenosiri la barua pepe ni {{pw}} . "
         "Niandikie ujumbe mfupi kwa msimamizi mpya."),
    ]),
    "ocr": _t("dev", "ocr", [
        ("en", "ocr_note", "I took a photo of the sticky note on the server rack and the OCR gave me this, "
         "can you clean it up into a table?\nADMlN L0GIN\nuser: <<user>>\npass: {{ocrpw}}\nwifi: {{ocrwpa}}"),
        ("en", "ocr_wrapped", "Text from a photo of my screen (OCR), what is this file for?\n$ cat .env\n"
         "<<venv>>={{vsplit1}}\n{{vsplit2}}\n$ _"),
        ("en", "ocr_label", "OCR of the router label, which line is the admin password? Network: <<ssid>>   "
         "WPA2 Key: {{ocrwpa}}   Admin PW: {{ocrpw}}   S/N 2219 4410 778"),
    ]),
    "machine": _t("dev", "machine", [
        ("en", "env_file", ".env for staging, why does the app crash on boot?\n\nAPP_ENV=staging\n"
         "DATABASE_URL=postgres://<<user>>:{{urlpw}}@<<host>>:5432/app\n<<venv>>={{vendor}}\nLOG_LEVEL=debug"),
        ("en", "shell_history", "my history before the server broke:\n  501  cd /srv/app\n  502  export "
         "<<venv>>={{vendor}}\n  503  mysql -u root -p{{urlpw}} shop\n  504  systemctl restart app\nwhat did "
         "I do wrong?"),
        ("en", "curl", "curl -s -H \"Authorization: Bearer {{vendor}}\" https://api.<<domain>>/v1/items | "
         "jq .\n"
         "returns 401 every time, why?"),
        ("en", "ci_log", "GitHub Actions log:\n2025-03-11T09:14:02.118Z Run ./deploy.sh\n"
         "2025-03-11T09:14:02.301Z + echo <<venv>>={{vendor}}\n2025-03-11T09:14:03.004Z Error: unauthorized\n"
         "Why is it unauthorized, and why is the secret printed?"),
        ("en", "dockerfile", "FROM node:20-alpine\nWORKDIR /app\nENV <<venv>>={{vendor}}\nENV "
         "DB_PASSWORD={{pw}}\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"server.js\"]\nCan you make this image "
         "smaller?"),
        ("en", "k8s_secret", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: "
         "Opaque\ndata:\n"
         "  username: <<b64user>>\n  password: {{b64@pw}}\n\nThe pod says auth failed, is the base64 right?"),
        ("en", "jdbc", "spring.datasource.url=jdbc:postgresql://<<host>>:5432/orders?user=<<user>>&password="
         "{{urlpw}}&ssl=true\nHikari times out after 30s, any ideas?"),
        ("en", "mongo_url", "const uri = \"mongodb+srv://<<user>>:{{urlpw}}@cluster0.<<mongoid>>.mongodb.net/"
         "shop?retryWrites=true&w=majority\";\nI get MongoServerSelectionError, why?"),
        ("en", "amqp_redis", "CELERY_BROKER_URL=amqp://<<user>>:{{urlpw}}@rabbit.internal:5672/prod\n"
         "CELERY_RESULT_BACKEND=redis://:{{urlpw:2}}@cache-01:6379/1\nthe worker won't start"),
        ("en", "ssh_key", "Which part of this do I put on the deploy server? I copied it from ~/.ssh:\n"
         "{{sshkey}}"),
        ("en", "jwt", "Decode this token and tell me when it expires: {{jwt}}"),
        ("en", "http_cookie", "Request from devtools, why do I get 403?\nGET /api/cart HTTP/1.1\nHost: "
         "shop.<<domain>>\nCookie: sessionid={{hex32}}; csrftoken={{tok32}}; lang=en\nUser-Agent: "
         "Mozilla/5.0 (X11; Linux x86_64)"),
        ("en", "basic_auth", "> POST /v2/upload HTTP/1.1\n> Host: registry.<<domain>>\n> Authorization: "
         "Basic "
         "{{b64@basic}}\n< HTTP/1.1 401 Unauthorized\nwhat is wrong with my credentials?"),
        ("en", "totp_uri", "otpauth://totp/ACME:<<user>>?secret={{totp32}}&issuer=ACME - how do I turn this "
         "into a QR code with python?"),
        ("en", "aws_credentials", "~/.aws/credentials\n[default]\naws_access_key_id = {{akia}}\n"
         "aws_secret_access_key = {{awssecret}}\nregion = eu-central-1\nboto3 says InvalidClientTokenId"),
        ("en", "code_literal", "client = Client(api_key=\"{{vendor}}\")  # <<vlabel>>\nresp = client.list()\n"
         "Why does this hang forever?"),
        ("en", "compose", "services:\n  db:\n    image: postgres:16\n    environment:\n      "
         "POSTGRES_PASSWORD: "
         "{{pw}}\n  app:\n    environment:\n      <<venv>>: {{vendor}}\nhow do I add a healthcheck?"),
    ]),
    "negative": _t("dev", "negative", [
        ("en", "placeholders", "Write README setup steps. Config example:\nDB_PASSWORD=<your-password>\n"
         "API_KEY=xxxxxxxxxxxxxxxxxxxx\nSECRET_KEY=changeme\nExplain each line."),
        ("en", "placeholders", "In the docs we show `curl -u USERNAME:PASSWORD "
         "https://api.<<domain>>/v1/ping` "
         "and `Authorization: Bearer YOUR_TOKEN_HERE`. Is that clear enough for beginners?"),
        ("en", "env_names", "Which of these belong in the CI secret store? <<venv>>, DATABASE_URL, "
         "SMTP_PASSWORD, SENTRY_DSN, LOG_LEVEL. Just the names, I haven't created them yet."),
        ("en", "env_names", "password = os.environ[\"DB_PASSWORD\"]\ntoken = os.getenv(\"<<venv>>\")\nif not "
         "token:\n    raise SystemExit(\"missing <<venv>>\")\nIs this the right pattern?"),
        ("en", "masked", "The dashboard shows my key as sk-****<<last4>> and the old one as "
         "ghp_…<<last4#2>>. "
         "Which one should I revoke first?"),
        ("en", "masked", "Log after redaction:\nuser=<<user>> password=******** token=[REDACTED] "
         "session=<redacted>\nwhy does the login fail?"),
        ("en", "ids_and_hashes", "Commit <<sha40>> broke the build (short <<sha7>>), request id <<uuid>>. "
         "Write a one-line postmortem headline."),
        ("en", "ids_and_hashes", "Where is my parcel? Tracking <<s10>>, order <<order>>, invoice "
         "<<invoice>>. "
         "Draft a polite complaint."),
        ("en", "policy_howto", "Draft our password policy: at least 14 characters, passphrases welcome, no "
         "reuse of the last 5 passwords, rotate service-account keys every 90 days, never paste tokens into "
         "chat tools."),
        ("de", "policy_howto", "Erkläre meiner Oma, wie sie ein sicheres Passwort wählt und warum sie die "
         "PIN "
         "ihrer Bankkarte niemandem sagen darf, auch nicht am Telefon."),
        ("en", "public_material", "Add this to authorized_keys on the new box: ssh-ed25519 <<edpub>> "
         "<<user>>@laptop"),
        ("en", "public_material", "Here is our server certificate, is it expired?\n-----BEGIN "
         "CERTIFICATE-----"
         "\n<<certbody>>\n-----END CERTIFICATE-----"),
        ("en", "version_strings", "After upgrading from <<ver>> to <<ver#2>> (build <<build>>) our chart "
         "<<chart>> fails. Image tag <<imgtag>>. What changed?"),
        ("en", "version_strings", "pip freeze says requests==<<ver>>, urllib3==<<ver#2>>, cryptography=="
         "<<ver#3>>. Is any of these known to be vulnerable?"),
    ]),
}

TEST = {
    "prose": _t("test", "prose", [
        ("en", "use_to_log_in", "Use {{pw}} to log in to the staff rota app, username <<user>>. Turn this "
         "into a short text for the new barista."),
        ("en", "link_colon", "Password: {{rnd}}\nCan you tell me if this is strong enough for a bank "
         "account?"),
        ("en", "new_one", "I changed it again, the current one is {{pwsp}}. Write a reminder for my "
         "calendar that doesn't contain the actual password."),
        ("en", "alarm", "Gate code {{pin5}}. Garage {{pin4}}. Please turn these into a neat note for the "
         "dog sitter."),
        ("en", "recovery_list", "These are my backup codes - which have I used? I crossed out two on paper:\n"
         "1. {{rec}}\n2. {{rec:2}}\n3. {{rec:3}}\n4. {{rec:4}}"),
        ("en", "passphrase", "my passphrase is {{phrase_dash}} -- could you suggest a way to remember it "
         "with "
         "a little story?"),
        ("en", "no_link", "{{pin6}} is my voicemail PIN, how do I reset it on an iPhone?"),
        ("en", "totp", "The authenticator secret for the ops account is {{totp}}; write a runbook step for "
         "adding it to a second phone."),
        ("en", "wifi", "Wi-Fi: <<ssid>> / key {{wpa}}. Format this as poster text for the café wall."),
        ("en", "correction", "sorry, typo earlier, it's {{pw}} not what I wrote before. can you redo the SQL "
         "connection snippet with that?"),
        ("en", "passphrase", "we agreed on {{phrase_dot}} as the team vault passphrase. Write the Slack "
         "message telling people to check their DMs for it."),
    ]),
    "foreign": _t("test", "foreign", [
        ("de", "no_link", "{{phrase_sp}} - das ist die Passphrase für den Passwort-Tresor im Team. "
         "Formuliere "
         "bitte eine Rundmail, dass sie sich geändert hat."),
        ("fr", "use_to_log_in", "Pour se connecter à l'intranet, utilise {{pw}} avec ton identifiant "
         "<<user>>. "
         "Tu peux reformuler ce message pour qu'il soit plus poli ?"),
        ("es", "recovery_list", "Códigos de recuperación de mi cuenta: {{rec}}, {{rec:2}}, {{rec:3}} y "
         "{{rec:4}}. ¿Dónde es seguro guardarlos?"),
        ("it", "alarm", "PIN del cancello {{pin5}}, codice allarme {{pin4}}. Prepara un messaggio per la "
         "signora delle pulizie, in italiano semplice."),
        ("pt", "pw_spaces", "A palavra-passe do portal das Finanças passou a ser {{pwsp}}. Ajuda-me a "
         "escrever "
         "um lembrete para a minha mãe."),
        ("nl", "link_colon", "Inloggen op de schooladministratie: {{pw}} (gebruikersnaam <<user>>). Kun je "
         "een "
         "nette mail aan de ouders maken zonder die gegevens?"),
        ("pl", "passphrase", "Kod do domofonu: {{pin4}}, a hasło do wifi dla gości {{phrase_dot}}. Przygotuj "
         "krótką wiadomość dla gości z Airbnb."),
        ("sv", "use_to_log_in", "Använd {{pw}} för att logga in på skolplattformen, användarnamn <<user>>. "
         "Skriv ett kort sms till min dotter."),
        ("tr", "recovery_list", "Yedek kodlarım şunlar: {{rec}}, {{rec:2}}, {{rec:3}}. Eski parolam da "
         "{{pw}} "
         "idi. Bunları nerede saklamalıyım?"),
        ("hi", "pw_spaces", "भाई, ईमेल का नया पासवर्ड {{pwsp}} रखा है, स्पेस के साथ। इसे याद रखने का कोई "
         "आसान तरीका बताओ।"),
        ("ar", "link_colon", "رمز الدخول إلى البوابة: {{pw}} - والرقم السري للبطاقة {{pin4}} . هل من الآمن "
         "أن "
         "أرسلهما لأخي عبر واتساب؟"),
        ("ru", "passphrase", "Вот фраза-пароль от менеджера паролей: {{phrase_dash}} . Как лучше её хранить, "
         "если я боюсь забыть?"),
        ("zh", "link_colon", "家里路由器管理后台：账号 admin，密码：{{rnd}} 。"
         "帮我写一个给爸妈看的简单说明。"),
        ("ja", "link_colon", "Wi-Fiのパスワード：{{wpa}}\n玄関の暗証番号：{{pin4}}\nこれを民泊のゲスト向けに"
         "英語と日本語で案内文にしてください。"),
        ("id", "link_is", "Kode cadangan akun bank saya {{pin6}} dan PIN ATM saya {{pin6:2}} , aman nggak "
         "kalau saya simpan di catatan HP?"),
        ("vi", "use_to_log_in", "Dùng {{pw}} để đăng nhập vào phần mềm kế toán nhé, tài khoản <<user>>. Viết "
         "giúp mình tin nhắn bàn giao cho bạn mới."),
        ("sw", "use_to_log_in", "Tumia {{phrase_sp}} kama nenosiri la kompyuta ya ofisi. Pia namba ya siri "
         "ya kengele ni {{pin4}} . Niandikie tangazo fupi kwa wafanyakazi."),
    ]),
    "ocr": _t("test", "ocr", [
        ("en", "ocr_note", "Screenshot text (OCR) of the handover note, please turn it into a tidy list:\n"
         "Shop laptop  PW {{ocrpw}}\nGuest WiFi  {{ocrwpa}}\nTill login <<user>>"),
        ("en", "ocr_wrapped", "OCR of a terminal photo, is this key still valid?\nexport "
         "<<venv>>=\"{{vsplit1}}\n"
         "{{vsplit2}}\"\n> "),
        ("en", "ocr_label", "The scanner read the back of the modem like this: SSID <<ssid>> | Passwort "
         "{{ocrwpa}} | Web-UI Kennwort {{ocrpw}}. Which is the Wi-Fi one?"),
    ]),
    "machine": _t("test", "machine", [
        ("en", "env_file", "# .env.production\nNODE_ENV=production\nREDIS_URL=rediss://default:{{urlpw}}@"
         "<<host>>:6380\n<<venv>>={{vendor}}\nSENTRY_ENVIRONMENT=prod\nThe worker can't reach redis."),
        ("en", "shell_history", ": 1718001234:0;docker login -u <<user>> -p {{urlpw}} registry.<<domain>>\n"
         ": 1718001299:0;export <<venv>>='{{vendor}}'\n: 1718001301:0;python sync.py\nwhy is docker warning "
         "me about -p?"),
        ("en", "curl", "curl -X POST https://api.<<domain>>/v1/chat -H 'x-api-key: {{vendor}}' -d "
         "@body.json\n"
         "-> 429 Too Many Requests. how do I add retries?"),
        ("en", "ci_log", "$ ./scripts/publish.sh\nUsing token {{vendor}} for <<vlabel>>\nERROR: 403 "
         "Forbidden\n"
         "Cleaning up project directory and file based variables\nJob failed: exit code 1\nhow do I mask "
         "this "
         "in gitlab?"),
        ("en", "dockerfile", "ARG <<venv>>={{vendor}}\nFROM python:3.12-slim\nRUN pip install -r "
         "requirements.txt\nRUN echo \"machine git.<<domain>> login <<user>> password {{pw}}\" > ~/.netrc\n"
         "Is ARG safer than ENV here?"),
        ("en", "k8s_secret", "kubectl get secret api -o yaml\napiVersion: v1\ndata:\n  smtp-pass: "
         "{{b64@rnd}}\n"
         "  db-pass: {{b64@pw}}\nkind: Secret\nwhy is the app reading an empty password?"),
        ("en", "jdbc", "db.url=jdbc:mysql://<<user>>:{{urlpw}}@<<host>>:3306/crm?useSSL=true\ndb.pool=10\n"
         "Access denied for user, but the password is right?"),
        ("en", "mongo_url", "MONGO_URL=mongodb://<<user>>:{{urlpw}}@mongo-0.mongo:27017,mongo-1.mongo:27017/app"
         "?replicaSet=rs0&authSource=admin\nonly the first node answers"),
        ("en", "amqp_redis", "params = pika.URLParameters('amqps://<<user>>:{{urlpw}}@<<host>>/%2f')\n"
         "connection = pika.BlockingConnection(params)  # times out\nany idea?"),
        ("en", "ssh_key", "Permissions 0644 for 'id_rsa' are too open. This is the key file:\n{{sshkey}}\n"
         "what chmod do I need?"),
        ("en", "jwt", "Authorization: Bearer {{jwt}}\nthe backend says 'invalid signature', which "
         "algorithm is "
         "this?"),
        ("en", "http_cookie", "HTTP/1.1 302 Found\nSet-Cookie: PHPSESSID={{sess26}}; path=/; HttpOnly\n"
         "Set-Cookie: remember_token={{tok40}}; Max-Age=2592000\nLocation: /dashboard\nwhy does the login "
         "loop?"),
        ("en", "basic_auth", "curl -u <<user>>:{{urlpw}} https://jenkins.<<domain>>/job/build/api/json\nand "
         "the proxy log shows: Authorization: Basic {{b64@basic}}\nare these the same credentials?"),
        ("en", "totp_uri", "two_factor:\n  issuer: Kubo\n  seed: {{totp32}}\n  digits: 6\nwhy are my codes "
         "always 30 seconds off?"),
        ("en", "pgpass", "~/.pgpass has\n<<host>>:5432:*:<<user>>:{{pw}}\nbut psql still asks for a "
         "password"),
        ("en", "code_literal", "import requests\nHEADERS = {\"Authorization\": \"token {{vendor}}\"}  # "
         "<<vlabel>>\nr = requests.get(URL, headers=HEADERS)\nhow do I move this out of the code?"),
        ("en", "tfvars", "terraform.tfvars:\ndb_password = \"{{rnd}}\"\n<<venvlower>> = \"{{vendor}}\"\n"
         "should this file be in git?"),
    ]),
    "negative": _t("test", "negative", [
        ("en", "placeholders", "Sample compose file for the blog post:\n  POSTGRES_PASSWORD: "
         "${POSTGRES_PASSWORD}"
         "\n  API_TOKEN: \"<insert token here>\"\n  ADMIN_PASS: example\nMake it shorter."),
        ("es", "placeholders", "Para la guía escribe: usuario: TU_USUARIO, contraseña: TU_CONTRASEÑA, token: "
         "xxxx-xxxx-xxxx. No pongas datos reales."),
        ("en", "env_names", "export <<venv>>=$(vault kv get -field=token secret/ci)\ndoes this leak the "
         "value "
         "into the shell history?"),
        ("en", "env_names", "In the workflow I reference ${{ secrets.<<venv>> }} and ${{ secrets.NPM_TOKEN "
         "}}. "
         "Why are they empty in pull requests from forks?"),
        ("en", "masked", "Support says 'No such API key: rk_live_…<<last4>>'. They asked for the last four "
         "characters only, which is what I gave them."),
        ("en", "masked", "The CI log shows <<venv>>=*** and DB_PASSWORD=*** - the runner masked them. Is "
         "that "
         "enough protection?"),
        ("en", "ids_and_hashes", "image digest sha256:<<sha64>>, pod uid <<uuid>>, commit <<sha40>>. Which "
         "one "
         "identifies the image?"),
        ("en", "ids_and_hashes", "Customer asks about order <<order>>, shipped with tracking <<s10>>. Their "
         "ticket is #<<ticket>>. Write a reply."),
        ("en", "policy_howto", "How do I rotate an API key without downtime? Explain in steps: create the "
         "new "
         "key, deploy it, watch the errors, revoke the old one."),
        ("ja", "policy_howto", "社員向けに、パスワードを使い回さないことと二要素認証の設定方法を説明する短い"
         "文章を書いてください。"),
        ("en", "public_material", "Is this the public one? ssh-rsa <<rsapub>> deploy@ci - I want to paste it "
         "into the deploy keys page."),
        ("en", "public_material", "Our age recipient for encrypting backups is <<agepub>>. Can I publish it "
         "in the README?"),
        ("en", "version_strings", "Kubernetes <<kver>>, containerd <<ver>>, kernel <<kernel>>. Which of "
         "these "
         "are end-of-life?"),
        ("en", "version_strings", "Release notes: v<<ver>> (build <<build>>, git <<sha7>>). Summarize them "
         "for "
         "customers in two sentences."),
    ]),
}
TEMPLATES = {"dev": DEV, "test": TEST}

_TOKEN = re.compile(r"\{\{([a-z0-9_@:]+)\}\}|<<([a-z0-9]+)(#\d)?>>")


# --------------------------------------------------------------------------------------------- rendering
def _render(t: Template, g: random.Random, half: str,
            vendor: Vendor | None) -> tuple[str, list[dict], list[str]]:
    p = POOLS[half]
    fill_vendor = vendor or g.choice(list(VENDORS[half].values()))
    secrets: dict[str, str] = {}
    fillers: dict[str, str] = {}

    def secret(key: str) -> str:
        if key in secrets:
            return secrets[key]
        shape = key.split(":")[0]
        if shape == "vendor":
            value = vendor.make(g)
        elif shape in ("vsplit1", "vsplit2"):
            whole = vendor.make(g)
            cut = g.randint(12, len(whole) - 10)
            secrets["vsplit1"], secrets["vsplit2"] = whole[:cut], whole[cut:]
            return secrets[shape]
        elif shape == "b64@basic":
            value = base64.b64encode(f"{g.choice(p.users)}:{_pw(g, p)}".encode()).decode()
        elif shape.startswith("b64@"):
            value = base64.b64encode(SHAPES[shape[4:]](g, p).encode()).decode()
        else:
            value = SHAPES[shape](g, p)
            for _ in range(20):  # two slots of one shape get two values
                if value not in secrets.values():
                    break
                value = SHAPES[shape](g, p)
        secrets[key] = value
        return value

    out: list[str] = []
    spans: list[dict] = []
    shapes: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(t.text):
        out.append(t.text[pos:m.start()])
        start = sum(map(len, out))
        if m.group(1):
            value = secret(m.group(1))
            shape = m.group(1).split(":")[0]
            shapes.append("vendor_key" if shape in ("vendor", "vsplit1", "vsplit2") else shape)
            spans.append({"type": "SECRET", "start": start, "end": start + len(value), "value": value})
        else:
            fk = m.group(2) + (m.group(3) or "")
            if fk not in fillers:
                used = {v for k, v in fillers.items() if k.split("#")[0] == m.group(2)}
                value = _filler(m.group(2), g, p, fill_vendor)
                for _ in range(20):
                    if value not in used:
                        break
                    value = _filler(m.group(2), g, p, fill_vendor)
                fillers[fk] = value
            value = fillers[fk]
        out.append(value)
        pos = m.end()
    out.append(t.text[pos:])
    return "".join(out), spans, sorted(set(shapes))


def labelled_everywhere(text: str, spans: list[dict]) -> bool:
    """Every whole-word occurrence of every labelled value lies inside a span."""
    covered = [False] * len(text)
    for s in spans:
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["value"]) + r"(?!\w)", text):
            if not all(covered[m.start():m.end()]):
                return False
    return True


def _plan(half: str, g: random.Random) -> list[Template]:
    plan = []
    for group, k in GROUPS:
        ts = TEMPLATES[half][group]
        plan += [ts[i % len(ts)] for i in range(k)]
    g.shuffle(plan)
    return plan


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default ``SIZES[half]``; fewer are a prefix) of ``half`` ("dev" or "test")."""
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}; expected one of {HALVES}")
    g = random.Random(zlib.crc32(f"secrets_corpus9:{half}:{seed}".encode()))
    plan = _plan(half, g)
    reps = -(-(n or 0) // len(plan)) if n and n > len(plan) else 1
    plan = (plan * reps)[:n or SIZES[half]]
    vendors = list(VENDORS[half].values())
    turn = 0
    records = []
    for i, t in enumerate(plan):
        vendor = None
        if "{{vendor}}" in t.text or "{{vsplit1}}" in t.text:
            vendor = vendors[turn % len(vendors)]  # round robin: every vendor of the half is drawn
            turn += 1
        for _ in range(200):
            text, spans, shapes = _render(t, g, half, vendor)
            if labelled_everywhere(text, spans):
                break
        else:  # pragma: no cover - the pools make this unreachable
            raise RuntimeError(f"could not label {t.id} everywhere")
        meta = {"half": half, "kind": t.kind, "form": t.form, "lang": t.lang, "template": t.id,
                "scope": ["SECRET"], "shapes": shapes}
        if t.group == "negative":
            meta["neg_class"] = t.form
        else:
            meta["cls"] = t.form
        if vendor:
            meta["vendor"] = vendor.name
        records.append({"id": f"secrets9-{half}-{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
