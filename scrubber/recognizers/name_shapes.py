"""Names by their make-up, in any case and many cultures (issue #19): "Camila Barbosa", "tomasz lewandowski",
"EMRE KAYA", "Mulder, Pieter", "Nguyễn Đức Thảo", "Tran Thi Thao", "Nakamura Haruto", "Park Soo-ah",
"Siyu Liu", and a name's parts again later in the same text ("… Peña's manager", "Hoàng is interested").

Word lists are one signal among several and count only in combination, never a word alone:

- a given name followed by a family name (US Census 1990 family names, ``scrubber/data/census_surnames.txt``,
  and ``world_names.txt``), in Title, UPPER or lower case, particles ("van der", "de la") allowed between;
- a family name followed by a given name (tables and forms: "NOWAKOWSKA TOMASZ", "Nakamura Haruto");
- ``Last, First`` with a known given name after the comma;
- a Vietnamese family name followed by Vietnamese name syllables; a Chinese, Japanese or Korean family name
  next to a word shaped like a pinyin, romaji or Korean given name;
- a given name followed by a capitalised word nobody uses as an ordinary word ("Oluwadamilare Adeyemi");
- once a text holds a name found so, its parts elsewhere in that text.

Not a name: words next to "&" or an organisation word ("Morgan Stanley", "Ernst & Young", "Wells Fargo Bank").
Set look-ups only (no alternations over the lists), one pass over the text's words.
"""

import unicodedata
from functools import cache
from pathlib import Path

import regex as re
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.recognizers.places import places
from scrubber.words import NAME_PARTICLES, common_words, countries, org_words, tech_words

_DATA = Path(__file__).parent.parent / "data"
_TOKEN = re.compile(r"(?<![\w@#/\\.-])\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*(?![\w@/\\-]|\.\w)")
# (Malay and Arabic patronymics join a given name to the father's: "Aisyah binti Mohd Syafiq", "Nur bte
# Rahim")
PATRONYMIC_PARTICLES = frozenset("bin binti bint binte bte ibn".split())
_PARTICLES = NAME_PARTICLES | PATRONYMIC_PARTICLES
_AND = frozenset("y e".split())  # (particles that are also "and")
_VIET_FAMILY = frozenset(
    "nguyễn nguyen trần tran lê le phạm pham hoàng hoang huỳnh huynh phan vũ vu võ vo đặng dang bùi bui "
    "đỗ do "
    "hồ ho ngô ngo dương duong lý ly đinh dinh trịnh trinh lương luong đoàn doan lâm lam châu chau".split())
_VIET_MIDDLE = frozenset(
    "văn van thị thi đức duc minh ngọc ngoc thanh quốc quoc hữu huu xuân xuan gia bảo bao".split())
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en"
    r"|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|ü)){1,2}")
_ROMAJI = re.compile(r"(?:(?:ky|gy|sh|ch|ts|ny|hy|my|ry|by|py|[kgsztdnhbpmyrwfj])?[aiueo]|n)+")
_KOREAN_GIVEN = re.compile(r"[a-z]{2,4}-[a-z]{2,4}")
# Words after which a capitalised pair is an organisation, not a person.
_ORG_WORDS = org_words()
# Cue and sentence words that are capitalised but never a name's first word.
_NOT_FIRST = frozenset(
    "mr mrs ms mx miss dr prof dear hi hello hey hola hallo bonjour salut ciao olá herr frau mme madame "
    "monsieur sr sra srta señor señora sig signora signor gentile dott mevrouw meneer dhr mevr thanks cheers "
    "regards best attn met call ask tell contact from to cc owner lead candidate customer patient name "
    # role nouns before a name ("Cardholder Adeyemi", "Applicant Tran Thi Mai"): the cue, not its first word
    "cardholder applicant tenant landlord landlady contractor colleague employee payee caller guardian "
    "recipient beneficiary client "
    # titles of other languages before a name ("Maître Jacquet représente …", "Avv. Rossi", "Sayın Yılmaz")
    "maître maitre avv avvocato dottore dottoressa dottor dra lic licenciada licenciado professore "
    "professoressa doctor doktor pani panią senhor senhora sayın signor signora señor señora srta "
    # sign-offs before a name ("Groet, Nova van den Brink" is no Last, First)
    "groet groeten gruss gruß grüße grüsse saludos saluti cordialement hilsen hälsningar terveisin "
    "atenciosamente abraços".split())
SCORE_LISTED = 0.9  # both ends from the lists, or a family name with a name-shaped neighbour
SCORE_SHAPED = 0.75  # a known given name and an unknown capitalised word
SCORE_AGAIN = 0.85  # a part of a name found earlier in the text
SCORE_LAST_FIRST = 0.85
_SPEECH_VERBS = frozenset(
    "says said wants wanted asks asked owns owned thinks thought needs needed agreed agrees confirmed "
    "confirms "
    "joined joins left leaves sent sends told tells replied replies wrote writes called calls mentioned "
    "reported reports requested requests complained complains claims claimed approved approves signed signs "
    "prefers preferred leads led manages managed emailed phoned insists insisted promised promises "
    "suggested suggests explained explains noted notes recommends recommended lives lived works worked moved "
    "married".split())
# folded, lower case (the look-up word is folded: "dóttir" → "dottir", "ović" → "ovic", "oğlu" → "oglu")
_FAMILY_ENDINGS = (
    "sen", "sson", "dottir", "ova", "eva", "ovich", "evich", "ski", "ska", "cki", "cka", "wicz", "ovic",
    "evic", "enko", "chuk", "poulos", "poulou", "opoulos", "akis", "idis", "escu", "eanu", "yan", "oglu",
    "ov", "ev", "ic")
_AND = r"(?:,[ \t]*(?:(?:and|und|et|y|e|og|och|ve)[ \t]+)?|[ \t]+(?:and|und|et|y|e|og|och|ve|&)[ \t]+)"
_LISTED_AFTER = re.compile(rf"{_AND}(?P<w>\p{{Lu}}\p{{Ll}}[\p{{Ll}}'’-]*)(?![\w@-])")
_LISTED_BEFORE = re.compile(rf"(?<![\w@.-])(?P<w>\p{{Lu}}\p{{Ll}}[\p{{Ll}}'’-]*){_AND}$")
_WEAK_VERBS = frozenset("is was has had will would can could should must".split())
_CYRILLIC = re.compile(r"\p{Cyrillic}")
_LOWER_NEXT = re.compile(r"[ \t]+\p{Ll}{2,}")
_VERB_NEXT = re.compile(r"[ \t]+(\p{Ll}+)\b")
SCORE_ALONE = 0.6  # a given name alone: anything more specific found there wins
_CAPITALISED_NEXT = re.compile(r"[ \t]+\p{Lu}")
_CAPITALISED_BEFORE = re.compile(r"\p{Lu}[\p{L}'’-]*[ \t]+$")
_NUMBER_NEXT = re.compile(r"[ \t]*\.?[ \t]*\d")
_PLACE_WORD = re.compile(r"(?i:\b(?:in|at|from|to|near|nach|aus|à|en|em|a|di|da|de|vers)[ \t]+)$")


def _fold(word: str) -> str:
    """``word`` without diacritics ("wójcik" → "wojcik"); đ/ł/ø/ı/ß spelled the usual way."""
    if word.isascii():
        return word
    word = word.translate(_FOLD)
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


_FOLD = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "ð": "d",
                       "þ": "th"})


def _sections() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    current = None
    for line in (_DATA / "world_names.txt").read_text("utf-8").splitlines():
        if line.startswith("["):
            current = out.setdefault(line.strip("[] "), set())
        elif current is not None and line and not line.startswith("#"):
            current.update(line.split())
    return out


def _with_folded(words) -> set[str]:
    return {w for word in words for w in (word, _fold(word).replace("'", "").replace("’", ""))}


@cache
def hand_given() -> frozenset[str]:
    """Given names of the hand-compiled list (``world_names.txt``) that are no ordinary English words."""
    lines = (_DATA / "given_names.txt").read_text("utf-8").splitlines()
    hand = {w for line in lines if not line.startswith("#") for w in line.split()}
    return frozenset(_with_folded(_sections()["given"] | hand) - common_words() - STOP_WORDS - tech_words())


@cache
def curated_family() -> frozenset[str]:
    """Family names of the hand-compiled lists (``world_names.txt``, ``surnames.txt``), folded too."""
    lines = (_DATA / "surnames.txt").read_text("utf-8").splitlines()
    hand = {w for line in lines if not line.startswith("#") for w in line.split()}
    world = _sections()
    names = _with_folded(world["family"] | world["asian_family"] | hand)
    return frozenset(names - common_words() - STOP_WORDS)


@cache
def _lower_keep() -> frozenset[str]:
    """Lower-case words a name may hold: given and family names, particles, name syllables."""
    given, family, asian, viet = lists()
    return frozenset(given | family | asian | viet | _PARTICLES | {w + "'s" for w in given | family})


@cache
def lists() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(given names, family names, East Asian family names, Vietnamese syllables), lower case, folded too."""
    from scrubber.recognizers.known_names import GIVEN as KNOWN_GIVEN  # census and hand lists, ordinary out

    world = _sections()
    never = common_words() | STOP_WORDS | tech_words()
    given = _with_folded(world["given"] | KNOWN_GIVEN) - never
    census = (_DATA / "census_surnames.txt").read_text("ascii").splitlines()[1:]
    family = _with_folded(set(census) | world["family"]) | _with_folded(world["asian_family"]) | _VIET_FAMILY
    family = {f for word in family for f in (word, *word.split())} - never
    return (frozenset(given), frozenset(family), frozenset(_with_folded(world["asian_family"])),
            frozenset(_with_folded(world["viet"])))


def a_country_not_given(word: str) -> bool:
    """A country's or a region's name that no list gives as a given name ("England", "Wales"; not "Georgia",
    "Jordan")."""
    low = word.lower()
    return low in countries() and _fold(low) not in lists()[0]


def _stop_words_abroad() -> frozenset[str]:
    from scrubber.name_filters import stop_words_abroad

    return stop_words_abroad()


class _Word:
    __slots__ = ("start", "end", "text", "low", "case")

    @staticmethod
    def unknown_lower(word: str) -> bool:
        """A lower-case word of four letters or more that is no ordinary word: a name's first word, maybe."""
        return len(word) > 3 and word.isalpha() and word not in common_words() and word not in STOP_WORDS \
            and word not in tech_words() and word not in places()

    def __init__(self, m: re.Match) -> None:
        text = m.group()
        if text.endswith(("'s", "’s")):  # "Peña's manager"
            text = text[:-2]
        self.start, self.end, self.text = m.start(), m.start() + len(text), text
        self.low = _fold(text.lower()).replace("'", "").replace("’", "")
        letters = text.replace("-", "").replace("'", "").replace("’", "")
        if letters.isupper():
            self.case = "U" if len(letters) > 1 else "I"  # upper case; an initial
        elif letters.islower():
            self.case = "l"
        elif text[0].isupper() and (text[1:].islower() or "-" in text or "'" in text or "’" in text):
            self.case = "T"
        else:
            self.case = "x"  # camelCase, iPhone: not a name word


def _words(text: str) -> list[_Word]:
    """Capitalised words, and lower-case ones a name could hold: the rest only separates names. A lower-case
    word nobody uses as an ordinary word is kept before a hand-listed family name ("aditya nair")."""
    keep, curated = _lower_keep(), curated_family()
    out: list[_Word] = []
    dropped = None
    for m in _TOKEN.finditer(text):
        g = m.group()
        shaped = g[0].islower() and len(g) > 5 and _family_shaped(_fold(g))  # "kristoffer eriksen"
        if not g[0].islower() or g in keep or "-" in g and (_KOREAN_GIVEN.fullmatch(g) or all(
                p in keep for p in g.split("-") if p)) or not g.isascii() and _fold(g) in keep or shaped:
            if dropped is not None and g[0].islower() and (g in curated or _fold(g) in curated or shaped) \
                    and text[dropped.end():m.start()] == " " and _Word.unknown_lower(dropped.group()):
                out.append(_Word(dropped))
            out.append(_Word(m))
            dropped = None
        else:
            dropped = m
    return out


def _family_shaped(word: str) -> bool:
    """A family name by its ending, listed or not: Nordic -sen/-sson/-dottir, Slavic -ová/-ski/-ović/-enko,
    Greek -poulos, Romanian -escu, Armenian -yan, Turkish -oğlu ("Petrussen", "Guðmundsdóttir",
    "Živković")."""
    return (len(word) > 5 and word.endswith(_FAMILY_ENDINGS) and word not in common_words()
            and word not in places())


def _opening(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, a line, a list item or a clause after a dash or colon."""
    before = text[max(0, start - 20):start].rstrip(" \t")
    return not before or before[-1] in ".!?;:\n—–-•*" or start <= 20 and not text[:start].strip()


def _listed(word: str, names: frozenset, how=any) -> bool:
    """``word`` in ``names``; a hyphenated one when ``how`` (all or any) of its parts are ("Anne-Sophie")."""
    return word in names or "-" in word and how(part in names for part in word.split("-") if part)


def _gap_ok(text: str, a: _Word, b: _Word) -> bool:
    gap = text[a.end:b.start]
    if a.case == "I" and gap.startswith("."):
        gap = gap[1:]
    return 0 < len(gap) <= 3 and not gap.strip(" \t")


class NameShapeRecognizer(LocalRecognizer):
    ENTITY = "PERSON"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language)

    def load(self) -> None:
        lists()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        words = _words(text)
        found: list[tuple[int, int, float]] = []
        names: set[int] = set()  # words of names of two words or more
        alone: dict[int, int] = {}  # word index → index in found, for given names alone
        i = 0
        while i < len(words):
            hit = self._name_at(text, words, i)
            if hit:
                n, score = hit
                if not score:
                    i += n
                    continue
                if n == 1:
                    alone[i] = len(found)
                else:
                    names.update(range(i, i + n))
                found.append((words[i].start, words[i + n - 1].end, score))
                i += n
            else:
                i += 1
        if names:
            parts = {words[k].low for k in names if len(words[k].low) > 1 and words[k].case != "I"
                     and (words[k].low not in _PARTICLES
                          or words[k].low in _VIET_FAMILY and words[k].case == "T")
                     } - common_words()
            for k, w in enumerate(words):
                if k not in names and w.low in parts and w.case in "TU" and self._free(text, w):
                    if k in alone:
                        found[alone[k]] = (w.start, w.end, SCORE_AGAIN)
                    else:
                        found.append((w.start, w.end, SCORE_AGAIN))
        if found:
            self._coordinated(text, found)
        return [self._result(s, e, score) for s, e, score in found]

    def _coordinated(self, text: str, found: list[tuple[int, int, float]]) -> None:
        """Capitalised words listed with a name are names too: "Romi, Erik, Amy and Kristen"."""
        todo = list(found)
        seen = {(s, e) for s, e, _ in found}
        while todo and len(found) < 60:
            start, end, _ = todo.pop()
            for m in (_LISTED_AFTER.match(text, end), _LISTED_BEFORE.search(text, max(0, start - 40), start)):
                if m is None:
                    continue
                word, a, b = m.group("w"), m.start("w"), m.end("w")
                if any(x < b and a < y for x, y in seen) or not self._unknown(word.lower()) or len(word) < 3:
                    continue
                hit = (m.start("w"), m.end("w"), SCORE_ALONE)
                seen.add(hit[:2])
                found.append(hit)
                todo.append(hit)

    @staticmethod
    def _free(text: str, w: _Word) -> bool:
        return not text[max(0, w.start - 1):w.start].isalnum()

    def _name_at(self, text: str, words: list[_Word], i: int) -> tuple[int, float] | None:
        """(number of words, score) of a name starting at words[i], or None."""
        given, family, asian, viet = lists()
        first = words[i]
        if first.case == "l" and first.low in _PARTICLES and first.low not in _VIET_FAMILY:
            return self._particle_first(text, words, i)
        if first.case not in "TUl" or first.low in _NOT_FIRST \
                or first.low in _PARTICLES and (first.case == "l" or first.low not in _VIET_FAMILY):
            return None
        if first.case == "l" and not _listed(first.low, given, all) and first.low not in asian \
                and first.low not in viet and not _KOREAN_GIVEN.fullmatch(first.low) \
                and not (i + 1 < len(words) and (words[i + 1].low in curated_family()
                                                  or _family_shaped(words[i + 1].low))):
            return None  # lower case: starts on a given name, an East Asian one, or before a family name
        # the longest run of words on one line, in one case, particles and initials allowed inside
        run = [first]
        for w in words[i + 1:i + 5]:
            if not _gap_ok(text, run[-1], w):
                break
            if not (w.case == first.case or w.case == "I" and first.case == "T"
                    or w.low in _PARTICLES and w.case in ("l", first.case)):
                break
            run.append(w)
        while len(run) > 1 and (run[-1].low in _PARTICLES or run[-1].case == "I"):
            run.pop()
        if len(run) == 1:
            return self._last_first(text, words, i) or self._given_alone(text, words, i) \
                or self._subject(text, words, i) or self._family_alone(text, words, i)
        if text[run[-1].end:run[-1].end + 3].lstrip(" ").startswith("&") or text[
                max(0, first.start - 3):first.start].rstrip(" ").endswith("&"):
            return None
        after = words[i + len(run)] if i + len(run) < len(words) else None
        if after is not None and after.low in _ORG_WORDS and _gap_ok(text, run[-1], after):
            if len(run) < 3:
                return None  # "Wayne Capital", "Morgan Stanley Bank"
            run.pop()  # "Azucena Valcárcel Vaquero de |Umbrella Health|": the firm is the last word's
            while len(run) > 1 and (run[-1].low in _PARTICLES or run[-1].case == "I"):
                run.pop()
        lows = [w.low for w in run]
        if first.case == "T" and len(run) <= 3 and all(_CYRILLIC.match(w.text) for w in run):
            return len(run), SCORE_SHAPED  # "Дмитрий Орлов", "Анна Сергеевна Кузнецова"
        for k in range(min(len(lows), 4), 1, -1):  # "Ho Chi Minh City", "San Jose": a place, skipped whole
            if " ".join(lows[:k]) in places():
                return k, 0.0
        # Vietnamese: family name, then name syllables ("Tran Thi Thao", "nguyen van an")
        if lows[0] in _VIET_FAMILY:
            k = 1
            while k < len(run) and lows[k] in viet:
                k += 1
            if k >= 3 or k == 2 and (len(lows[0]) > 2 or first.case != "l"):
                if first.case != "l" or k >= 3 and lows[1] in _VIET_MIDDLE or len(lows[0]) > 2:
                    return k, SCORE_LISTED
        # East Asian: family name next to a given name's shape, either order
        if len(run) >= 2:
            a, b = lows[0], lows[1]
            if a in asian and self._east_given(b, given, first.case == "l"):
                return 2, SCORE_LISTED
            if b in asian and self._east_given(a, given, first.case == "l") and a not in family:
                return 2, SCORE_LISTED
        # given … family (the longest that ends on a family name)
        if _listed(lows[0], given, all):
            for n in range(len(run), 1, -1):
                last = lows[n - 1]
                # (a particle ends no name: "Femke de Vries" is one name, not "Femke de"; the word after a
                # particle is a family name when no ordinary word spells it; not after "y" or "e", that also
                # join two names: "Siemens, Porsche y Fernhill")
                if last in _PARTICLES:
                    continue
                if (_listed(last, family, any) or _family_shaped(last)
                        or n >= 3 and lows[n - 2] in _PARTICLES and lows[n - 2] not in _AND
                        and self._unknown(last)) and all(
                        x in given or x in family or x in _PARTICLES or w.case == "I"
                        for x, w in zip(lows[1:n - 1], run[1:n - 1], strict=True)):
                    return n, SCORE_LISTED
            if first.case == "T" and run[1].case == "T" and lows[1] not in common_words() \
                    and lows[1] not in STOP_WORDS and lows[1] not in tech_words() \
                    and not (lows[0] in places() and lows[1] in places()):
                return 2, SCORE_SHAPED
        # family … given, two words, in Title or UPPER case ("NOWAKOWSKA TOMASZ")
        if first.case in "TU" and _listed(lows[0], family, any) and _listed(lows[1], given, all) \
                and lows[0] not in places():
            return 2, SCORE_LISTED
        # UPPER CASE: an unknown word, then a hand-listed family name ("OLUWASEGUN ADEBAYO")
        if first.case == "U" and len(run) == 2 and len(lows[0]) > 2 and self._unknown(lows[0]) \
                and _listed(lows[1], curated_family(), any):
            return 2, SCORE_SHAPED
        # (fp29: no other language's function word: "zaliczki na PIT")
        if first.case == "l" and len(run) >= 2 and _Word.unknown_lower(first.text) \
                and (lows[1] in curated_family() or _family_shaped(lows[1])) and lows[1] not in _PARTICLES \
                and not (len(lows[1]) < 3 and lows[1] in _stop_words_abroad()):
            return 2, SCORE_SHAPED  # "aditya nair", "serkan aksoy"
        # UPPER CASE: a known given name, then a word nobody uses as an ordinary word ("TOMASZ NOWAKOWSKA")
        if first.case == "U" and len(run) == 2 and _listed(lows[0], given, all) and self._unknown(lows[1]) \
                and len(lows[1]) > 2:
            return 2, SCORE_SHAPED
        # a word nobody uses as an ordinary word, then a family name ("Maite Domínguez")
        if first.case == "T" and self._unknown(lows[0]) and len(lows[0]) > 2 and first.text.isalpha() \
                and lows[1] not in _PARTICLES and self._family(lows[1], first.case == "l"):
            return 2, SCORE_SHAPED
        return self._last_first(text, words, i) or self._given_alone(text, words, i)

    @staticmethod
    def _family(word: str, lower: bool) -> bool:
        """A family name of the lists or by its ending; in lower case, a hand-listed one ("um", "bio": no)."""
        if lower:  # "sehr schön", "caffè italiano": census names are ordinary words in other languages
            return len(word) >= 4 and word in curated_family()
        return len(word) >= 3 and word in lists()[1] or _family_shaped(word)

    @staticmethod
    def _unknown(word: str) -> bool:
        return not (word in common_words() or word in STOP_WORDS or word in tech_words() or word in _NOT_FIRST
                    or word in _PARTICLES or word in places())

    @staticmethod
    def _subject(text: str, words: list[_Word], i: int) -> tuple[int, float] | None:
        """A family name alone as a sentence's subject: "Nowakowska says …", "Girard owns the contract"."""
        w = words[i]
        verb = _VERB_NEXT.match(text, w.end)
        if w.case != "T" or not verb or w.low in places():
            return None
        if verb.group(1) == "to" and _LOWER_NEXT.match(text, verb.end()):  # minutes: "— Jiří to circulate …"
            if not NameShapeRecognizer._unknown(w.low):
                return None
            return (1, SCORE_ALONE) if _opening(text, w.start) else None
        if verb.group(1) in _SPEECH_VERBS:
            if w.low not in lists()[1] and w.low not in lists()[0] and not _family_shaped(w.low):
                return None
        elif verb.group(1) not in _WEAK_VERBS or w.low not in curated_family() and w.low not in hand_given():
            return None  # "Weber will send it": only a hand-listed name before is/was/has/will
        return (1, SCORE_SHAPED) if _opening(text, w.start) else None

    def _particle_first(self, text: str, words: list[_Word], i: int) -> tuple[int, float] | None:
        """A family name with particles opening a sentence: "de Villiers says …", "van der Berg will …"."""
        k = i
        while k < len(words) and words[k].case == "l" and words[k].low in _PARTICLES \
                and (k == i or _gap_ok(text, words[k - 1], words[k])):
            k += 1
        if k == i or k >= len(words) or words[k].case != "T" or not _gap_ok(text, words[k - 1], words[k]) \
                or words[k].low in common_words() or words[k].low in STOP_WORDS \
                or not _opening(text, words[i].start):
            return None
        return k - i + 1, SCORE_SHAPED

    @staticmethod
    def _family_alone(text: str, words: list[_Word], i: int) -> tuple[int, float] | None:
        """A capitalised word with a family name's ending, alone inside a sentence ("… said Yefremova")."""
        w = words[i]
        if w.case != "T" or not _family_shaped(w.low) or w.low.endswith(("ic", "yan", "sen")) \
                or _CAPITALISED_NEXT.match(text, w.end):
            return None
        before = text[:w.start].rstrip(" \t")
        return (1, SCORE_ALONE) if before and before[-1] not in ".!?\n" else None

    @staticmethod
    def _given_alone(text: str, words: list[_Word], i: int) -> tuple[int, float] | None:
        """A given name of the hand-made lists alone, capitalised, not right after a place word."""
        w = words[i]
        if _CAPITALISED_NEXT.match(text, w.end) \
                or _CAPITALISED_BEFORE.search(text, max(0, w.start - 30), w.start):
            return None  # part of something longer that is no name ("São Paulo", "Visual Studio")
        if w.case != "T" or w.low not in hand_given() or w.low in places() and _PLACE_WORD.search(
                text, max(0, w.start - 12), w.start) or _NUMBER_NEXT.match(text, w.end):  # "Jan 08 08:51"
            return None
        return 1, SCORE_ALONE

    @staticmethod
    def _east_given(word: str, given: frozenset, lower: bool) -> bool:
        """A given name, or shaped like a Korean, pinyin or romaji one (in lower case: longer, no ordinary
        word)."""
        if _KOREAN_GIVEN.fullmatch(word) or word in given:
            return True
        if lower and (len(word) < 4 or word in common_words() or word in STOP_WORDS):
            return False
        return len(word) >= 3 and (_PINYIN.fullmatch(word) is not None or _ROMAJI.fullmatch(word) is not None)

    def _last_first(self, text: str, words: list[_Word], i: int) -> tuple[int, float] | None:
        """``Last, First``: a family name, a comma, a known given name (and its middle names)."""
        given, family, asian, _ = lists()
        if i + 1 >= len(words):
            return None
        last, first = words[i], words[i + 1]
        if last.case not in "TU" or text[last.end:first.start] not in (", ", ",") or first.case != last.case:
            return None
        if _LISTED_AFTER.match(text, first.end) \
                or _LISTED_BEFORE.search(text, max(0, last.start - 40), last.start):
            return None  # a list of names ("Amy, Nathaniel, Donald and Kristen"), not Last, First
        after = words[i + 2] if i + 2 < len(words) else None
        if i > 0 and words[i - 1].case == last.case and _gap_ok(text, words[i - 1], last) \
                or after and after.case == first.case and _gap_ok(text, first, after) \
                and after.low not in given:
            return None  # full names listed ("Anne Roux, Paul Petit"): the comma ends a name, no Last, First
        if last.low not in family or last.low in places():
            return None
        if not (first.low in given or last.low in asian  # or a hand-listed family name, an unknown word after
                or last.low in curated_family() and len(first.low) > 2 and first.low not in common_words()
                and first.low not in STOP_WORDS and first.low not in tech_words()):
            return None
        n = 2
        while i + n < len(words) and words[i + n].case in (last.case, "I") and _gap_ok(text, words[i + n - 1],
                                                                                     words[i + n]) \
                and (words[i + n].low in given or words[i + n].case == "I" or words[i + n].low in lists()[3]):
            n += 1
        return n, SCORE_LAST_FIRST

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(self.name, score, textual_explanation="name shape")
        return RecognizerResult(self.ENTITY, start, end, score, analysis_explanation=explanation,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


__all__ = ["NameShapeRecognizer", "hand_given", "lists"]
