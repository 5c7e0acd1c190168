"""The fourteenth corpus: whole documents people paste into an AI tool, often as they come out of a PDF.

Datasheet
---------
What: CVs, cover letters, reference letters, employment contracts, tenancy agreements, NDAs, invoices and
quotes, meeting minutes, incident reports, school reports, medical referral letters, insurance claim forms,
visa and immigration letters, donor and volunteer lists, council and residents' association letters and
support-ticket exports, often under a one-line request ("tidy this up", "summarise"). Text arrives as PDF,
OCR and copy-paste leave it (``meta.layout``): hard line breaks inside sentences, names and addresses
(``wrap``), words and names hyphenated at line ends (``hyphen``: ``Fitz-\\ngerald``), running headers and
footers (``pages``: ``Page 2 of 5``), two columns read across (``columns``), tabs after form labels
(``tabs``); the templates themselves carry ALL-CAPS headings and party names (``BETWEEN: KWAME MENSAH ("the
Tenant")``), form fields (``Surname: ____ GARCÍA``) and tables. 80 % English set in the US, UK, India,
Nigeria, Australia or Canada (``meta.region``, each with its own address, phone and date forms); 20 % French,
German, Spanish, Dutch, Portuguese or Polish. A quarter are negatives.

Written by a fourteenth author who read neither the scrubber, its data lists nor any corpus but corpus13's
record format, split API and datasheet; the scrubber was never run on this corpus while it was written. Names
(37 cultures), streets, towns, firms and values are this module's own, written by hand or generated here; no
Faker.

How labelled: the value only, never its cue or title (``Dr Okafor`` labels ``Okafor``). A value broken by
the layout is one span over the break (``Fitz-\\ngerald``, ``14 Alder\\nRoad``). PERSON: every form of a
private person's name (parties, candidates, referees, tenants, patients, pupils, clinicians, signers,
donors, agents). LOCATION: street addresses whole, and a town where someone lives, works or was born.
PHONE_NUMBER and EMAIL_ADDRESS of people, DATE_OF_BIRTH (birth dates only; start, due, meeting and incident
dates are not labelled), US_SSN, CREDIT_CARD (Luhn-valid), IBAN_CODE (checksum-valid), IP_ADDRESS (public),
SECRET (passwords, PINs, door and recovery codes, API keys). Firms, their switchboards and shared mailboxes,
reference numbers, amounts and placeholders are never labelled. A record is drawn again when a labelled
value also occurs unlabelled (whole words, lower case) or two names touch.

Negatives (``meta.neg_class``): ``template_blanks`` (``[Tenant name]``, ``____``), ``policy``,
``company_report``, ``product_datasheet``, ``job_advert`` (no contact person), ``legal_boilerplate``,
``redacted`` (``[REDACTED]``, ``█████``) and ``fictional_placeholder`` (``Joe Bloggs``, ``Max Mustermann``,
``Jan Kowalski``): document-shaped, with the same layouts, no personal data.

How split: ``dev`` (300 records, may be read and tuned on) and ``test`` (300 records, aggregates only) with
disjoint templates and disjoint name, street and town pools (each hand-written list split by index parity).
Record ``i`` is negative when ``i % 4 == 3`` and non-English when ``i % 5 == 2``. Same seed, same records,
also across processes (each record's ``random.Random`` is seeded with a string).

    .venv/bin/python -m benchmarks.corpus14 --half dev [--n N] [--seed S]
"""

import random
import re
import string
import sys
import unicodedata
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

DEFAULT_SEED = 14
HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
LANGS = ("en", "fr", "de", "es", "nl", "pt", "pl")
LANG_REGION = {"fr": "FR", "de": "DE", "es": "ES", "nl": "NL", "pt": "PT", "pl": "PL"}
EN_REGIONS = ("US", "GB", "IN", "NG", "AU", "CA")
EN_WEIGHTS = (30, 20, 15, 15, 10, 10)
TYPES = ("PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "US_SSN", "CREDIT_CARD",
         "IBAN_CODE", "IP_ADDRESS", "SECRET")
NEG_CLASSES = ("template_blanks", "policy", "company_report", "product_datasheet", "job_advert",
               "legal_boilerplate", "redacted", "fictional_placeholder")
LAYOUTS = ("clean", "wrap", "hyphen", "columns", "pages", "tabs")
BREAKABLE = ("PERSON", "LOCATION")  # values a PDF line break may fall inside
MAX_DRAWS = 300

# ---------------------------------------------------------------------------------------------- names
# culture: (given names, surnames), "|"-separated and written by hand for this corpus. Lists are split
# between the halves by index parity, so both halves get every culture and share no name.
CULTURES = {
    "english": ("Philippa|Rupert|Gemma|Oliver|Felicity|Barnaby|Hayley|Jasper",
                "Whitlock|Fitzgerald|Ollerenshaw|Brampton|Chadwick|Lovell|Pemberton|Sutcliffe"),
    "welsh": ("Cerys|Dafydd|Angharad|Emyr|Lowri|Gethin|Nia|Iolo",
              "Llewellyn|Prosser|Bevan|ap Rhys|Griffiths|Powell|Meredith|Vaughan"),
    "scottish": ("Catriona|Alasdair|Eilidh|Murdo|Fiona|Lachlan|Mhairi|Callum",
                 "Macfarlane|Cruickshank|Ferguson|Lamont|MacKinnon|Baird|Gilchrist|Kerr"),
    "irish": ("Aoife|Cian|Niamh|Oisín|Sinéad|Ruairí|Caoimhe|Pádraig",
              "Ó Murchú|Kavanagh|Mac Giolla|Flanagan|Ní Bhriain|Donnelly|O'Driscoll|Geraghty"),
    "american": ("Brandon|Kayla|Chase|Shelby|Trent|Amber|Colton|Mackenzie",
                 "Abernathy|Pickett|Kowalczyk|Dunleavy|Haskins|Ridgeway|Tolliver|Vandermeer"),
    "african_american": ("Jaylen|Shaniqua|Darnell|Ebony|Terrell|Tamika|Andre|Precious",
                         "Greenlee|Whitaker|Jenkins|Pettiford|Gaither|Coleman|Merriweather|Dorsey"),
    "jamaican": ("Delroy|Marcia|Winston|Sharlene|Desmond|Tanisha|Clive|Yvonne",
                 "Campbell-Reid|Samuels|McKenzie|Grant|Henriques|Ebanks|Morrison|Lindo"),
    "quebecois": ("Marie-Ève|Jean-François|Geneviève|Mathieu|Josée|Sébastien|Mélanie|Patrice",
                  "Tremblay|Bouchard|Gagnon|Lévesque|Bergeron|Côté|Pelletier|Thibodeau"),
    "mexican": ("Guadalupe|Arturo|Marisol|Fernando|Yolanda|Héctor|Araceli|Ulises",
                "Hernández|Villarreal|Cervantes|Ibarra|Peña|Valenzuela|Ochoa|de la Garza"),
    "yoruba": ("Oluwaseun|Adebola|Temitope|Olumide|Abiodun|Yetunde|Kayode|Morenike",
               "Adeyemi|Oyelaran|Ogunleye|Akinwande|Olatunji|Bakare|Adebayo-Cole|Fashola"),
    "igbo": ("Chiamaka|Ikechukwu|Ngozi|Chinedu|Uchenna|Ifeoma|Nnamdi|Amarachi",
             "Okonkwo|Eze|Nwosu|Obi|Anyanwu|Okafor|Chukwu|Onyekachi"),
    "hausa": ("Aminu|Hadiza|Usman|Zainab|Sani|Fatima|Ibrahim|Hauwa",
              "Abubakar|Danjuma|Musa|Garba|Lawal|Bello|Sule|Yakubu"),
    "ghanaian": ("Kwame|Akosua|Kofi|Ama|Yaw|Efua|Kwabena|Abena",
                 "Mensah|Owusu|Asante|Boateng|Appiah|Darko|Agyeman|Ofori"),
    "kikuyu": ("Wambui|Kamau|Njeri|Mwangi|Wairimu|Githinji|Nyambura|Muriuki",
               "Gitau|Maina|Wanjiru|Ndungu|Kimani|Waweru|Mugo|Njuguna"),
    "zulu": ("Thandeka|Sipho|Nomvula|Bongani|Lindiwe|Themba|Zanele|Mandla",
             "Dlamini|Zungu|Ngcobo|Mkhize|Khumalo|Ntuli|Buthelezi|Mthembu"),
    "somali": ("Hodan|Abdirahman|Fadumo|Mahad|Ayaan|Liban|Sagal|Hamse",
               "Warsame|Farah|Jama|Abdi|Hersi|Egal|Ismail|Dualeh"),
    "hindi": ("Ankit|Priyanka|Saurabh|Ritu|Vikram|Shalini|Abhishek|Deepika",
              "Chaturvedi|Srivastava|Joshi|Pandey|Mishra|Tiwari|Khandelwal|Goyal"),
    "tamil": ("Arun|Kavitha|Senthil|Revathi|Murugan|Sangeetha|Balaji|Nithya",
              "Ramaswamy|Krishnamurthy|Natarajan|Sundaram|Ilango|Venkataraman|Palanisamy|Arumugam"),
    "bengali": ("Sourav|Moumita|Arnab|Tanushree|Debashis|Sreyashi|Anirban|Payel",
                "Bhattacharya|Mukherjee|Chatterjee|Ganguly|Banerjee|Sengupta|Bose|Dasgupta"),
    "punjabi": ("Gurpreet|Harjeet|Manjit|Simranjeet|Jaswinder|Navdeep|Baljit|Amrit",
                "Sandhu|Dhillon|Grewal|Gill|Sidhu|Randhawa|Bains|Brar"),
    "pakistani": ("Zeeshan|Ayesha|Bilal|Sadia|Faisal|Sidra|Imran|Hina",
                  "Qureshi|Siddiqui|Malik|Butt|Chaudhry|Mirza|Sheikh|Raza"),
    "chinese": ("Wei|Xiaoling|Jianguo|Meiling|Zhiwei|Yan|Guoqiang|Lihua",
                "Zhang|Chen|Liu|Huang|Zhou|Xu|Sun|Ma"),
    "korean": ("Ji-woo|Seung-hyun|Eun-ji|Hyun-woo|So-yeon|Jae-won|Min-ji|Tae-yang",
               "Park|Choi|Jung|Kang|Yoon|Jang|Lim|Han"),
    "japanese": ("Haruto|Yui|Ren|Akane|Sota|Mio|Riku|Aoi",
                 "Nakamura|Kobayashi|Watanabe|Ito|Takahashi|Hayashi|Shimizu|Mori"),
    "vietnamese": ("Minh|Lan|Tuan|Ngoc|Duc|Hoa|Quang|Thu",
                   "Nguyen|Tran|Le|Pham|Hoang|Vu|Dang|Bui"),
    "filipino": ("Rowena|Jericho|Marites|Bong|Leonora|Ramil|Analyn|Efren",
                 "dela Cruz|Macaraeg|Villanueva|Santiago|Bautista|Manalo|Dimaculangan|Reyes"),
    "indonesian": ("Budi|Siti|Agus|Dewi|Hendra|Ratna|Wahyu|Sri",
                   "Santoso|Wijaya|Hartono|Kusuma|Pratama|Setiawan|Gunawan|Nugroho"),
    "malay": ("Nurul|Hafiz|Aisyah|Azlan|Nadhirah|Razak|Syafiqah|Zulkifli",
              "bin Ismail|binti Ahmad|bin Osman|binti Yusof|bin Hamzah|binti Rahim|bin Salleh|binti Daud"),
    "thai": ("Somchai|Nattaya|Kittisak|Ploy|Anan|Suda|Chaiwat|Kanya",
             "Srisawat|Chaiyaporn|Wongsakul|Thongchai|Rattanakorn|Boonmee|Suwannarat|Jaidee"),
    "arab": ("Khaled|Rania|Omar|Lina|Youssef|Mariam|Fadi|Huda",
             "al-Khatib|Haddad|Khoury|Mansour|Abu-Zeid|Nassar|el-Amin|Saadeh"),
    "iranian": ("Reza|Leila|Farhad|Nasrin|Behrouz|Golnaz|Kourosh|Mina",
                "Ahmadi|Rostami|Nikpour|Ghorbani|Shirazi|Bahrami|Kazemi|Mohammadi"),
    "turkish": ("Emre|Elif|Burak|Zeynep|Mehmet|Ayşe|Can|Gülşen",
                "Yılmaz|Çelik|Şahin|Aydın|Öztürk|Kılıç|Doğan|Yıldız"),
    "greek": ("Dimitrios|Eleni|Georgios|Katerina|Nikolaos|Sofia|Konstantinos|Vasiliki",
              "Papadopoulou|Georgiou|Nikolaidis|Karagiannis|Vlachos|Pappas|Stavropoulos|Dimitriou"),
    "italian": ("Giacomo|Chiara|Alessandro|Francesca|Davide|Giulia|Stefano|Elisa",
                "Bianchi|Esposito|Ricci|Ferraro|Conti|De Luca|Moretti|Rinaldi"),
    "spanish": ("Lucía|Javier|Pilar|Álvaro|Nerea|Íñigo|Rocío|Ignacio",
                "García|Fernández|Martínez|de la Fuente|Ruiz|Iglesias|Sánchez|Morales"),
    "portuguese": ("Beatriz|João|Marta|Rui|Catarina|Nuno|Madalena|Gonçalo",
                   "Ferreira|Sousa|Carvalho|Gonçalves|dos Santos|Ribeiro|Correia|Magalhães"),
    "brazilian": ("Juliana|Rafael|Fernanda|Lucas|Camila|Mateus|Aline|Guilherme",
                  "da Silva|Oliveira|Pereira|Almeida|Costa|Araújo|Cavalcanti|Monteiro"),
    "french": ("Clémence|Julien|Margaux|Baptiste|Élodie|Quentin|Océane|Romain",
               "Dubois|Lefèvre|Moreau|Girard|Bonnet|Mercier|Laurent|Fontaine"),
    "german": ("Jürgen|Anke|Sebastian|Ulrike|Florian|Katrin|Björn|Heike",
               "Müller|Schmidt|Hoffmann|Schäfer|Wagner|Becker|Zimmermann|Weiß"),
    "dutch": ("Sanne|Bram|Lieke|Thijs|Femke|Jeroen|Eline|Ruud",
              "de Vries|Bakker|Visser|Smit|Jansen|van den Berg|de Jong|Vermeulen"),
    "polish": ("Agnieszka|Krzysztof|Małgorzata|Grzegorz|Dorota|Łukasz|Beata|Wojciech",
               "Nowak|Wiśniewska|Wojciechowski|Szczepańska|Grabowski|Jabłońska|Zając|Dąbrowski"),
    "ukrainian": ("Oksana|Taras|Larysa|Bohdan|Iryna|Mykola|Svitlana|Yaroslav",
                  "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Lysenko|Hrytsenko"),
    "maori": ("Aroha|Tamati|Mere|Wiremu|Hine|Rawiri|Anahera|Manaia",
              "Ngata|Parata|Tipene|Walker-Tane|Huata|Rangi|Tawhiri|Kereama"),
}
# Who lives where: half the people of a record come from its region's cultures, the others from anywhere.
REGION_CULTURES = {
    "US": ("american", "american", "african_american", "mexican", "korean", "vietnamese", "filipino"),
    "GB": ("english", "english", "welsh", "scottish", "irish", "pakistani", "jamaican", "polish"),
    "IN": ("hindi", "tamil", "bengali", "punjabi"),
    "NG": ("yoruba", "igbo", "hausa"),
    "AU": ("english", "greek", "italian", "vietnamese", "chinese", "maori"),
    "CA": ("quebecois", "english", "punjabi", "chinese", "filipino", "ukrainian"),
    "FR": ("french", "french", "arab"), "DE": ("german", "german", "turkish", "polish"),
    "ES": ("spanish", "spanish", "mexican"), "NL": ("dutch", "dutch", "indonesian", "turkish"),
    "PT": ("portuguese", "portuguese", "brazilian"), "PL": ("polish", "polish", "ukrainian"),
}


def _half(items: list, half: str) -> list:
    return items[HALVES.index(half)::2]


def people(half: str) -> dict[str, tuple[list[str], list[str]]]:
    """Every culture's given names and surnames of one half."""
    return {c: (_half(g.split("|"), half), _half(s.split("|"), half)) for c, (g, s) in CULTURES.items()}


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L").replace("ı", "i")) \
        .encode("ascii", "ignore").decode()


def _upper(text: str) -> str:
    return text.upper().replace("İ", "I")


@dataclass
class Person:
    given: str
    surname: str

    def form(self, how: str) -> str:
        """``how``: "" full, g given, s surname, U FULL, S SURNAME, G GIVEN, ls "Surname, Given",
        SG "SURNAME Given", i "G. Surname", l full in lower case."""
        g, s = self.given, self.surname
        return {"": f"{g} {s}", "g": g, "s": s, "U": _upper(f"{g} {s}"), "S": _upper(s), "G": _upper(g),
                "ls": f"{s}, {g}", "SG": f"{_upper(s)} {g}", "i": f"{g[0]}. {s}",
                "l": f"{g} {s}".lower()}[how]


# ---------------------------------------------------------------------------------------------- places
# region: (streets, "Town;state;postcode pattern" list); "#" a digit, "@" a capital letter. Split by parity.
PLACES = {
    "US": ("Alder Creek Road|Sunset Ridge Drive|Hawthorne Street|Quail Hollow Lane|S Ashland Avenue"
           "|Dogwood Terrace|Bayberry Court|Foxglove Way|E Grand River Ave|Riverbend Parkway",
           "Omaha;NE;681##|Des Moines;IA;503##|Richmond;VA;232##|Knoxville;TN;379##|Madison;WI;537##"
           "|Reno;NV;895##|Columbia;SC;292##|Lansing;MI;489##|Eugene;OR;974##|Akron;OH;443##"),
    "GB": ("Coronation Street|Marlborough Road|Foxhall Lane|Ravenscroft Close|Chestnut Avenue"
           "|Wellington Crescent|Byron Gardens|Meadowbank Drive|Queen's Parade|Larkspur Way",
           "Sheffield;;S# #@@|Bristol;;BS# #@@|Nottingham;;NG# #@@|Cardiff;;CF## #@@|Reading;;RG# #@@"
           "|Coventry;;CV# #@@|Aberdeen;;AB## #@@|Bolton;;BL# #@@|Luton;;LU# #@@|Plymouth;;PL# #@@"),
    "IN": ("Nehru Nagar Main Road|MG Road|Sarojini Naidu Marg|Bannerghatta Road|Park Street|Rajpur Road"
           "|Ashok Vihar Phase 2|Gandhi Bazaar Street",
           "Lucknow;;2260##|Coimbatore;;6410##|Bhopal;;4620##|Nagpur;;4400##|Mysuru;;5700##"
           "|Indore;;4520##|Vadodara;;3900##|Thiruvananthapuram;;6950##"),
    "NG": ("Adeola Odeku Street|Awolowo Road|Allen Avenue|Ogui Road|Ahmadu Bello Way|Aminu Kano Crescent"
           "|Bode Thomas Street|Ikwerre Road",
           "Ikeja;Lagos State;1002##|Enugu;Enugu State;4001##|Ibadan;Oyo State;2001##"
           "|Kaduna;Kaduna State;8002##"
           "|Abeokuta;Ogun State;1102##|Port Harcourt;Rivers State;5002##|Owerri;Imo State;4601##"
           "|Jos;Plateau State;9301##"),
    "AU": ("Banksia Street|Waratah Avenue|Kookaburra Close|Station Street|Eucalypt Drive|Parramatta Road"
           "|Lorikeet Lane|Sturt Street",
           "Ballarat;VIC;3350|Wollongong;NSW;2500|Townsville;QLD;4810|Launceston;TAS;7250|Bunbury;WA;6230"
           "|Geelong;VIC;3220|Toowoomba;QLD;4350|Mount Gambier;SA;5290"),
    "CA": ("Yonge Street|Rue Sainte-Catherine|Spadina Crescent|Barrington Street|Whyte Ridge Blvd"
           "|Lakeshore Road East|Rue Saint-Denis|Macleod Trail",
           "Hamilton;ON;L#@ #@#|Montréal;QC;H#@ #@#|Regina;SK;S#@ #@#|Kelowna;BC;V#@ #@#"
           "|Moncton;NB;E#@ #@#|Québec;QC;G#@ #@#|Red Deer;AB;T#@ #@#|London;ON;N#@ #@#"),
    "FR": ("rue du Faubourg Saint-Antoine|avenue des Acacias|place du Marché|rue Pasteur|boulevard Gambetta"
           "|rue des Capucines|chemin des Vignes|allée du Parc",
           "Angers;;490##|Clermont-Ferrand;;630##|Metz;;570##|Tours;;370##|Besançon;;250##|Perpignan;;660##"
           "|Limoges;;870##|Brest;;292##"),
    "DE": ("Ahornweg|Friedrichstraße|Am Stadtgraben|Eichendorffstraße|Birkenallee|Marktplatz"
           "|Hauptstraße|Zum Sportplatz",
           "Augsburg;;861##|Kassel;;341##|Dortmund;;441##|Erfurt;;990##|Mannheim;;681##|Rostock;;180##"
           "|Heidelberg;;691##|Osnabrück;;490##"),
    "ES": ("Calle de Alcalá|Avenida del Puerto|Calle Real|Plaza de la Merced|Calle de los Reyes Católicos"
           "|Avenida de Andalucía|Calle Larios|Paseo de la Castellana",
           "Córdoba;;140##|Alicante;;030##|Valladolid;;470##|Murcia;;300##|Oviedo;;330##|Cádiz;;110##"
           "|Pamplona;;310##|Logroño;;260##"),
    "NL": ("Dorpsstraat|Herengracht|Julianalaan|Nieuwe Binnenweg|Beatrixstraat|Zeeweg|Singel|Brink",
           "Rotterdam;;30## @@|Nijmegen;;65## @@|Tilburg;;50## @@|Zwolle;;80## @@|Arnhem;;68## @@"
           "|Delft;;26## @@|Maastricht;;62## @@|Apeldoorn;;73## @@"),
    "PT": ("Rua do Almada|Avenida da República|Rua Direita|Travessa da Palma|Rua de Cedofeita"
           "|Avenida dos Aliados|Rua do Sol|Calçada da Estrela",
           "Guimarães;;4800-###|Viseu;;3500-###|Leiria;;2400-###|Funchal;;9000-###|Matosinhos;;4450-###"
           "|Amadora;;2700-###|Tavira;;8800-###|Cascais;;2750-###"),
    "PL": ("ul. Marszałkowska|ul. Długa|al. Jerozolimskie|ul. Piotrkowska|ul. Kwiatowa|ul. Floriańska"
           "|os. Słoneczne|ul. Mickiewicza",
           "Kraków;;30-###|Łódź;;90-###|Poznań;;60-###|Gdańsk;;80-###|Wrocław;;50-###|Lublin;;20-###"
           "|Katowice;;40-###|Toruń;;87-###"),
}


def _fill(rng: random.Random, pattern: str) -> str:
    """``#`` a digit, ``@`` a capital letter, ``%`` a lower-case letter or digit; other characters as is."""
    pick = {"#": string.digits, "@": "ABCDEFGHJKLMNPRSTUWXY", "%": string.ascii_lowercase + string.digits}
    return "".join(rng.choice(pick[c]) if c in pick else c for c in pattern)


def streets(region: str, half: str) -> list[str]:
    return _half(PLACES[region][0].split("|"), half)


def _towns(region: str, half: str) -> list[list[str]]:
    return [t.split(";") for t in _half(PLACES[region][1].split("|"), half)]


def towns(region: str, half: str) -> list[str]:
    return [t[0] for t in _towns(region, half)]


def address(rng: random.Random, region: str, half: str, lines: bool) -> str:
    """A street address in the region's own order; ``lines``: one line per part, as on a letter."""
    street, (town, state, pattern) = rng.choice(streets(region, half)), rng.choice(_towns(region, half))
    code, n, sep = _fill(rng, pattern), rng.randint(3, 98), "\n" if lines else ", "
    if region in ("US", "CA"):
        n = rng.randint(12, 9870)
        unit = rng.choice(("", "", f", Apt {rng.randint(2, 40)}", f", Suite {rng.randint(100, 900)}"))
        return f"{n} {street}{unit}{sep}{town}, {state} {code}"
    if region == "GB":
        flat = rng.choice(("", "", f"Flat {rng.randint(1, 9)}, "))
        return f"{flat}{n} {street}{sep}{town}{sep}{code}"
    if region == "AU":
        unit = rng.choice(("", f"{rng.randint(1, 12)}/", f"Unit {rng.randint(1, 20)}, "))
        return f"{unit}{n} {street}{sep}{town} {state} {code}"
    if region == "IN":
        house = rng.choice((f"House No. {rng.randint(10, 480)}",
                            f"Flat {rng.randint(1, 9)}0{rng.randint(1, 8)}",
                            f"{rng.randint(1, 60)}/{rng.randint(1, 9)}"))
        return f"{house}, {street}{sep}{town}{rng.choice((' - ', ' '))}{code}"
    if region == "NG":
        return f"{n} {street}{sep}{town}, {state}"
    if region == "FR":
        return f"{n}{rng.choice(('', ' bis', ' ter'))} {street}{sep}{code} {town}"
    if region == "DE":
        return f"{street} {n}{rng.choice(('', 'a', 'c'))}{sep}{code} {town}"
    if region == "ES":
        return f"{street}, {n}, {rng.randint(1, 8)}.º {rng.choice('ABCDI')}{sep}{code} {town}"
    if region == "NL":
        return f"{street} {n}{rng.choice(('', '-huis', ' bis', '-3'))}{sep}{code} {town}"
    if region == "PT":
        return f"{street}, n.º {n}, {rng.randint(1, 6)}.º {rng.choice(('Esq.', 'Dto.'))}{sep}{code} {town}"
    if region == "PL":
        flat = rng.choice(("", f"/{rng.randint(1, 60)}", f" m. {rng.randint(1, 40)}"))
        return f"{street} {n}{flat}{sep}{code} {town}"
    raise ValueError(region)


# ---------------------------------------------------------------------------------------------- values
PHONES = {  # region: patterns; "#" a digit
    "US": ("(AAA) ###-####", "AAA-###-####", "+1 AAA ### ####", "AAA.###.####"),
    "CA": ("(AAA) ###-####", "AAA-###-####", "+1 AAA-###-####"),
    "GB": ("07### ######", "+44 7### ######", "020 7### ####", "0113 ### ####", "+44 (0)161 ### ####"),
    "IN": ("+91 9#### #####", "09#########", "98###-#####", "+91-80-2###-####"),
    "NG": ("+234 803 ### ####", "0806 ### ####", "0705-###-####", "+234 (0) 813 ### ####"),
    "AU": ("04## ### ###", "+61 4## ### ###", "(03) 9### ####", "(02) 4### ####"),
    "FR": ("06 ## ## ## ##", "+33 6 ## ## ## ##", "07 ## ## ## ##", "04 ## ## ## ##"),
    "DE": ("0151 ########", "+49 171 #######", "030 #######", "0176 / #######"),
    "ES": ("6## ### ###", "+34 6## ## ## ##", "91# ## ## ##"),
    "NL": ("06-########", "+31 6 ########", "010 ### ####", "06 ## ## ## ##"),
    "PT": ("9## ### ###", "+351 91# ### ###", "22# ### ###"),
    "PL": ("5## ### ###", "+48 6## ### ###", "+48 22 ### ## ##"),
}
AREAS = {"US": ("402", "515", "804", "865", "608", "775", "803", "517", "541", "330"),
         "CA": ("905", "514", "306", "250", "506", "418", "403", "519")}


def phone(rng: random.Random, region: str) -> str:
    while True:
        pattern = rng.choice(PHONES[region]).replace("AAA", rng.choice(AREAS.get(region, ("000",))))
        value = _fill(rng, pattern)
        if "555" not in value:
            return value


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada"
          " grudnia",
}
DATE_STYLES = {  # {d} {m} day and month, {dd} {mm} two digits, {M} month name, {y} year, {o} "14th"
    "US": ("{mm}/{dd}/{y}", "{M} {d}, {y}", "{m}/{d}/{y}"), "CA": ("{y}-{mm}-{dd}", "{M} {d}, {y}"),
    "GB": ("{dd}/{mm}/{y}", "{d} {M} {y}"), "AU": ("{dd}/{mm}/{y}", "{d} {M} {y}"),
    "IN": ("{dd}-{mm}-{y}", "{dd}/{mm}/{y}", "{d} {M} {y}"), "NG": ("{dd}/{mm}/{y}", "{o} {M}, {y}"),
    "FR": ("{dd}/{mm}/{y}", "{d} {M} {y}"), "DE": ("{dd}.{mm}.{y}", "{d}. {M} {y}"),
    "ES": ("{dd}/{mm}/{y}", "{d} de {M} de {y}"), "NL": ("{dd}-{mm}-{y}", "{d} {M} {y}"),
    "PT": ("{dd}/{mm}/{y}", "{d} de {M} de {y}"), "PL": ("{dd}.{mm}.{y}", "{d} {M} {y} r."),
}
REGION_LANG = {"FR": "fr", "DE": "de", "ES": "es", "NL": "nl", "PT": "pt", "PL": "pl"}


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def date(rng: random.Random, region: str, years: tuple[int, int], style: str | None = None) -> str:
    y, m, d = rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28)
    style = style or rng.choice(DATE_STYLES[region])
    month = MONTHS[REGION_LANG.get(region, "en")].split()[m - 1]
    return style.format(d=d, m=m, dd=f"{d:02d}", mm=f"{m:02d}", M=month, y=y, o=_ordinal(d))


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return value if rng.random() < 0.8 else value.replace("-", " ")


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "visa", "mc", "amex"))
    prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "amex": rng.choice(("34", "37"))}[kind]
    length = 15 if kind == "amex" else 16
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - 1 - len(prefix)))
    digits = body + _luhn_digit(body)
    sep = rng.choice((" ", "-", " ", ""))
    groups = (4, 6, 5) if kind == "amex" else (4, 4, 4, 4)
    parts, pos = [], 0
    for g in groups:
        parts.append(digits[pos:pos + g])
        pos += g
    return sep.join(parts)


IBAN_BODY = {"GB": "@@@@" + "#" * 14, "FR": "#" * 23, "DE": "#" * 18, "ES": "#" * 20, "NL": "@@@@" + "#" * 10,
             "PT": "#" * 21, "PL": "#" * 24}


def iban(rng: random.Random, country: str) -> str:
    body = _fill(rng, IBAN_BODY[country])
    number = int("".join(str(int(c, 36)) for c in body + country + "00"))
    raw = f"{country}{98 - number % 97:02d}{body}"
    return raw if rng.random() < 0.3 else " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def ip(rng: random.Random, v6: bool) -> str:
    if v6:
        return f"2a0{rng.randint(1, 9)}:{rng.randint(0x1000, 0xffff):x}:{rng.randint(1, 0xffff):x}::" \
               f"{rng.randint(1, 0xffff):x}"
    first = rng.choice((31, 37, 46, 62, 78, 81, 88, 94, 102, 105, 109, 122, 145, 154, 176, 178, 185, 197,
                        212))
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


PW_WORDS = ("Puffin", "Lantern", "Mango", "Thistle", "Comet", "Saffron", "Walnut", "Kettle", "Orchid",
            "Bramble",
            "Falafel", "Tornado", "Pebble", "Gecko", "Velvet", "Harbour")


def secret(rng: random.Random, kind: str) -> str:
    if kind == "pin":
        return _fill(rng, "#" * rng.choice((4, 4, 6)))
    if kind == "code":  # door, gate and alarm codes
        return _fill(rng, rng.choice(("####", "#####", "####*", "C####")))
    if kind == "recovery":
        return _fill(rng, "@@##-@#@#-##@@")
    if kind == "key":
        return rng.choice(("sk_live_", "rk_prod_", "api_", "AKIA")) + "".join(
            rng.choice(string.ascii_letters + string.digits) for _ in range(rng.choice((20, 24, 32))))
    a, b = rng.sample(PW_WORDS, 2)
    return rng.choice((f"{a}{b}{rng.randint(10, 99)}!", f"{a.lower()}-{b.lower()}-{rng.randint(1, 9)}",
                       f"{a}#{rng.randint(1960, 2024)}",
                       f"{a[0]}{_fill(rng, '%%%%%%')}{b[-1]}?{rng.randint(0, 9)}"))


PERSONAL_DOMAINS = {
    "US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com"),
    "CA": ("gmail.com", "sympatico.ca", "shaw.ca"),
    "GB": ("gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com"),
    "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in"), "NG": ("gmail.com", "yahoo.com", "outlook.com"),
    "AU": ("gmail.com", "bigpond.com", "optusnet.com.au"), "FR": ("orange.fr", "laposte.net", "gmail.com"),
    "DE": ("gmx.de", "web.de", "t-online.de"), "ES": ("gmail.com", "telefonica.net", "hotmail.es"),
    "NL": ("ziggo.nl", "kpnmail.nl", "gmail.com"), "PT": ("sapo.pt", "gmail.com"),
    "PL": ("wp.pl", "onet.pl", "o2.pl"),
}
# Firms (never labelled): "name|domain", invented for this corpus; per language.
FIRMS = {
    "en": ("Quillfern Analytics|quillfern.com", "Bramblecote Housing Association|bramblecote.org.uk",
           "Northvane Insurance|northvane.com", "Tessellate Labs|tessellatelabs.io",
           "Corvid Systems|corvid.systems",
           "Amberline Foods|amberlinefoods.com", "Kestrel Mutual|kestrelmutual.co",
           "Greyfold Lettings|greyfold.co.uk",
           "Pinnacle Ridge Clinic|pinnacleridge.health", "Saltmarsh Freight|saltmarshfreight.com",
           "Lumenfield Academy|lumenfield.sch.uk", "Orbital Kitchens|orbitalkitchens.com"),
    "fr": ("Atelier Brume SARL|atelier-brume.fr", "Cabinet Azur Conseil|azurconseil.fr"),
    "de": ("Nordwerk Logistik GmbH|nordwerk-logistik.de", "Sonnfeld Hausverwaltung|sonnfeld-hv.de"),
    "es": ("Soluciones Alcor S.L.|alcor-soluciones.es", "Gestoría Miralba|miralba.es"),
    "nl": ("Tulpgroen B.V.|tulpgroen.nl", "Woonstichting Dijkzicht|dijkzicht.nl"),
    "pt": ("Ondas Atlânticas Lda.|ondasatlanticas.pt", "Clínica Horizonte|clinicahorizonte.pt"),
    "pl": ("Bursztyn Serwis sp. z o.o.|bursztyn-serwis.pl", "Kancelaria Lipowa|kancelaria-lipowa.pl"),
}


# ---------------------------------------------------------------------------------------------- rendering
SLOT = re.compile(r"⟦([^⟧]*)⟧")
INSTRUCTIONS = {  # a line people write above what they paste ("" : they paste it bare)
    "en": ("", "", "Can you tidy up this text I copied from a PDF? Keep everything, just fix the formatting.",
           "Summarise this in five bullet points:", "Please proofread the document below.",
           "Turn this into a clean table where you can:", "What are the key dates and obligations here?",
           "Translate this into plain English for me:", "Pasted from the scan, sorry about the mess:"),
    "fr": ("", "Peux-tu remettre en forme ce texte copié d'un PDF ?", "Résume ce document :"),
    "de": ("", "Kannst du diesen Text aus dem PDF sauber formatieren?", "Fasse das bitte kurz zusammen:"),
    "es": ("", "¿Puedes ordenar este texto copiado de un PDF?", "Resúmeme este documento:"),
    "nl": ("", "Kun je deze tekst uit een pdf netjes opmaken?", "Vat dit document samen:"),
    "pt": ("", "Podes arrumar este texto copiado de um PDF?", "Resume este documento:"),
    "pl": ("", "Czy możesz uporządkować ten tekst skopiowany z PDF?", "Streść ten dokument:"),
}
PAGE_MARKS = {"en": ("Page {n} of {m}", "- {n} -", "Page {n}", "{n}/{m}"),
              "fr": ("Page {n} sur {m}", "- {n} -"),
              "de": ("Seite {n} von {m}", "- {n} -"), "es": ("Página {n} de {m}", "{n}/{m}"),
              "nl": ("Pagina {n} van {m}", "- {n} -"), "pt": ("Página {n} de {m}", "{n}/{m}"),
              "pl": ("Strona {n} z {m}", "- {n} -")}
RUNNING = {"en": ("CONFIDENTIAL", "Private and confidential", "Printed {date}"), "fr": ("CONFIDENTIEL",),
           "de": ("VERTRAULICH",), "es": ("CONFIDENCIAL",), "nl": ("VERTROUWELIJK",), "pt": ("CONFIDENCIAL",),
           "pl": ("POUFNE",)}


@dataclass
class Template:
    name: str
    lang: str
    genre: str
    text: str
    neg_class: str | None = None
    region: str = "*"  # "*": drawn per record among EN_REGIONS
    columns: bool = False  # laid out in two columns on paper (CVs, newsletters, reports)


class Doc:
    """Characters, each with the index of the span it belongs to (-1: none), so a layout change that
    inserts or replaces characters keeps every value's span over it."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.owner: list[int] = []
        self.types: list[str] = []

    def add(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.types.append(kind)
        self.chars.extend(text)
        self.owner.extend([len(self.types) - 1 if kind else -1] * len(text))

    def lines(self) -> list[list[tuple[str, int]]]:
        out: list[list[tuple[str, int]]] = [[]]
        for ch, o in zip(self.chars, self.owner, strict=True):
            if ch == "\n" and o == -1:
                out.append([])
            else:
                out[-1].append((ch, o))
        return out

    def set_lines(self, lines: list[list[tuple[str, int]]]) -> None:
        self.chars, self.owner = [], []
        for i, line in enumerate(lines):
            if i:
                self.chars.append("\n")
                self.owner.append(-1)
            self.chars.extend(c for c, _ in line)
            self.owner.extend(o for _, o in line)

    def text(self) -> str:
        return "".join(self.chars)

    def spans(self) -> list[dict]:
        where: dict[int, list[int]] = {}
        for i, o in enumerate(self.owner):
            if o >= 0:
                where.setdefault(o, []).append(i)
        text, spans = self.text(), []
        for o, at in sorted(where.items()):
            assert at[-1] - at[0] + 1 == len(at), "a value was split by the layout"
            spans.append({"type": self.types[o], "start": at[0], "end": at[-1] + 1,
                          "value": text[at[0]:at[-1] + 1]})
        return sorted(spans, key=lambda s: s["start"])


class _Record:
    """One rendering's values: a slot gives the same value wherever it appears."""

    def __init__(self, rng: random.Random, half: str, template: Template):
        self.rng, self.half, self.lang = rng, half, template.lang
        if template.lang in LANG_REGION:
            self.region = LANG_REGION[template.lang]
        elif template.region == "*":
            self.region = rng.choices(EN_REGIONS, EN_WEIGHTS)[0]
        else:
            self.region = template.region
        self.pool = people(half)
        self.persons: dict[str, Person] = {}
        self.values: dict[str, tuple[str, str | None]] = {}
        self.style = rng.choice(DATE_STYLES[self.region])
        self.firms = rng.sample(FIRMS[template.lang], 2)

    def person(self, key: str) -> Person:
        if key not in self.persons:
            rng = self.rng
            culture = rng.choice(REGION_CULTURES[self.region] if rng.random() < 0.5 else sorted(CULTURES))
            given, surnames = self.pool[culture]
            taken = {w for p in self.persons.values() for w in (p.given, p.surname)}
            self.persons[key] = Person(rng.choice([g for g in given if g not in taken] or given),
                                       rng.choice([s for s in surnames if s not in taken] or surnames))
        return self.persons[key]

    def email(self, p: Person, work: bool) -> str:
        g, s = (re.sub(r"[^a-z]", "", _ascii(x).lower()) for x in (p.given, p.surname))
        rng = self.rng
        if work:
            domain = self.firms[0].split("|")[1]
            return f"{rng.choice((f'{g}.{s}', f'{g[0]}.{s}', g, f'{s}{g[0]}'))}@{domain}"
        local = rng.choice((f"{g}.{s}", f"{g}{s}{rng.randint(1, 99)}", f"{s}.{g}",
                            f"{g[0]}{s}{rng.randint(70, 99)}",
                            f"{g}_{s[:4]}"))
        return f"{local}@{rng.choice(PERSONAL_DOMAINS[self.region])}"

    def fill(self, slot: str) -> tuple[str, str | None]:
        if slot in self.values:
            return self.values[slot]
        rng, region = self.rng, self.region
        m = re.fullmatch(r"([A-H])(?:\.(\w+))?", slot)
        if m:
            value: tuple[str, str | None] = (self.person(m.group(1)).form(m.group(2) or ""), "PERSON")
        else:
            kind, _, arg = slot.partition(":")
            kind = kind.split("~")[0]
            if kind == "pick":
                value = (rng.choice(arg.split("|")), None)
            elif kind == "ref":
                value = (_fill(rng, arg), None)
            elif kind == "amt":
                amount = f"{rng.randint(120, 9800):,}.{rng.choice(('00', '50', '99', '25'))}"
                if self.lang != "en":  # 1.234,50 or 1 234,50
                    amount = amount.replace(",", " " if self.lang in ("fr", "pl") else "#").replace(".", ",")
                value = (amount.replace("#", "."), None)
            elif kind == "date":  # not a birth date: this year or next
                value = (date(rng, region, (2025, 2026), self.style), None)
            elif kind == "firm":
                value = (self.firms[int(arg or 0)].split("|")[0], None)
            elif kind == "web":
                value = (self.firms[int(arg or 0)].split("|")[1], None)
            elif kind in ("mail", "wmail"):
                value = (self.email(self.person(arg), kind == "wmail"), "EMAIL_ADDRESS")
            elif kind == "tel":
                value = (phone(rng, region), "PHONE_NUMBER")
            elif kind in ("addr", "addrml"):
                value = (address(rng, region, self.half, kind == "addrml"), "LOCATION")
            elif kind == "town":
                value = (rng.choice(towns(region, self.half)), "LOCATION")
            elif kind == "dob":  # "dob:kid" a pupil's
                years = (2009, 2019) if arg == "kid" else (1946, 2004)
                value = (date(rng, region, years), "DATE_OF_BIRTH")
            elif kind == "ssn":
                value = (ssn(rng), "US_SSN")
            elif kind == "card":
                value = (card(rng), "CREDIT_CARD")
            elif kind == "iban":
                value = (iban(rng, region if region in IBAN_BODY else "GB"), "IBAN_CODE")
            elif kind == "ip":
                value = (ip(rng, arg == "6"), "IP_ADDRESS")
            elif kind == "secret":
                value = (secret(rng, arg), "SECRET")
            else:
                raise ValueError(f"unknown slot {slot!r}")
        self.values[slot] = value
        return value


# ---------------------------------------------------------------------------------------------- layouts
def _breakable(doc: Doc, o: int) -> bool:
    return o == -1 or doc.types[o] in BREAKABLE


def _word_ends(chars: list[str], i: int) -> tuple[int, int]:
    s, e = i, i
    while s > 0 and chars[s - 1].isalpha():
        s -= 1
    while e < len(chars) and chars[e].isalpha():
        e += 1
    return s, e


def _wrap(doc: Doc, width: int, hyphen: bool, only_free: bool = False) -> None:
    """Hard-wrap every line longer than ``width``, as text copied out of a PDF: at a space (inside names and
    addresses too, unless ``only_free``; the newline then belongs to the value) or, with ``hyphen``, inside a
    long word at the margin (``Fitz-\\ngerald``, the hyphen and newline belonging to the word's value)."""
    chars, owner = doc.chars, doc.owner
    i, line_start = 0, 0
    while i < len(chars):
        if chars[i] == "\n":
            line_start = i + 1
        elif i - line_start >= width:
            if hyphen:
                s, e = _word_ends(chars, i)
                after = chars[e] if e < len(chars) else " "
                if e - s >= 6 and i - s >= 2 and e - i >= 3 and len(set(owner[s:e])) == 1 \
                        and _breakable(doc, owner[s]) and (s == 0 or chars[s - 1] in " \t(\"'") \
                        and (after in " \n\t,;:)\"'"
                             or (after == "." and chars[e + 1:e + 2] in ([], [" "], ["\n"]))):
                    chars[i:i] = ["-", "\n"]
                    owner[i:i] = [owner[s]] * 2
                    i, line_start = i + 2, i + 2
                    continue
            j = next((k for k in range(i, line_start, -1) if chars[k] == " " and (
                owner[k] == -1 or (not only_free and _breakable(doc, owner[k])))), None)
            if j is not None:
                chars[j] = "\n"
                line_start = j + 1
                continue
        i += 1


def _columns(doc: Doc, rng: random.Random) -> None:
    """Two columns read straight across, as a PDF of a two-column page pastes: the first half of the lines
    on the left, the second half on the right, values kept on one line."""
    doc.chars = [" " if c == "\n" and o != -1 else c for c, o in zip(doc.chars, doc.owner, strict=True)]
    width = rng.randint(34, 42)
    _wrap(doc, width, False, only_free=True)
    lines = [line for line in doc.lines()]
    half = (len(lines) + 1) // 2
    left, right = lines[:half], lines[half:] + [[]]
    gap = rng.choice(("   ", "\t", "     "))
    pad = max(len(x) for x in left)
    out = []
    for a, b in zip(left, right, strict=False):
        row = a + ([(" ", -1)] * (pad - len(a)) + [(c, -1) for c in gap] if b else [])
        out.append(row + b)
    doc.set_lines(out)


def _pages(doc: Doc, rng: random.Random, lang: str, region: str) -> None:
    """Running footers (and sometimes headers) every few lines, never inside a value."""
    lines = doc.lines()
    every = rng.randint(9, 16)
    total = (len(lines) + every - 1) // every
    mark = rng.choice(PAGE_MARKS[lang])
    running = rng.choice(RUNNING[lang] + ("",)).format(date=date(rng, region, (2025, 2026)))
    out: list[list[tuple[str, int]]] = []
    for n, start in enumerate(range(0, len(lines), every), 1):
        if running and n > 1:
            out += [[(c, -1) for c in running], []]
        out += lines[start:start + every]
        out += [[], [(c, -1) for c in mark.format(n=n, m=total)]]
        if n < total:
            out.append([(c, -1) for c in "\f"] if rng.random() < 0.2 else [])
    doc.set_lines(out)


def _tabs(doc: Doc, rng: random.Random) -> None:
    """Form labels followed by tabs instead of a space, as text pasted out of a form or table."""
    text = doc.text()
    for m in reversed(list(re.finditer(r"(?m)^[^\n:]{2,32}:( +)(?=\S)", text))):
        a, b = m.span(1)
        if all(o == -1 for o in doc.owner[m.start():b]):
            tab = rng.choice(("\t", "\t\t", " \t"))
            doc.chars[a:b] = list(tab)
            doc.owner[a:b] = [-1] * len(tab)


def _reflow(doc: Doc) -> None:
    """Join a paragraph's lines (a line break between a word or comma and a lower-case word), so a wrap at
    another width breaks it as the PDF did, not on top of the template's own breaks."""
    chars = doc.chars
    for i in range(1, len(chars) - 1):
        if chars[i] == "\n" and doc.owner[i] == -1 and (chars[i - 1].isalpha() or chars[i - 1] == ",") \
                and chars[i + 1].islower():
            chars[i] = " "


def lay_out(doc: Doc, template: Template, rng: random.Random, region: str) -> str:
    """Apply a layout chosen for this record; its name, e.g. ``hyphen+pages``."""
    base = rng.choices(("clean", "wrap", "hyphen", "columns"), (30, 30, 30, 45 if template.columns else 0))[0]
    done = [base]
    if base == "columns":
        _columns(doc, rng)
    elif base != "clean":
        _reflow(doc)
        _wrap(doc, rng.randint(44, 72), base == "hyphen")
    if rng.random() < 0.35:
        _tabs(doc, rng)
        done.append("tabs")
    if rng.random() < 0.4:
        _pages(doc, rng, template.lang, region)
        done.append("pages")
    return "+".join(done)


def well_labelled(text: str, spans: list[dict]) -> bool:
    """Every whole-word occurrence of a labelled value (in lower case) is inside a span, no two spans
    overlap, no two names touch and no value starts or ends inside a word."""
    folded = text.lower()
    if len(folded) != len(text):
        return False
    covered = [False] * len(text)
    for s in spans:
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
        if text[s["start"] - 1:s["start"]].isalnum() or text[s["end"]:s["end"] + 1].isalnum():
            return False
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["value"].lower()) + r"(?!\w)", folded):
            if not all(covered[m.start():m.end()]):
                return False
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ordered, ordered[1:], strict=False):
        touching = not text[a["end"]:b["start"]].strip()
        if a["end"] > b["start"] or (a["type"] == b["type"] == "PERSON" and touching):
            return False
    return True


def render(template: Template, rng: random.Random, half: str) -> tuple[str, list[dict], str, str]:
    """The text, its spans, the record's region and its layout."""
    record = _Record(rng, half, template)
    doc, last = Doc(), 0
    for m in SLOT.finditer(template.text):
        doc.add(template.text[last:m.start()])
        value, kind = record.fill(m.group(1))
        doc.add(value, kind)
        last = m.end()
    doc.add(template.text[last:])
    layout = lay_out(doc, template, rng, record.region)
    ask = rng.choice(INSTRUCTIONS[template.lang])
    if ask:
        body = doc
        doc = Doc()
        doc.add(ask + "\n\n")
        doc.types = body.types
        doc.chars += body.chars
        doc.owner += body.owner
    return doc.text(), doc.spans(), record.region, layout


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default: the half's size) of one half."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    n = SIZES[half] if n is None else n
    pools: dict[tuple[bool, str], list[Template]] = {}
    for t in TEMPLATES[half]:
        pools.setdefault((t.neg_class is not None, t.lang), []).append(t)
    order = random.Random(f"corpus14|{seed}|{half}|order")
    for key in sorted(pools):
        order.shuffle(pools[key])
    foreign = {neg: [lang for lang in LANGS[1:] if (neg, lang) in pools] for neg in (False, True)}
    used: dict[tuple[bool, str], int] = {}
    abroad = {False: 0, True: 0}  # foreign records so far, to take the languages in turn
    records = []
    for i in range(n):
        negative = i % 4 == 3
        lang, langs = "en", foreign[negative]
        if i % 5 == 2 and langs:
            lang = langs[abroad[negative] % len(langs)]
            abroad[negative] += 1
        key = (negative, lang)
        template = pools[key][used.get(key, 0) % len(pools[key])]
        used[key] = used.get(key, 0) + 1
        for draw in range(MAX_DRAWS):
            rng = random.Random(f"corpus14|{seed}|{half}|{i}|{draw}")
            text, spans, region, layout = render(template, rng, half)
            if well_labelled(text, spans):
                break
        else:
            raise RuntimeError(f"{template.name}: no well-labelled draw")
        meta = {"half": half, "template": template.name, "genre": template.genre, "lang": template.lang,
                "region": region, "layout": layout, "kind": "negative" if negative else "positive"}
        if negative:
            meta["neg_class"] = template.neg_class
        records.append({"id": f"c14-{half}-{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


# ---------------------------------------------------------------------------------------------- templates
def _t(half: str, name: str, genre: str, text: str, lang: str, region: str, neg: str | None,
       columns: bool) -> Template:
    return Template(f"c14-{half}-{name}", lang, genre, text.strip("\n"), neg, region, columns)


def _d(name: str, genre: str, text: str, lang: str = "en", region: str = "*", neg: str | None = None,
       columns: bool = False) -> Template:
    return _t("dev", name, genre, text, lang, region, neg, columns)


def _x(name: str, genre: str, text: str, lang: str = "en", region: str = "*", neg: str | None = None,
       columns: bool = False) -> Template:
    return _t("test", name, genre, text, lang, region, neg, columns)


DEV = [
    # ------------------------------------------------------------------------- positives, English
    _d("cv-two-column", "cv", """
⟦A.U⟧
⟦addr⟧  |  ⟦tel⟧  |  ⟦mail:A⟧
Date of birth: ⟦dob⟧

PROFILE
Operations coordinator with eight years in freight and warehousing. Comfortable with SAP, Excel and
people management; calm under pressure and good at untangling messy processes.

EXPERIENCE
Senior Operations Coordinator, ⟦firm⟧ (2019 – present)
- Ran the inbound desk for three sites, cut late deliveries by 18 %.
- Trained eleven new starters and wrote the shift handover guide.
Logistics Assistant, ⟦firm:1⟧ (2015 – 2019)
- Booked hauliers, chased PODs, reconciled fuel cards every month.

EDUCATION
BSc Business Management, 2:1

REFEREES
⟦B⟧, Head of Operations – ⟦tel~2⟧ – ⟦wmail:B⟧
⟦C⟧, former line manager – ⟦mail:C⟧
""", columns=True),
    _d("cover-letter-block", "cover_letter", """
⟦addrml⟧
⟦tel⟧
⟦mail:A⟧

⟦date⟧

⟦B⟧
Hiring Manager
⟦firm⟧

Dear ⟦B⟧,

Application for the position of Customer Success Lead (ref. ⟦ref:CS-####⟧)

I am writing to apply for the Customer Success Lead role advertised on your careers page. In my current
post I look after forty mid-market accounts and have kept renewals above 94 % for two years running. I
enjoy the part of the job where a frustrated customer becomes an advocate, and I think your team's
approach to onboarding is one I could add to from day one.

I would welcome the chance to talk further and can be reached on the number above at any time.

Yours sincerely,

⟦A⟧
""", region="GB"),
    _d("reference-letter", "reference_letter", """
REFERENCE – ⟦A.U⟧

To whom it may concern,

I have known ⟦A⟧ for four years, first as a volunteer and then as a paid member of my team at
⟦firm⟧, where ⟦A.g⟧ worked as a support worker from ⟦date⟧. ⟦A.g⟧ is punctual, thoughtful and
trusted by the families we work with. When a client's care plan fell apart over a bank holiday
weekend, it was ⟦A.g⟧ who stayed on the phone until cover was found.

I recommend ⟦A.s⟧ without reservation. Please contact me if you need anything further.

⟦B⟧
Registered Manager
Direct line: ⟦tel⟧
Email: ⟦wmail:B⟧
"""),
    _d("employment-contract", "employment_contract", """
CONTRACT OF EMPLOYMENT

THIS AGREEMENT is made on ⟦date⟧

BETWEEN:
(1) ⟦firm⟧ (the "Company"); and
(2) ⟦A.U⟧ of ⟦addr⟧ (the "Employee").

1. COMMENCEMENT. The Employee's employment begins on ⟦date~2⟧. No previous employment counts
towards continuous service.
2. JOB TITLE. The Employee is employed as Warehouse Team Leader and reports to ⟦B⟧.
3. PAY. The salary is ⟦amt⟧ per month, paid on the last working day into the account below.
   Account holder: ⟦A⟧    IBAN: ⟦iban⟧
4. HOURS. 40 hours a week, Monday to Friday, with a one-hour unpaid lunch break.
5. HOLIDAY. 25 days plus public holidays.

Employee date of birth: ⟦dob⟧       Emergency contact: ⟦C⟧, ⟦tel⟧

Signed for the Company: ⟦B⟧                Signed by the Employee: ⟦A⟧
""", region="GB"),
    _d("tenancy-agreement", "tenancy_agreement", """
ASSURED SHORTHOLD TENANCY AGREEMENT

THE PROPERTY: ⟦addr⟧

BETWEEN: ⟦A.U⟧ ("the Landlord")
AND: ⟦B.U⟧ and ⟦C.U⟧ ("the Tenants")

TERM: 12 months from ⟦date⟧
RENT: ⟦amt⟧ per calendar month, payable in advance on the 1st of each month.
DEPOSIT: protected with a government-approved scheme within 30 days of receipt.

The Tenants agree:
(a) to keep the Property clean and in good condition;
(b) not to sublet without the Landlord's written consent;
(c) to give access for repairs on 24 hours' notice.

Landlord's address for notices: ⟦addr~2⟧
Tenant contact: ⟦B.g⟧ – ⟦tel⟧ / ⟦C.g⟧ – ⟦tel~2⟧

Signed ............ ⟦A⟧ (Landlord)     Signed ............ ⟦B⟧, ⟦C⟧ (Tenants)
"""),
    _d("nda-mutual", "nda", """
MUTUAL NON-DISCLOSURE AGREEMENT

This Agreement is entered into by and between ⟦firm⟧, a company whose office is at the address on its
website ("Company"), and ⟦A⟧, an individual residing at ⟦addr⟧ ("Consultant").

1. Each party may disclose Confidential Information to the other in connection with the evaluation of
a possible engagement (the "Purpose").
2. The receiving party shall use Confidential Information only for the Purpose and shall not disclose
it to any third party without prior written consent.
3. This Agreement continues for two (2) years from the Effective Date, ⟦date⟧.

IN WITNESS WHEREOF the parties have signed below.

COMPANY                                     CONSULTANT
By: ⟦B⟧                          By: ⟦A.U⟧
Title: Chief Operating Officer              Email: ⟦mail:A⟧
Date: ⟦date⟧                             Phone: ⟦tel⟧
"""),
    _d("invoice-freelancer", "invoice", """
INVOICE  ⟦ref:INV-2025-###⟧

From:                                   To:
⟦A⟧                             ⟦firm⟧
⟦addr⟧                         Accounts Payable
⟦mail:A⟧

Invoice date: ⟦date⟧          Due: ⟦date~2⟧

Description                                   Qty     Rate       Amount
Copywriting – spring product pages             12     85.00     1,020.00
Editing and proofreading                         6     60.00       360.00
                                                        TOTAL     1,380.00

Payment by bank transfer to:
Account name: ⟦A⟧
IBAN: ⟦iban⟧
Or pay by card over the phone: ⟦tel⟧

Thank you, ⟦A.g⟧
""", region="GB"),
    _d("minutes-committee", "meeting_minutes", """
MINUTES OF THE MONTHLY COMMITTEE MEETING – ⟦date⟧

Present: ⟦A⟧ (Chair), ⟦B⟧ (Treasurer), ⟦C⟧, ⟦D⟧
Apologies: ⟦E⟧

1. Minutes of the last meeting were agreed as a true record.
2. Treasurer's report. ⟦B.g⟧ reported a balance of ⟦amt⟧ and asked members to chase
   unpaid subscriptions before the end of the quarter.
3. Summer fair. ⟦C.s⟧ will book the marquee; ⟦D.g⟧ to contact the council about road closure.
4. AOB. ⟦E.g⟧ has moved to ⟦town⟧ and will step down from the committee in the autumn.

ACTIONS
- ⟦C⟧: marquee booking by ⟦date~2⟧
- ⟦D⟧: road-closure request (⟦D.g⟧'s mobile for the council: ⟦tel⟧)

Next meeting: ⟦date~3⟧
"""),
    _d("incident-report-work", "incident_report", """
WORKPLACE ACCIDENT / INCIDENT REPORT FORM

Section A – Person involved
Full name: ⟦A⟧
Home address: ⟦addr⟧
Date of birth: ⟦dob⟧
Contact number: ⟦tel⟧
Employee / visitor / contractor: Employee

Section B – What happened
Date and time: ⟦date⟧, 14:20
Location: loading bay 3
Description: While stacking returns, a pallet slipped off the forks and caught ⟦A.g⟧'s left foot.
First aid was given by ⟦B⟧. ⟦A.g⟧ was taken to A&E by ⟦C⟧ as a precaution.

Section C – Witnesses
⟦D⟧ (⟦tel~2⟧)

Reported by: ⟦B⟧    Signature: ⟦B.i⟧    Date: ⟦date⟧
"""),
    _d("school-report", "school_report", """
END OF YEAR REPORT

Pupil: ⟦A⟧          Date of birth: ⟦dob:kid⟧          Form: 8R
Form tutor: ⟦B⟧

Attendance: 96.4 %     Punctuality: Good

ENGLISH – ⟦A.g⟧ writes with real imagination and has worked hard on paragraphing. Target: vary
sentence openings.
MATHEMATICS – Secure on fractions and ratio; needs to show working on multi-step problems.
SCIENCE – ⟦A.g⟧ asks excellent questions in practicals.

Tutor's comment: A settled and kind member of 8R. Well done, ⟦A.g⟧!
Head of Year: ⟦C⟧

Parent/carer: ⟦D⟧, ⟦addr⟧. If you would like to discuss this report please email
⟦wmail:B⟧.
"""),
    _d("gp-referral", "medical_referral", """
Dear Dr ⟦B.s⟧,

Re: ⟦A.U⟧   DOB: ⟦dob⟧
Address: ⟦addr⟧   Tel: ⟦tel⟧

Thank you for seeing this pleasant patient who presents with a three-month history of intermittent
palpitations, worse on exertion, with two episodes of near-syncope. ECG in surgery showed sinus rhythm.
Bloods including TFTs were normal. Past history of asthma; no regular medication apart from a
salbutamol inhaler. ⟦A.g⟧ works night shifts as a care assistant and is keen to be seen before
starting a new post next month.

I would be grateful for your assessment and consideration of ambulatory monitoring.

Yours sincerely,

Dr ⟦C⟧
Riverside Medical Practice
"""),
    _d("insurance-claim-us", "insurance_claim", """
PROPERTY LOSS CLAIM FORM                                 Policy no. ⟦ref:HO-#######⟧

POLICYHOLDER
Last name: ____ ⟦A.S⟧            First name(s): ____ ⟦A.G⟧
SSN: ⟦ssn⟧                 Date of birth: ⟦dob⟧
Mailing address: ⟦addr⟧
Phone (day): ⟦tel⟧          Email: ⟦mail:A⟧

LOSS DETAILS
Date of loss: ⟦date⟧          Type: Water damage (burst pipe, upstairs bathroom)
Describe what happened: Pipe under the vanity split overnight; water came through the kitchen ceiling.
Plumber attended same day (invoice attached).

REFUND / DEDUCTIBLE PAYMENT
Card on file: ⟦card⟧

I declare the information above is true and complete.
Signature: ⟦A⟧                  Date: ⟦date~2⟧
""", region="US"),
    _d("visa-invitation", "visa_letter", """
To: The Visa Officer

LETTER OF INVITATION

I, ⟦A⟧, of ⟦addr⟧, invite my sister-in-law, ⟦B.U⟧ (born ⟦dob⟧ in ⟦town⟧), to stay with us
for three weeks from ⟦date⟧ to attend the christening of our son.

⟦B.g⟧ will stay at our home for the whole visit and I will cover her accommodation and food. She has a
return ticket and a permanent job to go back to. I work as a pharmacist at ⟦firm⟧ and enclose my
payslips and proof of address.

If you need anything further, please call me on ⟦tel⟧ or email ⟦mail:A⟧.

Yours faithfully,

⟦A⟧
"""),
    _d("donor-list", "donor_list", """
SPRING APPEAL – DONORS TO THANK (export from the CRM)

Name                      | Town            | Email                              | Gift
⟦A⟧              | ⟦town⟧      | ⟦mail:A⟧           | ⟦amt⟧
⟦B⟧              | ⟦town~2⟧      | ⟦mail:B⟧           | ⟦amt~2⟧
⟦C⟧              | ⟦town~3⟧      | ⟦mail:C⟧           | ⟦amt~3⟧
⟦D.ls⟧             | –               | (no email, post: ⟦addr⟧) | ⟦amt~4⟧

Notes: ⟦B.g⟧ asked to stay anonymous in the newsletter. ⟦D.s⟧ gives monthly by card ending
in ⟦ref:####⟧ – card renewal due.
"""),
    _d("council-letter", "council_letter", """
Council Tax Department
Reference: ⟦ref:CT/#######⟧

⟦A⟧
⟦addrml⟧

⟦date⟧

Dear ⟦A⟧,

COUNCIL TAX – SINGLE PERSON DISCOUNT REVIEW

Our records show that you have claimed a 25 % single person discount since ⟦date~2⟧. We are
reviewing all discounts and need you to confirm who lives at the property. Information we hold
suggests that ⟦B⟧ may also be resident there.

Please complete the enclosed form within 21 days. If your circumstances have changed, call
⟦C⟧ in the revenues team on ⟦tel⟧.

Yours sincerely,
⟦C⟧
Revenues Officer
"""),
    _d("ticket-export", "support_ticket", """
Ticket #⟦ref:#####⟧  |  Status: Open  |  Priority: High
Requester: ⟦A⟧ <⟦mail:A⟧>
Phone: ⟦tel⟧
Created: ⟦date⟧ 09:12   Channel: Web form   Client IP: ⟦ip⟧

--- Message ---
Hi, I can't log in since the update. I've reset my password twice, the last one was
⟦secret:pw⟧ and it still says invalid credentials. Our integration also stopped working,
the key we use is ⟦secret:key⟧ in case that helps. Please call me, it's urgent.

--- Internal note (⟦B⟧) ---
Account locked after 5 failed attempts from ⟦ip~2⟧. Unlocked. Asked customer to rotate the key.
Reassigned to ⟦C.g⟧ for follow-up.
"""),
    _d("bank-mandate-ng", "employment_contract", """
STAFF BIO-DATA AND SALARY ACCOUNT FORM

SURNAME: ⟦A.S⟧        OTHER NAMES: ⟦A.G⟧
DATE OF BIRTH: ⟦dob⟧       STATE OF ORIGIN / TOWN: ⟦town⟧
RESIDENTIAL ADDRESS: ⟦addr⟧
PHONE: ⟦tel⟧     E-MAIL: ⟦mail:A⟧
NEXT OF KIN: ⟦B⟧     RELATIONSHIP: Spouse     PHONE: ⟦tel~2⟧

SALARY ACCOUNT (for transfers from abroad): ⟦iban⟧

HR OFFICER: ⟦C⟧          STAFF PORTAL PIN (change on first login): ⟦secret:pin⟧
""", region="NG"),
    # ------------------------------------------------------------------------- positives, other languages
    _d("fr-bail", "tenancy_agreement", """
CONTRAT DE LOCATION – LOCAUX VIDES À USAGE D'HABITATION

ENTRE LES SOUSSIGNÉS :
⟦A.U⟧, demeurant ⟦addr⟧, ci-après « le Bailleur »,
ET
⟦B.U⟧, né(e) le ⟦dob⟧, ci-après « le Locataire ».

Désignation des locaux : appartement de 3 pièces situé ⟦addr~2⟧, 2e étage, cave n° 14.
Durée : trois ans à compter du ⟦date⟧.
Loyer mensuel : ⟦amt⟧ € charges comprises, payable par virement sur le compte
IBAN ⟦iban⟧ (titulaire : ⟦A⟧).

Contact du locataire : ⟦tel⟧ – ⟦mail:B⟧

Fait en deux exemplaires, le ⟦date~2⟧.
Le Bailleur : ⟦A⟧                 Le Locataire : ⟦B⟧
""", lang="fr"),
    _d("de-arbeitsvertrag", "employment_contract", """
ARBEITSVERTRAG

zwischen der ⟦firm⟧ (nachfolgend „Arbeitgeber") und

Herrn/Frau ⟦A⟧
wohnhaft: ⟦addr⟧
geboren am: ⟦dob⟧ in ⟦town⟧

(nachfolgend „Arbeitnehmer")

§ 1 Beginn: Das Arbeitsverhältnis beginnt am ⟦date⟧.
§ 2 Tätigkeit: Der Arbeitnehmer wird als Sachbearbeiter/in Disposition eingestellt.
§ 3 Vergütung: ⟦amt⟧ EUR brutto monatlich, Überweisung auf IBAN ⟦iban⟧.
§ 4 Urlaub: 30 Arbeitstage im Kalenderjahr.

Ansprechpartnerin Personal: ⟦B⟧, Tel. ⟦tel⟧, ⟦wmail:B⟧

____________________             ____________________
⟦B⟧ für den Arbeitgeber          ⟦A⟧
""", lang="de"),
    _d("es-derivacion", "medical_referral", """
INFORME DE DERIVACIÓN – ATENCIÓN PRIMARIA

Paciente: ⟦A.SG⟧
Fecha de nacimiento: ⟦dob⟧
Domicilio: ⟦addr⟧
Teléfono de contacto: ⟦tel⟧

Motivo de consulta: dolor lumbar irradiado a pierna izquierda de seis semanas de evolución, sin
mejoría con analgesia de primer escalón. Se solicita valoración por Traumatología.

Médico remitente: Dra. ⟦B⟧
Centro: ⟦firm⟧
""", lang="es"),
    _d("nl-cv", "cv", """
CURRICULUM VITAE

Personalia
Naam:            ⟦A⟧
Adres:           ⟦addr⟧
Telefoon:        ⟦tel⟧
E-mail:          ⟦mail:A⟧
Geboortedatum:   ⟦dob⟧
Geboorteplaats:  ⟦town⟧

Werkervaring
2020 – heden     Teamleider klantenservice, ⟦firm⟧
2016 – 2020      Medewerker klantcontact

Opleiding
HBO Bedrijfskunde

Referenties
⟦B⟧, ⟦tel~2⟧
""", lang="nl", columns=True),
    _d("pt-sinistro", "insurance_claim", """
PARTICIPAÇÃO DE SINISTRO AUTOMÓVEL                      Apólice n.º ⟦ref:AU-######⟧

TOMADOR DO SEGURO
Nome: ⟦A⟧
Morada: ⟦addr⟧
Data de nascimento: ⟦dob⟧
Telemóvel: ⟦tel⟧      Email: ⟦mail:A⟧

CONDUTOR DO OUTRO VEÍCULO
Nome: ⟦B⟧      Telemóvel: ⟦tel~2⟧

Descrição: colisão traseira no semáforo, danos no para-choques. Testemunha: ⟦C⟧.

Reembolso para o IBAN ⟦iban⟧.
""", lang="pt"),
    _d("pl-protokol", "meeting_minutes", """
PROTOKÓŁ ZEBRANIA WSPÓLNOTY MIESZKANIOWEJ z dnia ⟦date⟧

Obecni: ⟦A⟧ (przewodnicząca), ⟦B⟧, ⟦C⟧, ⟦D⟧
Protokolant: ⟦B⟧

1. Remont klatki schodowej – uchwała przyjęta, wykonawca: ⟦firm⟧.
2. ⟦C⟧ zgłosiła przeciek w piwnicy pod lokalem przy ⟦addr⟧.
3. Nowy kod do furtki: ⟦secret:code⟧ (nie przekazywać osobom trzecim).

Kontakt do zarządu: ⟦A.g⟧, tel. ⟦tel⟧, ⟦mail:A⟧
""", lang="pl"),
    # ------------------------------------------------------------------------- more positives (dev)
    _d("background-check-us", "hr_form", """
DISCLOSURE AND AUTHORIZATION – CONSUMER REPORT FOR EMPLOYMENT PURPOSES

Applicant information (please print)
Last name ____ ⟦A.S⟧     First ____ ⟦A.G⟧     Middle initial ____
Social Security Number: ⟦ssn⟧        Date of birth: ⟦dob⟧
Current address: ⟦addr⟧   (since 2021)
Previous address: ⟦addr~2⟧
Phone: ⟦tel⟧      Email: ⟦mail:A⟧

I authorize ⟦firm⟧ and its screening agent to obtain a consumer report about me for employment
purposes. I understand that I may request a copy of the report.

Signature: ⟦A⟧        Date: ⟦date⟧
Recruiter: ⟦B⟧ (⟦wmail:B⟧)
""", region="US"),
    _d("quote-catering", "invoice", """
CATERING QUOTE & BOOKING CONFIRMATION            Ref ⟦ref:EVT-####⟧

Client: ⟦A⟧ and ⟦B⟧
Event: wedding reception, 85 guests, ⟦date⟧
Client phone: ⟦tel⟧    Client email: ⟦mail:A⟧

Menu B (three courses)               85 × 46.00      3,910.00
Evening buffet                       85 × 12.50      1,062.50
Staff (6 × 7 hrs)                                      966.00
TOTAL                                                5,938.50

Deposit of 25 % taken today on card ⟦card⟧ (authorised by ⟦A.g⟧ by phone).
Balance due 14 days before the event. Your event manager is ⟦C⟧, ⟦tel~2⟧.
"""),
    _d("hoa-violation", "council_letter", """
MAPLE HOLLOW HOMEOWNERS ASSOCIATION
Courtesy Notice – Second Request

⟦date⟧

⟦A⟧
⟦addrml⟧

Dear Homeowner,

During the community inspection on ⟦date~2⟧, the following was observed at your property: trash
bins visible from the street on non-collection days and an unapproved shed in the rear yard
(Section 7.3 of the CC&Rs).

Please correct the bins within 10 days and submit an architectural request for the shed. If you have
questions, contact your community manager, ⟦B⟧, at ⟦tel⟧ or ⟦wmail:B⟧.

Board of Directors
""", region="US"),
    _d("immigration-solicitor", "visa_letter", """
OUR REF: ⟦ref:IMM/####/@@⟧                                         ⟦date⟧

UK Visas and Immigration

Dear Sir or Madam,

APPLICATION FOR INDEFINITE LEAVE TO REMAIN – ⟦A.U⟧
Date of birth: ⟦dob⟧      Nationality: as stated in the passport enclosed

We act for the above-named applicant, who has lived continuously in the United Kingdom for five
years and resides at ⟦addr⟧ with ⟦A.g⟧'s spouse, ⟦B⟧. ⟦A.s⟧ has been employed throughout by
⟦firm⟧ and meets the financial requirement.

Please direct any correspondence to the writer, ⟦C⟧, on ⟦tel⟧ or ⟦wmail:C⟧.

Yours faithfully,
⟦C⟧
Senior Caseworker
""", region="GB"),
    _d("volunteer-application", "donor_list", """
VOLUNTEER APPLICATION FORM

Surname: ____ ⟦A.S⟧            First name(s): ____ ⟦A.g⟧
Date of birth: ⟦dob⟧
Address: ⟦addr⟧
Mobile: ⟦tel⟧               Email: ⟦mail:A⟧

Which activities interest you?  [x] Befriending  [ ] Driving  [x] Events
Availability: weekday evenings, some Saturdays

Emergency contact
Name: ⟦B⟧              Relationship: brother              Phone: ⟦tel~2⟧

Referee (not a relative): ⟦C⟧, ⟦mail:C⟧
"""),
    _d("onboarding-ticket", "support_ticket", """
[IT-⟦ref:####⟧] New starter setup – ⟦A⟧
Requested by: ⟦B⟧ (line manager)      Start date: ⟦date⟧
Status: Resolved

Comments
⟦C.g⟧ (IT): Account created: ⟦wmail:A⟧. Temporary password ⟦secret:pw⟧ – must change at
first login. Laptop imaged and enrolled.
⟦C.g⟧ (IT): Building door code for week one is ⟦secret:code⟧, badge will follow.
⟦B.g⟧: Thanks! Please send the details to ⟦A.g⟧'s personal address too, ⟦mail:A⟧, and to ⟦tel⟧
by text.
⟦C.g⟧ (IT): Done. VPN test from home worked, connection seen from ⟦ip⟧.
"""),
    _d("de-ueberweisung", "medical_referral", """
ÜBERWEISUNGSSCHEIN / ARZTBRIEF

Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,

wir überweisen Ihnen ⟦A⟧, geb. ⟦dob⟧, wohnhaft ⟦addr⟧, Tel. ⟦tel⟧,
zur weiteren Abklärung rezidivierender Oberbauchschmerzen. Sonographisch Cholezystolithiasis ohne
Zeichen einer Cholezystitis. Laborwerte unauffällig.

Mit freundlichen kollegialen Grüßen

Dr. med. ⟦B⟧
Fachärztin für Allgemeinmedizin
""", lang="de"),
    _d("es-factura", "invoice", """
FACTURA N.º ⟦ref:2025/###⟧

Emisor: ⟦A⟧ – NIF ⟦ref:########@⟧
Domicilio: ⟦addr⟧
Correo: ⟦mail:A⟧   Tel.: ⟦tel⟧

Cliente: ⟦firm⟧

Concepto                                     Importe
Traducción jurídica (12.400 palabras)        ⟦amt⟧ €
IVA 21 %                                     incluido

Forma de pago: transferencia a ⟦iban⟧ (titular: ⟦A⟧).
""", lang="es"),
    _d("pt-curriculo", "cv", """
CURRICULUM VITAE

Dados pessoais
Nome: ⟦A⟧
Morada: ⟦addr⟧
Telemóvel: ⟦tel⟧   Email: ⟦mail:A⟧
Data de nascimento: ⟦dob⟧   Naturalidade: ⟦town⟧

Experiência profissional
2019 – atual: Técnica de contabilidade, ⟦firm⟧
2015 – 2019: Assistente administrativa

Formação académica
Licenciatura em Gestão

Referências: ⟦B⟧ (⟦tel~2⟧)
""", lang="pt", columns=True),
    _d("fr-attestation", "visa_letter", """
ATTESTATION D'HÉBERGEMENT

Je soussigné(e) ⟦A⟧, né(e) le ⟦dob⟧ à ⟦town⟧, demeurant ⟦addr⟧,
atteste sur l'honneur héberger à mon domicile ⟦B.U⟧ depuis le ⟦date⟧.

Fait pour servir et valoir ce que de droit.

Fait à ⟦town~2⟧, le ⟦date~2⟧
Signature : ⟦A⟧
Téléphone : ⟦tel⟧
""", lang="fr"),
    _d("neg-impact-report", "company_report", """
IMPACT REPORT 2024–25 – AT A GLANCE

12,480 food parcels delivered (up 9 %)
1,136 volunteers gave 41,900 hours
73 % of income from individual donors; 18 % from trusts; 9 % from events
Cost to raise £1: 14p

Where the money went
Emergency food                    46 %
Debt and benefits advice          27 %
Community kitchens                19 %
Governance and fundraising         8 %

Thank you to every supporter, partner organisation and volunteer who made this year possible.
""", neg="company_report", columns=True),
    _d("neg-ticket-masked", "support_ticket", """
Ticket export (masked for sharing with vendor)

ticket_id | requester       | email              | ip               | summary
40112     | [masked]        | j****@*****.com    | xxx.xxx.xxx.xxx  | Login loop after SSO change
40117     | [masked]        | a*****@*****.org   | xxx.xxx.xxx.xxx  | Export to CSV times out
40125     | [masked]        | ********@*****.net | xxx.xxx.xxx.xxx  | 2FA code not received

Pattern: all three on the new SSO tenant, browser Safari 17. Vendor: please check the redirect URI.
""", neg="redacted"),
    # ------------------------------------------------------------------------- negatives
    _d("neg-tenancy-blank", "tenancy_agreement", """
ASSURED SHORTHOLD TENANCY AGREEMENT (TEMPLATE – v3)

THE PROPERTY: [Property address]
BETWEEN: [Landlord name] ("the Landlord")
AND: [Tenant name] and [Second tenant name] ("the Tenants")

TERM: [12] months from [start date]
RENT: £[amount] per calendar month, payable in advance on the [1st] of each month.
DEPOSIT: £[deposit], protected with [scheme name] within 30 days of receipt.

Tenant's date of birth: __ / __ / ____
Landlord's address for notices: ______________________________

Signed ............ (Landlord)      Signed ............ (Tenants)
""", neg="template_blanks"),
    _d("neg-retention-policy", "policy", """
DATA RETENTION POLICY                                        Version 2.4 – approved by the Board

1. PURPOSE
This policy sets out how long the organisation keeps personal and business records and how they are
disposed of securely at the end of that period.

2. SCOPE
It applies to all employees, contractors and volunteers, and to records in any format, including
e-mail, shared drives, paper files and backups.

3. RETENTION PERIODS
- Payroll and tax records: 6 years after the end of the financial year.
- Unsuccessful job applications: 6 months after the decision.
- CCTV footage: 31 days unless required for an investigation.

4. RESPONSIBILITIES
The Data Protection Officer reviews this policy every two years. Questions go to
privacy@example.com.
""", neg="policy"),
    _d("neg-annual-report", "company_report", """
ANNUAL REPORT 2025 – STRATEGIC REPORT (EXTRACT)

Group revenue rose 7.2 % to £412.6m (2024: £384.9m), driven by growth in the services division and
a full year of the acquired testing business. Adjusted operating margin improved by 60 basis points
to 11.4 %.

Outlook. The Board expects mid-single-digit revenue growth in 2026, with capital expenditure of
£18–22m focused on automation in the two largest distribution centres.

Principal risks: customer concentration, wage inflation, cyber security, and the timing of public
sector contract renewals. The Audit Committee reviewed each risk during the year.

Registered office and company number are shown on page 96.
""", neg="company_report", columns=True),
    _d("neg-datasheet", "product_datasheet", """
PRODUCT DATASHEET – HX-420 INDUSTRIAL HUMIDITY SENSOR

Measuring range        0 – 100 % RH, –40 to +85 °C
Accuracy               ±1.8 % RH (10–90 %), ±0.2 °C
Supply voltage         5 – 30 V DC
Output                 4–20 mA / 0–10 V / RS-485 Modbus RTU
Housing                IP65, polycarbonate, 82 × 80 × 55 mm
Default Modbus address 0x01, 9600 baud, 8N1
Part numbers           HX-420-A (analogue), HX-420-M (Modbus)

Installation: mount vertically with the sensor element facing down. Allow 30 minutes to settle before
calibration. See the installation guide, document HX-IG-07, revision C.
""", neg="product_datasheet"),
    _d("neg-job-advert", "job_advert", """
JOB VACANCY – PAYROLL ADMINISTRATOR (12-MONTH FIXED TERM)

Salary: £29,500 – £32,000 pro rata | Hybrid (3 days in the office) | 37.5 hours

About the role
You will run the monthly payroll for around 900 staff, process starters, leavers and variations,
reconcile pensions and answer pay queries from managers.

About you
- At least two years of payroll experience on a UK system
- Working knowledge of auto-enrolment and salary sacrifice
- CIPP qualification desirable, not essential

How to apply: upload your CV and a one-page supporting statement through the careers portal by the
closing date. Interviews will be held the following week. We welcome applications from everyone.
""", neg="job_advert"),
    _d("neg-nda-boilerplate", "nda", """
STANDARD CONFIDENTIALITY CLAUSES

4. EXCEPTIONS. Confidential Information does not include information which (a) is or becomes publicly
available other than through a breach of this Agreement; (b) was lawfully in the Recipient's possession
before disclosure; or (c) is independently developed without use of the Confidential Information.

5. RETURN OF MATERIALS. On written request the Recipient shall promptly return or destroy all
documents containing Confidential Information, save that one archival copy may be retained for
compliance purposes.

6. GOVERNING LAW. This Agreement is governed by the laws of the jurisdiction stated in the Order
Form, and the parties submit to the exclusive jurisdiction of its courts.

7. COUNTERPARTS. This Agreement may be executed in any number of counterparts.
""", neg="legal_boilerplate"),
    _d("neg-redacted-incident", "incident_report", """
INCIDENT REPORT – RELEASED UNDER FOI (REDACTED)

Reference: IR-2025-0417
Person involved: [REDACTED]
Date of birth: [REDACTED]
Home address: [REDACTED]
Contact number: ██████████

Summary: At approximately 15:40 a member of staff slipped on a wet floor near the staff entrance.
No warning sign had been placed after cleaning. First aid was given on site by [REDACTED] and the
person went home early. No hospital treatment was needed.

Actions: cleaning schedule moved to after 18:00; additional signs ordered.
Witness: [name withheld – section 40(2)]
""", neg="redacted"),
    _d("neg-sample-cv", "cv", """
SAMPLE CV – FOR ILLUSTRATION ONLY

JOE BLOGGS
1 Any Street, Anytown, AB1 2CD  |  01234 567890  |  joe.bloggs@example.com

PROFILE
Motivated graduate looking for an entry-level role in marketing. (Replace this paragraph with two or
three lines about yourself.)

EXPERIENCE
Marketing Intern, Company Name Ltd (Month Year – Month Year)
- Use bullet points that start with a verb: "Planned", "Launched", "Reduced".

REFERENCES
Available on request. Do not list referees' details unless the employer asks for them.
""", neg="fictional_placeholder"),
    _d("neg-de-vorlage", "tenancy_agreement", """
MIETVERTRAG FÜR WOHNRAUM (MUSTER)

Zwischen [Name des Vermieters], wohnhaft in [Anschrift], – Vermieter –
und [Name des Mieters], geboren am __.__.____, – Mieter –
wird folgender Mietvertrag geschlossen:

§ 1 Mieträume: Wohnung im [__]. Obergeschoss, bestehend aus [Anzahl] Zimmern, Küche, Bad.
§ 2 Mietzeit: Das Mietverhältnis beginnt am [Datum] und läuft auf unbestimmte Zeit.
§ 3 Miete: Die Grundmiete beträgt monatlich [Betrag] EUR zuzüglich Nebenkosten.

Ort, Datum: ______________   Unterschrift Vermieter: ______________
""", lang="de", neg="template_blanks"),
    _d("neg-fr-politique", "policy", """
POLITIQUE DE CONFIDENTIALITÉ – EXTRAIT

Les données personnelles collectées lors de l'inscription (nom, adresse électronique, numéro de
téléphone) sont utilisées uniquement pour la gestion du compte et ne sont jamais revendues.
Elles sont conservées pendant la durée de la relation contractuelle puis trois ans à des fins
de prospection. Vous disposez d'un droit d'accès, de rectification et d'effacement que vous
pouvez exercer auprès du délégué à la protection des données : dpo@example.com.
""", lang="fr", neg="policy"),
    _d("neg-pl-wzor", "cv", """
WZÓR WYPEŁNIENIA WNIOSKU

Imię i nazwisko: Jan Kowalski
Adres: ul. Przykładowa 1, 00-000 Miejscowość
PESEL: 00000000000
Telefon: 000 000 000

Uwaga: powyższe dane są fikcyjne i służą wyłącznie jako przykład. Wpisz swoje dane drukowanymi
literami, w polach oznaczonych gwiazdką (*). Wniosek podpisz własnoręcznie.
""", lang="pl", neg="fictional_placeholder"),
]

TEST = [
    # ------------------------------------------------------------------------- positives, English
    _x("cv-personal-details", "cv", """
CURRICULUM VITAE

Name            : ⟦A⟧
Father's name   : ⟦B⟧
Date of Birth   : ⟦dob⟧
Place of Birth  : ⟦town⟧
Address         : ⟦addr⟧
Mobile          : ⟦tel⟧
E-mail          : ⟦mail:A⟧

CAREER OBJECTIVE
To work in a challenging environment where I can use my skills in accounts and taxation for the
growth of the organisation.

WORK EXPERIENCE
Accounts Executive, ⟦firm⟧ – GST returns, TDS, vendor reconciliation (3 years)

DECLARATION
I hereby declare that the above information is true to the best of my knowledge.

Place: ⟦town~2⟧                                            (⟦A.U⟧)
""", region="IN", columns=True),
    _x("cv-us-resume", "cv", """
⟦A⟧
⟦addr⟧ • ⟦tel⟧ • ⟦mail:A⟧ • linkedin.com/in/⟦ref:%%%%%%%%⟧

SUMMARY
Registered nurse with 6+ years in med-surg and telemetry; charge nurse experience; BLS/ACLS.

EXPERIENCE
Charge Nurse, Telemetry Unit — ⟦firm⟧                                   2021–Present
• Lead a team of 9 RNs and 4 CNAs across 32 beds; cut call-light response time by 22%.
• Precept new graduates; co-wrote the unit's fall-prevention checklist.
Staff RN, Med-Surg — ⟦firm:1⟧                                         2018–2021

EDUCATION
BSN, 2018 — Dean's List

REFERENCES
⟦B⟧, Nurse Manager — ⟦tel~2⟧
⟦C⟧, Clinical Educator — ⟦wmail:C⟧
""", columns=True),
    _x("cover-letter-email", "cover_letter", """
Subject: Application – Junior Data Analyst (⟦ref:JR-#####⟧)

Dear ⟦B.g⟧,

Please find attached my CV for the Junior Data Analyst role. I graduated this summer with a
first in Economics and spent my placement year cleaning and modelling sales data in Python and
Power BI. I was excited to see that your team is moving its reporting onto a modern stack,
because my dissertation did exactly that for a small charity.

I am available for interview at short notice and can start from ⟦date⟧. My current address is
⟦addr⟧, but I am happy to relocate.

Kind regards,
⟦A⟧
⟦tel⟧ | ⟦mail:A⟧
"""),
    _x("reference-academic", "reference_letter", """
LETTER OF RECOMMENDATION

⟦date⟧

Re: ⟦A⟧ – application for the MSc in Environmental Engineering

It is a pleasure to recommend ⟦A.s⟧, whom I taught in three final-year modules and supervised for
the capstone project on greywater reuse in ⟦town⟧, where ⟦A.g⟧ grew up and still lives. ⟦A.g⟧'s
project was the strongest in a cohort of 64: careful fieldwork, honest about the limits of the data,
and clearly written.

I have no hesitation in ranking ⟦A.g⟧ in the top 5 % of students I have taught in twelve years.

Prof. ⟦B⟧
Department of Civil Engineering
⟦wmail:B⟧  |  ⟦tel⟧
"""),
    _x("offer-letter", "employment_contract", """
PRIVATE & CONFIDENTIAL

⟦A⟧
⟦addrml⟧

⟦date⟧

Dear ⟦A.g⟧,

OFFER OF EMPLOYMENT – SITE SUPERVISOR

Following your interview with ⟦B⟧ and me, I am delighted to offer you the position of Site
Supervisor on the terms below. This offer is subject to satisfactory references and proof of your
right to work.

Start date:      ⟦date~2⟧
Salary:          ⟦amt⟧ per annum
Probation:       six months
Hours:           42.5 per week, site hours 07:30–16:00

Please sign and return one copy by ⟦date~3⟧, together with your bank details for payroll
(IBAN ⟦iban⟧ as on your application – please confirm).

Yours sincerely,

⟦C⟧
HR Business Partner, ⟦firm⟧
""", region="GB"),
    _x("residential-lease", "tenancy_agreement", """
RESIDENTIAL LEASE AGREEMENT

1. PARTIES. This Lease is made between ⟦A.U⟧ ("Landlord") and ⟦B.U⟧ ("Tenant").
2. PREMISES. Landlord leases to Tenant the dwelling located at ⟦addr⟧.
3. TERM. Beginning ⟦date⟧ and ending twelve months later.
4. RENT. Tenant shall pay $⟦amt⟧ per month by the 3rd. Late fee: $75.
5. SECURITY DEPOSIT. One month's rent, held in a separate account.
6. OCCUPANTS. The Premises shall be occupied only by Tenant and ⟦C⟧ (minor child).

Tenant information: DOB ⟦dob⟧   SSN ⟦ssn⟧   Cell ⟦tel⟧
Autopay card (last charge authorised): ⟦card⟧
Gate code issued at move-in: ⟦secret:code⟧

LANDLORD: ⟦A⟧ _______________     TENANT: ⟦B⟧ _______________
""", region="US"),
    _x("consulting-agreement", "nda", """
CONSULTANCY AND CONFIDENTIALITY AGREEMENT

PARTIES
(1) ⟦firm⟧ ("the Client")
(2) ⟦A.SG⟧, trading as ⟦A.s⟧ Design, of ⟦addr⟧ ("the Consultant")

The Consultant will provide brand identity services as described in Schedule 1. The Consultant shall
keep confidential all information about the Client's products, customers and pricing, during and for
three years after the engagement, and shall not use it for any other client.

Fees are payable within 30 days of invoice to the account notified by the Consultant (IBAN
⟦iban⟧).

Notices to the Consultant: ⟦mail:A⟧ / ⟦tel⟧
Client contact: ⟦B⟧ (⟦wmail:B⟧)

Signed: ⟦A.i⟧                        Signed: ⟦B.i⟧
""", region="GB"),
    _x("quote-builder", "invoice", """
QUOTATION No. ⟦ref:Q-####⟧                         Valid for 30 days

Prepared for: ⟦A⟧
Site address: ⟦addr⟧
Contact: ⟦tel⟧

Item                                           Cost
Strip out existing kitchen and dispose          850.00
First-fix plumbing and electrics              1,940.00
Fit units, worktops and splashback            3,275.00
Plastering and decoration                     1,160.00
Subtotal                                      7,225.00

Deposit of 25 % on acceptance. Balance on completion.
Quote prepared by ⟦B⟧ (⟦mail:B⟧) – ⟦date⟧
"""),
    _x("minutes-board", "meeting_minutes", """
BOARD OF DIRECTORS – REGULAR MEETING MINUTES
Date: ⟦date⟧   Time: 7:00 pm   Location: clubhouse

Directors present: ⟦A⟧ (President), ⟦B⟧ (Secretary), ⟦C⟧ (Treasurer)
Homeowners present: 7, including ⟦D⟧ (⟦addr⟧)

1. Call to order at 7:04 pm by ⟦A.s⟧.
2. Homeowner forum: ⟦D.s⟧ raised drainage at the rear of the property after heavy rain and asked
   for a site visit. ⟦C.g⟧ to obtain two quotes.
3. Treasurer: reserve fund at ⟦amt⟧; two owners more than 60 days in arrears.
4. Pool reopens Memorial weekend; new key fob PIN for the pump room: ⟦secret:pin⟧.

Meeting adjourned at 8:31 pm. Minutes recorded by ⟦B.ls⟧.
"""),
    _x("security-incident", "incident_report", """
SECURITY INCIDENT REPORT – ⟦ref:SIR-####⟧
Severity: Medium          Status: Contained

Summary
On ⟦date⟧ the account of ⟦A⟧ (⟦wmail:A⟧) was used to sign in from ⟦ip⟧ and
⟦ip~2:6⟧, neither of which matches the user's usual location. The user confirmed they had entered
their credentials on a fake invoice page. The password recorded in the phishing kit's log was
⟦secret:pw⟧.

Actions
- Password reset and sessions revoked by ⟦B⟧ at 10:42.
- MFA re-enrolled; recovery code issued to the user: ⟦secret:recovery⟧.
- Mailbox rules reviewed: one forwarding rule to an outside address removed.

Reported by: ⟦B⟧, IT Security (⟦tel⟧)
"""),
    _x("school-report-primary", "school_report", """
SPRING TERM REPORT

Child's name: ⟦A⟧     Class: Kingfisher     DOB: ⟦dob:kid⟧
Class teacher: ⟦B⟧

Reading – working at the expected standard. ⟦A.g⟧ reads with expression and loves non-fiction.
Writing – uses full stops and capital letters; next step: joining sentences with "because".
Maths – confident with number bonds to 20; practise the 5 times table at home.
Personal development – ⟦A.g⟧ is a kind friend and a helpful member of the class.

Parents' evening with ⟦B.s⟧: ⟦date⟧.
Home contact on file: ⟦C⟧ (⟦tel⟧), ⟦addr⟧
"""),
    _x("discharge-letter", "medical_referral", """
DISCHARGE SUMMARY

Patient: ⟦A.ls⟧           Date of birth: ⟦dob⟧         MRN: ⟦ref:########⟧
Address: ⟦addr⟧
Admitted: ⟦date⟧        Discharged: ⟦date~2⟧
Consultant: Dr ⟦B⟧

Diagnosis: community-acquired pneumonia, right lower lobe.
Treatment: IV co-amoxiclav for 48 hours, switched to oral; oxygen weaned on day 3.
Follow-up: chest X-ray in six weeks via GP. Please review blood pressure, which was elevated
throughout the admission.

Next of kin: ⟦C⟧ (daughter), ⟦tel⟧
Letter typed by ⟦D.i⟧ for Dr ⟦B.s⟧.
"""),
    _x("motor-claim", "insurance_claim", """
MOTOR CLAIM FORM                                       Policy number: ⟦ref:MTR/######/##⟧

1. YOUR DETAILS
Surname: ____ ⟦A.S⟧        First name(s): ____ ⟦A.G⟧
Date of birth: ⟦dob⟧      Occupation: Teaching assistant
Address: ⟦addr⟧
Phone: ⟦tel⟧      Email: ⟦mail:A⟧

2. THE OTHER DRIVER
Name: ⟦B⟧      Phone: ⟦tel~2⟧
Address (if known): ⟦addr~2⟧

3. ACCIDENT
Date: ⟦date⟧   Time: 08:15   Speed: approx. 10 mph
The other vehicle reversed out of a driveway into the nearside of my car.

4. PAYMENT OF EXCESS
Card number: ⟦card⟧
"""),
    _x("sponsor-letter", "visa_letter", """
⟦firm⟧

⟦date⟧

To: Immigration Services

SUPPORT LETTER – ⟦A.U⟧

We confirm that ⟦A⟧ (date of birth ⟦dob⟧, place of birth ⟦town⟧) has been offered the post of
Senior Software Engineer with our company at a salary of ⟦amt⟧ per year, starting on ⟦date~2⟧.

⟦A.s⟧ will be based at our head office. During the first month, ⟦A.g⟧ and family will stay at
⟦addr⟧, a company-leased apartment.

For verification, please contact ⟦B⟧, Head of People, on ⟦tel⟧ or at ⟦wmail:B⟧.

Sincerely,
⟦B⟧
"""),
    _x("volunteer-rota", "donor_list", """
FOOD BANK – VOLUNTEER ROTA (copied from the shared sheet)

Day	Shift	Volunteer	Mobile
Mon	AM	⟦A⟧	⟦tel⟧
Mon	PM	⟦B⟧	⟦tel~2⟧
Wed	AM	⟦C⟧	⟦tel~3⟧
Sat	AM	⟦D⟧	(email only) ⟦mail:D⟧

Key holder this month: ⟦A.g⟧ (alarm code ⟦secret:code⟧ – do not share).
⟦C.s⟧ can drive the van; ⟦D.g⟧ is under 18, must be paired with an adult.
DBS checks pending: ⟦B.i⟧ (lives at ⟦addr⟧, post form there).
"""),
    _x("planning-notice", "council_letter", """
PLANNING APPLICATION – NEIGHBOUR NOTIFICATION

Application no: ⟦ref:##/#####/FUL⟧
Site: ⟦addr⟧
Applicant: ⟦A⟧
Agent: ⟦B⟧, ⟦firm⟧
Proposal: Single-storey rear extension and loft conversion with rear dormer.

Dear Occupier,

You are being notified because your property adjoins the site above. You may view the plans
online and comment within 21 days of ⟦date⟧. Comments cannot be treated as confidential.

Case officer: ⟦C⟧
Direct dial: ⟦tel⟧
"""),
    _x("ticket-csv", "support_ticket", """
ticket_id,created,requester,email,phone,ip,subject,last_message
⟦ref:#####⟧,⟦date⟧,⟦A⟧,⟦mail:A⟧,⟦tel⟧,⟦ip⟧,Refund not received,"Card ⟦card⟧ charged twice, refund one"
⟦ref:#####⟧,⟦date~2⟧,⟦B⟧,⟦mail:B⟧,⟦tel~2⟧,⟦ip~2⟧,Cannot reset PIN,"app PIN ⟦secret:pin⟧ says locked"
⟦ref:#####⟧,⟦date~3⟧,⟦C⟧,⟦mail:C⟧,,⟦ip~3⟧,Delivery address change,"please send to ⟦addr⟧ instead"
"""),
    # ------------------------------------------------------------------------- positives, other languages
    _x("fr-cv", "cv", """
⟦A.U⟧
⟦addr⟧
⟦tel⟧ – ⟦mail:A⟧
Née le ⟦dob⟧ à ⟦town⟧

EXPÉRIENCE PROFESSIONNELLE
Depuis 2021 – Assistante de gestion, ⟦firm⟧
2017 – 2021 – Secrétaire médicale

FORMATION
BTS Support à l'action managériale

RÉFÉRENCES
⟦B⟧, responsable administrative – ⟦tel~2⟧
""", lang="fr", columns=True),
    _x("de-mietvertrag", "tenancy_agreement", """
MIETVERTRAG

Zwischen ⟦A⟧, ⟦addr⟧, – Vermieter –
und ⟦B.U⟧, geb. ⟦dob⟧, – Mieter –

§ 1 Mietsache: Wohnung ⟦addr~2⟧, 2. OG links, 3 Zimmer, Küche, Bad, Kellerabteil Nr. 7.
§ 2 Mietbeginn: ⟦date⟧.
§ 3 Miete: ⟦amt⟧ EUR warm, zahlbar bis zum 3. Werktag auf IBAN ⟦iban⟧.
§ 4 Kaution: drei Nettokaltmieten.

Telefon Mieter: ⟦tel⟧     E-Mail: ⟦mail:B⟧

____________________          ____________________
⟦A⟧ (Vermieter)              ⟦B⟧ (Mieter)
""", lang="de"),
    _x("es-contrato", "employment_contract", """
CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA

REUNIDOS
De una parte, ⟦firm⟧, representada por ⟦B⟧.
De otra parte, D./Dña. ⟦A.U⟧, nacido/a el ⟦dob⟧ en ⟦town⟧, con domicilio en ⟦addr⟧.

CLÁUSULAS
PRIMERA. El/la trabajador/a prestará servicios como dependiente/a a partir del ⟦date⟧.
SEGUNDA. Salario bruto anual: ⟦amt⟧ €, en doce pagas, abonadas en la cuenta ⟦iban⟧.

Teléfono del trabajador: ⟦tel⟧
""", lang="es"),
    _x("nl-factuur", "invoice", """
FACTUUR ⟦ref:2025-###⟧

Van: ⟦A⟧, ⟦addr⟧
KvK: ⟦ref:########⟧   E-mail: ⟦mail:A⟧   Tel: ⟦tel⟧

Aan: ⟦firm⟧, t.a.v. ⟦B⟧

Omschrijving                           Bedrag
Fotografie bedrijfsevenement           ⟦amt⟧
Nabewerking 120 foto's                   360,00

Gelieve binnen 14 dagen over te maken op ⟦iban⟧ t.n.v. ⟦A⟧.
""", lang="nl"),
    _x("pt-relatorio", "school_report", """
RELATÓRIO DE AVALIAÇÃO – 1.º PERÍODO

Aluno(a): ⟦A⟧           Data de nascimento: ⟦dob:kid⟧
Diretor(a) de turma: ⟦B⟧

Português – Bom. Lê com fluência; deve rever a acentuação.
Matemática – Suficiente. Precisa de praticar problemas.
Comportamento – ⟦A.g⟧ é participativo(a) e respeitador(a).

Encarregado(a) de educação: ⟦C⟧, ⟦addr⟧, telemóvel ⟦tel⟧.
""", lang="pt"),
    _x("pl-umowa-najmu", "tenancy_agreement", """
UMOWA NAJMU LOKALU MIESZKALNEGO

zawarta w dniu ⟦date⟧ pomiędzy:
⟦A⟧, zam. ⟦addr⟧, zwanym dalej „Wynajmującym",
a
⟦B.U⟧, ur. ⟦dob⟧, zwanym dalej „Najemcą".

§ 1. Przedmiotem najmu jest lokal przy ⟦addr~2⟧.
§ 2. Czynsz najmu wynosi ⟦amt⟧ zł miesięcznie, płatny na rachunek ⟦iban⟧.
§ 3. Kod do domofonu: ⟦secret:code⟧.

Kontakt do Najemcy: ⟦tel⟧, ⟦mail:B⟧
""", lang="pl"),
    # ------------------------------------------------------------------------- more positives (test)
    _x("vendor-tax-form", "hr_form", """
REQUEST FOR TAXPAYER IDENTIFICATION – CONTRACTOR SETUP

1  Name (as shown on your income tax return): ⟦A⟧
2  Business name, if different: ⟦A.s⟧ Handyman Services
3  Address: ⟦addr⟧
4  Taxpayer identification number (SSN): ⟦ssn⟧
5  Contact phone: ⟦tel⟧      Remittance email: ⟦mail:A⟧

Certification: Under penalties of perjury, I certify that the number shown on this form is my
correct taxpayer identification number.

Signature ⟦A.i⟧            Date ⟦date⟧
Processed by AP: ⟦B⟧
""", region="US"),
    _x("venue-invoice", "invoice", """
TAX INVOICE                                          Invoice ⟦ref:V-#####⟧
Venue hire – function room, ⟦date⟧

Bill to: ⟦A⟧
⟦addr⟧
Phone ⟦tel⟧

Room hire (6 hrs)                  780.00
AV package                         150.00
Catering (per quote)             2,215.00
Total incl. tax                  3,145.00
Paid                             3,145.00   (card ⟦card⟧)

Thank you for your booking. Questions: ⟦B⟧, events coordinator, ⟦wmail:B⟧
"""),
    _x("residents-parking", "council_letter", """
RESIDENTS' ASSOCIATION – PARKING PERMIT CONSULTATION

Dear ⟦A⟧,

Thank you for your response to the permit consultation for ⟦addr⟧ and neighbouring houses. You
told us you support a scheme running 8am–6pm on weekdays, and that your household has two cars.

The council has asked us to collect one contact per household. We have noted you as the contact
for your property, with your phone number ⟦tel⟧ and email ⟦mail:A⟧. Your neighbour ⟦B⟧ asked
us to add ⟦B.g⟧'s name to the petition too.

Kind regards,
⟦C⟧
Secretary, on behalf of the committee
"""),
    _x("caseworker-letter", "visa_letter", """
STATEMENT IN SUPPORT OF APPLICATION

I am the caseworker for ⟦A⟧ (born ⟦dob⟧ in ⟦town⟧) at ⟦firm⟧. I have supported ⟦A.g⟧ since
⟦date⟧, when ⟦A.g⟧ first came to our drop-in. ⟦A.s⟧ volunteers twice a week, is studying
English at level 2 and lives with a cousin, ⟦B⟧, at ⟦addr⟧.

I can be contacted to confirm any of the above.

⟦C⟧
Senior Caseworker
⟦tel⟧  |  ⟦wmail:C⟧
"""),
    _x("club-juniors", "donor_list", """
JUNIOR SECTION – MEMBERSHIP LIST (COACHES ONLY)

Name                 DOB              Parent/guardian        Contact
⟦A⟧        ⟦dob:kid⟧       ⟦B⟧            ⟦tel⟧
⟦C⟧        ⟦dob~2:kid⟧       ⟦D⟧            ⟦tel~2⟧
⟦E⟧        ⟦dob~3:kid⟧       ⟦F⟧            ⟦mail:F⟧

Medical notes: ⟦C.g⟧ carries an inhaler; ⟦E.g⟧ has a nut allergy (EpiPen in the kit bag).
Photo consent NOT given for ⟦A.g⟧.
""", columns=True),
    _x("chat-transcript", "support_ticket", """
Chat transcript – exported ⟦date⟧

[10:02] Agent ⟦B.g⟧: Thanks for contacting support, who am I speaking with?
[10:02] Customer: ⟦A⟧, account under my email ⟦mail:A⟧
[10:03] Agent ⟦B.g⟧: For security can you confirm your date of birth and postcode?
[10:03] Customer: born ⟦dob⟧, I live at ⟦addr⟧
[10:04] Customer: I want to update my card, the new one is ⟦card⟧
[10:06] Agent ⟦B.g⟧: Updated. I've also set a temporary password: ⟦secret:pw⟧
[10:06] Customer: thanks, logging in now from ⟦ip⟧ if you can see it
"""),
    _x("fr-recommandation", "reference_letter", """
LETTRE DE RECOMMANDATION

Je soussignée ⟦B⟧, responsable de l'accueil chez ⟦firm⟧, recommande vivement ⟦A⟧, qui a travaillé
dans mon équipe de ⟦date⟧ à ce jour. ⟦A.g⟧ est rigoureux(se), aimable avec le public et très fiable.

Je reste joignable au ⟦tel⟧ ou par courriel à ⟦wmail:B⟧ pour tout renseignement.

⟦B⟧
""", lang="fr"),
    _x("de-schadensmeldung", "insurance_claim", """
SCHADENMELDUNG HAUSRAT                                 Versicherungsschein-Nr. ⟦ref:HR-#######⟧

Versicherungsnehmer
Name, Vorname: ____ ⟦A.S⟧, ⟦A.g⟧
Geburtsdatum: ⟦dob⟧
Anschrift: ⟦addr⟧
Telefon: ⟦tel⟧    E-Mail: ⟦mail:A⟧

Schadentag: ⟦date⟧     Art: Einbruchdiebstahl (Fahrrad aus dem Keller)
Zeuge: ⟦B⟧

Erstattung bitte auf IBAN ⟦iban⟧.
""", lang="de"),
    _x("es-acta", "meeting_minutes", """
ACTA DE LA JUNTA DE PROPIETARIOS – ⟦date⟧

Asistentes: ⟦A⟧ (presidenta), ⟦B⟧ (secretario), ⟦C⟧, ⟦D⟧

1. Se aprueba la derrama para la reparación de la cubierta.
2. ⟦C.s⟧ informa de humedades en su vivienda, ⟦addr⟧, y solicita la visita del perito.
3. Nuevo código del portal: ⟦secret:code⟧.

Contacto de la administración: ⟦B⟧, ⟦tel⟧.
""", lang="es"),
    _x("nl-verwijsbrief", "medical_referral", """
VERWIJSBRIEF

Geachte collega,

Hierbij verwijs ik ⟦A⟧, geboren ⟦dob⟧, wonende ⟦addr⟧, telefoon ⟦tel⟧, naar uw poli
in verband met aanhoudende knieklachten rechts na een val tijdens het sporten. Röntgenfoto zonder
afwijkingen.

Met vriendelijke groet,
⟦B⟧, huisarts
""", lang="nl"),
    _x("neg-visa-checklist", "visa_letter", """
INVITATION LETTER – CHECKLIST AND TEMPLATE

I, [Host's full name], of [host's address], invite [Visitor's full name] (date of birth
[DD/MM/YYYY], passport number [__________]) to stay with me from [arrival date] to [departure date].

Include:
[ ] a copy of the host's passport or residence permit
[ ] proof of address dated within the last three months
[ ] evidence of funds if the host is paying for the visit

Sign and date the letter by hand. Do not staple documents together.
""", neg="template_blanks"),
    _x("neg-case-study", "incident_report", """
TRAINING CASE STUDY (FICTIONAL)

Jane Citizen, a warehouse operative, reports back pain after lifting a box of returns. Her supervisor,
John Q. Public, completes the incident form but forgets to record the weight of the box. Erika
Mustermann from HR asks for the form to be corrected.

Discussion questions
1. What information is missing from the form?
2. Who should be told, and within what time?
3. What would you change in the manual-handling risk assessment?
""", neg="fictional_placeholder"),
    # ------------------------------------------------------------------------- negatives
    _x("neg-claim-blank", "insurance_claim", """
MOTOR CLAIM FORM (BLANK – PLEASE COMPLETE IN BLOCK CAPITALS)

1. YOUR DETAILS
Surname: __________________    First name(s): __________________
Date of birth: DD / MM / YYYY    Occupation: __________________
Address: ____________________________________________________
Postcode: ________    Phone: ______________    Email: ______________

2. THE OTHER DRIVER
Name: [Other driver's name]    Registration: [Vehicle reg]

3. ACCIDENT
Date: __ / __ / ____   Time: __:__   Speed: ____ mph
Sketch the position of the vehicles in the box overleaf.
""", neg="template_blanks"),
    _x("neg-expenses-policy", "policy", """
TRAVEL AND EXPENSES POLICY – SUMMARY FOR STAFF

- Book rail travel in standard class; first class only for journeys over three hours with approval.
- Hotels: up to 140 per night in major cities, 95 elsewhere, breakfast included where possible.
- Meals: reasonable costs up to 30 per day when travelling overnight; no alcohol.
- Mileage: 45p per mile for the first 10,000 business miles in a tax year.
- Claims must be submitted within 60 days with itemised receipts through the expenses system.

Breaches may be treated as a disciplinary matter. The Finance Director owns this policy and reviews it
each April.
""", neg="policy"),
    _x("neg-quarterly-update", "company_report", """
Q3 TRADING UPDATE

Revenue for the quarter was $1.28bn, up 4 % year on year on a constant-currency basis. Subscription
revenue grew 11 % and now represents 62 % of the total. Gross margin was 71.5 %, slightly down on the
prior quarter because of higher cloud hosting costs.

Net cash at the period end was $346m after share buybacks of $90m. Guidance for the full year is
unchanged: revenue of $5.0–5.1bn and adjusted EPS of $3.40–3.55.

The company will host a webcast for analysts; the replay and slides will be on the investor
relations website.
""", neg="company_report", columns=True),
    _x("neg-spec-sheet", "product_datasheet", """
TECHNICAL SPECIFICATION – AQUAFLOW 3000 BOOSTER PUMP

Model            AF3000-230 / AF3000-400
Max. flow        3.2 m³/h
Max. head        48 m
Motor            0.75 kW, 230 V 1~ / 400 V 3~, 50 Hz
Protection       IP55, insulation class F
Inlet / outlet   1" BSP female / 1" BSP female
Weight           14.6 kg
Warranty         24 months from date of purchase (serial no. on rating plate)

Not suitable for pumping flammable liquids. Install with a non-return valve on the suction side.
""", neg="product_datasheet"),
    _x("neg-job-advert-nurse", "job_advert", """
WE'RE HIRING: NIGHT SHIFT STAFF NURSE (BAND 5)

Permanent, 37.5 hours | Enhanced pay for nights and weekends | Relocation package available

Join a friendly 28-bed respiratory ward with a strong teaching culture. You'll receive a structured
preceptorship, protected study time and a clear route to Band 6.

Essential: NMC registration (or decision letter), excellent communication, commitment to safe care.
Desirable: NIV experience.

Apply online with your CV. The job reference and closing date are shown on the vacancy listing.
""", neg="job_advert"),
    _x("neg-lease-boilerplate", "tenancy_agreement", """
GENERAL TERMS

12. ENTIRE AGREEMENT. This Lease constitutes the entire agreement between the parties and supersedes
all prior understandings, whether written or oral.
13. SEVERABILITY. If any provision of this Lease is held invalid, the remaining provisions shall
continue in full force and effect.
14. WAIVER. Failure of either party to enforce any provision shall not be deemed a waiver of the right
to enforce it later.
15. NOTICES. All notices shall be in writing and delivered in person, by certified mail, or by e-mail
to the addresses set out in Schedule A.
16. HEADINGS. Headings are for convenience only and do not affect interpretation.
""", neg="legal_boilerplate"),
    _x("neg-redacted-referral", "medical_referral", """
REFERRAL LETTER (ANONYMISED FOR TEACHING)

Re: [PATIENT NAME]   DOB: XX/XX/XXXX   Hospital no.: ████████
Address: [REDACTED]

Thank you for seeing this 58-year-old man with a four-month history of dysphagia to solids and 6 kg
weight loss. He is an ex-smoker (30 pack-years). Examination was unremarkable. I have requested an
urgent upper GI endoscopy under the two-week-wait pathway.

Yours sincerely,
Dr [REDACTED], General Practitioner
""", neg="redacted"),
    _x("neg-placeholder-letter", "cover_letter", """
COVER LETTER TEMPLATE – HOW TO FILL IT IN

[Your Name]
[Your Address] | [Phone] | you@example.com

Dear [Hiring Manager's Name],

I am writing to apply for the [Job Title] role at [Company]. (Say where you saw the advert.) In my
role as [current job] I [one achievement with a number]. I would bring the same energy to your team.

Yours sincerely,
John Doe

Tip: "John Doe" and "Jane Q. Public" are stand-ins – replace them with your own details.
""", neg="fictional_placeholder"),
    _x("neg-es-politica", "policy", """
POLÍTICA DE TELETRABAJO – RESUMEN

1. Podrá solicitar el teletrabajo todo el personal con al menos seis meses de antigüedad.
2. El máximo será de tres días por semana, a acordar con la persona responsable del equipo.
3. La empresa facilitará ordenador portátil, auriculares y una compensación mensual de 30 € por gastos.
4. Se respetará el derecho a la desconexión digital fuera del horario laboral.
5. Las solicitudes se tramitan a través del portal del empleado.
""", lang="es", neg="policy"),
    _x("neg-nl-sjabloon", "invoice", """
FACTUURSJABLOON

Van: [Uw bedrijfsnaam], [Adres], [Postcode en plaats]
KvK: [KvK-nummer]   Btw-nr.: [Btw-nummer]
Aan: [Naam klant]

Factuurnummer: [Nummer]     Factuurdatum: [Datum]
Omschrijving: [Werkzaamheden]                 Bedrag: € [Bedrag]

Gelieve binnen 14 dagen over te maken op [IBAN] t.n.v. [Naam].
""", lang="nl", neg="template_blanks"),
    _x("neg-pt-anonimizado", "incident_report", """
RELATÓRIO DE OCORRÊNCIA (VERSÃO ANONIMIZADA)

Nome do trabalhador: [OMITIDO]
Data de nascimento: [OMITIDO]
Morada: [OMITIDO]

Descrição: queda ao descer a escada do armazém, com entorse do tornozelo. Foram prestados primeiros
socorros no local. A escada foi sinalizada e será instalado um corrimão adicional.
""", lang="pt", neg="redacted"),
]
TEMPLATES = {"dev": DEV, "test": TEST}


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
