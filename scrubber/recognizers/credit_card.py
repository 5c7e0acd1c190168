"""Payment card numbers: every network's number lengths and prefixes, checked with Luhn.

Presidio's credit-card pattern misses Mastercard's 2-series, 19-digit Visa and Maestro/UnionPay numbers
of 12–19 digits. Here any 12–19 digit run (single spaces or dashes between groups allowed) counts when it
passes the Luhn check and starts with a prefix a card network issues for that length. Written in groups, a
card's first group is four digits: "42101-4117567-0" (a Pakistani CNIC) or "870711 7566 085" (a South African
id) are no cards, whatever their check digit.
"""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer
from scrubber.recognizers.national_ids import sa_id_at

# (prefix range low, high, allowed lengths): IIN ranges of the card networks.
_NETWORKS: tuple[tuple[int, int, frozenset[int]], ...] = tuple(
    (lo, hi, frozenset(lengths))
    for lo, hi, lengths in (
        (4, 4, (13, 16, 19)),  # Visa
        (51, 55, (16,)), (2221, 2720, (16,)),  # Mastercard
        (34, 34, (15,)), (37, 37, (15,)),  # American Express
        (6011, 6011, (16, 17, 18, 19)), (644, 649, (16, 19)), (65, 65, (16, 19)),  # Discover
        # JCB issues 3528-3589; test-data generators (Faker) draw from all of 35xx, and demo data pasted
        # into prompts is often real data, so the whole 35 range counts (Luhn still has to pass).
        (3500, 3599, (16, 17, 18, 19)), (2131, 2131, (15,)), (1800, 1800, (15,)),  # JCB
        (300, 305, (14, 16, 19)), (36, 36, (14, 16, 19)), (38, 39, (14, 16, 19)),  # Diners Club
        (50, 50, range(12, 20)), (56, 69, range(12, 20)),  # Maestro and local debit schemes
        (62, 62, (16, 17, 18, 19)), (81, 81, (16, 17, 18, 19)),  # UnionPay
        (2200, 2204, (16, 17, 18, 19)),  # Mir
    )
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def issued_prefix(digits: str) -> bool:
    """True when some card network issues numbers of this length with this prefix."""
    n = len(digits)
    for lo, hi, lengths in _NETWORKS:
        width = len(str(lo))
        if n in lengths and lo <= int(digits[:width]) <= hi:
            return True
    return False


# A South African id number is 13 digits with a Luhn check, as a 13-digit Visa or Maestro card is
# ("6501015800080", born on 1 January 1965): a valid id is one (NationalIdRecognizer types it) unless a card
# word stands near it and no id word does.
_CARD_WORD = re.compile(r"(?i)\b(?:card|credit|debit|visa|maestro|mastercard|amex|cc|pan|payment|pay|paid)\b")
_ID_WORD = re.compile(r"(?i)\b(?:id|identity|identification)\b")
_NEAR = 40  # characters on either side, on the number's line


def sa_id_not_card(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a valid South African id number that is no card: an id word near it, or
    no card word."""
    if end - start not in (13, 15) or not sa_id_at(text, start, end):
        return False
    lo = max(text.rfind("\n", 0, start) + 1, start - _NEAR)
    hi = text.find("\n", end)
    hi = min(hi if hi >= 0 else len(text), end + _NEAR)
    around = text[lo:start] + " " + text[end:hi]
    return _ID_WORD.search(around) is not None or _CARD_WORD.search(around) is None


class PaymentCardRecognizer(SpanPatternRecognizer):
    ENTITY = "CREDIT_CARD"
    PATTERNS = [Pattern("card number", r"(?<![\d.,/-])\d(?:[ -]?\d){11,18}(?![\d-]|[.,]\d)", 0.5)]
    CONTEXT = ["card", "credit", "debit", "visa", "mastercard", "amex", "cc", "pan", "payment"]
    HINT = re.compile(r"\d{4}")

    def accept_match(self, match: re.Match) -> bool:
        return not sa_id_not_card(match.string, *match.span())

    def validate_result(self, pattern_text: str) -> bool:
        digits = "".join(c for c in pattern_text if c.isdigit())
        separators = {c for c in pattern_text if not c.isdigit()}
        if len(separators) > 1 or len(set(digits)) == 1:
            return False  # "1234-5678 9012 3456" or all zeros: not how cards are written
        if separators and len(re.split(r"[ -]", pattern_text)[0]) != 4:
            return False  # a card's first group is four digits: "42101-4117567-0" (a CNIC), "870711 7566 085"
        return luhn_ok(digits) and issued_prefix(digits)
