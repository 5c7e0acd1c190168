"""corpus18: long pasted documents with sparse personal data (an eighteenth author, who never read the \
scrubber).

What people paste into an AI assistant when they want a whole document summarised, rewritten, translated or
analysed: meeting minutes, status reports, market and competitor analyses, wiki pages, customer-interview
notes, incident post-mortems, sales-call transcripts, newsletters, e-mail threads of six to ten messages, CVs
pasted for feedback, tenancy and employment contracts, book and film club write-ups, team offsite plans. Every
record opens with an instruction line and runs 1,200 to 5,000 characters. The documents are full of proper
nouns that are not personal data (companies and products, markets and offices, venues, public figures as
topics, fictional characters, laws, drugs, software, teams, months); among them the positives hold sparse
personal data (three to twelve spans): attendees' and customers' names of 30+ cultures typed by hand (``Last,
First``, initials, lower case in chat, a first name after "Hi", a surname after Mr/Ms/Dr), their e-mails and
phones, a home town or address tied to a person, a birth date, an SSN or national id, a card or IBAN, a
laptop's IP, a password or key pasted in a post-mortem. About 80 % English (US, UK, Indian, Australian, South
African, Nigerian, Irish writers), 20 % German, French, Spanish (dev half) and Italian, Dutch, Portuguese
(test half).
About 35 % of the records are negatives of the same genres and length (no personal data), each with a
``neg_class``; a public figure's birth date or birthplace in a news digest is a public-interest topic, not
personal data, and is not labelled.

Labelling rules (those of corpus17):
- PERSON: a person's name as written (full, ``Last, First``, upper or lower case, initial and surname, a given
  name or surname alone); titles (Mr, Dr, Ms) stay outside the span. Companies, brands, products, public
  figures or fictional characters named as topics are not labelled.
- LOCATION: a postal address of a person, one span per line; an address written on one line is one span. A
  town, region or country alone is labelled only when tied to a person (where they live, were born, are moving
  to or from). Offices, markets, venues, destinations and places named as topics are not labelled.
- DATE_OF_BIRTH: a birth date near a birth cue. Other dates are not labelled.
- NATIONAL_ID: government personal identifiers other than the US SSN (national insurance, tax, identity card,
  passport numbers). US_SSN: the US social security number.
- SECRET: passwords, API keys, tokens, connection-string passwords (the password alone).
- PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD (Luhn-valid), IBAN_CODE (mod-97-valid), IP_ADDRESS (public only).

Two halves with disjoint templates, name/street/town/company pools and secret words:
``python -m benchmarks.corpus18 --half dev|test [--n N] [--seed S]`` prints JSONL.
"""

import datetime
import random
import re
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 1818
MIN_LEN, MAX_LEN = 800, 6000
NEG_SHARE = 0.35
TYPES = (
    "PERSON",
    "LOCATION",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "DATE_OF_BIRTH",
    "US_SSN",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "NATIONAL_ID",
    "SECRET",
)
NEG_CLASSES = (
    "market_report",
    "news_digest",
    "book_film_club",
    "travel_offsite",
    "product_docs",
    "policy_document",
    "lecture_notes",
    "sports_recap",
)
THEMES = (
    "minutes",
    "status_report",
    "market_analysis",
    "wiki_page",
    "interview_notes",
    "postmortem",
    "sales_call",
    "newsletter",
    "email_thread",
    "cv",
    "contract",
    "club_writeup",
    "offsite_plan",
) + NEG_CLASSES
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")


# ---------------------------------------------------------------- check digits


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def luhn_ok(s: str) -> bool:
    d = [int(c) for c in _digits(s)]
    if len(d) < 12:
        return False
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        total += x
    return total % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError(body)


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    a, g, n = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def nino_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return bool(re.fullmatch(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s))


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_ok(s: str) -> bool:
    c = 0
    for i, x in enumerate(reversed(_digits(s))):
        c = _VD[c][_VP[i % 8][int(x)]]
    return c == 0


def aadhaar_ok(s: str) -> bool:
    d = _digits(s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def za_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) != 13 or not luhn_ok(d):
        return False
    return 1 <= int(d[2:4]) <= 12 and 1 <= int(d[4:6]) <= 31


def bsn_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) != 9:
        return False
    return (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s: str) -> bool:
    s = s.replace("-", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    num = int(str("XYZ".index(m[1])) + m[2]) if m[1] else int(m[2])
    return _DNI[num % 23] == m[3]


def pps_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{7})([A-W])", s.upper())
    if not m:
        return False
    r = sum(int(x) * (8 - i) for i, x in enumerate(m[1])) % 23
    return "WABCDEFGHIJKLMNOPQRSTUV"[r] == m[2]


def tfn_ok(s: str) -> bool:
    d = _digits(s)
    return (
        len(d) == 9
        and sum(int(x) * w for x, w in zip(d, (1, 4, 3, 7, 5, 8, 6, 9, 10), strict=True)) % 11 == 0
    )


def nif_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) != 9 or d[0] not in "123":
        return False
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) % 11
    return int(d[8]) == (0 if c >= 10 else c)


CHECKS: dict[str, Callable[[str], bool]] = {
    "card": luhn_ok,
    "iban": iban_ok,
    "ssn": ssn_ok,
    "nino": nino_ok,
    "aadhaar": aadhaar_ok,
    "za_id": za_ok,
    "bsn": bsn_ok,
    "dni": dni_ok,
    "pps": pps_ok,
    "tfn": tfn_ok,
    "nif": nif_ok,
}


# ------------------------------------------------ pools (typed by hand; even entries dev, odd test)


def _split(items, half: str) -> list:
    """Even positions to dev, odd to test: the halves never share a pool entry."""
    return list(items[0 if half == "dev" else 1 :: 2])


# culture: (home country, given names, surnames)
NAMES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "us": (
        "US",
        ("Brianna", "Tyler", "Kaylee", "Dustin", "Shelby", "Garrett"),
        ("Kowalczyk", "Whitfield", "Brannigan", "Holloway", "Dunaway", "Pruitt"),
    ),
    "african_american": (
        "US",
        ("Keisha", "Darnell", "Latoya", "Jamal"),
        ("Washburn", "Oduya", "Freeman", "Tolliver"),
    ),
    "english": (
        "GB",
        ("Harriet", "Rupert", "Imogen", "Alfie", "Phoebe", "Toby"),
        ("Ashworth", "Pemberton", "Thistlethwaite", "Catterall", "Fairbrother", "Ollerenshaw"),
    ),
    "scottish": (
        "GB",
        ("Isla", "Fraser", "Kirsty", "Callum"),
        ("McLeish", "Drummond", "Sinclair", "Urquhart"),
    ),
    "welsh": ("GB", ("Carys", "Rhodri", "Seren", "Gethin"), ("Pritchard", "Llewellyn", "Bevan", "Vaughan")),
    "irish": (
        "IE",
        ("Siobhán", "Cian", "Aoife", "Oisín", "Niamh", "Ruairí"),
        ("Ní Bhriain", "Ó Súilleabháin", "Mac Giolla", "Fitzgerald", "Cullinane", "Mulcahy"),
    ),
    "hindi": (
        "IN",
        ("Ananya", "Rohit", "Pooja", "Vikram"),
        ("Shrivastava", "Agarwal", "Tripathi", "Bhardwaj"),
    ),
    "tamil": (
        "IN",
        ("Kavitha", "Senthil", "Priyadarshini", "Arumugam"),
        ("Ramasamy", "Subramanian", "Venkatesan", "Palaniappan"),
    ),
    "bengali": (
        "IN",
        ("Sohini", "Arnab", "Rituparna", "Debashish"),
        ("Chattopadhyay", "Mukherjee", "Bhattacharya", "Sengupta"),
    ),
    "punjabi": (
        "IN",
        ("Harpreet", "Gurdeep", "Simran", "Jaswinder"),
        ("Dhillon", "Sandhu", "Grewal", "Gill"),
    ),
    "marathi": (
        "IN",
        ("Aditi", "Sachin", "Madhuri", "Tushar"),
        ("Kulkarni", "Deshpande", "Joshi", "Patwardhan"),
    ),
    "australian": (
        "AU",
        ("Brooke", "Lachlan", "Tegan", "Jarrod"),
        ("Fitzsimons", "Cartwright", "Maddern", "Blackwood"),
    ),
    "afrikaans": (
        "ZA",
        ("Annelie", "Pieter", "Marelize", "Johan"),
        ("Steenkamp", "van Wyk", "Pretorius", "Oosthuizen"),
    ),
    "zulu": ("ZA", ("Nomvula", "Sipho", "Thandeka", "Bongani"), ("Dlamini", "Mkhize", "Ngcobo", "Zulu")),
    "xhosa": ("ZA", ("Ayanda", "Lwazi", "Zintle", "Luvuyo"), ("Mbeki", "Nkosi", "Sisulu", "Gqoba")),
    "yoruba": (
        "NG",
        ("Adebola", "Oluwaseun", "Folasade", "Babatunde"),
        ("Adeyemi", "Ogunleye", "Afolabi", "Balogun"),
    ),
    "igbo": (
        "NG",
        ("Chiamaka", "Obinna", "Ngozika", "Chukwuemeka"),
        ("Okonkwo-Eze", "Nwosu", "Eze", "Okafor"),
    ),
    "hausa": ("NG", ("Aisha", "Abubakar", "Hauwa", "Suleiman"), ("Bello", "Danjuma", "Yakubu", "Garba")),
    "german": (
        "DE",
        ("Annika", "Jannik", "Friederike", "Lennart"),
        ("Brückner", "Heidemann", "Schäfer", "Wohlgemuth"),
    ),
    "french": (
        "FR",
        ("Margaux", "Étienne", "Clémence", "Thibault"),
        ("Lefèvre", "Garnier", "Rousseau", "Chevalier"),
    ),
    "spanish": (
        "ES",
        ("Lucía", "Álvaro", "Nerea", "Íñigo"),
        ("Fernández", "Iglesias", "Castaño", "Zubizarreta"),
    ),
    "italian": (
        "IT",
        ("Chiara", "Matteo", "Federica", "Lorenzo"),
        ("Bianchi", "Esposito", "Ferraro", "Colombo"),
    ),
    "dutch": ("NL", ("Femke", "Joost", "Sanne", "Bram"), ("de Vries", "Bakker", "Mulder", "Visser")),
    "portuguese": (
        "PT",
        ("Inês", "Gonçalo", "Beatriz", "Tiago"),
        ("Carvalho", "Figueiredo", "Gonçalves", "Magalhães"),
    ),
    "brazilian": (
        "PT",
        ("Thaís", "Rafael", "Larissa", "Leandro"),
        ("Nascimento", "Rodrigues", "Albuquerque", "Lima"),
    ),
    "polish": (
        "GB",
        ("Zuzanna", "Bartosz", "Agnieszka", "Wojciech"),
        ("Wiśniewska", "Zieliński", "Kamińska", "Lewandowski"),
    ),
    "chinese": ("AU", ("Xiaoling", "Wei", "Meiling", "Jianhong"), ("Zhang", "Guo", "Liu", "Chen")),
    "japanese": (
        "US",
        ("Haruka", "Takeshi", "Yumiko", "Kenta"),
        ("Takahashi", "Yamamoto", "Nakamura", "Kobayashi"),
    ),
    "korean": ("US", ("Jiyeon", "Minho", "Seoyeon", "Junseo"), ("Baek", "Choi", "Jung", "Kang")),
    "vietnamese": ("AU", ("Thuy", "Quang", "Lan", "Duc"), ("Nguyen", "Tran", "Pham", "Hoang")),
    "filipino": (
        "US",
        ("Maricel", "Jomar", "Rowena", "Arnel"),
        ("Dimaculangan", "Bautista", "Villanueva", "Macaraeg"),
    ),
    "arabic": ("GB", ("Yasmin", "Omar", "Layla", "Karim"), ("Haddad", "Al-Mansouri", "Khoury", "Farouk")),
    "turkish": ("DE", ("Elif", "Emre", "Zeynep", "Burak"), ("Yılmaz", "Demir", "Şahin", "Çelik")),
    "persian": (
        "GB",
        ("Shirin", "Dariush", "Parisa", "Kourosh"),
        ("Tehrani", "Farahani", "Rostami", "Hosseini"),
    ),
    "greek": (
        "GB",
        ("Eleni", "Giorgos", "Katerina", "Nikos"),
        ("Papadopoulou", "Georgiou", "Kostopoulos", "Dimitriou"),
    ),
    "swedish": (
        "NL",
        ("Linnea", "Oskar", "Ebba", "Viktor"),
        ("Lindqvist", "Bergström", "Sjöberg", "Nyström"),
    ),
    "kikuyu": ("GB", ("Wanjiru", "Kamau", "Nyambura", "Mwangi"), ("Njoroge", "Kariuki", "Gitau", "Wambugu")),
    "akan": ("NG", ("Akosua", "Kwabena", "Adwoa", "Kofi"), ("Mensah", "Asante", "Boateng", "Owusu")),
}
# the given names above that are women's names (for Ms/Mr, Frau/Herr; unisex names count as men's)
FEMALE = frozenset(
    """Brianna Kaylee Shelby Keisha Latoya Harriet Imogen Phoebe Isla Kirsty Carys Seren Siobhán Aoife
Niamh Ananya Pooja Kavitha Priyadarshini Sohini Rituparna Simran Aditi Madhuri Brooke Tegan Annelie
Marelize Nomvula Thandeka Zintle Folasade Chiamaka Ngozika Aisha Hauwa Annika Friederike Margaux
Clémence Lucía Nerea Chiara Federica Femke Sanne Inês Beatriz Thaís Larissa Zuzanna Agnieszka
Xiaoling Meiling Haruka Yumiko Jiyeon Seoyeon Thuy Lan Maricel Rowena Yasmin Layla Elif Zeynep
Shirin Parisa Eleni Katerina Linnea Ebba Wanjiru Nyambura Akosua Adwoa""".split()
)
CULTURES = tuple(NAMES)
LANG_CULTURES = {
    "de": ("german", "turkish", "polish"),
    "fr": ("french", "arabic"),
    "es": ("spanish",),
    "it": ("italian",),
    "nl": ("dutch", "turkish"),
    "pt": ("portuguese", "brazilian"),
}


def name_pool(half: str) -> list[tuple[str, str, str]]:
    """Every (given, surname, culture) pair of a half."""
    return [(f, s, c) for c, (_, fs, ss) in NAMES.items() for f in _split(fs, half) for s in _split(ss, half)]


def name_tokens(half: str) -> set[str]:
    out = set()
    for f, s, _ in name_pool(half):
        out |= set(re.findall(r"[\w'-]+", f)) | set(re.findall(r"[\w'-]+", s))
    return out


# country: towns (town, region, postcode pattern) tied to people; never used as topic places
TOWNS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "US": (
        ("Naperville", "IL", "605##"),
        ("Ames", "IA", "500##"),
        ("Bozeman", "MT", "597##"),
        ("Kalamazoo", "MI", "490##"),
        ("Tempe", "AZ", "852##"),
        ("Olympia", "WA", "985##"),
    ),
    "GB": (
        ("Ipswich", "Suffolk", "IP# #@@"),
        ("Harrogate", "North Yorkshire", "HG# #@@"),
        ("Stroud", "Gloucestershire", "GL5 #@@"),
        ("Wokingham", "Berkshire", "RG40 #@@"),
        ("Lancaster", "Lancashire", "LA1 #@@"),
        ("Bangor", "Gwynedd", "LL57 #@@"),
    ),
    "IE": (
        ("Navan", "Co. Meath", "C15 @#@#"),
        ("Tralee", "Co. Kerry", "V92 @#@#"),
        ("Athlone", "Co. Westmeath", "N37 @#@#"),
        ("Dundalk", "Co. Louth", "A91 @#@#"),
        ("Ennis", "Co. Clare", "V95 @#@#"),
        ("Naas", "Co. Kildare", "W91 @#@#"),
    ),
    "IN": (
        ("Thane", "Maharashtra", "4006##"),
        ("Mysuru", "Karnataka", "5700##"),
        ("Nashik", "Maharashtra", "4220##"),
        ("Coimbatore", "Tamil Nadu", "6410##"),
        ("Vadodara", "Gujarat", "3900##"),
        ("Guntur", "Andhra Pradesh", "5220##"),
    ),
    "AU": (
        ("Ballarat", "VIC", "3350"),
        ("Toowoomba", "QLD", "4350"),
        ("Wollongong", "NSW", "2500"),
        ("Bendigo", "VIC", "3550"),
        ("Geelong", "VIC", "3220"),
        ("Townsville", "QLD", "4810"),
    ),
    "ZA": (
        ("Stellenbosch", "Western Cape", "7600"),
        ("Polokwane", "Limpopo", "0700"),
        ("Bloemfontein", "Free State", "9301"),
        ("Pietermaritzburg", "KwaZulu-Natal", "3201"),
        ("Mossel Bay", "Western Cape", "6500"),
        ("Kimberley", "Northern Cape", "8301"),
    ),
    "NG": (
        ("Ibadan", "Oyo State", "2001##"),
        ("Enugu", "Enugu State", "4001##"),
        ("Owerri", "Imo State", "4601##"),
        ("Jos", "Plateau State", "9301##"),
        ("Abeokuta", "Ogun State", "1101##"),
        ("Calabar", "Cross River State", "5401##"),
    ),
    "DE": (
        ("Göttingen", "", "370##"),
        ("Bamberg", "", "960##"),
        ("Lüneburg", "", "213##"),
        ("Tübingen", "", "720##"),
        ("Erlangen", "", "910##"),
        ("Kempten", "", "874##"),
    ),
    "FR": (
        ("Annecy", "", "74000"),
        ("Quimper", "", "29000"),
        ("Colmar", "", "68000"),
        ("Niort", "", "79000"),
        ("Pau", "", "64000"),
        ("Vannes", "", "56000"),
    ),
    "ES": (
        ("Logroño", "La Rioja", "260##"),
        ("Cáceres", "Cáceres", "100##"),
        ("Lugo", "Lugo", "270##"),
        ("Teruel", "Teruel", "440##"),
        ("Huesca", "Huesca", "220##"),
        ("Albacete", "Albacete", "020##"),
    ),
    "IT": (
        ("Lecce", "LE", "731##"),
        ("Bergamo", "BG", "241##"),
        ("Trento", "TN", "381##"),
        ("Modena", "MO", "411##"),
        ("Perugia", "PG", "061##"),
        ("Udine", "UD", "331##"),
    ),
    "NL": (
        ("Zwolle", "", "80## @@"),
        ("Deventer", "", "74## @@"),
        ("Amersfoort", "", "38## @@"),
        ("Leeuwarden", "", "89## @@"),
        ("Haarlem", "", "20## @@"),
        ("Breda", "", "48## @@"),
    ),
    "PT": (
        ("Braga", "", "4700-###"),
        ("Aveiro", "", "3800-###"),
        ("Évora", "", "7000-###"),
        ("Viseu", "", "3500-###"),
        ("Leiria", "", "2400-###"),
        ("Faro", "", "8000-###"),
    ),
}
COUNTRIES = tuple(TOWNS)
STREETS: dict[str, tuple[str, ...]] = {
    "US": (
        "Maple Hollow Rd",
        "Larkspur Lane",
        "W Cedar Ridge Dr",
        "Quail Run Ct",
        "N Sycamore Ave",
        "Birchwood Trl",
    ),
    "GB": (
        "Tenterden Close",
        "Mulberry Walk",
        "Pennine View",
        "Foxglove Road",
        "Abbotsford Crescent",
        "Rydal Mews",
    ),
    "IE": (
        "Ardmore Park",
        "Castle Meadows",
        "Oakwood Grove",
        "Church View",
        "Millbrook Drive",
        "Glenard Lawn",
    ),
    "IN": (
        "Flat 4B, Sai Krupa Apts, Hiranandani Rd",
        "12, 3rd Cross, Gokulam",
        "Plot 27, Indira Nagar",
        "Door 8/114, Race Course Rd",
        "B-302, Shrinath Residency, Alkapuri",
        "22-5-17, Brodipet",
    ),
    "AU": ("Wattle Grove", "Banksia Cres", "Jacaranda St", "Lyrebird Ct", "Ironbark Rd", "Kookaburra Pl"),
    "ZA": (
        "Dorp Street",
        "Jacaranda Avenue",
        "Protea Close",
        "Boom Street",
        "Milkwood Crescent",
        "Du Toit Road",
    ),
    "NG": (
        "Bodija Estate Road",
        "Independence Layout",
        "Wetheral Road",
        "Rayfield Close",
        "Oke-Ilewo Street",
        "Marian Road",
    ),
    "DE": ("Lindenallee", "Am Mühlbach", "Kastanienweg", "Hainbuchenstraße", "Brunnengasse", "Auf der Höhe"),
    "FR": (
        "rue des Tilleuls",
        "chemin du Lavoir",
        "allée des Mésanges",
        "rue de la Tannerie",
        "impasse des Vignes",
        "boulevard de la Paix",
    ),
    "ES": (
        "Calle Portales",
        "Avenida de la Constitución",
        "Calle del Pozo",
        "Paseo de la Ribera",
        "Calle Mayor",
        "Travesía del Sol",
    ),
    "IT": (
        "Via dei Mille",
        "Via Garibaldi",
        "Vicolo del Pozzo",
        "Viale della Vittoria",
        "Via San Rocco",
        "Corso Mazzini",
    ),
    "NL": ("Prinsengracht", "Kastanjelaan", "Molenstraat", "Beukenweg", "Havenkade", "Lindelaan"),
    "PT": (
        "Rua das Flores",
        "Avenida da Liberdade",
        "Travessa do Carmo",
        "Rua Direita",
        "Largo do Rossio",
        "Rua de Santa Catarina",
    ),
}
COUNTRY_NAMES = {
    "US": "USA",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "IN": "India",
    "AU": "Australia",
    "ZA": "South Africa",
    "NG": "Nigeria",
    "DE": "Germany",
    "FR": "France",
    "ES": "Spain",
    "IT": "Italy",
    "NL": "Netherlands",
    "PT": "Portugal",
}

# employers of the people in the documents (their work e-mail domains); invented, split by half
COMPANIES = (
    "Brightwater Analytics",
    "Kestrel Logistics",
    "Harbourline Insurance",
    "Nimbusfield Software",
    "Oakhurst Foods",
    "Tidewell Energy",
    "Copperleaf Retail",
    "Stonebridge Health",
    "Lumora Labs",
    "Quillon Media",
    "Redfern Engineering",
    "Vantapoint Consulting",
    "Marlowe & Finch",
    "Zephyra Telecom",
    "Greyhaven Capital",
    "Aurelian Pharma",
)
WORK_DOMAINS = (
    "brightwater-analytics.com",
    "kestrel-logistics.co.uk",
    "harbourline.ie",
    "nimbusfield.io",
    "oakhurstfoods.com.au",
    "tidewell.co.za",
    "copperleaf.in",
    "stonebridgehealth.com",
    "lumoralabs.io",
    "quillon.media",
    "redfern-eng.com.au",
    "vantapoint.co.uk",
    "marlowefinch.ie",
    "zephyra.ng",
    "greyhaven.capital",
    "aurelianpharma.eu",
)
MAIL_HOSTS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "hotmail.com",
    "icloud.com",
    "proton.me",
    "gmx.de",
    "orange.fr",
    "yahoo.in",
    "bigpond.com",
    "libero.it",
    "sapo.pt",
    "ziggo.nl",
    "telefonica.net",
)
_PW_WORDS = (
    "Marmalade",
    "Sandpiper",
    "Toboggan",
    "Windmill",
    "Gooseberry",
    "Lanternfish",
    "Paperclip",
    "Thunderbolt",
    "Kingfisher",
    "Saltmarsh",
    "Hazelnut",
    "Moonraker",
    "Bluebottle",
    "Quicksand",
)

# things that are not personal data: public companies, products, figures, places as topics (shared by design)
PUBLIC_COS = (
    "Unilever",
    "Siemens",
    "Infosys",
    "Tata Consultancy Services",
    "Woolworths",
    "Naspers",
    "Dangote Group",
    "Ryanair",
    "Salesforce",
    "Shopify",
    "Atlassian",
    "SAP",
    "Accenture",
    "Nestlé",
    "Vodafone",
    "MTN Group",
    "Flutterwave",
    "Canva",
    "Zomato",
    "Reliance Jio",
    "Stripe",
    "Adyen",
    "ASML",
    "Inditex",
    "Carrefour",
    "Enel",
    "Galp",
    "Philips",
    "Microsoft",
    "Amazon Web Services",
    "Snowflake",
    "HubSpot",
)
PRODUCTS = (
    "Slack",
    "Jira",
    "Confluence",
    "Salesforce Sales Cloud",
    "SAP S/4HANA",
    "Power BI",
    "Tableau",
    "Microsoft Teams",
    "Zoom",
    "Notion",
    "Figma",
    "Datadog",
    "PagerDuty",
    "Kubernetes",
    "PostgreSQL",
    "Snowflake",
    "Workday",
    "ServiceNow",
    "Zendesk",
    "HubSpot CRM",
    "Google Workspace",
    "Okta",
    "GitHub Actions",
    "Terraform",
    "Grafana",
    "Redis",
    "Kafka",
    "Xero",
    "QuickBooks",
    "Miro",
)
FIGURES = (
    "Satya Nadella",
    "Tim Cook",
    "Mary Barra",
    "Jensen Huang",
    "Christine Lagarde",
    "Ursula von der Leyen",
    "Narendra Modi",
    "Cyril Ramaphosa",
    "Bola Tinubu",
    "Anthony Albanese",
    "Keir Starmer",
    "Emmanuel Macron",
    "Giorgia Meloni",
    "Pedro Sánchez",
    "Sundar Pichai",
    "Andy Jassy",
    "Jamie Dimon",
    "Ngozi Okonjo-Iweala",
    "Mukesh Ambani",
    "Aliko Dangote",
    "Simon Harris",
    "Luiz Inácio Lula da Silva",
    "Dick Schoof",
    "Friedrich Merz",
)
CITIES = (
    "London",
    "New York",
    "Singapore",
    "Mumbai",
    "Bengaluru",
    "Sydney",
    "Melbourne",
    "Johannesburg",
    "Lagos",
    "Berlin",
    "Paris",
    "Madrid",
    "Milan",
    "Amsterdam",
    "Lisbon",
    "Dubai",
    "Toronto",
    "Chicago",
    "Austin",
    "São Paulo",
    "Tokyo",
    "Nairobi",
    "Cape Town",
    "Dublin",
    "Manchester",
    "Frankfurt",
    "Barcelona",
    "Rotterdam",
    "Porto",
    "Hyderabad",
    "Auckland",
    "Accra",
)
MARKETS = (
    "the UK",
    "Germany",
    "India",
    "Australia",
    "South Africa",
    "Nigeria",
    "Ireland",
    "the Nordics",
    "Southeast Asia",
    "the Gulf",
    "Brazil",
    "the US Midwest",
    "France",
    "Spain",
    "the Benelux",
    "Japan",
    "Kenya",
    "Canada",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
LAWS = (
    "the GDPR",
    "the EU AI Act",
    "the Digital Operational Resilience Act",
    "DPDP Act 2023",
    "POPIA",
    "the Nigeria Data Protection Act",
    "the Privacy Act 1988",
    "CCPA",
    "SOX",
    "the Consumer Duty",
    "NIS2",
    "the Employment Rights Act",
    "HIPAA",
    "PCI DSS v4.0",
)
TEAMS = (
    "Platform",
    "Growth",
    "Payments",
    "Data Engineering",
    "Customer Success",
    "Finance Ops",
    "Procurement",
    "Brand",
    "Field Sales",
    "SRE",
    "Legal",
    "People Ops",
    "Supply Chain",
    "Mobile",
)

# slot tables for filler sentences, so a sentence names the right kind of thing
APPS = (
    "Slack",
    "Confluence",
    "Salesforce Sales Cloud",
    "SAP S/4HANA",
    "Microsoft Teams",
    "Zoom",
    "Notion",
    "Figma",
    "Workday",
    "ServiceNow",
    "Zendesk",
    "HubSpot CRM",
    "Google Workspace",
    "Okta",
    "Xero",
    "QuickBooks",
    "Miro",
    "DocuSign",
    "Coupa",
    "NetSuite",
)
INFRA = (
    "Kubernetes",
    "PostgreSQL",
    "Redis",
    "the Envoy sidecar",
    "MySQL",
    "the API gateway",
    "Elasticsearch",
    "the Node.js payments service",
    "MongoDB",
    "the Java auth service",
)
CEOS = (
    "Satya Nadella",
    "Tim Cook",
    "Mary Barra",
    "Jensen Huang",
    "Sundar Pichai",
    "Andy Jassy",
    "Jamie Dimon",
    "Mukesh Ambani",
    "Aliko Dangote",
    "Marc Benioff",
    "Christian Klein",
    "Roland Busch",
    "Michael O'Leary",
    "Mike Cannon-Brookes",
    "Melanie Kreis",
    "Hein Schumacher",
)
POLITICIANS = (
    "Narendra Modi",
    "Cyril Ramaphosa",
    "Bola Tinubu",
    "Anthony Albanese",
    "Keir Starmer",
    "Emmanuel Macron",
    "Giorgia Meloni",
    "Pedro Sánchez",
    "Simon Harris",
    "Friedrich Merz",
    "Ursula von der Leyen",
    "Ngozi Okonjo-Iweala",
    "Dick Schoof",
    "Luís Montenegro",
)
BANKERS = (
    "Christine Lagarde",
    "Andrew Bailey",
    "Jerome Powell",
    "Lesetja Kganyago",
    "Sanjay Malhotra",
    "Michele Bullock",
    "Olayemi Cardoso",
    "Gabriel Makhlouf",
)


# ---------------------------------------------------------------- value generators

_MARK = re.compile("\x02([A-Z_]+)\x03(.*?)\x04", re.S)


def mk(kind: str, value: str) -> str:
    """A labelled value inside template text; ``assemble`` turns the marks into spans."""
    return f"\x02{kind}\x03{value}\x04"


def assemble(marked: str) -> tuple[str, list[dict]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        spans.append({"type": m[1], "start": length, "end": length + len(m[2]), "value": m[2]})
        out.append(m[2])
        length += len(m[2])
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


@dataclass
class Person:
    first: str
    last: str
    culture: str
    country: str


def _fill(rng: random.Random, pattern: str) -> str:
    return "".join(
        rng.choice(string.digits) if c == "#" else rng.choice("ABDEFHJLNPRTUWXY") if c == "@" else c
        for c in pattern
    )


class Gen:
    """Random values for one record of one half; remembers the cultures, countries and checked values used."""

    def __init__(self, rng: random.Random, half: str, lang: str = "en"):
        self.rng, self.half, self.lang = rng, half, lang
        self.cultures: list[str] = []
        self.countries: list[str] = []
        self.checks: list[tuple[str, str]] = []
        self._taken: set[str] = set()
        self._said: set[str] = set()
        self.companies = _split(COMPANIES, half)
        self.domains = _split(WORK_DOMAINS, half)
        self.pw_words = _split(_PW_WORDS, half)
        self.company_i = rng.randrange(len(self.companies))

    # -- choices
    def pick(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    @property
    def company(self) -> str:
        return self.companies[self.company_i]

    @property
    def domain(self) -> str:
        return self.domains[self.company_i]

    # -- people
    def person(self, culture: str | None = None, country: str | None = None) -> Person:
        if culture is None:
            pool = LANG_CULTURES.get(self.lang) if self.lang != "en" and self.rng.random() < 0.7 else None
            culture = self.pick(pool or CULTURES)
        home, fs, ss = NAMES[culture]
        for _ in range(50):
            f, s = self.pick(_split(fs, self.half)), self.pick(_split(ss, self.half))
            if f not in self._taken and s not in self._taken:
                break
        self._taken |= {f, s}
        self.cultures.append(culture)
        return Person(f, s, culture, country or home)

    @staticmethod
    def female(p: Person) -> bool:
        return p.first in FEMALE

    def title(self, p: Person, lang: str = "en") -> str:
        """The courtesy title a writer puts before the surname (outside the span)."""
        f = self.female(p)
        return {"en": "Ms" if f else "Mr", "de": "Frau" if f else "Herr", "pt": "A Dra." if f else "O Dr."}[
            lang
        ]

    def people(self, k: int, **kw) -> list[Person]:
        return [self.person(**kw) for _ in range(k)]

    def name(self, p: Person, style: str = "full") -> str:
        v = {
            "full": f"{p.first} {p.last}",
            "lf": f"{p.last}, {p.first}",
            "init": f"{p.first[0]}. {p.last}",
            "low": f"{p.first} {p.last}".lower(),
            "first": p.first,
            "last": p.last,
            "lowfirst": p.first.lower(),
            "upper": f"{p.first} {p.last}".upper(),
            "initials": f"{p.first[0]}{p.last[0]}",
        }[style]
        return mk("PERSON", v)

    # -- contact
    def email(self, p: Person, work: bool = False) -> str:
        f, s = (re.sub(r"[^a-z]", "", _ascii(x).lower()) for x in (p.first, p.last))
        local = self.pick(
            (f"{f}.{s}", f"{f[0]}{s}", f"{f}{s[:3]}{self.rng.randrange(10, 99)}", f"{s}.{f[0]}", f"{f}_{s}")
        )
        if work:
            local = self.pick((f"{f}.{s}", f"{f[0]}.{s}", f"{f}"))
        host = self.domain if work else self.pick(MAIL_HOSTS)
        return mk("EMAIL_ADDRESS", f"{local}@{host}")

    def phone(self, cc: str, intl: bool | None = None) -> str:
        r = self.rng
        if intl is None:
            intl = r.random() < 0.5
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        local, inter = {
            "US": (
                f"({r.choice('2345678')}{d(2)}) {r.choice('2345689')}{d(2)}-{d(4)}",
                f"+1 {r.choice('2345678')}{d(2)} {r.choice('2345689')}{d(2)} {d(4)}",
            ),
            "GB": (
                f"07{r.choice('3456789')}{d(2)} {d(6)}",
                f"+44 7{r.choice('3456789')}{d(2)} {d(3)} {d(3)}",
            ),
            "IE": (f"08{r.choice('35679')} {d(3)} {d(4)}", f"+353 8{r.choice('35679')} {d(3)} {d(4)}"),
            "IN": (f"0{r.choice('6789')}{d(4)} {d(5)}", f"+91 {r.choice('6789')}{d(4)} {d(5)}"),
            "AU": (f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}"),
            "ZA": (f"0{r.choice('678')}{d(1)} {d(3)} {d(4)}", f"+27 {r.choice('678')}{d(1)} {d(3)} {d(4)}"),
            "NG": (f"080{r.choice('3679')} {d(3)} {d(4)}", f"+234 80{r.choice('3679')} {d(3)} {d(4)}"),
            "DE": (f"01{r.choice('567')}{d(1)} {d(7)}", f"+49 1{r.choice('567')}{d(1)} {d(7)}"),
            "FR": (
                f"0{r.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",
                f"+33 {r.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",
            ),
            "ES": (f"6{d(2)} {d(3)} {d(3)}", f"+34 6{d(2)} {d(3)} {d(3)}"),
            "IT": (
                f"3{r.choice('2345')}{d(1)} {d(3)} {d(4)}",
                f"+39 3{r.choice('2345')}{d(1)} {d(3)} {d(4)}",
            ),
            "NL": (f"06-{d(8)}", f"+31 6 {d(4)} {d(4)}"),
            "PT": (
                f"9{r.choice('1236')}{d(1)} {d(3)} {d(3)}",
                f"+351 9{r.choice('1236')}{d(1)} {d(3)} {d(3)}",
            ),
        }[cc]
        self.countries.append(cc)
        return mk("PHONE_NUMBER", inter if intl else local)

    def _town(self, cc: str) -> tuple[str, str, str]:
        t, reg, pc = self.pick(_split(TOWNS[cc], self.half))
        return t, reg, _fill(self.rng, pc)

    def town(self, cc: str, region: bool = False) -> str:
        t, reg, _ = self._town(cc)
        self.countries.append(cc)
        return mk("LOCATION", f"{t}, {reg}" if region and reg else t)

    def address(self, cc: str, lines: bool = False) -> str:
        """A person's postal address: one span a line, or one span on one line."""
        r = self.rng
        st = self.pick(_split(STREETS[cc], self.half))
        t, reg, pc = self._town(cc)
        no = str(r.randrange(2, 180))
        street = {
            "US": f"{no} {st}",
            "GB": f"{no} {st}",
            "IE": f"{no} {st}",
            "IN": st,
            "AU": f"{no} {st}",
            "ZA": f"{no} {st}",
            "NG": f"{no} {st}",
            "DE": f"{st} {no}",
            "FR": f"{no} {st}",
            "ES": f"{st} {no}, {r.randrange(1, 6)}º",
            "IT": f"{st} {no}",
            "NL": f"{st} {no}",
            "PT": f"{st} {no}, {r.randrange(1, 5)}º",
        }[cc]
        town = {
            "US": f"{t}, {reg} {pc}",
            "GB": f"{t} {pc}",
            "IE": f"{t}, {reg}, {pc}",
            "IN": f"{t}, {reg} {pc}",
            "AU": f"{t} {reg} {pc}",
            "ZA": f"{t} {pc}",
            "NG": f"{t}, {reg}",
            "DE": f"{pc} {t}",
            "FR": f"{pc} {t}",
            "ES": f"{pc} {t}",
            "IT": f"{pc} {t} ({reg})",
            "NL": f"{pc} {t}",
            "PT": f"{pc} {t}",
        }[cc]
        self.countries.append(cc)
        if lines:
            return mk("LOCATION", street) + "\n" + mk("LOCATION", town)
        return mk("LOCATION", f"{street}, {town}")

    def dob(self, style: str = "long") -> str:
        r = self.rng
        y, mo, d = r.randrange(1958, 2004), r.randrange(1, 13), r.randrange(1, 29)
        v = {
            "long": f"{d} {MONTHS[mo - 1]} {y}",
            "us": f"{MONTHS[mo - 1]} {d}, {y}",
            "iso": f"{y}-{mo:02d}-{d:02d}",
            "slash": f"{d:02d}/{mo:02d}/{y}",
            "usslash": f"{mo:02d}/{d:02d}/{y}",
            "dot": f"{d:02d}.{mo:02d}.{y}",
            "fr": f"{d} {FR_MONTHS[mo - 1]} {y}",
            "es": f"{d} de {ES_MONTHS[mo - 1]} de {y}",
            "it": f"{d} {IT_MONTHS[mo - 1]} {y}",
            "nl": f"{d} {NL_MONTHS[mo - 1]} {y}",
            "pt": f"{d} de {PT_MONTHS[mo - 1]} de {y}",
            "de": f"{d}. {DE_MONTHS[mo - 1]} {y}",
        }[style]
        self._dob = (y, mo, d)
        return mk("DATE_OF_BIRTH", v)

    def ldate(self) -> str:
        """A date written the way the record's language writes it."""
        r = self.rng
        d, mo, y = r.randrange(1, 29), r.randrange(12), r.randrange(2022, 2027)
        return {
            "de": f"{d}. {DE_MONTHS[mo]} {y}",
            "fr": f"{d} {FR_MONTHS[mo]} {y}",
            "es": f"{d} de {ES_MONTHS[mo]} de {y}",
            "it": f"{d} {IT_MONTHS[mo]} {y}",
            "nl": f"{d} {NL_MONTHS[mo]} {y}",
            "pt": f"{d} de {PT_MONTHS[mo]} de {y}",
        }.get(self.lang, f"{d} {MONTHS[mo]} {y}")

    def when(self, i: int, style: str = "en") -> str:
        """The date of the i-th message of a thread: one base date, a day or two between messages."""
        if not hasattr(self, "_base"):
            r = self.rng
            self._base = datetime.datetime(r.randrange(2021, 2026), r.randrange(1, 13), r.randrange(1, 28), 8)
        r = self.rng
        t = self._base + datetime.timedelta(hours=i * 26 + r.randrange(0, 5), minutes=r.randrange(60))
        wd = WEEKDAYS[t.weekday()]
        if style == "fr":
            jours = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
            return f"{jours[t.weekday()]} {t.day} {FR_MONTHS[t.month - 1]} {t.year} {t:%H:%M}"
        if style == "en_on":
            return f"{wd[:3]}, {t.day} {MONTHS[t.month - 1][:3]} {t.year} at {t:%H:%M}"
        return f"{wd} {t.day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}"

    # -- identifiers
    def _check(self, kind: str, v: str) -> str:
        assert CHECKS[kind](v), (kind, v)
        self.checks.append((kind, v))
        return v

    def ssn(self) -> str:
        r = self.rng
        a = r.choice([x for x in range(1, 900) if x != 666])
        return mk(
            "US_SSN", self._check("ssn", f"{a:03d}-{r.randrange(1, 100):02d}-{r.randrange(1, 10000):04d}")
        )

    def nid(self, kind: str) -> str:
        r = self.rng
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        while True:
            if kind == "nino":
                pre = r.choice("ACEHJKLMPRSW") + r.choice("ABCEHJKLMPRSW")
                v = f"{pre} {d(2)} {d(2)} {d(2)} {r.choice('ABCD')}"
            elif kind == "aadhaar":
                body = r.choice("23456789") + d(10)
                v = next(body + c for c in "0123456789" if verhoeff_ok(body + c))
                v = f"{v[:4]} {v[4:8]} {v[8:]}"
            elif kind == "za_id":
                y, mo, dd = getattr(
                    self, "_dob", (1980 + r.randrange(20), r.randrange(1, 13), r.randrange(1, 29))
                )
                body = f"{y % 100:02d}{mo:02d}{dd:02d}{d(4)}{r.choice('01')}8"
                v = body + _luhn_digit(body)
            elif kind == "bsn":
                v = d(9)
            elif kind == "dni":
                n = r.randrange(10_000_000, 99_999_999)
                v = f"{n}{_DNI[n % 23]}"
            elif kind == "pps":
                body = d(7)
                rem = sum(int(x) * (8 - i) for i, x in enumerate(body)) % 23
                v = body + "WABCDEFGHIJKLMNOPQRSTUV"[rem]
            elif kind == "tfn":
                v = d(9)
                v = f"{v[:3]} {v[3:6]} {v[6:]}"
            elif kind == "nif":
                v = r.choice("123") + d(8)
            elif kind == "passport":
                return mk("NATIONAL_ID", r.choice(("", "", "P", "K")) + d(8 if r.random() < 0.5 else 9))
            elif kind == "nin_ng":
                return mk("NATIONAL_ID", d(11))
            else:
                raise ValueError(kind)
            if CHECKS[kind](v):
                return mk("NATIONAL_ID", self._check(kind, v))

    def card(self) -> str:
        r = self.rng
        kind = r.choice(("visa", "mc", "amex"))
        if kind == "amex":
            body = r.choice(("34", "37")) + "".join(r.choice(string.digits) for _ in range(12))
            v = body + _luhn_digit(body)
            v = f"{v[:4]} {v[4:10]} {v[10:]}"
        else:
            body = (r.choice("4") if kind == "visa" else f"5{r.choice('12345')}") + "".join(
                r.choice(string.digits) for _ in range(15 - (1 if kind == "visa" else 2))
            )
            v = body + _luhn_digit(body)
            sep = r.choice((" ", "-", ""))
            v = sep.join(v[i : i + 4] for i in range(0, 16, 4))
        return mk("CREDIT_CARD", self._check("card", v))

    def iban(self, cc: str) -> str:
        r = self.rng
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        up = lambda n: "".join(r.choice(string.ascii_uppercase) for _ in range(n))  # noqa: E731
        bban = {
            "GB": lambda: up(4) + d(14),
            "IE": lambda: up(4) + d(14),
            "DE": lambda: d(18),
            "FR": lambda: d(23),
            "ES": lambda: d(20),
            "IT": lambda: up(1) + d(22),
            "NL": lambda: up(4) + d(10),
            "PT": lambda: d(21),
        }[cc]()
        chk = 98 - _iban_num(bban + cc + "00") % 97
        v = f"{cc}{chk:02d}{bban}"
        if r.random() < 0.6:
            v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        return mk("IBAN_CODE", self._check("iban", v))

    def ip(self, v6: bool = False) -> str:
        r = self.rng
        if v6:
            return mk(
                "IP_ADDRESS",
                f"2a0{r.randrange(1, 10)}:{r.randrange(0x1000, 0xFFFF):x}:"
                f"{r.randrange(0x100, 0xFFFF):x}::{r.randrange(1, 0xFFF):x}",
            )
        while True:
            a, b = r.randrange(11, 224), r.randrange(0, 256)
            if a in (100, 127, 169, 172, 192, 198, 203):
                continue
            return mk("IP_ADDRESS", f"{a}.{b}.{r.randrange(0, 256)}.{r.randrange(1, 255)}")

    def password(self) -> str:
        r = self.rng
        w = self.pick(self.pw_words)
        v = self.pick(
            (
                f"{w}{r.randrange(10, 99)}!",
                f"{w.lower()}_{r.randrange(1000, 9999)}",
                f"{w[:4]}#{r.randrange(100, 999)}{w[4:].lower()}",
                f"{w}-{r.choice(string.ascii_uppercase)}{r.randrange(10, 99)}$",
            )
        )
        return mk("SECRET", v)

    def api_key(self) -> str:
        r = self.rng
        body = lambda n: "".join(r.choice(string.ascii_letters + string.digits) for _ in range(n))  # noqa: E731
        v = self.pick(
            (
                f"sk_live_{body(24)}",
                f"ghp_{body(36)}",
                f"AKIA{''.join(r.choice(string.ascii_uppercase + '234567') for _ in range(16))}",
                f"xoxb-{r.randrange(10**11, 10**12)}-{body(24)}",
                f"SG.{body(22)}.{body(43)}",
            )
        )
        return mk("SECRET", v)

    # -- filler
    def para(self, bank: tuple[str, ...], k: int = 3) -> str:
        """``k`` + 1 sentences of a filler bank (the half's share of it) that this record has not used yet."""
        sents = list(bank) if any(bank is b for b in ONE_HALF_BANKS) else _split(bank, self.half)
        # a document does not repeat itself: only sentences this record has not used yet
        fresh = [s for s in sents if s not in self._said]
        pick = self.sample(fresh, min(k + 1, len(fresh)))
        self._said.update(pick)
        return " ".join(self.slots(s) for s in pick)

    def appendix(self, title: str, *banks: tuple[str, ...]) -> str:
        """Half of the documents carry a long tail (annex, detailed notes): pasted documents run long. The
        template's own banks first, then the general business ones."""
        if self.rng.random() < 0.45:
            return ""
        paras = []
        for _ in range(self.rng.randrange(4, 9)):
            for bank in (self.pick(banks), *self.sample(BUSINESS_BANKS, len(BUSINESS_BANKS))):
                para = self.para(bank, self.rng.randrange(2, 4))
                if para:
                    paras.append(para)
                    break
        return "\n" + title + "\n" + "\n\n".join(paras)

    def slots(self, s: str) -> str:
        r = self.rng
        table = {
            "co": PUBLIC_COS,
            "prod": PRODUCTS,
            "fig": FIGURES,
            "ceo": CEOS,
            "pol": POLITICIANS,
            "banker": BANKERS,
            "app": APPS,
            "infra": INFRA,
            "tracker": ("Jira", "Linear", "Asana", "Azure DevOps", "Monday.com"),
            "bi": ("Power BI", "Tableau", "Looker", "Qlik Sense"),
            "monitor": ("Datadog", "Grafana", "New Relic", "PagerDuty", "Opsgenie"),
            "ci": ("GitHub Actions", "GitLab CI", "Jenkins", "CircleCI", "Buildkite"),
            "queue": ("Kafka", "RabbitMQ", "Amazon SQS", "Google Pub/Sub"),
            "city": CITIES,
            "mkt": MARKETS,
            "month": MONTHS,
            "day": DAYS,
            "law": LAWS,
            "team": TEAMS,
        }

        def one(m):
            k = m[1]
            if k in table:
                return r.choice(table[k])
            if k == "pct":
                v = f"{r.randrange(2, 40)}{r.choice(('', '.5', '.2', '.8'))}"
                if self.lang == "en":
                    return v + "%"
                return v.replace(".", ",") + (" %" if self.lang in ("de", "fr") else "%")
            if k == "lmonth":
                tables = {
                    "de": DE_MONTHS,
                    "fr": FR_MONTHS,
                    "es": ES_MONTHS,
                    "it": IT_MONTHS,
                    "nl": NL_MONTHS,
                    "pt": PT_MONTHS,
                }
                return r.choice(tables.get(self.lang, MONTHS))
            if k == "num":
                return str(r.randrange(3, 95))
            if k == "money":
                unit = r.choice(("k", "m", " million"))
                return f"{r.choice(('$', '£', '€', 'R', '₹'))}{r.randrange(2, 950)}{unit}"
            if k == "small":
                amount = r.choice((25, 50, 75, 100, 150, 250, 500, 1000, 2500))
                return f"{r.choice(('$', '£', '€', '₹', 'R'))}{amount:,}"
            if k == "q":
                return f"Q{r.randrange(1, 5)}"
            if k == "year":
                return str(r.randrange(2019, 2027))
            if k == "date":
                return f"{r.randrange(1, 29)} {r.choice(MONTHS)}"
            if k == "time":
                return f"{r.randrange(7, 19):02d}:{r.choice(('00', '15', '30', '45'))}"
            if k == "ticket":
                return f"{r.choice(('INC', 'OPS', 'PLAT', 'CHG'))}-{r.randrange(1000, 9999)}"
            raise KeyError(k)

        return re.sub(r"\{(\w+)\}", one, s)


def _ascii(s: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


DE_MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
ES_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
IT_MONTHS = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)
NL_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
PT_MONTHS = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)


# ---------------------------------------------------------------- filler sentences (even dev, odd test)

MARKET = (
    "{co} grew revenue {pct} year on year in {mkt}, helped by price rises rather than volume.",
    "Analysts at the {city} desk expect {co} to defend its share in {mkt} through {q} with aggressive "
    "bundling.",
    "Demand in {mkt} softened after the rate decision, and {co} trimmed its guidance by {pct} for the year.",
    "Our share of the mid-market segment in {mkt} stands at roughly {pct}, behind {co} and ahead of {co}.",
    "{co} announced a partnership with {co} in {month}, which we read as a defensive move in {mkt}.",
    "Freight costs out of {city} are down {pct} since {month}, which narrows the gap with local suppliers.",
    "The {year} tender calendar in {mkt} is back-loaded; most public contracts will not be awarded before "
    "{q}.",
    "Pricing pressure is strongest in {mkt}, where {co} undercuts list price by as much as {pct}.",
    "Customer churn in the SME tier rose to {pct}, mostly accounts that moved to {app} or built in-house.",
    "{ceo} told investors in {month} that capex would stay flat, which removes one risk for our {q} plan.",
    "Currency swings cost us {money} in {q}; the hedge covers about {pct} of the exposure in {mkt}.",
    "The {city} office closed {num} new logos last quarter, the best result since {year}.",
    "{co} is rumoured to be exploring a sale of its {mkt} unit, and {co} is the obvious buyer.",
    "Regulatory change under {law} will raise compliance costs for every vendor in {mkt} from {year}.",
    "Private-label brands now take {pct} of the category in {mkt}, squeezing branded suppliers on shelf "
    "space.",
    "{co} opened a second distribution centre near {city}, cutting delivery times to next day for most "
    "postcodes.",
    "Our win rate against {co} improved to {pct} after the new onboarding package launched in {month}.",
    "Venture funding for the sector in {mkt} fell by a third in {year}, so fewer subsidised start-ups are "
    "pricing below cost.",
    "The top three players hold about {pct} of the market; the long tail is fragmented and regional.",
    "Survey data from {city} suggests buyers value integration with {app} above price.",
)
OPS = (
    "The migration to {app} is {pct} complete; the remaining workloads depend on the {team} team's capacity.",
    "Budget burn is at {pct} of plan, with the overspend sitting in contractor days for the {city} rollout.",
    "Risk: the vendor contract with {co} renews in {month} and legal has not yet reviewed the new terms.",
    "The {team} squad shipped {num} stories this sprint against a commitment of {num}; carry-over is "
    "tracked in {tracker}.",
    "Go-live for {mkt} moved from {date} to the first week of {month} to avoid the quarter-end freeze.",
    "We agreed to retire the legacy reporting stack and move dashboards to {bi} by the end of {q}.",
    "Open dependency on {co}: their API rate limits still cap us at {num} requests per second.",
    "Hiring is behind plan: {num} of {num} roles filled, and two offers in {city} were declined on salary.",
    "The steering group asked for a weekly RAG status in {tracker} rather than the current slide deck.",
    "Security review for the {app} integration is booked for {day}; no blockers expected.",
    "The training rollout for {app} reached {pct} of staff in {city}; the rest follow in {month}.",
    "Cost savings from the data-centre exit are on track at {money} annualised.",
    "The supplier in {city} confirmed the hardware delivery for {date}, two weeks later than promised.",
    "Data quality remains the main risk: {pct} of customer records fail the new validation rules.",
    "Change requests are now logged in {tracker} and reviewed every {day} by the design authority.",
    "User acceptance testing starts on {date} with {num} key users from the {team} team.",
    "The business case was refreshed; payback moves from two years to about thirty months.",
    "The internal audit of the {app} rollout raised two medium findings, both on access reviews.",
)
TECH = (
    "At {time} UTC the error rate on the checkout API climbed to {pct} and {monitor} paged the on-call "
    "engineer.",
    "The root cause was a connection-pool exhaustion in {infra} after a config change merged on {day}.",
    "Rollback completed at {time} UTC; latency returned to baseline within {num} minutes.",
    "Customer impact: roughly {pct} of requests in {mkt} failed or timed out during the window.",
    "Detection took too long because the {monitor} alert threshold was set for the old traffic profile.",
    "The change had passed review and CI in {ci}, but the staging data set did not reproduce the load.",
    "We will add a canary stage to the deploy pipeline and require a second approver for config changes.",
    "A status page update went out at {time} UTC and the incident was closed as {ticket}.",
    "The {team} team owns the follow-up actions; progress is tracked in {tracker} under {ticket}.",
    "No data was lost; queued messages in {queue} were replayed after the fix.",
    "Timeline reconstructed from {monitor} logs, {monitor} traces and the incident channel.",
    "Our contract with {co} includes a {pct} credit for availability below the SLA, which this breach "
    "triggers.",
    "Synthetic checks from three regions confirmed the outage was global, not limited to {mkt}.",
    "The feature flag that should have limited the blast radius was not wired to the new code path.",
    "Retries from mobile clients doubled the load on {infra} while the incident was open.",
    "Database failover worked as designed, but the replica lag meant {num} seconds of stale reads.",
    "The runbook for this alert pointed to a dashboard that had been deleted in {month}.",
    "We paused deploys for {num} hours and lifted the freeze after the canary stayed green.",
    "The alert fired correctly, but the on-call rota had a gap because of a public holiday.",
    "A dependency upgrade in the same release made the first rollback attempt fail.",
    "Support received {num}0 tickets during the incident; macros have been updated for next time.",
    "Capacity tests will now run weekly against a production-sized data set.",
)
PRODUCT = (
    "Version {num}.{num} of {app} adds single sign-on through Okta and Microsoft Entra ID.",
    "To enable the feature, open Settings, choose Integrations and switch on the connector for {app}.",
    "Rate limits are {num} requests per minute per workspace; bursts above that return HTTP 429.",
    "Exports are written as CSV or Parquet and can be scheduled daily, weekly or at the end of each month.",
    "The mobile app supports offline mode; changes sync when the device reconnects.",
    "Admins can restrict access by role: Viewer, Editor, Owner and Billing Admin.",
    "Data is hosted in the {city} region by default; customers in {mkt} can pin storage locally.",
    "The connector for {app} is in public beta and is not covered by the standard SLA.",
    "Known issue: dashboards with more than {num} widgets load slowly in Safari.",
    "Webhooks retry with exponential back-off for up to {num} hours before the event is dropped.",
    "Audit logs are retained for {num} days on the Business plan and for a year on Enterprise.",
    "Pricing changes take effect on 1 {month}; existing annual contracts keep their rate until renewal.",
    "Two-factor authentication can be enforced for all members from the Security tab.",
    "The REST API is versioned; version 1 will be switched off twelve months after version 2 is released.",
    "Bulk import accepts up to {num},000 rows per file; larger files should be split.",
    "The dark theme now follows the operating-system setting on Windows and macOS.",
    "Search indexes update within a minute of a change; attachments take longer to index.",
    "Usage reports show active users per day, per team and per feature.",
    "The changelog lists every API change; breaking changes are announced ninety days ahead.",
    "Custom fields support text, number, date and single-select types.",
    "Single sign-on users are provisioned automatically through SCIM.",
    "The status page shows live uptime for each region and component.",
    "Keyboard shortcuts are listed under Help; press ? anywhere to open them.",
    "Sandbox workspaces are reset every Sunday night and should not hold real data.",
)
NEWS = (
    "{pol} said on {day} that the government would publish its spending review in {month}.",
    "Shares of {co} fell {pct} in {city} after the company warned on margins.",
    "{pol} met business leaders in {city} to discuss energy prices and the skills shortage.",
    "The central bank held rates, and {banker} signalled that cuts were unlikely before {q}.",
    "{co} confirmed it would open a new hub in {city}, creating around {num}0 jobs.",
    "Parliament passed amendments to {law}, which now go to the upper house.",
    "Flooding closed roads around {city} for a second day; rail services are expected to resume on {day}.",
    "{pol} defended the trade agreement at a press conference in {city}.",
    "Unemployment in {mkt} edged down to {pct}, the lowest level since {year}.",
    "{co} and {co} are in talks about a joint venture in {mkt}, according to people familiar with the "
    "matter.",
    "Protests over fuel prices continued in {city}, where unions called a one-day strike for {day}.",
    "The summit in {city} ended without a joint communiqué on climate finance.",
    "Novo Nordisk cut the list price of Wegovy in {mkt}, and analysts expect Eli Lilly's Mounjaro to follow.",
    "The medicines regulator approved a cheaper generic of Ozempic, while paracetamol shortages eased.",
    "{banker} warned that services inflation remained sticky despite the fall in energy prices.",
    "{ceo} said at the company's annual meeting in {city} that AI spending would keep rising.",
    "{pol} announced a review of planning rules to speed up housebuilding around {city}.",
    "The stock exchange in {city} had its busiest day for listings since {year}.",
    "Heavy rain disrupted flights at the main airport serving {city}.",
    "{co} agreed to pay a fine under {law} after a regulator's investigation.",
    "Petrol prices in {mkt} rose for a third week running as the currency weakened.",
    "{co} said it would cut {num}0 jobs as part of a restructuring announced in {month}.",
    "{pol} promised new funding for hospitals in a speech in {city}.",
    "A heatwave is forecast for {city} over the weekend, with highs above 35 degrees.",
)
SPORTS = (
    "Arsenal came from behind to beat Aston Villa 2-1, with the winner in stoppage time.",
    "Virat Kohli's century set up the chase as Royal Challengers Bengaluru won by six wickets.",
    "Sam Kerr returned from injury and played the final twenty minutes for Chelsea.",
    "Siya Kolisi led the Springboks to a bonus-point win over the Wallabies in Durban.",
    "Eliud Kipchoge finished fifth in Berlin, two minutes outside his best.",
    "Leinster's pack dominated the breakdown and the visitors from Toulouse never recovered.",
    "Collingwood kept their top-four hopes alive with a 23-point win at the MCG.",
    "Katie Taylor will defend her titles in Dublin in {month}, the promoter confirmed.",
    "Kaizer Chiefs and Orlando Pirates drew 1-1 in the Soweto derby at FNB Stadium.",
    "Neeraj Chopra won the javelin with his second throw and skipped the rest of the round.",
    "Super Eagles coach Eric Chelle named a squad of {num} for the qualifiers in Uyo.",
    "Rory McIlroy shot a closing 66 to finish tied for third at the Irish Open.",
    "Real Madrid's Jude Bellingham scored twice in the Clásico at the Bernabéu.",
    "The Matildas sold out Stadium Australia again, their {num}th sell-out in a row.",
    "Mumbai Indians' chase fell short by nine runs at the Wankhede.",
    "Shamrock Rovers clinched the League of Ireland title with two games to spare.",
    "The Proteas' women reached the World Cup semi-final after a tense win in Guwahati.",
    "Brisbane Lions held off a late surge from Geelong to win by a goal.",
    "Manchester City's late equaliser at Anfield kept the title race open.",
    "The All Blacks edged Ireland by two points in a bruising Test in Dublin.",
    "Mohammed Salah's penalty sealed the win after a VAR check that took three minutes.",
    "Yashasvi Jaiswal and KL Rahul put on 140 for the first wicket in Chennai.",
    "Bafana Bafana beat Zimbabwe 3-0 to top their qualifying group.",
    "Ireland's Rhys McClenaghan retained his pommel horse title in Antwerp.",
    "Cameron Smith led by two shots after a bogey-free 65 at Royal Melbourne.",
    "The Super Falcons beat Morocco on penalties to win the WAFCON final.",
)
BOOK = (
    "Most of us found Elizabeth Bennet's first refusal more convincing than the ending at Pemberley.",
    "Okonkwo's fall in Things Fall Apart divided the group: tragedy of pride, or of a world that ended?",
    "Someone pointed out that Jay Gatsby is never actually seen doing business, only hosting.",
    "Chimamanda Ngozi Adichie's Half of a Yellow Sun is next month's pick, as voted.",
    "The debate on whether Atticus Finch is a hero ran for nearly an hour.",
    "Sally Rooney's dialogue without quotation marks annoyed half the table and delighted the rest.",
    "We agreed Clarissa Dalloway's party is the real subject of the novel, not the day in London.",
    "Arundhati Roy's The God of Small Things had the highest score of the year so far.",
    "Offred's narration in The Handmaid's Tale felt more unsettling on a second reading.",
    "Zadie Smith's White Teeth was praised for its humour, though the last act felt rushed.",
    "Heathcliff and Cathy remain the least likeable couple we have ever read, by unanimous vote.",
    "Several members compared Holden Caulfield to the narrator of Normal People, not kindly.",
    "Damon Galgut's The Promise split opinion on the shifting narrator.",
    "Everyone loved the scene where Santiago finally brings the marlin alongside the skiff.",
    "Chinua Achebe's Arrow of God is on the shortlist for our African classics month.",
    "Nobody could agree whether Mrs Dalloway or To the Lighthouse is the better Woolf.",
    "Wolf Hall's Thomas Cromwell won over even the members who hate historical fiction.",
    "Ngũgĩ wa Thiong'o's Petals of Blood was the hardest read of the year, and the most rewarding.",
    "Several of us reread Beloved afterwards; Sethe's choice is still impossible to discuss calmly.",
    "The Remains of the Day was a quiet hit: Stevens's loyalty to Lord Darlington felt painfully modern.",
    "Americanah started a long tangent about hair, blogs and moving countries, which was the best part of "
    "the night.",
    "Nobody finished Ulysses, and we have agreed never to mention it again.",
    "The consensus on Pachinko was that Sunja's story carries the first half and the rest loses pace.",
    "We laughed more at Three Men in a Boat than at anything else this year.",
    "Shuggie Bain was the hardest to read and the one most people said they would recommend.",
    "Lessons in Chemistry split us between those who loved Elizabeth Zott and those who found her too "
    "perfect.",
)
FILM = (
    "Ellen Ripley is still the best action heroine, and Alien holds up remarkably well.",
    "The Godfather Part II ran long, but Michael Corleone's final scene silenced the room.",
    "Amélie divided the group: charming to some, saccharine to others.",
    "Bong Joon-ho's Parasite won the evening's vote for best use of a staircase.",
    "Tsotsi was the first South African film we have screened; the score was the highlight.",
    "Paddington 2 was a palate cleanser after a run of heavy dramas, and nobody complained.",
    "Lagaan at three hours and forty minutes tested the popcorn supply.",
    "The Banshees of Inisherin prompted a long argument about Colm's motives.",
    "Everything Everywhere All at Once left half the room confused and the other half in tears.",
    "The Castle got the biggest laughs of the season; 'tell him he's dreamin'' is now a club catchphrase.",
    "Roma's black-and-white photography looked stunning even on the hall projector.",
    "Aftersun was the quietest film we showed and the one people talked about longest.",
    "Rocks, set in east London, prompted a good discussion about casting non-professional actors.",
    "Spirited Away was the family screening, and the children were better behaved than the adults.",
)
CV = (
    "Cut month-end reporting time from five days to two by automating reconciliations in SQL and Power BI.",
    "Managed a team of six analysts and two interns across two offices.",
    "Led the vendor selection for a new CRM and negotiated a 15% lower licence fee.",
    "Built the weekly KPI pack used by the executive committee.",
    "Reduced customer complaints by a quarter by redesigning the onboarding journey.",
    "Introduced agile ceremonies and a shared backlog in Jira for a team new to Scrum.",
    "Designed A/B tests for the mobile app that lifted conversion by 8%.",
    "Trained 120 branch staff on the new loan-origination system.",
    "Owned the product roadmap for the merchant dashboard and its integrations.",
    "Migrated 40 legacy Excel models into a governed data warehouse.",
    "Presented quarterly insights to regional directors and the board risk committee.",
    "Coordinated the go-live of a new payroll system for 3,000 employees.",
)
QUOTES = (
    "Honestly, I spend the last three days of every month chasing people for numbers.",
    "If it doesn't talk to our ERP, it's dead on arrival.",
    "I don't need more dashboards, I need fewer spreadsheets.",
    "Our auditors want a trail of who changed what and when; that's the real requirement.",
    "We tried something like this before and nobody used it after the first month.",
    "Price matters less than how long it takes to set up.",
    "My team is three people; I can't run a six-month implementation.",
    "I'd pay for it tomorrow if it cut a day off the close.",
    "The invoices come in by email, WhatsApp and on paper, and we retype all of them.",
    "I want to see cash in the bank without ringing the accountant.",
    "The bank feed breaks every few weeks and I only notice at quarter end.",
    "I'd switch if my bookkeeper could log in and fix things herself.",
)

TRAVEL = (
    "Flights are booked through the travel desk; arrive the evening before so nobody misses the opening "
    "session.",
    "Rooms are held in one block until three weeks before; after that the hotel releases them.",
    "The strategy workshop runs in the main conference room, with breakout rooms for the afternoon sessions.",
    "Dietary needs and accessibility requirements go to the events team by the end of the month.",
    "Transfers from the airport take about an hour by coach; the coach leaves when the last flight has "
    "landed.",
    "Check the visa rules for your passport now; some e-visas take two weeks to come through.",
    "The team dinner is at a restaurant a short coach ride from the hotel, with a set menu.",
    "Bring a layer for the evening; the boat trip on the second night can get cold.",
    "The event budget is {money} in total, settled centrally, so no personal expense claims.",
    "The venue has a hard stop at 23:00 for music, and the bar closes at midnight.",
    "Optional activity: a guided hike on the Saturday morning for anyone staying the weekend.",
    "Trains from the city centre to the venue run every fifteen minutes and take about half an hour.",
    "Travel insurance through the company policy covers the trip; no need to buy your own.",
    "Book flights through the travel portal and use the cost centre of the {team} team.",
    "Airport pick-ups are arranged for flights landing before 20:00; later arrivals take a taxi and "
    "expense it.",
    "The welcome dinner is at a seafood restaurant on the harbour; vegetarian options are available.",
    "Dress code for the awards night is smart casual; the venue is outdoors, so bring a jacket.",
    "The workshop rooms have screens and flip charts; bring your own HDMI adapter.",
    "A local guide will lead the walking tour of the old town on the last morning.",
    "Check-out is at 11:00; luggage can be stored at reception until the coaches leave.",
    "Wi-Fi in the meeting rooms is reliable, but download the slides before you travel just in case.",
    "Local SIM cards are sold at the airport; roaming on the company plan is capped at {small} a month.",
)
LECTURE = (
    "Napoleon Bonaparte's Continental System was meant to starve Britain of trade but hurt Europe more.",
    "Otto von Bismarck unified Germany through three short wars and a talent for timing.",
    "Mahatma Gandhi's Salt March in 1930 turned a tax into a symbol of the independence movement.",
    "Nelson Mandela was released from Victor Verster Prison in February 1990.",
    "Kwame Nkrumah led the Gold Coast to independence as Ghana in 1957.",
    "Ada Lovelace's notes on the Analytical Engine include what is often called the first program.",
    "Marie Curie remains the only person to win Nobel Prizes in two different sciences.",
    "The Treaty of Westphalia in 1648 is usually taken as the start of the modern state system.",
    "Simón Bolívar's campaigns freed much of northern South America from Spanish rule.",
    "Queen Victoria's reign saw the railways, the telegraph and the Great Exhibition of 1851.",
    "Charles Darwin sailed on the Beagle from 1831 to 1836, visiting the Galápagos in 1835.",
    "Winston Churchill's wartime speeches were written to be heard on the radio, not read.",
    "The partition of India in 1947 displaced between ten and twenty million people.",
    "The Berlin Conference of 1884 carved up Africa without a single African delegate.",
    "The printing press spread from Mainz after the 1450s and changed how ideas travelled.",
    "The Haitian Revolution under Toussaint Louverture created the first free black republic in 1804.",
    "The Meiji Restoration of 1868 turned Japan into an industrial power within a generation.",
    "Rosalind Franklin's X-ray image, Photo 51, was key to the double-helix model.",
    "The Scramble for Africa accelerated after 1880, driven by rivalry between Britain, France and Germany.",
    "Jawaharlal Nehru's tryst-with-destiny speech was delivered at midnight on 14–15 August 1947.",
    "The Irish Famine of 1845–1852 killed about a million people and forced another million to emigrate.",
    "Galileo Galilei's trial in 1633 became the standard example of science against authority.",
    "The Spanish flu of 1918 killed more people than the First World War itself.",
    "Isaac Newton's Principia of 1687 set out the laws of motion and universal gravitation.",
    "Patrice Lumumba became Congo's first prime minister in 1960 and was killed within a year.",
    "The Suez Crisis of 1956 marked the end of Britain's role as an independent great power.",
)
POLICY = (
    "This policy applies to all employees, contractors and temporary staff of the group.",
    "Personal data must be processed lawfully, fairly and transparently, as required by {law}.",
    "Requests for remote work abroad longer than {num} days need approval from People Ops.",
    "Expenses above {small} require a second approver from Finance.",
    "Devices must run the current version of {app} and full-disk encryption must be on.",
    "Breaches of this policy may lead to disciplinary action, up to and including dismissal.",
    "The policy owner reviews this document every twelve months or after a material change in {law}.",
    "Customer data may not be pasted into public AI tools; use the approved {app} workspace.",
    "Gifts and hospitality above {small} must be declared in the register within {num} days.",
    "Annual leave carry-over is capped at five days and must be used by 31 {month}.",
    "Retention periods are listed in Annex B; records are deleted at the end of the period.",
    "Any exception to this policy must be documented and approved by the Chief Risk Officer.",
    "Managers must complete the annual access review for their teams by the end of {q}.",
    "Suspected incidents must be reported to the Security team within 24 hours.",
    "Personal devices may be used for e-mail only if they are enrolled in device management.",
    "Printed customer records must be stored in locked cabinets and shredded after use.",
    "New suppliers that process personal data need a data processing agreement before go-live.",
    "Training on this policy is mandatory for new joiners and is refreshed every year.",
    "Line managers are responsible for making sure their teams have read this policy.",
    "Where local law is stricter than this policy, local law applies.",
    "Passwords must be at least fourteen characters and must not be reused across systems.",
    "Visitors must sign in at reception and be accompanied at all times in secure areas.",
    "Questions about this policy go to the Compliance team through the service desk.",
    "This policy replaces all earlier versions and takes effect on 1 {month}.",
)
SALES = (
    "They currently run {app} and are unhappy with the renewal price.",
    "Budget is approved for {q}; procurement wants three quotes, one of them from {co}.",
    "Main pain point: reporting takes two analysts a week every month-end.",
    "They asked whether we integrate with {app}; I said yes, through the native connector.",
    "Decision is expected before the end of {month}; the board signs anything above {money}.",
    "Competitor in the deal is {co}, who offered a {pct} discount for a three-year term.",
    "Next step: technical demo on {day} with their IT lead and security review afterwards.",
    "Their {city} office has {num}0 users; the rest sit in regional branches.",
    "Concern about data residency under {law}; they need hosting in {mkt}.",
    "Objection on pricing handled by offering the annual plan with quarterly billing.",
    "Their CFO joined for the last ten minutes and asked about payback and the exit terms.",
    "They had a bad experience with {co} on implementation timelines and want a fixed-price project.",
    "Champion on their side is the operations lead; the economic buyer is the COO.",
    "They want a pilot in the {city} branch before committing the other sites.",
    "Legal will need our data processing agreement and the latest SOC 2 report.",
    "Usage is seasonal, peaking in {month}, so they asked for flexible licence counts.",
    "They are consolidating vendors this year and want one contract for all regions.",
    "Security questionnaire is due back within two weeks of the demo.",
    "They liked the reporting module but found the admin console confusing.",
    "Implementation partner on their side would be Accenture, who already run their ERP.",
)
HR = (
    "The {team} team welcomes three new starters this month across the {city} and {city} offices.",
    "Open enrolment for the pension scheme closes at the end of {month}.",
    "The wellbeing week runs from {date} with yoga, a financial-health talk and a bake sale.",
    "Thanks to everyone who joined the {city} charity run; we raised {small} for the food bank.",
    "Reminder: timesheets in Workday are due every {day} by noon.",
    "The new hybrid policy expects two office days a week from {month}.",
    "Our engagement survey had 87% participation, the highest yet.",
    "The canteen in the {city} office reopens after the refurbishment on {date}.",
    "The learning budget has been raised to {small} per head for the year.",
    "Volunteering leave is now three days a year; book it in Workday like annual leave.",
    "The mentoring programme is open for applications until the end of {month}.",
    "Congratulations to the {team} team on winning the customer-service award at the {city} gala.",
    "The bike-to-work scheme has reopened; details are on the intranet.",
    "Payroll for {month} will run a day early because of the bank holiday.",
    "Our new parental-leave policy takes effect from 1 {month}.",
    "The quiz night in the {city} office raised {small} for the children's hospital.",
    "The staff survey results will be shared at the town hall on {day}.",
    "First-aid training places are still available; sign up through the intranet.",
    "The new coffee machines on the third floor are finally working.",
    "Long-service awards go to twelve colleagues this year; the ceremony is in {month}.",
)


# ---------------------------------------------------------------- templates


@dataclass(frozen=True)
class Template:
    name: str
    half: str
    theme: str
    lang: str
    neg_class: str | None
    fn: Callable[[Gen], str]


TEMPLATES: list[Template] = []


def tpl(name: str, half: str, theme: str, lang: str = "en", neg: str | None = None):
    def deco(fn):
        TEMPLATES.append(Template(name, half, neg or theme, lang, neg, fn))
        return fn

    return deco


def J(*parts: str) -> str:
    return "\n".join(parts)


# ---- dev, English positives


@tpl("d_minutes_committee_uk", "dev", "minutes")
def _d_minutes(g: Gen) -> str:
    a, b, c, d, e = g.people(5)
    cc = g.pick(("GB", "IE", "GB"))
    return J(
        g.pick(
            (
                "Turn these minutes into a list of action items with owners:",
                "Can you tidy up these minutes and pull out the decisions?",
                "Summarise this for the exec team, max half a page:",
            )
        ),
        "",
        f"{g.company} — Operations Committee, minutes",
        g.slots("Held on {day} {date} {year}, 10:00–12:15, Boardroom 3 and Microsoft Teams"),
        f"Present: {g.name(a, 'lf')} (Chair), {g.name(b, 'lf')}, {g.name(c, 'lf')}, {g.name(d, 'lf')}",
        f"Apologies: {g.name(e)}",
        "",
        "1. Minutes of the last meeting",
        "Approved as a correct record. The action on supplier onboarding remains open.",
        "",
        "2. Programme update",
        g.para(OPS, 4),
        f"{g.name(b, 'init')} asked whether the {g.slots('{team}')} team had been consulted; it had not.",
        "",
        "3. Market and competitor update",
        g.para(MARKET, 4),
        "",
        "4. Risk register",
        g.para(OPS, 2),
        "",
        "5. AOB",
        f"{g.name(c, 'first')} is relocating to {g.town(cc)} in the new year and will work remotely from "
        f"then; the mobile number for urgent items is {g.phone(cc)}.",
        "",
        "Actions",
        f"- {g.name(a, 'initials')}: circulate the revised budget before the next meeting",
        f"- {g.name(d, 'initials')}: confirm the renewal position with legal",
        f"- {g.name(b, 'initials')}: brief the {g.slots('{city}')} office on the timeline",
        g.appendix("Annex: notes from the breakout sessions", MARKET, OPS, HR),
    )


@tpl("d_postmortem_us", "dev", "postmortem")
def _d_postmortem(g: Gen) -> str:
    ic, eng, mgr = g.people(3, country="US")
    return J(
        g.pick(
            (
                "Rewrite this post-mortem for a non-technical audience:",
                "Summarise this incident review in five bullet points for leadership.",
                "Can you check this postmortem for blame-y language and fix it?",
            )
        ),
        "",
        g.slots("# Postmortem: checkout degradation ({ticket})"),
        g.slots("Status: final · Severity: SEV-2 · Date: {date} {year}"),
        f"Incident commander: {g.name(ic)}   Author: {g.name(eng)}",
        "",
        "## Summary",
        g.para(TECH, 3),
        "",
        "## Timeline (UTC)",
        g.slots("- {time} deploy of config change to the payments service"),
        g.slots("- {time} error-rate alert fires; on-call acknowledges in PagerDuty"),
        f'- {g.slots("{time}")} {g.name(eng, "low")} in #inc-checkout: "pool is maxed, rolling back now"',
        g.slots("- {time} rollback complete, error rate back under 0.1%"),
        "",
        "## What went wrong",
        g.para(TECH, 3),
        f"During the investigation the database credentials were pasted in the incident channel "
        f"(DB_PASSWORD={g.password()}) and the Stripe key {g.api_key()} was visible in a screenshot. Both "
        f"have "
        "been rotated.",
        f"The verbose log level also wrote one customer's SSN ({g.ssn()}) to the payments log; the log "
        f"was purged "
        "and the customer notified under our breach procedure.",
        f"Unusual traffic was traced to {g.name(mgr, 'first')}'s laptop ({g.ip()}) running a load script "
        f"against "
        "production by mistake.",
        "",
        "## Action items",
        g.para(TECH, 2),
        f"Questions to {g.name(ic, 'first')} at {g.email(ic, work=True)}.",
        g.appendix("## Appendix: investigation notes", TECH, OPS),
    )


@tpl("d_sales_call_in", "dev", "sales_call")
def _d_sales_call(g: Gen) -> str:
    rep = g.person(g.pick(("hindi", "marathi", "punjabi")))
    cu = g.person(g.pick(("tamil", "bengali", "hindi")), "IN")
    co = g.pick(PUBLIC_COS)
    return J(
        g.pick(
            (
                "Please summarise this sales call and list the next steps",
                "Extract the customer's objections from this call transcript",
                "Write a follow-up email based on this call transcript",
            )
        ),
        "",
        f"Call transcript — discovery call, {g.company} x prospect",
        g.slots("Recorded {day}, duration 34 min, tool: Zoom"),
        f"Participants: {g.name(rep)} (Account Executive), {g.title(cu)} {g.name(cu, 'last')} (Head of "
        f"Operations)",
        "",
        f"{g.name(rep, 'first')}: Thanks for making time, {g.title(cu)} {g.name(cu, 'last')}. Could you "
        f"walk me through how "
        "reporting works today?",
        "Prospect: " + g.para(PROSPECT, 1),
        f"AE: Understood. We see that a lot with teams moving off {g.slots('{app}')}.",
        "Prospect: " + g.para(PROSPECT, 1) + f" Also we are comparing you with {co}.",
        "AE: Fair enough. " + g.para(AE_LINES, 1),
        f"Prospect: Send the proposal to {g.email(cu, work=False)}, and the hardware samples to my home "
        f"office, {g.address('IN')}. You can reach me on {g.phone('IN')}.",
        "AE: Perfect, I'll do that today.",
        "",
        "Notes from the AE:",
        g.para(SALES, 3),
        g.para(MARKET, 2),
    )


@tpl("d_email_thread_ng", "dev", "email_thread")
def _d_thread(g: Gen) -> str:
    a = g.person(g.pick(("yoruba", "igbo", "hausa")), "NG")
    b = g.person(g.pick(("irish", "english", "akan")))
    c = g.person(g.pick(("yoruba", "igbo", "hausa", "akan")), "NG")
    co = g.pick(PUBLIC_COS)
    mails = []
    for i in range(g.rng.randrange(6, 11)):
        frm, to = [(a, b), (b, a), (c, a)][i % 3]
        body = g.para(g.pick((OPS, SALES, MARKET)), 2 if i < 2 else 1)
        head = (
            f"From: {g.name(frm)} <{g.email(frm, work=frm is a)}>"
            if i < 2
            else f"From: {g.name(frm)}"
            if i < 3
            else f"From: {g.slots('{team}')} team"
        )
        mails.append(
            J(
                head,
                f"Sent: {g.when(i)}",
                f"Subject: {'Re: ' * min(i, 3)}Onboarding {co} as logistics partner",
                "",
                f"Hi {g.name(to, 'first')},"
                if i < 2
                else g.pick(("Hi all,", "Hello team,", "Good morning,")),
                body,
                "",
                "Best regards," if i % 2 else "Thanks,",
                g.name(frm, "first") if i < 2 else g.pick(("Sent from my iPhone", "(see below)", "--")),
            )
        )
    mails.append(J("--", f"{g.name(a)} | Procurement Lead | {g.company}", f"Tel: {g.phone('NG')}"))
    return J(
        g.pick(
            (
                "Summarise this email thread and tell me what is still open:",
                "What did we agree in this thread? Bullet points please.",
                "Draft my reply to the last email in this thread:",
            )
        ),
        "",
        "\n\n-----\n\n".join(mails),
    )


@tpl("d_cv_za", "dev", "cv")
def _d_cv(g: Gen) -> str:
    y0 = g.rng.randrange(2019, 2025)
    p = g.person(g.pick(("zulu", "xhosa", "afrikaans")), "ZA")
    r1, r2 = g.people(2, country="ZA")
    cos = g.sample(("Naspers", "MTN Group", "Standard Bank", "Discovery", "Shoprite", "Vodacom", "Sasol"), 3)
    return J(
        g.pick(
            (
                "Please give me feedback on my CV, be honest",
                "Can you rewrite my CV so it fits on one page?",
                "Tailor this CV for a product manager role at Takealot",
            )
        ),
        "",
        g.name(p, "upper"),
        g.address("ZA", lines=True),
        f"Cell: {g.phone('ZA')} | {g.email(p)}",
        f"Date of birth: {g.dob('long')} | ID: {g.nid('za_id')}",
        "",
        "PROFILE",
        "Product and operations professional with eight years in fintech and telecoms across "
        f"{g.pick(MARKETS)} "
        "and the wider continent. Comfortable with Jira, SQL, Power BI and stakeholder management at exco "
        "level.",
        "",
        "EXPERIENCE",
        f"{cos[0]} — Senior Product Manager, Cape Town ({y0}–present)",
        "- Led the launch of a prepaid wallet used by 1.2 million customers; cut onboarding drop-off by a "
        "third.",
        "- " + g.para(CV, 0),
        "- " + g.para(CV, 0),
        f"{cos[1]} — Product Owner, Johannesburg ({y0 - 3}–{y0})",
        "- " + g.para(CV, 0),
        f"{cos[2]} — Business Analyst, Durban",
        "- Mapped claims processes and wrote the requirements for the new Salesforce rollout.",
        "",
        "SKILLS",
        "SQL, Python (pandas), Power BI, Jira and Confluence, Figma for wireframes, Scrum and Kanban, "
        "stakeholder "
        "workshops, IFRS basics. Languages: English, isiZulu, Afrikaans (conversational).",
        "",
        "INTERESTS",
        "Trail running (Two Oceans half marathon finisher), mentoring at a township coding club, and braai.",
        "",
        "EDUCATION",
        "BCom Information Systems, University of Cape Town; PMP certification.",
        "",
        "REFERENCES",
        f"{g.name(r1)}, Head of Product, {cos[0]} — {g.phone('ZA')}",
        f"{g.name(r2)}, former line manager — {g.email(r2)}",
    )


@tpl("d_tenancy_uk", "dev", "contract")
def _d_tenancy(g: Gen) -> str:
    ll, t1, t2 = g.people(3, country="GB")
    rent = g.rng.randrange(850, 2400)
    return J(
        g.pick(
            (
                "Explain this tenancy agreement to me in plain English. Anything unfair?",
                "Translate to plain English please, I'm about to sign this:",
                "What are my obligations under this tenancy?",
            )
        ),
        "",
        "ASSURED SHORTHOLD TENANCY AGREEMENT",
        "This agreement is made under Part I of the Housing Act 1988 as amended by the Housing Act 1996.",
        "",
        f"Landlord: {g.name(ll)}, of {g.address('GB')}",
        f"Tenant(s): {g.name(t1)} and {g.name(t2)}",
        "Property:",
        g.address("GB", lines=True),
        g.slots("Term: twelve months from 1 {month} {year}"),
        f"Rent: £{rent} per calendar month, payable in advance on the first day of each month to the "
        f"landlord's account {g.iban('GB')}.",
        f"Deposit: £{rent + rent // 4}, protected with the Deposit Protection Service within 30 days.",
        "",
        "1. The Tenant agrees to pay the rent on time, to keep the Property clean and in good repair, and "
        "not to make alterations without written consent.",
        "2. The Tenant shall pay council tax, water, gas, electricity, broadband and the TV licence.",
        "3. The Landlord shall keep in repair the structure and exterior and the installations for water, "
        "gas, electricity and heating, as required by section 11 of the Landlord and Tenant Act 1985.",
        "4. The Landlord may enter the Property at reasonable times on 24 hours' written notice to "
        "inspect or carry out repairs.",
        "5. No pets, no smoking and no subletting without the Landlord's prior written consent, which "
        "shall not be unreasonably withheld.",
        "6. Either party may end the tenancy after the fixed term by giving notice in line with the "
        "Housing Act 1988 and the Renters' Rights Act where it applies.",
        "",
        f"Emergency contact for the Landlord: {g.phone('GB')}. Notices may be served by e-mail to "
        f"{g.email(ll)}.",
        f"Signed: {g.name(ll, 'upper')} (Landlord)   {g.name(t1, 'upper')} (Tenant)   "
        f"{g.name(t2, 'upper')} (Tenant)",
    )


@tpl("d_status_au", "dev", "status_report")
def _d_status(g: Gen) -> str:
    pm, a, b = g.people(3, country="AU")
    return J(
        g.pick(
            (
                "Turn this status report into a 3-line update for the steering group",
                "Summarise this for the exec team:",
                "Rewrite this status report so it's less defensive",
            )
        ),
        "",
        g.slots("Project Kookaburra — fortnightly status report #{num}"),
        f"Prepared by {g.name(pm)} for the {g.company} steering group",
        "",
        "Overall status: AMBER",
        "",
        "Progress this fortnight",
        g.para(OPS, 4),
        "",
        "Workstreams",
        "| Workstream | Lead | Status |",
        f"| Data migration | {g.name(a, 'init')} | Amber |",
        f"| Integrations | {g.name(b, 'init')} | Green |",
        f"| Training | {g.name(pm, 'init')} | Green |",
        "",
        "Risks and issues",
        g.para(OPS, 3),
        g.para(MARKET, 1),
        "",
        "Decisions needed",
        "- Approve two extra contractor months for the data workstream.",
        "- Confirm whether the Perth branch joins wave one or wave two.",
        "",
        f"Contact: {g.email(pm, work=True)} or {g.phone('AU')}. {g.name(a, 'first')} is on leave until "
        f"the 20th; {g.name(b, 'first')} covers.",
        g.appendix("Appendix: workstream detail", OPS, TECH, MARKET),
    )


@tpl("d_interviews_us", "dev", "interview_notes")
def _d_interviews(g: Gen) -> str:
    ps = g.people(3, country="US")
    blocks = []
    for p in ps:
        co = g.pick(PUBLIC_COS)
        blocks.append(
            J(
                f"### Interview — {g.name(p)}, "
                f"{g.pick(('Finance Manager', 'Ops Lead', 'IT Director', 'Controller'))} at {co}",
                f"Based in {g.town('US', region=True)}; happy to do a follow-up ({g.email(p)})."
                if p is not ps[1]
                else f"Follow-up: {g.phone('US')}",
                g.para(SALES, 1),
                f'> "{g.para(QUOTES, 0)}"',
            )
        )
    return J(
        g.pick(
            (
                "Synthesise these customer interviews into themes",
                "Pull the top five pain points out of these interview notes",
                "Summarise these interview notes for the product team",
            )
        ),
        "",
        "Customer discovery interviews — month-end close",
        g.slots("Interviewer: product research team · {month} {year}"),
        "",
        "Context: we are testing whether mid-size companies would replace spreadsheets and Excel macros "
        "with a close-management tool. Interviews were 45 minutes on Zoom and recorded with consent.",
        "",
        "\n\n".join(blocks),
        "",
        "Early themes",
        g.para(MARKET, 2),
    )


@tpl("d_newsletter_ie", "dev", "newsletter")
def _d_newsletter(g: Gen) -> str:
    n1, n2, r, s = g.people(4)
    return J(
        g.pick(
            (
                "Shorten this newsletter to about 200 words",
                "Make this staff newsletter sound less corporate",
                "Proofread this newsletter before I send it out",
            )
        ),
        "",
        g.slots(f"The Harbour — {g.company} staff newsletter, {{month}} edition"),
        "",
        "From the CEO's desk",
        g.para(HR, 3),
        g.para(MARKET, 2),
        "",
        "Welcome aboard",
        f"Please say hello to {g.name(n1)}, who joins Finance from {g.pick(PUBLIC_COS)}, and "
        f"{g.name(n2)}, our new "
        f"{g.slots('{team}')} engineer, who moved here from {g.town(n2.country)} with the family.",
        "",
        "Farewell",
        f"After 22 years, {g.name(r)} retires at the end of the month. {g.name(r, 'first')} started on the "
        "warehouse floor and ends as Head of Supply Chain; there will be cake in the canteen on Friday.",
        "",
        "Around the offices",
        g.para(HR, 3),
        "",
        f"Social club: tickets for the Christmas party go on sale next week. Contact {g.name(s, 'first')} on "
        f"{g.phone(s.country)} or {g.email(s, work=True)}.",
    )


@tpl("d_offsite_uk", "dev", "offsite_plan")
def _d_offsite(g: Gen) -> str:
    ps = g.people(g.rng.randrange(3, 5))
    org = ps[0]
    rows = "\n".join(f"{g.name(p, 'lf')} | {g.nid('passport')} | {g.dob('slash')}" for p in ps[1:])
    return J(
        g.pick(
            (
                "Turn this into a one-page itinerary for the team",
                "Check this offsite plan for gaps",
                "Make this offsite plan into a checklist",
            )
        ),
        "",
        "Leadership offsite — Lisbon and Cascais",
        "Venue: Pestana Palace, Lisbon (nights 1–2), then the Albatroz in Cascais; workshops in the Sala "
        "Tejo.",
        g.slots("Dates: three days from {date} {year}"),
        f"Organiser: {g.name(org)} ({g.email(org, work=True)})",
        "",
        "Travel",
        g.para(TRAVEL, 4),
        "",
        "Agenda",
        "Day 1 — arrivals, welcome drinks at the hotel bar.",
        "Day 2 — strategy workshop: " + g.para(MARKET, 2),
        "Day 3 — team building, sailing on the Tagus, departures from 16:00.",
        "",
        "Passport details for the hotel registration (Portuguese law requires them):",
        "Name | Passport | Date of birth",
        rows,
        "",
        f"The deposit was paid on the company card {g.card()}; please do not use it for personal extras.",
        g.para(TRAVEL, 2),
    )


@tpl("d_bookclub", "dev", "club_writeup")
def _d_bookclub(g: Gen) -> str:
    host, a, b, c = g.people(4)
    return J(
        g.pick(
            (
                "Write this up as a short blog post for our book club",
                "Summarise our book club discussion",
                "Turn these notes into a newsletter item",
            )
        ),
        "",
        g.slots("Book club — {month} meeting"),
        f"Hosted by {g.name(host)}; present: {g.name(a, 'first')}, {g.name(b, 'first')}, "
        f"{g.name(c, 'first')} and two new faces.",
        "",
        g.para(BOOK, 3),
        "",
        f"{g.name(a, 'first')} argued the opposite view with some force. " + g.para(BOOK, 2),
        "",
        g.para(BOOK, 1),
        "",
        f"Next meeting is at {g.name(b, 'first')}'s place, {g.address(b.country)}. Ring "
        f"{g.phone(b.country)} if "
        "the gate is locked. Bring something to share.",
        "",
        "Housekeeping: subs for the year are due at the next meeting, the library has two copies of next "
        "month's book on hold for us, and we still need a volunteer to pick the December title.",
    )


@tpl("d_market_expert", "dev", "market_analysis")
def _d_market(g: Gen) -> str:
    ex, au = g.people(2)
    return J(
        g.pick(
            (
                "Summarise this competitor analysis in a table",
                "Turn this market analysis into five slides",
                "Translate this analysis into plain English for the board",
            )
        ),
        "",
        g.slots("Competitive landscape: B2B payments in {mkt}, {q} {year}"),
        f"Author: {g.name(au, 'init')}, Strategy",
        "",
        "Executive summary",
        g.para(MARKET, 4),
        "",
        "Competitors",
        g.para(MARKET, 3),
        "",
        "Regulation",
        g.slots("The main change is {law}; " + "fines are now tied to global turnover."),
        "",
        f"Expert call: we spoke to {g.name(ex)}, a former category manager at {g.pick(PUBLIC_COS)}, "
        f"through an "
        f"expert network. Notes are in the shared drive; {g.name(ex, 'last')} is available for a second call "
        f"({g.email(ex)}, {g.phone(ex.country)}).",
        "",
        "Outlook",
        g.para(MARKET, 3),
        g.appendix("Annex: country notes", MARKET, NEWS, SALES),
    )


@tpl("d_wiki_onboarding", "dev", "wiki_page")
def _d_wiki(g: Gen) -> str:
    own, a, b = g.people(3)
    return J(
        g.pick(
            (
                "Rewrite this Confluence page so new joiners understand it",
                "Summarise this wiki page",
                "Turn this wiki page into an onboarding checklist",
            )
        ),
        "",
        g.slots("Confluence › {team} › Onboarding for new engineers"),
        f"Page owner: {g.name(own)} · last edited {g.slots('{date} {year}')}",
        "",
        "Welcome! This page lists what you need in your first two weeks.",
        "",
        "Accounts",
        g.para(PRODUCT, 3),
        f"The shared test account for the staging admin console is qa-admin / {g.password()} (yes, we know; "
        "it moves to the vault this quarter).",
        "",
        "On-call rota",
        f"- Week 1: {g.name(a, 'lf')} — {g.phone(a.country)}",
        f"- Week 2: {g.name(b, 'lf')} — {g.phone(b.country)}",
        "",
        "Tooling",
        g.para(PRODUCT, 3),
        g.para(TECH, 1),
        "",
        f"VPN: {g.name(b, 'first')} works from home most days, so the allowlist still carries that home IP "
        f"({g.ip()}); remove it when the new ZTNA client ships.",
        "",
        f"Questions? Ping {g.name(own, 'lowfirst')} in #eng-onboarding.",
        g.appendix("Appendix: FAQ", PRODUCT, TECH, POLICY),
    )


@tpl("d_offer_letter_us", "dev", "contract")
def _d_offer(g: Gen) -> str:
    p = g.person(country="US")
    rec = g.person(country="US")
    return J(
        g.pick(
            (
                "Explain this offer letter to me, what should I negotiate?",
                "Summarize the key terms of this offer",
                "Is this offer letter standard for a tech job in the US?",
            )
        ),
        "",
        f"{g.company}",
        g.slots("{date}, {year}"),
        "",
        f"Dear {g.name(p, 'first')},",
        "",
        f"We are delighted to offer you the position of Senior Data Engineer on the {g.slots('{team}')} "
        f"team, reporting to the Director of Engineering. This letter sets out the main terms of the offer.",
        "",
        f"Base salary: ${g.rng.randrange(120, 210)},000 per year, paid bi-weekly through ADP.",
        "Equity: 8,000 restricted stock units vesting over four years with a one-year cliff.",
        "Benefits: medical, dental and vision through Aetna from day one; 401(k) with a 4% match through "
        "Fidelity; 20 days PTO plus company holidays.",
        "Location: hybrid, with two days a week in the Austin office.",
        "",
        "This offer is contingent on a background check and on proof of your eligibility to work in the "
        "United States (Form I-9). Employment is at will, as described in the Employee Handbook.",
        "",
        "For payroll set-up we have the following on file; please check it:",
        f"Legal name: {g.name(p, 'upper')}",
        f"Date of birth: {g.dob('usslash')}",
        f"SSN: {g.ssn()}",
        f"Home address: {g.address('US')}",
        f"Corporate card issued to you (activate before your first trip): {g.card()}",
        "",
        "Please sign and return this letter within five business days. " + g.para(HR, 1),
        "",
        f"Sincerely, {g.name(rec)}, Talent Acquisition — {g.email(rec, work=True)}",
    )


# ---- test, English positives


@tpl("t_minutes_steering_in", "test", "minutes")
def _t_minutes(g: Gen) -> str:
    ch, a, b, c = g.people(4, country="IN")
    return J(
        g.pick(
            (
                "Kindly convert the below MoM into action points with owners and dates.",
                "Please summarise the minutes below for the CXO review.",
                "Make these minutes crisp, remove repetition",
            )
        ),
        "",
        g.slots(f"MINUTES OF MEETING — Project Steering Committee, {g.company}"),
        g.slots("Date: {date} {year} | Venue: Conference Room Ganga, Hyderabad campus + Webex"),
        "Attendees:",
        f"1. {g.name(ch)} — Chairperson",
        f"2. {g.name(a)} — Programme Manager",
        f"3. {g.name(b)} — Finance Controller",
        f"4. {g.name(c, 'lf')} — IT Security (joined late)",
        "",
        "Agenda item 1: Status of the ERP roll-out",
        g.para(OPS, 4),
        f"{g.title(a)} {g.name(a, 'last')} informed the committee that the cut-over rehearsal is planned "
        f"post Diwali.",
        "",
        "Agenda item 2: Budget",
        g.para(OPS, 2),
        f"{g.title(b)} {g.name(b, 'last')} has requested revised quotes from the vendors. Same will be "
        f"shared by EOD.",
        "",
        "Agenda item 3: Market feedback",
        g.para(MARKET, 3),
        "",
        "Action points",
        f"a) {g.name(a, 'init')} to share the revised plan — {g.slots('{date}')}",
        f"b) {g.name(c, 'init')} to complete VAPT sign-off — {g.slots('{date}')}",
        f"For any clarification please reach {g.name(a, 'first')} on {g.phone('IN')}.",
        g.appendix("Annexure A: detailed discussion", OPS, MARKET, POLICY),
    )


@tpl("t_postmortem_confluence_uk", "test", "postmortem")
def _t_postmortem(g: Gen) -> str:
    lead, dev, sre = g.people(3, country="GB")
    return J(
        g.pick(
            (
                "Summarise this post-incident review for the board risk committee",
                "Make this incident report shorter and clearer",
                "Turn this PIR into a customer-facing incident notice (no internal details)",
            )
        ),
        "",
        g.slots("Post-Incident Review — {ticket} — Login outage"),
        f"Owner: {g.name(lead, 'lf')} | Reviewers: {g.name(dev, 'init')}, {g.name(sre, 'init')}",
        "",
        "Background",
        g.para(TECH, 3),
        "",
        "Detection and response",
        g.para(TECH, 3),
        f"{g.name(sre, 'first')} noticed that requests were coming from a single address, {g.ip(v6=True)}, "
        f"which turned out to be {g.name(dev, 'first')}'s home router while the laptop ran an old sync job.",
        "",
        "Contributing factor: secrets in config",
        "The following snippet was committed to the public mirror for about forty minutes:",
        "```",
        "auth:",
        "  provider: okta",
        f"  client_secret: {g.api_key()}",
        f"  db_url: postgres://svc_login:{g.password()}@db-login.internal:5432/auth",
        "```",
        "Both values were revoked the same afternoon and GitHub secret scanning is now enforced.",
        "",
        "Lessons learned",
        g.para(TECH, 3),
        "",
        f"Sign-off: {g.name(lead, 'upper')}, Head of Platform",
        g.appendix("Appendix: detailed timeline notes", TECH, OPS),
    )


@tpl("t_sales_call_insurance_us", "test", "sales_call")
def _t_sales_call(g: Gen) -> str:
    ag = g.person()
    cu = g.person(country="US")
    return J(
        g.pick(
            (
                "Summarize this call and flag any compliance issues",
                "Create CRM notes from this call",
                "Write a coaching note for the agent based on this transcript",
            )
        ),
        "",
        "[Transcript — inbound sales call — auto-generated by Gong]",
        "",
        f"AGENT ({g.name(ag, 'first')}): Thanks for calling Harbour Mutual, this is "
        f"{g.name(ag, 'first')}. Who do "
        "I have the pleasure of speaking with?",
        f"CALLER: Hi, it's {g.name(cu)}. I saw the ad for the term life plan during the Super Bowl.",
        f"AGENT: Great, {g.name(cu, 'first')}. " + g.para(AGENT_LINES, 0),
        "CALLER: Right now I'm with MetLife through work, but it ends when I switch jobs.",
        "AGENT: Understood. To run a quote I need your date of birth and your Social Security number.",
        f"CALLER: Sure, I was born {g.dob('us')}, and the social is {g.ssn()}.",
        "AGENT: Thank you. " + g.para(AGENT_LINES, 1),
        f"CALLER: My address is {g.address('US')}.",
        "AGENT: And a card for the first premium?",
        f"CALLER: Okay, the card number is {g.card()}, expiry 09/29.",
        "AGENT: " + g.para(AGENT_LINES, 1),
        f"CALLER: Best number is {g.phone('US')}.",
        "",
        "[Call summary placeholder]",
        g.para(MARKET, 2),
    )


@tpl("t_email_thread_za", "test", "email_thread")
def _t_thread(g: Gen) -> str:
    a = g.person(g.pick(("zulu", "afrikaans", "xhosa")), "ZA")
    b = g.person(g.pick(("english", "dutch", "swedish", "greek")))
    c = g.person(g.pick(("zulu", "xhosa", "afrikaans")), "ZA")
    parts = []
    n = g.rng.randrange(6, 11)
    for i in range(n):
        frm, to = [(b, a), (a, b), (c, b)][i % 3]
        head = (
            (f"On {g.when(i, 'en_on')}, {g.name(frm)} <{g.email(frm, work=frm is c)}> wrote:")
            if i < 2
            else f"On {g.when(i, 'en_on')}, " + g.pick(("the site team", "Ops", "Finance")) + " wrote:"
        )
        greet = (
            (f"> Dear {g.name(to, 'first')}," if i % 2 else f"> Morning {g.name(to, 'first')},")
            if i < 2
            else g.pick(("> Hi all,", "> Team,", "> Morning all,"))
        )
        sign = f"> {g.name(frm, 'first')}" if i < 2 else g.pick(("> Regards", "> Cheers", "> Thanks"))
        parts.append(J(head, greet, "> " + g.para(g.pick((OPS, MARKET, TRAVEL)), 2 if i < 2 else 1), sign))
    return J(
        g.pick(
            (
                "Give me the gist of this thread in 5 bullets",
                "Who owes whom what in this thread?",
                "Summarise the decisions in the email chain below:",
            )
        ),
        "",
        "Subject: Re: Re: Fwd: Cape Town warehouse — go-live and load-shedding plan",
        "",
        "\n\n".join(reversed(parts)),
        "",
        f"{g.name(c)} | Site Manager | {g.company} | {g.phone('ZA')}",
    )


@tpl("t_cv_ng", "test", "cv")
def _t_cv(g: Gen) -> str:
    y0 = g.rng.randrange(2019, 2025)
    p = g.person(g.pick(("yoruba", "igbo", "hausa")), "NG")
    ref = g.person(g.pick(("yoruba", "igbo", "hausa", "akan")), "NG")
    return J(
        g.pick(
            (
                "Review my CV for a data analyst role abroad. What should I change?",
                "Please improve this CV, it's for a UK visa-sponsored job",
                "Shorten my CV and make the achievements stronger",
            )
        ),
        "",
        f"CURRICULUM VITAE — {g.name(p, 'upper')}",
        f"Address: {g.address('NG')}",
        f"Phone: {g.phone('NG')}   Email: {g.email(p)}",
        f"Date of Birth: {g.dob('slash')}   State of Origin: "
        f"{mk('LOCATION', g.pick(('Ogun', 'Anambra', 'Kano', 'Oyo', 'Kwara')))}",
        f"NIN: {g.nid('nin_ng')}",
        "",
        "CAREER OBJECTIVE",
        "A result-oriented data analyst seeking to apply SQL, Python and Power BI skills in a fast-paced, "
        "international organisation.",
        "",
        "WORK EXPERIENCE",
        f"Data Analyst, Flutterwave, Lagos — {y0} to date",
        "• Built Power BI dashboards for the settlements team used by 40 staff across Lagos and Nairobi.",
        "• " + g.para(CV, 0),
        "• " + g.para(CV, 0),
        f"Business Intelligence Intern, Dangote Group — {y0 - 1}",
        "• " + g.para(CV, 0),
        f"NYSC, Lagos State Ministry of Health — {y0 - 2}",
        "",
        "SKILLS AND CERTIFICATIONS",
        "SQL (PostgreSQL, BigQuery), Python, Power BI, Excel (Power Query), Tableau, basic dbt; Microsoft "
        "PL-300; "
        "excellent communication and presentation skills; proficient in Yoruba, Hausa and English.",
        "",
        "HOBBIES",
        "Chess, football (Arsenal fan), volunteering with a Lagos coding bootcamp for secondary-school "
        "girls.",
        "",
        "EDUCATION",
        "B.Sc. Statistics (Second Class Upper), University of Ibadan",
        "Google Data Analytics Professional Certificate",
        "",
        "REFEREE",
        f"{g.name(ref)}, Senior Manager, Analytics — {g.phone('NG')}",
    )


@tpl("t_employment_ie", "test", "contract")
def _t_employment(g: Gen) -> str:
    emp = g.person(country="IE")
    hr = g.person(country="IE")
    return J(
        g.pick(
            (
                "Is there anything unusual in this employment contract? Explain in plain English.",
                "Summarise the key terms of this contract",
                "Translate this contract clause by clause into plain English",
            )
        ),
        "",
        "CONTRACT OF EMPLOYMENT",
        f"This contract is made between {g.company} (the Company), Sir John Rogerson's Quay, Dublin 2, and:",
        f"Employee: {g.name(emp)}",
        f"Address: {g.address('IE', lines=False)}",
        f"PPS number: {g.nid('pps')}",
        "",
        "1. Commencement. Your employment starts on the date in the offer letter. Continuous service is "
        "as set out in the Terms of Employment (Information) Acts 1994–2014.",
        "2. Probation. The first six months are a probationary period, which may be extended by up to three "
        "months under the Unfair Dismissals Acts.",
        "3. Hours. Your normal hours are 39 per week, Monday to Friday, in line with the Organisation of "
        "Working Time Act 1997.",
        f"4. Salary. Your salary is €{g.rng.randrange(42, 95)},000 per year, paid monthly by credit "
        f"transfer to {g.iban('IE')}.",
        "5. Annual leave. You are entitled to 23 days plus public holidays.",
        "6. Confidentiality and data protection. " + g.para(POLICY, 2),
        "7. Termination. Notice periods follow the Minimum Notice and Terms of Employment Act 1973.",
        "8. Pension. You may join the Company's defined-contribution scheme administered by Irish Life.",
        "",
        f"Signed for the Company: {g.name(hr)}, People Director",
        f"Signed by the Employee: {g.name(emp, 'upper')}",
    )


@tpl("t_status_weekly_us", "test", "status_report")
def _t_status(g: Gen) -> str:
    own, a, b, c = g.people(4, country="US")
    return J(
        g.pick(
            (
                "Can you make this weekly status shorter and punchier?",
                "Summarize this for my VP in 3 bullets",
                "Rewrite this status update in a more upbeat tone",
            )
        ),
        "",
        g.slots("Weekly Status — CRM Consolidation — Week {num}"),
        f"Owner: {g.name(own)} | Sponsor: VP Revenue Operations",
        "",
        "TL;DR: on track for the Salesforce cutover, one open risk on data quality.",
        "",
        "Highlights",
        "- " + g.para(OPS, 1),
        "- " + g.para(OPS, 1),
        f"- {g.name(a, 'lf')} finished the field mapping for the HubSpot import.",
        "",
        "Lowlights",
        "- " + g.para(OPS, 2),
        "",
        "Market context",
        g.para(MARKET, 3),
        "",
        "People",
        f"- {g.name(b)} joins as data steward on Monday; badge and laptop requested.",
        f"- {g.name(c, 'init')} is out next week; escalations to {g.name(own, 'first')} at {g.phone('US')}.",
        "",
        "Next week",
        g.para(OPS, 2),
        g.appendix("Appendix — detail by workstream", OPS, MARKET, TECH),
    )


@tpl("t_interviews_au", "test", "interview_notes")
def _t_interviews(g: Gen) -> str:
    ps = g.people(g.rng.randrange(2, 4), country="AU")
    rows = []
    for i, p in enumerate(ps):
        rows.append(
            J(
                f"P{i + 1}: {g.name(p, 'low')} — "
                f"{g.pick(('café owner', 'tradie', 'practice manager', 'bookkeeper'))}, "
                f"lives in {g.town('AU')}",
                "- " + g.para(SALES, 1),
                "- " + g.para(SALES, 1),
                f'- quote: "{g.para(QUOTES, 0)}"',
            )
        )
    return J(
        g.pick(
            (
                "Synthesise these research notes into an affinity map",
                "What are the common themes in these user interviews?",
                "Write a one-page research summary from these notes",
            )
        ),
        "",
        g.slots("User research — invoicing app, round 2 ({month})"),
        "Method: six 30-minute calls, mix of Xero and MYOB users, recruited via the customer panel.",
        "",
        "\n\n".join(rows),
        "",
        "Researcher notes",
        g.para(MARKET, 3),
        g.para(PRODUCT, 2),
        f"Follow-up scheduled with {g.name(ps[0], 'first')} ({g.email(ps[0])}).",
    )


@tpl("t_newsletter_school_uk", "test", "newsletter")
def _t_newsletter(g: Gen) -> str:
    head, pta, t = g.people(3, country="GB")
    return J(
        g.pick(
            (
                "Can you make this school newsletter friendlier and shorter?",
                "Proofread this newsletter please",
                "Summarise this newsletter for parents who won't read it all",
            )
        ),
        "",
        g.slots("St Aidan's Primary — Autumn Newsletter"),
        "",
        "Dear parents and carers,",
        "What a busy half term it has been! Year 6 visited the Science Museum, Year 3 performed their Roman "
        "assembly and the choir sang at the Royal Albert Hall as part of the Young Voices concert.",
        "",
        "Staffing",
        f"We say goodbye to {g.name(t)}, who is moving to {g.town('GB')} to be closer to family, and thank "
        f"{g.title(head)} {g.name(head, 'last')}'s team for covering the gap.",
        "",
        "Ofsted",
        "Our inspection report is now published on the Ofsted website; thank you for your support.",
        "",
        "PTA",
        f"The Christmas fair is on Saturday 6 December. Volunteers please contact {g.name(pta)} on "
        f"{g.phone('GB')} or {g.email(pta)}.",
        g.para(HR, 2),
        "",
        "Dates for the diary",
        "- 12 Nov: flu vaccinations (Reception to Year 6)",
        "- 19 Nov: parents' evening",
        "- 19 Dec: school closes at 14:00",
        "",
        f"With warm wishes, {g.name(head)}, Headteacher",
        "",
        "Sport",
        "The under-11 football team reached the county semi-final, and our netball squad won the borough "
        "tournament for the first time in ten years. Swimming lessons for Year 4 restart after half term "
        "at the leisure centre; please remember goggles and a towel.",
    )


@tpl("t_offsite_goa_in", "test", "offsite_plan")
def _t_offsite(g: Gen) -> str:
    ps = g.people(g.rng.randrange(3, 5), country="IN")
    lines = "\n".join(
        f"- {g.name(p)}: {g.phone('IN', intl=False)}, Aadhaar {g.nid('aadhaar')}"
        if i == 0
        else f"- {g.name(p)}: {g.phone('IN', intl=False)}"
        for i, p in enumerate(ps[1:])
    )
    return J(
        g.pick(
            (
                "Please make a day-wise itinerary from this plan",
                "Check this offsite plan, what is missing?",
                "Convert the below plan into a WhatsApp message for the team",
            )
        ),
        "",
        g.slots("Team Offsite — Goa, {month} {year}"),
        f"Coordinator: {g.name(ps[0])} ({g.email(ps[0], work=True)})",
        "",
        "Plan",
        g.para(TRAVEL, 4),
        "Resort: Taj Fort Aguada, Candolim; transfers from Mopa airport take about ninety minutes.",
        "Day 1: arrive Mopa, check-in by 14:00, beach volleyball, dinner at the resort.",
        "Day 2: quarterly planning — " + g.para(OPS, 2),
        "Day 3: Old Goa churches and spice plantation, fly back from 18:00.",
        "",
        "Room sharing and contact list (hotel needs ID for one adult per room):",
        lines,
        "",
        f"Advance of 40% paid to the resort on the corporate card {g.card()}; balance at checkout.",
        g.para(TRAVEL, 2),
    )


@tpl("t_filmclub_au", "test", "club_writeup")
def _t_filmclub(g: Gen) -> str:
    a, b, c = g.people(3, country="AU")
    return J(
        g.pick(
            (
                "Turn these notes into a short write-up for our film club newsletter",
                "Tidy up our film club notes",
                "Summarise what we thought of the films this month",
            )
        ),
        "",
        g.slots("Film club — {month} screenings at the community hall"),
        "",
        g.para(FILM, 3),
        "",
        f"{g.name(a, 'lowfirst')} reckoned the sound mix was off; {g.name(b, 'lowfirst')} disagreed. "
        + g.para(FILM, 2),
        "",
        g.para(FILM, 2),
        "",
        f"Membership renewals go to {g.name(c)} — {g.email(c)} or {g.phone('AU')}. Reminder that "
        f"{g.name(c, 'first')} has moved to {g.address('AU')}, so drop the projector there.",
        "",
        "Next season the committee wants a month of Australian cinema: Walkabout, Muriel's Wedding and "
        "The Castle "
        "are on the shortlist. Votes close at the end of the month; snacks roster is on the noticeboard.",
    )


@tpl("t_market_ie", "test", "market_analysis")
def _t_market(g: Gen) -> str:
    src, au, cu = g.people(3)
    return J(
        g.pick(
            (
                "Condense this market report into a one-pager",
                "Turn this into talking points for the CEO",
                "What are the three biggest risks in this analysis?",
            )
        ),
        "",
        g.slots("Market analysis: grocery delivery, {mkt} and Ireland — {q} {year}"),
        f"Prepared by {g.name(au)} · Draft 3",
        "",
        "1. Market size and growth",
        g.para(MARKET, 4),
        "",
        "2. Competitive dynamics",
        g.para(MARKET, 3),
        "",
        "3. Customer voice",
        f"We ran a small panel; one respondent, {g.name(cu, 'init')} from {g.town(cu.country)}, said the "
        "delivery windows were the deciding factor. " + g.para(SALES, 1),
        "",
        "4. Sources",
        f"- Interview with {g.name(src, 'lf')}, ex-{g.pick(PUBLIC_COS)} ({g.email(src)})",
        "- Company filings, Kantar and CSO data",
        "",
        "5. Recommendation",
        g.para(MARKET, 2),
        g.appendix("Appendix: detailed findings", MARKET, NEWS, SALES),
    )


@tpl("t_wiki_runbook_ng", "test", "wiki_page")
def _t_wiki(g: Gen) -> str:
    own, a = g.people(2, country="NG")
    return J(
        g.pick(
            (
                "Summarise this runbook page for a new hire",
                "Rewrite this wiki page in a clearer structure",
                "Turn this page into a step-by-step checklist",
            )
        ),
        "",
        g.slots("Wiki › Payments › Runbook: settlement reconciliation"),
        f"Maintainer: {g.name(own, 'lf')} — last reviewed {g.slots('{date} {year}')}",
        "",
        "Purpose",
        g.para(PRODUCT, 3),
        "",
        "Steps",
        "1. Pull the settlement file from the bank SFTP at 06:00 WAT.",
        "2. " + g.para(TECH, 1),
        f"3. Log in to the reconciliation VM ({g.ip()}) with the service account; the password is "
        f"{g.password()} until the vault migration.",
        "4. Run the matcher and post the summary in #payments-recon.",
        "",
        "Escalation",
        f"- First line: {g.name(a)} ({g.phone('NG')})",
        f"- Second line: {g.name(own, 'first')} ({g.email(own, work=True)})",
        "",
        "Notes",
        g.para(TECH, 2),
        g.appendix("Appendix: known issues", PRODUCT, TECH),
    )


@tpl("t_onboarding_packet_us", "test", "contract")
def _t_packet(g: Gen) -> str:
    p = g.person(country="US")
    hr = g.person(country="US")
    return J(
        g.pick(
            (
                "Can you turn this onboarding packet into a checklist for my first week?",
                "Summarize what I'm agreeing to in this packet",
                "Rewrite this new-hire packet in plain English",
            )
        ),
        "",
        "NEW HIRE PACKET — EMPLOYMENT AGREEMENT AND ENROLLMENT",
        "",
        "Part 1 — Agreement",
        f'This Employment Agreement is entered into by {g.company} ("Employer") and the employee named in '
        "Part 3. Employment is at will. The Employee agrees to the Confidentiality and Invention Assignment "
        "Agreement and to the Code of Conduct.",
        g.para(POLICY, 2),
        "",
        "Part 2 — Compensation and benefits",
        "Compensation is paid semi-monthly via Gusto. Health coverage through Blue Cross Blue Shield "
        "begins on the first of the month after the start date. The 401(k) plan is administered by Vanguard.",
        "Dental and vision are optional and can be added during open enrollment. Commuter benefits and an "
        "FSA are available through the benefits portal; elections must be made within 30 days of the "
        "start date.",
        "",
        "Part 3 — Employee information (W-4 / I-9)",
        f"Name: {g.name(p, 'lf')}",
        f"DOB: {g.dob('usslash')}",
        f"Social Security No.: {g.ssn()}",
        f"Address: {g.address('US', lines=True)}",
        f"Cell: {g.phone('US')}",
        "",
        "Part 4 — Acknowledgement",
        "I have read the Employee Handbook and agree to its terms.",
        f"HR contact: {g.name(hr)}, {g.email(hr, work=True)}",
    )


# ---- non-English positives (dev: de, fr, es; test: it, nl, pt)

DE_OPS = (
    "Die Umstellung auf SAP S/4HANA liegt bei {pct} und damit leicht hinter dem Plan.",
    "Der Vertrag mit {co} läuft im {lmonth} aus; die Rechtsabteilung prüft die neuen Konditionen.",
    "Im Markt Österreich sind die Preise um {pct} gefallen, vor allem wegen neuer Anbieter aus Asien.",
    "Das Team {team} hat {num} von {num} Tickets in Jira abgeschlossen.",
    "Die Schulungen zu Microsoft Teams sind in Frankfurt und Berlin abgeschlossen.",
    "Der Betriebsrat wurde über die neue Homeoffice-Regelung informiert.",
    "Für das Werk in Leipzig wird ein zweiter Schichtbetrieb ab {q} geprüft.",
)


@tpl("d_protokoll_de", "dev", "minutes", lang="de")
def _d_protokoll(g: Gen) -> str:
    a, b, c, d = g.people(4, country="DE")
    return J(
        g.pick(
            (
                "Fasse dieses Protokoll in fünf Stichpunkten zusammen:",
                "Summarise these German minutes in English please:",
                "Mach aus diesem Protokoll eine Aufgabenliste mit Verantwortlichen:",
            )
        ),
        "",
        f"Protokoll der Abteilungsleiterrunde — {g.company}",
        f"Datum: {g.ldate()}, 09:30–11:00 Uhr, Raum Elbe / Teams",
        f"Teilnehmende: {g.name(a)} (Leitung), {g.name(b)}, {g.name(c, 'lf')}, {g.name(d)}",
        f"Protokoll: {g.name(d, 'init')}",
        "",
        "TOP 1 Stand der Projekte",
        g.para(DE_OPS, 3),
        "",
        "TOP 2 Markt und Wettbewerb",
        g.para(DE_OPS, 2)
        + " Laut Frau Lagarde bleibt die EZB vorsichtig; Herr Merz kündigte Entlastungen an.",
        "",
        "TOP 3 Personal",
        f"{g.title(b, 'de')} {g.name(b, 'last')} zieht im Frühjahr nach {g.town('DE')} und arbeitet "
        f"danach überwiegend mobil. "
        f"Erreichbar bleibt {'sie' if g.female(b) else 'er'} unter {g.phone('DE')}.",
        "",
        "TOP 4 Verschiedenes",
        g.para(DE_OPS, 2),
        "",
        "Aufgaben",
        f"- {g.name(a, 'initials')}: Budgetentwurf bis zur nächsten Sitzung",
        f"- {g.name(c, 'initials')}: Rückmeldung an {g.pick(('Siemens', 'SAP', 'Bosch'))} zum Angebot",
        f"Nächste Sitzung: {g.ldate()}. Rückfragen an {g.email(d, work=True)}.",
    )


FR_TXT = (
    "Le déploiement de Salesforce dans les agences de Lyon et de Lille avance bien, à {pct} du périmètre.",
    "Le comité a validé le budget du {q} sous réserve d'un nouvel arbitrage en {lmonth}.",
    "La concurrence de {co} se renforce sur le marché belge, avec des remises agressives.",
    "Merci de vérifier les conditions générales avant la signature avec le fournisseur.",
    "Le prestataire demande un acompte de trente pour cent à la commande.",
    "La CNIL a publié de nouvelles recommandations sur l'IA, à lire avant la réunion.",
    "Le séminaire aura lieu à Lyon, au Centre de Congrès, du mardi au jeudi.",
    "Le nouveau logiciel de paie sera déployé au premier trimestre dans toutes les filiales.",
    "Les chiffres de vente de la région Sud sont en hausse de {pct} par rapport à l'an dernier.",
    "Merci de confirmer vos dates de congés avant la fin du mois.",
    "Le fournisseur a accepté de baisser ses tarifs de cinq pour cent pour un engagement de deux ans.",
    "La direction financière souhaite un point budgétaire avant la clôture.",
    "Le service juridique relira le contrat cadre la semaine prochaine.",
    "Nous attendons encore le devis du traiteur pour le dîner du séminaire.",
    "Le salon VivaTech a généré une trentaine de contacts qualifiés.",
)


@tpl("d_fil_mails_fr", "dev", "email_thread", lang="fr")
def _d_mails_fr(g: Gen) -> str:
    a, b, c = g.people(3, country="FR")
    mails = []
    for i in range(g.rng.randrange(6, 11)):
        frm, to = [(a, b), (b, a), (c, a)][i % 3]
        mails.append(
            J(
                f"De : {g.name(frm)} <{g.email(frm, work=True)}>"
                if i < 2
                else f"De : {g.name(frm)}"
                if i < 3
                else "De : Service achats",
                f"Envoyé : {g.when(i, 'fr')}",
                "Objet : " + "RE: " * min(i, 2) + "Séminaire commercial et contrat fournisseur",
                "",
                f"Bonjour {g.name(to, 'first')}," if i < 2 else g.pick(("Bonjour à tous,", "Bonjour,")),
                g.para(FR_TXT, 2 if i < 2 else 0),
                "Bien cordialement," if i % 2 else "Merci d'avance,",
                g.name(frm, "first") if i < 2 else g.pick(("Envoyé de mon iPhone", "--")),
            )
        )
    return J(
        g.pick(
            (
                "Résume ce fil de mails en cinq points :",
                "Translate this email thread into English:",
                "Qu'est-ce qui reste à décider dans ces échanges ?",
            )
        ),
        "",
        "\n\n-----\n\n".join(mails),
        "",
        f"{g.name(b)} — Responsable achats — {g.phone('FR')}",
        f"Pour le virement de l'acompte : {g.iban('FR')}",
    )


@tpl("d_alquiler_es", "dev", "contract", lang="es")
def _d_alquiler(g: Gen) -> str:
    ar, inq = g.people(2, country="ES")
    return J(
        g.pick(
            (
                "Explícame este contrato de alquiler en lenguaje sencillo:",
                "Translate this rental contract into English please",
                "¿Hay alguna cláusula abusiva en este contrato?",
            )
        ),
        "",
        "CONTRATO DE ARRENDAMIENTO DE VIVIENDA",
        f"En Madrid, a {g.ldate()}.",
        "",
        "REUNIDOS",
        f"De una parte, {g.name(ar, 'upper')}, mayor de edad, con DNI {g.nid('dni')}, en adelante el "
        "ARRENDADOR.",
        f"De otra parte, {g.name(inq)}, {'nacida' if g.female(inq) else 'nacido'} el {g.dob('es')}, con "
        f"DNI {g.nid('dni')} y domicilio a "
        f"efectos de notificaciones en {g.address('ES')}, en adelante el ARRENDATARIO.",
        "",
        "CLÁUSULAS",
        "PRIMERA. Objeto. El arrendador cede en arrendamiento la vivienda descrita en el Anexo I, "
        "conforme a la Ley 29/1994 de Arrendamientos Urbanos.",
        "SEGUNDA. Duración. El contrato tendrá una duración de un año, prorrogable hasta cinco años.",
        f"TERCERA. Renta. La renta mensual es de {g.rng.randrange(700, 1900)} euros, que se abonará por "
        f"transferencia a la cuenta {g.iban('ES')} dentro de los siete primeros días de cada mes.",
        "CUARTA. Fianza. El arrendatario entrega una mensualidad de fianza, que se depositará en la "
        "Agencia de Vivienda Social de la Comunidad de Madrid.",
        "QUINTA. Gastos. Los suministros de luz, agua, gas e internet correrán a cargo del arrendatario.",
        "SEXTA. Obras. El arrendatario no podrá realizar obras sin el consentimiento por escrito del "
        "arrendador.",
        "SÉPTIMA. Mascotas. No se permiten animales de compañía salvo autorización expresa.",
        "",
        f"Teléfono de contacto del arrendador: {g.phone('ES')}",
        "Y en prueba de conformidad, firman ambas partes por duplicado.",
    )


IT_TXT = (
    "Ho ridotto del 30% i tempi di chiusura mensile automatizzando le riconciliazioni in Excel e SQL.",
    "Ho coordinato un gruppo di quattro analisti tra Milano e Roma.",
    "Ho realizzato il cruscotto dei KPI commerciali usato dalla direzione vendite.",
    "Ho gestito la selezione del nuovo fornitore di CRM, con un risparmio del 12% sulle licenze.",
    "Ho preparato la reportistica trimestrale per il consiglio di amministrazione.",
    "Ho formato oltre cento colleghi sull'uso di Power BI.",
    "Ho analizzato i dati di vendita della rete per ottimizzare l'assortimento nei punti vendita.",
)


@tpl("t_cv_it", "test", "cv", lang="it")
def _t_cv_it(g: Gen) -> str:
    y0 = g.rng.randrange(2019, 2025)
    p = g.person(g.pick(("italian", "italian", "arabic")), "IT")
    ref = g.person("italian", "IT")
    return J(
        g.pick(
            (
                "Migliora il mio curriculum, per favore:",
                "Translate my CV into English and make it sound natural",
                "Riassumi questo CV in tre righe per LinkedIn",
            )
        ),
        "",
        "CURRICULUM VITAE",
        f"{g.name(p)}",
        f"{'Nata' if g.female(p) else 'Nato'} il {g.dob('it')} a {g.town('IT')}",
        f"Residenza: {g.address('IT')}",
        f"Cellulare: {g.phone('IT')} — E-mail: {g.email(p)}",
        "",
        "ESPERIENZE PROFESSIONALI",
        f"Enel, Roma — Analista di business ({y0}–oggi)",
        "- " + g.para(IT_TXT, 0),
        "- " + g.para(IT_TXT, 0),
        "- " + g.para(IT_TXT, 0),
        f"Luxottica, Milano — Stage in controllo di gestione ({y0 - 1})",
        "- " + g.para(IT_TXT, 0),
        "",
        "ISTRUZIONE",
        "Laurea magistrale in Economia, Università Bocconi, 110/110 e lode.",
        "",
        "LINGUE",
        "Italiano madrelingua; inglese C1 (IELTS 7.5); spagnolo B2.",
        "",
        "COMPETENZE",
        "Excel avanzato, Power BI, SQL, Python (pandas), SAP.",
        "",
        f"Referenze: {g.name(ref, 'lf')}, responsabile diretto, {g.phone('IT')}",
        "",
        "PROGETTI",
        "- Modello di previsione della domanda per la rete di vendita del Nord Italia (Python, Prophet).",
        "- Cruscotto Power BI per il monitoraggio dei costi energetici degli stabilimenti.",
        "- Volontariato: tutor di matematica per studenti delle superiori.",
        "",
        "Autorizzo il trattamento dei dati personali ai sensi del GDPR (Regolamento UE 2016/679).",
    )


@tpl("t_huurcontract_nl", "test", "contract", lang="nl")
def _t_huur(g: Gen) -> str:
    vh, hu = g.people(2, country="NL")
    return J(
        g.pick(
            (
                "Leg dit huurcontract uit in gewone taal:",
                "Translate this Dutch rental agreement into English",
                "Staan er rare dingen in dit huurcontract?",
            )
        ),
        "",
        "HUUROVEREENKOMST WOONRUIMTE",
        "(model gebaseerd op het ROZ-model)",
        "",
        f"Verhuurder: {g.name(vh)}, hierna te noemen 'verhuurder'",
        f"Huurder: {g.name(hu)}, geboren op {g.dob('nl')}, BSN {g.nid('bsn')}",
        f"Huidig adres huurder: {g.address('NL')}",
        "",
        "Artikel 1 — Het gehuurde. Verhuurder verhuurt aan huurder de zelfstandige woonruimte beschreven "
        "in bijlage 1, inclusief berging.",
        "Artikel 2 — Duur. De overeenkomst gaat in op de eerste dag van de maand en geldt voor onbepaalde "
        "tijd.",
        f"Artikel 3 — Huurprijs. De kale huur bedraagt € {g.rng.randrange(900, 2100)} per maand, te voldoen "
        f"vóór de eerste van de maand op rekening {g.iban('NL')}.",
        "Artikel 4 — Servicekosten. Het voorschot voor servicekosten wordt jaarlijks afgerekend.",
        "Artikel 5 — Waarborgsom. Huurder betaalt een waarborgsom van twee maanden kale huur.",
        "Artikel 6 — Onderhoud. Kleine herstellingen zijn voor rekening van huurder volgens het Besluit "
        "kleine herstellingen.",
        "Artikel 7 — Huurcommissie. Geschillen over de huurprijs kunnen worden voorgelegd aan de "
        "Huurcommissie.",
        "",
        "",
        "Artikel 8 — Energielabel. De woning heeft energielabel B; het label is als bijlage toegevoegd.",
        "Artikel 9 — Opzegging. Huurder kan opzeggen met een termijn van één maand; verhuurder alleen op de "
        "wettelijke gronden en met inachtneming van de wettelijke termijnen.",
        "",
        f"Contact verhuurder: {g.phone('NL')} / {g.email(vh)}",
    )


PT_TXT = (
    "As vendas em Espanha cresceram {pct} face ao trimestre anterior.",
    "A migração para o Salesforce está atrasada duas semanas por causa da integração com o SAP.",
    "A {co} anunciou uma parceria com um operador logístico em Lisboa.",
    "O orçamento do {q} foi aprovado, com uma reserva de cinco por cento.",
    "A equipa de {team} concluiu a formação em Microsoft Teams.",
    "O novo escritório no Porto abre em {lmonth}.",
    "A CNPD publicou novas orientações sobre a videovigilância no trabalho.",
)


@tpl("t_ata_pt", "test", "minutes", lang="pt")
def _t_ata(g: Gen) -> str:
    a, b, c, d = g.people(4, country="PT")
    return J(
        g.pick(
            (
                "Resume esta ata em tópicos:",
                "Translate these minutes from Portuguese to English",
                "Transforma esta ata numa lista de tarefas:",
            )
        ),
        "",
        f"ATA N.º {g.rng.randrange(12, 90)} — Reunião de Direção, {g.company}",
        f"Data: {g.ldate()}, 10h00, sala Tejo (Lisboa) e Teams",
        f"Presentes: {g.name(a)}, {g.name(b)}, {g.name(c, 'lf')}, {g.name(d)}",
        "",
        "1. Aprovação da ata anterior — aprovada por unanimidade.",
        "",
        "2. Ponto de situação dos projetos",
        g.para(PT_TXT, 3),
        "",
        "3. Recursos humanos",
        f"{g.title(b, 'pt')} {g.name(b, 'last')} informou que muda de residência para {g.town('PT')} em "
        f"janeiro. O novo "
        f"contrato de prestação de serviços com {g.name(d)} (NIF {g.nid('nif')}) foi aprovado.",
        "",
        "4. Diversos",
        g.para(PT_TXT, 2),
        "",
        f"Tarefas: {g.name(a, 'initials')} — orçamento revisto; {g.name(c, 'initials')} — contacto com o "
        f"fornecedor. Dúvidas para {g.email(c, work=True)} ou {g.phone('PT')}.",
        "",
        "5. Orçamento e investimentos",
        "Foi apresentado o ponto de situação do orçamento. O investimento no novo armazém da Azambuja "
        "mantém-se "
        "dentro do previsto e a renegociação do contrato de energia com a EDP deverá gerar poupanças no "
        "próximo ano. A direção aprovou ainda a participação na feira de Madrid em outubro.",
    )


# ---- negatives (no personal data): English, each class once per half

BIOS = (
    "Cyril Ramaphosa, born in Soweto on 17 November 1952, began his career as a trade-union leader.",
    "Narendra Modi, born on 17 September 1950 in Vadnagar, Gujarat, marked the anniversary with a rally.",
    "Bola Tinubu, who was born in Lagos on 29 March 1952, was governor of Lagos State before the presidency.",
    "Anthony Albanese, born in Sydney on 2 March 1963, grew up in public housing in Camperdown.",
    "Keir Starmer was born on 2 September 1962 in Southwark and grew up in Oxted, Surrey.",
    "Emmanuel Macron, born in Amiens on 21 December 1977, studied at Sciences Po and the ENA.",
    "Giorgia Meloni, born in Rome on 15 January 1977, leads the Brothers of Italy party.",
    "Christine Lagarde was born in Paris on 1 January 1956 and was once a synchronised swimmer.",
    "Satya Nadella, born in Hyderabad on 19 August 1967, has led Microsoft since 2014.",
    "Serena Williams, born in Saginaw, Michigan, on 26 September 1981, won 23 Grand Slam singles titles.",
    "Virat Kohli, born in Delhi on 5 November 1988, captained India in all three formats.",
    "Eliud Kipchoge was born on 5 November 1984 in Kapsisiywa, in Kenya's Nandi County.",
)


@tpl("d_neg_market_quarterly", "dev", "", neg="market_report")
def _d_neg_market(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Summarise this market report for the exec team:",
                "Turn this report into five slide headlines",
                "What are the key takeaways here?",
            )
        ),
        "",
        g.slots("Quarterly market review — consumer electronics retail, {q} {year}"),
        "",
        "Headlines",
        g.para(MARKET, 4),
        "",
        "Regional view",
        g.para(MARKET, 4),
        "",
        "Competitors",
        g.para(MARKET, 3),
        "",
        "Outlook",
        g.para(MARKET, 2)
        + g.slots(" Our base case assumes {pct} growth, with downside if {co} cuts prices again."),
        g.appendix("Annex: market detail", MARKET, NEWS),
    )


@tpl("t_neg_market_brief", "test", "", neg="market_report")
def _t_neg_market(g: Gen) -> str:
    cos = g.sample(PUBLIC_COS, 4)
    rows = "\n".join(g.slots(f"| {c} | {{pct}} | {{pct}} | {{mkt}} |") for c in cos)
    return J(
        g.pick(
            (
                "Can you condense this competitor brief?",
                "Turn this into a table and a 3-line summary",
                "Rewrite this competitor brief for sales reps",
            )
        ),
        "",
        g.slots("COMPETITOR BRIEF — Cloud collaboration tools — {month} {year}"),
        "",
        "| Company | Share | Growth | Strongest market |",
        "|---|---|---|---|",
        rows,
        "",
        "Summary",
        g.para(MARKET, 4),
        "",
        "Pricing moves",
        g.para(MARKET, 3),
        "",
        "What this means for us",
        g.para(SALES, 2) + " " + g.para(OPS, 1),
        g.appendix("Appendix: notes by competitor", MARKET, NEWS, SALES),
    )


@tpl("d_neg_news_morning", "dev", "", neg="news_digest")
def _d_neg_news(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Summarise today's news digest in 5 bullets",
                "Which of these stories matter for a logistics company?",
                "Rewrite this digest as a short podcast script",
            )
        ),
        "",
        g.slots("Morning briefing — {day} {date}"),
        "",
        "Politics",
        g.para(NEWS, 3),
        g.para(BIOS, 1),
        "",
        "Business",
        g.para(NEWS, 3),
        "",
        "Markets",
        g.para(MARKET, 2),
        "",
        "And finally",
        g.para(NEWS, 2),
        g.appendix("In depth", NEWS, MARKET),
    )


@tpl("t_neg_news_weekly", "test", "", neg="news_digest")
def _t_neg_news(g: Gen) -> str:
    items = [f"{i + 1}. " + g.para(NEWS, 1) for i in range(5)]
    return J(
        g.pick(
            (
                "Give me a TL;DR of this weekly roundup",
                "Translate this news roundup into simple English",
                "Pick the three stories most relevant to fintech",
            )
        ),
        "",
        g.slots("THE WEEK IN REVIEW — {month} {year}"),
        "",
        "\n\n".join(items[:3]),
        "",
        "Profile of the week",
        g.para(BIOS, 2),
        "",
        "\n\n".join(items[3:]),
        g.appendix("Further reading", NEWS, MARKET),
    )


@tpl("d_neg_bookclub", "dev", "", neg="book_film_club")
def _d_neg_book(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Write a short summary of our reading year",
                "Tidy these book club notes into a blog post",
                "Summarise the discussion below",
            )
        ),
        "",
        g.slots("Reading circle — notes from the {month} session"),
        "",
        "We met in the upstairs room of the library. Turnout was good despite the rain.",
        "",
        g.para(BOOK, 4),
        "",
        "The great debate",
        g.para(BOOK, 3),
        "",
        "Votes for next time",
        g.para(BOOK, 2),
        "Snacks were excellent as always. Same time next month.",
    )


@tpl("t_neg_filmclub", "test", "", neg="book_film_club")
def _t_neg_film(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Turn this into a newsletter paragraph",
                "Summarise our film season so far",
                "Make this film club write-up more fun to read",
            )
        ),
        "",
        "Film society — season write-up",
        "",
        g.para(FILM, 4),
        "",
        "Book-to-film corner",
        g.para(BOOK, 3),
        "",
        g.para(FILM, 3),
        "",
        "Next season we are doing a world-cinema month; suggestions in the group chat please.",
        "",
        "Housekeeping: the projector bulb needs replacing before the next screening, and the hall "
        "committee has "
        "asked us to stack the chairs at the end of the night. Membership fees stay the same for next "
        "season.",
    )


@tpl("d_neg_offsite_lisbon", "dev", "", neg="travel_offsite")
def _d_neg_travel(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Turn this offsite plan into a day-by-day itinerary",
                "Summarise the logistics for the team",
                "What's missing from this travel plan?",
            )
        ),
        "",
        g.slots("Sales kick-off offsite — {month} {year}"),
        "Venue: Corinthia Hotel Lisbon, with the awards dinner at Time Out Market and a boat trip on the "
        "Tagus.",
        "",
        "Getting there",
        g.para(TRAVEL, 4),
        "",
        "Programme",
        "Day 1 — arrivals and welcome dinner.",
        "Day 2 — " + g.para(MARKET, 2),
        "Day 3 — workshops and awards evening.",
        "",
        "Practicalities",
        g.para(TRAVEL, 4),
    )


@tpl("t_neg_offsite_capetown", "test", "", neg="travel_offsite")
def _t_neg_travel(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Make this into a packing list and a schedule",
                "Rewrite this offsite info as a friendly email",
                "Summarise this plan in 10 lines",
            )
        ),
        "",
        "Engineering offsite — Western Cape",
        "",
        "Venue: Spier Wine Farm, Stellenbosch road; conference centre and rooms on site.",
        g.para(TRAVEL, 4),
        "",
        "Agenda",
        "- Day 1: roadmap review, " + g.para(OPS, 1),
        "- Day 2: hackathon in teams of four; demos at 16:00.",
        "- Day 3: Table Mountain cableway (weather permitting), then airport transfers.",
        "",
        g.para(TRAVEL, 3),
        "Load-shedding: the venue has generators, but charge laptops overnight.",
    )


@tpl("d_neg_product_release", "dev", "", neg="product_docs")
def _d_neg_product(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Turn these release notes into a customer email",
                "Summarise what changed in this release",
                "Rewrite this documentation page for non-technical admins",
            )
        ),
        "",
        g.slots("Release notes — version {num}.{num}"),
        "",
        "New",
        g.para(PRODUCT, 4),
        "",
        "Improved",
        g.para(PRODUCT, 3),
        "",
        "Fixed",
        g.para(TECH, 2),
        "",
        "Deprecations",
        g.para(PRODUCT, 2),
        g.appendix("Appendix: detailed changes", PRODUCT, TECH),
    )


@tpl("t_neg_product_guide", "test", "", neg="product_docs")
def _t_neg_product(g: Gen) -> str:
    return J(
        g.pick(
            ("Simplify this admin guide", "Make an FAQ from this documentation page", "Summarise this guide")
        ),
        "",
        "Admin guide › Workspace settings",
        "",
        "Overview",
        g.para(PRODUCT, 3),
        "",
        "Step by step",
        "1. Open the admin console and choose Workspace.",
        "2. " + g.para(PRODUCT, 1),
        "3. Save. Changes apply within five minutes.",
        "",
        "Limits and known issues",
        g.para(PRODUCT, 3),
        "",
        "Security",
        g.para(POLICY, 2),
        g.appendix("More settings", PRODUCT, POLICY),
    )


@tpl("d_neg_policy_data", "dev", "", neg="policy_document")
def _d_neg_policy(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Summarise this policy for staff in plain English",
                "Turn this policy into a one-page FAQ",
                "Translate to plain English:",
            )
        ),
        "",
        "Group Data Handling and Acceptable Use Policy (v3.2)",
        "",
        "1. Purpose and scope",
        g.para(POLICY, 3),
        "",
        "2. Principles",
        g.para(POLICY, 3),
        "",
        "3. Use of AI tools",
        g.para(POLICY, 2),
        "",
        "4. Responsibilities",
        "The Data Protection Officer, the CISO and line managers share responsibility for this policy.",
        g.para(POLICY, 2),
        g.appendix("Annex A: guidance and examples", POLICY, HR),
    )


@tpl("t_neg_policy_travel", "test", "", neg="policy_document")
def _t_neg_policy(g: Gen) -> str:
    return J(
        g.pick(
            (
                "What does this policy mean for someone who travels monthly?",
                "Summarise the rules below",
                "Turn this policy into a checklist",
            )
        ),
        "",
        "TRAVEL, EXPENSES AND HYBRID WORK POLICY",
        "Owner: Chief Financial Officer · Approved by the Executive Committee",
        "",
        "Section A — Scope",
        g.para(POLICY, 2),
        "",
        "Section B — Booking",
        g.para(TRAVEL, 2),
        "",
        "Section C — Expenses",
        g.para(POLICY, 3),
        "",
        "Section D — Hybrid work",
        g.para(HR, 2) + " " + g.para(POLICY, 1),
        g.appendix("Annex: questions and answers", POLICY, TRAVEL, HR),
    )


@tpl("d_neg_lecture_history", "dev", "", neg="lecture_notes")
def _d_neg_lecture(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Turn my lecture notes into revision flashcards",
                "Summarise these notes for my exam",
                "Make these notes into a study guide",
            )
        ),
        "",
        "HIST 204 — Lecture 7: Empire, nation and independence",
        "",
        "Key points",
        g.para(LECTURE, 4),
        "",
        "Discussion",
        g.para(LECTURE, 3),
        "",
        "Reading for next week: Hobsbawm, The Age of Empire, chapters 3–4; Achebe's essay on Conrad.",
        g.para(LECTURE, 2),
        "",
        "Historiography",
        "Older accounts told this as a story of great men and treaties; recent work looks at trade, "
        "migration, "
        "disease and the people who never signed anything. For the essay, compare at least two of these "
        "approaches and use one primary source from the course reader.",
    )


@tpl("t_neg_lecture_science", "test", "", neg="lecture_notes")
def _t_neg_lecture(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Summarise these lecture notes in 10 bullets",
                "Quiz me on these notes",
                "Explain these notes simply",
            )
        ),
        "",
        "History of Science — Week 5 notes",
        "",
        g.para(LECTURE, 4),
        "",
        "Themes",
        "- How individual genius gets credited over networks and institutions.",
        "- " + g.para(LECTURE, 1),
        "",
        g.para(LECTURE, 3),
        "",
        "Essay question: was the scientific revolution a revolution at all?",
        "",
        "Further reading",
        "Steven Shapin, The Scientific Revolution; Patricia Fara, Science: A Four Thousand Year History. "
        "For the "
        "seminar, read the extract from Galileo's letter to the Grand Duchess Christina and bring one "
        "question.",
    )


@tpl("d_neg_sports_weekend", "dev", "", neg="sports_recap")
def _d_neg_sports(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Summarise the weekend's sport for the office chat",
                "Make this sports recap shorter",
                "Turn this recap into a quiz",
            )
        ),
        "",
        "Weekend sport roundup",
        "",
        "Football",
        g.para(SPORTS, 3),
        "",
        "Cricket and rugby",
        g.para(SPORTS, 3),
        "",
        "Elsewhere",
        g.para(SPORTS, 3),
        "",
        "Coming up: the derby on Sunday and the final day of the Test.",
        "",
        "Talking point",
        "Is the new stoppage-time rule making games better or just longer? Average match length is up by "
        "almost ten minutes this season, and managers are split. Broadcasters like it; fans on late "
        "trains do not.",
    )


@tpl("t_neg_sports_newsletter", "test", "", neg="sports_recap")
def _t_neg_sports(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Rewrite this sports newsletter in a punchier tone",
                "Summarise this recap",
                "Give me three headlines from this",
            )
        ),
        "",
        "THE FINAL WHISTLE — weekly sports newsletter",
        "",
        g.para(SPORTS, 4),
        "",
        "Stat of the week",
        g.para(SPORTS, 2),
        "",
        "Around the grounds",
        g.para(SPORTS, 4),
        "",
        "Tickets for the next home game are on sale through the club website.",
        "",
        "Column: the long season",
        "Every year the calendar gets fuller and every year the players say the same thing. The schedule "
        "now runs "
        "from pre-season tours in Asia to winter tournaments in the Gulf, and the injury lists show it.",
    )


# ---- non-English negatives


@tpl("d_neg_marktbericht_de", "dev", "", lang="de", neg="market_report")
def _d_neg_de(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Fasse diesen Marktbericht zusammen:",
                "Summarise this German market report in English",
                "Was sind die drei wichtigsten Punkte?",
            )
        ),
        "",
        g.slots("Marktbericht Maschinenbau — {q} {year}"),
        "",
        "Zusammenfassung",
        g.para(DE_OPS, 3),
        "Der Auftragseingang im deutschen Maschinenbau lag laut VDMA real um sechs Prozent unter dem "
        "Vorjahr. Besonders schwach entwickelte sich das Geschäft mit China, während die USA stabil blieben.",
        "",
        "Wettbewerb",
        "Siemens und Trumpf investieren weiter in Automatisierung; Bosch Rexroth senkt die Preise für "
        "Standardkomponenten. Kleinere Anbieter aus Baden-Württemberg geraten unter Druck.",
        g.para(DE_OPS, 2),
        "",
        "Ausblick",
        "Die Bundesregierung unter Friedrich Merz plant Sonderabschreibungen; die EZB unter Christine "
        "Lagarde "
        "dürfte die Zinsen im Frühjahr weiter senken. Wir erwarten eine Erholung frühestens im zweiten "
        "Halbjahr.",
        "",
        "Methodik",
        "Grundlage sind Daten des Statistischen Bundesamts, des ifo-Instituts und eigene Umfragen unter 120 "
        "Einkäufern. Die Zahlen für das letzte Quartal sind vorläufig und werden im Frühjahr revidiert.",
    )


@tpl("d_neg_revue_presse_fr", "dev", "", lang="fr", neg="news_digest")
def _d_neg_fr(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Résume cette revue de presse en cinq points :",
                "Translate this press review into English",
                "Quels sujets concernent notre secteur ?",
            )
        ),
        "",
        f"Revue de presse du {g.ldate()}",
        "",
        "Politique",
        "Emmanuel Macron, né à Amiens le 21 décembre 1977, a reçu les partenaires sociaux à l'Élysée. Le "
        "gouvernement promet une réforme de l'assurance chômage avant l'été.",
        g.para(FR_TXT, 2),
        "",
        "Économie",
        "LVMH et L'Oréal ont publié des résultats supérieurs aux attentes; le CAC 40 a gagné 1,2 % sur la "
        "semaine. Carrefour ferme plusieurs hypermarchés dans le Nord.",
        g.para(FR_TXT, 2),
        "",
        "International",
        "Ursula von der Leyen a présenté à Bruxelles le nouveau paquet sur la compétitivité. À Madrid, Pedro "
        "Sánchez défend son budget devant le Congrès.",
        "",
        "Technologie",
        "Mistral AI annonce une nouvelle levée de fonds et ouvre un bureau à Singapour. La CNIL rappelle aux "
        "entreprises leurs obligations lors de l'utilisation d'outils d'IA générative avec des données "
        "clients.",
        "",
        "Sport",
        "Le PSG s'est imposé face à l'OM au Vélodrome; Antoine Dupont reprend l'entraînement avec Toulouse.",
    )


@tpl("d_neg_viaje_es", "dev", "", lang="es", neg="travel_offsite")
def _d_neg_es(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Haz un itinerario día a día con este plan:",
                "Translate this offsite plan into English",
                "¿Qué falta en este plan de viaje?",
            )
        ),
        "",
        f"Convención anual de ventas — Sevilla, {g.pick(ES_MONTHS)} de {g.rng.randrange(2025, 2027)}",
        "",
        "Cómo llegar",
        "El AVE sale de Madrid Puerta de Atocha cada hora y tarda dos horas y media hasta Sevilla Santa "
        "Justa. Desde Barcelona hay vuelos directos con Vueling e Iberia.",
        "",
        "Alojamiento",
        "Hemos reservado el Hotel Alfonso XIII, junto a la Universidad y a diez minutos a pie de la "
        "Catedral. El bloque de habitaciones se libera dos semanas antes del evento.",
        "",
        "Programa",
        "Día 1: llegada, cóctel de bienvenida en la terraza.",
        "Día 2: plenaria en el Palacio de Congresos (FIBES); por la tarde, talleres por equipos.",
        "Día 3: visita al Real Alcázar y a la Plaza de España; regreso a partir de las 17:00.",
        "",
        "Objetivos",
        "La convención presentará los resultados del año, el plan comercial para el próximo ejercicio y los "
        "nuevos productos para el mercado portugués y latinoamericano. Cada equipo regional preparará una "
        "presentación de quince minutos sobre sus clientes clave y la evolución de la competencia.",
        "",
        "Información práctica",
        "En esa época del año la temperatura supera los 30 grados a mediodía; llevad gorra y agua. La "
        "cena de "
        "gala es en una hacienda a las afueras, con traslado en autobús desde el hotel. Las dietas se "
        "gestionan a través de la agencia de viajes de la empresa y no hace falta adelantar ningún gasto.",
    )


@tpl("t_neg_appunti_it", "test", "", lang="it", neg="lecture_notes")
def _t_neg_it(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Riassumi questi appunti per l'esame:",
                "Translate these lecture notes into English",
                "Fammi dieci domande su questi appunti",
            )
        ),
        "",
        "Storia contemporanea — Lezione 9: il Risorgimento e l'Unità",
        "",
        "Giuseppe Garibaldi partì da Quarto nel maggio 1860 con circa mille volontari e sbarcò a Marsala. "
        "Camillo Benso, conte di Cavour, guidò la diplomazia del Regno di Sardegna e ottenne l'appoggio di "
        "Napoleone III contro l'Austria.",
        "",
        "Giuseppe Mazzini fondò la Giovine Italia nel 1831 a Marsiglia; il suo programma era repubblicano e "
        "unitario. Vittorio Emanuele II fu proclamato re d'Italia il 17 marzo 1861 a Torino.",
        "",
        "La questione romana rimase aperta fino alla breccia di Porta Pia nel 1870, quando Roma divenne "
        "capitale. Il brigantaggio nel Mezzogiorno mostrò le fratture sociali del nuovo Stato.",
        "",
        "Temi per la discussione",
        "- Il ruolo delle potenze europee, in particolare Francia e Gran Bretagna.",
        "- La memoria del Risorgimento nella cultura popolare, da Verdi al cinema di Visconti (Il "
        "Gattopardo).",
        "",
        "La lezione si è chiusa con un confronto tra il Risorgimento e l'unificazione tedesca guidata da "
        "Otto von Bismarck: in entrambi i casi uno Stato regionale forte, il Piemonte e la Prussia, seppe "
        "sfruttare la "
        "diplomazia e la guerra per imporre l'unità dall'alto, con un ruolo limitato delle masse popolari.",
        "",
        "Letture: Lucy Riall, Il Risorgimento; Alberto Mario Banti, La nazione del Risorgimento.",
    )


@tpl("t_neg_handleiding_nl", "test", "", lang="nl", neg="product_docs")
def _t_neg_nl(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Vat deze handleiding samen:",
                "Translate this product documentation into English",
                "Maak hier een FAQ van",
            )
        ),
        "",
        "Handleiding — Facturatiemodule versie 4.2",
        "",
        "Inleiding",
        "Met de facturatiemodule maakt u facturen aan, verstuurt u ze per e-mail of via Peppol en volgt u "
        "betalingen op. De module koppelt standaard met Exact Online, Twinfield en AFAS.",
        "",
        "Instellen",
        "1. Ga naar Instellingen en kies Facturatie.",
        "2. Vul uw KvK-nummer en btw-nummer in en upload uw logo.",
        "3. Kies de standaard betalingstermijn: 14, 30 of 60 dagen.",
        "4. Activeer iDEAL-betaallinks via Mollie of Adyen.",
        "",
        "Herinneringen",
        "Automatische herinneringen gaan na de vervaldatum uit in drie stappen. De teksten zijn aan te "
        "passen per klantgroep. Incasso via SEPA wordt ondersteund voor zakelijke klanten.",
        "",
        "Bekende beperkingen",
        "Facturen in vreemde valuta worden nog niet automatisch omgerekend. Export naar Excel werkt alleen "
        "voor maximaal 10.000 regels. Ondersteuning is bereikbaar via het klantportaal op werkdagen.",
        "",
        "Beveiliging",
        "Alle gegevens worden opgeslagen in datacenters in Amsterdam en Frankfurt en zijn versleuteld in "
        "rust en "
        "tijdens transport. Tweestapsverificatie is verplicht voor beheerders. Rollen en rechten stelt u in "
        "onder Gebruikers; een boekhouder kan alleen-lezen toegang krijgen tot de facturen.",
        "",
        "Prijzen",
        "De facturatiemodule zit in het Plus- en Pro-abonnement. Extra gebruikers kosten een vast bedrag per "
        "maand; een proefperiode van dertig dagen is gratis en stopt automatisch.",
    )


@tpl("t_neg_desporto_pt", "test", "", lang="pt", neg="sports_recap")
def _t_neg_pt(g: Gen) -> str:
    return J(
        g.pick(
            (
                "Resume esta crónica desportiva:",
                "Translate this sports recap into English",
                "Faz três títulos a partir deste texto",
            )
        ),
        "",
        "Resumo da jornada — Liga Portugal",
        "",
        "O Benfica venceu o Sporting por 2-1 no Estádio da Luz, num dérbi decidido nos descontos. O "
        "avançado sueco marcou para os leões, mas a reviravolta encarnada chegou na segunda parte.",
        "",
        "No Dragão, o FC Porto goleou o Vitória de Guimarães por 4-0 e mantém-se a três pontos da liderança. "
        "O Sporting de Braga empatou em Famalicão e perde terreno na luta pelo pódio.",
        "",
        "Seleção",
        "Roberto Martínez divulga na sexta-feira a convocatória para os jogos de qualificação. Cristiano "
        "Ronaldo, nascido no Funchal em 1985, deverá voltar a ser chamado.",
        "",
        "Outras modalidades",
        "Na Volta a Portugal, a etapa da Senhora da Graça voltou a decidir a classificação geral. No "
        "futsal, o Sporting conquistou a Taça da Liga em Sines.",
        "",
        "Análise",
        "O campeonato está mais equilibrado do que na época passada. Os três grandes perderam pontos fora "
        "de casa "
        "e o Braga mostra que pode intrometer-se na luta pelo título. A arbitragem voltou a ser tema, com "
        "o VAR "
        "a intervir em dois lances polémicos, e a Liga anunciou que vai publicar os áudios das decisões.",
        "",
        "Próxima jornada: Braga–Benfica no sábado às 20h30 e Porto–Sporting no domingo.",
        "",
        "A equipa técnica do Benfica admite mexidas no onze para a Taça, com a entrada de vários jovens da "
        "formação do Seixal.",
    )


# spoken lines of the two sales-call templates (one half each)
PROSPECT = (
    "Honestly, month-end is painful: two of my analysts spend a full week stitching spreadsheets together.",
    "We are on {app} today, and the renewal quote went up by almost {pct}, so we are looking around.",
    "Our CFO wants payback inside eighteen months, otherwise it will not get through the board.",
    "Data has to stay in India because of the DPDP Act, so hosting is a hard requirement for us.",
    "We tried a tool like yours two years back and the implementation dragged for nine months.",
    "I need something my branch managers can use on their phones without training.",
    "Procurement will insist on three quotes, so please do not take it personally.",
    "If the pilot in our Pune plant goes well, the other six sites will follow quickly.",
)
AE_LINES = (
    "We usually start with a four-week pilot and a fixed implementation fee, so the risk stays small.",
    "Our hosting region in Mumbai covers the residency requirement, and I can send the audit reports.",
    "Most customers your size see the close shrink from ten days to about four.",
    "I will loop in our solutions engineer for the integration questions on the demo.",
    "Pricing is per user per month, and we can bill quarterly if that helps your cash flow.",
    "We have a reference customer in your sector who would be happy to take a call.",
)
AGENT_LINES = (
    "Term life is the simplest product we offer: fixed premium, fixed cover, no investment part.",
    "Most people your age choose a twenty-year term so the cover runs until the mortgage is paid off.",
    "There is no medical exam for cover under five hundred thousand, just a short health questionnaire.",
    "You can cancel within thirty days for a full refund; that is the free-look period.",
    "The premium is locked for the whole term, it will not go up as you get older.",
    "I will email you the illustration and the policy documents once the application is in.",
    "Smokers pay more, so I have to ask: have you used any tobacco in the last twelve months?",
    "Your beneficiary can be anyone you choose, and you can change it later online.",
)


BUSINESS_BANKS = (OPS, MARKET, SALES, HR, NEWS, POLICY, PRODUCT)

# banks that only one half's templates use, so they are not split
ONE_HALF_BANKS = (DE_OPS, FR_TXT, IT_TXT, PT_TXT, FILM, PROSPECT, AE_LINES, AGENT_LINES)


# ---------------------------------------------------------------- records


def _allocation(half: str) -> list[Template]:
    """Template slots of a half: 35 % negatives, about a fifth non-English, every template used."""
    tpls = [t for t in TEMPLATES if t.half == half]
    n = SIZES[half]
    n_neg = round(n * NEG_SHARE)
    slots: list[Template] = []
    for group, total in (
        ([t for t in tpls if t.neg_class and t.lang != "en"], 21),
        ([t for t in tpls if t.neg_class and t.lang == "en"], n_neg - 21),
        ([t for t in tpls if not t.neg_class and t.lang != "en"], 42),
        ([t for t in tpls if not t.neg_class and t.lang == "en"], n - n_neg - 42),
    ):
        slots += [group[i % len(group)] for i in range(total)]
    return slots


def problems(text: str, spans: list[dict], half: str = "", negative: bool = False) -> list[str]:
    """Why a generated record is not acceptable (empty when it is): length, overlapping or unlabelled repeats
    of a labelled value, a name split in two, a pool name in a negative."""
    out = []
    if not MIN_LEN <= len(text) <= MAX_LEN:
        out.append(f"length {len(text)}")
    covered = [False] * len(text)
    for s in spans:
        covered[s["start"] : s["end"]] = [True] * (s["end"] - s["start"])
        if "\n" in s["value"] or s["value"] != s["value"].strip():
            out.append("span shape")
    for a, b in zip(spans, spans[1:], strict=False):
        if a["end"] > b["start"]:
            out.append("overlap")
        if text[a["end"] : b["start"]] == " " and a["type"] == b["type"] == "PERSON":
            out.append("split name")
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["value"]) + r"(?!\w)", text):
            if not all(covered[m.start() : m.end()]):
                out.append(f"unlabelled repeat of a {s['type']}")
    if negative and half:
        words = set(re.findall(r"[\w'-]+", text))
        if words & {t for t in name_tokens(half) if len(t) > 3}:
            out.append("pool name in a negative")
    if not negative and not 3 <= len(spans) <= 12:
        out.append(f"{len(spans)} spans")
    return out


def _record(t: Template, half: str, i: int, seed: int) -> dict:
    for attempt in range(60):
        g = Gen(random.Random(f"c18|{seed}|{half}|{i}|{attempt}"), half, t.lang)
        text, spans = assemble(t.fn(g).rstrip())
        if not problems(text, spans, half, bool(t.neg_class)):
            break
    else:
        raise RuntimeError(f"c18 {half} {i} {t.name}: {problems(text, spans, half, bool(t.neg_class))}")
    meta = {
        "kind": "negative" if t.neg_class else "positive",
        "theme": t.theme,
        "template": t.name,
        "lang": t.lang,
    }
    if t.neg_class:
        meta["neg_class"] = t.neg_class
    else:
        meta["cultures"] = sorted(set(g.cultures))
        meta["countries"] = sorted(set(g.countries))
        meta["checks"] = [list(c) for c in g.checks]
    return {"id": f"c18-{half}-{i}", "text": text, "spans": spans, "meta": meta}


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    slots = _allocation(half)
    random.Random(f"c18-order|{seed}|{half}").shuffle(slots)
    n = SIZES[half] if n is None else n
    return [_record(slots[i % len(slots)], half, i, seed) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv, SIZES["dev"])


if __name__ == "__main__":
    sys.exit(main())
