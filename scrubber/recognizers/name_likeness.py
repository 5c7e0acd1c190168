"""Names no list holds, by how name-like their letters are (issue #19): "Joost Visser", "Eleni Nagy",
"mentored Théo and Büşra", "opened by jean-luc leclerc", "Action items: dietmar schwarzkopf to fix …".

The signal is a character n-gram model (naive Bayes, ``scrubber/data/name_ngrams.tsv``, made by
``make_name_ngrams.py`` from the name lists against the ordinary-word lists): the mean log-likelihood ratio
of a word's 2- to 4-grams, name against ordinary word. It is one signal in combination, never a word alone:

- two or three adjacent capitalised words (an initial or particles allowed inside), each no ordinary, stop,
  tech, place or organisation word and each scored name-like; not after an article or before an organisation
  word, a number or "&"; at a sentence's start only before a person's verb ("Joost Visser übernimmt" no,
  "Joost Visser says" yes);
- two capitalised words joined by "and" inside a sentence, both name-like ("mentored Théo and Büşra");
- two or three lower-case words, none an ordinary word, both name-like, only after a cue ("by", "with",
  "from", "cc", "customer", "neighbour", …), before "to"/"will"/"says" after a colon or at a line's start,
  or before a colon at a line's start ("- olumide johnson: strong");
- a capitalised word alone, more name-like, as a clause's subject before a person's verb ("; Olawale owns the
  contract", "— Elif to circulate …"); before "was born", "turns 40", ", she …" no ordinary, tech or brand
  word, whatever its letters, and before "will <verb>" some name-like letters ("; Achieng will reset it");
- a capitalised name-like word alone after a verb whose object is a person ("ping Ottilie", "loop in …");
- a lower-case given name of the lists (no ordinary word) alone after such a cue ("1:1 w/ sanjay", "ping
  olumide re: invoices", "waiting on kofi"), or as the speaker of two lines or more ("- ravi: done");
- a lower-case word after a spoken introduction in a call or a voice message ("i bin da hannes", "é a bruna",
  "doña chayo"): a name of the lists, or name-like letters and no ordinary word of another language;
- a chat nick at a line's start ("<gereon> the build is red"), unless an ordinary word or a bot;
- a capitalised word found in such a name, again elsewhere in the text ("… — Krzysztof joins").
"""

import math
import re as stdlib_re
from functools import cache, lru_cache
from pathlib import Path

import regex as re
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.recognizers.name_cues import ANY_SPEAKER, listed_name, person_word
from scrubber.recognizers.name_shapes import (
    _NOT_FIRST,
    _ORG_WORDS,
    _PARTICLES,
    _SPEECH_VERBS,
    _fold,
    _opening,
    a_country_not_given,
    hand_given,
)
from scrubber.recognizers.places import places
from scrubber.words import common_words, foreign_words, name_words, tech_words

_DATA = Path(__file__).parent.parent / "data" / "name_ngrams.tsv"
CUT = 0.0  # mean log-likelihood ratio above which a word counts as name-like
SCORE_NAME = 0.8
SCORE_AND = 0.87  # above the model's LOCATION guess (0.85): "mentored Karim and Henrik"
SCORE_AGAIN = 0.8
SCORE_SUBJECT = 0.7
SCORE_LIFE = 0.87  # a word before "was born", "turns 40", "will …", ", she …": above a LOCATION guess (0.85)
LIFE_CUT = -0.5  # a word before "will" needs some name-like letters (no cut before "was born", ", she")
SUBJECT_CUT = 0.3  # a word alone needs more name-like letters than a pair
_W = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?"
_P = (r"(?:van|von|der|den|de|del|della|di|da|du|le|la|dos|das|ter|ten|bin|ibn|al|el"
      r"|Van|Von|De|Di|Da|Du|Le|La)")
_SUBJECT_VERBS = _SPEECH_VERBS | frozenset("joins owns wants runs leads asked said".split()) \
    | frozenset("cannot can't won't didn't doesn't hasn't isn't wasn't couldn't forgot lost paid booked "
                "texted rang".split())  # (session 23) "Ravshan cannot attend", "Keahi forgot his badge"
# A capitalised word, then one or two more (a name), "and" another (two names) or a verb (a subject).
_CAP = re.compile(
    rf"\b(?P<a>{_W})(?:"
    rf"(?P<rest>(?:[ \t]+(?:\p{{Lu}}\.[ \t]+|(?:{_P}[ \t]+){{1,2}})?(?P<b>{_W})){{1,2}}(?![\w@/\\-]|\.\w))"
    rf"|[ \t]+(?:and|und|et|y|e|en|og|och|ve)[ \t]+(?P<c>{_W})(?![\w@/-])"
    rf"|[ \t]+(?P<verb>to|{'|'.join(sorted(_SUBJECT_VERBS, key=lambda w: (-len(w), w)))})\b"
    r"(?:[ \t]+(?P<next>\p{Ll}+))?"
    # a person's life and plans: "Enkhjin was born on …", "Wopke turns 40", "Achieng will reset it"
    r"|[ \t]+(?P<life>was born|were born|is turning|turns|turned|will)[ \t]+(?P<then>\d|\p{Ll}+)"
    r"|,[ \t]+(?P<pron>she|he)[ \t]+\p{Ll})")  # "… for Fenna, she turns 50"
_LW = r"\p{Ll}[\p{Ll}\p{M}'’]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?"
_LOWER_PAIR = (rf"(?P<v>(?P<x>{_LW})[ \t]+(?:(?:van|von|der|den|de|del|della|di|da|du|le|la)[ \t]+){{0,2}}"
               rf"(?P<y>{_LW}))")
_CUES = "by with from cc customer client neighbour colleague contact met".split()
# Verbs whose object is a person: a single capitalised name-like word after one is a name ("ping Ottilie").
_PERSON_VERBS = "ask tell told ping email remind thank thanks cc met mentored".split()


def _either_case(words: list[str]) -> str:
    return "|".join(sorted({x for w in words for x in (w, w.capitalize())}, key=len, reverse=True))


# One scan for both kinds of cue (stdlib re finds plain alternatives fastest); regex matches what follows.
_CUE = stdlib_re.compile(
    r"\b(?:(?P<cue>" + _either_case(_CUES) + r")[ \t]*:?|(?P<object>" + _either_case(_PERSON_VERBS)
    + r"|loop(?:ed)? in|(?:assign|escalat|forward|hand)(?:ed|e)?(?: it| this)?(?: over)? to"
    # Franglais chat and calls: "c'est Gwenaëlle", "demande à Thibault"
    r"|[Cc]['’]est|[Dd]emande à|[Dd]is à|[Vv]oir avec))"
    r"[ \t]+(?=[^\W\d_])")
_FRENCH_AFTER = frozenset("à pour qui de du avec et sur au dans".split())
_WHEN = frozenset("today tomorrow tonight asap again later now first".split())  # "ping Ottilie today"
_WORD_AT = re.compile(rf"(?P<a>{_W})(?![\w@/-]|[ \t]+\p{{Lu}})")
# on "\n" + text
_NICK = re.compile(r"\n[ \t]*(?:\[[\d:]+\][ \t]*)?<[@+]?(?P<n>\p{L}[\p{L}\d_.-]{1,20})>[ \t]")
_CAPITALISED_BEFORE = re.compile(r"\p{Lu}[\p{L}'’-]*[ \t]+$")  # "Visual Studio will …": part of a longer name
_NOT_A_VERB = frozenset("be not also still just never only probably likely".split())
_LOWER_PAIR_AT = re.compile(_LOWER_PAIR + r"(?![\w@-])")
_LOWER_SUBJECT = re.compile(
    r"[\n:;•*-][ \t]*" + _LOWER_PAIR
    + r"(?=[ \t]+(?:to|will|says|said|owns|wants|asked|agreed|wrote|is|was|has)[ \t])")  # on "\n" + text
# Cues before a lower-case given name alone (stand-ups, notes and chat written in lower case)
_LOWER_CUE = stdlib_re.compile(
    r"(?<![\w/])(?:w/|with|by|from|cc|ask|tell|told|ping|pinged|email|emailed|remind|thank|thanks|met|mentored"
    r"|loop(?:ed)? in|talked to|spoke to|spoke with|waiting on|waiting for|blocked on|reach(?:ed)? out to"
    r"|(?:assign|escalat|forward|hand)(?:ed|e)?(?: it| this)?(?: over)? to)[ \t]+"
    r"(?P<w>[^\W\d_A-Z]+)(?![\w@/-]|\.\w)")
# a lower-case given name of the lists as a clause's subject, in calls and chat written in lower case ("so
# then okonkwo from the council never called", "did mthunzi pay you back", "and solveig emailed the landlord")
_LOWER_SUBJECT_ONE = stdlib_re.compile(
    r"(?<![\w@./\\-])(?P<w>[^\W\d_A-Z]{3,})[ \t]+(?=(?:said|says|told|asked|emailed|texted|called|rang|phoned"
    r"|wants|wanted|sent|replied|wrote|mentioned|agreed|paid|pay|from[ \t]+the|is[ \t]+still|was[ \t]+still"
    r"|never|just|already|will|can|could|should|has|had)\b)")
# two lower-case words before a colon at a line's start: "- olumide johnson: strong, move to onsite"
_LOWER_PAIR_LINE = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?" + _LOWER_PAIR + r"[ \t]*:")
# Spoken introductions and forms of address in calls and voice messages written down in lower case (Austrian
# German, Brazilian Portuguese, Mexican Spanish, Hinglish): "i bin da hannes", "é a bruna", "habla el contador
# rubén", "doña chayo", "main kavita bol rahi hoon"
_INTRO = re.compile(
    r"(?<![\w'’])(?:(?:(?:i|ich)[ \t]+bin(?:['’]?s)?|do[ \t]+is|da[ \t]+is|hier[ \t]+ist?"
    r"|(?:hier|da)[ \t]+spricht|mein[ \t]+name?[ \t]+ist?)(?:[ \t]*,)?(?:[ \t]+(?:da|der|die))?"
    r"|(?:aqui[ \t]+|quem[ \t]+fala[ \t]+)?é[ \t]+[ao]|sou(?:[ \t]+eu,?)?[ \t]+[ao]"
    r"|(?:le[ \t]+)?habla(?:[ \t]+(?:el|la))?|me[ \t]+llamo|mi[ \t]+nombre[ \t]+es|doña|señora|señor|dona"
    r"|mera[ \t]+naam|main(?=[ \t]+\p{Ll}+[ \t]+(?:bol|hoon|hun)\b))"
    r"(?:[ \t]+(?:el|la))?(?:[ \t]+(?:licenciad[oa]|contador|contadora|ingenier[oa]|doctor|doctora))?"
    r"[ \t]+(?P<w>\p{Ll}[\p{Ll}\p{M}'’-]*\p{Ll})(?![\w@/-]|\.\w)")
# what follows "señora", "é o" and the like and is no name: "señora mía", "é o cara"
_ENDEARMENTS = frozenset("mía mío mia mio cara caro querida querido linda lindo amor bonita guapa".split())
_VIETNAMESE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_ARTICLES = frozenset("the a an this that these those our their its your my new le la les der die das el los "
                      "un une ein eine il lo".split())
_GLUED = frozenset("@#/\\.'’-")
_AFTER_BAD = re.compile(r"[ \t]*(?:&|\d)")
_NEXT_WORD = re.compile(r"[ \t]+(\p{L}+)")
# Words of place and street names that the ordinary-word list leaves out ("South Juliaton", "Smith Bridge").
_PLACE_PARTS = frozenset(
    "north south east west new old upper lower great little port fort mount mt saint st san santa lake "
    "bridge hill branch key heights park view point harbor harbour valley island isle bay beach".split())


class _Weights(dict):
    def __missing__(self, gram: str) -> float:
        return 0.0  # an n-gram the model left out


@cache
def _model() -> _Weights:
    rows = (line.split("\t") for line in _DATA.read_text("utf-8").splitlines() if not line.startswith("#"))
    return _Weights((g, float(v)) for g, v in rows)


@lru_cache(maxsize=8192)
def likeness(word: str) -> float:
    """Mean log-likelihood ratio, name against ordinary word, of ``word``'s character n-grams (see module)."""
    w = word.lower()
    if not w.isascii():
        w = _fold(w)
    if not w.isalpha():
        w = "".join(c for c in w if c.isalpha())
    if len(w) < 2:
        return -math.inf
    w = f"^{w}$"
    grams = [w[i:i + k] for k in (2, 3, 4) for i in range(len(w) - k + 1)]
    return sum(map(_model().__getitem__, grams)) / len(grams)


def _unknown(word: str) -> bool:
    low = word.lower()
    return not (low in common_words() or low in _PLACE_PARTS or low in STOP_WORDS or low in tech_words()
                or low in places() or low in _NOT_FIRST or low in _ORG_WORDS or low in _PARTICLES
                or len(low) < 3)


@lru_cache(maxsize=8192)
def _namelike(word: str) -> bool:
    """No ordinary, stop, tech, place or organisation word (nor a part of it), and name-like letters."""
    return _unknown(word) and ("-" not in word or all(_unknown(p) for p in word.split("-") if p)) \
        and likeness(word) > CUT


def _pair_ok(x: str, y: str) -> bool:
    """Two lower-case words after a cue or before "to"/"will": both name-like, or neither an ordinary word
    and one of them a name list's ("aditya nair": "aditya" has few name-like letters, "nair" is listed)."""
    return _namelike(x) and _namelike(y) or person_word(x, strong=True) and person_word(y, strong=True) \
        and (listed_name(x) or listed_name(y))


def _unquoted(text: str, start: int, end: int) -> int:
    """``end`` without a closing quote the word pattern took in ("… - Zholdas Altynai'")."""
    while end > start + 1 and text[end - 1] in "'’":
        end -= 1
    return end


class _Shifted:
    """A match on "\\n" + text, with its spans in text."""

    def __init__(self, m: re.Match) -> None:
        self.group, self._m = m.group, m

    def span(self, name: str) -> tuple[int, int]:
        return self._m.start(name) - 1, self._m.end(name) - 1


def _lower_given(text: str) -> list[tuple[int, int, float]]:
    """Lower-case given names of the lists (no ordinary word: "sanjay", not "mark") after a person's cue, and
    lower-case speakers of two lines or more with such names ("- ravi: done\n- mei: on pto")."""
    out = [(*m.span("w"), SCORE_NAME) for m in _LOWER_CUE.finditer(text) if _lower_name(m.group("w"))]
    out += [(*m.span("w"), SCORE_NAME) for m in _INTRO.finditer(text) if _introduced(m.group("w"))]
    out += [(*m.span("w"), SCORE_NAME) for m in _LOWER_SUBJECT_ONE.finditer(text)
            if _lower_subject(m.group("w"))]
    if ":" in text:
        # (a lower-case speaker at a line's start, after a bullet or a time: "- ravi: done", "[10:02] ana: …")
        speakers = [m for m in ANY_SPEAKER.finditer(text)
                    if m.group("value").isalpha() and _lower_name(m.group("value"))]
        if len({m.group("value") for m in speakers}) >= 2:
            out += [(*m.span("value"), SCORE_NAME) for m in speakers]
    return out


def _introduced(word: str) -> bool:
    """A lower-case word after a spoken introduction: a name of the lists, or name-like letters and no
    ordinary word of another language ("é a mesma" no)."""
    return _unknown(word) and word not in foreign_words() and word not in _ENDEARMENTS \
        and (word in name_words() or listed_name(word) or likeness(word) > SUBJECT_CUT)


def _lower_subject(word: str) -> bool:
    """A lower-case word before a person's verb: a name of the lists (a hand-written given name no word of
    another language), no ordinary, stop, tech or place word."""
    return _unknown(word) and (word in name_words() or word in hand_given() and word not in foreign_words())


def _lower_name(word: str) -> bool:
    return word.islower() and word in name_words() and _unknown(word)


def _sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens the text, a line or a sentence (after a colon or a dash it does not)."""
    before = text[max(0, start - 20):start].rstrip(" \t")
    return not before or before[-1] in ".!?\n•*>#|"


class NameLikenessRecognizer(LocalRecognizer):
    ENTITY = "PERSON"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language)

    def load(self) -> None:
        _model(), places(), common_words()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        found: list[tuple[int, int, float]] = []  # names of two words or more, and words joined by "and"
        parts: set[str] = set()
        subjects = []
        for m in _CAP.finditer(text):
            if text[m.start() - 1:m.start()] in _GLUED:  # "@Foo", "#Foo", "x.Foo", "d'Foo": no name's start
                continue
            if m.group("rest"):
                if not self._name(text, m, found, parts) and not _namelike(m.group("a")):
                    n = _CAP.match(text, m.starts("b")[0])  # "Dear Joost Visser": again from the next word
                    if n and n.group("rest"):
                        self._name(text, n, found, parts)
            elif m.group("c"):
                a, c = m.group("a"), m.group("c")
                # (not two countries or regions: "registered in England and Wales")
                if _namelike(a) and _namelike(c) and not _opening(text, m.start()) \
                        and not (a_country_not_given(a) or a_country_not_given(c)):
                    found += [(*m.span("a"), SCORE_AND), (*m.span("c"), SCORE_AND)]
                    parts.update((a, c))
            else:
                subjects.append(m)
        pairs = []
        for cue in _CUE.finditer(text):
            if cue.group("cue"):
                pairs.append(_LOWER_PAIR_AT.match(text, cue.end()))
                if cue.group("cue").lower() not in _PERSON_VERBS:  # "cc" and "met" are both kinds
                    continue
            m = _WORD_AT.match(text, cue.end())
            after = _NEXT_WORD.match(text, m.end()) if m else None
            # French cues: no French word after them, French words after the name
            french = (cue.group("object") or "").lower().startswith(("c'", "c’", "demande", "dis ", "voir"))
            if m and not any(s <= m.start() < e for s, e, _ in found) and _namelike(m.group()) \
                    and likeness(m.group()) > SUBJECT_CUT \
                    and not (french and m.group().lower() in foreign_words()) \
                    and (not after or after.group(1) in STOP_WORDS or after.group(1) in _WHEN
                         or french and after.group(1) in _FRENCH_AFTER):
                found.append((*m.span(), SCORE_NAME))
        found += _lower_given(text)
        pairs += [_Shifted(m) for m in _LOWER_SUBJECT.finditer("\n" + text)]
        if ":" in text:  # (a label of two words of another language is no name: "nhân viên:", "khách hàng:")
            pairs += [m for m in _LOWER_PAIR_LINE.finditer(text)
                      if (listed_name(m.group("x")) or listed_name(m.group("y")))
                      and not any(w in foreign_words() for w in re.split("[ \t-]+", m.group("v")))
                      and not _VIETNAMESE.search(m.group("v"))]  # (Vietnamese names: name_shapes)
        for m in pairs:
            if m and _pair_ok(m.group("x"), m.group("y")):
                found.append((*m.span("v"), SCORE_NAME))
        if "<" in text:
            for m in _NICK.finditer("\n" + text):
                nick = m.group("n")
                if nick.lower() not in common_words() and nick.lower() not in tech_words() \
                        and nick.lower() not in STOP_WORDS and not nick.lower().endswith("bot"):
                    found.append((m.start("n") - 1, m.end("n") - 1, SCORE_NAME))
        results = [self._result(s, _unquoted(text, s, e), score) for s, e, score in found]
        for m in subjects:
            if m.group("life") or m.group("pron"):
                if self._life_ok(text, m):
                    found.append((*m.span("a"), SCORE_LIFE))
                    results.append(self._result(m.start(), m.end("a"), SCORE_LIFE))
            elif self._subject_ok(text, m):
                found.append((*m.span("a"), SCORE_SUBJECT))
                results.append(self._result(m.start(), m.end("a"), SCORE_SUBJECT))
        for part in {p for p in parts if len(p) > 3}:
            at = text.find(part)
            while at >= 0:
                end = at + len(part)
                if not (text[at - 1:at].isalnum() or text[at - 1:at] == "-" or text[end:end + 1].isalnum()
                        or text[end:end + 1] == "-" or any(s <= at < e for s, e, _ in found)):
                    results.append(self._result(at, end, SCORE_AGAIN))
                at = text.find(part, end)
        return results

    @staticmethod
    def _name(text: str, m: re.Match, found: list, parts: set) -> bool:
        """Two or three capitalised words, each name-like (particles aside), in a name's place."""
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and (before[-1].lower() in _ARTICLES or before[-1][-1] in "&0123456789") \
                or _AFTER_BAD.match(text, m.end()):
            return False
        after = _NEXT_WORD.match(text, m.end())
        if after and after.group(1).lower() in _ORG_WORDS:
            return False
        if _sentence_start(text, m.start()) and not (after and after.group(1) in _SPEECH_VERBS):
            return False
        words = m.captures("a") + m.captures("b")
        if not all(_namelike(w) for w in words if w.lower() not in _PARTICLES):
            return False
        found.append((*m.span(), SCORE_NAME))
        parts.update(w for w in words if w.lower() not in _PARTICLES)
        return True

    @staticmethod
    def _life_ok(text: str, m: re.Match) -> bool:
        """A word alone before "was born", "turns 40", "will <verb>" or ", she …": no ordinary, tech or
        firm word, weekday or month (a place only if the name lists hold it); before "will", some name-like
        letters, and a verb after ("Windows will restart" no: a tech word)."""
        a, life, then = m.group("a"), m.group("life"), m.group("then")
        before = text[max(0, m.start() - 3):m.start()].rstrip(" \t")
        if before and before[-1] in "&0123456789" or _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30),
                                                                                   m.start()):
            return False
        if life in ("turns", "turned", "is turning") and not then.isdigit() \
                or life == "will" and (then.isdigit() or then in _NOT_A_VERB):
            return False
        if not person_word(a, strong=True):
            return False
        return life != "will" or listed_name(a) or likeness(a) > LIFE_CUT

    @staticmethod
    def _subject_ok(text: str, m: re.Match) -> bool:
        """A name-like word alone as a clause's subject: "Olawale owns the contract", "— Elif to
        circulate …"."""
        if m.group("verb") == "to" and (not m.group("next") or m.group("next") in STOP_WORDS
                                        or not _opening(text, m.start())):
            return False
        a = m.group("a")
        before = text[max(0, m.start() - 3):m.start()].rstrip(" \t")
        # (a given name of the lists needs no name-like letters: "Lungile needs to renew …")
        return (_namelike(a) and likeness(a) > SUBJECT_CUT or a.lower() in hand_given() and _unknown(a)) \
            and not (before and before[-1] in "&0123456789")

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(self.name, score, textual_explanation="name-like letters")
        return RecognizerResult(self.ENTITY, start, end, score, analysis_explanation=explanation,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


__all__ = ["NameLikenessRecognizer", "likeness"]
