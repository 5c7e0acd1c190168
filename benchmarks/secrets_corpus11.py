"""secrets corpus 11: credentials inside the prompts people send to an assistant, built from parts (an "
  "eleventh
secrets author, who never read the scrubber).

What: every positive is a request ("why does this fail?", "translate this", "summarise this thread", "fix my
config") with the pasted material around it, request before or after. The material is
- configs: INI, Java ``.properties``, Spring ``application.yml``, ``web.config``, HCL provider blocks, Ansible
  inventories, ``wp-config.php``, ``.npmrc``, ``.gitconfig``, Docker ``config.json`` auths, nginx
  ``proxy_set_header Authorization``, ``appsettings.json``, rclone (dev); TOML, Maven ``settings.xml``, Tomcat
  ``context.xml``, Terraform variables, Ansible ``group_vars``, Laravel ``.env``, ``.pypirc``, ``pip.conf``,
  ``.s3cfg``, Apache ``RequestHeader``, ADO.NET and ODBC strings, ``gradle.properties`` (test);
- code with literal credentials: Python, JavaScript, Go, C#, Ruby, PowerShell, Bash ``mysql -uroot -pX``, SQL
  ``CREATE USER ... IDENTIFIED BY`` (dev); TypeScript, Java, PHP, Rust, Kotlin, Swift, SQL ``ALTER ROLE ...
  PASSWORD``, Bash ``sshpass -p``/``--password`` (test);
- logs and tool output where a value leaks: debug logs printing headers, stack traces with connection strings,
  ``kubectl get secret -o yaml``, ``terraform output`` (dev); Python tracebacks with DSNs, access logs with a
  token in the query, ``docker inspect`` environments, ``git remote -v``, ``helm get values`` (test);
- prose (handovers, tickets, chats, e-mails) in English and 11 other languages (German, French, Spanish,
  Portuguese, Italian, Turkish, Russian, Arabic, Chinese, Japanese, Korean), where a cue is composed from
  parts: a noun (password, PIN, Wi-Fi key, API key, recovery codes, one-time code, token; typos and mixed
  case) × a frame (before/after the value, parenthesis, list item, table cell, after a colon, quoted or not,
  in the middle of a paragraph, "changed it to X", "temp pw X", "X works") × a wrapper (mail, chat,
  ticket, handover);
- the keys of 32 vendors no earlier corpus lists (16 a half, invented in each vendor's documented shape).

Negatives (30 %, ``meta.neg_class``): ``ids_and_hashes``, ``placeholders``, ``masked``, ``env_names`` (names
without values), ``policy_text``, ``public_material`` (SSH public keys, certificates, publishable keys),
``version_build``, ``base64_nonsecret`` (images, JSON payloads without credentials), ``vault_refs`` (configs
whose secrets come from ``${DB_PASSWORD}``, ``!vault``, ``{{ secret }}``, Key Vault references) and
``urls_no_creds``.

How labelled: only SECRET (``meta.scope == ["SECRET"]``; names, hosts, e-mails are not labelled). A span is
the value only: not the cue, not the quotes, not ``Bearer ``/``Basic ``; the password of a ``user:pw@host``
URL; the base64 of a Basic header, a Docker ``auth``, an ``.npmrc`` ``_password`` and a Kubernetes ``data``
value as written; the body after ``base64:`` of a Laravel ``APP_KEY``; each recovery code on its own; an S3
access key id beside its secret key (as secrets corpus 9 labels AWS key ids). Every
whole-word occurrence of a labelled value is labelled (a record is drawn again otherwise). ``meta``: ``half``,
``kind`` (prose, config, code, log, negative), ``form``, ``lang``, ``template``, ``parts`` (the ids of the
request, frame and wrapper a record was built from), ``scope``, ``shapes``, ``cls`` (positives),
``vendor`` (vendor keys), ``neg_class`` (negatives).

How split: ``dev`` and ``test`` (300 records each) have separate material templates and file formats, request
sentences, cue frames, wrappers, vendors, word pools (even pool entries dev, odd test), users and hosts,
recovery codes of different shapes (dev ``abcd-efgh-jkmn``, test ``K7QF-2MXP``), and digit-only values with an
even digit sum in dev and an odd one in test, so no value is shared. Values come from ``random.Random`` seeded
with ``zlib.crc32`` of the corpus name, half and seed.

    python -m benchmarks.secrets_corpus11 --half dev [--n N] [--seed S]
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

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 11
LANGS = ("de", "fr", "es", "pt", "it", "tr", "ru", "ar", "zh", "ja", "ko")
NEG_CLASSES = ("ids_and_hashes", "placeholders", "masked", "env_names", "policy_text", "public_material",
               "version_build", "base64_nonsecret", "vault_refs", "urls_no_creds")
# records a half: (group, count); 90 negatives = 30 %
GROUPS = (("negative", 90), ("config", 60), ("code", 40), ("log", 25), ("prose_en", 35), ("prose_xx", 50))

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
SYMBOLS = "!#%*?@&+"


def _r(g: random.Random, alphabet: str, n: int) -> str:
    return "".join(g.choice(alphabet) for _ in range(n))


# --------------------------------------------------------------------------------------------- vendors
@dataclass(frozen=True)
class Vendor:
    name: str
    label: str
    env: str
    make: Callable[[random.Random], str]


DEV_VENDORS = {v.name: v for v in (
    Vendor("dynatrace", "Dynatrace", "DT_API_TOKEN",
           lambda g: f"dt0c01.{_r(g, UPPER_ALNUM, 24)}.{_r(g, UPPER_ALNUM, 64)}"),
    Vendor("tailscale", "Tailscale", "TS_AUTHKEY",
           lambda g: f"tskey-auth-k{_r(g, ALNUM, 10)}CNTRL-{_r(g, ALNUM, 33)}"),
    Vendor("sourcegraph", "Sourcegraph", "SRC_ACCESS_TOKEN",
           lambda g: f"sgp_{_r(g, HEX, 16)}_{_r(g, HEX, 40)}"),
    Vendor("infracost", "Infracost", "INFRACOST_API_KEY", lambda g: "ico-" + _r(g, ALNUM, 32)),
    Vendor("adafruit", "Adafruit IO", "ADAFRUIT_IO_KEY", lambda g: "aio_" + _r(g, ALNUM, 28)),
    Vendor("typeform", "Typeform", "TYPEFORM_TOKEN", lambda g: f"tfp_{_r(g, ALNUM, 44)}_{_r(g, ALNUM, 14)}"),
    Vendor("scalingo", "Scalingo", "SCALINGO_API_TOKEN", lambda g: "tk-us-" + _r(g, URLSAFE, 48)),
    Vendor("shippo", "Shippo", "SHIPPO_API_KEY", lambda g: "shippo_live_" + _r(g, HEX, 40)),
    Vendor("easypost", "EasyPost", "EASYPOST_API_KEY", lambda g: "EZAK" + _r(g, LOWER_ALNUM, 54)),
    Vendor("flutterwave", "Flutterwave", "FLW_SECRET_KEY", lambda g: f"FLWSECK-{_r(g, HEX, 32)}-X"),
    Vendor("frameio", "Frame.io", "FRAMEIO_TOKEN", lambda g: "fio-u-" + _r(g, URLSAFE, 64)),
    Vendor("langsmith", "LangSmith", "LANGSMITH_API_KEY",
           lambda g: f"lsv2_pt_{_r(g, HEX, 32)}_{_r(g, HEX, 10)}"),
    Vendor("ngrok", "ngrok", "NGROK_AUTHTOKEN", lambda g: f"2{_r(g, ALNUM, 26)}_{_r(g, ALNUM, 21)}"),
    Vendor("azure_devops", "Azure DevOps", "AZURE_DEVOPS_EXT_PAT",
           lambda g: _r(g, ALNUM, 76) + "AZDO" + _r(g, ALNUM, 4)),
    Vendor("fcm", "Firebase Cloud Messaging", "FCM_SERVER_KEY",
           lambda g: f"AAAA{_r(g, URLSAFE, 7)}:APA91b{_r(g, URLSAFE, 134)}"),
    Vendor("akamai", "Akamai EdgeGrid", "AKAMAI_CLIENT_TOKEN",
           lambda g: f"akab-{_r(g, LOWER_ALNUM, 16)}-{_r(g, LOWER_ALNUM, 16)}"),
)}

TEST_VENDORS = {v.name: v for v in (
    Vendor("readme", "ReadMe", "README_API_KEY", lambda g: "rdme_" + _r(g, LOWER_ALNUM, 70)),
    Vendor("prefect", "Prefect Cloud", "PREFECT_API_KEY", lambda g: "pnu_" + _r(g, ALNUM, 36)),
    Vendor("posthog", "PostHog", "POSTHOG_PERSONAL_API_KEY", lambda g: "phx_" + _r(g, ALNUM, 43)),
    Vendor("clojars", "Clojars", "CLOJARS_PASSWORD", lambda g: "CLOJARS_" + _r(g, LOWER_ALNUM, 60)),
    Vendor("tavily", "Tavily", "TAVILY_API_KEY", lambda g: "tvly-" + _r(g, ALNUM, 32)),
    Vendor("jina", "Jina AI", "JINA_API_KEY", lambda g: "jina_" + _r(g, HEX, 32) + _r(g, URLSAFE, 28)),
    Vendor("nvidia", "NVIDIA NIM", "NVIDIA_API_KEY", lambda g: "nvapi-" + _r(g, URLSAFE, 64)),
    Vendor("cerebras", "Cerebras", "CEREBRAS_API_KEY", lambda g: "csk-" + _r(g, LOWER_ALNUM, 48)),
    Vendor("jfrog", "JFrog Artifactory", "ARTIFACTORY_API_KEY", lambda g: "AKCp" + _r(g, ALNUM, 69)),
    Vendor("meta", "Meta Graph API", "FB_PAGE_ACCESS_TOKEN", lambda g: "EAAG" + _r(g, ALNUM, 180)),
    Vendor("twitter", "X (Twitter) API", "TWITTER_BEARER_TOKEN",
           lambda g: "A" * 22 + _r(g, ALNUM, 24) + "%3D" + _r(g, ALNUM, 50)),
    Vendor("backblaze", "Backblaze B2", "B2_APPLICATION_KEY", lambda g: "K005" + _r(g, ALNUM, 27)),
    Vendor("unleash", "Unleash", "UNLEASH_API_TOKEN",
           lambda g: f"default:production.{_r(g, HEX, 56)}"),
    Vendor("trello", "Trello", "TRELLO_TOKEN", lambda g: "ATTA" + _r(g, HEX, 64) + _r(g, UPPER_ALNUM, 8)),
    Vendor("apify", "Apify", "APIFY_TOKEN", lambda g: "apify_api_" + _r(g, ALNUM, 36)),
    Vendor("ibm_cloud", "IBM Cloud", "IBMCLOUD_API_KEY", lambda g: _r(g, URLSAFE, 44)),
)}
VENDORS = {"dev": DEV_VENDORS, "test": TEST_VENDORS}

# ----------------------------------------------------------------------------------------- pools (by hand)
PW_WORDS = ["Rhubarb", "Gondola", "Pistachio", "Trombone", "Hedgehog", "Zeppelin", "Marzipan", "Kaleidoscope",
            "Nightjar", "Porcupine", "Mandolin", "Quokka", "Lemongrass", "Flamenco", "Sycamore", "Bonsai",
            "Capybara", "Wombat", "Avalanche", "Cinnamon", "Dolomite", "Ebony", "Fennel", "Galangal",
            "Hibiscus", "Ironwood", "Jacaranda", "Kumquat", "Lavender", "Mistral", "Nougat", "Oregano",
            "Paprikash", "Quince", "Rosemary", "Samovar", "Tangerine", "Ukulele", "Vanilla", "Wisteria"]
PHRASE_WORDS = ["copper", "willow", "banjo", "cricket", "gravel", "hammock", "igloo", "jigsaw", "kayak",
                "ladder", "muffin", "noodle", "oyster", "pelican", "quiver", "radish", "scooter", "teapot",
                "unicorn", "voyage", "waffle", "yarn", "zucchini", "acorn", "blizzard", "cellar", "dolphin",
                "emerald", "falafel", "gazebo", "hazel", "inkwell", "juggler", "kiln", "lobster", "mango"]
USERS = ["k.brandt", "olga.p", "svc_reporting", "mehmet.a", "chen.j", "yuki.s", "fatima.z", "app_user",
         "p.moreau", "deployer", "g.rossi", "ana.costa", "jenkins", "minji.k", "ivan.s", "lucia.g",
         "readonly", "backup_svc", "m.weber", "reza.k", "etl", "webapp", "sato.h", "admin_ops"]
HOSTS = ["db1.intra.brandt-logistik.de", "10.20.4.15", "sql-eu.kasaba.com.tr", "pg-main.hanami.jp",
         "mysql.moreau-conseil.fr", "192.168.10.40", "db.rossi-vini.it", "orders.pg.seoul-mart.kr",
         "crm-sql.costa.pt", "10.0.12.7", "replica.lyon-data.fr", "db.madrid-eventos.es",
         "pg.sibir-trans.ru", "172.16.3.21", "db.shanghai-tea.cn", "mysql.cairo-souk.eg"]
DOMAINS = ["brandt-logistik.de", "kasaba.com.tr", "hanami.jp", "moreau-conseil.fr", "rossi-vini.it",
           "seoul-mart.kr", "costa.pt", "lyon-data.fr", "madrid-eventos.es", "sibir-trans.ru",
           "shanghai-tea.cn", "cairo-souk.eg"]
SSIDS = ["Brandt-Gast", "HUAWEI-B535-7F2A", "Moreau_Invites", "Livebox-3C9D", "SeoulMart_5G",
         "NETGEAR42", "Rossi-Cantina", "TurkTelekom_ZT7K", "Costa_Casa", "Keenetic-0813", "Tea-House",
         "Souk-WiFi"]
NAMES = ["Karin", "Olga", "Mehmet", "Jun", "Yuki", "Fatima", "Pierre", "Giulia", "Ana", "Min-ji", "Ivan",
         "Lucía", "Markus", "Reza", "Hiroshi", "Leyla", "Tomás", "Chloé", "Sergei", "Aiko"]


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
    names: list[str]
    parity: int


POOLS = {h: Pools(_pool(PW_WORDS, h), _pool(PHRASE_WORDS, h), _pool(USERS, h), _pool(HOSTS, h),
                  _pool(DOMAINS, h), _pool(SSIDS, h), _pool(NAMES, h), 0 if h == "dev" else 1)
         for h in HALVES}


# --------------------------------------------------------------------------------------------- secret shapes
def _digits(g: random.Random, n: int, parity: int) -> str:
    ds = [g.randrange(10) for _ in range(n)]
    if sum(ds) % 2 != parity:
        ds[-1] = (ds[-1] + 1) % 10
    return "".join(map(str, ds))


def _pw(g: random.Random, p: Pools) -> str:
    w, w2 = g.sample(p.words, 2)
    form = g.randrange(6)
    if form == 0:
        return f"{w}!{g.randint(2015, 2026)}"
    if form == 1:
        return f"{w.lower()}#{g.randint(10, 99)}{w2[:2].upper()}"
    if form == 2:
        return w.replace("o", "0").replace("i", "1").replace("a", "4") + str(g.randint(1, 9))
    if form == 3:
        return f"{w}{g.choice(SYMBOLS)}{w2}{g.randint(1, 9)}"
    if form == 4:
        return f"{w[:4]}{g.randint(1000, 9999)}{w2[-3:].upper()}{g.choice(SYMBOLS)}"
    return f"{g.randint(1, 99)}{w.lower()}{g.choice(SYMBOLS)}"


def _phrase(g: random.Random, p: Pools) -> str:
    sep = g.choice("-_.")
    return sep.join(g.sample(p.phrase, g.randint(3, 4))) + str(g.randint(1, 99))


def _rnd(g: random.Random, p: Pools) -> str:
    while True:
        v = _r(g, ALNUM + SYMBOLS, g.randint(14, 20))
        if (any(c in SYMBOLS for c in v[1:-1]) and v[0] in ALNUM and v[-1] in ALNUM
                and any(c.isdigit() for c in v) and any(c.isupper() for c in v)):
            return v


def _wpa(g: random.Random, p: Pools) -> str:
    if g.random() < 0.5:
        a, b = g.sample(p.phrase, 2)
        return f"{a}{b.capitalize()}{g.randint(100, 999)}"
    return _r(g, LOWER_ALNUM, g.randint(10, 16))


def _rec(g: random.Random, p: Pools) -> str:
    if p.parity == 0:
        alpha = "abcdefghjkmnpqrstuvwxyz"
        return "-".join(_r(g, alpha, 4) for _ in range(3))
    return f"{_r(g, UPPER_ALNUM, 4)}-{_r(g, UPPER_ALNUM, 4)}"


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _jwt(g: random.Random, p: Pools) -> str:
    head = {"alg": "HS512" if p.parity else "HS256", "typ": "JWT"}
    iat = g.randint(1_720_000_000, 1_780_000_000)
    claims = {"sub": g.choice(p.users), "scope": g.choice(["read write", "admin", "orders:rw"]), "iat": iat,
              "exp": iat + 7200}
    return ".".join((_b64url(json.dumps(head, separators=(",", ":")).encode()),
                     _b64url(json.dumps(claims, separators=(",", ":")).encode()), _r(g, URLSAFE, 43)))


def _urlpw(g: random.Random, p: Pools) -> str:
    return _r(g, ALNUM, g.randint(8, 12)) + g.choice("_.~-") + _r(g, ALNUM, g.randint(4, 8))


SHAPES = {
    "pw": _pw,
    "phrase": _phrase,
    "rnd": _rnd,
    "wpa": _wpa,
    "urlpw": _urlpw,
    "pin4": lambda g, p: _digits(g, 4, p.parity),
    "pin6": lambda g, p: _digits(g, 6, p.parity),
    "otp": lambda g, p: _digits(g, 6, p.parity),
    "rec": _rec,
    "jwt": _jwt,
    "hex32": lambda g, p: _r(g, HEX, 32),
    "hex40": lambda g, p: _r(g, HEX, 40),
    "tok": lambda g, p: _r(g, ALNUM, g.randint(32, 40)),
    "b64key": lambda g, p: base64.b64encode(bytes(g.randrange(256) for _ in range(32))).decode(),
    "s3secret": lambda g, p: _r(g, B64, 40),
    "keyid": lambda g, p: _r(g, UPPER_ALNUM, 20),
}
# every shape a cue's kind can take
KIND_SHAPES = {"pw": ("pw", "pw", "rnd", "phrase"), "pin": ("pin4", "pin6"), "wifi": ("wpa",),
               "api": ("vendor",), "rec": ("rec",), "otp": ("otp",), "token": ("tok", "jwt")}


# --------------------------------------------------------------------------------------------- fillers
def _uuid4(g: random.Random) -> str:
    h = _r(g, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{g.choice('89ab')}{h[17:20]}-{h[20:]}"


def _filler(kind: str, g: random.Random, p: Pools, vendor: Vendor) -> str:
    simple = {"user": p.users, "host": p.hosts, "domain": p.domains, "ssid": p.ssids, "name": p.names}
    if kind in simple:
        return g.choice(simple[kind])
    if kind == "email":
        return f"{g.choice(p.users).replace('_', '.')}@{g.choice(p.domains)}"
    if kind == "venv":
        return vendor.env
    if kind == "vlabel":
        return vendor.label
    if kind == "db":
        return g.choice(["orders", "crm", "billing", "inventory", "hr_portal", "analytics"])
    if kind == "port":
        return str(g.choice([5432, 3306, 1433, 6379, 5672, 27017, 8443]))
    if kind == "ticket":
        return str(g.randint(1000, 99999))
    if kind == "time":
        return f"{g.randint(7, 19):02d}:{g.randint(0, 59):02d}"
    if kind == "sha40":
        return _r(g, HEX, 40)
    if kind == "sha64":
        return _r(g, HEX, 64)
    if kind == "sha7":
        return _r(g, HEX, 7)
    if kind == "uuid":
        return _uuid4(g)
    if kind == "md5":
        return _r(g, HEX, 32)
    if kind == "ver":
        return f"{g.randint(1, 9)}.{g.randint(0, 30)}.{g.randint(0, 15)}"
    if kind == "build":
        return f"{g.randint(2024, 2026)}.{g.randint(1, 12):02d}.{g.randint(1, 28):02d}-{_r(g, HEX, 8)}"
    if kind == "last4":
        return _r(g, ALNUM, 4)
    if kind == "edpub":
        return "AAAAC3NzaC1lZDI1NTE5AAAAI" + _r(g, B64, 43)
    if kind == "certbody":
        body = "MIIDazCCAlOgAwIBAgIU" + _r(g, B64, 300)
        return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    if kind == "pngb64":
        raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(g.randrange(256) for _ in range(60))
        return base64.b64encode(raw).decode()
    if kind == "jsonb64":
        payload = {"event": g.choice(["order.created", "page.view", "cart.update"]),
                   "items": g.randint(1, 9), "currency": g.choice(["EUR", "TRY", "JPY", "KRW"])}
        return base64.b64encode(json.dumps(payload).encode()).decode()
    if kind == "pubkey_pk":
        return "pk_" + g.choice(["live", "test"]) + "_" + _r(g, ALNUM, 24)
    if kind == "order":
        return f"{g.choice(['BST', 'AUF', 'SIP'])}-{g.randint(100000, 999999)}"
    if kind == "iban_masked":
        return "DE** **** **** **** **" + _digits(g, 2, 0)
    raise KeyError(kind)


# --------------------------------------------------------------------------------------------- parts
@dataclass(frozen=True)
class Part:
    id: str
    group: str  # config, code, log, negative, request, frame, wrapper, ...
    lang: str
    form: str
    text: str


def _parts(half: str, group: str, rows: list[tuple[str, str, str]]) -> list[Part]:
    return [Part(f"s11{half[0]}-{group[:4]}{i:02d}", group, lang, form, text)
            for i, (lang, form, text) in enumerate(rows)]


# Requests that go with pasted machine material ({M} is where the material goes).
REQUESTS = {
    "dev": [
        ("en", "Why does this fail on startup? Here is the config:\n{M}"),
        ("en", "{M}\n\nfix my config please, the service won't come up"),
        ("en", "Can you convert this to environment variables?\n\n{M}"),
        ("en", "Explain what each line does, I inherited this:\n```\n{M}\n```"),
        ("en", "{M}\n---\nsummarise what this is doing in plain words for my manager"),
        ("en", "code review pls, anything wrong here?\n{M}"),
        ("de", "Warum schlägt das fehl? Hier der Auszug:\n{M}"),
        ("fr", "{M}\n\nPeux-tu m'expliquer cette erreur ?"),
        ("es", "¿Me ayudas a limpiar esta configuración?\n{M}"),
        ("ja", "この設定のどこが間違っていますか？\n{M}"),
        ("tr", "{M}\n\nBu neden çalışmıyor, bakar mısın?"),
        ("ru", "Помоги разобраться, почему не подключается:\n{M}"),
    ],
    "test": [
        ("en", "What's wrong with this? It worked yesterday.\n{M}"),
        ("en", "{M}\n\nrewrite this so it reads the values from env instead"),
        ("en", "Translate the comments in this file to English and keep the rest as is:\n{M}"),
        ("en", "Hey, quick one - is this the right syntax?\n\n{M}"),
        ("en", "{M}\n\n^ getting an auth error with this, ideas?"),
        ("en", "Add error handling to the following and explain the changes.\n```\n{M}\n```"),
        ("pt", "Por que isto não conecta?\n{M}"),
        ("it", "{M}\n\nMi spieghi cosa non va in questa configurazione?"),
        ("ko", "이 설정 파일 좀 봐 주세요. 어디가 틀렸나요?\n{M}"),
        ("zh", "{M}\n\n帮我看看这个配置为什么连不上数据库"),
        ("ar", "لماذا يفشل هذا الإعداد؟\n{M}"),
        ("de", "{M}\n\nKannst du das bitte in YAML umschreiben?"),
    ],
}

MATERIAL = {
    "dev": {
        "config": [
            ("ini", "[database]\nhost = <<host>>\nport = <<port>>\nuser = <<user>>\npassword = {{pw}}\n\n"
             "[mail]\nsmtp_user = <<email>>\nsmtp_pass = {{rnd}}"),
            ("properties", "spring.datasource.url=jdbc:postgresql://<<host>>:5432/<<db>>\n"
             "spring.datasource.username=<<user>>\nspring.datasource.password={{pw}}\n"
             "spring.jpa.hibernate.ddl-auto=validate"),
            ("spring_yml", "spring:\n  datasource:\n    url: jdbc:mysql://<<host>>:3306/<<db>>\n"
             "    username: <<user>>\n    password: '{{rnd}}'\n  mail:\n    host: smtp.<<domain>>\n"
             "    password: {{pw}}"),
            ("web_config", "<configuration>\n  <connectionStrings>\n    <add name=\"Main\" connectionString="
             "\"Data Source=<<host>>;Initial Catalog=<<db>>;User ID=<<user>>;Password={{pw}};\" "
             "providerName=\"System.Data.SqlClient\" />\n  </connectionStrings>\n</configuration>"),
            ("hcl_provider", "provider \"postgresql\" {\n  host     = \"<<host>>\"\n  username "
                             "= \"<<user>>\"\n"
             "  password = \"{{rnd}}\"\n  sslmode  = \"require\"\n}"),
            ("ansible_inventory", "[webservers]\nweb1 ansible_host=<<host>> ansible_user=<<user>> "
             "ansible_password={{pw}}\n\n[webservers:vars]\nansible_become_pass={{pw:2}}"),
            ("wp_config", "define( 'DB_NAME', '<<db>>' );\ndefine( 'DB_USER', '<<user>>' );\n"
             "define( 'DB_PASSWORD', '{{pw}}' );\ndefine( 'DB_HOST', 'localhost' );"),
            ("npmrc", "registry=https://npm.<<domain>>/\n//npm.<<domain>>/:username=<<user>>\n"
             "//npm.<<domain>>/:_password={{b64@pw}}\n//npm.<<domain>>/:email=<<email>>\nalways-auth=true"),
            ("gitconfig", "[user]\n\tname = <<name>>\n[credential \"https://git.<<domain>>\"]\n"
             "\thelper = store\n[url \"https://<<user>>:{{tok}}@git.<<domain>>/\"]\n"
             "\tinsteadOf = https://git.<<domain>>/"),
            ("docker_config", "{\n  \"auths\": {\n    \"registry.<<domain>>\": {\n      \"auth\": "
             "\"{{b64@basic}}\"\n    }\n  },\n  \"credsStore\": \"\"\n}"),
            ("nginx_basic", "location /api/ {\n    proxy_pass http://backend;\n    proxy_set_header "
             "Authorization \"Basic {{b64@basic}}\";\n}"),
            ("appsettings", "{\n  \"ConnectionStrings\": {\n   "
                            " \"Default\": \"Server=<<host>>;Database=<<db>>;"
             "User Id=<<user>>;Password={{rnd}};TrustServerCertificate=True\"\n  },\n  \"<<vlabel>>\": {\n"
             "    \"ApiKey\": \"{{vendor}}\"\n  }\n}"),
            ("rclone", "[offsite]\ntype = s3\nprovider = Wasabi\naccess_key_id = {{keyid}}\n"
             "secret_access_key = {{s3secret}}\nendpoint = s3.eu-central-2.wasabisys.com"),
            ("env_vendor", "# local.env\n<<venv>>={{vendor}}\nLOG_LEVEL=debug"),
            ("ini_vendor", "[integrations]\nprovider = <<vlabel>>\ntoken = {{vendor}}\ntimeout = 30"),
        ],
        "code": [
            ("python", "import psycopg2\nconn = psycopg2.connect(host=\"<<host>>\", dbname=\"<<db>>\", "
             "user=\"<<user>>\", password=\"{{pw}}\")\ncur = conn.cursor()"),
            ("javascript", "const { Client } = require('pg');\nconst client = new Client({\n  host: "
                           "'<<host>>',"
             "\n  user: '<<user>>',\n  password: '{{rnd}}',\n});\nawait client.connect();"),
            ("go", "db, err := sql.Open(\"mysql\", \"<<user>>:{{urlpw}}@tcp(<<host>>:3306)/<<db>>\")\n"
             "if err != nil {\n\tlog.Fatal(err)\n}"),
            ("csharp", "var client = new SmtpClient(\"smtp.<<domain>>\", 587);\nclient.Credentials = new "
             "NetworkCredential(\"<<email>>\", \"{{pw}}\");\nclient.Send(message);"),
            ("ruby", "Net::SMTP.start('smtp.<<domain>>', 587, 'localhost', '<<user>>', '{{rnd}}', :login) do "
             "|smtp|\n  smtp.send_message msg, from, to\nend"),
            ("powershell", "$pw = ConvertTo-SecureString \"{{pw}}\" -AsPlainText -Force\n$cred = New-Object "
             "System.Management.Automation.PSCredential (\"CORP\\<<user>>\", $pw)\nEnter-PSSession "
             "-ComputerName <<host>> -Credential $cred"),
            ("bash_mysql", "#!/bin/bash\nmysqldump -uroot -p{{urlpw}} <<db>> > /backup/<<db>>.sql\n"
             "gzip /backup/<<db>>.sql"),
            ("sql_create", "CREATE USER '<<user>>'@'%' IDENTIFIED BY '{{pw}}';\nGRANT SELECT ON <<db>>.* TO "
             "'<<user>>'@'%';\nFLUSH PRIVILEGES;"),
            ("python_vendor", "client = httpx.Client(headers={\"Authorization\": \"Bearer {{vendor}}\"})  "
             "# <<vlabel>>\nresp = client.get(BASE + \"/v1/items\")"),
            ("js_vendor", "export const config = {\n  <<vlabel>>: { apiKey: \"{{vendor}}\" },\n  retries: "
                          "3,\n};"),
        ],
        "log": [
            ("debug_headers", "2025-03-11 <<time>>:02,114 DEBUG urllib3.connectionpool Starting new HTTPS "
             "connection (1): api.<<domain>>:443\n2025-03-11 <<time>>:02,311 DEBUG client send: headers="
             "{'User-Agent': 'python-requests/2.31', 'Authorization': 'Bearer {{jwt}}'}\n2025-03-11 "
             "<<time>>:02,502 DEBUG https://api.<<domain>>:443 \"GET /v2/orders HTTP/1.1\" 401 58"),
            ("stack_trace", "org.postgresql.util.PSQLException: FATAL: password authentication failed for "
             "user \"<<user>>\"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(...)\n"
             "Caused by: url=jdbc:postgresql://<<host>>:5432/<<db>>?user=<<user>>&password={{urlpw}}"
             "&ssl=true"),
            ("kubectl_secret", "$ kubectl get secret <<db>>-creds -o yaml\napiVersion: v1\ndata:\n  "
                               "password: "
             "{{b64@rnd}}\n  username: <<b64user>>\nkind: Secret\nmetadata:\n  name: <<db>>-creds"),
            ("terraform_output", "$ terraform output -json\n{\n  \"db_admin_password\": {\n   "
                                 " \"sensitive\": "
             "true,\n    \"type\": \"string\",\n    \"value\": \"{{rnd}}\"\n  },\n  \"db_host\": {\"value\": "
             "\"<<host>>\"}\n}"),
            ("log_vendor", "[<<time>>] INFO  init <<vlabel>> client key={{vendor}}\n[<<time>>] WARN  "
             "rate limit reached, backing off 30s"),
        ],
    },
    "test": {
        "config": [
            ("toml", "[server]\nport = 8080\n\n[database]\nurl = \"postgres://<<host>>/<<db>>\"\nuser = "
             "\"<<user>>\"\npassword = \"{{pw}}\"\npool_size = 12"),
            ("maven_settings", "<settings>\n  <servers>\n    <server>\n      <id>internal-releases</id>\n"
             "      <username><<user>></username>\n      <password>{{rnd}}</password>\n    </server>\n"
             "  </servers>\n</settings>"),
            ("tomcat_context", "<Context>\n  <Resource name=\"jdbc/<<db>>\" auth=\"Container\" "
             "type=\"javax.sql.DataSource\"\n    username=\"<<user>>\" password=\"{{pw}}\"\n"
             "    url=\"jdbc:mariadb://<<host>>:3306/<<db>>\" maxTotal=\"20\"/>\n</Context>"),
            ("tf_variables", "variable \"admin_password\" {\n  type      = string\n  sensitive = true\n"
             "  default   = \"{{rnd}}\"\n}\n\nvariable \"region\" {\n  default = \"eu-west-3\"\n}"),
            ("ansible_group_vars", "# group_vars/db.yml\npostgres_users:\n  - name: <<user>>\n"
             "    password: \"{{pw}}\"\n    priv: ALL\nreplication_password: {{urlpw}}"),
            ("laravel_env", "APP_NAME=Shop\nAPP_KEY=base64:{{b64key}}\nDB_CONNECTION=mysql\nDB_HOST=<<host>>"
             "\nDB_USERNAME=<<user>>\nDB_PASSWORD={{pw}}\nMAIL_PASSWORD={{urlpw}}"),
            ("pypirc", "[distutils]\nindex-servers = private\n\n[private]\nrepository = https://pypi."
             "<<domain>>/simple/\nusername = <<user>>\npassword = {{rnd}}"),
            ("pip_conf", "[global]\nindex-url = https://<<user>>:{{urlpw}}@pkgs.<<domain>>/pypi/simple\n"
             "timeout = 60"),
            ("s3cfg", "[default]\naccess_key = {{keyid}}\nsecret_key = {{s3secret}}\nhost_base = "
                      "s3.<<domain>>"
             "\nuse_https = True"),
            ("apache_header", "<Location \"/reports\">\n    RequestHeader set Authorization \"Basic "
             "{{b64@basic}}\"\n    ProxyPass http://10.1.2.3:9000/\n</Location>"),
            ("adonet", "<add key=\"Reporting\" value=\"Server=tcp:<<host>>,1433;Initial Catalog=<<db>>;"
             "Persist Security Info=False;User ID=<<user>>;Password={{pw}};Encrypt=True;\" />"),
            ("odbc", "[ODBC]\nDRIVER={ODBC Driver 18 for SQL Server}\nSERVER=<<host>>\nUID=<<user>>\n"
             "PWD={{rnd}}\nDATABASE=<<db>>"),
            ("gradle_properties", "org.gradle.jvmargs=-Xmx2g\nmavenUser=<<user>>\nmavenPassword={{pw}}\n"
             "<<venv>>={{vendor}}"),
            ("toml_vendor", "[tool.<<db>>]\nservice = \"<<vlabel>>\"\napi_key = \"{{vendor}}\""),
            ("yaml_vendor", "integrations:\n  - name: <<vlabel>>\n    enabled: true\n    credentials:\n"
             "      key: {{vendor}}"),
        ],
        "code": [
            ("typescript", "const api = axios.create({\n  baseURL: 'https://api.<<domain>>',\n  headers: { "
             "'X-Auth-Token': '{{tok}}' },\n});"),
            ("java", "Connection conn = DriverManager.getConnection(\n    \"jdbc:oracle:thin:@<<host>>:1521/"
             "ORCL\", \"<<user>>\", \"{{pw}}\");"),
            ("php", "$pdo = new PDO('mysql:host=<<host>>;dbname=<<db>>', '<<user>>', '{{rnd}}');\n"
             "$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);"),
            ("rust", "let resp = reqwest::Client::new()\n    .get(\"https://api.<<domain>>/v1/me\")\n"
             "    .basic_auth(\"<<user>>\", Some(\"{{pw}}\"))\n    .send().await?;"),
            ("kotlin", "val request = Request.Builder()\n    .url(\"https://<<domain>>/api\")\n"
             "    .header(\"Authorization\", Credentials.basic(\"<<user>>\", \"{{rnd}}\"))\n    .build()"),
            ("swift", "let credential = URLCredential(user: \"<<user>>\", password: \"{{pw}}\", "
             "persistence: .forSession)"),
            ("sql_alter", "ALTER ROLE <<user>> WITH LOGIN PASSWORD '{{pw}}';\nGRANT CONNECT ON DATABASE "
                          "<<db>> "
             "TO <<user>>;"),
            ("bash_sshpass", "for h in web1 web2; do\n  sshpass -p '{{rnd}}' ssh <<user>>@$h 'sudo systemctl "
             "restart app'\ndone\nredis-cli -h <<host>> --pass {{urlpw}} ping"),
            ("go_vendor", "req.Header.Set(\"Authorization\", \"Bearer {{vendor}}\") // <<vlabel>>\n"
             "resp, err := http.DefaultClient.Do(req)"),
            ("kotlin_vendor", "object Keys {\n    const val <<venv>> = \"{{vendor}}\"\n}"),
        ],
        "log": [
            ("py_traceback", "Traceback (most recent call last):\n  File \"etl.py\", line 14, in <module>\n"
             "    engine = create_engine(DSN)\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) "
             "connection to server failed\n[SQL: dsn='user=<<user>> password={{urlpw}} host=<<host>> "
             "port=5432 dbname=<<db>>']"),
            ("access_log", "10.2.3.4 - - [12/Mar/2025:<<time>>:11 +0100] \"GET /export?format=csv&"
             "access_token={{tok}} HTTP/1.1\" 403 162 \"-\" \"curl/8.5.0\""),
            ("docker_inspect", "$ docker inspect api --format '{{json .Config.Env}}'\n"
                               "[\"PATH=/usr/local/bin\","
             "\"DB_USER=<<user>>\",\"DB_PASS={{pw}}\",\"TZ=Europe/Paris\"]"),
            ("git_remote", "$ git remote -v\norigin\thttps://<<user>>:{{tok}}@git.<<domain>>/team/app.git "
             "(fetch)\norigin\thttps://<<user>>:{{tok}}@git.<<domain>>/team/app.git (push)"),
            ("helm_values", "$ helm get values billing -n prod\nUSER-SUPPLIED VALUES:\nauth:\n  "
             "rootPassword: {{rnd}}\n  username: <<user>>\n<<venv>>: {{vendor}}"),
        ],
    },
}

# Languages of prose: a noun for each kind of secret, frames ({n} noun, {v} value), wrappers ({C} the cue
# sentence, {R} the request), per half.
EN = {
    "dev": {
        "nouns": {"pw": ["password", "pw", "passwd", "Password", "pasword", "PASSWORD", "login"],
                  "pin": ["PIN", "pin code", "door code", "keypad code"],
                  "wifi": ["wifi password", "WLAN key", "Wi-Fi pw"],
                  "api": ["API key", "api token", "key"],
                  "rec": ["backup codes", "recovery codes"],
                  "otp": ["verification code", "2FA code", "one-time code"],
                  "token": ["access token", "bearer token", "session token"]},
        "frames": [
            ("is", "the {n} is {v}"), ("colon", "{n}: {v}"), ("eq", "{n} = {v}"),
            ("value_first", "{v} is the {n}"), ("paren", "(the {n} is {v})"), ("arrow", "{n} -> {v}"),
            ("changed", "I changed the {n} to {v}"), ("temp", "temp {n} {v}"),
            ("works", "{v} works as the {n} now"), ("quoted", "use '{v}' as the {n}"),
            ("question", "did you try {v}? that's the {n} from the sticky note"),
            ("list", "\n- {n}: {v}\n"), ("table", "\n| {n} | {v} |\n"),
        ],
        "wrappers": [
            ("mail", "{R}\n\nHi <<name>>,\n\nhope the move went well. {C}. Let me know if anything else is "
             "missing.\n\nCheers,\n<<name#2>>"),
            ("chat", "{R}\n\n[<<time>>] <<name>>: are you in the office today?\n[<<time#2>>] <<name#2>>: no, "
             "wfh. {C}\n[<<time#3>>] <<name>>: thx"),
            ("ticket", "Ticket #<<ticket>> - access for new hire\nDescription: Laptop is set up. {C}. "
             "Please confirm by Friday.\n\n{R}"),
            ("handover", "{R}\nHandover notes from <<name>>:\nThe backup runs at night and nobody should "
             "touch the NAS. {C}. The printer on floor 2 jams, just open tray B."),
        ],
        "requests": ["Summarise this thread for me:", "Make this sound more professional:",
                     "can you turn this into a checklist?", "Translate this into German please:",
                     "What's the action item here?"],
    },
    "test": {
        "nouns": {"pw": ["passcode", "pwd", "password", "PW", "passowrd", "PassWord", "pass"],
                  "pin": ["pin", "gate code", "alarm code", "safe combination"],
                  "wifi": ["wifi key", "WPA2 passphrase", "guest wifi password"],
                  "api": ["api key", "secret key", "integration key"],
                  "rec": ["recovery codes", "emergency codes"],
                  "otp": ["OTP", "sms code", "confirmation code"],
                  "token": ["auth token", "refresh token", "personal token"]},
        "frames": [
            ("is_now", "{n} is now \u201c{v}\u201d"), ("dash", "{n} - {v}"), ("bare", "{n} {v}"),
            ("reset", "I reset the {n}, it's {v} until Friday"), ("new_eq", "new {n}={v}"),
            ("backtick", "the {n} was set to `{v}`"), ("value_first_dash", "{v} \u2014 that's the {n}"),
            ("paren_value", "({v} is the {n})"), ("check", "can you check whether {v} meets our {n} rules?"),
            ("bullet", "\n* {n} \u2192 {v}\n"), ("tsv", "\n{n}\t{v}\n"),
            ("imperative", "type {v} when it asks for the {n}"), ("still", "the old {n} {v} still works"),
        ],
        "wrappers": [
            ("thread", "{R}\n\nFrom: <<name>>\nSubject: Re: access\n\nSure thing. {C}. Ping me when "
             "you're in.\n\n> On Monday <<name#2>> wrote:\n> can someone send me the login?"),
            ("slack", "{R}\n\n<<name>>  <<time>>\nmorning all, quick one\n<<name#2>>  <<time#2>>\n{C}\n"
             "<<name>>  <<time#3>>\nperfect, in"),
            ("jira", "{R}\n\nSummary: Customer cannot log in\nComment (<<name>>): Spoke to them on the "
             "phone and reset it. {C}. Closing if no reply."),
            ("note", "Notes for <<name>> while I'm away:\n- water the plants on Tuesday\n- {C}\n- the "
             "courier comes Thursday\n{R}"),
        ],
        "requests": ["Give me a two-line summary of this:", "Rewrite this in a friendlier tone:",
                     "Pull out the tasks from this, bullet points:", "translate to french pls",
                     "Is there anything here I shouldn't forward?"],
    },
}

# Other languages: nouns for pw/pin/wifi (others reuse pw), frames and wrappers per half.
XX = {
    "de": {
        "dev": ({"pw": ["Passwort", "PW"], "pin": ["PIN", "Türcode"], "wifi": ["WLAN-Schlüssel"]},
                ["das {n} ist {v}", "{v} ist das neue {n}", "{n} lautet jetzt {v}"],
                ["{R}\n\nHallo <<name>>, kurze Übergabe: {C}. Der Schlüssel liegt beim Empfang.",
                 "Fasse das zusammen: Im Büro gibt es Neuigkeiten. {C}. Bitte nicht weitergeben.\n\n{R}"],
                ["Kannst du das freundlicher formulieren?", "Übersetze das bitte ins Englische:"]),
        "test": ({"pw": ["Kennwort", "Passwort"], "pin": ["Zahlencode", "Alarmcode"],
                  "wifi": ["WLAN-Passwort"]},
                 ["{n} ist ab sofort {v}", "neues {n} ({v})", "{v} funktioniert als {n}"],
                 ["{R}\n\nMoin <<name>>, ich bin ab morgen im Urlaub. {C}. Bei Fragen an <<name#2>>.",
                  "Notiz vom Team-Meeting – Zugang zum Lager geändert, {C}.\n\n{R}"],
                 ["Mach daraus eine kurze Nachricht:", "Was muss ich davon an IT melden?"]),
    },
    "fr": {
        "dev": ({"pw": ["mot de passe", "mdp"], "pin": ["code PIN", "digicode"], "wifi": ["clé wifi"]},
                ["le {n} est {v}", "{n} : {v}", "j'ai changé le {n} en {v}"],
                ["{R}\n\nBonjour <<name>>, comme convenu, {C}. Bonne journée !",
                 "Compte rendu : le nouveau stagiaire arrive lundi, {C}, et son badge est prêt.\n\n{R}"],
                ["Tu peux résumer ce message ?", "Traduis ceci en anglais :"]),
        "test": ({"pw": ["mot de passe", "MDP"], "pin": ["code d'accès", "code de l'alarme"],
                  "wifi": ["mot de passe du wifi"]},
                 ["{v}, c'est le {n}", "nouveau {n} = {v}", "({n} {v})"],
                 ["{R}\n\nSalut <<name>>, je pars en congé. {C}. Merci de ne pas le noter.",
                  "Message de <<name>> : {C}. Il expire dans 30 jours.\n\n{R}"],
                 ["Reformule ce message plus poliment :", "Fais-en une liste de tâches :"]),
    },
    "es": {
        "dev": ({"pw": ["contraseña", "clave"], "pin": ["PIN", "código de la puerta"], "wifi": ["clave del "
                                                                                                "wifi"]},
                ["la {n} es {v}", "{n}: {v}", "{v} es la {n} nueva"],
                ["{R}\n\nHola <<name>>, te paso lo del piso: {C}. ¡Disfruta!",
                 "Resumen de la reunión: cambiamos proveedores y {C}.\n\n{R}"],
                ["¿Puedes resumir esto?", "Tradúcelo al inglés, por favor:"]),
        "test": ({"pw": ["contraseña", "pass"], "pin": ["código", "clave de la alarma"],
                  "wifi": ["contraseña del wifi"]},
                 ["{n} → {v}", "ahora la {n} es «{v}»", "usa {v} como {n}"],
                 ["{R}\n\nBuenas <<name>>: {C}. Cualquier cosa me dices.",
                  "Nota para <<name>>: el portátil está en el armario, {C}.\n\n{R}"],
                 ["Hazlo más formal:", "¿Qué tareas salen de aquí?"]),
    },
    "pt": {
        "dev": ({"pw": ["senha", "palavra-passe"], "pin": ["PIN", "código do portão"], "wifi": ["senha do "
                                                                                                "wi-fi"]},
                ["a {n} é {v}", "{n}: {v}", "mudei a {n} para {v}"],
                ["{R}\n\nOi <<name>>, segue o combinado: {C}. Abraço!",
                 "Passagem de turno: tudo tranquilo, {C}.\n\n{R}"],
                ["Resume isso pra mim:", "Traduza para o inglês:"]),
        "test": ({"pw": ["senha", "password"], "pin": ["código", "PIN do alarme"], "wifi": ["chave do wifi"]},
                 ["{v} é a {n}", "nova {n} = {v}", "{n} - {v}"],
                 ["{R}\n\nOlá <<name>>, {C}. Não partilhes com ninguém, por favor.",
                  "Recado da <<name>>: {C}. Volto na segunda.\n\n{R}"],
                 ["Deixa isso mais educado:", "Quais são as tarefas aqui?"]),
    },
    "it": {
        "dev": ({"pw": ["password", "parola d'ordine"], "pin": ["PIN", "codice del portone"],
                 "wifi": ["password del wifi"]},
                ["la {n} è {v}", "{n}: {v}", "ho cambiato la {n} in {v}"],
                ["{R}\n\nCiao <<name>>, per l'ufficio: {C}. A domani!",
                 "Appunti: il fornitore richiama giovedì, {C}.\n\n{R}"],
                ["Riassumi questo messaggio:", "Traducilo in inglese:"]),
        "test": ({"pw": ["password", "chiave d'accesso"], "pin": ["codice", "codice allarme"],
                  "wifi": ["chiave wifi"]},
                 ["{v} è la {n}", "nuova {n} = {v}", "usa {v} come {n}"],
                 ["{R}\n\nBuongiorno <<name>>, {C}. Grazie e buon lavoro.",
                  "Messaggio di <<name>>: {C}, scade a fine mese.\n\n{R}"],
                 ["Rendilo più formale:", "Fammi un elenco puntato:"]),
    },
    "tr": {
        "dev": ({"pw": ["şifre", "parola"], "pin": ["PIN", "kapı kodu"], "wifi": ["wifi şifresi"]},
                ["{n} olarak {v} kullan", "{n}: {v}", "yeni {n} {v} oldu"],
                ["{R}\n\nMerhaba <<name>>, dediğim gibi {C}. Kolay gelsin.",
                 "Toplantı notu: depo taşınıyor, {C}.\n\n{R}"],
                ["Bunu özetler misin?", "İngilizceye çevir:"]),
        "test": ({"pw": ["parola", "şifre"], "pin": ["kod", "alarm kodu"], "wifi": ["kablosuz şifresi"]},
                 ["{v} {n} olarak çalışıyor", "{n} şöyle: {v}", "{n} artık «{v}»"],
                 ["{R}\n\nSelam <<name>>, izne çıkıyorum. {C}. Kimseyle paylaşma.",
                  "<<name>> yazdı: {C}. Pazartesi görüşürüz.\n\n{R}"],
                 ["Daha resmi yaz:", "Buradan görev listesi çıkar:"]),
    },
    "ru": {
        "dev": ({"pw": ["пароль", "пасс"], "pin": ["ПИН", "код от двери"], "wifi": ["пароль от вайфая"]},
                ["{n} — {v}", "{n}: {v}", "поменял {n} на {v}"],
                ["{R}\n\nПривет, <<name>>! Как договаривались: {C}. Удачи!",
                 "Итоги созвона: переезд в пятницу, {C}.\n\n{R}"],
                ["Сократи это сообщение:", "Переведи на английский:"]),
        "test": ({"pw": ["пароль", "кодовое слово"], "pin": ["код", "код сигнализации"],
                  "wifi": ["ключ от wi-fi"]},
                 ["{v} — это {n}", "новый {n} = {v}", "{n} теперь «{v}»"],
                 ["{R}\n\nДобрый день, <<name>>. {C}. Никому не пересылайте.",
                  "Записка от <<name>>: {C}. Вернусь в понедельник.\n\n{R}"],
                 ["Сделай текст вежливее:", "Выдели задачи списком:"]),
    },
    "ar": {
        "dev": ({"pw": ["كلمة المرور", "الباسورد"], "pin": ["الرقم السري", "رمز الباب"],
                 "wifi": ["كلمة سر الواي فاي"]},
                ["{n} هي {v}", "{n}: {v}", "غيّرت {n} إلى {v}"],
                ["{R}\n\nمرحباً <<name>>، كما اتفقنا: {C}. شكراً لك.",
                 "ملخص الاجتماع: الموظف الجديد يبدأ الأحد، {C}.\n\n{R}"],
                ["لخّص هذه الرسالة:", "ترجم هذا إلى الإنجليزية:"]),
        "test": ({"pw": ["كلمة السر", "كلمة المرور"], "pin": ["الرمز", "رمز الإنذار"],
                  "wifi": ["مفتاح الشبكة"]},
                 ["{v} هي {n}", "{n} الجديدة = {v}", "({n} {v})"],
                 ["{R}\n\nأهلاً <<name>>، سأكون في إجازة. {C}. لا تشاركها مع أحد.",
                  "رسالة من <<name>>: {C}. نلتقي الإثنين.\n\n{R}"],
                 ["اجعلها أكثر رسمية:", "استخرج المهام من هذا النص:"]),
    },
    "zh": {
        "dev": ({"pw": ["密码", "登录密码"], "pin": ["PIN码", "门禁密码"], "wifi": ["WiFi密码"]},
                ["{n}是{v}", "{n}：{v}", "我把{n}改成了{v}"],
                ["{R}\n\n<<name>>你好，按之前说的：{C}。谢谢！",
                 "会议纪要：新同事周一入职，{C}。\n\n{R}"],
                ["帮我总结一下：", "翻译成英文："]),
        "test": ({"pw": ["口令", "密码"], "pin": ["验证码", "保险柜密码"], "wifi": ["无线密码"]},
                 ["{v}就是{n}", "新{n}={v}", "（{n} {v}）"],
                 ["{R}\n\n<<name>>，我下周休假。{C}。别外传。",
                  "<<name>>留言：{C}。周一见。\n\n{R}"],
                 ["改得正式一点：", "列出里面的待办事项："]),
    },
    "ja": {
        "dev": ({"pw": ["パスワード", "PW"], "pin": ["暗証番号", "ドアのコード"],
                 "wifi": ["Wi-Fiのパスワード"]},
                ["{n}は{v}です", "{n}：{v}", "{n}を{v}に変更しました"],
                ["{R}\n\n<<name>>さん、お疲れさまです。{C}。よろしくお願いします。",
                 "引き継ぎメモ：来週から新しい担当です。{C}。\n\n{R}"],
                ["これを要約してください：", "英語に翻訳してください："]),
        "test": ({"pw": ["パスコード", "パスワード"], "pin": ["PIN", "金庫の番号"], "wifi": ["無線LANキー"]},
                 ["{v}が{n}です", "新しい{n}＝{v}", "（{n} {v}）"],
                 ["{R}\n\n<<name>>さん、明日から休みます。{C}。他の人には教えないでください。",
                  "<<name>>さんより：{C}。月曜日に戻ります。\n\n{R}"],
                 ["もっと丁寧な文にしてください：", "タスクを箇条書きにして："]),
    },
    "ko": {
        "dev": ({"pw": ["비밀번호", "비번"], "pin": ["PIN", "현관 비밀번호"], "wifi": ["와이파이 비번"]},
                ["{n}는 {v}입니다", "{n}: {v}", "{n}를 {v}로 바꿨어요"],
                ["{R}\n\n<<name>>님 안녕하세요. 말씀드린 대로 {C}. 감사합니다.",
                 "회의록: 신입은 월요일 입사, {C}.\n\n{R}"],
                ["이거 요약해 줘:", "영어로 번역해 줘:"]),
        "test": ({"pw": ["암호", "비밀번호"], "pin": ["코드", "금고 번호"], "wifi": ["무선 암호"]},
                 ["{v}가 {n}예요", "새 {n} = {v}", "({n} {v})"],
                 ["{R}\n\n<<name>>님, 다음 주 휴가입니다. {C}. 다른 사람에게 알려주지 마세요.",
                  "<<name>>님 메모: {C}. 월요일에 봬요.\n\n{R}"],
                 ["좀 더 공손하게 바꿔 줘:", "할 일 목록으로 정리해 줘:"]),
    },
}

NEGATIVES = {
    "dev": [
        ("ids_and_hashes", "Which of these should go in the bug report? commit <<sha40>>, request id "
         "<<uuid>>, file md5 <<md5>>"),
        ("ids_and_hashes", "Explain this lockfile line:\n\"integrity\": \"sha512-<<sha64>>\", resolved from "
         "build <<sha7>>"),
        ("placeholders", "Fill in the template for the wiki:\n[database]\nuser = <db-user>\npassword = "
         "<your-password-here>\n\nMake it clearer for beginners."),
        ("placeholders", "In the README example we wrote API_KEY=sk-xxxxxxxxxxxxxxxx and PASSWORD=changeme. "
         "Is that obvious enough as a fake?"),
        ("masked", "The support chat shows my card as <<iban_masked>> and token ending ...<<last4>>. Is this "
         "normal?"),
        ("masked", "kubectl describe shows password: <redacted> and the log prints DB_PASS=******** - why "
         "can't I see the real value?"),
        ("env_names", "Which of these should be secrets in GitHub Actions: <<venv>>, DB_PASSWORD, "
         "NODE_ENV, LOG_LEVEL?"),
        ("env_names", "Our app reads SMTP_PASS and REDIS_PASSWORD from the environment; how do I set them in "
         "systemd unit files?"),
        ("policy_text", "Rewrite our policy: Passwords must have 12 characters, one digit and one symbol, "
         "and PINs must not be 1234 or a birth date. Rotate every 90 days."),
        ("policy_text", "Übersetze: Teilen Sie Ihr Passwort niemals per E-Mail. Der IT-Support fragt Sie "
         "nie nach Ihrem Kennwort."),
        ("public_material", "Is this safe to paste in the ticket? ssh-ed25519 <<edpub>> <<email>>"),
        ("public_material", "This is our publishable key <<pubkey_pk>> for the checkout page - can it be in "
         "the frontend?"),
        ("version_build", "Changelog for <<ver>> (build <<build>>): fixed login timeout, new password "
         "reset page. Summarise for customers."),
        ("version_build", "pip freeze shows requests==<<ver>>, cryptography==<<ver#2>>. Any CVEs?"),
        ("base64_nonsecret", "What does this webhook payload contain? body: <<jsonb64>>"),
        ("base64_nonsecret", "Why doesn't this data URI render? <img "
                             "src=\"data:image/png;base64,<<pngb64>>\">"),
        ("vault_refs", "spring:\n  datasource:\n    password: ${DB_PASSWORD}\n    username: ${DB_USER}\n"
         "Why does it say the placeholder could not be resolved?"),
        ("vault_refs", "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\nis this the right way to "
         "reference the vault in group_vars?"),
        ("urls_no_creds", "Can you check these links work? https://<<domain>>/login?next=/reports and "
         "https://docs.<<domain>>/reset-password"),
        ("urls_no_creds", "git clone https://git.<<domain>>/team/app.git fails with 'repository not found' - "
         "what should I check?"),
    ],
    "test": [
        ("ids_and_hashes", "Summarise: order <<order>> failed, trace id <<uuid>>, image sha256:<<sha64>>."),
        ("ids_and_hashes", "git log shows <<sha40>> and <<sha7>> - which one did the revert?"),
        ("placeholders", "Template for the team:\nDB_PASSWORD=REPLACE_ME\nAPI_TOKEN=<token>\nTranslate the "
         "comments into Spanish."),
        ("placeholders", "Docs snippet: curl -H \"Authorization: Bearer YOUR_ACCESS_TOKEN\" https://api."
         "<<domain>>/v1 - does this explain it well?"),
        ("masked", "The audit log says: user <<user>> changed password to [REDACTED] at <<time>>. Write "
         "the incident note."),
        ("masked", "terraform plan shows + password = (sensitive value). How do I see what it will set?"),
        ("env_names", "Document these variables: POSTGRES_PASSWORD, <<venv>>, JWT_SECRET - one line each."),
        ("env_names", "Is `export AWS_SECRET_ACCESS_KEY` without a value enough to unset it in zsh?"),
        ("policy_text", "Make this friendlier: Your new passcode must be 6 digits, not repeating, and "
         "different from your last 5 passcodes."),
        ("policy_text", "Traduce: Nunca compartas tu contraseña ni tu código de verificación con nadie."),
        ("public_material", "Which cert is this?\n-----BEGIN CERTIFICATE-----\n<<certbody>>\n"
         "-----END CERTIFICATE-----"),
        ("public_material", "authorized_keys has ssh-ed25519 <<edpub>> deploy - is that the public half?"),
        ("version_build", "Node <<ver>>, npm <<ver#2>>, build <<build>>. Which versions are LTS?"),
        ("version_build", "Our release tag is v<<ver>>-rc1+<<sha7>>; is that valid semver?"),
        ("base64_nonsecret", "Decode this event for me: <<jsonb64>>"),
        ("base64_nonsecret", "The email embeds a logo as base64: <<pngb64>> - why is it so big?"),
        ("vault_refs", "password: \"{{ vault_db_password }}\"\napi_key: \"{{ lookup('env', 'API_KEY') }}\"\n"
         "Why does Ansible say the variable is undefined?"),
        ("vault_refs", "\"Password\": \"@Microsoft.KeyVault(SecretUri=https://kv-<<db>>.vault.azure.net/"
         "secrets/dbpass/)\" - does App Service resolve this automatically?"),
        ("urls_no_creds", "Shorten this for the newsletter: https://<<domain>>/account/settings/security"
         "?tab=password"),
        ("urls_no_creds", "Is https://status.<<domain>>/incidents/<<ticket>> public or do I need to log in?"),
    ],
}

_TOKEN = re.compile(r"\{\{([a-z0-9_@:]+)\}\}|<<([a-z0-9_]+)(#\d)?>>")


# --------------------------------------------------------------------------------------------- templates
@dataclass(frozen=True)
class Template:
    id: str
    group: str
    lang: str
    form: str
    text: str


def _templates(half: str) -> dict[str, list[Template]]:
    out: dict[str, list[Template]] = {}
    for group, rows in MATERIAL[half].items():
        out[group] = [Template(f"s11{half[0]}-{group}{i:02d}", group, "en", form, text)
                      for i, (form, text) in enumerate(rows)]
    negs = [Template(f"s11{half[0]}-neg{i:02d}", "negative",
                     "de" if "Übersetze" in text else "es" if "Traduce" in text else "en", cls, text)
            for i, (cls, text) in enumerate(NEGATIVES[half])]
    # one template of each class, then the second of each: drawn in turn, every class gets 9 of 90
    rank = {t.id: sum(u.form == t.form for u in negs[:i]) for i, t in enumerate(negs)}
    out["negative"] = sorted(negs, key=lambda t: (rank[t.id], NEG_CLASSES.index(t.form)))
    return out


TEMPLATES = {h: _templates(h) for h in HALVES}


# --------------------------------------------------------------------------------------------- rendering
def _render(text: str, g: random.Random, half: str,
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
            assert vendor is not None
            value = vendor.make(g)
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
    for m in _TOKEN.finditer(text):
        out.append(text[pos:m.start()])
        start = sum(map(len, out))
        if m.group(1):
            value = secret(m.group(1))
            shape = m.group(1).split(":")[0]
            shapes.append("vendor_key" if shape == "vendor" else shape)
            spans.append({"type": "SECRET", "start": start, "end": start + len(value), "value": value})
        else:
            fk = m.group(2) + (m.group(3) or "")
            if fk not in fillers:
                if m.group(2) == "b64user":
                    fillers[fk] = base64.b64encode(g.choice(p.users).encode()).decode()
                else:
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
    out.append(text[pos:])
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


def _cue(g: random.Random, kind: str, noun: str, frame: str, n: int) -> str:
    """A cue frame with its noun and a secret slot of ``kind`` (``n`` numbers the slot)."""
    shape = g.choice(KIND_SHAPES[kind])
    if kind == "rec":  # a list of codes: each its own value
        slot = ", ".join(f"{{{{rec:{n}{j}}}}}" for j in range(g.randint(3, 5)))
    else:
        slot = f"{{{{{shape}:{n}}}}}"
    return frame.replace("{n}", noun).replace("{v}", slot)


def _prose_en(half: str, g: random.Random, k: int) -> tuple[str, str, list[str], str]:
    spec = EN[half]
    wid, wrapper = g.choice(spec["wrappers"])
    cues = []
    frame_ids: list[str] = []
    for n in range(g.choice((1, 1, 2))):
        kind = g.choice(list(spec["nouns"]))
        fid, frame = spec["frames"][k % len(spec["frames"])] if n == 0 else g.choice(spec["frames"])
        if frame.startswith("\n") and frame_ids:  # a list item or table row stands alone
            continue
        frame_ids.append(fid)
        cues.append(_cue(g, kind, g.choice(spec["nouns"][kind]), frame, n))
        if frame.startswith("\n"):
            break
    cue = "; ".join(cues)
    text = wrapper.replace("{C}", cue).replace("{R}", g.choice(spec["requests"]))
    return text, f"s11{half[0]}-en-{wid}", [f"frame:{f}" for f in frame_ids], "+".join(frame_ids)


def _prose_xx(half: str, g: random.Random, lang: str) -> tuple[str, str, list[str], str]:
    nouns, frames, wrappers, requests = XX[lang][half]
    kind = g.choice(list(nouns))
    fi = g.randrange(len(frames))
    wi = g.randrange(len(wrappers))
    cue = _cue(g, kind, g.choice(nouns[kind]), frames[fi], 0)
    text = wrappers[wi].replace("{C}", cue).replace("{R}", g.choice(requests))
    return text, f"s11{half[0]}-{lang}-w{wi}", [f"frame:{lang}{fi}"], f"{lang}_frame{fi}"


def _plan(half: str, g: random.Random) -> list[tuple[str, object]]:
    plan: list[tuple[str, object]] = []
    for group, k in GROUPS:
        if group == "prose_en":
            plan += [("prose_en", i) for i in range(k)]  # the first frame in turn: every frame drawn
        elif group == "prose_xx":
            plan += [("prose_xx", LANGS[i % len(LANGS)]) for i in range(k)]
        else:
            ts = TEMPLATES[half][group]
            plan += [(group, ts[i % len(ts)]) for i in range(k)]
    g.shuffle(plan)
    return plan


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default ``SIZES[half]``; fewer are a prefix) of ``half`` ("dev" or "test")."""
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}; expected one of {HALVES}")
    g = random.Random(zlib.crc32(f"secrets_corpus11:{half}:{seed}".encode()))
    plan = _plan(half, g)
    reps = -(-(n or 0) // len(plan)) if n and n > len(plan) else 1
    plan = (plan * reps)[:n or SIZES[half]]
    vendors = list(VENDORS[half].values())
    requests = REQUESTS[half]
    turn = 0
    records = []
    for i, (group, item) in enumerate(plan):
        for _ in range(200):
            vendor = None
            parts: list[str] = []
            if group == "prose_en":
                assert isinstance(item, int)
                body, tid, parts, form = _prose_en(half, g, item)
                lang, kind = "en", "prose"
            elif group == "prose_xx":
                assert isinstance(item, str)
                body, tid, parts, form = _prose_xx(half, g, item)
                lang, kind = item, "prose"
            else:
                assert isinstance(item, Template)
                tid, form, kind = item.id, item.form, item.group
                lang = item.lang
                body = item.text
                if kind != "negative":
                    ri = g.randrange(len(requests))
                    lang, req = requests[ri]
                    body = req.replace("{M}", body)
                    parts = [f"request:{half[0]}{ri:02d}"]
            if "{{vendor" in body:
                vendor = vendors[turn % len(vendors)]  # round robin: every vendor of the half is drawn
            text, spans, shapes = _render(body, g, half, vendor)
            if "vendor_key" not in shapes:
                vendor = None
            if labelled_everywhere(text, spans):
                break
        else:  # pragma: no cover - the pools make this unreachable
            raise RuntimeError(f"could not label {tid} everywhere")
        if vendor:
            turn += 1
        meta = {"half": half, "kind": kind, "form": form, "lang": lang, "template": tid, "parts": parts,
                "scope": ["SECRET"], "shapes": shapes}
        if kind == "negative":
            meta["neg_class"] = form
        else:
            meta["cls"] = form
        if vendor:
            meta["vendor"] = vendor.name
        records.append({"id": f"secrets11-{half}-{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
