"""Names right after a word that announces a person: "Dear Crystal Jackson", "cardholder Janice Salazar",
``customer="Amy Hanna"``, chat lines "[10:03] Rodrigo: …". The small NER model misses many of these.

The name is one to three capitalised words (initials, hyphens and particles such as "van der" allowed);
a first word that is an ordinary English word ("Dear Team", "Hi All", "Dear Customer") is not a name.
"""

import regex as re
from presidio_analyzer import Pattern
from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.recognizers._base import SpanPatternRecognizer
from scrubber.words import common_words, tech_words

# Words after a cue that are not names ("Dear Team", "Hi all", "From: Monday").
_NOT_NAMES = frozenset(
    "team all everyone everybody guys folks there sir madam madame friends colleagues customer customers "
    "support monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday january "
    "february march april may june july august september october november december the this that".split()
)

_UP = r"\p{Lu}"
_LOW = r"[\p{Ll}\p{M}'’]"
_WORD = rf"{_UP}(?:['’]{_UP}|a?c{_UP})?{_LOW}+(?:-{_UP}?{_LOW}+)?"  # O'Rourke, McKenna, Anne-Sophie, Ji-hoon
_PART = r"(?:van|von|der|den|de|del|della|di|da|du|le|la|dos|das|ter|ten|bin|al)"
_NAME = (rf"(?P<value>(?!(?i:mr|mrs|ms|mx|dr|prof|frau|herr)\.?[ \t])(?:{_PART}[ \t]+){{0,2}}{_WORD}"
         rf"(?:[ \t]+(?:{_UP}\.|{_PART}|{_WORD})){{0,3}}(?<={_LOW}|\.))")
# Honorifics: what follows is a person's name (a family name alone, often), whatever the model thinks.
_HONORIFICS = (
    r"mr\.?|mrs\.?|ms\.?|mx\.?|dr\.?|prof\.?|frau|herr|herrn|mme\.?|madame|monsieur|m\.|mlle\.?|señora|señor"
    r"|sra\.?|sr\.?|srta\.?|signora|signor|sig\.?|sig\.ra|dott\.?|dott\.ssa|dottor|dottoressa|doctor|doktor"
    r"|mevrouw|meneer|dhr\.?|mevr\.?|sayın|pani|dona|doña|don|senhora|senhor"
)
_CUES = (
    r"dear|hi|hello|hey|mr\.?|mrs\.?|ms\.?|mx\.?|dr\.?|prof\.?|cardholder|card holder|beneficiary|customer"
    # other languages' greetings and honorifics
    r"|hallo|liebe|lieber|frau|herr|herrn|bonjour|salut|cher|chère|mme\.?|madame|monsieur|mlle|hola|querida"
    r"|querido|estimada|estimado|señora|señor|sra\.?|sr\.?|srta\.?|don|doña|ciao|gentile|signora|signor"
    r"|sig\.?|sig\.ra|dott\.?|olá|prezada|prezado|hej|kære|kjære|beste|mevrouw|meneer|dhr\.?|mevr\.?"
    r"|sayın|merhaba|xin chào|anh|chị|bác"
    r"|doctor|doktor|dottor|dottoressa|dott\.ssa|m\.(?=[ \t]+\p{Lu}\p{Ll}{2})|pani|dona|senhora|senhor"
    r"|oi|hei|hoi"
    r"|good morning|good afternoon|buongiorno|buenos días|bom dia|goedemorgen|goedemiddag"
    r"|my name is|name is|named|called|call me|call him|call her|i am|i'm|this is|known as|aka|contact"
    r"|attn\.?|attention|signed by|guardian|emergency contact"
    r"|patient|employee|applicant|candidate|tenant|client|payee|caller|account holder|new hire"
    r"|my (?:mother|father|wife|husband|son|daughter|brother|sister|colleague|manager|boss|neighbou?r"
    r"|friend|partner|spouse)"
    r"|apology to|reply to|letter for|check for|warning letter for"
)


_GREETINGS = (
    r"dear|hi|hello|hey|hallo|liebe|lieber|bonjour|salut|cher|chère|hola|querida|querido|estimada"
    r"|estimado|ciao|gentile|olá|oi|prezada|prezado|hej|hei|kære|kjære|beste|hoi|merhaba|xin chào"
    r"|good morning|good afternoon"
    r"|buongiorno|buenos días|bom dia|goedemorgen|goedemiddag"
)
_FIELDS = (
    r"name|full name|first name|last name|surname|given name|customer name|contact name|patient|recipient"
    r"|sender|from|to|cc|bcc|owner|assignee|reporter|author|signed|nom|prénom|nombre|apellidos?|nome|cognome"
    r"|naam|achternaam|vorname|nachname|sobrenome|ad|soyad|họ tên|tên"
)
_SIGN_OFFS = (
    r"best|best regards|kind regards|regards|warm regards|thanks|thank you|many thanks|cheers|sincerely"
    r"|yours sincerely|yours truly|all the best|take care|love|mit freundlichen grüßen|viele grüße"
    r"|liebe grüße|grüße|cordialement|bien à vous|bisous|saludos|un saludo|atentamente|un abrazo"
    r"|cordiali saluti|saluti"
    r"|un abbraccio|atenciosamente|abraços|met vriendelijke groet|groeten|med vänlig hälsning|hälsningar"
    r"|med venlig hilsen|hilsen|ystävällisin terveisin|terveisin|saygılarımla|—|--"
)


_HONORIFIC_BEFORE = re.compile(rf"(?<![\w-])(?i:{_HONORIFICS})[ \t]+$")
_GREETING_BEFORE = re.compile(rf"(?<![\w-])(?i:{_GREETINGS})[ \t]+$")
_GREETING_AFTER = re.compile(r"[ \t]*[,!:\n]")
SCORE_HONORIFIC = 0.9  # "Frau Vu", "Ms Tran": a person, whatever the model thinks ("Vu" a place)
SCORE_GREETING = 0.86  # "Hi Siyu,", "Hola Rémi," unless an ordinary word ("Hi Team")


class NameCueRecognizer(SpanPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [
        Pattern(
            "name after cue", rf"(?<![\w-])(?i:{_CUES})[ \t]*(?:[=:][ \t]*)?[\"']?[ \t]*{_NAME}(?![\w@])", 0.7
        ),
        # form fields and mail headers: "Name: …", "From: …", "Nom : …"
        # (or the whole value in capitals: "Full name: ÇAĞLA ARSLAN")
        Pattern("name field",
                rf"(?<![\w-])(?i:{_FIELDS})[ \t]*[:=][ \t]*[\"']?[ \t]*(?:{_NAME}(?![\w@])"
                rf"|(?P<value>\p{{Lu}}{{2,}}(?:[ \t-]\p{{Lu}}{{2,}}){{1,3}})(?=[ \t]*(?:[\n,;|\"']|$)))",
                0.7),
        Pattern("chat speaker", rf"(?m:^[ \t>]*\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\][ \t]*{_NAME}:[ \t])", 0.9),
        # a script or chat log without times: "Halldór: What a wife.", "Heather:\"I'm …\""
        Pattern("speaker at line start", rf"(?m:^[ \t>]*{_NAME}:[ \t]*[\"“]?(?=\p{{L}}))", 0.6),
        # a letter's signature: "Best,\nTendai Mwangi", "Mit freundlichen Grüßen\nHans Meier"
        Pattern("signature", rf"(?<![\w-])(?i:{_SIGN_OFFS}),?[ \t]*\n[ \t]*{_NAME}[ \t]*(?:\n|$)", 0.7),
        # a greeting in lower case: "hi jessica,", "hey tendai!"
        Pattern("greeting lower case",
                r"(?<![\w-])(?:hi|hello|hey|dear|thanks|thank you)[ \t]+(?P<value>[a-zß-öø-ÿ'’-]{3,20})"
                r"(?=[ \t]*[,!:\n])", 0.6),
        # introductions in lower case: "this is serkan kaya, …", "my name is marie-claire garnier"
        Pattern("introduction lower case",
                r"(?<![\w-])(?:my name is|this is|i am|i'm|je m'appelle|ich bin|me llamo|mi chiamo"
                r"|meu nome é)[ \t]+(?P<value>[\p{Ll}'’-]{2,20}(?:[ \t]+[\p{Ll}'’-]{2,20}){1,3})"
                r"(?=[ \t]*(?:[,.!;:\n]|$))", 0.6),
    ]
    CONTEXT = ["name", "dear", "customer", "patient"]
    # No HINT: a cue word ("to", "hi", "from", "--") is in nearly every prompt, so a prefilter only costs.

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list:
        """Names after an honorific score 0.9, after a greeting 0.86: above the model's other guesses."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            before = text[max(0, r.start - 14):r.start]
            if _HONORIFIC_BEFORE.search(before):
                r.score = max(r.score, SCORE_HONORIFIC)
            elif _GREETING_BEFORE.search(before) and _GREETING_AFTER.match(text, r.end):
                r.score = max(r.score, SCORE_GREETING)
        return results

    def accept_match(self, match: re.Match) -> bool:
        """No ordinary English word (or function word) as the first name word; in lower case, as no word."""
        words = match.group("value").lower().split()
        if match.group("value").islower() and len(words) > 1:
            return not any(w in common_words() or w in STOP_WORDS or w in _NOT_NAMES or w in tech_words()
                           for w in words)
        first = words[0]
        return (first not in common_words() and first not in STOP_WORDS and first not in _NOT_NAMES
                and first not in tech_words())
