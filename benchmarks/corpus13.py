"""The thirteenth corpus: realistic prompts people send an AI assistant about everyday work and life.

Datasheet
---------
What: modelled on a company's held-out evaluation ("600 realistic prompts", about five labelled values a
positive): an instruction ("tidy this up", "draft a reply", "who still owes us?") plus what people paste under
it. Genres other corpora do not cover: e-mail threads forwarded with headers and quoted replies, CRM and
spreadsheet exports pasted as CSV, TSV or markdown tables, calendar invites and meeting notes, text-message
and WhatsApp threads, personal life admin (landlord, school, doctor, bank, insurance, moving house, travel,
family group chats, wedding and party guest lists), small-business admin (invoices, bookings, payroll,
customer lists), sales and recruiting (lead lists, profiles, candidate notes, reference checks) and IT
helpdesk tickets with user details and credentials. Mostly US English (US phone, SSN, address and date
formats); about a third of the English records are set in the UK, Canada, Australia, India or Ireland
(``meta.region``); 15 % are written in German, French, Spanish, Italian, Portuguese or Dutch. A quarter are
negatives.

Written by a thirteenth author who read neither the scrubber, its tests, ``docs/detection.md`` nor any other
corpus's templates or value lists: only corpus12's datasheet, constants, ``generate`` and record format, the
halves command line, the shared corpus test helpers and the scorer's matching rule. The scrubber was never
run on this corpus while it was written. Names come from lists written by hand below (34 cultures, Latin
script), incl. names that are also words (Hope, Grace, Will, Joy, Sharp, Little, Fisher, Song, Engel),
particles (van der, de los, von der, Ní, Ó, Mac, Al-, Ben-, do, de), hyphens, apostrophes, diacritics and
nicknames (``Katherine``/``Kate``); they are written full, given name alone (greetings, sign-offs, chats),
surname alone, ``Last, First``, ``LAST First`` and upper case in forms, ``First L.``, ``F. Last`` and lower
case in chats. Phones, street addresses, towns, dates of birth, SSNs (dashes, spaces or none), cards
(Luhn-valid), IBANs (checksum-valid), public IPs and secrets (passwords, temporary and Wi-Fi passwords, PINs,
one-time and door codes, API keys) come from this module's own generators; no Faker.

How labelled: the value only, never its cue (``DOB: 11/4/63`` labels the date; ``Ms Fisher`` labels
``Fisher``). PERSON: every occurrence and form of a private person's name (customers, tenants, patients,
candidates, guests, colleagues, senders and signers of the pasted material). EMAIL_ADDRESS and PHONE_NUMBER
of people. LOCATION: a street address whole (from the flat or house number to the postcode), or a town only
where it says where someone lives, was born or gets a delivery; places named as context (``the Denver
office``, ``flights to Lisbon``, ``the Austin conference``) are not labelled. DATE_OF_BIRTH: birth dates only;
meeting, due, invoice, move-in and travel dates are not labelled. US_SSN, CREDIT_CARD, IBAN_CODE, IP_ADDRESS
(public addresses of users and customers), SECRET (passwords, PINs, one-time/door/gate codes, API keys). A
record is drawn again when a labelled value also occurs unlabelled in its text (compared in lower case, whole
words), or when two names would touch, so every occurrence of a labelled value is labelled.

Decisions (as corpus12's): colleagues, agents and clinicians who write, sign or are copied on the pasted
material are private people and labelled. Firms (``Copperleaf Analytics``), their products, shared mailboxes
and switchboards are not labelled (and positives carry none that look personal). Public figures (politicians,
CEOs, athletes, authors), firms and products named after people (``Ben & Jerry's``, ``Dr. Martens``),
placeholders (``[Customer Name]``, ``{{first_name}}``, ``Jane Doe``, ``jane.doe@example.com``, ``555-0142``),
reference, invoice, order and ticket numbers, amounts and non-birth dates are never labelled.

Negatives carry no personal data, in ``meta.neg_class``: half are ordinary prompts as people send them
(``news_and_articles``, ``marketing_copy``, ``code_questions``, ``travel_planning``, ``policy_and_howto``),
half are look-alikes (``placeholders``, ``reference_numbers``, ``product_and_firm_names``,
``dates_and_amounts``, ``roles_and_teams``).

How split: two halves with disjoint templates and name, street and town pools (every hand-written list is
split by index parity): ``dev`` (300 records; may be looked at and tuned on) and ``test`` (300 records; read
in aggregate only). Record ``i`` is negative when ``i % 4 == 3``; it is non-English when ``i % 20`` is 1, 6
(positives, through the six languages in turn) or 11 (negatives, through the languages with negative
templates in that half). Same seed, same records, also across processes (per-record ``random.Random`` seeded
with a string).

    .venv/bin/python -m benchmarks.corpus13 --half dev [--n N] [--seed S]
"""

import random
import re
import string
import sys
import unicodedata
from dataclasses import dataclass

from benchmarks.corpus11 import well_labelled  # (the eleventh corpus's check, the same rule)
from benchmarks.halves_cli import write_half

DEFAULT_SEED = 13
HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl")
TYPES = ("PERSON", "PHONE_NUMBER", "US_SSN", "DATE_OF_BIRTH", "LOCATION", "SECRET", "EMAIL_ADDRESS",
         "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
ORDINARY_CLASSES = ("news_and_articles", "marketing_copy", "code_questions", "travel_planning",
                    "policy_and_howto")
LOOKALIKE_CLASSES = ("placeholders", "reference_numbers", "product_and_firm_names", "dates_and_amounts",
                     "roles_and_teams")
NEG_CLASSES = ORDINARY_CLASSES + LOOKALIKE_CLASSES
EN_REGIONS = ("US", "GB", "CA", "AU", "IN", "IE")
LANG_REGION = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL"}
MAX_DRAWS = 400

# ---------------------------------------------------------------------------------------------- names
# culture: (given names, surnames), "|"-separated, written by hand; "Katherine/Kate" is a given name with
# the nickname people use. Every list is split by index parity between the halves.
CULTURES = {
    "us": ("Dana|Tyler|Brooke|Garrett|Hope|Wade|Kelsey|Cody|Grace|Will|Misty|Rusty|Katherine/Kate"
           "|Robert/Bobby|Patricia/Patty|Jonathan/Jon",
           "Whitfield|Hollister|Pruitt|Fisher|Brewer|Stroud|Beckett|Carver|Little|Gaines|Sharp|Rhodes"
           "|McAllen|Vance-Porter|O'Rourke|Dillard"),
    "african_american": ("DeShawn|Latoya|Marquise|Imani|Tyrone|Keisha|Jamal|Aaliyah",
                         "Washington|Jefferson|Freeman|Booker|Mosley|Battle|Holloway|Toussaint"),
    "british": ("Nigel|Harriet|Alfie|Imogen|Rhys|Poppy|Gareth|Bethan|Elizabeth/Lizzie|Thomas/Tom",
                "Ashworth|Pilkington|Croft|Mills|Fenwick|Hargreaves|Ramsbottom|Lord|Featherstone|Pryce"),
    "scottish": ("Ailsa|Hamish|Morag|Ewan|Kirsty|Fraser|Isla|Struan",
                 "MacLeod|McIntyre|Buchanan|Drummond|Urquhart|Sinclair|Grieve|Mackay"),
    "irish": ("Saoirse|Cathal|Róisín|Dónal|Clodagh|Fiachra|Gráinne|Tadhg",
              "Ó Briain|Ní Fhlatharta|Mac Mathúna|O'Shaughnessy|Ní Cheallaigh|Breathnach|Mulcahy|de Búrca"),
    "german": ("Dörte|Matthias|Henrike|Klaus-Dieter|Wiebke|Torsten|Gesine|Malte",
               "Brüggemann|von der Heyden|Lange|Schulze-Wendt|Krüger|Jäger|Engel|Stein"),
    "french": ("Solène|Aurélien|Capucine|Étienne|Maëlle|Grégoire|Anaïs|Yannick",
               "Lemaire|Chevalier|de Villiers|Fournier|Guérin|Le Floch|Delacroix|Rivière"),
    "spanish": ("Maite|Gonzalo|Ainhoa|Borja|Macarena|Rodrigo|Itziar|Sergio",
                "Ortega Villar|de los Santos|Echeverría|Navarro|Gil|Domínguez|del Valle|Aranda"),
    "mexican": ("Ximena|Alejandro/Alex|Citlali|Emiliano|Itzel|Joaquín|Yesenia|Rogelio",
                "Garza|Zamora|Tapia|Castañeda|Olvera|Treviño|Bautista de León|Solís"),
    "italian": ("Benedetta|Lorenzo|Matilde|Tommaso|Carlotta|Emanuele|Beatrice|Riccardo",
                "Lombardi|De Santis|D'Angelo|Galli|Marino|Fontana|Lo Presti|Colombo"),
    "portuguese": ("Mafalda|Duarte|Leonor|Afonso|Inês|Vasco|Carolina|Tomás",
                   "Fonseca|Rebelo|Pinto|Azevedo|Cardoso|Teixeira Lopes|Moura|do Carmo"),
    "brazilian": ("Thiago|Larissa|Caio|Jéssica|Vinícius|Gabriela|Igor|Bruna",
                  "Nogueira|Rocha|Medeiros|Barbosa|Lacerda|Queiroz|Albuquerque|Farias"),
    "dutch": ("Anouk|Joris|Fleur|Sjoerd|Marloes|Wouter|Ilse|Daan",
              "van der Meer|Kuipers|de Graaf|van Leeuwen|Mulder|Hendriks|van Beek|Dekker"),
    "polish": ("Katarzyna|Tomasz|Magdalena|Paweł|Joanna|Michał|Ewa|Piotr",
               "Zielińska|Wójcik|Kamiński|Lewandowska|Kaczmarek|Mazur|Krawczyk|Sikora"),
    "russian": ("Anastasia/Nastya|Dmitri/Dima|Yekaterina/Katya|Sergei|Natalia|Aleksei/Alyosha|Irina|Pavel",
                "Volkov|Petrova|Sokolov|Morozova|Lebedev|Kuznetsova|Orlov|Popova"),
    "ukrainian": ("Oleksandr|Yulia|Vitaliy|Halyna|Serhiy|Nataliya|Bohdana|Ostap",
                  "Marchenko|Hnatiuk|Savchuk|Romanenko|Petrenko|Boyko|Zinchenko|Kostenko"),
    "greek": ("Vasiliki|Stavros|Despina|Thanasis|Eirini|Christos|Panagiota|Spyros",
              "Papadakis|Katsaros|Theodorou|Mavridis|Antoniou|Lambrou|Christodoulou|Economou"),
    "turkish": ("Selin|Kerem|Derya|Cem|Ebru|Onur|Pınar|Serkan",
                "Arslan|Koç|Demir|Erdem|Polat|Aksoy|Kaya|Özdemir"),
    "arabic": ("Ahmad|Noura|Tariq|Hala|Samir|Dina|Walid|Yasmin",
               "Al-Masri|Nasser|El-Sayed|Haddadin|Abdel-Malek|Saleh|Al Hashimi|Barakat"),
    "persian": ("Dariush|Shirin|Kaveh|Parisa|Arash|Mahsa|Babak|Roya",
                "Tehrani|Rahimi|Farahani|Hosseini|Karimi|Moradi|Jafari|Sadeghi"),
    "north_indian": ("Rohan|Neha|Aditya|Pooja|Karan|Shreya|Manish|Kavya",
                     "Sharma|Agarwal|Mehta|Kapoor|Malhotra|Bhatia|Saxena|Trivedi"),
    "south_indian": ("Karthik|Divya|Srinivas/Srini|Meenakshi|Ramesh|Lavanya|Venkatesh/Venky|Anjali",
                     "Subramanian|Pillai|Raghavan|Naidu|Menon|Gopalakrishnan|Rao|Shetty"),
    "south_asian": ("Sana|Hamza|Mehwish|Adnan|Rukhsana|Shahid|Nadia|Tanvir",
                    "Hussain|Akhtar|Rahman|Iqbal|Chowdhury|Javed|Aslam|Kabir"),
    "chinese": ("Yiming|Xinyi/Cindy|Zhenyu|Ruolan|Haoran|Shuang|Jiahui|Bo",
                "Wang|Li|Zhao|Wu|Lin|He|Tang|Gao"),
    "korean": ("Seo-jun|Ha-eun|Ji-ho|Yu-na|Min-seo|Do-yun|Su-bin|Eun-woo",
               "Kwon|Shin|Oh|Seo|Hwang|Ahn|Song|Jeon"),
    "japanese": ("Takumi|Sakura|Daiki|Haruka|Yuto|Misaki|Kaito|Ayaka",
                 "Tanaka|Kato|Yoshida|Yamada|Sasaki|Matsumoto|Inoue|Kimura"),
    "vietnamese": ("Thanh Huong|Bao|Phuong|Khanh|Mai|Long|Trang|Hieu",
                   "Ngo|Do|Truong|Vo|Huynh|Phan|Ly|Duong"),
    "filipino": ("Maricar|Jhun|Rhea|Arnel|Kristine|Rommel|Joy|Dindo",
                 "Sarmiento|Mendoza|Aquino|Ramos|Castillo|Pangilinan|Soriano|Tolentino"),
    "nigerian": ("Chidinma|Babatunde|Folake|Chukwuemeka/Emeka|Funmilayo|Obinna|Adaeze|Segun",
                 "Okoro|Adewale|Eze-Okafor|Olaniyan|Nwachukwu|Bello|Ogundipe|Afolabi"),
    "kenyan": ("Wanjiku|Baraka|Akinyi|Kiprono|Nekesa|Juma|Zawadi|Odhiambo",
               "Kamau|Ochieng|Wafula|Mutua|Chebet|Njoroge|Omondi|Kariuki"),
    "ethiopian": ("Selam|Dawit|Hiwot|Yonas|Meron|Bereket|Tigist|Abel",
                  "Tesfaye|Gebremedhin|Alemu|Bekele|Haile|Wolde|Tadesse|Girma"),
    "israeli": ("Noa|Eitan|Tamar|Yoav|Shira|Avi|Maya|Ori",
                "Cohen|Levi|Mizrahi|Ben-David|Friedman|Avraham|Peretz|Shapiro"),
    "nordic": ("Sigrid|Magnus|Astrid|Leif|Freja|Anders|Solveig|Nils",
               "Haugen|Johansson|Dahl|Lindgren|Bergström|Eriksen|Strand|Aalto"),
    "hawaiian": ("Keoni|Leilani|Kainoa|Malia|Makoa|Noelani|Ikaika|Kalena",
                 "Kahananui|Akana|Kealoha|Palakiko|Mahoe|Kamakau|Nakoa|Keawe"),
}
# Who lives where: a record's people come from its region's cultures half the time, any culture otherwise.
REGION_CULTURES = {
    "US": ("us", "us", "african_american", "mexican"), "GB": ("british", "scottish", "south_asian"),
    "CA": ("us", "british", "french"), "AU": ("british", "us"), "IN": ("north_indian", "south_indian"),
    "IE": ("irish",), "DE": ("german",), "FR": ("french",), "ES": ("spanish",), "IT": ("italian",),
    "PT": ("portuguese",), "NL": ("dutch",),
}


def _split(items: list, half: str) -> list:
    return items[HALVES.index(half)::2]


def people(half: str) -> dict[str, tuple[list[str], list[str]]]:
    """Each culture's given names and surnames of one half."""
    return {c: (_split(g.split("|"), half), _split(s.split("|"), half)) for c, (g, s) in CULTURES.items()}


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@dataclass
class Person:
    given: str  # "Katherine/Kate": the given name and the nickname used in chats
    surname: str
    culture: str

    def form(self, how: str) -> str:
        """``how``: "" full, g given, n nickname (or given), s surname, ls "Last, First", U "FIRST LAST",
        Us "LAST First", i "F. Last", gi "First L.", l lower full, lg lower given."""
        given, _, nick = self.given.partition("/")
        nick = nick or given
        forms = {"": f"{given} {self.surname}", "g": given, "n": nick, "s": self.surname,
                 "ls": f"{self.surname}, {given}", "U": f"{given} {self.surname}".upper(),
                 "Us": f"{self.surname.upper()} {given}", "i": f"{given[0]}. {self.surname}",
                 "gi": f"{nick} {self.surname[0].upper()}.", "l": f"{nick} {self.surname}".lower(),
                 "lg": nick.lower(), "ns": f"{nick} {self.surname}"}
        return forms[how]


# ---------------------------------------------------------------------------------------------- places
# region: (streets, towns as "Town;STATE;postcode pattern"), "|"-separated, split by index parity.
# Postcode patterns: # a digit, @ a capital letter.
PLACES = {
    "US": ("Larchmont Avenue|Belmont Blvd|Old Hickory Lane|Maple Ridge Drive|W 74th Street|Sycamore Court"
           "|Juniper Hill Road|Cedar Bend Way|N Damen Ave|Pinecrest Circle|Magnolia Street"
           "|Harbor View Terrace|E Colfax Ave|Wildflower Trail|Prospect Place|Lakeshore Drive",
           "Nashville;TN;372##|Evanston;IL;602##|Tucson;AZ;857##|Raleigh;NC;276##|Boise;ID;837##|Dayton;OH;454##"
           "|Savannah;GA;314##|Ann Arbor;MI;481##|Albany;NY;122##|Fort Collins;CO;805##|Spokane;WA;992##"
           "|Tulsa;OK;741##|Burlington;VT;054##|Pasadena;CA;911##|Chattanooga;TN;374##|Scottsdale;AZ;852##"),
    "GB": ("Cavendish Road|Albert Terrace|Mill Lane|Kingsley Avenue|Hawthorn Close|Priory Walk|Orchard Way"
           "|Beech Grove|Granville Street|Tennyson Drive",
           "Leeds;;LS# #@@|Norwich;;NR# #@@|Derby;;DE## #@@|Brighton;;BN# #@@|Swansea;;SA# #@@|York;;YO## #@@"
           "|Exeter;;EX# #@@|Stockport;;SK# #@@|Leicester;;LE# #@@|Glasgow;;G## #@@"),
    "CA": ("Kingsway|Bloor Street West|Jasper Avenue|Portage Avenue|Robson Street|Elgin Street|Quinpool Road"
           "|Whyte Avenue",
           "Vancouver;BC;V#@ #@#|Toronto;ON;M#@ #@#|Calgary;AB;T#@ #@#|Winnipeg;MB;R#@ #@#|Halifax;NS;B#@ #@#"
           "|Ottawa;ON;K#@ #@#|Edmonton;AB;T#@ #@#|Saskatoon;SK;S#@ #@#"),
    "AU": ("Wattle Street|Bourke Road|Jacaranda Crescent|Bellevue Parade|Currawong Avenue|Glebe Point Road"
           "|Hindmarsh Square|Ironbark Close",
           "Paddington;NSW;2021|Fitzroy;VIC;3065|Toowong;QLD;4066|Fremantle;WA;6160|Glenelg;SA;5045"
           "|Newtown;NSW;2042|Brunswick;VIC;3056|Sandy Bay;TAS;7005"),
    "IN": ("14th Cross Road|Linking Road|Anna Salai|Residency Road|Senapati Bapat Marg"
           "|Jubilee Hills Road No. 36|Old Airport Road|Lokhandwala Complex Road",
           "Bengaluru;;5600##|Mumbai;;4000##|Chennai;;6000##|Pune;;4110##|Hyderabad;;5000##|Kolkata;;7000##"
           "|Kochi;;6820##|Jaipur;;3020##"),
    "IE": ("Ashgrove Park|Griffith Avenue|Sundays Well Road|Rathgar Road|Castle View|Cathedral Road"
           "|Seapoint Terrace|Knocknacarra Road",
           "Cork;;T12 @#@#|Galway;;H91 @#@#|Limerick;;V94 @#@#|Dublin;;D0# @#@#|Kilkenny;;R95 @#@#"
           "|Sligo;;F91 @#@#|Ennis;;V95 @#@#|Athlone;;N37 @#@#"),
    "DE": ("Lindenstraße|Am Mühlbach|Goethestraße|Schillerplatz|Kastanienallee|Rosenweg|Bahnhofstraße"
           "|Im Wiesengrund",
           "Köln;;506##|Freiburg im Breisgau;;791##|Leipzig;;041##|Münster;;481##|Regensburg;;930##"
           "|Kiel;;241##|Würzburg;;970##|Bremen;;283##"),
    "FR": ("rue des Tanneurs|avenue Jean-Jaurès|boulevard Voltaire|impasse des Lilas|rue de la République"
           "|chemin du Moulin|allée des Pins|quai Saint-Vincent",
           "Lyon;;6900#|Nantes;;440##|Lille;;590##|Rennes;;350##|Montpellier;;340##|Grenoble;;380##"
           "|Dijon;;210##|Toulouse;;310##"),
    "ES": ("Calle de Toledo|Avenida de América|Calle Mayor|Paseo de Gracia|Calle San Vicente Mártir"
           "|Avenida de la Constitución|Calle del Pez|Ronda de Segovia",
           "Madrid;;280##|Valencia;;460##|Sevilla;;410##|Bilbao;;480##|Zaragoza;;500##|Málaga;;290##"
           "|Granada;;180##|Salamanca;;370##"),
    "IT": ("Via dei Mille|Corso Garibaldi|Via Roma|Piazza Dante|Via Po|Viale Marconi|Via della Spiga"
           "|Vicolo del Moro",
           "Napoli;;801##|Torino;;101##|Bologna;;401##|Firenze;;501##|Bari;;701##|Verona;;371##"
           "|Padova;;351##|Palermo;;901##"),
    "PT": ("Rua da Boavista|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|Rua Augusta"
           "|Largo do Rato|Rua das Flores|Avenida Fernão de Magalhães",
           "Lisboa;;1200-###|Porto;;4000-###|Braga;;4700-###|Coimbra;;3000-###|Faro;;8000-###"
           "|Aveiro;;3800-###|Setúbal;;2900-###|Évora;;7000-###"),
    "NL": ("Kerkstraat|Prinsengracht|Oudegracht|Laan van Meerdervoort|Molenweg|Vondelstraat|Ginnekenweg"
           "|Stationsplein",
           "Amsterdam;;10## @@|Utrecht;;35## @@|Den Haag;;25## @@|Groningen;;97## @@|Eindhoven;;56## @@"
           "|Haarlem;;20## @@|Breda;;48## @@|Leiden;;23## @@"),
}
IN_BUILDINGS = ("Sai Krupa Apartments", "Lake View Residency", "Prestige Shantiniketan", "Green Glen Layout",
                "Sunrise Enclave", "Orchid Towers")


def _fill(rng: random.Random, pattern: str) -> str:
    """``#`` a digit, ``@`` a capital letter, ``%`` a lower-case letter or digit; anything else as is."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXY"))
        elif ch == "%":
            out.append(rng.choice(string.ascii_lowercase + string.digits))
        else:
            out.append(ch)
    return "".join(out)


def _towns(region: str, half: str) -> list[tuple[str, str, str]]:
    return [tuple(t.split(";")) for t in _split(PLACES[region][1].split("|"), half)]  # type: ignore[misc]


def towns(region: str, half: str) -> list[str]:
    return [t[0] for t in _towns(region, half)]


def streets(region: str, half: str) -> list[str]:
    return _split(PLACES[region][0].split("|"), half)


def address(rng: random.Random, region: str, half: str, multiline: bool = False) -> str:
    street = rng.choice(streets(region, half))
    town, state, pattern = rng.choice(_towns(region, half))
    code, n = _fill(rng, pattern), rng.randint(2, 4800 if region in ("US", "CA") else 140)
    sep = "\n" if multiline else ", "
    if region == "US":
        unit = rng.choice(("", "", f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
                           f", Unit {rng.randint(100, 420)}", f" #{rng.randint(2, 19)}"))
        return f"{n} {street}{unit}{sep}{town}, {state} {code}"
    if region == "CA":
        unit = rng.choice(("", f"{rng.randint(101, 2409)}-", f"Suite {rng.randint(2, 40)}, "))
        return f"{unit}{n} {street}{sep}{town}, {state} {code}" if not unit.startswith("Suite") \
            else f"{n} {street}, {unit.rstrip(', ')}{sep}{town}, {state} {code}"
    if region == "GB":
        flat = rng.choice(("", f"Flat {rng.randint(1, 12)}, ", f"{rng.randint(1, 9)}{rng.choice('ab')} "))
        return f"{flat}{n} {street}{sep}{town} {code}" if not flat[:1].isdigit() \
            else f"{flat}{street}{sep}{town} {code}"
    if region == "AU":
        unit = rng.choice(("", f"Unit {rng.randint(1, 14)}/", f"{rng.randint(1, 20)}/"))
        return f"{unit}{n} {street}{sep}{town} {state} {code}"
    if region == "IN":
        pin = f"{code[:3]} {code[3:]}" if rng.random() < 0.3 else code
        flat = f"Flat {rng.randint(1, 12)}0{rng.randint(1, 6)}, {rng.choice(IN_BUILDINGS)}"
        return f"{flat}, {street}{sep}{town} {pin}"
    if region == "IE":
        return f"{n} {street}{sep}{town}, {code}"
    if region == "DE":
        return f"{street} {n}{rng.choice(('', 'a', ' b'))}{sep}{code} {town}"
    if region == "FR":
        flat = rng.choice(("", "Bât. B, ", "Appt 12, "))
        return f"{flat}{n}{rng.choice(('', ' bis'))} {street}{sep}{code} {town}"
    if region == "ES":
        return f"{street} {n}, {rng.randint(1, 9)}º {rng.choice('ABCD')}{sep}{code} {town}"
    if region == "IT":
        return f"{street} {n}{rng.choice(('', ', int. ' + str(rng.randint(1, 18)), '/B'))}{sep}{code} {town}"
    if region == "PT":
        side = rng.choice(("Esq.", "Dto.", "Frente"))
        return f"{street} {n}, {rng.randint(1, 8)}.º {side}{sep}{code} {town}"
    if region == "NL":
        return f"{street} {n}{rng.choice(('', '-II', ' A', '-1'))}{sep}{code} {town}"
    raise ValueError(region)


# ---------------------------------------------------------------------------------------------- phones
US_AREAS = ("615", "312", "415", "206", "512", "617", "303", "404", "503", "612", "720", "917", "919", "480",
            "615", "901", "773", "646", "213", "602", "708", "571")
PHONES = {
    "US": ("{a}-{x}-####", "({a}) {x}-####", "+1 ({a}) {x}-####", "{a}.{x}.####", "+1 {a} {x} ####",
           "{a}-{x}-####", "1-{a}-{x}-####"),
    "CA": ("{a}-{x}-####", "({a}) {x}-####", "+1 {a}-{x}-####"),
    "GB": ("07### ######", "+44 7### ######", "+44 (0)7### ### ###", "0161 ### ####", "020 3### ####",
           "0113 2## ####"),
    "AU": ("04## ### ###", "+61 4## ### ###", "(02) 9### ####", "+61 3 9### ####"),
    "IN": ("+91 98### #####", "98###-#####", "+91-80-4### ####", "09### ### ###"),
    "IE": ("08# ### ####", "+353 8# ### ####", "(021) 4## ####", "+353 1 6## ####"),
    "DE": ("0151 #######", "+49 171 #######", "0221 ######", "+49 (0)30 ########"),
    "FR": ("06 ## ## ## ##", "+33 6 ## ## ## ##", "07 ## ## ## ##", "04 7# ## ## ##"),
    "ES": ("6## ### ###", "+34 6## ## ## ##", "91# ## ## ##"),
    "IT": ("3## ### ####", "+39 3## ### ####", "06 #### ####"),
    "PT": ("9## ### ###", "+351 9## ### ###", "21# ### ###"),
    "NL": ("06-########", "+31 6 ########", "06 ## ## ## ##", "020-### ####"),
}
CA_AREAS = ("604", "416", "403", "204", "902", "613", "780", "306")


def phone(rng: random.Random, region: str) -> str:
    while True:
        pattern = rng.choice(PHONES[region])
        area = rng.choice(CA_AREAS if region == "CA" else US_AREAS)
        value = _fill(rng, pattern.format(a=area, x=f"{rng.randint(2, 9)}##"))
        if "555" not in value:
            return value


# ---------------------------------------------------------------------------------------------- dates
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
# Tokens: D day, DD day with zero, M month, MM month with zero, MON month name, Mon first three letters,
# YY two-digit year, YYYY year.
DATE_STYLES = {
    "US": ("M/D/YY", "MM/DD/YYYY", "MON D, YYYY", "Mon D, YYYY", "M/D/YYYY", "YYYY-MM-DD", "M-D-YYYY"),
    "GB": ("DD/MM/YYYY", "D MON YYYY", "D Mon YYYY", "DD.MM.YYYY", "D/M/YY"),
    "IE": ("DD/MM/YYYY", "D MON YYYY", "DD-MM-YYYY"),
    "AU": ("DD/MM/YYYY", "D MON YYYY", "D/MM/YYYY"),
    "IN": ("DD/MM/YYYY", "DD-MM-YYYY", "D MON YYYY", "DD-Mon-YYYY"),
    "CA": ("YYYY-MM-DD", "MON D, YYYY", "DD/MM/YYYY"),
    "DE": ("DD.MM.YYYY", "D. MON YYYY", "D.M.YYYY"),
    "FR": ("DD/MM/YYYY", "D MON YYYY"),
    "ES": ("DD/MM/YYYY", "D de MON de YYYY", "D-M-YYYY"),
    "IT": ("DD/MM/YYYY", "D MON YYYY", "DD.MM.YYYY"),
    "PT": ("DD/MM/YYYY", "D de MON de YYYY", "DD-MM-YYYY"),
    "NL": ("DD-MM-YYYY", "D MON YYYY"),
}
REGION_LANG = {"DE": "de", "FR": "fr", "ES": "es", "IT": "it", "PT": "pt", "NL": "nl"}


def format_date(y: int, m: int, d: int, style: str, lang: str) -> str:
    name = MONTHS[lang].split()[m - 1]
    subs = {"YYYY": str(y), "YY": f"{y % 100:02d}", "MON": name, "Mon": name[:3], "MM": f"{m:02d}",
            "M": str(m), "DD": f"{d:02d}", "D": str(d)}
    return re.sub(r"YYYY|YY|MON|Mon|MM|M|DD|D", lambda t: subs[t.group()], style)


def _date(rng: random.Random, region: str, years: tuple[int, int], style: str | None = None) -> str:
    style = style or rng.choice(DATE_STYLES[region])
    return format_date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28), style,
                       REGION_LANG.get(region, "en"))


# ---------------------------------------------------------------------------------------------- numbers
def ssn(rng: random.Random) -> str:
    while True:
        area, group, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if area != 666:
            break
    sep = rng.choice(("-", "-", "-", " ", ""))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "visa", "mc", "amex", "disc"))
    if kind == "amex":
        digits = _luhn_complete(rng.choice(("34", "37")) + _fill(rng, "#" * 12))
        sep = rng.choice((" ", "-", ""))
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    prefix = {"visa": "4", "mc": rng.choice(("51", "53", "55", "2221", "2720")), "disc": "6011"}[kind]
    digits = _luhn_complete(prefix + _fill(rng, "#" * (15 - len(prefix))))
    sep = rng.choice((" ", " ", "-", ""))
    return sep.join(digits[i:i + 4] for i in range(0, 16, 4))


IBAN_BODY = {"GB": "@@@@" + "#" * 14, "IE": "@@@@" + "#" * 14, "DE": "#" * 18, "FR": "#" * 23, "ES": "#" * 20,
             "IT": "@" + "#" * 22, "PT": "#" * 21, "NL": "@@@@" + "#" * 10, "BE": "#" * 12}


def iban(rng: random.Random, country: str) -> str:
    body = _fill(rng, IBAN_BODY[country])
    check = 98 - int("".join(str(int(c, 36)) for c in body + country + "00")) % 97
    raw = f"{country}{check:02d}{body}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.6 else raw


PUBLIC_FIRST = (23, 24, 31, 45, 50, 62, 66, 71, 73, 76, 81, 86, 92, 98, 104, 108, 141, 151, 173, 185, 188,
                195, 212, 217)


def ip(rng: random.Random, v6: bool = False) -> str:
    if v6:
        head = rng.choice(("2a02:c7c", "2600:1700", "2a01:4b00", "2607:fb90", "2405:201"))
        return head + ":" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice((2, 4))))
    return f"{rng.choice(PUBLIC_FIRST)}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


ALNUM = string.ascii_letters + string.digits
WORDS = ("Harbor", "Tulip", "Cobalt", "Meadow", "Falcon", "Ginger", "Pepper", "Otter", "Quill", "Maple",
         "Lantern", "Basil", "Comet", "Sparrow")


def _r(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def secret(rng: random.Random, kind: str) -> str:
    if kind == "pw":  # a password a person chose
        return rng.choice((f"{rng.choice(WORDS)}{rng.choice('!#$*')}{rng.randint(10, 9999)}",
                           f"{rng.choice(WORDS).lower()}-{rng.choice(WORDS).lower()}-{rng.randint(1, 99)}",
                           _r(rng, 3) + rng.choice("!#%&") + _r(rng, 6)))
    if kind == "temp":  # a temporary password from a helpdesk
        head = rng.choice(("Tmp", "Wlc", "Rst", ""))
        return head + _r(rng, 2, string.digits) + rng.choice("!$#") + _r(rng, 7)
    if kind == "wifi":
        return rng.choice((f"{rng.choice(WORDS)}{rng.choice(WORDS)}{rng.randint(10, 99)}", _r(rng, 12)))
    if kind == "otp":
        return _fill(rng, "######")
    if kind == "door":
        return rng.choice((_fill(rng, "####"), _fill(rng, "#####"), _fill(rng, "####") + "#"))
    if kind == "pin":
        return _fill(rng, "####")
    if kind == "stripe":
        return "sk_live_" + _r(rng, 24)
    if kind == "github":
        return "ghp_" + _r(rng, 36)
    if kind == "aws":
        return "AKIA" + _r(rng, 16, string.ascii_uppercase + "234567")
    if kind == "slack":
        return f"xoxb-{_fill(rng, '#' * 12)}-{_fill(rng, '#' * 13)}-{_r(rng, 24)}"
    if kind == "google":
        return "AIza" + _r(rng, 35, ALNUM + "-_")
    if kind == "recovery":
        return "-".join(_r(rng, 4, "ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(3))
    raise ValueError(f"unknown secret kind {kind!r}")


PERSONAL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
                    "comcast.net", "protonmail.com")
LOCAL_DOMAINS = {"GB": ("btinternet.com", "hotmail.co.uk", "gmail.com"), "IE": ("eircom.net", "gmail.com"),
                 "AU": ("bigpond.com", "gmail.com"), "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in"),
                 "CA": ("rogers.com", "shaw.ca", "gmail.com"), "DE": ("gmx.de", "web.de", "t-online.de"),
                 "FR": ("orange.fr", "free.fr", "laposte.net"), "ES": ("telefonica.net", "gmail.com"),
                 "IT": ("libero.it", "virgilio.it"), "PT": ("sapo.pt", "gmail.com"),
                 "NL": ("ziggo.nl", "kpnmail.nl")}
# Fictional firms (not named after people): a record's own firm and its mail domain.
FIRMS = ("Copperleaf Analytics|copperleaf.io", "Brightwater Property Management|brightwaterpm.com",
         "Northpass Logistics|northpass.co", "Tidewell Dental|tidewelldental.com",
         "Ridgeway Roofing|ridgewayroofing.net", "Lumenfield Software|lumenfield.com",
         "Saltbox Coffee Co.|saltboxcoffee.com", "Kestrel Insurance Brokers|kestrelbrokers.com",
         "Bluegate Recruiting|bluegaterecruit.com", "Orchard Lane Events|orchardlane-events.com",
         "Pinecrest Credit Union|pinecrestcu.org", "Greyfield Accounting|greyfieldcpa.com",
         "Meridian Physio|meridianphysio.co.uk", "Harbourline Travel|harbourlinetravel.ie")

SLOT = re.compile(r"⟨([^⟩]*)⟩")


@dataclass
class Template:
    name: str
    lang: str
    genre: str
    text: str
    neg_class: str | None = None
    region: str = "*"  # "*": drawn per record (seven in ten US, else GB, CA, AU, IN or IE)


class _Record:
    """The values of one rendering: each slot key gives the same value every time it appears."""

    def __init__(self, rng: random.Random, half: str, template: Template):
        self.rng, self.half, self.lang = rng, half, template.lang
        if template.lang in LANG_REGION:
            self.region = LANG_REGION[template.lang]
        elif template.region == "*":
            self.region = "US" if rng.random() < 0.7 else rng.choice(EN_REGIONS[1:])
        else:
            self.region = template.region
        self.pool = people(half)
        self.persons: dict[str, Person] = {}
        self.values: dict[str, tuple[str, str | None]] = {}
        self.date_style = rng.choice(DATE_STYLES[self.region])  # a record writes its other dates in one style
        self.firms = rng.sample(FIRMS, 2)

    def person(self, key: str) -> Person:
        if key not in self.persons:
            rng = self.rng
            if rng.random() < 0.5:
                culture = rng.choice(REGION_CULTURES[self.region])
            else:
                culture = rng.choice(sorted(CULTURES))
            given, surnames = self.pool[culture]
            taken = {w for p in self.persons.values() for w in (p.given, p.surname)}
            g = rng.choice([x for x in given if x not in taken] or given)
            s = rng.choice([x for x in surnames if x not in taken] or surnames)
            self.persons[key] = Person(g, s, culture)
        return self.persons[key]

    def email(self, p: Person, domain: str | None) -> str:
        given = p.given.partition("/")[0]
        nick = p.given.partition("/")[2] or given
        g, n, s = (re.sub(r"[^a-z]", "", _ascii(x).lower()) for x in (given, nick, p.surname))
        rng = self.rng
        if domain:
            return f"{rng.choice((f'{g}.{s}', f'{g[0]}{s}', f'{g}', f'{n}.{s}'))}@{domain}"
        domains = PERSONAL_DOMAINS if self.region == "US" else \
            LOCAL_DOMAINS[self.region] + PERSONAL_DOMAINS[:2]
        local = rng.choice((f"{g}.{s}", f"{n}{s}{rng.randint(1, 99)}", f"{s}.{g[0]}",
                            f"{g}_{s}{rng.randint(70, 99)}", f"{n}{s[0]}{rng.randint(100, 999)}"))
        return f"{local}@{rng.choice(domains)}"

    def _region(self, arg: str) -> str:
        return arg if arg in PLACES else self.region

    def fill(self, slot: str) -> tuple[str, str | None]:
        if slot in self.values:
            return self.values[slot]
        rng, half = self.rng, self.half
        m = re.fullmatch(r"(p\d)(?:\.(\w+))?", slot)
        if m:
            value: tuple[str, str | None] = (self.person(m.group(1)).form(m.group(2) or ""), "PERSON")
        else:
            kind, _, arg = slot.partition(":")
            kind, arg = kind.split("~")[0], arg.split("~")[0]
            if kind == "pick":
                value = (rng.choice(arg.split("|")), None)
            elif kind == "ref":
                value = (_fill(rng, arg), None)
            elif kind == "date":  # a date that is not a birth date: this year or next
                value = (_date(rng, self.region, (2025, 2026), arg or self.date_style), None)
            elif kind == "firm":
                value = (self.firms[int(arg or 0)].split("|")[0], None)
            elif kind == "mail":
                value = (self.email(self.person(arg), None), "EMAIL_ADDRESS")
            elif kind == "wmail":  # at the record's own firm ("wmail:p2") or the other one ("wmail:p2,1")
                who, _, which = arg.partition(",")
                domain = self.firms[int(which or 0)].split("|")[1]
                value = (self.email(self.person(who), domain), "EMAIL_ADDRESS")
            elif kind == "phone":
                value = (phone(rng, self._region(arg)), "PHONE_NUMBER")
            elif kind in ("addr", "addrml"):
                value = (address(rng, self._region(arg), half, kind == "addrml"), "LOCATION")
            elif kind == "town":
                value = (rng.choice(towns(self._region(arg), half)), "LOCATION")
            elif kind == "dob":  # "dob:kid": a school child's; "dob:parent": a school child's parent's
                years = {"kid": (2013, 2019), "parent": (1974, 2000)}.get(arg, (1941, 2006))
                style = None if arg in ("kid", "parent") else arg or None
                value = (_date(rng, self.region, years, style), "DATE_OF_BIRTH")
            elif kind == "ssn":
                value = (ssn(rng), "US_SSN")
            elif kind == "card":
                value = (card(rng), "CREDIT_CARD")
            elif kind == "iban":
                country = arg or (self.region if self.region in IBAN_BODY else "GB")
                value = (iban(rng, country), "IBAN_CODE")
            elif kind == "ip":
                value = (ip(rng, arg == "6"), "IP_ADDRESS")
            elif kind == "secret":
                value = (secret(rng, arg), "SECRET")
            else:
                raise ValueError(f"unknown slot {slot!r}")
        self.values[slot] = value
        return value


def render(template: Template, rng: random.Random, half: str) -> tuple[str, list[dict], str]:
    """The text, its spans and the record's region."""
    record = _Record(rng, half, template)
    text, spans, last, pos = [], [], 0, 0
    for m in SLOT.finditer(template.text):
        text.append(template.text[last:m.start()])
        pos += m.start() - last
        value, kind = record.fill(m.group(1))
        if kind:
            spans.append({"type": kind, "start": pos, "end": pos + len(value), "value": value})
        text.append(value)
        pos += len(value)
        last = m.end()
    text.append(template.text[last:])
    return "".join(text), spans, record.region


def _lang_of(i: int, negative: bool, neg_langs: list[str]) -> str:
    if negative:
        return neg_langs[(i // 20) % len(neg_langs)] if i % 20 == 11 and neg_langs else "en"
    if i % 20 not in (1, 6):
        return "en"
    k = 2 * (i // 20) + (0 if i % 20 == 1 else 1)
    return LANGS[1 + k % (len(LANGS) - 1)]


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default: the half's size) of one half."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    n = SIZES[half] if n is None else n
    pools: dict[tuple[bool, str], list[Template]] = {}
    for t in TEMPLATES[half]:
        pools.setdefault((t.neg_class is not None, t.lang), []).append(t)
    neg_langs = sorted(lang for neg, lang in pools if neg and lang != "en")
    order = random.Random(f"corpus13|{seed}|{half}|order")
    for key in sorted(pools):
        order.shuffle(pools[key])
    used: dict[tuple[bool, str], int] = {}
    records = []
    for i in range(n):
        negative = i % 4 == 3
        lang = _lang_of(i, negative, neg_langs)
        key = (negative, lang) if (negative, lang) in pools else (negative, "en")
        template = pools[key][used.get(key, 0) % len(pools[key])]
        used[key] = used.get(key, 0) + 1
        for draw in range(MAX_DRAWS):
            rng = random.Random(f"corpus13|{seed}|{half}|{i}|{draw}")
            text, spans, region = render(template, rng, half)
            if well_labelled(text, spans):
                break
        else:
            raise RuntimeError(f"{template.name}: no well-labelled draw")
        meta = {"half": half, "template": template.name, "genre": template.genre, "lang": template.lang,
                "region": region, "kind": "negative" if negative else "positive"}
        if negative:
            meta["neg_class"] = template.neg_class
        records.append({"id": f"c13-{half}-{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


# ---------------------------------------------------------------------------------------------- templates
def _t(half: str, name: str, lang: str, genre: str, text: str, neg_class: str | None = None,
       region: str = "*") -> Template:
    return Template(f"c13-{half}-{name}", lang, genre, text.strip("\n"), neg_class, region)


def _d(name: str, genre: str, text: str, lang: str = "en", region: str = "*",
       neg: str | None = None) -> Template:
    return _t("dev", name, lang, genre, text, neg, region)


def _x(name: str, genre: str, text: str, lang: str = "en", region: str = "*",
       neg: str | None = None) -> Template:
    return _t("test", name, lang, genre, text, neg, region)


DEV = [
    # ------------------------------------------------------------------------- positives, English
    _d("fwd-lease-thread", "email_thread", """
Can you summarise this thread and tell me what I still owe and by when? Draft a short polite reply too.

---------- Forwarded message ---------
From: ⟨p2⟩ <⟨wmail:p2⟩>
Date: ⟨date~1⟩
Subject: Re: Lease renewal – ⟨addr⟩
To: ⟨p1⟩ <⟨mail:p1⟩>

Hi ⟨p1.g⟩,

Thanks for getting back to me. The renewal runs 12 months from the 1st; rent goes up to $1,840. The pet
deposit for the dog is still outstanding ($350). You can pay online or call me on ⟨phone⟩.

Best,
⟨p2.g⟩
⟨firm:0⟩

> On ⟨date~2⟩, ⟨p1⟩ <⟨mail:p1⟩> wrote:
> Hi ⟨p2.s⟩, we'd like to renew. Is the rent staying the same? Also the garbage disposal is broken again.
"""),
    _d("crm-leads-csv", "crm_export", """
Here's an export from our CRM. Dedupe it, flag anyone missing a phone number and tell me who to call first
(warmest leads at the top).

name,email,phone,city,stage,last_touch
"⟨p1.ls⟩",⟨mail:p1⟩,⟨phone~1⟩,⟨town~1⟩,demo booked,⟨date~1⟩
"⟨p2.ls⟩",⟨wmail:p2,1⟩,,⟨town~2⟩,cold,⟨date~2⟩
"⟨p3.ls⟩",⟨mail:p3⟩,⟨phone~3⟩,⟨town~3⟩,proposal sent,⟨date~3⟩
"⟨p1.ls⟩",⟨mail:p1⟩,⟨phone~1⟩,⟨town~1⟩,demo booked,⟨date~1⟩
"""),
    _d("calendar-invite-kickoff", "calendar_invite", """
Turn this invite into a short agenda and a reminder message I can post in Slack.

Kickoff: website rebuild
When: ⟨date⟩, 10:00–11:00
Where: Zoom (link in the description) / ⟨firm:0⟩ boardroom
Organizer: ⟨p1⟩ <⟨wmail:p1⟩>
Attendees: ⟨p2⟩ <⟨wmail:p2⟩>; ⟨p3.i⟩ <⟨wmail:p3,1⟩>; ⟨p4⟩ (optional)
Dial-in for anyone on the road: ⟨phone⟩, meeting PIN ⟨secret:pin⟩#
Notes: ⟨p3.g⟩ will bring the sitemap draft; ⟨p2.g⟩ owns the budget question.
"""),
    _d("sms-babysitter", "text_thread", """
Can you turn these texts into a one-page note for the sitter on Friday? Keep the door code and numbers.

[6:12 PM] Me: Hi ⟨p2.g⟩! Still good for Friday 6–11?
[6:20 PM] ⟨p2.g⟩: Yes!! what's the address again
[6:21 PM] Me: ⟨addr:US⟩. Side door, keypad code is ⟨secret:door⟩
[6:21 PM] Me: Kids are ⟨p3.g⟩ (7) and ⟨p4.g⟩ (4). ⟨p4.g⟩ is allergic to peanuts, EpiPen in the top drawer
[6:25 PM] ⟨p2.g⟩: got it. whats your cell in case
[6:26 PM] Me: ⟨phone:US~1⟩, and my husband ⟨p1.g⟩ is ⟨phone:US~2⟩. Neighbour ⟨p5⟩ next door has a key
""", region="US"),
    _d("whatsapp-family-party", "whatsapp_group", """
summarise this family chat for me - who is bringing what and where do we send the card

[14/06, 19:02] ⟨p1.n⟩: ok so mum turns 70 on the 28th!! party at ours, ⟨addr~1⟩
[14/06, 19:05] ⟨p2.n⟩: I'll do the cake 🎂
[14/06, 19:07] ⟨p3.l⟩: can someone pick up nan? she's in ⟨town~2⟩ now, at the care home
[14/06, 19:09] ⟨p1.n⟩: ⟨p4.g⟩ can you drive? your number changed right
[14/06, 19:11] ⟨p4.n⟩: yes new one is ⟨phone~1⟩
[14/06, 19:15] ⟨p2.n⟩: card money to my account pls, ⟨iban⟩ ref MUM70
""", region="GB"),
    _d("helpdesk-lockout", "helpdesk_ticket", """
Rewrite this ticket into a clean incident summary for the weekly report. Remove nothing important.

Ticket #INC-⟨ref:#####⟩  |  Priority: P2  |  Queue: Service Desk
Requester: ⟨p1⟩ (⟨wmail:p1⟩), ext. 4471, mobile ⟨phone⟩
Issue: locked out of VPN after password expiry; MFA prompts not arriving.
Last successful sign-in from ⟨ip⟩ (home broadband); failed attempts from ⟨ip~2⟩.
Actions: ⟨p2.g⟩ reset the AD password to ⟨secret:temp⟩ (must change at next logon) and re-enrolled the
authenticator. User confirmed access at 09:40. Assigned: ⟨p2⟩, Tier 1.
"""),
    _d("payroll-new-hire", "payroll", """
Check this new-hire form for anything missing before I key it into Gusto.

NEW HIRE – HOURLY
Legal name: ⟨p1.U⟩
Preferred name: ⟨p1.n⟩
SSN: ⟨ssn⟩
Date of birth: ⟨dob⟩
Home address: ⟨addr⟩
Cell: ⟨phone⟩
Personal email: ⟨mail:p1⟩
Start date: ⟨date⟩    Rate: $19.50/hr    Manager: ⟨p2⟩
Emergency contact: ⟨p3⟩ (spouse) ⟨phone~2⟩
""", region="US"),
    _d("wedding-guests-md", "guest_list", """
Here's our wedding guest list so far. Sort it by table, count the vegetarians and list who still hasn't
RSVP'd so I can chase them.

| Guest | Table | Meal | RSVP | Invite sent to |
|---|---|---|---|---|
| ⟨p1⟩ | 1 | veg | yes | ⟨addr~1⟩ |
| ⟨p2⟩ + ⟨p3.g⟩ | 2 | beef, fish | no | ⟨mail:p2⟩ |
| ⟨p4.ls⟩ | 2 | fish | yes | ⟨mail:p4⟩ |
| ⟨p5⟩ | 3 | veg | ? | ⟨phone⟩ (text only) |
"""),
    _d("gp-letter-uk", "doctor", """
Explain this letter from the GP surgery in plain English and tell me what I need to bring.

Dear ⟨p1.i⟩,
Our ref: MB/⟨ref:####⟩   Date of birth: ⟨dob⟩
Address: ⟨addr⟩

You are invited for your routine blood test and blood pressure review with Nurse ⟨p2.s⟩ on ⟨date⟩ at
10:20. Please bring a list of your current medicines. If you cannot attend, call ⟨phone⟩. A copy of
this letter was sent to ⟨mail:p1⟩.

Kind regards,
Dr ⟨p3⟩, on behalf of Meadowbank Surgery
""", region="GB"),
    _d("freelance-invoice-ie", "invoice", """
Can you reformat this invoice so it looks professional and add a line about late payment?

INVOICE 2025-⟨ref:###⟩
From: ⟨p1⟩, Photography
⟨addrml~1⟩
⟨mail:p1⟩ · ⟨phone⟩
Bill to: ⟨p2⟩, ⟨addr~2⟩
Wedding coverage, 8 hours ........ €1,600.00
Album (30 pages) ................. €340.00
Total due within 14 days: €1,940.00
Pay to: ⟨p1.Us⟩, IBAN ⟨iban:IE⟩
""", region="IE"),
    _d("recruiter-notes-in", "candidate_notes", """
Turn my screening notes into a crisp summary for the hiring manager (3 bullets + recommendation).

Candidate: ⟨p1⟩ | ⟨mail:p1⟩ | ⟨phone⟩
Currently lives in ⟨town⟩, open to relocating to our Pune office.
7 yrs backend (Java, Kafka), led a team of 4 at a fintech. Notice period 60 days, CTC expectation 32 LPA.
Referred by ⟨p2⟩ (our QA lead). ⟨p1.g⟩ was sharp on system design, a bit vague on testing.
DOB on the form says ⟨dob⟩ – check the age field matches.
""", region="IN"),
    _d("reference-call-ca", "reference_check", """
Clean up these reference-check notes into a short written reference summary.

Reference for: ⟨p1⟩
Referee: ⟨p2⟩, former manager at ⟨firm:1⟩, ⟨phone⟩, ⟨wmail:p2,1⟩
- Worked together 2019–2023. ⟨p2.g⟩ says ⟨p1.g⟩ was reliable, great with customers, sometimes over-committed.
- Would rehire: yes. Reason for leaving: moved to ⟨town⟩ to be near family.
- Second referee ⟨p3⟩ didn't pick up; left a voicemail on ⟨phone~2⟩.
""", region="CA"),
    _d("car-claim-au", "insurance", """
Help me write a clear claim description from these notes for my car insurer.

Policyholder: ⟨p1⟩, DOB ⟨dob⟩
Address: ⟨addr⟩
Mobile: ⟨phone⟩
What happened: rear-ended at the lights on Parramatta Rd on ⟨date⟩, about 5:40 pm. Other driver ⟨p2⟩
(insured with ⟨pick:NRMA|AAMI|Allianz⟩, phone ⟨phone~2⟩) admitted fault at the scene. Witness: ⟨p3⟩.
Excess to be charged to card ⟨card⟩.
""", region="AU"),
    _d("bank-dispute", "bank", """
Write a firm but polite dispute letter to my bank from this.

Cardholder: ⟨p1⟩
Card: ⟨card⟩
Billing address: ⟨addr⟩
Phone: ⟨phone⟩   SSN (they asked for it to verify): ⟨ssn⟩
Two charges I did not make: $412.80 at an electronics store on ⟨date~1⟩ and $89.99 "subscription" on
⟨date~2⟩. I still have the card. I already called and spoke to ⟨p2.g⟩, who gave me case number
⟨ref:DSP-######⟩.
""", region="US"),
    _d("school-registration", "school", """
Fill in what you can of this school registration from my notes and list what's still missing.

Student: ⟨p3⟩, born ⟨dob:kid⟩, entering 2nd grade
Parent/guardian 1: ⟨p1⟩, ⟨phone~1⟩, ⟨mail:p1⟩
Parent/guardian 2: ⟨p2⟩, ⟨phone~2⟩
Home address: ⟨addr⟩
Allowed to pick up: ⟨p1.g⟩, ⟨p2.g⟩, grandma ⟨p4⟩
Previous school: Lincoln Elementary
""", region="US"),
    _d("moving-house-uk", "moving_house", """
I'm moving next month. Write me a short change-of-address message I can send to the bank, the dentist and
the council, and a checklist of who else to tell.

Name: ⟨p1⟩
DOB: ⟨dob⟩
Old address: ⟨addr~1⟩
New address (from ⟨date⟩): ⟨addr~2⟩
Mobile stays the same: ⟨phone⟩
Council tax account is in my name and ⟨p2.g⟩'s.
""", region="GB"),
    _d("salon-bookings-tsv", "booking", """
These are tomorrow's bookings pasted from the salon sheet. Send me a reminder text for each one (short,
friendly, with the time).

time\tclient\tservice\tmobile\tnotes
09:00\t⟨p1⟩\tcut + colour\t⟨phone~1⟩\tpatch test done
10:30\t⟨p2.gi⟩\tbalayage\t⟨phone~2⟩\tpaid deposit w/ card ending 4417
13:00\t⟨p3⟩\tbeard trim\t⟨phone~3⟩\t
14:15\t⟨p4.n⟩ (⟨p5.g⟩'s daughter)\tkids cut\t⟨phone~4⟩\tmum will wait
"""),
    _d("profile-outreach", "linkedin_profile", """
Write a short, non-salesy LinkedIn message to this person about our data-engineering role.

⟨p1⟩ · 2nd
Senior Data Engineer at ⟨firm:1⟩
⟨town⟩ · 500+ connections · Contact info: ⟨mail:p1⟩
About: Pipelines, dbt, and too much coffee. Previously analytics at a healthcare startup.
Mutual connection: ⟨p2⟩ ("worked with ⟨p1.g⟩ for two years, great engineer")
"""),
    _d("family-flights", "travel", """
Check these passenger details against the passports before I pay, and write a packing list for a week in
Cancún with two kids.

Booking for 4 – outbound ⟨date~1⟩, return ⟨date~2⟩
1. ⟨p1.Us⟩ (adult) – born ⟨dob:parent~1⟩
2. ⟨p2.Us⟩ (adult) – born ⟨dob:parent~2⟩
3. ⟨p3.Us⟩ (child) – born ⟨dob:kid⟩
4. ⟨p4.g⟩ (child, same surname as 1) – seat with mom
Contact: ⟨mail:p1⟩, ⟨phone⟩
Payment: ⟨card⟩, billing ZIP on file
""", region="US"),
    _d("bakery-customers", "customer_list", """
This is my bakery's Saturday delivery list. Group the orders into a sensible driving route and tell me how
many sourdough loaves to bake.

customer | address | phone | order
⟨p1⟩ | ⟨addr~1⟩ | ⟨phone~1⟩ | 2 sourdough, 6 cinnamon buns
⟨p2.ls⟩ | ⟨addr~2⟩ | ⟨phone~2⟩ | 1 sourdough
⟨p3⟩ | ⟨addr~3⟩ | ⟨phone~3⟩ | birthday cake (name on it: ⟨p4.g⟩)
"""),
    _d("one-on-one-notes", "meeting_notes", """
Tidy up my 1:1 notes into a short summary I can send back to my report, and list my own follow-ups.

1:1 with ⟨p1.g⟩ – ⟨date⟩
- ⟨p1.g⟩ wants to move to the platform team; talk to ⟨p2⟩ about headcount
- needs Friday afternoons off in March (kid's physio); ok'd
- frustrated with on-call load – ⟨p3.i⟩ paged them 4x last week
- ⟨p1.g⟩'s new mobile for the on-call rota: ⟨phone⟩
- moving house to ⟨town⟩ next month, commute will be longer
"""),
    # ------------------------------------------------------------------------- short prompts
    _d("short-birthday-text", "family", "Write a funny happy-birthday text for my friend ⟨p1.g⟩, birthday "
       "is this week (born ⟨dob⟩). Mention the terrible karaoke."),
    _d("short-w9-ssn", "tax", "Is this the right way to write an SSN on a W-9: ⟨ssn⟩? The name on the form "
       "is ⟨p1.U⟩ and the business is a sole proprietorship.", region="US"),
    _d("short-wifi-card", "home", "Make a cute printable card for house guests: 'Welcome to the ⟨p1.s⟩ "
       "house! Wi-Fi: SaltboxGuest / password ⟨secret:wifi⟩'. Add a line about the coffee machine."),
    _d("short-cleaner-es", "home", "Translate to Spanish for our cleaner ⟨p1.g⟩: \"Please leave the key "
       "under the mat at ⟨addr⟩ and text me at ⟨phone⟩ when you're done. Thank you!\""),
    _d("short-iban-check", "bank", "Is this IBAN valid? ⟨iban⟩ – it's for paying ⟨p1⟩ the deposit for the "
       "holiday flat and I don't want to send money to the wrong place."),
    _d("short-card-scam", "bank", "I got a text saying my card ⟨card⟩ was just used in "
       "⟨pick:Miami|Lagos|Bucharest⟩. Is this a scam? What should I do first?"),
    _d("short-recommendation", "recruiting", "Write a warm LinkedIn recommendation for ⟨p1⟩, who interned "
       "with me last summer. Mention ⟨p1.g⟩'s SQL skills and how fast she picked up our data model."),
    _d("short-ufw-block", "it", "Our server keeps getting hit from ⟨ip~1⟩ and ⟨ip~2⟩. How do I block them "
       "in ufw without locking myself out? The admin login is ⟨p1.lg⟩ / ⟨secret:pw⟩ if that matters."),
    _d("short-reschedule", "email", "Help me reply to ⟨p1⟩ (⟨mail:p1⟩), who asked to move our call. I'm "
       "free Thursday after 2 or Friday morning."),
    _d("short-emergency-contact", "forms", "Fill in the emergency contact section for me: my mom, ⟨p1⟩, "
       "⟨phone⟩, lives at ⟨addr⟩. Relationship: parent."),
    _d("short-delivery-redirect", "delivery", "Draft a message to the courier: the parcel for ⟨p1⟩ should "
       "go to ⟨addr⟩ instead, I'm at work all day. Reach me on ⟨phone⟩."),
    _d("short-github-token", "it", "My contractor ⟨p1⟩ needs to push to our GitHub repo. I was going to "
       "send ⟨p1.g⟩ my personal token ⟨secret:github⟩ over WhatsApp. Bad idea? What should I do instead?"),
    _d("short-sympathy", "work", "Write a short sympathy card message for my coworker ⟨p1.g⟩, whose father "
       "passed away last week. Sign it from me and ⟨p2.g⟩."),
    # ------------------------------------------------------------------------- positives, other languages
    _d("de-vermieter-chat", "text_thread", """
Fass diesen Chat mit meiner Vermieterin kurz zusammen und schreib eine freundliche Antwort.

[Mo., 09:14] ⟨p2⟩: Hallo Herr ⟨p1.s⟩, der Handwerker kommt am ⟨date⟩ wegen der Heizung.
[Mo., 09:20] Ich: Danke! Der Schlüssel liegt im Schlüsseltresor, Code ⟨secret:door⟩.
[Mo., 09:22] ⟨p2.g⟩: Perfekt. Bitte die Nebenkosten-Nachzahlung (214 €) auf ⟨iban:DE⟩ überweisen.
[Mo., 09:30] Ich: Mache ich. Meine Adresse für die Rechnung bleibt ⟨addr⟩.
[Mo., 09:31] ⟨p2.g⟩: Alles klar, bei Fragen: ⟨phone⟩.
""", lang="de"),
    _d("fr-ecole-mail", "email_thread", """
Peux-tu résumer cet échange et proposer une réponse courte à l'école ?

De : ⟨p2⟩ <⟨wmail:p2⟩>
Envoyé : ⟨date⟩
À : ⟨mail:p1⟩
Objet : Inscription cantine – ⟨p3⟩

Bonjour Madame ⟨p1.s⟩,
Il manque l'attestation d'assurance et la date de naissance de ⟨p3.g⟩ (nous avons ⟨dob:kid⟩, merci de
confirmer). Vous pouvez aussi nous joindre au ⟨phone⟩.
Cordialement,
⟨p2.i⟩, secrétariat
""", lang="fr"),
    _d("es-factura", "invoice", """
Revisa esta factura y dime si falta algún dato obligatorio.

FACTURA Nº 2025/⟨ref:###⟩
Emisor: ⟨p1⟩ – Reformas y pintura
Domicilio: ⟨addr~1⟩
Cliente: ⟨p2⟩, ⟨addr~2⟩, tel. ⟨phone⟩
Pintura salón y pasillo ........ 1.150,00 €
IVA 21 % ....................... 241,50 €
Forma de pago: transferencia a ⟨iban:ES⟩ (titular: ⟨p1.Us⟩)
""", lang="es"),
    _d("it-prenotazione", "booking", """
Scrivimi una conferma gentile per questa prenotazione dell'agriturismo.

Ospite: ⟨p1⟩
Nata il: ⟨dob⟩ (serve per la registrazione alloggiati)
Residente a ⟨town⟩
Email: ⟨mail:p1⟩ – Cellulare: ⟨phone⟩
Camere: 2 doppie, dal ⟨date~1⟩ al ⟨date~2⟩, con ⟨p2⟩ e figli
Caparra pagata con carta ⟨card⟩
""", lang="it"),
    _d("pt-condominio", "whatsapp_group", """
Resume esta conversa do grupo do condomínio e diz-me o que ficou decidido.

[10:02] ⟨p1.n⟩: Bom dia a todos! A assembleia é no dia ⟨date⟩ às 21h.
[10:05] ⟨p2⟩: Eu não posso, passo procuração ao ⟨p3.g⟩.
[10:06] ⟨p3.n⟩: Ok. Quem ainda não pagou a quota transfere para ⟨iban:PT⟩ sff
[10:09] ⟨p4.n⟩: A encomenda do 3.º Esq. ficou comigo, moro na ⟨addr⟩. Liguem para ⟨phone⟩.
""", lang="pt"),
    _d("nl-helpdesk", "helpdesk_ticket", """
Maak van deze melding een korte, nette samenvatting voor het team.

Melding #⟨ref:######⟩ – wachtwoord reset
Gebruiker: ⟨p1⟩ (⟨wmail:p1⟩), tel. ⟨phone⟩
Kan niet inloggen op Outlook sinds vanochtend; laatste login vanaf ⟨ip⟩.
⟨p2.g⟩ heeft een tijdelijk wachtwoord ingesteld: ⟨secret:temp⟩. ⟨p1.g⟩ moet dit bij de eerste login
wijzigen. Behandeld door ⟨p2⟩.
""", lang="nl"),
    _d("de-kita-nachricht", "school", """
Kannst du diese Nachricht an die Kita freundlicher formulieren?

Hallo Frau ⟨p1.s⟩, ⟨p2.g⟩ wird morgen von ihrer Oma ⟨p3⟩ abgeholt, nicht von mir. Falls was ist: Oma hat \
die Nummer ⟨phone⟩. Danke, ⟨p4.g⟩
""", lang="de"),
    _d("fr-voisin-sms", "text_thread", """
Rédige un SMS sympa pour mon voisin ⟨p1.g⟩ : je pars du ⟨date~1⟩ au ⟨date~2⟩, le code du portail est \
⟨secret:door⟩, il peut récupérer mes colis et m'appeler au ⟨phone⟩ si besoin.
""", lang="fr"),
    _d("es-casero-mail", "landlord", """
Escríbele un correo firme pero educado a mi casero, ⟨p1⟩ (⟨mail:p1⟩): la caldera del piso de \
⟨addr⟩ sigue sin funcionar desde el ⟨date⟩ y ya se lo dije a ⟨p1.g⟩ por teléfono dos veces.
""", lang="es"),
    _d("it-festa-classe", "whatsapp_group", """
Mi scrivi un messaggio simpatico per il gruppo WhatsApp della classe? La festa di ⟨p1.g⟩ è sabato alle \
16 a casa nostra, ⟨addr⟩. Per info chiamate ⟨p2.g⟩ al ⟨phone⟩ (sono la mamma, ⟨p2⟩).
""", lang="it"),
    _d("pt-cartao-clonado", "bank", """
Preciso de um email para o banco a dizer que o meu cartão ⟨card⟩ foi clonado ontem. Titular: ⟨p1⟩, \
data de nascimento ⟨dob⟩, telemóvel ⟨phone⟩. Quero o cartão cancelado e o dinheiro devolvido.
""", lang="pt"),
    _d("nl-marktplaats", "marketplace", """
Schrijf een korte advertentie voor Marktplaats: kinderfiets 20 inch, blauw, € 60. Ophalen bij mij in \
⟨town⟩, bel of app ⟨p1.g⟩ op ⟨phone⟩.
""", lang="nl"),
    # ------------------------------------------------------------------------- negatives
    _d("news-rates", "news", """
Summarise this article in ⟨pick:three bullet points|two sentences|one tweet-length line⟩ for a newsletter.

Federal Reserve Chair Jerome Powell said on Wednesday that the central bank would keep rates unchanged \
while it watches inflation data. Markets in ⟨pick:New York|London|Tokyo⟩ rallied, with \
⟨pick:Apple and Nvidia|Microsoft and Meta|Tesla and Amazon⟩ leading gains, while Treasury Secretary Scott \
Bessent told reporters in Washington that tariff talks with Japan were "constructive". Economists at \
Goldman Sachs now expect one cut before the end of the year.
""", neg="news_and_articles"),
    _d("marketing-candles", "marketing", """
Write three Instagram captions and a 50-word product description for our new soy candle, \
"⟨pick:Cedar & Sea Salt|Fig & Black Pepper|Rain on Linen|Orange Grove⟩". Brand voice: warm, a little \
funny, not cheesy. It burns for ⟨pick:45|50|60⟩ hours, is hand-poured in small batches in \
⟨pick:Portland|Asheville|Austin|Burlington⟩ and ships in plastic-free packaging. Launch is next Friday; \
mention the 15 % launch discount with code CEDAR15.
""", neg="marketing_copy"),
    _d("code-keyerror", "code", """
Why does this fail and how do I fix it?

Traceback (most recent call last):
  File "app/report.py", line ⟨ref:##⟩, in build_summary
    total = row["amount"] + row["⟨pick:tax|discount|fee⟩"]
KeyError: '⟨pick:tax|discount|fee⟩'

The CSV comes from our billing export; some rows don't have a ⟨pick:tax|discount|fee⟩ column. I'm on
Python 3.12 with pandas 2.2. Should I use .get() or fillna before the loop?
""", neg="code_questions"),
    _d("trip-pnw", "travel", """
Plan a ⟨pick:7|8|10⟩-day road trip \
⟨pick:from Seattle down the Oregon coast|from Denver through Moab to Zion|from Boston up the Maine coast⟩ \
for two adults in late September. We like hiking, seafood and small towns, hate long driving days (max 4 \
hours). Suggest where to sleep each night and one thing not to miss per stop.
""", neg="travel_planning"),
    _d("policy-remote", "policy", """
Draft a one-page remote-work policy for a ⟨pick:40|25|120⟩-person ⟨pick:company|nonprofit|design studio⟩: \
eligibility, core hours (10–3 local time), equipment stipend, security basics (VPN, screen lock, no public \
Wi-Fi for customer data) and how requests are approved by a line manager. Keep the tone friendly and \
plain.
""", neg="policy_and_howto"),
    _d("placeholder-mailmerge", "mail_merge", """
Fix the grammar in this mail-merge template but keep the placeholders exactly as they are.

Hi {{first_name}},
Thanks for booking with us! Your appointment is on {{appointment_date}} at {{location_name}}.
If you need to reschedule, reply to this email or call [Clinic Phone]. Example of a filled-in greeting:
"Hi Jane Doe" – we send it from bookings@example.com, test number 555-0142.
""", neg="placeholders"),
    _d("refs-shipping", "logistics", """
Which of these shipments are late? Today is the 14th.

Order SO-⟨ref:#####⟩-B · tracking 1Z ⟨ref:### @@# #### #### ##⟩ · ETA 12th · carrier UPS
Order SO-⟨ref:#####~2⟩-A · tracking 9400 ⟨ref:#### #### #### #### ##⟩ · ETA 15th · carrier USPS
Order SO-⟨ref:#####~3⟩-C · PO ⟨ref:####-####⟩ · ETA 11th · pallet ID PLT-⟨ref:######⟩
""", neg="reference_numbers"),
    _d("brands-compare", "shopping", """
I'm choosing between a ⟨pick:Dyson V15|Dyson Gen5⟩, a Shark Stratos and a Miele Triflex for a house with \
⟨pick:two dogs|a cat and a toddler|long-haired rugs⟩. Compare them on suction, battery life, bin size and \
price, and say whether Ben & Jerry's-level ice cream is worth the Costco membership while you're at it \
(joke, but also not).
""", neg="product_and_firm_names"),
    _d("dates-budget", "budget", """
Build me a monthly budget table from this: rent $⟨ref:2,#50⟩ due on the 1st, car payment $⟨ref:3##⟩ on the \
15th, daycare $1,240 (due 03/01/2026 for March), phone $85, groceries about $900, and a $4,000 bonus \
expected on 12/15/2025. What's left each month if take-home pay is $⟨ref:7,#20⟩?
""", neg="dates_and_amounts"),
    _d("roles-raci", "org", """
Make a RACI chart for our ⟨pick:office move|move to a bigger office|move across town⟩. Roles: Office \
Manager, Head of IT, Facilities Coordinator, Finance Director, the CEO, and the Operations team. Tasks: \
pick movers, set up network, update the registered address, order furniture, communicate with staff, sign \
the lease.
""", neg="roles_and_teams"),
    _d("de-howto-steuer", "policy", """
Erklär mir bitte einfach, wie die Pendlerpauschale in der Steuererklärung funktioniert und welche Belege \
ich aufheben sollte. Ich fahre an ⟨pick:drei|zwei|vier⟩ Tagen pro Woche ⟨pick:28|17|46⟩ km ins Büro, sonst \
Homeoffice.
""", lang="de", neg="policy_and_howto"),
    _d("fr-echeancier", "budget", """
Fais-moi un échéancier pour un prêt auto de ⟨pick:12 000|9 500|15 000⟩ € sur ⟨pick:36|48|60⟩ mois à 4,2 %, \
première échéance le 05/01/2026, avec le total des intérêts. Compare avec un apport de 3 000 € versé le \
15/12/2025.
""", lang="fr", neg="dates_and_amounts"),
]

TEST = [
    # ------------------------------------------------------------------------- positives, English
    _x("fwd-contractor-quote", "email_thread", """
Summarise this thread in 3 lines and tell me which quote to accept. Then write a reply accepting it.

Begin forwarded message:

From: ⟨p2⟩ <⟨mail:p2⟩>
Subject: RE: Deck repair quote
Date: ⟨date~1⟩
To: ⟨p1.ns⟩ <⟨mail:p1⟩>
Cc: ⟨p3.i⟩ <⟨wmail:p3⟩>

⟨p1.g⟩ – revised number is $6,200 incl. materials, 4 working days. I'd need the side gate open; is
⟨addr⟩ still right? Text me at ⟨phone⟩ when you decide.
– ⟨p2.n⟩

-----Original Message-----
From: ⟨p1⟩
Sent: ⟨date~2⟩
Hi ⟨p2.g⟩, the other quote came in at $5,450 but without staining. Can you match?
"""),
    _x("crm-accounts-md", "crm_export", """
Rank these accounts by renewal risk and suggest one next step each. Pasted from our CRM view:

| Account | Contact | Email | Phone | Renewal | Health |
|---|---|---|---|---|---|
| ⟨firm:1⟩ | ⟨p1⟩ | ⟨wmail:p1,1⟩ | ⟨phone~1⟩ | ⟨date~1⟩ | red |
| Oakmont Veterinary | ⟨p2.ls⟩ | ⟨mail:p2⟩ | ⟨phone~2⟩ | ⟨date~2⟩ | green |
| Fenwick & Lowe Dental | ⟨p3⟩ | ⟨mail:p3⟩ | | ⟨date~3⟩ | amber |
Owner for all three: ⟨p4.gi⟩
"""),
    _x("meeting-notes-standup", "meeting_notes", """
Turn these meeting notes into action items with owners and due dates, as a table.

Weekly ops sync – ⟨date⟩
Present: ⟨p1.g⟩, ⟨p2.g⟩, ⟨p3⟩ (new), ⟨p4.i⟩
- ⟨p2.g⟩: warehouse lease renewal still with legal; landlord contact is ⟨p5⟩, ⟨phone⟩
- ⟨p3.g⟩ starts onboarding Monday, laptop not ordered yet (⟨p1.g⟩)
- Customer complaint from ⟨p6⟩ about a damaged delivery to ⟨addr⟩ – refund approved
- Next sync: same time, Denver office
"""),
    _x("imessage-dogwalker", "text_thread", """
I'm away next week. Write a clear instruction sheet for the dog walker from this text exchange.

⟨p2.g⟩: hey! confirming mon-fri, noon walks 🐕
Me: yes thank you!! lockbox on the back porch, code ⟨secret:door⟩
Me: address is ⟨addr:US⟩, the blue house
⟨p2.g⟩: and if something happens?
Me: vet is on file, and my sister ⟨p3⟩ can come over: ⟨phone:US~1⟩
Me: I'm on ⟨phone:US~2⟩ but 6h ahead, so text don't call
⟨p2.g⟩: perfect. venmo is @⟨p2.g⟩-walks
""", region="US"),
    _x("whatsapp-reunion", "whatsapp_group", """
Pull out the list of who's coming, dietary needs and who still has to pay from this group chat.

[02/03/26, 20:14] ⟨p1⟩: Class of 2006 reunion is ON 🎉 Saturday, back room at the Anchor
[02/03/26, 20:16] ⟨p2.n⟩: count me in + ⟨p3.g⟩. I'm veggie
[02/03/26, 20:18] ⟨p4.l⟩: in! no gluten pls
[02/03/26, 20:25] ⟨p1.n⟩: £25 each to ⟨iban:GB⟩ please, ref your name
[02/03/26, 20:31] ⟨p5.n⟩: can't make it, I'm in ⟨town⟩ now, miss you all
""", region="GB"),
    _x("helpdesk-mfa", "helpdesk_ticket", """
Write the resolution note for this ticket and a short message to the user.

Case CS-⟨ref:######⟩ | Category: Access / MFA | Status: Pending user
Caller: ⟨p1.Us⟩ – Accounts Payable – desk ⟨phone~1⟩ / cell ⟨phone~2⟩
Email: ⟨wmail:p1⟩
New phone, authenticator not migrated. Verified identity via manager ⟨p2⟩.
Sign-in attempts blocked from ⟨ip⟩ (flagged as unfamiliar). Bypass code issued: ⟨secret:otp⟩
(valid 24 h). Recovery codes regenerated: ⟨secret:recovery⟩.
"""),
    _x("i9-onboarding", "payroll", """
Check this onboarding sheet against the I-9/W-4 checklist and list anything that looks wrong.

Employee: ⟨p1.ls⟩
SSN ⟨ssn⟩   DOB ⟨dob⟩
Address: ⟨addrml⟩
Phone: ⟨phone⟩   Email: ⟨mail:p1⟩
Filing status: single, no dependents
Direct deposit: voided check attached separately
Hiring manager: ⟨p2⟩ · HR: ⟨p3.i⟩
""", region="US"),
    _x("party-rsvp-csv", "guest_list", """
Here's the RSVP export for my 40th. Tell me the headcount, kids vs adults, and who I need to nudge.

first,last,email,adults,kids,response
⟨p1.g⟩,⟨p1.s⟩,⟨mail:p1⟩,2,1,yes
⟨p2.g⟩,⟨p2.s⟩,⟨mail:p2⟩,1,0,maybe
⟨p3.g⟩,⟨p3.s⟩,,2,2,yes
⟨p4.g⟩,⟨p4.s⟩,⟨mail:p4⟩,2,0,
"""),
    _x("dentist-recall-ie", "doctor", """
What is this letter asking me to do? Reply in two sentences.

Tidewell Dental – recall reminder
Patient: ⟨p1⟩   DOB: ⟨dob⟩
⟨addrml⟩
Dear ⟨p1.g⟩, you are due your six-monthly check-up and hygiene visit. We have held ⟨date⟩ at 15:30
with ⟨p2⟩. Please confirm by phone on ⟨phone⟩ – the practice line has changed.
""", region="IE"),
    _x("cleaning-invoice-us", "invoice", """
Turn this into a proper invoice with a due date 15 days out and a thank-you line.

From: Sparkle & Shine Cleaning (owner ⟨p1⟩)
⟨mail:p1⟩ / ⟨phone⟩
Client: ⟨p2.ls⟩
Service address: ⟨addr⟩
Deep clean 3-bed house, ⟨date⟩ – $420
Oven + fridge add-on – $60
Card on file: ⟨card⟩ (client asked to charge it)
""", region="US"),
    _x("candidate-shortlist", "candidate_notes", """
Turn this shortlist into a comparison table (experience, salary ask, notice, concerns).

1) ⟨p1⟩ – ⟨mail:p1⟩ – 6 yrs product design, ask $118k, 2 wks notice. Portfolio strong, weak on research.
2) ⟨p2⟩ – ⟨mail:p2⟩ – ⟨phone⟩ – 4 yrs, ask $104k, lives in ⟨town⟩ so would need to be remote.
3) ⟨p3.ls⟩ – internal referral from ⟨p4.g⟩ – 8 yrs, ask $135k, available now. SSN for the
background check: ⟨ssn⟩ (sent by ⟨p3.g⟩ over email, sorry).
Panel: me, ⟨p4⟩, ⟨p5.i⟩.
""", region="US"),
    _x("reference-email-gb", "reference_check", """
Make this reference email shorter and more neutral in tone – HR says we can only confirm facts.

To: ⟨wmail:p3,1⟩
From: ⟨wmail:p2⟩
Re: Reference request – ⟨p1⟩ (DOB ⟨dob⟩)

Hi ⟨p3.g⟩, I can confirm ⟨p1.g⟩ worked for us as a senior care assistant from 2021 to 2025. Honestly
⟨p1.s⟩ was one of the best we've had, the residents adored her. Happy to chat: ⟨phone⟩.
⟨p2⟩, Registered Manager
""", region="GB"),
    _x("renters-claim-ca", "insurance", """
Help me fill out this tenant insurance claim from my notes. Keep it factual.

Insured: ⟨p1⟩ and ⟨p2⟩
Policy: TNT-⟨ref:#######⟩
Unit address: ⟨addr⟩
Contact: ⟨phone⟩, ⟨mail:p1⟩
Water leak from the unit above on ⟨date⟩; ceiling and laptop damaged. Upstairs tenant ⟨p3⟩ confirmed a
burst pipe. Building manager ⟨p4.i⟩ has photos.
""", region="CA"),
    _x("bank-transfer-in", "bank", """
My father wants to add me as a nominee and set up a standing transfer. Write the request letter to the
branch manager using these details.

Account holder: ⟨p1.U⟩, born ⟨dob~1⟩
Nominee: ⟨p2⟩ (son), DOB ⟨dob~2⟩
Address: ⟨addr⟩
Mobile: ⟨phone⟩
Monthly transfer of ₹15,000 to ⟨p3⟩'s account (she handles his rent), from the 5th.
""", region="IN"),
    _x("school-trip-au", "school", """
Draft a reply to the school confirming my son can go on the camp and answering their questions.

Student: ⟨p2⟩ (Year 8), DOB ⟨dob:kid⟩
Parent: ⟨p1⟩, mobile ⟨phone~1⟩
Emergency contact: ⟨p3⟩, ⟨phone~2⟩
Medical: mild asthma, Ventolin in bag
Pick-up on return: ⟨p1.g⟩ at the front gate
Payment of $385 made by card ⟨card⟩
""", region="AU"),
    _x("movers-quote", "moving_house", """
Compare these two moving quotes and write a message booking the cheaper one for ⟨date⟩.

Moving from: ⟨addr~1⟩
Moving to: ⟨addr~2⟩
Contact: ⟨p1⟩, ⟨phone⟩, ⟨mail:p1⟩
Quote A: 3 movers, 6 hrs, $1,380 + fuel. Quote B: 2 movers + truck, flat $1,250, insurance extra.
My partner ⟨p2.g⟩ will be at the new place with the keys.
"""),
    _x("restaurant-bookings", "booking", """
Summarise tonight's bookings for the floor manager: covers per hour, allergies, VIPs.

18:00  ⟨p1⟩ ×4  – ⟨phone~1⟩ – nut allergy
18:30  ⟨p2.Us⟩ ×2 – anniversary, card ⟨card⟩ held for no-show
19:15  ⟨p3.gi⟩ ×6 – birthday, cake brought in
20:00  ⟨p4⟩ ×2 – ⟨phone~2⟩ – regular, likes the window table
"""),
    _x("lead-list-tsv", "lead_list", """
Write a first-touch email for each of these leads from the trade show, personalised to their note.

name\tcompany\temail\tmobile\tnote
⟨p1⟩\t⟨firm:1⟩\t⟨wmail:p1,1⟩\t⟨phone~1⟩\tasked about SSO
⟨p2⟩\tKettle Valley Farms\t⟨mail:p2⟩\t⟨phone~2⟩\tbudget in Q3
⟨p3.ls⟩\tNorthline Freight\t⟨mail:p3⟩\t\tjust browsing
"""),
    _x("interview-invite", "calendar_invite", """
Write a friendly confirmation email to the candidate based on this invite, and a short prep note for the
panel.

Interview: Senior Accountant – final round
⟨date⟩ · 14:00–15:30 · Teams
Organizer: ⟨p2⟩ <⟨wmail:p2⟩>
Guests: ⟨p1⟩ <⟨mail:p1⟩>, ⟨p3⟩ <⟨wmail:p3⟩>, ⟨p4.i⟩ <⟨wmail:p4⟩>
Description: ⟨p1.g⟩ will present the case study (20 min). Backup phone if Teams fails: ⟨phone⟩.
"""),
    _x("hotel-confirmation", "travel", """
Pull the key facts out of this hotel confirmation (dates, what's included, cancellation deadline) and
tell me if the name on the booking matches my passport (⟨p1.Us⟩).

Confirmation no. ⟨ref:#########⟩
Guest name: ⟨p1⟩
Guests: 2 adults (⟨p1.g⟩, ⟨p2⟩)
Check-in ⟨date~1⟩ · Check-out ⟨date~2⟩ · Deluxe King, breakfast included
Guaranteed with card ⟨card⟩
Free cancellation until 48 hours before arrival. Contact on file: ⟨mail:p1⟩ / ⟨phone⟩
"""),
    _x("profile-summary", "linkedin_profile", """
Rewrite this profile's About section so it's shorter and less buzzwordy; keep it first person.

⟨p1⟩
Operations Manager | Supply Chain | Lean Six Sigma Green Belt
Lives in ⟨town⟩ · Open to work · ⟨mail:p1⟩ · ⟨phone⟩
About: Results-driven, synergy-focused operations leader passionate about leveraging cross-functional
alignment to drive best-in-class outcomes. Ask ⟨p2⟩ or ⟨p3⟩ about the warehouse turnaround!
"""),
    # ------------------------------------------------------------------------- short prompts
    _x("short-thank-hosts", "family", "Proofread this: 'Dear ⟨p1.s⟩ family, thank you so much for hosting "
       "⟨p2.g⟩ over the holidays, she hasn't stopped talking about it.'"),
    _x("short-tax-preparer", "tax", "Write an email to our tax preparer ⟨p1⟩ (⟨mail:p1⟩) with my husband's "
       "details she asked for: SSN ⟨ssn⟩, date of birth ⟨dob⟩. Ask if a portal upload is safer.",
       region="US"),
    _x("short-name-tags", "events", "Make name tags (first name big, last name small) for: ⟨p1⟩, ⟨p2⟩, "
       "⟨p3.U⟩, ⟨p4⟩."),
    _x("short-postcode-form", "forms", "The council form keeps rejecting my address, ⟨addr:GB⟩. Is the "
       "postcode written wrong?", region="GB"),
    _x("short-neighbour-plants", "home", "Help me text my neighbour ⟨p1.g⟩ to water the plants while we're "
       "away; the garage code is ⟨secret:door⟩ and the hose is round the back."),
    _x("short-email-hacked", "it", "I think someone logged into my email from ⟨ip⟩. My recovery phone is "
       "⟨phone⟩. What should I do first, in order?"),
    _x("short-overdue", "invoice", "Compose a polite reminder to ⟨p1.ls⟩ that invoice 1187 is 30 days "
       "overdue ($1,250). Second reminder, so a bit firmer."),
    _x("short-e164", "crm", "Convert these to E.164 for the CRM import: ⟨phone~1⟩, ⟨phone~2⟩, ⟨phone~3⟩."),
    _x("short-teacher-thanks", "school", "Write a thank-you note to my kid's teacher, Ms ⟨p1.s⟩, from "
       "⟨p2.g⟩ and me, for the end of the year."),
    _x("short-card-phone", "bank", "Someone called saying they're from the airline and asked me to read "
       "out my card, ⟨card⟩. I did. What now?"),
    _x("short-leaked-key", "it", "Our live API key ⟨secret:stripe⟩ got pushed to a public repo by ⟨p1.g⟩ "
       "this morning. What steps should we take right now?"),
    _x("short-grandpa-80", "family", "Write a toast for Grandpa ⟨p1⟩'s 80th: born ⟨dob⟩ in ⟨town⟩, moved "
       "here in the 70s, still fixes everyone's bikes."),
    # ------------------------------------------------------------------------- positives, other languages
    _x("de-arzttermin", "doctor", """
Schreib mir bitte eine kurze Absage für diesen Termin und bitte um einen neuen.

Patientin: ⟨p1⟩, geb. ⟨dob⟩
Anschrift: ⟨addr⟩
Termin: ⟨date⟩, 8:45 Uhr, Dr. ⟨p2⟩ (Orthopädie)
Rückfragen: ⟨phone⟩ oder ⟨mail:p1⟩
Versicherung: ⟨pick:TK|AOK|Barmer⟩, gesetzlich
""", lang="de"),
    _x("fr-location-mail", "landlord", """
Aide-moi à répondre à mon propriétaire, poliment mais fermement, au sujet du dépôt de garantie.

De : ⟨p2⟩ <⟨mail:p2⟩>
À : ⟨p1⟩
Bonjour, suite à l'état des lieux du ⟨date⟩ au ⟨addr⟩, je retiens 450 € pour la peinture.
Je vous rembourse le reste sur votre compte ⟨iban:FR⟩. Mon portable : ⟨phone⟩.
⟨p2.g⟩
""", lang="fr"),
    _x("es-grupo-boda", "guest_list", """
Hazme una lista limpia de invitados con mesa y menú a partir de estos mensajes del grupo.

⟨p1.n⟩: Mesa 1: ⟨p2⟩ y ⟨p3⟩, menú normal
⟨p1.n⟩: Mesa 2: los tíos de ⟨town⟩, ⟨p4⟩ (celíaco)
⟨p5.n⟩: Mi prima ⟨p6.g⟩ viene sola, vegetariana
⟨p1.n⟩: Para el regalo: ⟨iban:ES⟩, o Bizum al ⟨phone⟩
""", lang="es"),
    _x("it-ticket-assistenza", "helpdesk_ticket", """
Riassumi questo ticket in tre punti per il passaggio di consegne.

Ticket #⟨ref:#####⟩ – Utente: ⟨p1⟩ (⟨wmail:p1⟩), int. 214, cell. ⟨phone⟩
Problema: account bloccato dopo 5 tentativi, accessi sospetti da ⟨ip⟩.
Azione: ⟨p2.g⟩ ha impostato la password temporanea ⟨secret:temp⟩ e attivato di nuovo l'MFA.
Chiuso da ⟨p2⟩.
""", lang="it"),
    _x("pt-encomenda", "customer_list", """
Organiza estas encomendas por zona de entrega e diz-me quem ainda não pagou.

1. ⟨p1⟩ – ⟨addr~1⟩ – ⟨phone~1⟩ – pago
2. ⟨p2⟩ – ⟨addr~2⟩ – ⟨phone~2⟩ – MB Way pendente
3. ⟨p3.ls⟩ – entrega em ⟨town⟩, levanta no ponto de recolha – pago
""", lang="pt"),
    _x("nl-vve-mail", "email_thread", """
Kun je deze mail samenvatten en een kort antwoord schrijven?

Van: ⟨p2⟩ <⟨mail:p2⟩>
Datum: ⟨date⟩
Aan: ⟨p1⟩ <⟨mail:p1⟩>
Beste ⟨p1.g⟩, de servicekosten voor ⟨addr⟩ zijn verhoogd naar € 165 per maand. Graag overmaken naar
⟨iban:NL⟩ onder vermelding van je huisnummer. Vragen? Bel ⟨phone⟩.
Groet, ⟨p2.g⟩ (penningmeester VvE)
""", lang="nl"),
    _x("de-kuendigung", "contract", """
Formuliere bitte eine Kündigung für mein Fitnessstudio zum nächstmöglichen Termin:
⟨p1⟩, geb. ⟨dob⟩, ⟨addr⟩, Mitgliedsnummer ⟨ref:######⟩. Die Abbuchung von ⟨iban:DE⟩ soll danach \
aufhören.
""", lang="de"),
    _x("fr-nounou-sms", "text_thread", """
Corrige ce SMS pour la nounou : « Bonjour ⟨p1.g⟩, ⟨p2.g⟩ a de la fièvre, si ça monte pouvez-vous \
appeler son père ⟨p3⟩ au ⟨phone⟩ ? Merci ! »
""", lang="fr"),
    _x("es-visado", "travel", """
Traduce al inglés para el formulario del visado: «Me llamo ⟨p1⟩, nací el ⟨dob⟩ en ⟨town⟩ y vivo en \
⟨addr⟩. Mi correo es ⟨mail:p1⟩.»
""", lang="es"),
    _x("it-commercialista", "email_thread", """
Controlla questa email al commercialista e rendila più formale: «Buongiorno dott. ⟨p1.s⟩, le mando \
l'IBAN per il rimborso: ⟨iban:IT⟩. Mi chiami pure al ⟨phone⟩. Saluti, ⟨p2⟩»
""", lang="it"),
    _x("pt-escola-aviso", "school", """
Resume esta mensagem da escola: «O aluno ⟨p1⟩ (nascido a ⟨dob:kid⟩) faltou três dias sem \
justificação. Pedimos à encarregada de educação, ⟨p2⟩, que contacte a diretora de turma pelo \
⟨phone⟩.»
""", lang="pt"),
    _x("nl-huisarts-mail", "doctor", """
Help me met een mail aan de huisarts: "Beste dokter ⟨p1.s⟩, mijn zoon ⟨p2⟩ (geboren ⟨dob:kid⟩) heeft \
al een week koorts. Kunnen we morgen langskomen? Mijn nummer is ⟨phone⟩. Groet, ⟨p3⟩"
""", lang="nl"),
    # ------------------------------------------------------------------------- negatives
    _x("news-tech", "news", """
Give me a neutral ⟨pick:two-paragraph|five-bullet|three-sentence⟩ summary of this for our team channel.

Microsoft CEO Satya Nadella announced a new data-centre investment in ⟨pick:Wisconsin|Texas|Ohio⟩ on \
Tuesday, while Google said it would expand its ⟨pick:Dublin|Zurich|London⟩ campus. Analysts at Morgan \
Stanley called the spending "aggressive but rational". Meanwhile, the European Commission opened a review \
in Brussels of how cloud contracts are bundled, a move welcomed by Amazon Web Services competitors.
""", neg="news_and_articles"),
    _x("marketing-gym", "marketing", """
Write a landing-page hero section (headline, subheadline, 3 benefit bullets, call to action) for a 24-hour \
neighbourhood ⟨pick:gym|climbing wall|swimming club⟩ opening in ⟨pick:March|September|January⟩. Friendly, \
inclusive, no fitness-influencer clichés. First month free with code STRONGSTART; classes include spin, \
yoga and beginner strength.
""", neg="marketing_copy"),
    _x("code-sql", "code", """
Explain what this query does and why it is slow on a ⟨pick:20M|80M|3M⟩-row table:

SELECT c.region, COUNT(*) AS orders, AVG(o.total)
FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE DATE(o.created_at) >= '⟨pick:2025-01-01|2024-07-01|2025-06-30⟩'
GROUP BY c.region ORDER BY orders DESC;

We're on Postgres 16; there's an index on orders(created_at).
""", neg="code_questions"),
    _x("trip-japan", "travel", """
Plan ⟨pick:10|12|14⟩ days in Japan in April for ⟨pick:a couple|a family of four|two friends⟩: Tokyo, \
Hakone, Kyoto and Osaka. We want one onsen night, cherry blossoms if possible, and a day trip to Nara. \
Tell me whether the JR Pass is still worth it and roughly what the trains cost.
""", neg="travel_planning"),
    _x("howto-expenses", "policy", """
Write a simple expense policy for a ⟨pick:12|30|8⟩-person ⟨pick:agency|consultancy|charity⟩: what's \
reimbursable, meal limits ($40/day when travelling), receipts over $25, mileage at the IRS rate, approval \
by the team lead, and reimbursement within two pay cycles.
""", neg="policy_and_howto"),
    _x("placeholder-contract", "contract", """
Check this contract template for missing placeholders and inconsistent capitalisation.

This Agreement is made between [CLIENT NAME] ("Client"), of [Client Address], and [Contractor Name]
("Contractor"). Notices go to [email] or, for testing, john.smith@example.com. Signature: ____________
Name: John Q. Public   Date: __/__/____   SSN (last 4): XXXX
""", neg="placeholders"),
    _x("refs-tickets", "it", """
Group these Jira tickets by component and tell me which look like duplicates.

PLAT-⟨ref:22##⟩ login page spinner never stops (build 4.18.⟨ref:#~b⟩)
PLAT-2304 SSO redirect loop on Safari 17.4
BILL-0⟨ref:###⟩ invoice PDF shows wrong VAT id DE-⟨ref:### ### ###⟩
PLAT-2310 spinner on login after deploy 4.18.3 (commit a3f9c1e)
""", neg="reference_numbers"),
    _x("firms-eponyms", "shopping", """
Which is the better gift for a teenager: a pair of Dr. Martens boots, a Ralph Lauren hoodie or a
Tommy Hilfiger backpack? Also is Ben & Jerry's still owned by Unilever, and does Trader Joe's ship?
""", neg="product_and_firm_names"),
    _x("dates-timeline", "project", """
Turn this into a Gantt-style timeline: discovery 01/12/2026–01/23/2026, design until 02/20/2026, build \
March 2 to April 24, UAT the week of April 27, launch May 5, 2026. Budget: $⟨ref:8#,500⟩ with a \
⟨pick:10|15⟩ % contingency; invoice 30 % upfront, 40 % at design sign-off, 30 % at launch.
""", neg="dates_and_amounts"),
    _x("roles-orgchart", "org", """
Draw an org chart as a ⟨pick:nested list|Mermaid diagram|table⟩: CEO; under her the CFO, CTO and VP Sales; \
under the CTO two engineering managers and a Head of Security; under VP Sales three account executives and \
an SDR team. Add a note that the Board Chair and the General Counsel report separately.
""", neg="roles_and_teams"),
    _x("es-receta", "howto", """
Explícame paso a paso cómo hacer una tortilla de patatas jugosa para ⟨pick:seis|cuatro|ocho⟩ personas y \
qué puedo preparar la noche anterior.
""", lang="es", neg="policy_and_howto"),
    _x("it-auto", "shopping", """
Confronta ⟨pick:Fiat Panda|Fiat 500⟩, Toyota Yaris e Dacia Sandero per \
⟨pick:una neopatentata|un neopatentato⟩: consumi, assicurazione e costi di manutenzione. Meglio un \
concessionario Stellantis o un usato garantito da AutoScout24?
""", lang="it", neg="product_and_firm_names"),
]

TEMPLATES = {"dev": DEV, "test": TEST}


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
