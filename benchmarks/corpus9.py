"""Ninth corpus: a fresh stand-in for issue 19's independent held-out set (600 realistic prompts), written
from scratch by a helper who read neither the scrubber, its tests nor the other corpora's code.

Realistic work prompts as employees paste them into ChatGPT, Claude or Copilot: an instruction plus pasted
material (support tickets, e-mail threads with signatures and quoted replies, HR and performance notes, CRM,
CSV and JSON exports, meeting minutes, incident reports with logs, code and config with credentials, SQL rows,
invoices, medical, insurance and legal letters, recruiting notes, customer chats, calendar invites, shipping
and travel bookings). About 70 % English, the rest German, French, Spanish, Italian, Dutch and Portuguese.
About a quarter are negatives (``meta.neg_class``): business and technical prompts full of look-alikes and
no personal data.

Every personal value is labelled (value only, never its cue word): PERSON, PHONE_NUMBER, EMAIL_ADDRESS,
LOCATION (a street address, or a city only where it says where a person lives or was born), DATE_OF_BIRTH,
US_SSN, CREDIT_CARD (Luhn-valid), IBAN_CODE (checksum-valid), IP_ADDRESS and SECRET. Names come from lists
written by hand for this corpus (no Faker), numbers from the generators below.

Two halves with disjoint templates, name and word pools (every hand-written list is split between them) and
seeds: ``dev`` (300 records, may be tuned on) and ``test`` (600 records, read in aggregate only).

    python -m benchmarks.corpus9 --half dev|test [--n N] [--seed S]
"""

import base64
import json
import random
import re
import string
import unicodedata
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 600}
DEFAULT_SEED = 90919
NEG_SHARE = 0.25
TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "US_SSN", "CREDIT_CARD",
         "IBAN_CODE", "IP_ADDRESS", "SECRET")
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
LANG_WEIGHT = {"en": 0.70, "de": 0.05, "fr": 0.05, "es": 0.05, "it": 0.05, "nl": 0.05, "pt": 0.05}
NEG_CLASSES = ("firms_and_brands", "eponyms_and_science", "places_as_context", "ids_and_numbers",
               "placeholder_credentials", "roles_and_codenames", "company_contacts")
SLOT = re.compile(r"⟦([^⟦⟧]+)⟧")
PICK = re.compile(r"⟪([^⟪⟫]*)⟫")


def _split(pool: str, half: str) -> list[str]:
    """One half of a hand-written comma list: even items for dev, odd ones for test (the halves never
    share one)."""
    items = [x.strip() for x in pool.split(",") if x.strip()]
    return items[HALVES.index(half)::2]


def _weights(spec: str) -> tuple[list[str], list[float]]:
    """'US:5 UK:2' -> (['US', 'UK'], [5.0, 2.0])."""
    keys, ws = [], []
    for part in spec.split():
        k, w = part.split(":")
        keys.append(k)
        ws.append(float(w))
    return keys, ws


# ---------------------------------------------------------------------------------------------------------
# People: name lists written by hand for this corpus. Latin cultures list female and male given names and
# family names; the others list whole names as "Latin=script" ("*" marks a woman), in their usual order.
CULTURES = {
    "en": dict(order="fl",
               f="Jessica, Megan, Lauren, Heather, Brittany, Courtney, Amanda, Kayla, Shannon, Erin, "
                 "Tiffany, "
                 "Danielle, Kelsey, Whitney",
               m="Tyler, Brandon, Kyle, Dustin, Travis, Cody, Garrett, Trevor, Derek, Shane, Colin, Spencer, "
                 "Wesley, Jared",
               last="Whitfield, Hargrove, Pennington, Ashworth, Caldwell, Blackwood, Thornton, Radcliffe, "
                    "Mercer, Holloway, Kendrick, Sutherland, Prescott, Lockhart, Donnelly, Fairbanks"),
    "ie": dict(order="fl", f="Siobhán, Aoife, Niamh, Orla, Róisín, Caoimhe, Clodagh, Sinéad",
               m="Cillian, Dónal, Eoin, Pádraig, Ruairí, Tadhg, Oisín, Cathal",
               last="O'Sullivan, McCarthy, O'Donoghue, Fitzgerald, Ó Súilleabháin, Mac Giolla Phádraig, "
                    "O'Callaghan, Brennan"),
    "es": dict(order="fl", f="Lucía, Ximena, Valentina, Guadalupe, Rocío, Itziar, Montserrat, Nerea, "
                             "Yolanda, "
                            "Maite",
               m="Joaquín, Rodrigo, Íñigo, Sebastián, Alejandro, Mateo, Gonzalo, Álvaro, Ezequiel, Ignacio",
               last="Ortega-Ruiz, Fernández Ibarra, Castillo, Domínguez, Echeverría, Villanueva, Sáenz, "
                    "Quintero, Barrientos, Zubizarreta, de la Fuente, Montoya"),
    "de": dict(order="fl", f="Friederike, Annika, Svenja, Hannelore, Katrin, Ute, Wiebke, Franziska, Gudrun, "
                            "Jördis",
               m="Jörg, Matthias, Florian, Dietmar, Lukas, Henning, Torsten, Wolfgang, Reinhard, Till",
               last="Hoffmann, Krüger, Schröder, Wagner-Stein, von Bülow, Baumgärtner, Eichhorn, Kessler, "
                    "Heinemann, Großmann, Pfeiffer, Lindemann"),
    "fr": dict(order="fl", f="Hélène, Margaux, Solène, Anne-Sophie, Clémence, Maëlle, Gaëlle, Océane, "
                            "Marie-Claire, Ségolène",
               m="Jean-Baptiste, Théo, Grégoire, Loïc, Benoît, Aurélien, Yannick, Mathis, Pierre-Henri, "
                 "Gaëtan",
               last="Chevalier-Roux, Lefèvre, Moreau, de La Tour, Marchand, Rousseau, Girard, Faure, "
                    "Lemaire, "
                    "Gauthier, Duval-Perrin, Béranger"),
    "it": dict(order="fl", f="Giulia, Chiara, Francesca, Martina, Ilaria, Beatrice, Alessia, Serena, "
                             "Rosaria, "
                            "Noemi",
               m="Lorenzo, Matteo, Davide, Stefano, Riccardo, Emanuele, Federico, Salvatore, Jacopo, Ettore",
               last="Esposito, Colombo, Ferraro, De Luca, Romano, Bianchi, Galli, Lombardi, Marchetti, "
                    "D'Angelo, Barbieri, Caputo"),
    "nl": dict(order="fl", f="Sanne, Femke, Lotte, Anouk, Marieke, Ilse, Noor, Eline, Fenna, Maaike",
               m="Bram, Daan, Joost, Sjoerd, Thijs, Wouter, Ruben, Pieter, Gijs, Maarten",
               last="van den Berg, de Vries, Jansen, Bakker, van Dijk, Visser, de Jong, Smit, van der "
                    "Meulen, "
                    "Mulder, Hendriks, van Leeuwen"),
    "pt": dict(order="fl", f="Joana, Mariana, Beatriz, Inês, Thaís, Luana, Gabriela, Conceição, Rafaela, "
                            "Letícia",
               m="João, Tiago, Rafael, Gonçalo, Thiago, Caio, Rui, Vinícius, Leandro, Duarte",
               last="Gonçalves, Ferreira, Magalhães, Carvalho, Sousa, Albuquerque, dos Santos, da Silva "
                    "Pereira, "
                    "Ribeiro, Nogueira, Azevedo, Brandão"),
    "nordic": dict(order="fl", f="Ingrid, Sigrid, Astrid, Freja, Linnea, Solveig, Tuva, Ebba",
                   m="Björn, Magnus, Oskar, Håkon, Sindre, Mikkel, Joakim, Eskil",
                   last="Lindqvist, Johansson, Bergström, Håkansson, Nyberg, Sørensen, Halvorsen, Eriksen, "
                        "Åberg, Sandvik"),
    "pl": dict(order="fl", f="Agnieszka, Małgorzata, Katarzyna, Zofia, Joanna, Magdalena, Dorota, Bożena",
               m="Paweł, Grzegorz, Krzysztof, Tomasz, Wojciech, Łukasz, Jędrzej, Przemysław",
               last="Wójcik, Kowalczyk, Zieliński, Szymańska, Lewandowski, Dąbrowska, Wiśniewski, Krawczyk, "
                    "Jabłońska, Grabowski"),
    "tr": dict(order="fl", f="Ayşe, Elif, Zeynep, Büşra, Gülşen, Özlem, Merve, Şeyma",
               m="Mehmet, Emre, Çağrı, Burak, Oğuz, Serkan, Volkan, Barış",
               last="Yılmaz, Öztürk, Şahin, Demirci, Kaya, Aydın, Çelik, Koç, Erdoğdu, Kılıç"),
    "wafr": dict(order="fl", f="Chiamaka, Adaeze, Folake, Abena, Awa, Ngozi, Yetunde, Aminata, Efua, Fatou",
                 m="Chukwuemeka, Oluwaseun, Kwame, Babajide, Moussa, Kofi, Emeka, Ibrahima, Yaw, Tunde",
                 last="Okonkwo, Adebayo, Mensah, Ndiaye, Okafor, Boateng, Diallo, Oyelaran, Asante, Nwosu, "
                      "Sow, Adeyemi"),
    "in": dict(order="fl", f="Priya, Ananya, Kavitha, Lakshmi, Deepika, Sneha, Meenakshi, Shruti, Aishwarya, "
                            "Pallavi",
               m="Arjun, Vikram, Rohan, Siddharth, Karthik, Aditya, Rajesh, Venkatesh, Harish, Nikhil",
               last="Iyer, Raghunathan, Chatterjee, Reddy, Deshpande, Nair, Banerjee, Krishnamurthy, "
                    "Kulkarni, "
                    "Menon, Subramanian, Bhattacharya"),
    "vn": dict(order="lf", f="Thị Lan, Ngọc Ánh, Thu Hà, Minh Thư, Bảo Ngọc, Thanh Hương",
               m="Văn Hùng, Quốc Bảo, Minh Tuấn, Đức Anh, Thành Long, Hữu Phước",
               last="Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi"),
    "ph": dict(order="fl", f="Maricel, Jocelyn, Rowena, Kristine, Lovely, Rhea",
               m="Jomar, Rodel, Arnel, Jerome, Reynaldo, Marvin",
               last="Dela Cruz, Bautista, Macaraeg, Villareal, Manalo, Pangilinan, Dimaculangan, Sarmiento"),
    "ar": dict(order="fl", f="Fatima, Layla, Noura, Yasmin, Mariam, Huda, Samira, Rim",
               m="Khalid, Tariq, Yousef, Hamza, Karim, Anas, Bilal, Walid",
               last="Al-Hashimi, El Amrani, Haddad, Benali, Al-Qahtani, Mansour, Bouazza, Khoury, "
                    "Ben Youssef, Chraibi"),
    "he": dict(order="fl", f="Noa, Tamar, Shira, Yael, Michal, Adi",
               m="Eitan, Yonatan, Itai, Amit, Gilad, Nadav",
               last="Ben-David, Mizrahi, Peretz, Shapira, Friedman, Azoulay, Katz, Dahan"),
    "zh": dict(order="lf", pairs="*Wang Xiuying=王秀英, *Li Na=李娜, Zhang Wei=张伟, Liu Yang=刘洋, "
                                 "*Chen Jing=陈静, Yang Fan=杨帆, Huang Lei=黄磊, *Zhao Min=赵敏, "
                                 "Zhou Jie=周杰, "
                                 "Wu Hao=吴昊, *Xu Lin=徐琳, *Sun Li=孙丽, Guo Qiang=郭强, *He Yun=何云"),
    "ja": dict(order="fl", pairs="Kenta Sato=佐藤 健太, *Yui Suzuki=鈴木 結衣, Ren Takahashi=高橋 蓮, "
                                 "*Haruka Tanaka=田中 遥, Sho Watanabe=渡辺 翔, *Misaki Ito=伊藤 美咲, "
                                 "Daiki Yamamoto=山本 大輝, *Aoi Nakamura=中村 葵, Riku Kobayashi=小林 陸, "
                                 "*Sakura Kato=加藤 さくら"),
    "ko": dict(order="lf", pairs="Kim Min-jun=김민준, *Park Ji-woo=박지우, *Lee Seo-yeon=이서연, "
                                 "*Choi Ha-eun=최하은, Jung Do-yoon=정도윤, *Kang Ye-jin=강예진, "
                                 "Yoon Seung-hoon=윤승훈, *Han Soo-ah=한수아, Lim Jae-won=임재원, "
                                 "Shin Hyun-woo=신현우"),
    "ru": dict(order="fl", pairs="*Olga Smirnova=Ольга Смирнова, Dmitry Volkov=Дмитрий Волков, "
                                 "*Anastasia Kuznetsova=Анастасия Кузнецова, Sergei Morozov=Сергей Морозов, "
                                 "*Yulia Sokolova=Юлия Соколова, Alexei Petrov=Алексей Петров, "
                                 "*Ekaterina Lebedeva=Екатерина Лебедева, Igor Novikov=Игорь Новиков, "
                                 "*Oksana Kovalenko=Оксана Коваленко, Taras Shevchuk=Тарас Шевчук, "
                                 "*Tatiana Fedorova=Татьяна Фёдорова, Mikhail Orlov=Михаил Орлов"),
    "ar_s": dict(order="fl", pairs="Mohammed Al-Amri=محمد العمري, *Fatima Zahra Benali=فاطمة الزهراء بنعلي, "
                                   "Ahmed Saleh=أحمد صالح, *Rania Haddad=رانيا حداد, Youssef Mansour=يوسف "
                                   "منصور, "
                                   "*Salma Kassem=سلمى قاسم, Omar Farouk=عمر فاروق, *Nadia Khalil=نادية "
                                   "خليل"),
    "el": dict(order="fl", pairs="*Eleni Papadopoulou=Ελένη Παπαδοπούλου, Nikos Georgiou=Νίκος Γεωργίου, "
                                 "*Maria Konstantinou=Μαρία Κωνσταντίνου, Dimitris Vlachos=Δημήτρης Βλάχος, "
                                 "*Sofia Oikonomou=Σοφία Οικονόμου, Giorgos Alexiou=Γιώργος Αλεξίου, "
                                 "*Katerina Pappa=Κατερίνα Παππά, Thanasis Karagiannis=Θανάσης Καραγιάννης"),
}
SCRIPT_SHARE = 0.35  # people of a culture with its own script are written in it this often (as a whole name)

COUNTRY_CULTURES = {
    "US": "en:5 es:2 in:1 zh:0.8 vn:0.6 ko:0.6 wafr:0.6 ar:0.4 ie:0.4 ru:0.4 ph:0.6 he:0.3 ja:0.4 pl:0.3",
    "UK": "en:5 in:1.5 wafr:1 pl:1 ie:0.8 ar:0.5 zh:0.5 el:0.3 tr:0.3 pt:0.3",
    "IE": "ie:4 en:2 pl:1 pt:0.5 wafr:0.5",
    "CA": "en:3 fr:2 zh:1 in:1 ar_s:0.5 ph:0.5 ko:0.3",
    "AU": "en:4 zh:1 vn:1 in:1 el:0.8 it:0.5",
    "IN": "in:1",
    "DE": "de:5 tr:1.5 pl:1 ru:1 it:0.6 el:0.5 ar:0.5 vn:0.3",
    "AT": "de:5 tr:1 pl:0.6 ru:0.5 it:0.3",
    "CH": "de:3 fr:2 it:1 pt:0.5 tr:0.3",
    "FR": "fr:5 ar:1.5 wafr:1 pt:0.7 vn:0.3 it:0.3 es:0.3 ar_s:0.3",
    "BE": "nl:3 fr:3 ar:1 tr:0.5 wafr:0.5",
    "ES": "es:5 ar:1 pt:0.3 zh:0.3 nordic:0.3",
    "MX": "es:1",
    "IT": "it:5 ar:0.7 wafr:0.3 zh:0.3 ru:0.3",
    "NL": "nl:5 tr:1 ar:1 wafr:0.3 in:0.3 pl:0.3 nordic:0.3",
    "PT": "pt:4 wafr:0.5 es:0.3",
    "BR": "pt:5 ja:0.5 it:0.5 de:0.3 ar:0.3",
}
LANG_COUNTRIES = {
    "en": "US:5 UK:2.5 CA:0.7 AU:0.7 IN:0.8 IE:0.5",
    "de": "DE:3 AT:1 CH:1", "fr": "FR:3 BE:1 CH:0.5 CA:0.5", "es": "ES:2 MX:2", "it": "IT:1",
    "nl": "NL:3 BE:1", "pt": "PT:1 BR:2",
}
HONORIFICS = {  # (woman, man)
    "en": (("Ms", "Mrs", "Ms.", "Dr"), ("Mr", "Mr.", "Dr")), "de": (("Frau", "Frau Dr."), ("Herr", "Herr "
                                                                                                   "Dr.")),
    "fr": (("Mme", "Madame", "Me"), ("M.", "Monsieur", "Me")),
    "es": (("Sra.", "Dña.", "la Sra."), ("Sr.", "D.")),
    "it": (("Sig.ra", "Dott.ssa", "gentile Sig.ra"), ("Sig.", "Dott.", "Ing.")),
    "nl": (("mevrouw", "mevr."), ("meneer", "dhr.")), "pt": (("Sra.", "Dra.", "D."), ("Sr.", "Dr.")),
}
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "đ": "d", "Đ": "D",
                       "æ": "ae", "œ": "oe", "'": "", "’": ""})


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "")


@dataclass
class Person:
    given: str
    family: str
    order: str
    female: bool
    country: str
    script: str | None = None

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.order == "lf" else f"{self.given} {self.family}"


def _people(half: str) -> dict[str, dict]:
    out = {}
    for name, c in CULTURES.items():
        if "pairs" in c:
            entries = []
            for pair in _split(c["pairs"], half):
                latin, script = pair.split("=")
                female = latin.startswith("*")
                parts = latin.lstrip("*").split(" ")
                given, family = ((" ".join(parts[1:]), parts[0]) if c["order"] == "lf"
                                 else (" ".join(parts[:-1]), parts[-1]))
                entries.append((given, family, female, script))
            out[name] = {"order": c["order"], "pairs": entries}
        else:
            out[name] = {"order": c["order"], "f": _split(c["f"], half), "m": _split(c["m"], half),
                         "last": _split(c["last"], half)}
    return out


# ---------------------------------------------------------------------------------------------------------
# Places. Residence cities are never business hubs (BIZ_CITIES), so a city as business context never
# collides with where a person lives.
RES = {
    "US": dict(streets="Maple Ridge, Oak Hollow, Briarwood, Cedar Crest, Willow Bend, Juniper, Sycamore, "
                       "Hawthorne, Larkspur, Foxglove, Pheasant Run, Quail Hollow",
               sfx="Dr, Ave, St, Ln, Ct, Blvd, Rd, Way, Pl, Cir",
               cities="Columbus OH 432, Boise ID 837, Tucson AZ 857, Raleigh NC 276, Omaha NE 681, "
                      "Spokane WA 992, Albany NY 122, Tulsa OK 741, Madison WI 537, Savannah GA 314, "
                      "Des Moines IA 503, Knoxville TN 379"),
    "UK": dict(streets="Kingsley, Ashgrove, Beechwood, Hollins, Moorside, Elmfield, Thornhill, Westbourne, "
                       "Cavendish, Rosebery, Netherfield, Larkhill",
               sfx="Road, Lane, Close, Crescent, Gardens, Avenue, Street, Drive",
               cities="Leeds LS, Bristol BS, Nottingham NG, Cardiff CF, Sheffield S, Brighton BN, Norwich "
                      "NR, "
                      "Leicester LE, Exeter EX, York YO, Swansea SA, Derby DE"),
    "IE": dict(streets="Griffith Avenue, Mount Prospect Road, Ashfield Park, Castle Street, Oakley Grove, "
                       "Sandyford Road, Glasnevin Hill, Wellington Lane",
               cities="Cork T12, Galway H91, Limerick V94, Kilkenny R95, Waterford X91, Drogheda A92"),
    "CA": dict(streets="Maplewood, Birchmount, Lakeshore, Riverside, Pinecrest, Sherbrooke, Dufferin, "
                       "Bayview, Elgin, Cedarbrae",
               sfx="St, Ave, Rd, Cres, Dr",
               cities="Halifax NS B3H, Winnipeg MB R3C, Saskatoon SK S7K, Kingston ON K7L, Kelowna BC V1Y, "
                      "Sherbrooke QC J1H, Gatineau QC J8X, Moncton NB E1C, Regina SK S4P, London ON N6A"),
    "AU": dict(streets="Wattle, Banksia, Jacaranda, Bottlebrush, Kookaburra, Ironbark, Coolabah, Waratah",
               sfx="St, Rd, Pde, Ave, Cres",
               cities="Fitzroy VIC 3065, Newtown NSW 2042, Paddington QLD 4064, Fremantle WA 6160, "
                      "Glenelg SA 5045, Sandy Bay TAS 7005, Geelong VIC 3220, Wollongong NSW 2500"),
    "IN": dict(streets="Shanti Apartments, Lotus Residency, Green Park Enclave, Sai Krupa Towers, "
                       "Prestige Meadows, Ganga Heights, Shree Ganesh Society, Sunshine Villas",
               cities="Indiranagar Bengaluru 5600, Koramangala Bengaluru 5600, Andheri East Mumbai 4000, "
                      "Salt Lake Kolkata 7000, Banjara Hills Hyderabad 5000, Anna Nagar Chennai 6000, "
                      "Kothrud Pune 4110, Vaishali Nagar Jaipur 3020, Gomti Nagar Lucknow 2260, "
                      "Navrangpura Ahmedabad 3800"),
    "DE": dict(streets="Linden, Birken, Kastanien, Ahorn, Mühlen, Rosen, Holunder, Eschen, Weiden, Buchen, "
                       "Tannen, Erlen",
               sfx="straße, weg, allee, ring",
               cities="Köln, Leipzig, Bremen, Dresden, Nürnberg, Münster, Freiburg im Breisgau, Hannover, "
                      "Augsburg, Kiel, Bielefeld, Erfurt"),
    "AT": dict(streets="Lerchen, Schotten, Kirchen, Berg, Stern, Mond, Schul, Garten",
               sfx="gasse, straße",
               cities="Graz 80, Linz 40, Salzburg 50, Innsbruck 60, Klagenfurt 90, Villach 95, Wels 46, "
                      "Dornbirn 68"),
    "CH": dict(streets="Rebberg, Sonnenberg, Rosenhügel, Bachtel, Wiesen, Haldeli, Chemin des Vignes, "
                       "Chemin du Levant",
               sfx="weg, strasse",
               cities="Winterthur 84, Luzern 60, St. Gallen 90, Lausanne 10, Biel/Bienne 25, Thun 36, "
                      "Fribourg 17, Neuchâtel 20"),
    "FR": dict(streets="rue des Lilas, rue du Moulin, avenue des Tilleuls, impasse des Acacias, "
                       "rue de la Fontaine, boulevard des Platanes, allée des Peupliers, rue du Lavoir, "
                       "chemin des Vignes, rue des Coquelicots, place du Marché, rue de la Gare",
               cities="Nantes 44, Rennes 35, Montpellier 34, Grenoble 38, Dijon 21, Angers 49, Tours 37, "
                      "Limoges 87, Caen 14, Reims 51, Metz 57, Besançon 25"),
    "BE": dict(streets="Kerkstraat, Rue de la Station, Stationsstraat, Rue des Écoles, Molenstraat, "
                       "Avenue des Érables, Dorpsstraat, Rue du Château",
               cities="Gent 9000, Liège 4000, Leuven 3000, Namur 5000, Brugge 8000, Mons 7000, Hasselt 3500, "
                      "Mechelen 2800"),
    "ES": dict(streets="Calle Mayor, Calle del Olmo, Avenida de la Constitución, Calle de San Vicente, "
                       "Paseo de las Acacias, Calle Real, Calle de los Almendros, Ronda de Segovia, "
                       "Calle del Pez, Avenida del Puerto",
               cities="Zaragoza 50, Málaga 29, Murcia 30, Valladolid 47, Alicante 03, Córdoba 14, Gijón 33, "
                      "Vitoria-Gasteiz 01, Granada 18, Pamplona 31"),
    "MX": dict(streets="Calle Insurgentes, Calle Hidalgo, Avenida Juárez, Calle Morelos, Calle Allende, "
                       "Avenida Revolución, Calle Zaragoza, Calle Guerrero",
               cities="Guadalajara/Jalisco/Providencia/44, Monterrey/Nuevo León/Mitras Centro/64, "
                      "Puebla/Puebla/La Paz/72, "
                      "Mérida/Yucatán/García Ginerés/97, Querétaro/Querétaro/Jurica/76, "
                      "León/Guanajuato/Jardines del Moral/37"),
    "IT": dict(streets="Via dei Mille, Via Mazzini, Corso Cavour, Via delle Rose, Via San Martino, "
                       "Viale dei Pini, Via Dante, Piazza della Repubblica, Via del Campo, Via Solferino",
               cities="Bergamo BG 241, Parma PR 431, Verona VR 371, Padova PD 351, Lecce LE 731, Trento "
                      "TN 381, "
                      "Pisa PI 561, Perugia PG 061, Brescia BS 251, Modena MO 411"),
    "NL": dict(streets="Kerkstraat, Molenweg, Lindelaan, Dorpsstraat, Beukenlaan, Schoolstraat, "
                       "Vondelstraat, Kastanjelaan, Tulpstraat, Nieuwe Gracht",
               cities="Utrecht 35, Eindhoven 56, Groningen 97, Haarlem 20, Leiden 23, Zwolle 80, Nijmegen "
                      "65, "
                      "Tilburg 50, Amersfoort 38, Deventer 74"),
    "PT": dict(streets="Rua de Santa Catarina, Rua das Flores, Avenida da Liberdade, Rua do Almada, "
                       "Travessa do Carmo, Rua Direita, Rua da Alegria, Avenida Fernão de Magalhães",
               cities="Porto 4000, Braga 4700, Coimbra 3000, Aveiro 3800, Setúbal 2900, Faro 8000, "
                      "Viseu 3500, Leiria 2400"),
    "BR": dict(streets="Rua das Palmeiras, Rua Augusta, Rua dos Pinheiros, Avenida Sete de Setembro, "
                       "Rua da Consolação, Rua Oscar Freire, Rua XV de Novembro, Rua Marechal Deodoro",
               cities="Curitiba PR Batel, Belo Horizonte MG Savassi, Recife PE Boa Viagem, "
                      "Porto Alegre RS Moinhos de Vento, Salvador BA Barra, Fortaleza CE Meireles, "
                      "Florianópolis SC Trindade, Campinas SP Cambuí"),
}
BIZ_CITIES = ("London, Paris, Frankfurt, Singapore, New York, Madrid, Milan, Amsterdam, Dubai, Tokyo, "
              "Chicago, "
              "Barcelona, Munich, Toronto, Sydney, Hamburg, Lisbon, Stockholm, Seoul, São Paulo, Berlin, "
              "Vienna, "
              "Zurich, Brussels, Dublin, Rome, Warsaw, Mumbai, Austin, Boston, Seattle, Atlanta, Denver, "
              "Shanghai, Rotterdam, Lyon, Geneva, Copenhagen, Oslo, Prague")

PHONES = {
    "US": "(&##) %##-####|&##-%##-####|&##.%##.####|+1 &## %## ####|+1 (&##) %##-####|&## %## ####|"
          "1-&##-%##-####|+1-&##-%##-####",
    "CA": "(&##) %##-####|&##-%##-####|+1 &## %## ####|+1 (&##) %##-####",
    "UK": "07### ######|+44 7### ######|+44 (0)7### ######|0113 ### ####|+44 20 7### ####|0161 ### ####|"
          "07###-######",
    "IE": "08# ### ####|+353 8# ### ####|(01) ### ####|+353 1 ### ####",
    "AU": "04## ### ###|+61 4## ### ###|(02) 9### ####|+61 3 9### ####",
    "IN": "+91-9#########|+91 9#### #####|9#### #####|09#########|+91 7#### #####|+91 80 #### ####",
    "DE": "+49 17# #######|015# #######|01##/#######|+49 (0)30 ### ####|0221 ######|+49 151 ########|"
          "0176-########",
    "AT": "+43 66# #######|066# #######|+43 1 ### ## ##|0664/#######",
    "CH": "+41 7% ### ## ##|07% ### ## ##|+41 44 ### ## ##|+41 (0)7% ### ## ##",
    "FR": "06 ## ## ## ##|07 ## ## ## ##|+33 6 ## ## ## ##|+33 (0)7 ## ## ## ##|01.##.##.##.##|06########|"
          "04 7# ## ## ##",
    "BE": "+32 47# ## ## ##|047# ## ## ##|049# ## ## ##|+32 2 ### ## ##",
    "ES": "6## ### ###|+34 6## ## ## ##|+34 6########|91 ### ## ##|+34 93 ### ## ##|7## ## ## ##",
    "MX": "+52 55 #### ####|55 #### ####|+52 1 33 #### ####|(81) ####-####|33 ####-####",
    "IT": "+39 3## ### ####|3## #######|3##-#######|06 #### ####|+39 02 ########|+39 3##/#######",
    "NL": "06-########|06 ########|+31 6 ########|+31 (0)6 ## ## ## ##|020-### ####|+31 30 ### ####",
    "PT": "+351 9## ### ###|9## ### ###|21# ### ###|+351 22# ### ###",
    "BR": "(11) 9####-####|+55 11 9####-####|(21) 9####-####|+55 (31) 9####-####|11 9#### ####|"
          "(41) 9####-####",
}
IBAN_SPECS = {"DE": "#" * 18, "AT": "#" * 16, "CH": "#" * 17, "FR": "#" * 23, "BE": "#" * 12, "ES": "#" * 20,
              "IT": "A" + "#" * 22, "NL": "AAAA" + "#" * 10, "PT": "#" * 21, "GB": "AAAA" + "#" * 14,
              "IE": "AAAA" + "#" * 14, "BR": "#" * 23 + "C1"}
IBAN_BANKS = {"NL": "ABNA, RABO, INGB, TRIO, SNSB, KNAB", "GB": "BARC, LOYD, NWBK, HBUK, MIDL, SRLG",
              "IE": "AIBK, BOFI, IPBS, ULSB"}
LANG_IBAN = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}
MAIL_DOMAINS = {
    "US": "gmail.com, yahoo.com, outlook.com, icloud.com, hotmail.com, aol.com, proton.me, comcast.net",
    "CA": "gmail.com, shaw.ca, outlook.com, videotron.ca, yahoo.ca, rogers.com",
    "UK": "gmail.com, btinternet.com, yahoo.co.uk, outlook.com, hotmail.co.uk, sky.com",
    "IE": "gmail.com, eircom.net, outlook.ie, hotmail.com", "AU": "gmail.com, bigpond.com, outlook.com.au, "
                                                              "optusnet.com.au",
    "IN": "gmail.com, rediffmail.com, yahoo.co.in, outlook.com",
    "DE": "gmx.de, web.de, t-online.de, gmail.com, posteo.de, freenet.de", "AT": "gmx.at, aon.at, chello.at, "
                                                                             "gmail.com",
    "CH": "bluewin.ch, gmx.ch, sunrise.ch, gmail.com", "FR": "orange.fr, free.fr, laposte.net, gmail.com, "
                                                             "sfr.fr, "
                                                             "wanadoo.fr",
    "BE": "skynet.be, telenet.be, gmail.com, proximus.be", "ES": "gmail.com, hotmail.es, telefonica.net, "
                                                                 "yahoo.es, "
                                                                 "outlook.es",
    "MX": "gmail.com, hotmail.com, prodigy.net.mx, outlook.com", "IT": "libero.it, virgilio.it, gmail.com, "
                                                                       "tiscali.it, alice.it",
    "NL": "ziggo.nl, kpnmail.nl, gmail.com, hotmail.nl, xs4all.nl", "PT": "sapo.pt, gmail.com, clix.pt, "
                                                                          "netcabo.pt",
    "BR": "gmail.com, uol.com.br, bol.com.br, terra.com.br, hotmail.com",
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
DATE_FORMATS = {
    "en": "{M} {d}, {Y}|{d} {M} {Y}|{m2}/{d2}/{Y}|{m}/{d}/{y}|{Y}-{m2}-{d2}|{d2}-{Mon}-{Y}|{d2}/{m2}/{Y}|"
          "{Mon} {d} {Y}",
    "de": "{d2}.{m2}.{Y}|{d}. {M} {Y}|{Y}-{m2}-{d2}|{d}.{m}.{y}|{d2}.{m2}.{y}",
    "fr": "{d2}/{m2}/{Y}|{d} {M} {Y}|{d2}.{m2}.{Y}|{Y}-{m2}-{d2}",
    "es": "{d2}/{m2}/{Y}|{d} de {M} de {Y}|{d2}-{m2}-{Y}|{d}/{m}/{y}",
    "it": "{d2}/{m2}/{Y}|{d} {M} {Y}|{d2}.{m2}.{Y}|{d2}-{m2}-{Y}",
    "nl": "{d2}-{m2}-{Y}|{d} {M} {Y}|{d2}/{m2}/{Y}|{Y}-{m2}-{d2}",
    "pt": "{d2}/{m2}/{Y}|{d} de {M} de {Y}|{d2}-{m2}-{Y}",
}


def _digits(rng: random.Random, pattern: str) -> str:
    """'#' any digit, '%' 2-9, '!' 1-9, '&' an area-code lead (2-7 or 9), 'A' an upper-case letter, other
    characters
    as written."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "%":
            out.append(rng.choice("23456789"))
        elif ch == "&":
            out.append(rng.choice("2345679"))
        elif ch == "!":
            out.append(rng.choice("123456789"))
        elif ch == "A":
            out.append(rng.choice(string.ascii_uppercase))
        else:
            out.append(ch)
    return "".join(out)


def _luhn_complete(partial: str) -> str:
    """``partial`` plus the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return partial + str((10 - total % 10) % 10)


def card_number(rng: random.Random) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "amex":
        n = _luhn_complete(rng.choice(["34", "37"]) + _digits(rng, "#" * 12))
        sep = rng.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    prefix = {"visa": "4", "mc": rng.choice(["51", "52", "53", "54", "55"]),
              "mc2": str(rng.randint(2221, 2720)),
              "disc": "6011"}[brand]
    n = _luhn_complete(prefix + _digits(rng, "#" * (15 - len(prefix))))
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def iban(rng: random.Random, cc: str) -> str:
    spec = IBAN_SPECS[cc]
    if cc in IBAN_BANKS:
        bank = rng.choice([b.strip() for b in IBAN_BANKS[cc].split(",")])
        bban = bank + _digits(rng, spec[4:])
    else:
        bban = _digits(rng, spec)
    moved = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    raw = f"{cc}{check:02d}{bban}"
    if rng.random() < 0.7:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    sep = rng.choices(["-", " ", ""], [6, 2, 2])[0]
    return sep.join([a, g, s])


def ipv4(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice([f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 250)}",
                           f"10.{rng.randint(0, 60)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}"])
    first = rng.choice([23, 31, 37, 46, 62, 78, 81, 84, 88, 91, 95, 109, 151, 176, 185, 188, 193, 203, 212,
                        217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02:8108", "2001:16b8", "2a01:cb00", "2604:3d08", "2a00:23c5", "2003:e4"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(8 - len(head.split(":")))]
    if rng.random() < 0.4:
        return head + "::" + ":".join(groups[-2:])
    return head + ":" + ":".join(groups)


# ---------------------------------------------------------------------------------------------------------
# Secrets: vendors' formats with random bodies, chosen passwords and passphrases, key blocks.
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64url(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


PASS_WORDS = ("copper, lantern, river, seven, walnut, harbor, violet, glacier, pepper, anchor, meadow, "
              "thunder, saddle, marble, orchid, falcon, cobalt, willow, ember, basket, tundra, quartz, "
              "pickle, lagoon, velvet, summit, badger, crimson, nectar, pylon, raven, juniper, sonnet, "
              "tractor, bramble, lilac, magnet, orbit, pebble, zephyr")
PASS_BASES = ("Sommer, Winter, Spring, Autumn, Herbst, Primavera, Verano, Estate, Zomer, Inverno, Bluebird, "
              "Sunshine, Dolphin, Kaffee, Chocolat, Mariposa, Girasole, Tulp, Saudade, Falcon, Pinguin, "
              "Soleil, Tesoro, Sneeuw, Laranja, Dragon, Mustang, Schatz, Doudou, Cielo")


def secret(rng: random.Random, kind: str, half: str) -> str:
    k = kind
    if k == "aws":
        return "AKIA" + _rand(rng, string.ascii_uppercase + "234567", 16)
    if k == "awssecret":
        return _rand(rng, ALNUM + "/+", 40)
    if k == "ghp":
        return "ghp_" + _rand(rng, ALNUM, 36)
    if k == "ghpat":
        head = _rand(rng, string.ascii_uppercase + string.digits, 20)
        return "github_pat_11" + head + "_" + _rand(rng, ALNUM,
                                                                                                      59)
    if k == "glpat":
        return "glpat-" + _rand(rng, URLSAFE, 20)
    if k == "slack":
        return f"xoxb-{_digits(rng, '#' * 12)}-{_digits(rng, '#' * 13)}-{_rand(rng, ALNUM, 24)}"
    if k == "slackhook":
        return (f"https://hooks.slack.com/services/T{_rand(rng, string.ascii_uppercase + string.digits, 8)}/"
                f"B{_rand(rng, string.ascii_uppercase + string.digits, 10)}/{_rand(rng, ALNUM, 24)}")
    if k == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + "51" + _rand(rng, ALNUM, rng.choice([30, 94]))
    if k == "openai":
        return "sk-proj-" + _rand(rng, URLSAFE, 74) + "T3BlbkFJ" + _rand(rng, URLSAFE, 74)
    if k == "anthropic":
        return "sk-ant-api03-" + _rand(rng, URLSAFE, 93) + "AA"
    if k == "google":
        return "AIza" + _rand(rng, URLSAFE, 35)
    if k == "sendgrid":
        return "SG." + _rand(rng, URLSAFE, 22) + "." + _rand(rng, URLSAFE, 43)
    if k == "twilio":
        return _rand(rng, "0123456789abcdef", 32)
    if k == "npm":
        return "npm_" + _rand(rng, ALNUM, 36)
    if k == "hf":
        return "hf_" + _rand(rng, string.ascii_letters, 34)
    if k == "shopify":
        return "shpat_" + _rand(rng, "0123456789abcdef", 32)
    if k == "mailgun":
        return "key-" + _rand(rng, "0123456789abcdef", 32)
    if k == "hex":
        return _rand(rng, "0123456789abcdef", 32)
    if k == "azurekey":
        return _rand(rng, ALNUM + "+/", 86) + "=="
    if k == "bearer":
        return _rand(rng, ALNUM, rng.choice([32, 40, 48]))
    if k == "jwt":
        head = _b64url({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
        body = _b64url({"sub": _rand(rng, "0123456789abcdef", 12), "iat": rng.randint(1_700_000_000,
                                                                                      1_760_000_000),
                        "scope": rng.choice(["read write", "admin", "api"])})
        return f"{head}.{body}.{_rand(rng, URLSAFE, 43)}"
    if k == "pem":
        kind_word = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
        lines = [_rand(rng, ALNUM + "+/", 64) for _ in range(rng.randint(4, 7))]
        lines.append(_rand(rng, ALNUM + "+/", rng.randint(10, 60)) + "=")
        return f"-----BEGIN {kind_word}-----\n" + "\n".join(lines) + f"\n-----END {kind_word}-----"
    if k == "pin":
        return _digits(rng, "#" * rng.choice([4, 4, 6]))
    if k == "phrase":
        words = _split(PASS_WORDS, half)
        return rng.choice(["-", " ", "_", "."]).join(rng.sample(words, rng.choice([3, 4, 4])))
    if k == "pw":
        style = rng.randint(0, 3)
        bases = _split(PASS_BASES, half)
        if style == 0:
            return rng.choice(bases) + str(rng.randint(2016, 2026)) + rng.choice("!#$?*")
        if style == 1:
            return rng.choice(bases) + rng.choice("@#_.") + _digits(rng, "####")
        if style == 2:
            return _rand(rng, ALNUM + "!$%&*#@", rng.randint(12, 18))
        b = rng.choice(bases)
        leet = b[1:].replace("o", "0").replace("a", "@").replace("e", "3")
        return b[0].lower() + leet + _digits(rng, "##") + "!"
    raise KeyError(kind)


# ---------------------------------------------------------------------------------------------------------
# Words that are no personal data: fictional firms, firms and things named after people, products, roles.
COMPANIES = ("Brightwater Logistics, Kestrel Analytics, Ironbridge Components, Copperleaf Foods, "
             "Northgate Insurance, "
             "Bluepeak Software, Stonebrook Facilities, Harbourline Freight, Clearfield Energy, Redfern "
             "Media, "
             "Silverline Telecom, Oakmoor Pharma, Tidewater Marine, Granite Peak Capital, Aldercrest Retail, "
             "Lumenfield Systems, Westvale Hospitality, Quarrystone Construction, Fernhill Dental Group, "
             "Saltmarsh Biotech, Cobaltis Cloud, Riverbend Health, Amberline Textiles, Skyloft Travel, "
             "Peakhurst Legal, Marlowe Street Bakery Supplies, Greyfinch Security, Larchwood Furniture, "
             "Nordlicht Solar, Valdemoro Logística, Brume & Fils, Torrefazione Aurora, Stellaris Payroll, "
             "Vinkbouw Installaties, Atalaia Seguros, Hohenfels Maschinenbau, Ardoise Conseil, Ventisca "
             "Viajes")
FIRMS_NAMED_AFTER_PEOPLE = ("Johnson & Johnson, Procter & Gamble, Ernst & Young, Mercedes-Benz, Ferrari, "
                            "Ford, Dell, "
                            "Hewlett Packard Enterprise, Siemens, Bosch, Porsche, Philips, Michelin, "
                            "Peugeot, "
                            "Louis Vuitton, Chanel, Hermès, Boeing, McDonald's, Kellogg's, Heineken, "
                            "Disney, Bayer, "
                            "Deloitte, McKinsey, Goldman Sachs, Morgan Stanley, Marriott, Hilton, "
                            "Barclays, Adidas, "
                            "Benetton, Prada, Citroën, Renault, Zeiss, Miele, Henkel, Schindler, Dyson, "
                            "Marks & Spencer, Wells Fargo, Charles Schwab, Ben & Jerry's, Lamborghini, "
                            "Cartier, "
                            "Tiffany & Co., Guinness")
EPONYMS = ("the Turing test, a Gaussian blur, Bayesian inference, a Kalman filter, Dijkstra's algorithm, "
           "the Fourier transform, a Markov chain, the Pareto principle, Levenshtein distance, a Poisson "
           "distribution, "
           "Euclidean distance, Newton's method, a Hamming code, Huffman coding, the Nash equilibrium, a "
           "Gantt chart, "
           "the Doppler effect, the Fibonacci sequence, Bézier curves, a Bloom filter, a Venn diagram, "
           "the Gini coefficient, a Fermi estimate, a Weibull distribution, Murphy's law, Occam's razor, "
           "Keynesian economics, the Jacobian matrix, Cartesian coordinates, Schrödinger's cat, "
           "Conway's law, the Dunning-Kruger effect, Moore's law, Hofstede's dimensions, the Kelvin scale, "
           "a Laplace transform, Amdahl's law, Brooks's law, a Pearson correlation, Student's t-test")
PRODUCTS = ("Jira, Confluence, Salesforce Sales Cloud, SAP S/4HANA, Workday, ServiceNow, Zendesk, HubSpot, "
            "Power BI, Tableau, Snowflake, Databricks, Figma, Miro, Notion, Asana, Monday.com, Slack, "
            "Microsoft Teams, Okta, Datadog, Grafana, Kubernetes, Terraform, GitLab CI, Jenkins, Airflow, "
            "Looker, Dynamics 365, NetSuite, Xero, QuickBooks, Intercom, Freshdesk, Twilio Flex, Zuora")
JOBS = {
    "en": "Head of Procurement, Senior Data Engineer, VP Sales EMEA, Customer Success Manager, Payroll "
          "Specialist, "
          "Site Reliability Engineer, Talent Acquisition Partner, Finance Controller, Product Owner, "
          "Claims Handler, Account Executive, Facilities Coordinator, Office Manager, Staff Accountant, "
          "Security Analyst, Operations Lead, Chief of Staff, Regional Sales Director, QA Lead, "
          "Compliance Officer",
    "de": "Teamleiterin Einkauf, Sachbearbeiter Personal, Leiter Vertrieb DACH, Buchhalterin, Projektleiter, "
          "Werkstudentin Marketing, Systemadministrator, Kundenberaterin",
    "fr": "Responsable RH, Chef de projet, Directrice commerciale, Comptable, Chargé de clientèle, "
          "Assistante de direction, Ingénieur DevOps, Responsable achats",
    "es": "Jefa de compras, Responsable de RR. HH., Técnico de soporte, Directora financiera, "
          "Gestor de cuentas, Administrativo, Coordinadora de logística, Analista de datos",
    "it": "Responsabile acquisti, Impiegata amministrativa, Direttore commerciale, Tecnico IT, "
          "Addetta paghe, Project manager, Responsabile qualità, Consulente",
    "nl": "Teamleider inkoop, HR-adviseur, Accountmanager, Financieel controller, Servicedesk medewerker, "
          "Projectleider, Office manager, Data-analist",
    "pt": "Gerente de compras, Analista de RH, Diretora financeira, Técnico de suporte, Gestor de contas, "
          "Assistente administrativa, Coordenador de logística, Engenheira de dados",
}
TEAMS = ("Project Falcon, Blue Heron, Operation Nightingale, Atlas, Phoenix, Northstar, Kingfisher, "
         "Tangerine, "
         "Red Kite, Granite, Lighthouse, Driftwood, Moonshot, Cormorant, Aurora, Silverback, Ironclad, "
         "Sandpiper, "
         "Polaris, Bluefin")
PLACEHOLDER_KEYS = ("<API_KEY>, YOUR_API_KEY_HERE, sk-xxxxxxxxxxxxxxxxxxxxxxxx, changeme, ${DB_PASSWORD}, "
                    "{{ secrets.STRIPE_KEY }}, <your-token>, ********, REPLACE_ME, $GITHUB_TOKEN, "
                    "xxxx-xxxx-xxxx, "
                    "<password>, %API_TOKEN%, os.environ['OPENAI_API_KEY'], process.env.SENDGRID_KEY, "
                    "<redacted>, dummy-secret, ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX, TODO_SET_ME, "
                    "${{ secrets.AWS_SECRET_ACCESS_KEY }}")
CURRENCY = {"en": ("$", "£", "€"), "de": ("€",), "fr": ("€",), "es": ("€", "MXN "), "it": ("€",),
            "nl": ("€",),
            "pt": ("€", "R$ ")}
HOTLINES = {
    "en": "1-800-%##-####|0800 ### ####|1-888-%##-####|0345 ### ####|1300 ### ###",
    "de": "0800 ### ####|0180 # ## ## ##|0800 #######", "fr": "0 800 ## ## ##|0 969 ## ## ##|09 69 ## ## ##",
    "es": "900 ### ###|902 ### ###", "it": "800 ### ###|199 ### ###", "nl": "0800-####|0900-#######",
    "pt": "800 ### ###|0800 ### ####",
}
ROOMS = ("Room 4.12, Boardroom B, Sala Mistral, Raum 2.07, Salle Everest, Zaal Rembrandt, Sala Tejo, "
         "Room Kilimanjaro, Meeting Room 3, Raum Zugspitze, Salle Mont-Blanc, Huddle 5")
TICKET_PREFIXES = "OPS, PAY, CRM, HR, SEC, INFRA, WEB, DATA, BILL, MOB, PLAT, SUP"


def _date(rng: random.Random, lang: str, start: int, end: int) -> str:
    y = rng.randint(start, end)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30)
    months = MONTHS[lang].split()
    fmt = rng.choice(DATE_FORMATS[lang].split("|"))
    return fmt.format(Y=y, y=f"{y % 100:02d}", m=m, m2=f"{m:02d}", d=d, d2=f"{d:02d}", M=months[m - 1],
                      Mon=MONTHS["en"].split()[m - 1][:3])


class _Record:
    """The values of one record: people and other values are drawn once per slot name and reused."""

    def __init__(self, rng: random.Random, half: str, lang: str, country: str, people: dict):
        self.rng, self.half, self.lang, self.country, self.people = rng, half, lang, country, people
        self.cache: dict[str, tuple[str, str | None]] = {}
        self.persons: dict[str, Person] = {}

    # -- people -------------------------------------------------------------------------------------------
    def person(self, key: str) -> Person:
        if key not in self.persons:
            taken = {(p.given, p.family) for p in self.persons.values()}
            while True:
                p = self._new_person()
                if (p.given, p.family) not in taken and p.given not in {t[0] for t in taken}:
                    break
            self.persons[key] = p
        return self.persons[key]

    def _new_person(self) -> Person:
        rng = self.rng
        cultures, ws = _weights(COUNTRY_CULTURES[self.country])
        culture = rng.choices(cultures, ws)[0]
        c = self.people[culture]
        if "pairs" in c:
            given, family, female, script = rng.choice(c["pairs"])
            return Person(given, family, c["order"], female, self.country,
                          script if rng.random() < SCRIPT_SHARE else None)
        female = rng.random() < 0.5
        return Person(rng.choice(c["f" if female else "m"]), rng.choice(c["last"]), c["order"], female,
                      self.country)

    def person_value(self, p: Person, attr: str) -> tuple[str, str | None]:
        rng = self.rng
        if attr == "full":
            return (p.script or p.full), "PERSON"
        if attr == "first":
            return p.given, "PERSON"
        if attr == "last":
            return p.family, "PERSON"
        if attr == "lf":
            return f"{p.family}, {p.given}", "PERSON"
        if attr == "upper":
            return p.full.upper(), "PERSON"
        if attr == "lower":
            return p.full.lower(), "PERSON"
        if attr == "initial":
            return f"{p.given[0]}. {p.family}", "PERSON"
        if attr == "lastup":
            return f"{p.family.upper()} {p.given}", "PERSON"
        if attr == "hon":
            return rng.choice(HONORIFICS[self.lang][0 if p.female else 1]), None
        if attr == "email":
            g, f = _ascii(p.given.split(" ")[-1] if p.order == "lf" else p.given), _ascii(p.family)
            local = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}.{g}",
                                f"{g}_{f}",
                                f"{g}.{f}{rng.randint(70, 99)}", f"{g}{f[0]}"])
            domains = [d.strip() for d in MAIL_DOMAINS[p.country].split(",")]
            return f"{local}@{rng.choice(domains)}", "EMAIL_ADDRESS"
        if attr == "wemail":
            g, f = _ascii(p.given.split(" ")[-1] if p.order == "lf" else p.given), _ascii(p.family)
            local = rng.choice([f"{g}.{f}", f"{g[0]}.{f}", f"{g}.{f}", f"{f}"])
            return f"{local}@{self.value('domain')[0]}", "EMAIL_ADDRESS"
        if attr == "phone":
            return _digits(rng, rng.choice(PHONES[p.country].split("|"))), "PHONE_NUMBER"
        if attr == "addr":
            return address(rng, self.half, p.country, multiline=False), "LOCATION"
        if attr == "addrml":
            return address(rng, self.half, p.country, multiline=True), "LOCATION"
        if attr == "city":
            return residence_city(rng, self.half, p.country), "LOCATION"
        if attr == "dob":
            return _date(rng, self.lang, 1952, 2004), "DATE_OF_BIRTH"
        if attr == "ssn":
            return ssn(rng), "US_SSN"
        if attr == "card":
            return card_number(rng), "CREDIT_CARD"
        if attr == "iban":
            cc = {"UK": "GB"}.get(p.country, p.country)
            return iban(rng, cc if cc in IBAN_SPECS else LANG_IBAN[self.lang]), "IBAN_CODE"
        if attr == "ip":
            return ipv4(rng), "IP_ADDRESS"
        if attr == "ipsix":
            return ipv6(rng), "IP_ADDRESS"
        if attr == "job":
            return rng.choice(_split(JOBS[self.lang], self.half)), None
        raise KeyError(attr)

    # -- every slot -----------------------------------------------------------------------------------------
    def value(self, key: str) -> tuple[str, str | None]:
        if key not in self.cache:
            self.cache[key] = self._draw(key)
        return self.cache[key]

    def _draw(self, key: str) -> tuple[str, str | None]:
        rng, half = self.rng, self.half
        if m := re.fullmatch(r"(p\d)\.(\w+)", key):
            return self.person_value(self.person(m.group(1)), m.group(2))
        if key.startswith("sec."):
            return secret(rng, re.sub(r"\d+$", "", key[4:]), half), "SECRET"
        name, _, arg = key.partition(":")
        name = re.sub(r"\d+$", "", name)
        if name == "ip":
            return ipv4(rng), "IP_ADDRESS"
        if name == "n":
            lo, hi = arg.split("-")
            return str(rng.randint(int(lo), int(hi))), None
        return self._plain(name, arg), None

    def _plain(self, name: str, arg: str) -> str:
        rng, half, lang = self.rng, self.half, self.lang
        if name == "company":
            return rng.choice(_split(COMPANIES, half))
        if name == "domain":
            base = re.sub(r"[^a-z]", "", _ascii(self.value("company")[0].split(" ")[0]))
            tld = {"US": "com", "UK": "co.uk", "DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be",
                   "ES": "es", "MX": "com.mx", "IT": "it", "NL": "nl", "PT": "pt", "BR": "com.br", "IN": "in",
                   "IE": "ie", "CA": "ca", "AU": "com.au"}[self.country]
            return f"{base}.{tld}"
        if name == "firm":
            return rng.choice(_split(FIRMS_NAMED_AFTER_PEOPLE, half))
        if name == "eponym":
            return rng.choice(_split(EPONYMS, half))
        if name == "product":
            return rng.choice(_split(PRODUCTS, half))
        if name == "bizcity":
            return rng.choice(_split(BIZ_CITIES, half))
        if name == "job":
            return rng.choice(_split(JOBS[lang], half))
        if name == "team":
            return rng.choice(_split(TEAMS, half))
        if name == "placeholder":
            return rng.choice(_split(PLACEHOLDER_KEYS, half))
        if name == "order":
            prefix = rng.choice(['ORD', 'SO', 'PO', 'BK'])
            return f"{prefix}-{rng.randint(2024, 2026)}-{_digits(rng, '######')}"
        if name == "invoice":
            return rng.choice(["INV-", "FA-", "RE-", "F"]) + _digits(rng, rng.choice(["20#####", "######"]))
        if name == "ticket":
            prefixes = [x.strip() for x in TICKET_PREFIXES.split(",")]
            return rng.choice([f"{rng.choice(prefixes)}-{rng.randint(100, 9999)}",
                               f"#{_digits(rng, '!#####')}",
                               f"INC{_digits(rng, '00######')}", f"CS-{_digits(rng, '######')}"])
        if name == "uuid":
            h = _rand(rng, "0123456789abcdef", 32)
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
        if name == "sha":
            return _rand(rng, "0123456789abcdef", 40)
        if name == "sha7":
            return _rand(rng, "0123456789abcdef", 7)
        if name == "ver":
            return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
        if name == "price":
            cur = rng.choice(CURRENCY[lang])
            whole, cents = rng.randint(9, 48000), rng.randint(0, 99)
            if lang == "en":
                return f"{cur}{whole:,}.{cents:02d}"
            return f"{whole:,}".replace(",", ".") + f",{cents:02d} {cur.strip()}"
        if name == "pct":
            return f"{rng.randint(1, 95)}.{rng.randint(0, 9)}%"
        if name == "date":
            return _date(rng, lang, 2025, 2026)
        if name == "time":
            return f"{rng.randint(7, 18):02d}:{rng.choice(['00', '15', '30', '45'])}"
        if name == "iso":
            return (f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
                    f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z")
        if name == "hotline":
            return _digits(rng, rng.choice(HOTLINES[lang].split("|")))
        if name == "host":
            return (f"{rng.choice(['api', 'db', 'web', 'worker', 'cache', 'etl', 'auth'])}-"
                    f"{rng.choice(['prod', 'stg', 'eu', 'use1'])}-{rng.randint(1, 12):02d}.internal")
        if name == "tracking":
            return rng.choice([f"1Z{_rand(rng, string.ascii_uppercase + string.digits, 16)}",
                               f"JJD{_digits(rng, '#' * 15)}", f"{_digits(rng, '#' * 12)}"])
        if name == "pnr":
            return _rand(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
        if name == "flight":
            airline = rng.choice(['LH', 'AF', 'IB', 'AZ', 'KL', 'TP', 'BA', 'UA', 'DL', 'LX', 'OS', 'FR'])
            return f"{airline} " \
                   f"{rng.randint(100, 9899)}"
        if name == "case":
            prefix = rng.choice(['CL', 'SIN', 'DOS', 'EXP', 'AZ'])
            return f"{prefix}-{rng.randint(2024, 2026)}/{_digits(rng, '#####')}"
        if name == "emp":
            return rng.choice(["E", "EMP-", "P", "MA-"]) + _digits(rng, "#####")
        if name == "sku":
            letters, digits = _rand(rng, string.ascii_uppercase, 3), _digits(rng, '####')
            return f"{letters}-{digits}-{rng.choice(['BK', 'WH', 'XL'])}"
        if name == "room":
            return rng.choice(_split(ROOMS, half))
        raise KeyError(name)


def residence_city(rng: random.Random, half: str, country: str) -> str:
    entry = rng.choice(_split(RES[country]["cities"], half))
    if country == "MX":
        return entry.split("/")[0]
    if country == "US":
        return " ".join(entry.split()[:-2])
    if country == "IN":
        return entry.split()[-2]
    if country == "BR":
        toks = entry.split()
        i = next(k for k, t in enumerate(toks) if len(t) == 2 and t.isupper())
        return " ".join(toks[:i])
    if country in ("UK", "IE", "CA", "AU", "IT", "DE", "FR", "ES", "NL", "PT", "AT", "CH", "BE"):
        toks = entry.split()
        keep = {"UK": -1, "IE": -1, "CA": -2, "AU": -2, "IT": -2, "DE": None}.get(country, -1)
        return " ".join(toks[:keep]) if keep else entry
    raise KeyError(country)


def address(rng: random.Random, half: str, country: str, multiline: bool) -> str:
    """A street address of ``country`` from this half's street and city pools (two lines when asked)."""
    spec = RES[country]
    street = rng.choice(_split(spec["streets"], half))
    entry = rng.choice(_split(spec["cities"], half))
    toks = entry.split()
    num = rng.randint(1, 240)
    nl = "\n" if multiline else ", "
    if country == "US":
        city, st, z3 = " ".join(toks[:-2]), toks[-2], toks[-1]
        apt = rng.choice(["", "", f" Apt {rng.randint(1, 30)}",
                          f" Unit {rng.randint(1, 12)}{rng.choice('AB')}"])
        sfx = rng.choice(_split(spec["sfx"], "dev") + _split(spec["sfx"], "test"))
        return f"{rng.randint(100, 9899)} {street} {sfx}{apt}{nl}{city}, {st} {z3}{_digits(rng, '##')}"
    if country == "UK":
        city, area = " ".join(toks[:-1]), toks[-1]
        sfx = rng.choice(_split(spec["sfx"], "dev") + _split(spec["sfx"], "test"))
        pc = f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{_rand(rng, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, "])
        return f"{flat}{num} {street} {sfx}{nl}{city} {pc}"
    if country == "IE":
        city, key = " ".join(toks[:-1]), toks[-1]
        return f"{num} {street}{nl}{city}, {key} {_rand(rng, 'ACDEFHKNPRTVWXY0123456789', 4)}"
    if country == "CA":
        city, prov, fsa = " ".join(toks[:-2]), toks[-2], toks[-1]
        sfx = rng.choice(_split(spec["sfx"], "dev") + _split(spec["sfx"], "test"))
        pc = f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
        return f"{rng.randint(10, 2999)} {street} {sfx}{nl}{city}, {prov} {pc}"
    if country == "AU":
        city, st, pc = " ".join(toks[:-2]), toks[-2], toks[-1]
        sfx = rng.choice(_split(spec["sfx"], "dev") + _split(spec["sfx"], "test"))
        unit = rng.choice(["", f"{rng.randint(1, 40)}/"])
        return f"{unit}{num} {street} {sfx}{nl}{city} {st} {pc}"
    if country == "IN":
        area, city, pin = " ".join(toks[:-2]), toks[-2], toks[-1]
        flat = f"Flat {rng.randint(1, 9)}0{rng.randint(1, 9)}"
        return (f"{flat}, {street}, {rng.randint(1, 18)}th Cross, {area}"
                f"{nl}{city} {pin}{_digits(rng, '##')}")
    if country in ("DE", "AT", "CH"):
        if country == "DE":
            city, plz = entry, _digits(rng, "!####")
        else:
            city, plz = " ".join(toks[:-1]), toks[-1] + _digits(rng, "##")
        sfx = rng.choice(_split(spec["sfx"], "dev") + _split(spec["sfx"], "test"))
        name = street if " " in street else street + sfx
        extra = rng.choice(["", "", "a", f"/{rng.randint(1, 9)}"]) if country != "CH" else ""
        return f"{name} {num}{extra}{nl}{plz} {city}"
    if country == "FR":
        city, dep = " ".join(toks[:-1]), toks[-1]
        bis = rng.choice(["", "", " bis", " ter"])
        return f"{num}{bis} {street}{nl}{dep}{rng.choice(['000', '100', '200', '300'])} {city}"
    if country == "BE":
        city, pc = " ".join(toks[:-1]), toks[-1]
        bus = rng.choice(["", "", f" bus {rng.randint(1, 12)}", f" boîte {rng.randint(1, 9)}"])
        return f"{street} {num}{bus}{nl}{pc} {city}"
    if country == "ES":
        city, pre = " ".join(toks[:-1]), toks[-1]
        floor = rng.choice(["", f", {rng.randint(1, 9)}º {rng.choice('ABCD')}",
                            f", {rng.randint(1, 6)}.º izda."])
        return f"{street} {num}{floor}{nl}{pre}{_digits(rng, '0##')} {city}"
    if country == "MX":
        city, state, col, pre = entry.split("/")
        return f"{street} {num}, Col. {col}{nl}{pre}{_digits(rng, '###')} {city}, {state}"
    if country == "IT":
        city, prov, pre = " ".join(toks[:-2]), toks[-2], toks[-1]
        return f"{street} {num}{nl}{pre}{_digits(rng, '##')} {city} ({prov})"
    if country == "NL":
        city, pre = " ".join(toks[:-1]), toks[-1]
        suffix = rng.choice(["", "", "-2", "A", " hs"])
        pc = f"{pre}{_digits(rng, '##')} {_rand(rng, 'ABCEGHJKLMNPRTVWXZ', 2)}"
        return f"{street} {num}{suffix}{nl}{pc} {city}"
    if country == "PT":
        city, pre = " ".join(toks[:-1]), toks[-1]
        floor = rng.choice(["", f", {rng.randint(1, 8)}.º Esq.", f", {rng.randint(1, 8)}.º Dto."])
        return f"{street} {num}{floor}{nl}{pre[:2]}{_digits(rng, '##')}-{_digits(rng, '###')} {city}"
    if country == "BR":
        i = next(k for k, t in enumerate(toks) if len(t) == 2 and t.isupper())
        city, st, bairro = " ".join(toks[:i]), toks[i], " ".join(toks[i + 1:])
        apto = rng.choice(["", f", apto {rng.randint(11, 184)}", f", casa {rng.randint(1, 4)}"])
        return f"{street}, {num}{apto} – {bairro}{nl}{city} – {st}, {_digits(rng, '#####-###')}"
    raise KeyError(country)


# ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Template:
    name: str
    lang: str
    genre: str
    text: str
    kind: str = "positive"
    neg_class: str | None = None
    country: str | None = None


def P(name: str, lang: str, genre: str, text: str, country: str | None = None) -> Template:
    return Template(name, lang, genre, text, country=country)


def N(name: str, lang: str, neg_class: str, text: str) -> Template:
    return Template(name, lang, "negative", text, kind="negative", neg_class=neg_class)


def render(t: Template, rng: random.Random, half: str, people: dict) -> tuple[str, list[dict], str]:
    """The template's text with its choices made and its slots filled, the spans of the labelled values and
    the country its people live in."""
    text = t.text
    while PICK.search(text):
        text = PICK.sub(lambda m: rng.choice(m.group(1).split("|")), text)
    country = t.country or rng.choices(*_weights(LANG_COUNTRIES[t.lang]))[0]
    rec = _Record(rng, half, t.lang, country, people)
    out: list[str] = []
    spans: list[dict] = []
    pos = length = 0
    for m in SLOT.finditer(text):
        literal = text[pos:m.start()]
        out.append(literal)
        length += len(literal)
        value, typ = rec.value(m.group(1))
        if typ:
            spans.append({"type": typ, "start": length, "end": length + len(value), "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans, country


def _deck(templates: list[Template], k: int, rng: random.Random) -> list[Template]:
    """``k`` templates in proportion to their language's weight (shared by that language's templates), every
    template as often as its quota allows (largest remainders), in a shuffled order."""
    per_lang: dict[str, int] = {}
    for t in templates:
        per_lang[t.lang] = per_lang.get(t.lang, 0) + 1
    w = [LANG_WEIGHT[t.lang] / per_lang[t.lang] for t in templates]
    total = sum(w)
    quotas = [k * x / total for x in w]
    counts = [int(q) for q in quotas]
    order = sorted(range(len(templates)), key=lambda i: (-(quotas[i] - counts[i]), i))
    for i in order[: k - sum(counts)]:
        counts[i] += 1
    deck = [t for t, c in zip(templates, counts, strict=True) for _ in range(c)]
    rng.shuffle(deck)
    return deck


def generate(half: str, n: int | None = None, seed: int | None = None) -> list[dict]:
    """``n`` records (default: the half's size) of one half, the same for the same half, n and seed."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    n = SIZES[half] if n is None else n
    seed = DEFAULT_SEED if seed is None else seed
    rng = random.Random(f"corpus9/{half}/{seed}")
    templates = TEMPLATES[half]
    n_neg = round(n * NEG_SHARE)
    negs = _deck([t for t in templates if t.kind == "negative"], n_neg, rng)
    poss = _deck([t for t in templates if t.kind == "positive"], n - n_neg, rng)
    plan = negs + poss
    rng.shuffle(plan)
    people = _people(half)
    records = []
    for i, t in enumerate(plan):
        rrng = random.Random(f"corpus9/{half}/{seed}/{i}/{t.name}")
        text, spans, country = render(t, rrng, half, people)
        meta = {"source": "corpus9", "half": half, "template": f"c9-{half}-{t.name}", "lang": t.lang,
                "genre": t.genre, "kind": t.kind}
        if t.neg_class:
            meta["neg_class"] = t.neg_class
        else:
            meta["country"] = country  # where the record's people live
        records.append({"id": f"c9-{half}-{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, "Write one half of corpus 9 (realistic work prompts) as JSONL.", DEFAULT_SEED,
                      argv)


# ---------------------------------------------------------------------------------------------------------
# dev templates (may be read and tuned on)
DEV = [
    P("ticket-refund", "en", "support_ticket", """\
⟪Summarise this ticket and draft a polite reply|Can you write a short answer to this customer? Keep it under \
120 words|Classify this ticket (billing / shipping / other) and suggest next steps⟫:

Ticket ⟦ticket⟧ — opened via web form
From: ⟦p1.full⟧ <⟦p1.email⟧>
Phone: ⟦p1.phone⟧
Order: ⟦order⟧

Hi, I was charged twice for my order and the second charge still shows on my card ⟦p1.card⟧. I called \
your hotline on ⟦date⟧ and was told it would be reversed within 5 days, nothing happened. Please refund \
⟦price⟧ asap.
Thanks, ⟦p1.first⟧"""),
    P("thread-reschedule", "en", "email_thread", """\
Rewrite my reply below so it sounds more professional, keep the thread as context.

My draft: hey ⟦p2.first⟧ sorry, thursday doesn't work anymore, can we push to next week? loop in ⟦p3.full⟧ too

---------- Forwarded thread ----------
On ⟦date⟧ at ⟦time⟧, ⟦p2.full⟧ <⟦p2.wemail⟧> wrote:
> Hi ⟦p1.first⟧,
> Following up on the renewal with ⟦company⟧. Could we meet Thursday ⟦time2⟧ in ⟦room⟧?
> Best,
> ⟦p2.full⟧
> ⟦p2.job⟧ | ⟦company⟧
> Mobile: ⟦p2.phone⟧

--
⟦p1.full⟧
⟦p1.job⟧
⟦p1.wemail⟧ · ⟦p1.phone⟧"""),
    P("hr-leave", "en", "hr_note", """\
Please turn these HR notes into a neutral summary for the file (no medical details beyond what's needed).

Employee: ⟦p1.lf⟧ (ID ⟦emp⟧)
DOB: ⟦p1.dob⟧
Home address: ⟦p1.addr⟧
Manager: ⟦p2.full⟧
Notes: ⟦p1.first⟧ called in on ⟦date⟧, signed off for 3 weeks by the GP. Spoke with ⟦p2.hon⟧ ⟦p2.last⟧ about \
cover; ⟦p3.full⟧ will take over the payroll run. Return-to-work meeting booked for ⟦date2⟧. Emergency \
contact on file: ⟦p4.full⟧, ⟦p4.phone⟧."""),
    P("perf-bullets", "en", "performance_review", """\
turn my rough notes into a performance review paragraph for each person, constructive tone

- ⟦p1.lower⟧: great on the ⟦team⟧ migration, misses standups, needs to document more
- ⟦p2.lower⟧ – strong with customers, ⟦p2.first⟧ should lead the Q3 renewals
- ⟦p3.initial⟧: new joiner, steep learning curve, pair with ⟦p1.first⟧
- ⟦p4.upper⟧ (contractor): output fine, ends ⟦date⟧"""),
    P("crm-csv", "en", "crm_export", """\
Clean up this CRM export: fix capitalisation, split the name column into first/last, flag duplicates. \
Return CSV.

name,email,phone,account_hq,account,stage
⟦p1.lower⟧,⟦p1.email⟧,⟦p1.phone⟧,⟦bizcity⟧,⟦company⟧,Negotiation
"⟦p2.lf⟧",⟦p2.email⟧,⟦p2.phone⟧,⟦bizcity2⟧,⟦company2⟧,Closed Won
⟦p3.upper⟧,⟦p3.email⟧,⟦p3.phone⟧,⟦bizcity⟧,⟦company⟧,Discovery
⟦p1.full⟧,⟦p1.email⟧,,⟦bizcity⟧,⟦company⟧,Negotiation"""),
    P("json-user", "en", "json_export", """\
Why does our validator reject this payload? It says "invalid address object".

{
  "id": "⟦uuid⟧",
  "name": "⟦p1.full⟧",
  "email": "⟦p1.email⟧",
  "phone": "⟦p1.phone⟧",
  "dob": "⟦p1.dob⟧",
  "address": "⟦p1.addr⟧",
  "last_login_ip": "⟦p1.ip⟧",
  "plan": "pro",
  "created": "⟦iso⟧"
}"""),
    P("minutes", "en", "meeting_minutes", """\
Make action items from these minutes as a table (owner, task, due).

Weekly ops sync — ⟦date⟧
Attendees: ⟦p1.full⟧, ⟦p2.full⟧, ⟦p3.lf⟧, ⟦p4.full⟧ (guest from ⟦company⟧)
Apologies: ⟦p5.full⟧

1. Warehouse move: ⟦p2.first⟧ confirms the lease; ⟦p1.last⟧ to get three quotes by ⟦date2⟧.
2. ⟦p4.first⟧ presented the ⟦product⟧ rollout, ⟦p3.first⟧ worried about training load.
3. AOB: ⟦p5.first⟧'s farewell lunch, ⟦p2.first⟧ organises."""),
    P("incident-logs", "en", "incident_report", """\
Write a short incident report (timeline, impact, root cause) from these logs. Audience: management.

⟦iso⟧ WARN auth-svc login failed user=⟦p1.email⟧ src=⟦p1.ip⟧ attempts=5
⟦iso2⟧ WARN auth-svc login failed user=⟦p1.email⟧ src=⟦ip2⟧ attempts=6
⟦iso3⟧ INFO auth-svc account locked user=⟦p1.email⟧
⟦iso4⟧ ERROR billing-worker retry 3/3 POST /v1/charges Authorization: Bearer ⟦sec.stripe⟧
⟦iso5⟧ INFO support ⟦p2.full⟧ unlocked account after call with customer (callback ⟦p1.phone⟧)
deploy ⟦sha7⟧ (v⟦ver⟧) rolled back by ⟦p3.email⟧"""),
    P("env-debug", "en", "code_config", """\
My app can't connect to the database in staging, here's my .env and the error. What's wrong?

```
NODE_ENV=staging
DATABASE_URL=postgres://app_rw:⟦sec.pw⟧@⟦host⟧:5432/orders
REDIS_URL=redis://⟦host2⟧:6379/0
STRIPE_SECRET_KEY=⟦sec.stripe⟧
SENDGRID_API_KEY=⟦sec.sendgrid⟧
ADMIN_EMAIL=⟦p1.wemail⟧
```

Error: `getaddrinfo ENOTFOUND ⟦host⟧` after upgrading to v⟦ver⟧"""),
    P("sql-rows", "en", "sql", """\
Write a migration that moves these rows into the new `customers_v2` table (first_name, last_name, email, \
ssn_hash). Here are sample rows:

INSERT INTO customers (id, first_name, last_name, email, ssn, dob) VALUES
(1042, '⟦p1.first⟧', '⟦p1.last⟧', '⟦p1.email⟧', '⟦p1.ssn⟧', '⟦p1.dob⟧'),
(1043, '⟦p2.first⟧', '⟦p2.last⟧', '⟦p2.email⟧', '⟦p2.ssn⟧', '⟦p2.dob⟧'),
(1044, '⟦p3.first⟧', '⟦p3.last⟧', '⟦p3.email⟧', NULL, NULL);""", country="US"),
    P("invoice", "en", "invoice", """\
Check this invoice for errors (VAT, totals) before I send it.

INVOICE ⟦invoice⟧ — ⟦date⟧
From: ⟦company⟧, ⟦bizcity⟧
Bill to: ⟦p1.full⟧
⟦p1.addrml⟧
Consulting, 12 h × ⟦price⟧
Total due: ⟦price2⟧ (net 30)
Pay to IBAN ⟦p2.iban⟧ (account holder ⟦p2.full⟧)
Questions: ⟦p2.wemail⟧"""),
    P("medical-referral", "en", "medical_letter", """\
Simplify this referral letter for the patient (plain English, 6th grade level).

Dear ⟦p2.hon⟧ ⟦p2.last⟧,
Re: ⟦p1.full⟧, DOB ⟦p1.dob⟧, ⟦p1.addr⟧, tel. ⟦p1.phone⟧
I would be grateful if you could see this ⟦n:34-71⟧-year-old patient with recurrent migraines despite \
propranolol. MRI on ⟦date⟧ unremarkable.
Kind regards,
⟦p3.hon⟧ ⟦p3.full⟧"""),
    P("claim-form", "en", "insurance_claim", """\
Fill the missing fields of this claim summary and list what documents we still need.

Claim no.: ⟦case⟧
Policyholder: ⟦p1.upper⟧
Date of birth: ⟦p1.dob⟧
Address: ⟦p1.addr⟧
Phone: ⟦p1.phone⟧ / e-mail: ⟦p1.email⟧
Incident: rear-end collision on ⟦date⟧, other driver ⟦p2.full⟧ (tel ⟦p2.phone⟧)
Payout account: ⟦p1.iban⟧"""),
    P("recruit-notes", "en", "recruiting", """\
Summarise the interview notes into a hiring recommendation (3 bullets each).

Candidate 1: ⟦p1.full⟧ — ⟦p1.email⟧ — ⟦p1.phone⟧, lives in ⟦p1.city⟧, open to relocate to ⟦bizcity⟧.
Interviewed by ⟦p3.first⟧ and me. Solid SQL, weak on system design. Notice period 2 months.

Candidate 2: ⟦p2.lf⟧ (referred by ⟦p4.full⟧), based in ⟦p2.city⟧, ⟦p2.email⟧.
Great communicator, ⟦p3.first⟧ thinks she's more of a ⟦job⟧ profile."""),
    P("chat-agent", "en", "customer_chat", """\
Review this chat: did the agent follow our PCI policy? What should they have done?

[⟦time⟧] Agent ⟦p2.first⟧: Hi, thanks for contacting ⟦company⟧ support!
[⟦time⟧] Customer: hi its ⟦p1.lower⟧, my payment keeps failing
[⟦time⟧] Agent ⟦p2.first⟧: Sorry to hear that ⟦p1.first⟧. Can you confirm the card?
[⟦time⟧] Customer: ⟦p1.card⟧ exp 09/27
[⟦time⟧] Customer: and my email is ⟦p1.email⟧
[⟦time⟧] Agent ⟦p2.first⟧: thanks, I've passed it to billing (ref ⟦ticket⟧)"""),
    P("calendar", "en", "calendar_invite", """\
Translate this invite into German and keep the formatting.

Subject: Quarterly business review — ⟦company⟧
When: ⟦date⟧ ⟦time⟧–⟦time2⟧ (CET)
Where: ⟦room⟧ / Teams
Organizer: ⟦p1.full⟧ <⟦p1.wemail⟧>
Required: ⟦p2.wemail⟧; ⟦p3.wemail⟧; ⟦p4.email⟧
Dial-in: ⟦hotline⟧, conference ID ⟦n:100000-999999⟧#
Agenda: pipeline, ⟦team⟧ status, hiring"""),
    P("shipping-label", "en", "shipping", """\
Our courier rejected this label. Reformat the address so it passes their validator.

SHIP TO:
⟦p1.upper⟧
⟦p1.addrml⟧
Tel: ⟦p1.phone⟧
Tracking: ⟦tracking⟧ · Order ⟦order⟧ · ⟦n:1-4⟧ parcels"""),
    P("travel-pnr", "en", "travel_booking", """\
Put this booking into a clean itinerary for my manager.

Booking ref ⟦pnr⟧
Passengers: ⟦p1.last⟧/⟦p1.first⟧, ⟦p2.upper⟧
Contact: ⟦p1.email⟧, ⟦p1.phone⟧
⟦flight⟧ ⟦date⟧ dep ⟦time⟧ arr ⟦time2⟧, seat 14C
Passenger DOB (required by airline): ⟦p1.dob⟧ / ⟦p2.dob⟧
Hotel: ⟪Park Inn Airport|Hotel Continental|Grand Hotel Esplanade|Ibis Centre⟫, confirmation \
⟦n:10000000-99999999⟧"""),
    P("py-hardcoded", "en", "code_config", """\
Refactor this script to read credentials from the environment instead of hardcoding them.

```python
import boto3

# TODO(⟦p1.first⟧): rotate before go-live, ask ⟦p2.full⟧ for the new ones
AWS_ACCESS_KEY_ID = "⟦sec.aws⟧"
AWS_SECRET_ACCESS_KEY = "⟦sec.awssecret⟧"
NOTIFY = ["⟦p1.wemail⟧", "⟦p2.wemail⟧"]

s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID,
                  aws_secret_access_key=AWS_SECRET_ACCESS_KEY, region_name="eu-west-1")
```"""),
    P("tenancy-letter", "en", "legal_letter", """\
Proofread this letter to my tenant and make the tone firmer.

⟦p1.full⟧
⟦p1.addrml⟧

⟦date⟧

Dear ⟦p2.hon⟧ ⟦p2.last⟧,
Re: ⟦p2.addr⟧
Rent for the last two months (⟦price⟧) remains unpaid. Please transfer it to ⟦p1.iban⟧ within 14 days \
or I will have to involve my solicitor, ⟦p3.full⟧ of ⟦company⟧ (⟦p3.wemail⟧).
Yours sincerely,
⟦p1.full⟧"""),
    P("payroll-ssn", "en", "hr_payroll", """\
Draft an email to payroll asking them to update this employee record; make it concise.

Name: ⟦p1.full⟧
SSN: ⟦p1.ssn⟧
Date of birth: ⟦p1.dob⟧
New address: ⟦p1.addr⟧
Phone: ⟦p1.phone⟧
Effective ⟦date⟧, approved by ⟦p2.full⟧ (⟦p2.job⟧)""", country="US"),
    P("it-password-prose", "en", "it_helpdesk", """\
Can you rewrite this message to IT so it's clearer? Don't change the facts.

hi, this is ⟦p1.full⟧ from accounts. my laptop got reimaged and now outlook won't sign in. \
my old password was ⟦sec.pw⟧ and the temp one ⟦p2.first⟧ gave me on the phone is ⟦sec.pw2⟧ but neither \
works. I'm at my desk all day, ext 4471, or mobile ⟦p1.phone⟧. wifi in meeting room says the key is \
⟦sec.phrase⟧?? thanks"""),
    P("vpn-audit", "en", "incident_report", """\
Which of these VPN sessions look suspicious? Explain briefly.

user,ip,country,start,duration
⟦p1.email⟧,⟦p1.ip⟧,DE,⟦iso⟧,02:14
⟦p2.email⟧,⟦p2.ip⟧,US,⟦iso2⟧,00:03
⟦p2.email⟧,⟦p2.ipsix⟧,BR,⟦iso3⟧,00:02
⟦p3.email⟧,⟦p3.ip⟧,NL,⟦iso4⟧,07:40"""),
    P("npmrc-ci", "en", "code_config", """\
CI can't install our private packages. Here's the .npmrc and package.json, what's wrong?

.npmrc
```
//registry.npmjs.org/:_authToken=⟦sec.npm⟧
@⟦team⟧:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=⟦sec.ghpat⟧
```
package.json (excerpt)
```json
{ "name": "@acme/billing-ui", "version": "⟦ver⟧", "author": "⟦p1.full⟧ <⟦p1.wemail⟧>" }
```"""),
    P("slack-bot", "en", "code_config", """\
Add retry logic to this bot. It posts new signups to Slack and mails the account owner.

```python
SLACK_BOT_TOKEN = "⟦sec.slack⟧"
MAILGUN_API_KEY = "⟦sec.mailgun⟧"

def on_signup(user):
    # e.g. {"name": "⟦p1.full⟧", "email": "⟦p1.email⟧", "ip": "⟦p1.ip⟧"}
    post(f"New signup: {user['name']} ({user['email']})")
```"""),
    P("fr-wifi", "fr", "it_helpdesk", """\
Reformule ce message pour l'accueil des nouveaux arrivants.

Bienvenue ! Le wifi invité s'appelle Bureau-Invites, la clé est ⟦sec.phrase⟧. Pour le poste partagé de \
l'accueil, le mot de passe est ⟦sec.pw⟧ (à changer, voir ⟦p1.full⟧, ⟦p1.phone⟧). Badge à demander à \
⟦p2.hon⟧ ⟦p2.last⟧."""),
    # German
    P("de-kuendigung", "de", "legal_letter", """\
Bitte formuliere dieses Kündigungsschreiben höflicher und prüfe die Rechtschreibung.

⟦p1.full⟧
⟦p1.addrml⟧
Tel. ⟦p1.phone⟧

An: ⟦company⟧, Kundenservice
⟦date⟧

Kündigung meines Vertrags (Kundennummer ⟦n:100000-999999⟧)
Sehr geehrte Damen und Herren, hiermit kündige ich fristgerecht. Ich bin am ⟦p1.dob⟧ geboren, falls Sie \
das zur Identifikation brauchen. Bitte erstatten Sie das Guthaben auf mein Konto ⟦p1.iban⟧.
Mit freundlichen Grüßen
⟦p1.full⟧"""),
    P("de-bewerbung", "de", "recruiting", """\
Fasse die Notizen zu den Bewerbungen in einer Tabelle zusammen (Name, Stärken, Bedenken).

1) ⟦p1.full⟧, wohnhaft in ⟦p1.city⟧, ⟦p1.email⟧, ⟦p1.phone⟧ – sehr gutes Fachgespräch mit ⟦p3.hon⟧ ⟦p3.last⟧.
2) ⟦p2.lf⟧ – Quereinsteiger, ⟦p2.email⟧; Gehaltsvorstellung zu hoch.
Rückmeldung bis ⟦date⟧ an ⟦p3.wemail⟧."""),
    P("de-it-ticket", "de", "it_helpdesk", """\
Mach aus dieser Nachricht ein sauberes IT-Ticket.

hallo, hier ⟦p1.lower⟧ aus dem einkauf. seit dem update auf ⟦ver⟧ komme ich nicht mehr ins SAP. \
mein passwort ist ⟦sec.pw⟧, das hat ⟦p2.first⟧ vom helpdesk gestern zurückgesetzt. erreichbar unter \
⟦p1.phone⟧. rechner-ip laut ipconfig: ⟦p1.ip⟧"""),
    # French
    P("fr-reclamation", "fr", "support_ticket", """\
Rédige une réponse courtoise à cette réclamation client.

De : ⟦p1.full⟧ <⟦p1.email⟧>
Objet : Commande ⟦order⟧ jamais reçue
Bonjour, j'ai commandé le ⟦date⟧ et rien reçu. Mon adresse : ⟦p1.addr⟧. Vous pouvez me joindre au \
⟦p1.phone⟧. J'ai payé avec la carte ⟦p1.card⟧.
Cordialement, ⟦p1.lastup⟧"""),
    P("fr-rh", "fr", "hr_note", """\
Résume cette fiche RH en trois lignes pour le comité.

Salarié : ⟦p1.full⟧ (matricule ⟦emp⟧), né le ⟦p1.dob⟧ à ⟦p1.city⟧
Adresse : ⟦p1.addr⟧
Entretien annuel mené par ⟦p2.hon⟧ ⟦p2.last⟧ le ⟦date⟧ : objectifs atteints, souhaite passer \
⟦job⟧. À revoir avec ⟦p3.full⟧ (RH)."""),
    # Spanish
    P("es-incidencia", "es", "support_ticket", """\
Resume esta incidencia y propón una respuesta.

Cliente: ⟦p1.full⟧ · DNI en expediente · Tel. ⟦p1.phone⟧ · ⟦p1.email⟧
Dirección: ⟦p1.addr⟧
El router se reinicia cada noche desde el ⟦date⟧. El técnico ⟦p2.first⟧ pasó el jueves y no lo \
solucionó. Solicita cambio de equipo (ref. ⟦ticket⟧)."""),
    P("es-nomina", "es", "hr_payroll", """\
Revisa este correo para RR. HH. y corrige errores.

Hola ⟦p2.first⟧: te paso los datos de la nueva incorporación para la nómina.
Nombre: ⟦p1.full⟧
Fecha de nacimiento: ⟦p1.dob⟧
IBAN: ⟦p1.iban⟧
Domicilio: ⟦p1.addr⟧
Un saludo, ⟦p3.full⟧"""),
    # Italian
    P("it-reclamo", "it", "support_ticket", """\
Scrivi una risposta professionale a questo reclamo.

Buongiorno, sono ⟦p1.full⟧, cliente dal 2019. La fattura ⟦invoice⟧ riporta un importo di ⟦price⟧ che \
non riconosco. Vi prego di richiamarmi al ⟦p1.phone⟧ oppure scrivere a ⟦p1.email⟧.
Indirizzo di fatturazione: ⟦p1.addr⟧
Distinti saluti"""),
    P("it-verbale", "it", "meeting_minutes", """\
Trasforma questo verbale in un elenco di azioni con responsabile e scadenza.

Riunione del ⟦date⟧ – presenti: ⟦p1.full⟧, ⟦p2.full⟧, ⟦p3.hon⟧ ⟦p3.last⟧
⟦p1.first⟧ prepara il budget ⟦team⟧ entro ⟦date2⟧; ⟦p2.first⟧ contatta il fornitore ⟦company⟧.
Prossimo incontro in ⟦room⟧."""),
    # Dutch
    P("nl-klacht", "nl", "support_ticket", """\
Schrijf een vriendelijk antwoord op deze klacht.

Van: ⟦p1.full⟧ (⟦p1.email⟧)
Beste klantenservice, mijn pakket (⟦tracking⟧) is bezorgd op het verkeerde adres. Mijn adres is \
⟦p1.addr⟧. Bel me op ⟦p1.phone⟧.
Groet, ⟦p1.first⟧"""),
    P("nl-hr", "nl", "hr_note", """\
Maak van deze aantekeningen een korte samenvatting voor het personeelsdossier.

Medewerker: ⟦p1.lf⟧, geboren ⟦p1.dob⟧, woonachtig in ⟦p1.city⟧
Gesprek met ⟦p2.hon⟧ ⟦p2.last⟧ op ⟦date⟧ over verzuim. Afspraak: re-integratie via ⟦company⟧. \
Salaris naar ⟦p1.iban⟧ vanaf volgende maand."""),
    # Portuguese
    P("pt-suporte", "pt", "customer_chat", """\
Resume esta conversa com o cliente e diz o que falta resolver.

[⟦time⟧] ⟦p1.lower⟧: boa tarde, o meu pedido ⟦order⟧ ainda não chegou
[⟦time⟧] Atendente ⟦p2.first⟧: Olá ⟦p1.first⟧! Pode confirmar a morada?
[⟦time⟧] ⟦p1.lower⟧: ⟦p1.addr⟧
[⟦time⟧] ⟦p1.lower⟧: telemóvel ⟦p1.phone⟧"""),
    P("pt-cadastro", "pt", "crm_export", """\
Converte estes cadastros para JSON com os campos nome, email, telefone, nascimento.

Nome: ⟦p1.full⟧ | E-mail: ⟦p1.email⟧ | Tel: ⟦p1.phone⟧ | Nascimento: ⟦p1.dob⟧
Nome: ⟦p2.upper⟧ | E-mail: ⟦p2.email⟧ | Tel: ⟦p2.phone⟧ | Nascimento: ⟦p2.dob⟧""", country="BR"),
    # negatives
    N("neg-vendor-compare", "en", "firms_and_brands", """\
Compare these vendors for our fleet renewal in a table (price, warranty, service network):
- ⟦firm⟧ — quote ⟦price⟧ per unit, 36-month warranty, rep office in ⟦bizcity⟧
- ⟦firm2⟧ — ⟦price2⟧, 24 months, dealer network across ⟦bizcity2⟧ and ⟦bizcity3⟧
- ⟦company⟧ (local) — ⟦price3⟧, includes on-site service
Our procurement policy (v⟦ver⟧) requires three bids above €50k. Decision due ⟦date⟧."""),
    N("neg-ml-explain", "en", "eponyms_and_science", """\
Explain to a non-technical ⟦job⟧ why we use ⟦eponym⟧ and ⟦eponym2⟧ in the churn model, and what \
⟦eponym3⟧ has to do with it. Keep it under 200 words. The model is in ⟦product⟧, run ⟦uuid⟧."""),
    N("neg-expansion", "en", "places_as_context", """\
Draft a one-page memo on opening a sales office in ⟦bizcity⟧ vs ⟦bizcity2⟧. Consider: talent pool, \
time zone overlap with our ⟦bizcity3⟧ HQ, office cost (⟦price⟧/desk/month vs ⟦price2⟧), and the \
⟦team⟧ launch in Q⟦n:1-4⟧."""),
    N("neg-release-notes", "en", "ids_and_numbers", """\
Turn this changelog into customer-facing release notes.

v⟦ver⟧ (⟦date⟧) — build ⟦sha7⟧
- fix: export job ⟦uuid⟧ timing out after 30s (⟦ticket⟧)
- perf: 18% faster search on tenants > 1M rows
- chore: bump ⟦product⟧ connector to ⟦ver2⟧, commit ⟦sha⟧
- closes ⟦ticket2⟧, ⟦ticket3⟧"""),
    N("neg-readme-config", "en", "placeholder_credentials", """\
Improve this README section so new devs don't commit secrets.

## Configuration
Copy `.env.example` to `.env` and fill in:
```
API_KEY=⟦placeholder⟧
DB_PASSWORD=⟦placeholder2⟧
WEBHOOK_SECRET=⟦placeholder3⟧
```
Never paste real values in tickets. The default admin password in the dev container is `changeme` \
and is reset on every `docker compose up`."""),
    N("neg-org-announce", "en", "roles_and_codenames", """\
Polish this org announcement: "As of ⟦date⟧ the ⟦job⟧ role moves under the ⟦job2⟧. ⟦team⟧ and \
⟦team2⟧ merge into one squad reporting to the ⟦job3⟧. Headcount stays at ⟦n:8-40⟧. Questions go to \
the #⟦team⟧-announcements channel.\""""),
    N("neg-hotline-faq", "en", "company_contacts", """\
Rewrite this FAQ answer to be friendlier:
"For billing issues call the ⟦company⟧ customer hotline on ⟦hotline⟧ (Mon–Fri 8:00–18:00) or use the \
contact form. Enterprise customers use the priority line ⟦hotline2⟧. Have your invoice number \
(format ⟦invoice⟧) ready.\""""),
    N("neg-de-lieferung", "de", "ids_and_numbers", """\
Formuliere eine Mail an den Lieferanten ⟦company⟧: Lieferung ⟦order⟧ vom ⟦date⟧ war unvollständig, \
Artikel ⟦sku⟧ fehlt (Rechnung ⟦invoice⟧ über ⟦price⟧). Bitte Gutschrift bis ⟦date2⟧."""),
    N("neg-fr-marche", "fr", "places_as_context", """\
Analyse ce marché : nous vendons déjà à ⟦bizcity⟧ et ⟦bizcity2⟧, faut-il ouvrir ⟦bizcity3⟧ \
en ⟦n:2026-2027⟧ ? Budget ⟦price⟧, équipe de ⟦n:3-9⟧ commerciaux, outil ⟦product⟧."""),
    N("neg-es-marcas", "es", "firms_and_brands", """\
Haz una tabla comparando las políticas de devolución de ⟦firm⟧, ⟦firm2⟧ y ⟦company⟧ para nuestro \
informe de ⟦date⟧. Precio medio ⟦price⟧."""),
    N("neg-it-ruoli", "it", "roles_and_codenames", """\
Riscrivi questo annuncio interno: dal ⟦date⟧ il ruolo di ⟦job⟧ passa al team ⟦team⟧; il progetto \
⟦team2⟧ viene chiuso. Riferimento pratica ⟦ticket⟧."""),
    N("neg-nl-config", "nl", "placeholder_credentials", """\
Leg uit wat deze configuratie doet en wat er ontbreekt:
```yaml
smtp:
  host: smtp.⟦domain⟧
  user: noreply
  password: ⟦placeholder⟧
api:
  token: ⟦placeholder2⟧
```"""),
    N("neg-pt-contactos", "pt", "company_contacts", """\
Reescreve este aviso para o site: "A linha de apoio da ⟦company⟧ (⟦hotline⟧) funciona de segunda a \
sexta. Pedidos com o número ⟦order⟧ já podem ser acompanhados online.\""""),
]

# ---------------------------------------------------------------------------------------------------------
# test templates (never tuned on: read in aggregate only)
TEST = [
    P("zendesk-escalation", "en", "support_ticket", """\
⟪Draft an escalation note for tier 2 from this ticket|What is the customer actually asking for here? Then \
draft a reply⟫.

#⟦n:100000-999999⟧ · Priority: High · Channel: email
Requester: ⟦p1.full⟧ (⟦p1.email⟧)
CC: ⟦p2.email⟧
Assignee: ⟦p3.first⟧ (Tier 1)

⟦p1.first⟧ wrote:
"Third time I'm writing. My subscription was renewed at ⟦price⟧ although I cancelled on ⟦date⟧. Call me on \
⟦p1.phone⟧ before 5pm. My partner ⟦p2.full⟧ is also on the account."

Internal note (⟦p3.first⟧): customer verified with last 4 digits + postcode, address on file ⟦p1.addr⟧."""),
    P("thread-contract", "en", "email_thread", """\
Summarise where we landed in this thread in 3 bullets, then draft my answer agreeing to option B.

From: ⟦p1.full⟧ <⟦p1.wemail⟧>
To: ⟦p2.full⟧
Sent: ⟦date⟧

Hi ⟦p2.first⟧, option B works for legal. I'll need the signed copy by Friday.

> On ⟦date2⟧, ⟦p2.full⟧ <⟦p2.email⟧> wrote:
> ⟦p1.first⟧ — two options: (A) 12 months at ⟦price⟧, (B) 24 months at ⟦price2⟧.
> I work as a sole trader, invoices go out from my home office: ⟦p2.addr⟧.
>
>> On ⟦date3⟧, ⟦p1.full⟧ wrote:
>> Could you send a proposal? ⟦p4.full⟧ from procurement will review.

⟦p1.full⟧ | ⟦p1.job⟧ | ⟦company⟧ | direct ⟦p1.phone⟧"""),
    P("intro-email", "en", "email_thread", """\
Make this intro email shorter and warmer.

Subject: Intro — ⟦p1.first⟧ <> ⟦p2.first⟧

Hi both,
⟦p1.full⟧, meet ⟦p2.full⟧. ⟦p2.first⟧ ran the ⟦product⟧ rollout at ⟦company⟧ and is looking at ⟦job⟧ roles. \
⟦p1.first⟧ leads our platform team. ⟦p2.first⟧'s number is ⟦p2.phone⟧ and ⟦p1.first⟧ is on ⟦p1.phone⟧ — \
I'll let you take it from here.
Cheers,
⟦p3.first⟧"""),
    P("hr-disciplinary", "en", "hr_note", """\
Turn these investigation notes into a formal letter inviting the employee to a disciplinary hearing.

Employee: ⟦p1.upper⟧, ⟦p1.job⟧, employee no. ⟦emp⟧
Home: ⟦p1.addr⟧
Allegation: repeated unauthorised absence (⟦date⟧, ⟦date2⟧)
Witnesses: ⟦p2.full⟧ (team lead), ⟦p3.initial⟧ (security desk)
Investigating manager: ⟦p4.hon⟧ ⟦p4.last⟧
Companion allowed: union rep or colleague (⟦p1.first⟧ mentioned ⟦p5.full⟧)"""),
    P("onboarding-form", "en", "hr_payroll", """\
Check this onboarding form for missing fields and list them.

NEW HIRE — start date ⟦date⟧
Legal name: ⟦p1.lf⟧
Preferred name: ⟦p1.first⟧
Date of birth: ⟦p1.dob⟧
Social Security #: ⟦p1.ssn⟧
Home address: ⟦p1.addrml⟧
Personal email: ⟦p1.email⟧
Emergency contact: ⟦p2.full⟧ (spouse) ⟦p2.phone⟧
Direct deposit: pending
Laptop: MacBook, asset tag ⟦sku⟧""", country="US"),
    P("calibration-table", "en", "performance_review", """\
Rank these people for the promotion round and justify each in one sentence.

| Name | Team | Rating | Manager | Notes |
|---|---|---|---|---|
| ⟦p1.full⟧ | ⟦team⟧ | Exceeds | ⟦p5.last⟧ | shipped ⟦product⟧ integration |
| ⟦p2.lf⟧ | ⟦team2⟧ | Meets | ⟦p5.last⟧ | on leave until ⟦date⟧ |
| ⟦p3.lower⟧ | ⟦team⟧ | Exceeds | ⟦p6.full⟧ | mentors ⟦p4.first⟧ |
| ⟦p4.full⟧ | ⟦team2⟧ | Below | ⟦p6.full⟧ | PIP started ⟦date2⟧ |"""),
    P("leads-json", "en", "json_export", """\
Deduplicate these leads and return the JSON sorted by score.

[
  {"lead_id": "⟦uuid⟧", "contact": "⟦p1.full⟧", "email": "⟦p1.email⟧", "phone": "⟦p1.phone⟧", "score": 71},
  {"lead_id": "⟦uuid2⟧", "contact": "⟦p2.lower⟧", "email": "⟦p2.email⟧", "phone": null, "score": 44},
  {"lead_id": "⟦uuid3⟧", "contact": "⟦p1.upper⟧", "email": "⟦p1.email⟧", "phone": "⟦p1.phone⟧", "score": 68},
  {"lead_id": "⟦uuid4⟧", "contact": "⟦p3.full⟧", "email": "⟦p3.wemail⟧", "company": "⟦company⟧", "score": 90}
]"""),
    P("contacts-tsv", "en", "crm_export", """\
Convert this TSV to a markdown table and fill in the missing country codes for the phone numbers.

last_name\tfirst_name\temail\tmobile\tcity_of_residence
⟦p1.last⟧\t⟦p1.first⟧\t⟦p1.email⟧\t⟦p1.phone⟧\t⟦p1.city⟧
⟦p2.last⟧\t⟦p2.first⟧\t⟦p2.email⟧\t⟦p2.phone⟧\t⟦p2.city⟧
⟦p3.last⟧\t⟦p3.first⟧\t⟦p3.email⟧\t⟦p3.phone⟧\t⟦p3.city⟧"""),
    P("board-minutes", "en", "meeting_minutes", """\
Tidy these board minutes into the standard template (resolutions numbered).

Present: ⟦p1.hon⟧ ⟦p1.last⟧ (Chair), ⟦p2.full⟧, ⟦p3.full⟧, ⟦p4.hon⟧ ⟦p4.last⟧
In attendance: ⟦p5.full⟧ (minutes)
- The Chair welcomed ⟦p3.first⟧ to the board.
- ⟦p2.last⟧ presented Q⟦n:1-4⟧ results: revenue ⟦price⟧, margin ⟦pct⟧.
- Resolved: approve the ⟦team⟧ budget. Proposed ⟦p4.last⟧, seconded ⟦p2.last⟧.
- ⟦p1.last⟧ to write to the auditors, ⟦company⟧, by ⟦date⟧."""),
    P("incident-timeline", "en", "incident_report", """\
Write the postmortem timeline section from this raw log. Blameless tone.

⟦time⟧ PagerDuty paged ⟦p1.full⟧ (primary on-call), escalated to ⟦p2.full⟧ at ⟦time2⟧
⟦time2⟧ ⟦p2.first⟧: "5xx spike from ⟦ip⟧ and ⟦ip2⟧, looks like one tenant's cron"
⟦time3⟧ ⟦p1.first⟧ blocked ⟦ip⟧ at the WAF
⟦time3⟧ ⟦p3.lower⟧ posted the alert webhook in #incidents by mistake: ⟦sec.slackhook⟧
⟦time4⟧ resolved, webhook rotated by ⟦p2.first⟧
Affected customer contact: ⟦p4.full⟧ <⟦p4.email⟧>"""),
    P("k8s-secret", "en", "code_config", """\
Why does this Secret fail to apply? `kubectl` says "data: Invalid value".

```yaml
apiVersion: v1
kind: Secret
metadata:
  name: payments-api
  annotations:
    owner: ⟦p1.wemail⟧
type: Opaque
data:
  DB_PASSWORD: ⟦sec.pw⟧
stringData:
  STRIPE_KEY: ⟦sec.stripe⟧
```"""),
    P("compose-file", "en", "code_config", """\
Review this docker-compose for security issues and give me a fixed version.

```yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: analytics
      POSTGRES_PASSWORD: "⟦sec.pw⟧"
  minio:
    image: minio/minio
    environment:
      MINIO_ROOT_USER: admin
      MINIO_ROOT_PASSWORD: ⟦sec.phrase⟧
  app:
    build: .
    labels:
      maintainer: "⟦p1.full⟧ <⟦p1.wemail⟧>"
    ports: ["8080:8080"]
```"""),
    P("curl-calls", "en", "code_config", """\
Convert these curl calls to Python requests.

curl https://api.openai.com/v1/chat/completions \\
  -H "Authorization: Bearer ⟦sec.openai⟧" -d @prompt.json

curl -u deploy:⟦sec.pw⟧ https://⟦host⟧/api/releases

curl -X POST https://api.example-crm.io/contacts -H "X-Api-Key: ⟦sec.hex⟧" \\
  -d '{"name": "⟦p1.full⟧", "email": "⟦p1.email⟧", "phone": "⟦p1.phone⟧"}'"""),
    P("git-log", "en", "code_config", """\
Write release notes from this git log and tell me which commit leaked a credential.

commit ⟦sha⟧
Author: ⟦p1.full⟧ <⟦p1.wemail⟧>
Date:   ⟦date⟧
    fix pagination in export (⟦ticket⟧)

commit ⟦sha2⟧
Author: ⟦p2.lower⟧ <⟦p2.email⟧>
    ci: add publish step, NPM_TOKEN=⟦sec.npm⟧

commit ⟦sha3⟧
Author: ⟦p3.full⟧ <⟦p3.wemail⟧>
    chore: bump to v⟦ver⟧, add GH token for release bot ⟦sec.ghp⟧"""),
    P("query-results", "en", "sql", """\
Explain why this query returns duplicates and fix it.

SELECT p.full_name, p.dob, p.phone, a.appointment_at FROM patients p JOIN appointments a USING (patient_id);

full_name            | dob        | phone           | appointment_at
---------------------+------------+-----------------+-----------------
⟦p1.full⟧ | ⟦p1.dob⟧ | ⟦p1.phone⟧ | ⟦iso⟧
⟦p1.full⟧ | ⟦p1.dob⟧ | ⟦p1.phone⟧ | ⟦iso⟧
⟦p2.full⟧ | ⟦p2.dob⟧ | ⟦p2.phone⟧ | ⟦iso2⟧"""),
    P("freelance-invoice", "en", "invoice", """\
Is this invoice compliant for a UK client? Point out anything missing.

⟦p1.full⟧ — Freelance UX research
⟦p1.addr⟧ · ⟦p1.email⟧ · ⟦p1.phone⟧

Invoice ⟦invoice⟧ dated ⟦date⟧
Client: ⟦company⟧, attn. ⟦p2.full⟧
5 days discovery workshops ..... ⟦price⟧
Bank: ⟦p1.iban⟧ (BIC ⟪BARCGB22|NWBKGB2L|COBADEFFXXX⟫)
Payment within 14 days please."""),
    P("discharge-summary", "en", "medical_letter", """\
Explain this discharge summary to the patient's daughter in simple words.

DISCHARGE SUMMARY — ⟦company⟧ Clinic
Patient: ⟦p1.lastup⟧    DOB: ⟦p1.dob⟧    MRN ⟦n:1000000-9999999⟧
Address: ⟦p1.addr⟧
Admitted ⟦date⟧ with community-acquired pneumonia; treated with IV co-amoxiclav.
Next of kin: ⟦p2.full⟧ (daughter), ⟦p2.phone⟧
GP: ⟦p3.hon⟧ ⟦p3.last⟧
Follow-up chest X-ray in 6 weeks."""),
    P("insurer-letter", "en", "insurance_claim", """\
Summarise what the insurer is asking me to do, as a checklist.

Dear ⟦p1.hon⟧ ⟦p1.last⟧,
Policy ⟦case⟧ — water damage at ⟦p1.addr⟧
Thank you for your notification of ⟦date⟧. To assess your claim, please send photos, the plumber's \
invoice and confirm your date of birth (we hold ⟦p1.dob⟧). Your loss adjuster is ⟦p2.full⟧, \
⟦p2.wemail⟧, ⟦p2.phone⟧.
Yours sincerely, Claims Team"""),
    P("consultant-nda", "en", "legal_letter", """\
Check this NDA preamble for ambiguities.

This Agreement is made on ⟦date⟧ between ⟦company⟧, a company registered in England, and \
⟦p1.full⟧, born ⟦p1.dob⟧, residing at ⟦p1.addr⟧ ("the Consultant"). The Consultant may be \
reached at ⟦p1.email⟧. Notices to the Company go to its General Counsel, ⟦p2.full⟧."""),
    P("cv-paste", "en", "recruiting", """\
Rewrite my CV summary to sound more senior. Here's the top of it:

⟦p1.upper⟧
⟦p1.addr⟧ | ⟦p1.phone⟧ | ⟦p1.email⟧
Date of birth: ⟦p1.dob⟧

PROFILE
Data analyst with 6 years at ⟦company⟧ and ⟦firm⟧, fluent in SQL, ⟦product⟧ and Python.
References: ⟦p2.full⟧ (⟦p2.wemail⟧), ⟦p3.full⟧ on request"""),
    P("recruiter-notes-lower", "en", "recruiting", """\
make these sourcing notes into a clean shortlist

- ⟦p1.lower⟧ — ex-⟦company⟧, based in ⟦p1.city⟧, replied on linkedin, wants remote
- ⟦p2.lower⟧ ⟦p2.phone⟧ strong but expensive, ⟦p2.first⟧ asked for ⟦price⟧
- ⟦p3.lower⟧ (⟦p3.email⟧) maybe junior? ⟦p4.first⟧ to screen
- ⟦p5.lower⟧ lives in ⟦p5.city⟧, cannot relocate"""),
    P("whatsapp-export", "en", "customer_chat", """\
Summarise this WhatsApp chat with our customer and list open issues.

[⟦date⟧, 09:14:22] ⟦p1.full⟧: morning! the installer didn't show up again
[⟦date⟧, 09:20:05] ⟦p2.first⟧ (⟦company⟧): Sorry ⟦p1.first⟧, I'll check with dispatch
[⟦date⟧, 09:21:40] ⟦p1.full⟧: my address is ⟦p1.addr⟧ in case they have it wrong
[⟦date⟧, 09:22:10] ⟦p1.full⟧: and the gate code is ⟦sec.pin⟧
[⟦date⟧, 10:02:57] ⟦p2.first⟧ (⟦company⟧): ⟦p3.first⟧ will be there tomorrow 8-10"""),
    P("ics-invite", "en", "calendar_invite", """\
Parse this .ics and tell me who's required vs optional.

BEGIN:VEVENT
SUMMARY:⟦team⟧ design review
DTSTART:20251104T140000Z
ORGANIZER;CN=⟦p1.full⟧:mailto:⟦p1.wemail⟧
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=⟦p2.full⟧:mailto:⟦p2.wemail⟧
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=⟦p3.full⟧:mailto:⟦p3.email⟧
LOCATION:⟦room⟧
END:VEVENT"""),
    P("customs-decl", "en", "shipping", """\
Fill in the customs description field for this parcel (clothing, used, gift).

Sender: ⟦p1.full⟧, ⟦p1.addr⟧, ⟦p1.phone⟧
Recipient: ⟦p2.full⟧
⟦p2.addrml⟧
Recipient phone: ⟦p2.phone⟧ · e-mail ⟦p2.email⟧
Weight 2.4 kg · value ⟦price⟧ · ⟦tracking⟧"""),
    P("hotel-booking", "en", "travel_booking", """\
Write a polite email to the hotel asking to move this booking one night later.

Reservation ⟦pnr⟧ at Hotel ⟪Bellevue|Astoria|Miramar|Lindenhof⟫ ⟦bizcity⟧
Guest: ⟦p1.hon⟧ ⟦p1.full⟧
Arrival ⟦date⟧, 2 nights, king room, rate ⟦price⟧
Guaranteed with card ⟦p1.card⟧
Guest phone ⟦p1.phone⟧ · ⟦p1.email⟧
Additional guest: ⟦p2.full⟧"""),
    P("expense-report", "en", "invoice", """\
Flag anything in this expense report that breaks policy (max ⟦price⟧/night hotel, no alcohol).

Employee: ⟦p1.full⟧ (⟦emp⟧) · Cost centre ⟦team⟧
Corporate card: ⟦p1.card⟧
- ⟦date⟧ taxi ⟦bizcity⟧ ⟦price2⟧
- ⟦date2⟧ client dinner with ⟦p2.full⟧ and ⟦p3.full⟧ (⟦company⟧) ⟦price3⟧
Approver: ⟦p4.full⟧"""),
    P("card-dispute", "en", "legal_letter", """\
Improve this letter to my bank disputing a charge.

⟦p1.full⟧
⟦p1.addrml⟧

To the Disputes Team,
I dispute a charge of ⟦price⟧ from ⟦company⟧ on ⟦date⟧ on my card ⟦p1.card⟧. I never authorised it. \
Please credit my current account ⟦p1.iban⟧. I can be reached on ⟦p1.phone⟧.
⟦p1.full⟧"""),
    P("admin-handover", "en", "it_helpdesk", """\
Turn this handover note into a proper runbook and tell me what should go into the password vault instead.

Handover from ⟦p1.full⟧ to ⟦p2.full⟧ (last day ⟦date⟧)
- router admin: admin / ⟦sec.pw⟧
- NAS at ⟦ip⟧, root login via the vault entry "nas-root"
- backup encryption passphrase: "⟦sec.phrase⟧"
- GitLab deploy token: ⟦sec.glpat⟧
- server room key: ask facilities
Questions → ⟦p1.phone⟧ (personal mobile)"""),
    P("ssh-key-help", "en", "code_config", """\
ssh keeps saying "invalid format" with this key, what am I doing wrong?

~/.ssh/config
Host bastion
  HostName ⟦ip⟧
  User ⟦p1.lower⟧
  IdentityFile ~/.ssh/id_deploy

~/.ssh/id_deploy:
⟦sec.pem⟧"""),
    P("slack-thread", "en", "chat_export", """\
Summarise this Slack thread and list decisions.

⟦p1.first⟧ ⟦time⟧
anyone have the sendgrid key for staging? emails are bouncing
⟦p2.full⟧ ⟦time2⟧
here: ⟦sec.sendgrid⟧ (don't share outside the channel lol)
⟦p3.lower⟧ ⟦time3⟧
@⟦p1.first⟧ also the customer ⟦p4.full⟧ (⟦p4.email⟧) complained twice
⟦p1.first⟧ ⟦time4⟧
ok, calling ⟦p4.first⟧ now on ⟦p4.phone⟧"""),
    P("rental-application", "en", "application_form", """\
Is anything missing in this rental application before I submit it?

Applicant: ⟦p1.full⟧
SSN: ⟦p1.ssn⟧ · DOB: ⟦p1.dob⟧
Current address: ⟦p1.addr⟧ (2 years)
Employer: ⟦company⟧, ⟦p1.job⟧, monthly income ⟦price⟧
Co-applicant: ⟦p2.full⟧, SSN ⟦p2.ssn⟧, phone ⟦p2.phone⟧
Previous landlord: ⟦p3.full⟧ ⟦p3.phone⟧""", country="US"),
    P("school-form", "en", "application_form", """\
Rewrite this school trip consent note in a friendlier tone.

Pupil: ⟦p1.full⟧, born ⟦p1.dob⟧, class 7B
Parent/guardian: ⟦p2.full⟧ — ⟦p2.phone⟧ — ⟦p2.email⟧
Second contact: ⟦p3.full⟧ — ⟦p3.phone⟧
Home address: ⟦p2.addr⟧
Allergies: peanuts. Trip to the science museum on ⟦date⟧, cost ⟦price⟧."""),
    P("call-notes-caps", "en", "support_ticket", """\
clean up these call notes (they're all caps from the old system) and write a summary

CALLER ⟦p1.upper⟧ RE ACCOUNT ⟦n:10000000-99999999⟧
CALLBACK NO ⟦p1.phone⟧
CUST SAYS ADDRESS CHANGED TO ⟦p1.addr⟧
DOB VERIFIED ⟦p1.dob⟧
TRANSFERRED TO ⟦p2.upper⟧ IN RETENTIONS"""),
    P("actions-workflow", "en", "code_config", """\
Why does this GitHub Actions job fail on the publish step?

```yaml
name: release
on: { push: { tags: ["v*"] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      NPM_TOKEN: ⟦sec.npm⟧
      HUGGINGFACE_TOKEN: ⟦sec.hf⟧
    steps:
      - uses: actions/checkout@v4
      - run: npm publish --access public
# contact: ⟦p1.full⟧ (⟦p1.wemail⟧)
```"""),
    P("anthropic-debug", "en", "code_config", """\
Getting 401 from the API with this snippet, help?

```python
import anthropic
client = anthropic.Anthropic(api_key="⟦sec.anthropic⟧")
msg = client.messages.create(model="claude-sonnet", max_tokens=512,
    messages=[{"role": "user", "content": "Summarise the complaint from ⟦p1.full⟧ (⟦p1.email⟧)"}])
```
Also tried the key from ⟦p2.first⟧'s laptop, same error."""),
    P("twilio-sms", "en", "code_config", """\
This SMS reminder script sends nothing. Find the bug.

```js
const client = require('twilio')('AC⟦n:10000000-99999999⟧', '⟦sec.twilio⟧');
const patients = [
  { name: '⟦p1.full⟧', to: '⟦p1.phone⟧', when: '⟦date⟧ ⟦time⟧' },
  { name: '⟦p2.full⟧', to: '⟦p2.phone⟧', when: '⟦date2⟧ ⟦time2⟧' },
];
```"""),
    # German
    P("de-mieter", "de", "legal_letter", """\
Prüfe dieses Schreiben an meinen Mieter auf Rechtssicherheit und Ton.

⟦p1.full⟧ · ⟦p1.addr⟧ · ⟦p1.phone⟧

⟦p2.hon⟧ ⟦p2.full⟧
⟦p2.addrml⟧

Betriebskostenabrechnung ⟦n:2024-2025⟧ – Nachzahlung ⟦price⟧
Bitte überweisen Sie den Betrag bis ⟦date⟧ auf mein Konto ⟦p1.iban⟧."""),
    P("de-arztbrief", "de", "medical_letter", """\
Erkläre diesen Arztbrief in einfacher Sprache.

Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,
wir berichten über ⟦p1.hon⟧ ⟦p1.full⟧, geb. ⟦p1.dob⟧, wohnhaft ⟦p1.addr⟧, die sich am ⟦date⟧ mit \
Brustschmerzen vorstellte. Angehörige: ⟦p2.full⟧, Tel. ⟦p2.phone⟧.
Mit freundlichen kollegialen Grüßen
⟦p3.hon⟧ ⟦p3.last⟧, Oberarzt"""),
    P("de-personalliste", "de", "crm_export", """\
Sortiere diese Liste nach Eintrittsdatum und ergänze fehlende E-Mail-Adressen nach dem Schema \
vorname.nachname.

Name;Geburtsdatum;Eintritt;E-Mail;Telefon
⟦p1.lf⟧;⟦p1.dob⟧;⟦date⟧;⟦p1.wemail⟧;⟦p1.phone⟧
⟦p2.lf⟧;⟦p2.dob⟧;⟦date2⟧;;⟦p2.phone⟧
⟦p3.lf⟧;⟦p3.dob⟧;⟦date3⟧;⟦p3.wemail⟧;"""),
    # French
    P("fr-devis", "fr", "invoice", """\
Vérifie ce devis (TVA, mentions légales) avant envoi.

⟦p1.full⟧, artisan plombier — ⟦p1.addr⟧ — ⟦p1.phone⟧ — ⟦p1.email⟧
Devis ⟦invoice⟧ du ⟦date⟧ pour ⟦p2.hon⟧ ⟦p2.last⟧, ⟦p2.addr⟧
Remplacement chauffe-eau : ⟦price⟧ TTC
Acompte de 30 % par virement : ⟦p1.iban⟧"""),
    P("fr-mutuelle", "fr", "insurance_claim", """\
Aide-moi à répondre à ce courrier de ma mutuelle.

Madame, Monsieur,
Concernant le dossier ⟦case⟧ de ⟦p1.full⟧ (né(e) le ⟦p1.dob⟧), nous ne pouvons rembourser les soins du \
⟦date⟧ sans la facture du ⟦p2.hon⟧ ⟦p2.last⟧. Merci de nous la transmettre ou de nous appeler au \
⟦hotline⟧. Les remboursements seront versés sur le compte ⟦p1.iban⟧."""),
    P("fr-chat", "fr", "customer_chat", """\
Résume ce chat et propose un geste commercial.

⟦p1.lower⟧ : bonjour, ma box ne marche plus depuis 3 jours
Conseiller ⟦p2.first⟧ : Bonjour ⟦p1.first⟧, pouvez-vous me confirmer votre adresse ?
⟦p1.lower⟧ : ⟦p1.addr⟧
⟦p1.lower⟧ : et mon numéro c'est le ⟦p1.phone⟧
Conseiller ⟦p2.first⟧ : merci, un technicien passera le ⟦date⟧"""),
    # Spanish
    P("es-seguro", "es", "insurance_claim", """\
Redacta una reclamación formal a la aseguradora con estos datos.

Asegurado: ⟦p1.full⟧, nacido el ⟦p1.dob⟧
Domicilio: ⟦p1.addr⟧
Póliza ⟦case⟧ – siniestro del ⟦date⟧ (granizo)
Perito asignado: ⟦p2.hon⟧ ⟦p2.last⟧, tel. ⟦p2.phone⟧
Cuenta para el pago: ⟦p1.iban⟧"""),
    P("es-cv", "es", "recruiting", """\
Mejora el resumen de este CV para un puesto de ⟦job⟧.

⟦p1.upper⟧
⟦p1.addr⟧ · ⟦p1.phone⟧ · ⟦p1.email⟧
Fecha de nacimiento: ⟦p1.dob⟧
Experiencia: 8 años en ⟦company⟧ y ⟦firm⟧. Referencias: ⟦p2.full⟧ (⟦p2.wemail⟧)."""),
    P("es-acta", "es", "meeting_minutes", """\
Convierte esta acta en una lista de tareas con responsable.

Acta de la reunión del ⟦date⟧
Asistentes: ⟦p1.full⟧, ⟦p2.full⟧, ⟦p3.lf⟧
⟦p1.first⟧ revisará el contrato con ⟦company⟧. ⟦p3.first⟧ enviará la propuesta antes del ⟦date2⟧. \
La contraseña del portal del proveedor es ⟦sec.pw⟧ (la tiene ⟦p2.first⟧)."""),
    # Italian
    P("it-fattura", "it", "invoice", """\
Controlla questa fattura e dimmi se manca qualcosa.

⟦p1.full⟧ – consulente – ⟦p1.addr⟧
Tel. ⟦p1.phone⟧ · ⟦p1.email⟧
Fattura n. ⟦invoice⟧ del ⟦date⟧ a ⟦company⟧
Totale ⟦price⟧ – pagamento su IBAN ⟦p1.iban⟧"""),
    P("it-cv", "it", "recruiting", """\
Riassumi questi profili di candidati in tre righe ciascuno.

1. ⟦p1.full⟧, nata il ⟦p1.dob⟧, residente a ⟦p1.city⟧ – ⟦p1.email⟧ – ⟦p1.phone⟧
2. ⟦p2.lf⟧, ⟦p2.email⟧ – colloquio con ⟦p3.hon⟧ ⟦p3.last⟧ il ⟦date⟧"""),
    P("it-medico", "it", "medical_letter", """\
Spiegami questa lettera del medico con parole semplici.

Gentile ⟦p1.hon⟧ ⟦p1.last⟧,
il paziente ⟦p2.full⟧, nato il ⟦p2.dob⟧ e residente in ⟦p2.addr⟧, è stato visitato il ⟦date⟧. \
Si consiglia controllo tra 3 mesi. Per informazioni: ⟦p3.phone⟧.
⟦p3.hon⟧ ⟦p3.full⟧"""),
    # Dutch
    P("nl-factuur", "nl", "invoice", """\
Klopt deze factuur? Controleer de btw.

⟦p1.full⟧ – freelance fotograaf – ⟦p1.addr⟧ – ⟦p1.phone⟧
Factuur ⟦invoice⟧, ⟦date⟧, aan ⟦company⟧ t.a.v. ⟦p2.full⟧
Totaal ⟦price⟧, graag overmaken naar ⟦p1.iban⟧"""),
    P("nl-sollicitatie", "nl", "recruiting", """\
Vat deze sollicitaties samen in een tabel.

- ⟦p1.full⟧, woont in ⟦p1.city⟧, ⟦p1.email⟧, ⟦p1.phone⟧, geboren ⟦p1.dob⟧
- ⟦p2.full⟧ (⟦p2.email⟧), eerder bij ⟦company⟧, gesprek met ⟦p3.first⟧ op ⟦date⟧"""),
    P("nl-storing", "nl", "incident_report", """\
Schrijf een storingsrapport op basis van deze notities.

⟦time⟧ ⟦p1.full⟧ meldt dat de VPN niet werkt (ip ⟦p1.ip⟧)
⟦time2⟧ ⟦p2.first⟧ reset het wachtwoord naar ⟦sec.pw⟧ en belt ⟦p1.first⟧ op ⟦p1.phone⟧
⟦time3⟧ opgelost, ticket ⟦ticket⟧"""),
    # Portuguese
    P("pt-fatura", "pt", "invoice", """\
Revê esta fatura e diz-me se falta alguma menção obrigatória.

⟦p1.full⟧ – ⟦p1.addr⟧ – ⟦p1.phone⟧
Fatura ⟦invoice⟧ de ⟦date⟧ para ⟦company⟧
Total ⟦price⟧ – transferência para ⟦p1.iban⟧""", country="PT"),
    P("pt-rh", "pt", "hr_note", """\
Resume esta ficha de RH para a diretoria.

Colaboradora: ⟦p1.full⟧, nascida em ⟦p1.dob⟧, natural de ⟦p1.city⟧
Endereço: ⟦p1.addr⟧
Contato: ⟦p1.phone⟧ · ⟦p1.email⟧
Gestor: ⟦p2.full⟧ – avaliação em ⟦date⟧""", country="BR"),
    P("pt-chamado", "pt", "it_helpdesk", """\
Transforma esta mensagem num chamado de TI bem escrito.

oi, aqui é ⟦p1.lower⟧ do financeiro. não consigo entrar no ⟦product⟧ desde ontem. minha senha é \
⟦sec.pw⟧, o ⟦p2.first⟧ do suporte já tentou resetar. meu ramal não funciona, liga no ⟦p1.phone⟧""",
      country="BR"),
    # negatives
    N("neg-brand-audit", "en", "firms_and_brands", """\
Write a short competitive summary: ⟦firm⟧ and ⟦firm2⟧ both launched loyalty apps this quarter, \
⟦firm3⟧ cut prices by ⟦pct⟧. Our share in ⟦bizcity⟧ fell to ⟦pct2⟧. Recommend two responses."""),
    N("neg-supplier-list", "en", "firms_and_brands", """\
Group these suppliers by category and flag single-source risks:
⟦firm⟧ (optics), ⟦firm2⟧ (appliances), ⟦firm3⟧ (consulting), ⟦company⟧ (packaging), ⟦company2⟧ (freight).
Contract values: ⟦price⟧, ⟦price2⟧, ⟦price3⟧. Renewal dates ⟦date⟧ and ⟦date2⟧."""),
    N("neg-stats-explainer", "en", "eponyms_and_science", """\
I'm preparing a lunch-and-learn. Give me a 5-slide outline explaining ⟦eponym⟧, ⟦eponym2⟧ and \
⟦eponym3⟧ with one business example each (we use ⟦product⟧ for dashboards)."""),
    N("neg-algo-question", "en", "eponyms_and_science", """\
Is ⟦eponym⟧ overkill for routing ⟦n:40-400⟧ delivery vans? We currently use ⟦eponym2⟧ in a nightly \
job (⟦uuid⟧) on ⟦product⟧. Suggest alternatives and complexity."""),
    N("neg-travel-policy", "en", "places_as_context", """\
Update our travel policy: flights between ⟦bizcity⟧ and ⟦bizcity2⟧ under 5 hours are economy; \
hotels capped at ⟦price⟧ in ⟦bizcity3⟧ and ⟦price2⟧ elsewhere. Effective ⟦date⟧."""),
    N("neg-event-logistics", "en", "places_as_context", """\
Plan the logistics for our sales kickoff: 120 people flying in from ⟦bizcity⟧, ⟦bizcity2⟧ and \
⟦bizcity3⟧ to ⟦bizcity4⟧ on ⟦date⟧. Budget ⟦price⟧. Venue shortlist from ⟦firm⟧ hotels."""),
    N("neg-build-failure", "en", "ids_and_numbers", """\
Why did this build fail?

Run ⟦uuid⟧ · commit ⟦sha⟧ · runner ⟦host⟧
step 4/9: pip install -r requirements.txt
ERROR: package-x==⟦ver⟧ requires lib-y>=⟦ver2⟧
exit code 1 after 00:03:17 (job ⟦n:100000-999999⟧)"""),
    N("neg-order-recon", "en", "ids_and_numbers", """\
Reconcile these orders against the invoices and list mismatches:
⟦order⟧ → ⟦invoice⟧ ⟦price⟧
⟦order2⟧ → ⟦invoice2⟧ ⟦price2⟧
⟦order3⟧ → (missing) ⟦price3⟧
Shipment ⟦tracking⟧ covers the first two. SKU ⟦sku⟧ back-ordered until ⟦date⟧."""),
    N("neg-terraform-vars", "en", "placeholder_credentials", """\
Document these Terraform variables for the README:

```hcl
variable "db_password" {
  type      = string
  sensitive = true
  default   = "⟦placeholder⟧"
}
variable "api_token" { default = "⟦placeholder2⟧" }
```
Real values come from Vault at apply time."""),
    N("neg-sdk-quickstart", "en", "placeholder_credentials", """\
Shorten this SDK quickstart:

1. Install: `pip install acme-sdk==⟦ver⟧`
2. Set your key: `export ACME_API_KEY=⟦placeholder⟧`
3. Call `client = Acme(api_key=os.environ["ACME_API_KEY"])`
Never hardcode keys; use ⟦placeholder2⟧ as a dummy in tests."""),
    N("neg-raci", "en", "roles_and_codenames", """\
Build a RACI matrix for ⟦team⟧: roles are ⟦job⟧, ⟦job2⟧, ⟦job3⟧ and the ⟦team2⟧ squad. \
Milestones: discovery (⟦date⟧), pilot, rollout in ⟦n:3-12⟧ markets."""),
    N("neg-support-page", "en", "company_contacts", """\
Make this support page clearer: "⟦company⟧ Support — call ⟦hotline⟧ (24/7) or ⟦hotline2⟧ for \
enterprise plans. Quote your ticket number (e.g. ⟦ticket⟧) when calling.\""""),
    N("neg-de-technik", "de", "eponyms_and_science", """\
Erkläre unserem Vertrieb in drei Sätzen, was ⟦eponym⟧ und ⟦eponym2⟧ sind und warum ⟦product⟧ \
sie nutzt. Version ⟦ver⟧."""),
    N("neg-fr-commandes", "fr", "ids_and_numbers", """\
Rédige un mail au transporteur : les commandes ⟦order⟧ et ⟦order2⟧ (facture ⟦invoice⟧, ⟦price⟧) \
sont bloquées depuis le ⟦date⟧. Numéro de suivi ⟦tracking⟧."""),
    N("neg-es-config", "es", "placeholder_credentials", """\
Explica este fichero de configuración de ejemplo para la documentación:
```
[database]
user = app
password = ⟦placeholder⟧
[api]
key = ⟦placeholder2⟧
```"""),
    N("neg-it-espansione", "it", "places_as_context", """\
Scrivi una breve analisi: aprire una filiale a ⟦bizcity⟧ o a ⟦bizcity2⟧? Costi ⟦price⟧ contro ⟦price2⟧, \
clienti attuali a ⟦bizcity3⟧."""),
    N("neg-nl-merken", "nl", "firms_and_brands", """\
Maak een vergelijking van de garantievoorwaarden van ⟦firm⟧, ⟦firm2⟧ en ⟦company⟧ voor onze \
inkoopafdeling. Budget ⟦price⟧."""),
    N("neg-pt-funcoes", "pt", "roles_and_codenames", """\
Reescreve este comunicado: a partir de ⟦date⟧ a função de ⟦job⟧ passa a reportar ao projeto ⟦team⟧; \
o projeto ⟦team2⟧ termina em ⟦date2⟧."""),
]

TEMPLATES = {"dev": DEV, "test": TEST}


if __name__ == "__main__":
    raise SystemExit(main())
