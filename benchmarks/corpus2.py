"""A second labelled corpus, written from scratch for issue #19 and frozen: never used to tune the scrubber.

Independent of ``benchmarks.corpus``: its own templates, its own value generators and pools (no Faker), so a
recognizer tuned on the first corpus or on the third-party fixtures gets no help here. Scored and reported
separately by ``benchmarks.scrub_quality`` ("corpus2"). Change it only to fix a labelling error, never to make
a number better; a fix says so in its commit message.

Records: ``{"id", "text", "spans": [{"type", "start", "end", "value"}], "meta": {"template", "style"}}``.

    .venv/bin/python -m benchmarks.corpus2 [--n N] [--seed S] > corpus2.jsonl
"""

import argparse
import json
import random
import re
import string
import sys

DEFAULT_SEED = 190019
FROZEN = "2026-12-04"  # the day the templates and pools were frozen

# ---- value pools (hand-written for this corpus; kept apart from the scrubber's own word lists) ----------
_FIRST = (
    "Oluwadamilare", "Nkiruka", "Kwabena", "Efosa", "Abiola", "Chiwetel", "Thandiwe", "Lindiwe", "Tendai",
    "Nyambura", "Wanjiru", "Baraka", "Seydou", "Aminata", "Mariama", "Oumar", "Tuyet", "Quynh", "Thuy",
    "Phuc", "Hieu", "Long", "Dat", "Xiaoling", "Jingyi", "Zihan", "Haoran", "Yuto", "Riku", "Hinata",
    "Mitsuki", "Seo-yeon", "Min-jun", "Ha-eun", "Dong-hyun", "Ananya", "Ishaan", "Meenakshi", "Venkatesh",
    "Harpreet", "Gurpreet", "Farzana", "Tahmina", "Nasrin", "Mehdi", "Shirin", "Dariush", "Yasemin",
    "Burak", "Cem", "Gökhan", "Dilara", "Volkan", "Ingeborg", "Solveig", "Torbjørn", "Sigrún", "Eyvind",
    "Åsa", "Leif", "Maarit", "Aino", "Jarkko", "Wiebke", "Hauke", "Gesine", "Rüdiger", "Ottilie",
    "Ludovic", "Gaëlle", "Bérénice", "Anne-Sophie", "Jean-Baptiste", "Loïc", "Maëlys", "Iñaki", "Nerea",
    "Ainhoa", "Rocío", "Joaquín", "Begoña", "Gualtiero", "Ornella", "Raffaele", "Benedetta", "Ludovica",
    "Thiago", "Luíza", "Conceição", "Raimundo", "Jussara", "Severino", "Grzegorz", "Bożena", "Jadwiga",
    "Przemysław", "Radosław", "Svitlana", "Bohdan", "Yaroslav", "Oleksandra", "Zdeněk", "Květa",
    "Bartholomew", "Philippa", "Cormac", "Saoirse", "Eithne", "Declan", "Imogen", "Rhiannon", "Gethin",
    "DeShawn", "Latoya", "Marquis", "Tremaine", "Jolene", "Bobbie", "Wendell", "Marisela", "Itzel",
)
_LAST = (
    "Adeyemi-Johnson", "Nwachukwu", "Okonjo", "Mensah", "Owusu", "Dlamini", "Nkosi", "Mwangi", "Kamau",
    "Traoré", "Keita", "Coulibaly", "Ndiaye", "Nguyen Thi", "Pham", "Le", "Do", "Huynh", "Zhao", "Xu",
    "Zhu", "Watanabe", "Yoshida", "Inoue", "Matsumoto", "Jeong", "Yoon", "Kwon", "Subramanian",
    "Krishnamurthy", "Bhattacharya", "Sandhu", "Grewal", "Rahman", "Hossain", "Tehrani", "Ahmadi", "Demir",
    "Çelik", "Aydın", "Kılıç", "Haugland", "Solberg", "Gudmundsson", "Magnúsdóttir", "Lindgren", "Nyström",
    "Virtanen", "Mäkinen", "Hämäläinen", "Brandt", "Kowalewski", "Oberhuber", "Zimmermann", "Vogelsang",
    "Chevalier-Roux", "Lefebvre", "Rousseau", "Beaumont", "Ortega-Ruiz", "Etxeberria", "Villanueva",
    "Quintero", "Caruso", "Lombardi", "Esposito", "De Luca", "van den Berg", "de Vries", "van Dijk",
    "Bakker-Smit", "Nascimento", "Carvalho", "Albuquerque", "Magalhães", "Wiśniewska", "Zieliński",
    "Szymańska", "Kovalenko", "Shevchenko", "Dvořák", "Procházková", "O'Sullivan", "McAllister",
    "Fitzgerald", "Llewellyn", "Prichard", "Washington", "Okafor-Bello", "Delgado", "Figueroa",
)
_CITIES = (
    "Ouagadougou", "Kumasi", "Enugu", "Mombasa", "Bulawayo", "Da Nang", "Haiphong", "Chengdu", "Sapporo",
    "Daegu", "Coimbatore", "Lucknow", "Chittagong", "Tabriz", "Izmir", "Trondheim", "Tampere", "Uppsala",
    "Aarhus", "Bielefeld", "Freiburg", "Rennes", "Nantes", "Bilbao", "Zaragoza", "Bologna", "Palermo",
    "Utrecht", "Groningen", "Curitiba", "Recife", "Wrocław", "Lviv", "Brno", "Cork", "Swansea", "Leeds",
    "Tucson", "Boise", "Chattanooga", "Spokane", "Halifax", "Winnipeg", "Ballarat", "Tauranga",
)
_STREET_WORDS = (
    "Birchwood", "Kingfisher", "Harrowgate", "Millbrook", "Foxglove", "Alderney", "Quarry", "Larkspur",
    "Winterbourne", "Hawthorn", "Copperfield", "Stonebridge",
)
_DE_STREETS = ("Lindenstraße", "Schillerweg", "Am Mühlbach", "Bahnhofstr.", "Goethering", "Eichendorffallee")
_FR_STREETS = ("rue des Lilas", "avenue Victor Hugo", "boulevard Voltaire", "rue du Moulin", "allée des Pins")
_NL_STREETS = ("Keizersgracht", "Prinsengracht", "Dorpsstraat", "Molenweg", "Kerkplein")
_IT_STREETS = ("Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele", "Viale dei Mille")
_BR_STREETS = ("Rua das Acácias", "Avenida Paulista", "Rua Sete de Setembro", "Travessa do Comércio")
_IN_AREAS = ("Koramangala", "Indiranagar", "Banjara Hills", "Salt Lake", "Andheri West", "Anna Nagar")
_US_STATES = ("AZ", "ID", "TN", "WA", "OR", "NM", "KY", "OH", "GA", "MN")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_WORDS = ("copper", "lantern", "river", "seven", "orchid", "granite", "velvet", "harbor", "thistle", "comet",
          "walnut", "meadow", "falcon", "ember", "quartz", "maple")
_LOWER = string.ascii_lowercase
_ALNUM = string.ascii_letters + string.digits


class Values:
    """Random values of every type, from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # -- people
    def first(self) -> str:
        return self.r.choice(_FIRST)

    def last(self) -> str:
        return self.r.choice(_LAST)

    def person(self) -> str:
        first, last = self.first(), self.last()
        style = self.r.random()
        if style < 0.45:
            return f"{first} {last}"
        if style < 0.55:
            return f"{first} {last}".lower()
        if style < 0.62:
            return f"{first} {last}".upper()
        if style < 0.72:
            return f"{last}, {first}"
        if style < 0.8:
            return f"{first} {self.r.choice(string.ascii_uppercase)}. {last}"
        if style < 0.88:
            return first
        return last

    # -- contact
    def phone(self) -> str:
        d = self.digits
        area = str(self.r.randint(201, 989))
        return self.r.choice((
            lambda: f"{area}-{d(3)}-{d(4)}",
            lambda: f"({area}) {d(3)}-{d(4)}",
            lambda: f"+1 ({area}) {d(3)}-{d(4)}",
            lambda: f"{area} {d(3)} {d(4)}",
            lambda: f"{area}.{d(3)}.{d(4)}",
            lambda: f"+44 7{d(3)} {d(6)}",
            lambda: f"+91-9{d(9)}",
            lambda: f"0{self.r.randint(6, 7)} {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"+49 (0)15{d(1)} {d(7)}",
            lambda: f"+61 4{d(2)} {d(3)} {d(3)}",
            lambda: f"+55 11 9{d(4)}-{d(4)}",
            lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        ))()

    def email(self) -> str:
        first = re.sub(r"[^a-z]", "", self.first().lower().encode("ascii", "ignore").decode()) or "anon"
        last = re.sub(r"[^a-z]", "", self.last().lower().encode("ascii", "ignore").decode()) or "user"
        domain = self.r.choice(("mailbox.org", "posteo.de", "outlook.com", "proton.me", "uni-bonn.de",
                                "example-corp.co.uk", "fastmail.fm", "yahoo.co.in"))
        return self.r.choice((f"{first}.{last}@{domain}", f"{first[0]}{last}{self.digits(2)}@{domain}",
                              f"{last}_{first}@{domain}"))

    def ip(self) -> str:
        return ".".join(str(self.r.randint(1, 254)) for _ in range(4))

    # -- ids
    def ssn(self) -> str:
        area = f"{self.r.choice([n for n in range(1, 900) if n != 666]):03d}"
        group, serial = f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}"
        sep = self.r.choice(("-", "-", " ", ""))
        return f"{area}{sep}{group}{sep}{serial}"

    def card(self) -> str:
        prefix, length = self.r.choice((("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16)))
        body = prefix + self.digits(length - len(prefix) - 1)
        number = body + _luhn_digit(body)
        if self.r.random() < 0.5:
            return number
        sep = self.r.choice((" ", "-"))
        if length == 15:
            return sep.join((number[:4], number[4:10], number[10:]))
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))

    def iban(self) -> str:
        country, bban = self.r.choice((
            ("DE", self.digits(18)),
            ("FR", self.digits(10) + self.chars(string.ascii_uppercase + string.digits, 11) + self.digits(2)),
            ("NL", self.chars(string.ascii_uppercase, 4) + self.digits(10)), ("ES", self.digits(20)),
            ("IT", self.chars(string.ascii_uppercase, 1) + self.digits(22)),
            ("GB", self.chars(string.ascii_uppercase, 4) + self.digits(14)),
        ))
        iban = country + _iban_check(country, bban) + bban
        if self.r.random() < 0.5:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def dob(self) -> str:
        y, m, dd = self.r.randint(1940, 2005), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice((
            f"{dd} {_MONTHS[m - 1]} {y}", f"{_MONTHS[m - 1]} {dd}, {y}", f"{m}/{dd}/{str(y)[2:]}",
            f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}.{m:02d}.{y}", f"{m:02d}/{dd:02d}/{y}",
            f"{dd}/{m}/{y}",
        ))

    # -- places
    def city(self) -> str:
        return self.r.choice(_CITIES)

    def address(self) -> str:
        d = self.digits
        return self.r.choice((
            lambda: f"{self.r.randint(2, 9899)} {self.r.choice(_STREET_WORDS)} "
                    f"{self.r.choice(('Road', 'Lane', 'Avenue', 'Drive', 'Court'))}",
            lambda: f"Flat {self.r.randint(1, 40)}, {self.r.randint(2, 200)} {self.r.choice(_STREET_WORDS)} "
                    f"Road, {self.city()} {self.r.choice(('LS6', 'SA1', 'M14', 'BS7'))} "
                    f"{self.r.randint(1, 9)}{self.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}",
            lambda: f"{self.r.choice(_DE_STREETS)} {self.r.randint(1, 120)}, {d(5)} {self.city()}",
            lambda: f"{self.r.randint(1, 90)} {self.r.choice(_FR_STREETS)}, {d(5)} {self.city()}",
            lambda: f"{self.r.choice(_NL_STREETS)} {self.r.randint(1, 300)}, {d(4)} "
                    f"{self.chars(string.ascii_uppercase, 2)} {self.city()}",
            lambda: f"{self.r.choice(_IT_STREETS)} {self.r.randint(1, 150)}, {d(5)} {self.city()}",
            lambda: f"{self.r.choice(_BR_STREETS)}, {self.r.randint(10, 3000)} - {self.city()}, "
                    f"CEP {d(5)}-{d(3)}",
            lambda: f"{self.r.randint(1, 99)}, {self.r.randint(1, 20)}th Cross, {self.r.choice(_IN_AREAS)}, "
                    f"{self.city()} {self.r.randint(5, 6)}{d(5)}",
            lambda: f"{self.r.randint(100, 9999)} {self.r.choice(_STREET_WORDS)} Blvd, {self.city()}, "
                    f"{self.r.choice(_US_STATES)} {d(5)}",
        ))()

    # -- secrets
    def secret(self) -> str:
        c = self.chars
        return self.r.choice((
            lambda: "AKIA" + c(string.ascii_uppercase + "234567", 16),
            lambda: "ghp_" + c(_ALNUM, 36),
            lambda: "github_pat_" + c(_ALNUM, 22) + "_" + c(_ALNUM, 59),
            lambda: "sk_live_" + c(_ALNUM, 24),
            lambda: "xoxb-" + self.digits(11) + "-" + self.digits(12) + "-" + c(_ALNUM, 24),
            lambda: "sk-proj-" + c(_ALNUM + "-_", 48),
            lambda: "sk-ant-api03-" + c(_ALNUM + "-_", 93) + "AA",
            lambda: "glpat-" + c(_ALNUM + "-_", 20),
            lambda: "AIza" + c(_ALNUM + "-_", 35),
            lambda: "SG." + c(_ALNUM + "-_", 22) + "." + c(_ALNUM + "-_", 43),
            lambda: "npm_" + c(_ALNUM, 36),
        ))()

    def password(self) -> str:
        return self.r.choice((
            lambda: f"{self.r.choice(('Spring', 'Summer', 'Autumn', 'Winter'))}{self.r.randint(2015, 2026)}!",
            lambda: "-".join(self.r.sample(_WORDS, 4)),
            lambda: self.chars(_ALNUM + "!@#%&*", self.r.randint(10, 18)),
            lambda: f"{self.r.choice(_WORDS).capitalize()}{self.digits(3)}{self.r.choice('!?#$')}",
        ))()

    # -- look-alikes (never labelled)
    def uuid(self) -> str:
        h = self.chars("0123456789abcdef", 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def sha(self) -> str:
        return self.chars("0123456789abcdef", self.r.choice((7, 40, 64)))

    def version(self) -> str:
        return f"{self.r.randint(0, 12)}.{self.r.randint(0, 40)}.{self.r.randint(0, 99)}"

    def order(self) -> str:
        return self.r.choice((f"ORD-{self.digits(8)}", f"INV{self.digits(7)}", f"#{self.digits(6)}",
                              f"PO-{self.digits(4)}-{self.digits(4)}", f"TKT-{self.digits(5)}"))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return str((10 - total % 10) % 10)


def _iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - number % 97:02d}"


# ---- templates: ⟪type⟫ is a labelled slot, ⟪~kind⟫ an unlabelled look-alike ----------------------------
_TEMPLATES = (
    ("mail", "Hi ⟪first⟫,\n\nthanks for the quick reply. Could you send the signed form to ⟪email⟫ by Friday?"
             "\n\nBest,\n⟪person⟫"),
    ("mail", "Dear Mr ⟪last⟫, your appointment is confirmed. If anything changes, ring us on ⟪phone⟫."),
    ("mail", "Bonjour ⟪person⟫, merci de confirmer votre adresse : ⟪address⟫."),
    ("mail", "Hallo ⟪person⟫, bitte überweise den Betrag auf ⟪iban⟫ und schick mir die Bestätigung."),
    ("mail", "Hola ⟪person⟫, te llamo mañana al ⟪phone⟫ para cerrar el contrato."),
    ("mail", "Ciao ⟪person⟫, la consegna è prevista presso ⟪address⟫ giovedì."),
    ("chat", "can you rewrite this so it sounds friendlier: 'hey ⟪person⟫, you still owe us for march'"),
    ("chat", "my landlord ⟪person⟫ keeps texting me at ⟪phone⟫ about the deposit, what are my rights?"),
    ("chat", "I moved to ⟪city⟫ last year; my new address is ⟪address⟫. Draft a change-of-address letter."),
    ("chat", "summarize the complaint from ⟪person⟫ (DOB ⟪dob⟫) about the delayed refund"),
    ("chat", "translate to english: 'Mein Name ist ⟪person⟫, ich wohne in ⟪city⟫.'"),
    ("chat", "Why does my card ⟪card⟫ get declined at online shops but not in stores?"),
    ("chat", "Fill the form for my dad: name ⟪person⟫, date of birth ⟪dob⟫, SSN ⟪ssn⟫."),
    ("chat", "my wifi password is ⟪password⟫ and the router is at ⟪ip⟫, why can't the printer connect?"),
    ("chat", "Write a birthday message for ⟪first⟫, she turns 40 and lives in ⟪city⟫."),
    ("form", "Name: ⟪person⟫\nPhone: ⟪phone⟫\nEmail: ⟪email⟫\nAddress: ⟪address⟫"),
    ("form", "Patient: ⟪person⟫ | Born: ⟪dob⟫ | Contact: ⟪phone⟫ | Ref ⟪~order⟫"),
    ("form", "Applicant ⟪person⟫, SSN ⟪ssn⟫, current residence ⟪address⟫."),
    ("form", "Beneficiary: ⟪person⟫\nIBAN: ⟪iban⟫\nReference: ⟪~order⟫"),
    ("form", "Cardholder ⟪person⟫ — card ⟪card⟫, billing address ⟪address⟫"),
    ("csv", "id,name,phone,city\n⟪~uuid⟫,⟪person⟫,⟪phone⟫,⟪city⟫\n⟪~uuid⟫,⟪person⟫,⟪phone⟫,⟪city⟫"),
    ("csv", "customer;email;dob\n⟪person⟫;⟪email⟫;⟪dob⟫"),
    ("log", "2026-03-14T08:12:44Z INFO login ok user=⟪email⟫ src=⟪ip⟫ build ⟪~version⟫ commit ⟪~sha⟫"),
    ("log", "WARN payment failed for ⟪person⟫ card=⟪card⟫ order=⟪~order⟫"),
    ("code", "client = Client(api_key=\"⟪secret⟫\", timeout=30)  # TODO move to env"),
    ("code", "export GITHUB_TOKEN=⟪secret⟫\nexport RELEASE=⟪~version⟫"),
    ("code", "DB_HOST=⟪ip⟫\nDB_USER=reporting\nDB_PASSWORD=⟪password⟫"),
    ("code", "curl -H 'Authorization: Bearer ⟪secret⟫' https://api.example.com/v2/items/⟪~uuid⟫"),
    ("code", "services:\n  worker:\n    environment:\n      - STRIPE_KEY=⟪secret⟫\n      - IMAGE_TAG=⟪~sha⟫"),
    ("prose", "The password for the shared drive is ⟪password⟫ — please don't forward this."),
    ("prose", "Use ⟪password⟫ as the temporary password; ⟪first⟫ will reset it on Monday."),
    ("prose", "Meeting notes: ⟪person⟫ and ⟪person⟫ agreed to ship ⟪~version⟫ after the audit."),
    ("prose", "Our contractor ⟪person⟫ from ⟪city⟫ invoiced twice (⟪~order⟫ and ⟪~order⟫)."),
    ("prose", "Reach ⟪first⟫ on ⟪phone⟫ or at ⟪email⟫ if the shipment to ⟪address⟫ is late."),
    ("prose", "⟪person⟫ was born on ⟪dob⟫ in ⟪city⟫ and has SSN ⟪ssn⟫."),
    ("prose", "Please refund ⟪person⟫; the IBAN on file is ⟪iban⟫ and the phone is ⟪phone⟫."),
    ("prose", "Forwarding from ⟪person⟫: 'call me on ⟪phone⟫, my mobile is dead'."),
    ("neg", "Bump the dependency to ⟪~version⟫ and rebase on ⟪~sha⟫ before merging."),
    ("neg", "Order ⟪~order⟫ shipped; tracking will follow. Request id ⟪~uuid⟫."),
    ("neg", "The migration ⟪~sha⟫ failed on node 3 after 4,200 rows; retry with batch size 500."),
    ("neg", "Explain the difference between TCP and UDP with an example of each."),
    ("neg", "Refactor this function so it returns early when the list is empty."),
    ("neg", "Release notes for ⟪~version⟫: faster startup, fixed ⟪~order⟫, new export dialog."),
    ("neg", "What is a good name for a bakery that also sells coffee?"),
    ("neg", "Compare the pros and cons of Postgres and SQLite for a small web app."),
    ("neg", "Ticket ⟪~order⟫: the nightly job ⟪~uuid⟫ timed out after 900 seconds."),
)
_SLOT = re.compile(r"⟪(~?)(\w+)⟫")
_TYPES = {
    "person": "PERSON", "first": "PERSON", "last": "PERSON", "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "ssn": "US_SSN", "card": "CREDIT_CARD", "iban": "IBAN_CODE", "ip": "IP_ADDRESS", "dob": "DATE_OF_BIRTH",
    "city": "LOCATION", "address": "LOCATION", "secret": "SECRET", "password": "SECRET",
}


def render(template: str, values: Values) -> tuple[str, list[dict]]:
    """Fill ``template``; labelled slots become gold spans."""
    out: list[str] = []
    spans: list[dict] = []
    pos = length = 0
    for m in _SLOT.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        value = getattr(values, m.group(2))()
        if not m.group(1):
            spans.append(
                {"type": _TYPES[m.group(2)], "start": length, "end": length + len(value), "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def generate(n: int = 400, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records, templates taken in turn (each style represented), values from ``seed``."""
    values = Values(random.Random(seed))
    records = []
    for i in range(n):
        style, template = _TEMPLATES[i % len(_TEMPLATES)]
        text, spans = render(template, values)
        records.append({"id": f"corpus2-{i}", "text": text, "spans": spans,
                        "meta": {"template": i % len(_TEMPLATES), "style": style}})
    return records


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Write the frozen second corpus as JSONL.")
    p.add_argument("--n", type=int, default=400)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = p.parse_args(argv)
    for r in generate(args.n, args.seed):
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
