"""Assemble address blocks from the parts the recognizers found one by one.

Addresses are written in many orders ("Nybyvägen 65 / Suite 824 / ANKARSRUM / Sweden 67626", "0912 P.O. Box
287 Apt. 051, Tallinn, Estonia"); the recognizers find street, unit, city and country apart and leave the
house number, the postcode and street names without a street word ("Allika 46") in between. Here LOCATION
spans that follow each other across line breaks or commas become one span, and take in the numbers and the
"Name 12" street segment right next to them. Only around a LOCATION already found: a lone "Chapter 5" stays.
"""

import regex as re

from scrubber.types import Span
from scrubber.words import CA_PROVINCE_CODES, CA_TERRITORY_CODES, US_STATE_CODES, common_words

COMMON = common_words()

TYPE = "LOCATION"
SOFT = frozenset({"PERSON", "NRP", "ORGANIZATION"})
COLUMN_SCORE = 0.95
NAME_SCORE = 0.86  # a name after a greeting, honorific or cue (scrubber/recognizers/name_cues.py)
NUMBER_GUESSES = frozenset({"US_BANK_NUMBER", "US_PASSPORT", "US_ITIN", "UK_NHS", "US_DRIVER_LICENSE",
                            "DATE_TIME"})
PHONE_GUESS = 0.6  # a phone pattern's weakest guesses score below this
_ZIP_PLUS_4 = re.compile(r"\d{5}-\d{4}|〒?\d{3}-\d{4}")  # (and Japan's "150-0001")
BLOCK_SCORE = 0.9  # an assembled block outranks the parts the model typed otherwise
MAX_GAP = 40
# A blank line ends an address block: nothing is joined or taken in across one. (The patterns that look back
# from a part end in ``\Z``: a ``$`` also matches before a last line break, one line further back.)
_BLANK_LINE = re.compile(r"\n[ \t>]*\n")
# Between two parts of one address: separators, and at most one short run of words (an unrecognised town).
# (a town's name starts with a capital: ", ich wohne in " is a sentence, not a town)
_GAP = re.compile(r"[\s,;>|]*(?:\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,3}[\s,;>|]*)?")
# (a Dutch postcode keeps its letters: "…, 3522 AF Utrecht")
_NUMBER_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:\n[ \t>]*)?(?:[A-Z]{1,2}[ -]?)?\d{3,6}"
                           r"(?:[ -]\d{3,4}|[ \t]?[A-Z]{2})?(?!\w)")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,-])(?:\d{1,6}[A-Za-z]?[ \t]+){1,2}\Z")
# A street segment without a street word: "Allika 46", "Tylova 285", "0912 Edeby 55", "Trenerys gate 232".
_LINK_WORDS = r"(?:at|is|in|to|on|of|the|and|or|for|from|by|was|are|lives|lived|live|near|with|my|our|your)"
_SEGMENT_BEFORE = re.compile(
    rf"(?<![\w-])(?:\d{{1,6}}[ \t]+)?\p{{Lu}}[\p{{L}}'’.-]*(?:[ \t]+(?!{_LINK_WORDS}\b)[\p{{L}}'’.-]+){{0,3}}"
    r"[ \t]+\d{1,5}[A-Za-z]?\.?[ \t]*,?[ \t]*\n?[ \t>]*\Z"
)
# Lines after a street or unit: town, region code, country, postcode ("ANKARSRUM", ", CO", "Sweden 67626").
# Sign-offs and greetings after an address ("… Queen Street.\nBest regards, Tom") end it.
_SIGN_OFF = (r"(?i:best|regards|kind|warm|thanks|thank|cheers|sincerely|yours|many|cordialement|bien|merci"
             r"|grüße|gruß|mit|viele|saludos|un|saluti|cordiali|atenciosamente|abraços|groeten|met|hi|hello|dear|please)")
_LINE_AFTER = re.compile(
    rf"[ \t]*(?:,[ \t]*)?\n?[ \t>?]*(?:,[ \t]*)?(?!{_LINK_WORDS}\b|{_SIGN_OFF}\b)"
    # (not past a sentence's full stop: "…, 3547 NT Utrecht.| Vraag naar …")
    r"(?:\p{Lu}[\p{L}'’.-]*(?:(?<!\p{Ll}{2}\.)[ \t]+[\p{L}'’.-]+){0,3}|[A-Z]{2})"
    # (a town's postal district too: "Colombo 04", "Dublin 8")
    r"(?:[ \t]*,?[ \t]+\d{3,6}(?:[ -]\d{2,4})?|[ \t]+\d{1,2})?"
    # (a full stop only at a line's end; after a postcode the sentence may go on:
    # "… Smartmouth 7432 in the CRM")
    r"(?=[ \t]*(?:[,\n]|$|\.[ \t]*(?:\n|$))|(?<=\d)[ \t]+\p{Ll})"
)
MAX_LINES_AFTER = 3
# The word that ends a region's name, where a line wrapped before it: "Owerri, Imo\nState",
# "Western\nProvince"
_REGION_WORD = re.compile(r"[ \t]*,?[ \t]*\n?[ \t>]*(?i:state|province|region|county|district|division"
                          r"|governorate|territory)")
_ENDS_IN_DIGITS = re.compile(r"\d{3,6}[ \t]*$")
# The postal tail of an address in the formats of the Universal Postal Union's members: postcode, town (with
# its particles: "Freiburg im Breisgau", "Frankfurt am Main"), region code or name ("ON", "(TO)", "- PR",
# "(Ontario)"), unit and floor ("apto 30", "3º B", "Flat 2"), in the orders countries write them. One item per
# step, each ending where a line or clause does.
_POSTCODE = (
    # UK (any letters at the end after a street: made-up postcodes are personal data too, "Truro JE8 6CK")
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}"
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"  # Canada
    r"|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}"  # Ireland (Eircode)
    r"|[A-Z]\d{2}[ \t](?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{4}"  # ... and made-up ones ("Sligo F91 YS2O")
    r"|\d{4}[ \t]?[A-Z]{2}(?!\p{L})"  # Netherlands
    r"|(?:CEP[ \t:]*)?\d{5}-?\d{3}"  # Brazil
    r"|〒?[ \t]?\d{3}-\d{4}"  # Japan
    r"|\d{4}-\d{3}"  # Portugal
    r"|\d{3}[ \t]\d{3}"  # India, written in two groups
    r"|\d{2}-\d{3}"  # Poland
    r"|\d{3}[ \t]\d{2}(?=[ \t]+\p{Lu})"  # Czechia, Slovakia, Sweden, Greece: "186 09 Žacléř"
    r"|(?:[A-Z]{1,2}-|C\.[ \t]?P\.[ \t]*|CP[ \t:]+|(?:Τ\.?[ \t]?Κ\.?|T\.?[ \t]?K\.?)[ \t]*)?"
    r"(?:\d{3}[ \t]\d{2}(?=[ \t]+\p{Lu})|\d{4,6}(?:-\d{4})?)"  # most others; US ZIP+4; "D-10115"; Mexico's
    # "C.P. 06700"; Greece's "ΤΚ 105 63"
    r")(?![\w-])"
)
_PARTICLE = (r"(?:am|im|an|der|bei|ob|de|del|della|di|da|do|dos|das|la|le|les|lès|sur|sous|en|upon|on|op|aan"
             r"|den|ter|los|las|el|y|ao|aux"
             r"|u|nad|pod|ve|v|na)")  # Czech and Slovak: "Jílové u Prahy", "Stráž pod Ralskem"
# (a town's name goes on after "St." but not after a sentence's full stop: "… 69002 Lyon. Tél. : …")
_TOWN = (rf"\p{{Lu}}[\p{{L}}'’.-]*(?:(?<!\p{{Ll}}{{2}}\.)[ \t-]+(?:{_PARTICLE}[ \t]+){{0,2}}(?!(?i:cedex)\b)"
         r"\p{Lu}[\p{L}'’.-]*){0,3}")  # "Laa an der Thaya"
_REGION = r"(?:\(?[A-Z]{2,3}\)?(?![\w-])|\(\p{Lu}[\p{L} .'’-]{2,30}\))"
# Before a postcode a region may be longer or dotted: Mexico's "TAMPS 87000", "CDMX 06700", "Q. ROO 77500",
# "N.L. 64000"
_REGION_BEFORE_POSTCODE = r"(?:(?:[A-Z]\.[ \t]?){1,3}(?:[A-Z]{2,4}(?![\w.-]))?|[A-Z]{2,5}(?![\w.-]))"
_UNIT_ITEM = (
    r"(?:(?i:apto|apt|ap|apartment|appartement|app|appt|sala|bloco|bl|casa|conj|piso|planta|puerta|pta|esc"
    r"|escalera|interior|int|interno|scala|flat|unit|suite|ste|bâtiment|bât|etage|étage|whg|wohnung|lj|loja"
    r"|andar"
    # Mexico ("Edif. 4, Depto. 302", "Int. 4", "Mz 12 Lt 3") and Romania ("bl. 3, sc. B, et. 2, ap. 45")
    r"|edificio|edif|departamento|depto|dpto|exterior|ext|local|lote|lt|manzana|mz|sc|scara|et|etaj"
    r"|m(?=\.[ \t]*\d)|lok|lokal"  # Poland's "m. 5" (flat), "lok. 3"
    r"|lgh|lägenhet|bte"  # Sweden's flat ("lgh 1201"), Belgium's box ("bte 5", "bus 5")
    r"|sector|sectorul"
    r"|floor|fl|level|door|box|studio|piano|appartamento|cx\.?[ \t]*postal|caixa[ \t]+postal|bus|boîte|cedex"
    r"|rd(?=[ \t]+\d{1,2}\b))"  # New Zealand's rural delivery: "RD 4"
    r"\.?[ \t]*[#nº°]?[ \t]*[\w/-]{1,6}"
    r"|\d{1,3}(?:st|nd|rd|th|e|er|ème)[ \t]+(?i:floor|fl\.?|étage|etage)|(?i:cedex)"
    r"|\d{1,2}\.[ \t]*(?:OG|UG|Stock|Etage|Obergeschoss)(?![\w-])"  # Germany's floor: "3. OG"
    # Denmark's floor and side: "2. th.", "st. tv.", "1. mf." (til højre, til venstre, midt for)
    r"|(?:\d{1,2}\.|st\.|kl\.)[ \t]*(?:th|tv|mf|sal)\.?(?![\w-])"
    r"|m\.[ \t]*\n[ \t>]*\d{1,4}[a-z]?(?![\w-])"  # Poland's flat, its number where a line wrapped: "m.\n29"
    r"|\d{1,2}\.?[ºª°](?:[ \t]*(?:[A-Z]|(?i:izda|izq|dcha|der|dr|esq|dto|centro|ctr|fte|frente)\.?))?)"
)
_TAIL_ITEM = re.compile(
    r"[ \t]*(?:[,;/–·•-][ \t]*)?(?:\n[ \t>]*)?(?:[,–-][ \t]*)?"
    # 10115 Berlin, 00184 Roma (RM), 1016 GV Amsterdam
    # a town line that ends in a region and postcode may have any words ("San Pedro de los Pinos, CDMX 03800")
    rf"(?:(?!{_LINK_WORDS}\b|{_SIGN_OFF}\b)\p{{Lu}}[\p{{L}}'’.-]*(?:[ \t]+[\p{{L}}'’.-]+){{0,6}},[ \t]*"
    rf"{_REGION_BEFORE_POSTCODE}[ \t]*{_POSTCODE}"
    # (a district's number after the town: "110 00 Praha 1", "69008 Lyon 8e")
    rf"|{_POSTCODE}(?:[ \t]+{_TOWN}(?:[ \t]+\d{{1,2}}(?:e|er|ème)?(?![\w-]))?)?(?:,?[ \t]+{_REGION})?"
    rf"|{_UNIT_ITEM}"
    # a neighbourhood or county line: Mexico's "Col. Roma Norte", "Fracc. Las Palmas", Romania's "jud. Cluj"
    rf"|(?:Col\.|Colonia|Fracc\.|Fraccionamiento|Barrio|(?i:jud\.|județul|judetul))[ \t]*{_TOWN}"
    # Vietnam's ward, district, city and province ("Phường Bến Nghé", "Quận 1", "TP. Hồ Chí Minh")
    rf"|(?:Phường|P\.|Quận|Q\.|Huyện|Xã|Thị[ \t]xã|TP\.|Thành[ \t]phố|Tỉnh)[ \t]*(?:\d{{1,2}}(?!\d)|{_TOWN})"
    rf"|{_PARTICLE}[ \t]+{_TOWN}"  # the rest of a town's name: "Freiburg| im Breisgau"
    rf"|(?!{_LINK_WORDS}\b|{_SIGN_OFF}\b){_TOWN}(?:[ \t]*[,–/-]?[ \t]*{_REGION})?"
    rf"(?:[ \t]*[,–-]?[ \t]*{_POSTCODE})?"
    rf"|{_REGION}(?:[ \t]*[,–-]?[ \t]*{_POSTCODE})?)"
    r"(?=[ \t]*(?:[,.;:)!?\n·•]|$|[-–][ \t])|[ \t]+[-–]|[ \t]+"
    rf"{_LINK_WORDS}[ \t]"  # "… 5975 PY\nGulpen in the CRM"
    rf"|[ \t]+{_UNIT_ITEM}(?![\w-])"  # units in a row: "Bl. 46  Sc. 82 Ap. 945"
    r"|(?<=\d)[ \t]+\p{Ll}"  # after a postcode the sentence may go on: "…, TAMPS 87120 please"
    # … after its town: "…, 9000 Gent but …" (_TOWN_IN_PROSE; a postcode alone, one space: not a code's
    # digits before a table's next cell, "TCC-6023\tCafé moído")
    r"|(?<=(?<![\w-])\d{4,6})[ ]\p{Lu}\p{Ll}+[ ]\p{Ll}"
    r"|(?<=\d)[ \t]+\()"  # … or a bracket open: "…, Toowoomba QLD 4350 (\"Consultant\")"
)
MAX_TAIL_ITEMS = 5
# The rest of a town's name after a particle that is no English word before a name ("Stráž| pod Ralskem",
# "Jílové| u Prahy", "Castelnuovo| del Garda"; not "… on Monday").
_TOWN_GOES_ON = re.compile(r"[ \t]*(?:u|nad|pod|ve|v|na|am|im|sur|sous|lès|op|aan|ter|den|del|della|di|da|do"
                           r"|dos|das|de|los|las|el|y|ao|aux)[ \t]+\p{Lu}")
_TOWN_IN_PROSE = re.compile(rf"[ \t]+\p{{Lu}}[\p{{L}}'’.-]+"
                            rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+){{1,2}}\p{{Lu}}[\p{{L}}'’.-]+)?"
                            r"(?=[ \t]+\p{Ll}|[ \t]*$)")  # "… 6528 Ybbs an der Donau geliefert"
_POSTCODE_IN = re.compile(_POSTCODE)
_DISTRICT_BEFORE_POSTCODE = re.compile(rf"(?<=\p{{L}})[ \t]+\d{{1,2}}W?(?=[ \t]*,[ \t]*{_POSTCODE})")
# (a capital and at most two small letters before the full stop: "Co.", "St.", "Mt.", "Ft.")
# and one word ending its line or clause ("Main St.| Tom arrived" goes on as a sentence)
_ABBREVIATION_GOES_ON = re.compile(
    r"(?<=(?<![\p{L}\d])\p{Lu}\p{Ll}{0,2})\.[ \t]+\p{Lu}[\p{L}'’-]+(?=[ \t]*(?:[,\n]|$))")
# A sentence ends inside a piece at a period after a digit or a word, not after "T" or "Apt": "…France 79248.
# I now live in 6570 …" is two addresses.
_SENTENCE_END = re.compile(r"(?<=\d|[a-z]{3})\.[ \t]")
_AFTER_POSTCODE = re.compile(
    r"(?:^|[\s,])(?:\d{4,6}|\d{5}-\d{3}|\d{4}-\d{3}|[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}"
    r"|\d{4}[ \t]?[A-Z]{2})$"
)
# A building's or estate's name before the street ("Résidence Les Pins, Bât. C, 4 allée …", "Torre Norte")
_BUILDING_FIRST = re.compile(r"(?i:résidence|residence|immeuble|lotissement|building|tower|torre|edificio"
                             r"|edifício|condominio|condomínio|palazzo|conjunto)[ \t]+\p{Lu}")
# ... or after it, where its first word is an ordinary one ("Sea View Apartments", "Green Park Society")
_BUILDING_LAST = re.compile(r"(?<=\p{L}[ \t]+)(?:Apartments?|Apts\.?|Towers?|Residency|Residences|Society"
                            r"|Complex|Heights|Mansions?|Chambers|Enclave|CHS|Villas)$")
_DISTRICT_AFTER = re.compile(r"[ \t]+\d{1,2}(?:e|er|ème)?(?=[ \t]*(?:[,.;:)!?\n]|$))")
_TOWN_AFTER_POSTCODE = re.compile(r"(?:^|\s)(?:\d{3}[ \t]\d{2}|\d{4,6})[ \t]+\p{Lu}[\p{L}'’.-]*$")
# Words of the sentence around an address, never of its lines ("He lives at 221B Baker Street, …").
_PROSE_WORD = re.compile(
    r"(?i)(?<!\p{L})(?:he|she|they|we|i|you|it|his|her|their|lives?|lived|living|is|are|was|were|at|to|near"
    r"|with|my|our|your|moved|moving|resides?|resided|located|send|sent|ship|deliver|wohnt|vive|habite|abita"
    r"|woont|soy|sono|je|ich|ik|yo|io)(?!\p{L})")
_UNIT_WORD = re.compile(
    r"(?i:flat|unit|suite|apartment|floor|door|box|block|building|house|no|apt|fl|int|bus)$"
)
# What may stand before a street line: a unit, a building, a house number written first ("Flat 3, ",
# "Bâtiment A, appartement 17\n", "No. 45, ", "H.No. 3-4-567/A, ", "Unit 4/", "Plot 5, ", "Stand 4471, ").
_UNIT_BEFORE = re.compile(  # (searched right to left: it ends where the street starts)
    # (longer alternatives first: right to left, "no" would otherwise win over "H.No.")
    r"(?r)(?:(?:(?i:flat|apt|apartment|unit|suite|bâtiment|bât|appartement|app|appt|h\.?[ \t]*no|no|door|piso"
    r"|wohnung"
    r"|whg|house|building|bldg|block|escalier|étage|etage)\.?[ \t]*[\w/-]{1,10}"
    # (words that end a name too, "Villar", "Lotte": with a number only)
    r"|(?i:plot|lot|stand|erf|villa|shop|stall)\.?[ \t]*\d[\w/-]{0,9})"
    # (then its floor: "appartement 12, étage 3", Hong Kong's "Flat C, 15/F")
    r"(?:,[ \t]*(?:(?i:appartement|apt|app|étage|etage|escalier|floor|piso)\.?[ \t]*[\w/-]{1,6}"
    r"|\d{1,3}/F))?"
    r"(?:,[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})?"  # ", Sea View Apartments"
    r"[ \t]*[,\n][ \t>]*|\d{1,4}[A-Za-z]?/"
    r"|(?:(?i:flat|house|door|plot|shop|unit)[ \t]+)?(?i:h\.?[ \t]*no|no|nr|n[º°o])\.?[ \t]*"
    # (a plot's word, its number the span's: "Plot 5, Kampala Road")
    r"|(?<![\w.])(?:Plot|PLOT|Lot|LOT|Stand|Erf|ERF|Villa|Shop)[ \t]+)\Z"
)


# A house number, with its unit word and the street's words, ending a line of prose before an address block.
_NUMBER_ENDS_PROSE = re.compile(
    r"(?<![\w./-])(?:(?i:h\.?[ \t]*no|flat|unit|apt|apartment|suite|plot|house|door|no)\.?[ \t]*[\w/-]{1,6}"
    # (its words one or two spaces apart: "2016 – 2020      Medewerker" is a CV's two columns)
    # (a block's letter before the number, "B-530, "; a particle in the street's name, "14 Ard na Gréine, ")
    r",?[ \t]+)?(?:[A-Z]{1,2}-)?\d{1,5}(?:[/-]\d{1,5})?[A-Za-z]?(?:[ \t]+\d{1,5})?"
    rf"(?:,?[ \t]{{1,2}}(?:{_PARTICLE}[ \t]+)?\p{{Lu}}[\p{{L}}'’.-]*){{0,4}}"
    r"[ \t]*,?[ \t]*\n?[ \t>]*\Z"
)


# A contact field: "Ph: …", "Mobile 98450 12345", "Tel. no.: …", "Email: …" (not "Ph. 2", Phase 2 of a sector;
# nor "Tel Aviv"); the one pattern for it (``recognizers/address.py`` ends Indian addresses before one)
CONTACT_WORDS = "ph|phone|tel|telephone|mob|mobile|cell|fax|e-?mail|contact"
# ... after something on its line (maybe a separator between)
AFTER_SOMETHING = r"(?<=\S[ \t]*[,;/|–-]?[ \t]*)"


def contact_field(words: str = CONTACT_WORDS) -> str:
    """The pattern of a contact field whose label is one of ``words`` (an alternation)."""
    return rf"(?<!\p{{L}})(?i:{words})\.?(?:[ \t]*(?i:no|number)\.?)?[ \t]*(?::|[+(]?\d{{3}})"


# A contact field after an address on its line: "… Pune 411001 Ph: 98…", "…, Accra  Tel. +233 …"
_CONTACT = re.compile(AFTER_SOMETHING + contact_field(CONTACT_WORDS + "|whatsapp"))


# (a word each label of ``_CONTACT`` holds, in lower case: a stretch in ASCII without one holds no field)
_CONTACT_HINTS = ("ph", "tel", "mob", "cell", "fax", "mail", "contact", "whatsapp")


def _before_contact(text: str, span: Span) -> Span:
    """``span`` up to a contact field in it: a form's value read to its line's end is the address only."""
    stretch = text[span.start:span.end + 12]  # (searched only where a label's word stands: ~10 µs a span)
    if stretch.isascii() and not any(map(stretch.lower().__contains__, _CONTACT_HINTS)):
        return span
    if (m := _CONTACT.search(text, span.start, span.end + 12)) is None or m.start() >= span.end:
        return span
    end = span.start + len(text[span.start:m.start()].rstrip(" \t,;/|–-"))
    return Span(span.type, span.start, end, span.score) if end > span.start else span


def assemble(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with neighbouring LOCATION parts joined and grown (other spans unchanged)."""
    places = sorted((_before_contact(text, s) for s in spans if s.type == TYPE), key=lambda s: s.start)
    if not places:
        return spans
    others = [s for s in spans if s.type != TYPE]
    # Names the model typed wrongly ("Avenida Otoniel Dutra" as a PERSON) and number-only guesses (a house
    # number read as a bank account) do not stop a block; phones, e-mails, cards and the like do.
    # A name a table's column vouches for (scrubber/recognizers/table_columns.py, 0.95) stops a block too.
    taken = [(o.start, o.end) for o in others
             if (o.type not in SOFT | NUMBER_GUESSES or o.score >= COLUMN_SCORE)
             and not _zip_read_as_phone(text, o)]
    # a name a cue vouches for ("Patient: Quintero, Oleksandra |") is no pair of places to join
    names = [(o.start, o.end) for o in others if o.type == "PERSON" and o.score >= NAME_SCORE]
    merged = _joined(text, [_before_contact(text, _grow(text, s, taken)) for s in places], taken, names)
    # a block that holds a postcode takes in the lines of the address before it, and the unit before those
    # ("Apt 103-403, |125 Teheran-ro 34-gil, …"); blocks that now meet join ("Kamo 808, |5-8-7 Shimogamo, …")
    lined = [_unit_before(text, Span(TYPE, _lines_before(text, m.start, m.end, _before(merged, i, taken)),
                                     m.end, m.score), taken)
             if _POSTCODE_IN.search(text, m.start, m.end) else m
             for i, m in enumerate(merged)]
    if lined != merged:
        merged = _joined(text, lined, taken, names)
    # a street the model read as a name with its first words: "Lange |Kievitstraat 13 bte 5, 9000 Gent"
    merged = [_name_before_street(text, m, others, taken) for m in merged]
    blocks = [m if m in places else Span(TYPE, m.start, m.end, max(m.score, BLOCK_SCORE)) for m in merged]
    # a name inside an assembled block, or inside a street address found whole ("129 Jasper Ave, Toronto, ON
    # M5V 2T6" after "ship to"), is a street or town name the model read as a person
    streets = [b for b in blocks if b not in places or _has_digit(text, b)]
    inside = [o for o in others if o.type in SOFT and any(b.start <= o.start and o.end <= b.end and b != o
                                                          for b in streets)]
    return [o for o in others if o not in inside] + blocks


def _before(merged: list[Span], i: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``taken`` and, for the ``i``-th block, everything up to the block before it."""
    return taken + [(0, merged[i - 1].end)] if i else taken


def _joined(text: str, grown: list[Span], taken: list[tuple[int, int]],
            names: list[tuple[int, int]]) -> list[Span]:
    """``grown`` (sorted by start) with overlapping parts, and parts of one address next to each other,
    joined."""
    merged: list[Span] = []
    for s in grown:
        last = merged[-1] if merged else None
        if last and s.start <= last.end:
            merged[-1] = Span(TYPE, last.start, max(last.end, s.end), max(last.score, s.score))
        elif (last and _joins(text, last, s, taken)
              and not any(a <= last.start and s.end <= b for a, b in names)
              # (nor a place inside a cued ``Last, First`` to the next: "Le Roux, Marike; La Grange, Hennie")
              and not any(a <= x.start and x.end <= b and "," in text[a:b] for a, b in names
                          for x in (last, s))):
            merged[-1] = Span(TYPE, last.start, s.end, max(last.score, s.score))
        else:
            merged.append(s)
    return merged


def _unit_before(text: str, span: Span, taken: list[tuple[int, int]]) -> Span:
    """``span`` with the unit or building written before its street line ("Apt 103-403, ", "Flat 3, ")."""
    window = text[max(0, span.start - 80) : span.start]
    if (m := _UNIT_BEFORE.search(window)) and _free(span.start - len(window) + m.start(), span.start, taken):
        return Span(TYPE, span.start - len(window) + m.start(), span.end, span.score)
    return span


def _name_before_street(text: str, span: Span, others: list[Span], taken: list[tuple[int, int]]) -> Span:
    """``span`` from the start of a name the model found that runs into its street line, on that line
    ("Lange Kievitstraat" as a PERSON over "Kievitstraat 13, 9000 Gent"), or of a building's word before it:
    the street's or the building's first words."""
    if not _has_digit(text, span):
        return span
    # a building's word before its name and number: "Palace |Kamo 808, …" (Japan's apartment houses)
    if (m := _BUILDING_WORD_BEFORE.search(text, max(0, span.start - 20), span.start)) \
            and _free(m.start(), span.start, taken):
        span = Span(TYPE, m.start() + len(m.group()) - len(m.group().lstrip(" \t>")), span.end, span.score)
    for o in others:
        if (o.type in SOFT and o.start < span.start < o.end <= span.end
                and "\n" not in text[o.start:span.start] and _free(o.start, span.start, taken)):
            return Span(TYPE, o.start, span.end, span.score)
    return span


def _zip_read_as_phone(text: str, span: Span) -> bool:
    """A ZIP+4 shape the phone patterns only guessed at ("…, TAMPS 37091-3588"): a postcode when an address
    grows into it (a phone word or a stronger phone pattern scores it higher)."""
    return (span.type == "PHONE_NUMBER" and span.score < PHONE_GUESS
            and _ZIP_PLUS_4.fullmatch(text, span.start, span.end) is not None)


def _has_digit(text: str, span: Span) -> bool:
    return any(c.isdigit() for c in text[span.start : span.end])


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return all(end <= a or start >= b for a, b in taken)


def _joins(text: str, a: Span, b: Span, taken: list[tuple[int, int]]) -> bool:
    gap = text[a.end : b.start]
    # (not from one comma-separated row to the next: "Rep A,Oslo,…\nRep B,Lyon,…" are two records)
    if "\n" in gap and (csv_row(text, a.start) or csv_row(text, b.start)):
        return False
    return (len(gap) <= MAX_GAP and ("\n" in gap or "," in gap) and _GAP.fullmatch(gap) is not None
            and _BLANK_LINE.search(gap) is None
            and _free(a.end, b.start, taken) and _free(b.start, b.end, taken))


def _common(line: str) -> bool:
    words = re.findall(r"\p{L}+", line)
    return not words or words[0].lower() in COMMON


def _common_word_first(item: str) -> bool:
    """An ordinary word first ("Thanks", "Lake"), unless the item holds a postcode or number ("Lake Kelly, AB
    T9L 2S5", "2540 Bad Vöslau"): then it is a town line."""
    if any(c.isdigit() for c in item):
        return False
    words = re.findall(r"\p{L}+", item)
    return bool(words) and words[0].lower() in COMMON and not _UNIT_WORD.match(words[0])


# A capitalised word right before a street word glued to its name ("Lange Kievitstraat", "Gamla Brogatan")
_WORD_BEFORE_GLUED = re.compile(r"(?<![\w-])(\p{Lu}[\p{L}'’-]+)[ \t]+\Z")
# A unit or house number first in a span (after ``_UNIT_BEFORE`` took it in)
_UNIT_FIRST = re.compile(r"(?i:flat|apt|apartment|unit|suite|house|plot|block|no\.?)[ \t]*\d|\d")
# A street without a number, maybe told by a landmark, one piece before a unit: "Off Aminu Kano Crescent, ",
# "Close to Ring Road, ", "Near Old Market Road, "
_STREET_PIECE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:Off|Near|Opp\.?|Opposite|Behind|Beside|Along|Close[ \t]+to|Next[ \t]+to)[ \t]+)?"
    r"\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}[ \t]+"
    r"(?:Street|Road|Avenue|Lane|Drive|Crescent|Close|Way|Boulevard|Expressway|Highway)"
    r"[ \t]*,[ \t]*\Z")
# A building's word before its name, at a line's or a piece's start: "Palace Kamo 808", "Maison Blanche 3"
_BUILDING_WORD_BEFORE = re.compile(
    r"(?:^|(?<=[\n,:;]))[ \t>]*(?:Palace|Maison|Mansion|Heights|Haitsu|Corpo|Residence|Résidence|Villa|Court"
    r"|Tower|Grand)[ \t]+\Z")


def _glued_street(text: str, start: int) -> bool:
    """A street word glued to a name starts at ``start``: "Kievitstraat 62", "Brogatan 5"."""
    from scrubber.recognizers.address import GLUED_STREET_FIRST  # (that package imports this module)

    return GLUED_STREET_FIRST.match(text, start) is not None


def _grow(text: str, s: Span, taken: list[tuple[int, int]]) -> Span:
    start, end = s.start, s.end
    # before: a street segment without a street word or a bare house number, then a unit or building
    window = text[max(0, start - 60) : start]
    # (both patterns end in a house number: a window in ASCII without a digit holds neither)
    numbered = not window.isascii() or any(map(window.__contains__, "0123456789"))
    if numbered and (m := _SEGMENT_BEFORE.search(window)):
        if _free(start - len(window) + m.start(), start, taken):
            start -= len(window) - m.start()
    elif numbered and (m := _NUMBER_BEFORE.search(window)):
        if _free(start - len(window) + m.start(), start, taken):
            start -= len(window) - m.start()
    # a street's first word before a glued street word: "Lange |Kievitstraat 62", "Gamla |Brogatan 5"
    if (m := _WORD_BEFORE_GLUED.search(text, max(0, start - 30), start)) and _glued_street(text, start) \
            and m.group(1).lower() not in COMMON and not _PROSE_WORD.fullmatch(m.group(1)) \
            and _free(m.start(), start, taken):
        start = m.start()
    street = any(c.isdigit() for c in text[start:end])
    window = text[max(0, start - 80) : start]
    # (before a town: a unit with its number only, "House 26, Dugbe, |Lagos")
    if (m := _UNIT_BEFORE.search(window)) and (street or m.group()[0].isalpha()
                                                and any(c.isdigit() for c in m.group())):
        if _free(start - len(window) + m.start(), start, taken):
            start -= len(window) - m.start()
            street = True
    # the street before a unit, maybe told by its landmark: "Off Aminu Kano Crescent, |House 69, …"
    if street and _UNIT_FIRST.match(text, start) and (m := _STREET_PIECE_BEFORE.search(
            text, max(0, start - 60), start)) and _free(m.start(), start, taken):
        start = m.start()
    # a piece ending in an abbreviation goes on with the word after it: "…, Co.| Cork, P31 D7A9"
    if (m := _ABBREVIATION_GOES_ON.match(text, end)) and _free(end, m.end(), taken):
        end = m.end()
    # after: a street or unit is followed by its town, region, postcode and country
    if street:
        for _ in range(MAX_LINES_AFTER):
            m = _LINE_AFTER.match(text, end)
            # an ordinary first word ends the block, unless the line ends in its postcode
            # ("Lake Smartmouth 7432")
            if (not m or not _free(end, m.end(), taken)
                    or (_common(m.group()) and not _ENDS_IN_DIGITS.search(m.group())
                        and not (text[end - 1].isalpha() and _REGION_WORD.fullmatch(m.group())))):
                break
            end = m.end()
    # a town's postal district before the postcode: "Rathmines, Dublin| 6, D06 A6Y3"
    if (m := _DISTRICT_BEFORE_POSTCODE.match(text, end)) and _free(end, m.end(), taken):
        end = m.end()
    if m := _NUMBER_AFTER.match(text, end):
        if _free(end, m.end(), taken):
            end = m.end()
    # (a place without a number only grows into a postcode: none in the next characters, nothing to try)
    tail = street or any(c.isdigit() for c in text[start : end + 40])
    for _ in range(MAX_TAIL_ITEMS if tail else 0):
        m = _TAIL_ITEM.match(text, end)
        if not m or m.end() == end or not _free(end, m.end(), taken):
            break
        # after a place with no number only what holds a postcode: "Sydney| NSW 2000", "Kyleshire|, ACT, 2626"
        if not street and not any(c.isdigit() for c in text[start : m.end()]):
            break
        if (_common_word_first(m.group()) and not _AFTER_POSTCODE.search(text, max(0, end - 12), end)
                and not _TOWN_GOES_ON.match(m.group())
                # the second word of a town after its postcode: "1801 Sainte| Privet"
                and not (m.group()[:1] in " \t"
                         and _TOWN_AFTER_POSTCODE.search(text, max(0, end - 30), end))):
            # "Vista Do Sol\n92174-218 …": an ordinary first word is a town when a postcode line follows
            following = _TAIL_ITEM.match(text, m.end())
            if not following or not any(c.isdigit() for c in following.group()):
                break
        end = m.end()
    # a district's number after the postcode and town: "110 00 Praha 1", "69008 Lyon 8e"
    if (m := _DISTRICT_AFTER.match(text, end)) and _TOWN_AFTER_POSTCODE.search(text, max(0, end - 30), end) \
            and _free(end, m.end(), taken):
        end = m.end()
    # a postcode, then a one-word town with the sentence going on: "… 28, 31377 Cork is late"
    if _AFTER_POSTCODE.search(text, max(0, end - 12), end) and (m := _TOWN_IN_PROSE.match(text, end)):
        if _free(end, m.end(), taken):
            end = m.end()
    # a US state's or a Canadian province's code after the town: "in Raleigh, NC;", "Moved to Austin, TX"
    if (m := _STATE_AFTER.match(text, end)) and _free(end, m.end(), taken):
        end = m.end()
    # the next line's label is no part of the address: "apto 36\nObservações: entregar de manhã"
    if (cut := text.rfind("\n", s.end, end)) >= 0 and _LABEL_AFTER.match(text, end):
        end = len(text[:cut].rstrip(" \t,"))
    # ... nor the next column's text after a wide gap: "LU3 7TF                    Accounts Payable" (two
    # columns side by side), "RG3 0TL     \n                   Accounts Payable" (the other column's line, far
    # right)
    if end > s.end and (cut := _column_gap(text, s, end)) is not None:
        end = cut
    # ... nor a form's next field, label first: "Bhopal\n462045\nDate| of birth: 01-07-1999"
    cut = text.find("\n", s.end, end)
    while cut >= 0:
        if _FIELD_LINE.match(text, cut + 1):
            end = max(s.end, len(text[:cut].rstrip(" \t,")))
            break
        cut = text.find("\n", cut + 1, end)
    # a tab-separated row's cells are values apart: "TCC-6023\tCafé moído 250 g\t150\t25\tMaia" is a stock
    # line, its town the last cell
    if "\t" not in text[s.start:s.end]:
        start = max(start, text.rfind("\t", start, s.start) + 1)
        if (tab := text.find("\t", s.end, end)) >= 0:
            end = len(text[:tab].rstrip(" ,"))
    # ... and a comma-separated file's row ends at its line: "…,2025-02-09,Antwerp\nXO-2233,CUS-55120" is
    # a town cell, the next row's id no postcode of it
    if (row := csv_row(text, s.start)) is not None:
        start, end = max(start, row[0]), min(end, max(s.end, row[1]), _before_figures(text, s.end, row[1]))
    return s if (start, end) == (s.start, s.end) else Span(TYPE, start, end, s.score)


def csv_row(text: str, pos: int) -> tuple[int, int] | None:
    """The line around ``pos`` when it is a row of comma-separated values: three commas or more, none with a
    space after it (prose and addresses have one), and a line above or below with as many."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    commas = text.count(",", start, end)
    if commas < 3 or ", " in text[start:end]:
        return None
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    below = text.find("\n", end + 1)
    below = len(text) if below < 0 else below
    if start and text.count(",", above, start - 1) == commas \
            or end < len(text) and text.count(",", end + 1, below) == commas:
        return start, end
    return None


# A cell of figures in a comma-separated row: an amount, a count, a share ("41200", "3.5", "-12", "80%")
_FIGURES = re.compile(r"[ \t]*[-+]?[$€£]?\d[\d.]*%?[ \t]*")


def _before_figures(text: str, pos: int, row_end: int) -> int:
    """Where the cells after ``pos`` in a comma-separated row turn into a run of figures (two cells of them
    or more: "Dublin,41200,38900,33100" holds amounts, not a postcode; "Springfield,IL,62701" ends in one)."""
    cells = text[pos:row_end].split(",")
    at = pos + len(cells[0])
    for cell, after in zip(cells[1:], cells[2:]):
        if _FIGURES.fullmatch(cell) and _FIGURES.fullmatch(after):
            return max(pos, len(text[:at].rstrip(" \t")))
        at += 1 + len(cell)
    return row_end


_LABEL_AFTER = re.compile(r"[ \t]*:(?!\d)")
_WIDE_GAP = re.compile(r"(?<=\S)[ ]{3,}(?=\S)|[ \t]*\n[ ]*")
COLUMN_INDENT = 8  # a line this much further right than the address's own is another column's


def _column_gap(text: str, s: Span, end: int) -> int | None:
    """Where what ``_grow`` added after ``s`` (up to ``end``) crosses a gap between columns: three spaces or
    more inside a line, or a line break to a line indented ``COLUMN_INDENT`` further than the address's."""
    if "   " not in text[s.end:end]:
        return None
    line = text.rfind("\n", 0, s.start) + 1
    indent = len(text[line:s.start]) - len(text[line:s.start].lstrip(" "))
    for gap in _WIDE_GAP.finditer(text, s.end, end):
        if "\n" not in gap.group() or gap.end() - gap.group().rindex("\n") - 1 - gap.start() >= indent \
                + COLUMN_INDENT:
            return max(s.end, len(text[:gap.start()].rstrip(" \t,")))
    return None
# A line that starts with a form's label and its colon ("Date of birth:", "Contact number :", "Tel.:"; not a
# time, "10:30")
_FIELD_LINE = re.compile(r"[ \t>]*\p{L}[\p{L} .'’/()-]{0,30}?[ \t]*:(?!\d)")
_STATE_AFTER = re.compile(
    rf",[ \t]*(?:{'|'.join(US_STATE_CODES + CA_PROVINCE_CODES + CA_TERRITORY_CODES)})(?![\w-])")


def _lines_before(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> int:
    """``_lines_in_block_before``, within a comma-separated file's row (``csv_row``)."""
    found = _lines_in_block_before(text, start, end, taken)
    row = csv_row(text, start)
    return found if row is None else max(found, row[0])


def _lines_in_block_before(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> int:
    """Where an address block that ends in a postcode really starts: up to four short lines or comma-separated
    pieces before it ("Vista Do Sol", "Goyal Ganj", "Apt 4"), as long as one of them holds a house number
    ("Quadra de Machado, 393", "34/70", "77 Mark Steps") or starts with a street word ("Praia Luiza
    Carvalho"); else only the rest of its own line or piece."""
    from scrubber.recognizers.address import STREET_ENDS_LINE, STREET_WORD_FIRST  # (that package imports this
    # module)

    pos = start
    # first the rest of its own line or piece: "Quadra de |Machado, 393", "Avenida das |Flores, 4"
    # (not when a street word starts the block: "Sediul este pe |Calea Victoriei 155, …")
    if start and text[start - 1] in " \t-" and not STREET_WORD_FIRST.match(text, start):
        head = _piece_at(text, start, taken, 40)
        if head is not None:
            pos = head
    # (the postcode found inside the block: the text after it may not let it match, "… 2024-03-01 09:12")
    block_end = _POSTCODE_IN.search(text, start, end).end()
    first_line, _, rest = text[pos:block_end].partition("\n")
    if rest and any(c.isdigit() for c in first_line):
        return pos  # a block of several lines that starts with its street line already
    found = pos
    for _ in range(4):
        piece = _piece_before(text, pos, taken)
        if piece is None:
            # a sentence that ends in the house number or street line: "… ship it to 90/59, Om\nSagar-281321",
            # "… address to 8/432 King Part\nCatherinefurt, NT, 5783"
            lo = max([pos - 60, 0, *(b for a, b in taken if b <= pos)])
            head = _NUMBER_ENDS_PROSE.search(text, lo, pos) or STREET_ENDS_LINE.search(text, lo, pos)
            if head and _free(head.start(), pos, taken):
                return head.start()
            return found
        pos = piece
        if STREET_WORD_FIRST.match(text, pos) or _BUILDING_FIRST.match(text, pos):
            return pos
        if any(c.isdigit() for c in text[pos:start]):
            # the street's name may stand before its number on the same line: "Rua das Flores, 123"
            name = _piece_before(text, pos, taken)
            if name is not None and text[name:pos].rstrip().endswith(",") and "\n" not in text[name:pos]:
                pos = name
            return pos
    return found


def _piece_before(text: str, pos: int, taken: list[tuple[int, int]]) -> int | None:
    """Start of the line or comma-separated piece that ends right before ``pos`` (after its separator)."""
    end = len(text[:pos].rstrip(" \t>"))
    if end == 0 or text[end - 1] not in ",\n":
        return None
    return _piece_at(text, len(text[: end - 1].rstrip(" \t")), taken, 40, until=pos)


def _piece_at(text: str, end: int, taken: list[tuple[int, int]], longest: int, until: int | None = None):
    """Start of the piece of text that ends at ``end`` and begins after a line break or comma: short, no
    sentence end or label in it, a capital or digit first, no ordinary word first; None if there is none."""
    lo = max(0, end - longest - 1)
    cut = max(text.rfind("\n", lo, end), text.rfind(",", lo, end))
    if cut < 0 and lo > 0:
        return None
    begin = cut + 1
    while begin < end and text[begin] in " \t>":
        begin += 1
    piece = text[begin:end].strip()
    # (nor a gap between columns in it: "2016 – 2020      Medewerker" is a CV's other column)
    if (not piece or not (piece[0].isupper() or piece[0].isdigit()) or len(piece.split()) > 5
            or "   " in piece or any(c in piece for c in ":;!?") or _SENTENCE_END.search(piece)
            or _common_word_first(piece) and not _BUILDING_LAST.search(piece)
            or _PROSE_WORD.search(piece) or not _free(begin, until if until is not None else end, taken)):
        return None
    return begin
