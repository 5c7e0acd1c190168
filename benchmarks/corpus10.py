"""The tenth corpus: a fresh, independently written stand-in for issue 19's held-out set.

Datasheet
---------
What: prompts employees paste into ChatGPT, Claude or Copilot at work: an instruction ("summarise",
"translate", "turn into a table", "fix this SQL", "draft a reply") plus pasted material from sales, HR,
recruiting, legal, medical, insurance, finance/AP, logistics, real estate, education, hospitality,
government forms, IT support, incidents, customer chats and marketing lists, in many formats (e-mail threads
with quoted replies and signatures, CSV/TSV, JSON, YAML, SQL INSERTs, logs, Slack/Teams/WhatsApp exports,
transcripts, forms, Markdown tables, code and config, PDF text with broken lines). About 65 % English, the
rest French, Spanish, Italian, Dutch, Portuguese, Polish and Swedish. A quarter are negatives.

Written by a new author who read neither the scrubber, its tests nor the other corpora. Names come from
lists written by hand below: 26 cultures in Latin script plus Chinese, Japanese and Korean script, incl.
names that are also words, hyphens, particles and diacritics. Phones (25 countries), addresses (12),
dates of birth, SSNs, cards, IBANs, IPs and secrets come from this module's own generators (no Faker).

How labelled: every personal value, value only (never the cue word): PERSON (every occurrence and form of a
name: full, given name alone, surname after a title, initial and surname, ``Last, First``, UPPER and lower
case, in greetings, signatures, lists and tables), PHONE_NUMBER, EMAIL_ADDRESS, LOCATION (a street address
whole, one or several lines; a town only where it says where someone lives, comes from or was born — towns of
residence never coincide with the business cities used as context), DATE_OF_BIRTH (birth dates only),
US_SSN, CREDIT_CARD (Luhn-valid), IBAN_CODE (checksum-valid), IP_ADDRESS and SECRET (API keys, tokens,
passwords, passphrases, PINs, one-time codes; in a connection string only the password). A record is drawn
again when a labelled value also occurs unlabelled (e.g. a surname "Rose" beside "sales rose").

Negatives carry no personal data, only look-alikes, in ``meta.neg_class``: ``firms_and_products`` (firms and
products named after people or places: Ford, Dell, Johnson & Johnson, Tesla, Ben & Jerry's);
``eponyms_and_public_figures`` (scientific eponyms and long-dead historical figures quoted as such —
decided: not personal data in a work prompt); ``non_birth_dates`` (deadlines, invoice and release dates);
``ids_versions_prices`` (order numbers, versions, SKUs, amounts, hashes); ``placeholder_credentials``
(``YOUR_API_KEY``, ``changeme``, ``${DB_PASSWORD}``, ``sk-...xxxx``); ``business_places`` (cities and
regions as markets, offices and routes); ``roles_and_teams`` (job titles, team and rota names).

How split: two halves with disjoint templates, seeds and name pools (every hand-written name and town list
is split by index parity): ``dev`` (300 records; may be looked at and tuned on) and ``test`` (600 records;
read in aggregate only). Same seed, same records, also across processes (per-record ``random.Random`` seeded
with a string, which Python hashes with SHA-512, not ``hash()``).

    .venv/bin/python -m benchmarks.corpus10 --half dev [--n N] [--seed S]
"""

import random
import re
import unicodedata
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

DEFAULT_SEED = 10
HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 600}
NEG_SHARE = 0.25
EN_SHARE = 0.65
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv")
TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "US_SSN", "CREDIT_CARD",
         "IBAN_CODE", "IP_ADDRESS", "SECRET")
NEG_CLASSES = ("firms_and_products", "eponyms_and_public_figures", "non_birth_dates", "ids_versions_prices",
               "placeholder_credentials", "business_places", "roles_and_teams")

# ---------------------------------------------------------------------------------------------- names
# culture: (given names, surnames), written by hand; "_" stands for a space inside one name.
# Native-script cultures list "surname|given|latin surname|latin given".
LATIN_NAMES = {
    "anglo": ("Emily James Rose Will Hope Mark Faith Bill Joy Grant Megan Tyler Summer Dawn Chloe Hunter "
              "Olivia Wyatt Abigail Ethan",
              "Smith King Young Bush Price Carter Hughes Parker Walsh-Cooper Bennett Fletcher Grant Brooks "
              "Hale Winslow Rich Thornton Love Pratt Mason"),
    "irish": ("Siobhán Cian Aoife Oisín Niamh Pádraig Róisín Eoin Saoirse Ciarán",
              "O'Brien Murphy Ní_Bhriain Kavanagh O'Sullivan McCarthy Ó_Súilleabháin Doyle Gallagher Byrne"),
    "german": ("Lukas Anna Jürgen Sophie Matthias Lena Jörg Katharina Felix Ursula Maximilian Greta",
               "Müller Schneider von_Arnim Weiß Krüger Hoffmann-Lenz Schäfer Becker Vogel Zimmermann Fuchs "
               "Große"),
    "french": ("Élodie Mathieu Chloé Benoît Anaïs Jean-Baptiste Camille Théo Margaux Gaëlle",
               "Dubois Lefèvre de_la_Fontaine Moreau Girard Rousseau Fournier Lambert-Roux Chevalier Faure"),
    "spanish": ("Lucía Álvaro Nuria Íñigo Pilar Jordi Rocío Sergio Begoña Adrián",
                "García Fernández de_la_Cruz Martínez Ruiz-Zorrilla Etxeberria Sánchez Vidal Navarro "
                "Iglesias"),
    "latam": ("Ximena Joaquín Guadalupe Mateo Yesenia Santiago Valentina Ulises Marisol Emiliano",
              "Hernández Quispe Ramírez Mamani Gutiérrez Castillo Huamán Villanueva Cárdenas Benítez"),
    "portuguese": ("João Inês Thiago Luana Gonçalo Bárbara Caio Letícia Rui Conceição",
                   "Silva Gonçalves dos_Santos Pereira Rodrigues Ferreira Carvalho-Lima Sousa Oliveira "
                   "Azevedo"),
    "italian": ("Giulia Lorenzo Chiara Matteo Francesca Niccolò Beatrice Gianluca Ilaria Davide",
                "Rossi Esposito De_Luca Bianchi Romano Colombo Ricci D'Angelo Marino Bruno"),
    "dutch": ("Sanne Daan Femke Joost Lotte Bram Anouk Sjoerd Maartje Thijs",
              "de_Vries van_den_Berg Jansen Bakker van_Dijk Visser Smit Meijer de_Boer Mulder"),
    "polish": ("Małgorzata Piotr Agnieszka Łukasz Katarzyna Wojciech Zofia Grzegorz Joanna "
               "Kacper",
               "Nowak Kowalski Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Dąbrowski "
               "Kozłowska"),
    "nordic": ("Astrid Björn Ingrid Sven Linnéa Erik Sigrid Mikael Elin Håkan",
               "Johansson Lindqvist Åkesson Nyström Bergström Karlsson Sjöberg Hansen Ødegaard Virtanen"),
    "turkish": ("Ayşe Mehmet Elif Mustafa Zeynep Emre Büşra Oğuz Gülşen Kerem",
                "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Koç"),
    "arabic": ("Fatima Omar Layla Youssef Nour Khalid Mariam Tariq Huda Karim",
               "Al-Hashimi Haddad El-Amin Nasser Mansour Al-Farsi Khoury Bensaïd Saleh Abdallah"),
    "persian": ("Shirin Dariush Niloufar Kourosh Parisa Babak Roya Arash Mahsa Farhad",
                "Hosseini Rahimi Tehrani Moradi Karimi Jafari Sadeghi Ahmadi Farahani Rostami"),
    "indian_north": ("Priya Rahul Ananya Vikram Neha Arjun Pooja Rohit Kavya Aditya",
                     "Sharma Verma Gupta Agarwal Malhotra Kapoor Chauhan Saxena Mehta Bhatia"),
    "indian_south": ("Lakshmi Karthik Divya Srinivas Meenakshi Venkatesh Anjali Suresh Revathi Harish",
                     "Iyer Reddy Subramanian Nair Krishnamurthy Pillai Raghavan Naidu Menon Chandrasekhar"),
    "indian_east_west": ("Sourav Ishita Debashish Riya Hiral Jignesh Tanmoy Nandini Kunal Mitali",
                         "Banerjee Chatterjee Mukherjee Patel Shah Desai Bose Joshi Ghosh Parekh"),
    "chinese": ("Wei Fang Jing Hao Xiuying Jun Mei Lei Yan Tao",
                "Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Xu"),
    "japanese": ("Haruto Yui Sota Aoi Ren Hina Kaito Sakura Yuto Mei",
                 "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato"),
    "korean": ("Minjun Seoyeon Jiho Haeun Dohyun Jiwoo Eunji Hyunwoo Soyeon Taeyang",
               "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim"),
    "vietnamese": ("Linh Minh Thao Duc Huong Quang Trang Tuan Ngoc Phuong",
                   "Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Đặng Bùi Đỗ"),
    "filipino": ("Lovely Jhun Maricel Rodel Precious Jomar Sunny Arnel Divine Bongbong",
                 "Dela_Cruz Santos Reyes Bautista Mendoza Villanueva Ramos Aquino Castro Manalo"),
    "nigerian": ("Chinedu Ngozi Oluwaseun Blessing Emeka Funmilayo Godswill Adaeze Tunde Favour",
                 "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Obi Chukwu Ogunleye"),
    "ghanaian": ("Kwame Akosua Kofi Ama Yaw Abena Kwabena Efua Kojo Adwoa",
                 "Mensah Asante Owusu Boateng Agyeman Osei Appiah Darko Amoah Ofori"),
    "kenyan": ("Wanjiru Otieno Akinyi Kipchoge Njeri Mwangi Atieno Kamau Chebet Odhiambo",
               "Kariuki Ochieng Wambui Kiprono Njoroge Mutua Wafula Kimani Jeptoo Omondi"),
    "ethiopian": ("Selam Abebe Hirut Dawit Meron Tesfaye Liya Yonas Bethlehem Girma",
                  "Desta Bekele Haile Gebremedhin Alemu Wolde Tadesse Kebede Mengistu Assefa"),
}
NATIVE_NAMES = {
    "chinese_han": "王|芳|Wang|Fang 李|娜|Li|Na 张|伟|Zhang|Wei 刘|洋|Liu|Yang 陈|静|Chen|Jing "
                   "杨|磊|Yang|Lei "
                   "赵|丽华|Zhao|Lihua 周|杰|Zhou|Jie",
    "japanese_kanji": "佐藤|花子|Sato|Hanako 鈴木|一郎|Suzuki|Ichiro 高橋|美咲|Takahashi|Misaki "
                      "田中|健太|Tanaka|Kenta 渡辺|由美|Watanabe|Yumi 伊藤|翔|Ito|Sho",
    "korean_hangul": "김|민준|Kim|Minjun 이|서연|Lee|Seoyeon 박|지훈|Park|Jihoon 최|유나|Choi|Yuna "
                     "정|하늘|Jung|Haneul 강|도윤|Kang|Doyun",
}
CULTURES = (*LATIN_NAMES, *NATIVE_NAMES)
LANG_CULTURES = {"de": ("german",), "fr": ("french",), "es": ("spanish", "latam"), "it": ("italian",),
                 "nl": ("dutch",), "pt": ("portuguese",), "pl": ("polish",), "sv": ("nordic",)}


def _split(items, half: str) -> list:
    """The half's share of a hand-written list: even positions for dev, odd for test."""
    return list(items)[HALVES.index(half)::2]


def _people(half: str) -> dict[str, dict[str, list]]:
    """Per culture, the half's given names and surnames (Latin cultures) or native-script name tuples."""
    out = {}
    for culture, (given, family) in LATIN_NAMES.items():
        out[culture] = {"f": _split([g.replace("_", " ") for g in given.split()], half),
                        "last": _split([s.replace("_", " ") for s in family.split()], half)}
    for culture, rows in NATIVE_NAMES.items():
        out[culture] = {"pairs": _split([tuple(r.split("|")) for r in rows.split()], half)}
    return out


# ---------------------------------------------------------------------------------------------- places
# Towns where people live (labelled); never one of BUSINESS_CITIES (unlabelled context).
HOME_TOWNS = {
    "US": "Naperville,IL Boise,ID Ann_Arbor,MI Chapel_Hill,NC Tempe,AZ Eugene,OR Frisco,TX Bozeman,MT "
          "Ithaca,NY Duluth,MN",
    "UK": "Harrogate Guildford Stockport Bury_St_Edmunds Truro Dundee Bangor Stroud",
    "DE": "Tübingen Bamberg Göttingen Landshut Lüneburg Erlangen Konstanz Wetzlar",
    "FR": "Annecy Quimper Colmar Périgueux Vannes Chambéry Niort Arles",
    "ES": "Cáceres Logroño Huesca Lugo Tarragona Jaén Soria Girona",
    "IT": "Lecce Cremona Trento Viterbo Ascoli_Piceno Rovigo Matera Siena",
    "NL": "Zwolle Amersfoort Deventer Leeuwarden Haarlem Tilburg Delft Assen",
    "PT": "Braga Aveiro Viseu Guimarães Évora Tomar Faro Leiria",
    "BR": "Campinas Londrina Joinville Uberlândia Petrópolis Maringá Niterói Sorocaba",
    "PL": "Toruń Rzeszów Opole Lublin Białystok Kielce Olsztyn Zamość",
    "SE": "Uppsala Västerås Umeå Lund Örebro Jönköping Gävle Kalmar",
    "IN": "Mysuru Coimbatore Nashik Thrissur Udaipur Vadodara Guntur Dehradun",
}
BUSINESS_CITIES = ("London", "New York", "Frankfurt", "Paris", "Madrid", "Milan", "Amsterdam", "Warsaw",
                   "Stockholm", "São Paulo", "Lisbon", "Singapore", "Dublin", "Munich", "Chicago", "Berlin",
                   "Barcelona", "Rotterdam", "Toronto", "Dubai", "Mumbai", "Zurich", "Lyon", "Hamburg")
STREETS = {
    "US": "Maple Oak Cedar Willow Lakeview Ridge Sycamore Hawthorne Birch Magnolia Juniper Chestnut",
    "UK": "Mill_Lane Church_Road Victoria_Street Station_Road Queens_Avenue Orchard_Close Park_Terrace "
          "Kings_Drive Meadow_Way Albert_Road Hillside_Crescent Priory_Walk",
    "DE": "Lindenstraße Am_Mühlbach Goethestraße Bahnhofstraße Rosenweg Kirchgasse Schillerplatz "
          "Ahornweg Hauptstraße Gartenstraße Buchenring Talstraße",
    "FR": "rue_des_Lilas avenue_Jean-Jaurès rue_du_Moulin impasse_des_Tilleuls boulevard_Gambetta "
          "rue_Victor-Hugo chemin_des_Vignes rue_de_la_Gare allée_des_Pins place_du_Marché "
          "rue_Pasteur quai_des_Tanneurs",
    "ES": "Calle_Mayor Avenida_de_la_Constitución Calle_del_Olivo Paseo_de_la_Alameda Calle_San_Roque "
          "Calle_Real Plaza_del_Sol Calle_de_la_Rosa Ronda_Norte Calle_Larga Travesía_del_Pozo Calle_Nueva",
    "IT": "Via_Roma Via_dei_Mille Corso_Vittorio_Emanuele Via_Manzoni Piazza_Duomo Via_delle_Rose "
          "Viale_Europa Via_Dante Vicolo_Stretto Via_Cavour Via_San_Francesco Via_Po",
    "NL": "Kerkstraat Dorpsstraat Molenweg Lindenlaan Stationsweg Prinsengracht Schoolstraat Beukenlaan "
          "Julianalaan Nieuwstraat Wilhelminastraat Havenkade",
    "PT": "Rua_das_Flores Avenida_da_Liberdade Rua_do_Carmo Travessa_da_Boavista Rua_Direita "
          "Largo_do_Rato Rua_da_Prata Rua_Nova Calçada_do_Combro Rua_do_Sol Avenida_Central Rua_Alta",
    "BR": "Rua_Augusta Avenida_Brasil Rua_das_Palmeiras Rua_XV_de_Novembro Alameda_Santos Rua_Bahia "
          "Avenida_Paulista Rua_Goiás Rua_do_Comércio Travessa_Ipê Rua_Amazonas Avenida_Getúlio_Vargas",
    "PL": "ul._Kwiatowa ul._Lipowa ul._Słoneczna ul._Polna ul._Mickiewicza al._Jana_Pawła_II ul._Leśna "
          "ul._Ogrodowa ul._Długa ul._Kościuszki ul._Szkolna ul._Krótka",
    "SE": "Storgatan Kyrkogatan Drottninggatan Skolvägen Björkvägen Ringvägen Östra_Långgatan Sjögatan "
          "Järnvägsgatan Parkvägen Tallstigen Ängsvägen",
    "IN": "MG_Road Nehru_Nagar Gandhi_Marg Station_Road Temple_Street Lake_View_Road Ring_Road "
          "Church_Street College_Road Market_Road Rajaji_Street Park_Avenue",
}
US_SUFFIX = ("St", "Street", "Ave", "Avenue", "Dr", "Lane", "Ct", "Blvd")


def _towns(country: str, half: str) -> list[str]:
    return _split([t.replace("_", " ") for t in HOME_TOWNS[country].split()], half)


def _streets(country: str, half: str) -> list[str]:
    return _split([s.replace("_", " ") for s in STREETS[country].split()], half)


def _digits(rng: random.Random, pattern: str) -> str:
    """Fill a pattern: X a digit, P a digit 2-9, L an upper-case letter; anything else literally."""
    out = []
    for ch in pattern:
        if ch == "X":
            out.append(str(rng.randint(0, 9)))
        elif ch == "P":
            out.append(str(rng.randint(2, 9)))
        elif ch == "L":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def address(rng: random.Random, country: str, half: str, multiline: bool = False) -> tuple[str, str]:
    """(address, its town) for one of twelve countries; several lines when ``multiline``."""
    town, street = rng.choice(_towns(country, half)), rng.choice(_streets(country, half))
    n = str(rng.randint(1, 240))
    if country == "US":
        city, state = town.split(",")
        line1 = f"{rng.randint(10, 9899)} {street} {rng.choice(US_SUFFIX)}"
        if rng.random() < 0.3:
            line1 += rng.choice([", Apt ", " #", ", Unit "]) + str(rng.randint(1, 40)) + rng.choice(["", "B"])
        parts, town = [line1, f"{city}, {state} {_digits(rng, 'XXXXX')}"], city
    elif country == "UK":
        parts = [f"{n} {street}", f"{town} {_digits(rng, 'LLX XLL')}"]
    elif country == "DE":
        parts = [f"{street} {n}", f"{_digits(rng, 'PXXXX')} {town}"]
    elif country == "FR":
        parts = [f"{n} {street}", f"{_digits(rng, 'PXXXX')} {town}"]
    elif country == "ES":
        parts = [f"{street} {n}, {rng.randint(1, 8)}º {rng.choice('ABCD')}",
                 f"{_digits(rng, 'PXXXX')} {town}"]
    elif country == "IT":
        parts = [f"{street} {n}", f"{_digits(rng, 'PXXXX')} {town} ({rng.choice(['LE', 'TN', 'SI', 'VT'])})"]
    elif country == "NL":
        parts = [f"{street} {n}", f"{_digits(rng, 'PXXX LL')} {town}"]
    elif country == "PT":
        parts = [f"{street}, {n}, {rng.randint(1, 6)}.º Esq.", f"{_digits(rng, 'PXXX-XXX')} {town}"]
    elif country == "BR":
        parts = [f"{street}, {n}, apto {rng.randint(11, 184)}", f"{town} - SP, {_digits(rng, 'PXXXX-XXX')}"]
    elif country == "PL":
        parts = [f"{street} {n}/{rng.randint(1, 60)}", f"{_digits(rng, 'PX-XXX')} {town}"]
    elif country == "SE":
        parts = [f"{street} {n}", f"{_digits(rng, 'PXX XX')} {town}"]
    else:  # IN
        parts = [f"Flat {rng.randint(1, 12)}{rng.choice('ABCD')}, {n} {street}",
                 f"{town} {_digits(rng, 'PXXXXX')}"]
    return ("\n" if multiline else ", ").join(parts), town


# ---------------------------------------------------------------------------------------------- phones
PHONE_FORMATS = {
    "US": ("(PXX) PXX-XXXX", "PXX-PXX-XXXX", "+1 PXX PXX XXXX", "PXX.PXX.XXXX", "+1 (PXX) PXX-XXXX"),
    "UK": ("+44 7XXX XXXXXX", "07XXX XXXXXX", "+44 20 XXXX XXXX", "(01PXX) XXXXXX"),
    "IE": ("+353 8P XXX XXXX", "08P XXX XXXX"),
    "DE": ("+49 15X XXXXXXXX", "017X XXXXXXX", "+49 (0)PX XXXXXXX", "0PXX / XXXXXXX"),
    "FR": ("+33 6 XX XX XX XX", "06 XX XX XX XX", "07.XX.XX.XX.XX", "+33 (0)P XX XX XX XX"),
    "ES": ("+34 6XX XXX XXX", "6XX XX XX XX", "+34 9PX XXX XXX"),
    "IT": ("+39 3XX XXX XXXX", "3XX XXXXXXX", "+39 0P XXXX XXXX"),
    "NL": ("+31 6 XXXXXXXX", "06-XXXXXXXX", "+31 (0)PX XXX XXXX"),
    "PT": ("+351 9XX XXX XXX", "9XX XXX XXX"),
    "BR": ("+55 (PX) 9XXXX-XXXX", "(PX) 9XXXX-XXXX", "+55 PX 9XXXX XXXX"),
    "PL": ("+48 5XX XXX XXX", "5XX-XXX-XXX", "+48 PX XXX XX XX"),
    "SE": ("+46 7X XXX XX XX", "07X-XXX XX XX", "08-XXX XXX XX"),
    "IN": ("+91 9XXXX XXXXX", "+91-PXXXXXXXXX", "09XXXXXXXXX"),
    "PH": ("+63 9XX XXX XXXX", "09XX-XXX-XXXX"),
    "NG": ("+234 80X XXX XXXX", "080X XXX XXXX", "+234 (0)70X XXX XXXX"),
    "GH": ("+233 2P XXX XXXX", "02P XXX XXXX"),
    "KE": ("+254 7XX XXX XXX", "07XX XXXXXX"),
    "MX": ("+52 55 XXXX XXXX", "+52 1 PX XXXX XXXX"),
    "TR": ("+90 5XX XXX XX XX", "05XX XXX XX XX"),
    "AE": ("+971 5X XXX XXXX",),
    "CN": ("+86 13X XXXX XXXX", "+86 1PX-XXXX-XXXX"),
    "JP": ("+81 90-XXXX-XXXX", "090-XXXX-XXXX"),
    "KR": ("+82 10-XXXX-XXXX", "010-XXXX-XXXX"),
    "VN": ("+84 9X XXX XX XX",),
    "ET": ("+251 9X XXX XXXX",),
}
# where a person of a culture lives, for phones (in English templates) and addresses
CULTURE_COUNTRY = {
    "anglo": ("US", "UK"), "irish": ("IE", "UK"), "german": ("DE",), "french": ("FR",), "spanish": ("ES",),
    "latam": ("MX", "US"), "portuguese": ("PT", "BR"), "italian": ("IT",), "dutch": ("NL",),
    "polish": ("PL",),
    "nordic": ("SE",), "turkish": ("TR", "DE"), "arabic": ("AE", "UK"), "persian": ("US", "DE"),
    "indian_north": ("IN", "US"), "indian_south": ("IN", "UK"), "indian_east_west": ("IN", "US"),
    "chinese": ("CN", "US"), "japanese": ("JP",), "korean": ("KR", "US"), "vietnamese": ("VN", "US"),
    "filipino": ("PH", "US"), "nigerian": ("NG", "UK"), "ghanaian": ("GH", "UK"), "kenyan": ("KE", "UK"),
    "ethiopian": ("ET", "US"), "chinese_han": ("CN",), "japanese_kanji": ("JP",), "korean_hangul": ("KR",),
}
LANG_COUNTRY = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL",
                "sv": "SE"}
ADDRESS_COUNTRIES = frozenset(HOME_TOWNS)

# ---------------------------------------------------------------------------------------------- dates
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
}


def date_text(rng: random.Random, lang: str, year: int) -> str:
    """A date of ``year`` written as people of ``lang`` write it (numeric or with the month's name)."""
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    name = MONTHS[lang].split()[m - 1]
    numeric = {"en": (f"{m:02d}/{d:02d}/{year}", f"{year}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{year}"),
               "de": (f"{d:02d}.{m:02d}.{year}", f"{d}.{m}.{year}"), "fr": (f"{d:02d}/{m:02d}/{year}",),
               "es": (f"{d:02d}/{m:02d}/{year}", f"{d}-{m}-{year}"), "it": (f"{d:02d}/{m:02d}/{year}",),
               "nl": (f"{d:02d}-{m:02d}-{year}",), "pt": (f"{d:02d}/{m:02d}/{year}",),
               "pl": (f"{d:02d}.{m:02d}.{year}",), "sv": (f"{year}-{m:02d}-{d:02d}",)}[lang]
    words = {"en": (f"{name} {d}, {year}", f"{d} {name[:3]} {year}", f"{d}th of {name} {year}"),
             "de": (f"{d}. {name} {year}",), "fr": (f"{d} {name} {year}",),
             "es": (f"{d} de {name} de {year}",), "it": (f"{d} {name} {year}",),
             "nl": (f"{d} {name} {year}",), "pt": (f"{d} de {name} de {year}",),
             "pl": (f"{d} {name} {year}",), "sv": (f"{d} {name} {year}",)}
    text = rng.choice(numeric + words[lang])
    return text.replace("1th", "1st").replace("2th", "2nd").replace("3th", "3rd").replace("11st", "11th") \
        .replace("12nd", "12th").replace("13rd", "13th")


# ---------------------------------------------------------------------------------------------- numbers
def ssn(rng: random.Random) -> str:
    """A US SSN that could be issued (area not 000, 666 or 9xx; group and serial not zero)."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    sep = rng.choice(["-", "-", " ", ""])
    return sep.join((digits[:3], digits[3:5], digits[5:]))


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    """A Luhn-valid Visa, Mastercard, Amex or Discover number, grouped as printed or not at all."""
    prefix, length = rng.choice([("4", 16), ("5" + str(rng.randint(1, 5)), 16), ("3" + rng.choice("47"), 15),
                                 ("6011", 16), ("2" + str(rng.randint(221, 720)), 16)])
    number = _luhn_complete(prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1)))
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    sep = rng.choice([" ", " ", "-", ""])
    out, i = [], 0
    for g in groups:
        out.append(number[i:i + g])
        i += g
    return sep.join(out)


# country: BBAN pattern (X digit, L letter)
IBAN_SPECS = {"DE": "X" * 18, "FR": "X" * 23, "ES": "X" * 20, "IT": "L" + "X" * 22, "NL": "LLLL" + "X" * 10,
              "GB": "LLLL" + "X" * 14, "PL": "X" * 24, "SE": "X" * 20, "PT": "X" * 21, "BE": "X" * 12,
              "AT": "X" * 16, "IE": "LLLL" + "X" * 14, "CH": "X" * 17}


def iban(rng: random.Random, country: str) -> str:
    """A checksum-valid IBAN of ``country``, in groups of four or in one piece."""
    bban = _digits(rng, IBAN_SPECS[country])
    num = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    raw = f"{country}{98 - num % 97:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.6 else raw


def ipv4(rng: random.Random) -> str:
    first = rng.choice([23, 31, 46, 62, 77, 81, 89, 94, 109, 141, 176, 185, 188, 203, 212, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02", "2a01", "2001:4860", "2600:1700", "2a00:23c4", "2804:14c"])
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - head.count(":") - 1)]
    if rng.random() < 0.5:
        return f"{head}:{groups[0]}:{groups[1]}::{groups[-1]}"
    return ":".join([head, *groups])


# ---------------------------------------------------------------------------------------------- secrets
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
WORDS = ("copper lantern orbit meadow saffron glacier tundra velvet pepper harbor quartz falcon cobalt "
         "juniper marble thistle").split()


def _r(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def secret(rng: random.Random, kind: str) -> str:
    """A credential shaped like ``kind``'s (vendor keys with random bodies, passwords, PINs, codes)."""
    b64 = ALNUM + "+/"
    make = {
        "aws_id": lambda: "AKIA" + _r(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
        "aws_secret": lambda: _r(rng, 40, b64),
        "ghp": lambda: rng.choice(["ghp_", "gho_", "github_pat_11A"]) + _r(rng, 36),
        "glpat": lambda: "glpat-" + _r(rng, 20, ALNUM + "-_"),
        "slack": lambda: f"xox{rng.choice('bp')}-" + _digits(rng, "PXXXXXXXXXX-PXXXXXXXXXXX-") + _r(rng, 24),
        "stripe": lambda: rng.choice(["sk_live_", "rk_live_"]) + _r(rng, 24),
        "openai": lambda: "sk-proj-" + _r(rng, 48, ALNUM + "-_"),
        "anthropic": lambda: "sk-ant-api03-" + _r(rng, 80, ALNUM + "-_") + "AA",
        "gapi": lambda: "AIza" + _r(rng, 35, ALNUM + "-_"),
        "sendgrid": lambda: f"SG.{_r(rng, 22, ALNUM + '-_')}.{_r(rng, 43, ALNUM + '-_')}",
        "twilio": lambda: "SK" + _r(rng, 32, "0123456789abcdef"),
        "jwt": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + _r(rng, 60, ALNUM + "-_") + "."
                       + _r(rng, 43),
        "npm": lambda: "npm_" + _r(rng, 36),
        "hf": lambda: "hf_" + _r(rng, 34),
        "azure": lambda: _r(rng, 86, b64) + "==",
        "pw": lambda: rng.choice([
            rng.choice(["Sommer", "Winter", "Bayern", "Paris", "Chelsea", "Lisboa", "Tigre", "Kotek"])
            + str(rng.randint(1970, 2026)) + rng.choice("!?#$"),
            _r(rng, 4) + rng.choice("!@#%&*") + _r(rng, 5) + str(rng.randint(10, 99)),
            rng.choice(["P@ssw0rd", "Welcome", "Qwerty", "Haslo", "Contraseña"]) + _digits(rng, "XXX")
            + "!"]),
        "phrase": lambda: "-".join(rng.sample(WORDS, 4)),
        "pin": lambda: _digits(rng, rng.choice(["XXXX", "XXXXXX"])),
        "otp": lambda: _digits(rng, "XXX XXX") if rng.random() < 0.3 else _digits(rng, "XXXXXX"),
    }
    return make[kind]()


SECRET_KINDS = ("aws_id", "aws_secret", "ghp", "glpat", "slack", "stripe", "openai", "anthropic", "gapi",
                "sendgrid", "twilio", "jwt", "npm", "hf", "azure", "pw", "phrase", "pin", "otp")

# ---------------------------------------------------------------------------------------------- look-alikes
FIRMS = ("Ford", "Dell Technologies", "Johnson & Johnson", "Morgan Stanley", "Ben & Jerry's", "Tesla",
         "Siemens", "Philips", "Ferrari", "Barilla", "Hilton", "Marriott", "Porsche", "Boeing", "Chanel",
         "Hermès", "Heineken", "Carrefour", "Wells Fargo", "Goldman Sachs", "Lidl", "Bosch", "Dyson",
         "Casio", "Mitsubishi", "Honda", "Peugeot", "Michelin", "Zara", "Adidas", "Kellogg's", "Disney",
         "Procter & Gamble", "McKinsey", "Deloitte", "Ernst & Young", "Benetton", "Versace", "Lamborghini")
PRODUCTS = ("Jira", "Confluence", "Salesforce", "Alexa", "Siri", "Cortana", "Watson", "Einstein Analytics",
            "Jenkins", "Ansible", "Hermes Courier", "Oscar Health", "Victoria's Secret", "Wendy's",
            "Tim Hortons", "Ruth's Chris", "Jack Daniel's", "Tommy Hilfiger", "Hugo Boss", "Dr. Martens")
EPONYMS = ("Alzheimer's disease", "Parkinson's disease", "the Gaussian distribution", "Newton's second law",
           "a Fourier "
           "transform", "the Doppler effect", "Bayes' theorem", "Hodgkin lymphoma", "Tourette syndrome",
           "the Pareto principle", "a Kalman filter", "Dijkstra's algorithm", "the Heimlich manoeuvre",
           "Murphy's law", "the Turing test", "a Petri dish", "Down syndrome", "the Nobel Prize")
HISTORICAL = ("Marie Curie", "Isaac Newton", "Ada Lovelace", "Leonardo da Vinci", "Winston Churchill",
              "Napoleon Bonaparte", "Charles Darwin", "Florence Nightingale", "Johann Sebastian Bach",
              "Albert Einstein", "Nikola Tesla", "Frida Kahlo", "Miguel de Cervantes", "Copernicus")
ROLES = ("Head of Talent Acquisition", "Senior Account Executive", "VP Finance", "Site Reliability Engineer",
         "Data Protection Officer", "Office Manager", "Chief Nurse", "Regional Sales Director",
         "Payroll Specialist", "Scrum Master", "Facilities Coordinator", "Claims Adjuster", "Night Auditor",
         "Procurement Lead", "Customer Success Manager", "Legal Counsel", "Warehouse Supervisor")
TEAMS = ("Team Phoenix", "Blue Squad", "Platform Guild", "the Tiger Team", "Ops Rota B", "Project Falcon",
         "Growth Pod", "Team Aurora", "Night Shift C", "the Payments Tribe", "Squad Orion", "Project Hermes")
PLACEHOLDERS = ("YOUR_API_KEY", "<your-token-here>", "changeme", "${DB_PASSWORD}", "sk-xxxxxxxxxxxxxxxxxxxx",
                "********", "REDACTED", "<password>", "example-secret", "{{ secrets.API_TOKEN }}",
                "AKIAXXXXXXXXXXXXXXXX", "replace-me", "xxxx-xxxx-xxxx", "dummy123", "%SMTP_PASS%")
DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "web.de", "gmx.de", "orange.fr",
           "libero.it", "ziggo.nl", "wp.pl", "telia.se", "uol.com.br", "sapo.pt", "proton.me", "icloud.com",
           "northwind-logistics.com", "brightpath.io", "kestrel-insure.co.uk", "halvorsen-bygg.se",
           "medicor-klinik.de", "vectra-legal.fr", "alto-ventas.es")


# ---------------------------------------------------------------------------------------------- templates
@dataclass(frozen=True)
class Template:
    """One prompt shape: slots in braces (see ``Render``), ``[[a|b]]`` picks one of its alternatives."""

    name: str
    lang: str
    genre: str
    text: str
    neg_class: str | None = None



def _t(half: str, name: str, lang: str, genre: str, text: str, neg_class: str | None = None) -> Template:
    return Template(f"c10-{half}-{name}", lang, genre, text, neg_class)


DEV = [
    _t("dev", "support-thread", "en", "customer support e-mail",
       "Can you draft a polite reply to this customer? Keep it under 120 words.\n\n---\nFrom: {A} <{A.e}>\n"
       "Sent: {date}\nSubject: Re: order {order} still not delivered\n\nHi,\nthis is the third time I'm "
       "writing. The parcel was supposed to go to {A.addr} but tracking says it went back to your depot in "
       "{bcity}. Please call me on {A.ph} before 5pm.\n\n{A.f}\n\n> On {date2}, Support wrote:\n> Dear "
       "{A.f}, "
       "thanks for your patience. Your ticket number is {ticket}.\n"),
    _t("dev", "hr-csv", "en", "HR export CSV",
       "Turn this export into a Markdown table sorted by start date and flag anyone missing a mobile.\n\n"
       "employee_id,name,email,mobile,date_of_birth,home_city,start_date\n"
       "E{num},\"{A.lf}\",{A.e},{A.ph},\"{A.dob}\",{A.city},{date}\n"
       "E{num2},\"{B.lf}\",{B.e},,\"{B.dob}\",{B.city},{date2}\n"
       "E{num3},\"{C.lf}\",{C.e},{C.ph},\"{C.dob}\",{C.city},{date3}\n"),
    _t("dev", "payroll-sql", "en", "finance SQL",
       "Fix this SQL, it fails with a syntax error near line 4:\n\n"
       "INSERT INTO payroll_accounts (emp_no, full_name, ssn, iban, bank_card, updated_at)\nVALUES\n"
       "  ({num}, '{A}', '{A.ssn}', '{A.iban}', '{A.cc}', '{date}'),\n"
       "  ({num2}, '{B.up}', '{B.ssn}', '{B.iban}' '{B.cc}', '{date2}');\n"),
    _t("dev", "incident-log", "en", "incident log",
       "Summarise this incident for the postmortem doc, 5 bullets max.\n\n"
       "2025-03-11T02:14:07Z auth-svc WARN failed login user={A.e} src={ip} attempts=7\n"
       "2025-03-11T02:14:09Z auth-svc WARN failed login user={A.e} src={ip2} attempts=8\n"
       "2025-03-11T02:15:31Z api-gw ERROR upstream 502 from [{ip6}]:8443\n"
       "2025-03-11T02:16:02Z deploy INFO rollback to v{ver} by {B.low}\n"
       "2025-03-11T02:19:44Z config DEBUG loaded STRIPE_KEY={stripe}\n\n"
       "On-call was {B} ({B.ph}), escalated to {C.i} at 02:30."),
    _t("dev", "slack-helpdesk", "en", "Slack export",
       "Here's a Slack thread from #it-helpdesk. Write a KB article from it, no names.\n\n"
       "[09:12] {A.f}: hey, locked out of the VPN again after the password reset 😩\n"
       "[09:13] {B.low}: what's your new one? I can check if it meets the policy\n[09:13] {A.f}: {pw}\n"
       "[09:14] {B.low}: ok that's fine. try again, and send me the code from the app\n[09:15] {A.f}: {otp}\n"
       "[09:17] {B.low}: you're in. btw your laptop IP is {ip}, it's on the old subnet\n"
       "[09:18] {A.f}: thanks {B.f}!!"),
    _t("dev", "cv-pdf", "en", "CV pasted from PDF",
       "Extract skills and years of experience from this CV into JSON.\n\nCURRICULUM "
       "VITAE\n{A.up}\n{A.addr2}\n"
       "Mobile: {A.ph} | {A.e}\nDate of birth: {A.dob}   Nationality: [[Kenyan|Indian|Irish|Brazilian]]\n\n"
       "PROFILE\n{role} with 8 years in B2B SaaS, in the {bcity} office since 2019. Led the migration of\n"
       "the CRM to Salesforce; managed a team of {num}.\n\nREFERENCES\n{B}, {role2}, {co} – {B.e}\n"),
    _t("dev", "gp-referral", "en", "medical referral",
       "Rewrite this referral letter in plain language for the patient.\n\nRe: {A.up}, DOB {A.dob}\n"
       "Address: {A.addr}\nTel: {A.ph}\n\nDear Dr {B.l},\nI would be grateful if you could see this "
       "[[gentleman|lady]] with suspected {epo}. [[Mr|Ms]] {A.l} reports a tremor in the right hand since "
       "{date}.\n\nYours sincerely,\nDr {C.i}\nGP, Riverside Medical Practice"),
    _t("dev", "claim-form", "en", "insurance claim form",
       "Check this claim form for missing fields and list them.\n\nPOLICYHOLDER: {A}\nPolicy no.: HX-{num}-"
       "{num2}\nSSN: {A.ssn}\nDate of birth: {A.dob}\nHome address: {A.addr}\nPhone (day): {A.ph}   "
       "Phone (evening):\nE-mail: {A.e}\nDate of loss: {date}\nDescription: water damage from the flat "
       "above, "
       "{B} from 4B saw it first.\nPayout to IBAN: {A.iban}"),
    _t("dev", "crm-json", "en", "CRM JSON",
       "Convert this JSON to CSV with columns name, company, email, phone.\n\n[\n"
       "  {\"contact\": \"{A}\", \"company\": \"{co}\", \"email\": \"{A.e}\", \"phone\": \"{A.ph}\", "
       "\"stage\": \"Negotiation\"},\n"
       "  {\"contact\": \"{B}\", \"company\": \"{co2}\", \"email\": \"{B.e}\", \"phone\": \"{B.ph}\", "
       "\"stage\": \"Closed Won\"},\n"
       "  {\"contact\": \"{C.n}\", \"company\": \"{co3}\", \"email\": \"{C.e}\", \"phone\": null, "
       "\"stage\": \"Lead\"}\n]"),
    _t("dev", "compose", "en", "docker-compose config",
       "Why does this docker-compose fail to start the db?\n\nservices:\n  db:\n    image: postgres:16\n"
       "    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {pw}\n  api:\n    build: .\n"
       "    environment:\n      DATABASE_URL: postgres://app:{pw}@db:5432/app\n      OPENAI_API_KEY: "
       "{openai}\n"
       "    # maintainer: {A} <{A.e}>\n"),
    _t("dev", "tenant-whatsapp", "en", "WhatsApp export",
       "Summarise this WhatsApp chat with a tenant and list the action items.\n\n"
       "[14/02/2025, 18:03] {A.f}: Hi it's {A.f} from flat 2, {A.addr}. The boiler is off again\n"
       "[14/02/2025, 18:05] Lettings – {B}: Sorry to hear! Can the engineer come tomorrow 8-10?\n"
       "[14/02/2025, 18:06] {A.f}: yes. my partner {C.f} is home, number is {C.ph}\n"
       "[14/02/2025, 18:09] Lettings – {B}: Booked. Ref {ticket}."),
    _t("dev", "newsletter-tsv", "en", "marketing list TSV",
       "Dedupe this list and tell me how many unique subscribers there are.\n\n"
       "name\temail\tcountry\tsigned_up\n{A}\t{A.e}\tUK\t{date}\n{B.low}\t{B.e}\tNG\t{date2}\n"
       "{A.up}\t{A.e}\tUK\t{date3}\n{C}\t{C.e}\tPH\t{date}\n"),
    _t("dev", "env-file", "en", ".env file",
       "My teammate sent me this .env, which variables does the Flask app actually need?\n\n"
       "FLASK_ENV=production\nSECRET_KEY={phrase}\nAWS_ACCESS_KEY_ID={aws_id}\nAWS_SECRET_ACCESS_KEY={aws_secret}\n"
       "SLACK_BOT_TOKEN={slack}\nADMIN_EMAIL={A.e}\nSMTP_PASSWORD={pw}\n# owner {A}, ask {B.f} for the prod "
       "copy\n"),
    _t("dev", "call-transcript", "en", "sales call transcript",
       "Turn this call transcript into meeting notes with next steps.\n\n{A} 0:02\nHi {B.f}, thanks for "
       "jumping "
       "on. Is {C.f} joining?\n{B} 0:05\nRunning late. Quick one: the contract goes to our legal entity, but "
       "send the demo hardware to my home, {B.addr}.\n{A} 0:19\nGot it. And invoices to {B.e}?\n{B} 0:22\n"
       "Yes. If anything's urgent call me on {B.ph}.\n"),
    _t("dev", "elternzeit-mail", "de", "HR e-mail",
       "Kannst du diese E-Mail kürzen und höflicher formulieren?\n\nHallo Frau {A.l},\n\nanbei wie "
       "besprochen "
       "meine neuen Daten für die Gehaltsabrechnung:\nIBAN: {C.iban}\nNeue Anschrift: {C.addr}\n"
       "Geburtsdatum: {C.dob}\nHandy: {C.ph}\n\nAb dem {date} bin ich in Elternzeit. Meine Vertretung ist "
       "{B} ({B.e}).\n\nViele Grüße\n{C}"),
    _t("dev", "chat-client", "fr", "customer chat transcript",
       "Résume cette conversation client en 3 phrases.\n\nAgent ({B.f}) : Bonjour, à qui ai-je l'honneur ?\n"
       "Client : {A}, j'habite à {A.city}. Mon numéro client est le {num}.\nAgent ({B.f}) : Merci "
       "[[M.|Mme]] {A.l}. Pouvez-vous confirmer votre date de naissance ?\nClient : le {A.dob}.\n"
       "Agent ({B.f}) : Et l'adresse e-mail ?\nClient : {A.e}, et mon portable c'est le {A.ph}.\n"
       "Agent ({B.f}) : Parfait, le remboursement sera fait sur la carte {A.cc}."),
    _t("dev", "arrendamiento", "es", "lease contract",
       "Traduce al inglés este extracto de contrato de arrendamiento.\n\nREUNIDOS\nDe una parte, D./Dña. "
       "{A}, "
       "mayor de edad, nacido/a el {A.dob}, con domicilio en {A.addr} y teléfono {A.ph}.\nDe otra parte, "
       "D./Dña. {B}, con domicilio en {B.addr}.\nLa renta de {amt} se abonará en la cuenta {B.iban} antes "
       "del "
       "día 5 de cada mes."),
    _t("dev", "prenotazione", "it", "hotel booking e-mail",
       "Rispondi a questa richiesta di prenotazione in italiano formale.\n\nBuongiorno,\nsono {A} e vorrei "
       "prenotare una camera doppia dal {date} al {date2} per me e {B.f}. Arriviamo da {A.city}. Potete "
       "confermare all'indirizzo {A.e} o al {A.ph}? Per la garanzia: carta {A.cc}.\nGrazie,\n{A}"),
    _t("dev", "vpn-ticket", "nl", "IT support ticket",
       "Vertaal dit ticket naar het Engels.\n\nTicket {ticket}\nMelder: {A} ({A.e})\nTelefoon: {A.ph}\n"
       "Omschrijving: sinds de update naar versie {ver} kan ik niet meer inloggen op de VPN. Mijn laptop "
       "heeft "
       "IP {ip}. Collega {B.i} heeft hetzelfde probleem.\nTijdelijk wachtwoord dat ik kreeg: {pw}"),
    _t("dev", "fornecedor", "pt", "supplier master data",
       "Organiza estes dados de fornecedor numa tabela.\n\nNome: {A}\nMorada: {A.addr}\nData de nascimento: "
       "{A.dob}\nTelemóvel: {A.ph}\nEmail: {A.e}\nIBAN: {A.iban}\nObservações: pagamento da fatura {order} "
       "({amt}) vence a {date}."),
    _t("dev", "szkola", "pl", "school letter",
       "Przetłumacz na angielski tę wiadomość do rodziców.\n\nSzanowni Państwo,\ninformuję, że uczeń {A} "
       "(ur. {A.dob}) nie pojawił się na zajęciach od {date}. Proszę o kontakt z wychowawczynią, panią "
       "{B.l}, "
       "pod numerem {B.ph} lub mailowo: {B.e}.\nZ poważaniem,\n{C}\nDyrektor szkoły"),
    _t("dev", "leverans", "sv", "delivery case",
       "Sammanfatta detta leveransärende på engelska.\n\nKund: {A}\nLeveransadress:\n{A.addr2}\nTelefon: "
       "{A.ph}\nE-post: {A.e}\nÄrende: paketet {order} levererades till fel adress. Grannen {B.f} tog emot "
       "det. Kunden bor i {A.city} och vill ha en ny leverans {date}."),
    # negatives
    _t("dev", "neg-deal-post", "en", "LinkedIn post",
       "Write a LinkedIn post congratulating our team on the {co} deal. Mention that we beat {co2} and that "
       "the rollout in {bcity} starts next quarter. Tone: upbeat, no hashtags. Context: the buyer uses "
       "{prod} "
       "and {prod2} internally, and procurement runs through {co3}.", "firms_and_products"),
    _t("dev", "neg-explainer", "en", "training material",
       "Explain {epo} to a new analyst in two paragraphs, then give a quote by {hist} that could open the "
       "training deck. Also, is it true that {hist2} worked on something similar? Under 200 words.",
       "eponyms_and_public_figures"),
    _t("dev", "neg-deadlines", "en", "deadline list",
       "Put these deadlines into a table sorted by date:\n- VAT return Q3: due {date}\n- Contract with {co} "
       "renews {date2}\n- Office move kickoff: {date3} at {time}\n- Audit fieldwork: {date4} to {date5}\n"
       "- Release {ver} code freeze: {date6}", "non_birth_dates"),
    _t("dev", "neg-invoice-lines", "en", "invoice reconciliation",
       "Reconcile these invoice lines against the PO and tell me what's off.\n\nPO {order}\n"
       "| line | sku | qty | unit price | total |\n|---|---|---|---|---|\n| 1 | {sku} | {num} | {amt} | "
       "{amt2} |\n"
       "| 2 | {sku2} | {num2} | {amt3} | {amt4} |\nInvoice ref {order2}, hash {hash}, ERP build {ver}.",
       "ids_versions_prices"),
    _t("dev", "neg-readme", "en", "README snippet",
       "Review this README snippet for our SDK and make the setup steps clearer.\n\n```bash\n"
       "export API_KEY={fake}\nexport DB_PASSWORD={fake2}\ncurl -H \"Authorization: Bearer {fake3}\" "
       "https://api.example.com/v2/ping\n```\nNever commit real keys; use `{fake4}` in examples.",
       "placeholder_credentials"),
    _t("dev", "neg-vertrieb", "de", "sales notes",
       "Fasse diese Notiz für das Vertriebsmeeting zusammen:\n\nUmsatz Q2: {bcity} +12 %, {bcity2} −3 %, "
       "{bcity3} stabil. Das neue Büro in {bcity4} öffnet am {date}. Die Route {bcity} – {bcity2} übernimmt "
       "ab "
       "Juli {co}. Budget: {amt}.", "business_places"),
    _t("dev", "neg-organigramme", "fr", "org chart",
       "Reformule cet organigramme en liste à puces :\n\n{role} – rattaché(e) au {role2}\n{team} : 4 "
       "personnes, "
       "astreinte le week-end\n{team2} : support niveau 2, lead = {role3}\nLe {role4} valide les congés "
       "avant "
       "le {date}.", "roles_and_teams"),
    _t("dev", "neg-alianza", "es", "internal newsletter",
       "Escribe un resumen de esta noticia para el boletín interno: {co} y {co2} anuncian una alianza en "
       "{bcity}; {prod} llegará a España con la versión {ver}. El acuerdo, valorado en {amt}, se firmará el "
       "{date}.", "firms_and_products"),
]


TEST = [
    _t("test", "bank-change", "en", "accounts payable e-mail",
       "Is this vendor e-mail legit or a payment-diversion scam? Give reasons.\n\nFrom: {A} <{A.e}>\n"
       "Subject: URGENT – updated bank details\n\nHello team,\nplease note our new account for all open "
       "invoices (incl. {order}, {amt}):\nAccount name: {A.up}\nIBAN: {A.iban}\nCall me on {A.ph} if "
       "anything "
       "is unclear, I'm travelling so e-mail is better.\n\nKind regards,\n{A.f}\n{role}, {co}"),
    _t("test", "review-notes", "en", "performance review notes",
       "Rewrite these manager notes into a neutral performance review paragraph.\n\nEmployee: {A.lf}\n"
       "Manager: {B}\nNotes: {A.f} missed 3 sprint deadlines; says it's due to commuting from {A.city} since "
       "March. Good feedback from {C.i} on the {team} project. {A.f} asked for a 4-day week. Next check-in "
       "{date}."),
    _t("test", "gh-actions", "en", "CI workflow",
       "This GitHub Actions job leaks something in the logs, find it.\n\n```yaml\nname: deploy\non: [push]\n"
       "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      NPM_TOKEN: {npm}\n      HF_TOKEN: "
       "{hf}\n"
       "    steps:\n      - run: echo \"deploying as {A.e}\"\n      - run: curl -u admin:{pw} "
       "https://{ip}/hooks/reload\n```"),
    _t("test", "refund-chat", "en", "customer chat",
       "Classify this chat by intent and sentiment.\n\nCustomer: hi I was charged twice on my card, here's "
       "the number {A.cc}\nBot: I'm sorry to hear that. Can I have your name and the e-mail on the account?\n"
       "Customer: {A.low}, {A.e}\nBot: Thanks. Please confirm your billing address.\nCustomer: {A.addr}\n"
       "Bot: A refund of {amt} has been issued."),
    _t("test", "candidates", "en", "recruiting pipeline CSV",
       "Rank these candidates for the {role} role by years of experience.\n\n"
       "candidate;phone;email;location;years;notes\n{A};{A.ph};{A.e};lives in {A.city};7;referred by {D.f}\n"
       "{B.up};{B.ph};{B.e};{B.city};4;\n{C.lf};;{C.e};{C.city};11;moving away from {C.city} in May\n"),
    _t("test", "discharge", "en", "discharge letter PDF",
       "Summarise this discharge letter for the GP in 4 lines.\n\nDISCHARGE SUMMARY          Ward 7B\n"
       "Patient: {A.LF}       DOB: {A.dob}\nAddress: {A.addr2}\nNext of kin: {B} (daughter)  {B.ph}\n"
       "Admitted {date} with community-acquired pneu-\nmonia. Treated with IV antibiotics. {A.l} was "
       "reviewed\n"
       "by Dr {C.l} on day 3 and discharged home on oral\ntherapy. Follow-up with GP in 2 weeks."),
    _t("test", "claim-call", "en", "insurance call transcript",
       "Extract the claim details from this call transcript into JSON.\n\nAGENT: Thank you for calling, "
       "you're speaking with {B.f}. Can I take your full name?\nCALLER: Yes it's {A}.\nAGENT: And your date "
       "of "
       "birth?\nCALLER: {A.dob}.\nAGENT: For this claim I need your social security number.\nCALLER: {A.ssn}."
       "\nAGENT: Thanks, {A.f}. What's the best number to reach you?\nCALLER: {A.ph}, or my partner {C.f} on "
       "{C.ph}.\nAGENT: And the address of the property?\nCALLER: {A.addr}."),
    _t("test", "w4-draft", "en", "government form",
       "Check this form draft: are the SSNs formatted correctly and is anything missing?\n\nForm W-4 "
       "(draft)\n"
       "1a First name: {A.f}   Last name: {A.l}\n1b Social security number: {A.ssn}\nAddress: {A.addr}\n"
       "Filing status: Married filing jointly\nSpouse: {B}   SSN {B.ssn}\nStep 4(a) other income: {amt}\n"),
    _t("test", "sql-dupes", "en", "SQL result",
       "Explain why this query returns duplicates and fix it.\n\nSELECT c.id, c.name, c.email, o.total FROM "
       "customers c JOIN orders o ON o.customer_id = c.id WHERE o.created_at > '2025-01-01';\n\n"
       " id   | name | email | total\n------+------+-------+------\n {num} | {A} | {A.e} | {amt}\n"
       " {num} | {A} | {A.e} | {amt2}\n {num2} | {B.low} | {B.e} | {amt3}\n"),
    _t("test", "guest-list", "en", "hotel guest list",
       "Format this guest list for the hotel as a table, grouped by arrival date.\n\n- {A} — arriving "
       "{date}, "
       "room for 2, card on file {A.cc}, mobile {A.ph}\n- {B.n} — arriving {date2}, vegetarian, {B.e}\n"
       "- Mr and Mrs {C.l} — arriving {date}, late check-in, {C.ph}\n"),
    _t("test", "nda", "en", "legal agreement",
       "Check this NDA preamble for inconsistencies.\n\nThis Agreement is made on {date} between {co} (\"the "
       "Company\") and {A} of {A.addr} (\"the Consultant\"), born {A.dob}. Notices to the Consultant shall "
       "be "
       "sent to {A.e}. {A.l} shall not disclose Confidential Information to third parties.\n\nSigned: ______ "
       "{A.up}\nWitness: {B}"),
    _t("test", "k8s-secret", "en", "Kubernetes manifest",
       "Why can't my pod connect to Redis? Here's the manifest.\n\napiVersion: v1\nkind: Secret\nmetadata:\n"
       "  name: app-secrets\nstringData:\n  REDIS_URL: redis://default:{pw}@{ip}:6379/0\n  GITHUB_TOKEN: "
       "{ghp}\n"
       "  SENDGRID_API_KEY: {sendgrid}\n---\n# ask {A.f} ({A.e}) before changing\n"),
    _t("test", "delivery-thread", "en", "e-mail thread",
       "Reply to the last message confirming Thursday's delivery window.\n\nOn {date}, {A} <{A.e}> wrote:\n"
       "> Hi {B.f},\n> can the pallet go to your warehouse in {bcity}? Or if easier to my home address: "
       "{A.addr}.\n> Mobile {A.ph}\n>\n> Thanks, {A.f}\n\n--\n{B}\nLogistics Coordinator | {co}\nT: "
       "{B.ph}\n"),
    _t("test", "grades", "en", "grade sheet",
       "Calculate each student's average and draft a note to parents of those below 60.\n\n"
       "| Student | Parent e-mail | Test 1 | Test 2 | Test 3 |\n|---|---|---|---|---|\n"
       "| {A} | {B.e} | 58 | 61 | 49 |\n| {C.n} | {D.e} | 88 | 92 | 79 |\n| {E} | {E.e} | 71 | 55 | 60 |\n"),
    _t("test", "git-log", "en", "git log",
       "Write release notes from this git log.\n\ncommit {hash}\nAuthor: {A} <{A.e}>\nDate:   {date}\n\n"
       "    Fix token refresh; rotate test key {twilio}\n\ncommit {hash2}\nAuthor: {B.low} <{B.e}>\n\n"
       "    Bump sdk to {ver}\n"),
    _t("test", "rental-application", "en", "rental application",
       "Score this rental application against our criteria (income > 3x rent).\n\nApplicant: {A}\n"
       "Current address:\n{A.addr2}\nDOB: {A.dob}\nSSN: {A.ssn}\nEmployer: {co}, {role}, {amt}/yr\n"
       "Previous landlord: {B}, {B.ph}\nCo-applicant: {C}, {C.e}\n"),
    _t("test", "signups", "en", "event sign-ups JSON",
       "Which of these sign-ups look like bots?\n\n{\"registrations\": [\n {\"name\": \"{A}\", \"email\": "
       "\"{A.e}\", \"ip\": \"{ip}\", \"ts\": \"{date}\"},\n {\"name\": \"{B.low}\", \"email\": \"{B.e}\", "
       "\"ip\": \"{ip6}\"},\n {\"name\": \"{C.up}\", \"email\": \"{C.e}\", \"ip\": \"{ip2}\"}\n]}"),
    _t("test", "teams-wifi", "en", "Teams chat",
       "Summarise this Teams chat for the access review.\n\n{A.lf}  10:41\nCan someone give me the wifi "
       "password for the {bcity} office guest network?\n{B.lf}  10:43\nit's {phrase}\n{A.lf}  10:44\nthx! "
       "and "
       "the admin PIN for the printer?\n{B.lf}  10:44\n{pin}\n"),
    _t("test", "kyc", "en", "KYC record",
       "Check whether this KYC record is complete.\n\nFull legal name: {A.up}\nDate of birth: {A.dob}\n"
       "Residential address: {A.addr}\nTax ID (SSN): {A.ssn}\nContact: {A.ph} / {A.e}\nSource of funds: "
       "salary from {co}\nCard for fees: {A.cc}"),
    _t("test", "curl-401", "en", "API debugging",
       "This curl returns 401, what's wrong?\n\ncurl https://api.anthropic.com/v1/messages \\\n"
       "  -H \"x-api-key: {anthropic}\" \\\n  -H \"content-type: application/json\" \\\n"
       "  -d '{\"model\": \"claude\", \"messages\": [{\"role\": \"user\", \"content\": \"Write a birthday "
       "note for {A}\"}]}'"),
    _t("test", "label-ocr", "en", "shipping label OCR",
       "Clean up this OCR text of a shipping label.\n\nSHIP TO:\n{A.up}\n{A.addr2}\nTEL {A.ph}\n"
       "FROM: {co} Returns Centre, {bcity}\nTRACKING {order}\nWEIGHT 2.3 KG"),
    _t("test", "signin-alert", "en", "security alert e-mail",
       "Is this security alert e-mail phishing?\n\nHi {A.f},\nWe noticed a new sign-in to your account {A.e} "
       "from {ip} on {date} at {time}. If this was you, ignore this message. Otherwise reset your password; "
       "your temporary code is {otp}.\n— The Security Team"),
    _t("test", "expenses", "en", "expense note",
       "Turn this expense note into a table with category and amount.\n\n{A} – trip to {bcity} {date}\n"
       "Taxi {amt}, hotel {amt2}, dinner with {B} of {co} {amt3}\nAll paid on card {A.cc}. Receipts sent "
       "from {A.e}."),
    _t("test", "wasserschaden", "de", "insurance letter",
       "Formuliere diese Schadensmeldung als sachliche E-Mail an die Versicherung.\n\nVersicherungsnehmer: "
       "{A}\nGeb. am {A.dob}\nWohnhaft: {A.addr}\nTelefon: {A.ph}\nAm {date} ist in meiner Wohnung ein "
       "Wasserschaden entstanden. Mein Nachbar, Herr {B.l}, hat es bemerkt. Erstattung bitte auf {A.iban}."),
    _t("test", "smtp-ini", "de", "service config",
       "Warum startet der Dienst nicht? Hier die Konfiguration:\n\n[smtp]\nhost = mail.intern\nuser = {A.e}\n"
       "password = {pw}\n[api]\ntoken = {glpat}\nallowed_ips = {ip}, {ip2}\n# Ansprechpartner: {A.n}, Tel. "
       "{A.ph}"),
    _t("test", "candidature", "fr", "job application",
       "Peux-tu résumer cette candidature en 3 points ?\n\nMadame, Monsieur,\nJe m'appelle {A}, née le "
       "{A.dob} "
       "et domiciliée à {A.city}, et je souhaite postuler au poste de {role}. Vous pouvez me joindre au "
       "{A.ph} "
       "ou par courriel à {A.e}. Mon ancienne responsable, Mme {B.l}, peut vous fournir une référence.\n"
       "Cordialement,\n{A.i}"),
    _t("test", "rib", "fr", "bank details message",
       "Traduis ce message en anglais.\n\nBonjour {A.f},\nsuite à notre appel, voici le RIB pour le virement "
       ": "
       "titulaire {B.up}, IBAN {B.iban}. Le code de confirmation reçu par SMS est {otp}. Mon adresse : "
       "{B.addr}.\nBien à vous,\n{B}"),
    _t("test", "informe", "es", "medical report",
       "Resume este informe médico en lenguaje sencillo.\n\nPaciente: {A.lf}\nFecha de nacimiento: {A.dob}\n"
       "Domicilio: {A.addr}\nTeléfono: {A.ph}\nMotivo de consulta: dolor torácico desde el {date}. "
       "Antecedentes de {epo}. Acompañada por su hijo, {B}.\nMédico responsable: Dr. {C.l}"),
    _t("test", "pedido-whatsapp", "es", "WhatsApp export",
       "Clasifica estos mensajes de WhatsApp por urgencia.\n\n[{time}] {A.f}: hola!! soy {A}, el del pedido "
       "{order}, no me llegó nada 😡\n[{time2}] {A.f}: mi dirección es {A.addr}, el portero se llama {B.f}\n"
       "[{time3}] Soporte: Hola {A.f}, lo revisamos. ¿Nos confirmas tu email?\n[{time4}] {A.f}: {A.e}"),
    _t("test", "verbale", "it", "meeting minutes",
       "Riassumi questo verbale di assemblea condominiale.\n\nPresenti: {A}, {B.n}, {C} (delega a {A.l}).\n"
       "Il sig. {D.l} segnala infiltrazioni dal terrazzo e chiede di essere contattato al {D.ph} o a {D.e}.\n"
       "Prossima assemblea il {date} alle {time}."),
    _t("test", "verzuim", "nl", "sick-leave note",
       "Maak hier een korte samenvatting van voor de bedrijfsarts.\n\nMedewerker: {A}\nGeboortedatum: "
       "{A.dob}\nAdres: {A.addr}\nZiek gemeld op {date} door partner {B.f} ({B.ph}). {A.f} heeft last van "
       "rugklachten en werkt vanuit huis in {A.city}. Leidinggevende: {C.i}."),
    _t("test", "compra", "pt", "customer complaint",
       "Responde a este cliente com educação.\n\nOlá, meu nome é {A} e comprei no dia {date} um notebook. "
       "Paguei com o cartão {A.cc} e até agora nada. Endereço de entrega: {A.addr}. WhatsApp {A.ph}. Se "
       "preferir, e-mail {A.e}."),
    _t("test", "alunos", "pt", "school records",
       "Transforma isto numa tabela.\n\nAluno: {A} | Nasc.: {A.dob} | Encarregado de educação: {B} | Tel.: "
       "{B.ph} | Email: {B.e}\nAluno: {C} | Nasc.: {C.dob} | Encarregado de educação: {D} | Tel.: {D.ph} | "
       "Email: {D.e}"),
    _t("test", "reklamacja", "pl", "delivery complaint",
       "Odpowiedz klientowi po polsku, uprzejmie.\n\nDzień dobry,\nnazywam się {A}, zamówienie {order}. "
       "Kurier miał dostarczyć paczkę na adres {A.addr}, ale zostawił ją u sąsiadki, pani {B.l}. Proszę o "
       "kontakt: {A.ph}, {A.e}.\nPozdrawiam\n{A.f}"),
    _t("test", "onboarding", "sv", "onboarding e-mail",
       "Gör en checklista av detta mejl.\n\nHej {A.f}!\nVälkommen till {team}. Innan du börjar {date} "
       "behöver "
       "vi ditt kontonummer ({A.iban}) och en nödkontakt. Din buddy är {B} ({B.e}, {B.ph}). Ditt tillfälliga "
       "lösenord till Okta är {pw}.\nHälsningar,\n{C.n}"),
    # negatives
    _t("test", "neg-vendors", "en", "procurement comparison",
       "Draft a comparison table of {co}, {co2} and {co3} for our laptop procurement. Mention {prod} "
       "integration, whether {prod2} is supported, and list prices (ours: {amt}).", "firms_and_products"),
    _t("test", "neg-newsletter", "en", "wellness newsletter",
       "Write 150 words for the wellness newsletter on {epo} awareness month. Mention {hist} and {hist2} as "
       "famous examples of perseverance, and link to a page about {epo2}.", "eponyms_and_public_figures"),
    _t("test", "neg-iso-dates", "en", "date conversion",
       "Convert these dates to ISO 8601: contract signed {date}; goods received {date2}; invoice due "
       "{date3}; "
       "warranty ends {date4}; next board meeting {date5} at {time}.", "non_birth_dates"),
    _t("test", "neg-service-log", "en", "service log",
       "Parse this log line by line and count errors per service.\n\n[{date}] order-svc ERROR order={order} "
       "sku={sku} qty={num}\n[{date}] pay-svc WARN retry txn={hash} amount={amt}\n[{date2}] web v{ver} INFO "
       "build {hash2}\nTicket: {ticket}", "ids_versions_prices"),
    _t("test", "neg-env-example", "en", ".env.example",
       "Review this .env.example for our onboarding "
       "docs.\n\nDATABASE_URL=postgres://app:{fake}@localhost:5432/"
       "app\nSTRIPE_SECRET_KEY={fake2}\nJWT_SECRET={fake3}\nADMIN_PASSWORD={fake4}\n# copy to .env and fill "
       "in "
       "real values", "placeholder_credentials"),
    _t("test", "neg-regions", "en", "regional results",
       "Summarise our Q3 regional results: {bcity} led with {amt}, then {bcity2} and {bcity3}. We're closing "
       "the {bcity4} office and moving the hub to {bcity5}. Shipping lane {bcity}–{bcity3}: 4 days.",
       "business_places"),
    _t("test", "neg-rota", "en", "on-call rota",
       "Write an on-call rota for next week as a table. Teams: {team}, {team2}, {team3}. Each needs a {role} "
       "and a backup {role2}; the {role3} approves swaps by {date}.", "roles_and_teams"),
    _t("test", "neg-scadenze", "it", "deadline extraction",
       "Estrai le scadenze da questo testo: fattura {order} di {amt} scade il {date}; rinnovo licenza {prod} "
       "versione {ver} entro il {date2}; riunione con {co} il {date3} alle {time}.", "non_birth_dates"),
    _t("test", "neg-vestigingen", "nl", "branch summary",
       "Vat dit samen: de vestiging in {bcity} groeit, {bcity2} krimpt; vanaf {date} rijden we dagelijks "
       "{bcity3} – {bcity}. Omzet {amt}.", "business_places"),
    _t("test", "neg-ogloszenie", "pl", "job ad",
       "Popraw styl tego ogłoszenia: Szukamy osoby na stanowisko {role}. Raportowanie do: {role2}. Zespół: "
       "{team}. Rekrutację prowadzi {role3}. Termin: {date}.", "roles_and_teams"),
    _t("test", "neg-nyhet", "sv", "news item",
       "Skriv en kort nyhet: {co} och {co2} inleder ett samarbete i {bcity}; {prod} lanseras i Sverige i "
       "version {ver}.", "firms_and_products"),
    _t("test", "neg-config-exemplo", "pt", "config example",
       "Revê este exemplo de configuração para a documentação:\n\napi_key: {fake}\npassword: {fake2}\n"
       "token: {fake3}\n# substitui pelos valores reais", "placeholder_credentials"),
]
TEMPLATES = {"dev": DEV, "test": TEST}


SLOT = re.compile(r"\{([A-E])(?:\.(\w+))?\}|\{([a-z_]+\d?)\}")
PICK = re.compile(r"\[\[(.*?)\]\]", re.S)
NAME_FORMS = ("full", "f", "l", "lf", "LF", "up", "low", "i", "n")
PERSON_VALUES = {"e": "EMAIL_ADDRESS", "ph": "PHONE_NUMBER", "ph2": "PHONE_NUMBER", "addr": "LOCATION",
                 "addr2": "LOCATION", "city": "LOCATION", "dob": "DATE_OF_BIRTH", "ssn": "US_SSN",
                 "cc": "CREDIT_CARD", "iban": "IBAN_CODE"}
ASCII = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ı": "i", "'": "", " ": "",
                       "-": ""})


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower().translate(ASCII))
    return "".join(ch for ch in folded if "a" <= ch <= "z")


@dataclass
class Person:
    """One person of a record: the name as written (native script or Latin) and a Latin form for e-mail."""

    culture: str
    first: str
    last: str
    native: str | None = None
    latin: tuple[str, str] = ("", "")

    def name(self, form: str, rng: random.Random) -> str:
        if self.native:
            return self.native
        if form == "n":
            form = rng.choice(("full", "full", "full", "lf", "LF", "up", "low", "i"))
        first, last = self.first, self.last
        return {"full": f"{first} {last}", "f": first, "l": last, "lf": f"{last}, {first}",
                "LF": f"{last.upper()} {first}", "up": f"{first} {last}".upper(),
                "low": f"{first} {last}".lower(),
                "i": f"{first[0]}. {last}"}[form]


class Render:
    """Fills one template for one record, keeping every labelled value's span.

    Person slots: ``{A}`` full name, ``{A.f}`` given name, ``{A.l}`` surname, ``{A.lf}`` "Last, First",
    ``{A.LF}`` "LAST First", ``{A.up}``/``{A.low}`` upper/lower case, ``{A.i}`` initial and surname, ``{A.n}``
    any of these; ``{A.e}``, ``{A.ph}``, ``{A.addr}`` (``addr2``: several lines), ``{A.city}`` (the town of
    the address), ``{A.dob}``, ``{A.ssn}``, ``{A.cc}``, ``{A.iban}``: that person's values, the same at every
    mention. Other slots (a trailing digit makes a second value): ``ip``, ``ip6`` and the secret kinds are
    labelled; ``co``, ``prod``, ``epo``, ``hist``, ``role``, ``team``, ``fake``, ``bcity``, ``date``, ``amt``,
    ``ver``, ``ticket``, ``order``, ``sku``, ``hash``, ``num``, ``time`` are look-alikes, never labelled."""

    def __init__(self, rng: random.Random, half: str, lang: str):
        self.rng, self.half, self.lang = rng, half, lang
        self.pool = _people(half)
        self.people: dict[str, Person] = {}
        self.cache: dict[str, tuple[str, str | None]] = {}
        self.homes: dict[str, tuple[str, str, str]] = {}

    def person(self, letter: str) -> Person:
        if letter not in self.people:
            rng = self.rng
            own = LANG_CULTURES.get(self.lang)
            culture = rng.choice(own) if own and rng.random() < 0.65 else rng.choice(CULTURES)
            taken = {n for p in self.people.values() for n in (p.first, p.last)}
            for _ in range(20):
                pool = self.pool[culture]
                if "pairs" in pool:
                    last, first, llast, lfirst = rng.choice(pool["pairs"])
                    p = Person(culture, first, last, native=last + first, latin=(lfirst, llast))
                else:
                    p = Person(culture, rng.choice(pool["f"]), rng.choice(pool["last"]))
                    p.latin = (p.first, p.last)
                if p.first != p.last and not {p.first, p.last} & taken:
                    break
            self.people[letter] = p
        return self.people[letter]

    def country(self, p: Person, for_address: bool) -> str:
        if self.lang != "en" and (for_address or self.rng.random() < 0.75):
            return "BR" if self.lang == "pt" and self.rng.random() < 0.5 else LANG_COUNTRY[self.lang]
        options = CULTURE_COUNTRY[p.culture]
        if for_address:
            options = tuple(c for c in options if c in ADDRESS_COUNTRIES) or ("US", "UK")
        return self.rng.choice(options)

    def home(self, letter: str) -> tuple[str, str, str]:
        """(one-line address, several-line address, town) of a person, drawn once."""
        if letter not in self.homes:
            country = self.country(self.person(letter), True)
            state = self.rng.getstate()
            one, town = address(self.rng, country, self.half)
            self.rng.setstate(state)
            several, _ = address(self.rng, country, self.half, multiline=True)
            self.homes[letter] = (one, several, town)
        return self.homes[letter]

    def person_value(self, letter: str, attr: str) -> str:
        rng, p = self.rng, self.person(letter)
        if attr == "e":
            first, last = (_ascii(x) for x in p.latin)
            local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{last}.{first}",
                                f"{first}_{last}{rng.randint(1, 99)}", f"{first}{rng.randint(70, 99)}"])
            return f"{local}@{rng.choice(DOMAINS)}"
        if attr in ("ph", "ph2"):
            return _digits(rng, rng.choice(PHONE_FORMATS[self.country(p, False)]))
        if attr in ("addr", "addr2", "city"):
            return self.home(letter)[("addr", "addr2", "city").index(attr)]
        if attr == "dob":
            return date_text(rng, self.lang, rng.randint(1950, 2005))
        if attr == "ssn":
            return ssn(rng)
        if attr == "cc":
            return card(rng)
        country = self.country(p, False) if self.lang == "en" else LANG_COUNTRY[self.lang]
        return iban(rng, country if country in IBAN_SPECS else rng.choice(("GB", "DE", "IE", "NL", "BE")))

    def plain(self, slot: str) -> tuple[str, str | None]:
        """A value of a slot that belongs to no person: (text, label or None)."""
        rng, kind = self.rng, slot if slot == "ip6" else slot.rstrip("0123456789")
        if kind == "ip":
            return ipv4(rng), "IP_ADDRESS"
        if kind == "ip6":
            return ipv6(rng), "IP_ADDRESS"
        if kind in SECRET_KINDS:
            return secret(rng, kind), "SECRET"
        lists = {"co": FIRMS, "prod": PRODUCTS, "epo": EPONYMS, "hist": HISTORICAL, "role": ROLES,
                 "team": TEAMS, "fake": PLACEHOLDERS, "bcity": BUSINESS_CITIES}
        if kind in lists:
            return rng.choice(lists[kind]), None
        value = {
            "date": lambda: date_text(rng, self.lang, rng.randint(2024, 2026)),
            "amt": lambda: rng.choice("€$£") + f"{rng.randint(40, 98000):,}.{rng.randint(0, 99):02d}",
            "ver": lambda: f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
            "ticket": lambda: rng.choice(["INC-", "SR-", "CHG-", "TCK-", "OPS-"]) + _digits(rng, "PXXXX"),
            "order": lambda: rng.choice(["PO-", "SO/2025/", "#"]) + _digits(rng, "XXXXXX"),
            "sku": lambda: _digits(rng, rng.choice(["SKU-LLL-XXXX", "LLXXXX-XX", "XXXXXXXXXXXXX"])),
            "hash": lambda: _r(rng, 40, "0123456789abcdef"),
            "num": lambda: str(rng.randint(2, 480)),
            "time": lambda: f"{rng.randint(7, 22):02d}:{rng.choice(['00', '15', '30', '45'])}",
        }[kind]
        return value(), None

    def fill(self, text: str) -> tuple[str, list[dict]]:
        text = PICK.sub(lambda m: self.rng.choice(m.group(1).split("|")), text)
        out, spans, length, pos = [], [], 0, 0
        for m in SLOT.finditer(text):
            key = m.group(0)
            if m.group(1):
                letter, attr = m.group(1), m.group(2) or "full"
                if attr in NAME_FORMS:
                    value, label = self.person(letter).name(attr, self.rng), "PERSON"
                elif key in self.cache:
                    value, label = self.cache[key]
                else:
                    value, label = self.person_value(letter, attr), PERSON_VALUES[attr]
            elif key in self.cache:
                value, label = self.cache[key]
            else:
                value, label = self.plain(m.group(3))
            self.cache.setdefault(key, (value, label))
            out.append(text[pos:m.start()])
            length += m.start() - pos
            if label:
                spans.append({"type": label, "start": length, "end": length + len(value), "value": value})
            out.append(value)
            length += len(value)
            pos = m.end()
        out.append(text[pos:])
        return "".join(out), spans


def well_labelled(text: str, spans: list[dict]) -> bool:
    """Whether a filled record keeps the labelling rules: every whole-word occurrence (any case) of a
    labelled value is labelled, spans do not touch a letter or digit outside them, and no two names stand
    one space apart (they would read as one name)."""
    covered = [False] * len(text)
    for s in spans:
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
        if text[s["start"] - 1:s["start"]].isalnum() or text[s["end"]:s["end"] + 1].isalnum():
            return False
    low = text.lower()
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["value"].lower()) + r"(?!\w)", low):
            if not all(covered[m.start():m.end()]):
                return False
    ordered = sorted(spans, key=lambda s: s["start"])
    return not any(a["type"] == b["type"] == "PERSON" and text[a["end"]:b["start"]] == " "
                   for a, b in zip(ordered, ordered[1:]))


def _schedule(templates: list[Template], m: int, rng: random.Random) -> list[Template]:
    """``m`` templates in a shuffled order: English EN_SHARE of them, the other languages present equal
    shares, templates of one language equal shares (largest remainders, so the shares are exact)."""
    langs = sorted({t.lang for t in templates})
    others = len(langs) - ("en" in langs)
    quota = [m * (EN_SHARE if t.lang == "en" else (1 - EN_SHARE) / others)
             / sum(u.lang == t.lang for u in templates) for t in templates]
    counts = [int(q) for q in quota]
    by_remainder = sorted(range(len(templates)), key=lambda i: (counts[i] - quota[i], i))
    for i in by_remainder[:m - sum(counts)]:
        counts[i] += 1
    order = [t for t, c in zip(templates, counts) for _ in range(c)]
    rng.shuffle(order)
    return order


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default SIZES[half]) of ``half``; every fourth record is a negative."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    n = SIZES[half] if n is None else n
    pos = [t for t in TEMPLATES[half] if t.neg_class is None]
    neg = [t for t in TEMPLATES[half] if t.neg_class is not None]
    n_neg = n // 4
    order = random.Random(f"corpus10|{half}|{seed}|order")
    plan = {"positive": _schedule(pos, n - n_neg, order), "negative": _schedule(neg, n_neg, order)}
    records = []
    for i in range(n):
        kind = "negative" if i % 4 == 3 else "positive"
        template = plan[kind][i // 4 if kind == "negative" else i - (i + 1) // 4]
        for attempt in range(100):
            rng = random.Random(f"corpus10|{half}|{seed}|{i}|{attempt}")
            text, spans = Render(rng, half, template.lang).fill(template.text)
            if well_labelled(text, spans):
                break
        else:
            raise RuntimeError(f"{template.name}: no well-labelled record in 100 draws")
        meta = {"half": half, "template": template.name, "genre": template.genre, "lang": template.lang,
                "kind": kind}
        if template.neg_class:
            meta["neg_class"] = template.neg_class
        records.append({"id": f"c10-{half}-{i + 1:04d}", "text": text, "spans": spans, "meta": meta})
    return records


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, "Write one half of the tenth corpus as JSONL.", DEFAULT_SEED, argv)


if __name__ == "__main__":
    raise SystemExit(main())
