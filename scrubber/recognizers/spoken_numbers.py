"""Numbers read out digit by digit, as speech recognition writes a call or a voice note: "four nine three
seven oh five eight two six five", "cinco dois três sete …", "sıfır beş … üç bir altı iki".

A phone number, a card, an account or an SSN read out is as personal as its digits. Seven digit words or
more in a row (a code's four to six are ``password_prose``'s, after a code word) are reported as a phone
number, the commonest such number; the type only names the placeholder.
"""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer

# Digit words of English, German, French, Spanish, Italian, Portuguese, Dutch, Turkish, Polish, Swedish,
# Danish and Norwegian, Finnish, Czech, Romanian, Hungarian, Indonesian, Tagalog and Vietnamese, and "double"
# / "triple" before a digit ("double five").
DIGIT_WORDS = (
    "zero|oh|o|one|two|three|four|five|six|seven|eight|nine|niner|double|triple"
    "|null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun"
    "|zéro|un|deux|trois|quatre|cinq|sept|huit|neuf"
    "|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
    "|due|tre|quattro|cinque|sei|sette|otto|nove"
    "|um|dois|três|quatro|sete|oito"
    "|nul|een|één|twee|drie|vijf|zes|zeven|negen"
    "|sıfır|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz"
    "|jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć"
    "|noll|ett|två|fyra|fem|sex|sju|åtta|nio"
    "|en|et|to|fire|seks|syv|otte|åtte|ni"
    "|nolla|yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän"
    "|nula|jedna|dva|dvě|tři|čtyři|pět|šest|sedm|osm|devět"
    "|unu|doi|trei|patru|cinci|șase|şase|șapte|şapte|opt|nouă"
    "|nulla|egy|kettő|két|három|négy|öt|hat|hét|nyolc|kilenc"
    "|nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
    "|sero|isa|dalawa|tatlo|apat|anim|pito|walo|siyam"
    "|không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín"
)
# Words that make the digits read out an order's, a parcel's or a flight's (a card, an account or an SSN read
# out stays personal: those words are not here)
_NOT_PERSONAL = re.compile(
    # (not words of everyday speech around a phone number: "in case we get cut off", "part of", "room for")
    r"(?i:\b(?:order|invoice|ticket|ref|reference|tracking|shipment|parcel|package|booking|reservation"
    r"|confirmation|flight|sku|serial|bestell\w*|commande|pedido|ordine"
    r"|sipariş|zamówieni\w*|ordernummer|sendung\w*|colis|envío|spedizione|kargo)\b)"
    # (or asked for in the turn before: "what's the order number\ncaller: um it's …")
    r"[^\n]{0,25}(?:\n[^\n]{0,25})?$")
DIGIT_WORD_SET = frozenset(DIGIT_WORDS.split("|"))
# between two digit words: spaces, a comma, a dash or a pause ("… ", "...")
DIGIT_SEP = r"(?:[ \t]*(?:,|-|–|\.\.\.|…)?[ \t]+|[ \t]*(?:\.\.\.|…)[ \t]*|-)"  # ("siete-tres-uno")


def digit_run(least: int, most: int) -> str:
    """A regex for ``least`` to ``most`` digit words in a row, as whole words, in any case."""
    word = rf"(?i:{DIGIT_WORDS})"
    return rf"(?<![\w-]){word}(?:{DIGIT_SEP}{word}){{{least - 1},{most - 1}}}(?![\w-])"


class SpokenNumberRecognizer(SpanPatternRecognizer):
    """Seven to twenty digit words in a row."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS = [Pattern("number read out", digit_run(7, 20), 0.8)]
    CONTEXT: list[str] = []
    STARTS = {"number read out": DIGIT_WORD_SET}  # tried only where a digit word starts

    def accept_match(self, match) -> bool:
        """Three different digit words at least ("one one one" says little), and not after the words that
        make digits an order, ticket, flight or tracking number."""
        words = {w.lower() for w in re.findall(r"\w+", match.group())}
        before = match.string[max(0, match.start() - 40):match.start()]
        return len(words) >= 3 and not _NOT_PERSONAL.search(before)
