"""Cities, countries and US states by name (GeoNames, ``scrubber/data/places.txt``): "Lyon", "Milano",
"LAPPEENRANTA", "Da Nang". The English model misses places in other languages' sentences and in upper case.

Capitalised or upper-case words only, longest name first (up to three words). A name after a place word
("in", "from", "nach", "à"…) scores higher; a name that is also an ordinary word in prompts ("Mobile",
"Reading", "Split") only counts there.
"""

from functools import cache
from pathlib import Path

import regex as re
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, LocalRecognizer, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.recognizers._base import folded, matches_at
from scrubber.recognizers.date_of_birth import MONTH_NAMES
from scrubber.words import CA_PROVINCE_CODES, US_STATE_CODES, brands, common_words, tech_words

_DATA = Path(__file__).parent.parent / "data" / "places.txt"
_TOWNS = _DATA.with_name("towns.txt")
# How English-speaking countries' towns end, and the words before some ("Port Kimberlyfurt", "Lake Amanda").
_TOWN_ENDINGS = ("burgh", "borough", "bury", "shire", "chester", "mouth", "port", "ville", "ton", "land",
                 "stad", "furt", "haven", "side", "view", "fort", "berg", "town", "field", "ford", "wick",
                 "ham", "by")
_TOWN_PREFIXES = frozenset("North South East West New Lake Port Mount Fort St. Saint".split())
_POSTCODE_BEFORE = re.compile(r"\b(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+$")
# (and after Tagalog's "pa-" and "taga-": "ingat sa biyahe pa-Pasig", "taga-Cebu siya")
_CAPITALISED = re.compile(r"(?:(?<![\w@.#/-])|(?<=(?<![\w-])(?:pa|taga|tiga)-))"
                          r"\p{Lu}[\p{L}'’]*(?:[.-]\p{L}+)*(?![\w@/-]|\.\w)")
_GAP = re.compile(r"[ \t]+|[ \t]*-[ \t]*")
# Between the words of one place's name: also its particles ("Neustadt am Rübenberge", "Zruč nad Sázavou",
# "Sas van Gent"); the name lists decide whether the words make a place.
_TOWN_GAP = re.compile(r"[ \t]+(?:(?:am|an|der|im|in|bei|ob|de|del|della|di|da|do|dos|das|la|le|les|lès|sur"
                       r"|sous|upon|on|op|aan|van|den|ter|ten|los|las|el|y|u|nad|pod|na|v|ve)[ \t]+){0,2}"
                       r"|[ \t]*-[ \t]*")
# "the Malchin warehouse", "our Leende office": a town before a site's noun
_THE_BEFORE = frozenset("the our their your its".split())
_SITE_AFTER = re.compile(r"[ \t]+(?i:warehouse|office|offices|branch|plant|factory|depot|site|store|shop|hub"
                         r"|facility|campus|headquarters|HQ|clinic|hospital|school|station|airport|port|mill)\b")
# Spanish and Portuguese towns are often named after a saint or as a new or old town ("San Juan de los Lagos",
# "Santa María del Tule", "Nuevo Progreso", "Villa Unión", "São João del-Rei"): these words, then capitalised
# words and the particles and words that end the name.
_TOWN_FIRST_WORDS = frozenset(
    "San Santa Santo Santiago São Nueva Nuevo Villa Vila Ciudad Puerto Porto".split())
# Made like a town's name in French ("Châtillon-sur-Seine", "Saint-Jean-de-Luz") or Norwegian and Danish
# ("Bjørgdal", "Gerdvåg", "Thorøy", "Tromsø"): a place after a place word.
_SHAPED_AFTER_PLACE_WORD = re.compile(
    r"\p{Lu}\p{Ll}+(?:-(?:la|le|les|sur|sous|en|lès|de|du|des|aux|et|d'\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+)+"
    r"|Saint(?:e)?-\p{Lu}\p{Ll}+(?:-\p{L}+)*"
    r"|\p{Lu}\p{Ll}*[æøå]\p{Ll}*|\p{Lu}\p{Ll}{2,}(?:vik|våg|våg|sund|fjord|strøm|dalen|heim|øy|nes)")
_TOWN_NAME_END = re.compile(r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+las|de[ \t]+los|del|de|los|las|la|el|do|da|dos"
                            r"|das)[ \t]+\p{L}[\p{L}'’-]+)+")
_BEFORE = re.compile(
    r"(?i:\b(?:in|at|from|to|near|around|outside|via|of|visit(?:ed|ing)?|born|based|moved|living|lives|"
    r"nach|aus|bei|von|im|à|au|en|de|a|di|da|em|na|no|w|z|v|tra|entre|desde|hacia|hasta|vers"
    # Dutch, Portuguese and Spanish, Nordic: "geboren te Gent", "uit Vlaanderen", "naar Gent", "para Évora",
    # "från Mora", "fra Bergen", "til Tromsø" (not "till": "wait till Jordan replies")
    r"|te|uit|naar|para|från|fran|fra|til)[ \t]+)$"
    # Russian, Ukrainian and Greek: "в Казани", "из Томска", "г. Тверь", "στην Πάτρα", "από τα Ιωάννινα"
    r"|(?i:(?<![\p{L}])(?:в|во|из|г\.|город|у|з|до|στην|στη|στο|στα|από[ \t]+τ[ηοα]ν?|σε)"
    r"[ \t]*)$"
    r"|(?-i:\bi[ \t]+)$"  # Nordic "i Oslo" (lower case: not the English "I")
    # a school's, hospital's or church's name, then its town: "Previous school: Riverside Primary, Reading"
    r"|(?-i:\b(?:Primary|Secondary|Academy|School|College|University|Institute|Hospital|Clinic|Church"
    r"|Mosque|Parish),[ \t]+)$"
)
# The words _BEFORE ends in, lower case: a text without one of them (or a non-ASCII one) before a word's
# spaces need not be searched.
_BEFORE_WORDS = (
    "in", "at", "from", "to", "near", "around", "outside", "via", "of", "visit", "visited", "visiting",
    "born", "based", "moved", "living", "lives", "nach", "aus", "bei", "von", "im", "au", "en", "de", "a",
    "di", "da", "em", "na", "no", "w", "z", "v", "tra", "entre", "desde", "hacia", "hasta", "vers", "te",
    "uit", "naar", "para", "från", "fran", "fra", "til", " i")
_CELL_BEFORE = re.compile(r"(?:^|[,;|\t])[ \t]?$", re.M)
_CELL_AFTER = re.compile(r"[ \t]*(?:[,;|\t]|\n|$)")
_WORD_AFTER = re.compile(r"[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*)")
_WORD_BEFORE = re.compile(r"(?<![\w-])(\p{Lu}\p{Ll}[\p{L}'’-]*)[ \t]+$")
_AFTER_CAPITALISED = re.compile(r"(\p{Lu}[\p{Ll}'’]+)[ \t]+(?:\p{Ll}{1,4}[ \t]+){0,2}$")
_PARTICLES = frozenset("de di da du von van del della".split())
# Lower-case places: after a place word, after a place field, or filling a table or CSV cell ("…,pune,basic").
_LOWER_PLACES = (
    re.compile(r"\b(?:in|at|from|to|near|nach|aus|à|em|en|para|vers|uit|naar|di|da|de)[ \t]+"
               r"(\p{Ll}{4,}(?:[ \t-]\p{Ll}+)?)(?![\w@/-]|\.\w)"),
    re.compile(r"(?:[Cc]ity|[Tt]own|[Pp]lace of birth|[Bb]irthplace|[Rr]esidence|[Ll]ocation|[Oo]ffice"
               r"|[Vv]ille|[Ss]tadt|[Oo]rt|[Cc]iudad|[Cc]ittà|[Cc]idade)[ \t]*[:=][ \t]*"
               r"(\p{Ll}{4,}(?:[ \t-]\p{Ll}+)?)"),
    re.compile(r"(?:(?m:^)|[,;|\t])[ \t]*(\p{Ll}{4,}(?:[ \t-]\p{Ll}+)?)[ \t]*(?=[,;|\t\n]|$)"),
)
_LABEL_AFTER = re.compile(r"[ \t]*:")
# Place names that are ordinary words in prompts: they count only after a place word.
_AMBIGUOUS = frozenset(
    "mobile reading split orange deal normal hope surprise independence enterprise buffalo bath union "
    "commerce mission temple justice industry opportunity beauty sale marks bay mesa turkey chad jordan "
    "guinea austin jackson lincoln madison franklin clinton warren norman eugene lawrence troy chester "
    "florence charlotte mercedes elizabeth savannah date nice best tank male".split()
)
# Cities of 100,000 people or more whose names are ordinary English words, which ``make_places`` leaves out of
# ``places.txt`` ("She lives in Cork", "flew in from Split"): places only after a place word (``_AMBIGUOUS``).
_ORDINARY_WORD_CITIES = frozenset(
    "cork limerick split tours angers gent slough harrow barking surrey tangier natal mesquite centennial "
    "surprise erode tamale woodlands centurion archway hove".split())
_AMBIGUOUS |= _ORDINARY_WORD_CITIES
# Russian towns named like a family name or an adjective ("Пушкин", "Чехов", "Королёв", "Заречный",
# "Октябрьский") or that are words ("Орёл", "Шахты"): places only after a place word or in a table's cell
_CYRILLIC_WORD_SHAPED = re.compile(
    r"\p{Cyrillic}+(?:ов|ев|ёв|ин|ын|ский|цкий|ский|ый|ий|ой|ая|ое)|Орёл|Орел|Шахты|Мир|Надежда|Вера|Победа")
# Months and days that are also towns ("March", "Sunday"…): dates, not places.
_CALENDAR = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)
# Function words of the languages we see, lower case, that GeoNames also holds as some town ("este", "como",
# "toda", "durant"): after "de", "para", "en" they are the sentence's words ("redacción de este correo"). Not
# those that are a known city, region or country first ("lille", "bari", "cali", "oman", "asia", "marche").
_STOP_LANGS = ("es", "pt", "fr", "it", "de", "nl", "pl", "sv", "da", "nb", "tr", "ro", "cs", "fi")
_CITIES_TOO = frozenset("lille bari cali oman asia marche asti patra kampen alta ende mila male nice".split())
SCORE_AFTER_PLACE_WORD = 0.75
SCORE_SURE = 0.86  # above the model's 0.85: a place nobody is named after wins over a PERSON guess
SCORE_SPECIFIC = 0.6  # several words or upper case ("Da Nang", "SEINÄJOKI")
SCORE_PLAIN = 0.55


@cache
def towns() -> frozenset[str]:
    """Towns of 1,000 to 15,000 people (``towns.txt``): places only after a place word or a postcode, or
    before a site's noun ("the Malchin warehouse")."""
    lines = _TOWNS.read_text("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#")) - _CALENDAR


_REGIONS_MARK = "# [countries and regions in their own languages"
# Where a person lives, was born, comes from or moves to, a few words before the place: a country or region in
# its own language ("Deutschland", "Vlaanderen", "Alentejo") counts only after one ("wohnt in Österreich",
# "kom uit Vlaanderen", "é do Alentejo"; not "livraison en Espagne", "Standorte in Thüringen").
_PERSON_PLACE_CUE = re.compile(
    r"(?i:\b(?:lives?|living|lived|born|based|moved|moving|relocat\w*|resid\w*|grew[ \t]+up|raised|from"
    r"|comes?|came|originally|hails?|wohn\w*|leb\w*|stamm\w*|kommt?|komme|geboren|aus|habit\w*|vi[vt]\w*"
    r"|viens|vient|venu\w*|originaire|née?|naci\w*|nasc\w*|nat[oa]|sono|soy|sou|somos|é|è|es|est|is|ist"
    r"|woon\w*|wonen|kom|komt|uit|mieszka\w*|urodz\w*|pochodz\w*|jestem|bor|bodde|kommer|född|født|fra|från"
    r"|vengo|viene|vem|venho|mora\w*|moro|mudou|mudei|mudó|mudé|verhuis\w*|umgezogen|zieh\w*|déménag\w*)\b)"
    r"[^.\n;:!?]{0,24}\Z")


@cache
def regions() -> frozenset[str]:
    """The countries and regions in their own languages that name no city (the end of ``places.txt``)."""
    text = _DATA.read_text("utf-8")
    at = text.find(_REGIONS_MARK)
    return frozenset(line for line in text[at:].splitlines()[1:] if line and not line.startswith("#")) \
        if at >= 0 else frozenset()


def _region_alone(text: str, start: int, value: str) -> bool:
    """``value`` (lower case) at ``start`` is a country or region in its own language with no person's place
    cue before it ("Standorte in Bayern"): no one's place."""
    return value in regions() and not _PERSON_PLACE_CUE.search(text, max(0, start - 40), start)


@cache
def _stop_words_abroad() -> frozenset[str]:
    """spaCy's stop-word lists of ``_STOP_LANGS``, each module run on its own: importing it the usual way runs
    its language package first, whose tokenizer exceptions cost seconds at start-up (French: 3.6 s)."""
    import importlib.util

    words: set[str] = set()
    lang_dir = Path(importlib.util.find_spec("spacy").origin).parent / "lang"
    for lang in _STOP_LANGS:
        spec = importlib.util.spec_from_file_location(f"_stop_{lang}", lang_dir / lang / "stop_words.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        words |= module.STOP_WORDS
    return frozenset(words) - _CITIES_TOO


def _header_cell(text: str, start: int) -> bool:
    """The cell at ``start`` is on a table's header line: a cell of that line is a snake_case key
    ("prezzo_netto", "bayi_kodu") or a column name a table recognizer reads ("city", "şehir")."""
    from scrubber.recognizers.table_columns import column_kind

    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    cells = [c.strip() for c in re.split(r"[,;|\t]", text[begin:end if end >= 0 else len(text)])]
    return any("_" in c and c.replace("_", "").isalpha() or column_kind(c) is not None for c in cells if c)


@cache
def places() -> frozenset[str]:
    lines = _DATA.read_text("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#")) - _CALENDAR \
        | _ORDINARY_WORD_CITIES


class PlaceNameRecognizer(LocalRecognizer):
    ENTITY = "LOCATION"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         context=["city", "address", "lives", "located", "from"])

    def load(self) -> None:
        places()
        towns()
        regions()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        names = places()
        words = list(_CAPITALISED.finditer(text))
        # whether word k and word k + 1 may be one name's ("Da Nang", "Neustadt am Rübenberge")
        joined = [words[k + 1].start() - words[k].end() < 12
                  and _TOWN_GAP.fullmatch(text, words[k].end(), words[k + 1].start()) is not None
                  for k in range(len(words) - 1)]
        results: list[RecognizerResult] = []
        i, count = 0, len(words)
        while i < count:
            found = None
            # the longest name of up to three joined words starting here
            start = words[i].start()
            if (i + 2 < count and joined[i] and joined[i + 1]
                    and text[start:words[i + 2].end()].lower() in names):
                found = (3, start, words[i + 2].end())
            elif i + 1 < count and joined[i] and (text[start:words[i + 1].end()].lower() in names
                                                   or _folded_place(text[start:words[i + 1].end()])):
                found = (2, start, words[i + 1].end())
            elif words[i].group().lower() in names:
                found = (1, start, words[i].end())
            # (a saint's or new town's first word may be a place alone, or start a longer town's name:
            # "Santa", "San Miguel| Ángel de los Altos")
            if (found is None or words[i].group() in _TOWN_FIRST_WORDS) \
                    and (town := self._town(text, words[i], words[i + 1:i + 4], joined[i:i + 3])) \
                    and (found is None or town[2] > found[2]):
                found = town
            if found is None and (shaped := self._town_shaped(text, words[i], words[i + 1:i + 2])):
                found = shaped
            if found is None and ("'" in words[i].group() or "’" in words[i].group()):
                found = _before_suffix(text, words, i, joined, names)
            if found is None:
                i += 1
                continue
            n, start, end = found[:3]
            score = SCORE_AFTER_PLACE_WORD if len(found) > 3 else self._score(text, start, end, n)
            if score and _region_alone(text, start, text[start:end].lower()):
                score = 0.0
            if score:
                if text[end:end + 1] in (" ", ",", "\t") and (state := _STATE_AFTER.match(text, end)):
                    end = state.end()  # "Parramatta NSW", "Boise, ID 83702": the state's code too
                results.append(self._result(start, end, score, "place name"))
            i += n
        if not text.isascii() and _UNCASED_LETTER.search(text):
            results.extend(self._uncased_places(text))
        if "\n" in text:
            results.extend(self._signature_places(text))
        for rx in _LOWER_PLACES:  # "based in eindhoven", "moving to porto alegre", "…,pune,basic"
            for m in _field_places(text) if rx is _LOWER_PLACES[1] else rx.finditer(text):
                if rx is _LOWER_PLACES[2] and _header_cell(text, m.start(1)):
                    continue  # "codice;descrizione;marca;prezzo_netto": a column's name, no place
                self._lower(m, names, results)
        return EntityRecognizer.remove_duplicates(results)

    def _uncased_places(self, text: str) -> list[RecognizerResult]:
        """Cities in a script without capitals (``uncased_places()``). Chinese and Japanese have no spaces
        between words, so a name counts inside a longer run of their letters only with its suffix
        ("金沢市", "札幌市中央区", "广州市"), after a postcode or a cue of living there ("住在广州",
        "来自成都"); alone it must fill its run and a cell ("| 金沢 |", not "松本 陽子"). Korean, Arabic,
        Hebrew, Devanagari and Thai names count as a whole word in a table's cell or a field's value, or
        (Korean) with their city's suffix ("서울특별시")."""
        names, longest = uncased_places()
        out = []
        for run in _UNCASED_RUN.finditer(text):
            value = run.group()
            han = _HAN_LETTER.match(value) is not None
            if not han:  # a whole word, in a cell or field (or a Korean city with its suffix)
                word = value
                hangul = _HANGUL_SUFFIX.fullmatch(word)
                if hangul and hangul.group(1) in names:
                    out.append(self._result(run.start(), run.end(), SCORE_SURE, "place name in its script"))
                elif word in names and _in_a_cell(text, run.start(), run.end()):
                    out.append(self._result(run.start(), run.end(), SCORE_SURE, "place name in its script"))
                continue
            k = 0
            while k < len(value):
                found = 0
                for n in range(min(longest, len(value) - k), 1, -1):
                    if value[k:k + n] in names:
                        found = n
                        break
                if not found:
                    k += 1
                    continue
                start, end = run.start() + k, run.start() + k + found
                name = value[k:k + found]
                # (alone in its run, a name with no suffix is a place only filling a cell: "| 金沢 |", not
                # the family name of "松本 陽子")
                whole = found == len(value) and _in_a_cell(text, run.start(), run.end())
                suffixed = name[-1] in _CITY_SUFFIXES and text[end:end + 1] not in _NOT_AFTER_SUFFIX
                cued = k == 0 and _DIGIT_BEFORE.search(text, max(0, start - 12), start) is not None \
                    or _HAN_CUE.search(value, 0, k) is not None
                if whole or suffixed or cued:
                    if (ward := _WARD_AFTER.match(text, end)) and name[-1] in "市":
                        end = ward.end()  # "静岡市葵区", "札幌市中央区"
                    if k and (province := _PROVINCE_BEFORE.search(value, 0, k)):
                        start = run.start() + province.start()  # "北海道札幌市", "广东省广州市"
                    out.append(self._result(start, end, SCORE_SURE, "place name in its script"))
                    k = end - run.start()
                else:
                    k += 1
        return out

    def _signature_places(self, text: str) -> list[RecognizerResult]:
        """A town or suburb alone on the last line of a signature, under a job title's line ("Jane Doe /
        Senior Buyer / Parramatta NSW", "Johan / Warehouse Supervisor, Capitec / Montague Gardens"): a listed
        town (small ones too), or a name ending in a suburb's word."""
        out = []
        for m in _SIGNATURE_PLACE.finditer(text):
            if not _TITLE_WORD.search(m.group("title")):
                continue
            value = m.group("place")
            low = value.lower()
            words = low.split()
            if not (low in places() or low in towns() or _folded_place(value)
                    or len(words) > 1 and words[-1] in _SUBURB_WORDS and words[0] not in common_words()):
                continue
            start, end = m.start("place"), m.end("place")
            if state := _STATE_AFTER.match(text, end):
                end = state.end()
            out.append(self._result(start, end, SCORE_SURE, "signature's place"))
        return out

    def _lower(self, m: re.Match, names: frozenset[str], results: list[RecognizerResult]) -> None:
        """The lower-case place of ``m`` (its two words, else its first), if one and no ordinary word."""
        both = m.group(1)
        if _LABEL_AFTER.match(m.string, m.end(1)):  # a field's label: "Fecha de nacimiento:"
            return
        for value in (both, both.split()[0].split("-")[0]) if " " in both or "-" in both else (both,):
            if value in names and value not in _AMBIGUOUS and value not in common_words() \
                    and value not in STOP_WORDS and value not in _stop_words_abroad() \
                    and not _region_alone(m.string, m.start(1), value):
                start = m.start(1)
                results.append(self._result(start, start + len(value), SCORE_AFTER_PLACE_WORD,
                                            "place name in lower case"))
                return

    def _result(self, start: int, end: int, score: float, why: str) -> RecognizerResult:
        explanation = AnalysisExplanation(self.name, score, textual_explanation=why)
        return RecognizerResult(self.ENTITY, start, end, score, analysis_explanation=explanation,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    def _score(self, text: str, start: int, end: int, n: int) -> float:
        from scrubber.recognizers.name_shapes import lists

        value = text[start:end]
        low = value.lower()
        if _CELL_BEFORE.search(text, max(0, start - 2), start) and _CELL_AFTER.match(text, end) \
                and low not in _AMBIGUOUS and low not in lists()[0] and low not in common_words():
            return SCORE_SURE  # a whole table or CSV cell ("…,Bergen,pro"): a place column
        # Right after a capitalised word ("Rémi de Villiers", "Kavya Sharma uit Kraków"): the model may run
        # a PERSON over both; no more than its score, so the longer PERSON keeps the name covered.
        word_before = _AFTER_CAPITALISED.search(text, max(0, start - 30), start)
        after_word = word_before is not None and word_before.group(1).lower() not in common_words() \
            and word_before.group(1).lower() not in STOP_WORDS \
            and word_before.group(1).lower() not in _BEFORE_WORDS \
            and word_before.group(1).lower() not in MONTH_NAMES  # "Born in Limerick,", "seit März in Bergen"
        sure = SCORE_SURE if not after_word and low not in lists()[0] else SCORE_AFTER_PLACE_WORD
        before = _BEFORE.search(text, max(0, start - 20), start)
        if before and before.group().strip().lower() in _PARTICLES:  # "de Villiers says", "Rémi de Villiers"
            opening = not text[:before.start()].strip() or text[:before.start()].rstrip()[-1] in ".!?:;\n"
            return SCORE_PLAIN if after_word or opening or low in lists()[1] else sure
        if before:
            return sure
        if value.lower() in _AMBIGUOUS or _CYRILLIC_WORD_SHAPED.fullmatch(value):
            return 0.0
        if n == 1 and self._in_a_name(text, start, value):
            return 0.0
        after = _WORD_AFTER.match(text, end)
        if n == 1 and after and after.group(1).lower() in lists()[1]:  # "Montserrat Peña", "Florence Hill"
            return 0.0
        if n == 1 and value.lower() in common_words():  # "Date", "Split", "Reading" at a sentence's start
            return 0.0
        if n == 1 and low in _stop_words_abroad():  # (fp28l) "Este mensaje …", "Como sempre …": a word
            return 0.0
        if low not in lists()[0] and low not in lists()[1] and not any(w in lists()[0] for w in low.split()) \
                and not after_word:
            return SCORE_SURE  # nobody is called so: the model's PERSON for "Kraków", "Porto Alegre" yields
        if n > 1 or (value.isupper() and len(value) > 3):
            return SCORE_SPECIFIC
        return SCORE_PLAIN

    @staticmethod
    def _town(text: str, first: re.Match, more: list[re.Match], joined: list[bool]) -> tuple | None:
        """(words, start, end, "town") for a small town (``towns.txt``) of up to three words starting at
        ``first`` after a place word or a postcode ("wohnt in Zerbst", "06712 Zeitz"), else None. A town
        that is also someone's name counts only after a postcode."""
        start = first.start()
        if text[start - 1:start] not in (" ", "\t", "\n"):  # (no place word, postcode or "the" before it)
            return None
        from scrubber.recognizers.name_shapes import lists

        before, postcode = _place_word_and_postcode_before(text, start)
        site = False  # "the Malchin warehouse": only with the site's noun after the name
        if not postcode and (before is None or before.group().strip().lower() in _PARTICLES):
            window = text[max(0, start - 7):start]
            last = window.split()[-1:] if window[-1:] in (" ", "\t") else []
            if not last or last[0].lower() not in _THE_BEFORE:
                return None
            site = True
        run = [first]
        for w, ok in zip(more, joined):
            if not ok:
                break
            run.append(w)
        for n in range(len(run), 0, -1):
            end = run[n - 1].end()
            low = text[start:end].lower()
            if low in towns() and (postcode or not any(low in names for names in lists()[:2])) \
                    and (not site or _SITE_AFTER.match(text, end)):
                return n, start, end, "town"
        if _SHAPED_AFTER_PLACE_WORD.fullmatch(first.group()) and first.group().lower() not in common_words() \
                and not any(first.group().lower() in names for names in lists()[:2]) \
                and (not site or _SITE_AFTER.match(text, first.end())):
            return 1, start, first.end(), "town"  # "in Châtillon-sur-Seine", "moved to Bjørgdal"
        if first.group() in _TOWN_FIRST_WORDS and len(run) > 1 and not postcode:
            # "San Gilberto", "Nuevo Progreso de los Altos": the first two words, then what ends the name
            name = [run[0]]
            for w in run[1:]:  # its capitalised words, to the first ordinary one ("… Monday", "… Team")
                low = w.group().lower()
                if low in common_words() or low in tech_words() or low in brands() or low in _CALENDAR:
                    break
                name.append(w)
            if len(name) < 2:
                return None
            end = name[-1].end()
            if tail := _TOWN_NAME_END.match(text, end):
                end = tail.end()
            if not site or _SITE_AFTER.match(text, end):
                return sum(w.start() < end for w in run), start, end, "town"
        return None

    @staticmethod
    def _town_shaped(text: str, first: re.Match, more: list[re.Match]) -> tuple | None:
        """A word made like an English town's name, with or without a compass or water word before it
        ("Buckleyshire", "Scottborough", "South Kevinland", "Port Gillianmouth", "Lake Kelly"): (words, start,
        end, "town"), else None. Never an ordinary, tech or brand word ("Report", "Passport", "Finland" is a
        place anyway)."""
        if len(first.group()) < 6 and first.group() not in _TOWN_PREFIXES:  # (too short a name)
            return None
        words = [first, *more[:1]] if first.group() in _TOWN_PREFIXES and more and _GAP.fullmatch(
            text, first.end(), more[0].start()) else [first]
        name = words[-1].group()
        low = name.lower()
        if len(name) < 6 or not low.endswith(_TOWN_ENDINGS) or not name[1:].islower() \
                or low in common_words() or low in tech_words() or low in brands():
            return None
        return len(words), words[0].start(), words[-1].end(), "town"

    @staticmethod
    def _in_a_name(text: str, start: int, value: str) -> bool:
        """A one-word place that is a given name ("Nadia", "Trang"), or a family name after a given name
        ("Camila Barbosa", "Kenji Ishikawa"): a person's name, not where they are."""
        from scrubber.recognizers.name_shapes import _fold, hand_given, lists
        from scrubber.words import name_words

        if value.lower() in hand_given() or value.lower() in name_words() and value.lower() in lists()[0]:
            return True
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is None:
            return False
        word = _fold(before.group(1).lower())
        return word in lists()[0] or word in lists()[3]  # "Kenji Ishikawa", "Trần Thị Trang"


# Letters of scripts without capitals, and a run of them (Chinese and Japanese together; Korean, Arabic,
# Hebrew, Devanagari and Thai by word)
_UNCASED_LETTER = re.compile(r"[\p{Han}\p{Hangul}\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Thai}]")
_UNCASED_RUN = re.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー々]+|[\p{Hangul}]+|[\p{Arabic}\p{Mn}]+"
                          r"(?:[ \t][\p{Arabic}\p{Mn}]+){0,2}|[\p{Hebrew}'\"-]+(?:[ \t][\p{Hebrew}]+){0,2}"
                          r"|[\p{Devanagari}]+|[\p{Thai}]+")
_HAN_LETTER = re.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_CITY_SUFFIXES = "市区區県县省"
_NOT_AFTER_SUFFIX = ("場", "场")  # "大阪市場": a market
_WARD_AFTER = re.compile(r"\p{Han}{1,4}?[区區]")
_PROVINCE_BEFORE = re.compile(r"\p{Han}{1,3}?(?:都|道|府|県|省)$")
_DIGIT_BEFORE = re.compile(r"\d[ \t,、]*$")
# Chinese and Japanese cues of where someone lives, comes from or was born, right before the name
_HAN_CUE = re.compile(r"(?:住在|住于|住於|来自|來自|出生于|出生於|生于|生於|位于|位於|搬到|搬去"
                      r"|出身は?|在住|住所は?)$")
_HANGUL_SUFFIX = re.compile(r"(\p{Hangul}{2,4}?)(?:특별시|광역시|특별자치시|시)")
_CELL_EDGE_BEFORE = re.compile(r"(?:^|[,;|\t\"':：>])[ \t]*$", re.M)
_CELL_EDGE_AFTER = re.compile(r"[ \t]*(?:[,;|\t\"<]|$)", re.M)


def _in_a_cell(text: str, start: int, end: int) -> bool:
    """The text from ``start`` to ``end`` fills a table's cell, a CSV field or a field's value."""
    return _CELL_EDGE_BEFORE.search(text, max(0, start - 3), start) is not None \
        and _CELL_EDGE_AFTER.match(text, end) is not None


@cache
def uncased_places() -> tuple[frozenset[str], int]:
    """The names of ``places()`` in scripts without capitals, and the longest one's length."""
    names = frozenset(n for n in places() if _UNCASED_LETTER.match(n))
    return names, max(map(len, names), default=0)


def _place_word_and_postcode_before(text: str, start: int) -> tuple:
    """``_BEFORE.search(text, start - 20, start)`` and ``_POSTCODE_BEFORE.search(text, start - 12, start)``,
    each searched only when the text before ``start`` can match it: spaces or tabs right before (or before a
    final line break: ``$``), then a digit for the postcode, one of ``_BEFORE_WORDS`` for the place word."""
    head = text[max(0, start - 20):start]
    head = head[:-1] if head.endswith("\n") else head
    stripped = head.rstrip(" \t")
    if len(stripped) == len(head):
        return None, None
    tail = stripped[-10:]
    before = _BEFORE.search(text, max(0, start - 20), start) \
        if not tail.isascii() or tail.lower().endswith(_BEFORE_WORDS) or tail.endswith(",") else None
    postcode = _POSTCODE_BEFORE.search(text, max(0, start - 12), start) if stripped[-1:].isdigit() else None
    return before, postcode


# A region's code after a town: Australia's states ("Parramatta NSW"), US states and Canadian provinces after
# a comma ("Boise, ID"), before a postcode, a line's end or a comma.
_STATE_AFTER = re.compile(
    rf"(?:,?[ \t]+(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)|,[ \t]*(?:{'|'.join(US_STATE_CODES + CA_PROVINCE_CODES)}))"
    r"(?=[ \t]*(?:\d|[,.;)]|$))", re.M)
# A signature's last three lines: a name, a job title (maybe with the firm), a place alone on its line, then
# a blank line or the text's end.
_SIGNATURE_PLACE = re.compile(
    r"(?m)^[ \t]*\p{Lu}[\p{L}.'’ -]{1,40}\n(?P<title>[ \t]*\p{Lu}[^\n]{2,60})\n[ \t]*"
    r"(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,2})"
    r"(?=(?:,?[ \t]+\p{Lu}{2,3})?[ \t]*(?:\n[ \t]*\n|\n?\Z))")
_TITLE_WORD = re.compile(
    r"(?i)\b(?:manager|supervisor|clerk|cashier|buyer|officer|director|engineer|assistant|coordinator"
    r"|analyst|consultant|administrator|admin|executive|specialist|lead|head|associate|representative|rep"
    r"|accountant|advisor|adviser|agent|developer|designer|teacher|nurse|technician|president|founder"
    r"|partner|secretary|receptionist|intern|ceo|cto|cfo|coo|vp|owner|planner|controller|dispatcher"
    r"|merchandiser|storeman|foreman|operator|driver|sales|marketing|procurement|hr|finance|operations)\b")
# How suburbs' and estates' names end ("Montague Gardens", "Sunnybank Hills", "Kilimani Estate")
_SUBURB_WORDS = frozenset(
    "gardens park heights hills estate estates valley village bay beach ridge springs creek vale grove "
    "downs point wood woods".split())


# A Turkish case ending after a place's name and an apostrophe: "Bursa'da", "Zamboanga'dan", "Konya'ya"
_TURKISH_SUFFIX = re.compile(r"['’](?:[dt][ae]n?|[dt][ae]ki|y?[aeıiuü]|n?[ıiuü]n|l[ıiuü])")

# ... then, a few words on, a verb of living, staying or moving there ("yaşıyor", "oturuyor", "taşındı")
_TURKISH_LIVING_AFTER = re.compile(r"[^.\n;!?]{0,30}?(?<!\w)(?:yaşı|yaşa|otur|doğ|taşın|ikamet|kalı|yerleş)")


def _before_suffix(text: str, words: list, i: int, joined: list[bool], names: frozenset[str]) -> tuple | None:
    """(words, start, end) of a place of one word or two whose last word bears a Turkish case ending after an
    apostrophe ("Zamboanga'da yaşıyor", "Cape Coast'ta oturuyor"), the ending left out; else None."""
    word = words[i]
    value = word.group()
    cut = _TURKISH_SUFFIX.fullmatch(value, next(k for k, c in enumerate(value) if c in "'’"))
    if cut is None:
        return None
    end = word.start() + cut.start()
    if not _TURKISH_LIVING_AFTER.match(text, word.end()):  # (a firm's plans for a city are no one's place)
        return None
    if text[word.start():end].lower() in names:
        return 1, word.start(), end
    if i > 0 and joined[i - 1] and text[words[i - 1].start():end].lower() in names:
        return 1, words[i - 1].start(), end
    return None


def _folded_place(value: str) -> bool:
    """A place of two words or three written with its diacritics where the list has them folded ("Cần Thơ",
    "Hải Phòng", "Thủ Đức")."""
    from scrubber.recognizers.name_shapes import _fold

    return not value.isascii() and " " in value and _fold(value.lower()) in places()


_FIELD_WORDS = ("city", "town", "place of birth", "birthplace", "residence", "location", "office", "ville",
                "stadt", "ort", "ciudad", "città", "cidade")


def _field_places(text: str):
    """``_LOWER_PLACES[1].finditer(text)``, the pattern tried only where one of its field words is (in any
    case, ``folded``): scanning for its alternation cost more than the rest of this recognizer."""
    rx = _LOWER_PLACES[1]
    if ":" not in text and "=" not in text:
        return
    low = folded(text)
    if len(low) != len(text):  # (a letter whose lower case is longer: the positions would not be the text's)
        yield from rx.finditer(text)
        return
    starts = []
    for word in _FIELD_WORDS:
        at = low.find(word)
        while at != -1:
            starts.append(at)
            at = low.find(word, at + 1)
    starts.sort()
    yield from matches_at(rx, text, 0, starts)
