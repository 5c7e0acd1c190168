"""Names right after a word that announces a person: "Dear Crystal Jackson", "cardholder Janice Salazar",
``customer="Amy Hanna"``, chat lines "[10:03] Rodrigo: …". The small NER model misses many of these.

The name is one to three capitalised words (initials, hyphens and particles such as "van der" allowed);
a first word that is an ordinary English word ("Dear Team", "Hi All", "Dear Customer") is not a name.

A second scan (``names_after_cues``, issue #19) takes what the patterns cannot: one capitalised word alone
after a person cue ("Reach Tsegaye on …", "my landlord Odhiambo …", "payment failed for Tevita"),
``Last, First`` after a cue or before a person's verb, and names in lower or UPPER case after a cue, a
greeting, a field or a sign-off ("Please refund keoni makoa;", "Hola PUALANI IOLANA,").
"""

import re as stdlib_re
from functools import cache

import regex as re
from presidio_analyzer import AnalysisExplanation, Pattern, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.recognizers._base import (
    ascii_forms,
    first_words,
    holds_any,
    matches_at,
    word_index,
    word_starts,
)
from scrubber.recognizers._gated import GatedPatternRecognizer
from scrubber.recognizers.places import places
from scrubber.words import (
    CALENDAR_WORDS,
    NAME_PARTICLES,
    brands,
    common_words,
    firm_names,
    foreign_words,
    org_words,
    tech_words,
)

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
_NOT_IN_NAME = (r"mr|mrs|ms|mx|miss|dr|dra|prof|frau|herr|herrn|sr|sra|srta|avv|ing|mme|mlle|dott|sig|dhr"
                r"|mevr|madame|monsieur|señora|señor|signora|signor|senhora|senhor|mevrouw|meneer")
# (words of a name are separated by spaces: a tab separates table cells, "Contact\tCompany\tMobile")
# (nor are three spaces or more: a form's next field, "Surname: Okafor    First name: Chidinma")
_NAME = (rf"(?P<value>(?!(?i:{_NOT_IN_NAME})\.?[ \t])(?:{_PART} {{1,2}}){{0,2}}{_WORD}"
         rf"(?: {{1,2}}(?:{_UP}\.|{_PART}|{_WORD})){{0,3}}(?<={_LOW}|\.))")
# Honorifics: what follows is a person's name (a family name alone, often), whatever the model thinks.
_HONORIFICS = (
    r"mr\.?|mrs\.?|ms\.?|mx\.?|miss|dr\.?|prof\.?|frau|herr|herrn|mme\.?|madame|monsieur|m\.|mlle\.?|señora|señor"
    r"|sra\.?|sr\.?|srta\.?|signora|signor|sig\.?|sig\.ra|dott\.?|dott\.ssa|dottor|dottoressa|doctor|doktor"
    r"|mevrouw|meneer|dhr\.?|mevr\.?|sayın|pani|państwa|państwo|dona|doña|don|senhora|senhor|avv\.?|avvocato|ing\.|arch\."
    r"|geom\.|rag\.|dra\.?|prof\.ssa|professoressa|professore|dottore|lic\.|licenciada|licenciado|maître|maitre"
    r"|de heer"  # (Dutch prose: "met mevrouw El Idrissi en de heer Vermeulen")
)
_CUES = (
    r"dear|hi|hello|hey|mr\.?|mrs\.?|ms\.?|mx\.?|miss|dr\.?|prof\.?|cardholder|card holder|beneficiary"
    r"|customer"
    # other languages' greetings and honorifics
    r"|hallo|liebe|lieber|frau|herr|herrn|bonjour|salut|cher|chère|mme\.?|madame|monsieur|mlle|hola|querida"
    r"|querido|estimada|estimado|señora|señor|sra\.?|sr\.?|srta\.?|don|doña|ciao|gentile|signora|signor"
    r"|sig\.?|sig\.ra|dott\.?|olá|prezada|prezado|hej|kære|kjære|beste|mevrouw|meneer|dhr\.?|mevr\.?|de heer"
    r"|sayın|merhaba|xin chào|anh|chị|bác"
    r"|doctor|doktor|dottor|dottoressa|dott\.ssa|m\.(?=[ \t]+\p{Lu}\p{Ll}{2})|pani|państwa|państwo|dona"
    r"|senhora|senhor"
    r"|oi|hei|hoi|avv\.?|avvocato|ing\.|arch\.|geom\.|rag\.|dra\.?|prof\.ssa|professoressa|professore"
    r"|dottore|lic\.|licenciada|licenciado|maître|maitre"
    r"|good morning|good afternoon|buongiorno|buenos días|bom dia|goedemorgen|goedemiddag"
    r"|my name is|name is|named|called|call me|call him|call her|i am|i'm|this is|known as|aka|contact"
    r"|attn\.?|attention|signed by|guardian|emergency contact"
    r"|patient|employee|applicant|candidate|tenant|client|payee|caller|account holder|new hire"
    r"|my (?:mother|father|wife|husband|son|daughter|brother|sister|colleague|manager|boss|neighbou?r"
    r"|friend|partner|spouse)"
    r"|apology to|reply to|letter for|check for|warning letter for"
    # a companion: "a room for me and Divine", "per me e Chiara", "para mí y Lucía"
    r"|me and|me e|me y|mí y|moi et|mir und|mich und|mij en|mig och|mig og"
    # Polish and Spanish honorifics as declined or abbreviated: "panią Yılmaz", "D./Dña. Ana Ruiz"
    r"|panią|pana|panem|panu|d\./dña\.|dña\.|dª"
)


_GREETINGS = (
    r"dear|hi|hello|hey|hallo|liebe|lieber|bonjour|salut|cher|chère|hola|querida|querido|estimada"
    r"|estimado|ciao|gentile|olá|oi|prezada|prezado|hej|hei|kære|kjære|beste|hoi|merhaba|xin chào"
    r"|good morning|good afternoon"
    r"|buongiorno|buenos días|bom dia|goedemorgen|goedemiddag"
    r"|servus|moin|coucou|hiya|heya|howdy|tjena|hejsan|ahoj|cześć|szia|selam|salve|bonsoir|buonasera"
    r"|boa tarde|boa noite|buenas tardes|buenas noches|good evening|guten morgen|guten tag|guten abend"
)
_GREETING = re.compile(rf"(?i:{_GREETINGS})")
_FIELDS = (
    r"name|full name|first name|last name|surname|given name|customer name|contact name|patient|recipient"
    r"|sender|from|to|cc|bcc|owner|assignee|reporter|author|signed|nom|prénom|nombre|apellidos?|nome|cognome"
    r"|naam|achternaam|vorname|nachname|sobrenome|ad|soyad|họ tên|tên|cliente|kunde|klant|müşteri|klient"
    # people by their part in a meeting, a lease, a form or a parcel, in several languages
    r"|attendees|participants|organiser|organizer|chair|chairperson|host|presenter|speaker|interviewer|interviewee"
    r"|voorzitter|deelnemers|huurder|verhuurder|vertretung|stellvertretung|teilnehmer|teilnehmende|mieter"
    r"|vermieter|empfänger|absender|utente|paciente|destinatário|remetente|destinataire|expéditeur"
    r"|destinatario|mittente|contraente|assicurato|titular|inquilino|arrendatario|partecipanti|participantes"
    r"|locataire|bailleur|emergency contact|next of kin"
    # people by their part in a case, a trip, a stay or a loan: "Defendant: OKAFOR", "Passenger: …"
    r"|defendant|plaintiff|claimant|respondent|witness|passenger|traveller|traveler|guest|driver|student"
    r"|pupil|resident|visitor|technician|borrower|co-borrower|guarantor|cosigner|co-signer|nominee"
    r"|policyholder|insured|deceased|surname|family name|last name|given names|forename|forenames"
    # a rota's or a review's people: "primary: jeremias orange", "approver: …"
    r"|primary|secondary|oncall|on-call|approver|approvers|reviewer|reviewers|requester|requestor|maintainer"
    r"|maintainers"
    # a ticket's or a file's people in Dutch and German: "Melder: Anouk de Vries"
    r"|melder|aanvrager|contactpersoon|behandelaar|indiener|betrokkene|ansprechpartner|sachbearbeiter"
    r"|antragsteller"
)
_SIGN_OFFS = (
    r"best|best regards|kind regards|regards|warm regards|thanks|thank you|many thanks|cheers|sincerely"
    r"|yours sincerely|yours truly|all the best|take care|love|mit freundlichen grüßen|viele grüße"
    r"|liebe grüße|grüße|cordialement|bien à vous|bisous|saludos|un saludo|atentamente|un abrazo"
    r"|cordiali saluti|saluti"
    r"|un abbraccio|atenciosamente|abraços|met vriendelijke groet|groeten|med vänlig hälsning|hälsningar"
    r"|med venlig hilsen|hilsen|ystävällisin terveisin|terveisin|saygılarımla|pozdrawiam|z poważaniem"
    r"|s pozdravem|s úctou|üdvözlettel|cu stimă|mvh|vänliga hälsningar|ystävällisesti"
    # (lead27) the warmer ones of Dutch, Portuguese, Spanish, Italian, French and German mail
    r"|groetjes|hartelijke groet|abraço|abrazos|un saluto|bises|bisou|liebe grüsse|grüsse|lg|vg|—|--"
)
_A_SIGN_OFF = re.compile(rf"(?i:{_SIGN_OFFS})")


def a_sign_off(value: str) -> bool:
    """Whether ``value`` is a sign-off ("Groetjes", "Abraço", "Kind regards"): no one's name."""
    return bool(_A_SIGN_OFF.fullmatch(value))


# sign-offs that end a message on the name's own line ("… resend it? Thanks, Nilu")
_LINE_SIGN_OFFS = r"thanks|thank you|cheers|regards|best|thx"
_WORD_BEFORE = re.compile(r"\p{Lu}\p{Ll}+[ \t]+$")  # a capitalised word right before
# Honorifics and contact verbs before a name in Arabic and Hebrew, and the words that end the name after them
_ARABIC_CUES = ("السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة|المهندس|المهندسة|الحاج|الشيخ|اتصل|اتصلت"
                # greetings before the one greeted ("مرحبا سارة،", "عزيزتي ليلى"), not "مرحبا بكم" (welcome)
                r"|(?:مرحب[اًا]+|أهلا|أهلاً|اهلا|عزيزي|عزيزتي|صباح[ \t]+الخير|مساء[ \t]+الخير)"
                r"(?=[ \t]+(?!(?:بك|بكم|بكِ|بالجميع|جميعا|جميعاً|وسهلا|وسهلاً)(?!\p{L})))(?:[ \t]+يا)?"
                r"|تواصل[ \t]+مع|تواصلي[ \t]+مع|الرد[ \t]+إلى"
                # a form's name label (Arabic, Persian): "الاسم: هند المنصوري", "اسم العميل: …", "نام: …"
                r"|(?:الاسم(?:[ \t]+(?:الكامل|الثلاثي|الرباعي))?|اسم[ \t]+(?:العميل|العميلة|المريض|المريضة"
                r"|الموظف|الموظفة|المرسل|المستلم|المتقدم|مقدم[ \t]+الطلب|صاحب[ \t]+الطلب|الطالب|الطالبة"
                r"|المسافر)"
                r"|نام(?:[ \t]+و[ \t]+نام[ \t]+خانوادگی)?)[ \t]*:")
# An Arabic letter or one of the vowel marks written on it (shadda, fatha…: Unicode gives those no script of
# their own, so \p{Arabic} alone ends a name at "علّام"'s shadda)
_AR = r"[\p{Arabic}\p{Mn}]"
_ARABIC_STOPS = ("بخصوص|بشأن|حول|عن|في|من|على|إلى|مع|و|سوف|قد|لقد|يرجى|الذي|التي"
                 "|قبل|بعد|يوم|اليوم|غدا|غداً|الآن|حتى|عند|لأن")
_HEBREW_CUES = r"מר|גב['׳]|גברת|ד[\"״]ר|פרופ['׳]|לכבוד|עו[\"״]ד|שם(?:[ \t]+מלא)?[ \t]*:"
_HEBREW_STOPS = "בנוגע|לגבי|על|של|עם|אל|את|כי|אשר"
_PNR_TITLE = r"(?:MR|MRS|MS|MISS|MSTR|DR|PROF)"
# "[14:00] ", a WhatsApp export's "[14/02/2025, 18:05] ", a team's label before the speaker ("Lettings – ")
_CHAT_TIME = (r"\[(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]"
              r"[ \t]*(?:\p{Lu}[\p{L}&]{1,20}(?:[ \t]\p{L}{1,20})?[ \t]+[-–—][ \t]+)?")
# a role before a chat speaker's name: "[14:01] agent Summer:"
_ROLE = r"(?:(?i:agent|customer|support|rep|advisor|adviser|operator|client|caller|host|guest)[ \t]+)?"
_SPEAKER = rf"(?m:^[ \t>]*{_NAME}:[ \t]*[\"“]?(?=\p{{L}}))"
_CHAT_SPEAKER = rf"(?m:^[ \t>]*{_CHAT_TIME}{_ROLE}{_NAME}:[ \t])"
_SPEAKER_LINE = re.compile(r"(?m:^[ \t>]*\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?:[ \t]*[\"“]?\p{L})")
_FILLER_AFTER = re.compile(r"[ \t]+(?:um|uh|erm|ähm|äh|euh|ehm|eh)\b")
_HONORIFIC_WORD = re.compile(rf"(?i:{_HONORIFICS})")
_HONORIFIC_BEFORE = re.compile(rf"(?<![\w-])(?i:{_HONORIFICS})[ \t]+$")
_GREETING_BEFORE = re.compile(rf"(?<![\w-])(?i:{_GREETINGS})[ \t]+$")
_GREETING_AFTER = re.compile(r"[ \t]*[,!:\n]")
SCORE_HONORIFIC = 0.9  # "Frau Vu", "Ms Tran": a person, whatever the model thinks ("Vu" a place)
_SIGNED_BEFORE = re.compile(rf"(?<![\w-])(?i:{_SIGN_OFFS})[,.!]?[ \t]*\n[ \t]*(?:>[ \t>]*)?$")
SCORE_SIGNATURE = 0.87  # "Cheers,\nSolène" alone on its line: a person, whatever the model thinks (a place)
SCORE_GREETING = 0.86  # "Hi Siyu,", "Hola Rémi," unless an ordinary word ("Hi Team")


# Ordinary words after a greeting or an honorific that are no names ("Hi Team,", "Dear Valued Customer")
_GREETED_NOT_NAMES = _NOT_NAMES | frozenset(
    "colleague member members valued hiring manager managers parent parents student students mom mum dad "
    "world again both doc boss partner partners user users subscriber subscribers guest guests neighbour "
    "neighbor neighbours neighbors reader readers gang crew people ladies gentlemen love honey darling "
    "mate mates buddy you back sirs applicant applicants candidate candidates client clients patient "
    "patients owner owners resident residents tenant tenants landlord host hosts sender recipient "
    "recipients community investor investors shareholder shareholders donor donors volunteer volunteers "
    "teacher teachers coach good happy quick just thanks thank welcome please sorry congrats "
    "congratulations great hope another new my our dear hello hi hey president chairman chair director "
    "officer secretary speaker mayor governor senator judge officer nurse doctor professor captain "
    "general minister editor admin sales billing accounts finance legal marketing engineering security hr "
    "it ops support service helpdesk desk there here".split())


_SIGNED_ON_LINE = re.compile(rf"(?<![\w-])(?i:{_LINE_SIGN_OFFS})[,.!][ \t]*$")


_INTRO_PARTICLES = NAME_PARTICLES | {"dela", "delos", "san", "santa", "binti", "bint", "mac", "nic"}


_SPEAKER_WORD = re.compile(r"(?m:^[ \t>]*(?:\[[^\]\n]{1,30}\][ \t]*)?(\p{Lu}[\p{L}'’-]*)"
                           r"(?: \p{Lu}[\p{L}'’-]*)?:[ \t]*[\"“]?\p{L})")


def _word_name_speaking(match: re.Match) -> bool:
    """A given name that is an English word too ("Will", "Mark", "Bill", "Grace"; no month) alone as a chat's
    speaker: the chat's lines start with speakers, this one twice or another one a listed name ("Will: can
    you …\nPriya: sure"; not "Note: …\nWill: attend remotely.")."""
    value = match.group("value")
    if not (value.istitle() and value.lower() in _WORD_NAMES and value.lower() not in _MONTHS):
        return False
    speakers = _SPEAKER_WORD.findall(match.string)
    return speakers.count(value) >= 2 or any(w != value and listed_name(w) for w in speakers)


def a_form_of_words(text: str, words: list[str]) -> bool:
    """(fp27n) Ordinary words of another language (``foreign_words``, no given name of ours; in lower case)
    before a colon at a line's start, in a text whose lines so labelled are a form's, not a script's: no
    label twice (a chat's speakers speak again) and none a given name ("Puesto: …\nRequisitos: …", "Neue
    Wohnung: …"; not "Ana: hola\nLuz: hola")."""
    if not words or any(w not in foreign_words() or w in common_words() or _given(w) for w in words):
        return False  # (an English word too is left to the rules of English: "Tone: I'll be late")
    labels = [m.group().split(":", 1)[0].strip(" \t>") for m in _SPEAKER_LINE.finditer(text)]
    return len(labels) >= 2 and len(labels) == len(set(labels)) \
        and not any(_given(w) for label in labels for w in label.split())


def _speaker_full_name(words: list[str]) -> bool:
    """A timestamped chat speaker's two or three words whose last is no word: a given name that is one too
    ("[20/06/2026, 08:12] Yaw Osei:"), not "[08:12] Support Team:"."""
    return len(words) > 1 \
        and not any(w in STOP_WORDS or w in _NOT_NAMES or w in tech_words() for w in words) \
        and words[-1] not in common_words() and words[-1] not in foreign_words()


def _firmly_cued(match: re.Match) -> bool:
    """The value comes right after an honorific, after a greeting with a comma, "!", ":" or a line end after
    it, or after "Thanks," at the end of a line."""
    text, at = match.string, match.start("value")
    before = text[max(0, at - 14):at]
    return bool(_HONORIFIC_BEFORE.search(before) or _GREETING_BEFORE.search(before)
                and _GREETING_AFTER.match(text, match.end("value"))
                or _SIGNED_ON_LINE.search(before) and _LINE_END.match(text, match.end("value")))


# A given or whole name in another script inside Latin-script text: one to three Han or Hangul letters (a
# space between family and given name: "中村 花子"), or a capitalised Cyrillic or Greek word or two
_SLOT_WORD = (r"(?:[\p{Han}\p{Hangul}]{1,3}(?:[ \t][\p{Han}\p{Hangul}]{1,3})?"
              r"|(?=[\p{Cyrillic}\p{Greek}])\p{Lu}[\p{Cyrillic}\p{Greek}]{1,20}"
              r"(?:[ \t](?=[\p{Cyrillic}\p{Greek}])\p{Lu}[\p{Cyrillic}\p{Greek}]{1,20})?)")
_OTHER_SCRIPT_NAME = re.compile(_SLOT_WORD)
_BRACKET_SPEAKER = re.compile(r"(?m:^[ \t>]*\[[^\]\n]{1,40}\][ \t])")
# "M." before a name is an initial, not Monsieur, after another honorific, a sign-off or a field's colon:
# "Mevr. M. Mathurin", "mvh M. Ramírez", "Notulen: M. Winnrich" (the initial is part of the name found)
_INITIAL_M = re.compile(rf"(?:(?<![\w-])(?i:{_HONORIFICS}|{_SIGN_OFFS})|:)[ \t,]*M\.[ \t]\Z")


_TRAILER_NOT_PEOPLE = frozenset("github actions copilot dependabot renovate claude chatgpt gpt codex gemini "
                                "cursor devin ci build release automation noreply".split())


class NameCueRecognizer(GatedPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [
        Pattern(
            # (the name is never glued to the cue's letters: "CustomerId", "customerName" are code)
            "name after cue",
            rf"(?<![\w-])(?i:{_CUES})(?:[ \t]*[=:][ \t]*| +|(?<=[.'’\"]))[\"']? *{_NAME}(?![\w@])", 0.7
        ),
        # form fields and mail headers: "Name: …", "From: …", "Nom : …"
        # (or the whole value in capitals: "Full name: ÇAĞLA ARSLAN")
        Pattern("name field",
                # (a form's "First name(s): ____ Jianguo": the plural mark and the blank to fill allowed)
                rf"(?<![\w-])(?i:{_FIELDS})(?:\(s\))?[ \t]*[:=][ \t]*(?:_{{2,}}[ \t]*)?[\"']?[ \t]*"
                # (not the next field's label: a blank form's "Full name: ______   Date of birth: __")
                rf"(?:{_NAME}(?![\w@]|(?:[ \t]+\p{{Ll}}+){{0,2}}[ \t]*:)"
                rf"|(?P<value>\p{{Lu}}{{2,}}(?:[ \t-]\p{{Lu}}{{2,}}){{1,3}})(?=[ \t]*(?:[\n,;|\"']|$)))",
                0.7),
        # ... and a name in capitals wrapped onto the next line, in a form copied from a PDF ("Patient name:
        # MARIE-CLAIRE\nDUBOIS"): the given name ends the label's line, the family name is the next line whole
        Pattern("name field wrapped in capitals",
                rf"(?<![\w-])(?i:{_FIELDS})(?:\(s\))?[ \t]*[:=][ \t]*(?P<caps>)(?P<wrapped>)"
                r"(?P<value>\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+)?[ \t]*\n[ \t]*"
                r"\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+)?)(?=[ \t]*(?:[\n,;|]|$))",
                0.7),
        Pattern("chat speaker", _CHAT_SPEAKER, 0.9),
        # a user's handle as the speaker ("[10:02] sanjay.k:", "[10:04] m_rossi:"): it names the person
        Pattern("chat handle",
                rf"(?m:^[ \t>]*{_CHAT_TIME}@?(?P<chathandle>)"
                r"(?P<value>[a-z][a-z0-9-]*[._][a-z0-9][a-z0-9._-]*):[ \t])", 0.8),
        # a speaker in capitals, or after a role ("[14:00] LOTTA WELLS:", "[14:01] agent Summer:")
        Pattern("chat speaker in capitals",
                rf"(?m:^[ \t>]*{_CHAT_TIME}{_ROLE}(?P<caps>)"
                r"(?P<value>\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+){0,3}):[ \t])", 0.9),
        # a mention in a chat or ticket ("pinging @Giuseppe", "cc @Anaïs"), a code comment's owner
        # ("TODO(helmuth):", "FIXME(ana.lopez)")
        Pattern("mention", r"(?<![\w.@])@(?P<mention>)(?P<value>\p{Lu}[\p{Ll}'’-]+)(?![\w.(@-])", 0.8),
        Pattern("code comment owner",
                # (the detection copy sets a word of another script apart: "TODO( 陽菜 )")
                r"\b(?:TODO|FIXME|XXX|HACK|NOTE|BUG)\([ \t]?@?(?P<handle>)"
                r"(?P<value>\p{L}[\p{L}._-]{1,30})[ \t]?\)", 0.8),
        # a name before a Japanese, Chinese or Korean honorific: "近藤治さん", "王伟先生", "김민준님"
        Pattern("name before east asian honorific",
                r"(?<![\p{Han}々])(?P<value>[\p{Han}々]{1,5}\p{Hiragana}{0,4}?)"
                # (a form may set the honorific apart: "お名前：山田由紀 様")
                r"(?=[ \t\u3000]?(?:さん|様|さま|氏|君|くん|ちゃん|殿))"
                r"|(?P<value>\p{Han}{2,3})(?=先生|女士|小姐|老师|老師|經理|经理)"
                # (not a title or a role before the honorific: 과장님, 교수님, 고객님)
                r"|(?<!\p{Hangul})(?!(?:과장|교수|고객|선생|부장|사장|팀장|대리|대표|회장|원장|실장|차장|이사|상무|전무"
                r"|주임|사원|선배|후배|기사|작가|감독|박사|소장|국장|반장|담당자|관리자|회원|환자|학생|부모)(?:님|씨))"
                r"(?P<value>\p{Hangul}{2,4}?)(?=님|씨|선생님)", 0.85),
        # Arabic and Hebrew: a name after an honorific or a contact verb ("السيد أحمد علي", "اتصل غامد كمال",
        # "מר יוסי כהן", "לכבוד דנה לוי")
        Pattern("name after arabic or hebrew cue",
                rf"(?<!\p{{L}})(?:{_ARABIC_CUES})[ \t]+(?!(?:غير|لا|بدون|نفس)(?!\p{{L}}))"  # ("غير متوفر")
                rf"(?P<value>{_AR}{{2,}}"
                rf"(?:[ \t](?!(?:{_ARABIC_STOPS})(?!\p{{L}})){_AR}{{2,}}){{0,2}})"
                rf"|(?<!\p{{L}})(?:{_HEBREW_CUES})[ \t]+(?P<value>\p{{Hebrew}}{{2,}}"
                rf"(?:[ \t](?!(?:{_HEBREW_STOPS})(?!\p{{L}}))\p{{Hebrew}}{{2,}}){{0,2}})",
                0.85),
        # Greek and Russian greetings before the one greeted: "Γεια σου Μαρία,", "Αγαπητέ Νίκο", "Привет,
        # Даша!", "Уважаемая Анна Петровна"
        Pattern("name after greek or cyrillic greeting",
                r"(?<!\p{L})(?:Γει[αά][ \t]+σ(?:ου|ας)|Αγαπητ[έήοό]|Καλημέρα|Καλησπέρα|Χαίρετε"
                r"|Привет|Здравствуй(?:те)?|Добрый[ \t]+(?:день|вечер)|Доброе[ \t]+утро|Уважаем(?:ый|ая|ые)"
                r"|Дорог(?:ой|ая)|Вітаю|Привіт)"
                r"[ \t]*,?[ \t]+(?P<value>(?=\p{Lu})[\p{Greek}\p{Cyrillic}][\p{Greek}\p{Cyrillic}\p{M}]+"
                r"(?:[ \t]+(?=\p{Lu})[\p{Greek}\p{Cyrillic}][\p{Greek}\p{Cyrillic}\p{M}]+)?)"
                r"(?=[ \t]*[,!.;:\n]|$)", 0.85),
        # an airline record's passenger: "1. BANKS/ROBIN MR", "SMITH/JOHN PAUL MRS"
        Pattern("passenger name record",
                r"(?<![\w/])(?P<pnr>)(?P<value>\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?/\p{Lu}{2,}"
                rf"(?:[ ](?!{_PNR_TITLE}\b)\p{{Lu}}{{2,}})?)"
                rf"(?=[ \t]+{_PNR_TITLE}\b|[ \t]*(?:\d{{1,2}}\.[ \t]|\r?\n|$|,|;))", 0.85),
        # ... in mixed case after a passengers' label: "Passengers: O'Sullivan/Róisín, …", "Pax: Xu/Lin"
        Pattern("passenger name after label",
                r"(?i:\b(?:passengers?|pax|travell?ers?|guests?)[ \t]*:[ \t]*)(?P<pnr>)(?P<pnrcue>)"
                r"(?P<value>\p{Lu}[\p{L}'’-]+/\p{Lu}[\p{L}'’-]+)(?=[ \t]*(?:[,;\n]|$))", 0.85),
        # initials and a family name ("HH Brandstetter", "D. Silke", "J. R. Mbeki"), or a family name and an
        # initial ("O'Shannon C."): the name word must be a name (listed or name-like), no ordinary word
        Pattern("initials and name",
                r"(?<![\w.'’-])(?P<initials>)(?P<value>(?:(?:\p{Lu}\.[ \t]?){1,3}|\p{Lu}{2,3}[ \t])[ \t]?"
                r"\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?"
                # (no greeting or title as the family name: "Dear A. Grieve" is A. Grieve greeted)
                r"|(?!(?i:dear|hi|hello|hey|hallo|hola|liebe|lieber|cher|chère|querida|querido|estimada|estimado"
                r"|beste|mr|mrs|ms|mx|dr|prof|herr|frau|sr|sra|mme)[ \t])"
                # (particles and an O' inside: "de Groot H.", "O'Shannon C.")
                r"(?:(?:van|von|de|der|den|du|da|di|le|la|zu|ter|ten)[ \t]+){0,2}"
                r"\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’-]+[ \t]\p{Lu}\.)(?![\w-])",
                0.75),
        # a word of another script in a person's slot of English text: after a greeting ("Hi 伟,"), before a
        # person's verb ("(Сергей set it up)", "花子 generated it"), as a review thread's speaker ("[花子]
        # resolved?")
        Pattern("name in another script in a person's slot",
                r"(?:(?<![\w-])(?:Hi|Hello|Hey|Dear|Thanks|Hola|Hallo|Bonjour|Ciao|Olá|Hej)[ \t]+"
                rf"(?P<slot>)(?P<value>{_SLOT_WORD})(?=[ \t]*[,!:])"
                rf"|(?<![\w-])(?P<value>{_SLOT_WORD})(?=[ \t]+(?:set|generated|wrote|created|added|built"
                r"|fixed|reviewed|approved|merged|deployed|rotated|asked|said)\b)"
                rf"|(?m:^[ \t>]*)\[[ \t]?(?P<bracket>)(?P<value>{_SLOT_WORD})[ \t]?\](?=[ \t]))", 0.8),
        # ... and a capitalised word in an aside before such a verb: "here is alembic.ini (Babak set it up)"
        Pattern("name in an aside before a person's verb",
                r"\((?P<aside>)(?P<value>\p{Lu}\p{Ll}{2,20})[ \t]+(?:set|wrote|made|built|created|generated"
                r"|configured|added|changed)[ \t]+(?:it|this|that|them)\b", 0.8),
        Pattern("chat speaker in another script",  # "[10:03] 하은주: sure", "[09:12] Ольга Петрова: ok"
                rf"(?m:^[ \t>]*{_CHAT_TIME}"
                r"(?P<value>[^\W\d_\p{Latin}]+(?:[ \t][^\W\d_\p{Latin}]+){0,2}):[ \t])", 0.9),
        # a script or chat log without times: "Halldór: What a wife.", "Heather:\"I'm …\""
        Pattern("speaker at line start", _SPEAKER, 0.6),
        # a letter's signature: "Best,\nTendai Mwangi", "Mit freundlichen Grüßen\nHans Meier"
        # (in a quoted reply too: "> Best,\n> Efua Sow")
        Pattern("signature",
                rf"(?<![\w-])(?i:{_SIGN_OFFS})[,.!]?[ \t]*\n[ \t]*(?:>[ \t>]*)?{_NAME}[ \t]*(?:\n|$)", 0.7),
        # ... or on the sign-off's line, at the end of a message: "Hi Arjun, can you resend it? Thanks, Nilu"
        Pattern("signature on the line",
                rf"(?<![\w-])(?i:{_LINE_SIGN_OFFS}|ta)[,.!][ \t]*{_NAME}"
                r"[ \t.!]*(?:\n|$)", 0.7),
        # a family name in lower case after a title: "dr. abernathy", "saw mr okafor today" (listed names)
        Pattern("honorific lower case",
                r"(?<![\w-])(?i:mr|mrs|ms|mx|miss|dr|prof|senhor|senhora|señor|señora|sr|sra|herr|herrn|frau"
                r"|monsieur|madame|mme|signor|signora|dona|maître|maitre)\.?[ \t]+(?P<honored>)"
                r"(?P<value>\p{Ll}[\p{Ll}'’-]{1,20})(?![\w@-]|\.\w)", 0.75),
        # a greeting in lower case: "hi jessica,", "hey tendai!"
        Pattern("greeting lower case",
                r"(?<![\w-])(?:hi|hello|hey|dear|thanks|thank you|hej|hallo|hola|ciao|salut|oi|olá|ola"
                r"|merhaba|cześć|hoi|moin|servus|bonjour|buongiorno|oye|ey)[ \t]+"
                r"(?P<value>[a-zß-öø-ÿ'’-]{3,20})"
                # (a comma, or what a voice message says next: "oye wouter soy taras")
                r"(?=[ \t]*[,!:\n]|[ \t]+[-–—][ \t]"
                r"|[ \t]+(?:soy|sono|sou|je[ \t]+suis|ich[ \t]+bin|um|uh|erm)\b)",
                0.6),
        # introductions in lower case: "this is serkan kaya, …", "my name is marie-claire garnier"
        Pattern("introduction lower case",
                r"(?<![\w-])(?:my name is|this is|i am|i'm|it's|it’s|its|it is|je m'appelle|ich bin|me llamo"
                r"|mi chiamo|meu nome é|se llama|si chiama|s'appelle|heißt|se chama|chama-se|soy|sono"
                # a voice message's opening: "hier ist bambang kusuma ähm", "aqui é a fernanda,"
                r"|hier ist d(?:er|ie)|hier ist|hier spricht|hier is|aqui é [ao]|aqui é|aqui fala|c'est|ici)"
                r"[ \t]+"
                r"(?P<intro>)(?P<value>[\p{Ll}'’-]{2,20}(?:[ \t]+[\p{Ll}'’-]{2,20}){0,3})"
                # (then a stop, a filler or what is said of the person: "hey it's dewi um", "… nació el")
                r"(?=[ \t]*(?:[,.!;:\n]|$)|[ \t]+(?:um|uh|erm|ähm|äh|euh|ehm|oye|nació|nacque|né|geboren"
                r"|nasceu|born)\b)",
                0.6),
        # a chat speaker before the time ("Lauren [10:30] it's …", "thomas [10:30] thx!"), a commenter
        # ("janet commented: …"), a lower-case field value ("# owner: emilie - …"): one name word, in lower
        # case only when a name list holds it
        Pattern("speaker before time",
                r"(?m:^[ \t>]*(?P<lone>)(?P<value>\p{L}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]+)?)[ \t]+"
                r"\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\])", 0.85),
        # a note signed with a slash on its last line, the writer's role after a comma ("/Koen, assistent",
        # "/Anna"): one or two capitalised name words, as "lone" judges them
        Pattern("slash signature",
                r"(?m:^[ \t]*/[ \t]?(?P<lone>)(?P<value>\p{Lu}\p{Ll}+(?:[ \t-]\p{Lu}\p{Ll}+)?)"
                r"(?=[ \t]*(?:,[ \t]*\p{Ll}[^\n]{0,40})?[ \t]*\Z))", 0.85),
        Pattern("commenter",
                r"(?m:^[ \t>*-]*(?P<lone>)(?P<value>\p{L}[\p{L}.'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]+)?)[ \t]+"
                r"(?:commented|replied|wrote|said|asked|answered|posted|reacted|mentioned|approved)\b)",
                0.75),
        Pattern("lower-case field value",
                r"(?<![\w-])(?i:owner|assignee|reporter|author|maintainer|on-?call|primary|secondary|contact"
                r"|reviewer|approver|requested[ \t]+by|booked[ \t]+by|created[ \t]+by|opened[ \t]+by)"
                # (a quoted key, a map in braces: '"owner" = "ana ruiz"', "labels: {team: ml, owner: joy}")
                r"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<lone>)(?P<field>)"
                r"(?P<value>\p{Ll}[\p{Ll}'’-]{2,20}(?:[ \t]\p{Ll}[\p{Ll}'’-]{2,20})?)"
                r"(?=[ \t]*(?:[\n,;\"')}\]]|[ \t]-|$))", 0.75),
        # a handle mentioned in lower case ("ping @dsilva and @ana.r", "@giuseppe92"): not an e-mail, an npm
        # scope (@types/node), a call or a decorator alone on its line (@dataclass, @app.route(…)), a CSS or
        # doc at-word (@media, @param), @here/@channel, a bot or ordinary words (see accept_match)
        Pattern("mention lower case",
                r"(?<![\w.@/\\$])@(?P<atmention>)(?P<value>\p{Ll}[\p{Ll}\p{N}]*(?:[._-][\p{Ll}\p{N}]+){0,2})"
                r"(?![\w(@/\\-]|\.\w|[ \t]*=)", 0.75),
        # a listed name in lower case after a chat's verbs: "ping tomasz about the invoice", "ask priya"
        Pattern("chat verb lower case",
                r"(?<![\w-])(?:ping|pinging|pinged|ask|asked|cc|dm|dm'd|tell|told|thank|thanks|loop[ \t]+in"
                # a stand-up's people: "blocked on review from lukas", "paired with tomasz"
                r"|review[ \t]+from|reviewed[ \t]+by|paired[ \t]+with|pairing[ \t]+with|waiting[ \t]+on"
                r"|synced[ \t]+with|talked[ \t]+to|spoke[ \t]+(?:to|with))"
                r"[ \t]+(?P<lone>)(?P<value>\p{Ll}[\p{Ll}'’-]{2,20})(?![\w.(@-])", 0.75),
        # a commit's trailer: "Reported-by: Sunny Nair", "Tested-by: Joy", with or without an address after
        Pattern("commit trailer",
                r"(?m:^[ \t]*(?i:co-authored|signed-off|reviewed|reported|tested|acked|suggested|helped"
                r"|requested|reported-and-tested|original-patch)-by:[ \t]+(?P<trailer>)"
                r"(?P<value>\p{L}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’.-]*){0,3}?)(?=[ \t]*(?:<|$)))",
                0.85),
    ]
    CONTEXT = ["name", "dear", "customer", "patient"]
    # No HINT: a cue word ("to", "hi", "from", "--") is in nearly every prompt, so a prefilter only costs.
    # Instead each cue pattern is tried only where one of its first words starts (``STARTS``).
    STARTS = {
        "name after cue": first_words(_CUES),
        "name field": first_words(_FIELDS),
        "name field wrapped in capitals": first_words(_FIELDS),
        "greeting lower case": ("hi", "hello", "hey", "dear", "thanks", "thank", "hej", "hallo", "hola",
                                "ciao", "salut", "oi", "olá", "ola", "merhaba", "cześć", "hoi", "moin",
                                "servus", "bonjour", "buongiorno", "oye", "ey"),
        "introduction lower case": ("my", "this", "i", "it", "its", "je", "ich", "me", "mi", "meu", "se",
                                    "si", "s'appelle", "heißt", "chama-se", "soy", "sono", "hier", "aqui",
                                    "c'est", "c", "ici"),
        "signature": [*first_words(_SIGN_OFFS.removesuffix("|—|--")), "—", "--"],
        "signature on the line": ("thanks", "thank", "cheers", "regards", "best", "thx", "ta"),
        "honorific lower case": ("mr", "mrs", "ms", "mx", "miss", "dr", "prof", "senhor", "senhora", "señor",
                                 "señora", "sr", "sra", "herr", "herrn", "frau", "monsieur", "madame", "mme",
                                 "signor", "signora", "dona", "maître", "maitre"),
        "lower-case field value": ("owner", "assignee", "reporter", "author", "maintainer", "on", "oncall",
                                   "primary", "secondary", "contact", "reviewer", "approver", "requested",
                                   "booked", "created", "opened"),
        "chat verb lower case": ("ping", "pinging", "pinged", "ask", "asked", "cc", "dm", "dm'd", "tell",
                                 "told", "thank", "thanks", "loop", "review", "reviewed", "paired", "pairing",
                                 "waiting", "synced", "talked", "spoke"),
    }
    # Patterns that need a character of their own script, or a slash, somewhere in the text (the scripts'
    # blocks, a little wider than \p{Han}, 々 and \p{Hangul}, \p{Arabic} and \p{Hebrew}: a plain character
    # range is scanned many times faster than a Unicode property).
    GATES = {
        "name after greek or cyrillic greeting": stdlib_re.compile(
            "Γει|Αγαπητ|Καλημ|Καλησ|Χαίρ|Прив|Здрав|Добр|Уважа|Дорог|Віта"),
        "name before east asian honorific": stdlib_re.compile(
            "[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uffa0-\uffdc"
            "\U00016fe0-\U00016fff\U00020000-\U0003ffff]"),
        "name after arabic or hebrew cue": stdlib_re.compile(
            "[\u0590-\u08ff\ufb1d-\ufeff\U00010e60-\U00010eff\U0001ee00-\U0001eeff]"),
        "passenger name record": stdlib_re.compile("/"),
        "name in another script in a person's slot": stdlib_re.compile(
            "[\u0370-\u03ff\u0400-\u04ff\u2e80-\u9fff\uac00-\ud7ff\uf900-\ufaff]"),
        "passenger name after label": stdlib_re.compile("/"),
        "slash signature": stdlib_re.compile(r"(?m)^[ \t]*/[ \t]?[A-ZÀ-ÞĀ-Ž]"),
        "chat handle": stdlib_re.compile(r"\[\d"),
        "commit trailer": stdlib_re.compile(r"(?i)-by:"),
        "commenter": ("commented", "replied", "wrote", "said", "asked", "answered", "posted", "reacted",
                      "mentioned", "approved"),
    }

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list:
        """Names after an honorific score 0.9, after a greeting 0.86: above the model's other guesses."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        spans = {(r.start, r.end): r for r in results}
        for start, end, score in [*names_after_cues(text), *lower_case_speakers(text), *names_in_slots(text),
                                  *chat_speakers(text), *spelled_out(text), *names_in_lower_case(text),
                                  *names_before_titles(text), *names_before_japanese_suffix(text),
                                  *names_before_jobs(text), *dictated_names(text),
                                  *ticket_actors(text), *dotted_handles(text),
                                  *people_by_frame(text), *people_in_schedule(text),
                                  *names_before_addresses(text), *people_in_lists(text),
                                  *people_in_notes(text), *names_in_person_fields(text),
                                  *people_in_columns(text), *people_after_label(text),
                                  *couples_at_events(text), *particle_and_aged_names(text)]:
            while end > start + 1 and text[end - 1] in "'’":  # a closing quote is no part of the name
                end -= 1
            if (start, end) in spans:
                spans[start, end].score = max(spans[start, end].score, score)
            else:
                spans[start, end] = self._cue_result(start, end, score)
                results.append(spans[start, end])
        for r in results:
            if text[r.start - 3:r.start] == "M. " and _INITIAL_M.search(text, max(0, r.start - 40), r.start):
                r.start -= 3  # "mvh M. Ramírez", "Mevr. M. Mathurin": an initial, not Monsieur (see above)
            before = text[max(0, r.start - 14):r.start]
            if _HONORIFIC_BEFORE.search(before):
                r.score = max(r.score, SCORE_HONORIFIC)
            elif (_SIGNED_BEFORE.search(text, max(0, r.start - 40), r.start)
                  or _SIGNED_ON_LINE.search(before)) and _LINE_END.match(text, r.end):
                r.score = max(r.score, SCORE_SIGNATURE)  # (on the sign-off's line too: "thx, Vale")
            elif _GREETING_BEFORE.search(before) and _GREETING_AFTER.match(text, r.end):
                r.score = max(r.score, SCORE_GREETING)
        return results

    def _cue_result(self, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(self.name, score, textual_explanation="name after a person cue")
        return RecognizerResult(self.ENTITY, start, end, score, analysis_explanation=explanation,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    def accept_match(self, match: re.Match) -> bool:
        """No ordinary English word (or function word) as the first name word; in lower case, as no word."""
        groups = match.re.groupindex
        if "honored" in groups:  # after a title, a family name in lower case: any word but an ordinary one
            word = match.group("value")
            return person_word(word, True, place_ok=True) and word not in common_words() \
                and word not in foreign_words() and word not in _NOT_NAMES
        if "field" in groups and match.group("value") in _WORD_NAMES and match.group("value") not in _MONTHS:
            return True  # a person's field holds a given name that is a word: "owner: joy", "assignee: will"
        if "lone" in groups:  # name words alone: no ordinary, role or tech word; lower case only if listed
            words = match.group("value").split()
            return all(person_word(w, False) and w.lower() not in _NOT_NAMES
                       and w.lower() not in common_words() and (not w.islower() or listed_name(w))
                       for w in words)
        if "intro" in groups:  # "this is serkan kaya,", "hey it's dewi um": no word of any language's prose
            words = match.group("value").split()
            filler = bool(_FILLER_AFTER.match(match.string, match.end()))  # ("it's tuva um": a word abroad)
            if any(w in common_words() or w in STOP_WORDS or w in _NOT_NAMES or w in tech_words()
                   or w in foreign_words() and w not in _INTRO_PARTICLES and not filler for w in words):
                return False
            # (one word: a listed or name-like one, or any before a filler: "hey it's marites um")
            return len(words) > 1 or listed_name(words[0]) or _likeness(words[0]) > WEAK_CUT \
                or bool(_FILLER_AFTER.match(match.string, match.end()))
        if "atmention" in groups:
            return _a_mention(match)
        if "chathandle" in groups:  # a person's handle, not a logger's name: "[10:00] celery.worker: …"
            from scrubber.recognizers.handles import speaker_handle

            return speaker_handle(match.group("value"))
        if "handle" in groups:  # TODO(x): a handle that may be a name, not TODO(refactor); TODO(陽菜)
            # (or a name that is a word: "TODO(sunny)", "FIXME(will)"; not a month: "TODO(june)")
            return all(person_word(part, False) or _OTHER_SCRIPT_NAME.fullmatch(part)
                       or part.lower() in _WORD_NAMES and part.lower() not in _MONTHS
                       for part in re.split(r"[._-]", match.group("value")) if part)
        if "trailer" in groups:  # a person, not a bot or a team: "Reviewed-by: Security Team"
            words = [w for w in re.split(r"[ \t.-]+", match.group("value").lower()) if w]
            return not any(w in _TRAILER_NOT_PEOPLE or "bot" in w for w in words) and any(
                w in _WORD_NAMES or not (w in common_words() or w in tech_words() or w in STOP_WORDS
                                         or w in _NOT_PERSON) for w in words)
        if "aside" in groups:  # a name-like word, not a tool: "(Terraform generated it)"
            return person_word(match.group("value"), False)
        if "slot" in groups:  # a speaker in brackets only in a thread of them: not "[日本] market notes"
            return match.group("bracket") is None or len(_BRACKET_SPEAKER.findall(match.string)) > 1
        before = match.string[max(0, match.start() - 30):match.start()]
        if "initials" in groups and (_HONORIFIC_BEFORE.search(before) or _GREETING_BEFORE.search(before)):
            # ("Dear A. Grieve,", "Mr J. Wood": greeted or titled, the family name may be a word)
            family = match.group("value").split()[-1].rstrip(".").lower()
            return len(family) > 1 and family not in STOP_WORDS and family not in _GREETED_NOT_NAMES
        if "initials" in groups and (_WORD_BEFORE.search(before)
                                     or _HONORIFIC_BEFORE.search(match.group("value")[:3] + " ")):
            return False  # a middle initial ("Daniel Q. Bell": the name found whole), or "M. Dupont"
        if "mention" in groups or "initials" in groups:
            word = max(re.findall(r"\p{L}[\p{L}'’-]+", match.group("value")), key=len)
            return person_word(word, False) and (len(word) > 3 or listed_name(word))
        if "pnr" in groups:  # not INPUT/OUTPUT, TCP/IP: name words on both sides
            parts = re.split(r"[/ -]", match.group("value"))
            least = 2 if "pnrcue" in groups else 3  # after "Passengers:" a name may be short ("Xu/Lin")
            return (all(len(p) >= least and p.lower() not in tech_words() for p in parts)
                    and not all(p.lower() in common_words() for p in parts)
                    and any(listed_name(p) or _likeness(p) > WEAK_CUT for p in parts))
        if "wrapped" in groups:  # the next line is a family name, not a heading ("ANNA KOWALSKA\nADDRESS")
            nxt = match.group("value").split("\n", 1)[1].lower().split()
            if any(w in common_words() or w in STOP_WORDS or w in _NOT_NAMES for w in nxt):
                return False
        if "caps" in groups:  # (particles aside: "VIKING VAN DEN BROEK"; one ordinary word beside a name's)
            words = [w.lower() for w in match.group("value").split()]
            names = [w for w in words if w not in NAME_PARTICLES] or words
            return not any(w in STOP_WORDS or w in _NOT_NAMES for w in names) \
                and (not any(w in common_words() for w in names)
                     or len(names) > 1 and any(w not in common_words() and _name_letters(w) for w in names))
        words = [w.strip("'’") for w in match.group("value").lower().split()]  # name = 'Sales': a word
        at = match.start("value")
        if len(words) == 2 and words[0] in NAME_PARTICLES and words[1] in places() \
                and not _HONORIFIC_BEFORE.search(match.string, max(0, at - 14), at):
            return False  # "client de Lille": a place after a particle ("Frau dos Santos" is a person)
        if match.group("value").islower() and len(words) > 1:
            return not any(w in common_words() or w in STOP_WORDS or w in _NOT_NAMES or w in tech_words()
                           for w in words)
        first = words[0]
        if match.re.pattern in (_SPEAKER, _CHAT_SPEAKER) and _word_name_speaking(match):
            return True
        if match.re.pattern == _SPEAKER and a_form_of_words(match.string, words):
            return False  # (fp27n) "Puesto: …\nRequisitos: …", "Position: …\nStärken: …": a form's labels
        if first in STOP_WORDS or first in _NOT_NAMES or first in tech_words():
            return False
        # an ordinary word is a name only right after an honorific, or after a greeting and before a comma
        # ("Mme Sow", "Hi Lei,", "Thanks, Lovely"), never "Hi Team,", "Dear Valued Customer"
        if first in common_words() and (first in _GREETED_NOT_NAMES or not _firmly_cued(match)) \
                and not (match.re.pattern == _CHAT_SPEAKER and _speaker_full_name(words)):
            return False
        if match.re.pattern == _SPEAKER and len(words) == 1 and not listed_name(first) \
                and _likeness(match.group("value")) <= 0.3:
            # one unknown word before a colon at a line's start is a label ("Personalakte:", "Resuma:")
            # unless the text is a script with other speakers
            return len(_SPEAKER_LINE.findall(match.string)) >= 2
        return True


# ---- a person after a cue, in whatever form (issue #19) ---------------------------------------------------
# "Reach Tsegaye on …", "my landlord Odhiambo keeps …", "payment failed for Tevita", "Mein Name ist Tõnis,",
# "Patient: Oyelaran, Achieng |", "Please refund keoni makoa;", "Hola PUALANI IOLANA, gracias",
# "Best,\nkalani pualani". The patterns above take capitalised names after greetings, honorifics and fields;
# this scan takes one capitalised word alone, ``Last, First``, and names in lower or UPPER case.
#
# Strong cues: what follows is a person (a relation noun, an introduction, a birthday card, a payment that
# failed for someone, a message forwarded from someone). Weak cues: verbs whose object is mostly a person
# ("reach", "ask", "refund") and nouns that may name a firm ("client"); a word alone after one needs
# name-like letters too. Neither ever takes an ordinary, stop, tech or firm word, a weekday, month, holiday,
# language or a big brand; nor a place, unless a name list holds the word ("my neighbour Washington").
_RELATION_NOUNS = (
    "landlord|landlady|tenant|lodger|contractor|subcontractor|colleague|coworker|co-worker|manager|boss"
    "|supervisor|line manager|team lead|patient|nurse|doctor|dentist|surgeon|therapist|pharmacist|lawyer"
    "|attorney|solicitor|accountant|notary|mum|mom|mother|dad|father|son|daughter|wife|husband|partner"
    "|fiancé|fiancée|brother|sister|uncle|aunt|auntie|cousin|nephew|niece|grandma|grandmother|grandpa"
    "|grandfather|granddaughter|grandson|stepson|stepdaughter|neighbour|neighbor|friend|flatmate|roommate"
    "|housemate|girlfriend|boyfriend|assistant|intern|teacher|tutor|coach|mentor|mentee|nanny|babysitter"
    "|caregiver|carer|recruiter|realtor|plumber|electrician|cardholder|card holder|account holder"
    "|applicant|candidate|new hire|employee|caller|guardian|emergency contact|next of kin"
    # (session 23) children and the rest of a family, by marriage and steps too, and the people of a home's
    # and a case's care: "Child: Rigoberto (age 7)", "my mother-in-law Parveen", "our housekeeper Marisol"
    r"|child|kid|baby|toddler|stepchild|grandchild|godson|goddaughter|godchild|foster child|dependant"
    r"|stepmother|stepfather|stepbrother|stepsister|half-brother|half-sister|twin|twin brother|twin sister"
    r"|(?:mother|father|sister|brother|son|daughter)-in-law|ex-wife|ex-husband|ex-partner|granny|grandad"
    r"|granddad|grandmum|grandmom|housekeeper|gardener|au pair|childminder|receptionist|paralegal|physio"
    r"|physiotherapist|midwife|social worker|caseworker|case worker|counsellor|counselor|psychologist"
    r"|psychiatrist|optician|handyman|estate agent|letting agent|classmate|teammate"
)
# (corpus19) whom a courier or a visitor is to ask for at the door, in English and the other languages
# prompts come in: "Ask for Priyanka.", "Vraag naar Jelte.", "Demandez Yannick", "Pregunte por Iñigo",
# "Fragen Sie nach Wiebke". A strong cue (a short name alone is often not name-like, or a word somewhere:
# "Wout"); no ordinary word is taken after it ("ask for Help"), nor a word of another language longer than
# four letters ("Pregunte por Recepción"), nor after the German one any German word ("Fragen Sie nach
# Verfügbarkeit": German capitalises its nouns)
_ASK_FOR = (
    r"ask for|vraag naar|vragen naar|demandez(?: à)?|demander à|pregunte por|preguntar por|pregunta por"
    r"|pergunte por|perguntar por|pergunta por|chiedete di|chieda di|chiedere di|chiedi di"
    r"|fragen sie nach|fragen nach|frag nach|zapytaj o|zapytać o|pytać o|pytaj o"
)
_ASK_FOR_CUE = re.compile(rf"(?i:{_ASK_FOR})")
_ASK_FOR_NOUN_CUE = re.compile(r"(?i:fragen sie nach|fragen nach|frag nach)")
_STRONG_CUES = (
    rf"(?:(?:my|our|your|his|her|their|the|a|new)[ \t]+)?(?:{_RELATION_NOUNS})|{_ASK_FOR}"
    r"|my name is|mein name ist|ich heiße|ich heisse|je m'appelle|je m’appelle|me llamo|mi nombre es"
    r"|mi chiamo|il mio nome è|meu nome é|mijn naam is|ik heet|jag heter|mitt namn är|jeg heter|mit navn er"
    r"|benim adım|call me"
    # whose an account or a card is, typos and all: "name on acount is kayleigh coleridge"
    r"|name on (?:the |my |our )?(?:account|acount|acct|card|booking|order|reservation|ticket|lease|policy)"
    r"(?: is)?"
    r"|(?:birthday|anniversary|retirement|farewell|leaving|wedding|condolence|sympathy|thank[- ]you|welcome"
    r"|get[- ]well|congratulations?)[ \t]+(?:message|card|note|gift|present|poem|speech|toast|e-?mail"
    r"|letter|wishes|post)[ \t]+(?:for|to)"
    r"|(?:gift|present|flowers|card)[ \t]+for"
    r"|forwarded from|forwarding from|forwarded by|fwd from|signed by|paid by|payment from|refund to"
    r"|(?:payment|charge|refund|transfer|direct debit|card|order|booking|reservation|delivery|invoice)"
    r"[ \t]+(?:\w+[ \t]+)?(?:failed|declined|bounced|issued|refunded|approved|cancelled|canceled|booked"
    r"|made|placed|due|overdue)[ \t]+(?:for|by|to)"
)
# Talking to, calling and asking someone in the other languages prompts come in ("falar com o Thảo", "hablar
# con Aitana", "parler à Maëlle", "bellen met Sanne", "prata med Linnea"), and a user or a customer by those
# languages' words ("gebruiker lieve vandenbroucke belde"); the clause may go on in that language
_WEAK_CUES_ABROAD = (
    r"falar com(?: [oa])?|ligar (?:para(?: [oa])?|ao|à)|perguntar (?:ao|à|a)|avisar (?:o|a)"
    r"|hablar con|llamar a|preguntar a|avisar a|escribir a|contactar (?:con|a)"
    r"|parler (?:à|avec)|demander à|écrire à"
    r"|parlare con|chiedere a|scrivere a"
    r"|sprechen mit|rücksprache mit|praten met|bellen met|overleggen met|vragen aan|mailen naar"
    r"|prata med|ringa till|rozmawiać z|zadzwonić do|napisać do"
    r"|gebruiker|klant|utilisateur|usuario|usuário|utente|benutzer|kunde|kund|użytkownik|klient"
)
_WEAK_CUES = (
    r"reach|reach out to|call|phone|ring|text|ask|tell|told|e-?mail|ping|dm|message|thank|thanks|invite"
    r"|refund|hire|remind|contact|meet|met|visit|congratulate|welcome|greet|cc|bcc|notify|inform"
    r"|loop(?:ed)? in|talk to|speak to|speak with|chat with|meeting with|lunch with|dinner with|wish"
    r"|(?:send|forward|assign|give|hand)(?: it| this| that| them)?(?: over)? to|mentored|introduce"
    r"|sent by|written by|reported by|requested by|approved by|submitted by|referred by|recommended by"
    r"|message from|note from|e-?mail from|letter from|voicemail from|on behalf of|i am|i'm|i’m|this is"
    r"|(?:opened|created|raised|filed|logged|closed|updated|reviewed|merged|approved|signed off|confirmed"
    r"|held|owned|handled|managed|verified|checked|authored|edited|prepared|drafted|completed|accepted"
    r"|rejected|declined|cancelled|canceled|acknowledged|escalated|countersigned|witnessed) by"
    r"|assigned to|spoke (?:with|to)|talked (?:with|to)|met with|w/|user|insured|policyholder"
    r"|je suis|ich bin|ik ben|soy|sono|eu sou|jag är|jeg er"
    r"|named|called|client|customer|payee|recipient|beneficiary|sender|employer|member|"
    + _WEAK_CUES_ABROAD
)
_ABROAD_CUE = re.compile(rf"(?i:{_WEAK_CUES_ABROAD})")
# Cues after which only a name of two words or more, ``Last, First`` or a name in lower or UPPER case is
# taken here (one capitalised word after them is the patterns' above): greetings, fields, honorifics.
_OTHER_CUES = (rf"{_CUES}|{_GREETINGS}|(?:{_FIELDS})[ \t]*[:=]|(?:full |first |last |sur)?name"
               # (corpus19) a clinical note's patient, in lower case only: "pt sigrun aasland, needs …" (not
               # "PT Bank …", an Indonesian firm; a name in lower or UPPER case only is taken after these)
               r"|(?-i:pt\.?|pat\.)")
_PERSON_CUE = re.compile(
    rf"(?<![\w-])(?:(?P<strong>{_STRONG_CUES})|(?P<weak>{_WEAK_CUES})|(?P<other>{_OTHER_CUES}))(?!\w)"
    # (after a strong cue a comma too, the name in apposition: "key with the neighbour, Desiree.")
    r"(?:[ \t]*[:=][ \t]*|(?(strong),[ \t]*|(?!))| *)[\"'“‘]? *(?=[^\W\d_])"
    rf"|(?<![\w-])(?P<sign>{_SIGN_OFFS})(?!\w)[,.!]?[ \t]*\n[ \t]*(?=[^\W\d_])",
    re.IGNORECASE)
_TW = r"\p{Lu}(?:['’]\p{Lu}|a?c\p{Lu})?[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?"
_UW = r"\p{Lu}[\p{Lu}\p{M}'’]+(?:-\p{Lu}[\p{Lu}\p{M}]+)?"
_LW = r"\p{Ll}[\p{Ll}\p{M}'’]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?"
_LOW_PART = r"(?:van|von|der|den|de|del|della|di|da|du|le|la|dos|das|ter|ten|bin|ibn|al|el)"
_SW = r"[^\W\d_\p{Latin}][^\W\d_\p{Latin}]+"  # a word of another script: Cyrillic, Arabic, Hangul, Han…
_AFTER_CUE = re.compile(
    rf"(?P<lf>{_TW}, *{_TW})(?![\w@-]| +\p{{Lu}})"
    rf"|(?P<ulf>{_UW}, *{_UW})(?![\w@-]| +\p{{Lu}})"
    # (a name's words one or two blanks apart: three or more end a form's field)
    # (nor a log's next key: "user=jdoe uid=1000")
    rf"|(?P<up>{_UW}(?: {{1,2}}{_UW}){{1,2}})(?![\w@=-])"
    rf"|(?P<low>{_LW}(?: {{1,2}}(?:{_LOW_PART} +){{0,2}}{_LW}){{1,2}})(?![\w@=-])"
    rf"|(?P<script>{_SW}(?: {{1,2}}{_SW}){{0,2}})(?![\w@-])"
    rf"|(?P<one>{_TW})(?![\w@-]| +\p{{Lu}}| *&)"
    rf"|(?P<upone>{_UW})(?![\w@-]| +\p{{Lu}}\p{{Ll}})"
    rf"|(?P<init>\p{{Ll}}\.[ \t]?{_LW})(?![\w@-])"
    rf"|(?P<lowone>{_LW})(?![\w@-])")  # (one word in lower case: after a strong cue only)
# The family name in capitals first, as French and administrative forms write it ("Patient: OKAFOR Chidinma",
# "Name: VAN DER BERG Anouk"); tried before the forms above
_UPPER_THEN_GIVEN = re.compile(rf"{_UW}(?: +{_UW}){{0,2}} +{_TW}(?: +{_TW})?(?![\w@-]| +\p{{Lu}}\p{{Ll}})")
# After ``Last, First``: a list goes on ("Tuyaa, Enkhjin and Altynai"), a name ends.
_LABEL_NEXT = re.compile(r"[ \t]*[:：]")
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,[ \t]*\p{Lu}|(?:and|und|et|y|e|&|or)[ \t]+\p{Lu})")
# After a word alone behind a weak cue: the clause goes on with punctuation, a function word or a time.
# (not a dot before a letter: code's "call df.groupby(…)", a domain)
_WEAK_END = re.compile(r"[ \t]*(?:[,;:!?)\]'\"’”\n—–|/]|\.(?![\p{L}_])|$)|[ \t]+(?P<w>\p{Ll}+)\b")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_WHEN = frozenset("today tomorrow tonight asap again later now first soon back".split())
# Capitalised words no list marks as ordinary that are never a person alone.
_NOT_PERSON = CALENDAR_WORDS | frozenset(
    "christmas easter ramadan diwali hanukkah thanksgiving "
    "halloween eid english french german spanish italian portuguese dutch chinese japanese korean arabic "
    "hindi russian polish turkish swedish norwegian danish finnish greek hebrew latin google microsoft "
    "apple amazon meta facebook instagram whatsapp linkedin twitter youtube tiktok netflix spotify uber "
    "paypal ebay ibm intel nvidia samsung oracle sap adobe zoom siri alexa cortana god allah jesus sales "
    "zendesk salesforce hubspot shopify asana trello miro canva klarna adyen monzo revolut xero freshdesk "
    "intercom workday dropbox gmail zapier airtable mailchimp "
    "hr it ops admin support dev devops qa staff team hotline hotlines".split())
_CONTRACTION = re.compile(r"['’](?:m|s|d|t|ll|re|ve)$")  # "I'm", "He's": a greeting's next clause
SCORE_CUE_ONE = 0.87  # above the model's LOCATION guess (0.85): "Reach Tsegaye on …", "Achieng will …"
SCORE_CUE_CASED = 0.87
SCORE_CUE_SCRIPT = 0.8
SCORE_CUE_LAST_FIRST = 0.88
WEAK_CUT = -0.1  # name-likeness a word alone needs after a weak cue ("Reach Sunniva on …")


def person_word(word: str, strong: bool, place_ok: bool = False) -> bool:
    """Whether ``word`` may be (part of) a person's name after a cue: no ordinary word; after a weak cue
    (``strong`` False), name-like letters or a name list's word; a place's name only if a name list holds it
    or ``place_ok``."""
    from scrubber.recognizers.name_likeness import likeness

    low = word.lower().strip("'’")
    if len(low) < 2 or low in _never() or _CONTRACTION.search(low):
        return False
    listed = listed_name(low)
    if low in places() and not listed and not place_ok:
        return False
    return strong or listed or likeness(word) > WEAK_CUT


def _likeness(word: str) -> float:
    from scrubber.recognizers.name_likeness import likeness

    return likeness(word)


@cache
def _never() -> frozenset[str]:
    """Words never a person's name after a cue: ordinary, stop, tech and cue words, weekdays, brands…"""
    from scrubber.recognizers.name_shapes import _NOT_FIRST, _ORG_WORDS

    return (common_words() | STOP_WORDS | tech_words() | _NOT_NAMES | _NOT_PERSON | _WHEN | _NOT_FIRST
            | _ORG_WORDS)


# A chat or stand-up line: "raj: finished the migration", "- priya: blocked on review", "[10:02] ana : ok"
# (the one pattern for a speaker at a line's start, in any case: name_likeness reads its lower-case ones too)
ANY_SPEAKER = re.compile(r"(?m:^[ \t>]*(?P<bullet>[-*•][ \t]*)?(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
                         r"(?P<value>[^\W\d_][\p{L}\p{M}'’-]{1,20}(?:[ \t][^\W\d_][\p{L}\p{M}'’-]{1,20})?)"
                         r"[ \t]*:[ \t]*(?P<said>\S[^\n]*))")
SCORE_LOWER_SPEAKER = 0.8


def lower_case_speakers(text: str) -> list[tuple[int, int, float]]:
    """Speakers in lower case in a chat or stand-up, where two lines or more start with a speaker and go on in
    prose (three words or more: "raj: finished the migration", not a config's "primary: db-1"). A speaker is
    no ordinary, stop or tech word and is in a name list or has a name's letters."""
    from scrubber.recognizers.name_likeness import likeness

    if ":" not in text:
        return []
    lines = [m for m in ANY_SPEAKER.finditer(text) if len(m.group("said").split()) >= 3]
    names = [m for m in lines if m.group("value").islower() and " " not in m.group("value")
             and ("-" not in m.group("value") or all(map(listed_name, m.group("value").split("-"))))
             and person_word(m.group("value"), False)
             and m.group("value") not in common_words() and m.group("value") not in STOP_WORDS
             and m.group("value") not in tech_words() and m.group("value") not in _NOT_NAMES
             and (listed_name(m.group("value")) or likeness(m.group("value")) > 0)]
    if len(lines) < 2:  # a chat: two speakers' lines or more, in any case or script
        return _handle_speakers(text)
    among = _lower_among_people(lines, names) if len(lines) >= 3 and len(names) < len(lines) else []
    # a stand-up's or a meeting's notes in bullets, capitalised: "- Kate: finished the export", "• Hope: out
    # Friday": a listed given name, or one that is also a word, no place or brand ("- Pros: fast", "- Porto:
    # two nights"); two such at least, and half the bullets' speakers (an itinerary's "- Kerry: …" is a place)
    bullets = [m for m in lines if m.group("bullet") and m.group("value")[0].isupper()
               and not m.group("value").isupper() and " " not in m.group("value")]
    said = [m for m in bullets
            if (_given(m.group("value")) or m.group("value").lower() in _WORD_NAMES)
            and m.group("value").lower() not in brands() and m.group("value").lower() not in places()]
    if len(said) >= 2 and 2 * len(said) >= len(bullets):
        names += said
    # (and the speaker's name wherever else it stands: "leila: slt c leila la nouvelle voisine")
    # (a word that is also a name stands for the speaker only at the line's start: "will: on it")
    return [(m.start("value"), m.end("value"), SCORE_LOWER_SPEAKER) for m in names + among] \
        + _elsewhere(text, {m.group("value") for m in names + among if m.group("value") not in _never()})


def _lower_among_people(lines: list[re.Match], names: list[re.Match]) -> list[re.Match]:
    """Lower-case speakers of one word in a chat whose other speakers are two people or more ("Siobhán: …",
    "Зорян Кириленко: …", then "rania: pinging @Margaret", "will: on it"): any word that is no ordinary, stop
    or tech word of English (a place's name too: "rania"), role or heading, or a given name that is a word
    ("will" before a colon at a line's start is no verb); no month, no brand."""
    people = sum(1 for m in lines if not m.group("value").islower() and _a_speaker(m.group("value")))
    if people < 2:
        return []
    out = []
    for m in lines:
        value = m.group("value")
        if m in names or not value.islower() or not value.isalpha() or len(value) < 3 \
                or value in _NOT_SPEAKERS or value in _HEADINGS or value in _MONTHS:
            continue
        if value in _WORD_NAMES or value not in _never() and value not in brands():
            out.append(m)
    return out


@cache
def cue_words() -> frozenset[str]:
    """The words of the cues themselves (greetings, honorifics, fields, sign-offs: "Geachte", "Sayın",
    "Vorname", "Grüßen", "Utente"), lower case, less any word a name list holds ("Don", "Dona") and the
    function words between them ("the", "this", "for", "you", "mit", "und", "moi": a cue's glue, no cue
    alone; a field's label words stay: "name", "first", "last", "from"): a name the model reads in one of
    them alone is the cue, not a person."""
    words = set()
    for alternation in (_CUES, _GREETINGS, _FIELDS, _SIGN_OFFS, _HONORIFICS):
        for item in alternation.split("|"):
            if not re.search(r"[\\()\[\]?]", item):  # plain words only, not the regex parts
                words.update(item.lower().replace(".", " ").split())
    return frozenset(w for w in words if len(w) > 2 and not listed_name(w)
                     and (w not in STOP_WORDS or w in _LABEL_WORDS) and w not in _FUNCTION_WORDS_ABROAD)


_LABEL_WORDS = frozenset("name names first last full from".split())  # (stop words that head a field)
# the companions' and sign-offs' function words of other languages ("mir und", "moi et", "med vänlig")
_FUNCTION_WORDS_ABROAD = frozenset("mit und mich mir mig mij moi vous med och".split())


def listed_name(word: str) -> bool:
    """A given or family name of the lists (folded: "wójcik" as "wojcik")."""
    from scrubber.recognizers.name_shapes import _fold, lists

    folded = _fold(word.lower().strip("'’"))
    given, family, _, _ = lists()
    return folded in given or folded in family


def _firm(value: str) -> bool:
    return value.lower() in _FIRM_NAMES()


@cache
def _FIRM_NAMES() -> frozenset[str]:  # noqa: N802
    return frozenset(f.lower() for f in firm_names())


# What follows a person's name in a record: "…, DOB 1955", "…, geboren am", "…, née", "… (born 1970)".
_RECORD = (r"[ \t]*[,;(][ \t]*(?i:dob|d\.o\.b\.?|date of birth|born|b\.|geb\.|geboren|née?|nata|nato|nacida"
           r"|nacido|nascida|nascido|ssn|mrn|aged?|patient id|member id)(?![\w])")


@cache
def _last_first_subject() -> re.Pattern:
    """``Last, First`` before a person's verb or a person's record: "Minutes: Tuyaa, Enkhjin agreed to …",
    "insured Makoa, Keoni, DOB …", "Akte: Tuyaa, Enkhjin, geboren am …"."""
    from scrubber.recognizers.name_shapes import _SPEECH_VERBS

    # (ties alphabetical, not in the set's order: the same pattern in every process, see regex_cache.py)
    verbs = "|".join(sorted(_SPEECH_VERBS | {"will", "was born"}, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w@.-])(?P<l>{_TW}),[ \t]*(?P<f>{_TW})(?=[ \t]+(?:{verbs})\b|{_RECORD})")



# ``Last, First`` as a whole list item or table cell: "Attendees: Lourdes Bruyère; Şahin, Bence; Trotta,
# Sumarliði", '"al-Khatib, Tiziano",tiziano@…', "- zu Salm, Ásgils". The surname may carry particles
# ("bin Yusof", "van den Broek"), the given name be two words ("Mary Kate").
_GIVEN_AFTER_COMMA = rf",[ \t]*(?P<f>{_TW}(?:[ \t]+{_TW})?)"  # "…, Mary Kate": one or two given names
_LF_PART = rf"(?:{_LOW_PART}|zu|zur|zum|af|av|do)"  # (German, Nordic and Portuguese ones too: "zu Salm")
# (or a numbered item with its note after a dash or in brackets: "2. Mbatha, Nokuthula — 2 days")
_ITEM_LAST_FIRST = re.compile(
    rf"(?:^|(?<=[;:|\t\"]))[ \t]*(?:(?:[-*•]|\d{{1,2}}[.)])[ \t]+)?"
    rf"(?P<l>(?:{_LF_PART}[ \t]+){{0,2}}(?:(?:al|el|ad|as|ash|abu|bin|ibn)-)?{_TW}){_GIVEN_AFTER_COMMA}"
    r"(?=[ \t]*(?:[;|\t\"]|$)|[ \t]+[—–-][ \t]|[ \t]*\()", re.M)
# ``Last, First`` before a deadline: "send the revised quote to zu Salm, Ásgils by Friday"
_LAST_FIRST_BY = re.compile(
    rf"(?<![\w@.-])(?P<l>(?:{_LF_PART}[ \t]+){{0,2}}(?:(?:al|el|bin|ibn)-)?{_TW}){_GIVEN_AFTER_COMMA}"
    r"(?=[ \t]+(?i:by|before|until|till|on|at|no[ \t]+later[ \t]+than)[ \t]+"
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|eod|cob|noon|next"
    r"|the[ \t]+end|end[ \t]+of|\d))")
# ``Last, First`` whose family name carries its own mark, anywhere in a sentence or a list: particles in
# either case ("de Vries, Femke", "van der Merwe, Pieter", "binti Yusof, Nurul", "Le Roux, Marike",
# "Del Rio, Carmen"), a Mc/Mac/O' prefix ("McAllister, Fiona") or a joined Arabic article ("al-Rashid,
# Omar"); the given name after the comma is a listed one. The whole name is one span, its particles inside.
_CAP_PART = r"(?:Van|Von|Vander|De|Del|Della|Di|Da|Du|Le|La|Dos|Das|Ter|Ten|Bin|Ibn|Al|El|Mac|Mc|Los|Las|Des)"
_MARKED_LAST_FIRST = re.compile(
    rf"(?<![\w@.-])(?P<l>(?:(?:{_LOW_PART}|binti|bint|binte|bte|los|las|des|{_CAP_PART})[ \t]+){{1,2}}{_TW}"
    rf"|(?:al|el|ad|as|ash|abu|bin|ibn|Al|El|Abu)-{_TW}|(?:Mc|Mac)\p{{Lu}}\p{{Ll}}+|O['’]\p{{Lu}}\p{{Ll}}+)"
    rf"{_GIVEN_AFTER_COMMA}(?![\w@-])")
# (what the two patterns above need after their comma: a text without it is not scanned for them)
_CAPITALS_AFTER_COMMA = r",[ \t]*\p{Lu}[^\s,;|\"]*(?:[ \t]+\p{Lu}[^\s,;|\"]*)?"
_ITEM_COMMA = re.compile(rf"{_CAPITALS_AFTER_COMMA}(?:[ \t]*(?:[;|\t\"]|$)|[ \t]+[—–-][ \t]|[ \t]*\()", re.M)
_DEADLINE_COMMA = re.compile(rf"{_CAPITALS_AFTER_COMMA}[ \t]+(?i:by|before|until|till|on|at|no[ \t]+later)"
                             r"[ \t]")
_CAPITALS_AFTER_COMMA_AT = re.compile(_CAPITALS_AFTER_COMMA)
# A labelled line's list of people written ``Last, First`` throughout, or among full names ("Present:
# Fairbrother, Imogen (Chair), Ashworth, Phoebe, Sisulu, Ayanda", "Teilnehmende: Ayanda Mbeki (Leitung),
# Wiśniewska, Zuzanna, Friederike Brückner"): the comma inside a name is the list's comma too, so the
# words are paired up, each pair one name (minutes then write the person's initials: "- AS: confirm …").
_LABELLED_LIST = re.compile(r"(?m:^[ \t>*-]*\p{L}[\p{L} ]{1,30}[ \t]*:[ \t]*"
                            r"(?P<list>[^\n:]{10,400}?)[ \t.]*$)")
_LIST_ITEM = re.compile(rf"[ \t]*(?P<v>(?P<one>(?:{_LOW_PART}[ \t]+){{0,2}}{_TW})"
                        rf"|{_TW}(?:[ \t]+{_TW}){{1,2}})"
                        r"(?P<note>[ \t]*\([^()\n]{1,40}\))?[ \t]*\Z")


def _last_first_in_list(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the ``Last, First`` pairs of a labelled list (see above): runs of one-word items
    of even length, paired in order, where the list holds full names too, or where every item is one name and
    one pair at least is a listed family name and a listed given name, or opens on a family name with its
    particle ("van Rooyen, Lieke"); a note in brackets only after a pair's second word; every word a
    person's (no ordinary word, no two places)."""
    found = []
    for line in _LABELLED_LIST.finditer(text):
        if line.group("list").count(",") < 2:
            continue  # (three items at least)
        at, items = line.start("list"), []
        for part in line.group("list").split(","):
            m = _LIST_ITEM.match(part)
            if m is None:
                break
            items.append((at + m.start("v"), at + m.end("v"), m.group("one") is not None, m.group("note")))
            at += len(part) + 1
        if len(items) < 3 or len(items) < line.group("list").count(",") + 1:
            continue
        mixed = not all(one for _, _, one, _ in items)
        runs, run = [], []
        for item in items + [(0, 0, False, None)]:
            if item[2]:
                run.append(item)
            elif run:
                runs.append(run)
                run = []
        pairs = [(run[i], run[i + 1]) for run in runs if len(run) % 2 == 0 for i in range(0, len(run), 2)]
        marked = any(" " in text[a[0]:a[1]] or _family_and_given(text[a[0]:a[1]], text[b[0]:b[1]])
                     for a, b in pairs)
        if not pairs or any(a[3] for a, _ in pairs) or not mixed and (len(runs) != 1 or not marked):
            continue
        for a, b in pairs:
            if _a_named_pair(text[a[0]:a[1]].split()[-1], text[b[0]:b[1]]):
                found.append((a[0], b[1], SCORE_CUE_LAST_FIRST))
    return found


def _family_and_given(last: str, first: str) -> bool:
    from scrubber.recognizers.name_shapes import _fold, lists

    given, family, _, _ = lists()
    last = _fold(last.split()[-1].lower())
    return last in family and last not in given and _fold(first.lower()) in given
_PROSE_BEFORE = re.compile(r"\p{Ll}[ \t]+$")  # a lower-case word right before
_CLAUSE_START = re.compile(r"(?:^|[.:;!?\n—–•*-]|\band|\bund|\bet|\by)[ \t]*$")
_RECORD_AT = re.compile(_RECORD)


@cache
def _cue_words() -> frozenset[str]:
    """The words a cue can begin with, lower case ("e" of "e-mail", "email" spelled whole too)."""
    words = {w.lower() for w in re.findall(r"\p{L}+", _PERSON_CUE.pattern)}
    return frozenset({"email"} | {w for w in words if any(
        _PERSON_CUE.match(w + end, partial=True) for end in (" ", "-", ".", "'", "’", ":", "/"))}) \
        - _DETERMINERS  # "my landlord …" is found from "landlord" (the determiner is optional in the cue)


_DETERMINERS = frozenset("the a my our your his her their new".split())


def _with_determiner(text: str, start: int) -> int:
    """``start``, or where a determiner right before it starts ("my landlord"): the cue is matched whole."""
    # (a space or a tab follows the determiner; the regex's $ matches before a last newline too)
    if start == 0 or text[start - 1] not in " \t\n":
        return start
    before = text[max(0, start - 7):start]
    m = _DETERMINER_BEFORE.search(before)
    return start - len(m.group()) if m else start


_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?i:the|a|my|our|your|his|her|their|new)[ \t]+$")


def _cues_in(text: str):
    """The cues in ``text``: the cue pattern is tried only where one of its first words starts (one big
    case-insensitive alternation tried at every character cost the most of this recognizer)."""
    first, end = _cue_words(), 0
    by, other = word_index(text)  # the words' starts, shared with the patterns: runs of [^\W\d_]
    starts = [p for w in by.keys() & first for p in by[w]] + [p for p, w in other if w.lower() in first]
    starts.sort()
    for start in starts:
        if start >= end:
            cue = _PERSON_CUE.match(text, _with_determiner(text, start))
            if cue is not None:
                end = cue.end()
                yield cue


def names_after_cues(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of names right after a person cue (see the section's comment)."""
    found: list[tuple[int, int, float]] = []
    if "," in text:
        for m in _last_first_subject().finditer(text):
            opens = _CLAUSE_START.search(text, max(0, m.start() - 20), m.start())
            if (opens or _RECORD_AT.match(text, m.end())) \
                    and _last_first(m.group("l"), m.group("f")) \
                    and (listed_name(m.group("l")) or listed_name(m.group("f"))
                         or max(_likeness(m.group("l")), _likeness(m.group("f"))) > 0.3):
                found.append((m.start(), m.end(), SCORE_CUE_LAST_FIRST))
        # (each found from its comma first: a text without such a comma is not scanned)
        items = _ITEM_LAST_FIRST.finditer(text) if _ITEM_COMMA.search(text) else ()
        deadlines = _LAST_FIRST_BY.finditer(text) if _DEADLINE_COMMA.search(text) else ()
        for m in _MARKED_LAST_FIRST.finditer(text) if _CAPITALS_AFTER_COMMA_AT.search(text) else ():
            in_prose = _PROSE_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
            if _marked_last_first(m.group("l"), m.group("f"), in_prose):
                found.append((m.start("l"), m.end("f"), SCORE_CUE_LAST_FIRST))
        for m in [*items, *deadlines]:
            if _a_named_pair(m.group("l").split()[-1].split("-")[-1], m.group("f").split()[0]):
                found.append((m.start("l"), m.end("f"), SCORE_CUE_LAST_FIRST))
        if text.count(",") >= 3:
            found += _last_first_in_list(text)
    # (those scripts are no ASCII: a text in ASCII is not scanned for them)
    if _other_script(text) and len(_LATIN.findall(text)) > len(_RTL.findall(text)):
        # two or three Arabic, Hebrew, Cyrillic, Greek, Indic, Thai, Georgian… words (any case) inside a
        # Latin-script text: a name ("présents جوليا التوتنجي,", "reply to зорян михайличенко about",
        # "the note from राहुल शर्मा about")
        # (more than three such words: a phrase, "Доброе утро, как дела?"; then in a cased script only
        # capitalised runs)
        phrase = len(_RTL_WORD.findall(text)) > 3
        found += [(m.start(), m.end(), SCORE_CUE_SCRIPT) for m in _RTL_RUN.finditer(text)
                  if not phrase
                  or all(w[0].isupper() or w[0].lower() == w[0].upper() for w in m.group().split())]
    if "<<" in text:  # a passport's or an ID card's machine-readable zone: "P<UTOERIKSSON<<ANNA<MARIA<<<"
        found += [(*m.span(g), SCORE_CUE_CASED) for m in _MRZ_NAME.finditer(text) for g in ("s", "g")]
    if ('"' in text or "“" in text or "(" in text or "'" in text) and _NICKNAME_GATE.search(text):
        for m in _NICKNAME.finditer(text):  # 'Robert "Bobby" Kaminski': one name, the nickname inside
            first, last = m.group("f"), m.group("l")
            if person_word(first, True) and person_word(last, True) and not _firm(last) \
                    and (listed_name(first) or listed_name(last) or _likeness(last) > 0.3):
                found.append((m.start(), m.end(), SCORE_CUE_ONE))
    if "-" in text or "—" in text or "–" in text:
        for m in _DASH_SIGNED.finditer(text):  # a message signed at its end: '… by Friday. - Tuyaa Enkhjin"'
            names = m.group("v").split()
            if all(person_word(w, True) for w in names) and not _firm(m.group("v")):
                found.append((*m.span("v"), SCORE_CUE_ONE))
    for m in _UPPER_FIRST.finditer(text):  # "FOURNIER Marcelle", "OLABODE Ikeoluwa (DOB …"
        if _family_upper(m.group("l")) and _given(m.group("f")):
            found.append((m.start(), m.end(), SCORE_UPPER_FIRST))
    if "(" in text:
        for m in _AGED_ITEM.finditer(text):  # "2. AL HASHIMI Samir (adult) – born …", "4. Hope (child, …)"
            if _aged_name(m.group("v")):
                found.append((*m.span("v"), SCORE_CUE_CASED))
    if "/o" in text or "/O" in text:
        found += [(*m.span("v"), SCORE_CUE_CASED) for m in _SON_OF.finditer(text)
                  if all(person_word(w, True, place_ok=True) for w in m.group("v").split() if "/" not in w
                         and len(w) > 1)]
    if ("age" in text or "y" in text) and _AGED_GATE.search(text):
        found += [(*m.span("v"), SCORE_CUE_CASED) for m in _AGED_COMMA.finditer(text)
                  if _aged_name(m.group("v"))
                  and not any(w.lower() in _never() for w in m.group("v").split())]
    if _LOGIN_HINT.search(text):  # "the admin login is irina / …": a login that is a given name
        found += [(*m.span("v"), SCORE_CUE_CASED) for m in _LOGIN_NAME.finditer(text) if _given(m.group("v"))]
    for m in _name_lines(text):  # a CV's or a letter's head: "MARELIZE STEENKAMP\nFinancial Analyst"
        span = _cased_name(text, m.start("v"), m.group("v")) or _contact_head(text, m)
        if span:
            found.append((*span, SCORE_CUE_CASED))
    for hint in _RECORD_WORD.finditer(text):  # "HR note: IKEOLUWA OLABODE (DOB 1994 …"
        m = _CASED_BEFORE.search(text, max(0, hint.start() - 80), hint.start())
        span = m and _cased_name(text, m.start(), m.group("v"))
        if span:
            found.append((*span, SCORE_CUE_CASED))
    for cue in _cues_in(text):
        m = _UPPER_THEN_GIVEN.match(text, cue.end())
        if m and _upper_then_given(m.group()):
            found.append((m.start(), m.end(), SCORE_CUE_CASED))
            continue
        m = _AFTER_CUE.match(text, cue.end())
        if m is None:
            continue
        strong = cue.group("strong") is not None
        if cue.group("sign") is not None and not _LINE_END.match(text, m.end()):
            continue  # a signature is alone on its line
        kind = m.lastgroup
        value = m.group(kind)
        if kind in ("lf", "ulf"):
            if (_RECORD_AT.match(text, m.end()) or not _LIST_GOES_ON.match(text, m.end())) \
                    and _last_first(*value.split(",")):
                found.append((m.start(), m.end(), SCORE_CUE_LAST_FIRST))
        elif kind == "script":  # a name in another script after a cue ("je suis داهي الأيوبي,")
            if not _LABEL_NEXT.match(text, m.end()):  # not a field's label: "Customer 생년월일: …"
                found.append((m.start(), m.end(), SCORE_CUE_SCRIPT))
        elif kind in ("up", "low"):
            span = _cased_name(text, m.start(), value)
            first = value.split()[0]
            second = value.split()[1]
            if kind == "low" and _greeting_name(cue, first) \
                    and (not _lower_word_a_name(second) or "'" in second or "’" in second):
                # "coucou maëlle c'est moi"
                found.append((m.start(), m.start() + len(first), SCORE_CUE_CASED))
            elif span:
                found.append((*span, SCORE_CUE_CASED))
            elif kind == "up" and _upper_alone(cue, first):  # "SURNAME: ADEYEMI   FIRST NAME: …"
                found.append((m.start(), m.start() + len(first), SCORE_CUE_CASED))
            elif kind == "low" and strong and _INTRODUCTION.search(cue.group()) \
                    and _lower_name_alone(value.split()[0]):
                found.append((m.start(), m.start() + len(value.split()[0]), SCORE_CUE_CASED))
        elif kind == "upone":
            if _upper_alone(cue, value) and (cue.group("sign") is None or _LINE_END.match(text, m.end())):
                found.append((m.start(), m.end(), SCORE_CUE_CASED))
        elif kind == "init":  # "opened by t. okonkwo"
            family = value.split(".")[-1].strip()
            if person_word(family, True) and (listed_name(family) or _likeness(family) > 0.3):
                found.append((m.start(), m.end(), SCORE_CUE_CASED))
        elif kind == "lowone" and strong and _INTRODUCTION.search(cue.group()) and _lower_name_alone(value):
            found.append((m.start(), m.end(), SCORE_CUE_CASED))  # "my name is yossi how can i help"
        elif kind == "lowone" and _greeting_name(cue, value):  # "servus korbinian, …"
            found.append((m.start(), m.end(), SCORE_CUE_CASED))
        elif cue.group("other") is None and cue.group("sign") is None and not _firm(value):
            if not person_word(value, strong):
                continue
            if strong and _ASK_FOR_CUE.fullmatch(cue.group("strong")) and value.lower() in foreign_words() \
                    and (len(value) > 4 or _ASK_FOR_NOUN_CUE.fullmatch(cue.group("strong"))):
                continue  # "Pregunte por Recepción", "Fragen Sie nach Verfügbarkeit" (not "Vraag naar Wout")
            if not strong:
                from scrubber.name_filters import stop_words_abroad

                end = _WEAK_END.match(text, m.end())
                # (the clause goes on in English or, after another language's cue, in that language:
                # "falar com o Thảo sobre prazos")
                if end is None or end.group("w") and end.group("w") not in STOP_WORDS \
                        and end.group("w") not in _WHEN and not (
                            end.group("w") in stop_words_abroad()
                            and _ABROAD_CUE.fullmatch((cue.group("weak") or "").lower())):
                    continue
            found.append((m.start(), m.end(), SCORE_CUE_ONE))
    return found


# ---- a form field that holds a person, whatever the words of the name ----------------------------------
# "Borrower: Sunny Hall   SSN …", "Passenger 2: Will Short", "Client: Lovely Manalo", "Name: Hina Sheikh",
# "Employee: King, Sunny": after a label that names a person's part, a value of two or three capitalised words
# (or ``Last, First``) that ends the field is a name even when its words are ordinary English words (names
# often are: Sunny, Will, Hope, Rich, Short, Hall); not a team, a firm or a role ("Owner: Platform Team",
# "Client: Acme Holdings", "Contact: Customer Service"), and one word at least must be a listed name or look
# like one.
_PERSON_FIELDS = (
    r"name|full name|customer name|client name|contact name|patient name|account name|legal name|patient"
    r"|client|customer|borrower|co-borrower|employee|passenger|lead passenger|traveller|traveler|guest"
    r"|owner|co-owner|owner/vendor|vendor|seller|buyer|tenant|landlord|landlady|lodger|applicant"
    r"|co-applicant|candidate|caller|donor|student|pupil|policyholder|claimant|beneficiary|cardholder"
    r"|card holder|account holder|next of kin|guarantor|witness|referee|contact|emergency contact|mother"
    r"|father|guardian|spouse|partner|member|resident|insured|deceased|debtor|creditor|defendant|plaintiff"
    r"|respondent|requester|reporter|assignee|signatory|nominee|driver|consultant|gp|carer|caregiver"
    r"|patientin|patiente|paciente|cliente|kunde|kundin|klant|mieter|mieterin|vermieter|huurder|verhuurder"
    r"|locataire|propriétaire|inquilino|arrendatario|titular|acompanhante|passageiro|madre|padre"
    r"|mutter|vater|mère|père|moeder|vader|mãe|pai|ospite|intestatario|richiedente|wnioskodawca"
    r"|najemca|pacjent|pacjentka|klientka"
    # a ticket's or a file's people in Dutch and German: "Melder: Yaw Mensah (…)"
    r"|melder|aanvrager|contactpersoon|behandelaar|indiener|betrokkene|ansprechpartner|sachbearbeiter"
    r"|antragsteller"
    # a mail's sender, in several languages, before the address: "From: Lovely Macaraeg <lovely…@…>"
    r"|from|van|von|de|da|från|fra"
    # an invoice's or a parcel's person: "Bill to: Ailsa Grieve, 14 Ashgrove Park"
    r"|bill to|billed to|invoice to|ship to|deliver to|sold to"
)
_FIELD_PERSON = re.compile(
    rf"(?<![\w-])(?i:{_PERSON_FIELDS})(?:\(s\)|[ \t]+(?:\d{{1,2}}|[A-D]))?[ \t]*[:=][ \t]*(?:_{{2,}}[ \t]*)?"
    # (words one or two blanks apart: three or more end a form's field, "SURNAME: DUFF      FORENAME(S): …")
    rf"(?P<v>(?P<l>{_TW}),[ \t]*(?P<f>{_TW})|{_TW}(?:[ \t]{{1,2}}(?:{_LOW_PART}[ \t]+){{0,2}}{_TW}){{1,2}})"
    r"(?=[ \t]*(?:\n|$|[,;|(—–/<]|[ \t]-[ \t])|[ \t]{2,}|\t)")
_FIELD_NOT_NAMES = frozenset(
    "service services team department dept office desk unit ward clinic surgery practice hospital centre "
    "center group holdings ltd limited inc llc plc gmbh company corp corporation bank trust council "
    "school college university agency account accounts payable receivable finance billing "
    "support sales marketing legal operations admin administration management board committee "
    "customer customers client clients patient patients guest guests member members user users staff "
    "not applicable unknown none pending tbc tbd same above below see yes no".split())
SCORE_FIELD_PERSON = 0.87


@cache
def _person_field_words() -> frozenset[str]:
    return ascii_forms(first_words(_PERSON_FIELDS))


def names_in_person_fields(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of names in a field that holds a person (see the section's comment)."""
    if ":" not in text and "=" not in text:
        return []
    found = []
    # (tried only where a label's first word starts: what a scan finds, a fifth of the time)
    for m in matches_at(_FIELD_PERSON, text, 0, word_starts(text, _person_field_words())):
        value = m.group("v")
        words = [w.strip("'’") for w in re.findall(r"[\p{L}\p{M}'’-]+", value)]
        lows = [w.lower() for w in words]
        # (a stop word only as a listed given name first: "Will Short")
        if any(w in _FIELD_NOT_NAMES or w in _NOT_NAMES or w in tech_words()
               or w in STOP_WORDS and w not in NAME_PARTICLES and not (i == 0 and w in _WORD_NAMES)
               for i, w in enumerate(lows)) or _firm(value) or _firm(lows[-1]):
            continue
        names = [w for w in words if w.lower() not in NAME_PARTICLES]
        if any(_name_letters(w) or w.lower() in _WORD_NAMES for w in names):
            found.append((*m.span("v"), SCORE_FIELD_PERSON))
    return found


# Family name in capitals, then a given name: French and administrative style ("FOURNIER Marcelle").
_UPPER_FIRST = re.compile(
    rf"(?<![\w@.-]|\p{{Lu}}[ \t])(?P<l>\p{{Lu}}{{3,}}(?:-\p{{Lu}}{{2,}})?)[ \t]+(?P<f>{_TW})"
    rf"(?![\w@-]|[ \t]+\p{{Lu}})")
# (looked for only before a record's word, found first: one pass of a cheap pattern)
_RECORD_WORD = re.compile(r"[,;(][ \t]*(?i:dob|d\.o\.b|date of birth|born|b\.|geb|née?|nat[oa]|nacid[oa]"
                          r"|nascid[oa]|ssn|mrn|aged?|patient id|member id)(?![\w])"
                          # (a list's line may give the date of birth after a blank: "2) MARYAM BUTT dob …")
                          r"|(?<=\p{Lu})[ \t]+(?i:dob|d\.o\.b\.?)(?![\w])")
_CASED_BEFORE = re.compile(
    rf"(?<![\w@.-])(?P<v>{_UW}(?:[ \t]+{_UW}){{1,2}}|{_LW}(?:[ \t]+{_LW}){{1,2}})[ \t]*$")
# The name line of a machine-readable zone (ICAO 9303): the document's kind and country before a passport's
# (P<GBR…), alone on an ID card's third line; family names, "<<", given names, filled with "<" to the end.
_MRZ_NAME = re.compile(r"(?m:^[ \t]*(?:[PIACV][A-Z<][A-Z<]{3})?(?P<s>[A-Z]{2,}(?:<[A-Z]+)*)<<"
                       r"(?P<g>[A-Z]{2,}(?:<[A-Z]+)*)<{2,}[ \t]*$)")
_NICKNAME = re.compile(rf"(?<![\w@-])(?P<f>{_TW})[ \t]+[\"“'‘(]{_TW}[\"”'’)][ \t]+(?P<l>{_TW})(?![\w@-])")
_NICKNAME_GATE = re.compile(r"[ \t][\"“'‘(]\p{Lu}")  # (every match holds one)
_DASH_SIGNED = re.compile(
    rf"(?:(?<=[.!?…]|[.!?…][\"'’”»])[ \t]+|^[ \t]*)[-—–~]{{1,2}}[ \t]*(?P<v>{_TW}(?:[ \t]+{_TW}){{0,2}})"
    r"(?=[ \t]*(?:[\"'’”»)]|\n|$))", re.M)
SCORE_UPPER_FIRST = 0.87  # a listed given name after the capitals: above the model's LOCATION guess
# A line or list item that opens with a name and an age class in brackets: a booking's passengers, a form's
# children ("2. AL HASHIMI Samir (adult) – born …", "4. Hope (child, same surname as 1)", "- Kelsey (age 7)")
# (or one to three words of Arabic or Hebrew script: "3) يوسف (son/daughter) dob …")
_AR_W = r"[\p{Arabic}\p{Hebrew}][\p{Arabic}\p{Hebrew}\p{M}]+"
_AR_ITEM = rf"{_AR_W}(?:[ \t]{_AR_W}){{0,2}}"
_AR_ITEM_RE = re.compile(_AR_ITEM)
_AGED_ITEM = re.compile(
    rf"(?m:^[ \t]*(?:\d{{1,2}}[.)]|[-*•])?[ \t]*(?P<v>(?:{_LOW_PART}[ \t]+)?(?:{_UW}|{_TW})"
    rf"(?:[ \t]+(?:{_LOW_PART}|{_UW}|{_TW})){{0,3}}|{_AR_ITEM})[ \t]*\("
    r"(?:(?i:adult|child|infant|minor|kid|teen|teenager"
    r"|toddler|baby|senior|youth|age[ \t]?\d|aged[ \t]\d|\d{1,2}[ \t]?(?:y|yo|yrs?|years?|months?|mos?)"
    r"|adulte|enfant|bébé|erwachsener?|adulto|adulta|niño|niña|bambino|bambina|criança|volwassene"
    # or a family relation: a form's dependants ("3) Shahzaib (son/daughter) dob …", "- Wen (wife)")
    r"|son|daughter|wife|husband|spouse|dependant|dependent|mother|father|brother|sister|grandson"
    r"|granddaughter|nephew|niece|fils|fille|épouse|époux|hijo|hija|esposa|esposo|filho|filha|sohn|tochter"
    r"|ehefrau|ehemann|figlio|figlia|moglie|marito|anak|isteri|suami)"
    r"|Kind)(?![\p{L}-]))")
# ... or with the age after a comma: "Rigoberto, age 7, is allergic …", "- Tavita, 12 years old" (session 23)
_AGED_COMMA = re.compile(
    rf"(?m:^[ \t]*(?:\d{{1,2}}[.)]|[-*•])?[ \t]*(?P<v>(?:{_LOW_PART}[ \t]+)?(?:{_UW}|{_TW})"
    rf"(?:[ \t]+(?:{_LOW_PART}|{_UW}|{_TW})){{0,3}})[ \t]*,[ \t]*"
    r"(?i:age[ \t]?\d|aged[ \t]\d|\d{1,2}[ \t]?(?:years?[ \t]+old|yrs|y/?o)\b))")
_AGED_GATE = re.compile(r",[ \t]*(?i:age|\d)")  # (what every match of it holds)
# A name with its father's or husband's after "S/O", "D/O", "W/O" (son, daughter, wife of), as Indian and
# Malaysian forms write it: "Ramesh S/O Krishnan", "PRIYA D/O MUTHU" (session 23)
_CASED_WORD = rf"(?:{_TW}|{_UW})"
_SON_OF = re.compile(rf"(?<![\w-])(?P<v>{_CASED_WORD}(?:[ \t]+{_CASED_WORD}){{0,2}}"
                     rf"[ \t]+(?i:[sdw][ \t]?/[ \t]?o)[ \t]+{_CASED_WORD}(?:[ \t]+{_CASED_WORD}){{0,2}})"
                     r"(?![\w@-])")
# Scripts whose words spaced apart in Latin-script text are read as a name: Arabic, Hebrew, Cyrillic, Greek,
# and the scripts of South and South-East Asia and the Caucasus (no model here reads any of them)
_OTHER_SCRIPTS = (r"\p{Arabic}\p{Hebrew}\p{Cyrillic}\p{Greek}\p{Armenian}\p{Georgian}\p{Devanagari}"
                  r"\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}"
                  r"\p{Sinhala}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Ethiopic}")
_RTL = re.compile(rf"[{_OTHER_SCRIPTS}]")
# (no letter of those scripts comes before the Greek block: a text whose every character does is not scanned)
_RTL_FLOOR = "\u0370"


def _other_script(text: str) -> bool:
    """Whether the text holds a letter of ``_OTHER_SCRIPTS``."""
    return not text.isascii() and max(text) >= _RTL_FLOOR and _RTL.search(text) is not None


_LATIN = re.compile(r"\p{Latin}")
# a word of those scripts: a letter, then letters or the marks written on them (Arabic vowel marks have no
# script of their own; Indic vowel signs are spacing marks)
_RTL_W = rf"[{_OTHER_SCRIPTS}][{_OTHER_SCRIPTS}\p{{M}}]+"
_RTL_WORD = re.compile(_RTL_W)
_RTL_RUN = re.compile(rf"(?<!\w){_RTL_W}(?:[ \t]+{_RTL_W}){{1,2}}(?!\w)")


def _upper_then_given(value: str) -> bool:
    """Family name in capitals, then given names: each word a name's (or a particle), one listed or alike."""
    words = value.split()
    return all(w.lower() in NAME_PARTICLES or person_word(w, True, place_ok=True) for w in words) \
        and not _firm(value) and not all(w.lower() in NAME_PARTICLES for w in words[:-1]) \
        and any(_name_letters(w) for w in words)


# A login in lower case told in prose, before its password or the sentence's end: a listed given name is a
# person's ("The admin login is irina / …", "username: kate, password …"; not "login is admin / …")
_LOGIN_HINT = re.compile(r"(?i:login|user)")
_LOGIN_NAME = re.compile(r"(?i:login|username|user name|user)(?:[ \t]+(?:name[ \t]+)?is|[ \t]*[:=])[ \t]+"
                         r"(?P<v>\p{Ll}[\p{Ll}\p{M}]{2,15})"
                         r"(?=[ \t]*(?:[/,;.)]|\n|$|[ \t]+(?:and|with|pw|pass)))")


def _aged_name(value: str) -> bool:
    """Words before an age class that make a person's name: no ordinary word (a name that is one aside:
    "Hope", "Joy"; a family name in capitals before a given name: "TANG Zhenyu", "LITTLE Dana"), no firm,
    one word at least listed or name-like; a place alone only if a given name too."""
    if _AR_ITEM_RE.fullmatch(value):
        return True  # Arabic or Hebrew words alone before an age or a relation: a name (no list reads them)
    words = [w for w in value.split() if w.lower() not in NAME_PARTICLES]
    surname = len(words) > 1 and not words[-1].isupper()
    if len(words) == 1 and words[0].lower() in places() and not _given(words[0]):
        return False  # a trip's stop: "- Lisbon (adult only hotel)"
    return bool(words) and all(person_word(w, True, place_ok=True) or w.lower() in _WORD_NAMES
                               or surname and w.isupper() and w.lower() not in STOP_WORDS for w in words) \
        and not _firm(value) and any(_name_letters(w) or w.lower() in _WORD_NAMES for w in words)


def _greeting_name(cue: re.Match, word: str) -> bool:
    """A word in lower case after a greeting that no list marks as ordinary: a voice note's or a chat's name
    ("hey tobiah it's me", "servus korbinian du"; not "hi team", "hallo zusammen")."""
    return cue.group("other") is not None and _GREETING.fullmatch(cue.group("other")) is not None \
        and _lower_word_a_name(word)


def _upper_alone(cue: re.Match, word: str) -> bool:
    """One word in capitals after a cue that is a family name ("Surname: OKONJO", "held by PETERSEN"); after
    a greeting or a weak cue, the capitals are no acronym of three letters or fewer ("Hi IT,", "call HR")."""
    if cue.group("other") and _HONORIFIC_WORD.fullmatch(cue.group("other")):  # "MRS. NAKAMURA disagreed"
        return person_word(word, True, place_ok=True) and not _firm(word)
    return (len(word) > 3 or cue.group("strong") is not None) and _family_upper(word) and not _firm(word)


def _family_upper(word: str) -> bool:
    """A family name in capitals: no ordinary or brand word, listed or name-like letters."""
    return person_word(word, True) and _name_letters(word) \
        and word.lower() not in places() and any(c in "AEIOUYÀ-ÖØ-Ý" for c in word)


def _given(word: str) -> bool:
    from scrubber.recognizers.name_shapes import _fold, lists

    return _fold(word.lower()) in lists()[0] and person_word(word, True)


# The strong cues after which one word in lower case is taken: introductions
_INTRODUCTION = re.compile(r"(?i)name|heiße|heisse|appelle|llamo|chiamo|nome|naam|heet|heter|navn|adım"
                           r"|call me")


def _lower_name_alone(word: str) -> bool:
    """One word in lower case after a strong cue that may be a name ("my name is yossi how can i help")."""
    return word not in _WHEN and person_word(word, True) and (listed_name(word) or _likeness(word) > WEAK_CUT)


def _marked_last_first(last: str, first: str, in_prose: bool) -> bool:
    """A family name with its particles or prefix, then a listed given name; not two places ("Le Mans,
    Paris", "Del Rio, Texas": many family names are towns too, "Ahlen", "La Grange"), no brand ("de Siemens,
    Porsche y …"). A lower-case particle after a lower-case word may be a preposition ("devolución de …"):
    then only a given name of the hand-made lists counts."""
    from scrubber.recognizers.name_shapes import _fold, hand_given

    # (after a particle the family name may be a word: "La Grange", "de Wit"; a given name of the hand-made
    # lists may be a town too: "Del Rio, Carmen")
    family, given = last.split()[-1], first.split()[0]
    if family.lower() in brands() or given.lower() in brands() \
            or in_prose and last[0].islower() and _fold(given.lower()) not in hand_given():
        return False
    return _given(given) and not _firm(last) and (
        person_word(family, True, place_ok=True) or " " in last and family.lower() not in STOP_WORDS) \
        and not (given.lower() in places() and given.lower() not in hand_given()
                 and (last.lower() in places() or family.lower() in places()))


def _last_first(last: str, first: str) -> bool:
    """Both words may be a name's (one of them a place's name too: "Shevchenko" is a town), not both places
    ("Lyon, France")."""
    last, first = last.strip(), first.strip()
    return person_word(last, True, place_ok=True) and person_word(first, True, place_ok=True) \
        and not (last.lower() in places() and first.lower() in places())


def _a_named_pair(last: str, first: str) -> bool:
    """``Last, First`` read as one name: both words may be a name's (``_last_first``) and one is listed or
    looks like a name."""
    return _last_first(last, first) and (listed_name(last) or listed_name(first)
                                         or max(_likeness(last), _likeness(first)) > 0.3)


_WORD_IN = re.compile(r"[\p{L}\p{M}'’-]+")


# A name in capitals alone on the first line of a text, or of what follows a line ending in a colon, with
# more lines after it: the head of a CV or a letter ("MARELIZE STEENKAMP\nSenior Analyst | +27 …", "Fix my
# CV:\nPRIYA RAMASWAMY\nData Engineer"). Judged like a name in capitals after a cue (``_cased_name``: no
# ordinary word, one word listed or name-like), so a heading ("MARKETING STRATEGY", "PROJECT PHOENIX") stays.
# (or the head of a document pasted under the prompt's one-line request: "Rewrite my CV\n\nZINTLE SISULU\n…")
_NAME_LINE = re.compile(rf"(?:\A|(?<=:[ \t]*\n)|(?<=\A[^\n]{{1,200}}\n))[ \t]*(?:\n[ \t]*)*"
                        rf"(?P<v>{_UW}(?:[ \t]+{_UW}){{1,3}})[ \t]*\n(?=[ \t]*\S)")


def _name_lines(text: str) -> list[re.Match]:
    """What ``_NAME_LINE.finditer(text)`` finds, tried only where a match may start (its scan tried the
    lookbehinds at every character, session 30): the text's start, the second line's when the first has 1 to
    200 characters, and each line's after a line ending in a colon (blanks after it aside)."""
    first = text.find("\n")
    if first < 0:  # (a match ends on a line break)
        return []
    starts = [0]
    if 1 <= first <= 200:
        starts.append(first + 1)
    at = first
    while at >= 0:
        before = at - 1
        while before >= 0 and text[before] in " \t":
            before -= 1
        if before >= 0 and text[before] == ":":
            starts.append(at + 1)
        at = text.find("\n", at + 1)
    out: list[re.Match] = []
    end = 0
    for start in sorted(set(starts)):
        if start >= end and (m := _NAME_LINE.match(text, start)) is not None:
            out.append(m)
            end = m.end()
    return out


# (a head line over a contact block: an e-mail address or a phone number within the next three lines)
_CONTACT_BELOW = re.compile(r"(?:[^\n]*\n){0,3}?[^\n]*(?:@[\w-]+\.|\+?\d[\d ()-]{7,}\d)")


def _contact_head(text: str, m: re.Match) -> tuple[int, int] | None:
    """A CV's or a letter's head in capitals over its owner's contact details ("ZODWA NKOSI\n12 Long Street\n
    Cell: 082 …"): two or three words that no list holds are a name there too, no ordinary word, place or
    firm among them."""
    words = m.group("v").split()
    if len(words) > 3 or not _CONTACT_BELOW.match(text, m.end()) or _firm(m.group("v")) \
            or not all(person_word(w, True) and w.lower() not in foreign_words() for w in words):
        return None
    return m.span("v")


def _cased_name(text: str, start: int, value: str) -> tuple[int, int] | None:
    """The span of a lower- or upper-case name of two or three words at ``start`` (trailing ordinary words
    left out), or None: no ordinary word, particles aside (but a given name that is a word before a listed
    family name: "caller: blessing okafor", "HOPE MENSAH"); one word at least name-like or listed."""
    from scrubber.recognizers.name_likeness import likeness
    words = list(_WORD_IN.finditer(value))
    # (a word of another language's prose after two name words is the clause going on: "gebruiker lieve
    # vandenbroucke |belde|")
    while words and (not person_word(words[-1].group(), True) or len(words) > 2
                     and words[-1].group().lower() in foreign_words() and not listed_name(words[-1].group())):
        words.pop()
    names = [w.group() for w in words if w.group().lower() not in NAME_PARTICLES]
    worded = len(names) >= 2 and names[0].lower() in _WORD_NAMES and names[0].lower() not in _MONTHS \
        and _lower_family(names[-1].lower(), _family_names(), lambda w: w)
    if worded:
        names = names[1:]  # (the rest judged alone)
    if len(names) < 2 - worded or not all(person_word(w, True) for w in names) \
            or not any(listed_name(w) or likeness(w) > 0.3 for w in names) \
            or _firm(" ".join(names)):
        return None
    return start + words[0].start(), start + words[-1].end()


# ---- a capitalised word where only a person fits (issue #19) ---------------------------------------------
# "escalating to Summer in billing", "Booked by Will in the travel team", "see Matthilda's note", "so Honor
# covers", "- Eugene to send the quote". Given names that are also English words ("Will", "Summer", "Honor",
# "Precious") are never taken after the cues above; in these slots they are. Mid-sentence only (a word at a
# sentence's start is capitalised anyway), never a weekday, month, brand, firm or (unless a name list holds
# it) a place.
_WORD_NAMES = frozenset(
    "will honor honour precious chance summer autumn hope faith grace joy patience mercy charity constance "
    "prudence destiny harmony trinity liberty justice sky river rain storm sunny ruby pearl jade amber ivy "
    "holly daisy rose lily violet iris jasmine heather olive ginger sandy misty dawn star robin wren sage "
    "june april may august bill mark frank guy jack rob pat ray drew chase hunter mason miles dean gene "
    "blessing gift lucky promise favour favor goodness".split())
# Two of them joined by "and" are two people mid-sentence ("a table for Will and Faith", "Last week Precious
# and Blessing handed in their notice") and at a sentence's start before a person's verb ("Summer and Autumn
# will present"); never two months ("between April and May").
_SLOT_PAIR = re.compile(r"(?<![\w-])(?P<w>\p{Lu}\p{Ll}+)[ \t]+(?:and|&)[ \t]+(?P<w2>\p{Lu}\p{Ll}+)(?![\w@-])")
_PAIR_VERB = re.compile(r"[ \t]+(?:will|would|can|could|should|must|have|had|has|were|are)?[ \t]*"
                        r"(?:present|presented|said|say|asked|ask|joined|join|left|leave|handed|agreed|agree|told"
                        r"|called|emailed|wrote|sent|send|met|meet|signed|sign|lead|led|host|hosted|cover|covered"
                        r"|review|reviewed|arrive|arrived|start|started|resigned|quit)\b")
_MONTHS = _WORD_NAMES & _NOT_PERSON  # april, may, june, august
# The verbs before "to" and "by" whose object is a person: "escalating to Summer", "Booked by Will",
# "handed it over to …", "picked up by …"; and "contact for", "parent of".
_SLOT_VERBS = {
    "to": frozenset(
        "escalate escalates escalated escalating hand hands handed handing pass passes passed passing "
        "forward forwards forwarded forwarding reports reported reporting talks talked talking speak speaks "
        "speaking spoke spoken reach reached reaching reply replied replies replying went go goes going sent "
        "send sending assign assigns assigned assigning reassign reassigns reassigned reassigning".split()),
    "by": frozenset(
        "booked approved signed covered handled organised organized arranged prepared drafted reviewed "
        "requested raised reported written led run hosted owned managed picked taken escalated referred "
        "recommended sent submitted checked called emailed seen treated interviewed hired supervised coached "
        "mentored trained examined accompanied visited contacted".split()),
    "for": frozenset("contact parent guardian carer".split()),
    "of": frozenset("contact parent guardian carer".split()),
}
_SLOT_FILLERS = frozenset("it this that them over on out up".split())  # "handed it over to", "picked up by"
# (found from the preposition before a capitalised word; the verb before it is looked up: one big
# case-insensitive alternation tried at every character cost ten times as much)
_SLOT_BEFORE = re.compile(r"(?<![\w-])(?P<p>(?i:to|by|for|of))[ \t]+(?P<w>\p{Lu}[\p{Ll}\p{M}]+)(?![\w@-])")
_WORD_RUN = re.compile(r"[^\W\d_]+")


def _person_verb_before(text: str, m: re.Match) -> bool:
    """Whether the words before the preposition of an ``_SLOT_BEFORE`` match are a person's verb."""
    words = _WORD_RUN.findall(text, max(0, m.start() - 40), m.start())
    while words and words[-1].lower() in _SLOT_FILLERS:
        words.pop()
    return bool(words) and words[-1].lower() in _SLOT_VERBS[m.group("p").lower()] \
        and text[m.start() - 1:m.start()] in " \t"


_PERSON_THINGS = (
    "note|notes|comment|comments|email|e-mail|mail|message|reply|answer|feedback|review|approval|request"
    "|idea|suggestion|point|question|desk|laptop|manager|team|mum|mom|dad|wife|husband|son|daughter|kids"
    "|birthday|leave|shift|calendar|draft|notes|handover|sign-off|signature|ticket|pr|branch|account")
_VERBS_AFTER = ("covers", "will cover", "is covering", "is out", "is off", "is on leave", "owns the",
                "joins from", "will drive", "will pick up", "will send")
_SLOT_AFTER = re.compile(
    rf"(?<![\w@.-])(?P<w>\p{{Lu}}[\p{{Ll}}\p{{M}}]+)(?:['’]s[ \t]+(?:{_PERSON_THINGS})\b"
    rf"|[ \t]+(?:{'|'.join(_VERBS_AFTER)}))")
_SLOT_AFTER_NEEDS = ("'s", "’s", *_VERBS_AFTER)  # (one of them is in every match)
# a given name that is a word, greeted: "Hi Will,", "Dear Honor,"
_SLOT_GREETING = re.compile(r"(?i:(?<![\w-])(?:hi|hey|hello|dear|hallo|hola|ciao|bonjour|hej|thanks"
                            r"|thank[ \t]+you)[ \t]+)(?P<w>\p{Lu}\p{Ll}+)(?=[ \t]*[,!:])")
# an action item: "- Eugene to send the revised quote", "* Summer will review"
_SLOT_ACTION = re.compile(r"(?m:^[ \t]*[-*•][ \t]+(?P<w>\p{Lu}[\p{Ll}\p{M}]+)[ \t]+(?:to|will|should|must)"
                          r"[ \t]+\p{Ll})")


# a family by its name: "Welcome to the Antoniou house!", "the Okafor family", "the Nakamura twins" (a name's
# word, listed or name-like: not "the White House", "the Opera House", "the Google home")
_FAMILY_NAMED = re.compile(r"(?<![\w-])(?i:the)[ \t]+(?P<w>\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]+)[ \t]+"
                           r"(?:family|families|household|house|residence|home|twins|kids|children)(?![\w-])")
_FAMILY_WORDS = ("family", "families", "household", "house", "residence", "home", "twins", "kids", "children")


# A handle after "posted by" in a forum or ticket, in several languages: "posted by yael.c", "Posté par
# ndeye.d"
_POSTED_BY = re.compile(
    r"(?i:\b(?:posted|written|asked|answered|replied|shared)[ \t]+by"
    r"|posté[ \t]+par|publié[ \t]+par|écrit[ \t]+par|gepostet[ \t]+von|geschrieben[ \t]+von|erstellt[ \t]+von"
    r"|publicado[ \t]+por|escrito[ \t]+por|pubblicato[ \t]+da|scritto[ \t]+da|geplaatst[ \t]+door)[ \t]+@?"
    r"(?P<w>\p{L}[\p{L}\p{N}]*(?:[._-][\p{L}\p{N}]+)+|\p{L}+\d+)(?![\w@.-])")
# What every one of its verbs holds in ASCII ("posté" "post", "écrit" and "scritto" "crit"): a text without
# any is not scanned for it (``holds_any``, in any case as the pattern's (?i)).
_POSTED_BY_WORDS = ("post", "written", "asked", "answered", "replied", "shared", "publi", "pubbl", "crit",
                    "geschrieben", "erstellt", "geplaatst")
# The greeting slot is tried only where one of its greetings starts (``word_starts``): they are rare words.
_GREETING_FORMS = ascii_forms(("hi", "hey", "hello", "dear", "hallo", "hola", "ciao", "bonjour", "hej",
                               "thanks", "thank"))


def names_in_slots(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of one capitalised word where only a person fits (see the section's comment)."""
    posted = _POSTED_BY.finditer(text) if holds_any(text, _POSTED_BY_WORDS) else ()
    found = [(*m.span("w"), SCORE_CUE_ONE) for m in posted
             if sum(c.isalpha() for c in m.group("w")) >= 3 and _a_speaker(m.group("w"))]  # (not "v2.3")
    if " and " in text or "&" in text:
        for m in _SLOT_PAIR.finditer(text):
            words = (m.group("w").lower(), m.group("w2").lower())
            if any(w in _MONTHS for w in words) or not any(w in _WORD_NAMES for w in words) \
                    or not all(w in _WORD_NAMES or _given(w.title()) for w in words):
                continue
            if _CLAUSE_START.search(text, max(0, m.start() - 3), m.start()) \
                    and not _PAIR_VERB.match(text, m.end()):
                continue  # a sentence's first words, no person's verb after them
            found += [(*m.span("w"), SCORE_CUE_ONE), (*m.span("w2"), SCORE_CUE_ONE)]
    if any(w in text for w in _FAMILY_WORDS):
        found += [(*m.span("w"), SCORE_CUE_ONE) for m in _FAMILY_NAMED.finditer(text)
                  if person_word(m.group("w"), False) and _name_letters(m.group("w"))
                  and not _firm(m.group("w"))]
    for pattern in (_SLOT_BEFORE, _SLOT_AFTER, _SLOT_ACTION, _SLOT_GREETING):
        if pattern is _SLOT_AFTER and not any(w in text for w in _SLOT_AFTER_NEEDS):
            continue
        matches = (matches_at(pattern, text, 0, word_starts(text, _GREETING_FORMS))
                   if pattern is _SLOT_GREETING else pattern.finditer(text))
        for m in matches:
            if pattern is _SLOT_BEFORE and not _person_verb_before(text, m):
                continue
            word = m.group("w")
            low = word.lower()
            if pattern is _SLOT_GREETING and low not in _WORD_NAMES:
                continue  # (other names after a greeting are the greeting pattern's)
            if low in _WORD_NAMES:
                first = _CLAUSE_START.search(text, max(0, m.start("w") - 3), m.start("w"))
                if first and pattern not in (_SLOT_ACTION, _SLOT_GREETING):
                    continue  # a sentence's first word
            elif not person_word(word, pattern is _SLOT_BEFORE) or _firm(word):
                continue
            found.append((*m.span("w"), SCORE_CUE_ONE))
    return found


# ---- given names in text written in lower case (issue #19) ------------------------------------------------
# Voice-note transcripts and quick chat messages are often written all in lower case, in any language:
# "servus hier ist der florian, … ruf mal die sabine an", "oi aqui é a fernanda", "mehmet abi merhaba ben
# serkan". On a line that is so written (six words or more, its first word and nearly all others in lower
# case: a sentence's start is not capitalised), a given name of the lists is a person unless it is an
# ordinary word of English or of another language ("rosa", "paz", "deniz" are words too), a place's name or a
# tech word; in text of another language, only a name of the hand-made list counts (census names are words
# there: "gita", "mira"). A family name of the lists right after it is the name's second word ("busra sahin").
_LOWER_LINE_WORD = re.compile(r"(?<![\w@./\\-])[^\W\d_][\p{L}\p{M}]*(?:['’][\p{L}]+)?(?![\w@/\\-]|\.\w)")
# a label before the line's words: "Voice note transcript (auto): ", "[00:00:09] SPEAKER_02: "
_LINE_LABEL = re.compile(r"^[^\n:]{0,40}:[ \t]+")
# Given names of the lists that are ordinary words of other languages, said in lower case.
_GIVEN_WORDS = frozenset(
    "rosa sol luz paz mar bella bello linda clara flor rey reina angel ángel santos dolores mercedes pilar "
    "consuelo amparo socorro rocio rocío blanca nieves gloria victoria felix félix fortunato felice serena "
    "vera franco marina speranza amato benvenuto constant constance aimé désiré ange rose claire blanche "
    "ernst frieda deniz umut özgür barış yıldız güneş nur su ay ilk bahar bulut çiçek doğa irmak kader "
    "sevgi şafak tan toprak yağmur hilal güven cihan can aurora ola ali emin ela tina maya pia nina "
    "alba fé graça glória bela sara lara mara dana mira vale amor cielo dulce estrella esperanza alegría "
    "alegria caridad luna sole luce fortuna primo santo cruz santa pastor leal justo clemente fidel modesto "
    "ventura paloma nieve salvador jesús jesus belle céleste fleur prosper modeste france heide roos ben "
    "gül yaz ada hayat zafer onur bilge kaya ışık neşe şeker mutlu ümit derya aslan sevda yasemin "
    "vitória vitoria esperança conceição aparecida dores mercês vitoria victoire constance espérance "
    "vittoria letizia gioia "
    # months and weekdays of other languages, some of them given names too ("augustus", "julio", "domingo")
    "januari februari maart mei juni juli augustus oktober januar februar märz mai august dezember janvier "
    "février mars avril juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo "
    "junio julio agosto septiembre octubre noviembre diciembre janeiro fevereiro março maio junho julho "
    "setembro outubro dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "domingo lunes martes jueves viernes sábado sabado samedi dimanche sonntag samstag zondag zaterdag "
    "domenica sabato "
    # hand-listed given names that are English or other languages' words too
    "floor amber marine bas mina sem ida lea hai".split())
_LOWER_SHARE = 0.85


def names_in_lower_case(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of given names of the lists on lines written in lower case (see above)."""
    from scrubber.casing import prose_abroad
    from scrubber.recognizers.name_shapes import _fold, lists

    given, family, _, _ = lists()
    found: list[tuple[int, int, float]] = []
    abroad: bool | None = None
    whole: bool | None = None  # the whole text written in lower case: then short lines count too
    at = 0
    lines = text.split("\n")
    for line in lines:
        start, at = at, at + len(line) + 1
        if len(line) < 30:
            if whole is None:
                whole = _all_lower(text, lines)
            if not whole or len(line) < 8:
                continue
        label = _LINE_LABEL.match(line)
        body = line[label.end():] if label else line
        if not body[:1].islower():  # (most lines: no word need be read)
            continue
        words = [m for m in _LOWER_LINE_WORD.finditer(line, label.end() if label else 0)]
        if len(words) < (3 if len(line) < 30 else 6) or not words[0].group().islower() \
                or sum(m.group().islower() for m in words) < _LOWER_SHARE * len(words):
            continue
        i = 0
        while i < len(words):
            m, i = words[i], i + 1
            if not m.group().islower() or not _lower_given(m.group(), given, _fold) \
                    or _in_place_name(words, i - 1):
                continue
            if abroad is None:
                abroad = prose_abroad(text)
            if abroad and _fold(m.group()) not in _hand_given():
                continue  # (in another language, only the hand-made list: census names are words there)
            end = m.end()
            if i < len(words) and words[i].start() - end == 1 and line[end] == " " \
                    and _lower_family(words[i].group(), family, _fold):
                end, i = words[i].end(), i + 1
            found.append((start + m.start(), start + end, SCORE_CUE_ONE))
    return found


def _family_names() -> frozenset[str]:
    from scrubber.recognizers.name_shapes import lists

    return lists()[1]


def _all_lower(text: str, lines: list[str]) -> bool:
    """Whether a text of three lines or more, fifteen words or more, is written in lower case: a transcript or
    a chat whose short lines ("kemal will handle the invoices", "sofia you're on mute") are judged with it."""
    if len(lines) < 3:
        return False
    firsts = [line.lstrip()[:1] for line in lines]
    if sum(c.isupper() for c in firsts) > 0.15 * len(firsts):  # (cheap: most texts' lines start capitalised)
        return False
    words = _LOWER_LINE_WORD.findall(text)
    return len(words) >= 15 and sum(w.islower() for w in words) >= _LOWER_SHARE * len(words)


def _in_place_name(words: list[re.Match], i: int) -> bool:
    """Whether words[i] and the word before or after it are a place's name ("são paulo", "santa maria")."""
    pairs = ((i - 1, i), (i, i + 1))
    return any(0 <= a and b < len(words) and f"{words[a].group()} {words[b].group()}".lower() in places()
               for a, b in pairs)


def _lower_given(low: str, given: frozenset[str], fold) -> bool:
    """A given name of the lists in lower case that is no ordinary word anywhere, place or tech word."""
    if len(low) < 3 or low in _GIVEN_WORDS or _ordinary_anywhere(low):
        return False
    if fold(low) not in given:
        return False
    return low not in places() or fold(low) in _hand_given()


def _lower_family(low: str, family: frozenset[str], fold) -> bool:
    """A family name of the lists in lower case after a given name ("busra sahin"): no ordinary word."""
    return low.islower() and len(low) >= 3 and fold(low) in family and not _ordinary_anywhere(low)


def _ordinary_anywhere(low: str) -> bool:
    """An ordinary, stop or tech word of English, or an ordinary or stop word of another language."""
    from scrubber.name_filters import stop_words_abroad

    return low in _never() or low in foreign_words() or low in foreign_words(family=True) \
        or low in stop_words_abroad()


@cache
def _hand_given() -> frozenset[str]:
    from scrubber.recognizers.name_shapes import hand_given

    return hand_given()


# A name in lower case before a Turkish title, as a voice note writes it: "mehmet abi merhaba", "bir de busra
# sahin hanım aradı", "ahmet bey". One or two words, each no ordinary word of any language we know.
_BEFORE_TITLE = re.compile(r"(?<![\w-])(?P<v>\p{Ll}[\p{Ll}'’-]{1,20}(?:[ \t]\p{Ll}[\p{Ll}'’-]{1,20})?)[ \t]+"
                           r"(?:abi|abla|abim|ablam|hanım|hanim|hanımefendi|bey|beyefendi|hocam)(?![\w-])")
# (what a text needs for the pattern to be tried: a title after a blank, in the pattern's case; "han" alone
# was in "than", "thanks", "change": session 30)
_TITLE_WORDS = tuple(f"{blank}{title}" for title in ("abi", "abla", "hanım", "hanim", "bey", "hocam")
                     for blank in " \t")
# A name in Cyrillic or Greek letters before a capitalised Turkish title, as a Turkish form addresses a
# foreign customer: "Ирина Hanım/Bey iadeyi istiyor", "Σοφία Hanım" (no Latin word: the model reads those)
_SCRIPT_BEFORE_TITLE = re.compile(
    r"(?<![\w-])(?P<v>(?=[\p{Cyrillic}\p{Greek}])\p{Lu}[\p{Cyrillic}\p{Greek}]{1,20}"
    r"(?:[ \t](?=[\p{Cyrillic}\p{Greek}])\p{Lu}[\p{Cyrillic}\p{Greek}]{1,20})?)[ \t]+"
    r"(?:Hanım|Hanim|Hanımefendi|Bey|Beyefendi|HANIM|BEY)(?![\w-])")


# A person's relative or companion names the person: "Kwabena (van der Merwe's plus-one)", "Bartholomew's
# wife"; the guest before such a bracket is a person too.
_OWNER = rf"(?:{_LOW_PART}[ \t]+){{0,2}}{_TW}(?:[ \t]+(?:{_LOW_PART}[ \t]+){{0,2}}{_TW}){{0,2}}"
# (the relation found first, from its possessive; then the owner before it, read back from there)
_RELATION_AFTER_S = re.compile(
    rf"['’]s[ \t]+(?i:(?:new|late|former|ex-?)[ \t]+)?"
    rf"(?i:{_RELATION_NOUNS}|plus-?one|plus one|\+1|date|spouse)(?![\w-])")
_OWNER_BEFORE = re.compile(rf"(?:(?P<g>{_TW})[ \t]*\([ \t]*)?(?<![\w@.-])(?P<v>{_OWNER})\Z")
# A stand-up's items in lower case, on one line between semicolons or on lines of their own: "notes: ibrahim –
# finishing the export; zofia kaminska – on leave" (two items or more of words no list marks as ordinary, a
# listed name's among them)
_LOWER_ITEM = re.compile(r"(?:^[ \t]*(?:[-*•][ \t]+)?|(?<=[;:\n])[ \t]*)"
                         r"(?P<v>\p{Ll}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Ll}[\p{Ll}\p{M}'’-]+){0,2})"
                         r"[ \t]+[-–—][ \t]+\p{L}", re.M)


# A name in lower case after a sign-off and a comma at the end of a line: "thanks, ngozi okafor-bright"
_SIGNED_LOWER = re.compile(
    rf"(?m:(?:^|(?<=[.!?][ \t]))[ \t]*(?i:{_SIGN_OFFS}),[ \t]*"
    r"(?P<v>\p{Ll}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’-]+){0,2})[ \t]*$)")
_SIGNED_LOWER_TAIL = re.compile(  # (how each match of it ends: a text without one is not scanned for it)
    r"(?m:,[ \t]*\p{Ll}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’-]+){0,2}[ \t]*$)")


# ... or after a dash at the message's end, on its own line or after the last sentence: "…ring me back plz\n-
# adebola", "thanks!! - trevor" (a listed given name first)
_DASHED_LOWER = re.compile(r"(?:(?<=[.!?…])[ \t]+|(?m:^)[ \t]*)[-–—~]{1,2}[ \t]*"
                           r"(?P<v>\p{Ll}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’-]+)?)\s*\Z")


# A signature's or a directory's line: a name of two or three words (capitalised or in capitals) at the line's
# start, then a separator and a phone number or an e-mail ("MARIA GOMEZ | +34 600 123 456", "Ines Faria —
# ines@…")
_NW = r"\p{Lu}(?:[\p{Ll}\p{M}'’-]+|[\p{Lu}\p{M}'’-]+)"
_CONTACT_LINE = re.compile(
    rf"(?m:^[ \t]*(?P<v>{_NW}(?:[ \t]+{_NW}){{1,2}})[ \t]*(?:[|—–·,]|\((?=[^()\n]*\)[ \t]*$))[ \t]*"
    r"(?=\+?\(?\d[\d ()./-]{5,}|[\w.+-]+@))")


# ... or after a label's colon: "Parent contact for Chelsea: Tilo, +61 499 446 077", "Referee: Ana Ruiz, 010"
_CONTACT_AFTER_LABEL = re.compile(
    rf"(?<=\p{{L}}[ \t]{{0,3}}):[ \t]*(?P<v>{_NW}(?:[ ]{_NW}){{0,2}})[ \t]*[|—–·,][ \t]*"
    r"(?=\+?\(?\d[\d ()./-]{5,}|[\w.+-]+@)")


# A chat's event line: who joined, left or is typing ("[14:02:11] Temperance joined the conversation")
_CHAT_EVENT = re.compile(
    r"(?m:^[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?(?P<v>\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?)"
    r"[ \t]+(?:has[ \t]+)?(?:joined|left|is typing|was added|was removed|entered|ended|started)\b)")


def _lower_name_run(words: list[str]) -> bool:
    """Lower-case words that may all be a name's: no stop word, each listed or no ordinary word anywhere."""
    return all(w not in STOP_WORDS and (_lower_word_a_name(w) or listed_name(w)) for w in words)


def people_by_frame(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of people named by a relative or companion, by a stand-up's items, by a sign-off in
    lower case, by a chat's event line and by a contact line (above)."""
    found = []
    if "'s" in text or "’s" in text:
        for rel in _RELATION_AFTER_S.finditer(text):
            m = _OWNER_BEFORE.search(text, max(0, rel.start() - 80), rel.start())
            if m is None:
                continue
            words = list(re.finditer(r"\S+", m.group("v")))
            while words and words[0].group() not in NAME_PARTICLES \
                    and not person_word(words[0].group(), False):  # "Tell Bartholomew's wife"
                words.pop(0)
            if words and all(w.group() in NAME_PARTICLES or person_word(w.group(), False) for w in words):
                found.append((m.start("v") + words[0].start(), m.end("v"), SCORE_CUE_ONE))
                if m.group("g") and person_word(m.group("g"), False):
                    found.append((*m.span("g"), SCORE_CUE_ONE))
    if " – " in text or " - " in text or " — " in text:
        items = [m for m in _LOWER_ITEM.finditer(text)
                 if _lower_name_run(m.group("v").split())
                 and not _HEADINGS.intersection(m.group("v").split())]
        if len(items) >= 2 and any(listed_name(w) for m in items for w in m.group("v").split()):
            found += [(*m.span("v"), SCORE_CUE_ONE) for m in items]
    if "," in text and _SIGNED_LOWER_TAIL.search(text):
        for m in _SIGNED_LOWER.finditer(text):
            words = m.group("v").split()
            if _lower_name_run(words) \
                    and (any(listed_name(w) for w in words) or all(_lower_word_a_name(w) for w in words)):
                found.append((*m.span("v"), SCORE_CUE_ONE))
    tail = text[-40:].rstrip()
    if tail[-1:].islower() and ("-" in tail or "–" in tail or "—" in tail or "~" in tail) \
            and (m := _DASHED_LOWER.search(text, max(0, len(text) - 60))):
        words = m.group("v").split()
        if _lower_name_run(words) and listed_name(words[0]):
            found.append((*m.span("v"), SCORE_CUE_ONE))
    if "joined" in text or "left" in text or "typing" in text or "was " in text or "ed " in text:
        found += [(*m.span("v"), SCORE_CUE_ONE) for m in _CHAT_EVENT.finditer(text)
                  if _a_speaker(m.group("v"))]
    if "|" in text or "—" in text or "–" in text or "·" in text or "," in text or "(" in text:
        found += [(*m.span("v"), SCORE_CUE_ONE) for m in _CONTACT_LINE.finditer(text)
                  if all(person_word(w.title(), True) for w in m.group("v").split())
                  and not _firm(m.group("v"))]
        if ":" in text:  # ("Parent contact for Chelsea: Tilo, +61 …": one word a name's letters, or listed)
            for m in _CONTACT_AFTER_LABEL.finditer(text):
                words = m.group("v").split()
                if all(person_word(w.title(), True) and w.lower() not in places() for w in words) \
                        and not _firm(m.group("v")) \
                        and (len(words) > 1
                             or _name_letters(words[0]) and not _ordinary_anywhere(words[0].lower())):
                    found.append((*m.span("v"), SCORE_CUE_ONE))
    return found


# A name before a Japanese honorific written in Latin letters, as Japanese offices write in English: "Ito-san
# approved", "伊藤-san asked", "Suzuki-sensei" (the name only: the suffix is no part of it)
_JA_SUFFIX = re.compile(r"(?<![\w-])(?P<v>\p{Lu}\p{Ll}{1,15}|\p{Lu}{2,15}|[\p{Han}々]{1,4})"
                        r"-(?:san|sama|sensei|senpai|sempai|kun|chan|shi|dono)(?![\w-])")
_JA_SUFFIXES = ("-san", "-sama", "-sensei", "-senpai", "-sempai", "-kun", "-chan", "-shi", "-dono")


def names_before_japanese_suffix(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of names before a romanised Japanese honorific (see above): a word of Han letters,
    or a capitalised word that is a name's (listed, or no ordinary word)."""
    if not any(t in text for t in _JA_SUFFIXES):
        return []
    found = []
    for m in _JA_SUFFIX.finditer(text):
        v = m.group("v")
        if v[0] > "\u2e00" or listed_name(v.lower()) or person_word(v, False) and v.lower() not in _NOT_NAMES:
            found.append((*m.span("v"), SCORE_CUE_CASED))
    return found


# A name before its holder's job title, in apposition: "Interview — Isla McLeish, Finance Manager at Galp",
# "Context: ulrike brandstätter, Customer Support Lead, 2 years in …", "signed: Tomás Ferreira, CFO". Two or
# three words in Title or lower case (particles inside) before a comma, up to three words of the title, then
# a job's noun; judged as a name after a cue is (no ordinary word, place or firm; one word listed or
# name-like). The job's noun is found first: a text without one is not scanned.
_JOB_NOUNS = (
    r"manager|director|lead|engineer|analyst|officer|head|designer|developer|consultant|specialist"
    r"|coordinator|administrator|architect|scientist|accountant|assistant|associate|executive|president|vp"
    r"|founder|co-founder|ceo|cfo|cto|coo|cio|ciso|controller|counsel|recruiter|supervisor|researcher"
    r"|intern|professor|lecturer|nurse|physician|paralegal|attorney|solicitor|technician|advisor|adviser"
    r"|representative|editor|producer|strategist|planner|auditor|buyer|partner"
)
_JOB_AFTER_COMMA = re.compile(
    rf",[ \t]+(?:\p{{L}}[\p{{L}}&/-]*[ \t]+){{0,3}}(?i:{_JOB_NOUNS})(?![\w-])"
    r"(?=[ \t]*(?:[,.;:)\n|]|$)|[ \t]+(?i:at|of|in|for|with|from|since|and|\()\b)")
_JOB_GATE = stdlib_re.compile(rf"(?i),[ \t][^,\n]{{0,40}}?\b(?:{_JOB_NOUNS})\b")
_NAME_BEFORE_JOB = re.compile(
    rf"(?<![\w@.'’-])(?P<v>{_TW}(?:[ \t]+(?:{_LOW_PART}[ \t]+){{0,2}}{_TW}){{1,2}}"
    rf"|{_LW}(?:[ \t]+(?:{_LOW_PART}[ \t]+){{0,2}}{_LW}){{1,2}})\Z")


# A name read out for a form, without a colon: "first name Joanna, that's J O A N N A, surname Kowalczyk,
# spelled K O W …", "last name is Ferreira, F E R …". One capitalised word that is a name (no ordinary word)
# after the field's words, before a comma or the spelling.
_DICTATED = re.compile(
    rf"(?<![\w-])(?i:surname|last name|family name|first name|given name|maiden name)[ \t]+(?:is[ \t]+)?"
    rf"(?P<v>{_TW})(?=[ \t]*[,;.]|[ \t]+(?i:spelled|spelt|that's|that is|with)\b)")


def dictated_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of names read out for a form (see above)."""
    if "name " not in text and "Name " not in text:
        return []
    return [(*m.span("v"), SCORE_CUE_ONE) for m in _DICTATED.finditer(text)
            if person_word(m.group("v"), False) and m.group("v").lower() not in common_words()]


def names_before_jobs(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of names before their holder's job title (see above)."""
    if not _JOB_GATE.search(text):
        return []
    found = []
    for job in _JOB_AFTER_COMMA.finditer(text):
        m = _NAME_BEFORE_JOB.search(text, max(0, job.start() - 60), job.start())
        if m is None:
            continue
        value = m.group("v")
        if value.islower():
            span = _cased_name(text, m.start(), value)
            if span:
                found.append((*span, SCORE_CUE_ONE))
            continue
        names = [w for w in value.split() if w.lower() not in NAME_PARTICLES]
        if all(person_word(w, True) and w.lower() not in org_words() for w in names) and not _firm(value) \
                and any(listed_name(w) or _likeness(w) > 0.3 for w in names):
            found.append((*m.span("v"), SCORE_CUE_ONE))
    return found


def names_before_titles(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of lower-case names before a Turkish title (see above); of two words, the first
    only if it is no ordinary word either ("ben serkan abi": serkan)."""
    found = []
    if ("Han" in text or "Bey" in text or "HAN" in text or "BEY" in text) and _other_script(text):
        found += [(*m.span("v"), SCORE_CUE_ONE) for m in _SCRIPT_BEFORE_TITLE.finditer(text)
                  if m.group("v").lower() not in places()]  # (not a listed place)
    if not any(t in text for t in _TITLE_WORDS):
        return found
    for m in _BEFORE_TITLE.finditer(text):
        words = list(re.finditer(r"\S+", m.group("v")))
        while words and not _lower_word_a_name(words[0].group()):
            words.pop(0)
        if words and all(_lower_word_a_name(w.group()) for w in words):
            found.append((m.start("v") + words[0].start(), m.start("v") + words[-1].end(), SCORE_CUE_ONE))
    return found


def _lower_word_a_name(word: str) -> bool:
    """A lower-case word that is no ordinary, stop or tech word of English or of another language."""
    return len(word) >= 3 and not _ordinary_anywhere(word) and person_word(word, True, place_ok=True)


# Who acted in a ticket's or an audit log's history: "2024-03-02 14:11 jsmith changed status …", "15:40
# reassigned from mkowalski to tgreene", "assigned to dana.k". A handle or a name (one or two words) after a
# date or time at a line's start and before a ticket's verb, or after "assigned (from …) to"; no role, bot,
# system account or ordinary word. The handle is the person wherever else it stands too.
_TICKET_VERBS = (r"changed|added|commented|closed|reopened|assigned|reassigned|updated|resolved|created|set"
                 r"|moved|attached|replied|edited|removed|merged|approved|rejected|linked|logged|uploaded"
                 r"|escalated|mentioned|opened|transitioned")
_ACTOR = r"@?\p{L}[\p{L}\p{N}._'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]+)?"
_TICKET_LINE = re.compile(
    r"(?m:^[ \t>*-]*\[?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})?[ \tT,]*\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[AaPp][Mm])?\]?[ \t]+(?:[-–—|][ \t]+)?"
    rf"(?P<v>{_ACTOR})[ \t]+(?i:{_TICKET_VERBS})\b)")
_ASSIGNED = re.compile(
    r"(?i:\b(?:re-?)?assigned)(?:[ \t]+from[ \t]+(?P<a>@?[\p{Ll}][\p{Ll}\p{N}._-]{1,30}))?[ \t]+to[ \t]+"
    r"(?P<b>@?\p{Ll}[\p{Ll}\p{N}._-]{1,30})(?![\w@-]|\.\w)")
# ... a family name in capitals after "created by", "Updated by:" ("Created by KOWALSKI")
_BY_UPPER = re.compile(
    r"(?i:\b(?:created|updated|closed|resolved|opened|reported|requested|approved|reviewed|edited|changed"
    r"|modified|submitted|raised|logged|re-?assigned|assigned)[ \t]+(?:by|to))[ \t]*:?[ \t]+"
    r"(?P<v>\p{Lu}{3,}(?:[ \t]\p{Lu}{2,})?)(?![\w@-])")
# ... and who is slotted in a schedule, a name after a time on two lines or more ("10:00 – Tanaka (backend)",
# "10:45-11:30 | Oduya Ade, frontend")
_SCHEDULE_LINE = re.compile(
    r"(?m:^[ \t>*•-]*\d{1,2}[:.]\d{2}(?:[ \t]*[-–—][ \t]*\d{1,2}[:.]\d{2})?"
    r"(?:[ \t]*[-–—:|][ \t]*|(?P<sp>[ \t]+)(?=[^\n(]+\())"
    r"(?P<v>\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+){0,2})[ \t]*(?=[(,]|$|[ \t][-–—][ \t]))")
# ... who wrote a dated entry, on two lines or more: a date (and a time) at the line's start, then one name
# (in capitals or capitalised, one word or two), maybe a bracketed role or queue, and a colon ("2024-03-01
# OKONJO (L1): customer reports …", "02.03.2024 Halvorsen: refund approved"; not "2024-03-01 ERROR: …")
_DATED_ENTRY = re.compile(
    r"(?m:^[ \t>*•-]*\[?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:[ \tT,]+\d{1,2}:\d{2}(?::\d{2})?)?\]?[ \t]+(?:[-–—|][ \t]+)?"
    r"(?P<v>\p{Lu}[\p{Lu}\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Lu}\p{Ll}\p{M}'’-]+)?)"
    r"(?:[ \t]+\([^()\n]{1,15}\))?[ \t]*:[ \t])")
# ... a speaker before a dash at two lines' starts or more, in capitals or capitalised
_DASH_SPEAKER = re.compile(
    r"(?m:^[ \t>*•-]*(?P<v>\p{Lu}{3,}(?:[ \t]\p{Lu}{2,})?|\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)"
    r"[ \t]+[-–—][ \t]+\p{L})")  # (words after the dash: not a menu's "Risotto - 14 EUR")
_LOWER_OWNER = re.compile(r"(?<![\w@.-])(?P<v>\p{Ll}{3,15})['’]s\b")
_SYSTEM_ACTORS = frozenset(
    "system automation workflow jira zendesk servicenow github gitlab admin administrator root service "
    "scheduler cron sla trigger rule api integration webhook unassigned nobody someone anyone".split())


def ticket_actors(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the people acting in a ticket's history (see above), and their handles
    wherever else they stand."""
    spans = [m.span("v") for m in _TICKET_LINE.finditer(text)] if ":" in text else []
    if "ssigned" in text:
        spans += [m.span(g) for m in _ASSIGNED.finditer(text) for g in ("a", "b") if m.group(g)]
    if " by" in text or "ssigned" in text:
        spans += [m.span("v") for m in _BY_UPPER.finditer(text)]
    schedule = list(_SCHEDULE_LINE.finditer(text)) if ":" in text or "." in text else []
    if len(schedule) >= 2:  # (a name after the time and a space only, before a bracket: a name's letters)
        spans += [m.span("v") for m in schedule
                  if m.group("sp") is None or _name_letters(m.group("v").split()[-1])]
    dated = [m for m in _DATED_ENTRY.finditer(text) if _dated_author(m.group("v"))] if ":" in text else []
    if len(dated) >= 2:
        spans += [m.span("v") for m in dated]
    if " - " in text or " – " in text or " — " in text:
        dashed = [m for m in _DASH_SPEAKER.finditer(text) if _a_speaker(m.group("v"))]
        if len(dashed) >= 2:  # a stand-up's lines: "AKOSUA - deploy done", "Teodoro – on leave"
            spans += [m.span("v") for m in dashed]
    if "'s" in text or "’s" in text:  # a listed given name owning something in lower case: "ngozi's pr"
        spans += [m.span("v") for m in _LOWER_OWNER.finditer(text) if _owner_given(m.group("v"))]
    out, handles = [], set()
    for start, end in spans:
        value = text[start:end].lstrip("@")
        start = end - len(value)
        low = value.lower()
        if low in _SYSTEM_ACTORS or low.rstrip("0123456789") in _SYSTEM_ACTORS or not _a_speaker(value) \
                or " " not in value and value.isalpha() and value.islower() and low in _never():
            continue
        out.append((start, end, SCORE_LOWER_SPEAKER))
        if " " not in value and value[:1].islower():
            handles.add(value)
    return out + _elsewhere(text, handles)


# A person's handle of an initial and a listed name joined by a dot, in lower case ("j.smith", "a.ferreira",
# "priya.k"): a login, a Slack or a mail handle, wherever it stands; not a file, a module's member or a domain
# ("np.array", "os.path", "f.write", "x.com": no listed name), nor inside a longer dotted run or a call.
_DOTTED = re.compile(r"(?<![\w.@/\\$:-])(?P<v>\p{Ll}\.(?P<n>\p{Ll}{3,})|(?P<n2>\p{Ll}{3,})\.\p{Ll})"
                     r"(?![\w@(/-]|\.\w)")


# (what every match holds, small letters around the dot, each a-z or no ASCII: one after no ASCII name
# character before the dot and three after it, or three before it and one after it that no ASCII name
# character follows; a file's or a domain's "file.txt", "www.example.com", "e.g." have neither, session 30)
_DOT_LETTER = "[a-z\x80-\U0010ffff]"
_DOTTED_GATE = stdlib_re.compile(
    rf"(?<![A-Za-z0-9_.@/\\$:-]){_DOT_LETTER}\.{_DOT_LETTER}{{3}}"
    rf"|{_DOT_LETTER}{{3}}\.{_DOT_LETTER}(?![A-Za-z0-9_@(/-]|\.[A-Za-z0-9_])")


def dotted_handles(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of handles like ``j.smith`` or ``priya.k`` (see above)."""
    if "." not in text or not _DOTTED_GATE.search(text):
        return []
    out = []
    for m in _DOTTED.finditer(text):
        name = m.group("n") or m.group("n2")
        if listed_name(name) and name not in _never() and name not in places():
            out.append((*m.span("v"), SCORE_LOWER_SPEAKER))
    return out


# ---- who speaks in a pasted chat (issue #19) --------------------------------------------------------------
# Chat exports put the speaker on a header line of its own: Slack "giuseppe92  9:15 AM", Discord "junche —
# Today at 11:42 PM", Teams "Kristine Joy 09:14"; a transcript or chat without times starts each turn with
# "Marites: …" or "agent (oreoluwa): …". A speaker is the person, handle or name, and so is every other
# occurrence of that handle ("@giuseppe92"). Labels count only in a chat: two lines or more start with the
# same label, and two labels or more do so (a form's "Name:", "Adresse:" each stand once).
_TIME = r"\d{1,2}[:.]\d{2}(?:[ \t]?(?i:[ap]\.?m\.?))?"
_DAY = (r"(?i:today|yesterday|heute|gestern|aujourd['’]hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|vandaag"
        r"|gisteren|idag|igår|bugün|dün|dzisiaj|wczoraj)"
        r"(?:[ \t]+(?i:at|um|à|a[ \t]+las|alle|às|om|kl\.?|o))?")
_HANDLE = r"@?[\p{L}\p{N}][\p{L}\p{M}\p{N}._'’-]{1,39}"
# (the time bracketed or not, or alone on the next line: "ana.li  [9:14 AM]", "Ana Li\n9:14 AM"; a directory's
# "Last, First" and an app's tag before it: "[Teams] Rostami, Babak 10:02")
_EXPORT_HEADER = re.compile(
    rf"(?m:^[ \t]*(?:\[[^\]\n]{{1,20}}\][ \t]*)?(?P<bold>\*\*)?(?P<v>{_HANDLE}(?:,?[ \t]{_HANDLE}){{0,2}})"
    rf"(?(bold)\*\*)(?:[ \t]{{1,4}}|[ \t]*\r?\n[ \t]*|[ \t]+[—–-][ \t]+"
    rf"(?:{_DAY}[ \t]+|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}},?[ \t]+)?)\[?{_TIME}\]?[ \t]*$)")
_TIME_ENDS_LINE = re.compile(r"(?m:\d[:.]\d\d(?:[ \t]?(?i:[ap]\.?m\.?))?\]?[ \t]*$)")  # (as each header)
# A chat's roles, before or after the speaker's name in brackets ("Agente (Rose):", "Rhiannon (Agent):")
_CHAT_ROLE = (r"agent|customer|caller|rep|advisor|adviser|operator|interviewer|host|guest|speaker|support"
              r"|agente|operador[a]?|operatore|operatrice|opérat(?:eur|rice)|atendente|asesor[a]?|consulente"
              r"|conseill(?:er|ère)|berater(?:in)?|mitarbeiter(?:in)?|kunde|kundin|klant|medewerker|cliente"
              r"|client|handläggare|kundtjänst|temsilci|müşteri|doradca|konsultant(?:ka)?")
_LABEL = re.compile(
    r"(?m:^[ \t>]*(?:[-*•][ \t]*)?(?P<t>\[[^\]\n]{1,25}\][ \t]*"
    # (or a channel's name: Discord or IRC logs, "#deploys | ana.lima: …")
    r"|\#[\p{L}\p{N}_.-]{1,30}[ \t]*[|›»>][ \t]*"
    # (or a time and a dash, as WhatsApp exports on Android: "03/10/2026, 15:02 - bisi.adeyemi: …")
    # (or a phone's day and time before the speaker, without the dash: "Thu 18:02 Kemi: …")
    r"|(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+|(?i:mon|tue|wed|thu|fri|sat|sun)\p{Ll}{0,6}\.?,?[ \t]+)?"
    r"\d{1,2}:\d{2}(?:[ \t]?(?i:[ap]\.?m\.?))?[ \t]+(?:[-–—][ \t]+)?)?"
    rf"(?:(?i:{_CHAT_ROLE})[ \t]*"
    r"\((?P<r>[^()\n]{2,40})\)"
    r"|(?P<v>\p{L}[\p{L}\p{M}\p{N}._'’-]{1,30}(?:[ \t]\p{L}[\p{L}\p{M}\p{N}._'’-]{1,30}){0,2})"
    # (and the speaker's role after the name: "[10:02] Rhiannon (Agent): …")
    rf"(?:[ \t]*\((?i:{_CHAT_ROLE})\))?)"
    # (Telegram: "Zhenya, 07:45: …"; a time in brackets after the speaker: "thanh [14:02]: …")
    r"(?:,[ \t]*(?P<t2>\d{1,2}:\d{2})|[ \t]+\[(?P<t3>\d{1,2}:\d{2}(?::\d{2})?)\])?[ \t]*:[ \t]+\S)")
_NOT_SPEAKERS = frozenset(
    "agent customer caller user assistant system bot me you speaker interviewer interviewee host guest rep "
    "advisor operator moderator admin support team everyone all note notes q a question answer re subject "
    "from to cc date time standup stand-up sync retro demo kickoff lunch break meeting call review planning "
    "workshop session webinar interview keynote coffee breakfast dinner townhall all-hands ci cd "
    # the same roles in other languages, and "I" / "you"
    "kunde kundin mitarbeiter mitarbeiterin berater beraterin cliente agente operador operadora conseiller "
    "conseillère médecin medico médico paciente paziente klant medewerker müşteri temsilci klient konsultant "
    "kund handläggare usuario usuário utilisateur benutzer nutzer ich du moi yo io eu ik ja ben jag".split())


def chat_speakers(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the speakers of a pasted chat or transcript, and every other occurrence of a
    speaker's handle (see the section's comment)."""
    if ":" not in text:
        return []
    found: list[tuple[int, int]] = []
    headers = list(_EXPORT_HEADER.finditer(text)) if _TIME_ENDS_LINE.search(text) else []
    if len(headers) >= 2:
        found += [m.span("v") for m in headers if _a_speaker(m.group("v"))]
    labels = list(_LABEL.finditer(text))
    counts: dict[str, int] = {}
    for m in labels:
        key = (m.group("r") or m.group("v")).lower()
        counts[key] = counts.get(key, 0) + 1
    # (two labels said twice, or two turns after a bracketed time: a WhatsApp export "[03.02.25, 08:12] X:")
    if sum(1 for c in counts.values() if c >= 2) >= 2 \
            or sum(1 for m in labels if m.group("t") or m.group("t2") or m.group("t3")) >= 2:
        speakers = [m for m in labels if _a_speaker(m.group("r") or m.group("v"))]
        found += [_less_leading_words(text, *m.span("r" if m.group("r") else "v")) for m in speakers]
        if speakers:  # beside a named speaker, a word that speaks twice is a name too ("Paddy", "Shun")
            found += [m.span("v") for m in labels if m not in speakers and _a_worded_speaker(m.group("v"))
                      and counts[m.group("v").lower()] >= 2]
    else:  # a role's speaker named in brackets speaks in a chat however short ("> Agente (Rose): Hola …")
        found += [_less_leading_words(text, *m.span("r")) for m in labels
                  if m.group("r") and _a_speaker(m.group("r"))]
    out, handles = [], set()
    for start, end in found:
        value = text[start:end].lstrip("@")
        out.append((end - len(value), end, SCORE_CUE_CASED))  # (a turn's speaker outranks a place guess)
        # a handle ("giuseppe92", "polishchuk.andrii", "mkowalski"): a name in lower case is one too
        if " " not in value and (not value.isalpha() or value.islower()):
            handles.add(value)
    return out + _elsewhere(text, handles)


def _owner_given(word: str) -> bool:
    """A given name of the hand-made lists, in lower case, that no language has as an ordinary word."""
    return word in _hand_given() and word not in common_words() and word not in STOP_WORDS \
        and word not in foreign_words() and word not in tech_words()


# a chat's speaker by a joined handle: "ana_souza-ops: can someone share …", "- kwame.mensah: on it, will …"
_HANDLE_SPEAKER = re.compile(r"(?m:^[ \t>]*(?:[-*•][ \t]*)?(?P<value>[a-z][a-z0-9]*(?:[._-][a-z0-9]+){1,3}):"
                             r"[ \t]+(?P<said>[^\n]+))")


def _handle_speakers(text: str) -> list[tuple[int, int, float]]:
    """Speakers written as joined handles (a "_" or a "." in them), where two lines or more start with one
    and go on in prose (three words or more), and two parts of the handle are listed names: the handle, and
    wherever else it stands ("cc ana_souza-ops")."""
    if "_" not in text and "." not in text:
        return []
    lines = [m for m in _HANDLE_SPEAKER.finditer(text) if len(m.group("said").split()) >= 3]
    if len(lines) < 2:
        return []
    handles = {m.group("value") for m in lines
               if re.search(r"[._]", m.group("value"))
               and sum(len(p) > 2 and listed_name(p) and p not in common_words() and p not in tech_words()
                       for p in re.split(r"[._\d-]+", m.group("value"))) >= 2}
    return _elsewhere(text, handles)


def _elsewhere(text: str, handles: set[str]) -> list[tuple[int, int, float]]:
    """(start, end, score) of every occurrence of these speakers' handles ("@mkowalski", "ping mkowalski")."""
    return [(m.start(), m.end(), SCORE_LOWER_SPEAKER) for handle in handles
            for m in re.finditer(rf"(?<![\w.@-])@?{re.escape(handle)}(?![\w-]|\.\w)", text)]


# At-words of code and of chat apps that name no one: decorators and annotations, CSS and Sass at-rules,
# doc-comment tags, Swift attributes, a chat's group mentions (most others are ordinary or tech words).
_CODE_AT_WORDS = frozenset(
    "dataclass staticmethod classmethod abstractmethod cached_property functools wraps override overload "
    "media keyframes supports charset namespace font-face counter-style viewport mixin tailwind apply layer "
    "screen variants param params returns throws deprecated since typedef callback inheritdoc todo "
    "objc escaping autoclosure discardableresult inlinable usablefrominline nonobjc available "
    "here channel everyone all room team group admins mods moderators".split())


def _a_mention(match: re.Match) -> bool:
    """A lower-case @handle that names someone (see the "mention lower case" pattern): three letters or more,
    not a decorator alone on its line, no code at-word, bot, brand, tech word, or only ordinary words."""
    value, text = match.group("value"), match.string
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    if not text[line_start:match.start()].strip() \
            and not text[match.end():len(text) if line_end < 0 else line_end].strip():
        return False  # a decorator or annotation on a line of its own
    if sum(c.isalpha() for c in value) < 3 or value in _CODE_AT_WORDS:
        return False
    parts = [p.rstrip("0123456789") for p in re.split(r"[._-]", value)]
    words = [p for p in parts if len(p) >= 2]
    if not words or value.endswith("bot") or "bot" in parts:
        return False
    if any(p in tech_words() or p in brands() or p in _CODE_AT_WORDS or p in _NOT_SPEAKERS for p in words):
        return False
    return not all(p in _never() for p in words)


def _name_letters(word: str) -> bool:
    """A listed name, or a word whose letters look like a name's."""
    return listed_name(word) or _likeness(word) > 0.3


def _dated_author(value: str) -> bool:
    """A dated entry's author: a speaker's name; one word in capitals is a family name's."""
    return _a_speaker(value) and (" " in value or not value.isupper() or _family_upper(value))


def _a_speaker(value: str) -> bool:
    """A speaker label that names someone: no role, field or ordinary word; a name's word or a handle."""
    words = value.lstrip("@").split()
    last = words[-1].lower()
    if last in _NOT_SPEAKERS or last.rstrip("0123456789_") in _NOT_SPEAKERS or "bot" in last.split("-"):
        return False
    if len(words) == 1 and not words[0].isalpha():  # a handle: letters with digits, dots or underscores
        parts = [p for p in re.split(r"[._'’-]+", last) if p]  # not a role's ("on-call", "eng-manager")
        return any(c.isalpha() for c in last) and not last.replace(".", "").isdigit() \
            and not (all(p in _never() or p in _NOT_SPEAKERS or len(p) <= 3 for p in parts)
                     and any(p in _never() or p in _NOT_SPEAKERS for p in parts))
    return person_word(words[-1], True, place_ok="," in value)  # ("Talukdar, Sayan": a directory's name)


# Labels that head a turn's parts, not a person ("Yesterday: …", "Before: …"), in notes beside speakers.
_HEADINGS = frozenset(
    "yesterday today tomorrow blockers blocker blocked done doing todo next update updates status action "
    "actions decision decisions owner outcome result results summary context problem issue solution fix "
    "cause impact risk risks questions reply response request input output expected actual before after pros "
    "cons example step tip hint warning error info debug edit ps reason goal goals agenda topic item "
    "priority deadline due progress plan comment comments feedback remarks follow-up followup".split())


def _a_worded_speaker(value: str | None) -> bool:
    """A one-word label in title case that is an ordinary word but no role, field or heading."""
    if not value or " " in value or not value.istitle() or not value.isalpha():
        return False
    low = value.lower()
    return low not in _NOT_SPEAKERS and low not in _HEADINGS and low not in STOP_WORDS


def _less_leading_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) less leading ordinary words ("Ate Kristine Joy" is Kristine Joy, "Dr Ana" is Ana); a
    handle in lower case keeps them but for an honorific ("sunny reyes" is a name, "dr ana" is Ana)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    lower = text[start:end].islower()
    while len(words) > 1 and words[0].group().lower() in _never() and not listed_name(words[0].group()) \
            and (not lower or _HONORIFIC_WORD.fullmatch(words[0].group())):
        words.pop(0)
    return start + words[0].start(), end


# A word spelled letter by letter, as dictation writes it: "first name Dolores, that's D O L O R E S",
# "surname spelled H E R N A N D E Z". Four letters or more, or three after a spelling cue; a name's
# spelling is what is dictated so (an acronym is not spaced out).
_SPELLED = re.compile(r"(?<![\w-])\p{Lu}(?:[ \t.-]\p{Lu}){2,30}(?![\w-])")
_SPELLING_CUE = re.compile(r"(?i:spelled|spelt|spelling|that's|that is|letters|buchstabiert|épelé|deletreado"
                           r"|soletrado|sillabato|gespeld)[ \t:,]*$")


def spelled_out(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of words spelled out letter by letter (see above)."""
    if not _HAS_SPACED_CAPITALS.search(text):
        return []
    return [(m.start(), m.end(), SCORE_CUE_CASED) for m in _SPELLED.finditer(text)
            if sum(c.isupper() for c in m.group()) >= 4
            or _SPELLING_CUE.search(text, max(0, m.start() - 20), m.start())]


_HAS_SPACED_CAPITALS = re.compile(r"\p{Lu}[ \t.-]\p{Lu}[ \t.-]\p{Lu}")



# ---- a schedule of people ----------------------------------------------------------------------------------
# Lines that hold a clock time ("09:00", "9.30", "14h00", "10:15am", "9am") and, in a cell of their own, one
# or two name words: "09:00 Yerlan (Zoom)", "• 10:00–10:45  Siosaia", "Kalinda — 13:30, onsite", "Mon 10:00 -
# Anahera", "10:00<tab>Wiremu<tab>Backend", "- Nkechi, 2pm, phone". A cell ends at a tab, a pipe, a comma, a
# bracket, an "@", a spaced dash or arrow, or the line's end (and starts after those or a label's colon). A
# chat's line is none: a time in brackets first, or more than twelve words.
_SLOT_TIME = r"(?:\d{1,2}[:.h]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?|\d{1,2}[ \t]?[AaPp]\.?[Mm]\.?)(?!\w|:\d)"
_SLOT_TIME_IN = re.compile(rf"(?<![\w:.]){_SLOT_TIME}")
_CELL_EDGE = r"[\t|,()@（）、，]|[ \t](?:[-–—>]+|/|\+)[ \t]"
_SLOT_CELL = re.compile(
    rf"(?:^[ \t>]*(?:[-*•][ \t]*)?|{_CELL_EDGE}|:[ \t]|{_SLOT_TIME}[ \t]*[-–—:|]?[ \t]+)[ \t]*"
    # (``Last, First`` as one cell: "van Dijk, Anouk", "Ferreira-Lopes, Joana"; a listed name in lower case;
    # a Han or Hangul name starting with a family name, capitalised Cyrillic or Greek words)
    rf"(?P<value>(?P<lf>(?:{_LOW_PART} ){{0,2}}{_TW}, {_TW})"
    r"|[\p{Lu}\p{Ll}][\p{Ll}\p{M}'’-]+(?: [\p{Lu}\p{Ll}][\p{Ll}\p{M}'’-]+)?"
    r"|(?P<cjk>[\p{Han}\p{Hangul}]{2,4}|\p{Lu}[\p{Cyrillic}\p{Greek}]+(?: \p{Lu}[\p{Cyrillic}\p{Greek}]+)?))"
    rf"(?=[ \t]*(?:{_CELL_EDGE}|$)|[ \t]+(?:with|w/|and|&)[ \t])")
_CHAT_LINE = re.compile(rf"[ \t>]*{_CHAT_TIME}")
_SLOT_GATE = stdlib_re.compile(r"\d[:.h]\d\d|\d[ \t]?[AaPp]\.?[Mm]")
_SLOT_NOT_NAMES = frozenset("mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep "
                            "sept oct nov dec am pm tba tbd tbc room backend frontend webex".split())
SCORE_SLOT = 0.87  # above the model's LOCATION guess (0.85): "11:00\tKalinda\tData"


def people_in_schedule(text: str) -> list[tuple[int, int, float]]:
    """The names of a schedule of people: of the lines with a clock time, two or more and at least half hold
    a name alone in a cell (no ordinary, role, tech or place word; a listed name or name-like letters). An
    agenda's slots hold things ("09:30 Keynote", "12:30 Lunch", "18:00 Retro"): its few name-like words are
    left alone."""
    # (only the lines with a time are read: where the cheap gate finds one)
    starts = sorted({text.rfind("\n", 0, m.start()) + 1 for m in _SLOT_GATE.finditer(text)})
    if len(starts) < 2:
        return []
    timed = named = 0
    found = []
    for start in starts:
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)]
        if not _SLOT_TIME_IN.search(line) or _CHAT_LINE.match(line) or len(_WORD_RUN.findall(line)) > 12:
            continue  # (a chat's line, "[09:30] Belén: Sí, …", "Awa, 07:45: gute Besserung! Wenn …")
        timed += 1
        cells = [m for m in _SLOT_CELL.finditer(line) if _slot_name(m)]
        named += bool(cells)
        found += [(start + m.start("value"), start + m.end("value"), SCORE_SLOT) for m in cells]
    return found if named >= 2 and 2 * named >= timed else []


def _slot_name(m: re.Match) -> bool:
    from scrubber.recognizers.known_names import _HAN_SURNAMES, _HANGUL_SURNAMES

    value = m.group("value")
    if m.group("cjk"):
        return value[0].isupper() or value[0] in _HAN_SURNAMES or value[0] in _HANGUL_SURNAMES
    words = [w for w in re.split(r"[ ,]+", value) if w not in NAME_PARTICLES]
    # (the set look-ups first: the name-likeness model only for what they leave)
    if any(w.lower() in _NOT_NAMES or w.lower() in common_words() or w.lower() in _SLOT_NOT_NAMES
           or w.islower() and not listed_name(w) for w in words):
        return False
    return all(person_word(w, False) for w in words)


# ---- a name before its own e-mail address ------------------------------------------------------------------
# "Co-authored-by: Sunny <sunny@example.org>", "From: Will Ogunleye <will.o@example.org>": a word the
# address's local part repeats is its owner's name, even an ordinary word; not a mailbox's role ("Support
# <support@…>").
_BEFORE_ADDRESS = re.compile(
    r"(?<![\w@.-])(?P<value>\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})"
    r"[ \t]*<(?P<local>[\w.+-]+)@")
_MAILBOXES = frozenset(
    "support info team sales admin hello security office news newsletter billing noreply alerts ops devops "
    "marketing press jobs careers service help contact feedback accounts hr legal privacy abuse postmaster "
    "webmaster root notifications notification reply bot mail mailer donotreply orders shop store updates "
    "events community all staff helpdesk desk it finance payroll reception booking bookings".split())


def names_before_addresses(text: str) -> list[tuple[int, int, float]]:
    """One to three capitalised words right before ``<local@domain>`` when one of them is a piece of the local
    part (three letters or more) and none is a mailbox's role, a tech or organisation word."""
    if "<" not in text or "@" not in text:
        return []
    found = []
    for m in _BEFORE_ADDRESS.finditer(text):
        words = [w.lower() for w in m.group("value").split()]
        pieces = set(re.split(r"[^\p{L}]+", m.group("local").lower()))
        if any(len(w) > 2 and w in pieces for w in words) and not any(
                w in _MAILBOXES or w in tech_words() or w in _NOT_NAMES or w in _NOT_PERSON
                or w in org_words() for w in words):
            found.append((*m.span("value"), SCORE_CUE_ONE))
    return found


# ---- a list of people --------------------------------------------------------------------------------------
# A line's list of three or more items of one or two capitalised words, after a label or a dash, to the line's
# end: "Table 2: Hope, Ngozi, Will, Aarav", "Pupils: Sunny, Tilo, Sunnefa and Stefánný". When enough items are
# names no ordinary word spells (a listed name or name-like letters), the ordinary-looking ones are names too.
_ITEM = r"\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+)?"
_PEOPLE_LIST = re.compile(
    rf"(?m:(?:^[ \t>]*(?:[-*•][ \t]*)?|:[ \t]*|[ \t][-–—][ \t]+)(?P<list>{_ITEM}"
    rf"(?:[ \t]*(?:,|&|\+|,?[ \t]and)[ \t]*{_ITEM}){{2,}})[ \t]*\.?[ \t]*$)")
_ITEM_IN = re.compile(_ITEM)
# (two commas on a line, each before a letter that is no ASCII lower-case one: a list's items may be there)
_LIST_GATE = stdlib_re.compile(r",[ \t]*[^\W\d_a-z][^,\n]*,[ \t]*(?:and[ \t]+)?[^\W\d_a-z]")
_LIST_NEVER = frozenset("and or the yes no maybe none".split())  # (an RSVP's answers: "Joy,Mensah,Yes")


def people_in_lists(text: str) -> list[tuple[int, int, float]]:
    """The items of a line's list of people (see _PEOPLE_LIST): when two items or more, and a third of them,
    hold a name no ordinary, tech or place word spells, every item but a tech word, a place, a weekday, a
    month or a brand is taken (no ordinary word counts towards the third: "Fruits: Apple, Orange, Banana")."""
    if not _LIST_GATE.search(text):
        return []
    found = []
    for m in _PEOPLE_LIST.finditer(text):
        items = list(_ITEM_IN.finditer(text, m.start("list"), m.end("list")))
        sure = [i for i in items if any(_sure_name(w) for w in i.group().split())]
        if len(sure) < 2 or 3 * len(sure) < len(items) or text.count(",", *m.span("list")) < 2 \
                or any(w.lower() in org_words() for i in items for w in i.group().split()):
            continue  # (a firm's name: "From: Brume & Fils, Sydney")
        found += [(*i.span(), SCORE_CUE_ONE) for i in items
                  if not any(w.lower() in tech_words() or w.lower() in places() or w.lower() in _NOT_PERSON
                             or w.lower() in _LIST_NEVER or w.lower() in brands() for w in i.group().split())]
    return found


# A list after a label that says its items are people, to the line's end, each item maybe with a note in
# brackets: "comments for these pupils: Will (reading improved a lot), Florence (needs …), Ingeborg (…)",
# "Table 4: Hope King, Sunny Baker and Ana Souza", "Bridesmaids: Joy, Precious & Ngozi". The label makes one
# listed name among two items or more enough; each item is then taken as a column's is (``_column_item``:
# no tech word, brand, firm or weekday; a place or an ordinary word only as a given name).
_PEOPLE_LABELS = (
    r"pupils|students|children|kids|guests|attendees|invitees|participants|members|players|speakers"
    r"|panell?ists|volunteers|tenants|residents|patients|candidates|applicants|bridesmaids|groomsmen|ushers"
    r"|relatives|passengers|travell?ers|present|apologies|absent|seated|seating|"
    r"(?:table|tafel|tisch|mesa|tavolo|bord)[ \t]*\d{1,2}")
_PEOPLE_LABEL = stdlib_re.compile(rf"(?i:(?:{_PEOPLE_LABELS}))(?:[ \t]*:|[ \t]+[-–—])[ \t]*")
# (the labels' words, lower case: a text whose word index holds none is not scanned)
_PEOPLE_LABEL_WORDS = frozenset(
    "pupils students children kids guests attendees invitees participants members players speakers "
    "panellists panelists volunteers tenants residents patients candidates applicants bridesmaids groomsmen "
    "ushers relatives passengers travellers travelers present apologies absent seated seating table tafel "
    "tisch mesa tavolo bord".split())
_LABELLED_ITEM = re.compile(
    rf"[ \t]*(?:(?:and|&|\+)[ \t]+)?(?P<v>{_ITEM})(?:[ \t]*\([^()\n]{{0,60}}\))?"
    r"[ \t]*(?P<end>[,;&+]|and\b|\.?$)", re.M)


def people_after_label(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the items of a list of people after a label that says so (see above)."""
    if ":" not in text and " -" not in text and "–" not in text and "—" not in text:
        return []
    by = word_index(text)[0]
    # (tried only where a label's word starts: the word index is the recognizer's, shared)
    labels = [m for w in _PEOPLE_LABEL_WORDS.intersection(by) for at in by[w]
              if (m := _PEOPLE_LABEL.match(text, at)) is not None]
    found = []
    for label in sorted(labels, key=lambda m: m.start()):
        items, at = [], label.end()
        while (m := _LABELLED_ITEM.match(text, at)) is not None:
            items.append(m)
            at = m.end()
            if not m.group("end") or m.group("end") == ".":
                break
        if not items:  # written in lower case: "Attendees - jorge, mei, olusegun, freya"
            found += _lower_labelled(text, label.end())
            continue
        if len(items) < 2 or not any(any(_sure_name(w) or _given(w) and w.lower() not in places()
                                         for w in m.group("v").split()) for m in items):
            continue
        found += [(*m.span("v"), SCORE_CUE_ONE) for m in items if _column_item(m.group("v").split())]
    return found


_LOWER_LABELLED_ITEM = re.compile(
    r"[ \t]*(?:(?:and|&|\+)[ \t]+)?(?P<v>\p{Ll}[\p{Ll}\p{M}'’-]+(?: \p{Ll}[\p{Ll}\p{M}'’-]+)?)"
    r"[ \t]*(?P<end>[,;&+]|and\b|\.?$)", re.M)


def _lower_labelled(text: str, at: int) -> list[tuple[int, int, float]]:
    """The items of a lower-case list after a people label: two or more, most of them with a listed name and
    none an ordinary, tech or place word that no name list holds."""
    items = []
    while (m := _LOWER_LABELLED_ITEM.match(text, at)) is not None:
        items.append(m)
        at = m.end()
        if not m.group("end") or m.group("end") == ".":
            break
    if len(items) < 2:
        return []
    words = [m.group("v").split() for m in items]
    listed = sum(any(listed_name(w) for w in ws) for ws in words)
    if 2 * listed < len(items) or not all(all(_lower_item_word(w) for w in ws) for ws in words):
        return []
    return [(*m.span("v"), SCORE_CUE_ONE) for m in items]


def _lower_item_word(word: str) -> bool:
    if listed_name(word) and word not in _NOT_PERSON:
        return True
    return word not in common_words() and word not in STOP_WORDS and word not in foreign_words() \
        and word not in tech_words() and word not in places() and word not in brands()


def _sure_name(word: str) -> bool:
    low = word.lower()
    return person_word(word, False) and low not in common_words() and low not in places() \
        and (listed_name(low) or _likeness(word) > 0.3)


# ---- people in quick notes and transcripts (session 18) ---------------------------------------------------
# A meeting's or a case's people, each before their part in brackets: "present: will short (union rep),
# iryna shevchenko (employee), me". The bracket says a person stands before it, in whatever case, when the
# words start a line's item (after a line start, a dash, a colon, a comma or a semicolon); the last word must
# still be a name (listed, or no ordinary word of any language): not "the manager (hr)", "fix tests (owner)".
_MEETING_ROLES = (
    r"employee|union rep|union representative|staff rep|rep|representative|witness|note ?taker|note-taker"
    r"|minute taker|minutes|chair|chairperson|interpreter|complainant|claimant|respondent|investigator"
    r"|hr|hr advisor|hr adviser|companion|advocate|guardian|parent|applicant|candidate|student|organiser"
    r"|organizer|facilitator|secretary|treasurer|caller|customer|interviewer|interviewee"
)
# (corpus19) a wedding's or a party's people on its guest list: "- Pim (best man)", "- Tamsin (bridesmaid)"
_WEDDING_ROLES = (
    r"best man|best woman|maid of honou?r|matron of honou?r|bridesmaid|bridesmaids|groomsman|groomsmen|usher"
    r"|flower girl|page boy|ring bearer|officiant|bride|groom|bride's mother|groom's mother|bride's father"
    r"|groom's father|godmother|godfather|godparent|plus[- ]one|\+1|trauzeuge|trauzeugin|témoin|testigo"
    r"|testimone|getuige|padrinho|madrinha|padrino|madrina|świadek"
)
_ROLE_IN_BRACKETS = re.compile(
    rf"[ \t]*\((?i:(?:the[ \t]+|our[ \t]+)?(?:{_RELATION_NOUNS}|{_MEETING_ROLES}|{_WEDDING_ROLES}))\)")
_ITEM_BEFORE_ROLE = re.compile(
    r"(?:^[ \t>]*(?:[-*•][ \t]*)?|[:,;][ \t]*|[ \t][-–—][ \t]+)"
    r"(?P<v>\p{L}[\p{L}\p{M}'’-]{1,20}(?:[ \t]+\p{L}[\p{L}\p{M}'’-]{1,20}){0,2})\Z", re.M)
_PRESENT_LABEL = re.compile(
    r"[ \t>*-]*(?i:present|attendees|attending|in attendance|participants|people)[ \t]*:")
# A person's part said of a word, in a transcript or a note: "ok and coleridge is still the other tenant",
# "Okafor was my landlord" (no possessive after: "rent is the tenant's"); the word must be a name (as above)
# (the verb and the relation found first, the word read back from there)
_IS_RELATION = re.compile(
    r"(?<=[\p{L}\p{M}'’-][ \t]+)(?:is|was)[ \t]+(?:still[ \t]+|now[ \t]+|also[ \t]+)?"
    r"(?:the|my|our|their|his|her|your)[ \t]+(?:other[ \t]+|new[ \t]+|current[ \t]+|former[ \t]+|old[ \t]+)?"
    rf"(?i:{_RELATION_NOUNS})(?![\w'’-])")
_WORD_BEFORE_IS = re.compile(r"(?<![\w@.-])(?P<v>\p{L}[\p{L}\p{M}'’-]{2,20})[ \t]+\Z")


def _named_word(word: str) -> bool:
    """A word that is a name in any case: in lower case one that no language's ordinary, stop or tech word
    spells; capitalised, a listed or name-like word that no ordinary, tech or place word spells."""
    if word.islower():
        return _lower_word_a_name(word)
    return person_word(word, False) and word.lower() not in common_words()


def people_in_notes(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of people before their part in brackets and of a word said to be someone's
    relation or a case's party (see above)."""
    found = []
    if "(" in text:
        items = [m for role in _ROLE_IN_BRACKETS.finditer(text)
                 if (m := _ITEM_BEFORE_ROLE.search(text, max(0, role.start() - 64), role.start()))
                 and not any(w.lower() in tech_words() or w.lower() in _NOT_PERSON or w.lower() in places()
                             for w in m.group("v").split())]
        for m in items:
            words = m.group("v").split()
            # (on a line of those present a name may be ordinary words that a name list holds: "present: will
            # short (union rep), sunny baker (employee)", not "- spare key (tenant)")
            listed = len(words) > 1 and listed_name(words[-1]) \
                and _PRESENT_LABEL.match(text, text.rfind("\n", 0, m.start()) + 1)
            if listed or _named_word(words[-1]):
                found.append((*m.span("v"), SCORE_CUE_ONE))
    if " is " in text or " was " in text:
        for rel in _IS_RELATION.finditer(text):
            m = _WORD_BEFORE_IS.search(text, max(0, rel.start() - 30), rel.start())
            if m and _named_word(m.group("v")) and m.group("v").lower() not in tech_words():
                found.append((*m.span("v"), SCORE_CUE_ONE))
    return found


# ---- a couple at their wedding (corpus19) ------------------------------------------------------------------
# A wedding's, an engagement's or an anniversary's couple by their given names: "Wedding of Aurelia &
# Benedikt", "Hochzeit von Anna und Jonas", "Boda de Lucía y Mateo", "Aurelia & Benedikt's wedding". The
# event says both words are people; neither may be an ordinary word or a place no name list holds ("Wedding
# of Paris & Rome").
_EVENTS = (r"wedding|marriage|engagement|nuptials|anniversary|civil partnership|hochzeit|verlobung|mariage"
           r"|noces|fiançailles|boda|casamiento|compromiso|matrimonio|nozze|fidanzamento|bruiloft|huwelijk"
           r"|verloving|casamento|noivado|ślub|wesele|zaręczyny")
_COUPLE_AND = r"[ \t]*(?:&|\+|(?i:and|und|et|y|e|en|i))[ \t]+"
_COUPLE_AT = re.compile(
    rf"(?<![\w-])(?i:{_EVENTS})[ \t]*(?:(?i:of|von|de|di|du|des|van|do|da|dla)[ \t]+|:[ \t]*)"
    rf"(?P<a>{_TW}){_COUPLE_AND}(?P<b>{_TW}(?:[ \t]+{_TW})?)(?![\w@'’-]|[ \t]+\p{{Lu}})"
    rf"|(?<![\w@-])(?P<a2>{_TW}){_COUPLE_AND}(?P<b2>{_TW})['’]s[ \t]+(?i:{_EVENTS})(?!\w)")
_COUPLE_GATE = stdlib_re.compile(rf"(?i:{_EVENTS})")
# The event words as plain strings, found in any case by ``holds_any`` (one C-level pass each over the text in
# lower case): the same texts as ``_COUPLE_GATE``, whose case-insensitive alternation of words with letters
# beyond ASCII took 0.19 ms a 1,000-character prompt. ``folded`` takes "İ", "ſ" and the Kelvin sign for
# "i", "s", "k" as the gate does; a text with a dotless "ı" (which the gate takes for "i") asks the gate.
_EVENT_WORDS = tuple(_EVENTS.split("|"))


def _couple_gate(text: str) -> bool:
    """Whether ``text`` holds an event word (``_COUPLE_GATE.search``, faster)."""
    return holds_any(text, _EVENT_WORDS) or ("ı" in text and _COUPLE_GATE.search(text) is not None)


def couples_at_events(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of each of a couple's names at their wedding (see above)."""
    found = []
    if _couple_gate(text):
        for m in _COUPLE_AT.finditer(text):
            a, b = ("a", "b") if m.group("a") else ("a2", "b2")
            if all(person_word(w, True) and not _firm(w) for g in (a, b) for w in m.group(g).split()):
                found += [(*m.span(a), SCORE_CUE_ONE), (*m.span(b), SCORE_CUE_ONE)]
    return found


# ---- a Filipino name by its particle, and a child's name in brackets with an age (corpus19) ---------------
# "Maricris dela Cruz", "Jocelyn delos Santos": "dela" and "delos" are family names' particles alone (no word
# of English or another language), so one or two capitalised words before and one after make a name whatever
# the model guesses (a place, often); a word before that no name may be (an ordinary word, "Order dela Cruz"
# takes "dela Cruz" only) is left out. "1 child (Fionn, age 12)": a name before an age inside brackets.
_FILIPINO = re.compile(
    rf"(?<![\w@-])(?P<g>(?:{_TW}[ \t]+){{0,2}})(?P<p>(?i:dela|delos))[ \t]+(?P<l>{_TW})(?![\w@-])")
_AGED_IN_BRACKETS = re.compile(
    rf"\([ \t]*(?P<v>{_TW}(?:[ \t]+{_TW})?)[ \t]*,[ \t]*"
    r"(?i:age[ \t]?\d|aged[ \t]\d|\d{1,2}[ \t]?(?:years?|yrs|y/?o)\b)")


def particle_and_aged_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of names by a Filipino particle and of names before an age in brackets (above)."""
    found = []
    if "del" in text or "Del" in text:
        for m in _FILIPINO.finditer(text):
            if not person_word(m.group("l"), True, place_ok=True):
                continue
            start = m.start("p")
            # (the given names: the words before the particle back to one that is no name)
            for word in reversed(list(_WORD_IN.finditer(m.group("g")))):
                if not person_word(word.group(), True, place_ok=True):
                    break
                start = m.start("g") + word.start()
            found.append((start, m.end(), SCORE_CUE_CASED))
    if "(" in text and _AGED_GATE.search(text):
        found += [(*m.span("v"), SCORE_CUE_CASED) for m in _AGED_IN_BRACKETS.finditer(text)
                  if _aged_name(m.group("v"))]
    return found


# ---- a column of people (session 19) ----------------------------------------------------------------------
# A seating plan, a rota, a booking list, an RSVP list, a chat's or a stand-up's speakers: the same place in
# lines of one shape (after "- 18:00 ", before " (yes, +1)", between ", " and ", ", before " / Tue") holds
# the same kind of thing. Where enough of a place's items are names no ordinary word spells, its other items
# are people too, even names that are words ("Table 2: Oksana, Bogdan, Joy, Will", "- Joy (maybe)",
# "Wed: Faith", "19:30 x4 Okafor"); a place of things ("Mon: Standup / Tue: Planning", "- Login (done)")
# has no such names and is left alone. An item is one to three capitalised words; its places are the gap
# before it and the gap after it when each is a separator's (a comma, a slash, a dash, an arrow, a bracket,
# a number; no prose, and not a label's colon alone: "To: …", "Subject: …" hold different things), and its
# column: the line's text before it (earlier items as one mark) with the character after it.
_RUN = re.compile(rf"(?<![\w@./#\\'’-]){_TW}(?:[ ]{_TW})*(?![\w@/\\'’-]|\.\w)")
_GAP_DIGITS = re.compile(r"\d+")
_GAP_WORDS = re.compile(r"\p{Ll}[\p{L}\p{M}'’]*")
_GAP_SPACE = re.compile(r"[ \t]+")
_GAP_NOTE = re.compile(r"\([^()\p{Lu}]{0,60}\)")  # (a note without capitals: no other item inside)
_PLAIN_GAP = stdlib_re.compile(r"[^\w(\t]*")  # (\w: every letter and digit)
_SEPARATORS = frozenset(",;/|:()[]-–—>→+&=•*\t")
_COLUMN_GATE = stdlib_re.compile(r"\n[^\n]*\n|,[^\n]*,|/[^\n]*/|:[^\n]*:")
SCORE_COLUMN = 0.87  # above the model's LOCATION guess (0.85), as a cue's one word


def _shape(gap: str) -> str:
    """A gap as its shape: a note in brackets as (), numbers as 9, words in lower case as a, spaces as one
    ("Will (reading improved a lot), Sunnefa (needs to …)": the notes differ, the list's shape does not)."""
    if gap.isascii() and _PLAIN_GAP.fullmatch(gap) and "  " not in gap:  # (no bracket, digit, letter, tab)
        return gap
    return _GAP_SPACE.sub(" ", _GAP_WORDS.sub("a", _GAP_DIGITS.sub("9", _GAP_NOTE.sub("()", gap))))


def _separator_gap(shape: str) -> str | None:
    """A gap's shape (``_shape``) when the gap between two items is a separator's (no prose), else None."""
    if len(shape) > 24 or shape.count("a") > 2 or not any(c in _SEPARATORS or c == "9" for c in shape) \
            or shape.strip() == ":":  # (a label's colon: "Till: Lidström", "Ämne: Uppsägning" are no list)
        return None
    return shape


def _column_item(words: list[str]) -> bool:
    """An item of a column of people that may be one: no tech word, brand, firm, weekday or a place (unless a
    name list holds it); an ordinary word only when it is also a given name ("Joy", "Will", "Hope")."""
    for word in words:
        low = word.lower()
        listed = listed_name(low)
        if low in tech_words() or low in brands() or low in org_words() or low in _SLOT_NOT_NAMES \
                or low in _LIST_NEVER or low in cue_words() or low in places() and not listed:
            return False
        if low in _WORD_NAMES:
            continue
        if low in _NOT_PERSON or low in STOP_WORDS or low in common_words() or low in foreign_words() \
                or all(p in common_words() for p in low.split("-")):
            if not _given(word):
                return False
        elif not person_word(word, True):
            return False
    return True


def people_in_columns(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the items of a paragraph's column of people (see above): a place with three
    items or more, two listed names among them no ordinary word spells (a given name one of them) and a third
    of them such names."""
    if not _COLUMN_GATE.search(text):
        return []
    found: list[tuple[int, int, float]] = []
    places_of: dict[tuple, list[tuple[int, int, str]]] = {}
    offset = 0
    for line in text.split("\n"):
        if not line.strip():  # a paragraph ends: its places are read
            found += _people_in_places(places_of)
            places_of = {}
        elif len(line) <= 300:
            _places(line, offset, places_of)
        offset += len(line) + 1
    found += _people_in_places(places_of)
    return list(dict.fromkeys(found))


def _people_in_places(places_of: dict[tuple, list[tuple[int, int, str]]]) -> list[tuple[int, int, float]]:
    found = []
    sure_of: dict[tuple[int, int, str], bool] = {}
    for items in places_of.values():
        if len(items) < 3:
            continue
        for item in items:
            if item not in sure_of:
                words = item[2].split()
                sure_of[item] = len(words) <= 3 and all(_column_sure(w) for w in words) \
                    and any(map(listed_name, words))
        sure = {item[2] for item in items if sure_of[item]}
        # (a listed given name among them: family names that are words, "Small, Black, White", or name-like
        # regions and wines, "Lombardy, Bavaria", "Malbec, Syrah", are not enough)
        if len(sure) < 2 or 3 * sum(sure_of[item] for item in items) < len(items) \
                or not any(_given(w) for value in sure for w in value.split()):
            continue
        found += [(start, end, SCORE_COLUMN) for start, end, value in items
                  if len(value.split()) <= 3 and _column_item(value.split())]
    return found


def _column_sure(word: str) -> bool:
    """A name no English or other language's word spells ("Från", "Till" are Swedish words and names)."""
    low = word.lower()
    return _sure_name(word) and low not in foreign_words() and low not in cue_words()


def _places(line: str, offset: int, places_of: dict[tuple, list[tuple[int, int, str]]]) -> None:
    """Add the line's items (start and end in the text, value) to the places they stand in."""
    runs = list(_RUN.finditer(line))
    ends = [0] + [m.end() for m in runs]
    gaps = [line[ends[i]:m.start()] for i, m in enumerate(runs)] + [line[ends[-1]:]]  # around each item
    shapes = [_shape(gap) for gap in gaps[:-1]]
    separators = [None] + [_separator_gap(shape) for shape in shapes[1:]] + [None]  # (between two items)
    prefix = ""
    for i, m in enumerate(runs):
        prefix += shapes[i]
        rest = gaps[i + 1].lstrip(" \t")
        sign = "$" if not rest else "w" if rest[0].isalpha() else "9" if rest[0].isdigit() else rest[0]
        item = (offset + m.start(), offset + m.end(), m.group())
        if len(prefix) <= 40 and prefix.count("a") <= 2 and (prefix.strip() or sign != "w"):
            places_of.setdefault(("column", prefix, sign), []).append(item)
            if "9" in prefix:  # (after a time or a count, whatever follows: "19:30 x4 Okafor", "Rossi x6")
                places_of.setdefault(("column", prefix), []).append(item)
        # (the items on both sides of a separator: "Ingeborg (…), Sunnefa (…), Maxim McAllister (…)")
        for gap in {separators[i], separators[i + 1]} - {None}:
            places_of.setdefault(("gap", gap), []).append(item)
        prefix += "A"
