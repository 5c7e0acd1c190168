"""People written as their user handles (issue #19): ``first.last`` display names and logins where a chat, a
ticket or a mail puts a person.

- a chat export's speaker after the bracketed date and time, alone on its line or before a colon
  ("[14/08/2026 14:27] ingrid.solberg" with the message on the next line), or after a phone export's date,
  time and dash ("14/08/2026, 14:27 - ingrid.solberg: ok");
- a Jira or Confluence mention ``[~ingrid.solberg]`` (or ``[~isolberg]``), not an array's ``mask[~valid]``;
- a handle in a mail header's list (``From:``, ``To:``, ``Cc:`` and their German, French, Spanish, Italian,
  Dutch, Nordic and Polish forms) or before "wrote:" and its translations, or after a ticket's field
  ("Assignee: ingrid.solberg", "Comment by ingrid.solberg");
- every other occurrence of a handle found so ("cc ingrid.solberg").

The position alone is no proof: ``[2026-08-14 14:27:01] app.server`` is a log line, ``To: self.recipients``
code. A handle of joined words must read as a name: one part at least a listed given or family name, and no
part an ordinary English word, a stop word, a tool's or a brand's name. (Mentions with "@" are name_cues'.)
"""

import re as stdlib_re

import regex as re
from presidio_analyzer import Pattern
from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.recognizers._gated import GatedPatternRecognizer
from scrubber.recognizers.name_cues import _WORD_NAMES, listed_name
from scrubber.recognizers.places import places
from scrubber.words import NAME_PARTICLES, brands, common_words, foreign_words, tech_words

_PART = r"\p{L}[\p{L}\p{M}'’]*"
# two to four parts joined by dots, underscores or hyphens, perhaps a number after ("ana.lima2")
_JOINED = rf"{_PART}(?:[._-]{_PART}){{1,3}}\d{{0,4}}"
# a single login ("isolberg"), only where the position names a user (a Jira mention)
_LOGIN = r"\p{L}[\p{L}\p{M}\p{N}._-]{1,39}"
_END = r"(?![\p{L}\p{M}\p{N}@_-]|\.\w)"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
# mail headers naming people, in the languages of the mail clients' exports
_HEADERS = (r"From|To|Cc|Bcc|Reply-To|Von|An|Kopie|De|À|A|Cci|Para|Da|Van|Aan|Från|Till|Kopia|Fra|Til|Od|Do"
            r"|Lähettäjä|Vastaanottaja|Kimden|Kime")
_WROTE = (r"wrote|writes|schrieb|a[ \t]+écrit|escribió|ha[ \t]+scritto|schreef|escreveu|skrev|napisał"
          r"|napisała|kirjoitti|yazdı")
# a ticket's or a review's people: "Assignee: ana.lima", "Comment by ana.lima on 3 Feb"
_FIELDS = (r"assignee|reporter|owner|author|requester|requestor|approver|reviewer|watchers?|participants?"
           r"|assigned[ \t]+to|reassigned[ \t]+to|(?:created|opened|reported|requested|resolved|closed"
           r"|updated|comment|commented|edited|approved|reviewed|raised|submitted|posted)[ \t]+by")
# Words that name a role or a system, not a person, where a user would stand ("[~admin]", "[~jira-bot]")
_NOT_USERS = frozenset("admin administrator root system bot jira confluence automation service svc noreply "
                       "no-reply support helpdesk team everyone here channel".split())


def _words_of(value: str) -> list[str]:
    return [p for p in re.split(r"[._'’-]+", value.lower().rstrip("0123456789")) if p]


def _ordinary(word: str) -> bool:
    return word in common_words() or word in STOP_WORDS or word in tech_words() or word in brands() \
        or word in _NOT_USERS


def reads_as_name(value: str) -> bool:
    """Whether a handle of joined words reads as a person's name (see the module's comment)."""
    parts = [p for p in _words_of(value) if p not in NAME_PARTICLES]
    if len(parts) < 2 and "." not in value and "_" not in value and "-" not in value:
        return False
    if any(_ordinary(p) for p in parts):
        return False
    return any(len(p) >= 3 and listed_name(p) for p in parts)


def speaker_handle(value: str) -> bool:
    """A chat speaker's handle after a bracketed time ("[10:02] sanjay.k:", "[10:04] m_rossi:"): one that
    reads as a name; one no part of which is an ordinary word, a tool's or a brand's ("dsilva.k"); a listed
    name beside given names that are words only ("will.smith"); two listed names ("ana_souza-ops"). Not a
    logger's or a module's name in a log line ("[10:00] celery.worker:", "[10:00] app.server:"), nor a bot's
    or a service's ("deploy.bot")."""
    parts = [p for p in re.split(r"[._'’-]+", value.lower().rstrip("0123456789")) if p]
    if reads_as_name(value) or not any(_ordinary(p) for p in parts):
        return True
    names = [p for p in parts if len(p) >= 3 and listed_name(p) and not _ordinary(p)]
    # (two names and a team's word: "ana_souza-ops")
    return len(names) >= 2 or bool(names) and all(p in _WORD_NAMES for p in parts if _ordinary(p))


def _a_login(value: str) -> bool:
    """A Jira mention's user: a handle that reads as a name, or one word that is no ordinary word or role and
    ends in none: a team's account is often a compound ("[~lohnbuchhaltung]", "[~itservicedesk]"), a login an
    initial before a family name ("[~isolberg]")."""
    words = _words_of(value)
    if len(words) >= 2:
        return reads_as_name(value)
    if len(words) != 1 or len(words[0]) < 3:
        return False
    word = words[0]
    return not _a_word(word) and not any(_a_word(word[i:]) for i in range(1, len(word) - 6)) \
        and not any(_a_word(word[:i]) and _a_word(word[i:]) for i in range(3, len(word) - 3))


def _full_name(value: str) -> bool:
    """``given.family`` (or ``given_family``): a listed given name, then a listed family name, neither an
    ordinary word of any language, a tool, a brand or a place."""
    from scrubber.recognizers.name_shapes import lists

    given, family = re.split(r"[._]", value)
    names_given, names_family, _, _ = lists()
    return given in names_given and family in names_family \
        and not any(_a_word(w) or w in foreign_words() or w in places() for w in (given, family))


def _a_word(word: str) -> bool:
    """An ordinary word of English or of another language, and no listed name."""
    return (_ordinary(word) or word in foreign_words()) and not listed_name(word)


# A mail header's or a ticket field's label; the handles stand after it, first or after a comma or semicolon
# (found by ``_listed``: a lookbehind for the label before each handle cost ten times the scan)
# (two regexes: the header's anchored at a line's start, the field's at a word's; as one, or with the label in
# a lookbehind, five to ten times slower)
_HEADER = re.compile(rf"(?m:^[ \t>]*(?:{_HEADERS})[ \t]*:)")
_FIELD = re.compile(rf"\b(?<!-)(?i:{_FIELDS})[ \t]*[:=]?")
_LIST_ITEM = re.compile(rf"[ \t]*[\"'@]?(?P<value>{_JOINED}){_END}")
_ITEM_ENDS = re.compile(r"[\"']?[ \t]*(?:[,;<(\[]|$)")


def _listed(text: str) -> list[tuple[int, int]]:
    """(start, end) of the handles in a mail header's list or after a ticket's field (``_HEADER``,
    ``_FIELD``): a header's item must end at a comma, a semicolon, an address or the line's end."""
    out = []
    labels = [(m.end(), True) for m in _HEADER.finditer(text)]
    labels += [(m.end(), False) for m in _FIELD.finditer(text)]
    for at, header in labels:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        while at <= end:
            item = _LIST_ITEM.match(text, at, end)
            if item and reads_as_name(item.group("value")) \
                    and (not header or _ITEM_ENDS.match(text, item.end(), end)):
                out.append(item.span("value"))
            nxt = [i for i in (text.find(",", at, end), text.find(";", at, end)) if i >= 0]
            if not nxt:
                break
            at = min(nxt) + 1
    return out


# (what the results of ``_listed`` and of a handle's other occurrences report as their pattern)
_LISTED = Pattern("handle in a header or a field", _FIELD.pattern, 0.85)
_AGAIN = Pattern("a found handle again", r"\S+", 0.85)


class HandleRecognizer(GatedPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [
        Pattern("chat export speaker",
                rf"(?m:^[ \t>]*\[(?:{_DATE},?[ \t]+)?{_TIME}\][ \t]*(?P<value>{_JOINED}){_END}"
                r"[ \t]*(?::[ \t]|:?[ \t]*$))", 0.85),
        Pattern("phone export speaker",
                rf"(?m:^[ \t]*\[?{_DATE},?[ \t]+{_TIME}\]?[ \t]+[-–][ \t]+(?P<value>{_JOINED}){_END}:)",
                0.85),
        Pattern("jira mention", rf"(?<![\w\])])\[~(?P<login>)(?P<value>{_LOGIN})\]", 0.85),
        Pattern("wrote", rf"(?<![\w.@/\\-])(?P<value>{_JOINED}){_END}[ \t]*(?:<[^<>\n]{{3,80}}>[ \t]*)?"
                rf"(?:{_WROTE})[ \t]*:", 0.85),
        # (German and Nordic clients put the verb first: "Am 03.02.2026 um 09:14 schrieb ingrid.solberg:")
        Pattern("wrote before", rf"(?<![\w-])(?:schrieb|skrev|kirjoitti)[ \t]+(?P<value>{_JOINED}){_END}"
                r"[ \t]*(?:<[^<>\n]{3,80}>[ \t]*)?:", 0.85),
        # a given name and a family name joined, anywhere ("ask sigrid.haugen", "cc tomas_rybar"): both parts
        # listed as such, neither an ordinary word, a tool's or a place's name
        Pattern("joined full name", r"(?<![\w.@/\\$:#~-])(?P<full>)(?P<value>\p{Ll}{3,}[._]\p{Ll}{3,})"
                r"(?![\w@(/-]|\.\w)", 0.8),
    ]

    GATES = {"wrote": stdlib_re.compile(
        r"wrote|writes|schrieb|écrit|escribió|scritto|schreef|escreveu|skrev|napisał|kirjoitti|yazdı")}

    def accept_match(self, match: re.Match) -> bool:
        value = match.group("value")
        if "full" in match.re.groupindex:
            return _full_name(value)
        return _a_login(value) if "login" in match.re.groupindex else reads_as_name(value)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """The handles the patterns find, and every other occurrence of each ("cc ingrid.solberg")."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        flags = regex_flags or self.global_regex_flags
        for start, end in _listed(text):
            found = self._result(text[start:end], start, end, _LISTED, flags)
            if found and not any(r.start == start and r.end == end for r in results):
                results.append(found)
        if not results:
            return results
        taken = {(r.start, r.end) for r in results}
        more = []
        for value in {text[r.start:r.end] for r in results}:
            for m in re.finditer(rf"(?<![\w.@/\\-]){re.escape(value)}(?![\w@-]|\.\w)", text):
                if m.span() not in taken:
                    taken.add(m.span())
                    found = self._result(value, m.start(), m.end(), _AGAIN, flags)
                    if found:
                        more.append(found)
        return results + more
