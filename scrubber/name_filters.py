"""Which names and places found are personal data: the filters that drop code, ordinary words, firms and
products, and the rules that grow a name to whole words or take in the rest of a list of people. Pure
functions of the text and its spans; ``Scrubber`` applies them to every analysis."""

import re

from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.ner_spans import ORG_WORDS
from scrubber.types import Span
from scrubber.words import brands, common_words, firm_names, tech_words

# Entities found by the statistical NER model; patterns find the rest.
NER_TYPES = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})
# A name or place never contains digits or code punctuation: "user_id", "getName()", "v2", "3.14".
_NOT_A_NAME = re.compile(r"[\d_=(){}\[\]<>/\\@#$%^*|;:+~`]")
_LETTER = re.compile(r"[^\W\d_]")
_CAMEL_HUMP = re.compile(r"[a-z]{3}[A-Z]")
_WORDS = re.compile(r"[^\W\d_]+")
WORD_TYPES = frozenset({"PERSON", "LOCATION"})
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[^\W\d_]+)?"
_NAME_LIST = re.compile(rf"(?<![\w'’-]){_CAP_WORD}(?:,[ \t]*{_CAP_WORD})*,?[ \t]+"
                        r"(?:and|&|und|et|y|e|en|og|och)[ \t]+"
                        rf"{_CAP_WORD}(?![\w'’-])")
_LIST_ITEM = re.compile(_CAP_WORD)
LISTED_SCORE = 0.86  # above the model's LOCATION guess: "Mary, Ariana" are people in a list of people
BRANDS = brands()
_CAPITALISED_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")  # "Wayne| Capital"
# Words after a name that make it a product's: a version ("Phoenix 2.4", "v9"), or a product noun that is no
# verb ("Maria builds…" stays a person; "the Denver build agent" is a product).
_PRODUCT_AFTER = re.compile(
    r"[ \t]+(?:v?\d+(?:\.\d+)+\b|(?:v?\d+[ \t]+)?"
    r"(?i:dashboards?|firmware|analytics|templates?|sdk|api|apis|cli"
    r"|plugins?|app|apps|console|portal|gateway|cluster|pipeline|widgets?|chipset|modules?|framework"
    r"|platform"
    r"|microservices?|router|connector|toolkit|edition|build[ \t]+agents?|build[ \t]+servers?"
    r"|release[ \t]+trains?"
    r"|load[ \t]+balancers?|data[ \t]+warehouse|design[ \t]+system|services?|crm|erp|sandbox|staging"
    # an event or project named after a city ("the Madrid sales kickoff", "the Everest project"); not an
    # office or a team: "desk at our Sheffield office" says where a person works
    r"|offsite|kickoff|kick-off|summit|project|sprint|campaign"
    r"|sales[ \t]+(?:kickoff|kick-off|conference))\b)")
# A one-word name after these is a code name: "Project Phoenix", "codename Orion", "Operation Nova".
_CODENAME_BEFORE = re.compile(
    r"(?i:\b(?:project|codename|code[ \t]+name|operation|initiative|programme)[ \t]+)$")
# the rest of a word before / after a span: letters, joined by hyphens and apostrophes
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:['’-][^\W\d_]+)*['’-]?\Z|(?<![^\W\d_])['’-]\Z")
_WORD_AFTER = re.compile(r"(?:['’-]?[^\W\d_]+)+")
TECH_WORDS = tech_words()

_ARTICLE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|le|la|les|un|une|du|el|los|las|il|lo|gli"
    r"|het|een)[ \t]+$", re.IGNORECASE)
# firm.
# Firms whose names read as people's ("Goldman Sachs", "Merrill Lynch"): a name or place inside one is the
# firm.
# "X and Y" firms count only written with "&": "Gerste, Johnson and Johnson" may be three founders.
_FIRMS = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(f).replace(r"\ and\ ", r"\s*&\s*").replace(r"\ ", r"\s+")
                             for f in sorted(firm_names(), key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE)
# English words that are neither names nor places (scrubber/data/make_common_words.py): as a whole NER hit,
# one of them is a capitalised ordinary word, not personal data.
COMMON_WORDS = common_words()


def plausible(span: Span, text: str) -> bool:
    """False for NER hits that cannot be personal data: numbers, code identifiers, punctuation, and single
    ordinary words ("Summarise", "Merge" at the start of a sentence)."""
    if span.type not in NER_TYPES:
        return True
    value = text[span.start:span.end]
    if not _LETTER.search(value) or _NOT_A_NAME.search(value) or value.startswith(("-", "'", '"')):
        return False
    if value.lower() in COMMON_WORDS or value.lower() in TECH_WORDS:
        return False
    if _CAMEL_HUMP.search(value):  # PaymentService, CrashLoopBackOff (McDonald, DeShawn, LaToya are names)
        return False
    # "Server IP", "Release Notes": ordinary words and acronyms only.
    if all(w.lower() in COMMON_WORDS or (w.isupper() and len(w) <= 4) for w in value.split()):
        return False
    # English NER on German, French, Spanish… text tags capitalised nouns: a single word right after an
    # article ("die Rechnung", "le Contrat") is a noun, not a name.
    if " " not in value.strip() and _ARTICLE_BEFORE.search(text, max(0, span.start - 8), span.start):
        return False
    # Names are capitalised in cased scripts; "git log", "merge branch" are not names.
    return value.lower() == value.upper() or any(c.isupper() for c in value)


def whole_words(text: str, spans: list[Span]) -> list[Span]:
    """Names and places grown to whole words: the model or a list may tag part of one ("Dong" of
    "Dong-hyun", "hyun" alone, "Marie" of "Marie-Claire"), and a part left out reaches the vendor beside the
    placeholder."""
    out = []
    for s in spans:
        start, end = s.start, s.end
        if s.type in WORD_TYPES:
            if (m := _WORD_BEFORE.search(text, max(0, start - 40), start)) and m.start() < start:
                start = m.start()
            if m := _WORD_AFTER.match(text, end):
                end = m.end()
        out.append(s if (start, end) == (s.start, s.end) else Span(s.type, start, end, s.score))
    return out


def listed_people(text: str, spans: list[Span]) -> list[Span]:
    """In a list of capitalised words ("Monjeau, Graves and Reed", "Efimiya, Mary, Ariana, Isabel and Jodi")
    where most items are names already found, the rest are names too."""
    from scrubber.recognizers.name_cues import person_word

    people = [s for s in spans if s.type == "PERSON"]
    if not people:
        return spans
    more = []
    for m in _NAME_LIST.finditer(text):
        items = list(_LIST_ITEM.finditer(text, m.start(), m.end()))
        named = [i for i in items if any(p.start <= i.start() and i.end() <= p.end for p in people)]
        if 2 * len(named) >= len(items):
            more += [Span("PERSON", i.start(), i.end(), LISTED_SCORE) for i in items
                     if i not in named and person_word(i.group(), False)]
    return spans + more


def not_firms(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less the names and places that are a firm's name (``_FIRMS``), or one with nothing but
    ordinary words around it ("Compare Morgan Stanley")."""
    if not any(s.type in ("PERSON", "LOCATION") for s in spans):
        return spans
    firms = list(_FIRMS.finditer(text))  # one pass over the text, not one per span
    return [s for s in spans if not (s.type in ("PERSON", "LOCATION") and any(
        m.start() < s.end and s.start < m.end() and _only_ordinary(
            text[s.start:max(s.start, m.start())] + " " + text[min(s.end, m.end()):s.end]) for m in firms))]


def not_products(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less a name or place that names a product ("the Austin load balancer", "Phoenix dashboard
    8.12", "Orion 4 firmware", "Dyson Airwrap") or ends in an organisation word ("Wayne Capital")."""
    return [s for s in spans if s.type not in ("PERSON", "LOCATION") or not _names_a_product(text, s)]


def _names_a_product(text: str, s: Span) -> bool:
    value = text[s.start:s.end].strip()
    one_word = " " not in value
    after = _CAPITALISED_AFTER.match(text, s.end)  # "Wayne| Capital", "Toyota| Corolla"
    return bool(
        _PRODUCT_AFTER.match(text, s.end) or _a_brand(value)
        or (one_word and _CODENAME_BEFORE.search(text, max(0, s.start - 12), s.start))
        or (s.type == "PERSON" and not one_word and value.split()[-1].lower() in ORG_WORDS)
        or (one_word and after and (after.group(1).lower() in ORG_WORDS or after.group(1).lower() in BRANDS)))


def _a_brand(value: str) -> bool:
    """A brand or product's name: a listed brand ("Kindle Paperwhite", "Microsoft Teams") with no known given
    name beside it ("Paul Dyson" stays a person), or alone when no name list holds it ("Salesforce")."""
    from scrubber.recognizers.name_shapes import lists

    words = _WORDS.findall(value.lower())
    listed = (BRANDS.intersection(words)
              or any(" ".join(words[i:i + 2]) in BRANDS for i in range(len(words) - 1)))
    if not listed:
        return False
    given, family = lists()[0], lists()[1]
    if len(words) == 1:
        return words[0] not in given and words[0] not in family
    return not any(w in given for w in words)


def _only_ordinary(rest: str) -> bool:
    return all(w.lower() in COMMON_WORDS or w.lower() in STOP_WORDS for w in _WORDS.findall(rest))
