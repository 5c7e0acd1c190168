"""A labelled synthetic prompt corpus, generated from a fixed seed.

Records use the format of /work/shared/benchmarks/external/*.jsonl:
``{"id", "text", "spans": [{"type", "start", "end", "value"}], "meta"}``. Offsets are Python string indices,
``text[start:end] == value``, spans never overlap, and ``"spans": []`` marks a negative (a prompt with no
PII, full of look-alikes: UUIDs, git SHAs, versions, prices, order ids, code identifiers, placeholders,
timestamps).

Templates are plain text with slots: ``⟨gen⟩`` fills in a value from generator ``gen``; generators with a
type (``name`` → PERSON) add a labelled span, the rest (``uuid``, ``price`` …) are unlabelled look-alikes.
``⟨gen#k⟩`` reuses the value drawn for key ``k`` within the same record (the same person named twice).

Run ``python -m benchmarks.corpus --n 20 --seed 1`` to print records as JSONL.
"""

import argparse
import base64
import json
import random
import re
import string
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from faker import Faker

TYPES = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "IBAN_CODE",
    "IP_ADDRESS",
    "LOCATION",
    "DATE_OF_BIRTH",
    "SECRET",
)
DEFAULT_SEED = 20240601

_ALNUM = string.ascii_letters + string.digits
_URLSAFE = _ALNUM + "-_"
_B64 = _ALNUM + "+/"
_REAL_CITIES = (
    "Boston",
    "Chicago",
    "Denver",
    "Seattle",
    "Austin",
    "Atlanta",
    "Portland",
    "San Diego",
    "Phoenix",
    "Philadelphia",
    "Baltimore",
    "Nashville",
    "Minneapolis",
    "Pittsburgh",
    "Sacramento",
    "Cleveland",
    "London",
    "Manchester",
    "Dublin",
    "Berlin",
    "Munich",
    "Hamburg",
    "Paris",
    "Lyon",
    "Madrid",
    "Barcelona",
    "Amsterdam",
    "Rotterdam",
    "Brussels",
    "Vienna",
    "Zurich",
    "Milan",
    "Lisbon",
    "Warsaw",
    "Prague",
    "Stockholm",
    "Oslo",
    "Copenhagen",
    "Toronto",
    "Vancouver",
    "Sydney",
    "Melbourne",
    "Bangalore",
    "Singapore",
)
_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "nl_NL", "it_IT")
_IBAN_LOCALES = ("de_DE", "en_GB", "fr_FR", "es_ES", "nl_NL", "it_IT")


@dataclass
class Gen:
    """Seeded sources of values: one ``random.Random`` and one seeded Faker per locale."""

    seed: int
    rng: random.Random = field(init=False)
    fakers: dict[str, Faker] = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.fakers = {}
        for i, loc in enumerate(_LOCALES):
            f = Faker(loc)
            f.seed_instance(self.seed * 31 + i)  # instance seeding: no global Faker state
            self.fakers[loc] = f

    @property
    def us(self) -> Faker:
        return self.fakers["en_US"]

    def faker(self) -> Faker:
        """Mostly en_US, sometimes a European locale (names and cities from elsewhere)."""
        return self.us if self.rng.random() < 0.6 else self.fakers[self.rng.choice(_LOCALES[1:])]

    def token(self, n: int, alphabet: str = _ALNUM) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def hex(self, n: int) -> str:
        return self.token(n, "0123456789abcdef")


# --- labelled values ----------------------------------------------------------------------------------


def _name(g: Gen) -> str:
    # Built from parts: Faker's name() adds titles ("Dr.", "MD") that make gold boundaries arguable.
    f = g.faker()
    if g.rng.random() < 0.15:
        return f"{f.first_name()} {g.rng.choice(string.ascii_uppercase)}. {f.last_name()}"
    return f"{f.first_name()} {f.last_name()}"


def _phone(g: Gen) -> str:
    r = g.rng
    a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
    return r.choice(
        [
            f"({a}) {b}-{c:04d}",
            f"{a}-{b}-{c:04d}",
            f"+1 {a} {b} {c:04d}",
            f"+1-{a}-{b}-{c:04d}",
            f"+44 20 {r.randint(7000, 8999)} {r.randint(1000, 9999)}",
            f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
            f"+49 30 {r.randint(1000000, 99999999)}",
            f"+49 151 {r.randint(1000000, 99999999)}",
            f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
            f"+31 6 {r.randint(10000000, 99999999)}",
            f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
        ]
    )


def _card(g: Gen) -> str:
    kind = g.rng.choice(["visa16", "mastercard", "amex", "discover", "visa16"])
    digits = g.us.credit_card_number(card_type=kind)
    style = g.rng.random()
    if style < 0.4:
        return digits
    sep = " " if style < 0.75 else "-"
    groups = (4, 6, 5) if len(digits) == 15 else (4, 4, 4, 4)
    out, i = [], 0
    for n in groups:
        out.append(digits[i : i + n])
        i += n
    return sep.join(out)


def _ssn(g: Gen) -> str:
    ssn = g.us.ssn()
    return ssn if g.rng.random() < 0.85 else ssn.replace("-", " ")


def _iban(g: Gen) -> str:
    iban = g.fakers[g.rng.choice(_IBAN_LOCALES)].iban()
    if g.rng.random() < 0.5:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _ip(g: Gen) -> str:
    return g.us.ipv4_public() if g.rng.random() < 0.85 else g.us.ipv6()


def _city(g: Gen) -> str:
    if g.rng.random() < 0.7:
        return g.rng.choice(_REAL_CITIES)
    # Not g.faker(): it_IT draws cities from a set, whose order changes with each process's hash seed.
    return g.fakers[g.rng.choice(("en_US", "en_GB", "de_DE", "fr_FR"))].city()


def _address(g: Gen) -> str:
    f = g.us
    return f"{f.street_address()}, {_city(g)}, {f.state_abbr()} {f.zipcode()}"


def _dob(g: Gen) -> str:
    d = g.us.date_of_birth(minimum_age=18, maximum_age=85)
    fmt = g.rng.choice(["%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y", "%B %d, %Y", "%d %B %Y"])
    return d.strftime(fmt)


def _email(g: Gen) -> str:
    f = g.us
    return g.rng.choice([f.email, f.company_email, f.free_email])()


# Secrets: shapes of real provider keys, random content (never real keys).
def _openai(g: Gen) -> str:
    if g.rng.random() < 0.6:
        return f"sk-proj-{g.token(58, _URLSAFE)}T3BlbkFJ{g.token(58, _URLSAFE)}"
    return f"sk-{g.token(20)}T3BlbkFJ{g.token(20)}"


def _anthropic(g: Gen) -> str:
    return f"sk-ant-api03-{g.token(93, _URLSAFE)}AA"


def _aws_id(g: Gen) -> str:
    return g.rng.choice(["AKIA", "ASIA"]) + g.token(16, string.ascii_uppercase + "234567")


def _aws_secret(g: Gen) -> str:
    return g.token(40, _B64)


def _github(g: Gen) -> str:
    if g.rng.random() < 0.6:
        return f"{g.rng.choice(['ghp', 'gho', 'ghs'])}_{g.token(36)}"
    return f"github_pat_11{g.token(20, string.ascii_uppercase + string.digits)}_{g.token(59)}"


def _gitlab(g: Gen) -> str:
    return f"glpat-{g.token(20, _URLSAFE)}"


def _slack(g: Gen) -> str:
    r = g.rng
    return f"xox{r.choice('bpa')}-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{g.token(24)}"


def _stripe(g: Gen) -> str:
    return f"{g.rng.choice(['sk_live_', 'rk_live_', 'sk_test_'])}{g.token(g.rng.choice([24, 99]))}"


def _google(g: Gen) -> str:
    return f"AIza{g.token(35, _URLSAFE)}"


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _jwt(g: Gen) -> str:
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    claims = {
        "sub": str(g.rng.randint(10**5, 10**7)),
        "iat": g.rng.randint(1_600_000_000, 1_750_000_000),
        "role": g.rng.choice(["admin", "user", "service"]),
    }
    payload = _b64url(json.dumps(claims).encode())
    return f"{header}.{payload}.{g.token(43, _URLSAFE)}"


def _pem(g: Gen) -> str:
    kind = g.rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = "\n".join(g.token(64, _B64) for _ in range(g.rng.randint(4, 9)))
    return f"-----BEGIN {kind}-----\n{body}\n{g.token(g.rng.randint(8, 60), _B64)}=\n-----END {kind}-----"


def _password(g: Gen) -> str:
    r = g.rng
    if r.random() < 0.5:
        word = r.choice(["Summer", "Winter", "Dragon", "Monkey", "Sunshine", "Falcon", "Tiger", "Rocket"])
        return f"{word}{r.randint(1, 2025)}{r.choice('!_.-~')}{g.token(r.randint(2, 5))}"
    return g.token(r.randint(12, 24), _ALNUM + "!_.-~")


def _secret_any(g: Gen) -> str:
    return g.rng.choice([_openai, _anthropic, _github, _slack, _stripe, _google, _gitlab, _aws_id])(g)


# --- unlabelled look-alikes ---------------------------------------------------------------------------


def _uuid(g: Gen) -> str:
    h = g.hex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{g.rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _version(g: Gen) -> str:
    r = g.rng
    v = f"{r.randint(0, 24)}.{r.randint(0, 40)}.{r.randint(0, 30)}"
    return r.choice([v, f"v{v}", f"{v}-rc.{r.randint(1, 5)}", f"{r.randint(1, 4)}.{r.randint(0, 12)}"])


def _price(g: Gen) -> str:
    r = g.rng
    amount = r.randint(1, 250000) / r.choice([1, 100])
    return r.choice([f"${amount:,.2f}", f"€{amount:,.2f}", f"{amount:,.2f} USD", f"£{amount:,.0f}"])


def _order(g: Gen) -> str:
    r = g.rng
    return r.choice(
        [
            f"ORD-{r.randint(2019, 2025)}-{r.randint(100000, 999999)}",
            f"#{r.randint(10**6, 10**9)}",
            f"INV-{r.randint(10000, 99999)}",
            f"PO{r.randint(10**7, 10**8)}",
            f"{g.token(3, string.ascii_uppercase)}-{r.randint(1000, 99999)}",
        ]
    )


def _ident(g: Gen) -> str:
    r = g.rng
    return r.choice(
        [
            "getUserById",
            "parseCreditCard",
            "user_ssn_field",
            "PaymentService",
            "validate_iban",
            "EmailSender",
            "customer_phone_number",
            "resolvePersonName",
            "AddressNormalizer",
            "date_of_birth_col",
            "SecretStore",
            "fetch_api_key",
            "PasswordResetHandler",
            "ip_allowlist",
            "TokenRefresher",
            "jwt_decode_options",
        ]
    )


def _placeholder(g: Gen) -> str:
    t = g.rng.choice(
        ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "LOCATION", "SECRET", "IBAN_CODE"]
    )
    return g.rng.choice(
        [
            f"<{t}_{g.rng.randint(1, 9)}>",
            f"<{t}>",
            "[REDACTED]",
            "{{customer_name}}",
            "YOUR_API_KEY",
            "sk-...",
            "<your-password>",
            "xxxx-xxxx-xxxx-xxxx",
        ]
    )


def _timestamp(g: Gen) -> str:
    dt = datetime(2023, 1, 1) + timedelta(seconds=g.rng.randint(0, 2 * 365 * 86400))
    fmt = g.rng.choice(["%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S", "%H:%M", "%b %d %H:%M:%S"])
    return dt.strftime(fmt) if g.rng.random() < 0.85 else str(int(dt.timestamp()))


def _day(g: Gen) -> str:
    d = date(2024, 1, 1) + timedelta(days=g.rng.randint(0, 600))
    return d.strftime(g.rng.choice(["%Y-%m-%d", "%B %d", "%b %d, %Y"]))


def _digest(g: Gen) -> str:
    return f"sha256:{g.hex(64)}"


def _int(g: Gen) -> str:
    return str(g.rng.choice([g.rng.randint(2, 99), g.rng.randint(100, 9999), g.rng.randint(10**4, 10**7)]))


def _port(g: Gen) -> str:
    return str(g.rng.choice([80, 443, 5432, 6379, 8080, 8443, 9092, 3000, 27017]))


def _host(g: Gen) -> str:
    role = g.rng.choice(["db", "cache", "api", "queue", "search"])
    return f"{role}-{g.rng.choice(['prod', 'staging'])}.internal"


GENERATORS: dict[str, tuple[str | None, Callable[[Gen], str]]] = {
    "name": ("PERSON", _name),
    "first": ("PERSON", lambda g: g.faker().first_name()),
    "last": ("PERSON", lambda g: g.faker().last_name()),
    "email": ("EMAIL_ADDRESS", _email),
    "phone": ("PHONE_NUMBER", _phone),
    "card": ("CREDIT_CARD", _card),
    "ssn": ("US_SSN", _ssn),
    "iban": ("IBAN_CODE", _iban),
    "ip": ("IP_ADDRESS", _ip),
    "city": ("LOCATION", _city),
    "address": ("LOCATION", _address),
    "dob": ("DATE_OF_BIRTH", _dob),
    "openai": ("SECRET", _openai),
    "anthropic": ("SECRET", _anthropic),
    "aws_id": ("SECRET", _aws_id),
    "aws_secret": ("SECRET", _aws_secret),
    "github": ("SECRET", _github),
    "gitlab": ("SECRET", _gitlab),
    "slack": ("SECRET", _slack),
    "stripe": ("SECRET", _stripe),
    "google": ("SECRET", _google),
    "jwt": ("SECRET", _jwt),
    "pem": ("SECRET", _pem),
    "password": ("SECRET", _password),
    "apikey": ("SECRET", _secret_any),
    "uuid": (None, _uuid),
    "sha": (None, lambda g: g.hex(40)),
    "short_sha": (None, lambda g: g.hex(g.rng.choice([7, 8, 12]))),
    "version": (None, _version),
    "price": (None, _price),
    "order": (None, _order),
    "ident": (None, _ident),
    "placeholder": (None, _placeholder),
    "timestamp": (None, _timestamp),
    "day": (None, _day),
    "digest": (None, _digest),
    "int": (None, _int),
    "port": (None, _port),
    "host": (None, _host),
}

# --- templates ---------------------------------------------------------------------------------------
# (category, template). Positives first; every one carries at least one labelled slot.

POSITIVE_TEMPLATES: list[tuple[str, str]] = [
    (
        "support",
        "Hi, I'm ⟨name⟩ and I can't log in since yesterday. My account e-mail is ⟨email⟩ and you can "
        "call me back on ⟨phone⟩. Ticket ⟨order⟩ was closed without a fix.",
    ),
    (
        "support",
        "Customer ⟨name#c⟩ (⟨email⟩) reports a double charge on card ⟨card⟩ for order ⟨order⟩, "
        "⟨price⟩ each. Please draft a polite reply to ⟨first#c⟩ explaining the refund timeline.",
    ),
    (
        "support",
        "Summarise this ticket: caller ⟨name⟩, phone ⟨phone⟩, lives at ⟨address⟩. She says the router "
        "firmware ⟨version⟩ keeps dropping the connection and the public IP ⟨ip⟩ changes every hour.",
    ),
    (
        "support",
        "Write a shipping-delay apology to ⟨name⟩. Their parcel to ⟨address⟩ is stuck in ⟨city⟩; "
        "tracking ⟨order⟩. Offer a ⟨price⟩ voucher.",
    ),
    (
        "support",
        'Translate to Spanish: "Dear ⟨name⟩, we have updated the phone number on file to ⟨phone⟩ '
        "and the e-mail to ⟨email⟩. If this wasn't you, reply within 24 hours.\"",
    ),
    (
        "support",
        "We got a chargeback. Cardholder ⟨name⟩, card ending in the full number ⟨card⟩, billing address "
        "⟨address⟩. What evidence should we send the bank?",
    ),
    (
        "hr",
        "Draft a warning letter for ⟨name⟩ (employee since ⟨day⟩, SSN ⟨ssn⟩) about repeated late arrivals "
        "at the ⟨city⟩ office. Keep it factual.",
    ),
    (
        "hr",
        "Onboarding checklist for new hire ⟨name⟩: date of birth ⟨dob⟩, SSN ⟨ssn⟩, home address "
        "⟨address⟩, personal phone ⟨phone⟩, salary to IBAN ⟨iban⟩.",
    ),
    (
        "hr",
        "Performance notes: ⟨name#m⟩ exceeded targets; ⟨name⟩ needs coaching on code review. "
        "⟨first#m⟩ asked to relocate to ⟨city⟩ next quarter. Rewrite as a summary for HR.",
    ),
    (
        "hr",
        'Rewrite this reference letter more warmly: "⟨name⟩ worked in our ⟨city⟩ team. Reach me at '
        '⟨email⟩ or ⟨phone⟩ for details."',
    ),
    (
        "hr",
        "The background check for ⟨name⟩, born ⟨dob⟩, SSN ⟨ssn⟩, came back with a mismatch on the "
        "previous address ⟨address⟩. How should I phrase the follow-up?",
    ),
    (
        "hr",
        "Payroll error: ⟨name⟩'s salary went to IBAN ⟨iban⟩ instead of ⟨iban⟩. Write an e-mail to the bank "
        "asking for a recall.",
    ),
    (
        "code",
        "Why does this fail with 401?\n\n```python\nimport openai\nclient = "
        'openai.OpenAI(api_key="⟨openai⟩")\n'
        'resp = client.chat.completions.create(model="gpt-4o", messages=msgs)\n```',
    ),
    (
        "code",
        "My Anthropic call returns overloaded_error:\n\ncurl https://api.anthropic.com/v1/messages \\\n"
        '  -H "x-api-key: ⟨anthropic⟩" \\\n  -H "anthropic-version: 2023-06-01" -d @body.json',
    ),
    (
        "code",
        "Here is my ~/.aws/credentials, why can't boto3 find the profile?\n\n[default]\n"
        "aws_access_key_id = ⟨aws_id⟩\naws_secret_access_key = ⟨aws_secret⟩\nregion = eu-west-1",
    ),
    (
        "code",
        "The deploy script fails at the clone step:\n\ngit clone "
        "https://⟨github⟩@github.com/acme/billing.git\ncd billing && git checkout ⟨sha⟩",
    ),
    (
        "code",
        "Fix my docker-compose:\n\nservices:\n  app:\n    environment:\n"
        "      DATABASE_URL: postgresql://app_user:⟨password⟩@⟨host⟩:⟨port⟩/orders\n"
        "      SLACK_BOT_TOKEN: ⟨slack⟩\n      STRIPE_SECRET_KEY: ⟨stripe⟩",
    ),
    ("code", "Is this JWT expired? Authorization: Bearer ⟨jwt⟩"),
    ("code", "Convert this key to PKCS#8 for me:\n\n⟨pem⟩"),
    (
        "code",
        'Refactor this settings file:\n\nDB_HOST = "⟨host⟩"\nDB_PASSWORD = "⟨password⟩"\n'
        'GITLAB_TOKEN = "⟨gitlab⟩"\nGOOGLE_MAPS_KEY = "⟨google⟩"\nRETRIES = ⟨int⟩',
    ),
    (
        "code",
        "The log shows `connecting to mongodb://admin:⟨password⟩@⟨host⟩:27017/?authSource=admin` and then "
        "a timeout. Request id ⟨uuid⟩. What's wrong?",
    ),
    (
        "code",
        'Write a unit test for send_invoice(). Test fixture: customer="⟨name⟩", email="⟨email⟩", '
        'card="⟨card⟩"; stripe.api_key = "⟨stripe⟩"',
    ),
    (
        "code",
        "Our .env leaked into a PR, which of these must I rotate?\n\nOPENAI_API_KEY=⟨openai⟩\n"
        "GITHUB_TOKEN=⟨github⟩\nAPP_VERSION=⟨version⟩\nADMIN_PASSWORD=⟨password⟩",
    ),
    (
        "code",
        "nginx blocks requests from ⟨ip⟩ and ⟨ip⟩ since the ⟨version⟩ upgrade; config hash ⟨short_sha⟩. "
        'Here\'s the access log line: ⟨ip#x⟩ - - [⟨timestamp⟩] "GET /api/v2/users HTTP/1.1" 403',
    ),
    (
        "code",
        'Debug this: requests.get(url, headers={"Authorization": "token ⟨github⟩"}) returns 404 for '
        "repo acme/infra at commit ⟨sha⟩.",
    ),
    (
        "code",
        'Terraform plan shows a diff on the provider block:\n\nprovider "aws" {\n'
        '  access_key = "⟨aws_id⟩"\n  secret_key = "⟨aws_secret⟩"\n}\nHow do I move these to '
        "Vault?",
    ),
    (
        "code",
        "config.yaml:\n  redis:\n    url: redis://default:⟨password⟩@⟨host⟩:6379/0\n  sentry:\n"
        "    release: ⟨version⟩\n  api_key: ⟨apikey⟩",
    ),
    (
        "finance",
        "Please reconcile: payment of ⟨price⟩ from ⟨name⟩ (IBAN ⟨iban⟩) against invoice ⟨order⟩ dated ⟨day⟩.",
    ),
    (
        "finance",
        "Draft a payment reminder to ⟨name⟩ at ⟨email⟩: invoice ⟨order⟩ for ⟨price⟩ is 30 days overdue. "
        "Remind them our IBAN is ⟨iban⟩.",
    ),
    (
        "finance",
        "Fraud review: card ⟨card⟩ was used from IP ⟨ip⟩ in ⟨city⟩ minutes after a purchase in "
        "⟨city⟩. Account holder ⟨name⟩, phone ⟨phone⟩. Is this likely fraud?",
    ),
    ("finance", "Fill in the wire form: beneficiary ⟨name⟩, IBAN ⟨iban⟩, amount ⟨price⟩, reference ⟨order⟩."),
    (
        "finance",
        "Tax question: my SSN is ⟨ssn⟩ and my spouse ⟨name⟩'s is ⟨ssn⟩. Can we file jointly if we "
        "moved from ⟨city⟩ to ⟨city⟩ in ⟨day⟩?",
    ),
    (
        "medical",
        "Summarise for the referral: patient ⟨name⟩, DOB ⟨dob⟩, presents with chest pain since "
        "⟨day⟩. Contact ⟨phone⟩. Lives alone at ⟨address⟩.",
    ),
    (
        "medical",
        "Write a discharge note for ⟨name⟩ (date of birth: ⟨dob⟩). Follow-up with Dr. ⟨last⟩ in ⟨city⟩ "
        "in 2 weeks; prescription for 20 mg atorvastatin.",
    ),
    (
        "medical",
        "My mother ⟨name⟩ was born on ⟨dob⟩ and takes metformin. Her insurance member SSN is ⟨ssn⟩. "
        "Which questions should I ask the cardiologist?",
    ),
    (
        "medical",
        "Lab results for ⟨name⟩ (MRN ⟨int⟩, DOB ⟨dob⟩): HbA1c 7.9%, LDL 162 mg/dL. Explain in plain "
        "English and draft a message to ⟨email⟩.",
    ),
    (
        "sales",
        "Write a follow-up e-mail to ⟨name⟩ (⟨email⟩, ⟨phone⟩) after our demo on ⟨day⟩. They asked about "
        "the ⟨price⟩/seat tier and SSO.",
    ),
    (
        "sales",
        "Lead list to clean up:\n⟨name⟩, ⟨email⟩, ⟨phone⟩, ⟨city⟩\n⟨name⟩, ⟨email⟩, ⟨phone⟩, ⟨city⟩\n"
        "⟨name⟩, ⟨email⟩, ⟨phone⟩, ⟨city⟩",
    ),
    (
        "sales",
        "From: ⟨name#s⟩ <⟨email⟩>\nTo: ⟨name#t⟩ <⟨email⟩>\nSubject: Renewal quote\n\nHi ⟨first#t⟩, attached "
        "is the renewal at ⟨price⟩. Call me at ⟨phone⟩.\n\nCan you make this shorter and friendlier?",
    ),
    (
        "sales",
        "Personalise this cold e-mail for ⟨name⟩, VP Engineering in ⟨city⟩, who we met at the conference; "
        "mention our ⟨version⟩ release.",
    ),
    (
        "chat",
        "User: can you remember my details for the booking?\nAssistant: Sure, what are they?\nUser: "
        "⟨name⟩, ⟨email⟩, passport address ⟨address⟩, mobile ⟨phone⟩.\nAssistant: Got it.\n"
        "User: now write the hotel an e-mail.",
    ),
    (
        "chat",
        "[10:02] ⟨first⟩: server's down again\n[10:03] ⟨first⟩: ssh in with root / ⟨password⟩\n"
        "[10:04] ⟨first⟩: box is ⟨ip⟩\nSummarise this chat for the incident report.",
    ),
    (
        "chat",
        "User: my card ⟨card⟩ keeps getting declined\nAssistant: Is the billing address correct?\n"
        "User: yes, ⟨address⟩. my phone is ⟨phone⟩ if the bank calls",
    ),
    (
        "chat",
        "Slack export:\n⟨first⟩: here's the staging key ⟨apikey⟩ until Friday\n⟨first⟩: thx, deploying "
        "⟨short_sha⟩ now\nWrite release notes from this thread.",
    ),
    (
        "misc",
        "Fill out this visa form for me: name ⟨name⟩, born ⟨dob⟩ in ⟨city⟩, address ⟨address⟩, "
        "phone ⟨phone⟩, e-mail ⟨email⟩.",
    ),
    ("misc", "I'm ⟨name⟩, my neighbour at ⟨address⟩ keeps parking in my spot. Write a friendly note."),
    ("misc", 'Rewrite my bio: "⟨name⟩ is a data engineer based in ⟨city⟩. Reach out at ⟨email⟩."'),
]

NEGATIVE_TEMPLATES: list[tuple[str, str]] = [
    (
        "neg_code",
        "Why does `⟨ident⟩()` return None after upgrading from ⟨version⟩ to ⟨version⟩? The failing "
        "commit is ⟨sha⟩ and the request id in the logs is ⟨uuid⟩.",
    ),
    (
        "neg_code",
        'Explain this traceback:\n  File "app/services/⟨ident⟩.py", line ⟨int⟩, in handle\n'
        "KeyError: '⟨ident⟩'\nat ⟨timestamp⟩, build ⟨short_sha⟩",
    ),
    (
        "neg_code",
        "Rename the function ⟨ident⟩ to something clearer and add type hints; it is called from "
        "⟨ident⟩ and ⟨ident⟩.",
    ),
    ("neg_code", "Our Dockerfile pins python:3.12-slim@⟨digest⟩ and node ⟨version⟩; is that reproducible?"),
    (
        "neg_code",
        "git log --oneline shows ⟨short_sha⟩ Fix race in ⟨ident⟩, ⟨short_sha⟩ Bump deps to ⟨version⟩, "
        "⟨short_sha⟩ Merge PR #⟨int⟩. Write a changelog.",
    ),
    (
        "neg_code",
        "Set OPENAI_API_KEY=⟨placeholder⟩ in .env.example and document that the server listens on "
        "port ⟨port⟩.",
    ),
    (
        "neg_code",
        "The migration ⟨uuid⟩ failed at ⟨timestamp⟩ on ⟨host⟩:⟨port⟩ with error code ⟨int⟩. "
        "What does that mean in PostgreSQL ⟨version⟩?",
    ),
    (
        "neg_code",
        "Generate a SQL query selecting order_id, total and created_at from orders where total > ⟨int⟩ "
        "and status = 'shipped', grouped by week.",
    ),
    (
        "neg_code",
        "kubectl get pods shows api-⟨short_sha⟩-x7k2p in CrashLoopBackOff since ⟨timestamp⟩; image tag "
        "⟨version⟩, digest ⟨digest⟩.",
    ),
    (
        "neg_placeholder",
        'The model answered: "Dear ⟨placeholder⟩, your order ⟨order⟩ ships to ⟨placeholder⟩." '
        "Keep the placeholders exactly and make it friendlier.",
    ),
    (
        "neg_placeholder",
        "Template: Hello ⟨placeholder⟩, your ticket ⟨order⟩ was updated at ⟨timestamp⟩. "
        "Reply to ⟨placeholder⟩ if you have questions.",
    ),
    (
        "neg_placeholder",
        "Redacted transcript: ⟨placeholder⟩ called about card ⟨placeholder⟩; agent confirmed "
        "refund of ⟨price⟩ for ⟨order⟩.",
    ),
    (
        "neg_finance",
        "Q3 summary: revenue ⟨price⟩, costs ⟨price⟩, ⟨int⟩ new orders (largest ⟨order⟩). "
        "Write three bullet points for the board.",
    ),
    (
        "neg_finance",
        "Compare the plans: Basic ⟨price⟩/month, Pro ⟨price⟩/month, Enterprise from ⟨price⟩. "
        "Which is best for ⟨int⟩ users?",
    ),
    (
        "neg_finance",
        "Invoice ⟨order⟩ (⟨price⟩) and invoice ⟨order⟩ (⟨price⟩) were both paid on ⟨day⟩. "
        "Draft a reconciliation note.",
    ),
    (
        "neg_ops",
        "Incident ⟨order⟩: p95 latency rose from ⟨int⟩ ms to ⟨int⟩ ms at ⟨timestamp⟩ after deploying "
        "⟨version⟩ (⟨short_sha⟩). Draft the postmortem timeline.",
    ),
    (
        "neg_ops",
        "Alert fired at ⟨timestamp⟩: disk usage ⟨int⟩% on ⟨host⟩. Runbook step 3 says rotate logs; "
        "explain why.",
    ),
    (
        "neg_ops",
        "Schedule the maintenance window for ⟨day⟩ from ⟨timestamp⟩ to ⟨timestamp⟩ UTC and notify "
        "the on-call channel.",
    ),
    (
        "neg_chat",
        "User: what's the difference between ⟨version⟩ and ⟨version⟩?\nAssistant: The newer one fixes "
        "the memory leak.\nUser: and is ⟨ident⟩ deprecated?",
    ),
    ("neg_chat", "Write a haiku about Kubernetes, Kafka and a ⟨price⟩ cloud bill."),
    ("neg_chat", "Explain the difference between a UUID like ⟨uuid⟩ and a git SHA like ⟨sha⟩ to a beginner."),
    ("neg_chat", "Convert ⟨int⟩ seconds to hours, and ⟨price⟩ to euros at a rate of 0.92."),
]

_SLOT = re.compile(r"⟨([a-z_0-9]+)(?:#(\w+))?⟩")


def render(template: str, g: Gen) -> tuple[str, list[dict]]:
    """Fill a template's slots; return the text and the labelled spans (sorted, non-overlapping)."""
    pieces: list[str] = []
    spans: list[dict] = []
    drawn: dict[str, str] = {}
    pos = length = 0
    for m in _SLOT.finditer(template):
        gen_name, key = m.group(1), m.group(2)
        if gen_name not in GENERATORS:
            raise ValueError(f"unknown generator {gen_name!r} in template")
        type_, fn = GENERATORS[gen_name]
        if key is not None and key in drawn:
            # A key names one person: ⟨name#c⟩ … ⟨first#c⟩ is that person's first name.
            value = drawn[key]
            if gen_name == "first":
                value = value.split()[0]
            elif gen_name == "last":
                value = value.split()[-1]
        else:
            value = fn(g)
            if key is not None:
                drawn[key] = value
        literal = template[pos : m.start()]
        pieces.append(literal)
        length += len(literal)
        if type_ is not None:
            spans.append({"type": type_, "start": length, "end": length + len(value), "value": value})
        pieces.append(value)
        length += len(value)
        pos = m.end()
    pieces.append(template[pos:])
    return "".join(pieces), spans


def generate(n: int, seed: int = DEFAULT_SEED, negative_share: float = 0.3) -> list[dict]:
    """``n`` labelled records; the same ``(n, seed)`` always gives the same records (for one Faker "
    "version)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    if not 0.0 <= negative_share <= 1.0:
        raise ValueError("negative_share must be between 0 and 1")
    g = Gen(seed)
    pick = random.Random(seed ^ 0x5EED)  # template choice independent of how many values templates draw
    pos_i = neg_i = 0
    records = []
    for i in range(n):
        if pick.random() < negative_share:
            category, template = NEGATIVE_TEMPLATES[neg_i % len(NEGATIVE_TEMPLATES)]
            tid, neg_i = f"neg/{neg_i % len(NEGATIVE_TEMPLATES)}", neg_i + 1
        else:
            category, template = POSITIVE_TEMPLATES[pos_i % len(POSITIVE_TEMPLATES)]
            tid, pos_i = f"pos/{pos_i % len(POSITIVE_TEMPLATES)}", pos_i + 1
        text, spans = render(template, g)
        records.append(
            {
                "id": f"synth/{seed}/{i:05d}",
                "text": text,
                "spans": spans,
                "meta": {
                    "source": "aiwarden-synthetic",
                    "template": tid,
                    "category": category,
                    "scope": "ALL",
                    "seed": seed,
                },
            }
        )
    return records


def prompts(count: int, length: int = 1000, seed: int = DEFAULT_SEED) -> list[str]:
    """``count`` distinct prompts of exactly ``length`` characters, made of corpus records (PII included)."""
    g = Gen(seed)
    pick = random.Random(seed)
    out = []
    for _ in range(count):
        parts: list[str] = []
        size = 0
        while size < length:
            pool = NEGATIVE_TEMPLATES if pick.random() < 0.3 else POSITIVE_TEMPLATES
            text, _ = render(pick.choice(pool)[1], g)
            parts.append(text)
            size += len(text) + 2
        out.append("\n\n".join(parts)[:length])
    return out


SYSTEM_PROMPT = (
    "You are Acme Corp's internal assistant. Answer concisely and accurately. When asked to write "
    "e-mails, use "
    "a professional but warm tone and sign as the requesting employee. Never invent order numbers, prices or "
    "dates: if information is missing, ask for it. Format code in fenced blocks with the language named. "
    "Follow the company style guide: British spelling, no exclamation marks, short paragraphs, and bullet "
    "points for lists of more than three items. If a request involves legal, medical or financial advice, "
    "add a one-line note recommending a qualified professional. Keep answers under 300 words unless asked."
)

_ASSISTANT_TEMPLATES = (
    "Here is a draft:\n\nDear ⟨name#a⟩,\n\nThank you for getting in touch. I have updated your details and a "
    "confirmation will go to ⟨email⟩ shortly. If anything looks wrong, call us on ⟨phone⟩.\n\nKind regards",
    "Sure. Summary: ⟨name⟩ reported the issue on ⟨day⟩; the affected order is ⟨order⟩ (⟨price⟩). Next step: "
    "confirm the delivery address ⟨address⟩ and arrange a replacement.",
    "The 401 comes from the key: the client still sends ⟨apikey⟩, which was revoked. Rotate it, store the "
    "new one in your secret manager, and read it from the environment instead of hard-coding it.",
    "I would phrase it like this: \"Hi ⟨first⟩, following our call I've attached the quote. The payment "
    "should "
    'go to IBAN ⟨iban⟩ with reference ⟨order⟩." Want me to make it shorter?',
    "From the log, the connection from ⟨ip⟩ is rejected by the allow-list, not by the database. Add the "
    "address to the security group and retry; version ⟨version⟩ changed the default.",
)


@dataclass
class Conversation:
    """A chat where every request re-sends the whole history (system prompt, all earlier turns)."""

    system: str
    users: list[str]
    assistants: list[str]

    def request(self, turn: int) -> list[str]:
        """The texts sent with request ``turn`` (1-based): system, earlier turns with answers, new message."""
        if not 1 <= turn <= len(self.users):
            raise ValueError(f"turn must be between 1 and {len(self.users)}")
        history: list[str] = [self.system]
        for u, a in zip(self.users[: turn - 1], self.assistants[: turn - 1], strict=True):
            history += [u, a]
        return [*history, self.users[turn - 1]]


def conversation(turns: int = 20, seed: int = DEFAULT_SEED, value_seed: int | None = None) -> Conversation:
    """A ``turns``-turn conversation with PII in user messages and (restored) answers.

    ``seed`` picks the templates, ``value_seed`` (default: ``seed``) the values filled in: the same ``seed``
    with another ``value_seed`` gives a twin conversation of the same shape and different text.
    """
    if turns < 1:
        raise ValueError("turns must be >= 1")
    g = Gen(seed if value_seed is None else value_seed)
    pick = random.Random(seed + 1)
    users = [render(pick.choice(POSITIVE_TEMPLATES)[1], g)[0] for _ in range(turns)]
    answers = [render(pick.choice(_ASSISTANT_TEMPLATES), g)[0] for _ in range(turns - 1)]
    return Conversation(SYSTEM_PROMPT, users, answers)


def iter_jsonl(records: list[dict]) -> Iterator[str]:
    """One JSON line per record."""
    for r in records:
        yield json.dumps(r, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    """Print ``--n`` records generated with ``--seed`` as JSONL on stdout."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=500)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = p.parse_args(argv)
    for line in iter_jsonl(generate(args.n, args.seed)):
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
