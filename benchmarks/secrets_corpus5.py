"""The fifth secrets corpus: credentials in non-English prose, codes people share, and machine text.

What: prompts an employee might paste into an AI tool, each labelled with its secrets (type ``SECRET``, and
``meta.scope == ["SECRET"]`` so that only secret detections are scored). Three parts:

* people's messages in ten languages (English, German, French, Spanish, Portuguese, Italian, Dutch, Polish,
  Turkish and Japanese written in romaji): onboarding mails, handover notes, tickets and chats that hold
  passwords (with spaces, with quotes, spelled out, split over two lines), passphrases, Wi-Fi keys (the
  network name is never labelled), PINs, door, alarm, gate, locker and safe codes, voicemail PINs, one-time
  codes, recovery and backup code lists;
* machine text: shell history, CI logs, docker-compose and Kubernetes YAML, terraform ``.tfvars``,
  ``.env``, ``.npmrc`` / ``.pypirc`` / ``.netrc``, JDBC, ODBC, Mongo, Redis and AMQP URIs, Jupyter cells,
  Postman and HAR exports, Ansible, stack traces that print their config, iOS plists, cookies and session
  ids, signed URLs (S3, GCS, Azure SAS), webhook URLs, private keys (PEM, OpenSSH, PuTTY) and API keys of some
  seventy vendors in the shapes the vendors document (documented example keys count as secrets);
* negatives (18 %, ``meta.neg_class``): placeholders, environment references, password policies, hashes,
  UUIDs, build ids, versions, order numbers, public keys, Wi-Fi names alone, extensions and room numbers,
  encrypted blobs and masked values.

Labels: one span is the secret value itself: the password, not ``password:``; in a URI with ``user:pass@``
the password; a webhook URL whole (the URL is the credential); a signed URL's signature (and an access key
id in it); a key file whole; each code of a code list apart; each half of a split password apart.

How written: templates are text with markers, ``§name§`` for a secret (labelled) and ``¤name¤`` for filler
(not labelled); ``§name#2§`` is a second, different value of the same kind; a marker repeated in a template
is the same value. Templates fall in families (a language for prose, a genre for machine text, a class for
negatives); within a family the templates go to ``dev`` and ``test`` alternately in the order of a stable
hash of their names, and so do the vendors and the password words, so the halves share no template, no
vendor and no value. Values are drawn fresh per record from ``random.Random(seed + half offset)``.
``python -m benchmarks.secrets_corpus5 --half dev --n 5`` prints JSONL.
"""

import base64
import hashlib
import json
import random
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 250, "test": 250}
DEFAULT_SEED = 50411
_HALF_OFFSET = {"dev": 0, "test": 7919}
TYPES = ("SECRET",)
LANGS = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr", "ja")
NEG_CLASSES = ("placeholder", "env_reference", "policy", "hash", "uuid", "build_id", "version",
               "order_number", "public_key", "ssid_only", "extension_room", "encrypted_blob", "masked")
NEGATIVE_SHARE = 0.18

DIGITS = string.digits
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
LOWER = string.ascii_lowercase
ALPHA = string.ascii_letters
ALNUM = string.ascii_letters + string.digits
LALNUM = string.ascii_lowercase + string.digits
UALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
SYMBOLS = "!#$%&*+-=?@^_~"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def _stable(text: str) -> str:
    """A hash of ``text`` that does not depend on the process (for splitting into halves)."""
    return hashlib.sha256(text.encode()).hexdigest()


def _alternate(names: Sequence[str], family: str) -> dict[str, str]:
    """Each name's half: names in the order of their stable hash go to the halves in turn, starting with the
    half the family's own hash picks."""
    first = int(_stable(family)[0], 16) % 2
    ordered = sorted(names, key=_stable)
    return {name: HALVES[(i + first) % 2] for i, name in enumerate(ordered)}


def _c(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _b64(raw: bytes, url: bool = False, pad: bool = True) -> str:
    out = (base64.urlsafe_b64encode if url else base64.b64encode)(raw).decode()
    return out if pad else out.rstrip("=")


def _rand_bytes(r: random.Random, n: int) -> bytes:
    return bytes(r.randrange(256) for _ in range(n))


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def _uuid(r: random.Random) -> str:
    h = _c(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


# ---------------------------------------------------------------------------------------------------------
# Word pools, split into halves by a stable hash (passwords of one half never borrow the other's words).

_PW_WORDS = ("sonne", "falke", "tiger", "river", "maple", "kaffee", "orange", "bleu", "luna", "cobalt",
             "pixel", "nebula", "harbor", "quartz", "velvet", "summit", "garten", "rocket", "zebra", "mango",
             "delta",
             "winter", "sturm", "forest", "silver", "copper", "amber", "breeze", "canyon", "ember", "glacier",
             "lotus", "marble", "meadow", "onyx", "panda", "raven", "saffron", "tango", "thunder", "walnut",
             "cactus", "dolphin", "falcon", "soleil", "fromage", "playa", "cerveza", "fiets", "kwiat", "kedi",
             "sakura", "neko", "biscotto", "girassol", "tulp", "zamek", "deniz", "yama", "papillon", "nuvola",
             "bosque", "schnee", "wolke", "kasztan", "ruzgar", "hoshi", "molen", "estrela", "farfalla")
_PHRASE_WORDS = ("apple", "battery", "staple", "horse", "correct", "lantern", "pebble", "violet", "copper",
                 "wander", "orbit", "kettle", "meadow", "puzzle", "shadow", "timber", "velvet", "harvest",
                 "anchor", "biscuit", "candle", "dragon", "feather", "gravel", "island", "jungle", "ladder",
                 "marble", "needle", "oyster", "pillow", "quiver", "rocket", "saddle", "tunnel", "umbrella",
                 "valley", "walrus", "yellow", "zipper", "blau", "haus", "maison", "rouge", "perro", "cielo",
                 "casa", "verde", "fiore", "strada", "boom", "fiets", "dom", "kot", "ev", "kapi",
                 "mizu", "sora")


def _half_words(words: Sequence[str], family: str, half: str) -> tuple[str, ...]:
    halves = _alternate(words, family)
    return tuple(w for w in words if halves[w] == half)


# ---------------------------------------------------------------------------------------------------------
# Per-record context: the random source, the half, and values already drawn for a marker.

@dataclass
class _Ctx:
    r: random.Random
    half: str
    cache: dict = field(default_factory=dict)

    def keep(self, key: str, make: Callable[[], object]):
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def word(self) -> str:
        return self.r.choice(_half_words(_PW_WORDS, "pw-words", self.half))

    def phrase_word(self) -> str:
        return self.r.choice(_half_words(_PHRASE_WORDS, "phrase-words", self.half))

    def vendor(self) -> tuple[str, str, str, Callable[[random.Random], str]]:
        return self.keep("vendor", lambda: self.r.choice(_half_vendors(self.half)))


# ---------------------------------------------------------------------------------------------------------
# Secrets people write.

def _human_pw(c: _Ctx) -> str:
    r, w = c.r, c.word()
    pattern = r.randrange(6)
    if pattern == 0:
        return w.capitalize() + str(r.randint(10, 9999)) + r.choice("!#$%&*?@")
    if pattern == 1:
        return w + r.choice("-_.!") + c.word().capitalize() + str(r.randint(1, 99))
    if pattern == 2:
        leet = w.translate(str.maketrans({"a": "@", "e": "3", "o": "0", "i": "1", "s": "$"}))
        return leet.capitalize() + str(r.randint(2015, 2026))
    if pattern == 3:
        return r.choice("!?#") + w.upper()[:3] + w[3:] + str(r.randint(100, 999))
    if pattern == 4:
        return w.capitalize() + c.word().capitalize() + r.choice(SYMBOLS) + str(r.randint(1, 9))
    return _c(r, ALNUM, r.randint(3, 5)) + w + _c(r, DIGITS, 2) + r.choice("!#%*")


def _s_pw(c): return _human_pw(c)


def _s_pwr(c):
    """A generated password: letters, digits and symbols that shells and YAML take unquoted."""
    r = c.r
    body = [r.choice(string.ascii_uppercase), r.choice(LOWER), r.choice(DIGITS), r.choice("!%*+-=@^_~")]
    body += [r.choice(ALNUM + "!%*+-=@^_~") for _ in range(r.randint(10, 20))]
    r.shuffle(body)
    return r.choice(ALPHA) + "".join(body)


def _s_pwu(c):
    """A password that goes into a URI unescaped."""
    return _c(c.r, ALPHA, 1) + _c(c.r, ALNUM + "-_.~", c.r.randint(12, 22)) + _c(c.r, DIGITS, 1)


def _s_pws(c):
    """A password with spaces in it."""
    r = c.r
    words = [c.word().capitalize(), c.word(), c.word().capitalize()][: r.choice((2, 3))]
    return " ".join(words) + " " + str(r.randint(1, 999)) + r.choice(("!", "?", "", "#"))


def _s_pwq(c):
    """A password with a quote or an apostrophe inside it."""
    r = c.r
    inner = r.choice(("'", '"', "`", "'"))
    return c.word().capitalize() + inner + c.word() + r.choice(SYMBOLS) + str(r.randint(1, 99))


def _digits(c: _Ctx, n: int) -> str:
    while True:
        d = _c(c.r, DIGITS, n)
        if len(set(d)) > 1 and d not in "0123456789" and d not in "9876543210":
            return d


def _s_pin4(c): return _digits(c, 4)


def _s_pin6(c): return _digits(c, 6)


def _s_puk(c): return _digits(c, 8)


def _s_code(c): return _digits(c, c.r.choice((4, 4, 5, 6)))


def _s_otp(c): return _digits(c, 6)


def _s_combo(c):
    r = c.r
    return r.choice(("-", "-", " ", "/")).join(f"{r.randint(0, 59):02d}" for _ in range(3))


def _s_wifi(c):
    r = c.r
    style = r.randrange(4)
    if style == 0:
        return _c(r, ALNUM, r.randint(12, 20))
    if style == 1:
        return c.word().capitalize() + c.word() + str(r.randint(10, 99)) + r.choice(("!", "", "#"))
    if style == 2:
        return "-".join(_c(r, UALNUM, 4) for _ in range(4))
    return _c(r, UHEX, 26)


def _s_phrase(c):
    r = c.r
    sep = r.choice((" ", " ", "-", "."))
    return sep.join(c.phrase_word() for _ in range(r.randint(4, 6)))


def _s_frag(c):
    return _c(c.r, ALNUM + "!#%*", c.r.randint(7, 10))


def _s_spelled(c):
    """A password spelled out letter by letter (hyphens) or by the NATO alphabet."""
    r = c.r
    raw = _c(r, LALNUM, r.randint(8, 11))
    if r.random() < 0.5:
        return "-".join(ch.upper() if r.random() < 0.3 else ch for ch in raw)
    nato = dict(zip(LOWER, ("Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike "
                            "November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey "
                            "X-ray Yankee Zulu").split(), strict=True))
    digits = "Zero One Two Three Four Five Six Seven Eight Nine".split()
    return " ".join(nato[ch] if ch.isalpha() else digits[int(ch)] for ch in raw)


def _s_recov(c):
    return _c(c.r, LALNUM, 5) + "-" + _c(c.r, LALNUM, 5)


def _code_list(c: _Ctx, make: Callable[[], str], bullet: Callable[[int], str], count: int) -> list:
    """Codes, one a line, each its own span; ``bullet(i)`` is the plain text before code ``i``."""
    parts: list = []
    for i in range(count):
        if i:
            parts.append(("", "\n"))
        parts.append(("", bullet(i)))
        parts.append(make())
    return [p for p in parts if p != ("", "")]


def _s_backup(c):
    r = c.r
    style = r.randrange(3)
    if style == 0:  # Google: 8 digits in two groups
        return _code_list(c, lambda: _c(r, DIGITS, 4) + " " + _c(r, DIGITS, 4), lambda i: f"{i + 1}. ", 10)
    if style == 1:  # 10 digits
        return _code_list(c, lambda: _c(r, DIGITS, 10), lambda i: "- ", 8)
    return _code_list(c, lambda: _c(r, UALNUM, 4) + "-" + _c(r, UALNUM, 4), lambda i: "", 8)


def _s_recov_list(c):
    return _code_list(c, lambda: _s_recov(c), lambda i: "", 16)


# ---------------------------------------------------------------------------------------------------------
# Keys and tokens of vendors (name, display name, environment variable, generator), split by hash.

def _openai(r): return "sk-proj-" + _c(r, B64URL, 74) + "T3BlbkFJ" + _c(r, B64URL, 74)


def _discord_bot(r):
    user_id = str(r.randint(10**17, 10**18 - 1))
    return _b64(user_id.encode(), pad=False) + "." + _c(r, B64URL, 6) + "." + _c(r, B64URL, 38)


def _mapbox_secret(r):
    claims = json.dumps({"u": "ops" + _c(r, LOWER, 4), "a": _c(r, LALNUM, 25)})
    head = _b64(claims.encode(), url=True, pad=False)
    return "sk." + head + "." + _c(r, B64URL, 22)


def _elastic(r): return _b64((_c(r, B64URL, 20) + ":" + _c(r, B64URL, 22)).encode())


_VENDORS: tuple[tuple[str, str, str, Callable[[random.Random], str]], ...] = (
    ("github-classic", "GitHub", "GITHUB_TOKEN", lambda r: "ghp_" + _c(r, ALNUM, 36)),
    ("github-fine", "GitHub", "GH_PAT",
     lambda r: "github_pat_11" + _c(r, UALNUM, 20) + "_" + _c(r, ALNUM, 59)),
    ("gitlab", "GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + _c(r, B64URL, 20)),
    ("slack-bot", "Slack", "SLACK_BOT_TOKEN",
     lambda r: f"xoxb-{_c(r, DIGITS, 12)}-{_c(r, DIGITS, 13)}-{_c(r, ALNUM, 24)}"),
    ("slack-user", "Slack", "SLACK_USER_TOKEN",
     lambda r: f"xoxp-{_c(r, DIGITS, 12)}-{_c(r, DIGITS, 12)}-{_c(r, DIGITS, 13)}-{_c(r, HEX, 32)}"),
    ("stripe-secret", "Stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_51" + _c(r, ALNUM, 97)),
    ("stripe-restricted", "Stripe", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_" + _c(r, ALNUM, 24)),
    ("openai", "OpenAI", "OPENAI_API_KEY", _openai),
    ("anthropic", "Anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + _c(r, B64URL, 93) + "AA"),
    ("google-api", "Google Maps", "GOOGLE_MAPS_API_KEY", lambda r: "AIza" + _c(r, B64URL, 35)),
    ("sendgrid", "SendGrid", "SENDGRID_API_KEY",
     lambda r: "SG." + _c(r, B64URL, 22) + "." + _c(r, B64URL, 43)),
    ("twilio-token", "Twilio", "TWILIO_AUTH_TOKEN", lambda r: _c(r, HEX, 32)),
    ("twilio-apikey", "Twilio", "TWILIO_API_KEY_SECRET", lambda r: "SK" + _c(r, HEX, 32)),
    ("mailgun", "Mailgun", "MAILGUN_API_KEY", lambda r: "key-" + _c(r, HEX, 32)),
    ("mailchimp", "Mailchimp", "MAILCHIMP_API_KEY", lambda r: _c(r, HEX, 32) + "-us" + str(r.randint(1, 21))),
    ("npm", "npm", "NPM_TOKEN", lambda r: "npm_" + _c(r, ALNUM, 36)),
    ("pypi", "PyPI", "PYPI_API_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + _c(r, B64URL, r.randint(140, 170))),
    ("huggingface", "Hugging Face", "HF_TOKEN", lambda r: "hf_" + _c(r, ALPHA, 34)),
    ("shopify", "Shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + _c(r, HEX, 32)),
    ("shopify-secret", "Shopify", "SHOPIFY_API_SECRET", lambda r: "shpss_" + _c(r, HEX, 32)),
    ("digitalocean", "DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + _c(r, HEX, 64)),
    ("datadog", "Datadog", "DD_API_KEY", lambda r: _c(r, HEX, 32)),
    ("newrelic", "New Relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + _c(r, UALNUM, 27)),
    ("sentry", "Sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntryu_" + _c(r, HEX, 64)),
    ("atlassian", "Jira", "JIRA_API_TOKEN",
     lambda r: "ATATT3xFfGF0" + _c(r, B64URL, 170) + "=" + _c(r, UHEX, 8)),
    ("vault", "HashiCorp Vault", "VAULT_TOKEN", lambda r: "hvs.CAESI" + _c(r, B64URL, 86)),
    ("terraform-cloud", "Terraform Cloud", "TFE_TOKEN",
     lambda r: _c(r, ALNUM, 14) + ".atlasv1." + _c(r, ALNUM, 67)),
    ("pulumi", "Pulumi", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + _c(r, HEX, 40)),
    ("linear", "Linear", "LINEAR_API_KEY", lambda r: "lin_api_" + _c(r, ALNUM, 40)),
    ("notion", "Notion", "NOTION_TOKEN", lambda r: "ntn_" + _c(r, DIGITS, 11) + _c(r, ALNUM, 35)),
    ("airtable", "Airtable", "AIRTABLE_TOKEN", lambda r: "pat" + _c(r, ALNUM, 14) + "." + _c(r, HEX, 64)),
    ("discord-bot", "Discord", "DISCORD_BOT_TOKEN", _discord_bot),
    ("telegram", "Telegram", "TELEGRAM_BOT_TOKEN", lambda r: _c(r, DIGITS, 10) + ":AA" + _c(r, B64URL, 33)),
    ("postman", "Postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + _c(r, HEX, 24) + "-" + _c(r, HEX, 34)),
    ("figma", "Figma", "FIGMA_TOKEN", lambda r: "figd_" + _c(r, B64URL, 40)),
    ("cloudflare", "Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: _c(r, B64URL, 40)),
    ("square", "Square", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + _c(r, B64URL, 60)),
    ("braintree", "Braintree", "BRAINTREE_ACCESS_TOKEN",
     lambda r: "access_token$production$" + _c(r, LALNUM, 16) + "$" + _c(r, HEX, 32)),
    ("okta", "Okta", "OKTA_API_TOKEN", lambda r: "00" + _c(r, B64URL, 40)),
    ("dropbox", "Dropbox", "DROPBOX_ACCESS_TOKEN", lambda r: "sl.B" + _c(r, B64URL, 134)),
    ("grafana", "Grafana", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + _c(r, ALNUM, 32) + "_" + _c(r, HEX, 8)),
    ("databricks", "Databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + _c(r, HEX, 32)),
    ("age", "age / SOPS", "SOPS_AGE_KEY", lambda r: "AGE-SECRET-KEY-1" + _c(r, BECH32, 58)),
    ("alibaba", "Alibaba Cloud", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda r: _c(r, ALNUM, 30)),
    ("contentful", "Contentful", "CONTENTFUL_MANAGEMENT_TOKEN", lambda r: "CFPAT-" + _c(r, B64URL, 43)),
    ("replicate", "Replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + _c(r, ALNUM, 37)),
    ("groq", "Groq", "GROQ_API_KEY", lambda r: "gsk_" + _c(r, ALNUM, 52)),
    ("perplexity", "Perplexity", "PPLX_API_KEY", lambda r: "pplx-" + _c(r, ALNUM, 48)),
    ("dockerhub", "Docker Hub", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + _c(r, B64URL, 27)),
    ("supabase", "Supabase", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + _c(r, HEX, 40)),
    ("planetscale", "PlanetScale", "PLANETSCALE_SERVICE_TOKEN", lambda r: "pscale_tkn_" + _c(r, B64URL, 43)),
    ("mistral", "Mistral", "MISTRAL_API_KEY", lambda r: _c(r, ALNUM, 32)),
    ("cohere", "Cohere", "COHERE_API_KEY", lambda r: _c(r, ALNUM, 40)),
    ("algolia", "Algolia", "ALGOLIA_ADMIN_API_KEY", lambda r: _c(r, HEX, 32)),
    ("doppler", "Doppler", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + _c(r, ALNUM, 40)),
    ("netlify", "Netlify", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + _c(r, ALNUM, 36)),
    ("heroku", "Heroku", "HEROKU_API_KEY", lambda r: "HRKU-AA" + _c(r, B64URL, 58)),
    ("fastly", "Fastly", "FASTLY_API_TOKEN", lambda r: _c(r, B64URL, 32)),
    ("circleci", "CircleCI", "CIRCLECI_TOKEN", lambda r: "CCIPAT_" + _c(r, ALNUM, 22) + "_" + _c(r, HEX, 40)),
    ("bitbucket", "Bitbucket", "BITBUCKET_APP_PASSWORD",
     lambda r: "ATBB" + _c(r, ALNUM, 28) + _c(r, UHEX, 8)),
    ("mapbox", "Mapbox", "MAPBOX_SECRET_TOKEN", _mapbox_secret),
    ("fcm", "Firebase Cloud Messaging", "FCM_SERVER_KEY",
     lambda r: "AAAA" + _c(r, B64URL, 7) + ":APA91b" + _c(r, B64URL, 134)),
    ("elastic", "Elastic Cloud", "ELASTIC_API_KEY", _elastic),
    ("rubygems", "RubyGems", "GEM_HOST_API_KEY", lambda r: "rubygems_" + _c(r, HEX, 48)),
    ("nuget", "NuGet", "NUGET_API_KEY", lambda r: "oy2" + _c(r, LALNUM, 43)),
    ("launchdarkly", "LaunchDarkly", "LD_SDK_KEY", lambda r: "sdk-" + _uuid(r)),
    ("plaid", "Plaid", "PLAID_SECRET", lambda r: _c(r, HEX, 30)),
    ("asana", "Asana", "ASANA_PAT", lambda r: f"2/{_c(r, DIGITS, 16)}/{_c(r, DIGITS, 16)}:{_c(r, HEX, 32)}"),
    ("clickup", "ClickUp", "CLICKUP_API_TOKEN", lambda r: "pk_" + _c(r, DIGITS, 8) + "_" + _c(r, UALNUM, 32)),
    ("deepseek", "DeepSeek", "DEEPSEEK_API_KEY", lambda r: "sk-" + _c(r, HEX, 32)),
    ("xai", "xAI", "XAI_API_KEY", lambda r: "xai-" + _c(r, ALNUM, 80)),
    ("zendesk", "Zendesk", "ZENDESK_API_TOKEN", lambda r: _c(r, ALNUM, 40)),
)
_VENDOR_HALF = _alternate([v[0] for v in _VENDORS], "vendors")


def _half_vendors(half: str) -> tuple:
    return tuple(v for v in _VENDORS if _VENDOR_HALF[v[0]] == half)


def vendors(half: str) -> tuple[str, ...]:
    """The names of the vendors whose keys the ``half`` draws."""
    return tuple(v[0] for v in _half_vendors(half))


def _s_vkey(c): return c.keep("vkey", lambda: c.vendor()[3](c.r))


def _f_vname(c): return c.vendor()[1]


def _f_venv(c): return c.vendor()[2]


# ---------------------------------------------------------------------------------------------------------
# Named keys and tokens used by the machine-text templates.

def _s_ghp(c): return "ghp_" + _c(c.r, ALNUM, 36)


def _s_ghs(c): return "ghs_" + _c(c.r, ALNUM, 36)


def _s_glpat(c): return "glpat-" + _c(c.r, B64URL, 20)


def _s_aws_id(c): return c.keep("aws_id", lambda: "AKIA" + _c(c.r, UALNUM, 16))


def _s_aws_secret(c): return _c(c.r, B64, 40)


def _s_npm(c): return "npm_" + _c(c.r, ALNUM, 36)


def _s_pypi(c): return "pypi-AgEIcHlwaS5vcmc" + _c(c.r, B64URL, c.r.randint(140, 170))


def _s_google_key(c): return "AIza" + _c(c.r, B64URL, 35)


def _s_jenkins(c): return "11" + _c(c.r, HEX, 32)


def _s_hex32(c): return _c(c.r, HEX, 32)


def _s_hex64(c): return _c(c.r, HEX, 64)


def _s_django(c): return "django-insecure-" + _c(c.r, LALNUM + "!@#%^&*(-_=+)", 50)


def _s_b64pw(c): return _b64(_s_pwr(c).encode())


def _s_basic(c): return _b64(f"{c.r.choice(('deploy', 'ci-bot', 'svc_build', 'admin'))}:{_s_pwr(c)}".encode())


def _s_azure_key(c): return _b64(_rand_bytes(c.r, 64))


def _s_azure_client_secret(c):
    return _c(c.r, ALNUM, 3) + "8Q~" + _c(c.r, B64URL + ".~", 34)


def _s_vault_pw(c): return _c(c.r, ALNUM + "!%+=-_", c.r.randint(24, 40))


def _s_sendgrid(c): return "SG." + _c(c.r, B64URL, 22) + "." + _c(c.r, B64URL, 43)


def _s_jwt(c):
    r = c.r
    alg = r.choice(("HS256", "RS256", "ES256"))
    header = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        header["kid"] = _c(r, B64URL, 16)
    now = r.randint(1_735_000_000, 1_770_000_000)
    payload = {"sub": _uuid(r) if r.random() < 0.5 else str(r.randint(10000, 999999)),
               "iss": r.choice(("https://auth.internal.example", "https://login.microsoftonline.com/common/v2.0",
                                "https://accounts.example.io")),
               "iat": now, "exp": now + r.choice((900, 3600, 86400)),
               "scope": r.choice(("read write", "api"))}
    sig_len = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    return ".".join((_b64(json.dumps(header, separators=(",", ":")).encode(), url=True, pad=False),
                     _b64(json.dumps(payload, separators=(",", ":")).encode(), url=True, pad=False),
                     _b64(_rand_bytes(r, sig_len), url=True, pad=False)))


def _s_session(c):
    """A session cookie's value (Django, PHP, Java, Express, ASP.NET or Rails shapes)."""
    r = c.r
    return r.choice((lambda: _c(r, LALNUM, 32), lambda: _c(r, LALNUM, 26), lambda: _c(r, UHEX, 32),
                     lambda: "s%3A" + _c(r, B64URL, 32) + "." + _c(r, B64, 43),
                     lambda: _c(r, LALNUM, 24), lambda: _c(r, B64, 180) + "--" + _c(r, HEX, 40)))()


def _s_sessionid(c): return _c(c.r, LALNUM, 32)


def _s_phpsess(c): return _c(c.r, LALNUM, 26)


def _s_jsession(c): return _c(c.r, UHEX, 32)


def _s_sess_laravel(c):
    iv = _b64(json.dumps({"iv": _b64(_rand_bytes(c.r, 16)), "value": _b64(_rand_bytes(c.r, 48)),
                          "mac": _c(c.r, HEX, 64), "tag": ""}).encode())
    return iv.rstrip("=")


def _s_s3_sig(c): return _c(c.r, HEX, 64)


def _s_gcs_sig(c): return _c(c.r, HEX, 512)


def _s_sas_sig(c): return quote(_b64(_rand_bytes(c.r, 32)), safe="")


def _s_slack_hook(c):
    return (f"https://hooks.slack.com/services/T0{_c(c.r, UALNUM, 8)}/B0{_c(c.r, UALNUM, 9)}/"
            f"{_c(c.r, ALNUM, 24)}")


def _s_discord_hook(c):
    return f"https://discord.com/api/webhooks/{_c(c.r, DIGITS, 19)}/{_c(c.r, B64URL, 68)}"


def _s_teams_hook(c):
    r = c.r
    return (f"https://{r.choice(('contoso', 'acmecorp', 'northwind'))}.webhook.office.com/webhookb2/"
            f"{_uuid(r)}@{_uuid(r)}/IncomingWebhook/{_c(r, HEX, 32)}/{_uuid(r)}/V2{_c(r, B64URL, 43)}")


def _s_zapier_hook(c):
    return f"https://hooks.zapier.com/hooks/catch/{_c(c.r, DIGITS, 7)}/{_c(c.r, LALNUM, 7)}/"


def _s_gchat_hook(c):
    return (f"https://chat.googleapis.com/v1/spaces/AAAA{_c(c.r, B64URL, 7)}/messages?key=AIzaSy"
            f"{_c(c.r, B64URL, 33)}&token={_c(c.r, B64URL, 43)}%3D")


def _s_mm_hook(c):
    host = c.r.choice(("intra.example", "corp.example", "team.example"))
    return f"https://chat.{host}/hooks/{_c(c.r, LALNUM, 26)}"


def _pem(kind: str, der: bytes, indent: str = "") -> str:
    lines = [f"-----BEGIN {kind}-----", *_wrap(_b64(der), 64), f"-----END {kind}-----"]
    return ("\n" + indent).join(lines)


def _rsa_der(r: random.Random) -> bytes:
    return bytes.fromhex("308204a40201000282010100") + _rand_bytes(r, 1180)


def _s_pem_rsa(c): return _pem("RSA PRIVATE KEY", _rsa_der(c.r))


def _s_pem_pkcs8(c):
    prefix = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8")
    return _pem("PRIVATE KEY", prefix + _rand_bytes(c.r, 1190))


def _s_pem_pkcs8_indented(c):
    prefix = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8")
    return _pem("PRIVATE KEY", prefix + _rand_bytes(c.r, 1190), indent="      ")


def _s_pem_ec(c):
    der = (bytes.fromhex("30770201010420") + _rand_bytes(c.r, 32)
           + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + _rand_bytes(c.r, 64))
    return _pem("EC PRIVATE KEY", der)


def _s_openssh(c):
    r = c.r
    blob = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
            b"\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + _rand_bytes(r, 32)
            + b"\x00\x00\x00\x88" + _rand_bytes(r, 4) * 2 + b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20"
            + _rand_bytes(r, 32) + b"\x00\x00\x00\x40" + _rand_bytes(r, 64) + b"\x00\x00\x00\x0e"
            + _c(r, LOWER, 5).encode() + b"@build01\x01\x02\x03\x04\x05")
    return "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----", *_wrap(_b64(blob), 70),
                      "-----END OPENSSH PRIVATE KEY-----"])


def _s_putty(c):
    """A whole PuTTY .ppk file (version 3, unencrypted): the file is the credential."""
    r = c.r
    if r.random() < 0.5:
        algo, pub = "ssh-ed25519", b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + _rand_bytes(r, 32)
        priv = b"\x00\x00\x00\x20" + _rand_bytes(r, 32)
    else:
        algo, pub = "ssh-rsa", b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00"
        pub += _rand_bytes(r, 256)
        priv = b"\x00\x00\x01\x00" + _rand_bytes(r, 600)
    pub_lines, priv_lines = _wrap(_b64(pub), 64), _wrap(_b64(priv), 64)
    return "\n".join([f"PuTTY-User-Key-File-3: {algo}", "Encryption: none",
                      f"Comment: {algo.split('-')[1]}-key-2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
                      f"Public-Lines: {len(pub_lines)}", *pub_lines, f"Private-Lines: {len(priv_lines)}",
                      *priv_lines, f"Private-MAC: {_c(r, HEX, 64)}"])


def _s_gcp_sa_key(c):
    """A service-account JSON's private_key value as JSON writes it (newlines escaped)."""
    prefix = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8")
    return _pem("PRIVATE KEY", prefix + _rand_bytes(c.r, 1190)).replace("\n", "\\n") + "\\n"


# Documented example keys (the vendors' own documentation): still secrets by shape.
def _s_aws_example_id(c): return "AKIAIOSFODNN7EXAMPLE"


def _s_aws_example_secret(c): return "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def _s_stripe_example(c): return "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


# ---------------------------------------------------------------------------------------------------------
# Fillers (never labelled).

def _pick(*options: str) -> Callable[["_Ctx"], str]:
    return lambda c: c.r.choice(options)


def _f_host(c):
    return c.r.choice(("db", "pg", "mysql", "redis", "mq", "api", "git", "vpn", "build")) + "-" + c.r.choice(
        ("prod", "stage", "int", "eu1", "01", "02")) + "." + c.r.choice(("corp.example", "intra.example",
                                                                        "svc.internal", "example.net"))


def _f_ip(c): return f"10.{c.r.randint(0, 60)}.{c.r.randint(0, 254)}.{c.r.randint(2, 250)}"


def _f_ssid(c):
    base = c.r.choice(("Office", "CORP", "Guest", "Lager", "Atelier", "Oficina", "Kantoor", "Biuro", "Ofis",
                       "Jimusho", "Escritorio", "Ufficio"))
    return base + c.r.choice(("-Guest", "_5G", "-2.4", "", "-Staff", "_WLAN"))


def _f_ticket(c): return c.r.choice(("INC", "REQ", "SD-", "IT-", "HD-")) + str(c.r.randint(10000, 999999))


def _f_date(c): return f"2025-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d}"


def _f_ts(c):
    return f"2025-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d}T{c.r.randint(0, 23):02d}:" \
           f"{c.r.randint(0, 59):02d}:{c.r.randint(0, 59):02d}.{_c(c.r, DIGITS, 7)}Z"


def _f_sha40(c): return _c(c.r, HEX, 40)


def _f_sha7(c): return _c(c.r, HEX, 7)


def _f_sha256(c): return _c(c.r, HEX, 64)


def _f_md5(c): return _c(c.r, HEX, 32)


def _f_uuid(c): return _uuid(c.r)


def _f_build(c): return str(c.r.randint(1000, 99999))


def _f_version(c): return f"{c.r.randint(1, 9)}.{c.r.randint(0, 30)}.{c.r.randint(0, 20)}"


def _f_order(c): return c.r.choice(("ORD-", "SO", "A-", "PO-")) + _c(c.r, DIGITS, c.r.randint(6, 9))


def _f_invoice(c): return f"RE-2025-{_c(c.r, DIGITS, 5)}"


def _f_ext(c): return _c(c.r, DIGITS, c.r.choice((3, 4)))


def _f_room(c): return c.r.choice(("B", "C", "2.", "3.", "E")) + str(c.r.randint(10, 420))


def _f_port(c): return str(c.r.choice((5432, 3306, 1433, 1521, 27017, 6379, 5672, 8080)))


def _f_n(c): return str(c.r.randint(101, 2999))


def _f_ssh_pub(c):
    r = c.r
    if r.random() < 0.5:
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + _rand_bytes(r, 32)
        return "ssh-ed25519 " + _b64(blob) + " " + r.choice(("ci@build01", "deploy@bastion", "ops-laptop"))
    blob = b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x81\x00" + _rand_bytes(r, 384)
    return "ssh-rsa " + _b64(blob) + " " + r.choice(("backup@nas", "jenkins@ci", "admin@jump"))


def _f_pub_pem(c):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
    return _pem("PUBLIC KEY", der + _rand_bytes(c.r, 266))


def _f_cert_pem(c):
    return _pem("CERTIFICATE", bytes.fromhex("308203") + _rand_bytes(c.r, 700))


def _f_ansible_vault(c):
    body = _c(c.r, HEX, 80 * 6)
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(_wrap(body, 80))


def _f_sops(c):
    r = c.r
    return (f"ENC[AES256_GCM,data:{_b64(_rand_bytes(r, 18))},iv:{_b64(_rand_bytes(r, 32))},"
            f"tag:{_b64(_rand_bytes(r, 16))},type:str]")


_FILLERS: dict[str, Callable[[_Ctx], str]] = {
    "host": _f_host, "ip": _f_ip, "ssid": _f_ssid, "ticket": _f_ticket, "date": _f_date, "ts": _f_ts,
    "sha40": _f_sha40, "sha7": _f_sha7, "sha256": _f_sha256, "md5": _f_md5, "uuid": _f_uuid,
    "build": _f_build, "version": _f_version, "order": _f_order, "invoice": _f_invoice, "ext": _f_ext,
    "room": _f_room, "port": _f_port, "n": _f_n, "ssh_pub": _f_ssh_pub, "pub_pem": _f_pub_pem,
    "cert_pem": _f_cert_pem, "ansible_vault": _f_ansible_vault, "sops": _f_sops, "vname": _f_vname,
    "venv": _f_venv,
    "user": _pick("svc_backup", "deploy", "admin", "app_rw", "root", "ci-bot", "reporting", "etl_user",
                  "sa", "ops"),
    "system": _pick("SAP", "Jira", "VPN", "NAS", "Confluence", "CRM", "ERP", "Grafana", "Workday",
                    "Nextcloud"),
    "db": _pick("orders", "billing", "crm", "analytics", "inventory", "app"),
    "org": _pick("acme-platform", "northwind-dev", "contoso-data", "example-org"),
    "repo": _pick("billing-api", "infra", "web-shop", "etl-jobs", "mobile-app"),
    "region": _pick("eu-central-1", "eu-west-1", "us-east-1", "ap-northeast-1"),
    "bucket": _pick("acme-reports", "invoices-prod", "exports-eu", "media-uploads", "hr-docs"),
    "account": _pick("acmestorage01", "northwindblob", "contosofiles", "exportsprod"),
    "project": _pick("acme-prod-318207", "data-lake-eu", "web-frontend-77", "ml-sandbox-4421"),
    "city": _pick("Hamburg", "Köln", "Lyon", "Sevilla", "Porto", "Bologna", "Utrecht", "Gdańsk", "İzmir",
                  "Osaka"),
}

_SECRETS: dict[str, Callable[[_Ctx], object]] = {
    name[3:]: fn for name, fn in globals().items() if name.startswith("_s_") and callable(fn)
}


# ---------------------------------------------------------------------------------------------------------
# Templates.

@dataclass(frozen=True)
class _Template:
    name: str
    family: str
    genre: str
    lang: str
    text: str
    neg_class: str | None = None


_ALL: list[_Template] = []


def _t(name: str, family: str, genre: str, lang: str, text: str, neg_class: str | None = None) -> None:
    _ALL.append(_Template(name, family, genre, lang, text, neg_class))


def _n(name: str, neg_class: str, lang: str, text: str) -> None:
    _t(name, "neg:" + neg_class, "negative", lang, text, neg_class)


# ---- People's messages, by language (family = language) ----

_t("en-voicemail", "en", "chat", "en",
   "Quick one before I go on leave: the voicemail PIN for the support line is §pin6§ and the one-time code "
   "the carrier just texted me is §otp§. Can you turn this into a short handover note?")
_t("en-passphrase", "en", "chat", "en",
   "Is this a good passphrase for the shared vault?  §phrase§  — be honest, I can still change it.")
_t("en-backup-codes", "en", "email", "en",
   "Here are my 2FA backup codes in case I lose my phone, can you format them as a table for the "
   "printout?\n\n"
   "§backup§\n\nThanks!")
_t("en-split-line", "en", "chat", "en",
   "the chat client wrapped the db password for ¤host¤, it's one string, no space:\n§frag#1§\n§frag#2§\n"
   "can you write a one-liner that checks it against the server?")
_t("en-quoted-spaces", "en", "ticket", "en",
   "Ticket ¤ticket¤: user says the password \"§pws§\" (yes, with the spaces) stopped working on "
   "¤system¤ after "
   "the update. Draft a reply asking them to reset it.")
_t("en-gate-locker", "en", "email", "en",
   "Welcome to the ¤city¤ site! Gate code: §code§. Your locker is number ¤n¤, combination §combo§. "
   "The alarm code for after-hours is §pin4§ — please don't write it on a sticky note.")
_t("en-recovery-list", "en", "chat", "en",
   "Saving these here so I don't lose them (GitHub recovery codes):\n§recov_list§\nwhich ones have I used?")

_t("de-onboarding", "de", "email", "de",
   "Hallo und willkommen im Team!\n\nDein Laptop ist eingerichtet. Für den ersten Login: Benutzername "
   "¤user¤, das Passwort lautet §pw§ – bitte beim ersten Anmelden ändern.\nDas WLAN heißt ¤ssid¤, der "
   "WLAN-Schlüssel ist §wifi§.\nDer Türcode für den Seiteneingang ist §code§.\n\nViele Grüße\nIT-Service\n\n"
   "Kannst du diese Mail freundlicher formulieren?")
_t("de-ticket", "de", "ticket", "de",
   "Ticket ¤ticket¤: Zugang zu ¤system¤ gesperrt. Neues Kennwort (mit Leerzeichen): §pws§\n"
   "PIN für das Diensthandy: §pin4§. Bitte eine kurze Antwort an den Nutzer formulieren.")
_t("de-vertretung", "de", "handover", "de",
   "Notiz für die Urlaubsvertretung:\n- Alarmanlage Lager ¤city¤: Code §pin6§, danach Taste #\n"
   "- Tresor im Büro: Kombination §combo§\n- Schließfach 14: §pin4§\n- Anrufbeantworter-PIN: §pin4#2§\n"
   "Bitte als Tabelle formatieren.")
_t("de-chat-split", "de", "chat", "de",
   "kurz per chat, weil teams spinnt: das root-passwort für ¤host¤ schick ich in zwei teilen.\n"
   "teil 1: §frag#1§\nteil 2: §frag#2§\nzusammen ohne leerzeichen. passt das zu unserer richtlinie?")

_t("fr-passation", "fr", "handover", "fr",
   "Notes de passation – ¤system¤\n- compte admin : ¤user¤\n- le mot de passe est §pw§\n"
   "- code de la porte du local serveur : §code§\n- digicode du parking : §code#2§\n"
   "Merci de reformuler en un mail propre pour mon remplaçant.")
_t("fr-wifi", "fr", "chat", "fr",
   "Bonjour à tous, le réseau invité est « ¤ssid¤ » et le mot de passe du wifi est « §wifi§ ». Pour "
   "l'imprimante du 2e étage, le code PIN est §pin4§. Tu peux traduire ça en anglais ?")
_t("fr-apostrophe", "fr", "email", "fr",
   "Objet : accès ¤system¤\n\nBonjour,\nvoici le mot de passe provisoire : \"§pwq§\" (attention, il y a un "
   "caractère spécial au milieu). Le code de récupération est §recov§.\nCordialement")
_t("fr-epele", "fr", "chat", "fr",
   "Je te l'épelle au cas où : le mot de passe est §spelled§. Peux-tu vérifier qu'il respecte notre "
   "politique de sécurité ?")

_t("es-wifi", "es", "chat", "es",
   "Hola equipo, la clave del wifi es §wifi§ (red ¤ssid¤). El código de la alarma es §pin4§ y hay que "
   "teclearlo antes de 30 segundos. ¿Me lo pasas a un cartel bonito?")
_t("es-ticket", "es", "ticket", "es",
   "Incidencia ¤ticket¤: el usuario ¤user¤ no puede entrar en ¤system¤. Le he puesto la contraseña temporal "
   "§pw§ y el código de un solo uso es §otp§. ¿Me ayudas a redactar la respuesta?")
_t("es-frase", "es", "email", "es",
   "Para el gestor de contraseñas del departamento, la frase de paso maestra es: §phrase§\n"
   "El PIN de la caja fuerte es §pin6§. ¿Es suficientemente segura la frase?")

_t("pt-pin", "pt", "chat", "pt",
   "Oi! O PIN é §pin4§ e a senha do cartão corporativo é §pin6§. Não repassa pra ninguém, tá? "
   "Pode traduzir para o inglês?")
_t("pt-email", "pt", "email", "pt",
   "Prezados,\nsegue o acesso ao ¤system¤: usuário ¤user¤, senha: §pw§\nO código do portão da garagem é "
   "§code§.\nAtenciosamente")
_t("pt-wifi", "pt", "chat", "pt",
   "A senha do wi-fi do escritório mudou, agora é §wifi§. O nome da rede continua ¤ssid¤. "
   "Pode escrever um aviso curto para o mural?")

_t("it-mail", "it", "email", "it",
   "Ciao, ti giro le credenziali di ¤system¤: utente ¤user¤, la password è §pw§\nIl codice del cancello è "
   "§code§. Puoi riscrivere il messaggio in modo più formale?")
_t("it-consegne", "it", "handover", "it",
   "Consegne per chi mi sostituisce:\n• PIN della segreteria telefonica: §pin4§\n• combinazione della "
   "cassaforte: §combo§\n• codice armadietto: §pin4#2§\nGrazie!")
_t("it-passphrase", "it", "chat", "it",
   "La passphrase della chiave GPG è «§phrase§», la metto nel vault più tardi. È abbastanza lunga?")

_t("nl-chat", "nl", "chat", "nl",
   "hoi! het wachtwoord is §pw§ voor ¤system¤, en de pincode van de printer is §pin4§. kun je dit in een "
   "nette mail zetten?")
_t("nl-mail", "nl", "email", "nl",
   "Beste collega's,\n\nDe code van de kluis is §combo§ en de alarmcode is §pin6§. Het wifi-wachtwoord "
   "(netwerk ¤ssid¤): §wifi§\n\nGroet,\nFacilitair")
_t("nl-spaties", "nl", "ticket", "nl",
   "Melding ¤ticket¤: nieuw wachtwoord voor de gedeelde mailbox is '§pws§' (met spaties). De "
   "gebruiker krijgt "
   "het niet ingevoerd op de telefoon. Wat kan ik adviseren?")

_t("pl-chat", "pl", "chat", "pl",
   "hasło to §pw§, login ¤user¤. kod do drzwi: §code§. przetłumacz to na angielski proszę")
_t("pl-mail", "pl", "email", "pl",
   "Dzień dobry,\nprzesyłam dane do ¤system¤. Hasło: §pws§ (ze spacjami). Kody zapasowe:\n§backup§\n"
   "Proszę poprawić styl tej wiadomości.")
_t("pl-pin", "pl", "chat", "pl",
   "PIN do karty służbowej: §pin4§, PUK: §puk§. Kod do szafki: §combo§. Zapisz to w formie listy.")

_t("tr-chat", "tr", "chat", "tr",
   "Selam, ¤system¤ için kullanıcı adı ¤user¤, şifre: §pw§ . Kapı kodu §code§. Bunu İngilizceye "
   "çevirir misin?")
_t("tr-wifi", "tr", "email", "tr",
   "Misafir ağı: ¤ssid¤ / Wi-Fi şifresi: §wifi§\nAlarm kodu §pin4§, lütfen kimseyle "
   "paylaşmayın.\nİyi çalışmalar")
_t("tr-parola", "tr", "ticket", "tr",
   "Talep ¤ticket¤: yeni parolanız §pwr§ olarak belirlendi. Tek kullanımlık kod: §otp§. Bu mesajı daha "
   "kibar yazar mısın?")

_t("ja-chat", "ja", "chat", "ja",
   "otsukaresama desu. ¤system¤ no pasuwaado wa §pw§ desu. roguin ID wa ¤user¤ desu. yoroshiku "
   "onegaishimasu. eigo ni shite kudasai.")
_t("ja-wifi", "ja", "email", "ja",
   "minasan, wifi no SSID wa ¤ssid¤, pasuwaado wa §wifi§ desu. doa no anshou bangou wa §code§ desu.")
_t("ja-kinko", "ja", "handover", "ja",
   "hikitsugi memo: kinko no bangou: §combo§ / rokkaa no bangou: §pin4§ / rusuden no PIN: §pin4#2§. "
   "eigo ni honyaku shite kudasai.")

# ---- Machine text, by genre (family = genre) ----

_t("sh-bash-history", "shell_history", "shell_history", "en",
   "can you explain what these commands from my ~/.bash_history do?\n  501  mysql -u root -p§pwr§ -h ¤host¤ "
   "¤db¤\n  502  export AWS_SECRET_ACCESS_KEY=§aws_secret§\n  503  curl -u ¤user¤:§pwu§ "
   "https://¤host¤/api/v1/status\n  504  ls -la")
_t("sh-psql-sshpass", "shell_history", "shell_history", "en",
   "$ history | tail -4\n 1987  psql \"postgresql://¤user¤:§pwu§@¤host¤:5432/¤db¤\"\n 1988  sshpass -p "
   "'§pwr§' ssh ¤user¤@¤ip¤\n 1989  ./deploy.sh --password=§pwr#2§ --env prod\n 1990  history | tail -4\n"
   "why does the deploy script hang?")
_t("sh-export-clone", "shell_history", "shell_history", "de",
   "Was läuft hier schief?\n$ export ¤venv¤=§vkey§\n$ git clone https://¤user¤:§ghp§@github.com/¤org¤/"
   "¤repo¤.git\nfatal: repository not found")
_t("sh-zsh-history", "shell_history", "shell_history", "en",
   ": 1740301234:0;htpasswd -b -c /etc/nginx/.htpasswd admin §pwr§\n: 1740301301:0;openssl pkcs12 -export "
   "-in cert.pem -inkey key.pem -out site.p12 -passout pass:§pwr#2§\n: 1740301420:0;redis-cli -h ¤host¤ "
   "-a §pwr#3§ ping\nturn this zsh history into a runbook")
_t("sh-docker-login", "shell_history", "shell_history", "en",
   "PS C:\\> docker login -u ¤user¤ -p §pwr§ registry.corp.example\nWARNING! Using --password via the CLI is "
   "insecure.\nPS C:\\> az login --service-principal -u ¤uuid¤ -p §azure_client_secret§ --tenant ¤uuid#2¤")

_t("ci-github-actions", "ci_log", "ci_log", "en",
   "¤ts¤ ##[group]Run ./scripts/publish.sh\n¤ts¤ + echo \"using token §ghs§\"\n¤ts¤ using token §ghs§\n"
   "¤ts¤ Error: 403 Resource not accessible by integration\nwhy is the token printed and why 403?")
_t("ci-gitlab-job", "ci_log", "ci_log", "en",
   "Running with gitlab-runner ¤version¤ on docker-runner-3\n$ curl --fail --header "
   "\"PRIVATE-TOKEN: §glpat§\" "
   "https://gitlab.corp.example/api/v4/projects/¤n¤/releases\ncurl: (22) The requested URL returned "
   "error: 401\n"
   "ERROR: Job failed: exit code 22")
_t("ci-jenkins", "ci_log", "ci_log", "en",
   "Started by timer\n[Pipeline] sh\n+ curl -s -u admin:§jenkins§ "
   "https://jenkins.corp.example/job/nightly/build\n"
   "+ docker login -u ci-bot --password §pwr§ registry.corp.example\nLogin Succeeded\n[Pipeline] "
   "End of Pipeline")

_t("compose-postgres", "compose_yaml", "compose_yaml", "en",
   "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ¤user¤\n"
   "      POSTGRES_PASSWORD: §pwr§\n  app:\n    image: ghcr.io/¤org¤/¤repo¤:¤version¤\n    environment:\n"
   "      - DATABASE_URL=postgres://¤user¤:§pwr§@db:5432/¤db¤\n      - ¤venv¤=§vkey§\n"
   "why can't app reach db?")
_t("compose-mysql", "compose_yaml", "compose_yaml", "en",
   "version: \"3.8\"\nservices:\n  mysql:\n    image: mysql:8\n    environment:\n"
   "      - MYSQL_ROOT_PASSWORD=§pwr§\n      - MYSQL_PASSWORD=§pwr#2§\n  redis:\n    image: redis:7\n"
   "    command: redis-server --requirepass \"§pwu§\"\n")

_t("k8s-secret-data", "k8s_yaml", "k8s_yaml", "en",
   "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ¤repo¤-db\ntype: Opaque\ndata:\n  username: "
   "YXBwX3J3\n  password: §b64pw§\n---\nhow do I mount this as env vars?")
_t("k8s-stringdata", "k8s_yaml", "k8s_yaml", "en",
   "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\nstringData:\n  ¤venv¤: \"§vkey§\"\n"
   "  SMTP_PASSWORD: \"§pwr§\"\n---\nkubectl apply says the field is immutable")
_t("k8s-configmap-oops", "k8s_yaml", "k8s_yaml", "en",
   "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: worker-config\ndata:\n  config.yaml: |\n"
   "    queue_url: amqp://worker:§pwu§@¤host¤:5672/jobs\n    tls_key: |\n      §pem_pkcs8_indented§\n")

_t("tfvars-db", "tfvars", "tfvars", "en",
   "# terraform.tfvars\nregion        = \"¤region¤\"\ndb_username   = \"¤user¤\"\ndb_password   = \"§pwr§\"\n"
   "instance_tag  = \"¤repo¤\"\n\nterraform plan fails with: InvalidParameterValue")
_t("tfvars-azure", "tfvars", "tfvars", "en",
   "subscription_id = \"¤uuid¤\"\ntenant_id       = \"¤uuid#2¤\"\nclient_id       = \"¤uuid#3¤\"\n"
   "client_secret   = \"§azure_client_secret§\"\nstorage_account_key = \"§azure_key§\"\n")

_t("env-laravel-django", "env_file", "env_file", "en",
   "# .env\nAPP_ENV=production\nDEBUG=false\nSECRET_KEY=§django§\nDB_HOST=¤host¤\nDB_PASSWORD=§pwr§\n"
   "¤venv¤=§vkey§\nSENTRY_ENVIRONMENT=prod\n\nrewrite this for docker secrets")
_t("env-node", "env_file", "env_file", "en",
   "NODE_ENV=production\nPORT=8080\nJWT_SECRET=§hex64§\nREDIS_URL=redis://:§pwu§@¤host¤:6379/0\n"
   "SENDGRID_API_KEY=§sendgrid§\nLOG_LEVEL=info")

_t("rc-npmrc", "rc_file", "rc_file", "en",
   "my ~/.npmrc:\n\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=§npm§\n"
   "@corp:registry=https://npm.corp.example/\n//npm.corp.example/:_auth=§basic§\nalways-auth=true\n\n"
   "npm publish gives E403")
_t("rc-pypirc", "rc_file", "rc_file", "en",
   "[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword "
   "= §pypi§\n\n"
   "[internal]\nrepository = https://pypi.corp.example/simple\nusername = ¤user¤\npassword = §pwr§\n")
_t("rc-netrc", "rc_file", "rc_file", "en",
   "cat ~/.netrc\nmachine api.heroku.com\n  login ops@corp.example\n  password §hex32§\nmachine ¤host¤ login "
   "¤user¤ password §pwr§\n\nwhy does curl --netrc still prompt?")

_t("uri-jdbc-odbc", "uri", "uri", "en",
   "spring.datasource.url=jdbc:postgresql://¤host¤:5432/¤db¤?user=¤user¤&password=§pwu§&ssl=true\n"
   "legacy.url=jdbc:sqlserver://¤host¤:1433;databaseName=¤db¤;user=sa;password=§pwr§;encrypt=true\n"
   "odbc=Driver={ODBC Driver 18 for SQL Server};Server=tcp:¤host¤,1433;Uid=¤user¤;Pwd=§pwr#2§;")
_t("uri-mongo-redis-amqp", "uri", "uri", "en",
   "connection strings from the old wiki page, which ones still work?\n"
   "mongodb+srv://¤user¤:§pwu§@cluster0.ab1cd.mongodb.net/¤db¤?retryWrites=true\n"
   "rediss://default:§pwu#2§@¤host¤:6380/0\namqp://¤user¤:§pwu#3§@¤host¤:5672/%2Fprod")
_t("uri-azure-storage", "uri", "uri", "en",
   "DefaultEndpointsProtocol=https;AccountName=¤account¤;AccountKey=§azure_key§;"
   "EndpointSuffix=core.windows.net\nis this connection string format still supported by the v12 SDK?")

_t("nb-openai", "notebook", "notebook", "en",
   r"""{"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
   "import os, openai\n",
   "os.environ[\"¤venv¤\"] = \"§vkey§\"\n",
   "client = openai.OpenAI()\n"]}], "nbformat": 4}
the notebook fails with AuthenticationError, why?""")
_t("nb-psycopg", "notebook", "notebook", "en",
   "In [4]:\nimport psycopg2\nconn = psycopg2.connect(host=\"¤host¤\", dbname=\"¤db¤\", user=\"¤user¤\", "
   "password=\"§pwr§\")\n\nIn [5]:\ndf = pd.read_sql(\"select * from orders limit 10\", conn)\n"
   "OperationalError: SSL SYSCALL error: EOF detected")

_t("api-postman", "api_export", "api_export", "en",
   r"""{"info": {"name": "Billing API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/"},
 "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "§jwt§", "type": "string"}]},
 "variable": [{"key": "baseUrl", "value": "https://¤host¤"}, {"key": "apiKey", "value": "§vkey§"}]}
convert this collection to a pytest file""")
_t("api-har", "api_export", "api_export", "en",
   r"""{"log": {"entries": [{"request": {"method": "GET", "url": "https://¤host¤/api/me",
  "headers": [{"name": "Authorization", "value": "Bearer §jwt§"},
              {"name": "Cookie", "value": "connect.sid=§session§; theme=dark"}]},
  "response": {"status": 500}}]}}
why does this request 500?""")

_t("ansible-inventory", "ansible", "ansible", "en",
   "[db]\n¤ip¤ ansible_user=¤user¤ ansible_password=§pwr§ ansible_become_pass=§pwr#2§\n\n"
   "[web]\n¤ip#2¤\n\nhow do I move these into ansible-vault?")
_t("ansible-vault-pass", "ansible", "ansible", "en",
   "$ echo '§vault_pw§' > ~/.vault_pass.txt\n$ ansible-playbook site.yml --vault-password-file "
   "~/.vault_pass.txt\nERROR! Decryption failed (no vault secrets were found that could decrypt)")

_t("trace-python", "stack_trace", "stack_trace", "en",
   "Traceback (most recent call last):\n  File \"/srv/app/db.py\", line 41, in connect\n"
   "    return psycopg2.connect(**cfg)\n  locals: cfg = {'host': '¤host¤', 'user': '¤user¤', "
   "'password': '§pwr§', 'dbname': '¤db¤'}\npsycopg2.OperationalError: FATAL:  password authentication "
   "failed for user \"¤user¤\"")
_t("trace-java", "stack_trace", "stack_trace", "en",
   "2025-03-04 10:15:02 ERROR o.s.b.SpringApplication - Application run failed\n"
   "java.lang.IllegalStateException: Failed to bind DataSourceProperties{url=jdbc:mysql://¤host¤:3306/¤db¤, "
   "username=¤user¤, password=§pwr§}\n\tat org.springframework.boot.context.properties.bind.Binder.bind"
   "(Binder.java:391)")
_t("trace-node", "stack_trace", "stack_trace", "en",
   "Error: Request failed with status code 401\n    at createError "
   "(node_modules/axios/lib/core/createError.js"
   ":16:15)\n  config: {\n    url: 'https://¤host¤/v2/charge',\n    headers: {\n      Authorization: "
   "'Bearer §vkey§',\n      'User-Agent': 'axios/1.6.2'\n    }\n  }")

_t("plist-keys", "plist", "plist", "en",
   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n\t<key>API_KEY</key>\n"
   "\t<string>§google_key§</string>\n\t<key>BUNDLE_ID</key>\n\t<string>com.example.¤repo¤</string>\n"
   "</dict>\n</plist>\nis it OK to ship this in the app?")
_t("plist-backend", "plist", "plist", "en",
   "Info.plist "
   "excerpt:\n<key>BackendBaseURL</key>\n<string>https://¤host¤</string>\n<key>BackendClientSecret</key>"
   "\n<string>§hex64§</string>\n<key>¤venv¤</key>\n<string>§vkey§</string>")

_t("cookie-header", "cookie", "cookie", "en",
   "GET /dashboard HTTP/1.1\nHost: ¤host¤\nCookie: _ga=GA1.2.¤build¤.¤n¤; sessionid=§sessionid§; lang=de\n"
   "User-Agent: Mozilla/5.0\n\nwhy does this redirect to login?")
_t("cookie-devtools", "cookie", "cookie", "de",
   "Aus den DevTools kopiert (Application → Cookies):\nlaravel_session\t§sess_laravel§\t¤host¤\t/\n"
   "PHPSESSID\t§phpsess§\t¤host¤\t/\nJSESSIONID\t§jsession§\t¤host#2¤\t/\n"
   "Warum bin ich nach dem Deploy ausgeloggt?")

_t("url-s3", "signed_url", "signed_url", "en",
   "this download link expired, can you decode the "
   "expiry?\nhttps://¤bucket¤.s3.¤region¤.amazonaws.com/exports/"
   "report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=§aws_id§%2F20250304%2F¤region¤%2Fs3%2F"
   "aws4_request&X-Amz-Date=20250304T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature="
   "§s3_sig§")
_t("url-gcs", "signed_url", "signed_url", "en",
   "https://storage.googleapis.com/¤bucket¤/backups/db.sql.gz?X-Goog-Algorithm=GOOG4-RSA-SHA256&"
   "X-Goog-Credential=exporter%40¤project¤.iam.gserviceaccount.com%2F20250304%2Fauto%2Fstorage%2F"
   "goog4_request"
   "&X-Goog-Date=20250304T101500Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=§gcs_sig§")
_t("url-sas", "signed_url", "signed_url", "fr",
   "Le lien de partage ne marche plus : https://¤account¤.blob.core.windows.net/factures/2025/mars.zip?"
   "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-04-01T00:00:00Z&st=2025-03-01T00:00:00Z&spr=https&sig=§sas_sig§")

_t("hook-slack-discord", "webhook", "webhook", "en",
   "alerts.yaml:\nreceivers:\n  - name: ops\n    slack_configs:\n      - api_url: §slack_hook§\n"
   "  - name: community\n    webhook_configs:\n      - url: §discord_hook§")
_t("hook-teams", "webhook", "webhook", "de",
   "Unser Teams-Connector für den Kanal ¤repo¤: §teams_hook§ – kannst du ein PowerShell-Skript schreiben, "
   "das dort eine Karte postet?")
_t("hook-zapier-gchat", "webhook", "webhook", "en",
   "curl -X POST §zapier_hook§ -d '{\"order\": \"¤order¤\"}'\ncurl -X POST '§gchat_hook§' -d "
   "'{\"text\": \"deploy done\"}'")
_t("hook-mattermost", "webhook", "webhook", "es",
   "El bot de despliegues publica en §mm_hook§ pero ya no llega nada. ¿Qué puede ser?")

_t("key-pem-rsa", "private_key", "private_key", "en",
   "the server says 'invalid format' for this key, what's wrong?\n\n§pem_rsa§\n")
_t("key-ec-yaml", "private_key", "private_key", "en",
   "server.key for the edge proxy, the handshake fails, is the curve wrong?\n§pem_ec§\n"
   "and the cert:\n¤cert_pem¤")
_t("key-openssh", "private_key", "private_key", "de",
   "Ich habe den Deploy-Key aus der Ablage kopiert, warum sagt ssh 'error in libcrypto'?\n§openssh§")
_t("key-putty", "private_key", "private_key", "en",
   "WinSCP won't take this .ppk, how do I convert it to OpenSSH format?\n\n§putty§")
_t("key-gcp-sa", "private_key", "private_key", "en",
   "{\n  \"type\": \"service_account\",\n  \"project_id\": \"¤project¤\",\n  \"private_key_id\": "
   "\"¤sha40¤\",\n"
   "  \"private_key\": \"§gcp_sa_key§\",\n  \"client_email\": "
   "\"exporter@¤project¤.iam.gserviceaccount.com\"\n}")

_t("vk-rotate", "vendor_key", "vendor_key", "en",
   "I accidentally committed our ¤vname¤ key §vkey§ to a public repo an hour ago. What do I do first?")
_t("vk-python", "vendor_key", "vendor_key", "en",
   "import requests\n\nHEADERS = {\"Authorization\": \"Bearer §vkey§\"}  # ¤vname¤\n"
   "resp = requests.get(\"https://¤host¤/v1/items\", headers=HEADERS, timeout=10)\nadd retries to this")
_t("vk-german", "vendor_key", "vendor_key", "de",
   "Unser ¤vname¤-API-Schlüssel lautet §vkey§ – bitte in die README schreiben, wie man ihn als ¤venv¤ setzt.")
_t("vk-js", "vendor_key", "vendor_key", "en",
   "const key = process.env.¤venv¤ ?? \"§vkey§\";\n// TODO remove fallback\nexport default key;")
_t("vk-aws-docs", "vendor_key", "vendor_key", "en",
   "[default]\naws_access_key_id = §aws_example_id§\naws_secret_access_key = §aws_example_secret§\n"
   "region = ¤region¤\n\nis this credentials file format right?")
_t("vk-stripe-docs", "vendor_key", "vendor_key", "en",
   "curl https://api.stripe.com/v1/charges -u §stripe_example§: -d amount=2000 -d currency=eur\n"
   "convert to python")
_t("vk-aws-pair", "vendor_key", "vendor_key", "pt",
   "Credenciais do bucket de backup: access key §aws_id§, secret §aws_secret§. O script diz AccessDenied.")
_t("vk-yaml-list", "vendor_key", "vendor_key", "en",
   "integrations:\n  - name: ¤vname¤\n    key: §vkey§\n    enabled: true\n  - name: internal\n    "
   "key: §hex32§\n")

# ---- Negatives (family = class) ----

_n("neg-placeholder-env", "placeholder", "en",
   "In .env set OPENAI_API_KEY=<your-api-key> and STRIPE_SECRET_KEY=YOUR_KEY_HERE, then run make dev. "
   "Can you add this to the README?")
_n("neg-placeholder-de", "placeholder", "de",
   "Vorlage für neue Kolleg:innen:\nBenutzername: <Kürzel>\nPasswort: xxxxxxxx (wird per SMS geschickt)\n"
   "PIN: ****\nBitte Vorlage übersetzen.")
_n("neg-placeholder-yaml", "placeholder", "en",
   "database:\n  host: localhost\n  user: app\n  password: \"<DB_PASSWORD>\"\napi:\n  key: "
   "\"xxxxxxxxxxxxxxxxxxxxxxxx\"  # replace before deploy")
_n("neg-envref-compose", "env_reference", "en",
   "environment:\n  - POSTGRES_PASSWORD=${DB_PASSWORD}\n  - API_TOKEN=${{ secrets.API_TOKEN }}\n"
   "  - REDIS_URL=redis://:${REDIS_PASS}@redis:6379\nwhy is REDIS_PASS empty inside the container?")
_n("neg-envref-k8s", "env_reference", "en",
   "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ¤repo¤-db\n     "
   "   key: password\n"
   "  - name: API_KEY\n    value: \"{{ .Values.apiKey }}\"\nansible: ansible_password: \"{{ "
   "vault_db_password }}\"")
_n("neg-policy-de", "policy", "de",
   "Passwortrichtlinie: Das Passwort muss mindestens 12 Zeichen lang sein, Groß- und Kleinbuchstaben, "
   "Ziffern und Sonderzeichen enthalten und alle 90 Tage geändert werden. Die PIN besteht aus 6 Ziffern.")
_n("neg-policy-en", "policy", "en",
   "Password rules: at least 14 characters, no reuse of the last 5 passwords, lockout after 5 failed "
   "attempts. Door codes rotate every quarter; the new code is sent by facilities, never by e-mail.")
_n("neg-policy-es", "policy", "es",
   "Recordatorio: la contraseña debe tener al menos 10 caracteres y el PIN de 4 dígitos no puede ser 1234 "
   "ni una fecha de nacimiento.")
_n("neg-hash-release", "hash", "en",
   "sha256sum release-¤version¤.tar.gz\n¤sha256¤  release-¤version¤.tar.gz\nmd5: ¤md5¤\n"
   "does the checksum match what's on the download page?")
_n("neg-hash-git", "hash", "en",
   "git log --oneline shows ¤sha7¤ but the tag points at ¤sha40¤. How do I move the tag?")
_n("neg-uuid-logs", "uuid", "en",
   "request_id=¤uuid¤ tenant=¤uuid#2¤ status=500 duration_ms=¤n¤\nfind the related trace for this request")
_n("neg-uuid-fr", "uuid", "fr",
   "L'identifiant de corrélation est ¤uuid¤ et l'ID de l'abonnement Azure est ¤uuid#2¤. Peux-tu "
   "retrouver le déploiement ?")
_n("neg-build-ci", "build_id", "en",
   "Build #¤build¤ failed on pipeline ¤n¤ (job ¤build#2¤, runner 7, artifact sha ¤sha7¤). Summarise the "
   "failure for the channel.")
_n("neg-build-nl", "build_id", "nl",
   "Release-build ¤build¤ staat klaar, image digest sha256:¤sha256¤. Kun je de release notes schrijven?")
_n("neg-version", "version", "en",
   "Upgrade plan: Python 3.11.9 → 3.12.4, Node v20.11.1, postgres 15.6 → 16.3, API version 2024-06-20, "
   "app ¤version¤.")
_n("neg-version-pl", "version", "pl",
   "Wersja aplikacji ¤version¤ (build ¤build¤), system Android 14, kod wersji 40213. Gdzie jest błąd?")
_n("neg-order-de", "order_number", "de",
   "Bestellung Nr. ¤order¤ vom ¤date¤, Rechnungsnummer ¤invoice¤, Kundennummer 48213377. Bitte eine "
   "Reklamation formulieren.")
_n("neg-order-en", "order_number", "en",
   "Order ¤order¤ shipped, tracking 1Z999AA10123456784, invoice ¤invoice¤. Write a polite follow-up.")
_n("neg-pubkey-ssh", "public_key", "en",
   "Add this to authorized_keys on ¤host¤ please:\n¤ssh_pub¤")
_n("neg-pubkey-pem", "public_key", "en",
   "JWT verification key (public):\n¤pub_pem¤\nand the server certificate:\n¤cert_pem¤")
_n("neg-ssid-de", "ssid_only", "de",
   "Das Gäste-WLAN heißt ¤ssid¤, das Passwort hängt am Empfang aus. Bitte als Aushang formulieren.")
_n("neg-ssid-ja", "ssid_only", "ja",
   "wifi no namae wa ¤ssid¤ desu. pasuwaado wa uketsuke de kiite kudasai.")
_n("neg-ext-room-en", "extension_room", "en",
   "Call me on ext. ¤ext¤, I'm in room ¤room¤ on the 3rd floor, desk 17. The meeting is in room ¤room#2¤.")
_n("neg-ext-room-it", "extension_room", "it",
   "Mi trovi all'interno ¤ext¤, stanza ¤room¤, secondo piano. La sala riunioni è la ¤room#2¤.")
_n("neg-encrypted-ansible", "encrypted_blob", "en",
   "group_vars/prod/vault.yml:\n¤ansible_vault¤\nhow do I view this file?")
_n("neg-encrypted-sops", "encrypted_blob", "en",
   "secrets.enc.yaml:\ndb_password: ¤sops¤\nsops:\n  kms: []\n  version: 3.8.1\nhow do I rotate the key?")
_n("neg-masked-ci", "masked", "en",
   "Run ./deploy.sh\n  TOKEN: ***\n  DB_PASSWORD: ***\nError: remote rejected. Why are the secrets shown "
   "as stars?")
_n("neg-masked-tr", "masked", "tr",
   "Şifre: [REDACTED], API anahtarı: sk-****************, kart: **** **** **** 4242. Bu logu özetler misin?")

_HALF_OF: dict[str, str] = {}
for _family in dict.fromkeys(t.family for t in _ALL):
    _HALF_OF.update(_alternate([t.name for t in _ALL if t.family == _family], _family))

_MARKER = re.compile(r"§(\w+?)(?:#(\d))?§|¤(\w+?)(?:#(\d))?¤")


def templates(half: str) -> list[_Template]:
    """The half's templates, in declaration order."""
    return [t for t in _ALL if _HALF_OF[t.name] == half]


def _render(t: _Template, c: _Ctx) -> tuple[str, list[dict]]:
    """The template's text with its markers filled, and the spans of the secrets."""
    out: list[str] = []
    spans: list[dict] = []
    length, pos = 0, 0
    for m in _MARKER.finditer(t.text):
        out.append(t.text[pos:m.start()])
        length += m.start() - pos
        pos = m.end()
        if m.group(1):
            key = m.group(1) + "#" + (m.group(2) or "")
            value = c.keep("s:" + key, lambda m=m: _SECRETS[m.group(1)](c))
            parts = value if isinstance(value, list) else [value]
        else:
            key = m.group(3) + "#" + (m.group(4) or "")
            parts = [("", c.keep("f:" + key, lambda m=m: _FILLERS[m.group(3)](c)))]
        for part in parts:
            if isinstance(part, tuple):
                text = part[1]
            else:
                text = part
                spans.append({"type": "SECRET", "start": length, "end": length + len(text), "value": text})
            out.append(text)
            length += len(text)
    out.append(t.text[pos:])
    return "".join(out), spans


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default ``SIZES[half]``) of the ``half`` ("dev" or "test"), ``NEGATIVE_SHARE`` of them
    negatives; every template of the half is used once before any is used again within its kind."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}")
    n = SIZES[half] if n is None else n
    rng = random.Random(seed + _HALF_OFFSET[half])
    n_neg = round(n * NEGATIVE_SHARE)
    slots = [True] * n_neg + [False] * (n - n_neg)
    rng.shuffle(slots)
    pools = {neg: [t for t in templates(half) if (t.neg_class is not None) == neg] for neg in (False, True)}
    queues: dict[bool, list[_Template]] = {False: [], True: []}
    records = []
    for i, neg in enumerate(slots):
        if not queues[neg]:
            queues[neg] = list(pools[neg])
            rng.shuffle(queues[neg])
        t = queues[neg].pop()
        text, spans = _render(t, _Ctx(rng, half))
        meta = {"template": t.name, "lang": t.lang, "genre": t.genre, "half": half, "scope": list(TYPES)}
        if t.neg_class:
            meta["neg_class"] = t.neg_class
        records.append({"id": f"sc5-{half}-{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


def main(argv: Sequence[str] | None = None) -> int:
    return write_half(generate, "Write one half of the fifth secrets corpus as JSONL.", DEFAULT_SEED, argv)


if __name__ == "__main__":
    raise SystemExit(main())
