"""The fourth secrets corpus: secrets as people really paste them into AI tools, and look-alikes that are not.

What: prompts an employee might paste into a chat assistant or a coding agent, each labelled with its secrets
(type ``SECRET``) and nothing else. About 30 % are passwords, PINs and passphrases written by people (chat
messages, handover notes, helpdesk tickets, e-mails, office Wi-Fi, door, alarm, SIM and bank codes, hints that
are the password, tables and password-manager exports) in English, German, French, Spanish, Italian, Dutch,
Portuguese and Polish; about 45 % are keys and tokens (vendor API keys with and without a known prefix, OAuth
client secrets and refresh tokens, JWTs, bearer and basic credentials in curl/httpie/Postman/fetch/requests
snippets, webhook and signed URLs, session cookies, connection strings, private-key blocks, TOTP seeds,
recovery codes, wallet seed phrases, config files, env files, shell history, code in a dozen languages, CI
files, logs, keys wrapped across lines); about 10 % hold several secrets at once; about 15 % hold none
(hashes, UUIDs, placeholders, redacted values, documentation, password policies, reset e-mails, base64 of
ordinary data, versions, order numbers, references to a vault).

How written: every template is text with markers: a secret marker is replaced by a generated secret and
labelled (the span is exactly the value: no quotes, no ``password=`` key; for a URL or connection string only
the password or token; for a key block the whole block; for a seed phrase the whole phrase; a key wrapped
over two lines is two spans), a filler marker by unlabelled filler (hosts, service accounts, ids, hashes).
Values have the shapes of the real thing (prefixes, lengths, alphabets) and are drawn fresh for every record
from ``random.Random(seed + half offset)``; no people's names appear anywhere.

Halves: ``dev`` (for tuning) and ``test`` (never looked at while tuning) use disjoint templates and disjoint
value pools (password words, passphrase words, seed words, vendor long tail, PIN parity), and each covers
every form. ``python -m benchmarks.secrets_corpus4 --half dev --n 5`` prints JSONL.
"""

import base64
import json
import random
import re
import string
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 250, "test": 250}
DEFAULT_SEED = 40417
_HALF_OFFSET = {"dev": 0, "test": 104729}
TYPES = ("SECRET",)
KINDS = ("secret", "negative")
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")

# Each form belongs to one group; groups are drawn in these shares.
GROUPS = ("password", "technical", "mixed", "negative")
SHARES = (("password", 0.30), ("technical", 0.45), ("mixed", 0.10), ("negative", 0.15))
FORMS = {
    "prose_password": "password", "pin": "password", "passphrase": "password", "password_table": "password",
    "password_export": "password",
    "vendor_key": "technical", "oauth": "technical", "jwt": "technical", "bearer": "technical",
    "url_token": "technical", "cookie": "technical", "basic_auth_url": "technical",
    "connection_string": "technical", "private_key": "technical", "totp": "technical",
    "recovery_codes": "technical", "config_file": "technical", "env_file": "technical", "shell": "technical",
    "code": "technical", "ci_config": "technical", "log": "technical", "seed_phrase": "technical",
    "split_key": "technical",
    "mixed": "mixed",
    "neg_hash": "negative", "neg_uuid": "negative", "neg_placeholder": "negative", "neg_redacted": "negative",
    "neg_docs": "negative", "neg_policy": "negative", "neg_reset_mail": "negative",
    "neg_base64_data": "negative", "neg_version": "negative", "neg_order_number": "negative",
    "neg_reference": "negative", "neg_public_key": "negative",
}

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
LALNUM = string.ascii_lowercase + string.digits
UALNUM = string.ascii_uppercase + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = string.ascii_uppercase + "234567"


def _c(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _b64(r: random.Random, nbytes: int, url: bool = False, pad: bool = True) -> str:
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode if url else base64.b64encode)(raw).decode()
    return s if pad else s.rstrip("=")


def _uuid(r: random.Random) -> str:
    h = _c(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def _b64url_json(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


class _Ctx:
    """One record's value source: the half's pools, the record's random stream, values kept per tag."""

    def __init__(self, rng: random.Random, half: str):
        self.r = rng
        self.half = half
        self.h = HALVES.index(half)
        self.tag = ""
        self.kept: dict[tuple[str, str, str], object] = {}

    def pool(self, items: Sequence):
        """This half's share of ``items`` (every other one): the halves draw from disjoint pools."""
        return items[self.h::2]

    def pick(self, items: Sequence):
        return self.r.choice(self.pool(items))

    def keep(self, key: str, make: Callable[[], object]):
        k = (key, self.tag, "")
        if k not in self.kept:
            self.kept[k] = make()
        return self.kept[k]


_SECRETS: dict[str, Callable[[_Ctx], object]] = {}
_FILLERS: dict[str, Callable[[_Ctx], str]] = {}


def _secret(name: str):
    def deco(f):
        _SECRETS[name] = f
        return f
    return deco


def _filler(name: str):
    def deco(f):
        _FILLERS[name] = f
        return f
    return deco


# ---------------------------------------------------------------- word pools (split between the halves)

_PW_WORDS = (
    "sunshine dragon monkey falcon tiger summer winter autumn harbor marble pepper cookie biscuit rocket "
    "shadow phoenix silver golden thunder orange banana mango kiwi lemon cactus panther dolphin penguin "
    "castle forest river ocean island canyon meadow willow maple cedar copper cobalt violet crimson "
    "Sommer Winter Schatz Blume Sonne Hund Katze Haus Garten Berlin Hamburg Fussball Tanne Apfel Birne "
    "Bonjour soleil maison chaton lapin fromage baguette printemps etoile papillon "
    "verano invierno perro gato casa playa luna estrella naranja mariposa "
    "estate gatto cane sole mare luna pizza ciao fiore amore "
    "zomer winter fiets kaas molen tulp haven "
    "saudade praia futebol gato casa sol "
    "lato zima kotek piesek slonce morze kwiatek "
    "galaxy nebula quasar vector matrix pixel turbo nitro alpha omega delta sigma ranger viking "
    "wizard knight pirate ninja samurai bandit rebel hunter "
    "Blümchen Käsekuchen Schäfer Grüße château forêt corazón niño señor żółw łódka pączek coração "
    "açaí pingüino"
).split()

_DICE_WORDS = (
    "correct horse battery staple orbit velvet lantern quarry timber saddle ribbon candle walnut "
    "gravel bison fabric lagoon mosaic parcel quiver raisin sphinx tundra upbeat voyage wrench yodel "
    "zipper anchor blanket cobble drizzle ember fjord glacier hammock igloo jigsaw kettle ladder magnet "
    "nutmeg oyster pebble quilt rocket sandal thistle umpire vortex waffle yeast zebra acorn bramble "
    "chisel dynamo easel ferret goblet hazel icicle juniper kayak lilac mango nectar otter pistol "
    "radish sequin trowel urchin vessel wigwam alpine brisk clever dapper eager fuzzy gentle humble "
    "jolly keen lucky mellow nimble plucky quaint rustic snappy tidy vivid witty zesty crouton "
    "pretzel tuba oboe banjo cello fiddle marimba piccolo sitar ukulele bugle harp lute"
).split()

_SEED_WORDS = (
    "abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
    "achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust "
    "admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport "
    "aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always "
    "amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce "
    "annual another answer antenna antique anxiety any apart apology appear apple approve april arch "
    "arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist "
    "artwork ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract "
    "auction audit august aunt author auto autumn average avocado avoid awake aware away awesome awful "
    "awkward axis baby bachelor bacon badge bag balance balcony ball bamboo banana banner bar barely "
    "bargain barrel base basic basket battle beach bean beauty because become beef before begin behave "
    "behind believe below belt bench benefit best betray better between beyond bicycle bid bike bind "
    "biology bird birth bitter black blade blame blanket blast bleak bless blind blood blossom blouse "
    "blue blur blush board boat body boil bomb bone bonus book boost border boring borrow boss bottom "
    "bounce box boy bracket brain brand brass brave bread breeze brick bridge brief bright bring brisk "
    "broccoli broken bronze broom brother brown brush bubble buddy budget buffalo build bulb bulk bullet "
    "bundle bunker burden burger burst bus business busy butter buyer buzz cabbage cabin cable cactus "
    "cage cake call calm camera camp can canal cancel candy cannon canoe canvas canyon capable capital "
    "captain car carbon card cargo carpet carry cart case cash casino castle casual cat catalog catch "
    "category cattle caught cause caution cave ceiling celery cement census century cereal certain chair "
    "chalk champion change chaos chapter charge chase chat cheap check cheese chef cherry chest chicken"
).split()

_SYSTEMS = ("Jira", "OpenVPN", "Grafana", "Synology NAS", "DATEV", "SAP", "Salesforce", "FritzBox",
            "Confluence", "Personio", "Exchange", "Jenkins", "FortiGate", "Zabbix", "HubSpot", "GLPI",
            "Nextcloud", "Odoo", "pfSense", "Proxmox", "UniFi", "Shopware", "Kibana", "ArgoCD", "vCenter",
            "Veeam", "Moodle", "Magento", "Okta", "Sophos")
_ACCOUNTS = ("admin", "ops-shared", "svc_backup", "finance.team", "root", "deploy", "support01",
             "reporting", "ci-bot", "helpdesk", "marketing-shared", "it.admin", "svc-etl", "webmaster",
             "sysop", "reception", "warehouse", "dev-team", "monitoring", "automation", "kiosk", "scanner")
_OFFICES = ("Munich", "Lyon", "Valencia", "Turin", "Utrecht", "Porto", "Krakow", "Leeds", "Graz", "Ghent",
            "Bilbao", "Bologna", "Lille", "Gdansk", "Braga", "Bristol")
_PROJECTS = ("atlas", "nimbus", "orca", "pelican", "quartz", "helix", "juniper", "kestrel", "lumen",
             "mercury", "nova", "osprey", "polaris", "raven", "sparrow", "tundra", "vega", "zephyr")
_COMPANIES = ("Northwind Logistics", "Bluefin Analytics", "Copperleaf GmbH", "Acme Widgets", "Tidewater SA",
              "Granite Peak BV", "Lumen Retail", "Orbital Foods", "Brightline Sp. z o.o.", "Vertex Labs")
_DOMAINS = ("northwind.example", "bluefin.example", "copperleaf.example", "acme-widgets.example",
            "tidewater.example", "granitepeak.example", "lumen-retail.example", "orbital.example")


# ---------------------------------------------------------------- fillers (never labelled)

@_filler("system")
def _f_system(c): return c.keep("system", lambda: c.r.choice(_SYSTEMS))
@_filler("acct")
def _f_acct(c): return c.keep("acct", lambda: c.r.choice(_ACCOUNTS))
@_filler("office")
def _f_office(c): return c.keep("office", lambda: c.r.choice(_OFFICES))
@_filler("project")
def _f_project(c): return c.keep("project", lambda: c.r.choice(_PROJECTS))
@_filler("company")
def _f_company(c): return c.keep("company", lambda: c.r.choice(_COMPANIES))
@_filler("domain")
def _f_domain(c): return c.keep("domain", lambda: c.r.choice(_DOMAINS))
@_filler("host")
def _f_host(c):
    return c.keep("host", lambda: f"{c.r.choice(_PROJECTS)}-{c.r.choice(('db', 'api', 'app', 'mq', 'cache'))}"
                                  f"{c.r.randint(1, 9)}.{c.r.choice(('internal', 'prod.local', 'corp.lan'))}")
@_filler("ip")
def _f_ip(c): return f"10.{c.r.randint(0, 60)}.{c.r.randint(0, 254)}.{c.r.randint(2, 250)}"
@_filler("port")
def _f_port(c): return str(c.r.choice((5432, 5433, 3306, 6379, 27017, 5672, 1433, 8080, 8443, 9200)))
@_filler("db")
def _f_db(c): return c.keep("db", lambda: c.r.choice(("orders", "app", "billing", "crm", "analytics",
                                                        "inventory", "wp", "shop", "reports")))
@_filler("ssid")
def _f_ssid(c): return c.keep("ssid", lambda: c.r.choice(("Guest", "CORP", "Office", "Lab", "HQ")) +
                              "-" + c.r.choice(_OFFICES).upper())
@_filler("ticket")
def _f_ticket(c): return c.r.choice(("INC", "REQ", "SD-", "HELP-", "IT-")) + str(c.r.randint(10000, 999999))
@_filler("date")
def _f_date(c): return f"2025-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d}"
@_filler("time")
def _f_time(c): return f"{c.r.randint(0, 23):02d}:{c.r.randint(0, 59):02d}:{c.r.randint(0, 59):02d}"
@_filler("sha")
def _f_sha(c): return _c(c.r, HEX, 40)
@_filler("short_sha")
def _f_short_sha(c): return _c(c.r, HEX, 7)
@_filler("sha256")
def _f_sha256(c): return _c(c.r, HEX, 64)
@_filler("md5")
def _f_md5(c): return _c(c.r, HEX, 32)
@_filler("uuid")
def _f_uuid(c): return _uuid(c.r)
@_filler("region")
def _f_region(c): return c.keep("region", lambda: c.r.choice(("eu-central-1", "eu-west-1", "us-east-1",
                                                               "eu-north-1", "us-west-2", "ap-south-1")))
@_filler("aws_acct")
def _f_aws_acct(c): return _c(c.r, DIGITS, 12)
@_filler("bucket")
def _f_bucket(c):
    return c.keep("bucket", lambda: c.r.choice(_PROJECTS) + c.r.choice(("-exports", "-uploads", "-backups")))
@_filler("n")
def _f_n(c): return str(c.r.randint(2, 40))
@_filler("gclient")
def _f_gclient(c): return f"{_c(c.r, DIGITS, 12)}-{_c(c.r, LALNUM, 32)}.apps.googleusercontent.com"
@_filler("twilio_sid")
def _f_twilio_sid(c): return "AC" + _c(c.r, HEX, 32)
@_filler("build")
def _f_build(c): return str(c.r.randint(1000, 99999))
@_filler("version")
def _f_version(c): return f"{c.r.randint(0, 9)}.{c.r.randint(0, 30)}.{c.r.randint(0, 20)}"
@_filler("order")
def _f_order(c): return c.r.choice(("A-", "ORD-", "#", "SO")) + _c(c.r, DIGITS, c.r.randint(6, 9))
@_filler("tracking")
def _f_tracking(c): return c.r.choice(("1Z" + _c(c.r, UALNUM, 16), _c(c.r, DIGITS, 12),
                                       "JD" + _c(c.r, DIGITS, 18), "RR" + _c(c.r, DIGITS, 9) + "DE"))
@_filler("vendor")
def _f_vendor(c): return _vendor(c)[0]
@_filler("vendor_env")
def _f_vendor_env(c): return _vendor(c)[1]
@_filler("npvendor")
def _f_npvendor(c): return _npvendor(c)[0]
@_filler("npvendor_env")
def _f_npvendor_env(c): return _npvendor(c)[1]
@_filler("tenant")
def _f_tenant(c): return c.keep("tenant", lambda: _uuid(c.r))
@_filler("appid")
def _f_appid(c): return c.keep("appid", lambda: _uuid(c.r))
@_filler("slack_ids")
def _f_slack_ids(c): return f"T0{_c(c.r, UALNUM, 8)}/B0{_c(c.r, UALNUM, 9)}"
@_filler("sri")
def _f_sri(c): return _b64(c.r, 64)
@_filler("epoch")
def _f_epoch(c): return str(c.r.randint(1_700_000_000, 1_770_000_000))


# ---------------------------------------------------------------- secrets people choose

def _leet(w: str) -> str:
    return w.translate(str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"}))


def _human_pw(c: _Ctx) -> str:
    r = c.r
    w = c.pick(_PW_WORDS)
    w2 = c.pick(_PW_WORDS)
    style = r.randrange(12)
    if style == 10:  # the weak corporate kind
        base = c.pick(("Welcome", "Willkommen", "Passw0rd", "Bienvenue", "Admin", "Start", "Qwerty", "Hallo",
                       "Benvenuto", "Welkom", "Bemvindo", "Witaj", "Letmein", "Secret"))
        return base + r.choice(("1", "123", "2024", "2025", "01", "!", "1!", "#1", "@2025"))
    if style == 11:  # the company's name and a season or year
        name = c.pick(_COMPANIES).split()[0]
        return name + r.choice(("2024", "2025", "Q3", "Winter25", "@HQ")) + r.choice(("", "!", "#"))
    if style == 0:
        return w.capitalize() + str(r.randint(2016, 2026)) + r.choice("!#?$%*")
    if style == 1:
        return _leet(w).capitalize() + r.choice("#@!_") + _c(r, DIGITS, r.randint(2, 3))
    if style == 2:
        return w.lower() + w2.capitalize() + _c(r, DIGITS, 2)
    if style == 3:
        return _c(r, ALNUM + "!#$%&*+-=?@^_", r.randint(14, 22))
    if style == 4:
        start = r.choice(("Qwer", "Asdf", "Zxcv", "1qaz", "Yxcv", "Qwertz"))
        return start + r.choice("!#") + w.capitalize() + _c(r, DIGITS, 2)
    if style == 5:
        return w.lower() + str(r.randint(1962, 2019))
    if style == 6:
        return _leet(w.capitalize()) + "_" + r.choice(("is", "my", "the", "4", "2")) + "_" + _leet(w2) + \
            _c(r, DIGITS, 1)
    if style == 7:
        return w.upper()[:6] + r.choice("-_") + _c(r, DIGITS, 4) + r.choice("!$%")
    if style == 8:
        syl = "".join(r.choice("bdfgklmnprstvz") + r.choice("aeiou") for _ in range(r.randint(3, 5)))
        return syl.capitalize() + _c(r, DIGITS, 2) + r.choice("!?#")
    return w.capitalize() + r.choice("@&+") + w2.lower() + _c(r, DIGITS, 3)


@_secret("pw")
def _s_pw(c): return _human_pw(c)


@_secret("pwr")  # a password manager's or admin's random one
def _s_pwr(c): return _c(c.r, ALNUM + "!#$%&*+-=?@^_~", c.r.randint(16, 28))


@_secret("pwx")  # XML-safe
def _s_pwx(c): return _c(c.r, ALNUM + "!#$%*+-=?@^_~", c.r.randint(16, 28))


@_secret("pwc")  # connection-string safe
def _s_pwc(c):
    r = c.r
    if r.random() < 0.3:
        return re.sub(r"[@$%?#]", "!", _human_pw(c))
    return _c(r, ALNUM, r.randint(12, 24)) + r.choice(("", "-" + _c(r, ALNUM, 4), "_" + _c(r, DIGITS, 2)))


@_secret("pwu")  # URL-encoded in a URL
def _s_pwu(c):
    r = c.r
    raw = _c(r, ALNUM, r.randint(6, 10)) + r.choice("@#!$&+/:") + _c(r, ALNUM, r.randint(3, 8))
    return quote(raw, safe="")


@_secret("pwq")  # may hold spaces-free punctuation but never quotes or commas
def _s_pwq(c): return _human_pw(c) if c.r.random() < 0.6 else _s_pwr(c)


def _pin(c: _Ctx, n: int) -> str:
    while True:
        v = _c(c.r, DIGITS, n)
        if sum(map(int, v)) % 2 == c.h:  # the halves' PINs never coincide
            return v


@_secret("pin4")
def _s_pin4(c): return _pin(c, 4)
@_secret("pin5")
def _s_pin5(c): return _pin(c, 5)
@_secret("pin6")
def _s_pin6(c): return _pin(c, 6)
@_secret("puk")
def _s_puk(c): return _pin(c, 8)
@_secret("door")
def _s_door(c): return _pin(c, c.r.choice((4, 5, 6)))


@_secret("passphrase")
def _s_passphrase(c):
    r = c.r
    words = [c.pick(_DICE_WORDS) for _ in range(r.randint(4, 6))]
    style = r.randrange(5)
    if style == 0:
        return "-".join(words)
    if style == 1:
        return " ".join(words)
    if style == 2:
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == 3:
        return ".".join(w.capitalize() for w in words) + str(r.randint(1, 99))
    return "_".join(words) + r.choice("!?#")


@_secret("wifi")
def _s_wifi(c):
    r = c.r
    style = r.randrange(4)
    if style == 0:
        return _s_passphrase(c).replace(" ", "-")
    if style == 1:
        return _c(r, ALNUM, r.randint(12, 20))
    if style == 2:
        return _human_pw(c)
    return _c(r, UALNUM, 4) + "-" + _c(r, UALNUM, 4) + "-" + _c(r, UALNUM, 4) + "-" + _c(r, UALNUM, 4)


# ---------------------------------------------------------------- vendor keys

def _openai(r):
    if r.random() < 0.5:
        return "sk-proj-" + _c(r, B64URL, r.choice((48, 64, 92, 124))) + "T3BlbkFJ" + _c(r, B64URL, 24)
    return "sk-" + _c(r, ALNUM, 20) + "T3BlbkFJ" + _c(r, ALNUM, 20)


def _slack_bot(r):
    return f"xoxb-{_c(r, DIGITS, 12)}-{_c(r, DIGITS, 13)}-{_c(r, ALNUM, 24)}"


_PREFIXED = (  # (name, env var, value) -- even/odd entries go to different halves, the first six to both
    ("OpenAI", "OPENAI_API_KEY", _openai),
    ("Anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + _c(r, B64URL, 93) + "AA"),
    ("GitHub", "GITHUB_TOKEN", lambda r: "ghp_" + _c(r, ALNUM, 36)),
    ("GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + _c(r, B64URL, 20)),
    ("Stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + _c(r, ALNUM, r.choice((24, 99)))),
    ("Slack", "SLACK_BOT_TOKEN", _slack_bot),
    ("SendGrid", "SENDGRID_API_KEY", lambda r: "SG." + _c(r, B64URL, 22) + "." + _c(r, B64URL, 43)),
    ("Mailgun", "MAILGUN_API_KEY", lambda r: "key-" + _c(r, HEX, 32)),
    ("npm", "NPM_TOKEN", lambda r: "npm_" + _c(r, ALNUM, 36)),
    ("PyPI", "PYPI_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + _c(r, B64URL, r.randint(60, 140))),
    ("Hugging Face", "HF_TOKEN", lambda r: "hf_" + _c(r, ALNUM, 34)),
    ("Shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + _c(r, HEX, 32)),
    ("DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + _c(r, HEX, 64)),
    ("Google Maps", "GOOGLE_MAPS_API_KEY", lambda r: "AIza" + _c(r, B64URL, 35)),
    ("New Relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + _c(r, UALNUM, 27)),
    ("Postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + _c(r, HEX, 24) + "-" + _c(r, HEX, 34)),
    ("Linear", "LINEAR_API_KEY", lambda r: "lin_api_" + _c(r, ALNUM, 40)),
    ("Notion", "NOTION_TOKEN", lambda r: "secret_" + _c(r, ALNUM, 43)),
    ("Atlassian", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + _c(r, B64URL, 170) + "=" + _c(r, UHEX, 8)),
    ("Databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + _c(r, HEX, 32)),
    ("Vault", "VAULT_TOKEN", lambda r: "hvs." + _c(r, B64URL, r.choice((24, 91)))),
    ("Pulumi", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + _c(r, HEX, 40)),
    ("Grafana", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + _c(r, ALNUM, 32) + "_" + _c(r, HEX, 8)),
    ("Docker Hub", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + _c(r, B64URL, 27)),
    ("Groq", "GROQ_API_KEY", lambda r: "gsk_" + _c(r, ALNUM, 52)),
    ("Replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + _c(r, ALNUM, 37)),
    ("Perplexity", "PERPLEXITY_API_KEY", lambda r: "pplx-" + _c(r, ALNUM, 48)),
    ("Pinecone", "PINECONE_API_KEY", lambda r: "pcsk_" + _c(r, ALNUM, 5) + "_" + _c(r, ALNUM, 60)),
    ("ElevenLabs", "ELEVENLABS_API_KEY", lambda r: "sk_" + _c(r, HEX, 48)),
    ("Brevo", "BREVO_API_KEY", lambda r: "xkeysib-" + _c(r, HEX, 64) + "-" + _c(r, ALNUM, 16)),
    ("Resend", "RESEND_API_KEY", lambda r: "re_" + _c(r, ALNUM, 8) + "_" + _c(r, ALNUM, 24)),
    ("Paystack", "PAYSTACK_SECRET_KEY", lambda r: "sk_live_" + _c(r, HEX, 40)),
    ("Square", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + _c(r, B64URL, 60)),
    ("SonarQube", "SONAR_TOKEN", lambda r: "squ_" + _c(r, HEX, 40)),
    ("CircleCI", "CIRCLECI_TOKEN", lambda r: "CCIPAT_" + _c(r, ALNUM, 22) + "_" + _c(r, HEX, 40)),
    ("Buildkite", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + _c(r, HEX, 40)),
    ("Contentful", "CONTENTFUL_MANAGEMENT_TOKEN", lambda r: "CFPAT-" + _c(r, B64URL, 43)),
    ("Figma", "FIGMA_TOKEN", lambda r: "figd_" + _c(r, B64URL, 40)),
    ("Dropbox", "DROPBOX_ACCESS_TOKEN", lambda r: "sl.B" + _c(r, B64URL, 134)),
    ("Airtable", "AIRTABLE_PAT", lambda r: "pat" + _c(r, ALNUM, 14) + "." + _c(r, HEX, 64)),
    ("HubSpot", "HUBSPOT_ACCESS_TOKEN", lambda r: "pat-eu1-" + _uuid(r)),
    ("OpenRouter", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + _c(r, HEX, 64)),
    ("xAI", "XAI_API_KEY", lambda r: "xai-" + _c(r, ALNUM, 80)),
    ("Doppler", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + _c(r, ALNUM, 40)),
    ("Netlify", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + _c(r, ALNUM, 36)),
    ("Render", "RENDER_API_KEY", lambda r: "rnd_" + _c(r, ALNUM, 32)),
    ("Heroku", "HEROKU_API_KEY", lambda r: "HRKU-AA" + _c(r, B64URL, 58)),
    ("Telegram", "TELEGRAM_BOT_TOKEN", lambda r: _c(r, DIGITS, 10) + ":AA" + _c(r, B64URL, 33)),
    ("Sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntrys_" + _c(r, B64URL, 120)),
    ("Bitbucket", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + _c(r, ALNUM, 28) + _c(r, UHEX, 8)),
    ("age", "SOPS_AGE_KEY", lambda r: "AGE-SECRET-KEY-1" + _c(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)),
    ("Intercom", "INTERCOM_ACCESS_TOKEN", lambda r: "dG9rOj" + _c(r, ALNUM, 50) + "="),
)

_BARE = (  # vendors whose keys carry no prefix: (name, env var, value)
    ("Datadog", "DD_API_KEY", lambda r: _c(r, HEX, 32)),
    ("Algolia", "ALGOLIA_ADMIN_KEY", lambda r: _c(r, HEX, 32)),
    ("Mailchimp", "MAILCHIMP_API_KEY", lambda r: _c(r, HEX, 32) + "-us" + str(r.randint(1, 21))),
    ("Segment", "SEGMENT_WRITE_KEY", lambda r: _c(r, ALNUM, 32)),
    ("Mixpanel", "MIXPANEL_API_SECRET", lambda r: _c(r, HEX, 32)),
    ("Fastly", "FASTLY_API_TOKEN", lambda r: _c(r, B64URL, 32)),
    ("Zendesk", "ZENDESK_API_TOKEN", lambda r: _c(r, ALNUM, 40)),
    ("Vercel", "VERCEL_TOKEN", lambda r: _c(r, ALNUM, 24)),
    ("Mistral", "MISTRAL_API_KEY", lambda r: _c(r, ALNUM, 32)),
    ("Cohere", "COHERE_API_KEY", lambda r: _c(r, ALNUM, 40)),
    ("Twilio", "TWILIO_AUTH_TOKEN", lambda r: _c(r, HEX, 32)),
    ("SparkPost", "SPARKPOST_API_KEY", lambda r: _c(r, HEX, 40)),
    ("Plaid", "PLAID_SECRET", lambda r: _c(r, HEX, 30)),
    ("Hetzner Cloud", "HCLOUD_TOKEN", lambda r: _c(r, ALNUM, 64)),
    ("Linode", "LINODE_TOKEN", lambda r: _c(r, HEX, 64)),
    ("Vultr", "VULTR_API_KEY", lambda r: _c(r, UALNUM, 36)),
    ("Rollbar", "ROLLBAR_ACCESS_TOKEN", lambda r: _c(r, HEX, 32)),
    ("Bugsnag", "BUGSNAG_API_KEY", lambda r: _c(r, HEX, 32)),
    ("Amplitude", "AMPLITUDE_SECRET_KEY", lambda r: _c(r, HEX, 32)),
    ("Twitch", "TWITCH_CLIENT_SECRET", lambda r: _c(r, LALNUM, 30)),
    ("Infura", "INFURA_API_SECRET", lambda r: _c(r, HEX, 32)),
    ("Etherscan", "ETHERSCAN_API_KEY", lambda r: _c(r, UALNUM, 34)),
    ("Zoom", "ZOOM_CLIENT_SECRET", lambda r: _c(r, ALNUM, 32)),
    ("Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: _c(r, B64URL, 40)),
    ("Postmark", "POSTMARK_SERVER_TOKEN", lambda r: _uuid(r)),
    ("Azure DevOps", "AZURE_DEVOPS_PAT", lambda r: _c(r, "abcdefghijklmnopqrstuvwxyz234567", 52)),
    ("Confluent Cloud", "CONFLUENT_API_SECRET", lambda r: _c(r, B64, 64)),
    ("Alibaba Cloud", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda r: _c(r, ALNUM, 30)),
    ("Salesforce", "SF_SECURITY_TOKEN", lambda r: _c(r, ALNUM, 24)),
    ("Keycloak", "KEYCLOAK_CLIENT_SECRET", lambda r: _c(r, ALNUM, 32)),
    ("Meilisearch", "MEILI_MASTER_KEY", lambda r: _c(r, B64URL, 44)),
    ("Auth0", "AUTH0_CLIENT_SECRET", lambda r: _c(r, B64URL, 64)),
)


def _vendor(c: _Ctx):
    def make():
        pool = _PREFIXED[:6] + c.pool(_PREFIXED[6:])
        return c.r.choice(pool)
    return c.keep("vendor", make)


def _npvendor(c: _Ctx):
    return c.keep("npvendor", lambda: c.pick(_BARE))


@_secret("vendor_key")
def _s_vendor_key(c): return c.keep("vendor_value", lambda: _vendor(c)[2](c.r))
@_secret("npvendor_key")
def _s_npvendor_key(c): return c.keep("npvendor_value", lambda: _npvendor(c)[2](c.r))


def _named(name: str):
    for row in _PREFIXED + _BARE:
        if row[0] == name:
            return row[2]
    raise KeyError(name)


for _name, _vendor_name in (("openai", "OpenAI"), ("anthropic", "Anthropic"), ("ghp", "GitHub"),
                            ("glpat", "GitLab"), ("stripe_sk", "Stripe"), ("slack_bot", "Slack"),
                            ("sendgrid", "SendGrid"), ("npm", "npm"), ("pypi", "PyPI"),
                            ("hf", "Hugging Face"),
                            ("google_api", "Google Maps"), ("telegram", "Telegram"), ("datadog", "Datadog"),
                            ("twilio_token", "Twilio"), ("vault", "Vault"), ("sonar", "SonarQube"),
                            ("do_token", "DigitalOcean"), ("docker_pat", "Docker Hub"),
                            ("atlassian", "Atlassian"), ("mailgun", "Mailgun"), ("algolia", "Algolia"),
                            ("cloudflare", "Cloudflare"), ("azure_devops", "Azure DevOps"),
                            ("databricks", "Databricks"), ("shopify", "Shopify"), ("age", "age"),
                            ("sentry_token", "Sentry"), ("linear", "Linear"), ("notion", "Notion")):
    _SECRETS[_name] = (lambda g: lambda c: g(c.r))(_named(_vendor_name))


@_secret("gh_fine")
def _s_gh_fine(c): return "github_pat_11" + _c(c.r, UALNUM, 20) + "_" + _c(c.r, ALNUM, 59)
@_secret("ghs")
def _s_ghs(c): return c.r.choice(("ghs_", "gho_", "ghu_")) + _c(c.r, ALNUM, 36)
@_secret("aws_id")
def _s_aws_id(c): return c.keep("aws_id", lambda: c.r.choice(("AKIA", "AKIA", "ASIA")) + _c(c.r, UALNUM, 16))
@_secret("aws_secret")
def _s_aws_secret(c): return c.keep("aws_secret", lambda: _c(c.r, B64, 40))
@_secret("aws_session")
def _s_aws_session(c): return "IQoJb3JpZ2luX2Vj" + _c(c.r, B64, c.r.randint(300, 420)) + "="
@_secret("stripe_rk")
def _s_stripe_rk(c): return "rk_live_" + _c(c.r, ALNUM, 99)
@_secret("stripe_whsec")
def _s_stripe_whsec(c): return "whsec_" + _c(c.r, ALNUM, 32)
@_secret("slack_user")
def _s_slack_user(c):
    return f"xoxp-{_c(c.r, DIGITS, 12)}-{_c(c.r, DIGITS, 12)}-{_c(c.r, DIGITS, 13)}-{_c(c.r, HEX, 32)}"
@_secret("slack_app")
def _s_slack_app(c): return f"xapp-1-A0{_c(c.r, UALNUM, 9)}-{_c(c.r, DIGITS, 13)}-{_c(c.r, HEX, 64)}"
@_secret("azure_storage_key")
def _s_azure_storage_key(c): return _c(c.r, B64, 86) + "=="
@_secret("azure_client_secret")
def _s_azure_client_secret(c):
    return _c(c.r, ALNUM, 3) + _c(c.r, DIGITS, 1) + "Q~" + _c(c.r, ALNUM + "_.-", 34)
@_secret("gcp_oauth_secret")
def _s_gcp_oauth_secret(c): return "GOCSPX-" + _c(c.r, B64URL, 28)
@_secret("google_refresh")
def _s_google_refresh(c): return "1//0" + _c(c.r, ALNUM, 1) + _c(c.r, B64URL, 98)
@_secret("google_access")
def _s_google_access(c): return "ya29.a0" + _c(c.r, B64URL, 180)
@_secret("opaque")  # an opaque access token
def _s_opaque(c): return _c(c.r, c.r.choice((ALNUM, HEX, B64URL)), c.r.choice((32, 40, 48, 64)))
@_secret("refresh")
def _s_refresh(c): return c.r.choice((lambda: _c(c.r, B64URL, 86), lambda: "rt_" + _c(c.r, ALNUM, 48),
                                      lambda: _uuid(c.r) + "." + _c(c.r, B64URL, 43)))()
@_secret("client_secret")
def _s_client_secret(c):
    return c.r.choice((lambda: _c(c.r, HEX, 64), lambda: _c(c.r, ALNUM, 40), lambda: _s_gcp_oauth_secret(c),
                       lambda: _s_azure_client_secret(c), lambda: _c(c.r, B64URL, 64)))()
@_secret("hex32")
def _s_hex32(c): return _c(c.r, HEX, 32)
@_secret("hex64")
def _s_hex64(c): return _c(c.r, HEX, 64)
@_secret("b64_32")
def _s_b64_32(c): return _b64(c.r, 32)
@_secret("django_key")
def _s_django_key(c): return _c(c.r, LALNUM + "!@#$%^&*(-_=+)", 50)
@_secret("rails_key")
def _s_rails_key(c): return _c(c.r, HEX, 128)
@_secret("laravel_key")
def _s_laravel_key(c): return "base64:" + _b64(c.r, 32)
@_secret("wp_salt")
def _s_wp_salt(c): return _c(c.r, ALNUM + "!#$%&()*+,-./:;<=>?@[]^_`{|}~", 64)
@_secret("sentry_key")
def _s_sentry_key(c): return _c(c.r, HEX, 32)
@_secret("basic_b64")
def _s_basic_b64(c):
    user = c.r.choice(_ACCOUNTS)
    return base64.b64encode(f"{user}:{_s_pwc(c)}".encode()).decode()
@_secret("slack_hook")
def _s_slack_hook(c): return _c(c.r, ALNUM, 24)
@_secret("discord_hook")
def _s_discord_hook(c): return _c(c.r, B64URL, 68)
@_secret("s3_sig")
def _s_s3_sig(c): return _c(c.r, HEX, 64)
@_secret("gcs_sig")
def _s_gcs_sig(c): return _c(c.r, HEX, 512)
@_secret("sas_sig")
def _s_sas_sig(c): return quote(_b64(c.r, 32), safe="")
@_secret("npm_legacy")
def _s_npm_legacy(c): return _uuid(c.r)
@_secret("pkcs_pw")
def _s_pkcs_pw(c): return _s_pwq(c)
@_secret("totp")
def _s_totp(c): return _c(c.r, B32, c.r.choice((16, 32)))
@_secret("totp_grouped")
def _s_totp_grouped(c):
    s = _c(c.r, B32, 32).lower()
    return " ".join(s[i:i + 4] for i in range(0, 32, 4))


def _jwt(c: _Ctx, kube: bool = False) -> str:
    r = c.r
    alg = r.choice(("HS256", "RS256", "ES256"))
    header = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        header["kid"] = _c(r, B64URL, 20)
    now = r.randint(1_700_000_000, 1_760_000_000)
    if kube:
        payload = {"iss": "kubernetes/serviceaccount",
                   "kubernetes.io/serviceaccount/namespace": r.choice(("default", "ci", "monitoring")),
                   "kubernetes.io/serviceaccount/service-account.name": r.choice(("deployer", "ci-runner")),
                   "sub": "system:serviceaccount:ci:deployer"}
    else:
        payload = {"sub": r.choice((str(r.randint(1000, 99999)), "svc-" + r.choice(_PROJECTS), _uuid(r))),
                   "iat": now, "exp": now + r.choice((900, 3600, 86400)),
                   "scope": r.choice(("read write", "admin", "api:all", "orders:read"))}
        if r.random() < 0.5:
            payload["iss"] = "https://auth." + r.choice(_DOMAINS)
        if r.random() < 0.4:
            payload["role"] = r.choice(("service_role", "authenticated", "admin"))
    sig = _c(r, B64URL, {"HS256": 43, "ES256": 86, "RS256": 342}[alg])
    return f"{_b64url_json(header)}.{_b64url_json(payload)}.{sig}"


@_secret("jwt")
def _s_jwt(c): return _jwt(c)
@_secret("jwt_kube")
def _s_jwt_kube(c): return _jwt(c, kube=True)


@_secret("session")
def _s_session(c): return c.r.choice((lambda: _c(c.r, LALNUM, 32), lambda: _c(c.r, LALNUM, 26),
                                      lambda: _c(c.r, UHEX, 32), lambda: _b64(c.r, 48, url=True, pad=False),
                                      lambda: "s%3A" + _c(c.r, B64URL, 32) + "." + _c(c.r, B64URL, 43)))()


_KEY_KINDS = (("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAA", 70, 290),
              ("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 64, 1190),
              ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 64, 1210),
              ("EC PRIVATE KEY", "MHcCAQEEI", 64, 110),
              ("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 64, 1260))


def _key_block(c: _Ctx, kind: str | None = None) -> str:
    r = c.r
    name, start, width, nbytes = r.choice(_KEY_KINDS) if kind is None else \
        next(k for k in _KEY_KINDS if k[0] == kind)
    body = start + _b64(r, nbytes)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {name}-----\n" + "\n".join(lines) + f"\n-----END {name}-----"


@_secret("privkey")
def _s_privkey(c): return _key_block(c)
@_secret("ssh_key")
def _s_ssh_key(c): return _key_block(c, "OPENSSH PRIVATE KEY")
@_secret("rsa_key")
def _s_rsa_key(c): return _key_block(c, c.r.choice(("RSA PRIVATE KEY", "PRIVATE KEY")))


@_secret("privkey_indented")
def _s_privkey_indented(c):
    """A key block inside a YAML ``|`` scalar: every line after the first indented by four spaces."""
    return _key_block(c).replace("\n", "\n    ")


@_secret("key_data_b64")
def _s_key_data_b64(c):
    """kubeconfig's client-key-data: the PEM block, base64-encoded on one line."""
    return base64.b64encode((_key_block(c, "RSA PRIVATE KEY") + "\n").encode()).decode()


@_filler("cert_data_b64")
def _f_cert_data_b64(c):
    return base64.b64encode((_cert_block(c) + "\n").encode()).decode()


@_filler("cert_block")
def _f_cert_block(c): return _cert_block(c)


@_filler("ssh_pub")
def _f_ssh_pub(c):
    if c.r.random() < 0.5:
        key = "AAAAC3NzaC1lZDI1NTE5AAAAI" + _c(c.r, B64, 43)
        return f"ssh-ed25519 {key} {c.r.choice(_ACCOUNTS)}@ci"
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + _c(c.r, B64, 350) + " deploy@" + c.r.choice(_PROJECTS)


@_filler("pub_block")
def _f_pub_block(c):
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + _b64(c.r, 240)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


def _cert_block(c: _Ctx) -> str:
    body = "MIIDdzCCAl+gAwIBAgIU" + _b64(c.r, 640)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


@_secret("pgp_key")
def _s_pgp_key(c):
    body = "lQVYBG" + _b64(c.r, 900)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + _c(c.r, B64, 4) +
            "\n-----END PGP PRIVATE KEY BLOCK-----")


@_secret("seed12")
def _s_seed12(c): return " ".join(c.pick(_SEED_WORDS) for _ in range(12))
@_secret("seed24")
def _s_seed24(c): return " ".join(c.pick(_SEED_WORDS) for _ in range(24))


@_secret("recovery_list")
def _s_recovery_list(c):
    """A list of recovery codes, one span each."""
    r = c.r
    style = r.randrange(3)
    parts: list = []
    for i in range(r.choice((8, 10, 16))):
        if style == 0:
            code = _c(r, "0123456789abcdef", 5) + "-" + _c(r, "0123456789abcdef", 5)
        elif style == 1:
            code = _c(r, DIGITS, 4) + " " + _c(r, DIGITS, 4)
        else:
            code = _c(r, UALNUM, 4) + "-" + _c(r, UALNUM, 4) + "-" + _c(r, UALNUM, 4)
        if i:
            parts.append("\n")
        parts.append(("s", code))
    return parts


def _split(value: str, r: random.Random, joiner: str) -> list:
    cut = r.randint(len(value) // 3, 2 * len(value) // 3)
    return [("s", value[:cut]), joiner, ("s", value[cut:])]


@_secret("wrapped_key")
def _s_wrapped_key(c):
    """A long key wrapped over two lines, as a terminal or an e-mail client breaks it: two spans."""
    v = c.r.choice((_openai, _named("Anthropic"), _named("Atlassian"), _named("Dropbox"),
                    _named("PyPI"), lambda r: _jwt(c)))(c.r)
    return _split(v, c.r, "\n")


@_secret("concat_key")
def _s_concat_key(c):
    """A key split into two string literals in code: two spans."""
    v = c.r.choice((_openai, _named("Anthropic"), _named("xAI"), _named("Sentry"), _named("Airtable")))(c.r)
    return _split(v, c.r, '"\n    "')


@_secret("concat_key_js")
def _s_concat_key_js(c):
    v = c.r.choice((_named("Stripe"), _named("OpenRouter"), _named("Groq"), _named("Brevo")))(c.r)
    return _split(v, c.r, "' +\n  '")


# ---------------------------------------------------------------- templates and rendering

_MARK = re.compile(r"⟦(\w+)(?::(\w+))?⟧|⟨(\w+)(?::(\w+))?⟩")


@dataclass(frozen=True)
class _Template:
    half: str
    name: str
    form: str
    lang: str  # the language of every variant not given its own
    variants: tuple[tuple[str, str], ...]  # (language, text)

    @property
    def kind(self) -> str:
        return "negative" if FORMS[self.form] == "negative" else "secret"


_TEMPLATES: list[_Template] = []


def _t(half: str, name: str, form: str, lang: str, *variants: str | tuple[str, str]) -> None:
    """Register a template; a variant in another language than ``lang`` is given as ``(language, text)``."""
    assert half in HALVES and form in FORMS and lang in LANGS, name
    assert not any(t.name == name for t in _TEMPLATES), name
    pairs = [v if isinstance(v, tuple) else (lang, v) for v in variants]
    assert all(vl in LANGS for vl, _ in pairs), name
    clean = tuple((vl, textwrap.dedent(v.lstrip("\n")).rstrip()) for vl, v in pairs)
    _TEMPLATES.append(_Template(half, name, form, lang, clean))


def _render(template: _Template, rng: random.Random, half: str) -> tuple[str, list[dict], str]:
    c = _Ctx(rng, half)
    lang, source = rng.choice(template.variants)
    out: list[str] = []
    spans: list[dict] = []
    length = 0
    pos = 0
    kept: dict[tuple[str, str, str], object] = {}
    for m in _MARK.finditer(source):
        out.append(source[pos:m.start()])
        length += m.start() - pos
        pos = m.end()
        secret = m.group(1) is not None
        name, tag = (m.group(1), m.group(2) or "") if secret else (m.group(3), m.group(4) or "")
        key = ("s" if secret else "f", name, tag)
        c.tag = tag
        if tag and key in kept:
            value = kept[key]
        else:
            value = (_SECRETS if secret else _FILLERS)[name](c)
            if tag:
                kept[key] = value
        parts = value if isinstance(value, list) else [("s", value) if secret else value]
        for part in parts:
            if isinstance(part, tuple):
                spans.append({"start": length, "end": length + len(part[1]), "type": "SECRET",
                              "value": part[1]})
                part = part[1]
            out.append(part)
            length += len(part)
    out.append(source[pos:])
    return "".join(out), spans, lang


def _quotas(n: int) -> list[tuple[str, int]]:
    raw = [(g, n * share) for g, share in SHARES]
    counts = {g: int(x) for g, x in raw}
    for g, _x in sorted(raw, key=lambda gx: gx[1] - int(gx[1]), reverse=True)[:n - sum(counts.values())]:
        counts[g] += 1
    return [(g, counts[g]) for g in GROUPS]


def templates(half: str) -> list[_Template]:
    """The half's templates, in declaration order."""
    return [t for t in _TEMPLATES if t.half == half]


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default ``SIZES[half]``) of the ``half`` ("dev" or "test"), groups in ``SHARES``;
    every template of the half is used once before any is used again within its group."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}")
    n = SIZES[half] if n is None else n
    rng = random.Random(seed + _HALF_OFFSET[half])
    slots = [g for g, count in _quotas(n) for _ in range(count)]
    rng.shuffle(slots)
    by_group = {g: [t for t in templates(half) if FORMS[t.form] == g] for g in GROUPS}
    queues: dict[str, list[_Template]] = {g: [] for g in GROUPS}
    records = []
    for i, group in enumerate(slots):
        if not queues[group]:
            queues[group] = list(by_group[group])
            rng.shuffle(queues[group])
        t = queues[group].pop()
        text, spans, lang = _render(t, rng, half)
        records.append({"id": f"s4-{half}-{i:04d}", "text": text, "spans": spans,
                        "meta": {"template": f"s4-{half}-{t.name}", "half": half, "kind": t.kind,
                                 "form": t.form, "lang": lang}})
    return records


# ================================================================ dev templates

# ---- passwords, PINs, passphrases written by people
_t("dev", "chat-login-en", "prose_password", "en",
   "hey can you log into ⟨system⟩ for me? user is ⟨acct⟩ and pw is ⟦pw⟧ — i'm stuck in a meeting",
   "quick one: ⟨system⟩ login is ⟨acct⟩ / ⟦pw⟧, can you check why the nightly export failed?",
   "the new one's ⟦pw⟧ (changed it this morning after the lockout). can you update the runbook?")
_t("dev", "handover-notes-en", "prose_password", "en", """
   Handover notes – ⟨system⟩ (I'm off from Monday)

   - Admin console: https://⟨host⟩/admin
   - Login: ⟨acct⟩ / ⟦pw⟧
   - Backups run at 02:00, check the dashboard on Mondays
   - If the licence warning shows up again, ignore it until the renewal in March

   Can you turn this into a proper checklist for the team?""")
_t("dev", "helpdesk-ticket-en", "prose_password", "en",
   "Ticket ⟨ticket⟩: user locked out of ⟨system⟩. Temporary password set to ⟦pw⟧, must be changed at first "
   "login. Please draft a polite reply explaining the next steps.",
   "Ticket ⟨ticket⟩ – password reset done for the ⟨acct⟩ account, temp password: ⟦pw⟧. Rewrite this as a "
   "closing note for the requester.")
_t("dev", "email-rotation-en", "prose_password", "en", """
   Subject: Shared ⟨system⟩ account – new password

   Hi all,

   the shared login for ⟨system⟩ has been rotated. New password: "⟦pw⟧". Please don't save it in your
   browser, and let me know if anything breaks.

   Thanks, IT

   ^ can you make this e-mail sound friendlier?""")
_t("dev", "hint-is-password-en", "prose_password", "en",
   "Note to self: NAS login hint – it's the dog's name plus the year we moved, so ⟦pw⟧. Is that a weak "
   "password? Suggest a better scheme.",
   "my password hint says 'old street + year' which is literally ⟦pw⟧ lol. how do I remove the hint in "
   "Windows 11?")
_t("dev", "parenthesis-en", "prose_password", "en",
   "Try logging in as ⟨acct⟩ (⟦pw⟧) and tell me whether the dashboard loads for you.",
   "I set the kiosk up with the ⟨acct⟩ account (password ⟦pw⟧); why does it log out every 10 minutes?")
_t("dev", "chat-passwort-de", "prose_password", "de",
   "Hi, das Passwort für den ⟨system⟩-Zugang lautet ⟦pw⟧. Bitte nach dem ersten Login ändern. Kannst du "
   "das für die Doku umformulieren?",
   "Kurze Info: Benutzer ⟨acct⟩, Kennwort ⟦pw⟧ – damit kommst du in ⟨system⟩ rein.",
   "Das neue Passwort ist ⟦pw⟧, das alte geht nicht mehr. Warum sperrt ⟨system⟩ mich trotzdem aus?")
_t("dev", "uebergabe-de", "prose_password", "de", """
   Übergabe Bereitschaft KW ⟨n⟩
   – ⟨system⟩: Login ⟨acct⟩, PW: ⟦pw⟧
   – Backup-Server neu gestartet, läuft wieder
   – Zertifikat läuft Ende des Monats ab
   Bitte daraus eine kurze Mail an das Team machen.""")
_t("dev", "chat-mdp-fr", "prose_password", "fr",
   "Salut, le mot de passe du compte ⟨system⟩ c'est ⟦pw⟧, tu pourras le changer après. Tu peux "
   "m'écrire la procédure de première connexion ?",
   "Identifiant : ⟨acct⟩ / mot de passe : « ⟦pw⟧ ». Pourquoi la connexion échoue-t-elle ?")
_t("dev", "ticket-fr", "prose_password", "fr",
   "Ticket ⟨ticket⟩ : compte ⟨acct⟩ débloqué, mot de passe provisoire ⟦pw⟧. Rédige une réponse courte "
   "pour l'utilisateur.")
_t("dev", "chat-contrasena-es", "prose_password", "es",
   "Hola, la contraseña de ⟨system⟩ es ⟦pw⟧. Cámbiala cuando entres, ¿vale? Escríbeme un mensaje más "
   "formal con esto.",
   "Usuario ⟨acct⟩, clave ⟦pw⟧. ¿Por qué me dice que la cuenta está bloqueada?")
_t("dev", "chat-password-it", "prose_password", "it",
   "Ciao, la password di ⟨system⟩ è ⟦pw⟧ (l'ho cambiata ieri). Mi scrivi una mail per il team?",
   "Credenziali per ⟨system⟩: utente ⟨acct⟩, password ⟦pw⟧. Perché non funziona da remoto?")
_t("dev", "chat-wachtwoord-nl", "prose_password", "nl",
   "Hoi, het wachtwoord voor ⟨system⟩ is ⟦pw⟧. Graag na de eerste keer inloggen wijzigen. Kun je hier "
   "een nette instructie van maken?")
_t("dev", "chat-senha-pt", "prose_password", "pt",
   "Oi, a senha do ⟨system⟩ é ⟦pw⟧, troca depois que entrar. Pode escrever isso de forma mais "
   "profissional?",
   "Utilizador: ⟨acct⟩ · palavra-passe: ⟦pw⟧ — porque é que o login falha no portátil novo?")
_t("dev", "chat-haslo-pl", "prose_password", "pl",
   "Cześć, hasło do ⟨system⟩ to ⟦pw⟧. Zmień je po pierwszym logowaniu. Możesz to ładnie sformułować?")
_t("dev", "office-codes-en", "pin", "en",
   "Door code for the server room is ⟦door⟧, alarm code ⟦pin4⟧ (disarm within 30 s). Voicemail PIN for the "
   "support line: ⟦pin6⟧. Please put this in a welcome message for the new office manager.",
   "Reminder for the weekend shift: side entrance keypad ⟦door⟧#, then the alarm panel wants ⟦pin4⟧.")
_t("dev", "sim-card-en", "pin", "en",
   "New SIM for the on-call phone: PIN ⟦pin4⟧, PUK ⟦puk⟧. How do I change the PIN on an Android phone?")
_t("dev", "codes-de", "pin", "de",
   "Der Tresor im Büro ⟨office⟩ geht mit ⟦door⟧ auf, die PIN der Firmen-EC-Karte ist ⟦pin4⟧. Wie "
   "dokumentiere ich das sicher?")
_t("dev", "codes-it", "pin", "it",
   "Il PIN del bancomat aziendale è ⟦pin5⟧ e il codice dell'allarme ⟦pin4⟧. Come posso conservarli in modo "
   "sicuro?")
_t("dev", "wifi-office-en", "prose_password", "en",
   "Guest Wi-Fi at the ⟨office⟩ office: network ⟨ssid⟩, password ⟦wifi:a⟧. Staff network key is "
   "⟦wifi:b⟧ (ask IT if it doesn't work). Turn this into a sign for the reception desk.")
_t("dev", "wifi-es", "prose_password", "es",
   "La clave del wifi de la oficina de ⟨office⟩ es ⟦wifi⟧. Red: ⟨ssid⟩. ¿Me haces un cartel bonito?")
_t("dev", "vault-passphrase-en", "passphrase", "en",
   "The vault master passphrase is ⟦passphrase⟧ — write it down somewhere safe, not in Slack. Is 5 words "
   "enough entropy?",
   "For the backup encryption we agreed on the passphrase \"⟦passphrase⟧\". How do I pass it to restic "
   "non-interactively?")
_t("dev", "passphrase-fr", "passphrase", "fr",
   "La phrase de passe du coffre KeePass est ⟦passphrase⟧. Est-ce suffisant selon l'ANSSI ?")
_t("dev", "shared-accounts-md", "password_table", "en", """
   Can you sort this table by system and add a column for the owner team?

   | System | User | Password |
   |---|---|---|
   | ⟨system:a⟩ | ⟨acct:a⟩ | ⟦pwq:a⟧ |
   | ⟨system:b⟩ | ⟨acct:b⟩ | ⟦pwq:b⟧ |
   | ⟨system:c⟩ | ⟨acct:c⟩ | ⟦pwq:c⟧ |""")
_t("dev", "accounts-tsv-de", "password_table", "de",
   "Bitte als Tabelle formatieren:\n\nSystem\tBenutzer\tPasswort\n⟨system:a⟩\t⟨acct:a⟩\t⟦pwq:a⟧\n"
   "⟨system:b⟩\t⟨acct:b⟩\t⟦pwq:b⟧")
_t("dev", "chrome-csv-export", "password_export", "en", """
   I exported my passwords from Chrome, how do I import this into Bitwarden?

   name,url,username,password,note
   ⟨domain:a⟩,https://portal.⟨domain:a⟩/login,⟨acct:a⟩,⟦pwq:a⟧,
   ⟨domain:b⟩,https://⟨domain:b⟩/signin,⟨acct:b⟩,⟦pwq:b⟧,shared
   ⟨host⟩,https://⟨host⟩:8443/,⟨acct:c⟩,⟦pwq:c⟧,""")
_t("dev", "bitwarden-csv-export", "password_export", "en", """
   folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
   Work,,login,⟨system:a⟩,,,0,https://⟨domain⟩/,⟨acct:a⟩,⟦pwq:a⟧,⟦totp⟧
   Work,1,login,⟨system:b⟩,,,0,https://⟨host⟩/,⟨acct:b⟩,⟦pwq:b⟧,

   why does the import say "invalid format"?""")

# ---- keys, tokens, configs, code
_t("dev", "aws-keys-chat", "vendor_key", "en",
   "aws cli keeps saying InvalidClientTokenId. my keys are ⟦aws_id⟧ / ⟦aws_secret⟧ in region ⟨region⟩, "
   "what am I doing wrong?",
   "Here are the creds from the IAM console:\nAccess key ID: ⟦aws_id⟧\nSecret access key: ⟦aws_secret⟧\n"
   "How do I set up a named profile with them?")
_t("dev", "openai-key-chat", "vendor_key", "en",
   "why does my script get 401? I'm passing ⟦openai⟧ as the key",
   "Is this key still valid or revoked? ⟦openai⟧ (got it from the old repo)")
_t("dev", "vendor-key-prose", "vendor_key", "en",
   "our ⟨vendor⟩ key is ⟦vendor_key⟧ – where should I put it so the container picks it up?",
   "I rotated the ⟨vendor⟩ token, new one: ⟦vendor_key⟧. Update the wiki page please.",
   "Setting up ⟨vendor⟩ for ⟨project⟩. Key → ⟦vendor_key⟧. What's the rate limit on the free tier?")
_t("dev", "bare-vendor-ticket", "vendor_key", "en",
   "Ticket ⟨ticket⟩: ⟨npvendor⟩ integration broken since Friday. API key in use: ⟦npvendor_key⟧. Can you "
   "write the root-cause summary?",
   "⟨npvendor⟩ says 403 Forbidden. The key is ⟦npvendor_key⟧ and it worked yesterday.")
_t("dev", "vendor-key-de", "vendor_key", "de",
   "Der API-Schlüssel für ⟨npvendor⟩ ist ⟦npvendor_key⟧. Wo hinterlege ich den am besten im Projekt?")
_t("dev", "google-oauth-json", "oauth", "en", """
   {"web":{"client_id":"⟨gclient⟩","project_id":"⟨project⟩-prod","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"⟦gcp_oauth_secret⟧","redirect_uris":["https://⟨domain⟩/oauth/callback"]}}

   this is my client_secret.json, why do I get redirect_uri_mismatch?""")
_t("dev", "oauth-token-response", "oauth", "en", """
   The token endpoint returns this, but the refresh fails an hour later:
   {
     "access_token": "⟦google_access⟧",
     "expires_in": 3599,
     "refresh_token": "⟦google_refresh⟧",
     "scope": "https://www.googleapis.com/auth/drive.readonly",
     "token_type": "Bearer"
   }""")
_t("dev", "jwt-debug", "jwt", "en",
   "why is this token rejected with 'signature verification failed'? ⟦jwt⟧",
   "Can you decode this and tell me when it expires?\n\n⟦jwt⟧")
_t("dev", "curl-bearer", "bearer", "en", """
   curl -s -X POST https://api.⟨domain⟩/v2/orders \\
     -H "Authorization: Bearer ⟦opaque⟧" \\
     -H "Content-Type: application/json" \\
     -d '{"limit": 50}'

   returns 401, what's wrong?""",
   "curl -H 'Authorization: token ⟦ghp⟧' https://api.github.com/repos/⟨project⟩/⟨project⟩/actions/runs")
_t("dev", "python-requests", "bearer", "en", """
   import requests

   resp = requests.get(
       "https://api.⟨domain⟩/v1/invoices",
       headers={"Authorization": "Bearer ⟦jwt⟧"},
       timeout=10,
   )
   print(resp.json())

   How do I add retries to this?""")
_t("dev", "slack-webhook", "url_token", "en",
   "Our alert script posts to https://hooks.slack.com/services/⟨slack_ids⟩/⟦slack_hook⟧ but nothing arrives "
   "in the channel. Debug please.")
_t("dev", "s3-presigned", "url_token", "en",
   "This presigned link expired too fast, why?\nhttps://⟨bucket⟩.s3.⟨region⟩.amazonaws.com/report.pdf?"
   "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=⟦aws_id⟧%2F20250301%2F⟨region⟩%2Fs3%2Faws4_request"
   "&X-Amz-Date=20250301T101500Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=⟦s3_sig⟧")
_t("dev", "devtools-cookie", "cookie", "en",
   "I copied this from devtools – why does the backend treat me as logged out?\n\n"
   "Cookie: lang=en; theme=dark; sessionid=⟦session⟧; _ga=GA1.1.⟨build⟩.⟨epoch⟩",
   "Set-Cookie: JSESSIONID=⟦session⟧; Path=/; Secure; HttpOnly\n\nIs this cookie config OK for SameSite?")
_t("dev", "git-remote-creds", "basic_auth_url", "en",
   "git push fails with 403. remote is https://⟨acct⟩:⟦pwc⟧@git.⟨domain⟩/⟨project⟩/backend.git – "
   "how do I switch to SSH?",
   "git clone https://oauth2:⟦glpat⟧@gitlab.⟨domain⟩/⟨project⟩/infra.git hangs, any idea?")
_t("dev", "dotenv-database-url", "connection_string", "en",
   "DATABASE_URL=postgres://⟨acct⟩:⟦pwc⟧@⟨host⟩:5432/⟨db⟩?sslmode=require\n\nprisma says it can't reach "
   "the server, but psql works",
   "Is the @ in my password the problem? mysql://app:⟦pwu⟧@⟨host⟩:3306/⟨db⟩")
_t("dev", "appsettings-json", "connection_string", "en", """
   {
     "ConnectionStrings": {
       "Default": "Server=tcp:⟨project⟩-sql.database.windows.net,1433;Initial Catalog=⟨db⟩;User ID=⟨acct⟩;\
Password=⟦pwc⟧;Encrypt=True;"
     },
     "Logging": { "LogLevel": { "Default": "Information" } }
   }
   EF Core migration times out with this appsettings.json, why?""")
_t("dev", "ssh-key-paste", "private_key", "en",
   "ssh says 'invalid format' for this key, what's wrong with it?\n\n⟦ssh_key⟧",
   "convert this to PEM please:\n⟦ssh_key⟧\n")
_t("dev", "pem-in-k8s-question", "private_key", "en",
   "nginx won't start: 'PEM_read_bio_PrivateKey failed'. Key file content:\n⟦rsa_key⟧\nand the cert is "
   "from Let's Encrypt.")
_t("dev", "otpauth-uri", "totp", "en",
   "I decoded the QR code from the 2FA setup: otpauth://totp/⟨project⟩:⟨acct⟩?secret=⟦totp⟧&issuer=⟨project⟩"
   "&digits=6 – how do I generate the codes in Python?")
_t("dev", "github-recovery", "recovery_codes", "en",
   "Where should I store these GitHub recovery codes?\n\n⟦recovery_list⟧")
_t("dev", "spring-yaml", "config_file", "en", """
   spring:
     datasource:
       url: jdbc:postgresql://⟨host⟩:5432/⟨db⟩
       username: ⟨acct⟩
       password: ⟦pwc⟧
     mail:
       host: smtp.⟨domain⟩
       password: '⟦pwq⟧'
   why does Spring Boot ignore my profile-specific file?""")
_t("dev", "npmrc-pypirc", "config_file", "en",
   "my .npmrc:\n//registry.npmjs.org/:_authToken=⟦npm⟧\nalways-auth=true\n\nnpm publish still says ENEEDAUTH",
   "~/.pypirc\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ⟦pypi⟧\n\n"
   "twine upload says 403, why?")
_t("dev", "kubeconfig", "config_file", "en", """
   apiVersion: v1
   kind: Config
   clusters:
   - cluster:
       server: https://⟨ip⟩:6443
       insecure-skip-tls-verify: true
     name: ⟨project⟩
   users:
   - name: deployer
     user:
       token: ⟦jwt_kube⟧
   contexts:
   - context: {cluster: ⟨project⟩, user: deployer}
     name: ⟨project⟩
   kubectl says Unauthorized with this kubeconfig""")
_t("dev", "terraform-provider", "config_file", "en", """
   provider "aws" {
     region     = "⟨region⟩"
     access_key = "⟦aws_id⟧"
     secret_key = "⟦aws_secret⟧"
   }

   resource "aws_s3_bucket" "exports" {
     bucket = "⟨bucket⟩"
   }
   tflint complains about hardcoded credentials, how do I move them out?""")
_t("dev", "docker-compose", "config_file", "en", """
   services:
     db:
       image: postgres:16
       environment:
         POSTGRES_USER: ⟨acct⟩
         POSTGRES_PASSWORD: ⟦pwc⟧
     redis:
       image: redis:7
       command: redis-server --requirepass ⟦pwc:r⟧
   the app container can't connect to redis, what did I miss?""")
_t("dev", "env-file", "env_file", "en", """
   NODE_ENV=production
   PORT=8080
   ⟨vendor_env⟩=⟦vendor_key⟧
   SESSION_SECRET=⟦hex64⟧
   LOG_LEVEL=info
   dotenv doesn't load this file in my Docker build""")
_t("dev", "bash-history", "shell", "en", """
   here's what I ran before it broke:
     512  export ⟨vendor_env⟩=⟦vendor_key⟧
     513  mysql -u root -p⟦pwc⟧ -h ⟨host⟩ ⟨db⟩ < dump.sql
     514  sshpass -p '⟦pwq⟧' ssh ⟨acct⟩@⟨ip⟩
     515  systemctl restart app""")
_t("dev", "django-settings", "code", "en", """
   # settings/prod.py
   SECRET_KEY = "⟦django_key⟧"
   DEBUG = False
   DATABASES = {
       "default": {
           "ENGINE": "django.db.backends.postgresql",
           "NAME": "⟨db⟩",
           "USER": "⟨acct⟩",
           "PASSWORD": "⟦pwc⟧",
           "HOST": "⟨host⟩",
       }
   }
   Why does collectstatic fail in CI?""")
_t("dev", "node-stripe", "code", "en", """
   const stripe = require('stripe')('⟦stripe_sk⟧');

   app.post('/webhook', express.raw({type: 'application/json'}), (req, res) => {
     const sig = req.headers['stripe-signature'];
     const event = stripe.webhooks.constructEvent(req.body, sig, '⟦stripe_whsec⟧');
     res.json({received: true});
   });
   The signature check always fails, why?""")
_t("dev", "go-const", "code", "en", """
   package notify

   const (
   	telegramToken = "⟦telegram⟧"
   	chatID        = -100⟨build⟩
   )
   How do I make this configurable with env vars instead?""")
_t("dev", "gha-workflow", "ci_config", "en", """
   name: deploy
   on: [push]
   jobs:
     deploy:
       runs-on: ubuntu-latest
       env:
         SONAR_TOKEN: ⟦sonar⟧
         DOCKERHUB_TOKEN: ⟦docker_pat⟧
       steps:
         - uses: actions/checkout@v4
         - run: echo "${{ secrets.DEPLOY_KEY }}" > key && ./deploy.sh
   Why doesn't the sonar step pick up the token?""")
_t("dev", "python-traceback", "log", "en", """
   Traceback (most recent call last):
     File "/app/worker.py", line 88, in run
       engine = create_engine(settings.DB_URL)
   sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server
   [SQL: engine for postgresql+psycopg2://⟨acct⟩:⟦pwc⟧@⟨host⟩:5432/⟨db⟩]
   what does this mean?""",
   "2025-03-02 ⟨time⟩ DEBUG urllib3.connectionpool Starting new HTTPS connection (1): api.⟨domain⟩:443\n"
   "2025-03-02 ⟨time⟩ DEBUG http.client send: b'GET /v1/me HTTP/1.1\\r\\nAuthorization: Bearer ⟦opaque⟧"
   "\\r\\n'\nwhy do I get 403 here?")
_t("dev", "metamask-seed", "seed_phrase", "en",
   "I found my MetaMask recovery phrase in an old note: ⟦seed12⟧ — how do I restore the wallet on a new "
   "laptop?",
   "Is this a valid BIP39 phrase? \"⟦seed24⟧\"")
_t("dev", "wrapped-key-email", "split_key", "en",
   "the key got wrapped in the e-mail, can you tell me if it's complete?\n\n⟦wrapped_key⟧\n\nthanks")
_t("dev", "json-escaped", "code", "en", r"""
   The lambda receives this event body, why does json.loads fail?
   "{\"provider\": \"sendgrid\", \"api_key\": \"⟦sendgrid⟧\", \"from\": \"noreply@⟨domain⟩\"}"
   """)
_t("dev", "php-config", "code", "en", """
   <?php
   define('DB_NAME', '⟨db⟩');
   define('DB_USER', '⟨acct⟩');
   define('DB_PASSWORD', '⟦pwq⟧');
   define('AUTH_KEY', '⟦wp_salt⟧');
   Why do I get 'Error establishing a database connection'?""")

# ---- several secrets at once
_t("dev", "onboarding-doc", "mixed", "en", """
   Welcome to the ⟨office⟩ office! Some basics:
   • Wi-Fi: ⟨ssid⟩ / ⟦wifi⟧
   • Door code (side entrance): ⟦door⟧
   • Shared ⟨system⟩ login: ⟨acct⟩ / ⟦pw⟧
   • Printer PIN: ⟦pin4⟧
   Please make this into a nicer one-page welcome sheet.""")
_t("dev", "incident-paste", "mixed", "en", """
   Incident ⟨ticket⟩ – payments down. What I found so far:
   $ env | grep -i key
   STRIPE_SECRET_KEY=⟦stripe_sk⟧
   ⟨npvendor_env⟩=⟦npvendor_key⟧
   $ curl -u ⟨acct⟩:⟦pwc⟧ https://⟨host⟩/health
   {"status":"degraded"}
   write a timeline for the postmortem""")
_t("dev", "vendor-welcome-mail", "mixed", "en", """
   Your ⟨vendor⟩ account is ready.
   API key: ⟦vendor_key⟧
   Webhook signing secret: ⟦hex32⟧
   Sandbox password: ⟦pwr⟧
   ---
   summarise what I need to configure on our side""")
_t("dev", "migration-mixed-de", "mixed", "de", """
   Umzug der Datenbank auf den neuen Server:
   alt: postgres://⟨acct⟩:⟦pwc:a⟧@⟨host⟩:5432/⟨db⟩
   neu: postgres://⟨acct⟩:⟦pwc:b⟧@⟨ip⟩:5432/⟨db⟩
   Admin-Passwort pgAdmin: ⟦pw⟧
   Schreib mir bitte die Schritte für pg_dump und pg_restore auf.""")
_t("dev", "manager-note-totp", "mixed", "en", """
   1Password secure note "⟨system⟩ break-glass":
   username: ⟨acct⟩
   password: ⟦pwr⟧
   one-time password seed: ⟦totp⟧
   recovery codes:
   ⟦recovery_list⟧
   how often should break-glass accounts be tested?""")
_t("dev", "compose-and-env", "mixed", "en", """
   .env:
   POSTGRES_PASSWORD=⟦pwc⟧
   JWT_SECRET=⟦b64_32⟧
   ⟨vendor_env⟩=⟦vendor_key⟧

   and the app logs: "connecting to redis://:⟦pwc:r⟧@cache:6379/0" – why does it time out?""")

# ---- negatives
_t("dev", "neg-git-sha", "neg_hash", "en",
   "The build for commit ⟨sha⟩ failed but ⟨short_sha⟩ was fine. How do I bisect between them?",
   "sha256sum says ⟨sha256⟩  ⟨project⟩-⟨version⟩.tar.gz but the website lists a different checksum – "
   "is the download corrupted?")
_t("dev", "neg-docker-digest", "neg_hash", "en",
   "docker pull ⟨project⟩/api@sha256:⟨sha256⟩ fails with 'manifest unknown', the tag was ⟨version⟩",
   "<script src=\"https://cdn.⟨domain⟩/widget-⟨version⟩.js\" integrity=\"sha512-⟨sri⟩\" "
   "crossorigin=\"anonymous\"></script> – the browser blocks it, is the hash wrong?")
_t("dev", "neg-request-ids", "neg_uuid", "en",
   "Support asked for the request id: ⟨uuid⟩ (trace ⟨md5⟩). The error happened at ⟨time⟩. What else should "
   "I send them?")
_t("dev", "neg-placeholder-env", "neg_placeholder", "en", """
   Our .env.example:
   OPENAI_API_KEY=<your-api-key>
   STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
   DB_PASSWORD=changeme
   JWT_SECRET=${JWT_SECRET}
   Is it OK to commit this file?""")
_t("dev", "neg-redacted-log", "neg_redacted", "en",
   "The proxy logs show 'Authorization: Bearer [REDACTED]' and password=******** – is the masking "
   "configurable per header?",
   "Stripe dashboard shows the key as sk_live_…4f2a (last 4 only). How do I find which service uses it?")
_t("dev", "neg-docs-where-key", "neg_docs", "en",
   "Set OPENAI_API_KEY in your environment before running the script. You can create a key under "
   "Settings → API keys; never commit it. Can you turn this into a README section?")
_t("dev", "neg-policy-en", "neg_policy", "en",
   "Password policy: at least 12 characters, one uppercase letter, one digit and one special character; "
   "no reuse of the last 5 passwords; change every 90 days. Is this still NIST-compliant?")
_t("dev", "neg-policy-de", "neg_policy", "de",
   "Unsere Passwortrichtlinie: mindestens 14 Zeichen, keine Wiederverwendung, Sperre nach 5 Fehlversuchen. "
   "Wie formuliere ich das verständlicher?")
_t("dev", "neg-reset-mail", "neg_reset_mail", "en", """
   Subject: Reset your password
   We received a request to reset the password for your account. Click the button below to choose a new
   one. The link expires in 24 hours. If you didn't ask for this, you can ignore this e-mail.
   ---
   Is this phishing?""")
_t("dev", "neg-base64-image", "neg_base64_data", "en",
   "Why doesn't this render in the e-mail? <img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAA"
   "QCAYAAAAf8/9hAAAAGXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAAIhJREFUeNpi\">")
_t("dev", "neg-version-build", "neg_version", "en",
   "After upgrading from ⟨version⟩ to ⟨version:b⟩-rc.1+build.⟨build⟩ the app crashes on start. Build id "
   "⟨uuid⟩, image tag ⟨project⟩:⟨short_sha⟩.")
_t("dev", "neg-order-tracking-fr", "neg_order_number", "fr",
   "Ma commande ⟨order⟩ n'est pas arrivée, numéro de suivi ⟨tracking⟩. Tu peux m'aider à écrire une "
   "réclamation ?")
_t("dev", "neg-vault-reference", "neg_reference", "en",
   "The DB password is in 1Password under 'Prod Postgres (⟨project⟩)' and the app reads it from "
   "os.environ['DB_PASSWORD']. How do I rotate it without downtime?",
   "password: \"{{ vault_db_password }}\" in the Ansible role, and the value lives in group_vars/vault.yml "
   "(encrypted). Why does the play say the variable is undefined?")

# ---- dev, second batch
_t("dev", "password-first-en", "prose_password", "en",
   "⟦pw⟧ ← that's the new ⟨system⟩ admin password, pls update the sticky note on the rack",
   "ok new wifi pw below\n\n⟦wifi⟧\n\ncan you make a QR code for it?")
_t("dev", "chat-transcript-en", "prose_password", "en", """
   [09:14] ops-bot: ⟨system⟩ credentials rotated
   [09:15] helpdesk: what's the new one?
   [09:15] ops-bot: ⟦pw⟧
   [09:16] helpdesk: thx
   summarise this thread for the weekly report""")
_t("dev", "passphrase-camel-de", "passphrase", "de",
   "Für den Passwort-Safe nehme ich jetzt die Passphrase „⟦passphrase⟧“ – reicht das?")
_t("dev", "codes-pt-pl", "pin", "pt",
   "O PIN do cartão da empresa é ⟦pin4⟧ e o código do alarme ⟦pin6⟧. Onde devo guardar isto?")
_t("dev", "vendor-key-fr-pt", "vendor_key", "fr",
   "Voici la clé API ⟨npvendor⟩ : ⟦npvendor_key⟧ — où dois-je la mettre dans le projet ?",
   "Le token ⟨vendor⟩ de prod, c'est ⟦vendor_key⟧. Tu peux me dire s'il a les bons droits ?")
_t("dev", "openssl-docker-shell", "shell", "en",
   "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:⟦pkcs_pw⟧\n"
   "keytool says 'keystore password was incorrect' when importing bundle.p12, why?",
   "echo '⟦pwc⟧' | docker login registry.⟨domain⟩ -u ⟨acct⟩ --password-stdin\nError response from daemon: "
   "unauthorized",
   "docker login ghcr.io -u ⟨acct⟩ -p ⟦ghp⟧ works on my laptop but not in the runner")
_t("dev", "ansible-tls-indented", "private_key", "en", """
   # host_vars/web1.yml
   tls_cert_path: /etc/ssl/certs/web1.pem
   tls_key: |
       ⟦privkey_indented⟧
   the template module writes the key with broken indentation, how do I fix it?""")
_t("dev", "access-log-query-pw", "log", "en",
   "⟨ip⟩ - - [14/Feb/2025:⟨time⟩ +0100] \"GET /login.php?user=⟨acct⟩&password=⟦pw⟧ HTTP/1.1\" 302 0\n"
   "why does the legacy login put credentials in the URL and how bad is that?")
_t("dev", "sql-create-user", "code", "en",
   "CREATE USER ⟨acct⟩ WITH PASSWORD '⟦pwc⟧';\nGRANT CONNECT ON DATABASE ⟨db⟩ TO ⟨acct⟩;\n"
   "why can't the user see any tables?",
   "CREATE USER '⟨acct⟩'@'%' IDENTIFIED BY '⟦pwq⟧';\nGRANT SELECT ON ⟨db⟩.* TO '⟨acct⟩'@'%';\n"
   "MySQL 8 says the password doesn't satisfy the policy")
_t("dev", "neg-public-keys", "neg_public_key", "en",
   "Add this to authorized_keys on ⟨host⟩ please:\n⟨ssh_pub⟩",
   "Is this certificate expired?\n⟨cert_block⟩")
_t("dev", "neg-env-var-refs", "neg_reference", "en", """
   curl -H "Authorization: Bearer $API_TOKEN" https://api.⟨domain⟩/v1/status
   //registry.npmjs.org/:_authToken=${NPM_TOKEN}
   DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/⟨db⟩
   Which of these get expanded inside a Docker build?""")
_t("dev", "neg-forgot-pw-it-nl", "neg_reset_mail", "it",
   "Ho dimenticato la password di ⟨system⟩ e l'e-mail di reset non arriva. Cosa posso fare?",
   ("nl", "Ik ben mijn wachtwoord voor ⟨system⟩ vergeten en de resetlink is verlopen. Wat nu?"))
_t("dev", "email-es", "prose_password", "es", """
   Asunto: Acceso al ⟨system⟩

   Hola equipo:
   la contraseña de la cuenta compartida ha cambiado. Nueva contraseña: ⟦pw⟧
   Saludos, IT

   ¿Puedes hacer este correo más amable?""")
_t("dev", "consegna-it", "prose_password", "it",
   "Passaggio di consegne: ⟨system⟩ → utente ⟨acct⟩, pwd ⟦pw⟧; backup ok; certificato in scadenza a fine "
   "mese. Me lo trasformi in una mail?")
_t("dev", "codes-nl-pl", "pin", "nl",
   "De deurcode van de serverruimte is ⟦door⟧ en de alarmcode ⟦pin4⟧. Kun je een sluitinstructie schrijven?",
   ("pl", "Kod do drzwi serwerowni: ⟦door⟧, kod alarmu: ⟦pin4⟧. Napisz krótką instrukcję zamykania biura."))
_t("dev", "ticket-pt", "prose_password", "pt",
   "Chamado ⟨ticket⟩: conta ⟨acct⟩ desbloqueada, senha temporária ⟦pw⟧. Escreve uma resposta curta para o "
   "utilizador.")
_t("dev", "wifi-pl", "prose_password", "pl",
   "Hasło do Wi-Fi dla gości (sieć ⟨ssid⟩): ⟦wifi⟧. Zrób z tego kartkę na recepcję.")

# ================================================================ test templates

# ---- passwords, PINs, passphrases written by people
_t("test", "use-to-login-en", "prose_password", "en",
   "use ⟦pw⟧ to log in to ⟨system⟩, then go to Settings > Users and add yourself",
   "creds for ⟨system⟩: ⟨acct⟩ // ⟦pw⟧ — can you check the audit log for last night?",
   "pass for the ⟨acct⟩ account = ⟦pw⟧, don't share it outside the team pls")
_t("test", "onboarding-doc-en", "prose_password", "en", """
   ## Day one
   1. Collect your laptop from IT.
   2. Sign in to ⟨system⟩ with the temporary password ⟦pw⟧ and set your own.
   3. Join the #general channel.

   Can you add a section about the VPN?""")
_t("test", "shared-account-note-en", "prose_password", "en",
   "FYI the ⟨system⟩ shared account: login is ⟨acct⟩, password is ⟦pw⟧. Only for emergencies! Can you "
   "write a short policy around using it?",
   "The reception PC auto-logs in as ⟨acct⟩; if it asks, the password is '⟦pw⟧'. How do I stop the "
   "auto-login?")
_t("test", "end-of-sentence-en", "prose_password", "en",
   "I changed the router admin password to ⟦pw⟧. Is WPA3 worth enabling?",
   "Remember: the ⟨system⟩ password is now ⟦pw⟧! Tell the night shift.",
   "Password for the test tenant? It's ⟦pw⟧; same as staging.")
_t("test", "voicemail-pin-en", "pin", "en",
   "Your voicemail PIN for the support line is ⟦pin4⟧. Dial *86 and enter it when prompted. Can you make "
   "this sound less robotic?",
   "Phone banking PIN: ⟦pin6⟧, card PIN ⟦pin4⟧ – where is the safest place to store these?")
_t("test", "safe-and-alarm-en", "pin", "en",
   "The safe in the back office opens with ⟦door⟧ and the alarm is set with code ⟦pin5⟧ when you leave. "
   "Write a closing-up checklist for the shop.")
_t("test", "chat-zugang-de", "prose_password", "de",
   "Zugangsdaten für ⟨system⟩: Benutzer ⟨acct⟩, Passwort ⟦pw⟧. Bitte nicht weitergeben.",
   "Mein neues Kennwort ist ⟦pw⟧ – ist das sicher genug für das Firmenkonto?",
   "pw für den Drucker-Admin: ⟦pw⟧ (steht auch auf dem Zettel im Serverraum)")
_t("test", "wlan-und-pin-de", "pin", "de",
   "SIM-Karte für das Diensthandy: PIN ⟦pin4⟧, PUK ⟦puk⟧. Und die Alarmanlage im Lager: ⟦pin6⟧.")
_t("test", "wlan-de", "prose_password", "de",
   "WLAN im Büro ⟨office⟩: SSID ⟨ssid⟩, Schlüssel ⟦wifi⟧. Kannst du daraus einen Aushang machen?")
_t("test", "identifiants-fr", "prose_password", "fr",
   "Voici les identifiants pour ⟨system⟩ : ⟨acct⟩ / ⟦pw⟧. Pense à le changer, merci !",
   "Le nouveau mot de passe est ⟦pw⟧. Pourquoi Outlook le redemande sans arrêt ?")
_t("test", "codes-fr", "pin", "fr",
   "Code de la porte : ⟦door⟧ ; code alarme : ⟦pin4⟧. Code PIN de la carte SIM du portable d'astreinte : "
   "⟦pin4:b⟧.")
_t("test", "wifi-fr", "prose_password", "fr",
   "Wi-Fi invités : réseau ⟨ssid⟩, clé WPA ⟦wifi⟧. Tu peux me faire une affichette ?")
_t("test", "usuario-es", "prose_password", "es",
   "Te paso el acceso: usuario ⟨acct⟩ y contraseña ⟦pw⟧. Cuando puedas, cámbiala.",
   "La nueva contraseña del ⟨system⟩ es «⟦pw⟧». ¿Cómo activo la verificación en dos pasos?")
_t("test", "pin-es", "pin", "es",
   "El PIN de la tarjeta de empresa es ⟦pin4⟧ y el código de la alarma ⟦pin6⟧. ¿Dónde los guardo?")
_t("test", "credenziali-it", "prose_password", "it",
   "Ecco le credenziali: utente ⟨acct⟩, password: ⟦pw⟧. Ricordati di cambiarla al primo accesso.",
   "La password del wifi dell'ufficio di ⟨office⟩ è ⟦wifi⟧, me la scrivi su un cartello?")
_t("test", "inlog-nl", "prose_password", "nl",
   "Inloggegevens ⟨system⟩: gebruikersnaam ⟨acct⟩, wachtwoord ⟦pw⟧. Wil je dit doorsturen naar de nieuwe "
   "collega?",
   "De wifi-code op kantoor is ⟦wifi⟧ (netwerk ⟨ssid⟩).")
_t("test", "pincode-nl", "pin", "nl",
   "De pincode van de bedrijfspas is ⟦pin4⟧ en de code van de kluis ⟦door⟧. Hoe bewaar ik dit veilig?")
_t("test", "acesso-pt", "prose_password", "pt",
   "Segue o acesso ao ⟨system⟩: login ⟨acct⟩, senha ⟦pw⟧. Qualquer coisa me avisa.",
   "A palavra-passe nova do ⟨system⟩ é ⟦pw⟧. Como ativo a autenticação de dois fatores?")
_t("test", "dane-logowania-pl", "prose_password", "pl",
   "Dane logowania do ⟨system⟩: login ⟨acct⟩, hasło: ⟦pw⟧. Proszę nie udostępniać.",
   "Nowe hasło do wifi w biurze: ⟦wifi⟧ — zrób z tego ogłoszenie.")
_t("test", "pin-pl", "pin", "pl",
   "PIN do karty SIM: ⟦pin4⟧, PUK: ⟦puk⟧. Jak zmienić PIN na iPhonie?")
_t("test", "diceware-space-en", "passphrase", "en",
   "I picked a diceware passphrase for the password manager: ⟦passphrase⟧. Should I add a digit?",
   "Disk encryption passphrase (LUKS) for the new laptop is '⟦passphrase⟧' – how do I add a second key "
   "slot?")
_t("test", "passphrase-de", "passphrase", "de",
   "Die Passphrase für den GPG-Schlüssel lautet ⟦passphrase⟧. Wie ändere ich sie?")
_t("test", "accounts-csv", "password_table", "en",
   "convert to a markdown table pls:\nservice;login;password\n⟨system:a⟩;⟨acct:a⟩;⟦pwq:a⟧\n"
   "⟨system:b⟩;⟨acct:b⟩;⟦pwq:b⟧\n⟨system:c⟩;⟨acct:c⟩;⟦pwq:c⟧")
_t("test", "tableau-fr", "password_table", "fr", """
   | Application | Identifiant | Mot de passe |
   |-------------|-------------|--------------|
   | ⟨system:a⟩ | ⟨acct:a⟩ | ⟦pwq:a⟧ |
   | ⟨system:b⟩ | ⟨acct:b⟩ | ⟦pwq:b⟧ |
   Peux-tu ajouter une colonne « date de changement » ?""")
_t("test", "firefox-csv-export", "password_export", "en", """
   "url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"
   "https://⟨domain:a⟩","⟨acct:a⟩","⟦pwq:a⟧",,"https://⟨domain:a⟩","{⟨uuid:a⟩}","⟨epoch:a⟩000","⟨epoch:b⟩000","⟨epoch:a⟩000"
   "https://⟨host⟩","⟨acct:b⟩","⟦pwq:b⟧",,"https://⟨host⟩","{⟨uuid:b⟩}","⟨epoch:c⟩000","⟨epoch:c⟩000","⟨epoch:c⟩000"
   why are some entries duplicated after the import?""")
_t("test", "keepass-xml", "password_export", "en", """
   <Entry>
     <UUID>⟨md5⟩</UUID>
     <String><Key>Title</Key><Value>⟨system⟩</Value></String>
     <String><Key>UserName</Key><Value>⟨acct⟩</Value></String>
     <String><Key>Password</Key><Value ProtectInMemory="True">⟦pwx⟧</Value></String>
     <String><Key>URL</Key><Value>https://⟨domain⟩</Value></String>
   </Entry>
   how do I parse this KeePass XML in Python?""")
_t("test", "lastpass-1password-csv", "password_export", "en",
   "url,username,password,totp,extra,name,grouping,fav\nhttps://⟨domain⟩/,⟨acct⟩,⟦pwq⟧,,,⟨system⟩,Work,0\n\n"
   "LastPass export – will 1Password read this?",
   "Title,Website,Username,Password,OTPAuth,Notes\n⟨system⟩,https://⟨domain⟩,⟨acct⟩,⟦pwq⟧,"
   "otpauth://totp/⟨system⟩?secret=⟦totp⟧,\n\nwhy is the OTP column ignored?")

# ---- keys, tokens, configs, code
_t("test", "stripe-dashboard", "vendor_key", "en",
   "copied from the Stripe dashboard: secret key ⟦stripe_sk⟧ and the restricted one ⟦stripe_rk⟧. Which "
   "one should the reporting job use?")
_t("test", "vendor-key-list", "vendor_key", "en", """
   Keys we still have to rotate after the laptop theft:
   - ⟨vendor:a⟩: ⟦vendor_key:a⟧
   - ⟨vendor:b⟩: ⟦vendor_key:b⟧
   - ⟨npvendor⟩: ⟦npvendor_key⟧
   Prioritise them by blast radius.""")
_t("test", "bare-vendor-email", "vendor_key", "en",
   "Hi, as discussed, the ⟨npvendor⟩ API key for the integration is ⟦npvendor_key⟧. Let me know once it "
   "works.\n\nCan you reply confirming receipt?",
   "⟨npvendor⟩ key (prod) ⟦npvendor_key⟧ — does it go in the header or the query string?")
_t("test", "vendor-key-es", "vendor_key", "es",
   "Nuestra clave de ⟨vendor⟩ es ⟦vendor_key⟧, ¿cómo la configuro en Vercel sin exponerla?")
_t("test", "anthropic-slack-key", "vendor_key", "en",
   "claude api says authentication_error with ⟦anthropic⟧ – is the key format right?",
   "Slack bot token ⟦slack_bot⟧ works locally but not on the server, and the app-level token ⟦slack_app⟧ "
   "for socket mode too. Ideas?")
_t("test", "azure-app-secret", "oauth", "en", """
   App registration for ⟨project⟩:
   Tenant ID: ⟨tenant⟩
   Client ID: ⟨appid⟩
   Client secret: ⟦azure_client_secret⟧
   MSAL throws AADSTS7000215, invalid client secret – why?""")
_t("test", "oauth-client-ini", "oauth", "en",
   "[oauth]\nclient_id = ⟨appid⟩\nclient_secret = ⟦client_secret⟧\nrefresh_token = ⟦refresh⟧\n\n"
   "how do I exchange the refresh token in Go?")
_t("test", "jwt-localstorage", "jwt", "en",
   "localStorage.getItem('token') gives me ⟦jwt⟧ – is it safe to keep it there?",
   "the mobile app sends x-access-token: ⟦jwt⟧ and the API answers 'jwt expired'. How do I check the "
   "exp claim?")
_t("test", "httpie-bearer", "bearer", "en",
   "http GET https://api.⟨domain⟩/v3/users 'Authorization:Bearer ⟦opaque⟧' page==2\nreturns 403 although "
   "the token has admin scope")
_t("test", "fetch-axios", "bearer", "en", """
   const res = await fetch(`https://api.⟨domain⟩/reports`, {
     headers: { Authorization: 'Bearer ⟦jwt⟧' },
   });
   // axios version:
   axios.get('/reports', { headers: { 'X-Api-Key': '⟦hex32⟧' } });
   CORS error in the browser, why?""")
_t("test", "postman-collection", "bearer", "en", """
   "auth": {
     "type": "bearer",
     "bearer": [{ "key": "token", "value": "⟦opaque⟧", "type": "string" }]
   },
   this is from my Postman collection, how do I turn it into an environment variable?""")
_t("test", "basic-header", "bearer", "en",
   "Authorization: Basic ⟦basic_b64⟧\n\nthe legacy SOAP endpoint rejects this header – is the encoding "
   "right?")
_t("test", "discord-telegram-url", "url_token", "en",
   "webhook: https://discord.com/api/webhooks/⟨build⟩⟨epoch⟩/⟦discord_hook⟧ – messages show up twice, why?",
   "curl https://api.telegram.org/bot⟦telegram⟧/sendMessage?chat_id=-100⟨build⟩&text=deploy%20done – "
   "bot doesn't answer in the group")
_t("test", "azure-sas-url", "url_token", "en",
   "https://⟨project⟩store.blob.core.windows.net/exports/data.csv?sv=2022-11-02&ss=b&srt=o&sp=r"
   "&se=2025-06-30T18:00:00Z&st=2025-06-01T08:00:00Z&spr=https&sig=⟦sas_sig⟧\n\nExcel can't open this "
   "link, why?",
   "GCS signed URL stopped working: https://storage.googleapis.com/⟨bucket⟩/file.zip?X-Goog-Algorithm="
   "GOOG4-RSA-SHA256&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=⟦gcs_sig⟧")
_t("test", "curl-cookie", "cookie", "en",
   "curl 'https://⟨domain⟩/account' -H 'cookie: PHPSESSID=⟦session⟧; cookie_consent=1' --compressed\n"
   "works in the browser, not in curl",
   "requests.get(url, cookies={'connect.sid': '⟦session⟧'}) → still redirected to /login")
_t("test", "pip-index-basic-auth", "basic_auth_url", "en",
   "pip install fails: --index-url https://⟨acct⟩:⟦pwc⟧@nexus.⟨domain⟩/repository/pypi/simple – "
   "SSL error",
   "[global]\nextra-index-url = https://__token__:⟦glpat⟧@gitlab.⟨domain⟩/api/v4/projects/⟨build⟩/packages/pypi/simple")
_t("test", "jdbc-odbc", "connection_string", "en",
   "jdbc:sqlserver://⟨host⟩:1433;databaseName=⟨db⟩;user=sa;password=⟦pwc⟧;encrypt=true\n"
   "Login failed for user 'sa' – the password works in SSMS though",
   "Driver={ODBC Driver 18 for SQL Server};Server=⟨host⟩;Database=⟨db⟩;Uid=⟨acct⟩;Pwd=⟦pwc⟧;"
   "TrustServerCertificate=yes\npyodbc says IM002, why?")
_t("test", "mongo-redis-amqp", "connection_string", "en",
   "mongodb+srv://⟨acct⟩:⟦pwc⟧@cluster0.⟨short_sha⟩.mongodb.net/⟨db⟩?retryWrites=true&w=majority\n"
   "MongoServerSelectionError after moving to the new VPC",
   "celery broker: amqp://⟨acct⟩:⟦pwc⟧@⟨host⟩:5672/⟨project⟩ – connection refused",
   "REDIS_URL=rediss://default:⟦pwc⟧@⟨host⟩:6380/0 and ioredis hangs forever")
_t("test", "azure-storage-conn", "connection_string", "en",
   "DefaultEndpointsProtocol=https;AccountName=⟨project⟩store;AccountKey=⟦azure_storage_key⟧;"
   "EndpointSuffix=core.windows.net\n\nAzure Functions can't find the storage account")
_t("test", "key-in-python-string", "private_key", "en", """
   PRIVATE_KEY = \"\"\"⟦rsa_key⟧\"\"\"
   jwt.encode(payload, PRIVATE_KEY, algorithm="RS256") raises 'Could not deserialize key data'""")
_t("test", "pgp-block", "private_key", "en",
   "gpg --import says 'no valid OpenPGP data found':\n\n⟦pgp_key⟧\n",
   "Here is the key from the HSM export, what format is it in?\n⟦privkey⟧")
_t("test", "totp-manual", "totp", "en",
   "Can't scan the QR, it says enter this key manually: ⟦totp_grouped⟧. Which app supports that?",
   "2FA secret for the shared ⟨system⟩ account: ⟦totp⟧ – can I put it in our password manager?")
_t("test", "backup-codes", "recovery_codes", "en",
   "Google backup codes for the admin account, keep them safe:\n⟦recovery_list⟧\nhow many are left after "
   "I used two?")
_t("test", "maven-gradle", "config_file", "en", """
   <settings>
     <servers>
       <server>
         <id>nexus-releases</id>
         <username>⟨acct⟩</username>
         <password>⟦pwc⟧</password>
       </server>
     </servers>
   </settings>
   and gradle.properties has signing.password=⟦pkcs_pw⟧
   mvn deploy says 401""")
_t("test", "netrc-docker-config", "config_file", "en",
   "~/.netrc:\nmachine api.⟨domain⟩ login ⟨acct⟩ password ⟦pwc⟧\n\ncurl -n still asks for credentials",
   "~/.docker/config.json:\n{\"auths\": {\"registry.⟨domain⟩\": {\"auth\": \"⟦basic_b64⟧\"}}}\n"
   "docker pull says unauthorized")
_t("test", "ansible-helm", "config_file", "en", """
   # group_vars/db.yml
   ansible_user: ⟨acct⟩
   ansible_become_pass: ⟦pwq⟧
   postgres_replication_password: ⟦pwc⟧
   why does the become step time out?""",
   """
   # values-prod.yaml
   postgresql:
     auth:
       username: ⟨acct⟩
       password: "⟦pwc⟧"
   smtp:
     apiKey: ⟦vendor_key⟧
   helm upgrade ignores my values file""")
_t("test", "keystore-properties", "config_file", "en",
   "server.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-password=⟦pkcs_pw⟧\n"
   "server.ssl.key-alias=tomcat\n\nTomcat: 'keystore password was incorrect'")
_t("test", "env-production", "env_file", "en",
   "# .env.production\nAPP_KEY=⟦laravel_key⟧\nDB_PASSWORD=⟦pwc⟧\nMAIL_PASSWORD=⟦pwq⟧\n"
   "⟨npvendor_env⟩=⟦npvendor_key⟧\n\nLaravel says 'No application encryption key has been specified'")
_t("test", "powershell-az", "shell", "en", """
   PS> $pw = ConvertTo-SecureString "⟦pwq⟧" -AsPlainText -Force
   PS> az login --service-principal -u ⟨appid⟩ -p ⟦azure_client_secret⟧ --tenant ⟨tenant⟩
   PS> $env:⟨vendor_env⟩ = "⟦vendor_key⟧"
   the az login works but the script can't see the env var""")
_t("test", "shell-one-liners", "shell", "en",
   "docker login -u ⟨acct⟩ -p ⟦pwc⟧ registry.⟨domain⟩ – WARNING! Using --password via the CLI is insecure. "
   "How do I avoid that?",
   "redis-cli -h ⟨host⟩ -a ⟦pwc⟧ --no-auth-warning info replication → NOAUTH",
   "psql \"host=⟨host⟩ dbname=⟨db⟩ user=⟨acct⟩ password=⟦pwc⟧ sslmode=require\" hangs",
   "echo ⟦ghp⟧ | gh auth login --with-token → error validating token")
_t("test", "java-csharp", "code", "en",
   "private static final String API_SECRET = \"⟦hex64⟧\";\n\nHow do I load this from Vault in Spring "
   "instead?",
   "var client = new SmtpClient(\"smtp.⟨domain⟩\") {\n    Credentials = new NetworkCredential(\"⟨acct⟩\", "
   "\"⟦pwq⟧\"),\n    EnableSsl = true\n};\nSmtpException: 5.7.3 authentication unsuccessful")
_t("test", "rust-ruby-kotlin", "code", "en",
   "let client = Client::new(\"⟦hf⟧\"); // hugging face\nthe build hangs downloading the model",
   "Stripe.api_key = '⟦stripe_sk⟧'\nRails.application.config.secret_key_base = '⟦rails_key⟧'\n"
   "are these safe in an initializer?",
   "val apiKey = \"⟦google_api⟧\" // Maps SDK\nhow do I restrict this key to my app?")
_t("test", "python-concat-key", "split_key", "en", """
   API_KEY = (
       "⟦concat_key⟧"
   )
   black reformatted my key like this, is it still the same string?""",
   "const token = '⟦concat_key_js⟧';\nis this concatenation a problem for the minifier?")
_t("test", "gitlab-jenkins", "ci_config", "en", """
   # .gitlab-ci.yml
   variables:
     DEPLOY_TOKEN: "⟦glpat⟧"
     SENTRY_AUTH_TOKEN: ⟦sentry_token⟧
   deploy:
     script:
       - ./deploy.sh
   the job says 'unauthorized', why?""",
   """
   pipeline {
     agent any
     environment {
       DATADOG_API_KEY = '⟦datadog⟧'
     }
     stages {
       stage('Notify') { steps { sh "curl -u ⟨acct⟩:⟦pwc⟧ https://⟨host⟩/hooks/build" } }
     }
   }
   Jenkins masks nothing in the console output""")
_t("test", "nginx-app-log", "log", "en",
   "⟨ip⟩ - - [02/Mar/2025:⟨time⟩ +0000] \"GET /api/export?access_token=⟦opaque⟧&format=csv HTTP/1.1\" 200 "
   "18422\nwhy are exports so slow in the evening?",
   "[⟨date⟩ ⟨time⟩] ERROR config loaded: {'db_host': '⟨host⟩', 'db_password': '⟦pwc⟧', 'pool': 10}\n"
   "why is the pool exhausted?",
   "WARN  [main] o.a.k.c.NetworkClient: SASL authentication failed using mechanism PLAIN "
   "(username=⟨acct⟩, password=⟦pwc⟧)\nKafka client keeps reconnecting")
_t("test", "ledger-seed-grid", "seed_phrase", "en",
   "Backup of the treasury wallet (Ledger), 24 words:\n⟦seed24⟧\nShould I split it with Shamir?",
   "trust wallet phrase: ⟦seed12⟧. The app says 'invalid phrase', is one word misspelled?")
_t("test", "url-query-key", "url_token", "en",
   "The geocoder works with https://geo.⟨domain⟩/v1/search?q=station&format=json&key=⟦hex32⟧ in the "
   "browser but not from the server",
   "Twilio REST call: https://⟨twilio_sid:a⟩:⟦twilio_token⟧@api.twilio.com/2010-04-01/Accounts/⟨twilio_sid:a⟩/"
   "Messages.json – 20003 authenticate error")

# ---- several secrets at once
_t("test", "new-hire-mail-de", "mixed", "de", """
   Willkommen im Team! Deine Zugänge:
   – Laptop-Login: Einmalpasswort ⟦pw⟧
   – WLAN ⟨ssid⟩: ⟦wifi⟧
   – Kopierer-PIN: ⟦pin4⟧
   – Tür Nebeneingang: ⟦door⟧
   Kannst du das in eine freundliche Mail umschreiben?""")
_t("test", "ci-debug-paste", "mixed", "en", """
   My CI job log (secrets weren't masked, oops):
   + export ⟨vendor_env⟩=⟦vendor_key⟧
   + export AWS_ACCESS_KEY_ID=⟦aws_id⟧
   + export AWS_SECRET_ACCESS_KEY=⟦aws_secret⟧
   + terraform apply -auto-approve
   Error: error configuring S3 Backend: no valid credential sources found""")
_t("test", "handover-mixed-fr", "mixed", "fr", """
   Passation de l'astreinte :
   - compte ⟨system⟩ : ⟨acct⟩ / ⟦pw⟧
   - code du local serveur : ⟦door⟧
   - jeton API ⟨npvendor⟩ : ⟦npvendor_key⟧
   Merci de rédiger un mail de passation propre.""")
_t("test", "app-config-mixed", "mixed", "en", """
   config.toml:
   [database]
   url = "postgresql://⟨acct⟩:⟦pwc⟧@⟨host⟩/⟨db⟩"
   [auth]
   jwt_secret = "⟦b64_32⟧"
   [email]
   api_key = "⟦sendgrid⟧"
   the server crashes on boot with 'invalid url'""")
_t("test", "vendor-onboarding-mixed", "mixed", "en", """
   From the ⟨npvendor⟩ onboarding e-mail:
   API key: ⟦npvendor_key⟧
   Dashboard login: ⟨acct⟩ / ⟦pwr⟧
   SFTP: sftp://⟨acct⟩:⟦pwc⟧@sftp.⟨domain⟩:22/inbound
   what should go into our secret manager?""")
_t("test", "laptop-handoff-es", "mixed", "es", """
   Entrego el portátil de soporte:
   - contraseña de Windows: ⟦pw⟧
   - PIN de BitLocker: ⟦pin6⟧
   - frase de recuperación del monedero de pruebas: ⟦seed12⟧
   ¿Qué más debería cambiar antes de dárselo a otra persona?""")

# ---- negatives
_t("test", "neg-npm-integrity", "neg_hash", "en",
   "package-lock has \"integrity\": \"sha512-⟨sri⟩\" and npm ci says EINTEGRITY. How do I "
   "regenerate the lock file?",
   "Cherry-pick ⟨sha⟩ onto release/⟨version⟩ please, it conflicts with ⟨short_sha⟩.",
   "Our webhook handler computes a different value than X-Hub-Signature-256: sha256=⟨sha256⟩ – do I hash "
   "the raw body or the parsed JSON?")
_t("test", "neg-md5-etag", "neg_hash", "de",
   "Die ETag der Datei ist \"⟨md5⟩\", aber der Upload bricht ab. Woran liegt das?")
_t("test", "neg-uuid-ids", "neg_uuid", "en",
   "Customer tenant ⟨uuid:a⟩ can't see invoice ⟨uuid:b⟩ in the portal. Correlation id: ⟨uuid:c⟩.",
   "GET /api/v2/projects/⟨uuid⟩/members returns 404 – the project exists, I can see it in the UI.")
_t("test", "neg-placeholders-yaml", "neg_placeholder", "en", """
   # values.yaml (template)
   apiKey: "YOUR_API_KEY_HERE"
   password: "<password>"
   token: "{{ .Values.token }}"
   secret: REPLACE_ME
   Which of these should come from a Kubernetes secret?""",
   "export GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX  # replace with yours\nis that the right "
   "format for fine-grained tokens?")
_t("test", "neg-masked-es", "neg_redacted", "es",
   "En el log aparece password=**** y token=[oculto]. ¿Cómo configuro el enmascarado en Logback?",
   ("en", "The admin UI shows the key as ••••••••••••a91c. Can I reveal it again or must I rotate?"))
_t("test", "neg-docs-token-setup", "neg_docs", "en",
   "To authenticate, create a personal access token with the read_api scope and export it as GITLAB_TOKEN. "
   "The CLI reads it on start. Rewrite these instructions for non-developers.")
_t("test", "neg-policy-fr-es", "neg_policy", "fr",
   "Politique de mots de passe : 12 caractères minimum, une majuscule, un chiffre, renouvellement tous les "
   "90 jours. Est-ce conforme aux recommandations de la CNIL ?")
_t("test", "neg-policy-en2", "neg_policy", "en",
   "Your PIN must be 6 digits and cannot contain sequences like 123456 or repeated digits. Is this rule "
   "reasonable for a banking app?")
_t("test", "neg-forgot-mail-de", "neg_reset_mail", "de",
   "Betreff: Passwort zurücksetzen\nSie haben angefordert, Ihr Passwort zurückzusetzen. Klicken Sie auf die "
   "Schaltfläche unten. Der Link ist 30 Minuten gültig.\n\nIst das eine echte Mail?")
_t("test", "neg-base64-json", "neg_base64_data", "en",
   "The webhook payload is base64: eyJldmVudCI6Im9yZGVyLmNyZWF0ZWQiLCJpZCI6MTIzNDUsImN1cnJlbmN5IjoiRVVSIn0= "
   "– how do I decode it in Node?")
_t("test", "neg-versions-semver", "neg_version", "en",
   "pip freeze shows urllib3==⟨version⟩ and requests==⟨version:b⟩; Docker image built from ⟨short_sha⟩ "
   "(build #⟨build⟩). Which combination is vulnerable?")
_t("test", "neg-order-numbers-en", "neg_order_number", "en",
   "Order ⟨order⟩ shipped with tracking ⟨tracking⟩ but the customer says nothing arrived. Invoice "
   "INV-⟨build⟩. Draft an apology.")
_t("test", "neg-secret-ref-k8s", "neg_reference", "en", """
   env:
     - name: DB_PASSWORD
       valueFrom:
         secretKeyRef:
           name: ⟨project⟩-db
           key: password
   the pod says the secret is not found""",
   "The API key is stored in AWS Secrets Manager as ⟨project⟩/prod/api-key and injected at deploy time. "
   "How do I grant the Lambda read access?")

# ---- test, second batch
_t("test", "password-first-test", "prose_password", "en",
   "⟦pw⟧ — that's the new admin pw for ⟨system⟩, don't lose it again 😅",
   "\"⟦pw⟧\" is what I typed and it says wrong password. Caps lock is off. Ideas?")
_t("test", "teams-export-en", "prose_password", "en", """
   Service Desk  10:02
   who has the ⟨system⟩ password?
   Ops Desk  10:03
   it's ⟦pw⟧ (don't tell anyone)
   Service Desk  10:03
   👍
   turn this into a ticket comment""")
_t("test", "auto-mail-temp-pw", "prose_password", "en", """
   Your account has been created.
   Username: ⟨acct⟩
   Temporary password: ⟦pwr⟧
   You will be asked to change it at first sign-in.
   ---
   is this a legit mail from our ⟨system⟩?""")
_t("test", "passphrase-nl-it", "passphrase", "nl",
   "De wachtzin voor de back-upkluis is ⟦passphrase⟧. Is dat sterk genoeg?")
_t("test", "vendor-key-it-nl", "vendor_key", "it",
   "La chiave API di ⟨vendor⟩ è ⟦vendor_key⟧, come la imposto nelle variabili d'ambiente di Netlify?",
   "La API key di ⟨npvendor⟩ per la produzione: ⟦npvendor_key⟧ — va nell'header?")
_t("test", "k8s-secret-stringdata", "private_key", "en", """
   apiVersion: v1
   kind: Secret
   metadata:
     name: ⟨project⟩-tls
   type: kubernetes.io/tls
   stringData:
     tls.crt: |
       -----BEGIN CERTIFICATE-----
       MIIDdzCCAl+gAwIBAgIU⟨md5⟩
       -----END CERTIFICATE-----
     tls.key: |
       ⟦privkey_indented⟧
   ingress-nginx says the secret has no valid key""")
_t("test", "dump-tools-shell", "shell", "en",
   "PGPASSWORD=⟦pwc⟧ pg_dump -h ⟨host⟩ -U ⟨acct⟩ ⟨db⟩ > backup.sql\nwhy is the dump empty?",
   "mysqldump -u root --password=⟦pwc⟧ --single-transaction ⟨db⟩ | gzip > db.sql.gz – it locks tables anyway")
_t("test", "sql-users-test", "code", "en",
   "ALTER LOGIN sa WITH PASSWORD = '⟦pwc⟧';\nGO\nSQL Server Agent stopped working after this",
   "db.createUser({ user: \"⟨acct⟩\", pwd: \"⟦pwc⟧\", roles: [{ role: \"readWrite\", db: \"⟨db⟩\" }] })\n"
   "mongo says 'command createUser requires authentication'")
_t("test", "json-escaped-log", "log", "en", r"""
   {"level":"error","msg":"upstream failed",
    "request":"{\"headers\":{\"authorization\":\"Bearer ⟦opaque⟧\"},\"path\":\"/v1/sync\"}"}
   how do I stop our logger from writing the request headers?""")
_t("test", "kubeconfig-key-data", "config_file", "en", """
   users:
   - name: admin
     user:
       client-certificate-data: ⟨cert_data_b64⟩
       client-key-data: ⟦key_data_b64⟧
   kubectl: error: tls: private key does not match public key""")
_t("test", "neg-public-keys-test", "neg_public_key", "en",
   "Here is our public key for verifying the webhook signatures, is the format right for Node's crypto?\n"
   "⟨pub_block⟩",
   "GitHub deploy key (public half): ⟨ssh_pub⟩ – where do I paste it?")
_t("test", "hint-test-de", "prose_password", "de",
   "Mein Passworthinweis lautet „Katze + Geburtsjahr“, also eigentlich ⟦pw⟧ – kann man den Hinweis in macOS "
   "ausblenden?",
   ("en", "the hint on the kiosk login literally says 'same as the wifi': ⟦pw⟧. should I remove it?"))
_t("test", "neg-ci-secret-refs", "neg_reference", "en", """
   - run: ./deploy.sh
     env:
       API_TOKEN: ${{ secrets.API_TOKEN }}
       DB_PASSWORD: ${{ secrets.DB_PASSWORD }}
   and in Jenkins: withCredentials([string(credentialsId: 'sonar-token', variable: 'SONAR_TOKEN')])
   Why is the secret empty in pull requests from forks?""")
_t("test", "neg-forgot-pw-pl-pt", "neg_reset_mail", "pl",
   "Zapomniałem hasła do ⟨system⟩, a mail z resetem nie przychodzi. Co mogę zrobić?",
   ("pt", "Esqueci a senha do ⟨system⟩ e o link de redefinição expirou. Como peço um novo?"))
_t("test", "codici-it", "pin", "it",
   "Codice della cassaforte: ⟦door⟧. PIN della SIM aziendale ⟦pin4⟧, PUK ⟦puk⟧. Dove li conservo?")
_t("test", "wifi-senha-pt", "prose_password", "pt",
   "A senha do Wi-Fi do escritório de ⟨office⟩ é ⟦wifi⟧ (rede ⟨ssid⟩). Fazes um aviso para a receção?")
_t("test", "email-pl", "prose_password", "pl", """
   Temat: Nowe hasło do ⟨system⟩

   Cześć,
   hasło do wspólnego konta zostało zmienione na: ⟦pw⟧
   Pozdrawiam, IT

   Popraw proszę ton tej wiadomości.""")
_t("test", "overdracht-nl", "prose_password", "nl",
   "Overdracht: ⟨system⟩ – account ⟨acct⟩, ww: ⟦pw⟧. Back-up draait weer. Maak hier een nette mail van.")
_t("test", "frase-es", "passphrase", "es",
   "La frase de contraseña de la bóveda es «⟦passphrase⟧». ¿Es suficientemente segura?")

def main(argv: Sequence[str] | None = None) -> int:
    return write_half(generate, "Write one half of the fourth secrets corpus as JSONL.", DEFAULT_SEED, argv)


if __name__ == "__main__":
    raise SystemExit(main())
