"""The eleventh corpus: what developers and coding agents send to an AI vendor.

Datasheet
---------
What: a coding agent's tool results and a developer's pasted material, each with an instruction ("why does
this test fail?", "write a migration for this", "summarise the incident"): source files with fixtures and
seed data, unit-test fixtures, git diffs and logs, stack traces and application logs carrying user data,
SQL dumps and query results, CSV/JSON exports, Jupyter cell outputs, terminal sessions (curl with headers,
psql, kubectl, docker logs), CI logs, HTTP request/response dumps, ``.env``/YAML/TOML/INI configs,
docker-compose and Kubernetes manifests, Terraform, crash reports, support-ticket exports in JSON,
analytics events, e-mail templates with their merge fields filled in, code comments and commit messages
naming people. 80 % English; the rest carries comments, logs, data or prose in German, French, Spanish,
Portuguese, Dutch, Polish or Japanese. A quarter are negatives.

Written by an eleventh author who read neither the scrubber, its tests, ``docs/detection.md`` nor any other
corpus's templates (only corpus10's constants and record format, the halves command line and the scorer).
Names come from lists written by hand below: 25 cultures in Latin script plus Japanese, Chinese and Korean
script and Russian and Ukrainian in Cyrillic, incl. names that are also words (Will, Rose, Hope, Grant,
Young, Summer, Sunny, Precious), particles (van der, de la, von, Ní), hyphens and diacritics. Phones (20
countries, E.164 and local), street addresses (11 countries), dates of birth, SSNs, cards, IBANs, IPs and
secrets (about 30 kinds in their vendors' formats) come from this module's own generators; no Faker.

How labelled: the value only, never its cue or key (``"email": "…"`` labels what is inside the quotes).
PERSON: every occurrence and form (full, given name alone, surname alone, ``Last, First``, initial and
surname, UPPER and lower case, in JSON fields, git ``Author: Name <mail>`` lines — name and mail apart —,
``# TODO(name)`` comments, commit trailers). PHONE_NUMBER, EMAIL_ADDRESS (personal and work mailboxes of
people; ``example.com``-style placeholders only appear in negatives), LOCATION (a street address whole; a
town only where it says where someone lives, was born or gets a delivery), DATE_OF_BIRTH (birth dates only;
``created_at`` and other dates are not labelled), US_SSN, CREDIT_CARD (Luhn-valid), IBAN_CODE
(checksum-valid), IP_ADDRESS, SECRET (API keys of many vendors, JWTs, OAuth and session tokens, webhook
secrets, TOTP seeds, private keys — the PEM block whole —, passwords in configs and prose; in a DSN or URL
only the password). A record is drawn again when a labelled value also occurs unlabelled in its text
(compared in lower case, whole words), or when two names would touch.

Decisions: an IP address is labelled when it is a public address of a user or client (access logs,
``X-Forwarded-For``, sign-in events); private ranges (10/8, 172.16/12, 192.168/16), loopback and the RFC 5737
documentation ranges are machines inside a network or examples, never labelled, and appear as look-alikes.
A documented example key (``AKIAIOSFODNN7EXAMPLE``) counts as a SECRET (issue 19), so it is labelled where it
appears and never used in a negative; a payment network's public test card is left out of negatives for the
same reason. Placeholder people (``Jane Doe``), ``example.com`` mailboxes and ``555-01xx`` numbers are not
personal data. Public figures in their public role (``# Dijkstra's algorithm``, ``Fisher-Yates``, a quoted
Linus Torvalds) and firms named after people are not personal data.

Negatives carry no personal data, only look-alikes, in ``meta.neg_class``: ``placeholder_examples``,
``ids_hashes_versions`` (UUIDs, commit SHAs, digests, versions), ``code_identifiers`` (``getUserName``,
``billing_address_line1``, test names), ``public_figures`` (eponymous algorithms and quoted public figures),
``firms_and_products``, ``regions_and_datacentres`` (cloud regions and data-centre cities),
``timestamps_and_dates`` (build times, expiries, release dates), ``internal_hosts_and_doc_ips``.

How split: two halves with disjoint templates, seeds and name pools (every hand-written name, street and town
list is split by index parity): ``dev`` (300 records; may be looked at and tuned on) and ``test`` (500
records; read in aggregate only). Record ``i`` is negative when ``i % 4 == 3`` and non-English when
``i % 5 == 4`` (the seven languages in turn). Same seed, same records, also across processes (per-record
``random.Random`` seeded with a string).

    .venv/bin/python -m benchmarks.corpus11 --half dev [--n N] [--seed S]
"""

import base64
import json
import random
import re
import string
import unicodedata
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

DEFAULT_SEED = 11
HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 500}
LANGS = ("en", "de", "fr", "es", "pt", "nl", "pl", "ja")
TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "US_SSN", "CREDIT_CARD",
         "IBAN_CODE", "IP_ADDRESS", "SECRET")
NEG_CLASSES = ("placeholder_examples", "ids_hashes_versions", "code_identifiers", "public_figures",
               "firms_and_products", "regions_and_datacentres", "timestamps_and_dates",
               "internal_hosts_and_doc_ips")
MAX_DRAWS = 200

# ---------------------------------------------------------------------------------------------- names
# culture: (given names, surnames, order, separator). "_" is a space inside one name; "native/latin" gives a
# name's romanisation for mailboxes. Written by hand; each list is split between the halves by index parity.
CULTURES = {
    "anglo": ("Will Rose Hope Grant Summer Mark Faith Dawn Joy Hunter Olivia Bradley Kayla Trevor Megan "
              "Colin Heather Dustin",
              "Young King Carter Walsh-Peters Barnes Fletcher Bishop Rich Holloway Price Drake Love Pratt "
              "Whitaker Crane Baxter", "gs", " "),
    "irish": ("Siobhán Cillian Aoife Oisín Niamh Tadhg Róisín Donncha Saoirse Fionn",
              "O'Donovan Ní_Bhriain Kavanagh Mac_Giolla Doherty Ó_Conaill Brennan Keohane Nolan Ahern",
              "gs", " "),
    "german": ("Jürgen Annika Matthias Wiebke Torsten Svenja Jörg Friederike Malte Hannelore Uwe Anke",
               "Schröder von_Bülow Weißmann Köhler Brandt-Hagen Zimmer Voß Hartmann Kühn Lindner Jäger "
               "Baumgärtner", "gs", " "),
    "french": ("Thibault Clémence Gaëtan Maëlle Loïc Sévérine Aurélien Solène Benoît Océane",
               "Lemaire Duchêne de_Villiers Marchand Perrin-Roux Gauthier Bonnet Lacroix Mercier Rivière",
               "gs", " "),
    "spanish": ("Íñigo Rocío Jaume Maite Borja Itziar Alfonso Montserrat Unai Remedios",
                "Goikoetxea Ibáñez de_la_Vega Domínguez Sáez-Merino Ortega Prieto Lozano Serrano Cuesta",
                "gs", " "),
    "latam": ("Yamileth Osvaldo Xiomara Eduardo Anahí Ulises Guadalupe Wilmer Dayana Efraín",
              "Choque Villca Ramírez Quispe Zúñiga Condori Villalobos Mamani Saldaña Huanca", "gs", " "),
    "portuguese": ("Tiago Leonor Duarte Inês Gonçalo Matilde Vasco Beatriz Rui Carolina",
                   "Magalhães Carvalho dos_Reis Figueiredo Lopes-Teixeira Antunes Brandão Simões Pinto "
                   "Esteves",
                   "gs", " "),
    "brazilian": ("Thiago Luana Caio Jéssica Anderson Thaís Wellington Rayssa Cauã Francisca",
                  "Nascimento Araújo da_Silva Cavalcanti Moura Barbosa Rocha-Lima Sampaio Dias Tavares",
                  "gs", " "),
    "italian": ("Niccolò Chiara Gianluca Ilaria Pietro Benedetta Fabrizio Ludovica Salvatore Graziella",
                "Esposito Bianchi De_Luca Russo Colombo-Neri Ferraro Santoro Marchetti Galli Lombardi",
                "gs", " "),
    "dutch": ("Sanne Joost Femke Bram Lieke Thijs Maartje Sjoerd Anouk Wouter",
              "van_der_Meulen de_Groot Bakker Visser van_Dijk Mulder Smit-Kok Hendriks Dekker Jansen",
              "gs", " "),
    "polish": ("Agnieszka Łukasz Małgorzata Grzegorz Zofia Wojciech Katarzyna Przemysław Dorota Jędrzej",
               "Wiśniewska Kowalczyk Zieliński Wójcik Szymańska Lewandowski Dąbrowska Kamiński Pietrzak "
               "Kaczmarek", "gs", " "),
    "czech": ("Jiří Markéta Ondřej Zuzana Vojtěch Lucie Tomáš Kateřina",
              "Novotný Dvořáková Procházka Černá Kučera Veselá Horák Němcová", "gs", " "),
    "turkish": ("Emre Zeynep Burak Elif Oğuz Ayşe Kaan Gülşen",
                "Yılmaz Demir Şahin Öztürk Aydın Çelik Kaya Arslan", "gs", " "),
    "arabic": ("Youssef Fatima Omar Layla Khalid Mariam Tariq Nour",
               "Al-Masri El-Sayed Haddad Benali Al-Farsi Mansour Khoury Bouazizi", "gs", " "),
    "persian": ("Dariush Shirin Kourosh Parisa Babak Golnar Arash Mahsa",
                "Tehrani Mohammadi Rahimi Jafari Hosseini Karimi Sadeghi Ahmadi", "gs", " "),
    "indian": ("Priya Arjun Lakshmi Venkatesh Ananya Rohit Sunita Karthik Deepika Sanjay",
               "Venkataraman Iyer Chatterjee Reddy Krishnamurthy Banerjee Nair Deshpande Subramanian Gupta",
               "gs", " "),
    "nigerian": ("Chiamaka Oluwaseun Ngozi Emeka Precious Adebayo Funmilayo Chinedu Blessing Tunde",
                 "Okonkwo Adeyemi Eze Babatunde Nwosu Olawale Okafor Adebisi Chukwu Ogunleye", "gs", " "),
    "ghanaian": ("Kwame Akosua Kofi Abena Yaw Efua Kwabena Adwoa",
                 "Mensah Boateng Asante Owusu Ofori Appiah Darko Amoako", "gs", " "),
    "kenyan": ("Wanjiru Kipchoge Achieng Otieno Njeri Kamau Atieno Mwangi",
               "Kariuki Odhiambo Wambui Ochieng Njoroge Chebet Mutua Kiprono", "gs", " "),
    "vietnamese": ("Minh Thảo Tuấn Linh Dũng Hương Quang Ngọc",
                   "Nguyễn Trần Lê Phạm Huỳnh Võ Đặng Bùi", "gs", " "),
    "filipino": ("Jericho Maricel Rommel Lovely Jomar Kristine Arnel Sunny",
                 "dela_Cruz Santos Bautista Villanueva Macaraeg Dimaculangan Panganiban Magbanua", "gs", " "),
    "greek": ("Giorgos Eleni Dimitris Katerina Nikos Vasiliki Kostas Despina",
              "Papadopoulos Georgiou Konstantinidis Oikonomou Nikolaidou Vlachos Antoniou Karagiannis",
              "gs", " "),
    "nordic": ("Sigrid Henrik Ingrid Magnus Astrid Eskil Solveig Bjørn Linnea Oskar",
               "Lindqvist Johansson Haugen Bergström Åkesson Dahl Nyström Halvorsen Sjöberg Lund", "gs", " "),
    "hungarian": ("Zsófia Bence Réka Levente Eszter Gergő Dóra Ákos",
                  "Nagy Kovács Szabó Tóth Horváth Varga Kiss Molnár", "gs", " "),
    "indonesian": ("Putri Agus Dewi Bambang Ayu Wahyu Sri Hendra",
                   "Wijaya Susanto Hartono Kusuma Pratama Setiawan Gunawan Purnomo", "gs", " "),
    "japanese": ("花子/hanako 翔太/shota 美咲/misaki 大輔/daisuke 陽菜/hina 健一/kenichi "
                 "由美/yumi 拓也/takuya",
                 "山田/yamada 佐藤/sato 鈴木/suzuki 高橋/takahashi 渡辺/watanabe 伊藤/ito "
                 "中村/nakamura 小林/kobayashi",
                 "sg", " "),
    "chinese": ("伟/wei 静/jing 磊/lei 芳/fang 洋/yang 敏/min 军/jun 丽/li",
                "王/wang 李/li 张/zhang 刘/liu 陈/chen 杨/yang 黄/huang 赵/zhao", "sg", ""),
    "korean": ("민준/minjun 서연/seoyeon 지훈/jihoon 하은/haeun 도윤/doyun 지우/jiwoo "
               "현우/hyunwoo 수빈/subin",
               "김/kim 이/lee 박/park 최/choi 정/jung 강/kang 조/cho 윤/yoon", "sg", ""),
    "russian": ("Иван/ivan Ольга/olga Дмитрий/dmitry Татьяна/tatiana Алексей/alexey Наталья/natalia "
                "Сергей/sergey Екатерина/ekaterina",
                "Смирнов/smirnov Кузнецова/kuznetsova Попов/popov Соколова/sokolova Лебедев/lebedev "
                "Новикова/novikova Морозов/morozov Волкова/volkova", "gs", " "),
    "ukrainian": ("Оксана/oksana Тарас/taras Олена/olena Богдан/bohdan Ірина/iryna Андрій/andrii",
                  "Шевченко/shevchenko Бондаренко/bondarenko Коваленко/kovalenko Ткаченко/tkachenko "
                  "Мельник/melnyk Кравчук/kravchuk", "gs", " "),
}
LANG_CULTURES = {"de": ("german",), "fr": ("french",), "es": ("spanish", "latam"),
                 "pt": ("portuguese", "brazilian"), "nl": ("dutch",), "pl": ("polish",), "ja": ("japanese",)}
NATIVE_SCRIPT = ("japanese", "chinese", "korean", "russian", "ukrainian")


def _split(items, half: str) -> list:
    """The half's share of a hand-written list: even indices for dev, odd for test."""
    return list(items)[HALVES.index(half)::2]


def _names(words: str) -> list[tuple[str, str]]:
    """(name, romanisation) pairs of a space-separated list ("_" is a space inside a name)."""
    out = []
    for w in words.split():
        native, _, latin = w.replace("_", " ").partition("/")
        out.append((native, latin or _ascii(native)))
    return out


def _people(half: str) -> dict[str, dict[str, list]]:
    """Each culture's given names and surnames in this half."""
    return {c: {"given": _split(_names(g), half), "surname": _split(_names(s), half)}
            for c, (g, s, _, _) in CULTURES.items()}


def _ascii(text: str) -> str:
    """Lower-case ASCII letters of a name, for mailboxes."""
    text = text.lower().translate(str.maketrans({"ß": "ss", "ø": "o", "ł": "l", "æ": "ae", "đ": "d",
                                                 "ı": "i"}))
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c in string.ascii_lowercase)


@dataclass
class Person:
    culture: str
    given: str
    surname: str
    given_latin: str
    surname_latin: str

    @property
    def full(self) -> str:
        _, _, order, sep = CULTURES[self.culture]
        return f"{self.given}{sep}{self.surname}" if order == "gs" else f"{self.surname}{sep}{self.given}"

    def form(self, form: str, rng: random.Random) -> tuple[str, str]:
        """(text, type) of one written form of the name."""
        latin_order = CULTURES[self.culture][2] == "gs"
        if form == "":
            return self.full, "PERSON"
        if form == "g":
            return self.given, "PERSON"
        if form == "s":
            return self.surname, "PERSON"
        if form == "gl":
            return (self.given.lower() if latin_order else self.given), "PERSON"
        if form == "lf":
            return (f"{self.surname}, {self.given}" if latin_order else self.full), "PERSON"
        if form == "up":
            return self.full.upper(), "PERSON"
        if form == "low":
            return self.full.lower(), "PERSON"
        if form == "i":
            return (f"{self.given[0]}. {self.surname}" if latin_order else self.full), "PERSON"
        if form == "mail":
            return self.mailbox(rng, rng.choice(MAIL_DOMAINS)), "EMAIL_ADDRESS"
        if form == "work":
            return self.mailbox(rng, rng.choice(WORK_DOMAINS)), "EMAIL_ADDRESS"
        raise KeyError(form)

    def mailbox(self, rng: random.Random, domain: str) -> str:
        g, s = _ascii(self.given_latin), _ascii(self.surname_latin)
        local = rng.choice((f"{g}.{s}", f"{g}{s}", f"{g[0]}{s}", f"{g}_{s}", f"{s}.{g}",
                            f"{g}.{s}{rng.randint(1, 99)}", f"{g}{rng.randint(70, 99)}"))
        return f"{local}@{domain}"


MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "web.de",
                "orange.fr", "free.fr", "hotmail.es", "sapo.pt", "uol.com.br", "ziggo.nl", "wp.pl", "o2.pl",
                "yahoo.co.jp", "naver.com", "qq.com", "mail.ru", "ukr.net", "fastmail.com")
WORK_DOMAINS = ("northwind-logistics.com", "brightpath.io", "kestrel-bank.co.uk", "lumacare.health",
                "quillsoft.dev", "harbourfreight.nl", "solvia-energie.fr", "tiendaverde.es", "vinhaclara.pt",
                "ostrowski-meble.pl", "kumo-systems.co.jp", "fernhill.edu", "greenmile.de")

# ---------------------------------------------------------------------------------------------- places
# country: (streets, towns of residence). Towns never coincide with the regions and data-centre cities below.
PLACES = {
    "US": ("Maple Ridge Dr|Old Mill Rd|Cottonwood Ln|Birchwood Ave|Sycamore St|Quail Hollow Ct|"
           "Tanglewood Blvd|Pine Needle Way|Harmon St|Larkspur Ln",
           "Bozeman, MT 59715|Ames, IA 50010|Hagerstown, MD 21740|Yakima, WA 98902|Lafayette, IN 47905|"
           "Kalamazoo, MI 49008|Flagstaff, AZ 86001|Dothan, AL 36301|Bend, OR 97701|Muncie, IN 47304"),
    "GB": ("Albion Terrace|Kingfisher Close|Hawthorn Road|Vicarage Lane|Meadowbank Crescent|Ashgrove Gardens|"
           "Rectory Lane|Orchard Way",
           "Harrogate|Kettering|Stroud|Tiverton|Hexham|Wokingham|Ludlow|Market Harborough"),
    "DE": ("Lindenstraße|Am Mühlbach|Kastanienallee|Eichendorffweg|Hauptstraße|Schillerstraße|Rosenweg|"
           "Birkenhof|Gartenstraße|Auf der Heide",
           "Rottweil|Bad Tölz|Quedlinburg|Lüneburg|Wernigerode|Schwäbisch Hall|Husum|Dinkelsbühl|Celle|"
           "Görlitz"),
    "FR": ("rue des Lilas|avenue Jean Jaurès|chemin des Vignes|rue du Moulin|impasse des Acacias|"
           "allée des Tilleuls|rue de la Paix|boulevard Victor Hugo",
           "Quimper|Annecy|Colmar|Périgueux|Vannes|Albi|Chambéry|Saumur"),
    "ES": ("Calle del Olivo|Avenida de la Constitución|Calle Mayor|Calle de la Fuente|Paseo del Prado Chico|"
           "Calle San Roque|Calle Real|Calle de los Almendros",
           "Ponferrada|Cáceres|Teruel|Logroño|Soria|Jaén|Lugo|Huesca"),
    "PT": ("Rua das Flores|Avenida da Liberdade Nova|Rua do Carmo|Travessa do Poço|Rua Direita|"
           "Rua de Santa Catarina|Largo do Chafariz|Rua dos Combatentes",
           "Viseu|Tomar|Guimarães|Setúbal|Aveiro|Évora|Leiria|Bragança"),
    "BR": ("Rua das Palmeiras|Avenida Sete de Setembro|Rua Boa Vista|Rua Tiradentes|Rua do Sol|"
           "Rua Marechal Deodoro|Rua das Acácias|Avenida Getúlio Vargas",
           "Campinas - SP|Londrina - PR|Uberlândia - MG|Joinville - SC|Maringá - PR|Feira de Santana - BA|"
           "Petrópolis - RJ|Caruaru - PE"),
    "NL": ("Kerkstraat|Molenweg|Lindenlaan|Beukenhof|Dorpsstraat|Prinses Irenestraat|Vlierweg|"
           "Zonnebloemstraat",
           "Zwolle|Deventer|Amersfoort|Leeuwarden|Alkmaar|Zutphen|Apeldoorn|Assen"),
    "PL": ("Lipowa|Kwiatowa|Słoneczna|Ogrodowa|Polna|Mickiewicza|Kościuszki|Leśna",
           "Rzeszów|Olsztyn|Toruń|Kielce|Zamość|Opole|Gniezno|Przemyśl"),
    "JP": ("桜新町|緑が丘|本町|中央|旭町|栄町|若葉台|松が枝町",
           "世田谷区|藤沢市|金沢市|松本市|倉敷市|函館市|川越市|宇都宮市"),
    "CA": ("Maplewood Cres|Birch Bay Rd|Rideau Terrace|Lakeshore Dr|Juniper Pl|Cedar Hollow Rd",
           "Kamloops, BC V2C 1A1|Moncton, NB E1C 4B7|Guelph, ON N1H 3T9|Lethbridge, AB T1J 0P3|"
           "Sherbrooke, QC J1H 5N4|Nanaimo, BC V9R 2S5"),
}
LANG_COUNTRY = {"de": "DE", "fr": "FR", "es": "ES", "pt": "PT", "nl": "NL", "pl": "PL", "ja": "JP"}
CULTURE_COUNTRY = {"german": "DE", "french": "FR", "spanish": "ES", "latam": "US", "portuguese": "PT",
                   "brazilian": "BR", "dutch": "NL", "polish": "PL", "japanese": "JP", "anglo": "GB"}
# Regions and data-centre cities: business context only, never where somebody lives.
REGIONS = ("us-east-1 (N. Virginia)", "eu-west-1 (Dublin)", "eu-central-1 (Frankfurt)",
           "ap-northeast-1 (Tokyo)", "europe-west4 (Eemshaven)", "sa-east-1 (São Paulo)",
           "westeurope (Amsterdam)", "ap-southeast-2 (Sydney)", "eu-west-3 (Paris)", "us-west-2 (Oregon)",
           "northeurope (Dublin)", "asia-northeast1 (Tokyo)")


def _streets(country: str, half: str) -> list[str]:
    return _split(PLACES[country][0].split("|"), half)


def towns(country: str, half: str) -> list[str]:
    """The half's towns of residence in ``country`` (US/CA towns carry state and ZIP)."""
    return _split(PLACES[country][1].split("|"), half)


def _digits(rng: random.Random, pattern: str) -> str:
    """``#`` any digit, ``N`` 2-9, ``L`` an upper-case letter; anything else kept."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "N":
            out.append(str(rng.randint(2, 9)))
        elif ch == "L":
            out.append(rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def address(rng: random.Random, country: str, half: str) -> str:
    """A street address on one line."""
    street, town = rng.choice(_streets(country, half)), rng.choice(towns(country, half))
    n = rng.randint(2, 240)
    if country in ("US", "CA"):
        unit = rng.choice(("", "", f" Apt {rng.randint(1, 40)}", f" Unit {rng.randint(1, 12)}"))
        return f"{rng.randint(12, 9800)} {street}{unit}, {town}"
    if country == "GB":
        return f"{n} {street}, {town} {_digits(rng, 'LL# #LL')}"
    if country == "DE":
        return f"{street} {n}, {_digits(rng, '#####')} {town}"
    if country == "FR":
        return f"{n} {street}, {_digits(rng, '#####')} {town}"
    if country == "ES":
        return f"{street} {n}, {rng.randint(1, 8)}º {rng.choice('ABCD')}, {_digits(rng, '#####')} {town}"
    if country == "PT":
        return f"{street}, {n}, {rng.randint(1, 5)}º Esq., {_digits(rng, '####-###')} {town}"
    if country == "BR":
        return f"{street}, {n}, apto {rng.randint(11, 904)}, {town}, {_digits(rng, '#####-###')}"
    if country == "NL":
        return f"{street} {n}, {_digits(rng, 'N### ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}" \
               f"{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')} {town}"
    if country == "PL":
        return f"ul. {street} {n}/{rng.randint(1, 60)}, {_digits(rng, '##-###')} {town}"
    if country == "JP":
        return f"〒{_digits(rng, '###-####')} {town}{street}{rng.randint(1, 5)}-{rng.randint(1, 30)}-" \
               f"{rng.randint(1, 20)}"
    raise KeyError(country)


# ---------------------------------------------------------------------------------------------- numbers
PHONES = {
    "US": ("+1 (N##) N##-####", "(N##) N##-####", "N##-N##-####", "+1 N##.N##.####"),
    "CA": ("+1 N##-N##-####", "(N##) N##-####"),
    "GB": ("+44 7### ######", "07### ######", "+44 20 7### ####", "0161 ### ####"),
    "DE": ("+49 15# ########", "0151 ########", "+49 30 ########", "089 #######", "+49 (0)171 #######"),
    "FR": ("+33 6 ## ## ## ##", "06 ## ## ## ##", "+33 1 ## ## ## ##", "07.##.##.##.##"),
    "ES": ("+34 6## ### ###", "6## ## ## ##", "+34 91# ### ###"),
    "PT": ("+351 91# ### ###", "96# ### ###", "+351 21# ### ###"),
    "BR": ("+55 11 9####-####", "(21) 9####-####", "+55 31 9#### ####"),
    "NL": ("+31 6 ########", "06-########", "+31 20 ### ####"),
    "PL": ("+48 5## ### ###", "6## ### ###", "+48 22 ### ## ##"),
    "JP": ("+81 90-####-####", "090-####-####", "03-####-####", "+81 80 #### ####"),
    "IN": ("+91 98### #####", "+91 7#### #####", "09#### #####"),
    "NG": ("+234 803 ### ####", "0803 ### ####", "+234 81# ### ####"),
    "KE": ("+254 7## ### ###", "07## ######"),
    "AU": ("+61 4## ### ###", "04## ### ###"),
    "IT": ("+39 3## ### ####", "3## ### ####"),
    "KR": ("+82 10-####-####", "010-####-####"),
    "ZA": ("+27 82 ### ####", "082 ### ####"),
    "SE": ("+46 70 ### ## ##", "070-### ## ##"),
    "MX": ("+52 55 #### ####", "55 #### ####"),
}
CULTURE_PHONE = {"anglo": "GB", "irish": "GB", "german": "DE", "french": "FR", "spanish": "ES", "latam": "MX",
                 "portuguese": "PT", "brazilian": "BR", "italian": "IT", "dutch": "NL", "polish": "PL",
                 "indian": "IN", "nigerian": "NG", "kenyan": "KE", "nordic": "SE", "japanese": "JP",
                 "korean": "KR"}


def phone(rng: random.Random, country: str) -> str:
    text = _digits(rng, rng.choice(PHONES[country]))
    if text.startswith("+") and rng.random() < 0.25:  # E.164 as APIs store it
        text = "+" + re.sub(r"\D", "", text)
    return text


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
          "grudnia",
}


def date_of_birth(rng: random.Random, style: str, lang: str) -> str:
    """A birth date (1941-2006) written in ``style``: iso, us, eu, dot, long or any (chosen by language)."""
    y, m, d = rng.randint(1941, 2006), rng.randint(1, 12), rng.randint(1, 28)
    if style == "any":
        style = rng.choice(("iso", "long", "us") if lang == "en" else ("iso", "long", "dot" if lang in
                           ("de", "pl") else "eu"))
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "us":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "eu":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "ja":
        return f"{y}年{m}月{d}日"
    month = MONTHS[lang].split()[m - 1]
    if lang == "en":
        return rng.choice((f"{month} {d}, {y}", f"{d} {month} {y}"))
    if lang in ("es", "pt"):
        return f"{d} de {month} de {y}"
    if lang == "de":
        return f"{d}. {month} {y}"
    return f"{d} {month} {y}"


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    text = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return text if rng.random() < 0.8 else text.replace("-", rng.choice(("", " ")))


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (1 if i % 2 else 2)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    prefix, length = rng.choice((("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
                                 ("6011", 16)))
    digits = _luhn_complete(prefix + _digits(rng, "#" * (length - len(prefix) - 1)))
    sep = rng.choice(("", " ", "-"))
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    parts, at = [], 0
    for g in groups:
        parts.append(digits[at:at + g])
        at += g
    return sep.join(parts)


IBAN_BODY = {"DE": "#" * 18, "FR": "#" * 23, "ES": "#" * 20, "PT": "#" * 21, "NL": "LLLL" + "#" * 10,
             "PL": "#" * 24, "GB": "LLLL" + "#" * 14, "BE": "#" * 12, "IT": "L" + "#" * 22, "AT": "#" * 16}


def iban(rng: random.Random, country: str) -> str:
    body = _digits(rng, IBAN_BODY[country])
    number = int("".join(str(int(c, 36)) for c in body + country + "00"))
    raw = f"{country}{98 - number % 97:02d}{body}"
    return raw if rng.random() < 0.4 else " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def ipv4(rng: random.Random) -> str:
    """A public address: no private, loopback, shared, link-local, documentation or multicast range."""
    first = rng.choice([a for a in range(1, 224) if a not in (10, 100, 127, 169, 172, 192, 198, 203)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("2a02", "2a01", "2600", "2604", "2a00", "2001:4860"))
    parts = [f"{rng.randint(1, 0xffff):x}" for _ in range(7 - head.count(":"))]
    return ":".join([head, *parts[:3]]) + "::" + ":".join(parts[3:5])


def private_ip(rng: random.Random) -> str:
    return rng.choice((f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"))


def doc_ip(rng: random.Random) -> str:
    return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------------------------------------- secrets
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"
B64URL = ALNUM + "-_"
WORDS = ("copper lantern orbit meadow saffron glacier tundra velvet pepper harbor quartz falcon cobalt ember "
         "willow basalt cinder juniper marble thistle").split()


def _r(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64url(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng: random.Random) -> str:
    head = {"alg": rng.choice(("HS256", "RS256")), "typ": "JWT"}
    body = {"sub": _r(rng, 12, HEX), "iat": rng.randint(1_700_000_000, 1_780_000_000), "scope": "read write"}
    return f"{_b64url(head)}.{_b64url(body)}.{_r(rng, 43, B64URL)}"


def pem(rng: random.Random) -> str:
    kind = rng.choice(("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"))
    lines = [_r(rng, 64, ALNUM + "+/") for _ in range(rng.randint(4, 7))] + [_r(rng, 28, ALNUM + "+/") + "=="]
    return "\n".join([f"-----BEGIN {kind}-----", *lines, f"-----END {kind}-----"])


def password(rng: random.Random) -> str:
    """A password as people choose them (no characters that break a URL, quote or INI value)."""
    w = rng.choice(WORDS)
    return rng.choice((f"{w.capitalize()}!{rng.randint(10, 9999)}", _r(rng, rng.randint(14, 24)),
                       f"{w}-{rng.choice(WORDS)}-{rng.randint(1, 99)}",
                       f"{w.capitalize()}#{rng.randint(1990, 2024)}",
                       _r(rng, 10) + rng.choice("!*~") + _r(rng, 4)))


SECRETS = {
    "aws_id": lambda rng: "AKIA" + _r(rng, 16, string.ascii_uppercase + "234567"),
    "aws_secret": lambda rng: _r(rng, 40, ALNUM + "/+"),
    "github": lambda rng: "ghp_" + _r(rng, 36),
    "github_fine": lambda rng: "github_pat_11" + _r(rng, 20, string.ascii_uppercase + string.digits) + "_"
                               + _r(rng, 59),
    "gitlab": lambda rng: "glpat-" + _r(rng, 20, ALNUM + "-_"),
    "slack_bot": lambda rng: f"xoxb-{_digits(rng, '#' * 12)}-{_digits(rng, '#' * 13)}-{_r(rng, 24)}",
    "stripe": lambda rng: rng.choice(("sk_live_", "rk_live_")) + _r(rng, 24 + rng.randint(0, 75)),
    "stripe_whsec": lambda rng: "whsec_" + _r(rng, 32),
    "openai": lambda rng: "sk-proj-" + _r(rng, 48, ALNUM + "-_") + "T3BlbkFJ" + _r(rng, 48, ALNUM + "-_"),
    "anthropic": lambda rng: "sk-ant-api03-" + _r(rng, 93, ALNUM + "-_") + "AA",
    "google": lambda rng: "AIza" + _r(rng, 35, ALNUM + "-_"),
    "sendgrid": lambda rng: f"SG.{_r(rng, 22, ALNUM + '-_')}.{_r(rng, 43, ALNUM + '-_')}",
    "twilio": lambda rng: "SK" + _r(rng, 32, HEX),
    "npm": lambda rng: "npm_" + _r(rng, 36),
    "pypi": lambda rng: "pypi-AgEIcHlwaS5vcmc" + _r(rng, 60, ALNUM + "-_"),
    "hf": lambda rng: "hf_" + _r(rng, 34),
    "digitalocean": lambda rng: "dop_v1_" + _r(rng, 64, HEX),
    "shopify": lambda rng: "shpat_" + _r(rng, 32, HEX),
    "mailgun": lambda rng: "key-" + _r(rng, 32, HEX),
    "datadog": lambda rng: _r(rng, 32, HEX),
    "databricks": lambda rng: "dapi" + _r(rng, 32, HEX),
    "vault": lambda rng: "hvs." + _r(rng, 24),
    "azure_storage": lambda rng: _r(rng, 86, ALNUM + "+/") + "==",
    "discord": lambda rng: f"{_r(rng, 24, ALNUM)}.{_r(rng, 6, ALNUM)}.{_r(rng, 38, ALNUM + '-_')}",
    "jwt": jwt,
    "pem": pem,
    "totp": lambda rng: _r(rng, 32, B32),
    "session": lambda rng: rng.choice(("s%3A" + _r(rng, 32, ALNUM + "-_") + "." + _r(rng, 43, ALNUM + "/+"),
                                       _r(rng, 32, HEX), _r(rng, 40, ALNUM))),
    "oauth": lambda rng: "ya29." + _r(rng, 120, ALNUM + "-_"),
    "pw": password,
    "hex64": lambda rng: _r(rng, 64, HEX),
    "aws_example": lambda rng: "AKIAIOSFODNN7EXAMPLE",
}

# ---------------------------------------------------------------------------------------------- fillers
FIRMS = ("Stripe", "Twilio", "Datadog", "Ford", "Dell", "McDonald's", "Wells Fargo", "Morgan Stanley",
         "Johnson Controls", "Ben & Jerry's", "Goldman Sachs", "Siemens", "Philips", "Porsche", "Ferrero")
HOSTS = ("db-primary.internal", "redis-0.redis.svc.cluster.local", "api-gw.prod.corp", "localhost",
         "build-agent-07.ci.lan", "vault.service.consul", "kafka-2.broker.internal",
         "pg-replica-1.eu.internal")


def filler(rng: random.Random, kind: str) -> str:
    """Unlabelled values: ids, hashes, versions, timestamps, hosts and private addresses."""
    if kind == "uuid":
        h = _r(rng, 32, HEX)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
    if kind == "sha":
        return _r(rng, 40, HEX)
    if kind == "short":
        return _r(rng, 7, HEX)
    if kind == "ver":
        return f"{rng.randint(0, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}"
    if kind == "ts":
        return f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:" \
               f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if kind == "time":
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if kind == "date":
        return f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
    if kind == "host":
        return rng.choice(HOSTS)
    if kind == "lan":
        return private_ip(rng)
    if kind == "docip":
        return doc_ip(rng)
    if kind == "region":
        return rng.choice(REGIONS)
    if kind == "firm":
        return rng.choice(FIRMS)
    if kind.startswith("n"):
        return _digits(rng, "N" + "#" * (int(kind[1:]) - 1))
    if kind.startswith("x"):
        return _r(rng, int(kind[1:]), HEX)
    raise KeyError(kind)


FILLERS = ("uuid", "sha", "short", "ver", "ts", "time", "date", "host", "lan", "docip", "region", "firm")

# ---------------------------------------------------------------------------------------------- rendering
SLOT = re.compile(r"⟨([^⟩]*)⟩")


@dataclass(frozen=True)
class Template:
    name: str
    lang: str
    genre: str
    text: str
    neg_class: str | None = None


class _Record:
    """The values one record draws: people by slot name (p1, p2 …) and values by slot key (so ``⟨ip:a⟩``
    twice is the same address)."""

    def __init__(self, rng: random.Random, half: str, lang: str):
        self.rng, self.half, self.lang = rng, half, lang
        self.pool = _people(half)
        self.people: dict[str, Person] = {}
        self.values: dict[str, tuple[str, str | None]] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            rng = self.rng
            used = {n.lower() for p in self.people.values() for n in (p.given, p.surname)}
            cultures = LANG_CULTURES.get(self.lang, ()) if rng.random() < 0.7 else ()
            while True:
                culture = rng.choice(cultures or tuple(CULTURES))
                (g, gl), (s, sl) = self._name(culture)
                if g.lower() not in used and s.lower() not in used:
                    break
            self.people[key] = Person(culture, g, s, gl, sl)
        return self.people[key]

    def country(self, arg: str) -> str:
        if arg:
            return arg
        if self.lang in LANG_COUNTRY:
            return LANG_COUNTRY[self.lang]
        first = next(iter(self.people.values()), None)
        return CULTURE_COUNTRY.get(first.culture, "US") if first else "US"

    def value(self, slot: str) -> tuple[str, str | None]:
        """(text, type or None) of one slot."""
        rng = self.rng
        if "|" in slot:  # an alternative of plain text
            return rng.choice(slot.split("|")), None
        if slot in self.values:
            return self.values[slot]
        head, _, form = slot.partition(".")
        if re.fullmatch(r"p\d", head):
            self.values[slot] = self.person(head).form(form, rng)  # one mailbox per person and slot
            return self.values[slot]
        kind, _, arg = slot.split("@")[0].partition(":")
        if kind == "phone":
            first = next(iter(self.people.values()), None)
            country = arg or LANG_COUNTRY.get(self.lang) or (
                CULTURE_PHONE.get(first.culture) if first else None)
            out = phone(rng, country or rng.choice(tuple(PHONES))), "PHONE_NUMBER"
        elif kind == "email":
            other = Person(*self._stranger())
            out = other.mailbox(rng, rng.choice(MAIL_DOMAINS + WORK_DOMAINS)), "EMAIL_ADDRESS"
        elif kind == "addr":
            out = address(rng, self.country(arg), self.half), "LOCATION"
        elif kind == "town":
            town = rng.choice(towns(self.country(arg), self.half))
            out = (town.split(",")[0].split(" - ")[0]), "LOCATION"
        elif kind == "dob":
            out = date_of_birth(rng, arg or "any", self.lang), "DATE_OF_BIRTH"
        elif kind == "ssn":
            out = ssn(rng), "US_SSN"
        elif kind == "card":
            out = card(rng), "CREDIT_CARD"
        elif kind == "iban":
            out = iban(rng, arg or {"ja": "DE", "en": rng.choice(("GB", "DE", "FR", "NL", "BE", "IT"))}.get(
                self.lang, LANG_COUNTRY.get(self.lang))), "IBAN_CODE"
        elif kind == "ip":
            out = (ipv6(rng) if arg == "6" else ipv4(rng)), "IP_ADDRESS"
        elif kind == "secret":
            out = SECRETS[arg](rng), "SECRET"
        else:
            out = filler(rng, kind), None
        self.values[slot] = out
        return out

    def _stranger(self) -> tuple[str, str, str, str, str]:
        culture = self.rng.choice(tuple(CULTURES))
        (g, gl), (s, sl) = self._name(culture)
        return culture, g, s, gl, sl

    def _name(self, culture: str) -> tuple[tuple[str, str], tuple[str, str]]:
        """A (given, surname) pair of ``culture`` from this half's pool, each with its romanisation."""
        return self.rng.choice(self.pool[culture]["given"]), self.rng.choice(self.pool[culture]["surname"])


def render(template: Template, rng: random.Random, half: str) -> tuple[str, list[dict]]:
    """The template's text with its slots filled, and the labelled spans."""
    rec = _Record(rng, half, template.lang)
    text, spans, at = [], [], 0
    length = 0
    for m in SLOT.finditer(template.text):
        literal = template.text[at:m.start()]
        text.append(literal)
        length += len(literal)
        value, kind = rec.value(m.group(1))
        if kind:
            spans.append({"type": kind, "start": length, "end": length + len(value), "value": value})
        text.append(value)
        length += len(value)
        at = m.end()
    text.append(template.text[at:])
    return "".join(text), spans


def well_labelled(text: str, spans: list[dict]) -> bool:
    """No labelled value also occurs unlabelled (whole words, lower case) and no two names touch."""
    folded = text.lower()
    if len(folded) != len(text):
        return False
    covered = [False] * len(text)
    for s in spans:
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["value"].lower()) + r"(?!\w)", folded):
            if not all(covered[m.start():m.end()]):
                return False
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a["end"] > b["start"] or (a["type"] == b["type"] == "PERSON" and text[a["end"]:b["start"]] == " "):
            return False
    return True


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default: the half's size) of one half."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    n = SIZES[half] if n is None else n
    pools: dict[tuple[bool, str], list[Template]] = {}
    for t in TEMPLATES[half]:
        pools.setdefault((t.neg_class is not None, t.lang), []).append(t)
    order = random.Random(f"corpus11|{seed}|{half}|order")
    for pool in pools.values():
        order.shuffle(pool)
    used: dict[tuple[bool, str], int] = {}
    records = []
    for i in range(n):
        negative = i % 4 == 3
        lang = LANGS[1 + (i // 5) % (len(LANGS) - 1)] if i % 5 == 4 else "en"
        key = (negative, lang) if (negative, lang) in pools else (negative, "en")
        template = pools[key][used.get(key, 0) % len(pools[key])]
        used[key] = used.get(key, 0) + 1
        for draw in range(MAX_DRAWS):
            rng = random.Random(f"corpus11|{seed}|{half}|{i}|{draw}")
            text, spans = render(template, rng, half)
            if well_labelled(text, spans):
                break
        else:
            raise RuntimeError(f"{template.name}: no well-labelled draw")
        meta = {"half": half, "template": template.name, "genre": template.genre, "lang": template.lang,
                "kind": "negative" if negative else "positive"}
        if negative:
            meta["neg_class"] = template.neg_class
        records.append({"id": f"c11-{half}-{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


# ---------------------------------------------------------------------------------------------- templates
def _t(half: str, name: str, lang: str, genre: str, text: str, neg_class: str | None = None) -> Template:
    return Template(f"c11-{half}-{name}", lang, genre, text.strip("\n"), neg_class)


DEV = [
    _t("dev", "seed-py", "en", "seed_data", '''
⟨Can you turn this seed script into a pytest fixture?|Refactor this seed file so it reads from a YAML \
fixture instead.|Why does this seed crash with IntegrityError on the second run?⟩

```python
# scripts/seed_customers.py -- local dev data, copied from the staging export
CUSTOMERS = [
    {"id": 1, "name": "⟨p1⟩", "email": "⟨p1.mail⟩", "phone": "⟨phone⟩", "dob": "⟨dob:iso⟩"},
    {"id": 2, "name": "⟨p2⟩", "email": "⟨p2.mail⟩", "phone": "⟨phone@2⟩", "dob": "⟨dob:iso@2⟩"},
]

def seed(session):
    for row in CUSTOMERS:
        session.add(Customer(**row))
    session.commit()
```
'''),
    _t("dev", "pytest-fixture", "en", "unit_test_fixture", '''
This test started failing after the billing refactor. ⟨What changed?|Can you spot the bug?|Explain the \
assertion error.⟩

```python
@pytest.fixture
def account():
    return Account(
        holder="⟨p1⟩",
        iban="⟨iban⟩",
        card_number="⟨card⟩",
        billing_address="⟨addr⟩",
    )

def test_masked_card(account):
    assert account.masked_card().endswith(account.card_number[-4:])
```

```
E   AssertionError: assert False
E    +  where False = <built-in method endswith of str object>('⟨x4⟩')
```
'''),
    _t("dev", "git-log-diff", "en", "git_diff", '''
Write a changelog entry for this commit.

```
commit ⟨sha⟩
Author: ⟨p1⟩ <⟨p1.work⟩>
Date:   Tue Oct 14 ⟨time⟩ 2026 +0200

    Fix phone normalisation for ⟨+44|+49|+33⟩ numbers

    Reported by ⟨p2⟩ in support; reviewed-by: ⟨p3.i⟩

diff --git a/src/contacts/normalize.py b/src/contacts/normalize.py
index ⟨short⟩..⟨short@2⟩ 100644
--- a/src/contacts/normalize.py
+++ b/src/contacts/normalize.py
@@ -12,7 +12,7 @@ def normalize(raw: str) -> str:
-    # TODO(⟨p1.gl⟩): handle trunk prefix
+    digits = re.sub(r"\\D", "", raw)
```
'''),
    _t("dev", "traceback", "en", "stack_trace", '''
⟨Our worker keeps dying with this, any idea?|Explain this traceback and suggest a fix.|Why is the \
serializer choking here?⟩

```
Traceback (most recent call last):
  File "/app/worker/tasks.py", line 88, in send_receipt
    mailer.send(to=user.email, context=ctx)
  File "/app/mailer/client.py", line 41, in send
    raise DeliveryError(f"rejected recipient {to}")
mailer.errors.DeliveryError: rejected recipient ⟨p1.mail⟩

ctx = {'first_name': '⟨p1.g⟩', 'last_name': '⟨p1.s⟩', 'shipping': '⟨addr⟩', 'phone': '⟨phone⟩', 'order': \
'SO-⟨n6⟩'}
```
'''),
    _t("dev", "nginx-log", "en", "app_log", '''
Someone is hammering our login endpoint. Summarise what these lines show and whether we should block the \
client.

```
⟨ip⟩ - - [12/Nov/2026:⟨time⟩ +0000] "POST /api/v1/login HTTP/1.1" 401 83 "-" "python-requests/2.31.0"
⟨ip⟩ - - [12/Nov/2026:⟨time@2⟩ +0000] "POST /api/v1/login HTTP/1.1" 401 83 "-" "python-requests/2.31.0"
⟨ip@2⟩ - - [12/Nov/2026:⟨time@3⟩ +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
2026-11-12 ⟨time@4⟩ WARN auth: failed login for user=⟨p1.mail⟩ from=⟨ip⟩ attempts=⟨n2⟩
2026-11-12 ⟨time@5⟩ INFO auth: login ok user=⟨p2.work⟩ from=⟨ip:6⟩ upstream=⟨lan⟩
```
'''),
    _t("dev", "sql-dump", "en", "sql_dump", '''
Convert these inserts into a Postgres COPY block⟨ and fix the quoting| please⟩.

```sql
-- pg_dump of hr.employees (partial)
INSERT INTO employees (id, full_name, ssn, date_of_birth, home_address, phone) VALUES
  (⟨n3⟩, '⟨p1⟩', '⟨ssn⟩', '⟨dob:iso⟩', '⟨addr:US⟩', '⟨phone:US⟩'),
  (⟨n3@2⟩, '⟨p2⟩', '⟨ssn@2⟩', '⟨dob:iso@2⟩', '⟨addr:US@2⟩', '⟨phone:US@2⟩');
```
'''),
    _t("dev", "psql-result", "en", "query_result", '''
Why does this query return duplicates? Output from psql:

```
app_prod=> SELECT u.id, u.display_name, u.email, o.total FROM users u JOIN orders o ON o.user_id = u.id \
WHERE o.created_at > '⟨date⟩';
  id   |  display_name   |          email           | total
-------+-----------------+--------------------------+-------
 ⟨n5⟩ | ⟨p1⟩ | ⟨p1.mail⟩ | 49.90
 ⟨n5⟩ | ⟨p1⟩ | ⟨p1.mail⟩ | 49.90
 ⟨n5@2⟩ | ⟨p2.lf⟩ | ⟨p2.work⟩ | 120.00
(3 rows)
```
'''),
    _t("dev", "curl-headers", "en", "terminal_session", '''
⟨The API returns 403 even though the token is fresh. Here's my terminal:|Why is this request rejected? \
Full session below.⟩

```
$ curl -sv https://api.⟨acme|northwind|globex⟩-payments.com/v2/customers/⟨uuid⟩ \\
    -H "Authorization: Bearer ⟨secret:stripe⟩" \\
    -H "Idempotency-Key: ⟨uuid@2⟩"
> GET /v2/customers/⟨uuid⟩ HTTP/2
< HTTP/2 403
{"error": "forbidden", "customer": {"name": "⟨p1⟩", "email": "⟨p1.mail⟩"}}
```
'''),
    _t("dev", "kubectl-secret", "en", "terminal_session", '''
I decoded our secret to debug the crash loop. Which value is wrong?

```
$ kubectl -n billing get secret api-credentials -o jsonpath='{.data}' | jq 'map_values(@base64d)'
{
  "DATABASE_URL": "postgresql://billing:⟨secret:pw⟩@⟨host⟩:5432/billing",
  "SENDGRID_API_KEY": "⟨secret:sendgrid⟩",
  "JWT_SIGNING_KEY": "⟨secret:hex64⟩"
}
$ kubectl -n billing logs deploy/api --tail=3
⟨ts⟩ ERROR smtp: 550 mailbox unavailable for ⟨p1.mail⟩
```
'''),
    _t("dev", "ci-log", "en", "ci_log", '''
The publish step ⟨fails|is flaky⟩ on main. Here is the end of the GitHub Actions log:

```
Run npm publish --access public
npm notice Publishing to https://registry.npmjs.org/ with tag latest
npm ERR! code E403
npm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fui
npm verb token ⟨secret:npm⟩
npm verb author ⟨p1⟩ <⟨p1.work⟩>
Error: Process completed with exit code 1.
```
'''),
    _t("dev", "env-file", "en", "env_config", '''
Here's my .env — ⟨why can't the app connect to Redis?|convert it to a docker-compose environment \
block.|which of these should go in a vault?⟩

```
APP_ENV=staging
DATABASE_URL=mysql://app:⟨secret:pw⟩@⟨lan⟩:3306/shop
REDIS_URL=redis://⟨host⟩:6379/0
OPENAI_API_KEY=⟨secret:openai⟩
AWS_ACCESS_KEY_ID=⟨secret:aws_id⟩
AWS_SECRET_ACCESS_KEY=⟨secret:aws_secret⟩
ADMIN_EMAIL=⟨p1.work⟩
SUPPORT_PHONE=⟨phone⟩
```
'''),
    _t("dev", "compose", "en", "docker_compose", '''
Compose up fails with "role does not exist". Config:

```yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: ⟨secret:pw⟩
  api:
    build: .
    environment:
      GITHUB_TOKEN: ⟨secret:github⟩
      STRIPE_WEBHOOK_SECRET: ⟨secret:stripe_whsec⟩
      OWNER_CONTACT: "⟨p1⟩ <⟨p1.work⟩>"
```
'''),
    _t("dev", "terraform", "en", "terraform", '''
Terraform plan shows this diff; ⟨is it safe to apply?|why does it want to recreate the user?⟩

```hcl
  # aws_iam_user.deploy must be replaced
-/+ resource "aws_iam_user" "deploy" {
      ~ tags = {
          - "owner"   = "⟨p1.low⟩" -> null
          + "owner"   = "⟨p2.low⟩"
          + "contact" = "⟨p2.work⟩"
        }
    }
  provider "datadog" {
    api_key = "⟨secret:datadog⟩"
  }
```
'''),
    _t("dev", "crash-report", "en", "crash_report", '''
Symbolicate this crash report⟨ and tell me which thread crashed|⟩.

```
Incident Identifier: ⟨uuid⟩
Hardware Model:      iPhone15,3
App Version:         ⟨ver⟩
Date/Time:           ⟨ts⟩
User:                ⟨p1⟩ (⟨p1.mail⟩)
Last Location:       delivery to ⟨addr⟩
Exception Type:  EXC_BAD_ACCESS (SIGSEGV)
Thread 3 Crashed:
0   CheckoutKit   0x0000000104a2c3f0 PaymentSheet.render() + 412
1   CheckoutKit   0x0000000104a2b118 CardField.validate(_:) + 96   // card=⟨card⟩
```
'''),
    _t("dev", "ticket-json", "en", "support_ticket", '''
Summarise this ticket thread and draft a reply.

```json
{
  "ticket_id": "ZD-⟨n6⟩",
  "requester": {"name": "⟨p1⟩", "email": "⟨p1.mail⟩", "phone": "⟨phone⟩"},
  "created_at": "⟨ts⟩",
  "comments": [
    {"author": "⟨p1.g⟩", "body": "My package never arrived at ⟨addr⟩. I moved from ⟨town⟩ last month, \
maybe that's why?"},
    {"author": "⟨p2⟩", "body": "Hi ⟨p1.g⟩, I've escalated this to the courier. -- ⟨p2.g⟩"}
  ]
}
```
'''),
    _t("dev", "analytics", "en", "analytics_events", '''
⟨Why are these events failing schema validation?|Write a dbt model that flattens these events.⟩

```jsonl
{"event": "signup_completed", "ts": "⟨ts⟩", "anonymous_id": "⟨uuid⟩", "traits": {"email": "⟨p1.mail⟩", \
"name": "⟨p1⟩", "birthday": "⟨dob:iso⟩"}, "context": {"ip": "⟨ip⟩"}}
{"event": "page_viewed", "ts": "⟨ts@2⟩", "anonymous_id": "⟨uuid⟩", "properties": {"path": "/pricing"}, \
"context": {"ip": "⟨ip⟩"}}
```
'''),
    _t("dev", "mail-template", "en", "email_template", '''
The rendered e-mail looks off — the greeting duplicates the name. Template and output:

```jinja
Hello {{ customer.first_name }}, your card ending {{ card[-4:] }} was charged.
```

Rendered (from the preview tool):
```
Hello ⟨p1⟩, ⟨p1.g⟩, your card ending ⟨n4⟩ was charged.
Billing address: ⟨addr⟩
Questions? Reply to ⟨p2.work⟩ or call ⟨phone⟩.
```
'''),
    _t("dev", "pem-in-chat", "en", "chat_paste", '''
⟨Is this key format right for paramiko?|paramiko says "not a valid RSA private key file" for this, why?⟩ \
⟨p1.g⟩ generated it for the bastion yesterday.

```
⟨secret:pem⟩
```
'''),
    _t("dev", "totp-doc", "en", "test_request", '''
Write a unit test for our 2FA enrolment. The QR payload the app produced for the test user:

```
otpauth://totp/Acme:⟨p1.work⟩?secret=⟨secret:totp⟩&issuer=Acme&digits=6
```
Also the docs key we keep seeing in examples, ⟨secret:aws_example⟩, should that be allowed in fixtures?
'''),
    # -------------------------------------------------------------------------------- other languages
    _t("dev", "de-log", "de", "app_log", '''
Kannst du mir erklären, warum der Import abbricht? Log vom Server:

```
⟨ts⟩ FEHLER import.kunden: Zeile 214 ungültig: Name=⟨p1⟩, Geburtsdatum=⟨dob:dot⟩, IBAN=⟨iban:DE⟩
⟨ts@2⟩ WARNUNG import.kunden: Telefonnummer ⟨phone⟩ hat kein Ländervorwahl-Format
⟨ts@3⟩ INFO import.kunden: Ansprechpartner ⟨p2⟩ (⟨p2.work⟩) benachrichtigt
```
'''),
    _t("dev", "fr-comment", "fr", "code_comment", '''
Peux-tu relire ce code ? Les commentaires sont en français.

```python
# Client de test fourni par ⟨p1⟩ — ne pas utiliser en production
CLIENT_TEST = {
    "nom": "⟨p2.s⟩",
    "prenom": "⟨p2.g⟩",
    "adresse": "⟨addr:FR⟩",
    "telephone": "⟨phone:FR⟩",
    "ne_le": "⟨dob:eu⟩",
}
API_KEY = "⟨secret:google⟩"  # clé de ⟨p1.g⟩, à remplacer
```
'''),
    _t("dev", "es-ticket", "es", "support_ticket", '''
Resume este ticket en inglés, por favor.

```json
{"ticket": "SOP-⟨n5⟩", "cliente": "⟨p1⟩", "correo": "⟨p1.mail⟩", "telefono": "⟨phone:ES⟩",
 "mensaje": "Vivo en ⟨town:ES⟩ y el pedido sigue sin llegar a ⟨addr:ES⟩. Me cobraron dos veces en la \
tarjeta ⟨card⟩."}
```
'''),
    _t("dev", "pt-csv", "pt", "csv_export", '''
Converte este CSV para JSON e valida os NIFs.

```csv
nome;email;telemovel;data_nascimento;morada
⟨p1⟩;⟨p1.mail⟩;⟨phone:PT⟩;⟨dob:eu⟩;"⟨addr:PT⟩"
⟨p2⟩;⟨p2.mail⟩;⟨phone:PT@2⟩;⟨dob:eu@2⟩;"⟨addr:PT@2⟩"
```
'''),
    _t("dev", "nl-commit", "nl", "git_diff", '''
Vertaal deze commitberichten naar het Engels:

```
⟨short⟩ Adresvalidatie voor postcodes toegevoegd (⟨p1⟩)
⟨short@2⟩ Testklant ⟨p2⟩, ⟨addr:NL⟩, verwijderd uit fixtures
⟨short@3⟩ Wachtwoord van de staging-database gewijzigd naar ⟨secret:pw⟩ -- ⟨p1.g⟩
```
'''),
    _t("dev", "pl-docker", "pl", "docker_logs", '''
Dlaczego kontener się restartuje? Logi:

```
$ docker logs --tail 4 zamowienia-api
⟨ts⟩ INFO  Nowe zamówienie od ⟨p1⟩ (⟨p1.mail⟩), tel. ⟨phone:PL⟩
⟨ts@2⟩ INFO  Adres dostawy: ⟨addr:PL⟩
⟨ts@3⟩ ERROR Płatność odrzucona, konto ⟨iban:PL⟩
⟨ts@4⟩ FATAL Brak połączenia z ⟨host⟩
```
'''),
    _t("dev", "ja-fixture", "ja", "unit_test_fixture", '''
このテストデータを使ったユニットテストを書いてください。

```python
# テスト用の会員データ（担当: ⟨p1⟩ ）
MEMBER = {
    "氏名": "⟨p2⟩",
    "メール": "⟨p2.mail⟩",
    "電話番号": "⟨phone:JP⟩",
    "住所": "⟨addr:JP⟩",
    "生年月日": "⟨dob:long⟩",
}
```
'''),
    # -------------------------------------------------------------------------------- negatives
    _t("dev", "neg-env-example", "en", "env_config", '''
Is this .env.example enough for new contributors, or should we document more?

```
# Copy to .env and fill in your own values
DATABASE_URL=postgres://user:${DB_PASSWORD}@localhost:5432/app
STRIPE_SECRET_KEY=sk_test_your_key_here
OPENAI_API_KEY=<your-openai-key>
SUPPORT_EMAIL=support@example.com
SUPPORT_PHONE=+1 555-0100
DEFAULT_USER=Jane Doe
```
''', "placeholder_examples"),
    _t("dev", "neg-lockfile", "en", "dependency_diff", '''
Dependabot bumped these; anything risky?

```
-  "version": "⟨ver⟩",
-  "resolved": "https://registry.npmjs.org/lodash/-/lodash-⟨ver⟩.tgz",
-  "integrity": "sha512-⟨x40⟩==",
+  "version": "⟨ver@2⟩",
 image: ghcr.io/acme/api@sha256:⟨x64⟩
 build-id: ⟨uuid⟩  commit: ⟨sha⟩
```
''', "ids_hashes_versions"),
    _t("dev", "neg-identifiers", "en", "source_file", '''
Suggest better names for these; the linter complains about length.

```ts
export function getUserNameOrFallback(user: UserRecord): string { return user.displayName ?? "anonymous"; }
export const billingAddressLine1Validator = makeValidator("billing_address_line1");
class MaryQueue<T> extends PriorityQueue<T> {}  // "Mary" = multi-ary, not a person
test("formatPhoneNumber keeps the plus sign", () => { expect(formatPhoneNumber).toBeDefined(); });
```
''', "code_identifiers"),
    _t("dev", "neg-algorithms", "en", "code_comment", '''
Can you check the complexity notes in these comments?

```python
# Dijkstra's algorithm with a binary heap: O((V + E) log V)
# Fisher-Yates shuffle, then Levenshtein distance for fuzzy matching
# Luhn check only -- Knuth, TAOCP vol. 2, covers the modular arithmetic
# As Linus Torvalds put it: "Talk is cheap. Show me the code."
```
''', "public_figures"),
    _t("dev", "neg-vendors", "en", "architecture_note", '''
Turn this into a short ADR.

We send card payments through ⟨Adyen|Stripe|Worldpay⟩ and SMS through Twilio; metrics go to Datadog. Our two
biggest customers are Ford and Wells Fargo, and the Salesforce connector syncs accounts nightly. We compared
Heroku, Vercel and Render before moving to Kubernetes.
''', "firms_and_products"),
    _t("dev", "neg-regions", "en", "terraform", '''
Which of these regions should host the EU replica?

```hcl
variable "regions" {
  default = ["⟨region⟩", "⟨region@2⟩", "⟨region@3⟩"]
}
# latency from the Frankfurt PoP to Ashburn is ~85 ms; Dublin is our DR site
```
''', "regions_and_datacentres"),
    _t("dev", "neg-cron", "en", "ci_log", '''
Why did the nightly job run twice?

```
⟨ts⟩ scheduler: cron "0 2 * * *" fired for job nightly-export
⟨ts@2⟩ scheduler: retry 1/3 (lease expired at ⟨ts@3⟩)
release v⟨ver⟩ tagged on ⟨date⟩; certificate expires ⟨date@2⟩; freeze window until ⟨date@3⟩
```
''', "timestamps_and_dates"),
    _t("dev", "neg-hosts", "en", "terminal_session", '''
The service can't reach the cache — what's wrong with this routing?

```
$ kubectl get svc -n cache
NAME    TYPE        CLUSTER-IP      PORT(S)
redis   ClusterIP   ⟨lan⟩    6379/TCP
$ dig +short ⟨host⟩
⟨lan@2⟩
$ curl -I http://⟨docip⟩:8080/health   # the example from the runbook
curl: (7) Failed to connect to ⟨docip⟩ port 8080
```
''', "internal_hosts_and_doc_ips"),
    _t("dev", "neg-de-release", "de", "changelog", '''
Bitte fasse diese Release-Notes auf Englisch zusammen:

Version ⟨ver⟩ (⟨date⟩): Build ⟨short⟩, Migration ⟨uuid⟩ ausgeführt. Der Export läuft jetzt um ⟨time⟩ Uhr.
Die Region ⟨region⟩ ist ab sofort Standard.
''', "timestamps_and_dates"),
    _t("dev", "neg-fr-example", "fr", "env_config", '''
Ce fichier d'exemple est-il correct ?

```ini
[smtp]
utilisateur = exemple@example.com
mot_de_passe = ${SMTP_PASSWORD}
telephone_support = 01 99 00 12 34 ; numéro fictif réservé aux exemples
```
''', "placeholder_examples"),
    _t("dev", "neg-es-ids", "es", "query_result", '''
¿Por qué hay filas duplicadas?

```
 pedido_id                             | sku        | version
---------------------------------------+------------+---------
 ⟨uuid⟩  | SKU-⟨n6⟩ | ⟨ver⟩
 ⟨uuid⟩  | SKU-⟨n6⟩ | ⟨ver⟩
```
''', "ids_hashes_versions"),
    _t("dev", "neg-ja-regions", "ja", "architecture_note", '''
この構成の可用性について説明してください。

プライマリは ⟨region⟩、DR は ⟨region@2⟩ です。内部ホスト ⟨host⟩ (⟨lan⟩) 経由で接続します。
''', "regions_and_datacentres"),
    _t("dev", "jupyter-counts", "en", "jupyter_output", '''
Why does value_counts show the same payer twice? Notebook output:

```
In [7]: payouts.groupby(["payee", "iban"]).amount.sum()
Out[7]:
payee                iban
⟨p1⟩          ⟨iban⟩       1240.00
⟨p1.up⟩          ⟨iban⟩        310.50
⟨p2⟩           ⟨iban@2⟩       88.20
Name: amount, dtype: float64
```
'''),
    _t("dev", "webhook-dump", "en", "http_dump", '''
Our webhook handler returns 400 for this delivery. \
⟨What's wrong with the payload?|Is the signature check the problem?⟩

```
POST /hooks/orders HTTP/1.1
Host: hooks.⟨acme|northwind|globex⟩.dev
X-Api-Key: ⟨secret:shopify⟩
X-Real-IP: ⟨ip⟩
Content-Type: application/json

{"order_id": ⟨n7⟩, "customer": {"first_name": "⟨p1.g⟩", "last_name": "⟨p1.s⟩", "email": "⟨p1.mail⟩"},
 "shipping_address": "⟨addr⟩", "phone": "⟨phone⟩"}
```
'''),
    _t("dev", "k8s-deploy", "en", "kubernetes_manifest", '''
kubectl apply rejects this Deployment. ⟨Find the YAML error.|What's invalid here?⟩

```yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: summariser
  labels: {team: ml, owner: ⟨p1.gl⟩}
spec:
  template:
    spec:
      containers:
        - name: app
          env:
            - name: ANTHROPIC_API_KEY
              value: ⟨secret:anthropic⟩
            - name: DATABASE_URL
              value: postgres://summariser:⟨secret:pw⟩@⟨host⟩:5432/docs
```
'''),
    _t("dev", "alembic-ini", "en", "ini_config", '''
Alembic can't connect; here is alembic.ini (⟨p1.g⟩ set it up):

```ini
[alembic]
script_location = migrations
sqlalchemy.url = postgresql://migrator:⟨secret:pw⟩@⟨lan⟩/ledger

[post_write_hooks]
hooks = black
```
'''),
    _t("dev", "pytest-ci-diff", "en", "ci_log", '''
This CI failure only happens on the Linux runner. What's different?

```
FAILED tests/test_kyc.py::test_normalises_applicant - AssertionError: assert {...} == {...}
  Differing items:
  {'dob': '⟨dob:us⟩'} != {'dob': '⟨dob:iso⟩'}
  {'ssn': '⟨ssn⟩'} != {'ssn': '***-**-****'}
  Common items: {'name': '⟨p1⟩', 'city_of_birth': '⟨town:US⟩'}
===== 1 failed, 212 passed in 38.41s =====
```
'''),
    _t("dev", "review-export", "en", "code_review", '''
Summarise the open review threads on this PR.

```
[⟨p1⟩] src/export.py:41  Please don't log the full row, it has the customer's card (⟨card⟩ in the sample).
[⟨p2⟩] src/export.py:41  Agreed. Also the sample customer ⟨p3⟩ lives at ⟨addr⟩, use the faker fixture.
[⟨p1.g⟩] resolved?
```
'''),
    _t("dev", "neg-readme-example", "en", "readme", '''
Improve the wording of this README section.

```
## Quick start
export API_TOKEN=<paste-your-token>
curl -H "Authorization: Bearer $API_TOKEN" https://api.example.com/v1/users/me
# → {"id": "usr_123", "name": "Jane Doe", "email": "jane@example.com", "phone": "+1-555-0142"}
```
''', "placeholder_examples"),
    _t("dev", "neg-git-tags", "en", "terminal_session", '''
Which tag should I cut the hotfix from?

```
$ git tag --sort=-v:refname | head -3
v⟨ver⟩
v⟨ver@2⟩
v⟨ver@3⟩
$ git rev-parse v⟨ver⟩
⟨sha⟩
```
''', "ids_hashes_versions"),
    _t("dev", "neg-test-names", "en", "ci_log", '''
Group these flaky tests by cause.

```
FLAKY test_user_full_name_is_trimmed (3/20)
FLAKY test_parse_date_of_birth_rejects_future_dates (2/20)
FLAKY TestAddressBook.test_merge_contacts_by_email (5/20)
FLAKY test_iban_checksum_for_empty_string (1/20)
```
''', "code_identifiers"),
    _t("dev", "neg-cdn", "en", "incident_note", '''
Make this incident timeline more readable.

⟨time⟩ UTC: the CDN PoP in Frankfurt starts returning 502. ⟨time@2⟩: traffic shifted to Amsterdam and \
⟨region⟩. ⟨time@3⟩: Ashburn healthy again.
''', "regions_and_datacentres"),
    _t("dev", "neg-pt-ids", "pt", "query_result", '''
Porque é que esta consulta devolve linhas repetidas?

```
 encomenda_id | referencia     | versao
--------------+----------------+--------
 ⟨n8⟩     | REF-⟨x10⟩ | ⟨ver⟩
 ⟨n8⟩     | REF-⟨x10⟩ | ⟨ver⟩
```
''', "ids_hashes_versions"),
    _t("dev", "neg-nl-regions", "nl", "architecture_note", '''
Vertaal deze notitie naar het Engels:

De primaire database draait in ⟨region⟩, de replica in ⟨region@2⟩. Back-ups gaan naar het datacenter in \
Eemshaven.
''', "regions_and_datacentres"),
    _t("dev", "neg-pl-cron", "pl", "ci_log", '''
Dlaczego zadanie uruchomiło się dwa razy?

```
⟨ts⟩ harmonogram: zadanie eksport-nocny uruchomione
⟨ts@2⟩ harmonogram: ponowienie 1/3, wydanie ⟨ver⟩ z dnia ⟨date⟩
```
''', "timestamps_and_dates"),
]

TEST = [
    _t("test", "jupyter", "en", "jupyter_output", '''
⟨The merge below drops rows. What am I doing wrong?|Why does df.merge give NaN in the phone column?⟩

```
In [14]: customers.merge(orders, on="customer_id", how="left").head(3)
Out[14]:
   customer_id            name                     email            phone        birth_date
0         ⟨n4⟩  ⟨p1⟩  ⟨p1.mail⟩  ⟨phone⟩  ⟨dob:iso⟩
1         ⟨n4@2⟩  ⟨p2⟩  ⟨p2.mail⟩               NaN  ⟨dob:iso@2⟩
2         ⟨n4@3⟩  ⟨p3⟩  ⟨p3.work⟩  ⟨phone@3⟩         NaT
```
'''),
    _t("test", "http-dump", "en", "http_dump", '''
Here is the raw exchange from mitmproxy; ⟨why does the server log me out?|which header breaks the session?⟩

```
POST /account/profile HTTP/1.1
Host: shop.⟨acme|globex|initech⟩.io
Cookie: sessionid=⟨secret:session⟩; csrftoken=⟨x32⟩
X-Forwarded-For: ⟨ip⟩, ⟨lan⟩
Content-Type: application/x-www-form-urlencoded

full_name=⟨p1⟩&phone=⟨phone⟩&street=⟨addr⟩

HTTP/1.1 302 Found
Location: /login?next=/account/profile
```
'''),
    _t("test", "settings-toml", "en", "toml_config", '''
⟨Port this pyproject/settings TOML to environment variables.|Review this config before I commit it.⟩

```toml
[database]
url = "postgresql+psycopg://reporting:⟨secret:pw⟩@⟨host⟩/warehouse"

[integrations.huggingface]
token = "⟨secret:hf⟩"

[integrations.gitlab]
private_token = "⟨secret:gitlab⟩"

[maintainers]
primary = "⟨p1⟩ <⟨p1.work⟩>"
oncall_phone = "⟨phone⟩"
```
'''),
    _t("test", "k8s-manifest", "en", "kubernetes_manifest", '''
Convert this Secret to a SealedSecret⟨ and explain what changes|⟩.

```yaml
apiVersion: v1
kind: Secret
metadata:
  name: notifier
  annotations:
    owner: "⟨p1.low⟩"
type: Opaque
stringData:
  SLACK_BOT_TOKEN: ⟨secret:slack_bot⟩
  TWILIO_API_KEY: ⟨secret:twilio⟩
  ANTHROPIC_API_KEY: ⟨secret:anthropic⟩
```
'''),
    _t("test", "java-trace", "en", "stack_trace", '''
⟨What causes this NPE?|Explain this stack trace.⟩ It only happens for some customers.

```
2026-09-03 ⟨time⟩ ERROR [http-nio-8080-exec-4] c.a.b.PaymentController - charge failed for \
Customer{id=⟨n6⟩, name='⟨p1⟩', email='⟨p1.mail⟩', card='⟨card⟩', iban='⟨iban⟩'}
java.lang.NullPointerException: Cannot invoke "Address.getPostcode()" because "billing" is null
	at com.acme.billing.PaymentService.charge(PaymentService.java:212)
	at com.acme.billing.PaymentController.post(PaymentController.java:64)
```
'''),
    _t("test", "mysql-result", "en", "query_result", '''
Write the UPDATE that fixes the swapped columns in these rows:

```
mysql> SELECT id, first_name, last_name, ssn, dob FROM applicants WHERE batch = 'B-⟨n3⟩';
+------+------------+------------+-------------+------------+
| id   | first_name | last_name  | ssn         | dob        |
+------+------------+------------+-------------+------------+
| ⟨n4⟩ | ⟨p1.s⟩ | ⟨p1.g⟩ | ⟨ssn⟩ | ⟨dob:us⟩ |
| ⟨n4@2⟩ | ⟨p2.s⟩ | ⟨p2.g⟩ | ⟨ssn@2⟩ | ⟨dob:us@2⟩ |
+------+------------+------------+-------------+------------+
```
'''),
    _t("test", "gitlab-ci", "en", "ci_log", '''
Our deploy job leaked something into the log, can you tell me what to rotate?

```
$ echo "Deploying as $CI_COMMIT_AUTHOR"
Deploying as ⟨p1⟩ <⟨p1.work⟩>
$ curl -s -u deploy:⟨secret:pw⟩ https://registry.⟨host⟩/v2/_catalog
$ export DIGITALOCEAN_TOKEN=⟨secret:digitalocean⟩
$ doctl kubernetes cluster kubeconfig save prod
Job succeeded
```
'''),
    _t("test", "csv-export", "en", "csv_export", '''
⟨Dedupe this export by e-mail and keep the newest row.|Load this CSV into a pandas frame and flag \
invalid postcodes.⟩

```csv
customer,email,phone,delivery_address,signup_ip
"⟨p1.lf⟩",⟨p1.mail⟩,⟨phone⟩,"⟨addr⟩",⟨ip⟩
"⟨p2.lf⟩",⟨p2.mail⟩,⟨phone@2⟩,"⟨addr@2⟩",⟨ip@2⟩
```
'''),
    _t("test", "docker-logs", "en", "docker_logs", '''
Why is the auth container restarting every few minutes?

```
$ docker logs auth-svc --since 10m
⟨ts⟩ level=info msg="session created" user="⟨p1.up⟩" client_ip=⟨ip⟩
⟨ts@2⟩ level=warn msg="refresh token reused" token=⟨secret:jwt⟩
⟨ts@3⟩ level=error msg="oom-killed" container=auth-svc limit=256Mi
```
'''),
    _t("test", "commit-trailers", "en", "git_diff", '''
Squash these into one commit message.

```
$ git show -s HEAD
commit ⟨sha⟩
Author: ⟨p3⟩ <⟨p3.work⟩>
$ git log --format='%h %an <%ae>%n    %s%n%b' -3
⟨short⟩ ⟨p1⟩ <⟨p1.mail⟩>
    Add retry to webhook sender
    Co-authored-by: ⟨p2⟩ <⟨p2.work⟩>
⟨short@2⟩ ⟨p1⟩ <⟨p1.mail⟩>
    Rotate webhook secret (was ⟨secret:stripe_whsec⟩)
⟨short@3⟩ ⟨p3⟩ <⟨p3.work⟩>
    Revert "Add retry" -- broke staging, see chat with ⟨p2.g⟩
```
'''),
    _t("test", "todo-comments", "en", "code_comment", '''
List the open TODOs in this file with their owners.

```go
// TODO(⟨p1.gl⟩): remove after the migration, ask ⟨p2⟩ first
func lookupCustomer(id string) (*Customer, error) {
    // FIXME(⟨p3.gl⟩) hard-coded for the demo account of ⟨p4.i⟩, ⟨phone⟩
    if id == "⟨n8⟩" {
        return &Customer{Name: "⟨p4⟩", Email: "⟨p4.mail⟩"}, nil
    }
    return repo.Find(id)
}
```
'''),
    _t("test", "android-crash", "en", "crash_report", '''
Explain this Android crash⟨ and suggest a fix|⟩.

```
FATAL EXCEPTION: main
Process: com.acme.rides, PID: ⟨n5⟩
java.lang.IllegalStateException: pickup address not geocoded: "⟨addr⟩"
    at com.acme.rides.booking.BookingViewModel.confirm(BookingViewModel.kt:133)
Extras: rider=⟨p1⟩ phone=⟨phone⟩ device_ip=⟨ip:6⟩ build=⟨ver⟩
```
'''),
    _t("test", "zendesk-export", "en", "support_ticket", '''
Classify these tickets by urgency and give me a one-line summary each.

```json
[
  {"id": ⟨n6⟩, "subject": "Refund", "requester": "⟨p1⟩", "email": "⟨p1.mail⟩",
   "description": "Please refund to ⟨iban⟩, I was born ⟨dob⟩ if you need to verify."},
  {"id": ⟨n6@2⟩, "subject": "Address change", "requester": "⟨p2⟩", "email": "⟨p2.mail⟩",
   "description": "I now live in ⟨town⟩, please ship to ⟨addr⟩ from now on."}
]
```
'''),
    _t("test", "welcome-mail", "en", "email_template", '''
⟨Make this welcome e-mail friendlier.|Fix the grammar in this rendered e-mail.⟩ It's the preview with \
test data merged in:

```
Subject: Welcome aboard, ⟨p1.g⟩!

Dear ⟨p1⟩,
thanks for joining. Your member number is M-⟨n7⟩ and we'll send your card to ⟨addr⟩.
If anything is wrong call us on ⟨phone⟩ or write to ⟨p2.work⟩.
-- ⟨p2⟩, Customer Success
```
'''),
    _t("test", "ini-config", "en", "ini_config", '''
Why does the mail relay reject our login? config.ini:

```ini
[smtp]
host = smtp.⟨host⟩
user = ⟨p1.work⟩
password = ⟨secret:pw⟩

[mailgun]
api_key = ⟨secret:mailgun⟩

[alerts]
pager = ⟨phone⟩
```
'''),
    _t("test", "tfvars", "en", "terraform", '''
Review these tfvars before I run apply.

```hcl
databricks_token = "⟨secret:databricks⟩"
vault_token      = "⟨secret:vault⟩"
github_pat       = "⟨secret:github_fine⟩"
billing_contact  = "⟨p1⟩"
billing_email    = "⟨p1.work⟩"
allowed_admin_ip = "⟨ip⟩/32"
```
'''),
    _t("test", "oauth-curl", "en", "terminal_session", '''
Google returns 401 for this call; is the token expired?

```
$ curl -s https://www.googleapis.com/calendar/v3/users/me/calendarList \\
    -H "Authorization: Bearer ⟨secret:oauth⟩"
{"error": {"code": 401, "message": "Request had invalid authentication credentials."}}
$ echo $GOOGLE_API_KEY
⟨secret:google⟩
```
My calendar is under ⟨p1.mail⟩ if that matters.
'''),
    _t("test", "onboarding-seed", "en", "seed_data", '''
⟨Generate a TypeScript type from this seed data.|Write a Prisma seed from this.⟩

```ts
export const employees = [
  { name: "⟨p1⟩", ssn: "⟨ssn⟩", born: "⟨dob:us⟩", home: "⟨addr:US⟩", mobile: "⟨phone:US⟩" },
  { name: "⟨p2⟩", ssn: "⟨ssn@2⟩", born: "⟨dob:us@2⟩", home: "⟨addr:US@2⟩", mobile: "⟨phone:US@2⟩" },
];
```
'''),
    # -------------------------------------------------------------------------------- other languages
    _t("test", "de-env", "de", "env_config", '''
Warum startet der Container nicht? Hier die .env, Kommentare von ⟨p1⟩:

```
# Zugang zur Staging-DB, Passwort bitte nicht weitergeben
DB_URL=postgres://app:⟨secret:pw⟩@⟨host⟩:5432/shop
# Ansprechpartnerin: ⟨p2⟩, Tel. ⟨phone:DE⟩
SHOPIFY_TOKEN=⟨secret:shopify⟩
```
'''),
    _t("test", "fr-log", "fr", "app_log", '''
Explique-moi ces erreurs de journal, s'il te plaît.

```
⟨ts⟩ ERREUR paiement : carte refusée pour ⟨p1⟩ (⟨p1.mail⟩), IBAN ⟨iban:FR⟩
⟨ts@2⟩ AVERTISSEMENT livraison : adresse incomplète « ⟨addr:FR⟩ »
⟨ts@3⟩ INFO connexion de ⟨p1.g⟩ depuis ⟨ip⟩
```
'''),
    _t("test", "es-seed", "es", "seed_data", '''
¿Puedes convertir estos datos de prueba en un fixture de factory_boy?

```python
# datos reales de la demo con ⟨p1⟩, anonimizar antes de publicar
PACIENTE = {"nombre": "⟨p2⟩", "nacimiento": "⟨dob:long⟩", "domicilio": "⟨addr:ES⟩",
            "movil": "⟨phone:ES⟩", "cuenta": "⟨iban:ES⟩"}
```
'''),
    _t("test", "pt-ticket", "pt", "support_ticket", '''
Traduz este ticket para inglês e sugere uma resposta.

```json
{"assunto": "Encomenda não entregue", "cliente": "⟨p1⟩", "email": "⟨p1.mail⟩",
 "texto": "Moro em ⟨town⟩ e a encomenda devia chegar à ⟨addr⟩. O meu telemóvel é ⟨phone⟩."}
```
'''),
    _t("test", "nl-sql", "nl", "sql_dump", '''
Schrijf een migratie die deze kolommen versleutelt:

```sql
INSERT INTO klanten (naam, geboortedatum, rekening, adres) VALUES
  ('⟨p1⟩', '⟨dob:iso⟩', '⟨iban:NL⟩', '⟨addr:NL⟩'),
  ('⟨p2⟩', '⟨dob:iso@2⟩', '⟨iban:NL@2⟩', '⟨addr:NL@2⟩');
-- aangeleverd door ⟨p3⟩ op ⟨date⟩
```
'''),
    _t("test", "pl-review", "pl", "code_review", '''
Przetłumacz te komentarze z code review na angielski:

```
⟨p1⟩: nie wrzucaj klucza do repo, ⟨secret:github⟩ trzeba unieważnić
⟨p2⟩: ok, ale dane testowe (⟨p3⟩, ur. ⟨dob:long⟩, ⟨addr:PL⟩) też usuń
```
'''),
    _t("test", "ja-log", "ja", "app_log", '''
このエラーログの原因を教えてください。

```
⟨ts⟩ ERROR 決済失敗 会員=⟨p1⟩ メール=⟨p1.mail⟩ カード=⟨card⟩
⟨ts@2⟩ WARN 配送先 ⟨addr:JP⟩ の郵便番号が不正です
⟨ts@3⟩ INFO 電話番号 ⟨phone:JP⟩ に SMS を送信しました
```
'''),
    # -------------------------------------------------------------------------------- negatives
    _t("test", "neg-fixture-placeholders", "en", "unit_test_fixture", '''
Should these fixtures use a factory instead?

```python
DEFAULT_USER = {"name": "John Doe", "email": "john.doe@example.com", "phone": "555-0123",
                "api_key": "sk-xxxxxxxxxxxxxxxxxxxx", "password": "changeme"}
INVALID_EMAILS = ["", "no-at-sign", "two@@example.org"]
```
''', "placeholder_examples"),
    _t("test", "neg-migrations", "en", "sql_dump", '''
Which of these migrations are safe to squash?

```
 version        | checksum                         | installed_on
----------------+----------------------------------+---------------------
 ⟨n14⟩ | ⟨x32⟩ | ⟨ts⟩
 ⟨n14@2⟩ | ⟨x32@2⟩ | ⟨ts@2⟩
 schema tag v⟨ver⟩, request id ⟨uuid⟩, head ⟨sha⟩
```
''', "ids_hashes_versions"),
    _t("test", "neg-serializer", "en", "source_file", '''
Add type hints to this serializer.

```python
class CustomerSerializer(Serializer):
    first_name = CharField(max_length=80)
    last_name = CharField(max_length=80)
    date_of_birth = DateField(required=False)
    def validate_phone_number(self, value): return normalize_phone(value)
    def get_full_name(self, obj): return f"{obj.first_name} {obj.last_name}"
```
''', "code_identifiers"),
    _t("test", "neg-eponyms", "en", "code_comment", '''
Are these docstrings accurate?

```rust
/// Bloom filter sized with Kolmogorov-style bounds; hashing per Bob Jenkins' lookup3.
/// Uses the Kalman filter from the Apollo navigation papers and a Hamming(7,4) code.
/// Tarjan's strongly connected components, then Kruskal for the spanning tree.
```
''', "public_figures"),
    _t("test", "neg-integrations", "en", "architecture_note", '''
Draft a one-paragraph summary of our integrations for the security questionnaire.

We use ⟨firm⟩ for payouts, ⟨firm@2⟩ as a reseller, Okta for SSO, PagerDuty for alerts and GitHub for code.
Marketing runs on HubSpot; the Dell and Philips accounts are managed by the enterprise team.
''', "firms_and_products"),
    _t("test", "neg-failover", "en", "incident_note", '''
Rewrite this failover note for the status page.

We moved traffic from ⟨region⟩ to ⟨region@2⟩ at ⟨time⟩ UTC. The Ashburn and Frankfurt edge POPs were not
affected; Singapore stayed on the old build until ⟨time@2⟩.
''', "regions_and_datacentres"),
    _t("test", "neg-sla", "en", "ci_log", '''
Summarise the SLA report.

```
window: ⟨date⟩ .. ⟨date@2⟩   uptime 99.97%   p95 182 ms
incident INC-⟨n4⟩ opened ⟨ts⟩ resolved ⟨ts@2⟩
next maintenance ⟨date@3⟩ ⟨time⟩ UTC; token rotation due ⟨date@4⟩
```
''', "timestamps_and_dates"),
    _t("test", "neg-network", "en", "terminal_session", '''
Why does traceroute stop at the third hop?

```
$ traceroute -n ⟨host⟩
 1  ⟨lan⟩  0.412 ms
 2  ⟨lan@2⟩  1.103 ms
 3  * * *
$ grep upstream /etc/nginx/conf.d/app.conf
    server ⟨lan@3⟩:8000;  # docs example used ⟨docip⟩
```
''', "internal_hosts_and_doc_ips"),
    _t("test", "neg-pt-versions", "pt", "changelog", '''
Resume estas notas de versão em inglês:

Versão ⟨ver⟩ publicada em ⟨date⟩ (commit ⟨short⟩). A migração ⟨uuid⟩ corre às ⟨time⟩.
''', "ids_hashes_versions"),
    _t("test", "neg-nl-hosts", "nl", "terminal_session", '''
Waarom krijgt de pod geen verbinding?

```
$ kubectl exec -it api-0 -- nc -zv ⟨host⟩ 5432
nc: connect to ⟨lan⟩ port 5432 (tcp) failed: Connection refused
```
''', "internal_hosts_and_doc_ips"),
    _t("test", "neg-pl-identifiers", "pl", "source_file", '''
Zaproponuj lepsze nazwy dla tych funkcji:

```java
public String pobierzImieINazwisko(Uzytkownik u) { return u.getImie() + " " + u.getNazwisko(); }
public boolean czyPeselPoprawny(String pesel) { return PeselValidator.isValid(pesel); }
```
''', "code_identifiers"),
    _t("test", "neg-ja-products", "ja", "architecture_note", '''
この比較表を英語にしてください。

決済は ⟨firm⟩、監視は Datadog、チャットは Slack を使っています。Salesforce との連携は夜間バッチです。
''', "firms_and_products"),
    _t("test", "psql-expanded", "en", "query_result", '''
Which of these columns should be encrypted at rest? psql with \\x on:

```
-[ RECORD 1 ]-+------------------------------
id            | ⟨n6⟩
legal_name    | ⟨p1⟩
tax_id        | ⟨ssn⟩
birth_date    | ⟨dob:iso⟩
mailing_addr  | ⟨addr:US⟩
mobile        | ⟨phone:US⟩
last_login_ip | ⟨ip⟩
```
'''),
    _t("test", "ingress-logs", "en", "app_log", '''
⟨Are these requests from a scraper?|Summarise the traffic pattern in these ingress logs.⟩

```
$ kubectl -n ingress logs ds/ingress-nginx --since=5m | grep /api/export
{"time": "⟨ts⟩", "remote_addr": "⟨ip⟩", "x_forwarded_for": "⟨ip⟩", "user": "⟨p1.work⟩", "status": 200}
{"time": "⟨ts@2⟩", "remote_addr": "⟨ip@2⟩", "x_forwarded_for": "⟨ip@2⟩", "user": "-", "status": 429}
```
'''),
    _t("test", "npmrc", "en", "package_config", '''
npm install fails with 401 from our private registry. My config files:

```
# ~/.npmrc
//registry.npmjs.org/:_authToken=⟨secret:npm⟩
# ~/.pypirc
[pypi]
username = __token__
password = ⟨secret:pypi⟩
```
'''),
    _t("test", "sentry-event", "en", "crash_report", '''
Explain what this Sentry event tells us about the crash.

```json
{"event_id": "⟨x32⟩", "level": "error", "release": "web@⟨ver⟩",
 "user": {"id": "⟨n7⟩", "username": "⟨p1.low⟩", "email": "⟨p1.mail⟩", "ip_address": "⟨ip⟩"},
 "exception": {"values": [{"type": "TypeError",
                            "value": "Cannot read properties of undefined (reading 'zip')"}]},
 "extra": {"delivery_to": "⟨addr⟩", "born": "⟨dob:iso⟩"}}
```
'''),
    _t("test", "discord-bot", "en", "source_file", '''
Refactor this bot into cogs. ⟨p1.g⟩ wrote the first version.

```python
# bot.py -- maintainer: ⟨p1⟩ (⟨p1.mail⟩)
TOKEN = "⟨secret:discord⟩"
ADMIN_PHONE = "⟨phone⟩"  # text me if the bot dies
bot.run(TOKEN)
```
'''),
    _t("test", "aws-creds", "en", "terminal_session", '''
aws s3 ls says InvalidAccessKeyId. What am I doing wrong?

```
$ cat ~/.aws/credentials
[default]
aws_access_key_id = ⟨secret:aws_id⟩
aws_secret_access_key = ⟨secret:aws_secret⟩
$ aws sts get-caller-identity
An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation
```
The account belongs to ⟨p1⟩, ⟨phone⟩.
'''),
    _t("test", "neg-openapi", "en", "api_spec", '''
Is this OpenAPI example valid?

```yaml
components:
  examples:
    Customer:
      value: {name: "John Doe", email: "user@example.org", phone: "+1 (555) 010-0199",
              card: "<card-number>"}
```
''', "placeholder_examples"),
    _t("test", "neg-docker-images", "en", "terminal_session", '''
Which images can I prune safely?

```
$ docker images --digests
REPOSITORY        TAG       DIGEST                                                                    IMAGE ID
acme/api          ⟨ver⟩     sha256:⟨x64⟩   ⟨x12⟩
acme/worker       ⟨ver@2⟩   sha256:⟨x64@2⟩   ⟨x12@2⟩
```
''', "ids_hashes_versions"),
    _t("test", "neg-orm-fields", "en", "source_file", '''
Write a migration for these model changes.

```ruby
class AddContactFields < ActiveRecord::Migration[7.1]
  def change
    add_column :customers, :preferred_name, :string
    add_column :customers, :home_phone_e164, :string
    rename_column :customers, :dob, :date_of_birth
  end
end
```
''', "code_identifiers"),
    _t("test", "neg-latency", "en", "architecture_note", '''
Turn these measurements into a table.

p50 from ⟨region⟩ to ⟨region@2⟩: 71 ms; from the Paris office to the Frankfurt edge: 9 ms; Tokyo to \
⟨region@3⟩: 112 ms.
''', "regions_and_datacentres"),
    _t("test", "neg-de-identifiers", "de", "source_file", '''
Schlag bessere Namen für diese Methoden vor:

```java
public String holeVollenNamen(Kunde k) { return k.getVorname() + " " + k.getNachname(); }
public boolean istGeburtsdatumGueltig(LocalDate geburtsdatum) { return geburtsdatum.isBefore(heute()); }
```
''', "code_identifiers"),
    _t("test", "neg-fr-dates", "fr", "changelog", '''
Résume ces notes de version en anglais :

Version ⟨ver⟩ publiée le ⟨date⟩ ; le certificat expire le ⟨date@2⟩ ; gel des déploiements jusqu'au ⟨date@3⟩.
''', "timestamps_and_dates"),
    _t("test", "neg-es-placeholders", "es", "env_config", '''
¿Este archivo de ejemplo está completo?

```
API_KEY=tu-clave-aqui
EMAIL_SOPORTE=soporte@example.com
TELEFONO=+34 600 000 000  # ficticio
```
''', "placeholder_examples"),
]
TEMPLATES = {"dev": DEV, "test": TEST}

if __name__ == "__main__":
    raise SystemExit(write_half(generate, "The eleventh corpus (developer and coding-agent traffic).",
                                DEFAULT_SEED))
