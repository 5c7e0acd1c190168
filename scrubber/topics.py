"""Spans that name a topic, a firm's contact or an example's value, not a person's data (fp21, issue #19's
false detections on prompts without personal data). Run last on a text's spans (``Scrubber._analyze_one``);
each rule is a class of text, with the people, places and numbers beside it that must stay found in
tests/scrubber/test_fp21.py. When unsure a span stays.

- a role mailbox at a domain reserved for examples ("privacy@example.com", "name@example.org"); a person's
  address there stays ("jane.doe@example.com"); a bot's, a service account's or a no-reply sender's mailbox
  anywhere ("dependabot[bot]@users.noreply.github.com", "svc-backup@corp.internal", "alerts@pagerduty.com");
- a phone number of zeros only ("+00 000 000 0000"), the fictional "555-01xx" without an area code, or
  one right after a firm's hotline label ("Globe Telecom hotline\\n(02) 8888 1111"; "call me directly on …
  rather than the switchboard" stays);
- a place with a market's figure or rank ("Saudi Arabia and the UAE account for two thirds of online spend",
  "Egypt shows the fastest growth", "Lagos is one of the fastest-growing megacities", "market leader in
  Italy", "entering Southeast Asia");
- a place in a cloud region's label ("westeurope (Amsterdam)", "sa-east-1 (São Paulo)"), typed either way;
- "Wi-Fi" and such technology words;
- a one-word name in a list of brands or firms ("brands: Tata, Dangote, Samsung and Jollibee");
- lower-case words after "a"/"the" in English prose ("a charity gala"), "max"/"min" before a number;
- (fp22, tests/scrubber/test_fp22.py) towns in a text that names a cloud region by its label or weighs
  towns for a firm's site, and no person ("traffic shifted to Amsterdam and eu-west-3 (Paris)"); where goods
  are made, data kept or users are ("hand-poured in Portland", "customer data in Ireland", "our users in
  Germany"); a job ad's place; a travel policy's; a site's word before its town ("Magazijn Tilburg"); goods
  shipped to a place in a text naming no person; a clause numbered in words ("CLÁUSULA NOVENA"). A place
  with a number (an address) or after a person's cue ("I live in", "she moved to") stays.
- (fploc23, ``scrubber/place_topics.py``, tests/scrubber/test_fploc23.py) in a text with no other personal
  data, a place a noun beside it makes a firm's topic: its office, team, site, servers, partner, trade fair or
  jurisdiction ("our Leeds office", "l'agence de Lille", "a Delaware corporation"), a time zone, an
  organisation's name ("University of Manchester"), a table's column of sites, and the places in a sentence
  with one, on the weather or giving places' figures.
- (fpplace24, tests/scrubber/test_fpplace24.py) a place's or building's name the model typed a person's
  ("Temple Quay", "Utrecht Leidsche Rijn") leaves a text personless; a sentence naming a firm's site by a
  listed town (found or not), a trip's places, a sentence comparing places, a table's town column with no
  person's column; a person's cue in another clause (before ";") no longer holds a place.

Not a topic: a name after a noun of fame ("tennis player Amy Jones"): third-party data labels such names
(presidio-research lost five), and a private person is named so too; public figures are a hand list's
(``scrubber/data/public_figures.txt``, ``not_people.py``).
"""

import re

from scrubber.name_filters import (
    _JOINED_PLACES,
    _PERSON_PLACE_BEFORE,
    REGION_LABEL,
    _a_firms_site,
    a_region_label,
    line_around,
)
from scrubber.place_topics import PLACE_JOINED, WORKER_WORDS, a_place, is_place, personless, place_topics
from scrubber.types import Span
from scrubber.words import CALENDAR_WORDS, LEGAL_FORMS, countries, public_figures

# ---- contacts ----------------------------------------------------------------------------------------------
# Domains reserved for examples (RFC 2606/6761), and mailboxes of a role or a placeholder, never a person's
_RESERVED_MAIL = re.compile(
    r"(?i)(?P<local>[^@\s]+)@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|example|test|invalid)\Z")
_ROLE_MAILBOXES = frozenset(
    "name email mail user username yourname your.name your-name your_name firstname.lastname first.last "
    "vorname.nachname prenom.nom nombre.apellido nome.cognome exemple example beispiel ejemplo esempio "
    "voorbeeld exempel przyklad someone somebody anyone test demo sample support privacy dpo gdpr info "
    "contact contacts hello hi sales booking bookings reservations admin help helpdesk billing invoices "
    "accounts accounting team office hr jobs careers press media "
    "service services customerservice customer.service care ops legal security compliance marketing news "
    "newsletter feedback orders shop store webmaster postmaster abuse it".split())
_DIGITS = re.compile(r"\d")
_FICTIONAL_NANP = re.compile(r"(?:\+?1[ .-]?)?555[ .-]?01\d\d")
# A firm's hotline label right before the number (maybe on the line above): the number is the firm's
_HOTLINE_BEFORE = re.compile(
    r"(?i:hotline|helpline|switchboard|customer[ \t]+(?:care|service)|call[ \t]+cent(?:re|er)"
    r"|support[ \t]+line|service[ \t]+line)s?(?:[ \t]+(?:number|no\.?|#))?[ \t]*[:–-]?[ \t]*\n?[ \t]*\Z")


# A machine's mailbox at any domain: a bot's ("49699333+dependabot[bot]@users.noreply.github.com",
# "deploy-bot@…", "bot@renovateapp.com"), a service account's ("svc-backup@…"), no-reply and alert senders
_MACHINE_MAIL = re.compile(
    r"(?i)(?:\d+\+)?(?:[\w.-]*\[bot\]|(?:[\w.]+[-_])?bot|svc[-_.][\w.-]+|no-?reply|do-?not-?reply"
    r"|mailer-daemon|alerts?|automation|notifications?)@[\w.-]+\Z")


def _placeholder_mail(text: str, s: Span) -> bool:
    """A role's mailbox at a reserved domain; any one there after an example's cue ("e.g. jane.doe@…",
    "SAMPLE CV … joe.bloggs@example.com"); a machine's mailbox anywhere (``_MACHINE_MAIL``)."""
    value = text[s.start:s.end]
    if _MACHINE_MAIL.match(value):  # (no-reply senders among them, at any domain)
        return True
    m = _RESERVED_MAIL.match(value)
    if m is None:
        return False
    if m.group("local").lower() in _ROLE_MAILBOXES:
        return True
    from scrubber.not_people import _EXAMPLE_BEFORE

    # (a cue of its own, not another address's domain: "dorothy89@example.com, … jeff@example.com")
    return any(text[m.start() - 1:m.start()] not in ("@", ".")
               for m in _EXAMPLE_BEFORE.finditer(text, max(0, s.start - 200), s.start))


def _placeholder_phone(text: str, s: Span) -> bool:
    value = text[s.start:s.end]
    digits = "".join(_DIGITS.findall(value))
    if digits and set(digits) == {"0"}:  # "+00 000 000 0000", "000 000 000"
        return True
    if _FICTIONAL_NANP.fullmatch(value.strip()):  # "555-0142", "+1 555-0100": no area code, no line
        return True
    return bool(_HOTLINE_BEFORE.search(text, max(0, s.start - 40), s.start))


# ---- places ------------------------------------------------------------------------------------------------
_RANK = r"(?:fastest|slowest|strongest|weakest|highest|lowest|largest|biggest|smallest|leading|top)"
# A market's figure or rank after the place ("… account for two thirds", "shows the fastest growth", "is one
# of the fastest-growing megacities", "'s market share")
_MARKET_AFTER = re.compile(
    PLACE_JOINED + r"(?:[ \t]+(?:together[ \t]+|now[ \t]+|still[ \t]+)?(?:accounts?|accounted)[ \t]+for"
    rf"|[ \t]+(?:shows?|showed|posts?|posted|sees|saw|records?|recorded|has|had|leads?|led)[ \t]+"
    rf"(?:the[ \t]+)?{_RANK}"
    rf"|[ \t]+(?:is|are|was|were|remains?|ranks?)[ \t]+(?:one[ \t]+of[ \t]+)?(?:the|its)[ \t]+(?:{_RANK}"
    r"|second|third|most[ \t]+(?:populous|valuable|competitive))"
    r"|['’]s?[ \t]+(?:market|share|gdp|economy|growth)\b"
    r"|[ \t]+(?:market[ \t]+share|grew[ \t]+\d|gdp)\b"
    r"|[ \t]+pazar(?:ı|ında|ına|ından)\b)")  # (fp22) Turkish: "Türkiye pazarında"
# ... or before it: "market leader in Italy", "a firm entering Southeast Asia", "market share in Brazil"
_MARKET_BEFORE = re.compile(
    r"(?i:market[ \t]+(?:leader|share|growth|entry|penetration)|(?<![\w-])(?:entering|expanding[ \t]+into"
    r"|expansion[ \t]+into))[ \t]*\n?[ \t]*(?:in[ \t]+|into[ \t]+)?(?:the[ \t]+)?\Z")
# A person goes to, lives in or enters a place: then it stays whatever figure follows
_PERSON_BEFORE = re.compile(
    r"(?i:\b(?:i|i'm|i am|we|we're|my|me|he|she|they|you|lives?|living|born|moved|moving|flying|travel\w*"
    r"|visit\w*|trip)\b)[^.\n]{0,30}\Z")

# (fp22) Where goods are made, data is kept or users are: "hand-poured in small batches in Portland", "made
# in Portugal", "storing customer data in Ireland vs Spain", "closest to our users in Germany", "host in …"
_MADE_OR_KEPT_BEFORE = re.compile(
    r"(?i:\b(?:produced|manufactured|brewed|poured|crafted|assembled|roasted|baked|distilled|sourced"
    r"|grown|harvested|woven|printed|bottled|stored|storing|users|customers|subscribers|consumers"
    r"|shoppers|audiences?)"
    r"(?:[ \t]+(?!(?:a|an|my|his|her|their)\b)(?-i:[a-z][\w-]*)){0,4}"
    r"|\b(?:made|hosted|host|hosting))[ \t]+(?:in|from|across|to)[ \t]+(?:the[ \t]+)?" + _JOINED_PLACES
    + r"\Z")
# (fp22) Where goods go, in a text that names no person: "our shipment to brazil is stuck in customs"
_SHIPPED_BEFORE = re.compile(r"(?i:\b(?:shipments?|deliveries|exports|imports)[ \t]+(?:to|from|into)[ \t]+)"
                             r"(?:the[ \t]+)?\Z")
# (fp22) A job's place in its ad: "a job ad for a Product Designer based in Dublin", "vacancy: … based in"
_JOB_BEFORE = re.compile(
    r"(?i:\b(?:job[ \t]+(?:ad|advert|advertisement|posting|description|offer|opening)|vacancy|vacancies"
    r"|we(?:'re|[ \t]+are)[ \t]+hiring)\b)[^.\n]{0,60}\b(?:based|located|remote)[ \t]+(?:in|from)[ \t]+\Z")
# (fp22) A travel policy's places: "the travel-policy section for trips to Barcelona and Boston", "Hotels in
# New York are capped at $350" (in a text that names a policy, a per diem or a guideline)
_POLICY_TEXT = re.compile(r"(?i:\bpolic(?:y|ies)\b|\bper[ \t]+diem|\bguidelines?\b|\breimburs)")
_TRIPS_BEFORE = re.compile(
    r"(?i:\b(?:trips|journeys|flights|travel|hotels|stays)[ \t]+(?:to|between|in|from)[ \t]+)"
    + _JOINED_PLACES + r"\Z")
# (fp22) Entering a market in German, French, Spanish: "Markteintritt in the Netherlands und Japan"
_MARKET_ABROAD_BEFORE = re.compile(
    r"(?i:markteintritt|marktstart|expansion|entrée[ \t]+sur[ \t]+le[ \t]+marché|entrada[ \t]+en)[ \t]+"
    r"(?:in|nach|en|au|aux|à|em|no|na)[ \t]+(?:the[ \t]+|die[ \t]+|den[ \t]+|le[ \t]+|la[ \t]+|les[ \t]+)?"
    + _JOINED_PLACES + r"\Z")
# A firm's site named after its town: "the Rotterdam warehouse", "our Manchester hub", "the Frankfurt PoP"
# (not "office", "team", "plant" or "factory": "Femke joins the Bergen office" ties a person to the town)
_FACILITY_AFTER = re.compile(
    PLACE_JOINED + r"(?:['’]s)?[ \t]+(?:warehouses?|hubs?|depots?|PoPs?|DC"
    r"|data[ \t]?cent(?:re|er)s?|distribution[ \t]+cent(?:re|er)s?"
    r"|fulfil?ment[ \t]+cent(?:re|er)s?|logistics[ \t]+cent(?:re|er)s?"
    r"|cloud[ \t]+region|region"
    # (doc24l) the firm's offices, plural, listed by town: "across the Dublin and Melbourne offices"
    r"|offices)(?![\w-])")
# (fp22) ... or the site's word before the town: "Magazijn Tilburg reageert niet", "DC Tilburg"
_FACILITY_BEFORE = re.compile(
    r"(?<![\w-])(?:(?i:magazijn|warehouse|depot|lager|entrepôt|armazém|armazem|almacén|magazzino"
    r"|distributiecentrum|verteilzentrum)|DC)[ \t]+\Z")
# (fp22) A contract's clause or article numbered in words: "CLÁUSULA NOVENA", "Artículo Tercero"
_CLAUSE_BEFORE = re.compile(r"(?<![\w-])(?i:cláusula|clausula|artículo|articulo|article|artikel|clause"
                            r"|section|capítulo|chapter)[ \t]+\Z")
_WORKER_BEFORE = re.compile(rf"(?i:\b(?:{WORKER_WORDS})\b)[^.\n]{{0,30}}\Z")
# A court's or a law's place: "Governing law: England and Wales", "los juzgados y tribunales de Sevilla",
# "Foro competente: comarca de Lisboa", "de rechtbank Rotterdam", "the courts of Paris"
_COURT_BEFORE = re.compile(
    r"(?i:courts?[ \t]+(?:of|in)|governing[ \t]+law[ \t]*(?::|is|shall[ \t]+be)?|laws?[ \t]+of"
    r"|jurisdiction[ \t]+of|tribunal(?:es|s)?[ \t]+(?:de|di|of)"
    r"|juzgados(?:[ \t]+y[ \t]+tribunales)?[ \t]+de|comarca[ \t]+de"
    r"|rechtbank|landgericht|amtsgericht|tribunale[ \t]+di|foro[ \t]+di"
    r"|tribunal[ \t]+judiciaire[ \t]+de)[ \t]+"
    r"(?:the[ \t]+)?" + _JOINED_PLACES + r"\Z")
# (a word each of its cues holds, in lower case: a stretch in ASCII without one holds no match)
_COURT_WORDS = ("court", "law", "jurisdiction", "tribunal", "juzgados", "comarca", "rechtbank", "landgericht",
                "amtsgericht", "foro")


def _court_before(text: str, s: Span) -> bool:
    """Whether ``_COURT_BEFORE`` matches in the 60 characters before ``s``: searched (every position tried)
    only where one of its cue words stands there (any text not in ASCII: always)."""
    start = max(0, s.start - 60)
    window = text[start:s.start]
    if window.isascii() and not any(map(window.lower().__contains__, _COURT_WORDS)):
        return False
    return _COURT_BEFORE.search(text, start, s.start) is not None
# A language's name in Dutch or German prose ("Vertaal naar het Engels", "Nederlands recht")
_LANGUAGES = frozenset("engels nederlands duits frans spaans italiaans portugees englisch deutsch "
                       "französisch spanisch italienisch".split())
_LANGUAGE_CUE = re.compile(r"(?i:het|ins|auf|op)[ \t]+\Z")
_LAW_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?<=\s)(?i:recht|wetgeving)\b")
# Words that stand for any street or town in a form's example ("1 Any Street, Anytown", "Musterstraße 1")
_SAMPLE_PLACE = re.compile(r"(?i:any[ \t]?town|any[ \t]street|musterstadt|musterstra(?:ß|ss)e|musterweg"
                           r"|przykładowa|miejscowość|exampleville|example[ \t]street)")
# (fp22: a template language or a platform that is a town's name too: "convert the syntax to Jinja")
_TECH_WORDS = frozenset("wi-fi wifi wlan hi-fi li-fi bluetooth ethernet jinja kotlin".split())


# Three places or more in one list ("For Frankfurt, Munich and Zurich, rail is preferred", "in Madrid, Milan
# and Amsterdam at €220"): a policy's or a plan's places, no one's address
_PLACE_ITEM = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*)?"
_AND = r"(?:and|or|y|e|et|und|en|och|og)"
_PLACE_GLUE = rf"(?:[ \t]*,[ \t]*(?:{_AND}[ \t]+)?|[ \t]+{_AND}[ \t]+)"
_PLACE_LIST = re.compile(rf"{_PLACE_ITEM}(?:{_PLACE_GLUE}{_PLACE_ITEM}){{2,}}")


def _in_a_place_list(text: str, s: Span) -> bool:
    line_start, line_end = line_around(text, s)
    for m in _PLACE_LIST.finditer(text, max(line_start, s.start - 120), min(line_end, s.end + 120)):
        if m.start() <= s.start and s.end <= m.end():
            items = re.split(_PLACE_GLUE, m.group())
            # (an item may open on a capitalised word before the place: "For Frankfurt")
            # (a given name that is a town's too is no place in a list: "Jordan, Austin and Madison")
            return sum(_a_place_not_a_name(i) or " " in i and _a_place_not_a_name(i.split(None, 1)[1])
                       for i in items) >= 3 \
                and not _PERSON_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if m.start() > s.start:
            break
    return False


def _a_place_not_a_name(value: str) -> bool:
    from scrubber.recognizers.name_shapes import lists

    return is_place(value) and value.lower() not in lists()[0]


# (fp26l) A rate per night or day in a place: "Hotel cap: £180/night in Singapore", "€60 per day in Oslo"
_RATE_BEFORE = re.compile(r"\d[\d.,]*[ \t]*(?:[€£$]|(?i:eur|usd|gbp|chf))?[ \t]*(?:/[ \t]*|(?i:per|a)[ \t]+)"
                          r"(?i:night|day|diem|person|head)[ \t]+(?i:in|at|for)[ \t]+(?:the[ \t]+)?\Z")
# (fp26l) A job ad's place, with its way of working after it: "Puesto: Data Analyst en Málaga (híbrido)",
# "Location: Lyon, remote-friendly" (in a text that is a job ad or names the role by a label)
_WORK_MODE_AFTER = re.compile(r"(?:[ \t]+office)?[ \t]*[(,–—-][ \t]*(?i:hybrid|híbrido|hibrido|hybride|ibrido"
                              r"|remote|remoto|on-?site|presencial|télétravail|teletrabajo|homeoffice)\b")
_JOB_TEXT = re.compile(r"(?i:\bjob[ \t]+(?:ad|advert|posting|description|offer)|oferta[ \t]+de[ \t]+empleo"
                       r"|offre[ \t]+d['’]emploi|stellenanzeige|vacature|vacanc(?:y|ies)"
                       r"|annuncio[ \t]+di[ \t]+lavoro|stellenausschreibung|annonce[ \t]+d['’]emploi"
                       r"|(?m:^)[ \t]*(?:puesto|position|role|stelle|poste|vaga|posizione|functie)[ \t]*:)")
# ... the role's line, where its title may hold a worker's word ("Puesto: Operations Manager en Bilbao")
_ROLE_LINE = re.compile(r"(?im:^)[ \t]*(?:puesto|position|role|job|stelle|poste|vaga|posizione|functie"
                        r"|location)[ \t]*:[^\n]*\Z")
# ... or after its location's label or words ("Location: Leeds", "the role is based in Kyiv")
_JOB_PLACE_BEFORE = re.compile(
    r"(?im:^)[ \t]*[-*•]?[ \t]*(?:location|work[ \t]+location|standort|arbeitsort|einsatzort|lieu|ubicación"
    r"|localización|sede|local[ \t]+de[ \t]+trabalho|luogo|sede[ \t]+di[ \t]+lavoro|locatie|standplaats)"
    r"[ \t]*:[ \t]*\Z"
    r"|(?i:\b(?:role|position|job|vacancy|post|stelle|poste|puesto)\b[^.\n]{0,30}\b(?:based|located)[ \t]+"
    r"(?:in|at)[ \t]+\Z)")
# (fp26l) How many sites a firm has there: "Acme now has 4 hubs in Europe", "our 12 stores across Spain"
_SITES_COUNT_BEFORE = re.compile(r"(?i:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)"
                                 r"[ \t]+(?:hubs|offices|stores|shops|sites|branches|warehouses|plants"
                                 r"|locations)[ \t]+(?:in|across)[ \t]+(?:the[ \t]+)?)"
                                 + _JOINED_PLACES + r"\Z")


def _a_market(text: str, s: Span) -> bool:
    if _PERSON_BEFORE.search(text, max(0, s.start - 40), s.start) or _DIGITS.search(text, s.start, s.end):
        return False  # (a person's place, or an address with its number)
    return bool(_RATE_BEFORE.search(text, max(0, s.start - 30), s.start)
                or _SITES_COUNT_BEFORE.search(text, max(0, s.start - 60), s.start)
                and not _WORKER_BEFORE.search(text, max(0, s.start - 40), s.start)
                or _MARKET_AFTER.match(text, s.end)
                or _MARKET_BEFORE.search(text, max(0, s.start - 40), s.start)
                or _MARKET_ABROAD_BEFORE.search(text, max(0, s.start - 80), s.start)
                or _MADE_OR_KEPT_BEFORE.search(text, max(0, s.start - 100), s.start)
                or _JOB_BEFORE.search(text, max(0, s.start - 120), s.start)
                or _TRIPS_BEFORE.search(text, max(0, s.start - 80), s.start)
                and bool(_POLICY_TEXT.search(text)))


def _a_job_place(text: str, s: Span) -> bool:
    """(fp26l) In a text naming no person: a job ad's place (an employee's record with a position and a
    location names its person)."""
    if s.type != "LOCATION" or not _JOB_TEXT.search(text) or _DIGITS.search(text, s.start, s.end) \
            or _PERSON_BEFORE.search(text, max(0, s.start - 40), s.start):
        return False
    role_line = _ROLE_LINE.search(text, line_around(text, s)[0], s.start)
    worker = _WORKER_BEFORE.search(text, max(0, s.start - 40), s.start)
    return bool(_WORK_MODE_AFTER.match(text, s.end) and (role_line or not worker)
                or _JOB_PLACE_BEFORE.search(text, max(0, s.start - 60), s.start))


def _a_facility(text: str, s: Span) -> bool:
    return bool(_FACILITY_AFTER.match(text, s.end) or _FACILITY_BEFORE.search(text, max(0, s.start - 24),
                                                                               s.start)) \
        and not _WORKER_BEFORE.search(text, max(0, s.start - 40), s.start) \
        and (_FROM_OURS_BEFORE.search(text, max(0, s.start - 12), s.start)  # "shipped from our … warehouse"
             or not _PERSON_PLACE_BEFORE.search(text, max(0, s.start - 60), s.start))  # "Ship it to the …"


_FROM_OURS_BEFORE = re.compile(r"(?i:\bfrom[ \t]+(?:our|the)[ \t]+)\Z")


# ---- names -------------------------------------------------------------------------------------------------
# A list of brands or firms: "brands: Tata, Dangote, Samsung and Jollibee", "brand names (Tata Motors, …"
_BRAND_LIST_OPEN = re.compile(
    r"(?i:\b(?:brands?|brand[ \t]+names|companies|firms|conglomerates|retailers|chains|labels"
    r"|carmakers|automakers|manufacturers|banks|airlines|competitors|concurrents|marken|marcas|marques"
    r"|empresas|unternehmen)[ \t]*(?::|\(|,?[ \t]+(?:such[ \t]+as|like|including)))[ \t\n]*")
_LIST_ITEM = r"[A-ZÀ-ÖØ-Þ][\w'’.&-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.&-]*){0,3}(?:[ \t]*\([^()\n]{0,30}\))?"
_ITEMS_BEFORE = re.compile(
    rf"(?:{_LIST_ITEM}[ \t]*(?:,|;|/|&|\band\b|\bor\b|\bet\b|\bund\b|\by\b|\be\b)[ \t\n]*)*\Z")
_DETERMINED = re.compile(r"(?<![\w'’-])(?:a|an|the|our|your|their)[ \t]+\Z")  # (not "hi its kyle …")
_NUMBER_AFTER = re.compile(r"[ \t]*\.?[ \t]*\d")


def _in_a_brand_list(text: str, s: Span) -> bool:
    value = text[s.start:s.end]
    if " " in value or "\n" in value or not value[:1].isupper():
        return False
    for m in _BRAND_LIST_OPEN.finditer(text, max(0, s.start - 160), s.start):
        if _ITEMS_BEFORE.fullmatch(text, m.end(), s.start):
            return True
    return False


def _lower_words(text: str, s: Span) -> bool:
    """Lower-case words after a determiner, in English prose that shows case ("a charity gala"); "max" or
    "min" before a number ("max 4 bullets")."""
    value = text[s.start:s.end]
    if not value.islower():
        return False
    if value in ("max", "min"):
        return bool(_NUMBER_AFTER.match(text, s.end))
    if not _DETERMINED.search(text, max(0, s.start - 8), s.start):
        return False
    from scrubber.casing import prose_abroad

    return not prose_abroad(text) and not any(is_place(w) for w in value.split()) \
        and any(c.isupper() for c in _SENTENCE_OPENING.findall(text))  # ("joins the pune office")


# "Ram Kumar (sample)", "Foo Bar (example)": an example's value
_SAMPLE_AFTER = re.compile(r"[ \t]*\((?i:sample|example|dummy|fictional|fictitious|placeholder|made[ -]up)"
                           r"(?:[ \t]+(?:name|data|value|person))?\)")
_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?][ \t]+|\n[ \t]*)([^\W\d_])")
_TYPES = frozenset({"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "NATIONAL_ID",
                    "DATE_OF_BIRTH"})
# Addresses reserved for documentation (RFC 5737, RFC 3849): no host has one
_DOC_IP = re.compile(r"(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}|(?i:2001:db8:)[\w:]*")


def not_topics(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less those of the classes above."""
    if not any(s.type in _TYPES for s in spans):
        return spans
    nobody = _no_person_but_places(text, spans)
    infra = nobody and bool(REGION_LABEL.search(text) or _SITE_CHOICE.search(text))
    contactless = all(s.type in ("PERSON", "LOCATION") for s in spans) and _about_countries(text, spans)
    kept = [s for s in spans if not (infra and _an_infra_place(text, s))
            and not (nobody and (_shipped_to(text, s) or _a_job_place(text, s) or _a_firms_address(text, s)))
            and not _a_topic(text, s) and not _a_dial_in_place(text, s)
            and not (contactless and _a_country_alone(text, s, spans))
            and not _in_a_topic_sentence(text, s, spans)
            and not _a_law_name(text, s, spans)
            and not (s.type == "LOCATION" and (text[s.start:s.end].lower() in _COMMON_NOUNS
                                               or _never_a_place(text, s)))]
    # (fp27l: a figure's facts, weighed against the spans kept: the same place kept elsewhere stays)
    facts = {s for s in kept if _a_figures_fact(text, s, kept)}
    if facts:
        kept = [s for s in kept if s not in facts]
    if nobody and personless(text, kept):  # (fploc23: place_topics.py)
        dropped = frozenset(s for s in spans if s.type == "LOCATION") - frozenset(kept)
        topics = place_topics(text, kept, dropped)
        return [s for s in kept if s not in topics]
    return kept


# (fp28l) ---- a firm's address in its mail's footer or signature -------------------------------------------
# The firm's name with its legal form before the address on its line ("Dijkstra Logistiek B.V. · Waalhaven
# Zuidzijde 19, 3089 JH Rotterdam") or alone on a line of the block above ("Alborán Renovables S.L.\n+34 …\n
# Paseo de la Castellana 141, …"), in a text naming no person: a department's signature or a newsletter's
# footer. A person's signature names them and stays; so does an address after a delivery's or an address's
# label ("Ship to: Acme Ltd\n12 Harbour Rd").
_FIRM_BEFORE_ADDRESS = re.compile(
    rf"^[ \t>]*[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w&'’.-]*){{0,4}},?[ \t]+"
    rf"(?:{LEGAL_FORMS}|Co\.|Pvt\.?[ \t]+Ltd\.?|sp\.[ \t]z[ \t]o\.o\.?)"
    r"(?![\w/])[ \t]*(?:$|[·|•][ \t]*)", re.M)
_ADDRESS_LABEL = re.compile(r"(?i:\b(?:ship|deliver|bill|invoice|send|mail|post)\w*[ \t]+to\b|address|adresse"
                            r"|direcci[óo]n|endereço|indirizzo|adres)")


# ... or one it names as its site first ("Delivery address: our goods-in dock, Level 3, 120 Collins St, …")
_FIRMS_SITE_FIRST = re.compile(
    r"(?i:our|the)[ \t]+(?:[\w-]+[ \t]+){0,2}(?i:dock|warehouse|office|depot|site|plant|factory|store|hub"
    r"|campus|reception|premises|loading[ \t]+bay|hq|headquarters|distribution[ \t]+cent(?:re|er))[ \t]*,")


def _a_firms_address(text: str, s: Span) -> bool:
    if s.type != "LOCATION" or not _DIGITS.search(text, s.start, s.end):
        return False
    if _FIRMS_SITE_FIRST.match(text, s.start, s.end):
        return True
    start = s.start
    for _ in range(4):  # the address's line and the three above it, back to a blank line
        above = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start and not text[above:start - 1].strip(" \t>"):
            break
        start = above
    first_digit = _DIGITS.search(text, s.start, s.end).start()
    head = text[start:first_digit]
    firm = _FIRM_BEFORE_ADDRESS.search(head)
    return bool(firm) and not _ADDRESS_LABEL.search(head)


# (fp28l) A conference bridge's country and town after its dial-in number and code ("+44 20 3855 6143,,
# 164222603# United Kingdom, London"): the meeting service's line, no one's place
_DIAL_CODE_BEFORE = re.compile(r"\d[ \t]*(?:,,|;)?\d*#[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?\Z")


def _a_dial_in_place(text: str, s: Span) -> bool:
    return s.type == "LOCATION" and bool(_DIAL_CODE_BEFORE.search(text, max(0, s.start - 40), s.start))


# ---- a country or world region alone -----------------------------------------------------------------------
# In a text with no contact, id or number of anyone's that names three countries or regions or more, one named
# alone ("demand in Japan softened", "the Nordics", "Britain, France and Germany") is a topic. A person's
# country is written after a label ("Nationality: Ghana", "Geburtsort: Lublin, Polen"), a town and a comma
# ("from Lyon, Colombia"), a person's cue ("based in", "born in", "my trip to"), on an address's last line, or
# in a row with their name.
_LABEL_VALUE_BEFORE = re.compile(r"(?m:^)[ \t]*[^\n:]{1,30}:[ \t]*(?:[^\n,:]{1,40},[ \t]*)?\Z")
_ITEM_BEFORE = re.compile(r"(?<![\w'’.-])((?:[^\W\d_a-z][\w'’.-]*[ \t]+){0,3}[^\W\d_a-z][\w'’.-]*),[ \t]*\Z")
# (besides ``_PERSON_BEFORE``'s words, read beside it: lives, living, born, moved, moving)
_ORIGIN_BEFORE = re.compile(
    r"(?i:\b(?:native|citizens?|citizenship|nationality|nationals?|grew[ \t]+up|raised|home|from"
    r"|relocat\w*|emigrat\w*|immigrat\w*|based|resident|residing|wohnt|habite|vive|woont|mora|vit|lebt)\b)"
    r"[^.\n;]{0,30}\Z")
_JOINERS = re.compile(r"[ \t]*(?:,|\band\b|&)[ \t]*")


def _about_countries(text: str, spans: list[Span]) -> bool:
    """The text names three countries or regions or more: it is about them (markets, history, news); one or
    two in a short prompt are as often a person's ("I'm from France", "we moved from Spain to Germany")."""
    named = {_country_key(text, s) for s in spans if s.type in ("LOCATION", "PERSON")} - {None}
    return len(named) >= 3


def _country_key(text: str, s: Span) -> str | None:
    parts = _JOINERS.split(re.sub(r"['’]s?\Z", "", text[s.start:s.end]).lower())
    return "|".join(parts) if all(p in countries() for p in parts) else None


def _a_country_alone(text: str, s: Span, spans: list[Span]) -> bool:
    if s.type not in ("LOCATION", "PERSON") or _country_key(text, s) is None:
        return False
    line_start, line_end = line_around(text, s)
    before = text[max(0, s.start - 60):s.start]
    item = _ITEM_BEFORE.search(text, max(line_start, s.start - 45), s.start)
    if _LABEL_VALUE_BEFORE.search(text, line_start, s.start) \
            or item and item.group(1).lower() not in countries() \
            or _PERSON_BEFORE.search(before) or _ORIGIN_BEFORE.search(before):
        return False
    alone = not text[line_start:s.start].strip() and not text[s.end:line_end].strip(" \t.,;")
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    if alone and _DIGITS.search(above):  # an address's last line
        return False
    # a table's row or a short line with a name ("Ana Ruiz,Spain", "Ana Ruiz – Spain"), not a paragraph
    row = line_end - line_start <= 80 or any(text.count(c, line_start, line_end) for c in "|\t;")
    return not (row and any(o.type != "LOCATION" and not is_place(text[o.start:o.end])
                            and line_start <= o.start < line_end for o in spans))


def _shipped_to(text: str, s: Span) -> bool:
    return s.type == "LOCATION" and not _DIGITS.search(text, s.start, s.end) \
        and bool(_SHIPPED_BEFORE.search(text, max(0, s.start - 30), s.start)) \
        and not _PERSON_BEFORE.search(text, max(0, s.start - 40), s.start)


# (fp22) A firm choosing where to put a site: "We assessed Dubai, Warsaw and Bangalore as locations for the
# second engineering hub", "We're deciding where to put our first African sales office"
_SITE_CHOICE = re.compile(
    r"(?i:\bas[ \t]+(?:the[ \t]+)?(?:locations?|sites?|candidates?)[ \t]+for[ \t]+(?:the|a|an|our)\b"
    r"|\bwhere[ \t]+to[ \t]+(?:put|open|locate|build|set[ \t]+up)[ \t]+(?:the|a|an|our)\b"
    r"|\bsite[ \t]+selection\b)")


def _no_person_but_places(text: str, spans: list[Span]) -> bool:
    return all(s.type != "PERSON" or a_place(text, s) for s in spans)


def _an_infra_place(text: str, s: Span) -> bool:
    """(fp22) In a text that names a cloud region by its label ("eu-west-3 (Paris)", "northeurope (Dublin)"),
    or weighs towns for a firm's site, and no person, a town is where servers are ("the CDN PoP in
    Frankfurt", "traffic shifted to Amsterdam", "Ashburn healthy again") or where a site may go ("Warsaw has
    lower salary costs"), a country where users are. ("we" is the firm here: "We assessed Dubai, Warsaw …")"""
    return a_place(text, s) \
        and not _DIGITS.search(text, s.start, s.end) \
        and not (_PERSON_BEFORE.search(text, max(0, s.start - 40), s.start) and REGION_LABEL.search(text)) \
        and not _WORKER_BEFORE.search(text, max(0, s.start - 40), s.start)


# ---- a place in a sentence on markets, a firm's operations, the news or sport (doc24l) ---------------------
# Long pasted documents (minutes, market reports, news digests, sports recaps) name towns and countries as
# what the sentence is about: "Demand in Japan softened", "a sale of its Nigeria unit", "The supplier in Porto
# confirmed …", "Flooding closed roads around Accra", "a late equaliser at Anfield". The sentence says so by
# its words (not an event's: third parties label a meeting's town as personal data, test_business_places); a
# person's place in it comes after their cue ("she lives in", "born in", "my"), with an address's number and
# comma before it, as a field's value ("Dept: Sales Planning, Osaka office") or right after their
# name, and stays.
_TOPIC_WORDS = re.compile(
    r"(?i:\b(?:demand|revenues?|prices|inflation|unemployment|exposure|tender|go-live|roll-?out"
    # (fp26l) a product's launch: "lancement QuickQuote à Bordeaux repoussé"
    r"|launch(?:es|ed|ing)?|lancement|lanzamiento|lançamento|lancio|markteinführung"
    r"|suppliers?|jobs|market[ \t]+share|churn|guidance|outage|strikes?|protests?|flooding|housebuilding"
    r"|airport|speech|business[ \t]+leaders|year[ \t]+on[ \t]+year|(?:defensive|strategic)[ \t]+move"
    r"|private-label|competitive[ \t]+landscape|b2b|sale[ \t]+of[ \t]+its|hosting|data[ \t]+residency"
    # (fp25) the news: "told reporters in Washington that tariff talks with Japan …"
    r"|reporters|journalists|tariffs?|trade[ \t]+talks"
    # the same in German, French, Spanish: "Kleinere Anbieter aus Baden-Württemberg geraten unter Druck",
    # "Die Schulungen … sind in Frankfurt und Berlin abgeschlossen", "le déploiement … dans les agences de …"
    # (fp27l) a traffic report's road by its number: "de A12 bij Arnhem", "the M6 near Preston", "ijzel"
    r"|[AMNBE]\d{1,3}[ \t]+(?:near|bij|bei|at|by|between|tussen|zwischen|près[ \t]+de)|ijzel|gladheid"
    # (fp27l) a price set for a market: "cut the list price of its drug in Brazil"
    r"|(?:list|retail|wholesale|sticker)[ \t]+prices?|price[ \t]+(?:cuts?|hikes?|increases?|war)"
    # (fp27l) a firm's business with a country: "das Geschäft mit China"
    r"|geschäft|geschäfte"
    r"|umsatz|nachfrage|anbieter|lieferanten|schulungen|déploiement|chiffre[ \t]+d['’]affaires|demanda"
    r"|proveedores"
    # sport: "a late equaliser at Anfield", "qualifiers in Uyo", "a tense win in Guwahati"
    r"|equali[sz]er|qualifiers?|semi-?finals?|squad|title[ \t]+race|innings"
    r"|wickets?|top-(?:two|three|four|six)"
    r"|(?:by|for)[ \t]+\w+[ \t]+(?:runs|wickets|goals)"
    r"|win[ \t]+(?:at|in|over|against)|finished[ \t]+(?:first|second|third|\w+th)[ \t]+in"
    # (c19fp) a result's score after its verb: "beat Ireland 24-19 in Auckland", "ganó 2-0 al Betis en …"
    r"|(?:beat|beats|won|lost|drew|ganó|venció|perdió|empató|gewann|verlor|a[ \t]+battu|vinse)"
    r"[ \t]+[^.\n]{0,30}?\d{1,3}[ \t]?[-–][ \t]?\d{1,3}(?!\d)"
    r"|marathon|overs[ \t]+to[ \t]+spare|home[ \t]+side"
    # the weather: "Heavy rain is expected across Cork", "Typhoon warnings are up for Okinawa"
    r"|forecast(?:s|ed)?|thunderstorms?|gusts|typhoons?|hurricanes?|heavy[ \t]+(?:rain|snow)"
    r"|snowfall|rainfall"
    r"|(?:yellow|amber|orange|red)[ \t]+warnings?|cold[ \t]+front|heatwave|weerbericht|code[ \t]+oranje"
    r"|windstoten|onweer|unwetter|glatteis|canicule|orages?|nevadas?|tormentas?"
    # the news: "A wildfire near Marseille forced the evacuation …", "A water main burst in central …"
    r"|wildfires?|evacuat\w+|water[ \t]+main|rail[ \t]+line|without[ \t]+supply|container[ \t]+ships"
    # history: "founded in Amsterdam in 1602", "the seat of Polish kings", "destroyed Pompeii in 79 AD"
    r"|founded[ \t]+in|centuries|century|kings|dynasty|empire|uprising|battle[ \t]+of|siege|treaty"
    # a travel guide's sights: "a steep bus ride from …", "the climb up …", "best explored on foot"
    r"|funicular|hillside|sightseeing|explored[ \t]+on[ \t]+foot|the[ \t]+climb[ \t]+up|castle|palace"
    r"|cathedral|old[ \t]+town"
    # (fp26l) ... in French, Spanish, Italian, Portuguese, German: "Le quartier de la Petite France, à …"
    r"|quartier|vieille[ \t]+ville|vieux-port|colombages|remparts|calanques|casco[ \t]+antiguo"
    r"|centro[ \t]+(?:storico|histórico|historico)|altstadt|miradouro|mirador|se[ \t]+visite"
    # sport's goals in Spanish and Portuguese: "remontó en Anoeta con dos goles"
    r"|goles|gols"
    # a year long past: "of 1916 was centred on …", "nel maggio 1860", "capital until 1991"
    # (fp27l) ... or a decade long past: "spread from Mainz after the 1450s", "by the 1920s"
    r"|(?:in|of|until|since|nel|fino[ \t]+al|en|em|im|w|dal|bis|after|before|by|during)[ \t]+"
    r"(?:[^\W\d_]+[ \t]+)?(?:1[0-8]\d\d|19[0-4]\d)s?"
    r"(?![\d/.-])|capital[ \t]+until|dopo[ \t]+cristo|avanti[ \t]+cristo|(?:AD|BC)[ \t]+\d{1,4})\b)")
_PERSON_IN_SENTENCE = re.compile(  # (the worker's words hold i, my, he, she, lives, moved, based, relocat…)
    # (fp25: a word of their own, not part of a hyphenated one: "Go-live for India moved", "home-grown")
    r"(?i:(?<![\w-])(?:him|living|lived|born|grew[ \t]+up|home|address|resid\w*|native|né|née|nacid[oa]"
    rf"|geboren|nato|nata|{WORKER_WORDS}"
    # (fp26l) a person's words in French, Spanish, Portuguese, Italian, German, Dutch, Polish: "J'habite à …",
    # "mi hermano vive en …" (the sentence's topic words there hold "quartier", "goles")
    r"|j|je|moi|mon|ma|mes|yo|mi|mis|eu|meu|minha|io|mio|mia|ich|mein\w*|ik|mijn|habite\w*|habitons|vis|vit"
    r"|vive|vives|viven|vivo|vivimos|moro|mora|moram|abito|abita|wohne|wohnt|wohnen|lebe|lebt|woon|woont"
    r"|wonen|mieszka\w*|nacid[oa]|naci|nasci|nasceu)(?![\w-]))")
# (fp26l) ... unless a body, not a person, moved or is based there: "the government moved to Abuja"
_BODY_BEFORE = re.compile(r"(?i:\bthe[ \t]+(?:government|capital|parliament|ministry|court|company|firm"
                          r"|headquarters|embassy|club|museum|university|exhibition)[ \t]+\Z)")
_ADDRESS_BEFORE = re.compile(r"\d[^\n.]{0,40},[ \t]*\Z")
_SENTENCE_BOUND = re.compile(r"[.!?;:](?=\s)|\n")
_AFTER_A_NAME = re.compile(r"[ \t]*[,(–—-]?[ \t]*(?:(?i:in|from|of|at)[ \t]+)?")


# (doc24l) A common noun of a building, an institution or a trade, alone, typed a place in Spanish,
# Portuguese, Italian or French prose ("junto a la Universidad", "en el Palacio de Congresos", "Convención
# anual de ventas"): no one's place without the name that follows it
_COMMON_NOUNS = frozenset(
    "universidad universidade università université palacio palácio palazzo palais sala salle catedral "
    "cattedrale cathédrale iglesia igreja chiesa église museo museu musée teatro théâtre ayuntamiento "
    "municipio mairie ventas vendas vendite ventes homeoffice".split())
# (fp26l) Days and months (English ones ``CALENDAR_WORDS``; German, French, Spanish, Italian, Portuguese,
# Dutch), a clause's number in words ("Cuarta. El arrendatario …") and a team's name ("2 years in Field
# Sales"): never a place
_CALENDAR_WORDS = CALENDAR_WORDS | frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado "
    "domingo lunedì martedì mercoledì giovedì venerdì sabato domenica segunda-feira terça-feira quarta-feira "
    "quinta-feira sexta-feira maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januar februar "
    "märz juni juli oktober dezember janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split())
_ORDINALS = frozenset(
    "primera segunda tercera cuarta quinta sexta séptima septima octava novena décima decima primero segundo "
    "tercero cuarto quinto sexto séptimo octavo noveno décimo".split())
_TEAM_LAST = frozenset("sales engineering marketing finance operations ops procurement support".split())


# (fp28l) A weekday's abbreviation before a date ("Mo., 28. Jan. 2026", "ma 3 mars", "Do, 12.02."): no state
_DAY_ABBREVIATIONS = frozenset("mo di mi do fr sa so lu ma me je ve ju vi wo vr za zo".split())
_DATE_AFTER = re.compile(r"\.?,?[ \t]*\d")


def _never_a_place(text: str, s: Span) -> bool:
    value = text[s.start:s.end]
    low = value.lower()
    words = low.split()
    return low in _CALENDAR_WORDS or low in _ORDINALS and text[s.end:s.end + 1] in (".", ":") \
        or low.rstrip(".") in _DAY_ABBREVIATIONS and bool(_DATE_AFTER.match(text, s.end)) \
        or len(words) > 1 and words[-1] in _TEAM_LAST and not is_place(value) \
        and not any(is_place(w) for w in words)


# (fp29) The weather's words, capitalised at a sentence's start ("Snow is forecast above 800 metres")
_WEATHER_WORDS = frozenset("snow rain frost fog hail sleet storm storms sunshine thunder drizzle".split())


def _in_a_topic_sentence(text: str, s: Span, spans: list[Span]) -> bool:
    if s.type != "LOCATION" and not (s.type == "PERSON" and (
            _a_town_not_a_name(text, s) or text[s.start:s.end].lower() in _WEATHER_WORDS)) \
            or _DIGITS.search(text, s.start, s.end):
        return False
    begin, end = _sentence_around(text, s, _SENTENCE_BOUND)
    if not (_TOPIC_WORDS.search(text, begin, end) or _figures_named(text, begin, end)) \
            or any(not _BODY_BEFORE.search(text, max(0, m.start() - 30), m.start())
                   for m in _PERSON_IN_SENTENCE.finditer(text, begin, s.start)) \
            or _ADDRESS_BEFORE.search(text, begin, s.start) \
            or _LABEL_VALUE_BEFORE.search(text, line_around(text, s)[0], s.start):
        return False
    # in a row or sentence with a contact or an id ("ana derby,ana@mail.example,Osaka"), or right after a
    # person's name: "Ana Ruiz (Madrid)", "Ana Ruiz in Madrid"
    if any(o.type not in ("PERSON", "LOCATION") and o.start < end and begin < o.end for o in spans):
        return False
    return not any(o.type == "PERSON" and not a_place(text, o) and o.end <= s.start
                   and _AFTER_A_NAME.fullmatch(text, o.end, s.start) for o in spans)


def _sentence_around(text: str, s: Span, bound: re.Pattern) -> tuple[int, int]:
    """(begin, end) of the sentence around ``s``: from the last ``bound`` in the 300 characters before it (or
    300 characters back) to the next ``bound`` after it (or the text's end)."""
    begin = max((m.end() for m in bound.finditer(text, max(0, s.start - 300), s.start)),
                default=max(0, s.start - 300))
    ends = bound.search(text, s.end)
    return begin, ends.start() if ends else len(text)


# (c19fp) A town the model took for a person ("Leeds beat Norwich 2-1"): a listed place's name, one word, no
# given name
def _a_town_not_a_name(text: str, s: Span) -> bool:
    value = text[s.start:s.end]
    return " " not in value and (_a_place_not_a_name(value) or _beside_a_town(text, s))


# (fp29) ... or a word joined to a town that is no given name: "across Cork and |Kerry|" (a county)
_TOWN_JOIN = rf"(?:[ \t]*,[ \t]*|[ \t]+{_AND}[ \t]+)"
_TOWN_JOINED_BEFORE = re.compile(rf"(?<![\w'’.-])([A-ZÀ-ÖØ-Þ][\w'’.-]*){_TOWN_JOIN}\Z")
_TOWN_JOINED_NEXT = re.compile(rf"{_TOWN_JOIN}([A-ZÀ-ÖØ-Þ][\w'’.-]*)(?![\w'’-])")


def _beside_a_town(text: str, s: Span) -> bool:
    joined = (_TOWN_JOINED_BEFORE.search(text, max(0, s.start - 40), s.start),
              _TOWN_JOINED_NEXT.match(text, s.end))
    return any(m is not None and _a_place_not_a_name(m.group(1)) for m in joined)


# (c19fp) A public figure of the list named in the sentence ("Narendra Modi inaugurated the new parliament
# building in Delhi"): the news, its places no one's
# (fp27l) a family name's particle inside it: "Ursula von der Leyen"
_CAPITALISED_RUN = re.compile(r"[^\W\d_a-z][\w.-]*(?:[ \t]+(?:(?:von|van|der|den|de|da|di|du|del|la|le|bin"
                              r"|al|ibn)[ \t]+){0,2}[^\W\d_a-z][\w.-]*)+")


def _figures_named(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Where the list's public figures are named, by their whole names, between ``begin`` and ``end``."""
    whole, found = public_figures()[0], []
    for m in _CAPITALISED_RUN.finditer(text, begin, end):
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group())]
        for i in range(len(words)):
            for j in range(min(len(words), i + 5), i + 1, -1):
                if m.group()[words[i][0]:words[j - 1][1]] in whole:
                    found.append((m.start() + words[i][0], m.start() + words[j - 1][1]))
                    break
    return found


# (fp27l) A public figure's birthplace, birth date, home or country in a sentence naming them (the news, a
# profile: "Satya Nadella, born in Hyderabad on 19 August 1967, has led Microsoft", "Keir Starmer grew up in
# Oxted"): public facts, no one's private data. Not when the sentence speaks of the writer or reader ("my",
# "we", "you": "I was born in Delhi, like Virat Kohli"), names another person or holds a contact or an id.
_SPEAKER = re.compile(
    r"(?<![\w'’-])(?i:i|i'm|i've|i'd|my|me|mine|we|we're|our|ours|you|you're|your|yours|je|j|moi|mon|ma|mes"
    r"|nous|notre|nos|yo|mi|mis|nosotros|nuestro|nuestra|eu|meu|minha|nós|io|mio|mia|noi|ich|mein\w*|wir"
    r"|unser\w*|ik|mijn|wij|ons|onze)(?![\w'’-])")
_FIGURE_FACT_TYPES = frozenset({"LOCATION", "DATE_OF_BIRTH"})
# (a sentence runs on past ";" and ":": "… was born 15 July 1858; my client Dana …" speaks of the writer)
_FULL_STOP = re.compile(r"[.!?](?=\s)|\n")
# a namesake as a field's value: "Patient: Nelson Mandela, born …"
_FIELD_BEFORE = re.compile(r"[^\W\d_][\w \t]{0,30}:[ \t]*\Z")


def _a_figures_fact(text: str, s: Span, spans: list[Span], alone: bool = False) -> bool:
    if s.type not in _FIGURE_FACT_TYPES and not (s.type == "PERSON" and _a_town_not_a_name(text, s)) \
            or s.type == "LOCATION" and _DIGITS.search(text, s.start, s.end):
        return False
    begin, end = _sentence_around(text, s, _FULL_STOP)
    figures = _figures_named(text, begin, end)
    if not figures or _SPEAKER.search(text, begin, end) \
            or any(_FIELD_BEFORE.search(text, max(begin, a - 40), a) for a, _ in figures):
        return False
    value = text[s.start:s.end]
    if not alone and any(text[o.start:o.end] == value and not begin <= o.start < end
                         and not _a_figures_fact(text, o, spans, alone=True) for o in spans):
        return False  # (the same place or date found elsewhere, maybe a private person's: it stays found)
    for o in spans:  # another person (not the figure, not a town) or a contact in the sentence
        if o.start < end and begin < o.end and o is not s \
                and not any(a <= o.start and o.end <= b for a, b in figures) \
                and not (o.type in _FIGURE_FACT_TYPES or o.type == "PERSON" and a_place(text, o)):
            return False
    return True


# (c19fp) A road, pass or line named after a place or a person, after "the": "the Brenner motorway"
_ROAD_AFTER = re.compile(r"[ \t]+(?:motorway|highway|expressway|freeway|autobahn|pass|tunnel|turnpike"
                         r"|line|railway|canal)\b")
_THE_BEFORE = re.compile(r"(?<![\w'’])(?i:the)[ \t]+\Z")


# (fp27l) A law named after its country or state: "the Nigeria Data Protection Act", "the California
# Consumer Privacy Act", "the Texas Business and Commerce Code"
_LAW_NAME_AFTER = re.compile(r"(?:['’]s)?(?:[ \t]+(?:[A-Z][\w-]*|and|of|on|the|&)){0,4}[ \t]+(?:Act|Acts|Bill"
                             r"|Regulations?|Directive|Code|Ordinance|Statute)\b")


def _a_law_name(text: str, s: Span, spans: list[Span]) -> bool:
    """``s`` opens a law's name, and its place is named nowhere else ("Ana lives in California and asked about
    the California Consumer Privacy Act": her California stays, and so the Act's)."""
    if not (s.type == "LOCATION" or s.type == "PERSON" and is_place(text[s.start:s.end])) \
            or not _LAW_NAME_AFTER.match(text, s.end):
        return False
    value = text[s.start:s.end]
    return not any(o is not s and text[o.start:o.end] == value and not _LAW_NAME_AFTER.match(text, o.end)
                   for o in spans)


def _a_topic(text: str, s: Span) -> bool:
    if s.type == "EMAIL_ADDRESS":
        return _placeholder_mail(text, s)
    if s.type == "PHONE_NUMBER":
        return _placeholder_phone(text, s)
    if s.type == "IP_ADDRESS":
        return bool(_DOC_IP.fullmatch(text, s.start, s.end))
    if s.type not in ("PERSON", "LOCATION"):  # an id of zeros only: "PESEL: 00000000000"
        digits = "".join(_DIGITS.findall(text, s.start, s.end))
        return len(digits) >= 6 and set(digits) == {"0"}
    value = text[s.start:s.end]
    if value.lower() in _TECH_WORDS or a_region_label(text, s) or _a_facility(text, s) \
            or _SAMPLE_AFTER.match(text, s.end) or _SAMPLE_PLACE.search(value) \
            or _court_before(text, s) \
            or value.isupper() and _CLAUSE_BEFORE.search(text, max(0, s.start - 12), s.start):
        return True
    if value.lower() in _LANGUAGES and (_LANGUAGE_CUE.search(text, max(0, s.start - 8), s.start)
                                        or _LAW_AFTER.match(text, s.end)):
        return True
    if s.type == "PERSON" and _lower_words(text, s):
        return True
    if s.type == "PERSON":  # (c19fp) "Kraków's Wawel", "Arthur's Seat", "George IV"
        from scrubber.not_people import _titled, a_places_or_monarchs

        if not _titled(text, s) and (a_places_or_monarchs(text, s) or _ROAD_AFTER.match(text, s.end)
                                     and _THE_BEFORE.search(text, max(0, s.start - 5), s.start)):
            return True
    if _in_a_brand_list(text, s):
        return True
    if s.type == "LOCATION" and _in_a_place_list(text, s):
        return True
    if s.type == "LOCATION" or is_place(value):
        # (fp22) a place typed as a name where a firm's site is ("l'entrepôt de |Marseille|")
        return _a_market(text, s) or s.type == "PERSON" and _a_firms_site(text, s)
    return False


