"""The seventh secrets corpus: secrets inside realistic English work prompts, written every way people do.

What: prompts an employee might paste into an AI tool (an instruction plus pasted material: chats, Slack and
Teams exports with timestamps, e-mails with signatures, tickets, handover and meeting notes, runbooks,
incident timelines, and machine text: .env, YAML, JSON, TOML, INI, docker/kubectl/curl command lines,
connection strings, git remotes, stack traces and logs that echo a secret, Terraform, GitHub Actions, Python,
JavaScript, Go, Java, C#, PowerShell, HTTP dumps with cookies, private key blocks, JWTs and vendor API keys).
Secrets come after many cue phrasings, most without "password" next to the value ("log in as admin / X",
"creds are u and X", "I reset it to X", "changed it from X to Y", "X is the new one for the VPN", the answer
in a chat thread), in many shapes: chosen passwords (word + digits + symbol, leetspeak, CamelCase, dates),
random strings, passphrases of 3-6 words, PINs, one-time and recovery codes, safe combinations, BitLocker
keys, security-question answers and weak passwords set on real systems (``changeme`` counts). About 30 % of
the positives are machine text, about 15 % are in German, French, Spanish, Italian, Dutch or Portuguese.
About a quarter are negatives (``meta.kind == "negative"``, ``meta.neg_class``): placeholders, password
policies, reset mails without a password, hashes/UUIDs/SHAs/order and tracking numbers, versions, public keys
and certificates, masked keys, env var names alone, code reading secrets from the environment, rooms, times,
prices and product codes.

How labelled: every secret value is one span ``{"type": "SECRET", "start", "end", "value"}``, the value only
(not its cue, not its quotes; a connection string's password, not the URI; a private key block from its
BEGIN line to its END line inclusive), and every occurrence of a labelled value is labelled (a record is drawn
again otherwise). ``meta``: ``half``, ``kind`` (prose, machine, negative), ``form``, ``lang``, ``template``,
``scope == ["SECRET"]`` (only secret detections are scored), ``shapes`` (the secret kinds in the record),
``vendor`` (for vendor keys) and ``neg_class`` (negatives).

How split: ``dev`` (300 records, may be tuned on) and ``test`` (400 records, read in aggregate only) were
written apart: separate template lists with different cue phrasings, disjoint vendor sets (22 each), disjoint
word pools for passwords, passphrases, security answers and weak passwords, recovery codes of different
shapes, and digit-only values with an even digit sum in dev and an odd one in test, so no value is shared.
Values come from ``random.Random`` seeded with ``zlib.crc32`` of the half and the seed.

    python -m benchmarks.secrets_corpus7 --half dev [--n N] [--seed S]
"""

import base64
import json
import random
import re
import string
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

DEFAULT_SEED = 7707
SIZES = {"dev": 300, "test": 400}
NEGATIVE_SHARE, MACHINE_SHARE, FOREIGN_SHARE = 0.25, 0.30, 0.15
SCOPE = ["SECRET"]

LOWER, UPPER, DIGITS = string.ascii_lowercase, string.ascii_uppercase, string.digits
ALNUM = LOWER + UPPER + DIGITS
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
RANDOM_SYMBOLS = "!@#$%^&*?-_+=~"
URI_SYMBOLS = "!-_.~"


def _chars(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- vendors (documented shapes, random bodies)

@dataclass(frozen=True)
class Vendor:
    """One vendor's key: its display name, the variable people keep it in, and a generator of its shape."""
    name: str
    envvar: str
    make: Callable[[random.Random], str]
    plain: bool = True  # usable in the generic ``{{key}}`` templates (else only in its own template)


def _stripe(r):
    return r.choice(["sk_live_", "rk_live_"]) + _chars(r, ALNUM, r.choice([24, 99]))


def _anthropic(r):
    return "sk-ant-api03-" + _chars(r, URLSAFE, 93) + "AA"


def _notion(r):
    return r.choice(["ntn_" + _chars(r, DIGITS, 11) + _chars(r, ALNUM, 35), "secret_" + _chars(r, ALNUM, 43)])


def _github(r):
    fine_grained = "github_pat_" + _chars(r, ALNUM, 22) + "_" + _chars(r, ALNUM, 59)
    return r.choice(["ghp_" + _chars(r, ALNUM, 36), fine_grained])


def _aws_id(r):
    return "AKIA" + _chars(r, UPPER + "234567", 16)


def _azure(r):
    return _chars(r, B64, 86) + "=="


DEV_VENDORS = {
    "stripe": Vendor("Stripe", "STRIPE_SECRET_KEY", _stripe),
    "slack": Vendor("Slack", "SLACK_BOT_TOKEN",
                    lambda r: f"xoxb-{_chars(r, DIGITS, 12)}-{_chars(r, DIGITS, 13)}-{_chars(r, ALNUM, 24)}"),
    "gitlab": Vendor("GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + _chars(r, URLSAFE, 20)),
    "twilio": Vendor("Twilio", "TWILIO_AUTH_TOKEN", lambda r: _chars(r, HEX, 32)),
    "mailgun": Vendor("Mailgun", "MAILGUN_API_KEY", lambda r: "key-" + _chars(r, HEX, 32)),
    "newrelic": Vendor("New Relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + _chars(r, UPPER + DIGITS, 27)),
    "shopify": Vendor("Shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + _chars(r, HEX, 32)),
    "notion": Vendor("Notion", "NOTION_TOKEN", _notion),
    "huggingface": Vendor("Hugging Face", "HF_TOKEN", lambda r: "hf_" + _chars(r, LOWER + UPPER, 34)),
    "anthropic": Vendor("Anthropic", "ANTHROPIC_API_KEY", _anthropic),
    "databricks": Vendor("Databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + _chars(r, HEX, 32)),
    "npm": Vendor("npm", "NPM_TOKEN", lambda r: "npm_" + _chars(r, ALNUM, 36)),
    "dockerhub": Vendor("Docker Hub", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + _chars(r, URLSAFE, 27)),
    "digitalocean": Vendor("DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + _chars(r, HEX, 64)),
    "okta": Vendor("Okta", "OKTA_API_TOKEN", lambda r: "00" + _chars(r, URLSAFE, 40)),
    "grafana": Vendor("Grafana", "GRAFANA_SA_TOKEN",
                      lambda r: "glsa_" + _chars(r, ALNUM, 32) + "_" + _chars(r, HEX, 8)),
    "supabase": Vendor("Supabase", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + _chars(r, HEX, 40)),
    "postman": Vendor("Postman", "POSTMAN_API_KEY",
                      lambda r: "PMAK-" + _chars(r, HEX, 24) + "-" + _chars(r, HEX, 34)),
    "replicate": Vendor("Replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + _chars(r, ALNUM, 37)),
    "figma": Vendor("Figma", "FIGMA_TOKEN", lambda r: "figd_" + _chars(r, URLSAFE, 40)),
    "gcp": Vendor("GCP", "GOOGLE_API_KEY", lambda r: "AIza" + _chars(r, URLSAFE, 35)),
    "sentry": Vendor("Sentry", "SENTRY_DSN", lambda r: _chars(r, HEX, 32), plain=False),
}

TEST_VENDORS = {
    "github": Vendor("GitHub", "GITHUB_TOKEN", _github),
    "sendgrid": Vendor("SendGrid", "SENDGRID_API_KEY",
                       lambda r: "SG." + _chars(r, URLSAFE, 22) + "." + _chars(r, URLSAFE, 43)),
    "datadog": Vendor("Datadog", "DD_API_KEY", lambda r: _chars(r, HEX, 32)),
    "pagerduty": Vendor("PagerDuty", "PAGERDUTY_TOKEN", lambda r: "u+" + _chars(r, URLSAFE, 18)),
    "atlassian": Vendor("Atlassian", "JIRA_API_TOKEN",
                        lambda r: "ATATT3xFfGF0" + _chars(r, URLSAFE, 170) + "=" + _chars(r, HEX.upper(), 8)),
    "linear": Vendor("Linear", "LINEAR_API_KEY", lambda r: "lin_api_" + _chars(r, ALNUM, 40)),
    "openai": Vendor("OpenAI", "OPENAI_API_KEY", lambda r: "sk-proj-" + _chars(r, URLSAFE, 120)),
    "cohere": Vendor("Cohere", "COHERE_API_KEY", lambda r: _chars(r, ALNUM, 40)),
    "pypi": Vendor("PyPI", "PYPI_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + _chars(r, URLSAFE, 150)),
    "heroku": Vendor("Heroku", "HEROKU_API_KEY", lambda r: "HRKU-AA" + _chars(r, URLSAFE, 58)),
    "cloudflare": Vendor("Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: _chars(r, URLSAFE, 40)),
    "auth0": Vendor("Auth0", "AUTH0_CLIENT_SECRET", lambda r: _chars(r, URLSAFE, 64)),
    "vault": Vendor("HashiCorp Vault", "VAULT_TOKEN", lambda r: "hvs." + _chars(r, URLSAFE, 90)),
    "groq": Vendor("Groq", "GROQ_API_KEY", lambda r: "gsk_" + _chars(r, ALNUM, 52)),
    "telegram": Vendor("Telegram", "TELEGRAM_BOT_TOKEN",
                       lambda r: _chars(r, "123456789", 1) + _chars(r, DIGITS, 9) + ":AA"
                       + _chars(r, URLSAFE, 33)),
    "airtable": Vendor("Airtable", "AIRTABLE_TOKEN",
                       lambda r: "pat" + _chars(r, ALNUM, 14) + "." + _chars(r, HEX, 64)),
    "planetscale": Vendor("PlanetScale", "PLANETSCALE_PASSWORD",
                          lambda r: "pscale_pw_" + _chars(r, URLSAFE, 43)),
    "mailchimp": Vendor("Mailchimp", "MAILCHIMP_API_KEY",
                        lambda r: _chars(r, HEX, 32) + "-us" + str(r.randint(1, 21))),
    "perplexity": Vendor("Perplexity", "PPLX_API_KEY", lambda r: "pplx-" + _chars(r, ALNUM, 48)),
    "aws": Vendor("AWS", "AWS_ACCESS_KEY_ID", _aws_id, plain=False),
    "azure": Vendor("Azure", "AZURE_STORAGE_KEY", _azure, plain=False),
    "snowflake": Vendor("Snowflake", "SNOWFLAKE_PASSWORD", lambda r: "", plain=False),  # a password, see Draw
}

# ---------------------------------------------------------------- word pools (disjoint between the halves)

DEV_WORDS = ["Tiger", "Falcon", "Maple", "Harbor", "Winter", "Sunset", "Rocket", "Velvet", "Cobalt",
             "Meadow", "Thunder", "Pepper", "Juniper", "Orchid", "Granite", "Lemon", "Dragon", "Raven",
             "Willow", "Summit", "Comet", "Ginger", "Marble", "Saturn", "Bramble", "Quartz", "Nutmeg",
             "Sparrow", "Cactus", "Glacier"]
TEST_WORDS = ["Panther", "Osprey", "Cedar", "Lagoon", "Autumn", "Sunrise", "Galaxy", "Copper", "Indigo",
              "Prairie", "Lightning", "Paprika", "Hazel", "Lotus", "Basalt", "Mango", "Griffin", "Crow",
              "Birch", "Canyon", "Nebula", "Cinnamon", "Pebble", "Jupiter", "Thistle", "Topaz", "Saffron",
              "Robin", "Fern", "Iceberg"]
DEV_PHRASE_WORDS = ["lantern", "river", "seven", "purple", "kettle", "window", "garden", "ocean", "biscuit",
                    "ladder", "candle", "pencil", "yellow", "mountain", "bicycle", "orange", "pillow",
                    "basket", "anchor", "violin", "tractor", "blanket", "castle", "rabbit", "spoon",
                    "cloud", "forest", "carpet", "pocket", "muffin"]
TEST_PHRASE_WORDS = ["trumpet", "wagon", "pumpkin", "saddle", "lighthouse", "cherry", "envelope", "chimney",
                     "hammock", "puzzle", "turnip", "oyster", "compass", "sandal", "lobster", "cabbage",
                     "walrus", "blender", "teapot", "parsnip", "kayak", "waffle", "igloo", "scarf",
                     "mitten", "quilt", "tulip", "bucket", "pelican", "nine"]
DEV_ANSWERS = ["Kowalczyk", "Fairweather", "Pickles", "Dunmore", "Rosewood Elementary",
               "Biscuit the hamster", "Abernathy", "Ostrowski", "Whitmore", "Pemberton", "Sir Fluffington",
               "Lake Tahoe"]
TEST_ANSWERS = ["Haverford", "Okonkwo", "Mittens", "Lindqvist", "Brackenridge", "Oakridge Middle",
                "Mr Whiskers", "Castellanos", "Thornbury", "Vanderbeek", "Scruffy", "Port Elizabeth"]
DEV_WEAK = ["changeme", "letmein", "Welcome1", "admin123", "Passw0rd", "secret123"]
TEST_WEAK = ["Password1!", "qwerty123", "Spring2023", "abc12345", "Temp1234", "iloveyou2"]

# Fillers shared by both halves: never labelled, they only surround the secrets.
FIRST_NAMES = ["Priya", "Marcus", "Elena", "Tom", "Aisha", "Jonas", "Mei", "Carlos", "Fatima", "Oliver",
               "Sofia", "Kenji", "Hannah", "Diego", "Grace", "Lukas", "Amara", "Ben", "Chloe", "Ravi"]
SURNAMES = ["smith", "patel", "garcia", "nguyen", "mueller", "rossi", "okafor", "kim", "dubois", "jansen"]
TEAMS = ["payments", "billing", "data-platform", "search", "ops", "growth"]
DBS = ["orders", "analytics", "crm", "inventory", "billing", "reports"]


# ---------------------------------------------------------------- value generators

def _digits_with_parity(rng: random.Random, n: int, parity: int) -> str:
    """``n`` digits whose digit sum is even (parity 0, dev) or odd (parity 1, test): halves never share "
    "one."""
    while True:
        d = _chars(rng, DIGITS, n)
        if sum(map(int, d)) % 2 == parity and len(set(d)) > 1:
            return d


def _leet(word: str) -> str:
    return word.translate(str.maketrans({"a": "4", "o": "0", "e": "3", "i": "1"}))


def _chosen(rng: random.Random, words: list[str], symbols: str) -> str:
    """A password a person picks: word + digits + symbol, leetspeak, CamelCase words, a date inside."""
    w, w2 = rng.sample(words, 2)
    sym = rng.choice(symbols)
    shape = rng.randrange(6)
    if shape == 0:
        return f"{w}{rng.randint(2015, 2026)}{sym}"
    if shape == 1:
        return f"{w[0]}{_leet(w[1:].lower())}{sym}{rng.randint(1, 99)}"
    if shape == 2:
        return f"{w}{w2}{rng.randint(10, 999)}"
    if shape == 3:
        return f"{w}{sym}{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}"
    if shape == 4:
        return f"{w.lower()}{sym}{w2}{rng.randint(1, 9)}"
    return f"{_leet(w)}{_leet(w2.lower())}{rng.randint(1, 99)}{sym}"


def _random_password(rng: random.Random) -> str:
    """A generated password: 9-16 characters with a lower, an upper, a digit and a symbol."""
    while True:
        p = _chars(rng, ALNUM + RANDOM_SYMBOLS, rng.randint(9, 16))
        if (any(c in LOWER for c in p) and any(c in UPPER for c in p) and any(c in DIGITS for c in p)
                and any(c in RANDOM_SYMBOLS for c in p) and p[0] not in "-_+=~"):
            return p


def _phrase(rng: random.Random, words: list[str]) -> str:
    """3-6 words joined by spaces, hyphens, dots, underscores or nothing (then CamelCase)."""
    ws = rng.sample(words, rng.randint(3, 6))
    sep = rng.choice([" ", " ", "-", "-", ".", "_", ""])
    if sep == "":
        return "".join(w.capitalize() for w in ws)
    return sep.join(ws)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt(rng: random.Random) -> str:
    header = {"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}
    iat = rng.randint(1_700_000_000, 1_760_000_000)
    payload = {"sub": _chars(rng, DIGITS, 8), "name": rng.choice(FIRST_NAMES), "iat": iat, "exp": iat + 3600,
               "scope": rng.choice(["read", "read write", "admin"])}
    return ".".join([_b64url(json.dumps(header, separators=(",", ":")).encode()),
                     _b64url(json.dumps(payload, separators=(",", ":")).encode()), _chars(rng, URLSAFE, 43)])


PEM_KINDS = [("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB", 70),
             ("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 64), ("EC PRIVATE KEY", "MHcCAQEEI", 64),
             ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 64)]


def _pem(rng: random.Random, kind: tuple | None = None, newline: str = "\n") -> str:
    """A private key block, BEGIN line to END line inclusive, with a random base64 body."""
    label, head, width = kind or rng.choice(PEM_KINDS)
    body = head + _chars(rng, B64, width * rng.randint(6, 14) - len(head))
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    lines.append(_chars(rng, B64, rng.randint(8, 40)) + "=")
    return newline.join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"])


def _pgp(rng: random.Random) -> str:
    lines = ["lQOYBG" + _chars(rng, B64, 58)] + [_chars(rng, B64, 64) for _ in range(rng.randint(6, 12))]
    return "\n".join(["-----BEGIN PGP PRIVATE KEY BLOCK-----", "", *lines, _chars(rng, B64, 30),
                      "=" + _chars(rng, B64, 4), "-----END PGP PRIVATE KEY BLOCK-----"])


def _cert(rng: random.Random) -> str:
    lines = ["MIID" + _chars(rng, B64, 60)] + [_chars(rng, B64, 64) for _ in range(rng.randint(5, 9))]
    return "\n".join(["-----BEGIN CERTIFICATE-----", *lines, _chars(rng, B64, 20) + "==",
                      "-----END CERTIFICATE-----"])


def _host(rng: random.Random) -> str:
    return (f"{rng.choice(['pg', 'db', 'mysql', 'api', 'app', 'redis', 'ldap'])}-"
            f"{rng.choice(['prod', 'stg', 'dev', 'eu', 'us'])}-{rng.randint(1, 9):02d}."
            f"{rng.choice(['internal.acme.io', 'corp.local', 'northwind.net', 'svc.cluster.local'])}")


FILLERS: dict[str, Callable[[random.Random], str]] = {
    "name": lambda r: r.choice(FIRST_NAMES),
    "user": lambda r: r.choice(["", "svc_", "adm-"]) + r.choice(FIRST_NAMES)[0].lower() + r.choice(SURNAMES),
    "host": _host,
    "db": lambda r: r.choice(DBS),
    "team": lambda r: r.choice(TEAMS),
    "port": lambda r: str(r.choice([8443, 8080, 9090, 10443, 5000, 3000])),
    "date": lambda r: f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    "time": lambda r: f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}",
    "ts": lambda r: f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
                    f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
    "ticket": lambda r: "INC" + _chars(r, DIGITS, 7),
    "ext": lambda r: str(r.randint(2000, 2999)),
    "ver": lambda r: f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
    "proj": lambda r: f"acme-{r.choice(TEAMS)}-{_chars(r, DIGITS, 6)}",
    "acct": lambda r: f"acme{r.choice(DBS)}{r.randint(1, 99):02d}",
    "sfacct": lambda r: f"{_chars(r, LOWER, 2)}{_chars(r, DIGITS, 5)}.{r.choice(['eu-west-1', 'us-east-2'])}",
    "n": lambda r: str(r.randint(100000, 9999999)),
    "ip": lambda r: f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
    # look-alikes for negatives
    "sha": lambda r: _chars(r, HEX, 40),
    "short_sha": lambda r: _chars(r, HEX, 7),
    "uuid": lambda r: "-".join(_chars(r, HEX, k) for k in (8, 4, 4, 4, 12)),
    "build": lambda r: f"{r.randint(2024, 2025)}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}"
                       f"-{r.randint(1, 999)}",
    "order": lambda r: f"{r.choice(['PO-', 'SO-', '#'])}{_chars(r, DIGITS, 7)}",
    "track": lambda r: "1Z" + _chars(r, UPPER + DIGITS, 16),
    "price": lambda r: f"${r.randint(5, 4999)}.{r.choice(['00', '99', '50'])}",
    "room": lambda r: f"{r.choice('ABCD')}-{r.randint(100, 499)}",
    "sku": lambda r: f"SKU-{_chars(r, DIGITS, 4)}-{r.choice(['XL', 'M', 'BLK', 'V2'])}",
    "masked": lambda r: r.choice(["sk-...", "ghp_" + "*" * 16, "•" * 12, "AKIA" + "*" * 12])
                        + _chars(r, HEX, 4),
    "checksum": lambda r: _chars(r, HEX, 64),
    "bcrypt": lambda r: "$2b$12$" + _chars(r, ALNUM + "./", 53),
    "sshpub": lambda r: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + _chars(r, B64, 43),
    "cert": _cert,
    "digest": lambda r: _chars(r, HEX, 32),
}


@dataclass(frozen=True)
class Pools:
    """One half's value sources: disjoint from the other half's."""
    words: list[str]
    phrase_words: list[str]
    answers: list[str]
    weak: list[str]
    vendors: dict[str, Vendor]
    parity: int
    code: Callable[[random.Random], str]  # a recovery code


DEV_POOLS = Pools(DEV_WORDS, DEV_PHRASE_WORDS, DEV_ANSWERS, DEV_WEAK, DEV_VENDORS, 0,
                  lambda r: _chars(r, LOWER + DIGITS, 4) + "-" + _chars(r, LOWER + DIGITS, 4))
TEST_POOLS = Pools(TEST_WORDS, TEST_PHRASE_WORDS, TEST_ANSWERS, TEST_WEAK, TEST_VENDORS, 1,
                   lambda r: _chars(r, HEX, 5) + "-" + _chars(r, HEX, 5))


class Draw:
    """The values of one record: each field drawn once (every occurrence of ``{{pw}}`` is the same value),
    distinct fields of one kind (``pw``, ``pw2``) drawn distinct; which are secrets and which vendor."""

    def __init__(self, rng: random.Random, pools: Pools, plain: str):
        self.rng, self.pools, self.plain = rng, pools, plain
        self.values: dict[str, str] = {}
        self.vendor: str | None = None
        self.shapes: set[str] = set()
        self.secret_fields: set[str] = set()
        self.chosen = None

    def plain_vendor(self) -> Vendor:
        if self.chosen is None:
            self.chosen = self.pools.vendors[self.plain]
            self.vendor = self.chosen.name
        return self.chosen

    def secret(self, base: str) -> str | None:
        """A fresh value of secret kind ``base``, or None when ``base`` is no secret kind."""
        r, p = self.rng, self.pools
        if base.startswith("v_"):
            vendor = p.vendors[base[2:]]
            self.vendor = vendor.name
            if base == "v_snowflake":
                return _chosen(r, p.words, URI_SYMBOLS)
            return vendor.make(r)
        makers = {
            "pw": lambda: _chosen(r, p.words, "!#$%&*?@"),
            "upw": lambda: _chosen(r, p.words, URI_SYMBOLS),
            "rnd": lambda: _random_password(r),
            "phrase": lambda: _phrase(r, p.phrase_words),
            "pin": lambda: _digits_with_parity(r, r.choice([4, 4, 4, 5, 6, 6, 8]), p.parity),
            "otp": lambda: _digits_with_parity(r, 6, p.parity),
            "combo": lambda: "-".join(_digits_with_parity(r, 6, p.parity)[i:i + 2] for i in (0, 2, 4)),
            "bitlocker": lambda: "-".join(_digits_with_parity(r, 6, p.parity) for _ in range(8)),
            "answer": lambda: r.choice(p.answers),
            "weak": lambda: r.choice(p.weak),
            "c": lambda: p.code(r),
            "tok": lambda: _chars(r, ALNUM, r.randint(32, 48)),
            "hex": lambda: _chars(r, HEX, 64),
            "jwt": lambda: _jwt(r),
            "pem": lambda: _pem(r),
            "pgp": lambda: _pgp(r),
            "gcpkey": lambda: _pem(r, PEM_KINDS[3], "\\n"),
            "awssecret": lambda: _chars(r, B64, 40),
            "basic": lambda: base64.b64encode(
                f"{FILLERS['user'](r)}:{_random_password(r)}".encode()).decode(),
            "key": lambda: self.plain_vendor().make(r),
        }
        if base not in makers:
            return None
        if base == "gcpkey":
            self.vendor = "GCP"
        if base in ("awssecret",):
            self.vendor = "AWS"
        return makers[base]()

    def value(self, field: str) -> tuple[str, bool]:
        """``field``'s value and whether it is a secret."""
        if field in self.values:
            return self.values[field], field in self.secret_fields
        if field == "KEYVAR":
            return self.plain_vendor().envvar, False
        if field == "vendor":
            return self.plain_vendor().name, False
        base = field if field.startswith("v_") else field.rstrip("0123456789")
        for _ in range(50):
            v = self.secret(base)
            secret = v is not None
            if not secret:
                v = FILLERS[base](self.rng)
            if v not in self.values.values():
                break
        self.values[field] = v
        if secret:
            self.secret_fields.add(field)
            self.shapes.add("vendor_key" if base.startswith("v_") or base == "key" else base)
        return v, secret


FIELD = re.compile(r"\{\{(\w+)\}\}")


def render(template: str, draw: Draw) -> tuple[str, list[dict]]:
    """The template's text with its fields filled in, and a SECRET span per secret field."""
    out, spans, last = [], [], 0
    length = 0
    for m in FIELD.finditer(template):
        piece = template[last:m.start()]
        out.append(piece)
        length += len(piece)
        value, secret = draw.value(m.group(1))
        if secret:
            spans.append({"type": "SECRET", "start": length, "end": length + len(value), "value": value})
        out.append(value)
        length += len(value)
        last = m.end()
    out.append(template[last:])
    return "".join(out), spans


def all_occurrences_labelled(text: str, spans: list[dict]) -> bool:
    """Every whole-word occurrence of a labelled value lies inside a span."""
    covered = [False] * len(text)
    for s in spans:
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["value"]) + r"(?!\w)", text):
            if not all(covered[m.start():m.end()]):
                return False
    return True


@dataclass(frozen=True)
class Template:
    """One hand-written prompt: its group, form, language and text with ``{{field}}`` slots."""
    id: str
    kind: str  # prose, machine or negative
    group: str  # prose, foreign, machine or negative (the plan's groups)
    form: str
    lang: str
    text: str
    neg_class: str | None = None


def _templates(half: str, prose: list, foreign: list, machine: list,
               negative: list) -> dict[str, list[Template]]:
    """The hand-written lists of one half as Templates, grouped as the plan draws them."""
    out = {
        "prose": [Template(f"{half}-prose-{i:02d}", "prose", "prose", f, "en", t)
                  for i, (f, t) in enumerate(prose)],
        "foreign": [Template(f"{half}-{lang}-{i:02d}", "prose", "foreign", f, lang, t)
                    for i, (lang, f, t) in enumerate(foreign)],
        "machine": [Template(f"{half}-machine-{i:02d}", "machine", "machine", f, "en", t)
                    for i, (f, t) in enumerate(machine)],
        "negative": [Template(f"{half}-negative-{i:02d}", "negative", "negative", f, "en", t, c)
                     for i, (c, f, t) in enumerate(negative)],
    }
    return out


# ---------------------------------------------------------------- dev templates (written first, on their own)

DEV_PROSE = [
    ("chat", "Can you turn this into a short onboarding checklist?\n\nhey {{name}}, for the staging box "
             "just log "
             "in as admin / {{pw}} and change it after your first login. the jump host is {{host}}"),
    ("prose", "Rewrite this more politely: creds are {{user}} and {{pw}}, don't share them outside the "
              "team."),
    ("slack", "Summarise this thread for me:\n[{{time}}] {{name}}: what's the pw for the design NAS again?\n"
              "[{{time2}}] {{name2}}: it's `{{rnd}}` (watch the symbols)\n[{{time3}}] {{name}}: thanks!"),
    ("email", "Please fix the grammar in this email.\n\nHi {{name}},\n\nThe login for the shared finance "
              "mailbox is "
              "{{user}}, then {{pw}} on the second screen. Its not to be forwarded.\n\nBest,\n{{name2}}\n"
              "IT Service Desk | ext. {{ext}}"),
    ("handover", "Make this handover note tidier:\n- printers fine\n- backup job moved to 02:00\n- use "
                 "{{phrase}} to "
                 "get in to the old wiki, it still works\n- {{name}} is off Friday"),
    ("ticket", "Draft a reply to this ticket.\n\nTicket {{ticket}}: user locked out of Outlook. I reset it "
               "to "
               "{{weak}} and asked them to change it at next login. -- {{name}}"),
    ("prose", "Explain to {{name}} why this is risky: I changed it from {{pw}} to {{pw2}} yesterday but "
              "the old one "
              "still works on the VPN."),
    ("prose", "Shorten this: the 1Password entry for the office router says {{rnd}}, and the admin page is "
              "on port "
              "{{port}}."),
    ("chat", "Translate to Spanish: temp pw for your laptop is {{pw}}, you'll be asked to pick a new one."),
    ("prose", "Is this a strong passcode for my work phone? {{pin}}"),
    ("runbook", "Turn these steps into a numbered runbook:\nssh into the jump host as {{user}}, sudo with "
                "{{rnd}}, "
                "restart the queue worker, then check the dashboard."),
    ("prose", "{{pw}} is the new one for the VPN, can you write the announcement to the team without "
              "sounding "
              "alarming?"),
    ("qa", "Format this as a FAQ entry.\nQ: what's the guest wifi?\nA: {{pw}}\nQ: where is the printer?\n"
           "A: next to room {{room}}"),
    ("meeting", "Summarise the meeting notes:\nAttendees: {{name}}, {{name2}}\n- Board-room tablet "
                "passcode is now "
                "{{pin}}\n- Budget review moved to {{date}}"),
    ("incident", "Write a post-incident summary from this:\n{{ts}} deploy failed\n{{ts2}} {{name}} pasted "
                 "the service "
                 "account secret ({{rnd}}) into #general by mistake\n{{ts3}} rotated, message deleted"),
    ("prose", "The answer to my bank's security question (mother's maiden name) is {{answer}}. Help me "
              "write a note "
              "to my partner explaining which questions I set up."),
    ("prose", "Passphrase for the offline backup drive: {{phrase}}. Write me a short reminder for the safe's "
              "logbook."),
    ("email", "Reply to this saying thanks:\n\n> Your account has been created. Username: {{user}}\n"
              "> Temporary password: {{rnd}}\n> Please change it within 24 hours.\n\nIT Onboarding"),
    ("chat", "Make a ticket out of this:\n{{name}}: boss asked for the code to the server room\n{{name2}}: "
             "{{pin}}, "
             "then the green button\n{{name}}: cheers"),
    ("prose", "Backup codes for my Google account, please put them in a "
              "table:\n{{c1}}\n{{c2}}\n{{c3}}\n{{c4}}\n"
              "{{c5}}"),
    ("prose", "pwd for the reporting db is {{pw}} -- can you check whether my SQL below is "
              "right?\n\nSELECT region, "
              "sum(total) FROM orders GROUP BY region;"),
    ("slack", "Clean up this Slack export:\n{{name}}  {{time}}\nanyone have the secret for the staging "
              "webhook?\n"
              "{{name2}}  {{time2}}\n{{hex}}\n{{name}}  {{time3}}\nlegend"),
    ("handover", "Handover for the night shift, rewrite as bullet points: alarm panel code {{pin}}; the "
                 "key safe at "
                 "the back door opens with {{pin2}}; the caretaker is {{name}}."),
    ("prose", "The key is {{rnd}}, it's for the encrypted USB stick in the top drawer. Can you write a "
              "label for the "
              "drawer that doesn't reveal it?"),
    ("ticket", "Summarise: 'Customer says the token: {{tok}} stopped working after the migration. Please "
               "advise.' "
               "-- {{name}}, Tier 2"),
    ("prose", "I keep forgetting, is \"{{pw}}\" long enough for the new policy? It's for my HR portal "
              "login."),
    ("email", "Proofread:\nHi team, the conference room display's admin login is projector / {{weak}}. "
              "Please "
              "don't change it.\nThanks, {{name}}\n--\n{{name}} | Facilities Coordinator | ext. {{ext}}"),
    ("chat", "Make this message sound less clumsy: \"ok the door pin for the storage unit is {{pin}} and "
             "the padlock "
             "inside is {{pin2}}\""),
    ("prose", "For the security question 'name of your first pet' I put {{answer}}. Can you suggest a better "
              "approach for answers like that?"),
    ("runbook", "Convert into a Confluence page:\nRecovering the NAS\n1. Hold reset 10s\n2. Browse to the "
                "setup page"
                "\n3. Enter the passphrase from the sealed envelope: {{phrase}}\n4. Re-attach volumes"),
    ("teams", "Translate into German:\n[{{date}} {{time}}] {{name}}: I reset your Okta, new one is {{pw}}\n"
              "[{{date}} {{time2}}] {{name2}}: thx, in now"),
    ("prose", "Hey can you help, it keeps saying invalid credentials. I'm typing {{user}} then {{rnd}} "
              "exactly as "
              "the welcome letter shows."),
    ("chat", "Write a Slack reminder about rotating keys. Context: {{name}} pasted our {{vendor}} key "
             "{{key}} in "
             "the vendor call chat this morning."),
    ("ticket", "Summarise this ticket for the security team: 'Found {{key}} committed in README.md of the "
               "{{team}} "
               "repo. Looks like the live {{vendor}} one.' -- {{name}}"),
]

DEV_FOREIGN = [
    ("de", "chat", "Kannst du das kürzer formulieren? Das Kennwort für den Drucker-Admin ist {{pw}}, bitte "
                   "nicht "
                   "weitergeben."),
    ("de", "email", "Bitte Rechtschreibung prüfen:\nHallo {{name}},\nZugang zum Laufwerk: Benutzer {{user}}, "
                    "Passwort {{rnd}}.\nViele Grüße\n{{name2}}"),
    ("fr", "prose", "Peux-tu reformuler ce message ? « Le mot de passe du wifi invités est {{phrase}} »"),
    ("fr", "ticket", "Résume ce ticket : l'utilisateur {{user}} a reçu le code {{otp}} mais le site le "
                     "refuse. "
                     "Mot de passe actuel : {{pw}}."),
    ("es", "chat", "Tradúceme esto al inglés: la contraseña del servidor es {{pw}} y el PIN de la alarma es "
                   "{{pin}}."),
    ("es", "handover", "Ordena estas notas: acceso al panel con {{user}} / {{rnd}}; la clave nueva la puso "
                       "{{name}} ayer."),
    ("it", "prose", "Puoi migliorare questo testo? La password della casella condivisa è {{pw}}, cambiala "
                    "entro "
                    "venerdì."),
    ("it", "chat", "Riassumi questa chat:\n{{name}}: qual è il codice del cancello?\n{{name2}}: {{pin}}"),
    ("nl", "prose", "Kun je dit netter maken? Het wachtwoord voor de gedeelde agenda is {{pw}}."),
    ("nl", "email", "Vertaal naar het Engels:\nBeste {{name}},\nje tijdelijke wachtwoord is {{weak}}. "
                    "Wijzig het "
                    "bij de eerste keer inloggen.\nGroet, {{name2}}"),
    ("pt", "prose", "Podes melhorar esta mensagem? A senha do roteador é {{rnd}} e o usuário é admin."),
    ("pt", "chat", "Resume isto:\n{{name}}: qual é a palavra-passe do portal?\n{{name2}}: {{phrase}}"),
]

DEV_MACHINE = [
    ("env", "Why does my app not pick up this "
            ".env?\n\nAPP_ENV=production\nDB_HOST={{host}}\nDB_USER={{user}}\n"
            "DB_PASSWORD={{upw}}\n{{KEYVAR}}={{key}}\n"),
    ("yaml", "Review this docker-compose file:\n\nservices:\n  db:\n    image: postgres:16\n    "
             "environment:\n"
             "      POSTGRES_USER: {{user}}\n      POSTGRES_PASSWORD: \"{{upw}}\"\n    ports:\n      - "
             "\"5432:5432\""),
    ("json", "Validate this JSON config:\n{\n  \"smtp\": {\"host\": \"{{host}}\", \"user\": \"{{user}}\", "
             "\"pass\": \"{{rnd}}\"},\n  \"retries\": 3\n}"),
    ("toml", "What's wrong with this config.toml?\n\n[database]\nurl = "
             "\"postgresql://{{user}}:{{upw}}@{{host}}:5432/"
             "{{db}}\"\npool_size = 5\n"),
    ("ini", "Explain this section of our app.ini:\n\n[ldap]\nbind_dn = cn={{user}},ou=svc,dc=corp,dc=local\n"
            "bind_pw = {{rnd}}\nbase = dc=corp,dc=local"),
    ("shell", "The container exits straight away, why?\n\ndocker run -d --name worker -e {{KEYVAR}}={{key}} "
              "-e LOG_LEVEL=debug ghcr.io/acme/worker:{{ver}}"),
    ("shell", "kubectl create secret generic db-creds --from-literal=username={{user}} "
              "--from-literal=password='{{rnd}}' -n {{team}}\n\nhow do I make this into a yaml manifest "
              "instead?"),
    ("shell", "This returns 401, what am I missing?\ncurl -u {{user}}:{{upw}} https://{{host}}/api/v2/reports"
              "?since={{date}}"),
    ("shell", "Turn this into Python requests code:\ncurl -X POST https://api.{{team}}.example.com/v1/items "
              "-H \"Authorization: Bearer {{key}}\" -H 'Content-Type: application/json' -d '{\"limit\": 5}'"),
    ("git", "git remote set-url origin https://oauth2:{{v_gitlab}}@gitlab.com/acme/{{team}}.git\n"
            "git push says 'HTTP Basic: Access denied', any idea?"),
    ("trace", "Why is this failing?\n\nTraceback (most recent call last):\n  File \"app/db.py\", line 41, "
              "in connect\n"
              "    conn = psycopg2.connect(host=\"{{host}}\", user=\"{{user}}\", password=\"{{upw}}\")\n"
              "psycopg2.OperationalError: FATAL:  password authentication failed for user \"{{user}}\""),
    ("log", "Can you spot the error in these logs?\n{{ts}} INFO  auth  login ok user={{user}}\n{{ts2}} "
            "DEBUG http  "
            "POST /v1/charges headers={'Authorization': 'Bearer {{v_stripe}}'}\n{{ts3}} ERROR http  402 "
            "card_declined"),
    ("python", "Refactor this to use a session:\n\nimport requests\n\ncreds = (\"{{user}}\", \"{{rnd}}\")\n"
               "r = requests.get(\"https://{{host}}/export\", auth=creds)\nprint(r.json())"),
    ("javascript", "Convert to TypeScript:\n\nconst client = new Client({ user: '{{user}}', pw: '{{upw}}', "
                   "host: "
                   "'{{host}}', database: '{{db}}' });\nawait client.connect();"),
    ("go", "Add error handling:\n\ndb, err := sql.Open(\"mysql\", "
           "\"{{user}}:{{upw}}@tcp({{host}}:3306)/{{db}}\")\n"
           "rows, _ := db.Query(\"SELECT id FROM users\")"),
    ("http", "Why does the server reject this request?\n\nPOST /account/settings HTTP/1.1\nHost: {{host}}\n"
             "Cookie: sessionid={{tok}}; theme=dark\nContent-Type: "
             "application/x-www-form-urlencoded\n\nemail_opt_in=1"),
    ("pem", "ssh says 'invalid format' when I use this key, what's wrong?\n\n{{pem}}\n"),
    ("json", "Which IAM roles does this service account need for BigQuery?\n{\n  \"type\": "
             "\"service_account\",\n"
             "  \"project_id\": \"{{proj}}\",\n  \"private_key_id\": \"{{sha}}\",\n  \"private_key\": "
             "\"{{gcpkey}}\\n\",\n  \"client_email\": \"etl@{{proj}}.iam.gserviceaccount.com\"\n}"),
    ("python", "Is this the right way to set up Sentry in Flask?\n\nimport "
               "sentry_sdk\nsentry_sdk.init(dsn=\"https://"
               "{{v_sentry}}@o{{n}}.ingest.sentry.io/{{n2}}\", traces_sample_rate=0.2)"),
    ("jwt", "Decode this token and tell me when it expires: {{jwt}}"),
    ("github-actions", "Why does this workflow fail on forks?\n\njobs:\n  deploy:\n    runs-on: "
                       "ubuntu-latest\n"
                       "    env:\n      {{KEYVAR}}: {{key}}\n    steps:\n      - uses: actions/checkout@v4\n"
                       "      - run: make deploy"),
    ("terraform", "Upgrade this Terraform to the latest provider syntax:\n\nprovider \"digitalocean\" {\n  "
                  "token = "
                  "\"{{v_digitalocean}}\"\n}\n\nresource \"digitalocean_droplet\" \"web\" {\n  size = "
                  "\"s-1vcpu-1gb\"\n}"),
    ("csharp", "Is this connection string OK for Azure SQL?\n\nvar conn = new "
               "SqlConnection(\"Server={{host}};"
               "Database={{db}};User Id={{user}};Password={{upw}};\");"),
    ("java", "Why can't JavaMail authenticate?\n\nprops.put(\"mail.smtp.host\", \"{{host}}\");\nSession s = "
             "Session.getInstance(props, new Authenticator() {\n  protected PasswordAuthentication "
             "getPasswordAuthentication() {\n    return new PasswordAuthentication(\"{{user}}\", "
             "\"{{rnd}}\");\n  }\n});"),
    ("pgp", "Can I import this into Kleopatra as is?\n\n{{pgp}}"),
    ("python", "Why does this give 403?\n\nheaders = {\"Authorization\": \"token \" + "
               "\"{{v_huggingface}}\"}\n"
               "resp = httpx.get(\"https://huggingface.co/api/whoami-v2\", headers=headers)"),
    ("yaml", "Convert this to environment variables:\n\nintegrations:\n  enabled: true\n  credentials:\n"
             "    token: {{key}}\n    timeout: 30"),
    ("python", "Make this configurable:\n\nAPI_SECRET = \"{{key}}\"  # TODO move to env\n\ndef client():\n"
               "    return Api(API_SECRET)"),
]

DEV_NEGATIVE = [
    ("placeholder", "env", "Explain each line of our "
                           ".env.example:\n\nDB_PASSWORD=<password>\nSTRIPE_SECRET_KEY="
                           "your_api_key_here\nSENTRY_DSN=\nLOG_LEVEL=info"),
    ("placeholder", "shell", "Does this pass the token correctly?\ndocker run -e API_TOKEN=${API_TOKEN} -e "
                             "DB_PASSWORD=\"$DB_PASSWORD\" acme/app:{{ver}}"),
    ("placeholder", "github-actions", "Is this workflow safe?\n\n- run: ./deploy.sh\n  env:\n    DEPLOY_KEY: "
                                      "${{ secrets.DEPLOY_KEY }}\n    REGION: eu-west-1"),
    ("policy", "prose", "Rewrite our password policy in plain English: at least 12 characters, one number, "
                        "one "
                        "symbol, no reuse of the last 5 passwords, rotated every 90 days, lockout after 5 "
                        "tries."),
    ("reset_mail", "email", "Summarise this email:\n\n'We received a request to reset your password. Click "
                            "the link "
                            "below within 30 minutes. If you didn't request this, you can ignore this "
                            "email.'\n"
                            "-- The {{team}} team"),
    ("ids_hashes", "prose", "Compare commits {{sha}} and {{short_sha}}; build {{build}} failed between "
                            "them. What "
                            "should I check first?"),
    ("ids_hashes", "email", "Draft a reply: order {{order}} shipped with tracking {{track}} and the "
                            "customer wants a "
                            "refund of {{price}}."),
    ("ids_hashes", "log", "What does this mean?\n{{ts}} WARN request_id={{uuid}} upstream timed out after "
                          "30s"),
    ("ids_hashes", "prose", "Is this bcrypt hash in the right format for our import? {{bcrypt}}"),
    ("public_key", "prose", "Add this to the deploy user's authorized_keys and explain the "
                            "fields:\n{{sshpub}} "
                            "{{user}}@laptop"),
    ("public_key", "pem", "When does this certificate expire?\n\n{{cert}}"),
    ("masked", "prose", "The dashboard shows the key as {{masked}}, created {{date}}. How do I find out "
                        "which "
                        "service uses it?"),
    ("env_names", "prose", "Which of these belong in the vault and which in plain config: DATABASE_URL, "
                           "STRIPE_SECRET_KEY, SENTRY_DSN, LOG_LEVEL, FEATURE_FLAGS?"),
    ("env_code", "python", "Is this OK?\n\nimport os\npassword = os.environ[\"DB_PASSWORD\"]\ntoken = "
                           "os.getenv(\"GITHUB_TOKEN\", \"\")\nconnect(user=\"{{user}}\", "
                           "password=password)"),
    ("codes_rooms_times", "prose", "Write a calendar invite: room {{room}} at {{time}}, bring sample {{sku}} "
                                   "(retail {{price}}), dial-in ext. {{ext}}."),
    ("versions", "prose", "Our changelog says we moved from {{ver}} to {{ver2}}. Write release notes for "
                          "build "
                          "{{build}}."),
    ("masked", "ticket", "Reply to this ticket: 'password field shows ******** and I can't see what I "
                         "typed, is "
                         "the form broken?' -- {{name}}"),
]

DEV = _templates("dev", DEV_PROSE, DEV_FOREIGN, DEV_MACHINE, DEV_NEGATIVE)

# ---------------------------------------------------------------- test templates (written apart from dev's)

TEST_PROSE = [
    ("chat", "Rewrite as a proper handover:\nyo, the kiosk account is kiosk1 and the pass is {{pw}}, "
             "reboot it every "
             "monday"),
    ("email", "Can you make this email shorter?\n\nDear {{name}},\nAs discussed on the phone, your portal "
              "access is "
              "ready. Sign in with {{user}}; your one-time passcode is {{otp}} and it expires in 10 "
              "minutes.\n\n"
              "Kind regards,\n{{name2}}\nClient Services"),
    ("prose", "Password hint help: my sister set {{pw}} on the family iPad and I want to explain to her "
              "why it's "
              "weak."),
    ("qa", "Turn this into a knowledge-base article:\nQ: How do I get onto the warehouse scanners?\nA: "
           "Username is "
           "scan, passcode {{pin}}."),
    ("prose", "Summarise this sticky note I photographed: \"VPN - {{user}} - {{rnd}} - don't lose\""),
    ("chat", "What does this chat say about the alarm?\n{{name}}: what's the alarm code again\n{{name}}: "
             "for the "
             "shop\n{{name2}}: {{pin}}\n{{name2}}: then press OFF twice"),
    ("ticket", "Categorise this ticket:\n{{ticket}} - {{name}} cannot access SharePoint. Their credentials "
               "({{user}} / {{pw}}) worked yesterday."),
    ("prose", "I used {{phrase}} as my master passphrase. Is that long enough or should I add digits?"),
    ("handover", "Polish this handover:\nFinance laptop: sign-in {{user}}, secret is {{rnd}}\nPrinter: no "
                 "login\n"
                 "Safe: combination {{combo}}"),
    ("incident", "Write an incident timeline:\n{{ts}} - intern posted the prod DB credential '{{pw}}' in a "
                 "public "
                 "gist\n{{ts2}} - gist removed, rotation started\n{{ts3}} - all services redeployed"),
    ("prose", "Can you remember this for later in the chat: the code for the bike lock is {{pin}}."),
    ("email", "Translate to French:\nHello {{name}}, we've set you up on the payroll system. You'll log on "
              "with "
              "{{user}} and {{weak}} - the system will force a change on first use.\n\nRegards, HR Systems"),
    ("meeting", "Make action items out of these notes:\n* {{name}} to rotate the shared Canva login "
                "(currently "
                "{{pw}})\n* {{name2}} to book the offsite for {{date}}"),
    ("prose", "Got locked out again. My recovery codes are {{c1}}, {{c2}}, {{c3}} and {{c4}}; which one "
              "should I "
              "use first?"),
    ("slack", "Summarise this channel:\n{{name}} [{{time}}]: shared mailbox login?\n{{name2}} [{{time2}}]: "
              "user is "
              "support, the other bit in thread\n{{name2}} [{{time2}}]: {{rnd}}\n{{name}} [{{time3}}]: ta"),
    ("prose", "Old one was {{pw}}, new one is {{pw2}}. Write a note for {{name}} explaining the change on "
              "the "
              "kiosk terminal."),
    ("prose", "Write a haiku about my passphrase \"{{phrase}}\" without using any of its words."),
    ("runbook", "Make this a step-by-step guide:\nTo unlock the laptop's BitLocker, call the helpdesk, "
                "read them "
                "the key ID, then type the recovery key they give you: {{bitlocker}}"),
    ("chat", "help me reply to this guest message: \"Hi! The gate code is {{pin}} and the wifi is "
             "{{phrase}}, enjoy "
             "your stay!\""),
    ("prose", "My online banking answer for 'city where your parents met' is {{answer}}, does that count as "
              "sensitive?"),
    ("prose", "Please draft a polite note to {{name}}: the voicemail PIN is {{pin}} and she should change "
              "it."),
    ("email", "Proofread the email below.\n\nSubject: Access for the audit\n\nHi {{name}},\nThe auditors' "
              "read-only "
              "account is {{user}}. I'll text you the rest separately - actually, here it is: "
              "{{rnd}}\n\nCheers,\n"
              "{{name2}}\nHead of Finance Operations"),
    ("ticket", "Rewrite this ticket for clarity: 'set users pw to {{weak}} as requested, they will change "
               "it. "
               "-{{name}}'"),
    ("prose", "Our payment webhook signing secret is {{hex}}; explain how HMAC verification with it works "
              "in Node."),
    ("prose", "Sign-in details for the conference Wi-Fi: network EventHall, key {{rnd}}. Write a short "
              "slide for "
              "attendees."),
    ("teams", "Turn this Teams thread into an email:\n{{name}} {{time}}\nwhat did you set the router admin "
              "to?\n"
              "{{name2}} {{time2}}\n{{pw}}\n{{name}} {{time3}}\ngreat"),
    ("prose", "Is \"{{phrase}}\" memorable enough for my parents' laptop? They're both over 70."),
    ("handover", "Summarise for the weekend on-call:\n- PagerDuty override done\n- break-glass account: "
                 "{{user}}, "
                 "pass stored in the envelope but it's {{rnd}}\n- {{name}} covers Sunday"),
    ("prose", "Auth code from the SMS is {{otp}}, why was it sent from a short number?"),
    ("chat", "Clean up: \"for the client's WordPress use {{user}} & {{pw}}, the 2FA goes to {{name}}'s "
             "phone\""),
    ("meeting", "Minutes:\n1. Safe combination changed to {{combo}}\n2. {{name}} keeps the spare key\n3. "
                "Next "
                "review {{date}}"),
    ("prose", "Mother's maiden name: {{answer}}. First school: {{answer2}}. Make these into a tidy list "
              "for my "
              "password manager notes."),
    ("prose", "We agreed on {{pw}} as the shared login for the trade-show iPad. Write the setup "
              "instructions for the "
              "booth staff."),
    ("incident", "Draft a status update: the on-call engineer echoed the admin token {{tok}} into the "
                 "build log at "
                 "{{time}}; it has since been revoked."),
    ("prose", "Convert to a table with columns system/user/secret:\nCRM - {{user}} - {{pw}}\nPayroll - "
              "{{user2}} - "
              "{{rnd}}"),
    ("chat", "can you explain the joke my colleague made about our shared account? the password is literally "
             "{{weak}}"),
    ("email", "Tidy up this reply:\n\nsure - the Zoom host key is {{pin}}, claim host once you're in\n\n"
              "{{name}}\nSent from my iPhone"),
    ("prose", "What's my IMAP setting supposed to be? Server {{host}}, user {{user}}, app password {{rnd}}."),
    ("email", "Make this email to our vendor firmer:\n\nHi,\nyour support engineer asked us to send the "
              "{{vendor}} "
              "key in plain text, so here it is: {{key}}. Please confirm it is deleted "
              "afterwards.\n\n{{name}}"),
    ("chat", "What should I do? {{name}} just DMed me: \"prod {{vendor}} token = {{key}} use it for the "
             "demo\""),
]

TEST_FOREIGN = [
    ("de", "handover", "Übergabe bitte als Liste: Tresorcode {{pin}}; WLAN-Schlüssel {{phrase}}; "
                       "Ansprechpartner "
                       "{{name}}."),
    ("de", "prose", "Mein Zugang zum Kundenportal lautet jetzt {{pw}} - reicht das laut BSI-Empfehlung?"),
    ("de", "chat", "Fass zusammen:\n{{name}}: Wie lautet die PIN fürs Diensthandy?\n{{name2}}: {{pin}}"),
    ("fr", "email", "Corrige ce mail :\nBonjour {{name}},\nvoici vos identifiants : identifiant {{user}}, "
                    "mot de "
                    "passe provisoire {{rnd}}.\nCordialement,\n{{name2}}"),
    ("fr", "prose", "La phrase secrète du coffre est « {{phrase}} », écris une note pour l'équipe sans la "
                    "révéler."),
    ("fr", "chat", "Traduis :\n{{name}} : c'est quoi le digicode de la porte ?\n{{name2}} : {{pin}}"),
    ("es", "email", "Corrige este correo:\nHola {{name}}:\nTu usuario es {{user}} y tu contraseña temporal "
                    "es "
                    "{{weak}}.\nSaludos,\n{{name2}}"),
    ("es", "prose", "¿Es segura esta clave para la banca online? {{pw}}"),
    ("it", "handover", "Metti in ordine: credenziali del gestionale {{user}} / {{rnd}}; combinazione della "
                       "cassaforte {{combo}}."),
    ("it", "prose", "Traduci in inglese: la parola d'ordine per il wifi è {{phrase}}."),
    ("nl", "chat", "Vat samen:\n{{name}}: wat is de code van het hek?\n{{name2}}: {{pin}}, daarna hekje "
                   "duwen"),
    ("nl", "prose", "Mijn inlogcode voor het portaal is {{rnd}}; schrijf een herinnering zonder de code."),
    ("pt", "email", "Revê este email:\nOlá {{name}},\no acesso ao sistema: utilizador {{user}}, "
                    "palavra-passe "
                    "{{pw}}.\nObrigado,\n{{name2}}"),
    ("pt", "prose", "Traduz: o código de acesso da garagem é {{pin}} e a senha do alarme é {{pw}}."),
]

TEST_MACHINE = [
    ("env", "Which of these should be secrets in Vercel?\n\n# .env.local\nNODE_ENV=development\nREDIS_URL="
            "redis://:{{upw}}@{{host}}:6379/0\n{{KEYVAR}}={{key}}\nNEXT_PUBLIC_SITE=https://shop.example.com"),
    ("yaml", "Lint this manifest:\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: {{team}}-app\ntype: "
             "Opaque\n"
             "stringData:\n  {{KEYVAR}}: \"{{key}}\"\n  ADMIN_PASS: \"{{upw}}\""),
    ("json", "Move this to user secrets:\n\n\"ConnectionStrings\": {\n  \"Main\": "
             "\"Host={{host}};Username={{user}};"
             "Password={{upw}};Database={{db}}\"\n}"),
    ("yaml", "Explain these Helm values:\n\nauth:\n  rootPassword: \"{{rnd}}\"\n  database: "
             "{{db}}\nprimary:\n"
             "  persistence:\n    size: 8Gi"),
    ("ini", "boto3 can't find my credentials, here's ~/.aws/credentials:\n\n[default]\naws_access_key_id = "
            "{{v_aws}}\naws_secret_access_key = {{awssecret}}\nregion = eu-west-1"),
    ("connstring", "The Azure Function won't start. "
                   "Setting:\nAzureWebJobsStorage=DefaultEndpointsProtocol=https;"
                   "AccountName={{acct}};AccountKey={{v_azure}};EndpointSuffix=core.windows.net"),
    ("python", "Why does this hang?\n\nimport snowflake.connector\nctx = "
               "snowflake.connector.connect(user='{{user}}', "
               "password='{{v_snowflake}}', account='{{sfacct}}', warehouse='COMPUTE_WH')"),
    ("shell", "Write the same call in PowerShell:\ncurl -s -H 'X-Api-Key: {{key}}' "
              "'https://api.example.com/v2/"
              "search?q=boots&limit=20'"),
    ("git", "git clone https://{{v_github}}@github.com/acme/infra.git\nfatal: Authentication failed - what "
            "now?"),
    ("shell", "mysql -h {{host}} -u {{user}} -p'{{rnd}}' {{db}} < dump.sql\n\nERROR 1045 (28000): Access "
              "denied. "
              "What does that mean?"),
    ("trace", "Explain this stack trace:\n\norg.postgresql.util.PSQLException: FATAL: password "
              "authentication "
              "failed\n\tat "
              "org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:"
              "646)\nCaused by: bad url jdbc:postgresql://{{host}}/{{db}}?user={{user}}&password={{upw}}"),
    ("log", "Why is the API key in our access log?\n{{ip}} - - [12/Mar/2024:10:02:11 +0000] \"GET "
            "/v1/search?q=boots"
            "&api_key={{key}} HTTP/1.1\" 200 512"),
    ("python", "Rename the variables so this reads better:\n\ntmp = \"{{pw}}\"\nclient = "
               "ImapClient(\"{{host}}\")\n"
               "client.authenticate(\"{{user}}\", tmp)"),
    ("javascript", "Make this fetch use async/await:\n\nfetch(url, { headers: { Authorization: 'Basic "
                   "{{basic}}' } })"
                   "\n  .then(r => r.json())"),
    ("go", "Review this Go config:\n\ncfg := &Config{\n\tToken:    \"{{key}}\",\n\tEndpoint: "
           "\"https://api.{{team}}"
           ".internal\",\n}"),
    ("csharp", "client.DefaultRequestHeaders.Add(\"Authorization\", \"Bearer {{jwt}}\");\n\nHow do I "
               "refresh this "
               "token automatically in .NET 8?"),
    ("http", "Copy of the failing request from DevTools:\n\nGET /api/me HTTP/2\nhost: "
             "{{host}}\nauthorization: "
             "Bearer {{jwt}}\ncookie: _session={{tok}}; locale=en\naccept: application/json"),
    ("pem", "I generated this for the SFTP server, is the format right?\n\n{{pem}}"),
    ("github-actions", "Add caching to this job:\n\n- name: Deploy\n  run: ./deploy.sh\n  env:\n    "
                       "{{KEYVAR}}: "
                       "{{key}}\n    REGION: us-east-1"),
    ("terraform", "terraform plan shows this as changed every time, why?\n\nvariable \"db_password\" {\n  "
                  "default = "
                  "\"{{upw}}\"\n}"),
    ("powershell", "Explain this script:\n\n$cred = New-Object PSCredential(\"{{user}}\", "
                   "(ConvertTo-SecureString "
                   "\"{{rnd}}\" -AsPlainText -Force))\nInvoke-Command -ComputerName {{host}} -Credential "
                   "$cred"),
    ("ini", "twine upload fails with 403, my ~/.pypirc:\n\n[pypi]\n  username = __token__\n  password = "
            "{{v_pypi}}"),
    ("ruby", "Convert to Python:\n\nredis = Redis.new(url: \"redis://default:{{upw}}@{{host}}:6379\")"),
    ("properties", "Spring won't connect, "
                   "application.properties:\n\nspring.datasource.url=jdbc:mysql://{{host}}/"
                   "{{db}}\nspring.datasource.username={{user}}\nspring.datasource.password={{rnd}}"),
    ("log", "CI output, why did the step fail?\n\nRun npm whoami\n+ echo \"//registry.npmjs.org/:_authToken="
            "{{tok}}\" > ~/.npmrc\nnpm ERR! code E401"),
    ("python", "Tidy this notebook cell:\n\nfrom openai import OpenAI\nclient = "
               "OpenAI(api_key=\"{{v_openai}}\")\n"
               "print(client.models.list())"),
    ("toml", "Why is this key ignored?\n\n[tool.integrations]\nendpoint = \"https://api.example.com\"\n"
             "secret = \"{{key}}\""),
    ("javascript", "Write a unit test for this:\n\nexport const apiClient = createClient({ baseUrl: '/v2', "
                   "auth: "
                   "'{{key}}' });"),
]

TEST_NEGATIVE = [
    ("placeholder", "yaml", "Fill in this template for me (leave the secrets as they are):\n\ndb:\n  user: "
                            "app\n  "
                            "password: \"<your-db-password>\"\napi_key: {{ API_KEY }}"),
    ("placeholder", "prose", "Our README says: export OPENAI_API_KEY=<your-token> before running. Can you "
                             "make that "
                             "sentence clearer?"),
    ("placeholder", "env", "Explain this sample "
                           "file:\n\nSMTP_USER=xxx\nSMTP_PASS=xxx\nJWT_SECRET=change-this-in-"
                           "production\nPORT=3000"),
    ("placeholder", "prose", "Document the config field 'password' (string, required; example: \"****\")."),
    ("policy", "email", "Shorten this notice: 'From Monday, passwords must be 14+ characters and may not "
                        "contain your "
                        "name. Passphrases are encouraged. MFA is mandatory for all staff.'"),
    ("reset_mail", "email", "Is this phishing?\n\nSubject: Your password expires in 3 days\nHi {{name}}, "
                            "your "
                            "password will expire soon. Visit the self-service portal to choose a new "
                            "one.\nIT Help "
                            "Desk"),
    ("ids_hashes", "prose", "The SHA-256 of the installer is {{checksum}} and the MD5 {{digest}}; how do I "
                            "verify it on "
                            "Windows?"),
    ("ids_hashes", "ticket", "Summarise: customer's parcel {{track}} for order {{order}} is late; ticket "
                             "{{ticket}} opened at {{time}}."),
    ("ids_hashes", "log", "Explain: {{ts}} job {{uuid}} finished build {{build}} at commit {{short_sha}}"),
    ("public_key", "prose", "Is it safe to post our SSH public key on the wiki? {{sshpub}} deploy@ci"),
    ("public_key", "pem", "Decode the subject of this cert for me:\n\n{{cert}}"),
    ("masked", "prose", "Which key is this in the billing console: {{masked}} (last used {{date}})?"),
    ("env_names", "prose", "Write docs for these variables: AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN, "
                           "DB_PASSWORD, "
                           "REDIS_URL."),
    ("env_code", "javascript", "Review:\n\nconst key = process.env.OPENAI_API_KEY;\nif (!key) throw new "
                               "Error('missing "
                               "OPENAI_API_KEY');\nconst pass = await vault.read('kv/app/db').password;"),
    ("env_code", "go", "Is this idiomatic?\n\ntoken := os.Getenv(\"SLACK_BOT_TOKEN\")\nif token == \"\" "
                       "{\n\tlog.Fatal"
                       "(\"no token\")\n}"),
    ("codes_rooms_times", "chat", "Reply to: \"meeting moved to {{room}} at {{time}}, the coffee order is "
                                  "{{price}}, "
                                  "bring {{sku}}\""),
    ("versions", "prose", "What changed between Kubernetes {{ver}} and {{ver2}} for PodSecurity?"),
    ("codes_rooms_times", "email", "Summarise: 'Your flight leaves at {{time}} from gate {{room}}. Booking "
                                   "reference {{order}}. Fare {{price}}.'"),
]

TEST = _templates("test", TEST_PROSE, TEST_FOREIGN, TEST_MACHINE, TEST_NEGATIVE)


HALVES = {"dev": (DEV, DEV_POOLS), "test": (TEST, TEST_POOLS)}


def _plan(n: int, rng: random.Random) -> list[str]:
    """The group of each record: negatives, machine text, non-English prose and English prose, shuffled."""
    n_neg = round(n * NEGATIVE_SHARE)
    n_pos = n - n_neg
    n_machine = round(n_pos * MACHINE_SHARE)
    n_foreign = round(n_pos * FOREIGN_SHARE)
    groups = (["negative"] * n_neg + ["machine"] * n_machine + ["foreign"] * n_foreign
              + ["prose"] * (n_pos - n_machine - n_foreign))
    rng.shuffle(groups)
    return groups


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default the half's size) of ``half`` ("dev" or "test"), the same for the same seed."""
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}; expected one of {sorted(HALVES)}")
    templates, pools = HALVES[half]
    n = SIZES[half] if n is None else n
    rng = random.Random(zlib.crc32(f"secrets_corpus7:{half}:{seed}".encode()))
    order = {g: rng.sample(ts, len(ts)) for g, ts in templates.items()}
    used = dict.fromkeys(templates, 0)
    plain = sorted(k for k, v in pools.vendors.items() if v.plain)  # the {{key}} vendors, taken in turn
    rng.shuffle(plain)
    turn = 0
    records = []
    for i, group in enumerate(_plan(n, rng)):
        t = order[group][used[group] % len(order[group])]
        used[group] += 1
        for _ in range(100):
            draw = Draw(rng, pools, plain[turn % len(plain)])
            text, spans = render(t.text, draw)
            if all_occurrences_labelled(text, spans):
                break
        else:  # pragma: no cover - the fillers cannot keep colliding with the secrets
            raise RuntimeError(f"template {t.id} keeps drawing a labelled value also unlabelled")
        turn += draw.chosen is not None
        meta = {"half": half, "kind": t.kind, "form": t.form, "lang": t.lang, "template": t.id,
                "scope": list(SCOPE), "shapes": sorted(draw.shapes)}
        if draw.vendor:
            meta["vendor"] = draw.vendor
        if t.neg_class:
            meta["neg_class"] = t.neg_class
        records.append({"id": f"sc7-{half}-{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


def main(argv=None) -> int:
    return write_half(generate, "Write one half of the seventh secrets corpus as JSONL.", DEFAULT_SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
