"""Secrets a context around them names, in forms the other recognizers do not read (session 30):

- a one-time code before its word in languages other than English ("Probier mal 551234, das ist der
  Bestätigungscode", "hai provato 551234? è il codice di verifica");
- recovery or backup codes listed before their word ("fgaa-jbtv-nsvp, fuma-kkqd-qsdy is the recovery codes",
  "8f3k2-9d8s1 und m3n4b-5v6c7 sind meine Wiederherstellungscodes");
- a secret a tool prints as an object's ``value`` (``terraform output -json``: ``"db_password": {"sensitive":
  true, "value": "…"}``, or any object marked sensitive);
- a door's or a gate's code after "code" and the door's word alone ("Code porte : 4B729", "código puerta:
  7K31"), or what a door opens with in German ("Tor geht mit 5531# auf");
- a password or passphrase in Devanagari or Arabic letters after its word ("पासफ़्रेज़: सूरज चाँद तारे नदी",
  "पासवर्ड है नीलाआकाश२०२४", "عبارة المرور: شمس قمر نجوم بحر");
- a word said to be the password before its word in Polish, Dutch and German ("słonecznik jest hasłem",
  "zonnebloem is het wachtwoord"), and a one-word password after "hasło to" with the clause going on.
"""

import regex as re
from presidio_analyzer import Pattern
from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.recognizers._base import looks_like_placeholder
from scrubber.recognizers._gated import GatedPatternRecognizer

# one recovery or backup code as sites print them: groups of letters and digits joined by dashes
# ("fgaa-jbtv-nsvp", "8f3k2-9d8s1", "7HJK-29XL-QQ3M"), or eight to ten digits ("48213907")
_CODE = r"(?:[A-Za-z0-9]{3,6}(?:-[A-Za-z0-9]{3,6}){1,3}|\d{8,10})"
_AND = r"(?:and|und|et|y|e|en|i|ve|og|och)"
_LIST_JOIN = rf"(?:[ \t]*[,;][ \t]*(?:{_AND}[ \t]+)?|[ \t]+{_AND}[ \t]+|[ \t]+)"
_LINK = (r"(?:is|are|were|was|=|sind|waren|ist|son|sont|est|são|é|sono|è|zijn|is|to|są|jest|er|är|on|dir"
         r"|that's|these[ \t]+are|they're|those[ \t]+are)")
_DETERMINER = (r"(?:the|my|our|your|his|her|their|new|old|meine|unsere|deine|die|neuen|les|mes|nos|vos"
               r"|nouveaux|los|mis|tus|sus|nuevos|i|miei|nostri|le|de|mijn|onze|nieuwe|moje|nasze|nowe|os|meus)")
_CODES_WORD = (
    r"(?:(?:recovery|backup|back-up|scratch|emergency|bypass|one-time|2fa|mfa|two-factor|2-step|login)"
    r"[ \t-]+codes?"
    r"|\p{L}{0,20}(?:wiederherstellungs|backup|notfall|sicherungs|herstel|reserve|wiederherstellung)"
    r"[ \t-]?codes?"
    r"|codes?[ \t]+(?:de[ \t]+)?(?:récupération|secours|recuperación|respaldo|recupera[cç][aã]o|backup)"
    r"|c[óo]digos?[ \t]+de[ \t]+(?:recuperaci[óo]n|respaldo|backup|recupera[cç][aã]o|seguran[cç]a)"
    r"|codici[ \t]+di[ \t]+(?:recupero|backup|emergenza)"
    r"|kody?[ \t]+(?:zapasowe|odzyskiwania|awaryjne|jednorazowe))")

# a one-time code before its word in other languages: "Probier mal 551234, das ist der Bestätigungscode",
# "734640 ? c'est le code de vérification", "hai provato 551234? è il codice di verifica"
_OTP_STEM = (r"bestätigung|verifizierung|einmal|sicherheits|anmelde|login|sms|vérification|confirmation"
             r"|sécurité|connexion|verificaci[óo]n|confirmaci[óo]n|seguridad|acceso|verifica|conferma|sicurezza"
             r"|accesso|verificatie|bevestiging|eenmalig|inlog|weryfikac|jednorazow|potwierdz|doğrulama"
             r"|onay|verificação|confirmação|segurança|one-time|verification|security|2fa|otp|mfa")
_OTP_FIRST = (
    r"(?<![\w.,/:+#*-])(?P<otp_first>)(?P<value>\d{3}[ ]\d{3}|\d{5,8})(?![\w-]|[.,]\d)[ \t]*[,?!—–:-]?[ \t]*"
    r"(?:(?i:das|dies|c['’]|ce|esto|eso|questo|dat|dit|to|isso|este|bu)[ \t]*)?"
    r"(?i:ist|est|es|è|é|is|jest|er|är|on|sería|era|war|was|werkt[ \t]+als|funktioniert[ \t]+als)[ \t]+"
    r"(?:\p{L}{1,6}[ \t]+){0,2}?"
    rf"(?i:(?:{_OTP_STEM})\p{{L}}{{0,12}}?(?:code|kode|kod|codice|c[óo]digo|kodu)\b"
    rf"|(?:code|kode|kod|codice|c[óo]digo|kodu)[ \t]+(?:de[ \t]+|di[ \t]+|d['’])?(?:{_OTP_STEM}))"
)

# an object a tool printed whose name says it holds a secret, or which it marks sensitive, and its "value"
_SECRET_NAME = (r"[\w.-]{0,40}?(?i:password|passwd|pwd|secret|token|api[_-]?key|private[_-]?key|credential"
                r"|passphrase)[\w.-]{0,40}")
_VALUE_IN_OBJECT = (
    r"(?:\"" + _SECRET_NAME + r"\"[ \t]*:[ \t]*\{[^{}]{0,300}?"
    r"|\"[\w.-]{1,80}\"[ \t]*:[ \t]*\{(?=[^{}]{0,300}?\"sensitive\"[ \t]*:[ \t]*true)[^{}]{0,300}?)"
    r"\"value\"[ \t]*:[ \t]*\"(?P<tool_value>)(?P<value>[^\"\n]{4,200})\""
)

# a lock's word right after "code" (no "of the" between), in a few languages
_LOCK_WORD = (r"porte|portail|entrée|immeuble|garage|grille|interphone|alarme|coffre|cadenas|bâtiment|hall"
              r"|tür|türe|haustür|tor|hoftor|eingang|tresor|puerta|portal|portón|entrada|alarma"
              r"|caja[ \t]+fuerte"
              r"|porta|portone|cancello|ingresso|deur|poort|voordeur|kluis|brama|drzwi|furtka|door|gate|safe"
              r"|lockbox|keybox|key[ \t]+box")
_LOCK_VALUE = r"(?=[A-Za-z\d#*]*\d)[A-Za-z\d]{1,8}[#*]?[A-Za-z\d]{0,8}(?<=[A-Za-z\d#*]{4,10})"

# words for a password or a passphrase in Devanagari and Arabic script, and their links
_SCRIPT_WORD = (r"पासवर्ड|पासफ़्रेज़|पासफ्रेज़|पासफ्रेज|कूटशब्द|गुप्त[ \t]+वाक्यांश|पासकोड"
                r"|كلمة[ \t]+المرور|كلمة[ \t]+السر|كلمة[ \t]+مرور|كلمة[ \t]+سر"
                r"|عبارة[ \t]+المرور|عبارة[ \t]+مرور"
                r"|الباسورد|باسورد|الباسوورد|رمز[ \t]+المرور|گذرواژه|رمز[ \t]+عبور")
_SCRIPT_LINK = r"(?:है|हैं|था|थी|هي|هو|ہے|است)"
_SCRIPT_LETTERS = r"[\p{Devanagari}\p{Arabic}]"

# a word said to be the password, the word first: Polish "X jest hasłem", Dutch "X is het wachtwoord", German
# "X ist das Passwort"
_WORD_FIRST = (
    r"(?<![\w'’-])(?P<word_first>)(?P<value>\p{L}[\p{L}\p{M}]{3,24}\d{0,6}[!?#*]?)[ \t]+"
    r"(?:(?i:jest|to[ \t]+jest|to)[ \t]+(?:(?i:moim|naszym|twoim|nowym|nasze|moje)[ \t]+)?(?i:hasłem|haslem)"
    r"|(?i:is|was|blijft|wordt)[ \t]+(?i:het|ons|mijn|jouw|het[ \t]+nieuwe)[ \t]+(?i:\w{0,12}wachtwoord)"
    r"|(?i:ist|war|bleibt)[ \t]+(?i:das|unser|mein|dein|das[ \t]+neue)[ \t]+"
    r"(?i:\w{0,12}passwort|\w{0,12}kennwort))"
    r"\b"
)
# one word after "hasło to" with the clause going on ("Moje hasło to słonecznik i nikomu go nie mów")
_HASLO_WORD = (
    r"(?i:\bhas(?:ł|l)o(?:[ \t]+(?:do|od|na)[ \t]+[\p{L}-]{2,20})?[ \t]+(?:to|brzmi|jest)(?:[ \t]*:)?)[ \t]+"
    r"[\"'„“]?(?P<word_after>)(?P<value>\p{L}[\p{L}\p{M}]{3,24}\d{0,6}[!?#*]?)[\"'”]?"
    r"(?=[ \t]+(?:i|a|ale|więc|ok|oraz|—|-)[ \t]|[ \t]*[,.;:!?)]|[ \t]*$|[ \t]*\n)"
)
# prose words a word-first pattern takes for the value: "To jest hasłem", "Dit is het wachtwoord", "Das ist
# das Passwort", "Hier is het wachtwoord"
_NOT_A_VALUE = STOP_WORDS | frozenset(
    "to ten ta tamto co jak które która który dit dat het hier daar wat welk welke das dies dieses hier "
    "was welches dort nowe stare nowym starym jego jej ich twoje moje nasze".split())


class SecretContextRecognizer(GatedPatternRecognizer):
    """Secrets whose context names them in forms of their own: see the module's docstring."""

    PATTERNS = [
        Pattern(
            "codes before their word",
            rf"(?<![\w-])(?P<codes_first>)(?P<value>{_CODE})(?![\w-])"
            rf"(?=(?:{_LIST_JOIN}{_CODE}(?![\w-])){{0,15}}[ \t]*,?[ \t]+(?i:{_LINK})[ \t]+"
            rf"(?:(?i:{_DETERMINER})[ \t]+)?(?:[\w-]{{1,15}}[ \t]+){{0,2}}?(?i:{_CODES_WORD})\b)",
            0.85,  # (above a name's guess: "wwkj-dvxf-gqgn" read as a name)
        ),
        Pattern("one-time code before its word in other languages", _OTP_FIRST, 0.75),
        Pattern("secret value a tool printed", _VALUE_IN_OBJECT, 0.75),
        Pattern(
            "code after code and lock word",
            rf"(?i:\b(?:code|codice|c[óo]digo|kod|pin|digicode)[ \t]+(?:{_LOCK_WORD}))[ \t]*[:=–-][ \t]*"
            rf"(?P<lock_value>)(?P<value>{_LOCK_VALUE})(?![\w-]|[.,]\d)",
            0.7,
        ),
        Pattern(
            "code a door opens with in german",
            r"(?i:\b(?:\p{L}{0,12}(?:tor|tür|türe|pforte|schloss|tresor|safe|garage|schranke|spind|eingang)"
            r"|schlüsselkasten|keybox|schlüsselbox)\b)[^\n.!?]{0,30}?"
            r"(?i:\b(?:geht|gehen|ging|lässt[ \t]+sich|macht[ \t]+man|kriegt[ \t]+man|bekommt[ \t]+man)\b)"
            r"[^\n.!?]{0,20}?(?i:\bmit)[ \t]+(?i:(?:dem|der)[ \t]+)?(?i:(?:code|pin|nummer|zahl)[ \t]+)?"
            r"(?P<lock_value>)(?P<value>[*#]?\d{4,8}[#*]?)[ \t]+(?:\p{L}+[ \t]+){0,3}?"
            r"(?i:auf|öffnen|aufmachen|aufsperren)\b",
            0.7,
        ),
        Pattern(
            "password after its word in devanagari or arabic",
            rf"(?:{_SCRIPT_WORD})[^\S\n]*(?:"
            # (after a colon: two to six words of the script to the clause's end, a passphrase)
            rf"[:：=][^\S\n]*(?P<script_phrase>)(?P<value>{_SCRIPT_LETTERS}[\p{{L}}\p{{M}}]{{1,15}}"
            rf"(?:[ ]{_SCRIPT_LETTERS}[\p{{L}}\p{{M}}]{{1,15}}){{1,5}})(?=[^\S\n]*(?:[.،,।!?؛]|\n|$))"
            # (or a word of the script with digits, after a link or a colon or none)
            rf"|(?:[:：=]|{_SCRIPT_LINK})?[^\S\n]*(?P<script_word>)"
            rf"(?P<value>{_SCRIPT_LETTERS}[\p{{L}}\p{{M}}]{{1,20}}\p{{Nd}}{{2,8}}|\p{{Nd}}{{2,8}}{_SCRIPT_LETTERS}"
            r"[\p{L}\p{M}]{1,20}))(?![\p{L}\p{M}\p{Nd}])",
            0.7,
        ),
        Pattern("word said to be the password", _WORD_FIRST, 0.7),
        Pattern("word after polish password word", _HASLO_WORD, 0.7),
    ]
    CONTEXT: list[str] = []
    GATES = {
        "codes before their word": ("code", "kod", "codici", "digo"),
        "one-time code before its word in other languages": ("code", "kod", "codice", "digo"),
        "secret value a tool printed": ('"value"',),
        "code after code and lock word": ("code", "codice", "digo", "kod", "pin"),
        "code a door opens with in german": (" mit ",),
        "password after its word in devanagari or arabic": re.compile(_SCRIPT_WORD),
        "word said to be the password": re.compile(r"(?i:hasłem|haslem|wachtwoord|passwort|kennwort)"),
        "word after polish password word": ("hasło", "haslo"),
    }
    # (the value-first pattern from a little before its first password word: value and link fit in 60)
    STARTS_AT_GATE = {"word said to be the password": 60}

    def accept_match(self, match: re.Match) -> bool:
        value = match.group("value")
        names = match.re.groupindex
        if "codes_first" in names:  # letters and digits a generator strews, not words ("well-known")
            return not looks_like_placeholder(value) and (any(c.isdigit() for c in value)
                                                          or value.islower() and len(set(value)) > 4)
        if "tool_value" in names:  # not a reference nor a mask ("(sensitive value)", "${var.db_pw}")
            return not looks_like_placeholder(value) and not value.startswith(("${", "(", "<", "arn:"))
        if "otp_first" in names:  # not one digit repeated nor a round number
            digits = value.replace(" ", "")
            return len(set(digits)) > 2 and not digits.endswith("000")
        if "lock_value" in names:
            return len(set(value.strip("#*"))) > 1
        if "word_first" in names or "word_after" in names:
            word = value.rstrip("!?#*").lower()
            return word not in _NOT_A_VALUE and not looks_like_placeholder(value, strict=True)
        return not looks_like_placeholder(value)
