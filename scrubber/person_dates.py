"""Dates of birth without a birth word (issue #19): a full date right beside a person's name, or after an age.

Records, rosters and notes often give a birth date with no word for it: ``Ruth Adeyemi (03/14/1962)``,
``aisha khan,14/07/1989,leeds``, ``Insured: K. Mensah, F, 1979-04-22``, ``Kids: Tom (12/05/2015)``,
``Age: 41 (12/05/1983)``. A date there is taken for the person's birth date when nothing but separators,
brackets, a gender or an age stands between, it is on the same line, has its year, the year is at least
``MIN_AGE`` years back (a recent date beside a name is an event's: ``Ruth Adeyemi, 2024-05-02: called``), and
no time follows it (a timestamp). Recall first: an older date beside a name that is not a birth date costs a
placeholder.
"""

import datetime

import regex as re

from scrubber.recognizers.date_of_birth import DATE_FORMS
from scrubber.types import Span

MIN_AGE = 8  # years
SCORE = 0.8

_SEP = r"[ \t]*[,;|\t(\[–—:/-][ \t]*"
# a gender or an age as a record writes them between a name and its date
_BETWEEN = (r"(?i:m|f|w|male|female|man|woman|männlich|weiblich|homme|femme|hombre|mujer|masculino"
            r"|femenino|age[d]?[ \t:]*\d{1,3}"
            r"|\d{1,3}[ \t]*(?:y/?o|yrs?|years?(?:[ \t]+old)?|j\.|ans|años|anos|Jahre))")
_AFTER_NAME = re.compile(rf"(?:{_SEP}|[ \t]+){{1,3}}(?:{_BETWEEN}(?:{_SEP}|[ \t]+){{1,3}})?")
# "Age: 41 (12/05/1983)", "aged 62, 14.03.1962": an age, then the date
_AGE_THEN_DATE = re.compile(rf"(?i:\bage[d]?\b)[ \t:]*\d{{1,3}}(?!\d|[.,/]\d)[ \t]*(?:y/?o|yrs?|years?)?"
                            rf"(?:{_SEP})+")
_DATE = re.compile(rf"(?i:{DATE_FORMS})(?![\d/.-]?\d)(?![ \t]?T?\d{{1,2}}:\d\d)")
_YEAR = re.compile(r"(?<!\d)(\d{4}|\d{2})(?!\d)")


def _old_enough(value: str) -> bool:
    """The date's year (four digits, or two of 1930-1999) is ``MIN_AGE`` years back or more."""
    years = _YEAR.findall(value)
    full = [y for y in years if len(y) == 4]
    if full:
        return 1900 <= int(full[0]) <= datetime.date.today().year - MIN_AGE
    return len(years) >= 2 and int(years[-1]) >= 30


def dates_beside_people(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` and, as DATE_OF_BIRTH, each date right after a found person or an age (see the module doc)
    that no span holds yet."""
    starts = []
    for s in spans:
        if s.type == "PERSON":
            gap = _AFTER_NAME.match(text, s.end)
            if gap is not None:
                starts.append(gap.end())
    if "ge" in text or "GE" in text:
        starts += [m.end() for m in _AGE_THEN_DATE.finditer(text)]
    more = []
    for at in starts:
        m = _DATE.match(text, at)
        if m is None or "\n" in m.group() or ":" in m.group() or not _old_enough(m.group()):
            continue
        if not any(s.start < m.end() and m.start() < s.end for s in [*spans, *more]):
            more.append(Span("DATE_OF_BIRTH", m.start(), m.end(), SCORE))
    return [*spans, *more] if more else spans
