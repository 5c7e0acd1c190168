"""secrets corpus 10: credentials inside the machine text people paste into AI assistants and coding agents \
(a tenth secrets author, who never read the scrubber).

Every record opens with a one-line instruction ("why does this compose file fail?") and then pastes machine
text in which a secret sits where no vendor prefix gives it away: ``.env`` files, docker-compose and
Kubernetes manifests (Secrets with base64 ``data:`` and plain ``stringData:``), Helm values, Terraform
tfvars and state, Ansible vars, GitHub Actions and GitLab CI yaml and their job logs,
``curl``/``httpie``/``wget`` commands with headers or basic auth,
connection strings and DSNs (postgres, mysql, mongodb+srv, redis/rediss, amqp, mssql
ODBC, JDBC), Java ``.properties``, Spring ``application.yml``, Laravel/PHP config, Django settings, Rails
credentials, ``.npmrc``/``.pypirc``/``.netrc``/``pip.conf``, git remotes with tokens, SMTP and LDAP settings,
HAR entries and devtools "copy as fetch/curl" requests with cookies and bearer tokens, Jupyter cells,
Postman environments, webhook URLs with the secret in the path or query, PEM private key blocks, htpasswd
lines, router and wpa_supplicant configs, SQL ``CREATE USER ... IDENTIFIED BY`` / ``ALTER ROLE ... PASSWORD``,
shell history. Secrets: random tokens of many alphabets and lengths (hex, base62, base64, url-safe base64,
with and without a vendor-like prefix), JWTs, human passwords (``Winter2024!``, leetspeak, passphrases),
session cookies, signing secrets, private keys.

Labelling rules (only SECRET is labelled; every record has ``meta.scope == ["SECRET"]``):
- the span is the secret value only: not the key name, not the quotes, not ``Bearer ``/``Token ``/``Basic ``;
  in ``user:pass@host`` only the password (as written, percent-encoding included); for HTTP basic auth the
  base64 blob; for a Kubernetes Secret's ``data:`` the base64 value; for a PEM block the base64 body between
  the BEGIN and END lines (one span, newlines inside); an htpasswd line's hash; a ``.netrc`` password.
- every occurrence of a labelled value is labelled (a password pasted twice has two spans).
- usernames, hosts, database names, UUIDs, digests, public keys, placeholders and references are not secrets.

30 % of the records are negatives (``meta.neg_class``) of the same file kinds that tempt a secret detector:
``placeholders`` (``changeme``, ``<your-token>``, ``${DB_PASSWORD}``, ``{{ .Values.x }}``), ``masked``
(``***``, ``xxxxx``, ``REDACTED``), ``vault_refs`` (Vault, AWS/GCP/Azure secret-manager and sealed-secret
references), ``hashes_digests`` (file sha256, git SHAs, image digests, checksums), ``ids_uuids`` (UUIDs, build
and run ids, trace ids), ``public_keys`` (ssh public keys, PEM public keys, certificates' fingerprints),
``doc_examples`` (obviously fake values from docs, ``your_api_key_here``), ``config_noise`` (CSS colours,
feature flags, base64 of non-secret data).
80 % English; 20 % German, French, Spanish, Portuguese or Japanese in the instruction and the comments.

Two halves of 300 with disjoint templates, key names, instruction phrasings and value pools (even pool entries
dev, odd test; random tokens drawn per half):
``python -m benchmarks.secrets_corpus10 --half dev|test [--n N] [--seed S]`` prints JSONL.
"""

import base64
import random
import re
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 1010
TYPES = ("SECRET",)
LANGS = ("en", "de", "fr", "es", "pt", "ja")
NEG_CLASSES = ("placeholders", "masked", "vault_refs", "hashes_digests", "ids_uuids", "public_keys",
               "doc_examples", "config_noise")
NEG_SHARE = 0.30
OPEN, CLOSE = "\x01", "\x02"


def _split(pool, half: str) -> list:
    """Even entries for dev, odd for test."""
    return list(pool[0 if half == "dev" else 1::2])


# ---------------------------------------------------------------------------------------------- value pools
PW_WORDS = ("Winter", "Summer", "Autumn", "Spring", "Falcon", "Tiger", "Maple", "Harbor", "Rocket", "Coffee",
            "Bluebird", "Sunset", "Dragon", "Marmot", "Pepper", "Copper", "Lisbon", "Otter", "Granite",
            "Nebula", "Kestrel", "Mango", "Walrus", "Cobalt", "Juniper", "Pumpkin", "Quartz", "Saturn",
            "Velvet", "Zephyr", "Biscuit", "Tundra", "Hamburg", "Osaka", "Sevilla", "Recife")
PHRASE_WORDS = ("staple", "orbit", "lantern", "meadow", "pickle", "violet", "canyon", "gravel", "saddle",
                "ember", "willow", "thunder", "basket", "ginger", "harvest", "nimbus", "parrot", "quiver",
                "ribbon", "sprocket", "tangle", "umber", "voyage", "wander", "yonder", "zinnia", "anchor",
                "bramble", "cider", "fjord", "glacier", "hazel", "igloo", "jasper", "kettle", "lychee")
HAND_PWS = ("p@ssw0rd-blue", "Tr0ub4dor&3", "letmein!2023", "Qwerty!234zx", "S3cur3P@ss", "iloveyou_88",
            "Adm1n#2022", "hunter2hunter2", "M0nkey$Bus1ness", "Dr@g0nfly77", "Pa55w0rd!!", "Welcome@123",
            "Sommer2023#", "Passw0rt!Berlin", "Motdepasse!75", "Contrasena2024*", "Senha@Forte9",
            "kawaii_neko2023", "Blink182forever", "R00t!Toor99", "gr33nT3a&honey", "N0v3mb3r-rain",
            "ilovemydog!!1", "SuperSecret_42", "Zaq1@wsx", "Azerty!789", "Fussball#1860", "futbol-Boca12",
            "sakura*2024", "Mudar@123", "Dezembro#88", "b4n4n4-Split")
SYMBOLS = "!#$%&*?@-_."
VENDOR_PREFIXES = ("sk_live_", "glpat-", "xoxb-", "SG.", "whsec_", "rk_live_", "shpss_", "dp.st.",
                   "sk-proj-", "ghp_", "npm_", "xoxp-", "dop_v1_", "shpat_", "key-", "pat_")
USERS = ("app", "svc_billing", "deploy", "ci-bot", "admin", "root", "webapp", "etl_loader", "grafana",
         "backup", "reporting", "api_user", "jenkins", "orders_rw", "keycloak", "n8n", "metabase", "airflow",
         "wp_admin", "sa", "postgres", "readonly", "sync", "mailer")
HOSTS = ("db.internal", "10.0.3.14", "pg-prod-01.eu-west-1.rds.amazonaws.com", "mysql.svc.cluster.local",
         "cluster0.x7kq2.mongodb.net", "redis-master", "rabbitmq.infra.lan", "sqlsrv02.corp.local",
         "localhost", "172.18.0.5", "db-replica.staging", "orders-db.c9akciq32.us-east-1.rds.amazonaws.com",
         "postgres", "mariadb", "mq-01.prod", "cache.prod.local")
DBS = ("appdb", "orders", "billing_prod", "analytics", "wordpress", "keycloak", "shop", "inventory",
       "crm_prod", "metrics", "payments", "staging")
ORGS = ("acme-labs", "nordwind-io", "petalsoft", "bluequay", "kiwi-data", "orbitpay", "ferrotech",
        "lumen-hq", "tidewater", "mapleleaf-dev", "quokka-apps", "sunbeam-ai")
REPOS = ("backend", "infra", "web-frontend", "data-pipeline", "mobile-api", "helm-charts", "terraform-aws",
         "scrapers", "billing-service", "auth-gateway")
MAIL_HOSTS = ("smtp.mailgun.org", "smtp.sendgrid.net", "email-smtp.eu-central-1.amazonaws.com",
              "smtp.office365.com", "smtp.gmail.com", "mail.ovh.net", "smtp.postmarkapp.com", "smtp.zoho.eu")
SSIDS = ("FRITZ!Box 7590 KL", "Vodafone-4F2A", "HomeNet_5G", "Livebox-8C31", "MOVISTAR_2B7E", "NOS-9A1C",
         "aterm-6d2f3a-g", "TP-Link_Office", "Buero-Gast", "casa_da_ana")

COMMENTS = {
    "en": {"db": "database", "mail": "mail settings", "api": "third-party API", "prod": "production only",
           "local": "local dev, do not commit", "todo": "TODO move to vault"},
    "de": {"db": "Datenbank", "mail": "Mail-Einstellungen", "api": "externe API", "prod": "nur Produktion",
           "local": "lokal, nicht committen", "todo": "TODO in den Vault verschieben"},
    "fr": {"db": "base de données", "mail": "paramètres mail", "api": "API externe",
           "prod": "prod uniquement", "local": "local, ne pas commiter",
           "todo": "TODO déplacer dans le coffre"},
    "es": {"db": "base de datos", "mail": "correo saliente", "api": "API de terceros",
           "prod": "solo producción", "local": "local, no subir al repo", "todo": "TODO mover a vault"},
    "pt": {"db": "banco de dados", "mail": "configurações de e-mail", "api": "API externa",
           "prod": "somente produção", "local": "local, não commitar", "todo": "TODO mover para o cofre"},
    "ja": {"db": "データベース", "mail": "メール設定", "api": "外部API", "prod": "本番のみ",
           "local": "ローカル用・コミット禁止", "todo": "TODO: Vaultに移す"},
}

# generic instructions in the other languages, {f} is the file name (even entries dev, odd test)
FOREIGN = {
    "de": ("Warum startet {f} nicht?", "Kannst du {f} aufräumen und Fehler finden?",
           "Was ist an dieser {f} falsch?", "Bitte erklär mir {f} Zeile für Zeile.",
           "Wieso bekomme ich mit {f} einen Fehler?", "Kannst du {f} für Produktion umbauen?",
           "Hilfe, {f} funktioniert seit gestern nicht mehr", "Schau dir mal {f} an, was fehlt?"),
    "fr": ("Pourquoi {f} ne marche pas ?", "Tu peux corriger {f} ?", "Qu'est-ce qui cloche dans {f} ?",
           "Explique-moi ce que fait {f} stp", "J'ai une erreur avec {f}, une idée ?",
           "Peux-tu convertir {f} pour la prod ?", "Aide-moi à déboguer {f}",
           "Relis {f} et dis-moi ce qui manque"),
    "es": ("¿Por qué falla {f}?", "¿Me ayudas a arreglar {f}?", "¿Qué está mal en {f}?",
           "Explícame qué hace {f}", "Me da error {f}, ¿alguna idea?", "¿Puedes adaptar {f} a producción?",
           "No consigo que funcione {f}", "Revisa {f} y dime qué falta"),
    "pt": ("Por que {f} não funciona?", "Pode corrigir {f} pra mim?", "O que tem de errado em {f}?",
           "Me explica o que {f} faz", "Está dando erro em {f}, alguma ideia?",
           "Consegue adaptar {f} para produção?", "Não consigo fazer {f} funcionar",
           "Dá uma olhada em {f} e diz o que falta"),
    "ja": ("{f} が動かない理由を教えて", "{f} を直してもらえますか？", "この {f} のどこがおかしい？",
           "{f} の内容を説明してください", "{f} でエラーが出ます。原因は？", "{f} を本番用に書き換えて",
           "{f} がうまく動きません、助けて", "{f} を見て足りない所を教えて"),
}


# ---------------------------------------------------------------------------------------------- generator
class Gen:
    """Values for one record, drawn from ``rng`` and the half's pools; ``s`` marks a secret."""

    def __init__(self, rng: random.Random, half: str, lang: str):
        self.r, self.half, self.lang = rng, half, lang
        self.shapes: list[str] = []

    def s(self, value: str, shape: str = "") -> str:
        if shape:
            self.shapes.append(shape)
        return OPEN + value + CLOSE

    def pick(self, pool):
        return self.r.choice(_split(pool, self.half))

    def cm(self, key: str) -> str:
        return COMMENTS[self.lang][key]

    # random alphabets
    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n: int) -> str:
        return self.chars("0123456789abcdef", n)

    def b62(self, n: int) -> str:
        while True:
            v = self.chars(string.ascii_letters + string.digits, n)
            if re.search(r"\d", v) and re.search(r"[A-Z]", v) and re.search(r"[a-z]", v):
                return v

    def b64(self, nbytes: int, urlsafe: bool = False) -> str:
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()

    def token(self) -> str:
        k = self.r.randrange(9)
        if k == 0:
            return self.s(self.hex(self.r.choice((32, 40, 48, 64))), "hex")
        if k == 1:
            return self.s(self.b62(self.r.randint(20, 48)), "base62")
        if k == 2:
            return self.s(self.b64(self.r.choice((24, 32, 33, 48))), "base64")
        if k == 3:
            return self.s(self.b64(self.r.choice((30, 32, 45)), urlsafe=True).rstrip("="), "base64url")
        if k == 4:
            return self.s(self.pick(VENDOR_PREFIXES) + self.b62(self.r.randint(24, 40)), "prefixed")
        if k == 5:
            return self.s(self.hex(8) + "-" + self.hex(4) + self.b62(20), "mixed")
        if k == 6:
            n = self.r.choice((16, 26, 32))
            return self.s(self.chars(string.ascii_uppercase + "234567", n), "base32")
        if k == 7:
            return self.s(self.b62(self.r.randint(12, 18)) + "." + self.b62(self.r.randint(24, 32)), "dotted")
        return self.s(self.b62(self.r.randint(32, 40)), "base62")

    def raw_pw(self, url_safe: bool = False) -> str:
        while True:
            k = self.r.randrange(5)
            if k == 0:
                v = self.pick(PW_WORDS) + str(self.r.randint(2015, 2026)) + self.r.choice(SYMBOLS[:6])
            elif k == 1:
                w = self.pick(PW_WORDS).translate(str.maketrans("aeoiAEOs", "43014305"))
                v = w + self.r.choice("!#$@*") + str(self.r.randint(1, 99))
            elif k == 2:
                words = [self.pick(PHRASE_WORDS) for _ in range(self.r.randint(3, 4))]
                sep = self.r.choice(("-", ".", "_", ""))
                v = sep.join(w.capitalize() if sep == "" else w for w in words) + str(self.r.randint(1, 9))
            elif k == 3:
                v = self.pick(HAND_PWS)
            else:
                v = self.pick(PW_WORDS).lower() + self.r.choice(SYMBOLS)
                v += self.pick(PHRASE_WORDS).capitalize()
                v += str(self.r.randint(10, 999))
            if len(set(v)) > 5 and (not url_safe or re.fullmatch(r"[\w.~!*-]+", v)):
                return v

    def pw(self, url_safe: bool = False) -> str:
        return self.s(self.raw_pw(url_safe), "password")

    def url_pw(self) -> str:
        """A password as written inside a URL: plain, or percent-encoded when it holds reserved characters."""
        v = self.raw_pw()
        enc = quote(v, safe="~!*-._")
        return self.s(enc, "password")

    def secret_any(self) -> str:
        return self.pw() if self.r.random() < 0.4 else self.token()

    def jwt(self) -> str:
        head = {"alg": self.r.choice(("HS256", "RS256")), "typ": "JWT"}
        body = ('{"sub":"%s","iat":%d,"exp":%d,"scope":"%s"}'
                % (self.hex(12), 1760000000 + self.r.randrange(10**7), 1790000000 + self.r.randrange(10**7),
                   self.r.choice(("read write", "admin", "orders:read", "user"))))

        def enc(t: str) -> str:
            return base64.urlsafe_b64encode(t.encode()).decode().rstrip("=")
        h = enc('{"alg":"%s","typ":"JWT"}' % head["alg"])
        sig = self.b64(32 if head["alg"] == "HS256" else 96, urlsafe=True).rstrip("=")
        return self.s(f"{h}.{enc(body)}.{sig}", "jwt")

    def basic(self, user: str | None = None) -> tuple[str, str]:
        """(marked base64 of user:password, the clear password unmarked)."""
        pw = self.raw_pw()
        blob = base64.b64encode(f"{user or self.pick(USERS)}:{pw}".encode()).decode()
        return self.s(blob, "basic_auth"), pw

    def k8s_b64(self) -> str:
        """A Kubernetes data: value, base64 of a password or token."""
        v = self.raw_pw() if self.r.random() < 0.5 else self.b62(self.r.randint(24, 40))
        return self.s(base64.b64encode(v.encode()).decode(), "k8s_base64")

    def cookie(self) -> str:
        k = self.r.randrange(4)
        if k == 0:
            return self.s("s%3A" + self.b62(32) + "." + self.b64(32).rstrip("=").replace("/", "%2F")
                          .replace("+", "%2B"), "cookie")
        if k == 1:
            return self.s(self.chars(string.ascii_lowercase + string.digits, 32), "cookie")
        if k == 2:
            return self.s(self.b64(48).replace("=", "%3D") + "--" + self.hex(40), "cookie")
        return self.s(self.hex(26), "cookie")

    def pem(self, kind: str) -> str:
        n = {"RSA PRIVATE KEY": 18, "PRIVATE KEY": 16, "EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": 7}[kind]
        raw = bytes(self.r.getrandbits(8) for _ in range(n * 48))
        b = base64.b64encode(raw).decode()
        body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
        head = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
                "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA"}[kind]
        body = head + body[len(head):]
        self.shapes.append("pem")
        return f"-----BEGIN {kind}-----\n{OPEN}{body}{CLOSE}\n-----END {kind}-----"


def assemble(marked: str) -> tuple[str, list[dict]]:
    out, spans, i = [], [], 0
    pos = 0
    while i < len(marked):
        c = marked[i]
        if c == OPEN:
            j = marked.index(CLOSE, i)
            v = marked[i + 1:j]
            spans.append({"type": "SECRET", "start": pos, "end": pos + len(v), "value": v})
            out.append(v)
            pos += len(v)
            i = j + 1
        else:
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), spans


# ---------------------------------------------------------------------------------------------- templates
@dataclass(frozen=True)
class Template:
    name: str
    half: str
    fname: str
    instr: tuple[str, ...]
    fn: Callable[[Gen], str]
    neg_class: str | None = None


TEMPLATES: list[Template] = []


def tpl(half: str, fname: str, *instr: str, neg: str | None = None):
    def wrap(fn):
        TEMPLATES.append(Template(fn.__name__, half, fname, instr, fn, neg))
        return fn
    return wrap


def fence(g: Gen, body: str, lang: str = "") -> str:
    return f"```{lang}\n{body}\n```" if g.r.random() < 0.5 else body


# ------------------------------------------------------------------------------------ dev positives
@tpl("dev", ".env", "why does laravel say no application encryption key?", "clean up this .env for me",
     "my .env isn't being picked up, what's wrong", "sort these env vars by service pls")
def d_env(g: Gen) -> str:
    user = g.pick(USERS)
    lines = [
        "APP_NAME=Shopfront", "APP_ENV=" + g.r.choice(("local", "production", "staging")),
        "APP_KEY=base64:" + g.s(g.b64(32), "laravel_key"), "APP_DEBUG=false", "",
        f"# {g.cm('db')}", "DB_CONNECTION=mysql", f"DB_HOST={g.pick(HOSTS)}", "DB_PORT=3306",
        f"DB_DATABASE={g.pick(DBS)}", f"DB_USERNAME={user}", f"DB_PASSWORD={g.pw()}", "",
        f"# {g.cm('mail')}", f"MAIL_HOST={g.pick(MAIL_HOSTS)}", "MAIL_PORT=587",
        f"MAIL_USERNAME={g.pick(USERS)}", f"MAIL_PASSWORD={g.secret_any()}",
    ]
    if g.r.random() < 0.6:
        lines += ["", f"# {g.cm('api')}", f"PAYMENT_SECRET_KEY={g.token()}", "QUEUE_CONNECTION=redis"]
    return "\n".join(lines)


@tpl("dev", "docker-compose.yml", "why does this compose file fail?",
     "postgres container keeps restarting, compose below", "can you add a healthcheck to this compose")
def d_compose(g: Gen) -> str:
    pw = g.raw_pw(url_safe=True)
    rpw = g.raw_pw(url_safe=True)
    return fence(g, f"""version: "3.8"
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: {g.pick(USERS)}
      POSTGRES_PASSWORD: {g.s(pw, 'password')}
      POSTGRES_DB: {g.pick(DBS)}
  cache:
    image: redis:7-alpine
    command: redis-server --requirepass {g.s(rpw, 'password')}
  api:
    build: .
    # {g.cm('local')}
    environment:
      DATABASE_URL: postgres://app:{g.s(pw)}@db:5432/app
      REDIS_URL: redis://:{g.s(rpw)}@cache:6379/0
      SIGNING_SECRET: "{g.token()}"
    depends_on: [db, cache]""", "yaml")


@tpl("dev", "secret.yaml", "kubectl apply says the secret is invalid, why?",
     "convert this k8s secret to a sealed secret", "is this Secret manifest ok?")
def d_k8s_secret(g: Gen) -> str:
    keys = g.r.sample(["db-password", "api-token", "jwt-secret", "smtp-password", "redis-password"], 3)
    data = "\n".join(f"  {k}: {g.k8s_b64()}" for k in keys)
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: {g.pick(REPOS)}-secrets
  namespace: {g.r.choice(('default', 'prod', 'apps'))}
type: Opaque
data:
{data}"""


@tpl("dev", "values.yaml", "helm upgrade fails with this values.yaml, what did i miss",
     "review my helm values for the bitnami postgres chart")
def d_helm(g: Gen) -> str:
    return fence(g, f"""image:
  repository: ghcr.io/{g.pick(ORGS)}/{g.pick(REPOS)}
  tag: "1.{g.r.randint(0, 30)}.{g.r.randint(0, 9)}"
postgresql:
  auth:
    username: {g.pick(USERS)}
    password: "{g.pw()}"
    postgresPassword: {g.pw()}
ingress:
  enabled: true
  annotations:
    nginx.ingress.kubernetes.io/auth-type: basic
config:
  # {g.cm('api')}
  externalApiKey: {g.token()}
  logLevel: info""", "yaml")


@tpl("dev", "terraform.tfvars", "terraform plan complains about my tfvars",
     "which of these tfvars should be sensitive = true?")
def d_tfvars(g: Gen) -> str:
    return f"""region        = "eu-central-1"
db_username   = "{g.pick(USERS)}"
db_password   = "{g.pw()}"
# {g.cm('api')}
datadog_api_key = "{g.s(g.hex(32), 'hex')}"
cloudflare_api_token = "{g.token()}"
instance_type = "t3.medium\""""


@tpl("dev", ".github/workflows/deploy.yml", "why is my github action not deploying",
     "the deploy job fails at docker login, workflow + log below")
def d_gha(g: Gen) -> str:
    tok = g.raw_pw(url_safe=True) if g.r.random() < 0.3 else g.b62(36)
    mark = g.s(tok, "ci_token")
    return f"""name: deploy
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      REGISTRY_TOKEN: {mark}
    steps:
      - uses: actions/checkout@v4
      - run: echo "{g.s(tok)}" | docker login ghcr.io -u {g.pick(USERS)} --password-stdin

--- log ---
Run echo "{g.s(tok)}" | docker login ghcr.io -u ci-bot --password-stdin
Error response from daemon: Get "https://ghcr.io/v2/": denied: denied
Error: Process completed with exit code 1."""


@tpl("dev", "curl.sh", "this curl returns 401, what header is wrong?", "turn this curl into python requests",
     "convert to httpx async please")
def d_curl(g: Gen) -> str:
    k = g.r.randrange(3)
    if k == 0:
        return (f"curl -X POST https://api.{g.pick(ORGS)}.io/v2/orders \\\n"
                f"  -H 'Authorization: Bearer {g.jwt()}' \\\n"
                "  -H 'Content-Type: application/json' \\\n  -d '{\"sku\": \"A-113\", \"qty\": 2}'")
    if k == 1:
        return (f"curl -u {g.pick(USERS)}:{g.pw()} https://jenkins.{g.pick(ORGS)}.dev/job/nightly/build"
                f"?token={g.token()}")
    blob, _ = g.basic()
    return (f"curl -s -H \"Authorization: Basic {blob}\" -H 'Accept: application/json' "
            f"https://registry.{g.pick(ORGS)}.io/v2/_catalog")


@tpl("dev", "dsn.txt", "why can't my app connect with this connection string?",
     "sqlalchemy says invalid dsn", "which of these DSNs is malformed?")
def d_dsn(g: Gen) -> str:
    u = g.pick(USERS)
    opts = [
        f"postgresql://{u}:{g.url_pw()}@{g.pick(HOSTS)}:5432/{g.pick(DBS)}?sslmode=require",
        f"mysql+pymysql://{g.pick(USERS)}:{g.url_pw()}@{g.pick(HOSTS)}/{g.pick(DBS)}?charset=utf8mb4",
        f"mongodb+srv://{g.pick(USERS)}:{g.url_pw()}@{g.pick(HOSTS)}/{g.pick(DBS)}?retryWrites=true&w=majority",
        f"amqp://{g.pick(USERS)}:{g.url_pw()}@{g.pick(HOSTS)}:5672/%2F",
    ]
    chosen = g.r.sample(opts, g.r.randint(1, 3))
    return "\n".join(chosen) + "\n\nerror: " + g.r.choice(
        ("password authentication failed", "could not translate host name", "Authentication failed."))


@tpl("dev", "application.properties", "spring boot can't connect to the db, my properties:",
     "migrate these properties to yaml")
def d_props(g: Gen) -> str:
    return fence(g, f"""server.port=8080
spring.datasource.url=jdbc:postgresql://{g.pick(HOSTS)}:5432/{g.pick(DBS)}
spring.datasource.username={g.pick(USERS)}
spring.datasource.password={g.pw()}
# {g.cm('mail')}
spring.mail.host={g.pick(MAIL_HOSTS)}
spring.mail.password={g.secret_any()}
app.jwt.signing-key={g.token()}
legacy.jdbc=jdbc:sqlserver://{g.pick(HOSTS)}:1433;databaseName={g.pick(DBS)};user=sa;password={g.pw()}""",
                 "properties")


@tpl("dev", "settings.py", "django says ImproperlyConfigured, settings below",
     "split my django settings into base/prod")
def d_django(g: Gen) -> str:
    sk = g.chars(string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)", 50)
    return fence(g, f"""DEBUG = False
SECRET_KEY = '{g.s(sk, 'django_key')}'
ALLOWED_HOSTS = ['*']

DATABASES = {{
    'default': {{
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': '{g.pick(DBS)}',
        'USER': '{g.pick(USERS)}',
        'PASSWORD': '{g.pw()}',
        'HOST': '{g.pick(HOSTS)}',
    }}
}}
# {g.cm('mail')}
EMAIL_HOST = '{g.pick(MAIL_HOSTS)}'
EMAIL_HOST_PASSWORD = "{g.secret_any()}\"""", "python")


@tpl("dev", ".npmrc", "npm install gets 403 from our private registry", "why does twine upload fail?")
def d_npmrc(g: Gen) -> str:
    if g.r.random() < 0.5:
        return f"""# ~/.npmrc
@{g.pick(ORGS)}:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken={g.token()}
//registry.npmjs.org/:_authToken={g.token()}
always-auth=true"""
    return f"""[distutils]
index-servers = pypi internal

[pypi]
username = __token__
password = pypi-{g.s(g.b64(60, urlsafe=True).rstrip('='), 'prefixed')}

[internal]
repository = https://pypi.{g.pick(ORGS)}.dev/
username = {g.pick(USERS)}
password = {g.pw()}"""


@tpl("dev", ".git/config", "git push asks for my password every time even though the remote has it?",
     "why does git fetch fail")
def d_git(g: Gen) -> str:
    org, repo = g.pick(ORGS), g.pick(REPOS)
    tok = g.r.choice((g.b62(40), "glpat-" + g.b62(20), g.hex(40)))
    return f"""$ git remote -v
origin\thttps://{g.pick(USERS)}:{g.s(tok, 'git_token')}@gitlab.com/{org}/{repo}.git (fetch)
origin\thttps://{g.pick(USERS)}:{g.s(tok)}@gitlab.com/{org}/{repo}.git (push)
$ git push
remote: HTTP Basic: Access denied"""


@tpl("dev", "smtp.ini", "emails aren't sending, here's my smtp config", "is port 465 right for this?")
def d_smtp(g: Gen) -> str:
    return f"""[smtp]
; {g.cm('mail')}
host = {g.pick(MAIL_HOSTS)}
port = {g.r.choice((25, 465, 587, 2525))}
user = {g.pick(USERS)}
pass = {g.pw()}
starttls = yes
from_address = noreply@{g.pick(ORGS)}.io"""


@tpl("dev", "session.har", "the request in this HAR gets logged out randomly, why?",
     "extract the failing request from this har")
def d_har(g: Gen) -> str:
    return f"""{{
  "request": {{
    "method": "GET",
    "url": "https://app.{g.pick(ORGS)}.io/api/me",
    "headers": [
      {{"name": "authorization", "value": "Bearer {g.jwt()}"}},
      {{"name": "cookie", "value": "sessionid={g.cookie()}; theme=dark; _ga=GA1.2.18273.16999"}},
      {{"name": "x-csrftoken", "value": "{g.s(g.b62(32), 'csrf')}"}}
    ]
  }},
  "response": {{"status": 401, "statusText": "Unauthorized"}}
}}"""


@tpl("dev", "analysis.ipynb", "this notebook cell errors with AuthenticationError", "make this cell async")
def d_jupyter(g: Gen) -> str:
    return f"""In [3]:
import requests
api_key = "{g.token()}"
resp = requests.get("https://api.weather-feed.io/v1/forecast", params={{"q": "Lyon", "api_key": api_key}})
resp.json()

AuthenticationError: Incorrect API key provided"""


@tpl("dev", "id_rsa", "ssh says 'invalid format' for this key, is it broken?",
     "why does paramiko reject this key")
def d_pem(g: Gen) -> str:
    kind = g.r.choice(("RSA PRIVATE KEY", "OPENSSH PRIVATE KEY"))
    return (f"$ cat ~/.ssh/deploy_key\n{g.pem(kind)}\n"
            f"$ ssh -i ~/.ssh/deploy_key git@{g.pick(ORGS)}.internal\n"
            "Load key \"/home/ci/.ssh/deploy_key\": invalid format")


@tpl("dev", "init.sql", "mysql says syntax error near IDENTIFIED", "convert this to postgres syntax")
def d_sql(g: Gen) -> str:
    u, db = g.pick(USERS), g.pick(DBS)
    return f"""-- {g.cm('db')}
CREATE USER '{u}'@'%' IDENTIFIED BY '{g.pw()}';
GRANT SELECT, INSERT, UPDATE ON {db}.* TO '{u}'@'%';
CREATE USER 'report'@'10.0.%' IDENTIFIED WITH mysql_native_password BY '{g.pw()}';
FLUSH PRIVILEGES;"""


@tpl("dev", "notify.sh", "my slack webhook returns invalid_token", "post to this webhook from bash")
def d_webhook(g: Gen) -> str:
    up = string.ascii_uppercase + string.digits
    path = f"T0{g.chars(up, 8)}/B0{g.chars(up, 9)}"
    return f"""WEBHOOK=https://hooks.slack.com/services/{path}/{g.s(g.b62(24), 'webhook_path')}
curl -X POST -H 'Content-type: application/json' --data '{{"text":"deploy done"}}' $WEBHOOK
also tried the n8n one: https://n8n.{g.pick(ORGS)}.io/webhook/build?secret={g.token()}"""


@tpl("dev", "group_vars/all.yml", "ansible fails with become password, vars below",
     "how do I encrypt these vars with ansible-vault?")
def d_ansible(g: Gen) -> str:
    return fence(g, f"""---
ansible_user: {g.pick(USERS)}
ansible_become_pass: {g.pw()}
mysql_root_password: "{g.pw()}"
# {g.cm('todo')}
app_secret_key: {g.token()}
nginx_worker_processes: 4""", "yaml")


@tpl("dev", "/etc/config/wireless", "my openwrt wifi doesn't come up after reboot",
     "router config below, why can't clients join")
def d_router(g: Gen) -> str:
    return f"""config wifi-iface 'default_radio0'
\toption device 'radio0'
\toption network 'lan'
\toption mode 'ap'
\toption ssid '{g.pick(SSIDS)}'
\toption encryption 'psk2'
\toption key '{g.pw()}'

config system
\toption hostname 'OpenWrt'
# admin login: root / {g.pw()}"""


# ------------------------------------------------------------------------------------ test positives
@tpl("test", ".env.local", "node can't read my env file, whats wrong",
     "which of these should be in .env.example?", "dotenv loads nothing from this file")
def t_env(g: Gen) -> str:
    lines = [f"# {g.cm('local')}", "NODE_ENV=development", "PORT=3000",
             f"MONGO_URI=mongodb+srv://{g.pick(USERS)}:{g.url_pw()}@{g.pick(HOSTS)}/{g.pick(DBS)}",
             f"JWT_SECRET={g.token()}", f"SESSION_SECRET='{g.token()}'"]
    if g.r.random() < 0.7:
        lines += [f"SENDGRID_KEY=\"{g.token()}\"", f"ADMIN_PASS={g.pw()}"]
    lines += ["LOG_LEVEL=debug"]
    return "\n".join(lines)


@tpl("test", "compose.yaml", "mysql container exits with code 1, compose attached",
     "add a volume for the db to this compose please")
def t_compose(g: Gen) -> str:
    root = g.raw_pw(url_safe=True)
    return fence(g, f"""services:
  mysql:
    image: mysql:8.4
    environment:
      - MYSQL_ROOT_PASSWORD={g.s(root, 'password')}
      - MYSQL_DATABASE={g.pick(DBS)}
  rabbit:
    image: rabbitmq:3-management
    environment:
      RABBITMQ_DEFAULT_USER: {g.pick(USERS)}
      RABBITMQ_DEFAULT_PASS: '{g.pw()}'
  worker:
    image: ghcr.io/{g.pick(ORGS)}/worker:latest
    environment:
      - DB_DSN=root:{g.s(root)}@tcp(mysql:3306)/app
      - AMQP_URL=amqp://{g.pick(USERS)}:{g.url_pw()}@rabbit:5672/""", "yaml")


@tpl("test", "secret-dump.yaml", "my pod can't read this secret, output of kubectl get secret",
     "decode these secret values for me?")
def t_k8s(g: Gen) -> str:
    keys = g.r.sample(["password", "token", "client-secret", "access-key", "webhook-secret"], 2)
    data = "\n".join(f"  {k}: {g.k8s_b64()}" for k in keys)
    return f"""apiVersion: v1
data:
{data}
kind: Secret
metadata:
  creationTimestamp: "2026-0{g.r.randint(1, 9)}-1{g.r.randint(0, 9)}T08:1{g.r.randint(0, 9)}:44Z"
  name: {g.pick(REPOS)}-creds
type: Opaque
---
apiVersion: v1
kind: Secret
metadata:
  name: extra
stringData:
  API_KEY: {g.token()}"""


@tpl("test", "terraform.tfstate", "my tfstate has drift, what's in this resource block?",
     "how do I remove this resource from state?")
def t_tfstate(g: Gen) -> str:
    return f"""{{
  "mode": "managed",
  "type": "aws_db_instance",
  "name": "main",
  "instances": [{{
    "attributes": {{
      "engine": "postgres",
      "username": "{g.pick(USERS)}",
      "password": "{g.pw()}",
      "endpoint": "{g.pick(HOSTS)}:5432"
    }}
  }}]
}},
{{
  "type": "aws_iam_access_key",
  "instances": [{{"attributes": {{"id": "AKIA{g.chars(string.ascii_uppercase + '234567', 16)}",
    "secret": "{g.s(g.b64(30).replace('=', ''), 'aws_secret')}"}}}}]
}}"""


@tpl("test", ".gitlab-ci.yml", "gitlab pipeline fails at the deploy stage, yaml and log",
     "why does my gitlab job say unauthorized")
def t_gitlab(g: Gen) -> str:
    tok = g.b62(g.r.randint(26, 34))
    return f"""variables:
  DEPLOY_TOKEN: "{g.s(tok, 'ci_token')}"
  SENTRY_AUTH: {g.token()}
deploy:
  stage: deploy
  script:
    - curl --fail -H "PRIVATE-TOKEN: $DEPLOY_TOKEN" https://gitlab.{g.pick(ORGS)}.de/api/v4/projects

Job log:
$ curl --fail -H "PRIVATE-TOKEN: {g.s(tok)}" https://gitlab.{g.pick(ORGS)}.de/api/v4/projects
curl: (22) The requested URL returned error: 401"""


@tpl("test", "call.sh", "httpie returns 403, is my header syntax off?", "translate this to a fetch() call")
def t_httpie(g: Gen) -> str:
    k = g.r.randrange(3)
    if k == 0:
        return (f"http POST https://api.{g.pick(ORGS)}.com/v1/sync Authorization:\"Token {g.token()}\" "
                "items:='[1,2]'")
    if k == 1:
        return (f"wget --user={g.pick(USERS)} --password='{g.pw()}' "
                f"https://files.{g.pick(ORGS)}.net/exports/latest.tar.gz")
    return f"http -a {g.pick(USERS)}:{g.pw()} GET https://nexus.{g.pick(ORGS)}.net/service/rest/v1/status"


@tpl("test", "connections.txt", "the odbc driver rejects this connection string",
     "redis client times out with this url, am i using tls right?", "is this jdbc url correct")
def t_dsn(g: Gen) -> str:
    opts = [
        f"Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:{g.pick(HOSTS)},1433;Database={g.pick(DBS)};"
        f"Uid={g.pick(USERS)};Pwd={g.pw()};Encrypt=yes;",
        f"rediss://default:{g.url_pw()}@{g.pick(HOSTS)}:6380/0",
        f"jdbc:mysql://{g.pick(HOSTS)}:3306/{g.pick(DBS)}?user={g.pick(USERS)}&password={g.url_pw()}&useSSL=true",
        f"Server={g.pick(HOSTS)};Database={g.pick(DBS)};User Id={g.pick(USERS)};Password={g.pw()};",
        f"mysql://{g.pick(USERS)}:{g.url_pw()}@{g.pick(HOSTS)}:3306/{g.pick(DBS)}",
    ]
    return "\n\n".join(g.r.sample(opts, g.r.randint(1, 2)))


@tpl("test", "application.yml", "spring won't start, application.yml attached",
     "what does this yml configure?")
def t_spring(g: Gen) -> str:
    return fence(g, f"""spring:
  datasource:
    url: jdbc:postgresql://{g.pick(HOSTS)}/{g.pick(DBS)}
    username: {g.pick(USERS)}
    password: '{g.pw()}'
  rabbitmq:
    password: {g.pw()}
jwt:
  # {g.cm('prod')}
  secret: {g.token()}""", "yaml")


@tpl("test", "config/database.php", "laravel ignores my env, database.php has defaults",
     "why is the mail config not used")
def t_laravel(g: Gen) -> str:
    return f"""<?php
return [
    'mysql' => [
        'driver' => 'mysql',
        'host' => env('DB_HOST', '{g.pick(HOSTS)}'),
        'username' => env('DB_USERNAME', '{g.pick(USERS)}'),
        'password' => env('DB_PASSWORD', '{g.pw()}'),
    ],
    // {g.cm('api')}
    'stripe' => ['secret' => '{g.token()}'],
];"""


@tpl("test", "credentials.yml", "rails credentials:edit shows this, is the format right?",
     "rails says secret_key_base is missing")
def t_rails(g: Gen) -> str:
    return f"""# aws:
aws:
  access_key_id: AKIA{g.chars(string.ascii_uppercase + '234567', 16)}
  secret_access_key: {g.s(g.b64(30).replace('=', ''), 'aws_secret')}

secret_key_base: {g.s(g.hex(128), 'hex')}
smtp_password: {g.pw()}"""


@tpl("test", ".netrc", "heroku cli keeps asking for login, netrc below", "pip can't reach our index")
def t_netrc(g: Gen) -> str:
    if g.r.random() < 0.5:
        return f"""machine api.heroku.com
  login {g.pick(USERS)}@{g.pick(ORGS)}.io
  password {g.token()}
machine ftp.{g.pick(ORGS)}.net login {g.pick(USERS)} password {g.pw()}"""
    return f"""# /etc/pip.conf
[global]
index-url = https://{g.pick(USERS)}:{g.url_pw()}@pypi.{g.pick(ORGS)}.net/simple/
extra-index-url = https://aws:{g.token()}@{g.pick(ORGS)}-1234.d.codeartifact.eu-west-1.amazonaws.com/pypi/x/simple/
timeout = 60"""


@tpl("test", "ldap.conf", "sssd can't bind to ldap, config below", "what does bind_dn mean here?")
def t_ldap(g: Gen) -> str:
    return f"""[domain/corp]
id_provider = ldap
ldap_uri = ldaps://ldap.{g.pick(ORGS)}.local
ldap_default_bind_dn = cn={g.pick(USERS)},ou=services,dc=corp,dc=local
ldap_default_authtok = {g.pw()}
# {g.cm('todo')}
ldap_search_base = dc=corp,dc=local"""


@tpl("test", "request.txt", "copied as fetch from devtools, why does it 403 in node?",
     "I copied this request as cURL from chrome, make it a python script")
def t_devtools(g: Gen) -> str:
    if g.r.random() < 0.5:
        return f"""fetch("https://portal.{g.pick(ORGS)}.com/api/invoices?page=2", {{
  "headers": {{
    "accept": "application/json",
    "authorization": "Bearer {g.jwt()}",
    "cookie": "connect.sid={g.cookie()}; lang=en"
  }},
  "method": "GET"
}});"""
    return f"""curl 'https://shop.{g.pick(ORGS)}.com/cart/update' \\
  -H 'accept: */*' \\
  -b '_session_id={g.cookie()}; cart_currency=EUR' \\
  -H 'x-api-key: {g.token()}' \\
  --data-raw 'qty=3&variant=4411'"""


@tpl("test", "postman_environment.json", "postman env doesn't apply to my requests",
     "convert this postman environment to a .env file")
def t_postman(g: Gen) -> str:
    return f"""{{
  "name": "staging",
  "values": [
    {{"key": "baseUrl", "value": "https://staging.{g.pick(ORGS)}.io", "enabled": true}},
    {{"key": "clientSecret", "value": "{g.token()}", "type": "secret", "enabled": true}},
    {{"key": "adminPassword", "value": "{g.pw()}", "enabled": true}}
  ]
}}"""


@tpl("test", "main.tf", "terraform fails to create the key pair", "does this heredoc need escaping?")
def t_pem(g: Gen) -> str:
    kind = g.r.choice(("EC PRIVATE KEY", "PRIVATE KEY"))
    return f"""resource "tls_private_key" "legacy" {{}}
locals {{
  deploy_key = <<EOT
{g.pem(kind)}
EOT
}}"""


@tpl("test", "migration.sql", "postgres says role already exists, migration below",
     "rewrite these ALTER statements idempotently")
def t_sql(g: Gen) -> str:
    u = g.pick(USERS)
    return f"""-- {g.cm('db')}
ALTER ROLE {u} WITH LOGIN PASSWORD '{g.pw()}';
ALTER USER {g.pick(USERS)} IDENTIFIED BY "{g.pw()}";
GRANT CONNECT ON DATABASE {g.pick(DBS)} TO {u};"""


@tpl("test", "hooks.txt", "discord says 401 unauthorized for this webhook", "how to sign this webhook call")
def t_webhook(g: Gen) -> str:
    wid = "".join(g.r.choice(string.digits) for _ in range(18))
    hook = g.s(g.b64(51, urlsafe=True).rstrip("="), "webhook_path")
    return f"""DISCORD_HOOK=https://discord.com/api/webhooks/1{wid}/{hook}
zapier: https://hooks.zapier.com/hooks/catch/{g.r.randint(100000, 999999)}/abc12x/?api_key={g.token()}"""


@tpl("test", ".htpasswd", "nginx basic auth rejects my login, htpasswd below", "which hash format is this?")
def t_htpasswd(g: Gen) -> str:
    a = "$apr1$" + g.chars(string.ascii_letters + string.digits, 8) + "$" + g.chars(
        string.ascii_letters + string.digits + "./", 22)
    b = "$2y$05$" + g.chars(string.ascii_letters + string.digits + "./", 53)
    return f"""{g.pick(USERS)}:{g.s(a, 'htpasswd')}
{g.pick(USERS)}:{g.s(b, 'htpasswd')}

location /admin {{ auth_basic "restricted"; auth_basic_user_file /etc/nginx/.htpasswd; }}"""


@tpl("test", "wpa_supplicant.conf", "raspberry pi won't join wifi with this config",
     "add a second network to this wpa_supplicant")
def t_wifi(g: Gen) -> str:
    return f"""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
country=DE
network={{
    ssid="{g.pick(SSIDS)}"
    psk="{g.pw()}"
    key_mgmt=WPA-PSK
}}"""


@tpl("test", ".bash_history", "found this in my bash history, what did these commands do?",
     "explain this terminal session")
def t_shell(g: Gen) -> str:
    return f"""  501  export AWS_SECRET_ACCESS_KEY={g.s(g.b64(30).replace('=', ''), 'aws_secret')}
  502  mysql -h {g.pick(HOSTS)} -u{g.pick(USERS)} -p{g.pw()} {g.pick(DBS)}
  503  docker login -u {g.pick(USERS)} -p {g.token()} registry.{g.pick(ORGS)}.io
  504  history | tail"""


# ------------------------------------------------------------------------------------ negatives (dev)
PLACEHOLDERS = ("changeme", "<your-token>", "${DB_PASSWORD}", "{{ .Values.db.password }}", "CHANGE_ME",
                "<password>", "$(cat /run/secrets/db_pw)", "{{ vault_db_password }}", "%(DB_PASS)s",
                "${{ secrets.DEPLOY_TOKEN }}", "$DEPLOY_TOKEN", "{{ env \"API_KEY\" }}", "<INSERT_KEY>",
                "${env:SMTP_PASSWORD}", "#{API_SECRET}", "[REPLACE]")
MASKS = ("********", "***", "xxxxxxxxxxxx", "REDACTED", "[MASKED]", "<redacted>", "••••••••", "XXXX-XXXX",
         "[FILTERED]", "****-****-****")
DOC_FAKES = ("your_api_key_here", "sk_test_yourkeyhere", "YOUR_SECRET", "abc123", "my-secret-password",
             "example-token", "INSERT_API_KEY_HERE", "replace-with-your-key", "dummy", "test1234",
             "<api-key>", "foo:bar")


@tpl("dev", ".env.example", "is this .env.example safe to commit?", "document these env vars",
     neg="placeholders")
def dn_placeholders(g: Gen) -> str:
    ph = _split(PLACEHOLDERS, "dev")
    return f"""# {g.cm('db')}
DB_HOST=localhost
DB_USER=app
DB_PASSWORD={g.r.choice(ph)}
REDIS_URL=redis://:{g.r.choice(ph)}@localhost:6379
API_TOKEN={g.r.choice(ph)}"""


@tpl("dev", "ci.log", "our CI log masks things, is anything leaking here?", neg="masked")
def dn_masked(g: Gen) -> str:
    m = _split(MASKS, "dev")
    return f"""Run docker login -u ci-bot -p {g.r.choice(m)} ghcr.io
WARNING! Using --password via the CLI is insecure.
Login Succeeded
Run psql "postgresql://app:{g.r.choice(m)}@db:5432/app" -c 'select 1'
 ?column?
----------
        1
DATABASE_PASSWORD={g.r.choice(m)}"""


@tpl("dev", "external-secret.yaml", "is this ExternalSecret pointing at the right vault path?",
     "how does this vault reference resolve?", neg="vault_refs")
def dn_vault(g: Gen) -> str:
    acct = g.r.randint(10**11, 10**12 - 1)
    return f"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
spec:
  secretStoreRef: {{name: vault-backend, kind: ClusterSecretStore}}
  data:
    - secretKey: db-password
      remoteRef: {{key: secret/data/{g.pick(REPOS)}/prod, property: password}}
    - secretKey: api-key
      remoteRef: {{key: arn:aws:secretsmanager:eu-west-1:{acct}:secret:prod/api-Xy12Qa}}
# {g.cm('prod')}"""


@tpl("dev", "Dockerfile", "why does my image digest change on every build?", "verify this checksum step",
     neg="hashes_digests")
def dn_hashes(g: Gen) -> str:
    return f"""FROM python:3.12-slim@sha256:{g.hex(64)}
ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini
RUN echo "{g.hex(64)}  /tini" | sha256sum -c -
# built from commit {g.hex(40)}
LABEL org.opencontainers.image.revision="{g.hex(7)}\""""


@tpl("dev", "deploy.log", "what do these ids in the deploy output mean?", neg="ids_uuids")
def dn_ids(g: Gen) -> str:
    def uuid() -> str:
        h = g.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
    return f"""Build ID: {uuid()}
Deployment {uuid()} created for project {g.pick(REPOS)}
request_id={uuid()} trace_id={g.hex(32)} span_id={g.hex(16)}
correlationId: {uuid()}
run #{g.r.randint(1000, 9999)} finished in 3m12s"""


@tpl("dev", "authorized_keys", "can you add this key to authorized_keys for the deploy user?",
     neg="public_keys")
def dn_pub(g: Gen) -> str:
    raw = "AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(32)[:43]
    return f"""ssh-ed25519 {raw} deploy@{g.pick(REPOS)}
host key fingerprint: SHA256:{g.b64(32).rstrip('=')}
# {g.cm('prod')}"""


@tpl("dev", "README.md", "the docs say to set these, do I need all of them?", neg="doc_examples")
def dn_docs(g: Gen) -> str:
    f = _split(DOC_FAKES, "dev")
    return f"""## Configuration
Set your credentials before running:

    export WEATHER_API_KEY={g.r.choice(f)}
    export APP_SECRET={g.r.choice(f)}

Then call `client = Client(api_key="{g.r.choice(f)}")`."""


@tpl("dev", "theme.css", "why are the colours wrong in dark mode?", neg="config_noise")
def dn_noise(g: Gen) -> str:
    logo = base64.b64encode(b'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"/>').decode()
    return f""":root {{
  --primary: #{g.hex(6)};
  --surface: #{g.hex(6)};
  --accent: #{g.hex(3)};
}}
.logo {{ background-image: url("data:image/svg+xml;base64,{logo}"); }}
/* flags: enable_new_checkout=true, beta_search=false */"""


# ------------------------------------------------------------------------------------ negatives (test)
@tpl("test", "templates/deployment.yaml", "does this helm template render the password correctly?",
     neg="placeholders")
def tn_placeholders(g: Gen) -> str:
    ph = _split(PLACEHOLDERS, "test")
    return f"""env:
  - name: SMTP_PASSWORD
    value: "{g.r.choice(ph)}"
  - name: GITHUB_TOKEN
    value: {g.r.choice(ph)}
# {g.cm('todo')}
adminPassword: "{g.r.choice(ph)}\""""


@tpl("test", "plan.txt", "terraform shows sensitive values like this, can I see them?",
     neg="masked")
def tn_masked(g: Gen) -> str:
    m = _split(MASKS, "test")
    return f"""  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {{
      ~ password = (sensitive value)
        username = "app"
    }}
Outputs:
db_password = <sensitive>
api_key = "{g.r.choice(m)}"
smtp_pass = "{g.r.choice(m)}\""""


@tpl("test", "secrets.env", "how do I fetch these from secret manager at runtime?", neg="vault_refs")
def tn_vault(g: Gen) -> str:
    return f"""DB_PASSWORD=vault:secret/data/{g.pick(REPOS)}#password
API_KEY=projects/{g.pick(ORGS)}/secrets/api-key/versions/latest
SMTP_PASS=@Microsoft.KeyVault(SecretUri=https://kv-{g.pick(ORGS)}.vault.azure.net/secrets/smtp/)
TOKEN=op://Engineering/{g.pick(REPOS)}/credential"""


@tpl("test", "SHA256SUMS", "do these checksums match the release?", neg="hashes_digests")
def tn_hashes(g: Gen) -> str:
    return f"""SHA256SUMS
{g.hex(64)}  app-linux-amd64.tar.gz
{g.hex(64)}  app-darwin-arm64.tar.gz
md5: {g.hex(32)}
image: ghcr.io/{g.pick(ORGS)}/{g.pick(REPOS)}@sha256:{g.hex(64)}
merged {g.hex(40)} into main"""


@tpl("test", "summary.json", "the job summary has these ids, which one do I pass to the API?",
     neg="ids_uuids")
def tn_ids(g: Gen) -> str:
    def uuid() -> str:
        h = g.hex(32)
        return f"{h[:8]}-{h[8:12]}-7{h[13:16]}-b{h[17:20]}-{h[20:]}"
    return f"""pipeline_id: {g.r.randint(10**8, 10**9)}
job_uuid: {uuid()}
artifact: build-{g.hex(12)}.zip
x-amzn-RequestId: {uuid()}
installation id {uuid()}"""


@tpl("test", "jwks_pub.pem", "is this the right format for the JWKS public key?", neg="public_keys")
def tn_pub(g: Gen) -> str:
    raw = base64.b64encode(bytes(g.r.getrandbits(8) for _ in range(270))).decode()
    body = "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))
    return f"""-----BEGIN PUBLIC KEY-----
{body}
-----END PUBLIC KEY-----
age recipient: age1{g.chars('023456789acdefghjklmnpqrstuvwxyz', 58)}"""


@tpl("test", "quickstart.md", "this quickstart from the docs doesn't work for me", neg="doc_examples")
def tn_docs(g: Gen) -> str:
    f = _split(DOC_FAKES, "test")
    return f"""```python
import mailclient
mc = mailclient.Client(token="{g.r.choice(f)}")  # replace with your token
mc.send(to="someone@example.com", password="{g.r.choice(f)}")
```
curl -H "X-Api-Key: {g.r.choice(f)}" https://api.example.com/v1/ping"""


@tpl("test", "flags.json", "why is the beta flag not applied?", neg="config_noise")
def tn_noise(g: Gen) -> str:
    payload = base64.b64encode(b'{"locale":"de-DE","tz":"Europe/Berlin"}').decode()
    return f"""{{
  "flags": {{"newOnboarding": true, "darkMode": "rollout-25", "searchV2": false}},
  "brand": {{"primary": "#{g.hex(6)}", "secondary": "rgb(12, 80, 160)"}},
  "defaultsB64": "{payload}",
  "buildNumber": "{g.r.randint(1000, 9999)}"
}}"""


# ---------------------------------------------------------------------------------------------- records
def problems(text: str, spans: list[dict], negative: bool) -> list[str]:
    out = []
    covered = [False] * len(text)
    for s in spans:
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
        if not s["value"] or s["value"] != s["value"].strip():
            out.append("span shape")
    for a, b in zip(spans, spans[1:], strict=False):
        if a["end"] > b["start"]:
            out.append("overlap")
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["value"]) + r"(?!\w)", text):
            if not all(covered[m.start():m.end()]):
                out.append(f"unlabelled repeat: {s['value']}")
    if negative and spans:
        out.append("spans in a negative")
    if not negative and not spans:
        out.append("no spans")
    return out


def _allocation(half: str) -> list[tuple[Template, str]]:
    pos = [t for t in TEMPLATES if t.half == half and not t.neg_class]
    neg = [t for t in TEMPLATES if t.half == half and t.neg_class]
    n = SIZES[half]
    n_neg = round(n * NEG_SHARE)
    slots = [pos[i % len(pos)] for i in range(n - n_neg)] + [neg[i % len(neg)] for i in range(n_neg)]
    foreign = [lang for lang in LANGS[1:] for _ in range(n // 5 // 5)]  # 20 %: 12 a language
    # spread the foreign languages: every 5th slot of the positives and of the negatives
    langs = ["en"] * n
    idx = [i for i in range(n - n_neg) if i % 5 == 2] + [n - n_neg + i for i in range(n_neg) if i % 5 == 2]
    for i, lang in zip(idx, foreign, strict=True):
        langs[i] = lang
    return list(zip(slots, langs, strict=True))


def _instruction(t: Template, g: Gen) -> str:
    if g.lang == "en":
        return g.r.choice(t.instr)
    return g.pick(FOREIGN[g.lang]).format(f=t.fname)


def _record(t: Template, lang: str, half: str, i: int, seed: int) -> dict:
    for attempt in range(50):
        g = Gen(random.Random(f"s10|{seed}|{half}|{i}|{attempt}"), half, lang)
        body = t.fn(g).rstrip()
        first = _instruction(t, g)
        text, spans = assemble(first + g.r.choice(("\n", "\n\n")) + body)
        if not problems(text, spans, bool(t.neg_class)):
            break
    else:
        raise RuntimeError(f"s10 {half} {i} {t.name}: {problems(text, spans, bool(t.neg_class))}")
    meta = {"kind": "negative" if t.neg_class else "positive", "template": t.name, "file": t.fname,
            "lang": lang, "scope": ["SECRET"]}
    if t.neg_class:
        meta["neg_class"] = t.neg_class
    else:
        meta["shapes"] = sorted(set(g.shapes))
    return {"id": f"s10-{half}-{i}", "text": text, "spans": spans, "meta": meta}


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    slots = _allocation(half)
    random.Random(f"s10-order|{seed}|{half}").shuffle(slots)
    n = SIZES[half] if n is None else n
    return [_record(*slots[i % len(slots)], half, i, seed) for i in range(n)]


def pool_values(half: str) -> set[str]:
    """The hand-typed secret material of ``half`` (password and phrase words, whole passwords, prefixes)."""
    return {*_split(PW_WORDS, half), *_split(PHRASE_WORDS, half), *_split(HAND_PWS, half),
            *_split(VENDOR_PREFIXES, half)}


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv, SIZES["dev"])


if __name__ == "__main__":
    sys.exit(main())
