"""Passwords by their make alone: "changed it to Blueberry#77", "use admin / P@ssw0rd123", "Winter2024!".

A word with letters, digits and a symbol such as ``!``, ``#`` or ``&`` inside it is, in prose, almost always a
password someone chose: ids, versions, hosts, paths and code have other shapes, and those are ruled out below.
No password word is needed; recall first (a masked look-alike costs the answer little).
"""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer, class_runs, looks_like_placeholder
from scrubber.words import brands, names_a_product, tech_words

_SYMBOLS = "!@#$%^&*?~"
_SIGN_IN = (r"(?:log|sign)(?:s|ed|ged|ing|ging)?[ \t-]?(?:in|into)|account|creds|credentials|access|changed"
            r"|reset|current[ \t]+one"
            r"|new[ \t]+one|vpn|wi-?fi|router|portal|mailbox")
_LOGIN = re.compile(r"[a-z0-9._-]{2,}$")
_HOST = re.compile(r"(?=[^@]*[a-z])[a-z0-9][a-z0-9.-]*$")
_FIRST_SYMBOL = re.compile(f"[{re.escape(_SYMBOLS)}]")
_CAPITALISED = re.compile(r"\p{Lu}\p{Ll}+")
_FIRST_SIGN_IN = re.compile(rf"(?i:\b(?:{_SIGN_IN})\b)")
# Shapes with a symbol that are not passwords: a version or a shell prompt (sh-5.0$, 1.2~rc1), a name with
# a number (PKCS#8, C#10), a currency amount (US$100), an escape (%20, &amp;), a package pin (pepper@1.9.1).
_NOT_A_PASSWORD = re.compile(
    r"^(?:v?\d+[.\d]|[A-Z0-9]+#\d+$|[A-Z]{1,3}\$\d)|%[sdif]\b|&\w+;|&&|\+\+|@v?\d+(?:\.\d+)+$"
    r"|^[\w.-]+-\d+(?:\.\d+)*[$#%>]$")
# A chosen word with a number and a closing symbol: Winter2024!, biscuit99?, Sommer2025#; not an encoding,
# a standard or a product with its number ("is that base64?", "Windows11!")
_WORD_NUMBER_SYMBOL = re.compile(r"^\p{Lu}?\p{Ll}{2,}\d{2,4}[!?#$*%@&]{1,3}$")
# Letters and digits mixed inside the word, then a closing symbol: Dr4g0nr0ck3t66@, T1g3rm34d0w80%
_LEET_SYMBOL = re.compile(r"^(?=\p{L}*\d+\p{L})(?=(?:\p{L}+\d+){2})[\p{L}\d]{7,}[!?#$*%@&]{1,3}$")
_WORDS_AND_SYMBOL = re.compile(r"\p{Lu}\p{Ll}{2,}[!#$%*^~]\p{Lu}\p{Ll}{2,}[!#$%*^~]?")
_TECH_NUMBER = re.compile(r"(?i)(?:base|utf|sha|md|int|uint|float|arm|win|ipv|http|mp|vp|av|ddr|usb|wpa|ps"
                          r"|gen|ver|version|python|java|php|es|windows|ubuntu|debian|ios|android|iphone|galaxy"
                          r"|pixel|office|covid)\d+$")


_PERCENT_HEX = re.compile(r"%([0-9A-Fa-f]{2})")


def url_escaped(value: str) -> bool:
    """Whether ``value`` holds a URL escape: "%" and two hex digits that stand for a character URLs escape (a
    space, punctuation, a line break, a byte of UTF-8: "%20", "%2F", "%0A", "%E2"), not for a letter or digit
    or a control character no one escapes: "Cedar%0512", "P4nth3r%42" are passwords with a "%" in them."""
    for m in _PERCENT_HEX.finditer(value):
        code = int(m.group(1), 16)
        if code in (0x09, 0x0A, 0x0D) or code >= 0x80 or 0x20 <= code < 0x7F and not chr(code).isalnum():
            return True
    return False


def _random_rest(value: str) -> bool:
    """After a leading symbol: upper case, lower case and a digit, the case or class changing at least every
    second character (``&EC2#dXS0``, ``#VwUr-F3SjFKR``; not ``#Issue42``)."""
    kinds, runs = class_runs(value)
    return len(kinds) >= 7 and {"u", "l", "d"} <= set(kinds) and runs >= len(kinds) / 2


_ADDRESS_SCHEME = re.compile(r"^(?i:mailto|sips?|xmpp):")


def password_shaped(value: str) -> bool:
    """Letters, a digit and a symbol inside the word (or a word with a number and a closing symbol), and not
    the make of a version, prompt, escape, e-mail or host."""
    if not 6 <= len(value) <= 40 or _NOT_A_PASSWORD.search(value) or url_escaped(value):
        return False
    if value[0] in "#@$&*%~" and not _random_rest(value[1:]):  # #hashtag, @mention, $VAR, %PATH%
        return False
    if not (any(c.isalpha() for c in value) and any(c.isdigit() for c in value)):
        # (or two capitalised words joined by a symbol, as a password without a digit: "Nebula!Drift"; not
        # a firm's "&" nor an e-mail's "@")
        return _WORDS_AND_SYMBOL.fullmatch(value) is not None and not looks_like_placeholder(value)
    body = value[:-1]
    if not any(c in _SYMBOLS for c in body) and not _LEET_SYMBOL.match(value) and (
            not _WORD_NUMBER_SYMBOL.match(value) or _TECH_NUMBER.match(body)):
        return False
    # user@host, ci@build-12, mailto:ana52@mail.com: a login or an address; Admin@2024, P@ssw0rd: passwords
    if set(value) & set(_SYMBOLS) == {"@"}:
        user, _, host = _ADDRESS_SCHEME.sub("", value).partition("@")
        if _LOGIN.match(user) and _HOST.match(host):
            return False
    return not looks_like_placeholder(value)  # "Test@2024" is a password people really use


# A password-shaped word holds a symbol (``password_shaped``) and no space, so "password-shaped word" is tried
# only in the runs of non-space characters that hold a symbol, where it can start: at the run's start and
# after each character its look-behind allows.
_SPACE = re.compile(r"\s")
_LAST_SPACE = re.compile(r"(?r)\s")
_OPENER = re.compile(r"[\"'`“‘(\[:=>]")


def _symbol_word_starts(text: str) -> list[int]:
    """Where "password-shaped word" can start a match that ``password_shaped`` may accept (ascending)."""
    out: list[int] = []
    end = 0
    for m in _FIRST_SYMBOL.finditer(text):
        at = m.start()
        if at < end:  # (in the run before)
            continue
        space = _LAST_SPACE.search(text, 0, at)
        start = space.end() if space is not None else 0
        space = _SPACE.search(text, at)
        end = space.start() if space is not None else len(text)
        out.append(start)
        out += [o.end() for o in _OPENER.finditer(text, start, end - 1)]
    return out


# A field's label glued to its value by a colon, in the copy detection reads (a full-width "：" is ":" there):
# "メール:taro1985@yahoo.co.jp", "パスワード:Sakura#2024", "pw:Velvet#89". The label is no part of the word:
# an e-mail after it is the e-mail recognizer's; a password after it is the password alone. (Only a label in a
# script other than Latin, or a label word: "Kx:9#mP2" is one password.)
_LABEL_FIRST = re.compile(r"(\p{L}+)[:：](?=\S)")
_LABEL_WORDS = frozenset("password passwort pass pw pwd passcode pin mail email e-mail tel phone user login "
                         "key".split())


def _after_label(value: str) -> int:
    """Where the word starts after a label and its colon at its start (0 when there is none)."""
    m = _LABEL_FIRST.match(value)
    if m is None or m.group(1).isascii() and m.group(1).lower() not in _LABEL_WORDS:
        return 0
    return m.end()


# A Wi-Fi network's name (SSID) is no secret, its password is: "SSID: CafeNet5G", "the network is
# HomeNet2024", "Wi-Fi name: Guest_Lounge42", and "Wi-Fi: OfficeGuest / password: …" (a password after it);
# not "Wi-Fi password: …", "wifi pw …", "network key: …".
_NETWORK_BEFORE = re.compile(
    r"(?i:\b(?:ssid|(?:wi-?fi|wlan|wireless)[ \t]+(?:name|network(?:[ \t]+name)?|ssid)"
    r"|network(?:[ \t]+name)?)"
    r"(?:[ \t]+(?:is|was|called|named))?[ \t]*[:=-]?[ \t]*[\"'“‘]?)\Z")
_WIFI_BEFORE = re.compile(r"(?i:\b(?:wi-?fi|wlan)[ \t]*[:=][ \t]*[\"'“‘]?)\Z")
_PASSWORD_AFTER = re.compile(r"[\"'”’]?[ \t]*[/,;|][ \t]*(?i:(?:and[ \t]+)?(?:the[ \t]+)?"
                             r"(?:password|passwort|pass|pw|pwd|passphrase|key)\b)")


def names_a_network(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a Wi-Fi network's name by the words around it (``_NETWORK_BEFORE``)."""
    lo = max(0, start - 30)
    return _NETWORK_BEFORE.search(text, lo, start) is not None or (
        _WIFI_BEFORE.search(text, lo, start) is not None and _PASSWORD_AFTER.match(text, end) is not None)


# A note on a value's letter case (a password is the one value whose case people spell out)
_CASE_NOTE = (r"(?i:case[ \t-]?sensitive|(?:lower|upper|small)[ \t-]?case(?:[ \t]+only)?|caps(?:[ \t]+only)?"
              r"|no[ \t]+(?:caps|capitals|capital[ \t]+letters)|a[ \t]+capital(?:[ \t]+\p{L}\b)?)")
_FIRST_CASE_NOTE = re.compile(_CASE_NOTE)
_LOWER_THEN_UPPER = re.compile(r"\p{Ll}\p{Lu}")


def _case_noted(value: str) -> bool:
    """Whether ``value`` can be what a case note is about: a password's make (a digit or a symbol with
    letters, or letters of both cases), not a word of the sentence ("file names are case-sensitive")."""
    symbol = any(c in _SYMBOLS for c in value)
    if not any(c.isalpha() for c in value) or not symbol and not any(c.islower() for c in value):
        return False  # (an acronym: "SHA256 (all caps)")
    mixed = _LOWER_THEN_UPPER.search(value) is not None  # (not a header's words: "X-Api-Key")
    return (symbol or mixed or any(c.isdigit() for c in value)) \
        and not looks_like_placeholder(value, strict=True) and not names_a_product(value)


_FIRST_ASKED = re.compile(r"(?i:\bhow[ \t]+(?:strong|secure|safe|good|weak|guessable|crackable|easy)\b"
                          r"|\bis[ \t]+[\"'“‘])")
_FIRST_SEED = re.compile(r"(?i:\b(?:totp|otp|2fa|mfa|authenticator|two-factor|2-step)[ \t-]+"
                         r"(?:seed|secret|key|setup))")
# Passwords everybody tries (``login_pair`` adds the defaults devices ship with)
COMMON_PASSWORDS = frozenset("hunter2 qwerty letmein changeme iloveyou trustno1 monkey dragon sunshine "
                             "princess football baseball password passw0rd p@ssw0rd abc123 123456 12345678 "
                             "admin123".split())
# ... and keyboard runs, whose strength people ask about ("How strong is qwertyuiop?")
_WEAK_PASSWORDS = COMMON_PASSWORDS | frozenset("qwertyuiop asdfgh asdfghjkl zxcvbnm".split())


class PasswordShapeRecognizer(SpanPatternRecognizer):
    PATTERNS = [
        Pattern(
            "password-shaped word",
            # a whole word of the text: not inside a URL, path, e-mail, code expression or quoted key
            r"(?<![^\s\"'`“‘(\[:=>])(?P<value>[^\s\"'`<>(){}\[\]=/\\,;|“”‘’]{6,40})[\"'`”’)\]]?"
            r"(?=[.,;:!?)]*(?:\s|$|[\"'`”’<]))",
            0.6,
        ),
        # a word with a number after a sign-in word on its line: "my login stopped working after I changed it
        # to Biscuit99", "current one = HappyDays_42" (a word and a number alone is too often a product)
        Pattern(
            "word with a number after sign-in word",
            # (or on the next line: "what's the new one?\n[09:15] ops-bot: papillonOmega66")
            # (the sign-in word not a part of a name: "config wifi-iface 'default_radio0'")
            rf"(?i:\b(?:{_SIGN_IN})\b)(?!-\w)[^\n]{{0,60}}?(?:\r?\n[^\n]{{0,40}}?)?(?<![^\s\"'`(:=>])(?P<cued>)"
            r"(?P<value>(?=[^\s]*\d)(?:\p{Lu}?\p{Ll}{2,}\p{L}*[_.-]?\d{1,4}|\p{L}{2,}[_.-]\p{L}{2,}[_.-]?\d{1,4}"
            r"|\p{Ll}{3,}\p{Lu}\p{Ll}{2,}\d{1,4}))"
            r"[\"'`”’)\]]?(?=[.,;:!?)]*(?:\s|$))",
            0.6,
        ),
        # two or more capitalised words run together with a number, the way people build passwords to a
        # policy ("is \"GlacierLemon249\" long enough?"): in prose, never an identifier (no lower-case start)
        # and, unless a brand or tool leads it (PowerPoint2016, MacBookPro16), no product
        Pattern(
            "capitalised words with a number",
            # (or the number between them: "Cinnamon4Toast", "Blue42Harbor")
            r"(?<![\w/.@#$%&*+=~-])(?P<camel>)(?P<value>\p{Lu}\p{Ll}{2,}(?:(?:\p{Lu}\p{Ll}{2,})+\d{1,4}"
            r"|\d{1,4}(?:\p{Lu}\p{Ll}{2,})+\d{0,4}))"
            r"(?![\w/@-]|\.\w)",
            0.6,
        ),
        # the same words joined by one of ".", "-", "_" and ending in the number: "Blue.Whale.93",
        # "Orchid-Lane-55", "Maple_Leaf_2027" (a year only after "." or "_": "Black-Friday-2024" is a sale)
        Pattern(
            "capitalised words joined with a number",
            r"(?<![\w/.@#$%&*+=~-])(?P<camel>)(?P<joined>)(?P<value>\p{Lu}\p{Ll}{2,}(?P<sep>[._-])\p{Lu}\p{Ll}{2,}"
            r"(?:(?P=sep)\p{Lu}\p{Ll}{2,})*(?P=sep)(?:(?!(?:19|20)\d\d(?!\d))\d{2,4}|(?<=[._])\d{1,4})"
            # (or the number glued to the last word after "_": "Thunder_Road77", "Maple_Leaf22")
            r"|\p{Lu}\p{Ll}{2,}(?P<sep>_)\p{Lu}\p{Ll}{2,}(?:_\p{Lu}\p{Ll}{2,})*\d{2,4})"
            r"(?![\w/@-]|\.\w)",
            0.6,
        ),
        # the passwords everybody tries, with a number: "it still accepts Password123", "welcome1"
        Pattern(
            "common password with a number",
            r"(?<![\w@.$%-])(?P<weak>)(?P<value>(?i:password|passw0rd|p@ssw0rd|p@ssword|welcome|qwerty|letmein|changeme"
            r"|iloveyou|trustno)\d{1,4}[!?#$*]?)(?![\w@/-]|\.\w)",
            0.6,
        ),
        # a password whose strength is asked about: "How strong is hunter2?", "is 'qwertyuiop' an ok wifi
        # password?" (quoted), "how secure is Fido2009 really?"
        Pattern(
            "password asked about",
            r"(?i:\bhow[ \t]+(?:strong|secure|safe|good|weak|guessable|crackable|easy[ \t]+to[ \t]+guess)"
            r"[ \t]+is|\bis)[ \t]+(?P<asked>)(?:(?P<q>[\"'“‘])(?P<value>[^\s\"'“”‘’]{4,40})[\"'”’]"
            r"(?=[ \t]+(?i:(?:a|an|really|actually|still)[ \t]+)?"
            r"(?i:strong|secure|safe|good|ok|okay|weak|long|enough|guessable|crackable|too|easy))"
            r"|(?P<value>[^\s\"'“”‘’?]{4,40})(?=(?:[ \t]+(?i:really|actually|enough|though))?[ \t]*\?))",
            0.6,
        ),
        # an authenticator's seed (base32) after its word: "my TOTP seed is JBSWY3DPEHPK3PXP"
        Pattern(
            "authenticator seed",
            r"(?i:\b(?:totp|otp|2fa|mfa|authenticator|two-factor|2-step)[ \t-]+"
            r"(?:seed|secret|key|setup[ \t]+key)\b)"
            r"(?:[ \t]+(?i:is|was)|[ \t]*[:=])?[ \t]*[\"'`]?(?P<seed>)"
            r"(?P<value>[A-Z2-7]{16,64}|[a-z2-7]{16,64}|[A-Z2-7]{4}(?:[ ][A-Z2-7]{4}){3,15}"
            r"|[a-z2-7]{4}(?:[ ][a-z2-7]{4}){3,15})(?![\w])",
            0.7,
        ),
        # a word with a note on its letter case after it, as one gives a password: "it's Blue.Whale.93
        # (case-sensitive)", "tigerlily7, all lowercase", "Fjord88 - no caps"
        Pattern(
            "word with a note on its case",
            r"(?<![^\s\"'`“‘(\[:=>])(?P<case>)(?P<value>[^\s\"'`“”‘’(){}\[\]<>,;]{4,40}?)[\"'`”’]?[.,;:]?"
            r"[ \t]*(?:[(,–—-][ \t]*|\b(?:is|it['’]s)[ \t]+)?(?:(?:it['’]s|all|in|(?:but[ \t]+)?with)[ \t]+)?"
            + _CASE_NOTE,
            0.6,
        ),
    ]
    CONTEXT = ["password", "login", "credentials"]
    # (was one regex, the symbols and ``_SIGN_IN``: ``HINT_WORDS`` are its plain strings, found in one C-level
    # pass each)
    HINT_WORDS = (*_SYMBOLS, "login", "log in", "log\tin", "log-in", "signin", "sign in", "sign\tin",
                  "sign-in", *(f"{verb}{sep}in" for sep in (" ", "\t")
                               for verb in ("logged", "logging", "signed", "signing", "logs", "signs")),
                  "account", "creds", "credentials", "access", "changed", "reset", "vpn", "wifi",
                  "wi-fi", "router", "portal", "mailbox", "case", "caps", "capital", "password", "passw0rd",
                  "p@ss", "welcome", "qwerty", "letmein", "changeme", "iloveyou", "trustno", "how strong",
                  "how secure", "how safe", "how good", "how weak", "how guessable", "how crackable",
                  "how easy",
                  "is \"", "is '", "is “", "is ‘", "totp", "otp", "2fa", "mfa", "authenticator", "two-factor",
                  "2-step")
    HINT = re.compile(r"(?i:current[ \t]+one|new[ \t]+one)|\p{Lu}\p{Ll}{2,}\d{0,4}\p{Lu}\p{Ll}{2,}"
                      r"|\p{Lu}\p{Ll}{2,}[._-]\p{Lu}\p{Ll}{2,}")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._starts["password-shaped word"] = _symbol_word_starts

    def start_of(self, pattern, text: str) -> int | None:
        """The cued pattern from the first sign-in word (password-shaped words are tried at
        ``_symbol_word_starts``, capitalised words everywhere)."""
        if pattern.name == "password asked about":
            m = _FIRST_ASKED.search(text)
            return None if m is None else m.start()
        if pattern.name == "authenticator seed":
            m = _FIRST_SEED.search(text)
            return None if m is None else m.start()
        if pattern.name == "word with a note on its case":
            m = _FIRST_CASE_NOTE.search(text)
            return None if m is None else max(0, m.start() - 50)
        if pattern.name != "word with a number after sign-in word":
            return 0
        m = _FIRST_SIGN_IN.search(text)
        return None if m is None else m.start()

    def accept_match(self, match: re.Match) -> bool:
        value = match.group("value")
        if names_a_network(match.string, *match.span("value")):
            return False
        if "cued" in match.re.groupindex:  # not a product with a version: Office365, Windows11
            return not names_a_product(value)
        if "seed" in match.re.groupindex:
            return any(c.isdigit() for c in value)
        if "asked" in match.re.groupindex:  # a password's make, a common password, or a word in quotes
            return not looks_like_placeholder(value, strict=True) and (
                password_shaped(value) or value.lower() in _WEAK_PASSWORDS
                or value[:1].isalpha() and any(c.isdigit() for c in value) and not value.isupper()
                and not names_a_product(value)
                or match.group("q") is not None and value.isalpha() and value.islower() and len(value) >= 6)
        if "weak" in match.re.groupindex:  # (not a constant's name: PASSWORD1)
            return not value.isupper()
        if "case" in match.re.groupindex:
            return _case_noted(value.rstrip(".,;:?)"))
        if "camel" in match.re.groupindex:
            words = _CAPITALISED.findall(value)
            leads = {"".join(words[:n]).lower() for n in range(1, len(words) + 1)}
            return leads.isdisjoint(brands()) and leads.isdisjoint(tech_words())
        value = value[_after_label(value):]
        if password_shaped(value):
            return True
        stripped = value.rstrip(".,;:?)")  # a sentence's stop after the word
        return stripped != value and password_shaped(stripped)

    def _result(self, value, start, end, pattern, flags):
        if pattern.name == "password-shaped word":
            label = _after_label(value)
            start, value = start + label, value[label:]
            if not password_shaped(value):
                stripped = value.rstrip(".,;:?)")
                end -= len(value) - len(stripped)
                value = stripped
        return super()._result(value, start, end, pattern, flags)
