"""A person's initials where a text names them in full too: minutes and trackers name their people once and
then write "- AY: send the budget", "owner: AY", "(AY)". Two or three capitals are an abbreviation anywhere
else ("QA", "HR"), so they count only as the initials of a name found in the same text (first and last
name's, or every word's: "Aisha Yakubu" → AY, "de Vries, Femke" → FV or FDV), and only where a person is
referred to: a list item's or line's owner before a colon, a dash or "to", alone in brackets, or after an
owner's label."""

import regex as re

from scrubber.types import Span

PERSON = "PERSON"
SCORE = 0.6
_CAPS = r"\p{Lu}{2,3}"
_TOKEN = re.compile(rf"(?<![\w&/.@-]){_CAPS}(?![\w&/@-])")
# Where initials stand for a person: the start of a line or list item, owning what follows ("- AY: …",
# "AY to send …", "AY – draft"), alone in brackets ("(AY)"), or after an owner's label ("Owner: AY",
# "assigned to AY", "Aktion: AY", "responsable : AY")
_AT_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·–>]|\d{1,2}[.)]|\[[ xX]?\])?[ \t]*\Z")
_OWNS_AFTER = re.compile(r"[ \t]*(?::|[–—-][ \t]|to[ \t]+\p{Ll})")
_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:owners?|actions?|assigned[ \t]+to|assignee|by|lead|resp\.?|responsible|responsable"
    r"|verantwortlich|zuständig|aktion|wer|who|cc|@)[ \t]*[:=]?[ \t]*(?:[\p{Lu}]{2,3}[ \t]*[,/&+][ \t]*)*)\Z")
_NAME_WORD = re.compile(r"[\p{L}][\p{L}'’-]*")


def initials_of_people(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` and the initials of the people among them, where the text refers to a person by them."""
    wanted = {i for s in spans if s.type == PERSON for i in _initials(text[s.start:s.end])}
    if not wanted:
        return spans
    taken = [(s.start, s.end) for s in spans]
    found = [Span(PERSON, m.start(), m.end(), SCORE) for m in _TOKEN.finditer(text)
             if m.group() in wanted and _refers_to_a_person(text, m.start(), m.end())
             and not any(a < m.end() and m.start() < b for a, b in taken)]
    return sorted(spans + found, key=lambda s: (s.start, s.end)) if found else spans


def _initials(name: str) -> set[str]:
    """The initials a name may be written as: every word's first letter and the first and last word's, in the
    name's order ("Last, First" turned round); none for a name of one word."""
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first} {last}"
    words = _NAME_WORD.findall(name)
    if len(words) < 2:
        return set()
    letters = [w[0].upper() for w in words]
    capitals = [w[0] for w in words if w[0].isupper()]  # ("Femke de Vries": FV, not FDV alone)
    return {"".join(letters[:3]), letters[0] + letters[-1], "".join(capitals[:3])} - {""}


def _refers_to_a_person(text: str, start: int, end: int) -> bool:
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return True
    return bool(_AT_LINE_START.search(text, max(0, start - 12), start) and _OWNS_AFTER.match(text, end)
                or _LABEL_BEFORE.search(text, max(0, start - 40), start))
