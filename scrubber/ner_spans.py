"""Tidy the statistical model's entity spans before anything else sees them.

The English model runs on every text (issue #19), and on German, Spanish or Italian text it runs entities
across ordinary words: "Kontaktdaten von Hans Meier", "Giuseppe Verdi domani alle", "El clima está muy
agradable hoy", "Contatto di Marco Rossi: marco.rossi@example.it". An entity keeps only its longest run of
name-like tokens, without leading articles or sentence-start words (in text not in the model's language) and
without lower-case words at either end. Done on the model's output, so a tidy name found by a pattern is not
swallowed by a long untidy entity (Presidio drops results contained in a higher-scored one).
"""

from collections.abc import Iterable

from scrubber.words import NAME_PARTICLES, census_given, common_words, foreign_words, name_words, org_words

# Words that start a noun phrase, not a name, in the languages we see most.
_FUNCTION = frozenset(
    "the a an der die das den dem des ein eine einen einem einer le la les l un une du el los las lo il gli "
    "i het een de".split()
)
# Greetings and honorifics the model takes into a name ("Dear Khoa", "Ms Tran"): the name is what follows.
_BEFORE_NAMES = frozenset(
    "dear hi hello hey mr mrs ms mx dr prof sir madam frau herr herrn liebe lieber hallo bonjour cher chère "
    "mme mlle madame monsieur hola querida querido estimada estimado señora señor sra sr srta ciao gentile "
    "signora signor sig dott olá prezada prezado hej beste mevrouw meneer dhr mevr".split()
)
_PARTICLES = NAME_PARTICLES
_NAMES = name_words()
_PEOPLE = _NAMES | census_given()  # given names of every list, family names of the hand-made one only
_COMMON = common_words()
# Words that make an entity an organisation whatever names it holds ("Morgan Stanley Bank", "Ford Motor Co").
ORG_WORDS = org_words()
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _name_like(token) -> bool:
    text = token.text
    if token.is_space:  # "Camila Barbosa\n    city:": a name never runs across a line
        return "\n" not in text and "\r" not in text
    if token.is_punct:
        return text in ("-", "'", "’", ".")
    # (letters alone, as most words of an entity are, hold neither: the one C-level test first)
    return text.isalpha() or not any(c.isdigit() or c in "@_=/\\#$%^*|;:+~`<>(){}[]" for c in text)


def _capitalised(token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.lower() == first.upper()  # caseless scripts count as capitalised


def tidy(doc, entities: Iterable, foreign: bool) -> list:
    """``entities`` (spaCy spans of ``doc``) tidied; an entity with nothing name-like left is dropped."""
    out = []
    for whole in entities:
        for ent in _column_parts(doc, whole):
            kept = _tidied(doc, ent, foreign)
            if kept is not None:
                out.append(kept)
    return out


def _column_parts(doc, ent) -> list:
    """``ent`` cut at the gaps between a table's columns (a tab or a run of spaces: the model reads "Margaret
    Okafor      Moncton" as one name): each part on its own, the entity itself when none. (A line break is no
    gap: a name wraps across one in a pasted page.)"""
    cuts = [i for i in range(ent.start, ent.end) if doc[i].is_space
            and ("\t" in doc[i].text or len(doc[i].text) >= 2 and "\n" not in doc[i].text)]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    return [_span(doc, a + (a != ent.start), b, ent.label_) for a, b in zip(bounds, bounds[1:], strict=False)
            if b > a + (a != ent.start)]


def _tidied(doc, ent, foreign: bool):
    """One entity tidied (``tidy``), or None when nothing name-like is left."""
    runs: list[list[int]] = [[]]
    for i in range(ent.start, ent.end):
        if _name_like(doc[i]):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    tokens = max(runs, key=len)
    while tokens and (not _capitalised(doc[tokens[0]]) or doc[tokens[0]].lower_ in _FUNCTION
                      or doc[tokens[0]].lower_ in _BEFORE_NAMES or doc[tokens[0]].is_punct):
        tokens = tokens[1:]
    if foreign and len(tokens) > 1 and _sentence_start(doc, tokens[0]) \
            and doc[tokens[0]].lower_ not in _NAMES:
        tokens = tokens[1:]
        while tokens and (doc[tokens[0]].lower_ in _PARTICLES or doc[tokens[0]].is_punct):
            tokens = tokens[1:]
    while tokens and (not _capitalised(doc[tokens[-1]]) or doc[tokens[-1]].is_punct):
        tokens = tokens[:-1]
    if not tokens:
        return None
    if foreign and ent.label_ in _PLACE_LABELS and len(tokens) == 1 \
            and _word_abroad(doc[tokens[0]].lower_) \
            and (_sentence_start(doc, tokens[0]) or doc[tokens[0] - 1].text == "|"):
        return None  # an ordinary word of the text's language first in a line, after a label or in a cell
        # ("Toplam ciro: …", "Säljchef: Kunden (Scania)", "| Saldo |"), no place
    if foreign and len(tokens) == 1 and _sentence_start(doc, tokens[0]) and tokens[0] + 1 < len(doc) \
            and doc[tokens[0] + 1].text == ":" and doc[tokens[0]].lower_ not in _NAMES:
        return None  # "Teléfono: …", "Adresse: …": a field label
    label = "PERSON" if ent.label_ == "ORG" and _a_person(doc, tokens) else ent.label_
    if (tokens[0], tokens[-1] + 1, label) == (ent.start, ent.end, ent.label_):
        return ent
    return _span(doc, tokens[0], tokens[-1] + 1, label)


def _word_abroad(word: str) -> bool:
    """An ordinary word of another language (``foreign_words``) that is no place of ours either ("Türkiye",
    "Anadolu" are places in their own language)."""
    from scrubber.recognizers.places import places

    return word in foreign_words() and word not in places()


def _a_person(doc, tokens: list[int]) -> bool:
    """An entity the model typed ORG that reads as a person ("Ryan P Costa", "Scott"): one to four words, each
    capitalised or an initial, no organisation word, and a known name among them or a middle initial."""
    words = [doc[i] for i in tokens if not doc[i].is_punct]
    if not 1 <= len(words) <= 4 or any(w.lower_ in ORG_WORDS for w in words):
        return False
    if not all(w.text[:1].isupper() and not w.is_upper or len(w.text.rstrip(".")) == 1 for w in words):
        return False  # "IBM", "ACME": acronyms and shouting are not names
    if len(words) == 3 and len(words[1].text.rstrip(".")) == 1:
        return True  # First M. Last
    known = [w for w in words if w.lower_ in _PEOPLE]
    return bool(known) and not (len(words) == 1 and words[0].lower_ in _COMMON)


def _sentence_start(doc, i: int) -> bool:
    return i == 0 or doc[i - 1].is_punct and doc[i - 1].text in ".!?:;\n" or doc[i - 1].is_space


def _span(doc, start: int, end: int, label: str):
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)
