"""The twelfth corpus: what people in regulated and service work paste into an AI assistant.

Datasheet
---------
What: an instruction ("summarise this for the GP", "draft a reply", "check this form for gaps") plus the
material pasted under it, from regulated and service work: clinic referral letters and discharge summaries,
insurance claims, loan and mortgage applications, HR case notes and references, legal intake and tenancy
disputes, KYC/onboarding forms, school and university records, travel bookings and visa letters, e-commerce
order disputes, customer-support call notes, real-estate listings with owner details, payroll corrections,
police/incident reports, charity donor records and recruiting pipelines. Positives run 550-1,100
characters with about eight labelled values each (pasted forms carry many fields). 75 % English; the rest
is written in German, French, Spanish, Italian, Dutch, Portuguese or Polish. A quarter are negatives.

Written by a twelfth author who read neither the scrubber, its tests, ``docs/detection.md`` nor any other
corpus's templates or value lists: only corpus11's datasheet, constants, ``well_labelled``/``generate`` and
record format, the halves command line, the shared corpus test helpers and the scorer's matching rule. The
scrubber was never run on this corpus while it was written. Names come from lists written by hand below (27
cultures, Latin script), incl. names that are also words (Will, Hope, Faith, Joy, Summer, Baker, Young, King,
Wilk, Koch, Fuchs), particles (van den, de la, von, Di, D', dos, Ní, bin, Al-), hyphens, apostrophes and
diacritics; forms are written full, given name or surname alone, ``Surname, Given``, ``SURNAME Given`` in
forms, initial and surname, and lower case in quick notes. Phones of 33 countries (international and local
forms), street addresses of 12 countries (flat/unit lines, postcodes, one or several lines), towns, dates of
birth in two dozen formats over 8 languages, SSNs, cards, IBANs of 9 countries, IPs and secrets (portal
passwords, one-time codes, door and key-safe codes, Shopify, Mailchimp, Stripe, SendGrid and HubSpot keys)
come from this module's own generators; no Faker.

How labelled: the value only, never its cue (``DOB: 14.03.1986`` labels the date; ``Ms Baker`` labels
``Baker``). PERSON: every occurrence and form of a private person's name (patients, clients, applicants,
owners, staff named in case notes, referees). EMAIL_ADDRESS and PHONE_NUMBER of people. LOCATION: a street
address whole (all its lines, from the flat or house number to the postcode and town), or a town only where
it says where someone lives, was born or gets a delivery; places named as context (``our Leeds office``,
``the Madrid conference``, ``Victoria House``) are not labelled. DATE_OF_BIRTH: birth dates only; admission,
incident, lease and payment dates are not labelled. US_SSN, CREDIT_CARD (Luhn-valid), IBAN_CODE
(checksum-valid), IP_ADDRESS (public addresses of customers and users), SECRET (passwords, one-time codes,
door/key-safe/alarm codes, API keys). A record is drawn again when a labelled value also occurs unlabelled in
its text (compared in lower case, whole words), or when two names would touch.

Decisions: clinicians, caseworkers and agents who write or sign the pasted material are private people and
are labelled like everyone else. Organisations (``Harrow & Byrne LLP``, ``St Aidan's Hospital``), their
switchboards and shared mailboxes do not appear in positives, so nothing unlabelled there is personal data.
Placeholders in blank forms (``[Patient name]``, ``Jane Doe``, ``jane.doe@example.com``, ``555-0100``) are not
personal data and appear only in negatives. Public figures and eponyms (Alzheimer's, Parkinson's, Crohn's,
the Heimlich manoeuvre), firms and products named after people (Johnson & Johnson, Marks & Spencer,
Ben & Jerry's), reference/claim/policy/order numbers, amounts and non-birth dates are never labelled.

Negatives carry no personal data, only look-alikes, in ``meta.neg_class``: ``drugs_and_products``,
``firms_named_after_people``, ``places_as_context``, ``reference_numbers``, ``dates_not_birth``,
``job_titles``, ``public_figures_and_eponyms``, ``placeholders``, ``amounts``.

How split: two halves with disjoint templates and name, street and town pools (every hand-written list is
split by index parity): ``dev`` (300 records; may be looked at and tuned on) and ``test`` (300 records; read
in aggregate only). Record ``i`` is negative when ``i % 4 == 3``; it is non-English when ``i % 12`` is 1, 5 or
11 (two positives and one negative in twelve: the positives go through the seven languages in turn, the
negatives through the languages that have negative templates in that half). Same seed, same records, also
across processes (per-record ``random.Random`` seeded with a string).

    .venv/bin/python -m benchmarks.corpus12 --half dev [--n N] [--seed S]
"""

import random
import re
import string
import unicodedata
from dataclasses import dataclass

from benchmarks.corpus11 import well_labelled  # (the eleventh corpus's check, the same rule)
from benchmarks.halves_cli import write_half

DEFAULT_SEED = 12
HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")
TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "DATE_OF_BIRTH", "US_SSN", "CREDIT_CARD",
         "IBAN_CODE", "IP_ADDRESS", "SECRET")
NEG_CLASSES = ("drugs_and_products", "firms_named_after_people", "places_as_context", "reference_numbers",
               "dates_not_birth", "job_titles", "public_figures_and_eponyms", "placeholders", "amounts")
MAX_DRAWS = 300

# ---------------------------------------------------------------------------------------------- names
# culture: (given names, surnames), "|"-separated, written by hand; each list split by index parity.
CULTURES = {
    "anglo": ("Will|Rose|Hope|Grant|Faith|Joy|Mark|Dawn|Summer|Bill|Sunny|Daisy|Oliver|Megan|Callum|Hollie",
              "Baker|Young|King|Bell|Rich|Cash|Short|Moody|Price|Banks|Hall|Church|Fairweather|Armstrong-Jones"
              "|Whitlock|Pennington"),
    "irish": ("Siobhán|Ciarán|Aoife|Pádraig|Niamh|Oisín|Caoimhe|Eoin",
              "O'Neill|Ní Bhriain|MacCarthy|Ó Súilleabháin|Fitzgerald|Mac Giolla Phádraig|Kavanagh"
              "|Ní Dhomhnaill"),
    "german": ("Jürgen|Anna-Lena|Björn|Günther|Käthe|Lukas|Heike|Fritz|Sören|Ute",
               "Müller-Lüdenscheidt|von Bülow|Koch|Fuchs|Wolf|Vogel|Schröder|Weiß|Kühn|Brandt|zu Stolberg"
               "|Hoffmann"),
    "french": ("Jean-Luc|Amélie|Benoît|Cécile|Hélène|Loïc|Margaux|Théo|Noëlle|Gaëtan",
               "Lefèvre|Petit|Blanc|de la Fontaine|Marchand|Dubois|Rousseau|Le Goff|Bonnaire|D'Aubigné"),
    "spanish": ("José María|Inés|Begoña|Íñigo|Rocío|Álvaro|Nuria|Martín|Pilar|Jesús",
                "García Márquez|de la Cruz|Iglesias|Prieto|Cordero|Fernández-Ruiz|Ibáñez|del Río|Sáez|Muñoz"),
    "latam": ("Guadalupe|Xiomara|Yuridia|Maximiliano|Luz|Socorro|Edgar|Dulce",
              "Hernández|Quispe|Mamani|Villalobos|Huamán|Zúñiga|Cárdenas|Tzul"),
    "italian": ("Giuseppe|Chiara|Niccolò|Ludovica|Gianluca|Federica|Nicola|Andrea|Ilaria|Salvatore",
                "Di Stefano|D'Amico|Esposito|Bianchi|De Luca|Russo|Lo Bianco|Ferrara|Santoro|Dell'Acqua"),
    "dutch": ("Sanne|Joost|Maartje|Pieter-Jan|Femke|Thijs|Bram|Lieke",
              "van den Berg|de Vries|Visser|de Wit|van Dijk|Bakker|Jansen|ter Horst|Smit|van 't Hof"),
    "portuguese": ("João|Conceição|Gonçalo|Inês Sofia|Tiago|Leonor|Rui|Graça",
                   "dos Santos|Pereira|Gonçalves|Carvalho|Sousa Lima|Magalhães|Antunes|da Silva"),
    "brazilian": ("Thaís|Luan|Juçara|Wellington|Raíssa|Cauã|Aparecida|Kléber",
                  "Nascimento|Araújo|Figueiredo|Cavalcanti|Damasceno|Brandão|Siqueira|Mota"),
    "polish": ("Małgorzata|Grzegorz|Agnieszka|Wojciech|Zofia|Przemysław|Jadwiga|Łukasz|Bożena|Krzysztof",
               "Wilk|Kowalczyk|Wiśniewska|Grabowski|Szczepańska|Żak|Dąbrowski|Nowak-Jeziorańska|Pawlak"
               "|Chmielewski"),
    "nigerian": ("Chiamaka|Oluwaseun|Blessing|Emeka|Precious|Tunde|Ngozi|Ifeanyi",
                 "Okonkwo|Adeyemi|Nwosu|Balogun|Eze|Ogunleye|Okafor|Adebayo-Smith"),
    "ghanaian": ("Kwame|Akosua|Kofi|Abena|Yaw|Efua|Kwabena|Ama",
                 "Mensah|Owusu|Boateng|Asante|Acheampong|Darko|Appiah|Ofori"),
    "indian": ("Priya|Arjun|Lakshmi|Sanjay|Ananya|Vikram|Deepa|Rahul",
               "Venkataraman|Iyer|Chatterjee|Reddy|Nair|Banerjee|Gupta|Krishnamurthy"),
    "pakistani": ("Ayesha|Imran|Fatima|Bilal|Zainab|Usman|Hina|Faisal",
                  "Qureshi|Chaudhry|Malik|Siddiqui|Butt|Raza|Sheikh|Mirza"),
    "arabic": ("Mohammed|Layla|Youssef|Nour|Khalid|Rania|Omar|Salma",
               "Al-Farsi|El Amrani|bin Rashid|Haddad|Abu Zeid|Mansour|Khoury|Benali"),
    "turkish": ("Ayşe|Mehmet|Elif|Burak|Zeynep|Emre|Gül|Oğuz",
                "Yılmaz|Öztürk|Çelik|Şahin|Aydın|Doğan|Kılıç|Güneş"),
    "chinese": ("Wei|Xiaoling|Jun|Meihua|Hao|Yan|Zhiqiang|Lan",
                "Zhang|Liu|Chen|Huang|Zhou|Xu|Sun|Guo"),
    "vietnamese": ("Thi Lan|Minh|Thu|Quang|Ngoc Anh|Duc|Hoa|Tuan",
                   "Nguyen|Tran|Le|Pham|Vu|Dang|Bui|Hoang"),
    "korean": ("Ji-woo|Min-jun|Seo-yeon|Hyun|Eun-ji|Dong-hyun|Soo-ah|Jae",
               "Kim|Park|Lee|Choi|Jung|Kang|Yoon|Han"),
    "japanese": ("Haruto|Yui|Sota|Aoi|Ren|Natsuki|Kenji|Emi",
                 "Sato|Suzuki|Takahashi|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi"),
    "greek": ("Eleni|Giorgos|Dimitra|Nikos|Katerina|Yannis|Sofia|Kostas",
              "Papadopoulos|Georgiou|Konstantinidou|Alexiou|Nikolaidis|Vlachou|Karagiannis|Pappas"),
    "swedish": ("Åsa|Stig|Linnéa|Sven|Maja|Oskar|Ingrid|Elin",
                "Lindqvist|Åkesson|Sjöberg|Nyström|Holm|Berg|Ek|Söderlund"),
    "somali": ("Hodan|Abdirahman|Faadumo|Mahad|Ayaan|Liban|Sagal|Ilhan",
               "Farah|Abdi|Hassan|Jama|Egal|Nur|Dualeh|Osman"),
    "filipino": ("Maricel|Jericho|Lovely|Bong|Rowena|Jun-Jun|Marites|Angelito",
                 "Dela Cruz|Bautista|Macaraeg|Villanueva|Dimaculangan|Reyes|Manalo|Santiago"),
    "ukrainian": ("Oksana|Taras|Olena|Bohdan|Iryna|Mykola|Svitlana|Andriy",
                  "Shevchenko|Kovalenko|Bondarenko|Tkachuk|Melnyk|Kravets|Hrytsenko|Lysenko"),
    "hungarian": ("Zsófia|Bence|Réka|Levente|Ildikó|Gergő|Enikő|Csaba",
                  "Nagy|Kovács|Szabó|Tóth|Horváth|Varga|Kiss|Molnár"),
}
LANG_CULTURES = {"de": ("german",), "fr": ("french",), "es": ("spanish", "latam"), "it": ("italian",),
                 "nl": ("dutch",), "pt": ("portuguese", "brazilian"), "pl": ("polish",)}
# where a person of a culture may live (phone country; the first that has addresses gives towns)
CULTURE_COUNTRIES = {
    "anglo": ("GB", "US", "AU", "CA", "IE"), "irish": ("IE", "GB"), "german": ("DE", "AT", "CH"),
    "french": ("FR", "BE", "CH"), "spanish": ("ES",), "latam": ("MX", "US"), "italian": ("IT",),
    "dutch": ("NL", "BE"), "portuguese": ("PT",), "brazilian": ("BR", "PT"), "polish": ("PL", "GB"),
    "nigerian": ("NG", "GB"), "ghanaian": ("GH", "GB"), "indian": ("IN", "GB", "US"),
    "pakistani": ("PK", "GB"),
    "arabic": ("AE", "MA", "FR"), "turkish": ("TR", "DE"), "chinese": ("CN", "US", "GB"),
    "vietnamese": ("VN", "US", "FR"), "korean": ("KR", "US"), "japanese": ("JP",), "greek": ("GR", "DE"),
    "swedish": ("SE",), "somali": ("GB", "SE", "US"), "filipino": ("PH", "GB", "US"),
    "ukrainian": ("UA", "PL", "DE"), "hungarian": ("HU", "AT"),
}


def _split(items: list, half: str) -> list:
    """The half's share of a hand-written list: even indices for dev, odd for test."""
    return items[0 if half == "dev" else 1::2]


def people(half: str) -> dict[str, tuple[list[str], list[str]]]:
    return {c: (_split(g.split("|"), half), _split(s.split("|"), half)) for c, (g, s) in CULTURES.items()}


def _ascii(text: str) -> str:
    table = str.maketrans("łŁøØßıæœđ", "lLoOsiaod")
    decomposed = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(ch for ch in decomposed if ch.isascii())


@dataclass
class Person:
    given: str
    surname: str
    culture: str

    def form(self, kind: str) -> str:
        g, s = self.given, self.surname
        forms = {"": f"{g} {s}", "g": g, "s": s, "S": s.upper(), "U": f"{s.upper()} {g}", "lf": f"{s}, {g}",
                 "i": f"{g[0]}. {s}", "l": f"{g} {s}".lower(), "lg": g.lower(), "UF": f"{g} {s}".upper()}
        return forms[kind]


# ---------------------------------------------------------------------------------------------- places
# country: (town|postcode pattern;...), (streets|...); in patterns # is a digit, % a digit 2-9, @ a capital.
PLACES = {
    "GB": ("Leeds|LS# #@@;Bristol|BS## #@@;Norwich|NR# #@@;Cardiff|CF## #@@;Sheffield|S## #@@;"
           "Leicester|LE# #@@;Brighton|BN# #@@;York|YO## #@@;Exeter|EX# #@@;Derby|DE## #@@",
           "Crescent Road|Albion Street|Mill Lane|Station Road|Victoria Terrace|Beech Grove|Church Walk"
           "|Hawthorn Close|Queen's Drive|Moor Lane"),
    "US": ("Columbus, OH|432##;Tucson, AZ|857##;Raleigh, NC|276##;Boise, ID|837##;Madison, WI|537##;"
           "Spokane, WA|992##;Albany, NY|122##;Omaha, NE|681##;Dayton, OH|454##;Fresno, CA|937##",
           "Maple Avenue|Oak Street|Lincoln Blvd|Cedar Lane|Washington St|Pine Ridge Road|Elm Court"
           "|Lakeview Drive"),
    "DE": ("Leipzig|04###;Bremen|28###;Kassel|34###;Freiburg im Breisgau|79###;Rostock|18###;Bochum|44###;"
           "Regensburg|93###;Mainz|55###;Erfurt|99###;Münster|48###",
           "Lindenstraße|Goethestraße|Am Mühlbach|Bahnhofstraße|Schillerplatz|Gartenweg|Hauptstraße"
           "|Rosenweg"),
    "FR": ("Lyon|6900#;Nantes|44###;Rennes|35###;Lille|59###;Toulouse|31###;Grenoble|38###;Besançon|25###;"
           "Montpellier|34###;Reims|51###;Angers|49###",
           "rue des Lilas|avenue des Tilleuls|boulevard de la Liberté|rue de la République|impasse des Vignes"
           "|chemin du Moulin|place du Marché|rue des Écoles"),
    "ES": ("Valencia|46###;Zaragoza|50###;Sevilla|41###;Bilbao|48###;Málaga|29###;Murcia|30###;"
           "Valladolid|47###;Granada|18###;Córdoba|14###;Gijón|33###",
           "Calle Mayor|Avenida de la Constitución|Calle del Carmen|Calle Alcalá|Paseo de la Castellana"
           "|Calle San Vicente|Avenida del Puerto|Calle Real"),
    "IT": ("Torino|10###;Bologna|40###;Napoli|80###;Bari|70###;Firenze|50###;Verona|37###;Padova|35###;"
           "Palermo|90###;Genova|16###;Trieste|34###",
           "Via Garibaldi|Via Roma|Corso Vittorio Emanuele|Via dei Mille|Viale Mazzini|Piazza Dante"
           "|Via San Martino|Via Verdi"),
    "NL": ("Utrecht|35## @@;Groningen|97## @@;Eindhoven|56## @@;Zwolle|80## @@;Haarlem|20## @@;"
           "Leiden|23## @@;Nijmegen|65## @@;Tilburg|50## @@;Delft|26## @@;Arnhem|68## @@",
           "Prinsengracht|Kerkstraat|Molenweg|Oranjelaan|Dorpsstraat|Stationsweg|Lindenlaan|Julianastraat"),
    "PT": ("Porto|4###-###;Braga|47##-###;Coimbra|30##-###;Aveiro|38##-###;Faro|80##-###;Setúbal|29##-###;"
           "Viseu|35##-###;Évora|70##-###;Leiria|24##-###;Guimarães|48##-###",
           "Rua das Flores|Avenida da Liberdade|Rua do Carmo|Travessa do Sol|Rua Direita|Largo da Sé"
           "|Rua de Santa Catarina|Avenida Central"),
    "PL": ("Gdańsk|80-###;Kraków|3#-###;Wrocław|5#-###;Poznań|6#-###;Łódź|9#-###;Lublin|20-###;Toruń|87-###;"
           "Katowice|40-###;Rzeszów|35-###;Szczecin|7#-###",
           "ul. Długa|ul. Polna|al. Niepodległości|ul. Kwiatowa|ul. Ogrodowa|ul. Lipowa|ul. Słoneczna"
           "|ul. Szkolna"),
    "IE": ("Cork|T12 @#@#;Galway|H91 @#@#;Limerick|V94 @#@#;Sligo|F91 @#@#;Kilkenny|R95 @#@#;"
           "Waterford|X91 @#@#;Athlone|N37 @#@#;Drogheda|A92 @#@#",
           "Harbour View|Main Street|Church Road|Ashgrove Park|Castle Street|Green Lane|Abbey Road"
           "|Oak Drive"),
    "AU": ("Geelong VIC|32##;Newcastle NSW|23##;Hobart TAS|70##;Cairns QLD|48##;Ballarat VIC|33##;"
           "Wollongong NSW|25##;Toowoomba QLD|43##;Bendigo VIC|35##",
           "Banksia Street|Wattle Avenue|Bay Road|Hill Street|Jacaranda Drive|Ocean Parade|River Terrace"
           "|Gum Tree Lane"),
    "CA": ("Halifax, NS|B3L #@#;Hamilton, ON|L8P #@#;Kelowna, BC|V1Y #@#;Saskatoon, SK|S7K #@#;"
           "Moncton, NB|E1C #@#;Victoria, BC|V8V #@#;Guelph, ON|N1H #@#;Sherbrooke, QC|J1H #@#",
           "Birch Street|Maple Crescent|Harbour Road|Prospect Avenue|Tamarack Way|Dunlop Street"
           "|Bay Ridge Road|Spruce Court"),
}
# towns (no postcode) of countries without street addresses here
EXTRA_TOWNS = {
    "AT": "Graz|Linz|Innsbruck|Klagenfurt|Wels|Villach",
    "CH": "Winterthur|Lausanne|Lugano|Biel|Thun|Chur",
    "BE": "Gent|Leuven|Namur|Mechelen|Liège|Hasselt",
    "MX": "Puebla|Oaxaca|Mérida|Querétaro|Morelia|Toluca",
    "BR": "Recife|Campinas|Curitiba|Natal|Londrina|Maceió",
    "NG": "Ibadan|Enugu|Kano|Benin City|Abeokuta|Jos",
    "GH": "Kumasi|Tamale|Cape Coast|Ho|Takoradi|Sunyani",
    "IN": "Pune|Kochi|Indore|Mysuru|Nagpur|Vadodara",
    "PK": "Faisalabad|Multan|Sialkot|Peshawar|Quetta|Hyderabad",
    "AE": "Sharjah|Al Ain|Ajman|Fujairah|Ras Al Khaimah|Umm Al Quwain",
    "MA": "Fès|Meknès|Tanger|Agadir|Oujda|Tétouan",
    "TR": "Eskişehir|Trabzon|Konya|Kayseri|Samsun|Gaziantep",
    "CN": "Chengdu|Hangzhou|Xiamen|Kunming|Qingdao|Harbin",
    "VN": "Huế|Đà Nẵng|Hải Phòng|Cần Thơ|Nha Trang|Vinh",
    "KR": "Daegu|Gwangju|Suwon|Jeonju|Ulsan|Cheongju",
    "JP": "Sendai|Kanazawa|Okayama|Kumamoto|Niigata|Matsuyama",
    "GR": "Patras|Larissa|Volos|Ioannina|Chania|Kalamata",
    "SE": "Uppsala|Västerås|Örebro|Linköping|Umeå|Lund",
    "PH": "Cebu City|Davao|Iloilo|Baguio|Bacolod|Tacloban",
    "UA": "Lviv|Vinnytsia|Poltava|Chernihiv|Zhytomyr|Ternopil",
    "HU": "Debrecen|Szeged|Pécs|Győr|Miskolc|Eger",
}


def _postcodes(country: str) -> dict[str, str]:
    return dict(entry.split("|") for entry in PLACES[country][0].split(";"))


def towns(country: str, half: str) -> list[str]:
    """The half's towns of ``country`` (where people live or were born)."""
    entries = list(_postcodes(country)) if country in PLACES else EXTRA_TOWNS[country].split("|")
    return _split(entries, half)


def _streets(country: str, half: str) -> list[str]:
    return _split(PLACES[country][1].split("|"), half)


def _fill(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "%":
            out.append(rng.choice("23456789"))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXY"))
        else:
            out.append(ch)
    return "".join(out)


def address(rng: random.Random, country: str, half: str, multiline: bool = False) -> str:
    town = rng.choice(towns(country, half))
    pc = _fill(rng, _postcodes(country)[town])
    street = rng.choice(_streets(country, half))
    n, k = rng.randint(2, 188), rng.randint(1, 24)
    unit = rng.random() < 0.5
    sep = "\n" if multiline else ", "
    if country == "GB":
        lines = ([f"Flat {k}"] if unit else []) + [f"{n} {street}", town, pc] if multiline else \
            ([f"Flat {k}, {n} {street}"] if unit else [f"{n} {street}"]) + [f"{town} {pc}"]
    elif country in ("US", "CA"):
        lines = [f"{n}{rng.randint(0, 9)} {street}" + (f", Apt {k}{rng.choice('ABCD')}" if unit else ""),
                 f"{town} {pc}"]
    elif country == "DE":
        lines = ([f"{street} {n}"] + (["Hinterhaus, 3. OG"] if unit else []) + [f"{pc} {town}"])
    elif country == "FR":
        lines = ([f"Bât. {rng.choice('ABC')}, appt {k}"] if unit else []) + [f"{n} {street}", f"{pc} {town}"]
    elif country == "ES":
        floor = f", {rng.randint(1, 8)}º {rng.choice('ABCD')}" if unit else ""
        lines = [f"{street} {n}{floor}", f"{pc} {town}"]
    elif country == "IT":
        lines = [f"{street} {n}" + (f", scala {rng.choice('ABC')}, int. {k}" if unit else ""), f"{pc} {town}"]
    elif country == "NL":
        floor = f"-{rng.choice(['I', 'II', 'III', 'hs'])}" if unit else ""
        lines = [f"{street} {n}{floor}", f"{pc} {town}"]
    elif country == "PT":
        floor = f", {rng.randint(1, 6)}º {rng.choice(['Esq.', 'Dto.'])}" if unit else ""
        lines = [f"{street}, {n}{floor}", f"{pc} {town}"]
    elif country == "PL":
        lines = [f"{street} {n}" + (f" m. {k}" if unit else ""), f"{pc} {town}"]
    elif country == "IE":
        lines = ([f"Apt {k}"] if unit else []) + [f"{n} {street}", f"{town} {pc}"]
    else:  # AU
        lines = [(f"Unit {k}/{n} {street}" if unit else f"{n} {street}"), f"{town} {pc}"]
    return sep.join(lines)


# ---------------------------------------------------------------------------------------------- phones
PHONES = {
    "GB": ("+44 7### ######", "07### ######"), "US": ("+1 %##-%##-####", "(%##) %##-####"),
    "CA": ("+1 %##-%##-####", "(%##) %##-####"), "AU": ("+61 4## ### ###", "04## ### ###"),
    "IE": ("+353 8# ### ####", "08# ### ####"), "DE": ("+49 15# ########", "015# ########"),
    "AT": ("+43 664 #######", "0664 #######"), "CH": ("+41 7# ### ## ##", "07# ### ## ##"),
    "FR": ("+33 6 ## ## ## ##", "06 ## ## ## ##"), "BE": ("+32 4## ## ## ##", "04## ## ## ##"),
    "ES": ("+34 6## ### ###", "6## ## ## ##"), "MX": ("+52 55 #### ####", "55 #### ####"),
    "IT": ("+39 3## ### ####", "3## ### ####"), "NL": ("+31 6 ########", "06-########"),
    "PT": ("+351 9## ### ###", "9## ### ###"), "BR": ("+55 11 9####-####", "(11) 9####-####"),
    "PL": ("+48 5## ### ###", "6## ### ###"), "NG": ("+234 80# ### ####", "080# ### ####"),
    "GH": ("+233 24 ### ####", "024 ### ####"), "IN": ("+91 9#### #####", "09#### #####"),
    "PK": ("+92 3## #######", "03## #######"), "AE": ("+971 5# ### ####", "05# ### ####"),
    "MA": ("+212 6 ## ## ## ##", "06 ## ## ## ##"), "TR": ("+90 5## ### ## ##", "05## ### ## ##"),
    "CN": ("+86 13# #### ####", "13# #### ####"), "VN": ("+84 9# ### ## ##", "09# ### ## ##"),
    "KR": ("+82 10-####-####", "010-####-####"), "JP": ("+81 90-####-####", "090-####-####"),
    "GR": ("+30 69# ### ####", "69# ### ####"), "SE": ("+46 7# ### ## ##", "07#-### ## ##"),
    "PH": ("+63 9## ### ####", "09## ### ####"), "UA": ("+380 6# ### ## ##", "06# ### ## ##"),
    "HU": ("+36 30 ### ####", "06 30 ### ####"),
}


def phone(rng: random.Random, country: str, form: str | None = None) -> str:
    intl, local = PHONES[country]
    pattern = intl if (form == "intl" or (form is None and rng.random() < 0.55)) else local
    while True:
        value = _fill(rng, pattern)
        if "555" not in value:
            return value


# ---------------------------------------------------------------------------------------------- dates
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada"
          " grudnia",
}
DATE_STYLES = {
    "en": ("{d:02d}/{m:02d}/{y}", "{m:02d}/{d:02d}/{y}", "{d} {M} {y}", "{M} {d}, {y}", "{y}-{m:02d}-{d:02d}",
           "{d:02d}-{Mon}-{y}", "{d}.{m}.{y}"),
    "de": ("{d:02d}.{m:02d}.{y}", "{d}. {M} {y}", "{y}-{m:02d}-{d:02d}"),
    "fr": ("{d:02d}/{m:02d}/{y}", "{d} {M} {y}"),
    "es": ("{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}", "{d}-{m}-{y}"),
    "it": ("{d:02d}/{m:02d}/{y}", "{d} {M} {y}"),
    "nl": ("{d:02d}-{m:02d}-{y}", "{d} {M} {y}"),
    "pt": ("{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}"),
    "pl": ("{d:02d}.{m:02d}.{y}", "{d} {M} {y}", "{y}-{m:02d}-{d:02d}"),
}


def _date(rng: random.Random, lang: str, years: tuple[int, int], style: str | None = None) -> str:
    y, m, d = rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28)
    months = MONTHS[lang].split()
    named = {"iso": "{y}-{m:02d}-{d:02d}", "us": "{m:02d}/{d:02d}/{y}"}
    fmt = named.get(style or "") or style or rng.choice(DATE_STYLES[lang])
    return fmt.format(d=d, m=m, y=y, M=months[m - 1], Mon=MONTHS["en"].split()[m - 1][:3])


def date_of_birth(rng: random.Random, lang: str, style: str | None = None) -> str:
    return _date(rng, lang, (1941, 2006), style)


# ---------------------------------------------------------------------------------------------- numbers
def ssn(rng: random.Random) -> str:
    while True:
        a, b, c = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    return rng.choice(("{:03d}-{:02d}-{:04d}", "{:03d} {:02d} {:04d}")).format(a, b, c)


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (1 if i % 2 else 2)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "visa", "mc", "amex"))
    if kind == "amex":
        digits = _luhn_complete(rng.choice(("34", "37")) + _fill(rng, "#" * 12))
        return rng.choice((f"{digits[:4]} {digits[4:10]} {digits[10:]}", digits))
    prefix = "4" if kind == "visa" else rng.choice(("51", "53", "55", "2221"))
    digits = _luhn_complete(prefix + _fill(rng, "#" * (15 - len(prefix))))
    return rng.choice((" ", "-", "")).join(digits[i:i + 4] for i in range(0, 16, 4))


IBAN_BODY = {"DE": "#" * 18, "FR": "#" * 23, "ES": "#" * 20, "IT": "@" + "#" * 22, "NL": "@@@@" + "#" * 10,
             "PT": "#" * 21, "PL": "#" * 24, "GB": "@@@@" + "#" * 14, "BE": "#" * 12, "IE": "@@@@" + "#" * 14}


def iban(rng: random.Random, country: str) -> str:
    bban = _fill(rng, IBAN_BODY[country])
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.7 else raw


def ip(rng: random.Random, v6: bool = False) -> str:
    if v6:
        return "2a02:" + ":".join(f"{rng.randint(1, 0xffff):x}" for _ in range(7))
    first = rng.choice((24, 31, 37, 46, 62, 68, 73, 77, 81, 86, 89, 92, 98, 109, 141, 151, 176, 185, 188, 212,
                        213, 217))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


ALNUM = string.ascii_letters + string.digits
WORDS = "Harbour Lime Tulip Falcon Maple Cobalt Juniper Otter Saffron Willow Comet Pebble Quartz".split()


def _r(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def secret(rng: random.Random, kind: str) -> str:
    if kind == "pw":
        word, other, mark = rng.choice(WORDS), rng.choice(WORDS).lower(), rng.choice("!#$%&*?")
        return rng.choice((f"{word}{mark}{other}{rng.randint(10, 99)}", _r(rng, 4) + mark + _r(rng, 5),
                           f"{word}{rng.randint(1970, 2025)}{mark}"))
    gens = {
        "otp": lambda: _fill(rng, "######"),
        "door": lambda: _fill(rng, rng.choice(("%###", "%####", "%##%#"))),
        "stripe": lambda: "sk_live_" + _r(rng, 24),
        "sendgrid": lambda: f"SG.{_r(rng, 22)}.{_r(rng, 43)}",
        "mailchimp": lambda: _r(rng, 32, "0123456789abcdef") + "-us" + str(rng.randint(2, 21)),
        "hubspot": lambda: "pat-eu1-" + "-".join(_r(rng, n, "0123456789abcdef") for n in (8, 4, 4, 4, 12)),
        "shopify": lambda: "shpat_" + _r(rng, 32, "0123456789abcdef"),
    }
    return gens[kind]()


# ---------------------------------------------------------------------------------------------- records
PERSONAL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "gmx.de", "web.de", "orange.fr", "libero.it",
                    "ziggo.nl", "sapo.pt", "wp.pl", "o2.pl", "hotmail.es", "icloud.com", "proton.me",
                    "btinternet.com", "hotmail.com")
WORK_DOMAINS = ("harrowbyrne-law.co.uk", "stmaryclinic.org", "lumen-insure.com", "northgate-lettings.co.uk",
                "keystone-mortgages.com", "brightwell-hr.eu", "uni-rheinfeld.de", "atlas-travel.es",
                "fairhaven-charity.org", "quantaro.nl")
SLOT = re.compile(r"⟨([^⟩]*)⟩")


@dataclass
class Template:
    name: str
    lang: str
    genre: str
    text: str
    neg_class: str | None = None


class _Record:
    """The values of one rendering: each slot key gives the same value every time it appears."""

    def __init__(self, rng: random.Random, half: str, lang: str):
        self.rng, self.half, self.lang = rng, half, lang
        self.pool = people(half)
        self.persons: dict[str, Person] = {}
        self.values: dict[str, tuple[str, str | None]] = {}
        self.date_style = rng.choice(DATE_STYLES[lang])  # a record writes its other dates in one style

    def person(self, key: str) -> Person:
        if key not in self.persons:
            rng = self.rng
            if self.lang in LANG_CULTURES and (key == "p1" or rng.random() < 0.5):
                culture = rng.choice(LANG_CULTURES[self.lang])
            elif rng.random() < 0.25:
                culture = "anglo"
            else:
                culture = rng.choice(sorted(CULTURES))
            given, surnames = self.pool[culture]
            taken = {w for p in self.persons.values() for w in (p.given, p.surname)}
            g = rng.choice([x for x in given if x not in taken] or given)
            s = rng.choice([x for x in surnames if x not in taken] or surnames)
            self.persons[key] = Person(g, s, culture)
        return self.persons[key]

    def country(self, arg: str, need_address: bool = False) -> str:
        if not re.fullmatch(r"p\d", arg):
            return arg
        options = CULTURE_COUNTRIES[self.person(arg).culture]
        if need_address:
            options = tuple(c for c in options if c in PLACES) or ("GB",)
        return self.rng.choice(options)

    def email(self, p: Person, work: bool) -> str:
        g, s = (re.sub(r"[^a-z]", "", _ascii(x).lower()) for x in (p.given, p.surname))
        local = self.rng.choice((f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}{self.rng.randint(1, 99)}", f"{s}.{g}",
                                 f"{g}_{s}")) if not work else self.rng.choice((f"{g}.{s}", f"{g[0]}{s}"))
        return f"{local}@{self.rng.choice(WORK_DOMAINS if work else PERSONAL_DOMAINS)}"

    def fill(self, slot: str) -> tuple[str, str | None]:
        if slot in self.values:
            return self.values[slot]
        rng, half = self.rng, self.half
        m = re.fullmatch(r"(p\d)(?:\.(\w+))?", slot)
        if m:
            value: tuple[str, str | None] = (self.person(m.group(1)).form(m.group(2) or ""), "PERSON")
        else:
            kind, _, arg = slot.partition(":")
            arg = arg.split("~")[0]
            if kind == "pick":
                value = (rng.choice(arg.split("|")), None)
            elif kind == "ref":
                value = (_fill(rng, arg), None)
            elif kind == "date":
                value = (_date(rng, self.lang, (2024, 2026), arg or self.date_style), None)
            elif kind in ("mail", "wmail"):
                value = (self.email(self.person(arg), kind == "wmail"), "EMAIL_ADDRESS")
            elif kind == "phone":
                country, _, form = arg.partition(",")
                value = (phone(rng, self.country(country), form or None), "PHONE_NUMBER")
            elif kind in ("addr", "addrml"):
                value = (address(rng, self.country(arg, True), half, kind == "addrml"), "LOCATION")
            elif kind == "town":
                value = (rng.choice(towns(self.country(arg), half)), "LOCATION")
            elif kind == "dob":
                value = (date_of_birth(rng, self.lang, arg or None), "DATE_OF_BIRTH")
            elif kind == "ssn":
                value = (ssn(rng), "US_SSN")
            elif kind == "card":
                value = (card(rng), "CREDIT_CARD")
            elif kind == "iban":
                value = (iban(rng, arg), "IBAN_CODE")
            elif kind == "ip":
                value = (ip(rng, arg == "6"), "IP_ADDRESS")
            elif kind == "secret":
                value = (secret(rng, arg), "SECRET")
            else:
                raise ValueError(f"unknown slot {slot!r}")
        self.values[slot] = value
        return value


def render(template: Template, rng: random.Random, half: str) -> tuple[str, list[dict]]:
    record = _Record(rng, half, template.lang)
    text, spans, last = [], [], 0
    pos = 0
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
    return "".join(text), spans


def _lang_of(i: int, negative: bool, neg_langs: list[str]) -> str:
    if i % 12 not in (1, 5, 11):
        return "en"
    if negative:
        return neg_langs[(i // 12) % len(neg_langs)] if neg_langs else "en"
    k = 2 * (i // 12) + (0 if i % 12 == 1 else 1)
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
    order = random.Random(f"corpus12|{seed}|{half}|order")
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
            rng = random.Random(f"corpus12|{seed}|{half}|{i}|{draw}")
            text, spans = render(template, rng, half)
            if well_labelled(text, spans):
                break
        else:
            raise RuntimeError(f"{template.name}: no well-labelled draw")
        meta = {"half": half, "template": template.name, "genre": template.genre, "lang": template.lang,
                "kind": "negative" if negative else "positive"}
        if negative:
            meta["neg_class"] = template.neg_class
        records.append({"id": f"c12-{half}-{i:04d}", "text": text, "spans": spans, "meta": meta})
    return records


# ---------------------------------------------------------------------------------------------- templates
def _t(half: str, name: str, lang: str, genre: str, text: str, neg_class: str | None = None) -> Template:
    return Template(f"c12-{half}-{name}", lang, genre, text.strip("\n"), neg_class)


DEV = [
    _t("dev", "gp-referral-cardio", "en", "clinic_referral", """
Can you turn this referral into a short, plain-English summary I can give the patient? Keep the meds list.

RE: ⟨p1⟩, DOB ⟨dob⟩
Address: ⟨addr:GB⟩
Mobile: ⟨phone:GB⟩   Hospital no. ⟨ref:RX######⟩

Dear Dr ⟨p2.s⟩,

Thank you for seeing ⟨p1.g⟩, who presented to the surgery on ⟨date⟩ with three weeks of exertional chest
tightness and palpitations after climbing stairs. ECG in clinic showed sinus rhythm with occasional ectopics.
Her father had a myocardial infarction at 58. Current medication: ramipril 5 mg od, atorvastatin 20 mg on,
omeprazole 20 mg od. No known drug allergies. She is a non-smoker and walks her dog daily.

I would be grateful for a cardiology opinion and an exercise tolerance test. She prefers morning
appointments and would like to be contacted by text first.

Kind regards,
Dr ⟨p3⟩
⟨pick:Parkside Medical Practice|Orchard Surgery|Meadowbank Health Centre⟩
"""),
    _t("dev", "discharge-ward", "en", "discharge_summary", """
Summarise this discharge summary into three bullet points for the district nurse, no jargon please.

DISCHARGE SUMMARY — Ward 7B (Nightingale)
Patient: ⟨p1.U⟩    DOB: ⟨dob⟩    Sex: M
Home address: ⟨addrml:p1⟩
Next of kin: ⟨p2⟩ (daughter), ⟨phone:p2⟩
Admitted: ⟨date⟩    Discharged: ⟨date:iso⟩

Mr ⟨p1.s⟩ was admitted with community-acquired pneumonia (CURB-65 score 2). Treated with IV co-amoxiclav
then oral doxycycline. Mobilising with a frame, independent with personal care. Physio recommends a
perching stool and a second banister rail.

Follow-up: chest X-ray in 6 weeks at the Royal Infirmary. Discussed with his daughter, who will stay with
him for the first week. Responsible consultant: Dr ⟨p3.i⟩.
"""),
    _t("dev", "home-contents-claim", "en", "insurance_claim", """
Please check this home-contents claim for missing information before I submit it to the underwriter.

Claim ref: ⟨ref:HC-2025-######⟩   Policy: ⟨ref:LUM/HOME/#######⟩
Policyholder: ⟨p1⟩
Risk address: ⟨addr:GB⟩
Contact: ⟨phone:p1⟩
Date of loss: ⟨date⟩

Description: escape of water from the upstairs bathroom (failed washing-machine hose) damaged the kitchen
ceiling, a sofa and a Dyson V11. ⟨p1.g⟩ says the plumber, ⟨p2⟩, attended the same evening and can provide
a report. Photos attached (9). Estimate from Marlow & Sons Interiors: £3,870.00 incl. VAT.

Settlement to be paid by bank transfer to the policyholder:
IBAN ⟨iban:GB⟩, account name ⟨p1.UF⟩.
"""),
    _t("dev", "mortgage-application-us", "en", "mortgage_application", """
Draft a checklist of the documents this borrower still needs to send us, based on the application below.

UNIFORM RESIDENTIAL LOAN APPLICATION — summary
Borrower: ⟨p1⟩            SSN: ⟨ssn⟩         DOB: ⟨dob:us⟩
Co-borrower: ⟨p2⟩          SSN: on file (verified)
Current address: ⟨addr:US⟩ (4 yrs, renting)
Cell: ⟨phone:US⟩
Employer: Harlan Freight Systems, dispatcher, 6 yrs; base income $5,840/month
Loan amount requested: $312,000 — 30-year fixed, property at the Brookside development

Notes from call: ⟨p1.g⟩ says the co-borrower's W-2 for last year is still with their previous employer.
Gift letter from ⟨p3⟩ (aunt) for $15,000 to follow. Credit pulled on ⟨date:us⟩, middle score 702.
Underwriting conditions so far: 2 months of bank statements for all accounts, explanation letter for the
large deposit in August, VOE within 10 days of closing, homeowner's insurance binder, HOA questionnaire.
Please group the checklist by who provides it (borrower, employer, title company) and flag anything that
usually delays closing.
"""),
    _t("dev", "hr-grievance-notes", "en", "hr_case_note", """
tidy up my notes from today's grievance meeting into a formal record, neutral tone

meeting ⟨date⟩, room 3 at our Coventry office
present: ⟨p1.l⟩ (employee), ⟨p2.l⟩ (union rep), me

- ⟨p1.lg⟩ says shift lead ⟨p3⟩ changed her rota 4 times in 2 weeks w/o notice, feels targeted since she
  raised the overtime issue in march
- ⟨p3.g⟩ not present, will interview separately next week
- she asked that we call her on her personal mobile ⟨phone:p1⟩ not the work one
- wants outcome in writing to her home address ⟨addr:GB⟩
- union rep to send written statement by friday

next steps: interview ⟨p3.g⟩, pull rota history from the Planday export, outcome letter within 10 working days
policy ref: grievance procedure s.4.2 (informal stage skipped at employee's request). keep it factual, no
opinions, and use headings: attendees, complaint, evidence discussed, actions agreed, next steps.
"""),
    _t("dev", "reference-request", "en", "hr_reference", """
Write a polite reference request email to the referee below. Mention the role and a deadline of two weeks.

Candidate: ⟨p1⟩ — applying for Senior Care Assistant, night shifts
Referee 1: ⟨p2⟩, former line manager at Willowbrook Care Home
    email ⟨mail:p2⟩, mobile ⟨phone:p2⟩
Referee 2: ⟨p3⟩, college tutor — ⟨wmail:p3⟩

⟨p1.g⟩ left Willowbrook in ⟨pick:June|August|October⟩ after 3 years; she has consented to both references.
Sign it from me, ⟨p4⟩, Recruitment Coordinator.
The reference form asks about punctuality, medication competency, safeguarding concerns and whether they
would re-employ. CQC requires us to have both references before the start date, so say that politely.
"""),
    _t("dev", "tenancy-deposit-intake", "en", "legal_intake", """
I'm a paralegal. From this intake note, list the facts we have and the questions we still need to ask.

NEW MATTER — tenancy deposit dispute
Client: ⟨p1⟩   DOB: ⟨dob⟩
Lives at: ⟨addr:GB⟩
Tel: ⟨phone:p1⟩
Landlord: ⟨p2⟩ (private landlord, lives in ⟨town:p2⟩)
Letting agent: Harrington Lettings (the Kingsway branch)

Client paid a deposit of £1,450 on ⟨date⟩. Tenancy ended and keys were returned; landlord is withholding
£1,100 for "repainting and carpets". Client says the deposit was never protected in a scheme. ⟨p1.g⟩ has
photos from check-in. Refund, if any, to client's account: ⟨iban:GB⟩.
Conflict check against ⟨p2.s⟩ done — clear.
Please also note the limitation period for a deposit protection claim and whether we should send a letter
before action first. The client is on Universal Credit and may qualify for legal aid; fee estimate not yet
given.
"""),
    _t("dev", "kyc-onboarding-form", "en", "kyc_onboarding", """
Check this onboarding record against our KYC checklist and tell me what is missing or inconsistent.

CUSTOMER ONBOARDING — retail current account
Surname / Given names: ⟨p1.U⟩
Date of birth: ⟨dob⟩          Place of birth: ⟨town:p1⟩
Residential address: ⟨addr:p1⟩
Mobile: ⟨phone:p1,intl⟩
Source of funds: salary (teacher), inheritance
Existing account for salary transfer: ⟨iban:DE⟩
Device IP at application: ⟨ip⟩
SMS verification code sent: ⟨secret:otp⟩ (entered correctly)
PEP/sanctions screening: no match. Reviewer: ⟨p2.i⟩

Checklist to apply: identity verified against a photo document; address verified by a document dated within
3 months; source of funds plausible for the stated occupation; expected monthly turnover recorded; risk
rating assigned (low/medium/high) with a reason. Answer as a table: item, status, comment.
"""),
    _t("dev", "university-appeal", "en", "university_record", """
Help me reply to this student's appeal email. Summarise the record first.

Student: ⟨p1⟩  (ID ⟨ref:2#######⟩)  DOB ⟨dob:iso⟩
Programme: BSc Nursing (Adult), year 2
Term address: ⟨addr:GB⟩
Personal email: ⟨mail:p1⟩
Personal tutor: Dr ⟨p2⟩

⟨p1.g⟩ missed the pharmacology exam on ⟨date⟩ due to a hospital admission and submitted mitigating
circumstances late. Exam board decision: capped resit. She appeals on the grounds that the Student Hub was
closed that week. Note: she says she can't log in to the portal to upload evidence; she wrote her password
in the email (⟨secret:pw⟩) — please tell her to change it and don't repeat it back.
"""),
    _t("dev", "group-travel-booking", "en", "travel_booking", """
Write a confirmation email to the lead passenger with the itinerary below and a reminder about passports.

Booking ⟨ref:ATL-@@@###⟩ — 3 passengers, for the Madrid conference
Lead passenger: ⟨p1⟩, ⟨mail:p1⟩, ⟨phone:p1⟩
Passenger 2: ⟨p2⟩
Passenger 3: ⟨p3⟩
Flights: LHR–MAD IB3163 on ⟨date⟩, return MAD–LHR IB3176
Hotel: NH Collection, 3 nights, twin + single
Paid by card ⟨card⟩, exp 09/28, cardholder ⟨p1.UF⟩
Special request: ⟨p2.g⟩ needs a wheelchair at both airports.

Add the baggage allowance (1 × 23 kg each), the check-in opening time, the hotel's late check-out policy
and our 24-hour emergency line wording. Remind them that names must match passports exactly.
"""),
    _t("dev", "order-dispute-fraud", "en", "ecommerce_dispute", """
Our customer says she never placed this order. Summarise the evidence for and against fraud.

Order #⟨ref:10######⟩ placed ⟨date⟩ 02:14 UTC
Account holder: ⟨p1⟩ <⟨mail:p1⟩>
Billing address: ⟨addr:GB⟩
Delivery address: ⟨addr:GB~2⟩
Card used: ⟨card⟩
Order IP: ⟨ip⟩ (not one the account has used before)
Items: 2 × Apple AirPods Pro, 1 × Samsung Galaxy Tab S9 — £1,246.00

Customer called from ⟨phone:p1⟩ and said the delivery address belongs to nobody she knows. Courier photo
shows the parcel handed to a "⟨p2.g⟩". Recommend: refund or decline?
(Pulled from the Shopify admin API with our token ⟨secret:shopify⟩ — I'll rotate it after.)
"""),
    _t("dev", "broadband-call-notes", "en", "support_call_notes", """
turn these call notes into a ticket update for 2nd line, keep it short

caller: ⟨p1.l⟩, acct holder, cb no ⟨phone:p1⟩
verified w/ DOB ⟨dob⟩ + postcode
issue: router drops every evening 7-10pm since the engineer visit on ⟨date⟩
- line test ok, sync 67/18, no faults at the Exchange Road cabinet
- cust's WAN IP ⟨ip⟩ changes several times a night, looks like PPP re-auth
- cust read out her router admin pw ⟨secret:pw⟩ so I could check settings remotely — told her to change
  it after
- ⟨p1.lg⟩ works from home, wants a callback from tech team tomorrow am
- also mentioned her neighbour ⟨p2.l⟩ has the same issue
"""),
    _t("dev", "listing-owner-details", "en", "real_estate_listing", """
Write an attractive listing description for this flat. Do not include the owner's details in the listing.

INTERNAL — instruction sheet
Property: ⟨addrml:GB⟩
Type: 2-bed first-floor flat, 68 m², gas central heating, EPC C
Asking: £245,000, no onward chain
Owner/vendor: ⟨p1⟩ — ⟨phone:p1⟩ — ⟨mail:p1⟩
Co-owner: ⟨p2⟩ (lives abroad, in ⟨town:p2⟩; signs by DocuSign)
Viewings: key safe at the side gate, code ⟨secret:door⟩. Vendor asks for 24 h notice.
Features: bay window, original cornicing, allocated parking, 8 min walk to the station, near the Jubilee Park
tennis courts. Broadband: FTTP available.
"""),
    _t("dev", "payroll-correction-us", "en", "payroll_correction", """
Draft an email to the employee explaining the correction below and when it will show on her paycheck.

PAYROLL ADJUSTMENT REQUEST
Employee: ⟨p1.lf⟩   Emp ID ⟨ref:E#####⟩   SSN ⟨ssn⟩
Home address on file: ⟨addr:US⟩
Pay period: ⟨date:us⟩ – ⟨date:us~2⟩
Issue: overtime 11.5 h paid at straight rate ($23.40) instead of 1.5×.
Underpayment: $134.55 gross
Requested by: ⟨p2⟩, Shift Supervisor; approved by ⟨p3⟩, HR Generalist
Employee contact: ⟨mail:p1⟩
Correction will be paid via off-cycle direct deposit.
"""),
    _t("dev", "police-incident-witness", "en", "incident_report", """
Rewrite this incident report in clear, formal language for the file. Keep every fact.

Incident ⟨ref:INC/25/#####⟩ — criminal damage, vehicle
Date/time: ⟨date⟩, approx 23:40, car park behind the Crown & Anchor
Reporting person: ⟨p1⟩, DOB ⟨dob⟩, of ⟨addr:GB⟩, tel ⟨phone:p1⟩
Witness: ⟨p2⟩, ⟨phone:p2⟩, works at the takeaway opposite
Suspect description: male, 20s, grey hoodie, left on an e-scooter towards the ring road

⟨p1.s⟩ states his Ford Fiesta was parked at 19:00 and found with both wing mirrors snapped. ⟨p2.s⟩ heard
glass at about 23:40 and saw the suspect. CCTV request sent to the car park operator. OIC: PC 4471.
"""),
    _t("dev", "donor-records-merge", "en", "charity_donor", """
These two donor records look like duplicates. Tell me which fields conflict and propose a merged record.

Record A (from the spring appeal)
Name: ⟨p1⟩
Email: ⟨mail:p1⟩
Address: ⟨addr:GB⟩
Gift Aid: yes, declaration ⟨date⟩
Regular gift: £15/month by card ⟨card⟩

Record B (from the Great North Run sponsorship page)
Name: ⟨p1.i⟩
Email: ⟨mail:p1⟩
Address: ⟨addr:GB⟩
Notes: in memory of her late husband ⟨p2⟩; prefers no phone calls.
Both exported with the Mailchimp key ⟨secret:mailchimp⟩.

Rules: keep the most recent consent, never merge two Gift Aid declarations into one, and keep both
source codes so the appeal reporting stays right. Output the merged record as a table.
"""),
    # ---------------------------------------------------------------- other languages, positives
    _t("dev", "de-entlassbrief", "de", "discharge_summary", """
Bitte fasse diesen Entlassbrief in einfacher Sprache für die Angehörigen zusammen (max. 8 Sätze).

Entlassbrief — Klinik für Innere Medizin
Patientin: ⟨p1.U⟩, geb. ⟨dob⟩
Wohnhaft: ⟨addr:DE⟩
Telefon (Tochter ⟨p2⟩): ⟨phone:DE⟩

Sehr geehrte Frau Kollegin ⟨p3.s⟩,

wir berichten über Ihre Patientin Frau ⟨p1.s⟩, die sich vom ⟨date⟩ bis ⟨date:~2⟩ in unserer stationären
Behandlung befand. Diagnose: dekompensierte Herzinsuffizienz (NYHA III), Vorhofflimmern. Unter
Diuretika-Therapie Gewichtsreduktion um 4,2 kg. Die Patientin lebt allein; ein Pflegedienst ist ab nächster
Woche organisiert. Bitte Kontrolle von Kalium und Kreatinin in einer Woche.

Mit freundlichen Grüßen
Dr. med. ⟨p4⟩, Oberärztin
"""),
    _t("dev", "fr-sinistre-auto", "fr", "insurance_claim", """
Peux-tu rédiger un résumé du sinistre pour l'expert, en français, avec les points à vérifier ?

Déclaration de sinistre n° ⟨ref:SIN-######⟩
Assuré : ⟨p1⟩, né le ⟨dob⟩ à ⟨town:FR⟩
Adresse : ⟨addr:FR⟩
Tél. : ⟨phone:FR⟩
Tiers impliqué : ⟨p2⟩, assuré chez un autre assureur

Le ⟨date⟩, vers 8 h 15, au rond-point de la zone commerciale, le véhicule du tiers a percuté l'arrière de
la Clio de M. ⟨p1.s⟩. Constat amiable signé par les deux parties. Pas de blessé. Le véhicule est immobilisé
au garage. Indemnisation à verser sur le compte ⟨iban:FR⟩.
"""),
    _t("dev", "es-alta-cliente", "es", "kyc_onboarding", """
Revisa esta ficha de alta de cliente y dime qué datos faltan según la normativa de prevención de blanqueo.

FICHA DE ALTA — cuenta de empresa (autónomo)
Titular: ⟨p1.U⟩
Fecha de nacimiento: ⟨dob⟩
Domicilio: ⟨addr:ES⟩
Móvil: ⟨phone:ES⟩
Correo: ⟨mail:p1⟩
Actividad: fontanería y calefacción
IBAN para domiciliaciones: ⟨iban:ES⟩
Persona de contacto en la gestoría: ⟨p2⟩
Observaciones: el cliente, ⟨p1.g⟩, ha enviado el DNI por correo electrónico y la foto está borrosa.

Responde con una lista: documento o dato, si consta o no, y qué hay que pedir. Ten en cuenta que la cuenta
recibirá cobros de clientes particulares y pagos a proveedores de material.
"""),
    _t("dev", "it-iscrizione-scuola", "it", "school_record", """
Mi aiuti a scrivere una mail ai genitori per confermare l'iscrizione? Prima riassumi la scheda.

SCHEDA ISCRIZIONE — classe prima, a.s. 2025/26
Alunno: ⟨p1⟩, nato il ⟨dob⟩ a ⟨town:IT⟩
Residenza: ⟨addr:IT⟩
Madre: ⟨p2⟩ — cell. ⟨phone:IT⟩ — ⟨mail:p2⟩
Allergie: arachidi (certificato del pediatra allegato)
Uscita autonoma: no; delegata al ritiro la nonna, ⟨p4⟩
Quota mensa: addebito SEPA su ⟨iban:IT⟩
Note: ⟨p1.g⟩ frequenterà il tempo pieno; servizio mensa richiesto.

Nella mail ricorda ai genitori la riunione di inizio anno, l'elenco del materiale scolastico e la scadenza
per il pagamento della quota mensa. Tono cordiale, massimo dieci righe.
"""),
    _t("dev", "nl-klantcontact", "nl", "support_call_notes", """
Maak van deze gespreksnotitie een nette samenvatting voor het dossier, in het Nederlands.

Gesprek ⟨date⟩ — energiecontract
Klant: ⟨p1⟩, klantnr. ⟨ref:88#######⟩
Adres: ⟨addr:NL⟩
Tel.: ⟨phone:NL⟩
- Mevrouw ⟨p1.s⟩ belt over een te hoge eindafrekening (€ 1.480,-).
- Meterstanden bij verhuizing kloppen niet; nieuwe bewoner is ⟨p2⟩.
- Terugbetaling van het teveel betaalde termijnbedrag naar ⟨iban:NL⟩.
- Klant wil schriftelijke bevestiging per mail: ⟨mail:p1⟩.
- Afgesproken: meterstanden opnieuw laten beoordelen, termijnbedrag verlagen naar € 95 per maand.
Graag in de vorm: vraag klant, wat is besproken, vervolgacties met termijn.
"""),
    _t("dev", "pt-reserva-viagem", "pt", "travel_booking", """
Escreve um e-mail de confirmação da reserva para o cliente, em português, com as condições de cancelamento.

Reserva ⟨ref:PT-######⟩ — circuito pelos Açores, 7 noites
Cliente: ⟨p1⟩, data de nascimento ⟨dob⟩
Morada: ⟨addr:PT⟩
Telemóvel: ⟨phone:PT⟩
Acompanhante: ⟨p2⟩
Pagamento: cartão ⟨card⟩ (sinal de 30 %)
Observações: o senhor ⟨p1.s⟩ pede quarto no rés-do-chão por causa do joelho.

Condições: cancelamento gratuito até 30 dias antes da partida; entre 29 e 15 dias, perde-se o sinal; a menos
de 15 dias, 100 %. O restante do pagamento vence 21 dias antes. Inclui seguro de viagem básico.
"""),
    _t("dev", "pl-reklamacja", "pl", "ecommerce_dispute", """
Przygotuj odpowiedź na reklamację klientki, uprzejmie i konkretnie. Najpierw streść sprawę.

Reklamacja nr ⟨ref:RK/2025/####⟩
Klientka: ⟨p1⟩
Adres dostawy: ⟨addr:PL⟩
Telefon: ⟨phone:PL⟩, e-mail: ⟨mail:p1⟩
Zamówienie z dnia ⟨date⟩: odkurzacz bezprzewodowy, 899 zł, płatność kartą ⟨card⟩
Opis: urządzenie przestało się ładować po dwóch tygodniach. Pani ⟨p1.s⟩ prosi o zwrot pieniędzy, nie
o naprawę. Kurier odebrał paczkę od sąsiada, pana ⟨p2⟩.
IP przy składaniu zamówienia: ⟨ip⟩
Konto do zwrotu: ⟨iban:PL⟩

W odpowiedzi powołaj się na rękojmię, zaproponuj odbiór kurierem na nasz koszt i podaj, że zwrot nastąpi
w ciągu 14 dni od otrzymania towaru. Bez obietnic, których nie możemy spełnić.
"""),
    # ---------------------------------------------------------------- negatives
    _t("dev", "neg-formulary", "en", "clinic_referral", """
Compare these two options for a patient leaflet: apixaban (Eliquis) vs rivaroxaban (Xarelto) for
non-valvular AF. Include dosing, renal adjustment and what to do about a missed dose. Also add a short note on
why warfarin still needs INR checks, and mention that Gaviscon and Rennie are fine for heartburn but
ibuprofen (Nurofen) is not recommended alongside. Keep it under 300 words, reading age 12.
Format: two columns, then a "When to call 111" box. The leaflet is for the
⟨pick:anticoagulation clinic|cardiology day unit|community pharmacy team⟩ and will be reviewed on ⟨date⟩.
Our formulary committee prefers apixaban first line unless the eGFR is below 15; edoxaban (Lixiana) is
second line. Include the reversal agents (andexanet alfa, idarucizumab for Pradaxa) in a footnote only.
""", "drugs_and_products"),
    _t("dev", "neg-benefits-vendors", "en", "hr_case_note", """
We're reviewing our staff benefits providers. Make a comparison table from these notes:

- Johnson & Johnson: occupational health vaccines contract, renewal due ⟨date⟩
- Marks & Spencer: gift cards for long-service awards, 5% corporate discount
- Boots: eye-test vouchers, £25 each
- Morgan Stanley at Work: share plan administration, fees 0.25%
- Sainsbury's: Christmas hampers (last year 140 units)
- Ernst & Young: payroll audit, fixed fee £18,500
- Dr. Martens: safety boots for warehouse staff via the uniform supplier

Flag which contracts we could consolidate and which need a tender.
Budget for next year is £240,000 across all providers. The Procurement Manager wants contracts over
£25,000 to go through the framework, and the Finance Director asked for a view on VAT recovery.
""", "firms_named_after_people"),
    _t("dev", "neg-office-move", "en", "real_estate_listing", """
Draft an internal announcement about our office move. Facts:
- our Leeds office moves from Wellington House to the third floor of Victoria Quays on ⟨date⟩
- the Bristol team stays at Temple Quay; the Madrid conference team will use the hot desks on floor 2
- Baker Street and King's Cross meeting rooms are renamed "Thames" and "Avon"
- parking at Albion Street multi-storey, permits from reception
- the Manchester and Glasgow hubs are not affected
Tone: upbeat, short paragraphs, end with who to ask (the facilities mailbox).
Also mention that the Cheltenham satellite office closes for good, that the Canary Wharf client suite
can be booked through the usual room system, and that the Bristol team's lockers move to level 1.
""", "places_as_context"),
    _t("dev", "neg-claim-status", "en", "insurance_claim", """
Turn this claims status export into a weekly summary for the team lead. Only aggregates.

claim_ref        policy_no          status        reserve     opened
⟨ref:CLM-######⟩       ⟨ref:POL-####-####⟩     open          £4,200      ⟨date:iso⟩
⟨ref:CLM-######~2⟩       ⟨ref:POL-####-####~2⟩     settled       £1,150      ⟨date:iso~2⟩
⟨ref:CLM-######~3⟩       ⟨ref:POL-####-####~3⟩     referred      £12,800     ⟨date:iso~3⟩
⟨ref:CLM-######~4⟩       ⟨ref:POL-####-####~4⟩     open          £760        ⟨date:iso~4⟩
Loss adjuster batch ⟨ref:LA-###-###⟩; reinsurance treaty ⟨ref:RT/2025/##⟩; FCA firm ref ⟨ref:######⟩.
Totals by status, average reserve, and the oldest open claim's age in days. Mention if any reserve is
above the £10,000 authority limit and needs sign-off from the Claims Manager.
""", "reference_numbers"),
    _t("dev", "neg-lease-timeline", "en", "legal_intake", """
Build a timeline from these dates for a tenancy file (no parties named yet, this is the template):
- tenancy agreement signed: ⟨date⟩
- tenancy start: ⟨date:~2⟩
- rent review clause effective: ⟨date:~3⟩
- Section 21 notice served: ⟨date:~4⟩
- notice expiry: ⟨date:~5⟩
- court hearing listed: ⟨date:~6⟩
Flag any period under two months between notice and expiry, and whether the deposit deadline (30 days from
receipt) looks met.
Use the Housing Act 1988 rules as they stood before the Renters' Rights changes, and show the
prescribed-information deadline alongside. Output as a two-column table: event, date, then a list of issues.
""", "dates_not_birth"),
    _t("dev", "neg-eponyms-leaflet", "en", "discharge_summary", """
Write a patient-friendly explanation of these conditions for a memory clinic waiting-room leaflet:
Alzheimer's disease, Parkinson's disease dementia, Lewy body dementia and Huntington's disease. Mention the
Mini-Mental State Examination and the Addenbrooke's Cognitive Examination, and that the clinic follows NICE
guidance. Add a line about Crohn's disease not being related, as patients often ask. One paragraph each,
no more than 80 words, plus a box with the Heimlich manoeuvre steps for carers.
Say that the Alzheimer's Society and Parkinson's UK run local support groups and that the clinic's
memory nurse can refer. Avoid the word "suffer"; use "living with". UK spelling throughout.
""", "public_figures_and_eponyms"),
    _t("dev", "neg-blank-kyc-form", "en", "kyc_onboarding", """
Improve the wording of this blank onboarding form. Keep the placeholders exactly as they are.

Full name: [Customer full name]            e.g. Jane Doe
Date of birth: [DD/MM/YYYY]
Address: [House number, street, town, postcode]
Email: [name@example.com]                  e.g. jane.doe@example.com
Mobile: [+44 ...]                          e.g. 555-0100
Account to fund from: [IBAN]               e.g. GB00 XXXX 0000 0000 0000 00
Signature: ____________________   Date: __________
Notes for the designer: the example values are the ones our legal team approved for templates and must
stay exactly as they are; fields in square brackets are filled in by the customer.
""", "placeholders"),
    _t("dev", "neg-budget-amounts", "en", "payroll_correction", """
Reconcile these payroll totals and tell me where the £ difference comes from:
gross pay £412,880.55; employer NI £48,301.12; pension (employer 5%) £20,644.03; salary sacrifice £9,870.00;
net pay £301,442.70; HMRC payment £96,117.80 on ⟨date⟩; bank file total £301,419.70.
Cost centres: 4100 (wards) £210,004.10, 4200 (theatres) £121,860.45, 4300 (admin) £81,016.00.
Last month the difference was £23.00 too, caused by a rounding rule in the pension file. Check whether
it is the same this month and show your working step by step.
""", "amounts"),
    _t("dev", "neg-de-stellen", "de", "recruiting_pipeline", """
Erstelle aus dieser Liste eine Übersicht der offenen Stellen nach Abteilung:
- Stationsleitung (m/w/d), Geriatrie, 38,5 Std.
- Pflegefachkraft Intensivstation, Vollzeit
- Sachbearbeiter Lohnbuchhaltung, Teilzeit 30 Std.
- Leitender Oberarzt Kardiologie
- Assistenz der Geschäftsführung
- Hausmeister / Haustechniker, ab ⟨date⟩
Bitte mit Spalten: Titel, Abteilung, Umfang, Priorität. Kein Fließtext.
Hinweis: Die Stationsleitung und die Pflegefachkraft haben höchste Priorität, die Stelle in der
Lohnbuchhaltung kann bis zum nächsten Quartal warten. Die Tabelle geht an den Betriebsrat.
""", "job_titles"),
    _t("dev", "neg-es-plazos", "es", "legal_intake", """
Ordena estas fechas de un procedimiento de desahucio y calcula los plazos que quedan:
- contrato de arrendamiento firmado: ⟨date⟩
- primer impago de renta: ⟨date:~2⟩
- requerimiento notarial: ⟨date:~3⟩
- demanda presentada en el juzgado: ⟨date:~4⟩
- vista señalada: ⟨date:~5⟩
Indica si algún plazo es inferior a 30 días naturales. No hace falta nombrar a las partes.
Ten en cuenta la Ley de Enjuiciamiento Civil y que agosto es inhábil para plazos procesales. Presenta el
resultado como una tabla con la fecha, el trámite y los días que faltan.
""", "dates_not_birth"),
    _t("dev", "neg-pl-kwoty", "pl", "payroll_correction", """
Sprawdź, czy te kwoty się zgadzają, i wskaż różnicę:
wynagrodzenia brutto 284 310,55 zł; składki ZUS pracodawcy 55 430,20 zł; PPK 4 264,66 zł;
zaliczki na PIT 21 880,00 zł; przelewy netto 207 118,14 zł; korekta za ⟨pick:marzec|kwiecień|maj⟩ 1 240,00 zł.
Centra kosztów: 501 (produkcja) 180 220,00 zł, 502 (logistyka) 64 090,55 zł, 503 (biuro) 40 000,00 zł.
W zeszłym miesiącu różnica wynosiła 12,40 zł i wynikała z zaokrągleń w pliku PPK. Pokaż obliczenia
krok po kroku i zaproponuj, jak to wyjaśnić w notatce dla głównej księgowej.
""", "amounts"),
]

TEST = [
    _t("test", "physio-referral", "en", "clinic_referral", """
Shorten this physiotherapy referral to the key clinical points and suggest what the first session should
cover.

To: MSK Physiotherapy Triage
Patient: ⟨p1.lf⟩        D.O.B.: ⟨dob⟩
Address: ⟨addr:p1⟩
Preferred contact: ⟨phone:p1⟩ (text ok), ⟨mail:p1⟩
Referrer: ⟨p2⟩, Advanced Nurse Practitioner

⟨p1⟩ is a keen amateur footballer with a 6-week history of left knee pain after a twisting injury
on ⟨date⟩. Mild effusion, positive McMurray's test, full extension. X-ray unremarkable. Taking naproxen
500 mg bd with lansoprazole cover. Works as a delivery driver, struggling with the clutch. The patient would
prefer the Riverside clinic rather than the main hospital site.
"""),
    _t("test", "maternity-discharge", "en", "discharge_summary", """
Rewrite this discharge summary as a friendly letter to the new parents, keep all follow-up dates.

POSTNATAL DISCHARGE — Birth Centre
Mother: ⟨p1⟩   DOB ⟨dob⟩
Baby: ⟨p3.g⟩ (girl), born ⟨date⟩ 04:52, 3.41 kg
Partner: ⟨p2⟩   mobile ⟨phone:p2⟩
Discharge address: ⟨addrml:p1⟩

Spontaneous vaginal birth, second-degree tear sutured. Breastfeeding established with support; baby had
a newborn hearing screen (clear response both ears) and the NIPE check was normal. Vitamin K given IM.
Community midwife ⟨p4⟩ will visit on day 3. Mum has been told about the signs of jaundice and
sepsis and has the Birth Centre triage line.
"""),
    _t("test", "motor-claim-third-party", "en", "insurance_claim", """
Write the first-notification-of-loss summary for this motor claim and list what evidence we still need.

Claim no. ⟨ref:MTR-######-@⟩   Policy ⟨ref:AX#########⟩
Insured driver: ⟨p1⟩, DOB ⟨dob⟩, licence held 11 years
Address: ⟨addr:p1⟩
Phone: ⟨phone:p1⟩
Third party: ⟨p2⟩, ⟨phone:p2⟩, insurer unknown
Passenger in insured vehicle: yes (one adult)

Accident on ⟨date⟩ at the junction near the Tesco Extra roundabout. Third party pulled out of a side road.
⟨p2.s⟩ admitted fault at the scene according to ⟨p1.s⟩. Dashcam footage available. The passenger
reports whiplash symptoms and has seen a GP. Excess £350 to be collected by card ⟨card⟩.
"""),
    _t("test", "personal-loan-uk", "en", "loan_application", """
Assess this personal loan application against our affordability rules and tell me the main risks.

Applicant: Mr ⟨p1⟩
Date of birth: ⟨dob⟩
Address (3 yrs): ⟨addr:GB⟩
Previous address: same as above (3 yrs)
Mobile: ⟨phone:GB⟩   Email: ⟨mail:p1⟩
Employment: warehouse team leader, permanent, £31,200 p.a.
Loan: £9,500 over 48 months — purpose: car purchase
Bank account for payout: ⟨iban:GB⟩
Existing credit: one credit card (limit £2,000, balance £640), car finance ended ⟨date⟩
Application submitted from IP ⟨ip⟩; credit file lists a linked financial associate: ⟨p2⟩.
"""),
    _t("test", "reference-check-notes", "en", "hr_reference", """
Write up my reference-check phone call as a short formal reference summary for the hiring manager.

Candidate: ⟨p1⟩ — Payroll Officer role
Referee: ⟨p2⟩, Finance Manager at her previous employer; called ⟨phone:p2⟩ on ⟨date⟩

notes: ⟨p2.g⟩ managed ⟨p1.g⟩ for 2.5 yrs. reliable, accurate, ran month-end for 900 staff. one
sickness absence period (surgery), no disciplinaries. would re-employ: yes. left for a shorter commute.
She asked that the written request go to ⟨wmail:p2⟩ and that we don't share her mobile.
candidate's second referee ⟨p3⟩ hasn't replied yet.
"""),
    _t("test", "sick-leave-case", "en", "hr_case_note", """
Draft a return-to-work plan from these case notes. Neutral and supportive tone.

Case ⟨ref:HR-####-##⟩ — long-term sickness absence
Employee: ⟨p1⟩ (Customer Service Advisor), started absence ⟨date⟩
Line manager: ⟨p2⟩
OH referral: completed; OH adviser ⟨p3⟩ recommends phased return over 4 weeks, no late shifts.

⟨p1.g⟩ phoned from ⟨phone:p1⟩ to say she's ready to return but needs to attend physio on Tuesdays.
She asked for letters to go to her new address, ⟨addr:p1⟩, not the old one. ⟨p2.g⟩ has
agreed a desk near the exit at the Southgate site. Review meeting in 2 weeks.
"""),
    _t("test", "letting-agent-thread", "en", "tenancy_dispute", """
Summarise this email thread and draft a reply from the tenant that asks for the repair deadline in writing.

From: ⟨p1⟩ <⟨mail:p1⟩>
To: Northgate Lettings
Subject: Damp in bedroom — ⟨addr:GB⟩

Hi, this is the third time I'm reporting black mould in the back bedroom. My daughter has asthma. Your
contractor ⟨p2⟩ visited on ⟨date⟩, took photos and said the extractor fan needs replacing but nothing has
happened. Please call me on ⟨phone:p1⟩.

> From: Northgate Lettings
> We have passed this to the landlord, ⟨p3⟩, and will update you once approved.
"""),
    _t("test", "kyb-beneficial-owners", "en", "kyc_onboarding", """
Check this business onboarding file: are the beneficial owners complete and does anything need escalation?

Business: Tallow & Finch Bakery LLC (EIN ⟨ref:##-#######⟩)
Registered office: 1400 Commerce Park Drive, Suite 210 (shared office building)
Beneficial owner 1: ⟨p1⟩, 60%, SSN ⟨ssn⟩, DOB ⟨dob:us⟩
    home address ⟨addr:US⟩, cell ⟨phone:US⟩
Beneficial owner 2: ⟨p2⟩, 40%, SSN ⟨ssn:2⟩
Controller: ⟨p1.i⟩ (same as owner 1)
Online banking set-up: temporary password ⟨secret:pw⟩ sent by SMS, device IP ⟨ip⟩

Our CIP rules: every owner of 25 % or more plus one controller, each with name, date of birth, address and
TIN; documentary verification of the entity (articles of organization, good-standing certificate).
Escalate if the business is cash-intensive or the owners' addresses are outside our footprint.
"""),
    _t("test", "safeguarding-contacts", "en", "school_record", """
Update the pupil's contact sheet below and draft a short note to the class teacher about collection.

Pupil: ⟨p1⟩   Year 4   DOB: ⟨dob⟩
Home: ⟨addr:GB⟩
Contact 1: ⟨p2⟩ (mum) — ⟨phone:p2⟩
Contact 2: ⟨p3⟩ (grandfather) — ⟨phone:p3⟩
NOT permitted to collect: ⟨p4⟩ (court order on file, see DSL)

From ⟨date⟩ she will be collected by her grandfather on Wednesdays and Fridays. Password for collection
by anyone else: ⟨secret:pw⟩. After-school club: Stanton Primary Multi-Sports.

The note to the class teacher should be short, say who may collect on which days, remind her of the
procedure if an unexpected adult arrives, and not go into the reasons for the court order.
"""),
    _t("test", "visa-invitation", "en", "visa_letter", """
Draft a visa invitation letter for the guest below, addressed to the consulate, for a family visit.

Host: ⟨p1⟩, British citizen
Host address: ⟨addrml:GB⟩
Host phone: ⟨phone:GB⟩, email ⟨mail:p1⟩
Guest: ⟨p2⟩, born ⟨dob⟩ in ⟨town:p2⟩, the host's mother
Visit: ⟨date⟩ to ⟨date:~2⟩, staying at the host's home; return flight booked
The host will cover all costs. Mention that ⟨p2.g⟩ visited twice before and always left on time.

The consulate's checklist asks for the purpose of the visit, the exact dates, who pays, where the guest
will stay and the relationship to the host. Formal tone, one page, with a signature block for the host.
"""),
    _t("test", "chargeback-response", "en", "ecommerce_dispute", """
Help me write our response to this chargeback. We think the customer did receive the goods.

Dispute ⟨ref:CB-#######⟩ — reason code 13.1 (merchandise not received)
Cardholder: ⟨p1⟩, card ⟨card⟩
Order ⟨ref:SO-######⟩ placed ⟨date⟩ from IP ⟨ip⟩ (same as 4 previous orders)
Delivered to: ⟨addr:p1⟩
Signed for by: "⟨p1.s⟩" per carrier's proof of delivery
Customer email ⟨mail:p1⟩; she also phoned from ⟨phone:p1⟩ to say the box was empty.
Dispute details fetched with the Stripe key ⟨secret:stripe⟩ (please don't echo it).
Items: Le Creuset casserole 28 cm, KitchenAid Artisan mixer — £612.00

Evidence we hold: carrier proof of delivery with GPS and signature, packing-station weight record (9.8 kg),
CCTV of the packing bench, and the customer's order history. Keep the response under 400 words.
"""),
    _t("test", "sim-swap-call", "en", "support_call_notes", """
write this up as a fraud referral, bullet points

caller claimed to be ⟨p1.l⟩, asked for a SIM swap to a new eSIM
- failed security: wrong DOB (said 1988, file says ⟨dob⟩)
- knew the account email ⟨mail:p1⟩ and the last payment amount
- call from withheld number; genuine customer's number ⟨phone:p1⟩
- portal login attempts from ⟨ip⟩ and ⟨ip:6⟩ in the last hour
- a one-time code ⟨secret:otp⟩ was sent to the genuine number, caller asked me to "resend it here"
- refused swap, added a verbal password flag; real customer ⟨p1.lg⟩ called back and confirmed not her
"""),
    _t("test", "rental-listing-landlord", "en", "real_estate_listing", """
Write a rental listing from this landlord instruction. Leave out the landlord's personal details.

Landlord: ⟨p1⟩ — ⟨phone:p1⟩ — ⟨mail:p1⟩ (lives in ⟨town:p1⟩, overseas landlord scheme)
Property: ⟨addr:IE⟩
3-bed semi, €1,950 pcm, available from ⟨date⟩, BER B2, no pets; rent paid to ⟨iban:IE⟩
Access: lockbox on the meter cabinet, code ⟨secret:door⟩; alarm is not set
Neighbour with a spare key: ⟨p2⟩
Close to the Clayton Hotel and the Kent Station bus stop, 10 min to the university.
Features: south-facing garden, new gas boiler (2023), downstairs WC, off-street parking for two cars,
fibre broadband. Unfurnished apart from kitchen appliances. Minimum term 12 months, one month's deposit.
"""),
    _t("test", "payroll-backpay-us", "en", "payroll_correction", """
Explain to the employee, in plain words, why her W-2 will change and what the back pay looks like.

Employee: ⟨p1⟩ (ID ⟨ref:######⟩), SSN ⟨ssn⟩
Mailing address: ⟨addr:US⟩
Position: Medical Assistant, reclassified from exempt to non-exempt on ⟨date:us⟩
Back pay owed: 38.5 overtime hours × $31.20 = $1,201.20 gross
401(k) catch-up deduction missed for 3 periods
Prepared by ⟨p2⟩ (Payroll), reviewed by ⟨p3.i⟩
Send the letter by email to ⟨mail:p1⟩ and by post.

Points to explain: why the reclassification happened (duties test), that the back pay is taxed as
supplemental wages, when it will be paid (next regular payroll), and that her W-2 box 1 will go up.
"""),
    _t("test", "ats-pipeline-export", "en", "recruiting_pipeline", """
Rank these candidates for the Clinical Coder role and suggest interview questions for the top two.

stage        candidate            email                        phone              notes
screen       ⟨p1⟩        ⟨mail:p1⟩       ⟨phone:p1⟩    ICD-10 cert, 3 yrs
interview    ⟨p2⟩        ⟨mail:p2⟩       ⟨phone:p2⟩    wants hybrid
screen       ⟨p3.i⟩           ⟨mail:p3⟩       —                  lives in ⟨town:p3⟩, relocating
offer        ⟨p4⟩        —                            —                  referral from ⟨p5.g⟩

(ATS integration key used for this export: ⟨secret:hubspot⟩ — remove before sharing)

Criteria: clinical coding qualification (ACC or equivalent), at least 2 years with ICD-10 and OPCS-4, audit
experience, comfortable with a 95 % accuracy target. Hybrid is fine after probation.
"""),
    _t("test", "gift-aid-declarations", "en", "charity_donor", """
Check these gift aid declarations for problems (missing house number, non-UK taxpayer, etc.).

1. ⟨p1⟩, ⟨addr:GB⟩ — declared ⟨date⟩ — Direct Debit ⟨iban:GB⟩
2. ⟨p2⟩, ⟨addr:GB~2⟩ — declared online
3. ⟨p3⟩, lives in ⟨town:p3⟩ (non-UK) — one-off £250 by card ⟨card⟩
4. ⟨p4.l⟩, email ⟨mail:p4⟩ — declaration says "all past gifts"
(thank-you emails go out through SendGrid: ⟨secret:sendgrid⟩)

Donor 3 asked us to stop phoning her. ⟨p1.g⟩ wants her thank-you letter to mention the Lakeside Hospice
walk.

HMRC rules to check: a full name and home address (house number and postcode) for UK taxpayers, a
declaration covering the gifts claimed, and no benefit worth more than the allowed limits.
"""),
    # ---------------------------------------------------------------- other languages, positives
    _t("test", "de-schadenmeldung", "de", "insurance_claim", """
Bitte prüfe diese Schadenmeldung auf Vollständigkeit und formuliere eine Rückfrage an den Versicherungsnehmer.

Schadennummer: ⟨ref:SN-###-#####⟩
Versicherungsnehmer: ⟨p1⟩, geboren am ⟨dob⟩ in ⟨town:DE⟩
Anschrift: ⟨addr:DE⟩
Telefon: ⟨phone:DE⟩
Schadenart: Fahrraddiebstahl (E-Bike, Kaufpreis 3.299 €)
Schadentag: ⟨date⟩, aus dem verschlossenen Kellerraum
Zeuge: Nachbar ⟨p2⟩
Auszahlung auf: ⟨iban:DE⟩, Kontoinhaber ⟨p1.U⟩

Es fehlen vermutlich: Kaufbeleg, Rahmennummer, polizeiliche Anzeige mit Tagebuchnummer und ein Nachweis,
dass das Rad angeschlossen war. Bitte freundlich formulieren, mit Frist von zwei Wochen.
"""),
    _t("test", "fr-litige-bail", "fr", "tenancy_dispute", """
Rédige un courrier de mise en demeure au bailleur à partir de ces éléments, ton ferme mais courtois.

Locataire : ⟨p1⟩, née le ⟨dob⟩
Logement : ⟨addrml:FR⟩
Tél. : ⟨phone:FR⟩ — e-mail : ⟨mail:p1⟩
Bailleur : M. ⟨p2⟩
Dépôt de garantie : 1 200 €, versé le ⟨date⟩
État des lieux de sortie signé sans réserve. Le bailleur refuse de restituer le dépôt depuis deux mois.
Mme ⟨p1.s⟩ demande le remboursement sur son compte ⟨iban:FR⟩.

Rappelle le délai légal de restitution (un mois si l'état des lieux est conforme) et la majoration de 10 %
du loyer mensuel par mois de retard. Envoi en recommandé avec accusé de réception.
"""),
    _t("test", "es-atestado", "es", "incident_report", """
Redacta este atestado de forma clara y ordenada, sin cambiar ningún dato.

Atestado n.º ⟨ref:AT-####/25⟩ — hurto en vivienda
Denunciante: ⟨p1⟩, nacida el ⟨dob⟩ en ⟨town:ES⟩
Domicilio: ⟨addr:ES⟩
Teléfono: ⟨phone:ES⟩
Testigo: ⟨p2⟩, vecino del 2º, tel. ⟨phone:ES~2⟩
Hechos: el ⟨date⟩, al regresar del trabajo, la señora ⟨p1.s⟩ encontró la puerta forzada; faltan un portátil,
joyas y 300 € en efectivo. El testigo vio a dos personas salir del portal hacia las 17:30.
Se ha solicitado la revisión de las cámaras del comercio de la planta baja y se ha avisado a la policía
científica para la toma de huellas en la cerradura.
"""),
    _t("test", "it-referto-ambulatorio", "it", "clinic_referral", """
Riassumi questo referto per il medico di famiglia, in italiano, in cinque righe.

Ambulatorio di Dermatologia — referto
Paziente: ⟨p1.U⟩, nata il ⟨dob⟩
Residenza: ⟨addr:IT⟩
Recapito: ⟨phone:IT⟩, ⟨mail:p1⟩
Medico curante: dott. ⟨p2⟩

La signora ⟨p1.s⟩ riferisce lesione pigmentata al dorso, comparsa circa un anno fa e modificata di recente.
Dermatoscopia: asimmetria e reticolo atipico. Si consiglia asportazione chirurgica ed esame istologico.
Prossimo controllo il ⟨date⟩.
Terapia in corso: nessuna. Anamnesi familiare positiva per melanoma (zio paterno). Fototipo II.
"""),
    _t("test", "nl-hypotheek", "nl", "mortgage_application", """
Controleer deze hypotheekaanvraag en zet in een lijstje welke stukken nog ontbreken.

Aanvrager: ⟨p1⟩, geboren ⟨dob⟩ te ⟨town:NL⟩
Partner: ⟨p2⟩
Huidig adres: ⟨addr:NL⟩
Telefoon: ⟨phone:NL⟩
Gewenste hypotheek: € 385.000, annuïtair, 30 jaar, NHG
Eigen geld: € 22.000 op rekening ⟨iban:NL⟩
Werkgeversverklaring van ⟨p2.g⟩ ontbreekt nog; taxatierapport volgt ⟨date⟩.

Standaard nodig: geldig legitimatiebewijs van beiden, werkgeversverklaring en drie recente loonstroken,
jaaropgave, BKR-toetsing, koopovereenkomst en bewijs van eigen geld. Zet er een kolom 'ontvangen' bij.
"""),
    _t("test", "pt-processo-rh", "pt", "hr_case_note", """
Resume este processo disciplinar numa nota interna objetiva, em português.

Processo ⟨ref:RH-2025-###⟩
Trabalhador: ⟨p1⟩, data de nascimento ⟨dob⟩
Morada: ⟨addr:PT⟩
Contacto: ⟨phone:PT⟩
Chefia direta: ⟨p2⟩
IBAN para vencimento: ⟨iban:PT⟩
Factos: em ⟨date⟩ o trabalhador faltou ao turno da noite sem aviso; já tinha uma advertência escrita.
O senhor ⟨p1.s⟩ alega doença do filho e apresentou declaração médica com atraso. Testemunha: ⟨p3⟩.
Prazos: resposta à nota de culpa em 10 dias úteis; decisão até 30 dias após a última diligência.
"""),
    _t("test", "pl-rekrutacja", "pl", "recruiting_pipeline", """
Przygotuj krótkie podsumowanie kandydatów na stanowisko księgowej i zaproponuj termin rozmów.

1. ⟨p1⟩ — ⟨mail:p1⟩ — tel. ⟨phone:PL⟩ — mieszka w ⟨town:PL⟩, 6 lat w biurze rachunkowym
2. ⟨p2⟩ — ⟨mail:p2⟩ — tel. ⟨phone:PL~2⟩ — ACCA w trakcie
3. ⟨p3⟩ — bez doświadczenia w płacach
Uwagi: pani ⟨p1.s⟩ może zacząć od ⟨date⟩. Dostęp do panelu ATS dla rekrutera: hasło ⟨secret:pw⟩.

Wymagania: znajomość ustawy o rachunkowości, obsługa programu Symfonia, mile widziane doświadczenie
w kadrach i płacach. Rozmowy najlepiej we wtorek lub czwartek rano, po 45 minut.
"""),
    # ---------------------------------------------------------------- negatives
    _t("test", "neg-drug-interactions", "en", "clinic_referral", """
For our pharmacy team huddle, list the key interactions between these medicines and what to counsel on:
Paxlovid (nirmatrelvir/ritonavir) with simvastatin, Ozempic (semaglutide) and oral contraceptives,
Mounjaro with insulin glargine (Lantus), Zoloft (sertraline) with tramadol, and St John's wort with anything.
Add a row for Calpol dosing in children by age band. Table with columns: pair, risk, action. Review date
⟨date⟩.
Flag anything that needs a GP or prescriber call rather than pharmacist advice. Our wholesaler is
Alliance Healthcare and the Paxlovid stock sits in the Boots branch dispensary fridge.
""", "drugs_and_products"),
    _t("test", "neg-supplier-list", "en", "ecommerce_dispute", """
Group these suppliers by category for our returns policy page and say which offer free collection:
Ben & Jerry's (frozen, no returns), Hewlett-Packard (laptops, 30 days), Dyson (vacuums, 2-year warranty),
Le Creuset (cookware, lifetime), Levi Strauss (denim, 60 days), Ralph Lauren (clothing, 30 days),
Kellogg's (grocery, no returns), Black & Decker (tools, 1 year), Hugo Boss (suits, 14 days),
Louis Vuitton (leather goods, repair only).
For each, say whether the return goes back to the brand or to our warehouse, and whether the customer
pays postage. Keep it to a table and one paragraph explaining the exceptions.
""", "firms_named_after_people"),
    _t("test", "neg-branch-network", "en", "real_estate_listing", """
Write a short "Find a branch" paragraph for the website from this list:
- City centre: Chancery House, corner of Bridge Street (mortgage advisers on site)
- North: the Kingsgate retail park unit next to the Edinburgh hub of our sister firm
- Docklands: Wellington Dock, floor 4, shared with the Madrid-based fintech team during the summer
- Airport: arrivals hall, Terminal 2
Opening hours 9–5 weekdays; Saturday mornings at City centre and North only.
Mention step-free access at City centre and Airport, and that the Docklands branch is by appointment
only. No staff names on the page; just the branch phone routing through the main number.
""", "places_as_context"),
    _t("test", "neg-shipment-refs", "en", "travel_booking", """
Match these booking references to the supplier invoices and list any without a match:
PNR ⟨ref:@@@@@@⟩, ⟨ref:@@@@@@~2⟩, ⟨ref:@@@@@@~3⟩
Invoices: ⟨ref:INV-#######⟩ (£1,284.00), ⟨ref:INV-#######~2⟩ (£642.00), ⟨ref:INV-#######~3⟩ (£2,011.50)
Flights: BA0478, IB3167, FR8326; hotel confirmation ⟨ref:H########⟩; rail ⟨ref:TTL-####-####⟩
Corporate account ⟨ref:ACC-#####⟩, cost centre 7710.
The supplier statement also lists credit note ⟨ref:CN-######⟩ for £96.00 and a duplicate invoice
⟨ref:INV-#######~4⟩. Flag duplicates and anything older than 60 days.
""", "reference_numbers"),
    _t("test", "neg-role-matrix", "en", "hr_case_note", """
Turn this into a RACI matrix for the disciplinary policy:
Head of People (accountable), HR Business Partner (responsible), Line Manager (responsible for the
investigation), Investigating Officer, Note Taker, Trade Union Representative (consulted), Employee Relations
Adviser, Occupational Health Physician, Chief Nursing Officer (informed for clinical staff), Data Protection
Officer (informed). Keep titles exactly as written.
Steps: complaint received, preliminary assessment, suspension decision, investigation, hearing, outcome,
appeal. One row per step, one column per role, R/A/C/I in each cell.
""", "job_titles"),
    _t("test", "neg-syndromes-glossary", "en", "school_record", """
Write a glossary for our school SEN handbook with plain-English one-liners for: Asperger's syndrome (and why
the term is now less used), Tourette syndrome, Down syndrome, Duchenne muscular dystrophy, Hashimoto's
thyroiditis, and the Makaton signing programme. Add a note on the Montessori and Steiner approaches that
parents ask about, and cite the SEND Code of Practice.
Keep each entry under 40 words, avoid medical jargon, and add a line at the end pointing parents to
the school's SENCo and the local authority's Local Offer page.
""", "public_figures_and_eponyms"),
    _t("test", "neg-letter-template", "en", "support_call_notes", """
Polish this complaint-acknowledgement template. Leave the merge fields as they are.

Dear [Customer Name],
Thank you for contacting us about your account ending [last 4 digits]. Your reference is [Case ID].
We will reply by [Response Date]. If you need to reach us, reply to this email or write to
[Team Address]. For example: "Dear John Smith, ... reference CASE-000000 ... reply by 01/01/2000".
Yours sincerely,
[Agent Name]
House style: no exclamation marks, short sentences, and the data-protection line at the bottom. The
merge fields are filled in by the CRM, so the brackets must survive your edit.
""", "placeholders"),
    _t("test", "neg-affordability", "en", "loan_application", """
Run the affordability maths for a generic case study (no real applicant):
gross income £48,000; net monthly £3,114; committed spend £1,240; living costs £980;
requested loan £210,000 at 4.89% over 30 years; stress rate 7.89%; LTV 85% on a £247,000 valuation;
stamp duty £2,350; fees £999. What is the monthly payment and the stressed payment?
Also show the figures if the rate rises by 1 percentage point at the end of a 5-year fix, and compare a
25-year term. Round to whole pounds.
""", "amounts"),
    _t("test", "neg-fr-echeancier", "fr", "tenancy_dispute", """
Établis un calendrier à partir de ces dates d'une procédure type (modèle, sans parties) :
- signature du bail : ⟨date⟩
- révision du loyer : ⟨date:~2⟩
- commandement de payer : ⟨date:~3⟩
- assignation : ⟨date:~4⟩
- audience : ⟨date:~5⟩
Indique les délais légaux entre chaque étape.
Tiens compte de la trêve hivernale (1er novembre – 31 mars) et du délai de deux mois après le
commandement. Présente le tout sous forme de tableau.
""", "dates_not_birth"),
    _t("test", "neg-it-glossario", "it", "discharge_summary", """
Scrivi un glossario per la lettera di dimissione con definizioni semplici di: morbo di Alzheimer, morbo di
Parkinson, sindrome di Down, malattia di Crohn, linfoma di Hodgkin, manovra di Heimlich e punteggio di Apgar.
Una riga per voce, linguaggio adatto ai familiari.
Aggiungi una nota finale che spieghi che il reparto segue le linee guida regionali e che per dubbi si può
chiamare il numero dell'ambulatorio indicato nel foglio di dimissione.
""", "public_figures_and_eponyms"),
    _t("test", "neg-nl-referenties", "nl", "insurance_claim", """
Zet deze schadedossiers in een tabel en tel per status:
⟨ref:SCH-######⟩ open, polis ⟨ref:##-###-####⟩; ⟨ref:SCH-######~2⟩ afgewikkeld, polis ⟨ref:##-###-####~2⟩;
⟨ref:SCH-######~3⟩ in behandeling bij de expert, polis ⟨ref:##-###-####~3⟩;
KvK-nummer verzekeraar ⟨ref:########⟩.
Alleen aantallen, geen namen.
Geef ook het gemiddelde aantal dagen dat een dossier openstaat en markeer dossiers die langer dan
90 dagen open zijn. Tabel met kolommen: dossier, polis, status, opmerking.
""", "reference_numbers"),
]
TEMPLATES = {"dev": DEV, "test": TEST}

if __name__ == "__main__":
    raise SystemExit(write_half(generate, "The twelfth corpus (regulated and service work).", DEFAULT_SEED))
