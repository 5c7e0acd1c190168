"""Names right after a word that announces a person: "Dear Crystal Jackson", "cardholder Janice Salazar",
``customer="Amy Hanna"``, chat lines "[10:03] Rodrigo: …". The small NER model misses many of these.

The name is one to three capitalised words (initials, hyphens and particles such as "van der" allowed);
a first word that is an ordinary English word ("Dear Team", "Hi All", "Dear Customer") is not a name.
"""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer
from scrubber.words import common_words

_UP = r"[A-ZÀ-ÖØ-Þ]"
_WORD = rf"{_UP}[a-zß-öø-ÿ'’]+(?:-{_UP}[a-zß-öø-ÿ'’]+)?"
_PART = r"(?:van|von|der|den|de|del|della|di|da|du|le|la|dos|das|ter|ten|bin|al)"
_NAME = rf"(?P<value>{_WORD}(?:[ \t]+(?:{_UP}\.|{_PART}|{_WORD})){{0,3}}(?<=[a-zß-öø-ÿ'’.]))"
_CUES = (
    r"dear|hi|hello|hey|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|cardholder|card holder|beneficiary|customer"
    r"|patient|employee|applicant|candidate|tenant|client|payee|caller|account holder|new hire"
    r"|my (?:mother|father|wife|husband|son|daughter|brother|sister|colleague|manager|boss|neighbou?r"
    r"|friend|partner|spouse)"
    r"|apology to|reply to|letter for|check for|warning letter for"
)


class NameCueRecognizer(SpanPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [
        Pattern(
            "name after cue", rf"(?<![\w-])(?i:{_CUES})[ \t]*(?:[=:][ \t]*)?[\"']?[ \t]*{_NAME}(?![\w@])", 0.7
        ),
        Pattern("chat speaker", rf"(?m:^[ \t>]*\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\][ \t]*{_NAME}:[ \t])", 0.7),
    ]
    CONTEXT = ["name", "dear", "customer", "patient"]
    HINT = re.compile(rf"(?i:{_CUES})|\[\d{{1,2}}:\d{{2}}")

    def accept_match(self, match: re.Match) -> bool:
        """No ordinary English word as the first name word."""
        first = match.group("value").split()[0].lower()
        return first not in common_words()
