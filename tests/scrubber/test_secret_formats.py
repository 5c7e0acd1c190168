"""Secret formats added for issue #19 (detect-secrets' own test cases): each is caught in a realistic
sentence, and its look-alike is not.

Token-shaped values are built at run time from a seeded generator (as in test_recognizers), so no
secret-looking literal sits in the source and the tests do not depend on one vendor sample.
"""

import random
import string

import pytest

from scrubber.recognizers import SECRET, custom_recognizers

_RNG = random.Random(19)
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def tok(n: int, alphabet: str = ALNUM) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


KEY = "Xk9" + tok(17)  # a generated-looking API key
PASSWORD = "Qv7" + tok(9) + "!"
GITLAB_TRIGGER = "glptt-" + tok(40, HEX)
GITLAB_MAIL = "glimt-" + tok(25, string.ascii_lowercase + string.digits)
ARTIFACTORY_PASSWORD = "AP6" + tok(24)
TWILIO_SID = "AC" + tok(32, HEX)
B64_SECRET = tok(60, ALNUM + "+/")
SOFTLAYER_KEY = tok(64, string.ascii_lowercase + string.digits)
SQUARE = "sq0csp-" + tok(12) + "_" + tok(10) + "-0123456789"
ODD = "m{{h}o)p${e]nob(ody[" + tok(6) + "}}"  # a password of symbols that look like template marks
PEM_HEADER, PEM_FOOTER = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"


@pytest.fixture(scope="module")
def recognizers():
    return custom_recognizers("en")


def secrets(recognizers, text: str) -> set[str]:
    """Every SECRET value reported at or above the scrubber's default threshold."""
    return {
        text[r.start : r.end]
        for rec in recognizers
        for r in rec.analyze(text, [SECRET], None)
        if r.entity_type == SECRET and r.score >= 0.5
    }


# (realistic text, the value that must be masked)
CAUGHT = [
    # keyword-assigned values in more syntaxes
    (f'if (api_key == "{KEY}") {{ grant(); }}', KEY),
    ('if (secret !== "' + ODD + '") throw err;', ODD),
    ("api_key: 'value with quotes and spaces'", "value with quotes and spaces"),
    (f"db_secret = A,.:-@*?!{PASSWORD}", f"A,.:-@*?!{PASSWORD}"),
    (f"db_pass_secure := {PASSWORD}", PASSWORD),
    (f"<password>{PASSWORD}</password>", PASSWORD),
    (f'<property name="password" value="{PASSWORD}"/>', PASSWORD),
    (f'<entry key="secret">{KEY}</entry>', KEY),
    (f'<apiKey>{KEY}</apiKey> in the settings file', KEY),
    (f'const API_KEY: &str = "{KEY}";', KEY),
    (f'val apiKey: String = "{KEY}"', KEY),
    (f'$env:API_KEY = "{KEY}"', KEY),
    (f"settings: API_TOKEN={KEY} in staging", KEY),
    (f"the call https://api.example.com/v1/search?api_key={KEY}&q=shoes returns 403", KEY),
    (f"connect with mysql -u root -p{PASSWORD} shop and run the migration", PASSWORD),
    (f"CREATE USER app IDENTIFIED BY '{PASSWORD}';", PASSWORD),
    ("my apikey " + KEY + " stopped working", KEY),
    # vendor formats at their documented lengths, and the fill-ins of their own examples
    (f"the pipeline trigger {GITLAB_TRIGGER} is in the job config", GITLAB_TRIGGER),
    (f"incoming mail token: {GITLAB_MAIL}", GITLAB_MAIL),
    ("our docs show AKIAZZZZZZZZZZZZZZZZ as the access key id", "AKIAZZZZZZZZZZZZZZZZ"),
    ("set TWILIO_API_KEY to SK" + "x" * 32 + " for now", "SK" + "x" * 32),
    (f"account sid {TWILIO_SID} and the auth token below", TWILIO_SID),
    ("X-JFrog-Art-Api: AKC" + "x" * 10, "AKC" + "x" * 10),
    (f"artifactory password = {ARTIFACTORY_PASSWORD}", ARTIFACTORY_PASSWORD),
    ("//registry.npmjs.org/:_authToken=npm_" + "x" * 11, "npm_" + "x" * 11),
    (
        "post to https://hooks.slack.com/services/T" + "x" * 8 + "/B" + "x" * 8 + "/" + "x" * 24,
        "https://hooks.slack.com/services/T" + "x" * 8 + "/B" + "x" * 8 + "/" + "x" * 24,
    ),
    (f"curl http://api.softlayer.com/soap/v3.1/{SOFTLAYER_KEY} fails", SOFTLAYER_KEY),
    # a key shown as consoles show it, x's but for its last characters; age's own fill-in example
    ("export GITHUB_TOKEN=ghp_" + "x" * 36 + "7f3a", "ghp_" + "x" * 36 + "7f3a"),
    ("AGE-SECRET-KEY-1" + "Q" * 58 + " is in keys.txt", "AGE-SECRET-KEY-1" + "Q" * 58),
    (f"square_oauth = {SQUARE}", SQUARE),
    # a long random base64 literal standing alone (an argument, a list item)
    (f'client.login("{B64_SECRET}")', B64_SECRET),
    (f"keys = ['{B64_SECRET}']", B64_SECRET),
    # a PEM block pasted on its own lines, whatever its body
    (f"{PEM_HEADER}\nsuper secret private key here\n{PEM_FOOTER}",
     f"{PEM_HEADER}\nsuper secret private key here\n{PEM_FOOTER}"),
    ("some text here\n-----BEGIN PRIVATE KEY-----\nyabba dabba doo",
     "-----BEGIN PRIVATE KEY-----\nyabba dabba doo"),
    # more vendors' prefixed secrets, in prose with no key name
    *[(f"we got this from the vendor: {v} - is it still valid?", v) for v in (
        "whsec_" + tok(32), "sbp_" + tok(40, HEX), "sl." + tok(130, ALNUM + "-_"),
        "ya29." + tok(100, ALNUM + "-_"),
        "1//0" + tok(60, ALNUM + "-_"), "AAAA" + tok(7) + ":" + tok(140, ALNUM + "-_"),
        "sk.eyJ1Ijo" + tok(60) + "." + tok(22), "figd_" + tok(40, ALNUM + "-_"),
        ("access-sandbox-" + tok(8, HEX) + "-" + tok(4, HEX) + "-" + tok(4, HEX) + "-" + tok(4, HEX)
         + "-" + tok(12, HEX)),
        "access_token$production$" + tok(16, HEX) + "$" + tok(32, HEX),
        "2/1204567890123456/1209876543210987:" + tok(32, HEX),
        "sntrys_" + tok(100))],
    # signed URLs: the signature grants access
    *[(f"https://bucket.s3.amazonaws.com/k?X-Amz-Signature={sig}&X-Amz-Date=20240101", sig)
      for sig in (tok(64, HEX),)],
    *[(f"https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&sig={sig}&se=2025-01-01", sig)
      for sig in (tok(43, ALNUM) + "%3D",)],
    # an AWS secret access key's shape, unquoted, no name: 40 base64 characters with a "/" or "+"
    ("sign(q9Xw2Lr/7TbKpZ0vHc4Nf+Ue8Ys1Ma6Jd3Gi5OzP)", "q9Xw2Lr/7TbKpZ0vHc4Nf+Ue8Ys1Ma6Jd3Gi5OzP"),
    ("boto3.client('s3', 'AKIA', wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)",
     "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_new_secret_formats_are_caught(recognizers, text, value):
    got = secrets(recognizers, text)
    assert any(value in g for g in got), f"{value!r} not masked in {text!r}: {got}"
    assert all(len(g) <= len(value) + 2 for g in got if value in g), f"over-masked: {got}"


# look-alikes of the formats above: nothing in them is a secret
LEFT_ALONE = [
    "if (api_key == null) { return; }",
    '"token_expired": "Your session token has expired."',
    "password = ,.:-@*?!",
    "db_pass_count = 3",
    '<property name="username" value="admin"/>',
    "<description>Your password must be at least 8 characters.</description>",
    "const apiKey: string = process.env.API_KEY;",
    '$env:PATH = "C:\\tools"',
    "Visit https://example.com/search?q=token&page=2",
    "run mysql -u root -p mydb and type the password when asked",
    "GRANT ALL ON shop.* TO 'app'@'%';",
    "api_key: see the vault entry",
    "secret_rotation: weekly",
    "jsonwebtoken: ^9.0.2",
    "io.jsonwebtoken:jjwt-api:0.11.5",
    "glptt-" + tok(20, HEX) + " is too short to be a trigger token",  # (mixed case: random, a secret)
    "GR1348941" + "12312312312312312312",
    "AKIA is the prefix of AWS access key ids; akiazzzzzzzzzzzzzzzz is not one",
    "Order 550e8400-e29b-41d4-a716-446655440000 shipped; commit 3f786850e387550fdab836ed7e6dc881de23001b.",
    "The md5 of the file is 2b00042f7481c7b056c4b410d28f33cf; upgrade to version 2.14.3.",
    "Please fill in xxxx-xxxx where the form says so.",
    "Call accounts payable about invoice APB2023000123 or AP1234567890.",
    "The AKC registration number is AKC12345678901.",
    "testAKCwithinsomeirrelevantstring",
    "artifactory:_password=AP6xxxxxx",
    "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
    "see https://api.softlayer.com/rest/v3/SoftLayer_Account.json",
    "xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere",
    "ghp_" + "x" * 36 + " goes in the token field",
    "lowEntropy := AKCp" + "X" * 69,
    f"put {PEM_HEADER} at the top of the file and {PEM_FOOTER} at the end",
    f'public_key = "{B64_SECRET}"',
    'checksum("3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550f")',
    'log("thisIsAVeryLongCamelCaseIdentifierNameUsedForTesting1")',
    '"integrity": "sha512-' + tok(86, ALNUM + "+/") + '=="',
    f"{PEM_HEADER}\nanything\n{PEM_FOOTER}",
    "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
    "open src/Components/Button1/index/TableRow.tsx in the editor",
    "see https://cdn.example.com/a/B1cDefGhIjKlMnOpQrStUvWxYz0123456789/x for the asset",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYa is one character too long for that shape",
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_look_alikes_are_left_alone(recognizers, text):
    assert not secrets(recognizers, text)


def test_square_token_outranks_an_id_found_inside_it(scrubber):
    """The token's digit run reads as a UK NHS number to Presidio; the whole token must still be masked."""
    text = f"square_oauth = {SQUARE}"
    spans = [s for s in scrubber.analyze(text) if s.type == SECRET]
    assert any(text[s.start : s.end] == SQUARE for s in spans)


def test_only_the_key_of_a_call_is_masked(recognizers):
    """``api_key=`` names the key; the next keyword argument is not prose after an API key."""
    assert secrets(recognizers, f'client = Client(api_key="{KEY}", timeout=30)') == {KEY}
    assert secrets(recognizers, f"settings: API_TOKEN={KEY} in staging") == {KEY}
