"""Values that look generated, whatever their name says: a key is a key when its name is only a vendor's.

- A long random base64 string standing alone as a quoted literal: ``some_call("c3VwZXIgbG9uZy…")``, a key,
  token or client secret passed as an argument or listed in code, with no name to say what it is. Only what a
  generator makes: 40 to 1000 characters of the base64 or base64url alphabet, upper case, lower case and
  digits, high entropy. Hex strings (hashes, commit SHAs, ids) have no capitals; integrity hashes
  (``"sha512-…"``) are public.
- A generated value assigned to a name that is no credential word (``cloudflare: "q8Vz3L…"``,
  ``OKTA=00aBc…``, ``- name: ALGOLIA`` / ``value: "…"``): upper case, lower case and digits mixed at random,
  16 to 256 characters, unless the name says what else it is (an id, a hash, a commit, a region…).
  Hex strings and UUIDs are ids and digests far more often than keys: they count after a vendor's name only
  (``datadog: 3c9f…``, ``HEROKU_API=2f6e…``, ``our Twilio auth thing: 7c3e…``;
  ``scrubber/data/key_vendors.txt``).
- A TOTP seed (base32) after its cue: ``TOTP seed: JBSWY3DPEHPK3PXP``.
Under a credential name (``password``, ``api_key``…) both these rules and credential_assignment.py look, and
either one's finding counts: a mixed-case random value under ``meraki_token`` is a secret even where the
vendor's own format says it is malformed.
"""

import base64
import re as stdlib_re
from functools import lru_cache

import regex as re
from presidio_analyzer import Pattern
from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.recognizers._base import (
    PUBLISHABLE_KEYS,
    SpanPatternRecognizer,
    class_runs,
    looks_like_placeholder,
    shannon_entropy,
)
from scrubber.recognizers.credential_assignment import NOT_SECRET_ANY, key_name_words
from scrubber.words import key_vendors

_MIN_ENTROPY = 4.5  # random base64 of 40+ characters has about 5; identifiers and words about 4


class HighEntropyLiteralRecognizer(SpanPatternRecognizer):
    """The content of a quoted literal that does not follow '=' or ':' and looks generated."""

    PATTERNS = [
        Pattern(
            "high-entropy quoted literal",
            r"""(?P<q>["'])(?<![=:][ \t]{0,8}["'])(?P<value>[A-Za-z0-9+/_-]{40,1000}={0,2})(?P=q)""",
            0.6,
        ),
        # unquoted, the shape of an AWS secret access key: exactly 40 base64 characters with a "/" or "+"
        # (``some_function(wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)``); a path or a URL has dots or more
        Pattern(
            "bare 40-character base64 key",
            r"(?<![\w+/=.:@-])(?P<aws>)(?P<value>(?=[A-Za-z0-9]*[+/])[A-Za-z0-9+/]{40})(?![\w+/=.-])",
            0.6,
        ),
        # a generated-looking token anywhere: its name (or a vendor's before it) is read in accept_match
        Pattern(
            "generated value after a name",
            # (the character classes are checked in accept_match: three lookaheads at every word cost more)
            r"(?<![\w+/.~-])(?P<generated>)(?P<value>[\w+/.~-]{10,256}={0,3})(?![\w+/=.~@-])",
            0.6,
        ),
        # hex of 32+ characters or a UUID: a key only after a vendor's name
        Pattern(
            "hex key after a vendor's name",
            r"(?<![\w+/.~-])(?P<hexkey>)(?P<value>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
            r"-[0-9a-fA-F]{12}|[0-9a-f]{32,128}|[0-9A-F]{32,128})(?![\w+/=.~@-])",
            0.6,
        ),
        Pattern(
            "totp seed",
            # (also the key an app shows when its QR code cannot be scanned: "enter this key manually")
            # (or its setup key, or a bare "secret:" before the grouped form)
            r"(?i:(?:\b(?:totp|otp|2fa|mfa|authenticator|scan|qr|manual)\b[^\n]{0,40}?|\bset-?up[ \t]+"
            r"|(?=secret\b))"
            r"\b(?:seed|secret|key|code)\b(?:[ \t]+manually)?"
            # (and a few words to its link: "the setup key it showed me was …", "the secret key you get is …")
            r"(?:[^\n:=]{1,30}?[ \t](?:is|was|are|were|reads|says))?)"
            # (or as an authenticator shows it: "jbsw y3dp ehpk 3pxp …", groups of four)
            r"[ \t:=\"'“”]{1,5}(?P<totp>)"
            r"(?P<value>[A-Z2-7]{16,64}={0,6}|(?i:[a-z2-7]{4}(?:[ ][a-z2-7]{4}){3,15}))"
            r"(?![\w=])",
            0.7,
        ),
    ]
    CONTEXT = ["key", "secret", "token", "password", "credential"]
    SEED_PHRASE = Pattern("bip39 seed phrase", "", 0.8)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._starts["bare 40-character base64 key"] = _base64_runs
        self._starts["generated value after a name"] = _mixed_runs

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for start, end in seed_phrases(text):
            value, flags = text[start:end], self.global_regex_flags
            results.append(self._result(value, start, end, self.SEED_PHRASE, flags))
        return results

    def accept_match(self, match: re.Match) -> bool:
        """Upper, lower and digits, high entropy, no integrity-hash prefix, no fill-in run; a documented
        example key (``…EXAMPLEKEY``) counts: a real key and its placeholder look the same to a vendor."""
        value = match.group("value")
        if "generated" in match.re.groupindex:
            return _generated_after_name(match, value)
        if "hexkey" in match.re.groupindex:
            # (a quoted argument of a call the vendor's line makes needs no key word: "require('twilio')(sid,
            # '7c3e…')"; in prose a key word must say what it is: not "the Okta org … 7c3e…")
            argument = _ARGUMENT.search(match.string, max(0, match.start() - 4), match.start())
            return ((_name_before(match, key_word=not argument) == _VENDOR_NAMED or _asked_for(match))
                    and not looks_like_placeholder(value, shaped=True) and shannon_entropy(value) >= 3.0)
        if "totp" in match.re.groupindex:
            # (after a bare "secret" or "setup", groups of four need digits in two: not "secret: this plan
            # will work")
            # (after a link word, a digit in one: not "the 2FA code they sent was fine this time with …"; and
            # never two words of prose among them)
            groups = value.split()
            bare = match.group(0)[:3].lower() in ("sec", "set")
            linked = _TOTP_LINKED.search(match.string, match.start(), match.start("value")) is not None
            with_digit = sum(any(c.isdigit() for c in group) for group in groups)
            return not looks_like_placeholder(value, shaped=True) and not (
                len(groups) > 1 and (with_digit < (2 if bare else 1 if linked else 0)
                                     or sum(g.lower() in STOP_WORDS for g in groups) >= 2))
        if "aws" in match.re.groupindex and value.count("/") + value.count("+") > 4:
            return False  # a path: "a/b/c/…"
        return (
            any(map(str.isupper, value))
            and any(map(str.islower, value))
            and any(map(str.isdigit, value))
            and not _INTEGRITY.match(value)
            and ("aws" in match.re.groupindex or not looks_like_placeholder(value, shaped=True))
            and shannon_entropy(value) >= _MIN_ENTROPY
        )


_TOTP_LINKED = re.compile(r"(?i:\b(?:is|was|are|were|reads|says)[ \t:=\"'“”]*\Z)")


# Where "bare 40-character base64 key" can start: its forty characters are a whole run of the base64
# alphabet (nothing of it before or after), so only where such a run of forty or more starts (the ``STARTS``
# mechanism; a scan of the standard library's, six times cheaper than the pattern's own).
_BASE64_RUN = stdlib_re.compile(r"[A-Za-z0-9+/]{40,}")


def _base64_runs(text: str) -> list[int]:
    return [m.start() for m in _BASE64_RUN.finditer(text)]


# Where "generated value after a name" can start with a match accept_match keeps: its value is a whole run of
# its class (nothing of it before or after, "=" padding aside) in ASCII, with a capital, a small letter and a
# digit (``_generated_after_name``'s first test), so only where such a run of ten or more starts.
_ASCII_TOKEN_RUN = stdlib_re.compile(r"(?<![A-Za-z0-9_+/.~-])[A-Za-z0-9_+/.~-]{10,}")
_ASCII_DIGIT = stdlib_re.compile(r"[0-9]")


def _mixed_runs(text: str) -> list[int]:
    return [m.start() for m in _ASCII_TOKEN_RUN.finditer(text)
            if not m.group().islower() and not m.group().isupper() and _ASCII_DIGIT.search(m.group())]


_LOWER_WORD = re.compile(r"\p{Ll}+")
_SEED_LENGTHS = (12, 15, 18, 21, 24)
_TEN_LISTED = bytes([True] * (_SEED_LENGTHS[0] - 2))


@lru_cache(maxsize=1)
def _bip39_words() -> frozenset[str]:
    """The BIP39 word lists (English, Spanish, French, Italian, Portuguese, Czech) of the ``mnemonic``
    package."""
    from mnemonic import Mnemonic

    return frozenset(w for lang in ("english", "spanish", "french", "italian", "portuguese", "czech")
                     for w in Mnemonic(lang).wordlist)


def seed_phrases(text: str) -> list[tuple[int, int]]:
    """Where a wallet's seed phrase stands, named or not: 12, 15, 18, 21 or 24 BIP39 words in a row,
    separated by spaces alone (prose has words off the list every few words)."""
    words, out, run = _bip39_words(), [], []
    # The ten words inside a phrase are whole whitespace-separated chunks of the text: without ten chunks
    # in a row on the list there is none (one C-level split and a set lookup per chunk, where looking at
    # every lower-case word cost six times as much).
    if _TEN_LISTED not in bytes(chunk in words for chunk in text.split()):
        return []
    for m in _LOWER_WORD.finditer(text):
        if m.group() in words and (not run or text[run[-1].end():m.start()].strip(" \t") == ""
                                   and m.start() > run[-1].end()):
            run.append(m)
            continue
        out += _phrase_in(run)
        run = [m] if m.group() in words else []
    return out + _phrase_in(run)


def _phrase_in(run: list) -> list[tuple[int, int]]:
    if len(run) < _SEED_LENGTHS[0]:
        return []
    n = max(k for k in _SEED_LENGTHS if k <= len(run))
    return [(run[-n].start(), run[-1].end())]  # the words before a phrase are often prose ("my seed is")


# integrity hashes and publishable (browser) keys are public: "sha512-…", Stripe's "pk_live_…"
_INTEGRITY = re.compile(r"sha(?:1|256|384|512)-|" + "|".join(PUBLISHABLE_KEYS))


# What a name says about its value.
_VENDOR_NAMED = "vendor"
_PLAIN = "plain"
_NOT_A_KEY = "not a key"  # the name says what else the value is
# Words of a name whose value is something other than a secret: its id, a digest, a place, a version, a file.
_NOT_KEY_WORDS = frozenset(
    "id ids uuid guid sha sha1 sha256 sha512 md5 hash hashes digest checksum sum crc commit commits rev "
    "revision etag nonce fingerprint thumbprint kid trace span request correlation build run version tag "
    "image ref source branch node playlist video doc document sheet spreadsheet folder drive record item "
    "post channel thread comment dashboard org host hostname region zone name title slug path url uri "
    "href link src file filename color colour font class style type format locale lang data content body "
    "text message msg description summary label value state cursor next page address wallet account iban "
    "bic sku isbn barcode serial model part order invoice ticket txid tx block parent before after head "
    "base tree oid object blob integrity avatar icon thumbnail user username email login tenant "
    "subscription project workspace organization instance resource device customer transaction event job "
    "task pipeline deployment release container pod cluster namespace bucket table column index schema "
    "salt iv accessor public pub publishable site sitekey recaptcha challenge fixture example sample test "
    "mock dummy".split())
_NOT_KEY_WORDS |= NOT_SECRET_ANY  # primary, foreign, csrf, authenticity…: the credential rules' non-secrets
# The name a value is assigned to, as the last thing before it: ``NAME = ``, ``"name": "``, ``name =>``…
_ASSIGNED_NAME = re.compile(
    r"""(?P<name>[A-Za-z_][A-Za-z0-9_.-]{0,60})["'`\]]?[ \t]*(?:=>|:=|=|:)[ \t]*["'`]?$""")
# ... or the name and the value as two fields: ``- name: ALGOLIA`` then ``value: "…"``
_NAME_VALUE_FIELDS = re.compile(
    r"""(?i:\bname)["']?[ \t]*[:=][ \t]*["']?(?P<name>[A-Za-z_][A-Za-z0-9_.-]{0,60})["']?[ \t]*,?"""
    r"""[ \t]*\r?\n?[ \t]*-?[ \t]*["']?(?i:value)["']?[ \t]*[:=][ \t]*["'`]?$""")
# The last character each of them cannot hold (searched backwards): no match starts before it, so each is
# searched from there (from the start of a line of config its search cost a hundred times more).
_NOT_IN_ASSIGNED = re.compile(r"""[^A-Za-z0-9_.\-"'`\] \t=:>]""", re.REVERSE)
_NOT_IN_FIELDS = re.compile(r"""[^A-Za-z0-9_.\-"'`\] \t=:>,\r\n]""", re.REVERSE)


def _name_assigned(head: str) -> re.Match | None:
    """The leftmost match of either pattern ending ``head`` (of ``_ASSIGNED_NAME`` where both start)."""
    # (``$`` also matches before a final line break)
    stop = _NOT_IN_ASSIGNED.search(head, 0, len(head) - head.endswith("\n"))
    m = _ASSIGNED_NAME.search(head, stop.end() if stop else 0)
    if "value" in head.lower():
        stop = _NOT_IN_FIELDS.search(head)
        fields = _NAME_VALUE_FIELDS.search(head, stop.end() if stop else 0)
        if fields is not None and (m is None or fields.start() < m.start()):
            return fields
    return m


# In prose, a vendor's name and one of these before a value: "our Twilio auth thing: …", "Okta API: …"
_KEY_WORDS = frozenset("auth api access login cred creds credential credentials key keys token secret"
                       .split())
# Stripe's object ids (customers, cards, events, charges…) and publishable keys (pk_, in every browser): not
# secrets (its keys are sk_, rk_, whsec_)
_OBJECT_ID = re.compile(r"(?:cus|card|evt|ch|pi|pm|src|txn|in|sub|si|price|prod|acct|req|py|re|seti|ii|po"
                        r"|tr|cs|ba|btok|tok|il|dp|du|fee|file|link|plink|prv|cbtxn|iv|sku|plan|coupon|promo|pk)_")
_LOWER_RUN = re.compile(r"[a-z]{4,}")
_ARGUMENT = re.compile(r"[(,][ \t]?[\"'`]$")
VENDORS = key_vendors()


def _name_before(match: re.Match, key_word: bool = True) -> str | None:
    """``_VENDOR_NAMED`` when a vendor names the value (its name has a vendor's word, or a line of prose names
    a vendor up to 40 characters before, with a key word if ``key_word``: "our Twilio auth thing: …"),
    ``_PLAIN`` for another name the value is assigned to, ``_NOT_A_KEY`` when the name says it is something
    else (an id, a hash…), None when nothing names it."""
    text, start = match.string, match.start("value")
    line_start = max(text.rfind("\n", 0, max(0, start - 1)) + 1, start - 120)
    window = max(0, line_start - 80)
    # (a name is assigned only after "=" or ":": the costly search is skipped for anything else)
    assigned = text[max(0, start - 12):start].rstrip(" \t\"'`").endswith(("=", ":", ">"))
    m = _name_assigned(text[window:start]) if assigned else None
    words = key_name_words(m.group("name")) if m else []
    if _NOT_KEY_WORDS.intersection(words):
        return _NOT_A_KEY
    if _vendor_in(words):
        return _VENDOR_NAMED
    cut = window + m.start() if m else start
    prose = key_name_words(text[max(line_start, cut - 40):cut])
    # "our Twilio auth thing: …" (not "the Okta org id is …", "Heroku build …")
    if (VENDORS.intersection(prose) and (not key_word or _KEY_WORDS.intersection(prose))
            and _NOT_KEY_WORDS.isdisjoint(prose[-3:])):
        return _VENDOR_NAMED
    return _PLAIN if words else None


def _asked_for(match: re.Match) -> bool:
    """The value alone on its line answers a question about a key a few lines up ("anyone have the secret for
    the staging webhook?" / "7481aa50…"), not one about a hash or an id."""
    text, start, end = match.string, match.start("value"), match.end("value")
    line_end = text.find("\n", end)
    if text[end:line_end if line_end >= 0 else len(text)].strip() or not text[:start].endswith("\n"):
        return False
    question = text[max(0, start - 240):start]
    asked = question[:question.rfind("?") + 1]
    words = key_name_words(asked[asked.rfind("\n", 0, len(asked) - 1) + 1:])
    return bool(_KEY_WORDS.intersection(words)) and _NOT_KEY_WORDS.isdisjoint(words)


def _vendor_in(words: list[str]) -> bool:
    """A vendor's name among a name's words, also split in two by its case ("ElevenLabs" → eleven, labs)."""
    return bool(VENDORS.intersection(words)) or any(a + b in VENDORS for a, b in zip(words, words[1:]))


def _random_make(value: str) -> bool:
    """Characters as a generator strews them: the case or class changes at least every 2.5 characters
    (identifiers and words run longer), and not base64 of a sentence ("SGVsbG8gZnJvbSB0aGUg…")."""
    kinds, runs = class_runs(value)
    return runs >= len(kinds) / 2.5 and not _base64_of_prose(value)


def _base64_of_prose(value: str) -> bool:
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except ValueError:
        return False
    text = raw.decode("ascii", "replace")
    return text.isprintable() and text.count(" ") >= 2


_LETTERS_RUN = re.compile(r"[a-z]{4,}|[A-Z]{4,}|\d{4,}")


def _short_random(value: str) -> bool:
    """Ten to fifteen characters as a generator strews them (``zM6rXnZw8mc_L8``): two capitals, two digits
    not only at the end, no run of four letters of one case or four digits, the class changing at least every
    second character (not iPhone15Pro, getUserById2, XPS15-9520)."""
    kinds, runs = class_runs(value)
    return (kinds.count("u") >= 2 and kinds.count("d") >= 2
            and any(c.isdigit() for c in value.rstrip("0123456789")) and runs >= len(kinds) / 2
            and not _LETTERS_RUN.search(value))


def _generated_after_name(match: re.Match, value: str) -> bool:
    """Mixed-case random characters assigned to a name that says nothing else, or after a vendor's name."""
    # (every token of ten characters or more comes here: the C-level tests first)
    if not (value.isascii() and any(map(str.isupper, value)) and any(map(str.islower, value))
            and any(map(str.isdigit, value))):
        return False
    # (the cheap tests first; looks_like_placeholder(shaped=True) holds looks_like_template, and
    # looks_random's class and length tests hold for what passed the ones above)
    if (value.count("/") > 2 or _OBJECT_ID.match(value) or _PUBLIC_SHAPE.match(value)
            or _encoded_public_pem(value)
            or sum(map(len, _LOWER_RUN.findall(value))) >= len(value) * 0.4
            or looks_like_placeholder(value, shaped=True) or looks_like_placeholder(value, strict=True)):
        # an identifier (processPaymentRequest2Async), a path, a Stripe object's id; an SSH public key's body
        # or an account SID, named or not
        return False
    entropy = shannon_entropy(value)
    if entropy < 3.0:
        return False
    # ("The Okta thing for the SCIM integration is 00YJmh…": a vendor named in prose is enough for these)
    named = _name_before(match, key_word=False)
    if named is None:  # nothing names it: "why does 8fJ2kLm9Qp3xZ7vBw1Rt fail?" when it is plainly random,
        # also a short one: "sudo with zM6rXnZw8mc_L8" (a password a generator made)
        # (base64 padding is no character of the key: "Zrm-ySTAq7D2sHk=" is fifteen, encoded data)
        long_enough = len(value.rstrip("=")) >= 16 or value[-1] != "=" and _short_random(value)
        return _random_make(value) and long_enough and not _public_by_place(match)
    return named != _NOT_A_KEY and (len(value) >= 16 and entropy >= 3.5)


def _encoded_public_pem(value: str) -> bool:
    """A certificate or public key in base64 ("LS0tLS1CRUdJTi…" is "-----BEGIN", as a Kubernetes secret's
    tls.crt holds it): public; an encoded private key ("…BEGIN PRIVATE KEY") is not."""
    if not value.startswith("LS0tLS1CRUdJTi"):
        return False
    try:
        head = base64.b64decode(value[:60]).decode("ascii", "replace")
    except ValueError:
        return False
    return "PRIVATE" not in head and ("CERTIFICATE" in head or "PUBLIC KEY" in head)


# SSH public keys and known_hosts lines (AAAAB3NzaC1yc2E…, AAAAC3NzaC1lZDI1NTE5…), Twilio account SIDs
_PUBLIC_SHAPE = re.compile(r"AAAA[B-E]|AC[0-9a-f]{32}$")
# inside a PEM block: a certificate's or public key's body is public, a private key's is private_key.py's
_IN_PEM_BLOCK = re.compile(r"-----BEGIN [A-Z0-9 ]{3,40}-----(?:(?!-----END)[\s\S])*$")


def _public_by_place(match: re.Match) -> bool:
    """A nameless value that is public or another's by where it stands: a PEM block's body, or named as an id
    in the words before it ("(account AC4a53…)", "request id 8fJ2…"); its shape (``_PUBLIC_SHAPE``) is
    checked before, named or not."""
    text, start = match.string, match.start("value")
    if _IN_PEM_BLOCK.search(text, max(0, start - 6000), start):
        return True
    before = key_name_words(text[max(0, start - 30):start])[-2:]
    if before and before[-1].endswith("ed"):  # a verb between: "customer pasted 8fJ2…" names no customer id
        before = before[-1:]
    return not _NOT_KEY_WORDS.isdisjoint(before)
