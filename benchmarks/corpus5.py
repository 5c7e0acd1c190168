"""The fifth corpus: hard negatives (work prompts without personal data) and long-tail secrets.

Written without reading the scrubber or the other corpora, so it measures generalisation. Per half about
50 % negatives (seven classes, ``meta["neg_class"]``), 35 % secrets (only SECRET spans, ``meta["scope"]``)
and 15 % mixed prompts (people's names, phones, e-mails, addresses, dates of birth and a secret).
Two halves, ``dev`` and ``test``, with disjoint templates, disjoint word pools and different seeds.

Templates are strings with slots: ``⟦gen⟧`` is an unlabelled filler, ``⟦gen:TYPE⟧`` a labelled value and
``⟦gen#k⟧`` reuses (or, for people, refers to) the k-th value of that generator in the record.
``python -m benchmarks.corpus5 --half dev --n 5`` prints JSONL.
"""

import base64
import json
import random
import re
import string
import sys
import unicodedata
from collections.abc import Callable, Sequence

from faker import Faker

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 5150
HALF_SEED = {"dev": 0, "test": 7919}
SHARES = (("negative", 0.50), ("secrets", 0.35), ("mixed", 0.15))
NEG_CLASSES = ("product_names", "company_names", "code_names", "tech_prose", "business_prose",
               "look_alikes", "public_places")
TYPES = ("PERSON", "PHONE_NUMBER", "US_SSN", "DATE_OF_BIRTH", "LOCATION", "SECRET", "EMAIL_ADDRESS",
         "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
LOCALES = {"dev": ("en_US", "de_DE", "fr_FR", "en_IN", "es_MX"),
           "test": ("en_GB", "es_ES", "it_IT", "nl_NL", "pt_BR", "en_AU")}

SLOT = re.compile(r"⟦(\w+)(?:#(\d))?(?::([A-Z_]+))?⟧")

DIGITS = string.digits
HEX = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + DIGITS
ALNUM = string.ascii_letters + DIGITS
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE32 = string.ascii_uppercase + "234567"
URL_SAFE_PW = ALNUM + "-_.~!"
PW_SYMBOLS = "!#%*+-_=@^~?"
LOWER_ALNUM = string.ascii_lowercase + DIGITS
LOWER_ALNUM = string.ascii_lowercase + DIGITS


class Ctx:
    """One record's random source, half, cached values and people."""

    def __init__(self, rng: random.Random, half: str, fakers: dict[str, Faker]):
        self.rng = rng
        self.half = half
        self.side = HALVES.index(half)
        self.fakers = fakers
        self.cache: dict[tuple[str, str], str] = {}
        self.people: dict[str, dict[str, str]] = {}

    def pick(self, pool: Sequence[str]) -> str:
        """A value from this half's share of a pool (every other entry)."""
        return self.rng.choice(pool[self.side::2])

    def rs(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def person(self, k: str) -> dict[str, str]:
        if k not in self.people:
            loc = self.rng.choice(LOCALES[self.half])
            fk = self.fakers[loc]
            first, last = fk.first_name(), fk.last_name()
            self.people[k] = {"loc": loc, "first": first, "last": last}
        return self.people[k]


# ---------------------------------------------------------------- word pools (halves take alternate entries)
PRODUCTS = [
    "Aurora", "Atlas Pro", "Jasper Reports", "Sienna Minivan", "Nova Launcher", "Hudson CI", "Marlowe Desk",
    "Beatrix Scheduler", "Clara Insights", "Orion Ledger", "Wesley Wallet", "Juniper Mail", "Ivy Forms",
    "Penelope Pay", "Cooper Cloud", "Rosalind Search", "Darwin Analytics", "Florence Health Hub",
    "Sterling Vault", "Victoria Kiosk", "Maxwell Sensor Kit", "Bianca Studio", "Harlow CRM", "Otis Elevate",
    "Cassius Router X2", "Lorenzo POS", "Mabel Notes", "Ezra Sync", "Quincy Quote Builder", "Thea Timesheets",
    "Magnolia Planner", "Sullivan Dock", "Gideon Backup", "Winston Mobile", "Amelia Voice", "Reuben "
    "Inventory",
    "Celeste Camera 4K", "Fletcher Fleet", "Ingrid Design System", "Bruno Bikes e-Cargo", "Luna Lamp Mini",
    "Hector HR Suite", "Evelyn Onboarding", "Milo Chatbot", "Agatha Archive", "Sebastian Sound Bar",
]
SKUS = ["AT-PRO-256-BLK", "NV-LCH-3000", "SKU 44817-B", "HX-220/EU", "MB-NOTE-Y24", "CLR-INS-ENT",
        "WS-MOB-128G", "FL-FLEET-TIER2", "LUN-MINI-WHT", "BR-EC-500W", "GD-BKP-10TB", "IG-DS-v3-LIC"]
COMPANIES = [
    "Ferguson Plumbing Supply", "Baker Tilly", "Ernst & Young", "Sterling Mills Ltd", "Harper & Vale",
    "Whitaker Brothers Freight", "Dalton & Finch LLP", "Moreau Frères SARL", "Kowalski Logistics",
    "Lindqvist Engineering AB", "Osborne Clarke", "Pemberton Capital", "Hargreaves Lansdown",
    "Jenkins & Holt Insurance", "Schneider Haustechnik GmbH", "Gallagher Bassett", "Marsh McLennan",
    "Price Waterhouse", "Sullivan & Cromwell", "Fitzgerald Dairy Co.", "Nakamura Precision KK",
    "Abernathy Media Group", "Bertrand Consulting", "Castellano Foods", "Donovan Roofing",
    "Eriksen Maritime AS", "Hoffmann Druckerei", "McAllister Bank", "Vasquez & Ortega Abogados",
    "Thornton Grant Advisory", "Whitfield Capital Partners", "Albright Packaging", "Renner Verlag",
    "Goldberg Segalla", "Lefebvre Immobilier", "Ramsey Electric", "Kessler Medical Devices",
    "Holloway Architects", "Pritchard & Sons Bakery", "Morgan Stanley", "Wells Fargo", "Charles Schwab",
    "Edward Jones", "Johnson Controls", "Dr. Oetker", "Stanley Black & Decker", "Ben & Jerry's",
    "Marks & Spencer",
]
CODENAMES = [
    "Halcyon", "Falcon", "Marigold", "Osprey", "Juniper", "Bluebird", "Kestrel", "Ember", "Tundra", "Sable",
    "Harriet", "Nightjar", "Quartz", "Beacon", "Monarch", "Rosalie", "Cobalt", "Saffron", "Orca", "Winona",
    "Talon", "Magpie", "Solstice", "Birch", "Griffin", "Lark", "Cascade", "Ophelia", "Tangerine", "Hemlock",
    "Pioneer", "Zephyr", "Dorothy", "Wren", "Basalt", "Clementine", "Vesper", "Aspen", "Mercury", "Iris",
]
LIBS = ["Django", "Flask", "Pandas", "Kafka", "Rails", "Spring Boot", "FastAPI", "Celery", "Redis",
        "PostgreSQL", "Elasticsearch", "Airflow", "React", "Angular", "Terraform", "Kubernetes", "Hibernate",
        "SQLAlchemy", "NumPy", "Jenkins", "Sidekiq", "Express", "Laravel", "Symfony", "Pydantic", "Gradle"]
TEAMS = ["Platform", "Growth", "Finance Ops", "Customer Success", "Revenue Operations", "Legal",
         "Procurement", "Data Engineering", "Brand Marketing", "Field Sales", "Security", "People Ops",
         "Supply Chain", "Partner Alliances", "Product Design", "Site Reliability"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
HOLIDAYS = ["Thanksgiving", "Easter", "Christmas", "Boxing Day", "Labor Day", "Memorial Day", "Diwali",
            "Independence Day", "Good Friday", "Veterans Day", "Whit Monday", "Lunar New Year"]
TITLES = ["The Great Gatsby", "Moby Dick", "Pride and Prejudice", "The Godfather", "Casablanca",
          "Bohemian Rhapsody", "Hotel California", "Jolene", "Atomic Habits", "Good to Great",
          "The Lean Startup", "Crossing the Chasm", "Forrest Gump", "Mrs Doubtfire", "Billie Jean",
          "Annie Hall", "Thinking, Fast and Slow", "Sweet Caroline"]
SPORTS = ["Manchester United", "the Boston Celtics", "Real Madrid", "the Green Bay Packers",
          "Bayern Munich", "the Chicago Cubs", "Paris Saint-Germain", "the Dallas Cowboys",
          "the Toronto Maple Leafs", "Juventus"]
AWARDS = ["Gartner Magic Quadrant", "Forrester Wave", "Webby Award", "Red Dot Design Award",
          "Stevie Award", "Deloitte Fast 500", "Inc. 5000", "Great Place to Work", "SOC 2 Type II",
          "ISO 27001"]
REGIONS = ["eu-west-1 (Ireland)", "us-east-1 (N. Virginia)", "eu-central-1 (Frankfurt)",
           "ap-southeast-2 (Sydney)", "europe-west4 (Netherlands)", "us-central1 (Iowa)",
           "ap-northeast-1 (Tokyo)", "sa-east-1 (São Paulo)", "westeurope (Amsterdam)",
           "uksouth (London)", "ca-central-1 (Montreal)", "asia-south1 (Mumbai)"]
COUNTRIES = ["Brazil", "Mexico", "Germany", "Poland", "Japan", "Canada", "Spain", "Italy", "Australia",
             "India", "the Netherlands", "Sweden", "Portugal", "Chile", "Singapore", "South Africa",
             "Ireland", "Colombia", "Austria", "Belgium"]
CITIES = ["Berlin", "Lisbon", "Austin", "Denver", "Barcelona", "Singapore", "Toronto", "Dublin", "Milan",
          "Seattle", "Warsaw", "Melbourne", "Zurich", "Nashville", "Lyon", "Osaka", "Boston", "Madrid",
          "Charlotte", "Vienna"]
VENUES = ["ExCeL London", "Moscone Center", "Messe Frankfurt", "RAI Amsterdam", "the Javits Center",
          "Fira Barcelona", "the Venetian Expo", "Marina Bay Sands Expo", "Palais des Congrès",
          "McCormick Place"]
TZS = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Europe/London", "America/Los_Angeles",
       "Australia/Sydney", "America/Sao_Paulo", "Asia/Tokyo", "Europe/Madrid", "America/Chicago"]
CURRENCIES = ["EUR", "USD", "GBP", "BRL", "MXN", "JPY", "CHF", "INR", "CAD", "AUD", "SEK", "PLN"]
WORDS = ["sunflower", "harbor", "maple", "tiger", "rocket", "velvet", "pepper", "orbit", "canyon", "mango",
         "falcon", "glacier", "lantern", "meadow", "pixel", "thunder", "copper", "dragon", "walnut", "breeze",
         "cactus", "saturn", "olive", "marble", "panda", "river", "ginger", "comet", "willow", "banjo"]
SERVICES = ["billing", "checkout", "ledger", "notifier", "search", "auth-gw", "ingest", "reports",
            "payments", "catalog", "scheduler", "exporter", "webhooks", "profile", "pricing", "inventory"]
HOSTS = ["db-prod-03.internal", "api.staging.example.net", "build-agent-12.ci.local",
         "cache-eu1.corp.example.com", "kafka-2.data.example.io", "vpn.example.org", "git.example.dev",
         "mq-01.prod.example.com", "pg-replica.example.cloud", "artifacts.example.io",
         "redis-sessions.example.internal", "es-logs-7.example.net", "sftp.partners.example.com",
         "minio-2.storage.example.internal", "ldap.corp.example.org", "jump-01.example.net",
         "clickhouse-a.analytics.example.io", "nexus.build.example.dev", "mssql-04.example.local",
         "rabbit-eu.example.cloud"]
USERS = ["deploy", "svc_billing", "ci-runner", "admin", "app_rw", "etl_user", "readonly", "jenkins",
         "terraform", "backup_agent", "grafana", "ops", "svc_reports", "airflow", "postgres", "bot-release",
         "sa_import", "webapp", "monitor", "ansible"]
ENV_NAMES = ["prod", "staging", "qa", "dev", "sandbox", "perf", "uat", "preprod"]


# ---------------------------------------------------------------- unlabelled look-alike generators
def _uuid(c: Ctx) -> str:
    h = c.rs(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{c.rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _isbn(c: Ctx) -> str:
    d = [9, 7, 8] + [c.num(0, 9) for _ in range(9)]
    check = (10 - sum(x * (3 if i % 2 else 1) for i, x in enumerate(d)) % 10) % 10
    s = "".join(map(str, d + [check]))
    return f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"


def _date(c: Ctx) -> str:
    y, m, d = c.num(2019, 2026), c.num(1, 12), c.num(1, 28)
    return c.rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}",
                         f"{m:02d}/{d:02d}/{y}"])


FILLERS: dict[str, Callable[[Ctx], str]] = {
    "uuid": _uuid,
    "sha": lambda c: c.rs(HEX, 40),
    "short_sha": lambda c: c.rs(HEX, 7),
    "sha256": lambda c: c.rs(HEX, 64),
    "md5": lambda c: c.rs(HEX, 32),
    "ver": lambda c: f"{c.num(0, 12)}.{c.num(0, 30)}.{c.num(0, 15)}",
    "ver4": lambda c: f"{c.num(1, 12)}.{c.num(0, 9)}.{c.num(0, 9)}.{c.num(100, 9999)}",
    "order": lambda c: c.rng.choice(["ORD-", "PO-", "SO", "#"]) + str(c.num(100000, 9999999)),
    "ticket": lambda c: c.rng.choice(["JIRA-", "OPS-", "INC", "SUP-", "PLAT-", "CHG"])
                        + str(c.num(100, 99999)),
    "invoice": lambda c: f"INV-{c.num(2021, 2026)}-{c.num(1, 99999):05d}",
    "price": lambda c: c.rng.choice(["$", "€", "£", ""]) + f"{c.num(1, 99999):,}.{c.num(0, 99):02d}",
    "pct": lambda c: f"{c.num(1, 95)}.{c.num(0, 9)}%",
    "int": lambda c: str(c.num(2, 950)),
    "big": lambda c: f"{c.num(1000, 999999):,}",
    "ts": lambda c: f"{c.num(2023, 2026)}-{c.num(1, 12):02d}-{c.num(1, 28):02d}T{c.num(0, 23):02d}:"
                    f"{c.num(0, 59):02d}:{c.num(0, 59):02d}.{c.num(0, 999):03d}Z",
    "clock": lambda c: f"{c.num(0, 23):02d}:{c.num(0, 59):02d}:{c.num(0, 59):02d}",
    "date": _date,
    "year": lambda c: str(c.num(2019, 2027)),
    "quarter": lambda c: f"Q{c.num(1, 4)}",
    "tracking": lambda c: c.rng.choice(["1Z" + c.rs(UPPER_ALNUM, 16), "JD0" + c.rs(DIGITS, 15),
                                        c.rs(DIGITS, 22), "LX" + c.rs(DIGITS, 9) + "DE"]),
    "isbn": _isbn,
    "port": lambda c: str(c.rng.choice([5432, 6379, 8080, 8443, 9092, 27017, 3306, 5672, 9200])),
    "build": lambda c: str(c.num(1000, 98000)),
    "ms": lambda c: str(c.num(3, 48000)),
    "pid": lambda c: str(c.num(100, 65000)),
    "line": lambda c: str(c.num(12, 1800)),
    "acct": lambda c: c.rs(DIGITS, 12),
    "twilio_sid": lambda c: "AC" + c.rs(HEX, 32),
    "req": lambda c: "req_" + c.rs(ALNUM, 14),
    "pubkey": lambda c: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + c.rs(B64, 43) + " "
                        + c.pick(USERS) + "@" + c.pick(HOSTS).split(".")[0],
    "pk_pub": lambda c: "pk_live_" + c.rs(ALNUM, 24),
    "client_id": lambda c: c.rs(DIGITS, 12) + "-" + c.rs(string.ascii_lowercase + DIGITS, 32)
                           + ".apps.googleusercontent.com",
    "key_fp": lambda c: "SHA256:" + c.rs(B64, 43),
    "mac": lambda c: ":".join(c.rs(HEX, 2) for _ in range(6)),
    "placeholder": lambda c: c.rng.choice(["<PERSON_1>", "[REDACTED]", "YOUR_API_KEY", "xxx-xxx-xxxx",
                                           "<EMAIL_ADDRESS>", "****", "<your-token-here>", "$API_KEY",
                                           "changeme", "{{ api_key }}", "[NAME]", "<SECRET_2>"]),
}
POOLS: dict[str, list[str]] = {
    "product": PRODUCTS, "sku": SKUS, "company": COMPANIES, "code": CODENAMES, "lib": LIBS, "team": TEAMS,
    "month": MONTHS, "weekday": WEEKDAYS, "holiday": HOLIDAYS, "title": TITLES, "sport": SPORTS,
    "award": AWARDS, "region": REGIONS, "country": COUNTRIES, "city": CITIES, "venue": VENUES, "tz": TZS,
    "cur": CURRENCIES, "word": WORDS, "svc": SERVICES, "host": HOSTS, "user": USERS, "env": ENV_NAMES,
}
FILLERS["code_lc"] = lambda c: c.pick(CODENAMES).lower()
FILLERS["word_cap"] = lambda c: c.pick(WORDS).capitalize()


# ---------------------------------------------------------------- secret generators
def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt(c: Ctx) -> str:
    head = _b64url(json.dumps({"alg": c.rng.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    body = {"sub": str(c.num(10000, 9999999)), "iat": c.num(1690000000, 1760000000),
            "scope": c.rng.choice(["read", "admin", "read write"]), "iss": c.pick(HOSTS)}
    return f"{head}.{_b64url(json.dumps(body, separators=(',', ':')).encode())}.{c.rs(B64URL, 43)}"


def _pem_lines(c: Ctx, n: int, sep: str) -> str:
    lines = [c.rs(B64, 64) for _ in range(n - 1)] + [c.rs(B64, c.num(8, 60)) + c.rng.choice(["", "=", "=="])]
    return sep.join(lines)


def _pem(c: Ctx, kind: str, n: int = 0, sep: str = "\n") -> str:
    return (f"-----BEGIN {kind}-----{sep}{_pem_lines(c, n or c.num(5, 9), sep)}{sep}-----END {kind}-----")


def _pgp(c: Ctx) -> str:
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + _pem_lines(c, c.num(6, 10), "\n")
            + "\n=" + c.rs(B64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----")


def _discord(c: Ctx) -> str:
    uid = str(c.num(10**17, 10**18 - 1))
    return f"{_b64url(uid.encode())}.{c.rs(B64URL, 6)}.{c.rs(B64URL, 38)}"


def _leet(word: str) -> str:
    return word.translate(str.maketrans({"a": "@", "o": "0", "e": "3", "s": "$", "i": "1"}))


def _pw_season(c: Ctx) -> str:
    base = c.rng.choice(["summer", "Winter", "spring", "Autumn", c.pick(WORDS), c.pick(WORDS).capitalize()])
    return base + str(c.num(2015, 2026)) + c.rng.choice(["", "!", "#", "?", "*"])


def _pw_leet(c: Ctx) -> str:
    return _leet(c.pick(WORDS).capitalize()) + c.rng.choice(PW_SYMBOLS) + str(c.num(1, 999))


def _pw_phrase(c: Ctx) -> str:
    sep = c.rng.choice(["-", ".", "_", " ", ""])
    words = [c.rng.choice(WORDS) for _ in range(c.num(3, 5))]
    if sep == "":
        words = [w.capitalize() for w in words]
    return sep.join(words)


def _pw_random(c: Ctx) -> str:
    n = c.num(12, 22)
    return c.rs(ALNUM, 2) + "".join(c.rng.choice(ALNUM + PW_SYMBOLS) for _ in range(n - 2))


def _pw_classic(c: Ctx) -> str:
    return c.rng.choice(["Tr0ub4dor&3", "P@ssw0rd!", "Passw0rd123", "Welcome1!", "Qwerty!234", "letmein99",
                         "Admin@2024", "Ch@ngeMe!", "iloveyou2", "Spring2025!", "Monkey#77", "Dragon$123"])


def _pw(c: Ctx) -> str:
    return c.rng.choice([_pw_season, _pw_leet, _pw_phrase, _pw_random, _pw_random, _pw_classic])(c)


def _pw_url(c: Ctx) -> str:
    return c.rng.choice([lambda: c.rs(URL_SAFE_PW, c.num(12, 24)), lambda: _pw_season(c).strip("!#?*"),
                         lambda: c.pick(WORDS) + "-" + c.pick(WORDS) + str(c.num(10, 99))])()


def _cloudflare(c: Ctx) -> str:
    return c.rs(B64URL, 40) if c.rng.random() < 0.7 else c.rs(HEX, 37)


SECRETS: dict[str, Callable[[Ctx], str]] = {
    "aws_id": lambda c: "AKIAIOSFODNN7EXAMPLE" if c.rng.random() < 0.25 else "AKIA" + c.rs(UPPER_ALNUM, 16),
    "aws_asia": lambda c: "ASIA" + c.rs(UPPER_ALNUM, 16),
    "aws_secret": lambda c: ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" if c.rng.random() < 0.25
                             else c.rs(B64, 40)),
    "aws_session": lambda c: "IQoJb3JpZ2luX2Vj" + c.rs(B64, 180),
    "ghp": lambda c: "ghp_" + c.rs(ALNUM, 36),
    "gho": lambda c: c.rng.choice(["gho_", "ghs_", "ghu_"]) + c.rs(ALNUM, 36),
    "gh_fine": lambda c: "github_pat_" + c.rs(UPPER_ALNUM, 22) + "_" + c.rs(ALNUM, 59),
    "glpat": lambda c: "glpat-" + c.rs(B64URL, 20),
    "slack_bot": lambda c: f"xoxb-{c.rs(DIGITS, 12)}-{c.rs(DIGITS, 13)}-{c.rs(ALNUM, 24)}",
    "slack_user": lambda c: f"xoxp-{c.rs(DIGITS, 12)}-{c.rs(DIGITS, 12)}-{c.rs(DIGITS, 13)}-{c.rs(HEX, 32)}",
    "slack_hook": lambda c: c.rs(ALNUM, 24),
    "slack_ids": lambda c: f"T{c.rs(UPPER_ALNUM, 8)}/B{c.rs(UPPER_ALNUM, 10)}",
    "discord_hook": lambda c: c.rs(B64URL, 68),
    "discord_bot": _discord,
    "telegram": lambda c: f"{c.num(10**8, 10**10 - 1)}:AA{c.rs(B64URL, 33)}",
    "stripe_live": lambda c: c.rng.choice(["sk_live_", "rk_live_"]) + c.rs(ALNUM, c.rng.choice([24, 99])),
    "stripe_doc": lambda c: "sk_test_4eC39HqLyjWDarjtT1zdp7dc" if c.rng.random() < 0.4
                            else "sk_test_" + c.rs(ALNUM, 24),
    "whsec": lambda c: "whsec_" + c.rs(ALNUM, 32),
    "sendgrid": lambda c: f"SG.{c.rs(B64URL, 22)}.{c.rs(B64URL, 43)}",
    "mailgun": lambda c: "key-" + c.rs(HEX, 32) if c.rng.random() < 0.5 else c.rs(HEX, 32) + "-"
                         + c.rs(HEX, 8) + "-" + c.rs(HEX, 8),
    "twilio_auth": lambda c: c.rs(HEX, 32),
    "twilio_sk": lambda c: "SK" + c.rs(HEX, 32),
    "cloudflare": _cloudflare,
    "postmark": _uuid,
    "mailchimp": lambda c: c.rs(HEX, 32) + f"-us{c.num(1, 21)}",
    "heroku": lambda c: "HRKU-AA" + c.rs(B64URL, 58) if c.rng.random() < 0.6 else _uuid(c),
    "do_token": lambda c: c.rng.choice(["dop_v1_", "doo_v1_"]) + c.rs(HEX, 64),
    "shopify": lambda c: c.rng.choice(["shpat_", "shpss_", "shpca_"]) + c.rs(HEX, 32),
    "atlassian": lambda c: "ATATT3xFfGF0" + c.rs(B64URL, 170) + "=" + c.rs(HEX.upper(), 8),
    "okta": lambda c: "00" + c.rs(B64URL, 40),
    "vault": lambda c: "hvs." + c.rs(B64URL, c.rng.choice([24, 90])),
    "npm": lambda c: "npm_" + c.rs(ALNUM, 36),
    "pypi": lambda c: "pypi-AgEIcHlwaS5vcmc" + c.rs(B64URL, c.num(60, 140)),
    "google_api": lambda c: "AIza" + c.rs(B64URL, 35),
    "gcp_key_id": lambda c: c.rs(HEX, 40),
    "gcp_pem": lambda c: _pem(c, "PRIVATE KEY", c.num(6, 9), "\\n"),
    "openai": lambda c: "sk-proj-" + c.rs(B64URL, 48) + "T3BlbkFJ" + c.rs(B64URL, 48),
    "anthropic": lambda c: "sk-ant-api03-" + c.rs(B64URL, 93) + "AA",
    "hf": lambda c: "hf_" + c.rs(ALNUM, 34),
    "azure_key": lambda c: c.rs(B64, 86) + "==",
    "sas_sig": lambda c: c.rs(ALNUM, 20) + c.rng.choice(["%2B", "%2F"]) + c.rs(ALNUM, 20) + "%3D",
    "jwt": _jwt,
    "totp": lambda c: c.rs(BASE32, c.rng.choice([16, 32])),
    "oauth_secret": lambda c: c.rng.choice(["GOCSPX-" + c.rs(B64URL, 28), c.rs(B64URL, 40),
                                            c.rs(ALNUM, 8) + "~" + c.rs(B64URL, 31)]),
    "ssh_key": lambda c: _pem(c, "OPENSSH PRIVATE KEY"),
    "rsa_key": lambda c: _pem(c, "RSA PRIVATE KEY"),
    "ec_key": lambda c: _pem(c, "EC PRIVATE KEY", c.num(3, 4)),
    "pgp_key": _pgp,
    "pw": _pw,
    "pw_url": _pw_url,
    "pw_phrase": _pw_phrase,
    "pw_classic": _pw_classic,
    "pw_season": _pw_season,
    "pin": lambda c: c.rs(DIGITS, c.rng.choice([4, 4, 6, 8])),
    "hex32": lambda c: c.rs(HEX, 32),
    "hex64": lambda c: c.rs(HEX, 64),
    "opaque": lambda c: c.rs(ALNUM, c.num(24, 48)),
    "b64tok": lambda c: c.rs(B64, c.num(30, 60)) + c.rng.choice(["", "=", "=="]),
    "session": lambda c: c.rng.choice([c.rs(HEX, 48), "s%3A" + c.rs(B64URL, 32) + "." + c.rs(B64URL, 43),
                                       c.rs(B64URL, 64)]),
    "basic": lambda c: base64.b64encode(f"{c.pick(USERS)}:{_pw_url(c)}".encode()).decode(),
    "recovery": lambda c: f"{c.rs(LOWER_ALNUM, 5)}-{c.rs(LOWER_ALNUM, 5)}",
    "k8s_b64": lambda c: base64.b64encode(_pw_url(c).encode()).decode(),
    "django_key": lambda c: "django-insecure-" + c.rs(string.ascii_lowercase + DIGITS + "!@#$%^&*(-_=+)", 50),
    "datadog": lambda c: c.rs(HEX, 32),
    "sentry_key": lambda c: c.rs(HEX, 32),
    "new_relic": lambda c: "NRAK-" + c.rs(UPPER_ALNUM, 27),
    "linear": lambda c: "lin_api_" + c.rs(ALNUM, 40),
    "figma": lambda c: "figd_" + c.rs(B64URL, 40),
    "notion": lambda c: "secret_" + c.rs(ALNUM, 43) if c.rng.random() < 0.5 else "ntn_" + c.rs(ALNUM, 46),
    "airtable": lambda c: "pat" + c.rs(ALNUM, 14) + "." + c.rs(HEX, 64),
    "algolia": lambda c: c.rs(HEX, 32),
    "wifi": lambda c: c.rng.choice([_pw_phrase(c), _pw_season(c), c.pick(WORDS) + c.rs(DIGITS, 4)]),
}


# ---------------------------------------------------------------- people (mixed records); k picks the person
def _ascii(s: str) -> str:
    plain = unicodedata.normalize("NFKD", s.replace("ß", "ss").replace("ø", "o"))
    return re.sub(r"[^a-z0-9.]", "", plain.lower())


def _phone(c: Ctx, loc: str) -> str:
    n = c.rs
    country = loc.split("_")[1]
    forms = {
        "US": lambda: c.rng.choice([f"({c.num(201, 989)}) {c.num(200, 989)}-{n(DIGITS, 4)}",
                                    f"+1 {c.num(201, 989)}-{c.num(200, 989)}-{n(DIGITS, 4)}",
                                    f"{c.num(201, 989)}.{c.num(200, 989)}.{n(DIGITS, 4)}"]),
        "GB": lambda: c.rng.choice([f"+44 7{n(DIGITS, 3)} {n(DIGITS, 6)}", f"07{n(DIGITS, 3)} {n(DIGITS, 6)}",
                                    f"020 {n(DIGITS, 4)} {n(DIGITS, 4)}"]),
        "DE": lambda: c.rng.choice([f"+49 151 {n(DIGITS, 8)}", f"030 {n(DIGITS, 7)}",
                                    f"+49 (0)89 {n(DIGITS, 3)} {n(DIGITS, 4)}"]),
        "FR": lambda: c.rng.choice(["0" + str(c.num(6, 7)) + "".join(f" {n(DIGITS, 2)}" for _ in range(4)),
                                    "+33 6" + "".join(f" {n(DIGITS, 2)}" for _ in range(4))]),
        "IN": lambda: c.rng.choice([f"+91 9{n(DIGITS, 4)} {n(DIGITS, 5)}",
                                    f"09{n(DIGITS, 3)}-{n(DIGITS, 6)}"]),
        "MX": lambda: f"+52 55 {n(DIGITS, 4)} {n(DIGITS, 4)}",
        "ES": lambda: c.rng.choice([f"+34 6{n(DIGITS, 2)} {n(DIGITS, 3)} {n(DIGITS, 3)}",
                                    f"6{n(DIGITS, 2)} {n(DIGITS, 2)} {n(DIGITS, 2)} {n(DIGITS, 2)}"]),
        "IT": lambda: f"+39 3{n(DIGITS, 2)} {n(DIGITS, 3)} {n(DIGITS, 4)}",
        "NL": lambda: c.rng.choice([f"06-{n(DIGITS, 8)}", f"+31 6 {n(DIGITS, 4)} {n(DIGITS, 4)}"]),
        "BR": lambda: f"+55 11 9{n(DIGITS, 4)}-{n(DIGITS, 4)}",
        "AU": lambda: c.rng.choice([f"04{n(DIGITS, 2)} {n(DIGITS, 3)} {n(DIGITS, 3)}",
                                    f"+61 4{n(DIGITS, 2)} {n(DIGITS, 3)} {n(DIGITS, 3)}"]),
    }
    return forms[country]()


def _dob(c: Ctx, loc: str) -> str:
    y, m, d = c.num(1948, 2004), c.num(1, 12), c.num(1, 28)
    if loc.startswith("en_US"):
        return c.rng.choice([f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])
    if loc.startswith("en"):
        return c.rng.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])
    if loc in ("de_DE", "nl_NL"):
        return f"{d:02d}.{m:02d}.{y}" if loc == "de_DE" else f"{d:02d}-{m:02d}-{y}"
    return c.rng.choice([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])


def _addr(c: Ctx, loc: str) -> str:
    fk = c.fakers[loc]
    return re.sub(r"\s*\n\s*", ", ", fk.address()).strip(" ,")


def _email(c: Ctx, p: dict[str, str]) -> str:
    first, last = _ascii(p["first"]) or "x", _ascii(p["last"]) or "y"
    user = c.rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{c.num(1, 99)}",
                         f"{last}.{first[0]}"])
    return user + "@" + c.rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "gmx.de", "orange.fr",
                                      "hotmail.es", "icloud.com", "proton.me", "web.de", "libero.it"])


PEOPLE: dict[str, Callable[[Ctx, dict[str, str]], str]] = {
    "first": lambda c, p: p["first"],
    "last": lambda c, p: p["last"],
    "full": lambda c, p: f"{p['first']} {p['last']}",
    "email": _email,
    "phone": lambda c, p: _phone(c, p["loc"]),
    "dob": lambda c, p: _dob(c, p["loc"]),
    "addr": lambda c, p: _addr(c, p["loc"]),
    "ip": lambda c, p: c.rng.choice([f"{c.num(23, 217)}.{c.num(0, 255)}.{c.num(0, 255)}.{c.num(1, 254)}",
                                     f"2a02:{c.rs(HEX, 4)}:{c.rs(HEX, 4)}::{c.rs(HEX, 3)}"]),
    "ssn": lambda c, p: f"{c.num(100, 665)}-{c.num(10, 99)}-{c.num(1000, 9999)}",
}


# ---------------------------------------------------------------- rendering
def _value(c: Ctx, gen: str, k: str | None) -> str:
    if gen in PEOPLE:
        p = c.person(k or "1")
        key = (gen, k or "1")
        if key not in c.cache:
            c.cache[key] = PEOPLE[gen](c, p)
        return c.cache[key]
    if k is not None and (gen, k) in c.cache:
        return c.cache[(gen, k)]
    if gen in SECRETS:
        v = SECRETS[gen](c)
    elif gen in FILLERS:
        v = FILLERS[gen](c)
    elif gen in POOLS:
        v = c.pick(POOLS[gen])
    else:
        raise KeyError(f"unknown slot {gen!r}")
    if k is not None:
        c.cache[(gen, k)] = v
    return v


def render(template: str, c: Ctx) -> tuple[str, list[dict]]:
    """The template's text with its slots filled, and a span for every labelled slot."""
    text, spans, last = "", [], 0
    for m in SLOT.finditer(template):
        text += template[last:m.start()]
        gen, k, label = m.group(1), m.group(2), m.group(3)
        v = _value(c, gen, k)
        if label:
            if label not in TYPES:
                raise ValueError(f"unknown type {label!r}")
            spans.append({"start": len(text), "end": len(text) + len(v), "type": label, "value": v})
        text += v
        last = m.end()
    return text + template[last:], spans


PEOPLE["rev"] = lambda c, p: f"{p['last']}, {p['first']}"
FILLERS["acct_id"] = lambda c: "acct_" + c.rs(ALNUM, 16)
FILLERS["base_id"] = lambda c: "app" + c.rs(ALNUM, 14)
FILLERS["b64user"] = lambda c: base64.b64encode(c.pick(USERS).encode()).decode()

# ---------------------------------------------------------------- negative templates (no labelled slot)
NEG: dict[str, dict[str, list]] = {"dev": {}, "test": {}}
NEG["dev"]["product_names"] = [
    "Write three App Store release-note bullets for ⟦product⟧ ⟦ver⟧. Highlights: faster sync with ⟦product⟧, "
    "a dark mode, and the ⟦product⟧ widget now supports ⟦int⟧ languages. Keep it under 60 words.",
    "Compare ⟦product⟧ and ⟦product⟧ for a mid-size ⟦team⟧ team: pricing (⟦price⟧ vs ⟦price⟧ per seat per "
    "month), SSO support and API limits. Output a Markdown table.",
    "Our catalogue export has these SKUs: ⟦sku⟧, ⟦sku⟧, ⟦sku⟧. Rename the product titles so they are "
    "consistent, e.g. '⟦product⟧ – Starter' and '⟦product⟧ – Enterprise'.",
    "Draft a FAQ entry: 'Is ⟦product⟧ compatible with ⟦product⟧?' Answer yes from version ⟦ver⟧ onward, "
    "mention the ⟦product⟧ plug-in and point to the setup guide.",
    "The ⟦product⟧ onboarding funnel dropped ⟦pct⟧ after we moved the ⟦product⟧ upsell to step 2. Suggest "
    "five A/B tests to recover conversion.",
    "Summarise these app reviews in two sentences:\n- \"Love that ⟦product⟧ finally talks to ⟦product⟧\"\n"
    "- \"the ⟦product⟧ export keeps timing out\"\n- \"switched from ⟦product⟧ and never looked back\"",
    ("de", "Schreib eine kurze Produktbeschreibung für ⟦product⟧ (Artikel ⟦sku⟧) für unseren Onlineshop. "
           "Betone die Integration mit ⟦product⟧ und den Preis von ⟦price⟧."),
]
NEG["test"]["product_names"] = [
    "Rewrite this push notification so it sounds friendlier: '⟦product⟧ update ⟦ver⟧ is here. ⟦product⟧ "
    "users can now import from ⟦product⟧.'",
    "We are sunsetting ⟦product⟧ on ⟦date⟧ and moving customers to ⟦product⟧. Draft the deprecation notice "
    "and a migration checklist.",
    "Which is better for a small warehouse, ⟦product⟧ or ⟦product⟧? We already use ⟦product⟧ for invoicing "
    "and pay ⟦price⟧ a month.",
    "Generate 10 name ideas for a new tier of ⟦product⟧ aimed at schools. Avoid clashing with ⟦product⟧ and "
    "⟦product⟧, which competitors own.",
    "Here is the ⟦product⟧ changelog: ⟦ver⟧ – fixed crash on launch; ⟦ver⟧ – ⟦product⟧ integration; ⟦ver⟧ – "
    "new pricing (⟦price⟧). Turn it into a newsletter paragraph.",
    "Write a neutral 4-tweet thread comparing ⟦product⟧, ⟦product⟧ and ⟦product⟧; mention bundle SKU ⟦sku⟧.",
    ("es", "Redacta una descripción para la ficha de ⟦product⟧ (referencia ⟦sku⟧). Menciona que funciona con "
           "⟦product⟧ y que cuesta ⟦price⟧."),
]
NEG["dev"]["company_names"] = [
    "Draft a polite payment reminder to ⟦company⟧ about invoice ⟦invoice⟧ (⟦price⟧, due ⟦date⟧). Mention "
    "that ⟦company⟧ already paid their share.",
    "Summarise the differences between the proposals from ⟦company⟧ and ⟦company⟧ for our office refit: "
    "scope, timeline, price (⟦price⟧ vs ⟦price⟧).",
    "We're choosing an auditor: ⟦company⟧, ⟦company⟧ or ⟦company⟧. Write criteria for a vendor scorecard for "
    "a company with ⟦big⟧ employees.",
    "Rewrite this LinkedIn post: 'Proud to announce our partnership with ⟦company⟧! Together with ⟦company⟧ "
    "we'll bring ⟦product⟧ to ⟦int⟧ new markets.'",
    "Vendor list from procurement: ⟦company⟧ (facilities), ⟦company⟧ (legal), ⟦company⟧ (insurance), "
    "⟦company⟧ (banking). Categorise them by spend risk.",
    "Explain in plain English the clause where ⟦company⟧ indemnifies ⟦company⟧ against third-party claims "
    "under the master services agreement dated ⟦date⟧.",
    ("fr", "Rédige un courriel de relance à ⟦company⟧ concernant la facture ⟦invoice⟧ d'un montant de "
           "⟦price⟧. Précise que ⟦company⟧ a déjà réglé sa part."),
]
NEG["test"]["company_names"] = [
    "Our bank is switching from ⟦company⟧ to ⟦company⟧. List the steps for updating direct debits "
    "and what to "
    "tell suppliers.",
    "Write a case-study outline: how ⟦company⟧ cut onboarding time by ⟦pct⟧ with ⟦product⟧ after leaving "
    "⟦company⟧.",
    "Translate to plain English: '⟦company⟧ shall retain ⟦company⟧ as sub-processor for payroll services "
    "pursuant to Annex ⟦int⟧.'",
    "Make a table of our top suppliers by spend for ⟦year⟧: ⟦company⟧ ⟦price⟧, ⟦company⟧ ⟦price⟧, "
    "⟦company⟧ ⟦price⟧.",
    "Give me talking points for the business review with ⟦company⟧; their renewal (PO ⟦order⟧) is at risk "
    "because ⟦company⟧ undercut us.",
    "Is it normal that ⟦company⟧ charges a ⟦pct⟧ early-termination fee? Compare with what ⟦company⟧ offered.",
    ("de", "Fasse das Angebot von ⟦company⟧ im Vergleich zu ⟦company⟧ zusammen: Preis ⟦price⟧, Laufzeit "
           "⟦int⟧ Monate, Kündigungsfrist."),
]
NEG["dev"]["code_names"] = [
    "Write the status update for Project ⟦code⟧: the ⟦code⟧ rollout is at ⟦pct⟧, blocked by svc-⟦code_lc⟧ "
    "latency; next milestone ⟦date⟧.",
    "Suggest a naming convention for our branches; today we have release/⟦code_lc⟧-⟦int⟧, "
    "feature/⟦code_lc⟧-search, hotfix/⟦ticket⟧ and ⟦code_lc⟧-main.",
    "Feature flags to clean up: enable_⟦code_lc⟧_checkout (100% since ⟦date⟧), ⟦code_lc⟧_v2_pricing, "
    "use-⟦code_lc⟧-cache. Which are safe to delete?",
    "Sprint ⟦int⟧ '⟦code⟧' retro notes: the ⟦code⟧ migration slipped, ⟦code⟧ dashboards shipped. Turn this "
    "into five action items.",
    "kubectl get pods -n ⟦code_lc⟧ shows ⟦code_lc⟧-api-⟦short_sha⟧ in CrashLoopBackOff while "
    "⟦code_lc⟧-worker is fine. What should I check first?",
    "Explain to execs why Operation ⟦code⟧ depends on the ⟦code⟧ data platform and why ⟦code⟧ must ship "
    "first. One paragraph.",
    ("es", "Resume el estado del proyecto ⟦code⟧: la migración ⟦code⟧ va al ⟦pct⟧ y el servicio "
           "svc-⟦code_lc⟧ sigue con errores."),
]
NEG["test"]["code_names"] = [
    "Draft the kickoff announcement for Project ⟦code⟧ (successor to ⟦code⟧). The ⟦team⟧ team leads; first "
    "demo on ⟦date⟧.",
    "Our repos: ⟦code_lc⟧-web, ⟦code_lc⟧-infra, ⟦code_lc⟧-ml. Propose a monorepo layout and CODEOWNERS by "
    "team (⟦team⟧, ⟦team⟧).",
    "Helm release ⟦code_lc⟧-⟦env⟧ failed to upgrade to chart ⟦ver⟧; the previous ⟦code⟧ release was fine. "
    "How do I roll back?",
    "Write the changelog entry for the ⟦code⟧ ⟦ver⟧ release train, which replaces the ⟦code⟧ scheduler and "
    "retires svc-⟦code_lc⟧.",
    "Risks for the ⟦code⟧ cut-over (⟦weekday⟧ night): ⟦code⟧ DB freeze, ⟦code⟧ DNS switch. Build a RACI "
    "table.",
    "The flag ff.⟦code_lc⟧.new-onboarding is on for ⟦pct⟧ of tenants. Write the query to compare retention "
    "against control.",
    ("fr", "Rédige la note de lancement du projet ⟦code⟧ : la version ⟦ver⟧ remplace ⟦code⟧ et la branche "
           "release/⟦code_lc⟧-⟦int⟧ est gelée."),
]
NEG["dev"]["tech_prose"] = [
    "Why does this fail?\nTraceback (most recent call last):\n  File \"/srv/app/⟦svc⟧/views.py\", "
    "line ⟦line⟧, "
    "in get_queryset\n    return Invoice.objects.filter(account__plan=self.plan)\n  File "
    "\"/usr/lib/python3.12/"
    "site-packages/django/db/models/query.py\", line ⟦line⟧, in filter\ndjango.core.exceptions.FieldError: "
    "Cannot resolve keyword 'plan' into field. Choices are: account, created_at, currency, id, total",
    "Optimise this query for PostgreSQL:\nSELECT c.Region, SUM(o.Total) AS Revenue\nFROM Orders o JOIN "
    "Customers c ON c.Id = o.CustomerId\nWHERE o.CreatedAt >= '⟦year⟧-01-01' AND o.Status <> 'Cancelled'\n"
    "GROUP BY c.Region ORDER BY Revenue DESC;\nIt takes ⟦ms⟧ ms on ⟦big⟧ rows.",
    "Parse these logs and tell me what went wrong:\n⟦ts⟧ INFO  KafkaConsumer[⟦svc⟧] Rebalancing group "
    "⟦svc⟧-consumers\n⟦ts⟧ WARN  ConsumerCoordinator Offset commit failed on partition ⟦svc⟧-⟦int⟧\n"
    "⟦ts⟧ ERROR RetryTemplate Giving up after ⟦int⟧ attempts (elapsed ⟦ms⟧ms)",
    "Review this Rails migration: `add_column :accounts, :billing_tier, :string, default: 'Standard'` then "
    "`Account.find_each { |a| a.update!(billing_tier: 'Gold') }`. Will it lock a table with ⟦big⟧ rows?",
    "Why doesn't Spring pick up this config?\nspring:\n  datasource:\n    url: "
    "jdbc:postgresql://${DB_HOST}:5432/"
    "⟦svc⟧\n    hikari:\n      maximum-pool-size: ⟦int⟧\n  jpa:\n    open-in-view: false\n"
    "logging.level.org.hibernate.SQL: DEBUG",
    "GitHub Actions job failed:\nRun npm ci\nnpm WARN deprecated ⟦word⟧@⟦ver⟧\n> jest --ci\nFAIL "
    "src/components/"
    "InvoiceTable.test.tsx\n  ● InvoiceTable › renders Totals row\n    Expected: \"Grand Total\" Received: "
    "undefined\nTests: 1 failed, ⟦int⟧ passed. Which change broke it?",
    ("de", "Warum wirft Pandas hier einen KeyError?\ndf = pd.read_csv('umsatz_⟦year⟧.csv')\n"
           "df.groupby('Region')['Umsatz'].sum()\nKeyError: 'Region' – die Spalte heißt in der Datei "
           "'Vertriebsregion'."),
]
NEG["test"]["tech_prose"] = [
    "Explain this:\nException in thread \"main\" org.hibernate.LazyInitializationException: failed to lazily "
    "initialize a collection of role: com.example.⟦svc⟧.Order.lineItems\n\tat "
    "org.hibernate.collection.internal."
    "AbstractPersistentCollection.throwLazyInitializationException("
    "AbstractPersistentCollection.java:⟦line⟧)\n"
    "\tat com.example.⟦svc⟧.ReportService.buildSummary(ReportService.java:⟦line⟧)",
    "Refactor this Flask route to use a Blueprint and Pydantic validation:\n@app.route('/api/v1/⟦svc⟧/"
    "<int:item_id>', methods=['PATCH'])\ndef update_item(item_id):\n    payload = request.get_json()\n"
    "    item = Item.query.get_or_404(item_id)\n    item.Status = payload['Status']\n    "
    "db.session.commit()\n"
    "    return jsonify(item.to_dict())",
    "Review this Terraform:\nresource \"aws_s3_bucket\" \"reports\" {\n  bucket = "
    "\"acme-⟦svc⟧-reports-⟦env⟧\"\n"
    "  tags = { Team = \"⟦team⟧\", CostCenter = \"CC-⟦int⟧\" }\n}\nShould versioning and lifecycle rules be "
    "separate resources in provider ⟦ver⟧?",
    "docker build fails at step 7/12:\n => ERROR [builder 7/12] RUN pip install -r requirements.txt\n#0 "
    "⟦ms⟧ ERROR: Could not find a version that satisfies the requirement ⟦lib⟧==⟦ver⟧\nWhat's the usual fix "
    "on python:3.12-slim?",
    "[⟦ts⟧: ERROR/ForkPoolWorker-⟦int⟧] Task ⟦svc⟧.tasks.send_digest[⟦uuid⟧] raised unexpected: "
    "TimeoutError('Redis connection timed out after ⟦ms⟧ms')\nHow do I make Celery retry this with backoff?",
    "Rewrite my review comment to sound less harsh: 'This UserSessionManager class does too much: caching, "
    "Kafka publishing and the Stripe webhook parsing all live here. Split it into SessionStore, "
    "EventPublisher and WebhookParser before we merge PR #⟦int⟧.'",
    ("es", "¿Por qué falla esta consulta en MySQL?\nSELECT Nombre, COUNT(*) FROM Pedidos WHERE Estado = "
           "'Enviado' GROUP BY Cliente;\nError 1055: Expression #1 of SELECT list is not in GROUP BY clause"),
]
NEG["dev"]["business_prose"] = [
    "Turn these notes into an agenda for ⟦weekday⟧'s ⟦team⟧ offsite: ⟦quarter⟧ OKR review, ⟦product⟧ "
    "roadmap, budget for the ⟦holiday⟧ campaign, and our ⟦award⟧ submission.",
    "Write marketing copy for our ⟦holiday⟧ sale: ⟦pct⟧ off ⟦product⟧ until ⟦month⟧ ⟦int⟧. Tone: playful; "
    "reference '⟦title⟧' if it fits.",
    "Draft ⟦quarter⟧ OKRs for the ⟦team⟧ team: grow ARR from ⟦price⟧ to ⟦price⟧, cut churn to ⟦pct⟧, get "
    "named in the ⟦award⟧.",
    "Answer this RFP question in 150 words: 'Describe your implementation methodology and how your ⟦team⟧ "
    "function supports customers in the first 90 days.' We use a ⟦int⟧-week plan.",
    "Summarise the quarter for the board: revenue ⟦price⟧ (+⟦pct⟧ YoY), ⟦big⟧ new logos, sponsorship of "
    "⟦sport⟧ renewed, ⟦product⟧ launched in ⟦month⟧.",
    "I'm giving a talk on leadership lessons from '⟦title⟧' and '⟦title⟧' at our ⟦month⟧ all-hands. Give me "
    "an outline with three hooks.",
    ("fr", "Rédige l'ordre du jour du comité de direction de lundi : objectifs du ⟦quarter⟧, lancement de "
           "⟦product⟧, budget de ⟦price⟧ pour le salon de septembre."),
]
NEG["test"]["business_prose"] = [
    "Write a one-page product spec for the '⟦product⟧ Insights' add-on: problem, personas (Finance Manager, "
    "Store Owner), success metrics (⟦pct⟧ adoption by ⟦month⟧).",
    "Make this sales strategy punchier: 'In ⟦quarter⟧ ⟦team⟧ will focus on mid-market accounts in retail and "
    "healthcare, bundling ⟦product⟧ with onboarding services.'",
    "Plan ⟦holiday⟧ week coverage for ⟦team⟧: who covers tickets ⟦weekday⟧ to ⟦weekday⟧, the escalation "
    "path, and an auto-reply text.",
    "Write the press-release headline and lede: we were named a Leader in the ⟦award⟧ for the ⟦int⟧th year; "
    "⟦product⟧ adoption is up ⟦pct⟧.",
    "Brainstorm team events for ⟦month⟧: a watch party for ⟦sport⟧, a quiz night on '⟦title⟧', a charity "
    "run. Budget ⟦price⟧ for ⟦int⟧ people.",
    "Convert these minutes into decisions and owners by team: Marketing refreshes the ⟦product⟧ "
    "landing page; "
    "Finance closes ⟦quarter⟧ books by ⟦weekday⟧; Legal reviews the ⟦award⟧ entry.",
    ("de", "Formuliere die Quartalsziele für das Team ⟦team⟧: Umsatz ⟦price⟧, Kundenzufriedenheit über "
           "⟦pct⟧, Launch von ⟦product⟧ vor Weihnachten."),
]
NEG["dev"]["look_alikes"] = [
    "Why does this deploy log show two commits? deploy ⟦uuid⟧ → ⟦short_sha⟧ (main), rollback ⟦uuid⟧ → "
    "⟦sha⟧. Build ⟦build⟧ finished at ⟦ts⟧.",
    "Reconcile these orders: ⟦order⟧ (⟦price⟧, shipped ⟦date⟧, tracking ⟦tracking⟧), ⟦order⟧ (⟦price⟧, "
    "refunded), invoice ⟦invoice⟧. Which are missing from the ledger?",
    "Our template says 'Dear ⟦placeholder⟧, your ticket ⟦ticket⟧ was closed.' Convert the placeholder syntax "
    "to Jinja and keep ⟦placeholder⟧ for the sign-off.",
    "Checksums don't match after downloading release ⟦ver⟧: expected sha256 ⟦sha256⟧, got ⟦sha256⟧. The MD5 "
    "of the tarball is ⟦md5⟧. What can cause this?",
    "Format this bibliography: ISBN ⟦isbn⟧ (⟦year⟧), ISBN ⟦isbn⟧; then list firmware versions ⟦ver4⟧ and "
    "⟦ver4⟧ in a table.",
    "Our README uses API_KEY=⟦placeholder⟧, phone xxx-xxx-xxxx and contact ⟦placeholder⟧ as examples. Is "
    "that clear enough for a public repo?",
    ("es", "Concilia los pedidos ⟦order⟧ y ⟦order⟧ (importe ⟦price⟧, envío ⟦tracking⟧) con la factura "
           "⟦invoice⟧ del ⟦date⟧."),
]
NEG["test"]["look_alikes"] = [
    "Sort these issues by age: ⟦ticket⟧ (opened ⟦date⟧), ⟦ticket⟧ (⟦date⟧), ⟦ticket⟧ (⟦date⟧). Build "
    "⟦build⟧ references commit ⟦short_sha⟧.",
    "The trace id ⟦uuid⟧ appears in both spans; span ids ⟦md5⟧ and ⟦md5⟧. Latency ⟦ms⟧ms at ⟦ts⟧. Is this "
    "a retry?",
    "Explain semver: why is ⟦ver⟧ older than ⟦ver⟧ but 1.10.0 newer than 1.9.9? And what's a four-part "
    "build number like ⟦ver4⟧?",
    "The shipping export has tracking numbers ⟦tracking⟧ and ⟦tracking⟧ for order ⟦order⟧ (total ⟦price⟧). "
    "Which carrier formats are these?",
    "Clean this redacted transcript: 'Agent: thanks ⟦placeholder⟧, I see order ⟦order⟧. Customer: "
    "[REDACTED] said the card ending **** was charged ⟦price⟧.' Keep the placeholders.",
    "Git log says: commit ⟦sha⟧ Merge pull request #⟦int⟧ from feature/⟦word⟧; commit ⟦sha⟧ Bump version to "
    "⟦ver⟧. Write release notes from this.",
    ("fr", "Vérifie ces références : commande ⟦order⟧, facture ⟦invoice⟧ du ⟦date⟧, colis ⟦tracking⟧, "
           "somme de contrôle ⟦md5⟧."),
]
NEG["dev"]["public_places"] = [
    "We run in ⟦region⟧ and want a DR copy in ⟦region⟧. Estimate cross-region replication cost for ⟦big⟧ GB "
    "per month.",
    "Draft the expansion plan: launch in ⟦country⟧ and ⟦country⟧ in ⟦quarter⟧ ⟦year⟧, pricing in ⟦cur⟧ and "
    "⟦cur⟧, support hours in ⟦tz⟧.",
    "Our booth is at ⟦venue⟧ in ⟦month⟧. Write the logistics checklist and what to ask hotels near "
    "the venue.",
    "Convert the 09:30 ⟦tz⟧ stand-up to ⟦tz⟧ and ⟦tz⟧, and warn me about daylight-saving changes in ⟦month⟧.",
    "Write a weather-contingency note for the ⟦city⟧ warehouse: the forecast for ⟦weekday⟧ is heavy snow, "
    "⟦int⟧ cm, with road closures towards ⟦city⟧.",
    "Compare data-residency rules for storing customer data in ⟦country⟧ vs ⟦country⟧; we currently host in "
    "⟦region⟧.",
    ("de", "Wir planen den Markteintritt in ⟦country⟧ und ⟦country⟧. Welche Cloud-Region passt besser, "
           "⟦region⟧ oder ⟦region⟧? Abrechnung in ⟦cur⟧."),
]
NEG["test"]["public_places"] = [
    "Latency from ⟦city⟧ users to ⟦region⟧ is ⟦ms⟧ms. Would an edge location in ⟦city⟧ help, or should we "
    "add ⟦region⟧?",
    "Write a market-entry memo on ⟦country⟧: currency ⟦cur⟧, VAT registration, local payment methods; "
    "compare with our rollout in ⟦country⟧.",
    "Plan a sales kickoff in ⟦city⟧ for ⟦int⟧ people in ⟦month⟧; alternatives are ⟦city⟧ and ⟦city⟧. "
    "Consider flight connections.",
    "Our cron runs at midnight ⟦tz⟧; customers in ⟦tz⟧ complain reports arrive late. Which timezone should "
    "the scheduler use?",
    "The ⟦venue⟧ trade show clashes with a public holiday in ⟦country⟧. Draft a note to the events team "
    "proposing the ⟦city⟧ edition instead.",
    "Storm warning for ⟦city⟧ on ⟦weekday⟧: the data centre there is on generator tests. Write the "
    "status-page notice for customers in ⟦region⟧.",
    ("es", "Queremos abrir oficina en ⟦city⟧ o ⟦city⟧. Compara costes en ⟦cur⟧, zona horaria (⟦tz⟧) y "
           "cercanía a ⟦region⟧."),
]

# ---------------------------------------------------------------- secrets templates (SECRET spans only)
SEC: dict[str, list[str]] = {}
SEC["dev"] = [
    "Why does wrangler reject this config?\ncloudflare: \"⟦cloudflare:SECRET⟧\"\nzone_id: ⟦md5⟧\n"
    "account_id: ⟦md5⟧\ncompatibility_date: \"⟦year⟧-03-01\"",
    "Our .env for the mailer:\nSENDGRID=⟦sendgrid:SECRET⟧\nmailgun_api: ⟦mailgun:SECRET⟧\nAPP_ENV=⟦env⟧\n"
    "BUILD_SHA=⟦sha⟧\nWhich of these should move to the vault?",
    "payments.json:\n{\"stripe\": \"⟦stripe_live:SECRET⟧\", \"publishable\": \"⟦pk_pub⟧\", "
    "\"webhook\": \"⟦whsec:SECRET⟧\", \"account\": \"⟦acct_id⟧\"}\nWhy do webhooks fail signature checks?",
    "This cron line works locally but not in prod:\n0 3 * * * /opt/backup/run.sh --host ⟦host⟧ --user ⟦user⟧ "
    "--api-key ⟦hex32:SECRET⟧ --bucket ⟦svc⟧-backups",
    "mysql -h ⟦host⟧ -u ⟦user⟧ -p'⟦pw:SECRET⟧' ⟦svc⟧ < dump_⟦year⟧.sql gives ERROR 2003. Why?",
    "git clone https://⟦user⟧:⟦ghp:SECRET⟧@github.com/acme/⟦svc⟧.git fails with 403 while checking out "
    "⟦short_sha⟧. What scope is missing?",
    "Our alert script posts to https://hooks.slack.com/services/⟦slack_ids⟧/⟦slack_hook:SECRET⟧ but every "
    "message arrives twice. Any idea?",
    "curl -X POST https://api.⟦word⟧.io/v2/jobs \\\n  -H 'Authorization: Bearer ⟦jwt:SECRET⟧' \\\n"
    "  -H 'X-Request-Id: ⟦uuid⟧' -d '{\"sku\": \"⟦sku⟧\"}'\nreturns 401. Is the token expired?",
    "⟦ts⟧ WARN auth-gw: auth failed for token ⟦opaque:SECRET⟧ (tenant ⟦uuid⟧)\n⟦ts⟧ WARN auth-gw: retry "
    "⟦int⟧/5\nWhat does this log mean?",
    "here's our Twilio auth thing: ⟦twilio_auth:SECRET⟧ (account ⟦twilio_sid⟧). Write the Python to send an "
    "SMS with it.",
    "Write a welcome note for office guests. The network is ⟦word_cap⟧-Guest and the wifi password is "
    "⟦wifi:SECRET⟧.",
    "Reword this for facilities: the alarm PIN ⟦pin:SECRET⟧ changes on ⟦date⟧; the loading-bay door code "
    "stays ⟦pin:SECRET⟧.",
    "Format these recovery codes for our password-manager note:\n⟦recovery:SECRET⟧\n⟦recovery:SECRET⟧\n"
    "⟦recovery:SECRET⟧\n⟦recovery:SECRET⟧\n(account id ⟦acct⟧)",
    "provider \"datadog\" {\n  api_key = \"⟦datadog:SECRET⟧\"\n  app_key = \"⟦sha:SECRET⟧\"\n"
    "  api_url = \"https://api.datadoghq.eu/\"\n}\nterraform plan says 403 Forbidden.",
    "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ⟦user⟧\n"
    "      POSTGRES_PASSWORD: ⟦pw:SECRET⟧\n  cache:\n    image: redis:7\n    command: redis-server "
    "--requirepass ⟦pw_url:SECRET⟧\nWhy can't the app reach the cache?",
    "steps:\n  - uses: actions/checkout@⟦sha⟧\n  - run: ./deploy.sh\n    env:\n      HEROKU_API_KEY: "
    "${{ secrets.HEROKU_API_KEY }}\n      DIGITALOCEAN_ACCESS_TOKEN: ⟦do_token:SECRET⟧\nReview this "
    "workflow.",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ⟦svc⟧-db\n  namespace: ⟦env⟧\ntype: Opaque\ndata:\n"
    "  username: ⟦b64user⟧\n  password: ⟦k8s_b64:SECRET⟧\nThe pod logs 'password authentication failed'.",
    "In [3]:\nimport openai\nopenai.api_key = \"⟦openai:SECRET⟧\"\nresp = openai.chat.completions.create("
    "model=\"gpt-4o\", messages=msgs)\nWhy does In [4] raise AuthenticationError?",
    "My .npmrc:\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=⟦npm:SECRET⟧\n"
    "always-auth=true\nnpm publish still says E401.",
    "~/.netrc:\nmachine ⟦host⟧\n  login ⟦user⟧\n  password ⟦pw:SECRET⟧\nmachine api.heroku.com\n  login ci\n"
    "  password ⟦heroku:SECRET⟧\nWhy does curl --netrc ignore the first entry?",
    "psycopg2.OperationalError while connecting with DATABASE_URL=postgresql://⟦user⟧:⟦pw_url:SECRET⟧@"
    "⟦host⟧:5432/⟦svc⟧?sslmode=require",
    "Atlas says 'bad auth' for mongodb+srv://⟦user⟧:⟦pw_url:SECRET⟧@cluster0.⟦short_sha⟧.mongodb.net/⟦svc⟧"
    "?retryWrites=true&w=majority",
    "The deploy bot can't log in. This is the key in the CI variable:\n⟦ssh_key:SECRET⟧\nand the public "
    "half: ⟦pubkey⟧ (fingerprint ⟦key_fp⟧).",
    "{\n  \"type\": \"service_account\",\n  \"project_id\": \"⟦code_lc⟧-⟦env⟧\",\n  \"private_key_id\": "
    "\"⟦gcp_key_id:SECRET⟧\",\n  \"private_key\": \"⟦gcp_pem:SECRET⟧\\n\",\n  \"client_email\": "
    "\"⟦svc⟧@⟦code_lc⟧-⟦env⟧.iam.gserviceaccount.com\",\n  \"client_id\": \"⟦acct⟧\"\n}\nWhy does "
    "gcloud say invalid_grant?",
    "Blob upload fails with this connection string: DefaultEndpointsProtocol=https;AccountName=⟦word⟧store"
    "⟦int⟧;AccountKey=⟦azure_key:SECRET⟧;EndpointSuffix=core.windows.net",
    "discord.py bot won't start: client.run('⟦discord_bot:SECRET⟧') raises LoginFailure. Guild id "
    "⟦acct⟧⟦int⟧.",
    "TELEGRAM=⟦telegram:SECRET⟧\nCHAT=-100⟦acct⟧\nThe bot answers 'Unauthorized'. What's wrong?",
    "Moving 2FA to a new phone; the URI is otpauth://totp/⟦word_cap⟧:ops?secret=⟦totp:SECRET⟧&issuer="
    "⟦word_cap⟧&digits=6. Can I import it into a password manager?",
    "Proxy returns 407. Request headers:\nHost: ⟦host⟧\nProxy-Authorization: Basic ⟦basic:SECRET⟧\n"
    "User-Agent: curl/8.5.0\nAccept: */*",
    "inventory.yml:\nall:\n  vars:\n    ansible_user: ⟦user⟧\n    ansible_become_password: ⟦pw:SECRET⟧\n"
    "    vault_addr: https://⟦host⟧:8200\n    vault_token: ⟦vault:SECRET⟧",
    "aws configure list shows the wrong profile. ~/.aws/credentials:\n[⟦env⟧]\naws_access_key_id = "
    "⟦aws_id:SECRET⟧\naws_secret_access_key = ⟦aws_secret:SECRET⟧\n(account ⟦acct⟧)",
    "mailchimp: ⟦mailchimp:SECRET⟧ — use it to pull the size of audience ⟦md5⟧ into the dashboard.",
    "The Okta thing for the SCIM integration is ⟦okta:SECRET⟧; the org is ⟦word⟧.okta.com. Write the curl "
    "to list users.",
]
SEC["test"] = [
    "values-⟦env⟧.yaml:\nimage:\n  tag: ⟦short_sha⟧\npostgresql:\n  auth:\n    username: ⟦user⟧\n"
    "    password: \"⟦pw:SECRET⟧\"\nredis:\n  auth:\n    password: ⟦pw_url:SECRET⟧\nhelm upgrade hangs.",
    "~/.pypirc:\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = "
    "⟦pypi:SECRET⟧\ntwine upload fails with 403.",
    "cat ~/.git-credentials\nhttps://oauth2:⟦glpat:SECRET⟧@gitlab.⟦word⟧.com\nhttps://⟦user⟧:⟦gh_fine:SECRET⟧"
    "@github.com\nWhich one does git pick?",
    "redis.exceptions.AuthenticationError: invalid password\nREDIS_URL=rediss://default:⟦pw_url:SECRET⟧@"
    "⟦host⟧:6380/0",
    "Celery broker: amqp://⟦user⟧:⟦pw_url:SECRET⟧@⟦host⟧:5672/⟦svc⟧ and the worker logs ACCESS_REFUSED. "
    "Trace ⟦uuid⟧.",
    "jdbc:mysql://⟦host⟧:3306/⟦svc⟧?user=⟦user⟧&password=⟦pw_url:SECRET⟧&useSSL=true fails in Tomcat ⟦ver⟧.",
    "Driver={ODBC Driver 18 for SQL Server};Server=tcp:⟦host⟧,1433;Database=⟦svc⟧;Uid=⟦user⟧;"
    "Pwd=⟦pw:SECRET⟧;Encrypt=yes;\nExcel can't refresh with this. Why?",
    "Post the build result to https://discord.com/api/webhooks/⟦acct⟧⟦int⟧/⟦discord_hook:SECRET⟧ with an "
    "embed showing commit ⟦short_sha⟧.",
    "This returns 403: https://api.⟦word⟧.io/v1/export?format=csv&apikey=⟦hex32:SECRET⟧&since=⟦year⟧-01-01",
    "GET /v3/inventory HTTP/1.1\nHost: ⟦host⟧\nX-API-Key: ⟦opaque:SECRET⟧\nX-Correlation-Id: ⟦uuid⟧\n"
    "Accept: application/json\nWhy is the response empty?",
    "Cookie: _ga=GA1.2.⟦build⟧.⟦acct⟧; session=⟦session:SECRET⟧; theme=dark\nWhy does my session expire "
    "right away?",
    "Traceback (most recent call last):\n  File \"etl.py\", line ⟦line⟧, in <module>\n    engine = "
    "create_engine(\"postgresql+psycopg2://⟦user⟧:⟦pw_url:SECRET⟧@⟦host⟧/warehouse\")\n"
    "sqlalchemy.exc.OperationalError: FATAL: password authentication failed",
    "the Postmark server thing is ⟦postmark:SECRET⟧, stream 'outbound', template ⟦build⟧, last request "
    "⟦uuid⟧. Why are bounces not tracked?",
    "shopify_admin: ⟦shopify:SECRET⟧\nshop: ⟦word⟧-store.myshopify.com\napi_version: ⟦year⟧-01\n"
    "The GraphQL call returns 401.",
    "JIRA_USER=ci-bot\nJIRA_API=⟦atlassian:SECRET⟧\nJIRA_URL=https://⟦word⟧.atlassian.net\nWhy does the REST "
    "call for ⟦ticket⟧ give 401?",
    "vault login ⟦vault:SECRET⟧ works but `vault kv get kv/⟦svc⟧` is denied. Policy commit ⟦short_sha⟧.",
    "Upload fails: https://⟦word⟧data.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o"
    "&sp=rwc&se=⟦year⟧-12-31T23:59:59Z&spr=https&sig=⟦sas_sig:SECRET⟧",
    "Our backup script decrypts with this key; is the format right?\n⟦pgp_key:SECRET⟧",
    "JWT_PRIVATE_KEY = \"\"\"⟦rsa_key:SECRET⟧\"\"\"\nJWT_ALG = \"RS256\"\nKID = \"⟦md5⟧\"\nIs storing it "
    "like this OK?",
    "How do I change the disk-encryption passphrase on my laptop? It's currently ⟦pw_phrase:SECRET⟧ and IT "
    "wants at least 20 characters.",
    "Our shared admin login for the ⟦product⟧ console is ⟦user⟧ / ⟦pw_classic:SECRET⟧. Write a "
    "message asking "
    "everyone to stop using it.",
    "jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish\n        env:\n"
    "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n      - run: curl -X POST -H \"Authorization: "
    "token ⟦gho:SECRET⟧\" https://api.github.com/repos/acme/⟦svc⟧/dispatches",
    "curl https://api.telegram.org/bot⟦telegram:SECRET⟧/sendMessage -d chat_id=⟦acct⟧ -d text='deploy "
    "⟦short_sha⟧ ok'",
    "client = WebClient(token=\"⟦slack_bot:SECRET⟧\")\nclient.chat_postMessage(channel=\"C0⟦build⟧\", "
    "text=\"Build ⟦build⟧ green\")",
    "docker login registry.⟦word⟧.io -u ⟦user⟧ -p ⟦opaque:SECRET⟧ warns about --password-stdin. How do I fix "
    "it in the Jenkinsfile?",
    "sshpass -p '⟦pw:SECRET⟧' ssh -o StrictHostKeyChecking=no ⟦user⟧@⟦host⟧ 'systemctl restart ⟦svc⟧'",
    "OAuth app settings:\nclient_id: ⟦client_id⟧\nclient_secret: ⟦oauth_secret:SECRET⟧\nredirect_uri: "
    "https://⟦host⟧/callback\nThe consent screen loops.",
    "In [1]: from huggingface_hub import login\n        login(\"⟦hf:SECRET⟧\")\nIn [2]: client = "
    "anthropic.Anthropic(api_key=\"⟦anthropic:SECRET⟧\")",
    "A failing request has `Authorization: Basic ⟦basic:SECRET⟧`. Which user does it belong to?",
    "export AWS_ACCESS_KEY_ID=⟦aws_asia:SECRET⟧\nexport AWS_SECRET_ACCESS_KEY=⟦aws_secret:SECRET⟧\n"
    "export AWS_SESSION_TOKEN=⟦aws_session:SECRET⟧\naws sts get-caller-identity → account ⟦acct⟧",
    "settings.py:\nSECRET_KEY = '⟦django_key:SECRET⟧'\nDEBUG = False\nALLOWED_HOSTS = ['⟦host⟧']",
    "For the migration doc, list where each credential lives: linear ⟦linear:SECRET⟧ (CI), figma "
    "⟦figma:SECRET⟧ (design bot), notion ⟦notion:SECRET⟧ (wiki sync).",
    "loader = new Loader({ apiKey: \"⟦google_api:SECRET⟧\", version: \"weekly\" });\n// mapId ⟦md5⟧\n"
    "The map stays grey.",
    "ssl/⟦svc⟧.key:\n⟦ec_key:SECRET⟧\nDoes it match the cert whose fingerprint is ⟦key_fp⟧?",
    "newrelic: ⟦new_relic:SECRET⟧\nairtable: ⟦airtable:SECRET⟧\nbase: ⟦base_id⟧\nstripe test: "
    "⟦stripe_doc:SECRET⟧",
]

# ---------------------------------------------------------------- mixed templates (all types labelled)
MIX: dict[str, list] = {}
MIX["dev"] = [
    "Rewrite this support reply more kindly: 'Hi ⟦first:PERSON⟧, we reset your account. Your temporary "
    "password is ⟦pw:SECRET⟧. Call ⟦phone:PHONE_NUMBER⟧ if it doesn't work.'",
    "HR note: new hire ⟦full:PERSON⟧ (born ⟦dob:DATE_OF_BIRTH⟧), home address ⟦addr:LOCATION⟧, personal "
    "e-mail ⟦email:EMAIL_ADDRESS⟧. Laptop login ⟦user⟧ / ⟦pw_season:SECRET⟧. Summarise the onboarding steps.",
    "Summarise this ticket: customer ⟦full:PERSON⟧ (⟦email:EMAIL_ADDRESS⟧) says the key we issued, "
    "⟦stripe_live:SECRET⟧, was posted on a public forum. Callback number ⟦phone:PHONE_NUMBER⟧.",
    "Import this CSV:\nname,email,phone,date_of_birth\n⟦full#1:PERSON⟧,⟦email#1:EMAIL_ADDRESS⟧,"
    "⟦phone#1:PHONE_NUMBER⟧,⟦dob#1:DATE_OF_BIRTH⟧\n⟦full#2:PERSON⟧,⟦email#2:EMAIL_ADDRESS⟧,"
    "⟦phone#2:PHONE_NUMBER⟧,⟦dob#2:DATE_OF_BIRTH⟧\nAPI token for the import: ⟦hex32:SECRET⟧",
    "Draft a note to ⟦full:PERSON⟧ at ⟦email:EMAIL_ADDRESS⟧ confirming delivery to ⟦addr:LOCATION⟧; include "
    "the site Wi-Fi code ⟦wifi:SECRET⟧.",
    "⟦ts⟧ login ok user=⟦email:EMAIL_ADDRESS⟧ src=⟦ip:IP_ADDRESS⟧\n⟦ts⟧ token issued ⟦jwt:SECRET⟧\nWho "
    "logged in and from where?",
    "[⟦clock⟧] ⟦first#1:PERSON⟧: can you send me the ⟦product⟧ admin password?\n[⟦clock⟧] "
    "⟦first#2:PERSON⟧: it's ⟦pw:SECRET⟧, don't share it\n[⟦clock⟧] ⟦first#1:PERSON⟧: thanks, I'll ring "
    "you on ⟦phone#2:PHONE_NUMBER⟧ if stuck\nSummarise this chat.",
    ("fr", "Reformule ce message : « Bonjour ⟦full:PERSON⟧, né le ⟦dob:DATE_OF_BIRTH⟧, domicilié au "
           "⟦addr:LOCATION⟧ : votre code d'accès provisoire est ⟦pw:SECRET⟧. »"),
    ("de", "Fasse zusammen: Frau ⟦last:PERSON⟧ (Tel. ⟦phone:PHONE_NUMBER⟧, E-Mail ⟦email:EMAIL_ADDRESS⟧) "
           "hat das WLAN-Passwort ⟦wifi:SECRET⟧ angefragt."),
    "Write a reference letter for ⟦full:PERSON⟧, date of birth ⟦dob:DATE_OF_BIRTH⟧, SSN ⟦ssn:US_SSN⟧. The HR "
    "portal token is ⟦opaque:SECRET⟧ — leave it out of the letter.",
]
MIX["test"] = [
    "Clean up this CRM note: spoke with ⟦full:PERSON⟧ (mobile ⟦phone:PHONE_NUMBER⟧). They shared their "
    "portal login ⟦email:EMAIL_ADDRESS⟧ / ⟦pw_classic:SECRET⟧ so we could reproduce the bug.",
    "Patient intake: ⟦full:PERSON⟧, DOB ⟦dob:DATE_OF_BIRTH⟧, lives at ⟦addr:LOCATION⟧. Kiosk PIN assigned: "
    "⟦pin:SECRET⟧. Write a reminder SMS.",
    "| Name | Phone | Email |\n|---|---|---|\n| ⟦full#1:PERSON⟧ | ⟦phone#1:PHONE_NUMBER⟧ | "
    "⟦email#1:EMAIL_ADDRESS⟧ |\n| ⟦full#2:PERSON⟧ | ⟦phone#2:PHONE_NUMBER⟧ | ⟦email#2:EMAIL_ADDRESS⟧ |\n"
    "Shared vault token for them: ⟦vault:SECRET⟧. Turn this into an onboarding e-mail.",
    "Escalation for ⟦rev:PERSON⟧: their SendGrid key ⟦sendgrid:SECRET⟧ leaked in a screenshot; reach them on "
    "⟦phone:PHONE_NUMBER⟧.",
    ("es", "Resume: el cliente ⟦full:PERSON⟧, con fecha de nacimiento ⟦dob:DATE_OF_BIRTH⟧ y domicilio en "
           "⟦addr:LOCATION⟧, nos envió su clave ⟦pw:SECRET⟧ por correo (⟦email:EMAIL_ADDRESS⟧)."),
    "commit ⟦sha⟧\nAuthor: ⟦full:PERSON⟧ <⟦email:EMAIL_ADDRESS⟧>\nDate: ⟦date⟧\n\n    add staging config "
    "(MAILGUN_KEY=⟦mailgun:SECRET⟧)\nHow do I purge this from history?",
    "⟦ip:IP_ADDRESS⟧ - ⟦user⟧ [⟦ts⟧] \"GET /reset?token=⟦opaque:SECRET⟧ HTTP/1.1\" 200\nThe reset "
    "e-mail went "
    "to ⟦email:EMAIL_ADDRESS⟧ (⟦full:PERSON⟧). Is this an account takeover?",
    ("it", "Riassumi: il sig. ⟦last:PERSON⟧, nato il ⟦dob:DATE_OF_BIRTH⟧, telefono ⟦phone:PHONE_NUMBER⟧, ha "
           "dimenticato la password ⟦pw:SECRET⟧ del portale."),
    "Birthday list for the team party: ⟦full#1:PERSON⟧ – born ⟦dob#1:DATE_OF_BIRTH⟧; ⟦full#2:PERSON⟧ – "
    "born ⟦dob#2:DATE_OF_BIRTH⟧. The shared calendar's private iCal key is ⟦hex32:SECRET⟧.",
    "Emergency contact form: ⟦full:PERSON⟧, ⟦addr:LOCATION⟧, ⟦phone:PHONE_NUMBER⟧. Door code ⟦pin:SECRET⟧, "
    "alarm passphrase '⟦pw_phrase:SECRET⟧'.",
]


# ---------------------------------------------------------------- more templates of each class
FILLERS["obj_id"] = lambda c: c.rs(ALNUM, 14)
FILLERS["epoch"] = lambda c: str(c.num(1600000000, 1790000000))
NEG["dev"]["product_names"] += [
    "Our support macros mention ⟦product⟧, ⟦product⟧ Lite and ⟦product⟧ Max. Write a decision tree that "
    "routes tickets to the right product queue.",
    "Create a pricing-page headline for ⟦product⟧ Pro (⟦price⟧/mo) vs ⟦product⟧ Basic; the hero image shows "
    "the ⟦product⟧ dashboard.",
    "Shorten these UI strings to 20 characters: 'Sync ⟦product⟧ with ⟦product⟧', 'Open in ⟦product⟧', "
    "'Upgrade to ⟦product⟧ Enterprise'.",
]
NEG["test"]["product_names"] += [
    "Write alt text for three screenshots: the ⟦product⟧ login page, the ⟦product⟧ reports tab and the "
    "⟦product⟧ mobile widget.",
    "Our trademark search flagged ⟦product⟧ and ⟦product⟧ as similar to our new app name. Draft questions "
    "for IP counsel.",
    "Draft an internal memo: ⟦product⟧ ⟦ver⟧ will be bundled with ⟦product⟧ for customers on SKU ⟦sku⟧ "
    "starting in ⟦month⟧.",
    ("fr", "Écris trois slogans pour ⟦product⟧ et ⟦product⟧, en insistant sur la simplicité. Budget de "
           "campagne : ⟦price⟧."),
]
NEG["dev"]["company_names"] += [
    "Write a cold outreach e-mail to the procurement team at ⟦company⟧ offering ⟦product⟧; reference our "
    "work with ⟦company⟧.",
    "Summarise the press release: ⟦company⟧ acquires ⟦company⟧ for ⟦price⟧ million; the deal closes in "
    "⟦quarter⟧.",
    ("es", "Escribe un correo a ⟦company⟧ para renegociar el contrato; ⟦company⟧ nos ofrece un ⟦pct⟧ menos."),
]
NEG["test"]["company_names"] += [
    "Our insurance broker moved from ⟦company⟧ to ⟦company⟧. Write a note to finance explaining the new "
    "claims process.",
    "Rank these law firms for an IP dispute: ⟦company⟧, ⟦company⟧, ⟦company⟧. Criteria: cost, sector "
    "experience, size.",
    "Draft a thank-you note to ⟦company⟧ for sponsoring our hackathon, and mention ⟦company⟧ as co-sponsor.",
]
NEG["dev"]["code_names"] += [
    "Describe a Grafana dashboard for svc-⟦code_lc⟧ and ⟦code_lc⟧-gateway: p95 latency, error budget, a "
    "⟦ms⟧ms SLO.",
    "Write the PR description for branch feature/⟦code_lc⟧-⟦ticket⟧: it moves ⟦code⟧ jobs onto the ⟦code⟧ "
    "queue.",
    ("de", "Schreib die Release-Notiz für ⟦code⟧ ⟦ver⟧: Das Feature-Flag ⟦code_lc⟧_beta wird entfernt, "
           "svc-⟦code_lc⟧ zieht in den Cluster ⟦code_lc⟧-⟦env⟧ um."),
]
NEG["test"]["code_names"] += [
    "The ⟦code_lc⟧-cron CronJob in namespace ⟦code_lc⟧-⟦env⟧ didn't run last night; events say 'Too many "
    "missed start times'. Explain.",
    "Write a Confluence intro for the ⟦code⟧ programme: goals, the ⟦code⟧ and ⟦code⟧ workstreams, and exit "
    "criteria.",
    "Rename the flags from the old ⟦code⟧ scheme (⟦code_lc⟧.enabled, ⟦code_lc⟧.rollout_pct) to our "
    "kebab-case convention.",
]
NEG["dev"]["tech_prose"] += [
    "TypeScript error TS2339: Property 'customerName' does not exist on type 'OrderSummaryProps'.\n"
    "  src/features/Checkout/OrderSummary.tsx:⟦line⟧:18\nHow do I type this component with React ⟦ver⟧?",
    "Airflow DAG ⟦svc⟧_daily fails at task load_to_warehouse:\n[⟦ts⟧] {taskinstance.py:⟦line⟧} ERROR - "
    "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"orders_pkey\"\n"
    "DETAIL: Key (id)=(⟦build⟧) already exists.\nHow do I make it idempotent?",
    ("fr", "Pourquoi ce test Jest échoue-t-il ?\nexpect(formatPrice(⟦int⟧)).toBe('⟦int⟧,00 €')\n"
           "Received: '⟦int⟧.00 €'\nLe composant PanierTotal utilise Intl.NumberFormat."),
]
NEG["test"]["tech_prose"] += [
    "application.properties:\nspring.kafka.bootstrap-servers=${KAFKA_BROKERS}\nspring.kafka.consumer."
    "group-id=⟦svc⟧-group\nspring.kafka.consumer.auto-offset-reset=earliest\nWhy does the consumer re-read "
    "everything after each deploy?",
    "df.merge(prices, on='SKU', how='left') gives NaN for ⟦pct⟧ of rows although every SKU exists in both "
    "frames. dtypes: SKU object vs SKU int64. Fix?",
    ("de", "Code-Review: Die Methode berechneSumme in RechnungService ruft Hibernate in einer Schleife auf "
           "(N+1, ⟦int⟧ Queries). Wie schreibe ich das mit JOIN FETCH um?"),
]
NEG["dev"]["business_prose"] += [
    "Write the intro for our ⟦month⟧ kickoff: a theme inspired by '⟦title⟧', a nod to ⟦sport⟧'s season, "
    "and our ⟦award⟧ win.",
    "Turn this into a customer-facing roadmap: ⟦quarter⟧ – ⟦product⟧ integrations; next quarter – Salesforce "
    "connector and SAML; later – an AI assistant.",
    "Create a win/loss analysis template for the ⟦team⟧ team: competitor, deal size (⟦price⟧), stage lost, "
    "reason.",
]
NEG["test"]["business_prose"] += [
    "Polish this entry for the ⟦award⟧: 'Our ⟦team⟧ team rebuilt onboarding in ⟦int⟧ weeks, lifting "
    "activation by ⟦pct⟧.'",
    "Write a job ad for a Senior Product Marketing Manager in ⟦team⟧; mention hybrid work, the ⟦holiday⟧ "
    "shutdown and the ⟦product⟧ launch.",
    "Draft the agenda for ⟦weekday⟧'s pipeline review: ⟦quarter⟧ forecast, top 10 deals, ⟦holiday⟧ promo "
    "results.",
]
NEG["dev"]["look_alikes"] += [
    "Our ids look like cus_⟦obj_id⟧, pi_⟦obj_id⟧ and ch_⟦obj_id⟧. Write a regex that validates each kind.",
    "Convert these epoch timestamps to ISO 8601: ⟦epoch⟧, ⟦epoch⟧, and compare them with ⟦ts⟧.",
    "Our images are tagged ⟦ver⟧-⟦short_sha⟧ and pinned by digest sha256:⟦sha256⟧. Which should the chart "
    "reference?",
]
NEG["test"]["look_alikes"] += [
    "Write a regex for our ticket ids (⟦ticket⟧, ⟦ticket⟧) and invoice numbers (⟦invoice⟧) that doesn't "
    "match UUIDs like ⟦uuid⟧.",
    "App build ⟦ver⟧ (⟦build⟧) crashes; the crash id is ⟦uuid⟧ and the dSYM UUID ⟦uuid⟧. Where do I look?",
    ("es", "Rellena la plantilla sin tocar los marcadores: 'Hola ⟦placeholder⟧, tu pedido ⟦order⟧ sale el "
           "⟦date⟧. Escribe a ⟦placeholder⟧ si tienes dudas.'"),
]
NEG["dev"]["public_places"] += [
    "Which cloud region is closest to our users in ⟦country⟧: ⟦region⟧ or ⟦region⟧? Consider egress costs "
    "in ⟦cur⟧.",
    "Write the travel-policy section for trips to ⟦city⟧ and ⟦city⟧: per diem in ⟦cur⟧, booking rules, "
    "time zone ⟦tz⟧.",
    "Summarise the weather risk for an outdoor event in ⟦city⟧ in ⟦month⟧, with ⟦venue⟧ as the indoor "
    "fallback.",
]
NEG["test"]["public_places"] += [
    "Our status page lists ⟦region⟧ as degraded. Write the customer update and mention failover to ⟦region⟧.",
    "Map our support coverage: agents in ⟦tz⟧ and ⟦tz⟧; which hours are uncovered for customers in "
    "⟦country⟧?",
    "Host the user conference at ⟦venue⟧ or somewhere in ⟦city⟧? Compare capacity, cost in ⟦cur⟧ and "
    "transit links.",
]
SEC["dev"] += [
    "Jenkins credentials.xml:\n<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n"
    "  <id>⟦svc⟧-deploy</id>\n  <username>⟦user⟧</username>\n  <password>⟦pw:SECRET⟧</password>\n"
    "</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>",
    "$secure = ConvertTo-SecureString '⟦pw:SECRET⟧' -AsPlainText -Force\n$cred = New-Object "
    "PSCredential('CORP\\⟦user⟧', $secure)\nInvoke-Command -ComputerName ⟦host⟧ -Credential $cred",
    ("de", "Kannst du das freundlicher formulieren? 'Das Passwort für den Drucker-Admin lautet ⟦pw:SECRET⟧, "
           "der Router hat ⟦pw_season:SECRET⟧.'"),
    "application-⟦env⟧.properties:\nspring.datasource.url=jdbc:postgresql://⟦host⟧:5432/⟦svc⟧\n"
    "spring.datasource.username=⟦user⟧\nspring.datasource.password=⟦pw:SECRET⟧\nsendgrid.api=⟦sendgrid:SECRET⟧",
    "const twilioToken = \"⟦twilio_auth:SECRET⟧\"\nclient := twilio.NewRestClientWithParams(twilio."
    "ClientParams{Username: \"⟦twilio_sid⟧\", Password: twilioToken})",
    "nginx log line: \"GET /api/v1/export?access_token=⟦gho:SECRET⟧&page=2 HTTP/1.1\" 200 ⟦big⟧ — did we "
    "just log a credential?",
]
SEC["test"] += [
    "The SPA keeps this in localStorage: access=⟦jwt:SECRET⟧; refresh=⟦opaque:SECRET⟧. Is that a problem?",
    ("es", "Mejora este mensaje: 'La contraseña del wifi de la oficina es ⟦wifi:SECRET⟧ y el PIN de la "
           "alarma, ⟦pin:SECRET⟧.'"),
    "terraform.tfvars:\nmailgun_api = \"⟦mailgun:SECRET⟧\"\nokta_api    = \"⟦okta:SECRET⟧\"\n"
    "region      = \"eu-central-1\"\nterraform plan prints them in CI logs.",
    "let res = client.get(url).header(\"X-Auth\", \"⟦hex64:SECRET⟧\").send().await?;\nWhy is the header "
    "rejected?",
    "env:\n  - name: DB_HOST\n    value: ⟦host⟧\n  - name: DB_PASS\n    value: \"⟦pw:SECRET⟧\"\n"
    "  - name: LOG_LEVEL\n    value: info",
    "psql \"host=⟦host⟧ port=5432 dbname=⟦svc⟧ user=⟦user⟧ password=⟦pw_url:SECRET⟧ sslmode=verify-full\" "
    "hangs. Why?",
    "net use Z: \\\\⟦host⟧\\share /user:CORP\\⟦user⟧ ⟦pw:SECRET⟧ fails with system error 86.",
]
MIX["dev"] += [
    "Meeting notes: ⟦full#1:PERSON⟧ will send the contract to ⟦full#2:PERSON⟧ (⟦email#2:EMAIL_ADDRESS⟧). The "
    "data-room password is ⟦pw_phrase:SECRET⟧.",
    "Shipping label: ⟦full:PERSON⟧, ⟦addr:LOCATION⟧, tel. ⟦phone:PHONE_NUMBER⟧. Courier API key used: "
    "⟦hex32:SECRET⟧.",
]
MIX["test"] += [
    "Write a polite reply to ⟦first:PERSON⟧, who e-mailed from ⟦email:EMAIL_ADDRESS⟧ with their bank-portal "
    "password ⟦pw:SECRET⟧ in plain text.",
    "Visitor log: ⟦full:PERSON⟧ (born ⟦dob:DATE_OF_BIRTH⟧), badge PIN ⟦pin:SECRET⟧, host contact "
    "⟦phone:PHONE_NUMBER⟧.",
]


def _entries(items: list) -> list[tuple[str, str]]:
    return [t if isinstance(t, tuple) else ("en", t) for t in items]


def _templates(half: str) -> list[dict]:
    """Every template of a half: id, kind, negative class (or None), language and text."""
    out = []
    for cls in NEG_CLASSES:
        for i, (lang, text) in enumerate(_entries(NEG[half][cls])):
            out.append({"id": f"c5-{half}-neg-{cls}-{i:02d}", "kind": "negative", "neg_class": cls,
                        "lang": lang, "text": text})
    for kind, table in (("secrets", SEC), ("mixed", MIX)):
        for i, (lang, text) in enumerate(_entries(table[half])):
            out.append({"id": f"c5-{half}-{kind}-{i:02d}", "kind": kind, "neg_class": None, "lang": lang,
                        "text": text})
    return out


TEMPLATES = {half: _templates(half) for half in HALVES}


def _counts(n: int) -> dict[str, int]:
    neg, sec = round(n * SHARES[0][1]), round(n * SHARES[1][1])
    return {"negative": neg, "secrets": sec, "mixed": n - neg - sec}


def _cycle(rng: random.Random, items: list[dict], k: int) -> list[dict]:
    """k templates from items: every one once per pass, each pass in a fresh random order."""
    out: list[dict] = []
    while len(out) < k:
        batch = list(items)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:k]


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default ``SIZES[half]``) of one half; the same seed gives the same records."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    n = SIZES[half] if n is None else n
    rng = random.Random(seed * 1_000_003 + HALF_SEED[half])
    fakers = {}
    for i, loc in enumerate(LOCALES[half]):
        fk = Faker(loc)
        fk.seed_instance(seed * 101 + HALF_SEED[half] + i)
        fakers[loc] = fk
    tpls = TEMPLATES[half]
    counts = _counts(n)
    plan: list[dict] = []
    by_class = [_cycle(rng, [t for t in tpls if t["neg_class"] == cls],
                       len(range(i, counts["negative"], len(NEG_CLASSES))))
                for i, cls in enumerate(NEG_CLASSES)]
    for i in range(counts["negative"]):
        plan.append(by_class[i % len(NEG_CLASSES)][i // len(NEG_CLASSES)])
    for kind in ("secrets", "mixed"):
        plan.extend(_cycle(rng, [t for t in tpls if t["kind"] == kind], counts[kind]))
    rng.shuffle(plan)
    records = []
    for i, t in enumerate(plan):
        text, spans = render(t["text"], Ctx(rng, half, fakers))
        meta = {"template": t["id"], "kind": t["kind"], "lang": t["lang"], "half": half,
                "source": "corpus5"}
        if t["neg_class"]:
            meta["neg_class"] = t["neg_class"]
        if t["kind"] == "secrets":
            meta["scope"] = ["SECRET"]
        records.append({"id": f"corpus5/{half}/{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


def main(argv: Sequence[str] | None = None) -> int:
    return write_half(generate, "Print one half of corpus5 (hard negatives, long-tail secrets) as JSONL.",
                      DEFAULT_SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
