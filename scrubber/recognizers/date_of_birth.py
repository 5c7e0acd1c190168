"""Dates of birth, only where the text says so (``DOB``, ``date of birth``, ``born on``, ``geboren am``…).

A bare date is rarely personal data in a prompt (deadlines, releases), so DATE_TIME stays off; a date right
after a birth keyword identifies a person and is reported as DATE_OF_BIRTH.
"""

from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember"
    r"|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?"
)
_D = r"(?:[12]\d|3[01]|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])"
_DAY = _D + r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_DATE = (
    rf"(?:{_YEAR}[-/.]{_M}[-/.]{_D}"
    rf"|{_D}[-/.]{_M}[-/.](?:{_YEAR}|\d{{2}})"
    rf"|{_M}[-/.]{_D}[-/.](?:{_YEAR}|\d{{2}})"
    rf"|{_DAY}\.?[ \t]+(?:of[ \t]+|de[ \t]+)?{_MONTH},?[ \t]+(?:de[ \t]+)?{_YEAR}"
    rf"|{_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}"
    rf"|{_D}[-/ ]{_MONTH}[-/ ](?:{_YEAR}|\d{{2}}))"
)
_KEYWORD = (
    r"(?:d\.?o\.?b\.?|date[ \t]+of[ \t]+birth|birth[ \t]?date|birthday|born(?:[ \t]+on)?"
    r"|geb(?:oren|urtsdatum|\.)?(?:[ \t]+am)?|date[ \t]+de[ \t]+naissance|n[ée]e?[ \t]+le"
    r"|fecha[ \t]+de[ \t]+nacimiento|nacid[oa][ \t]+el|data[ \t]+di[ \t]+nascita|nato[ \t]+il)"
)


class DateOfBirthRecognizer(SpanPatternRecognizer):
    """A date (numeric or with a month name, several languages) a few characters after a birth keyword."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [
        Pattern(
            "date after birth keyword",
            # near the keyword: "DOB: …", "born in Bilbao on …", "date of birth (dd/mm/yyyy): …", next line
            rf"(?i:\b{_KEYWORD})[^\d\n]{{0,40}}?\n?[^\d\n]{{0,10}}?"
            rf"(?<![\d/.-])(?i:(?P<value>{_DATE}))(?!\d|[/.-]\d)",
            0.85,
        ),
    ]
    CONTEXT = ["dob", "birth", "born", "birthday"]
