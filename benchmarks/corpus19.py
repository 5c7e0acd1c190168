"""corpus19: where people are — private places and the people in them (a nineteenth author, who never read \
the scrubber).

Realistic prompts people send to AI assistants in which a private person's place appears: delivery and
returns chats, tenancy and property messages, school/club/parish newsletters with home towns, HR relocation
and travel bookings, insurance claims with the incident location, patient transport bookings, field-service
tickets, wedding and event planning, visa and school applications, neighbourhood association messages,
lost-and-found posts, private car sales. LOCATION is the centre: full postal addresses written the way 27
countries write them (US, UK with postcodes, Ireland with Eircodes, Germany, Austria and Switzerland with the
number after the street, France, Spain, Italy, the Netherlands, Belgium, Sweden, Norway, Denmark, Finland,
Poland, Portugal, Brazil, Mexico, India with landmarks, Japan, Korea, Australia, Nigeria, Kenya with P.O.
boxes, South Africa, the Philippines with barangays), on one line or several, with flat, floor, unit, c/o and
PO box; towns, villages, districts and neighbourhoods where someone lives, comes from, moves to or is ("I'm
from X", "moving to X", "near X station"). With them: hand-typed full names of each country's culture (and
of diaspora families), first names alone in chats, honorifics (outside the span), nicknames, ``Last, First``
lists. About a third of the positive records also carry a phone number, an e-mail or a date of birth. 75 %
English, 25 % in the local language of the address (German, French, Spanish, Italian, Dutch, Portuguese,
Polish; every language in both halves).
30 % of the records are negatives (no personal data, each with a ``neg_class``) that tempt a place or person
detector: places as topics (travel guides, history, weather, news, sport results, company offices and
headquarters), street names as products and brands, things named after people (streets, stations, prizes,
buildings), public figures in the news, fiction.

Labelling rules:
- PERSON: a private person's name as written (full, ``Last, First``, a given name or nickname alone, a surname
  after a title); titles (Mr, Mrs, Dr, Herr, Mme, Sra., Pan) stay outside the span. Public figures, people
  things are named after and fictional characters are not labelled.
- LOCATION: a private person's postal address, one span per line of a multi-line address (country line
  included), one span for an address on one line; a town, district, neighbourhood or country alone when it
  says where a person lives, comes from, moves to or is (for "near X station" the place name X alone).
  Offices, company headquarters, venues, destinations of a trip, places as topics are not labelled.
- PHONE_NUMBER, EMAIL_ADDRESS of private persons; DATE_OF_BIRTH: a birth date near a birth cue.
No national ids, cards or secrets are in this corpus.

Two halves with disjoint templates, cue phrasings and pools (even pool entries dev, odd test):
``python -m benchmarks.corpus19 --half dev|test [--n N] [--seed S]`` prints JSONL.
"""

import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 1919
NEG_SHARE = 0.30
TYPES = ("PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH")
CLASSES = (
    "delivery_returns",
    "tenancy",
    "newsletter",
    "hr_relocation",
    "travel_booking",
    "insurance_claim",
    "patient_transport",
    "field_service",
    "event_planning",
    "application",
    "neighbourhood",
    "lost_found",
    "car_sale",
)
NEG_CLASSES = (
    "travel_guide",
    "history",
    "weather",
    "news",
    "sport_results",
    "company_office",
    "street_brand",
    "named_after_person",
    "public_figure",
    "fiction",
)
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")
# the countries whose addresses a local-language record uses
LANG_COUNTRIES = {
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH"),
    "es": ("ES", "MX"),
    "it": ("IT",),
    "nl": ("NL", "BE"),
    "pt": ("PT", "BR"),
    "pl": ("PL",),
}


def _split(items, half: str) -> list:
    """Even positions to dev, odd to test: the halves never share a pool entry."""
    return list(items[0 if half == "dev" else 1 :: 2])


# ------------------------------------------------ pools, typed by hand (even entries dev, odd test)


@dataclass(frozen=True)
class Country:
    name: str
    women: tuple[str, ...]
    men: tuple[str, ...]
    last: tuple[str, ...]
    streets: tuple[str, ...]  # "street" or "street|district"
    towns: tuple[tuple[str, str, str], ...]  # (town, region, postcode pattern)
    phone: tuple[str, str]  # (national, international) patterns
    hosts: tuple[str, ...]


# pattern letters: # a digit, % a digit 2-9, @ a postcode letter, {abc} one of a, b, c
C = Country
COUNTRIES: dict[str, Country] = {
    "US": C(
        "the US",
        ("Brittany", "Megan", "Dolores", "Tamika", "Shaniqua", "Courtney"),
        ("Cody", "Marcus", "Dwayne", "Trevor", "Brandon", "Tyrone"),
        ("Hendricks", "Yoder", "Castellano", "McAllister", "Lundgren", "Beauchamp", "Kowalski", "Gutierrez"),
        (
            "Maple Ridge Drive",
            "Sycamore Lane",
            "West Fairview Avenue",
            "Old Mill Road",
            "Cottonwood Court",
            "North Halsted Street",
        ),
        (
            ("Dayton", "OH", "454##"),
            ("Boise", "ID", "837##"),
            ("Chapel Hill", "NC", "275##"),
            ("Eau Claire", "WI", "547##"),
            ("Tempe", "AZ", "852##"),
            ("Lawrence", "KS", "660##"),
        ),
        ("(%##) %##-####", "+1 %##-%##-####"),
        ("gmail.com", "yahoo.com", "outlook.com", "icloud.com"),
    ),
    "GB": C(
        "the UK",
        ("Gemma", "Chloe", "Bethan", "Lorraine", "Siobhan", "Abigail"),
        ("Callum", "Darren", "Nathaniel", "Graham", "Lewis", "Rhys"),
        ("Fenwick", "Ashcroft", "Pritchard", "Hargreaves", "Doherty", "Entwistle", "Whitworth", "Bannister"),
        (
            "Cranbrook Road",
            "Victoria Terrace",
            "Mill Lane",
            "Albert Crescent",
            "Orchard Close",
            "Kingsley Avenue",
        ),
        (
            ("Bristol", "", "BS6 #@@"),
            ("Harrogate", "North Yorkshire", "HG1 #@@"),
            ("Norwich", "Norfolk", "NR2 #@@"),
            ("Swansea", "", "SA2 #@@"),
            ("Stockport", "Cheshire", "SK4 #@@"),
            ("Paisley", "Renfrewshire", "PA2 #@@"),
        ),
        ("07{4579}## ######", "+44 7{4579}## ### ###"),
        ("btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com"),
    ),
    "IE": C(
        "Ireland",
        ("Sinéad", "Orla", "Clodagh", "Gráinne", "Aisling", "Róisín"),
        ("Darragh", "Colm", "Fionn", "Pádraig", "Eoin", "Tadhg"),
        ("Brennan", "Ó Ceallaigh", "Kavanagh", "Mac Suibhne", "Foley", "Geraghty", "Ní Mhurchú", "Lynch"),
        ("Ard na Gréine", "Station Road", "Beechwood Park", "Main Street", "Church View", "Hollybrook Grove"),
        (
            ("Ballincollig", "Co. Cork", "P31 @#@#"),
            ("Naas", "Co. Kildare", "W91 @#@#"),
            ("Castlebar", "Co. Mayo", "F23 @#@#"),
            ("Ennis", "Co. Clare", "V95 @#@#"),
            ("Drogheda", "Co. Louth", "A92 @#@#"),
            ("Tralee", "Co. Kerry", "V92 @#@#"),
        ),
        ("08{35679} ### ####", "+353 8{35679} ### ####"),
        ("eircom.net", "gmail.com", "hotmail.com"),
    ),
    "DE": C(
        "Germany",
        ("Svenja", "Katrin", "Heike", "Mareike", "Wiebke", "Anja"),
        ("Jörg", "Malte", "Henning", "Dirk", "Timo", "Bernd"),
        ("Kröger", "Hoffmann", "Wendland", "Große", "Albrecht", "Pfeiffer", "Schröder", "Vogt"),
        ("Lindenstraße", "Am Mühlbach", "Goethestraße", "Rosenweg", "Hauptstraße", "Schillerplatz"),
        (
            ("Freiburg im Breisgau", "Baden-Württemberg", "791##"),
            ("Göttingen", "Niedersachsen", "370##"),
            ("Regensburg", "Bayern", "930##"),
            ("Bielefeld", "Nordrhein-Westfalen", "336##"),
            ("Lüneburg", "Niedersachsen", "213##"),
            ("Erfurt", "Thüringen", "990##"),
        ),
        ("01{567}# #######", "+49 1{567}# #######"),
        ("web.de", "gmx.de", "t-online.de", "posteo.de"),
    ),
    "AT": C(
        "Austria",
        ("Theresa", "Verena", "Magdalena", "Johanna", "Christl", "Barbara"),
        ("Florian", "Stefan", "Lukas", "Andreas", "Wolfgang", "Matthias"),
        ("Huber", "Gruber", "Pichler", "Moser", "Steiner", "Wimmer", "Hofer", "Eder"),
        (
            "Gumpendorfer Straße",
            "Mariahilfer Straße",
            "Herrengasse",
            "Linzer Straße",
            "Kaiserfeldgasse",
            "Annenstraße",
        ),
        (
            ("Wien", "", "10{1234567}0"),
            ("Graz", "Steiermark", "80{1234}0"),
            ("Linz", "Oberösterreich", "40{2345}0"),
            ("Innsbruck", "Tirol", "6020"),
            ("Salzburg", "", "5020"),
            ("Klagenfurt", "Kärnten", "90{12}0"),
        ),
        ("06{5678}# #######", "+43 6{5678}# #######"),
        ("gmx.at", "aon.at", "chello.at"),
    ),
    "CH": C(
        "Switzerland",
        ("Corinne", "Nadja", "Seraina", "Fabienne", "Regula", "Mirjam"),
        ("Reto", "Beat", "Urs", "Dominik", "Lorenz", "Silvan"),
        ("Keller", "Brunner", "Meier", "Zürcher", "Baumann", "Frei", "Ammann", "Bachmann"),
        (
            "Bahnhofstrasse",
            "Seefeldstrasse",
            "Dorfstrasse",
            "Chemin des Vignes",
            "Rue du Simplon",
            "Rosenbergstrasse",
        ),
        (
            ("Winterthur", "ZH", "84##"),
            ("Luzern", "LU", "600#"),
            ("Lausanne", "VD", "100#"),
            ("St. Gallen", "SG", "90##"),
            ("Thun", "BE", "36##"),
            ("Neuchâtel", "NE", "200#"),
        ),
        ("07{6789} ### ## ##", "+41 7{6789} ### ## ##"),
        ("bluewin.ch", "gmx.ch", "sunrise.ch"),
    ),
    "FR": C(
        "France",
        ("Amandine", "Solène", "Maëlle", "Océane", "Ségolène", "Clothilde"),
        ("Quentin", "Romain", "Benoît", "Grégoire", "Yannick", "Cédric"),
        ("Morel", "Girard", "Lemaire", "Fontaine", "Perrin", "Roux", "Bonnet", "Mercier"),
        (
            "rue des Lilas",
            "avenue Jean-Jaurès",
            "boulevard Carnot",
            "impasse des Tilleuls",
            "rue de la République",
            "chemin du Moulin",
        ),
        (
            ("Lyon", "", "6900{1-9}"),
            ("Nantes", "", "440##"),
            ("Rennes", "", "350##"),
            ("Montpellier", "", "340##"),
            ("Annecy", "", "740##"),
            ("Tours", "", "370##"),
        ),
        ("0{67} ## ## ## ##", "+33 {67} ## ## ## ##"),
        ("orange.fr", "free.fr", "laposte.net", "sfr.fr"),
    ),
    "ES": C(
        "Spain",
        ("Rocío", "Marta", "Ainhoa", "Begoña", "Montserrat", "Itziar"),
        ("Sergio", "Javier", "Iker", "Borja", "Álvaro", "Rubén"),
        ("Gómez", "Navarro", "Ruiz", "Etxeberria", "Moreno", "Sánchez", "Castillo", "Urrutia"),
        (
            "Calle de Alcalá",
            "Avenida de la Constitución",
            "Calle Mayor",
            "Paseo de Gracia",
            "Calle San Vicente",
            "Rambla del Poblenou",
        ),
        (
            ("Madrid", "", "280##"),
            ("Valencia", "", "460##"),
            ("Bilbao", "Bizkaia", "480##"),
            ("Granada", "", "180##"),
            ("Zaragoza", "", "500##"),
            ("Málaga", "", "290##"),
        ),
        ("6## ### ###", "+34 6## ## ## ##"),
        ("gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"),
    ),
    "IT": C(
        "Italy",
        ("Giulia", "Francesca", "Alessia", "Serena", "Ilaria", "Valentina"),
        ("Davide", "Simone", "Riccardo", "Emanuele", "Gianluca", "Matteo"),
        ("Rossi", "Marchetti", "De Luca", "Conti", "Galli", "Barbieri", "Ferri", "Mancini"),
        (
            "Via Garibaldi",
            "Via dei Mille",
            "Corso Vittorio Emanuele II",
            "Via Roma",
            "Viale dei Pini",
            "Piazza Cavour",
        ),
        (
            ("Bologna", "BO", "401##"),
            ("Torino", "TO", "101##"),
            ("Bari", "BA", "701##"),
            ("Padova", "PD", "351##"),
            ("Lecce", "LE", "731##"),
            ("Bergamo", "BG", "241##"),
        ),
        ("3{234}# ### ####", "+39 3{234}# ### ####"),
        ("libero.it", "virgilio.it", "tiscali.it", "alice.it"),
    ),
    "NL": C(
        "the Netherlands",
        ("Anouk", "Lotte", "Marieke", "Eline", "Femke", "Sanne"),
        ("Sander", "Thijs", "Ruben", "Jeroen", "Bas", "Joost"),
        ("van den Berg", "Jansen", "de Jong", "Smit", "Hendriks", "van Dijk", "Bakker", "Visser"),
        ("Prinsengracht", "Lange Nieuwstraat", "Oudegracht", "Kerkstraat", "Van Woustraat", "Molenweg"),
        (
            ("Utrecht", "", "35## @@"),
            ("Haarlem", "", "20## @@"),
            ("Leiden", "", "23## @@"),
            ("Groningen", "", "97## @@"),
            ("Nijmegen", "", "65## @@"),
            ("Zwolle", "", "80## @@"),
        ),
        ("06-########", "+31 6 ## ## ## ##"),
        ("ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com"),
    ),
    "BE": C(
        "Belgium",
        ("Lien", "Elke", "Margot", "Fien", "Annelies", "Ophélie"),
        ("Wout", "Pieter-Jan", "Arnaud", "Koen", "Jens", "Thibaut"),
        ("Peeters", "Claes", "Wouters", "Dupont", "Lambert", "Vermeulen", "Goossens", "Maes"),
        (
            "Veldstraat",
            "Rue Haute",
            "Brugsesteenweg",
            "Avenue de Tervueren",
            "Lange Kievitstraat",
            "Rue Saint-Gilles",
        ),
        (
            ("Gent", "", "9000"),
            ("Leuven", "", "3000"),
            ("Namur", "", "5000"),
            ("Liège", "", "4000"),
            ("Mechelen", "", "2800"),
            ("Ixelles", "", "1050"),
        ),
        ("04{789}# ## ## ##", "+32 4{789}# ## ## ##"),
        ("telenet.be", "skynet.be", "proximus.be"),
    ),
    "SE": C(
        "Sweden",
        ("Ingrid", "Maja", "Elsa", "Sofia", "Linnéa", "Astrid"),
        ("Erik", "Anders", "Johan", "Gustav", "Oskar", "Nils"),
        ("Lindberg", "Holm", "Eriksson", "Sandberg", "Forsberg", "Åkesson", "Lundqvist", "Bergkvist"),
        ("Storgatan", "Kungsgatan", "Drottninggatan", "Björkvägen", "Sveavägen", "Västra Hamngatan"),
        (
            ("Uppsala", "", "75# ##"),
            ("Umeå", "", "90# ##"),
            ("Malmö", "", "21# ##"),
            ("Linköping", "", "58# ##"),
            ("Västerås", "", "72# ##"),
            ("Lund", "", "22# ##"),
        ),
        ("07{0236}-### ## ##", "+46 7{0236} ### ## ##"),
        ("telia.com", "gmail.com", "bredband.net"),
    ),
    "NO": C(
        "Norway",
        ("Ingunn", "Sigrid", "Tuva", "Kari", "Solveig", "Ragnhild"),
        ("Håkon", "Eirik", "Sindre", "Øyvind", "Torbjørn", "Magnus"),
        ("Haugen", "Strand", "Dahl", "Nygård", "Bakke", "Aasen", "Hovland", "Fossum"),
        (
            "Thorvald Meyers gate",
            "Kirkeveien",
            "Bygdøy allé",
            "Møllendalsveien",
            "Kongens gate",
            "Strandveien",
        ),
        (
            ("Bergen", "", "50##"),
            ("Trondheim", "", "70##"),
            ("Stavanger", "", "40##"),
            ("Tromsø", "", "90##"),
            ("Drammen", "", "30##"),
            ("Kristiansand", "", "46##"),
        ),
        ("{49}## ## ###", "+47 {49}## ## ###"),
        ("online.no", "hotmail.no", "gmail.com"),
    ),
    "DK": C(
        "Denmark",
        ("Mette", "Signe", "Freja", "Camilla", "Line", "Birgitte"),
        ("Rasmus", "Mikkel", "Søren", "Jesper", "Kasper", "Frederik"),
        ("Jørgensen", "Madsen", "Kristensen", "Poulsen", "Thomsen", "Mortensen", "Lauridsen", "Vestergaard"),
        (
            "Nørrebrogade",
            "Jægersborggade",
            "Vesterbrogade",
            "Østergade",
            "Frederiksberg Allé",
            "Bispebjerg Bakke",
        ),
        (
            ("København N", "", "2200"),
            ("Aarhus C", "", "8000"),
            ("Odense", "", "5000"),
            ("Aalborg", "", "9000"),
            ("Roskilde", "", "4000"),
            ("Esbjerg", "", "6700"),
        ),
        ("%# ## ## ##", "+45 %# ## ## ##"),
        ("mail.dk", "gmail.com", "jubii.dk"),
    ),
    "FI": C(
        "Finland",
        ("Aino", "Kaisa", "Sanna", "Hanna", "Riikka", "Minna"),
        ("Juha", "Mikko", "Ville", "Antti", "Jussi", "Teemu"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laaksonen", "Lehtonen", "Salminen"),
        ("Hämeenkatu", "Puistokatu", "Aleksanterinkatu", "Koivukuja", "Rantatie", "Kauppakatu"),
        (
            ("Tampere", "", "331##"),
            ("Turku", "", "201##"),
            ("Oulu", "", "901##"),
            ("Espoo", "", "021##"),
            ("Jyväskylä", "", "401##"),
            ("Kuopio", "", "701##"),
        ),
        ("04{0145}# ### ####", "+358 4{0145} ### ####"),
        ("kolumbus.fi", "luukku.com", "gmail.com"),
    ),
    "PL": C(
        "Poland",
        ("Katarzyna", "Małgorzata", "Joanna", "Ewelina", "Agata", "Dorota"),
        ("Krzysztof", "Paweł", "Tomasz", "Łukasz", "Marcin", "Grzegorz"),
        ("Nowak", "Wójcik", "Mazur", "Krawczyk", "Zając", "Sikora", "Pawlak", "Michalak"),
        ("ul. Długa", "ul. Piotrkowska", "al. Grunwaldzka", "ul. Kwiatowa", "ul. Ogrodowa", "ul. Słoneczna"),
        (
            ("Gdańsk", "", "80-###"),
            ("Łódź", "", "90-###"),
            ("Kraków", "", "30-###"),
            ("Poznań", "", "60-###"),
            ("Wrocław", "", "50-###"),
            ("Lublin", "", "20-###"),
        ),
        ("{5678}## ### ###", "+48 {5678}## ### ###"),
        ("wp.pl", "onet.pl", "interia.pl", "o2.pl"),
    ),
    "PT": C(
        "Portugal",
        ("Joana", "Mariana", "Catarina", "Rita", "Leonor", "Inês"),
        ("Duarte", "Rui", "Nuno", "Francisco", "Tiago", "Gonçalo"),
        ("Pereira", "Ferreira", "Sousa", "Almeida", "Teixeira", "Moura", "Lopes", "Carvalho"),
        (
            "Rua de Santa Catarina",
            "Avenida da Liberdade",
            "Rua do Almada",
            "Travessa do Carmo",
            "Rua das Flores",
            "Avenida da Boavista",
        ),
        (
            ("Porto", "", "4000-###"),
            ("Braga", "", "4700-###"),
            ("Coimbra", "", "3000-###"),
            ("Aveiro", "", "3800-###"),
            ("Setúbal", "", "2900-###"),
            ("Faro", "", "8000-###"),
        ),
        ("9{1236}# ### ###", "+351 9{1236}# ### ###"),
        ("sapo.pt", "gmail.com", "iol.pt"),
    ),
    "BR": C(
        "Brazil",
        ("Fernanda", "Juliana", "Camila", "Patrícia", "Luana", "Renata"),
        ("Rodrigo", "Thiago", "Gustavo", "Caio", "Leandro", "Vinícius"),
        ("Oliveira", "Santos", "Costa", "Ribeiro", "Barbosa", "Cavalcanti", "Araújo", "Nascimento"),
        (
            "Rua Augusta|Consolação",
            "Rua Oscar Freire|Jardins",
            "Avenida Sete de Setembro|Centro",
            "Rua Voluntários da Pátria|Botafogo",
            "Rua dos Andradas|Centro Histórico",
            "Rua Padre Chagas|Moinhos de Vento",
        ),
        (
            ("São Paulo", "SP", "01###-###"),
            ("Rio de Janeiro", "RJ", "22###-###"),
            ("Porto Alegre", "RS", "90###-###"),
            ("Salvador", "BA", "40###-###"),
            ("Curitiba", "PR", "80###-###"),
            ("Recife", "PE", "50###-###"),
        ),
        ("(%#) 9####-####", "+55 %# 9####-####"),
        ("uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"),
    ),
    "MX": C(
        "Mexico",
        ("Guadalupe", "Ximena", "Araceli", "Citlali", "Yesenia", "Marisol"),
        ("Alejandro", "Jesús", "Rogelio", "Emiliano", "Eduardo", "Ulises"),
        ("Hernández", "Ramírez", "Torres", "Villarreal", "Ochoa", "Zamora", "Castañeda", "Montoya"),
        (
            "Av. Insurgentes Sur|Col. Del Valle",
            "Calle Durango|Col. Roma Norte",
            "Av. Vallarta|Col. Americana",
            "Calle Morelos|Col. Centro",
            "Calle Ámsterdam|Col. Hipódromo",
            "Av. Constitución|Col. Obispado",
        ),
        (
            ("Ciudad de México", "CDMX", "03###"),
            ("Guadalajara", "Jal.", "44###"),
            ("Monterrey", "N.L.", "64###"),
            ("Puebla", "Pue.", "72###"),
            ("Querétaro", "Qro.", "76###"),
            ("Mérida", "Yuc.", "97###"),
        ),
        ("{3589}{1356} #### ####", "+52 {3589}{1356} #### ####"),
        ("gmail.com", "hotmail.com", "prodigy.net.mx"),
    ),
    "IN": C(
        "India",
        ("Lakshmi", "Deepika", "Sneha", "Nandini", "Priya", "Anjali"),
        ("Rahul", "Karthik", "Abhishek", "Sanjay", "Vikram", "Arjun"),
        ("Sharma", "Iyer", "Reddy", "Nair", "Patil", "Chatterjee", "Banerjee", "Menon"),
        # building | landmark | locality
        (
            "Shanti Kunj Apartments|Near Saibaba Temple|Kothrud",
            "Sai Krupa Residency|Opp. Canara Bank|Malleshwaram",
            "Green Park Society|Behind Ganesh Mandir|Vile Parle East",
            "Lakeview Enclave|Near Rythu Bazaar|Kukatpally",
            "Sri Lakshmi Nilayam|Opposite Government Girls School|Anna Nagar West",
            "Vrindavan Heights|Near Karunamoyee Bus Stand|Salt Lake Sector II",
        ),
        (
            ("Pune", "Maharashtra", "4110##"),
            ("Bengaluru", "Karnataka", "5600##"),
            ("Mumbai", "Maharashtra", "4000##"),
            ("Hyderabad", "Telangana", "5000##"),
            ("Chennai", "Tamil Nadu", "6000##"),
            ("Kolkata", "West Bengal", "7000##"),
        ),
        ("{6789}#### #####", "+91 {6789}#### #####"),
        ("gmail.com", "rediffmail.com", "yahoo.co.in"),
    ),
    "JP": C(
        "Japan",
        ("Aiko", "Misaki", "Yui", "Naoko", "Haruka", "Emi"),
        ("Hiroshi", "Daisuke", "Shota", "Ryota", "Kenji", "Takumi"),
        ("Sato", "Suzuki", "Watanabe", "Ito", "Kato", "Yoshida", "Nakamura", "Hayashi"),
        (
            "Kichijoji-honcho|Corpo Sakura",
            "Kohoku|Maison Verte",
            "Shimogamo|Palace Kamo",
            "Yakuin|Grand Heights",
            "Kita-Sanjo|Sunny Court",
            "Kotodai|Green Hills",
        ),
        (
            ("Musashino", "Tokyo", "180-00##"),
            ("Yokohama", "Kanagawa", "22#-00##"),
            ("Kyoto", "Kyoto", "606-08##"),
            ("Fukuoka", "Fukuoka", "810-00##"),
            ("Sapporo", "Hokkaido", "060-00##"),
            ("Sendai", "Miyagi", "980-08##"),
        ),
        ("0{789}0-####-####", "+81 {789}0-####-####"),
        ("docomo.ne.jp", "yahoo.co.jp", "gmail.com"),
    ),
    "KR": C(
        "Korea",
        ("Jiwoo", "Soyeon", "Hyejin", "Eunji", "Minji", "Sunhee"),
        ("Dongwook", "Seungho", "Jaehyun", "Taeyang", "Junho", "Hyunwoo"),
        ("Kim", "Lee", "Yoon", "Shin", "Jang", "Hwang", "Baek", "Oh"),
        ("Teheran-ro", "Banpo-daero", "Hakdong-ro", "Sinchon-ro", "Haeundae-ro", "Dongseong-ro"),
        (
            ("Seoul", "Gangnam-gu", "06###"),
            ("Busan", "Haeundae-gu", "48###"),
            ("Incheon", "Yeonsu-gu", "21###"),
            ("Daegu", "Suseong-gu", "42###"),
            ("Suwon", "Yeongtong-gu", "16###"),
            ("Daejeon", "Yuseong-gu", "34###"),
        ),
        ("010-####-####", "+82 10-####-####"),
        ("naver.com", "daum.net", "kakao.com"),
    ),
    "AU": C(
        "Australia",
        ("Kylie", "Tahlia", "Jacinta", "Narelle", "Chelsea", "Kirra"),
        ("Brendan", "Mitchell", "Shane", "Corey", "Lachlan", "Jarrod"),
        ("Donnelly", "Hutchison", "Caldwell", "Rigby", "Treloar", "Fogarty", "Maddison", "Pickering"),
        (
            "Bridge Road",
            "Wattle Street",
            "Banksia Crescent",
            "Glenferrie Road",
            "Coogee Bay Road",
            "Illawarra Street",
        ),
        (
            ("Richmond", "VIC", "3121"),
            ("Fremantle", "WA", "6160"),
            ("Newtown", "NSW", "2042"),
            ("Toowong", "QLD", "4066"),
            ("Glenelg", "SA", "5045"),
            ("Sandy Bay", "TAS", "7005"),
        ),
        ("04## ### ###", "+61 4## ### ###"),
        ("bigpond.com", "optusnet.com.au", "gmail.com"),
    ),
    "NG": C(
        "Nigeria",
        ("Chioma", "Funmilayo", "Amina", "Ifeoma", "Ngozi", "Halima"),
        ("Emeka", "Tunde", "Ibrahim", "Segun", "Chidi", "Yusuf"),
        ("Okoro", "Adebayo", "Nwachukwu", "Abubakar", "Olawale", "Eze", "Ogunbiyi", "Okafor"),
        (
            "Admiralty Way|Lekki Phase 1",
            "Adeola Odeku Street|Victoria Island",
            "Aminu Kano Crescent|Wuse 2",
            "Ogui Road|Ogui New Layout",
            "Ring Road|Dugbe",
            "Aba Road|Rumuola",
        ),
        (
            ("Lagos", "Lagos State", ""),
            ("Abuja", "FCT", ""),
            ("Enugu", "Enugu State", ""),
            ("Ibadan", "Oyo State", ""),
            ("Port Harcourt", "Rivers State", ""),
            ("Kano", "Kano State", ""),
        ),
        ("0{789}{01}# ### ####", "+234 {789}{01}# ### ####"),
        ("yahoo.com", "gmail.com"),
    ),
    "KE": C(
        "Kenya",
        ("Wanjiku", "Achieng", "Chebet", "Njeri", "Akinyi", "Wairimu"),
        ("Kiprono", "Mutua", "Baraka", "Odhiambo", "Kibet", "Omondi"),
        ("Kamau", "Ochieng", "Wafula", "Kiptoo", "Mutiso", "Nyaga", "Wekesa", "Chege"),
        (
            "Riverside Drive|Westlands",
            "Ngong Road|Kilimani",
            "Argwings Kodhek Road|Hurlingham",
            "Thika Road|Kasarani",
            "Oginga Odinga Street|Milimani",
            "Kenyatta Avenue|Section 58",
        ),
        (
            ("Nairobi", "", "00100"),
            ("Mombasa", "", "80100"),
            ("Kisumu", "", "40100"),
            ("Nakuru", "", "20100"),
            ("Eldoret", "", "30100"),
            ("Thika", "", "01000"),
        ),
        ("07## ######", "+254 7## ######"),
        ("gmail.com", "yahoo.com"),
    ),
    "ZA": C(
        "South Africa",
        ("Lindiwe", "Refilwe", "Anri", "Zanele", "Nomsa", "Marelize"),
        ("Thabo", "Sizwe", "Ruan", "Kagiso", "Bongani", "Pieter"),
        ("Naidoo", "Botha", "Khumalo", "Mokoena", "du Plessis", "Govender", "Mahlangu", "Venter"),
        (
            "Jacaranda Street|Menlo Park",
            "Jan Smuts Avenue|Parktown North",
            "Lower Main Road|Observatory",
            "Florida Road|Morningside",
            "Dorp Street|Die Boord",
            "Park Drive|Central",
        ),
        (
            ("Pretoria", "", "0081"),
            ("Johannesburg", "", "2193"),
            ("Cape Town", "", "7925"),
            ("Durban", "", "4001"),
            ("Stellenbosch", "", "7600"),
            ("Gqeberha", "", "6001"),
        ),
        ("0{678}# ### ####", "+27 {678}# ### ####"),
        ("webmail.co.za", "gmail.com", "mweb.co.za"),
    ),
    "PH": C(
        "the Philippines",
        ("Maricris", "Lovely", "Jocelyn", "Kristine", "Rowena", "Analyn"),
        ("Jerome", "Rommel", "Ramil", "Aldrin", "Jomar", "Arnel"),
        ("dela Cruz", "Reyes", "Mendoza", "Manalo", "Tolentino", "Soriano", "Bautista", "Villanueva"),
        (
            "Sampaguita St.|Brgy. San Antonio",
            "Katipunan Ave.|Brgy. Loyola Heights",
            "Mabini St.|Brgy. Poblacion",
            "Rizal Ave.|Brgy. Malinta",
            "Acacia Lane|Brgy. Kapitolyo",
            "Gen. Luna St.|Brgy. Sta. Cruz",
        ),
        (
            ("Pasig City", "Metro Manila", "16##"),
            ("Quezon City", "Metro Manila", "11##"),
            ("Cebu City", "Cebu", "6000"),
            ("Davao City", "Davao del Sur", "8000"),
            ("Makati City", "Metro Manila", "12##"),
            ("Iloilo City", "Iloilo", "5000"),
        ),
        ("09## ### ####", "+63 9## ### ####"),
        ("gmail.com", "yahoo.com.ph"),
    ),
}
CCS = tuple(COUNTRIES)
COUNTRY_NAMES = frozenset(c.name for c in COUNTRIES.values())

# neighbourhoods where someone lives (for "near X station", "we're in X"): (place, country)
NEIGHBOURHOODS = (
    ("Clapham", "GB"),
    ("Prenzlauer Berg", "DE"),
    ("Shimokitazawa", "JP"),
    ("Malasaña", "ES"),
    ("Trastevere", "IT"),
    ("De Pijp", "NL"),
    ("Södermalm", "SE"),
    ("Grünerløkka", "NO"),
    ("Vesterbro", "DK"),
    ("Kallio", "FI"),
    ("Kazimierz", "PL"),
    ("Alfama", "PT"),
    ("Vila Madalena", "BR"),
    ("Coyoacán", "MX"),
    ("Koramangala", "IN"),
    ("Hongdae", "KR"),
    ("Fitzroy", "AU"),
    ("Yaba", "NG"),
    ("Lavington", "KE"),
    ("Melville", "ZA"),
    ("Ranelagh", "IE"),
    ("Salcedo Village", "PH"),
    ("Williamsburg", "US"),
    ("Saint-Gilles", "BE"),
    ("Neubau", "AT"),
    ("Wiedikon", "CH"),
    ("Croix-Rousse", "FR"),
    ("Jayanagar", "IN"),
)
# nicknames people go by in chats
NICKS = (
    "Bex",
    "Jonno",
    "Kasia",
    "Tash",
    "Gosia",
    "Robbie",
    "Mandy",
    "Pepe",
    "Lenny",
    "Biba",
    "Dani",
    "Zé",
    "Steffi",
    "Nando",
    "Liesje",
    "Kiki",
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
PL_MONTHS = (
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
)
LMONTHS = {
    "de": DE_MONTHS,
    "fr": FR_MONTHS,
    "es": ES_MONTHS,
    "it": IT_MONTHS,
    "nl": NL_MONTHS,
    "pt": PT_MONTHS,
    "pl": PL_MONTHS,
}
# offices and venues that are not anyone's home (topics, not labelled)
OFFICES = (
    "London",
    "Berlin",
    "Paris",
    "Amsterdam",
    "Dublin",
    "Singapore",
    "Toronto",
    "Barcelona",
    "Munich",
    "Warsaw",
    "Lisbon",
    "Stockholm",
    "Austin",
    "Bangalore",
    "Sydney",
    "Zurich",
)
COMPANIES = (
    "Brightwater Logistics",
    "Kestrel Insurance",
    "Northgate Facilities",
    "Tidewell Health",
    "Orchard Lane Homes",
    "Quayside Relocation",
    "Harbourline Motors",
    "Copperleaf Events",
    "Fernhill Property",
    "Bluestone Services",
    "Larkspur Travel",
    "Meridian Care Transport",
)


PARTICLES = frozenset({"Mac", "Ó", "Ní"})


def name_pool(half: str) -> list[tuple[str, str]]:
    return [
        (f, s)
        for c in COUNTRIES.values()
        for f in _split(c.women, half) + _split(c.men, half)
        for s in _split(c.last, half)
    ]


def name_tokens(half: str) -> set[str]:
    toks = set()
    for c in COUNTRIES.values():
        for x in _split(c.women, half) + _split(c.men, half) + _split(c.last, half):
            toks |= {t for t in re.findall(r"[\w'-]+", x) if t[0].isupper() and t not in PARTICLES}
    return toks | set(_split(NICKS, half))


def town_pool(half: str) -> set[str]:
    return {t for c in COUNTRIES.values() for t, _, _ in _split(c.towns, half)} | {
        n for n, _ in _split(NEIGHBOURHOODS, half)
    }


# ---------------------------------------------------------------- values

_MARK = re.compile("\x02([A-Z_]+)\x03(.*?)\x04", re.S)


def mk(kind: str, value: str) -> str:
    """A labelled value inside template text; ``assemble`` turns the marks into spans."""
    return f"\x02{kind}\x03{value}\x04"


def assemble(marked: str) -> tuple[str, list[dict]]:
    out, spans, pos, length = [], [], 0, 0
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


def _fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ a postcode letter, {abc} one of a, b, c ({1-9} a range)."""
    out = []
    for tok in re.findall(r"\{[^}]*\}|.", pattern):
        if tok == "#":
            out.append(rng.choice("0123456789"))
        elif tok == "%":
            out.append(rng.choice("23456789"))
        elif tok == "@":
            out.append(rng.choice("ADEFHNPRTWXY"))
        elif tok.startswith("{"):
            body = tok[1:-1]
            if re.fullmatch(r"\d-\d", body):
                body = "".join(str(i) for i in range(int(body[0]), int(body[2]) + 1))
            out.append(rng.choice(body))
        else:
            out.append(tok)
    return "".join(out)


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


@dataclass
class Person:
    first: str
    last: str
    female: bool
    cc: str  # where the name comes from


class Gen:
    """Random values for one record of one half; remembers the countries used and whether this record carries
    a phone, e-mail or birth date (about one positive record in three does)."""

    def __init__(self, rng: random.Random, half: str, lang: str = "en"):
        self.rng, self.half, self.lang = rng, half, lang
        self.extra = rng.random() < 0.36
        self.countries: list[str] = []
        self._taken: set[str] = set()

    def pick(self, seq):
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def cc(self, among=None) -> str:
        if among is None and self.lang != "en":
            among = LANG_COUNTRIES[self.lang]
        return self.pick(among or CCS)

    # -- people
    def person(self, cc: str, female: bool | None = None, local: float = 0.8) -> Person:
        """Someone living in ``cc``: mostly a local name, sometimes a family from elsewhere."""
        src = cc if self.chance(local) else self.pick(CCS)
        if female is None:
            female = self.chance(0.5)
        for attempt in range(60):
            if attempt == 30:  # this country's names are used up in this record: a family from elsewhere
                src = self.pick([x for x in CCS if x != src])
            c = COUNTRIES[src]
            f = self.pick(_split(c.women if female else c.men, self.half))
            s = self.pick(_split(c.last, self.half))
            if f not in self._taken and s not in self._taken:
                break
        self._taken |= {f, s}
        return Person(f, s, female, src)

    def name(self, p: Person, style: str = "full") -> str:
        v = {
            "full": f"{p.first} {p.last}",
            "lf": f"{p.last}, {p.first}",
            "first": p.first,
            "last": p.last,
            "upper": f"{p.last.upper()} {p.first}",
            "low": f"{p.first} {p.last}".lower(),
            "init": f"{p.first[0]}. {p.last}",
        }[style]
        return mk("PERSON", v)

    def title(self, p: Person, lang: str = "en") -> str:
        f = p.female
        return {
            "en": self.pick(("Mrs", "Ms")) if f else "Mr",
            "de": "Frau" if f else "Herr",
            "fr": "Mme" if f else "M.",
            "es": "Sra." if f else "Sr.",
            "it": "Sig.ra" if f else "Sig.",
            "nl": "mevrouw" if f else "meneer",
            "pt": "D." if f else "Sr.",
            "pl": "Pani" if f else "Pan",
        }[lang]

    def mr(self, p: Person, lang: str = "en") -> str:
        return f"{self.title(p, lang)} {self.name(p, 'last')}"

    def nick(self) -> str:
        v = self.pick(_split(NICKS, self.half))
        self._taken.add(v)
        return mk("PERSON", v)

    # -- places
    def _town(self, cc: str) -> tuple[str, str, str]:
        t, reg, pc = self.pick(_split(COUNTRIES[cc].towns, self.half))
        return t, reg, _fill(self.rng, pc)

    def town(self, cc: str, region: bool = False) -> str:
        t, reg, _ = self._town(cc)
        self.countries.append(cc)
        return mk("LOCATION", f"{t}, {reg}" if region and reg and cc not in ("KR",) else t)

    def hood(self) -> str:
        n, cc = self.pick(_split(NEIGHBOURHOODS, self.half))
        self.countries.append(cc)
        return mk("LOCATION", n)

    def country(self, cc: str) -> str:
        self.countries.append(cc)
        return mk("LOCATION", COUNTRIES[cc].name.removeprefix("the "))

    def address_lines(self, cc: str) -> list[str]:
        """A postal address as the country writes it, one line each."""
        r, c = self.rng, COUNTRIES[cc]
        st, *more = self.pick(_split(c.streets, self.half)).split("|")
        t, reg, pc = self._town(cc)
        no = str(r.randrange(2, 160))
        self.countries.append(cc)
        pick = self.pick
        if cc == "US":
            if self.chance(0.15):
                return [f"PO Box {r.randrange(100, 9999)}", f"{t}, {reg} {pc}"]
            unit = pick(("", "", f", Apt {r.randrange(1, 40)}{pick('ABCD')}", f" Unit {r.randrange(2, 20)}"))
            return [f"{no}{r.randrange(0, 10)} {st}{unit}", f"{t}, {reg} {pc}"]
        if cc == "GB":
            flat = pick(("", "", f"Flat {r.randrange(1, 12)}, ", f"Flat {r.randrange(1, 5)}{pick('ABC')}, "))
            lines = [f"{flat}{no} {st}", t, pc] if self.chance(0.5) else [f"{flat}{no} {st}", f"{t} {pc}"]
            return lines
        if cc == "IE":
            house = pick((f"{no} {st}", f"Apartment {r.randrange(1, 30)}, {st}", f"{no} {st}"))
            return [house, f"{t}, {reg}", pc]
        if cc in ("DE", "CH"):
            extra = pick(("", "", "", f", {r.randrange(1, 5)}. OG" if cc == "DE" else ""))
            return [f"{st} {no}{pick(('', '', 'a', 'b'))}{extra}", f"{pc} {t}"]
        if cc == "AT":
            return [f"{st} {no}/{r.randrange(1, 4)}/{r.randrange(1, 25)}", f"{pc} {t}"]
        if cc == "FR":
            extra = pick(("", "", f", Bât. {pick('ABC')}", f", {r.randrange(1, 7)}e étage"))
            return [f"{no}{pick(('', '', ' bis'))} {st}{extra}", f"{pc} {t}"]
        if cc == "ES":
            return [f"{st} {no}, {r.randrange(1, 9)}º {pick('ABCD')}", f"{pc} {t}"]
        if cc == "IT":
            return [f"{st} {no}{pick(('', '', f', int. {r.randrange(1, 20)}', '/B'))}", f"{pc} {t} ({reg})"]
        if cc == "NL":
            return [f"{st} {no}{pick(('', '', '-2', ' hs', 'A'))}", f"{pc} {t}"]
        if cc == "BE":
            box = pick(("", f" bus {r.randrange(1, 9)}", f" bte {r.randrange(1, 9)}"))
            return [f"{st} {no}{box}", f"{pc} {t}"]
        if cc == "SE":
            return [f"{st} {no}{pick(('', f' lgh {r.randrange(1001, 1404)}'))}", f"{pc} {t}"]
        if cc == "NO":
            return [f"{st} {no}{pick(('', 'B', 'A'))}", f"{pc} {t}"]
        if cc == "DK":
            return [f"{st} {no}, {r.randrange(1, 5)}. {pick(('th.', 'tv.', 'mf.'))}", f"{pc} {t}"]
        if cc == "FI":
            return [f"{st} {no} {pick('ABC')} {r.randrange(1, 40)}", f"{pc} {t}"]
        if cc == "PL":
            return [f"{st} {no}/{r.randrange(1, 60)}", f"{pc} {t}"]
        if cc == "PT":
            return [f"{st} {no}, {r.randrange(1, 6)}.º {pick(('Esq.', 'Dto.', 'Frt.'))}", f"{pc} {t}"]
        if cc == "BR":
            return [
                f"{st}, {no}{r.randrange(0, 10)}, apto {r.randrange(11, 150)} - {more[0]}",
                f"{t} - {reg}",
                f"{pc}",
            ]
        if cc == "MX":
            interior = pick(("", f", Int. {r.randrange(1, 12)}", f" Depto. {r.randrange(101, 504)}"))
            return [f"{st} {no}{r.randrange(0, 10)}{interior}, {more[0]}", f"{pc} {t}, {reg}"]
        if cc == "IN":
            building, landmark, locality = st, more[0], more[1]
            flat = pick(
                (
                    f"Flat {r.randrange(1, 9)}0{r.randrange(1, 8)}",
                    f"B-{r.randrange(101, 1204)}",
                    f"House No. {r.randrange(2, 90)}",
                )
            )
            return [f"{flat}, {building}", f"{landmark}, {locality}", f"{t}, {reg} {pc}"]
        if cc == "JP":
            area, building = st, more[0]
            block = f"{r.randrange(1, 6)}-{r.randrange(1, 30)}-{r.randrange(1, 20)}"
            return [f"{building} {r.randrange(1, 9)}0{r.randrange(1, 9)}, {block} {area}", f"{t}, {reg} {pc}"]
        if cc == "KR":
            apt = f"Apt {r.randrange(101, 120)}-{r.randrange(2, 25)}0{r.randrange(1, 5)}"
            road = f"{no} {st}" + pick(("", f" {r.randrange(2, 40)}-gil"))
            return [f"{apt}, {road}, {reg}", f"{t} {pc}"]
        if cc == "AU":
            if self.chance(0.15):
                return [f"PO Box {r.randrange(10, 999)}", f"{t} {reg} {pc}"]
            unit = pick(("", "", f"Unit {r.randrange(1, 20)}, ", f"{r.randrange(1, 12)}/"))
            return [f"{unit}{no} {st}", f"{t} {reg} {pc}"]
        if cc == "NG":
            pre = pick((f"Plot {no}, ", f"No. {no}, ", f"{no} "))
            street = f"{pre}{st}" if self.chance(0.6) else f"{pick(('Off', 'Close to'))} {st}, House {no}"
            return [street, more[0], f"{t}, {reg}"]
        if cc == "KE":
            if self.chance(0.4):
                return [f"P.O. Box {r.randrange(1000, 99999)}-{pc}", t]
            return [f"{st}, Apt {pick('ABC')}{r.randrange(1, 12)}, {more[0]}", t]
        if cc == "ZA":
            if self.chance(0.15):
                return [f"PO Box {r.randrange(100, 9999)}", f"{more[0]}", f"{t} {pc}"]
            return [f"{no} {st}", more[0], f"{t} {pc}"]
        if cc == "PH":
            unit = pick(
                (f"Unit {r.randrange(2, 30)}{pick('ABC')}, ", f"Blk {r.randrange(1, 20)} Lot {no}, ", "")
            )
            return [f"{unit}{no} {st}" if not unit.startswith("Blk") else f"{unit}{st}", more[0], f"{t} {pc}"]
        raise KeyError(cc)

    def address(self, cc: str, lines: bool | None = None, country_line: bool = False) -> str:
        """A postal address: one span per line, or one span on one line."""
        parts = self.address_lines(cc)
        if country_line:
            parts.append(
                COUNTRIES[cc].name.removeprefix("the ").upper()
                if self.chance(0.3)
                else COUNTRIES[cc].name.removeprefix("the ")
            )
        if lines is None:
            lines = self.chance(0.5)
        if lines:
            return "\n".join(mk("LOCATION", x) for x in parts)
        return mk("LOCATION", ", ".join(parts))

    # -- contact, birth date (only in the records that carry extras)
    def phone(self, cc: str) -> str:
        nat, intl = COUNTRIES[cc].phone
        return mk("PHONE_NUMBER", _fill(self.rng, intl if self.chance(0.45) else nat))

    def email(self, p: Person, cc: str) -> str:
        f, s = (re.sub(r"[^a-z]", "", _ascii(x).lower()) for x in (p.first, p.last))
        local = self.pick(
            (
                f"{f}.{s}",
                f"{f[0]}{s}",
                f"{f}{s[:3]}{self.rng.randrange(10, 99)}",
                f"{s}.{f}",
                f"{f}_{s}{self.rng.randrange(1970, 2005)}",
            )
        )
        return mk("EMAIL_ADDRESS", f"{local}@{self.pick(COUNTRIES[cc].hosts)}")

    def contact(self, p: Person, cc: str, lang: str = "en", sep: str = "\n") -> str:
        """A phone and/or e-mail line, in the records that carry extras; otherwise nothing."""
        if not self.extra:
            return ""
        lab = {
            "en": ("Phone", "Email"),
            "de": ("Tel.", "E-Mail"),
            "fr": ("Tél.", "Courriel"),
            "es": ("Tel.", "Correo"),
            "it": ("Cell.", "Email"),
            "nl": ("Tel.", "E-mail"),
            "pt": ("Telemóvel", "Email"),
            "pl": ("Tel.", "E-mail"),
        }[lang]
        k = self.rng.randrange(3)
        bits = []
        if k in (0, 2):
            bits.append(f"{lab[0]}: {self.phone(cc)}")
        if k in (1, 2):
            bits.append(f"{lab[1]}: {self.email(p, cc)}")
        return sep + " / ".join(bits)

    def dob(self, cc: str, lang: str = "en", years: tuple[int, int] = (1938, 2006)) -> str:
        r = self.rng
        y, mo, d = r.randrange(*years), r.randrange(1, 13), r.randrange(1, 29)
        if lang in LMONTHS:
            m = LMONTHS[lang][mo - 1]
            v = (
                {"de": f"{d}. {m} {y}", "es": f"{d} de {m} de {y}", "pt": f"{d} de {m} de {y}"}.get(
                    lang, f"{d} {m} {y}"
                )
                if self.chance(0.5)
                else (
                    f"{d:02d}.{mo:02d}.{y}"
                    if lang in ("de", "pl")
                    else f"{d:02d}-{mo:02d}-{y}"
                    if lang == "nl"
                    else f"{d:02d}/{mo:02d}/{y}"
                )
            )
        elif cc in ("US", "PH"):
            v = self.pick((f"{mo:02d}/{d:02d}/{y}", f"{MONTHS[mo - 1]} {d}, {y}"))
        elif cc in ("SE", "JP", "KR", "ZA", "CA"):
            v = self.pick((f"{y}-{mo:02d}-{d:02d}", f"{d} {MONTHS[mo - 1]} {y}"))
        elif cc in ("DE", "AT", "CH", "PL", "NO", "DK", "FI"):
            v = self.pick((f"{d:02d}.{mo:02d}.{y}", f"{d} {MONTHS[mo - 1]} {y}"))
        else:
            v = self.pick(
                (f"{d:02d}/{mo:02d}/{y}", f"{d} {MONTHS[mo - 1]} {y}", f"{d} {MONTHS[mo - 1][:3]} {y}")
            )
        return mk("DATE_OF_BIRTH", v)

    def dob_line(
        self, cc: str, cue: str = "Date of birth", lang: str = "en", years: tuple[int, int] = (1938, 2006)
    ) -> str:
        if not self.extra:
            return ""
        return f"\n{cue}: {self.dob(cc, lang, years)}"

    # -- non-personal
    def ref(self, prefix: str) -> str:
        return f"{prefix}{self.rng.randrange(100000, 999999)}"

    def date(self) -> str:
        d, mo = self.rng.randrange(1, 29), self.rng.randrange(12)
        if self.lang in LMONTHS:
            m = LMONTHS[self.lang][mo]
            return {"de": f"{d}. {m}", "es": f"{d} de {m}", "pt": f"{d} de {m}"}.get(self.lang, f"{d} {m}")
        return f"{d} {MONTHS[mo]}"

    def times(self, n: int) -> list[str]:
        """``n`` chat timestamps of one morning or afternoon, in order."""
        t = self.rng.randrange(7 * 60, 17 * 60)
        out = []
        for _ in range(n):
            out.append(f"{t // 60}:{t % 60:02d}")
            t += self.rng.randrange(1, 9)
        return out

    def time(self) -> str:
        return f"{self.rng.randrange(7, 19)}:{self.pick(('00', '15', '30', '45'))}"

    def office(self) -> str:
        return self.pick(OFFICES)

    def company(self) -> str:
        return self.pick(COMPANIES)


def J(*parts: str) -> str:
    return "\n".join(p for p in parts if p is not None)


# ---------------------------------------------------------------- templates


@dataclass(frozen=True)
class Template:
    name: str
    half: str
    cls: str
    lang: str
    neg_class: str | None
    fn: Callable[[Gen], str]


TEMPLATES: list[Template] = []


def tpl(name: str, half: str, cls: str, lang: str = "en", neg: str | None = None):
    def deco(fn):
        TEMPLATES.append(Template(name, half, neg or cls, lang, neg, fn))
        return fn

    return deco


# ---- dev, English positives


@tpl("d_courier_chat", "dev", "delivery_returns")
def _d_courier_chat(g: Gen) -> str:
    cc = g.cc()
    me, neighbour = g.person(cc), g.person(cc)
    co, t = g.company(), g.times(6)
    return J(
        g.pick(
            (
                "Help me write a firm but polite complaint based on this chat:",
                "Is the courier right here? Chat below, what should I say next?",
                "Summarise this support chat so I can forward it to my landlord",
            )
        ),
        "",
        f"[{t[0]}] {co} Support: Hi, you're chatting with Ops. How can I help?",
        f"[{t[1]}] Me: My parcel shows delivered but nothing arrived. Order for {g.name(me)}, delivery "
        f"address {g.address(cc, lines=False)}.",
        f"[{t[2]}] {co} Support: The driver's note says 'left with neighbour at no. "
        f"{g.rng.randrange(2, 90)}'. Do you know who lives there?",
        f"[{t[3]}] Me: That would be {g.name(neighbour, 'first')}, but {'she' if neighbour.female else 'he'} "
        "has been away all week. The photo shows a door I don't recognise.",
        f"[{t[4]}] {co} Support: I've opened a trace from our {g.office()} depot. It can take 48 hours.",
        f"[{t[5]}] Me: Fine, but please call me before redelivering.{g.contact(me, cc, sep=' ')}",
    )


@tpl("d_tenancy_notice", "dev", "tenancy")
def _d_tenancy_notice(g: Gen) -> str:
    cc = g.cc(("GB", "IE", "US", "AU", "ZA", "NG", "KE", "IN"))
    tenant, landlord = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Can you check this notice is legally sound and polite?",
                "Make this letter to my tenant clearer:",
                "Rewrite this so it sounds less aggressive",
            )
        ),
        "",
        f"Dear {g.mr(tenant)},",
        "",
        f"Re: {g.address(cc, lines=False)}",
        "",
        f"I am writing as your landlord to give notice that I need access to the property on {g.date()} "
        "between 10am and 12pm so that the gas safety inspection can be carried out. The engineer from "
        f"{g.company()} will show identification at the door.",
        "",
        "I also want to remind you that the rent increase we discussed takes effect from next month, and "
        "that "
        "the garden must be kept tidy under clause 7 of the tenancy agreement.",
        "",
        "Kind regards,",
        g.name(landlord),
        g.address(cc, lines=True) if g.chance(0.5) else f"Now living in {g.town(cc)}",
        g.contact(landlord, cc).strip() or None,
    )


@tpl("d_club_newsletter", "dev", "newsletter")
def _d_club_newsletter(g: Gen) -> str:
    cc = g.cc(("GB", "IE", "US", "AU", "ZA", "NG", "KE", "IN", "PH", "DE", "NL", "SE"))
    sec = g.person(cc)
    members = [g.person(cc, local=0.7) for _ in range(g.rng.randrange(3, 6))]
    lines = [f"- {g.name(m, 'lf')} ({g.town(cc)})" for m in members]
    return J(
        g.pick(
            (
                "Proofread our running club newsletter please:",
                "Make this newsletter sound more fun:",
                "Shorten this club newsletter to fit one page",
            )
        ),
        "",
        f"{g.pick(('Harriers', 'Striders', 'Road Runners', 'Trail Club'))} Monthly — {g.pick(MONTHS)} "
        "edition",
        "",
        "Welcome to our new members:",
        *lines,
        "",
        f"Parkrun report: {g.name(members[0], 'first')} smashed a PB at the weekend, and "
        f"{g.name(members[1], 'first')} volunteered as tail walker for the third time.",
        "",
        f"Club kit orders close at the end of the month. Our sponsor {g.company()} has again covered the "
        "cost of the race entry for the relay team.",
        "",
        f"Membership secretary: {g.name(sec)}{g.contact(sec, cc, sep=', ')}",
    )


@tpl("d_relocation_email", "dev", "hr_relocation")
def _d_relocation_email(g: Gen) -> str:
    home, new = g.cc(), g.cc()
    emp, hr = g.person(home), g.person(new)
    return J(
        g.pick(
            (
                "Draft a reply to this relocation request:",
                "Turn this into a checklist for the relocation agent:",
                "What is missing from this relocation brief?",
            )
        ),
        "",
        f"From: {g.name(hr)} (People team)",
        f"Subject: Relocation — {g.name(emp)}",
        "",
        f"Hi all, {g.name(emp, 'first')} has accepted the role in our {g.office()} office and will relocate "
        f"from {g.town(home)} with "
        f"{g.pick(('a partner and two children', 'her partner', 'his family', 'a dog'))}.",
        f"Current home address: {g.address(home, lines=False)}",
        f"Temporary housing requested near {g.hood()} for the first eight weeks.",
        f"Start date is {g.date()}; the removal quote from {g.company()} is attached.{g.contact(emp, home)}"
        f"{g.dob_line(home, 'DOB (for the work permit)')}",
        "",
        f"Thanks, {g.name(hr, 'first')}",
    )


@tpl("d_airport_transfer", "dev", "travel_booking")
def _d_airport_transfer(g: Gen) -> str:
    cc = g.cc()
    lead = g.person(cc)
    kid = g.person(lead.cc, local=1.0)
    kid.last = lead.last
    return J(
        g.pick(
            (
                "Write a booking confirmation email from these details:",
                "Check this transfer booking for mistakes:",
                "Put this booking into a table",
            )
        ),
        "",
        f"Lead passenger: {g.name(lead)}",
        f"Passengers: 2 adults, 1 child ({g.name(kid, 'first')}, age {g.rng.randrange(3, 14)})",
        f"Pickup from home: {g.address(cc, lines=False)}",
        f"Pickup time: {g.time()} on {g.date()}",
        f"Flight: {g.pick(('BA', 'LH', 'KL', 'EK', 'QR', 'TK'))}{g.rng.randrange(100, 999)} to "
        f"{g.pick(('Lisbon', 'Dubai', 'Singapore', 'Toronto', 'Cape Town', 'Reykjavik'))}",
        "Luggage: 3 suitcases, 1 buggy",
        f"Notes: driver to ring the bell, flat is on the top floor.{g.contact(lead, cc)}",
    )


@tpl("d_home_insurance", "dev", "insurance_claim")
def _d_home_insurance(g: Gen) -> str:
    cc = g.cc()
    holder, witness = g.person(cc), g.person(cc)
    incident, seen = g.pick((("water leak from the flat above", "water coming through the ceiling"),
                             ("storm damage to the roof", "tiles in the road"),
                             ("break-in through the back door", "the broken glass"),
                             ("kitchen fire", "smoke from the extractor")))
    return J(
        g.pick(
            (
                "Help me fill in the incident description for my insurance claim:",
                "Improve the wording of this claim, make it factual:",
                "Is anything missing from this claim?",
            )
        ),
        "",
        f"Policy holder: {g.name(holder)}",
        f"Insured property: {g.address(cc, lines=False)}",
        "Incident: "
        + incident
        + f" on {g.date()} at about {g.time()}.",
        f"What happened: I was at work. My neighbour {g.name(witness)} noticed {seen} and called me. The "
        "damage covers the hallway and the living room; I have photos and the tradesman's invoice.",
        f"Insurer: {g.pick(('Kestrel Insurance', 'Allianz', 'AXA', 'Zurich', 'Aviva'))}{g.dob_line(cc)}"
        f"{g.contact(holder, cc)}",
    )


@tpl("d_patient_transport", "dev", "patient_transport")
def _d_patient_transport(g: Gen) -> str:
    cc = g.cc()
    pat, carer = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Write a booking request to the patient transport service from these notes:",
                "Turn my notes into a clear message for the ambulance booking line:",
                "Make these transport notes readable",
            )
        ),
        "",
        f"pt {g.name(pat, 'low')}, needs wheelchair transport for dialysis Mon/Wed/Fri",
        f"collect from {g.address(cc, lines=False)} — ground floor, ramp at the side",
        f"to: {g.pick(('St Luke’s Renal Unit', 'the City Hospital dialysis unit', 'Riverside Clinic'))}, "
        f"appointment {g.time()}",
        f"carer {g.name(carer, 'first')} travels with {'her' if pat.female else 'him'}, key safe code given "
        "on "
        "the phone",
        g.dob_line(cc, "DOB").strip() or None,
        g.contact(carer, cc).strip() or None,
    )


@tpl("d_boiler_ticket", "dev", "field_service")
def _d_boiler_ticket(g: Gen) -> str:
    cc = g.cc()
    cust, eng = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Summarise this job ticket for the engineer:",
                "Write the customer a follow-up from this ticket:",
                "Classify this ticket: urgent or routine?",
            )
        ),
        "",
        f"Ticket {g.ref('FS-')} | {g.company()} field service",
        f"Customer: {g.name(cust, 'lf')}",
        "Site address:",
        g.address(cc, lines=True),
        "Fault: "
        + g.pick(("no hot water, boiler shows F28", "heat pump tripping the breaker",
                  "washing machine leaks during spin", "fibre router has no signal")),
        f"Assigned: {g.name(eng)} — slot {g.date()}, {g.time()}",
        f"Access: parking at the rear, dog in the garden.{g.contact(cust, cc)}",
    )


@tpl("d_wedding_guests", "dev", "event_planning")
def _d_wedding_guests(g: Gen) -> str:
    cc = g.cc()
    a, b = g.person(cc, female=True), g.person(cc, female=False)
    guests = [g.person(cc, local=0.6) for _ in range(3)]
    return J(
        g.pick(
            (
                "Sort this wedding guest list by who needs a hotel:",
                "Write save-the-date texts for these guests:",
                "Which guests are travelling furthest?",
            )
        ),
        "",
        f"Wedding of {g.name(a, 'first')} & {g.name(b, 'first')} — {g.date()}, at "
        f"{g.pick(('the Old Boathouse', 'Villa Rosa', 'the Grand Hotel ballroom', 'Hacienda Las Flores'))}",
        "",
        f"- {g.name(guests[0])} (coming from {g.town(g.cc())}, needs a room)",
        f"- {g.name(guests[1])} + partner, lives in {g.hood()}, will drive",
        f"- {g.name(guests[2], 'lf')} — invitation to: {g.address(cc, lines=False)}",
        f"- {g.nick()} (best man), sorting his own hotel",
        f"Couple's contact for RSVPs:{g.contact(a, cc, sep=' ') or ' via the website'}",
    )


@tpl("d_visa_invitation", "dev", "application")
def _d_visa_invitation(g: Gen) -> str:
    host_cc = g.cc(("GB", "IE", "DE", "FR", "NL", "US", "AU", "SE", "IT", "ES"))
    guest_cc = g.cc(("IN", "NG", "KE", "PH", "BR", "MX", "ZA", "KR", "JP"))
    host, guest = g.person(host_cc), g.person(guest_cc)
    return J(
        g.pick(
            (
                "Write a visa invitation letter from these details:",
                "Check this invitation letter for the embassy:",
                "Make this visa letter more formal",
            )
        ),
        "",
        "To the Visa Section,",
        "",
        f"I, {g.name(host)}, residing at {g.address(host_cc, lines=False)}, invite my "
        f"{g.pick(('sister', 'cousin', 'friend', 'mother-in-law', 'brother'))} {g.name(guest)}, who lives in "
        f"{g.town(guest_cc)}, {g.country(guest_cc)}, to visit me for three weeks from {g.date()}.",
        f"{g.name(guest, 'first')} will stay in my home and I will cover accommodation and food. "
        f"Guest's home address: {g.address(guest_cc, lines=False)}"
        + (f"; date of birth {g.dob(guest_cc)}." if g.extra else "."),
        "Yours faithfully,",
        f"{g.name(host)}{g.contact(host, host_cc)}",
    )


@tpl("d_residents_notice", "dev", "neighbourhood")
def _d_residents_notice(g: Gen) -> str:
    cc = g.cc(("GB", "IE", "US", "AU", "ZA"))
    chair, old, newc = g.person(cc), g.person(cc), g.person(cc)
    st = g.pick(_split(COUNTRIES[cc].streets, g.half)).split("|")[0]
    return J(
        g.pick(
            (
                "Tidy up this residents' association message:",
                "Make this neighbourhood notice friendlier:",
                "Translate this notice into plain English for the WhatsApp group",
            )
        ),
        "",
        f"{st} Residents' Association — notice",
        "",
        f"Please welcome {g.name(newc)}, who has just moved in at "
        f"{g.address(cc, lines=False)} from {g.town(g.cc())}.",
        f"{g.mr(old)} at number {g.rng.randrange(2, 60)} is recovering from a fall; a rota for shopping is "
        f"being organised by {g.name(chair, 'first')}.",
        "The council will resurface the road next month. Cars must be moved by 8am on the day.",
        f"Contact: {g.name(chair)}{g.contact(chair, cc, sep=', ')}",
    )


@tpl("d_found_wallet", "dev", "lost_found")
def _d_found_wallet(g: Gen) -> str:
    cc = g.cc()
    owner, me = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Write a short community post about this:",
                "Help me word a Facebook post to find the owner:",
                "Make this lost-and-found note clearer",
            )
        ),
        "",
        f"Found a {g.pick(('wallet', 'purse', 'set of keys with a blue fob', 'phone in a red case'))} on the "
        f"bus this morning. The card inside says {g.name(owner)}, and there's a library card from "
        f"{g.town(cc)}.",
        f"The driving licence shows {g.address(cc, lines=False)} but I don't want to just turn up.",
        f"I'm {g.name(me, 'first')}, I live near {g.hood()} station and can hand it over there."
        f"{g.contact(me, cc, sep=' ')}",
    )


@tpl("d_car_advert", "dev", "car_sale")
def _d_car_advert(g: Gen) -> str:
    cc = g.cc()
    seller, buyer = g.person(cc), g.person(cc)
    car = g.pick(
        (
            "2016 VW Golf 1.6 TDI",
            "2019 Toyota Yaris Hybrid",
            "2014 Ford Focus estate",
            "2018 Skoda Octavia",
            "2020 Kia Niro",
            "2012 Honda Jazz",
        )
    )
    return J(
        g.pick(
            (
                "Write a reply to this buyer for me:",
                "Is this buyer a scammer?",
                "Make my car advert sound better:",
            )
        ),
        "",
        f"Advert: {car}, {g.rng.randrange(40, 160)}k miles, full service history. Viewing at my home in "
        f"{g.town(cc)}.",
        "",
        f"Message from {g.name(buyer, 'first')}: Hi, is the car still available? I'm in "
        f"{g.town(g.cc())} so it's a long drive, could you send the V5 and the exact address first?",
        "",
        f"My draft: Hi {g.name(buyer, 'first')}, yes it's available. The address is "
        f"{g.address(cc, lines=False)}. Ask for {g.name(seller, 'first')}.{g.contact(seller, cc, sep=' ')}",
    )


# ---- test, English positives


@tpl("t_return_request", "test", "delivery_returns")
def _t_return_request(g: Gen) -> str:
    cc = g.cc()
    buyer = g.person(cc)
    return J(
        g.pick(
            (
                "Rewrite this returns email so the shop actually answers:",
                "Shorten this return request:",
                "Does this return request mention everything the shop needs?",
            )
        ),
        "",
        f"Subject: Return of order {g.ref('#')} — wrong size",
        "",
        "Hello,",
        f"the {g.pick(('trainers', 'winter coat', 'office chair', 'blender', 'rucksack'))} I ordered arrived "
        "in the wrong size. Please send a prepaid label. Collection is easiest from my work, but if the "
        "courier "
        "only collects from the delivery address, it is:",
        "",
        g.name(buyer, "upper" if g.chance(0.3) else "full"),
        g.address(cc, lines=True, country_line=g.chance(0.4)),
        "",
        f"I'm out {g.pick(('Tuesdays', 'most afternoons', 'until the 20th'))}; the parcel can go to "
        f"{g.pick(('the parcel locker', 'the corner shop', 'the kiosk'))} by {g.hood()} station, I pass it "
        f"every day.{g.contact(buyer, cc)}",
        "",
        f"Best, {g.name(buyer, 'first')}",
    )


@tpl("t_flatmate_reference", "test", "tenancy")
def _t_flatmate_reference(g: Gen) -> str:
    cc = g.cc()
    old, agent, ref = g.person(cc), g.person(cc), g.person(g.cc())
    return J(
        g.pick(
            (
                "Write a tenant reference from my notes:",
                "Reply to this letting agent for me, short:",
                "Fix the grammar in this reference request",
            )
        ),
        "",
        f"Letting agent ({g.name(agent)}, "
        f"{g.pick(('Orchard Lane Homes', 'Fernhill Property', 'Foxtons', 'Savills'))}):",
        f'"We are referencing {g.name(old, "full")} for a flat. They state they lived with you at '
        f"{g.address(cc, lines=False)} from {g.rng.randrange(2015, 2022)} to {g.rng.randrange(2022, 2026)}. "
        'Were they reliable with rent? Any damage?"',
        "",
        f"My notes: {g.name(old, 'first')} always paid on time, left the room spotless, moved to "
        f"{g.town(g.cc())} for a new job. Current flatmate {g.name(ref, 'first')} can confirm."
        f"{g.contact(old, cc, sep=' ')}",
    )


@tpl("t_parish_bulletin", "test", "newsletter")
def _t_parish_bulletin(g: Gen) -> str:
    cc = g.cc(("IE", "GB", "US", "PH", "NG", "KE", "IN", "AU", "ZA", "PL", "MX", "BR"))
    priest, a, b = g.person(cc, female=False), g.person(cc), g.person(cc)
    baby = g.person(a.cc, local=1.0)
    baby.last = a.last
    return J(
        g.pick(
            (
                "Format this parish bulletin for printing:",
                "Check this bulletin for typos:",
                "Make the bulletin's notices shorter",
            )
        ),
        "",
        f"ST {g.pick(('BRIGID', 'JOSEPH', 'ANTHONY', 'MARY', 'PATRICK'))}'S PARISH — WEEKLY BULLETIN",
        "",
        "Please pray for the sick of the parish, especially:",
        f"  {g.name(a, 'lf')}, {g.town(cc)}",
        f"  {g.name(b, 'lf')}, {g.town(cc)}",
        "",
        f"Baptism: we welcome {g.name(baby, 'full')}, baptised on Sunday.",
        "",
        f"The collection for the {g.pick(('Christmas hamper', 'Lenten', 'school roof'))} appeal raised a "
        f"record amount. Thanks to all at {g.pick(('the Credit Union', 'the GAA club', 'the scouts'))}.",
        f"Parish office: Fr {g.name(priest, 'last')}{g.contact(priest, cc, sep=', ')}",
    )


@tpl("t_relocation_checklist", "test", "hr_relocation")
def _t_relocation_checklist(g: Gen) -> str:
    home, new = g.cc(), g.cc()
    emp, partner = g.person(home), g.person(home)
    return J(
        g.pick(
            (
                "Make a week-by-week plan from this relocation checklist:",
                "What have I forgotten in my move checklist?",
                "Prioritise this relocation to-do list",
            )
        ),
        "",
        f"moving to {g.town(new)} ({g.country(new)}) — {g.name(emp, 'first')} & {g.name(partner, 'first')}",
        "[x] sign contract with the " + g.office() + " team",
        f"[ ] give notice on flat: {g.address(home, lines=False)}",
        f"[ ] register new address with the town hall: {g.address(new, lines=False)}",
        f"[ ] school places for the kids near {g.hood()}",
        f"[ ] quotes: {g.company()}, plus one local firm",
        f"[ ] forward post (in {g.name(emp, 'full')}'s name){g.contact(emp, home, sep=' ')}",
        g.dob_line(home, "[ ] visa form: DOB").strip() or None,
    )


@tpl("t_rooming_list", "test", "travel_booking")
def _t_rooming_list(g: Gen) -> str:
    people = [(g.cc(), None) for _ in range(g.rng.randrange(3, 5))]
    people = [(cc, g.person(cc)) for cc, _ in people]
    rows = [
        f"{i + 1} | {g.name(p, 'upper' if i % 2 else 'lf')} | {g.town(cc)} | "
        f"{g.pick(('twin', 'double', 'single'))}"
        for i, (cc, p) in enumerate(people)
    ]
    cc0, p0 = people[0]
    return J(
        g.pick(
            (
                "Send this rooming list to the hotel as a formal email:",
                "Count the room types in this list:",
                "Turn this rooming list into a CSV",
            )
        ),
        "",
        f"Group: {g.pick(('choir tour', 'school trip', 'alumni reunion', 'sales kick-off'))} — "
        f"{g.pick(('Hotel Miramar, Porto', 'Hilton Garden Inn, Krakow', 'Radisson Blu, Nairobi'))}",
        "No | Name | Home town | Room",
        *rows,
        f"Organiser: {g.name(p0, 'first')}{g.contact(p0, cc0, sep=', ')}",
    )


@tpl("t_motor_claim", "test", "insurance_claim")
def _t_motor_claim(g: Gen) -> str:
    cc = g.cc()
    me, other = g.person(cc), g.person(cc)
    st = g.pick(_split(COUNTRIES[cc].streets, g.half)).split("|")[0]
    return J(
        g.pick(
            (
                "Write my accident statement for the insurer in the first person:",
                "Make this claim statement clearer, keep the facts:",
                "Turn these notes into a claim description",
            )
        ),
        "",
        f"- {g.date()}, around {g.time()}, junction of {st} and the high street, right by my house in "
        f"{g.town(cc)}",
        f"- other driver {g.name(other)} reversed out of a driveway into my passenger door",
        f"- {'she' if other.female else 'he'} gave an address: {g.address(cc, lines=False)}",
        f"- my details: {g.name(me)}, {g.address(cc, lines=False)}{g.contact(me, cc, sep=', ')}",
        "- dashcam footage saved, police not called, nobody injured",
        g.dob_line(cc, "- DOB (policy holder)").strip() or None,
    )


@tpl("t_dialysis_schedule", "test", "patient_transport")
def _t_dialysis_schedule(g: Gen) -> str:
    cc = g.cc()
    pats = [g.person(cc) for _ in range(g.rng.randrange(2, 4))]
    rows = [
        f"{g.time()} | {g.name(p, 'lf')} | {g.address(cc, lines=False)} | "
        f"{g.pick(('walks with frame', 'wheelchair', 'stretcher', 'escort needed'))}"
        for p in pats
    ]
    return J(
        g.pick(
            (
                "Plan the driver's route from this pickup list:",
                "Check these patient pickups for clashes:",
                "Format this pickup list as a message to the driver",
            )
        ),
        "",
        f"{g.pick(('Meridian Care Transport', 'County NEPTS', 'Tidewell Health'))} — pickups for {g.date()}",
        "time | patient | pickup | mobility",
        *rows,
        f"Return trips after {g.pick(('dialysis', 'chemo', 'physio'))} as "
        f"usual.{g.dob_line(cc, 'DOB of first patient')}"
        f"{g.contact(pats[0], cc)}",
    )


@tpl("t_installer_dispatch", "test", "field_service")
def _t_installer_dispatch(g: Gen) -> str:
    cc = g.cc()
    tech = g.person(cc)
    jobs = [g.person(cc) for _ in range(2)]
    return J(
        g.pick(
            (
                "Write the SMS to each customer confirming the visit:",
                "Which of these jobs should go first?",
                "Draft a dispatch summary for the technician",
            )
        ),
        "",
        f"Dispatch — technician: {g.name(tech)}",
        f"Job 1: {g.pick(('solar inverter fault', 'fibre install', 'dishwasher repair', 'alarm service'))}. "
        f"{g.mr(jobs[0])}, {g.address(cc, lines=False)}. Window {g.time()}.",
        f"Job 2: {g.pick(('smart meter swap', 'EV charger install', 'fridge not cooling'))}. "
        f"{g.name(jobs[1], 'full')}, {g.address(cc, lines=False)}. Window {g.time()}.",
        f"Note: customer in job 2 works from home in {g.hood()} on Fridays; ring "
        f"ahead.{g.contact(jobs[1], cc)}",
    )


@tpl("t_birthday_rsvps", "test", "event_planning")
def _t_birthday_rsvps(g: Gen) -> str:
    cc = g.cc()
    host = g.person(cc)
    f1, f2, f3 = g.person(cc), g.person(g.cc()), g.person(cc)
    return J(
        g.pick(
            (
                "Who still hasn't replied? Here are the RSVPs:",
                "Write a reminder for the people who haven't answered:",
                "Make a seating plan from these replies",
            )
        ),
        "",
        f"{g.name(host, 'first')}'s 40th — RSVPs so far",
        f"{g.name(f1, 'first')}: yes!! coming down from {g.town(cc)} on the Friday",
        f"{g.name(f2, 'low')}: maybe, we're in {g.town(f2.cc)} now so depends on flights",
        f"{g.name(f3, 'first')}: can't make it, sorry x",
        f"{g.nick()} (from the old job): in! is it still at yours?" if g.chance(0.6) else None,
        f"venue: the back room at {g.pick(('The Crown', 'Café Central', 'the rugby club'))}",
        f"gifts can go to {g.address(cc, lines=False)}{g.contact(host, cc, sep=' — ')}",
    )


@tpl("t_school_admission", "test", "application")
def _t_school_admission(g: Gen) -> str:
    cc = g.cc()
    parent = g.person(cc)
    child = g.person(parent.cc, local=1.0)
    child.last = parent.last
    return J(
        g.pick(
            (
                "Help me answer the 'reasons for applying' box on this form:",
                "Check this school form before I submit it:",
                "Summarise this application in two lines",
            )
        ),
        "",
        "SCHOOL ADMISSION — APPLICATION FORM",
        f"Child's name: {g.name(child, 'full')}",
        g.dob_line(cc, "Child's date of birth", years=(2012, 2021)).strip() or None,
        f"Home address: {g.address(cc, lines=False)}",
        f"Parent/guardian: {g.name(parent, 'full')}",
        "Previous school: "
        f"{g.pick(('Greenfield Primary', 'St Anne’s National School', 'Escola Básica n.º 2'))}, "
        f"{g.town(cc)}",
        f"Reason: we are moving from {g.town(g.cc())} and the school is a ten-minute walk from our new home."
        f"{g.contact(parent, cc)}",
    )


@tpl("t_street_group", "test", "neighbourhood")
def _t_street_group(g: Gen) -> str:
    cc = g.cc()
    a, b, c = g.person(cc), g.person(cc), g.person(cc)
    t = g.times(4)
    return J(
        g.pick(
            (
                "Summarise what our street group agreed:",
                "Write a friendly reply to this group chat:",
                "What did people decide about the bins?",
            )
        ),
        "",
        f"[{t[0]}] {g.name(a, 'first')}: anyone else's bins not collected? the van skipped our side",
        f"[{t[1]}] {g.name(b, 'first')}: same at no. {g.rng.randrange(2, 80)}. also a parcel for "
        f"{g.name(c, 'full')} came to me, are you at {g.address(cc, lines=False)}?",
        f"[{t[2]}] {g.name(c, 'first')}: yes that's me! I'll grab it tonight",
        f"[{t[3]}] {g.name(a, 'first')}: I've reported it to the council. Also street party "
        "planning on Sunday at mine, ring me if you want to help" + g.contact(a, cc, sep=" — "),
    )


@tpl("t_lost_cat", "test", "lost_found")
def _t_lost_cat(g: Gen) -> str:
    cc = g.cc()
    owner = g.person(cc)
    pet = g.pick(("Mochi", "Biscuit", "Pepper", "Luna", "Ziggy"))
    return J(
        g.pick(
            (
                "Make a LOST poster from this:",
                "Write a short Nextdoor post from this text:",
                "Make this missing-pet post more eye-catching",
            )
        ),
        "",
        f"our cat {pet} is missing since {g.date()}, grey tabby, white socks, microchipped. last seen in "
        f"the gardens behind {g.address(cc, lines=False)}.",
        f"we live in {g.hood()} but {pet} wanders. please check sheds and garages.",
        f"if found, please contact {g.name(owner, 'full')}{g.contact(owner, cc, sep=' — ')}",
    )


@tpl("t_new_keeper", "test", "car_sale")
def _t_new_keeper(g: Gen) -> str:
    cc = g.cc()
    seller, buyer = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Write a simple receipt for the sale of my car:",
                "Check this car sale receipt:",
                "Make a bill of sale from these details",
            )
        ),
        "",
        f"Vehicle: {g.pick(('Mazda MX-5', 'Renault Clio', 'Hyundai i30', 'BMW 320d', 'Fiat 500'))}, "
        f"reg {g.pick(('LK', 'YR', 'BD'))}{g.rng.randrange(10, 70)} "
        f"{''.join(g.pick('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
        f"Seller: {g.name(seller, 'lf')}, {g.address(cc, lines=False)}",
        f"Buyer (new keeper): {g.name(buyer, 'lf')}, {g.address(cc, lines=False)}",
        f"Price paid in full by bank transfer on {g.date()}. Sold as seen.{g.contact(buyer, cc)}",
        g.dob_line(cc, "Buyer DOB (for the insurance)").strip() or None,
    )


# ---- local languages (one template per language and half)


@tpl("d_mietwohnung_de", "dev", "tenancy", lang="de")
def _d_mietwohnung_de(g: Gen) -> str:
    cc = g.cc()
    mieter, verm = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Formuliere diese Nachricht an meine Vermieterin höflicher:",
                "Ist dieses Schreiben an den Vermieter so in Ordnung?",
                "Translate this message to my landlord into English",
            )
        ),
        "",
        f"Sehr geehrte{'' if verm.female else 'r'} {g.mr(verm, 'de')},",
        "",
        f"in meiner Wohnung {g.address(cc, lines=False)} tropft seit dem {g.date()} Wasser aus der Decke im "
        "Bad. Ich habe die Hausverwaltung bereits informiert, aber noch keine Antwort erhalten.",
        "Bitte schicken Sie bis Ende der Woche einen Handwerker. Meine Nachbarin "
        f"{g.name(g.person(cc, female=True))} aus "
        "dem zweiten Stock hat den gleichen Schaden.",
        "",
        "Mit freundlichen Grüßen",
        g.name(mieter),
        g.contact(mieter, cc, "de").strip() or None,
    )


@tpl("t_paket_de", "test", "delivery_returns", lang="de")
def _t_paket_de(g: Gen) -> str:
    cc = g.cc()
    ich, nachbar = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Schreib eine kurze Beschwerde an den Paketdienst:",
                "Fass diesen Chat mit dem Kundenservice zusammen:",
                "Was soll ich dem Paketdienst antworten?",
            )
        ),
        "",
        f"Kundenservice: Ihre Sendung wurde am {g.date()} bei einem Nachbarn abgegeben.",
        f"Ich: Bei wem denn? Ich wohne {g.address(cc, lines=False)} und habe keine Karte bekommen.",
        f"Kundenservice: Laut Zusteller bei {'Frau' if nachbar.female else 'Herrn'} "
        f"{g.name(nachbar, 'last')}, "
        "Erdgeschoss.",
        f"Ich: Den Namen kenne ich nicht. Ich bin erst letzten Monat aus {g.town(g.cc())} hergezogen.",
        "Kundenservice: Wir leiten einen Nachforschungsauftrag ein. Name des Empfängers?",
        f"Ich: {g.name(ich)}{g.contact(ich, cc, 'de', sep=', ')}",
    )


@tpl("d_sinistre_fr", "dev", "insurance_claim", lang="fr")
def _d_sinistre_fr(g: Gen) -> str:
    cc = g.cc()
    assure, voisin = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Aide-moi à rédiger la déclaration de sinistre pour mon assureur :",
                "Corrige cette déclaration de dégât des eaux :",
                "Rends cette déclaration plus claire et factuelle",
            )
        ),
        "",
        f"Assuré : {g.name(assure)}",
        f"Adresse du logement sinistré : {g.address(cc, lines=False)}",
        f"Le {g.date()}, vers {g.time().replace(':', 'h')}, une fuite provenant de l'appartement du dessus, "
        f"occupé par {g.mr(voisin, 'fr')}, a endommagé le plafond de la cuisine et le parquet du séjour.",
        "Un constat amiable a été rempli avec le voisin. Les photos et le devis du plombier sont joints.",
        (g.dob_line(cc, "Date de naissance", "fr").strip() or None),
        (g.contact(assure, cc, "fr").strip() or None),
    )


@tpl("t_voisins_fr", "test", "neighbourhood", lang="fr")
def _t_voisins_fr(g: Gen) -> str:
    cc = g.cc()
    a, b, pres = g.person(cc), g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Reformule ce message pour le groupe des voisins :",
                "Résume ce message du syndic bénévole :",
                "Translate this neighbours' message into English",
            )
        ),
        "",
        "Bonjour à tous,",
        f"nous accueillons {g.name(a)} et sa famille, arrivés de {g.town(g.cc())} et installés au "
        f"{g.address(cc, lines=False)}.",
        f"{g.mr(b, 'fr')}, au rez-de-chaussée, cherche quelqu'un pour arroser ses plantes en août.",
        "La fête des voisins aura lieu dans la cour le premier samedi de juin ; chacun apporte un plat.",
        f"Bien à vous, {g.name(pres, 'first')}, pour le conseil "
        f"syndical{g.contact(pres, cc, 'fr', sep=' — ')}",
    )


@tpl("d_traslado_es", "dev", "hr_relocation", lang="es")
def _d_traslado_es(g: Gen) -> str:
    cc, nuevo = g.cc(), g.cc(("ES", "MX"))
    emp, rrhh = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Redacta una respuesta a este correo de traslado:",
                "Resume este correo de recursos humanos:",
                "Make this relocation email shorter, keep it in Spanish",
            )
        ),
        "",
        f"De: {g.name(rrhh)} (Recursos Humanos)",
        f"Asunto: Traslado de {g.name(emp)}",
        "",
        f"Hola, {g.name(emp, 'first')} se traslada desde {g.town(cc)} a {g.town(nuevo)} el {g.date()} para "
        f"incorporarse a la oficina de {g.pick(('Madrid', 'Barcelona', 'Monterrey', 'Bogotá'))}.",
        f"Su domicilio actual es {g.address(cc, lines=False)}; la empresa de mudanzas necesita el acceso "
        "al garaje.",
        f"Por favor, reservad un piso temporal cerca del trabajo.{g.contact(emp, cc, 'es')}",
    )


@tpl("t_objeto_perdido_es", "test", "lost_found", lang="es")
def _t_objeto_perdido_es(g: Gen) -> str:
    cc = g.cc()
    dueno, yo = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Escribe un anuncio corto para el grupo del barrio:",
                "Mejora este mensaje de objeto encontrado:",
                "Haz este aviso más claro",
            )
        ),
        "",
        "Esta mañana encontré "
        f"{g.pick(('una cartera marrón', 'unas llaves con un llavero rojo', 'un móvil con funda azul'))}"
        f" en el parque. Dentro hay un carné a nombre de {g.name(dueno)}, con domicilio en "
        f"{g.address(cc, lines=False)}, así que supongo que vive cerca.",
        f"Soy {g.name(yo, 'first')}, vivo en {g.town(cc)} y puedo entregarlo en la panadería de la esquina."
        f"{g.contact(yo, cc, 'es', sep=' ')}",
    )


@tpl("d_matrimonio_it", "dev", "event_planning", lang="it")
def _d_matrimonio_it(g: Gen) -> str:
    cc = g.cc()
    sposa, sposo = g.person(cc, female=True), g.person(cc, female=False)
    ospiti = [g.person(cc), g.person(cc), g.person(cc, female=True)]
    return J(
        g.pick(
            (
                "Organizza questa lista invitati per tavoli:",
                "Scrivi i messaggi per gli invitati che devono ancora rispondere:",
                "Controlla questa lista degli invitati",
            )
        ),
        "",
        f"Matrimonio {g.name(sposa, 'first')} e {g.name(sposo, 'first')} — {g.date()}",
        f"- {g.name(ospiti[0])}, arriva da {g.town(cc)}, serve camera",
        f"- {g.name(ospiti[1], 'lf')}, partecipazione da spedire a: {g.address(cc, lines=False)}",
        f"- zia {g.name(ospiti[2], 'first')}, abita a {g.town(cc)}, viene in macchina",
        f"Referente: {g.name(sposa)}{g.contact(sposa, cc, 'it', sep=', ')}",
    )


@tpl("t_intervento_it", "test", "field_service", lang="it")
def _t_intervento_it(g: Gen) -> str:
    cc = g.cc()
    cliente, tecnico = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Riassumi questo ticket di assistenza per il tecnico:",
                "Scrivi al cliente per confermare l'appuntamento:",
                "Questo intervento è urgente?",
            )
        ),
        "",
        f"Ticket {g.ref('AT-')} — caldaia in blocco, niente acqua calda",
        f"Cliente: {g.name(cliente, 'lf')}",
        "Indirizzo:",
        g.address(cc, lines=True),
        f"Tecnico assegnato: {g.name(tecnico)}, {g.date()} ore {g.time()}",
        f"Note: citofono rotto, chiamare all'arrivo.{g.contact(cliente, cc, 'it')}",
    )


@tpl("d_auto_verkoop_nl", "dev", "car_sale", lang="nl")
def _d_auto_verkoop_nl(g: Gen) -> str:
    cc = g.cc()
    verkoper, koper = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Schrijf een antwoord aan deze koper:",
                "Is dit bericht van een oplichter?",
                "Maak mijn advertentie aantrekkelijker",
            )
        ),
        "",
        f"Advertentie: {g.pick(('Volkswagen Polo 2017', 'Opel Corsa 2015', 'Toyota Aygo 2019'))}, APK tot "
        f"volgend jaar, te bezichtigen in {g.town(cc)}.",
        f"Bericht van {g.name(koper, 'first')}: Hoi, ik woon in {g.town(g.cc())}, kan ik vandaag komen "
        "kijken?",
        f"Mijn concept: Hoi {g.name(koper, 'first')}, prima. Het adres is {g.address(cc, lines=False)}. "
        f"Vraag naar {g.name(verkoper, 'first')}.{g.contact(verkoper, cc, 'nl', sep=' ')}",
    )


@tpl("t_huurwoning_nl", "test", "tenancy", lang="nl")
def _t_huurwoning_nl(g: Gen) -> str:
    cc = g.cc()
    huurder, verhuurder = g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Maak deze brief aan de verhuurder zakelijker:",
                "Vat deze klacht over de huurwoning samen:",
                "Translate this letter to my landlord into English",
            )
        ),
        "",
        f"Beste {g.name(verhuurder, 'full')},",
        "",
        f"Sinds {g.date()} is er schimmel in de slaapkamer van de woning aan de "
        f"{g.address(cc, lines=False)}. "
        "Ik heb de ramen elke dag open, maar het wordt erger.",
        "Graag hoor ik binnen twee weken wanneer de aannemer langs kan komen.",
        "",
        "Met vriendelijke groet,",
        g.name(huurder),
        g.contact(huurder, cc, "nl").strip() or None,
    )


@tpl("d_transporte_doente_pt", "dev", "patient_transport", lang="pt")
def _d_transporte_doente_pt(g: Gen) -> str:
    cc = g.cc()
    doente, filha = g.person(cc), g.person(cc, female=True)
    return J(
        g.pick(
            (
                "Escreve um pedido de transporte de doentes com estas notas:",
                "Organiza estas notas para a marcação da ambulância:",
                "Torna este pedido mais claro",
            )
        ),
        "",
        f"doente: {g.name(doente)}, precisa de cadeira de rodas",
        f"recolha em casa: {g.address(cc, lines=False)}",
        f"destino: {g.pick(('Hospital de São João', 'Hospital das Clínicas', 'Centro de Saúde'))}, consulta "
        f"às {g.time()}",
        f"acompanhante: a filha, {g.name(filha, 'first')}",
        g.dob_line(cc, "data de nascimento", "pt").strip() or None,
        g.contact(filha, cc, "pt").strip() or None,
    )


@tpl("t_candidatura_pt", "test", "application", lang="pt")
def _t_candidatura_pt(g: Gen) -> str:
    cc = g.cc()
    mae = g.person(cc, female=True)
    aluno = g.person(mae.cc, local=1.0)
    aluno.last = mae.last
    return J(
        g.pick(
            (
                "Ajuda-me a escrever a carta de motivação para esta candidatura:",
                "Revê este formulário de matrícula:",
                "Resume esta candidatura",
            )
        ),
        "",
        "FICHA DE INSCRIÇÃO",
        f"Nome do aluno: {g.name(aluno)}",
        g.dob_line(cc, "Data de nascimento", "pt", years=(2008, 2020)).strip() or None,
        f"Morada: {g.address(cc, lines=False)}",
        f"Encarregada de educação: {g.name(mae)}",
        f"Motivo: a família mudou-se de {g.town(g.cc())} e a escola fica perto de casa."
        f"{g.contact(mae, cc, 'pt')}",
    )


@tpl("d_gazetka_pl", "dev", "newsletter", lang="pl")
def _d_gazetka_pl(g: Gen) -> str:
    cc = g.cc()
    ks, a, b = g.person(cc, female=False), g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Popraw błędy w tej gazetce parafialnej:",
                "Skróć te ogłoszenia parafialne:",
                "Translate these parish notices into English",
            )
        ),
        "",
        "OGŁOSZENIA PARAFIALNE",
        f"1. Polecamy modlitwie chorych: {g.name(a, 'lf')} ({g.town(cc)}), {g.name(b, 'lf')} ({g.town(cc)}).",
        f"2. Sakrament chrztu przyjmie w niedzielę dziecko państwa {g.name(a, 'last')}.",
        "3. Zbiórka na remont dachu kościoła w przyszłą niedzielę. Bóg zapłać za ofiary.",
        f"4. Kancelaria parafialna: ks. {g.name(ks)}{g.contact(ks, cc, 'pl', sep=', ')}",
    )


@tpl("t_wycieczka_pl", "test", "travel_booking", lang="pl")
def _t_wycieczka_pl(g: Gen) -> str:
    cc = g.cc()
    org, u1, u2 = g.person(cc), g.person(cc), g.person(cc)
    return J(
        g.pick(
            (
                "Przygotuj potwierdzenie rezerwacji na podstawie tych danych:",
                "Sprawdź tę listę uczestników wycieczki:",
                "Zrób z tego tabelę",
            )
        ),
        "",
        f"Wycieczka do {g.pick(('Zakopanego', 'Wiednia', 'Pragi'))} — lista uczestników",
        f"1. {g.name(u1, 'lf')}, {g.town(cc)}",
        f"2. {g.name(u2, 'lf')}, {g.town(cc)}",
        f"Odbiór autokarem spod domu organizatora: {g.address(cc, lines=False)}, godz. {g.time()}",
        f"Organizator: {g.name(org)}{g.contact(org, cc, 'pl', sep=', ')}",
    )


# ---- negatives: places, people-named things and public figures as topics (written by hand)

# class: (instructions, sentences); even entries dev, odd test
NEG_BANKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "travel_guide": (
        (
            "Turn this into a three-day itinerary:",
            "Make this travel guide paragraph punchier:",
            "Summarise this guide for a family with teenagers:",
            "Translate this guide excerpt into simple English:",
        ),
        (
            "Lisbon's Alfama district is best explored on foot early in the morning, before the tram 28 "
            "queues "
            "build up.",
            "From Kyoto Station, the JR Nara line reaches Fushimi Inari in five minutes; go at dawn to avoid "
            "the "
            "crowds.",
            "In Edinburgh, the climb up Arthur's Seat takes about forty-five minutes from Holyrood Palace.",
            "Cape Town's Kirstenbosch garden hosts sunset concerts on Sunday evenings from November to "
            "April.",
            "The Ring of Kerry is a 179-kilometre loop; coaches drive it anti-clockwise, so cyclists often "
            "go "
            "the other way.",
            "Oaxaca's Mercado 20 de Noviembre has a smoke-filled grill hall where you pick raw meat and have "
            "it "
            "cooked on the spot.",
            "Bergen's Fløibanen funicular runs every fifteen minutes and the view over the harbour is worth "
            "the "
            "ticket.",
            "Hanoi's Old Quarter streets were once named after the goods sold there: silk, paper, silver and "
            "tin.",
            "Busan's Gamcheon Culture Village is a hillside of painted houses reached by a steep bus ride "
            "from "
            "Toseong station.",
            "Mombasa's Fort Jesus was built by the Portuguese in the 1590s and is now a museum.",
        ),
    ),
    "history": (
        (
            "Summarise this history text for a Year 9 class:",
            "Make five quiz questions from this:",
            "Check the dates in this paragraph:",
            "Rewrite this history note in plain English:",
        ),
        (
            "The Berlin Wall fell on 9 November 1989, after a botched announcement at a press conference.",
            "The Great Fire of London began in a bakery on Pudding Lane in September 1666.",
            "Lagos served as Nigeria's capital until 1991, when the government moved to Abuja.",
            "The Treaty of Tordesillas of 1494 divided newly found lands between Castile and Portugal.",
            "Kraków's Wawel Castle was the seat of Polish kings for over five centuries.",
            "The Meiji Restoration of 1868 moved the imperial capital from Kyoto to Tokyo.",
            "The Dutch East India Company was founded in Amsterdam in 1602 and paid dividends for almost two "
            "centuries.",
            "Brasília was built from scratch in the late 1950s and became Brazil's capital in 1960.",
            "The Easter Rising of 1916 was centred on the General Post Office on O'Connell Street in Dublin.",
            "Soweto was the scene of the student uprising of June 1976 against teaching in Afrikaans.",
        ),
    ),
    "weather": (
        (
            "Write a short weather update for our team chat from this:",
            "Summarise this forecast in one line:",
            "Is it safe to travel, based on this forecast?",
            "Turn this forecast into a tweet:",
        ),
        (
            "Heavy rain is expected across Cork and Kerry tonight, with a yellow warning until 9am.",
            "Temperatures in Seville will reach 43 degrees on Thursday; avoid outdoor work in the afternoon.",
            "Snow is forecast above 800 metres in the Alps, and the Brenner motorway may see chains "
            "required.",
            "Mumbai's monsoon is running late this year; the weather department expects it by mid-June.",
            "A cold front will bring gusts of up to 90 km/h to the Dutch coast on Saturday.",
            "Melbourne can see four seasons in one day: pack a jacket even if the morning is sunny.",
            "Typhoon warnings are up for Okinawa and ferries to the outer islands are cancelled.",
            "Fog will delay flights at Frankfurt this morning; check with your airline before travelling.",
            "Nairobi's long rains usually start in late March and bring afternoon thunderstorms.",
            "Helsinki will stay below minus ten all week, with clear skies and hardly any wind.",
        ),
    ),
    "news": (
        (
            "Summarise these headlines in three bullets:",
            "Which of these stories matter for a logistics company?",
            "Rewrite these headlines neutrally:",
            "Make a morning briefing from these items:",
        ),
        (
            "Flooding closed the main rail line between Porto and Lisbon for a second day.",
            "The city of Hamburg approved a new tram line to the airport, due to open in 2031.",
            "Chennai's metro extension opened to passengers on Monday after six years of works.",
            "Rents in Dublin rose again in the last quarter, according to the national housing report.",
            "A water main burst in central Johannesburg, leaving several suburbs without supply overnight.",
            "Toronto's city council voted to allow small apartment buildings on residential streets.",
            "A strike by port workers in Rotterdam delayed container ships for most of the week.",
            "Manila's new subway is running trial trips between Valenzuela and Quezon Avenue.",
            "A wildfire near Marseille forced the evacuation of campsites along the coast.",
            "Seoul will offer free public transport passes to residents under twenty-five.",
        ),
    ),
    "sport_results": (
        (
            "Write a match report from these results:",
            "Make a short results summary for the club website:",
            "Turn these results into a league table update:",
            "Summarise the weekend's results:",
        ),
        (
            "Liverpool beat Newcastle 3-1 at Anfield; the home side scored twice in the last ten minutes.",
            "Bayern Munich drew 2-2 with Borussia Dortmund in a thrilling Klassiker.",
            "The All Blacks beat Ireland 24-19 in Auckland, ending a run of three defeats.",
            "Real Madrid won 2-0 in Valencia to go four points clear at the top of La Liga.",
            "Kenya's runners took the first four places in the Berlin Marathon women's race.",
            "Ajax lost 1-0 away to PSV and drop to fifth in the Eredivisie.",
            "India chased down 287 against Australia in Mumbai with two overs to spare.",
            "Benfica came from behind to beat Porto 2-1 at the Estádio da Luz.",
            "The Springboks beat England 27-22 at Twickenham in the autumn international.",
            "Galatasaray won the Istanbul derby 2-1 and lead the Süper Lig by six points.",
        ),
    ),
    "company_office": (
        (
            "Write an announcement about our new office from these notes:",
            "Summarise this facilities update:",
            "Make this office move announcement friendlier:",
            "Turn this into an internal FAQ:",
        ),
        (
            "Our Berlin office moves to a new floor in the Factory building on the first of next month.",
            "The Dublin team will work from home on Friday while the heating system is replaced.",
            "Siemens has its headquarters in Munich, while SAP is based in Walldorf.",
            "The Lisbon hub now hosts customer support for Portugal, Spain and Brazil.",
            "Our Singapore office is the regional base for all Asia-Pacific sales.",
            "Spotify was founded in Stockholm and still has its largest engineering office there.",
            "The Nairobi branch will open its new training centre in Westlands next quarter.",
            "Infosys is headquartered in Bengaluru and runs a large campus in Mysuru.",
            "Parking at the Amsterdam office is limited; please use the train to Zuidas.",
            "Our Toronto and Austin offices will share one support rota over the holidays.",
        ),
    ),
    "street_brand": (
        (
            "Write a product description from these notes:",
            "Which of these brands are British?",
            "Make this shopping guide shorter:",
            "Write ad copy based on this:",
        ),
        (
            "Savile Row tailoring is famous for bespoke suits cut by hand.",
            "Abbey Road Studios now offers a mixing course for home producers.",
            "The Wall Street Journal raised its subscription price again.",
            "Carnaby Street is lined with independent fashion shops and murals.",
            "A new Fifth Avenue flagship store opened for the holiday season.",
            "Penny Lane is the name of the café's house blend, roasted in small batches.",
            "Champs-Élysées perfume gift sets are half price this week.",
            "Harley Street clinics charge more than most private hospitals.",
            "Rodeo Drive sunglasses are the designer's top seller this year.",
            "Bourbon Street hot sauce is sold in every supermarket in the region.",
        ),
    ),
    "named_after_person": (
        (
            "Explain who these places are named after:",
            "Make a pub quiz round from this:",
            "Shorten this trivia list:",
            "Fact-check these statements:",
        ),
        (
            "Charles de Gaulle airport is the busiest in France.",
            "The Nobel Prize in Literature is announced in October each year.",
            "King's Cross station was named after a monument to George IV that stood there briefly.",
            "The Rockefeller Center Christmas tree is lit at the end of November.",
            "Nelson Mandela Square in Sandton has a six-metre bronze statue of him.",
            "The Booker Prize shortlist has six novels this year.",
            "Indira Gandhi International Airport serves Delhi and has three terminals.",
            "The Van Gogh Museum in Amsterdam holds the largest collection of his paintings.",
            "Jomo Kenyatta International Airport is the main hub for Kenya Airways.",
            "The Sydney Opera House was designed by the Danish architect Jørn Utzon.",
        ),
    ),
    "public_figure": (
        (
            "Summarise this news piece in two sentences:",
            "Give me the key facts from this article:",
            "Rewrite this for a student newspaper:",
            "What is the main point of this story?",
        ),
        (
            "The prime minister visited a flooded town in the north and promised emergency funding.",
            "Taylor Swift announced three more concerts at Wembley after tickets sold out in minutes.",
            "Angela Merkel's memoir was published in thirty languages on the same day.",
            "Lionel Messi scored twice for Inter Miami in the cup final.",
            "Pope Francis met refugees on the island of Lesbos during his visit.",
            "Elon Musk said production at the Berlin factory would double next year.",
            "Emmanuel Macron opened the Notre-Dame cathedral after five years of restoration.",
            "Serena Williams launched a venture fund for founders from underrepresented groups.",
            "Narendra Modi inaugurated the new parliament building in Delhi.",
            "King Charles III hosted a state banquet at Buckingham Palace.",
        ),
    ),
    "fiction": (
        (
            "Summarise this chapter:",
            "Write the next paragraph of this story:",
            "Make this scene more suspenseful:",
            "Give me feedback on this opening:",
        ),
        (
            "Sherlock Holmes lit his pipe at 221B Baker Street and stared at the fog over London.",
            "Harry Potter found the platform between nine and ten at King's Cross.",
            "Elizabeth Bennet walked the three miles to Netherfield in the mud.",
            "Frodo left the Shire with Sam at dawn, heading east towards Bree.",
            "Inspector Maigret ordered a beer at the Brasserie Dauphine and thought about the case.",
            "Don Quixote charged the windmills on the plains of La Mancha.",
            "Anne Shirley arrived at Green Gables on the train to Avonlea.",
            "Jay Gatsby watched the green light across the bay from West Egg.",
            "Tyrion Lannister rode north to the Wall and looked down at the wildlings' camp.",
            "Atticus Finch walked home through Maycomb after the verdict.",
        ),
    ),
}

# local-language negatives: language -> (neg_class, instructions, sentences)
NEG_LOCAL: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "de": (
        "company_office",
        (
            "Fass diese Mitteilung zusammen:",
            "Schreib das freundlicher:",
            "Mach daraus eine FAQ:",
            "Translate this notice into English:",
        ),
        (
            "Unser Büro in Hamburg zieht im Frühjahr in die HafenCity.",
            "Die Siemens AG hat ihren Hauptsitz in München.",
            "Das Team in Frankfurt arbeitet am Freitag im Homeoffice, weil die Heizung erneuert wird.",
            "Die Niederlassung in Wien übernimmt ab Januar den Vertrieb für Osteuropa.",
            "Parkplätze am Standort Stuttgart sind knapp; bitte nutzt die S-Bahn.",
            "Adidas und Puma haben beide ihren Sitz in Herzogenaurach.",
            "Das Zürcher Büro ist zwischen Weihnachten und Neujahr geschlossen.",
            "In der Kantine am Standort Köln gibt es ab Montag ein vegetarisches Tagesgericht.",
        ),
    ),
    "fr": (
        "travel_guide",
        (
            "Fais un itinéraire de deux jours avec ça :",
            "Résume ce guide :",
            "Rends ce texte plus vivant :",
            "Translate this guide into English:",
        ),
        (
            "Le Vieux-Port de Marseille s'anime dès l'aube avec le marché aux poissons.",
            "À Bordeaux, le miroir d'eau face à la place de la Bourse attire les photographes au coucher du "
            "soleil.",
            "Le Mont-Saint-Michel se visite à marée basse ; attention aux sables mouvants.",
            "Strasbourg accueille l'un des plus anciens marchés de Noël d'Europe.",
            "Les calanques de Cassis se découvrent en bateau depuis le port.",
            "À Québec, le Château Frontenac domine le fleuve Saint-Laurent.",
            "Le quartier de la Petite France, à Strasbourg, est bordé de maisons à colombages.",
            "Bruxelles compte plus de mille bières ; la Grand-Place est le point de départ des visites.",
        ),
    ),
    "es": (
        "sport_results",
        (
            "Resume la jornada:",
            "Escribe una crónica corta:",
            "Haz una tabla con estos resultados:",
            "Translate these results into English:",
        ),
        (
            "El Athletic ganó 2-0 al Betis en San Mamés.",
            "El Atlético de Madrid empató en Vigo en el último minuto.",
            "El América venció al Guadalajara en el Estadio Azteca.",
            "La selección española de baloncesto ganó el Eurobasket en Berlín.",
            "El Sevilla perdió en casa y cae a la zona baja.",
            "Boca Juniors y River Plate empataron sin goles en La Bombonera.",
            "La Real Sociedad remontó en Anoeta con dos goles en la segunda parte.",
            "El Monterrey se clasificó para la final tras ganar en Puebla.",
        ),
    ),
    "it": (
        "history",
        (
            "Riassumi questo testo di storia:",
            "Fammi cinque domande su questo:",
            "Controlla le date:",
            "Translate this history text into English:",
        ),
        (
            "Giuseppe Garibaldi sbarcò a Marsala nel maggio 1860.",
            "Il Colosseo fu inaugurato dall'imperatore Tito nell'anno 80.",
            "La Repubblica di Venezia durò più di mille anni, fino al 1797.",
            "Lorenzo il Magnifico governò Firenze nel Quattrocento.",
            "Il Vesuvio distrusse Pompei ed Ercolano nel 79 dopo Cristo.",
            "Il referendum del 1946 scelse la Repubblica al posto della monarchia.",
            "La Torre di Pisa cominciò a pendere già durante la costruzione.",
            "Cavour fu il primo presidente del Consiglio del Regno d'Italia.",
        ),
    ),
    "nl": (
        "weather",
        (
            "Vat dit weerbericht samen:",
            "Schrijf hier een kort bericht voor het team van:",
            "Is het veilig om te reizen?",
            "Translate this forecast into English:",
        ),
        (
            "Het KNMI geeft code oranje af voor Zeeland en de Wadden vanwege zware windstoten.",
            "In Maastricht wordt het zaterdag 34 graden, de warmste dag van het jaar.",
            "Door ijzel is de A12 bij Arnhem tijdelijk dicht.",
            "In Antwerpen valt morgen de hele dag regen, vooral in de namiddag.",
            "Op de Veluwe kan het vannacht licht vriezen.",
            "Mist zorgt voor vertragingen op Schiphol; controleer je vlucht.",
            "Rotterdam krijgt een natte week met af en toe onweer.",
            "Aan de kust van West-Vlaanderen staat een stevige noordwestenwind.",
        ),
    ),
    "pt": (
        "named_after_person",
        (
            "Explica quem deu nome a estes lugares:",
            "Faz um quiz com isto:",
            "Resume esta lista:",
            "Translate this list into English:",
        ),
        (
            "A Ponte 25 de Abril liga Lisboa a Almada.",
            "O Aeroporto Humberto Delgado é o principal aeroporto de Lisboa.",
            "A Avenida Paulista é o centro financeiro de São Paulo.",
            "O Prémio Camões distingue escritores de língua portuguesa.",
            "O Estádio do Maracanã chama-se oficialmente Jornalista Mário Filho.",
            "A Fundação Calouste Gulbenkian tem um dos melhores museus de Lisboa.",
            "A Praça Marquês de Pombal é uma das rotundas mais movimentadas do país.",
            "A Ponte Vasco da Gama atravessa o estuário do Tejo.",
        ),
    ),
    "pl": (
        "news",
        (
            "Streść te wiadomości:",
            "Napisz z tego krótki komunikat:",
            "Które z tych informacji są najważniejsze?",
            "Translate these news items into English:",
        ),
        (
            "W Warszawie otwarto nową stację metra na Bemowie.",
            "Powódź na Dolnym Śląsku zamknęła kilka dróg krajowych.",
            "Gdynia zbuduje nowy terminal promowy do Szwecji.",
            "Ceny mieszkań w Krakowie wzrosły w ostatnim kwartale.",
            "Katowice będą gospodarzem konferencji klimatycznej.",
            "W Toruniu trwa festiwal światła na starówce.",
            "Szczecin otrzymał dofinansowanie na nową linię tramwajową.",
            "Nad Bałtykiem rozpoczął się sezon wakacyjny.",
        ),
    ),
}


def _neg_en(cls: str):
    def fn(g: Gen) -> str:
        instr, sents = NEG_BANKS[cls]
        pool = _split(sents, g.half)
        body = g.rng.sample(pool, g.rng.randrange(3, len(pool) + 1))
        sep = "\n" if g.chance(0.5) else " "
        bullet = "- " if sep == "\n" and g.chance(0.5) else ""
        return J(g.pick(_split(instr, g.half)), "", sep.join(bullet + s for s in body))

    return fn


def _neg_local(lang: str):
    def fn(g: Gen) -> str:
        _, instr, sents = NEG_LOCAL[lang]
        pool = _split(sents, g.half)
        body = g.rng.sample(pool, g.rng.randrange(2, len(pool) + 1))
        return J(g.pick(_split(instr, g.half)), "", "\n".join(body))

    return fn


for _h, _p in (("dev", "d"), ("test", "t")):
    for _cls in NEG_CLASSES:
        tpl(f"{_p}_neg_{_cls}", _h, "", neg=_cls)(_neg_en(_cls))
    for _lang, (_cls, _, _) in NEG_LOCAL.items():
        tpl(f"{_p}_neg_{_cls}_{_lang}", _h, "", lang=_lang, neg=_cls)(_neg_local(_lang))


# ---------------------------------------------------------------- records


def _allocation(half: str) -> list[Template]:
    """Template slots of a half: 30 % negatives, a quarter in local languages, every template used."""
    tpls = [t for t in TEMPLATES if t.half == half]
    n = SIZES[half]
    n_neg = round(n * NEG_SHARE)
    n_local = round(n * 0.25)
    neg_local = 18
    slots: list[Template] = []
    for group, total in (
        ([t for t in tpls if t.neg_class and t.lang != "en"], neg_local),
        ([t for t in tpls if t.neg_class and t.lang == "en"], n_neg - neg_local),
        ([t for t in tpls if not t.neg_class and t.lang != "en"], n_local - neg_local),
        ([t for t in tpls if not t.neg_class and t.lang == "en"], n - n_neg - n_local + neg_local),
    ):
        slots += [group[i % len(group)] for i in range(total)]
    return slots


def problems(text: str, spans: list[dict], half: str = "", negative: bool = False) -> list[str]:
    """Why a generated record is not acceptable (empty when it is): overlapping spans, unlabelled repeats of a
    labelled value, a name split in two, a pool name in a negative, a positive without spans."""
    out = []
    covered = [False] * len(text)
    for s in spans:
        covered[s["start"] : s["end"]] = [True] * (s["end"] - s["start"])
        if "\n" in s["value"] or s["value"] != s["value"].strip() or not s["value"]:
            out.append("span shape")
    for a, b in zip(spans, spans[1:], strict=False):
        if a["end"] > b["start"]:
            out.append("overlap")
        if text[a["end"] : b["start"]] == " " and a["type"] == b["type"] == "PERSON":
            out.append("split name")
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["value"]) + r"(?!\w)", text):
            if not all(covered[m.start() : m.end()]):
                out.append(f"unlabelled repeat of a {s['type']}: {s['value']}")
    if negative and half:
        words = set(re.findall(r"[\w'-]+", text))
        bad = words & {t for t in name_tokens(half) | name_tokens("dev") | name_tokens("test") if len(t) > 3}
        if bad:
            out.append(f"pool name in a negative: {sorted(bad)}")
        if spans:
            out.append("spans in a negative")
    if not negative and not spans:
        out.append("no spans")
    return out


def _record(t: Template, half: str, i: int, seed: int) -> dict:
    for attempt in range(80):
        g = Gen(random.Random(f"c19|{seed}|{half}|{i}|{attempt}"), half, t.lang)
        text, spans = assemble(t.fn(g).rstrip())
        if not problems(text, spans, half, bool(t.neg_class)):
            break
    else:
        raise RuntimeError(f"c19 {half} {i} {t.name}: {problems(text, spans, half, bool(t.neg_class))}")
    meta = {
        "kind": "negative" if t.neg_class else "positive",
        "cls": t.cls,
        "template": t.name,
        "lang": t.lang,
    }
    if t.neg_class:
        meta["neg_class"] = t.neg_class
    else:
        meta["countries"] = sorted(set(g.countries))
        meta["extras"] = g.extra
    return {"id": f"c19-{half}-{i}", "text": text, "spans": spans, "meta": meta}


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    slots = _allocation(half)
    random.Random(f"c19-order|{seed}|{half}").shuffle(slots)
    n = SIZES[half] if n is None else n
    return [_record(slots[i % len(slots)], half, i, seed) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv, SIZES["dev"])


if __name__ == "__main__":
    sys.exit(main())
