"""A fourth labelled corpus, written apart from the scrubber and never used to tune it (issue 19).

A stand-in for the independent held-out sets of issue 19 (realistic work prompts; French and English business
texts). Templates and value generators were written from scratch, without reading the scrubber or the other
corpora: support tickets, HR notes, CRM exports pasted as CSV/TSV/Markdown, JSON payloads, logs and stack
traces, e-mails to rewrite, medical/legal/insurance letters, sales notes, code and config with credentials,
chat transcripts, French invoices and reminders, German/Spanish/Italian/Dutch snippets, translation requests,
and ~15 % prompts with no personal data but hard look-alikes (UUIDs, SHAs, versions, order ids, prices,
meeting dates, city-named products, company names).

Two halves with disjoint templates: ``dev`` (may be looked at and tuned on) and ``test`` (aggregate numbers
only, never its misses). Values come from Faker (many locales) and the generators below (phones, SSNs, dates
of birth, addresses, vendor-format keys, passwords, Luhn-valid cards, checksum-valid IBANs, IPs); each half
has its own seed and its own word pools. Gold spans cover the value only, never the cue word.

    .venv/bin/python -m benchmarks.corpus4 --half test [--n 600] [--seed S]
"""

import base64
import json
import random
import re
import string
import unicodedata
import zlib

from faker import Faker

from benchmarks.halves_cli import write_half

DEFAULT_SEED = 4190419
SIZES = {"dev": 300, "test": 600}
HALVES = ("dev", "test")
TYPES = ("PERSON", "PHONE_NUMBER", "US_SSN", "DATE_OF_BIRTH", "LOCATION", "SECRET", "EMAIL_ADDRESS",
         "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")

# ---- cultures: Faker locale and how its names are drawn ----------------------------------------------------
# "en" templates carry the names of an international workforce; other languages mostly their own.
CULTURES = {
    "en": ("en_US", "en_US", "en_GB", "en_IN", "en_IE", "en_AU", "es_MX", "vi_VN", "zh_CN", "ja_JP", "pl_PL",
           "tr_TR", "pt_BR", "sv_SE", "yo_NG", "de_DE", "fr_FR", "it_IT", "nl_NL", "cs_CZ", "da_DK", "ko_KR",
           "zu_ZA", "es_CO", "fi_FI", "ru_RU"),
    "fr": ("fr_FR", "fr_FR", "fr_FR", "fr_FR", "fr_FR", "fr_CH", "fr_CA", "nl_BE", "pt_PT", "fr_FR", "fr_FR",
           "ar_AA"),
    "de": ("de_DE", "de_DE", "de_AT", "de_CH", "tr_TR", "pl_PL"),
    "es": ("es_ES", "es_ES", "es_MX", "es_AR", "es_CO"),
    "it": ("it_IT", "it_IT", "it_IT", "ro_RO"),
    "nl": ("nl_NL", "nl_NL", "nl_BE"),
    "pt": ("pt_BR", "pt_BR", "pt_PT"),
}
# Non-Latin scripts: kept some of the time (a prompt pasting a Japanese or Russian name), else romanised.
ROMANISED = {"ja_JP", "zh_CN"}
SCRIPT_ONLY = {"ru_RU", "ko_KR", "ar_AA"}
HONORIFICS = {
    "en": (("Mr", "Mr.", "Dr", "Dr."), ("Ms", "Mrs", "Ms.", "Dr.", "Miss")),
    "fr": (("M.", "Monsieur", "Me", "Dr"), ("Mme", "Madame", "Me", "Dr")),
    "de": (("Herr", "Herrn", "Dr."), ("Frau", "Dr.")),
    "es": (("Sr.", "don", "Dr."), ("Sra.", "doña", "Dra.")),
    "it": (("Sig.", "dott.", "Avv."), ("Sig.ra", "dott.ssa")),
    "nl": (("dhr.", "meneer"), ("mevr.", "mevrouw")),
    "pt": (("Sr.", "Dr."), ("Sra.", "Dra.")),
}
CITIES = {
    "dev": {"en": ("Columbus", "Leeds", "Pune", "Tucson", "Cork", "Brisbane", "Omaha", "Sheffield",
                   "Raleigh"),
            "fr": ("Rennes", "Grenoble", "Dijon", "Lille", "Nantes"), "de": ("Leipzig", "Bremen", "Graz"),
            "es": ("Bilbao", "Málaga", "Guadalajara"),
            "it": ("Bologna", "Trieste", "Pescara", "Lecce", "Modena"),
            "nl": ("Utrecht", "Gent"),
            "pt": ("Curitiba", "Recife")},
    "test": {"en": ("Boise", "Bristol", "Chennai", "Sacramento", "Galway", "Perth", "Louisville", "Glasgow",
                    "Des Moines", "Nashville", "Hyderabad", "Cardiff", "Fort Worth", "Halifax"),
             "fr": ("Montpellier", "Clermont-Ferrand", "Strasbourg", "Aix-en-Provence", "Tours", "Lausanne"),
             "de": ("Düsseldorf", "Nürnberg", "Freiburg im Breisgau", "Innsbruck", "Basel"),
             "es": ("Zaragoza", "Valladolid", "Monterrey", "Córdoba"),
             "it": ("Torino", "Bergamo", "Palermo", "Reggio Emilia", "Cagliari", "La Spezia", "Vicenza"),
             "nl": ("Eindhoven", "Groningen", "Antwerpen"),
             "pt": ("Belo Horizonte", "Porto Alegre", "Braga")},
}
# Word pools for passwords and passphrases, one per half.
WORDS = {
    "dev": ("copper", "lantern", "river", "seven", "maple", "orbit", "velvet", "harbor", "cactus", "nimbus",
            "tiger", "window", "pepper", "glacier", "meadow"),
    "test": ("falcon", "granite", "ember", "willow", "quartz", "saffron", "bishop", "cobalt", "tundra",
             "mango",
             "walrus", "pixel", "thunder", "basil", "marble", "otter", "zephyr", "crimson"),
}
SEASONS = ("Spring", "Summer", "Autumn", "Winter", "Fall", "Welcome", "Password", "Company", "Letmein",
           "Sunshine")
# Look-alikes for the negatives and as noise around the data: none of these is personal data.
PRODUCTS = {
    "dev": ("Phoenix dashboard", "Atlas CRM", "Denver build agent", "Jordan release train", "Mercury SDK",
            "Orion 4 firmware", "Sydney template", "Victoria analytics", "Austin load balancer"),
    "test": ("Florence ticket template", "Dallas reporting suite", "Paris edition", "Lincoln API gateway",
             "Madison data lake", "Aurora 2 beta", "Hudson pipeline", "Chester widget", "Savannah theme",
             "Cleveland cluster", "Jasmine test runner", "Tesla coil kit", "Ford Transit fleet module"),
}
COMPANIES = {
    "dev": ("Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Logistics", "Wayne Capital"),
    "test": ("Morgan Stanley", "Johnson Controls", "Wells Fargo", "Procter & Gamble", "Goldman Sachs",
             "Dell Technologies", "Ernst & Young", "Marks & Spencer", "Siemens Healthineers",
             "Hewlett Packard"),
}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro",
           "novembro", "dezembro"),
}
PHONE_FORMATS = {
    "us": ("{a}-{b}-{c}", "({a}) {b}-{c}", "+1 ({a}) {b}-{c}", "{a} {b} {c}", "{a}.{b}.{c}", "+1-{a}-{b}-{c}",
           "+1 {a} {b} {c}", "1-{a}-{b}-{c}", "{a}{b}{c}"),
    "uk": ("+44 7### ######", "07### ######", "020 7### ####", "+44 (0)161 ### ####", "+447#########"),
    "in": ("+91-M#########", "+91 M#### #####", "0M#########", "M#########"),
    "fr": ("0L ## ## ## ##", "+33 L ## ## ## ##", "0L.##.##.##.##", "+33L########"),
    "de": ("+49 30 ########", "0171 #######", "+49 (0)89 #######", "0221/######", "+49 151 #### ####",
           "+43 664 #######"),
    "es": ("+34 6## ## ## ##", "6## ### ###", "91 ### ## ##"),
    "mx": ("+52 55 #### ####", "(33) ####-####", "+52 1 81 #### ####"),
    "it": ("+39 3## ### ####", "3## #######", "06 ########", "+39 02 #### ####"),
    "nl": ("+31 6 ########", "06-########", "020 ### ####", "+32 4## ## ## ##"),
    "br": ("+55 11 9####-####", "(21) 9####-####", "+55 (31) 9####-####"),
    "au": ("+61 4## ### ###", "04## ### ###"),
}
ALNUM = string.ascii_letters + string.digits
B32 = string.ascii_uppercase + "234567"
HEX = "0123456789abcdef"
IBAN_BBAN = {  # country: (length of the whole IBAN, BBAN pattern: n digits, a upper letters, c alphanumerics)
    "DE": (22, "18n"), "FR": (27, "10n11c2n"), "GB": (22, "4a14n"), "ES": (24, "20n"), "IT": (27, "1a10n12c"),
    "NL": (18, "4a10n"), "BE": (16, "12n"), "CH": (21, "5n12c"), "PL": (28, "24n"), "AT": (20, "16n"),
    "PT": (25, "21n"), "IE": (22, "4a14n"),
}
LANG_IBAN = {"en": ("GB", "IE", "DE", "NL"), "fr": ("FR", "BE", "CH"), "de": ("DE", "AT", "CH"),
             "es": ("ES",), "it": ("IT",), "nl": ("NL", "BE"), "pt": ("PT",)}


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in ".-"))


class Person:
    def __init__(self, given: str, family: str, male: bool, lang: str, script: bool):
        self.given, self.family, self.male, self.lang, self.script = given, family, male, lang, script

    @property
    def full(self) -> str:
        if self.script and self.lang in ("ja", "zh", "ko"):
            return self.family + self.given
        return f"{self.family} {self.given}" if self.lang == "vi" else f"{self.given} {self.family}"


class Values:
    """Every value generator; one per record set, drawing from its own seeded random and Faker instances."""

    def __init__(self, seed: int, half: str):
        self.rng = random.Random(f"corpus4-{seed}-{half}")
        self.half = half
        self._fakers: dict[str, Faker] = {}
        self.seed = seed

    def faker(self, locale: str) -> Faker:
        if locale not in self._fakers:
            f = Faker(locale)
            f.seed_instance(zlib.crc32(f"{self.seed}-{self.half}-{locale}".encode()))
            self._fakers[locale] = f
        return self._fakers[locale]

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def digits(self, n: int) -> str:
        return "".join(self.pick(string.digits) for _ in range(n))

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    # -- people ---------------------------------------------------------------------------------------------
    def person(self, lang: str) -> Person:
        locale = self.pick(CULTURES[lang])
        f = self.faker(locale)
        male = self.rng.random() < 0.5
        script = False
        if locale in ROMANISED and self.rng.random() < 0.8:
            given, family = f.first_romanized_name(), f.last_romanized_name()
        else:
            given = f.first_name_male() if male else f.first_name_female()
            family = f.last_name()
            script = locale in ROMANISED or locale in SCRIPT_ONLY
        if locale.startswith("es") and self.rng.random() < 0.5:
            family += self.pick((" ", "-")) + f.last_name()
        elif locale in ("fr_FR", "de_DE", "en_GB") and self.rng.random() < 0.12:
            family += "-" + f.last_name()
        if locale.startswith("fr") and self.rng.random() < 0.15:
            given += "-" + (f.first_name_male() if male else f.first_name_female())
        return Person(given.strip(), family.strip(), male, locale[:2], script)

    def name_pieces(self, p: Person, style: str, lang: str) -> list:
        if style == "any":
            style = self.pick(("full", "full", "full", "lf", "lower", "upper", "initial", "full_mid"))
        if p.script and style in ("lower", "upper", "lf", "initial", "full_mid"):
            style = "full"
        if style == "full":
            return [(p.full, "PERSON")]
        if style == "full_mid":
            return [(f"{p.given} {self.pick(string.ascii_uppercase)}. {p.family}", "PERSON")]
        if style == "first":
            return [(p.given if not p.script else p.full, "PERSON")]
        if style == "last":
            return [(p.family if not p.script else p.full, "PERSON")]
        if style == "lf":
            return [(f"{p.family}, {p.given}", "PERSON")]
        if style == "lower":
            return [(p.full.lower(), "PERSON")]
        if style == "upper":
            return [(self.pick((p.full.upper(), f"{p.family.upper()} {p.given}")), "PERSON")]
        if style == "initial":
            return [(f"{p.given[0]}. {p.family}", "PERSON")]
        if style in ("hon", "honfull"):
            title = self.pick(HONORIFICS.get(lang, HONORIFICS["en"])[0 if p.male else 1])
            return [(title + " ", None), (p.family if style == "hon" and not p.script else p.full, "PERSON")]
        if style == "email":
            return [(self.email_for(p), "EMAIL_ADDRESS")]
        if style == "user":  # a login handle like jdoe: not scored as a name
            return [((p.given[:1] + _ascii(p.family)).lower() or "user", None)]
        raise KeyError(style)

    def email_for(self, p: Person) -> str:
        g, f = _ascii(p.given).lower() or "info", _ascii(p.family).lower().replace("-", "") or "contact"
        local = self.pick((f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}", f"{g}{self.digits(2)}", f"{f}.{g}"))
        domain = self.pick((self.faker("en_US").free_email_domain(), self.faker("en_US").domain_name(),
                            f"{_ascii(self.pick(COMPANIES[self.half])).lower().replace('&', '')}.com"))
        return f"{local}@{domain}"

    def email(self, lang: str) -> str:
        return self.email_for(self.person(lang))

    # -- phones ---------------------------------------------------------------------------------------------
    def _us_parts(self):
        return (str(self.rng.randint(2, 9)) + self.digits(2), str(self.rng.randint(2, 9)) + self.digits(2),
                self.digits(4))

    def phone(self, lang: str, kind: str = "") -> str:
        kind = kind or {"en": self.pick(("us", "us", "us", "uk", "in", "intl")), "fr": "fr", "de": "de",
                        "es": self.pick(("es", "mx")), "it": "it", "nl": "nl", "pt": "br"}[lang]
        if kind == "intl":
            kind = self.pick(("uk", "in", "fr", "de", "es", "it", "nl", "br", "au", "us"))
        if kind == "us":
            a, b, c = self._us_parts()
            return self.pick(PHONE_FORMATS["us"]).format(a=a, b=b, c=c)
        # Each "#" is a random digit; "M" a mobile's leading digit in India, "L" a French leading digit.
        pattern = self.pick(PHONE_FORMATS[kind])
        out = []
        for ch in pattern:
            if ch == "#":
                ch = self.pick(string.digits)
            elif ch == "M":
                ch = str(self.rng.randint(6, 9))
            elif ch == "L":
                ch = self.pick("671249")
            out.append(ch)
        return "".join(out)

    # -- identifiers ----------------------------------------------------------------------------------------
    def ssn(self, kind: str = "") -> str:
        area = self.rng.choice([n for n in range(1, 900) if n != 666])
        group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        sep = {"plain": "", "space": " ", "dash": "-"}.get(kind) or self.pick(("-", "-", "-", "", " "))
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def card(self, kind: str = "") -> str:
        kind = kind or self.pick(("visa", "visa", "mc", "mc2", "amex", "disc"))
        prefix, length = {"visa": ("4", 16), "mc": (str(self.rng.randint(51, 55)), 16),
                          "mc2": (str(self.rng.randint(2221, 2720)), 16),
                          "amex": (self.pick(("34", "37")), 15),
                          "disc": ("6011", 16)}[kind]
        body = prefix + self.digits(length - len(prefix) - 1)
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0:
                d = d * 2 - 9 if d > 4 else d * 2
            total += d
        num = body + str((10 - total % 10) % 10)
        sep = self.pick(("", " ", " ", "-"))
        if kind == "amex":
            return sep.join((num[:4], num[4:10], num[10:])) if sep else num
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    def iban(self, lang: str, country: str = "") -> str:
        cc = country.upper() or self.pick(LANG_IBAN[lang])
        _, pattern = IBAN_BBAN[cc]
        bban = ""
        for count, kind in re.findall(r"(\d+)([nac])", pattern):
            alphabet = {"n": string.digits, "a": string.ascii_uppercase,
                        "c": string.ascii_uppercase + string.digits}
            bban += self.chars(alphabet[kind], int(count))
        rearranged = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        check = 98 - int(rearranged) % 97
        iban = f"{cc}{check:02d}{bban}"
        if self.rng.random() < 0.6:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def ip(self, kind: str = "") -> str:
        if kind == "6" or (not kind and self.rng.random() < 0.2):
            groups = [f"{self.rng.randint(0, 0xFFFF):x}" for _ in range(8)]
            groups[0] = self.pick(("2001", "2a02", "2607", "fe80", "2600"))
            if self.rng.random() < 0.5:
                return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
            return ":".join(groups)
        first = self.pick((self.rng.randint(11, 223), 10, 192, 172, self.rng.randint(11, 223)))
        rest = [self.rng.randint(0, 255) for _ in range(3)]
        if first == 192:
            rest[0] = 168
        if first == 172:
            rest[0] = self.rng.randint(16, 31)
        return ".".join(str(x) for x in [first, *rest[:2], self.rng.randint(1, 254)])

    # -- dates ----------------------------------------------------------------------------------------------
    def _date(self, lo: int, hi: int):
        y, m = self.rng.randint(lo, hi), self.rng.randint(1, 12)
        last = 29 if m == 2 and y % 4 == 0 else 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31
        d = self.rng.randint(1, last)
        return y, m, d

    def dob(self, lang: str, kind: str = "") -> str:
        y, m, d = self._date(1938, 2006)
        mon = MONTHS.get(lang, MONTHS["en"])[m - 1]
        en = MONTHS["en"][m - 1]
        if kind == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        by_lang = {
            "en": (f"{d} {en} {y}", f"{en} {d}, {y}", f"{m}/{d}/{y % 100:02d}", f"{m:02d}/{d:02d}/{y}",
                   f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}-{en[:3]}-{y}", f"{en[:3]} {d} {y}",
                   f"{d}{_ordinal(d)} {en} {y}", f"{d:02d}.{m:02d}.{y}", f"{m}/{d}/{y}"),
            "fr": (f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}",
                   f"{'1er' if d == 1 else d} {mon} {y}"),
            "de": (f"{d}. {mon} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y % 100:02d}"),
            "es": (f"{d} de {mon} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}"),
            "it": (f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m:02d}.{y}"),
            "nl": (f"{d} {mon} {y}", f"{d:02d}-{m:02d}-{y}"),
            "pt": (f"{d} de {mon} de {y}", f"{d:02d}/{m:02d}/{y}"),
        }
        return self.pick(by_lang[lang])

    def date(self, lang: str) -> str:  # a date that is not a birth date (deadlines, meetings, invoices)
        y, m, d = self._date(2023, 2027)
        mon = MONTHS.get(lang, MONTHS["en"])[m - 1]
        return self.pick((f"{y}-{m:02d}-{d:02d}", f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{mon} {d}"))

    # -- places ---------------------------------------------------------------------------------------------
    def city(self, lang: str) -> str:
        # it_IT's Faker cities come out in an order that depends on the process's hash seed: own list only.
        if self.rng.random() < 0.6 or lang == "it":
            return self.pick(CITIES[self.half][lang])
        locale = {"en": self.pick(("en_US", "en_GB", "en_IN")), "fr": "fr_FR", "de": "de_DE", "es": "es_ES",
                  "it": "it_IT", "nl": "nl_NL", "pt": "pt_BR"}[lang]
        return self.faker(locale).city()

    def address_lines(self, lang: str) -> list[str]:
        kind = {"en": self.pick(("us", "us", "uk", "in", "au")), "fr": self.pick(("fr", "fr", "ch")),
                "de": self.pick(("de", "de", "at")), "es": self.pick(("es", "mx")), "it": "it", "nl": "nl",
                "pt": "br"}[lang]
        n = self.rng.randint(1, 180)
        city = self.city(lang) if self.rng.random() < 0.5 else None
        if kind == "us":
            f = self.faker("en_US")
            return [f.street_address(), f"{city or f.city()}, {f.state_abbr()} {f.zipcode()}"]
        if kind == "uk":
            f = self.faker("en_GB")
            flat = self.pick(("", f"Flat {self.rng.randint(1, 40)}, "))
            return [f"{flat}{n} {f.street_name()}", f"{city or f.city()} {f.postcode()}"]
        if kind == "au":
            f = self.faker("en_AU")
            return [f"{n} {f.street_name()}", f"{f.city()} {f.state_abbr()} {f.postcode()}"]
        if kind == "in":
            f = self.faker("en_IN")
            return [f"{n}, {f.street_name()}", f"{city or f.city()} {f.postcode()}"]
        if kind in ("fr", "ch"):
            f = self.faker("fr_FR" if kind == "fr" else "fr_CH")
            bis = self.pick(("", "", " bis", " ter"))
            pc = f.postcode() if kind == "fr" else str(self.rng.randint(1000, 2999))
            comma = self.pick((",", ""))
            return [f"{n}{bis}{comma} {f.street_name()}", f"{pc} {city or f.city()}"]
        if kind in ("de", "at"):
            f = self.faker("de_DE" if kind == "de" else "de_AT")
            pc = f.postcode() if kind == "de" else str(self.rng.randint(1010, 9999))
            return [f"{f.street_name()} {n}{self.pick(('', '', 'a', 'b'))}", f"{pc} {city or f.city()}"]
        if kind in ("es", "mx"):
            f = self.faker("es_ES" if kind == "es" else "es_MX")
            floor = self.pick(("", f", {self.rng.randint(1, 9)}º {self.pick('ABCD')}"))
            pc = f.postcode() if kind == "es" else self.digits(5)
            return [f"{f.street_name()}, {n}{floor}", f"{pc} {city or f.city()}"]
        if kind == "it":
            f = self.faker("it_IT")
            return [f"{f.street_name()}, {n}", f"{f.postcode()} {city or self.city('it')} ({f.state_abbr()})"]
        if kind == "nl":
            f = self.faker("nl_NL")
            postcode = f"{self.rng.randint(1000, 9999)} {self.chars('ABCEGHJKLMNPRSTVWXZ', 2)}"
            return [f"{f.street_name()} {n}", f"{postcode} {city or f.city()}"]
        f = self.faker("pt_BR")
        return [f"{f.street_name()}, {n} - {f.bairro()}", f"{city or f.city()} - {f.estado_sigla()}, "
                f"{self.digits(5)}-{self.digits(3)}"]

    # -- secrets --------------------------------------------------------------------------------------------
    def secret(self, kind: str = "") -> str:
        kind = kind or self.pick(("aws_id", "aws_secret", "gh", "stripe", "openai", "anthropic", "slack",
                                  "google", "sendgrid", "npm", "glpat", "hf", "twilio", "jwt"))
        r = self.chars
        if kind == "aws_id":
            return self.pick(("AKIA", "AKIA", "ASIA")) + r(B32, 16)
        if kind == "aws_secret":
            return r(ALNUM + "/+", 40)
        if kind == "gh":
            return self.pick(("ghp_", "gho_", "ghs_")) + r(ALNUM, 36)
        if kind == "ghpat":
            return "github_pat_" + r(ALNUM, 22) + "_" + r(ALNUM, 59)
        if kind == "stripe":
            return self.pick(("sk_live_", "rk_live_", "sk_test_")) + r(ALNUM, self.pick((24, 99)))
        if kind == "openai":
            return self.pick(("sk-proj-" + r(ALNUM + "-_", 156), "sk-" + r(ALNUM, 48)))
        if kind == "anthropic":
            return "sk-ant-api03-" + r(ALNUM + "-_", 93) + "AA"
        if kind == "slack":
            return self.pick(("xoxb-", "xoxp-")) + f"{self.digits(12)}-{self.digits(13)}-" + r(ALNUM, 24)
        if kind == "slack_hook":
            return f"https://hooks.slack.com/services/T{r(B32, 8)}/B{r(B32, 10)}/{r(ALNUM, 24)}"
        if kind == "google":
            return "AIza" + r(ALNUM + "-_", 35)
        if kind == "sendgrid":
            return f"SG.{r(ALNUM + '-_', 22)}.{r(ALNUM + '-_', 43)}"
        if kind == "npm":
            return "npm_" + r(ALNUM, 36)
        if kind == "glpat":
            return "glpat-" + r(ALNUM + "-_", 20)
        if kind == "hf":
            return "hf_" + r(string.ascii_letters, 34)
        if kind == "twilio":
            return "SK" + r(HEX, 32)
        if kind == "hex":
            return r(HEX, self.pick((32, 40, 64)))
        if kind == "jwt":
            def seg(obj: dict) -> str:
                raw = json.dumps(obj, separators=(",", ":")).encode()
                return base64.urlsafe_b64encode(raw).decode().rstrip("=")
            head = seg({"alg": self.pick(("HS256", "RS256")), "typ": "JWT"})
            body = seg({"sub": self.digits(8), "iat": 1700000000 + self.rng.randint(0, 10**7)})
            return f"{head}.{body}.{r(ALNUM + '-_', 43)}"
        raise KeyError(kind)

    def password(self, kind: str = "") -> str:
        words = WORDS[self.half]
        kind = kind or self.pick(("season", "word", "phrase", "random", "leet"))
        if kind == "season":
            return f"{self.pick(SEASONS)}{self.rng.randint(2015, 2026)}{self.pick('!#$@*?')}"
        if kind == "word":
            word, number = self.pick(words).capitalize(), self.digits(self.rng.randint(2, 4))
            return f"{word}{number}{self.pick(('', '!', '$'))}"
        if kind == "phrase":
            sep = self.pick(("-", "_", ".", "-"))
            return sep.join(self.pick(words) for _ in range(self.rng.randint(3, 4)))
        if kind == "leet":
            w = self.pick(words).capitalize().replace("o", "0").replace("a", "@").replace("e", "3")
            return f"{w}{self.digits(2)}{self.pick('!#%&')}"
        return r_strong(self)

    # -- look-alikes (never labelled) -----------------------------------------------------------------------
    def lookalike(self, kind: str, lang: str) -> str:
        if kind == "uuid":
            return "-".join(self.chars(HEX, n) for n in (8, 4, 4, 4, 12))
        if kind == "sha":
            return self.chars(HEX, 40)
        if kind == "sha7":
            return self.chars(HEX, 7)
        if kind == "ver":
            return f"{self.rng.randint(0, 12)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 40)}"
        if kind == "ver4":  # looks like an IPv4 address
            return ".".join(str(self.rng.randint(0, 20)) for _ in range(4))
        if kind == "order":
            return self.pick((f"ORD-{self.rng.randint(2023, 2026)}-{self.digits(6)}", f"#{self.digits(7)}",
                              f"PO-{self.digits(5)}", f"INV-{self.digits(4)}-{self.digits(3)}",
                              f"{self.chars(string.ascii_uppercase, 3)}-{self.digits(5)}"))
        if kind == "ticket":
            return f"{self.pick(('JIRA', 'OPS', 'SUP', 'CS', 'PLAT'))}-{self.rng.randint(100, 99999)}"
        if kind == "price":
            amount = f"{self.rng.randint(5, 98000)}.{self.digits(2)}"
            return self.pick((f"${amount}", f"{amount} €", f"€{amount}", f"£{amount}", f"{amount} USD"))
        if kind == "date":
            return self.date(lang)
        if kind == "time":
            return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}"
        if kind == "product":
            return self.pick(PRODUCTS[self.half])
        if kind == "company":
            return self.pick(COMPANIES[self.half])
        if kind == "int":
            return str(self.rng.randint(2, 50000))
        if kind == "long":  # a long number that is not a phone (tracking number, build id)
            return self.digits(self.pick((10, 12, 18)))
        if kind == "port":
            return str(self.pick((5432, 6379, 8080, 3306, 9200, 27017, 443)))
        if kind == "host":
            return self.pick(("db.internal", "api.staging.local", "cache-01.prod", "localhost", "postgres"))
        if kind == "ms":
            return str(self.rng.randint(3, 9000))
        raise KeyError(kind)


def _ordinal(d: int) -> str:
    return "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def r_strong(v: Values) -> str:
    pool = string.ascii_letters + string.digits + "!#$%^&*"
    while True:
        s = v.chars(pool, v.rng.randint(10, 16))
        if any(c.isdigit() for c in s) and any(c in "!#$%^&*" for c in s) and any(c.isupper() for c in s):
            return s


LOOKALIKES = {"uuid", "sha", "sha7", "ver", "ver4", "order", "ticket", "price", "date", "time", "product",
              "company", "int", "long", "port", "host", "ms"}
SLOT = re.compile(r"\[\[([a-z_]+)(\d?)(?:\.([a-z0-9_]+))?\]\]")


def render(template: tuple[str, str, str], values: Values) -> tuple[str, list[dict]]:
    """Fill ``[[slot]]``s: ``[[p1.style]]`` is person 1 of the record; others name a generator and kind."""
    _, lang, text = template
    people: dict[str, Person] = {}
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    last = 0
    for m in SLOT.finditer(text):
        literal = text[last : m.start()]
        out.append(literal)
        pos += len(literal)
        last = m.end()
        kind, idx, arg = m.group(1), m.group(2), m.group(3) or ""
        if kind == "p":
            if idx not in people:
                people[idx] = values.person(lang)
            pieces = values.name_pieces(people[idx], arg or "full", lang)
        elif kind in LOOKALIKES:
            pieces = [(values.lookalike(kind, lang), None)]
        elif kind == "phone":
            pieces = [(values.phone(lang, arg), "PHONE_NUMBER")]
        elif kind == "ssn":
            pieces = [(values.ssn(arg), "US_SSN")]
        elif kind == "dob":
            pieces = [(values.dob(lang, arg), "DATE_OF_BIRTH")]
        elif kind == "city":
            pieces = [(values.city(lang), "LOCATION")]
        elif kind == "addr":  # one line; addrml: on two lines, each its own span
            pieces = [(", ".join(values.address_lines(arg or lang)), "LOCATION")]
        elif kind == "addrml":
            a, b = values.address_lines(arg or lang)
            pieces = [(a, "LOCATION"), ("\n", None), (b, "LOCATION")]
        elif kind == "email":
            pieces = [(values.email(lang), "EMAIL_ADDRESS")]
        elif kind == "card":
            pieces = [(values.card(arg), "CREDIT_CARD")]
        elif kind == "iban":
            pieces = [(values.iban(lang, arg), "IBAN_CODE")]
        elif kind == "ip":
            pieces = [(values.ip(arg), "IP_ADDRESS")]
        elif kind == "key":
            pieces = [(values.secret(arg), "SECRET")]
        elif kind == "pw":
            pieces = [(values.password(arg), "SECRET")]
        else:
            raise KeyError(kind)
        for value, typ in pieces:
            if typ:
                spans.append({"type": typ, "start": pos, "end": pos + len(value), "value": value})
            out.append(value)
            pos += len(value)
    out.append(text[last:])
    full = "".join(out)
    for s in spans:
        assert full[s["start"] : s["end"]] == s["value"], "span does not point at its value"
    return full, spans


# ---- templates: (style, language, text). Each belongs to exactly one half. ---------------------------------
DEV_TEMPLATES: list[tuple[str, str, str]] = [
    ("ticket", "en", "Customer [[p1]] ([[p1.email]]) says the [[product]] keeps logging her out. Her "
     "callback number is [[phone]]. Can you draft a polite reply?"),
    ("ticket", "en", "ticket [[ticket]] - caller: [[p1.lower]], phone [[phone.us]], wants refund for order "
     "[[order]] ([[price]]). summarize for the escalation queue"),
    ("hr", "en", "Write a warm onboarding email to [[p1.first]]. Start date [[date]], manager [[p2]], desk "
     "at our [[city]] office. Her personal mobile is [[phone]] and home address [[addr]]."),
    ("hr", "en", "HR note: [[p1.upper]] (DOB [[dob]], SSN [[ssn]]) requested FMLA leave. Emergency contact "
     "[[p2]] at [[phone.us]]. Rewrite this more formally."),
    ("csv", "en", "clean up this CSV and dedupe by email:\nname,email,phone,city\n"
     "[[p1]],[[p1.email]],[[phone]],[[city]]\n[[p2.lf]],[[p2.email]],[[phone]],[[city]]\n"
     "[[p3.lower]],[[p3.email]],[[phone]],[[city]]"),
    ("tsv", "en", "Paste from the CRM (tab separated), make it a table:\nContact\tCompany\tMobile\n"
     "[[p1]]\t[[company]]\t[[phone.intl]]\n[[p2]]\t[[company]]\t[[phone.us]]"),
    ("json", "en", "Why does this payload fail validation?\n{\"customer\": {\"name\": \"[[p1]]\", \"email\": "
     "\"[[p1.email]]\", \"dob\": \"[[dob.iso]]\", \"ssn\": \"[[ssn.plain]]\"}, \"order_id\": \"[[uuid]]\"}"),
    ("log", "en", "2025-03-11T09:14:22Z ERROR payment declined user=[[p1.email]] card=[[card]] ip=[[ip]] "
     "req=[[uuid]] latency_ms=[[ms]]\nwhat does this error mean?"),
    ("trace", "en", "Traceback (most recent call last):\n  File \"billing.py\", line 88, in charge\n    "
     "raise CardError(f\"declined for {holder}\")\nCardError: declined for [[p1]] (card [[card.visa]], "
     "billing zip from [[addr.en]])\nhow do I fix this?"),
    ("email", "en", "Make this sound less angry: \"[[p1.first]], this is the third time I ask. My account "
     "number is [[iban]] and the refund still hasn't arrived. Call me at [[phone]]. - [[p2]]\""),
    ("medical", "en", "Summarize for the referral: Patient [[p1]], born [[dob]], lives at [[addr]]. Seen by "
     "[[p2.honfull]] for chest pain. Insurance member ID on file. Phone [[phone]]."),
    ("legal", "en", "Draft a cease and desist from our client [[p1]] to [[p2.hon]] regarding the property at "
     "[[addr]]. Reference our call of [[date]]."),
    ("insurance", "en", "Claim summary: insured [[p1.lf]], DOB [[dob]], policy address [[addr]], contact "
     "[[p1.email]]. Adjuster: [[p2]]. Translate to plain English."),
    ("sales", "en", "call notes - spoke w/ [[p1.lower]] (VP ops at [[company]]), cell [[phone]], wants a "
     "demo of [[product]] next week. also cc [[p2.first]] from procurement. turn into a follow-up email"),
    ("code", "en", "my boto3 script says InvalidClientTokenId:\n\n```python\nsession = boto3.Session(\n    "
     "aws_access_key_id=\"[[key.aws_id]]\",\n    aws_secret_access_key=\"[[key.aws_secret]]\",\n    "
     "region_name=\"eu-west-1\")\n```"),
    ("env", "en", "here's my .env, why is the app not picking up the db?\n"
     "DATABASE_URL=postgres://app:[[pw.word]]@[[host]]:[[port]]/orders\nSTRIPE_SECRET_KEY=[[key.stripe]]\n"
     "DEBUG=true"),
    ("curl", "en", "convert this curl to python requests:\ncurl -X POST "
     "https://api.openai.com/v1/chat/completions -H \"Authorization: Bearer [[key.openai]]\" -H "
     "\"Content-Type: application/json\""),
    ("yaml", "en", "is this k8s secret correct?\n```yaml\nstringData:\n  SLACK_BOT_TOKEN: [[key.slack]]\n  "
     "SMTP_PASSWORD: \"[[pw]]\"\n  ADMIN_EMAIL: [[email]]\n```"),
    ("shell", "en", "export AWS_ACCESS_KEY_ID=[[key.aws_id]]\nexport "
     "AWS_SECRET_ACCESS_KEY=[[key.aws_secret]]\naws s3 ls  # gives AccessDenied, what's wrong?"),
    ("prose-pw", "en", "The wifi for the [[city]] office is Guest-5G and the password is [[pw.season]]. The "
     "admin console login is [[p1.user]] / [[pw]]. Put this in a welcome note for [[p2.first]]."),
    ("chat", "en", "[10:02] [[p1.first]]: hey can you send me the invoice for [[company]]?\n[10:03] "
     "[[p2.first]]: sure, what's your email again?\n[10:03] [[p1.first]]: [[p1.email]], or text me on "
     "[[phone]]\nsummarize this chat"),
    ("finance", "en", "Wire [[price]] to [[p1]], IBAN [[iban]], reference [[order]]. Write the approval "
     "email to [[p2.hon]]."),
    ("card", "en", "Customer [[p1]] disputes a charge on card [[card]] exp 08/27. Address on file: [[addr]]. "
     "Draft the chargeback response."),
    ("network", "en", "Firewall blocked [[ip]] and [[ip.6]] after 40 failed logins for [[p1.email]]. Is this "
     "brute force? Our VPN gateway is [[ip]]."),
    ("multi", "en", "Fill the form for my mom: name [[p1]], date of birth [[dob]], SSN [[ssn]], phone "
     "[[phone.us]], address [[addr.en]]"),
    ("greeting", "en", "Hi [[p1.first]],\n\nThanks for the quick turnaround on the [[product]] contract. "
     "I'll loop in [[p2.hon]] for the signature.\n\nBest,\n[[p3]]\n[[phone]]"),
    ("markdown", "en", "Turn this into a nicer markdown table:\n| Name | Role | Phone |\n|---|---|---|\n| "
     "[[p1]] | CFO | [[phone]] |\n| [[p2.lf]] | Legal | [[phone]] |\n| [[p3.upper]] | IT | [[phone]] |"),
    ("sql", "en", "this insert fails with a unique violation, why?\nINSERT INTO customers (full_name, email, "
     "ssn, birth_date) VALUES ('[[p1]]', '[[p1.email]]', '[[ssn]]', '[[dob.iso]]');"),
    ("fr-facture", "fr", "Peux-tu reformuler cette relance ? « Bonjour [[p1.hon]], sauf erreur de notre "
     "part, la facture [[order]] de [[price]] reste impayée. Merci d'effectuer le virement sur l'IBAN "
     "[[iban]]. Cordialement, [[p2]] »"),
    ("fr-cr", "fr", "Compte rendu de la réunion du [[date]] : présents [[p1]], [[p2]] et [[p3.upper]]. "
     "[[p1.first]] reprend le dossier client de [[city]]. Mettre au propre."),
    ("fr-rh", "fr", "Rédige une attestation employeur pour [[p1.honfull]], né(e) le [[dob]], domicilié(e) "
     "[[addr]], joignable au [[phone]]."),
    ("fr-mail", "fr", "Traduis en anglais : Bonjour, je suis [[p1]], mon numéro est le [[phone]] et mon "
     "adresse mail [[p1.email]]. Je souhaite résilier mon contrat."),
    ("de", "de", "Bitte übersetze ins Englische: Sehr geehrte [[p1.hon]], Ihre Bestellung wird an [[addr]] "
     "geliefert. Bei Fragen erreichen Sie [[p2]] unter [[phone]]."),
    ("de-hr", "de", "Personalakte: [[p1.lf]], geboren am [[dob]], wohnhaft [[addr]], Bankverbindung "
     "[[iban]]. Fasse das kurz zusammen."),
    ("es", "es", "Resume este correo: Hola [[p1.first]], soy [[p2]] de [[company]]. Mi teléfono es [[phone]] "
     "y vivo en [[addr]]. Nací el [[dob]]."),
    ("it", "it", "Correggi la grammatica: Gentile [[p1.hon]], le confermo l'appuntamento. Per urgenze chiami "
     "[[p2]] al [[phone]]. Indirizzo: [[addr]]."),
    ("nl", "nl", "Vertaal naar het Engels: Beste [[p1.first]], de factuur wordt betaald vanaf rekening "
     "[[iban]]. Groet, [[p2]] ([[phone]])"),
    ("pt", "pt", "Resuma: o cliente [[p1]] (CPF anexado), telefone [[phone]], endereço [[addr]], nasceu em "
     "[[dob]]."),
    ("log-auth", "en", "Mar 03 04:12:55 bastion sshd[2211]: Failed password for [[p1.user]] from [[ip]] port "
     "[[port]] ssh2\nMar 03 04:13:01 bastion sshd[2211]: Accepted publickey for deploy from [[ip]]\n"
     "explain"),
    ("github", "en", "Our CI leaked a token in the logs: [[key.gh]]. How do I rotate it and scrub the "
     "history?"),
    ("anthropic", "en", "Why does my client get 401?\nclient = "
     "anthropic.Anthropic(api_key=\"[[key.anthropic]]\")"),
    ("jwt", "en", "decode this JWT for me and tell me when it expires: [[key.jwt]]"),
    ("hf", "en", "huggingface-cli login --token [[key.hf]] gives 'invalid token', any idea?"),
    ("form", "en", "Name: [[p1]]\nDate of Birth: [[dob]]\nPhone: [[phone]]\nEmail: [[p1.email]]\nAddress: "
     "[[addr]]\nSSN: [[ssn]]\nPlease check this form for typos."),
    ("letter", "en", "[[p1]]\n[[addrml]]\n\n[[date]]\n\nDear [[p2.hon]],\n\nI am writing about my late "
     "payment. Rewrite this opening."),
    ("recruit", "en", "Screen this CV summary: [[p1.upper]], [[city]], [[p1.email]], [[phone]]. 8 years at "
     "[[company]] as a data engineer."),
    ("support-mixed", "en", "user [[p1.lower]] can't reset her password; she says the last one was [[pw]]. "
     "Her recovery phone is [[phone]]. Write the agent reply (don't repeat the password)."),
    ("bank", "en", "Create a payee: [[p1]], IBAN [[iban.de]], BIC DEUTDEFF, address [[addr.de]]."),
    ("vn", "en", "Draft a visa support letter for our engineer [[p1]] (passport on file), born [[dob]], "
     "residing at [[addr]]."),
    ("translate", "es", "Traduce al inglés: Estimado [[p1.hon]], le escribo de parte de [[p2]]. Puede "
     "contactarme en [[email]] o al [[phone]]."),
    ("docker", "en", "docker run -e POSTGRES_PASSWORD=[[pw]] -e SENDGRID_API_KEY=[[key.sendgrid]] -p "
     "[[port]]:[[port]] app:latest\nwhy does the container exit?"),
    ("npmrc", "en", "my .npmrc:\n//registry.npmjs.org/:_authToken=[[key.npm]]\nnpm publish says 403"),
    ("gitlab", "en", "git clone https://oauth2:[[key.glpat]]@gitlab.com/team/infra.git fails with 'HTTP "
     "Basic: Access denied'"),
    ("card-csv", "en", "Which of these cards are expired?\nholder,card,exp\n[[p1.upper]],[[card]],03/24\n"
     "[[p2.upper]],[[card]],11/27"),
    ("ip-log", "en", "nginx: [[ip]] - - [11/Mar/2025:10:22:01 +0000] \"GET /admin HTTP/1.1\" 403\n[[ip]] - - "
     "\"POST /login\" 200\nwho is scanning us?"),
    ("neg", "en", "Our [[product]] v[[ver]] build fails on commit [[sha]]. Ticket [[ticket]], order "
     "[[order]], cost [[price]]. Summarize for the standup on [[date]]."),
    ("neg", "en", "Compare pricing for [[company]] and [[company]]: [[price]] vs [[price]] per seat. Trial "
     "ends [[date]]."),
    ("neg", "en", "Refactor this:\n```python\ndef get_user_by_id(user_id: str):\n    return "
     "db.users.find_one({'_id': '[[uuid]]'})\n```\nrequest id [[uuid]], version [[ver4]]"),
    ("neg", "fr", "Réunion du [[date]] à [[time]] : revue du [[product]], commande [[order]] pour "
     "[[price]]."),
    ("neg", "en", "Tracking number [[long]] for order [[order]]; the [[product]] ships on [[date]]. Rewrite "
     "as a customer update without the jargon."),
    ("neg", "de", "Fehler im Build [[sha7]] (Version [[ver]]): Port [[port]] ist belegt. Ticket [[ticket]]."),
    ("neg", "en", "Write release notes: [[product]] [[ver]] fixes the timeout in <PERSON_1>'s export (see "
     "[[ticket]]), and [[product]] now supports [[int]] rows."),
    ("neg", "en", "Born in [[date]], our [[product]] now serves [[int]] teams; the [[company]] pilot renews "
     "on [[date]]. Write a birthday post for the product (no people named)."),
    ("neg", "en", "Convert to a table: SKU [[order]] qty [[int]] [[price]]; SKU [[order]] qty [[int]] "
     "[[price]]; shipped from the warehouse on [[date]], carrier ref [[long]]."),
    ("neg", "nl", "Vat samen: bestelling [[order]] van [[price]] voor de [[product]], levering op [[date]], "
     "versie [[ver]]."),
    ("neg", "en", "Explain this config:\nreplicas: 3\nimage: registry/app@sha256:[[sha]][[sha7]]\n"
     "timeout_ms: [[ms]]\nhost: [[host]]:[[port]]"),
]

TEST_TEMPLATES: list[tuple[str, str, str]] = [
    ("ticket", "en", "Zendesk #[[int]]\nRequester: [[p1]] <[[p1.email]]>\nPhone: [[phone]]\n\"I was charged "
     "twice for [[order]]. Please call me back.\"\nWrite a reply apologising and promising a refund."),
    ("ticket", "en", "can u rewrite this for the customer: hi [[p1.lower]], we looked into ur account "
     "([[p1.email]]) and the card ending in the number [[card]] was flagged. call us back at [[phone.us]]"),
    ("ticket", "en", "Escalation: [[p1.hon]] from [[company]] ([[phone]]) reports the [[product]] is down "
     "since [[time]]. Her colleague [[p2]] confirmed. Draft a status update."),
    ("hr", "en", "Please rewrite this performance review so it's constructive: [[p1.first]] missed three "
     "deadlines this quarter and [[p2.first]] had to cover. Manager: [[p3]]."),
    ("hr", "en", "Employee record\n  Name: [[p1.lf]]\n  DOB: [[dob]]\n  SSN: [[ssn]]\n  Home: [[addr.en]]\n  "
     "Mobile: [[phone.us]]\nConvert to JSON."),
    ("hr", "en", "Draft a termination letter for [[p1.upper]], employee since 2019, last day [[date]]. Send "
     "copy to [[p2.email]] and to his home address [[addr]]."),
    ("hr", "en", "Background check request for candidate [[p1]]: SSN [[ssn.plain]], DOB [[dob]], current "
     "address [[addr.en]], previous employer [[company]]. Summarize what we need."),
    ("csv", "en", "Find duplicates in this export:\nfirst_name,last_name,email,phone,dob\n"
     "[[p1.first]],[[p1.last]],[[p1.email]],[[phone]],[[dob.iso]]\n"
     "[[p2.first]],[[p2.last]],[[p2.email]],[[phone]],[[dob.iso]]\n"
     "[[p3.first]],[[p3.last]],[[p3.email]],[[phone]],[[dob.iso]]"),
    ("csv", "en", "sort by city please\n\"Name\";\"City\";\"Phone\"\n"
     "\"[[p1.lf]]\";\"[[city]]\";\"[[phone]]\"\n\"[[p2.lf]]\";\"[[city]]\";\"[[phone]]\"\n"
     "\"[[p3.lf]]\";\"[[city]]\";\"[[phone]]\""),
    ("tsv", "en", "id\tname\tssn\tcard\n[[int]]\t[[p1.upper]]\t[[ssn]]\t[[card]]\n"
     "[[int]]\t[[p2.upper]]\t[[ssn]]\t[[card]]\nwhich rows are missing data?"),
    ("markdown", "en", "| Customer | Email | IP |\n|---|---|---|\n| [[p1]] | [[p1.email]] | [[ip]] |\n| "
     "[[p2]] | [[p2.email]] | [[ip]] |\n| [[p3]] | [[p3.email]] | [[ip.6]] |\nwhich of these logins look "
     "suspicious?"),
    ("json", "en", "Map this to our schema:\n{\n  \"contact\": {\n    \"fullName\": \"[[p1]]\",\n    "
     "\"phone\": \"[[phone.intl]]\",\n    \"email\": \"[[p1.email]]\",\n    \"address\": \"[[addr]]\"\n  "
     "},\n  \"accountId\": \"[[uuid]]\"\n}"),
    ("json", "en", "webhook body we got from Stripe (redacted?):\n{\"billing_details\": {\"name\": "
     "\"[[p1.upper]]\", \"email\": \"[[p1.email]]\", \"phone\": \"[[phone.us]]\"}, \"card\": {\"last4\": "
     "\"4242\"}, \"client_ip\": \"[[ip]]\"}"),
    ("log", "en", "[WARN] 2025-06-02 13:44:10,221 auth.LoginService - too many attempts user='[[p1.email]]' "
     "src=[[ip]] session=[[uuid]]\n[INFO] lockout applied for [[p1]]\nwhat does this mean"),
    ("trace", "en", "java.lang.IllegalArgumentException: Invalid IBAN '[[iban]]' for customer [[p1]]\n\tat "
     "com.acme.pay.IbanValidator.check(IbanValidator.java:42)\nWhy is this IBAN rejected?"),
    ("trace", "en", "ValidationError: 1 validation error for Patient\nbirth_date\n  value '[[dob]]' is not a "
     "valid date (patient=[[p1]], mrn=[[int]])\nhow do I parse this date format?"),
    ("email", "en", "Rewrite professionally: \"hey [[p1.first]] — i need the keys to the flat at [[addr]] by "
     "friday, my number is [[phone]]. thx, [[p2.first]]\""),
    ("email", "en", "Proofread:\n\nDear [[p1.hon]],\n\nFurther to our conversation with [[p2]] on [[date]], "
     "please find attached the signed lease for [[addr]].\n\nKind regards,\n[[p3]]\n[[p3.email]] | "
     "[[phone]]"),
    ("email", "en", "From: [[p1]] <[[p1.email]]>\nTo: [[p2.email]]\nSubject: my details\n\nHi, my SSN is "
     "[[ssn]] and my date of birth is [[dob]] for the payroll form.\n\nSummarize this email."),
    ("medical", "en", "Rewrite for the patient in plain language: \"Pt [[p1.upper]], DOB [[dob]], presented "
     "with dyspnea. Seen by [[p2.honfull]]. Follow-up at the [[city]] clinic. Contact: [[phone]].\""),
    ("medical", "en", "Discharge summary – [[p1.lf]] – born [[dob]] – address [[addrml]] – GP: [[p2.hon]]. "
     "Shorten to 3 bullet points."),
    ("legal", "en", "Summarize the deposition: witness [[p1]] (resides at [[addr]]) stated that [[p2]] "
     "called her from [[phone]] on the night in question."),
    ("legal", "en", "Draft a power of attorney: I, [[p1.upper]], born on [[dob]], of [[addr]], appoint "
     "[[p2]] as my attorney-in-fact."),
    ("insurance", "en", "Claim #[[int]]: the insured, [[p1.hon]], reported water damage at [[addr]]. Bank "
     "details for the payout: [[iban]]. Policyholder DOB [[dob]]. Write the claim acknowledgement."),
    ("sales", "en", "notes from discovery call\n- [[p1.lower]] (head of IT, [[company]])\n- mobile "
     "[[phone]]\n- based in [[city]]\n- also talked to [[p2.first]] [[p2.last]]\nturn this into a CRM "
     "entry"),
    ("sales", "en", "Write a LinkedIn follow-up to [[p1]] whom I met at the [[city]] conference. Mention my "
     "colleague [[p2.first]] and give my number [[phone]]."),
    ("code", "en", "```js\nconst stripe = require('stripe')('[[key.stripe]]');\nconst sg = "
     "require('@sendgrid/mail');\nsg.setApiKey('[[key.sendgrid]]');\n```\nwhy is stripe undefined?"),
    ("code", "en", "```python\nclient = OpenAI(api_key=\"[[key.openai]]\")\nresp = "
     "client.chat.completions.create(model=\"gpt-4o\", messages=[{\"role\": \"user\", \"content\": "
     "\"hi\"}])\n```\nthis hangs, why?"),
    ("code", "en", "settings.py:\nDATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', "
     "'USER': 'admin', 'PASSWORD': '[[pw]]', 'HOST': '[[ip]]', 'PORT': '[[port]]'}}\nSECRET_KEY = "
     "'[[key.hex]]'\nis this secure enough for prod?"),
    ("env", "en", ".env.production\nOPENAI_API_KEY=[[key.openai]]\nGITHUB_TOKEN=[[key.gh]]\n"
     "REDIS_URL=redis://default:[[pw.random]]@[[host]]:6379\nNODE_ENV=production\n\nwhich of these should "
     "go in a vault?"),
    ("env", "en", "HUGGINGFACE_TOKEN=[[key.hf]]\nANTHROPIC_API_KEY=[[key.anthropic]]\n"
     "GOOGLE_API_KEY=[[key.google]]\nwhy does dotenv not load these in my jupyter notebook?"),
    ("curl", "en", "curl https://api.stripe.com/v1/charges -u [[key.stripe]]: -d amount=2000 -d "
     "currency=usd\nreturns 401, help"),
    ("curl", "en", "curl -H 'Authorization: token [[key.ghpat]]' https://api.github.com/user/repos | jq . <- "
     "gives me Bad credentials"),
    ("yaml", "en", "docker-compose.yml:\nservices:\n  db:\n    image: postgres:16\n    environment:\n      "
     "POSTGRES_USER: app\n      POSTGRES_PASSWORD: [[pw.phrase]]\n  worker:\n    environment:\n      "
     "TWILIO_API_KEY: [[key.twilio]]\nwhy can't worker reach db?"),
    ("yaml", "en", "github actions:\n```yaml\nenv:\n  AWS_ACCESS_KEY_ID: [[key.aws_id]]\n  "
     "AWS_SECRET_ACCESS_KEY: [[key.aws_secret]]\n```\nshould I use secrets instead?"),
    ("shell", "en", "$ mysql -u root -p'[[pw]]' -h [[ip]] customers\nERROR 1045 (28000): Access denied\nwhat "
     "am I doing wrong?"),
    ("connstr", "en", "Our connection string: Server=tcp:[[host]],1433;Database=crm;User "
     "ID=sa;Password=[[pw]];Encrypt=True\nand mongodb+srv://svc:[[pw.random]]@cluster0.mongodb.net/app — "
     "which is wrong?"),
    ("prose-pw", "en", "Hey, I set up your laptop. Username is [[p1.user]], temporary password [[pw.season]] "
     "— change it on first login. The door code for the [[city]] office is separate."),
    ("prose-pw", "en", "my bank login stopped working, I'm pretty sure the password is [[pw.phrase]] or "
     "maybe [[pw.word]]. write a message to their support asking to unlock it, my name is [[p1]]"),
    ("webhook", "en", "Post to Slack via [[key.slack_hook]] with a summary of the incident; on-call was "
     "[[p1]] ([[phone]])."),
    ("chat", "en", "Support chat:\nAgent: Can I have your full name and date of birth?\nCustomer: [[p1]], "
     "[[dob]]\nAgent: And the last address we have?\nCustomer: [[addr]]\nSummarize the verification steps."),
    ("chat", "en", "whatsapp export:\n[[[date]], [[time]]] [[p1.first]]: call me on [[phone]]\n[[[date]], "
     "[[time]]] [[p2.first]]: ok, and send the IBAN\n[[[date]], [[time]]] [[p1.first]]: [[iban]]\nwho "
     "owes whom?"),
    ("network", "en", "Explain these SIEM hits: src=[[ip]] dst=[[ip]] user=[[p1.email]]; src=[[ip.6]] "
     "user=[[p2.email]] action=blocked"),
    ("finance", "en", "Reconcile: payment from [[p1.upper]] ([[iban]]) of [[price]] matched invoice "
     "[[order]]; payment from [[p2.lf]] ([[iban]]) unmatched. Write the note to accounting."),
    ("card", "en", "I paid with [[card.amex]] but the hotel in [[city]] also charged [[card.mc2]]. My name "
     "is [[p1]]; write a dispute letter."),
    ("multi", "en", "Fill this W-4 for me: [[p1]], SSN [[ssn]], [[addr.en]], phone [[phone.us]], DOB "
     "[[dob]]"),
    ("greeting", "en", "Reply to this for me:\n\"Hi [[p1.first]], quick reminder that [[p2.hon]] is "
     "expecting the contract by Friday. Cheers, [[p3.first]]\""),
    ("letter", "en", "[[p1.upper]]\n[[addrml.en]]\n\nTo whom it may concern,\n\nI, [[p1]], born [[dob]], "
     "authorise [[p2]] to collect my documents.\n\nFix the grammar."),
    ("recruit", "en", "Anonymise this resume header before sharing? [[p1]] · [[city]] · [[phone]] · "
     "[[p1.email]] · linkedin.com/in/[[p1.user]]"),
    ("fr-facture", "fr", "FACTURE [[order]]\nClient : [[p1.honfull]]\nAdresse : [[addrml]]\nTél. : "
     "[[phone]]\nMontant TTC : [[price]]\nRèglement par virement : [[iban]]\nRédige la relance à J+30."),
    ("fr-relance", "fr", "Reformule plus poliment : « [[p1.first]], ça fait trois fois que je vous relance "
     "pour le paiement. Appelez-moi au [[phone]]. [[p2]], service comptabilité »"),
    ("fr-cr", "fr", "CR comité de direction du [[date]]\nPrésents : [[p1]], [[p2.upper]], [[p3.hon]]\nExcusé "
     ": [[p4]]\n- [[p2.first]] présente le budget de l'agence de [[city]]\nFais un résumé en 3 points."),
    ("fr-rh", "fr", "Dossier salarié : [[p1.lf]], né le [[dob]] à [[city]], demeurant [[addr]], numéro de "
     "sécurité sociale en pièce jointe, RIB [[iban]]. Prépare le contrat."),
    ("fr-support", "fr", "Client mécontent : Mme [[p1.last]] ([[p1.email]], [[phone]]) n'a pas reçu sa "
     "commande [[order]]. Rédige une réponse d'excuse."),
    ("fr-translate", "en", "Translate into French: \"Dear [[p1.hon]], your appointment with [[p2.honfull]] "
     "is confirmed. Please call [[phone]] if you need to reschedule.\""),
    ("fr-assurance", "fr", "Déclaration de sinistre : l'assuré [[p1]], né le [[dob]], signale un dégât des "
     "eaux au [[addr]]. Contact : [[p1.email]]. Résume pour l'expert."),
    ("de", "de", "Formuliere höflicher: Hallo [[p1.first]], die Rechnung für [[p2.honfull]] ist immer noch "
     "offen. Bitte überweise auf [[iban]]. Gruß [[p3]]"),
    ("de-brief", "de", "[[p1]]\n[[addrml]]\n\nSehr geehrte Damen und Herren,\nhiermit kündige ich meinen "
     "Vertrag. Geburtsdatum: [[dob]]. Telefon: [[phone]].\nKorrigiere die Rechtschreibung."),
    ("es", "es", "Redacta un correo formal: [[p1.hon]] debe firmar el contrato del piso en [[addr]]. Su "
     "teléfono es [[phone]] y su correo [[p1.email]]."),
    ("es-rrhh", "es", "Ficha del empleado: [[p1.upper]], fecha de nacimiento [[dob]], domicilio [[addr]], "
     "cuenta [[iban]]. Resume."),
    ("it", "it", "Riassumi: il paziente [[p1]], nato il [[dob]], residente in [[addr]], è stato visitato dal "
     "[[p2.honfull]]. Telefono [[phone]]."),
    ("it-fattura", "it", "Sollecito di pagamento per [[p1.honfull]]: fattura [[order]], importo [[price]], "
     "IBAN [[iban]]. Rendilo più cortese."),
    ("nl", "nl", "Maak dit zakelijker: Hoi [[p1.first]], kun je [[p2]] even bellen op [[phone]]? Hij woont "
     "op [[addr]]."),
    ("pt", "pt", "Traduza para o inglês: Prezada [[p1.hon]], segue o contrato do imóvel na [[addr]]. "
     "Qualquer dúvida ligue [[phone]]."),
    ("translate", "en", "Translate to Spanish for our Mexico team: \"Please ship the replacement to [[p1]], "
     "[[addr.es]], phone [[phone.mx]].\""),
    ("multilingual", "en", "Our agents wrote these notes in different languages, unify them in English:\n- "
     "Kunde [[p1]] ruft unter [[phone.de]] an\n- cliente [[p2]] vive en [[city]]\n- [[p3.hon]] attend un "
     "rappel"),
    ("asia", "en", "Book a meeting room for [[p1]] and [[p2]] visiting from Tokyo and Shenzhen; send details "
     "to [[p1.email]] and [[p2.email]]."),
    ("vn", "en", "Write a reference letter for [[p1]], who worked with [[p2]] in our [[city]] office. Her "
     "phone: [[phone]]."),
    ("shipping", "en", "Shipping label data is wrong, fix the format:\nSHIP TO: [[p1.upper]]\n[[addrml]]\n"
     "TEL [[phone]]\nREF [[order]]"),
    ("gdpr", "en", "A customer wants all data we hold on them under GDPR. Draft the response to [[p1]] "
     "([[p1.email]], account created from IP [[ip]])."),
    ("neg", "en", "Summarize the incident: [[product]] [[ver]] returned 502 between [[time]] and [[time]]; "
     "rollback to [[sha7]] fixed it. Tracking [[ticket]]."),
    ("neg", "en", "Which is cheaper for 200 seats, [[company]]'s plan at [[price]] or [[company]] at "
     "[[price]]? Renewal on [[date]]."),
    ("neg", "en", "```ts\nexport function parseOrder(id: string) {\n  // e.g. [[order]] or [[uuid]]\n  "
     "return id.split('-');\n}\n```\nwrite unit tests"),
    ("neg", "en", "Release [[ver]] (build [[long]], commit [[sha]]) adds the [[product]] integration. Draft "
     "the changelog."),
    ("neg", "fr", "Devis [[order]] : [[product]], [[int]] licences à [[price]], livraison prévue le "
     "[[date]]. Rédige le mail d'accompagnement."),
    ("neg", "en", "The [[product]] in our [[company]] account shows firmware [[ver4]] and serial [[long]]. "
     "Is that the latest?"),
    ("neg", "de", "Bestellung [[order]] über [[price]] vom [[date]]; Lieferung der [[product]] an Lager 3. "
     "Bitte kurz zusammenfassen."),
    ("neg", "en", "Explain the difference between these two hashes: [[sha]] and [[sha]]; and what does "
     "request id [[uuid]] tell us?"),
    ("neg", "en", "Our sprint: [[ticket]] (migrate [[product]]), [[ticket]] (bump to [[ver]]), [[ticket]] "
     "(port [[port]] conflict). Make a standup summary."),
    ("neg", "es", "Resume: pedido [[order]] de [[price]], entrega el [[date]], producto [[product]]."),
    ("neg", "en", "git log --oneline\n[[sha7]] Bump [[product]] to [[ver]]\n[[sha7]] Fix flaky test "
     "([[ticket]])\n[[sha7]] Merge PR #[[int]]\nwrite release notes from this"),
    ("neg", "it", "Riassumi: ordine [[order]] del [[date]], [[int]] pezzi a [[price]], spedizione tramite "
     "[[company]]."),
    ("neg", "en", "In the [[product]] docs, replace <PERSON_2> and <EMAIL_ADDRESS_1> placeholders with "
     "generic text. Config timeout [[ms]] ms, retries [[int]]."),
]

TEMPLATES = {"dev": DEV_TEMPLATES, "test": TEST_TEMPLATES}
# What people paste along with the request: a signature, a sign-off, their own details (person 9 of a record).
SIGN_OFFS = {
    "dev": ("\n\n--\n[[p9]]\n[[company]]\n[[phone]] | [[p9.email]]", "\n\nThanks!\n[[p9.first]]",
            "\n\n(I'm [[p9]], reachable at [[p9.email]] or [[phone]], if you need context.)",
            "\n\nRegards,\n[[p9.hon]]\n[[addrml]]"),
    "test": ("\n\nBest regards,\n[[p9]]\nAccount Manager | [[company]]\nM: [[phone]]\nE: [[p9.email]]",
             "\n\ncheers, [[p9.lower]]", "\n\n---\nSent by [[p9.lf]] <[[p9.email]]> from the [[city]] office",
             "\n\nMerci,\n[[p9]] — [[phone]]", "\n\n[[p9.upper]] | [[phone]] | [[addr]]"),
}
CODE_STYLES = {"code", "env", "curl", "yaml", "shell", "connstr", "docker", "npmrc", "gitlab", "github",
               "anthropic", "jwt", "hf", "trace", "log", "log-auth", "ip-log", "sql", "json", "webhook"}


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default: SIZES[half]) of one half, its templates taken in turn, values from ``seed``."""
    templates = TEMPLATES[half]
    values = Values(seed, half)
    records = []
    for i in range(SIZES[half] if n is None else n):
        k = i % len(templates)
        style, lang, body = templates[k]
        if style != "neg" and values.rng.random() < (0.4 if style in CODE_STYLES else 0.85):
            body += values.pick(SIGN_OFFS[half])
        text, spans = render((style, lang, body), values)
        records.append({"id": f"corpus4-{half}-{i}", "text": text, "spans": spans,
                        "meta": {"template": f"{half}-{k}", "style": templates[k][0], "half": half}})
    return records


def main(argv: list[str] | None = None) -> int:
    return write_half(generate, "Write one half of the fourth corpus as JSONL.", DEFAULT_SEED, argv)


if __name__ == "__main__":
    raise SystemExit(main())
