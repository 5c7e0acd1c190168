"""A labelled corpus of prompts that carry credentials, written apart from the scrubber (issue 19).

How secrets really reach ChatGPT/Copilot: pasted stack traces and logs with tokens in headers and URLs,
Jupyter cells, Terraform/Helm/Ansible/Kubernetes manifests, GitHub Actions ``env:``, Postman exports,
``.netrc``, ``~/.aws/credentials``, ``~/.docker/config.json``, ``.git-credentials``, Maven ``settings.xml``,
``wp-config.php``, ``appsettings.json`` connection strings, JDBC/Redis/AMQP/Mongo URIs, SMTP settings, chat
messages ("here's the token, don't share"), IT e-mails with temporary passwords, resets and hints, MFA backup
codes, private keys (PEM, PuTTY, OpenSSH, PGP), vendor API keys with their real prefixes and random bodies,
bearer tokens, cookies, basic-auth headers, Vault tokens, licence keys, Wi-Fi keys, passwords in several
languages. About 15 % of the prompts carry no secret but look-alikes: hashes, UUIDs, versions, placeholders
(``<token>``, ``${VAR}``, ``****``), password policies.

Two halves with disjoint templates: ``dev`` (may be looked at and tuned on) and ``test`` (aggregate numbers
only, never its misses). Values are random per record (seeded per half). Gold spans are SECRET and cover the
value only, never its cue; records carry ``meta.scope = ["SECRET"]`` (other detections are not scored).

    .venv/bin/python -m benchmarks.secrets_corpus --half dev [--n 120] [--seed S]
"""

import base64
import hashlib
import json
import random
import re
import string

from benchmarks.halves_cli import write_half

DEFAULT_SEED = 5150419
SIZES = {"dev": 120, "test": 120}
HALVES = ("dev", "test")

ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"

# Word pools for passwords and passphrases, one per half (no overlap).
WORDS = {
    "dev": ("harbor", "maple", "falcon", "granite", "velvet", "orchid", "tundra", "cobalt", "saffron",
            "meadow", "lantern", "pickle", "rocket", "glacier", "thunder", "biscuit", "walrus", "mango",
            "pepper", "violet"),
    "test": ("canyon", "otter", "crimson", "willow", "nebula", "pretzel", "quartz", "badger", "sunset",
             "juniper", "marble", "pirate", "cactus", "ember", "dolphin", "waffle", "zephyr", "lemon",
             "anchor", "indigo"),
}
SEASONS = ("Spring", "Summer", "Autumn", "Winter", "Fall", "Sommer", "Printemps", "Invierno")
USERS = ("deploy", "admin", "svc_backup", "app", "jenkins", "ci-bot", "root", "etl_user", "reporting",
         "webapp")
HOSTS = ("db.internal.example.net", "10.20.3.41", "prod-db-02.corp.local", "redis.staging.svc", "mq.acme.io",
         "cluster0.x7k2p.mongodb.net", "smtp.office365.com", "mail.example.org", "192.168.10.5",
         "pg-main.lan")


class Values:
    def __init__(self, seed: int, half: str):
        self.rng = random.Random(f"secrets-corpus-{seed}-{half}")
        self.half = half

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def digits(self, n: int) -> str:
        return self.chars(string.digits, n)

    def b64(self, nbytes: int) -> str:
        return base64.b64encode(bytes(self.rng.randrange(256) for _ in range(nbytes))).decode()

    # -- secrets (labelled) ------------------------------------------------------------------------------
    def key(self, kind: str) -> str:
        r = self.chars
        table = {
            "aws_id": lambda: self.pick(("AKIA", "ASIA")) + r(B32, 16),
            "aws_secret": lambda: r(B64, 40),
            "aws_session": lambda: "IQoJb3JpZ2luX2Vj" + r(B64, 300),
            "ghp": lambda: self.pick(("ghp_", "gho_", "ghu_", "ghs_", "ghr_")) + r(ALNUM, 36),
            "ghpat": lambda: "github_pat_" + r(ALNUM, 22) + "_" + r(ALNUM, 59),
            "glpat": lambda: "glpat-" + r(URLSAFE, 20),
            "stripe": lambda: self.pick(("sk_live_", "rk_live_", "sk_test_", "whsec_")) + r(ALNUM, 32),
            "openai": lambda: self.pick(("sk-proj-", "sk-svcacct-", "sk-")) + r(URLSAFE, 64),
            "anthropic": lambda: "sk-ant-api03-" + r(URLSAFE, 93) + "AA",
            "slack": lambda: (self.pick(("xoxb-", "xoxp-", "xapp-1-")) + f"{self.digits(11)}-"
                              f"{self.digits(13)}-" + r(ALNUM, 24)),
            "google": lambda: "AIza" + r(URLSAFE, 35),
            "sendgrid": lambda: f"SG.{r(URLSAFE, 22)}.{r(URLSAFE, 43)}",
            "npm": lambda: "npm_" + r(ALNUM, 36),
            "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + r(URLSAFE, 60),
            "hf": lambda: "hf_" + r(string.ascii_letters, 34),
            "twilio_sk": lambda: "SK" + r(HEX, 32),
            "hex32": lambda: r(HEX, 32),
            "hex40": lambda: r(HEX, 40),
            "mailgun": lambda: "key-" + r(HEX, 32),
            "shopify": lambda: self.pick(("shpat_", "shpss_", "shpca_")) + r(HEX, 32),
            "digitalocean": lambda: "dop_v1_" + r(HEX, 64),
            "vault": lambda: "hvs." + r(URLSAFE, 90),
            "doppler": lambda: "dp.st.prd." + r(ALNUM, 40),
            "linear": lambda: "lin_api_" + r(ALNUM, 40),
            "notion": lambda: self.pick(("secret_", "ntn_")) + r(ALNUM, 43),
            "atlassian": lambda: "ATATT3xFfGF0" + r(URLSAFE, 180) + "=" + r(UPNUM, 8),
            "telegram": lambda: f"{self.rng.randint(10**8, 10**10 - 1)}:AA" + r(URLSAFE, 33),
            "discord": lambda: f"M{r(ALNUM, 23)}.{r(URLSAFE, 6)}.{r(URLSAFE, 38)}",
            "azure_storage": lambda: self.b64(64),
            "databricks": lambda: "dapi" + r(HEX, 32),
            "newrelic": lambda: "NRAK-" + r(UPNUM, 27),
            "square": lambda: "EAAA" + r(URLSAFE, 60),
            "grafana": lambda: "glsa_" + r(ALNUM, 32) + "_" + r(HEX, 8),
            "pulumi": lambda: "pul-" + r(HEX, 40),
            "opaque": lambda: r(URLSAFE, self.pick((32, 40, 48))),
            "jwt": self.jwt,
            "session": lambda: self.pick(("s%3A", "")) + r(URLSAFE, 32) + "." + r(URLSAFE, 27),
            "license": lambda: "-".join(r(UPNUM, 5) for _ in range(5)),
            "backup": lambda: self.pick((self.digits(8), f"{r(LOWNUM, 4)}-{r(LOWNUM, 4)}",
                                         f"{self.digits(4)} {self.digits(4)}")),
            "sentry": lambda: r(HEX, 32),
            "bitlocker": lambda: "-".join(self.digits(6) for _ in range(8)),
        }
        return table[kind]()

    def jwt(self) -> str:
        def seg(obj: dict) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")
        head = seg({"alg": self.pick(("HS256", "RS256", "ES256")), "typ": "JWT"})
        body = seg({"sub": self.digits(9), "scope": self.pick(("read write", "admin", "api")),
                    "exp": 1780000000 + self.rng.randint(0, 10**7)})
        return f"{head}.{body}.{self.chars(URLSAFE, 43)}"

    def password(self, kind: str = "") -> str:
        words = WORDS[self.half]
        kind = kind or self.pick(("season", "word", "phrase", "random", "leet", "short"))
        if kind == "season":
            return f"{self.pick(SEASONS)}{self.rng.randint(2015, 2026)}{self.pick('!#$@*?')}"
        if kind == "word":
            word, number = self.pick(words).capitalize(), self.digits(self.rng.randint(2, 4))
            return f"{word}{number}{self.pick(('', '!', '$'))}"
        if kind == "phrase":
            sep = self.pick(("-", " ", "_", "."))
            return sep.join(self.pick(words) for _ in range(self.rng.randint(3, 4)))
        if kind == "leet":
            w = self.pick(words).capitalize().replace("o", "0").replace("a", "@").replace("e", "3")
            return f"{w}{self.digits(2)}{self.pick('!#%&')}"
        if kind == "short":  # what people really use
            return self.pick(words) + self.digits(self.rng.randint(1, 3))
        if kind == "temp":  # IT-issued temporary passwords
            return f"{self.chars(string.ascii_uppercase, 1)}{self.chars(string.ascii_lowercase, 3)}" \
                   f"{self.digits(4)}{self.pick('!#$%')}{self.chars(ALNUM, 2)}"
        pool = ALNUM + "!#$%&*+-=?@^_~"
        while True:
            pw = self.chars(pool, self.rng.randint(12, 24))
            if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw) and any(c.islower() for c in pw):
                return pw

    def pem(self, kind: str) -> str:
        label = {"rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY", "pkcs8": "PRIVATE KEY",
                 "openssh": "OPENSSH PRIVATE KEY", "enc": "ENCRYPTED PRIVATE KEY"}[kind]
        n = {"rsa": 12, "ec": 3, "pkcs8": 10, "openssh": 6, "enc": 10}[kind]
        body = self.b64(48 * n)
        lines = [body[i : i + 64] for i in range(0, len(body), 64)]
        if kind == "openssh":
            lines[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + lines[0][24:]
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"

    def ppk(self) -> str:
        pub = self.b64(150)
        priv = self.b64(330)
        publ = [pub[i : i + 64] for i in range(0, len(pub), 64)]
        privl = [priv[i : i + 64] for i in range(0, len(priv), 64)]
        return ("PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: rsa-key-20240112\n"
                f"Public-Lines: {len(publ)}\n" + "\n".join(publ) + f"\nPrivate-Lines: {len(privl)}\n"
                + "\n".join(privl) + f"\nPrivate-MAC: {self.chars(HEX, 64)}")

    def pgp(self) -> str:
        body = self.b64(48 * 14)
        lines = [body[i : i + 64] for i in range(0, len(body), 64)]
        return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + f"\n={self.b64(3)}\n"
                "-----END PGP PRIVATE KEY BLOCK-----")

    def basic(self) -> str:
        raw = f"{self.pick(USERS)}:{self.password('random')}".encode()
        return base64.b64encode(raw).decode()

    # -- look-alikes (never labelled) ------------------------------------------------------------------
    def lookalike(self, kind: str) -> str:
        r = self.chars
        if kind == "uuid":
            h = r(HEX, 32)
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
        if kind == "sha1":
            return r(HEX, 40)
        if kind == "sha7":
            return r(HEX, 7)
        if kind == "sha256":
            return hashlib.sha256(r(ALNUM, 20).encode()).hexdigest()
        if kind == "md5":
            return hashlib.md5(r(ALNUM, 20).encode()).hexdigest()
        if kind == "version":
            return f"{self.rng.randint(0, 9)}.{self.rng.randint(0, 40)}.{self.rng.randint(0, 20)}"
        if kind == "integrity":
            return "sha512-" + self.b64(64)
        if kind == "reqid":
            return f"req_{r(LOWNUM, 14)}"
        if kind == "order":
            return f"ORD-{self.digits(4)}-{self.digits(6)}"
        raise KeyError(kind)


SLOT = re.compile(r"\[\[(=)?(\w+)(?:\.(\w+))?\]\]")


def render(body: str, values: Values) -> tuple[str, list[dict]]:
    """Fill ``[[kind.arg]]`` slots (labelled SECRET) and ``[[=kind]]`` slots (look-alikes, not labelled)."""
    out: list[str] = []
    spans: list[dict] = []
    pos = last = 0
    for m in SLOT.finditer(body):
        literal = body[last : m.start()]
        out.append(literal)
        pos += len(literal)
        last = m.end()
        neg, kind, arg = m.group(1), m.group(2), m.group(3) or ""
        if neg:
            value, label = values.lookalike(kind), False
        elif kind == "key":
            value, label = values.key(arg), True
        elif kind == "pw":
            value, label = values.password(arg), True
        elif kind == "pem":
            value, label = values.pem(arg or "rsa"), True
        elif kind == "ppk":
            value, label = values.ppk(), True
        elif kind == "pgp":
            value, label = values.pgp(), True
        elif kind == "basic":
            value, label = values.basic(), True
        elif kind == "user":
            value, label = values.pick(USERS), False
        elif kind == "host":
            value, label = values.pick(HOSTS), False
        elif kind == "n":
            value, label = values.digits(int(arg or 4)), False
        else:
            raise KeyError(kind)
        if label:
            spans.append({"type": "SECRET", "start": pos, "end": pos + len(value), "value": value})
        out.append(value)
        pos += len(value)
    out.append(body[last:])
    text = "".join(out)
    for s in spans:
        assert text[s["start"] : s["end"]] == s["value"], "span does not point at its value"
    return text, spans


# ---- templates: (style, text). Each belongs to exactly one half. -------------------------------------------
TEMPLATES: dict[str, list[tuple[str, str]]] = {"dev": [
    ("trace", "Getting this when I run the sync job, any idea?\n\nTraceback (most recent call last):\n"
     "  File \"sync.py\", line 88, in <module>\n    resp = session.get(url, headers=headers)\n"
     "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: "
     "https://api.example-crm.com/v2/contacts?api_key=[[key.opaque]]&page=3"),
    ("log", "why does nginx log show 403 here?\n"
     "10.0.4.17 - - [12/Mar/2025:10:14:22 +0000] \"GET /export?token=[[key.opaque]] HTTP/1.1\" 403 162 \"-\" "
     "\"python-requests/2.31\""),
    ("curl", "this curl works but the same thing in axios gives CORS, help\n\ncurl -X POST "
     "https://api.openai.com/v1/chat/completions \\\n  -H \"Authorization: Bearer [[key.openai]]\" \\\n"
     "  -H \"Content-Type: application/json\" -d '{\"model\": \"gpt-4o\"}'"),
    ("jupyter", "In [3]:\nimport anthropic\nclient = anthropic.Anthropic(api_key=\"[[key.anthropic]]\")\n"
     "msg = client.messages.create(model=\"claude-3-5-sonnet\", max_tokens=200, messages=m)\n\n"
     "why do I get a rate limit error on the first call?"),
    ("terraform", "terraform plan fails with invalid credentials:\n\nprovider \"aws\" {\n  region     = "
     "\"eu-west-1\"\n  access_key = \"[[key.aws_id]]\"\n  secret_key = \"[[key.aws_secret]]\"\n}"),
    ("k8s", "Is this secret manifest right? pod can't read it\n\napiVersion: v1\nkind: Secret\nmetadata:\n"
     "  name: api-creds\ntype: Opaque\nstringData:\n  DB_PASSWORD: \"[[pw.random]]\"\n"
     "  STRIPE_KEY: [[key.stripe]]"),
    ("gha", "my workflow can't push to npm:\n\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n"
     "      NODE_AUTH_TOKEN: [[key.npm]]\n      GH_TOKEN: [[key.ghp]]\n    steps:\n"
     "      - run: npm publish"),
    ("aws", "cat ~/.aws/credentials\n[default]\naws_access_key_id = [[key.aws_id]]\n"
     "aws_secret_access_key = [[key.aws_secret]]\n\n[staging]\nregion = us-east-2\n\nwhy does the CLI "
     "still use the wrong profile?"),
    ("netrc", "heroku login keeps prompting, here's my ~/.netrc:\n\nmachine api.heroku.com\n  login "
     "dev@example.com\n  password [[key.hex32]]\nmachine git.heroku.com\n  login dev@example.com\n"
     "  password [[key.hex32]]"),
    ("docker", "docker pull says unauthorized, this is ~/.docker/config.json:\n{\n  \"auths\": {\n"
     "    \"registry.gitlab.com\": {\n      \"auth\": \"[[basic]]\"\n    }\n  }\n}"),
    ("gitcred", "git keeps asking for my password, .git-credentials has\nhttps://[[user]]:[[key.ghp]]"
     "@github.com\nis that the wrong format?"),
    ("mongo", "MongoServerError: bad auth : authentication failed\nconnection string: mongodb+srv://"
     "[[user]]:[[pw.word]]@[[host]]/orders?retryWrites=true&w=majority"),
    ("jdbc", "spring.datasource.url=jdbc:postgresql://[[host]]:5432/billing?user=[[user]]&password="
     "[[pw.random]]\nspring.jpa.hibernate.ddl-auto=validate\n\nhikari pool times out on startup"),
    ("smtp", "Django won't send mail. settings:\nEMAIL_HOST = 'smtp.sendgrid.net'\nEMAIL_PORT = 587\n"
     "EMAIL_HOST_USER = 'apikey'\nEMAIL_HOST_PASSWORD = '[[key.sendgrid]]'\nEMAIL_USE_TLS = True"),
    ("slack", "[10:42] Priya: here's the token for the staging bot, don't share it pls [[key.slack]]\n"
     "[10:43] Tom: thx\n\ncan you summarise this thread for the standup?"),
    ("it-mail", "Rewrite this more politely:\n\nHi, your account has been created. Username: [[user]]  "
     "Temporary password: [[pw.temp]]  You will be asked to change it at first login. IT Service Desk"),
    ("reset", "My manager texted me \"I reset your VPN password to [[pw.season]] , change it after\" — "
     "how do "
     "I change the VPN password on a Mac?"),
    ("mfa", "Saving my GitHub recovery codes here so I don't lose them, can you format as a table?\n"
     "[[key.backup]]\n[[key.backup]]\n[[key.backup]]\n[[key.backup]]"),
    ("pem", "Paramiko says 'not a valid RSA private key file', this is the key:\n\n[[pem.rsa]]\n\nwhat's "
     "wrong "
     "with it?"),
    ("vault", "export VAULT_ADDR=https://vault.corp.local:8200\nexport VAULT_TOKEN=[[key.vault]]\n"
     "vault kv get secret/payments  -> permission denied, which policy do I need?"),
    ("cookie", "Session expires too early. Request headers from devtools:\nCookie: _ga=GA1.2.1234; "
     "sessionid=[[key.session]]; csrftoken=[[key.opaque]]\nHost: app.internal.io"),
    ("basic", "Jenkins webhook returns 401:\nPOST /generic-webhook-trigger/invoke "
     "HTTP/1.1\nAuthorization: Basic "
     "[[basic]]\nContent-Type: application/json"),
    ("wifi", "Make a sign for the guest room: Wi-Fi network 'Lakehouse-5G', password [[pw.phrase]]"),
    ("license", "Our JetBrains licence stopped working after the update, key is [[key.license]] — "
     "who do I contact?"),
    ("prose-de", "Kannst du das übersetzen? \"Das Passwort für den Drucker-Admin ist [[pw.leet]], bitte "
     "nicht "
     "weitergeben.\""),
    ("prose-fr", "Corrige mon mail : Bonjour, le mot de passe du compte partagé est [[pw.word]] jusqu'à "
     "vendredi."),
    ("redis", "celery worker can't connect: CELERY_BROKER_URL=redis://:[[pw.random]]@[[host]]:6379/0 — "
     "error 'NOAUTH'"),
    ("hf", "from huggingface_hub import login\nlogin(token=\"[[key.hf]]\")\n# 403 on a gated model, why?"),
    ("gcp-key", "client = genai.Client(api_key='[[key.google]]')\nresponse = client.models.generate_content("
     "model='gemini-2.0-flash', contents=q)\nhow do I stream this?"),
    ("shopify", "const shopify = new Shopify({ shopName: 'my-store', accessToken: '[[key.shopify]]' });\n"
     "getting 'Invalid API key or access token', is the scope wrong?"),
    ("telegram", "bot = telebot.TeleBot(\"[[key.telegram]]\")\n@bot.message_handler(commands=['start'])\n"
     "it doesn't reply to /start, why"),
    ("ppk", "Convert this putty key to openssh format please:\n\n[[ppk]]"),
    ("neg", "Add validation: password must be at least 12 characters, contain one uppercase letter, one "
     "digit "
     "and one symbol. Show an error like \"Password: ******** is too weak\"."),
    ("neg", "Why does terraform say the state lock [[=uuid]] is held? I ran `git log` and the last commit is "
     "[[=sha1]], running provider hashicorp/aws v[[=version]]."),
    ("neg", "In CI I have:\nenv:\n  API_KEY: ${{ secrets.API_KEY }}\n  DB_PASSWORD: ${DB_PASSWORD}\n"
     "and curl -H \"Authorization: Bearer <token>\" — how do I mask these in logs?"),
    ("neg", "Rotate the leaked key: the old one was AKIA************ and sk_live_...redacted. Steps to "
     "revoke it in the AWS and Stripe consoles? Keep `password = os.environ[\"DB_PASSWORD\"]` in code."),
    ("neg", "package-lock has \"integrity\": \"[[=integrity]]\" and the tarball sha256 is [[=sha256]]; "
     "is that the same hash?"),
], "test": [
    ("trace", "Exception in thread \"main\" feign.FeignException$Unauthorized: [401] during [GET] to "
     "[https://hooks.internal/api/v1/items?access_token=[[key.opaque]]] [ItemClient#list()]\n"
     "\tat feign.FeignException.clientErrorStatus(FeignException.java:215)\nwhat does this mean?"),
    ("log", "2025-02-11T08:01:55Z DEBUG httpx: > GET /v1/models\n> x-api-key: [[key.anthropic]]\n"
     "< HTTP/1.1 529 Overloaded\nshould I retry with backoff?"),
    ("postman", "Exported Postman collection, why does the auth not carry over?\n{\"auth\": {\"type\": "
     "\"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"[[key.jwt]]\", \"type\": \"string\"}]}}"),
    ("helm", "values.yaml for our chart:\npostgresql:\n  auth:\n    username: [[user]]\n    password: "
     "[[pw.random]]\nredis:\n  password: [[pw.word]]\nthe pod is CrashLoopBackOff, what's missing?"),
    ("ansible", "ansible inventory:\n[web]\n[[host]] ansible_user=[[user]] ansible_password=[[pw.leet]] "
     "ansible_become_pass=[[pw.leet]]\nit fails with 'Missing sudo password'"),
    ("settings-xml", "mvn deploy 401 against nexus. settings.xml:\n<servers>\n  <server>\n"
     "    <id>nexus-releases</id>\n    <username>[[user]]</username>\n    "
     "<password>[[pw.random]]</password>\n"
     "  </server>\n</servers>"),
    ("wp-config", "WordPress white screen after migration. wp-config.php:\ndefine( 'DB_NAME', 'wp_shop' );\n"
     "define( 'DB_USER', '[[user]]' );\ndefine( 'DB_PASSWORD', '[[pw.word]]' );\ndefine( 'DB_HOST', "
     "'localhost' );"),
    ("appsettings", "appsettings.json:\n{\n  \"ConnectionStrings\": {\n    \"Default\": \"Server=tcp:"
     "[[host]],1433;Database=crm;User ID=[[user]];Password=[[pw.random]];Encrypt=True;\"\n  }\n}\n"
     "EF Core migration fails with login failed for user"),
    ("amqp", "pika.exceptions.ProbableAuthenticationError with\nRABBIT_URL = \"amqp://[[user]]:[[pw.short]]@"
     "[[host]]:5672/%2F\"\nany ideas?"),
    ("azure", "az storage blob upload fails. my "
     ".env:\nAZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol"
     "=https;AccountName=acmelogs;AccountKey=[[key.azure_storage]];EndpointSuffix=core.windows.net\""),
    ("discord", "hey can someone check why my bot doesn't come online? client.run('[[key.discord]]')"),
    ("teams", "Message from Jonas in Teams: \"the admin pw for the staging Grafana is [[pw.season]] - delete "
     "this msg after\" -- can you turn that into a reminder for me to rotate it?"),
    ("email-it", "Subject: Your new laptop\n\nHello, your laptop is ready for pickup. Initial Windows "
     "login: [[user]] / [[pw.temp]] . BitLocker recovery key: [[key.bitlocker]]\nPlease summarise."),
    ("hint", "I forgot which one I used. my password hint says 'dog + year', it's probably [[pw.word]] or "
     "[[pw.word]]. how do I reset an Outlook password?"),
    ("backup-codes", "Bitwarden two-step login recovery code: [[key.license]]\nGoogle backup codes:\n"
     "1. [[key.backup]]   2. [[key.backup]]\n3. [[key.backup]]   4. [[key.backup]]\nput these in a nice "
     "printable layout"),
    ("openssh", "ssh -i id_ed25519 fails with 'invalid format'. File contents:\n[[pem.openssh]]"),
    ("pgp", "gpg --import says no valid OpenPGP data found:\n\n[[pgp]]"),
    ("ec", "Apple Sign In keeps rejecting the client secret, here is the .p8 I generated it "
     "from\n[[pem.pkcs8]]"),
    ("gitlab-ci", ".gitlab-ci.yml:\nvariables:\n  DOCKER_AUTH: [[key.glpat]]\n  SONAR_TOKEN: [[key.hex40]]\n"
     "deploy:\n  script: ./deploy.sh\nthe job says 'HTTP Basic: Access denied'"),
    ("pypi", "twine upload fails 403. ~/.pypirc:\n[pypi]\n  username = __token__\n  password = [[key.pypi]]"),
    ("do", "doctl auth init --access-token [[key.digitalocean]]\nError: unable to initialize DigitalOcean "
     "API client"),
    ("databricks", "from databricks import sql\nconn = sql.connect(server_hostname=host, http_path=path, "
     "access_token=\"[[key.databricks]]\")\nhow do I make this async?"),
    ("atlassian", "jira = JIRA(server=\"https://acme.atlassian.net\", basic_auth=(\"ops@acme.io\", "
     "\"[[key.atlassian]]\"))\ngetting 401, token is fresh"),
    ("notion", "NOTION_TOKEN=[[key.notion]]\nLINEAR_API_KEY=[[key.linear]]\nwrite a script that syncs "
     "Linear issues into a Notion database"),
    ("whatsapp-es", "Traduce al inglés: \"Hola, la contraseña del wifi de la oficina es [[pw.phrase]] y la "
     "del router es [[pw.word]]\""),
    ("prose-nl", "Kun je dit netjes maken? wachtwoord voor de gedeelde mailbox: [[pw.leet]] (niet "
     "doorsturen)"),
    ("prose-pt", "Me ajuda a escrever um e-mail: a senha provisória do sistema é [[pw.temp]] e expira em "
     "24h."),
    ("mailgun", "mailgun.messages.create('mg.example.com', data) throws Forbidden — I set "
     "apiKey: '[[key.mailgun]]', username: 'api'"),
    ("grafana-nr", "prometheus remote_write:\n  basic_auth:\n    username: 1234567\n    password: "
     "[[key.grafana]]\nand the New Relic one: license_key: [[key.newrelic]]"),
    ("jupyter-tw", "In [7]:\nclient = Client(\"AC[[=md5]]\", \"[[key.hex32]]\")\nclient.messages.create("
     "to=to, from_=sender, body='hi')\nTwilioRestException: 20003 Authenticate"),
    ("ws-url", "WebSocket closes with 1008: wss://stream.example.io/feed?apikey=[[key.opaque]]&symbols=AAPL"),
    ("neg", "Our password policy: minimum 14 characters, no reuse of the last 5 passwords, rotate every "
     "90 days. Rewrite it as a friendly FAQ entry."),
    ("neg", "docker image digest sha256:[[=sha256]] vs tag v[[=version]]; request id [[=reqid]], order "
     "[[=order]], trace [[=uuid]]. Why does the pull use the old one?"),
    ("neg", "Config template:\nDB_PASSWORD=<your-password-here>\nAPI_KEY=****\nSECRET_KEY=changeme\n"
     "TOKEN=xxxxxxxxxxxxxxxx\nhow should I document these for new devs?"),
    ("neg", "Ansible vault file header: $ANSIBLE_VAULT;1.1;AES256 — what does `{{ vault_db_password }}` "
     "resolve to and how do I run ansible-playbook --ask-vault-pass with kubectl v[[=version]]?"),
    ("neg", "md5 of the file is [[=md5]] and the commit is [[=sha7]] ([[=sha1]]). Explain the difference "
     "between these hashes."),
]}


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default: SIZES[half]) of one half, its templates taken in turn, values from ``seed``."""
    templates = TEMPLATES[half]
    values = Values(seed, half)
    records = []
    for i in range(SIZES[half] if n is None else n):
        k = i % len(templates)
        style, body = templates[k]
        text, spans = render(body, values)
        records.append({"id": f"secrets-{half}-{i}", "text": text, "spans": spans,
                        "meta": {"template": f"{half}-{k}", "style": style, "half": half,
                                 "scope": ["SECRET"]}})
    return records


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, "Write one half of the secrets corpus as JSONL.", DEFAULT_SEED, argv)


if __name__ == "__main__":
    raise SystemExit(main())
