"""corpus17: dense personal and customer admin prompts across the English-speaking world and Europe (a \
seventeenth author, who never read the scrubber).

What people paste into AI assistants when the admin of life or of a customer desk gets heavy: returns and lost
parcels, tenancy and property, insurance claims, clinic and pharmacy, school and childcare, travel bookings
and visas, banking and payroll, recruiting, support tickets, neighbourhood and owners' associations, legal
letters, forms pasted from PDFs, and a few developer and ops prompts with credentials in config, logs and
chat. The personal data is dense (about nine spans a positive prompt, never fewer than four) and written the
way people write it: formal letters, ``Name: ... DOB: ...`` forms, UPPER-CASE form fields, ``Last, First``,
e-mail threads with signatures, lower-case chat with typos, CSV and tables, multi-line addresses of 15
countries (US, UK, Canada, Australia, Ireland, New Zealand, India, South Africa, Nigeria, Germany, France,
Spain, Italy, Netherlands, Poland), phone numbers in local and international form. Names are typed by hand (31
cultures), never drawn from a library.
A quarter of the records are negatives (no personal data), each with a ``neg_class``.

Labelling rules:
- PERSON: a person's name as written (full, ``Last, First``, upper or lower case, initial and surname, a given
  name or surname alone); titles (Mr, Dr, Mrs) stay outside the span. Companies, brands, products, public
  figures or fictional characters named as topics are not labelled.
- LOCATION: a postal address of a person, one span per line (street with house and unit; town with region and
  postcode; the country line); an address written on one line is one span. A town, region or country alone is
  labelled only when tied to a person (where they live, were born, are moving to or from, their delivery
  address). Offices, markets, destinations of public interest and places named as topics are not labelled.
- DATE_OF_BIRTH: a birth date near a birth cue (DOB, born, date of birth, Geburtsdatum, ...). Other dates
  (appointments, incidents, leases) are not labelled.
- NATIONAL_ID: government personal identifiers other than the US SSN: national insurance, tax, social and
  health-service numbers, national identity cards, passports. US_SSN: the US social security number.
- SECRET: passwords, PINs used as passwords, API keys, tokens, connection-string passwords (the password
  alone).
- PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD (Luhn-valid), IBAN_CODE (mod-97-valid), IP_ADDRESS (every public
  IPv4 or IPv6 address: a person's device, or a server named beside a credential; no private ranges).

Two halves with disjoint templates, name/street/town/company pools and secret words:
``python -m benchmarks.corpus17 --half dev|test [--n N] [--seed S]`` prints JSONL.
"""

import datetime
import random
import re
import string
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 1717
MIN_LEN, MAX_LEN = 60, 4000
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
    "places_as_topics",
    "public_figures",
    "brands_and_products",
    "codes_and_ids",
    "placeholders",
    "dates_not_birth",
    "fictional_characters",
    "ordinary",
)
THEMES = (
    "shipping", "tenancy", "insurance", "clinic", "school", "travel", "banking", "recruiting", "support",
    "neighbourhood", "legal", "pdf_form", "devops",
)

# ---------------------------------------------------------------------------------------------------------
# Markup: a template writes each labelled value as mark(type, value); to_record() makes text and spans.
_OPEN, _MID, _CLOSE = "\ue010", "\ue011", "\ue012"
_MARKED = re.compile(_OPEN + r"([A-Z_]+)" + _MID + "(.*?)" + _CLOSE, re.S)


def mark(kind: str, value: str) -> str:
    assert kind in TYPES, kind
    assert value and value == value.strip() and "\n" not in value, (kind, value)
    return f"{_OPEN}{kind}{_MID}{value}{_CLOSE}"


def to_record(marked: str) -> tuple[str, list[dict]]:
    """The plain text of ``marked`` and its spans in text order."""
    parts, spans, pos, at = [], [], 0, 0
    for m in _MARKED.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        at += len(before)
        value = m.group(2)
        spans.append({"type": m.group(1), "start": at, "end": at + len(value), "value": value})
        parts.append(value)
        at += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    assert not any(c in text for c in (_OPEN, _MID, _CLOSE)), text
    return text, spans


parse = to_record


def problems(text: str, spans: list[dict]) -> list[str]:
    """Why a drawn record cannot be kept (empty when it can)."""
    out = []
    if not MIN_LEN <= len(text) <= MAX_LEN:
        out.append(f"length {len(text)}")
    for a, b in zip(spans, spans[1:], strict=False):
        if a["end"] > b["start"]:
            out.append("overlap")
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] == " ":
            out.append("split name")
    covered = bytearray(len(text))
    for s in spans:
        covered[s["start"] : s["end"]] = b"\x01" * (s["end"] - s["start"])
    for v in sorted({s["value"] for s in spans}):
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
            if not all(covered[m.start() : m.end()]):
                out.append(f"unlabelled repeat of {v!r}")
    return out


# ---------------------------------------------------------------------------------------------------------
# Check digits (written from the public specifications).
def _digits(v: str) -> list[int]:
    return [int(c) for c in re.sub(r"\D", "", v)]


def luhn_ok(v: str) -> bool:
    d = _digits(v)
    if len(d) < 2 or re.search(r"[^\d -]", v):
        return False
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        total += x
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError(body)


def _iban_number(s: str) -> int:
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(v: str) -> bool:
    s = v.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s)) and _iban_number(s) % 97 == 1


def ssn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(v: str) -> bool:
    s = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    a, b = s[0], s[1]
    return a not in "DFIQUV" and b not in "DFIQUVO" and s[:2] not in _NINO_BAD_PREFIX


def nhs_ok(v: str) -> bool:
    d = _digits(v)
    if len(d) != 10:
        return False
    r = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1), strict=True)) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == d[9]


def sin_ok(v: str) -> bool:
    d = _digits(v)
    return len(d) == 9 and d[0] not in (0, 8) and luhn_ok(v)


def tfn_ok(v: str) -> bool:
    d = _digits(v)
    w = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    return len(d) == 9 and sum(x * y for x, y in zip(d, w, strict=True)) % 11 == 0


def pps_ok(v: str) -> bool:
    s = v.replace(" ", "").upper()
    m = re.fullmatch(r"(\d{7})([A-W])([AHW]?)", s)
    if not m:
        return False
    total = sum(int(c) * w for c, w in zip(m.group(1), range(8, 1, -1), strict=True))
    if m.group(3):
        total += 9 * (ord(m.group(3)) - 64)
    r = total % 23
    return m.group(2) == ("W" if r == 0 else chr(64 + r))


def ird_ok(v: str) -> bool:
    d = _digits(v)
    if len(d) == 8:
        d = [0] + d
    if len(d) != 9:
        return False
    for w in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = sum(x * y for x, y in zip(d[:8], w, strict=True)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == d[8]
    return False


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_ok(v: str) -> bool:
    c = 0
    for i, x in enumerate(reversed(_digits(v))):
        c = _VD[c][_VP[i % 8][x]]
    return c == 0


def aadhaar_ok(v: str) -> bool:
    d = _digits(v)
    return len(d) == 12 and d[0] >= 2 and verhoeff_ok(v)


def za_ok(v: str) -> bool:
    d = _digits(v)
    return len(d) == 13 and luhn_ok(v)


def steuerid_ok(v: str) -> bool:
    d = _digits(v)
    if len(d) != 11 or d[0] == 0:
        return False
    repeated = [n for n in (d[:10].count(x) for x in range(10)) if n > 1]
    if len(repeated) != 1 or repeated[0] not in (2, 3):
        return False
    product = 10
    for x in d[:10]:
        s = (x + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    return (0 if check == 10 else check) == d[10]


def nir_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    return len(d) == 15 and d[0] in "12" and 97 - int(d[:13]) % 97 == int(d[13:])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(v: str) -> bool:
    s = v.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m or (m.group(1) and len(m.group(2)) != 7) or (not m.group(1) and len(m.group(2)) != 8):
        return False
    prefix, num, letter = m.groups()
    n = int(str("XYZ".index(prefix)) + num) if prefix else int(num)
    return _DNI_LETTERS[n % 23] == letter


_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cf_check(first15: str) -> str:
    total = 0
    for i, c in enumerate(first15):
        k = int(c) if c.isdigit() else ord(c) - 65
        total += _CF_ODD[k] if i % 2 == 0 else k
    return chr(65 + total % 26)


def cf_ok(v: str) -> bool:
    s = v.upper()
    shape = r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]"
    return bool(re.fullmatch(shape, s)) and _cf_check(s[:15]) == s[15]


def bsn_ok(v: str) -> bool:
    d = _digits(v)
    if len(d) != 9:
        return False
    return sum(x * w for x, w in zip(d, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0


def pesel_ok(v: str) -> bool:
    d = _digits(v)
    if len(d) != 11:
        return False
    w = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return (10 - sum(x * y for x, y in zip(d, w, strict=False)) % 10) % 10 == d[10]


CHECKS: dict[str, Callable[[str], bool]] = {
    "card": luhn_ok, "iban": iban_ok, "ssn": ssn_ok, "nino": nino_ok, "nhs": nhs_ok, "sin": sin_ok,
    "tfn": tfn_ok, "pps": pps_ok, "ird": ird_ok, "aadhaar": aadhaar_ok, "za_id": za_ok,
    "steuerid": steuerid_ok, "nir": nir_ok, "dni": dni_ok, "nie": dni_ok, "cf": cf_ok, "bsn": bsn_ok,
    "pesel": pesel_ok,
}


# ---------------------------------------------------------------------------------------------------------
# Name pools, typed by hand: a culture, then its female (f) and male (m) given names and surnames (s). Each
# list is split between the halves by position (even positions dev, odd test).
_CULTURES = """
anglo
  f Jessica Hannah Megan Courtney Brianna Abigail Chloe Lauren Rebecca Kayla
  m Tyler Brandon Connor Dylan Jacob Nathan Ethan Gavin Trevor Wesley
  s Whitfield Hargreaves Pemberton Caldwell Thornton Ashby Mercer Bradshaw Fairbanks Holloway Kendrick
  s Langley
irish
  f Aoife Siobhán Niamh Caoimhe Róisín Orla Gráinne Clodagh
  m Cian Darragh Oisín Ruairí Eoghan Fionn Tadhg Colm
  s Brennan Gallagher Moloney Donnelly Cullinane Hegarty Mulcahy Tierney O'Donovan McGrath
scottish
  f Isla Eilidh Morag Kirsty
  m Callum Fraser Hamish Struan
  s MacLeod Urquhart Drummond Buchanan Ferguson Menzies
welsh
  f Cerys Ffion Angharad Bethan
  m Rhys Gethin Iwan Dafydd
  s Pritchard Llewellyn Prosser Vaughan
german
  f Annika Friederike Svenja Katrin Wiebke Ute Henrike Jana
  m Jörg Malte Tobias Florian Henning Dirk Steffen Torben
  s Brandtner Kühn Schäfer Lindemann Vogt Reuter Baumgartner Hoffmeister Ziegler Möller
french
  f Amélie Élodie Margaux Solène Clémence Maëlle Nathalie Océane
  m Baptiste Théo Grégoire Julien Mathieu Loïc Yannick Arnaud
  s Lefèvre Moreau Girard Fontaine Chevalier Lemoine Bonnet Garnier Marchand Delacroix
spanish
  f Lucía Inmaculada Rocío Nerea Ainhoa Pilar Begoña Itziar
  m Íñigo Álvaro Sergio Javier Rubén Gonzalo Borja Ignacio
  s Fernández Lozano Ibarra Quintero Ferrer Navarro Castaño Robles Salcedo Arrieta
italian
  f Chiara Giulia Francesca Alessia Beatrice Ilaria Martina Serena
  m Davide Lorenzo Matteo Riccardo Gianluca Stefano Tommaso Emanuele
  s Esposito Bianchi Colombo Ferraro Marchetti Santoro Barbieri Lombardi Galli Moretti
dutch
  f Sanne Femke Marloes Anouk Lotte Ilse Maaike Jolien
  m Bram Joost Sjoerd Thijs Wouter Ruud Daan Jeroen
  s de_Vries van_Dijk Bakker Visser Meijer van_den_Berg Mulder de_Boer Kuipers Hendriks
polish
  f Agnieszka Małgorzata Katarzyna Magdalena Zuzanna Dorota Joanna Ewelina
  m Krzysztof Paweł Tomasz Wojciech Bartosz Grzegorz Łukasz Marek
  s Nowak Wójcik Kamiński Lewandowski Zieliński Szymański Dąbrowski Kozłowski Jankowski Mazur
indian
  f Priya Ananya Kavya Shreya Neha Pooja Divya Aishwarya
  m Arjun Rohan Vikram Aditya Karan Siddharth Rahul Nikhil
  s Sharma Iyer Nair Banerjee Chatterjee Malhotra Kapoor Deshpande Reddy Menon
pakistani
  f Mahnoor Sana Ayesha Hira
  m Usman Bilal Hamza Imran
  s Qureshi Chaudhry Siddiqui Butt
yoruba
  f Adebola Funmilayo Temitope Yetunde Bukola Oluwaseun
  m Adewale Babatunde Olumide Oluwafemi Kayode Tunde
  s Adeyemi Adebayo Ogunleye Balogun Oyelaran Akinola
igbo
  f Chiamaka Ngozi Adaeze Uchenna Chinwe Ifeoma
  m Chukwuemeka Obinna Ikenna Chidi Nnamdi Emeka
  s Okafor Eze Nwosu Okeke Anyanwu Nwachukwu Udeh Obi
hausa
  f Aisha Zainab Hauwa Amina
  m Abubakar Musa Sani Ibrahim
  s Bello Abdullahi Yusuf Danjuma
zulu
  f Nomvula Thandeka Lindiwe Zanele Ayanda
  m Sipho Thabo Mandla Lwazi Bongani
  s Dlamini Ndlovu Khumalo Mthembu Nkosi Mabaso Cele
afrikaans
  f Annelie Marietjie Riana Elmarie
  m Pieter Johan Wynand Gerhard
  s van_der_Merwe Botha Pretorius Steyn Venter Joubert du_Plessis Coetzee
maori
  f Aroha Mere Ngaio Kahurangi
  m Tama Wiremu Rawiri Nikau
  s Ngata Parata Tipene Ruawai
chinese
  f Xiaoling Meiling Jiayi Wenjing
  m Zhiwei Junhao Haoran Yuchen
  s Zhang Chen Liu Huang Xu Zhou
vietnamese
  f Linh Thuy Hanh Ngoc
  m Minh Tuan Quang Duc
  s Nguyen Tran Pham Hoang Dang Vu
filipino
  f Maricel Rowena Jocelyn Lorna
  m Rodel Jomar Arnel Reynaldo
  s Dela_Cruz Bautista Villanueva Mendoza Soriano Manalo
arabic
  f Layla Nour Rania Yasmin
  m Omar Karim Tariq Youssef
  s Haddad Mansour Khoury Nasser Saleh Hamdan
turkish
  f Elif Zeynep Merve Büşra
  m Emre Burak Mehmet Serkan
  s Yılmaz Demir Kaya Çelik Aydın Öztürk
portuguese
  f Inês Leonor Luana Graça
  m João Tiago Rodrigo Gonçalo
  s Carvalho Ferreira Pereira Sousa Rodrigues Oliveira
greek
  f Eleni Katerina Despina Vasiliki
  m Giorgos Nikos Dimitris Kostas
  s Papadopoulos Georgiou Karagiannis Nikolaidis
korean
  f Ji-woo Seo-yeon Min-ji Hye-jin
  m Min-jun Jae-hyun Seung-ho Dong-hyun
  s Kim Park Choi Jung Kang Yoon
ukrainian
  f Oksana Kateryna Iryna Yulia
  m Taras Bohdan Andriy Oleksandr
  s Kovalenko Bondarenko Tkachenko Melnyk Kravchuk Savchenko
romanian
  f Ioana Andreea Roxana Mihaela
  m Mihai Bogdan Cătălin Radu
  s Popescu Ionescu Dumitru Stanciu Munteanu Constantinescu
ghanaian
  f Akosua Efua Abena Adwoa
  m Kwame Kofi Kwabena Yaw
  s Mensah Asante Boateng Owusu Appiah Agyeman
somali
  f Hodan Ifrah Sagal Ubah
  m Abdirahman Mahad Abdiwali Liban
  s Warsame Hirsi Jama Abdi
swedish
  f Ingrid Sigrid Linnea Maja
  m Anders Magnus Henrik Oskar
  s Lindqvist Bergström Sjöberg Holmberg
"""


@dataclass(frozen=True)
class Culture:
    name: str
    female: tuple
    male: tuple
    surnames: tuple


def _split(seq, half: str) -> list:
    return list(seq[0::2] if half == "dev" else seq[1::2])


def _read_cultures() -> list[tuple[str, list, list, list]]:
    """(culture, female given names, male given names, surnames) in pool order ('_' joins a surname)."""
    out: list[tuple[str, list, list, list]] = []
    for line in _CULTURES.strip().splitlines():
        if not line.startswith(" "):
            out.append((line.strip(), [], [], []))
            continue
        tag, *words = line.split()
        out[-1][{"f": 1, "m": 2, "s": 3}[tag]].extend(w.replace("_", " ") for w in words)
    return out


def cultures(half: str) -> dict[str, Culture]:
    return {n: Culture(n, tuple(_split(f, half)), tuple(_split(m, half)), tuple(_split(s, half)))
            for n, f, m, s in _read_cultures()}


def name_pool(half: str) -> list[str]:
    """Every given name and surname of the half, in pool order."""
    out = []
    for c in cultures(half).values():
        out += [*c.female, *c.male, *c.surnames]
    return out


def name_tokens(half: str) -> set[str]:
    toks = set()
    for v in name_pool(half):
        toks.update(t for t in re.findall(r"[\w'-]+", v) if not t.islower())  # not particles (van, de)
        if v.endswith(("ski", "cki")):
            toks.add(_female_surname(v))
    return toks


def _female_surname(s: str) -> str:
    return s[:-1] + "a" if s.endswith(("ski", "cki")) else s


# ---------------------------------------------------------------------------------------------------------
# Countries: which cultures live there, phones, streets, towns, postcodes, id kinds, date order.
COUNTRY_NAMES = {
    "US": "USA", "UK": "United Kingdom", "CA": "Canada", "AU": "Australia", "IE": "Ireland",
    "NZ": "New Zealand", "IN": "India", "ZA": "South Africa", "NG": "Nigeria", "DE": "Germany",
    "FR": "France", "ES": "Spain", "IT": "Italy", "NL": "Netherlands", "PL": "Poland",
}
COUNTRIES = tuple(COUNTRY_NAMES)
COUNTRY_CULTURES = {
    "US": "anglo anglo anglo irish italian chinese vietnamese korean filipino arabic yoruba igbo indian "
          "greek polish ukrainian swedish",
    "UK": "anglo anglo anglo scottish welsh irish indian pakistani polish yoruba igbo ghanaian somali "
          "romanian chinese turkish portuguese",
    "CA": "anglo anglo french chinese indian filipino ukrainian korean arabic somali scottish",
    "AU": "anglo anglo greek italian vietnamese chinese indian korean filipino irish",
    "IE": "irish irish irish polish anglo romanian yoruba igbo filipino indian",
    "NZ": "anglo anglo maori maori chinese indian filipino korean",
    "IN": "indian",
    "ZA": "zulu zulu afrikaans afrikaans anglo indian",
    "NG": "yoruba igbo hausa",
    "DE": "german german german turkish polish greek arabic ukrainian italian",
    "FR": "french french french arabic portuguese vietnamese romanian italian",
    "ES": "spanish spanish spanish romanian arabic anglo portuguese",
    "IT": "italian italian italian romanian arabic filipino ukrainian",
    "NL": "dutch dutch dutch turkish arabic polish indian",
    "PL": "polish polish polish ukrainian",
}
US_DATE_ORDER = {"US"}

# Streets per country, split by position between the halves.
STREETS = {
    "US": ["Maple Ridge Dr", "Juniper Ln", "Sycamore Ave", "Briarwood Ct", "Old Mill Rd", "Lakeview Blvd",
           "Chestnut Hill Rd", "Magnolia St", "Prairie Wind Way", "Cedar Hollow Dr", "Willow Bend Ct",
           "Foxglove Ln"],
    "UK": ["Beechwood Avenue", "Ashgrove Road", "Kingfisher Close", "Rosebery Crescent", "Millbrook Lane",
           "Orchard Way", "Hawthorn Drive", "Thistle Street", "Brunswick Terrace", "Larkspur Gardens",
           "Quarry Hill Road", "Chapel Row"],
    "CA": ["Birchmount Road", "Elmwood Avenue", "Cedarvale Crescent", "Riverside Drive", "Laurier Avenue",
           "Portage Avenue", "Jasper Avenue", "Beaconsfield Street", "Tamarack Way", "Spruce Street"],
    "AU": ["Wattle Street", "Banksia Avenue", "Kookaburra Crescent", "Ironbark Road", "Jacaranda Drive",
           "Bottlebrush Court", "Grevillea Way", "Coolibah Street", "Waratah Parade", "Lilly Pilly Close"],
    "IE": ["Griffith Avenue", "Oakpark Drive", "Castle View", "Ardfield Grove", "Rathmore Park",
           "Churchfield Road", "Sallybrook Lane", "Cnoc na Gréine", "Bóthar an Phiarsaigh",
           "Ashbrook Heights"],
    "NZ": ["Pohutukawa Drive", "Kauri Road", "Tui Street", "Rimu Grove", "Totara Avenue", "Kowhai Place",
           "Matai Crescent", "Harakeke Lane", "Ngaio Gorge Road", "Karaka Street"],
    "IN": ["5th Main Road", "Link Road", "2nd Cross Street", "Ashoka Marg", "Residency Road", "Temple Street",
           "Lake View Road", "Bank Colony Road", "Sarojini Nagar Main Road", "Hill Road"],
    "ZA": ["Protea Road", "Impala Crescent", "Fynbos Lane", "Umgeni Road", "Kestrel Avenue", "Vlei Road",
           "Marula Close", "Acacia Avenue", "Disa Street", "Bokmakierie Way"],
    "NG": ["Admiralty Way", "Allen Avenue", "Ogunlana Drive", "Isaac John Street", "Opebi Road",
           "Ojuelegba Road", "Bank Road", "Adetokunbo Ademola Crescent", "Ikorodu Road", "Trans-Amadi Road"],
    "DE": ["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Birkenweg", "Rosenthaler Straße", "Talstraße",
           "Eichendorffweg", "Bahnhofstraße", "Schwanthalerstraße", "Ahornring"],
    "FR": ["rue des Lilas", "avenue Jean-Jaurès", "rue du Moulin", "boulevard Voltaire",
           "rue de la République",
           "impasse des Tilleuls", "chemin des Vignes", "rue Sainte-Catherine", "allée des Peupliers",
           "rue du Faubourg Saint-Antoine"],
    "ES": ["Calle Mayor", "Avenida de la Constitución", "Calle del Olmo", "Calle San Vicente",
           "Plaza del Pilar", "Calle de los Almendros", "Paseo de Gracia", "Calle Larios", "Calle de la Paz",
           "Ronda de Triana"],
    "IT": ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza", "Via Roma",
           "Piazza Cavour", "Via delle Rose", "Via San Donato", "Via Toledo", "Borgo Pinti"],
    "NL": ["Prinsengracht", "Oudegracht", "Kerkstraat", "Molenweg", "Lindenlaan", "Vondelstraat", "Zeestraat",
           "Dorpsstraat", "Nieuwe Binnenweg", "Herestraat"],
    "PL": ["ul. Długa", "ul. Kwiatowa", "ul. Słoneczna", "ul. Ogrodowa", "ul. Lipowa", "ul. Polna",
           "ul. Grunwaldzka", "ul. Piotrkowska", "ul. Wrzosowa", "ul. Zielona"],
}

# Towns per country: (town, region or county, postcode seed).
TOWNS = {
    "US": [("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Spokane", "WA",
                                                                                          "992"),
           ("Albuquerque", "NM", "871"), ("Des Moines", "IA", "503"), ("Savannah", "GA", "314"),
           ("Boise", "ID", "837"), ("Madison", "WI", "537"), ("Richmond", "VA", "232"), ("Eugene", "OR",
                                                                                         "974"),
           ("Worcester", "MA", "016")],
    "UK": [("Leeds", "West Yorkshire", "LS"), ("Sheffield", "South Yorkshire", "S"), ("Norwich", "Norfolk",
                                                                                      "NR"),
           ("Swansea", "", "SA"), ("Aberdeen", "", "AB"), ("Bristol", "", "BS"), ("Leicester", "", "LE"),
           ("Brighton", "East Sussex", "BN"), ("Cardiff", "", "CF"), ("Coventry", "", "CV"),
           ("Exeter", "Devon", "EX"), ("Preston", "Lancashire", "PR")],
    "CA": [("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"), ("Halifax", "NS", "B"),
           ("Winnipeg", "MB", "R"), ("Ottawa", "ON", "K"), ("Montréal", "QC", "H"), ("Saskatoon", "SK", "S")],
    "AU": [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fremantle", "WA", "6160"),
           ("Toowong", "QLD", "4066"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
           ("Parramatta", "NSW", "2150"), ("Carlton", "VIC", "3053")],
    "IE": [("Ballincollig", "Co. Cork", "P31"), ("Galway", "Co. Galway", "H91"), ("Drogheda", "Co. Louth",
                                                                                  "A92"),
           ("Kilkenny", "Co. Kilkenny", "R95"), ("Sligo", "Co. Sligo", "F91"), ("Tralee", "Co. Kerry", "V92"),
           ("Rathmines", "Dublin 6", "D06"), ("Limerick", "Co. Limerick", "V94")],
    "NZ": [("Ponsonby", "Auckland", "1011"), ("Karori", "Wellington", "6012"), ("Riccarton", "Christchurch",
                                                                                "8011"),
           ("Frankton", "Hamilton", "3204"), ("Roslyn", "Dunedin", "9010"), ("Mount Maunganui", "Tauranga",
                                                                             "3116"),
           ("Takapuna", "Auckland", "0622"), ("Stoke", "Nelson", "7011")],
    "IN": [("Koramangala", "Bengaluru", "560034"), ("Andheri East", "Mumbai", "400069"),
           ("Salt Lake", "Kolkata", "700091"), ("Anna Nagar", "Chennai", "600040"), ("Kothrud", "Pune",
                                                                                     "411038"),
           ("Gachibowli", "Hyderabad", "500032"), ("Vaishali Nagar", "Jaipur", "302021"),
           ("Sector 62", "Noida", "201309")],
    "ZA": [("Sandton", "Johannesburg", "2196"), ("Rondebosch", "Cape Town", "7700"),
           ("Umhlanga", "Durban", "4319"), ("Hatfield", "Pretoria", "0083"), ("Stellenbosch",
                                                                              "Western Cape", "7600"),
           ("Summerstrand", "Gqeberha", "6001"), ("Soweto", "Johannesburg", "1804"),
           ("Westdene", "Bloemfontein", "9301")],
    "NG": [("Ikeja", "Lagos", "100271"), ("Lekki Phase 1", "Lagos", "105102"), ("Wuse 2", "Abuja", "900288"),
           ("Garki", "Abuja", "900103"), ("GRA", "Port Harcourt", "500272"), ("Bodija", "Ibadan", "200284"),
           ("Independence Layout", "Enugu", "400102"), ("Nassarawa", "Kano", "700241")],
    "DE": [("Berlin", "", "104"), ("Hamburg", "", "220"), ("Leipzig", "", "041"), ("Köln", "", "506"),
           ("Freiburg im Breisgau", "", "791"), ("München", "", "803"), ("Münster", "", "481"),
           ("Dresden", "", "010")],
    "FR": [("Lyon", "", "69003"), ("Nantes", "", "44000"), ("Toulouse", "", "31000"), ("Lille", "", "59000"),
           ("Bordeaux", "", "33000"), ("Montpellier", "", "34000"), ("Rennes", "", "35000"),
           ("Grenoble", "", "38000")],
    "ES": [("Valencia", "", "46005"), ("Sevilla", "", "41003"), ("Bilbao", "", "48001"), ("Zaragoza", "",
                                                                                          "50001"),
           ("Málaga", "", "29016"), ("Granada", "", "18009"), ("Alicante", "", "03001"),
           ("Valladolid", "", "47002")],
    "IT": [("Milano", "MI", "20121"), ("Torino", "TO", "10123"), ("Bologna", "BO", "40126"),
           ("Napoli", "NA", "80134"), ("Firenze", "FI", "50122"), ("Verona", "VR", "37121"),
           ("Bari", "BA", "70121"), ("Palermo", "PA", "90133")],
    "NL": [("Amsterdam", "", "1071"), ("Utrecht", "", "3511"), ("Rotterdam", "", "3011"),
           ("Groningen", "", "9711"), ("Eindhoven", "", "5611"), ("Den Haag", "", "2511"),
           ("Haarlem", "", "2011"), ("Leiden", "", "2311")],
    "PL": [("Kraków", "", "30"), ("Wrocław", "", "50"), ("Gdańsk", "", "80"), ("Poznań", "", "60"),
           ("Łódź", "", "90"), ("Warszawa", "", "00"), ("Lublin", "", "20"), ("Katowice", "", "40")],
}

# Companies the people deal with (shops, landlords, insurers, clinics, employers), per half and kind.
COMPANIES = {
    "dev": {"shop": ["Pebblestone Homewares", "Velora Outdoor"], "insurer": ["Castlegate Insurance"],
            "clinic": ["Meadowbank Medical Centre", "Ferncliffe Surgery"],
            "employer": ["Tidewell Energy", "Brightpost Parcels", "Harbourline Lettings",
                         "Talentloop Recruitment"]},
    "test": {"shop": ["Lumen & Loom", "Northwind Cycles"], "insurer": ["Anchorpoint Assurance"],
             "clinic": ["Riverside Family Clinic", "Elmgrove Health Centre"],
             "employer": ["Brightwater Utilities", "Swiftcrate Logistics", "Redbrick Property Management",
                          "Coppergate Bank"]},
}
WORK_DOMAINS = {
    "dev": ["brightpost.co.uk", "harbourline.ie", "castlegate-ins.com", "talentloop.io", "velora.de",
            "tidewell.com.au", "pebblestone.nl"],
    "test": ["swiftcrate.com", "redbrickpm.co.uk", "anchorpoint.ca", "hirewise.eu", "lumenloom.fr",
             "northwindcycles.nz", "brightwater.co.za"],
}
PERSONAL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com"],
    "UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"],
    "CA": ["gmail.com", "rogers.com", "shaw.ca", "hotmail.com"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "NZ": ["gmail.com", "xtra.co.nz", "outlook.com", "yahoo.co.nz"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com"],
    "NG": ["gmail.com", "yahoo.com", "outlook.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "gmail.com"],
}
_PW_WORDS = ["Harbour", "Tulip", "Granite", "Otter", "Lantern", "Meadow", "Cobalt", "Saffron", "Juniper",
             "Walrus",
             "Pebble", "Thunder", "Marigold", "Falcon", "Biscuit", "Quartz", "Nimbus", "Rhubarb", "Cactus",
             "Velvet", "Mango", "Glacier", "Puffin", "Ember"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

_PW_SYMBOLS = "!#$%&*?@^-_."
REF_YEAR = 2025

PHONE_FORMATS = {  # (local patterns, international patterns); '#' is any digit, 'N' a digit 2-9
    "US": (["(N##) N##-####", "N##-N##-####", "N##.N##.####"], ["+1 N## N##-####", "+1 (N##) N##-####",
                                                                "+1-N##-N##-####"]),
    "CA": (["(N##) N##-####", "N##-N##-####", "N## N## ####"], ["+1 N## N## ####", "+1-N##-N##-####"]),
    "UK": (["07### ######", "07### ### ###", "0113 ### ####", "020 7### ####", "0161 ### ####"],
           ["+44 7### ######", "+44 (0)7### ### ###", "+447#########", "+44 20 7### ####"]),
    "IE": (["08N ### ####", "087 ### ####", "(01) N## ####", "021 N## ####"], ["+353 8N ### ####",
                                                                               "+353 1 N## ####"]),
    "AU": (["04## ### ###", "(02) 9### ####", "(03) 9### ####", "04########"], ["+61 4## ### ###",
                                                                                "+61 2 9### ####"]),
    "NZ": (["021 ### ####", "027 ### ####", "022 ### ####", "(09) N## ####", "04-N## ####"],
           ["+64 21 ### ####", "+64 27 ### ####", "+64 9 N## ####"]),
    "IN": (["98### #####", "9N########", "07###-#####", "080-N###-####"], ["+91 9N### #####",
                                                                           "+91-9N########"]),
    "ZA": (["08N ### ####", "07N ### ####", "011 N## ####", "021 N## ####"], ["+27 8N ### ####",
                                                                              "+27 7N ### ####"]),
    "NG": (["080N ### ####", "081N ### ####", "070N ### ####"], ["+234 80N ### ####", "+234 81N ### ####",
                                                                 "+23480N#######"]),
    "DE": (["0151 ########", "0176 #######", "030 N#######", "089 N######"],
           ["+49 151 ########", "+49 (0)30 N#######", "+49 176 #######"]),
    "FR": (["06 ## ## ## ##", "07 ## ## ## ##", "01 N# ## ## ##", "06########"], ["+33 6 ## ## ## ##",
                                                                                  "+33 (0)7 ## ## ## ##"]),
    "ES": (["6## ### ###", "6## ## ## ##", "91N ## ## ##"], ["+34 6## ### ###", "+34 6## ## ## ##"]),
    "IT": (["3## ### ####", "3## #######", "02 N### ####"], ["+39 3## ### ####", "+39 3#########"]),
    "NL": (["06-########", "06 ## ## ## ##", "020-N## ####"], ["+31 6 ########", "+31 (0)6 ## ## ## ##"]),
    "PL": (["5## ### ###", "6## ### ###", "7##-###-###"], ["+48 5## ### ###", "+48 6##-###-###"]),
}
ID_WORDS = {  # how people name each country's main personal number
    "US": ("ssn", ["SSN", "Social Security No.", "social security number", "SS#"]),
    "UK": ("nino", ["NI number", "National Insurance No.", "NINO", "NI no"]),
    "CA": ("sin", ["SIN", "Social Insurance Number", "SIN #"]),
    "AU": ("tfn", ["TFN", "Tax File Number", "tax file no."]),
    "IE": ("pps", ["PPSN", "PPS number", "PPS No."]),
    "NZ": ("ird", ["IRD number", "IRD no.", "IRD #"]),
    "IN": ("aadhaar", ["Aadhaar", "Aadhaar no.", "UID (Aadhaar)"]),
    "ZA": ("za_id", ["ID number", "SA ID", "ID no."]),
    "NG": ("nin", ["NIN", "National Identification Number", "NIN no."]),
    "DE": ("steuerid", ["Steuer-ID", "Steueridentifikationsnummer", "tax ID (Steuer-ID)"]),
    "FR": ("nir", ["n° de sécurité sociale", "NIR", "numéro de sécu"]),
    "ES": ("dni", ["DNI", "DNI/NIF", "NIF"]),
    "IT": ("cf", ["codice fiscale", "C.F.", "Cod. Fiscale"]),
    "NL": ("bsn", ["BSN", "burgerservicenummer", "BSN-nummer"]),
    "PL": ("pesel", ["PESEL", "nr PESEL", "PESEL no."]),
}
IBAN_BBAN = {  # country: BBAN patterns ('#' a digit; letters are bank codes, Italy's CIN drawn apart)
    "GB": ["NWBK##############", "BARC##############", "LOYD##############", "HBUK##############"],
    "IE": ["AIBK##############", "BOFI##############"],
    "DE": ["##################"],
    "FR": ["#######################"],
    "ES": ["####################"],
    "IT": ["X######################"],
    "NL": ["ABNA##########", "INGB##########", "RABO##########", "TRIO##########"],
    "PL": ["########################"],
}
COUNTRY_IBAN = {"UK": "GB", "IE": "IE", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL",
                "PL": "PL"}
_PUBLIC_FIRST_OCTETS = (23, 31, 37, 46, 51, 62, 77, 81, 86, 89, 91, 94, 95, 102, 103, 109, 141, 145, 151,
                        176, 178,
                        185, 188, 193, 195, 197, 203, 212, 213, 217)
_CF_MONTHS = "ABCDEHLMPRST"
_CF_TOWNS = {"Milano": "F205", "Torino": "L219", "Bologna": "A944", "Napoli": "F839", "Firenze": "D612",
             "Verona": "L781", "Bari": "A662", "Palermo": "G273"}


def fold(s: str) -> str:
    """ASCII for e-mail local parts and user names."""
    for a, b in (("ł", "l"), ("Ł", "L"), ("ß", "ss"), ("ø", "o"), ("ı", "i"), ("İ", "I"), ("'", "")):
        s = s.replace(a, b)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fmt_date(d: datetime.date, style: str) -> str:
    m = MONTHS[d.month - 1]
    return {
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "dmy_short": f"{d.day}/{d.month}/{d.year}",
        "iso": d.isoformat(),
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "long": f"{d.day} {m} {d.year}",
        "long_us": f"{m} {d.day}, {d.year}",
        "abbr": f"{d.day:02d}-{m[:3]}-{d.year}",
        "abbr_sp": f"{d.day} {m[:3]} {d.year}",
        "ord": f"{d.day}{_ordinal(d.day)} {m} {d.year}",
        "ord_of": f"{d.day}{_ordinal(d.day)} of {m} {d.year}",
        "upper": f"{d.day:02d} {m[:3].upper()} {d.year}",
    }[style]


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def date_styles(country: str) -> list[str]:
    if country == "US":
        return ["mdy", "mdy", "long_us", "mdy_short", "iso"]
    if country in ("DE", "PL"):
        return ["dot", "dot", "iso", "long"]
    if country == "NL":
        return ["dash", "dot", "long", "iso"]
    return ["dmy", "dmy", "long", "ord", "abbr", "iso", "dmy_short", "abbr_sp"]


@dataclass
class Person:
    given: str
    family: str
    sex: str
    culture: str
    country: str
    dob: datetime.date
    town: tuple = ()
    street: str = ""
    title: str = "Ms"

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


@dataclass
class Gen:
    """One record's value source: everything drawn from ``rng`` and the half's pools."""

    rng: random.Random
    half: str
    cultures_used: list = field(default_factory=list)
    countries_used: list = field(default_factory=list)
    checks: list = field(default_factory=list)
    _taken: set = field(default_factory=set)

    def __post_init__(self):
        self.cults = cultures(self.half)

    # basics
    def pick(self, seq):
        seq = list(seq)
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pattern(self, pat: str) -> str:
        out = []
        for c in pat:
            if c == "#":
                out.append(str(self.rng.randrange(10)))
            elif c == "N":
                out.append(str(self.rng.randint(2, 9)))
            elif c == "A":
                out.append(self.pick(string.ascii_uppercase))
            else:
                out.append(c)
        return "".join(out)

    def company(self, kind: str = "employer") -> str:
        return self.fresh(lambda: self.pick(COMPANIES[self.half][kind]))

    def work_domain(self) -> str:
        return self.fresh(lambda: self.pick(WORK_DOMAINS[self.half]))

    def pw_word(self) -> str:
        return self.pick(_split(_PW_WORDS, self.half))

    def fresh(self, draw: Callable[[], str]) -> str:
        """A value not yet used in this record."""
        for _ in range(40):
            v = draw()
            if v not in self._taken:
                self._taken.add(v)
                return v
        return v

    def ref(self, pat: str) -> str:
        return self.pattern(pat)

    # people
    def person(self, country: str | None = None, culture: str | None = None, sex: str | None = None,
               age: tuple[int, int] = (19, 84), family: str | None = None) -> Person:
        """Someone living in ``country``; no given name or surname repeats another person's in the record
        (while the pool lasts), unless ``family`` fixes the surname."""
        country = country or self.pick(COUNTRIES)
        fixed = family
        for _ in range(60):
            cname = culture or self.pick(COUNTRY_CULTURES[country].split())
            c = self.cults[cname]
            sx = sex or self.pick("fm")
            given = self.pick(c.female if sx == "f" else c.male)
            family = self.pick(c.surnames)
            if cname == "polish" and sx == "f":
                family = _female_surname(family)
            if cname == "spanish" and self.chance(0.6):
                second = self.pick(c.surnames)
                if second != family:
                    family = f"{family} {second}"
            if fixed:
                family = fixed
            keys = {given} if fixed else {given, *family.split()}
            if not keys & self._taken:
                break
        self._taken |= keys
        year = REF_YEAR - self.num(*age)
        dob = datetime.date(year, self.num(1, 12), self.num(1, 28))
        towns = _split(TOWNS[country], self.half)
        p = Person(given, family, sx, cname, country, dob, self.pick(towns), self.street(country),
                   self.pick(["Ms", "Mrs", "Ms.", "Dr"] if sx == "f" else ["Mr", "Mr.", "Dr"]))
        self.cultures_used.append(cname)
        self.countries_used.append(country)
        return p

    def street(self, cc: str) -> str:
        """A street no one else in the record lives on (while the pool lasts)."""
        return self.fresh(lambda: self.pick(_split(STREETS[cc], self.half)))

    def home(self, cc: str) -> Person:
        """A dwelling with no person drawn for it (a rented flat, a property for sale)."""
        return Person("", "", "f", "", cc, datetime.date(1990, 1, 1), self.pick(_split(TOWNS[cc], self.half)),
                      self.street(cc))

    def child(self, parent: Person, age: tuple[int, int] = (1, 12), sex: str | None = None) -> Person:
        family = parent.family
        if parent.culture == "polish":  # Wójcik stays, Kowalska/Kowalski follow the child's sex
            family = family[:-1] + "i" if family.endswith(("ska", "cka")) else family
        kid = self.person(parent.country, parent.culture, sex=sex, age=age, family=family)
        if parent.culture == "polish" and kid.sex == "f":
            kid.family = _female_surname(kid.family)
        kid.town, kid.street = parent.town, parent.street
        return kid

    def name(self, p: Person, style: str = "full") -> str:
        """The marked name of ``p`` written in ``style``."""
        g, f = p.given, p.family
        title = p.title
        if style == "title":
            return f"{title} " + mark("PERSON", f[0].upper() + f[1:])
        if style == "title_full":
            return f"{title} " + mark("PERSON", p.full)
        value = {
            "full": p.full,
            "lf": f"{f}, {g}",
            "upper": p.full.upper(),
            "upper_lf": f"{f.upper()}, {g.upper()}",
            "lower": p.full.lower(),
            "initial": f"{g[0]}. {f}",
            "given": g,
            "given_lower": g.lower(),
            "family": f[0].upper() + f[1:],
        }[style]
        return mark("PERSON", value)

    # places
    def street_line(self, p: Person) -> str:
        st, n, u = p.street, self.num(1, 240), self.num(1, 24)
        cc = p.country
        if cc == "US":
            return f"{n} {st}" + self.pick(["", "", f", Apt {u}{self.pick('ABCD')}",
                                            f" #{self.num(101, 940)}",
                                             f", Unit {u}"])
        if cc == "UK":
            return self.pick([f"{n} {st}", f"Flat {u}, {n} {st}", f"{n}{self.pick('ab')} {st}"])
        if cc == "CA":
            return self.pick([f"{n} {st}", f"{self.num(101, 2409)}-{n} {st}", f"{n} {st}, Unit {u}"])
        if cc in ("AU", "NZ"):
            return self.pick([f"{n} {st}", f"{u}/{n} {st}", f"Unit {u}, {n} {st}"])
        if cc == "IE":
            return self.pick([f"{n} {st}", f"Apartment {u}, {n} {st}", f"{n} {st}"])
        if cc == "IN":
            bldg = self.pick(["Sai Krupa Apartments", "Green Glen Residency", "Lotus Heights",
                              "Prestige Palms"])
            return self.pick([f"Flat {self.num(1, 9)}0{self.num(1, 4)}, {bldg}, {st}", f"No. {n}, {st}"])
        if cc == "ZA":
            return self.pick([f"{n} {st}",
                              f"Unit {u}, {self.pick(['Kingfisher Court', 'Sonneblom'])}, {n} {st}"])
        if cc == "NG":
            return self.pick([f"{n} {st}", f"Flat {u}, Block {self.pick('ABCD')}, {n} {st}"])
        if cc == "DE":
            return f"{st} {n}" + self.pick(["", "", "a", "b"])
        if cc == "FR":
            return self.pick([f"{n} {st}", f"{n} bis {st}", f"Appt {u}, {n} {st}"])
        if cc == "ES":
            return self.pick([f"{st} {n}, {self.num(1, 9)}º {self.pick('ABCD')}",
                              f"{st}, {n}, {self.num(1, 9)}º{self.pick('ABCD')}"])
        if cc == "IT":
            return self.pick([f"{st} {n}", f"{st} {n}, int. {u}", f"{st}, {n}"])
        if cc == "NL":
            return self.pick([f"{st} {n}", f"{st} {n}-{self.num(1, 3)}", f"{st} {n}{self.pick('abc')}"])
        if cc == "PL":
            return self.pick([f"{st} {n}/{u}", f"{st} {n}", f"{st} {n} m. {u}"])
        raise KeyError(cc)

    def town_line(self, p: Person) -> str:
        town, region, seed = p.town
        cc, L = p.country, "ABDEFGHJLNPQRSTUWXYZ"
        if cc == "US":
            return f"{town}, {region} {seed}{self.num(1, 99):02d}"
        if cc == "UK":
            pc = f"{seed}{self.num(1, 19)} {self.num(1, 9)}{self.pick(L)}{self.pick(L)}"
            return self.pick([f"{town} {pc}",
                              f"{town}, {pc}"] + ([f"{town}, {region} {pc}"] if region else []))
        if cc == "CA":
            a = "ABCEGHJKLMNPRSTVXY"
            fsa = f"{seed}{self.num(1, 9)}{self.pick(a)}"
            return f"{town}, {region} {fsa} {self.num(1, 9)}{self.pick(a)}{self.num(0, 9)}"
        if cc == "AU":
            return f"{town} {region} {seed}"
        if cc == "IE":
            e = "ACDEFHKNPRTVWXY"
            eir = f"{seed} {self.pick(e)}{self.num(1, 9)}{self.pick(e)}{self.num(1, 9)}"
            return f"{town}, {region}, {eir}"
        if cc == "NZ":
            return self.pick([f"{town}, {region} {seed}", f"{town}, {region}"])
        if cc == "IN":
            return self.pick([f"{town}, {region} {seed}", f"{town}, {region} - {seed}"])
        if cc == "ZA":
            return f"{town}, {region}, {seed}"
        if cc == "NG":
            return self.pick([f"{town}, {region}", f"{town}, {region} {seed}", f"{town}, {region} State"])
        if cc == "DE":
            return f"{seed}{self.num(1, 99):02d} {town}"
        if cc in ("FR", "ES"):
            return f"{seed} {town}"
        if cc == "IT":
            return f"{seed} {town} ({region})"
        if cc == "NL":
            return f"{seed} {self.pick('BCDEGHJKLMNPRTVWXZ')}{self.pick('BCDEGHJKLMNPRTVWXZ')} {town}"
        if cc == "PL":
            return f"{seed}-{self.num(1, 999):03d} {town}"
        raise KeyError(cc)

    def address(self, p: Person, sep: str = "\n", country: bool | None = None, upper: bool = False) -> str:
        """The marked postal address of ``p``: a span a line, or one span when ``sep`` is no line break."""
        parts = [self.street_line(p), self.town_line(p)]
        if country if country is not None else self.chance(0.25):
            parts.append(COUNTRY_NAMES[p.country])
        if upper:
            parts = [x.upper() for x in parts]
        if "\n" in sep:
            return sep.join(mark("LOCATION", x) for x in parts)
        return mark("LOCATION", sep.join(parts))

    def town(self, p: Person, upper: bool = False) -> str:
        return mark("LOCATION", p.town[0].upper() if upper else p.town[0])

    def country_of(self, p: Person) -> str:
        return mark("LOCATION", COUNTRY_NAMES[p.country])

    # contact
    def phone(self, cc: str | Person, intl: bool | None = None) -> str:
        cc = cc.country if isinstance(cc, Person) else cc
        local, inter = PHONE_FORMATS[cc]
        intl = self.chance(0.4) if intl is None else intl
        return mark("PHONE_NUMBER", self.fresh(lambda: self.pattern(self.pick(inter if intl else local))))

    def email(self, p: Person, work: str | None = None) -> str:
        g, f = fold(p.given).lower(), fold(p.family).lower().replace(" ", "")
        yy = f"{p.dob.year % 100:02d}"
        local = self.pick([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f[:1]}{yy}", f"{f}.{g}",
                           f"{g}_{f}{self.num(1, 99)}",
                           f"{g}{p.dob.year}"] if not work else [f"{g}.{f}", f"{g[0]}.{f}", f"{g}"])
        dom = work or self.pick(PERSONAL_DOMAINS[p.country])
        return mark("EMAIL_ADDRESS", f"{local}@{dom}")

    def dob(self, p: Person, style: str | None = None) -> str:
        return mark("DATE_OF_BIRTH", fmt_date(p.dob, style or self.pick(date_styles(p.country))))

    def date(self, country: str = "UK", days: tuple[int, int] = (-200, 120), style: str | None = None) -> str:
        d = datetime.date(REF_YEAR, 6, 1) + datetime.timedelta(days=self.num(*days))
        return fmt_date(d, style or self.pick(date_styles(country)))

    # numbers
    def nid(self, kind: str, p: Person | None = None) -> str:
        """A raw identifier of ``kind`` (checked ones recorded in ``checks``)."""
        v = getattr(self, "_id_" + kind)(p)
        if kind in CHECKS:
            self.checks.append([kind, v])
        return v

    def NID(self, p: Person, kind: str) -> str:  # noqa: N802
        return mark("NATIONAL_ID", self.nid(kind, p))

    def NID_ssn(self, p: Person) -> str:  # noqa: N802
        return mark("US_SSN", self.nid("ssn", p))

    def national_id(self, p: Person, kind: str | None = None) -> tuple[str, str]:
        """(what people call it, the marked value) for ``p``'s country's main personal number."""
        k, words = ID_WORDS[p.country]
        kind = kind or k
        v = self.nid(kind, p)
        return self.pick(words), mark("US_SSN" if kind == "ssn" else "NATIONAL_ID", v)

    def _id_ssn(self, p):
        a = self.pick([x for x in range(1, 900) if x != 666])
        v = f"{a:03d}-{self.num(1, 99):02d}-{self.num(1, 9999):04d}"
        return self.pick([v, v, v.replace("-", " "), v.replace("-", "")])

    def _id_nino(self, p):
        first = self.pick([c for c in "ABCEGHJKLMNOPRSTWXYZ"])
        second = self.pick([c for c in "ABCEGHJKLMNPRSTWXYZ" if first + c not in _NINO_BAD_PREFIX])
        d = f"{self.num(0, 999999):06d}"
        suf = self.pick("ABCD")
        return self.pick([f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suf}", f"{first}{second}{d}{suf}"])

    def _id_nhs(self, p):
        while True:
            d = [self.num(1, 9)] + [self.num(0, 9) for _ in range(8)]
            r = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1), strict=True)) % 11
            r = 0 if r == 11 else r
            if r != 10:
                s = "".join(map(str, d + [r]))
                return self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", s])

    def _id_sin(self, p):
        body = str(self.pick([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(self.num(0, 9)) for _ in range(7))
        s = body + luhn_digit(body)
        return self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])

    def _id_tfn(self, p):
        while True:
            d = [self.num(1, 9)] + [self.num(0, 9) for _ in range(7)]
            s = sum(x * w for x, w in zip(d, (1, 4, 3, 7, 5, 8, 6, 9), strict=True)) % 11
            if s < 10:
                v = "".join(map(str, d + [s]))
                return self.pick([f"{v[:3]} {v[3:6]} {v[6:]}", v])

    def _id_pps(self, p):
        d = [self.num(0, 9) for _ in range(7)]
        r = sum(x * w for x, w in zip(d, range(8, 1, -1), strict=True)) % 23
        return "".join(map(str, d)) + ("W" if r == 0 else chr(64 + r))

    def _id_ird(self, p):
        while True:
            d = [0, self.num(1, 1)] + [self.num(0, 9) for _ in range(6)]
            d[1] = self.num(1, 9) if d[0] == 0 else d[1]
            r = sum(x * y for x, y in zip(d, (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
            c = 0 if r == 0 else 11 - r
            if c != 10:
                s = "".join(map(str, d + [c]))[1:]
                return self.pick([f"{s[:2]}-{s[2:5]}-{s[5:]}", f"0{s[:2]}-{s[2:5]}-{s[5:]}", s])

    def _id_aadhaar(self, p):
        body = str(self.num(2, 9)) + "".join(str(self.num(0, 9)) for _ in range(10))
        s = next(body + c for c in "0123456789" if verhoeff_ok(body + c))
        return self.pick([f"{s[:4]} {s[4:8]} {s[8:]}", s, f"{s[:4]}-{s[4:8]}-{s[8:]}"])

    def _id_pan(self, p):
        return self.pattern("AAA") + "P" + (fold(p.family)[0].upper() if p else "K") + self.pattern("####A")

    def _id_za_id(self, p):
        d = p.dob
        seq = self.num(0, 4999) if p.sex == "f" else self.num(5000, 9999)
        body = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{seq:04d}08"
        return body + luhn_digit(body)

    def _id_nin(self, p):
        return self.pattern("N##########")

    def _id_bvn(self, p):
        return "22" + self.pattern("#########")

    def _id_steuerid(self, p):
        digits = self.rng.sample(range(10), 9)
        if digits[0] == 0:
            digits[0], digits[1] = digits[1], digits[0]
        dup = self.pick(digits[1:])
        pos = self.num(2, 9)
        d = digits[:pos] + [dup] + digits[pos:]
        product = 10
        for x in d:
            s = (x + product) % 10 or 10
            product = (s * 2) % 11
        c = 11 - product
        s = "".join(map(str, d + [0 if c == 10 else c]))
        return self.pick([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])

    def _id_nir(self, p):
        d = p.dob
        dept = self.pick(["69", "44", "31", "59", "33", "75", "13"])
        body = (f"{1 if p.sex == 'm' else 2}{d.year % 100:02d}{d.month:02d}{dept}"
                f"{self.num(1, 999):03d}{self.num(1, 999):03d}")
        key = 97 - int(body) % 97
        return self.pick([f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}",
                          f"{body}{key:02d}"])

    def _id_dni(self, p):
        n = self.num(10000000, 79999999)
        return f"{n}{_DNI_LETTERS[n % 23]}"

    def _id_nie(self, p):
        pre = self.pick("XYZ")
        n = self.num(0, 9999999)
        return f"{pre}{n:07d}{_DNI_LETTERS[int(str('XYZ'.index(pre)) + f'{n:07d}') % 23]}"

    def _id_cf(self, p):
        def letters(s):
            s = re.sub(r"[^A-Z]", "", fold(s).upper())
            return [c for c in s if c not in "AEIOU"], [c for c in s if c in "AEIOU"]

        sc, sv = letters(p.family)
        gc, gv = letters(p.given)
        sur = "".join(sc + sv + ["X"] * 3)[:3]
        giv = gc[0] + gc[2] + gc[3] if len(gc) >= 4 else "".join(gc + gv + ["X"] * 3)[:3]
        d = p.dob
        day = d.day + (40 if p.sex == "f" else 0)
        comune = _CF_TOWNS.get(p.town[0], "H501")
        first = f"{sur}{giv}{d.year % 100:02d}{_CF_MONTHS[d.month - 1]}{day:02d}{comune}"
        return first + _cf_check(first)

    def _id_bsn(self, p):
        while True:
            d = [self.num(1, 9)] + [self.num(0, 9) for _ in range(7)]
            r = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
            if r < 10:
                return "".join(map(str, d + [r]))

    def _id_pesel(self, p):
        d = p.dob
        mm = d.month + (20 if d.year >= 2000 else 0)
        sexd = self.pick([0, 2, 4, 6, 8] if p.sex == "f" else [1, 3, 5, 7, 9])
        body = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{self.num(0, 999):03d}{sexd}"
        w = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
        c = (10 - sum(int(x) * y for x, y in zip(body, w, strict=True)) % 10) % 10
        return body + str(c)

    def _id_passport(self, p):
        cc = p.country if p else "UK"
        return self.pattern({"UK": "5########", "US": "5########", "IE": "PA#######", "DE": "C##AA####",
                             "FR": "##AA#####", "IN": "A#######", "NG": "A########", "ZA": "A########",
                             "CA": "AA######", "AU": "PA#######", "NZ": "LA######", "ES": "PAA######",
                             "IT": "YA#######", "NL": "NA##AA###", "PL": "EA#######"}[cc])

    def card(self, brand: str | None = None) -> str:
        brand = brand or self.pick(["visa", "visa", "mc", "mc", "amex", "disc"])
        if brand == "amex":
            body = self.pick(["34", "37"]) + self.pattern("############")
            s = body + luhn_digit(body)
            v = self.pick([f"{s[:4]} {s[4:10]} {s[10:]}", s, f"{s[:4]}-{s[4:10]}-{s[10:]}"])
        else:
            pre = {"visa": "4", "mc": self.pick(["51", "53", "55", "2221", "2720"]), "disc": "6011"}[brand]
            body = pre + self.pattern("#" * (15 - len(pre)))
            s = body + luhn_digit(body)
            v = self.pick([" ".join(s[i:i + 4] for i in range(0, 16, 4)), s,
                           "-".join(s[i:i + 4] for i in range(0, 16, 4))])
        self.checks.append(["card", v])
        return mark("CREDIT_CARD", v)

    def iban(self, cc: str, compact: bool | None = None) -> str:
        bban = "".join(str(self.num(0, 9)) if c == "#" else c for c in self.pick(IBAN_BBAN[cc]))
        if cc == "IT":
            bban = self.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ") + bban[1:]
        check = 98 - _iban_number(cc + "00" + bban) % 97
        s = f"{cc}{check:02d}{bban}"
        compact = self.chance(0.35) if compact is None else compact
        v = s if compact else " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        self.checks.append(["iban", v])
        return mark("IBAN_CODE", v)

    def ip(self, v6: bool = False) -> str:
        if v6:
            v = f"{self.pick(['2a02', '2a01', '2600', '2607', '2406', '2c0f'])}:" + ":".join(
                f"{self.num(0, 65535):x}" for _ in range(3)) + "::" + f"{self.num(1, 65535):x}"
        else:
            v = f"{self.pick(_PUBLIC_FIRST_OCTETS)}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
        return mark("IP_ADDRESS", v)

    # secrets
    def secret(self, kind: str = "password") -> str:
        r, alnum = self.rng, string.ascii_letters + string.digits
        urlsafe = alnum + "-_"

        def rand(n, alphabet=alnum):
            return "".join(r.choice(alphabet) for _ in range(n))

        if kind == "password":
            v = self.pick([
                f"{self.pw_word()}{self.pick(_PW_SYMBOLS)}{self.pw_word().lower()}{self.num(10, 99)}",
                f"{self.pw_word()}{self.num(1000, 9999)}{self.pick(_PW_SYMBOLS)}",
                rand(4) + self.pick(_PW_SYMBOLS) + rand(5) + self.pick(_PW_SYMBOLS) + rand(3),
                f"{self.pw_word().lower()}-{self.pw_word().lower()}-{self.num(100, 999)}",
            ])
        else:
            v = {
                "openai": lambda: "sk-proj-" + rand(44, alnum + "-_"),
                "github": lambda: "ghp_" + rand(36),
                "aws_id": lambda: "AKIA" + rand(16, string.ascii_uppercase + "234567"),
                "aws_secret": lambda: rand(40, alnum + "/+"),
                "stripe": lambda: "sk_live_" + rand(24),
                "slack": lambda: "xoxb-" + self.pattern("N###########-N############-") + rand(24),
                "sendgrid": lambda: "SG." + rand(22, alnum + "-_") + "." + rand(43, alnum + "-_"),
                "google": lambda: "AIza" + rand(35, alnum + "-_"),
                "hex32": lambda: rand(32, "0123456789abcdef"),
                "jwt": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + rand(40, urlsafe) + "."
                + rand(43, urlsafe),
                "pin": lambda: self.pattern("N###"),
                "gitlab": lambda: "glpat-" + rand(20, alnum + "-_"),
            }[kind]()
        return mark("SECRET", self.fresh(lambda: v))


# ---------------------------------------------------------------------------------------------------------
# Templates: each returns marked text. Positives hold personal data; negatives hold none.
@dataclass(frozen=True)
class Template:
    name: str
    half: str
    theme: str
    fn: Callable[[Gen], str]
    neg_class: str | None = None


TEMPLATES: list[Template] = []


def tpl(half: str, theme: str, neg: str | None = None):
    def register(fn):
        assert half in HALVES and theme in THEMES and (neg is None or neg in NEG_CLASSES)
        TEMPLATES.append(Template(fn.__name__, half, theme, fn, neg))
        return fn
    return register


def P(v: str) -> str:
    return mark("PERSON", v)


def sign_off(g: Gen, p: Person, work: str | None = None, style: str = "full") -> str:
    lines = [g.pick(["Kind regards,", "Best,", "Thanks,", "Many thanks,", "Regards,", "Cheers,"]), \
g.name(p, style)]
    if g.chance(0.7):
        lines.append(g.phone(p))
    if work or g.chance(0.5):
        lines.append(g.email(p, work))
    return "\n".join(lines)


# ----- dev positives
@tpl("dev", "shipping")
def dev_returns_email(g):
    cc = g.pick(["UK", "IE", "AU", "NZ", "CA", "US", "FR", "ES"])
    p = g.person(cc)
    order = g.ref("BP-#######")
    shop = g.company("shop")
    return f"""Can you make this email to {shop} firmer but still polite? They've ignored me twice.

Hi,

I'm writing about order {order}. The jacket arrived with a torn seam, so I sent it back on {g.date(cc)} \
using the returns label. Tracking shows it was delivered to your warehouse, but I still haven't had the \
refund (£84.99) to my card ending {g.num(1000, 9999)}.

Please could you either refund it or send a replacement to:
{g.name(p)}
{g.address(p)}

You can reach me on {g.phone(p)} during the day.

{sign_off(g, p, style=g.pick(['given', 'full']))}"""


@tpl("dev", "shipping")
def dev_courier_chat(g):
    cc = g.pick(["UK", "US", "IE", "ZA", "NG", "IN", "FR", "NZ"])
    p = g.person(cc)
    n = g.person(cc)
    return f"""translate this into a proper complaint pls, i was too angry to write properly

hey so my parcel was marked delivered yesterday but its NOT here. im at \
{g.address(p, sep=', ', country=False)} and the driver left it with "neighbour" but none of my neighbours \
have it?? i asked {g.name(n, 'given_lower')} at no. {g.num(2, 90)} and she didnt see anything. the parcel \
is for my mum {g.name(g.person(cc), 'lower')} its her birthday present. my number is \
{g.phone(p, intl=False)} and my email is {g.email(p)}. tracking {g.ref('JD0###########')}. can someone ring \
me back today plz
- {g.name(p, 'given_lower')}"""


@tpl("dev", "tenancy")
def dev_tenancy_application(g):
    cc = g.pick(["UK", "IE", "AU", "NZ"])
    p, q = g.person(cc), g.person(cc)
    word, nid = g.national_id(p)
    prev = g.person(cc)
    return f"""I'm filling in a rental application online, can you check my answers read well? Pasting the \
form:

Applicant full name: {g.name(p)}
Date of birth: {g.dob(p)}
Current address: {g.address(p, sep=', ')}
Time at address: 2 years 4 months
Mobile: {g.phone(p)}
Email: {g.email(p)}
{word}: {nid}
Employer: {g.company()} (permanent, full time)
Previous landlord / agent: {g.name(prev)}, {g.phone(prev)}
Co-applicant: {g.name(q)}, born {g.dob(q)}
Pets: one indoor cat
Why are you moving? I'd like to be closer to work and my partner's family."""


@tpl("dev", "tenancy")
def dev_deposit_letter(g):
    cc = g.pick(["UK", "IE", "DE", "NL", "FR"])
    t, l = g.person(cc), g.person(cc)
    return f"""Please tidy up this letter to my old landlord about my deposit, keep it formal.

{g.name(t)}
{g.address(t, country=False)}

{g.name(l, 'title_full')}
{g.address(l, country=False)}

{g.date(cc, (0, 30), 'long')}

Dear {g.name(l, 'title')},

Re: return of deposit for {g.address(g.home(cc), sep=', ', country=False)}

I moved out on {g.date(cc, (-60, -20), 'long')} and returned all keys. The flat was professionally cleaned \
and the check-out report shows no damage beyond fair wear and tear. You have not yet returned my deposit of \
€1,450. Please transfer it within 14 days to my account {g.iban(COUNTRY_IBAN.get(cc, 'IE'))} (account \
holder: {g.name(t, 'full')}).

If I do not hear from you I will refer the matter to the deposit protection scheme.

Yours sincerely,
{g.name(t, 'full')}
{g.phone(t)}"""


@tpl("dev", "insurance")
def dev_car_claim_notes(g):
    cc = g.pick(["UK", "IE", "AU", "CA", "US", "ZA"])
    me, other, wit = g.person(cc), g.person(cc), g.person(cc)
    return f"""Turn my notes into the "what happened" box for my car insurance claim with \
{g.company("insurer")}, max 150 words, factual.

notes:
- {g.date(cc, (-10, -1))} about 5.40pm, roundabout near work
- other driver {g.name(other)} ({g.phone(other)}) pulled out and hit my passenger door
- his address {g.address(other, sep=', ', country=False)}, reg {g.ref('AB## ABC')}, insurer said "Allianz"
- witness {g.name(wit, 'lf')} gave me her number {g.phone(wit)}
- me: {g.name(me)}, DOB {g.dob(me)}, policy {g.ref('CGI-#######')}
- nobody hurt, car driveable but door won't open"""


@tpl("dev", "clinic")
def dev_gp_referral(g):
    cc = g.pick(["UK", "UK", "IE", "NZ"])
    pt, dr = g.person(cc, age=(30, 85)), g.person(cc)
    idw, idv = ("NHS No", mark("NATIONAL_ID", g.nid("nhs"))) if cc == "UK" else g.national_id(pt)
    nok = g.person(cc)
    rel = "daughter" if nok.sex == "f" else "son"
    return f"""Summarise this referral letter into 5 bullet points for the physio team.

{g.company("clinic")}
Referral to: Musculoskeletal Physiotherapy

Patient: {g.name(pt, 'upper_lf')}
DOB: {g.dob(pt, 'dmy')}    {idw}: {idv}
Address: {g.address(pt, sep=', ', country=False)}
Tel: {g.phone(pt, intl=False)}
Next of kin: {g.name(nok)} ({rel}) {g.phone(nok)}

Dear colleague,
Thank you for seeing this {2025 - pt.dob.year}-year-old with a 4-month history of right shoulder pain after \
a fall in the garden. X-ray showed no fracture. Pain limits overhead reach and sleep. Currently on \
paracetamol and naproxen. Please assess and treat.

{g.name(dr, 'title_full')}, GP"""


@tpl("dev", "clinic")
def dev_pharmacy_chat(g):
    cc = g.pick(["US", "CA", "AU", "UK"])
    p = g.person(cc, sex="f")
    kid = g.child(p, (2, 9), sex="f")
    return f"""help me write a msg to the pharmacy, they keep mixing up my daughters prescription

its for {g.name(kid, 'lower')} dob {g.dob(kid, g.pick(['mdy_short', 'dmy_short']))}, the amoxicillin \
suspension. they put it under MY name ({g.name(p, 'lower')}) again and now insurance rejected it. our \
address is {g.address(p, sep=' ', country=False)} and the pharmacy has my old number, new one is \
{g.phone(p)}. can they call me or email {g.email(p)}. thx"""


@tpl("dev", "school")
def dev_school_enrolment_upper(g):
    cc = g.pick(["UK", "IE", "ZA", "NG", "IN", "AU"])
    mum = g.person(cc, sex="f", age=(28, 48))
    dad = g.person(cc, culture=mum.culture, sex="m", age=(28, 52))
    kid = g.child(mum, (4, 11))
    return f"""Copied from the school's PDF enrolment form. Can you check I haven't missed anything obvious \
before I print it?

PUPIL ENROLMENT FORM
SURNAME: {P(kid.family.upper())}          FORENAME(S): {P(kid.given.upper())}
DATE OF BIRTH: {g.dob(kid, 'upper')}       SEX: {kid.sex.upper()}
HOME ADDRESS: {g.address(mum, sep=', ', upper=True, country=False)}
PARENT/CARER 1: {g.name(mum, 'upper')}   RELATIONSHIP: MOTHER   TEL: {g.phone(mum)}
PARENT/CARER 2: {g.name(dad, 'upper')}   RELATIONSHIP: FATHER   TEL: {g.phone(dad)}
EMAIL FOR CORRESPONDENCE: {g.email(mum)}
PREVIOUS SCHOOL / NURSERY: LITTLE STEPS DAY NURSERY
MEDICAL CONDITIONS: MILD ASTHMA (BLUE INHALER)"""


@tpl("dev", "travel")
def dev_visa_cover_letter(g):
    home = g.pick(["IN", "NG", "ZA"])
    p = g.person(home, age=(24, 60))
    host = g.person(g.pick(["UK", "IE", "DE", "FR", "NL", "CA"]))
    return f"""Improve this cover letter for my visitor visa application, it sounds too stiff.

To the Visa Officer,

I, {g.name(p)}, born on {g.dob(p, 'long')} in {g.town(p)}, holder of passport number \
{mark('NATIONAL_ID', g.nid('passport', p))}, am applying for a short-stay visitor visa from \
{g.date('UK', (10, 30), 'long')} to {g.date('UK', (40, 60), 'long')}.

I will stay with my cousin {g.name(host)} at {g.address(host, sep=', ')}, who can be contacted on \
{g.phone(host, intl=True)} or {g.email(host)}. I currently live at {g.address(p, sep=', ', country=False)} \
and work as an accountant. My return flight is booked.

Yours faithfully,
{g.name(p)}
{g.phone(p, intl=True)}"""


@tpl("dev", "travel")
def dev_booking_passengers(g):
    cc = g.pick(["UK", "IE", "DE", "ES", "IT", "FR", "NL", "PL"])
    a = g.person(cc, age=(30, 55))
    b = g.person(cc, age=(30, 55))
    kid = g.child(a, (3, 12))
    rows = "\n".join(f"| {g.name(x, 'upper_lf')} | {g.dob(x, 'dmy')} | \
{mark('NATIONAL_ID', g.nid('passport', x))} |"
                     for x in (a, b, kid))
    return f"""The airline wants the passenger details re-entered for our rebooked flight. Turn this table \
into the format "SURNAME/FIRSTNAME MR|MRS|CHD, DOB, passport".

| Name | Date of birth | Passport |
|---|---|---|
{rows}

Lead booker contact: {g.email(a)}, {g.phone(a, intl=True)}. Billing address {g.address(a, sep=', ')}."""


@tpl("dev", "banking")
def dev_payroll_csv(g):
    cc = g.pick(["DE", "NL", "FR", "ES", "IT", "IE", "PL"])
    ib = COUNTRY_IBAN[cc]
    people = [g.person(cc, age=(21, 64)) for _ in range(g.num(3, 5))]
    rows = []
    for p in people:
        _, nid = g.national_id(p)
        rows.append(f"{g.ref('E####')},{g.name(p, 'lf').replace(', ', ' ')},{g.iban(ib, compact=True)},{nid},"
                    f"{g.num(2400, 6800)}.00")
    word = ID_WORDS[cc][1][0]
    return f"""Our payroll export failed validation. Can you spot which rows have problems (missing fields, \
formatting)? Don't change the data, just list the row numbers and the issue.

emp_id,name,iban,{word.lower().replace(' ', '_')},gross_eur
""" + "\n".join(rows)


@tpl("dev", "banking")
def dev_card_dispute(g):
    cc = g.pick(["US", "CA", "UK", "AU", "FR", "NZ", "PL"])
    p = g.person(cc)
    return f"""I need to dispute a charge. Write this up as a clear dispute letter to my bank.

Cardholder: {g.name(p)}
Card number: {g.card()}
Billing address: {g.address(p, sep=', ', country=False)}
Phone: {g.phone(p)}
Transaction: {g.date(cc, (-30, -5))}, "VELORA OUTDOOR ONLINE", $219.00
What happened: I cancelled the order within the 14-day window (confirmation email attached) but was charged \
anyway. Merchant has not replied to three emails sent from {g.email(p)}."""


@tpl("dev", "recruiting")
def dev_cv_header(g):
    cc = g.pick(["UK", "IE", "IN", "NG", "ZA", "PL", "DE", "ES"])
    p = g.person(cc, age=(22, 45))
    ref = g.person(g.pick(COUNTRIES))
    return f"""Rewrite my CV summary to target product manager roles. Keep the header as it is.

{g.name(p, 'upper')}
{g.address(p, sep=' · ', country=True)}
{g.phone(p, intl=True)} | {g.email(p)}

SUMMARY
Analyst with six years in logistics software, moved into product in 2022. Led the returns-portal rebuild \
that cut support tickets by a third.

REFERENCES
{g.name(ref)}, Head of Operations, {g.company()} — {g.email(ref, g.work_domain())}"""


@tpl("dev", "support")
def dev_support_ticket_json(g):
    cc = g.pick(COUNTRIES)
    p = g.person(cc)
    agent = g.person(g.pick(["UK", "IE", "PL", "IN"]))
    return f"""Write a reply to this customer from the ticket below, apologise for the delay and confirm \
the address change.

{{
  "ticket_id": "{g.ref('TCK-######')}",
  "channel": "email",
  "customer": {{
    "name": "{g.name(p)}",
    "email": "{g.email(p)}",
    "phone": "{g.phone(p)}",
    "old_address": "{g.address(p, sep=', ', country=False)}",
    "new_address": "{g.address(g.person(cc), sep=', ', country=False)}"
  }},
  "assignee": "{g.name(agent)}",
  "last_login_ip": "{g.ip()}",
  "message": "I moved last week, please send the replacement to my new address. Thanks!"
}}"""


@tpl("dev", "neighbourhood")
def dev_hoa_thread(g):
    cc = g.pick(["US", "CA", "AU"])
    a, b, c = g.person(cc), g.person(cc), g.person(cc)
    return f"""Summarise this email thread for the next residents' committee meeting, neutral tone.

From: {g.name(a)} <{g.email(a)}>
To: committee
Subject: Fence at the back of lot 14

Hi all, the new fence put up by {g.name(b, 'title')} at {g.address(b, sep=', ', country=False)} blocks the \
shared path to the bins. Can we raise it?

> From: {g.name(b)} <{g.email(b)}>
> The fence is on my side of the boundary, I have the survey. Happy to talk, call me on {g.phone(b)}.

> From: {g.name(c, 'given')} ({g.address(c, sep=', ', country=False)})
> I use that path every day with a stroller. Please sort this out before winter."""


@tpl("dev", "legal")
def dev_solicitor_letter(g):
    cc = g.pick(["UK", "IE", "ZA", "NG", "AU", "NZ"])
    client, other = g.person(cc), g.person(cc)
    sol = g.person(cc)
    return f"""Simplify this letter from a solicitor so my elderly dad understands it. Plain English, short.

Kestrel & Vance Solicitors
Our ref: KV/{g.ref('####')}/{fold(client.family[:3]).upper()}

{g.name(client, 'title_full')}
{g.address(client)}

Dear {g.name(client, 'title')},

Estate of the late {g.name(other)} (born {g.dob(other, 'long')}, died {g.date(cc, (-200, -60), 'long')})

We act as executors of the estate. You are named as a beneficiary in the will dated 3 March 2019. Before we \
can distribute the estate we need proof of identity and your bank details. Please send certified copies of \
your passport and a recent utility bill showing {g.address(client, sep=', ', country=False)}.

Should you have questions, please contact {g.name(sol)} on {g.phone(sol, intl=False)}.

Yours sincerely"""


@tpl("dev", "devops")
def dev_env_config(g):
    cc = g.pick(["UK", "DE", "NL", "IE", "US"])
    admin = g.person(cc)
    dbpass = g.secret()
    return f"""why does my app crash on startup with this .env? it says "invalid DSN" but I can't see it

# .env (production)
APP_ENV=production
ADMIN_EMAIL={g.email(admin, g.work_domain())}
DATABASE_URL=postgres://app_rw:{dbpass}@{g.ip()}:5432/orders
REDIS_URL=redis://cache.internal:6379/0
STRIPE_SECRET_KEY={g.secret('stripe')}
OPENAI_API_KEY={g.secret('openai')}
SENTRY_DSN=https://{g.ref('################')}@o1.ingest.sentry.io/42
SMTP_PASSWORD={g.secret()}"""


@tpl("dev", "devops")
def dev_auth_log(g):
    cc = g.pick(COUNTRIES)
    u1, u2 = g.person(cc), g.person(g.pick(COUNTRIES))
    e1, e2 = g.email(u1), g.email(u2)
    ip1, ip2 = g.ip(), g.ip(g.chance(0.3))
    return f"""Explain what's going on in these auth logs — is this a credential-stuffing attempt?

2025-05-14T02:11:09Z WARN login failed user={e1} ip={ip1} reason=bad_password attempts=7
2025-05-14T02:11:12Z WARN login failed user={e1} ip={ip1} reason=bad_password attempts=8
2025-05-14T02:11:15Z INFO login ok user={e2} ip={ip2} mfa=totp
2025-05-14T02:12:40Z INFO password reset requested user={e1} ip={ip1}
2025-05-14T02:13:02Z DEBUG reset token issued token={g.secret('hex32')} user={e1}
2025-05-14T02:14:55Z INFO profile updated user={e2} field=phone value="{g.phone(u2)}\""""


@tpl("dev", "neighbourhood")
def dev_moving_chat(g):
    fr = g.pick(["UK", "IE", "IN", "ZA", "NG", "NZ", "FR", "ES"])
    to = g.pick(["CA", "AU", "DE", "NL", "PL"])
    p, friend = g.person(fr), g.person(to)
    newp = g.home(to)
    return f"""can u help me make a checklist for moving countries? context below

so me and my husband are moving from {g.town(p)} to {g.town(newp)} in september. my friend \
{g.name(friend, 'given')} found us a flat at {g.address(newp, sep=', ', country=False)} and her number is \
{g.phone(friend, intl=True)} if the agent needs a local reference. i need to redirect post from \
{g.address(p, sep=', ', country=False)}, cancel broadband, tell the bank, and my {ID_WORDS[fr][1][0]} is \
{g.national_id(p)[1]} if the tax office asks. my new number will be {g.phone(newp, intl=True)}"""


@tpl("dev", "pdf_form")
def dev_anmeldung(g):
    p = g.person("DE", age=(20, 60))
    spouse = g.person("DE", culture=p.culture, sex="f" if p.sex == "m" else "m")
    born = g.pick(["PL", "IT", "ES", "FR", "UK", "IN"])
    born_town = g.pick(_split(TOWNS[born], g.half))[0]
    return f"""Help me understand this German registration form (Anmeldung) I filled in — translate each \
line to English and tell me if something looks wrong.

Familienname: {P(p.family)}
Vornamen: {P(p.given)}
Geburtsdatum: {g.dob(p, 'dot')}
Geburtsort: {mark('LOCATION', born_town)}, {mark('LOCATION', COUNTRY_NAMES[born])}
Neue Wohnung: {g.address(p, sep=', ', country=False)}
Steuer-ID: {mark('NATIONAL_ID', g.nid('steuerid', p))}
Ehegatte: {g.name(spouse, 'lf')}, geb. {g.dob(spouse, 'dot')}
Telefon: {g.phone(p)}
E-Mail: {g.email(p)}"""


@tpl("dev", "banking")
def dev_direct_deposit_form(g):
    p = g.person("US", age=(21, 66))
    return f"""New job, HR sent me a direct deposit + W-4 form as a PDF. I copied the text out — can you \
tell me what "multiple jobs" in step 2 means for me? I also have a weekend job.

EMPLOYEE INFORMATION
Name (last, first, MI): {g.name(p, 'upper_lf')} {g.pick('ABCDEJKLMRS')}.
SSN: {g.NID_ssn(p)}
Home address: {g.address(p, sep=', ', country=False)}
Phone: {g.phone(p, intl=False)}   Personal email: {g.email(p)}
Date of birth: {g.dob(p, 'mdy')}
Bank: Northbridge Credit Union   Routing no. 2{g.ref('########')}   Account no. {g.ref('##########')}
Filing status: [x] Single or Married filing separately"""


@tpl("dev", "recruiting")
def dev_benefits_enrollment(g):
    emp = g.person("US", age=(26, 58))
    sp = g.person("US", sex="f" if emp.sex == "m" else "m", age=(26, 58))
    kid = g.child(emp, (1, 16))
    return f"""Check this benefits enrollment summary before I submit — did I put the dependents in right? \
My spouse's coverage should start on the same day as mine.

Employee: {g.name(emp)} | SSN {g.NID_ssn(emp)} | DOB {g.dob(emp)}
Spouse: {g.name(sp)} | SSN {g.NID_ssn(sp)} | DOB {g.dob(sp)}
Child: {g.name(kid)} | SSN {g.NID_ssn(kid)} | DOB {g.dob(kid)}
Address on file: {g.address(emp, sep=', ', country=False)}
Plan: PPO Family, coverage start {g.date('US', (10, 40), 'mdy')}
Contact: {g.phone(emp)}, {g.email(emp)}"""


@tpl("dev", "support")
def dev_checkout_chat(g):
    cc = g.pick(["US", "CA", "UK", "AU", "IN"])
    p = g.person(cc)
    agent = g.person(g.pick(["IN", "UK", "ZA"]))
    return f"""Summarise this live chat for the payments team and say what probably went wrong.

[Velora Outdoor chat]
Visitor: hi my card keeps getting declined at checkout
{g.name(agent, 'given')} (agent): Sorry about that! Can I take your name and the email on the order?
Visitor: {g.name(p, 'lower')}, {g.email(p)}
Visitor: tried {g.card()} and then my other one {g.card()}
{g.name(agent, 'given')} (agent): Thanks. Is the billing address {g.address(p, sep=', ', country=False)}?
Visitor: yes. you can call me on {g.phone(p)} if easier
{g.name(agent, 'given')} (agent): I'll raise it with payments, your IP {g.ip()} was flagged by the fraud \
filter."""


@tpl("dev", "neighbourhood")
def dev_condominio_minutes(g):
    a, b, c = g.person("IT"), g.person("IT"), g.person("IT")
    return f"""Traduci in inglese e riassumi questo verbale di condominio per il mio coinquilino che non \
parla italiano (just the key points, in English please).

VERBALE DI ASSEMBLEA STRAORDINARIA
Presenti: {g.name(a, 'lf')} (int. 3), {g.name(b, 'lf')} (int. 7), {g.name(c, 'initial')} (delega)
Il condomino {g.name(a, 'upper')}, C.F. {g.NID(a, 'cf')}, residente in \
{g.address(a, sep=', ', country=False)}, segnala infiltrazioni dal tetto.
Si approva la spesa di € 12.400 per il rifacimento della copertura. Le quote vanno versate sull'IBAN del \
condominio entro 30 giorni; il rimborso al sig. {g.name(b, 'family')} (anticipo lavori urgenti) sarà \
accreditato su {g.iban('IT')}.
Contatti amministratore: {g.phone(b)}"""


# ----- test positives
@tpl("test", "shipping")
def test_missing_parcel_portal(g):
    cc = g.pick(["US", "CA", "AU", "NZ", "UK", "IE"])
    p = g.person(cc)
    alt = g.person(cc)
    return f"""Fill the "describe your issue" box for the courier's web form from these details, under 100 \
words.

Tracking no.: {g.ref('SC##########GB')}
Recipient: {g.name(p, 'lf')}
Delivery address:
{g.address(p)}
Safe place / alternative recipient: {g.name(alt, 'title_full')}, {g.address(alt, sep=', ', country=False)}
Contact: {g.phone(p)} / {g.email(p)}
Issue: status says "delivered to safe place" {g.date(cc, (-6, -1))} 14:02, nothing in the porch, photo \
shows a different front door."""


@tpl("test", "shipping")
def test_return_label_form(g):
    cc = g.pick(["DE", "FR", "ES", "IT", "NL", "PL"])
    p = g.person(cc)
    return f"""I'm sending a bike part back to a UK shop from abroad. Can you turn these details into the \
customs declaration text (CN22 style)?

SENDER
{g.name(p, 'upper')}
{g.address(p, upper=True, country=True)}
TEL {g.phone(p, intl=True)}
EMAIL {g.email(p)}

RECEIVER
Northwind Cycles Returns Dept., Unit 4 Harbour Trade Park, Southampton SO14 3TL, United Kingdom

Contents: 1x rear derailleur (used, faulty), value GBP 64.00, reason: warranty return, RMA \
{g.ref('NW-#####')}"""


@tpl("test", "tenancy")
def test_landlord_whatsapp(g):
    cc = g.pick(["UK", "IE", "ZA", "NG", "IN", "AU"])
    t, l = g.person(cc), g.person(cc)
    plumber = g.person(cc)
    return f"""Summarise this WhatsApp chat with my landlord into a timeline I can send to the tenancy board.

[{g.date(cc, (-40, -30), 'dmy')}, 08:14] {g.name(t, 'given')}: Hi {g.name(l, 'given')}, the boiler is off \
again, no hot water at {g.address(t, sep=', ', country=False)} since Sat
[{g.date(cc, (-40, -30), 'dmy')}, 11:52] {g.name(l, 'given')}: ok will send someone
[{g.date(cc, (-29, -20), 'dmy')}, 19:30] {g.name(t, 'given')}: nobody came. can u send me the plumbers number?
[{g.date(cc, (-29, -20), 'dmy')}, 21:03] {g.name(l, 'given')}: {g.name(plumber)} \
{g.phone(plumber, intl=False)}
[{g.date(cc, (-19, -10), 'dmy')}, 09:41] {g.name(t, 'given')}: he says the part needs approval from you. \
i'm withholding nothing but please confirm in writing to {g.email(t)}"""


@tpl("test", "tenancy")
def test_lease_summary(g):
    cc = g.pick(["US", "CA", "AU", "NZ"])
    t1, t2, l = g.person(cc), g.person(cc), g.person(cc)
    return f"""Pull out the key terms from this lease into a table (parties, premises, rent, deposit, dates).

RESIDENTIAL TENANCY AGREEMENT
This agreement is made between {g.name(l, 'upper')} ("Landlord"), of \
{g.address(l, sep=', ', country=False)}, phone {g.phone(l)}, and {g.name(t1)} (born {g.dob(t1)}) and \
{g.name(t2)} (born {g.dob(t2)}) ("Tenants").
Premises: {g.address(t1, sep=', ', country=False)}, including one parking space.
Term: 12 months commencing {g.date(cc, (10, 40), 'long')}.
Rent: $2,350 per month, payable on the 1st by direct deposit.
Security deposit: $2,350, held in trust.
Notices to the Tenants may be sent to {g.email(t1)}."""


@tpl("test", "insurance")
def test_home_claim_email(g):
    cc = g.pick(["UK", "IE", "NZ", "ZA", "CA"])
    p = g.person(cc)
    adj = g.person(cc)
    return f"""Make this claim email clearer and list the documents they ask for at the end.

Subject: Claim {g.ref('AA/####/##')} – water damage at {g.address(p, sep=', ', country=False)}

Hello {g.name(adj, 'given')},

Following our call, here are the details you asked for. Policyholder {g.name(p, 'full')}, date of birth \
{g.dob(p)}. The leak started under the upstairs bathroom on {g.date(cc, (-20, -5), 'long')}; the kitchen \
ceiling partly collapsed. A plumber attended the same evening. Our contents list and photos are attached.

For the settlement, please pay into {g.iban(COUNTRY_IBAN.get(cc, 'GB'))} (name on account \
{g.name(p, 'initial')}).

Best wishes,
{g.name(p, 'given')}
{g.phone(p)}

--
{g.name(adj)} | Claims Handler | Anchorpoint Assurance | {g.email(adj, g.work_domain())}"""


@tpl("test", "clinic")
def test_clinic_intake_csv(g):
    cc = g.pick(["US", "CA", "AU", "UK", "NZ"])
    people = [g.person(cc) for _ in range(g.num(3, 4))]
    rows = "\n".join(f"\"{g.name(p, 'lf')}\",{g.dob(p)},{g.phone(p, intl=False)},{g.email(p)},"
                     f"{g.pick(['new', 'follow-up'])}" for p in people)
    return f"""Our clinic's booking tool exported this. Sort it by date of birth (oldest first) and flag \
anyone over 65 for the flu-jab reminder.

patient_name,dob,phone,email,visit_type
{rows}"""


@tpl("test", "clinic")
def test_prescription_letter(g):
    cc = g.pick(["UK", "IE", "FR", "IT", "ES", "NZ", "AU", "NL"])
    p = g.person(cc, age=(55, 88))
    carer = g.person(cc)
    idw, idv = g.national_id(p)
    return f"""My mum's pharmacy wants a letter authorising me to collect her prescriptions. Can you write \
it from her, short and formal?

Her details: {g.name(p, 'full')}, {g.address(p, sep=', ', country=False)}, born {g.dob(p)}, {idw} {idv}
Me: {g.name(carer, 'full')}, {g.phone(carer)}, I live at {g.address(carer, sep=', ', country=False)}
Pharmacy: Greenleaf Chemist, High Street branch
Her meds: atorvastatin, ramipril, monthly repeat"""


@tpl("test", "school")
def test_nursery_thread(g):
    cc = g.pick(["UK", "IE", "NZ", "AU", "CA", "US"])
    mum = g.person(cc, sex="f", age=(26, 44))
    kid = g.child(mum, (1, 4))
    gran = g.person(cc, age=(55, 78))
    return f"""Reply to the nursery manager below confirming the new pick-up arrangements. Friendly.

From: Sunnyfield Early Years <office@sunnyfield-nursery.org>
To: {g.email(mum)}
Subject: Collection permissions for {g.name(kid, 'given')}

Dear {g.name(mum, 'given')},
We've updated {g.name(kid, 'full')}'s record (DOB {g.dob(kid)}). Please confirm the second adult allowed to \
collect: {g.name(gran, 'full')}, {g.phone(gran)}, of {g.address(gran, sep=', ', country=False)}.
Password for collection: {g.secret('password')}
Thanks, The Office

On {g.date(cc, (-5, -1), 'long')}, {g.name(mum, 'full')} <{g.email(mum)}> wrote:
> Hi, my mum will be picking up on Tuesdays and Thursdays from next week. My mobile is still \
{g.phone(mum)}."""


@tpl("test", "travel")
def test_travel_auth_checklist(g):
    cc = g.pick(["UK", "IE", "DE", "FR", "ES", "IT", "NL", "PL", "AU", "NZ"])
    p = g.person(cc, age=(25, 70))
    q = g.person(cc, culture=p.culture, age=(25, 70))
    host = g.person("US")
    return f"""I'm filling in the US travel authorisation for two of us. Check these answers against the \
usual questions and tell me what's missing.

Traveller 1: {g.name(p, 'upper_lf')} — born {g.dob(p)} in {g.town(p)}, {g.country_of(p)}; passport \
{mark('NATIONAL_ID', g.nid('passport', p))}
Traveller 2: {g.name(q, 'upper_lf')} — born {g.dob(q)}; passport {mark('NATIONAL_ID', g.nid('passport', q))}
Home address: {g.address(p, sep=', ', country=False)}
Contact email: {g.email(p)}  phone: {g.phone(p, intl=True)}
Point of contact in the US: {g.name(host)}, {g.address(host, sep=', ', country=False)}, {g.phone(host)}
Payment: card {g.card()}"""


@tpl("test", "travel")
def test_hotel_complaint(g):
    cc = g.pick(COUNTRIES)
    p = g.person(cc)
    return f"""Draft a complaint to the booking site. We were moved to a different hotel without notice.

booking ref {g.ref('WJ-AA####')}, 3 nights from {g.date('UK', (-20, -10), 'long')}
guest: {g.name(p)} ({g.email(p)}, {g.phone(p, intl=True)})
paid by card {g.card('visa')}, expiry 08/27
I want a refund of the difference (€210) and compensation for the taxi. Send any paperwork to my home \
address {g.address(p, sep=', ', country=True)}."""


@tpl("test", "banking")
def test_salary_change_email(g):
    cc = g.pick(["UK", "IE", "DE", "NL", "FR", "ES", "IT", "PL"])
    p = g.person(cc)
    hr = g.person(cc)
    idw, idv = g.national_id(p)
    return f"""Rewrite this as a proper email to HR, it's too casual.

hi {g.name(hr, 'given_lower')}, i switched banks so pls pay my salary into the new account from next month: \
{g.iban(COUNTRY_IBAN[cc])}. old one was {g.iban(COUNTRY_IBAN[cc])} which im closing. also my address \
changed to {g.address(p, sep=', ', country=False)}. {idw} is {idv} in case payroll needs it. thanks, \
{g.name(p, 'given_lower')} ({g.phone(p)})"""


@tpl("test", "banking")
def test_bank_call_notes(g):
    cc = g.pick(["US", "CA", "AU", "NZ", "UK", "ZA", "IN", "NG"])
    p = g.person(cc)
    k, nid = g.national_id(p)
    return f"""Clean up my notes from the call with the bank's fraud team into a short incident summary I \
can keep.

called fraud line {g.date(cc, (-3, -1))} — spoke to a guy called Sean
account holder {g.name(p)}, dob {g.dob(p)}, {k} {nid}
card ending {g.num(1000, 9999)} blocked, new card on the way to {g.address(p, sep=' ', country=False)}
suspicious login from {g.ip()} (not me), online banking password changed, old one was {g.secret()}
they will text {g.phone(p)} with a one-time code"""


@tpl("test", "recruiting")
def test_reference_request(g):
    cc = g.pick(["UK", "IE", "CA", "AU", "NZ", "ZA"])
    cand, referee, rec = g.person(cc), g.person(cc), g.person(cc)
    return f"""Write a polite chaser to this referee; they haven't replied in a week.

Candidate: {g.name(cand, 'full')} (applied for Senior Buyer, ref HW-{g.num(1000, 9999)})
Candidate DOB for background check: {g.dob(cand)}
Candidate home town: {g.town(cand)}
Referee: {g.name(referee, 'title_full')}, former line manager
Referee email: {g.email(referee, g.work_domain())}  mobile: {g.phone(referee)}
Recruiter: {g.name(rec)}, Hirewise Partners, {g.phone(rec, intl=True)}"""


@tpl("test", "support")
def test_crm_export_table(g):
    cc = g.pick(["UK", "IE", "US", "CA", "AU", "DE", "NL"])
    people = [g.person(cc) for _ in range(3)]
    rows = "\n".join(f"| {g.name(p)} | {g.email(p)} | {g.phone(p)} | \
{g.address(p, sep=', ', country=False)} | "
                     f"{g.pick(['refund pending', 'damaged item', 'late delivery'])} |" for p in people)
    return f"""Group these open support cases by issue and draft one template reply per group (no personal \
details in the templates).

| customer | email | phone | address | issue |
|---|---|---|---|---|
{rows}"""


@tpl("test", "neighbourhood")
def test_neighbour_dispute(g):
    cc = g.pick(["UK", "IE", "NZ", "AU", "ZA"])
    me, nb = g.person(cc), g.person(cc)
    return f"""help me write a calm note to my neighbour, i keep getting angry when i write it

ok so {g.name(nb, 'given_lower')} {P(nb.family.lower())} at {g.address(nb, sep=' ', country=False)} has had \
builders in for 6 weeks and they park across my drive every morning. ive asked twice. i want to say its the \
last time before i contact the council. sign it from me {g.name(me, 'lower')}, \
{g.address(me, sep=', ', country=False)}, my mobile {g.phone(me, intl=False)}""".replace(
        f"{P(nb.given.lower())} {P(nb.family.lower())}", P(f"{nb.given.lower()} {nb.family.lower()}"))


@tpl("test", "legal")
def test_court_claim_upper(g):
    cc = g.pick(["UK", "UK", "IE"])
    cl, df = g.person(cc), g.person(cc)
    return f"""This is from a small-claims form I started. Check it is consistent and suggest how to word \
the "particulars of claim" (max 120 words).

CLAIMANT'S NAME: {g.name(cl, 'upper')}
CLAIMANT'S ADDRESS: {g.address(cl, sep=', ', upper=True, country=False)}
CLAIMANT'S TEL: {g.phone(cl)}   EMAIL: {g.email(cl)}
DEFENDANT'S NAME: {g.name(df, 'upper')}
DEFENDANT'S ADDRESS: {g.address(df, sep=', ', upper=True, country=False)}
AMOUNT CLAIMED: £1,280.00
DETAILS: I PAID THE DEFENDANT TO REFIT MY BATHROOM ON {g.date(cc, (-120, -90), 'upper')}. WORK WAS NOT \
FINISHED AND HE STOPPED ANSWERING CALLS."""


@tpl("test", "devops")
def test_docker_compose(g):
    cc = g.pick(["UK", "IE", "DE", "NL", "PL", "US", "IN"])
    admin = g.person(cc)
    return f"""My docker compose stack won't start, postgres keeps restarting. What am I doing wrong?

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: {g.secret()}
  api:
    build: .
    environment:
      DATABASE_URL: postgresql://shop:{g.secret()}@db:5432/shop
      SENDGRID_API_KEY: {g.secret('sendgrid')}
      AWS_ACCESS_KEY_ID: {g.secret('aws_id')}
      AWS_SECRET_ACCESS_KEY: {g.secret('aws_secret')}
      ALERT_EMAIL: {g.email(admin, g.work_domain())}
      ALERT_SMS: "{g.phone(admin, intl=True)}\""""


@tpl("test", "devops")
def test_incident_chat(g):
    cc = g.pick(COUNTRIES)
    a, b, cust = g.person(cc), g.person(g.pick(COUNTRIES)), g.person(g.pick(COUNTRIES))
    return f"""Write a short post-incident summary from this chat. Leave out the credentials obviously.

{g.name(a, 'given_lower')}: prod checkout is down, 502s since 10:40
{g.name(b, 'given_lower')}: ssh'd into {g.ip()} — disk full. logs ate it
{g.name(a, 'given_lower')}: can u rotate the deploy token while ur there, old one leaked in the ticket: \
{g.secret('gitlab')}
{g.name(b, 'given_lower')}: done. also the customer who reported it ({g.name(cust)}, {g.email(cust)}) wants \
a callback on {g.phone(cust, intl=True)}
{g.name(a, 'given_lower')}: ok i'll take that. slack bot token for the status channel is \
{g.secret('slack')} btw"""


@tpl("test", "pdf_form")
def test_french_mutuelle(g):
    p = g.person("FR", age=(22, 70))
    kid = g.child(p, (2, 15))
    return f"""Translate this French health-insurance form into English for me and explain what "ayant \
droit" means.

ADHÉSION MUTUELLE SANTÉ
Nom : {P(p.family.upper())}    Prénom : {P(p.given)}
Né(e) le : {g.dob(p, 'dmy')}
N° de sécurité sociale : {mark('NATIONAL_ID', g.nid('nir', p))}
Adresse : {g.address(p, sep=', ', country=False)}
Téléphone : {g.phone(p)}    Courriel : {g.email(p)}
Ayant droit : {g.name(kid)}, né(e) le {g.dob(kid, 'dmy')}
IBAN pour les remboursements : {g.iban('FR')}"""


@tpl("test", "travel")
def test_family_relocation_notes(g):
    home = g.pick(["IN", "NG", "ZA", "PL", "ES", "IT"])
    dest = g.pick(["UK", "IE", "CA", "AU", "NL", "DE"])
    p = g.person(home, age=(28, 50))
    sp = g.person(home, culture=p.culture, sex="f" if p.sex == "m" else "m", age=(28, 50))
    emp = g.person(dest)
    newp = g.home(dest)
    return f"""Make a to-do list (with deadlines) from my notes for our family's work-visa move.

- me: {g.name(p)}, DOB {g.dob(p)}, born in {g.town(p)}
- wife: {g.name(sp)}, DOB {g.dob(sp)}
- we move from {g.address(p, sep=', ', country=False)} to {g.town(newp)}, {g.country_of(newp)} on 1 Sept
- sponsor contact at the new employer: {g.name(emp)} ({g.email(emp, g.work_domain())})
- temporary flat: {g.address(newp, sep=', ', country=False)}
- biometrics appointment booked, bring both passports and the {ID_WORDS[home][1][0]} \
({g.national_id(p)[1]})"""


@tpl("test", "banking")
def test_mortgage_application(g):
    a = g.person("US", age=(27, 60))
    b = g.person("US", age=(27, 60))
    return f"""My lender sent back the pre-approval summary. Can you check the co-borrower section matches \
mine and explain what "DTI" means here?

BORROWER: {g.name(a, 'upper')}          SSN: {g.NID_ssn(a)}     DOB: {g.dob(a, 'mdy')}
CO-BORROWER: {g.name(b, 'upper')}       SSN: {g.NID_ssn(b)}     DOB: {g.dob(b, 'mdy')}
PRESENT ADDRESS: {g.address(a, sep=', ', upper=True, country=False)} (RENT, 3 YRS)
PROPERTY: {g.address(g.home('US'), sep=', ', upper=True, country=False)} (NEW BUILD, LOT 22)
PHONE: {g.phone(a)}   EMAIL: {g.email(a)}
DTI: 34.2%   LTV: 90%   LOAN AMOUNT: $412,000"""


@tpl("test", "school")
def test_daycare_subsidy(g):
    mum = g.person("US", sex="f", age=(22, 40))
    kid = g.child(mum, (1, 4))
    return f"""i'm applying for the childcare subsidy and the portal keeps timing out so i'm saving my \
answers here. can u check the income part makes sense

parent/guardian: {g.name(mum, 'lower')}
ssn: {g.NID_ssn(mum)}
child: {g.name(kid, 'lower')}, born {g.dob(kid, 'mdy_short')}
home address: {g.address(mum, sep=' ', country=False)}
phone {g.phone(mum, intl=False)} / email {g.email(mum)}
monthly income: $2,900 (part time) + $400 child support
provider: Sunnyfield Early Learning, 7:30-5:30 Mon-Fri"""


@tpl("test", "support")
def test_gym_cancellation(g):
    cc = g.pick(["UK", "AU", "IE", "NZ", "ZA", "US"])
    p = g.person(cc)
    return f"""Write a firm cancellation email to my gym. They keep charging me after I cancelled.

Member: {g.name(p, 'initial')} (membership no. {g.ref('GM######')})
Card being charged: {g.card()}
I cancelled in person on {g.date(cc, (-90, -60), 'long')} and got a paper receipt. Charges since: 3 x £34.99.
Please confirm in writing to {g.email(p)} or by post to:
{g.address(p, country=False)}
Phone: {g.phone(p)}"""


@tpl("test", "pdf_form")
def test_empadronamiento(g):
    p = g.person("ES", age=(20, 65))
    q = g.person("ES", culture=g.pick(["romanian", "arabic", "anglo", "portuguese"]), age=(20, 65))
    return f"""I have to register at the town hall in Spain (empadronamiento). Check the two people's \
details below are in the right boxes and translate the headings.

HOJA DE INSCRIPCIÓN PADRONAL
Domicilio: {g.address(p, sep=', ', country=False)}
1) Apellidos: {P(p.family.upper())}  Nombre: {P(p.given.upper())}
   DNI: {g.NID(p, 'dni')}   Fecha de nacimiento: {g.dob(p, 'dmy')}   Lugar de nacimiento: \
{g.town(p, upper=True)}
2) Apellidos: {P(q.family.upper())}  Nombre: {P(q.given.upper())}
   NIE: {g.NID(q, 'nie')}   Fecha de nacimiento: {g.dob(q, 'dmy')}
Teléfono de contacto: {g.phone(p)}
Correo electrónico: {g.email(q)}"""


@tpl("test", "banking")
def test_kyc_update(g):
    cc = g.pick(["IN", "NG", "ZA"])
    p = g.person(cc, age=(21, 70))
    extra = {"IN": lambda: "PAN: " + g.NID(p, 'pan'), "NG": lambda: "BVN: " + g.NID(p, 'bvn'),
             "ZA": lambda: "Tax no.: " + g.ref('0#########')}[cc]()
    word, nid = g.national_id(p)
    return f"""The bank's KYC update form keeps rejecting my details. Here's what I typed — any formatting \
mistakes?

Full name (as per ID): {g.name(p, 'upper')}
Date of Birth (DD-MM-YYYY): {g.dob(p, 'dash')}
{word}: {nid}
{extra}
Residential address: {g.address(p, sep=', ', country=False)}
Mobile (linked to account): {g.phone(p)}
Email: {g.email(p)}
Occupation: Self-employed (tailoring)"""


@tpl("test", "devops")
def test_nginx_log(g):
    cc = g.pick(COUNTRIES)
    a, b = g.person(cc), g.person(g.pick(COUNTRIES))
    ips = [g.ip(), g.ip(), g.ip(g.chance(0.5))]
    ea = g.email(a)
    return f"""Our shop's account page is slow for some users. From this access log, who is hitting it, how \
often, and is anything suspicious? Also the last line looks like someone's password ended up in a URL — \
what should we change?

{ips[0]} - - [14/May/2025:09:12:01 +0000] "GET /account?email={ea} HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
{ips[0]} - - [14/May/2025:09:12:04 +0000] "GET /account/orders HTTP/1.1" 200 20411 "-" "Mozilla/5.0"
{ips[1]} - - [14/May/2025:09:13:40 +0000] "POST /login HTTP/1.1" 401 312 "-" "python-requests/2.31"
{ips[1]} - - [14/May/2025:09:13:41 +0000] "POST /login HTTP/1.1" 401 312 "-" "python-requests/2.31"
{ips[2]} - - [14/May/2025:09:15:22 +0000] "GET /account?email={g.email(b)}&pw={g.secret()} HTTP/1.1" 302 0 \
"-" "curl/8.4"
# support note: {g.name(a)} called from {g.phone(a)} about the slow page"""


# ----- dev negatives
@tpl("dev", "neighbourhood", neg="places_as_topics")
def dev_neg_city_compare(g):
    a, b = g.rng.sample([("Leeds", "Headingley", "£950"), ("Bristol", "Bedminster", "£1,300"),
                         ("Galway", "Salthill", "€1,650"), ("Bengaluru", "Koramangala", "₹38,000"),
                         ("Rotterdam", "Kralingen", "€1,400"), ("Kraków", "Kazimierz", "3,600 zł"),
                         ("Adelaide", "Glenelg", "A$2,300"), ("Wellington", "Karori", "NZ$2,500")], 2)
    return f"""I'm writing a blog post for people relocating for work. Compare renting a one-bed flat in \
{a[0]} (say {a[1]}) with {b[0]} (say {b[1]}). Typical rents are about {a[2]} and {b[2]} a month. Cover \
commuting, which neighbourhoods students crowd into, how deposits work in each country and what a newcomer \
should check before signing. Friendly tone, about 600 words, with headings."""


@tpl("dev", "support", neg="places_as_topics")
def dev_neg_office_move(g):
    city, addr = g.pick([("Leeds", "3rd Floor, 20 Wellington Place, Leeds LS1 4AP"),
                         ("Dublin", "Block C, Grand Canal Quay, Dublin 2, D02 X576"),
                         ("Amsterdam", "Stationsplein 12, 1012 AB Amsterdam"),
                         ("Toronto", "Suite 1400, 200 Bay Street, Toronto, ON M5J 2J2")])
    return f"""Draft a customer notice: our {city} returns centre is moving. From \
{g.date('UK', (20, 60), 'long')} please send returns to {addr}. The old warehouse closes a week earlier, \
parcels already in transit will be forwarded automatically. Opening hours stay 9–5 Monday to Friday. Keep \
it under 120 words and add a line about checking the returns portal for the new label."""


@tpl("dev", "legal", neg="public_figures")
def dev_neg_history_essay(g):
    who = g.pick([
        ("Mary Robinson", "born 21 May 1944 in Ballina, County Mayo", "the first woman President of Ireland"),
        ("Nelson Mandela", "born 18 July 1918 in Mvezo", "South Africa's first democratically elected \
president"),
        ("Emmeline Pankhurst", "born 15 July 1858 in Moss Side, Manchester", "the suffragette leader"),
        ("Lech Wałęsa", "born 29 September 1943 in Popowo", "the Solidarity leader and later president"),
    ])
    return f"""Give me an essay plan (intro, three body sections, conclusion) for a Year 11 history essay \
on {who[0]}, {who[2]}. Facts I want to include: {who[0]} was {who[1]}. Focus on how their early life shaped \
their politics, and suggest two primary sources a school library might have."""


@tpl("dev", "school", neg="public_figures")
def dev_neg_quiz(g):
    return """Write 10 pub-quiz questions with answers for a school fundraiser, general knowledge about \
famous people. Include: Ada Lovelace, Seamus Heaney, Wole Soyinka, Greta Thunberg, Roger Federer, Marie \
Curie, Winston Churchill, Frida Kahlo, Pedro Almodóvar and Jacinda Ardern. Mix easy and hard; no trick \
questions."""


@tpl("dev", "shipping", neg="brands_and_products")
def dev_neg_brand_compare(g):
    items = g.pick([
        "Dr. Martens 1460 boots vs Timberland 6-inch boots vs Clarks Desert Boots",
        "Ben & Jerry's, Häagen-Dazs and Magnum for a dessert menu",
        "Ted Baker, Tommy Hilfiger and Ralph Lauren polo shirts for corporate uniforms",
        "Jack Daniel's, Johnnie Walker and Jameson for the bar list",
    ])
    return f"""For our shop's returns analysis: write a short comparison of {items} — which ones customers \
return most often in general (fit, damage, change of mind), and what product-page wording reduces returns. \
Bullet points, no invented statistics."""


@tpl("dev", "devops", neg="brands_and_products")
def dev_neg_assistant_names(g):
    return f"""We're naming the internal projects for next year. Current ones: Project Margaret (billing \
rewrite), Hermes (notifications), Athena (search), and the bot we call "Alexa-for-returns". Marketing wants \
product names that don't clash with Alexa, Siri, Cortana, Claude or Gemini. Suggest 12 names for a parcel-\
tracking assistant, each with a one-line rationale, and flag any that are trademarks. Version \
{g.num(2, 5)}.0 ships in Q{g.num(1, 4)}."""


@tpl("dev", "support", neg="codes_and_ids")
def dev_neg_order_reconcile(g):
    rows = "\n".join(
        f"{g.ref('BP-#######')},{g.ref('1Z###AA##########')},{g.ref('SKU-####-AA')},"
        f"{g.pick(['shipped', 'returned', 'lost', 'refunded'])},{g.num(5, 400)}.{g.num(10, 99)}"
        for _ in range(g.num(4, 7)))
    return f"""Reconcile these rows: which orders are marked refunded but still show a tracking number? \
Output just the order ids.

order_id,tracking,sku,status,amount
{rows}"""


@tpl("dev", "devops", neg="codes_and_ids")
def dev_neg_git_bisect(g):
    h = "".join(g.pick("0123456789abcdef") for _ in range(40))
    u = "-".join("".join(g.pick("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    return f"""git bisect says the first bad commit is {h[:12]} (full {h}). The failing test is \
test_refund_idempotency with request id {u}. Image digest sha256:{h}{h[:24]}. We're on v{g.num(3, 9)}.\
{g.num(0, 20)}.{g.num(0, 9)}, build #{g.num(1000, 9999)}. How do I find which change in that commit broke \
idempotency? Give me the commands."""


@tpl("dev", "recruiting", neg="placeholders")
def dev_neg_mailmerge(g):
    return """Improve this mail-merge template for candidates; keep every placeholder exactly as written.

Subject: Your interview with {{company_name}}

Dear {{first_name}} {{last_name}},

Thank you for applying for the {{job_title}} role. We'd like to invite you to an interview on \
{{interview_date}} at {{interview_time}} at {{office_address}}. If you need adjustments, reply to \
{{recruiter_email}} or call {{recruiter_phone}}.

Please bring photo ID and your {{right_to_work_document}}.

Best wishes,
{{recruiter_name}}"""


@tpl("dev", "pdf_form", neg="placeholders")
def dev_neg_blank_form(g):
    return """Turn this blank paper form into a list of web-form fields with validation rules (type, \
required, format).

NEW PATIENT REGISTRATION
Full name: ______________________   Date of birth: __ / __ / ____
Address: __________________________________   Postcode: ________
Phone: (____) ________   Email: ____________@__________
NHS number (if known): ___ ___ ____
Next of kin name: ____________________   Relationship: __________
[Patient Name] and [Date] go in the footer of every page."""


@tpl("dev", "tenancy", neg="dates_not_birth")
def dev_neg_lease_dates(g):
    start = g.date("UK", (60, 100), "dmy")
    return f"""My tenancy started on {start} for 12 months. The notice period is two months and rent is due \
on the 1st. If I give notice on {g.date('UK', (150, 200), 'dmy')}, what's my last day and how many days' \
rent do I owe for the final partial month? Rent is £1,150 a month. Show the working."""


@tpl("dev", "school", neg="dates_not_birth")
def dev_neg_school_calendar(g):
    return f"""Make a one-page family calendar from these school dates: autumn term starts \
{g.date('UK', (90, 95), 'long')}, half term {g.date('UK', (140, 145), 'long')} to \
{g.date('UK', (146, 150), 'long')}, parents' evening {g.date('UK', (120, 130), 'dmy')}, Christmas concert \
{g.date('UK', (195, 200), 'dmy')}. Also remind me that the school was founded on 14 March 1962 — the 63rd \
anniversary assembly is that week."""


@tpl("dev", "school", neg="fictional_characters")
def dev_neg_bedtime_story(g):
    who = g.pick(["Paddington Bear, who lives with the Browns at 32 Windsor Gardens",
                  "Peppa Pig and George, whose grandpa has a boat",
                  "the Gruffalo and the mouse in the deep dark wood",
                  "Matilda Wormwood and her teacher Miss Honey"])
    return f"""Write a 5-minute bedtime story for a 4-year-old about {who}. The story should involve losing \
a parcel and finding it again, gentle humour, and end with everyone going to sleep."""


@tpl("dev", "legal", neg="fictional_characters")
def dev_neg_book_club(g):
    return g.pick([
        """Book club questions please: Pride and Prejudice. Is Elizabeth Bennet fair to Mr Darcy at \
Netherfield? Was Charlotte Lucas right to marry Mr Collins? Ten questions, some about the Longbourn \
entail.""",
        """For a legal-studies class: was Sherlock Holmes, of 221B Baker Street, breaking the law when he \
burgled Milverton? Write a short mock judgment with Dr Watson as a witness.""",
        """Write discussion questions on Jane Eyre: Mr Rochester's secret at Thornfield Hall, St John \
Rivers' proposal, and Bertha Mason. Eight questions for sixth formers.""",
    ])


@tpl("dev", "shipping", neg="ordinary")
def dev_neg_returns_policy(g):
    return f"""Rewrite our returns policy in plain English, keep it under 200 words:

"Goods may be returned within {g.pick(['14', '28', '30'])} days of receipt provided they are unused and in \
original packaging. Refunds are issued to the original payment method within 10 working days of the return \
being received at our warehouse. Sale items are excluded save where faulty. Return postage is the \
customer's responsibility unless the item is defective.\""""


@tpl("dev", "devops", neg="ordinary")
def dev_neg_sql_help(g):
    return """Write a PostgreSQL query: customers(id, created_at, country_code), orders(id, customer_id, \
total_cents, status, created_at). I need, per country, the share of customers whose first order was \
refunded, for customers created in the last 90 days. Explain the window function you use."""


# ----- test negatives
@tpl("test", "travel", neg="places_as_topics")
def test_neg_itinerary(g):
    route = g.pick(["Kraków, Wrocław and Gdańsk", "Galway, Dingle and Kinsale", "Bologna, Verona and Torino",
                    "Sevilla, Granada and Málaga", "Rotorua, Taupō and Napier", "Cape Town, Stellenbosch \
and Hermanus"])
    return f"""Plan a 7-day trip by train and bus through {route} in late September for two adults. Budget \
mid-range. Include where to stay in each (neighbourhood, not specific hotels), one day trip, and which \
museums need booking in advance."""


@tpl("test", "legal", neg="places_as_topics")
def test_neg_tenancy_law(g):
    pair = g.pick([("Scotland", "England"), ("Ireland", "Northern Ireland"), ("Ontario", "British Columbia"),
                   ("Victoria", "New South Wales"), ("Berlin", "Bavaria")])
    return f"""Explain the main differences in residential tenancy law between {pair[0]} and {pair[1]}: \
notice periods, deposit protection, rent increases and eviction grounds. A table, then three sentences on \
the most recent reforms. Note where the rules changed in the last two years."""


@tpl("test", "school", neg="public_figures")
def test_neg_assembly_quotes(g):
    return g.pick([
        """Find five short quotes for a school assembly on courage — from Seamus Heaney, Wole Soyinka, \
Simone Veil, Malala Yousafzai and Desmond Tutu — and write one sentence after each explaining it for \
10-year-olds.""",
        """Make a timeline of Ernest Shackleton's Endurance expedition for a primary class, with his birth \
in Kilkea, County Kildare in 1874 as the first entry.""",
        """Write a 200-word profile of Marie Skłodowska-Curie, born in Warsaw on 7 November 1867, for a \
science-week display.""",
    ])


@tpl("test", "banking", neg="public_figures")
def test_neg_policy_summary(g):
    topic = g.pick(["Angela Merkel's 2015 refugee policy", "Jacinda Ardern's COVID-19 border measures",
                    "Margaret Thatcher's Right to Buy scheme", "Mario Draghi's 'whatever it takes' speech",
                    "Cyril Ramaphosa's electricity reforms"])
    return f"""Summarise {topic} in 250 words for a reading group: what it was, who supported and opposed \
it, and its longer-term effects on households. Neutral tone and name your sources."""


@tpl("test", "shipping", neg="brands_and_products")
def test_neg_supermarket_compare(g):
    return g.pick([
        """Compare own-brand delivery slots at Tesco, Sainsbury's, Aldi and Lidl for a household of four. \
Which one lets you change the order latest? Also, is Mr Kipling or Mrs Crimble's better for a gluten-free \
bake sale?""",
        """Write product descriptions for our online shop: Uncle Ben's-style microwave rice pouches (we \
can't use that name), Ben's Original and Tilda. Mention why Ben's Original was renamed.""",
        """Which is better value for a small café: a De'Longhi bean-to-cup, a Sage Barista Express or a \
Gaggia Classic? Include maintenance and what Jamie Oliver's restaurants reportedly used.""",
    ])


@tpl("test", "support", neg="brands_and_products")
def test_neg_chatbot_naming(g):
    return """Our support chatbot is called "Ava" and the escalation queue is "Team Oscar". Customers keep \
asking if Ava is a real person. Write a short FAQ answer explaining that Ava is an automated assistant, how \
to reach a human, and how Ava differs from Alexa or Google Assistant. Also suggest whether to rename it to \
something like "Parcel Pal"."""


@tpl("test", "banking", neg="codes_and_ids")
def test_neg_invoice_recon(g):
    rows = "\n".join(f"INV-{g.num(2025000, 2025999)} | PO {g.ref('45########')} | {g.ref('GB###########')} | "
                     f"{g.num(100, 9000)}.{g.num(10, 99)} | {g.pick(['paid', 'overdue', 'disputed'])}"
                     for _ in range(g.num(4, 6)))
    return f"""Which supplier invoices below are overdue and have no matching PO in our system (POs \
starting 4500 are valid)? Return a short list.

invoice | purchase order | supplier VAT no. | amount | status
{rows}"""


@tpl("test", "devops", neg="codes_and_ids")
def test_neg_release_notes(g):
    hashes = ["".join(g.pick("0123456789abcdef") for _ in range(7)) for _ in range(4)]
    return f"""Write release notes for v{g.num(2, 6)}.{g.num(0, 12)}.0 from these commits; group by \
feature/fix:

{hashes[0]} fix: tracking webhook retries on HTTP 429 (ERR-{g.num(1000, 9999)})
{hashes[1]} feat: returns label QR codes, order id format RMA-########
{hashes[2]} chore: bump node 20.11.1 -> 20.12.2, lockfile sha512 updated
{hashes[3]} fix: UUID v7 ids for new shipments (e.g. 01890a5d-ac96-774b-bcce-b302099a8057)"""


@tpl("test", "tenancy", neg="placeholders")
def test_neg_letter_brackets(g):
    return """Check this section-21-style notice template for missing fields — don't fill anything in.

To: [Tenant Name(s)]
Of: [Property Address, including postcode]
From: [Landlord Name], [Landlord Address]

I/We give you notice that I/we require possession of the dwelling known as [Property Address] after [Date — \
at least two months from service]. Date of birth of lead tenant (for our records): [DD/MM/YYYY].
Signed: ____________________   Print name: <LANDLORD_FULL_NAME>   Tel: <PHONE>"""


@tpl("test", "support", neg="placeholders")
def test_neg_macro_template(g):
    return """Make this support macro warmer without losing the variables:

Hi ${customer.first_name},

Sorry your order ${order.id} hasn't arrived. We've checked with the courier and it's on its way to \
${shipping.address_line1}, ${shipping.city} ${shipping.postcode}. If it isn't with you by ${eta}, reply \
here or call ${support.phone}. Your case number is ${ticket.number}.

${agent.first_name}
Customer Care"""


@tpl("test", "insurance", neg="dates_not_birth")
def test_neg_warranty_calc(g):
    return f"""I bought a washing machine on {g.date('UK', (-400, -300), 'long')} with a 2-year warranty \
and the drum failed on {g.date('UK', (-10, 0), 'long')}. The shop says the warranty started on the delivery \
date, {g.date('UK', (-295, -290), 'long')}. Am I still covered, and what does consumer law in the UK add on \
top of the warranty? Short answer please."""


@tpl("test", "recruiting", neg="dates_not_birth")
def test_neg_project_timeline(g):
    return f"""Turn these hiring milestones into a Gantt-style text table: job ad live \
{g.date('UK', (0, 5), 'iso')}; applications close {g.date('UK', (20, 25), 'iso')}; first interviews \
{g.date('UK', (30, 35), 'iso')} to {g.date('UK', (36, 40), 'iso')}; offer by \
{g.date('UK', (50, 55), 'iso')}; start date {g.date('UK', (90, 100), 'iso')}. Flag if any step has under \
five working days."""


@tpl("test", "school", neg="fictional_characters")
def test_neg_fanfic(g):
    return g.pick([
        """Write a funny letter from Hogwarts to Harry Potter at 4 Privet Drive, Little Whinging, Surrey, \
complaining that his owl keeps delivering parcels to the Dursleys. 150 words.""",
        """Write a short scene where Bilbo Baggins of Bag End, Hobbiton, tries to return a ring he bought \
online. Gandalf works in customer service.""",
        """Anne Shirley writes to Marilla Cuthbert from Redmond College about her landlady at Patty's \
Place. Write the letter in Anne's voice, 200 words.""",
    ])


@tpl("test", "neighbourhood", neg="fictional_characters")
def test_neg_soap_recap(g):
    return g.pick([
        """Recap the last series of Neighbours for my gran: what happened to Harold Bishop and Lou \
Carpenter on Ramsay Street? Keep it to a paragraph.""",
        """Write a quiz about Coronation Street: Ken Barlow, Rita Sullivan, the Rovers Return. Ten \
questions.""",
        """Explain the plot of Fawlty Towers for someone who's never seen it: Basil, Sybil, Manuel and the \
hotel in Torquay.""",
    ])


@tpl("test", "neighbourhood", neg="ordinary")
def test_neg_meeting_agenda(g):
    return f"""Draft an agenda for the owners' association AGM: treasurer's report, service charge increase \
({g.num(3, 9)} %), the bin store repairs, EV charging points in the car park, any other business. 60 \
minutes total; suggest timings and a short note to send with it."""


@tpl("test", "devops", neg="ordinary")
def test_neg_python_bug(g):
    return """Why does this raise KeyError sometimes?

def parcel_status(events):
    latest = {}
    for e in events:
        latest[e["parcel_id"]] = e
    return {pid: latest[pid]["status"] for pid in sorted(latest, key=lambda p: latest[p]["ts"])}

Traceback (most recent call last):
  File "tracking.py", line 41, in summarise
    return parcel_status(batch)[parcel]
KeyError: 'PX-000731'"""


# ---------------------------------------------------------------------------------------------------------
def _plan(half: str, n: int, seed: int) -> list[Template]:
    """Which template writes each record: every fourth record a negative (classes in turn), the positives from
    a shuffled queue of the half's positive templates, refilled when empty."""
    rng = random.Random(f"c17-plan|{seed}|{half}")
    mine = sorted((t for t in TEMPLATES if t.half == half), key=lambda t: t.name)
    queues: dict[str, list[Template]] = {}

    def take(key: str) -> Template:
        q = queues.setdefault(key, [])
        if not q:
            q.extend(t for t in mine if (t.neg_class or "positive") == key)
            rng.shuffle(q)
        return q.pop()

    classes = list(NEG_CLASSES)
    rng.shuffle(classes)
    out, k = [], 0
    for i in range(n):
        if i % 4 == 3:
            out.append(take(classes[k % len(classes)]))
            k += 1
        else:
            out.append(take("positive"))
    return out


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}")
    n = SIZES[half] if n is None else n
    out = []
    for i, t in enumerate(_plan(half, n, seed)):
        for attempt in range(80):
            g = Gen(random.Random(f"c17|{seed}|{half}|{i}|{attempt}"), half)
            text, spans = to_record(t.fn(g))
            if not problems(text, spans):
                break
        else:
            raise RuntimeError(f"{t.name}: no clean draw ({problems(text, spans)})")
        kind = "negative" if t.neg_class else "positive"
        assert (kind == "negative") == (not spans), t.name
        meta = {"template": t.name, "kind": kind, "theme": t.theme}
        if t.neg_class:
            meta["neg_class"] = t.neg_class
        else:
            meta["cultures"] = sorted(set(g.cultures_used))
            meta["countries"] = sorted(set(g.countries_used))
            meta["checks"] = g.checks
        out.append({"id": f"c17-{half}-{i}", "text": text, "spans": spans, "meta": meta})
    return out


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
