"""Third secrets corpus: secrets in the shapes an employee pastes into an AI chat (scope SECRET only).

Written without reading the scrubber, its tests or the other corpora. Each template is one situation: pasted
error output and logs that echo a credential (HTTP debug logs, ``curl -v``, stack traces with a connection
URL, Kubernetes events, CI logs that failed to mask, ``env`` dumps, ``docker inspect``, Terraform plans),
chat in seven languages ("the key is ...", "new pw ...", PINs, passcodes), config files of many stacks and
values of every shape (vendor-prefixed tokens, unprefixed random keys, human passwords and passphrases, JWTs,
whole PEM/OpenSSH/PGP key blocks, basic-auth base64, URL-embedded passwords, signed-URL signatures, webhook
URLs, TOTP secrets, recovery codes, Wi-Fi PSKs). ~12 % negatives (``form: "negative"``) hold look-alikes only:
commit SHAs, request ids, hashes, public keys, publishable keys, placeholders, key names, policies.

Gold spans cover exactly the secret: the password inside a connection string, the token after ``Bearer``,
the signature parameter of a signed URL, the whole URL of a webhook, the whole block of a private key.
Halves ``dev`` and ``test`` share no template and no word pool, and use different seeds.
``python -m benchmarks.secrets_corpus3 --half dev [--n N] [--seed S]`` prints JSONL.
"""

import base64
import json
import random
import string
from collections.abc import Callable
from urllib.parse import quote

from benchmarks.halves_cli import write_half

DEFAULT_SEED = 3301
DEFAULT_N = 250
NEGATIVE_SHARE = 0.12
HALF_SEED_OFFSET = {"dev": 0, "test": 7717}

DIG = string.digits
HEX = "0123456789abcdef"
B62 = string.ascii_letters + DIG
B64 = B62 + "+/"
B64U = B62 + "-_"
UPAN = string.ascii_uppercase + DIG
LOAN = string.ascii_lowercase + DIG
B32 = string.ascii_uppercase + "234567"
SYM = "!@#$%*?._+-="
_OPEN, _CLOSE = "\x00", "\x01"

# ------------------------------------------------------------ word pools (split by half: even / odd index)
WORDS = ["falcon", "harbor", "maple", "copper", "lantern", "orchid", "glacier", "tundra", "pepper", "walnut",
         "saturn", "meadow", "cobalt", "violet", "canyon", "biscuit", "thunder", "pelican", "marble", "willo"
                                                                                                      "w",
         "rocket", "cactus", "summit", "ember", "juniper", "galaxy", "badger", "velvet", "quartz", "monsoon",
         "pirate", "sparrow", "nectar", "turbine", "cinder", "lagoon", "mango", "raven", "blizzard", "pretze"
                                                                                                     "l",
         "osprey", "zephyr", "coral", "dynamo", "gravel", "hazel", "igloo", "jigsaw", "kettle", "lobster",
         "mosaic", "nutmeg", "onyx", "paddle", "quiver", "ripple", "saffron", "tiger", "umber", "vortex"]
SEASONS = ["Summer", "Winter", "Fall", "Spring", "Autumn", "Sommer", "Hiver", "Verano"]
FAMOUS = ["P@ssw0rd", "Tr0ub4dor&3", "Welcome1!", "Qwerty123!", "Admin@123", "Passw0rd!", "Letmein2023",
          "Changeme#1", "Company2024!", "Monkey42!", "iloveyou2", "Dragon#1987"]
PHRASES = ["correct horse battery staple", "purple monkey dishwasher lamp", "blue giraffe eats cold pizza",
           "seven tired otters sing loudly", "my cat hates mondays", "tall coffee before standup",
           "rain on the tin roof", "never trust a quiet printer"]
USERS = ["deploy", "svc_app", "admin", "jenkins", "etl_user", "reporting", "app_rw", "backup", "ci-bot",
         "postgres", "root", "webadmin", "ops", "grafana", "airflow", "mailer", "readonly", "sa", "ubuntu",
         "integration", "bi_reader", "scheduler", "api_user", "svc-billing"]
HOSTS = ["db-prod-01.internal", "pg.staging.corp", "10.20.4.17", "mysql-eu.acmecorp.net", "172.16.8.40",
         "orders-db.c9xk2l.eu-west-1.rds.amazonaws.com", "sql01.ad.lan", "192.168.10.55", "mongo-a.int",
         "cache-3.prod.local", "rabbit.ops.lan", "warehouse.analytics.io", "10.0.3.201", "db.northwind.dev",
         "pg-replica-2.priv", "srv-app-07", "172.31.44.9", "data.riverbank.io"]
DBS = ["orders", "crm", "analytics", "billing", "inventory", "app_prod", "payroll", "events", "reporting",
       "customers", "ledger", "tickets"]
PEOPLE = ["Maya", "Jonas", "Priya", "Lukas", "Sofia", "Tomasz", "Ines", "Daan", "Chiara", "Mateo", "Aiko",
          "Bruno", "Greta", "Omar", "Lena", "Rafael"]
COMPANIES = ["acmecorp", "northwind", "globex", "initech", "umbrella-labs", "hooli", "vandelay", "stark-ind",
             "wayne-ent", "cyberdyne", "tyrell", "soylent"]
SERVICES = ["billing-api", "auth-svc", "orders-worker", "report-gen", "notifier", "search-indexer",
            "checkout", "etl-nightly", "webhook-relay", "inventory-sync", "pdf-render", "gateway"]
AWS_EXAMPLES = [("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                ("AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY")]


class Ctx:
    """Random choices and value generators for one record of one half."""

    def __init__(self, r: random.Random, half: str):
        self.r, self.half = r, half
        self._memo: dict[str, str] = {}

    def _once(self, key: str, seq: list) -> str:
        """The same firm, service, host or user throughout one record."""
        if key not in self._memo:
            self._memo[key] = self.p(seq)
        return self._memo[key]

    # --- plumbing
    def s(self, v: str) -> str:
        """Mark ``v`` as a secret span."""
        return f"{_OPEN}{v}{_CLOSE}"

    def rs(self, alpha: str, n: int) -> str:
        return "".join(self.r.choice(alpha) for _ in range(n))

    def pool(self, seq: list) -> list:
        return seq[0::2] if self.half == "dev" else seq[1::2]

    def p(self, seq: list):
        """A choice from this half's share of a pool."""
        return self.r.choice(self.pool(seq))

    def pick(self, seq):
        return self.r.choice(seq)

    def num(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    # --- fills (not secrets)
    def user(self) -> str:
        return self._once("user", USERS)

    def host(self) -> str:
        return self._once("host", HOSTS)

    def db(self) -> str:
        return self.p(DBS)

    def person(self) -> str:
        return self.p(PEOPLE)

    def org(self) -> str:
        return self._once("org", COMPANIES)

    def svc(self) -> str:
        return self._once("svc", SERVICES)

    def ip(self) -> str:
        return f"10.{self.num(0, 254)}.{self.num(0, 254)}.{self.num(2, 250)}"

    def ts(self) -> str:
        return (f"2026-{self.num(1, 11):02d}-{self.num(1, 28):02d}T{self.num(0, 23):02d}:"
                f"{self.num(0, 59):02d}:"
                f"{self.num(0, 59):02d}")

    def hexs(self, n: int) -> str:
        return self.rs(HEX, n)

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def sha(self) -> str:
        return self.hexs(40)

    # --- secrets: human ones
    def word(self) -> str:
        return self.p(WORDS)

    def pw(self, famous: bool = True) -> str:
        """A human password: season+year, leet word, word+digits, two words, random strong, or a classic."""
        k = self.r.randrange(7 if famous else 6)
        w = self.word()
        if k == 0:
            return f"{self.p(SEASONS)}{self.num(2019, 2026)}{self.pick('!#$?')}"
        if k == 1:
            leet = w.capitalize().replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
            return f"{leet}{self.num(1, 99)}{self.pick(SYM[:6])}"
        if k == 2:
            return f"{w}{self.num(1960, 2012)}"
        if k == 3:
            return f"{w.capitalize()}{self.pick('!#*.-_')}{self.word().capitalize()}{self.num(10, 99)}"
        if k == 4:
            return self.rs(B62 + "!@#%*", self.num(12, 20))
        if k == 5:
            return f"{w.capitalize()}{self.word()}{self.num(100, 999)}{self.pick('!$%')}"
        return self.p(FAMOUS)

    def urlpw(self) -> str:
        """A password that survives inside a URL or a ``key=value;`` string unescaped."""
        k = self.r.randrange(3)
        if k == 0:
            return self.rs(B62, self.num(14, 28))
        if k == 1:
            return f"{self.word().capitalize()}{self.num(10, 9999)}{self.pick(['', '_', '-', '.', '~'])}"
        return f"{self.word()}-{self.word()}-{self.num(10, 99)}"

    def phrase(self) -> str:
        if self.r.random() < 0.25:
            return self.p(PHRASES)
        n = self.num(3, 5)
        return self.pick([" ", "-", ".", " "]).join(self.word() for _ in range(n))

    def pin(self, digits: int | None = None) -> str:
        """A PIN whose digit sum is even in dev and odd in test, so the halves share none."""
        d = digits or self.pick([4, 4, 6, 5, 8])
        while True:
            v = self.rs(DIG, d)
            if sum(map(int, v)) % 2 == (0 if self.half == "dev" else 1):
                return v

    # --- secrets: machine ones
    def b64(self, nbytes: int) -> str:
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode()

    def b64url(self, raw: str) -> str:
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def jwt(self, alg: str = "HS256") -> str:
        head = self.b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
        iat = self.num(1_760_000_000, 1_790_000_000)
        body = {"sub": self.pick([self.uuid(), str(self.num(1000, 99999)), f"{self.user()}@{self.org()}"]),
                "iat": iat, "exp": iat + self.pick([900, 3600, 86400]),
                "role": self.pick(["admin", "service_role", "user", "authenticated"])}
        return f"{head}.{self.b64url(json.dumps(body, separators=(',', ':')))}.{self.rs(B64U, 43)}"

    def block(self, label: str, lead: str, lines: int, width: int = 64) -> str:
        body = lead + self.rs(B64, width * lines - len(lead) + self.num(4, width - 8))
        rows = [body[i:i + width] for i in range(0, len(body), width)]
        return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"

    def rsa_key(self) -> str:
        return self.block("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", self.num(8, 14))

    def pkcs8_key(self) -> str:
        return self.block("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", self.num(8, 14))

    def ec_key(self) -> str:
        return self.block("EC PRIVATE KEY", "MHcCAQEEI", 3)

    def openssh_key(self) -> str:
        return self.block("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB",
                          self.num(5, 9), 70)

    def pgp_key(self) -> str:
        body = "lQdGBG" + self.rs(B64, 64 * self.num(6, 10))
        rows = [body[i:i + 64] for i in range(0, len(body), 64)]
        return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(rows) + f"\n={self.rs(B64, 4)}\n"
                "-----END PGP PRIVATE KEY BLOCK-----")

    def basic(self, user: str | None = None, pw: str | None = None) -> str:
        return base64.b64encode(f"{user or self.user()}:{pw or self.pw()}".encode()).decode()

    def aws(self) -> tuple[str, str]:
        if self.r.random() < 0.3:
            return AWS_EXAMPLES[0 if self.half == "dev" else 1]
        return "AKIA" + self.rs(B32, 16), self.rs(B62 + "/+", 40)

    def totp(self) -> str:
        return self.rs(B32, self.pick([16, 32]))

    def randkey(self) -> str:
        """An unprefixed random key: hex, base64, base62 or UUID-shaped."""
        return self.pick([lambda: self.hexs(32), lambda: self.hexs(40), lambda: self.rs(B62, 32),
                          lambda: self.b64(32), self.uuid, lambda: self.hexs(64)])()

    def vendor(self) -> tuple[str, str, str]:
        """(environment variable name, vendor, token) for a random vendor."""
        name, label, gen = self.pick(VENDORS)
        return name, label, gen(self)


def _openai(c: Ctx) -> str:
    if c.r.random() < 0.5:
        return f"sk-proj-{c.rs(B64U, 74)}T3BlbkFJ{c.rs(B64U, 74)}"
    return f"sk-{c.rs(B62, 20)}T3BlbkFJ{c.rs(B62, 20)}"


VENDORS: list[tuple[str, str, Callable[[Ctx], str]]] = [
    ("OPENAI_API_KEY", "OpenAI", _openai),
    ("ANTHROPIC_API_KEY", "Anthropic", lambda c: f"sk-ant-api03-{c.rs(B64U, 93)}AA"),
    ("GITHUB_TOKEN", "GitHub", lambda c: "ghp_" + c.rs(B62, 36)),
    ("GH_PAT", "GitHub", lambda c: f"github_pat_11{c.rs(UPAN, 20)}_{c.rs(B62, 59)}"),
    ("GITLAB_TOKEN", "GitLab", lambda c: "glpat-" + c.rs(B62 + "-_", 20)),
    ("SLACK_BOT_TOKEN", "Slack", lambda c: f"xoxb-{c.rs(DIG, 11)}-{c.rs(DIG, 13)}-{c.rs(B62, 24)}"),
    ("STRIPE_SECRET_KEY", "Stripe", lambda c: c.pick(["sk_live_", "rk_live_"]) + "51" + c.rs(B62, 96)),
    ("GOOGLE_API_KEY", "Google", lambda c: "AIza" + c.rs(B64U, 35)),
    ("TWILIO_AUTH_TOKEN", "Twilio", lambda c: c.hexs(32)),
    ("TWILIO_API_SECRET", "Twilio", lambda c: c.rs(B62, 32)),
    ("SENDGRID_API_KEY", "SendGrid", lambda c: f"SG.{c.rs(B64U, 22)}.{c.rs(B64U, 43)}"),
    ("MAILGUN_API_KEY", "Mailgun", lambda c: "key-" + c.hexs(32)),
    ("NPM_TOKEN", "npm", lambda c: "npm_" + c.rs(B62, 36)),
    ("PYPI_TOKEN", "PyPI", lambda c: "pypi-AgEIcHlwaS5vcmc" + c.rs(B64U, 120)),
    ("DOCKERHUB_TOKEN", "Docker Hub", lambda c: "dckr_pat_" + c.rs(B64U, 27)),
    ("HF_TOKEN", "Hugging Face", lambda c: "hf_" + c.rs(string.ascii_letters, 34)),
    ("DATABRICKS_TOKEN", "Databricks", lambda c: "dapi" + c.hexs(32) + c.pick(["", "-2", "-3"])),
    ("AZURE_OPENAI_API_KEY", "Azure OpenAI", lambda c: c.hexs(32)),
    ("AZURE_STORAGE_KEY", "Azure Storage", lambda c: c.b64(64)),
    ("SHOPIFY_ACCESS_TOKEN", "Shopify", lambda c: c.pick(["shpat_", "shpss_"]) + c.hexs(32)),
    ("JIRA_API_TOKEN", "Atlassian", lambda c: f"ATATT3xFfGF0{c.rs(B64U, 170)}={c.rs('0123456789ABCDEF', 8)}"),
    ("LINEAR_API_KEY", "Linear", lambda c: "lin_api_" + c.rs(B62, 40)),
    ("NOTION_TOKEN", "Notion", lambda c: c.pick(["secret_" + c.rs(B62, 43), f"ntn_{c.rs(DIG, 11)}"
                                                                            f"{c.rs(B62, 35)}"])),
    ("AIRTABLE_TOKEN", "Airtable", lambda c: f"pat{c.rs(B62, 14)}.{c.hexs(64)}"),
    ("FIGMA_TOKEN", "Figma", lambda c: "figd_" + c.rs(B64U, 40)),
    ("SUPABASE_ACCESS_TOKEN", "Supabase", lambda c: "sbp_" + c.hexs(40)),
    ("SUPABASE_SERVICE_ROLE_KEY", "Supabase", lambda c: c.jwt()),
    ("VERCEL_TOKEN", "Vercel", lambda c: c.rs(B62, 24)),
    ("NETLIFY_AUTH_TOKEN", "Netlify", lambda c: "nfp_" + c.rs(B62, 36)),
    ("CLOUDFLARE_API_TOKEN", "Cloudflare", lambda c: c.rs(B64U, 40)),
    ("DIGITALOCEAN_TOKEN", "DigitalOcean", lambda c: "dop_v1_" + c.hexs(64)),
    ("HEROKU_API_KEY", "Heroku", lambda c: c.uuid()),
    ("POSTMAN_API_KEY", "Postman", lambda c: f"PMAK-{c.hexs(24)}-{c.hexs(34)}"),
    ("VAULT_TOKEN", "Vault", lambda c: "hvs." + c.rs(B64U, 90)),
    ("GOOGLE_CLIENT_SECRET", "Google OAuth", lambda c: "GOCSPX-" + c.rs(B64U, 28)),
    ("DD_API_KEY", "Datadog", lambda c: c.hexs(32)),
    ("NEW_RELIC_API_KEY", "New Relic", lambda c: "NRAK-" + c.rs(UPAN, 27)),
    ("OKTA_API_TOKEN", "Okta", lambda c: "00" + c.rs(B64U, 40)),
]

TEMPLATES: dict[str, list[tuple[str, str, Callable[[Ctx], str]]]] = {"dev": [], "test": []}


def tpl(half: str, form: str):
    """Register a template of ``half`` whose records have ``meta.form == form``."""
    def deco(fn):
        TEMPLATES[half].append((fn.__name__, form, fn))
        return fn
    return deco


def assemble(raw: str) -> tuple[str, list[dict]]:
    """Strip the secret markers from ``raw``; return the text and its spans."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    i = 0
    while i < len(raw):
        j = raw.find(_OPEN, i)
        if j < 0:
            out.append(raw[i:])
            break
        out.append(raw[i:j])
        pos += j - i
        k = raw.index(_CLOSE, j)
        value = raw[j + 1:k]
        out.append(value)
        spans.append({"start": pos, "end": pos + len(value), "type": "SECRET", "value": value})
        pos += len(value)
        i = k + 1
    return "".join(out), spans


# ================================================================================================ dev half
@tpl("dev", "vendor_token")
def d_requests_debug_log(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"why does this return 403? debug log from my script:\n"
            f"DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.{c.org()}.com:443\n"
            f"send: b'GET /v2/accounts?limit=50 HTTP/1.1\\r\\nHost: api.{c.org()}.com\\r\\n"
            f"User-Agent: python-requests/2.32.3\\r\\nAuthorization: Bearer {c.s(tok)}\\r\\n"
            f"Accept: */*\\r\\n\\r\\n'\nreply: 'HTTP/1.1 403 Forbidden\\r\\n'\n"
            f"DEBUG:urllib3.connectionpool:https://api.{c.org()}.com:443 \"GET /v2/accounts HTTP/1.1\" 403 "
            f"87")


@tpl("dev", "basic_auth")
def d_curl_verbose_basic(c: Ctx) -> str:
    b = c.basic()
    return (f"$ curl -v https://jenkins.{c.org()}.net/api/json\n*   Trying {c.ip()}:443...\n"
            f"* Connected to jenkins.{c.org()}.net port 443\n> GET /api/json HTTP/2\n"
            f"> Host: jenkins.{c.org()}.net\n> authorization: Basic {c.s(b)}\n> user-agent: curl/8.5.0\n"
            f"> accept: */*\n>\n< HTTP/2 401\n< www-authenticate: Basic realm=\"Jenkins\"\n\n"
            f"it worked yesterday, what changed?")


@tpl("dev", "connection_string")
def d_python_traceback_pg(c: Ctx) -> str:
    u, pw, h, db = c.user(), c.urlpw(), c.host(), c.db()
    return (f"Traceback (most recent call last):\n  File \"/app/{c.svc()}/db.py\", line 41, in connect\n"
            f"    conn = psycopg2.connect(dsn)\n  File \"/usr/lib/python3/site-packages/psycopg2/__init__.py"
            f"\", "
            f"line 122, in connect\n    conn = _connect(dsn, connection_factory=connection_factory, "
            f"**kwasync)\n"
            f"psycopg2.OperationalError: could not translate host name \"{h}\" to address\n\n"
            f"dsn was postgresql://{u}:{c.s(pw)}@{h}:5432/{db}?sslmode=require\n"
            f"Is it DNS or is my URL wrong?")


@tpl("dev", "connection_string")
def d_java_mongo_trace(c: Ctx) -> str:
    u, pw = c.user(), c.urlpw()
    cl = f"cluster{c.num(0, 9)}.{c.rs(LOAN, 5)}.mongodb.net"
    return (f"getting this on startup:\n\ncom.mongodb.MongoSecurityException: Exception authenticating "
            f"MongoCredential{{mechanism=SCRAM-SHA-256, userName='{u}', source='admin', password=<hidden>}}\n"
            f"\tat com.mongodb.internal.connection.SaslAuthenticator.wrapException(SaslAuthenticator.java:273"
            f")\n"
            f"\tat com.{c.org().replace('-', '')}.data.MongoConfig.client(MongoConfig.java:58)\n"
            f"Caused by: com.mongodb.MongoCommandException: Command failed with error 18 "
            f"(AuthenticationFailed)\n"
            f"\nspring.data.mongodb.uri=mongodb+srv://{u}:{c.s(pw)}@{cl}/{c.db()}?retryWrites=true&w=majorit"
            f"y")


@tpl("dev", "password")
def d_kubectl_describe_env(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"pod keeps crashlooping, kubectl describe says:\n\nName:         {c.svc()}-7f9c{c.rs(LOAN, 5)}\n"
            f"Namespace:    prod\nContainers:\n  app:\n    Image:   registry.{c.org()}.io/{c.svc()}:1."
            f"{c.num(2, 30)}.0\n"
            f"    State:   Waiting\n      Reason:  CrashLoopBackOff\n    Environment:\n"
            f"      DB_HOST:      {c.host()}\n      DB_USER:      {c.user()}\n      DB_PASSWORD:  {c.s(pw)}\n"
            f"      LOG_LEVEL:    debug\nEvents:\n  Warning  BackOff  2m (x14 over 9m)  kubelet  "
            f"Back-off restarting failed container")


@tpl("dev", "vendor_token")
def d_gha_unmasked(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"our GitHub Actions step failed, log below. why does {vendor} reject it?\n\n"
            f"Run ./scripts/publish.sh\n  ./scripts/publish.sh\n  shell: /usr/bin/bash -e {{0}}\n  env:\n"
            f"    {env}: ***\n+ echo \"using token ${{{env}:0:200}}\"\nusing token {c.s(tok)}\n"
            f"+ curl -sf -H 'Authorization: Bearer ***' https://api.example.com/publish\n"
            f"curl: (22) The requested URL returned error: 401\nError: Process completed with exit code 22.")


@tpl("dev", "cloud_key")
def d_printenv_aws(c: Ctx) -> str:
    kid, sec = c.aws()
    return (f"printenv on the runner:\nHOSTNAME=runner-{c.rs(LOAN, 8)}\nHOME=/home/runner\n"
            f"AWS_DEFAULT_REGION=eu-central-1\nAWS_ACCESS_KEY_ID={c.s(kid)}\nAWS_SECRET_ACCESS_KEY={c.s(sec)}"
            f"\n"
            f"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\nLANG=C.UTF-8\nSHLVL=1\n\n"
            f"aws s3 ls still says InvalidAccessKeyId, which variable is wrong?")


@tpl("dev", "vendor_token")
def d_docker_inspect_env(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"docker inspect {c.svc()} | jq '.[0].Config'\n{{\n  \"Hostname\": \"{c.hexs(12)}\",\n"
            f"  \"Env\": [\n    \"NODE_ENV=production\",\n    \"PORT=8080\",\n    \"{env}={c.s(tok)}\",\n"
            f"    \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\"\n  ],\n"
            f"  \"Cmd\": [\"node\", \"dist/server.js\"],\n  \"Image\": \"sha256:{c.hexs(64)}\"\n}}\n"
            f"the app can't see the key, but it's right there?")


@tpl("dev", "password")
def d_terraform_plan(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"terraform plan shows this, is it going to recreate the DB?\n\n"
            f"  # aws_db_instance.main must be replaced\n-/+ resource \"aws_db_instance\" \"main\" {{\n"
            f"      ~ arn                = \"arn:aws:rds:eu-west-1:{c.rs(DIG, 12)}:db:{c.db()}\" -> (known "
            f"after apply)\n"
            f"      ~ engine_version     = \"15.4\" -> \"16.2\" # forces replacement\n"
            f"        username           = \"{c.user()}\"\n      ~ password           = \"{c.s(pw)}\"\n"
            f"        instance_class     = \"db.t4g.medium\"\n    }}\n\nPlan: 1 to add, 0 to change, 1 to "
            f"destroy.")


@tpl("dev", "connection_string")
def d_node_redis_rejection(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"(node:{c.num(1000, 60000)}) UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED "
            f"{c.ip()}:6379\n"
            f"    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n"
            f"    at RedisClient.connect (/srv/{c.svc()}/node_modules/@redis/client/dist/lib/client/index.js:"
            f"427:19)\n"
            f"config: {{ url: 'redis://:{c.s(pw)}@{c.host()}:6379/0', socket: {{ tls: false }} }}\n"
            f"the redis box is up, I can ping it")


@tpl("dev", "connection_string")
def d_sqlalchemy_error(c: Ctx) -> str:
    u, pw, h = c.user(), c.urlpw(), c.host()
    return (f"sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1045, \"Access denied for "
            f"user "
            f"'{u}'@'{c.ip()}' (using password: YES)\")\n(Background on this error at: "
            f"https://sqlalche.me/e/20/e3q8)\n\n"
            f"engine = create_engine(\"mysql+pymysql://{u}:{c.s(pw)}@{h}:3306/{c.db()}\")\n"
            f"what does 1045 mean here")


@tpl("dev", "random_key")
def d_apache_access_query(c: Ctx) -> str:
    k = c.randkey()
    return (f"lots of these in access.log, is someone scraping us?\n"
            f"{c.ip()} - - [12/Mar/2026:10:{c.num(10, 59)}:07 +0000] \"GET "
            f"/export/report.csv?api_key={c.s(k)}&fmt=csv "
            f"HTTP/1.1\" 200 48213 \"-\" \"python-httpx/0.27.0\"\n"
            f"{c.ip()} - - [12/Mar/2026:10:{c.num(10, 59)}:09 +0000] \"GET /health HTTP/1.1\" 200 2 \"-\" "
            f"\"kube-probe/1.29\"")


@tpl("dev", "password")
def d_jenkins_docker_login(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"Jenkins console output:\n[Pipeline] sh\n+ docker login -u {c.user()} -p {c.s(pw)} "
            f"registry.{c.org()}.io\n"
            f"WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n"
            f"Error response from daemon: Get \"https://registry.{c.org()}.io/v2/\": unauthorized: incorrect "
            f"username or password\n"
            f"[Pipeline] }}\nFinished: FAILURE")


@tpl("dev", "random_key")
def d_sentry_breadcrumb(c: Ctx) -> str:
    k = c.randkey()
    return (f"Sentry event payload (request section):\n{{\n  \"request\": {{\n    \"method\": \"POST\",\n"
            f"    \"url\": \"https://partner.{c.org()}.com/v1/orders\",\n    \"headers\": {{\n"
            f"      \"Content-Type\": \"application/json\",\n      \"X-Api-Key\": \"{c.s(k)}\",\n"
            f"      \"X-Request-Id\": \"{c.uuid()}\"\n    }}\n  }},\n  \"level\": \"error\"\n}}\nwhy is "
            f"partner returning 422?")


@tpl("dev", "connection_string")
def d_celery_banner(c: Ctx) -> str:
    pw = c.urlpw()
    return (f" -------------- celery@{c.svc()}-worker v5.4.0 (opalescent)\n--- ***** -----\n"
            f"-- ******* ---- Linux-6.5.0-x86_64-with-glibc2.36 2026-02-11 09:14:55\n"
            f"- *** --- * ---\n- ** ---------- [config]\n- ** ---------- .> app:         tasks:0x7f3c1d2e\n"
            f"- ** ---------- .> transport:   amqp://{c.user()}:{c.s(pw)}@{c.host()}:5672/prod\n"
            f"- ** ---------- .> results:     disabled://\n\nworker never picks up tasks, ideas?")


@tpl("dev", "base64_secret")
def d_k8s_secret_yaml(c: Ctx) -> str:
    pw = c.pw()
    enc = base64.b64encode(pw.encode()).decode()
    return (f"kubectl get secret {c.svc()}-db -o yaml\napiVersion: v1\ndata:\n"
            f"  password: {c.s(enc)}\n  username: {base64.b64encode(c.user().encode()).decode()}\n"
            f"kind: Secret\nmetadata:\n  name: {c.svc()}-db\n  namespace: prod\ntype: Opaque\n\n"
            f"how do I decode the password field?")


@tpl("dev", "vendor_token")
def d_chat_the_key_is(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return c.pick([f"the key is {c.s(tok)}",
                   f"The {vendor} key is {c.s(tok)} - can you write me a script that lists our projects?",
                   f"ok so the {vendor} key is \"{c.s(tok)}\". how do I set it in Python?"])


@tpl("dev", "vendor_token")
def d_chat_use_this_one(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    p = c.person()
    return (f"[10:{c.num(10, 59)}] {p}: the old one got revoked\n[10:{c.num(10, 59)}] {p}: use this one: "
            f"{c.s(tok)}\n"
            f"[10:{c.num(10, 59)}] me: thx\n\ncan you turn this chat into a short handover note for the "
            f"team?")


@tpl("dev", "vendor_token")
def d_chat_rotated(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    gen = next(g for n, _, g in VENDORS if n == env)
    old = gen(c)
    return (f"I rotated it to {c.s(tok)} this morning (the old {c.s(old)} is dead now). "
            f"Write a short message for #{c.svc()} telling people to update {env}.")


@tpl("dev", "password")
def d_chat_new_pw_terse(c: Ctx) -> str:
    pw = c.pw()
    return c.pick([f"new pw {c.s(pw)}\nplease fix grammar of the email below:\n\nHi all, the wiki is move to "
                   f"new server",
                   f"fyi new pw: {c.s(pw)} - now rewrite this to sound more polite: 'stop pinging me about "
                   f"VPN'",
                   f"{c.user()} / new pw {c.s(pw)}. can you explain what 'password expired' in sssd logs "
                   f"means?"])


@tpl("dev", "pin")
def d_chat_pin_door(c: Ctx) -> str:
    pin = c.pin(c.pick([4, 6]))
    return c.pick([f"Reminder for the new hire onboarding doc: server room door PIN {c.s(pin)}, badge from "
                   f"reception. "
                   f"Make the doc friendlier please.",
                   f"company card PIN is {c.s(pin)}, can you help me write the expense policy paragraph?",
                   f"Alarm code {c.s(pin)} (disarm within 30 s). Turn this into a checklist for the weekend "
                   f"shift."])


@tpl("dev", "password")
def d_chat_pw_with_hash(c: Ctx) -> str:
    pw = f"{c.word().capitalize()}#{c.num(10, 999)}{c.word()}"
    return (f"the password has a # in it: {c.s(pw)}\nand my .env parser cuts it off after the #. "
            f"How do I quote it in python-dotenv?")


@tpl("dev", "password")
def d_bullets_staging(c: Ctx) -> str:
    pw = c.pw()
    env, vendor, tok = c.vendor()
    return (f"Staging access (please format as a table):\n- URL: https://staging.{c.org()}.io\n- user: "
            f"{c.user()}\n"
            f"- password: {c.s(pw)}\n- {vendor} key: {c.s(tok)}\n- VPN: required")


@tpl("dev", "password")
def d_de_passwort(c: Ctx) -> str:
    pw = c.pw()
    return (f"Hallo, kannst du diese Mail kürzer formulieren? \"Liebe Kolleginnen und Kollegen, das Passwort "
            f"für "
            f"den Fileserver lautet ab Montag {c.s(pw)} und der Benutzer bleibt {c.user()}. Bitte nicht "
            f"weitergeben.\"")


@tpl("dev", "wifi_psk")
def d_fr_wifi(c: Ctx) -> str:
    psk = c.pick([c.phrase().replace(" ", "-"), c.pw(famous=False)])
    return (f"Peux-tu traduire en anglais : « Bienvenue ! Le réseau Wi-Fi invité est {c.org().upper()}-GUEST "
            f"et le "
            f"mot de passe du wifi c'est {c.s(psk)} . Merci de ne pas l'afficher dans le hall. »")


@tpl("dev", "vendor_token")
def d_es_clave_api(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"Hola, tengo un error 401 con {vendor}. La clave de la API es {c.s(tok)} y la puse en la "
            f"cabecera "
            f"Authorization. ¿Qué estoy haciendo mal?")


@tpl("dev", "password")
def d_pt_senha_banco(c: Ctx) -> str:
    pw = c.pw()
    return (f"Oi! Preciso configurar o DBeaver. Host {c.host()}, usuário {c.user()}, a senha do banco é "
            f"'{c.s(pw)}'. Qual driver eu escolho para SQL Server?")


@tpl("dev", "password")
def d_it_password_account(c: Ctx) -> str:
    pw = c.pw()
    return (f"Ciao, mi riscrivi questo messaggio in modo più formale? \"Ciao Marco, la password dell'account "
            f"condiviso di Instagram è {c.s(pw)}, cambiala dopo la campagna.\"")


@tpl("dev", "password")
def d_nl_wachtwoord(c: Ctx) -> str:
    pw = c.pw()
    return (f"Kun je dit korter maken? Het wachtwoord is {c.s(pw)} voor de gedeelde mailbox "
            f"facturen@{c.org()}.nl, graag na gebruik uitloggen.")


@tpl("dev", "password")
def d_pl_haslo(c: Ctx) -> str:
    pw = c.pw()
    return (f"Cześć, przetłumacz proszę na angielski: hasło do serwera to {c.s(pw)}, login {c.user()}, "
            f"adres {c.host()}. Nie zmieniaj go bez uzgodnienia z działem IT.")


@tpl("dev", "password")
def d_ssh_prose(c: Ctx) -> str:
    pw = c.pw()
    return (f"ssh into {c.ip()} as {c.user()}, password is {c.s(pw)}, then tail /var/log/{c.svc()}.log and "
            f"tell me "
            f"what you think the OOM is from (I'll paste the log next)")


@tpl("dev", "password")
def d_parenthesised_admin(c: Ctx) -> str:
    pw = c.pw()
    return (f"Log in with the admin account (pw: {c.s(pw)}) and check whether the nightly export ran, then "
            f"summarise the steps as instructions for a junior colleague.")


@tpl("dev", "password")
def d_single_quoted_end(c: Ctx) -> str:
    pw = c.pw()
    return (f"Can you make a bash alias that runs psql against {c.host()} as {c.user()} with password "
            f"'{c.s(pw)}'")


@tpl("dev", "pin")
def d_zoom_passcode(c: Ctx) -> str:
    pc = c.pin(c.pick([6, 8]))
    return (f"Summarise this invite in one line:\nJoin Zoom Meeting https://us02web.zoom.us/j/{c.rs(DIG, 11)}"
            f"\n"
            f"Meeting ID: {c.rs(DIG, 3)} {c.rs(DIG, 4)} {c.rs(DIG, 4)}\nPasscode: {c.s(pc)}\n"
            f"Topic: Q3 planning with {c.org()}")


@tpl("dev", "vendor_token")
def d_dotenv_export(c: Ctx) -> str:
    e1, _, t1 = c.vendor()
    e2, _, t2 = c.vendor()
    pw = c.urlpw()
    return (f"# .env  (loaded by direnv)\n# --- {c.svc()} ---\nexport APP_ENV=production\n"
            f"export {e1}=\"{c.s(t1)}\"\nexport {e2}='{c.s(t2)}'  # rotated in March\n"
            f"export DB_PASSWORD={c.s(pw)}\n# export OLD_KEY=\nexport PORT=8080\n\nwhy doesn't node see "
            f"these?")


@tpl("dev", "password")
def d_mycnf_ini(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"~/.my.cnf\n[client]\nuser = {c.user()}\npassword = {c.s(pw)}\nhost = "
            f"{c.host()}\n\n[mysqldump]\n"
            f"single-transaction\n\nmysqldump still prompts me for a password, is the section name wrong?")


@tpl("dev", "password")
def d_toml_config(c: Ctx) -> str:
    pw = c.pw(famous=False)
    env, vendor, tok = c.vendor()
    return (f"config.toml:\n\n[server]\nport = 8443\n\n[database]\nhost = \"{c.host()}\"\nuser = "
            f"\"{c.user()}\"\n"
            f"password = \"{c.s(pw)}\"\n\n[integrations.{vendor.lower().replace(' ', '_')}]\n"
            f"token = \"{c.s(tok)}\"\ntimeout_s = 30\n\nhow do I load this with tomllib and a dataclass?")


@tpl("dev", "password")
def d_yaml_anchors(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"database.yml - the test env doesn't inherit the password, why?\n\ndefault: &default\n"
            f"  adapter: postgresql\n  username: {c.user()}\n  password: {c.s(pw)}\n  host: {c.host()}\n\n"
            f"development:\n  <<: *default\n  database: {c.db()}_dev\n\ntest:\n  <<: default\n  database: "
            f"{c.db()}_test")


@tpl("dev", "vendor_token")
def d_json_nested(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"{{\n  \"service\": \"{c.svc()}\",\n  \"integrations\": {{\n    \"{vendor.lower()}\": {{\n"
            f"      \"enabled\": true,\n      \"credentials\": {{\n        \"apiKey\": \"{c.s(tok)}\",\n"
            f"        \"region\": \"eu\"\n      }}\n    }}\n  }}\n}}\nwrite a JSON schema for this file")


@tpl("dev", "random_key")
def d_json_escaped_string(c: Ctx) -> str:
    k = c.randkey()
    return (f"this is what the queue message looks like, the body is JSON inside JSON:\n"
            f"{{\"MessageId\": \"{c.uuid()}\", \"Body\": \"{{\\\"event\\\":\\\"sync\\\",\\\"tenant\\\":\\\""
            f"{c.org()}\\\","
            f"\\\"token\\\":\\\"{c.s(k)}\\\"}}\"}}\nhow do I parse Body in a Lambda?")


@tpl("dev", "password")
def d_maven_settings_xml(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"<settings>\n  <servers>\n    <server>\n      <id>{c.org()}-releases</id>\n      "
            f"<username>{c.user()}</username>\n"
            f"      <password>{c.s(pw)}</password>\n    </server>\n  </servers>\n</settings>\n"
            f"mvn deploy gives 401 from Nexus, settings.xml above")


@tpl("dev", "cloud_key")
def d_hcl_provider(c: Ctx) -> str:
    kid, sec = c.aws()
    return (f"provider \"aws\" {{\n  region     = \"us-east-1\"\n  access_key = \"{c.s(kid)}\"\n"
            f"  secret_key = \"{c.s(sec)}\"\n}}\n\nterraform init works but plan hangs. also is it ok to "
            f"keep "
            f"keys here for a quick test?")


@tpl("dev", "password")
def d_spring_properties(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"application-prod.properties\nspring.datasource.url=jdbc:postgresql://{c.host()}:5432/{c.db()}\n"
            f"spring.datasource.username={c.user()}\nspring.datasource.password={c.s(pw)}\n"
            f"spring.jpa.hibernate.ddl-auto=validate\n\nHikari says 'Connection is not available, request "
            f"timed out'")


@tpl("dev", "vendor_token")
def d_powershell(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    pw = c.pw(famous=False)
    return (f"$env:{env} = \"{c.s(tok)}\"\n$secure = ConvertTo-SecureString \"{c.s(pw)}\" -AsPlainText "
            f"-Force\n"
            f"$cred = New-Object System.Management.Automation.PSCredential (\"CORP\\{c.user()}\", $secure)\n"
            f"Invoke-Command -ComputerName srv-{c.num(1, 40):02d} -Credential $cred -ScriptBlock {{ hostname "
            f"}}\n"
            f"# error: WinRM cannot process the request")


@tpl("dev", "password")
def d_batch_file(c: Ctx) -> str:
    pw = c.pw(famous=False).replace("%", "")
    return (f"@echo off\nset DB_USER={c.user()}\nset DB_PASS={c.s(pw)}\n"
            f"sqlcmd -S {c.host()} -U %DB_USER% -P %DB_PASS% -Q \"EXEC dbo.nightly_close\"\n"
            f"if errorlevel 1 goto :fail\n\nthis .bat works by hand but not from Task Scheduler")


@tpl("dev", "vendor_token")
def d_makefile(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"Makefile:\n{env} ?= {c.s(tok)}\nIMAGE := registry.{c.org()}.io/{c.svc()}\n\n"
            f"deploy:\n\t{env}=$({env}) ./bin/deploy --image $(IMAGE):$(VERSION)\n\n"
            f"make: *** No rule to make target 'deploy'. why?")


@tpl("dev", "vendor_token")
def d_dockerfile_arg_env(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"FROM python:3.12-slim\nARG {env}={c.s(tok)}\nENV {env}=${{{env}}}\nWORKDIR /app\n"
            f"COPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD [\"python\", "
            f"\"main.py\"]\n\n"
            f"can you make this image smaller?")


@tpl("dev", "random_key")
def d_crontab(c: Ctx) -> str:
    k = c.randkey()
    return (f"crontab -l\n# m h dom mon dow command\n*/15 * * * * curl -fsS -H \"X-Api-Key: {c.s(k)}\" "
            f"https://status.{c.org()}.com/ping/{c.svc()} >/dev/null\n0 3 * * * /opt/backup/run.sh\n\n"
            f"the first one never runs, what's wrong with it?")


@tpl("dev", "vendor_token")
def d_systemd_unit(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"/etc/systemd/system/{c.svc()}.service\n[Unit]\nDescription={c.svc()}\nAfter=network-online.targ"
            f"et\n\n"
            f"[Service]\nUser={c.user()}\nEnvironment=\"{env}={c.s(tok)}\"\nExecStart=/opt/{c.svc()}/bin/run"
            f"\n"
            f"Restart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n\nit starts then exits with "
            f"status 1")


@tpl("dev", "basic_auth")
def d_nginx_proxy_basic(c: Ctx) -> str:
    b = c.basic()
    return (f"location /grafana/ {{\n    proxy_pass http://{c.ip()}:3000/;\n"
            f"    proxy_set_header Authorization \"Basic {c.s(b)}\";\n    proxy_set_header Host $host;\n}}\n"
            f"nginx -t is fine but grafana redirects in a loop")


@tpl("dev", "password")
def d_wp_config(c: Ctx) -> str:
    pw = c.pw(famous=False)
    salt = c.rs(B62 + "!@#%^*()-_=+[]{}<>~", 64)
    return (f"/** wp-config.php */\ndefine( 'DB_NAME', 'wp_{c.db()}' );\ndefine( 'DB_USER', '{c.user()}' );\n"
            f"define( 'DB_PASSWORD', '{c.s(pw)}' );\ndefine( 'DB_HOST', 'localhost' );\n"
            f"define( 'AUTH_KEY',         '{c.s(salt)}' );\n\n'Error establishing a database connection' - "
            f"help")


@tpl("dev", "random_key")
def d_laravel_env(c: Ctx) -> str:
    appkey = "base64:" + c.b64(32)
    pw = c.urlpw()
    mpw = c.rs(B62, 20)
    return (f"APP_NAME={c.org()}\nAPP_ENV=production\nAPP_KEY={c.s(appkey)}\nAPP_DEBUG=false\n\n"
            f"DB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_DATABASE={c.db()}\nDB_USERNAME={c.user()}\n"
            f"DB_PASSWORD={c.s(pw)}\n\nMAIL_MAILER=smtp\nMAIL_USERNAME=apikey\nMAIL_PASSWORD={c.s(mpw)}\n\n"
            f"php artisan config:cache broke the site, why")


@tpl("dev", "random_key")
def d_rails_credentials(c: Ctx) -> str:
    skb = c.hexs(128)
    env, vendor, tok = c.vendor()
    return (f"bin/rails credentials:show\nsecret_key_base: {c.s(skb)}\n{vendor.lower().replace(' ', '_')}:\n"
            f"  api_key: {c.s(tok)}\n\nhow do I read the api_key from a model?")


@tpl("dev", "password")
def d_spring_yaml(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"spring:\n  mail:\n    host: smtp.{c.org()}.com\n    port: 587\n    username: "
            f"noreply@{c.org()}.com\n"
            f"    password: \"{c.s(pw)}\"\n    properties:\n      mail.smtp.starttls.enable: true\n\n"
            f"getting 535 Authentication failed")


@tpl("dev", "connection_string")
def d_appsettings_json(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"appsettings.Production.json\n{{\n  \"ConnectionStrings\": {{\n    \"Default\": "
            f"\"Server=tcp:{c.host()},1433;"
            f"Initial Catalog={c.db()};User ID={c.user()};Password={c.s(pw)};Encrypt=True;\"\n  }},\n"
            f"  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Warning\" }} }}\n}}\nEF migrations time out "
            f"on this one")


@tpl("dev", "random_key")
def d_web_config(c: Ctx) -> str:
    k = c.randkey()
    return (f"<configuration>\n  <appSettings>\n    <add key=\"PaymentGateway.Endpoint\" "
            f"value=\"https://pay.{c.org()}.com\" />\n"
            f"    <add key=\"PaymentGateway.ApiKey\" value=\"{c.s(k)}\" />\n  "
            f"</appSettings>\n</configuration>\n"
            f"how do I move these into Azure Key Vault?")


@tpl("dev", "password")
def d_gradle_properties(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"gradle.properties\norg.gradle.jvmargs=-Xmx4g\nRELEASE_STORE_FILE=release.keystore\n"
            f"RELEASE_STORE_PASSWORD={c.s(pw)}\nRELEASE_KEY_ALIAS={c.org()}\nRELEASE_KEY_PASSWORD={c.s(pw)}\n"
            f"\n"
            f"signingReport says 'keystore password was incorrect'")


@tpl("dev", "vendor_token")
def d_ios_plist(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"Info.plist snippet\n<dict>\n  <key>CFBundleName</key>\n  <string>{c.org()}</string>\n"
            f"  <key>{vendor.replace(' ', '')}APIKey</key>\n  <string>{c.s(tok)}</string>\n</dict>\n"
            f"how do I read this in SwiftUI?")


@tpl("dev", "vendor_token")
def d_postman_collection(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"{{\n  \"info\": {{ \"name\": \"{c.svc()}\", \"schema\": \"https://schema.getpostman.com/json/co"
            f"llection/v2.1.0/collection.json\" }},\n"
            f"  \"auth\": {{\n    \"type\": \"bearer\",\n    \"bearer\": [ {{ \"key\": \"token\", \"value\": "
            f"\"{c.s(tok)}\", "
            f"\"type\": \"string\" }} ]\n  }},\n  \"item\": []\n}}\nconvert this collection to a pytest file")


@tpl("dev", "jwt")
def d_har_headers(c: Ctx) -> str:
    j = c.jwt()
    sid = c.rs(B64U, 32)
    return (f"from the HAR export:\n\"request\": {{\n  \"method\": \"GET\",\n  \"url\": "
            f"\"https://app.{c.org()}.com/api/me\",\n"
            f"  \"headers\": [\n    {{ \"name\": \"authorization\", \"value\": \"Bearer {c.s(j)}\" }},\n"
            f"    {{ \"name\": \"cookie\", \"value\": \"sessionid={c.s(sid)}; theme=dark\" }}\n  ]\n}}\nwhy "
            f"is /api/me slow?")


@tpl("dev", "vendor_token")
def d_jupyter_cell(c: Ctx) -> str:
    tok = _openai(c)
    return (f"{{\n \"cells\": [\n  {{\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   "
            f"\"source\": [\n"
            f"    \"from openai import OpenAI\\n\",\n    \"client = OpenAI(api_key=\\\"{c.s(tok)}\\\")\\n\","
            f"\n"
            f"    \"resp = client.responses.create(model=\\\"gpt-4.1\\\", input=\\\"hi\\\")\"\n   ]\n  }}\n "
            f"]\n}}\n"
            f"the notebook crashes on cell 3")


@tpl("dev", "password")
def d_csv_users(c: Ctx) -> str:
    rows = [f"{c.person().lower()}{c.num(1, 99)},{c.person().lower()}@{c.org()}.com,{c.s(c.pw())},"
            f"{c.pick(['admin', 'editor', 'viewer'])}"
            for _ in range(c.num(3, 5))]
    return ("import these into our new tool, write the SQL INSERTs:\nusername,email,password,role\n"
            + "\n".join(rows))


@tpl("dev", "password")
def d_tsv_spreadsheet(c: Ctx) -> str:
    rows = []
    for name in c.r.sample(["Mailchimp", "Canva", "LinkedIn", "Hootsuite", "Vimeo", "Dropbox"], 3):
        rows.append(f"{name}\tmarketing@{c.org()}.com\t{c.s(c.pw())}\t{c.person()}")
    return ("pasted from our sheet, can you sort by tool name?\nTool\tLogin\tPassword\tOwner\n"
            + "\n".join(rows))


@tpl("dev", "private_key")
def d_pem_rsa(c: Ctx) -> str:
    k = c.rsa_key()
    return f"openssl says 'unable to load Private Key', is this file broken?\n\n{c.s(k)}\n"


@tpl("dev", "private_key")
def d_openssh_key(c: Ctx) -> str:
    k = c.openssh_key()
    return (f"Load key \"/home/{c.user()}/.ssh/id_ed25519\": invalid format\nhere is the file:\n{c.s(k)}\n"
            f"did Windows add CRLF?")


@tpl("dev", "private_key")
def d_pgp_key(c: Ctx) -> str:
    k = c.pgp_key()
    return f"gpg --import fails with 'no valid OpenPGP data found' on this export:\n{c.s(k)}"


@tpl("dev", "jwt")
def d_decode_jwt(c: Ctx) -> str:
    j = c.jwt(c.pick(["HS256", "RS256"]))
    return f"can you decode this token and tell me when it expires? {c.s(j)}"


@tpl("dev", "basic_auth")
def d_git_extraheader(c: Ctx) -> str:
    b = c.basic(pw=c.vendor()[2])
    return (f"git -c http.extraheader=\"AUTHORIZATION: basic {c.s(b)}\" clone "
            f"https://dev.azure.com/{c.org()}/_git/{c.svc()}\nfatal: Authentication failed - is the header "
            f"format wrong?")


@tpl("dev", "vendor_token")
def d_git_remote_token(c: Ctx) -> str:
    tok = "ghp_" + c.rs(B62, 36)
    return (f"$ git remote -v\norigin  https://{c.user()}:{c.s(tok)}@github.com/{c.org()}/{c.svc()}.git "
            f"(fetch)\n"
            f"origin  https://{c.user()}:{c.s(tok)}@github.com/{c.org()}/{c.svc()}.git (push)\n"
            f"push is rejected with 403, token has repo scope")


@tpl("dev", "signed_url")
def d_s3_presigned(c: Ctx) -> str:
    sig = c.hexs(64)
    kid = "ASIA" + c.rs(B32, 16)
    return (f"this presigned link gives SignatureDoesNotMatch:\n"
            f"https://{c.org()}-exports.s3.eu-west-1.amazonaws.com/reports/2026/q1.pdf"
            f"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={c.s(kid)}%2F20260301%2Feu-west-1%2Fs3"
            f"%2Faws4_request&X-Amz-Date=20260301T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
            f"&X-Amz-Security-Token={c.s(quote(c.b64(120), safe=''))}"
            f"&X-Amz-Signature={c.s(sig)}")


@tpl("dev", "webhook_url")
def d_slack_webhook(c: Ctx) -> str:
    url = f"https://hooks.slack.com/services/T{c.rs(UPAN, 10)}/B{c.rs(UPAN, 10)}/{c.rs(B62, 24)}"
    return (f"my alertmanager receiver doesn't post anything:\nreceivers:\n- name: slack\n  slack_configs:\n"
            f"  - api_url: {c.s(url)}\n    channel: '#alerts-{c.svc()}'")


@tpl("dev", "totp_secret")
def d_otpauth_uri(c: Ctx) -> str:
    sec = c.totp()
    return (f"the QR code decodes to otpauth://totp/{c.org()}:{c.user()}?secret={c.s(sec)}&issuer={c.org()}&d"
            f"igits=6 "
            f"- how do I add it to a python script that generates the codes?")


@tpl("dev", "recovery_code")
def d_recovery_codes(c: Ctx) -> str:
    codes = [f"{c.rs(LOAN, 5)}-{c.rs(LOAN, 5)}" for _ in range(c.pick([6, 8, 10]))]
    return ("where should I store these safely? GitHub recovery codes:\n" + "\n".join(c.s(x) for x in codes))


@tpl("dev", "wifi_psk")
def d_wpa_supplicant(c: Ctx) -> str:
    psk = c.pick([c.phrase().replace(" ", ""), c.pw(famous=False)])
    return (f"raspberry pi won't join the network:\nnetwork={{\n    ssid=\"{c.org()}-IoT\"\n    "
            f"psk=\"{c.s(psk)}\"\n"
            f"    key_mgmt=WPA-PSK\n}}")


@tpl("dev", "connection_string")
def d_jdbc_sqlserver(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"jdbc:sqlserver://{c.host()}:1433;databaseName={c.db()};user={c.user()};password={c.s(pw)};"
            f"encrypt=true;trustServerCertificate=false\nthe driver says 'The TCP/IP connection to the host "
            f"has failed'")


@tpl("dev", "connection_string")
def d_libpq_keywords(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"psql \"host={c.host()} port=5432 dbname={c.db()} user={c.user()} password={c.s(pw)} "
            f"sslmode=verify-full\"\n"
            f"psql: error: root certificate file \"/root/.postgresql/root.crt\" does not exist")


@tpl("dev", "connection_string")
def d_amqp_url(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"In our Go service: conn, err := amqp.Dial(\"amqps://{c.user()}:{c.s(pw)}@{c.host()}:5671/%2f\")"
            f"\n"
            f"err is 'Exception (403) Reason: ACCESS_REFUSED'. vhost issue?")


@tpl("dev", "cloud_key")
def d_aws_credentials_file(c: Ctx) -> str:
    kid, sec = c.aws()
    return (f"~/.aws/credentials\n[default]\naws_access_key_id = {c.s(kid)}\naws_secret_access_key = "
            f"{c.s(sec)}\n\n"
            f"[{c.org()}-prod]\nrole_arn = arn:aws:iam::{c.rs(DIG, 12)}:role/Admin\nsource_profile = "
            f"default\n\n"
            f"--profile {c.org()}-prod gives AccessDenied")


@tpl("dev", "connection_string")
def d_azure_storage_conn(c: Ctx) -> str:
    k = c.b64(64)
    return (f"DefaultEndpointsProtocol=https;AccountName={c.org().replace('-', '')}data;AccountKey={c.s(k)};"
            f"EndpointSuffix=core.windows.net\n^ that's in local.settings.json and the function app can't "
            f"find the queue")


@tpl("dev", "uuid_key")
def d_heroku_uuid(c: Ctx) -> str:
    k = c.uuid()
    return (f"my script: requests.get('https://api.heroku.com/apps', headers={{'Accept': "
            f"'application/vnd.heroku+json; version=3', 'Authorization': 'Bearer {c.s(k)}'}})\nreturns 401 "
            f"unauthorized")


@tpl("dev", "random_key")
def d_hex_key_named(c: Ctx) -> str:
    k = c.hexs(c.pick([32, 40, 64]))
    return (f"weather_client = WeatherClient(base_url=\"https://api.weatherdata.example\", "
            f"api_key=\"{c.s(k)}\")\n"
            f"add retries with backoff to this")


@tpl("dev", "vendor_token")
def d_npmrc(c: Ctx) -> str:
    tok = "npm_" + c.rs(B62, 36)
    return (f".npmrc\n@{c.org()}:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken="
            f"{c.s(tok)}\n"
            f"npm publish → E404 Not Found - PUT https://registry.npmjs.org/@{c.org()}%2f{c.svc()}")


@tpl("dev", "vendor_token")
def d_pypirc(c: Ctx) -> str:
    tok = "pypi-AgEIcHlwaS5vcmc" + c.rs(B64U, 120)
    return (f"~/.pypirc\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = "
            f"{c.s(tok)}\n\n"
            f"twine upload says 403 Invalid or non-existent authentication information")


@tpl("dev", "basic_auth")
def d_docker_config_json(c: Ctx) -> str:
    b = c.basic()
    return (f"~/.docker/config.json\n{{\n  \"auths\": {{\n    \"registry.{c.org()}.io\": {{\n      \"auth\": "
            f"\"{c.s(b)}\"\n"
            f"    }}\n  }}\n}}\nk8s imagePullSecret made from this still fails")


@tpl("dev", "vendor_token")
def d_anthropic_snippet(c: Ctx) -> str:
    tok = f"sk-ant-api03-{c.rs(B64U, 93)}AA"
    return (f"import anthropic\n\nclient = anthropic.Anthropic(api_key=\"{c.s(tok)}\")\nmsg = "
            f"client.messages.create(\n"
            f"    model=\"claude-sonnet-4-5\", max_tokens=512,\n    messages=[{{\"role\": \"user\", "
            f"\"content\": doc}}])\n"
            f"how do I stream this instead?")


@tpl("dev", "passphrase")
def d_vault_passphrase(c: Ctx) -> str:
    ph = c.phrase()
    return (f"KeePass vault passphrase is '{c.s(ph)}' - is that strong enough or should I add numbers? "
            f"Please estimate entropy.")


@tpl("dev", "password")
def d_smtp_log(c: Ctx) -> str:
    pw = c.pw(famous=False)
    b = base64.b64encode(f"\0noreply@{c.org()}.com\0{pw}".encode()).decode()
    return (f"swaks output:\n=== Connected to smtp.{c.org()}.com.\n<-  220 smtp ESMTP\n -> EHLO build01\n"
            f"<-  250-AUTH PLAIN LOGIN\n -> AUTH PLAIN {c.s(b)}\n<** 535 5.7.8 Authentication credentials "
            f"invalid\n"
            f"what's wrong with the auth line?")


@tpl("dev", "password")
def d_ldap_bind_error(c: Ctx) -> str:
    pw = c.pw()
    return (f"ldapsearch -x -H ldaps://dc01.{c.org()}.local -D \"cn={c.user()},ou=svc,dc={c.org()},dc=local\""
            f" "
            f"-w '{c.s(pw)}' -b \"dc={c.org()},dc=local\" \"(sAMAccountName=jdoe)\"\n"
            f"ldap_bind: Invalid credentials (49)\n\tadditional info: 80090308: LdapErr: DSID-0C09044E, data "
            f"52e")


@tpl("dev", "vendor_token")
def d_vendor_sdk_error(c: Ctx) -> str:
    tok = "sk_live_51" + c.rs(B62, 96)
    return (f"stripe.error.AuthenticationError: Request req_{c.rs(B62, 14)}: Invalid API Key provided: "
            f"{c.s(tok)}\nI copied it from the dashboard 5 minutes ago")


@tpl("dev", "password")
def d_helpdesk_ticket(c: Ctx) -> str:
    pw = c.pw()
    return (f"Rewrite this ticket reply to be friendlier:\n\"Your account {c.user()} is unlocked. Temporary "
            f"password: "
            f"{c.s(pw)} You must change it at next logon. Closing ticket INC{c.rs(DIG, 7)}.\"")


@tpl("dev", "vendor_token")
def d_slack_bot_python(c: Ctx) -> str:
    tok = f"xoxb-{c.rs(DIG, 11)}-{c.rs(DIG, 13)}-{c.rs(B62, 24)}"
    return (f"from slack_sdk import WebClient\nclient = WebClient(token='{c.s(tok)}')\n"
            f"client.chat_postMessage(channel='#{c.svc()}', text='deploy done')\n# "
            f"slack_sdk.errors.SlackApiError: not_in_channel")


@tpl("dev", "password")
def d_router_admin(c: Ctx) -> str:
    pw = c.pw()
    return (f"Our office router (admin page http://192.168.1.1, login admin, password {c.s(pw)}) keeps "
            f"dropping "
            f"the VPN every 8 hours. Which settings should I look at?")


@tpl("dev", "vendor_token")
def d_gitlab_ci_vars(c: Ctx) -> str:
    tok = "glpat-" + c.rs(B62 + "-_", 20)
    return (f".gitlab-ci.yml\nvariables:\n  GIT_DEPTH: \"10\"\n  RELEASE_TOKEN: \"{c.s(tok)}\"\n\nrelease:\n"
            f"  stage: deploy\n  script:\n    - release-cli create --name v$CI_COMMIT_TAG\n"
            f"why does the job say 'insufficient_scope'?")


@tpl("dev", "vendor_token")
def d_vendor_key_sentence_end(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"Write a haiku about deadlines. Also unrelated, for later: {vendor} = {c.s(tok)}")


@tpl("dev", "cloud_key")
def d_aws_configure_docs(c: Ctx) -> str:
    kid, sec = AWS_EXAMPLES[0]
    return (f"following the getting-started guide:\n$ aws configure\nAWS Access Key ID [None]: {c.s(kid)}\n"
            f"AWS Secret Access Key [None]: {c.s(sec)}\nDefault region name [None]: us-west-2\n"
            f"Default output format [None]: json\n$ aws sts get-caller-identity\n"
            f"An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation")


# ---------------------------------------------------------------------------------------------- dev negatives
@tpl("dev", "negative")
def dn_git_log(c: Ctx) -> str:
    lines = [f"commit {c.sha()}\nAuthor: {c.person()} <{c.person().lower()}@{c.org()}.com>\n\n    "
             f"{c.pick(['fix flaky test', 'bump deps', 'refactor auth middleware', 'add retry to uploader'])}"
             f"\n"
             for _ in range(3)]
    return "summarise these commits for the changelog:\n\n" + "\n".join(lines)


@tpl("dev", "negative")
def dn_request_id(c: Ctx) -> str:
    return (f"Support asked for details. Error: 'Something went wrong. Request ID: {c.uuid()}' at {c.ts()}Z, "
            f"trace {c.hexs(32)}. Write the support email.")


@tpl("dev", "negative")
def dn_sha256sum(c: Ctx) -> str:
    return (f"$ sha256sum {c.svc()}-1.{c.num(0, 9)}.{c.num(0, 20)}.tar.gz\n{c.hexs(64)}  {c.svc()}.tar.gz\n"
            f"the published checksum is {c.hexs(64)} - do they match? what does it mean if not?")


@tpl("dev", "negative")
def dn_ssh_public_key(c: Ctx) -> str:
    return (f"adding this to authorized_keys but ssh still asks for a password:\n"
            f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{c.rs(B64, 360)} {c.user()}@laptop\n"
            f"permissions on ~/.ssh are 755")


@tpl("dev", "negative")
def dn_publishable_key(c: Ctx) -> str:
    return (f"const stripe = Stripe('pk_live_51{c.rs(B62, 96)}');\n"
            f"is it fine that this publishable key is in the frontend bundle?")


@tpl("dev", "negative")
def dn_env_example(c: Ctx) -> str:
    return ("write a README section explaining this .env.example:\nOPENAI_API_KEY=YOUR_API_KEY\n"
            "GITHUB_TOKEN=<token>\nDATABASE_URL=postgres://user:password@localhost:5432/app\n"
            "JWT_SECRET=${SECRET}\nSTRIPE_SECRET_KEY=sk_live_...\n")


@tpl("dev", "negative")
def dn_key_names(c: Ctx) -> str:
    return (f"Which of these env vars does {c.svc()} actually need in prod? AWS_SECRET_ACCESS_KEY, "
            f"DB_PASSWORD, SENTRY_DSN, SLACK_BOT_TOKEN, REDIS_URL. They're all set in the vault under "
            f"kv/{c.org()}/{c.svc()}.")


@tpl("dev", "negative")
def dn_base64_text(c: Ctx) -> str:
    txt = c.pick(["Hello from the build server", "quarterly report ready for review", "meeting moved to 3pm"])
    return f"what does this base64 say? {base64.b64encode(txt.encode()).decode()}"


@tpl("dev", "negative")
def dn_versions(c: Ctx) -> str:
    return (f"we're on {c.svc()} v{c.num(1, 4)}.{c.num(0, 20)}.{c.num(0, 30)}-rc.{c.num(1, 5)}+build."
            f"{c.hexs(7)}, "
            f"node 20.11.1, postgres 16.2. Is it safe to upgrade to {c.num(5, 6)}.0.0?")


@tpl("dev", "negative")
def dn_password_policy(c: Ctx) -> str:
    return ("Rewrite our password policy to be clearer: passwords must be at least 12 characters, contain "
            "one "
            "digit and one symbol, must not reuse the last 5 passwords, and expire every 90 days. The admin "
            "password for shared accounts is rotated by the vault, never written down.")


@tpl("dev", "negative")
def dn_masked_output(c: Ctx) -> str:
    return (f"our CLI prints config like this, is the masking ok?\napi_key: sk-...{c.rs(B62, 4)}\n"
            f"db_password: ********\nwebhook_secret: [REDACTED]\ntoken: ****")


@tpl("dev", "negative")
def dn_image_digest(c: Ctx) -> str:
    return (f"image: registry.{c.org()}.io/{c.svc()}@sha256:{c.hexs(64)}\nvs tag 2026.03.{c.num(1, 28)}. "
            f"Should we pin digests in the helm chart?")


@tpl("dev", "negative")
def dn_redacted_log(c: Ctx) -> str:
    return (f"{c.ts()}Z INFO login attempt user={c.user()} password=[FILTERED] ip={c.ip()} result=failure "
            f"reason=bad_credentials\nhow many failures before lockout is normal?")


# =============================================================================================== test half
@tpl("test", "vendor_token")
def t_axios_error_dump(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"AxiosError: Request failed with status code 429\n    at settle "
            f"(node_modules/axios/lib/core/settle.js:19:12)\n"
            f"  config: {{\n    url: 'https://api.{c.org()}.com/v1/sync',\n    method: 'post',\n    headers: "
            f"{{\n"
            f"      Accept: 'application/json, text/plain, */*',\n      'Content-Type': 'application/json',\n"
            f"      Authorization: 'Bearer {c.s(tok)}',\n      'User-Agent': 'axios/1.7.2'\n    }},\n    "
            f"timeout: 10000\n  }}\n"
            f"how do I add exponential backoff here?")


@tpl("test", "random_key")
def t_wget_debug(c: Ctx) -> str:
    k = c.randkey()
    return (f"wget --debug output:\n---request begin---\nGET /v1/feeds/latest.xml HTTP/1.1\nHost: "
            f"feeds.{c.org()}.com\n"
            f"User-Agent: Wget/1.21.4\nX-Auth-Token: {c.s(k)}\nConnection: Keep-Alive\n---request end---\n"
            f"HTTP request sent, awaiting response... 401 Unauthorized")


@tpl("test", "connection_string")
def t_go_mysql_dsn_panic(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"panic: Error 1045 (28000): Access denied for user '{c.user()}'@'{c.ip()}' (using password: "
            f"YES)\n\n"
            f"goroutine 1 [running]:\nmain.mustOpen({{0xc000014090, 0x4a}})\n\t/src/{c.svc()}/main.go:37 "
            f"+0x1c5\n"
            f"dsn := \"{c.user()}:{c.s(pw)}@tcp({c.host()}:3306)/{c.db()}?parseTime=true\"")


@tpl("test", "connection_string")
def t_hikari_debug(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"{c.ts()}.114 DEBUG 1 --- [main] com.zaxxer.hikari.HikariConfig : jdbcUrl......................"
            f"jdbc:postgresql://{c.host()}:5432/{c.db()}?user={c.user()}&password={c.s(pw)}\n"
            f"{c.ts()}.201 ERROR 1 --- [main] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Exception "
            f"during pool "
            f"initialization.\norg.postgresql.util.PSQLException: FATAL: no pg_hba.conf entry for host")


@tpl("test", "vendor_token")
def t_kubectl_logs_startup(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"kubectl logs deploy/{c.svc()} --tail=8\n[boot] loading config from env\n[boot] PORT=8080\n"
            f"[boot] {env}={c.s(tok)}\n[boot] FEATURE_FLAGS=new-checkout,dark-mode\n"
            f"[boot] connecting to {c.host()}\nError: getaddrinfo ENOTFOUND {c.host()}\n"
            f"why can't the pod resolve the host?")


@tpl("test", "vendor_token")
def t_gitlab_ci_vault_echo(c: Ctx) -> str:
    tok = "hvs." + c.rs(B64U, 90)
    return (f"$ vault login -method=jwt role={c.svc()}\n$ export VAULT_TOKEN=$(vault print token)\n$ set -x\n"
            f"+ curl --header 'X-Vault-Token: {c.s(tok)}' https://vault.{c.org()}.io/v1/kv/data/{c.svc()}\n"
            f"{{\"errors\":[\"permission denied\"]}}\nERROR: Job failed: exit code 1\nwhich policy is "
            f"missing?")


@tpl("test", "password")
def t_windows_set_dump(c: Ctx) -> str:
    pw = c.pw(famous=False).replace("%", "")
    return (f"C:\\> set\nALLUSERSPROFILE=C:\\ProgramData\nCOMPUTERNAME=BUILD-{c.num(1, 30):02d}\n"
            f"DEPLOY_USER={c.user()}\nDEPLOY_PASSWORD={c.s(pw)}\nOS=Windows_NT\nPROCESSOR_ARCHITECTURE=AMD64"
            f"\n"
            f"USERDOMAIN={c.org().upper()}\n\nwhich of these does msdeploy read?")


@tpl("test", "password")
def t_compose_config_output(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"docker compose config\nname: {c.svc()}\nservices:\n  db:\n    environment:\n      POSTGRES_DB: "
            f"{c.db()}\n"
            f"      POSTGRES_PASSWORD: {c.s(pw)}\n      POSTGRES_USER: {c.user()}\n    image: postgres:16\n"
            f"    ports:\n      - mode: ingress\n        target: 5432\n        published: \"5432\"\n"
            f"the app container can't reach db:5432")


@tpl("test", "password")
def t_tfstate_snippet(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"from terraform.tfstate:\n{{\n  \"type\": \"azurerm_mssql_server\",\n  \"instances\": [{{\n"
            f"    \"attributes\": {{\n      \"administrator_login\": \"{c.user()}\",\n"
            f"      \"administrator_login_password\": \"{c.s(pw)}\",\n      \"version\": \"12.0\"\n    }}\n  "
            f"}}]\n}}\n"
            f"how do I import this server into a new state file?")


@tpl("test", "password")
def t_rails_params_log(c: Ctx) -> str:
    pw = c.pw()
    return (f"Started POST \"/users/sign_in\" for {c.ip()} at 2026-03-0{c.num(1, 9)} 11:02:13 +0000\n"
            f"Processing by Users::SessionsController#create as HTML\n  Parameters: "
            f"{{\"authenticity_token\"=>\"[FILTERED]\", "
            f"\"user\"=>{{\"email\"=>\"{c.user()}@{c.org()}.com\", \"passwd\"=>\"{c.s(pw)}\"}}}}\n"
            f"Completed 401 Unauthorized in 87ms\nwhy isn't the password filtered here?")


@tpl("test", "password")
def t_pgpassword_cmdline(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"$ PGPASSWORD='{c.s(pw)}' pg_dump -h {c.host()} -U {c.user()} -Fc {c.db()} > {c.db()}.dump\n"
            f"pg_dump: error: server version: 16.3; pg_dump version: 14.11\npg_dump: error: aborting because "
            f"of "
            f"server version mismatch\nhow do I install pg_dump 16 on ubuntu 22.04?")


@tpl("test", "password")
def t_ansible_vvv(c: Ctx) -> str:
    pw = c.pw()
    return (f"ansible -vvv output:\n<{c.ip()}> ESTABLISH SSH CONNECTION FOR USER: {c.user()}\n"
            f"<{c.ip()}> SSH: EXEC sshpass -p '{c.s(pw)}' ssh -o StrictHostKeyChecking=no -o "
            f"User=\"{c.user()}\" "
            f"{c.ip()} '/bin/sh -c '\"'\"'echo ~ && sleep 0'\"'\"''\nfatal: [{c.ip()}]: UNREACHABLE!")


@tpl("test", "vendor_token")
def t_jenkins_curl_u(c: Ctx) -> str:
    tok = "11" + c.hexs(32)
    return (f"+ curl -sS -u {c.user()}:{c.s(tok)} -X POST https://ci.{c.org()}.com/job/{c.svc()}/buildWithPar"
            f"ameters?ENV=prod\n"
            f"<html><head><title>Error 403 No valid crumb was included in the request</title>\n"
            f"do I need a crumb when using an API token?")


@tpl("test", "vendor_token")
def t_docker_build_output(c: Ctx) -> str:
    tok = "npm_" + c.rs(B62, 36)
    return (f"#7 [4/9] RUN echo \"//npm.pkg.github.com/:_authToken={c.s(tok)}\" > .npmrc\n#7 DONE 0.2s\n"
            f"#8 [5/9] RUN npm ci\n#8 12.41 npm ERR! code E401\n#8 12.41 npm ERR! Unable to authenticate\n"
            f"is the scope wrong?")


@tpl("test", "random_key")
def t_django_settings_logged(c: Ctx) -> str:
    sk = "django-insecure-" + c.rs(string.ascii_lowercase + DIG + "!@#$%^&*(-_=+)", 50)
    return (f"DEBUG settings dump: {{'DEBUG': True, 'ALLOWED_HOSTS': ['*'], 'SECRET_KEY': '{c.s(sk)}', "
            f"'TIME_ZONE': 'UTC'}}\nis it bad that this shows up in our logs?")


@tpl("test", "connection_string")
def t_elastic_client_error(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"elastic_transport.ConnectionError: Connection error caused by: "
            f"NewConnectionError(<urllib3.connection."
            f"HTTPSConnection object at 0x7f2e>: Failed to establish a new connection: [Errno 111] "
            f"Connection refused)\n"
            f"es = Elasticsearch(\"https://elastic:{c.s(pw)}@{c.host()}:9200\", verify_certs=False)")


@tpl("test", "password")
def t_journalctl_cmdline(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"journalctl -u {c.svc()} -n 5\nMar 02 04:11:09 app03 systemd[1]: Started {c.svc()}.\n"
            f"Mar 02 04:11:09 app03 run.sh[8812]: exec /opt/{c.svc()}/bin/server --db-user={c.user()} "
            f"--db-password={c.s(pw)} --port 9000\nMar 02 04:11:10 app03 systemd[1]: {c.svc()}.service: Main "
            f"process "
            f"exited, code=exited, status=2/INVALIDARGUMENT")


@tpl("test", "vendor_token")
def t_heres_my_token_401(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return f"here's my {vendor} token, why is it 401? {c.s(tok)}"


@tpl("test", "vendor_token")
def t_try_with_mine(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"{c.person()} wrote in Teams: \"mine works, try with mine: {c.s(tok)}\"\n"
            f"Is it ok to use a colleague's token for a one-off script? Give me pros/cons.")


@tpl("test", "password")
def t_changed_admin_pw(c: Ctx) -> str:
    pw = c.pw()
    return (f"Draft an announcement: we changed the admin password to {c.s(pw)} last week and some "
            f"people still use the old one, which is locking the account.")


@tpl("test", "password")
def t_it_email_temp(c: Ctx) -> str:
    pw = c.pw()
    return (f"Translate to Spanish:\nSubject: Your new laptop\nHi {c.person()}, your Windows login is "
            f"{c.user()} and the temp password is \"{c.s(pw)}\" (change it on first login). Welcome aboard!")


@tpl("test", "pin")
def t_voicemail_safe(c: Ctx) -> str:
    pin = c.pin()
    return c.pick([f"voicemail PIN {c.s(pin)} - how do I change the greeting on a Cisco phone?",
                   f"the safe code is {c.s(pin)}; write a short procedure for end-of-day cash handling",
                   f"SIM PIN: {c.s(pin)}. My phone says 'PUK required' after I entered it wrong, what now?"])


@tpl("test", "password")
def t_pw_contains_quote(c: Ctx) -> str:
    pw = f"{c.word()}\"{c.num(10, 99)}{c.word().capitalize()}!"
    return (f"the password contains a double quote: {c.s(pw)}\nhow do I put it in docker-compose.yml without "
            f"breaking YAML?")


@tpl("test", "password")
def t_numbered_accounts(c: Ctx) -> str:
    items = [f"{i}. {tool}: {c.user()} / {c.s(c.pw())}" for i, tool in
             enumerate(c.r.sample(["Jira", "Confluence", "Grafana", "Kibana", "Sentry", "Metabase"], 3), 1)]
    return "turn this into a 1Password import CSV:\n" + "\n".join(items)


@tpl("test", "password")
def t_de_zugangsdaten(c: Ctx) -> str:
    pw = c.pw()
    return (f"Bitte als Tabelle formatieren:\nZugangsdaten Testsystem\nURL: https://test.{c.org()}.de\n"
            f"Benutzer: {c.user()}\nKennwort: {c.s(pw)}\nGültig bis Ende des Quartals.")


@tpl("test", "vendor_token")
def t_fr_cle_api(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"Bonjour, voici la clé API : {c.s(tok)} — peux-tu m'écrire un script Python qui appelle l'API "
            f"{vendor} "
            f"et gère les erreurs 429 ?")


@tpl("test", "password")
def t_es_contrasena(c: Ctx) -> str:
    pw = c.pw()
    return (f"Reescribe este mensaje más formal: \"oye, contraseña nueva: {c.s(pw)} para la cuenta de "
            f"soporte, no la compartas\"")


@tpl("test", "vendor_token")
def t_pt_token_acesso(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"Olá! O token de acesso é {c.s(tok)} e quero configurar no GitHub Actions como secret. "
            f"Como faço para usar no workflow?")


@tpl("test", "vendor_token")
def t_it_ecco_token(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return f"ecco il token: \"{c.s(tok)}\". Perché la richiesta a {vendor} restituisce 403?"


@tpl("test", "vendor_token")
def t_nl_api_sleutel(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"Vraagje: de API-sleutel is {c.s(tok)} (voor {vendor}). Hoe zet ik die veilig in een Azure "
            f"Function?")


@tpl("test", "vendor_token")
def t_pl_klucz_api(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"Mam problem z {vendor}. Klucz API: {c.s(tok)}\nDostaję błąd 401, co robię źle?")


@tpl("test", "password")
def t_ssh_root_slash(c: Ctx) -> str:
    pw = c.pw()
    return (f"box is {c.ip()}, root / {c.s(pw)} - give me the commands to set up fail2ban and disable "
            f"password "
            f"login afterwards")


@tpl("test", "password")
def t_email_shared_mailbox(c: Ctx) -> str:
    pw = c.pw()
    return (f"Proofread please:\n\nHi team,\nthe shared mailbox password is now {c.s(pw)}. Please update "
            f"your "
            f"Outlook profiles before Friday.\nThanks,\n{c.person()}")


@tpl("test", "pin")
def t_webex_invite(c: Ctx) -> str:
    pwd = c.pick([c.rs(B62, 11), c.pin(8)])
    return (f"Extract date and time from this invite:\nWebex meeting: https://{c.org()}.webex.com/meet/"
            f"{c.user()}\n"
            f"Meeting number: {c.rs(DIG, 4)} {c.rs(DIG, 3)} {c.rs(DIG, 4)}\nMeeting password: {c.s(pwd)}\n"
            f"Thursday 14:00 CET")


@tpl("test", "password")
def t_compose_yaml(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"services:\n  mssql:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n    environment:\n"
            f"      - ACCEPT_EULA=Y\n      - MSSQL_SA_PASSWORD={c.s(pw)}\n    ports: [\"1433:1433\"]\n"
            f"container exits immediately, logs say password policy?")


@tpl("test", "password")
def t_pgpass_file(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"~/.pgpass:\n{c.host()}:5432:{c.db()}:{c.user()}:{c.s(pw)}\n*:*:*:postgres:{c.s(c.urlpw())}\n"
            f"psql still prompts, file mode is 0644")


@tpl("test", "uuid_key")
def t_netrc(c: Ctx) -> str:
    k = c.uuid()
    return (f"~/.netrc\nmachine api.heroku.com\n  login {c.user()}@{c.org()}.com\n  password {c.s(k)}\n"
            f"machine git.heroku.com\n  login {c.user()}@{c.org()}.com\n  password {c.s(k)}\n"
            f"heroku CLI says 'Invalid credentials provided'")


@tpl("test", "password")
def t_helm_values(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"values-prod.yaml\nredis:\n  enabled: true\n  auth:\n    enabled: true\n    password: "
            f"\"{c.s(pw)}\"\n"
            f"ingress:\n  host: {c.svc()}.{c.org()}.com\n\nhelm upgrade says 'redis.auth.password must not "
            f"be empty'???")


@tpl("test", "vendor_token")
def t_tfvars(c: Ctx) -> str:
    tok = "dop_v1_" + c.hexs(64)
    return (f"terraform.tfvars\ndo_token    = \"{c.s(tok)}\"\nregion      = \"fra1\"\ndroplet_size = "
            f"\"s-2vcpu-4gb\"\n\n"
            f"should terraform.tfvars be in .gitignore?")


@tpl("test", "password")
def t_ansible_vars(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"group_vars/db.yml\nmysql_root_password: \"{c.s(pw)}\"\nmysql_databases:\n  - name: {c.db()}\n"
            f"mysql_users:\n  - name: {c.user()}\n    host: \"%\"\n    password: "
            f"\"{c.s(c.pw(famous=False))}\"\n"
            f"how do I encrypt just these values with ansible-vault?")


@tpl("test", "vendor_token")
def t_yarnrc(c: Ctx) -> str:
    tok = "ghp_" + c.rs(B62, 36)
    return (f".yarnrc.yml\nnodeLinker: node-modules\nnpmScopes:\n  {c.org()}:\n    npmRegistryServer: "
            f"\"https://npm.pkg.github.com\"\n"
            f"    npmAuthToken: \"{c.s(tok)}\"\n\nyarn install → 'Response Code: 404 (Not Found)'")


@tpl("test", "password")
def t_gradle_kts_repo(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"repositories {{\n    maven {{\n        url = uri(\"https://nexus.{c.org()}.com/repository/maven"
            f"-private/\")\n"
            f"        credentials {{\n            username = \"{c.user()}\"\n            password = "
            f"\"{c.s(pw)}\"\n"
            f"        }}\n    }}\n}}\nhow do I move these to ~/.gradle/gradle.properties?")


@tpl("test", "vendor_token")
def t_pip_conf_index(c: Ctx) -> str:
    tok = c.rs(B62, 52)
    return (f"/etc/pip.conf\n[global]\nindex-url = https://__token__:{c.s(tok)}@pkgs.{c.org()}.com/pypi/simpl"
            f"e/\n"
            f"trusted-host = pkgs.{c.org()}.com\n\npip says 'No matching distribution found' for our "
            f"internal lib")


@tpl("test", "vendor_token")
def t_git_credentials_store(c: Ctx) -> str:
    tok = "glpat-" + c.rs(B62 + "-_", 20)
    return (f"cat ~/.git-credentials\nhttps://{c.user()}:{c.s(tok)}@gitlab.{c.org()}.com\n\n"
            f"is this file why git never asks me for a password? how do I switch to the keychain?")


@tpl("test", "password")
def t_k8s_stringdata(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {c.svc()}-smtp\ntype: Opaque\nstringData:\n"
            f"  SMTP_USER: noreply@{c.org()}.com\n  SMTP_PASS: \"{c.s(pw)}\"\n---\n"
            f"kubectl apply works but the pod sees empty SMTP_PASS")


@tpl("test", "vendor_token")
def t_gha_workflow_hardcoded(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"name: nightly\non:\n  schedule:\n    - cron: '0 2 * * *'\njobs:\n  run:\n    runs-on: "
            f"ubuntu-latest\n"
            f"    env:\n      {env}: {c.s(tok)}\n    steps:\n      - uses: actions/checkout@v4\n"
            f"      - run: python jobs/nightly.py\n\nthe cron never triggers on our fork")


@tpl("test", "random_key")
def t_django_settings_py(c: Ctx) -> str:
    sk = c.rs(string.ascii_lowercase + DIG + "!@#$%^&*(-_=+)", 50)
    pw = c.pw(famous=False)
    return (f"settings.py\nSECRET_KEY = '{c.s(sk)}'\nDATABASES = {{\n    'default': {{\n"
            f"        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': '{c.db()}',\n        "
            f"'USER': '{c.user()}',\n"
            f"        'PASSWORD': '{c.s(pw)}',\n        'HOST': '{c.host()}',\n    }}\n}}\nsplit this into "
            f"base/prod settings")


@tpl("test", "vendor_token")
def t_node_config_js(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"// config/production.js\nmodule.exports = {{\n  port: 8080,\n  {vendor.split()[0].lower()}: "
            f"{{\n"
            f"    apiKey: '{c.s(tok)}',\n    timeoutMs: 5000,\n  }},\n}};\nconvert to TypeScript with types")


@tpl("test", "random_key")
def t_go_const(c: Ctx) -> str:
    k = c.randkey()
    return (f"package geo\n\nconst (\n\tbaseURL = \"https://geo.{c.org()}.com/v3\"\n\tapiKey  = "
            f"\"{c.s(k)}\"\n)\n\n"
            f"func Lookup(ip string) (*Result, error) {{ ... }}\nwrite table tests for Lookup")


@tpl("test", "vendor_token")
def t_java_constant(c: Ctx) -> str:
    tok = f"SG.{c.rs(B64U, 22)}.{c.rs(B64U, 43)}"
    return (f"public final class MailConfig {{\n    private static final String SENDGRID_KEY = "
            f"\"{c.s(tok)}\";\n"
            f"    private static final String FROM = \"noreply@{c.org()}.com\";\n}}\nrefactor to read from "
            f"env")


@tpl("test", "connection_string")
def t_csharp_sqlconnection(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"using var conn = new SqlConnection(\"Data Source={c.host()};Initial Catalog={c.db()};User "
            f"Id={c.user()};"
            f"Password={c.s(pw)};TrustServerCertificate=True\");\nawait conn.OpenAsync();\n"
            f"// SqlException: A network-related or instance-specific error occurred")


@tpl("test", "password")
def t_php_pdo(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"<?php\n$pdo = new PDO('mysql:host={c.host()};dbname={c.db()};charset=utf8mb4', '{c.user()}', "
            f"'{c.s(pw)}');\n"
            f"$stmt = $pdo->query('SELECT * FROM orders WHERE id = ' . $_GET['id']);\nis this code safe?")


@tpl("test", "password")
def t_shell_mysql_p(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"#!/bin/bash\nset -e\nmysql -h {c.host()} -u {c.user()} -p'{c.s(pw)}' {c.db()} < "
            f"migrations/042.sql\n"
            f"echo done\n\nhow can I avoid the 'Using a password on the command line' warning?")


@tpl("test", "password")
def t_sql_create_user(c: Ctx) -> str:
    pw = c.pw(famous=False)
    pw2 = c.urlpw()
    return (f"CREATE USER '{c.user()}'@'%' IDENTIFIED BY '{c.s(pw)}';\nGRANT SELECT ON {c.db()}.* TO "
            f"'{c.user()}'@'%';\n"
            f"ALTER ROLE {c.user()} WITH PASSWORD '{c.s(pw2)}';\nwhich of these lines is MySQL and which "
            f"Postgres?")


@tpl("test", "password")
def t_redis_conf(c: Ctx) -> str:
    pw = c.rs(B62, c.num(24, 40))
    return (f"redis.conf (excerpt)\nbind 0.0.0.0\nprotected-mode yes\nrequirepass {c.s(pw)}\nmaxmemory 2gb\n"
            f"maxmemory-policy allkeys-lru\n\nredis-cli gives NOAUTH Authentication required")


@tpl("test", "vendor_token")
def t_apache_requestheader(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"<VirtualHost *:443>\n  ServerName api.{c.org()}.com\n  ProxyPass / http://127.0.0.1:9000/\n"
            f"  RequestHeader set Authorization \"Bearer {c.s(tok)}\"\n</VirtualHost>\nthe upstream gets no "
            f"header")


@tpl("test", "vendor_token")
def t_supervisor_env(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"[program:{c.svc()}]\ncommand=/srv/venv/bin/python worker.py\nenvironment={env}=\"{c.s(tok)}\",L"
            f"OG_LEVEL=\"info\"\n"
            f"autorestart=true\n\nsupervisorctl shows FATAL Exited too quickly")


@tpl("test", "vendor_token")
def t_heroku_config_output(c: Ctx) -> str:
    e1, _, t1 = c.vendor()
    pw = c.urlpw()
    return (f"$ heroku config -a {c.svc()}\n=== {c.svc()} Config Vars\nDATABASE_URL: "
            f"postgres://{c.user()}:{c.s(pw)}@"
            f"ec2-{c.ip().replace('.', '-')}.compute-1.amazonaws.com:5432/{c.rs(LOAN, 14)}\n"
            f"{e1}: {c.s(t1)}\nWEB_CONCURRENCY: 2\n\nwhich ones should move to a secrets manager?")


@tpl("test", "vendor_token")
def t_vercel_env_local(c: Ctx) -> str:
    tok = c.rs(B62, 24)
    k = "sbp_" + c.hexs(40)
    return (f"# Created by Vercel CLI\nVERCEL_TOKEN=\"{c.s(tok)}\"\nSUPABASE_ACCESS_TOKEN=\"{c.s(k)}\"\n"
            f"NEXT_PUBLIC_SITE_URL=\"https://{c.org()}.vercel.app\"\n\nwhy is NEXT_PUBLIC_ visible in the "
            f"browser but not the others?")


@tpl("test", "jwt")
def t_copy_as_curl(c: Ctx) -> str:
    j = c.jwt("RS256")
    sess = c.hexs(32)
    return (f"copied as cURL from Chrome:\ncurl 'https://portal.{c.org()}.com/api/invoices?page=2' \\\n"
            f"  -H 'accept: application/json' \\\n  -H 'authorization: Bearer {c.s(j)}' \\\n"
            f"  -H 'cookie: _ga=GA1.1.{c.rs(DIG, 9)}.{c.rs(DIG, 10)}; connect.sid={c.s(sess)}' \\\n  "
            f"--compressed\n"
            f"turn it into a python requests loop over all pages")


@tpl("test", "vendor_token")
def t_rest_client_http(c: Ctx) -> str:
    env, vendor, tok = c.vendor()
    return (f"requests.http (VS Code REST Client)\n@baseUrl = https://api.{c.org()}.com\n@token = "
            f"{c.s(tok)}\n\n"
            f"### list users\nGET {{{{baseUrl}}}}/users\nAuthorization: Bearer {{{{token}}}}\n\nhow do I "
            f"chain the id into the next request?")


@tpl("test", "password")
def t_semicolon_csv(c: Ctx) -> str:
    rows = [f"{c.person()};{c.user()}{c.num(1, 9)};{c.s(c.pw())};"
            f"{c.pick(['Buchhaltung', 'Vertrieb', 'Lager'])}"
            for _ in range(c.num(3, 4))]
    return "Excel-Export, bitte nach Abteilung gruppieren:\nName;Login;Passwort;Abteilung\n" + "\n".join(rows)


@tpl("test", "password")
def t_markdown_table_creds(c: Ctx) -> str:
    rows = [f"| {env_} | {c.user()} | `{c.s(c.pw(famous=False))}` |" for env_ in ("dev", "staging", "prod")]
    return ("add a column 'expires' to this table:\n| Env | User | Password |\n|---|---|---|\n"
            + "\n".join(rows))


@tpl("test", "password")
def t_tomcat_users(c: Ctx) -> str:
    pw = c.pw(famous=False)
    return (f"<tomcat-users>\n  <role rolename=\"manager-gui\"/>\n  <user username=\"{c.user()}\" "
            f"password=\"{c.s(pw)}\" "
            f"roles=\"manager-gui,admin-gui\"/>\n</tomcat-users>\nstill 403 Access Denied on /manager/html")


@tpl("test", "random_key")
def t_dotnet_user_secrets(c: Ctx) -> str:
    k = c.b64(48)
    pw = c.urlpw()
    return (f"$ dotnet user-secrets list\nJwt:SigningKey = {c.s(k)}\nConnectionStrings:Db = "
            f"Host=localhost;Username="
            f"{c.user()};Password={c.s(pw)};Database={c.db()}\n\nhow do these map to appsettings in "
            f"production?")


@tpl("test", "private_key")
def t_service_account_json(c: Ctx) -> str:
    body = c.pkcs8_key().replace("\n", "\\n") + "\\n"
    return (f"{{\n  \"type\": \"service_account\",\n  \"project_id\": \"{c.org()}-prod\",\n  "
            f"\"private_key_id\": \"{c.hexs(40)}\",\n"
            f"  \"private_key\": \"{c.s(body)}\",\n  \"client_email\": "
            f"\"{c.svc()}@{c.org()}-prod.iam.gserviceaccount.com\"\n}}\n"
            f"google.auth says 'Could not deserialize key data'")


@tpl("test", "private_key")
def t_ec_key(c: Ctx) -> str:
    k = c.ec_key()
    return f"is this a P-256 key? how do I get the public part with openssl?\n{c.s(k)}"


@tpl("test", "private_key")
def t_cert_and_key(c: Ctx) -> str:
    cert = c.block("CERTIFICATE", "MIIDazCCAlOgAwIBAgIU", c.num(6, 10))
    k = c.pkcs8_key()
    return f"do this cert and key belong together? nginx says key values mismatch\n\n{cert}\n{c.s(k)}"


@tpl("test", "jwt")
def t_localstorage_dump(c: Ctx) -> str:
    j = c.jwt()
    r = c.rs(B64U, 64)
    return (f"from devtools > Application > Local Storage:\naccess_token  {c.s(j)}\nrefresh_token  {c.s(r)}\n"
            f"theme  dark\nlang  en\nshould tokens be in localStorage at all?")


@tpl("test", "basic_auth")
def t_python_basic_header(c: Ctx) -> str:
    b = c.basic()
    return (f"resp = requests.post(url, headers={{\"Authorization\": \"Basic {c.s(b)}\", \"Content-Type\": "
            f"\"text/xml\"}}, "
            f"data=soap_body)\n# 500 Internal Server Error from the SOAP service, how do I see the fault?")


@tpl("test", "url_credential")
def t_ftp_url(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"lftp -e 'mirror -R ./dist /public_html; quit' ftp://{c.user()}:{c.s(pw)}@ftp.{c.org()}.com\n"
            f"mirror: Access failed: 550 Permission denied - which folder permission is it?")


@tpl("test", "signed_url")
def t_azure_sas(c: Ctx) -> str:
    sig = c.b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return (f"the upload URL expired? https://{c.org().replace('-', '')}st.blob.core.windows.net/uploads/repo"
            f"rt.xlsx"
            f"?sv=2022-11-02&ss=b&srt=o&sp=rwc&se=2026-03-01T18:00:00Z&st=2026-03-01T10:00:00Z&spr=https"
            f"&sig={c.s(sig)}\nI get AuthenticationFailed")


@tpl("test", "webhook_url")
def t_discord_webhook(c: Ctx) -> str:
    url = f"https://discord.com/api/webhooks/{c.rs(DIG, 19)}/{c.rs(B64U, 68)}"
    return (f"requests.post(\"{c.s(url)}\", json={{\"content\": \"build failed\"}})\n"
            f"returns 400 'Cannot send an empty message' even though content is set")


@tpl("test", "webhook_url")
def t_teams_webhook(c: Ctx) -> str:
    url = (f"https://{c.org().replace('-', '')}.webhook.office.com/webhookb2/{c.uuid()}@{c.uuid()}/IncomingWe"
           f"bhook/"
           f"{c.hexs(32)}/{c.uuid()}")
    return (f"our Teams connector URL is {c.s(url)} - write a PowerShell function that posts an adaptive "
            f"card to it")


@tpl("test", "totp_secret")
def t_totp_manual_entry(c: Ctx) -> str:
    sec = c.totp()
    grouped = " ".join(sec[i:i + 4] for i in range(0, len(sec), 4))
    return (f"Can't scan the QR code? Enter this key manually: {c.s(grouped)}\n"
            f"^ I only have that screenshot text - how do I add it to Google Authenticator on a second "
            f"phone?")


@tpl("test", "recovery_code")
def t_backup_codes_digits(c: Ctx) -> str:
    codes = [f"{c.rs(DIG, 4)} {c.rs(DIG, 4)}" for _ in range(c.pick([5, 8, 10]))]
    return ("Google backup codes, keep them safe:\n"
            + "\n".join(f"{i}. {c.s(x)}" for i, x in enumerate(codes, 1))
            + "\nmake a printable card layout for these")


@tpl("test", "wifi_psk")
def t_wifi_qr_string(c: Ctx) -> str:
    psk = c.pick([c.phrase().replace(" ", "_"), c.pw(famous=False)]).replace(";", "")
    return (f"Generate a QR code from this for the meeting room: WIFI:T:WPA;S:{c.org()}-Guest;P:{c.s(psk)};;")


@tpl("test", "connection_string")
def t_rediss_user(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"REDIS_URL=rediss://default:{c.s(pw)}@{c.rs(LOAN, 10)}.upstash.io:6379\n"
            f"BullMQ throws 'ERR max number of clients reached' after a few deploys")


@tpl("test", "connection_string")
def t_mongo_compass(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"Compass connects but my app doesn't. Compass string: mongodb://{c.user()}:{c.s(pw)}@"
            f"{c.host()}:27017,{c.p(HOSTS)}:27017/?replicaSet=rs0&authSource=admin")


@tpl("test", "connection_string")
def t_adonet_login_failed(c: Ctx) -> str:
    pw = c.urlpw()
    return (f"Login failed for user '{c.user()}'. (Microsoft SQL Server, Error: 18456)\n"
            f"connection string: Server={c.host()};Database={c.db()};User "
            f"Id={c.user()};Pwd={c.s(pw)};MultipleActiveResultSets=true")


@tpl("test", "vendor_token")
def t_android_manifest_maps(c: Ctx) -> str:
    k = "AIza" + c.rs(B64U, 35)
    return (f"<application>\n    <meta-data\n        android:name=\"com.google.android.geo.API_KEY\"\n"
            f"        android:value=\"{c.s(k)}\" />\n</application>\nmap is grey, logcat says 'Authorization "
            f"failure'")


@tpl("test", "vendor_token")
def t_twilio_client(c: Ctx) -> str:
    tok = c.hexs(32)
    return (f"from twilio.rest import Client\nclient = Client(\"AC{c.hexs(32)}\", \"{c.s(tok)}\")\n"
            f"client.messages.create(to=to, from_=\"+15005550006\", body=msg)\n# TwilioRestException: HTTP "
            f"401")


@tpl("test", "vendor_token")
def t_databrickscfg(c: Ctx) -> str:
    tok = "dapi" + c.hexs(32)
    return (f"~/.databrickscfg\n[DEFAULT]\nhost  = https://adb-{c.rs(DIG, 16)}.{c.num(1, 19)}.azuredatabricks"
            f".net\n"
            f"token = {c.s(tok)}\n\ndatabricks fs ls says 'Invalid access token'")


@tpl("test", "vendor_token")
def t_hf_cli_login(c: Ctx) -> str:
    tok = "hf_" + c.rs(string.ascii_letters, 34)
    return (f"$ huggingface-cli login --token {c.s(tok)}\nToken is valid (permission: read).\n"
            f"Your token has been saved to /home/{c.user()}/.cache/huggingface/token\nbut from_pretrained "
            f"still 401s on a gated model")


@tpl("test", "vendor_token")
def t_langchain_snippet(c: Ctx) -> str:
    tok = f"sk-proj-{c.rs(B64U, 74)}T3BlbkFJ{c.rs(B64U, 74)}"
    return (f"from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model=\"gpt-4o-mini\", "
            f"temperature=0, "
            f"openai_api_key=\"{c.s(tok)}\")\nchain = prompt | llm\nhow do I add memory?")


@tpl("test", "passphrase")
def t_ssh_key_passphrase(c: Ctx) -> str:
    ph = c.phrase()
    return (f"Enter passphrase for key '/home/{c.user()}/.ssh/id_ed25519':  — I type {c.s(ph)} and it says "
            f"bad "
            f"passphrase. Can caps lock matter?")


@tpl("test", "vendor_token")
def t_linear_notion_bullets(c: Ctx) -> str:
    lin = "lin_api_" + c.rs(B62, 40)
    fig = "figd_" + c.rs(B64U, 40)
    return (f"Integration tokens for the sync bot:\n* Linear → {c.s(lin)}\n* Figma → {c.s(fig)}\n"
            f"* Notion → (ask {c.person()})\nwrite a config loader that validates these")


@tpl("test", "vendor_token")
def t_airtable_fetch(c: Ctx) -> str:
    tok = f"pat{c.rs(B62, 14)}.{c.hexs(64)}"
    return (f"fetch(`https://api.airtable.com/v0/app{c.rs(B62, 14)}/Tasks`, {{ headers: {{ Authorization: "
            f"`Bearer {c.s(tok)}` }} }})\n  .then(r => r.json())\n// returns {{error: NOT_FOUND}}")


@tpl("test", "vendor_token")
def t_shopify_graphql(c: Ctx) -> str:
    tok = "shpat_" + c.hexs(32)
    return (f"curl -X POST https://{c.org()}.myshopify.com/admin/api/2025-01/graphql.json \\\n"
            f"  -H 'Content-Type: application/json' \\\n  -H 'X-Shopify-Access-Token: {c.s(tok)}' \\\n"
            f"  -d '{{\"query\": \"{{ shop {{ name }} }}\"}}'\nhow do I paginate products?")


@tpl("test", "password")
def t_wifi_sticky_note(c: Ctx) -> str:
    pw = c.pw()
    return (f"Transcribe this photo of a sticky note into a tidy onboarding list: 'VPN: {c.user()} - "
            f"{c.s(pw)} "
            f"/ printer on floor 2 / lunch 12:30'")


@tpl("test", "cloud_key")
def t_aws_export_prose(c: Ctx) -> str:
    kid, sec = c.aws()
    return (f"I ran `export AWS_ACCESS_KEY_ID={c.s(kid)}` and `export AWS_SECRET_ACCESS_KEY={c.s(sec)}` "
            f"but boto3 still uses my SSO profile. Which wins, env vars or ~/.aws/config?")


@tpl("test", "random_key")
def t_webhook_signing_secret(c: Ctx) -> str:
    sec = "whsec_" + c.rs(B62, 32)
    return (f"verifying webhooks in Express, my endpoint secret is {c.s(sec)} and constructEvent throws "
            f"'No signatures found matching the expected signature'. I use express.json() before the route.")


@tpl("test", "password")
def t_vnc_password(c: Ctx) -> str:
    pw = c.rs(B62, 8)
    return (f"x11vnc -storepasswd {c.s(pw)} ~/.vnc/passwd worked but the Mac viewer says authentication "
            f"failed. "
            f"Is 8 chars the max?")


@tpl("test", "pin")
def t_phone_unlock(c: Ctx) -> str:
    pin = c.pin(6)
    return (f"Le code de déverrouillage du téléphone de test est {c.s(pin)}. Peux-tu rédiger une procédure "
            f"de "
            f"prêt d'appareil pour l'équipe QA ?")


@tpl("test", "vendor_token")
def t_okta_newrelic_env(c: Ctx) -> str:
    ok = "00" + c.rs(B64U, 40)
    nr = "NRAK-" + c.rs(UPAN, 27)
    return (f"# secrets.auto.env (do not commit)\nOKTA_ORG_URL=https://{c.org()}.okta.com\nOKTA_API_TOKEN="
            f"{c.s(ok)}\n"
            f"NEW_RELIC_API_KEY={c.s(nr)}\n\nscript to rotate both every 90 days?")


@tpl("test", "cloud_key")
def t_boto3_tutorial_keys(c: Ctx) -> str:
    kid, sec = AWS_EXAMPLES[1]
    return (f"The tutorial code is:\nsession = boto3.Session(\n    aws_access_key_id=\"{c.s(kid)}\",\n"
            f"    aws_secret_access_key=\"{c.s(sec)}\",\n    region_name=\"us-east-1\")\n"
            f"How do I change it to read my own profile instead of hard-coding keys?")


# --------------------------------------------------------------------------------------------- test negatives
@tpl("test", "negative")
def tn_git_blame(c: Ctx) -> str:
    lines = [f"{c.hexs(8)} ({c.person()} 2026-0{c.num(1, 9)}-1{c.num(0, 9)} {n}) {code}"
             for n, code in enumerate(["def retry(fn):", "    for i in range(3):",
                                       "        return fn()"], 40)]
    return "git blame, who wrote the retry loop?\n" + "\n".join(lines) + f"\nmerged in {c.sha()}"


@tpl("test", "negative")
def tn_azure_correlation(c: Ctx) -> str:
    return (f"Deployment failed. Correlation ID: {c.uuid()}\nTracking ID: {c.uuid()}\nTimestamp: {c.ts()}Z\n"
            f"Code: InvalidTemplateDeployment. What does that usually mean?")


@tpl("test", "negative")
def tn_s3_etags(c: Ctx) -> str:
    rows = [f"2026-02-1{c.num(0, 9)} 09:1{c.num(0, 9)}  {c.num(1000, 99999):>8}  \"{c.hexs(32)}\"  "
            f"exports/part-{i:04d}.parquet"
            for i in range(3)]
    return "listing with ETags, are these md5 sums of the files?\n" + "\n".join(rows)


@tpl("test", "negative")
def tn_known_hosts(c: Ctx) -> str:
    return (f"WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!\nThe fingerprint for the ED25519 key sent by "
            f"the remote "
            f"host is\nSHA256:{c.rs(B64, 43)}.\nknown_hosts line: {c.host()} ssh-ed25519 "
            f"AAAAC3NzaC1lZDI1NTE5AAAAI"
            f"{c.rs(B64, 43)}\nshould I just delete the line?")


@tpl("test", "negative")
def tn_stripe_key_types(c: Ctx) -> str:
    return (f"In Stripe, what's the difference between pk_test_{c.rs(B62, 24)} style keys and the "
            f"sk_live_... "
            f"ones? We only put the publishable one in the mobile app.")


@tpl("test", "negative")
def tn_doc_placeholders(c: Ctx) -> str:
    return ("Explain this snippet from the API docs:\ncurl https://api.example.com/v1/items \\\n"
            "  -H \"Authorization: Bearer <token>\" \\\n  -H \"X-Api-Key: {{api_key}}\" \\\n"
            "  -d '{\"password\": \"YOUR_PASSWORD_HERE\"}'")


@tpl("test", "negative")
def tn_tf_variable_decl(c: Ctx) -> str:
    return ("variable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n\nvariable "
            "\"api_token\" {\n"
            "  type = string\n}\nwhere should the values come from in CI?")


@tpl("test", "negative")
def tn_base64_json(c: Ctx) -> str:
    raw = json.dumps({"page": c.num(1, 9), "sort": "created_at", "dir": "desc"})
    return (f"our pagination cursor looks like {base64.b64encode(raw.encode()).decode()} - is it ok to "
            f"expose this?")


@tpl("test", "negative")
def tn_docker_tags(c: Ctx) -> str:
    return (f"tags in the registry: {c.svc()}:1.{c.num(0, 9)}.{c.num(0, 9)}, {c.svc()}:main-{c.hexs(7)}, "
            f"{c.svc()}:2026{c.num(10, 12)}{c.num(10, 28)}-{c.num(100, 999)}. Write a cleanup policy keeping "
            f"the last 10.")


@tpl("test", "negative")
def tn_password_error_msg(c: Ctx) -> str:
    return ("Users get: 'Password must contain at least 8 characters, one uppercase letter, one number and "
            "one "
            "special character.' Write a friendlier version in English and German.")


@tpl("test", "negative")
def tn_gha_masked(c: Ctx) -> str:
    return ("Run ./deploy.sh\n  env:\n    API_TOKEN: ***\n    DB_PASSWORD: ***\n+ curl -H 'Authorization: "
            "Bearer ***' "
            "https://api.example.com\nError: 404. Is the token even being sent?")


@tpl("test", "negative")
def tn_public_cert(c: Ctx) -> str:
    cert = c.block("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIE", c.num(6, 10))
    return f"when does this certificate expire? how do I check with openssl?\n{cert}"


@tpl("test", "negative")
def tn_arns_ids(c: Ctx) -> str:
    return (f"Policy references arn:aws:iam::{c.rs(DIG, 12)}:role/{c.svc()}-task and KMS key "
            f"arn:aws:kms:eu-west-1:{c.rs(DIG, 12)}:key/{c.uuid()}. Why would decrypt be denied?")


# ------------------------------------------------------------------------------------------------- generation
def _schedule(r: random.Random, templates: list, k: int) -> list:
    """``k`` templates: every one used in turn (shuffled each round) before any repeats."""
    out: list = []
    while len(out) < k:
        batch = list(templates)
        r.shuffle(batch)
        out.extend(batch)
    return out[:k]


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` (default 250) records of ``half`` ("dev" or "test"); ~12 % negatives."""
    if half not in TEMPLATES:
        raise ValueError(f"half must be 'dev' or 'test', not {half!r}")
    n = DEFAULT_N if n is None else n
    r = random.Random(seed + HALF_SEED_OFFSET[half])
    pos = [t for t in TEMPLATES[half] if t[1] != "negative"]
    neg = [t for t in TEMPLATES[half] if t[1] == "negative"]
    n_neg = round(n * NEGATIVE_SHARE)
    order = _schedule(r, pos, n - n_neg) + _schedule(r, neg, n_neg)
    r.shuffle(order)
    records = []
    for i, (name, form, fn) in enumerate(order):
        text, spans = assemble(fn(Ctx(r, half)))
        records.append({"id": f"secrets3-{half}-{i:04d}", "text": text, "spans": spans,
                        "meta": {"template": name, "half": half, "scope": ["SECRET"], "form": form}})
    return records


def main(argv=None) -> int:
    return write_half(generate, "Third secrets corpus (scope SECRET): one half as JSONL.", DEFAULT_SEED, argv,
                      DEFAULT_N)


if __name__ == "__main__":
    raise SystemExit(main())
