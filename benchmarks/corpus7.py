"""The seventh corpus: whole workplace prompts as employees paste them into AI tools, with every piece of
personal data labelled, and as many negatives full of things that only look like personal data.

What: each record is one prompt - an instruction plus the pasted material - in one of many genres (e-mail
threads with signatures, meeting notes, CRM and ticket exports, HR documents, complaints, invoices, contracts,
legal letters, medical and insurance forms, CSV/TSV/markdown tables, chat logs, call transcripts, CVs,
code with test data, log lines, SQL rows, JSON payloads, shipping labels, school letters, listings, bank
statements) in English (about 40 %) and German, French, Spanish, Italian, Dutch, Portuguese, Polish,
Swedish and Turkish.
About half the records are ``positive``: every private person's name (full, first or last name alone,
initial and surname, "Last, First", any case or script), phone number, e-mail address, street address (one
span), city or country saying where a person lives, works or was born, birth date, US SSN, card number, IBAN,
IP address, password or API key, and national id (type ``ID``) carries a span, every occurrence of it. The
other half are ``negative`` (``meta.neg_class``): work prompts without any personal data but full of company
and brand names (also ones built from surnames), code names, places as business context, job titles, dates
that are not birth dates, order and ticket numbers, versions, hashes, VAT numbers and code identifiers.

How it was written: by hand, without reading the scrubber or the other corpora. Each template is prompt text
with slots (``{P1}`` a person's full name, ``{P1.l}`` the surname, ``{E1}`` an e-mail address, ``{co}`` a
company, ...). Upper-case slots are labelled values drawn from Faker (seeded per record) or built here (IBANs
and card numbers with valid check digits, SSNs, keys); lower-case slots are unlabelled context. A record is
redrawn when a name or value also occurs unlabelled elsewhere in its text, so labels stay complete.

Halves: ``dev`` (for tuning) and ``test`` (never looked at by the tuner) use disjoint templates, different
Faker locales where a language has more than one (en_US/en_IE vs en_GB/en_AU/en_CA/en_NZ, de_DE vs
de_AT/de_CH, ...), first and last names split between the halves by a stable hash, and different seeds.
"""

import re
import unicodedata
import zlib
from collections.abc import Sequence
from datetime import date, timedelta
from random import Random

from faker import Faker

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 70717
SHARES = (("positive", 0.5), ("negative", 0.5))
TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "US_SSN", "CREDIT_CARD",
         "IBAN_CODE", "IP_ADDRESS", "SECRET", "ID")
NEG_CLASSES = ("business_email", "report_and_numbers", "code_and_logs", "places_as_context",
               "brands_and_products", "tables", "policy_and_legal", "chat_without_names")
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr")

LOCALES = {
    "dev": {"en": ("en_US", "en_IE"), "de": ("de_DE",), "fr": ("fr_FR",), "es": ("es_ES",), "it": ("it_IT",),
            "nl": ("nl_NL",), "pt": ("pt_PT",), "pl": ("pl_PL",), "sv": ("sv_SE",), "tr": ("tr_TR",),
            "xx": ("ru_RU", "el_GR")},
    "test": {"en": ("en_GB", "en_AU", "en_CA", "en_NZ"), "de": ("de_AT", "de_CH"), "fr": ("fr_CH", "fr_CA"),
             "es": ("es_MX", "es_AR", "es_CO"), "it": ("it_IT",), "nl": ("nl_BE",), "pt": ("pt_BR",),
             "pl": ("pl_PL",), "sv": ("sv_SE",), "tr": ("tr_TR",), "xx": ("uk_UA", "zh_CN")},
}

_FAKERS: dict[str, Faker] = {}


def _faker(locale: str, seed: int) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    fk = _FAKERS[locale]
    fk.seed_instance(seed)
    return fk


# ---------------------------------------------------------------- value builders

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
          "grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
_DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday", "de": "Montag Dienstag Mittwoch Donnerstag Freitag",
    "fr": "lundi mardi mercredi jeudi vendredi", "es": "lunes martes miércoles jueves viernes",
    "it": "lunedì martedì mercoledì giovedì venerdì", "nl": "maandag dinsdag woensdag donderdag vrijdag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira",
    "pl": "poniedziałek wtorek środa czwartek piątek", "sv": "måndag tisdag onsdag torsdag fredag",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma",
}


def _fmt_date(d: date, lang: str, style: str, us: bool = False) -> str:
    month = _MONTHS[lang].split()[d.month - 1]
    if style == "iso":
        return d.isoformat()
    if style == "l":
        if lang == "en":
            return f"{month} {d.day}, {d.year}" if us else f"{d.day} {month} {d.year}"
        if lang in ("es", "pt"):
            return f"{d.day} de {month} de {d.year}"
        if lang == "de":
            return f"{d.day}. {month} {d.year}"
        return f"{d.day} {month} {d.year}"
    if lang == "en" and us:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if lang in ("de", "pl", "tr"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if lang == "nl":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if lang == "sv":
        return d.isoformat()
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "æ": "ae", "ø": "o", "Ø": "O", "đ": "d"})


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


_FREE_MAIL = {
    "en": ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com"),
    "de": ("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"),
    "fr": ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"),
    "es": ("hotmail.es", "gmail.com", "yahoo.es", "telefonica.net"),
    "it": ("libero.it", "virgilio.it", "gmail.com", "tiscali.it"),
    "nl": ("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"),
    "pt": ("sapo.pt", "gmail.com", "hotmail.com", "uol.com.br"),
    "pl": ("wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"),
    "sv": ("telia.com", "gmail.com", "hotmail.se", "bredband.net"),
    "tr": ("hotmail.com", "gmail.com", "yandex.com.tr", "outlook.com"),
}

_EMPLOYERS = (
    "Nordwind Logistik", "Brightline Analytics", "Kestrel Systems", "Bluefjord Energy", "Quantara Health",
    "Solenne Retail", "Ardent Freight", "Vireo Software", "Halcyon Insurance", "Tessera Bank", "Lumora Foods",
    "Corvid Security", "Altamira Telecom", "Pinecrest Capital", "Meridia Pharma", "Stratus Mobility",
    "Orbis Facility Services", "Castellan Consulting", "Riverbend Media", "Ignis Manufacturing",
)
_BRANDS = (
    "Johnson & Johnson", "Goldman Sachs", "Ferrero", "Siemens", "Philips", "Heineken", "Bosch", "Porsche",
    "Michelin", "Peugeot", "Barilla", "Lavazza", "Miele", "Haribo", "Dr. Oetker", "Würth", "Aldi", "Lidl",
    "Carrefour", "Decathlon", "Mercadona", "Santander", "Pirelli", "Benetton", "Armani", "Prada", "Gucci",
    "Orlen", "Allegro", "InPost", "Volvo", "IKEA", "Ericsson", "H&M", "Electrolux", "Arçelik", "Ülker",
    "Koç Holding", "Jerónimo Martins", "Sonae", "Galp", "Embraer", "Natura", "Ahold Delhaize", "Albert Heijn",
    "Tchibo", "Kaufland", "Renault", "Dassault Systèmes", "Ernst & Young", "Procter & Gamble", "McKinsey",
    "Deloitte", "Kellogg's", "Boeing", "Hilton", "Marriott", "Mercedes-Benz", "Ferrari", "Zara", "Inditex",
)
_PRODUCTS = (
    "Project Falcon", "Atlas 2.0", "Orion", "Nimbus", "Bluebird", "Helios", "Kite", "Redwood", "Polaris",
    "Tundra", "Cobalt", "Quasar", "Lighthouse", "Granite", "Tempest", "Aurora", "Zephyr", "Catalyst",
    "Ironclad", "Sundial", "Maelstrom", "Harbor", "Beacon", "Sprocket", "Monsoon",
)
_BIZ_CITIES = {
    "en": ("London", "Manchester", "Chicago", "Austin", "Dublin", "Singapore", "Toronto", "Sydney", "Boston"),
    "de": ("München", "Hamburg", "Frankfurt", "Wien", "Zürich", "Stuttgart", "Köln", "Leipzig", "Graz"),
    "fr": ("Lyon", "Lille", "Bordeaux", "Genève", "Montréal", "Toulouse", "Nantes", "Marseille"),
    "es": ("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Monterrey", "Bogotá", "Córdoba"),
    "it": ("Milano", "Torino", "Bologna", "Napoli", "Firenze", "Verona", "Genova", "Bari"),
    "nl": ("Rotterdam", "Utrecht", "Eindhoven", "Antwerpen", "Gent", "Den Haag", "Groningen"),
    "pt": ("Lisboa", "Porto", "Braga", "Coimbra", "São Paulo", "Curitiba", "Recife", "Faro"),
    "pl": ("Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź", "Katowice"),
    "sv": ("Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping", "Umeå"),
    "tr": ("İstanbul", "Ankara", "İzmir", "Bursa", "Kocaeli", "Konya", "Gaziantep"),
}
_TR_CITIES = ("İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir", "Kayseri", "Adana", "Mersin",
              "Trabzon", "Samsun", "Denizli")
_TR_STREETS = ("Atatürk Cad.", "Cumhuriyet Cad.", "İstiklal Cad.", "Gazi Mustafa Kemal Bulvarı",
               "Bağdat Cad.", "Lale Sok.", "Menekşe Sok.", "Çınar Sok.", "Yıldız Sok.", "Akasya Sok.",
               "Barış Mah. Gül Sok.", "Fevzi Çakmak Cad.")
_IT_CITIES = ("Lecce", "Bergamo", "Brescia", "Parma", "Modena", "Padova", "Trieste", "Perugia", "Ancona",
              "Pescara", "Salerno", "Cagliari", "Sassari", "Trento", "Udine", "Lucca", "Rimini", "Cosenza")
_CURRENCY = {"en": "€", "de": "€", "fr": "€", "es": "€", "it": "€", "nl": "€", "pt": "€", "pl": "zł",
             "sv": "kr", "tr": "TL"}

_B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _chars(r: Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def _card(r: Random) -> str:
    kind = r.randrange(4)
    if kind == 3:  # Amex, 4-6-5
        body = r.choice("47") + _chars(r, "0123456789", 12)
        num = "3" + body + _luhn_digit("3" + body)
        return r.choice((f"{num[:4]} {num[4:10]} {num[10:]}", num))
    prefix = ("4", "5" + r.choice("12345"), "2" + r.choice("23456") + r.choice("0123456789"))[kind]
    body = prefix + _chars(r, "0123456789", 15 - len(prefix))
    num = body + _luhn_digit(body)
    groups = [num[i:i + 4] for i in range(0, 16, 4)]
    return r.choice((" ".join(groups), "-".join(groups), num, " ".join(groups)))


_IBAN_BBAN = {  # country: (pattern) with 9 = digit, A = letter, X = letter or digit
    "DE": "9" * 18, "AT": "9" * 16, "CH": "9" * 17, "FR": "9" * 23, "BE": "9" * 12, "ES": "9" * 20,
    "IT": "A" + "9" * 22, "NL": "AAAA" + "9" * 10, "PT": "9" * 21, "PL": "9" * 24, "SE": "9" * 20,
    "TR": "99999" + "0" + "9" * 16, "GB": "AAAA" + "9" * 14, "IE": "AAAA" + "9" * 14,
    "BR": "9" * 23 + "AX", "LU": "9" * 16,
}
_IBAN_COUNTRY = {"en_US": "IE", "en_IE": "IE", "en_GB": "GB", "en_AU": "GB", "en_CA": "GB", "en_NZ": "GB",
                 "de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "fr_FR": "FR", "fr_CH": "CH", "fr_CA": "FR",
                 "es_ES": "ES", "es_MX": "ES", "es_AR": "ES", "es_CO": "ES", "it_IT": "IT", "nl_NL": "NL",
                 "nl_BE": "BE", "pt_PT": "PT", "pt_BR": "BR", "pl_PL": "PL", "sv_SE": "SE", "tr_TR": "TR"}


def _iban(r: Random, country: str) -> str:
    bban = "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "A"
                   else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") if c == "X" else c
                   for c in _IBAN_BBAN[country])
    if country == "BR":
        bban = bban[:-2] + "C1"
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    iban = f"{country}{98 - int(digits) % 97:02d}{bban}"
    return iban if r.random() < 0.4 else " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def _ean13(r: Random, prefix: str) -> str:
    body = prefix + _chars(r, "0123456789", 12 - len(prefix))
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def _isbn(r: Random) -> str:
    n = _ean13(r, "978" + r.choice("0123"))
    return f"{n[:3]}-{n[3]}-{n[4:7]}-{n[7:12]}-{n[12]}"


def _ssn(r: Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _ip(r: Random) -> str:
    first = r.choice((23, 31, 37, 46, 62, 77, 78, 81, 85, 89, 91, 93, 109, 151, 176, 178, 185, 188, 193, 212))
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ip6(r: Random) -> str:
    head = r.choice(("2a02:8108", "2001:16b8", "2a01:cb00", "2003:e6", "2a00:23c7"))
    return head + ":" + ":".join(f"{r.randrange(1, 65536):x}" for _ in range(6))


def _password(r: Random) -> str:
    words = ("Sommer", "Winter", "Kaffee", "Tiger", "Falcon", "Sunny", "Rocket", "Orange", "Castle", "Maple",
             "Dragon", "Pepper", "Primavera", "Estrella", "Lato", "Kedi", "Sol", "Hemligt")
    style = r.randrange(4)
    if style == 0:
        return f"{r.choice(words)}{r.choice('!#$%&*@')}{r.randint(1990, 2026)}"
    if style == 1:
        s = _chars(r, _B62, 6) + r.choice("!#$%&*@?") + _chars(r, _B62, 6)
        return s
    if style == 2:
        return f"{r.choice(words).lower()}{r.randint(10, 99)}{r.choice(words)}"
    return f"{r.choice(words)}.{r.choice(words).lower()}.{r.randint(1, 99)}"


def _api_key(r: Random) -> str:
    kind = r.randrange(6)
    if kind == 0:
        return "sk_live_" + _chars(r, _B62, 24)
    if kind == 1:
        return "ghp_" + _chars(r, _B62, 36)
    if kind == 2:
        return "AKIA" + _chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if kind == 3:
        return f"xoxb-{_chars(r, '0123456789', 12)}-{_chars(r, '0123456789', 13)}-{_chars(r, _B62, 24)}"
    if kind == 4:
        return "glpat-" + _chars(r, _B62, 20)
    return _chars(r, "0123456789abcdef", 32)


def _national_id(loc: str, fk: Faker, r: Random) -> str:
    digits = "0123456789"
    if loc in ("de_AT", "de_CH", "fr_CH", "nl_NL", "nl_BE", "es_AR", "pl_PL", "sv_SE", "tr_TR", "it_IT",
               "pt_BR", "fr_FR", "es_MX"):
        return fk.ssn()
    if loc == "en_GB":
        while True:
            nine = _chars(r, digits, 9)
            check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(nine)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                n = nine + str(check)
                return f"{n[:3]} {n[3:6]} {n[6:]}"
    if loc == "en_IE":
        return _chars(r, digits, 7) + r.choice("ABCDEFGHJKLMNPQRSTVW")
    if loc == "en_CA":
        body = r.choice("1234567") + _chars(r, digits, 7)
        n = body + _luhn_digit(body)
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if loc == "en_AU":
        return f"{_chars(r, digits, 3)} {_chars(r, digits, 3)} {_chars(r, digits, 3)}"
    if loc == "en_NZ":
        return f"{_chars(r, digits, 3)}-{_chars(r, digits, 3)}-{_chars(r, digits, 3)}"
    if loc == "de_DE":
        return r.choice("CFGHJKLMNPRTVWXYZ") + _chars(r, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    if loc in ("es_ES", "es_CO"):
        n = r.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if loc == "pt_PT":
        body = r.choice("12") + _chars(r, digits, 7)
        check = 11 - sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
        return body + str(0 if check >= 10 else check)
    return fk.passport_number()


def _vat(r: Random, lang: str) -> str:
    d = "0123456789"
    return {"en": lambda: "GB" + _chars(r, d, 9), "de": lambda: "DE" + _chars(r, d, 9),
            "fr": lambda: "FR" + _chars(r, d, 11), "es": lambda: "ES" + r.choice("ABCB") + _chars(r, d, 8),
            "it": lambda: "IT" + _chars(r, d, 11), "nl": lambda: "NL" + _chars(r, d, 9) + "B01",
            "pt": lambda: "PT" + r.choice("5") + _chars(r, d, 8), "pl": lambda: "PL" + _chars(r, d, 10),
            "sv": lambda: "SE" + _chars(r, d, 10) + "01", "tr": lambda: _chars(r, d, 10)}[lang]()


_COUNTRIES = ("Portugal", "Canada", "Germany", "Spain", "Ireland", "Poland", "Sweden", "Italy", "Mexico",
              "Brazil", "Australia", "Norway", "Denmark", "Austria", "Belgium", "Greece", "Argentina")


# ---------------------------------------------------------------- people

def _city(fk: Faker, loc: str, r: Random) -> str:
    # Faker's it_IT city depends on the hash seed, tr_TR's is not Turkish: own lists for both.
    if loc == "tr_TR":
        return r.choice(_TR_CITIES)
    if loc == "it_IT":
        return r.choice(_IT_CITIES)
    return fk.city().strip()


class _Person:
    def __init__(self, rec: "_Record", k: int, foreign: bool):
        r = rec.r
        self.loc = r.choice(LOCALES[rec.half]["xx"]) if foreign else rec.loc
        fk = _faker(self.loc, r.randrange(2 ** 32))
        taken = {t for p in rec.people.values() for t in (p.first, p.last)}
        bit = 0 if rec.half == "dev" else 1
        for _ in range(200):
            first, last = fk.first_name().strip(), fk.last_name().strip()
            if foreign or (zlib.crc32(first.encode()) % 2 == bit and zlib.crc32(last.encode()) % 2 == bit
                           and first not in taken and last not in taken and first != last
                           and len(first) > 1 and len(last) > 1):
                break
        self.first, self.last = first, last
        self.lang = rec.lang
        asc_f, asc_l = _ascii(first) or "user", _ascii(last) or str(r.randint(10, 99))
        pat = r.randrange(5)
        local = (f"{asc_f}.{asc_l}", f"{asc_f[0]}.{asc_l}", f"{asc_f}{asc_l}{r.randint(1, 99)}",
                 f"{asc_f}_{asc_l}", f"{asc_l}.{asc_f}")[pat]
        self.email = f"{local}@{r.choice(_FREE_MAIL[rec.lang])}"
        self.work_email = f"{(f'{asc_f}.{asc_l}', f'{asc_f[0]}{asc_l}')[r.randrange(2)]}@{rec.domain}"
        if self.loc == "tr_TR":
            self.phone = r.choice(("+90 5{}{} {}{}{} {}{} {}{}", "0 (5{}{}) {}{}{} {}{} {}{}",
                                   "05{}{} {}{}{} {}{} {}{}"))
            self.phone = self.phone.format(*(r.choice("0123456789") for _ in range(9)))
            city = r.choice(_TR_CITIES)
            self.address = (f"{r.choice(_TR_STREETS)} No: {r.randint(1, 120)} D: {r.randint(1, 20)}, "
                            f"{r.randint(1, 81):02d}{r.randint(0, 999):03d} {city}")
            self.city = city
        else:
            self.phone = re.sub(r"\s*x\d+$", "", fk.phone_number()).strip()
            if self.loc == "en_IE":  # Faker's en_IE numbers are North American
                digits = "".join(r.choice("0123456789") for _ in range(7))
                self.phone = r.choice((f"+353 8{r.choice('35679')} {digits[:3]} {digits[3:]}",
                                       f"08{r.choice('35679')} {digits[:3]} {digits[3:]}",
                                       f"+353 1 {digits[:3]} {digits[3:]}"))
            street = re.sub(r"\s+", " ", fk.street_address().replace("\n", ", ")).strip(" ,")
            self.city = _city(fk, self.loc, r)
            if self.loc == "en_US":
                self.address = f"{street}, {self.city}, {fk.state_abbr()} {fk.postcode()}"
            elif self.loc.startswith("en_"):
                self.address = f"{street}, {self.city} {fk.postcode()}"
            else:
                self.address = f"{street}, {fk.postcode()} {self.city}"
        self.city2 = _city(fk, self.loc, r)
        for _ in range(20):
            if self.city2 != self.city:
                break
            self.city2 = _city(fk, self.loc, r)
        if self.loc == "tr_TR":
            self.address2 = (f"{r.choice(_TR_STREETS)} No: {r.randint(1, 120)}, "
                             f"{r.randint(1, 81):02d}{r.randint(0, 999):03d} {self.city2}")
        else:
            street2 = re.sub(r"\s+", " ", fk.street_address().replace("\n", ", ")).strip(" ,")
            self.address2 = f"{street2}, {fk.postcode()} {self.city2}"
        self.dob = date(1950, 1, 1) + timedelta(days=r.randrange(0, 55 * 365))
        self.us = self.loc == "en_US"
        self.national_id = _national_id(self.loc, fk, r)
        self.passport = fk.passport_number()

    def form(self, f: str) -> str:
        first, last = self.first, self.last
        return {
            "": f"{first} {last}", "f": first, "l": last, "i": f"{first[0]}. {last}", "r": f"{last}, {first}",
            "U": f"{first} {last}".upper(), "L": last.upper(), "LF": f"{last.upper()} {first}",
            "fL": f"{first} {last.upper()}", "lo": f"{first} {last}".lower(), "fl": first.lower(),
            "ll": last.lower(),
        }[f]


# ---------------------------------------------------------------- rendering

_SLOT = re.compile(r"\{([A-Za-z]+?)(\d+[a-z]?)?(?:\.(\w+))?\}")
_LABELLED = {"P": "PERSON", "X": "PERSON", "E": "EMAIL_ADDRESS", "W": "EMAIL_ADDRESS", "T": "PHONE_NUMBER",
             "A": "LOCATION", "C": "LOCATION", "B": "DATE_OF_BIRTH", "SSN": "US_SSN", "CC": "CREDIT_CARD",
             "IBAN": "IBAN_CODE", "IP": "IP_ADDRESS", "IPV": "IP_ADDRESS", "PW": "SECRET", "KEY": "SECRET",
             "ID": "ID", "PASS": "ID", "K": "LOCATION"}


class _Record:
    def __init__(self, half: str, lang: str, r: Random):
        self.half, self.lang, self.r = half, lang, r
        self.loc = r.choice(LOCALES[half][lang])
        self.people: dict[str, _Person] = {}
        self.values: dict[str, str] = {}
        emp = r.choice(_EMPLOYERS)
        self.values["emp/"] = emp
        self.domain = _ascii(emp.split()[0]) + r.choice((".com", ".eu", ".io", ".net"))
        self.values["cod/"] = self.domain

    def person(self, key: str, foreign: bool) -> _Person:
        if key not in self.people:
            self.people[key] = _Person(self, len(self.people), foreign)
        return self.people[key]

    def labelled(self, name: str, idx: str, fmt: str | None) -> str:
        key = name + idx
        second = idx[-1:].isalpha()
        idx = idx.rstrip("abcdefghijklmnopqrstuvwxyz")
        if name in ("P", "X", "E", "W", "T", "A", "C", "B"):
            p = self.person(("X" if name == "X" else "P") + (idx or "1"), name == "X")
            if second and name in ("A", "C"):
                return p.address2 if name == "A" else p.city2
            if name == "X":
                full = f"{p.last}{p.first}" if p.loc.startswith("zh") else f"{p.first} {p.last}"
                return full if fmt is None else p.last
            if name == "P":
                return p.form(fmt or "")
            if name == "B":
                return _fmt_date(p.dob, self.lang, fmt or "n", p.us)
            return {"E": p.email, "W": p.work_email, "T": p.phone, "A": p.address, "C": p.city}[name]
        if key not in self.values:
            r = self.r
            if name == "K":
                v = r.choice(_COUNTRIES)
            elif name == "ID":
                p = self.person("P" + (idx or "1"), False)
                v = p.national_id
            elif name == "PASS":
                v = self.person("P" + (idx or "1"), False).passport
            else:
                v = {"SSN": _ssn, "CC": _card, "IP": _ip, "IPV": _ip6, "PW": _password, "KEY": _api_key}.get(
                    name, lambda r: _iban(r, _IBAN_COUNTRY[self.loc]))(r)
            self.values[key] = v
        return self.values[key]

    def plain(self, name: str, idx: str, fmt: str | None) -> str:
        key = name + idx
        r, lang = self.r, self.lang
        if key + "/" + (fmt or "") in self.values:
            return self.values[key + "/" + (fmt or "")]
        if name == "date":
            if key not in self.values:
                self.values[key] = (date(2024, 1, 1) + timedelta(days=r.randrange(0, 1000))).isoformat()
            v = _fmt_date(date.fromisoformat(self.values[key]), lang, fmt or "n", self.loc == "en_US")
        elif name == "amt":
            x = {"s": r.randrange(5000, 300000) / 100, "k": r.randrange(30, 950) * 1000,
                 "p": r.randrange(499, 6000) / 100}.get(
                fmt or "", r.randrange(1500, 9_000_000) / 100)
            cur = "$" if self.loc in ("en_US", "en_CA", "en_AU", "en_NZ", "es_MX", "es_AR", "es_CO") else (
                "£" if self.loc == "en_GB" else "R$" if self.loc == "pt_BR" else _CURRENCY[lang])
            if fmt == "k":
                s = f"{x:,}".replace(",", "," if lang == "en" else " " if lang in ("fr", "pl", "sv") else ".")
                v = f"{cur}{s}" if lang == "en" else f"{cur} {s}" if cur in ("R$", "$") else f"{s} {cur}"
            elif lang == "en":
                v = f"{cur}{x:,.2f}"
            else:
                s = f"{x:,.2f}".replace(",", " " if lang in ("fr", "pl", "sv") else ".")
                s = s[:-3] + "," + s[-2:]
                v = f"{cur} {s}" if cur in ("R$", "$") else f"{s} {cur}"
        elif name in ("co", "prod", "city"):  # two slots of one kind get two different values
            pool = {"co": _BRANDS, "prod": _PRODUCTS, "city": _BIZ_CITIES[lang]}[name]
            taken = {val for k, val in self.values.items() if re.fullmatch(name + r"\d*/", k)}
            v = r.choice([x for x in pool if x not in taken] or pool)
        else:
            v = {
                "num": lambda: str(r.randint(1000, 99999)), "n": lambda: str(r.randint(2, 48)),
                "pct": lambda: f"{r.randint(1, 60)}{'.' if lang == 'en' else ','}{r.randint(0, 9)}",
                "ord": lambda: f"{r.choice(('SO', 'PO', 'ORD', 'BE'))}-{r.randint(100000, 999999)}",
                "inv": lambda: f"{r.choice(('INV', 'RE', 'FAC', 'FV'))}-{r.randint(2024, 2026)}-"
                               f"{r.randint(1, 9999):04d}",
                "tkt": lambda: f"{r.choice(('INC', 'REQ', 'CS', 'OPS', 'JIRA'))}-{r.randint(1000, 99999)}",
                "ver": lambda: f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                "uuid": lambda: "-".join(_chars(r, "0123456789abcdef", k) for k in (8, 4, 4, 4, 12)),
                "sha": lambda: _chars(r, "0123456789abcdef", 7 if fmt != "l" else 40),
                "time": lambda: f"{r.randint(7, 18):02d}:{r.choice(('00', '15', '30', '45'))}",
                "day": lambda: r.choice(_DAYS[lang].split()),
                "month": lambda: r.choice(_MONTHS[lang].split()),
                "vat": lambda: _vat(r, lang),
                "sku": lambda: f"{_chars(r, 'ABCDEFGHKLMNPRSTVXZ', 3)}-{r.randint(100, 9999)}",
                "trk": lambda: f"1Z{_chars(r, 'ABCDEFGHJKLMNPRSTVWXYZ0123456789', 16)}",
                "ean": lambda: _ean13(r, r.choice(("400", "800", "871", "560", "590", "730", "869"))),
                "isbn": lambda: _isbn(r),
                "build": lambda: ".".join(str(r.randint(lo, hi))
                                          for lo, hi in ((1, 12), (0, 9), (0, 40), (100, 9999))),
                "q": lambda: f"Q{r.randint(1, 4)}", "yr": lambda: str(r.randint(2024, 2026)),
                "port": lambda: str(r.choice((443, 5432, 6379, 8080, 8443, 9200, 3306, 27017))),
            }[name]()
        self.values[key + "/" + (fmt or "")] = v
        return v


def _render(text: str, rec: _Record) -> tuple[str, list[dict]]:
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in _SLOT.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        name, idx, fmt = m.group(1), m.group(2) or "", m.group(3)
        if name in _LABELLED:
            v = rec.labelled(name, idx, fmt)
            spans.append({"start": length, "end": length + len(v), "type": _LABELLED[name], "value": v})
        else:
            v = rec.plain(name, idx, fmt)
        out.append(v)
        length += len(v)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def _complete(text: str, spans: list[dict]) -> bool:
    """Whether every whole-word occurrence of a labelled value (and of each part of a name) is labelled, and
    every span starts and ends at a word boundary."""
    covered = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            covered[i] = True
        before = text[s["start"] - 1:s["start"]]
        after = text[s["end"]:s["end"] + 1]
        if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
            return False
        if s["value"] != s["value"].strip() or s["value"][-1] in ".,;:":
            return False
    needles = {s["value"] for s in spans}
    for s in spans:
        if s["type"] == "PERSON":
            needles.update(t for t in re.split(r"[\s,.]+", s["value"]) if len(t) >= 3)
    for needle in sorted(needles):
        for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
            if not all(covered[m.start():m.end()]):
                return False
    return True


# ---------------------------------------------------------------- generation

def _templates(half: str) -> tuple[list[tuple], list[tuple]]:
    return (DEV_POS, DEV_NEG) if half == "dev" else (TEST_POS, TEST_NEG)


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default ``SIZES[half]``) of the ``dev`` or ``test`` half, the same for the same seed."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}")
    n = SIZES[half] if n is None else n
    r = Random(seed * 7 + (0 if half == "dev" else 3))
    pos_t, neg_t = _templates(half)
    n_pos = n // 2
    pos_order = list(pos_t)
    r.shuffle(pos_order)
    plan: list[tuple[str, tuple]] = [("positive", pos_order[i % len(pos_order)]) for i in range(n_pos)]
    by_class = {c: [t for t in neg_t if t[3] == c] for c in NEG_CLASSES}
    for ts in by_class.values():
        r.shuffle(ts)
    classes = list(NEG_CLASSES)
    r.shuffle(classes)
    for i in range(n - n_pos):
        c = classes[i % len(classes)]
        ts = by_class[c]
        plan.append(("negative", ts[(i // len(classes)) % len(ts)]))
    r.shuffle(plan)
    records = []
    for i, (kind, t) in enumerate(plan):
        name, lang, genre = t[0], t[1], t[2]
        body = t[-1]
        rec_seed = r.randrange(2 ** 32)
        for attempt in range(50):
            rr = Random(rec_seed + attempt * 1_000_003)
            text, spans = _render(body, _Record(half, lang, rr))
            if kind == "negative" or _complete(text, spans):
                break
        else:  # pragma: no cover - a template that never renders completely is a bug
            raise RuntimeError(f"template {name} never rendered with complete labels")
        if kind == "negative" and spans:
            raise RuntimeError(f"negative template {name} has labelled slots")
        meta = {"template": f"c7-{half}-{name}", "half": half, "kind": kind, "genre": genre, "lang": lang}
        if kind == "negative":
            meta["neg_class"] = t[3]
        records.append({"id": f"c7-{half}-{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


def main(argv: Sequence[str] | None = None) -> int:
    return write_half(generate, "Write one half of corpus 7 (workplace prompts) as JSONL.", DEFAULT_SEED,
                      argv)


# ---------------------------------------------------------------- templates
# Positive: (name, lang, genre, text).  Negative: (name, lang, genre, neg_class, text).

DEV_POS: list[tuple] = []
DEV_NEG: list[tuple] = []
TEST_POS: list[tuple] = []
TEST_NEG: list[tuple] = []

DEV_POS += [
    ("email-thread-reschedule", "en", "email", """\
Can you summarise this thread in three bullet points and draft a
short reply confirming the new date?

From: {P1} <{W1}>
Sent: {day}, {date.l} {time}
To: {P2} <{W2}>
Subject: RE: Onsite workshop - {prod}

Hi {P2.f},

Thanks for the quick turnaround. {date2.l} works for us, but {P3.f} from procurement can only join after
lunch. Could you ping her directly on {T3}? She asked me to share that number since her desk line is
being moved.

Best,
{P1.f}

--
{P1}
Senior Project Manager | {emp}
Mobile: {T1}

> On {date3.l}, {P2} wrote:
> Would {date2.l} suit your team? We could do the full day at the customer site.
"""),
    ("meeting-notes-standup", "en", "meeting_notes", """Turn these notes into a clean action list with owners
and due dates.

Weekly sync - {prod} rollout - {date.l}
Attendees: {P1}, {P2.i}, {P3}, {P4.f} (notes)

- {P1.f} reported the {co} integration is blocked on their sandbox credentials.
- {P2.l} will chase legal about the DPA; due {date2.l}.
- {P3.f} is out from next week (moving to {C3}), handover to {P4.f}.
- Budget: {amt} approved for {q}, {pct}% still uncommitted.
- AOB: {P4.f} to book the room for the retro.
"""),
    ("crm-export-leads", "en", "csv", """Clean up this CRM export: fix capitalisation, split the name column,
and flag duplicate companies.

lead_id,full_name,email,phone,company,city,status
{num},{P1.lo},{E1},{T1},{co},{C1},contacted
{num2},{P2.U},{E2},{T2},{co2},{C2},new
{num3},"{P3.r}",{E3},{T3},{co},{C3},qualified
"""),
    ("ticket-export-refund", "en", "ticket", """\
Summarise this support ticket for the weekly escalation report.
Keep it neutral.

Ticket {tkt} | Priority: High | Channel: e-mail
Requester: {P1} ({E1})
Opened: {date.l}

Customer message:
"I ordered the espresso machine (order {ord}) and it arrived broken. I've called twice on {T1} and nobody
called back. Please send the replacement to my new address: {A1}. - {P1.f}"

Agent note ({P2.i}): refund of {amt.s} approved by team lead {P3.l}. Awaiting courier pickup.
"""),
    ("hr-review-annual", "en", "hr_review", """Rewrite this performance review in a more constructive tone.
Keep the rating.

ANNUAL PERFORMANCE REVIEW {yr}
Employee: {P1.r}
Employee ID: {num}
Manager: {P2}
Department: Finance Operations

Summary: {P1.f} met most objectives for the year. The month-end close improved from 9 to 6 days. However,
{P1.f} missed two deadlines in {month} and needed reminders from {P2.f}. Peer feedback from {P3} was mixed.
Rating: 3 / 5 - Meets expectations.
Next steps: {P1.l} to complete the IFRS 16 training by {date.l}.
"""),
    ("sick-note-manager", "en", "sick_note", """Help me write a short, kind reply to this message from my team
member and tell me what I need to forward to HR.

Hi {P1.f}, it's {P2.f}. I've been to the doctor this morning and I'm signed off until {date.l} -
suspected pneumonia. The fit note is attached (it has my ID number {ID2} on it, not sure if that's a problem).
I'm at my parents' place in {C2} this week, best to reach me on {T2}. Sorry about the {prod} demo!
"""),
    ("complaint-delivery", "en", "complaint", """Classify this complaint (category, severity) and draft an
apology email.

Dear {emp} customer service,

My name is {P1} and I have been a customer for six years. On {date.l} I was told my parcel (tracking {trk})
would arrive by {day}. It is now two weeks later. Your driver apparently left it at {A1} - that is my old
address, I updated it online to {A1b}. Please call me on {T1} or email {E1}.
Date of birth for verification: {B1.l}.

Regards,
{P1.U}
"""),
    ("code-fixture-users", "en", "code", """Why does this pytest fixture fail with IntegrityError on the
second run?

```python
@pytest.fixture
def customer(db):
    return Customer.objects.create(
        first_name="{P1.f}",
        last_name="{P1.l}",
        email="{E1}",
        phone="{T1}",
        date_of_birth="{B1.iso}",
        card_number="{CC}",
    )

def test_invoice_total(customer):
    inv = make_invoice(customer, lines=3)
    assert inv.total == Decimal("{n}.00")
```
"""),
    ("log-lines-login", "en", "logs", """These auth logs came from prod this morning. Is this a credential
stuffing attack or just one confused user?

{date.iso}T03:12:44Z WARN auth login_failed user={E1} ip={IP} attempts=4
{date.iso}T03:12:51Z WARN auth login_failed user={E1} ip={IP} attempts=5
{date.iso}T03:13:02Z INFO auth lockout user={E1} ip={IP} until=+15m
{date.iso}T03:20:17Z INFO auth password_reset_requested user={E1} ip={IPV}
{date.iso}T03:21:40Z INFO auth login_ok user={E2} ip={IP2} mfa=totp
"""),
    ("sql-rows-customers", "en", "sql", """Write an UPDATE that normalises the phone numbers in these rows to
E.164. Rows from `SELECT * FROM customers WHERE region = 'EU' LIMIT 3;`

 id   | name              | email                     | phone           | dob
------+-------------------+---------------------------+-----------------+------------
 {num} | {P1}  | {E1}  | {T1}  | {B1.iso}
 {num2} | {P2}  | {E2}  | {T2}  | {B2.iso}
 {num3} | {P3}  | {E3}  | {T3}  | {B3.iso}
"""),
    ("json-payload-signup", "en", "json", """The API returns 422 for this payload. Which field is invalid?

POST /v2/accounts
{
  "plan": "business-annual",
  "owner": {
    "firstName": "{P1.f}",
    "lastName": "{P1.l}",
    "email": "{E1}",
    "phone": "{T1}",
    "birthDate": "{B1.iso}",
    "address": "{A1}"
  },
  "billing": {"iban": "{IBAN}", "vatId": "{vat}"},
  "clientIp": "{IP}"
}
"""),
    ("slack-password-share", "en", "slack", """Can you rewrite our onboarding checklist based on this thread?
Also tell me if anything here should not have been posted.

#it-help
{P1.fl} [{time}] anyone know the wifi pw for the 3rd floor guest network?
{P2.f} [{time2}] it's {PW} - rotate it next month pls
{P1.fl} [{time2}] thx! also {P3.f} asked for the staging api key
{P2.f} [{time3}] @{P3.fl} here: {KEY}
{P3.f} [{time3}] got it, will put it in the vault
"""),
    ("call-transcript-insurance", "en", "call_transcript", """Summarise this call transcript into a claim note
(who, what happened, next step).

[00:00:03] Agent: Thank you for calling {emp}, this is {P1.f}. Can I have your full name?
[00:00:07] Caller: Yes, it's {P2}.
[00:00:09] Agent: And your date of birth, please?
[00:00:11] Caller: {B2.l}.
[00:00:15] Agent: Thank you, {P2.i}. What's the address on the policy?
[00:00:18] Caller: {A2}.
[00:00:25] Caller: Someone reversed into my car on {date.l} in a car park. I've got the other driver's
name, {P3}, and his number, {T3}.
[00:00:41] Agent: I'll open claim {tkt} and a handler will call you back on {T2}.
"""),
    ("onboarding-form-ssn", "en", "hr_form", """\
Check this new-hire form for missing fields before I send it to
payroll.

NEW HIRE - US PAYROLL
Legal name: {P1}
Preferred name: {P1.f}
SSN: {SSN}
Date of birth: {B1}
Home address: {A1}
Personal email: {E1}
Phone: {T1}
Start date: {date.l}
Direct deposit: card on file ending in - see attached
Emergency contact: {P2} ({T2})
"""),
    ("listing-owner", "en", "real_estate", """\
Make this listing more appealing for our website. Remove anything
a buyer doesn't need.

FOR SALE - 3-bed semi-detached, garden, garage
Asking price: {amt.k}
Address: {A1}
Owner: {P1} (selling due to relocation to {C1b}), contact via agent or directly on {T1} / {E1}
Viewings: {day}s after 5pm, key with the neighbour, {P2.f}.
EPC rating C. Freehold. Chain-free.
"""),
    ("visa-letter-foreign", "en", "email", """Please proofread this invitation letter for a visa application.

Dear Sir or Madam,

We hereby invite {X1}, passport number {PASS1}, to our headquarters for the {prod} training from {date.l}
to {date2.l}. {X1} will be accompanied by our colleague {P2}, who can be reached at {W2} or {T2}.
{emp} will cover travel and accommodation.

Yours faithfully,
{P3}
Head of People, {emp}
"""),
    ("offer-letter-de", "de", "offer_letter", """\
Bitte formuliere dieses Angebotsschreiben etwas wärmer, Inhalt
bleibt gleich.

Sehr geehrte Frau {P1.l},

wir freuen uns, Ihnen die Position als Data Engineer (m/w/d) bei der {emp} GmbH anzubieten.
Eintrittsdatum: {date.l}
Jahresbruttogehalt: {amt.k}
Arbeitsort: hybrid (drei Tage Büro)

Bitte senden Sie die unterschriebene Vereinbarung bis {date2.l} an {P2} ({W2}) zurück.
Für Rückfragen erreichen Sie Herrn {P2.l} unter {T2}.

Mit freundlichen Grüßen
{P3}
Personalabteilung
"""),
    ("sick-note-de", "de", "insurance_form", """Kannst du mir aus dieser Krankmeldung die Felder für unser
HR-Tool extrahieren (Name, Zeitraum, Kasse)?

Arbeitsunfähigkeitsbescheinigung
Krankenkasse: AOK Bayern
Name, Vorname: {P1.r}
geb. am: {B1}
Anschrift: {A1}
Versicherten-Nr.: {ID1}
arbeitsunfähig seit: {date}
voraussichtlich bis: {date2}
Arzt: Dr. med. {P2}, Praxis {A2}
"""),
    ("whatsapp-de", "de", "whatsapp", """Fass den Chat kurz zusammen, ich war im Urlaub.

[{date}, {time}] {P1.f}: Leute, {P2.f} hat sich krank gemeldet, wer übernimmt morgen die Frühschicht?
[{date}, {time2}] {P3}: Ich kann, aber erst ab 8
[{date}, {time2}] {P1.f}: Danke {P3.f}! Die neue Handynummer von {P2.f} ist übrigens {T2}
[{date}, {time3}] {P4.f}: Schickt mir jemand die Adresse vom Kunden? {P5} wohnt jetzt in {A5}
[{date}, {time3}] {P1.f}: 👍
"""),
    ("legal-letter-fr", "fr", "legal_letter", """Peux-tu vérifier le ton de cette mise en demeure et proposer
une version plus ferme ?

{P1}
{A1}
{E1}

Objet : Mise en demeure - facture {inv}

Madame, Monsieur,

Malgré mes relances du {date.l} et du {date2.l}, la somme de {amt} reste impayée. Je vous rappelle que
le contrat signé par {P2.LF}, gérant, prévoyait un paiement à 30 jours.
Sans règlement sous huit jours sur le compte {IBAN}, je saisirai le tribunal compétent.

{P1.fL}
"""),
    ("cv-fr", "fr", "cv", """Adapte ce CV pour une candidature chez {co} (poste : chef de projet logistique).

{P1.U}
{A1} - {T1} - {E1}
Née le {B1.l} à {C1b}

EXPÉRIENCE
{yr} - aujourd'hui  Responsable d'entrepôt, {emp}
2016 - {yr}  Adjointe logistique, {co2}

FORMATION
Master Supply Chain (IAE)

Références : {P2}, directeur des opérations ({T2})
"""),
    ("invoice-fr", "fr", "invoice", """Vérifie les totaux de cette facture et dis-moi si la TVA est correcte.

FACTURE N° {inv}
Émise le {date}
Client : {P1}
Adresse de facturation : {A1}
N° TVA fournisseur : {vat}

Désignation                     Qté    PU HT
Audit énergétique logement       1     {amt.s}
Déplacement                      1     {amt2.s}

Règlement par virement : IBAN {IBAN}
Contact : {P2}, {T2}
"""),
    ("complaint-es", "es", "complaint", """Redacta una respuesta formal a esta reclamación y clasifícala.

Asunto: Reclamación pedido {ord}

Buenos días:

Me llamo {P1} y el día {date.l} compré una lavadora en su tienda online. Me cobraron dos veces en
la tarjeta {CC}. Ya hablé con su compañera {P2.f} por teléfono pero no me han devuelto el dinero.
Pueden contactarme en el {T1} o en {E1}. Mi dirección es {A1}.

Atentamente,
{P1}
DNI {ID1}
"""),
    ("minutes-es", "es", "meeting_notes", """Convierte esta acta en un resumen de cinco líneas para dirección.

ACTA REUNIÓN COMITÉ DE SEGURIDAD - {date.l}
Asistentes: {P1}, {P2}, {P3.i}
Excusa su asistencia: {P4}

1. Accidente en el almacén: el operario {P5} sufrió un corte leve. Baja hasta el {date2.l}.
2. {P2.f} presenta el nuevo plan de evacuación.
3. Se acuerda que {P1.l} revise los EPIs con {co} antes del {q}.
"""),
    ("tsv-payroll-es", "es", "tsv", """Ordena esta tabla por fecha de alta y calcula la antigüedad media.

nombre\tapellidos\tfecha_nacimiento\tIBAN\ttelefono\talta
{P1.f}\t{P1.l}\t{B1}\t{IBAN}\t{T1}\t{date}
{P2.f}\t{P2.l}\t{B2}\t{IBAN2}\t{T2}\t{date2}
{P3.f}\t{P3.l}\t{B3}\t{IBAN3}\t{T3}\t{date3}
"""),
    ("claim-it", "it", "insurance_form", """\
Riassumi questa denuncia di sinistro e indica i documenti mancanti.

DENUNCIA DI SINISTRO - Polizza RCA n. {num}
Contraente: {P1}
Codice fiscale: {ID1}
Nato/a il: {B1}
Residenza: {A1}
Telefono: {T1}  E-mail: {E1}

Descrizione: il {date} alle {time}, all'incrocio davanti alla sede {co}, il veicolo condotto da
{P2} ha urtato la mia auto. Testimone: {P3}, tel. {T3}.
"""),
    ("school-letter-it", "it", "school_letter", """\
Traduci in inglese questa comunicazione per una famiglia appena
arrivata.

Gentili genitori di {P1},

vi informiamo che la gita al museo della scienza del {date.l} richiede l'autorizzazione firmata entro {day}.
La quota di {amt.s} può essere versata sull'IBAN della scuola.
Per allergie o esigenze particolari contattate la docente referente, prof.ssa {P2.l}, al {T2}.

Cordiali saluti,
{P3}
Dirigente scolastico
"""),
    ("teams-nl", "nl", "teams", """Kun je uit deze Teams-chat de afspraken halen?

[{time}] {P1}: Hoi, de klant belde net, {P2} wil de offerte voor {prod} vóór {day}
[{time}] {P3.f}: Welk nummer heeft ze?
[{time2}] {P1}: {T2}, of mailen naar {E2}
[{time2}] {P3.f}: Top. Ze woont toch in {C2}? Dan plan ik het bezoek op dezelfde dag als {co}
[{time3}] {P1.f}: Klopt
"""),
    ("rental-nl", "nl", "contract", """Controleer dit huurcontract op ontbrekende clausules.

HUUROVEREENKOMST WOONRUIMTE
Verhuurder: {P1}, wonende te {A1}
Huurder: {P2}, geboren op {B2}, BSN {ID2}
Het gehuurde: {A1b}
Ingangsdatum: {date.l}
Huurprijs: {amt.s} per maand, te voldoen op rekening {IBAN}
Getekend op {date2}
"""),
    ("shipping-label-pt", "pt", "shipping_label", """\
Este texto veio de uma etiqueta digitalizada. Corrige os erros
de OCR e formata como endereço postal.

REMETENTE: {emp} - Armazém {city}
DESTINATÁRIO: {P1.U}
{A1}
Tel.: {T1}
Encomenda {ord}  Peso 2,4 kg
Obs.: entregar a {P2} (vizinha) se ausente
"""),
    ("bank-statement-pt", "pt", "bank_statement", """Categoriza estes movimentos (supermercado, renda, etc.) e
soma por categoria.

Extrato de conta - {P1}
IBAN: {IBAN}
NIF: {ID1}
Período: {month} {yr}

{date}  Transferência para {P2}          -{amt.s}
{date2}  Compra {co}                  -{amt2.s}
{date3}  Ordenado {emp}                  +{amt3}
{date4}  MB WAY de {P3}             +{amt4.s}
"""),
    ("cv-pl", "pl", "cv", """Przetłumacz to CV na angielski i skróć do jednej strony.

{P1}
Data urodzenia: {B1}
Adres: {A1}
Tel.: {T1} | {E1}

Doświadczenie:
{yr} - obecnie: Księgowa, {emp}
2015 - {yr}: Asystentka biura rachunkowego, {co}

Referencje: {P2.i}, kierownik działu ({E2})
"""),
    ("markdown-team-pl", "pl", "markdown_table", """Uzupełnij brakujące kolumny i posortuj według działu.

| Imię i nazwisko | Dział | E-mail | Telefon | PESEL |
|---|---|---|---|---|
| {P1} | Sprzedaż | {W1} | {T1} | {ID1} |
| {P2} | IT | {W2} | {T2} | {ID2} |
| {P3} | Logistyka | {W3} | | {ID3} |
"""),
    ("school-letter-sv", "sv", "school_letter", """Skriv om det här brevet till föräldrarna så att det blir
kortare och tydligare.

Hej vårdnadshavare till {P1} i klass 4B,

Vi vill påminna om utvecklingssamtalet {day} {date.l} kl. {time}. Om tiden inte passar, kontakta
klassläraren {P2} på {W2} eller {T2}.
{P1.f} har glömt sin matsäck två gånger den här månaden, så kolla gärna väskan.

Med vänliga hälsningar
{P3}, rektor
"""),
    ("email-sv", "sv", "email", """Sammanfatta mejlet och föreslå ett svar.

Från: {P1} <{E1}>
Till: {P2.r}
Ämne: Uppsägning av hyresavtal

Hej {P2.f},

Jag flyttar till {C1b} den {date.l} och säger därför upp mitt avtal för lägenheten på {A1}.
Depositionen kan sättas in på mitt konto, personnummer {ID1} om ni behöver det.

Mvh
{P1.f}
{T1}
"""),
    ("complaint-tr", "tr", "complaint", """Bu müşteri şikayetini özetle ve kibar bir yanıt taslağı yaz.

Konu: {ord} numaralı sipariş

Merhaba,

Ben {P1}. {date.l} tarihinde verdiğim sipariş hâlâ gelmedi. Kargo firması adresimi bulamadığını
söylüyor ama adresim açık: {A1}. Telefonum {T1}, e-posta {E1}.
Müşteri temsilciniz {P2.f} Hanım geri dönüş yapacağını söylemişti.

Saygılarımla,
{P1.U}
"""),
    ("hr-form-tr", "tr", "hr_form", """Bu personel formundaki eksik alanları listele.

PERSONEL BİLGİ FORMU
Adı Soyadı: {P1}
T.C. Kimlik No: {ID1}
Doğum Tarihi: {B1}
Doğum Yeri: {C1b}
İkamet Adresi: {A1}
Cep Telefonu: {T1}
Acil Durumda Aranacak Kişi: {P2} - {T2}
Banka IBAN: {IBAN}
"""),
]

DEV_NEG += [
    # business_email
    ("be-q-pricing", "en", "email", "business_email", """Make this email shorter and more assertive.

Hi team,

Quick update on the {co} renewal: procurement came back asking for a {pct}% discount on the three-year
term. Our floor is {pct2}%. The CFO wants a decision before the board meeting on {date.l}, so please get me
your numbers for {prod} by {day}. Invoice {inv} from last year is still open, finance is chasing.

Thanks,
Account team EMEA
"""),
    ("be-vendor-onboarding", "en", "email", "business_email", """Draft a polite reply to this vendor.

Dear customer,

Thank you for choosing {emp}. To complete your supplier onboarding, please upload your certificate of
incorporation and VAT registration ({vat}) to the portal before {date.l}. Purchase order {ord} will be
released once the compliance check is done. If you have questions, reply to this message and our
onboarding desk will get back to you within two business days.

Kind regards,
Supplier Management
"""),
    ("be-outage-postmortem", "en", "email", "business_email", """\
Proofread this customer-facing incident email.

Subject: Service disruption on {date.l} - summary

Dear customers,

Between {time} and {time2} UTC on {date.l}, some users of the {prod} dashboard saw timeouts. The cause was a
misconfigured load balancer in our Frankfurt region after release {ver}. No data was lost. We have added an
automated check and will publish the full post-incident review (ticket {tkt}) by {day}.

We apologise for the inconvenience.
The {emp} Operations Team
"""),
    ("be-event-invite", "en", "email", "business_email", """Translate this invitation into German and French.

Hello everyone,

You're invited to our {q} partner summit, hosted together with {co} and {co2}. Agenda: keynote by our CEO,
roadmap for {prod}, and a panel with the heads of sales from three regions. Lunch is sponsored by
Ferrero. Please register by {date.l}; places are limited to {n}0 per partner.

See you there,
Partner Marketing
"""),
    ("be-de-lieferverzug", "de", "email", "business_email", """\
Formuliere diese Mail freundlicher, aber bestimmt.

Sehr geehrte Damen und Herren,

die mit Bestellung {ord} zugesagte Lieferung von {n}00 Einheiten {sku} ist bis heute nicht bei uns im
Zentrallager eingegangen. Laut Auftragsbestätigung vom {date.l} war der Liefertermin KW {n}.
Bitte teilen Sie uns bis {day} einen verbindlichen Termin mit, andernfalls müssen wir auf {co} ausweichen.

Mit freundlichen Grüßen
Einkauf, {emp} GmbH
"""),
    ("be-fr-relance", "fr", "email", "business_email", """Peux-tu rendre ce mail plus concis ?

Bonjour à toutes et à tous,

Petit rappel : la clôture des notes de frais du mois de {month} est fixée au {date.l}. Passé ce délai,
les dépenses seront reportées sur le mois suivant. Le service comptable rappelle que les factures {co} doivent
comporter notre numéro de TVA intracommunautaire ({vat}).

Merci à tous,
La direction financière
"""),
    ("be-es-propuesta", "es", "email", "business_email", """Mejora la redacción de este correo comercial.

Estimado cliente:

Adjuntamos la propuesta económica para la implantación de {prod} en sus centros de {city} y {city2}.
El importe total asciende a {amt} (IVA no incluido), con un plazo de entrega de {n} semanas desde la firma.
La oferta tiene validez hasta el {date.l}. Quedamos a su disposición para cualquier aclaración.

Un cordial saludo,
Departamento Comercial
"""),
    ("be-it-ordine", "it", "email", "business_email", """Rendi questa email più professionale.

Buongiorno,

confermiamo la ricezione dell'ordine {ord} per {n} pallet di pasta Barilla formato 500 g. La consegna al
vostro centro distributivo è prevista per {day} {date.l}. Vi ricordiamo che il pagamento è a 60 giorni data
fattura. Per variazioni rispondete a questa email indicando il numero d'ordine.

Cordiali saluti,
Ufficio Vendite
"""),
    ("be-nl-factuur", "nl", "email", "business_email", """Vertaal deze mail naar het Engels.

Beste relatie,

Hierbij ontvangt u factuur {inv} voor de geleverde diensten in {month}. Het totaalbedrag van {amt} dient
binnen 30 dagen te worden voldaan onder vermelding van het factuurnummer. Ons btw-nummer is {vat}.
Heeft u vragen over deze factuur? Neem dan contact op met onze debiteurenadministratie.

Met vriendelijke groet,
Team Finance
"""),
    ("be-pt-reuniao", "pt", "email", "business_email", """Resume este email em duas frases.

Olá a todos,

A reunião trimestral de resultados passa para {day}, {date.l}, às {time}, na sala Tejo. Vamos rever as vendas
do {q}, o lançamento de {prod} e a parceria com a Sonae. O diretor comercial pede que cada equipa traga
três slides no máximo.

Obrigado,
Direção de Operações
"""),
    # report_and_numbers
    ("rn-kpi-summary", "en", "report", "report_and_numbers", """\
Turn these numbers into a one-paragraph summary
for the exec newsletter.

{q} {yr} KPIs - {prod}
Revenue: {amt} (+{pct}% YoY)
Gross margin: {pct2}%
Active accounts: {num}
Churn: {pct3}% (target < 3%)
NPS: {n}
Largest new logo: {co}; largest expansion: {co2}
"""),
    ("rn-budget-variance", "en", "report", "report_and_numbers", """Explain the variance in plain language for
the department heads.

Budget vs actuals, {month} {yr}
Cost centre 4410 (Marketing): budget {amt}, actual {amt2}
Cost centre 5120 (IT): budget {amt3}, actual {amt4}
Main drivers: the {co} sponsorship was invoiced early (invoice {inv}); cloud spend rose {pct}% after
the {prod} launch. Headcount unchanged at {n} FTE.
"""),
    ("rn-survey-results", "en", "report", "report_and_numbers", """Write three insights from this survey.

Employee engagement survey {yr} - response rate {pct}%
"I would recommend the company as a place to work": {pct2}% agree
"My manager gives useful feedback": {pct3}% agree
Lowest score: career development ({pct4}%)
Highest score: team collaboration
Benchmarks from the consultancy (Gallup-style sample, {num} respondents) attached.
"""),
    ("rn-sales-forecast", "en", "report", "report_and_numbers", """Sanity-check this forecast. Anything
unrealistic?

Pipeline as of {date.l}
Commit: {amt}
Best case: {amt2}
Weighted pipeline: {amt3}
Deals > $500k: {n} (two with {co}, one with {co2})
Win rate trailing four quarters: {pct}%
Average sales cycle: {n2} days
"""),
    ("rn-pl-raport", "pl", "report", "report_and_numbers", """Napisz krótkie podsumowanie tego raportu dla
zarządu.

Raport sprzedaży - {q} {yr}
Przychody: {amt} (+{pct}% r/r)
Liczba zamówień: {num}
Średnia wartość koszyka: {amt2.s}
Najlepszy kanał: Allegro ({pct2}% sprzedaży)
Zwroty: {pct3}%, głównie kategoria elektronika
"""),
    ("rn-sv-rapport", "sv", "report", "report_and_numbers", """Gör en kort sammanfattning av siffrorna.

Månadsrapport {month} {yr}
Omsättning: {amt}
Rörelsemarginal: {pct}%
Antal nya kunder: {n}
Leveransprecision: {pct2}%
Största kund: Volvo, följt av Electrolux
Nästa uppföljning: {date.l}
"""),
    ("rn-tr-rapor", "tr", "report", "report_and_numbers", """Bu rakamları yönetim için kısa bir paragrafa
dönüştür.

{yr} {q} Satış Raporu
Toplam ciro: {amt}
Geçen yıla göre artış: %{pct}
Bayi sayısı: {n}
En çok satan ürün: Arçelik çamaşır makinesi serisi
İade oranı: %{pct2}
Rapor tarihi: {date.l}
"""),
    ("rn-de-quartal", "de", "report", "report_and_numbers", """\
Bitte fasse die Kennzahlen in drei Sätzen zusammen.

Quartalsbericht {q}/{yr}
Umsatz: {amt} (Vorjahr: {amt2})
EBIT-Marge: {pct} %
Auftragseingang: {amt3}
Mitarbeitende (FTE): {num}
Größter Neukunde: Würth; Projekt {prod} im Plan, Abnahme am {date.l}
"""),
    ("rn-fr-bilan", "fr", "report", "report_and_numbers", """Rédige un commentaire de gestion à partir de ces
chiffres.

Bilan mensuel - {month} {yr}
Chiffre d'affaires : {amt}
Marge brute : {pct} %
Taux de service : {pct2} %
Ruptures de stock : {n} références
Principaux clients : Carrefour, Decathlon
"""),
    ("rn-es-cuadro", "es", "report", "report_and_numbers", """Interpreta estos datos para el comité.

Cuadro de mando {q} {yr}
Facturación: {amt}
EBITDA: {amt2}
Plantilla media: {num} empleados
Absentismo: {pct} %
Cliente principal: Mercadona ({pct2} % de la facturación)
"""),
    # code_and_logs
    ("cl-stacktrace", "en", "code", "code_and_logs", """Why does this crash on startup?

Traceback (most recent call last):
  File "/srv/app/main.py", line 42, in <module>
    app = create_app(settings)
  File "/srv/app/factory.py", line 118, in create_app
    db.init_pool(settings.DATABASE_URL, size=settings.POOL_SIZE)
  File "/srv/app/db.py", line 27, in init_pool
    raise ConfigError("pool size must be > 0, got %d" % size)
app.errors.ConfigError: pool size must be > 0, got 0
"""),
    ("cl-sql-migration", "en", "sql", "code_and_logs", """Review this migration. Will it lock the table?

ALTER TABLE invoices ADD COLUMN vat_rate NUMERIC(5,2) NOT NULL DEFAULT 19.00;
CREATE INDEX CONCURRENTLY idx_invoices_customer_id ON invoices (customer_id);
UPDATE invoices SET vat_rate = 21.00 WHERE country_code = 'NL' AND issued_at >= '{date.iso}';
-- ticket {tkt}, release {ver}
"""),
    ("cl-k8s-logs", "en", "logs", "code_and_logs", """What is going wrong in these pod logs?

{date.iso}T08:01:12Z payments-api-7d9f {sha} INFO  starting worker pool size=8
{date.iso}T08:01:13Z payments-api-7d9f {sha} WARN  redis connection refused host=cache.internal port={port}
{date.iso}T08:01:18Z payments-api-7d9f {sha} ERROR retry budget exhausted request_id={uuid}
{date.iso}T08:01:18Z payments-api-7d9f {sha} INFO  readiness probe failed, restarting (attempt 3)
"""),
    ("cl-github-actions", "en", "code", "code_and_logs", """Why is this workflow not caching dependencies?

name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: pytest -q --maxfail=1
"""),
    ("cl-it-codice", "it", "code", "code_and_logs", """Perché questa funzione restituisce sempre zero?

def calcola_iva(imponibile: Decimal, aliquota: int = 22) -> Decimal:
    # aliquota ordinaria, vedi circolare interna {tkt}
    iva = imponibile * (aliquota // 100)
    return iva.quantize(Decimal("0.01"))

assert calcola_iva(Decimal("{n}0.00")) == Decimal("0.00")
"""),
    ("cl-nl-logregels", "nl", "logs", "code_and_logs", """Wat betekenen deze foutmeldingen?

[{date.iso} {time}:02] ERROR OrderService - Bestelling {ord} kon niet worden verwerkt: voorraad ontoereikend
[{date.iso} {time}:05] WARN  VoorraadSync - Magazijn Tilburg reageert niet (timeout 30s)
[{date.iso} {time}:09] INFO  Retry 2/5 voor job {uuid}
"""),
    ("cl-pt-api", "pt", "code", "code_and_logs", """Este endpoint devolve 500. O que está errado?

@app.get("/v1/encomendas/<int:encomenda_id>")
def obter_encomenda(encomenda_id):
    encomenda = Encomenda.query.get(encomenda_id)
    return jsonify(encomenda.to_dict())  # AttributeError quando não existe

# log: GET /v1/encomendas/{num} 500 {n}ms build {sha}
"""),
    ("cl-pl-skrypt", "pl", "code", "code_and_logs", """Popraw ten skrypt bash, żeby nie kasował katalogu, gdy
zmienna jest pusta.

#!/usr/bin/env bash
set -e
BACKUP_DIR=/var/backups/erp
rm -rf "$BACKUP_DIR/$OLD_RELEASE"
tar czf "$BACKUP_DIR/erp-{ver}.tgz" /opt/erp
echo "kopia gotowa: erp-{ver}.tgz ({date.iso})"
"""),
    ("cl-sv-fel", "sv", "logs", "code_and_logs", """Förklara felet och föreslå en lösning.

{date.iso} {time}:41 ERROR fakturering.export: Kunde inte skapa PDF för faktura {inv}
java.lang.NullPointerException: Cannot invoke "String.length()" because "momsNummer" is null
    at se.exempel.fakturering.PdfBuilder.build(PdfBuilder.java:88)
    at se.exempel.fakturering.ExportJob.run(ExportJob.java:41)
"""),
    ("cl-tr-hata", "tr", "code", "code_and_logs", """Bu sorgu neden yavaş çalışıyor?

SELECT s.siparis_no, s.tutar, u.urun_adi
FROM siparisler s
JOIN urunler u ON u.id = s.urun_id
WHERE s.olusturma_tarihi >= '{date.iso}'
  AND u.kategori LIKE '%beyaz eşya%'
ORDER BY s.tutar DESC;
-- EXPLAIN: Seq Scan on siparisler (rows={num})
"""),
]

DEV_NEG += [
    # places_as_context
    ("pc-warehouse-move", "en", "email", "places_as_context", """Write a customer notice about this change.

From {date.l}, all EU orders will ship from the Rotterdam warehouse instead of Leipzig. Orders to the UK
and Ireland continue to ship from our Manchester hub. Delivery times to Scandinavia improve by one day;
Southern Italy and the Greek islands may take up to {n} working days. Our Lisbon office keeps handling
returns for Spain and Portugal.
"""),
    ("pc-expansion-plan", "en", "report", "places_as_context", """\
Summarise the expansion options for the board.

Option A: open a sales office in Warsaw (cost {amt}, covers Poland and the Baltics)
Option B: expand the existing Dublin office (cost {amt2}, time zone overlap with New York)
Option C: partner with a distributor in Istanbul for Turkey and the Caucasus
The COO prefers A; EMEA sales prefers B. Decision at the offsite in Lisbon on {date.l}.
"""),
    ("pc-travel-policy", "en", "policy", "places_as_context", """Make this travel guidance easier to read.

Trips between London and Paris must be booked by train. For Frankfurt, Munich and Zurich, rail is
preferred when the journey is under five hours. Hotels in New York and San Francisco are capped at
$350 per night; in Madrid, Milan and Amsterdam at €220. Conference travel to Las Vegas needs VP approval.
"""),
    ("pc-landmark-event", "en", "email", "places_as_context", """Create a short agenda from this event email.

Our annual sales kick-off takes place at the convention centre next to Martin Luther King Jr. Memorial
Park on {date.l}. Shuttles leave from the Union Station hotel block at {time}. Evening dinner is at the
Lincoln Center terrace. Remote colleagues from the Austin and Toronto hubs can join via the livestream.
"""),
    ("pc-de-standorte", "de", "report", "places_as_context", """\
Erstelle daraus eine kurze Übersicht für das Intranet.

Standortkonsolidierung {yr}:
- Die Niederlassung Hannover wird in den Standort Hamburg integriert.
- Das Logistikzentrum in Kassel bleibt bestehen und übernimmt die Belieferung von Nordhessen und Thüringen.
- Der Vertrieb Süd zieht in das neue Büro am Münchner Ostbahnhof.
- Für die Kunden in Österreich bleibt Wien Ansprechpartner.
"""),
    ("pc-fr-livraison", "fr", "email", "places_as_context", """\
Traduis ce message pour nos partenaires en Espagne.

Chers partenaires,

À compter du {date.l}, les livraisons vers la Corse et les DOM-TOM passeront par notre plateforme de
Marseille. Les commandes pour la Belgique et le Luxembourg seront préparées à Lille. Notre agence de
Bordeaux fermera pendant les travaux de la place Gambetta.
"""),
    ("pc-es-ruta", "es", "report", "places_as_context", """Optimiza esta ruta de reparto.

Ruta {n}: salida del centro logístico de Getafe a las {time}.
Paradas: polígono industrial de Alcalá de Henares, mercado central de Valencia, puerto de Sagunto.
Regreso por la A-3. Incidencia habitual: obras en la avenida de la Constitución en Valencia.
"""),
    ("pc-it-filiali", "it", "report", "places_as_context", """Riassumi questo piano in tre punti.

Piano filiali {yr}: chiusura della filiale di Pavia e accorpamento con Milano Centrale; apertura di un nuovo
punto vendita in via Garibaldi a Torino (centro storico); potenziamento del magazzino di Bologna
Interporto per servire Emilia-Romagna e Marche.
"""),
    ("pc-nl-vestigingen", "nl", "email", "places_as_context", """Maak hier een korte nieuwsbrieftekst van.

Vanaf {date.l} verhuist ons klantcontactcentrum van Amersfoort naar Utrecht Leidsche Rijn. De showroom in
Eindhoven blijft open, en voor klanten in Vlaanderen blijft het kantoor in Antwerpen het aanspreekpunt.
Het distributiecentrum in Venlo levert voortaan ook aan Duitsland.
"""),
    ("pc-pt-lojas", "pt", "report", "places_as_context", """Resume este plano para a equipa de vendas.

Abertura de lojas {yr}: Braga (Avenida da Liberdade), Coimbra (Baixa) e Faro. A loja do Porto no Bolhão
fecha para obras em {month}. O armazém da Azambuja passa a abastecer também o Alentejo e o Algarve.
"""),
    # brands_and_products
    ("bp-competitor-scan", "en", "report", "brands_and_products", """Compare these competitors in a table.

Coffee machines, mid-range segment:
- Philips 3200 series: strong in Benelux, LatteGo system, {amt.s}
- De'Longhi Magnifica: market leader in Italy
- Siemens EQ.6: premium positioning, bundled with Bosch appliances in retail
- Krups Evidence: discounted heavily at MediaMarkt during Black Friday
Our product {prod} launches in {q} at {amt2.s}.
"""),
    ("bp-retail-listing", "en", "email", "brands_and_products", """Rewrite this as a product listing brief.

We need new copy for the {prod} running shoe before it goes live on Zalando and at Decathlon stores.
Emphasise the Michelin rubber outsole and the Gore-Tex lining. Avoid comparisons with Adidas Ultraboost or
Nike Pegasus. Launch SKU {sku}, RRP {amt.s}, embargo until {date.l}.
"""),
    ("bp-press-release", "en", "press", "brands_and_products", """Tighten this press release draft.

{emp} and Johnson & Johnson announce a distribution partnership for the {prod} wound-care line across
{n} European markets. The agreement follows last year's pilot with Goldman Sachs-backed logistics provider
Stratus Mobility. Financial terms were not disclosed. The product will be available from {month} {yr}.
"""),
    ("bp-media-plan", "en", "report", "brands_and_products", """Suggest where to cut 20% from this media plan.

Channel mix {q}: YouTube pre-roll {pct}%, Instagram Reels {pct2}%, Spotify audio ads, out-of-home at
Heathrow Terminal 5, sponsorship of the Ferrari F1 fan zone. Creative agency: Ogilvy. Measurement by
Nielsen. Total budget {amt}.
"""),
    ("bp-pl-asortyment", "pl", "email", "brands_and_products", """Przeredaguj ten mail do dostawcy.

Dzień dobry,

w związku z promocją w {month} prosimy o zwiększenie dostaw czekolad Wedel oraz kawy Tchibo o {pct}%.
Produkty powinny trafić do centrum dystrybucyjnego przed {date.l}. Ekspozycja w sklepach Żabka będzie
przygotowana przez agencję merchandisingową.

Pozdrawiamy,
Dział Zakupów
"""),
    ("bp-sv-lansering", "sv", "report", "brands_and_products", """Skriv en kort pressnotis utifrån detta.

Lansering av {prod} {month} {yr}: finns hos IKEA, Biltema och på Elgiganten.se. Produkten bygger på
Ericssons nya modul och tillverkas i samarbete med Husqvarna. Rekommenderat pris {amt.s}.
"""),
    ("bp-tr-urun", "tr", "report", "brands_and_products", """Bu ürün karşılaştırmasını tabloya dök.

Buzdolabı segmenti: Arçelik, Beko, Vestel ve Bosch. Vestel fiyat avantajıyla öne çıkıyor, Beko ihracatta
güçlü, Arçelik servis ağında lider. Bizim {prod} modelimiz {month} ayında {amt.s} fiyatla raflarda olacak.
"""),
    ("bp-de-markenrecht", "de", "email", "brands_and_products", """\
Fasse die Punkte für die Rechtsabteilung zusammen.

Hallo zusammen,

der Name {prod} ist laut Recherche in Klasse 9 frei, aber Miele und Vorwerk haben ähnliche Marken für
Haushaltsgeräte angemeldet. Die Agentur schlägt vor, bei Porsche Design nach einer Lizenz zu fragen.
Frist für den Widerspruch beim DPMA: {date.l}.

Viele Grüße
Produktmanagement
"""),
    ("bp-fr-gamme", "fr", "report", "brands_and_products", """Rédige une fiche produit à partir de ces notes.

Gamme {prod} : biscuits sans huile de palme, distribués chez Carrefour, Leclerc et Monoprix. Concurrents
directs : LU (Mondelez), Bonne Maman, St Michel. Prix public conseillé : {amt.s}. Lancement en {month}.
"""),
    ("bp-es-campana", "es", "email", "brands_and_products", """Mejora este briefing de campaña.

Hola equipo,

La campaña de verano de {prod} se activará en El Corte Inglés y en la web de Carrefour a partir del
{date.l}. Queremos evitar cualquier parecido con la campaña de Estrella Damm del año pasado. Presupuesto:
{amt}. Agencia: la misma que trabajó con Zara en {yr}.

Gracias,
Marketing
"""),
]

DEV_NEG += [
    # tables
    ("tb-csv-orders", "en", "csv", "tables", """Find the orders that shipped late in this export.

order_id,customer_account,sku,qty,promised,shipped,warehouse
{ord},ACC-{num},{sku},{n},{date.iso},{date2.iso},Rotterdam
{ord2},ACC-{num2},{sku2},{n2},{date3.iso},{date4.iso},Leipzig
{ord3},ACC-{num3},{sku},{n3},{date5.iso},{date6.iso},Rotterdam
"""),
    ("tb-markdown-roadmap", "en", "markdown_table", "tables", """Turn this roadmap table into a status update.

| Epic | Owner team | Target | Status |
|---|---|---|---|
| {prod} SSO | Platform | {q} {yr} | on track |
| Billing v{ver} | Payments | {date.l} | at risk |
| {prod2} mobile app | Mobile | {q2} {yr} | not started |
| EU data residency | Infrastructure | {date2.l} | done |
"""),
    ("tb-tsv-pricing", "en", "tsv", "tables", """Calculate the margin per row and flag anything under 20%.

sku\tproduct\tsupplier\tcost\tprice
{sku}\tEspresso beans 1kg\tLavazza\t{amt.s}\t{amt2.s}
{sku2}\tOat drink 1L\tOatly\t{amt3.s}\t{amt4.s}
{sku3}\tPaper cups 12oz\tHuhtamaki\t{amt5.s}\t{amt6.s}
"""),
    ("tb-sla-table", "en", "markdown_table", "tables", """Summarise the SLA performance from this table.

| Month | Tickets | P1 breaches | Median first response | CSAT |
|---|---|---|---|---|
| {month} | {num} | {n} | {n2} min | {pct}% |
| {month2} | {num2} | {n3} | {n4} min | {pct2}% |
| {month3} | {num3} | 0 | {n5} min | {pct3}% |
"""),
    ("tb-it-listino", "it", "csv", "tables", """Controlla se ci sono errori in questo listino.

codice;descrizione;marca;prezzo_netto;iva
{sku};Caffè in grani 1 kg;Lavazza;{amt.s};22%
{sku2};Nutella 750 g;Ferrero;{amt2.s};10%
{sku3};Spaghetti n.5;Barilla;{amt3.s};4%
"""),
    ("tb-nl-planning", "nl", "markdown_table", "tables", """Zet deze planning om in een weekoverzicht.

| Week | Activiteit | Team | Locatie |
|---|---|---|---|
| {n} | Inventarisatie | Logistiek | DC Tilburg |
| {n2} | Migratie ERP | IT | Hoofdkantoor |
| {n3} | Training kassasysteem | Retail | Winkels Randstad |
"""),
    ("tb-pt-stock", "pt", "tsv", "tables", """Indica os produtos com stock abaixo do mínimo.

ref\tproduto\tstock\tminimo\tarmazem
{sku}\tAzeite 750 ml\t{n}\t40\tAzambuja
{sku2}\tCafé moído 250 g\t{n2}0\t25\tMaia
{sku3}\tVinho verde\t{n3}\t60\tAzambuja
"""),
    ("tb-pl-faktury", "pl", "csv", "tables", """Zsumuj kwoty netto według kontrahenta.

nr_faktury;kontrahent;NIP;netto;termin
{inv};Orlen S.A.;PL{num}{num2};{amt.s};{date}
{inv2};InPost sp. z o.o.;PL{num3}{num4};{amt2.s};{date2}
{inv3};Allegro.pl sp. z o.o.;PL{num5}{num6};{amt3.s};{date3}
"""),
    ("tb-sv-lager", "sv", "markdown_table", "tables", """Gör om tabellen till en kort statusrapport.

| Artikel | Leverantör | Saldo | Beställt | Leverans |
|---|---|---|---|---|
| {sku} | Electrolux | {n} | {n2}0 | v. {n3} |
| {sku2} | Husqvarna | {n4} | 0 | - |
| {sku3} | Volvo Parts | {n5} | {n6}0 | v. {n3} |
"""),
    ("tb-tr-tablo", "tr", "tsv", "tables", """Bu tablodaki toplamları kontrol et.

bayi_kodu\tşehir\tadet\tciro
B-{num}\tİstanbul Anadolu\t{n}0\t{amt}
B-{num2}\tAnkara\t{n2}0\t{amt2}
B-{num3}\tİzmir\t{n3}0\t{amt3}
"""),
    # policy_and_legal
    ("pl-retention-policy", "en", "policy", "policy_and_legal", """Simplify this policy section for a staff
FAQ.

4.2 Retention. Customer records are retained for the duration of the contract plus six years, in line with
the Limitation Act 1980. Backups older than 35 days are deleted automatically. Requests under Article 15
GDPR must be answered within one month. The Data Protection Officer reviews this policy every {month}.
"""),
    ("pl-nda-clause", "en", "contract", "policy_and_legal", """Is this NDA clause one-sided? Suggest a fairer
version.

7. Confidentiality. The Recipient shall not disclose Confidential Information to any third party without
the prior written consent of the Discloser, except to its employees and advisers who need to know it for
the Purpose. This obligation survives termination for five (5) years. Governing law: England and Wales.
Signed on behalf of {emp} Ltd and {co}.
"""),
    ("pl-expense-policy", "en", "policy", "policy_and_legal", """Turn this into a checklist for new hires.

Expenses policy v{ver}
- Submit receipts within 30 days via the expense tool.
- Meals: up to €{n}0 per day when travelling; alcohol is not reimbursed.
- Taxis only when public transport is unavailable or after 10 pm.
- Corporate cards (Amex) must not be used for personal purchases.
Approval: line manager up to €1,000, department head above.
"""),
    ("pl-sla-contract", "en", "contract", "policy_and_legal", """Explain what happens if the provider misses
the SLA.

Schedule 3 - Service Levels
Availability target: 99.9% per calendar month, excluding planned maintenance announced 5 business days in
advance. Service credits: 5% of the monthly fee for each 0.1% below target, capped at 30%. Termination right
if availability falls below 98% in three consecutive months. Agreement reference {ord}, effective {date.l}.
"""),
    ("pl-de-agb", "de", "policy", "policy_and_legal", """Formuliere diese AGB-Klausel verständlicher.

§ 8 Gewährleistung. Die Gewährleistungsfrist beträgt zwölf Monate ab Gefahrübergang. Offensichtliche
Mängel sind innerhalb von 14 Tagen nach Lieferung schriftlich anzuzeigen. Gerichtsstand ist der Sitz der
{emp} GmbH. Es gilt das Recht der Bundesrepublik Deutschland unter Ausschluss des UN-Kaufrechts.
"""),
    ("pl-fr-reglement", "fr", "policy", "policy_and_legal", """Résume ce règlement intérieur en cinq points.

Article 12 - Télétravail. Le télétravail est autorisé jusqu'à trois jours par semaine, sous réserve de
l'accord du responsable hiérarchique. Les jours fériés (1er mai, 14 juillet, 15 août) ne sont pas
récupérables. Le matériel fourni reste la propriété de l'entreprise. Entrée en vigueur : {date.l}.
"""),
    ("pl-es-contrato", "es", "contract", "policy_and_legal", """Revisa esta cláusula de penalización.

CLÁUSULA NOVENA. Penalizaciones. En caso de retraso en la entrega imputable al PROVEEDOR, este abonará
al CLIENTE una penalización del {pct} % del importe del pedido por cada semana de retraso, con un máximo del
10 %. Ambas partes se someten a los juzgados y tribunales de {city}. Contrato n.º {ord}.
"""),
    ("pl-it-privacy", "it", "policy", "policy_and_legal", """\
Semplifica questa informativa privacy per il sito.

Il Titolare del trattamento è {emp} S.p.A., P.IVA {vat}. I dati sono trattati per l'esecuzione del
contratto e per obblighi di legge (art. 6, par. 1, lett. b) e c) GDPR) e conservati per dieci anni.
L'interessato può esercitare i diritti di cui agli artt. 15-22 scrivendo al Responsabile della protezione
dei dati tramite il modulo online.
"""),
    ("pl-nl-voorwaarden", "nl", "policy", "policy_and_legal", """Vat deze voorwaarden samen in gewone taal.

Artikel 5 - Betaling. Facturen dienen binnen 14 dagen na factuurdatum te worden voldaan. Bij
niet-tijdige betaling is de wettelijke handelsrente verschuldigd. Op alle overeenkomsten is Nederlands
recht van toepassing; geschillen worden voorgelegd aan de rechtbank Rotterdam.
"""),
    ("pl-pt-contrato", "pt", "contract", "policy_and_legal", """Explica esta cláusula em linguagem simples.

Cláusula Sétima - Rescisão. Qualquer das partes pode resolver o presente contrato mediante aviso prévio de
sessenta dias, por carta registada com aviso de receção. Em caso de incumprimento grave, a resolução
produz efeitos imediatos. Foro competente: comarca de Lisboa. Contrato n.º {ord}, de {date.l}.
"""),
    # chat_without_names
    ("cw-slack-deploy", "en", "slack", "chat_without_names", """\
Summarise this channel for the incident report.

#deploys
[{time}] deploy-bot: {prod} {ver} rolled out to eu-west-1 (commit {sha})
[{time}] on-call: error rate up to {pct}% on checkout, rolling back
[{time2}] deploy-bot: rollback to previous release complete
[{time2}] on-call: root cause looks like the feature flag for the new tax engine
[{time3}] eng-manager: thanks all, postmortem {day} {time3}, ticket {tkt}
"""),
    ("cw-teams-helpdesk", "en", "teams", "chat_without_names", """Write a FAQ entry from this chat.

[{time}] Helpdesk: Hi! How can we help today?
[{time}] User: my laptop keeps asking to restart for the update
[{time}] Helpdesk: That's the {month} security patch. Save your work and restart before 6 pm please.
[{time2}] User: will it break the VPN client?
[{time2}] Helpdesk: No, VPN {ver} is compatible. If anything fails, open a ticket and quote {tkt}.
"""),
    ("cw-customer-chat", "en", "chat", "chat_without_names", """Rate this support chat for tone and accuracy.

Bot: Welcome to {emp} support. What's your question?
Customer: Hi, my order {ord} says delivered but I don't have it.
Agent: Sorry about that! I can see it was left at a parcel locker on {day}. You should have a pickup code in
the app.
Customer: found it, thanks!
Agent: Great. Anything else I can help with? Have a lovely {day2}!
"""),
    ("cw-anon-feedback", "en", "chat", "chat_without_names", """Group these anonymous comments by theme.

- "The new coffee machine on floor 2 is great, but it's always out of oat milk."
- "Our team lead never shares the roadmap until the last minute."
- "Can we get the all-hands recording earlier? Time zones in APAC make it hard."
- "Parking at the {city} office is a nightmare since the construction started."
- "Love the Friday demos!"
"""),
    ("cw-pl-czat", "pl", "chat", "chat_without_names", """Streść tę rozmowę z czatu firmowego.

[{time}] Kierownik zmiany: dostawa z InPost opóźniona o godzinę
[{time}] Magazyn: ok, przesuwamy kompletację zamówień {ord}
[{time2}] Dział obsługi klienta: klienci pytają o status, co odpowiadamy?
[{time2}] Kierownik zmiany: że wysyłka jutro do {time3}
"""),
    ("cw-sv-chatt", "sv", "chat", "chat_without_names", """Sammanfatta chatten och lista beslut.

[{time}] Projektledare: Kan vi flytta demon av {prod} till {day}?
[{time}] Utvecklare: Ja, men staging-miljön uppgraderas till {ver} samma dag
[{time2}] Säljchef: Kunden (Scania) vill ha demon före fredag
[{time2}] Projektledare: Då kör vi {day2} kl. {time3}
"""),
    ("cw-tr-sohbet", "tr", "whatsapp", "chat_without_names", """Bu grup sohbetini özetle.

[{time}] Vardiya Amiri: Sabah sevkiyatı 30 dk gecikecek
[{time}] Depo: Tamam, {ord} siparişini öne alıyoruz
[{time2}] Satış: Müşteri bugün teslim istiyor, mümkün mü?
[{time2}] Vardiya Amiri: Öğleden sonra {time3} gibi çıkar
"""),
    ("cw-de-chat", "de", "teams", "chat_without_names", """Fasse den Chatverlauf für das Protokoll zusammen.

[{time}] Teamleitung: Morgen ist Betriebsversammlung, die Hotline ist ab 10 Uhr nur halb besetzt
[{time}] Support: Sollen wir eine Ansage schalten?
[{time2}] Teamleitung: Ja, bitte. Und Tickets mit Priorität 1 gehen an die Rufbereitschaft
[{time2}] Support: Erledigt, Ticket {tkt} angelegt
"""),
    ("cw-fr-chat", "fr", "chat", "chat_without_names", """Résume cet échange pour le compte rendu.

[{time}] Responsable magasin : rupture sur les packs d'eau Evian depuis ce matin
[{time}] Entrepôt : camion prévu {day} à {time2}
[{time2}] Responsable magasin : ok, on met une affiche en rayon
[{time3}] Siège : pensez à saisir l'incident dans l'outil, réf. {tkt}
"""),
    ("cw-es-chat", "es", "whatsapp", "chat_without_names", """Resume esta conversación del grupo de trabajo.

[{time}] Jefe de turno: hoy cerramos el muelle 3 por mantenimiento
[{time}] Almacén: entonces las devoluciones de Mercadona van al muelle 5
[{time2}] Transporte: el camión de Valencia llega a las {time3}
[{time2}] Jefe de turno: perfecto, gracias a todos 👍
"""),
]

TEST_POS += [
    ("email-vendor-dispute", "en", "email", """Summarise who said what in this thread and suggest next steps.

From: {P1.i} <{W1}>
To: accounts payable
Cc: {P2}
Subject: Disputed invoice {inv}

Hello,

We still haven't received the credit note we agreed on with {P3.f} on the phone on {date.l}. Could someone
other than {P3.f} pick this up? I'm reachable on {T1} all week.

Kind regards
{P1}
Finance Controller
{emp}

---
From: {P3} <{W3}>
I'll check with my manager, {P2.f}, and revert by {day}.
"""),
    ("one-to-one-notes", "en", "meeting_notes", """Turn my 1:1 notes into a follow-up email to my report.

1:1 {P1.f} / {P2.f} - {date.l}
- {P2.f} wants to move to the {prod} team in {q}; I said I'd talk to {P3}.
- Mentioned her mum is in hospital in {C2b}; may need to work remotely from there for two weeks.
- Promotion case: needs a second sponsor, maybe {P4.i}.
- Training budget: {amt.s} approved for the AWS course.
"""),
    ("crm-json-contacts", "en", "json", """Convert this CRM export into a CSV with columns name, email, phone,
city.

[
  {"id": {num}, "name": "{P1}", "email": "{E1}", "phone": "{T1}", "city": "{C1}", "owner": "{P4.f}"},
  {"id": {num2}, "name": "{P2}", "email": "{E2}", "phone": "{T2}", "city": "{C2}", "owner": "{P4.f}"},
  {"id": {num3}, "name": "{P3.U}", "email": "{E3}", "phone": null, "city": "{C3}", "owner": "{P4.f}"}
]
"""),
    ("zendesk-ticket", "en", "ticket", """Draft a reply to this ticket and suggest the right macro.

#{num} - Can't log in after password reset
Requester: {P1} <{E1}>
Assignee: {P2.f}
Created: {date.l} {time}

"Hi, I reset my password yesterday to {PW} as your agent suggested, and it still says invalid credentials.
I'm logging in from {IP}. This is urgent, my payroll run is due. Call me on {T1} - {P1.f}"

Internal note: {P2.f} - escalated to Tier 2, account shows 7 failed attempts.
"""),
    ("disciplinary-letter", "en", "hr_letter", """Check this letter for legal risk and make it more neutral.

PRIVATE & CONFIDENTIAL
{P1}
{A1}

{date.l}

Dear {P1.f},

Invitation to a disciplinary hearing

Following the investigation by {P2} into the incident at the depot on {date2.l}, you are
invited to a hearing on {date3.l} at {time}. You may be accompanied by a colleague or union representative.
Witness statements from {P3.i} and {P4} are enclosed.

Yours sincerely,
{P2}
Regional Operations Manager
"""),
    ("return-to-work", "en", "sick_note", """Fill in the return-to-work form from this note, keep it factual.

Return to work interview - {P1.r}
Employee number: {num}  NI number: {ID1}
Absence: {date.l} to {date2.l} (migraine, GP note provided)
Conducted by: {P2.fL}
Notes: {P1.f} says the new screen setup helps. Lives in {C1} so the commute is long; agreed two home days.
Next review with {P2.f} in six weeks.
"""),
    ("bank-complaint", "en", "complaint", """Help me make this complaint to my bank firmer but polite.

Dear Sir or Madam,

Account holder: {P1}
Sort code / IBAN: {IBAN}
Card: {CC}

On {date.l} three payments to an online shop I have never used left my account. I reported this on the phone
the same day and was told by {P2.f} in your fraud team that it would be refunded within 10 days. It has not.
Please respond in writing to {A1} or by email to {E1}.

Yours faithfully,
{P1.fL}
"""),
    ("jest-test-data", "en", "code", """This Jest test passes locally but fails in CI. Why?

describe("formatCustomer", () => {
  const customer = {
    name: "{P1}",
    email: "{E1}",
    phone: "{T1}",
    dob: "{B1.iso}",
    address: "{A1}",
  };

  it("renders the display name", () => {
    expect(formatCustomer(customer).display).toBe("{P1.r}");
  });
});
"""),
    ("nginx-access-log", "en", "logs", """Is somebody scraping us? Look at these access log lines.

{IP} - - [{date.iso}:10:02:11 +0000] "GET /api/v1/users?page=1 HTTP/1.1" 200 5123 "-" "python-requests/2.31"
{IP} - - [{date.iso}:10:02:11 +0000] "GET /api/v1/users?page=2 HTTP/1.1" 200 5098 "-" "python-requests/2.31"
{IP2} - {E1} [{date.iso}:10:02:14 +0000] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0"
{IPV} - - [{date.iso}:10:02:19 +0000] "GET /api/v1/users?page=3 HTTP/1.1" 429 0 "-" "curl/8.4.0"
"""),
    ("sql-inserts", "en", "sql", """Rewrite these INSERTs as a single multi-row statement.

INSERT INTO employees (first_name, last_name, email, hired_on, salary) VALUES ('{P1.f}', '{P1.l}', '{W1}',
'{date.iso}', 52000);
INSERT INTO employees (first_name, last_name, email, hired_on, salary) VALUES ('{P2.f}', '{P2.l}', '{W2}',
'{date2.iso}', 61000);
INSERT INTO emergency_contacts (employee_email, contact_name, phone) VALUES ('{W1}', '{P3}', '{T3}');
"""),
    ("webhook-payload", "en", "json", """Our webhook handler rejects this event. What's missing?

{
  "type": "checkout.session.completed",
  "created": "{date.iso}T14:03:22Z",
  "data": {
    "customer_name": "{P1}",
    "customer_email": "{E1}",
    "shipping": {"name": "{P1}", "address": "{A1}", "phone": "{T1}"},
    "payment_method": {"card_last4": "4242", "ip": "{IP}"}
  },
  "livemode": true
}
"""),
    ("whatsapp-landlord", "en", "whatsapp", """Summarise what the landlord agreed to in this chat.

[{date}, {time}] {P1.f}: Hi, it's {P1} from flat 3 - the boiler is leaking again
[{date}, {time}] {P2}: Sorry to hear that. I'll send {P3.f} the plumber tomorrow, his number is {T3}
[{date}, {time2}] {P1.f}: Thanks. Can you also return the deposit to my new account? {IBAN}
[{date}, {time3}] {P2}: Will do once you've moved out. Forwarding address?
[{date}, {time3}] {P1.f}: {A1b}
"""),
    ("tech-support-call", "en", "call_transcript", """Write a short ticket summary from this call.

Agent ({P1.f}): Thanks for holding. Can I confirm the name on the account?
Customer: {P2}.
Agent: And the email?
Customer: {E2}.
Agent: Thanks {P2.f}. I can see the router at {A2} dropped offline on {day}.
Customer: Yes, my neighbour {P3.f} has the same issue.
Agent: I'll book an engineer. We'll text {T2} with the slot. Reference {tkt}.
"""),
    ("cv-en", "en", "cv", """Rewrite this CV summary to target product-management roles.

{P1.U}
{C1} | {T1} | {E1} | linkedin.com/in/{P1.ll}-{num}

PROFILE
Customer-focused operations lead with eight years at {co} and {emp}.

EXPERIENCE
{emp} - Operations Lead ({yr} - present)
{co} - Service Delivery Analyst

REFERENCES
{P2}, Head of Operations, {emp} - {W2}
"""),
    ("payroll-ssn", "en", "hr_form", """Which of these payroll fields fail validation?

EMPLOYEE: {P1.r}
SSN: {SSN}
DOB: {B1}
ADDRESS: {A1}
W-4 filing status: single
Bank routing/account: see direct deposit form
Supervisor: {P2}
"""),
    ("contractors-table", "en", "markdown_table", """Sort the contractors by day rate and flag expired
contracts.

| Contractor | Email | Mobile | Day rate | Contract end |
|---|---|---|---|---|
| {P1} | {E1} | {T1} | £{n}5 | {date.l} |
| {P2} | {E2} | {T2} | £{n2}0 | {date2.l} |
| {P3.r} | {E3} | {T3} | £{n3}0 | {date3.l} |
"""),
    ("teams-vpn-creds", "en", "teams", """Turn this chat into IT documentation and remove anything sensitive.

[{time}] {P1}: the VPN keeps kicking me out since the {ver} update
[{time}] {P2.f}: try the backup profile. user is {P1.ll}, temp password {PW}
[{time2}] {P1}: works! what about the build server?
[{time2}] {P2.f}: use the CI token {KEY}, and tell {P3.f} not to share it again
"""),
    ("mahnung-de", "de", "legal_letter", """Bitte prüfe diese Mahnung auf Form und Ton.

{emp} GmbH · Inkasso

Herrn
{P1}
{A1}

Zahlungserinnerung - Rechnung {inv} vom {date}

Sehr geehrter Herr {P1.l},

trotz unserer Rechnung vom {date} ist der Betrag von {amt} noch offen. Bitte überweisen Sie den Betrag bis
{date2} auf unser Konto. Bei Rückfragen erreichen Sie Ihren Ansprechpartner {P2} unter {T2}.

Mit freundlichen Grüßen
{P2}
"""),
    ("protokoll-de", "de", "meeting_notes", """Mach aus dem Protokoll eine To-do-Liste mit Verantwortlichen.

Protokoll Teamrunde Vertrieb, {date.l}
Anwesend: {P1}, {P2}, {P3.LF}
Entschuldigt: {P4}

TOP 1: Frühjahrsmesse - {P1.f} kümmert sich um Standbau mit {co}.
TOP 2: {P2.l} übernimmt die Kunden von {P4.f}, der ab {month} in Elternzeit ist.
TOP 3: Neue Mobilnummer von {P3.f}: {T3}
"""),
    ("mitglieder-csv-de", "de", "csv", """Finde doppelte Einträge in dieser Mitgliederliste.

Nachname;Vorname;Geburtsdatum;E-Mail;Anschrift
{P1.l};{P1.f};{B1};{E1};{A1}
{P2.l};{P2.f};{B2};{E2};{A2}
{P3.l};{P3.f};{B3};{E3};{A3}
"""),
    ("mutuelle-fr", "fr", "insurance_form", """\
Aide-moi à remplir ce formulaire de mutuelle à partir de ces infos.

Adhérent : {P1.LF}
Date de naissance : {B1}
N° de sécurité sociale : {ID1}
Adresse : {A1}
Téléphone : {T1}
Ayant droit : {P2}, née le {B2}
RIB : {IBAN}
"""),
    ("reclamation-fr", "fr", "complaint", """Rédige une réponse apaisante à cette réclamation.

Bonjour,

Je suis {P1} et j'habite à {C1}. Votre technicien devait passer le {date.l} pour la fibre et personne n'est
venu. J'ai pris une demi-journée de congé pour rien ! Votre conseillère {P2.f} m'a promis un geste
commercial. Merci de me rappeler au {T1}.

{P1.fL}
"""),
    ("slack-fr", "fr", "slack", """Résume ce fil Slack pour quelqu'un qui revient de vacances.

#equipe-paie
{P1.f} : {P2.f}, tu as bien reçu l'arrêt maladie de {P3} ?
{P2.f} : oui, jusqu'au {date}. Je l'ai scanné, son n° de sécu est {ID3}
{P1.f} : ok, et son RIB a changé : {IBAN3}
{P4.fl} : attention à ne pas poster ça ici 😅
"""),
    ("alquiler-es", "es", "contract", """Revisa este contrato de alquiler y señala cláusulas abusivas.

CONTRATO DE ARRENDAMIENTO DE VIVIENDA
Fecha: {date.l}.
ARRENDADOR: {P1}, con documento {ID1}, domiciliado en {A1}.
ARRENDATARIO: {P2}, con documento {ID2}, teléfono {T2}.
INMUEBLE: {A1b}.
RENTA: {amt.s} mensuales, a ingresar en la cuenta {IBAN}.
"""),
    ("cv-es", "es", "cv", """Mejora la redacción de este currículum.

{P1}
Fecha de nacimiento: {B1.l}
Domicilio: {A1}
Móvil: {T1} · Correo: {E1}

EXPERIENCIA
{yr} - actualidad: Técnica de nóminas en {emp}
2017 - {yr}: Administrativa en {co}

Referencias: {P2} ({E2})
"""),
    ("etiqueta-es", "es", "shipping_label", """Corrige el formato de esta etiqueta de envío escaneada.

REMITENTE: {emp} - Centro logístico {city}
DESTINATARIO: {P1.U}
{A1}
TEL {T1}
PEDIDO {ord} · BULTOS 1/1
Si ausente, dejar con {P2} (portería)
"""),
    ("email-firma-it", "it", "email", """Riassumi questa email e prepara una risposta breve.

Da: {P1} <{W1}>
A: {P2}
Oggetto: Documenti per l'assunzione

Ciao {P2.f},

ti inoltro i documenti di {P3}: carta d'identità, codice fiscale {ID3} e IBAN {IBAN3}.
Inizia il {date.l}. Il suo cellulare è {T3}.

Grazie,
{P1.f}

--
{P1}
Ufficio Risorse Umane - {emp}
Tel. {T1}
"""),
    ("verbale-it", "it", "meeting_notes", """Trasforma questo verbale in una lista di azioni.

Verbale riunione condominiale del {date.l}
Presenti: {P1} (amministratore), {P2}, {P3.i}, {P4}
1. Il condomino {P2.l} segnala infiltrazioni nell'appartamento di {A2}.
2. {P4.f} propone di cambiare impresa di pulizie.
3. Prossima riunione: {date2.l}. Contatto amministratore: {T1}, {E1}.
"""),
    ("estratto-conto-it", "it", "bank_statement", """Classifica queste spese per categoria.

Estratto conto n. {n} - Intestatario: {P1}
IBAN {IBAN}
{date}  Bonifico a {P2}            -{amt.s}
{date2}  Pagamento POS Esselunga     -{amt2.s}
{date3}  Stipendio {emp}             +{amt3}
{date4}  Carta {CC}  Amazon          -{amt4.s}
"""),
    ("klacht-nl", "nl", "complaint", """Schrijf een nette reactie op deze klacht.

Geachte heer/mevrouw,

Mijn naam is {P1} en ik woon op {A1}. Op {date.l} heb ik een wasmachine besteld (order {ord}), maar de
bezorger heeft hem bij de buren op nummer 14 ({P2}) afgeleverd, beschadigd. Bel mij op {T1} of mail naar
{E1}.

Met vriendelijke groet,
{P1}
"""),
    ("sollicitatie-nl", "nl", "cv", """Maak van deze sollicitatiebrief een kortere versie.

{P1}
{A1}
{T1} | {E1}
Geboren: {B1.l}

Geachte selectiecommissie,

Met veel interesse las ik uw vacature voor boekhouder bij {emp}. Momenteel werk ik bij {co}.
Mijn referentie, {P2}, is bereikbaar op {T2}.
"""),
    ("tsv-nl", "nl", "tsv", """Tel hoeveel leden er per stad zijn.

naam\tgeboortedatum\tmobiel\twoonplaats
{P1}\t{B1}\t{T1}\t{C1}
{P2}\t{B2}\t{T2}\t{C2}
{P3}\t{B3}\t{T3}\t{C3}
"""),
    ("seguro-pt", "pt", "insurance_form", """Confere se este formulário de seguro saúde está completo.

PROPOSTA DE SEGURO SAÚDE
Titular: {P1}
CPF: {ID1}
Data de nascimento: {B1}
Endereço: {A1}
Celular: {T1}  E-mail: {E1}
Dependente: {P2}, nascido em {B2}
Corretor: {P3.i}
"""),
    ("whatsapp-pt", "pt", "whatsapp", """Resume esta conversa do grupo de trabalho.

[{time}] {P1.f}: Gente, a {P2.f} mudou de número, agora é {T2}
[{time}] {P3}: Valeu! Ela continua em {C2}?
[{time2}] {P1.f}: Sim, mas vai trabalhar do escritório de {C2b} às quintas
[{time3}] {P2}: Oi pessoal, sou eu 👋
"""),
    ("nota-fiscal-pt", "pt", "invoice", """Confere os valores desta nota de serviço.

NOTA DE SERVIÇO N.º {num}
Emitida em {date}
Tomador: {P1}
CPF: {ID1}
Endereço: {A1}
Serviço: consultoria contábil - {month}
Valor: {amt.s}
Pagamento via PIX para {E2} ({P2})
"""),
    ("umowa-najmu-pl", "pl", "contract", """Sprawdź tę umowę najmu pod kątem brakujących elementów.

UMOWA NAJMU LOKALU MIESZKALNEGO
zawarta w dniu {date.l} pomiędzy:
{P1}, PESEL {ID1}, zam. {A1} - Wynajmującym,
a {P2}, PESEL {ID2}, tel. {T2} - Najemcą.
Przedmiot najmu: lokal przy {A1b}.
Czynsz: {amt.s} miesięcznie na rachunek {IBAN}.
"""),
    ("reklamacja-pl", "pl", "complaint", """Odpowiedz grzecznie na tę reklamację.

Dzień dobry,

nazywam się {P1} i {date.l} kupiłam w Państwa sklepie odkurzacz (zamówienie {ord}). Po tygodniu przestał
działać. Kurier miał odebrać paczkę spod adresu {A1}, ale nikt nie przyjechał. Proszę o kontakt: {T1},
{E1}.

Z poważaniem
{P1.fL}
"""),
    ("anstallning-sv", "sv", "contract", """Kontrollera att anställningsavtalet innehåller allt som krävs.

ANSTÄLLNINGSAVTAL
Arbetsgivare: {emp} AB, org.nr 556{num}
Arbetstagare: {P1}, personnummer {ID1}
Adress: {A1}
Befattning: Lagerarbetare, tillträde {date.l}
Lön: {amt} per månad till konto {IBAN}
Närmaste chef: {P2}
"""),
    ("teams-sv", "sv", "teams", """Sammanfatta den här chatten.

[{time}] {P1}: Vem tar kundmötet med {co} på {day}?
[{time}] {P2.f}: Jag kan, men {P3.f} har kontakten
[{time2}] {P3}: Jag är hemma i {C3} med sjukt barn, ring mig på {T3} om det behövs
[{time2}] {P1}: Tack, krya på er!
"""),
    ("relocation-case", "en", "hr_form", """Make this relocation note clearer for the new joiner's manager.

Relocation case {tkt}
Employee: {X1}
Passport no.: {PASS1}
Start date: {date.l}
Temporary flat: {A2} (landlord {P2}, {T2})
Buddy: {P3.f} ({W3})
Note from {P4.i}: {X1} would like the welcome pack sent to the flat, not to the office.
"""),
    ("kira-tr", "tr", "contract", """Bu kira sözleşmesindeki riskli maddeleri işaretle.

KİRA SÖZLEŞMESİ
Kiraya Veren: {P1}, T.C. {ID1}
Kiracı: {P2}, T.C. {ID2}, Tel: {T2}
Kiralanan: {A1b}
Aylık kira: {amt.s}, ödeme {IBAN} hesabına
Başlangıç: {date.l}
Kefil: {P3}, {A3}
"""),
    ("fatura-tr", "tr", "invoice", """Bu faturadaki KDV hesabını kontrol et.

FATURA No: {inv}
Tarih: {date}
Alıcı: {P1}
Adres: {A1}
E-posta: {E1}
Hizmet: Klima bakımı ({n} adet)
Tutar: {amt.s} + %20 KDV
Teknisyen: {P2.fL}, {T2}
"""),
]

TEST_NEG += [
    # business_email
    ("be-contract-renewal", "en", "email", "business_email", """Rewrite this so it sounds less defensive.

Hello all,

Following yesterday's steering committee, the {prod} licence renewal with {co} is approved for another
24 months at a {pct}% uplift. Legal still needs to countersign amendment No. {n}. Please do not share the
pricing schedule outside the leadership group. The signed copy will be stored under contract {ord}.

Regards,
Vendor Management Office
"""),
    ("be-office-closure", "en", "email", "business_email", """Make this announcement friendlier.

Dear colleagues,

The office will be closed on Good Friday and Easter Monday. The service desk remains reachable via the
portal, and critical incidents follow the usual on-call rota. Please submit timesheets for {month} by
{day}, {date.l}, so payroll can close on time.

Best wishes,
Facilities & People Operations
"""),
    ("be-price-increase", "en", "email", "business_email", """Draft a customer letter based on this internal
note.

Internal note for account managers: from {date.l} list prices for the {prod} range increase by {pct}%
due to higher energy and freight costs. Customers with framework agreements (e.g. Siemens, Heineken)
keep their prices until contract end. Quote reference {inv} in all communication.
"""),
    ("be-audit-request", "en", "email", "business_email", """Reply to the auditors and ask for one more week.

Dear audit team,

As part of the year-end audit for FY{yr}, please provide the following by {date.l}: the fixed asset register,
bank confirmations for all accounts held with Santander and HSBC, and the intercompany reconciliation with
our Dutch subsidiary. The audit partner will be on site from {day}.

Kind regards,
Group Finance
"""),
    ("be-pl-oferta", "pl", "email", "business_email", """Skróć tę wiadomość do klienta.

Szanowni Państwo,

w nawiązaniu do zapytania ofertowego przesyłamy wycenę wdrożenia systemu {prod} w trzech magazynach.
Łączna wartość: {amt} netto. Termin realizacji: {n} tygodni od podpisania umowy. Oferta ważna do
{date.l}.

Z wyrazami szacunku
Dział Sprzedaży
"""),
    ("be-sv-leverans", "sv", "email", "business_email", """Gör mejlet mer formellt.

Hej,

Vi bekräftar er beställning {ord} på {n}0 kontorsstolar. Leverans sker vecka {n2} till ert kontor i
Göteborg. Faktura skickas separat med 30 dagars betalningsvillkor. Hör av er om något behöver ändras.

Vänliga hälsningar
Kundtjänst
"""),
    ("be-tr-teklif", "tr", "email", "business_email", """Bu e-postayı daha profesyonel hale getir.

Sayın Yetkili,

{ord} numaralı talebiniz için hazırladığımız teklif ektedir. Toplam tutar {amt} olup KDV hariçtir.
Teslimat süresi sipariş onayından itibaren {n} iş günüdür. Teklifimiz {date.l} tarihine kadar geçerlidir.

Saygılarımızla,
Satış Departmanı
"""),
    ("be-it-fornitore", "it", "email", "business_email", """Scrivi una risposta cortese a questo fornitore.

Gentile fornitore,

la fattura {inv} non può essere pagata perché manca il numero d'ordine {ord}. La preghiamo di riemetterla
indicando anche la nostra partita IVA {vat}. Il pagamento avverrà con il prossimo ciclo di fine mese.

Distinti saluti,
Amministrazione
"""),
    ("be-nl-offerte", "nl", "email", "business_email", """Maak deze e-mail korter.

Goedemiddag,

Naar aanleiding van ons overleg sturen wij u hierbij de offerte voor onderhoud van de koelinstallaties in
uw vestigingen. De prijs bedraagt {amt} per jaar, exclusief btw. De offerte is geldig tot {date.l}.
Wij horen graag of u akkoord gaat.

Met vriendelijke groet,
Afdeling Verkoop
"""),
    ("be-pt-encomenda", "pt", "email", "business_email", """Melhora este email para um cliente.

Caro cliente,

Informamos que a encomenda {ord} foi expedida hoje do nosso armazém e deverá chegar dentro de {n} dias
úteis. A fatura {inv} segue em anexo. Para qualquer questão, responda a este email indicando o número da
encomenda.

Com os melhores cumprimentos,
Apoio ao Cliente
"""),
    # report_and_numbers
    ("rn-cash-flow", "en", "report", "report_and_numbers", """Explain this cash-flow summary to a
non-finance audience.

Operating cash flow {q}: {amt}
Capex: {amt2} (new line in the Rotterdam plant)
Free cash flow: {amt3}
DSO: {n} days (target 45)
Net debt / EBITDA: {n2}.{n3}x
Dividend proposal: {amt4.s} per share, payable {date.l}
"""),
    ("rn-web-analytics", "en", "report", "report_and_numbers", """What should we fix first based on these
numbers?

Website, last 30 days
Sessions: {num}; bounce rate {pct}%
Checkout conversion: {pct2}% (-{pct3} pts vs previous period)
Top exit page: /cart/shipping-options
Mobile share: {pct4}%; Safari users convert worst
"""),
    ("rn-ops-weekly", "en", "report", "report_and_numbers", """Write the weekly ops update from these figures.

Week {n}: {num} parcels shipped, {pct}% on time
Warehouse utilisation: {pct2}%
Returns processed: {num2}
Open incidents: {n2} (oldest {tkt})
Forklift maintenance scheduled for {day}
"""),
    ("rn-hiring-funnel", "en", "report", "report_and_numbers", """Spot the bottleneck in this hiring funnel.

Role: Senior Backend Engineer ({city})
Applications: {num}
Screened: {n}0
Technical interview: {n2}
Offers: 3, accepted: 1
Average time to hire: {n3} days
Source split: LinkedIn {pct}%, referrals {pct2}%, agencies rest
"""),
    ("rn-de-controlling", "de", "report", "report_and_numbers", """Bitte kommentiere diese Abweichungen.

Controlling-Bericht {month} {yr}
Personalkosten: {amt} (Plan: {amt2})
Materialaufwand: {amt3}
Reisekosten: +{pct} % über Plan (Messe in Frankfurt)
Krankenquote: {pct2} %
Nächstes Review am {date.l}
"""),
    ("rn-fr-ventes", "fr", "report", "report_and_numbers", """Fais une synthèse de ces résultats commerciaux.

Ventes {q} {yr}
Chiffre d'affaires : {amt} (+{pct} %)
Panier moyen : {amt2.s}
Magasins ouverts : {n}
Meilleure région : Auvergne-Rhône-Alpes
Objectif annuel atteint à {pct2} %
"""),
    ("rn-es-informe", "es", "report", "report_and_numbers", """Resume este informe en un párrafo.

Informe de producción - semana {n}
Unidades fabricadas: {num}
Tasa de defectos: {pct} %
Paradas no planificadas: {n2} (línea 2)
Consumo energético: {num2} kWh
Pedido más grande: Inditex, entrega el {date.l}
"""),
    ("rn-it-bilancio", "it", "report", "report_and_numbers", """Commenta questi dati per il consiglio di
amministrazione.

Bilancio semestrale {yr}
Ricavi: {amt}
EBITDA: {amt2} (margine {pct} %)
Posizione finanziaria netta: {amt3}
Dipendenti: {num}
Principale cliente: Pirelli ({pct2} % dei ricavi)
"""),
    ("rn-nl-kwartaal", "nl", "report", "report_and_numbers", """\
Schrijf een korte toelichting bij deze cijfers.

Kwartaalcijfers {q} {yr}
Omzet: {amt}
Brutomarge: {pct} %
Aantal winkels: {n}
Online aandeel: {pct2} %
Grootste leverancier: Ahold Delhaize
"""),
    ("rn-pt-indicadores", "pt", "report", "report_and_numbers", """Interpreta estes indicadores.

Indicadores {month} {yr}
Faturação: {amt}
Margem bruta: {pct} %
Encomendas: {num}
Prazo médio de entrega: {n} dias
Reclamações: {n2}
"""),
    # code_and_logs
    ("cl-terraform", "en", "code", "code_and_logs", """Why does terraform plan want to recreate this bucket?

resource "aws_s3_bucket" "invoices" {
  bucket = "acme-invoices-eu-central-1"
  tags = {
    team        = "billing"
    cost_center = "4410"
  }
}
# plan: ~ bucket (forces replacement), release {ver}, run {uuid}
"""),
    ("cl-java-npe", "en", "logs", "code_and_logs", """Find the root cause from this stack trace.

{date.iso} {time}:07.331 ERROR [http-nio-8080-exec-4] c.a.orders.OrderController - Request failed
java.lang.IllegalStateException: Currency not set for order {ord}
    at com.acme.orders.PriceCalculator.total(PriceCalculator.java:57)
    at com.acme.orders.OrderService.checkout(OrderService.java:132)
    at com.acme.orders.OrderController.submit(OrderController.java:48)
"""),
    ("cl-dockerfile", "en", "code", "code_and_logs", """Make this Dockerfile smaller and faster to build.

FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y build-essential
ENV APP_ENV=production
CMD ["gunicorn", "app.wsgi:application", "-w", "4", "-b", "0.0.0.0:8000"]
"""),
    ("cl-regex-help", "en", "code", "code_and_logs", """Write a regex that matches our ticket ids but not
order numbers.

Ticket ids look like {tkt} or OPS-1234; order numbers look like {ord} or SO-123456.
Current attempt: ^[A-Z]+-\\d+$  (matches both)
Language: Go, used in the webhook router for {prod}.
"""),
    ("cl-de-cron", "de", "logs", "code_and_logs", """Warum läuft dieser Cronjob doppelt?

{date.iso} 02:00:01 CRON[{num}]: (root) CMD (/opt/erp/bin/export_rechnungen.sh)
{date.iso} 02:00:01 CRON[{num2}]: (root) CMD (/opt/erp/bin/export_rechnungen.sh)
{date.iso} 02:03:44 export_rechnungen: {n}12 Rechnungen exportiert nach /mnt/datev/{yr}
{date.iso} 02:03:45 export_rechnungen: FEHLER Datei bereits gesperrt
"""),
    ("cl-fr-python", "fr", "code", "code_and_logs", """Pourquoi ce test échoue-t-il de façon aléatoire ?

def test_calcul_remise():
    panier = Panier(articles=[Article("REF-{num}", prix=Decimal("19.90"))])
    panier.appliquer_code("SOLDES{yr}")
    assert panier.total() == Decimal("15.92")  # remise de 20 %
# échoue 1 fois sur 10 en CI, build {sha}
"""),
    ("cl-es-error", "es", "logs", "code_and_logs", """¿Qué significa este error y cómo lo soluciono?

[{date.iso} {time}:12] ERROR facturacion.worker: No se pudo generar la factura {inv}
psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "facturas_numero_key"
DETAIL:  Key (numero)=({inv}) already exists.
"""),
    ("cl-pl-sql", "pl", "sql", "code_and_logs", """Dlaczego to zapytanie zwraca duplikaty?

SELECT z.numer_zamowienia, z.wartosc, p.nazwa
FROM zamowienia z
LEFT JOIN pozycje p ON p.zamowienie_id = z.id
WHERE z.data_utworzenia BETWEEN '{date.iso}' AND '{date2.iso}'
  AND z.status = 'WYSLANE';
"""),
    ("cl-sv-deploy", "sv", "logs", "code_and_logs", """Vad gick fel i den här deployen?

[{time}] deploy: bygger image lagersystem:{ver}
[{time}] deploy: pushar till registry.intern.local
[{time2}] deploy: FEL migrering 0042_lagg_till_lagerplats misslyckades (lock timeout)
[{time2}] deploy: återställer till föregående version
"""),
    ("cl-tr-log", "tr", "logs", "code_and_logs", """Bu log satırlarında sorun ne?

{date.iso} {time}:01 INFO  odeme-servisi başlatıldı sürüm={ver}
{date.iso} {time}:03 WARN  banka API yanıt süresi yüksek (2300 ms)
{date.iso} {time}:09 ERROR sipariş {ord} için ödeme onayı alınamadı: zaman aşımı
{date.iso} {time}:10 INFO  yeniden deneme 1/3
"""),
]

TEST_NEG += [
    # places_as_context
    ("pc-nordics-rollout", "en", "report", "places_as_context", """Turn this rollout plan into a timeline.

Phase 1 ({month}): stores in Stockholm, Oslo and Copenhagen get the new self-checkout.
Phase 2: Helsinki and Tallinn, pending the Finnish payment-provider certification.
Phase 3: the remaining Norwegian stores north of Trondheim. The Gothenburg distribution centre handles
spare parts for all phases.
"""),
    ("pc-site-visit", "en", "email", "places_as_context", """Create a packing list and schedule from this
email.

Hi all,

Next week's site visit covers the Antwerp port terminal on {day}, then the Ghent assembly plant, and we
finish at the Brussels EU affairs office. Hotels are booked near Antwerp Central Station. Bring safety
shoes for the plant tour.
"""),
    ("pc-datacenter", "en", "report", "places_as_context", """Summarise the data-residency options.

Option 1: primary region Frankfurt, failover Amsterdam.
Option 2: primary Dublin, failover London (not EU after Brexit - legal review needed).
Option 3: Paris with backups in Milan. Latency from Madrid and Lisbon is lowest with option 3.
"""),
    ("pc-trade-fair", "en", "email", "places_as_context", """Write a short LinkedIn post about our trade fair
plans.

This year we'll exhibit at Hannover Messe (hall {n}, stand B{n2}), at MWC in Barcelona and, for the first
time, at the Dubai Airshow. The Singapore team will cover the Asian leg of the tour.
"""),
    ("pc-pl-oddzialy", "pl", "report", "places_as_context", """Podsumuj te zmiany w trzech punktach.

Od {date.l} oddział w Łodzi przejmuje obsługę klientów z województwa łódzkiego i świętokrzyskiego.
Magazyn pod Poznaniem zostaje rozbudowany. Biuro w Gdańsku przenosi się do biurowca przy Alei Grunwaldzkiej.
"""),
    ("pc-sv-kontor", "sv", "email", "places_as_context", """Översätt detta till engelska.

Hej alla,

Från och med {month} flyttar supportavdelningen från Sundsvall till det nya kontoret vid Centralstationen i
Stockholm. Lagret i Jönköping påverkas inte. Kunder i Norrland hanteras fortsatt från Umeå.
"""),
    ("pc-tr-bolge", "tr", "report", "places_as_context", """Bu planı özetle.

{yr} bölge planı: İzmir bölge müdürlüğü Ege ve Akdeniz bayilerini yönetecek. Ankara ofisi İç Anadolu'dan
sorumlu olacak. Gebze'deki depo Marmara bölgesine hizmet verecek. Trabzon'da yeni bir satış noktası açılacak.
"""),
    ("pc-it-logistica", "it", "email", "places_as_context", """Riscrivi questo avviso per i clienti.

Gentili clienti,

dal {date.l} le spedizioni verso la Sardegna partiranno dal porto di Livorno anziché da Genova. Le consegne
in Lombardia e Piemonte restano invariate. Il punto di ritiro di Verona chiuderà per lavori ad agosto.
"""),
    ("pc-nl-bezorging", "nl", "report", "places_as_context", """Maak hier een overzicht van per regio.

Bezorgregio's vanaf {q}: Noord (Groningen, Friesland, Drenthe) vanuit Zwolle; Midden vanuit Nieuwegein;
Zuid (Brabant en Limburg) vanuit Venlo. België wordt beleverd vanuit Mechelen.
"""),
    ("pc-pt-expansao", "pt", "email", "places_as_context", """Resume este email para a administração.

Bom dia,

A expansão para Espanha começa por Vigo e Salamanca, aproveitando o centro logístico de Braga. Em
Moçambique, a operação de Maputo será gerida a partir de Lisboa até termos uma equipa local.
"""),
    # brands_and_products
    ("bp-smartphone-comparison", "en", "report", "brands_and_products", """Turn this into a comparison table.

Fleet phones for field staff: Samsung Galaxy XCover 7, Apple iPhone SE, Nokia G42 and Fairphone 5.
Samsung is rugged but pricier; Fairphone is repairable; Nokia has the longest battery life. MDM: Microsoft
Intune. Budget per device: {amt.s}.
"""),
    ("bp-car-fleet", "en", "email", "brands_and_products", """Summarise the fleet options for the CFO.

Hi team,

The lease offers for the {yr} fleet are in: Volkswagen ID.4, Tesla Model Y, Škoda Enyaq and the
Mercedes-Benz EQA. Leasing partner is ALD Automotive. Tesla is cheapest on TCO but delivery is {n} weeks.
Decision needed by {date.l}.

Thanks,
Procurement
"""),
    ("bp-software-stack", "en", "report", "brands_and_products", """Which of these tools overlap? Suggest
what to cut.

Current stack: Salesforce (CRM), HubSpot (marketing), Zendesk (support), Jira and Confluence
(Atlassian), Slack, Microsoft Teams, Notion, Asana, Workday (HR), SAP S/4HANA (finance).
Annual spend: {amt}.
"""),
    ("bp-food-retail", "en", "report", "brands_and_products", """Write a category review from these notes.

Breakfast category {q}: Kellogg's lost {pct}% share to private label. Nestlé cereals stable. Dr. Oetker
granola up after the TV campaign. Ferrero spreads strong in Italy and France. Our own brand {prod}
launches in {month}.
"""),
    ("bp-it-moda", "it", "report", "brands_and_products", """Scrivi un breve commento di mercato.

Nel segmento lusso, Prada e Gucci crescono in Asia, mentre Armani punta sull'e-commerce. Ferragamo
chiude due negozi negli Stati Uniti. La nostra linea {prod} sarà presentata alla Milano Fashion Week di
{month}.
"""),
    ("bp-nl-supermarkt", "nl", "email", "brands_and_products", """Herschrijf deze mail naar een leverancier.

Beste leverancier,

Vanaf week {n} nemen wij uw producten op in het assortiment van Albert Heijn en Jumbo. Graag ontvangen wij
de logistieke gegevens en EAN-codes vóór {date.l}. De actie met Heineken en Douwe Egberts loopt apart.

Met vriendelijke groet,
Category Management
"""),
    ("bp-pt-marcas", "pt", "report", "brands_and_products", """Resume esta análise de concorrência.

Concorrentes no retalho alimentar: Continente (Sonae), Pingo Doce (Jerónimo Martins), Lidl e Mercadona.
A Mercadona cresce no norte; o Lidl lidera em preço. A nossa marca {prod} entra em {month} {yr}.
"""),
    ("bp-de-produktvergleich", "de", "report", "brands_and_products", """Mach daraus eine Vergleichstabelle.

Akkuschrauber im Test: Bosch Professional, Makita, Hilti und Festool. Hilti punktet beim Service,
Makita beim Preis. Würth liefert die Bits. Unser Eigenprodukt {prod} kostet {amt.s} und kommt im {month}.
"""),
    ("bp-fr-cosmetique", "fr", "email", "brands_and_products", """Reformule ce brief pour l'agence.

Bonjour,

Pour le lancement de la crème {prod}, nous visons les rayons de Sephora et de Monoprix. Évitez toute
ressemblance avec les campagnes de L'Oréal ou de Garnier. Budget : {amt}. Date de lancement : {date.l}.

Merci,
Équipe marketing
"""),
    ("bp-es-bebidas", "es", "report", "brands_and_products", """Redacta un resumen de mercado.

Cervezas en {q}: Mahou y Estrella Galicia ganan cuota, Heineken estable, Damm crece en Cataluña. Nuestra
marca {prod} sin alcohol se lanza en {month} a un precio de {amt.s} el pack.
"""),
]

TEST_NEG += [
    # tables
    ("tb-csv-inventory", "en", "csv", "tables", """Which items should we reorder this week?

sku,description,on_hand,reorder_point,lead_time_days,supplier
{sku},Safety gloves size L,{n},50,7,Ansell
{sku2},Hi-vis vest,{n2}0,40,14,Portwest
{sku3},Ear defenders,{n3},25,10,3M
"""),
    ("tb-md-incidents", "en", "markdown_table", "tables", """Write a monthly incident summary from this table.

| Incident | Service | Severity | Duration | Root cause |
|---|---|---|---|---|
| {tkt} | Checkout | P1 | {n} min | expired TLS certificate |
| {tkt2} | Search | P3 | {n2} min | index rebuild |
| {tkt3} | Payments | P2 | {n3} min | upstream outage at the acquirer |
"""),
    ("tb-tsv-campaigns", "en", "tsv", "tables", """Which campaign had the best cost per lead?

campaign\tchannel\tspend\tleads\tstart
{prod} launch\tLinkedIn\t{amt.s}\t{n}0\t{date.iso}
Spring webinar\tGoogle Ads\t{amt2.s}\t{n2}0\t{date2.iso}
Retargeting EU\tMeta\t{amt3.s}\t{n3}0\t{date3.iso}
"""),
    ("tb-md-okr", "en", "markdown_table", "tables", """Score these OKRs and write a one-line comment each.

| Objective | Key result | Target | Actual |
|---|---|---|---|
| Grow self-serve | Trial-to-paid conversion | {pct}% | {pct2}% |
| Improve reliability | Uptime | 99.95% | 99.9{n}% |
| Expand in DACH | New logos | {n2}0 | {n3}5 |
"""),
    ("tb-de-schichtplan", "de", "markdown_table", "tables", """Prüfe den Schichtplan auf Lücken.

| Tag | Frühschicht | Spätschicht | Nachtschicht |
|---|---|---|---|
| Montag | Team A | Team B | Team C |
| Dienstag | Team A | Team B | - |
| Mittwoch | Team B | Team C | Team A |
"""),
    ("tb-fr-budget", "fr", "csv", "tables", """Calcule l'écart entre budget et réel par poste.

poste;budget;réel;commentaire
Salons;{amt};{amt2};Salon de Lyon annulé
Publicité;{amt3};{amt4};campagne radio
Déplacements;{amt5};{amt6};hausse des billets SNCF
"""),
    ("tb-es-pedidos", "es", "tsv", "tables", """Agrupa los pedidos por cliente y suma los importes.

pedido\tcliente\timporte\tfecha
{ord}\tMercadona\t{amt}\t{date}
{ord2}\tEl Corte Inglés\t{amt2}\t{date2}
{ord3}\tMercadona\t{amt3}\t{date3}
"""),
    ("tb-pl-magazyn", "pl", "markdown_table", "tables", """Zrób z tego krótki raport stanów.

| Indeks | Produkt | Stan | Minimum |
|---|---|---|---|
| {sku} | Kawa ziarnista 1 kg | {n} | 30 |
| {sku2} | Herbata czarna | {n2}0 | 20 |
| {sku3} | Cukier 1 kg | {n3} | 50 |
"""),
    ("tb-sv-resor", "sv", "csv", "tables", """Summera reskostnaderna per avdelning.

avdelning;resmål;kostnad;datum
Sälj;Oslo;{amt};{date}
IT;Helsingfors;{amt2};{date2}
Sälj;Köpenhamn;{amt3};{date3}
"""),
    ("tb-tr-satis", "tr", "markdown_table", "tables", """Bu tablodan en çok satan bölgeyi bul.

| Bölge | Adet | Ciro | Hedef |
|---|---|---|---|
| Marmara | {num} | {amt} | %{pct} |
| Ege | {num2} | {amt2} | %{pct2} |
| İç Anadolu | {num3} | {amt3} | %{pct3} |
"""),
    # policy_and_legal
    ("pl-acceptable-use", "en", "policy", "policy_and_legal", """Summarise this IT policy for the intranet.

3. Acceptable use. Company devices may be used for limited personal purposes. Installing unapproved
software, disabling endpoint protection or sharing credentials is prohibited. Generative AI tools may only be
used with the approved enterprise accounts and never with customer data. Breaches are handled under the
disciplinary procedure. Policy owner: the CISO. Version {ver}, effective {date.l}.
"""),
    ("pl-whistleblowing", "en", "policy", "policy_and_legal", """Rewrite this in plain English.

The Company has established an internal reporting channel in accordance with Directive (EU) 2019/1937.
Reports may be submitted anonymously via the web portal or by phone to the external ombuds service.
Reporters acting in good faith are protected against retaliation. Reports are acknowledged within seven days.
"""),
    ("pl-dpa-clause", "en", "contract", "policy_and_legal", """Is this sub-processor clause acceptable for us
as the controller?

9.3 The Processor may engage sub-processors listed in Annex III (currently Amazon Web Services EMEA SARL
and Twilio Ireland Ltd). The Processor shall inform the Controller at least 30 days before adding or
replacing a sub-processor, giving the Controller the opportunity to object. Agreement {ord}.
"""),
    ("pl-leave-policy", "en", "policy", "policy_and_legal", """Make a short FAQ from this leave policy.

Annual leave is 25 days plus public holidays (New Year's Day, Good Friday, Easter Monday, Christmas Day and
Boxing Day). Up to five days may be carried over to {month} of the following year. Parental leave follows
statutory rules; the company tops up pay to 90% for the first 12 weeks.
"""),
    ("pl-pl-regulamin", "pl", "policy", "policy_and_legal", """Uprość ten fragment regulaminu.

§ 5. Reklamacje. Klient może złożyć reklamację w terminie 14 dni od daty otrzymania towaru. Reklamacja
zostanie rozpatrzona w ciągu 14 dni roboczych. Sprzedawca nie odpowiada za opóźnienia spowodowane przez
przewoźnika. Regulamin obowiązuje od {date.l}.
"""),
    ("pl-sv-policy", "sv", "policy", "policy_and_legal", """Sammanfatta policyn i punktform.

Distansarbete: medarbetare får arbeta hemifrån upp till tre dagar per vecka efter överenskommelse med
närmaste chef. Arbetsgivaren står för dator och headset. Arbetsmiljölagen gäller även vid distansarbete.
Policyn gäller från {date.l}.
"""),
    ("pl-tr-sozlesme", "tr", "contract", "policy_and_legal", """Bu maddeyi sade bir dille açıkla.

Madde 11 - Fesih. Taraflardan her biri, otuz (30) gün önceden yazılı bildirimde bulunmak kaydıyla işbu
sözleşmeyi feshedebilir. Uyuşmazlıklarda İstanbul Merkez Mahkemeleri ve İcra Daireleri yetkilidir.
Sözleşme No: {ord}.
"""),
    ("pl-it-contratto", "it", "contract", "policy_and_legal", """Spiega questa clausola in parole semplici.

Art. 14 - Riservatezza. Le Parti si impegnano a non divulgare a terzi le informazioni riservate ricevute
nell'esecuzione del presente contratto per un periodo di tre anni dalla sua cessazione. Foro competente
esclusivo: Tribunale di Milano. Contratto n. {ord} del {date.l}.
"""),
    ("pl-nl-privacy", "nl", "policy", "policy_and_legal", """Herschrijf deze privacyverklaring in B1-taal.

Wij verwerken persoonsgegevens uitsluitend voor het uitvoeren van de overeenkomst en om te voldoen aan
wettelijke verplichtingen. Gegevens worden niet langer bewaard dan noodzakelijk. U kunt een klacht indienen
bij de Autoriteit Persoonsgegevens. Versie {ver}, {date.l}.
"""),
    ("pl-pt-politica", "pt", "policy", "policy_and_legal", """Resume esta política interna.

Política de viagens: as deslocações em Portugal continental devem ser feitas de comboio sempre que
possível. Voos para os Açores e Madeira requerem aprovação do diretor. O limite de alojamento é de {amt.s}
por noite. Entrada em vigor: {date.l}.
"""),
    # chat_without_names
    ("cw-slack-oncall", "en", "slack", "chat_without_names", """Write the handover note from this channel.

#oncall-handover
[{time}] primary: quiet night except for the disk alert on db-replica-2 (cleared itself)
[{time}] secondary: cert renewal for api.example.internal scheduled {day}
[{time2}] primary: PagerDuty test at {time3}, please ack
[{time2}] secondary: noted, also {tkt} is waiting on the vendor
"""),
    ("cw-support-bot", "en", "chat", "chat_without_names", """Improve the bot's answers in this transcript.

User: how do I change my billing address?
Bot: Go to Settings > Billing > Address and click Edit.
User: it's greyed out
Bot: Only account owners can change it. Ask your administrator, or contact support with ticket {tkt}.
User: ok thanks
"""),
    ("cw-sales-standup", "en", "teams", "chat_without_names", """Summarise the blockers from this standup
chat.

[{time}] SDR lead: {n} demos booked this week, two with Goldman Sachs teams
[{time}] AE (DACH): Porsche deal slipped to next quarter, legal review
[{time2}] AE (Nordics): waiting on the security questionnaire from Volvo
[{time2}] Sales ops: Salesforce will be read-only {day} evening for the upgrade
"""),
    ("cw-anon-survey-chat", "en", "chat", "chat_without_names", """\
Group these anonymous Q&A questions from the
all-hands.

Q: Will the Lisbon office get the same hybrid policy as the rest?
Q: Is the bonus pool for {yr} confirmed?
Q: When does the new parental leave policy start?
Q: Can we have the town hall recording with subtitles?
Q: Any plans to open an office in Latin America?
"""),
    ("cw-it-chat", "it", "chat", "chat_without_names", """Riassumi questa chat del reparto.

[{time}] Capoturno: oggi il muletto 2 è fermo per manutenzione
[{time}] Magazzino: allora spostiamo i carichi per Esselunga al pomeriggio
[{time2}] Ufficio spedizioni: il corriere passa alle {time3}
[{time2}] Capoturno: perfetto, grazie a tutti
"""),
    ("cw-nl-chat", "nl", "teams", "chat_without_names", """Maak een kort verslag van deze chat.

[{time}] Teamleider: de kassa's in filiaal 12 liggen eruit
[{time}] IT-servicedesk: bekend probleem, update {ver} wordt teruggedraaid
[{time2}] Teamleider: hoe lang nog ongeveer?
[{time2}] IT-servicedesk: binnen een uur, ticket {tkt}
"""),
    ("cw-pt-chat", "pt", "whatsapp", "chat_without_names", """Resume esta conversa para a ata.

[{time}] Chefe de loja: faltam caixas de água desde ontem
[{time}] Armazém: camião chega {day} às {time2}
[{time2}] Chefe de loja: ok, pomos aviso na prateleira
[{time3}] Sede: registem a rutura no sistema, ref. {tkt}
"""),
    ("cw-de-whatsapp", "de", "whatsapp", "chat_without_names", """Fasse den Verlauf kurz zusammen.

[{time}] Schichtleitung: Band 3 steht, Techniker ist informiert
[{time}] Qualität: Charge {num} sperren bis zur Freigabe
[{time2}] Logistik: LKW nach Wien fährt trotzdem um {time3}
[{time2}] Schichtleitung: passt 👍
"""),
    ("cw-fr-teams", "fr", "teams", "chat_without_names", """Fais un résumé de cette discussion.

[{time}] Support N2 : l'incident {tkt} est résolu, cause : certificat expiré
[{time}] Responsable produit : on prévient les clients ?
[{time2}] Communication : oui, message sur la page de statut avant {time3}
[{time2}] Support N2 : je m'en occupe
"""),
    ("cw-es-teams", "es", "teams", "chat_without_names", """Resume este chat del equipo.

[{time}] Coordinación: la auditoría de calidad es el {day}
[{time}] Producción: necesitamos los registros de la línea 4
[{time2}] Calidad: los subo hoy a la carpeta compartida
[{time2}] Coordinación: gracias, reunión previa a las {time3}
"""),
]


DEV_POS += [
    ("invoice-card-en", "en", "invoice", """\
Check this invoice: does the VAT add up, and is anything on it that
should not be sent by email?

INVOICE {inv}
Date: {date.l}
Bill to: {P1}, {A1}
Item: Annual maintenance plan - {prod}    {amt.s}
VAT 20%
Paid by card {CC} on {date2.l}. Receipt sent to {E1}.
"""),
    ("medical-intake", "en", "medical_form", """\
Summarise this intake form for the physiotherapist in two lines.

PATIENT INTAKE
Patient: {P1.r}
DOB: {B1}
Member ID: {ID1}
Referred by: Dr {P2.l}
Reason: lower back pain since {month}, worse after long drives
Medication: ibuprofen as needed
"""),
    ("env-file-secrets", "en", "code", """Why does the app still connect to the old database with this .env?

# owner: {P1.fl} - do not commit
DATABASE_URL=postgres://app:{PW}@db-prod.internal:5432/orders
STRIPE_SECRET={KEY}
SMTP_USER={W1}
FEATURE_FLAGS=checkout_v2,tax_engine
LOG_LEVEL=info
"""),
    ("git-log-authors", "en", "code", """Write release notes from these commits.

commit {sha.l}
Author: {P1} <{W1}>
Date:   {date.iso}

    Fix rounding of VAT on credit notes ({tkt})

commit {sha2.l}
Author: {P2} <{E2}>
Date:   {date2.iso}

    Bump {prod} client to {ver}
"""),
    ("tax-1099", "en", "tax_form", """Which box on this 1099-NEC is wrong? The amount should be {amt}.

PAYER: {emp} LLC
RECIPIENT'S name: {P1}
RECIPIENT'S TIN: {SSN}
Street address: {A1}
Box 1 Nonemployee compensation: {amt2}
"""),
    ("recruiter-note", "en", "crm_note", """Rewrite this recruiter note as a short candidate summary.

Spoke to {P1} today. Currently based in {K1}, happy to relocate for the right role. Notice period: 3 months.
Expecting {amt.k} base. {P1.f} was referred by {P2.i}. Next step: technical interview with the platform team
on {day}.
"""),
    ("gespraechsnotiz-de", "de", "hr_note", """Formuliere diese Gesprächsnotiz sachlicher.

Gesprächsnotiz, {date}
Teilnehmende: {P1.f} (Teamleitung), {P2}
{P2.f} bittet um Reduzierung auf 30 Stunden ab {month}, weil die Pflege der Mutter in {C2b} mehr Zeit
braucht. Rückmeldung bis {day}.
"""),
    ("ticket-fr", "fr", "ticket", """Rédige une réponse au client à partir de ce ticket.

Ticket {tkt} - Connexion impossible
Client : {P1}
E-mail : {E1}
Adresse IP de la dernière connexion : {IP}
Message : « Depuis la mise à jour {ver}, je ne peux plus me connecter. Merci de me rappeler au {T1}. »
"""),
    ("whatsapp-es", "es", "whatsapp", """Resume este chat de WhatsApp del equipo de ventas.

[{time}] {P1.f}: ¿Alguien tiene el móvil de {P2}? El de {co}
[{time}] {P3}: Sí, {T2}
[{time2}] {P1.f}: Gracias {P3.f}. Le llamo ahora
[{time3}] {P3.f}: Ojo, que vive en {C2} y allí es una hora menos
"""),
    ("immobile-it", "it", "real_estate", """Riscrivi questo annuncio in modo più accattivante.

VENDESI trilocale luminoso con balcone, {n}0 mq, secondo piano.
Indirizzo: {A1}
Prezzo: {amt.k}
Proprietario: {P1}, tel. {T1} (chiamare dopo le 18)
Visite anche il sabato con la vicina, sig.ra {P2.l}.
"""),
    ("fixture-nl", "nl", "code", """Waarom faalt deze test op de CI-server?

# testdata voor de klantenservice-module
klant = Klant(
    naam="{P1}",
    geboortedatum=date.fromisoformat("{B1.iso}"),
    iban="{IBAN}",
    telefoon="{T1}",
)
assert klant.leeftijd() > 18
"""),
    ("slack-pl", "pl", "slack", """Streść ten wątek dla kierownika.

#zespol-wdrozen
{P1.f}: {P2.f}, wysłałeś klientowi hasło do panelu?
{P2.f}: tak, {PW}, ale poprosiłem o zmianę po zalogowaniu
{P1.f}: ok. {P3} pytała jeszcze o fakturę {inv}
{P2.f}: wyślę jej na {E3}
"""),
    ("email-pt", "pt", "email", """Responde a este email de forma simpática.

De: {P1} <{E1}>
Para: Recursos Humanos
Assunto: Alteração de morada

Bom dia,

Mudei-me recentemente para {A1}. Podem atualizar os meus dados? O meu novo contacto é {T1}.

Obrigado,
{P1.f}
"""),
    ("bank-sv", "sv", "bank_statement", """Kategorisera transaktionerna.

Kontoutdrag - {P1}
Kontonummer/IBAN: {IBAN}
{date}  Swish till {P2}          -{amt.s}
{date2}  ICA Maxi                    -{amt2.s}
{date3}  Lön {emp}               +{amt3}
"""),
    ("whatsapp-tr", "tr", "whatsapp", """Bu sohbeti özetle.

[{time}] {P1.f}: {P2.f} Bey'in yeni numarası {T2}
[{time}] {P3}: Teşekkürler, yarın {C2} ofisine mi gidiyor?
[{time2}] {P1.f}: Hayır, artık evden çalışıyor
"""),
]

TEST_POS += [
    ("rental-listing-en", "en", "real_estate", """Rewrite this rental listing so it is fair-housing compliant.

TO LET - 2-bed flat, recently renovated
{A1}
Rent: {amt.s} pcm, deposit five weeks
Landlord: {P1} - call {T1}, no agencies
Current tenant {P2.f} can show the flat on {day} evenings.
"""),
    ("school-trip-en", "en", "school_letter", """Make this letter to parents shorter and friendlier.

Dear parent or carer of {P1},

Year 8 will visit the science museum on {date.l}. Please return the consent slip by {day}. If your child has
medical needs, contact the school nurse, {P2}, on {T2} or {W2}.

Yours sincerely,
{P3.i}
Head of Year 8
"""),
    ("offer-letter-en", "en", "offer_letter", """Check this offer letter for mistakes.

{date.l}

{P1}
{A1}

Dear {P1.f},

We are delighted to offer you the role of Customer Success Manager at {emp}, starting {date2.l}, with a
salary of {amt.k} per annum. Your manager will be {P2}. Please sign and return by {date3.l}.

Best regards,
{P3}, Talent Acquisition
"""),
    ("k8s-secret-yaml", "en", "code", """\
Is it safe to keep this in the repo? Rewrite it using a sealed secret.

apiVersion: v1
kind: Secret
metadata:
  name: billing-api
stringData:
  DB_PASSWORD: "{PW}"
  PAYMENT_API_KEY: "{KEY}"
  ALLOWED_ADMIN_IP: "{IP}"
"""),
    ("card-dispute-chat", "en", "chat", """Summarise this chargeback conversation for the fraud team.

Customer: hi, I'm {P1}, there's a charge I don't recognise
Agent: Sorry to hear that. Which card?
Customer: {CC}
Agent: Thanks. I see a payment of {amt.s} on {date.l}. I'll open dispute {tkt} and email {E1} with details.
"""),
    ("pr-review", "en", "code", """Reply to this code review comment politely.

Review on PR #{n}4 by {P1} ({W1}):
> The fixture still uses a real-looking customer, {P2}, with phone {T2}. Please replace it with obviously
> fake data before merging. Also ping {P3.f} about the flaky test.
"""),
    ("recruiter-country", "en", "crm_note", """Turn this into a candidate profile for the hiring manager.

{P1.U} - Senior Data Analyst
Lives in {K1}, willing to work UK hours. Reachable on {E1}.
Referred by {P2}. Salary expectation {amt.k}.
"""),
    ("gp-referral", "en", "medical_form", """Summarise this referral letter for the clinic's triage list.

Re: {P1}, DOB {B1}, NHS no. {ID1}
{A1}

Thank you for seeing this patient with persistent knee pain since {month}. X-ray on {date.l} was normal.
Kind regards,
Dr {P2}
"""),
    ("slack-de", "de", "slack", """Fasse den Thread kurz zusammen.

#team-einkauf
{P1.f}: Hat jemand die Durchwahl von {P2} bei {co}?
{P3}: {T2}, aber sie ist bis {day} im Urlaub
{P1.f}: Danke! Dann schreibe ich {P2.f} an {E2}
"""),
    ("promesse-embauche-fr", "fr", "offer_letter", """Relis cette promesse d'embauche et corrige les fautes.

{P1}
{A1}

Madame,

Nous avons le plaisir de vous confirmer votre embauche en qualité de comptable à compter du {date.l}.
Votre responsable sera {P2}. Merci de nous retourner ce courrier signé avant le {date2.l}.

{P3.fL}
Directrice des ressources humaines
"""),
    ("factura-es", "es", "invoice", """Comprueba el IVA de esta factura.

FACTURA {inv} - Fecha: {date}
Cliente: {P1}
Domicilio: {A1}
Documento: {ID1}
Concepto: reforma de baño    {amt.s}
IVA 21 %
Pago con tarjeta {CC}
"""),
    ("cv-it", "it", "cv", """Rendi questo curriculum più sintetico.

{P1}
Nata a {C1b} il {B1.l}
Residente in {A1}
Cell. {T1} - {E1}

Esperienze: responsabile amministrativa presso {emp} ({yr} - oggi); impiegata presso {co}.
"""),
    ("whatsapp-nl", "nl", "whatsapp", """Vat dit groepsgesprek samen.

[{time}] {P1.f}: Weet iemand of {P2.f} morgen komt?
[{time}] {P3}: Ze is ziek, ze belde vanuit {C2}
[{time2}] {P1.f}: Oké, ik bel haar even op {T2}
"""),
    ("email-pl", "pl", "email", """Napisz uprzejmą odpowiedź na tego maila.

Od: {P1} <{E1}>
Temat: Zmiana danych do przelewu

Dzień dobry,

proszę o aktualizację mojego numeru konta na {IBAN}. Mój nowy adres to {A1}.

Pozdrawiam,
{P1.f}
{T1}
"""),
    ("cv-sv", "sv", "cv", """Korta ner det här CV:t till en halv sida.

{P1}
{A1} · {T1} · {E1}

Erfarenhet: ekonomiassistent på {emp} sedan {yr}, tidigare på {co}.
Referens: {P2}, {T2}
"""),
    ("log-tr", "tr", "logs", """Bu giriş loglarında şüpheli bir durum var mı?

{date.iso} {time}:14 giriş başarısız kullanıcı={E1} ip={IP}
{date.iso} {time}:15 giriş başarısız kullanıcı={E1} ip={IP}
{date.iso} {time}:20 giriş başarılı kullanıcı={E1} ip={IP2}
"""),
    ("w2-correction", "en", "hr_form", """Draft an email to payroll asking them to correct this W-2.

Employee: {P1}
SSN: {SSN}
Address: {A1}
Issue: box 1 wages show {amt}, but the final payslip says {amt2}.
"""),
]


DEV_NEG += [
    ("be-book-club", "en", "email", "business_email", """Make this L&D announcement punchier.

Hi all,

The leadership reading circle is back! This quarter we read "The Phoenix Project", "Good to Great" and
"Thinking, Fast and Slow". Sessions run every second {day} at {time} in the Atlas room and on Teams.
Copies can be ordered through the learning portal (cost centre 7730) until {date.l}.

Happy reading,
Learning & Development
"""),
    ("cw-film-night", "en", "slack", "chat_without_names", """Count the votes in this thread.

#social-club
[{time}] social-bot: Poll for {month}'s film night: The Big Short / Inside Out / Moneyball / Margin Call
[{time}] :popcorn: 6 votes for The Big Short
[{time2}] :popcorn: 4 votes for Inside Out
[{time2}] social-bot: Screening on {day} at 6 pm in the canteen, pizza sponsored by the Munich office
"""),
    ("cl-json-webhook", "en", "json", "code_and_logs", """Write a JSON schema for this webhook event.

{
  "event_id": "{uuid}",
  "type": "inventory.adjusted",
  "occurred_at": "{date.iso}T09:14:03Z",
  "warehouse": "RTM-02",
  "lines": [
    {"sku": "{sku}", "delta": -{n}, "reason": "damaged"},
    {"sku": "{sku2}", "delta": {n2}, "reason": "cycle_count"}
  ],
  "source": {"system": "wms", "version": "{ver}", "commit": "{sha}"}
}
"""),
]

TEST_NEG += [
    ("rn-learning-report", "en", "report", "report_and_numbers", """Summarise the learning report for HR.

Learning report {q} {yr}
Course completions: {num}
Most borrowed titles: "Atomic Habits", "The Lean Startup", "Start with Why"
Average rating: 4.{n}/5
Compliance training (GDPR, anti-bribery) completion: {pct}%
Budget used: {amt}
"""),
    ("cw-movie-poll", "en", "teams", "chat_without_names", """Which film won? Summarise the poll.

[{time}] Events channel: Movie night options for {day}: The Social Network, Hidden Figures, Office Space
[{time}] Reply: Office Space please, it's basically our sprint review
[{time2}] Reply: +1 for Hidden Figures
[{time2}] Events channel: Office Space wins, {time3} in the Dublin office lounge
"""),
    ("cl-json-order-event", "en", "json", "code_and_logs", """Why does our consumer reject this event?

{
  "id": "{uuid}",
  "kind": "order.shipped",
  "order": "{ord}",
  "carrier": "DHL Express",
  "tracking": "{trk}",
  "shipped_at": "{date.iso}",
  "items": [{"sku": "{sku}", "qty": {n}}],
  "schema_version": "{ver}"
}
"""),
]


DEV_POS += [
    ("jira-comment-en", "en", "ticket", """Turn this Jira thread into a bug summary.

OPS-{num} Checkout fails for Ferrero B2B accounts on {ver}
{P1.fl} commented: reproduced on staging, only for orders shipped to the Rotterdam warehouse.
{P2.f} commented: looks like the VAT lookup for NL returns null since the {date.l} deploy.
"""),
    ("expense-claim-en", "en", "expense", """Does this expense claim comply with the travel policy (meals max
$60/day)?

Claimant: {P1.i}
Trip: {q} sales kickoff, {date.l} - {date2.l}
Dinner with the Goldman Sachs procurement team: {amt.s}
Taxi airport to office: $48.20
Hotel (Hilton, 2 nights): {amt2.s}
"""),
    ("press-quote-en", "en", "press", """Shorten this press release to 80 words.

{emp} opens new distribution hub near Manchester Airport

The 40,000 m2 site will serve Tesco, Boots and Johnson & Johnson from {month} {yr}. "This brings us
closer to our customers in the North West," said {P1}, Head of Logistics. The investment of {amt.k}
creates {n}0 jobs.
"""),
    ("calendar-invite-en", "en", "calendar", """Write a short agenda for this meeting invite.

{q} business review - {co}
When: {day}, {date.l}, {time} - {time2} CET
Where: Teams / Room Kilimanjaro
Organizer: {P1} ({W1})
Optional: the CFO, EMEA sales lead
"""),
    ("urlaubsantrag-de", "de", "hr_request", """Formuliere eine kurze Antwort auf diesen Urlaubsantrag.

Urlaubsantrag
Mitarbeiterin: {P1}
Zeitraum: {date} bis {date2}
Vertretung: {P2.f} (Team Controlling)
Hinweis: Monatsabschluss {month} ist vorher erledigt, das Reporting an die Zentrale in Stuttgart läuft
automatisch.
"""),
    ("note-frais-fr", "fr", "expense", """Vérifie si cette note de frais respecte la politique voyage.

Note de frais - {P1.LF}
Mission : salon Vinexpo, {date.l}
Billet de train aller-retour (SNCF) : {amt.s}
Hôtel Ibis, deux nuits : {amt2.s}
Déjeuner client Carrefour : {amt3.s}
"""),
    ("turnos-es", "es", "schedule", """Revisa este cuadrante y dime si falta cubrir algún turno.

Cuadrante semana {n} - Almacén central
Lunes mañana: {P1.f} / Lunes tarde: {P2.f}
Martes mañana: {P1.f} / Martes tarde: sin cubrir
Inventario de Mercadona el {day}: todo el equipo.
"""),
    ("helpdesk-it", "it", "ticket", """Scrivi una risposta standard a questo ticket.

Ticket {tkt} - Stampante non funzionante
Aperto da: {P1} (interno 4{n})
Area: Amministrazione, terzo piano
Dettagli: la stampante Ricoh segnala "errore 552" dopo l'aggiornamento {ver}.
"""),
    ("agenda-nl", "nl", "meeting_notes", """Maak een agenda voor dit overleg.

Overleg leveranciers {date.l}
Voorzitter: {P1}
Punten: prijsverhoging Heineken, levering DC Tilburg, nieuwe kassa's Albert Heijn
Notulen: {P2.i}
"""),
    ("sms-pt", "pt", "sms", """Reescreve esta mensagem de forma mais profissional.

Olá {P1.f}, aqui é o {P2.f} da loja. A encomenda {ord} da Sonae já chegou, pode levantar
amanhã até às 19h. Qualquer coisa liga {T2}.
"""),
]

TEST_POS += [
    ("pr-description-en", "en", "code", """Improve this pull request description.

Fix currency rounding for Heineken invoices (#{n}12)
Reported by {P1.fl} in {tkt}. Rounding now uses banker's rounding as required by the Dutch tax office.
Tested against release {ver} on staging (eu-west-1). Reviewer: {P2.f}
"""),
    ("travel-booking-en", "en", "travel", """Check this booking confirmation for anything I should fix.

Booking ref: {num}
Traveller: {P1.U}
Flight: BA 0{n}72, {date.l}, British Airways
Hotel: Marriott Conference Centre, 2 nights, billed to cost centre 4410
Purpose: {prod} launch with Pirelli
"""),
    ("newsletter-en", "en", "newsletter", """Edit this internal newsletter item.

Welcome to the team! {P1} joins Customer Success this month, coming from Deloitte. Say hi at the {day} coffee
round. Also congratulations to the Sydney and Toronto teams for closing the {co} deal.
"""),
    ("invite-en", "en", "calendar", """Suggest a better subject line for this invite.

Subject: {prod} steering committee
Organizer: {P1.r}
Time: {day} {time}-{time2} GMT, Boardroom 2
Attendees: COO, Head of Procurement, {P2}
"""),
    ("auftrag-de", "de", "ticket", """Fasse diesen Serviceauftrag zusammen.

Serviceauftrag {tkt}
Kunde: Würth (Filiale {num})
Ansprechpartner vor Ort: {P1}
Techniker: {P2.i}
Fehler: Kassensystem startet nach Update {ver} nicht
"""),
    ("conges-fr", "fr", "hr_request", """Réponds à cette demande de congés.

Demande de congés
Salarié : {P1}
Du {date} au {date2}
Remplaçante : {P2.f}
Commentaire : clôture du {q} terminée, dossiers Carrefour transmis au siège de Genève.
"""),
    ("pedido-es", "es", "crm_note", """Resume esta nota del CRM.

Cliente: El Corte Inglés
Contacto: {P1}, jefa de compras
Notas: pide muestras de {prod} antes del {date.l}. Llamar a {P1.f} al {T1}.
"""),
    ("ordine-it", "it", "crm_note", """Trasforma questa nota in una email per il cliente.

Cliente: Barilla
Referente: {P1}
Ordine {ord}: {n}0 cartoni, consegna {day}
Nota: {P1.f} chiede la fattura elettronica con codice SDI.
"""),
    ("notulen-nl", "nl", "meeting_notes", """Maak van deze notulen een actielijst.

Teamoverleg {date.l}
Aanwezig: {P1}, {P2.f}
1. Contract Philips verlengd tot {yr}.
2. {P2.f} regelt de training voor het nieuwe ERP.
"""),
    ("recado-pt", "pt", "sms", """Melhora o texto deste recado.

{P1.f}, o cliente da Natura ligou de novo sobre o pedido {ord}. Pediu para falar com a {P2} ainda hoje.
O escritório de Curitiba confirma a entrega na {day}.
"""),
]


DEV_POS += [
    ("courrier-syndic-fr", "fr", "letter", """Résume ce courrier du syndic en trois phrases.

Objet : travaux de ravalement - copropriété du {A1}

Madame, Monsieur,

Suite à l'assemblée générale du {date.l}, M. {P2.l} (bâtiment B) et Mme {P3.l} (bâtiment A) ont été
désignés membres du conseil syndical. Les appels de fonds seront adressés à chaque copropriétaire.
Pour toute question, contactez votre gestionnaire, {P4}, au {T4}.
"""),
    ("carta-banco-es", "es", "letter", """Redacta una respuesta formal a esta carta del banco.

Estimado Sr. {P1.l}:

Le informamos de que su préstamo hipotecario n.º {num} presenta un recibo impagado de {amt.s}. Puede
regularizarlo en cualquier oficina o mediante transferencia a la cuenta {IBAN}. Su gestora, la Sra. {P2},
le atenderá en el {T2}.

Atentamente,
Departamento de Recuperaciones
"""),
    ("pismo-urzad-pl", "pl", "letter", """Napisz odpowiedź na to pismo w imieniu firmy.

Szanowna Pani {P1},

w związku z wnioskiem z dnia {date} o wydanie zaświadczenia o zatrudnieniu uprzejmie informujemy, że
dokument zostanie wysłany na adres {A1}. W razie pytań prosimy o kontakt z Panem {P2.l}, tel. {T2}.

Z poważaniem
Dział Kadr
"""),
    ("brief-gemeente-nl", "nl", "letter", """Herschrijf deze brief in eenvoudige taal.

Aan dhr. {P1.i}
{A1}

Onderwerp: uw aanvraag parkeervergunning

Geachte heer {P1.l},

Uw aanvraag van {date.l} is in behandeling genomen. Mevr. {P2.i} van team Vergunningen neemt binnen
tien werkdagen contact met u op via {E1}.
"""),
    ("consulta-pt", "pt", "medical_form", """Resume este registo de consulta para o processo do paciente.

Consulta de {date.l} - Dra. {P1}
Utente: {P2}, n.º de utente {ID2}
Data de nascimento: {B2}
Motivo: dor lombar persistente. Indicação para fisioterapia na clínica da Sonae Saúde.
Contacto de emergência: {P3.f} ({T3})
"""),
    ("lettera-avvocato-it", "it", "legal_letter", """Rendi meno aggressivo il tono di questa lettera.

Egregio Dott. {P1},

scrivo per conto della mia assistita, Sig.ra {P2}, residente in {A2}, in merito al mancato pagamento del
canone di {month}. La invito a saldare l'importo di {amt.s} entro quindici giorni.

Avv. {P3}
"""),
    ("dilekce-tr", "tr", "letter", """Bu dilekçeyi daha resmi bir dille yeniden yaz.

Sayın {P1},

{date.l} tarihli başvurunuz üzerine, {P2} adına düzenlenen çalışma belgesi ekte sunulmuştur.
Sorularınız için {P3.f} Hanım'a {T3} numarasından ulaşabilirsiniz.

İnsan Kaynakları Müdürlüğü
"""),
    ("kuendigung-de", "de", "letter", """Prüfe dieses Kündigungsschreiben auf Vollständigkeit.

{P1}
{A1}

An die Hausverwaltung
z. Hd. Frau Dr. {P2.l}

Kündigung des Mietvertrags

Sehr geehrte Frau Dr. {P2.l},

hiermit kündige ich den Mietvertrag für die oben genannte Wohnung fristgerecht zum {date.l}. Die Kaution
bitte ich auf mein Konto {IBAN} zu überweisen.

Mit freundlichen Grüßen
{P1}
"""),
    ("kallelse-sv", "sv", "letter", """Skriv om kallelsen så att den blir vänligare.

Kallelse till medarbetarsamtal

Hej {P1.f},

Du kallas till medarbetarsamtal med {P2} den {date.l} kl. {time}. Ta gärna med dina mål från förra året.
Om tiden inte passar, ring {P2.f} på {T2}.
"""),
]

TEST_POS += [
    ("convocation-fr", "fr", "hr_letter", """Rends cette convocation plus courtoise.

Madame {P1},
{A1}

Objet : convocation à un entretien préalable

Madame,

Vous êtes convoquée le {date.l} à {time} par M. {P2.l}, responsable du personnel. Vous pouvez vous faire
assister par une personne de votre choix. Pour toute question : {W2}.
"""),
    ("cita-medica-es", "es", "medical_form", """Resume esta cita médica en una línea para el calendario.

Paciente: {P1}
Fecha de nacimiento: {B1}
Documento: {ID1}
Cita: {date.l}, {time}, con la Dra. {P2.l}, consulta 3
Teléfono de contacto: {T1}
"""),
    ("wezwanie-pl", "pl", "legal_letter", """Złagodź ton tego wezwania do zapłaty.

Pan {P1}
{A1}

WEZWANIE DO ZAPŁATY

Wzywam Pana do zapłaty kwoty {amt.s} tytułem faktury {inv} w terminie 7 dni na rachunek {IBAN}.
Sprawę prowadzi mec. {P2}.
"""),
    ("aanmaning-nl", "nl", "legal_letter", """Maak deze aanmaning iets vriendelijker.

Mevr. {P1}
{A1}

Betreft: tweede herinnering factuur {inv}

Geachte mevrouw {P1.l},

Ondanks onze eerdere herinnering hebben wij uw betaling van {amt.s} nog niet ontvangen. Neem bij vragen
contact op met dhr. {P2.i} via {T2}.
"""),
    ("carta-condominio-pt", "pt", "letter", """Resume esta carta do condomínio.

Ex.mo Sr. {P1}
{A1}

Informamos que a assembleia de condóminos de {date.l} aprovou as obras no telhado. A sua quota-parte é
de {amt.s}. A administradora, Sra. {P2}, está disponível pelo {T2} ou {E2}.
"""),
    ("referto-it", "it", "medical_form", """Spiega questo referto in parole semplici.

Paziente: {P1.LF}
Nato il: {B1}
Codice fiscale: {ID1}
Medico refertante: Dott.ssa {P2}

Esito: radiografia del ginocchio sinistro nella norma. Controllo consigliato tra sei mesi.
"""),
    ("ihtarname-tr", "tr", "legal_letter", """Bu ihtarnamenin dilini yumuşat.

İHTARNAME
Muhatap: {P1}, {A1}
Keşideci: {P2}

{date.l} tarihinden bu yana ödenmeyen {amt.s} tutarındaki kira borcunuzu yedi gün içinde
{IBAN} hesabına ödemeniz gerekmektedir.
"""),
    ("abmahnung-de", "de", "hr_letter", """Formuliere diese Abmahnung sachlicher.

Frau
{P1}
{A1}

Abmahnung

Sehr geehrte Frau {P1.l},

am {date} sind Sie ohne Abmeldung nicht zur Schicht erschienen. Ihr Vorgesetzter, Herr {P2}, hat Sie
mehrfach unter {T1} zu erreichen versucht.

{P3}
Personalleitung
"""),
    ("kallelse-skola-sv", "sv", "school_letter", """Översätt det här brevet till engelska.

Till vårdnadshavare för {P1}

Skolsköterskan {P2} kallar till hälsobesök {date.l} kl. {time}. Meddela förhinder till {W2} eller
{T2}.
"""),
]


DEV_NEG += [
    ("tb-book-order", "en", "csv", "tables", """Which of these titles are out of stock? Draft the reorder.

isbn,title,publisher,stock,price
{isbn},The Phoenix Project,IT Revolution,{n},{amt.p}
{isbn2},Good to Great,HarperCollins,0,{amt2.p}
{isbn3},Thinking Fast and Slow,Penguin,{n2},{amt3.p}
"""),
    ("cl-build-versions", "en", "logs", "code_and_logs", """Which agents still run the old client? Summarise.

agent-eu-01  client {build}  os Windows Server 2022 (KB50{num})  last seen {date.iso} {time}
agent-eu-02  client {build2}  os Ubuntu 22.04.4 LTS            last seen {date.iso} {time2}
agent-us-07  client {build}  os Windows Server 2019 (KB50{num2})  last seen {date2.iso} {time3}
"""),
]

TEST_NEG += [
    ("tb-de-artikelstamm", "de", "tsv", "tables", """Prüfe die EAN-Spalte auf Tippfehler.

artikelnr\tbezeichnung\tmarke\tean\tvk
{sku}\tKaffeevollautomat\tMiele\t{ean}\t{amt.p}
{sku2}\tAkkuschrauber 18 V\tBosch\t{ean2}\t{amt2.p}
{sku3}\tGummibärchen 1 kg\tHaribo\t{ean3}\t{amt3.p}
"""),
    ("cl-firmware-rollout", "en", "logs", "code_and_logs", """Summarise the firmware rollout status.

[{date.iso} {time}] fleet-manager: rollout {build} started for 1,240 scanners in the Leipzig DC
[{date.iso} {time}] fleet-manager: 312 devices updated, 4 failed (error 0x80070{n}), retrying
[{date.iso} {time2}] fleet-manager: rollback target set to {build2}
[{date.iso} {time3}] fleet-manager: rollout paused by change {tkt}
"""),
]


if __name__ == "__main__":
    raise SystemExit(main())
