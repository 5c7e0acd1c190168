"""The sixth secrets corpus: secrets as people share them at work, informally and in many languages.

What: prompts an employee might paste into ChatGPT, Claude or Copilot (an instruction plus pasted material),
each with every secret labelled as type ``SECRET`` and ``meta.scope == ["SECRET"]`` (only secret detections
are scored; names, phones, rooms and the like around them are neither labelled nor counted). It leans on what
other corpora under-cover: short and digit-only codes said by people — SIM PIN/PUK, card and voicemail PINs,
phone unlock codes, door, gate, garage, lockbox, key-safe, alarm, locker, bike-lock and safe combinations
(``4471#``, ``*2580``, ``17-23-05``), one-time/SMS/TAN codes, backup-code lists, Wi-Fi keys, router sticker
passwords, helpdesk temporary passwords, shared-account passwords and passphrases — in the forms people use:
after a cue word, the cue after the value, as the answer in a chat, digits said as words in call and
voice-note transcripts (in the text's language), Markdown/CSV/spreadsheet pastes with headers in the text's
language, typo'd SMS, quotes and backticks, a cue and its value on two lines, in passing, short-let messages,
helpdesk tickets, onboarding mails, handover notes, family chats and OCR of stickers.

Languages (``meta.lang``): English (about 40 % of records with machine text and negatives), nl, sv, da, nb,
fi, pl, cs, tr, ro, hu, es (Spain and Latin America), pt-BR, id, vi (with diacritics), tl, and mixed messages
(es-en Spanglish, tl-en Taglish, nl-en). About 15 % machine material (``.env``, YAML, curl, connection
strings, CI logs echoing a secret, properties, PowerShell, JSON) with vendor keys in the shapes the vendors
document (random bodies). About 20 % negatives (``meta.kind == "negative"``, no spans, ``meta.neg_class``):
the same genres full of look-alikes that are not secrets (see ``NEG_CLASSES``).

Labelling: a span is the secret value only (the password, not ``password:``; each code of a list apart; a
code said as words is the run of number words; a URI's password, not the URI). Every occurrence of a value is
labelled (records where a value would also appear unlabelled are drawn again).

Split: ``dev`` (may be tuned on) and ``test`` (read in aggregate only), 300 records each, with disjoint
templates, cue phrasings written apart where possible, disjoint vendors, disjoint password word pools,
different seeds, and no shared secret value (digit-only values have an even digit sum in dev and an odd one in
test). Templates are written by hand by an author who did not read the scrubber or the other corpora; values
come from this module's generators (no Faker). The same seed gives the same records in every process (no
``hash()`` of strings; the half's seed is mixed with ``zlib.crc32``).

``python -m benchmarks.secrets_corpus6 --half dev [--n N] [--seed S]`` prints JSONL.
"""

import random
import re
import string
import zlib
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 60606
LANGS = ("en", "nl", "sv", "da", "nb", "fi", "pl", "cs", "tr", "ro", "hu", "es", "pt-BR", "id", "vi", "tl",
         "es-en", "tl-en", "nl-en")
NEG_CLASSES = ("rooms_and_extensions", "travel_numbers", "order_and_tracking", "times_prices_quantities",
               "versions_and_skus", "placeholders", "policy_and_reset", "masked_values", "hashes_and_ids",
               "network_name_alone")
MACHINE_FORMS = {"env", "yaml", "curl", "conn_string", "ci_log", "properties", "shell", "json"}
# Share of each bucket in a half: negatives, machine material, English prose, prose in the other languages.
SHARES = (("negative", 0.20), ("machine", 0.15), ("en", 0.21), ("other", 0.44))

# ---------------------------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------------------------
NUMBER_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
    "da": "nul en to tre fire fem seks syv otte ni",
    "nb": "null en to tre fire fem seks sju åtte ni",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă",
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt-BR": "zero um dois três quatro cinco seis sete oito nove",
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan",
    "vi": "không một hai ba bốn năm sáu bảy tám chín",
    "tl": "sero isa dalawa tatlo apat lima anim pito walo siyam",
}
SPOKEN_LANG = {"es-en": "es", "tl-en": "en", "nl-en": "nl"}  # which words a mixed message says digits in

# Words people build passwords, Wi-Fi keys and passphrases from; split between the halves.
PW_WORDS = {
    "dev": ("tulp", "zonnebloem", "kanarie", "fjord", "lumi", "mewa", "jahoda", "kedi", "ursul", "cica",
            "girasol", "caju", "melati", "sen", "bahay", "marmot", "pelikan", "kastanje", "hygge", "sauna",
            "pierogi", "trabant", "simit", "mamaliga", "paprika", "churro", "pitanga", "rendang", "pho",
            "adobo", "windmill", "teapot", "bluebird", "harbor", "pumpkin", "falcon", "maple", "orbit"),
    "test": ("stroopwafel", "dijk", "lingon", "fika", "smorrebrod", "troll", "sisu", "bocian", "pivo",
             "lokum", "dracula", "gulyas", "tortilla", "mango", "acai", "kopi", "lotus", "jeepney",
             "sampaguita", "otter", "cactus", "lantern", "walrus", "comet", "biscuit", "glacier", "violet",
             "rocket", "anchor", "noodle", "badger", "meadow", "tundra", "cobalt", "saffron", "quokka",
             "mochi", "fennel"),
}
FIRST_NAMES = ("Anouk", "Sanne", "Joris", "Elin", "Mads", "Ingrid", "Aino", "Kasia", "Tomasz", "Jana",
               "Emre", "Ioana", "Bence", "Lucía", "Mateo", "Thiago", "Ayu", "Linh", "Joy", "Marco",
               "Priya", "Sam", "Chloe", "Dev", "Mia", "Olu", "Ravi", "Noor", "Kenji", "Ana")
SSIDS = ("Ziggo-5G-8841", "KPN_Gast", "Telia-2G-55AF", "TP-Link_3A7C", "FRITZ!Box 7590 KX", "Guest-WiFi",
         "Office_Guests", "Vodafone-C0A8", "UPC2291044", "TurkTelekom_ZT8", "DIGI-24", "Telekom-8F21",
         "MOVISTAR_7E12", "NET_2G4F1C", "IndiHome-Lantai2", "VNPT_Tang3", "PLDTHOMEFIBR5a1c", "eduroam",
         "CasaLopez", "ATT9xk2", "Starbucks WiFi", "BlueOffice-5G")
HOSTS = ("db.internal", "10.0.4.17", "pg-prod-02.eu-west-1.rds.amazonaws.com", "mysql.shop.local",
         "sql01.corp.lan", "127.0.0.1", "postgres", "redis-master.default.svc")
DB_USERS = ("app", "shop_rw", "deploy", "svc_billing", "admin", "etl_user", "root", "wp_user")
DB_NAMES = ("shop", "billing", "crm_prod", "wordpress", "analytics", "hr", "orders")
LOGINS = ("j.devries", "elin.berg", "mads.k", "tkowalski", "ioana.pop", "bence.nagy", "lucia.g", "thiago.s",
          "ayu.p", "linh.nguyen", "joy.reyes", "reception", "frontdesk", "info", "ops-shared")


def _digits(rng: random.Random, n: int, half: str) -> str:
    """``n`` random digits whose sum is even in dev and odd in test, so the halves share no digit-only
    value."""
    d = [rng.randrange(10) for _ in range(n)]
    if sum(d) % 2 != (half == "test"):
        d[-1] = (d[-1] + 1) % 10 if d[-1] != 9 else 8
    return "".join(map(str, d))


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


AZ09 = string.ascii_letters + string.digits
UP09 = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = AZ09 + "+/"
URLSAFE = AZ09 + "-_"


def _word(rng: random.Random, half: str) -> str:
    return rng.choice(PW_WORDS[half])


def pin4(rng, ctx):
    return _digits(rng, 4, ctx["half"])


def pin6(rng, ctx):
    return _digits(rng, 6, ctx["half"])


def puk(rng, ctx):
    return _digits(rng, 8, ctx["half"])


def door(rng, ctx):
    """Door, gate, lockbox and alarm codes as keypads take them."""
    d = _digits(rng, rng.choice((4, 4, 5, 6)), ctx["half"])
    return rng.choice((d, d, d + "#", "*" + d, "#" + d, d[:2] + "*" + d[2:]))


def combo(rng, ctx):
    """Dial, padlock and bike-lock combinations: ``17-23-05``, ``0912``, ``3-1-4-1``, ``271``."""
    n, shape = rng.choice(((6, "{}{}-{}{}-{}{}"), (4, "{}{}{}{}"), (4, "{}-{}-{}-{}"), (6, "{}{} {}{} {}{}"),
                           (3, "{}{}{}"), (5, "{}{}{}{}{}")))
    return shape.format(*_digits(rng, n, ctx["half"]))


def otp(rng, ctx):
    d = _digits(rng, 6, ctx["half"])
    return rng.choice((d, d, d, f"{d[:3]} {d[3:]}", f"{d[:3]}-{d[3:]}"))


def backup(rng, ctx):
    """One code of a recovery-code list, in the shapes of common services."""
    shape = ctx.setdefault("backup_shape", rng.randrange(4))  # one list, one shape
    if shape == 0:
        return _rand(rng, HEX, 5) + "-" + _rand(rng, HEX, 5)
    if shape == 1:
        d = _digits(rng, 8, ctx["half"])
        return d[:4] + " " + d[4:]
    if shape == 2:
        return _rand(rng, string.ascii_lowercase + string.digits, 4) + "-" + _rand(
            rng, string.ascii_lowercase + string.digits, 4)
    return _digits(rng, 8, ctx["half"])


def _human_pw(rng, half):
    w = _word(rng, half)
    n = _digits(rng, rng.choice((2, 2, 3, 4)), half)
    return rng.choice((
        w.capitalize() + n + rng.choice("!?#$*"),
        w + n,
        w.capitalize() + rng.choice("@_-.") + n,
        w.replace("a", "@").replace("o", "0").capitalize() + n,
        w.capitalize() + _word(rng, half).capitalize() + n,
        w.upper() + rng.choice("!#") + n,
    ))


def pw(rng, ctx):
    return _human_pw(rng, ctx["half"])


def wifi(rng, ctx):
    half = ctx["half"]
    two = rng.sample(PW_WORDS[half], 2)
    return rng.choice((_human_pw(rng, half), f"{two[0]}-{two[1]}-{_digits(rng, 2, half)}",
                       _rand(rng, AZ09, 12), _rand(rng, string.ascii_lowercase + string.digits, 10)))


def router(rng, ctx):
    """The WPA key on a router's sticker."""
    return rng.choice((_rand(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", rng.choice((10, 12, 16))),
                       _rand(rng, string.ascii_lowercase + "23456789", 12),
                       "-".join(_rand(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4) for _ in range(4))))


def admin(rng, ctx):
    return _rand(rng, AZ09, rng.choice((8, 10)))


def temp(rng, ctx):
    """Helpdesk temporary passwords: a random string or a template the helpdesk fills."""
    half = ctx["half"]
    return rng.choice((_rand(rng, AZ09, 3) + rng.choice("#!%&") + _rand(rng, AZ09, 6),
                       _word(rng, half).capitalize() + "-" + _digits(rng, 4, half) + rng.choice("!#"),
                       _rand(rng, AZ09, 10), _word(rng, half).capitalize() + _digits(rng, 4, half) + "x"))


def phrase(rng, ctx):
    half = ctx["half"]
    words = rng.sample(PW_WORDS[half], rng.choice((3, 4, 4, 5)))
    return rng.choice((" ", "-", ".", "_")).join(words)


def dbpw(rng, ctx):
    return rng.choice((_rand(rng, AZ09, 16), _rand(rng, AZ09, 24), _human_pw(rng, ctx["half"]),
                       _rand(rng, AZ09 + "!_-", 20)))


def _said(rng, ctx, n):
    words = NUMBER_WORDS[SPOKEN_LANG.get(ctx["lang"], ctx["lang"])].split()
    sep = ctx.setdefault("said_sep", rng.choice((" ", " ", ", ", "-", " ... ")))
    return sep.join(words[int(c)] for c in _digits(rng, n, ctx["half"]))


def said4(rng, ctx):
    """A code said digit by digit in the record's language, as a transcript writes it."""
    return _said(rng, ctx, 4)


def said6(rng, ctx):
    return _said(rng, ctx, 6)


def vkey(rng, ctx):
    return ctx["vendor"][2](rng)


SECRETS = {f.__name__: f for f in (pin4, pin6, puk, door, combo, otp, backup, pw, wifi, router, admin, temp,
                                   phrase, dbpw, said4, said6, vkey)}

# Vendor keys in documented shapes (random bodies): (vendor, env variable, generator, API host).
VENDORS = {
    "dev": (
        ("AWS", "AWS_ACCESS_KEY_ID", lambda r: "AKIA" + _rand(r, UP09, 16), "sts.amazonaws.com"),
        ("AWS secret", "AWS_SECRET_ACCESS_KEY", lambda r: _rand(r, B64, 40), "s3.amazonaws.com"),
        ("GitHub", "GITHUB_TOKEN", lambda r: "ghp_" + _rand(r, AZ09, 36), "api.github.com"),
        ("Stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + _rand(r, AZ09, 24), "api.stripe.com"),
        ("Slack", "SLACK_BOT_TOKEN",
         lambda r: f"xoxb-{r.randrange(10**11, 10**12)}-{r.randrange(10**12, 10**13)}-{_rand(r, AZ09, 24)}",
         "slack.com"),
        ("OpenAI", "OPENAI_API_KEY",
         lambda r: "sk-proj-" + _rand(r, URLSAFE, 48) + "T3BlbkFJ" + _rand(r, URLSAFE, 48), "api.openai.com"),
        ("SendGrid", "SENDGRID_API_KEY",
         lambda r: "SG." + _rand(r, URLSAFE, 22) + "." + _rand(r, URLSAFE, 43), "api.sendgrid.com"),
        ("Twilio", "TWILIO_AUTH_TOKEN", lambda r: _rand(r, HEX, 32), "api.twilio.com"),
        ("npm", "NPM_TOKEN", lambda r: "npm_" + _rand(r, AZ09, 36), "registry.npmjs.org"),
        ("Shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + _rand(r, HEX, 32), "myshop.myshopify.com"),
        ("Hugging Face", "HF_TOKEN", lambda r: "hf_" + _rand(r, string.ascii_letters, 34), "huggingface.co"),
        ("DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + _rand(r, HEX, 64),
         "api.digitalocean.com"),
        ("Postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + _rand(r, HEX, 24) + "-" + _rand(r, HEX, 34),
         "api.getpostman.com"),
        ("Linear", "LINEAR_API_KEY", lambda r: "lin_api_" + _rand(r, AZ09, 40), "api.linear.app"),
        ("Databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + _rand(r, HEX, 32),
         "adb-1234.azuredatabricks.net"),
        ("New Relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + _rand(r, UP09, 27), "api.newrelic.com"),
        ("Telegram", "TELEGRAM_BOT_TOKEN",
         lambda r: f"{r.randrange(10**9, 10**10)}:AA" + _rand(r, URLSAFE, 33), "api.telegram.org"),
        ("Supabase", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + _rand(r, HEX, 40), "api.supabase.com"),
        ("Grafana", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + _rand(r, AZ09, 32) + "_" + _rand(r, HEX, 8),
         "grafana.example.net"),
        ("Vault", "VAULT_TOKEN", lambda r: "hvs." + _rand(r, AZ09, 24), "vault.internal:8200"),
        ("Mollie", "MOLLIE_API_KEY", lambda r: "live_" + _rand(r, AZ09, 30), "api.mollie.com"),
        ("Midtrans", "MIDTRANS_SERVER_KEY", lambda r: "Mid-server-" + _rand(r, URLSAFE, 24),
         "api.midtrans.com"),
        ("Mercado Pago", "MP_ACCESS_TOKEN", lambda r: f"APP_USR-{r.randrange(10**15, 10**16)}-"
         f"{r.randrange(10**5, 10**6)}-{_rand(r, HEX, 32)}-{r.randrange(10**8, 10**9)}",
         "api.mercadopago.com"),
        ("Airtable", "AIRTABLE_PAT", lambda r: "pat" + _rand(r, AZ09, 14) + "." + _rand(r, HEX, 64),
         "api.airtable.com"),
    ),
    "test": (
        ("GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + _rand(r, URLSAFE, 20), "gitlab.com"),
        ("GitHub fine-grained", "GH_PAT",
         lambda r: "github_pat_11" + _rand(r, UP09, 20) + "_" + _rand(r, AZ09, 59), "api.github.com"),
        ("Anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + _rand(r, URLSAFE, 93) + "AA",
         "api.anthropic.com"),
        ("Google", "GOOGLE_API_KEY", lambda r: "AIza" + _rand(r, URLSAFE, 35), "maps.googleapis.com"),
        ("Mailgun", "MAILGUN_API_KEY", lambda r: "key-" + _rand(r, HEX, 32), "api.eu.mailgun.net"),
        ("PyPI", "TWINE_PASSWORD", lambda r: "pypi-AgEIcHlwaS5vcmc" + _rand(r, URLSAFE, 60),
         "upload.pypi.org"),
        ("Stripe restricted", "STRIPE_RK", lambda r: "rk_live_" + _rand(r, AZ09, 99), "api.stripe.com"),
        ("Atlassian", "JIRA_API_TOKEN",
         lambda r: "ATATT3xFfGF0" + _rand(r, URLSAFE, 170) + "=" + _rand(r, UP09, 8),
         "yourteam.atlassian.net"),
        ("Notion", "NOTION_TOKEN", lambda r: "ntn_" + _rand(r, AZ09, 46), "api.notion.com"),
        ("Doppler", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + _rand(r, AZ09, 40), "api.doppler.com"),
        ("Pulumi", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + _rand(r, HEX, 40), "api.pulumi.com"),
        ("Terraform Cloud", "TF_TOKEN_app_terraform_io", lambda r: _rand(r, AZ09, 14) + ".atlasv1." +
         _rand(r, AZ09, 67), "app.terraform.io"),
        ("Figma", "FIGMA_TOKEN", lambda r: "figd_" + _rand(r, URLSAFE, 40), "api.figma.com"),
        ("Replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + _rand(r, AZ09, 37), "api.replicate.com"),
        ("Groq", "GROQ_API_KEY", lambda r: "gsk_" + _rand(r, AZ09, 52), "api.groq.com"),
        ("Xendit", "XENDIT_SECRET_KEY", lambda r: "xnd_production_" + _rand(r, AZ09, 60), "api.xendit.co"),
        ("Paystack", "PAYSTACK_SECRET_KEY", lambda r: "sk_live_" + _rand(r, HEX, 40), "api.paystack.co"),
        ("Square", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + _rand(r, URLSAFE, 60), "connect.squareup.com"),
        ("age", "SOPS_AGE_KEY",
         lambda r: "AGE-SECRET-KEY-1" + _rand(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58), "localhost"),
        ("Sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntrys_eyJpYXQiOjE3" + _rand(r, AZ09, 60), "sentry.io"),
        ("Fly.io", "FLY_API_TOKEN", lambda r: "fo1_" + _rand(r, URLSAFE, 43), "api.machines.dev"),
        ("Netlify", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + _rand(r, AZ09, 36), "api.netlify.com"),
        ("Okta", "OKTA_API_TOKEN", lambda r: "00" + _rand(r, URLSAFE, 40), "dev-123456.okta.com"),
        ("Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: _rand(r, URLSAFE, 40), "api.cloudflare.com"),
        ("Datadog", "DD_API_KEY", lambda r: _rand(r, HEX, 32), "api.datadoghq.eu"),
    ),
}


def vendors(half: str) -> list[str]:
    """The vendor names whose keys ``half`` holds."""
    return [v[0] for v in VENDORS[half]]


def _masked(rng, ctx):
    return rng.choice(("****", "•••• ", "XXXX-XXXX-XXXX-", "**** **** **** ")) + f"{rng.randrange(10000):04d}"


# Unlabelled fillers: names, places in a building, travel, orders, times, versions, ids.
FILLERS = {
    "first": lambda r, c: r.choice(FIRST_NAMES),
    "ssid": lambda r, c: r.choice(SSIDS),
    "login": lambda r, c: r.choice(LOGINS),
    "host": lambda r, c: r.choice(HOSTS),
    "dbuser": lambda r, c: r.choice(DB_USERS),
    "db": lambda r, c: r.choice(DB_NAMES),
    "vname": lambda r, c: c["vendor"][0],
    "venv": lambda r, c: c["vendor"][1],
    "vhost": lambda r, c: c["vendor"][3],
    "room": lambda r, c: r.choice(("", "B", "C", "")) + str(r.randrange(100, 640)),
    "floor": lambda r, c: str(r.randrange(1, 12)),
    "ext": lambda r, c: str(r.randrange(2000, 7999)),
    "ticket": lambda r, c: str(r.randrange(100000, 999999)),
    "order": lambda r, c: str(r.randrange(10**7, 10**8)),
    "invoice": lambda r, c: f"{r.choice(('INV', 'F', 'FV'))}-{r.randrange(2023, 2027)}-"
    f"{r.randrange(1000, 9999)}",
    "tracking": lambda r, c: r.choice(("1Z" + _rand(r, UP09, 16), "3S" + _rand(r, UP09, 13),
                                       "JVGL" + _rand(r, string.digits, 16))),
    "flight": lambda r, c: r.choice(("KL", "SK", "LO", "TK", "VN", "PR", "GA", "IB", "LA", "AY")) +
    str(r.randrange(100, 2999)),
    "gate": lambda r, c: r.choice("ABCDEFG") + str(r.randrange(1, 60)),
    "platform": lambda r, c: str(r.randrange(1, 22)) + r.choice(("", "a", "b")),
    "time": lambda r, c: f"{r.randrange(6, 23):02d}:{r.choice((0, 15, 30, 45, 10, 55)):02d}",
    "price": lambda r, c: f"{r.randrange(5, 2500)},{r.randrange(100):02d}",
    "qty": lambda r, c: str(r.randrange(2, 400)),
    "zip": lambda r, c: str(r.randrange(10000, 99999)),
    "year": lambda r, c: str(r.randrange(2019, 2027)),
    "version": lambda r, c: f"{r.randrange(1, 17)}.{r.randrange(0, 20)}.{r.randrange(0, 40)}",
    "sku": lambda r, c: f"{_rand(r, string.ascii_uppercase, 3)}-{r.randrange(1000, 9999)}-"
    f"{_rand(r, UP09, 2)}",
    "uuid": lambda r, c: "-".join((_rand(r, HEX, 8), _rand(r, HEX, 4), "4" + _rand(r, HEX, 3),
                                   r.choice("89ab") + _rand(r, HEX, 3), _rand(r, HEX, 12))),
    "sha": lambda r, c: _rand(r, HEX, 40),
    "sha256": lambda r, c: _rand(r, HEX, 64),
    "masked": _masked,
    "last4": lambda r, c: f"{r.randrange(10000):04d}",
    "port": lambda r, c: str(r.choice((3000, 8080, 8000, 5000, 443))),
    "serial": lambda r, c: _rand(r, UP09, 12),
    "mac": lambda r, c: ":".join(_rand(r, "0123456789ABCDEF", 2) for _ in range(6)),
    "date": lambda r, c: f"{r.randrange(1, 28)}.{r.randrange(1, 12)}.",
}


@dataclass(frozen=True)
class Template:
    """One hand-written text: ``⟦kind⟧`` marks a labelled secret, ``⟨kind⟩`` an unlabelled filler;
    ``:n`` after a kind repeats the same value inside the record."""
    name: str
    lang: str
    form: str
    text: str
    neg_class: str | None = None

    @property
    def bucket(self) -> str:
        if self.neg_class:
            return "negative"
        if self.form in MACHINE_FORMS:
            return "machine"
        return "en" if self.lang == "en" else "other"


MARKER = re.compile(r"⟦(\w+)(?::(\d))?⟧|⟨(\w+)(?::(\d))?⟩")


def _render(t: Template, rng: random.Random, half: str, vendor: tuple) -> tuple[str, list[dict]]:
    ctx = {"half": half, "lang": t.lang, "vendor": vendor}
    seen: dict[str, str] = {}
    out, spans, pos = [], [], 0
    length = 0
    for m in MARKER.finditer(t.text):
        out.append(t.text[pos:m.start()])
        length += m.start() - pos
        pos = m.end()
        secret = m.group(1) is not None
        kind, idx = (m.group(1), m.group(2)) if secret else (m.group(3), m.group(4))
        key = f"{'s' if secret else 'f'}:{kind}:{idx}"
        if idx and key in seen:
            value = seen[key]
        else:
            value = SECRETS[kind](rng, ctx) if secret else FILLERS[kind](rng, ctx)
            if idx:
                seen[key] = value
        if secret:
            spans.append({"type": "SECRET", "start": length, "end": length + len(value), "value": value})
        out.append(value)
        length += len(value)
    out.append(t.text[pos:])
    return "".join(out), spans


def _every_occurrence_labelled(text: str, spans: list[dict]) -> bool:
    covered = [False] * len(text)
    for s in spans:
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["value"]) + r"(?!\w)", text):
            if not all(covered[m.start():m.end()]):
                return False
    return True


def templates(half: str) -> list[Template]:
    """The hand-written templates of ``half``."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    return [Template(*row) for row in (DEV if half == "dev" else TEST)]


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default ``SIZES[half]``) of ``half``, the same for the same seed."""
    pool = templates(half)
    n = SIZES[half] if n is None else n
    rng = random.Random(seed * 1000003 + zlib.crc32(half.encode()))
    slots: list[Template] = []
    remaining = n
    for i, (bucket, share) in enumerate(SHARES):
        count = remaining if i == len(SHARES) - 1 else round(n * share)
        count = min(count, remaining)
        remaining -= count
        group = [t for t in pool if t.bucket == bucket]
        rng.shuffle(group)
        slots += [group[j % len(group)] for j in range(count)]
    rng.shuffle(slots)
    cycle = list(VENDORS[half])  # vendors in turn, so that every vendor's key is drawn
    rng.shuffle(cycle)
    records, used = [], 0
    for i, t in enumerate(slots, 1):
        vendor = cycle[used % len(cycle)]
        used += "⟦vkey" in t.text
        for _ in range(50):
            text, spans = _render(t, rng, half, vendor)
            if _every_occurrence_labelled(text, spans):
                break
        meta = {"half": half, "scope": ["SECRET"], "lang": t.lang, "form": t.form, "template": t.name,
                "kind": "negative" if t.neg_class else "positive"}
        if t.neg_class:
            meta["neg_class"] = t.neg_class
        records.append({"id": f"s6-{half}-{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, "Write one half of secrets corpus 6 (secrets as people share them) as JSONL.",
                      DEFAULT_SEED, argv)


# ---------------------------------------------------------------------------------------------------------
# dev templates (may be read and tuned on)
# ---------------------------------------------------------------------------------------------------------
DEV = [
    # --- English prose
    ("dev-en-shortlet", "en", "short_let",
     "Can you make this check-in message friendlier and translate it to German?\n\n"
     "Hi ⟨first⟩! Looking forward to having you. The lockbox is left of the front door, code ⟦door⟧. "
     "Flat is on floor ⟨floor⟩. Wifi is ⟨ssid⟩ and the password is ⟦wifi⟧. Checkout 11am, just leave the "
     "keys on the table. Thanks!"),
    ("dev-en-slack-answer", "en", "chat_answer",
     "Summarize this thread for the facilities channel, one paragraph:\n\n"
     "[08:52] ⟨first:1⟩: morning! anyone know the code for the bike storage? new lock since Monday\n"
     "[08:55] ⟨first:2⟩: ⟦combo⟧\n[08:55] ⟨first:1⟩: legend 🙏\n"
     "[09:03] ⟨first:2⟩: also the printer room on ⟨floor⟩ is locked, ask reception"),
    ("dev-en-voicemail", "en", "transcript",
     "Clean up this voicemail transcript into a short note for my assistant:\n\n"
     "\"hi it's ⟨first⟩ from the alarm company um just calling to say we've reset your system the new "
     "code is ⟦said4⟧ and then press the tick button uh if you have any issues call the office on the "
     "usual number thanks bye\""),
    ("dev-en-helpdesk", "en", "helpdesk",
     "Rewrite this ticket reply so it's less robotic:\n\n"
     "Ticket #⟨ticket⟩ – Account locked\nHi ⟨first⟩,\nWe've unlocked your account ⟨login⟩. "
     "Your temporary password is ⟦temp⟧ and you will be asked to change it when you log in. "
     "If MFA prompts you, the one-time bypass code is ⟦otp⟧ (valid 24h).\nIT Service Desk"),
    ("dev-en-onboarding", "en", "onboarding",
     "Turn this into a welcome checklist for new starters:\n\n"
     "Laptop login: ⟨login⟩ / ⟦temp⟧ (change it day one)\nGuest Wi-Fi: ⟨ssid⟩ – key ⟦wifi⟧\n"
     "Front door after 6pm: ⟦door⟧\nLocker ⟨room⟩ combo: ⟦combo⟧\nKitchen is on floor ⟨floor⟩."),
    ("dev-en-backup", "en", "list",
     "Put these backup codes in a neat two-column table so I can print it:\n\n"
     "⟦backup⟧\n⟦backup⟧\n⟦backup⟧\n⟦backup⟧\n⟦backup⟧\n⟦backup⟧\n⟦backup⟧\n⟦backup⟧"),
    ("dev-en-sms", "en", "sms",
     "whats a polite way to ask my landlord to change this. texts below\n\n"
     "landlord: hi gate code changed its ⟦door⟧ now dont share pls\nme: ok thx\n"
     "landlord: garage same as b4 ⟦pin4⟧\nme: 👍"),
    ("dev-en-cue-after", "en", "cue_after",
     "Make this note to my team sound more professional: ⟦pin4⟧ is the pin for the company fuel card, "
     "please stop texting me for it and save it somewhere sensible lol"),
    ("dev-en-family", "en", "family_chat",
     "My mum sent me this, can you explain what a PUK is and what she should do?\n\n"
     "Mum: the new sim came today. it says PIN ⟦pin4⟧ and PUK ⟦puk⟧ on the card. the phone says sim "
     "locked?? do I put the long one in\nMum: also your dad's phone unlock is ⟦pin6⟧ if you need it"),
    ("dev-en-handover", "en", "table",
     "Format this handover as a proper Markdown table and add a 'rotate by' column:\n\n"
     "| System | User | Password |\n|---|---|---|\n| Shared inbox | ⟨login⟩ | ⟦pw⟧ |\n"
     "| Router admin | admin | ⟦admin⟧ |\n| Alarm panel | – | ⟦pin4⟧ |\n"
     "| Safe (office ⟨room⟩) | – | ⟦combo⟧ |"),
    ("dev-en-ocr", "en", "ocr",
     "This is OCR from the sticker under our router, which fields do I need to set it up?\n\n"
     "MODEL: H268A S/N: ⟨serial⟩\nMAC: ⟨mac⟩\nSSID: ⟨ssid⟩\nWPA2 KEY: ⟦router⟧\n"
     "http://192.168.1.1  User: admin  Password: ⟦admin⟧"),
    ("dev-en-split", "en", "split_lines",
     "Why won't my son's school login work? He wrote it down like this:\n\nusername ⟨login⟩\npassword\n"
     "⟦pw⟧\n(the teacher said its case sensitive)"),
    ("dev-en-passing", "en", "in_passing",
     "Help me write a complaint to my bank. I tried to pay rent at ⟨time⟩, got the text with ⟦otp⟧ but the "
     "app had already timed out and then blocked my card, and the branch on the phone asked me to read out "
     "the code which seems wrong to me."),
    ("dev-en-quoted", "en", "quoted",
     "Translate for our cleaner (she speaks Portuguese): \"The key safe by the back door is `⟦door⟧`. "
     "Alarm off-code (⟦pin4⟧). Please lock up when you leave.\""),
    ("dev-en-passphrase", "en", "cue",
     "Is this a strong enough passphrase for our shared 1Password vault? We picked \"⟦phrase⟧\" "
     "because everyone can remember it."),
    # --- Dutch
    ("dev-nl-sleutelkastje", "nl", "short_let",
     "Kun je dit bericht aan onze gasten wat netter maken?\n\nHoi ⟨first⟩, welkom! Het sleutelkastje hangt "
     "naast de voordeur, de code is ⟦door⟧. Wifi: ⟨ssid⟩, ww ⟦wifi⟧. Fietsen mogen in de schuur (slot: "
     "⟦combo⟧). Groetjes!"),
    ("dev-nl-transcript", "nl", "transcript",
     "Maak een korte samenvatting van dit gesprek:\n\nmedewerker: ja u kunt nu inloggen met de tijdelijke "
     "pincode en die is ⟦said4⟧\nklant: even opschrijven hoor\nmedewerker: ja en daarna moet u zelf een "
     "nieuwe kiezen"),
    ("dev-nl-app", "nl", "chat_answer",
     "Vat deze groepsapp samen:\n\n⟨first:1⟩: wat was de code van het hek bij de bouwplaats?\n⟨first:2⟩: "
     "⟦door⟧\n⟨first:1⟩: top. en het alarm van de keet?\n⟨first:2⟩: ⟦pin4⟧ dan op uit"),
    # --- Swedish
    ("dev-sv-portkod", "sv", "cue",
     "Översätt till engelska åt vår nya hyresgäst:\n\nHej ⟨first⟩! Portkoden är ⟦door⟧ och tvättstugan "
     "bokar du i appen. Wifi-lösen: ⟦wifi⟧ (nätverket heter ⟨ssid⟩). Soprummet har samma kod som porten."),
    ("dev-sv-tabell", "sv", "table",
     "Gör om det här till en snygg tabell:\n\nSkåp;Kod;Ansvarig\n⟨room⟩;⟦combo⟧;⟨first⟩\n"
     "⟨room⟩;⟦pin4⟧;⟨first⟩\nKassaskåp;⟦pin6⟧;⟨first⟩"),
    # --- Danish
    ("dev-da-noglebox", "da", "short_let",
     "Kan du skrive det her pænere til vores gæster?\n\nHej! Nøgleboksen sidder ved døren, koden er ⟦door⟧. "
     "Internet: ⟨ssid⟩, kode ⟦wifi⟧. Husk at låse cyklen, koden til lås er ⟦combo⟧. Mvh ⟨first⟩"),
    ("dev-da-sms", "da", "sms",
     "oversæt til engelsk pls\n\nhej det er ⟨first⟩ fra kontoret. din nye pinkode til telefonen er ⟦pin4⟧ "
     "og puk ⟦puk⟧ hvis den låser. ring hvis noget"),
    # --- Norwegian
    ("dev-nb-garasje", "nb", "cue",
     "Skriv dette om til en kort beskjed til naboene:\n\nKoden til garasjeporten er byttet, ny kode er "
     "⟦pin4⟧. Sykkelboden har fortsatt kodelås ⟦combo⟧. Hilsen styret v/⟨first⟩"),
    ("dev-nb-helpdesk", "nb", "helpdesk",
     "Gjør svaret mer vennlig:\n\nSak ⟨ticket⟩: Passordet ditt er tilbakestilt. Midlertidig passord: "
     "⟦temp⟧\nDu må bytte det ved første innlogging."),
    # --- Finnish
    ("dev-fi-ovikoodi", "fi", "short_let",
     "Käännä englanniksi vieraalle:\n\nMoi ⟨first⟩! Ulko-oven koodi on ⟦door⟧ ja avainboksin koodi "
     "⟦pin4⟧. Wlan: ⟨ssid⟩, salasana ⟦wifi⟧. Sauna on kerroksessa ⟨floor⟩."),
    ("dev-fi-chat", "fi", "chat_answer",
     "Tiivistä tämä keskustelu:\n\n⟨first:1⟩: mikä se hälytyskoodi nyt olikaan?\n⟨first:2⟩: ⟦pin4⟧\n"
     "⟨first:1⟩: kiitti! entä varaston lukko?\n⟨first:2⟩: sama ku ennen, ⟦combo⟧"),
    # --- Polish
    ("dev-pl-domofon", "pl", "cue",
     "Przetłumacz na angielski dla nowego najemcy:\n\nDzień dobry, kod do domofonu to ⟦door⟧, hasło do "
     "wifi: ⟦wifi⟧ (sieć ⟨ssid⟩). Klucz do piwnicy jest w skrzynce, szyfr ⟦combo⟧. Pozdrawiam, ⟨first⟩"),
    ("dev-pl-transkrypcja", "pl", "transcript",
     "Zrób notatkę z tej rozmowy:\n\nkonsultant: dobrze, wysłałem panu nowy PIN do karty, to jest "
     "⟦said4:1⟧\nklient: czyli ⟦said4:1⟧, tak?\nkonsultant: tak, proszę go zmienić w bankomacie"),
    # --- Czech
    ("dev-cs-vchod", "cs", "cue",
     "Přelož to do angličtiny pro hosty:\n\nAhoj ⟨first⟩, kód od vchodu je ⟦door⟧, heslo na wifi "
     "⟦wifi⟧. Klíče jsou v boxu u dveří, kód ⟦pin4⟧. Díky a užijte si Prahu!"),
    ("dev-cs-predani", "cs", "handover",
     "Uprav tohle předání do odrážek:\n\nPředávací protokol – recepce\nheslo do sdíleného mailu: ⟦pw⟧\n"
     "trezor v kanceláři ⟨room⟩: ⟦combo⟧\nalarm: ⟦pin4⟧ + zelené tlačítko"),
    # --- Turkish
    ("dev-tr-kapi", "tr", "cue",
     "Bunu misafirlerimiz için İngilizceye çevirir misin?\n\nMerhaba ⟨first⟩, apartman kapı şifresi "
     "⟦door⟧, wifi şifresi ⟦wifi⟧. Anahtar kutusunun kodu da ⟦pin4⟧. İyi tatiller!"),
    ("dev-tr-whatsapp", "tr", "chat_answer",
     "Bu konuşmayı özetle:\n\n⟨first:1⟩: abi depo kilidinin şifresi neydi\n⟨first:2⟩: ⟦combo⟧\n"
     "⟨first:1⟩: sağol. ofis wifi de değişmiş\n⟨first:2⟩: yeni şifre ⟦wifi⟧"),
    # --- Romanian
    ("dev-ro-interfon", "ro", "cue",
     "Poți să traduci în engleză pentru chiriaș?\n\nBună ⟨first⟩, codul de la interfon e ⟦door⟧, parola "
     "de la wifi ⟦wifi⟧. Cheia de la boxă e în cutia cu cifru, codul ⟦pin4⟧. Mulțumesc!"),
    ("dev-ro-sms", "ro", "sms",
     "rescrie mai politicos\n\nsalut, pinul de la cardul firmei e ⟦pin4⟧ nu-l da la nimeni. parola la "
     "contul comun ⟦pw⟧"),
    # --- Hungarian
    ("dev-hu-kapukod", "hu", "cue",
     "Fordítsd le angolra a vendégeknek:\n\nSzia ⟨first⟩! A kapukód ⟦door⟧, a wifi jelszó ⟦wifi⟧. A "
     "kulcsdoboz kódja ⟦pin4⟧. Jó pihenést!"),
    ("dev-hu-atadas", "hu", "handover",
     "Csinálj ebből egy rendes táblázatot:\n\nRendszer | Felhasználó | Jelszó\nközös postafiók | "
     "⟨login⟩ | ⟦pw⟧\nrouter | admin | ⟦admin⟧\nriasztó | – | ⟦pin4⟧"),
    # --- Spanish (Spain)
    ("dev-es-portal", "es", "short_let",
     "¿Me lo pasas a inglés para los huéspedes?\n\nHola ⟨first⟩, el código del portal es ⟦door⟧ y la "
     "caja de llaves está a la derecha (clave ⟦pin4⟧). El wifi es ⟨ssid⟩ y la contraseña ⟦wifi⟧. ¡Buen "
     "viaje!"),
    ("dev-es-llamada", "es", "transcript",
     "Resume esta llamada:\n\nagente: vale, le acabo de generar una clave provisional, apunte: ⟦said6:1⟧\n"
     "cliente: perdone, ¿me la repite?\nagente: ⟦said6:1⟧, y luego la cambia en la app"),
    # --- Brazilian Portuguese
    ("dev-pt-portao", "pt-BR", "cue",
     "Traduz pro inglês pra mandar pro hóspede?\n\nOi ⟨first⟩! A senha do portão é ⟦door⟧ e a do wi-fi "
     "é ⟦wifi⟧. A chave fica no cofre do lado da porta, código ⟦pin4⟧. Qualquer coisa me chama no zap!"),
    ("dev-pt-audio", "pt-BR", "transcript",
     "Transcreve esse áudio em tópicos:\n\n\"então, amor, a senha do cartão novo é ⟦said4⟧ tá, anota aí, "
     "e o código que chegou no celular foi ⟦said6⟧, mas acho que já venceu\""),
    # --- Indonesian
    ("dev-id-kos", "id", "cue",
     "Tolong terjemahkan ke bahasa Inggris buat penghuni baru:\n\nHalo ⟨first⟩, kode pintu depan ⟦door⟧ ya. "
     "Password wifi ⟦wifi⟧ (nama wifi ⟨ssid⟩). Loker motor pake gembok kode ⟦combo⟧. Makasih!"),
    ("dev-id-wa", "id", "chat_answer",
     "Ringkas chat ini:\n\n⟨first:1⟩: mbak, password email kantor yg bersama apa ya?\n⟨first:2⟩: ⟦pw⟧\n"
     "⟨first:1⟩: makasih mbak 🙏"),
    # --- Vietnamese
    ("dev-vi-wifi", "vi", "cue",
     "Dịch sang tiếng Anh giúp mình để gửi khách:\n\nChào ⟨first⟩, mật khẩu wifi là ⟦wifi⟧, mã cửa "
     "chính là ⟦door⟧. Chìa khóa để trong hộp, mã số ⟦pin4⟧. Cảm ơn bạn!"),
    ("dev-vi-ghiam", "vi", "transcript",
     "Tóm tắt đoạn ghi âm này:\n\nnhân viên: dạ mã PIN mới của chị là ⟦said4:1⟧ ạ\nkhách hàng: ⟦said4:1⟧ "
     "hả em\nnhân viên: dạ đúng rồi ạ, chị nhớ đổi lại nhé"),
    # --- Tagalog
    ("dev-tl-gate", "tl", "cue",
     "Paki-translate sa English para sa bisita:\n\nHello ⟨first⟩! Ang code ng gate ay ⟦door⟧. Ang "
     "password ng wifi ay ⟦wifi⟧. Nasa lockbox ang susi, code ⟦pin4⟧. Salamat po!"),
    # --- mixed
    ("dev-esen-spanglish", "es-en", "chat_answer",
     "Can you summarize this?\n\n⟨first:1⟩: oye what's the code pa' la puerta del warehouse\n⟨first:2⟩: "
     "⟦door⟧, y el wifi password es ⟦wifi⟧\n⟨first:1⟩: gracias bro"),
    ("dev-tlen-taglish", "tl-en", "family_chat",
     "Paki-rewrite nang mas formal:\n\nSis, yung password ng shared Netflix natin is ⟦pw⟧ ha, wag mo i-share "
     "sa iba. Yung PIN ng profile ko ⟦pin4⟧ lol"),
    ("dev-nlen-mixed", "nl-en", "onboarding",
     "Maak hier een nette onboarding mail van:\n\nHey ⟨first⟩, welcome aboard! De login voor the shared "
     "inbox is ⟨login⟩ / ⟦pw⟧, please niet doorsturen. Badge PIN is ⟦pin4⟧, change it asap."),
    # --- machine material
    ("dev-m-env", "en", "env",
     "Why does my app crash on start? .env below\n\nNODE_ENV=production\nPORT=⟨port⟩\n⟨venv⟩=⟦vkey⟧\n"
     "DATABASE_URL=postgres://⟨dbuser⟩:⟦dbpw⟧@⟨host⟩:5432/⟨db⟩\nLOG_LEVEL=debug"),
    ("dev-m-curl", "en", "curl",
     "This ⟨vname⟩ curl returns 401, what's wrong?\n\ncurl -sS https://⟨vhost⟩/v1/me \\\n"
     "  -H \"Authorization: Bearer ⟦vkey⟧\" \\\n  -H 'Content-Type: application/json'"),
    ("dev-m-compose", "en", "yaml",
     "Review this docker-compose.yml:\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n"
     "      POSTGRES_USER: ⟨dbuser⟩\n      POSTGRES_PASSWORD: \"⟦dbpw⟧\"\n  api:\n    build: .\n"
     "    environment:\n      - ⟨venv⟩=⟦vkey⟧\n    ports:\n      - \"⟨port⟩:⟨port⟩\""),
    ("dev-m-gha-log", "en", "ci_log",
     "My GitHub Actions deploy fails, here's the log:\n\nRun ./scripts/deploy.sh\n+ set -x\n"
     "+ export ⟨venv⟩=⟦vkey⟧\n+ curl -fsS https://⟨vhost⟩/health\ncurl: (22) The requested URL returned "
     "error: 403\nError: Process completed with exit code 22."),
    ("dev-m-python-conn", "en", "conn_string",
     "Refactor this to read from env vars:\n\n```python\nengine = create_engine(\"mysql+pymysql://⟨dbuser⟩:"
     "⟦dbpw⟧@⟨host⟩:3306/⟨db⟩\")\nclient = Client(api_key=\"⟦vkey⟧\")  # ⟨vname⟩\n```"),
    ("dev-m-k8s", "en", "yaml",
     "Is this k8s secret ok?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: ⟨db⟩-creds\ntype: Opaque\n"
     "stringData:\n  username: ⟨dbuser⟩\n  password: ⟦dbpw⟧\n  ⟨venv⟩: ⟦vkey⟧"),
    ("dev-m-slack-key", "en", "shell",
     "Explain what this shell history does:\n\n  501  cd ~/infra\n  502  export ⟨venv⟩='⟦vkey⟧'\n"
     "  503  mysql -h ⟨host⟩ -u ⟨dbuser⟩ -p'⟦dbpw⟧' ⟨db⟩\n  504  terraform plan"),
    # --- negatives
    ("dev-n-en-rooms", "en", "cue", "Draft a calendar note: the workshop moved to room ⟨room⟩ on floor "
     "⟨floor⟩. If you get lost, call reception on ext. ⟨ext⟩. The door code will be on the booking — I don't "
     "have it yet.", "rooms_and_extensions"),
    ("dev-n-nl-reis", "nl", "in_passing", "Maak een reisschema: vlucht ⟨flight⟩ vertrekt om ⟨time⟩ van "
     "gate ⟨gate⟩, daarna de trein van spoor ⟨platform⟩. Hotel check-in vanaf ⟨time⟩, kamer ⟨room⟩.",
     "travel_numbers"),
    ("dev-n-en-order", "en", "helpdesk", "Write a reply to this customer: 'Hi, my order #⟨order⟩ (invoice "
     "⟨invoice⟩) still hasn't arrived. Tracking ⟨tracking⟩ says delivered but it isn't. Support code on my "
     "receipt is ⟨ticket⟩.'", "order_and_tracking"),
    ("dev-n-pl-ceny", "pl", "table", "Zrób z tego tabelę:\n\nprodukt;ilość;cena\nkabel HDMI;⟨qty⟩;⟨price⟩ "
     "zł\nrouter;⟨qty⟩;⟨price⟩ zł\nkod pocztowy dostawy: ⟨zip⟩, dostawa do ⟨time⟩",
     "times_prices_quantities"),
    ("dev-n-en-versions", "en", "onboarding", "Summarize: upgrade the client to v⟨version⟩ before "
     "⟨date⟩⟨year⟩. License SKU ⟨sku⟩ covers ⟨qty⟩ seats. The old build ⟨version⟩ stops working in ⟨year⟩.",
     "versions_and_skus"),
    ("dev-n-en-placeholders", "en", "env", "Explain this .env.example to a junior dev:\n\n"
     "DB_PASSWORD=your-password-here\nAPI_KEY=<your-api-key>\nSMTP_PASS=********\nJWT_SECRET=changeme\n"
     "ADMIN_PIN=xxxx", "placeholders"),
    ("dev-n-sv-placeholder", "sv", "onboarding", "Skriv om instruktionen:\n\nLogga in med ditt "
     "användarnamn och lösenord: <lösenord>. Koden från appen skriver du i fältet \"XXXXXX\". Wifi-lösen: "
     "se lappen i receptionen.", "placeholders"),
    ("dev-n-en-reset", "en", "helpdesk", "Make this reply shorter:\n\nHi ⟨first⟩, I've reset your password. "
     "You'll get a temporary one by text within 10 minutes. New passwords must be at least 12 characters "
     "with one number and one symbol, and can't reuse your last 5.", "policy_and_reset"),
    ("dev-n-es-politica", "es", "onboarding", "Resume la política:\n\nLa contraseña debe tener al menos 10 "
     "caracteres, una mayúscula y un número, y caduca cada 90 días. Nunca compartas tu clave ni el código "
     "que te llega por SMS.", "policy_and_reset"),
    ("dev-n-tr-maskeli", "tr", "sms", "Bunu İngilizceye çevir:\n\n⟨masked⟩ ile biten kartınızdan ⟨price⟩ "
     "TL çekildi. Şifreniz: ●●●●●● (gizli). Sipariş no ⟨order⟩.", "masked_values"),
    ("dev-n-en-masked", "en", "ocr", "What does this receipt say?\n\nCARD ⟨masked⟩\nAUTH CODE: "
     "⟨last4⟩⟨last4⟩\nPIN VERIFIED\nTOTAL ⟨price⟩", "masked_values"),
    ("dev-n-en-hashes", "en", "ci_log", "Why did this build fail?\n\ncommit ⟨sha⟩\nrequest-id: ⟨uuid⟩\n"
     "sha256: ⟨sha256⟩\nError: checksum mismatch", "hashes_and_ids"),
    ("dev-n-id-ssid", "id", "chat_answer", "Ringkas:\n\n⟨first⟩: wifi kantor namanya apa?\nadmin: "
     "⟨ssid⟩, passwordnya tanya resepsionis ya, jangan share di grup", "network_name_alone"),
    ("dev-n-fi-huone", "fi", "cue", "Kirjoita muistutus: palaveri huoneessa ⟨room⟩, kerros ⟨floor⟩, "
     "alkaa ⟨time⟩. Ovikoodi tulee tekstiviestillä aamulla. Sisäinen numero ⟨ext⟩.", "rooms_and_extensions"),
    ("dev-n-vi-don", "vi", "helpdesk", "Viết lại cho lịch sự hơn:\n\nĐơn hàng số ⟨order⟩ của anh đã "
     "giao lúc ⟨time⟩. Mã vận đơn ⟨tracking⟩. Mã giảm giá đã hết hạn.", "order_and_tracking"),
    ("dev-n-tlen-ssid", "tl-en", "family_chat", "Paki-summarize:\n\nMa, yung wifi natin ngayon is "
     "⟨ssid⟩ na, yung password nasa likod ng router. Wag niyo na lang ako i-text for it.",
     "network_name_alone"),
    ("dev-n-cs-cas", "cs", "sms", "Přelož:\n\nBalík ⟨tracking⟩ doručíme zítra mezi ⟨time⟩ a ⟨time⟩, "
     "PSČ ⟨zip⟩, dobírka ⟨price⟩ Kč.", "times_prices_quantities"),
    ("dev-n-ro-versiune", "ro", "helpdesk", "Rezumă:\n\nAm instalat versiunea ⟨version⟩, licența ⟨sku⟩ e "
     "activă până în ⟨year⟩. ID cerere ⟨uuid⟩.", "versions_and_skus"),
    ("dev-n-nb-reise", "nb", "in_passing", "Lag en huskeliste: fly ⟨flight⟩ går fra gate ⟨gate⟩ kl "
     "⟨time⟩, toget fra spor ⟨platform⟩.", "travel_numbers"),
    ("dev-n-hu-hash", "hu", "ci_log", "Mit jelent ez a hiba?\n\nellenőrzőösszeg: ⟨sha256⟩\nkérés "
     "azonosító: ⟨uuid⟩\nhiba: érvénytelen aláírás", "hashes_and_ids"),
]

# ---------------------------------------------------------------------------------------------------------
# test templates (read in aggregate only)
# ---------------------------------------------------------------------------------------------------------
TEST = [
    # --- English prose
    ("test-en-carer", "en", "handover",
     "Tidy up these handover notes for the weekend carer:\n\n- Mrs ⟨first⟩'s key safe is on the side wall, "
     "combination ⟦door⟧ (please scramble the dials after)\n- meds in the kitchen cupboard\n- her phone "
     "passcode ⟦pin6⟧ if she needs help calling\n- pendant alarm test Sunday"),
    ("test-en-teams-answer", "en", "chat_answer",
     "Write minutes from this Teams chat:\n\n⟨first:1⟩ 10:02  quick one – server room keypad?\n"
     "⟨first:2⟩ 10:04  \"⟦door⟧\"\n⟨first:1⟩ 10:04  cheers\n⟨first:2⟩ 10:05  and don't prop the door "
     "open again pls"),
    ("test-en-call", "en", "transcript",
     "Summarize this call transcript in three bullet points:\n\nAgent: ...so I've sent a verification "
     "code to your mobile, can you read that back to me?\nCaller: yeah it's ⟦said6⟧\nAgent: lovely, "
     "that's verified. And your telephone banking pin, just the full four digits this time?\nCaller: "
     "⟦said4⟧"),
    ("test-en-csv-lockers", "en", "table",
     "Sort this by locker number and remove the leavers:\n\nlocker,employee,combination,status\n"
     "⟨room⟩,⟨first⟩,⟦combo⟧,active\n⟨room⟩,⟨first⟩,⟦combo⟧,leaver\n⟨room⟩,⟨first⟩,⟦combo⟧,active"),
    ("test-en-netflix", "en", "family_chat",
     "Help me reply to my brother nicely:\n\nhim: yo whats the netflix login again\nme: same email, pw is "
     "⟦pw⟧\nhim: doesnt work\nme: capital first letter genius"),
    ("test-en-office-manager", "en", "onboarding",
     "Rewrite as a friendly bullet list for the new office manager:\n\nAlarm: ⟦pin4⟧ then OFF. Gate fob "
     "spare is in the top drawer; the pedestrian gate keypad is ⟦door⟧. Post room code ⟦combo⟧. Guest wifi "
     "(⟨ssid⟩) password: ⟦wifi⟧. Parking permits from ext. ⟨ext⟩."),
    ("test-en-tan", "en", "ocr",
     "This is a scan of a letter from my bank (OCR). What is it asking me to do?\n\nYour new TAN list\n"
     "01 ⟦pin6⟧   02 ⟦pin6⟧   03 ⟦pin6⟧\n04 ⟦pin6⟧   05 ⟦pin6⟧   06 ⟦pin6⟧\nKeep this list safe."),
    ("test-en-recovery", "en", "list",
     "I'm moving these recovery codes into my password manager, turn them into a numbered list:\n\n"
     "⟦backup⟧  ⟦backup⟧\n⟦backup⟧  ⟦backup⟧\n⟦backup⟧  ⟦backup⟧\n⟦backup⟧  ⟦backup⟧\n⟦backup⟧  ⟦backup⟧"),
    ("test-en-cue-last", "en", "cue_after",
     "Proofread: Hi all, reminder that ⟦pw⟧ is the password for the conference room iPad and ⟦pin4⟧ the "
     "screen time code. Please don't change either."),
    ("test-en-sms-typo", "en", "sms",
     "translate to spanish for my builder\n\nhey the lock box is by the shed code is ⟦pin4⟧ if it sticks "
     "jiggle it. alarm off is ⟦door⟧ u have 30 secs"),
    ("test-en-zoom", "en", "in_passing",
     "Write a short apology to the client: we sent them the wrong invite at ⟨time⟩; the meeting ID was "
     "right but the passcode should have been ⟦pw⟧, and the dial-in PIN ⟦pin6⟧."),
    ("test-en-safe", "en", "quoted",
     "Rephrase for the night manager: the petty cash safe opens with '⟦combo⟧' and the till drawer key "
     "is in the envelope marked (⟦pin4⟧) — that's also the code for the back office door."),
    ("test-en-split-wifi", "en", "split_lines",
     "Typo check on this sign for our café please:\n\nFREE WIFI\nNetwork: ⟨ssid⟩\nPassword:\n⟦wifi⟧\n"
     "Ask staff if you need help"),
    ("test-en-emergency-kit", "en", "cue",
     "My password manager emergency kit says the secret key is on paper. Is it ok that I also wrote my "
     "master passphrase, ⟦phrase⟧, on the same page?"),
    ("test-en-phone-unlock", "en", "helpdesk",
     "Rewrite this ticket note professionally:\n\nINC⟨ticket⟩ – user ⟨login⟩ handed in phone for repair, "
     "unlock code ⟦pin6⟧, SIM PIN ⟦pin4⟧. Returned ⟨date⟩."),
    # --- Dutch
    ("test-nl-helpdesk", "nl", "helpdesk",
     "Maak dit antwoord vriendelijker:\n\nMelding ⟨ticket⟩: je account ⟨login⟩ is weer actief. Je "
     "tijdelijke wachtwoord is ⟦temp⟧, dit moet je bij de eerste keer inloggen wijzigen.\nServicedesk"),
    ("test-nl-pincode", "nl", "cue_after",
     "Herschrijf even netjes: ⟦pin4⟧ is de pincode van de bedrijfstelefoon, en ⟦combo⟧ is het slot van de "
     "fietsenstalling. Niet rondsturen aub."),
    # --- Swedish
    ("test-sv-samtal", "sv", "transcript",
     "Sammanfatta samtalet:\n\nhandläggare: koden till nyckelskåpet är ⟦said4:1⟧\nkund: vänta jag skriver "
     "upp, ⟦said4:1⟧?\nhandläggare: precis, och du lägger tillbaka nyckeln efteråt"),
    ("test-sv-delat", "sv", "chat_answer",
     "Sammanfatta:\n\n⟨first:1⟩: vad var lösenordet till det delade Spotify-kontot nu igen\n⟨first:2⟩: "
     "⟦pw⟧\n⟨first:1⟩: tack 🙌"),
    # --- Danish
    ("test-da-router", "da", "ocr",
     "Hvad skal jeg bruge fra klistermærket på routeren?\n\nNetværk: ⟨ssid⟩\nTrådløs nøgle: ⟦router⟧\n"
     "Adgangskode til router: ⟦admin⟧\nS/N ⟨serial⟩"),
    ("test-da-opkald", "da", "transcript",
     "Lav et kort referat:\n\nmedarbejder: din midlertidige pinkode er ⟦said4:1⟧\nkunde: ⟦said4:1⟧, okay, "
     "tak"),
    # --- Norwegian
    ("test-nb-hytte", "nb", "short_let",
     "Oversett til engelsk for leietakerne:\n\nHei! Nøkkelen ligger i nøkkelboksen ved trappa, kode "
     "⟦door⟧. Passordet til wifi er ⟦wifi⟧. Bommen opp til hytta åpnes med kode ⟦pin4⟧."),
    ("test-nb-sms", "nb", "sms",
     "skriv dette penere\n\nhei det er ⟨first⟩ ny pin til bankkortet kom i posten ⟦pin4⟧ kan du "
     "bestille på nettbanken for meg"),
    # --- Finnish
    ("test-fi-tunnusluku", "fi", "family_chat",
     "Selitä äidille miten tämä toimii:\n\nÄiti: uuden kortin tunnusluku on ⟦pin4⟧, ja puhelimen "
     "PIN-koodi ⟦pin4⟧. Mikä on PUK?\nMinä: se on ⟦puk⟧, älä laita sitä muualle"),
    ("test-fi-puhelu", "fi", "transcript",
     "Tee muistiinpanot puhelusta:\n\nasiakaspalvelu: vahvistuskoodi on ⟦said6:1⟧\nasiakas: eli "
     "⟦said6:1⟧\nasiakaspalvelu: kyllä, se on voimassa viisi minuuttia"),
    # --- Polish
    ("test-pl-sms", "pl", "sms",
     "przetłumacz na angielski\n\ntwój kod sms do logowania to ⟦otp⟧ nie podawaj go nikomu. tymczasowe "
     "hasło ⟦temp⟧ zmień po zalogowaniu"),
    ("test-pl-tabela", "pl", "table",
     "Zrób z tego porządną tabelkę:\n\n| Pomieszczenie | Szyfr |\n|---|---|\n| magazyn | ⟦pin4⟧ |\n"
     "| serwerownia | ⟦door⟧ |\n| sejf | ⟦combo⟧ |"),
    # --- Czech
    ("test-cs-sim", "cs", "family_chat",
     "Vysvětli mamce, co má dělat:\n\nMamka: přišla nová SIM, PIN k SIM kartě ⟦pin4⟧ a PUK ⟦puk⟧. "
     "A kód od telefonu jsem změnila na ⟦pin6⟧"),
    ("test-cs-hovor", "cs", "transcript",
     "Shrň hovor:\n\noperátor: váš nový kód pro hlasovou schránku je ⟦said4:1⟧\nzákazník: ⟦said4:1⟧, "
     "díky"),
    # --- Turkish
    ("test-tr-dogrulama", "tr", "sms",
     "Bunu İngilizceye çevir:\n\ndoğrulama kodunuz ⟦otp⟧ kimseyle paylaşmayın. geçici şifreniz ⟦temp⟧ "
     "ilk girişte değiştirin"),
    ("test-tr-cagri", "tr", "transcript",
     "Görüşmeyi özetle:\n\ntemsilci: yeni kart şifreniz ⟦said4:1⟧ efendim\nmüşteri: ⟦said4:1⟧ tamam "
     "teşekkürler"),
    # --- Romanian
    ("test-ro-card", "ro", "cue",
     "Rescrie mai clar pentru colegi:\n\nCodul PIN al cardului de firmă este ⟦pin4⟧. Parola de la "
     "contul de curier: ⟦pw⟧. Codul de la ușa arhivei: ⟦door⟧."),
    ("test-ro-apel", "ro", "transcript",
     "Fă un rezumat:\n\noperator: codul de verificare este ⟦said6:1⟧\nclient: ⟦said6:1⟧, da, l-am "
     "introdus"),
    # --- Hungarian
    ("test-hu-ideiglenes", "hu", "helpdesk",
     "Fogalmazd át barátságosabbra:\n\nBejelentés ⟨ticket⟩: a fiókodat feloldottuk. Ideiglenes jelszó: "
     "⟦temp⟧ – első belépéskor meg kell változtatni."),
    ("test-hu-hivas", "hu", "transcript",
     "Foglald össze:\n\nügyintéző: az új PIN-kód ⟦said4:1⟧\nügyfél: ⟦said4:1⟧, rendben"),
    # --- Spanish (Latin America)
    ("test-es-porton", "es", "family_chat",
     "Pásalo a inglés para la niñera:\n\nLa clave del portón es ⟦door⟧ y la de la alarma ⟦pin4⟧. La "
     "contraseña del wifi está en el refri: ⟦wifi⟧. Mi celular por cualquier cosa."),
    ("test-es-soporte", "es", "helpdesk",
     "Mejora la redacción:\n\nTicket ⟨ticket⟩: restablecimos su acceso. Su contraseña temporal es "
     "⟦temp⟧ y el código de verificación ⟦otp⟧."),
    # --- Brazilian Portuguese
    ("test-pt-suporte", "pt-BR", "helpdesk",
     "Deixa essa resposta mais simpática:\n\nChamado ⟨ticket⟩: sua senha provisória é ⟦temp⟧. O código "
     "de verificação enviado por SMS é ⟦otp⟧."),
    ("test-pt-planilha", "pt-BR", "table",
     "Organiza essa planilha:\n\nLocal;Senha;Obs\nportaria;⟦door⟧;trocar em ⟨date⟩\nwi-fi "
     "visitantes;⟦wifi⟧;⟨ssid⟩\ncofre;⟦combo⟧;só gerente"),
    # --- Indonesian
    ("test-id-otp", "id", "sms",
     "terjemahkan ke inggris\n\nkode OTP kamu ⟦otp⟧ jangan kasih tau siapa2 ya. PIN ATM baru ⟦pin6⟧"),
    ("test-id-telepon", "id", "transcript",
     "Ringkas percakapan ini:\n\npetugas: PIN sementara Bapak ⟦said6:1⟧\nnasabah: ⟦said6:1⟧ ya mas\n"
     "petugas: betul Pak"),
    # --- Vietnamese
    ("test-vi-otp", "vi", "sms",
     "Dịch sang tiếng Anh:\n\nMã OTP của bạn là ⟦otp⟧, không chia sẻ cho bất kỳ ai. Mật khẩu tạm thời: "
     "⟦temp⟧"),
    ("test-vi-bang", "vi", "table",
     "Làm bảng cho gọn:\n\nPhòng | Mã khóa\nkho | ⟦pin4⟧\nphòng máy chủ | ⟦door⟧\nwifi khách | ⟦wifi⟧"),
    # --- Tagalog
    ("test-tl-wifi", "tl", "family_chat",
     "Paki-translate sa English:\n\nAnak, ang password ng wifi ay ⟦wifi⟧. Yung PIN ng ATM ko ⟦pin6⟧, "
     "huwag mong sasabihin kahit kanino."),
    # --- mixed
    ("test-esen-pin", "es-en", "cue",
     "Rewrite this for my roommate:\n\nOye, mi pin del banco is ⟦pin4⟧ just in case, y el código del "
     "garage es ⟦door⟧. Don't lose it porfa."),
    ("test-tlen-otp", "tl-en", "sms",
     "Paki-rewrite:\n\nBes yung OTP na-send sa phone ko ⟦otp⟧ pakibilis lang before mag-expire. Tapos "
     "yung password ng Shopee ⟦pw⟧"),
    ("test-nlen-alarm", "nl-en", "handover",
     "Maak een nette handover:\n\nFYI de alarm code is changed naar ⟦pin4⟧. Server room door: ⟦door⟧. "
     "Het wifi password voor guests is ⟦wifi⟧, see you morgen!"),
    # --- machine material
    ("test-m-gitlab", "en", "yaml",
     "Why doesn't this pipeline pick up my variables?\n\nvariables:\n  DB_HOST: ⟨host⟩\n  DB_PASS: "
     "\"⟦dbpw⟧\"\n  ⟨venv⟩: \"⟦vkey⟧\"\ndeploy:\n  script:\n    - ./deploy.sh"),
    ("test-m-curl-basic", "en", "curl",
     "Convert this ⟨vname⟩ call to Python requests:\n\ncurl -u ⟨dbuser⟩:⟦dbpw⟧ https://⟨vhost⟩/api/v2/items "
     "-H \"X-API-Key: ⟦vkey⟧\""),
    ("test-m-properties", "en", "properties",
     "Spot the misconfiguration:\n\nspring.datasource.url=jdbc:postgresql://⟨host⟩:5432/⟨db⟩\n"
     "spring.datasource.username=⟨dbuser⟩\nspring.datasource.password=⟦dbpw⟧\napp.⟨vname⟩.token=⟦vkey⟧"),
    ("test-m-jenkins", "en", "ci_log",
     "Jenkins job output, why is it failing?\n\n[Pipeline] sh\n+ echo Using token ⟦vkey:1⟧\nUsing token "
     "⟦vkey:1⟧\n+ ./upload.sh --provider '⟨vname⟩' --host ⟨vhost⟩\n"
     "ERROR: 401 Unauthorized\nFinished: FAILURE"),
    ("test-m-powershell", "en", "shell",
     "What does this script do?\n\n$env:⟨venv⟩ = \"⟦vkey⟧\"\n$pw = ConvertTo-SecureString '⟦dbpw⟧' "
     "-AsPlainText -Force\nInvoke-RestMethod -Uri https://⟨vhost⟩/status"),
    ("test-m-appsettings", "en", "json",
     "Check this appsettings.json:\n\n{\n  \"ConnectionStrings\": {\n    \"Default\": \"Server=⟨host⟩;"
     "Database=⟨db⟩;User Id=⟨dbuser⟩;Password=⟦dbpw⟧;\"\n  },\n  \"Integrations\": { \"ApiKey\": "
     "\"⟦vkey⟧\", \"Provider\": \"⟨vname⟩\" }\n}"),
    ("test-m-redis-uri", "en", "conn_string",
     "Our worker can't connect, config line:\n\nREDIS_URL=redis://default:⟦dbpw⟧@⟨host⟩:6379/0\n"
     "⟨venv⟩=⟦vkey⟧"),
    # --- negatives
    ("test-n-en-ext", "en", "onboarding", "Make this a friendly intro: I'm at desk ⟨room⟩, floor ⟨floor⟩, "
     "ext ⟨ext⟩. The building code gets emailed to you separately by facilities.", "rooms_and_extensions"),
    ("test-n-da-lokale", "da", "cue", "Skriv en påmindelse: mødet er i lokale ⟨room⟩ på ⟨floor⟩. sal kl. "
     "⟨time⟩, lokalnummer ⟨ext⟩.", "rooms_and_extensions"),
    ("test-n-en-flight", "en", "sms", "Turn this into an itinerary: flight ⟨flight⟩ boards ⟨time⟩ at gate "
     "⟨gate⟩, then the train from platform ⟨platform⟩, seat ⟨qty⟩.", "travel_numbers"),
    ("test-n-pt-voo", "pt-BR", "family_chat", "Resume: mãe, meu voo ⟨flight⟩ sai às ⟨time⟩, portão "
     "⟨gate⟩. Chego umas ⟨time⟩.", "travel_numbers"),
    ("test-n-es-pedido", "es", "helpdesk", "Responde al cliente: 'Mi pedido ⟨order⟩ con factura ⟨invoice⟩ "
     "no llegó, el número de seguimiento es ⟨tracking⟩.'", "order_and_tracking"),
    ("test-n-en-tracking", "en", "sms", "Is this text a scam? 'Your parcel ⟨tracking⟩ is held at the depot. "
     "Ref ⟨ticket⟩. Pay ⟨price⟩ GBP by ⟨time⟩ today.'", "order_and_tracking"),
    ("test-n-hu-ar", "hu", "table", "Csinálj táblázatot:\n\ntermék;db;ár\nmonitor;⟨qty⟩;⟨price⟩ Ft\n"
     "irányítószám: ⟨zip⟩, szállítás ⟨time⟩ után", "times_prices_quantities"),
    ("test-n-en-quantities", "en", "in_passing", "Summarize: we ordered ⟨qty⟩ units at ⟨price⟩ each, "
     "delivered to ⟨zip⟩ in ⟨year⟩; the PIN pad model we use is in the appendix.", "times_prices_quantities"),
    ("test-n-en-sku", "en", "helpdesk", "Reply to the reseller: licence key delivery for SKU ⟨sku⟩ "
     "(⟨qty⟩ seats, version ⟨version⟩) will follow by email from the vendor.", "versions_and_skus"),
    ("test-n-pl-wersja", "pl", "ci_log", "Co oznacza ten log?\n\nwersja ⟨version⟩ -> ⟨version⟩\n"
     "numer kompilacji ⟨ticket⟩\nrok licencji ⟨year⟩", "versions_and_skus"),
    ("test-n-en-template", "en", "yaml", "Explain this config template:\n\ndatabase:\n  user: <db-user>\n"
     "  password: \"${DB_PASSWORD}\"\napi:\n  key: YOUR_KEY_HERE\nwifi_password: ********", "placeholders"),
    ("test-n-ro-sablon", "ro", "onboarding", "Rescrie:\n\nIntroduceți parola: [parola ta]. Codul primit "
     "prin SMS: ______. Nu trimiteți parola pe e-mail.", "placeholders"),
    ("test-n-nl-beleid", "nl", "helpdesk", "Maak korter:\n\nIk heb je wachtwoord gereset, je krijgt zo een "
     "sms met een tijdelijk wachtwoord. Een nieuw wachtwoord moet minstens 14 tekens hebben.",
     "policy_and_reset"),
    ("test-n-en-policy", "en", "onboarding", "Turn into a poster: PINs must be 6 digits, no repeats like "
     "1111 or sequences like 1234. Never share codes by phone; we will never ask for your password.",
     "policy_and_reset"),
    ("test-n-en-masked", "en", "helpdesk", "Reply to: 'your system shows my card as ⟨masked⟩ and my "
     "password as ••••••••, why can't I see it?'", "masked_values"),
    ("test-n-id-masked", "id", "sms", "Terjemahkan:\n\nTransaksi kartu ⟨masked⟩ sebesar Rp⟨price⟩ "
     "berhasil. PIN: ******", "masked_values"),
    ("test-n-en-uuid", "en", "ci_log", "Parse this log:\n\ntrace_id=⟨uuid⟩ span=⟨sha⟩\nartifact digest "
     "sha256:⟨sha256⟩\nstatus=ok", "hashes_and_ids"),
    ("test-n-tr-hash", "tr", "json", "Bu JSON ne diyor?\n\n{\"id\": \"⟨uuid⟩\", \"commit\": \"⟨sha⟩\", "
     "\"durum\": \"başarılı\"}", "hashes_and_ids"),
    ("test-n-sv-ssid", "sv", "chat_answer", "Sammanfatta:\n\n⟨first⟩: vad heter gästnätet?\nreception: "
     "⟨ssid⟩, lösenordet står på kvittot", "network_name_alone"),
    ("test-n-esen-ssid", "es-en", "family_chat", "Summarize: mami, el wifi nuevo se llama ⟨ssid⟩, "
     "the password is on the router sticker, no te lo mando por aquí.", "network_name_alone"),
]

if __name__ == "__main__":
    raise SystemExit(main())
