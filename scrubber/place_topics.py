"""Places a firm's text names as its topic, not as where a person lives or is (fploc23, issue #19's false
LOCATIONs on prompts without personal data): the text itself says what the place is, by a noun beside it.

- a firm's office, team or site named by its town ("our Leeds office moves", "the Bristol team stays",
  "Bangalore office ka wifi", "time zone overlap with our Rotterdam HQ") or after its word ("l'agence de
  Lille", "die Niederlassung Hannover", "het kantoor in Antwerpen", "the showroom in Eindhoven");
- where its servers run ("the Paris failover"), its partners are ("a distributor in Istanbul"), a trade fair
  or its outing is ("le salon de Lyon", "the Lisbon offsite");
- a cell under a table's column of sites ("warehouse", "armazem", "depot", "store");
- a time zone ("time zone overlap with New York", "9:00 Berlin time");
- the other places in a sentence with one of those, on the weather ("the forecast for Monday is heavy snow,
  with road closures towards Austin") or giving places' figures ("Zurich +12 %, Lisbon −3 %, Frankfurt
  stabil"), and in a paragraph naming two of the firm's sites.

Only in a text with no other personal data (no person, contact or number of a person's; ``personless``):
third-party data labels a place in "The wifi for the Sheffield office is … and the password is …", and in a
person's message "desk at our Kavali office", "Femke joins the Bergen office". A place after a person's cue
("I", "she", "works", "joins", "moved", "desk") or with a number (an address) stays.
"""

import bisect
import re
from collections import Counter

from scrubber.name_filters import _JOINED_PLACES, _NEVER_A_NAME_ALONE, line_around
from scrubber.types import Span

# A list of places joined before a word ("Rotterdam and Leipzig warehouses"): the span is the first or any
PLACE_JOINED = r"(?:[ \t]*(?:,|and|&|or)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)*"
_DIGITS = re.compile(r"\d")

# ---- a firm's site named by its town -----------------------------------------------------------------------
_SITE_NOUN = (r"offices?|teams?|hq|headquarters|head[ \t]+office|branch(?:es)?|sites?|campus(?:es)?|stores?"
              r"|showrooms?|plants?|factor(?:y|ies)|studios?|squads?|crew|warehouses?|hubs?|depots?"
              # an event the firm holds or goes to: "the Lisbon offsite", "the Berlin trade fair"
              r"|conferences?|summit|expo|(?:trade[ \t]+)?fair|trade[ \t]+show|offsite|kick-?off|meetup"
              r"|roadshow|hackathon"
              # where the firm's servers run: "the Paris failover", "our Frankfurt cluster"
              r"|failover|clusters?|data[ \t]?cent(?:er|re)s?|servers?|nodes?|replicas?|edge|PoPs?|DCs?"
              r"|pricing|latency|region|markets?"
              # (fpplace24) "our Toronto returns centre", "the Leeds contact centre"
              r"|(?:returns|distribution|fulfil?ment|contact|call|service|logistics|repair)"
              r"[ \t]+cent(?:re|er)s?"
              # a jurisdiction: "a Delaware corporation", "under English law", "the Paris courts"
              r"|corporations?|corp|compan(?:y|ies)|llcs?|llps?|entit(?:y|ies)|law|courts?|statutes?")
_SITE_AFTER = re.compile(
    PLACE_JOINED + r"(?:['’]s)?[ \t]+(?i:(?:satellite|sales|regional|conference|engineering|support|local"
    r"|main|new|old|existing|flagship|head|ops|operations|service|retail)[ \t]+){0,2}(?i:" + _SITE_NOUN
    + r")(?![\w-])")
_SITE_WORDS = frozenset("office offices team teams hq headquarters branch site campus store showroom plant "
                        "factory studio expo fair summit conference".split())
# ... or after its word, in English, French, German, Dutch, Spanish, Portuguese, Italian
_SITE_BEFORE_HEAD = (
    r"(?i:\b(?:offices?|branch(?:es)?|hq|headquarters|showrooms?|stores?|warehouses?|hubs?|plants?|factor(?:y|ies)"
    r"|campus|agences?|filiale|succursales?|bureaux?|plate-?forme|entrepôts?|usines?|magasins?"
    r"|niederlassung|standort|zentrale|logistikzentrum|verteilzentrum|lager|büros?"
    r"|kantoor|vestiging|filiaal|distributiecentrum|klantcontactcentrum|magazijn"
    r"|oficinas?|sede|sucursal|centro[ \t]+log[íi]stico|almac[ée]n|tienda|delegaci[óo]n"
    r"|lojas?|armaz[ée]m|escrit[óo]rio|negozio|magazzino|stabilimento|ufficio|filiali|punto[ \t]+vendita"
    # a firm's partner there: "partner with a distributor in Istanbul", "our reseller in Lagos"
    r"|distributors?|resellers?|dealers?|franchisees?|subsidiar(?:y|ies)|joint[ \t]+venture"
    # a trade fair's or a firm's outing's word: "le salon de Lyon", "die Messe in Köln", "offsite aziendale
    # a Torino" (not a conference's: "the conference in New York" may be where a person goes)
    r"|salon|trade[ \t]+fair|trade[ \t]+show|messe|feria|fiera"
    r"|(?:company[ \t]+|team[ \t]+)?offsite(?:[ \t]+aziendale)?|conference[ \t]+travel"
    # a firm's or a fund's home in law: "incorporating in Estonia", "a company registered in Ireland"
    r"|incorporat\w*|(?:compan(?:y|ies)|firms?|entit(?:y|ies)|funds?)[ \t]+(?:registered|domiciled)"
    # (fp26l) a team or a department there: "an die Buchhaltung in Leipzig", "Das Team in Frankfurt"
    r"|teams?|departments?|dept|buchhaltung|abteilung|personalabteilung|kundenservice|vertrieb|accounting"
    r"|équipe|comptabilité|equipo|contabilidad|equipa|contabilidade|contabilità|boekhouding)\b)"
    # ("our office opening in Austin", "the store closing in Leeds")
    r"(?:[ \t]+(?i:opening|closing|openings|closures?|relocation|launch|expansion))?[ \t]*:?"
    r"[ \t]*\n?[ \t]*(?:(?:in|at|of|de|di|da|do|du|des|van|in[ \t]+der|em|en|à|a)[ \t]*\n?[ \t]*)?"
    r"(?:(?:the|la|le|l['’]|el|il|der|den|dem|das|het|o|a)[ \t]*)?")
_SITE_BEFORE = re.compile(_SITE_BEFORE_HEAD + _JOINED_PLACES + r"\Z")
# (fpplace24) A site's word and a listed place's name in a sentence, found or not ("potenziamento del
# magazzino di Bologna …", "O armazém da Azambuja passa a abastecer …", "our Cardiff depot …"): the
# sentence is on the firm's sites; its other places are topics too
_SITE_NAMED = re.compile(_SITE_BEFORE_HEAD + r"(?:\d{4}[ \t]*)?:?[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*)"
                         r"|(?<![\w-])(?P<first>[A-ZÀ-ÖØ-Þ][\w'’-]*)(?=" + _SITE_AFTER.pattern + ")")
# An organisation named after its town: "the University of Manchester", "Imperial College London", "Bank of
# Ireland" (a person's tie to it has its cue: "I studied at …")
_ORG_BEFORE = re.compile(r"\b(?:University|College|Institute|School|Academy|Polytechnic|Conservatory|Bank"
                         r"|Museum|Orchestra|Opera|Port"
                         # (fp26l) a landmark named after it: "La Torre di Pisa", "the Tower of London"
                         r"|Torre|Tower|Tour|Duomo)(?:[ \t]+(?:of|di|de|del|do|da)(?:[ \t]+the)?)?[ \t]+\Z")
# (fp27l) ... or a hotel named after it, an event's venue: "Venue: Corinthia Hotel Lisbon", "the Hilton
# Garden Inn Leeds" (a guest's stay has their cue: "I'm staying at …")
_HOTEL_BEFORE = re.compile(r"\b(?:Hotel|Hôtel|Hotels|Inn|Resort|Suites)(?:[ \t]+[A-Z][\w'’&-]*){0,2}[ \t]+\Z")
# ... unless a person is its student, teacher or staff ("She studied journalism at the University of Vadsa")
_MEMBER_BEFORE = re.compile(
    r"(?i:\b(?:i|i'm|my|me|he|she|his|her|they|their|stud(?:y|ied|ies|ying)|graduated?|attend(?:s|ed)?"
    r"|enrolled|alumn\w*|students?|works?|worked|teach(?:es)?|taught|professor|lecturer)\b)")
# A person's cue before the place: the place is where they work, live or go ("Femke joins the Bergen office",
# "desk at our Kavali office", "rattachée à l'agence de Lyon"), or where goods go
# (the words topics.py's rules read too: the person who lives, works or moves there)
WORKER_WORDS = (r"i|i'm|my|me|he|she|his|her|they|lives?|works?|working|worked|based|joins?|joined|joining"
                r"|moved|moving|transferr\w*|relocat\w*|manager|desk|assigned")
_PERSON_CUE_BEFORE = re.compile(
    rf"(?i:\b(?:{WORKER_WORDS}|i'll|him|them|living|move[ \t]+to"
    r"|ich|mein\w*|je|j['’]|mon|mes|yo|mis|meu|minha|ik|mijn"
    r"|rattach\w*|affect\w*|zugeordnet|arbeitet|wohnt|werkt|woont|trabaja|trabalha|lavora|vive|mora"
    r"|habite|travaille|visit\w*|stay\w*|(?:is|are|was|were|comes?|came|originally)[ \t]+from"
    # goods sent there: "Ship it to the Stadtsteinach warehouse", "send it to our Munich address"
    r"|(?:ship|send|sent|deliver|mail|post|forward)(?:s|ed|ing)?\b[^.\n]{0,30}\bto)\b)"
    r"[^.;\n]{0,30}\Z")

# (fpplace24) ---- a trip's places: "a 4-day business trip to Osaka", "a road trip from Boston up the Maine
# coast", "things to do in Porto" (in a text naming no person: where the trip goes is no one's address; a
# person's cue before it keeps it: "I'm on a trip to …", "she is flying to …")
_TRIP_BEFORE = re.compile(
    r"(?i:\b(?:(?:road|day|business|weekend|school|study|field|city|ski|camping|cycling|hiking)[ \t-]+)?"
    r"(?:trips?|itinerar(?:y|ies)|holidays?|vacations?|getaways?|honeymoon|sightseeing|excursions?"
    r"|city[ \t]+breaks?|things[ \t]+to[ \t]+do|travel[ \t]+guide|guided[ \t]+tours?)[ \t]+"
    r"(?:to|in|from|through|around|across|of|for|at)[ \t]+)(?:the[ \t]+)?" + _JOINED_PLACES + r"\Z")

# ---- a time zone -------------------------------------------------------------------------------------------
_ZONE_BEFORE = re.compile(r"(?i:\btime[ \t-]?zones?(?:[ \t]+overlap)?[ \t]+(?:with|in|of|for)[ \t]+)"
                          r"(?:(?:the|our)[ \t]+)?" + _JOINED_PLACES + r"\Z")
_CLOCK_BEFORE = re.compile(r"(?i:\d|\bam|\bpm|\bnoon|\bmidnight|\()[ \t]*\Z")
_TIME_AFTER = re.compile(PLACE_JOINED + r"[ \t]+(?i:time|timezone|time[ \t]+zone)\b")

# ---- a table's column of sites -----------------------------------------------------------------------------
_SITE_COLUMNS = frozenset(
    "warehouse warehouses depot hub site store branch plant office dc fulfilment_centre fulfillment_center "
    "armazem armazém almacen almacén entrepot entrepôt magazijn lager standort filiale magazzino "
    "bodega deposito depósito sucursal loja tienda".split())
_CELL_SEPARATORS = ("\t", ",", ";", "|")
# (fpplace24) ... or of towns, regions or countries in a table with no column of a person's, a contact's or an
# address's ("dealer_code, city, units, revenue": figures by town; not "customer, city")
_TOWN_COLUMNS = frozenset(
    "city town region country market area state province şehir sehir il bölge stadt ort land ville pays "
    "région ciudad país pais provincia cidade região citta città regione stad plaats gemeente provincie "
    "miasto kraj".split())
_PERSON_COLUMN = re.compile(
    r"(?i:name|customer|client|patient|employee|person|user|member|contact|owner|buyer|recipient|address"
    r"|street|zip|post|e-?mail|phone|tel|mobile|kunde|nom|nombre|nome|naam|isim|ad[ıi]|müşteri|adres)")


def is_place(value: str) -> bool:
    """Whether ``value`` is a listed place's name (``recognizers/places.py``, imported on first use)."""
    from scrubber.recognizers.places import places

    return value.lower() in places()


def a_place(text: str, s: Span) -> bool:
    """``s`` is a place: typed so, or a name that is a place's only ("Leeds" the model took for a person), or
    (fpplace24) a place's or a building's name the model took for a person's."""
    return s.type == "LOCATION" or s.type == "PERSON" and (is_place(text[s.start:s.end])
                                                           or _a_place_named(text[s.start:s.end])
                                                           or _a_district_of(text, s)
                                                           or _a_country_not_given(text[s.start:s.end]))


def _a_country_not_given(value: str) -> bool:
    """(fp28l) A country's name that is no given name ("England", "Wales"; not "Jordan", "Georgia"; the
    recognizers' own test, imported here when first called)."""
    from scrubber.recognizers.name_shapes import a_country_not_given

    return a_country_not_given(value)


# (fp25) A part of a town given as an example in brackets after it: "a flat in Bristol (say Bedminster)",
# "Bengaluru (e.g. Koramangala)"
_DISTRICT_BEFORE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’-]+)[ \t]+\((?i:say|e\.g\.|eg|for[ \t]+example|such[ \t]+as)"
                              r",?[ \t]+\Z")


def _a_district_of(text: str, s: Span) -> bool:
    before = _DISTRICT_BEFORE.search(text, max(0, s.start - 40), s.start)
    return bool(before) and is_place(before.group(1)) and text[s.end:s.end + 1] == ")"


# (fpplace24) A building, street, quay or station the model takes for a person ("Temple Quay", "Baker
# Street", "Münchner Ostbahnhof"): no person's name ends so; a house's only after a place ("Wellington House",
# not "Gregory House")
_BUILDING_LAST = re.compile(
    r"(?i:quays?|street|road|square|tower|towers|wharf|avenue|plaza|building|centre|center|centrale"
    r"|station|terrace|gardens|\w*(?:bahnhof|straße|strasse|platz|plein|gracht|kade))\Z")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _a_place_named(value: str) -> bool:
    """A name of several words that is a place's or a building's: a listed place among its words and no
    given name ("Utrecht Leidsche Rijn", "Milano Centrale", "Garibaldi a Torino", "de Bordeaux"), or a
    building's last word ("Temple Quay", "Wellington House")."""
    from scrubber.recognizers.name_shapes import lists

    words = _NAME_WORD.findall(value)
    if len(words) < 2:
        return False
    last = words[-1]
    if _BUILDING_LAST.search(last) or last.lower() == "house" and is_place(words[0]):
        return True
    given = lists()[0]
    return not any(w.lower() in given for w in words) and any(w[0].isupper() and is_place(w) for w in words)


def personless(text: str, spans: list[Span]) -> bool:
    """No span but places: no person (a name that is a place's only may be one), no contact, no number."""
    return all(a_place(text, s) for s in spans)


# A sentence on the weather and a firm's event or operations ("the weather risk for an outdoor event in
# Charlotte", "the forecast for Monday is heavy snow, with road closures towards Austin"; not "what's the
# weather like in Paris", maybe where a person goes)
_WEATHER = re.compile(r"(?i:\b(?:weather|forecasts?|temperatures?|rainfall|snowfall|heavy[ \t]+(?:rain|snow)"
                      r"|storms?|heatwaves?|hurricanes?|typhoons?|flooding|wetter|météo|meteo)\b)")
_WEATHER_TOPIC = re.compile(r"(?i:\b(?:events?|venues?|festivals?|concerts?|matches|launch|offsite"
                            r"|warehouses?|sites?|stores?|offices?|deliver(?:y|ies)|shipments?|operations"
                            r"|logistics|contingency|fallback|closures?|outdoor)\b)")
# (fpplace24) ... or one comparing places ("Compare renting a flat in Leeds with Porto", "Lyon vs Lille for
# a first store")
_COMPARE = re.compile(r"(?i:\b(?:compare|comparing|comparison|versus|vs\.?)(?![\w-]))")
# ... or one giving places' figures: "Umsatz Q2: Zurich +12 %, Lisbon −3 %, Frankfurt stabil"
_PLACE_FIGURE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+[ \t]*:?[ \t]*[+−–-][ \t]?\d[\d.,]*[ \t]?%")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Where a sentence ends: its mark, a blank line, a list's next item
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*•]|\d+[.)])[ \t])")


def place_topics(text: str, spans: list[Span], seeds: frozenset[Span] = frozenset()) -> set[Span]:
    """The places of ``spans`` (a text with no other personal data) that are a firm's site, a time zone or a
    table's site, and the places in a sentence with one or with one of ``seeds`` (places other rules found
    a topic): "all EU orders will ship from the Rotterdam warehouse instead of |Leipzig|", "Our Lisbon office
    keeps handling returns for |Spain| and |Portugal|"; but for one with a number or after a person's cue."""
    places = [s for s in spans if a_place(text, s)]
    found = {s for s in places if a_place_topic(text, s)}
    weather, figures = _WEATHER.search(text), "%" in text and _PLACE_FIGURE.search(text)
    compared = _COMPARE.search(text)
    sites = [m.start() for m in _SITE_NAMED.finditer(text) if _a_site_named(text, m)]
    if len(found) == len(places) or not (found or seeds or weather or figures or sites or compared):
        return found
    ends = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    sentences = {_sentence_of(ends, s) for s in found | seeds} \
        | {bisect.bisect_right(ends, start) for start in sites}
    for i in {_sentence_of(ends, s) for s in places} - sentences:  # on the weather, places' figures, compared
        if weather and _WEATHER.search(text, ends[i - 1], ends[i]) \
                and _WEATHER_TOPIC.search(text, ends[i - 1], ends[i]) \
                or figures and _PLACE_FIGURE.search(text, ends[i - 1], ends[i]) \
                or compared and _COMPARE.search(text, ends[i - 1], ends[i]) \
                and sum(_sentence_of(ends, s) == i for s in places) >= 2:
            sentences.add(i)
    # a paragraph naming two of the firm's sites or more is about them ("… ship from the Rotterdam warehouse
    # … from our Manchester hub. Delivery times to |Scandinavia| improve …")
    paragraphs = [0, *(m.end() for m in _BLANK_LINE.finditer(text)), len(text)]
    named = Counter(_sentence_of(paragraphs, s) for s in found | seeds)
    return found | {s for s in places if (_sentence_of(ends, s) in sentences
                                          or named[_sentence_of(paragraphs, s)] >= 2)
                    and not _a_persons(text, s)}


def _a_site_named(text: str, m: re.Match) -> bool:
    """A site's word and a listed place's name, no person's cue before it."""
    name = m.group("name") or m.group("first")
    start = m.start("name") if m.group("name") else m.start()
    return is_place(name) and not _PERSON_CUE_BEFORE.search(text, max(0, start - 40), start)


def _sentence_of(ends: list[int], s: Span) -> int:
    return bisect.bisect_right(ends, s.start)


def _a_persons(text: str, s: Span) -> bool:
    firm = _FIRM_BASED_BEFORE.search(text, max(0, s.start - 60), s.start)
    if firm and not _a_firm(firm.group("firm")):
        firm = None
    return bool(_DIGITS.search(text, s.start, s.end)
                or _PERSON_CUE_BEFORE.search(text, max(0, s.start - 40), firm.start() if firm else s.start))


# (fp28l) A firm is based there, not a person ("SAP is based in Walldorf", "the company is headquartered in
# Austin"): its name (a brand, a firm word, upper case) before; "Maria is based in Leeds" stays a person's.
_FIRM_BASED_BEFORE = re.compile(
    r"(?P<firm>[\w&'’.-]+)[ \t]+(?:is|are|was|were|remains|stays)[ \t]+(?:still[ \t]+|also[ \t]+)?"
    r"(?:based|headquartered|located|registered)[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?\Z")
_FIRM_NOUNS = frozenset("company firm startup business brand group bank vendor supplier insurer retailer "
                        "manufacturer lender maker operator provider".split())


def _a_firm(word: str) -> bool:
    from scrubber.words import brands, org_words

    low = word.lower()
    return low in _FIRM_NOUNS or low in brands() or low in org_words() \
        or len(word) >= 3 and word.isupper() and word.isalpha()


def a_place_topic(text: str, s: Span) -> bool:
    """``s`` (a place in a text with no other personal data) is a firm's site, a time zone, a table's site."""
    if _a_persons(text, s):  # (an address with its number, or a person's place)
        return False
    value = text[s.start:s.end]
    words = value.lower().split()
    return bool(len(words) > 1 and (words[-1] in _SITE_WORDS or _SITE_BEFORE.search(words[0] + " "))
                or _SITE_AFTER.match(text, s.end)
                or _SITE_BEFORE.search(text, max(0, s.start - 60), s.start)
                or _ORG_BEFORE.search(text, max(0, s.start - 40), s.start)
                and not _MEMBER_BEFORE.search(text, line_around(text, s)[0], s.start)
                or value.lower() in _NEVER_A_NAME_ALONE  # a language or nationality ("Thai curry")
                or _HOTEL_BEFORE.search(text, max(0, s.start - 50), s.start)
                or _ZONE_BEFORE.search(text, max(0, s.start - 60), s.start)
                or _TRIP_BEFORE.search(text, max(0, s.start - 80), s.start)
                or _TIME_AFTER.match(text, s.end)
                and bool(_CLOCK_BEFORE.search(text, max(0, s.start - 12), s.start))
                or _under_a_site_column(text, s)
                or bool(_PLACEHOLDER_CELL.search(text, *line_around(text, s))))


# (fp26l) A table's sample row, another cell a placeholder: "| 2 | <name> | <email> | <date> | Atlanta |"
# or masked ("| Employee 2 | ***-**-**** | … | Lyon |")
_PLACEHOLDER_CELL = re.compile(r"(?:^|[|,;\t])[ \t]*(?:<[a-z_ ]{2,20}>|\{\{?[a-z_ ]{2,20}\}\}?"
                               r"|\[[a-z_ ]{2,20}\]|\*{3,}(?:[-*. ]*\*)*)[ \t]*(?=[|,;\t]|$)", re.M)


def _under_a_site_column(text: str, s: Span) -> bool:
    header = column_titles(text, s)
    if header is None:
        return False
    titles, title = header
    return title in _SITE_COLUMNS or title in _TOWN_COLUMNS and not any(
        _PERSON_COLUMN.search(h) for h in titles)


def column_titles(text: str, s: Span) -> tuple[list[str], str] | None:
    """The titles of the table ``s`` is a cell of (its first line's cells) and, in lower case, its own
    column's; None outside a table."""
    line_start, line_end = line_around(text, s)
    line = text[line_start:line_end]
    sep = next((c for c in _CELL_SEPARATORS if line.count(c) >= 2), None)
    if sep is None:
        return None
    column = text.count(sep, line_start, s.start)
    # the table's first line: the first line above with as many separators, after a blank line or the top
    header_start, lines = line_start, 0
    while header_start > 0 and lines < 200:
        lines += 1
        above = text.rfind("\n", 0, header_start - 1) + 1
        if text[above:header_start - 1].count(sep) != line.count(sep):
            break
        header_start = above
    header = text[header_start:text.find("\n", header_start)].split(sep)
    if header_start >= line_start or column >= len(header):
        return None
    # (fp26l) a spreadsheet's column letter before its title: "A: Name | E: Office"
    return header, _COLUMN_LETTER.sub("", header[column].strip(" \t\"'*")).lower()


_COLUMN_LETTER = re.compile(r"\A[A-Z]{1,2}[ \t]*:[ \t]*")
