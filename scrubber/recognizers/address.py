"""Street addresses and their parts, which the NER model mostly misses (it finds cities and countries).

Reported as LOCATION: house number + street with a street-type word (English and common European forms),
apartment/suite/unit/box numbers, US ZIP codes after a state code and UK postcodes.
"""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"  # a capitalised word (street names, any Latin script)
_WORDS = rf"(?:{_NAME}[ \t]+){{0,3}}"
_NUM = r"\d{1,5}[A-Za-z]?(?:-\d{1,4})?"
_EN_TYPES = (
    r"Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|Terrace"
    r"|Trail|Parkway|Pkwy|Highway|Hwy|Crescent|Close|Circle|Row|Walk|Gardens|Mews|Grove|Hill|Park"
)
_UNITS = r"apt\.?|apartment|suite|ste\.|unit|flat|p\.?o\.?[ \t]+box|box"
_EU_TYPES = r"Strasse|Straße|Str|Gasse|Platz|Allee|Weg|Gade|Vej|Laan|Straat|Utca|Tér"
_SUFFIX_STREET = (  # German, Nordic, Dutch, Finnish, Hungarian… street words glued to the name
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?i:strasse|straße|str\.|gasse|platz|allee|weg|ring|damm|gade|vej|vägen|väg|gatan"
    r"|veien|vei|gata|laan|straat|plein|kade|katu|tie|polku|utca|tér|út)"
)
_PREFIX_STREET = (  # Romance and Slavic forms: the street word comes first
    r"(?i:rua|rue|via|viale|calle|carrer|avenida|av\.|praça|plaza|piazza|strada|ul\.|ulica|aleja|al\.)"
    r"[ \t]+(?:[\w'’.-]+[ \t]+){0,4}?"
)


# A US-style address block: number, street (any suffix: Faker and real streets use hundreds), optional
# unit, city, state code and ZIP, on one line or several. The state + ZIP tail makes it specific enough to
# outrank what the NER model makes of the parts ("Gilbert Loop Apt" as a PERSON).
_SEP = r"(?:,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*)"
_CITY = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t-]+[A-ZÀ-ÖØ-Þa-z][\w'’.-]*){0,3}?"
_US_BLOCK = (
    rf"\b{_NUM}(?:[ \t]+\d{{1,5}})?[ \t]+(?:{_NAME}[ \t]+){{1,4}}{_NAME}\.?"
    rf"(?:,?[ \t]+(?i:{_UNITS})[ \t]*#?[ \t]*\d{{1,5}}[A-Za-z]?)?"
    rf"{_SEP}{_CITY},?[ \t]+[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?\b"
)
# US military mail: PSC 1437, Box 3833 / APO AA 66791; USNS Saibara / FPO AP 12428.
_MILITARY = (
    r"\b(?:(?:PSC|CMR|Unit)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{3,5}|USNS|USNV|USS|USCGC)[^\n]{0,30}?"
    r"\s+[AFD]PO[ \t]+A[AEP][ \t]+\d{5}\b"
)


class StreetAddressRecognizer(SpanPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS = [
        Pattern("us address block", _US_BLOCK, 0.95),
        Pattern("us military address", _MILITARY, 0.95),
        Pattern("number street type", rf"\b{_NUM}[ \t]+{_WORDS}(?:{_EN_TYPES})\b\.?", 0.6),
        Pattern("street type number",
                rf"\b{_WORDS}{_NAME}[ \t]+(?:{_EN_TYPES}|{_EU_TYPES})\.?,?[ \t]+{_NUM}\b", 0.6),
        Pattern("glued street number", rf"\b{_SUFFIX_STREET}[ \t]+{_NUM}\b", 0.6),
        Pattern("street word first", rf"\b{_PREFIX_STREET}{_NUM}\b", 0.55),
        Pattern("unit", rf"\b(?i:{_UNITS})[ \t]*#?[ \t]*\d{{1,5}}[A-Za-z]?\b", 0.6),
        Pattern("us zip after state", r"\b[A-Z]{2}[ \t]+(?P<value>\d{5}(?:-\d{4})?)\b", 0.5),
        Pattern("uk postcode", r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[ABD-HJLNP-UW-Z]{2}\b", 0.6),
    ]
    CONTEXT = ["address", "street", "lives", "live", "located", "ship", "deliver", "billing", "mailing"]
    HINT = re.compile(r"\d")
