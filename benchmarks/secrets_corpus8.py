"""The eighth secrets corpus: secrets written by people who are not developers, and by developers in a hurry.

What: prompts in the wordings people really use when they hand over a secret. Account handovers when
someone leaves, the marketing team's shared-mailbox and social-media logins, Wi-Fi and guest network keys,
alarm, door and key-box codes, bank and payroll portal logins, PINs, voicemail codes, 2FA backup codes,
recovery keys and seed phrases, licence keys treated as an activation secret, a password dictated or spelled
out ("capital P, e-l-i-c-a-n, then 2-0-2-4"), a password split across two chat lines, "the same as before but
with a 3 at the end" (only the written value is labelled), tables of accounts, forwarded e-mails, Teams and
Slack threads, ticket notes, the OCR text of a screenshot (odd spacing, ``|`` for ``l``), and a quarter of the
positives in German, French, Spanish, Portuguese, Dutch, Polish, Turkish or Hindi in Latin script. About 30 %
of the positives are machine text from developers in a hurry: shell history, ``curl -u``, ``mysql -p``,
``psql`` URLs, ``.netrc``, ``.pgpass``, ``docker login``, ``git clone https://user:token@...``,
``ssh-keygen`` passphrases, Ansible vault passwords, Kubernetes secrets (base64), notebook cells, Postman
exports, HAR snippets, log lines that echo a token, and the key shapes of 30 vendors (15 a half, invented
with the vendors' prefixes and lengths; a documented example key counts as a secret too). About 30 % of the
records are negatives (``meta.kind == "negative"``, ``meta.neg_class``): ``policy_and_howto``, ``masked``,
``ids_and_hashes``, ``placeholders``, ``env_names``, ``public_material`` and ``codes_not_secrets``.

How labelled: every secret value is one span ``{"type": "SECRET", "start", "end", "value"}``, the value only
(not its cue, not its quotes; the password of a URL, not the URL; a private key block from its BEGIN line to
its END line; a dictated password from its first to its last spoken piece; each half of a split password
on its own), and every whole-word occurrence of a labelled value is labelled (a record is drawn again
otherwise). ``meta``: ``half``, ``kind`` (prose, machine, negative), ``form``, ``lang``, ``template``,
``scope == ["SECRET"]`` (only secret detections are scored), ``shapes`` (the secret kinds in the record),
``vendor`` (vendor keys) and ``neg_class`` (negatives).

How split: ``dev`` and ``test`` (300 records each; dev may be tuned on, test is read in aggregate only) have
separate templates with different cue phrasings, disjoint vendors, disjoint word pools (passwords,
passphrases, seed words, weak passwords, names and firms), backup and recovery codes of different shapes,
dictation in a different style, and digit-only values with an even digit sum in dev and an odd one in test,
so no value is shared. Values come from ``random.Random`` seeded with ``zlib.crc32`` of the half and seed.

    python -m benchmarks.secrets_corpus8 --half dev [--n N] [--seed S]
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
DEFAULT_SEED = 8
NEGATIVE_SHARE = 0.30  # of all records
MACHINE_SHARE = 0.30  # of the positives
FOREIGN_SHARE = 0.25  # of the positives
LANGS = ("de", "fr", "es", "pt", "nl", "pl", "tr", "hi")
NEG_CLASSES = ("policy_and_howto", "masked", "ids_and_hashes", "placeholders", "env_names",
               "public_material", "codes_not_secrets")

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + string.digits


def _r(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _digits(rng: random.Random, n: int, parity: int) -> str:
    """``n`` digits whose digit sum has ``parity`` (0 in dev, 1 in test): no digit-only value is in both."""
    ds = [rng.randrange(10) for _ in range(n)]
    if sum(ds) % 2 != parity:
        ds[-1] = (ds[-1] + 1) % 10
    return "".join(map(str, ds))


# --------------------------------------------------------------------------------------------- vendors
@dataclass(frozen=True)
class Vendor:
    name: str
    label: str  # how people name it
    env: str  # the variable people keep it in
    make: object  # rng -> key


def _b64url_nopad(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


DEV_VENDORS = {v.name: v for v in (
    Vendor("openai", "OpenAI", "OPENAI_API_KEY",
           lambda g: "sk-proj-" + _r(g, URLSAFE, 40) + "T3BlbkFJ" + _r(g, URLSAFE, 40)),
    Vendor("github", "GitHub", "GITHUB_TOKEN", lambda g: "ghp_" + _r(g, ALNUM, 36)),
    Vendor("stripe", "Stripe", "STRIPE_SECRET_KEY", lambda g: "sk_live_" + _r(g, ALNUM, 24)),
    Vendor("slack", "Slack", "SLACK_BOT_TOKEN",
           lambda g: f"xoxb-{_r(g, string.digits, 12)}-{_r(g, string.digits, 13)}-{_r(g, ALNUM, 24)}"),
    Vendor("aws", "AWS", "AWS_SECRET_ACCESS_KEY", lambda g: _r(g, B64, 40)),
    Vendor("google", "Google Maps", "GOOGLE_MAPS_API_KEY", lambda g: "AIza" + _r(g, URLSAFE, 35)),
    Vendor("sendgrid", "SendGrid", "SENDGRID_API_KEY",
           lambda g: "SG." + _r(g, URLSAFE, 22) + "." + _r(g, URLSAFE, 43)),
    Vendor("twilio", "Twilio", "TWILIO_AUTH_TOKEN", lambda g: _r(g, HEX, 32)),
    Vendor("mailchimp", "Mailchimp", "MAILCHIMP_API_KEY",
           lambda g: _r(g, HEX, 32) + "-us" + str(g.randint(2, 21))),
    Vendor("shopify", "Shopify", "SHOPIFY_ADMIN_TOKEN", lambda g: "shpat_" + _r(g, HEX, 32)),
    Vendor("gitlab", "GitLab", "GITLAB_TOKEN", lambda g: "glpat-" + _r(g, URLSAFE, 20)),
    Vendor("npm", "npm", "NPM_TOKEN", lambda g: "npm_" + _r(g, ALNUM, 36)),
    Vendor("anthropic", "Anthropic", "ANTHROPIC_API_KEY",
           lambda g: "sk-ant-api03-" + _r(g, URLSAFE, 93) + "AA"),
    Vendor("huggingface", "Hugging Face", "HF_TOKEN", lambda g: "hf_" + _r(g, string.ascii_letters, 34)),
    Vendor("discord", "Discord", "DISCORD_BOT_TOKEN",
           lambda g: _b64url_nopad(str(g.randint(10 ** 17, 10 ** 18 - 1)).encode()) + "."
           + _r(g, URLSAFE, 6) + "." + _r(g, URLSAFE, 38)),
)}

TEST_VENDORS = {v.name: v for v in (
    Vendor("doppler", "Doppler", "DOPPLER_TOKEN", lambda g: "dp.st.prd." + _r(g, ALNUM, 43)),
    Vendor("bitbucket", "Bitbucket", "BITBUCKET_APP_PASSWORD", lambda g: "ATBB" + _r(g, ALNUM, 32)),
    Vendor("mapbox", "Mapbox", "MAPBOX_SECRET_TOKEN",
           lambda g: "sk." + _b64url_nopad(json.dumps({"u": _r(g, string.ascii_lowercase, 8),
                                                       "a": _r(g, ALNUM, 25)},
                                                      separators=(",", ":")).encode())
           + "." + _r(g, URLSAFE, 22)),
    Vendor("azure_storage", "Azure Storage", "AZURE_STORAGE_KEY", lambda g: _r(g, B64, 86) + "=="),
    Vendor("digitalocean", "DigitalOcean", "DIGITALOCEAN_TOKEN", lambda g: "dop_v1_" + _r(g, HEX, 64)),
    Vendor("mailgun", "Mailgun", "MAILGUN_API_KEY", lambda g: "key-" + _r(g, HEX, 32)),
    Vendor("pypi", "PyPI", "TWINE_PASSWORD", lambda g: "pypi-AgEIcHlwaS5vcmc" + _r(g, URLSAFE, 60)),
    Vendor("telegram", "Telegram", "TELEGRAM_BOT_TOKEN",
           lambda g: str(g.randint(10 ** 8, 10 ** 10 - 1)) + ":AA" + _r(g, URLSAFE, 33)),
    Vendor("atlassian", "Jira", "JIRA_API_TOKEN",
           lambda g: "ATATT3xFfGF0" + _r(g, URLSAFE, 100) + "=" + _r(g, HEX.upper(), 8)),
    Vendor("linear", "Linear", "LINEAR_API_KEY", lambda g: "lin_api_" + _r(g, ALNUM, 40)),
    Vendor("notion", "Notion", "NOTION_TOKEN", lambda g: "secret_" + _r(g, ALNUM, 43)),
    Vendor("databricks", "Databricks", "DATABRICKS_TOKEN", lambda g: "dapi" + _r(g, HEX, 32)),
    Vendor("grafana", "Grafana", "GRAFANA_SA_TOKEN",
           lambda g: "glsa_" + _r(g, ALNUM, 32) + "_" + _r(g, HEX, 8)),
    Vendor("newrelic", "New Relic", "NEW_RELIC_API_KEY", lambda g: "NRAK-" + _r(g, UPPER_ALNUM, 27)),
    Vendor("square", "Square", "SQUARE_ACCESS_TOKEN", lambda g: "EAAA" + _r(g, URLSAFE, 60)),
)}

# Documented example keys (public, but a secret scanner must still flag them).
EXAMPLE_KEYS = {"dev": "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                "test": "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
                        "K1SZFPTOtr/KBHBeksoGMGw=="}


# --------------------------------------------------------------------------------------------- pools
@dataclass(frozen=True)
class Pools:
    words: list[str]  # capitalised words people build passwords from
    phrase_words: list[str]  # passphrase and Wi-Fi key words
    seed_words: list[str]  # wallet seed phrase words
    weak: list[str]  # weak passwords really set somewhere
    symbols: str
    parity: int
    first: list[str]
    last: list[str]
    firms: list[tuple[str, str, str]]  # (name, handle, domain)
    banks: list[str]
    dbs: list[str]
    repos: list[str]


DEV_POOLS = Pools(
    words=["Lighthouse", "Marmalade", "Pelican", "Harbour", "Juniper", "Cobalt", "Meadow", "Biscuit",
           "Falcon", "Lantern", "Orchard", "Pebble", "Saffron", "Thistle", "Walnut", "Copper", "Dolphin",
           "Ember", "Gingerbread", "Hazel", "Jasper", "Kestrel", "Lavender", "Maple", "Nutmeg", "Otter",
           "Primrose", "Quartz", "Bluebell", "Caramel"],
    phrase_words=["river", "candle", "mosaic", "tractor", "violin", "basket", "glider", "pepper", "summit",
                  "button", "ladder", "magnet", "noodle", "parrot", "rocket", "saddle", "tunnel", "walrus",
                  "anchor", "bamboo", "cactus", "dragon", "lobster", "pretzel"],
    seed_words=["abstract", "absurd", "acoustic", "actress", "adapt", "aerobic", "affair", "alcohol", "alien",
                "amateur", "ancient", "ankle", "antenna", "antique", "anxiety", "apology", "arctic", "arena",
                "armor", "arrow", "artefact", "asthma", "athlete", "auction", "august", "avocado", "awkward",
                "axis", "bachelor", "bacon", "badge", "balcony", "banana", "bargain", "barrel", "beauty",
                "bicycle", "biology", "blanket", "bleak", "bonus", "border", "brave", "broccoli", "bubble",
                "buffalo", "bulb", "burger"],
    weak=["letmein", "welcome1", "Password1", "qwerty123", "admin123", "iloveyou2", "summer99", "abc123!"],
    symbols="!#%&",
    parity=0,
    first=["Priya", "Tom", "Aisha", "Marek", "Sofia", "Jonas", "Leila", "Owen", "Chen", "Fatima", "Lukas",
           "Grace"],
    last=["Okafor", "Lindqvist", "Patel", "Moreau", "Kowalski", "Brennan", "Haddad", "Fischer", "Tanaka",
          "Delgado"],
    firms=[("Bramble Bakery", "bramblebakery", "bramblebakery.co.uk"),
           ("Northwind Dental", "northwinddental", "northwind-dental.com"),
           ("Kite & Co", "kiteandco", "kiteandco.io"),
           ("Saltmarsh Studio", "saltmarshstudio", "saltmarsh.studio"),
           ("Hollow Oak Vets", "hollowoakvets", "hollowoak-vets.com")],
    banks=["Barclays", "Sparkasse", "Lloyds", "ING", "Santander"],
    dbs=["crm", "payroll", "shopdb", "analytics"],
    repos=["website", "booking-api", "newsletter", "infra"],
)

TEST_POOLS = Pools(
    words=["Sunflower", "Tornado", "Velvet", "Willow", "Zephyr", "Avalanche", "Buttercup", "Cinnamon",
           "Daffodil", "Everest", "Flamingo", "Glacier", "Horizon", "Iceberg", "Jaguar", "Koala", "Lemonade",
           "Mango", "Nebula", "Oyster", "Panther", "Raspberry", "Sparrow", "Tulip", "Umbrella", "Volcano",
           "Waffle", "Zucchini", "Hedgehog", "Galaxy"],
    phrase_words=["yellow", "kettle", "planet", "zebra", "crayon", "helmet", "island", "jigsaw", "kitten",
                  "lemon", "marble", "needle", "orange", "pirate", "quiver", "ribbon", "spider", "teapot",
                  "unicorn", "velcro", "tomato", "yogurt", "almond", "beacon"],
    seed_words=["cabbage", "canal", "canvas", "carbon", "cargo", "carpet", "castle", "catalog", "cattle",
                "caution", "ceiling", "celery", "cement", "census", "cereal", "chalk", "champion", "chaos",
                "chapter", "chimney", "chronic", "cigar", "citizen", "clarify", "claw", "clinic", "cluster",
                "coconut", "coil", "comic", "coral", "cotton", "cousin", "coyote", "crater", "cricket",
                "crouch", "cruise", "cushion", "cycle", "dash", "debris", "decade", "deposit", "dinosaur",
                "dune", "donkey", "drama"],
    weak=["Welkom01", "passw0rd", "trustno1", "football1", "Qwertz123", "master2020", "sunshine1",
          "hello123"],
    symbols="$?*+",
    parity=1,
    first=["Ravi", "Emma", "Kofi", "Ines", "Mateo", "Hanna", "Yusuf", "Chloe", "Bram", "Zofia", "Deniz",
           "Noah"],
    last=["Mensah", "Varga", "Nakamura", "Oliveira", "Novak", "Byrne", "Sato", "Jansen", "Aydin", "Ferreira"],
    firms=[("Copperleaf Florist", "copperleafflorist", "copperleaf-flowers.com"),
           ("Riverside Physio", "riversidephysio", "riversidephysio.net"),
           ("Pixel & Pine", "pixelandpine", "pixelpine.design"),
           ("Sunnyside Nursery", "sunnysidenursery", "sunnyside-nursery.org"),
           ("Blue Fern Travel", "bluefern", "bluefern.travel")],
    banks=["HSBC", "Volksbank", "NatWest", "Rabobank", "BBVA"],
    dbs=["orders", "inventory", "members", "billing"],
    repos=["shop-frontend", "stock-sync", "mobile-app", "terraform"],
)
POOLS = {"dev": DEV_POOLS, "test": TEST_POOLS}
VENDORS = {"dev": DEV_VENDORS, "test": TEST_VENDORS}


# --------------------------------------------------------------------------------------------- secret values
def _pw(g: random.Random, p: Pools) -> str:
    w = g.choice(p.words)
    form = g.randrange(5)
    if form == 0:
        return f"{w}{g.randint(2015, 2027)}{g.choice(p.symbols)}"
    if form == 1:
        return f"{w}{g.choice(p.words)}{g.randint(10, 99)}"
    if form == 2:
        leet = w.translate(str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}))
        return f"{leet}{g.randint(1, 999)}{g.choice(p.symbols)}"
    if form == 3:
        return f"{w}.{g.choice(p.words)}{g.choice(p.symbols)}"
    return f"{w.lower()}{g.randint(1000, 9999)}"


def _upw(g: random.Random, p: Pools) -> str:
    if g.random() < 0.5:
        return f"{g.choice(p.words)}{g.randint(10, 9999)}{g.choice(p.phrase_words)}"
    return _r(g, ALNUM, g.randint(14, 20))


def _phrase(g: random.Random, p: Pools) -> str:
    return g.choice([" ", "-", "."]).join(g.sample(p.phrase_words, g.randint(3, 5)))


def _rnd(g: random.Random, p: Pools) -> str:
    s = _r(g, ALNUM + "-_.!", g.randint(16, 22))
    return g.choice(ALNUM) + s[1:-1] + g.choice(ALNUM)  # no symbol at either end


def _dictated(pw: str, half: str) -> str:
    """``pw`` read out loud as people write it down: dev "capital P, e-l-i, then 2-0-2-4", test "big P, small
    e l i, two zero two four"."""
    names = {"!": "exclamation mark", "#": "hash", "%": "percent sign", "&": "ampersand", ".": "full stop",
             "$": "dollar sign", "?": "question mark", "*": "star", "+": "plus"}
    nums = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    runs = re.findall(r"[A-Z]|[a-z]+|\d+|[^A-Za-z0-9]", pw)
    out = []
    for i, run in enumerate(runs):
        if run.isupper():
            out.append(("capital " if half == "dev" else "big ") + run)
        elif run.isalpha():
            out.append("-".join(run) if half == "dev" else "small " + " ".join(run))
        elif run.isdigit():
            out.append(("then " + "-".join(run)) if half == "dev" else " ".join(nums[int(c)] for c in run))
        else:
            name = names.get(run, run)
            out.append((("then an " if name[0] in "aeiou" else "then a ") if half == "dev" else "") + name)
    return ", ".join(out)


def _ocr(g: random.Random, p: Pools) -> str:
    """A password as OCR reads it off a screenshot: ``|`` for ``l``, ``0`` for ``O``, a stray space."""
    w = g.choice([w for w in p.words if "l" in w.lower()])
    v = f"{w}{g.randint(10, 2027)}{g.choice(p.symbols)}"
    v = v.replace("l", "|").replace("L", "|").replace("O", "0")
    return v if g.random() < 0.5 else re.sub(r"(\d)", r" \1", v, count=1)


def _pem(g: random.Random, half: str) -> str:
    if half == "dev":
        head, body = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + _r(g, B64, 1500)
    else:
        head, body = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ" + _r(g, B64, 330)
    width = 64 if half == "dev" else 70
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"


def _jwt(g: random.Random, p: Pools) -> str:
    head = _b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = _b64url_nopad(json.dumps({"sub": str(g.randint(1000, 99999)), "name": g.choice(p.first),
                                     "iat": g.randint(1_700_000_000, 1_800_000_000)},
                                    separators=(",", ":")).encode())
    return f"{head}.{body}.{_r(g, URLSAFE, 43)}"


def _backup(g: random.Random, p: Pools) -> str:
    if p.parity == 0:  # dev: Google-style "1234 5678"
        d = _digits(g, 8, 0)
        return d[:4] + " " + d[4:]
    lower = string.ascii_lowercase + string.digits
    return _r(g, lower, 5) + "-" + _r(g, lower, 5)  # test: GitHub-style recovery codes


def _recovery(g: random.Random, p: Pools) -> str:
    if p.parity == 0:  # dev: a BitLocker recovery key, 8 groups of 6 digits
        d = _digits(g, 48, 0)
        return "-".join(d[i:i + 6] for i in range(0, 48, 6))
    return "-".join(_r(g, UPPER_ALNUM, 4) for _ in range(7))  # test: an Apple recovery key


def _licence(g: random.Random, p: Pools) -> str:
    alphabet = "BCDFGHJKMPQRTVWXY2346789"
    n, k = (5, 5) if p.parity == 0 else (4, 4)
    return "-".join(_r(g, alphabet, k) for _ in range(n))


SHAPES = {
    "pw": _pw, "upw": _upw, "phrase": _phrase, "rnd": _rnd, "ocr": _ocr, "jwt": _jwt, "backup": _backup,
    "recovery": _recovery, "licence": _licence,
    "weak": lambda g, p: g.choice(p.weak),
    "seed": lambda g, p: " ".join(g.sample(p.seed_words, 12)),
    "pin4": lambda g, p: _digits(g, 4, p.parity),
    "pin6": lambda g, p: _digits(g, 6, p.parity),
    "hex": lambda g, p: _r(g, HEX, g.choice([32, 40])),
}


# --------------------------------------------------------------------------------------------- fillers
def _filler(base: str, g: random.Random, p: Pools, ctx: dict) -> str:
    firm = ctx["firm"]
    vendor = ctx.get("vendor")
    first = g.choice(p.first)
    last = g.choice(p.last)
    made = {
        "name": lambda: first,
        "full": lambda: f"{first} {last}",
        "email": lambda: f"{first.lower()}.{last.lower()}@{firm[2]}",
        # the forwarded mail's sender: a full name and the address made from it
        "sender": lambda: f"{first} {last} <{first.lower()}.{last.lower()}@{firm[2]}>",
        "user": lambda: g.choice([first.lower(), f"{first[0].lower()}{last.lower()}",
                                  f"{first.lower()}.{last[0].lower()}"]),
        "firm": lambda: firm[0],
        "brand": lambda: firm[1],
        "domain": lambda: firm[2],
        "host": lambda: f"{g.choice(['db', 'sql', 'pg', 'app', 'api', 'git', 'ci', 'nas'])}{g.randint(1, 9)}."
                        f"{g.choice(['', 'int.', 'prod.'])}{firm[2]}",
        "db": lambda: g.choice(p.dbs),
        "repo": lambda: g.choice(p.repos),
        "bank": lambda: g.choice(p.banks),
        "ssid": lambda: firm[1].title() + g.choice(["-Guest", "_5G", "-Staff", " Office"]),
        "custno": lambda: str(g.randint(10 ** 7, 10 ** 9)),
        "ticket": lambda: ("INC00" if p.parity == 0 else "HD-") + str(g.randint(10000, 99999)),
        "date": lambda: f"{g.randint(1, 28)} {g.choice(['March', 'April', 'May', 'June', 'September'])} 2026",
        "time": lambda: f"{g.randint(7, 18):02d}:{g.choice(['00', '15', '30', '45'])}",
        "ext": lambda: str(g.randint(2000, 7999)),
        "serial": lambda: _r(g, UPPER_ALNUM, 12),
        "last4": lambda: _r(g, ALNUM, 4),
        "last4d": lambda: str(g.randint(1000, 9999)),
        "sha40": lambda: _r(g, HEX, 40),
        "sha64": lambda: _r(g, HEX, 64),
        "md5": lambda: _r(g, HEX, 32),
        "uuid": lambda: f"{_r(g, HEX, 8)}-{_r(g, HEX, 4)}-4{_r(g, HEX, 3)}-{g.choice('89ab')}{_r(g, HEX, 3)}-"
                        f"{_r(g, HEX, 12)}",
        "order": lambda: f"{g.choice(['ORD', 'SO', '#'])}{g.randint(100000, 999999)}",
        "tracking": lambda: f"{g.choice(['1Z', 'JJD'])}{_r(g, UPPER_ALNUM, 16)}",
        "build": lambda: str(g.randint(1000, 9999)),
        "room": lambda: f"{g.choice(['B', 'C', ''])}{g.randint(1, 5)}.{g.randint(1, 40):02d}",
        "flight": lambda: f"{g.choice(['LH', 'BA', 'KL', 'TK', 'IB'])}{g.randint(100, 2999)}",
        "postcode": lambda: g.choice(["EC1V 9HX", "10115", "75011", "1017 CT", "28013", "00-950",
                                      "SW1A 1AA"]),
        "sku": lambda: f"{g.choice(['SKU', 'PRD', 'ART'])}-{g.randint(1000, 9999)}-"
                       f"{_r(g, string.ascii_uppercase, 2)}",
        "price": lambda: f"{g.randint(5, 900)}.{g.choice(['00', '49', '95', '99'])}",
        "num": lambda: str(g.randint(100, 99999)),
        "b64pub": lambda: _r(g, B64, 43),
        "b64user": lambda: base64.b64encode(g.choice(["app", "svc_api", "deploy", "web"]).encode()).decode(),
        "cert": lambda: "\n".join(_r(g, B64, 64) for _ in range(g.randint(6, 10))) + "\n"
                        + _r(g, B64, 20) + "==",
        "pk": lambda: _r(g, ALNUM, 24),
        "venv": lambda: vendor.env,
        "vlabel": lambda: vendor.label,
        "ipaddr": lambda: f"10.{g.randint(0, 255)}.{g.randint(0, 255)}.{g.randint(1, 254)}",
    }
    return made[base]()


# --------------------------------------------------------------------------------------------- templates
@dataclass(frozen=True)
class Template:
    id: str
    kind: str  # prose, machine, negative
    lang: str
    form: str
    text: str
    neg_class: str | None = None


def _templates(half: str, prose: list, machine: list, foreign: list,
               negative: list) -> dict[str, list[Template]]:
    h = half[0]
    return {
        "prose": [Template(f"s8{h}-p{i:02d}-{f}", "prose", "en", f, t) for i, (f, t) in enumerate(prose)],
        "machine": [Template(f"s8{h}-m{i:02d}-{f}", "machine", "en", f, t)
                    for i, (f, t) in enumerate(machine)],
        "foreign": [Template(f"s8{h}-f{i:02d}-{lang}-{f}", "prose", lang, f, t)
                    for i, (lang, f, t) in enumerate(foreign)],
        "negative": [Template(f"s8{h}-n{i:02d}-{c}", "negative", "en", c, t, c)
                     for i, (c, t) in enumerate(negative)],
    }


DEV_TEMPLATES = _templates(
    "dev",
    prose=[
        ("handover", "Hi <<name>>, as it's my last day Friday here's everything for the socials.\n"
         "Instagram: <<brand>>_official / [[pw]]\nLinkedIn page is under my login but I moved it to the "
         "shared one: marketing@<<domain>>, password [[pw:2]]\nCanva is on that same email with the same "
         "password as LinkedIn.\nCan you turn this into a tidy handover doc for whoever replaces me?"),
        ("wifi_sign", "Can you make a little sign for the front desk? Guest wifi is <<ssid>> and the key "
         "is [[phrase]]. The staff network is separate, don't put that one on the sign (it's [[pw]])."),
        ("alarm", "Write a friendly reminder email to the cleaning crew: the alarm code for the back door "
         "is [[pin4]], you've got 30 seconds after opening to punch it in, then press OFF. The key box by "
         "the bins opens with [[pin4:2]]."),
        ("bank_portal", "summarise this for my accountant pls: payroll portal is <<bank>> Business, "
         "customer number <<custno>>, login PIN [[pin6]], and the card reader thing is in the top drawer "
         "of my desk"),
        ("dictated", "<<name>> read the new password out to me on the phone and I wrote it down like this: "
         "[[dict]]. Can you tell me what it is as one word and whether it's strong enough for the accounts "
         "laptop?"),
        ("split_chat", "[09:14] <<name>>: the password for the shared drive is [[split1]]\n[09:14] "
         "<<name>>: [[split2]]\n[09:15] <<name>>: sorry hit enter too early, it's all one word\n[09:16] "
         "<<name#2>>: got it thx\n\nCan you write up how to get to the shared drive for the new intern?"),
        ("same_but", "I changed the Mailchimp password again. It was [[pw]] and now it's the same but with "
         "a 3 at the end. Remind me to update the team sheet, and draft the Slack message telling everyone."),
        ("account_table", "Clean up this table of accounts and sort it by tool:\n| Tool | Login | Password "
         "|\n|---|---|---|\n| Hootsuite | <<email>> | [[pw]] |\n| Canva | <<email#2>> | [[pw:2]] |\n| "
         "Buffer | social@<<domain>> | [[weak]] |\n| Google Ads | ads@<<domain>> | [[rnd]] |"),
        ("forwarded", "---------- Forwarded message ---------\nFrom: <<sender>>\nDate: <<date>>\nSubject: "
         "Re: voicemail\n\nHi, your voicemail PIN has been reset to [[pin6]]. Dial <<ext>> from your desk "
         "phone to set up your greeting.\n\nCan you tell me what I'm supposed to do with this?"),
        ("teams_thread", "<<name>> 10:02\nhey do you have the 2FA backup codes for the company Google "
         "account? I'm locked out\n<<name#2>> 10:05\nyeah from the printout: [[backup]], [[backup:2]], "
         "[[backup:3]] - use one and cross it off\n<<name>> 10:06\nlegend, thanks\n\nTurn this chat into a "
         "short process note for next time."),
        ("ticket_note", "Ticket <<ticket>> - internal note by <<full>>: user called, reset her Okta to "
         "temp password [[pw]] (must change at first login). Closed.\n\nPlease rewrite the note so it "
         "sounds more professional."),
        ("ocr", "I took a screenshot of the sticky note and the text it pulled out is weird:\n\nWiFi  "
         "Office\nNetwork :  <<ssid>>\nPass word :   [[ocr]]\n\nCan you tell me what the real password is?"),
        ("seed_phrase", "My dad wrote his wallet recovery phrase on the back of an envelope, here it is: "
         "[[seed]]. Is it safe to keep it in my Notes app or should I print it?"),
        ("licence", "Our design software seat is activated with this serial. Keep it private, anyone who "
         "has it can activate a copy: [[licence]]\nCan you write a note to IT asking them to move it to my "
         "new laptop?"),
        ("recovery_key", "IT sent me my BitLocker recovery key because the laptop asked for it after the "
         "BIOS update: [[recovery]]\nWhere do I type it?"),
        ("hurried_dev", "quick q - the staging admin is still admin / [[weak]]? <<name>> said she changed "
         "it to [[upw]] last week but that doesn't work either. write a msg to her asking"),
    ],
    machine=[
        ("shell_history", "why does my deploy fail? here's my history:\n  501  cd ~/projects/<<repo>>\n  "
         "502  export DB_PASSWORD='[[pw]]'\n  503  mysql -u <<user>> -p[[pw]] -h <<host>> <<db>>\n  504  "
         "./deploy.sh staging\n  505  history | tail"),
        ("curl_u", "curl -u <<user>>:[[upw]] https://<<host>>/api/v2/export?format=csv -o out.csv\n\n"
         "returns 401 since this morning, what's wrong?"),
        ("psql_url", "$ psql \"postgresql://<<user>>:[[upw]]@<<host>>:5432/<<db>>?sslmode=require\"\npsql: "
         "error: connection to server failed: FATAL:  password authentication failed for user "
         "\"<<user>>\"\nhelp?"),
        ("netrc", "git still prompts me for a password, here is my ~/.netrc:\n\nmachine <<host>>\n  login "
         "<<user>>\n  password [[pw]]\nmachine api.<<domain>>\n  login <<user#2>>\n  password [[rnd]]"),
        ("docker_login", "$ docker login -u <<user>> -p [[rnd]] registry.gitlab.com\nWARNING! Using "
         "--password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get "
         "\"https://registry.gitlab.com/v2/\": denied: access forbidden\n\nwhy denied?"),
        ("git_clone", "git clone https://<<user>>:[[vendor=github]]@github.com/<<brand>>/<<repo>>.git\n"
         "fatal: Authentication failed. The token is new, what scopes does it need?"),
        ("ssh_keygen", "$ ssh-keygen -t ed25519 -C \"<<email>>\" -N '[[phrase]]' -f ~/.ssh/id_deploy\n"
         "Generating public/private ed25519 key pair.\nYour identification has been saved in "
         "/home/<<user>>/.ssh/id_deploy\n\nhow do I add this to the server?"),
        ("ansible_vault", "$ echo '[[pw]]' > ~/.vault_pass.txt\n$ ansible-vault encrypt "
         "group_vars/prod/vault.yml --vault-password-file ~/.vault_pass.txt\nERROR! input is already "
         "encrypted\n\nhow do I re-key it?"),
        ("k8s_secret", "kubectl apply fails on this, can you spot the mistake?\n\napiVersion: v1\nkind: "
         "Secret\nmetadata:\n  name: <<repo>>-db\ntype: Opaque\ndata:\n  DB_USER: <<b64user>>\n  "
         "DB_PASSWORD: [[b64@pw]]\n  API_KEY: [[b64@rnd]]"),
        ("notebook", "In [3]:\nimport os\nos.environ[\"<<venv>>\"] = \"[[vendor]]\"\n\nIn [4]:\nclient = "
         "make_client()\n---------------------------------------------------------------------------\n"
         "AuthenticationError  Traceback (most recent call last)\n\nwhy is my notebook not authenticating?"),
        ("postman", "exported from Postman, why does the auth not carry over to the folder?\n{\n  "
         "\"info\": {\"name\": \"<<firm>> <<vlabel>> calls\"},\n  \"auth\": {\n    \"type\": \"bearer\",\n "
         "   \"bearer\": [{\"key\": \"token\", \"value\": \"[[vendor]]\", \"type\": \"string\"}]\n  },\n  "
         "\"item\": []\n}"),
        ("har", "from the HAR file of the failing request:\n\"request\": {\n  \"method\": \"GET\",\n  "
         "\"url\": \"https://app.<<domain>>/api/me\",\n  \"headers\": [\n    {\"name\": \"Authorization\", "
         "\"value\": \"Bearer [[jwt]]\"},\n    {\"name\": \"Cookie\", \"value\": \"sessionid=[[hex]]\"}\n  "
         "]\n}"),
        ("log_token", "seeing this in prod logs every minute, is it bad?\n<<date>> <<time>>:07,221 DEBUG "
         "client.http > POST /v3/send\n<<date>> <<time>>:07,222 DEBUG client.http > Authorization: Bearer "
         "[[vendor]]\n<<date>> <<time>>:07,480 WARN retry 2/5 status=429"),
        ("dotenv", "my .env for the <<repo>> project, the app says the key is invalid:\n\n"
         "<<venv>>=[[vendor]]\nDATABASE_URL=postgres://app:[[upw]]@<<host>>/<<db>>\nDEBUG=true"),
        ("pem_committed", "I committed this by mistake in config/keys/server.key, how do I get it out of "
         "the git history?\n\n[[pem]]"),
        ("docs_example_key", "I copied the key from the Stripe docs into config.py: STRIPE_KEY = "
         "\"[[ex]]\" and the test charge works, but do I need to hide [[ex]] before pushing?"),
    ],
    foreign=[
        ("de", "handover", "Hallo, kannst du das als Übergabe für <<name>> formulieren? Ich bin ab Montag "
         "weg. Instagram-Zugang: <<brand>>.offiziell, Passwort [[pw]]. Das WLAN-Passwort fürs Büro ist "
         "[[phrase]]."),
        ("de", "alarm", "Alarmanlage hinten: Code [[pin4]] eingeben, danach die Taste Unscharf drücken. "
         "Bitte schreib daraus eine kurze Anleitung für die Reinigungsfirma."),
        ("fr", "handover", "Bonjour, peux-tu rédiger un mail pour <<name>> ? Les identifiants du compte "
         "Facebook de l'agence : <<email>> / mot de passe : [[pw]]. Le digicode de l'entrée est [[pin4]]."),
        ("fr", "bank_portal", "Salut, pour la banque en ligne c'est l'identifiant <<custno>> et le code "
         "secret [[pin6]]. Tu peux me faire un petit rappel pour la compta ?"),
        ("es", "handover", "Hola <<name>>, te paso los accesos de la cuenta de Twitter de la tienda: "
         "usuario <<brand>>_es, contraseña [[pw]]. No la compartas. ¿Me ayudas a redactar esto mejor?"),
        ("es", "wifi_sign", "La clave del wifi de invitados es [[phrase]] y la del router [[pw]]. Haz un "
         "cartel para la recepción, solo con la de invitados."),
        ("pt", "shared_mailbox", "Oi, a senha do e-mail compartilhado do marketing mudou, agora é [[pw]]. "
         "O código do alarme continua [[pin4]]. Pode escrever um aviso para a equipe?"),
        ("pt", "backup_codes", "Preciso de ajuda: o banco mandou os códigos de backup da verificação em "
         "duas etapas: [[backup]] e [[backup:2]]. Onde eu guardo isso?"),
        ("nl", "handover", "Kun je een overdrachtsmail schrijven? Het wachtwoord van het gedeelde postvak "
         "info@<<domain>> is [[pw]] en de inlogcode voor de bankapp is [[pin6]]."),
        ("nl", "wifi_sign", "De wifi-code voor gasten is [[phrase]], hang dat op bij de koffieautomaat. "
         "Het wachtwoord van het beheeraccount niet ophangen: [[rnd]]."),
        ("pl", "handover", "Cześć, możesz napisać krótką instrukcję? Hasło do firmowego konta na LinkedIn: "
         "[[pw]], login <<email>>. Kod do alarmu: [[pin4]]."),
        ("pl", "voicemail", "Hasło do wifi dla gości to [[phrase]]. PIN do poczty głosowej: [[pin6]]. Zrób "
         "z tego ładną notatkę na tablicę."),
        ("tr", "handover", "Merhaba, ayrılmadan önce hesapları devrediyorum: Instagram kullanıcı adı "
         "<<brand>>tr, şifre [[pw]]. Ofis kablosuz ağ şifresi [[phrase]]. Bunu düzgün bir e-postaya "
         "çevirir misin?"),
        ("tr", "bank_portal", "Banka internet şubesi müşteri numarası <<custno>>, parola [[pw]], kart "
         "şifresi [[pin4]]. Bunu muhasebeciye nasıl güvenli gönderirim?"),
        ("hi", "wifi_sign", "Bhai, office wifi ka password [[phrase]] hai, aur guest wala [[pw]]. Isko ek "
         "notice mein likh do please."),
        ("hi", "bank_portal", "Mera net banking ka password [[pw]] hai aur ATM PIN [[pin4]]. Yeh mummy ko "
         "WhatsApp pe bhejna safe hai kya? Ek message likh do."),
    ],
    negative=[
        ("policy_and_howto", "Rewrite our password policy in plain English: minimum 14 characters, at "
         "least one number and one symbol, no reuse of the last 10 passwords, change every 180 days, and "
         "never share your password by email or chat. Use the password manager to generate one."),
        ("policy_and_howto", "Draft instructions for staff on resetting their voicemail PIN: dial <<ext>> "
         "from your desk phone, press 9, choose a new 6-digit PIN that isn't your birthday, then confirm "
         "it. IT will never ask you for the PIN."),
        ("masked", "The log shows `Authorization: Bearer sk-...<<last4>>` and `password=********`. Why is "
         "the request failing with 401?"),
        ("masked", "Here is the config with the secrets taken out:\nDB_PASSWORD=<redacted>\n"
         "STRIPE_KEY=sk_live_************************\nSMTP_PASS=[REDACTED]\nCan you check the structure "
         "is right?"),
        ("ids_and_hashes", "Build <<build>> for commit <<sha40>> failed, request id <<uuid>>. Order "
         "<<order>> shipped with tracking number <<tracking>>. Summarise this for the status page."),
        ("ids_and_hashes", "Checksums for the release:\nsha256 <<sha64>>  app.tar.gz\nmd5 <<md5>>  "
         "app.zip\nTicket <<ticket>>. Can you format this as a table?"),
        ("placeholders", "Here's our README snippet: copy .env.example to .env and set "
         "OPENAI_API_KEY=your_api_key_here and DB_PASSWORD=changeme. Both are placeholders, everyone "
         "replaces them with their own values. Can you make that clearer?"),
        ("placeholders", "In the docs template write `curl -u USERNAME:PASSWORD "
         "https://api.example.com/v1/me` and `Authorization: Bearer <YOUR_TOKEN>`, and explain that the "
         "reader replaces the capitals."),
        ("env_names", "Is this the right way to read the key?\n\nimport os\napi_key = "
         "os.environ[\"<<venv>>\"]\ndb_password = vault.read(\"secret/data/<<db>>\")[\"password\"]"),
        ("env_names", "GitHub Actions step:\n\n- name: migrate\n  env:\n    DB_PASSWORD: ${{ "
         "secrets.DB_PASSWORD }}\n    <<venv>>: ${{ secrets.<<venv>> }}\n  run: ./migrate.sh\n\nwhy is the "
         "secret empty on forks?"),
        ("public_material", "Add this public key to the server's authorized_keys for me:\nssh-ed25519 "
         "AAAAC3NzaC1lZDI1NTE5AAAAI<<b64pub>> <<email>>"),
        ("public_material", "When does this certificate expire?\n-----BEGIN CERTIFICATE-----\n<<cert>>\n"
         "-----END CERTIFICATE-----"),
        ("codes_not_secrets", "The meeting moved to room <<room>> at <<time>>. My flight <<flight>> lands "
         "at <<time#2>> and the hotel postcode is <<postcode>>. Write an itinerary for me."),
        ("codes_not_secrets", "Product code <<sku>> costs EUR <<price>>, minimum order 12. Invoice number "
         "<<num>> is due on <<date>>. Draft a polite payment reminder."),
    ],
)

TEST_TEMPLATES = _templates(
    "test",
    prose=[
        ("handover", "Handover notes from <<full>> (leaving on the 31st):\n- Facebook business page: log "
         "in via the comms mailbox, comms@<<domain>>, pw is [[pw]]\n- TikTok: <<brand>>hq, [[pw:2]] (2FA "
         "goes to my mobile, please move it to the team phone!)\n- Website CMS: editor account, [[rnd]]\n"
         "Please turn this into a checklist for my replacement."),
        ("wifi_sign", "Write a welcome card for our holiday flat guests. Network name: <<ssid>>. Password "
         "for the internet: [[phrase]]. Checkout is at 11."),
        ("door_code", "Text for new starters: the side entrance keypad takes [[pin4]] followed by the hash "
         "key; after 7pm you also need the alarm, which is [[pin6]]. Make it sound friendly."),
        ("bank_portal", "help me write a message to <<name>> in finance. I can't get into the <<bank>> "
         "payroll site. My user is <<user>> and I've been typing [[pw]], did they change it?"),
        ("dictated", "My boss left a voicemail with the password and I typed it as I heard it: [[dict]]. "
         "Can you turn that into the actual characters?"),
        ("split_chat", "Slack DM\n<<name>>: ok the login for the stock system\n<<name>>: user is "
         "warehouse\n<<name>>: first half [[split1]]\n<<name>>: second half [[split2]] (no space)\n"
         "<<name#2>>: 👍\n\nsummarise what I need to do"),
        ("same_but", "The new password for the shop till is the old one, [[pw]], just with an extra ! in "
         "front of it. Write this up for the weekend staff."),
        ("account_table", "Account | User | Pass\nPayPal | <<email>> | [[pw]]\nEtsy | <<user>> | "
         "[[pw:2]]\nRoyal Mail Click&Drop | <<email#2>> | [[weak]]\n\nturn this into a nicer table for the "
         "shared doc"),
        ("forwarded", "Begin forwarded message:\n\nFrom: IT Service Desk\nTo: <<full>>\nSubject: Your new "
         "voicemail access\n\nYour voicemail passcode is [[pin6]]. Please keep it to yourself.\n\n--\nWhat "
         "does this mean? Do I need to change it?"),
        ("slack_thread", "thread in #ops-help:\n<<name>>: anyone have the recovery codes for the GitHub "
         "org owner?\n<<name#2>>: they're in the vault but here: [[backup]] [[backup:2]] [[backup:3]] "
         "[[backup:4]]\n<<name>>: used the first one, ty\n\nplease write a post-mortem paragraph about this"),
        ("ticket_note", "<<ticket>> Resolution: Reset MFA and set the account to [[pw]] as the manager "
         "asked. Caller confirmed access.\n\nreword this for the customer email"),
        ("ocr", "OCR output from the photo of the router sticker:\nSSID:<<ssid>>\nWPA2 Key  : [[ocr]]\n"
         "S/N: <<serial>>\nwhich part do I type into my phone?"),
        ("seed_phrase", "I'm setting up a hardware wallet and it gave me these words to write down: "
         "[[seed]]. How should I store them?"),
        ("licence", "The activation code for the accounting software (treat it like a password, it is tied "
         "to our account): [[licence]]. Can you draft an email to the vendor asking why it says invalid?"),
        ("recovery_key", "Apple gave me a recovery key when I turned on Advanced Data Protection: "
         "[[recovery]]. Where should I write it down?"),
        ("hurried_dev", "can u check why this fails, I'm logged in as deploy with [[upw]] and sudo wants a "
         "different one? I tried [[weak]] too."),
    ],
    machine=[
        ("zsh_history", "cat ~/.zsh_history | tail -3\n: 1712040000:0;export PGPASSWORD=[[upw]]\n: "
         "1712040012:0;psql -h <<host>> -U <<user>> <<db>>\n: 1712040100:0;redis-cli -h <<host#2>> -a "
         "[[rnd]] ping\n\nthe redis one says NOAUTH, why"),
        ("curl_bearer", "curl -s -H \"Authorization: Bearer [[vendor]]\" https://api.<<domain>>/v1/items | "
         "jq .\ngives me {\"error\":\"unauthorized\"}, the <<vlabel>> token was created today"),
        ("mysql_password", "mysql --host=<<host>> --user=<<user>> --password=[[pw]] -e \"SELECT 1\"\nERROR "
         "2003 (HY000): Can't connect to MySQL server\nfirewall or password?"),
        ("pgpass", "psql keeps asking for a password even though I have ~/.pgpass:\n"
         "<<host>>:5432:<<db>>:<<user>>:[[upw]]\n<<host#2>>:5432:*:replicator:[[rnd]]\npermissions are 644"),
        ("mongo_uri", "MONGO_URL=mongodb+srv://<<user>>:[[upw]]@cluster0.<<brand>>.mongodb.net/app?retryWrit"
         "es=true\n\nwhy do I get bad auth : Authentication failed?"),
        ("docker_stdin", "echo \"[[rnd]]\" | docker login ghcr.io -u <<user>> --password-stdin\nError "
         "response from daemon: unauthorized\nwhat am I missing"),
        ("git_remote", "git remote set-url origin "
         "https://<<user>>:[[vendor=bitbucket]]@bitbucket.org/<<brand>>/<<repo>>.git\nstill getting 403 on "
         "push"),
        ("ssh_keygen", "changing the passphrase on my key:\nssh-keygen -p -f ~/.ssh/id_rsa -P '[[phrase]]' "
         "-N '[[phrase:2]]'\nBad passphrase. is the old one wrong?"),
        ("ansible_vault", "ansible-vault view group_vars/all/secrets.yml --vault-password-file <(echo "
         "'[[pw]]')\nERROR! Decryption failed (no vault secrets were found that could decrypt)"),
        ("k8s_secret", "kubectl create secret generic <<repo>>-env --from-literal=<<venv>>=[[vendor]] "
         "--from-literal=DB_PASS=[[pw]]\nkubectl get secret <<repo>>-env -o yaml\n...\ndata:\n  DB_PASS: "
         "[[b64@pw]]\n\nwhy is the pod still crashing?"),
        ("notebook", "jupyter cell that used to work:\n%env <<venv>>=[[vendor]]\n!pip install -q "
         "requests\nresp = call_api()\nKeyError: 'data'"),
        ("postman_env", "Postman environment export, the apiKey var shows empty in the runner:\n{\"name\": "
         "\"prod\", \"values\": [{\"key\": \"baseUrl\", \"value\": \"https://api.<<domain>>\", "
         "\"enabled\": true}, {\"key\": \"apiKey\", \"value\": \"[[vendor]]\", \"type\": \"secret\", "
         "\"enabled\": true}, {\"key\": \"adminPass\", \"value\": \"[[pw]]\", \"enabled\": true}]}"),
        ("har_query", "HAR entry:\n{\"request\": {\"method\": \"POST\", \"url\": "
         "\"https://hooks.<<domain>>/in?access_token=[[hex]]\", \"cookies\": [{\"name\": "
         "\"remember_token\", \"value\": \"[[rnd]]\"}], \"headers\": [{\"name\": \"X-Api-Session\", "
         "\"value\": \"[[jwt]]\"}]}, \"response\": {\"status\": 403}}\nwhy 403?"),
        ("app_log", "[<<time>>:51] WARN  auth: retrying with token=[[vendor]] (attempt 2/3)\n[<<time>>:52] "
         "ERROR auth: giving up\nwhere is this token coming from?"),
        ("pem_pasted", "can you tell me if this key is ed25519 or rsa? it's from the old build box\n[[pem]]"),
        ("docs_example_key", "The Azurite docs give this account key: [[ex]]. I put AccountKey=[[ex]] in "
         "appsettings.Development.json, is that OK to commit?"),
    ],
    foreign=[
        ("de", "chat", "Kannst du das Chatprotokoll zusammenfassen?\n[08:55] <<name>>: Wie war nochmal das "
         "Kennwort für den Dienstplan-Account?\n[08:56] <<name#2>>: [[pw]]\n[08:56] <<name#2>>: Groß- und "
         "Kleinschreibung beachten"),
        ("de", "handover", "Für die Vertretung: die Mailbox-PIN ist [[pin6]], das Kennwort vom Lohnportal "
         "(<<bank>>) lautet [[pw]]. Bitte als Übergabeliste formatieren."),
        ("fr", "wifi_sign", "Compte Instagram du resto : <<brand>>.paris, mdp [[pw]] ; le code du wifi "
         "clients c'est [[phrase]]. Tu peux faire une fiche pour les nouveaux serveurs ?"),
        ("fr", "seed_phrase", "Voici la phrase secrète du portefeuille que mon oncle m'a dictée : "
         "[[seed]]. Comment la conserver ?"),
        ("es", "forwarded", "Reenvío el correo de sistemas:\n> Su nueva contraseña temporal es: [[pw]]\n> "
         "Deberá cambiarla en el primer inicio de sesión.\n¿Qué tengo que hacer?"),
        ("es", "alarm", "El código de la alarma del almacén es [[pin4]] y el PIN del buzón de voz "
         "[[pin6]]. Escribe un mensaje para el turno de noche."),
        ("pt", "bank_portal", "Segue a palavra-passe do portal das finanças da empresa: [[pw]] (utilizador "
         "<<custno>>). Podes preparar um e-mail para a contabilista?"),
        ("pt", "recovery_key", "A chave de recuperação da conta Apple é [[recovery]] e a senha do iPad é "
         "[[pin6]]. Como guardo isso com segurança?"),
        ("nl", "handover", "Overdracht: de inlog voor de webshop is beheer@<<domain>> met wachtwoord "
         "[[pw]]. Herstelcodes voor tweestapsverificatie: [[backup]], [[backup:2]]."),
        ("nl", "alarm", "Het alarm zet je uit met code [[pin4]]; de sleutelkluis gaat open met [[pin4:2]]. "
         "Maak er een instructie van voor de schoonmaker."),
        ("pl", "shared_mailbox", "Przekazuję dostęp do skrzynki biuro@<<domain>>: hasło [[pw]]. Kody "
         "zapasowe do weryfikacji dwuetapowej: [[backup]] [[backup:2]]."),
        ("pl", "door_code", "Kod do drzwi na zaplecze: [[pin4]]#. Hasło do sieci gości: [[phrase]]. Napisz "
         "to ładnie dla nowych pracowników."),
        ("tr", "chat", "Mesaj geçmişi:\n<<name>>: pazarlama mail hesabının şifresi neydi?\n<<name#2>>: "
         "[[pw]]\n<<name#2>>: hepsi bitişik, boşluk yok\nBunu özetler misin?"),
        ("tr", "wifi_sign", "Alarm kodu [[pin4]], misafir wifi şifresi [[phrase]]. Yeni başlayanlar için "
         "kısa bir not yaz."),
        ("hi", "backup_codes", "Yaar mera Instagram hack ho gaya tha, naya password [[pw]] rakha hai, aur "
         "backup codes ye hain: [[backup]], [[backup:2]]. Kya ye safe hai?"),
        ("hi", "handover", "Dukaan ke CCTV app ka login: user <<user>>, password [[pw]]. Alarm ka code "
         "[[pin4]] hai. Staff ke liye ek chhota note bana do."),
    ],
    negative=[
        ("policy_and_howto", "Make an onboarding slide: passwords need 12 or more characters, a passphrase "
         "of four random words is best, MFA is mandatory, and the helpdesk will never ask for your "
         "password."),
        ("policy_and_howto", "How do I change my bank card PIN at the cash machine? Write the steps for my "
         "grandmother, without any real numbers in them."),
        ("masked", "Card ending in **** <<last4d>> was declined. API key shown in the dashboard as "
         "•••••••••••<<last4>> (hidden). What should I tell the customer?"),
        ("masked", "settings.yaml after scrubbing:\ndatabase:\n  password: \"xxxxxxxx\"\nsmtp:\n  pass: "
         "[hidden]\ntoken: ghp_****************************\nplease check the indentation"),
        ("ids_and_hashes", "Trace <<uuid>> shows image digest sha256:<<sha64>> and git SHA <<sha40>>. "
         "Parcel <<tracking>>, order <<order>>. Write the incident timeline."),
        ("ids_and_hashes", "Request-Id: <<uuid>>\nX-Correlation-Id: <<uuid#2>>\nETag: \"<<md5>>\"\nWhat do "
         "these headers mean?"),
        ("placeholders", "For the wiki page use: password: <your-password>, API_KEY=xxxxxxxxxxxxxxxx and "
         "TOKEN=REPLACE_ME. Say clearly these are fill-ins, not real values."),
        ("placeholders", "docker-compose example for the README: MYSQL_ROOT_PASSWORD: example and "
         "REDIS_PASSWORD: ${REDIS_PASSWORD}. Explain that readers must set their own."),
        ("env_names", "Review this:\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nconst pass "
         "= process.env.SMTP_PASS ?? '';\nif (!pass) throw new Error('SMTP_PASS missing');"),
        ("env_names", "Terraform:\nresource \"aws_db_instance\" \"main\" {\n  password = var.db_password\n"
         "}\nand in k8s: valueFrom: secretKeyRef: {name: db, key: password}. Is this fine?"),
        ("public_material", "Our public deploy key for the docs repo: ssh-rsa "
         "AAAAB3NzaC1yc2EAAAADAQABAAABAQ<<b64pub>><<b64pub#2>> docs@<<domain>>. Put it in the setup guide."),
        ("public_material", "Put my PGP public key on the contact page:\n-----BEGIN PGP PUBLIC KEY "
         "BLOCK-----\n\n<<cert>>\n-----END PGP PUBLIC KEY BLOCK-----\nAnd the Stripe publishable key for "
         "the checkout page is pk_live_<<pk>>, which is meant to be public, right? Where does it go in the "
         "HTML?"),
        ("codes_not_secrets", "Train ICE <<num>> leaves from platform 9 at <<time>>, seat 42 in coach 6. "
         "The office is at postcode <<postcode>>, room <<room>>. Make a travel note."),
        ("codes_not_secrets", "Order item <<sku>> at <<price>> each, flight <<flight>> boards at <<time>>. "
         "Our VAT rate is 19 %. Write the expense summary."),
    ],
)
TEMPLATES = {"dev": DEV_TEMPLATES, "test": TEST_TEMPLATES}

_TOKEN = re.compile(r"\[\[([a-z0-9_:=@]+)\]\]|<<([a-z0-9]+)(#\d)?>>")


# --------------------------------------------------------------------------------------------- rendering
def _render(t: Template, g: random.Random, half: str,
            vendor: Vendor | None) -> tuple[str, list[dict], list[str]]:
    p = POOLS[half]
    # a negative names a vendor's variable without its value: any vendor of the half, not in meta
    ctx = {"firm": g.choice(p.firms), "vendor": vendor or g.choice(list(VENDORS[half].values()))}
    secrets: dict[str, str] = {}
    fillers: dict[str, str] = {}
    shapes: list[str] = []

    def secret(key: str) -> str:
        if key in secrets:
            return secrets[key]
        shape = key.split(":")[0]
        if shape.startswith("b64@"):
            value = base64.b64encode(secret(shape[4:]).encode()).decode()
        elif shape.startswith("vendor"):
            value = vendor.make(g)
        elif shape == "dict":
            value = _dictated(_pw(g, p), half)
        elif shape in ("split1", "split2"):
            if "split" not in secrets:
                whole = _pw(g, p)
                while len(whole) < 9:
                    whole = _pw(g, p)
                cut = g.randint(4, len(whole) - 4)
                secrets["split"] = whole
                secrets["split1"], secrets["split2"] = whole[:cut], whole[cut:]
            return secrets[shape]
        elif shape == "pem":
            value = _pem(g, half)
        elif shape == "ex":
            value = EXAMPLE_KEYS[half]
        else:
            value = SHAPES[shape](g, p)
            for _ in range(20):  # two slots of one shape ("[[pin4]]", "[[pin4:2]]") get two values
                if value not in secrets.values():
                    break
                value = SHAPES[shape](g, p)
        secrets[key] = value
        return value

    out, spans, pos = [], [], 0
    for m in _TOKEN.finditer(t.text):
        out.append(t.text[pos:m.start()])
        start = sum(map(len, out))
        if m.group(1):
            key = m.group(1)
            value = secret(key)
            shape = key.split(":")[0].split("=")[0]
            shapes.append({"split1": "split", "split2": "split", "b64@pw": "b64", "b64@rnd": "b64",
                           "vendor": "vendor_key"}.get(shape, shape))
            spans.append({"type": "SECRET", "start": start, "end": start + len(value), "value": value})
        else:
            fk = m.group(2) + (m.group(3) or "")
            if fk not in fillers:
                used = {v for k, v in fillers.items() if k.split("#")[0] == m.group(2)}
                value = _filler(m.group(2), g, p, ctx)
                for _ in range(20):
                    if value not in used:
                        break
                    value = _filler(m.group(2), g, p, ctx)
                fillers[fk] = value
            value = fillers[fk]
        out.append(value)
        pos = m.end()
    out.append(t.text[pos:])
    return "".join(out), spans, sorted(set(shapes))


def _labelled_everywhere(text: str, spans: list[dict]) -> bool:
    covered = [False] * len(text)
    for s in spans:
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["value"]) + r"(?!\w)", text):
            if not all(covered[m.start():m.end()]):
                return False
    return True


def _plan(half: str, n: int, g: random.Random) -> list[Template]:
    """The templates of ``n`` records: the shares of negatives, machine text and foreign prose hold, every
    template of the half is drawn (round robin within each group), in a seeded order."""
    ts = TEMPLATES[half]
    n_neg = round(n * NEGATIVE_SHARE)
    n_pos = n - n_neg
    n_mach = round(n_pos * MACHINE_SHARE)
    n_for = round(n_pos * FOREIGN_SHARE)
    n_en = n_pos - n_mach - n_for
    plan = []
    for group, k in (("negative", n_neg), ("machine", n_mach), ("foreign", n_for), ("prose", n_en)):
        plan += [ts[group][i % len(ts[group])] for i in range(k)]
    g.shuffle(plan)
    return plan


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default ``SIZES[half]``) of ``half`` ("dev" or "test")."""
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}; expected one of {HALVES}")
    size = SIZES[half]
    g = random.Random(zlib.crc32(f"secrets_corpus8:{half}:{seed}".encode()))
    plan = _plan(half, max(size, n or 0), g)
    if n is not None and n < size:
        plan = plan[:n]
    vendors = list(VENDORS[half].values())
    turn = 0
    records = []
    for i, t in enumerate(plan):
        vendor = None
        fixed = re.search(r"\[\[vendor=([a-z_]+)\]\]", t.text)
        if fixed:
            vendor = VENDORS[half][fixed.group(1)]
        elif "[[vendor]]" in t.text:
            vendor = vendors[turn % len(vendors)]  # round robin: every vendor of the half is drawn
            turn += 1
        for _ in range(200):
            text, spans, shapes = _render(t, g, half, vendor)
            if _labelled_everywhere(text, spans):
                break
        else:  # pragma: no cover - the pools make this unreachable
            raise RuntimeError(f"could not label {t.id} everywhere")
        meta = {"half": half, "kind": t.kind, "form": t.form, "lang": t.lang, "template": t.id,
                "scope": ["SECRET"], "shapes": shapes}
        if vendor:
            meta["vendor"] = vendor.name
        if t.neg_class:
            meta["neg_class"] = t.neg_class
        records.append({"id": f"s8-{half}-{i}", "text": text, "spans": spans, "meta": meta})
    return records


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
