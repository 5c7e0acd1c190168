"""Tidy the statistical model's entity spans before anything else sees them.

The English model runs on every text (issue #19), and on German, Spanish or Italian text it runs entities
across ordinary words: "Kontaktdaten von Hans Meier", "Giuseppe Verdi domani alle", "El clima está muy
agradable hoy", "Contatto di Marco Rossi: marco.rossi@example.it". An entity keeps only its longest run of
name-like tokens, without leading articles or sentence-start words (in text not in the model's language) and
without lower-case words at either end. Done on the model's output, so a tidy name found by a pattern is not
swallowed by a long untidy entity (Presidio drops results contained in a higher-scored one).
"""

from collections.abc import Iterable

from scrubber.words import name_words

# Words that start a noun phrase, not a name, in the languages we see most.
_FUNCTION = frozenset(
    "the a an der die das den dem des ein eine einen einem einer le la les l un une du el los las lo il gli "
    "i het een de".split()
)
_PARTICLES = frozenset(
    "van von der den de del della di da du le la dos das ter ten bin ibn al el y e".split())
_NAMES = name_words()


def _name_like(token) -> bool:
    text = token.text
    if token.is_punct:
        return text in ("-", "'", "’", ".")
    return not any(c.isdigit() or c in "@_=/\\#$%^*|;:+~`<>(){}[]" for c in text)


def _capitalised(token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.lower() == first.upper()  # caseless scripts count as capitalised


def tidy(doc, entities: Iterable, foreign: bool) -> list:
    """``entities`` (spaCy spans of ``doc``) tidied; an entity with nothing name-like left is dropped."""
    out = []
    for ent in entities:
        runs: list[list[int]] = [[]]
        for i in range(ent.start, ent.end):
            if _name_like(doc[i]):
                runs[-1].append(i)
            elif runs[-1]:
                runs.append([])
        tokens = max(runs, key=len)
        while tokens and (not _capitalised(doc[tokens[0]]) or doc[tokens[0]].lower_ in _FUNCTION
                          or doc[tokens[0]].is_punct):
            tokens = tokens[1:]
        if foreign and len(tokens) > 1 and _sentence_start(doc, tokens[0]) \
                and doc[tokens[0]].lower_ not in _NAMES:
            tokens = tokens[1:]
            while tokens and (doc[tokens[0]].lower_ in _PARTICLES or doc[tokens[0]].is_punct):
                tokens = tokens[1:]
        while tokens and (not _capitalised(doc[tokens[-1]]) or doc[tokens[-1]].is_punct):
            tokens = tokens[:-1]
        if not tokens:
            continue
        if foreign and len(tokens) == 1 and _sentence_start(doc, tokens[0]) and tokens[0] + 1 < len(doc) \
                and doc[tokens[0] + 1].text == ":" and doc[tokens[0]].lower_ not in _NAMES:
            continue  # "Teléfono: …", "Adresse: …": a field label
        if (tokens[0], tokens[-1] + 1) == (ent.start, ent.end):
            out.append(ent)
        else:
            out.append(_span(doc, tokens[0], tokens[-1] + 1, ent.label_))
    return out


def _sentence_start(doc, i: int) -> bool:
    return i == 0 or doc[i - 1].is_punct and doc[i - 1].text in ".!?:;\n" or doc[i - 1].is_space


def _span(doc, start: int, end: int, label: str):
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)
