"""corpus20: ordinary work prompts, half of them with no personal data at all (a twentieth author, who never \
read the scrubber).

What employees actually send to AI assistants on an ordinary day, in 24 task families: rewrite or shorten an
e-mail, draft a LinkedIn post, summarise meeting notes, write a job ad, explain an error or stack trace,
review a code snippet, write SQL for a described table, analyse a pasted CSV, plan a project timeline, write
product copy, translate a paragraph, prepare interview questions, compare two vendors, write a policy or
FAQ, brainstorm names, fix grammar, make a lesson plan, plan meals, plan a trip, write a customer-support
macro, write release notes, phrase a performance review, explain a legal clause, help with a spreadsheet
formula.

Half of the records are NEGATIVES (``neg_class`` = the task family) holding the ordinary capitalised things
of work text and no personal data: products, companies, job titles, teams, weekdays and months, tools (Jira,
Salesforce, Excel), cities as markets, offices and destinations, headings, acronyms, versions, ticket and
order ids, amounts, dates that are not birth dates, code identifiers, role-only signatures ("— the Ops
team") and placeholders ([Name], <customer>, {{first_name}}). The other half are POSITIVES written from the
very same templates with a private person's data pasted in where the negative has a placeholder, a role or
nothing, so a negative and a positive look alike apart from the personal data. 80 % English (US and UK),
20 % German, French and Spanish (each language in both kinds and both halves).

Labelling rules:
- PERSON: a private person's name as written (full name, a first name alone in a greeting or sign-off, a
  surname after a title); titles (Mr, Ms, Dr, Herr, Frau, Mme, M., Sr., Sra.) stay outside the span.
- LOCATION: a private person's postal address (one span, one line), or the town where a person lives.
  Offices, markets and trip destinations are not labelled.
- EMAIL_ADDRESS, PHONE_NUMBER of a person; DATE_OF_BIRTH: a birth date next to a birth cue; US_SSN;
  CREDIT_CARD (Luhn-valid); IBAN_CODE (valid check digits); IP_ADDRESS of a user's device; SECRET: an API key,
  token or password pasted by mistake.
A positive holds 1-8 spans, mostly PERSON, EMAIL_ADDRESS, PHONE_NUMBER and LOCATION.

Two halves with disjoint templates (one per family and half, plus six non-English ones per half), instruction
lines and pools (even pool entries dev, odd test):
``python -m benchmarks.corpus20 --half dev|test [--n N] [--seed S]`` prints JSONL.
"""

import random
import re
import string
import sys
import unicodedata
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
DEFAULT_SEED = 2020
TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "DATE_OF_BIRTH", "US_SSN", "CREDIT_CARD",
         "IBAN_CODE", "IP_ADDRESS", "SECRET")
LANGS = ("en", "de", "fr", "es")
FAMILIES = (
    "email_rewrite", "linkedin_post", "meeting_notes", "job_ad", "error_explain", "code_review", "sql_query",
    "csv_analysis", "project_timeline", "product_copy", "translation", "interview_questions",
    "vendor_compare", "policy_faq", "name_brainstorm", "grammar_fix", "lesson_plan", "meal_plan",
    "travel_itinerary", "support_macro", "release_notes", "perf_review", "legal_clause",
    "spreadsheet_formula",
)

# ---------------------------------------------------------------------------------------------------------
# Pools of private people's data, hand-typed. Even entries belong to dev, odd entries to test.

NAMES = {  # culture: (given names, surnames)
    "us": ("Kayla Brandon Megan Tyler Brittany Dustin Courtney Travis", "Whitaker Holloway Brennan Kowalczyk "
           "Delgado Pruitt Fairbanks Haskins"),
    "gb": ("Siobhan Alistair Gemma Rhys Fiona Callum Harriet Declan", "Pemberton Ashworth Whitfield "
           "Cartwright Loughlin Featherstone Braithwaite Cholmondeley"),
    "de": ("Katrin Jürgen Anke Matthias Sabine Torsten Ulrike Dirk", "Brandstätter Vogelsang Hoffmeister "
           "Kleinschmidt Oberländer Rautenberg Wiesenthal Dörfler"),
    "fr": ("Éloïse Grégoire Sandrine Thibault Maëlle Aurélien Solène Benoît", "Lefebvre Marchetti Duplessis "
           "Chauvin Bouchard Rousselot Vautrin Delacroix"),
    "es": ("Itziar Iñaki Rocío Gonzalo Nerea Íñigo Ainhoa Rodrigo", "Etxeberria Quintana Villanueva Arriaga "
           "Zubizarreta Cifuentes Olmedo Barrientos"),
    "mx": ("Guadalupe Alejandro Ximena Eduardo Marisol Rigoberto Yesenia Ulises", "Zamudio Tlapa Arreola "
           "Cervantes Ochoa Villaseñor Magaña Huerta"),
    "in": ("Priyanka Sandeep Lakshmi Venkatesh Deepika Harpreet Anjali Raghav", "Subramanian Chaudhary "
           "Ramakrishnan Banerjee Krishnamurthy Deshpande Venkataraman Iyer"),
    "cn": ("Xiaoling Weiming Jingyi Zhiqiang Meihua Haoran Yuqing Jianhua", "Zhang Wang Liu Chen Huang Zhou "
           "Xu Guo"),
    "ng": ("Chiamaka Oluwaseun Ngozi Babajide Adaeze Chukwuemeka Funmilayo Olumide", "Okonkwo Adebayo "
           "Nwachukwu Oyelaran Eze Babatunde Obiora Adeyemi"),
    "pl": ("Agnieszka Grzegorz Małgorzata Wojciech Katarzyna Przemysław Joanna Tomasz", "Wiśniewski "
           "Zieliński Kamińska Wróblewski Szymańska Dąbrowski Lewandowska Kaczmarek"),
    "ar": ("Fatima Youssef Leila Karim Samira Tarek Nour Hamza", "Haddad Benali Mansour Khoury Belkacem "
           "Nasser Saadi Amrani"),
    "vn": ("Thuy Quang Lan Minh Hoa Duc Ngoc Tuan", "Nguyen Tran Pham Hoang Vu Dang Bui Ngo"),
    "kr": ("Jiyeon Minjun Seoyeon Hyunwoo Eunji Donghyun Sooyoung Jaewon", "Kim Park Choi Jeong Kang Yoon "
           "Jang Lim"),
    "jp": ("Haruka Takeshi Yui Kenji Sakura Daisuke Aiko Ryota", "Takahashi Watanabe Yamamoto Nakamura "
           "Kobayashi Yoshida Matsumoto Inoue"),
    "tr": ("Elif Mehmet Zeynep Emre Büşra Burak Ayşe Serkan", "Yılmaz Demir Çelik Aydın Öztürk Arslan "
           "Doğan Kılıç"),
    "it": ("Chiara Lorenzo Giulia Matteo Federica Alessandro Valentina Davide", "Esposito Bianchi Ferrara "
           "Colombo Ricci Marino Gallo Conti"),
    "br": ("Thaís Gabriel Letícia Rafael Juliana Thiago Fernanda Rodrigo", "Souza Oliveira Nascimento "
           "Carvalho Ribeiro Almeida Figueiredo Barbosa"),
    "se": ("Ingrid Henrik Linnea Magnus Sofia Björn Astrid Fredrik", "Lindqvist Bergström Sandberg "
           "Holmgren Sjöberg Lundgren Åkesson Engström"),
    "gh": ("Akosua Kwame Abena Kofi Ama Yaw Efua Kwabena", "Mensah Asante Owusu Boateng Appiah Darko "
           "Ofori Amoah"),
    "ph": ("Maricel Jhun Rowena Arnel Jocelyn Romeo Lorna Ronaldo", "Dimaculangan Villareal Macaraeg "
           "Bautista Pangilinan Dizon Sarmiento Manalo"),
}
LANG_CULTURES = {
    "en": tuple(NAMES),
    "de": ("de", "de", "de", "tr", "pl", "it"),
    "fr": ("fr", "fr", "fr", "ar", "vn", "it"),
    "es": ("es", "es", "mx", "mx", "br", "ar"),
}
PASSWORDS = ("Sunflower!2291", "Hv7#qLp2mZ", "M0rn1ngR@in", "tR4vel-Bug-88", "Kettle$Blue47", "gr8Escape!!19",
             "Pz93-wQk!fa", "Lantern_72x", "Q7!vbn#Lk2", "Orchid_Rain_55")
MAIL_HOSTS = ("gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "proton.me", "gmx.de",
              "web.de", "orange.fr", "free.fr", "yahoo.es", "hotmail.es", "btinternet.com", "aol.com")
LANG_HOSTS = {"en": (0, 1, 2, 3, 4, 5, 12, 13), "de": (6, 7, 0, 5), "fr": (8, 9, 0, 1), "es": (10, 11, 0, 1)}
US_STREETS = ("Maple Ridge Dr", "Sycamore Ln", "Willow Creek Ct", "Hawthorne Ave", "Briarwood Rd",
              "Cedar Hollow Way", "Old Mill Rd", "Larkspur Cir", "Quail Run Dr", "Bayberry St")
US_TOWNS = (("Naperville", "IL", "605"), ("Tempe", "AZ", "852"), ("Bothell", "WA", "980"),
            ("Plano", "TX", "750"), ("Evanston", "IL", "602"), ("Hoboken", "NJ", "070"),
            ("Decatur", "GA", "300"), ("Ann Arbor", "MI", "481"), ("Greenville", "SC", "296"),
            ("Lakewood", "CO", "802"))
GB_STREETS = ("Holly Lane", "Elmfield Road", "Beech Grove", "Priory Close", "Kingsley Avenue",
              "Orchard Way", "Mill Street", "Ferndale Crescent", "Rowan Drive", "Chapel Walk")
GB_TOWNS = (("Wokingham", "RG40"), ("Harrogate", "HG1"), ("Kettering", "NN16"), ("Chelmsford", "CM2"),
            ("Guildford", "GU1"), ("Rochdale", "OL11"), ("Stevenage", "SG1"), ("Tamworth", "B77"),
            ("Loughborough", "LE11"), ("Dorking", "RH4"))
DE_STREETS = ("Lindenstraße", "Am Mühlbach", "Kastanienweg", "Bergstraße", "Schillerstraße", "Im Wiesengrund",
              "Ahornweg", "Goethestraße", "Birkenallee", "Rosenstraße")
DE_TOWNS = (("Esslingen", "73728"), ("Leverkusen", "51373"), ("Gütersloh", "33330"), ("Erlangen", "91052"),
            ("Offenbach", "63065"), ("Ludwigsburg", "71634"), ("Paderborn", "33098"), ("Wetzlar", "35578"),
            ("Ratingen", "40878"), ("Bamberg", "96047"))
FR_STREETS = ("rue des Tilleuls", "allée des Peupliers", "rue Victor Hugo", "chemin des Vignes",
              "avenue Jean Jaurès", "impasse des Lilas", "rue de la Poste", "boulevard Carnot",
              "rue du Moulin", "place de l'Église")
FR_TOWNS = (("Villeurbanne", "69100"), ("Meudon", "92190"), ("Rezé", "44400"), ("Pessac", "33600"),
            ("Montreuil", "93100"), ("Mérignac", "33700"), ("Vénissieux", "69200"),
            ("Saint-Herblain", "44800"), ("Antony", "92160"), ("Talence", "33400"))
ES_STREETS = ("Calle del Olmo", "Avenida de la Constitución", "Calle Real", "Paseo de las Acacias",
              "Calle San Roque", "Calle Mayor", "Travesía del Pinar", "Calle de la Fuente", "Ronda Norte",
              "Calle Los Almendros")
ES_TOWNS = (("Getafe", "28901"), ("Alcobendas", "28100"), ("Sabadell", "08201"), ("Dos Hermanas", "41701"),
            ("Leganés", "28911"), ("Terrassa", "08221"), ("Móstoles", "28931"), ("Badalona", "08911"),
            ("Torrejón de Ardoz", "28850"), ("Elche", "03201"))

# Ordinary work fillers (not personal data; shared by both halves and by negatives).
FILL = {
    "city": "London Berlin Chicago Toronto Singapore Dublin Amsterdam Lisbon Madrid Paris Munich Sydney "
            "Denver Seattle Manchester Barcelona Milan Tokyo Boston Atlanta".split(),
    "company": ["Northwind Traders", "Acme Corp", "Brightline Logistics", "Helio Systems", "Fabrikam",
                "Contoso", "Bluepeak Software", "Orbital Foods", "Tandem Health", "Greystone Insurance"],
    "product": ["PulseBoard", "LedgerLite", "Nimbus Sync", "FieldKit Pro", "Aurora Hub", "QuickQuote",
                "Atlas CRM", "Spark Mini", "TrailMate 2", "CloudDesk"],
    "tool": ["Jira", "Salesforce", "Excel", "Slack", "Confluence", "HubSpot", "Zendesk", "Asana", "Notion",
             "Google Sheets", "Power BI", "Tableau"],
    "team": ["Customer Success", "Platform", "RevOps", "Finance", "People Ops", "Growth", "Data Engineering",
             "Field Sales", "Procurement", "Brand"],
    "role": ["Senior Data Analyst", "Product Manager", "Account Executive", "Site Reliability Engineer",
             "HR Business Partner", "Marketing Coordinator", "Finance Controller", "Backend Developer",
             "Customer Support Lead", "Operations Manager"],
    "day": "Monday Tuesday Wednesday Thursday Friday".split(),
    "month": "January February March April June July September October November December".split(),
    "ver": ["2.4.1", "3.0.0", "1.18.3", "5.2", "4.11.0", "0.9.7", "7.1.2"],
    "q": ["Q1", "Q2", "Q3", "Q4"],
    "ticket": ["SUP-4821", "OPS-1177", "INC-20931", "PLAT-388", "CS-7052", "FIN-219", "BUG-6610"],
    "order": ["#A10-58231", "ORD-774102", "#88-1903", "PO-2024-0117", "SO-55871"],
}
FILL_DE = {"city": ["Hamburg", "Köln", "Frankfurt", "Leipzig", "Stuttgart", "Düsseldorf"],
           "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
           "month": ["Januar", "Februar", "März", "Juni", "Oktober", "November"]}
FILL_FR = {"city": ["Lyon", "Toulouse", "Nantes", "Bordeaux", "Lille", "Marseille"],
           "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
           "month": ["janvier", "février", "mars", "juin", "octobre", "novembre"]}
FILL_ES = {"city": ["Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga", "Valladolid"],
           "day": ["lunes", "martes", "miércoles", "jueves", "viernes"],
           "month": ["enero", "febrero", "marzo", "junio", "octubre", "noviembre"]}
LANG_FILL = {"de": FILL_DE, "fr": FILL_FR, "es": FILL_ES}


def _half(seq, half: str) -> list:
    return list(seq[0 if half == "dev" else 1::2])


def name_tokens(half: str) -> set[str]:
    """Every given name and surname of ``half``'s pool."""
    return {t for g, s in NAMES.values() for t in _half(g.split(), half) + _half(s.split(), half)}


def town_pool(half: str) -> set[str]:
    return {t[0] for pool in (US_TOWNS, GB_TOWNS, DE_TOWNS, FR_TOWNS, ES_TOWNS) for t in _half(pool, half)}


def street_pool(half: str) -> set[str]:
    pools = (US_STREETS, GB_STREETS, DE_STREETS, FR_STREETS, ES_STREETS)
    return {s for pool in pools for s in _half(pool, half)}


# ---------------------------------------------------------------------------------------------------------
# Value makers.

def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _iban(rng: random.Random, cc: str) -> str:
    bban = {"DE": lambda: "".join(rng.choice(string.digits) for _ in range(18)),
            "GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + "".join(
                rng.choice(string.digits) for _ in range(14)),
            "FR": lambda: "".join(rng.choice(string.digits) for _ in range(23)),
            "ES": lambda: "".join(rng.choice(string.digits) for _ in range(20)),
            "NL": lambda: rng.choice(["INGB", "RABO", "ABNA"]) + "".join(
                rng.choice(string.digits) for _ in range(10))}[cc]()
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = f"{98 - int(num) % 97:02d}"
    raw = cc + check + bban
    if rng.random() < 0.6:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


class Gen:
    """The values of one record: the same key gives the same value within a record."""

    def __init__(self, rng: random.Random, half: str, lang: str):
        self.rng, self.half, self.lang = rng, half, lang
        self.cache: dict[str, str] = {}
        self.people: dict[str, tuple[str, str, str]] = {}
        self.us = rng.random() < 0.5  # US or UK flavour for English records

    def d(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def person(self, idx: str) -> tuple[str, str, str]:
        if idx not in self.people:
            used = {t for p in self.people.values() for t in p[:2]}
            while True:
                c = self.rng.choice(LANG_CULTURES[self.lang])
                g = self.rng.choice(_half(NAMES[c][0].split(), self.half))
                s = self.rng.choice(_half(NAMES[c][1].split(), self.half))
                if g not in used and s not in used:
                    break
            self.people[idx] = (g, s, c)
        return self.people[idx]

    def value(self, key: str, idx: str) -> tuple[str, str]:
        ck = key + idx
        if ck in self.cache:
            return self.cache[ck]
        r, lang = self.rng, self.lang
        g, s, c = self.person(idx)
        if key == "person":
            v = f"{g} {s}" if c not in ("cn", "kr") or r.random() < 0.6 else f"{s} {g}"
            if r.random() < 0.08:
                v = v.lower()
            out = ("PERSON", v)
        elif key == "first":
            out = ("PERSON", g)
        elif key == "last":
            out = ("PERSON", s)
        elif key == "email":
            a, b = _ascii(g).lower(), _ascii(s).lower()
            local = r.choice([f"{a}.{b}", f"{a}{b}", f"{a[0]}{b}", f"{a}_{b}{self.d(2)}", f"{b}.{a}",
                              f"{a}.{b}{self.d(2)}"])
            host = MAIL_HOSTS[r.choice(LANG_HOSTS[lang])]
            out = ("EMAIL_ADDRESS", f"{local}@{host}")
        elif key == "phone":
            out = ("PHONE_NUMBER", self.phone())
        elif key == "addr":
            out = ("LOCATION", self.address())
        elif key == "town":
            out = ("LOCATION", self.town())
        elif key == "dob":
            out = ("DATE_OF_BIRTH", self.dob())
        elif key == "ssn":
            out = ("US_SSN", f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}")
        elif key == "card":
            out = ("CREDIT_CARD", self.card())
        elif key == "iban":
            cc = {"de": "DE", "fr": "FR", "es": "ES"}.get(lang) or r.choice(["GB", "DE", "NL", "GB"])
            out = ("IBAN_CODE", _iban(r, cc))
        elif key == "ip":
            out = ("IP_ADDRESS", r.choice([f"{r.choice([81, 86, 92, 109, 176, 188, 203, 73, 24])}."
                                           f"{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}",
                                           f"2a02:{r.randint(4096, 65535):x}:{r.randint(256, 65535):x}::"
                                           f"{r.randint(16, 4095):x}"]))
        elif key == "secret":
            out = ("SECRET", self.secret())
        elif key == "pw":
            out = ("SECRET", r.choice(_half(PASSWORDS, self.half)))
        else:
            raise KeyError(key)
        self.cache[ck] = out
        return out

    def phone(self) -> str:
        r, d = self.rng, self.d
        if self.lang == "de":
            return r.choice([f"+49 {r.choice(['151', '160', '170', '176'])} {d(4)} {d(4)}",
                             f"0{r.choice(['152', '171', '175'])} {d(7)}", f"0711 {d(3)} {d(2)} {d(2)}"])
        if self.lang == "fr":
            return r.choice([f"0{r.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",
                             f"+33 {r.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}"])
        if self.lang == "es":
            return r.choice([f"6{d(2)} {d(3)} {d(3)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}"])
        if self.us:
            a = r.choice(["312", "617", "415", "512", "206", "404", "720", "646", "469"])
            return r.choice([f"({a}) {d(3)}-{d(4)}", f"{a}-{d(3)}-{d(4)}", f"+1 {a} {d(3)} {d(4)}",
                             f"{a}.{d(3)}.{d(4)}"])
        return r.choice([f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"+44 (0)7{d(3)} {d(3)} {d(3)}",
                         f"020 {d(4)} {d(4)}"])

    def address(self) -> str:
        r, h = self.rng, self.half
        if self.lang == "de":
            t = r.choice(_half(DE_TOWNS, h))
            return f"{r.choice(_half(DE_STREETS, h))} {r.randint(2, 88)}, {t[1]} {t[0]}"
        if self.lang == "fr":
            t = r.choice(_half(FR_TOWNS, h))
            num = f"{r.randint(2, 60)}{r.choice(['', '', ' bis'])}"
            return f"{num} {r.choice(_half(FR_STREETS, h))}, {t[1]} {t[0]}"
        if self.lang == "es":
            t = r.choice(_half(ES_TOWNS, h))
            return (f"{r.choice(_half(ES_STREETS, h))} {r.randint(2, 90)}, {r.randint(1, 8)}º "
                    f"{r.choice('ABCD')}, {t[1]} {t[0]}")
        if self.us:
            t = r.choice(_half(US_TOWNS, h))
            apt = r.choice(["", "", f" Apt {r.randint(2, 40)}", f" Unit {r.randint(1, 9)}B"])
            num = r.randint(100, 9899)
            return f"{num} {r.choice(_half(US_STREETS, h))}{apt}, {t[0]}, {t[1]} {t[2]}{self.d(2)}"
        t = r.choice(_half(GB_TOWNS, h))
        flat = r.choice(["", "", f"Flat {r.randint(1, 12)}, "])
        pc = f"{t[1]} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return f"{flat}{r.randint(1, 120)} {r.choice(_half(GB_STREETS, h))}, {t[0]} {pc}"

    def town(self) -> str:
        pool = {"de": DE_TOWNS, "fr": FR_TOWNS, "es": ES_TOWNS}.get(self.lang) or (
            US_TOWNS if self.us else GB_TOWNS)
        return self.rng.choice(_half(pool, self.half))[0]

    def dob(self) -> str:
        r = self.rng
        y, m, d = r.randint(1956, 2004), r.randint(1, 12), r.randint(1, 28)
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
        if self.lang == "de":
            return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"])
        if self.lang in ("fr", "es"):
            return f"{d:02d}/{m:02d}/{y}"
        if self.us:
            return r.choice([f"{m:02d}/{d:02d}/{y}", f"{months[m - 1]} {d}, {y}", f"{m}/{d}/{y}"])
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}", f"{d} {months[m - 1][:3]} {y}"])

    def card(self) -> str:
        r = self.rng
        kind = r.choice(["visa", "mc", "amex", "visa"])
        if kind == "amex":
            body = r.choice(["34", "37"]) + self.d(12)
            n = body + _luhn_digit(body)
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        if kind == "visa":
            body = r.choice(["4"]) + self.d(14)
        else:
            body = r.choice(["51", "53", "55"]) + self.d(13)
        n = body + _luhn_digit(body)
        sep = r.choice([" ", "-", " ", ""])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def secret(self) -> str:
        r = self.rng
        an = string.ascii_letters + string.digits

        def rnd(n, chars=an):
            return "".join(r.choice(chars) for _ in range(n))
        return r.choice([f"sk_live_{rnd(24)}", f"AKIA{rnd(16, string.ascii_uppercase + string.digits)}",
                         f"ghp_{rnd(36)}", f"xoxb-{self.d(11)}-{self.d(12)}-{rnd(24)}",
                         f"sk-proj-{rnd(40)}", f"glpat-{rnd(20)}"])


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------------------------------------------------
# Templates. Syntax: ⟦a‖b‖c⟧ picks one alternative; ⟨name⟩ is a work filler (same within a record);
# «positive‖negative» is a slot: a positive record writes the positive side, where ^key or ^keyN is a personal
# value (keys: person first last email phone addr town dob ssn card iban ip secret pw; N picks the person),
# a negative record writes the negative side. «?positive‖negative» is written positive only half the time.

@dataclass(frozen=True)
class Template:
    name: str
    half: str
    family: str
    lang: str
    text: str


_T: list[Template] = []


def T(half: str, family: str, lang: str, text: str) -> None:
    _T.append(Template(f"{half}-{family}-{lang}-{sum(t.half == half for t in _T)}", half, family, lang,
                       text.strip("\n")))


# ------------------------------------------------------------------ dev, English
T("dev", "email_rewrite", "en", """
⟦Can you make this email sound more professional? Keep it short.‖rewrite this email so it's less blunt pls⟧

Hi «^first‖team»,

Just following up on ⟨ticket⟩ - the ⟨product⟩ renewal for ⟨company⟩ is still stuck in ⟨tool⟩ and Finance \
needs it closed by ⟨day⟩. Can someone from ⟨team⟩ look at it today? If not I'll escalate to the ⟨role⟩.

«?You can reach me on ^phone2 until 6, I'm WFH in ^town2 this week.‖»
Thanks,
«^person2‖— the ⟨team⟩ team»
""")
T("dev", "linkedin_post", "en", """
Draft a LinkedIn post announcing our new office opening. Upbeat but not cringe, max 120 words.

Details:
- Office: ⟨city⟩, opens ⟨month⟩ 3
- ⟨company⟩ now has 4 hubs in Europe
- Hiring for ⟨role⟩ and Customer Success roles
- «Thank ^person for leading the fit-out (tag her)‖Thank the Workplace team for the fit-out»
«?- Questions: ^email‖»
""")
T("dev", "meeting_notes", "en", """
⟦Summarise these meeting notes into decisions + action items.‖tl;dr these notes into 5 bullets with owners⟧

Weekly sync — ⟨team⟩ — ⟨day⟩
Attendees: «^person, ^person2, ^person3‖Product, Eng, Design, QA»
- ⟨product⟩ v⟨ver⟩ slipped one week, blocker is the SSO bug (⟨ticket⟩)
- «^first2‖Eng» to check with ⟨company⟩ re: API rate limits
- budget for ⟨q⟩ approved, ~$42k
- «^first‖PM» owns the ⟨city⟩ pilot comms
- next sync moved to ⟨day⟩ 10:30
""")
T("dev", "job_ad", "en", """
Write a job ad for this role. Friendly tone, inclusive language, bullet points for requirements.

Role: ⟨role⟩
Team: ⟨team⟩, reporting to the Head of Operations
Location: ⟨city⟩ office, hybrid (3 days)
Must have: SQL, ⟨tool⟩, stakeholder management
Nice to have: ⟨tool⟩ admin experience
Salary band: £48,000–£56,000
«Apply to: ^person, ^email, ^phone‖Apply via: careers page, ref JOB-⟨q⟩-117»
""")
T("dev", "error_explain", "en", """
what does this error mean and how do I fix it? happens every time the nightly job runs

Traceback (most recent call last):
  File "/srv/etl/jobs/sync_accounts.py", line 88, in run
    client = ApiClient(base_url=BASE_URL, api_key="«^secret‖${ACCOUNTS_API_KEY}»")
  File "/srv/etl/lib/client.py", line 41, in __init__
    self.session.mount("https://", HTTPAdapter(max_retries=RETRIES))
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.northwind.example', port=443): \
Max retries exceeded with url: /v2/accounts?updated_since=2024-03-01
«?client_ip=^ip user=^email‖»
""")
T("dev", "code_review", "en", """
Review this Python function. Anything unsafe or unidiomatic?

```python
def send_report(rows, to="«^email‖{{recipient}}»"):
    smtp = smtplib.SMTP("smtp.office365.com", 587)
    smtp.login(SMTP_USER, "«^pw‖<PASSWORD>»")
    body = "\\n".join(f"{r['region']}: {r['total']}" for r in rows)
    smtp.sendmail(FROM_ADDR, to, body)
    «?# allowlisted for ^person, IP ^ip‖# TODO: move creds to vault»
```
""")
T("dev", "sql_query", "en", """
⟦I need a SQL query (Postgres).‖write postgres sql for this please⟧ Table `customers` looks like this:

| id | full_name | email | dob | city | created_at |
|----|-----------|-------|-----|------|------------|
| 1 | «^person‖<name>» | «^email‖<email>» | «^dob‖<date>» | «^town‖<city>» | 2023-11-02 |
| 2 | «^person2‖<name>» | «^email2‖<email>» | «^dob2‖<date>» | ⟨city⟩ | 2024-01-17 |

I want the number of customers created per month in 2024, and the average age at sign-up (dob column is the \
date of birth).
""")
T("dev", "csv_analysis", "en", """
Analyse this CSV of ⟨q⟩ sales by rep. Who's trending down and what should I ask them?

rep,region,jan,feb,mar,quota
«^person‖Rep A»,⟨city⟩,41200,38900,33100,45000
«^person2‖Rep B»,EMEA North,52000,55400,61200,50000
«^person3‖Rep C»,⟨city⟩,29800,30100,27600,35000
«?^person4‖Rep D»,APAC,47100,44300,46900,45000
""")
T("dev", "project_timeline", "en", """
Turn this into a project timeline with milestones (weeks), risks and owners.

Project: migrate ⟨team⟩ reporting from ⟨tool⟩ to ⟨tool⟩
Start: ⟨month⟩ 1. Hard deadline: end of ⟨q⟩ (board pack).
Owners: «^person (data), ^person2 (infra)‖Data lead, Infra lead»
Phases: discovery, schema mapping, dual-run, cutover, decommission
Known risk: the ⟨company⟩ connector only supports API v⟨ver⟩
""")
T("dev", "product_copy", "en", """
Write three versions of product page copy (short, medium, long) for:

⟨product⟩ — a smart thermostat for small offices. Works with ⟨tool⟩ alerts, 18-month battery, \
installs in 10 minutes. Launching in ⟨city⟩ and ⟨city2⟩ in ⟨month⟩. RRP $149.
«Include this customer quote: "Saved us a fortune on heating" — ^person, office manager in ^town‖\
Include a placeholder for a customer quote: [Customer quote — Name, Role]»
""")
T("dev", "translation", "en", """
Translate into French, keep it formal:

"Dear «Mr ^last‖Sir or Madam»,
Thank you for your order ⟨order⟩. Your ⟨product⟩ will be shipped from our ⟨city⟩ warehouse on ⟨day⟩. \
«If you have any questions, please call me directly on ^phone.‖If you have any questions, please reply to \
this message.»
Kind regards,
«^person2‖Customer Service»"
""")
T("dev", "interview_questions", "en", """
Prepare 8 interview questions for a ⟨role⟩ candidate, mix of behavioural and technical.
«Candidate: ^person, currently at ⟨company⟩, lives in ^town so ask about relocation to ⟨city⟩.‖\
Candidate is currently at a competitor and would relocate to ⟨city⟩.»
Panel: «^first2 (hiring manager) and me‖hiring manager and a peer from ⟨team⟩»
Focus areas: ⟨tool⟩, stakeholder mgmt, ownership
""")
T("dev", "vendor_compare", "en", """
Compare ⟨tool⟩ vs ⟨tool2⟩ for a 40-person support team. Table please: pricing, SSO, reporting, API, \
migration effort.
Context: we're on ⟨tool3⟩ today, contract ends in ⟨month⟩, budget ~€30k/yr.
«Our rep at the vendor is ^person (^email) if you need a contact for the table.‖»
""")
T("dev", "policy_faq", "en", """
Write an internal FAQ (8-10 Qs) for our new expenses policy. Keep answers under 40 words.

Key rules:
- Claims via ⟨tool⟩ within 30 days
- Hotel cap: £180/night in ⟨city⟩, £130 elsewhere
- No alcohol unless client entertainment (pre-approved)
- Questions go to «^person, ^email, ext ^phone‖the Finance team, {{finance_inbox}}»
""")
T("dev", "name_brainstorm", "en", """
Brainstorm 15 names for our internal data platform. Short, pronounceable, not already a big product.
Vibe: calm, reliable, a bit nautical. We rejected: Harbor, Anchor, Lighthouse.
«My colleague ^first suggested "Keel" — include variations on that.‖»
Team: ⟨team⟩, launching ⟨q⟩.
""")
T("dev", "grammar_fix", "en", """
⟦fix grammar only, dont change the meaning‖Please correct the spelling and grammar.⟧

«^first‖Hi all» - the numbers for ⟨month⟩ is attached, there was alot of returns from the ⟨city⟩ store which \
effect the margin. Me and «^first2‖the team» will go thru it on ⟨day⟩, \
if their are questions let us know before.
«?Cheers, ^first3‖Cheers»
""")
T("dev", "lesson_plan", "en", """
Create a 45-minute lesson plan for Year 9 on the water cycle. Include a starter, main activity, plenary \
and a differentiation note.
«Class teacher: ^person. Please email the worksheet to ^email.‖Class teacher: [Teacher name].»
Room B12, ⟨day⟩ period 3. 28 students, 4 with EAL.
""")
T("dev", "meal_plan", "en", """
Make a 7-day meal plan, high protein, vegetarian, under £60/week. Shopping list grouped by aisle.
«It's for my dad, ^person, born ^dob — type 2 diabetic, lives alone in ^town.‖It's for an older relative \
with type 2 diabetes who lives alone.»
No mushrooms. Slow cooker available.
""")
T("dev", "travel_itinerary", "en", """
Plan a 4-day itinerary in ⟨city⟩ for a client visit + one free day. Walkable, good coffee, one nice dinner.
Flights: arrive ⟨day⟩ 09:40, leave ⟨day2⟩ 18:05.
«Traveller: ^person, mobile ^phone, pickup from home (^addr) at 5am.‖Traveller: [Name], pickup from home at \
5am.»
Budget: €250/day excl. hotel.«? Hotel guarantee on my card ^card.‖»
""")
T("dev", "support_macro", "en", """
Write a Zendesk macro for refund requests where the order is older than 30 days. Empathetic, firm.

Example ticket (for tone):
"Hi, I bought ⟨product⟩ on order ⟨order⟩ and it stopped working. «I paid with my card ^card and want the \
money back or a new one sent to ^addr. - ^person, ^phone‖I want the money back.»"
Use {{ticket.requester.first_name}} for the name.
""")
T("dev", "release_notes", "en", """
Turn these commit messages into customer-facing release notes for ⟨product⟩ v⟨ver⟩.

- fix: null pointer in InvoiceExporter when currency missing
- feat: bulk edit for tags (⟨ticket⟩)
- chore: bump pandas to 2.2
- fix: SSO redirect loop on Safari 17
- «?feat: add allowlist entry for ^ip (requested by ^email)‖feat: configurable IP allowlist»
- perf: 30% faster dashboard load in ⟨city⟩ region
""")
T("dev", "perf_review", "en", """
Help me phrase this performance review feedback so it's constructive. No names in the output please.

Context: «^person‖the employee», ⟨role⟩, 2 years in ⟨team⟩.
Strengths: owns incidents, great with ⟨tool⟩, mentors juniors.
Needs work: misses deadlines on docs, goes quiet in planning.
Rating: meets expectations.
""")
T("dev", "legal_clause", "en", """
Explain this clause in plain English. Is it normal for a freelance contract?

"7.2 Payment. The Client shall pay each undisputed invoice within thirty (30) days of receipt to the account \
«of ^person, IBAN ^iban‖designated in Schedule 2». Late payments accrue interest at 4% above the Bank of \
England base rate."
""")
T("dev", "spreadsheet_formula", "en", """
Excel question: I need a formula in column F that flags anyone whose contract ends in the next 60 days.

A: Name | B: SSN (payroll) | C: Start | D: End | E: Team
«^person‖Employee 1» | «^ssn‖***-**-****» | 01/02/2023 | 28/⟨monthnum⟩/2025 | ⟨team⟩
«^person2‖Employee 2» | «^ssn2‖***-**-****» | 15/06/2022 | 14/06/2025 | ⟨team2⟩
«?^person3 | ^ssn3‖Employee 3 | ***-**-****» | 03/10/2024 | 02/10/2026 | Finance
""")
# ------------------------------------------------------------------ dev, German / French / Spanish
T("dev", "email_rewrite", "de", """
Kannst du diese Mail freundlicher formulieren?

Hallo «^first‖zusammen»,
die Rechnung zu Auftrag ⟨order⟩ ist immer noch offen. Bitte bis ⟨day⟩ klären, sonst geht das an die \
Buchhaltung in ⟨city⟩.
«Rückfragen gern an mich: ^phone2‖Rückfragen bitte über das Ticket ⟨ticket⟩.»
Gruß
«^person2‖Ihr Vertriebsteam»
""")
T("dev", "perf_review", "de", """
Formuliere bitte ein kurzes Arbeitszeugnis-Feedback, sachlich und wohlwollend.

Mitarbeiter: «^person, geboren am ^dob, wohnhaft ^addr‖[Name], [Geburtsdatum], [Anschrift]»
Position: ⟨role⟩ im Team ⟨team⟩ seit ⟨month⟩ 2021
Stärken: zuverlässig, strukturiert, gut mit ⟨tool⟩
""")
T("dev", "support_macro", "fr", """
Rédige une réponse type pour le support client (remboursement refusé), ton poli.

Exemple de message client :
"Bonjour, ma commande ⟨order⟩ est arrivée cassée. «Je m'appelle ^person, mon numéro : ^phone.‖» \
Merci de me rembourser."
Signature : «^first2, service client‖Le service client ⟨company⟩»
""")
T("dev", "meeting_notes", "fr", """
Résume ce compte-rendu en 5 points avec responsables.

Réunion équipe ⟨team⟩ — ⟨day⟩ ⟨month⟩
Présents : «^person, ^person2, ^first3‖Produit, Marketing, Ventes»
- lancement ⟨product⟩ à ⟨city⟩ repoussé
- «^first2‖Marketing» prépare la campagne LinkedIn
- budget T3 validé
- «^first3 travaille désormais depuis ^town3 (télétravail)‖nouvelle règle de télétravail à partir de ⟨month⟩»
""")
T("dev", "job_ad", "es", """
Redacta una oferta de empleo para este puesto, tono cercano.

Puesto: ⟨role⟩ en ⟨city⟩ (híbrido)
Requisitos: Excel avanzado, ⟨tool⟩, inglés B2
«Enviar CV a ^person: ^email o WhatsApp ^phone‖Enviar CV a través del portal de empleo»
""")
T("dev", "legal_clause", "es", """
Explícame esta cláusula del contrato de alquiler en palabras sencillas.

"Cuarta. El arrendatario«, ^person, con domicilio en ^addr,‖» abonará la renta mensual de 950 euros \
mediante transferencia a la cuenta «^iban‖indicada por el arrendador» antes del día 5 de cada mes."
""")

# ------------------------------------------------------------------ test, English
T("test", "email_rewrite", "en", """
⟦Shorten this email to 3-4 sentences max‖can u make this shorter and friendlier⟧

Hello «^first‖everyone»,
As discussed in ⟨day⟩'s call, we are pausing the ⟨product⟩ rollout in ⟨city⟩ until the data-processing \
addendum with ⟨company⟩ is signed. Legal expects it back by ⟨month⟩ 14. In the meantime please do not share \
customer exports outside ⟨tool⟩. «?Any questions, ring me on ^phone2 (working from home in ^town2 all week).‖»
Best regards,
«^person2‖Operations»
""")
T("test", "linkedin_post", "en", """
write a linkedin post celebrating 5 years of our product - ⟨product⟩. humble tone, 3 short paragraphs, \
2 hashtags max

facts: launched ⟨month⟩ 2020 in ⟨city⟩, now 1,200 customers, team of 35, ⟨q⟩ was our best quarter
«shoutout to ^person who wrote the first line of code and ^person2 our first customer success hire‖\
shoutout to the founding engineers and our first customer success hire»
""")
T("test", "meeting_notes", "en", """
Can you turn these rough notes into a tidy summary email?

notes ⟨day⟩ - ⟨team⟩ / ⟨company⟩ QBR
- «^person (their side) and ^person2‖their Head of IT and our AM» joined
- renewal at ~$86k, wants 3-yr term
- complaints: ⟨tool⟩ sync lag, 2 P1s in ⟨month⟩ (⟨ticket⟩)
- «^first2‖AM» to send revised quote by ⟨day2⟩
- «?^first mentioned they're moving house to ^town, so next QBR remote‖next QBR remote»
""")
T("test", "job_ad", "en", """
Write a short, punchy job post for our careers page + a 2-line version for social.

Job: ⟨role⟩ (12-month fixed term)
Where: ⟨city⟩, 4 days on site
Stack: Python, dbt, ⟨tool⟩
We offer: 28 days holiday, pension match 6%, learning budget $2,000
«Hiring manager: ^person — candidates can text ^phone with questions‖Hiring manager: [Hiring Manager Name]»
""")
T("test", "error_explain", "en", """
Why am I getting a 403 here? config + log below

.env
DB_HOST=db.internal.example
STRIPE_KEY=«^secret‖<your-stripe-key>»
LOG_LEVEL=debug

[⟨month⟩ 12 09:14:02] WARN  auth.middleware: forbidden path=/admin/export status=403 \
«remote_addr=^ip user=^email‖remote_addr=<client-ip> user=<user>»
[⟨month⟩ 12 09:14:02] ERROR export.job: aborted after 403, retry in 300s
""")
T("test", "code_review", "en", """
Code review pls - is this safe to merge? JS, runs in a Lambda

```js
const headers = { Authorization: `Bearer «^secret‖${process.env.GH_TOKEN}»` };
const ALLOW = [«"^ip"‖process.env.ALLOWED_IP»]; // «my home IP, remove later‖set per environment»
export async function notify(order) {
  // «?escalations go to ^person, ^phone‖escalations go to on-call»
  await fetch(`https://hooks.example.com/orders/${order.id}`, { method: "POST", headers });
  return { ok: true, region: order.region ?? "eu-west-1" };
}
```
""")
T("test", "sql_query", "en", """
Write a MySQL query: find duplicate customers (same email or same SSN) in this table and keep the newest.

customers(id, name, email, ssn, signup_date, plan)
sample rows:
17, «^person‖<redacted>», «^email‖<redacted>», «^ssn‖XXX-XX-XXXX», 2024-02-11, Pro
18, «^person2‖<redacted>», «^email2‖<redacted>», «^ssn2‖XXX-XX-XXXX», 2024-02-19, Basic
""")
T("test", "csv_analysis", "en", """
Here's our KPI export. Spot anomalies and suggest 3 charts for the ⟨month⟩ board deck.

week,market,signups,churned,mrr_usd,owner
W14,⟨city⟩,412,19,182400,«^person‖Growth»
W15,⟨city⟩,398,31,181100,«^person‖Growth»
W16,⟨city2⟩,455,22,190700,«^person2‖Brand»
W17,⟨city2⟩,120,24,191200,«^person2‖Brand»
""")
T("test", "project_timeline", "en", """
Build me a Gantt-style plan (text table is fine) for the office move.

- Move from ⟨city⟩ Floor 3 to the new building, target ⟨month⟩ 20
- Vendors: movers (quote pending), IT cabling via ⟨company⟩
- Freeze on hardware orders 2 weeks before
- «Point of contact: ^person, ^email, mobile ^phone‖Point of contact: Facilities»
- All-hands announcement on a ⟨day⟩
""")
T("test", "product_copy", "en", """
Write an Amazon listing (title, 5 bullets, description) for ⟨product⟩: waterproof hiking daypack, 22L, \
recycled nylon, lifetime warranty, 3 colours (Slate, Moss, Ember). Price $89.
«Mention it was designed by ^person, a mountain guide from ^town.‖\
Mention it was designed with mountain guides.»
""")
T("test", "translation", "en", """
translate to Spanish (Spain), casual:

"Hey «^first‖there»! Thanks for signing up to ⟨product⟩. Your trial runs until ⟨month⟩ 30. \
«If anything breaks just text me at ^phone2 — ^first2‖If anything breaks, just reply to this email» 🙂"
""")
T("test", "interview_questions", "en", """
Give me a structured interview guide (intro, 6 competency questions with follow-ups, close) for a \
⟨role⟩ role in ⟨team⟩.
«The candidate is ^person (CV says ^email, ^phone). Her referee is ^person2.‖The candidate has 6 years' \
experience; her referee is a former manager.»
Interview is on ⟨day⟩ at our ⟨city⟩ office.
""")
T("test", "vendor_compare", "en", """
Which is better for a 15-person agency: ⟨tool⟩ or ⟨tool2⟩? Pros/cons + recommendation. We need time \
tracking, client portals, invoicing in GBP and EUR.
«FYI ^first from ⟨company⟩ offered 20% off, her number is ^phone if that changes anything‖\
FYI one vendor offered 20% off»
""")
T("test", "policy_faq", "en", """
Draft a customer FAQ page for our returns policy.

- 30 days from delivery, unused, original packaging
- Refunds in 5-7 working days to original payment method
- Exchanges free in UK, £4.95 for EU (⟨city⟩ hub)
- Damaged items: photo within 48h
«- Escalations: ^person, Returns Manager, ^email‖- Escalations: Returns Manager, <returns-inbox>»
""")
T("test", "name_brainstorm", "en", """
Need 20 name ideas for a small bakery and coffee shop. Cosy, a bit witty, works as an Instagram handle.
«It's for my sister ^person — she's opening it on the high street in ^town, near her house.‖\
It's opening on a high street in a market town.»
Avoid puns on "bread" and "knead" (overdone).
""")
T("test", "grammar_fix", "en", """
Proofread this, UK English:

Dear «Ms ^last‖Customer»,
Further to you're complaint dated 3rd ⟨month⟩ regarding order ⟨order⟩, we has now investigated and can \
confirm that a full refund have been issued. We apologise for any inconvenience caused.
Yours sincerely
«^person2‖Customer Relations»
""")
T("test", "lesson_plan", "en", """
Plan a 60-min ESL lesson (B1 adults) on job interviews: warm-up, vocabulary, role-play, homework.
«Learners include ^first, ^first2 and ^first3 — ^first2 is shy so pair her with ^first.‖\
Some learners are shy, so suggest pairings.»
Classroom has a projector, no internet.
""")
T("test", "meal_plan", "en", """
Help me plan 5 weekday dinners for a family of four, budget $120, two picky kids, one nut allergy.
«Plan is for the ^last family — my son ^first (date of birth ^dob) has the nut allergy.‖\
One of the kids has the nut allergy.»
Must be ready in 30 mins.
""")
T("test", "travel_itinerary", "en", """
Put together a 3-day itinerary for a sales trip: ⟨city⟩ (2 nights) then ⟨city2⟩ (1 night). Train between \
them. Meetings: ⟨company⟩ ⟨day⟩ 10am, ⟨company2⟩ ⟨day2⟩ 2pm.
«Traveller ^person, DOB ^dob, passport name as shown; home address for the taxi: ^addr.‖Traveller details \
as per the booking tool.»
«?Card for the hotel deposit: ^card‖»
""")
T("test", "support_macro", "en", """
Create 3 support macros (password reset, billing dispute, shipping delay). Under 90 words each, \
use <customer> placeholders.

Example of a billing dispute we got:
"«Card ^card was charged twice for ⟨order⟩!! Call me ^phone. ^person, ^addr‖\
I was charged twice for ⟨order⟩!!»"
""")
T("test", "release_notes", "en", """
Write release notes from this changelog. Group into New / Improved / Fixed. Audience: admins.

⟨product⟩ ⟨ver⟩
* Added SCIM provisioning for ⟨tool⟩
* Fixed CSV export timezone bug (⟨ticket⟩)
* Improved search ranking
* «?Removed hardcoded test account ^email / ^pw from seed script‖\
Removed hardcoded test account from seed script»
* Deprecated API v1 (removal in ⟨month⟩)
""")
T("test", "perf_review", "en", """
Rewrite my notes into a balanced mid-year review. Keep it generic, no names.

«^first‖They» consistently hit targets in ⟨q⟩, handled the ⟨company⟩ escalation really well.
Areas to grow: delegation, writing clearer ⟨tool⟩ tickets.
«^first‖They» asked about moving to the ⟨city⟩ team next year.
""")
T("test", "legal_clause", "en", """
What does this indemnity clause actually mean for us as the supplier? Plain English, bullets.

"12.1 The Supplier shall indemnify the Customer against all losses arising from any breach of clause 9 \
(Data Protection). «Notices under this clause shall be sent to ^person at ^addr.‖Notices under this clause \
shall be sent to the addresses in Schedule 1.»"
«?Refunds under 12.3 go to IBAN ^iban.‖»
""")
T("test", "spreadsheet_formula", "en", """
Google Sheets: how do I calculate age from the DOB column and then count people over 40 per office?

Name | DOB | Office
«^person‖Person A» | «^dob‖dd/mm/yyyy» | ⟨city⟩
«^person2‖Person B» | «^dob2‖dd/mm/yyyy» | ⟨city2⟩
""")
# ------------------------------------------------------------------ test, German / French / Spanish
T("test", "meeting_notes", "de", """
Fass bitte das Protokoll kurz zusammen (Entscheidungen, To-dos).

Jour fixe ⟨team⟩, ⟨day⟩
Teilnehmer: «^person, ^person2, Herr ^last3‖Vertrieb, IT, Einkauf»
- Angebot von ⟨company⟩ liegt bei 18.400 €
- «^first2‖IT» prüft die Schnittstelle zu ⟨tool⟩
- Rollout in ⟨city⟩ im ⟨month⟩
""")
T("test", "support_macro", "de", """
Schreib eine Vorlage für den Kundenservice: Lieferverzögerung, höflich.

Beispielanfrage:
"Meine Bestellung ⟨order⟩ ist seit zwei Wochen unterwegs. «Lieferadresse: ^addr. Tel. ^phone. Gruß ^person‖\
Bitte um Rückmeldung.»"
""")
T("test", "email_rewrite", "fr", """
Peux-tu reformuler ce mail pour qu'il soit plus clair ?

Bonjour «^first‖à tous»,
Suite à notre échange de ⟨day⟩, la facture ⟨order⟩ sera réglée fin ⟨month⟩. «Merci de virer l'acompte sur \
le compte ^iban.‖Merci de patienter.»
Cordialement,
«^person2‖La comptabilité»
""")
T("test", "travel_itinerary", "fr", """
Propose un itinéraire de 3 jours à ⟨city⟩ pour un séminaire d'équipe (12 personnes).
«Organisatrice : ^person, née le ^dob, tél. ^phone.‖Organisation : équipe RH.»
Arrivée ⟨day⟩ matin, budget 200 € par personne.
""")
T("test", "grammar_fix", "es", """
Corrige la ortografía y la gramática de este texto, por favor:

Hola «^first‖a todos», les escribo para confirmar que la reunion con ⟨company⟩ sera el ⟨day⟩ en ⟨city⟩. \
«Estoy en casa en ^town, cualquier duda me llaman al ^phone.‖Cualquier duda, escriban al canal del equipo.»
Saludos, «^person2‖el equipo de ⟨team⟩»
""")
T("test", "csv_analysis", "es", """
Analiza estos datos de ventas y dime qué tienda va peor.

tienda,responsable,ventas_ene,ventas_feb
⟨city⟩,«^person‖Responsable 1»,23100,19800
⟨city2⟩,«^person2‖Responsable 2»,30400,31900
Online,«^email3‖tienda-online»,15200,17800
""")

TEMPLATES: tuple[Template, ...] = tuple(_T)
PER_TEMPLATE = 10  # 5 positives and 5 negatives per template and half


# ---------------------------------------------------------------------------------------------------------
# Assembly.

_CHOICE = re.compile(r"⟦([^⟦⟧]*)⟧")
_FILL = re.compile(r"⟨([a-z]+)(\d?)⟩")
_SLOT = re.compile(r"«(\??)([^«»‖]*)‖([^«»]*)»")
_KEY = re.compile(r"\^([a-z]+)(\d?)")
MONTHNUM = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]


def render(t: Template, g: Gen, positive: bool) -> tuple[str, list[dict]]:
    r = g.rng
    text = _CHOICE.sub(lambda m: r.choice(m[1].split("‖")), t.text)
    fills: dict[str, str] = {}

    def fill(m: re.Match) -> str:
        key = m[1] + m[2]
        if key not in fills:
            if m[1] == "monthnum":
                fills[key] = r.choice(MONTHNUM)
            else:
                pool = LANG_FILL.get(t.lang, {}).get(m[1], FILL[m[1]])
                taken = {v for k, v in fills.items() if k.rstrip("0123456789") == m[1]}
                fills[key] = r.choice([x for x in pool if x not in taken])
        return fills[key]
    text = _FILL.sub(fill, text)
    out, spans, pos = [], [], 0
    length = 0
    for m in _SLOT.finditer(text):
        out.append(text[pos:m.start()])
        length += len(text[pos:m.start()])
        use = positive and (not m[1] or r.random() < 0.5)
        part = m[2] if use else m[3]
        k = 0
        for km in _KEY.finditer(part):
            lit = part[k:km.start()]
            out.append(lit)
            length += len(lit)
            typ, val = g.value(km[1], km[2])
            spans.append({"type": typ, "start": length, "end": length + len(val), "value": val})
            out.append(val)
            length += len(val)
            k = km.end()
        out.append(part[k:])
        length += len(part[k:])
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def problems(text: str, spans: list[dict], half: str, negative: bool) -> list[str]:
    """What is wrong with a record (empty when it may be written)."""
    out = []
    covered = [False] * len(text)
    for s in spans:
        if text[s["start"]:s["end"]] != s["value"] or s["value"] != s["value"].strip() or "\n" in s["value"]:
            out.append("span shape")
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a["end"] > b["start"]:
            out.append("overlap")
        if text[a["end"]:b["start"]] == " " and a["type"] == b["type"] == "PERSON":
            out.append("split name")
    for s in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(s["value"]) + r"(?!\w)", text):
            if not all(covered[m.start():m.end()]):
                out.append(f"unlabelled repeat: {s['value']}")
    if negative:
        words = set(re.findall(r"[\w'-]+", text))
        pools = name_tokens("dev") | name_tokens("test")
        if words & pools or any(t in text for t in town_pool("dev") | town_pool("test")):
            out.append("pool value in a negative")
        if spans:
            out.append("spans in a negative")
    elif not 1 <= len(spans) <= 8:
        out.append(f"{len(spans)} spans")
    return out


def _record(t: Template, positive: bool, half: str, i: int, seed: int) -> dict:
    for attempt in range(60):
        g = Gen(random.Random(f"c20|{seed}|{half}|{i}|{attempt}"), half, t.lang)
        text, spans = render(t, g, positive)
        spans.sort(key=lambda s: s["start"])
        if not problems(text, spans, half, not positive):
            break
    else:
        raise RuntimeError(f"c20 {half} {i} {t.name}: {problems(text, spans, half, not positive)}")
    meta = {"kind": "positive" if positive else "negative", "lang": t.lang, "family": t.family,
            "template": t.name}
    if not positive:
        meta["neg_class"] = t.family
    else:
        if t.lang == "en":
            meta["variant"] = "us" if g.us else "gb"
    return {"id": f"c20-{half}-{i}", "text": text, "spans": spans, "meta": meta}


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    slots = [(t, k < PER_TEMPLATE // 2) for t in TEMPLATES if t.half == half for k in range(PER_TEMPLATE)]
    random.Random(f"c20-order|{seed}|{half}").shuffle(slots)
    n = SIZES[half] if n is None else n
    return [_record(*slots[i % len(slots)], half, i, seed) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, __doc__.splitlines()[0], DEFAULT_SEED, argv, SIZES["dev"])


if __name__ == "__main__":
    sys.exit(main())
