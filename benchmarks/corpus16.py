"""corpus16: one company's week of AI prompts, by department (a sixteenth author, who never read the \
scrubber).

The prompts employees of one mid-size international company paste into ChatGPT, Claude, Gemini or Copilot
in a week: engineering, sales, marketing, finance, HR, legal, support, the executive office and IT. Each
prompt is an instruction plus pasted material (e-mail threads, CRM exports, logs, SQL results, config,
letters, chat transcripts, tables). 40 % are negatives (no personal data): 60 % of them ordinary prompts,
the rest look-alikes by ``neg_class``. Names are typed by hand (57 cultures), never drawn from a library.

Two halves with disjoint templates, name/street/town/company/vendor pools and secret values:
``python -m benchmarks.corpus16 --half dev|test [--n N] [--seed S]`` prints JSONL.
"""

import datetime
import random
import re
import string
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 360, "test": 360}
DEFAULT_SEED = 1616
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
    "brands_and_products",
    "public_figures_as_topics",
    "places_as_topics",
    "codes_and_ids",
    "placeholders",
    "dates_not_birth",
)
DEPTS = ("engineering", "sales", "marketing", "finance", "hr", "legal", "support", "exec", "it")
OTHER_LANGS = ("de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr")
LANGS = ("en",) + OTHER_LANGS

# ---------------------------------------------------------------------------------------------------------
# Markup: templates write labelled values as L(type, value); parse() turns the markup into text and spans.
_O, _M, _C = "\ue000", "\ue001", "\ue002"
_MARK = re.compile(_O + r"(\w+)" + _M + "(.*?)" + _C, re.S)


def L(kind: str, value: str) -> str:
    assert kind in TYPES and value and value == value.strip(), (kind, value)
    return f"{_O}{kind}{_M}{value}{_C}"


def P(v):
    return L("PERSON", v)  # noqa: E704


def E(v):
    return L("EMAIL_ADDRESS", v)  # noqa: E704


def T(v):
    return L("PHONE_NUMBER", v)  # noqa: E704


def A(v):
    return L("LOCATION", v)  # noqa: E704


def B(v):
    return L("DATE_OF_BIRTH", v)  # noqa: E704


def K(v):
    return L("SECRET", v)  # noqa: E704


def IPA(v):
    return L("IP_ADDRESS", v)  # noqa: E704


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip the markup: the plain text and its spans, in order."""
    out, spans, pos = [], [], 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        start = sum(map(len, out))
        out.append(m.group(2))
        spans.append(
            {"start": start, "end": start + len(m.group(2)), "type": m.group(1), "value": m.group(2)}
        )
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert _O not in text and _M not in text and _C not in text
    return text, spans


# ---------------------------------------------------------------------------------------------------------
# Check digits.
def luhn_ok(v: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", v)]
    if len(d) < 2:
        return False
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        s += x
    return s % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(v: str) -> bool:
    s = v.replace(" ", "").upper()
    return len(s) > 14 and s[:2].isalpha() and _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a < "900" and g != "00" and s != "0000"


_VERHOEFF_D = [
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
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_ok(v: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(re.sub(r"\D", "", v))):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def steuerid_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = sorted((d[:10].count(x) for x in set(d[:10])), reverse=True)
    if counts[0] not in (2, 3) or counts[1] != 1:
        return False
    prod = 10
    for ch in d[:10]:
        s = (int(ch) + prod) % 10 or 10
        prod = (s * 2) % 11
    return (11 - prod) % 10 == int(d[10])


def nir_ok(v: str) -> bool:
    d = re.sub(r"\s", "", v)
    return bool(re.fullmatch(r"[12]\d{14}", d)) and 97 - int(d[:13]) % 97 == int(d[13:])


def dni_ok(v: str) -> bool:
    s = v.replace("-", "").replace(" ", "").upper()
    s2 = {"X": "0", "Y": "1", "Z": "2"}.get(s[0], s[0]) + s[1:]
    return bool(re.fullmatch(r"\d{8}[A-Z]", s2)) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(s2[:8]) % 23] == s2[8]


_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
        + [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
        strict=False,
    )
)


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def cf_ok(v: str) -> bool:
    s = v.upper()
    if not re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    tot = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(s[:15]))
    return chr(65 + tot % 26) == s[15]


def bsn_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if len(d) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def nif_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if len(d) != 9 or d[0] not in "123":
        return False
    r = 11 - sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=False)) % 11
    return (0 if r >= 10 else r) == int(d[8])


def pesel_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if len(d) != 11:
        return False
    s = sum(int(c) * w for c, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=False))
    return (10 - s % 10) % 10 == int(d[10])


def pnr_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if len(d) == 12:
        d = d[2:]
    return len(d) == 10 and luhn_ok(d)


def tckn_ok(v: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", v)]
    if len(d) != 11 or d[0] == 0:
        return False
    return (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def cpf_ok(v: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", v)]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        r = sum(x * w for x, w in zip(d[:n], range(n + 1, 1, -1), strict=False)) * 10 % 11 % 10
        if r != d[n]:
            return False
    return True


def sin_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


def tfn_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    return (
        len(d) == 9
        and sum(int(c) * w for c, w in zip(d, (1, 4, 3, 7, 5, 8, 6, 9, 10), strict=False)) % 11 == 0
    )


def za_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    return len(d) == 13 and luhn_ok(d)


def pps_ok(v: str) -> bool:
    s = v.replace(" ", "").upper()
    m = re.fullmatch(r"(\d{7})([A-W])([AWTXZ]?)", s)
    if not m:
        return False
    tot = sum(int(c) * w for c, w in zip(m.group(1), range(8, 1, -1), strict=False))
    if m.group(3):
        tot += 9 * (ord(m.group(3)) - 64 if m.group(3) != "W" else 0)
    return "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23] == m.group(2)


def nino_ok(v: str) -> bool:
    s = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


CHECKS: dict[str, Callable[[str], bool]] = {
    "card": luhn_ok,
    "iban": iban_ok,
    "ssn": ssn_ok,
    "aadhaar": verhoeff_ok,
    "steuerid": steuerid_ok,
    "nir": nir_ok,
    "dni": dni_ok,
    "nie": dni_ok,
    "cf": cf_ok,
    "bsn": bsn_ok,
    "nif": nif_ok,
    "pesel": pesel_ok,
    "pnr": pnr_ok,
    "tckn": tckn_ok,
    "cpf": cpf_ok,
    "sin": sin_ok,
    "tfn": tfn_ok,
    "za_id": za_ok,
    "pps": pps_ok,
    "nino": nino_ok,
}


# ---------------------------------------------------------------------------------------------------------
# People, typed by hand. Each line: culture, home country, female given names | male given names | surnames
# ("m/f" when the surname has a male and a female form). Even positions go to dev, odd ones to test.
_CULTURES = """
us|us|Rose,Hope,Summer,Brooke|Bill,Mark,Frank,Tyler|Page,Young,Brown,Grant,Whitaker,Caldwell
african_american|us|Latoya,Shanice,Imani,Keisha|DeShawn,Jamal,Tyrell,Darnell|Washington,Jefferson,Banks,Freeman,Booker,Merriweather
english|uk|Harriet,Imogen,Poppy,Georgina|Oliver,Rupert,Alfie,Barnaby|Ashworth,Pemberton,Fairclough,Thwaite,Hollins,Barraclough
scottish|uk|Isla,Morag,Eilidh,Fiona|Hamish,Callum,Angus,Ewan|MacLeod,McAllister,Drummond,Buchanan,Fraser,Urquhart
irish|ie|Siobhán,Aoife,Niamh,Caoimhe|Ciarán,Pádraig,Oisín,Darragh|O'Sullivan,Ó \
Briain,Fitzgerald,Donnelly,Kavanagh,Mac Giolla
welsh|uk|Cerys,Angharad,Rhiannon,Seren|Dafydd,Rhys,Gethin,Iestyn|Llewellyn,Pritchard,Vaughan,Prosser,Bevan,Howells
german|de|Annika,Friederike,Mareike,Jutta|Jörg,Matthias,Lukas,Till|Schäfer,von \
Briesen,Hoffmann,Brandtner,Kießling,Weißenborn
swiss|ch|Gerlinde,Vreni,Ursina,Seraina|Florian,Urs,Reto,Alois|Gruber,Oberholzer,Zürcher,Huber,Steiner,Brunner
french|fr|Ségolène,Maëlle,Capucine,Océane|Benoît,Jérôme,Théo,Gaëtan|Lefèvre,de La \
Rochère,Dupuis,Chevalier,Garnier,Lemoine
flemish|be|Lieve,Griet,Ilse,Hanne|Wouter,Pieter-Jan,Koen,Joris|Vandenbroucke,De \
Smet,Peeters,Verhaegen,Claeys,Maes
dutch|nl|Marieke,Sanne,Femke,Anouk|Bram,Sjoerd,Joost,Thijs|van der Berg,de Vries,Bakker,Visser,van \
Dijk,Hoekstra
spanish|es|María José,Nerea,Itziar,Lucía|Íñigo,Álvaro,Javier,Sergio|Fernández,Ruiz de \
Alda,Etxeberria,Castillo,Morales,Gutiérrez
catalan|es|Montserrat,Núria,Mireia,Laia|Jordi,Pau,Oriol,Quim|Vilaseca,Casals,Ferrer,Bosch,Riera,Sala
portuguese|pt|Inês,Leonor,Beatriz,Joana|João,Tiago,Rui,Duarte|Magalhães,Gonçalves,Sousa,Carvalho,Teixeira,Pinto
brazilian|br|Thaís,Luana,Raíssa,Gabriela|Thiago,Caio,Renan,Wesley|dos \
Santos,Nascimento,Oliveira,Rodrigues,Barbosa,Cavalcanti
mexican|mx|Guadalupe,Ximena,Citlali,Maricela|Rigoberto,Jesús,Emiliano,Arturo|Hernández,Ramírez,Villaseñor,Zamora,Olvera,Treviño
argentine|ar|Florencia,Agustina,Milagros,Rocío|Facundo,Nahuel,Gonzalo,Santiago|Echeverría,Giménez,Quiroga,Benítez,Lombardi,Sosa
italian|it|Chiara,Giulia,Francesca,Benedetta|Gianluca,Matteo,Lorenzo,Pierpaolo|Esposito,Di \
Stefano,Russo,Bernardi,Colombo,D'Angelo
greek|gr|Eleni,Dimitra,Katerina,Vasiliki|Giorgos,Nikos,Konstantinos,Stavros|Papadakis,Karagiannis,Oikonomou,Georgiou,Vlachos,Antoniou
polish|pl|Agnieszka,Małgorzata,Zofia,Katarzyna|Grzegorz,Łukasz,Wojciech,Paweł|Kowalczyk,Wiśniewski/Wiśniewska,Wójcik,Krawczyk,Pietrzak,Zieliński/Zielińska
czech|cz|Kateřina,Lenka,Tereza,Zuzana|Jiří,Tomáš,Ondřej,Vojtěch|Dvořák/Dvořáková,Procházka/Procházková,Černý/Černá,Svoboda/Svobodová,Kratochvíl/Kratochvílová,Veselý/Veselá
hungarian|hu|Zsófia,Réka,Boglárka,Enikő|Bence,Levente,Gergő,Attila|Nagy,Kovács,Szabó,Tóth,Horváth,Fekete
romanian|ro|Ioana,Mihaela,Roxana,Bianca|Radu,Mihai,Ionuț,Bogdan|Popescu,Dumitrescu,Ionescu,Constantinescu,Stan,Munteanu
russian|de|Svetlana,Anastasia,Yekaterina,Olga|Dmitri,Sergei,Aleksandr,Vladislav|Ivanov/Ivanova,Smirnov/Smirnova,Kuznetsov/Kuznetsova,Volkov/Volkova,Sokolov/Sokolova,Lebedev/Lebedeva
ukrainian|pl|Oksana,Iryna,Khrystyna,Solomiia|Taras,Bohdan,Andriy,Yaroslav|Shevchenko,Kovalenko,Bondarenko,Tkachuk,Melnyk,Kravchenko
swedish|se|Linnea,Ingrid,Saga,Ebba|Björn,Gustav,Elias,Oskar|Lindqvist,Sjöberg,Åkesson,Bergström,Nyström,Holmgren
norwegian|se|Solveig,Ragnhild,Sigrid,Tuva|Eirik,Håkon,Sindre,Torbjørn|Haugen,Bakke,Solberg,Strand,Fjeld,Grønvold
danish|de|Mette,Signe,Birgitte,Freja|Søren,Mads,Rasmus,Anders|Kjærgaard,Thomsen,Madsen,Østergaard,Dalsgaard,Lauridsen
finnish|se|Aino,Liisa,Sanna,Kaisa|Juha,Teemu,Matti,Ville|Virtanen,Mäkinen,Korhonen,Heikkinen,Lehtonen,Räsänen
turkish|tr|Ayşe,Elif,Zeynep,Gülşen|Mehmet,Emre,Barış,Oğuz|Yılmaz,Demir,Öztürk,Çelik,Aydın,Kaya
arab|ae|Fatima,Noura,Layla,Rania|Khalid,Omar,Yousef,Tariq|Al-Mansouri,Haddad,Al Nuaimi,Khoury,Saleh,Al-Hashimi
egyptian|eg|Mariam,Yasmin,Heba,Dina|Mostafa,Karim,Amr,Sherif|Abdel-Rahman,El-Sayed,Fathy,Mahmoud,Soliman,Ragab
moroccan|fr|Khadija,Salma,Houda,Zineb|Youssef,Hamza,Anass,Mehdi|Benjelloun,El \
Amrani,Tazi,Bennani,Alaoui,Chraibi
persian|de|Shirin,Parisa,Nasrin,Roya|Dariush,Kian,Arash,Behnam|Farahani,Tehrani,Mohammadi,Rostami,Karimi,Jafari
israeli|il|Noa,Tamar,Yael,Shira|Itai,Eyal,Noam,Avi|Ben-David,Mizrahi,Peretz,Friedman,Avraham,Katz
hindi|in|Priya,Ananya,Kavita,Neha|Rohan,Vikram,Arjun,Siddharth|Sharma,Agarwal,Malhotra,Chaturvedi,Srivastava,Kapoor
tamil|in|Lakshmi,Meenakshi,Kavya,Divya|Karthik,Senthil,Murugan,Venkatesh|Subramanian,Ramasamy,Krishnamurthy,Natarajan,Arumugam,Pillai
bengali|in|Rituparna,Moumita,Sreyashi,Tanushree|Sourav,Arnab,Debashish,Anirban|Chatterjee,Bhattacharya,Mukherjee,Banerjee,Ghosh,Sengupta
punjabi|ca|Harpreet,Simran,Jaspreet,Gurleen|Gurpreet,Manpreet,Harjit,Amrit|Sandhu,Dhillon,Gill,Grewal,Sidhu,Bains
pakistani|uk|Ayesha,Sana,Hira,Mehwish|Bilal,Usman,Faisal,Hamid|Qureshi,Chaudhry,Siddiqui,Butt,Abbasi,Malik
chinese|cn|Xiaoling,Meiling,Jing,Yuting|Wei,Hao,Jianguo,Zhiwei|Zhang,Liu,Chen,Huang,Zhao,Xu
cantonese|hk|Suet Yee,Pui Shan,Hoi Yan,Ka Man|Chi Keung,Wing Hong,Kwok Wai,Siu \
Ming|Chan,Wong,Leung,Cheung,Lau,Ng
japanese|jp|Yuki,Haruka,Aiko,Natsumi|Takeshi,Kenji,Hiroshi,Daisuke|Tanaka,Watanabe,Yamamoto,Nakamura,Kobayashi,Fujimoto
korean|kr|Ji-woo,Seo-yeon,Min-ji,Eun-ji|Min-jun,Ji-hoon,Hyun-woo,Sung-min|Kim,Park,Choi,Jung,Kang,Yoon
vietnamese|au|Thảo,Ngọc Anh,Thu Trang,Lan|Minh Tuấn,Quang Huy,Đức Thắng,Văn Long|Nguyễn,Trần,Lê,Phạm,Hoàng,Võ
thai|th|Siriporn,Kanokwan,Pimchanok,Nattaya|Somchai,Thanawat,Kittipong,Chaiwat|Srisuk,Wongsawat,Charoensuk,Rattanakorn,Boonmee,Thongchai
filipino|ph|Maricel,Rowena,Jhoanna,Analyn|Jericho,Rodel,Ramil,Jomar|dela \
Cruz,Bautista,Mercado,Villanueva,Macaraeg,Lacson
indonesian|id|Dewi,Sri \
Wahyuni,Putri,Ratna|Budi,Agus,Eko,Bambang|Santoso,Wibowo,Hartono,Kusuma,Setiawan,Nugroho
yoruba|ng|Adebola,Folake,Titilayo,Omolara|Oluwaseun,Babatunde,Adewale,Kayode|Adeyemi,Ogunleye,Adebayo,Olawale,Akinola,Fashola
igbo|ng|Chiamaka,Ngozi,Adaeze,Ifeoma|Chidi,Emeka,Obinna,Chukwuemeka|Okafor,Eze,Nwosu,Okonkwo,Obi,Anyanwu
hausa|ng|Hauwa,Zainab,Amina,Hadiza|Abubakar,Musa,Ibrahim,Sani|Bello,Danjuma,Abdullahi,Garba,Yusuf,Lawal
akan|uk|Akosua,Abena,Efua,Adwoa|Kwame,Kofi,Yaw,Kwabena|Mensah,Owusu,Boateng,Asante,Ofori,Appiah
kenyan|ke|Wanjiku,Njeri,Akinyi,Atieno|Kamau,Otieno,Kiprono,Mwangi|Kariuki,Odhiambo,Wafula,Njoroge,Chebet,Omondi
nguni|za|Nomvula,Thandeka,Lindiwe,Zanele|Sipho,Thabo,Mandla,Bongani|Dlamini,Ndlovu,Khumalo,Mthembu,Zungu,Mokoena
afrikaans|za|Marietjie,Annelie,Elna,Riana|Pieter,Johan,Hennie,Wikus|van der Merwe,Botha,du \
Plessis,Pretorius,Venter,Coetzee
ethiopian|us|Selamawit,Tigist,Meron,Hiwot|Dawit,Yonas,Tesfaye,Abebe|Gebremedhin,Tadesse,Bekele,Alemu,Wolde,Mengistu
maori|au|Aroha,Mere,Ngaio,Hinewai|Tama,Wiremu,Rawiri,Nikau|Ngata,Parata,Tipene,Horomona,Tamihana,Whaanga
balkan|de|Ivana,Jelena,Marija,Snežana|Dragan,Goran,Nikola,Zoran|Horvat,Jovanović,Petrović,Kovačević,Babić,Marković
"""
# Surname-first cultures: the full name is written "Surname Given".
SURNAME_FIRST = frozenset({"hungarian", "chinese", "cantonese", "korean", "vietnamese"})
PARTICLES = frozenset({"van", "der", "de", "von", "la", "dos", "du", "dela", "al", "el", "mac", "ó", "di"})


@dataclass(frozen=True)
class Culture:
    name: str
    country: str
    female: tuple
    male: tuple
    surnames: tuple


def _split(seq, half: str) -> list:
    return list(seq[0::2] if half == "dev" else seq[1::2])


def cultures(half: str) -> list[Culture]:
    out = []
    for line in _CULTURES.strip().splitlines():
        name, country, rest = line.split("|", 2)
        f, m, s = (x.split(",") for x in rest.split("|"))
        out.append(
            Culture(name, country, tuple(_split(f, half)), tuple(_split(m, half)), tuple(_split(s, half)))
        )
    return out


def name_pool(half: str) -> set[str]:
    """Every given name and surname form of ``half``."""
    out = set()
    for c in cultures(half):
        out.update(c.female + c.male)
        for s in c.surnames:
            out.update(s.split("/"))
    return out


def name_tokens(half: str) -> set[str]:
    return {w for x in name_pool(half) for w in x.split() if w.lower() not in PARTICLES}


# The company (one per half) and the firms its people deal with.
COMPANY = {"dev": ("Quillmark Labs", "quillmark.io"), "test": ("Ferrosa Industries", "ferrosa.com")}
_FIRMS = [
    "Brightcove Freight",
    "Norrland Timber AB",
    "Kestrel Dynamics",
    "Azurite Payments",
    "Halcyon Foods",
    "Tidewater Analytics",
    "Ironclad Legal LLP",
    "Bluebeam Optics",
    "Silverpine Hotels",
    "Orchard Robotics",
    "Marlowe & Finch Ltd",
    "Cascadia Solar",
    "Vektor Maschinenbau GmbH",
    "Lumen Textiles",
    "Copperleaf Media",
    "Stratus Insurance",
    "Papillon Cosmétiques SAS",
    "Redfern Outdoor",
    "Nordvik Shipping",
    "Granary Retail",
    "Pulsewave Health",
    "Terracotta Interiors",
    "Oakhurst Capital",
    "Zephyr Mobility",
]
_VENDORS = [
    "Atlas Print Co",
    "Greenline Catering",
    "Byteforge Hosting",
    "Clearwater Office Supplies",
    "Sparrow Couriers",
    "Helix Recruitment",
    "Pinnacle AV Rentals",
    "Lakeshore Cleaning Services",
    "Northwind Travel Desk",
    "Ridgeback Security",
    "Mosaic Translations",
    "Quarry Hill Facilities",
]
_PERSONAL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.de",
    "orange.fr",
    "libero.it",
    "hotmail.es",
    "wp.pl",
    "ziggo.nl",
    "sapo.pt",
    "icloud.com",
    "hotmail.com",
    "proton.me",
    "btinternet.com",
    "t-online.de",
    "free.fr",
    "yahoo.com",
    "rediffmail.com",
    "bigpond.com",
    "telia.com",
    "mail.ru",
    "uol.com.br",
    "gmx.at",
]


def firms(half: str) -> list[str]:
    return _split(_FIRMS, half)


def vendors(half: str) -> list[str]:
    return _split(_VENDORS, half)


def _fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("å", "a")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _slug(s: str, keep_hyphen: bool = False) -> str:
    s = _fold(s).replace("'", "")
    return re.sub(
        r"[^a-z0-9-]" if keep_hyphen else r"[^a-z0-9]", "", s.replace(" ", "-" if keep_hyphen else "")
    )


def _domain_of(firm: str) -> str:
    words = [
        w for w in re.findall(r"[A-Za-zÀ-ÿ]+", firm) if w not in ("Ltd", "LLP", "GmbH", "AB", "SAS", "Co")
    ]
    tld = {"GmbH": ".de", "AB": ".se", "SAS": ".fr"}.get(firm.split()[-1], ".com")
    return _fold(words[0]) + ("-" + _fold(words[1]) if len(words) > 1 else "") + tld


# ---------------------------------------------------------------------------------------------------------
# Phones: '#' any digit, 'A' 2-9, 'B' 6-9.
PHONES = {
    "us": ["(A##) A##-####", "A##-A##-####", "+1 A##-A##-####", "A##.A##.####", "+1 (A##) A##-####"],
    "ca": ["(A##) A##-####", "A##-A##-####", "+1 A##-A##-####"],
    "uk": ["07### ######", "+44 7### ######", "+44 (0)20 7### ####", "0161 A## ####", "07###-###-###"],
    "ie": ["087 ### ####", "+353 86 ### ####", "+353 1 A## ####"],
    "de": ["+49 151 ########", "0171 #######", "+49 (0)30 A#######", "0176/########", "+49 89 A######"],
    "ch": ["+41 79 ### ## ##", "079 ### ## ##"],
    "fr": ["06 ## ## ## ##", "+33 6 ## ## ## ##", "07 ## ## ## ##", "+33 (0)1 ## ## ## ##"],
    "be": ["+32 47# ## ## ##", "049# ## ## ##"],
    "nl": ["06-########", "+31 6 ########", "+31 (0)20 A## ####", "06 ## ## ## ##"],
    "es": ["6## ### ###", "+34 6## ## ## ##", "+34 91 A## ## ##"],
    "pt": ["91# ### ###", "+351 93# ### ###"],
    "br": ["(11) 9####-####", "+55 21 9####-####"],
    "mx": ["+52 55 A### ####", "55 A### ####"],
    "ar": ["+54 9 11 A###-####"],
    "it": ["3## ### ####", "+39 34# #######", "+39 02 A### ####"],
    "gr": ["+30 69# ### ####"],
    "pl": ["+48 5## ### ###", "6## ### ###", "+48 22 A## ## ##"],
    "cz": ["+420 6## ### ###", "7## ### ###"],
    "hu": ["+36 30 A## ####", "+36 20 A## ####"],
    "ro": ["+40 7## ### ###", "07## ### ###"],
    "se": ["07#-### ## ##", "+46 7# ### ## ##", "08-A## ### ##"],
    "tr": ["+90 5## ### ## ##", "05## ### ## ##", "0 (5##) ### ## ##"],
    "ae": ["+971 5# ### ####", "05# ### ####"],
    "eg": ["+20 10 #### ####"],
    "il": ["+972 5#-###-####", "05#-###-####"],
    "in": ["+91 B#### #####", "+91-B####-#####", "B#########", "+91 80 A### ####"],
    "cn": ["+86 13# #### ####", "139 #### ####"],
    "hk": ["+852 9### ####", "+852 6### ####"],
    "jp": ["+81 90-####-####", "090-####-####"],
    "kr": ["+82 10-####-####", "010-####-####"],
    "au": ["04## ### ###", "+61 4## ### ###", "(02) 9### ####"],
    "th": ["+66 8# ### ####"],
    "ph": ["+63 917 ### ####", "0917 ### ####"],
    "id": ["+62 812-####-####"],
    "ng": ["080# ### ####", "+234 80# ### ####", "+234 (0)70# ### ####"],
    "ke": ["+254 7## ### ###", "07## ######"],
    "za": ["08# ### ####", "+27 8# ### ####", "+27 (0)21 A## ####"],
}

# Addresses: per country, streets and towns (town, region/postcode seed); halves take alternate entries.
STREETS = {
    "us": [
        "Bellwood Ave",
        "Larch Hollow Rd",
        "Pembrook Ln",
        "Quarry Ridge Dr",
        "Tamarind Ct",
        "Elmcroft St",
        "Sycamore Bend Way",
        "Old Mill Pkwy",
    ],
    "uk": [
        "Larkspur Close",
        "Fennel Road",
        "Whitacre Lane",
        "Copperfield Mews",
        "Heathbank Avenue",
        "Rookery Gardens",
        "Bramley Crescent",
        "Sandpiper Way",
    ],
    "ie": ["Glenageary Park", "Ashgrove Lawn", "Mount Prospect Drive", "Willowfield Terrace"],
    "de": [
        "Lindenstraße",
        "Am Mühlbach",
        "Kastanienallee",
        "Hebelstraße",
        "Gartenweg",
        "Wiesenstraße",
        "Birkenhof",
        "Uhlandstraße",
    ],
    "fr": [
        "rue des Tanneurs",
        "impasse des Lilas",
        "boulevard de la Liberté",
        "rue du Four",
        "allée des Peupliers",
        "chemin des Vignes",
    ],
    "es": [
        "Calle del Pez",
        "Avenida de la Albufera",
        "Calle Mayor",
        "Carrer de Verdi",
        "Calle de las Huertas",
        "Calle del Olivo",
    ],
    "it": ["Via dei Mille", "Viale Monza", "Via della Spiga", "Via Nizza", "Via dei Tigli", "Corso Magenta"],
    "nl": ["Prinsengracht", "Oudegracht", "Molenstraat", "Vondelstraat", "Zeestraat", "Nieuwe Binnenweg"],
    "pt": [
        "Rua de Santa Catarina",
        "Avenida da Boavista",
        "Travessa do Carmo",
        "Rua das Flores",
        "Rua do Almada",
        "Rua da Alegria",
    ],
    "br": [
        "Rua das Palmeiras",
        "Rua Haddock Lobo",
        "Avenida Atlântica",
        "Rua Padre Chagas",
        "Rua dos Andradas",
        "Rua Tabapuã",
    ],
    "pl": [
        "ul. Mokotowska",
        "ul. Długa",
        "ul. Piotrkowska",
        "al. Grunwaldzka",
        "ul. Świętojańska",
        "ul. Kwiatowa",
    ],
    "se": ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Ringvägen", "Linnégatan"],
    "tr": [
        "Bağdat Cad.",
        "Moda Cad.",
        "Cumhuriyet Cad.",
        "Nispetiye Cad.",
        "Halaskargazi Cad.",
        "Fenerbahçe Sok.",
    ],
    "in": ["14th Cross Road", "Linking Road", "Hill Road", "Park Street", "2nd Main Road", "Ring Road"],
    "au": ["Wattle St", "Banksia Ave", "Jacaranda Pde", "Kookaburra Cres", "Bottlebrush Dr", "Ironbark Rd"],
    "ca": ["Maple Crescent", "Birchmount Rd", "Kingsway", "Lakeshore Blvd W", "Elgin St", "Tamarack Dr"],
    "za": ["Protea Rd", "Jacaranda Ave", "Main Rd", "Oxford Rd", "Beach Rd", "Church St"],
    "ng": [
        "Ogunlana Drive",
        "Admiralty Way",
        "Allen Avenue",
        "Awolowo Road",
        "Ajose Adeogun Street",
        "Coker Road",
    ],
}
TOWNS = {
    "us": [
        ("Dayton", "OH", "454"),
        ("Lakewood", "CO", "802"),
        ("Round Rock", "TX", "786"),
        ("Bethesda", "MD", "208"),
        ("Olathe", "KS", "660"),
        ("Renton", "WA", "980"),
        ("Decatur", "GA", "300"),
        ("Plano", "TX", "750"),
    ],
    "uk": [
        ("Didsbury", "Manchester", "M20"),
        ("Headingley", "Leeds", "LS6"),
        ("Harborne", "Birmingham", "B17"),
        ("Clifton", "Bristol", "BS8"),
        ("Jesmond", "Newcastle upon Tyne", "NE2"),
        ("Stockbridge", "Edinburgh", "EH3"),
        ("Walthamstow", "London", "E17"),
        ("Roath", "Cardiff", "CF24"),
    ],
    "ie": [
        ("Ballincollig", "Co. Cork", "P31"),
        ("Dundrum", "Dublin 14", "D14"),
        ("Salthill", "Galway", "H91"),
        ("Castletroy", "Limerick", "V94"),
    ],
    "de": [
        ("Bamberg", "", "96047"),
        ("Tübingen", "", "72070"),
        ("Lüneburg", "", "21335"),
        ("Erlangen", "", "91052"),
        ("Gießen", "", "35390"),
        ("Konstanz", "", "78462"),
        ("Fürth", "", "90762"),
        ("Wetzlar", "", "35578"),
    ],
    "fr": [
        ("Villeurbanne", "", "69100"),
        ("Montreuil", "", "93100"),
        ("Rezé", "", "44400"),
        ("Pessac", "", "33600"),
        ("Annecy", "", "74000"),
        ("Talence", "", "33400"),
    ],
    "es": [
        ("Getafe", "", "28901"),
        ("Alcobendas", "", "28100"),
        ("Sabadell", "", "08201"),
        ("Dos Hermanas", "", "41701"),
        ("Gijón", "", "33201"),
        ("Elche", "", "03201"),
    ],
    "it": [
        ("Monza", "MB", "20900"),
        ("Bergamo", "BG", "24121"),
        ("Modena", "MO", "41121"),
        ("Lecco", "LC", "23900"),
        ("Pavia", "PV", "27100"),
        ("Trento", "TN", "38122"),
    ],
    "nl": [
        ("Utrecht", "", "3511"),
        ("Haarlem", "", "2011"),
        ("Amersfoort", "", "3811"),
        ("Zwolle", "", "8011"),
        ("Leiden", "", "2311"),
        ("Nijmegen", "", "6511"),
    ],
    "pt": [
        ("Matosinhos", "", "4450"),
        ("Almada", "", "2800"),
        ("Braga", "", "4700"),
        ("Coimbra", "", "3000"),
        ("Setúbal", "", "2900"),
        ("Aveiro", "", "3800"),
    ],
    "br": [
        ("Campinas", "SP", "130"),
        ("Niterói", "RJ", "240"),
        ("Curitiba", "PR", "800"),
        ("Florianópolis", "SC", "880"),
        ("Porto Alegre", "RS", "900"),
        ("Belo Horizonte", "MG", "301"),
    ],
    "pl": [
        ("Gdynia", "", "81"),
        ("Łódź", "", "90"),
        ("Poznań", "", "60"),
        ("Kraków", "", "30"),
        ("Lublin", "", "20"),
        ("Wrocław", "", "50"),
    ],
    "se": [
        ("Uppsala", "", "753"),
        ("Västerås", "", "722"),
        ("Örebro", "", "702"),
        ("Lund", "", "222"),
        ("Norrköping", "", "602"),
        ("Umeå", "", "903"),
    ],
    "tr": [
        ("Kadıköy", "İstanbul", "347"),
        ("Çankaya", "Ankara", "066"),
        ("Karşıyaka", "İzmir", "355"),
        ("Nilüfer", "Bursa", "161"),
        ("Beşiktaş", "İstanbul", "343"),
        ("Muratpaşa", "Antalya", "072"),
    ],
    "in": [
        ("Indiranagar", "Bengaluru", "5600"),
        ("Andheri West", "Mumbai", "4000"),
        ("Salt Lake", "Kolkata", "7000"),
        ("T. Nagar", "Chennai", "6000"),
        ("Gachibowli", "Hyderabad", "5000"),
        ("Kothrud", "Pune", "4110"),
    ],
    "au": [
        ("Newtown", "NSW", "2042"),
        ("Fitzroy", "VIC", "3065"),
        ("Paddington", "QLD", "4064"),
        ("Fremantle", "WA", "6160"),
        ("Glenelg", "SA", "5045"),
        ("Sandy Bay", "TAS", "7005"),
    ],
    "ca": [
        ("Oakville", "ON", "L6H"),
        ("Burnaby", "BC", "V5H"),
        ("Laval", "QC", "H7N"),
        ("Kanata", "ON", "K2K"),
        ("Airdrie", "AB", "T4B"),
        ("Dartmouth", "NS", "B2Y"),
    ],
    "za": [
        ("Rondebosch", "Cape Town", "7700"),
        ("Parktown North", "Johannesburg", "2193"),
        ("Umhlanga", "Durban", "4319"),
        ("Hatfield", "Pretoria", "0083"),
        ("Stellenbosch", "", "7600"),
        ("Summerstrand", "Gqeberha", "6001"),
    ],
    "ng": [
        ("Victoria Island", "Lagos", ""),
        ("Ikoyi", "Lagos", ""),
        ("Lekki Phase 1", "Lagos", ""),
        ("Surulere", "Lagos", ""),
        ("Wuse 2", "Abuja", ""),
        ("Old GRA", "Port Harcourt", ""),
    ],
}
ADDRESS_COUNTRIES = tuple(STREETS)
_ADDR_FALLBACK = {
    "ch": "de",
    "be": "nl",
    "mx": "us",
    "ar": "es",
    "gr": "de",
    "cz": "de",
    "hu": "de",
    "ro": "it",
    "ae": "uk",
    "eg": "uk",
    "il": "us",
    "cn": "ca",
    "hk": "uk",
    "jp": "us",
    "kr": "ca",
    "th": "au",
    "ph": "ca",
    "id": "au",
    "ke": "uk",
}

MONTHS = {
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


def fmt_date(d: datetime.date, style: str) -> str:
    mon = MONTHS.get(style, MONTHS["en"]).split()[d.month - 1]
    return {
        "iso": d.isoformat(),
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "eu": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "en": f"{d.day} {mon} {d.year}",
        "en_us": f"{mon} {d.day}, {d.year}",
        "en_abbr": f"{d.day:02d}-{mon[:3]}-{d.year}",
        "de": f"{d.day}. {mon} {d.year}",
        "fr": f"{d.day} {mon} {d.year}",
        "es": f"{d.day} de {mon} de {d.year}",
        "it": f"{d.day} {mon} {d.year}",
        "nl": f"{d.day} {mon} {d.year}",
        "pt": f"{d.day} de {mon} de {d.year}",
        "pl": f"{d.day} {mon} {d.year} r.",
        "sv": f"{d.day} {mon} {d.year}",
        "tr": f"{d.day} {mon} {d.year}",
        "en_ord": f"{d.day}{_ord(d.day)} {mon} {d.year}",
    }[style]


def _ord(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# Secrets: word pools for passwords, by half.
_PW_WORDS = [
    "Falcon",
    "Harbor",
    "Marigold",
    "Cobalt",
    "Copper",
    "Thistle",
    "Tundra",
    "Meadow",
    "Juniper",
    "Granite",
    "Lantern",
    "Quasar",
    "Pebble",
    "Willow",
    "Saffron",
    "Ember",
    "Orbit",
    "Nimbus",
    "Velvet",
    "Walnut",
    "Cactus",
    "Glacier",
    "Mango",
    "Raven",
    "Puffin",
    "Basalt",
    "Sprocket",
    "Kiwi",
]
_HEX = "0123456789abcdef"
_ALNUM = string.ascii_letters + string.digits
_B64 = _ALNUM + "+/"
_URLSAFE = _ALNUM + "-_"


@dataclass(frozen=True)
class Person:
    culture: str
    gender: str
    first: str
    last: str
    country: str
    dob: datetime.date

    @property
    def full(self) -> str:
        return f"{self.last} {self.first}" if self.culture in SURNAME_FIRST else f"{self.first} {self.last}"

    @property
    def rev(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def init(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def upper(self) -> str:
        return self.full.upper()

    @property
    def lower(self) -> str:
        return self.full.lower()

    @property
    def title(self) -> str:
        return {"f": "Ms", "m": "Mr"}[self.gender]

    @property
    def short_first(self) -> str:
        return (
            self.first.split()[0].split("-")[0] if self.culture not in ("cantonese", "korean") else self.first
        )


class Gen:
    """One record's random source, half and the facts the tests re-check."""

    def __init__(self, rng: random.Random, half: str):
        self.rng, self.half = rng, half
        self.cultures_used: list[str] = []
        self.checks: list[list[str]] = []
        self._tokens: set[str] = set()
        self._cults = cultures(half)
        self.company, self.domain = COMPANY[half]

    # basic choices
    def pick(self, seq):
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def firm(self) -> str:
        return self.pick(firms(self.half))

    def vendor(self) -> str:
        return self.pick(vendors(self.half))

    # people
    def person(
        self, culture: str | None = None, gender: str | None = None, country: str | None = None
    ) -> Person:
        for _ in range(200):
            c = next(x for x in self._cults if x.name == culture) if culture else self.pick(self._cults)
            g = gender or self.pick("fm")
            first = self.pick(c.female if g == "f" else c.male)
            last = self.pick(c.surnames)
            if "/" in last:
                last = last.split("/")[g == "f"]
            toks = {w for w in (first + " " + last).split() if w.lower() not in PARTICLES}
            if toks & self._tokens:
                continue
            self._tokens |= toks
            self.cultures_used.append(c.name)
            y = self.rng.randint(1958, 2003)
            dob = datetime.date(y, self.rng.randint(1, 12), self.rng.randint(1, 28))
            return Person(c.name, g, first, last, country or c.country, dob)
        raise RuntimeError("no fresh person")

    def people(self, n: int, **kw) -> list[Person]:
        return [self.person(**kw) for _ in range(n)]

    def work_email(self, p: Person, domain: str | None = None) -> str:
        f, s = _slug(p.first), _slug(p.last)
        local = self.pick([f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s[0]}", f"{f[0]}{s}", f"{f}.{s}"])
        return f"{local}@{domain or self.domain}"

    def firm_email(self, p: Person, firm: str) -> str:
        return self.work_email(p, _domain_of(firm))

    def personal_email(self, p: Person) -> str:
        f, s = _slug(p.first), _slug(p.last)
        local = self.pick(
            [
                f"{f}.{s}",
                f"{f}{s}{p.dob.year % 100:02d}",
                f"{f}_{s}",
                f"{s}.{f}{self.digits(2)}",
                f"{f[0]}{s}{self.digits(3)}",
            ]
        )
        return f"{local}@{self.pick(_PERSONAL_DOMAINS)}"

    # contact details
    def phone(self, country: str) -> str:
        while True:
            out = []
            for ch in self.pick(PHONES[country]):
                out.append(
                    {"#": self.pick(string.digits), "A": self.pick("23456789"), "B": self.pick("6789")}.get(
                        ch, ch
                    )
                )
            v = "".join(out)
            nat = re.sub(r"\D", "", v)[1 if v.startswith("+1") else 0 :]
            if country not in ("us", "ca") or (nat[1:3] != "11" and nat[3:6] != "555" and nat[4:6] != "11"):
                return v

    def town(self, country: str) -> tuple:
        country = _ADDR_FALLBACK.get(country, country)
        return self.pick(_split(TOWNS[country], self.half))

    def address(self, country: str, multiline: bool = False) -> str:
        cc = _ADDR_FALLBACK.get(country, country)
        street = self.pick(_split(STREETS[cc], self.half))
        town, reg, pc = self.town(cc)
        n = str(self.rng.randint(2, 188))
        d = self.digits
        if cc == "us":
            parts = [
                f"{n}{self.digits(1)} {street}"
                + (f", Apt {self.rng.randint(2, 9)}{self.pick('ABCD')}" if self.chance(0.3) else ""),
                f"{town}, {reg} {pc}{d(2)}",
            ]
        elif cc == "uk":
            parts = [
                f"{n} {street}",
                town,
                f"{reg} {pc} {d(1)}{self.pick('ABDEFGHJLNPQRSTUWXY')}{self.pick('ABDEFGHJLNPQRSTUWXY')}",
            ]
        elif cc == "ie":
            parts = [
                f"{n} {street}",
                town,
                reg,
                f"{pc} {self.pick('ACDEFHKNPRTVWXY')}{d(2)}{self.pick('ACDEFHKNPRTVWXY')}",
            ]
        elif cc == "de":
            parts = [f"{street} {n}", f"{pc} {town}"]
        elif cc == "fr":
            parts = [f"{n} {street}", f"{pc} {town}"]
        elif cc == "es":
            parts = [f"{street}, {n}, {self.rng.randint(1, 7)}º {self.pick('ABCD')}", f"{pc} {town}"]
        elif cc == "it":
            parts = [f"{street} {n}", f"{pc} {town} ({reg})"]
        elif cc == "nl":
            parts = [
                f"{street} {n}",
                f"{pc} {self.pick('ABCEGHJKLMNPRSTVWXZ')}{self.pick('ABCEGHJKLMNPRSTVWXZ')} {town}",
            ]
        elif cc == "pt":
            parts = [
                f"{street}, {n}, {self.rng.randint(1, 6)}.º {self.pick(['Esq.', 'Dto.'])}",
                f"{pc}-{d(3)} {town}",
            ]
        elif cc == "br":
            parts = [f"{street}, {n}, apto {self.rng.randint(11, 94)}", f"{town} - {reg}, {pc}{d(2)}-{d(3)}"]
        elif cc == "pl":
            parts = [f"{street} {n}/{self.rng.randint(1, 40)}", f"{pc}-{d(3)} {town}"]
        elif cc == "se":
            parts = [f"{street} {n}", f"{pc} {d(2)} {town}"]
        elif cc == "tr":
            parts = [f"{street} No: {n} D: {self.rng.randint(1, 20)}", f"{pc}{d(2)} {town}/{reg}"]
        elif cc == "in":
            parts = [
                f"Flat {self.rng.randint(1, 9)}0{self.rng.randint(1, 8)}, {street}",
                town,
                f"{reg} {pc}{d(2)}",
            ]
        elif cc == "au":
            parts = [f"{n} {street}", f"{town} {reg} {pc}"]
        elif cc == "ca":
            parts = [f"{n} {street}", f"{town}, {reg} {pc} {d(1)}{self.pick('ABCEGHJKLMNPRSTVXY')}{d(1)}"]
        elif cc == "za":
            parts = [f"{n} {street}", town] + ([reg] if reg else []) + [pc]
        else:  # ng
            parts = [f"{n} {street}", town, reg]
        return ("\n" if multiline else ", ").join(parts)

    def dob(self, p: Person, style: str) -> str:
        return fmt_date(p.dob, style)

    def ip(self, v6: bool = True) -> str:
        if v6 and self.chance(0.15):
            return (
                f"{self.pick(['2a02:8108', '2a01:4f8', '2604:a880', '2a00:23c5', '2607:fb90'])}:"
                + ":".join(self.chars(_HEX, 4).lstrip("0") or "0" for _ in range(3))
                + "::"
                + self.chars(_HEX, 3).lstrip("0")
            )
        a = self.pick(
            [
                24,
                31,
                46,
                49,
                62,
                66,
                68,
                71,
                73,
                77,
                79,
                81,
                82,
                86,
                88,
                91,
                92,
                94,
                95,
                98,
                99,
                103,
                109,
                117,
                151,
                176,
                178,
                185,
                188,
                195,
                212,
                213,
                217,
            ]
        )
        return f"{a}.{self.rng.randint(1, 254)}.{self.rng.randint(0, 254)}.{self.rng.randint(1, 254)}"

    # values with check digits
    def _check(self, kind: str, v: str) -> str:
        assert CHECKS[kind](v), (kind, v)
        self.checks.append([kind, v])
        return v

    def card(self, brand: str | None = None) -> str:
        brand = brand or self.pick(["visa", "visa", "mc", "amex", "mc2"])
        if brand == "amex":
            body = self.pick(["34", "37"]) + self.digits(12)
            n = body + _luhn_digit(body)
            return self._check("card", self.pick([f"{n[:4]} {n[4:10]} {n[10:]}", n]))
        prefix = {"visa": "4", "mc": str(self.rng.randint(51, 55)), "mc2": str(self.rng.randint(2221, 2720))}[
            brand
        ]
        body = prefix + self.digits(15 - len(prefix))
        n = body + _luhn_digit(body)
        return self._check(
            "card",
            self.pick(
                [
                    " ".join(n[i : i + 4] for i in range(0, 16, 4)),
                    n,
                    "-".join(n[i : i + 4] for i in range(0, 16, 4)),
                ]
            ),
        )

    _IBAN = {
        "DE": "n18",
        "GB": "a4n14",
        "FR": "n23",
        "ES": "n20",
        "IT": "a1n22",
        "NL": "a4n10",
        "PT": "n21",
        "PL": "n24",
        "SE": "n20",
        "TR": "n22",
        "BE": "n12",
        "IE": "a4n14",
        "CH": "n17",
        "AT": "n16",
    }

    def iban(self, cc: str, compact: bool | None = None) -> str:
        bban = ""
        for kind, n in re.findall(r"([an])(\d+)", self._IBAN[cc]):
            bban += self.chars(string.ascii_uppercase, int(n)) if kind == "a" else self.digits(int(n))
        check = 98 - _iban_num(bban + cc + "00") % 97
        s = f"{cc}{check:02d}{bban}"
        compact = self.chance(0.3) if compact is None else compact
        return self._check("iban", s if compact else " ".join(s[i : i + 4] for i in range(0, len(s), 4)))

    def ssn(self) -> str:
        while True:
            a = self.rng.randint(1, 899)
            if a != 666:
                break
        v = f"{a:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"
        return self._check("ssn", v if self.chance(0.85) else v.replace("-", self.pick([" ", ""])))

    def nid(self, kind: str, p: Person | None = None) -> str:
        """A national id of ``kind`` (checksums valid where defined; ``p`` gives birth date and sex)."""
        d, rng = self.digits, self.rng
        dob = p.dob if p else datetime.date(1980, 1, 1)
        fem = p is not None and p.gender == "f"
        if kind == "nino":
            while True:
                a = self.pick("ABCEGHJKLMNOPRSTWXYZ") + self.pick("ABCEGHJKLMNPRSTWXYZ")
                if a not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") and a[0] != "O":
                    break
            n = d(6)
            v = self.pick([f"{a}{n}{self.pick('ABCD')}", f"{a} {n[:2]} {n[2:4]} {n[4:]} {self.pick('ABCD')}"])
            return self._check("nino", v)
        if kind == "ssn":
            return self.ssn()
        if kind == "us_passport":
            return str(rng.randint(5, 6)) + d(8)
        if kind == "uk_passport":
            return str(rng.randint(1, 5)) + d(8)
        if kind == "de_passport":
            return self.pick("CFGHJK") + self.chars("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if kind == "us_dl":
            return (
                self.pick(["D", "F", "S", "W"]) + d(7)
                if self.chance(0.5)
                else self.pick("ABCDEFGHJKLMNPRSTW") + d(12)
            )
        if kind == "uk_dl":
            sur = (_fold(p.last if p else "smith").upper().replace(" ", "").replace("'", "") + "99999")[:5]
            m = dob.month + (50 if fem else 0)
            ini = _fold(p.first if p else "x")[0].upper() + "9"
            tail = self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2)
            return f"{sur}{str(dob.year)[2]}{m:02d}{dob.day:02d}{str(dob.year)[3]}{ini}{d(1)}{tail}"
        if kind == "steuerid":
            while True:
                digs = rng.sample(range(10), 9)
                dup = rng.choice(digs)
                seq = digs + [dup]
                rng.shuffle(seq)
                if seq[0] == 0:
                    continue
                body = "".join(map(str, seq))
                for c in "0123456789":
                    if steuerid_ok(body + c):
                        v = body + c
                        return self._check("steuerid", self.pick([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"]))
        if kind == "nir":
            body = f"{2 if fem else 1}{dob.year % 100:02d}{dob.month:02d}{rng.randint(1, 95):02d}{d(3)}{d(3)}"
            key = 97 - int(body) % 97
            v = f"{body}{key:02d}"
            return self._check(
                "nir", self.pick([v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"])
            )
        if kind in ("dni", "nie"):
            if kind == "dni":
                n = d(8)
                return self._check("dni", n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23])
            x = self.pick("XYZ")
            n = d(7)
            return self._check(
                "nie", x + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(x).__str__() + n) % 23]
            )
        if kind == "cf":

            def cons(s, first=False):
                s = re.sub(r"[^A-Z]", "", _fold(s).upper())
                c = [x for x in s if x not in "AEIOU"]
                v = [x for x in s if x in "AEIOU"]
                if first and len(c) >= 4:
                    c = [c[0], c[2], c[3]]
                return "".join(c + v + ["X"] * 3)[:3]

            body = (
                cons(p.last if p else "Rossi")
                + cons(p.first if p else "Mario", True)
                + f"{dob.year % 100:02d}"
                + "ABCDEHLMPRST"[dob.month - 1]
                + f"{dob.day + (40 if fem else 0):02d}"
                + self.pick("ABCDEFGHLMZ")
                + d(3)
            )
            tot = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(body))
            return self._check("cf", body + chr(65 + tot % 26))
        if kind == "bsn":
            while True:
                n = d(8)
                for c in "0123456789":
                    if bsn_ok(n + c) and n[0] != "0":
                        return self._check("bsn", self.pick([n + c, f"{n[:4]}.{n[4:6]}.{n[6:]}{c}"]))
        if kind == "nif":
            while True:
                n = self.pick("123") + d(7)
                for c in "0123456789":
                    if nif_ok(n + c):
                        v = n + c
                        return self._check("nif", self.pick([v, f"{v[:3]} {v[3:6]} {v[6:]}"]))
        if kind == "pesel":
            mm = dob.month + (20 if dob.year >= 2000 else 0)
            body = f"{dob.year % 100:02d}{mm:02d}{dob.day:02d}{d(3)}{self.pick('02468' if fem else '13579')}"
            s = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=False))
            return self._check("pesel", body + str((10 - s % 10) % 10))
        if kind == "pnr":
            sex = self.pick("02468" if fem else "13579")
            body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{d(2)}{sex}"
            c = _luhn_digit(body)
            return self._check(
                "pnr",
                self.pick(
                    [
                        f"{body[:6]}-{body[6:]}{c}",
                        f"{dob.year // 100}{body}{c}",
                        f"{dob.year // 100}{body[:6]}-{body[6:]}{c}",
                    ]
                ),
            )
        if kind == "tckn":
            while True:
                x = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
                x.append((sum(x[0:9:2]) * 7 - sum(x[1:8:2])) % 10)
                x.append(sum(x) % 10)
                return self._check("tckn", "".join(map(str, x)))
        if kind == "cpf":
            while True:
                x = [rng.randint(0, 9) for _ in range(9)]
                if len(set(x)) > 1:
                    break
            for n in (9, 10):
                x.append(sum(a * w for a, w in zip(x, range(n + 1, 1, -1), strict=False)) * 10 % 11 % 10)
            s = "".join(map(str, x))
            return self._check("cpf", self.pick([f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", s]))
        if kind == "sin":
            body = self.pick("1234567") + d(7)
            s = body + _luhn_digit(body)
            return self._check("sin", self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"]))
        if kind == "tfn":
            while True:
                s = d(9)
                if s[0] != "0" and tfn_ok(s):
                    return self._check("tfn", self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", s]))
        if kind == "za_id":
            seq = rng.randint(0, 4999) + (0 if fem else 5000)
            body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
            return self._check("za_id", body + _luhn_digit(body))
        if kind == "pps":
            n = d(7)
            tot = sum(int(c) * w for c, w in zip(n, range(8, 1, -1), strict=False))
            return self._check("pps", n + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23])
        if kind == "aadhaar":
            while True:
                body = str(rng.randint(2, 9)) + d(10)
                for c in "0123456789":
                    if verhoeff_ok(body + c):
                        v = body + c
                        return self._check("aadhaar", self.pick([f"{v[:4]} {v[4:8]} {v[8:]}", v]))
        if kind == "pan":
            sur = _fold(p.last if p else "k")[0].upper()
            return (
                self.chars(string.ascii_uppercase, 3) + "P" + sur + d(4) + self.pick(string.ascii_uppercase)
            )
        if kind == "nin_ng":
            return d(11)
        raise KeyError(kind)

    # secrets
    def password(self) -> str:
        w = _split(_PW_WORDS, self.half)
        style = self.rng.randint(0, 5)
        if style == 0:
            return f"{self.pick(w)}{self.pick('!#$%&*@')}{self.pick(w).lower()}{self.digits(2)}"
        if style == 1:
            return self.chars(_ALNUM + "!#$%&*", self.rng.randint(10, 16))
        if style == 2:
            return f"{self.pick(w)}{self.rng.randint(1990, 2025)}{self.pick('!?#')}"
        if style == 3:
            return "-".join(self.pick(w).lower() for _ in range(3)) + "-" + self.digits(2)
        if style == 4:
            return f"{self.pick(w)[:4]}{self.digits(3)}{self.pick(w)[:3].upper()}{self.pick('$%&')}"
        return f"{self.pick(w).lower()}_{self.chars(_ALNUM, 6)}{self.digits(1)}"

    def pin(self, n: int = 4) -> str:
        while True:
            v = self.digits(n)
            if len(set(v)) > 2:
                return v

    def recovery_codes(self, n: int) -> list[str]:
        style = self.rng.randint(0, 2)
        lo = string.ascii_lowercase + string.digits
        if style == 0:
            return [f"{self.chars(lo, 5)}-{self.chars(lo, 5)}" for _ in range(n)]
        if style == 1:
            return [f"{self.digits(4)} {self.digits(4)}" for _ in range(n)]
        return [self.chars(string.ascii_uppercase + "23456789", 10) for _ in range(n)]

    def key(self, vendor: str) -> str:
        c, h, a = self.chars, _HEX, _ALNUM
        u = lambda: f"{c(h, 8)}-{c(h, 4)}-{c(h, 4)}-{c(h, 4)}-{c(h, 12)}"  # noqa: E731
        b64u = lambda n: c(_URLSAFE, n)  # noqa: E731
        return {
            "aws_id": lambda: "AKIA" + c("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
            "aws_secret": lambda: c(_B64, 40),
            "github": lambda: "ghp_" + c(a, 36),
            "github_fine": lambda: (
                "github_pat_11" + c(string.ascii_uppercase + string.digits, 20) + "_" + c(a, 59)
            ),
            "gitlab": lambda: "glpat-" + c(_URLSAFE, 20),
            "stripe": lambda: "sk_live_" + c(a, 99),
            "stripe_rk": lambda: "rk_live_" + c(a, 24),
            "slack": lambda: f"xoxb-{self.digits(11)}-{self.digits(13)}-{c(a, 24)}",
            "openai": lambda: "sk-proj-" + b64u(74) + "T3BlbkFJ" + b64u(74),
            "anthropic": lambda: "sk-ant-api03-" + b64u(93) + "AA",
            "google": lambda: "AIza" + c(_URLSAFE, 35),
            "sendgrid": lambda: f"SG.{b64u(22)}.{b64u(43)}",
            "twilio": lambda: c(h, 32),
            "mailgun": lambda: "key-" + c(h, 32),
            "npm": lambda: "npm_" + c(a, 36),
            "shopify": lambda: "shpat_" + c(h, 32),
            "datadog": lambda: c(h, 32),
            "azure_storage": lambda: c(_B64, 86) + "==",
            "hubspot": lambda: "pat-na1-" + u(),
            "linear": lambda: "lin_api_" + c(a, 40),
            "notion": lambda: "ntn_" + c(a, 46),
            "telegram": lambda: f"{self.rng.randint(1000000000, 7999999999)}:AA{c(_URLSAFE, 33)}",
            "digitalocean": lambda: "dop_v1_" + c(h, 64),
            "docker": lambda: "dckr_pat_" + c(_URLSAFE, 27),
            "huggingface": lambda: "hf_" + c(a, 34),
            "figma": lambda: "figd_" + c(_URLSAFE, 40),
            "square": lambda: "EAAA" + c(_URLSAFE, 60),
            "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + c(_URLSAFE, 60),
            "groq": lambda: "gsk_" + c(a, 52),
            "okta": lambda: "00" + c(_URLSAFE, 40),
            "atlassian": lambda: "ATATT3xFfGF0" + c(_URLSAFE, 100) + "=" + c(h.upper(), 8),
            "heroku": u,
            "jwt": lambda: (
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                + "eyJ"
                + b64u(self.rng.randint(60, 110))
                + "."
                + b64u(43)
            ),
        }[vendor]()

    def pem(self) -> str:
        kind = self.pick(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
        lines = [self.chars(_B64, 64) for _ in range(self.rng.randint(3, 5))] + [self.chars(_B64, 28) + "="]
        head = "b3BlbnNzaC1rZXktdjEAAAAA" if "OPENSSH" in kind else "MII"
        lines[0] = head + lines[0][len(head) :]
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


# ---------------------------------------------------------------------------------------------------------
# Templates. Each writes one prompt as markup; its half, language, department and kind are declared here.
@dataclass(frozen=True)
class Template:
    name: str
    half: str
    lang: str
    dept: str
    kind: str
    neg_class: str | None
    fn: Callable[[Gen], str]


TEMPLATES: list[Template] = []


def tpl(half: str, lang: str, dept: str, neg: str | None = None):
    def deco(fn):
        kind = "positive" if neg is None else "negative"
        TEMPLATES.append(Template(fn.__name__, half, lang, dept, kind, neg, fn))
        return fn

    return deco


ROLES = [
    "Account Executive",
    "Senior Software Engineer",
    "HR Business Partner",
    "Finance Manager",
    "Customer Success Lead",
    "Office Manager",
    "Legal Counsel",
    "Marketing Coordinator",
    "IT Support Analyst",
    "Head of Partnerships",
    "Payroll Specialist",
    "Executive Assistant to the CEO",
    "Site Reliability Engineer",
    "Regional Sales Director",
    "Procurement Officer",
]


def sig(g: Gen, p: Person, cc: str | None = None, role: str | None = None) -> str:
    name = P(p.full) if g.chance(0.7) else P(p.first)
    lines = [
        g.pick(["--", "Best,", "Thanks,", "Cheers,", "Kind regards,", "Regards,"]),
        name,
        f"{role or g.pick(ROLES)} | {g.company}",
    ]
    if g.chance(0.75):
        lines.append(f"{g.pick(['M:', 'Mobile:', 'Tel', 'm.', 'Direct:'])} {T(g.phone(cc or p.country))}")
    return "\n".join(lines)


# ===== dev, English, positive =============================================================================
@tpl("dev", "en", "engineering")
def dev_eng_bug_customer_json(g):
    p = g.person()
    cc = g.pick(["us", "uk", "de", "au", "ca", "in"])
    email, ph = g.personal_email(p), g.phone(cc)
    ask = g.pick(
        [
            "can u find the bug? the checkout crashes for this customer only",
            "Why does this throw? Only happens for this one account, others fine.",
            "find the bug pls - serializer blows up on this record",
        ]
    )
    return f"""{ask}

```json
{{
  "customer_id": "cus_{g.chars(_ALNUM, 14)}",
  "name": "{P(p.full)}",
  "email": "{E(email)}",
  "phone": "{T(ph)}",
  "shipping_address": {{
    "line1": "{A(g.address(cc))}"
  }},
  "date_of_birth": "{B(g.dob(p, "iso"))}",
  "marketing_opt_in": null
}}
```

Traceback (most recent call last):
  File "app/checkout/serializers.py", line 88, in to_internal_value
    opt_in = data["marketing_opt_in"].lower()
AttributeError: 'NoneType' object has no attribute 'lower'"""


@tpl("dev", "en", "engineering")
def dev_eng_sql_duplicates(g):
    ps = g.people(g.rng.randint(3, 5))
    dup = ps[0]
    mails = [E(g.work_email(p, _domain_of(g.firm()))) for p in ps]
    rows = list(zip(ps, mails, strict=False)) + [(dup, mails[0])]
    lines = [
        f" {4410 + i * 7:>5} | {P(p.full)} | {em} | {B(g.dob(p, 'iso'))} | {IPA(g.ip())}"
        for i, (p, em) in enumerate(rows)
    ]
    body = "\n".join(lines)
    ask = g.pick(
        [
            "why is the same user showing up twice in this query??",
            "Query below returns a duplicate row, what is wrong with my join",
        ]
    )
    return f"""{ask}

SELECT u.id, u.full_name, u.email, u.dob, s.last_ip
FROM users u LEFT JOIN sessions s ON s.user_id = u.id
WHERE u.created_at > now() - interval '7 days';

   id  | full_name              | email | dob        | last_ip
-------+------------------------+-------+------------+----------------
{body}
({len(rows)} rows)"""


@tpl("dev", "en", "engineering")
def dev_eng_env_to_k8s(g):
    pw, pw2 = g.password(), g.password()
    return f"""Turn this .env into a kubernetes Secret manifest (base64 the values), and tell me which ones \
should not be in git at all

APP_ENV=production
DATABASE_URL=postgres://orders_svc:{K(pw)}@db-prod-2.internal:5432/orders
REDIS_PASSWORD={K(pw2)}
STRIPE_SECRET_KEY={K(g.key("stripe"))}
SENDGRID_API_KEY={K(g.key("sendgrid"))}
AWS_ACCESS_KEY_ID={K(g.key("aws_id"))}
AWS_SECRET_ACCESS_KEY={K(g.key("aws_secret"))}
SENTRY_ENVIRONMENT=prod
FEATURE_FLAGS=checkout_v2,new_pricing"""


@tpl("dev", "en", "sales")
def dev_sales_crm_csv(g):
    n = g.rng.randint(3, 6)
    ps = g.people(n)
    rows = []
    for p in ps:
        f = g.firm()
        cc = g.pick(["us", "uk", "de", "fr", "nl", "in", "au", "ca"])
        nm = g.pick([P(p.full), f'"{P(p.rev)}"', P(p.upper)])
        rows.append(
            f"{nm},{g.pick(ROLES)},{f},{E(g.firm_email(p, f))},{T(g.phone(cc))}"
            f",{g.pick(['Qualified', 'New', 'Nurture', 'Demo booked'])}"
        )
    ask = g.pick(
        [
            "clean up this CRM export: fix the name casing, split first/last name, give me a markdown table",
            "Turn this HubSpot export into a table sorted by status, and flag any duplicates",
        ]
    )
    return f"""{ask}

Name,Title,Company,Email,Phone,Lead Status
""" + "\n".join(rows)


@tpl("dev", "en", "sales")
def dev_sales_call_notes(g):
    p = g.person()
    kid = g.person(culture=p.culture)
    f = g.firm()
    cc = p.country if p.country in PHONES else "us"
    return f"""Draft a follow-up email from my call notes. Friendly, not pushy, mention the pilot pricing.

call notes - {f} - {g.pick(["tues", "wed", "thurs"])}
- spoke w/ {P(p.full)} (VP Ops), great call, they're evaluating us vs 2 others
- {P(p.first)}'s mobile {T(g.phone(cc))} - prefers whatsapp over email
- personal email if work one bounces: {E(g.personal_email(p))}
- budget approved for Q3, needs sign off from CFO
- mentioned son {P(kid.first)} starting uni in Sept so out 2nd week Aug
- next step: send pilot proposal by fri, cc procurement"""


@tpl("dev", "en", "marketing")
def dev_mkt_attendee_table(g):
    ps = g.people(g.rng.randint(4, 7))
    rows = []
    for p in ps:
        f = g.firm()
        diet = g.pick(["veg", "—", "halal", "GF", "none", "vegan", "nut allergy"])
        rows.append(f"| {P(p.full)} | {f} | {E(g.firm_email(p, f))} | {diet} |")
    return (
        """We're hosting a customer dinner after the summit. Can you make a seating plan for 2 tables \
mixing companies, and list the dietary needs for the restaurant?

| Name | Company | Email | Dietary |
|---|---|---|---|
"""
        + "\n".join(rows)
        + "\n\nHost from our side: "
        + (lambda h: f"{P(h.full)} ({E(g.work_email(h))})")(g.person())
    )


@tpl("dev", "en", "finance")
def dev_fin_vendor_bank_change(g):
    p, me = g.person(), g.person()
    v = g.vendor()
    cc = g.pick(["GB", "DE", "NL", "IE", "FR", "ES"])
    old, new = g.iban(cc), g.iban(g.pick(["PL", "PT", "TR", "IT"]))
    return f"""Is this email legit or phishing? We pay {v} monthly. What should AP check before changing \
anything?

From: "{P(p.rev)}" <{E(g.firm_email(p, v))}>
To: accounts.payable@{g.domain}
Subject: URGENT - updated bank details for outstanding invoices

Dear Accounts team,

Please note our bank details have changed with immediate effect due to an audit. Kindly update your records
and remit the open invoices (INV-20{g.digits(4)}, INV-20{g.digits(4)}) to the new account:

Old IBAN: {L("IBAN_CODE", old)}
New IBAN: {L("IBAN_CODE", new)}
Beneficiary: {v}

For confirmation call me directly on {T(g.phone(g.pick(["uk", "pl", "tr"])))}.

Regards,
{P(p.first)}
Accounts Receivable, {v}

> On {g.rng.randint(2, 27)} {g.pick(["May", "June", "July"])}, {P(me.full)} wrote:
> Hi, chasing the credit note for last month please."""


@tpl("dev", "en", "finance")
def dev_fin_expense_report(g):
    p = g.person()
    card = g.card(g.pick(["visa", "mc", "amex"]))
    lines = []
    for _d in range(g.rng.randint(4, 6)):
        item = g.pick(
            [
                "Taxi airport -> hotel",
                "Dinner w/ client (3 ppl)",
                "Hotel 2 nights",
                "Train ticket",
                "Conference badge",
                "Coffee w/ prospect",
                "Parking",
                "SIM card roaming",
            ]
        )
        lines.append(
            f"{g.rng.randint(3, 28):02d}/0{g.rng.randint(1, 9)} | {item} | {g.rng.randint(8, 640)}"
            f".{g.digits(2)}"
        )
    return f"""Categorise these expenses into travel / meals / other and total each category. Also is \
anything here against a normal expense policy?

Expense report — {P(p.upper)} — \
{g.pick(["Berlin trip", "London roadshow", "Lisbon offsite", "Toronto client visit"])}
Paid with corporate card {L("CREDIT_CARD", card)}
Employee no. E-{g.digits(5)}, approver: {P(g.person().init)}

date | item | amount (EUR)
""" + "\n".join(lines)


@tpl("dev", "en", "hr")
def dev_hr_offer_letter(g):
    p = g.person(country=g.pick(["uk", "us", "ie", "au"]))
    mgr = g.person()
    cc = p.country
    addr = g.address(cc, multiline=True)
    cur = {"uk": "£", "ie": "€", "au": "A$", "us": "$"}[cc]
    return f"""Make this offer letter warmer and a bit shorter, keep all the facts. UK/US neutral English \
please.

{P(p.full)}
{A(addr)}

Dear {P(p.first)},

Following your interviews with {P(mgr.full)} and the team, we are pleased to offer you the position of
{g.pick(ROLES)} at {g.company}. Your starting salary will be {cur}{g.rng.randint(48, 140)},000 per annum and \
your
start date will be {g.rng.randint(1, 28)} {g.pick(["September", "October", "November"])} 2025.

This offer is conditional on satisfactory references and a background check, for which we have recorded
your date of birth as {B(g.dob(p, g.pick(["en", "eu", "en_ord"])))}. Please contact {P(mgr.first)} on \
{T(g.phone(mgr.country if mgr.country in PHONES else "uk"))}
with any questions.

Yours sincerely,
People Team, {g.company}"""


@tpl("dev", "en", "hr")
def dev_hr_sick_leave_notes(g):
    ps = g.people(3)
    rows = []
    for p in ps:
        note = g.pick(
            [
                "off sick since Mon, fit note til 14th",
                "back-to-work chat done, phased return 3 days/wk",
                "hospital appt Thurs, will work from home after",
                "migraine again, 4th time this quarter",
            ]
        )
        rows.append(f"- {P(p.full)}: {note}")
    m = g.pick(ps)
    return f"""Help me write a neutral summary of these absence notes for the monthly HR report. Don't \
include medical detail, just days and status.

{chr(10).join(rows)}
- {P(m.last.upper())} asked whether the policy allows carrying over sick days, told {P(m.first)} I'd check
- note from {P(g.person().first)} (team lead): cover arranged for all three"""


@tpl("dev", "en", "legal")
def dev_legal_witness_statement(g):
    w, other = g.person(country=g.pick(["uk", "ie", "za", "ng", "au"])), g.person()
    cc = w.country
    return f"""Summarise this witness statement into a timeline (bullet points with times), for our \
employment tribunal bundle.

WITNESS STATEMENT OF {P(w.upper)}

Name: {P(w.full)}
Date of birth: {B(g.dob(w, g.pick(["eu", "en", "dot"])))}
Address: {A(g.address(cc))}
Telephone: {T(g.phone(cc))}

1. I am employed as a warehouse supervisor at the {g.pick(["Leeds", "Reading", "Coventry"])} distribution \
centre.
2. On the evening of the incident I arrived at approximately 21:40. {P(other.full)} was already on the \
loading bay.
3. At around 22:05 I heard raised voices. {P(other.last)} said he had been told to "sort it or leave".
4. I did not see anyone touch the equipment before the alarm went off at 22:17.

I believe the facts stated in this witness statement are true.
Signed: {P(w.init)}"""


@tpl("dev", "en", "support")
def dev_sup_ticket_thread(g):
    c, agent = g.person(country=g.pick(["us", "uk", "ca", "au"])), g.person()
    cc = c.country
    return f"""Draft a reply to this customer, apologise and confirm the replacement ships tomorrow. Keep it \
under 120 words.

Ticket #{g.digits(6)} — Damaged item / wrong address
---
{P(c.full)} ({E(g.personal_email(c))}) wrote:
hi, my order arrived smashed AND it went to my old place. my address is {A(g.address(cc))}, i updated it
weeks ago?? call me on {T(g.phone(cc))} if you need anything. not happy tbh

---
Internal note ({P(agent.first)}): courier confirms delivery to previous address. Replacement approved,
customer is a 3-yr subscriber, offer 20% credit."""


@tpl("dev", "en", "support")
def dev_sup_chat_verify(g):
    c, agent = g.person(country="us"), g.person()
    card = g.card("visa")
    return f"""Summarise this chat for the fraud team in 3 lines. What did the customer get wrong in \
verification?

[10:02] {P(agent.first)} (Agent): Hi, thanks for contacting {g.company} billing. Can I have your full name?
[10:02] Customer: {P(c.lower)}
[10:03] {P(agent.first)} (Agent): Thanks. And your date of birth please?
[10:03] Customer: {B(g.dob(c, g.pick(["us", "us_short", "en_us"])))}
[10:04] Customer: the charge on my card is wrong, its {L("CREDIT_CARD", card)}
[10:04] {P(agent.first)} (Agent): Please don't share full card numbers in chat! Last 4 only next time.
[10:05] Customer: ok sorry. my ssn is {L("US_SSN", g.ssn())} if u need it
[10:06] {P(agent.first)} (Agent): We never need that. Logging in from {IPA(g.ip())} is flagged, I'll \
escalate."""


@tpl("dev", "en", "exec")
def dev_exec_travel_itinerary(g):
    ceo = g.person()
    ea = g.person()
    return f"""Turn this into a clean one-page itinerary table (day, time, what, where, confirmation no.). \
Keep the passport details at the bottom.

{P(ceo.first.upper())} — SINGAPORE / TOKYO — draft from {P(ea.first)}

Mon: SQ 317 LHR-SIN dep 11:45, conf {g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 6)}, seat 11A
Tue: board dinner 19:30 Marina Bay, car pick-up from hotel 19:00
Wed: 08:00 breakfast w/ investors, then NH 802 SIN-HND 14:10
Thu: Tokyo office all day, hotel Palace Tokyo conf {g.digits(8)}

Traveller: {P(ceo.full)}
Passport no.: {L("NATIONAL_ID", g.nid("uk_passport"))}, DOB {B(g.dob(ceo, "en_abbr"))}
Mobile while travelling: {T(g.phone(g.pick(["uk", "de", "nl"])))}
EA contact: {E(g.work_email(ea))}"""


@tpl("dev", "en", "exec")
def dev_exec_personal_errands(g):
    boss = g.person(country=g.pick(["uk", "us"]))
    spouse = g.person(culture=boss.culture)
    gardener = g.person()
    cc = boss.country
    return f"""I'm the EA. Write three short messages for me to send today:
1) to the school - {P(boss.first)}'s daughter will be picked up early Friday by her mum, {P(spouse.full)}
2) to {P(gardener.first)} the gardener - can they come Thurs instead, gate code is {K(g.pin(4))}
3) to the florist - anniversary flowers, deliver to the house: {A(g.address(cc))}, pay with the card ending \
{g.digits(4)}
   (if they need the full number it's {L("CREDIT_CARD", g.card())})
{P(gardener.first)}'s number is {T(g.phone(cc))}. sign them all from "{P(boss.init)}'s office"."""


@tpl("dev", "en", "it")
def dev_it_onboarding(g):
    p = g.person()
    wifi, tmp = g.password(), g.password()
    codes = g.recovery_codes(4)
    return f"""Turn this into a friendly welcome email for the new starter, with the steps numbered. Don't \
change the credentials.

NEW STARTER: {P(p.full)} — {g.pick(ROLES)} — start Mon
- laptop: MBP 14" asset QL-{g.digits(4)}, shipped to {A(g.address(g.pick(["uk", "de", "nl", "us"])))}
- account: {E(g.work_email(p))}  temp password: {K(tmp)} (force change at first login)
- office wifi: SSID "{g.company.split()[0]}-Staff" / {K(wifi)}
- MFA backup codes (print + keep safe): {K(codes[0])} {K(codes[1])} {K(codes[2])} {K(codes[3])}
- buddy: {P(g.person().full)}
- 1st week: security training, Slack #welcome, payroll form"""


@tpl("dev", "en", "it")
def dev_it_password_reset_tickets(g):
    rows = []
    for _ in range(g.rng.randint(3, 4)):
        p = g.person()
        cc = p.country if p.country in PHONES else "uk"
        rows.append(
            f"{g.pick(['INC', 'REQ'])}{g.digits(6)} | {P(p.full)}"
            f" | locked out after holiday | verified via SMS to {T(g.phone(cc))}"
            f" | temp pw set: {K(g.password())}"
        )
    return (
        """write a short weekly summary of these helpdesk tickets for my manager. no need to list the \
temp passwords in the summary

ticket | user | issue | verification | action
"""
        + "\n".join(rows)
        + "\n\nall closed except the last one, user hasn't logged in yet"
    )


@tpl("dev", "en", "hr")
def dev_hr_uk_payroll_new_joiners(g):
    rows = []
    for _ in range(g.rng.randint(2, 4)):
        p = g.person(country="uk")
        rows.append(
            f"{P(p.rev)} | NI {L('NATIONAL_ID', g.nid('nino', p))} | DOB {B(g.dob(p, 'eu'))}"
            f" | {A(g.address('uk'))} | sort code {g.digits(2)}-{g.digits(2)}-{g.digits(2)}"
            f" acc {g.digits(8)}"
        )
    return """Payroll deadline is Friday. Put these new joiners into a table with columns Surname, First \
name, NI number, DOB, Address, Bank. Flag any missing info.

""" + "\n".join(rows)


# ===== dev, other languages, positive ======================================================================
@tpl("dev", "de", "hr")
def dev_de_krankmeldung(g):
    p = g.person(culture=g.pick(["german", "turkish", "balkan", "polish"]), country="de")
    chef = g.person(culture="german")
    return f"""Formuliere bitte eine kurze, freundliche Antwort an den Mitarbeiter und fasse die Fakten für \
die Personalakte zusammen.

Von: {P(p.full)} <{E(g.work_email(p))}>
An: personal@{g.domain}
Betreff: Krankmeldung + neue Adresse

Hallo zusammen,

ich bin leider seit Montag krankgeschrieben (AU liegt beim Arzt, geht per eAU an die Kasse), voraussichtlich \
bis
Freitag. {P(chef.first)} weiß Bescheid. Außerdem bin ich umgezogen, meine neue Anschrift lautet:
{A(g.address("de", multiline=True))}

Meine Steuer-ID für die Lohnabrechnung: {L("NATIONAL_ID", g.nid("steuerid", p))}
Geburtsdatum (falls ihr das für die Kasse braucht): {B(g.dob(p, g.pick(["dot", "de"])))}
Handy: {T(g.phone("de"))}

Viele Grüße
{P(p.first)}"""


@tpl("dev", "fr", "legal")
def dev_fr_temoignage(g):
    t = g.person(culture=g.pick(["french", "moroccan", "flemish"]), country="fr")
    o = g.person()
    return f"""Peux-tu résumer ce témoignage en 5 points et corriger les fautes ? C'est pour notre avocat.

ATTESTATION DE TÉMOIN

Je soussigné(e) {P(t.full)}, né(e) le {B(g.dob(t, g.pick(["fr", "eu"])))},
demeurant {A(g.address("fr"))},
n° de sécurité sociale {L("NATIONAL_ID", g.nid("nir", t))},
téléphone {T(g.phone("fr"))},

atteste avoir assisté le 12 mars à la réunion au cours de laquelle M. {P(o.last)} a annoncé la fin de la \
période
d'essai de sa collègue. Le ton était calme. {P(o.full)} a ensuite quitté la salle vers 17h.

Fait pour servir et valoir ce que de droit.
{P(t.init)}"""


@tpl("dev", "es", "support")
def dev_es_reembolso(g):
    c = g.person(culture=g.pick(["spanish", "catalan", "argentine", "mexican"]), country="es")
    ag = g.person()
    return f"""Escribe una respuesta educada al cliente diciendo que el reembolso tarda 5-7 días hábiles. \
Tono cercano.

Hilo del ticket #{g.digits(6)}:

> Cliente ({P(c.full)}, {E(g.personal_email(c))}):
> hola, pedí la devolución hace dos semanas y nada. pagué con la tarjeta {L("CREDIT_CARD", g.card())},
> mi DNI es {L("NATIONAL_ID", g.nid(g.pick(["dni", "nie"])))} por si lo necesitáis. Vivo en \
{A(g.address("es"))}.
> Llamadme al {T(g.phone("es"))} porfa

> Agente ({P(ag.first)}): Hola {P(c.short_first)}, lo reviso con el equipo de pagos."""


@tpl("dev", "it", "finance")
def dev_it_fattura_fornitore(g):
    p = g.person(culture=g.pick(["italian", "romanian", "greek"]), country="it")
    return f"""Estrai i dati di questa fattura in una tabella (fornitore, codice fiscale, IBAN, importo, \
scadenza).

FATTURA N. 2025/{g.digits(3)} del 14/05/2025
Prestatore: {P(p.full)} — consulente freelance
Codice fiscale: {L("NATIONAL_ID", g.nid("cf", p))}
Residenza: {A(g.address("it"))}
Tel. {T(g.phone("it"))} — email {E(g.personal_email(p))}

Descrizione: consulenza UX, 12 giornate — € {g.rng.randint(3, 9)}.{g.digits(3)},00
Pagamento a 30 gg tramite bonifico su IBAN {L("IBAN_CODE", g.iban("IT"))}
Intestato a: {P(p.upper)}"""


@tpl("dev", "nl", "it")
def dev_nl_wachtwoord_reset(g):
    p = g.person(culture=g.pick(["dutch", "flemish", "moroccan", "turkish"]), country="nl")
    h = g.person()
    return f"""Kun je hier een nette mail van maken naar de gebruiker, in het Nederlands, met uitleg hoe ze \
MFA opnieuw instellen?

notities helpdesk:
gebruiker {P(p.lower)} belde ({T(g.phone("nl"))}), kwijtgeraakt telefoon, kan niet meer inloggen
identiteit gecheckt via manager {P(h.full)}
tijdelijk wachtwoord gezet: {K(g.password())}
VPN werkt nog vanaf thuis-IP {IPA(g.ip())} — geblokkeerd tot reset klaar is
herstelcode voor Authenticator: {K(g.recovery_codes(1)[0])}
mail naar {E(g.personal_email(p))} want werkmail is dicht"""


@tpl("dev", "pt", "sales")
def dev_pt_notas_cliente(g):
    p = g.person(culture=g.pick(["portuguese", "brazilian"]), country="pt")
    return f"""Transforma estas notas numa ficha de cliente organizada (nome, contactos, morada, próximos \
passos).

reunião hoje c/ {P(p.full)} — responsável de compras na {g.firm()}
- tlm {T(g.phone("pt"))}, email pessoal {E(g.personal_email(p))}
- quer fatura em nome próprio, NIF {L("NATIONAL_ID", g.nid("nif"))}
- morada p/ envio das amostras: {A(g.address("pt"))}
- a {P(p.short_first)} pediu proposta até sexta, desconto de volume 8%
- falar com o {P(g.person().first)} sobre prazos de entrega"""


@tpl("dev", "pl", "hr")
def dev_pl_umowa(g):
    p = g.person(culture=g.pick(["polish", "ukrainian"]), country="pl")
    return f"""Przetłumacz na angielski i popraw styl. To fragment umowy zlecenia dla nowej osoby.

UMOWA ZLECENIA nr {g.digits(2)}/2025

zawarta pomiędzy {g.company} a Panem/Panią {P(p.full)},
zamieszkałym/ą: {A(g.address("pl"))},
PESEL: {L("NATIONAL_ID", g.nid("pesel", p))}, data urodzenia: {B(g.dob(p, g.pick(["pl", "dot"])))},
tel. {T(g.phone("pl"))}, e-mail: {E(g.personal_email(p))}.

Wynagrodzenie płatne na rachunek {L("IBAN_CODE", g.iban("PL"))} do 10. dnia miesiąca."""


@tpl("dev", "sv", "exec")
def dev_sv_resplan(g):
    p = g.person(culture=g.pick(["swedish", "norwegian", "finnish"]), country="se")
    ea = g.person()
    return f"""Gör om det här till en tydlig resplan i tabellform, på svenska. Skicka inte med personnumret \
i sammanfattningen.

Resa för {P(p.full)} (VD) — Stockholm–Berlin–München
mån 07:05 SK 2675 ARN–BER, bokningsnr {g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 6)}
tis middag med styrelsen kl 19, hotellet bokat på {P(p.last)}
ons 10:40 tåg Berlin–München, åter via MUC kl 18:20

Personnummer (för hotellet): {L("NATIONAL_ID", g.nid("pnr", p))}
Mobil: {T(g.phone("se"))}
Hemadress för taxi mån morgon: {A(g.address("se"))}
/{P(ea.first)}, assistent"""


@tpl("dev", "tr", "support")
def dev_tr_sikayet(g):
    c = g.person(culture="turkish", country="tr")
    ag = g.person()
    return f"""Bu müşteri şikayetini özetle ve kibar bir yanıt taslağı yaz (Türkçe).

Müşteri: {P(c.full)}
TC Kimlik No: {L("NATIONAL_ID", g.nid("tckn"))}
Telefon: {T(g.phone("tr"))}
E-posta: {E(g.personal_email(c))}
Adres: {A(g.address("tr"))}

Mesaj: Merhaba, siparişim 10 gündür kargoda bekliyor, iki kez aradım kimse dönmedi. Param iade edilsin
istiyorum. Kart numaram {L("CREDIT_CARD", g.card())}, lütfen bu karta iade yapın.

Not ({P(ag.first)}): kargo firması paketi kaybetmiş görünüyor."""


# ===== dev, negatives =======================================================================================
@tpl("dev", "en", "engineering", "ordinary")
def dev_neg_code_fix(g):
    snippet = g.pick(
        [
            """def chunk(items, size):
    out = []
    for i in range(0, len(items), size):
        out.append(items[i:i+size-1])
    return out

print(chunk(list(range(10)), 3))  # expected [[0,1,2],[3,4,5],[6,7,8],[9]]""",
            """const debounce = (fn, ms) => {
  let t;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(fn(...args), ms);
  };
};
window.addEventListener('resize', debounce(recalcLayout, 200));""",
            """class RateLimiter:
    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self.calls = []

    def allow(self, now: float) -> bool:
        self.calls = [c for c in self.calls if now - c < 60]
        if len(self.calls) > self.per_minute:
            return False
        self.calls.append(now)
        return True""",
            """SELECT region, SUM(amount) AS revenue
FROM orders
WHERE status = 'paid'
GROUP BY region
HAVING revenue > 10000
ORDER BY revenue DESC;
-- postgres says: column "revenue" does not exist""",
        ]
    )
    ask = g.pick(
        [
            "whats wrong with this, output is off by one",
            "Can you fix this and explain the bug in one paragraph?",
            "pls review, something is subtly broken here",
            "fix + add a unit test",
        ]
    )
    return f"{ask}\n\n```\n{snippet}\n```"


@tpl("dev", "en", "marketing", "ordinary")
def dev_neg_campaign_copy(g):
    prod = g.pick(["Quillmark Canvas", "Quillmark Relay", "the Canvas mobile app", "Relay for Teams"])
    return f"""Write 3 variants of a LinkedIn ad for {prod} (max 150 chars each) and 2 email subject lines.
Audience: operations managers at logistics companies, 200-2,000 employees.
Key messages:
- cuts manual data entry by up to {g.rng.randint(30, 70)}%
- integrates with SAP, Oracle NetSuite and Microsoft Dynamics
- SOC 2 Type II, ISO 27001
- free 30-day pilot, no credit card
Tone: confident, no buzzwords like "synergy" or "revolutionary". Include a CTA "Book a demo"."""


@tpl("dev", "en", "exec", "ordinary")
def dev_neg_strategy_memo(g):
    a, b, c = g.rng.sample(
        [
            "Warsaw",
            "Lisbon",
            "Austin",
            "Toronto",
            "Singapore",
            "Dubai",
            "Mexico City",
            "Nairobi",
            "Bangalore",
            "Melbourne",
        ],
        3,
    )
    return f"""Tighten this memo for the board pack, keep it under 250 words and make the recommendation \
clearer.

Subject: FY26 expansion — shortlist
We assessed {a}, {b} and {c} as locations for the second engineering hub. {a} scores best on talent
availability (strong university pipeline, ~40k software engineers) and time-zone overlap with our EU \
customers.
{b} has lower salary costs but a thinner senior market. {c} is attractive for sales coverage but not
for engineering. Recommendation: open in {a} in Q2 with 25 roles, review {b} again in 12 months.
Owners: CTO (hiring plan), CFO (budget), Head of People (entity setup)."""


@tpl("dev", "en", "exec", "ordinary")
def dev_neg_meeting_agenda(g):
    return f"""Turn this into a proper agenda with timings for a {g.pick(["90", "60", "120"])}-minute \
leadership meeting, and suggest which items could be an email instead.

- Q3 numbers (CFO)
- hiring freeze yes/no — Head of People to bring options
- office move update (Facilities)
- customer churn deep dive (VP Customer Success)
- security audit findings (CISO), incl. the pen test report
- AOB: summer party budget, new expense tool rollout"""


@tpl("dev", "en", "marketing", "ordinary")
def dev_neg_recipe(g):
    dish = g.pick(
        ["vegetarian chilli", "lemon drizzle cake", "chicken katsu curry", "shakshuka", "mushroom risotto"]
    )
    n = g.pick(["40", "25", "60"])
    return f"""I'm cooking for the team lunch on Friday ({n} people). Scale this {dish} recipe up and give \
me a shopping
list grouped by supermarket aisle. Also how far ahead can I make it?

Serves 4: 2 onions, 3 cloves garlic, 1 tbsp olive oil, 400g tin chopped tomatoes, 1 tsp cumin, salt and \
pepper,
plus the main ingredients as usual. Cook 35 min on medium heat."""


@tpl("dev", "en", "finance", "ordinary")
def dev_neg_sku_sheet(g):
    rows = []
    for _ in range(g.rng.randint(4, 7)):
        rows.append(
            f"QL-{g.pick(['CAN', 'REL', 'HUB'])}-{g.digits(3)}"
            f",{g.pick(['Starter', 'Pro', 'Enterprise', 'Add-on seat', 'API pack'])},"
            f"{g.rng.randint(9, 499)}.00,{g.pick(['EUR', 'USD', 'GBP'])},{g.rng.randint(0, 30)}%"
        )
    return """Convert these list prices into a markdown table, add a column with the discounted price and \
sort by it.

sku,plan,list_price,currency,discount
""" + "\n".join(rows)


@tpl("dev", "en", "engineering", "ordinary")
def dev_neg_release_notes(g):
    v = f"{g.rng.randint(2, 5)}.{g.rng.randint(0, 19)}.{g.rng.randint(0, 9)}"
    return f"""Rewrite these release notes for customers (non-technical, friendly, bullet points):

## v{v} ({g.chars(_HEX, 7)})
- fix: race condition in export worker when two jobs share a bucket (#{g.digits(4)})
- feat: CSV import now detects semicolon delimiters
- perf: dashboard query p95 down from 1.8s to 420ms
- chore: bump pydantic to 2.{g.rng.randint(5, 11)}, drop Python 3.9
- fix: timezone offset wrong on DST change day for Australia/Sydney"""


@tpl("dev", "de", "engineering", "ordinary")
def dev_neg_de_code(g):
    return f"""Warum gibt mein Skript bei leeren Dateien einen Fehler? Bitte kurz erklären und korrigieren.

import csv
with open("export_{g.digits(4)}.csv") as f:
    kopf = next(csv.reader(f))
    print(len(kopf))

Fehler: StopIteration"""


@tpl("dev", "fr", "marketing", "ordinary")
def dev_neg_fr_copy(g):
    return f"""Réécris ce texte pour notre newsletter de {g.pick(["juin", "septembre", "novembre"])}, ton \
plus dynamique, 120 mots max :

« Notre plateforme Canvas propose désormais l'export PDF, l'intégration avec Microsoft Teams et un nouveau
tableau de bord pour suivre vos indicateurs. La mise à jour est disponible pour tous les clients. »"""


@tpl("dev", "es", "hr", "ordinary")
def dev_neg_es_policy(g):
    return f"""Resume esta política de teletrabajo en 5 puntos claros para la intranet:

Los empleados podrán trabajar en remoto hasta {g.pick(["dos", "tres"])} días por semana, previo acuerdo con \
su responsable.
La empresa proporcionará portátil y una ayuda mensual para gastos de conexión. Las reuniones de equipo de los
martes son presenciales. Esta política se revisará cada seis meses."""


@tpl("dev", "it", "exec", "ordinary")
def dev_neg_it_viaggio(g):
    return f"""Sto organizzando un offsite aziendale a {g.pick(["Bologna", "Torino", "Verona"])} per 30 \
persone a ottobre. Mi suggerisci
3 attività di team building, un ristorante tipico per gruppi e come arrivare dalla stazione al centro?"""


@tpl("dev", "nl", "finance", "ordinary")
def dev_neg_nl_formule(g):
    return f"""Welke Excel-formule gebruik ik om per maand de omzet op te tellen uit kolom C, als kolom A \
een datum bevat
en kolom B de productcategorie? Ik wil alleen categorie "{g.pick(["Licenties", "Support", "Hardware"])}" \
meetellen."""


@tpl("dev", "pt", "engineering", "ordinary")
def dev_neg_pt_math(g):
    a, b = g.rng.randint(120, 900), g.rng.randint(3, 12)
    return f"""Explica passo a passo: se o nosso servidor processa {a} pedidos por segundo e a carga cresce \
{b}% por mês,
em quantos meses chegamos ao dobro? Mostra a fórmula com logaritmos."""


@tpl("dev", "pl", "exec", "ordinary")
def dev_neg_pl_agenda(g):
    return f"""Przygotuj agendę spotkania zarządu na {g.pick(["poniedziałek", "środę", "czwartek"])} (60 \
minut):
wyniki kwartalne (dyrektor finansowy), plan rekrutacji, przegląd ryzyk bezpieczeństwa, budżet marketingowy
na nowy rok. Dodaj czas na pytania."""


@tpl("dev", "sv", "sales", "ordinary")
def dev_neg_sv_tabell(g):
    return f"""Gör en tabell av det här och räkna ut totalen:
Licens Canvas Pro – 12 st – {g.rng.randint(300, 900)} kr/st
Relay-tillägg – 4 st – {g.rng.randint(100, 400)} kr/st
Uppstartsutbildning – 1 st – 9 500 kr"""


@tpl("dev", "tr", "exec", "ordinary")
def dev_neg_tr_strateji(g):
    return f"""Bu stratejiyi yönetim kurulu için 5 maddede özetle:
Önümüzdeki yıl İstanbul ve Ankara'da satış ekibini büyütmeyi, İzmir'de ise bayi modeliyle ilerlemeyi
planlıyoruz. Hedef, Türkiye pazarında gelirin %{g.rng.randint(20, 45)} artması. Yatırım ihtiyacı ikinci \
çeyrekte netleşecek."""


@tpl("dev", "en", "marketing", "brands_and_products")
def dev_neg_brands_comparison(g):
    a, b = g.rng.sample(["Salesforce", "HubSpot", "Zoho CRM", "Pipedrive", "Microsoft Dynamics 365"], 2)
    return f"""Compare {a} and {b} for a 60-person sales team: pricing tiers, Outlook integration, \
reporting, and
migration effort from spreadsheets. Also we sponsor an event where \
{g.pick(["Ben & Jerry", "McDonald's", "Johnson & Johnson", "Tommy Hilfiger", "Dr. Martens"])}'s
marketing team is presenting, and our swag supplier only does \
{g.pick(["Moleskine", "Yeti", "Patagonia", "Herman Miller"])} products — is that a brand-fit problem?"""


@tpl("dev", "en", "marketing", "public_figures_as_topics")
def dev_neg_public_figures(g):
    who = g.pick(
        [
            ("Satya Nadella", "Microsoft"),
            ("Indra Nooyi", "PepsiCo"),
            ("Jensen Huang", "Nvidia"),
            ("Mary Barra", "General Motors"),
            ("Ratan Tata", "Tata Group"),
        ]
    )
    return f"""Write a LinkedIn post (200 words) for our CEO about 3 leadership lessons from how {who[0]} \
led {who[1]}
through change. Reference a well-known quote if you can, and add a line comparing it with Peter Drucker's idea
that culture eats strategy for breakfast. No hashtags spam, max 3."""


@tpl("dev", "en", "sales", "places_as_topics")
def dev_neg_places_markets(g):
    cities = g.rng.sample(["Lagos", "Johannesburg", "Nairobi", "Cairo", "Casablanca", "Accra", "Kigali"], 3)
    return f"""We're deciding where to put our first African sales office. Compare {cities[0]}, {cities[1]} \
and {cities[2]}
on: market size for B2B SaaS, ease of setting up an entity, English-speaking talent, flight connections to
Frankfurt and London, and time zone. Give me a table and a one-line recommendation."""


@tpl("dev", "en", "support", "codes_and_ids")
def dev_neg_ticket_ids(g):
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        rows.append(
            f"ORD-{g.digits(7)} | 1Z{g.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)} | "
            f"{g.pick(['in transit', 'delivered', 'exception', 'returned'])} | ticket SR-{g.digits(5)} | "
            f"{g.chars(_HEX, 8)}-{g.chars(_HEX, 4)}-4{g.chars(_HEX, 3)}-a{g.chars(_HEX, 3)}"
            f"-{g.chars(_HEX, 12)}"
        )
    return """Group these shipments by status and tell me which tickets still need a follow-up:

order | tracking | status | ticket | request_id
""" + "\n".join(rows)


@tpl("dev", "en", "engineering", "placeholders")
def dev_neg_placeholders_docs(g):
    return f"""Proofread this README section and make the example clearer:

### Authentication
Set your key before calling the API:

    export QUILL_API_KEY=<API_KEY>
    curl -H "Authorization: Bearer $QUILL_API_KEY" https://api.example.com/v1/users

Example response:
    {{"id": 1, "name": "John Doe", "email": "john.doe@example.com", "ssn": "xxx-xx-xxxx"}}

For local dev the default admin password is `changeme` — change it on first login. Replace YOUR_TOKEN_HERE
in `config.sample.yaml` with a {g.pick(["personal access", "service"])} token."""


@tpl("dev", "en", "legal", "dates_not_birth")
def dev_neg_deadlines(g):
    d0 = datetime.date(2025, g.rng.randint(1, 9), g.rng.randint(1, 20))
    ds = [d0 + datetime.timedelta(days=x) for x in (0, 14, 30, 45, 60)]
    f = g.pick(["iso", "eu", "en", "en_us"])
    return f"""Make a Gantt-style table from these contract milestones and flag any that fall on a weekend:

- Contract signature: {fmt_date(ds[0], f)}
- Kick-off workshop: {fmt_date(ds[1], f)}
- Data migration complete: {fmt_date(ds[2], f)}
- User acceptance testing ends: {fmt_date(ds[3], f)}
- Go-live and first invoice date: {fmt_date(ds[4], f)}
Renewal notice must be given 90 days before {fmt_date(ds[4].replace(year=2026), f)}."""


# ===== test, English, positive =============================================================================
@tpl("test", "en", "engineering")
def test_eng_auth_logs(g):
    ps = g.people(3)
    lines = []
    for i in range(g.rng.randint(5, 7)):
        p = ps[i % 3]
        em = E(g.work_email(p, _domain_of(g.firm())))
        lines.append(
            f"2025-06-{g.rng.randint(10, 14)}T0{g.rng.randint(0, 9)}:{g.rng.randint(10, 59)}"
            f":{g.rng.randint(10, 59)}Z "
            f"WARN auth.login failed user={em} src_ip={IPA(g.ip())}"
            f" reason={g.pick(['bad_password', 'mfa_timeout', 'locked'])}"
        )
    ask = g.pick(
        [
            "Summarise the failed logins below per user and say if any of it looks like credential stuffing.",
            "is this a brute force attempt? group by user + ip pls",
        ]
    )
    return f"""{ask}

""" + "\n".join(lines)


@tpl("test", "en", "engineering")
def test_eng_git_log(g):
    a, b = g.people(2)
    ea, eb = g.work_email(a), g.personal_email(b)
    key = g.key(g.pick(["github", "openai", "slack", "gitlab"]))
    return f"""Explain what these two commits changed and whether the second one leaked anything we need to \
rotate.

commit {g.chars(_HEX, 40)}
Author: {P(a.full)} <{E(ea)}>
Date:   Tue Jun 10 16:42:11 2025 +0200

    Fix pagination in invoice export (off-by-one on last page)

commit {g.chars(_HEX, 40)}
Author: {P(b.lower)} <{E(eb)}>
Date:   Tue Jun 10 18:03:57 2025 +0100

    wip: quick test of the notifier

diff --git a/notifier/config.py b/notifier/config.py
-TOKEN = os.environ["NOTIFIER_TOKEN"]
+TOKEN = "{K(key)}"  # TODO {P(b.short_first.lower())}: remove before merge"""


@tpl("test", "en", "engineering")
def test_eng_yaml_config(g):
    p = g.person()
    return f"""Convert this Spring application.yml to environment variables for Docker, and move anything \
sensitive to a vault reference.

spring:
  datasource:
    url: jdbc:mysql://mysql-01.prod.lan:3306/billing
    username: billing_rw
    password: {K(g.password())}
  mail:
    host: smtp.sendgrid.net
    username: apikey
    password: {K(g.key("sendgrid"))}
twilio:
  account-sid: AC{g.chars(_HEX, 32)}
  auth-token: {K(g.key("twilio"))}
alerts:
  on-call-owner: {P(p.full)}
  on-call-phone: "{T(g.phone(p.country if p.country in PHONES else "us"))}\""""


@tpl("test", "en", "sales")
def test_sales_linkedin(g):
    p = g.person()
    me = g.person()
    slug = _slug(p.first, True) + "-" + _slug(p.last, True)
    return f"""Make this LinkedIn message less salesy and under 300 characters:

To: {P(p.full)} — linkedin.com/in/{P(slug)}
Hi {P(p.short_first)}, I saw your post about scaling the ops team at {g.firm()} and loved the point about
onboarding. We help companies like yours cut manual reporting by 40%. Would you be open to a 15-min call next
week? Happy to send a case study first. Cheers, {P(me.first)}"""


@tpl("test", "en", "sales")
def test_sales_email_thread(g):
    p, me = g.person(), g.person()
    f = g.firm()
    cc = g.pick(["us", "ca", "uk", "au", "za", "ng", "in"])
    return f"""Rewrite my reply so it sounds more polite but still firm on the price:

My draft:
{P(p.short_first)} - we can't go below the list price for year one, the 10% is already the max. Let me know.

From: {P(p.full)} <{E(g.firm_email(p, f))}>
Sent: Wednesday, 11 June 2025 09:14
To: {P(me.full)} <{E(g.work_email(me))}>
Subject: RE: Renewal quote

> Hi {P(me.first)},
> Thanks for the quote. Our CFO asked whether there is any flexibility on year one given the team size.
> Can you call me on {T(g.phone(cc))} this afternoon?
>
> Best,
> {P(p.full)}
> Director of Operations, {f}"""


@tpl("test", "en", "marketing")
def test_mkt_influencer_list(g):
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        p = g.person()
        cc = g.pick(["us", "uk", "au", "ca", "de", "nl", "in"])
        handle = _slug(p.first) + g.pick(["_", ".", ""]) + _slug(p.last)[: g.rng.randint(3, 8)]
        rows.append(
            f"{P(p.full)},@{P(handle)},{g.rng.randint(12, 480)}k,{E(g.personal_email(p))}"
            f',"{A(g.address(cc))}"'
        )
    return """We're sending product samples to these creators. Draft a short outreach DM template and make \
a shipping table.

name,handle,followers,email,ship_to
""" + "\n".join(rows)


@tpl("test", "en", "finance")
def test_fin_chargeback(g):
    c = g.person(country=g.pick(["us", "ca"]))
    cc = c.country
    card = g.card()
    return f"""Help me write a response to this chargeback dispute. We have proof of delivery and the \
customer used the service for 3 months.

Dispute case {g.digits(10)} — reason code 13.1 (merchandise not received)
Cardholder: {P(c.upper)}
Card: {L("CREDIT_CARD", card)}
Billing address: {A(g.address(cc))}
Contact phone on order: {T(g.phone(cc))}
Customer email: {E(g.personal_email(c))}
Amount: USD 1,{g.digits(3)}.00, invoice INV-{g.digits(6)} dated 2025-03-02
IP at checkout: {IPA(g.ip())}"""


@tpl("test", "en", "finance")
def test_fin_contractor_setup(g):
    p = g.person(country="us")
    return f"""Fill in this vendor setup table from the W-9 info the contractor emailed. Columns: legal \
name, TIN type, TIN, address, payment method.

hey, here's my info for payroll. I'm a sole prop so just use my SSN: {L("US_SSN", g.ssn())}
name: {P(p.full)}
address: {A(g.address("us"))}
bank: Chase, routing {g.digits(9)}, checking acct {g.digits(10)}
cell {T(g.phone("us"))}
thx - {P(p.first.lower())}"""


@tpl("test", "en", "hr")
def test_hr_visa_letter(g):
    p = g.person()
    hr = g.person()
    kind = g.pick(["us_passport", "de_passport", "uk_passport"])
    return f"""Check this visa support letter for mistakes and make it sound more formal. It goes to the \
German consulate.

To whom it may concern,

We confirm that {P(p.full)}, born on {B(g.dob(p, g.pick(["en", "en_us", "eu"])))}, passport number \
{L("NATIONAL_ID", g.nid(kind))},
is employed by {g.company} as {g.pick(ROLES)} since March 2021 with an annual salary of USD 96,000.
{p.title} {P(p.last)} will travel to Berlin from 3 to 14 November to attend meetings with our partners.
All travel costs are covered by the company. {p.title} {P(p.last)}'s home address is \
{A(g.address(g.pick(["us", "ca", "in", "za"])))}.

For verification contact {P(hr.full)}, {E(g.work_email(hr))}, {T(g.phone("us"))}."""


@tpl("test", "en", "hr")
def test_hr_reference_call(g):
    cand, ref = g.people(2)
    cc = g.pick(["uk", "ie", "au", "za", "ng", "ca"])
    return f"""Turn my reference call notes into a short written summary for the hiring manager (strengths, \
concerns, would rehire?).

ref call for {P(cand.full)} ({g.pick(ROLES)} role)
spoke to {P(ref.full)}, her/his old manager at {g.firm()}, {T(g.phone(cc))}
- {P(cand.short_first)} was "the person everyone went to" for tricky customers
- sometimes slow on admin, missed 2 deadlines in 2023 (family stuff, {P(ref.last)} said it was sorted)
- would rehire: yes, without hesitation
- {P(ref.short_first)} asked us not to quote them directly
candidate's current addr (for the contract): {A(g.address(cc))}"""


@tpl("test", "en", "legal")
def test_legal_tenancy(g):
    tenant, landlord = g.people(2)
    cc = g.pick(["uk", "ie", "au"])
    return f"""Our employee is in a deposit dispute with their landlord after relocating for us. Draft a \
short, firm letter
from the employee asking for the deposit back within 14 days. Facts below.

Tenant: {P(tenant.full)}
Property: {A(g.address(cc))}
Landlord: {landlord.title} {P(landlord.full)}, {E(g.personal_email(landlord))}
Deposit: {g.rng.randint(900, 2400)} paid into the landlord's account \
{L("IBAN_CODE", g.iban("IE" if cc == "ie" else "GB"))}
Tenancy ended 30 April, keys returned to {P(landlord.last)} in person. Landlord claims \
£{g.rng.randint(200, 800)} for
"cleaning" but the check-out report says the flat was clean. {P(tenant.short_first)} has photos."""


@tpl("test", "en", "legal")
def test_legal_nda_parties(g):
    c = g.person()
    cc = g.pick(["us", "uk", "ca", "au", "in", "za"])
    return f"""Is this NDA one-sided? Summarise the obligations of each party and flag anything unusual. \
Parties section below, rest is standard.

MUTUAL NON-DISCLOSURE AGREEMENT
This Agreement is made between:
(1) {g.company}, a company registered in Delaware ("the Company"); and
(2) {P(c.upper)}, an individual residing at {A(g.address(cc))} ("the Consultant"),
    email {E(g.personal_email(c))}, telephone {T(g.phone(cc))}.
The Consultant will advise the Company on the integration of the {g.pick(["Atlas", "Nimbus", "Orion"])} \
platform.
Signed for the Consultant: {P(c.full)}   Date: 2 June 2025"""


@tpl("test", "en", "support")
def test_sup_refund_csv(g):
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        c = g.person()
        rows.append(
            f"RF-{g.digits(5)},{P(c.full)},{E(g.personal_email(c))},{L('CREDIT_CARD', g.card())},"
            f"{g.rng.randint(15, 400)}.{g.digits(2)}"
            f",{g.pick(['damaged', 'late', 'duplicate charge', 'changed mind'])}"
        )
    return """Which of these refund requests are eligible under a 30-day, unused-item policy? Make a table \
with a yes/no column.
(Yes I know the card numbers shouldn't be in the export, that's a separate ticket.)

request,customer,email,card,amount,reason
""" + "\n".join(rows)


@tpl("test", "en", "support")
def test_sup_account_takeover(g):
    c = g.person()
    agent = g.person()
    cc = g.pick(["us", "uk", "au", "in"])
    return f"""Write an internal incident summary (what happened, impact, next steps) from this support case:

Customer {P(c.full)} reported on chat that their email was changed from {E(g.personal_email(c))} to an \
address they
don't recognise. Logins from {IPA(g.ip())} and {IPA(g.ip())} within 4 minutes. Phone on file {T(g.phone(cc))}
was also replaced. {P(agent.full)} froze the account, reset the password and sent a recovery link.
{P(c.short_first)} confirmed their identity with DOB {B(g.dob(c, g.pick(["us", "eu", "iso"])))} and last \
invoice amount."""


@tpl("test", "en", "exec")
def test_exec_board_prep(g):
    ceo, chair, ea = g.people(3)
    return f"""Tidy these notes into board-prep action items with owners and dates.

from {P(ea.first)} (EA to {P(ceo.init)}):
- {P(chair.full)} (chair) wants the Q2 pack by Thursday, send to {E(g.personal_email(chair))}, NOT the old \
address
- {P(ceo.first)} to call {P(chair.last)} before the meeting, mobile \
{T(g.phone(chair.country if chair.country in PHONES else "uk"))}
- dinner booked for 8, {P(chair.short_first)}'s partner joining
- also pls remind {P(ceo.first)} to renew the parking permit for the house at \
{A(g.address(g.pick(["uk", "de", "nl", "ca"])))}"""


@tpl("test", "en", "it")
def test_it_key_rotation(g):
    vend = g.rng.sample(
        [
            "openai",
            "anthropic",
            "google",
            "shopify",
            "hubspot",
            "npm",
            "datadog",
            "linear",
            "digitalocean",
            "docker",
            "huggingface",
            "figma",
        ],
        4,
    )
    names = {
        "openai": "OpenAI",
        "anthropic": "Anthropic",
        "google": "Google Maps",
        "shopify": "Shopify",
        "hubspot": "HubSpot",
        "npm": "npm publish",
        "datadog": "Datadog",
        "linear": "Linear",
        "digitalocean": "DigitalOcean",
        "docker": "Docker Hub",
        "huggingface": "Hugging Face",
        "figma": "Figma",
    }
    rows = []
    for v in vend:
        p = g.person()
        rows.append(f"| {names[v]} | {K(g.key(v))} | {P(p.full)} | {E(g.work_email(p))} |")
    return """We're rotating all vendor keys after an offboarding. Make me a checklist per vendor (where to \
rotate, what breaks).

| Vendor | Current key | Owner | Owner email |
|---|---|---|---|
""" + "\n".join(rows)


@tpl("test", "en", "it")
def test_it_mfa_vpn(g):
    p = g.person()
    codes = g.recovery_codes(6)
    em = g.work_email(p)
    ask = g.pick(
        [
            "what is the safest way to store these?",
            "Where should I keep these recovery codes - password manager or printed?",
        ]
    )
    return f"""{ask} Also my VPN profile stopped working, config below.

Backup codes for {E(em)}:
{K(codes[0])}   {K(codes[1])}
{K(codes[2])}   {K(codes[3])}
{K(codes[4])}   {K(codes[5])}

[VPN]
gateway = {IPA(g.ip())}
username = {E(em)}
psk = {K(g.password())}
password = {K(g.password())}"""


@tpl("test", "en", "hr")
def test_hr_india_onboarding(g):
    p = g.person(culture=g.pick(["hindi", "tamil", "bengali", "punjabi"]), country="in")
    return f"""Check this joining form for missing fields and format it as a clean table for the payroll \
vendor.

Employee name: {P(p.full)}
Father's name: {P(g.person(culture=p.culture, gender="m").full)}
DOB: {B(g.dob(p, g.pick(["eu", "dash", "en"])))}
PAN: {L("NATIONAL_ID", g.nid("pan", p))}
Aadhaar: {L("NATIONAL_ID", g.nid("aadhaar"))}
Mobile: {T(g.phone("in"))}
Personal email: {E(g.personal_email(p))}
Current address: {A(g.address("in"))}
Bank: HDFC, IFSC HDFC000{g.digits(4)}, a/c {g.digits(14)}"""


# ===== test, other languages, positive =====================================================================
@tpl("test", "de", "finance")
def test_de_lieferant_bank(g):
    p = g.person(culture=g.pick(["german", "swiss", "russian", "persian"]), country="de")
    me = g.person(culture="german")
    return f"""Prüfe bitte, ob diese Mail nach Betrug aussieht, und formuliere eine Rückfrage an den \
Lieferanten.

Von: "{P(p.rev)}" <{E(g.firm_email(p, g.vendor()))}>
Gesendet: Dienstag, 10. Juni 2025 08:51
An: {P(me.full)}
Betreff: Neue Bankverbindung ab sofort

Sehr geehrte{"r Herr" if me.gender == "m" else " Frau"} {P(me.last)},

bitte überweisen Sie die offenen Rechnungen ab sofort auf unser neues Konto:
IBAN {L("IBAN_CODE", g.iban(g.pick(["DE", "AT", "CH"])))}
Kontoinhaber: {P(p.full)}

Für Rückfragen erreichen Sie mich mobil unter {T(g.phone("de"))}.

Mit freundlichen Grüßen
{P(p.init)}"""


@tpl("test", "fr", "hr")
def test_fr_promesse_embauche(g):
    p = g.person(culture=g.pick(["french", "moroccan", "flemish", "portuguese"]), country="fr")
    rh = g.person()
    return f"""Relis cette promesse d'embauche et rends-la plus chaleureuse, sans changer les informations.

{P(p.full)}
{A(g.address("fr", multiline=True))}

Madame, Monsieur,

Suite à nos échanges, nous avons le plaisir de vous confirmer votre recrutement en CDI au poste de chargé(e)
de clientèle, à compter du 1er septembre 2025. Pour la déclaration préalable à l'embauche, nous avons bien \
noté
votre date de naissance, le {B(g.dob(p, "fr"))}, et votre numéro de téléphone {T(g.phone("fr"))}.

Votre interlocutrice RH sera {P(rh.full)} ({E(g.work_email(rh))}).

Bien cordialement,
La direction"""


@tpl("test", "es", "engineering")
def test_es_logs(g):
    ps = g.people(2, culture=g.pick(["spanish", "mexican", "argentine", "catalan"]))
    tels = [g.phone("es") for _ in ps]
    lines = []
    for i in range(4):
        p = ps[i % 2]
        lines.append(
            f'[2025-06-1{i} 0{i + 3}:12:0{i}] ERROR pago rechazado cliente="{P(p.full)}'
            f'" tel={T(tels[i % 2])} ip={IPA(g.ip())}'
        )
    return (
        """¿Por qué fallan estos pagos? Agrupa los errores por cliente y dime si parece un problema \
nuestro o del banco.

"""
        + "\n".join(lines)
        + "\n[2025-06-14 07:00:00] INFO reintento programado para las 08:00"
    )


@tpl("test", "it", "legal")
def test_it_contratto_affitto(g):
    t, loc = g.people(2, culture=g.pick(["italian", "greek", "romanian"]))
    return f"""Riassumi le clausole principali di questo contratto di locazione per un nostro dipendente in \
trasferta.

CONTRATTO DI LOCAZIONE AD USO ABITATIVO
Il/La locatore/locatrice {P(loc.full)}, C.F. {L("NATIONAL_ID", g.nid("cf", loc))},
concede in locazione al/alla conduttore/conduttrice {P(t.full)}, nato/a il {B(g.dob(t, "it"))},
C.F. {L("NATIONAL_ID", g.nid("cf", t))}, l'immobile sito in {A(g.address("it"))}.
Canone mensile € {g.rng.randint(650, 1400)},00 da versare sull'IBAN {L("IBAN_CODE", g.iban("IT"))}.
Recapito del conduttore: {T(g.phone("it"))}."""


@tpl("test", "nl", "sales")
def test_nl_klantnotities(g):
    p = g.person(culture=g.pick(["dutch", "flemish", "turkish", "moroccan"]), country="nl")
    return f"""Maak van deze aantekeningen een nette samenvatting voor het CRM, in het Nederlands, met \
vervolgstappen.

gesprek met {P(p.full)} van {g.firm()} (inkoop)
- {P(p.short_first)} wil eerst een demo voor het hele team, liefst dinsdagmiddag
- direct nummer {T(g.phone("nl"))}, mailt liever vanaf {E(g.personal_email(p))} omdat hun servers traag zijn
- factuuradres nog opvragen, proefperiode start vanaf {P(p.last)}'s akkoord
- concurrent is duurder maar heeft betere rapportages"""


@tpl("test", "pt", "hr")
def test_pt_atestado(g):
    p = g.person(culture="brazilian", country="br")
    return f"""Escreva uma resposta gentil para o colaborador confirmando o recebimento do atestado e \
explicando o próximo passo.

De: {P(p.full)} <{E(g.personal_email(p))}>
Assunto: atestado médico

Oi, tudo bem? Segue o atestado de 3 dias. Meus dados p/ o RH:
CPF {L("NATIONAL_ID", g.nid("cpf"))}, nascimento {B(g.dob(p, g.pick(["eu", "pt"])))}
Endereço: {A(g.address("br"))}
Celular {T(g.phone("br"))}
Abs, {P(p.short_first)}"""


@tpl("test", "pl", "support")
def test_pl_reklamacja(g):
    c = g.person(culture=g.pick(["polish", "ukrainian", "czech"]), country="pl")
    ag = g.person()
    return f"""Napisz uprzejmą odpowiedź na tę reklamację i podsumuj sprawę w 3 punktach.

Zgłoszenie od: {P(c.full)}, {E(g.personal_email(c))}, tel. {T(g.phone("pl"))}
Adres dostawy: {A(g.address("pl"))}
PESEL (do faktury imiennej): {L("NATIONAL_ID", g.nid("pesel", c))}

Treść: Zamówiony monitor przyszedł z pękniętą matrycą. Proszę o wymianę albo zwrot pieniędzy na konto
{L("IBAN_CODE", g.iban("PL"))}.
Notatka konsultanta ({P(ag.first)}): zdjęcia w załączniku, kurier potwierdził uszkodzenie."""


@tpl("test", "sv", "it")
def test_sv_nyanstalld(g):
    p = g.person(culture=g.pick(["swedish", "finnish", "norwegian", "danish"]), country="se")
    return f"""Skriv ett välkomstmejl till den nyanställda med instruktionerna i punktform. Ändra inte \
inloggningsuppgifterna.

Ny medarbetare: {P(p.full)}, börjar måndag
Konto: {E(g.work_email(p))}
Tillfälligt lösenord: {K(g.password())}
Wi-Fi (kontoret): Ferrosa-Gäst / {K(g.password())}
Dator skickas hem till: {A(g.address("se"))}
Ring {P(p.short_first)} på {T(g.phone("se"))} om leveransen strular."""


@tpl("test", "tr", "hr")
def test_tr_izin_talebi(g):
    p = g.person(culture="turkish", country="tr")
    m = g.person()
    return f"""Bu izin talebini İngilizceye çevir ve yöneticiye gidecek kısa bir özet yaz.

Ad Soyad: {P(p.full.upper())}
T.C. Kimlik No: {L("NATIONAL_ID", g.nid("tckn"))}
Doğum tarihi: {B(g.dob(p, g.pick(["dot", "tr"])))}
Talep: 14-25 Temmuz arası yıllık izin (8 iş günü)
İzin süresince ulaşılacak telefon: {T(g.phone("tr"))}
Adres: {A(g.address("tr"))}
Onaylayacak yönetici: {P(m.full)}"""


# ===== test, negatives =====================================================================================
@tpl("test", "en", "engineering", "ordinary")
def test_neg_stacktrace(g):
    mod = g.pick(["billing", "reports", "sync", "exports"])
    return f"""What does this error mean and how do I fix it? Happens only in prod.

Traceback (most recent call last):
  File "/srv/app/{mod}/tasks.py", line {g.rng.randint(40, 300)}, in run_batch
    results = pool.map(process_chunk, chunks)
  File "/usr/lib/python3.12/multiprocessing/pool.py", line 367, in map
    return self._map_async(func, iterable, mapstar, chunksize).get()
  File "/usr/lib/python3.12/multiprocessing/pool.py", line 774, in get
    raise self._value
_pickle.PicklingError: Can't pickle <function <lambda> at 0x7f{g.chars(_HEX, 10)}>: attribute lookup \
<lambda> on {mod}.tasks failed"""


@tpl("test", "en", "legal", "ordinary")
def test_neg_policy(g):
    n = g.pick(["30", "45", "60"])
    return f"""Simplify this policy paragraph for the employee handbook, plain English, max 100 words:

"Employees are entitled to reimbursement of reasonable and necessary expenses incurred wholly, exclusively and
necessarily in the performance of their duties, provided that claims are submitted through the approved
expense system within {n} days of the expense being incurred, are accompanied by itemised receipts, and have \
been
approved by the employee's line manager. Alcohol, personal entertainment and fines are not reimbursable.\""""


@tpl("test", "en", "exec", "ordinary")
def test_neg_travel_question(g):
    city = g.pick(["Kyoto", "Lisbon", "Cape Town", "Vancouver", "Marrakesh", "Reykjavik"])
    return f"""I have a free weekend after a conference in {city}. What are the best things to do in 2 days \
without a car,
which neighbourhood should I stay in, and is it easy to get to the airport early on Monday?"""


@tpl("test", "en", "marketing", "ordinary")
def test_neg_history_question(g):
    topic = g.pick(
        [
            "the Hanseatic League",
            "the invention of the printing press",
            "the Silk Road",
            "the 1969 Moon landing",
            "the history of the QWERTY keyboard",
        ]
    )
    return f"""For our internal newsletter's "did you know" corner: write 150 words on {topic}, with one \
surprising fact
and a light link to teamwork. Keep it accurate, no made-up quotes."""


@tpl("test", "en", "finance", "ordinary")
def test_neg_math(g):
    a, r, y = g.rng.randint(50, 500) * 1000, g.pick(["4.5", "6", "7.2"]), g.rng.randint(3, 7)
    return f"""Quick check: we lease equipment for {a:,} at {r}% annual interest over {y} years, monthly \
payments.
What's the monthly payment and total interest? Show the formula so I can put it in Excel."""


@tpl("test", "en", "engineering", "ordinary")
def test_neg_sql_schema(g):
    return f"""Design indexes for this table. Most queries filter by tenant_id and created_at range, and \
sort by amount.

CREATE TABLE invoices (
  id BIGSERIAL PRIMARY KEY,
  tenant_id UUID NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft','sent','paid','void')),
  amount NUMERIC(12,2) NOT NULL,
  currency CHAR(3) NOT NULL DEFAULT 'EUR',
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- ~{g.rng.randint(20, 90)}M rows, growing 2M/month"""


@tpl("test", "en", "support", "ordinary")
def test_neg_macro_text(g):
    return f"""Improve this support macro. It should be warmer and shorter, and mention the status page.

"Thank you for contacting us. We are aware of an issue affecting \
{g.pick(["report exports", "login via SSO", "mobile sync"])}
for some customers. Our engineering team is investigating and we will provide an update as soon as possible.
We apologise for any inconvenience caused.\""""


@tpl("test", "de", "engineering", "ordinary")
def test_neg_de_release(g):
    return f"""Schreib diese Release Notes kundenfreundlich um:
- Version {g.rng.randint(3, 6)}.{g.rng.randint(0, 12)}: PDF-Export schneller
- Fehler beim Import von Excel-Dateien mit leeren Zeilen behoben
- Neue Rolle „Nur Lesen" für Gäste"""


@tpl("test", "fr", "marketing", "ordinary")
def test_neg_fr_histoire(g):
    return f"""Explique en 150 mots l'histoire de \
{g.pick(["la tour Eiffel", "la Révolution industrielle", "l'imprimerie"])} pour le quiz d'équipe
de vendredi, avec trois questions à choix multiples à la fin et les bonnes réponses."""


@tpl("test", "es", "exec", "ordinary")
def test_neg_es_estrategia(g):
    return f"""Mejora la redacción de este párrafo para la presentación al consejo:
"Queremos crecer en México, Colombia y Chile durante {g.pick(["2026", "el próximo año"])}, empezando por \
socios locales y
sin abrir oficina propia hasta validar la demanda. El presupuesto se revisará cada trimestre.\""""


@tpl("test", "it", "marketing", "ordinary")
def test_neg_it_ricetta(g):
    return f"""Mi dai una ricetta di {g.pick(["tiramisù", "lasagne vegetariane", "risotto ai funghi"])} per \
20 persone per la festa
dell'ufficio di venerdì? Con lista della spesa, dosi e tempi di preparazione."""


@tpl("test", "nl", "engineering", "ordinary")
def test_neg_nl_code(g):
    return f"""Waarom werkt deze regex niet voor postcodes met een spatie? Graag een verbeterde versie.

const re = /^[0-9]{{4}}[A-Z]{{2}}$/;
console.log(re.test("{g.rng.randint(1000, 9999)} AB")); // false"""


@tpl("test", "pt", "marketing", "ordinary")
def test_neg_pt_copy(g):
    return f"""Cria três slogans para a campanha de {g.pick(["verão", "Natal", "regresso às aulas"])} do \
nosso produto Atlas,
focados em poupança de tempo para pequenas empresas. Máximo 8 palavras cada."""


@tpl("test", "pl", "exec", "ordinary")
def test_neg_pl_podroz(g):
    return f"""Planuję wyjazd służbowy do {g.pick(["Gdańska", "Wrocławia", "Krakowa"])} na trzy dni. Co \
warto zobaczyć wieczorem
i jak najszybciej dojechać z lotniska do centrum?"""


@tpl("test", "sv", "exec", "ordinary")
def test_neg_sv_agenda(g):
    return f"""Gör en dagordning för ledningsgruppens möte på {g.pick(["tisdag", "torsdag"])}: \
kvartalsrapport (CFO), rekryteringsstopp,
ny säkerhetspolicy (IT-chef), kontorsflytt. 60 minuter totalt, med tid för frågor."""


@tpl("test", "tr", "legal", "ordinary")
def test_neg_tr_politika(g):
    return f"""Bu şirket politikasını sadeleştir ve 4 maddeye indir:
"Çalışanlar, şirket bilgisayarlarına yetkisiz yazılım yükleyemez. Tüm yazılım talepleri BT ekibine \
iletilmeli ve
{g.pick(["üç", "beş"])} iş günü içinde değerlendirilir. Kişisel cihazlar kurumsal ağa bağlanamaz.\""""


@tpl("test", "en", "sales", "brands_and_products")
def test_neg_brands_catalogue(g):
    a, b, c = g.rng.sample(
        [
            "Ralph Lauren",
            "Hugo Boss",
            "Calvin Klein",
            "Louis Vuitton",
            "Tommy Bahama",
            "Ted Baker",
            "Marc Jacobs",
            "Paul Smith",
        ],
        3,
    )
    return f"""We're pitching our inventory tool to fashion retailers. Write a short paragraph for each \
target showing
we understand their business: stores that stock {a}, {b} and {c}, plus department stores like
Nordstrom and Selfridges. Mention integrations with Shopify Plus and Lightspeed."""


@tpl("test", "en", "hr", "public_figures_as_topics")
def test_neg_figures_quiz(g):
    names = g.rng.sample(
        [
            "Ada Lovelace",
            "Alan Turing",
            "Grace Hopper",
            "Marie Curie",
            "Nikola Tesla",
            "Katherine Johnson",
            "Tim Berners-Lee",
            "Hedy Lamarr",
        ],
        3,
    )
    return f"""Make a 6-question pub quiz for our engineering social about famous scientists: {names[0]}, \
{names[1]}
and {names[2]}. Two questions each, with answers and one fun fact per person."""


@tpl("test", "en", "exec", "places_as_topics")
def test_neg_places_offsite(g):
    places = g.rng.sample(["Porto", "Seville", "Split", "Kraków", "Valencia", "Ljubljana", "Tallinn"], 3)
    return f"""We're choosing a city for a 120-person company offsite in May. Compare {places[0]}, \
{places[1]} and {places[2]}
on flight access from London, Berlin and Stockholm, hotel capacity, weather and typical costs. Table \
please."""


@tpl("test", "en", "finance", "codes_and_ids")
def test_neg_invoice_register(g):
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        rows.append(
            f"INV-{g.rng.randint(2024, 2025)}-{g.digits(5)},PO{g.digits(8)}"
            f",SKU {g.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 3)}-{g.digits(4)},"
            f"{g.rng.randint(1, 40)},{g.rng.randint(100, 9000)}.{g.digits(2)},{g.chars(_HEX, 12)}"
        )
    return """Reconcile these invoice lines: find duplicates by PO number and total the amount per PO.

invoice_no,po_number,sku,qty,amount,batch_hash
""" + "\n".join(rows)


@tpl("test", "en", "hr", "placeholders")
def test_neg_form_template(g):
    return f"""Turn this into a fillable onboarding form template (Markdown), keep the placeholders as they \
are:

Full name: [Employee Name]            Example: Jane Doe
Date of birth: DD/MM/YYYY
National Insurance no.: QQ 12 34 56 C (example format)
Social Security Number: ___-__-____
Phone: +44 (0) XXXX XXXXXX
Email: firstname.lastname@company.com
Emergency contact: [Name], [Relationship], [Phone]
IT will send your temporary password (e.g. "{g.pick(["Password123", "your-password-here", "********"])}") \
separately."""


@tpl("test", "en", "finance", "dates_not_birth")
def test_neg_aging_report(g):
    base = datetime.date(2025, g.rng.randint(1, 6), g.rng.randint(1, 28))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        d = base - datetime.timedelta(days=g.rng.randint(5, 120))
        rows.append(
            f"{g.vendor()} | {fmt_date(d, 'eu')} | {fmt_date(d + datetime.timedelta(days=30), 'eu')}"
            f" | {g.rng.randint(200, 9000)}.00"
        )
    return f"""Bucket these unpaid invoices into 0-30 / 31-60 / 61-90 / 90+ days overdue as of \
{fmt_date(base, "en")}:

vendor | invoice date | due date | amount
""" + "\n".join(rows)


# ===== more positives (both halves): longer threads, US identifiers, access requests ========================
@tpl("dev", "en", "hr")
def dev_hr_us_benefits(g):
    emp = g.person(country="us")
    sp = g.person(culture=emp.culture)
    kid = g.person(culture=emp.culture)
    return f"""Open enrollment closes Friday. Put this into the carrier's census format (one row per person: \
relationship, name, DOB, SSN, address) and tell me what's missing.

Employee: {P(emp.full)}, SSN {L("US_SSN", g.ssn())}, DOB {B(g.dob(emp, g.pick(["us", "us_short"])))}
Home: {A(g.address("us"))}
Spouse: {P(sp.full)}, born {B(g.dob(sp, "en_us"))}, SSN {L("US_SSN", g.ssn())}
Child: {P(kid.first)} {g.pick(["(age 7)", "(age 12)", "(age 3)"])} — SSN to follow, {P(emp.short_first)} is \
applying for it
Plan: PPO 500, dental + vision, FSA $1,800
Phone for the carrier: {T(g.phone("us"))}"""


@tpl("dev", "en", "it")
def dev_it_vpn_log(g):
    ps = g.people(g.rng.randint(3, 4))
    ems = [g.work_email(p) for p in ps]
    lines = []
    for _i in range(g.rng.randint(6, 9)):
        k = g.rng.randrange(len(ps))
        lines.append(
            f"Jun {g.rng.randint(2, 6)} {g.rng.randint(10, 23)}:{g.rng.randint(0, 59):02d}"
            f":{g.rng.randint(0, 59):02d} "
            f"vpn-gw01 openvpn[{g.digits(4)}]: {IPA(g.ip(v6=False))}:{g.rng.randint(1025, 65000)}"
            f" [{E(ems[k])}] Peer Connection Initiated"
        )
    return """Which users connected from more than one public IP this week? Give me a per-user list with \
the IPs and the count, and say if anything looks like impossible travel.

""" + "\n".join(lines)


@tpl("dev", "en", "legal")
def dev_legal_court_dates(g):
    cases = []
    for _ in range(g.rng.randint(3, 4)):
        c = g.person(country=g.pick(["uk", "ie"]))
        cases.append(
            f"- {P(c.rev)} v {g.company}"
            f" — {g.pick(['unfair dismissal', 'holiday pay', 'discrimination (age)', 'breach of contract'])}"
            f"; "
            f"hearing {g.rng.randint(1, 28)} {g.pick(['Sept', 'Oct', 'Nov', 'Jan'])}"
            f" 2025, claimant's solicitor {P(g.person().full)}"
        )
    return (
        """Make a calendar table of these tribunal dates (case, type, date, who attends from us) and a \
reminder schedule 2 weeks / 2 days before each.

"""
        + "\n".join(cases)
        + f"\nOur witness for all of them: {P(g.person().full)} (HR)."
    )


@tpl("dev", "en", "support")
def dev_sup_long_thread(g):
    c, a1, a2 = g.people(3)
    cc = g.pick(["uk", "us", "ie", "au", "ca", "za"])
    em = g.personal_email(c)
    order = g.digits(8)
    return f"""Summarise this whole thread for the escalation manager: timeline, what we promised, what went \
wrong, and what the customer wants now. Then draft a final reply from {P(a2.first)}.

From: {P(c.full)} <{E(em)}>
To: support@{g.domain}
Subject: Re: Re: Re: Order {order} - STILL not resolved

This is now the fourth time I'm writing. Nobody reads these emails apparently. I was told on the phone by
{P(a1.first)} that a technician would come on Tuesday between 8 and 12. I took the morning off work. Nobody \
came.
Nobody called. My number is {T(g.phone(cc))} in case you have lost it again. I want a full refund, not a \
credit.

{P(c.short_first)}

> On Thu, {P(a1.full)} <{E(g.work_email(a1))}> wrote:
> Hi {P(c.short_first)},
> I'm sorry about the delay. I have booked an engineer visit for Tuesday morning at {A(g.address(cc))}.
> Please make sure someone is home. If anything changes we will call you.
> Kind regards, {P(a1.first)}
>
>> On Mon, {P(c.full)} wrote:
>> The unit stopped working again. This is the second replacement. Order {order}, bought in March.
>> I have already sent photos twice. Please just fix it or take it back.
>>
>>> On 2 May, {P(a2.full)} wrote:
>>> Thanks for your patience — your replacement unit has been dispatched and should arrive in 3-5 days.
>>> {P(a2.first)}, Customer Care Team Lead"""


@tpl("dev", "en", "it")
def dev_it_server_access(g):
    p = g.person()
    return f"""Is this a safe way to give a contractor access? If not, write the steps I should follow \
instead.

hey, {P(p.full)} ({E(g.personal_email(p))}) starts on the data migration tomorrow. i made them a user on the \
bastion
({IPA(g.ip())}) and pasted the deploy key below so they can get going, also DB admin pw is {K(g.password())}.
can u write them a short how-to-connect?

{K(g.pem())}"""


@tpl("dev", "en", "marketing")
def dev_mkt_webinar_leads(g):
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.person()
        f = g.firm()
        rows.append(
            {
                "name": P(p.full),
                "email": E(g.firm_email(p, f)),
                "company": f,
                "phone": T(g.phone(g.pick(["us", "uk", "de", "fr", "in", "au"]))),
                "q": g.pick(["pricing?", "SSO support?", "", "API limits"]),
            }
        )
    body = ",\n".join("  {" + ", ".join(f'"{k}": "{v}"' for k, v in r.items()) + "}" for r in rows)
    return f"""Here are the webinar sign-ups as JSON. Write a personalised one-line follow-up for each \
person based on their question (skip the question if empty), and output a table.

[
{body}
]"""


@tpl("test", "en", "legal")
def test_legal_background_check(g):
    p = g.person(country="us")
    return f"""Summarise this background check result for the hiring manager in plain English. Only say \
pass/needs review and why; don't repeat the identifiers.

BACKGROUND SCREENING REPORT — CONFIDENTIAL
Candidate: {P(p.upper)}
Also known as: {P(p.short_first)}
SSN: {L("US_SSN", g.ssn())}   DOB: {B(g.dob(p, g.pick(["us", "iso", "en_us"])))}
Current address: {A(g.address("us"))}
Driver's license: {L("NATIONAL_ID", g.nid("us_dl"))} (valid)
County criminal search: no records found
Employment verification: 2 of 3 employers confirmed; {g.firm()} did not respond
Education: BSc confirmed"""


@tpl("test", "en", "marketing")
def test_mkt_giveaway_winners(g):
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        p = g.person()
        cc = g.pick(["us", "uk", "ca", "au", "de", "nl", "ie"])
        rows.append(
            f"| {P(p.full)} | {B(g.dob(p, g.pick(['iso', 'eu', 'us'])))} | {A(g.address(cc))}"
            f" | {E(g.personal_email(p))} |"
        )
    return """These are the summer giveaway winners. Check everyone is 18+ today, then write a short \
congratulations email template. The prize ships to the address given.

| Winner | Date of birth | Shipping address | Email |
|---|---|---|---|
""" + "\n".join(rows)


@tpl("test", "en", "exec")
def test_exec_long_thread(g):
    ceo, ea, ext = g.people(3)
    cc = g.pick(["uk", "us", "de", "nl", "au"])
    em_ext = g.firm_email(ext, g.firm())
    return f"""Read this thread and tell me (1) what {P(ceo.short_first)} has actually agreed to, (2) what's \
still open, and (3) draft a reply from me ({P(ea.first)}) confirming the dinner and asking for the dietary \
info.

From: {P(ext.full)} <{E(em_ext)}>
To: {P(ceo.full)} <{E(g.work_email(ceo))}>
Cc: {P(ea.full)} <{E(g.work_email(ea))}>
Subject: RE: Partnership next steps + dinner

{P(ceo.short_first)}, great to hear. Let's lock dinner on the 18th then. I'll bring our Head of Product. My \
assistant
is off next week so please text me directly on {T(g.phone(cc))} if anything changes. On the pilot terms,
we'd need the data processing agreement signed before any customer data moves — our legal team will send it.

> From: {P(ceo.full)}
> Sent: Monday 9 June
> Thanks {P(ext.short_first)}. Happy to move forward with a 90-day pilot. {P(ea.first)} will coordinate \
diaries.
> I'd suggest dinner in town on the 17th or 18th; I'm flying out on the 19th.
>
>> From: {P(ext.full)}
>> We enjoyed the demo. Our board is supportive, subject to price and a security review.
>> Could we meet in person before the end of the month? I'm in town from the 16th.
>>
>> {P(ext.full)}
>> Chief Operating Officer
>> {T(g.phone(cc))}"""


@tpl("test", "en", "support")
def test_sup_long_chat(g):
    c, agent = g.people(2)
    cc = g.pick(["us", "uk", "ca", "au", "in"])
    em = g.personal_email(c)
    return f"""This chat went badly. Rate the agent on empathy, accuracy and policy (1-5 each) with one \
sentence of coaching per score.

[14:01] {P(agent.first)}: Hi! You're chatting with {P(agent.first)} from {g.company}. How can I help?
[14:02] {P(c.short_first.lower())}: my account is locked and i have a presentation in 20 mins
[14:02] {P(agent.first)}: I'm sorry to hear that. Can you confirm the email on the account?
[14:03] {P(c.short_first.lower())}: {E(em)}
[14:03] {P(agent.first)}: Thanks. For security, please confirm your date of birth and postcode.
[14:04] {P(c.short_first.lower())}: {B(g.dob(c, g.pick(["eu", "us", "en"])))}, and i live at \
{A(g.address(cc))}
[14:05] {P(agent.first)}: The address doesn't match what we have. Did you move recently?
[14:05] {P(c.short_first.lower())}: YES i told you people last month. call me {T(g.phone(cc))}
[14:07] {P(agent.first)}: I can't call out from chat, sorry. I'll need to send a verification code to the \
old email.
[14:08] {P(c.short_first.lower())}: i don't have access to that!! this is ridiculous
[14:10] {P(agent.first)}: I understand. I've escalated to our identity team, they'll reply within 24 hours.
[14:10] {P(c.short_first.lower())}: 24 HOURS?
[14:11] {P(agent.first)}: Is there anything else I can help with today?"""


@tpl("test", "en", "it")
def test_it_ssh_access(g):
    p = g.person()
    return f"""my colleague sent me this, is it ok to just use it? what should we do instead?

"hi! here's the key for the staging box {IPA(g.ip())} — user deploy. passphrase is {K(g.password())}. also \
the grafana admin login is admin / {K(g.password())}. ping me if it doesn't work — {P(p.short_first)}"

{K(g.pem())}"""


@tpl("test", "en", "engineering")
def test_eng_fixture_seed(g):
    ps = g.people(3, country="us")
    rows = []
    for i, p in enumerate(ps):
        rows.append(
            f"    {{id: {i + 1}, name: '{P(p.full)}', email: '{E(g.personal_email(p))}"
            f"', ssn: '{L('US_SSN', g.ssn())}', "
            f"dob: '{B(g.dob(p, 'iso'))}'}},"
        )
    return (
        """Our seed file for the staging DB has real customer data in it (someone copied it from prod). \
Rewrite it with obviously fake values but the same shapes, and tell me how to make CI fail if this happens \
again.

// db/seeds/customers.js
module.exports = [
"""
        + "\n".join(rows)
        + "\n];"
    )


@tpl("dev", "en", "finance")
def dev_fin_1099_contractors(g):
    rows = []
    for _ in range(g.rng.randint(3, 4)):
        p = g.person(country="us")
        rows.append(
            f"{P(p.rev.upper())}\t{L('US_SSN', g.ssn())}\t{A(g.address('us'))}\t${g.rng.randint(6, 48)}"
            f",{g.digits(3)}.00"
        )
    return """Year-end: which of these contractors need a 1099-NEC (over $600)? Output a table and a list of \
anyone missing a TIN.

NAME\tTIN\tADDRESS\tPAID 2024
""" + "\n".join(rows)


@tpl("dev", "en", "engineering")
def dev_eng_long_postmortem(g):
    oncall, lead, cust = g.people(3)
    em = g.personal_email(cust)
    ip1, ip2 = g.ip(v6=False), g.ip(v6=False)
    return f"""Write a blameless postmortem from these raw notes: summary, impact, timeline (UTC), root \
cause, what went well, action items with owners. Keep names of our staff, drop the customer's details.

RAW NOTES — INC-{g.digits(4)} — checkout latency / partial outage
- 02:14 PagerDuty fires, {P(oncall.full)} on call, acks at 02:19
- 02:22 {P(oncall.short_first)}: p99 on /api/checkout at 14s, DB CPU 97%. suspect the nightly reindex
- 02:31 {P(oncall.short_first)} pages {P(lead.full)} (DB lead), {P(lead.last)} joins the bridge at 02:40
- 02:44 found a runaway query from a single API client, ~900 req/s from {IPA(ip1)} and {IPA(ip2)}
- 02:46 that client belongs to a customer account owned by {P(cust.full)} ({E(em)}) — their integration \
retried
  on every 500 with no backoff, so each failure made it worse
- 02:51 rate limit rule added at the edge for both IPs, latency recovers within 3 min
- 03:05 {P(lead.short_first)} kills the reindex anyway, reschedules for Sunday
- 03:20 all clear, {P(oncall.short_first)} hands over to EU shift
- 09:10 support called {P(cust.short_first)} on {T(g.phone(g.pick(["uk", "de", "us", "nl"])))} to explain; \
customer was apologetic, will add backoff
- follow-ups: per-client rate limits by default (owner {P(lead.short_first)}), retry guidance in API docs \
(docs team),
  reindex must not run during APAC peak (platform team), alert on single-client traffic spikes \
({P(oncall.short_first)})
- error budget for the month: 61% burned by this one incident
- customer impact: ~4% of checkouts failed for 31 minutes, roughly 1,900 orders retried successfully \
afterwards
- note for the doc: the status page was updated late (02:58), we need a rule for that too"""


@tpl("dev", "en", "engineering", "ordinary")
def dev_neg_long_code_review(g):
    return f"""Please review this module for bugs, thread-safety and naming. Be specific and suggest a \
corrected version.

```python
import threading
import time
from collections import OrderedDict


class TTLCache:
    \"\"\"A small LRU cache whose entries expire after ttl seconds.\"\"\"

    def __init__(self, maxsize={g.pick(["128", "256", "1024"])}, ttl=300):
        self.maxsize = maxsize
        self.ttl = ttl
        self._data = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, default=None):
        item = self._data.get(key)
        if item is None:
            return default
        value, expires = item
        if expires < time.time():
            del self._data[key]
            return default
        self._data.move_to_end(key)
        return value

    def set(self, key, value):
        with self._lock:
            self._data[key] = (value, time.time() + self.ttl)
            if len(self._data) > self.maxsize:
                self._data.popitem(last=True)

    def purge(self):
        now = time.time()
        for key, (_, expires) in self._data.items():
            if expires < now:
                del self._data[key]


cache = TTLCache()


def cached(fn):
    def wrapper(*args):
        hit = cache.get(args)
        if hit:
            return hit
        result = fn(*args)
        cache.set(args, result)
        return result
    return wrapper


@cached
def exchange_rate(base, quote):
    time.sleep(0.5)  # pretend to call the FX API
    return {{("EUR", "USD"): 1.08, ("GBP", "EUR"): 1.17}}.get((base, quote), 0.0)
```"""


@tpl("test", "en", "finance")
def test_fin_global_payroll_ids(g):
    kinds = [
        ("ie", "pps", "PPS"),
        ("au", "tfn", "TFN"),
        ("ca", "sin", "SIN"),
        ("za", "za_id", "SA ID"),
        ("nl", "bsn", "BSN"),
        ("uk", "nino", "NINO"),
    ]

    def bank(cc):
        if cc in ("ie", "nl", "uk"):
            return L("IBAN_CODE", g.iban(g.pick(["IE", "NL", "GB"])))
        return "local acct on file"

    rows = []
    for cc, kind, label in g.rng.sample(kinds, g.rng.randint(3, 4)):
        p = g.person(country=cc)
        rows.append(
            f"{P(p.full)}; {cc.upper()}; {label} {L('NATIONAL_ID', g.nid(kind, p))}; "
            f"{bank(cc)}; start {g.rng.randint(1, 28)}/0{g.rng.randint(1, 9)}"
        )
    return """Our EOR provider needs these new hires in their template (name | country | tax id type | \
tax id | bank | start date). Reformat and flag anything that looks invalid.

""" + "\n".join(rows)


@tpl("test", "en", "sales")
def test_sales_long_crm_json(g):
    ps = g.people(g.rng.randint(4, 5))
    recs = []
    for p in ps:
        f = g.firm()
        cc = g.pick(["us", "uk", "de", "fr", "in", "au", "ca", "za", "ng", "nl"])
        notes = [
            "asked for SOC2 report",
            "champion left, find new sponsor",
            "wants 3-yr deal",
            "budget frozen",
        ]
        note = g.pick(notes)
        recs.append(f"""  {{
    "contact": "{P(p.full)}",
    "account": "{f}",
    "email": "{E(g.firm_email(p, f))}",
    "mobile": "{T(g.phone(cc))}",
    "stage": "{g.pick(["discovery", "proposal", "negotiation", "closed-lost"])}",
    "amount_eur": {g.rng.randint(8, 240)}000,
    "last_note": "{note}"
  }}""")
    return (
        """Here's my pipeline export. Rank the deals by likelihood to close this quarter, explain why in \
one line each, and suggest the next action per deal. Then give me a 3-sentence summary for my manager.

[
"""
        + ",\n".join(recs)
        + "\n]"
    )


@tpl("test", "en", "support", "ordinary")
def test_neg_long_kb_article(g):
    return f"""Rewrite this knowledge-base article so a non-technical customer can follow it. Use numbered \
steps, short sentences, and add a "still stuck?" section at the end.

How to configure SAML single sign-on

Prerequisites: an administrator account on your identity provider (Okta, Microsoft Entra ID, Google \
Workspace or
OneLogin) and the Owner role in your workspace. SSO is available on the Business and Enterprise plans.

1. In the admin console go to Settings > Security > Single sign-on and click "Configure SAML". Copy the ACS \
URL
and the Entity ID shown on the page; you will need them in your identity provider.
2. In your identity provider create a new SAML 2.0 application. Paste the ACS URL into "Single sign-on URL" \
and
the Entity ID into "Audience URI". Set the Name ID format to EmailAddress and map the attributes email,
firstName and lastName.
3. Download the IdP metadata XML (or copy the SSO URL, the issuer and the X.509 certificate) and upload it in
step 2 of our configuration wizard.
4. Click "Test connection". A new tab opens and signs you in through your identity provider. If the test \
fails,
check that the certificate has not expired and that the clock on your server is in sync.
5. When the test passes, choose whether SSO is optional or enforced. Enforcing it signs out everyone who is \
not
an Owner; they will sign in again through SSO.
6. Optional: enable SCIM provisioning to create and deactivate users automatically. Generate a SCIM token in
Settings > Security > Provisioning and paste it into your identity provider.

Known issues: users whose email address changed in the IdP appear as new users (version \
{g.rng.randint(4, 6)}.{g.rng.randint(0, 9)} fixes
this); Safari may block the test tab as a pop-up; nested groups are not synced."""


@tpl("dev", "en", "engineering")
def dev_eng_slack_thread(g):
    a, b, c = g.people(3)
    ha = f"{_slug(a.first)}.{_slug(a.last)}"
    hb = _slug(b.first) + _slug(b.last)[:1]
    nick = _slug(c.short_first)[:3] if len(c.short_first) > 4 else c.short_first.lower()
    return f"""summarise this slack thread into a jira ticket (title, description, acceptance criteria):

{P(ha)}  10:14
@{P(b.full)} the CSV import is choking on files from the Munich office again, umlauts get mangled
{P(hb)}  10:16
ugh. is it the BOM thing? can u send me one of the files
{P(ha)}  10:17
sent in DM. also @{P(c.full)} said the same happens with the Polish files
{P(hb)}  10:21
ok so it's encoding detection. {P(nick)} do you remember why we removed chardet?
{P(c.short_first.lower())}  10:30
perf. it was 40% of import time. we could sniff only the first 64kb
{P(hb)}  10:31
👍 I'll pick it up, {P(a.short_first)} can you write the test cases"""


@tpl("test", "en", "it")
def test_it_teams_chat(g):
    a, b, c = g.people(3)
    return f"""Turn this Teams chat into a short incident note for the IT change log. Don't include the PIN.

{P(b.full)} 09:02
@{P(a.full)} the meeting room panel on floor 3 is stuck on the login screen again
{P(a.full)} 09:05
on it. {P(c.short_first)} reset it last time, @{P(c.full)} what did you do?
{P(c.full)} 09:11
hold power 10s, then admin mode with PIN {K(g.pin(6))}. if it still hangs, re-enrol it in Intune
{P(a.short_first)} 09:24
re-enrolled, working now. thanks {P(c.short_first)}! closing the ticket"""


@tpl("dev", "en", "finance")
def dev_fin_contractor_tax_ids(g):
    kinds = [
        ("in", "aadhaar", "Aadhaar"),
        ("in", "pan", "PAN"),
        ("ca", "sin", "SIN"),
        ("au", "tfn", "TFN"),
        ("za", "za_id", "ID no."),
        ("ie", "pps", "PPSN"),
        ("nl", "bsn", "BSN"),
        ("br", "cpf", "CPF"),
    ]
    rows = []
    for cc, kind, label in g.rng.sample(kinds, g.rng.randint(3, 5)):
        p = g.person(country=cc)
        rows.append(
            f"{P(p.rev)} ({cc.upper()}) - {label}: {L('NATIONAL_ID', g.nid(kind, p))} - "
            f"invoices to {E(g.personal_email(p))}"
        )
    return """Finance audit asks for a list of our overseas contractors with their tax ids. Put this into a \
table (name, country, id type, id, email) and tell me which ids look malformed.

""" + "\n".join(rows)


@tpl("test", "en", "legal")
def test_legal_relocation_ids(g):
    kinds = [
        ("de", "steuerid", "Steuer-ID"),
        ("fr", "nir", "NIR"),
        ("pt", "nif", "NIF"),
        ("se", "pnr", "personnummer"),
        ("es", "dni", "DNI"),
        ("es", "nie", "NIE"),
        ("it", "cf", "codice fiscale"),
    ]
    rows = []
    for cc, kind, label in g.rng.sample(kinds, g.rng.randint(3, 4)):
        p = g.person(country=cc)
        rows.append(
            f"- {P(p.full)} -> {cc.upper()}, {label} {L('NATIONAL_ID', g.nid(kind, p))}, "
            f"new address {A(g.address(cc))}"
        )
    return """Relocation tracker for the Q3 transfers. Draft a short status email to the mobility vendor \
listing who still needs a local tax registration, and put the details in a table.

""" + "\n".join(rows)


# ===== more negatives (both halves) =========================================================================
@tpl("dev", "en", "finance", "ordinary")
def dev_neg_excel_lookup(g):
    sheet = g.pick(["Pricing_2025", "FX rates", "Cost centres"])
    return f"""my VLOOKUP returns #N/A for about half the rows even though the codes look the same. Formula:
=VLOOKUP(A2,'{sheet}'!$A:$D,4,FALSE)
The codes in column A came from an export (e.g. CC-{g.digits(4)}, CC-{g.digits(4)}). What's going on and \
what's \
a more robust formula? XLOOKUP is fine, we're on Microsoft 365."""


@tpl("dev", "en", "hr", "ordinary")
def dev_neg_job_ad(g):
    role = g.pick(
        ["Senior Data Engineer", "Product Designer", "Customer Success Manager", "Payroll Specialist"]
    )
    city = g.pick(["Lisbon", "Warsaw", "Dublin", "Barcelona"])
    return f"""Write a job ad for a {role} based in {city} (hybrid, 3 days in office). Include: about us \
(B2B SaaS, \
{g.rng.randint(250, 600)} people, 14 countries), responsibilities, must-haves, nice-to-haves, benefits \
(private \
health, 28 days leave, learning budget), and an inclusive closing line. Under 350 words, no clichés like \
"rockstar" or "ninja"."""


@tpl("dev", "en", "exec", "ordinary")
def dev_neg_okrs(g):
    return f"""Help me turn these goals into 3 OKRs for the sales team for H2, each with 3 measurable key \
results:
- grow net new ARR (we did {g.rng.randint(3, 9)}.{g.rng.randint(1, 9)}M in H1)
- shorten the sales cycle for mid-market deals (currently ~{g.rng.randint(60, 110)} days)
- better handover to customer success (lots of complaints about missing context)
- get the partner channel going in DACH and the Nordics"""


@tpl("dev", "en", "support", "ordinary")
def dev_neg_survey_comments(g):
    comments = g.rng.sample(
        [
            "app is fast but the export to PDF keeps timing out",
            "support replied within an hour, very happy",
            "pricing page is confusing, what's included in Pro?",
            "would love dark mode",
            "SSO setup took our IT team two days",
            "mobile app logs me out every morning",
            "the new dashboard is much clearer than the old one",
        ],
        5,
    )
    return (
        "Group these anonymous survey comments into themes, count them, and suggest one fix per theme:\n\n"
        + ("\n".join(f"- {c}" for c in comments))
    )


@tpl("dev", "en", "marketing", "ordinary")
def dev_neg_translate_ui(g):
    return f"""Translate these UI strings to German and French. Keep placeholders like {{count}} unchanged \
and \
use the informal "du" in German.

"welcome_back": "Welcome back!",
"files_selected": "{{count}} files selected",
"trial_ends": "Your trial ends in {{days}} days",
"upgrade_cta": "Upgrade to {g.pick(["Pro", "Business", "Teams"])}",
"export_failed": "Export failed. Please try again.\""""


@tpl("dev", "en", "legal", "ordinary")
def dev_neg_liability_clause(g):
    cap = g.pick(["12 months", "the fees paid in the preceding 12 months", "two times the annual fees"])
    return f"""Explain this clause in plain English and tell me if it's standard for a SaaS contract:

"Except for breaches of confidentiality or indemnification obligations, each party's aggregate liability \
arising out of or related to this Agreement shall not exceed {cap}. In no event shall either party be liable \
for any indirect, incidental, special or consequential damages, including lost profits.\""""


@tpl("dev", "en", "engineering", "codes_and_ids")
def dev_neg_build_manifest(g):
    rows = []
    for svc in g.rng.sample(
        ["api-gateway", "billing-worker", "search-indexer", "web-frontend", "notifier"], 4
    ):
        rows.append(
            f"{svc:<16} v{g.rng.randint(1, 4)}.{g.rng.randint(0, 30)}.{g.rng.randint(0, 9)}  "
            f"sha256:{g.chars(_HEX, 16)}…  build #{g.digits(5)}  {g.pick(['ok', 'ok', 'failed'])}"
        )
    return "Which of these images should we roll back? Explain in two sentences for the change board.\n\n" + (
        "\n".join(rows)
    )


@tpl("dev", "en", "it", "placeholders")
def dev_neg_ansible_vars(g):
    return f"""Review this Ansible vars template — is it OK to commit? The real values come from Vault at \
deploy time.

db_host: "{{{{ vault_db_host }}}}"
db_user: "app"
db_password: "{{{{ vault_db_password }}}}"
smtp_password: "<SMTP_PASSWORD>"
api_key: "REPLACE_ME"
admin_email: "admin@example.org"
support_phone: "+1 555 0100"
default_user: "Jane Doe"  # demo data only
ssh_key_path: "~/.ssh/id_ed25519"
retries: {g.rng.randint(2, 6)}"""


@tpl("dev", "en", "finance", "dates_not_birth")
def dev_neg_payment_schedule(g):
    start = datetime.date(2025, g.rng.randint(1, 12), 1)
    rows = []
    for k in range(4):
        d = start + datetime.timedelta(days=91 * k)
        rows.append(f"Q{k + 1} instalment due {fmt_date(d, 'en_us')} — EUR {g.rng.randint(20, 90)},000")
    return "Put this payment plan in a table and tell me which quarter has the biggest cash-out:\n\n" + (
        "\n".join(rows) + f"\nContract start: {fmt_date(start, 'en_us')}, term 12 months, net 30."
    )


@tpl("test", "en", "engineering", "ordinary")
def test_neg_ci_workflow(g):
    return f"""Why does this GitHub Actions job skip the deploy step on main? Fix it please.

on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    if: github.ref == 'refs/heads/master'
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: ./scripts/deploy.sh
        env:
          DEPLOY_TOKEN: ${{{{ secrets.DEPLOY_TOKEN }}}}
          REGION: {g.pick(["eu-west-1", "eu-central-1", "us-east-2"])}"""


@tpl("test", "en", "sales", "ordinary")
def test_neg_pricing_email(g):
    pct = g.rng.randint(4, 9)
    return f"""Draft a customer email announcing a {pct}% price increase from 1 January for the Professional \
plan. \
Explain why (new features: audit log, SSO for all plans, 99.95% SLA), offer to lock current pricing for \
annual \
renewals signed before 15 December, and keep it honest and short. Sign off as "The Ferrosa team"."""


@tpl("test", "en", "hr", "ordinary")
def test_neg_interview_questions(g):
    role = g.pick(["a product manager", "a backend engineer", "an account executive", "an HR generalist"])
    return f"""Give me 8 structured interview questions for {role} role, two per competency (ownership, \
communication, problem solving, collaboration), each with what a strong answer looks like and a red flag."""


@tpl("test", "en", "finance", "ordinary")
def test_neg_budget_variance(g):
    rows = []
    for dept in ["Engineering", "Sales", "Marketing", "G&A", "Customer Success"]:
        b = g.rng.randint(200, 2000)
        rows.append(f"| {dept} | {b}k | {b + g.rng.randint(-150, 200)}k |")
    return """Add a variance and variance % column, and write three bullet points for the CFO on where we're \
off:

| Department | Budget Q3 | Actual Q3 |
|---|---|---|
""" + "\n".join(rows)


@tpl("test", "en", "legal", "ordinary")
def test_neg_gdpr_retention(g):
    return f"""Under GDPR, how long can we keep (a) rejected job applications, (b) CCTV footage from the \
office \
entrance and (c) invoices? We're headquartered in {g.pick(["Germany", "the Netherlands", "Ireland"])} with \
staff in \
five EU countries. Give the usual practice and what we should write in our retention policy."""


@tpl("test", "en", "marketing", "ordinary")
def test_neg_social_post(g):
    city = g.pick(["Amsterdam", "Copenhagen", "Madrid", "Vienna"])
    return f"""Write 3 short social posts (LinkedIn, X, Instagram caption) inviting customers to our user \
conference in {city} on {g.rng.randint(3, 26)} {g.pick(["May", "June", "September"])}. Early-bird tickets \
end \
Friday, code EARLY{g.rng.randint(10, 30)} gives 20% off. Fun but professional, max 2 emojis each."""


@tpl("test", "en", "it", "ordinary")
def test_neg_bash_rotate(g):
    return f"""This log rotation script deletes the current log too. What's wrong?

#!/usr/bin/env bash
LOG_DIR=/var/log/{g.pick(["ferrosa", "app", "worker"])}
find "$LOG_DIR" -name "*.log" -mtime +{g.rng.randint(3, 14)} -exec gzip {{}} \\;
find "$LOG_DIR" -name "*.log*" -exec rm -f {{}} \\;
systemctl reload app"""


@tpl("test", "en", "support", "codes_and_ids")
def test_neg_rma_list(g):
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        rows.append(
            f"RMA-{g.digits(6)}  serial FX{g.chars('0123456789ABCDEF', 10)}"
            f"  model {g.pick(['X200', 'X210', 'Hub-3'])}  "
            f"fw {g.rng.randint(1, 3)}.{g.rng.randint(0, 9)}.{g.rng.randint(0, 20)}"
            f"  {g.pick(['DOA', 'fan noise', 'no boot'])}"
        )
    return (
        "Which firmware version shows up most in these returns? Is there a pattern by model?\n\n"
        + "\n".join(rows)
    )


@tpl("test", "en", "engineering", "placeholders")
def test_neg_env_example(g):
    return f""".env.example for our open-source SDK — does it explain enough? Suggest comments.

FERROSA_API_KEY=your_api_key_here
FERROSA_API_SECRET=<your-secret>
DATABASE_URL=postgres://user:password@localhost:5432/app_dev
SMTP_PASSWORD=changeme
ADMIN_EMAIL=you@example.com
TEST_CARD=4242 4242 4242 4242   # test mode only
TEST_SSN=000-00-0000
LOG_LEVEL={g.pick(["info", "debug", "warn"])}"""


@tpl("test", "en", "hr", "dates_not_birth")
def test_neg_leave_calendar(g):
    y = 2025
    rows = []
    for name in ["Team A", "Team B", "Team C", "Team D"]:
        d = datetime.date(y, g.rng.randint(6, 9), g.rng.randint(1, 20))
        rows.append(
            f"{name}: {fmt_date(d, 'eu')}"
            f" – {fmt_date(d + datetime.timedelta(days=g.rng.randint(5, 15)), 'eu')}"
        )
    return (
        """Check these summer shutdown windows for overlaps and tell me the earliest date all teams are back:

"""
        + "\n".join(rows)
        + "\nPublic holidays to respect: 15/08/2025 (office closed)."
    )


# ---------------------------------------------------------------------------------------------------------
# Drawing the records.
MIN_LEN, MAX_LEN = 120, 2000


def problems(text: str, spans: list[dict]) -> list[str]:
    """Why a drawn record cannot be kept (empty when it can)."""
    out = []
    if not MIN_LEN <= len(text) <= MAX_LEN:
        out.append(f"length {len(text)}")
    covered = bytearray(len(text))
    for a, b in zip(spans, spans[1:], strict=False):
        if a["end"] > b["start"]:
            out.append("overlap")
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] == " ":
            out.append("split name")
    for s in spans:
        covered[s["start"] : s["end"]] = b"\x01" * (s["end"] - s["start"])
    for v in sorted({s["value"] for s in spans}):
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
            if not all(covered[m.start() : m.end()]):
                out.append("unlabelled repeat")
    return out


def _plan(half: str, n: int, seed: int) -> list[tuple[Template, str]]:
    """Which template writes each record: 40 % negatives (60 % of them ordinary), a third of the positives and
    of the ordinary negatives in a language other than English, round robin within each group."""
    rng = random.Random(f"c16-plan|{seed}|{half}")
    mine = [t for t in TEMPLATES if t.half == half]
    queues: dict[tuple, list] = {}

    def take(key, pool):
        q = queues.setdefault(key, [])
        if not q:
            q.extend(sorted(pool, key=lambda t: t.name))
            rng.shuffle(q)
        return q.pop()

    out, k, j, o, la = [], 0, 0, 0, 0
    for i in range(n):
        if i % 5 in (1, 3):
            if j % 5 < 3:
                lang = OTHER_LANGS[(o // 3) % len(OTHER_LANGS)] if o % 3 == 2 else "en"
                pool = [t for t in mine if t.neg_class == "ordinary" and t.lang == lang]
                o += 1
                out.append((take(("ord", lang), pool), "negative"))
            else:
                cls = NEG_CLASSES[la % len(NEG_CLASSES)]
                la += 1
                out.append((take(("look", cls), [t for t in mine if t.neg_class == cls]), "negative"))
            j += 1
        else:
            lang = OTHER_LANGS[(k // 3) % len(OTHER_LANGS)] if k % 3 == 2 else "en"
            k += 1
            pool = [t for t in mine if t.kind == "positive" and t.lang == lang]
            out.append((take(("pos", lang), pool), "positive"))
    return out


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}")
    n = SIZES[half] if n is None else n
    out = []
    for i, (t, kind) in enumerate(_plan(half, n, seed)):
        for attempt in range(60):
            g = Gen(random.Random(f"c16|{seed}|{half}|{i}|{attempt}"), half)
            text, spans = parse(t.fn(g))
            if not problems(text, spans):
                break
        else:
            raise RuntimeError(f"{t.name}: no clean draw ({problems(text, spans)})")
        assert (kind == "negative") == (not spans), t.name
        meta = {"template": t.name, "lang": t.lang, "dept": t.dept, "kind": kind}
        if kind == "negative":
            meta["neg_class"] = t.neg_class
        else:
            meta["cultures"] = sorted(set(g.cultures_used))
            meta["checks"] = g.checks
        out.append({"id": f"c16-{half}-{i}", "text": text, "spans": spans, "meta": meta})
    return out


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
