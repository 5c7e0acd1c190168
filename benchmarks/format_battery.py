"""A battery of phone, SSN, date-of-birth and postal-address formats (issue #19), from sources this project
did not write: libphonenumber's example numbers for every region (digits varied and re-validated by
``phonenumbers``), month names from Faker's per-locale date providers, the written date formats of each
locale, and each country's published postal address format (Universal Postal Union / national post) with
generators written here.

Two halves, each from its own seed and its own sentence templates: ``tuning`` (what the recognizers were tuned
on) and ``held-out`` (never looked at while tuning; only its numbers are read). Records have the shape of the
other benchmark datasets (``id``, ``text``, ``spans``, ``meta.family``); records without spans are look-alikes
that must come through untouched.

Scoring (``score``): a value is caught only when every letter and digit of it is covered by some detection
(the leak rule: ``+1``, ``ext. 204``, a postcode or the town line left in the clear is a leak).

    .venv/bin/python -m benchmarks.format_battery [--half tuning|held-out|both] [--misses N]
"""

import argparse
import random
import re
import string
from collections import Counter
from collections.abc import Callable, Iterable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

HALVES = ("tuning", "held-out")
SEEDS = {"tuning": 1901, "held-out": 2719}

# ---------------------------------------------------------------- sentence templates (A: tuning, B: held-out)
PHONE_CUE = {
    "tuning": {
        "en": ["You can reach me on {v} after 5pm.", "Phone: {v}", "Call {v} if the delivery is late.",
               "My mobile is {v}, text before calling.", "Tel. {v} (office hours only)"],
        "de": ["Telefon: {v}", "Rufen Sie mich bitte unter {v} an."],
        "fr": ["Tél. : {v}", "Appelez-moi au {v} demain."],
        "es": ["Teléfono: {v}", "Llámame al {v} por la tarde."],
        "it": ["Telefono: {v}", "Chiamami al {v} domani."],
        "pt": ["Telefone: {v}", "Ligue para {v} amanhã."],
        "nl": ["Telefoon: {v}", "Bel me op {v} morgen."],
    },
    "held-out": {
        "en": ["Her cell number: {v}", "Ring the front desk at {v} to confirm.",
               "Contact details - {v} (mobile)", "Text me at {v} when you land.",
               "Best number to call is {v}."],
        "de": ["Handy: {v}", "Erreichbar unter Tel. {v} ab 9 Uhr."],
        "fr": ["Portable : {v}", "Mon numéro de téléphone est le {v}."],
        "es": ["Móvil: {v}", "Mi número de teléfono es {v}."],
        "it": ["Cellulare: {v}", "Il mio numero di telefono è {v}."],
        "pt": ["Celular: {v}", "Meu telefone é {v}."],
        "nl": ["Mobiel: {v}", "Mijn telefoonnummer is {v}."],
    },
}
PHONE_NO_CUE = {
    "tuning": ["Try {v} tomorrow morning.", "<P:Jane Smith>, {v}", "I'm at {v} all week, ask for <P:Tom>.",
               "If it breaks again, {v} is who you want."],
    "held-out": ["{v} - ask for <P:Priya> in accounts.", "Sent from {v}", "Ok so {v} works for the pickup.",
                 "Kind regards,\n<P:Marta Lindqvist>\n{v}"],
}
LANG_OF_REGION = {"DE": "de", "AT": "de", "CH": "de", "LI": "de", "FR": "fr", "BE": "fr", "LU": "fr",
                  "MC": "fr", "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es",
                  "IT": "it", "SM": "it", "BR": "pt", "PT": "pt", "NL": "nl", "SR": "nl"}

SSN_CUE = {
    "tuning": ["SSN: {v}", "My social security number is {v}.", "ssn {v} on file", "Soc. Sec. No. {v}",
               "Employee SSN# {v}"],
    "held-out": ["Social Security No: {v}", "her SSN is {v}, please verify", "SS# {v}",
                 "Social security number\n{v}", "SSN - {v}"],
}
SSN_NO_CUE = {"tuning": ["Applicant {v} cleared the background check."],
              "held-out": ["Record for {v} was updated."]}

DOB_CUE = {
    "tuning": {
        "en": ["DOB: {v}", "Patient was born on {v}.", "Date of birth: {v}", "Her birthday is {v}.",
               "D.O.B. {v}"],
        "de": ["Geburtsdatum: {v}", "Er wurde am {v} geboren.", "geb. {v} in <L:Köln>"],
        "fr": ["Date de naissance : {v}", "Née le {v} à <L:Lyon>."],
        "es": ["Fecha de nacimiento: {v}", "Nació el {v} en <L:Sevilla>."],
        "it": ["Data di nascita: {v}", "Nato il {v} a <L:Torino>."],
        "pt": ["Data de nascimento: {v}", "Nasceu em {v} no <L:Recife>."],
        "nl": ["Geboortedatum: {v}", "Geboren op {v} in <L:Utrecht>."],
    },
    "held-out": {
        "en": ["Birth date {v}", "born {v}, <L:London>", "DOB - {v}", "date of birth (dd/mm/yyyy): {v}",
               "The applicant's date of birth is {v}."],
        "de": ["geboren am {v}", "Geb.-Datum: {v}"],
        "fr": ["né le {v}", "Date de naissance\n{v}"],
        "es": ["nacido el {v}", "F. nacimiento: {v}"],
        "it": ["nata il {v}", "Data nascita: {v}"],
        "pt": ["nascida em {v}", "Data de nasc.: {v}"],
        "nl": ["geb. {v}", "geboren {v} te <L:Gent>"],
    },
}
ADDRESS_CUE = {
    "tuning": ["Please send the parcel to:\n{v}", "Address: {v}", "Our new office is at {v}.",
               "Ship to {v}", "{v}"],
    "held-out": ["Billing address\n{v}\nThanks!", "I moved, new address is {v}", "Deliver to: {v}",
                 "Mailing address: {v}", "Invoice recipient:\n{v}"],
}
NEGATIVES = {
    "tuning": ["Order {order} shipped on {iso}.", "Version {ver} fixes the crash from build {build}.",
               "Invoice INV-{inv} totals ${price} due {iso}.", "request id {uuid}",
               "Logged at {ts} by the cron job.",
               "Deadline moved to {iso}; ticket #{build}.", "Port {port} is open on node-{a} (rack {b}).",
               "Tracking number 1Z{track}, weight 2.4 kg.", "Release {iso} tagged as v{ver}."],
    "held-out": ["PO {order} was approved {iso}.", "Upgrade to {ver} (build {build}) before Friday.",
                 "Invoice no. {inv}: EUR {price}, paid {iso}.", "trace {uuid} failed",
                 "{ts} ERROR worker 3 timed out",
                 "Sprint ends {iso}, story points 13.", "Listening on port {port}, pid {build}.",
                 "Shipment ref {track} arrives {iso}.", "Changelog for {ver} ({iso})."],
}

# ---------------------------------------------------------------- phones


def _phone_numbers(rng: random.Random) -> Iterable[tuple[str, phonenumbers.PhoneNumber]]:
    """(region, number) for every region and type MOBILE / FIXED_LINE: the example number with its last digits
    varied, kept only if ``phonenumbers`` still calls it valid for that region (else the example itself)."""
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            national = str(example.national_number)
            chosen = example
            for _ in range(20):
                k = min(4, len(national) - 2)
                digits = national[:-k] + "".join(rng.choice(string.digits) for _ in range(k))
                candidate = phonenumbers.PhoneNumber(
                    country_code=example.country_code, national_number=int(digits),
                    italian_leading_zero=example.italian_leading_zero)
                if phonenumbers.is_valid_number_for_region(candidate, region):
                    chosen = candidate
                    break
            yield region, chosen


def _everyday(formatted: str, rng: random.Random) -> str:
    """How people retype a formatted number: the same groups with dots, dashes or no separators."""
    style = rng.choice(["as is", "as is", "dots", "dashes", "spaces"])
    if style == "dots" and "(" not in formatted:
        return formatted.replace(" ", ".").replace("-", ".")
    if style == "dashes":
        return formatted.replace(" ", "-")
    if style == "spaces":
        return formatted.replace("-", " ")
    return formatted


def _nanp(rng: random.Random) -> str:
    area = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    exch = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    line = f"{rng.randint(0, 9999):04d}"
    shape = rng.choice([
        "{a}-{e}-{l}", "({a}) {e}-{l}", "+1 ({a}) {e}-{l}", "{a} {e} {l}", "{a}.{e}.{l}", "1-{a}-{e}-{l}",
        "+1 {a}-{e}-{l}", "+1 {a} {e} {l}", "{a}{e}{l}", "+1{a}{e}{l}", "({a}){e}-{l}", "+1.{a}.{e}.{l}",
    ])
    return shape.format(a=area, e=exch, l=line)


def _extension(rng: random.Random) -> str:
    marker = rng.choice([" ext. ", " ext ", " x", " x ", " Ext. ", " extension ", " #"])
    return marker + str(rng.randint(2, 9999))


def _phones(half: str, rng: random.Random) -> Iterable[tuple[str, str, str, str]]:
    """(family, template, value, entity type)"""
    cue, no_cue = PHONE_CUE[half], PHONE_NO_CUE[half]
    for region, number in _phone_numbers(rng):
        lang = LANG_OF_REGION.get(region, "en")
        intl = phonenumbers.format_number(number, rng.choice([PhoneNumberFormat.INTERNATIONAL,
                                                              PhoneNumberFormat.INTERNATIONAL,
                                                              PhoneNumberFormat.E164]))
        template = rng.choice(cue[lang] + cue["en"] + no_cue)
        yield "phone international", template, _everyday(intl, rng), "PHONE_NUMBER"
        if len(str(number.national_number)) >= 7:  # shorter national numbers exist only on small islands
            national = _everyday(phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL), rng)
            yield "phone national, phone cue", rng.choice(cue[lang]), national, "PHONE_NUMBER"
    for _ in range(60):
        yield "phone US everyday, phone cue", rng.choice(cue["en"]), _nanp(rng), "PHONE_NUMBER"
        yield "phone US everyday, no cue", rng.choice(no_cue), _nanp(rng), "PHONE_NUMBER"
    for region in ("US", "GB", "DE", "FR", "IN", "BR", "NL", "IT", "ES", "AU", "CA"):
        for _ in range(4):
            number = phonenumbers.example_number_for_type(region, PhoneNumberType.FIXED_LINE)
            fmt = rng.choice([PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL])
            value = _everyday(phonenumbers.format_number(number, fmt), rng) + _extension(rng)
            yield "phone with extension", rng.choice(cue["en"]), value, "PHONE_NUMBER"
        for _ in range(3):
            number = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
            value = _everyday(phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL), rng)
            yield "phone national, no cue", rng.choice(no_cue), value, "PHONE_NUMBER"


# ---------------------------------------------------------------- SSNs


def _ssn(rng: random.Random) -> tuple[str, str, str]:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def _ssns(half: str, rng: random.Random) -> Iterable[tuple[str, str, str, str]]:
    for _ in range(30):
        for sep, family in (("-", "SSN dashed"), (" ", "SSN spaced, cue"), ("", "SSN no separator, cue"),
                            (".", "SSN dotted, cue")):
            yield (family if sep == "-" else family), rng.choice(SSN_CUE[half]), sep.join(_ssn(rng)), "US_SSN"
        yield "SSN dashed, no cue", rng.choice(SSN_NO_CUE[half]), "-".join(_ssn(rng)), "US_SSN"


# ---------------------------------------------------------------- dates of birth


def _month_names() -> dict[str, list[str]]:
    """Month names per language: Faker's date providers (en from the calendar module's C locale)."""
    import calendar
    import importlib

    out = {"en": [calendar.month_name[i] for i in range(1, 13)]}
    for lang, locale in (("de", "de_DE"), ("fr", "fr_FR"), ("es", "es_ES"), ("it", "it_IT"), ("pt", "pt_BR"),
                         ("nl", "nl_NL")):
        names = importlib.import_module(f"faker.providers.date_time.{locale}").Provider.MONTH_NAMES
        out[lang] = [names[f"{i:02d}"] for i in range(1, 13)]
    return out


# The written forms of each locale (CLDR short / medium / long patterns) and the ones people type.
DATE_FORMATS = {
    "en": ["{d}/{m}/{Y}", "{m}/{d}/{Y}", "{m}/{d}/{y}", "{Y}-{mm}-{dd}", "{d} {B} {Y}", "{B} {d}, {Y}",
           "{b} {d} {Y}", "{ord} {B} {Y}", "{B} {ord}, {Y}", "{dd}-{b}-{Y}", "{ord} of {B} {Y}",
           "{dd}.{mm}.{Y}", "{dd}/{mm}/{y}", "{b}. {d}, {Y}", "{d}-{m}-{Y}", "{Y}/{mm}/{dd}"],
    "de": ["{dd}.{mm}.{Y}", "{d}.{m}.{Y}", "{dd}.{mm}.{y}", "{d}. {B} {Y}", "{d} {B} {Y}", "{Y}-{mm}-{dd}"],
    "fr": ["{dd}/{mm}/{Y}", "{d} {B} {Y}", "{d} {b} {Y}", "{dd}.{mm}.{Y}", "{dd}-{mm}-{Y}", "1er {B} {Y}"],
    "es": ["{dd}/{mm}/{Y}", "{d}/{m}/{y}", "{d} de {B} de {Y}", "{d} {b} {Y}", "{dd}-{mm}-{Y}"],
    "it": ["{dd}/{mm}/{Y}", "{d} {B} {Y}", "{d}/{m}/{y}", "{dd}.{mm}.{Y}", "{dd}-{mm}-{Y}"],
    "pt": ["{dd}/{mm}/{Y}", "{d} de {B} de {Y}", "{d}/{m}/{y}", "{dd}.{mm}.{Y}"],
    "nl": ["{dd}-{mm}-{Y}", "{d} {B} {Y}", "{d}-{m}-{Y}", "{dd}/{mm}/{Y}", "{d} {b} {Y}"],
}


# CLDR's abbreviated month names where they are not the first three letters.
ABBREVIATIONS = {
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
}


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _dobs(half: str, rng: random.Random) -> Iterable[tuple[str, str, str, str]]:
    months = _month_names()
    for lang, formats in DATE_FORMATS.items():
        for fmt in formats:
            for _ in range(5 if lang == "en" else 6):
                d, m, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1931, 2012)
                name = months[lang][m - 1]
                name = name if lang in ("en", "de") or rng.random() < 0.5 else name.lower()
                abbr = ABBREVIATIONS.get(lang, [n[:3] for n in months[lang]])[m - 1]
                abbr = "Sept" if lang == "en" and m == 9 and rng.random() < 0.5 else abbr
                value = fmt.format(d=d, m=m, dd=f"{d:02d}", mm=f"{m:02d}", Y=year, y=f"{year % 100:02d}",
                                   B=name, b=abbr, ord=_ordinal(d))
                family = "DOB month name" if "{B}" in fmt or "{b}" in fmt else "DOB numeric"
                family += "" if lang == "en" else f" ({lang})"
                yield family, rng.choice(DOB_CUE[half][lang]), value, "DATE_OF_BIRTH"


# ---------------------------------------------------------------- postal addresses (UPU / national posts)
STREETS = {
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Queens Road",
           "Park Avenue", "Kings Crescent", "Manor Close", "Albert Terrace"],
    "DE": ["Hauptstraße", "Lindenallee", "Schillerstraße", "Goethestr.", "Bahnhofstraße", "Am Markt",
           "Kirchweg", "Berliner Platz", "Rosenweg", "Friedrich-Ebert-Straße"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "place du Marché",
           "allée des Tilleuls", "chemin des Vignes", "impasse des Lilas", "quai de la Loire",
           "rue Victor Hugo"],
    "NL": ["Kerkstraat", "Prinsengracht", "Dorpsstraat", "Stationsweg", "Oudegracht", "Molenlaan",
           "Marktplein", "Julianastraat", "Beukenlaan"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Piazza Navona", "Viale dei Mille",
           "Via Giuseppe Verdi", "Largo Argentina", "Via del Corso"],
    "ES": ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Paseo de Gracia", "Plaza España",
           "Calle Real", "Avda. de América", "C/ San Vicente", "Carrer de Mallorca"],
    "IN": ["MG Road", "2nd Main Road", "Nehru Street", "Ring Road", "Station Road", "Brigade Road",
           "Linking Road", "Anna Salai", "5th Cross Road"],
    "BR": ["Rua das Flores", "Av. Paulista", "Rua Augusta", "Avenida Atlântica", "Rua XV de Novembro",
           "Travessa do Carmo", "Alameda Santos", "Rua São Bento"],
    "US": ["Main Street", "Oak Ave", "Maple Dr", "Washington Blvd", "Elm St", "Lakeview Terrace",
           "Sunset Blvd", "Pine Ridge Rd", "Cedar Lane", "Broadway"],
    "CA": ["Main St W", "rue Sainte-Catherine Ouest", "Yonge Street", "King St E", "Granville St",
           "Jasper Ave", "boulevard René-Lévesque"],
    "AU": ["George St", "Collins Street", "Queen Street", "Church St", "Beach Road", "Victoria Parade",
           "Stirling Hwy", "Pacific Highway"],
}
TOWNS = {
    "GB": [("London", "SW1A 2AA"), ("Leeds", "LS1 4DY"), ("Harrogate", "HG1 1SX"), ("Bristol", "BS8 1TH"),
           ("Manchester", "M1 1AE"), ("Cardiff", "CF10 3AT"), ("Edinburgh", "EH1 1YZ"), ("Glasgow", "G2 8DL"),
           ("Oxford", "OX1 3BG"), ("Croydon", "CR0 2RH")],
    "DE": [("Berlin", "10115"), ("München", "80331"), ("Köln", "50667"), ("Hamburg", "20095"),
           ("Frankfurt am Main", "60311"), ("Leipzig", "04109"), ("Freiburg im Breisgau", "79098")],
    "FR": [("Paris", "75002"), ("Lyon", "69002"), ("Marseille", "13001"), ("Bordeaux", "33000"),
           ("Toulouse", "31000"), ("Lille", "59000"), ("Nantes", "44000"), ("Saint-Étienne", "42000")],
    "NL": [("Amsterdam", "1016 GV"), ("Utrecht", "3511 LK"), ("Rotterdam", "3011 AD"),
           ("Den Haag", "2511 CV"), ("Eindhoven", "5611 EM"), ("Groningen", "9711 LM")],
    "IT": [("Roma", "00184", "RM"), ("Milano", "20122", "MI"), ("Torino", "10121", "TO"),
           ("Napoli", "80133", "NA"), ("Firenze", "50123", "FI"), ("Bologna", "40121", "BO")],
    "ES": [("Madrid", "28014"), ("Barcelona", "08001"), ("Sevilla", "41001"), ("Valencia", "46002"),
           ("Bilbao", "48001"), ("Málaga", "29015")],
    "IN": [("Bengaluru", "560038", "Karnataka", "Indiranagar"),
           ("Mumbai", "400020", "Maharashtra", "Churchgate"), ("Chennai", "600017", "Tamil Nadu", "T. Nagar"),
           ("Hyderabad", "500027", "Telangana", "Barkatpura"),
           ("New Delhi", "110001", "Delhi", "Connaught Place"), ("Pune", "411001", "Maharashtra", "Camp")],
    "BR": [("São Paulo", "01310-200", "SP", "Bela Vista"),
           ("Rio de Janeiro", "22021-001", "RJ", "Copacabana"),
           ("Curitiba", "80010-000", "PR", "Centro"), ("Belo Horizonte", "30130-010", "MG", "Funcionários"),
           ("Porto Alegre", "90010-150", "RS", "Centro Histórico")],
    "US": [("Springfield", "62704", "IL"), ("Austin", "78701", "TX"), ("Portland", "97205", "OR"),
           ("New York", "10118", "NY"), ("Mountain View", "94043", "CA"), ("Boston", "02116", "MA")],
    "CA": [("Toronto", "M5V 2T6", "ON"), ("Montréal", "H3B 1A7", "QC"), ("Vancouver", "V6B 4Y8", "BC"),
           ("Calgary", "T2P 1J9", "AB"), ("Ottawa", "K1P 5J2", "ON")],
    "AU": [("Sydney", "2000", "NSW"), ("Melbourne", "3000", "VIC"), ("Brisbane", "4000", "QLD"),
           ("Perth", "6000", "WA"), ("Adelaide", "5000", "SA"), ("Hobart", "7000", "TAS")],
}
_STATE_NAMES = {"ON": "Ontario", "QC": "Québec", "BC": "British Columbia", "AB": "Alberta"}


def _address(country: str, rng: random.Random) -> str:
    """One address in ``country``'s postal format; lines joined by a newline or ", " at random."""
    street, town = rng.choice(STREETS[country]), rng.choice(TOWNS[country])
    n = rng.randint(1, 250)
    if country == "GB":
        first = rng.choice(["", f"Flat {rng.randint(1, 12)}, ", f"Flat {rng.randint(1, 9)}\n"])
        lines = [f"{first}{n} {street}", town[0], town[1]] if rng.random() < 0.5 else \
            [f"{first}{n} {street}", f"{town[0]} {town[1]}"]
    elif country == "DE":
        lines = [f"{street} {n}{rng.choice(['', '', 'a', 'b'])}", f"{town[1]} {town[0]}"]
    elif country == "FR":
        extra = rng.choice(["", "", " bis", " ter"])
        lines = [f"{n}{extra} {street}", f"{town[1]} {town[0].upper() if rng.random() < 0.3 else town[0]}"]
        if rng.random() < 0.25:
            lines.insert(0, f"Bâtiment {rng.choice('ABC')}, appartement {rng.randint(1, 40)}")
    elif country == "NL":
        lines = [f"{street} {n}{rng.choice(['', '', '-2', ' A', 'bis'])}", f"{town[1]} {town[0]}"]
    elif country == "IT":
        region = rng.choice([town[2], f"({town[2]})"])
        lines = [f"{street}{rng.choice([' ', ', '])}{n}", f"{town[1]} {town[0]} {region}"]
    elif country == "ES":
        floor = rng.choice(["", f", {rng.randint(1, 8)}º {rng.choice(['izda.', 'dcha.', 'A', 'B'])}"])
        lines = [f"{street}{rng.choice([' ', ', '])}{n}{floor}", f"{town[1]} {town[0]}"]
    elif country == "IN":
        house = rng.choice([f"{n}", f"No. {n}", f"H.No. {rng.randint(1, 9)}-{rng.randint(1, 9)}-{n}",
                            f"Flat {rng.randint(1, 20)}{rng.choice('ABC')}, Sea View Apartments, {n}"])
        between = rng.choice([" ", " - ", ", " + town[2] + " "])
        lines = [f"{house}, {street}", town[3], f"{town[0]}{between}{town[1]}"]
    elif country == "BR":
        unit = rng.choice(["", f", apto {rng.randint(11, 190)}", f", sala {rng.randint(1, 30)}"])
        lines = [f"{street}, {n}{unit} - {town[3]}", f"{town[0]} - {town[2]}",
                 rng.choice([f"CEP {town[1]}", town[1]])]
    elif country == "US":
        unit = rng.choice(["", "", f", Apt {rng.randint(1, 40)}", f" Suite {rng.randint(100, 900)}"])
        lines = [f"{n * 7} {street}{unit}", f"{town[0]}, {town[2]} {town[1]}"]
    elif country == "CA":
        if street.startswith(("rue", "boulevard")):
            lines = [f"{n * 3} {street}", f"{town[0]} ({_STATE_NAMES.get(town[2], town[2])}) {town[1]}"]
        else:
            lines = [f"{n * 3} {street}", f"{town[0]}, {town[2]} {town[1]}"]
    else:  # AU
        unit = rng.choice(["", f"Unit {rng.randint(1, 20)}, ", f"{rng.randint(1, 20)}/"])
        lines = [f"{unit}{n} {street}", f"{town[0]} {town[2]} {town[1]}"]
    return rng.choice(["\n", ", "]).join(lines)


def _addresses(half: str, rng: random.Random) -> Iterable[tuple[str, str, str, str]]:
    for country in STREETS:
        for _ in range(20):
            yield f"address {country}", rng.choice(ADDRESS_CUE[half]), _address(country, rng), "LOCATION"


# ---------------------------------------------------------------- look-alikes


def _negatives(half: str, rng: random.Random) -> Iterable[str]:
    for _ in range(6):
        for template in NEGATIVES[half]:
            y, mo, d = rng.randint(2015, 2027), rng.randint(1, 12), rng.randint(1, 28)
            values = {
                "order": f"{rng.choice(['ORD-', 'SO', '#', ''])}{rng.randint(10_000_000, 99_999_999)}",
                "iso": rng.choice([f"{y}-{mo:02d}-{d:02d}", f"{d:02d}.{mo:02d}.{y}", f"{mo}/{d}/{y}"]),
                "ver": f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
                "build": str(rng.randint(1000, 99999)),
                "inv": f"{y}-{rng.randint(1000, 99999)}",
                "price": f"{rng.randint(10, 9999):,}.{rng.randint(0, 99):02d}",
                "uuid": "-".join("".join(rng.choice("0123456789abcdef") for _ in range(k))
                                 for k in (8, 4, 4, 4, 12)),
                "ts": f"{y}-{mo:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
                      f"{rng.randint(0, 59):02d}.{rng.randint(0, 999999):06d}Z",
                "port": str(rng.choice([443, 8080, 5432, 6379, 27017, 9200])),
                "a": str(rng.randint(0, 255)), "b": str(rng.randint(1, 254)),
                "track": "".join(rng.choice(string.digits + "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
            }
            yield template.format(**values)


# ---------------------------------------------------------------- records and scoring


_MARKED = re.compile(r"\{v\}|<([PL]):([^>]+)>")  # the value, and names (P) or places (L) in a template


def _fill(template: str, value: str, type_: str) -> tuple[str, list[dict]]:
    """The template with ``value`` in place of ``{v}`` and the marks removed; the value and the marked names
    and places are the gold spans (``family`` is scored on the value)."""
    text, spans, pos = "", [], 0
    for m in _MARKED.finditer(template):
        text += template[pos : m.start()]
        if m.group(0) == "{v}":
            word, kind = value, type_
        else:
            word, kind = m.group(2), {"P": "PERSON", "L": "LOCATION"}[m.group(1)]
        spans.append({"type": kind, "start": len(text), "end": len(text) + len(word), "value": word,
                      "scored": m.group(0) == "{v}"})
        text += word
        pos = m.end()
    return text + template[pos:], spans


def generate(half: str) -> list[dict]:
    """Records of one half (``tuning`` or ``held-out``), deterministic."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}")
    rng = random.Random(SEEDS[half])
    records = []
    for source in (_phones, _ssns, _dobs, _addresses):
        for family, template, value, type_ in source(half, rng):
            text, spans = _fill(template, value, type_)
            records.append({"id": f"{half}-{len(records)}", "text": text, "meta": {"family": family},
                            "spans": spans})
    for text in _negatives(half, rng):
        records.append({"id": f"{half}-{len(records)}", "text": text, "meta": {"family": "look-alike"},
                        "spans": []})
    return records


def leaked(text: str, start: int, end: int, covered: Iterable[tuple[int, int]]) -> bool:
    """True when a letter or digit of ``text[start:end]`` lies outside every (start, end) in ``covered``."""
    spans = list(covered)
    return any(text[i].isalnum() and not any(a <= i < b for a, b in spans) for i in range(start, end))


def score(records: list[dict], analyze: Callable[[str], Iterable]) -> tuple[dict, list[tuple[str, str]]]:
    """{family: (caught, total)} (look-alikes: (texts left untouched, total)) and the misses (family,
    text)."""
    caught: Counter = Counter()
    total: Counter = Counter()
    misses = []
    for r in records:
        found = [(d.start, d.end) for d in analyze(r["text"])]
        family = r["meta"]["family"]
        total[family] += 1
        if not r["spans"]:
            caught[family] += not found
            if found:
                misses.append((family, r["text"]))
            continue
        scored = [s for s in r["spans"] if s.get("scored", True)]
        ok = not any(leaked(r["text"], s["start"], s["end"], found) for s in scored)
        caught[family] += ok
        if not ok:
            misses.append((family, r["text"]))
    return {f: (caught[f], total[f]) for f in sorted(total)}, misses


def main(argv: list[str] | None = None) -> int:
    """Print catch rates per format family for each half."""
    p = argparse.ArgumentParser(description="Phone, SSN, date-of-birth and address formats: catch rates.")
    p.add_argument("--half", choices=[*HALVES, "both"], default="both")
    p.add_argument("--misses", type=int, default=0, help="print N misses per family (tuning half only)")
    args = p.parse_args(argv)
    from scrubber.engine import Scrubber

    scrubber = Scrubber()
    for half in HALVES if args.half == "both" else (args.half,):
        rates, misses = score(generate(half), scrubber.analyze)
        print(f"== format battery, {half} half (caught = every letter and digit covered) ==")
        for family, (ok, n) in rates.items():
            print(f"  {family:<34} {ok:>4}/{n:<4} {ok / n:.3f}")
        values = sum(n for f, (_, n) in rates.items() if f != "look-alike")
        ok_values = sum(ok for f, (ok, _) in rates.items() if f != "look-alike")
        print(f"  {'all values':<34} {ok_values:>4}/{values:<4} {ok_values / values:.3f}")
        if args.misses and half == "tuning":
            shown: Counter = Counter()
            for family, text in misses:
                if shown[family] < args.misses:
                    shown[family] += 1
                    print(f"  MISS {family:<30} {text!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
