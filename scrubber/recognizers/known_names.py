"""Names the NER model misses but that carry a known given or family name: "Chukwuemeka Obi", "Giulia Romano"
in an Italian sentence, "Lucía Fernández". One signal among several (NER, cues, the case-normalised look).

- two to four capitalised words (hyphens, apostrophes and particles such as "van der" allowed) of which at
  least one is in the name lists (``scrubber/data/given_names.txt``, ``surnames.txt``), not starting with a
  greeting or an honorific;
- a single capitalised given name from the lists inside a sentence (not its first word);
- two or three capitalised Cyrillic words in a row inside a sentence ("Иван Петров");
- two or three Han characters starting with a common family name, inside text in another script ("王伟");
  likewise two or three Hangul syllables ("김민지").
"""

import re as stdlib_re
from functools import cache

import regex as re
from presidio_analyzer import Pattern
from spacy.lang.en.stop_words import STOP_WORDS as _STOP

from scrubber.recognizers._gated import GatedPatternRecognizer
from scrubber.recognizers.name_shapes import _fold, curated_family, hand_given
from scrubber.recognizers.places import places
from scrubber.words import (
    CALENDAR_WORDS,
    census_given,
    common_words,
    foreign_words,
    name_words,
    tech_words,
)

_UP = r"\p{Lu}"
_LOW = r"[\p{Ll}'’]"
_WORD = rf"{_UP}{_LOW}+(?:-{_UP}?{_LOW}+)?"
_PART = r"(?:van|von|der|den|de|del|della|di|da|du|le|la|dos|das|ter|ten|bin|ibn|al|el|y|e)"
# (words a space or three apart, or a tab: wider gaps are a pasted page's columns, "K. Srisawat      By:")
_GAP = r"(?:[ ]{1,3}|\t)"
_SEQ = rf"(?P<value>{_WORD}(?:{_GAP}(?:{_PART}{_GAP}){{0,2}}{_WORD}){{1,3}})"
# A greeting, an honorific or a sentence's verb is no part of the name after it ("Met Ms Tran", "Hola Ana").
_NO_CUE = (r"(?!(?:Mr|Mrs|Ms|Mx|Dr|Prof|Dear|Hi|Hello|Hey|Hola|Hallo|Bonjour|Ciao|Olá|Salut|Herr|Frau|Mme"
           r"|Madame"
           r"|Monsieur|Sr|Sra|Srta|Señor|Señora|Signora|Signor|Gentile|Dott|Mevrouw|Meneer|Met|Thanks|Cheers"
           r"|Attn|Liebe|Lieber|Cher|Chère|Querida|Querido|Estimada|Estimado|Caro|Cara|Beste|Hej)\b)")
_CYRILLIC = r"[А-ЯЁЇІЄҐ][а-яёїієґ'’]+"
# a Cyrillic or Greek word in capitals, or capitalised ("ΓΕΩΡΓΙΟΥ Νίκος", "СОКОЛОВА Анна" in a guest list)
_CAPS_WORD = r"(?=\p{Lu})[\p{Cyrillic}\p{Greek}][\p{Cyrillic}\p{Greek}\p{M}'’]+"
_UPPER_WORD = r"(?:(?=\p{Lu})[\p{Cyrillic}\p{Greek}]){3,}(?![\p{Cyrillic}\p{Greek}])"
_LIST_ITEM = (rf"(?m:(?<=(?:^|[,;:(•*–-]|\d[.)])[ \t]*)(?P<value>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,2}})"
              r"(?=[ \t]*(?:[,;()\n–-]|$)))")
_HAN = r"\p{Han}"
_HAN_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘蒋蔣"
    "蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋方白邹鄒孟熊秦邱江尹薛闫段雷侯龙龍史"
    "陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯"
)
_HANGUL_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민"
    "진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예봉경"
)
NAMES = name_words()
# US Census given names help inside a run of capitalised words, except those that are ordinary words too.
_ORDINARY = frozenset(
    "will grant mark bill frank joy hope faith rose june may april august art major king earl dean page "
    "miles chase hunter rich chance summer autumn dawn sky river rock stone grace ivy lily ruby pearl "
    "amber crystal jade penny sunny honey star angel royal guy sonny buddy chip chuck rusty skip sandy "
    "ray gene price young long case see sale bay son love christmas easter lane jay don ben van "
    "sterling golden storm wiley carter cash bond gay mason porter walker taylor cook baker".split()
)
GIVEN = (census_given() - _ORDINARY - common_words()) | NAMES
_CYRILLIC_START = re.compile(r"\p{Cyrillic}")
_OTHER_SCRIPT_BEFORE = re.compile(r"[A-Za-z,.:;!?][ \t]*$")
_NUMBER_NEXT = re.compile(r"[ \t]*\.?[ \t]*\d")
_LATIN = re.compile(r"\p{Latin}")
_INITIAL = re.compile(r"^\S+[ \t]+\p{L}\.?[ \t]+\S+$")
_COMMON = common_words()


def _cue_word(word: str) -> bool:
    from scrubber.recognizers.name_cues import cue_words

    return word.lower() in cue_words()


# Case endings of names in Polish, Czech, Slovak, Finnish, Hungarian and Lithuanian ("Nowakowi",
# "Kowalskiego", "Novákovi", "Virtaselle", "Péternek", "Jonui"), longest first; one letter only in Slavic text
# ("Małgorzaty", "z Agnieszką"), where a noun's ending is all a name's case shows. What is left, or that with
# the nominative's "a", "o", Lithuanian "-as" ("Jonui" → "Jonas"), the "e" Polish drops ("Marka" → "Marek"),
# Finnish "-se-" back to "-nen" ("Virtaselle" → "Virtanen") or a doubled consonant back ("Mikolle" → "Mikko"),
# must be a listed given or family name.
_ENDINGS = tuple(sorted(
    "owi ovi ego emu iej iem ej em om ou ową owej ové ovou ą ę lle lla llä lta ltä ssa ssä sta stä nak nek "
    "val vel ui ai ei".split(), key=len, reverse=True))
_SLAVIC_ENDINGS = ("a", "y", "u", "e", "i")
_SLAVIC = stdlib_re.compile("[łżśćńąęřěůčšžźťď]")


def inflected_name(word: str, text: str) -> bool:
    """``word`` (capitalised) a listed given or family name in a case ending (see ``_ENDINGS``); never an
    ordinary word of English or of another language, nor a place."""
    low = word.lower()
    if len(low) < 5 or low in _COMMON or low in _STOP or low in foreign_words() or low in places() \
            or low in CALENDAR_WORDS:
        return False
    endings = _ENDINGS + _SLAVIC_ENDINGS if _SLAVIC.search(text) else _ENDINGS
    for ending in endings:
        if not low.endswith(ending) or len(low) - len(ending) < 3:
            continue
        stem = low[:-len(ending)]
        tries = {stem, stem + "a", stem + "o", stem[:-1] + "e" + stem[-1], stem + "as", stem + "is",
                 stem + "us"}
        if stem.endswith("se"):
            tries.add(stem[:-2] + "nen")
        if stem[-1] in "aeiouyäö" and stem[-2] not in "aeiouyäö":
            tries.add(stem[:-1] + stem[-2:])  # "Miko" → "Mikko"
        if any(t in _NAMES_FOLDED() for t in tries | {_fold(t) for t in tries}):
            return True
    return False


def _around(match: re.Match) -> str:
    """The words around a match, its language's evidence ("Friday" in an English line of a text that names
    "Miroslav Šimić" is no Polish case of "Frida")."""
    return match.string[max(0, match.start() - 60):match.end() + 60]


@cache
def _NAMES_FOLDED() -> frozenset[str]:  # noqa: N802
    names = NAMES | hand_given() | curated_family()
    return frozenset(names | {_fold(n) for n in names}) - _COMMON - _STOP


def _known(words: list[str], names=NAMES) -> int:
    return sum(w.lower().strip("'’") in names or any(p.lower() in names for p in w.split("-")) for w in words)


class KnownNameRecognizer(GatedPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [
        Pattern("capitalised words with a known name", rf"(?<![\w-]){_NO_CUE}{_SEQ}(?![\w@-])", 0.7),
        # First M. Last, whoever: "Faina D. Yefremova", "Maja S Hermansen", "emidio p lombardo"
        # a Dutch family name with the particle 't after a given name ("Jan van 't Hof", "Ria van ’t Wout"): a
        # name whatever its words (the given name no ordinary word)
        Pattern("dutch family name with 't",
                rf"(?<![\w-]){_NO_CUE}(?P<tpart>)"
                rf"(?P<value>{_WORD}[ \t]+van[ \t]+['’]t[ \t]+{_WORD})(?![\w@-])", 0.85),
        Pattern("middle initial",
                rf"(?<![\w-])(?P<value>{_WORD}[ \t]+{_UP}\.?[ \t]+{_WORD})(?![\w@-])", 0.65),
        Pattern("middle initial lower case",
                r"(?<![\w-])(?P<value>\p{Ll}{3,}[ \t]+[b-df-hj-np-tv-xz]\.?[ \t]+\p{Ll}{3,})(?![\w@-])", 0.6),
        Pattern("known given name in a sentence",
                rf"(?<=[\p{{Ll}},;:][ \t]+)(?P<value>{_WORD})(?![\w@-])", 0.6),
        Pattern("cyrillic name",
                rf"(?<=[а-яёїієґ,;:][ \t]+)(?P<value>{_CYRILLIC}(?:[ \t]+{_CYRILLIC}){{1,2}})(?![\w-])",
                0.65),
        # two or three Cyrillic or Greek words in capitals or capitalised as a list's item: "Table 5:
        # ДМИТРИЙ СОКОЛОВ, АННА КУЗНЕЦОВА", "- ΕΛΕΝΗ ΓΕΩΡΓΙΟΥ", "2. СОКОЛОВА Анна" (after a line's start, a
        # list mark, a colon or a comma; before a comma, a bracket, a dash or the line's end)
        Pattern("cyrillic or greek name in capitals", _LIST_ITEM, 0.65),
        # two or three Cyrillic or Greek words in capitals inside a sentence ("и ДМИТРИЙ СОКОЛОВ придут", "ο
        # ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ και", "seat СМИРНОВА ОЛЬГА next to"): three letters or more each, not a firm's
        # form ("ООО …")
        Pattern("cyrillic or greek capitals in a sentence",
                rf"(?<=[\p{{Ll}},;][ \t]+)(?!(?:ООО|ОАО|ЗАО|ПАО|ТОВ|ПРАТ|ΑΕ|ΟΕ|ΕΠΕ)\b)"
                rf"(?P<value>{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{1,2}})"
                r"(?=[ \t]*[,.;:!?)]|[ \t]+\p{Ll})", 0.65),
        # (inside text in another script: see accept_match)
        Pattern("hangul name in other text",
                rf"(?P<value>[{_HANGUL_SURNAMES}]\p{{Hangul}}{{1,2}})(?!\p{{Hangul}})", 0.6),
        Pattern("han name in other text", rf"(?P<value>[{_HAN_SURNAMES}]{_HAN}{{1,2}})(?!{_HAN})", 0.6),
    ]
    CONTEXT = ["name", "mr", "mrs", "ms", "dr"]
    # Patterns skipped on texts without what they need: a listed surname's character, a Cyrillic capital, a
    # lone consonant between spaces (plain character sets: scanned many times faster than the patterns).
    GATES = {
        "hangul name in other text": stdlib_re.compile(f"[{_HANGUL_SURNAMES}]"),
        "han name in other text": stdlib_re.compile(f"[{_HAN_SURNAMES}]"),
        "cyrillic name": stdlib_re.compile("[А-ЯЁЇІЄҐ]"),
        "cyrillic or greek name in capitals": stdlib_re.compile("[А-ЯЁЇІЄҐΑ-ΩΆ-Ώ]"),
        "cyrillic or greek capitals in a sentence": stdlib_re.compile("[А-ЯЁЇІЄҐΑ-Ω]{3}"),
        "dutch family name with 't": stdlib_re.compile("['’]t "),
        "middle initial lower case": stdlib_re.compile(r"[ \t][b-df-hj-np-tv-xz]\.?[ \t]"),
    }

    def accept_match(self, match: re.Match) -> bool:
        """Latin-script words need a known name among them; Cyrillic and Han matches stand on their shape."""
        value = match.group("value")
        if "tpart" in match.re.groupindex:
            given = value.split()[0].lower()
            return given in GIVEN or given not in _COMMON and given not in _STOP
        if not _LATIN.search(value):
            if _CYRILLIC_START.match(value) or value.isupper():  # (Cyrillic, or Greek in capitals)
                return True
            if match.re.pattern == _LIST_ITEM:  # (Greek capitalised, a list's item)
                return True
            start = match.start("value")  # Han and Hangul: after Latin text or punctuation, or first
            before = _OTHER_SCRIPT_BEFORE.search(match.string, max(0, start - 3), start)
            return start == 0 or before is not None
        if match.re.pattern.count("Ll}{3,}") == 2 or _INITIAL.search(value):  # First M. Last
            outer = [w.lower() for w in value.split() if len(w.rstrip(".")) > 1]
            return not any(w in _COMMON or w in _STOP or w in tech_words() for w in outer)
        words = [w for w in value.split() if w[0].isupper()]
        if len(words) > 1 and _cue_word(words[0]):
            return False  # a field's or a role's word first: "Ansprechpartner Babak Rahimi" (found apart)
        if len(words) == 1:  # not a month before a day ("Jan 08 08:51")
            return (words[0].lower() in NAMES or words[0].lower() in hand_given()
                    or inflected_name(words[0], _around(match))) \
                and not _NUMBER_NEXT.match(match.string, match.end("value"))
        return _known(words, GIVEN) >= 1 or any(inflected_name(w, _around(match)) for w in words)
