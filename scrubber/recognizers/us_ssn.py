"""US Social Security numbers, including the well-known sample numbers Presidio drops.

Presidio invalidates 078-05-1120, 123-45-6789 and 987-65-4320 as published samples. For a privacy
proxy that is the wrong trade: masking a sample costs nothing, while 078-05-1120 was used as a real SSN
by thousands of people and demo data pasted into a prompt is often real data. We only drop numbers the
SSA never issues (area 000, 666 or 9xx — the 9xx range is ITINs —, group 00, serial 0000).
"""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._gated import GatedPatternRecognizer

_SSN = r"(?<![\d-])\d{3}(?P<sep>[- .]?)\d{2}(?P=sep)\d{4}(?![\d-])"


# A number right after another identifier's label is that identifier, even in a text about SSNs: a direct
# deposit form's "Routing no. 288023433", "Account no. 266290979", "Order # 123 45 6789" (a dashed number
# anywhere stays an SSN, and "SSN of account holder: 123456789" one: the label must be right before it).
# Checked behind the digits, so it runs only where nine digits matched.
_OTHER_LABEL = (r"(?<!(?i:\b(?:routing|aba|rtn|transit|account|acct|a/c|order|invoice|tracking|ticket|phone"
                r"|tel|fax|mobile|cell)(?:[ \t]*(?:no|nr|num|number|#))?\.?[ \t]*[:#=]?[ \t]*)"
                r"\d{3}[ .]?\d{2}[ .]?\d{4})")

_KEYWORD = re.compile(r"(?i:(?<![^\W_])(?:ssns?|ss#|ssn#|social[ \t]+security|soc\.?[ \t]*sec)(?![^\W_]))")


class UsSocialSecurityRecognizer(GatedPatternRecognizer):
    """Dashed SSNs anywhere; spaced, dotted or unseparated ones only after an SSN keyword."""

    ENTITY = "US_SSN"
    PATTERNS = [
        Pattern(
            "ssn after keyword",
            # the number may be on the next line ("Social security number\n123456789")
            r"(?i:(?<![^\W_])(?:ssns?|ss#|ssn#|ss[ \t]+(?:no|num|number)\.?"
            r"|social[ \t]+security(?:[ \t]+(?:number|num|no\.?|#))?"
            r"|soc\.?[ \t]*sec\.?(?:[ \t]+(?:no\.?|num|number|#))?)(?!\w))[^\d\n]{0,20}?\n?[^\d\n]{0,5}?"
            r"(?P<value>" + _SSN + ")",
            0.95,
        ),
        Pattern("ssn dashed", r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", 0.6),
        # "SSN is 089-74-3547 and my spouse's is 857 91 6646": a later number on the line of an SSN keyword
        Pattern(
            "ssn spaced on a keyword line",
            # "SSN for the account holder Maria Gonzalez is 123456789": further from the keyword, same line.
            # Digits first, then the keyword behind them: a leading look-behind would be tried everywhere.
            r"(?<![\d-])\d{3}(?P<sep2>[ .]?)\d{2}(?P=sep2)\d{4}(?![\d-])"
            r"(?<=(?i:\b(?:ssns?|social[ \t]+security)\b)[^\n]{0,100}\d{3}[ .]?\d{2}[ .]?\d{4})"
            + _OTHER_LABEL,
            0.8,
        ),
        # "INSERT … (…, ssn, …) VALUES (…)", "2. Ann Lee, 679325108, Austin TX" under a note about SSNs: in a
        # text that speaks of SSNs anywhere, any number of their make is one
        Pattern("ssn in a text about ssns",
                r"(?<![\d-])\d{3}(?P<sep3>[ .]?)\d{2}(?P=sep3)\d{4}(?![\d-])" + _OTHER_LABEL, 0.5),
    ]
    CONTEXT = ["ssn", "social", "security"]
    GATES = {"ssn in a text about ssns": _KEYWORD}  # (only in a text with an SSN keyword)

    def invalidate_result(self, pattern_text: str) -> bool:
        """Numbers outside the issued ranges, and all-same digits."""
        digits = "".join(c for c in pattern_text if c.isdigit())
        return digits[0] == "9" or never_issued(digits)


def never_issued(value: str) -> bool:
    """An SSN's shape the SSA never issues, nor the IRS as an ITIN (area 000 or 666, group 00, serial 0000)
    or one digit repeated: a form's or a fixture's placeholder ("000-00-0000", "666-12-3456")."""
    digits = "".join(c for c in value if c.isdigit())
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area in ("000", "666") or group == "00" or serial == "0000" or len(set(digits)) == 1
