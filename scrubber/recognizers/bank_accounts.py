"""Bank account numbers without an IBAN, next to their cue: "sort code 20-45-77, account 41234567", "routing
number 021000021, account number 123456789012", "account no. 50100123456789, IFSC HDFC0001234", "BSB
062-000 account 12345678", "transit 00123, institution 004", "Kontonummer 1234567890, BLZ 37040044",
"numéro de compte 12345678901", "número de cuenta 0123456789012345".

An account number has no shape of its own (six to twenty digits, maybe in groups), so only a cue makes it
one: an account word of English, German, French, Spanish, Portuguese, Italian or Dutch right before it, with
at most "number", "no.", "#", a colon or "is" between ("account manager", "account balance", "account 3
of 5", "account id" take nothing). The bank's own code beside it (UK sort code, US routing/ABA number,
Australian BSB, Indian IFSC, South African branch code, Canadian transit and institution numbers, German
BLZ, Mexican CLABE) is taken too: with the account number it names the account. All are reported as
US_BANK_NUMBER, the type Presidio uses for account numbers; the type only names the placeholder.
"""

import regex as re
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

# What may stand between a cue and its number: "number", "no.", "nr", "#", a colon, "is"/"ist"/"est"/"es"
_FILL = (r"(?:[ \t]*(?:[:#=]|-(?=[ \t])|(?i:number|numbers|num|no|nr|nº|n°|nummer|numéro|numero|número|is|ist"
         r"|est|es|é|è)\.?)){0,3}[ \t]*")
# An account's own words (a word before them that makes the account a cloud's or a login's is checked apart)
_ACCOUNT = (r"(?i:account|acct|a/c|acc\.?|bank[ \t]+account|kontonummer|kontonr|konto"
            r"|(?:numéro|numero|n°|no)[ \t]+de[ \t]+compte|compte"
            r"|(?:número|numero|nº|n°|no)[ \t]+de[ \t]+cuenta"
            r"|cuenta|(?:número|numero)[ \t]+da[ \t]+conta|conta|(?:numero[ \t]+di[ \t]+)?conto|c/c"
            r"|rekeningnummer|rekening|kontonummer)")
# Six to twenty digits, whole, maybe in groups of two or more ("1234 5678 90", "12-345678-9"); no amount
_DIGITS = r"(?<![\w.,/-])(?P<v>\d{2,}(?:[ -]\d{2,}){0,4})(?![\w@]|[.,]\d|[ \t]*%)"
_ACCOUNT_NUMBER = re.compile(rf"(?<![\w/-]){_ACCOUNT}(?![\w/]){_FILL}{_DIGITS}")
# The bank's code beside the account number
_BANK_CODE = re.compile(
    r"(?<![\w-])(?:"
    r"(?i:sort[ \t-]?code)" + _FILL + r"(?P<v>\d{2}[- ]?\d{2}[- ]?\d{2})(?![\w-])"
    r"|(?i:routing|aba|rtn)(?:[ \t]+(?i:transit))?" + _FILL + r"(?P<v>\d{9})(?!\w)"
    r"|BSB" + _FILL + r"(?P<v>\d{3}[- ]?\d{3})(?![\w-])"
    r"|IFSC(?:[ \t]+(?i:code))?" + _FILL + r"(?P<v>[A-Z]{4}0[A-Z0-9]{6})(?!\w)"
    r"|(?i:branch[ \t]+(?:code|number|no\.?|nr\.?))" + _FILL + r"(?P<v>\d{3,6})(?![\w-])"
    r"|(?i:transit)" + _FILL + r"(?P<v>\d{5})(?![\w-])"
    r"|(?i:institution)" + _FILL + r"(?P<v>\d{3})(?![\w-])"
    r"|(?:BLZ|(?i:bankleitzahl))" + _FILL + r"(?P<v>\d{3}[ ]?\d{3}[ ]?\d{2})(?![\w-])"
    r"|(?i:clabe)" + _FILL + r"(?P<v>\d{3}[ ]?\d{3}[ ]?\d{11}[ ]?\d)(?!\w)"
    r")", re.V0)
# "AWS account 123456789012", "service account", "test account": an account that is no one's bank account
_NOT_BANK_BEFORE = re.compile(r"(?i:\b(?:aws|gcp|azure|cloud|service|admin|root|test|demo|sandbox|user"
                              r"|twitter|instagram|github|google|microsoft|apple|steam|game|email"
                              r"|e-mail)[ \t]+)$")
_GATE = ("account", "acct", "a/c", "acc", "konto", "compte", "cuenta", "conta", "conto", "c/c", "rekening",
         "sort", "routing", "aba", "rtn", "bsb", "ifsc", "transit", "institution", "blz", "bankleitzahl",
         "clabe", "branch")
MIN_DIGITS = 6
MAX_DIGITS = 20
SCORE = 0.8


class BankAccountRecognizer(LocalRecognizer):
    """Account numbers after an account word, and bank codes after their names."""

    ENTITY = "US_BANK_NUMBER"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language, context=[])

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        low = text.lower()
        if not any(c.isdigit() for c in text) or not any(w in low for w in _GATE):
            return []
        spans = []
        for m in _ACCOUNT_NUMBER.finditer(text):
            digits = sum(c.isdigit() for c in m.group("v"))
            if MIN_DIGITS <= digits <= MAX_DIGITS \
                    and not _NOT_BANK_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                spans.append(m.span("v"))
        spans += [m.span("v") for m in _BANK_CODE.finditer(text)]
        return [self._result(start, end) for start, end in spans]

    def _result(self, start: int, end: int) -> RecognizerResult:
        explanation = AnalysisExplanation(self.name, SCORE, textual_explanation="bank account after its cue")
        return RecognizerResult(self.ENTITY, start, end, SCORE, analysis_explanation=explanation,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
