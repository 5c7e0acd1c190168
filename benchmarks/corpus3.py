"""A third labelled corpus for names and places (issue #19), in two halves that share nothing but the code.

``dev`` (tuning allowed) and ``test`` (frozen: look at its aggregate numbers only, never at its misses) use
DIFFERENT templates and DIFFERENT value pools: a recognizer tuned on ``dev`` gets no help on ``test`` from a
name, a city or a sentence it has seen. The pools are hand-written for this corpus (names of many cultures:
Anglo, German, French, Spanish and Latin American, Italian, Portuguese and Brazilian, Dutch, Nordic, Polish
and Czech, Turkish, West African, Vietnamese, Chinese, Japanese, Korean, Indian, Arabic and Persian, Greek,
Hungarian, Cyrillic and Han script); they are not taken from Faker, from the scrubber's own word lists
(``scrubber/data``) or from ``benchmarks.corpus2``.

Names appear the ways real prompts write them: ``First Last``, lower case, UPPER case, ``Last, First``,
``First M. Last``, hyphens, particles, diacritics, a given name alone after a greeting, a surname alone after
an honorific or as a sentence's subject, native script. Gold spans cover the name only (never "Mr" or "Dear").
Negatives hold product, company and code names and no personal data.

Records: ``{"id", "text", "spans": [{"type", "start", "end", "value"}], "meta": {"template", "style", "half"}}``.

    .venv/bin/python -m benchmarks.corpus3 --half dev [--n N] > corpus3-dev.jsonl
"""

import random
import re
import unicodedata

from benchmarks.halves_cli import write_half

DEFAULT_SEED = 3190019
FROZEN = "2026-12-04"  # the day the templates and pools were frozen

# ---- people: per culture, (given names, family names) for each half -------------------------------------
# Vietnamese names are family + middle + given; "eastasian" cultures may be written family-first.
_PEOPLE = {
    "dev": {
        "anglo": (("Harriet", "Colin", "Megan", "Trevor", "Nigel", "Brianna", "Dustin", "Shelby", "Courtney",
                   "Garrett", "Rosalind", "Clive", "Fiona", "Hamish", "Lacey", "Jarrod"),
                  ("Thornton", "Haverford", "Whitlock", "Pemberton", "Ashcroft", "Gallagher", "McKenna",
                   "Donnelly", "Sutherland", "Hargreaves", "Blackwood", "Ellsworth", "Fox", "Marsh", "Hill",
                   "O'Rourke")),
        "german": (("Jürgen", "Annegret", "Wolfgang", "Henrike", "Dietmar", "Ulrike", "Lukas", "Sabine",
                    "Matthias", "Kerstin"),
                   ("Schäfer", "Krüger", "Hoffmeister", "Weißenborn", "Lehmann", "Baumgartner", "Köhler",
                    "von Stetten", "Pfeiffer", "Schwarzkopf")),
        "french": (("Théo", "Amélie", "Étienne", "Margaux", "Rémi", "Solène", "Clément", "Océane", "Jean-Luc",
                    "Marie-Claire"),
                   ("Moreau", "Girard", "Fontaine", "Lemaire", "Mercier", "Garnier", "Leclerc", "de Villiers",
                    "Marchand", "Besson-Duval")),
        "spanish": (("Ximena", "Guadalupe", "Rodrigo", "Paloma", "Esteban", "Marisol", "Maite", "Gonzalo",
                     "Montserrat", "Emiliano"),
                    ("Herrera", "Navarro", "Domínguez", "Castañeda", "Ibarra", "Zúñiga", "Montoya", "Peña",
                     "Salazar-Ríos", "de la Torre")),
        "italian": (("Lorenzo", "Chiara", "Matteo", "Francesca", "Davide", "Alessia", "Gianluca", "Serena",
                     "Pierluigi", "Federica"),
                    ("Rinaldi", "Marchetti", "Ferraro", "Galli", "D'Angelo", "Santoro", "Moretti", "Conti",
                     "Di Stefano", "Barbieri")),
        "portuguese": (("João Pedro", "Gabriela", "Rafael", "Letícia", "Vinícius", "Camila", "Anderson",
                        "Fabiana", "Gilberto", "Rosângela"),
                       ("Oliveira", "Souza", "Rodrigues", "Ferreira", "Lima", "Pereira", "Barbosa", "Araújo",
                        "Cavalcanti", "dos Santos")),
        "dutch": (("Sanne", "Joost", "Femke", "Pieter", "Marloes", "Bram"),
                  ("de Jong", "van der Meer", "Visser", "Mulder", "Jansen", "van Leeuwen")),
        "nordic": (("Sigrid", "Magnus", "Ingrid", "Henrik", "Ragnhild", "Oskar", "Linnea", "Kristoffer",
                    "Tuula", "Eero", "Bjarni", "Guðrún"),
                   ("Johansson", "Eriksen", "Halvorsen", "Lindqvist", "Bergström", "Korhonen", "Laitinen",
                    "Sigurðsson", "Jónsdóttir", "Østergaard")),
        "slavic": (("Małgorzata", "Krzysztof", "Tomasz", "Katarzyna", "Wojciech", "Petra", "Jiří", "Oksana",
                    "Dmitri"),
                   ("Kowalczyk", "Nowakowska", "Lewandowski", "Wójcik", "Kamińska", "Novák", "Svobodová",
                    "Melnyk", "Sokolov")),
        "turkish": (("Emre", "Elif", "Mehmet", "Zeynep", "Mustafa", "Serkan", "Büşra", "Çağla"),
                    ("Yılmaz", "Kaya", "Şahin", "Öztürk", "Arslan", "Doğan", "Aksoy", "Karaca")),
        "westafrican": (("Adebola", "Chinonso", "Kofi", "Ama", "Yaw", "Ifeoma", "Ngozi", "Moussa",
                         "Fatoumata", "Kwame", "Obinna", "Oluwaseun"),
                        ("Okonkwo", "Adeleke", "Asamoah", "Ofori", "Onyekachi", "Diop", "Sow", "Bamba",
                         "Ogundipe", "Boakye", "Adjei-Mensah", "Olawale")),
        "indian": (("Priya", "Rohan", "Sneha", "Vikram", "Kavya", "Aditya", "Lakshmi"),
                   ("Sharma", "Iyer", "Reddy", "Nair", "Patel", "Menon", "Chakraborty")),
        "arabic": (("Omar", "Layla", "Youssef", "Nadia", "Karim", "Samira", "Reza", "Parisa"),
                   ("Haddad", "El-Amin", "Mansour", "Al-Rashid", "Khalil", "Farahani", "Karimi", "Rostami")),
        "greek": (("Dimitrios", "Eleni", "Georgios", "László", "Zsófia"),
                  ("Papadopoulos", "Konstantinou", "Nagy", "Szabó", "Horváth")),
    },
    "test": {
        "anglo": (("Kimberly", "Travis", "Brett", "Lindsay", "Gwendolyn", "Rupert", "Eleanor", "Tobias",
                   "Bethany", "Derek", "Wesley", "Nora", "Shawna", "Clifford", "Tamsin", "Roderick"),
                  ("Caldwell", "Underhill", "Winslow", "Rutherford", "Kavanagh", "O'Connell", "Brennan",
                   "Hollis", "Pritchett", "Stanhope", "Merriweather", "Langley", "Abernathy", "Wood",
                   "Bishop", "Little")),
        "german": (("Gudrun", "Heinz", "Marlene", "Torsten", "Birgit", "Jonas", "Anneliese", "Uwe", "Svenja",
                    "Reinhold"),
                   ("Hartmann", "Schröder", "Neumann", "Wagner", "Seidel", "Fuchs", "Engel", "von Bülow",
                    "Kessler", "Dreher")),
        "french": (("Aurélien", "Cécile", "Grégoire", "Noémie", "Benoît", "Inès", "Pierre-Yves", "Anne-Laure",
                    "Frédéric", "Lucile"),
                   ("Bonnet", "Faure", "Roussel", "Lambert-Petit", "Gauthier", "Perrin", "Barbier", "Lacroix",
                    "Delacour", "Chauvin")),
        "spanish": (("Fernanda", "Nicolás", "Valentina", "Mateo", "Consuelo", "Ignacio", "Lorena", "Álvaro",
                     "Catalina", "Ramiro"),
                    ("Aguilar", "Medina", "Vázquez", "Sandoval", "Cárdenas", "Ruiz de la Fuente", "Fuentes",
                     "Orozco", "Bermúdez", "Echeverría")),
        "italian": (("Giacomo", "Martina", "Tommaso", "Elisa", "Riccardo", "Giorgia", "Stefano", "Ilaria",
                     "Massimo", "Valeria"),
                    ("Fontana", "Gentile", "Lombardo", "Mancini", "De Santis", "Caputo", "Villa", "Pellegrini",
                     "Longo", "Sartori")),
        "portuguese": (("Leandro", "Juliana", "Luana", "Caio", "Bruna", "Wagner", "Tatiane", "Otávio", "Renata",
                        "Maria Eduarda"),
                       ("Ribeiro", "Almeida", "Gonçalves", "Martins", "Moura", "Teixeira", "Monteiro",
                        "da Cunha", "Batista", "Costa e Silva")),
        "dutch": (("Anouk", "Thijs", "Lieke", "Ruud", "Daan", "Maartje"),
                  ("de Graaf", "Bos", "van Beek", "Smit", "Vermeulen", "van der Linden")),
        "nordic": (("Freja", "Nils", "Liv", "Elin", "Mikkel", "Päivi", "Jukka", "Kristín", "Þórir", "Sindre",
                    "Agnetha", "Halvard"),
                   ("Karlsson", "Pedersen", "Nordahl", "Sundberg", "Heikkinen", "Lehtonen", "Ólafsson",
                    "Þórsdóttir", "Kjærgaard", "Dahl")),
        "slavic": (("Łukasz", "Dorota", "Paweł", "Zofia", "Michał", "Lenka", "Vojtěch", "Anastasiya", "Mykola"),
                   ("Mazur", "Jankowska", "Krawczyk", "Piotrowski", "Dąbrowska", "Černý", "Kučera",
                    "Bondarenko", "Tkachenko")),
        "turkish": (("Hakan", "Merve", "Oğuz", "Gülşen", "Kerem", "Esra", "Tolga", "Ebru"),
                    ("Yıldız", "Özdemir", "Koç", "Kurt", "Çetin", "Aydoğan", "Güneş", "Polat")),
        "westafrican": (("Olumide", "Chidera", "Kojo", "Akosua", "Kwesi", "Nneka", "Sekou", "Emeka", "Folake",
                         "Abdoulaye", "Yaa", "Temitope"),
                        ("Okoye", "Acheampong", "Danquah", "Nwosu", "Sylla", "Camara", "Ogunleye", "Agyeman",
                         "Oyelaran", "Mbaye", "Osei-Bonsu", "Adewumi")),
        "indian": (("Pooja", "Rahul", "Divya", "Siddharth", "Anjali", "Karthik", "Shreya"),
                   ("Verma", "Pillai", "Rao", "Joshi", "Desai", "Kulkarni", "Mukherjee")),
        "arabic": (("Khaled", "Yasmin", "Tariq", "Rania", "Hamza", "Babak", "Mahsa", "Nour"),
                   ("Nassar", "Saleh", "Al-Farsi", "Hamdan", "Moradi", "Jafari", "Sadeghi", "Abu-Zeid")),
        "greek": (("Konstantinos", "Katerina", "Nikos", "Gábor", "Réka"),
                  ("Georgiou", "Alexandrou", "Tóth", "Varga", "Kiss")),
    },
}
# Vietnamese: (families, middles, givens); two-letter families (Le, Do, Vu, Ly) split between the halves.
_VIET = {
    "dev": (("Nguyễn", "Trần", "Lê", "Vũ", "Bùi", "Hoàng"), ("Văn", "Thị", "Minh", "Đức"),
            ("Hùng", "Mai", "Khoa", "Trang", "Anh", "Lan", "Quang", "Thảo")),
    "test": (("Phan", "Võ", "Đặng", "Ngô", "Đỗ", "Lý", "Dương"), ("Thanh", "Quốc", "Ngọc", "Hữu"),
             ("Tuấn", "Linh", "Phương", "Dũng", "Hà", "Nam", "Hiền", "Bảo")),
}
# East Asian romanised, per culture (families, givens); written family-first or given-first.
_EAST = {
    "dev": ((("Wang", "Liu", "Chen", "Zhang", "Lin", "Guo"), ("Jiahui", "Yifan", "Siyu", "Zhiwei", "Mengyao")),
            (("Sato", "Tanaka", "Nakamura", "Ishikawa"), ("Haruto", "Aoi", "Kenji", "Mei")),
            (("Park", "Choi", "Lim", "Jung"), ("Ji-hoon", "Soo-ah", "Eun-ji", "Minseo"))),
    "test": ((("Huang", "Yang", "Wu", "Sun", "Ma", "Gao"), ("Xinyi", "Junjie", "Ruoxi", "Tianyu", "Wenjun")),
             (("Kobayashi", "Yamamoto", "Saito", "Fujita"), ("Sakura", "Takumi", "Yui", "Ren")),
             (("Kang", "Han", "Shin", "Seo"), ("Jae-won", "Ye-jin", "Hyun-woo", "Dahye"))),
}
# Native script: whole names.
_SCRIPT = {
    "dev": ("Дмитрий Соколов", "Анна Кузнецова", "Сергей Волков", "Ольга Морозова", "王秀英", "刘洋", "陈思雨",
            "张志伟", "佐藤健", "김민지"),
    "test": ("Алексей Попов", "Наталья Лебедева", "Игорь Новиков", "Екатерина Павлова", "黄俊杰", "杨欣怡",
             "孙天宇", "吴文君", "鈴木花子", "이서준"),
}
_CITIES = {
    "dev": ("Porto Alegre", "Kraków", "Thessaloniki", "Gdańsk", "Accra", "Lagos", "Hanoi", "Guangzhou", "Osaka",
            "Pune", "Mannheim", "Graz", "Lyon", "Toulouse", "Sevilla", "Valencia", "Torino", "Genova",
            "Eindhoven", "Göteborg", "Bergen", "Oulu", "Ankara", "Bursa", "Dakar", "Abidjan", "Minneapolis",
            "Sacramento", "Edinburgh", "Cardiff", "Montréal", "Guadalajara", "Medellín", "Belo Horizonte",
            "Plzeň", "Debrecen"),
    "test": ("Salvador", "Poznań", "Patras", "Łódź", "Ibadan", "Kano", "Huế", "Cần Thơ", "Shenzhen", "Kyoto",
             "Jaipur", "Kozhikode", "Dresden", "Linz", "Marseille", "Bordeaux", "Málaga", "Alicante", "Verona",
             "Napoli", "Rotterdam", "Malmö", "Stavanger", "Turku", "Antalya", "Konya", "Bamako", "Lomé",
             "Milwaukee", "Des Moines", "Glasgow", "Bristol", "Québec", "Monterrey", "Cali", "Fortaleza",
             "Ostrava", "Szeged"),
}
_COUNTRIES = {
    "dev": ("Ghana", "Portugal", "Vietnam", "Norway", "Türkiye", "Colombia", "Hungary", "Ireland"),
    "test": ("Senegal", "Brazil", "Finland", "Poland", "India", "Mexico", "Greece", "Scotland"),
}
_STREETS = {
    "dev": ("Rua Padre Chagas", "Kurfürstenstraße", "rue Oberkampf", "Calle de Alcalá", "Via Nizza",
            "Maple Ridge Drive", "Vesterbrogade"),
    "test": ("Avenida Sete de Setembro", "Marienplatz", "rue de la République", "Calle Larios", "Via Mazzini",
             "Juniper Hollow Lane", "Storgatan"),
}
_MAIL_DOMAINS = {
    "dev": ("gmail.com", "web.de", "orange.fr", "libero.it", "uol.com.br", "acme-logistics.com"),
    "test": ("outlook.com", "gmx.net", "free.fr", "tiscali.it", "bol.com.br", "northwind-traders.io"),
}
# ---- look-alikes for negatives: capitalised names that are not people or places -------------------------
_PRODUCTS = {
    "dev": ("Microsoft Teams", "Google Sheets", "Power BI", "Visual Studio Code", "Adobe Illustrator",
            "Jira Service Management", "Zendesk Guide", "Salesforce Marketing Cloud", "Apple Pencil",
            "Kindle Paperwhite", "Sonos Arc", "Dyson Airwrap", "Ruby on Rails", "Spring Boot"),
    "test": ("Slack Huddles", "Notion AI", "Excel Online", "IntelliJ IDEA", "Final Cut Pro", "Confluence Cloud",
             "HubSpot CRM", "Shopify Plus", "Samsung Galaxy Tab", "Philips Hue", "Garmin Forerunner",
             "Django REST Framework", "Apache Kafka", "Terraform Cloud"),
}
_ORGS = {
    "dev": ("Morgan Stanley", "Johnson & Johnson", "Wells Fargo", "Procter & Gamble", "Deloitte",
            "Siemens Healthineers", "Goldman Sachs", "Marks & Spencer", "Ernst & Young", "Deutsche Telekom",
            "Société Générale", "Telefónica"),
    "test": ("Lloyds Banking Group", "Dow Jones", "Rolls-Royce", "Mercedes-Benz", "Thomson Reuters",
             "Merrill Lynch", "Baker McKenzie", "Standard Chartered", "Unilever", "Allianz", "Banco Santander",
             "Crédit Agricole"),
}
_IDENTS = {
    "dev": ("getCustomerName()", "user.first_name", "PersonRepository", "AddressValidator", "handleSignIn",
            "MAX_RETRY_COUNT", "OrderService.cancel", "InvoicePdfRenderer"),
    "test": ("fetch_account_owner", "ContactCardView", "order.billing_city", "parseFullName()",
             "UserProfileSerializer", "DEFAULT_LOCALE", "TicketAssigneeFilter", "render_signature_block"),
}
_LETTERS = "ABCDEFGHJKLMNPRSTW"


def _ascii(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d").replace("ı", "i").replace("ø", "o").replace("Ø", "O")
    s = s.replace("ð", "d").replace("Þ", "Th").replace("þ", "th").replace("ß", "ss").replace("ł", "l")
    s = s.replace("Ł", "L").replace("æ", "ae")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Person:
    """One person: given, family (and Vietnamese middle) names and how their full name is ordered."""

    def __init__(self, r: random.Random, half: str) -> None:
        self.r = r
        kind = r.random()
        self.middle = ""
        self.family_first = False
        if kind < 0.12:
            fams, mids, givens = _VIET[half]
            self.given, self.middle, self.family = r.choice(givens), r.choice(mids), r.choice(fams)
            self.family_first = True
            if r.random() < 0.5:  # Vietnamese names are often written without their diacritics
                self.given, self.middle, self.family = _ascii(self.given), _ascii(self.middle), _ascii(self.family)
        elif kind < 0.22:
            fams, givens = r.choice(_EAST[half])
            self.given, self.family = r.choice(givens), r.choice(fams)
            self.family_first = r.random() < 0.4
        else:
            given, family = _PEOPLE[half][r.choice(sorted(_PEOPLE[half]))]
            self.given, self.family = r.choice(given), r.choice(family)

    def full(self) -> str:
        if self.family_first:
            return " ".join(p for p in (self.family, self.middle, self.given) if p)
        return f"{self.given} {self.family}"

    def first(self) -> str:
        return self.given

    def last(self) -> str:
        return self.family

    def lower(self) -> str:
        return self.full().lower()

    def upper(self) -> str:
        return self.full().upper()

    def lastfirst(self) -> str:
        rest = " ".join(p for p in (self.middle, self.given) if p)
        return f"{self.family}, {rest}"

    def initial(self) -> str:
        return f"{self.given} {self.r.choice(_LETTERS)}. {self.family}"

    def person(self) -> str:
        """The name in one of the ways people write it."""
        x = self.r.random()
        if x < 0.55:
            return self.full()
        if x < 0.67:
            return self.lower()
        if x < 0.75:
            return self.upper()
        if x < 0.87:
            return self.lastfirst()
        return self.initial()

    def email(self) -> str:
        g = re.sub(r"[^a-z]", "", _ascii(self.given).lower())
        f = re.sub(r"[^a-z]", "", _ascii(self.family).lower())
        return self.r.choice((f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g[0]}", f"{g}{self.r.randint(1, 99)}"))


class Values:
    """Random values of one half's pools, from one seeded generator; people are remembered by tag."""

    def __init__(self, rng: random.Random, half: str) -> None:
        self.r, self.half = rng, half
        self.people: dict[str, Person] = {}

    def new_record(self) -> None:
        self.people = {}

    def person_for(self, tag: str) -> Person:
        if not tag or tag not in self.people:
            p = Person(self.r, self.half)
            if not tag:
                return p
            self.people[tag] = p
        return self.people[tag]

    def pick(self, pools: dict) -> str:
        return self.r.choice(pools[self.half])

    def value(self, kind: str, tag: str) -> str:
        if kind in ("person", "full", "first", "last", "lower", "upper", "lastfirst", "initial"):
            return getattr(self.person_for(tag), kind)()
        if kind == "email":
            return f"{self.person_for(tag).email()}@{self.pick(_MAIL_DOMAINS)}"
        if kind == "script":
            return self.pick(_SCRIPT)
        if kind == "city":
            city = self.pick(_CITIES)
            x = self.r.random()
            return city.lower() if x < 0.08 else city.upper() if x < 0.13 else city
        if kind == "country":
            return self.pick(_COUNTRIES)
        if kind == "street":
            return f"{self.pick(_STREETS)} {self.r.randint(2, 180)}"
        if kind == "phone":
            d = lambda n: "".join(str(self.r.randint(0, 9)) for _ in range(n))  # noqa: E731
            return self.r.choice((f"+44 7{d(3)} {d(6)}", f"+49 151 {d(8)}", f"({self.r.randint(201, 989)}) "
                                  f"{d(3)}-{d(4)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"+55 21 9{d(4)}-{d(4)}"))
        if kind == "product":
            return self.pick(_PRODUCTS)
        if kind == "org":
            return self.pick(_ORGS)
        if kind == "ident":
            return self.pick(_IDENTS)
        if kind == "num":
            return str(self.r.randint(1000, 99999))
        raise KeyError(kind)


# ---- templates: ⟪kind⟫ or ⟪kind#tag⟫ is a labelled slot (same tag, same person), ⟪~kind⟫ unlabelled -------
_DEV_TEMPLATES = (
    ("ticket", "Ticket #⟪~num⟫ opened by ⟪person#a⟫ (⟪email#a⟫): the export in ⟪~product⟫ hangs at 90 %. "
               "Customer is based in ⟪city⟫ and wants a call back on ⟪phone⟫."),
    ("ticket", "Customer says: \"hi, this is ⟪lower#a⟫, my parcel to ⟪city⟫ never arrived, order ⟪~num⟫\". "
               "Please draft a polite answer."),
    ("ticket", "Escalation: ⟪lastfirst⟫ reports double billing since March. Assigned to ⟪full⟫."),
    ("crm", "Call notes — spoke to ⟪full#a⟫ at ⟪~org⟫. ⟪last#a⟫ is interested in the enterprise tier but "
            "needs sign-off from ⟪full⟫ in ⟪city⟫. Follow up next Tuesday."),
    ("crm", "Lead: ⟪upper⟫ | Company: ⟪~org⟫ | Region: ⟪country⟫ | Next step: demo of ⟪~product⟫"),
    ("crm", "Met Ms ⟪last⟫ and Mr ⟪last⟫ at the trade fair in ⟪city⟫; both want pricing for 200 seats."),
    ("mail", "Please summarise this e-mail:\n\nDear ⟪first#a⟫,\n\nfollowing our call I attach the revised "
             "contract. ⟪full⟫ from legal will review it this week.\n\nKind regards,\n⟪full#b⟫\n⟪~org⟫"),
    ("mail", "Summarise:\nFrom: ⟪full#a⟫ <⟪email#a⟫>\nTo: ⟪full⟫\nSubject: handover\n\nHi ⟪first⟫, "
             "I'm out from Monday; ⟪full⟫ covers the ⟪city⟫ accounts."),
    ("mail", "Hey ⟪first⟫! Thanks for the intro to ⟪full⟫ — we're meeting in ⟪city⟫ on the 14th.\nCheers,\n"
             "⟪first⟫"),
    ("hr", "HR note: ⟪full#a⟫ (employee no. ⟪~num⟫) requested parental leave from June. ⟪last#a⟫'s manager "
           "⟪initial⟫ approved; relocation to ⟪city⟫ is on hold."),
    ("hr", "Performance review for ⟪person⟫ — strong quarter, mentored ⟪first⟫ and ⟪first⟫ on ⟪~product⟫."),
    ("hr", "Candidate ⟪full⟫ from ⟪city⟫, ⟪country⟫ accepted the offer; start date to be confirmed."),
    ("minutes", "Minutes 12/03\nPresent: ⟪full⟫, ⟪full⟫, ⟪initial⟫\nApologies: ⟪full⟫\n1. Budget — "
                "⟪first⟫ to circulate the ⟪~product⟫ dashboard.\n2. Offsite in ⟪city⟫ agreed."),
    ("minutes", "Action items: ⟪lower⟫ to fix the onboarding doc; ⟪last⟫ owns the vendor contract with "
                "⟪~org⟫."),
    ("chat", "[09:14] ⟪first#a⟫: did anyone hear from ⟪full⟫?\n[09:15] ⟪first#b⟫: yes, she landed in "
             "⟪city⟫ this morning\n[09:15] ⟪first#a⟫: great, thx"),
    ("chat", "can you make this less rude? \"⟪first⟫, I told you three times the report is due friday\""),
    ("chat", "write a short bio for my colleague ⟪full⟫, who grew up in ⟪city⟫ and now leads our data team"),
    ("chat", "my neighbour ⟪lower⟫ keeps parking in front of my garage. how do I ask nicely?"),
    ("code", "# owner: ⟪full#a⟫ <⟪email#a⟫>\nMAX_WORKERS = 8\nREGION = \"eu-west-1\""),
    ("code", "assignees:\n  - name: ⟪full⟫\n    city: ⟪city⟫\n  - name: ⟪full⟫\n    city: ⟪city⟫"),
    ("log", "2026-11-02 10:44:01 WARN booking failed guest=\"⟪full⟫\" hotel_city=⟪city⟫ retry=3"),
    ("sig", "Can you shorten my signature?\n\n--\n⟪full⟫\nSenior Account Manager, ⟪~org⟫\n⟪street⟫, ⟪city⟫\n"
            "Mob. ⟪phone⟫"),
    ("form", "Full name: ⟪upper⟫\nDate of issue: 04/05/2021\nPlace of birth: ⟪city⟫\nNationality: ⟪country⟫"),
    ("csv", "name,city,plan\n⟪full⟫,⟪city⟫,pro\n⟪full⟫,⟪city⟫,basic\n⟪lower⟫,⟪city⟫,pro"),
    ("table", "| Owner | Office | Status |\n|---|---|---|\n| ⟪full⟫ | ⟪city⟫ | done |\n| ⟪full⟫ | ⟪city⟫ | "
              "blocked |"),
    ("script", "Translate into English: ⟪script⟫ will join the call from ⟪city⟫ tomorrow."),
    ("de", "Hallo ⟪first⟫, Frau ⟪last⟫ aus ⟪city⟫ hat angerufen und bittet um Rückruf unter ⟪phone⟫."),
    ("de", "Bitte fasse zusammen: ⟪full⟫ übernimmt ab Mai das Projekt, ⟪full⟫ wechselt nach ⟪city⟫."),
    ("fr", "Bonjour, je m'appelle ⟪full⟫ et j'habite à ⟪city⟫. Mon conseiller, M. ⟪last⟫, ne répond plus."),
    ("es", "Hola ⟪first⟫, la Sra. ⟪last⟫ llega mañana a ⟪city⟫ con ⟪full⟫."),
    ("it", "Buongiorno, sono ⟪full⟫ di ⟪city⟫: il dottor ⟪last⟫ mi ha detto di scrivervi."),
    ("pt", "Olá, meu nome é ⟪full⟫, moro em ⟪city⟫ e gostaria de cancelar minha assinatura."),
    ("nl", "Goedemiddag, ik ben ⟪full⟫ uit ⟪city⟫; mevrouw ⟪last⟫ heeft mijn dossier."),
    ("subject", "Summarise the complaint. ⟪last⟫ says the courier never rang and the box was left in the rain."),
    ("viet", "Please greet our new intern ⟪full#a⟫ — ⟪first#a⟫ joins the ⟪city⟫ office next week."),
    ("neg", "Compare ⟪~product⟫ and ⟪~product⟫ for a team of 40; we already pay ⟪~org⟫ for consulting."),
    ("neg", "Why does ⟪~ident⟫ return None after the ⟪~product⟫ upgrade? Stack trace: KeyError in line 212."),
    ("neg", "Quarterly Review\nAction Items\n- migrate Billing Service to ⟪~product⟫\n- renew ⟪~org⟫ audit"),
    ("neg", "Write a LinkedIn post announcing our partnership with ⟪~org⟫ on ⟪~product⟫ integrations."),
    ("neg", "Erkläre mir den Unterschied zwischen ⟪~product⟫ und ⟪~product⟫ in zwei Sätzen."),
    ("neg", "Refactor ⟪~ident⟫ so it no longer calls ⟪~ident⟫ twice; keep the Public API stable."),
    ("neg", "Résume les nouveautés de ⟪~product⟫ pour l'équipe Support Niveau 2."),
)
_TEST_TEMPLATES = (
    ("ticket", "Support case ⟪~num⟫\nReporter: ⟪full#a⟫\nEmail: ⟪email#a⟫\nIssue: cannot log in to "
               "⟪~product⟫ since the update. Location: ⟪city⟫."),
    ("ticket", "Pls help, ⟪lower⟫ from accounting deleted the shared folder and ⟪lower⟫ is on holiday."),
    ("ticket", "Refund request from ⟪lastfirst⟫ — shipped to ⟪city⟫, ⟪country⟫, arrived broken."),
    ("crm", "Account notes: champion is ⟪full#a⟫; ⟪last#a⟫ reports to ⟪full⟫, the CFO, who sits in ⟪city⟫."),
    ("crm", "CONTACT: ⟪upper⟫ / ⟪~org⟫ / ⟪city⟫ — wants renewal quote before Q3"),
    ("crm", "Dr ⟪last⟫ and Mrs ⟪last⟫ visited our stand; send them the ⟪~product⟫ brochure."),
    ("mail", "Can you rewrite this more formally?\n\nHi ⟪first#a⟫,\nquick one — ⟪full⟫ needs the slides by "
             "noon.\nThanks!\n⟪first#b⟫"),
    ("mail", "Summarise this thread:\n> On Tue, ⟪full#a⟫ <⟪email#a⟫> wrote:\n> Dear ⟪full⟫, we relocated to "
             "⟪city⟫ and need the new invoices addressed there.\n\nBest regards\n⟪full⟫"),
    ("mail", "Good morning ⟪first⟫,\n\nI'm writing on behalf of ⟪full⟫ regarding her claim.\n\nSincerely,\n"
             "⟪initial⟫"),
    ("hr", "Exit interview — ⟪person#a⟫ leaves on 30 Nov; ⟪last#a⟫ mentioned workload and the move to "
           "⟪city⟫ as reasons."),
    ("hr", "Onboarding buddy for ⟪full⟫: ⟪full⟫. Laptop ships to ⟪city⟫."),
    ("hr", "Sick note received from ⟪lastfirst⟫, manager ⟪initial⟫ informed."),
    ("minutes", "Attendees: ⟪full⟫; ⟪full⟫; ⟪lower⟫\nDecisions: ⟪first⟫ leads the ⟪city⟫ pilot. "
                "⟪last⟫ to send the budget."),
    ("minutes", "Standup — ⟪first⟫: finished the migration. ⟪first⟫: blocked on ⟪~product⟫ licence. "
                "⟪first⟫: off tomorrow."),
    ("chat", "<⟪first#a⟫> lol ⟪first⟫ just pushed to main again\n<⟪first#b⟫> classic ⟪last⟫"),
    ("chat", "help me reply to my landlord ⟪full⟫, he wants to raise the rent on my flat in ⟪city⟫ by 20%"),
    ("chat", "tell ⟪lower⟫ that the meeting in ⟪city⟫ is moved to 3pm"),
    ("chat", "who should I invite: ⟪upper⟫ or ⟪upper⟫? both know ⟪~product⟫ well"),
    ("code", "{\"customer\": {\"name\": \"⟪full#a⟫\", \"city\": \"⟪city⟫\", \"email\": \"⟪email#a⟫\"}}"),
    ("code", "git log --format='%an'  # shows ⟪full⟫ and ⟪full⟫ as the last two authors"),
    ("log", "INFO  [auth] session started for ⟪lower⟫ from ⟪city⟫ (device ⟪~ident⟫)"),
    ("sig", "Mit freundlichen Grüßen\n⟪full⟫\nTeamleitung Einkauf\n⟪street⟫\n⟪city⟫"),
    ("form", "SURNAME: ⟪upper#a⟫\nPlace of residence: ⟪city⟫\nEmergency contact: ⟪full⟫ (⟪phone⟫)"),
    ("csv", "last_name;first_name;town\n⟪last#a⟫;⟪first#a⟫;⟪city⟫\n⟪last#b⟫;⟪first#b⟫;⟪city⟫"),
    ("table", "Driver        Depot\n⟪full⟫   ⟪city⟫\n⟪full⟫   ⟪city⟫"),
    ("script", "Please transliterate the name ⟪script⟫ for the visa form."),
    ("de", "Sehr geehrter Herr ⟪last⟫, wir bestätigen Ihren Termin in ⟪city⟫. Ihre Ansprechpartnerin ist "
           "⟪full⟫."),
    ("de", "Kannst du das kürzen: ⟪full⟫ und ⟪full⟫ ziehen im Sommer nach ⟪city⟫."),
    ("fr", "Chère ⟪first⟫, Mme ⟪last⟫ vous attend à ⟪city⟫ lundi. Bien à vous, ⟪full⟫"),
    ("es", "Me llamo ⟪full⟫, vivo en ⟪city⟫ y quiero cambiar mi plan."),
    ("it", "Gentile ⟪full⟫, la sua pratica è stata trasferita all'ufficio di ⟪city⟫."),
    ("pt", "Bom dia, a cliente ⟪full⟫ de ⟪city⟫ pediu reembolso."),
    ("nl", "Hoi ⟪first⟫, meneer ⟪last⟫ belt morgen over de verhuizing naar ⟪city⟫."),
    ("subject", "Draft a reply: ⟪last⟫ wants to know why the invoice is late again."),
    ("viet", "Contract signed by ⟪full#a⟫ (⟪city⟫). Ms ⟪last#a⟫ asked for a copy."),
    ("neg", "Summarise the ⟪~org⟫ earnings call in five bullet points for the ⟪~product⟫ team."),
    ("neg", "Our ⟪~ident⟫ throws on empty input; add a unit test and a Changelog entry."),
    ("neg", "Roadmap Q3\n* ⟪~product⟫ rollout\n* Customer Success Playbook\n* ⟪~org⟫ vendor review"),
    ("neg", "Is ⟪~product⟫ GDPR compliant if we host it ourselves? We are a ⟪~org⟫ supplier."),
    ("neg", "Escribe un correo para anunciar que migramos de ⟪~product⟫ a ⟪~product⟫."),
    ("neg", "Rename ⟪~ident⟫ to ⟪~ident⟫ across the repo and update the README."),
    ("neg", "Scrivi un riassunto delle novità di ⟪~product⟫ per il reparto Vendite."),
)
TEMPLATES = {"dev": _DEV_TEMPLATES, "test": _TEST_TEMPLATES}
_SLOT = re.compile(r"⟪(~?)(\w+)(?:#(\w+))?⟫")
_TYPES = {
    "person": "PERSON", "full": "PERSON", "first": "PERSON", "last": "PERSON", "lower": "PERSON",
    "upper": "PERSON", "lastfirst": "PERSON", "initial": "PERSON", "script": "PERSON",
    "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "city": "LOCATION", "country": "LOCATION",
    "street": "LOCATION",
}


def render(template: str, values: Values) -> tuple[str, list[dict]]:
    """Fill ``template``; labelled slots become gold spans."""
    values.new_record()
    out: list[str] = []
    spans: list[dict] = []
    pos = length = 0
    for m in _SLOT.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        value = values.value(m.group(2), m.group(3) or "")
        if not m.group(1):
            spans.append({"type": _TYPES[m.group(2)], "start": length, "end": length + len(value), "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def generate(half: str, n: int = 420, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records of one half ("dev" or "test"), its templates taken in turn, values from ``seed``."""
    templates = TEMPLATES[half]
    values = Values(random.Random(f"{seed}-{half}"), half)
    records = []
    for i in range(n):
        style, template = templates[i % len(templates)]
        text, spans = render(template, values)
        records.append({"id": f"corpus3-{half}-{i}", "text": text, "spans": spans,
                        "meta": {"template": i % len(templates), "style": style, "half": half}})
    return records


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, "Write one half of the third corpus as JSONL.", DEFAULT_SEED, argv, n=420)


if __name__ == "__main__":
    raise SystemExit(main())
