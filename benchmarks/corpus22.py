"""corpus22: personal data in tables and structured records (a twenty-second author, session 28).

Written by an author who never read the scrubber.

What people paste into an AI tool when the personal data sits in a table, an instruction line first ("clean up
this CSV", "find duplicates", "convert to JSON", "why does this query return two rows?"): CSV exports (with
and without a header row, ``;`` separators as European Excel writes them, quoted fields with commas),
spreadsheet copies (tab-separated, a merged group-header row, empty cells), Markdown tables, psql's
``----+----`` grid, MySQL's ``+----+`` boxes and ``\\G`` vertical rows, pandas ``print(df)`` / ``df.head()``
output, JSON arrays of records (an API response, a coding agent's tool result), YAML lists, SQL ``INSERT ...
VALUES`` rows, HTML table snippets and fixed-width reports. 52 % English (US, UK, Indian, Australian data), 48
% German, French, Spanish, Italian, Dutch, Portuguese, Polish and Turkish (18 records each per half): headers
in that language, abbreviated and odd (``fname``, ``Nachname``, ``tel_no``, ``dob``, ``addr1``, ``PLZ``,
``c/o``, ``Tussenvoegsel``) or missing. Names of 25 cultures, hand-typed, with national phone formats,
addresses, ids and IBANs of the country the table is from. A quarter of the positive tables hold a duplicated
person (the "find duplicates" case).

35 % NEGATIVES (``neg_class``): ``product_catalogue``, ``metrics_kpi``, ``office_directory`` (public company
offices with switchboards and office addresses), ``public_figures`` (sports results, heads of state),
``schema_only`` (column names and types, no rows), ``placeholders`` (dummy rows) and ``config_table``
(settings and feature flags, secrets referenced but never given). Negatives use the same formats and
instruction lines as positives.

Labelling rules (a private person's data only):
- PERSON: a private person's name in a cell, as written ("Anna Weber", "Weber, Anna", "WEBER Anna"). When a
  table splits the name into first and last columns, each cell is its own PERSON span. A Dutch
  ``tussenvoegsel`` cell ("van der", "de") is a particle and NOT labelled; the surname cell is. A name in a
  ``c/o`` column (the person a letter goes via) is a private person too. A name in the instruction line about
  a row ("why is Anna listed twice?") is labelled like the cells. User names (``akowalska``) are not labelled
  (no type); the corpus never makes a user name equal to a labelled name.
- EMAIL_ADDRESS: a person's e-mail (private or work); role mailboxes (info@, support@, ...) are not labelled.
- PHONE_NUMBER: a person's phone in national or international format; company switchboards are not.
- LOCATION: a person's home address, one span per cell: the street cell ("Lindenstraße 14", "ul. Kwiatowa
  12/4") and the town cell are each a span; a POSTCODE ALONE in its own column is not labelled and neither is
  a country; a one-cell address ("Lindenstraße 14, 33602 Bielefeld") is one span (postcode included). Office
  addresses, markets and regions in KPI tables are not labelled.
- DATE_OF_BIRTH: a date under a birth column (dob, Geburtsdatum, date de naissance, ...); other dates in the
  same rows (sign-up, last order) are not labelled.
- NATIONAL_ID (Steuer-ID, DNI, NIR, BSN, NIF, PESEL, TC Kimlik, NINO, PAN; all with valid check digits where
  the scheme has one), US_SSN, IBAN_CODE (valid check digits), CREDIT_CARD (Luhn-valid), IP_ADDRESS (a
  person's last-login address).
- SECRET: a value under a password, PIN, API key or token column of a credential table. A user name next to it
  is not labelled.
- Placeholder rule: the conventional dummy persons (John/Jane Doe, Max/Erika Mustermann, Jean Dupont, Mario
  Rossi, Juan Pérez, Jan Jansen, Jan Kowalski, Fulano de Tal, Ali Veli, "Test User") in rows whose other
  values are dummies too (example.com/.org mail, 555-01xx or all-zero phones, Musterstraße, "123 Main St") are
  NOT labelled; in this corpus they appear only in ``placeholders`` negatives, never mixed into real rows.
- Public figures (athletes, heads of state) and company data are not labelled.

Two halves with disjoint templates (one per format family and half: 13 families, each rendered differently in
dev and test), column schemas, instruction lines and value pools (even pool entries dev, odd test; birth years
even in dev, odd in test; PIN, SSN and IP last digits by parity): ``python -m benchmarks.corpus22 --half
dev|test [--n N] [--seed S]`` prints JSONL.
"""

import random
import re
import unicodedata
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 2222
TYPES = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "LOCATION",
    "DATE_OF_BIRTH",
    "NATIONAL_ID",
    "US_SSN",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "SECRET",
)
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr")
FAMILIES = (
    "csv",
    "csv_semicolon",
    "csv_noheader",
    "sheet_tsv",
    "markdown",
    "psql",
    "mysql",
    "pandas",
    "json",
    "yaml",
    "sql_insert",
    "html",
    "fixed_width",
)
NEG_CLASSES = (
    "product_catalogue",
    "metrics_kpi",
    "office_directory",
    "public_figures",
    "schema_only",
    "placeholders",
    "config_table",
)

# ---------------------------------------------------------------------------------------------------------
# Value pools, hand-typed. Even entries belong to dev, odd entries to test.

# culture -> (first names, last names)
CULTURES = {
    "us": (
        (
            "Brandon",
            "Kayla",
            "Tyler",
            "Courtney",
            "Dustin",
            "Brittany",
            "Cody",
            "Shelby",
            "Garrett",
            "Whitney",
        ),
        (
            "Hendricks",
            "Whitfield",
            "Callahan",
            "Pruitt",
            "Ashworth",
            "Kimbrough",
            "Delaney",
            "Holloway",
            "Stroud",
            "Pennington",
        ),
    ),
    "uk": (
        ("Niamh", "Callum", "Siobhan", "Ciaran", "Gemma", "Rhys", "Aoife", "Declan", "Imogen", "Alistair"),
        (
            "O'Sullivan",
            "Fairbairn",
            "McAllister",
            "Thistlewood",
            "Gallagher",
            "Penhaligon",
            "Featherstone",
            "Kilbride",
            "Ramsbottom",
            "Cartwright",
        ),
    ),
    "de": (
        (
            "Jürgen",
            "Annegret",
            "Torsten",
            "Friederike",
            "Volker",
            "Heike",
            "Dirk",
            "Wiebke",
            "Malte",
            "Hannelore",
            "Sönke",
            "Ute",
        ),
        (
            "Schäfer",
            "Brinkmann",
            "Oberländer",
            "Kötter",
            "Hülsmann",
            "Wendler",
            "Pietsch",
            "Grotefend",
            "Köhler",
            "Habermehl",
            "Strüver",
            "Zimmermann",
        ),
    ),
    "fr": (
        (
            "Sébastien",
            "Gwenaëlle",
            "Thibault",
            "Maëlle",
            "Jérôme",
            "Ségolène",
            "Loïc",
            "Clémence",
            "Benoît",
            "Anaïs",
        ),
        (
            "Lefebvre",
            "Chevallier",
            "Rousseau",
            "Garnier",
            "Marchand",
            "Lemaire",
            "Duchêne",
            "Berthelot",
            "Poirier",
            "Fontaine",
        ),
    ),
    "es": (
        (
            "Íñigo",
            "Montserrat",
            "Gonzalo",
            "Rocío",
            "Álvaro",
            "Begoña",
            "Joaquín",
            "Nerea",
            "Fermín",
            "Itziar",
        ),
        (
            "Etxeberria",
            "Carrasco",
            "Villanueva",
            "Ibáñez",
            "Domínguez",
            "Aranda",
            "Sepúlveda",
            "Olmedo",
            "Gutiérrez",
            "Quintana",
        ),
    ),
    "latam": (
        (
            "Yesenia",
            "Maximiliano",
            "Guadalupe",
            "Ezequiel",
            "Xiomara",
            "Facundo",
            "Marisol",
            "Rodrigo",
            "Valentina",
            "Anselmo",
        ),
        (
            "Hernández",
            "Quispe",
            "Mamani",
            "Zúñiga",
            "Cárdenas",
            "Arriaga",
            "Velásquez",
            "Bustamante",
            "Ocampo",
            "Sandoval",
        ),
    ),
    "it": (
        (
            "Gianluca",
            "Ilaria",
            "Salvatore",
            "Benedetta",
            "Pierpaolo",
            "Ginevra",
            "Raffaele",
            "Loredana",
            "Settimio",
            "Chiara",
        ),
        (
            "Esposito",
            "Lombardi",
            "Caruso",
            "Mancini",
            "Ferraro",
            "Galli",
            "Colombo",
            "Marchetti",
            "Santoro",
            "Pellegrini",
        ),
    ),
    "nl": (
        ("Joost", "Marloes", "Sjoerd", "Femke", "Wouter", "Ilse", "Bram", "Lieke", "Gerrit", "Anouk"),
        (
            "Hoekstra",
            "Veenstra",
            "van der Meulen",
            "de Graaf",
            "Kuipers",
            "Dekker",
            "van Leeuwen",
            "ter Horst",
            "Bosman",
            "Brouwer",
            "Wijnands",
            "van den Heuvel",
        ),
    ),
    "pt": (
        ("Gonçalo", "Leonor", "Tiago", "Inês", "Rui", "Conceição", "Vinícius", "Luana", "Duarte", "Raimunda"),
        (
            "Gonçalves",
            "Magalhães",
            "Carvalho",
            "Figueiredo",
            "Nogueira",
            "Albuquerque",
            "Rebelo",
            "Teixeira",
            "Cavaco",
            "Assunção",
        ),
    ),
    "pl": (
        (
            "Grzegorz",
            "Agnieszka",
            "Przemysław",
            "Małgorzata",
            "Wojciech",
            "Katarzyna",
            "Jędrzej",
            "Bożena",
            "Zbigniew",
            "Dorota",
        ),
        (
            "Wiśniewska",
            "Zieliński",
            "Wójcik",
            "Lewandowska",
            "Kamiński",
            "Szymańska",
            "Dąbrowski",
            "Kaczmarek",
            "Grabowska",
            "Piątek",
        ),
    ),
    "tr": (
        (
            "Mehmet",
            "Ayşe",
            "Oğuz",
            "Zeynep",
            "Serkan",
            "Elif",
            "Burak",
            "Gülşen",
            "Emre",
            "Şule",
            "Volkan",
            "Hatice",
        ),
        (
            "Yılmaz",
            "Öztürk",
            "Çelik",
            "Şahin",
            "Doğan",
            "Arslan",
            "Korkmaz",
            "Kılıç",
            "Özdemir",
            "Güneş",
            "Kocabaş",
            "Taşdelen",
        ),
    ),
    "ar": (
        ("Yousef", "Rania", "Khaled", "Layla", "Tariq", "Samira", "Hamza", "Nour", "Bilal", "Dalia"),
        (
            "Al-Masri",
            "Haddad",
            "Khoury",
            "Nasser",
            "El-Amin",
            "Qasim",
            "Barakat",
            "Saleh",
            "Hijazi",
            "Mansour",
        ),
    ),
    "in": (
        (
            "Aarav",
            "Priyanka",
            "Venkatesh",
            "Lakshmi",
            "Siddharth",
            "Ananya",
            "Harpreet",
            "Kavitha",
            "Rohit",
            "Deepika",
        ),
        (
            "Subramanian",
            "Chatterjee",
            "Iyer",
            "Deshpande",
            "Banerjee",
            "Raghunathan",
            "Kulkarni",
            "Bhattacharya",
            "Menon",
            "Chaudhary",
        ),
    ),
    "zh": (
        ("Wei", "Xiaoling", "Jun", "Meihua", "Hao", "Yuting", "Zhiwei", "Lijuan"),
        ("Zhang", "Liu", "Huang", "Zhou", "Xu", "Guo", "Lin", "Tang"),
    ),
    "vi": (
        ("Thanh", "Ngoc", "Minh", "Thu", "Quang", "Huong", "Duc", "Phuong"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vo", "Dang", "Bui", "Huynh"),
    ),
    "ko": (
        ("Ji-woo", "Seo-yeon", "Min-jun", "Ha-eun", "Do-yoon", "Su-bin"),
        ("Jeong", "Kang", "Yoon", "Han", "Shin", "Baek"),
    ),
    "ja": (
        ("Haruto", "Yui", "Takeshi", "Sakura", "Kenji", "Aoi"),
        ("Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Takahashi", "Matsumoto"),
    ),
    "ng": (
        ("Chiamaka", "Oluwaseun", "Ngozi", "Babatunde", "Adaeze", "Chukwuemeka", "Folake", "Obinna"),
        ("Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwosu", "Ogunleye", "Okafor", "Adebayo"),
    ),
    "eafr": (
        ("Kwame", "Akosua", "Wanjiru", "Otieno", "Abena", "Njeri", "Kofi", "Achieng"),
        ("Mensah", "Boateng", "Kamau", "Odhiambo", "Asante", "Wambui", "Owusu", "Mutua"),
    ),
    "ua": (
        ("Oleksandr", "Svitlana", "Dmytro", "Oksana", "Yaroslav", "Tetiana", "Bohdan", "Liudmyla"),
        ("Kovalenko", "Morozov", "Bondarenko", "Sokolova", "Tkachenko", "Volkov", "Melnyk", "Hrytsenko"),
    ),
    "gr": (
        ("Eleni", "Giorgos", "Katerina", "Dimitris"),
        ("Papadopoulos", "Georgiou", "Konstantinidis", "Nikolaidou"),
    ),
    "nordic": (
        ("Sigrid", "Henrik", "Ingrid", "Tormod", "Astrid", "Eskil"),
        ("Johansson", "Lindqvist", "Halvorsen", "Bergström", "Nyström", "Haugland"),
    ),
    "fil": (("Maricel", "Jericho", "Lorna", "Rommel"), ("Bautista", "Macaraeg", "Villareal", "Dimaculangan")),
    "fa": (("Shirin", "Dariush", "Parisa", "Kourosh"), ("Hosseini", "Rahimi", "Tehrani", "Farahani")),
    "il": (("Noa", "Eitan", "Tamar", "Yonatan"), ("Ben-David", "Mizrahi", "Friedman", "Peretz")),
}
PARTICLES = ("van der", "van den", "van", "de", "ter")

# country -> data: lang, local cultures, towns (postcode, town), streets (pattern with {n}), mail providers
COUNTRIES = {
    "US": dict(
        lang="en",
        cultures=("us", "latam", "zh", "in", "ko", "fil", "il"),
        towns=(
            ("45402", "Dayton, OH"),
            ("83702", "Boise, ID"),
            ("74103", "Tulsa, OK"),
            ("93721", "Fresno, CA"),
            ("99201", "Spokane, WA"),
            ("37902", "Knoxville, TN"),
            ("44308", "Akron, OH"),
            ("79401", "Lubbock, TX"),
            ("31401", "Savannah, GA"),
            ("68102", "Omaha, NE"),
        ),
        streets=(
            "{n} Maple Ave",
            "{n} W Jefferson St Apt 4B",
            "{n} Cedar Ridge Dr",
            "{n} Old Mill Rd",
            "{n} Sycamore Ln",
            "{n} N Elmwood Ct",
            "{n} Briarcliff Way",
            "{n} Pinehurst Blvd Unit 12",
            "{n} Foxglove Trl",
            "{n} Larkspur Cir",
        ),
    ),
    "UK": dict(
        lang="en",
        cultures=("uk", "in", "ng", "pl", "ar", "eafr"),
        towns=(
            ("SN1 4JX", "Swindon"),
            ("IP1 2DE", "Ipswich"),
            ("CA1 1RQ", "Carlisle"),
            ("TR1 2HB", "Truro"),
            ("LL11 1AY", "Wrexham"),
            ("DD1 4HN", "Dundee"),
            ("PR1 2HE", "Preston"),
            ("LN1 3BG", "Lincoln"),
            ("EX4 6PX", "Exeter"),
            ("HX1 1UJ", "Halifax"),
        ),
        streets=(
            "{n} Rosebery Road",
            "Flat {n}, Kingsley Court",
            "{n} Hawthorn Close",
            "{n} Mayfield Gardens",
            "{n} Ashgrove Crescent",
            "{n} Thornbury Lane",
            "{n} Willowbank Drive",
            "{n} Fernlea Avenue",
            "{n} Blackthorn Mews",
            "{n} Coniston Terrace",
        ),
    ),
    "IN": dict(
        lang="en",
        cultures=("in",),
        towns=(
            ("411001", "Pune"),
            ("641002", "Coimbatore"),
            ("440001", "Nagpur"),
            ("570001", "Mysuru"),
            ("452001", "Indore"),
            ("682011", "Kochi"),
            ("302001", "Jaipur"),
            ("226001", "Lucknow"),
        ),
        streets=(
            "Flat {n}, Sai Krupa Apts, 14th Cross",
            "{n}, Gandhi Nagar 2nd Main",
            "House No. {n}, Sector 7",
            "{n}/B, Lakshmi Residency",
            "Plot {n}, Shanti Vihar",
            "{n}, Anna Salai Extension",
            "Door No. {n}, Vivekananda Street",
            "{n}, Rajaji Colony",
        ),
    ),
    "AU": dict(
        lang="en",
        cultures=("uk", "zh", "vi", "gr", "in"),
        towns=(
            ("VIC 3350", "Ballarat"),
            ("QLD 4350", "Toowoomba"),
            ("NSW 2650", "Wagga Wagga"),
            ("VIC 3550", "Bendigo"),
            ("VIC 3220", "Geelong"),
            ("QLD 4870", "Cairns"),
            ("NSW 2340", "Tamworth"),
            ("TAS 7250", "Launceston"),
        ),
        streets=(
            "{n} Wattle St",
            "Unit 4/{n} Banksia Cres",
            "{n} Jacaranda Ave",
            "{n} Kookaburra Pl",
            "{n} Bottlebrush Dr",
            "{n} Grevillea Rd",
            "{n} Ironbark Cl",
            "{n} Myrtle Pde",
        ),
    ),
    "DE": dict(
        lang="de",
        cultures=("de", "de", "tr", "pl", "ua", "gr", "ar"),
        towns=(
            ("33602", "Bielefeld"),
            ("37073", "Göttingen"),
            ("97070", "Würzburg"),
            ("26122", "Oldenburg"),
            ("74072", "Heilbronn"),
            ("33098", "Paderborn"),
            ("91052", "Erlangen"),
            ("21335", "Lüneburg"),
            ("36037", "Fulda"),
            ("57072", "Siegen"),
        ),
        streets=(
            "Lindenstraße {n}",
            "Am Mühlbach {n}",
            "Birkenweg {n}",
            "Kastanienallee {n}",
            "Schillerstraße {n}",
            "Im Wiesengrund {n}",
            "Rosenstraße {n}a",
            "Ahornring {n}",
            "Holunderweg {n}",
            "Eichendorffstraße {n}",
        ),
    ),
    "FR": dict(
        lang="fr",
        cultures=("fr", "fr", "ar", "vi", "eafr"),
        towns=(
            ("49000", "Angers"),
            ("25000", "Besançon"),
            ("87000", "Limoges"),
            ("86000", "Poitiers"),
            ("29000", "Quimper"),
            ("74000", "Annecy"),
            ("68000", "Colmar"),
            ("66000", "Perpignan"),
            ("79000", "Niort"),
            ("41000", "Blois"),
        ),
        streets=(
            "{n} rue des Lilas",
            "{n} avenue des Acacias",
            "{n} impasse du Moulin",
            "{n} allée des Tilleuls",
            "{n} chemin de la Garenne",
            "{n} rue des Coquelicots",
            "{n} bis rue du Pressoir",
            "{n} boulevard des Peupliers",
            "{n} place des Marronniers",
            "{n} rue de la Fontaine Basse",
        ),
    ),
    "ES": dict(
        lang="es",
        cultures=("es", "es", "latam", "ar"),
        towns=(
            ("26001", "Logroño"),
            ("10001", "Cáceres"),
            ("02001", "Albacete"),
            ("27001", "Lugo"),
            ("22001", "Huesca"),
            ("23001", "Jaén"),
            ("28901", "Getafe"),
            ("32003", "Ourense"),
        ),
        streets=(
            "Calle del Olivo, {n}, 3º B",
            "Avda. de los Almendros {n}",
            "C/ Mayor {n}, 2º izq.",
            "Calle de las Amapolas {n}",
            "Paseo de los Tilos {n}, 1º A",
            "C/ Jazmín {n}, bajo",
            "Calle Romero {n}",
            "Travesía del Pinar {n}",
        ),
    ),
    "IT": dict(
        lang="it",
        cultures=("it", "it", "eafr", "ar"),
        towns=(
            ("24121", "Bergamo"),
            ("73100", "Lecce"),
            ("43121", "Parma"),
            ("38122", "Trento"),
            ("06121", "Perugia"),
            ("84121", "Salerno"),
            ("33100", "Udine"),
            ("65121", "Pescara"),
        ),
        streets=(
            "Via dei Gelsomini {n}",
            "Viale dei Tigli {n}",
            "Via delle Rose {n}",
            "Vicolo del Pozzo {n}",
            "Via dei Castagni {n}/B",
            "Strada delle Vigne {n}",
            "Via del Campanile {n}",
            "Via delle Ginestre {n}",
        ),
    ),
    "NL": dict(
        lang="nl",
        cultures=("nl", "nl", "tr", "ar", "eafr"),
        towns=(
            ("8011 AB", "Zwolle"),
            ("3811 LK", "Amersfoort"),
            ("8911 BE", "Leeuwarden"),
            ("7411 KP", "Deventer"),
            ("2011 RJ", "Haarlem"),
            ("5038 TG", "Tilburg"),
            ("7311 AN", "Apeldoorn"),
            ("5911 HD", "Venlo"),
        ),
        streets=(
            "Kerkstraat {n}",
            "Lindelaan {n}",
            "Molenweg {n}b",
            "Populierenlaan {n}",
            "Zonnebloemstraat {n}",
            "Beukenhof {n}",
            "Dorpsstraat {n}",
            "Klaverveld {n}",
        ),
    ),
    "PT": dict(
        lang="pt",
        cultures=("pt", "pt", "latam", "eafr"),
        towns=(
            ("4700-312", "Braga"),
            ("3000-214", "Coimbra"),
            ("3810-193", "Aveiro"),
            ("3500-076", "Viseu"),
            ("2900-561", "Setúbal"),
            ("8000-138", "Faro"),
            ("2400-118", "Leiria"),
            ("7000-509", "Évora"),
        ),
        streets=(
            "Rua das Flores, {n}, 2.º Esq.",
            "Avenida das Camélias {n}",
            "Travessa do Carmo {n}",
            "Rua dos Pescadores {n}, 1.º",
            "Largo da Oliveira {n}",
            "Rua do Moinho {n}, r/c",
            "Rua das Hortênsias {n}",
            "Beco da Fonte {n}",
        ),
    ),
    "PL": dict(
        lang="pl",
        cultures=("pl", "pl", "ua"),
        towns=(
            ("20-001", "Lublin"),
            ("35-001", "Rzeszów"),
            ("10-001", "Olsztyn"),
            ("87-100", "Toruń"),
            ("85-001", "Bydgoszcz"),
            ("15-001", "Białystok"),
            ("45-001", "Opole"),
            ("25-001", "Kielce"),
        ),
        streets=(
            "ul. Kwiatowa {n}/4",
            "ul. Słoneczna {n} m. 3",
            "ul. Jarzębinowa {n}",
            "ul. Lipowa {n}/12",
            "ul. Polna {n}",
            "ul. Konwaliowa {n}/7",
            "os. Zielone {n}",
            "ul. Brzozowa {n}",
        ),
    ),
    "TR": dict(
        lang="tr",
        cultures=("tr", "tr", "ar"),
        towns=(
            ("26000", "Eskişehir"),
            ("38000", "Kayseri"),
            ("20000", "Denizli"),
            ("61000", "Trabzon"),
            ("44000", "Malatya"),
            ("10000", "Balıkesir"),
            ("55000", "Samsun"),
            ("42000", "Konya"),
        ),
        streets=(
            "Gül Sok. No: {n} D: 7",
            "Menekşe Cad. No: {n}",
            "Lale Sok. No: {n}/5",
            "Papatya Sok. No: {n} Kat: 2",
            "Çınar Cad. No: {n}",
            "Zambak Sok. No: {n} D: 3",
            "Ihlamur Sok. No: {n}",
            "Karanfil Cad. No: {n}/1",
        ),
    ),
}
EN_COUNTRIES = ("US", "UK", "IN", "AU")
COUNTRY_OF = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL", "tr": "TR"}
MAIL = {
    "US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"),
    "UK": ("btinternet.com", "hotmail.co.uk", "sky.com", "gmail.com"),
    "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
    "AU": ("bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"),
    "DE": ("gmx.de", "web.de", "t-online.de", "posteo.de"),
    "FR": ("orange.fr", "free.fr", "laposte.net", "sfr.fr"),
    "ES": ("hotmail.es", "gmail.com", "yahoo.es", "telefonica.net"),
    "IT": ("libero.it", "alice.it", "virgilio.it", "tiscali.it"),
    "NL": ("ziggo.nl", "kpnmail.nl", "hetnet.nl", "xs4all.nl"),
    "PT": ("sapo.pt", "gmail.com", "netcabo.pt", "iol.pt"),
    "PL": ("wp.pl", "onet.pl", "interia.pl", "o2.pl"),
    "TR": ("gmail.com", "hotmail.com", "yandex.com.tr", "mynet.com"),
}
# Words passwords are built from (even dev, odd test).
PASSWORD_WORDS = (
    "Sommer",
    "Kwiatek",
    "Marmelade",
    "Girasole",
    "Tulipan",
    "Bluebell",
    "Sunflower",
    "Papatya",
    "Zonnetje",
    "Framboise",
    "Hummel",
    "Maracuja",
    "Kestane",
    "Dragonfly",
    "Pinguin",
    "Laranja",
    "Tiramisu",
    "Wombat",
    "Kaktus",
    "Orchidee",
)
SIGNUP_YEARS = (2019, 2020, 2021, 2022, 2023, 2024, 2025)


def _half_pool(pool, half):
    return pool[0::2] if half == "dev" else pool[1::2]


def name_tokens(half: str) -> set[str]:
    """Every word of a name of ``half``'s pools (particles like "van der" left out)."""
    out = set()
    for firsts, lasts in CULTURES.values():
        for v in _half_pool(firsts, half) + _half_pool(lasts, half):
            out |= {t for t in re.findall(r"[\w'-]+", v) if t not in {"van", "der", "den", "de", "ter"}}
    return out


def town_pool(half: str) -> set[str]:
    """The home towns of ``half``'s pools (the part before a state's comma)."""
    return {t.split(",")[0] for c in COUNTRIES.values() for _, t in _half_pool(c["towns"], half)}


_STREET_KINDS = {
    "Calle",
    "Paseo",
    "Sok.",
    "Cad.",
    "Strada",
    "Extension",
    "Sector",
    "Travessa",
    "Travesía",
    "Viale",
    "Vicolo",
    "Avenida",
    "Avda.",
    "Rua",
    "Beco",
    "Largo",
    "Flat",
    "House",
    "Door",
    "Plot",
    "Unit",
    "Residency",
    "Apts",
    "Colony",
    "Street",
    "Road",
    "Close",
    "Court",
    "Gardens",
    "Drive",
    "Lane",
}


def street_pool(half: str) -> set[str]:
    """The street names of ``half``'s pools, without numbers."""
    out = set()
    for c in COUNTRIES.values():
        for s in _half_pool(c["streets"], half):
            words = [
                w
                for w in re.split(r"[\s,]+", s.replace("{n}", ""))
                if len(w) > 3 and w[0].isupper() and w not in _STREET_KINDS
            ]
            if words:
                out.add(max(words, key=len))
    return out


# ---------------------------------------------------------------------------------------------------------
# Column labels by field and language ("@" separates variants; variants of 2+ split even dev / odd test).

LABELS = {
    "id": {
        "en": "id@ID@cust_id@No.",
        "de": "Nr.@KdNr@ID@Kunden-Nr.",
        "fr": "N°@id@Réf.@Num",
        "es": "Nº@id@Cód.@ID",
        "it": "N.@id@Cod.@ID",
        "nl": "Nr@id@Klantnr@ID",
        "pt": "N.º@id@Cód@ID",
        "pl": "Lp.@id@Nr@ID",
        "tr": "No@id@Sıra@ID",
    },
    "name": {
        "en": "Name@full_name@Customer Name@Contact",
        "de": "Name@Kunde@Vollständiger Name@Ansprechpartner",
        "fr": "Nom complet@Client@Nom et prénom@Contact",
        "es": "Nombre completo@Cliente@Nombre y apellidos@Titular",
        "it": "Nominativo@Cliente@Nome e cognome@Intestatario",
        "nl": "Naam@Klant@Volledige naam@Contactpersoon",
        "pt": "Nome completo@Cliente@Nome@Titular",
        "pl": "Imię i nazwisko@Klient@Nazwa@Osoba kontaktowa",
        "tr": "Ad Soyad@Müşteri@Adı Soyadı@İlgili kişi",
    },
    "first": {
        "en": "fname@First Name@first_name@Given name",
        "de": "Vorname@vname@Vorname@VORNAME",
        "fr": "Prénom@prenom@Prénom@PRENOM",
        "es": "Nombre@nombre@Nombre@NOMBRE",
        "it": "Nome@nome@Nome@NOME",
        "nl": "Voornaam@voornaam@Roepnaam@VOORNAAM",
        "pt": "Nome@primeiro_nome@Nome próprio@NOME",
        "pl": "Imię@imie@Imię@IMIĘ",
        "tr": "Ad@adi@Adı@AD",
    },
    "last": {
        "en": "lname@Last Name@surname@Family name",
        "de": "Nachname@nname@Name@NACHNAME",
        "fr": "Nom@nom@Nom de famille@NOM",
        "es": "Apellidos@apellido1@Apellido@APELLIDOS",
        "it": "Cognome@cognome@Cognome@COGNOME",
        "nl": "Achternaam@achternaam@Achternaam@ACHTERNAAM",
        "pt": "Apelido@sobrenome@Apelidos@SOBRENOME",
        "pl": "Nazwisko@nazwisko@Nazwisko@NAZWISKO",
        "tr": "Soyad@soyadi@Soyadı@SOYAD",
    },
    "particle": {"nl": "Tussenvoegsel@tv@Tussenv.@TUSSENVOEGSEL"},
    "email": {
        "en": "Email@email_address@E-mail@mail",
        "de": "E-Mail@email@Mail@E-Mail-Adresse",
        "fr": "Courriel@email@Adresse e-mail@Mail",
        "es": "Correo@email@Correo electrónico@E-mail",
        "it": "Email@email@Posta elettronica@Mail",
        "nl": "E-mailadres@email@E-mail@Mail",
        "pt": "Email@email@Correio eletrónico@E-mail",
        "pl": "E-mail@email@Adres e-mail@Mail",
        "tr": "E-posta@eposta@E-posta adresi@Mail",
    },
    "phone": {
        "en": "Phone@tel_no@Mobile@phone_number",
        "de": "Telefon@tel@Handy@Mobilnummer",
        "fr": "Téléphone@tel@Portable@Tél.",
        "es": "Teléfono@tlf@Móvil@Tel.",
        "it": "Telefono@tel@Cellulare@Tel.",
        "nl": "Telefoon@tel@Mobiel@Telefoonnummer",
        "pt": "Telefone@tlm@Telemóvel@Contacto",
        "pl": "Telefon@tel@Nr telefonu@Komórka",
        "tr": "Telefon@tel@Cep Tel.@GSM",
    },
    "street": {
        "en": "Address 1@addr1@Street@street_address",
        "de": "Straße@Strasse@Anschrift@str_hnr",
        "fr": "Adresse@adresse1@Rue@Adresse postale",
        "es": "Dirección@direccion@Domicilio@Calle",
        "it": "Indirizzo@indirizzo@Via@Residenza",
        "nl": "Adres@straat@Straat + huisnr@Woonadres",
        "pt": "Morada@endereco@Rua@Endereço",
        "pl": "Adres@ulica@Ulica@Adres zamieszkania",
        "tr": "Adres@adres@Açık adres@Ev adresi",
    },
    "postcode": {
        "en": "Postcode@zip@ZIP@post_code",
        "de": "PLZ@plz@PLZ@Postleitzahl",
        "fr": "CP@code_postal@Code postal@CP",
        "es": "CP@cod_postal@C.P.@Código postal",
        "it": "CAP@cap@CAP@C.A.P.",
        "nl": "Postcode@postcode@PC@Postcode",
        "pt": "Código postal@cp@CP@Cód. postal",
        "pl": "Kod pocztowy@kod@Kod@KOD",
        "tr": "Posta kodu@pk@PK@Posta Kodu",
    },
    "town": {
        "en": "City@town@City@city",
        "de": "Ort@ort@Wohnort@Stadt",
        "fr": "Ville@ville@Commune@VILLE",
        "es": "Localidad@ciudad@Población@Municipio",
        "it": "Città@citta@Comune@Località",
        "nl": "Woonplaats@plaats@Plaats@Woonplaats",
        "pt": "Localidade@cidade@Cidade@Concelho",
        "pl": "Miejscowość@miasto@Miasto@Miejscowość",
        "tr": "Şehir@il@İl@Şehir",
    },
    "address": {
        "en": "Home address@address@Mailing Address@addr",
        "de": "Adresse@anschrift@Wohnadresse@Anschrift",
        "fr": "Adresse complète@adresse@Domicile@Adresse",
        "es": "Dirección completa@direccion@Domicilio@Dirección",
        "it": "Indirizzo completo@indirizzo@Residenza@Indirizzo",
        "nl": "Adres@adres@Woonadres@Adres",
        "pt": "Morada completa@morada@Endereço@Morada",
        "pl": "Adres@adres@Adres zamieszkania@Adres",
        "tr": "Adres@adres@İkamet adresi@Adres",
    },
    "country": {
        "en": "Country@country@Ctry@country_code",
        "de": "Land@land@Land@LAND",
        "fr": "Pays@pays@Pays@PAYS",
        "es": "País@pais@País@PAIS",
        "it": "Paese@paese@Nazione@PAESE",
        "nl": "Land@land@Land@LAND",
        "pt": "País@pais@País@PAÍS",
        "pl": "Kraj@kraj@Kraj@KRAJ",
        "tr": "Ülke@ulke@Ülke@ÜLKE",
    },
    "dob": {
        "en": "DOB@date_of_birth@Birth date@birthdate",
        "de": "Geburtsdatum@geb_datum@geb.@Geb.-Datum",
        "fr": "Date de naissance@date_naissance@Né(e) le@DDN",
        "es": "Fecha de nacimiento@fecha_nac@F. nacimiento@F.Nac.",
        "it": "Data di nascita@data_nascita@Nato il@Data nascita",
        "nl": "Geboortedatum@geb_datum@Geb. datum@Geboren",
        "pt": "Data de nascimento@data_nasc@Nascimento@Dt. nascimento",
        "pl": "Data urodzenia@data_ur@Ur.@Data ur.",
        "tr": "Doğum tarihi@dogum_tarihi@D. Tarihi@Doğum Tarihi",
    },
    "natid": {
        "en": "National ID@nat_id@NI number@ID number",
        "de": "Steuer-ID@steuer_id@Steuerliche ID@IdNr",
        "fr": "N° sécu@nir@Numéro de sécurité sociale@NIR",
        "es": "DNI@dni@DNI/NIF@Documento",
        "nl": "BSN@bsn@Burgerservicenummer@BSN",
        "pt": "NIF@nif@Contribuinte@N.º contribuinte",
        "pl": "PESEL@pesel@PESEL@Nr PESEL",
        "tr": "TC Kimlik No@tckn@T.C. Kimlik@TC No",
    },
    "ssn": {"en": "SSN@ssn@Social Security No.@ssn_full"},
    "iban": {
        "en": "IBAN@iban@Bank account (IBAN)@iban_no",
        "de": "IBAN@iban@Bankverbindung@IBAN",
        "fr": "IBAN@iban@RIB / IBAN@IBAN",
        "es": "IBAN@iban@Cuenta (IBAN)@IBAN",
        "it": "IBAN@iban@Coordinate IBAN@IBAN",
        "nl": "IBAN@iban@Rekeningnummer@IBAN",
        "pt": "IBAN@iban@NIB / IBAN@IBAN",
        "pl": "IBAN@iban@Nr rachunku@IBAN",
        "tr": "IBAN@iban@Hesap IBAN@IBAN",
    },
    "card": {
        "en": "Card number@card_no@PAN@cc_number",
        "de": "Kartennummer@karte@Kreditkarte@Karten-Nr.",
        "fr": "N° de carte@carte@Carte bancaire@CB",
        "es": "Nº tarjeta@tarjeta@Tarjeta@Tarjeta crédito",
        "it": "Numero carta@carta@Carta di credito@N. carta",
        "nl": "Kaartnummer@kaart@Creditcard@Kaartnr",
        "pt": "N.º cartão@cartao@Cartão@Cartão de crédito",
        "pl": "Nr karty@karta@Karta@Numer karty",
        "tr": "Kart No@kart@Kredi Kartı@Kart numarası",
    },
    "ip": {"en": "Last login IP@last_ip@IP address@login_ip"},
    "username": {
        "en": "Username@user@login@user_name",
        "de": "Benutzername@login@Benutzer@user",
        "fr": "Identifiant@login@Utilisateur@user",
        "es": "Usuario@login@Usuario@user",
        "it": "Utente@login@Nome utente@user",
        "nl": "Gebruikersnaam@login@Gebruiker@user",
        "pt": "Utilizador@login@Usuário@user",
        "pl": "Login@login@Użytkownik@user",
        "tr": "Kullanıcı adı@login@Kullanıcı@user",
    },
    "password": {
        "en": "Password@pwd@password@pass",
        "de": "Passwort@pw@Kennwort@passwort",
        "fr": "Mot de passe@mdp@MDP@password",
        "es": "Contraseña@pass@Clave@password",
        "it": "Password@pwd@Parola d'ordine@pass",
        "nl": "Wachtwoord@ww@Wachtwoord@password",
        "pt": "Palavra-passe@senha@Senha@password",
        "pl": "Hasło@haslo@Hasło@password",
        "tr": "Şifre@sifre@Parola@password",
    },
    "api_key": {"en": "API key@api_key@Token@access_token"},
    "pin": {
        "en": "PIN@pin@Card PIN@door_pin",
        "de": "PIN@pin@Tür-PIN@PIN-Code",
        "fr": "Code PIN@pin@Code@PIN",
        "es": "PIN@pin@Código PIN@PIN",
        "it": "PIN@pin@Codice PIN@PIN",
        "nl": "Pincode@pin@PIN@Pincode",
        "pt": "PIN@pin@Código PIN@PIN",
        "pl": "PIN@pin@Kod PIN@PIN",
        "tr": "PIN@pin@Şifre (PIN)@PIN",
    },
    "signup": {
        "en": "Signup date@created_at@Member since@last_order",
        "de": "Angelegt am@erstellt@Kunde seit@letzte_bestellung",
        "fr": "Date d'inscription@cree_le@Client depuis@derniere_commande",
        "es": "Fecha alta@creado@Cliente desde@ultimo_pedido",
        "it": "Data iscrizione@creato_il@Cliente dal@ultimo_ordine",
        "nl": "Aangemaakt@aangemaakt_op@Klant sinds@laatste_bestelling",
        "pt": "Data de registo@criado_em@Cliente desde@ultima_encomenda",
        "pl": "Data rejestracji@utworzono@Klient od@ostatnie_zamowienie",
        "tr": "Kayıt tarihi@olusturma@Müşteri tarihi@son_siparis",
    },
    "amount": {
        "en": "Balance@amount_due@Total spent@ltv",
        "de": "Saldo@betrag@Umsatz@offener_betrag",
        "fr": "Solde@montant@CA@montant_du",
        "es": "Saldo@importe@Total@importe_pendiente",
        "it": "Saldo@importo@Totale@importo_dovuto",
        "nl": "Saldo@bedrag@Omzet@openstaand",
        "pt": "Saldo@valor@Total@valor_em_divida",
        "pl": "Saldo@kwota@Obrót@zaleglosc",
        "tr": "Bakiye@tutar@Toplam@borc",
    },
    "status": {
        "en": "Status@status@Active?@tier",
        "de": "Status@status@Aktiv@Stufe",
        "fr": "Statut@statut@Actif@Niveau",
        "es": "Estado@estado@Activo@Nivel",
        "it": "Stato@stato@Attivo@Livello",
        "nl": "Status@status@Actief@Niveau",
        "pt": "Estado@estado@Ativo@Nível",
        "pl": "Status@status@Aktywny@Poziom",
        "tr": "Durum@durum@Aktif@Seviye",
    },
    "co": {
        "en": "c/o@care_of@C/O@co_name",
        "de": "c/o@bei@z. Hd.@c_o",
        "fr": "Chez@c/o@Aux bons soins de@co",
        "es": "A/A@c/o@Atención@co",
        "it": "c/o@presso@Alla c.a.@co",
        "nl": "p/a@t.a.v.@p/a@co",
        "pt": "A/C@c/o@Ao cuidado de@co",
        "pl": "d/o@c/o@Do rąk@co",
        "tr": "c/o@eliyle@İlgili@co",
    },
}
STATUS = {
    "en": ("active", "inactive", "gold", "pending"),
    "de": ("aktiv", "inaktiv", "Gold", "gesperrt"),
    "fr": ("actif", "inactif", "premium", "en attente"),
    "es": ("activo", "baja", "premium", "pendiente"),
    "it": ("attivo", "sospeso", "premium", "in attesa"),
    "nl": ("actief", "inactief", "goud", "wachtend"),
    "pt": ("ativo", "inativo", "premium", "pendente"),
    "pl": ("aktywny", "nieaktywny", "złoty", "oczekuje"),
    "tr": ("aktif", "pasif", "altın", "beklemede"),
}

# Column schemas (fields) by half: personal tables of customers, members, staff, tenants, users.
SCHEMAS = (  # in pairs of a dev schema and a test schema of about the same content
    ("customers", ("id", "first", "last", "email", "phone", "town")),
    ("leads", ("first", "last", "email", "phone", "town", "country", "status")),
    ("members", ("id", "name", "email", "phone", "signup", "status")),
    ("contacts", ("first", "last", "phone", "email", "address")),
    ("addresses", ("id", "name", "street", "postcode", "town", "country")),
    ("shipping", ("id", "name", "co", "street", "postcode", "town")),
    ("kyc", ("id", "name", "email", "dob", "natid", "iban")),
    ("payroll", ("id", "name", "natid", "iban", "dob")),
    ("staff_hr", ("id", "last", "first", "dob", "natid", "street", "postcode", "town", "phone", "email")),
    ("patients", ("id", "last", "first", "dob", "phone", "email", "town")),
    ("accounts", ("username", "name", "email", "password", "ip")),
    ("logins", ("id", "username", "email", "password", "ip", "signup")),
    ("payments", ("id", "name", "card", "amount", "signup")),
    ("billing", ("id", "name", "email", "card", "amount")),
    ("api_users", ("id", "email", "api_key", "ip", "signup")),
    ("door_codes", ("name", "street", "pin", "phone")),
    ("tenants", ("id", "name", "address", "phone", "iban", "amount")),
    ("onboarding", ("id", "first", "last", "dob", "address", "phone", "natid")),
    ("alarm_codes", ("id", "name", "street", "town", "pin")),
    ("developers", ("id", "name", "email", "api_key", "ip")),
)
# Group titles for a spreadsheet's merged header row.
GROUPS = {
    "en": ("Customer", "Contact", "Address", "Account"),
    "de": ("Kunde", "Kontakt", "Adresse", "Konto"),
    "fr": ("Client", "Contact", "Adresse", "Compte"),
    "es": ("Cliente", "Contacto", "Dirección", "Cuenta"),
    "it": ("Cliente", "Contatti", "Indirizzo", "Conto"),
    "nl": ("Klant", "Contact", "Adres", "Account"),
    "pt": ("Cliente", "Contacto", "Morada", "Conta"),
    "pl": ("Klient", "Kontakt", "Adres", "Konto"),
    "tr": ("Müşteri", "İletişim", "Adres", "Hesap"),
}
GROUP_OF = {
    "id": 0,
    "name": 0,
    "first": 0,
    "last": 0,
    "particle": 0,
    "dob": 0,
    "natid": 0,
    "ssn": 0,
    "email": 1,
    "phone": 1,
    "street": 2,
    "postcode": 2,
    "town": 2,
    "address": 2,
    "country": 2,
    "co": 2,
}

# Instruction lines by language and half; {who} is a person of the table (labelled), {n} a row count.
INSTRUCTIONS = {
    "en": {
        "dev": (
            "Clean up this CSV please, trim the spaces and make the phone numbers consistent.",
            "Find duplicates in the rows below and tell me which one to keep.",
            "Convert this to JSON, one object per row, keys in snake_case.",
            "why does this query return two rows for {who}? there should be one",
            "Can you turn this into a proper markdown table for the wiki?",
            "Write a Python script that validates the e-mail column of this export.",
            "which of these customers are missing a phone number?",
            "Sort this by last name and give it back in the same format",
            "I need an INSERT statement for each of these rows (Postgres).",
            "the import keeps failing on this file, what's wrong with the format?",
        ),
        "test": (
            "Please dedupe this list, some people are in it twice.",
            "Turn the table below into a CSV I can open in Excel.",
            "Our CRM export looks broken, can you fix the columns?",
            "Why is {who} showing up twice in this result?",
            "Generate a pandas snippet that loads this and drops empty rows.",
            "Normalise the dates in this table to ISO 8601.",
            "Summarise what's in this dataset in two sentences.",
            "Make a YAML version of this for our seed file",
            "Spot any rows with invalid data in here:",
            "Split the name column into first and last name, keep everything else.",
        ),
    },
    "de": {
        "dev": (
            "Kannst du diese CSV bereinigen? Die Telefonnummern sind uneinheitlich.",
            "Finde bitte die Dubletten in dieser Tabelle.",
            "Wandle das in JSON um, ein Objekt pro Zeile.",
            "Warum liefert die Abfrage zwei Zeilen für {who}?",
            "Sortier die Liste nach Nachname, Format bitte beibehalten.",
        ),
        "test": (
            "Bitte die doppelten Einträge aus der Liste entfernen.",
            "Mach aus der Tabelle eine Markdown-Tabelle fürs Confluence.",
            "Der Import bricht bei dieser Datei ab, woran liegt das?",
            "Wieso taucht {who} zweimal im Export auf?",
            "Schreib mir ein SQL-INSERT für jede Zeile.",
        ),
    },
    "fr": {
        "dev": (
            "Peux-tu nettoyer ce CSV ? Les numéros ne sont pas homogènes.",
            "Trouve les doublons dans ce tableau stp.",
            "Convertis ceci en JSON, un objet par ligne.",
            "Pourquoi la requête renvoie deux lignes pour {who} ?",
            "Trie la liste par nom de famille en gardant le format.",
        ),
        "test": (
            "Merci de dédoublonner cette liste de clients.",
            "Transforme ce tableau en CSV pour Excel.",
            "L'import plante sur ce fichier, qu'est-ce qui cloche ?",
            "Pourquoi {who} apparaît deux fois dans l'export ?",
            "Écris un INSERT SQL pour chaque ligne.",
        ),
    },
    "es": {
        "dev": (
            "¿Puedes limpiar este CSV? Los teléfonos no tienen el mismo formato.",
            "Busca los duplicados en esta tabla, por favor.",
            "Pásalo a JSON, un objeto por fila.",
            "¿Por qué la consulta devuelve dos filas para {who}?",
            "Ordena la lista por apellido y mantén el formato.",
        ),
        "test": (
            "Quita los registros repetidos de esta lista.",
            "Convierte esta tabla en un CSV para Excel.",
            "La importación falla con este fichero, ¿qué le pasa?",
            "¿Por qué {who} sale dos veces en el listado?",
            "Genera un INSERT de SQL para cada fila.",
        ),
    },
    "it": {
        "dev": (
            "Puoi sistemare questo CSV? I numeri di telefono sono scritti in modi diversi.",
            "Trova i duplicati in questa tabella per favore.",
            "Converti in JSON, un oggetto per riga.",
            "Perché la query restituisce due righe per {who}?",
            "Ordina l'elenco per cognome mantenendo il formato.",
        ),
        "test": (
            "Togli i doppioni da questo elenco clienti.",
            "Trasforma la tabella in un CSV da aprire con Excel.",
            "L'importazione si blocca su questo file, cosa c'è che non va?",
            "Come mai {who} compare due volte nell'estrazione?",
            "Scrivi una INSERT SQL per ogni riga.",
        ),
    },
    "nl": {
        "dev": (
            "Kun je deze CSV opschonen? De telefoonnummers zijn niet consistent.",
            "Zoek de dubbele regels in deze tabel.",
            "Zet dit om naar JSON, één object per rij.",
            "Waarom geeft de query twee rijen terug voor {who}?",
            "Sorteer op achternaam en houd het formaat aan.",
        ),
        "test": (
            "Haal de dubbele records uit deze lijst aub.",
            "Maak van deze tabel een CSV voor Excel.",
            "De import loopt vast op dit bestand, wat is er mis?",
            "Waarom staat {who} twee keer in de export?",
            "Schrijf een SQL INSERT voor elke rij.",
        ),
    },
    "pt": {
        "dev": (
            "Podes limpar este CSV? Os telefones estão em formatos diferentes.",
            "Encontra os duplicados nesta tabela, por favor.",
            "Converte isto para JSON, um objeto por linha.",
            "Porque é que a consulta devolve duas linhas para {who}?",
            "Ordena a lista pelo apelido e mantém o formato.",
        ),
        "test": (
            "Remove os registos repetidos desta lista.",
            "Transforma esta tabela num CSV para o Excel.",
            "A importação falha com este ficheiro, o que se passa?",
            "Porque aparece {who} duas vezes na exportação?",
            "Gera um INSERT SQL para cada linha.",
        ),
    },
    "pl": {
        "dev": (
            "Możesz uporządkować ten CSV? Numery telefonów są w różnych formatach.",
            "Znajdź duplikaty w tej tabeli.",
            "Zamień to na JSON, jeden obiekt na wiersz.",
            "Dlaczego zapytanie zwraca dwa wiersze dla {who}?",
            "Posortuj listę po nazwisku, zachowaj format.",
        ),
        "test": (
            "Usuń proszę powtórzone rekordy z tej listy.",
            "Zrób z tej tabeli plik CSV do Excela.",
            "Import wywala się na tym pliku, co jest nie tak?",
            "Czemu {who} występuje dwa razy w eksporcie?",
            "Napisz INSERT SQL dla każdego wiersza.",
        ),
    },
    "tr": {
        "dev": (
            "Bu CSV dosyasını temizler misin? Telefon numaraları farklı formatlarda.",
            "Bu tablodaki mükerrer kayıtları bul lütfen.",
            "Bunu JSON'a çevir, her satır bir nesne olsun.",
            "Sorgu neden {who} için iki satır döndürüyor?",
            "Listeyi soyada göre sırala, format aynı kalsın.",
        ),
        "test": (
            "Bu listedeki tekrar eden kayıtları sil lütfen.",
            "Bu tabloyu Excel için CSV'ye çevir.",
            "İçe aktarma bu dosyada hata veriyor, sorun ne?",
            "{who} neden dışa aktarımda iki kez görünüyor?",
            "Her satır için bir SQL INSERT yaz.",
        ),
    },
}

# ---------------------------------------------------------------------------------------------------------
# Negative pools (no private person in them).

PRODUCTS = (
    ("Ergonomic Desk Chair", "Furniture", "249.00"),
    ("USB-C Hub 7-in-1", "Accessories", "39.90"),
    ("Standing Desk Frame", "Furniture", "419.00"),
    ("Noise-Cancelling Headset", "Audio", "129.00"),
    ('27" Monitor IPS', "Displays", "289.00"),
    ("Mechanical Keyboard TKL", "Accessories", "89.50"),
    ('Laptop Sleeve 14"', "Bags", "24.99"),
    ("Webcam 1080p", "Video", "59.00"),
    ("Cable Tray Steel", "Furniture", "34.00"),
    ("Desk Lamp LED", "Lighting", "45.00"),
    ("Wireless Mouse", "Accessories", "29.90"),
    ("Whiteboard 120x90", "Office", "79.00"),
    ("Paper A4 80g (5x500)", "Supplies", "21.50"),
    ("Toner Cartridge Black", "Supplies", "64.00"),
    ("Docking Station Dual 4K", "Accessories", "179.00"),
    ("Footrest Adjustable", "Furniture", "32.00"),
)
REGIONS = (
    "EMEA",
    "DACH",
    "Nordics",
    "Benelux",
    "Iberia",
    "North America",
    "LATAM",
    "APAC",
    "UK & Ireland",
    "CEE",
)
MARKETS = (
    "Berlin",
    "Hamburg",
    "München",
    "Paris",
    "Lyon",
    "Madrid",
    "Barcelona",
    "Milano",
    "Roma",
    "Amsterdam",
    "Rotterdam",
    "Lisboa",
    "Porto",
    "Warszawa",
    "Kraków",
    "İstanbul",
    "Ankara",
    "London",
    "Manchester",
    "New York",
    "Chicago",
    "Sydney",
)
COMPANIES = (
    (
        "Nordwind Logistik GmbH",
        "Am Sandtorkai 41, 20457 Hamburg",
        "+49 40 3003 5000",
        "info@nordwind-logistik.de",
    ),
    (
        "Atelier Quatre Saisons SA",
        "18 quai de la Tournelle, 75005 Paris",
        "+33 1 44 27 60 00",
        "contact@quatresaisons.fr",
    ),
    (
        "Brightline Analytics Ltd",
        "1 Canal Wharf, Manchester M1 3LA",
        "+44 161 555 2000",
        "hello@brightline-analytics.co.uk",
    ),
    (
        "Solano Energía S.L.",
        "Paseo de la Castellana 89, 28046 Madrid",
        "+34 91 555 30 00",
        "info@solanoenergia.es",
    ),
    ("Officine Vela S.p.A.", "Corso Magenta 12, 20123 Milano", "+39 02 8555 1200", "info@officinevela.it"),
    ("Polderhaven B.V.", "Wilhelminakade 77, 3072 AP Rotterdam", "+31 10 555 8800", "info@polderhaven.nl"),
    (
        "Mar Alto Seguros S.A.",
        "Avenida da Boavista 1800, 4100-113 Porto",
        "+351 22 555 4400",
        "geral@maralto.pt",
    ),
    ("Wisła Soft sp. z o.o.", "ul. Prosta 51, 00-838 Warszawa", "+48 22 555 70 00", "biuro@wislasoft.pl"),
    (
        "Boğaziçi Tekstil A.Ş.",
        "Büyükdere Cad. No: 185, 34394 İstanbul",
        "+90 212 555 30 30",
        "info@bogazicitekstil.com.tr",
    ),
    (
        "Redwood Harbor Inc.",
        "500 W Madison St, Chicago, IL 60661",
        "+1 312 555 0199",
        "info@redwoodharbor.com",
    ),
    (
        "Kangaroo Point Freight Pty Ltd",
        "240 Queen St, Brisbane QLD 4000",
        "+61 7 5550 1234",
        "enquiries@kpfreight.com.au",
    ),
    (
        "Lotus Circuit Pvt Ltd",
        "Outer Ring Road, Bengaluru 560103",
        "+91 80 5555 0100",
        "info@lotuscircuit.in",
    ),
)
PUBLIC_FIGURES = (
    ("Erling Haaland", "Manchester City", "27"),
    ("Kylian Mbappé", "Real Madrid", "24"),
    ("Harry Kane", "Bayern München", "26"),
    ("Robert Lewandowski", "FC Barcelona", "19"),
    ("Mohamed Salah", "Liverpool", "18"),
    ("Lautaro Martínez", "Inter", "17"),
    ("Max Verstappen", "Red Bull Racing", "437"),
    ("Lewis Hamilton", "Ferrari", "223"),
    ("Charles Leclerc", "Ferrari", "356"),
    ("Lando Norris", "McLaren", "374"),
    ("Iga Świątek", "WTA", "8370"),
    ("Aryna Sabalenka", "WTA", "9416"),
    ("Carlos Alcaraz", "ATP", "8850"),
    ("Jannik Sinner", "ATP", "11830"),
    ("Emmanuel Macron", "France", "2017"),
    ("Olaf Scholz", "Germany", "2021"),
    ("Pedro Sánchez", "Spain", "2018"),
    ("Giorgia Meloni", "Italy", "2022"),
    ("Recep Tayyip Erdoğan", "Türkiye", "2014"),
    ("Donald Tusk", "Poland", "2023"),
)
SCHEMA_COLUMNS = (
    ("customer_id", "bigint", "NO", "primary key"),
    ("first_name", "varchar(100)", "NO", "given name"),
    ("last_name", "varchar(100)", "NO", "family name"),
    ("email", "varchar(255)", "YES", "unique"),
    ("phone", "varchar(32)", "YES", "E.164"),
    ("date_of_birth", "date", "YES", "for age checks"),
    ("street", "varchar(200)", "YES", ""),
    ("postcode", "varchar(10)", "YES", ""),
    ("city", "varchar(100)", "YES", ""),
    ("iban", "varchar(34)", "YES", "encrypted at rest"),
    ("password_hash", "char(60)", "NO", "bcrypt"),
    ("created_at", "timestamptz", "NO", "default now()"),
    ("national_id", "varchar(20)", "YES", "masked in views"),
    ("last_login_ip", "inet", "YES", ""),
)
PLACEHOLDERS = {
    "en": (
        ("John", "Doe", "john.doe@example.com", "555-0100", "123 Main St", "Anytown"),
        ("Jane", "Doe", "jane.doe@example.com", "555-0123", "456 Elm St", "Springfield"),
        ("Test", "User", "test@example.com", "000-000-0000", "1 Test Street", "Testville"),
    ),
    "de": (
        ("Max", "Mustermann", "max@example.de", "0000 000000", "Musterstraße 1", "Musterstadt"),
        ("Erika", "Mustermann", "erika@example.de", "0123 456789", "Musterweg 2", "Musterhausen"),
    ),
    "fr": (("Jean", "Dupont", "jean.dupont@example.fr", "00 00 00 00 00", "1 rue Exemple", "Ville-Test"),),
    "es": (("Juan", "Pérez", "juan.perez@example.es", "000 000 000", "Calle Falsa 123", "Ciudad Ejemplo"),),
    "it": (("Mario", "Rossi", "mario.rossi@example.it", "000 0000000", "Via Esempio 1", "Città Prova"),),
    "nl": (("Jan", "Jansen", "jan.jansen@example.nl", "06-00000000", "Voorbeeldstraat 1", "Ergens"),),
    "pt": (("Fulano", "de Tal", "fulano@example.pt", "900 000 000", "Rua Exemplo 1", "Cidade Teste"),),
    "pl": (("Jan", "Kowalski", "jan.kowalski@example.pl", "000 000 000", "ul. Przykładowa 1", "Testowo"),),
    "tr": (("Ali", "Veli", "ali.veli@example.com.tr", "0000 000 00 00", "Örnek Sok. No: 1", "Test İli"),),
}
CONFIG_ROWS = (
    ("max_connections", "200", "pool size per node"),
    ("log_level", "INFO", "DEBUG in staging"),
    ("region", "eu-central-1", "primary region"),
    ("feature.new_checkout", "true", "rolled out 100%"),
    ("smtp_host", "smtp.internal.lan", "relay"),
    ("session_timeout_min", "30", ""),
    ("password_min_length", "12", "policy"),
    ("db_password", "${DB_PASSWORD}", "set in vault"),
    ("api_key", "<see 1Password>", "never commit"),
    ("retry_backoff_ms", "250", "exponential"),
    ("cache_ttl_s", "600", ""),
    ("timezone", "Europe/Berlin", "display only"),
    ("currency", "EUR", ""),
    ("maintenance_window", "Sun 02:00-04:00 UTC", ""),
)
NEG_FIELDS = {
    "product_catalogue": (
        "SKU@sku@Art.-Nr.@Item no",
        "Product@product_name@Artikel@Description",
        "Category@category@Kategorie@Group",
        "Price@unit_price@Preis@Price (EUR)",
        "Stock@qty@Bestand@On hand",
    ),
    "metrics_kpi": (
        "Month@period@Monat@Week",
        "Region@market@Region@Market",
        "Revenue@revenue_eur@Umsatz@Revenue (k)",
        "Churn %@churn@Churn@Churn rate",
        "NPS@nps@NPS@NPS",
        "Active users@dau@Aktive Nutzer@MAU",
    ),
    "office_directory": (
        "Company@company@Firma@Office",
        "Address@office_address@Anschrift@Location",
        "Switchboard@phone@Zentrale@Main line",
        "Email@contact@E-Mail@General inbox",
    ),
    "public_figures": ("Name@player@Spieler@Name", "Team@club@Verein@Team", "Points@goals@Tore@Total"),
    "schema_only": (
        "column_name@Column@Spalte@field",
        "data_type@Type@Typ@type",
        "is_nullable@Null@Nullable@null",
        "comment@Notes@Kommentar@description",
    ),
    "placeholders": (
        "first_name@First name@Vorname@fname",
        "last_name@Last name@Nachname@lname",
        "email@E-mail@E-Mail@mail",
        "phone@Phone@Telefon@tel",
        "street@Address@Straße@addr1",
        "city@City@Ort@town",
    ),
    "config_table": (
        "key@Setting@Schlüssel@name",
        "value@Value@Wert@value",
        "note@Description@Hinweis@comment",
    ),
}


# ---------------------------------------------------------------------------------------------------------
# Value makers.


def _ascii(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _parity_digit(rng, half):
    return rng.choice("02468" if half == "dev" else "13579")


def _phone(rng, country, half):
    d = lambda n: _digits(rng, n)  # noqa: E731
    last = _parity_digit(rng, half)
    c = rng.randrange(3)
    if country == "US":
        a = f"{rng.randint(2, 9)}{d(2)}"
        x = f"{rng.randint(2, 9)}{d(2)}"
        return (f"({a}) {x}-{d(3)}{last}", f"{a}-{x}-{d(3)}{last}", f"+1 {a} {x} {d(3)}{last}")[c]
    if country == "UK":
        return (f"07{d(3)} {d(5)}{last}", f"+44 7{d(3)} {d(5)}{last}", f"01{d(3)} {d(5)}{last}")[c]
    if country == "IN":
        return (f"+91 9{d(4)} {d(4)}{last}", f"9{d(4)}{d(4)}{last}", f"+91-8{d(3)}-{d(5)}{last}")[c]
    if country == "AU":
        return (
            f"04{d(2)} {d(3)} {d(2)}{last}",
            f"+61 4{d(2)} {d(3)} {d(2)}{last}",
            f"(0{rng.choice('2378')}) {d(4)} {d(3)}{last}",
        )[c]
    if country == "DE":
        return (
            f"01{rng.choice('567')}{d(1)} {d(7)}{last}",
            f"+49 1{rng.choice('567')}{d(1)} {d(6)}{last}",
            f"0{d(3)} {d(5)}{last}",
        )[c]
    if country == "FR":
        return (
            f"0{rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(1)}{last}",
            f"+33 {rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(1)}{last}",
            f"0{rng.choice('12345')}.{d(2)}.{d(2)}.{d(2)}.{d(1)}{last}",
        )[c]
    if country == "ES":
        return (
            f"6{d(2)} {d(3)} {d(2)}{last}",
            f"+34 6{d(2)} {d(2)} {d(2)} {d(1)}{last}",
            f"9{d(2)} {d(2)} {d(2)} {d(1)}{last}",
        )[c]
    if country == "IT":
        return (f"3{d(2)} {d(3)} {d(3)}{last}", f"+39 3{d(2)} {d(6)}{last}", f"0{d(1)} {d(7)}{last}")[c]
    if country == "NL":
        return (f"06-{d(7)}{last}", f"+31 6 {d(7)}{last}", f"0{d(2)}-{d(6)}{last}")[c]
    if country == "PT":
        return (
            f"9{rng.choice('1236')}{d(1)} {d(3)} {d(2)}{last}",
            f"+351 9{rng.choice('1236')}{d(1)} {d(3)} {d(2)}{last}",
            f"2{d(2)} {d(3)} {d(2)}{last}",
        )[c]
    if country == "PL":
        return (
            f"{rng.choice('5678')}{d(2)} {d(3)} {d(2)}{last}",
            f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(2)}{last}",
            f"{rng.choice('5678')}{d(2)}-{d(3)}-{d(2)}{last}",
        )[c]
    # TR
    return (
        f"05{d(2)} {d(3)} {d(2)} {d(1)}{last}",
        f"+90 5{d(2)} {d(3)} {d(2)} {d(1)}{last}",
        f"05{d(8)}{last}",
    )[c]


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x = x * 2 - 9 if x > 4 else x * 2
        total += x
    return body + str((10 - total % 10) % 10)


def _card(rng):
    kind = rng.randrange(3)
    if kind == 2:
        num = _luhn_complete(rng.choice(("34", "37")) + _digits(rng, 12))
        return rng.choice((f"{num[:4]} {num[4:10]} {num[10:]}", num))
    num = _luhn_complete(
        ("4" if kind == 0 else f"5{rng.randint(1, 5)}") + _digits(rng, 15 - (1 if kind == 0 else 2))
    )
    style = rng.randrange(3)
    groups = [num[i : i + 4] for i in range(0, 16, 4)]
    return (" ".join(groups), num, "-".join(groups))[style]


IBAN_BBAN = {
    "DE": "n18",
    "FR": "n23",
    "ES": "n20",
    "IT": "a1n22",
    "NL": "A4n10",
    "PT": "n21",
    "PL": "n24",
    "TR": "n22",
    "UK": "A4n14",
}


def _iban(rng, country):
    spec = IBAN_BBAN.get(country, "A4n14")
    code = "GB" if country not in IBAN_BBAN or country == "UK" else country
    bban = ""
    for kind, count in re.findall(r"([anA])(\d+)", spec):
        for _ in range(int(count)):
            bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind in "aA" else rng.choice("0123456789")
    if country == "TR":
        bban = bban[:5] + "0" + bban[6:]
    num = int("".join(str(int(c, 36)) for c in bban + code + "00"))
    iban = f"{code}{98 - num % 97:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _natid(rng, country, dob, half):
    """A national id of ``country`` with valid check digits (dob as (y, m, d) for PESEL and NIR)."""
    y, m, d = dob
    if country == "DE":  # Steuer-ID: ISO 7064 MOD 11,10, one digit twice
        while True:
            digits = rng.sample("0123456789", 9)
            digits.append(rng.choice(digits))
            rng.shuffle(digits)
            if digits[0] != "0":
                break
        product = 10
        for ch in digits:
            s = (int(ch) + product) % 10 or 10
            product = s * 2 % 11
        check = (11 - product) % 10
        v = "".join(digits) + str(check)
        return rng.choice((v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"))
    if country == "NL":  # BSN, 11-test
        while True:
            ds = [int(c) for c in _digits(rng, 8)]
            r = sum(x * w for x, w in zip(ds, range(9, 1, -1), strict=True)) % 11
            if r < 10 and ds[0] != 0:
                return "".join(map(str, ds)) + str(r)
    if country == "PL":  # PESEL
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{d:02d}{_digits(rng, 4)}"
        s = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
        return body + str((10 - s % 10) % 10)
    if country == "ES":  # DNI
        n = rng.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if country == "FR":  # NIR
        sex, dept = rng.randint(1, 2), rng.randint(1, 95)
        body = f"{sex}{y % 100:02d}{m:02d}{dept:02d}{_digits(rng, 3)}{_digits(rng, 3)}"
        key = 97 - int(body) % 97
        return rng.choice(
            (
                f"{body}{key:02d}",
                f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}",
            )
        )
    if country == "PT":  # NIF
        ds = [rng.choice((1, 2, 3))] + [int(c) for c in _digits(rng, 7)]
        c = 11 - sum(x * w for x, w in zip(ds, range(9, 1, -1), strict=True)) % 11
        return "".join(map(str, ds)) + str(0 if c >= 10 else c)
    if country == "TR":  # TC Kimlik
        ds = [rng.randint(1, 9)] + [int(c) for c in _digits(rng, 8)]
        d10 = ((ds[0] + ds[2] + ds[4] + ds[6] + ds[8]) * 7 - (ds[1] + ds[3] + ds[5] + ds[7])) % 10
        d11 = (sum(ds) + d10) % 10
        return "".join(map(str, ds)) + f"{d10}{d11}"
    if country == "UK":  # NINO
        p = rng.choice(("AB", "CE", "JG", "KL", "NP", "PR", "SJ", "TW", "WL", "ZS"))
        n = _digits(rng, 6)
        suf = rng.choice("ABCD")
        return rng.choice((f"{p} {n[:2]} {n[2:4]} {n[4:]} {suf}", f"{p}{n}{suf}"))
    if country == "IN":  # PAN
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        fifth, digits = rng.choice("ABCDEGHKLMNRSTV"), _digits(rng, 4)
        return f"{letters}P{fifth}{digits}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    if country == "US":
        area = rng.randint(1, 665)
        return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(100, 999):03d}{_parity_digit(rng, half)}"
    return None  # IT, AU: no national id column


def _dob(rng, half):
    years = [y for y in range(1948, 2007) if (y % 2 == 0) == (half == "dev")]
    return rng.choice(years), rng.randint(1, 12), rng.randint(1, 28)


def _fmt_date(ymd, lang, country, style):
    y, m, d = ymd
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if country == "US":
        return f"{m:02d}/{d:02d}/{y:04d}"
    if lang in ("de", "pl", "tr") or country == "NL" and style == "dot":
        return f"{d:02d}.{m:02d}.{y:04d}"
    if lang == "nl":
        return f"{d:02d}-{m:02d}-{y:04d}"
    return f"{d:02d}/{m:02d}/{y:04d}"


def _password(rng, half):
    kind = rng.randrange(3)
    if kind == 0:
        w = rng.choice(_half_pool(PASSWORD_WORDS, half))
        return f"{w}{rng.randint(10, 9999)}{rng.choice('!?#$%*')}"
    if kind == 1:
        alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!$%&*+=?"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(12, 16)))
    w = rng.choice(_half_pool(PASSWORD_WORDS, half)).lower()
    return f"{w[:3].upper()}{w[3:]}_{_digits(rng, 3)}&{rng.choice('xyzq')}"


def _api_key(rng):
    kind = rng.randrange(3)
    if kind == 0:
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    if kind == 1:
        return "key_" + "".join(rng.choice(alnum) for _ in range(28))
    return (
        "tok-"
        + "".join(rng.choice(alnum) for _ in range(8))
        + "-"
        + "".join(rng.choice(alnum) for _ in range(20))
    )


def _ip(rng, half):
    first = rng.choice((31, 37, 46, 62, 77, 81, 84, 88, 93, 95, 109, 151, 176, 178, 185, 188, 212, 213, 217))
    second, third = rng.randint(0, 255), rng.randint(1, 254)
    return f"{first}.{second}.{third}.{rng.randint(1, 126) * 2 - (0 if half == 'dev' else 1)}"


@dataclass
class Person:
    first: str
    last: str
    email: str
    phone: str
    street: str
    postcode: str
    town: str
    country: str
    dob: tuple
    natid: str | None
    iban: str
    card: str
    ip: str
    username: str
    password: str
    api_key: str
    pin: str


def _person(rng, half, country):
    c = COUNTRIES[country]
    culture = rng.choice(c["cultures"]) if rng.random() < 0.7 else rng.choice(sorted(CULTURES))
    firsts, lasts = CULTURES[culture]
    first = rng.choice(_half_pool(firsts, half))
    last = rng.choice(_half_pool(lasts, half))
    a_first, a_last = (
        _ascii(first).lower().replace("-", ""),
        _ascii(last).lower().replace("'", "").replace(" ", "").replace("-", ""),
    )
    local = rng.choice(
        (
            f"{a_first}.{a_last}",
            f"{a_first[0]}{a_last}",
            f"{a_first}{a_last}{rng.randint(1, 99)}",
            f"{a_last}.{a_first}",
            f"{a_first}_{a_last}",
        )
    )
    email = f"{local}@{rng.choice(MAIL[country])}"
    postcode, town = rng.choice(_half_pool(c["towns"], half))
    street = rng.choice(_half_pool(c["streets"], half)).replace("{n}", str(rng.randint(2, 140)))
    dob = _dob(rng, half)
    natid = _natid(rng, country, dob, half)
    user = rng.choice(
        (f"{a_first[0]}{a_last}", f"{a_last}{rng.randint(1, 99)}", f"{a_first[:3]}{a_last[:3]}")
    )
    pin = _digits(rng, rng.choice((3, 5))) + _parity_digit(rng, half)
    return Person(
        first,
        last,
        email,
        _phone(rng, country, half),
        street,
        postcode,
        town,
        country,
        dob,
        natid,
        _iban(rng, country),
        _card(rng),
        _ip(rng, half),
        user,
        _password(rng, half),
        _api_key(rng),
        pin,
    )


# ---------------------------------------------------------------------------------------------------------
# Tables and the document builder.


@dataclass
class Table:
    headers: list  # column labels, or None
    rows: list  # rows of cells: (text, type or None)
    groups: list | None = None  # a merged group-header row for spreadsheets
    name: str = "customers"
    numeric: tuple = ()  # column indexes right-aligned / unquoted


class _Doc:
    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def add(self, s, typ=None):
        if typ and s:
            self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s), "value": s})
        self.parts.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.parts)


def _widths(t):
    cols = len(t.rows[0]) if t.rows else len(t.headers)
    w = [len(t.headers[i]) if t.headers else 0 for i in range(cols)]
    for r in t.rows:
        for i, (v, _) in enumerate(r):
            w[i] = max(w[i], len(v))
    return w


def _render_csv(doc, t, half, rng, sep=",", header=True):
    def field(v):
        need = sep in v or '"' in v or (half == "test" and sep == "," and rng.random() < 0.3)
        return need

    if header and t.headers:
        doc.add(sep.join(t.headers) + "\n")
    for r in t.rows:
        for i, (v, typ) in enumerate(r):
            if i:
                doc.add(sep)
            if field(v):
                doc.add('"')
                doc.add(v.replace('"', '""'), typ)
                doc.add('"')
            else:
                doc.add(v, typ)
        doc.add("\n")


def _render_tsv(doc, t, half, rng, lang):
    if half == "dev":
        doc.add("\t".join(t.groups) + "\n")
    else:
        doc.add(
            rng.choice(
                (
                    "Export",
                    "Liste",
                    "Sheet1",
                    "Tabelle1",
                    "Feuil1",
                    "Hoja1",
                    "Foglio1",
                    "Blad1",
                    "Arkusz1",
                    "Sayfa1",
                )
            )
            + "\t" * (len(t.headers) - 1)
            + "\n"
        )
    doc.add("\t".join(t.headers) + "\n")
    for r in t.rows:
        for i, (v, typ) in enumerate(r):
            if i:
                doc.add("\t")
            doc.add(v, typ)
        doc.add("\n")
    if half == "test":
        doc.add("\t" * (len(t.headers) - 1) + "\n")


def _render_markdown(doc, t, half, rng):
    w = _widths(t)
    if half == "dev":
        doc.add("| " + " | ".join(h.ljust(w[i]) for i, h in enumerate(t.headers)) + " |\n")
        doc.add("|" + "|".join("-" * (w[i] + 2) for i in range(len(w))) + "|\n")
        for r in t.rows:
            doc.add("|")
            for i, (v, typ) in enumerate(r):
                doc.add(" ")
                doc.add(v, typ)
                doc.add(" " * (w[i] - len(v)) + " |")
            doc.add("\n")
    else:
        doc.add("|" + "|".join(t.headers) + "|\n")
        doc.add("|" + "|".join(":--" if i not in t.numeric else "--:" for i in range(len(t.headers))) + "|\n")
        for r in t.rows:
            doc.add("| ")
            for i, (v, typ) in enumerate(r):
                if i:
                    doc.add(" | ")
                doc.add(v, typ)
            doc.add(" |\n")


def _render_psql(doc, t, half, rng):
    w = _widths(t)
    cols = ", ".join(_key(h) for h in t.headers)
    if half == "dev":
        doc.add(f"SELECT {cols} FROM {t.name} WHERE created_at > now() - interval '90 days';\n\n")
    else:
        doc.add(f"app_prod=> select * from {t.name} order by 1;\n")
    doc.add(
        " "
        + " | ".join(h.center(w[i]) if half == "dev" else h.ljust(w[i]) for i, h in enumerate(t.headers))
        + "\n"
    )
    doc.add("-" + "-+-".join("-" * x for x in w) + "-\n")
    for r in t.rows:
        doc.add(" ")
        for i, (v, typ) in enumerate(r):
            if i:
                doc.add(" | ")
            pad = " " * (w[i] - len(v))
            if i in t.numeric:
                doc.add(pad)
                doc.add(v, typ)
            else:
                doc.add(v, typ)
                if i < len(r) - 1:
                    doc.add(pad)
        doc.add("\n")
    doc.add(f"({len(t.rows)} row{'s' if len(t.rows) != 1 else ''})\n")


def _render_mysql(doc, t, half, rng):
    if half == "test":  # vertical \G output
        doc.add(f"mysql> SELECT * FROM {t.name} WHERE id > 0\\G\n")
        wk = max(len(h) for h in t.headers)
        for n, r in enumerate(t.rows, 1):
            doc.add("*" * 27 + f" {n}. row " + "*" * 27 + "\n")
            for i, (v, typ) in enumerate(r):
                doc.add(t.headers[i].rjust(wk) + ": ")
                doc.add(v, typ) if v else doc.add("NULL")
                doc.add("\n")
        doc.add(f"{len(t.rows)} rows in set (0.00 sec)\n")
        return
    w = _widths(t)
    line = "+" + "+".join("-" * (x + 2) for x in w) + "+\n"
    doc.add(f"mysql> SELECT * FROM {t.name} LIMIT 50;\n")
    doc.add(line + "| " + " | ".join(h.ljust(w[i]) for i, h in enumerate(t.headers)) + " |\n" + line)
    for r in t.rows:
        doc.add("| ")
        for i, (v, typ) in enumerate(r):
            if i:
                doc.add(" | ")
            pad = " " * (w[i] - len(v))
            if i in t.numeric:
                doc.add(pad)
                doc.add(v, typ)
            else:
                doc.add(v, typ)
                doc.add(pad)
        doc.add(" |\n")
    doc.add(line + f"{len(t.rows)} rows in set (0.01 sec)\n")


def _render_pandas(doc, t, half, rng):
    w = _widths(t)
    iw = len(str(len(t.rows) - 1))
    doc.add(">>> print(df)\n" if half == "dev" else "In [7]: df.head()\nOut[7]:\n")
    doc.add(" " * iw + "".join("  " + h.rjust(w[i]) for i, h in enumerate(t.headers)) + "\n")
    for n, r in enumerate(t.rows):
        doc.add(str(n).ljust(iw))
        for i, (v, typ) in enumerate(r):
            doc.add("  " + " " * max(0, w[i] - len(v or "NaN")))
            doc.add(v if v else "NaN", typ)
        doc.add("\n")
    if half == "dev":
        doc.add(f"\n[{len(t.rows)} rows x {len(t.headers)} columns]\n")


def _key(h):
    k = re.sub(r"\W+", "_", _ascii(h).lower()).strip("_")
    return k or "col"


def _json_value(doc, v, typ, numeric):
    if not v:
        doc.add("null")
    elif numeric and re.fullmatch(r"\d+", v):
        doc.add(v, typ)
    else:
        doc.add('"')
        doc.add(v, typ)
        doc.add('"')


def _render_json(doc, t, half, rng):
    keys = [_key(h) for h in t.headers]
    if half == "dev":
        doc.add("[\n")
        for n, r in enumerate(t.rows):
            doc.add("  {\n")
            for i, (v, typ) in enumerate(r):
                doc.add(f'    "{keys[i]}": ')
                _json_value(doc, v, typ, i in t.numeric)
                doc.add(",\n" if i < len(r) - 1 else "\n")
            doc.add("  }" + ("," if n < len(t.rows) - 1 else "") + "\n")
        doc.add("]\n")
    else:
        doc.add(f'Tool result (db.query "{t.name}"):\n{{"data": [\n')
        for n, r in enumerate(t.rows):
            doc.add("  {")
            for i, (v, typ) in enumerate(r):
                doc.add(f'"{keys[i]}": ')
                _json_value(doc, v, typ, i in t.numeric)
                if i < len(r) - 1:
                    doc.add(", ")
            doc.add("}" + ("," if n < len(t.rows) - 1 else "") + "\n")
        doc.add(f'], "count": {len(t.rows)}, "next_cursor": null}}\n')


def _yaml_needs_quotes(v):
    return (
        not v
        or v[0] in "!&*{}[]|>'\"%@`-?,#:"
        or ": " in v
        or " #" in v
        or v.endswith(":")
        or re.fullmatch(r"[\d.+-]+", v) is not None
        and v.startswith("0")
    )


def _render_yaml(doc, t, half, rng):
    keys = [_key(h) for h in t.headers]
    indent = ""
    if half == "dev":
        doc.add(f"{t.name}:\n")
        indent = "  "
    else:
        doc.add("---\n")
    for r in t.rows:
        for i, (v, typ) in enumerate(r):
            doc.add(indent + ("- " if i == 0 else "  ") + f"{keys[i]}: ")
            if not v:
                doc.add("~")
            elif _yaml_needs_quotes(v):
                doc.add('"')
                doc.add(v, typ)
                doc.add('"')
            else:
                doc.add(v, typ)
            doc.add("\n")


def _render_sql(doc, t, half, rng):
    keys = [_key(h) for h in t.headers]

    def value(v, typ, i):
        if not v:
            doc.add("NULL")
        elif i in t.numeric and re.fullmatch(r"\d+", v):
            doc.add(v, typ)
        else:
            doc.add("'")
            doc.add(v.replace("'", "''"), typ)
            doc.add("'")

    if half == "dev":
        doc.add(f"INSERT INTO {t.name} ({', '.join(keys)}) VALUES\n")
        for n, r in enumerate(t.rows):
            doc.add("  (")
            for i, (v, typ) in enumerate(r):
                if i:
                    doc.add(", ")
                value(v, typ, i)
            doc.add(")" + ("," if n < len(t.rows) - 1 else ";") + "\n")
    else:
        doc.add(f"-- Dumping data for table `{t.name}`\n\nLOCK TABLES `{t.name}` WRITE;\n")
        for r in t.rows:
            doc.add(f"INSERT INTO `{t.name}` VALUES (")
            for i, (v, typ) in enumerate(r):
                if i:
                    doc.add(",")
                value(v, typ, i)
            doc.add(");\n")
        doc.add("UNLOCK TABLES;\n")


def _render_html(doc, t, half, rng):
    if half == "dev":
        doc.add(
            '<table class="table">\n  <thead>\n    <tr>'
            + "".join(f"<th>{h}</th>" for h in t.headers)
            + "</tr>\n  </thead>\n  <tbody>\n"
        )
        for r in t.rows:
            doc.add("    <tr>")
            for v, typ in r:
                doc.add("<td>")
                doc.add(v, typ)
                doc.add("</td>")
            doc.add("</tr>\n")
        doc.add("  </tbody>\n</table>\n")
    else:
        doc.add(
            '<table border="1" cellpadding="4">\n<tr style="background:#eee">'
            + "".join(f"<td><b>{h}</b></td>" for h in t.headers)
            + "</tr>\n"
        )
        for r in t.rows:
            doc.add("<tr>")
            for i, (v, typ) in enumerate(r):
                doc.add('<td align="right">' if i in t.numeric else "<td>")
                doc.add(v, typ) if v else doc.add("&nbsp;")
                doc.add("</td>")
            doc.add("</tr>\n")
        doc.add("</table>\n")


def _render_fixed(doc, t, half, rng):
    w = _widths(t)
    if half == "dev":
        title = t.name.upper().replace("_", " ") + " LISTING"
        doc.add(f"{title:<40}RUN DATE 2026-03-0{rng.randint(1, 9)}   PAGE 1\n\n")
        doc.add("   ".join(h.upper().ljust(w[i]) for i, h in enumerate(t.headers)).rstrip() + "\n")
        doc.add("   ".join("=" * x for x in w) + "\n")
        sep = "   "
    else:
        doc.add("  ".join(h.ljust(w[i]) for i, h in enumerate(t.headers)).rstrip() + "\n")
        doc.add("  ".join("-" * x for x in w) + "\n")
        sep = "  "
    for r in t.rows:
        for i, (v, typ) in enumerate(r):
            if i:
                doc.add(sep)
            doc.add(v, typ)
            if i < len(r) - 1:
                doc.add(" " * (w[i] - len(v)))
        doc.add("\n")
    if half == "dev":
        doc.add(f"\n*** {len(t.rows)} RECORDS ***\n")
    else:
        doc.add(f"{'-' * 20}\nTotal: {len(t.rows)}\n")


def _render(doc, family, t, half, rng, lang):
    if family == "csv":
        _render_csv(doc, t, half, rng)
    elif family == "csv_semicolon":
        _render_csv(doc, t, half, rng, sep=";")
    elif family == "csv_noheader":
        if half == "dev":
            doc.add("(no header row; columns are " + ", ".join(_key(h) for h in t.headers) + ")\n\n")
        _render_csv(doc, t, half, rng, header=False)
    elif family == "sheet_tsv":
        _render_tsv(doc, t, half, rng, lang)
    elif family == "markdown":
        _render_markdown(doc, t, half, rng)
    elif family == "psql":
        _render_psql(doc, t, half, rng)
    elif family == "mysql":
        _render_mysql(doc, t, half, rng)
    elif family == "pandas":
        _render_pandas(doc, t, half, rng)
    elif family == "json":
        _render_json(doc, t, half, rng)
    elif family == "yaml":
        _render_yaml(doc, t, half, rng)
    elif family == "sql_insert":
        _render_sql(doc, t, half, rng)
    elif family == "html":
        _render_html(doc, t, half, rng)
    else:
        _render_fixed(doc, t, half, rng)


# ---------------------------------------------------------------------------------------------------------
# Tables of people (positives) and of other things (negatives).


def _label(field, lang, half, rng):
    per = LABELS[field]
    variants = (per.get(lang) or per["en"]).split("@")
    return rng.choice(_half_pool(variants, half))


def _amount(rng, lang):
    v = rng.randint(0, 480000) / 100
    if lang == "en":
        return f"{v:,.2f}"
    return f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _cells(p, field, lang, half, rng, name_style, date_style, nl_split):
    """The cells one field of person ``p`` takes (a list: a Dutch split surname takes two)."""
    if field == "id":
        return [(str(rng.randint(1000, 98999)), None)]
    if field == "name":
        if name_style == "last_first":
            return [(f"{p.last}, {p.first}", "PERSON")]
        if name_style == "upper_last":
            return [(f"{p.last.upper()} {p.first}", "PERSON")]
        return [(f"{p.first} {p.last}", "PERSON")]
    if field == "first":
        return [(p.first, "PERSON")]
    if field == "last":
        if nl_split:
            for part in PARTICLES:
                if p.last.startswith(part + " "):
                    return [(part, None), (p.last[len(part) + 1 :], "PERSON")]
            return [("", None), (p.last, "PERSON")]
        return [(p.last, "PERSON")]
    if field == "email":
        return [(p.email, "EMAIL_ADDRESS")]
    if field == "phone":
        return [(p.phone, "PHONE_NUMBER")]
    if field == "street":
        return [(p.street, "LOCATION")]
    if field == "postcode":
        return [(p.postcode.split(" ")[-1] if p.country == "US" else p.postcode, None)]
    if field == "town":
        return [(p.town, "LOCATION")]
    if field == "address":
        if p.country == "US":
            return [(f"{p.street}, {p.town} {p.postcode}", "LOCATION")]
        if p.country in ("UK", "AU", "IN"):
            return [
                (
                    f"{p.street}, {p.town} {p.postcode}"
                    if p.country != "IN"
                    else f"{p.street}, {p.town} {p.postcode}",
                    "LOCATION",
                )
            ]
        return [(f"{p.street}, {p.postcode} {p.town}", "LOCATION")]
    if field == "country":
        return [({"UK": "GB"}.get(p.country, p.country), None)]
    if field == "dob":
        return [(_fmt_date(p.dob, lang, p.country, date_style), "DATE_OF_BIRTH")]
    if field == "natid":
        if p.country == "US":
            return [(p.natid, "US_SSN")]
        return [(p.natid, "NATIONAL_ID")]
    if field == "iban":
        return [(p.iban, "IBAN_CODE")]
    if field == "card":
        return [(p.card, "CREDIT_CARD")]
    if field == "ip":
        return [(p.ip, "IP_ADDRESS")]
    if field == "username":
        return [(p.username, None)]
    if field == "password":
        return [(p.password, "SECRET")]
    if field == "api_key":
        return [(p.api_key, "SECRET")]
    if field == "pin":
        return [(p.pin, "SECRET")]
    if field == "signup":
        y = rng.choice(SIGNUP_YEARS)
        return [(_fmt_date((y, rng.randint(1, 12), rng.randint(1, 28)), lang, p.country, date_style), None)]
    if field == "amount":
        return [(_amount(rng, lang), None)]
    if field == "status":
        return [(rng.choice(STATUS[lang]), None)]
    raise ValueError(field)


def _positive_table(rng, half, lang, family):
    schemas = _half_pool(SCHEMAS, half)
    if lang == "nl" and rng.random() < 0.6:  # Dutch tables split the surname (tussenvoegsel) more often
        schemas = [x for x in schemas if "last" in x[1]]
    name, fields = rng.choice(schemas)
    country = rng.choice(EN_COUNTRIES) if lang == "en" else COUNTRY_OF[lang]
    if lang == "en" and "natid" in fields and rng.random() < 0.4:  # US id tables hold SSNs
        country = "US"
    fields = list(fields)
    headerless = family == "csv_noheader" and half == "test" or family == "sql_insert" and half == "test"
    if "dob" in fields and headerless:  # a date with no birth column is no labelled birth date: none here
        fields[fields.index("dob")] = "signup"
    if "natid" in fields and country in ("IT", "AU"):
        fields[fields.index("natid")] = "card"
    if "iban" in fields and country in ("US", "IN", "AU"):  # no IBANs there: a card number instead
        fields[fields.index("iban")] = "card" if "card" not in fields else "phone"
    if lang != "en" and family != "csv_noheader" and "phone" in fields and rng.random() < 0.15:
        fields.insert(fields.index("phone") + 1, "co") if "co" not in fields else None
    nl_split = country == "NL" and "last" in fields and rng.random() < 0.7
    name_style = rng.choice(("full", "full", "full", "last_first", "upper_last"))
    if family in ("csv_noheader",) and name_style == "last_first" and rng.random() < 0.5:
        name_style = "full"
    date_style = rng.choice(("iso", "local", "local"))
    headers = []
    numeric = []
    for f in fields:
        if f == "co":
            headers.append(_label("co", lang, half, rng))
            continue
        if f == "last" and nl_split:
            headers.append(_label("particle", "nl", half, rng))
        if f == "natid" and country == "US":
            headers.append(_label("ssn", "en", half, rng))
        elif f == "natid" and country == "IN":
            headers.append("PAN")
        else:
            headers.append(_label(f, lang, half, rng))
        if f == "id":
            numeric.append(len(headers) - 1)
    n_rows = rng.randint(2, 5)
    people, seen = [], set()
    while len(people) < n_rows:  # distinct names: a repeated name is the duplicate below, nothing else
        p = _person(rng, half, country)
        if (p.first, p.last) not in seen and p.last not in seen:
            seen |= {(p.first, p.last), p.last}
            people.append(p)
    rows = []
    for p in people:
        row = []
        for f in fields:
            if f == "co":
                other = _person(rng, half, country)
                if rng.random() < 0.5 and (other.first, other.last) not in seen and other.last not in seen:
                    row.append((f"{other.first} {other.last}", "PERSON"))
                else:
                    row.append(("", None))
                continue
            row.extend(_cells(p, f, lang, half, rng, name_style, date_style, nl_split))
        rows.append(row)
    dup = rng.randrange(len(rows)) if rng.random() < 0.28 else None
    # blank a few optional cells (spreadsheets and exports have holes)
    for row in rows:
        for i, (_v, typ) in enumerate(row):
            if (
                typ in ("PHONE_NUMBER", "EMAIL_ADDRESS")
                and rng.random() < 0.06
                and sum(1 for _, t2 in row if t2) > 2
            ):
                row[i] = ("", None)
    if dup is not None:
        copy = list(rows[dup])
        for i, (v, typ) in enumerate(copy):
            if typ is None and i in numeric:
                copy[i] = (str(int(v) + rng.randint(1, 40)), None)
            elif typ == "PHONE_NUMBER" and rng.random() < 0.5:
                copy[i] = (_phone(rng, country, half), "PHONE_NUMBER")
        rows.insert(rng.randint(dup + 1, len(rows)), copy)
    groups = None
    if family == "sheet_tsv":
        g = GROUPS[lang]
        groups, last = [], None
        for f in [x for fld in fields for x in ([fld, fld] if fld == "last" and nl_split else [fld])]:
            gi = GROUP_OF.get(f, 3)
            groups.append(g[gi] if gi != last else "")
            last = gi
    who_person = people[dup] if dup is not None else rng.choice(people)
    return Table(headers, rows, groups, name, tuple(numeric)), who_person, dup is not None


def _neg_table(rng, half, lang, cls):
    fields = NEG_FIELDS[cls]
    lab = [rng.choice(_half_pool(f.split("@"), half)) for f in fields]
    numeric = ()
    rows = []
    if cls == "product_catalogue":
        for p, c, price in rng.sample(PRODUCTS, rng.randint(3, 6)):
            price = price if lang == "en" else price.replace(".", ",")
            rows.append(
                [
                    (f"SKU-{rng.randint(10000, 99999)}", None),
                    (p, None),
                    (c, None),
                    (price, None),
                    (str(rng.randint(0, 900)), None),
                ]
            )
        numeric = (4,)
    elif cls == "metrics_kpi":
        months = ("2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03")
        area = REGIONS + MARKETS
        for m in rng.sample(months, rng.randint(3, 5)):
            rows.append(
                [
                    (m, None),
                    (rng.choice(area), None),
                    (f"{rng.randint(120, 9900)}", None),
                    (f"{rng.randint(5, 90) / 10:.1f}", None),
                    (str(rng.randint(-10, 70)), None),
                    (str(rng.randint(1200, 99000)), None),
                ]
            )
        numeric = (2, 5)
    elif cls == "office_directory":
        comps = _half_pool(COMPANIES, half)
        for co in rng.sample(comps, rng.randint(3, len(comps))):
            rows.append([(co[0], None), (co[1], None), (co[2], None), (co[3], None)])
    elif cls == "public_figures":
        figs = _half_pool(PUBLIC_FIGURES, half)
        for f in rng.sample(figs, rng.randint(3, 6)):
            rows.append([(f[0], None), (f[1], None), (f[2], None)])
        numeric = (2,)
    elif cls == "schema_only":
        cols = rng.sample(SCHEMA_COLUMNS, rng.randint(4, 8))
        for c in cols:
            rows.append([(c[0], None), (c[1], None), (c[2], None), (c[3], None)])
    elif cls == "placeholders":
        pool = list(PLACEHOLDERS[lang]) + (list(PLACEHOLDERS["en"]) if lang != "en" else [])
        for ph in rng.sample(pool, min(len(pool), rng.randint(2, 3))):
            rows.append([(x, None) for x in ph])
    else:
        for c in rng.sample(CONFIG_ROWS, rng.randint(4, 7)):
            rows.append([(x, None) for x in c])
    groups = None
    g = GROUPS[lang]
    groups = [g[0]] + [""] * (len(lab) - 1)
    return Table(
        lab,
        rows,
        groups,
        {
            "product_catalogue": "products",
            "metrics_kpi": "kpi_monthly",
            "office_directory": "offices",
            "public_figures": "standings",
            "schema_only": "information_schema_columns",
            "placeholders": "fixtures",
            "config_table": "settings",
        }[cls],
        numeric,
    )


# ---------------------------------------------------------------------------------------------------------
# Slots and records.


def _slots(half, seed):
    """(kind, lang, family, neg_class) for each of the 300 records, in a seeded order."""
    rng = random.Random(f"{seed}-{half}-slots")
    neg_langs = ["en"] * 57 + [x for x in LANGS[1:] for _ in range(6)]
    pos_langs = ["en"] * 99 + [x for x in LANGS[1:] for _ in range(12)]
    rng.shuffle(neg_langs)
    rng.shuffle(pos_langs)
    slots = []
    for i, lang in enumerate(pos_langs):
        slots.append(("positive", lang, FAMILIES[i % len(FAMILIES)], None))
    fams = list(FAMILIES) * 9
    rng.shuffle(fams)
    for i, lang in enumerate(neg_langs):
        slots.append(("negative", lang, fams[i], NEG_CLASSES[i % len(NEG_CLASSES)]))
    rng.shuffle(slots)
    return slots


def _uncovered(text, spans):
    """The first labelled value with a whole-word occurrence in ``text`` no span covers, or None."""
    covered = bytearray(len(text))
    for s in spans:
        covered[s["start"] : s["end"]] = b"\1" * (s["end"] - s["start"])
    for v in dict.fromkeys(s["value"] for s in spans):
        at = text.find(v)
        while at >= 0:
            end = at + len(v)
            whole = (at == 0 or not _word(text[at - 1]) or not _word(v[0])) and (
                end == len(text) or not _word(text[end]) or not _word(v[-1])
            )
            if whole and not all(covered[at:end]):
                return v
            at = text.find(v, at + 1)
    return None


def _word(ch):
    return ch.isalnum() or ch == "_"


def _record(kind, lang, family, neg_class, half, i, seed):
    rng = random.Random(f"{seed}-{half}-{i}")
    instr_pool = INSTRUCTIONS[lang][half]
    for _ in range(40):
        doc = _Doc()
        instr = rng.choice(instr_pool)
        if kind == "positive":
            table, who, dup = _positive_table(rng, half, lang, family)
            if "{who}" in instr and not dup:
                instr = rng.choice([x for x in instr_pool if "{who}" not in x])
            if "{who}" in instr:
                before, after = instr.split("{who}")
                doc.add(before)
                doc.add(who.first if rng.random() < 0.5 else f"{who.first} {who.last}", "PERSON")
                doc.add(after + "\n\n")
            else:
                doc.add(instr + "\n\n")
        else:
            table = _neg_table(rng, half, lang, neg_class)
            if "{who}" in instr:
                instr = rng.choice([x for x in instr_pool if "{who}" not in x])
            doc.add(instr + "\n\n")
        _render(doc, family, table, half, rng, lang)
        text = doc.text().rstrip("\n")
        spans = doc.spans
        if kind == "negative" or (spans and _uncovered(text, spans) is None):
            break
    meta = {"kind": kind, "lang": lang, "family": family, "template": f"{family}-{half}", "table": table.name}
    if kind == "negative":
        meta["neg_class"] = neg_class
    return {"id": f"c22-{half}-{i}", "text": text, "spans": spans, "meta": meta}


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default the whole half, 300) of ``half``; the first n of the full half when smaller."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    slots = _slots(half, seed)
    n = SIZES[half] if n is None else n
    return [_record(*slots[i % len(slots)], half, i, seed) for i in range(n)]


_BIRTH_CUE = re.compile(
    r"(birth|dob|geb|naissance|DDN|né\(e\)|nac|nascita|nato|geboren|nascimento|nasc|urodzenia|"
    r"data_ur|Ur\.|doğum|dogum|D\. Tarihi|d_tarihi)",
    re.I,
)


def problems(text: str, spans: list[dict], half: str, negative: bool) -> list[str]:
    """This author's own sanity checks of one record; an empty list when it is fine."""
    out = []
    if negative and spans:
        out.append("negative with spans")
    if not negative and not spans:
        out.append("positive without spans")
    prev = 0
    for s in spans:
        v = s["value"]
        if text[s["start"] : s["end"]] != v or v != v.strip() or "\n" in v or s["start"] < prev or not v:
            out.append(f"bad span {s}")
        prev = s["end"]
        if s["type"] not in TYPES:
            out.append(f"unknown type {s['type']}")
        if s["type"] == "PERSON" and (v.lower() in {"van der", "van den", "van", "de", "ter"}):
            out.append(f"a particle labelled {v}")
        if s["type"] == "PHONE_NUMBER" and not 9 <= len(re.sub(r"\D", "", v)) <= 13:
            out.append(f"phone length {v}")
        if s["type"] == "DATE_OF_BIRTH" and not _BIRTH_CUE.search(text):
            out.append("a birth date with no birth column")
        if s["type"] == "EMAIL_ADDRESS" and "example." in v:
            out.append(f"placeholder mail labelled {v}")
        if s["type"] == "LOCATION" and any(c[1] in v for c in COMPANIES):
            out.append(f"office labelled {v}")
    if _uncovered(text, spans):
        out.append(f"unlabelled occurrence of {_uncovered(text, spans)}")
    words = set(re.findall(r"[\w'-]+", text))
    if negative:
        toks = name_tokens("dev") | name_tokens("test")
        if words & toks:
            out.append(f"name token in a negative: {sorted(words & toks)}")
    elif words & name_tokens("test" if half == "dev" else "dev"):
        out.append("a name of the other half")
    return out


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv, SIZES["dev"])


if __name__ == "__main__":
    raise SystemExit(main())
