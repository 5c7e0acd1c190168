"""Which names and places found are personal data: the filters that drop code, ordinary words, firms and
products, and the rules that grow a name to whole words or take in the rest of a list of people. Pure
functions of the text and its spans; ``Scrubber`` applies them to every analysis."""

import re
from functools import cache, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.casing import mostly_abroad, prose_abroad
from scrubber.ner_spans import ORG_WORDS
from scrubber.types import Span
from scrubber.words import (
    LEGAL_FORMS,
    NAME_PARTICLES,
    brands,
    common_words,
    firm_names,
    foreign_words,
    product_nouns,
    surname_ranks,
    tech_words,
)

# Entities found by the statistical NER model; patterns find the rest.
NER_TYPES = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})
# A name or place never contains digits or code punctuation: "user_id", "getName()", "v2", "3.14".
_NOT_A_NAME = re.compile(r"[\d_=(){}\[\]<>/\\@#$%^*|;:+~`]")
_LETTER = re.compile(r"[^\W\d_]")
_CAMEL_HUMP = re.compile(r"[a-z]{3}[A-Z]")
_WORDS = re.compile(r"[^\W\d_]+")
WORD_TYPES = frozenset({"PERSON", "LOCATION"})
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[^\W\d_]+)?"
_NAME_LIST = re.compile(rf"(?<![\w'’-]){_CAP_WORD}(?:,[ \t]*{_CAP_WORD})*,?[ \t]+"
                        r"(?:and|&|und|et|y|e|en|og|och)[ \t]+"
                        rf"{_CAP_WORD}(?![\w'’-])")
_LIST_ITEM = re.compile(_CAP_WORD)
LISTED_SCORE = 0.86  # above the model's LOCATION guess: "Mary, Ariana" are people in a list of people
BRANDS = brands()
# "Wayne| Capital" (one or two spaces: a tab or a wider gap is a table's or a form's next cell, "First name:
# Chidinma    Middle name: Ada")
_CAPITALISED_AFTER = re.compile(r" {1,2}([A-Z][a-z]+)\b")
# Words after a name that make it a product's: a version ("Phoenix 2.4", "v9"), or a product noun that is no
# verb ("Maria builds…" stays a person; "the Denver build agent" is a product).
_PRODUCT_AFTER = re.compile(
    # (a version, not a date: "Phoenix 8.12", not "Kętrzynie 12.03.1980"; nor an id's dotted groups with a
    # check after a dash, a table's next cell: "Gustavo Nunes Carvalho<TAB>160.357.923-08", a CPF)
    r"[ \t]+(?:(?!\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})\b)(?!\d+(?:\.\d+)+-\d)v?\d+(?:\.\d+)+\b"
    r"|(?:v?\d+[ \t]+)?"
    r"(?i:dashboards?|firmware|analytics|templates?|sdk|api|apis|cli"
    r"|plugins?|app|apps|console|portal|gateway|cluster|pipeline|widgets?|chipset|modules?|framework"
    r"|platform"
    r"|microservices?|router|connector|toolkit|edition|build[ \t]+agents?|build[ \t]+servers?"
    r"|release[ \t]+trains?"
    r"|load[ \t]+balancers?|data[ \t]+warehouse|design[ \t]+system|services?|crm|erp|sandbox|staging"
    # an event or project named after a city ("the Madrid sales kickoff", "the Everest project"); not an
    # office or a team: "desk at our Sheffield office" says where a person works
    r"|offsite|kickoff|kick-off|summit|project|sprint|campaign"
    r"|sales[ \t]+(?:kickoff|kick-off|conference))\b)")
# A one-word name after these is a code name: "Project Phoenix", "codename Orion", "Operation Nova".
_CODENAME_BEFORE = re.compile(
    r"(?i:\b(?:project|codename|code[ \t]+name|operation|initiative|programme|sprint(?:[ \t]+\d+)?"
    r"|progetto|projet|proyecto|projekt|projeto|squad|tribe"
    r"|milestone|release)[ \t]+['\"‘“]?)$")
# the rest of a word before / after a span: letters, joined by hyphens and apostrophes
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:['’-][^\W\d_]+)*['’-]?\Z|(?<![^\W\d_])['’-]\Z")
_WORD_AFTER = re.compile(r"(?:['’-]?[^\W\d_]+)+")
TECH_WORDS = tech_words()

_ARTICLE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|le|la|les|un|une|du|el|los|las|il|lo|gli"
    r"|het|een)[ \t]+$", re.IGNORECASE)


def _firm_alternatives() -> str:
    """The firms (``firm_names``, lower case) as an alternation grouped by first letter
    ("g(?:oldman[\\s-]+sachs|…)|m(?:errill[\\s-]+lynch|…)"): the same matches as an alternative per firm,
    in the same order (firms that start with different letters never match at one place, and a group keeps
    the longest first), but each word start costs a letter per group, not one per firm: 2.5 times faster."""
    groups: dict[str, list[str]] = {}
    for firm in sorted(firm_names(), key=len, reverse=True):
        low = firm.lower()
        groups.setdefault(low[0], []).append(
            re.escape(low[1:]).replace(r"\ and\ ", r"\s*&\s*").replace(r"\ ", r"[\s-]+"))
    return "|".join(f"{re.escape(letter)}(?:{'|'.join(rests)})" for letter, rests in groups.items())


# Firms whose names read as people's ("Goldman Sachs", "Merrill Lynch"): a name or place inside one is the
# firm.
# "X and Y" firms count only written with "&": "Gerste, Johnson and Johnson" may be three founders.
# (matched in lower case against the text in lower case: 2.5 times faster than re.IGNORECASE)
_FIRMS = re.compile(r"(?<![\w-])(?:" + _firm_alternatives() + r")(?![\w-])")
_FIRMS_ANY_CASE = re.compile(_FIRMS.pattern, re.IGNORECASE)
# English words that are neither names nor places (scrubber/data/make_common_words.py): as a whole NER hit,
# one of them is a capitalised ordinary word, not personal data.
COMMON_WORDS = common_words()


def plausible(span: Span, text: str) -> bool:
    """False for NER hits that cannot be personal data: numbers, code identifiers, punctuation, and single
    ordinary words ("Summarise", "Merge" at the start of a sentence)."""
    if span.type not in NER_TYPES:
        return True
    value = text[span.start:span.end]
    if not _LETTER.search(value) or _NOT_A_NAME.search(value) or value.startswith(("-", "'", '"')):
        return False
    if value.lower() in COMMON_WORDS or value.lower() in TECH_WORDS:
        return False
    if _CAMEL_HUMP.search(value):  # PaymentService, CrashLoopBackOff (McDonald, DeShawn, LaToya are names)
        return False
    # "Server IP", "Release Notes": ordinary words and acronyms only.
    if all(w.lower() in COMMON_WORDS or (w.isupper() and len(w) <= 4) for w in value.split()):
        return False
    # a button's or a menu's label: ordinary words and English function words ("Sign In", "Log Out")
    if " " in value and all(w.lower() in COMMON_WORDS or w.lower() in _LABEL_FUNCTION_WORDS
                            for w in value.split()):
        return False
    # English NER on German, French, Spanish… text tags capitalised nouns: a single word right after an
    # article ("die Rechnung", "le Contrat") is a noun, not a name.
    # (a listed given name after an article is spoken German, Spanish, Italian: "die Svenja", "el Chuy")
    if " " not in value.strip() and _ARTICLE_BEFORE.search(text, max(0, span.start - 8), span.start) \
            and not _given_after_article(value.strip()):
        return False
    # a member of code: "Intl.NumberFormat", "Math.max" (a name is not followed by ".identifier")
    if _MEMBER_AFTER.match(text, span.end):
        return False
    if " " not in value and _LABEL_OF_AFTER.match(text, span.end):
        return False
    # German nouns the model takes for names when alone: "Abrechnung", "Produktbeschreibung", "Freundschaft"
    # (a word a list holds as a place or a name is none: "Kaohsiung", "Yeung")
    if " " not in value.strip() and _GERMAN_NOUN.search(value) and not _listed(value.strip()):
        return False
    # a German possessive or pointer alone, before the capitalised noun it goes with ("Deine SAP-Kennung")
    if _words_abroad(text, span, value) or value.strip().lower() in _GERMAN_POINTERS:
        return False
    # Names are capitalised in cased scripts; "git log", "merge branch" are not names.
    return value.lower() == value.upper() or any(c.isupper() for c in value)


def _given_after_article(word: str) -> bool:
    """A given name of the hand-written lists, no word of another language: "die Svenja", "el Chuy"."""
    from scrubber.recognizers.name_shapes import hand_given
    from scrubber.words import foreign_words

    low = word.lower()
    return word[:1].isupper() and low in hand_given() and low not in foreign_words()


_LABEL_FUNCTION_WORDS = frozenset("in out up on off to with for of by".split())


def _listed(word: str) -> bool:
    """A place ``places()`` holds or a name a name list holds."""
    from scrubber.recognizers.name_cues import listed_name
    from scrubber.recognizers.places import places

    return word.lower() in places() or listed_name(word)


# Words the model takes for a name when alone, that no list of ordinary English words holds: languages and
# nationalities ("translate this into German and French"; "French" and "German" are surnames too, but then
# a cue or a first name comes with them), greetings and chat roles ("Helpdesk: …", "Customer: Hi, …").
_NEVER_A_NAME_ALONE = frozenset(
    "english german french spanish italian dutch portuguese polish swedish danish norwegian finnish turkish "
    "greek russian ukrainian czech hungarian romanian bulgarian croatian serbian arabic hebrew persian hindi "
    "urdu bengali chinese mandarin cantonese japanese korean vietnamese thai indonesian malay tagalog "
    "swahili "
    "british american canadian australian mexican brazilian argentinian european asian african "
    "hi hey hello helpdesk servicedesk help-desk service-desk chatbot bot caller callee moderator discloser "
    "recipient licensor licensee lessor lessee traceback "
    # the password words of other languages ("Kennwort Wq8!rTz4": the model reads a name and a surname)
    "kennwort passwort wachtwoord contraseña contrasena senha lösenord adgangskode salasana hasło haslo "
    "parola şifre sifre "
    # colleagues and weekdays of other languages ("Liebe Kollegin", "ab Montag"; not "Domingo", a name)
    # pronouns of formal address ("Szanowni Państwo", "Sie das …"), a chart's patient ("Pt's BP")
    "państwo usted ustedes vous sie pt pts pt's "
    # sign-offs of other languages, whole or shortened ("Mvh", "MfG", "Cdlt", "Teşekkürler")
    "mvh mfg cdlt cordialement atenciosamente saludos groeten pozdrawiam teşekkürler saygılarımla "
    "hälsningar "
    # languages named in their own or another language ("auf Deutsch", "en français")
    "deutsch englisch französisch spanisch italienisch anglais français allemand espagnol italien inglés "
    "español alemán francés inglese tedesco francese spagnolo inglês engels duits frans nederlands "
    "engelska svenska angielski polski ingilizce türkçe "
    "kollegin kollege kollegen kolleginnen collègue collègues collega colleghi colega colegas compañero "
    "compañera collega's montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi "
    "jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado lunedì martedì mercoledì "
    "giovedì venerdì maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())
_DIGIT_GROUPS = re.compile(r"(?:[ ]\d{4})+(?![\w-])")
# base64, URL-safe base64 and %-escapes; a generated key's symbols inside it ("django-insecure-…^&ab9p-=*u"),
# but not the next parameter of a query or form body ("client_secret=…&grant_type=client_credentials")
_TOKEN_REST = re.compile(r"(?:[A-Za-z0-9+/=_%-]|(?!&[A-Za-z_]\w*=)[\^&*()@!#$~](?=[A-Za-z0-9+/=_%^&*()@!#$~-]))+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u3005]")
_MEMBER_AFTER = re.compile(r"\.[A-Za-z_]")
# a form's label of a date or place: "DATE OF BIRTH:", "Place of issue", "LIEU DE NAISSANCE" (the upper-case
# line's second look reads "Date" as a name)
_LABEL_OF_AFTER = re.compile(r"[ \t]+(?i:of|de|del|da|do|di)[ \t]+(?i:birth|issue|expiry|death|naissance"
                             r"|nacimiento|nascimento|nascita|emisi[oó]n|d[ée]livrance)\b")
_GERMAN_NOUN = re.compile(r"^[A-ZÄÖÜ](?:[a-zäöüß]{4,}(?:ung|ungen|keit|heit|schaft|ierung|tion|tät)"
                          r"|[a-zäöüß]{2,}(?:schrift|nahme|gabe|sicht|fahrt|kunft|zeug))$")


def whole_words(text: str, spans: list[Span]) -> list[Span]:
    """Names and places grown to whole words: the model or a list may tag part of one ("Dong" of
    "Dong-hyun", "hyun" alone, "Marie" of "Marie-Claire"), and a part left out reaches the vendor beside the
    placeholder. Secrets likewise grown to the end of their token: a pattern's length limit may stop inside
    a long one (a kubeconfig's 2,000-character key data)."""
    out = []
    for s in spans:
        start, end = s.start, s.end
        # (not across the "@" after a URL's password: postgres://svc:S3cret@db-host, the host stays)
        if s.type == "SECRET" and text[end:end + 1] != "@" and _TOKEN_REST.match(text, end - 1) \
                and (m := _TOKEN_REST.match(text, end)):
            end = m.end()
        if s.type == "SECRET" and text[start:end].isdigit() and (m := _DIGIT_GROUPS.match(text, end)):
            end = m.end()  # a key in groups: "Schlüssel: 4821 3390 5712 0486"
        if s.type in WORD_TYPES:
            # (scripts written without spaces have no word to finish: "近藤治|さんは来週…")
            if start and not _UNSPACED.match(text, start - 1) \
                    and (m := _WORD_BEFORE.search(text, max(0, start - 40), start)) and m.start() < start:
                start = m.start()
            if not _UNSPACED.match(text, end) and (m := _WORD_AFTER.match(text, end)):
                end = m.end()
        if s.type == "PERSON" and " " not in text[start:end]:
            start, end = _other_name_word(text, start, end)
        out.append(s if (start, end) == (s.start, s.end) else Span(s.type, start, end, s.score))
    return out


_HONORIFIC_WORDS = frozenset(
    "mrs miss prof sir dame herr herrn frau mme mlle madame monsieur sra srta señor señora signor signora "
    "dott dhr mevr pan pani dottor dottoressa doktor".split())
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.@/-])([^\W\d_][^\W\d_'’-]*[^\W\d_]) \Z")
_NAME_WORD_AFTER = re.compile(r" ([^\W\d_][^\W\d_'’-]*[^\W\d_])(?![\w'’@/-]|\.\w)")


def _other_name_word(text: str, start: int, end: int) -> tuple[int, int]:
    """A one-word name grown by a capitalised word right before or after it that can only be a name word:
    "El contrato de Wanjiru |Kamau|", "|Wanjiru| Kamau vence" (no ordinary, function, cue, title or firm
    word; not a word that starts a sentence, nor, in German, a noun after the name)."""
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before and (_a_name_word(before.group(1)) and not _starts_a_sentence(text, before.start(1))
                   or _a_word_name(before.group(1))):  # "Honor O'Shaughnessy owns …", "Precious Stancu"
        return before.start(1), end
    after = _NAME_WORD_AFTER.match(text, end)
    if after and _a_name_word(after.group(1)) and not (
            _nouns_capitalised(text) and after.group(1).lower() in foreign_words()):
        return start, after.end(1)
    return start, end


def _a_word_name(word: str) -> bool:
    """A given name that is also an English word ("Will", "Honor", "Precious"), capitalised: before a family
    name it is the given name, even at a sentence's start."""
    from scrubber.recognizers.name_cues import _WORD_NAMES

    return word[:1].isupper() and word[1:].islower() and word.lower() in _WORD_NAMES


def _starts_a_sentence(text: str, at: int) -> bool:
    """Whether only spaces, quotes or a bracket stand between text[at] and the text's start or a sentence's
    end (. ! ? : ; or a line break)."""
    head = text[:at].rstrip(" \t\"'“(")
    return not head or head[-1] in ".!?:;\n"


def _a_name_word(word: str) -> bool:
    from scrubber.recognizers.name_cues import cue_words

    low = word.lower()
    return (len(word) >= 3 and word[0].isupper() and any(c.islower() for c in word)
            and low not in COMMON_WORDS and low not in STOP_WORDS and low not in TECH_WORDS
            and low not in ORG_WORDS and low not in _function_words() and low not in cue_words()
            and low not in _NEVER_A_NAME_ALONE and low not in _GERMAN_POINTERS
            and low not in _HONORIFIC_WORDS)


def listed_people(text: str, spans: list[Span]) -> list[Span]:
    """In a list of capitalised words ("Monjeau, Graves and Reed", "Efimiya, Mary, Ariana, Isabel and Jodi")
    where most items are names already found, the rest are names too."""
    from scrubber.recognizers.name_cues import person_word

    people = [s for s in spans if s.type == "PERSON"]
    if not people:
        return spans
    more = []
    for m in _NAME_LIST.finditer(text):
        items = list(_LIST_ITEM.finditer(text, m.start(), m.end()))
        named = [i for i in items if any(p.start <= i.start() and i.end() <= p.end for p in people)]
        if 2 * len(named) >= len(items):
            more += [Span("PERSON", i.start(), i.end(), LISTED_SCORE) for i in items
                     if i not in named and person_word(i.group(), False)]
    from scrubber.not_people import not_people

    return spans + not_people(text, not_firms(text, more))  # "Tommy Hilfiger and Morgan| Stanley"


def not_firms(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less the names and places that are a firm's name (``_FIRMS``), or one with nothing but
    ordinary words around it ("Compare Morgan Stanley")."""
    if not any(s.type in ("PERSON", "LOCATION") for s in spans):
        return spans
    low = text.lower()  # (the same length but for a few letters: "İ" is two in lower case)
    firms = list(_FIRMS.finditer(low) if len(low) == len(text) else _FIRMS_ANY_CASE.finditer(text))
    return [s for s in spans if not (s.type in ("PERSON", "LOCATION") and any(
        m.start() < s.end and s.start < m.end() and _only_ordinary(
            text[s.start:max(s.start, m.start())] + " " + text[min(s.end, m.end()):s.end]) for m in firms))]


def not_products(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less a name or place that names a product ("the Austin load balancer", "Phoenix dashboard
    8.12", "Orion 4 firmware", "Dyson Airwrap") or ends in an organisation word ("Wayne Capital"); a name
    that runs into an ordinary noun ends before it ("Maria Lopez| Senior Engineer"), or is a product's when
    one name word is left ("Evelyn Onboarding", "Quincy Quote Builder")."""
    out = []
    for s in spans:
        if s.type == "PERSON" and (owner := _owner_of_a_firm(text, s)) is not None:
            out.append(owner)
            continue
        if s.type in ("PERSON", "LOCATION") and _names_a_product(text, s):
            continue
        if s.type == "PERSON" and (s := _before_ordinary_noun(text, _after_leading_words(text, s))) is None:
            continue
        if s.type == "PERSON" and _a_role_after_opener(text, s):
            continue
        out.append(s)
    return out


# (lead28) A name before a firm's legal form, the span's end ("Maria Lopez GmbH", "Juan Pereira, S.L.")
_OWNER_FIRM = re.compile(rf"(?P<name>[^\n]+?),?[ \t]+(?:{LEGAL_FORMS})\Z")


def _owner_of_a_firm(text: str, s: Span) -> Span | None:
    """(lead28) A firm named after its owner, a given name first and a family name last before its legal
    form ("Maria Lopez GmbH", "Juan Carlos Pereira S.L."): a sole trader's firm is their name, which stays
    masked (the form left out) where the firm's word would drop the whole span; None for any other span."""
    m = _OWNER_FIRM.match(text, s.start, s.end)
    if m is None:
        return None
    from scrubber.recognizers.name_shapes import lists

    given, family = lists()[:2]
    name = m["name"]
    words = name.lower().split()
    if not 2 <= len(words) <= 4 or words[0] not in given or words[-1] not in family or name.lower() in BRANDS:
        return None
    return Span("PERSON", s.start, m.end("name"), s.score)


_GOODS_AFTER = re.compile(r"[ \t]+(?i:products?|merchandise|merch|goods|range|collection|store|stores|shop"
                          r"|boutique|outlet|catalogue|catalog"
                          # (fp22) clothes and such ("a Ralph Lauren polo", "Calvin Klein jeans")
                          r"|shirts?|polos?|jackets?|coats?|dress(?:es)?|suits?|jeans|sweaters?|jumpers?"
                          r"|hoodies?|shoes|sneakers|trainers|boots|bags?|handbags?|belts?|scarf|scarves"
                          r"|perfumes?|fragrances?|cologne|sunglasses|watch(?:es)?|eyewear|swimwear)\b")


_LANDMARK_CUE = re.compile(r"(?i)(?<!\w)(?:opposite|behind|beside|near|next[ \t]+to|adjacent[ \t]+to|off|c/o)"
                           r"[ \t]+[A-Z]")


def _names_a_product(text: str, s: Span) -> bool:
    value = text[s.start:s.end].strip()
    if s.type == "LOCATION" and "," in value and (any(c.isdigit() for c in value)
                                                  or value.count(",") >= 2 and _LANDMARK_CUE.search(value)):
        # an address in parts, with its number or a landmark's cue: a bank or shop it is near is no firm or
        # brand of its own ("22 Baker Road, near Lloyds Bank, Leeds LS1 4AB", "3 Church Lane, next to Tesco
        # Express, …", "C/O Mama Ngozi, Opposite First Bank, Ogui Road, Enugu")
        return False
    one_word = " " not in value
    after = _CAPITALISED_AFTER.match(text, s.end)  # "Wayne| Capital", "Toyota| Corolla", "Evelyn| Onboarding"
    return bool(
        _PRODUCT_AFTER.match(text, s.end) or _a_brand(value) or _product_phrase_after(text, s)
        # (fpbrand24) the model tagged part of a brand joined by a hyphen: "|Gore|-Tex", "|Coca|-Cola"
        or ((joined := _HYPHENED_REST.match(text, s.end)) is not None and _a_brand(value + joined.group()))
        or (one_word and _CODENAME_BEFORE.search(text, max(0, s.start - 18), s.start))
        # a listed brand beside a brand or a firm in a list ("Miele und |Vorwerk|", "Wendy's and |Arby's|",
        # "|Elizabeth Arden| and Estée Lauder")
        or (_listed_brand(value) and _listed_with_firms(text, s))
        # ... or a part of one, the model having tagged a word of it ("|Burger| King", "Charlotte |Tilbury|")
        or _in_a_listed_brand(text, s)
        # (fpbrand24) a span that is a list of brands and firms only ("Lacoste, Ralph Lauren", "Harvey
        # Nichols, Selfridges"): the model joined two items of a list of brands
        or _brands_only(value)
        # (fpbrand24) a brand before a model's code or number ("Mercedes GLC 300", "Galaxy S24", "Chanel No.
        # 5", "Bosch Serie 6"): the product, where a person named so ("Mercedes said …") has no code after
        or _a_brand_model(text, s, value)
        # a brand that is a person's whole name before its goods ("only does Herman Miller products")
        or (not one_word and value.lower() in BRANDS and _GOODS_AFTER.match(text, s.end))
        or (s.type == "PERSON" and not one_word
            and _POSSESSIVE.sub("", value.split()[-1].lower()) in _FIRM_WORDS)  # "Tyrell Corporation's"
        # (fp22) a place ending in a firm's word ("Pinecrest Capital"; not "St Mary's Hospital")
        or (s.type == "LOCATION" and not one_word and "," not in value
            and _POSSESSIVE.sub("", value.split()[-1].lower()) in _COMMERCIAL)
        # "Van Gogh| Museum", "Martin Luther King Jr.| Memorial", "Nobel| Prize": a landmark or an honour
        or (s.type == "PERSON" and (after and after.group(1).lower() in _LANDMARKS
                                    or any(w.lower() in _LANDMARKS for w in value.split()[1:])))
        or (one_word and after and (after.group(1).lower() in _FIRM_WORDS or after.group(1).lower() in BRANDS
                                    or _ordinary_noun(after.group(1)) and not _title_case(text, s.start)))
        or _FIRM_AFTER.match(text, s.end)  # "Dalton| & Finch LLP"
        # (fp29) a nation's and a compass point's words opening a firm's longer name: "the |Dutch East| India
        # Company" (no name: a name before a firm's words may be its owner's, "Chidi Okafor Holdings")
        or (s.type == "PERSON" and _ORG_NAME_AFTER.match(text, s.end) is not None
            and all(_a_nation_or_compass_point(w) for w in value.split()))
        or any(m.start() <= s.end + 1 and s.start <= m.end()  # "Brume| & Fils", "Martin & |Söhne|"
               for m in _FAMILY_FIRM.finditer(text, max(0, s.start - 6), s.end + 16))
        # "Richter scale", "Black Friday", "Valentine's Day"
        or _an_eponym(text, s, value) or _HOLIDAY.search(value) or _DAY_AFTER.match(text, s.end)
        or _eponym_before(text, s, value)
        or s.type == "LOCATION" and (_a_place_label(text, s) or _a_firms_site(text, s)))


# (fpbrand24) Words that end a firm's name, besides the organisation words of ``ORG_WORDS`` ("Harrington
# Lettings", "Stratus Mobility"): no frequent family or given name among them
_FIRM_WORDS = ORG_WORDS | frozenset(
    "lettings mobility pharmacy pharmaceuticals therapeutics biotech aerospace automotive apparel "
    "cosmetics beverages brewery brewing distillery telecom telecoms airways energy utilities recruitment "
    "staffing couriers removals interiors estates developments dynamics robotics electronics outfitters "
    "hotels resorts".split())


# Places and honours named after people, capitalised after the name ("the Van Gogh Museum", "Martin Luther
# King Jr. Memorial", "the Turing Award"): no frequent family name among them ("Hall", "Park", "Street",
# "House", "Tower" are), so "Jane| Hall" stays a person.
_LANDMARKS = frozenset(
    "memorial museum prize award medal doctrine airport stadium arena library boulevard avenue cathedral "
    "monument lecture lectures fellowship scholarship center centre theatre theater building mausoleum "
    "gallery station square act "
    # (fp29) a waterfront's: "Temple Quay", "Canary Wharf"
    "quay quays wharf esplanade promenade".split())


# Up to three words after a name, lower case or an acronym ("the Lincoln| scheduler", "Jackson| ETL job"), and
# a name joined to another before them ("the Sierra| and Tango branches").
# (one space between words: a tab or a run of spaces is a table's next cell, "Leeds<TAB>app")
_WORD_OR_ACRONYM = r"([a-z][a-z-]*|[A-Z]{2,5})"
_WORDS_AFTER = re.compile(rf" {_WORD_OR_ACRONYM}(?: {_WORD_OR_ACRONYM})?(?: {_WORD_OR_ACRONYM})?")
_JOINED_AFTER = re.compile(r" (?:and|or|&|und|et|y|e|en|og|och) [A-Z][\w'’-]+")
_DETERMINER_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:the|our|your|their|its|this|that|these|those|his|her|my|a|an|new|each|every|le|la|les"
    r"|du|des|de|der|die|das|den|dem|el|los|las|il|lo|gli|het|onze|notre|nos|unser|unsere|unseren|nuestro"
    r"|nuestra)[ \t]+\Z")
_PRODUCT = product_nouns()
# words that say a place is where someone lives, works or comes from, or where goods go: no product's name
_PERSON_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:lives?|living|lived|born|works?|working|worked|based|moved|moving|relocat\w*|resid\w*|commut\w*"
    r"|grew[ \t]+up|stays?|staying|(?:is|are|was|were|comes?|came)[ \t]+from|wohnt|lebt|arbeitet|habite|vit"
    r"|travaille|vive|trabaja|abita|lavora|woont|werkt|mora|trabalha|ship\w*|deliver\w*|sen[dt]|mail\w*)\b"
    r"[^.\n;:!?]{0,24})\Z")
_POSSESSIVE = re.compile(r"['’]s\Z")


def _product_phrase_after(text: str, s: Span) -> bool:
    """A thing's noun comes after the name: at most two modifiers, then a head ("the Georgia data lake",
    "Sydney mobile app"); a head that is a verb too only after "the", "our"… ("the Aspen launch", not "did
    Anna launch"), some only after a modifier ("Florence knowledge base"); also after "and <Name>" ("the
    Sierra and Tango branches")."""
    end = (j.end() if (j := _JOINED_AFTER.match(text, s.end)) else s.end)
    m = _WORDS_AFTER.match(text, end)
    # (the words after first: the look back for a person's verb is the costlier test, and most names have
    # no product word after them)
    return m is not None and _product_words(text, s, [w.lower() for w in m.groups() if w]) \
        and not _PERSON_PLACE_BEFORE.search(text, max(0, s.start - 40), s.start)  # "lives in the Lyon region"


def _product_words(text: str, s: Span, words: list[str]) -> bool:
    """Whether ``words`` (the words after the name, lower case) make it a thing's name (see
    ``_product_phrase_after``)."""
    determined, modified = None, False
    for word in words:
        if word in _PRODUCT["heads"]:
            return True
        if word in _PRODUCT["verb heads"]:
            if determined is None:  # "the Aspen| launch", "|The Victoria| search index"
                first = text[s.start:s.end].split(None, 1)[0] + " "
                determined = bool(_DETERMINER_BEFORE.search(text, max(0, s.start - 10), s.start)
                                  or _DETERMINER_BEFORE.match(first))
            if determined:
                return True
        if word in _PRODUCT["after a modifier"] and modified:  # "knowledge base", "help desk"
            return True
        if word not in _PRODUCT["modifiers"]:
            return False
        modified = True
    return False


# A name is an eponym's before these: "Richter scale", "Euler's number", "Cushing's syndrome", "Murphy's law"
_EPONYM_AFTER = re.compile(
    r"(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)*(?P<own>['’]s?)?[ \t]+(?:substitution[ \t]+)?"
    r"(?P<noun>scale|law|laws|number|numbers|effect|syndrome|disease|sarcoma"
    r"|lymphoma|principle|theorem|constant|equation|equations|distribution|paradox|conjecture|hypothesis|curve"
    r"|formula|transform|series|sequence|criterion|reflex|palsy|sign|test|method|algorithms?|coefficient"
    r"|line[ \t]+algorithm"
    r"|diagrams?|curves|equilibri(?:um|a)|bounds?|inequality|matrix|matrices|functions?|integrals?|filters?"
    r"|notation|machines?|ratio|interpolation|operators?|polynomials?|charts?|razor|cycle|distance|entropy"
    r"|index|lemma|triangle|spiral|fractal|manifold|spaces?|manoeuvres?|maneuvers?|technique|procedure"
    # "Fisher-Yates shuffle", "Luhn checksum", "Caesar cipher", "Maslow's hierarchy", "Fibonacci heap"
    r"|shuffle|checksum|cipher|hierarchy|pyramid|heap|prize"
    # (fp19) "the Koch snowflake", "the Monroe doctrine", "the Lincoln statue", "the Van Gogh museum"
    r"|snowflake|doctrine|statue|statues|monument|memorial|museum|mausoleum|identity|identities|telescope"
    r"|Act|Acts|Doctrine|Plan"  # "the Dodd-Frank Act", "the Monroe Doctrine", "the Marshall Plan"
    # (session 18) "Lewy body dementia", "Barr body", "Golgi apparatus", "Purkinje fibres", "Broca's area"
    r"|body|bodies|apparatus|fibres|fibers|area|cells?"
    # clinical scores, stages and signs: "Apgar score", "Gleason grade", "Colles fracture"
    r"|scores?|classification|criteria|stages?|staging|grades?|grading|fracture|ulcer|nodes?|tumou?r|cyst"
    r"|ducts?|canal|glands?|hernia|aneurysm|ligament|nerve|questionnaire|oesophagus|esophagus"
    # "Markov chains", "Huffman coding", "Raynaud's phenomenon", "Turing Award", "Rubik's cube"
    r"|chains?|coding|phenomenon|awards?|medal|cube|cradle|triangulation|decomposition|elimination|correction"
    r"|similarity|correlation|divergence|noise|blur|sampling|logic|estimator|regression|trees?|hashing"
    r"|problem|radius|kernel|tessellation|quaternions?|estimate|hazards|matching|signatures?|shading|splines?"
    r"|factori[sz]ation|orthogonali[sz]ation|wager|choice|t-tests?)\b"
    # a German compound: "Pareto-Prinzip", "Alzheimer-Krankheit", "Dunning-Kruger-Effekt"
    r"|-(?:Prinzip|Krankheit|Syndrom|Gesetz|Effekt|Verteilung|Algorithmus|Preis|Diagramm|Skala|Kurve)\b")
# ... or the eponym's noun before it and "of": "the law of Demeter", "la ley de Murphy", "la maladie
# d'Alzheimer", "il teorema di Pitagora", "das Gesetz von Moore", "o princípio de Pareto"
_OF_WORDS = frozenset("of de di von des van da do".split())
_OF_BEFORE = re.compile(r"(?i:of|de|di|von|des|van|da|do)[ \t]+\Z|d['’][ \t]*\Z")
_EPONYM_BEFORE = re.compile(
    r"(?i:\b(?:law|principle|theorem|paradox|razor|disease|syndrome|algorithm|ley|principio|teorema|paradoja"
    r"|algoritmo|s[ií]ndrome|enfermedad|loi|principe|th[ée]or[èe]me|paradoxe|algorithme|maladie|legge"
    r"|malattia|paradosso|wet|stelling|ziekte|lei|princ[ií]pio|doen[çc]a|algorithmus|gesetz|satz|morbus)"
    r"[ \t]+(?:of|de|di|von|des|van|da|do)[ \t]+|\b(?i:maladie|loi)[ \t]+d['’])\Z")
# What a given name's own is a person's, not an eponym's: "Maria's test results", "John's disease", "Anna's
# number" ("Pascal's triangle", "Newton's method", "Murphy's law", "Bell's palsy" are eponyms)
_CLINICAL_NOUNS = frozenset(
    "score scores classification criteria stage stages staging grade grades grading fracture ulcer node "
    "nodes tumour tumor cyst duct ducts canal gland glands hernia aneurysm ligament nerve questionnaire "
    "oesophagus esophagus".split())
_OWN_NOUNS = frozenset(
    "test disease syndrome number numbers chart charts cycle award awards medal problem tree trees signature "
    "signatures choice estimate body bodies area cell cells score scores stage stages grade grades fracture "
    "ulcer questionnaire identity".split())


def _an_eponym(text: str, s: Span, value: str) -> bool:
    """A name before an eponym's noun (``_EPONYM_AFTER``), or joined to a name before one ("Levenshtein and
    Damerau-Levenshtein distance", neither a given name); not a given name's own test, sign, disease or
    number ("Maria's test results", "John's disease"), which are a person's."""
    from scrubber.recognizers.name_shapes import lists

    m = _EPONYM_AFTER.match(text, s.end)
    if not m and (joined := _JOINED_AFTER.match(text, s.end)) and not any(
            w in lists()[0] for w in _WORDS.findall((value + " " + joined.group()).lower())):
        m = _EPONYM_AFTER.match(text, joined.end())
    if not m:
        return False
    # (a given name and a family name before the noun are a person's: "Anna Gleason score was 9")
    words = value.lower().split()
    if len(words) > 1 and words[0] in lists()[0] and m.group("noun") in _CLINICAL_NOUNS:
        return False
    # ("Ingrid Solberg's signature", "Maria Lopez's test": a listed given name first, a person's own)
    return not (m.group("own") and m.group("noun") in _OWN_NOUNS
                and (value.lower() in lists()[0] or len(words) > 1 and words[0] in lists()[0]))


def _eponym_before(text: str, s: Span, value: str) -> bool:
    """One name after an eponym's noun and "of" (``_EPONYM_BEFORE``), or with the "de" in the span ("la
    maladie |de Kahler|")."""
    words = value.split()
    at = s.start
    if len(words) == 2 and words[0].lower() in _OF_WORDS:
        at = s.start + value.index(words[1])
    elif len(words) != 1:
        return False
    return bool(_OF_BEFORE.search(text, max(0, at - 6), at)
                and _EPONYM_BEFORE.search(text, max(0, at - 24), at))


# A holiday or shopping day: a person's name never ends on a weekday ("Black Friday"), nor stands before
# "Day" ("Valentine's Day", "Boxing Day")
_HOLIDAY = re.compile(r"[ \t](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_DAY_AFTER = re.compile(r"(?:['’]s)?[ \t]+Day\b")
# "X & Y LLP", "X & Sons Bakery": a name before "&" and a firm's name
_FIRM_AFTER = re.compile(r"[ \t]*&[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2}[ \t]+(?i:"
                         + "|".join(re.escape(w) for w in sorted(ORG_WORDS, key=len, reverse=True)) + r")\b")
_ORG_NAME_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]+){1,2}[ \t]+(?:"
    + "|".join(re.escape(w.title()) for w in sorted(ORG_WORDS, key=len, reverse=True)) + r")\b")


_COMPASS_POINTS = frozenset("north south east west northern southern eastern western".split())


def _a_nation_or_compass_point(word: str) -> bool:
    from scrubber.not_people import _NATIONALITIES

    return word.lower() in _COMPASS_POINTS or word.lower() in _NATIONALITIES


# "Brume & Fils", "Martin & Söhne", "Rossi e Figli", "Dupont et Frères": a family firm, not people
_FAMILY_FIRM = re.compile(r"(?:&|\b(?:and|und|e|et|y|en))[ \t]*(?:Fils|Cie|Co|Söhne|Sohn|Sons|Figli|Hijos"
                          r"|Filhos|Zonen|Frères|Brothers|Bros|Partners|Associates)\b")
# A time zone ("Europe/Berlin", "America/Los_Angeles") or a cloud region's label ("eu-west-1 (Ireland)")
_TIME_ZONE = re.compile(r"(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)"
                        r"/[A-Z][A-Za-z_-]+(?:/[A-Z][A-Za-z_-]+)?")
# A cloud region's name before the place in brackets: "eu-west-1 (Ireland)", "westeurope (Amsterdam)",
# "uksouth (London)" (not prose's "the northeast (Boston)"); the one regex for it (``topics`` uses it too)
_REGION_NAME = (
    r"(?<![\w-])(?:[a-z]+(?:-[a-z0-9]+)*-?\d[a-z]?"
    r"|(?!(?:north|south|mid|far|near|upper|lower)?(?:east|west|north|south)[ \t]*\()"
    r"[a-z]{2,}(?:east|west|north|south|central)[a-z0-9]*"
    r"|(?:east|west|north|south|central)(?:us|europe|asia|india|uk|japan)[a-z0-9]*)[ \t]*\([ \t]*")
_REGION_BEFORE = re.compile(_REGION_NAME + r"\Z")
# ... and anywhere in a text, with a compass word in the name: "eu-west-3 (Paris)", "northeurope (Dublin)"
# (``topics``: a text about cloud regions; not "v2 (Berlin)")
REGION_LABEL = re.compile(r"(?=[a-z]*-?(?:[a-z]+-)*(?:east|west|north|south|central))" + _REGION_NAME
                          + r"[A-ZÀ-ÖØ-Þ][\w'’. -]{1,30}\)")


def line_around(text: str, s: Span) -> tuple[int, int]:
    """Where the line holding ``s`` starts and ends (its line break not included)."""
    end = text.find("\n", s.end)
    return text.rfind("\n", 0, s.start) + 1, len(text) if end < 0 else end


def a_region_label(text: str, s: Span) -> bool:
    """The place in a cloud region's label: "eu-west-1 (|Ireland|)", "westeurope (|Amsterdam|)"."""
    return text[s.end:s.end + 1] == ")" and bool(_REGION_BEFORE.search(text, max(0, s.start - 30), s.start))


# A place named as where a firm is, sells or runs something: "rep office in Seattle", "headquartered in
# Austin", "dealer network across Warsaw and Berlin", "stores in Lyon", "launch in Brazil and Portugal",
# "a sales office in Chicago vs New York", "das neue Büro in Madrid", "nous vendons déjà à Lisbon et Geneva",
# "faut-il ouvrir Dubai", "your depot in Rotterdam", "an alliance in Milan"
_JOINED_PLACES = (r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t][A-ZÀ-ÖØ-Þ][\w'’.-]*)?(?:,[ \t]*|[ \t]+(?:and|&|or|vs\.?"
                  r"|versus|et|und|y|e|en|o|ou|oder|of)[ \t]+))*")
_FIRMS_SITE_BEFORE = re.compile(
    r"(?i:\b(?:(?:rep|sales|regional|branch|head|representative|liaison|field|satellite|new|our|their|its)"
    r"[ \t]+offices?|headquartered|headquarters|hq|dealer[ \t]+network|(?:dealer|distribution|sales|service"
    r"|partner|retail)[ \t]+(?:network|partners?|centres?|centers?)|stores|shops|outlets|branches|plants"
    r"|factories|warehouses|data[ \t]?cent(?:er|re)s?|subsidiar(?:y|ies)|operations|presence"
    r"|launch(?:ing|es)?|expan(?:d|ding|sion)|market[ \t]+entry|markets?|rollout|go-live"
    r"|depots?|alliance|partnership|joint[ \t]+venture"
    # another language's new office, plant, warehouse, alliance, market (an office alone may be a person's:
    # "rattachée à l'agence de Lyon", like "joins the Bergen office")
    r"|neue[ns]?[ \t]+büros?|nouveaux?[ \t]+bureaux?|nuevas?[ \t]+oficinas?|nuovo[ \t]+ufficio"
    r"|nieuwe[ \t]+kantoor|novo[ \t]+escritório|werk|lager|usines?|entrepôts?|fábricas?|almacén|stabilimento"
    r"|magazzino|magazijn|armazém|alianza|alleanza|mercados?|marchés?|mercato)"
    r"[ \t]+(?:in|into|across|at|to|throughout|à|a|en|em|na|no|di|de|du|da|do|nach|op|te)[ \t]+"
    # where a firm sells or opens: "we sell in", "nous vendons déjà à", "faut-il ouvrir"
    r"|\b(?:sell|sells|selling|sold|vendons|vendemos|vendiamo|verkaufen|verkopen|vendons[ \t]+déjà)"
    r"(?:[ \t]+(?:already|déjà|ya|già|bereits|al))?[ \t]+(?:in|into|to|à|en|a|in|em|no|na)[ \t]+"
    r"|\b(?:ouvrir|abrir|aprire|eröffnen|openen)(?:[ \t]+(?:à|en|a|in|em))?[ \t]+)"
    + _JOINED_PLACES + r"\Z")
# A place's figures: "Umsatz Q2: Zurich +12 %, Lisbon −3 %" (a person's office is no firm's context: "joins
# the Bergen office", "desk at our Kavali office" tie a person to a place); a route between places: "Route
# Lyon – Zurich"
_FIGURE_AFTER = re.compile(r"[ \t]*:?[ \t]*[+−–-][ \t]?\d[\d.,]*[ \t]?%")
# (a person's flight is no firm's route: "book flights from Dublin to Boston for Ana" keeps both)
_ROUTE_BEFORE = re.compile(r"(?i:\b(?:route|routes|strecke|ligne|ruta|tratta|verbindung)"
                           r"[ \t]+(?:from[ \t]+|von[ \t]+|de[ \t]+)?(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*"
                           r"(?:[ \t][A-ZÀ-ÖØ-Þ][\w'’.-]*)?[ \t]*(?:[–—→>/-]|to|nach|à)[ \t]*)?)\Z")
# A firm's name and a comma before the place: "From: Brume & Fils, Sydney", "Aldercrest Retail, Geneva" (a
# capitalised name's last word, not a mail domain's "copperleaf.co,"; not a place where people are looked
# after, taught or put up: "St Mary's Hospital, London" may be a patient's)
_COMMERCIAL = sorted(ORG_WORDS - frozenset("hospital clinic school college university hotel club department "
                                           "ministry council committee institute foundation association team "
                                           "health dental".split()), key=len, reverse=True)
_COMMERCIAL_WORD = "|".join(re.escape(w.capitalize()) for w in _COMMERCIAL)  # "Retail", "Logistics"
_FIRM_COMMA_BEFORE = re.compile(
    r"(?:[A-Z][\w'’-]*[ \t]+(?:" + _COMMERCIAL_WORD
    + r"|" + "|".join(re.escape(w.upper()) for w in _COMMERCIAL if len(w) <= 4)
    + r")|&[ \t]*(?:Fils|Cie|Co|Söhne|Sons|Figli|Hijos|Filhos|Zonen|Frères|Brothers|Partners))"
    r"[ \t]*,[ \t]*\Z")
# One model span for a firm and its town, or a route and a town: "Westvale Hospitality, London",
# "Route Berlin"
_FIRM_IN_PLACE = re.compile(rf"(?:.*[ \t](?:{_COMMERCIAL_WORD}),[ \t]*\S|(?:Route|Strecke|Ligne|Ruta)[ \t])")


def _a_firms_site(text: str, s: Span) -> bool:
    """The place follows a firm's office, network, stores or launch word ("rep office in |Seattle|", "dealer
    network across Warsaw and |Berlin|") or its name ("Brume & Fils, |Sydney|"), has a figure ("|Zurich|
    +12 %") or is on a route ("Route |Lyon| – Zurich"), with no cue of a person's living or working before
    it."""
    before = max(0, s.start - 80)
    value = text[s.start:s.end]
    return bool(_FIRMS_SITE_BEFORE.search(text, before, s.start) or _FIGURE_AFTER.match(text, s.end)
                or _ROUTE_BEFORE.search(text, max(0, s.start - 40), s.start)
                or _FIRM_COMMA_BEFORE.search(text, max(0, s.start - 40), s.start)
                or _FIRM_IN_PLACE.match(value)) and not \
        _PERSON_PLACE_BEFORE.search(text, max(0, s.start - 60), s.start)


def _a_place_label(text: str, s: Span) -> bool:
    line_start = text.rfind("\n", 0, s.start) + 1
    if any(m.start() <= s.start < m.end() for m in _TIME_ZONE.finditer(text, max(line_start, s.start - 30),
                                                                      s.end + 40)):
        return True
    return a_region_label(text, s)


def _ordinary_noun(word: str) -> bool:
    """A capitalised word that is an organisation word, or an ordinary English word (or an -ing noun) that is
    no frequent family name nor a listed one ("Camera", "Reports", "Onboarding"; not "Baker", "Street",
    "Gold", "Fang", "Sow", "Manning")."""
    low = word.lower()
    if not word[:1].isupper() or low in STOP_WORDS:
        return False
    return low in ORG_WORDS or low in _PRODUCT_NOUNS or ((low in COMMON_WORDS or _ing_noun(low))
                                and surname_ranks().get(low, _RARE) >= _RARE and low not in _world_names())


_JOINED_PARTS = re.compile(r"[-'’]")


# (and Malay and Arabic patronymics before a family name, "binti Yusof, Nurul", and "de los Santos")
_LEADING_PARTICLES = NAME_PARTICLES | frozenset("binti bint binte bte los las des".split())


# Capitalised words that open a sentence and never a name: possessive determiners ("Their CFO joined") and
# prepositions of other languages ("Desde Barcelona hay vuelos", "Seit Montag")
_NEVER_FIRST_IN_A_NAME = frozenset(
    "their our your desde hasta entre hacia según mediante depuis pendant avec seit während gegen ohne "
    "tramite".split())


def _a_role_after_opener(text: str, s: Span) -> bool:
    """What is left of "Their CFO" (``_after_leading_words``): one acronym or ordinary word, no one's name."""
    value = text[s.start:s.end]
    before = _OPENER_BEFORE.search(text, max(0, s.start - 12), s.start) if " " not in value else None
    return bool(before) and before.group(1).lower() in _NEVER_FIRST_IN_A_NAME \
        and (value.isupper() and len(value) <= 4 or value.lower() in COMMON_WORDS)


_OPENER_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]\Z")


def _after_leading_words(text: str, s: Span) -> Span:
    """A mixed-case name span less the lower-case words it starts with, but for particles right before the
    name ("un courriel de relance à |Osborne Clarke", "Mr |van der Berg"); all lower case, it is kept whole
    ("maria gonzalez")."""
    words = list(_NAME_WORD.finditer(text, s.start, s.end))
    # ("al-Khatib", "el-Amin", "d'Souza": a particle joined to a capitalised name counts as capitalised)
    first_cap = next((i for i, w in enumerate(words)
                      if any(p[:1].isupper() for p in _JOINED_PARTS.split(w.group()))), None)
    if first_cap is not None and first_cap + 1 < len(words) \
            and words[first_cap].group().lower() in _NEVER_FIRST_IN_A_NAME:
        first_cap += 1  # "Their| CFO", "Desde| Barcelona": the word that opens the sentence is no name's
    if not first_cap:  # none capitalised, or the first word is
        return s
    keep = first_cap
    while keep > 0 and words[keep - 1].group().lower() in _LEADING_PARTICLES:
        keep -= 1
    return s if keep == 0 else Span(s.type, words[keep].start(), s.end, s.score)


def _ing_noun(low: str) -> bool:
    """An English -ing noun of a word we know ("Hosting", "Shipping", "Onboarding": on-board), not a surname
    that only ends so ("Häring", "Söding", "Hering")."""
    stem = low[:-3]
    return low.endswith("ing") and len(stem) >= 4 and (stem in COMMON_WORDS or stem + "e" in COMMON_WORDS
                                    or len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in COMMON_WORDS
                                    or any(stem[i:] in COMMON_WORDS for i in range(1, len(stem) - 3)))


def _title_case(text: str, at: int) -> bool:
    """Whether the line around ``at`` is in title case ("Meeting With Maria Tomorrow About The Budget"):
    capitalised function words past its first word. There a capitalised word says nothing."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = text[start:end if end >= 0 else len(text)].split()[1:]
    return sum(w[:1].isupper() and w.lower() in STOP_WORDS for w in words) >= 2


@cache
def _world_names() -> frozenset[str]:
    """Given and family names of the hand-made world lists, ordinary words among them ("Fang", "Sow")."""
    from scrubber.recognizers.name_shapes import _sections

    return frozenset().union(*_sections().values())


# Nouns of software products that are rare surnames too ("Clara Insights", "Darwin Analytics")
_PRODUCT_NOUNS = frozenset("analytics platform suite hub studio insights sync connect docs".split())
_RARE = 5000  # Census family names past this rank are rarer than the noun: "Camera" (58,141), "Voice"
_NAME_WORD = re.compile(r"[^\W\d_][^\s,;:()\"“”]*")


_ALONE_ON_LINE = re.compile(r"[ \t]*(?:\r?\n|\Z)")


def _before_ordinary_noun(text: str, s: Span) -> Span | None:
    """A name span cut before the first ordinary noun after its first word; None when fewer than two name
    words would be left (the rest names a product or firm)."""
    words = list(_NAME_WORD.finditer(text, s.start, s.end))
    # (a word after a particle is a family name's: "Anne van der Linden", "Jan de Bruin"; after a comma, a
    # given name's: "Castro, Precious", "Reyes, Sunny")
    cut = next((i for i, w in enumerate(words) if i and words[i - 1].group().lower() not in NAME_PARTICLES
                and "," not in text[words[i - 1].end():w.start()]
                and _ordinary_noun(w.group().strip("'’"))), None)
    if cut is None or _title_case(text, s.start):
        return s
    # a given name (or initials) and a family name that is a word too: "Kirsty Grieve", "A. Grieve", "Ian
    # Rush" (not "Evelyn Onboarding", "Quincy Quote Builder": no family names)
    if cut == len(words) - 1 and _family_name(words[cut].group()) \
            and all(_given_or_initial(w.group()) for w in words[:cut]):
        return s
    # a name line of its own whose last word only is ordinary: "--\nHuang Lei\n" (not "Jordan Valley Water
    # Report", a title)
    if (cut == len(words) - 1 and _ALONE_ON_LINE.match(text, s.end) and text[s.start - 1:s.start] in "\n"
            and not any(w.group().lower() in COMMON_WORDS for w in words[:cut])):  # not "Supplier Management"
        return s
    names = [w for w in words[:cut]
             if (low := w.group().lower()) not in STOP_WORDS and low not in COMMON_WORDS]
    return Span(s.type, s.start, words[cut - 1].end(), s.score) if len(names) >= 2 else None


def _family_name(word: str) -> bool:
    """A family name of the name lists, or among the census's 30,000 most frequent ("Grieve" is 15,187th;
    "Camera", 58,141st, is a product's word after a name: "Celeste Camera 4K")."""
    from scrubber.recognizers.name_shapes import _fold, lists

    low = word.lower().strip("'’")
    return _fold(low) in lists()[1] or surname_ranks().get(low, _FREQUENT_SURNAME) < _FREQUENT_SURNAME


_FREQUENT_SURNAME = 30_000


def _given_or_initial(word: str) -> bool:
    from scrubber.recognizers.name_shapes import _fold, lists

    return len(word.rstrip(".")) == 1 and word[:1].isupper() or _fold(word.lower()) in lists()[0]


# one item of a list and the next or the one before: "Siemens, |Porsche| y Fernhill Dental Group",
# "Arçelik, Beko, Vestel ve |Bosch|", "|Miele| und Vorwerk"
_JOIN = r"(?:,[ \t]*|[ \t]+(?:and|or|y|und|et|e|ve|en|och|og|&)[ \t]+)"
_ITEM = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t][A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}"
_NEXT_ITEM = re.compile(rf"{_JOIN}({_ITEM})")
_ITEM_BEFORE = re.compile(rf"(?<![\w'’.-])({_ITEM}){_JOIN}\Z")


def _listed_with_firms(text: str, s: Span) -> bool:
    """A brand that is a family name too ("Porsche", "Bosch", "Miele") listed beside a brand or a firm: the
    brand."""
    # (past a possessive's "'s" the span does not hold yet: "|Wendy|'s and Arby's")
    end = s.end + 2 if text[s.end:s.end + 2] in ("'s", "’s") else s.end
    nxt, prev = _NEXT_ITEM.match(text, end), _ITEM_BEFORE.search(text, max(0, s.start - 40), s.start)
    items = [m.group(1) for m in (nxt, prev) if m]
    # (a capitalised word may start the sentence before the item: "Compare |Gaviscon| and Rennie"; or follow
    # the item after: "Rennie and |Gaviscon| Advance")
    if nxt and " " in nxt.group(1):
        items.append(nxt.group(1).split()[0])
    if prev and " " in prev.group(1):
        items.append(prev.group(1).split()[-1])
    # (a brand that is a name alone counts beside another only where the span is no such name: "McDonald's,
    # Wendy's and |Burger King|", not "Watson sent it to |Lee| and Hobbs")
    named_ok = not _a_named_brand(text[s.start:s.end]) and _listed_brand(text[s.start:s.end])
    return any(_a_brand_or_firm(item, named_ok) or item.split()[-1].lower().rstrip(".") in ORG_WORDS
               or item.split()[0].lower() in BRANDS for item in items)


# (fpbrand24) Brands that are a given or a family name alone, or its possessive ("Jameson", "Rennie",
# "Mercedes", "Wendy's", "Macy's"): not in ``brands.txt``, where a word alone is a product wherever it stands
# ("Wendy called", "Watson sent it" are people). These count only as an item of a list beside a brand or a
# firm ("Gaviscon and |Rennie|", "Johnnie Walker and |Jameson|") or before a model's code ("|Mercedes| GLC
# 300").
_NAMED_BRANDS = frozenset(
    "allegra ballantine's barbour bentley bixby boden bollinger breitling campbell's cartier casio celine "
    "chrysler clarks dewar's dillard's dodge domino's garnier gordon's hellmann's hendrick's hennessy "
    "hermes hershey's hobbs hollister jameson kohl's lacoste lancia lee levi's lipton loewe macy's "
    "martell mccain mcdonald's mclaren mercedes nordstrom pillsbury reiss rennie tetley tissot valentino "
    "vicks watson wendy's "
    # places too, only where a brand stands beside them ("Chrysler, Dodge and |Lincoln|", "Mary Kay, |Avon|")
    "lincoln marlboro timberland camel avon".split())


# up to two capitalised words right before / after a span, one space apart: "Charlotte |Tilbury|"
_CAPS_BEFORE = re.compile(r"(?<![\w'’.&-])((?:[A-Z][\w'’-]* ){1,2})\Z")
_CAPS_AFTER = re.compile(r"((?: [A-Z][\w'’-]*){1,2})")


def _in_a_listed_brand(text: str, s: Span) -> bool:
    """A span that is part of a listed brand of several words written whole ("|Burger| King", "Charlotte
    |Tilbury|", "|Harvey| Nichols"), that brand an item of a list beside a brand or a firm."""
    before = _CAPS_BEFORE.search(text, max(0, s.start - 40), s.start)
    after = _CAPS_AFTER.match(text, s.end)
    if not before and not after:
        return False
    # where each word before starts, where each word after ends
    starts = [s.start] + ([before.start() + m.start() for m in _NAME_WORD.finditer(before.group(1))]
                          if before else [])
    ends = [s.end] + ([after.start() + m.end() for m in _NAME_WORD.finditer(after.group(1))] if after else [])
    return any((a, b) != (s.start, s.end) and _listed_brand(text[a:b])
               and _listed_with_firms(text, Span(s.type, a, b, s.score)) for a in starts for b in ends)


def _listed_brand(value: str) -> bool:
    """A name ``brands.txt`` or ``_NAMED_BRANDS`` holds as written, a possessive's with either apostrophe
    ("Macy’s", "Wendy's"), or without its "'s" when a list holds it with one ("Gordon" of "Gordon's")."""
    return _held_in(BRANDS, value) or _a_named_brand(value)


def _a_named_brand(value: str) -> bool:
    return _held_in(_NAMED_BRANDS, value)


def _held_in(listed: frozenset[str], value: str) -> bool:
    low = value.lower().replace("’", "'")
    return low in listed or low + "'s" in listed


def _a_brand_or_firm(item: str, named_ok: bool = False) -> bool:
    """A listed brand or a firm of ``firm_names.txt`` as a whole ("Johnnie Walker", "Jack Daniel's"); one of
    ``_NAMED_BRANDS`` only when ``named_ok`` ("Watson sent it to Lee and Hobbs" lists people)."""
    item = item.rstrip(".").replace("’", "'")  # (a sentence's full stop: "… and Arby's.")
    if not named_ok and _a_named_brand(item):
        return False
    return _listed_brand(item) or _FIRMS_ANY_CASE.fullmatch(item) is not None


# the items of a list inside one span: "Lacoste, Ralph Lauren", "Harvey Nichols, Selfridges"
_LIST_JOIN = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:and|or|&|y|und|et|e)[ \t]+")


def _brands_only(value: str) -> bool:
    """Two items or more of a list, each a listed brand or firm as a whole, one at least no name alone
    ("Lacoste, Ralph Lauren"; not "Lee, Hobbs")."""
    parts = _LIST_JOIN.split(value)
    return len(parts) > 1 and all(p and _a_brand_or_firm(p, True) for p in parts) \
        and any(_a_brand_or_firm(p) for p in parts)


# A model's code or number after a brand: letters and digits ("S24", "Q5", "X1", "V15", "R1S", "GLC 300", "XPS
# 13"), "No. 5", or a series' number ("Serie 6", "3200 series"); not a quarter or a half year ("Dell Q3
# figures" may be a person's), nor a postcode ("SW1A 1AA", "K1A 0B1") or a number plate ("AB12 CDE")
_MODEL_AFTER = re.compile(
    r"[ \t]+(?!(?:Q[1-4]|H[12]|FY\d*|KW\d*|CW\d*)\b)"
    r"(?:[A-Z]{1,4}-?\d{1,4}[A-Za-z]{0,3}|[A-Z]{2,4}[ \t]+\d{1,4}|(?:No\.?|Nº|N°)[ \t]*\d{1,3}"
    r"|(?:Serie|Series|Modell?)[ \t]+[A-Z0-9]{1,4}|\d{3,4}[ \t]+(?i:series|serie))"
    r"(?![\w-])(?![ \t]+(?:\d[A-Z]{2}|[A-Z]\d[A-Z]|[A-Z]{3})\b)")
# a span the model ended inside the code: "Chanel No| . 5", "Bosch Serie| 6"
_CODE_WORD_LAST = re.compile(r"[ \t]+(?:No|Nº|N°|Serie|Series|Model|Modell)\Z")
_NUMBER_NEXT = re.compile(r"\.?[ \t]*\d")


def _a_brand_model(text: str, s: Span, value: str) -> bool:
    """A listed brand of one word (its first word, the rest a code's word: "Chanel No", "Bosch Serie") with a
    model's code or number after it (``_MODEL_AFTER``)."""
    brand = value
    if (cut := _CODE_WORD_LAST.search(value)) and _NUMBER_NEXT.match(text, s.end):
        brand = value[:cut.start()]
    elif not _MODEL_AFTER.match(text, s.end):
        return False
    return " " not in brand and _listed_brand(brand)


def _a_brand(value: str) -> bool:
    """A brand or product's name: a listed brand ("Kindle Paperwhite", "Microsoft Teams") with no known given
    name beside it ("Paul Dyson" stays a person), or alone when no name list holds it ("Salesforce")."""
    from scrubber.recognizers.name_shapes import _fold, lists

    words = _WORDS.findall(value.lower())
    # (a brand written with a hyphen or an apostrophe is listed whole: "gore-tex", "de'longhi", "arby's")
    listed = (BRANDS.intersection(words)
              or BRANDS.intersection(_JOINED_WORDS.findall(value.lower().replace("’", "'")))
              or any(" ".join(words[i:i + 2]) in BRANDS for i in range(len(words) - 1)))
    if not listed:
        return False
    given, family = lists()[0], lists()[1]
    if len(words) == 1:
        return words[0] not in given and words[0] not in family
    if any(_fold(w) in given for w in words):
        return False
    # a brand that is a family name too, beside a name-like word, is the family name ("Océane Leclerc";
    # "Dyson Airwrap" stays a product)
    from scrubber.recognizers.name_likeness import likeness

    brand_words = [w for w in words if w in BRANDS]
    return not (brand_words and all(w in family for w in brand_words)
                and any(likeness(w) > -0.5 for w in words if w not in BRANDS))


_HYPHENED_REST = re.compile(r"(?:-[^\W\d_]+)+")
_JOINED_WORDS = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)+")


def _only_ordinary(rest: str) -> bool:
    # (a possessive's "s" too: "Berkshire Hathaway's cash pile")
    return all(w.lower() in COMMON_WORDS or w.lower() in STOP_WORDS or w == "s" for w in _WORDS.findall(rest))


_HONORIFIC_BEFORE = re.compile(r"(?i:\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|herr|herrn|frau|m|mme|mlle"
                               r"|sr|sra|srta|sig|sig\.ra|dhr|mevr|pan|pani|monsieur|madame|senhor|senhora|señor|señora"
                               r"|signor|signora|dona|maître|maitre)\.?[ \t]+)\Z")


def not_alone_words(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less a name that is only a language, a nationality, a greeting or a chat role ("into German
    and French", "Customer: Hi", "Helpdesk: …") or only the words of a person cue ("Geachte", "Vorname",
    "Grüßen"); and, in a text mostly of another language, a lower-case run of its ordinary words with no given
    name ("sessenta dias": family names of our lists, but words there); neither after a title ("Mr French",
    "beim herrn gruber")."""
    lower = [s for s in spans if s.type in WORD_TYPES and text[s.start:s.end].islower()]
    abroad = bool(lower) and mostly_abroad(text)
    from scrubber.recognizers.name_cues import cue_words

    return [s for s in spans if not (
        (s.type == "PERSON" and (text[s.start:s.end].lower().rsplit("-", 1)[-1] in _NEVER_A_NAME_ALONE
                                 or all(w.lower() in cue_words() for w in _WORDS.findall(text[s.start:s.end]))
                                 or _a_field_label(text, s, cue_words()))
         or abroad and s in lower and _only_words_abroad(text[s.start:s.end])
         and not _person_key_value(text, s))
        and not _HONORIFIC_BEFORE.search(text, max(0, s.start - 12), s.start))]


# A config's or JSON's key that holds a person ('"owner" = "burak yılmaz"', "author: …", "assignee=…")
_PERSON_KEY_BEFORE = re.compile(
    r"(?<![\w-])(?i:owner|author|assignee|contact|name|full[ _-]?name|reporter|maintainer|reviewer|approver)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?\Z")


def _person_key_value(text: str, s: Span) -> bool:
    """A lower-case name as a person key's value, its first word a listed given name: the key says what it
    is, whatever language its words are also words of."""
    from scrubber.recognizers.name_cues import listed_name

    first = _WORDS.findall(text[s.start:s.end])[:1]
    return bool(first) and _PERSON_KEY_BEFORE.search(text, max(0, s.start - 20), s.start) is not None \
        and listed_name(first[0])


def _a_field_label(text: str, s: Span, cues: frozenset[str]) -> bool:
    """A word before a colon that is a word and a field cue run together ("Benutzername:", "Kontonaam:")."""
    low = text[s.start:s.end].lower()
    return text[s.end:s.end + 2].strip(" \t")[:1] == ":" and low.isalpha() and any(
        low.endswith(c) and (low[:-len(c)] in foreign_words() or low[:-len(c)] in COMMON_WORDS)
        for c in cues if len(c) >= 4 and len(low) - len(c) >= 3)


# A title after a name, which ordinary words lack: "Erten Hanım", "Alpin Bey", "Sato-san"
_TITLE_AFTER = re.compile(r"[ \t-]+(?:Hanım|Hanim|Bey|Beyefendi|Hanımefendi|san|sama|ji)\b")


# Words of German only (not Dutch, Danish or Swedish), the language that writes its nouns with a capital
_GERMAN = frozenset(
    "und ist nicht mit für ein eine einen einem dem auf ich wir bitte noch auch wird sind bei über oder aber "
    "wenn dass hat haben werden kann können soll muss sich zum zur vom beim ihre unsere dein deine wie uns "
    "euch schon gibt".split())


_GERMAN_POINTERS = frozenset(
    "dein deine deinen deinem deiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem euer eure mein "
    "meine meinen meinem hier dies diese dieser dieses".split())


@lru_cache(maxsize=64)
def _nouns_capitalised(text: str) -> bool:
    """Whether ``text`` is German prose: three different words only German has, in lower case."""
    return len({w for w in _WORDS.findall(text) if w in _GERMAN}) >= 3


def _words_abroad(text: str, span: Span, value: str) -> bool:
    """In German, a person that is two ordinary words run together ("Zugangsdaten", "Einmalpasswort"); in
    text of another language, several words, all ordinary there, one in lower case or the first a function
    word, and one capitalised ("Hier deine Zugangsdaten", "Ihr Transponder"; "für Maxim Eftimie", "de Beer"
    stay). Not after a title or before one."""
    words = _WORDS.findall(value)
    if " " not in value.strip():  # (a place alone may be a word too: "Como", "Essen", "Granada")
        # Only where nouns are written with a capital (German), and only two words run together, long: the
        # list of words holds names too ("Aleksi", "Axel"), and some names are two words ("Diet|linde").
        if span.type != "PERSON" or not _nouns_capitalised(text) or not all(
                len(w) >= 12 and _noun_abroad(w.lower()) and w.lower() not in foreign_words() for w in words):
            return False
    elif not (all(_noun_abroad(w.lower()) or w.lower() in COMMON_WORDS or _GERMAN_NOUN.match(w)
                  for w in words)
              and not any(w in NAME_PARTICLES for w in words)  # "Uit de Willigen" is a name
              and (any(w.islower() for w in words) or words[0].lower() in _function_words())
              and sum(w[:1].isupper() and w.lower() not in _function_words() and w.lower() not in COMMON_WORDS
                      for w in value.split()) <= 1):  # "für Maxim Eftimie": two, a name
        return False
    return prose_abroad(text) and not _HONORIFIC_BEFORE.search(text, max(0, span.start - 12), span.start) \
        and not _TITLE_AFTER.match(text, span.end)


@cache
def _function_words() -> frozenset[str]:
    """Pronouns, articles and other stop words of the languages of ``foreign_words`` (spaCy's lists), less
    those a name list holds ("Ellen", "Ali")."""
    from scrubber.recognizers.name_cues import listed_name

    return frozenset(w for w in stop_words_abroad() if not listed_name(w)) - NAME_PARTICLES


@cache
def stop_words_abroad() -> frozenset[str]:
    """The stop words of the languages of ``foreign_words`` (spaCy's lists), names among them ("uma", "ben",
    "esta"), and the words for "please" and "thanks"."""
    from importlib.util import module_from_spec, spec_from_file_location
    from pathlib import Path

    import spacy

    # Each list's file alone: importing spacy.lang.fr runs its tokenizer exceptions (a 3-second regex).
    words: set[str] = set()
    for lang in ("de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "tr", "pl"):
        spec = spec_from_file_location(f"_stop_words_{lang}", Path(spacy.__file__).parent / "lang" / lang
                                       / "stop_words.py")
        module = module_from_spec(spec)
        spec.loader.exec_module(module)
        words |= module.STOP_WORDS
    # and "please", "thanks", which start requests ("Bitte Gutschrift bis Freitag")
    words |= {"bitte", "danke", "merci", "gracias", "grazie", "obrigado", "obrigada", "bedankt",
              "alstublieft", "prego", "tack", "takk", "kiitos", "lütfen", "proszę", "dziękuję"}
    return frozenset(words)


def _noun_abroad(low: str) -> bool:
    """An ordinary word of another language that no list holds as a name, or a compound of two (with a
    linking s or e: "zugangs|daten", "benutzer|name") that is no listed name either ("Villa|nueva")."""
    from scrubber.recognizers.name_cues import listed_name

    words = foreign_words()
    if low in words:
        return True
    return len(low) >= 9 and any(
        low[i:] in words and (low[:i] in words or low[:i - 1] in words and low[i - 1] in "se")
        for i in range(4, len(low) - 3)) and low not in surname_ranks() and not listed_name(low)


def _only_words_abroad(value: str) -> bool:
    from scrubber.recognizers.name_shapes import hand_given

    words = _WORDS.findall(value)
    return bool(words) and not any(w in hand_given() for w in words) and all(
        w in foreign_words() or w in foreign_words(family=True) or w in COMMON_WORDS or w in STOP_WORDS
        for w in words)


_NAME_PART = re.compile(r"[^\W\d_]{3,}")
REPEATED_SCORE = 0.75


def repeated_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` and every other whole-word occurrence of a word of a name found in the text: "Raju had it
    last" after "for Raju, who was away", "Bence" again after "Parent contact for Bence: …". A name named
    once is the same name elsewhere in the text, whatever the context there (recall first). So is a word of an
    e-mail address's local part, in any case ("so elif from the landlord side" beside erdem.elif4@…)."""
    parts = {m.group() for s in spans if s.type == "PERSON"
             for m in _NAME_PART.finditer(text, s.start, s.end)
             if m.group().lower() not in COMMON_WORDS and m.group().lower() not in STOP_WORDS
             and m.group().lower() not in NAME_PARTICLES and not m.group().isupper()}
    # a given name that is an English word too, first in a name of two words or more, as written: "Sunny"
    # again after "Borrower: Sunny Hall", "Will has photos" after "Client: Will Short"
    worded = {words[0] for s in spans if s.type == "PERSON"
              for words in [_NAME_PART.findall(text, s.start, s.end)]
              if len(words) > 1 and _a_word_name(words[0])
              and (words[0].lower() in COMMON_WORDS or words[0].lower() in STOP_WORDS)}
    mailed = _mailed_names(text, spans)
    if not parts and not mailed and not worded:
        return spans
    taken = sorted((s.start, s.end) for s in spans)
    # (str.find per part, not one regex of them all: that regex was new for nearly every text, compiled
    # each time; parts are whole words of letters, so two can never match at overlapping places)
    # a name's word in any case where it is no word of the languages we know ("see you sat stacey" after
    # "Stacey Lockwood"); a short or foreign-word one as written ("Le", "Tuva"); so are the words of
    # addresses ("Elif", "elif"); all as written where a letter's lower case is longer than it
    low = text.lower()
    anycase = set()
    if len(low) == len(text):
        anycase = {p.lower() for p in parts if len(p) >= 4 and p.lower() not in foreign_words()} | mailed
    more = [span for part in parts | worded if part.lower() not in anycase or part in worded
            for span in _occurrences(text, text, part, taken)]
    more += [span for part in anycase for span in _occurrences(text, low, part, taken)]
    if more:  # (not a placeholder's name: "jane@example.com" beside "name": "Jane Doe")
        from scrubber.not_people import a_placeholder

        more = [span for span in more if not a_placeholder(text, span)]
    return spans + sorted(more, key=lambda s: s.start)


def _occurrences(text: str, search_in: str, part: str, taken: list[tuple[int, int]]) -> list[Span]:
    """Whole-word places of ``part`` in ``search_in`` (``text`` or the same length in lower case) that no
    span in ``taken`` overlaps, as PERSON spans."""
    out = []
    at = search_in.find(part)
    while at >= 0:
        end = at + len(part)
        if _whole_word(text, at, end) and not any(a < end and at < b for a, b in taken):
            out.append(Span("PERSON", at, end, REPEATED_SCORE))
        at = search_in.find(part, at + 1)
    return out


_LOCAL_PART = re.compile(r"[^\W\d_]{3,}")
# an address's words that name a role, not a person ("support@", "no-reply@", "accounts.payable@"), and code
# keywords that a name part must not mark elsewhere ("elif" of elif.sahin@…)
_ROLE_MAILBOXES = frozenset(
    "info admin support sales contact hello noreply reply billing accounts team office jobs careers press "
    "marketing service help webmaster postmaster security abuse privacy legal finance orders payable "
    "receivable invoices mail email newsletter notifications alerts donotreply hr ops devops dev root "
    "elif def var const func enum async await lambda yield".split())


def _mailed_names(text: str, spans: list[Span]) -> set[str]:
    """The words of the e-mail addresses' local parts that may be a person's names, lower case:
    "erdem.elif4@…" gives "erdem" and "elif" (no ordinary, stop, tech or role word)."""
    words = set()
    for s in spans:
        if s.type == "EMAIL_ADDRESS":
            local = text[s.start:s.end].partition("@")[0]
            words.update(w.lower() for w in _LOCAL_PART.findall(local))
    return {w for w in words if w not in COMMON_WORDS and w not in STOP_WORDS and w not in TECH_WORDS
            and w not in _ROLE_MAILBOXES and w not in NAME_PARTICLES}


def _whole_word(text: str, start: int, end: int) -> bool:
    """Nothing of a word, an address, a path or a member glued to text[start:end]."""
    before = text[start - 1] if start else " "
    after = text[end:end + 2]
    return not (before.isalnum() or before in "_@./-"
                or after[:1].isalnum() or after[:1] in ("_", "@", "/", "-")
                or after[:1] == "." and (after[1:].isalnum() or after[1:] == "_"))
