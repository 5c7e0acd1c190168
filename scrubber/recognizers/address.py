"""Street addresses and their parts, which the NER model mostly misses (it finds cities and countries).

Reported as LOCATION: house number + street with a street-type word (English and common European forms),
apartment/suite/unit/box numbers, US ZIP codes after a state code and UK postcodes.
"""

import re as stdlib_re

import regex as re
from presidio_analyzer import Pattern
from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.addresses import AFTER_SOMETHING, contact_field
from scrubber.recognizers._base import first_words, folded
from scrubber.recognizers._gated import GatedPatternRecognizer
from scrubber.recognizers.date_of_birth import _MONTH, MONTH_NAMES  # ("born in March" names no place)
from scrubber.recognizers.places import places, towns
from scrubber.words import ENGLISH_WEEKDAYS, brands, common_words, tech_words

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"  # a capitalised word (street names, any Latin script)
_WORDS = rf"(?:{_NAME}[ \t]+){{0,3}}"
# A house number: 12, 12a, 12 A, 229bis, 5 ter, 1/132 (unit/number), 3-4-567 (Indian), 12-14
# (and the Dutch additions: "12 hs", "12-bg", "12 huis")
_NUM = (r"\d{1,5}(?:[ \t]?(?:bis|ter|quater)\b|[ \t-](?:hs|bg|huis|zw)\b|[A-Za-z]\b|[ \t][A-Z]\b)?"
        r"(?:[-/]\d{1,4}[A-Za-z]?){0,2}")
# A house number is no part of a US phone number next to a surname that is a street word in a list ("Kate
# Hill, 415-693-2218", "(312) 874-2290, Dana Park", "1-415-693-2218\tOmar Lane").
_NOT_A_PHONE = r"(?<!\d[-.]|\d\)[ ]?)(?!(?:1[-. ])?\d{3}[-. ]\d{3}[-. ]\d{4}(?!\d))"
_EN_TYPES = (
    r"Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|Terrace"
    r"|Trail|Parkway|Pkwy|Highway|Hwy|Crescent|Close|Circle|Row|Walk|Gardens|Mews|Grove|Hill|Park"
)
# More street suffixes (the USPS list and British ones); these need a name before them ("41 Popović Dam").
_MORE_TYPES = (
    r"Alley|Bypass|Dam|Flats?|Loop|Forges?|Gateway|Pass|Route|Union|Points?|Greens?|Isle|Lodge|Extensions?"
    r"|Junction|Crossing|Ridge|Heights|Meadows?|Mills?|Harbou?r|Haven|Port|Shores?|Springs?|Station|Summit"
    r"|Turnpike|Valley|Villages?|Villas?|View|Vista|Estates?|Fields?|Ford|Forest|Forks?|Glen|Hollow|Island"
    r"|Knoll|Lakes?|Landing|Manor|Orchard|Oval|Path|Pike|Pines?|Plains|Plaza|Prairie|Ranch|Rapids|Run|Shoals?"
    r"|Spur|Stream|Trace|Track|Tunnel|Wells?|Squares|Streets|Roads|Courts|Drives|Lanes|Parks|Coves?|Creek"
    r"|Crest|Dale|Divide|Falls|Ferry|Freeway|Expressway|Motorway|Causeway|Embankment|Parade|Quay|Rise|Wharf"
    r"|Wynd|Brae|Gate|Chase|Fold|Garth|Nook|Side|Yard"
    # more from the USPS suffix list and Australia Post's street types
    r"|Glade|Link|Piazza|Underpass|Overpass|Bridge|Circles|Unions|Bluffs?|Brooks?|Canyon|Cliffs?|Commons?|Corners?"
    r"|Curve|Inlet|Keys?|Mall|Mission|Mount|Mountains?|Neck|Skyway|Viaduct|Ville|Bend|Boardwalk|Circuit|Concourse"
    r"|Esplanade|Grange|Outlook|Promenade|Quadrant|Retreat|Ridgeway|Strand|Vale|Walkway|Waters|Woods?"
    r"|Radial|Ports|Trafficway|Tollway|Meander|Ride|Stravenue|Throughway|Crossroads?|Highways|Parkways|Freeways"
    # the rest of Australia Post's street types
    # (not those that are ordinary words after a number: "2 Quick Access keys", "3 Main Strip")
    r"|Approach|Arcade|Broadway|Brow|Canal|Centre|Centreway|Cruiseway|Cul-de-sac|Cutting"
    r"|Dell|Elbow|Entrance|Fairway|Firetrail|Frontage|Interchange|Lookout|Pathway"
    r"|Ramble|Serviceway|Siding|Steps|Subway|Tarn|Thoroughfare|Brace|Courtyard|Garden|Laneway"
    # USPS plurals
    r"|Lights?|Valleys|Views|Walks|Ways|Fords|Glens|Harbou?rs|Hills|Islands|Junctions|Knolls|Locks?|Manors"
    r"|Passages?|Ridges|Spurs|Tracks|Ville"
)
_IN_TYPES = r"Salai|Marg|Nagar|Cross|Main|Layout|Colony|Chowk|Bagh|Vihar|Enclave|Puram|Peth|Gali"
# "Maple", "2nd Main"; the street word may start the next line where a PDF's line wrapped ("3/87
# Kookaburra\nClose, Toowoomba")
# (or the street's name goes on there: "78 Ahmadu\nBello Way, Ikeja")
_WORDS_OR_ORDINALS = (rf"(?:(?:{_NAME}|\d{{1,3}}(?:st|nd|rd|th))"
                      rf"(?:[ \t]+|[ \t]*\n[ \t]*"
                      rf"(?=(?:{_NAME}[ \t]+){{0,2}}(?:{_EN_TYPES}|{_IN_TYPES})\.?,))){{0,3}}")
_UNITS = (r"apt\.?|apartment|suite|ste\.|unit|flat|studio|p\.?o\.?[ \t]+box|box|postfach|apartado|casilla"
          r"|caixa[ \t]+postal"
          r"|(?-i:BP)")
_EU_TYPES = r"Strasse|Straße|Str|Gasse|Platz|Allee|Allé|Weg|Gade|Vej|Laan|Straat|Utca|Tér"  # (Allé: Nordic)
_GLUED_ENDINGS = (
    r"strasse|straße|gasse|platz|allee|weg|ring|damm|gade|vej"
    r"|vägen|väg|gatan|veien|vei|gata|laan|straat|plein|kade|katu|tie|polku|utca|tér|út|gracht|singel|steeg|dijk"
    r"|markt|gränd|vænget|torv|stræde|hof|boulevard|dreef|plantsoen|baan|erf|veld|haven|oord|wal|pad"
)
_SUFFIX_STREET = (  # German, Nordic, Dutch, Finnish, Hungarian… street words glued to the name
    # the word is read once (possessive), then its ending is checked: no backtracking through every letter
    rf"[A-ZÀ-ÖØ-Þ][\w'’-]*+(?:(?<=(?i:str))\.|(?<=(?i:{_GLUED_ENDINGS})))"
)
# A street word glued to its name, then the house number (scrubber/addresses.py takes the capitalised word
# before in: "Lange Kievitstraat 62")
GLUED_STREET_FIRST = re.compile(rf"{_SUFFIX_STREET}[ \t]+\d")
_PREFIX_WORDS = (  # Romance and Slavic forms: the street word comes first
    r"(?:(?i:rua|rue|via|viale|corso|largo|vicolo|piazzale|lungomare|lungotevere|calle|c/|carrer|avenida|avda\."
    r"|avinguda|av\.|paseo|passeig|plaça|ronda|camino|carretera|travesía|travessa|alameda|estrada|rodovia"
    r"|borgo|contrada|salita|vico|traversa|circonvallazione|glorieta|pasaje|callejón|cuesta|rambla|ladeira|beco"
    r"|calçada|praceta|escadinhas|azinhaga|rúa"
    r"|av(?=[ \t]+\p{Lu})"
    r"|praça|plaza|pza\.|piazza|strada|ul\.|ulica|aleja|aleje|al\.|osiedle|os\."
    # Brazilian street kinds beyond Rua and Avenida
    r"|pátio|vila|viela|vereda|quadra|conjunto|residencial|setor|trecho|núcleo|parque|jardim|lagoa|morro"
    r"|chácara|sítio|fazenda|condomínio|loteamento|esplanada|passarela|recanto|trevo|viaduto|aeroporto|colônia"
    r"|distrito|estação|praia"
    # Irish: "227 Bóthar an Phiarsaigh", "Sráid Mhic Easmainn", "Ascaill na Páirce"
    r"|bóthar|bothar|sráid|sraid|bóithrín|ascaill|lána|cearnóg|céide|plás|ardán))"
)
_PREFIX_STREET = _PREFIX_WORDS + r"[ \t]+(?:[\w'’.-]+[ \t]+){0,5}?"
# A German address's building, floor and flat: "Hinterhaus", "3. OG", "Whg. 12", "links"
_DE_UNIT = (r"(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Hofgebäude|Rückgebäude|Quergebäude"
            r"|\d{1,2}\.[ \t]*(?:OG|UG|Stock|Etage|Obergeschoss)|EG|DG|UG"
            r"|(?:Whg|Wohnung|App|Apt)\.?[ \t]*\d{1,4}[a-z]?"
            r"|links|rechts|li\.|re\.|Mitte)")
# German streets named with a preposition ("Am Markt 3", "An der Alster 12"): only with a postcode after them.
_DE_PREPOSITION_STREET = (
    r"\b(?:Am|An[ \t]+der|Auf[ \t]+der|Auf[ \t]+dem|Im|Zum|Zur|In[ \t]+der|Unter[ \t]+den)[ \t]+"
    r"\p{Lu}[\w'’.-]*(?:[ \t]+\p{Lu}[\w'’.-]*)?[ \t]+\d{1,4}[a-z]?"
    # (the back or side building, floor and flat between: "Am Mühlbach 57, Hinterhaus, 3. OG, 99042 Erfurt")
    rf"(?:,[ \t]*{_DE_UNIT}){{0,3}}"
    r",?[ \t]*\n?[ \t]*\d{5}[ \t]+\p{Lu}"
)


# Street words that come first in Romanian, Mexican, Greek and Indonesian addresses, capitalised (several are
# ordinary words in lower case): Romania's street kinds ("Str. Mihai Eminescu nr. 12", "Calea Victoriei 3"),
# INEGI's kinds of road in Mexico ("Calzada de Tlalpan 1200", "Privada Juárez 14", "Eje vial …"), Greek
# "Οδός", "Λεωφόρος", "Πλατεία" and their romanised forms.
_CAP_STREET_WORDS = (
    r"Strada|Str\.|Bulevardul|B-dul\.?|Bdul\.?|Calea|Aleea|Șoseaua|Şoseaua|Soseaua|Șos\.|Şos\.|Splaiul"
    r"|Intrarea|Drumul|Fundătura|Fundatura|Prelungirea|Piața|Piaţa|Piata"
    r"|Calzada|Calz\.|Privada|Priv\.|Cerrada|Andador|Circuito|Circunvalación|Periférico|Prolongación|Prol\."
    r"|Retorno|Eje[ \t]+vial|Viaducto|Diagonal|Peatonal|Ampliación|Continuación|Boulevard|Blvd\.?|Bulevar"
    r"|Carretera"
    r"|Οδός|Οδ\.|Λεωφόρος|Λεωφ\.|Πλατεία|Πλ\.|Πάροδος|Odos|Odou|Leoforos|Leof\.|Plateia|Platia"
)
# Street words that count only with a number word after the name: Indonesian "Jl. Sudirman No. 5", "Gang …"
# and Spanish words that are ordinary nouns too ("Diagonal", "Camino", "Eje 3 Sur No. 45").
_NO_STREET_WORDS = r"Jalan|Jl\.|Jln\.|Gang|Gg\.|Camino|Corredor|Eje|Sos\.|Bd\.|Al\."
# "nr. 12", "No. 739", "No: 5", "nº 3", "Núm. 45", "#12"
_NO_WORD = r"(?:(?i:nr|no|n[º°o]|núm|num|număr|numărul)\.?:?[ \t]*|\#[ \t]*)"
# the street name's first word: "Victoriei", "1 Decembrie", "5 de Mayo", "de Tlalpan"
_CAP_NAME = r"(?:(?:de|del|de[ \t]+la|de[ \t]+los|de[ \t]+las)[ \t]+)?(?:\p{Lu}|\d)[\p{L}\d'’.-]*"
# (one pattern for both lists: after the second list's words the number word is required)
_CAP_STREET = (
    rf"\b(?:(?P<cap>{_CAP_STREET_WORDS})|{_NO_STREET_WORDS})[ \t]+{_CAP_NAME}"
    rf"(?:[ \t]+[\p{{L}}\d'’.-]+){{0,5}}?,?[ \t]+(?(cap){_NO_WORD}?|{_NO_WORD})"
    r"(?:\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?|(?(cap)(?i:s/n)|(?!)))(?!\w)"
)
# A Romanian street without a number, before its town and six-digit postcode ("Intrarea Marin\nIanca, 988733",
# "Aleea Rozelor, 400001 Cluj-Napoca").
_RO_STREET_BEFORE_POSTCODE = (
    rf"\b(?:{_CAP_STREET_WORDS})[ \t]+{_CAP_NAME}(?:[ \t]+\p{{Lu}}[\p{{L}}'’.-]*){{0,3}}"
    r"(?=[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(?:\d{6}[ \t]+\p{Lu}"
    r"|(?:\d{1,2}[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t-]+\p{L}[\p{L}'’.-]*){0,3},?[ \t]+\d{6}(?!\w)))"
)
_PT_STREET_ABBREVIATIONS = r"(?:R|Trav|Tv|Lg|Estr|Pç|Cç)\."
_PT_ABBREVIATED = (
    rf"(?<![\w.]){_PT_STREET_ABBREVIATIONS}[ \t]+"
    r"(?:(?:d[aeo]s?|de)[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,4}?,?[ \t]+\d{1,5}[A-Za-z]?(?!\w)"
    r"|\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,4}?,?[ \t]+\d{1,5}[A-Za-z]?(?=,?[ \t]+\d{4}-\d{3}(?!\d)))"
)
# Turkish: the street word after the name, then "No:" ("Atatürk Caddesi No: 12", "Gül Sk. No 5/3").
_TR_STREET = (
    r"\b\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}[ \t]+(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sk\.|Sok\."
    rf"|Bulvarı|Blv\.|Mahallesi|Mah\.),?[ \t]+{_NO_WORD}\d{{1,5}}[A-Za-z]?(?:/\d{{1,4}})?(?!\w)"
)


# A line that starts with a street word (scrubber/addresses.py takes such a line into the block after it even
# without a house number: "Praia Luiza Carvalho\nVila Nova\n53789-656 Campinas / SP").
STREET_WORD_FIRST = re.compile(
    rf"(?:{_PREFIX_STREET}|(?:{_CAP_STREET_WORDS}|{_NO_STREET_WORDS})[ \t]+"
    rf"|{_PT_STREET_ABBREVIATIONS}[ \t]+(?:(?:d[aeo]s?|de)[ \t]+)?)\p{{Lu}}")
# A street line without a number that ends a line of prose ("… address to Distrito Maria Flor\nPalmeiras\n…")
STREET_ENDS_LINE = re.compile(
    rf"(?<![\w-])(?:{_PREFIX_WORDS}|{_CAP_STREET_WORDS}|{_NO_STREET_WORDS})[ \t]+\p{{Lu}}[^\n.,;:!?]{{0,50}}"
    r"[ \t]*,?[ \t]*\n?[ \t>]*\Z")

_LAST_WORD = r"(?:[\w'’.-]+,[ \t]*)?"  # "Rua Augusta, 1500": the street name's last word, then a comma
_NUM_OR_SN = rf"(?:{_NUM}|(?i:s/n(?:º|o)?)(?!\w))"  # "Rua X, S/N": sem número, no house number
# What follows a street and number in much of Europe: ", 10115 Berlin", ", 1015 CJ Amsterdam".
_CITY_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_CITY_PARTICLE = r"(?:am|im|an|der|bei|de|del|di|da|do|la|le|sur|en|op|aan)"
_EU_POSTCODE_CITY = (
    rf"(?:,?[ \t]*\n?[ \t]*(?:[A-Z]{{1,2}}-)?(?:\d{{5}}|\d{{4}}(?:[ \t]?[A-Z]{{2}}(?!\w))?)[ \t]+{_CITY_WORD}"
    rf"(?:[ \t-]+(?:{_CITY_PARTICLE}[ \t]+)?{_CITY_WORD}){{0,2}})"
)
_EU_TAIL = _EU_POSTCODE_CITY + "?"
# French and Belgian order: number, then the street word ("12 rue de la Paix", "5 bis avenue Foch").
_FR_STREET = (
    r"\b\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?i:rue|avenue|av\.|boulevard|bd|allée|chemin|place|impasse"
    r"|quai|route|cours|square|passage)[ \t]+[^\n,;]{2,40}?(?=[,;\n]|$|[ \t]+\d{5})"
)
_FR_WORD_FIRST = (
    r"\b(?i:rue|avenue|av\.|boulevard|bd|chemin|route|place|allée|impasse|quai|cours|passage|ruelle"
    r"|sentier)[ \t]+"
    r"(?:(?i:de|du|des|de[ \t]+la|la|le|les|l'|d')[ \t]*)?\p{Lu}[\w'’.-]*(?:[ \t-]+\p{Lu}[\w'’.-]*){0,3}"
    r"(?:,?[ \t]+\d{1,4}[a-z]?\b|(?=[ \t]*[,\n][ \t]*\d{4,5}[ \t]+\p{Lu}))"
)
# (not past a sentence's full stop: "1578-812 Entroncamento.| Podem …")
_TOWN_WORDS = r"\p{Lu}[\w'’.-]*(?:(?<!\p{Ll}{2}\.)[ \t]+(?:d[aeo]s?[ \t]+|di[ \t]+)?\p{Lu}[\w'’.-]*){0,3}"
# A postcode line on its own (three patterns: cheaper than one with all the alternatives).
_POSTCODE_TOWN = (  # 92174-218 Peixoto / MG, 4393-328 Braga (Portugal), 33043, Cividale (UD) (Italy)
    # (not a phone's digits before a column's gap: "06-20950125         Opleiding"; not an account's number:
    # "Account: 12345678  Sort code …")
    r"(?<!(?i:account|acct|a/c|konto|compte|cuenta|conta|conto|rekening)(?:[ \t]*(?:no|nr|number|n°))?"
    r"\.?[ \t]*[:#]?[ \t]*)"
    rf"(?<!\d[-/.])\b\d{{4,5}}(?:-?\d{{3}}[ \t]{{1,2}}{_TOWN_WORDS}(?:[ \t]*[/-][ \t]*[A-Z]{{2}}\b)?"
    rf"|,?[ \t]+{_TOWN_WORDS}[ \t]+\([A-Z]{{2}}\))"
)
# Greece writes "ΤΚ" (ταχυδρομικός κώδικας) or "T.K." before its postcode: "Ερμού 12,\nΤΚ 105 63 Αθήνα".
_GR_POSTCODE_WORD = r"(?:Τ\.?[ \t]?Κ\.?|T\.?[ \t]?K\.?)[ \t]*"
# A street line ending in its house number, then a postcode and town, on one line or two: the form most of
# Europe shares, whatever the street's own word ("Rønningbråten 6, 8301 Jørgensen", "Furustigen 5\n85979
# Örebro", "Szegedi utca 16.\nH-2390 Eger", "Za Statky 4\n186 09 Žacléř", "ul. Miła 53, 13-375 Śrem").
_STREET_THEN_POSTCODE = (
    r"(?<![\w.-])(?P<eu>)(?P<value>(?:\p{Lu}|\p{Ll}{2,5}\.?[ \t]+\p{Lu})[\p{L}'’.-]*"
    r"(?:[ \t]+[\p{L}'’.-]+){0,3}[ \t]+"
    r"\d{1,4}[a-zA-Z]?(?:[/-]\d{1,4})?\.?[ \t]*(?:,[ \t]*\n?|\n)[ \t]*"
    rf"(?:[A-Z]{{1,2}}-|{_GR_POSTCODE_WORD})?(?:\d{{2}}-\d{{3}}|\d{{3}}[ \t]\d{{2}}|\d{{4,5}})"
    r"[ \t]+\p{Lu}[\p{L}'’.-]*)"
    r"(?![\w-])"
)
_PIN_AFTER_TOWN = (  # India: ", Vellore-453840", ", Chinsurah 363953" (addresses.py takes in the town)
    # (not a reference after its word: "Ticket CS-650742", "INVOICE INV-507374", "PO PO-257781"; nor one
    # starting a line or a list's item: "\nCLM-821366   POL-3517-7137" in a claims export)
    r"\b(?<![\w.]+[ \t]+\p{Lu}{1,4}-)(?<!(?:^|[\n,])[ \t]{0,2}\p{Lu}{1,3}-)[1-9]\d{2}[ \t]?\d{3}\b"
    r"(?<=[,\n][ \t]{0,2}\p{Lu}[\w.]+(?:[ \t]+\p{Lu}[\w.]+)?[ \t]*-?[ \t]*\d{3}[ \t]?\d{3})"
)
_STATE_POSTCODE = (  # Australian state + postcode, Canadian province + postal code: "ACT, 2626", "NT G7V3G3"
    r"\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT|AB|BC|MB|NB|NL|NS|NU|ON|PE|QC|SK|YT),?[ \t]+"
    r"(?:\d{4}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b"
)
# Brazilian and Portuguese: "Rua Augusta, 1500 - São Paulo, CEP 01304-001".
_BR_CEP = (
    rf"(?:[ \t]*[-–,][ \t]*{_CITY_WORD}(?:[ \t]+(?:d[aeo]s?[ \t]+)?{_CITY_WORD}){{0,3}})?"
    r"(?:[ \t]*[-–,/]?[ \t]*(?:[A-Z]{2}[ \t]*[-–,][ \t]*)?(?:CEP[ \t:]*)?\d{5}-\d{3})"
)
# A form's next field: a line that starts with a label and its colon ("Date of birth:", "Contact number :",
# "Tel.:"; not a time, "10:30").
_FIELD_LABEL = r"[ \t]*\p{L}[\p{L} .'’/()-]{0,30}?[ \t]*:(?!\d)"
_IN_ROADS = (r"cross|main|road|rd|layout|nagar|colony|marg|sector|block|phase|lane|street|salai|path|gali"
             r"|galli|circle"
             r"|chowk|bagh|vihar|enclave|puram|halli|peth|wadi|pally|palli|gunj|ganj|bazar|bazaar|extension")
_CONTACT_FIELD = contact_field()  # ("Ph: …", "Mobile 98450 12345"; not "Ph. 2", Phase 2 of a sector)
# What an Indian address does not run past on its way to the PIN code: a sentence's full stop (after a word of
# three small letters or a digit, not an abbreviation: "Dist. Pune"), a contact field, a phone number.
_IN_STOP = (r"(?<=\d|\p{Ll}{3})(?<!(?i:dist|taluk|tehsil|mandal|extn|bldg|apts|near))\.(?:\s|$)"
            rf"|{_CONTACT_FIELD}|\+?\d(?:[ \t-]?\d){{9}}")
# Indian: "42, 3rd Cross, Indiranagar, Bengaluru 560038" (house, road words, locality, city, PIN code).
_IN_ADDRESS = (
    # (the house number may stand on its own line: "64/28\nLal Road\nSerampore 411001"; no blank line inside)
    r"\b\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?:,?[ \t]+|,?[ \t]*\n[ \t]*)(?:\d{1,2}(?:st|nd|rd|th)[ \t]+)?"
    r"(?:[A-Z][\w.]*,?[ \t]+){0,3}"
    # (not into a form's next labelled line, "…, S7 7ER\nDate of birth: …\nContact number: +44 (0)161 975
    # 8025", nor a phone's digit groups for the PIN; nor past ``_IN_STOP``)
    rf"(?i:{_IN_ROADS})\b(?:(?!{_IN_STOP})(?:[^\n]|\n(?![ \t]*\n|{_FIELD_LABEL}))){{0,80}}?"
    r"\b[1-9]\d{2}[ \t]?\d{3}\b(?![ \t]?\d)"
)
# ... or one told by its landmarks, India's way where houses have no number: "Near Hanuman Mandir, Opp. SBI
# Bank, Station Road, Jaipur 302006" (a comma after the landmark; to the PIN code, not past ``_IN_STOP``)
_IN_LANDMARK_ADDRESS = (
    r"\b(?:Near|near|Nr\.|Opp\.?|Opposite|opposite|Behind|behind|Beside|beside|Next[ \t]+to|next[ \t]+to)"
    r"[ \t]+\p{Lu}[^\n,]{1,40},"
    # (the town before the PIN code: not a figure in prose, "near Gartner's estimate, revenue 150 000")
    rf"(?:(?!{_IN_STOP})[^\n]){{0,90}}?\p{{Lu}}\p{{L}}+[ \t]*[-–,]?[ \t]*"
    r"[1-9]\d{2}[ \t]?\d{3}\b(?![ \t]?\d)"
)
# A postcode after its word, alone ("zip code 94105", "Postleitzahl: 10115", "code postal 75011", "CAP 00184",
# "CEP 01310-200", "postcode SW1A 1AA"): the word says what the number is.
_POSTCODE_AFTER_WORD = (  # (the first letters looked at first: four times cheaper on text without any)
    r"(?=[ZzPpCcKkIi])(?:\b(?i:zip(?:[ \t-]?code)?|postal[ \t-]?code|post[ \t-]?code|postleitzahl|plz"
    r"|code[ \t]postal|c[óo]digo[ \t]postal|codice[ \t]postale|cod\.[ \t]postale|postnummer|postinumero"
    r"|kod[ \t]pocztowy"
    r"|cod[ \t]poștal|cod[ \t]postal|posta[ \t]kodu|irányítószám)|\b(?:CAP|CEP|C\.P\.|CP|ZIP|PLZ))"
    r"(?:[ \t]+(?i:is|was|of|number|no\.?))?[ \t]*[:=#-]?[ \t]*(?:\n[ \t]*)?"
    r"(?P<value>\d{5}(?:-\d{3,4})?|\d{3}[ \t]\d{3}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4,6}|\d{4}[ \t]?[A-Z]{2}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w-])"
)
# "lives in Tampere", "moved to Da Nang", "wohnt in Freiburg": a place named as where someone lives.
_LIVES_IN = (
    r"(?i:\b(?:lives?|living|lived|moved|moving|relocated|resides?|residing|based|wohne|wohnt|wohnen|lebe|lebt"
    r"|leben|wohnhaft|habite|habitent|habitons|vit|vis|vivons|vivent|vivo|vive|viven|vivimos|resido|reside"
    r"|abito|abita|woon|woont"
    r"|wonen|woonachtig|mora|moro|moramos|mieszka|mieszkam|mieszkamy|zamieszkały|zamieszkała|bor|bosatt"
    # moved: "verhuisd naar", "umgezogen nach", "mudou-se para", "me mudé a", "przeprowadziła się do"
    # Indonesian, Malay, Tagalog and Vietnamese: "tinggal di Bekasi", "nakatira sa Pasig", "sống ở Huế"
    r"|tinggal|berdomisili|menetap|nakatira|sống"
    r"|verhuisd|verhuist|umgezogen|mudou-se|mudei-me|mudó|mudé|przeprowadził[ \t]+się|przeprowadziła[ \t]+się"
    r"|przeprowadziłam[ \t]+się|przeprowadziłem[ \t]+się|flyttade|flyttat|flyttet|flyttede)[ \t]+"
    # an adverb or two between: "woont toch in", "lives now in", "wohnt jetzt in", "vit maintenant à"
    r"(?:(?:now|still|currently|actually|already|also|toch|nog|ook|al|nu|jetzt|noch|schon|auch|aktuell"
    r"|derzeit|inzwischen|maintenant|toujours|actuellement|déjà|aussi|ahora|ya|también|todavía|actualmente"
    r"|adesso|ora|ancora|già|anche|ainda|agora|já|também|atualmente|teraz|obecnie|już|też|nu|nå|också|også"
    r"|fortfarande|fremdeles)[ \t]+){0,2}"
    r"(?:in|to|at|en|à|a|im|em|na|no|nach|naar|para|te|w|we|i|do|till|til|di|sa|ở|tại)"
    # (an article of another language first, in lower case: "je vis à la Croix-Rousse", "woont in de Jordaan")
    r"\b)[ \t]+(?-i:(?:la|le|les|el|los|las|het|de|der|den|il|lo)[ \t]+|l['’])?"
    # the place, with its particles: "Büsingen am Hochrhein", "Stratford upon Avon"
    r"(?P<lives>)(?P<value>\p{Lu}[\w'’-]+(?:[ \t]+(?:(?:am|im|an|der|de|del|la|le|sur|upon|on)[ \t]+)?"
    r"\p{Lu}[\w'’-]+){0,2})"
)

# ... and the street someone lives on, named without a number: "Ann lives on Maple Avenue", "resides at Elm
# Street" (a capitalised street type must end it: "lives on Netflix" is no street; not "moved": files move
# to "Shared Drive")
_LIVES_ON = (
    r"(?i:\b(?:lives?|living|lived|resides?|residing)[ \t]+"
    r"(?:(?:now|still|currently|also)[ \t]+)?(?:on|in|at)[ \t]+(?:the[ \t]+)?)"
    rf"(?P<value>\p{{Lu}}[\w'’-]+(?:[ \t]+\p{{Lu}}[\w'’-]+){{0,2}}[ \t]+(?:{_EN_TYPES}))(?![\w'’-])"
)

# ... and the neighbourhood near whose station or square someone lives: "I live near Vesterbro station",
# "our flat is close to Ostbahnhof metro" (the neighbourhood's name only)
_LIVES_NEAR = (
    r"(?i:\b(?:live|lives|living|lived|stay|stays|staying|based|flat|apartment|moved|moving)\b)"
    r"[^.\n!?;:]{0,25}?(?i:\b(?:near|by|next[ \t]+to|close[ \t]+to|opposite)[ \t]+)"
    r"(?P<value>\p{Lu}[\w'’-]+(?:[ \t]+\p{Lu}[\w'’-]+){0,2})[ \t]+"
    r"(?i:station|metro|tube|underground|s-bahn|u-bahn|tram[ \t]+stop|bus[ \t]+stop|square|market|park)\b"
)

# ... and where someone grew up, comes from, flew or travels to, is staying or studied: "grew up in ΑΛΑΣΣΑ",
# "flew to Neupré on Friday", "arrived at Riverlea this morning", "I'm in ÖSTERSKÄR, at the conference", "the
# University of Vadsa" (any script's capitals; one to three words; no ordinary or tech word: "I'm in
# Marketing")
_TRIP_PLACE = (
    r"(?i:\b(?:grew[ \t]+up|raised|brought[ \t]+up|originally|hails?|flew|flying|flies|fly"
    r"|travel(?:l?ed|l?ing|s)?|arrived|arriving|arrives|landed|i['’]m|i[ \t]+am|we['’]re|we[ \t]+are|staying"
    r"|stayed|studied|studying|comes|came)[ \t]+(?:(?:back|here|there|home)[ \t]+)?(?:in|to|at|from|into)"
    # where someone works or is posted: "works in Enugu", "posted to Kisumu" (not "works at": a firm)
    r"|(?:works?|working|worked|employed|posted|stationed|transferred)[ \t]+"
    r"(?:(?:now|still|currently)[ \t]+)?"
    r"(?:in|to)"
    r"|(?:university|universität|université|universidad|università|universiteit)[ \t]+(?:of|de|di|van)?)"
    r"[ \t]+(?P<trip>)(?P<value>\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})(?![\w@-])"
)

# ... and where someone was born, a date maybe between: "geboren op 12-03-1980 te Oudewater", "born 3 March
# 1975 in Kilkeel", "née à Plouha", "nacido en Tuxpan", "geboortedatum 12-03-1980 te Giethoorn" (a town no
# list holds; not a month or an ordinary word: "born in March")
# The date between, in any form: its numbers, month names and the words of dates ("12-03-1980", "3 maart
# 1980", "March 3rd, 1980", "el 3 de mayo de 1980", "in 1980", "1er mai 1931").
_BIRTH_DATE_WORD = (rf"(?:\d[\d./-]*(?:st|nd|rd|th|er|º|°|r\.)?|{_MONTH}"
                    r"|on|op|am|le|el|il|em|den|dem|de|del|of|the|is|in|im|en|nel|w|du)")
_BIRTH_PLACE = (
    r"(?i:\b(?:born|geboren|née?|nacid[oa]|nat[oa]|nascid[oa]|urodzon[ya]|född|født|geboortedatum|geb\."
    r"|dob|date[ \t]+of[ \t]+birth"
    # past tenses: "nasceu no Recife", "nació en", "nacque a", "urodziła się w Kętrzynie"
    r"|nasceu|nasci|nació|nací|nacque|naquit|urodził[ \t]+się|urodziła[ \t]+się|urodziłam[ \t]+się"
    r"|urodziłem[ \t]+się"
    r"|lahir|dilahirkan|ipinanganak|sinh[ \t]+ra)"  # Indonesian, Tagalog, Vietnamese
    rf"(?:[ \t]*:?[ \t]+{_BIRTH_DATE_WORD}(?:[,:]?[ \t]+{_BIRTH_DATE_WORD}){{0,6}})?,?"  # "geboren am: 21. …"
    r"[ \t]+(?:in|at|te|à|a|en|em|w|we|i|zu|no|na|nel|ad|di|sa|ở|tại))"
    r"[ \t]+(?P<trip>)(?P<value>\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})(?![\w@-])"
)


# Whatever follows "lives at", "my address is", "send it to", "meet me at" and starts with a house number or
# "the corner of", up to the end of the sentence or line.
# (and the days a sentence goes on to name: "… Leeds LS6 2AB before Friday")
_ORDINARY = common_words() | STOP_WORDS | ENGLISH_WEEKDAYS | frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi "
    "dimanche lunes martes miércoles jueves viernes sábado domingo maandag dinsdag woensdag donderdag "
    "vrijdag zaterdag zondag".split())
_LEAD = STOP_WORDS | {"address", "addr", "adresse", "dirección", "direccion", "indirizzo", "endereço"}
# the sentence's words before a street line the pattern took in ("My address is Ερμού 12, …")
_LEAD_WORDS = re.compile(
    r"(?i:(?:my|the|our|his|her|their|new|address|adresse|is|at|to|es|ist|est|è|é"
    # (not an article: "La Rambla 12, 08002 Barcelona" is the street's name)
    r"|het|mijn|ons|adres|meine|unsere|lautet|mon|notre|mi|mio|minha)\b[ \t]*)+")
# A sentence's end at a street line's start: a word of four small letters or more and its full stop
# ("ul. Miła" is a street word's abbreviation)
_SENTENCE_BEFORE = re.compile(r"\p{Ll}{4,}\.[ \t]+")
_STREET_LINE_LEFT = re.compile(r"\p{L}[^\n]*?\d")  # a letter, then a digit on its line
_STREET_WORD = re.compile(rf"(?i:{_EN_TYPES}|{_EU_TYPES}|{_UNITS}|north|south|east|west|cross|main|square)")
_COLUMN_GAP = re.compile(r"\t|[ ]{3,}")  # between the fields of a form's line, or a layout's columns
# (t29b) a table aligned with spaces: two lines or more with a gap of two spaces or more between words; a
# street there ends at a gap of two ("ADDRESS 1  CITY  PIN" is a header, "14 Elm Road  Leeds" two cells)
_TABLE_GAP = re.compile(r"\S[ ]{2,}\S")
_NARROW_GAP = re.compile(r"\t|[ ]{2,}")


def _column_gap(text: str) -> re.Pattern:
    """The gap that ends a street after a cue: three spaces, or two in a table aligned with spaces."""
    aligned = sum(1 for line in text.split("\n") if _TABLE_GAP.search(line)) >= 2
    return _NARROW_GAP if aligned else _COLUMN_GAP


_CONTACT_AFTER = re.compile(AFTER_SOMETHING + _CONTACT_FIELD)
_AFTER_CUE = (
    r"(?i:\b(?:lives?[ \t]+at|living[ \t]+at|address(?:[ \t]+(?:is|to|with))?[ \t]*:?|located[ \t]+at"
    r"|is[ \t]+at"
    r"|sent[ \t]+to|send[ \t]+(?:it|this|them|the[ \t]+\w+)[ \t]+to|return[ \t]+(?:it[ \t]+)?to"
    r"|deliver(?:ed)?[ \t]+to"
    r"|ship(?:ped)?[ \t]+to|drops?[ \t]+you[ \t]+off[ \t]+at|meet[ \t]+(?:me|us)[ \t]+at|stop[ \t]+at"
    r"|mail(?:ed)?[ \t]+to|moved[ \t]+to|arrived[ \t]+at|offices?[ \t]+(?:is|are)[ \t]+(?:located[ \t]+)?at)"
    r")[ \t]*\n?[ \t]*(?P<value>(?i:the[ \t]+corner[ \t]+of[ \t]+)?\d{1,6}[A-Za-z]?[ \t,]"
    r"[^\n?!;]{2,80}?|(?i:the[ \t]+corner[ \t]+of)[ \t]+[^\n?!;]{3,80}?)"
    r"(?=[?!;]|(?<!\b(?i:st|rd|ave|dr|blvd|ln|ct|apt|no|u|str))\.(?:\s|$)|\n|$)"
)


# A US-style address block: number, street (any suffix: Faker and real streets use hundreds), optional
# unit, city, state code and ZIP, on one line or several. The state + ZIP tail makes it specific enough to
# outrank what the NER model makes of the parts ("Gilbert Loop Apt" as a PERSON).
_SEP = r"(?:,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*)"
_CITY = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t-]+[A-ZÀ-ÖØ-Þa-z][\w'’.-]*){0,3}?"
_US_BLOCK = (
    rf"\b{_NUM}(?:[ \t]+\d{{1,5}})?[ \t]+(?:{_NAME}[ \t]+){{0,4}}{_NAME}\.?"
    rf"(?:,?[ \t]+(?i:{_UNITS})[ \t]*#?[ \t]*\d{{1,5}}[A-Za-z]?)?"
    rf"{_SEP}{_CITY},?[ \t]+[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?\b"
)
# The same block in lower case, as speech recognition and texting write it: "8272 oak ridge dr apt 36, boise,
# id 60540", "7493 e 14th st #294, albuquerque, nm 15861" (the state code and ZIP make it certain).
_US_BLOCK_LOWER = (
    rf"\b\d{{1,6}}[ \t]+(?:[a-z0-9][\w'’.-]*[ \t]+){{0,4}}(?i:{_EN_TYPES}|{_MORE_TYPES})\.?"
    rf"(?:,?[ \t]+(?:(?i:{_UNITS})[ \t]*#?[ \t]*|\#[ \t]*)\d{{1,5}}[a-z]?)?"
    r",[ \t]*[a-z][a-z'’.-]+(?:[ \t][a-z][a-z'’.-]+){0,3},?[ \t]+[a-z]{2}[ \t]+\d{5}(?:-\d{4})?\b"
)
# ... and a British one in lower case with its postcode: "14 elm grove, leeds, ls6 2ab", "flat 3, 22 mill
# lane, bristol bs1 4dj"
_UK_BLOCK_LOWER = (
    rf"\b(?:(?i:flat|apartment|unit)[ \t]+\d{{1,4}}[a-z]?,?[ \t]+)?\d{{1,5}}[a-z]?[ \t]+"
    # (any street name: the postcode makes it certain, "flat 4, 12 broadway, leeds, ls6 2ab")
    rf"(?:[a-z0-9][\w'’.-]*[ \t]+){{0,4}}(?:(?i:{_EN_TYPES}|{_MORE_TYPES})\.?,[ \t]*"
    r"(?:[a-z][a-z'’.-]+(?:[ \t][a-z][a-z'’.-]+){0,3},?[ \t]+)?"
    r"|[a-z][\w'’-]*,[ \t]*[a-z][a-z'’.-]+(?:[ \t][a-z][a-z'’.-]+){0,3},?[ \t]+)"
    r"[a-z]{1,2}\d[a-z\d]?[ \t]*\d[abd-hjlnp-uw-z]{2}\b"
)
# ... and a continental European one in lower case, as people text it: the street (its word glued to the name,
# before it, or a Turkish one after it) and its number, then a postcode and the town or the town alone
# ("hauptstrasse 12, 10115 berlin", "calle mayor 5, 28013 madrid", "storgatan 5, 114 55 stockholm",
# "ul. marszalkowska 10, 00-590 warszawa", "bagdat caddesi no 15, kadikoy")
# (not the endings of English words, "during 2023, …", "string 5, …", nor "via": "sent via email on 5, …")
_EU_GLUED_LOWER = (r"strasse|straße|gasse|platz|allee|weg|damm|gade|vej|vägen|gatan|veien|gata|laan|straat"
                   r"|plein|kade|katu|utca|gracht|singel|steeg|dijk")
_EU_FIRST_LOWER = (r"rua|rue|viale|corso|piazza|calle|carrer|avenida|avda\.|av\.|paseo|passeig|plaza"
                   r"|ul\.|ulica|aleja|strada|bulevardul|travessa")
_TR_AFTER_LOWER = r"caddesi|cad\.|cd\.|sokak|sokagi|sokağı|sk\.|sok\.|bulvari|bulvarı|mahallesi|mah\."
_L = r"[a-zß-ÿąćęłńóśźżčďěňřšťůžçğıöşü]"
_EU_NUMBER_TOWN_LOWER = (  # the house number, a comma, a postcode or none, the town's first word
    r"[ \t]+\d{1,4}[a-z]?(?:/\d{1,4})?"
    rf",[ \t]*(?:(?:\d{{5}}|\d{{4}}(?:[ \t]?[a-z]{{2}}(?!\w))?|\d{{3}}[ \t]\d{{2}}|\d{{2}}-\d{{3}})[ \t]+)?"
    rf"{_L}[\w'’-]+"
)
# (the glued word read once, then its ending checked: no backtracking through every letter)
_EU_BLOCK_LOWER = (
    # (the street word glued to its name or after it: "hauptstrasse 12", "mariahilfer straße 12")
    rf"(?<![\w-])(?:(?:{_L}[\w'’-]*[ \t]+(?=(?:straße|strasse|gasse|platz|allee|weg|laan|straat|gade|vej"
    r"|gatan|vägen|veien|gata)[ \t]))?"
    rf"{_L}[\w'’-]*+(?<=(?:{_EU_GLUED_LOWER}))"
    rf"|{_L}[\w'’-]*(?:[ \t]+{_L}[\w'’-]*){{0,2}}[ \t]+(?:{_TR_AFTER_LOWER})(?:[ \t]+no:?)?)"
    + _EU_NUMBER_TOWN_LOWER
)
_EU_FIRST_BLOCK_LOWER = (rf"(?<![\w-])(?:(?:{_EU_FIRST_LOWER})(?:[ \t]+{_L}[\w'’.-]*){{1,4}}"
                         + _EU_NUMBER_TOWN_LOWER
                         # "via roma 12, 00184 roma" only with its postcode ("sent via email on 5, …")
                         + r"|via(?:[ \t]+(?!(?:on|at|in|to|for|by|the|and|or|e-?mail|mail|post)\b)"
                         + rf"{_L}[\w'’.-]*){{1,4}}[ \t]+\d{{1,4}}[a-z]?,?[ \t]*\d{{5}}[ \t]+{_L}[\w'’-]+)")
# US military mail: PSC 1437, Box 3833 / APO AA 66791; USNS Saibara / FPO AP 12428.
# Colombia: road kind and number, then "#" and the cross street's number and the distance ("Carrera 7 #
# 71-21", "Calle 26 Sur No. 5-30", "Cra. 15 #93A-84")
_CO_ADDRESS = (
    r"\b(?:Calle|Cl\.|Carrera|Cra\.?|Kr\.?|Avenida|Av\.|Transversal|Tv\.|Diagonal|Dg\.|Autopista)[ \t]+"
    r"\d{1,3}[A-Z]?(?:[ \t]+(?i:bis))?(?:[ \t]+(?:Sur|Norte|Este|Oeste))?[ \t]*(?:\#|No\.?|N[°º])[ \t]*"
    r"\d{1,3}[A-Z]?[ \t]*-[ \t]*\d{1,3}\b"
)
# (Vietnam's addresses: scrubber/recognizers/world_addresses.py)
_MILITARY = (
    r"\b(?:(?:PSC|CMR|Unit)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{3,5}|USNS|USNV|USS|USCGC)[^\n]{0,30}?"
    r"\s+[AFD]PO[ \t]+A[AEP][ \t]+\d{5}\b"
)


# What a text must hold for a pattern to match anywhere in it, found by the standard library's regex (several
# times cheaper than a scan with the pattern): a necessary part of the pattern, written looser where the two
# engines' classes differ (anything but a blank or a digit for ``\p{Lu}``, anything but a blank or a comma for
# ``[\w.]``). Most texts hold none, and the pattern is skipped. Those marked ``_FOLDED`` are searched in the
# lower-cased text (``folded``), for the pattern's words in any case. (The regex module knows digits of newer
# scripts than the standard library, all beyond U+FFFF: a text with such a character is not judged so.)
# (ASCII signs that are no word character in either engine; anything else may be one)
_NO_WORD_CHARS = r",:;()\[\]{}\"'!?/\\|<>=+*&%$#@-"
_TOWN_CHARS = rf"[^\s{_NO_WORD_CHARS}]"  # for ``[\w.]``
_TOWN_START = rf"[^\s\d{_NO_WORD_CHARS}]"  # for ``\p{Lu}``
_NEEDS: dict = {name: stdlib_re.compile(need) for name, need in {
    "us address block in lower case":  # a comma, the town, the state code and the ZIP
        r",[ \t]*[a-z][a-z'’.-]+(?:[ \t][a-z][a-z'’.-]+){0,3},?[ \t]+[a-z]{2}[ \t]+\d{5}",
    "uk address in lower case":  # a comma, the town if any, the postcode
        r",[ \t]*(?:[a-z][a-z'’.-]+(?:[ \t][a-z][a-z'’.-]+){0,3},?[ \t]+)?[a-z]{1,2}\d[a-z\d]?[ \t]*\d"
        r"[abd-hjlnp-uw-z]{2}",
    "street line then postcode and town":  # the break after the house number, the postcode and the town
        rf"(?:,[ \t]*\n?|\n)[ \t]*(?:[A-Z]{{1,2}}-|{_GR_POSTCODE_WORD})?"
        r"(?:\d\d-\d\d\d|\d\d\d[ \t]\d\d|\d{4,5})[ \t]+[^\s\d]",
    "street type number": rf"[ \t](?:{_EN_TYPES}|{_EU_TYPES})\.?,?[ \t]+\d",
    "indian pin after a town":
        rf"[,\n][ \t]{{0,2}}{_TOWN_START}{_TOWN_CHARS}*(?:[ \t]+{_TOWN_START}{_TOWN_CHARS}*)?"
        r"[ \t]*-?[ \t]*[1-9]\d{2}[ \t]?\d{3}(?!\d)",
    "number then street word":
        r"\d(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:rue|avenue|av\.|boulevard|bd|allée|chemin|place|impasse|quai"
        r"|route|cours|square|passage)[ \t]",
    "romanian street before its postcode": rf"(?:{_CAP_STREET_WORDS})[ \t]",
    "colombian address":
        r"(?:Calle|Cl\.|Carrera|Cra|Kr|Avenida|Av\.|Transversal|Tv\.|Diagonal|Dg\.|Autopista)[ \t]+\d",
    "uk postcode": r"[A-Z]\d[A-Z\d]?[ \t]+\d[ABD-HJLNP-UW-Z]{2}",
    # (its end: digits are rarer than letters)
    "uk postcode after a town": r"\d[A-Z]?(?:[ \t]+|[ \t]*\n[ \t]*)\d[A-Z]{2}",
    "state and postcode":
        r"(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT|AB|BC|MB|NB|NL|NS|NU|ON|PE|QC|SK|YT),?[ \t]+(?:\d{4}|[A-Z]\d[A-Z])",
    "portuguese street without a number": r"s/n",
}.items()}
_FOLDED = frozenset({"number then street word", "portuguese street without a number"})


_ASTRAL = stdlib_re.compile("[\U00010000-\U0010ffff]")
_last_astral: tuple = (None, False)


# (fp28l) Where things move, not people: a board's column or a product after "moved to" ("Issue HR-12 moved to
# Done", "accounts that moved to Workday", "moved to ServiceNow"): no listed place among the words, and the
# first an ordinary word, a tool's or a brand's, or a product's joined name ("ServiceNow", not "McAllen")
# (a person moving: "she moved to Maidenhead", a town whose name is a word too)
_MOVER_BEFORE = re.compile(
    r"(?:\b(?i:i|we|he|she|they|you|family|parents|wife|husband|son|daughter|mum|mom|dad|brother|sister)"
    r"|\p{Lu}\p{Ll}+)[ \t]+(?:(?i:has|have|had|just|recently|then|also|finally)[ \t]+){0,2}\Z")
_JOINED_NAME = re.compile(r"\p{Lu}\p{Ll}{3,}\p{Lu}")


def _a_things_place(value: str) -> bool:
    words = value.lower().split()
    if any(w in places() or w in towns() for w in (value.lower(), *words)):
        return False
    first = words[0]
    return first in common_words() or first in tech_words() or first in brands() \
        or bool(_JOINED_NAME.search(value))


def _astral(text: str) -> bool:
    """Whether the text holds a character beyond U+FFFF (kept for the last text)."""
    global _last_astral
    if _last_astral[0] is not text:
        _last_astral = (text, _ASTRAL.search(text) is not None)
    return _last_astral[1]


class _EndingBefore:
    """A ``_NEEDS`` entry for a pattern whose words end right before what ``after`` finds: each of ``after``'s
    matches is looked at, whether one of ``endings`` ends where it starts (``str.endswith``: one C-level call
    where an alternation of the words cost a scan of its own), in the lower-cased text if ``fold``."""

    def __init__(self, endings: str, after: str, fold: bool) -> None:
        self.endings = tuple(e.replace("\\", "") for e in endings.split("|"))
        self.after, self.fold = stdlib_re.compile(after), fold

    def search(self, text: str) -> bool | None:
        low = folded(text) if self.fold else text
        if len(low) != len(text):  # (a letter whose lower case is longer: positions differ; say yes)
            return True
        return any(low.endswith(self.endings, 0, m.start()) for m in self.after.finditer(text)) or None


_NEEDS["glued street number"] = _EndingBefore(f"str.|{_GLUED_ENDINGS}", r"[ \t]+\d", fold=True)
# (with the gate, which says where the pattern starts)
_NEEDS["european address in lower case"] = _EndingBefore(
    f"{_EU_GLUED_LOWER}|{_TR_AFTER_LOWER}", r"[ \t]+(?:no:?[ \t]*)?\d{1,4}[a-z]?(?:/\d{1,4})?,", fold=False)


class StreetAddressRecognizer(GatedPatternRecognizer):
    ENTITY = "LOCATION"
    _cue_gap = _COLUMN_GAP  # (set per text by ``start_of``)
    PATTERNS = [
        Pattern("us address block", _US_BLOCK, 0.95),
        Pattern("us address block in lower case", _US_BLOCK_LOWER, 0.9),
        Pattern("uk address in lower case", _UK_BLOCK_LOWER, 0.9),
        Pattern("european address in lower case", _EU_BLOCK_LOWER, 0.85),
        Pattern("european street word first in lower case", _EU_FIRST_BLOCK_LOWER, 0.85),
        Pattern("us military address", _MILITARY, 0.95),
        Pattern("colombian address", _CO_ADDRESS, 0.6),
        # "12 Main Street", "42, 3rd Cross"; with a name before the rarer suffixes: "41 Popović Dam"
        Pattern("number street type",
                rf"\b{_NOT_A_PHONE}{_NUM}(?:,?[ \t]+{_WORDS_OR_ORDINALS}(?:{_EN_TYPES}|{_IN_TYPES})"
                rf"|[ \t]+(?:{_NAME}[ \t]+){{1,3}}(?:{_MORE_TYPES}))\b\.?", 0.6),
        Pattern("street type number",
                # (not across a column's gap to a date: "Ji-ho Park          1999-04-12" in a roster)
                rf"\b{_WORDS}{_NAME}[ \t]+(?:{_EN_TYPES}|{_EU_TYPES})\.?,?[ \t]{{1,2}}{_NOT_A_PHONE}"
                rf"(?!\d{{4}}-\d\d-\d\d){_NUM}\b", 0.6),
        # with a postcode and city the address is certain: it outranks what NER makes of its words
        # postcode, town, region and unit after these: scrubber/addresses.py grows the span into a block
        Pattern("german street with a preposition", _DE_PREPOSITION_STREET, 0.6),
        Pattern("glued street number", rf"\b{_SUFFIX_STREET}[ \t]+{_NUM}\b", 0.6),
        # (the number maybe after its word: "Rua do Almada, n.º 24")
        Pattern("street word first",
                rf"\b{_PREFIX_STREET}{_LAST_WORD}(?:(?i:n\.?[ \t]?[º°o]\.?|nr\.?|núm\.?)[ \t]*)?"
                rf"{_NUM_OR_SN}(?!\w)",
                0.55),
        # Romanian, Mexican, Greek, Indonesian and Turkish streets (see _CAP_STREET_WORDS)
        Pattern("capitalised street word first", _CAP_STREET, 0.6),
        # Portugal's "R. Augusta, S/N": only with "sem número" (else "R. Smith, 2 days ago")
        Pattern("portuguese street without a number",
                r"\bR\.[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,4}?,?[ \t]+(?i:s/n)(?!\w)", 0.6),
        # Portugal's abbreviated street words with a house number: "R. do Evaristo, 86", "Trav. da Saudade
        # 12", or any name before a postcode ("R. Augusta, 15, 1100-048"; not "R. Smith, 2 days ago")
        Pattern("portuguese abbreviated street", _PT_ABBREVIATED, 0.6),
        Pattern("romanian street before its postcode", _RO_STREET_BEFORE_POSTCODE, 0.6),
        Pattern("turkish street", _TR_STREET, 0.6),
        # French, Belgian and Swiss: "avenue Evéquoz 49", and a street without a number before its postcode
        # ("rue Morel\n65361 Rousset")
        Pattern("french street word first", _FR_WORD_FIRST, 0.55),
        Pattern("number then street word", _FR_STREET, 0.6),
        # a postcode line on its own (the street before it is taken in by scrubber/addresses.py)
        Pattern("postcode and town", _POSTCODE_TOWN, 0.6),
        Pattern("street line then postcode and town", _STREET_THEN_POSTCODE, 0.6),
        Pattern("indian pin after a town", _PIN_AFTER_TOWN, 0.6),
        Pattern("state and postcode", _STATE_POSTCODE, 0.6),
        Pattern("postcode after its word", _POSTCODE_AFTER_WORD, 0.6),
        Pattern("indian address", _IN_ADDRESS, 0.6),
        Pattern("indian landmark address", _IN_LANDMARK_ADDRESS, 0.86),
        Pattern("city where someone lives", _LIVES_IN, 0.6),
        Pattern("street where someone lives", _LIVES_ON, 0.6),
        # (a cue for a person's home: above the model's reading of the name as a PERSON)
        Pattern("neighbourhood near where someone lives", _LIVES_NEAR, 0.86),
        Pattern("city of a trip or an origin", _TRIP_PLACE, 0.6),
        Pattern("place of birth", _BIRTH_PLACE, 0.6),
        # cue + house number is strong: it outranks the model's reading of the street's words as a name
        Pattern("address after an address cue", _AFTER_CUE, 0.86),
        Pattern("unit", rf"\b(?i:{_UNITS})[ \t]*#?[ \t]*\d{{1,5}}[A-Za-z]?\b", 0.6),
        # a Portuguese or Spanish floor and door after the house number: "174, 4.º Dto.", "12, 3ª Izq."
        Pattern("floor and door",
                r"(?<=\d[ \t]*,?[ \t]*)(?<!\w)\d{1,2}\.?[ºª](?:[ \t]*(?:(?i:dto|dta|drt|dir|esq|izq|izda|dcha"
                r"|der|fte|frente|centro|andar|piso|planta)\.?|[A-H]\b))?", 0.6),
        Pattern("us zip after state", r"\b[A-Z]{2}[ \t]+(?P<value>\d{5}(?:-\d{4})?)\b", 0.5),
        Pattern("uk postcode", r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[ABD-HJLNP-UW-Z]{2}\b", 0.6),
        # after a town, any letters at its end (made up or mistyped: "Harrogate ZL6 5CK"); its halves may be
        # on two lines where a PDF's line wrapped ("Luton LU3\n4KY")
        Pattern("uk postcode after a town",
                r"(?<=\p{Lu}\p{Ll}+,?[ \t]+)[A-Z]{1,2}\d[A-Z\d]?(?:[ \t]+|[ \t]*\n[ \t]*)\d[A-Z]{2}\b", 0.6),
    ]
    CONTEXT = ["address", "street", "lives", "live", "located", "ship", "deliver", "billing", "mailing"]

    def accept_match(self, match: re.Match) -> bool:
        """After an address cue a number must lead to more than a word ("meet at 10 tomorrow", "to 5
        people"): another number, a capitalised word or a comma."""
        if "lives" in match.re.groupindex:  # (fp28l) "an issue moved to Done", "… moved to Workday"
            return not (match.group().lower().startswith("mov") and _a_things_place(match.group("value"))
                        and not _MOVER_BEFORE.search(match.string, max(0, match.start() - 40), match.start()))
        if "trip" in match.re.groupindex:  # "I'm in Marketing", "came from Google", "we are in Q3"
            first = match.group("value").split()[0]
            low = first.lower()
            if low in places() and low not in MONTH_NAMES:  # a listed place that is a word too: "te Gent"
                return True
            return not (low in common_words() or low in tech_words() or low in STOP_WORDS or low in brands()
                        or low in MONTH_NAMES or not any(c.islower() for c in first) and len(first) < 4)
        if "eu" in match.re.groupindex:  # "Windows 10, 2024 Edition", "Version 3\n2019 Update": no address
            # (t29b: nor an aligned row, a column's gap between its postcode and its town:
            # "Wren Okafor     March 3, 1984      Hull")
            if _COLUMN_GAP.search(re.split(r"[,\n]", match.group("value"))[-1].strip()):
                return False
            words = re.findall(r"\p{L}+", match.group("value").lower())
            while len(words) > 2 and words[0] in _LEAD:  # "My address is Ερμού 12,\n…"
                words.pop(0)
            # (a town that is a word too is still a town: "Kerkstraat 12, 9000 Gent")
            last = words[-1]
            return not (words[0] in common_words() or words[0] in tech_words()
                        or (last in common_words() or last in tech_words()) and last not in places())
        if "corner" not in match.re.pattern:
            return True
        value = match.group("value")
        if self._cue_gap is _NARROW_GAP:  # an aligned table's header ("ADDRESS 1  CITY"; "… ADDRESS" over a
            # row "17  Marta Nowak  …"): a number alone before the gap, or the cue's line, no colon, ends
            cue = match.string[match.start():match.start("value")]
            if "\n" in cue and ":" not in cue:
                return False
            value = value[:gap.start()] if (gap := _NARROW_GAP.search(value)) else value
        elif gap := _COLUMN_GAP.search(value):
            value = value[:gap.start()]
        rest = value.split(None, 1)[1:] or [""]
        corner = match.group("value").lower().startswith("the corner")
        return corner or bool(re.search(r"\d|\p{Lu}|,", rest[0]))

    def start_of(self, pattern, text: str) -> int | None:
        """None when the text lacks what the pattern needs (``_NEEDS``), else as the gate says."""
        need = _NEEDS.get(pattern.name)
        if need is not None and not _astral(text) \
                and need.search(folded(text) if pattern.name in _FOLDED else text) is None:
            return None
        if pattern.name == "address after an address cue":  # (the gap that ends its street in this text)
            self._cue_gap = _column_gap(text)
        return super().start_of(pattern, text)

    def _result(self, value, start, end, pattern, flags):
        if pattern.name == "street line then postcode and town":  # not the sentence's words before the street
            # (nor the sentence before it: "prima.| Het adres is Oudegracht 57-2, 3547 NT Utrecht")
            for cut in (_SENTENCE_BEFORE, _LEAD_WORDS):  # (each only where a street line is left after it)
                if (m := cut.match(value)) and _STREET_LINE_LEFT.search(value, m.end()):
                    start, value = start + m.end(), value[m.end():]
        if pattern.name == "address after an address cue":  # "… Botley Road now", "… 78 in case of an issue"
            if gap := self._cue_gap.search(value):  # a form's next field: "… AB T6A 2P5   Tel: 514-618-1660"
                value = value[:gap.start()].rstrip(" ,")
                end = start + len(value)
            if field := _CONTACT_AFTER.search(value):  # … or its next field on the line: "… 411001 Ph: 98…"
                value = value[:field.start()].rstrip(" ,;-–")
                end = start + len(value)
            words = list(re.finditer(r"[^\s,]+", value))
            while (len(words) > 1 and words[-1].group().lower().strip(".") in _ORDINARY
                   and not _STREET_WORD.fullmatch(words[-1].group().strip("."))):
                words.pop()
            end = start + words[-1].end()
            value = value[: words[-1].end()]
        return super()._result(value, start, end, pattern, flags)

    # Patterns that start on a word of their own are tried only where one of those words starts (``STARTS``).
    STARTS = {
        "unit": [*first_words(_UNITS.replace(r"|p\.?o\.?[ \t]+box", "").replace(r"|(?-i:BP)", "")),
                 "p", "po", "bp"],
        "street word first": first_words(_PREFIX_WORDS.removeprefix("(?:(?i:").removesuffix("))")),
        "french street word first": first_words(_FR_WORD_FIRST[len(r"\b(?i:"):_FR_WORD_FIRST.index(")")]),
        "city where someone lives": first_words(_LIVES_IN[len(r"(?i:\b(?:"):_LIVES_IN.index(")")]),
        "street where someone lives": first_words(_LIVES_ON[len(r"(?i:\b(?:"):_LIVES_ON.index(")")]),
        "european street word first in lower case": [*first_words(_EU_FIRST_LOWER), "via"],
        "city of a trip or an origin": (
            "grew", "raised", "brought", "originally", "hail", "hails", "flew",
            "flying", "flies", "fly", "travel", "traveled", "travelled", "traveling", "travelling", "travels",
            "arrived", "arriving", "arrives", "landed", "i", "we", "staying", "stayed", "studied", "studying",
            "university", "universität", "université", "universidad", "università", "universiteit",
            "comes", "came", "work", "works", "working", "worked", "employed", "posted", "stationed",
            "transferred"),
        "place of birth": ("born", "geboren", "né", "née", "nacido", "nacida", "nato", "nata", "nascido",
                           "nascida", "urodzony", "urodzona", "född", "født", "geboortedatum", "geb", "dob",
                           "date", "nasceu", "nasci", "nació", "nací", "nacque", "naquit", "urodził",
                           "urodziła", "urodziłam", "urodziłem", "lahir", "dilahirkan", "ipinanganak",
                           "sinh"),
        "capitalised street word first": first_words(f"{_CAP_STREET_WORDS}|{_NO_STREET_WORDS}"),
        # (and "address" glued to "the corner of")
        "address after an address cue": (
            "live", "lives", "living", "address", "addressthe", "located", "is", "sent", "send", "return",
            "deliver", "delivered", "ship", "shipped", "drop", "drops", "meet", "stop", "mail", "mailed",
            "moved", "arrived", "office", "offices"),
    }
    # Patterns that end in a code of their own skip texts without one (a cheap scan for it first).
    GATES = {
        "us address block": re.compile(r"\b[A-Z]{2}[ \t]+\d{5}\b"),
        # (each pattern's own state code and ZIP, or postcode, in lower case)
        "us address block in lower case": re.compile(r"[a-z]{2}[ \t]+\d{5}"),
        "uk address in lower case": re.compile(r"[a-z]{1,2}\d[a-z\d]?[ \t]*\d[abd-hjlnp-uw-z]{2}"),
        "us military address": re.compile(r"PO[ \t]+A[AEP]\b"),
        # (a street word in lower case before a house number and a comma)
        "european address in lower case": re.compile(
            rf"(?:{_EU_GLUED_LOWER}|{_TR_AFTER_LOWER})[ \t]+(?:no:?[ \t]*)?\d{{1,4}}[a-z]?(?:/\d{{1,4}})?,"),
        "indian address": re.compile(r"\b[1-9]\d{2}[ \t]?\d{3}\b"),
        "indian landmark address": re.compile(r"\b[1-9]\d{2}[ \t]?\d{3}\b"),
        "romanian street before its postcode": re.compile(r"(?<!\d)\d{6}(?!\d)"),
        "turkish street": re.compile(r"(?:Cad|Cd\.|Sok|Sk\.|Bulvar|Blv\.|Mah)"),
        "portuguese abbreviated street": re.compile(r"(?:R|Trav|Tv|Lg|Estr|Pç|Cç)\.[ \t]"),
        "floor and door": re.compile("[ºª]"),
        # a house number, then a comma or line break and the postcode's first digits
        "street line then postcode and town": re.compile(
            rf"\d[a-zA-Z]?(?:[/-]\d{{1,4}})?\.?[ \t]*(?:,[ \t]*\n?|\n)[ \t]*"
            rf"(?:[A-Z]{{1,2}}-|{_GR_POSTCODE_WORD})?\d{{2}}"),
    }
    # the street's words stand before the gate's house number: at most four words of a street's length
    STARTS_AT_GATE = {"street line then postcode and town": 90, "romanian street before its postcode": 120,
                      "european address in lower case": 80,
                      "turkish street": 80}
    HINT = re.compile(r"\d|(?i:liv|mov|resid|based|wohn|leb|habit|vi[vst]|abit|woon|mor[ao]|reloc"
                      r"|flew|fly|flies|flying|grew|raised|brought|origin|hail|travel|arriv|landed|stay|stud"
                      r"|univers|born|geboren|née?\b|nacid|nat[oa]\b|nascid|urodz|född|født|geboorte|geb\."
                      r"|nasc|naci|nacque|naquit|wonen|mieszka|bor[ \t]|bosatt|verhuis|umgezogen|mud[oóeé]"
                      r"|przeprowadzi|flytt|tinggal|domisili|menetap|nakatira|sống|work|employ|posted|stationed"
                      r"|transferred|came|comes|lahir|ipinanganak|sinh|flat|apartment"
                      r"|dob|of[ \t]+birth"
                      r"|i['’]m[ \t]+in|i[ \t]+am[ \t]+in|we['’]re[ \t]+in|we[ \t]+are[ \t]+in)")
