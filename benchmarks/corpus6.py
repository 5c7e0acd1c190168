"""The sixth evaluation corpus: people's names in hard contexts, and prompts with no personal data at all.

Written apart from the scrubber's own corpora and tests. Two kinds of record:

* ``names`` (60 %) — work prompts (HR, support, CRM rows, git logs, calendar invites, travel bookings,
  JSON/CSV/YAML/Markdown, translation requests...) naming people in every way people write them: first
  name alone, surname after a title, "Last, First", initials, nicknames, lower and UPPER case, particles,
  hyphens, diacritics, names that are words or places, names of many cultures and in non-Latin scripts.
  Every personal value is labelled (PERSON, and the e-mails, phones, home towns and birth dates with them);
  a span holds the value only, never a title or a cue word.
* ``negative`` (40 %) — prompts without personal data that tempt a detector: firms and products named
  after people or places, eponyms, works and characters, calendar words and job titles, code, look-alike
  identifiers and Title Case headings; about 15 % in French, German or Spanish.

The ``dev`` and ``test`` halves share no template and no name or word pool entry (pools are split by a
stable hash of each entry) and use different seeds. Usage: ``python -m benchmarks.corpus6 --half dev``.
"""

import importlib
import random
import re
import unicodedata
import zlib
from dataclasses import dataclass

from benchmarks.halves_cli import write_half

DEFAULT_SEED = 6606
HALVES = ("dev", "test")
SIZES = {"dev": 300, "test": 300}
SHARES = (("names", 0.6), ("negative", 0.4))
TYPES = ("PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "US_SSN", "SECRET",
         "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS")
NEG_CLASSES = ("named_things", "eponyms", "works_and_characters", "calendar_and_titles", "code",
               "look_alikes", "title_case")
FOREIGN_SHARE = 0.15


def _half_of(item: str) -> str:
    """The half a pool entry belongs to: stable across processes (not ``hash``)."""
    return HALVES[zlib.crc32(item.encode("utf-8")) % 2]


def _split(items, whole: bool = True) -> dict[str, list]:
    """Items by half. ``whole=False``: an item of several names ("Mark Stone", "Robert:Bobby") goes to the
    half all its names belong to, and is dropped if they disagree, so no single name crosses halves."""
    out: dict[str, list] = {h: [] for h in HALVES}
    for it in sorted(set(items)):
        halves = {_half_of(it)} if whole else {_half_of(part) for part in re.split(r"[ :]", it)}
        if len(halves) == 1:
            out[halves.pop()].append(it)
    return out


# ----------------------------------------------------------------------------------------------------------
# Name pools
# ----------------------------------------------------------------------------------------------------------

_LATIN_TOKEN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'-]{2,}$")
_FAKER_LATIN = ("en_US", "en_GB", "en_IE", "fr_FR", "fr_BE", "de_DE", "de_AT", "es_MX", "es_CO", "es_AR",
                "pt_BR", "it_IT", "nl_NL", "pl_PL", "cs_CZ", "hu_HU", "tr_TR", "sv_SE", "fi_FI", "da_DK",
                "no_NO", "is_IS", "ro_RO", "hr_HR", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "tw_GH", "sw",
                "id_ID", "en_IN")
_FAKER_SCRIPT = {"ja": ("ja_JP",), "zh": ("zh_CN", "zh_TW"), "ko": ("ko_KR",), "ru": ("ru_RU", "uk_UA"),
                 "el": ("el_GR",), "ar": ("ar_AA", "fa_IR"), "he": ("he_IL",), "hi": ("hi_IN",),
                 "th": ("th_TH",), "ka": ("ka_GE",)}
_EAST_ORDER = {"ja", "zh", "ko"}  # family name first, no space


def _faker_names(locale: str, which: str) -> list[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    names: list[str] = []
    for attr in (f"{which}_names", f"{which}_names_male", f"{which}_names_female"):
        names.extend(str(n) for n in (getattr(provider, attr, None) or ()))
    return sorted(set(names))


# Own lists, for cultures Faker covers thinly and for the hard shapes.
_OWN_FIRST = {
    "pacific": "Sione Mele Tevita Losa Aroha Wiremu Keanu Leilani Tamatea Sefa Vailea Manaia Hemi Ngaio "
               "Kalani Moana Talia Ioane Lupe Salote Tavita Kahiau Rawiri Mereana",
    "arabic": "Omar Layla Yousef Huda Khalid Rania Tariq Noor Samir Amal Faris Dalia Hamza Salma Karim "
              "Yasmin Bilal Mariam Ziad Lina",
    "east_african": "Achieng Baraka Wambui Tesfaye Mekdes Nia Otieno Abebe Selam Kamau Zawadi Habiba Wanjiku "
                    "Kiplagat Amani Neema Dawit Hiwot Jabari Nyokabi",
    "south_asian": "Priya Arjun Lakshmi Venkat Anjali Rohan Meenakshi Sandeep Farhan Nadia Kavya Siddharth "
                   "Tanvir Ishita Harpreet Gurpreet Dilnoza Nirmala Rajesh Shreya",
    "east_asian": "Wei Xiaoming Haruto Yuki Min-jun Seo-yeon Thanh Linh Kenji Jiho Mei Hiroshi Yuna Duc "
                  "Sakura Jae-won Hoa Ryo Xiu Takumi",
    "slavic": "Dmitri Katarzyna Bogdan Milena Zoran Jelena Oksana Radek Vesna Miroslav Anastasiya Tomasz "
              "Ljubica Stanislav Dragana Yaroslav",
    "latin_american": "María José|Juan Pablo|Ana Lucía|Luis Fernando|Ximena|Guadalupe|Thiago|Valentina|"
                      "José Manuel|Camila|Esperanza|Itzel|Joaquín|Rocío|Maximiliano|Yolanda",
    "nordic": "Ingrid Sigrún Bjørn Åsa Eirik Solveig Torbjørn Liv Ragnhild Sindre Þórunn Halvard Linnea "
              "Kjetil Saga Aksel",
    "turkish_greek_hungarian": "Çağla Oğuz Şebnem Gökhan Eleni Stavros Dimitra Panagiotis Zsófia Gergő "
                               "Bence Réka Ersin Yağmur Vasiliki Lőrinc",
}
_OWN_LAST = {
    "pacific": "Tuilagi Faleolo Taufa Ngata Kahananui Fonoti Tupou Havili Parata Mahe Leota Vaifale Tamapua "
               "Kealoha Whaanga Fifita Sapolu Tauiliili",
    "arabic": "Haddad Nasser Khoury Abboud Qasim Mansour Saleh Darwish Hijazi Tamimi Barakat Zayed Shalabi "
              "Farouk Sabbagh Jaber",
    "east_african": "Mwangi Odhiambo Kiprono Tadesse Bekele Njoroge Wekesa Haile Mutua Ochieng Kimani Gebre "
                    "Wafula Kebede Chebet Omondi Mengistu Nyambura",
    "south_asian": "Raghunathan Iyer Chatterjee Bhattacharya Patel Subramaniam Siddiqui Krishnamurthy Reddy "
                   "Chowdhury Banerjee Venkataraman Mukherjee Nair Deshpande Ahluwalia Rahman Gill",
    "east_asian": "Zhang Nakamura Park Nguyen Tanaka Choi Liu Watanabe Huang Pham Yamamoto Kang Zhou Tran "
                  "Kobayashi Yoon Lim Hoang",
    "slavic": "Wiśniewski Kovačević Petrović Dvořák Szymańska Ivanova Kowalczyk Horvat Nowakowska Šimić "
              "Zieliński Marković Bondarenko Procházka Jankowska Lewandowski",
    "latin_american": "Hernández Ruiz|García Márquez|Quispe|Mamani|Ñañez|Villalobos|Cárdenas|Huamán|"
                      "Santos Ocampo|Echeverría|Castañeda|Sepúlveda|Arriaga|Benítez",
    "nordic": "Lindqvist Sigurðardóttir Haugland Bjørnstad Åberg Johannesdóttir Nyström Solberg Eriksdóttir "
              "Ødegaard Halvorsen Sandström Þorsteinsson Kjellberg",
    "turkish_greek_hungarian": "Yıldız Öztürk Çelik Şahin Papadopoulos Georgiou Konstantinidis "
                               "Nagy-Szabó Kovács Szűcs Erdoğan Karamanlis Hajdú Tzortzis",
}
# Surnames with particles, compound and hyphenated names, apostrophes, diacritics.
_COMPLEX_LAST = ("van der Meer|de la Fuente|bin Abdullah|al-Amin|von Stein|dos Santos|O'Donnell|McAllister|"
                 "ter Horst|da Silva|del Río|van den Broek|le Roux|di Stefano|al-Khatib|bin Yusof|"
                 "de Groot|van Dijk-Verhoeven|Ní Bhriain|Mac Giolla|de los Ángeles|Fernández-Ortega|"
                 "Smith-Okonkwo|Ó Súilleabháin|D'Amato|St. Clair|ben Youssef|Abu-Samra|Lloyd-Jenkins|"
                 "zu Salm|van 't Hof|de Souza|Müller-Lüdenscheidt|Nguyễn-Trần|el-Sayed|bint Rashid|"
                 "Vaz de Carvalho|Gómez de la Serna|Ramírez-Olvera|La Fontaine|van Rensburg|Fitzgerald-Obi")
_COMPLEX_FIRST = ("Jean-Luc|Anne-Sophie|Hans-Jürgen|Mary Kate|Zoë|Søren|Chloé|Ján|Ilse-Marie|Björn|Inès|"
                  "Jean-Baptiste|Marie-Claire|Karl-Heinz|Anna-Lena|Nuño|Łukasz|Ştefan|Đorđe|Åse|Noémie|"
                  "Kristýna|Günther|Aoife|Siobhán|Ruairí|Dagný|Émile|Anaïs|Žaneta|Iñaki|Rafał")
# Names that are ordinary words, as first names, surnames and whole names.
_WORD_FIRST = ("Rose Faith Hunter Will April Summer Grace Hope Joy Sky River Dawn Autumn Ivy Bill Pat Rich "
               "Bob Sunny Chance Honor Cash Major Royal Precious Patience Destiny Mark Rusty Hazel Olive "
               "Ruby Amber Jade Crystal Daisy Penny Drew Gene Sue Jack Frank Holly Heather Robin Violet "
               "Bud Sandy")
_WORD_LAST = ("Stone Field Church Power May Fox Wolf Bird Hill Brown Young King Price Hunt Rich Long Short "
              "Street Bridge Cook Baker Miller Wood Lamb Love Bell Snow Winter Moon Gold Black White Green "
              "Glass Page Case Frost Rivers Banks Marsh Sharp Wise Noble Best Cross Hope Little Swift")
_WORD_PAIRS = ("Mark Stone|Summer Field|Grace Church|Will Power|April May|Rose Gold|Hunter Green|Faith Hope|"
               "Joy Bell|Crystal Glass|Robin Banks|Sandy Beach|Bill Page|Holly Wood|Rusty Nail|Frank Case|"
               "Penny Price|Drew Long|Dawn Frost|Ivy Hill|Summer Winter|Jack Frost|Honor Bright|Sky Rivers")
# Names that are also places.
_PLACE_FIRST = ("Paris Florence Austin Jordan Chelsea Victoria Savannah Brooklyn Dallas Georgia Sydney "
                "Madison Lourdes Adelaide Regina Phoenix Dakota Orlando Tyrone Kingston Denver Carolina "
                "Siena Vienna "
                "Aspen Eugene Alexandria Devon Darwin Lincoln Memphis Camden Cheyenne Sierra Valencia Verona")
_PLACE_LAST = ("London Berlin Lincoln Washington Houston Chester Sheffield Milan Boston Kent York Derby "
               "Preston Whitby Hamilton Orange Ely Bristol Wells Durham Bath Carlisle Dover Reading Sale")
# Formal first name, nickname.
_NICKS = ("Robert:Bobby|Katherine:Kate|William:Billy|Alexander:Sasha|Elizabeth:Liz|Giuseppe:Beppe|"
          "Francisco:Paco|José:Pepe|Margaret:Peggy|Jonathan:Jonny|Anastasia:Nastya|Abimbola:Bimbo|"
          "Christopher:Kit|Rebecca:Becky|Theodore:Teddy|Ekaterina:Katya|Guillermo:Memo|Oluwaseun:Seun|"
          "Dorothea:Dot|Nathaniel:Nate|Ignacio:Nacho|Mohammed:Mo|Friedrich:Fritz|Jennifer:Jen|"
          "Aleksandr:Shura|Patricia:Trish|Edward:Ted|Victoria:Tori|Susannah:Suzy|Chukwuemeka:Emeka|"
          "Wilhelmina:Mina|Francesca:Cesca|Rosalind:Roz|Dominic:Dom|Gwendolyn:Gwen|Bartholomew:Bart|"
          "Kwabena:Kobby|Rajendra:Raju|Yekaterina:Katyusha|Benedikt:Benni")
# Romanised local parts for e-mail addresses of people written in other scripts.
_ROMAN = ("t.sato k.suzuki wang.lei li.na minjun.kim jiyoung.park i.petrov o.smirnova nikos.p "
          "e.georgiou a.haddad m.karimi n.cohen y.levi r.sharma a.verma s.somchai g.beridze").split()


def _words(s: str, sep: str = " ") -> list[str]:
    return [w for w in s.split(sep) if w]


@dataclass(frozen=True)
class _Pools:
    latin_first: list[str]
    latin_last: list[str]
    own: dict[str, tuple[list[str], list[str]]]
    complex_first: list[str]
    complex_last: list[str]
    word_first: list[str]
    word_last: list[str]
    word_pairs: list[str]
    place_first: list[str]
    place_last: list[str]
    nicks: list[str]
    script: dict[str, tuple[list[str], list[str]]]
    cities: list[str]
    roman: list[str]
    fr_first: list[str]
    fr_last: list[str]
    de_first: list[str]
    de_last: list[str]
    es_first: list[str]
    es_last: list[str]


def _latin(names: list[str]) -> list[str]:
    return [n for n in names if _LATIN_TOKEN.match(n) and n not in ("Doe", "John", "Jane") and n[0].isupper()]


def _locale_pool(locales, which: str) -> list[str]:
    out: list[str] = []
    for loc in locales:
        out.extend(_latin(_faker_names(loc, which)))
    return out


_CITIES = ("Leeds Porto Kraków Nairobi Lagos Pune Osaka Curitiba Tampere Izmir Debrecen Thessaloniki "
           "Auckland Suva Apia Accra Kumasi Lyon Bremen Valencia Medellín Guadalajara Bergen Uppsala Brno "
           "Cluj-Napoca "
           "Daegu Chennai Mombasa Marrakesh Amman Tartu Ljubljana Cork Halifax Tucson Spokane Wollongong "
           "Dunedin Graz Ghent Aarhus Nantes Bordeaux Rosario Arequipa Kisumu Ibadan Coimbatore Sapporo "
           "Hsinchu Cebu Bandung Poznań Gdańsk Plzeň Szeged Patras Eskişehir Oulu Trondheim Malmö Leipzig "
           "Utrecht Groningen Salzburg Zaragoza Bilbao Córdoba Mendoza Cusco Tema Arusha Bulawayo Durban "
           "Kandy Mysore Nagoya Busan Da|Nang Hobart Tauranga").split()
_CITIES = [c.replace("|", " ") for c in _CITIES] + ["Addis Ababa", "São Paulo", "Santa Cruz", "San Sebastián",
                                                    "Saint-Étienne", "Frankfurt am Main", "Nuku'alofa"]


def _build_pools() -> dict[str, _Pools]:
    latin_first = _locale_pool(_FAKER_LATIN, "first")
    latin_last = _locale_pool(_FAKER_LATIN, "last")
    script = {}
    for key, locs in _FAKER_SCRIPT.items():
        firsts = sorted({n for loc in locs for n in _faker_names(loc, "first") if " " not in n})
        lasts = sorted({n for loc in locs for n in _faker_names(loc, "last") if " " not in n})
        script[key] = (_split(firsts), _split(lasts))
    own = {k: (_split(_words(v, "|" if "|" in v else " ")), _split(_words(_OWN_LAST[k], "|" if "|" in
                                                                          _OWN_LAST[k] else " ")))
           for k, v in _OWN_FIRST.items()}
    parts = {
        "latin_first": _split(latin_first), "latin_last": _split(latin_last),
        "complex_first": _split(_words(_COMPLEX_FIRST, "|")),
        "complex_last": _split(_words(_COMPLEX_LAST, "|")),
        "word_first": _split(_words(_WORD_FIRST)), "word_last": _split(_words(_WORD_LAST)),
        "word_pairs": _split(_words(_WORD_PAIRS, "|"), whole=False),
        "place_first": _split(_words(_PLACE_FIRST)),
        "place_last": _split(_words(_PLACE_LAST)), "nicks": _split(_words(_NICKS, "|"), whole=False),
        "cities": _split(_CITIES), "roman": _split(_ROMAN),
        "fr_first": _split(_locale_pool(("fr_FR", "fr_BE", "fr_CH"), "first")),
        "fr_last": _split(_locale_pool(("fr_FR", "fr_BE", "fr_CH"), "last")),
        "de_first": _split(_locale_pool(("de_DE", "de_AT", "de_CH"), "first")),
        "de_last": _split(_locale_pool(("de_DE", "de_AT", "de_CH"), "last")),
        "es_first": _split(_locale_pool(("es_ES", "es_MX", "es_CO"), "first")),
        "es_last": _split(_locale_pool(("es_ES", "es_MX", "es_CO"), "last")),
    }
    pools = {}
    for h in HALVES:
        pools[h] = _Pools(own={k: (f[h], la[h]) for k, (f, la) in own.items()},
                          script={k: (f[h], la[h]) for k, (f, la) in script.items()},
                          **{k: v[h] for k, v in parts.items()})
    return pools


# ----------------------------------------------------------------------------------------------------------
# People and their data
# ----------------------------------------------------------------------------------------------------------

@dataclass
class _Person:
    first: str
    last: str
    script: str = ""  # "" for Latin, else a script key
    nick: str = ""
    roman: str = ""
    email: str = ""
    phone: str = ""
    city: str = ""
    dob: tuple[int, int, int] = (0, 0, 0)

    @property
    def full(self) -> str:
        if self.script in _EAST_ORDER:
            return self.last + self.first
        return f"{self.first} {self.last}"


_MONTHS = ("January February March April May June July August September October November December").split()
_MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
_MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
_MONTHS_ES = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
              "diciembre").split()
_DOMAINS = ("gmail.com outlook.com proton.me yahoo.co.uk web.de fastmail.com icloud.com brightpath.io "
            "kestrel-health.com lumen-legal.co.uk orbital-sales.de tidewater.edu northgate-clinic.org "
            "fernhill.school copperleaf.co gmx.at hotmail.fr orange.fr libero.it").split()


def _digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(k))


def _phone(rng: random.Random) -> str:
    d = lambda k: _digits(rng, k)  # noqa: E731
    return rng.choice((
        lambda: f"+1 ({rng.choice(('415', '212', '617', '503', '312'))}) 555-01{d(2)}",
        lambda: f"({rng.choice(('206', '718', '512'))}) 555-01{d(2)}",
        lambda: f"+44 7700 900{d(3)}",
        lambda: f"07700 900{d(3)}",
        lambda: f"+49 151 {d(8)}",
        lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        lambda: f"+254 7{d(2)} {d(3)} {d(3)}",
        lambda: f"+91 9{d(4)} {d(5)}",
        lambda: f"+81 90-{d(4)}-{d(4)}",
        lambda: f"+61 4{d(2)} {d(3)} {d(3)}",
        lambda: f"+34 6{d(2)} {d(3)} {d(3)}",
        lambda: f"+234 80{d(1)} {d(3)} {d(4)}",
        lambda: f"+685 7{d(6)}",
    ))()


def _ascii(s: str) -> str:
    s = s.replace("ø", "o").replace("ß", "ss").replace("ð", "d").replace("þ", "th").replace("ł", "l")
    s = s.replace("Ø", "O").replace("Ð", "D").replace("Þ", "Th").replace("Ł", "L").replace("đ", "d")
    out = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", out.lower())


class _People:
    """Draws the people of one record from one half's pools."""

    def __init__(self, pools: _Pools, rng: random.Random):
        self.p, self.rng = pools, rng
        self.by_key: dict[str, _Person] = {}

    def _pick(self, items: list[str]) -> str:
        return self.rng.choice(items)

    def _latin_mix(self) -> _Person:
        r, p = self.rng.random(), self.p
        if r < 0.42:
            return _Person(self._pick(p.latin_first), self._pick(p.latin_last))
        if r < 0.70:
            culture = self.rng.choice(sorted(p.own))
            firsts, lasts = p.own[culture]
            return _Person(self._pick(firsts), self._pick(lasts))
        if r < 0.80:
            return self._word()
        if r < 0.88:
            return self._place()
        return self._complex()

    def _word(self) -> _Person:
        if self.rng.random() < 0.4:
            first, last = self._pick(self.p.word_pairs).split(" ")
            return _Person(first, last)
        last = self._pick(self.p.word_last if self.rng.random() < 0.5 else self.p.latin_last)
        return _Person(self._pick(self.p.word_first), last)

    def _place(self) -> _Person:
        if self.rng.random() < 0.7:
            return _Person(self._pick(self.p.place_first), self._pick(self.p.latin_last))
        return _Person(self._pick(self.p.latin_first), self._pick(self.p.place_last))

    def _complex(self) -> _Person:
        first = self._pick(self.p.complex_first if self.rng.random() < 0.5 else self.p.latin_first)
        return _Person(first, self._pick(self.p.complex_last))

    def _nick(self) -> _Person:
        formal, nick = self._pick(self.p.nicks).split(":")
        return _Person(formal, self._pick(self.p.latin_last), nick=nick)

    def _script(self, key: str | None = None) -> _Person:
        key = key or self.rng.choice(sorted(self.p.script))
        firsts, lasts = self.p.script[key]
        return _Person(self._pick(firsts), self._pick(lasts), script=key, roman=self._pick(self.p.roman))

    def _lang(self, lang: str) -> _Person:
        p = self.p
        return _Person(self._pick(getattr(p, f"{lang}_first")), self._pick(getattr(p, f"{lang}_last")))

    _LETTERS = {"P": "mix", "W": "word", "C": "place", "X": "complex", "N": "nick", "S": "script",
                "J": "ja", "Z": "zh", "K": "ko", "R": "ru", "G": "el", "A": "ar", "H": "he", "I": "hi",
                "F": "fr", "D": "de", "E": "es"}

    def get(self, letter: str, number: str) -> _Person:
        key = letter + number
        if key not in self.by_key:
            kind = self._LETTERS[letter]
            if kind == "mix":
                person = self._latin_mix()
            elif kind in ("word", "place", "complex", "nick"):
                person = getattr(self, f"_{kind}")()
            elif kind == "script":
                person = self._script()
            elif kind in ("fr", "de", "es"):
                person = self._lang(kind)
            else:
                person = self._script(kind)
            taken = {(q.first, q.last) for q in self.by_key.values()}
            if (person.first, person.last) in taken:  # two people of one record differ
                person.last = person.last * 2 if person.script else self._pick(self.p.latin_last)
            person.phone = _phone(self.rng)
            person.city = self._pick(self.p.cities)
            person.dob = (self.rng.randint(1948, 2005), self.rng.randint(1, 12), self.rng.randint(1, 28))
            self.by_key[key] = person
        return self.by_key[key]


def _dob_text(rng: random.Random, dob: tuple[int, int, int], style: str) -> str:
    y, m, d = dob
    if style == "fr":
        return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d} {_MONTHS_FR[m - 1]} {y}"))
    if style == "de":
        return rng.choice((f"{d:02d}.{m:02d}.{y}", f"{d}. {_MONTHS_DE[m - 1]} {y}"))
    if style == "es":
        return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d} de {_MONTHS_ES[m - 1]} de {y}"))
    return rng.choice((f"{d} {_MONTHS[m - 1]} {y}", f"{_MONTHS[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
                       f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}.{m:02d}.{y}"))


def _initials(rng: random.Random, p: _Person) -> str:
    f = p.first[0]
    style = rng.randrange(4)
    if style == 0:
        return f"{f}. {p.last}"
    if style == 1:
        return f"{f}. {rng.choice('ABCDEGHJKLMNPRSTW')}. {p.last}"
    if style == 2:
        return f"{f}{rng.choice('ABCDEGHJKLMNPRSTW')} {p.last}"
    return f"{p.last} {f}."


def _person_form(rng: random.Random, p: _Person, form: str) -> tuple[str, str]:
    """(text, label type) of one form of a person."""
    if form == "any":
        form = rng.choice(("full", "full", "first", "lf", "init", "lower", "upper"))
    if p.script and form in ("lf", "init", "lower", "upper", "pnr", "lowerfirst"):
        form = "full"
    if form == "full":
        return p.full, "PERSON"
    if form == "first":
        return p.first, "PERSON"
    if form == "last":
        return p.last, "PERSON"
    if form == "nick":
        return p.nick or p.first, "PERSON"
    if form == "lf":
        return f"{p.last}, {p.first}", "PERSON"
    if form == "init":
        return _initials(rng, p), "PERSON"
    if form == "lower":
        return p.full.lower(), "PERSON"
    if form == "lowerfirst":
        return p.first.lower(), "PERSON"
    if form == "upper":
        return p.full.upper(), "PERSON"
    if form == "upperlast":
        return p.last.upper(), "PERSON"
    if form == "pnr":
        return f"{_ascii(p.last).upper()}/{_ascii(p.first).upper()}", "PERSON"
    if form == "email" and p.email:
        return p.email, "EMAIL_ADDRESS"
    if form == "email":
        if p.script:
            local = p.roman
        else:
            f, la = _ascii(p.first), _ascii(p.last)
            local = rng.choice((f"{f}.{la}", f"{f[0]}{la}", f"{f}_{la}", f"{f}{rng.randint(1, 99)}"))
        p.email = f"{local}@{rng.choice(_DOMAINS)}"
        return p.email, "EMAIL_ADDRESS"
    if form == "phone":
        return p.phone, "PHONE_NUMBER"
    if form == "city":
        return p.city, "LOCATION"
    if form.startswith("dob"):
        return _dob_text(rng, p.dob, form[3:] or "en"), "DATE_OF_BIRTH"
    raise KeyError(form)


# ----------------------------------------------------------------------------------------------------------
# Fillers (unlabelled) and the negative word pools
# ----------------------------------------------------------------------------------------------------------

def _filler(rng: random.Random, name: str) -> str | None:
    d = lambda k: _digits(rng, k)  # noqa: E731
    hexs = lambda k: "".join(rng.choice("0123456789abcdef") for _ in range(k))  # noqa: E731
    table = {
        "weekday": lambda: rng.choice("Monday Tuesday Wednesday Thursday Friday".split()),
        "month": lambda: rng.choice(_MONTHS),
        "month_fr": lambda: rng.choice(_MONTHS_FR),
        "month_de": lambda: rng.choice(_MONTHS_DE),
        "month_es": lambda: rng.choice(_MONTHS_ES),
        "weekday_fr": lambda: rng.choice("lundi mardi mercredi jeudi vendredi".split()),
        "weekday_de": lambda: rng.choice("Montag Dienstag Mittwoch Donnerstag Freitag".split()),
        "weekday_es": lambda: rng.choice("lunes martes miércoles jueves viernes".split()),
        "day": lambda: str(rng.randint(1, 28)),
        "year": lambda: str(rng.randint(2019, 2026)),
        "time": lambda: f"{rng.randint(7, 18):02d}:{rng.choice(('00', '15', '30', '45', '07', '52'))}",
        "sha": lambda: hexs(40),
        "short_sha": lambda: hexs(7),
        "uuid": lambda: f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{rng.choice('89ab')}{hexs(3)}-{hexs(12)}",
        "ver": lambda: f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}",
        "ticket": lambda: f"{rng.choice(('OPS', 'SUP', 'HR', 'BILL', 'INC'))}-{rng.randint(10, 9999)}",
        "order": lambda: f"{rng.choice(('ORD', 'PO', 'INV', 'SO'))}-{d(6)}",
        "price": lambda: rng.choice((f"${rng.randint(5, 900)}.{d(2)}", f"€{rng.randint(5, 900)},{d(2)}",
                                     f"£{rng.randint(1, 90)},{d(3)}")),
        "pct": lambda: f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%",
        "date": lambda: f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "gitdate": lambda: (f"{rng.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} {rng.choice(_MONTHS)[:3]} "
                            f"{rng.randint(1, 28)} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:"
                            f"{rng.randint(10, 59)} "
                            f"{rng.randint(2023, 2026)} +0{rng.randint(0, 2)}00"),
        "n": lambda: str(rng.randint(2, 48)),
        "port": lambda: str(rng.choice((5432, 6379, 8080, 9092, 443, 8443))),
        "flight": lambda: f"{rng.choice(('LH', 'BA', 'KL', 'TK', 'ET', 'QF', 'NZ'))}{rng.randint(10, 999)}",
        "seat": lambda: f"{rng.randint(3, 40)}{rng.choice('ABCDEF')}",
    }
    return table[name]() if name in table else None


_NEG_WORDS = {
    "firm": ("Morgan Stanley|Johnson & Johnson|Ben & Jerry's|Hartley Analytics|Goldman Sachs|"
             "Procter & Gamble|Marks & Spencer|Wells Fargo|Charles Schwab|Lockheed Martin|Ernst & Young|"
             "McKinsey|Bloomberg|"
             "Kellogg's|Heinz|Siemens|Porsche|Mercedes-Benz|Harley-Davidson|Rolls-Royce|Tommy Hilfiger|"
             "Ralph Lauren|Calvin Klein|Jack Daniel's|Trader Joe's|Wendy's|McDonald's|Pemberton & Vail|"
             "Whitaker Labs|Castellano Foods|Lindqvist Robotics|Fairweather Capital|Ashworth Systems|"
             "Delacroix Studio|Brennan Logistics|Abercrombie & Fitch|Dolce & Gabbana|Hewlett-Packard|"
             "Baker McKenzie|Clifford Chance|Arthur D. Little|Thornbury Data|Okafor & Sons Plumbing|"
             "Ellison Tool Works|Marlowe Insurance|Prescott Biotech|Dr. Martens|Hugo Boss|Levi Strauss"),
    "infra": ("the Denver build agent|the Santa Fe API|the Phoenix cluster|the Frankfurt region|"
              "the Dublin data centre|the Austin runner pool|the Kyoto mirror|the Lagos edge node|"
              "the Oslo staging box|the Houston read replica|the Sydney CDN pop|the Memphis runner|"
              "the Tokyo shard|the Chelsea test rig|the Jordan VPN gateway|the Florence queue worker|"
              "the Victoria load balancer|the Madison cron host|the Paris failover|the Dakota batch node"),
    "placenamed": ("Boston Dynamics|Brooklyn Nine-Nine|Jersey cattle|the Lisbon Treaty|"
                   "the Oslo Freedom Forum|the Montreal Protocol|the Chelsea Flower Show|the Victoria "
                   "line|the Paris Agreement|"
                   "the Geneva Convention|the Detroit Pistons|Madison Square Garden|Hamburg Süd|"
                   "the Orlando Magic|Brussels sprouts|Dijon mustard|the Camden Market|Cheddar cheese|"
                   "the Denver Broncos|Turkish delight|Manhattan Project|the Austin City Limits festival|"
                   "Santa Fe Railway|the Sydney Harbour Bridge|Boston Consulting Group|"
                   "Kentucky Fried Chicken"),
    "work": ("Harry Potter|Romeo and Juliet|Sherlock|Hamlet|Don Quixote|Anna Karenina|Frankenstein|"
             "Mickey Mouse|Darth Vader|Hermione Granger|Gandalf|Pride and Prejudice|Moby-Dick|Jane Eyre|"
             "Oliver Twist|Forrest Gump|Tom Sawyer|Peter Pan|Winnie-the-Pooh|Madame Bovary|James Bond|"
             "Indiana Jones|Lara Croft|Super Mario|Hercule Poirot|Tintin|Asterix|Pippi Longstocking|Heidi|"
             "Bilbo Baggins|Atticus Finch|Jay Gatsby|Elizabeth Bennet|Holden Caulfield|Captain Ahab|"
             "Huckleberry Finn|Sancho Panza|Cinderella|Rapunzel|Mary Poppins|Willy Wonka|Dorian Gray"),
    "eponym": ("the Tesla Model 3 lease|Einstein summation|a Kafka topic|Parkinson's law|Bayesian inference|"
               "Euler's number|the Turing test|Murphy's law|Occam's razor|Boolean algebra|Pascal's triangle|"
               "the Celsius scale|Ohm's law|the Doppler effect|the Hubble constant|Morse code|"
               "the Voronoi diagram|the Pearson correlation|the Poisson distribution|the Laplace transform|"
               "the Heimlich manoeuvre|the Geiger counter|the Richter scale|a Ponzi scheme|the Gantt chart|"
               "the Pareto principle|the Dunning-Kruger effect|the Hawthorne effect|Conway's law|"
               "Brooks's law|the Liskov substitution principle|the Wilcoxon test|the Mann-Whitney U test|"
               "Hofstadter's law|Goodhart's law|the Peter principle|Moore's law|Amdahl's law|"
               "the Stroop effect|the Baader-Meinhof phenomenon|the Streisand effect|Benford's law"),
    "algo": ("Dijkstra's algorithm|the Fibonacci sequence|Levenshtein distance|Huffman coding|"
             "a Kalman filter|a Bloom filter|a Caesar cipher|Hamming distance|the Jaccard index|Cholesky "
             "decomposition|"
             "Newton's method|a Fourier transform|a Gaussian blur|a Markov chain|the Bellman-Ford algorithm|"
             "the Floyd-Warshall algorithm|Kruskal's algorithm|Prim's algorithm|Knuth-Morris-Pratt search|"
             "the Boyer-Moore majority vote|Euclid's algorithm|Horner's method|Simpson's rule|"
             "the Runge-Kutta method|the sieve of Eratosthenes|the Fisher-Yates shuffle|the Luhn checksum|"
             "Tarjan's algorithm|the Viterbi algorithm|a Turing machine simulator"),
    "condition": ("Hodgkin lymphoma|Alzheimer's disease|Crohn's disease|Cushing's syndrome|"
                  "Hashimoto's thyroiditis|Parkinson's disease|Tourette syndrome|Huntington's disease|"
                  "Graves' disease|Addison's disease|Lyme disease|Bell's palsy|Raynaud's phenomenon|"
                  "Kaposi sarcoma|Wilms tumour|Ewing sarcoma|Guillain-Barré syndrome|Ménière's disease|"
                  "Barrett's oesophagus|Paget's disease of bone|Sjögren's syndrome|Wilson's disease"),
    "holiday": ("Christmas|Thanksgiving|Easter Monday|Diwali|Ramadan|Eid al-Fitr|Hanukkah|St. Patrick's Day|"
                "Bastille Day|Boxing Day|Good Friday|Labor Day|Memorial Day|Lunar New Year|Halloween|"
                "Valentine's Day|Midsummer|Whit Monday|Ascension Day|Juneteenth|Black Friday|Cyber Monday"),
    "jobtitle": ("Head of Sales|Chief Financial Officer|Senior Product Manager|Staff Engineer|"
                 "Director of People Operations|Regional Account Executive|Data Protection Officer|"
                 "Lead Site Reliability Engineer|VP of Marketing|Principal Architect|"
                 "Customer Success Manager|Chief Medical Officer|Head of Legal|Payroll Specialist|Junior "
                 "Frontend Developer|"
                 "Scrum Master|Procurement Lead|Clinical Nurse Specialist|Dean of Students|Chief of Staff"),
    "heading": ("Quarterly Revenue Review For North America|Why Every Team Needs A Clear Retention Policy|"
                "Grace Under Pressure: Lessons From Incident Response|Will Power Alone Fix Burnout?|"
                "Hope Is Not A Strategy|Faith In Numbers: Building Trust In Dashboards|"
                "April Showers And May Releases|Summer Field Guide To Kubernetes|The Rose Garden Redesign|"
                "Hunter Green Brand Refresh|Making Peace With Legacy Code|Victory Lap: Our Migration Story|"
                "Amber Alerts For Your Pipeline|Crystal Clear Onboarding|Golden Path Templates|"
                "Dawn Of The Serverless Era|Reading Between The Logs|Winter Planning Kickoff|"
                "Sterling Results In Customer Support|Ivy League Hiring Myths|Jordan Valley Water Report|"
                "Chase The Bottleneck, Not The Metric|Frank Conversations About Pricing|"
                "Sunny Side Of Tech Debt"),
}


def _neg_pools() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {h: {} for h in HALVES}
    for key, raw in _NEG_WORDS.items():
        parts = _split(_words(raw, "|"))
        for h in HALVES:
            out[h][key] = parts[h]
    return out


# ----------------------------------------------------------------------------------------------------------
# Templates. ⟦P1.full⟧ is a person slot (letter = pool, number = who, after the dot = the form); ⟦firm⟧ a
# word from the half's negative pools; ⟦sha⟧ and friends unlabelled fillers.
# ----------------------------------------------------------------------------------------------------------

# (slug, lang, text)
_NAMES = {
    "dev": [
        ("hr-rejection", "en",
         "Can you turn these notes into a polite rejection e-mail? Candidate: ⟦P1.full⟧ (⟦P1.email⟧), "
         "interviewed by ⟦P2.first⟧ and Dr ⟦P3.last⟧ on ⟦weekday⟧. ⟦P1.first⟧ lives in ⟦P1.city⟧ and asked "
         "about relocation support."),
        ("support-chat", "en",
         "Summarise this support chat in two lines:\n[⟦time⟧] ⟦P1.upper⟧: my card keeps getting declined\n"
         "[⟦time⟧] agent ⟦P2.first⟧: sorry about that, can you confirm the phone number on file?\n"
         "[⟦time⟧] ⟦P1.upper⟧: ⟦P1.phone⟧\n[⟦time⟧] agent ⟦P2.first⟧: thanks, escalating to ⟦W1.first⟧ in "
         "billing, ticket ⟦ticket⟧"),
        ("crm-csv", "en",
         "Clean up this CSV export and flag duplicates:\nname,email,city,phone\n\"⟦P1.lf⟧\",⟦P1.email⟧,"
         "⟦P1.city⟧,⟦P1.phone⟧\n⟦C1.lower⟧,⟦C1.email⟧,⟦C1.city⟧,⟦C1.phone⟧\n\"⟦X1.lf⟧\",⟦X1.email⟧,"
         "⟦X1.city⟧,⟦X1.phone⟧\n\"⟦P1.lf⟧\",⟦P1.email⟧,⟦P1.city⟧,⟦P1.phone⟧"),
        ("medical-letter", "en",
         "Rewrite in plain language for the patient: Pt ⟦P1.full⟧, DOB ⟦P1.dob⟧, seen by Dr. ⟦P2.last⟧ for "
         "follow-up of knee pain. Referred to ⟦P3.init⟧ (physio). Pt's daughter ⟦W1.first⟧ will drive her to "
         "appointments; contact ⟦W1.phone⟧."),
        ("git-log", "en",
         "Write release notes from this git log:\ncommit ⟦sha⟧\nAuthor: ⟦P1.full⟧ <⟦P1.email⟧>\n"
         "Date:   ⟦gitdate⟧\n\n    Fix retry loop in uploader (reported by ⟦P2.first⟧)\n\ncommit ⟦sha⟧\n"
         "Author: ⟦X1.lower⟧ <⟦X1.email⟧>\nDate:   ⟦gitdate⟧\n\n    Bump parser to ⟦ver⟧, thanks ⟦C1.first⟧"),
        ("meeting-actions", "en",
         "Turn these meeting notes into action items:\n- ⟦C1.first⟧ to send the revised quote to ⟦P1.lf⟧ by "
         "⟦weekday⟧\n- ⟦W1.full⟧ owns the vendor call; loop in our contact ⟦P2.last⟧ and "
         "⟦P3.any⟧\n- ⟦C2.full⟧ is out until ⟦month⟧ ⟦day⟧, so ⟦W2.first⟧ covers"),
        ("translate-ja", "ja",
         "Translate into English and keep the names as written: 「⟦J1.full⟧さんは来週の会議に出席できません。"
         "⟦J2.last⟧さんに連絡してください。電話は⟦J1.phone⟧です。」"),
        ("slack-thread", "en",
         "Summarise this Slack thread for ⟦N1.nick⟧, who was away:\n⟦P1.first⟧: anyone seen the Q3 deck?\n"
         "⟦R1.full⟧: ⟦N1.nick⟧ had it last, I think\n⟦P2.lowerfirst⟧: pinging @⟦N1.first⟧ — also "
         "⟦P3.init⟧ asked for the numbers by ⟦weekday⟧"),
        ("json-owners", "en",
         "Validate this JSON and add a \"team\" field:\n{\"owner\": \"⟦P1.full⟧\", \"reviewers\": "
         "[\"⟦P2.init⟧\", \"⟦X1.full⟧\"], \"contact\": {\"email\": \"⟦P1.email⟧\", \"phone\": "
         "\"⟦P1.phone⟧\"}, \"escalation\": \"⟦Z1.full⟧\"}"),
        ("travel-pnr", "en",
         "Draft a booking confirmation from this PNR:\n1. ⟦P1.pnr⟧ MR  2. ⟦C1.pnr⟧ MS\n ⟦flight⟧ ⟦month⟧ "
         "⟦day⟧ seat ⟦seat⟧\nCTCM ⟦P1.phone⟧\nCTCE ⟦P1.email⟧\nBooked by ⟦P2.first⟧ in the travel team."),
        ("calendar-invite", "en",
         "Invite: Quarterly review\nOrganizer: ⟦P1.email⟧\nAttendees: ⟦P2.full⟧; ⟦K1.full⟧; ⟦P3.lf⟧\n"
         "Note: ⟦P2.first⟧ joins from home in ⟦P2.city⟧, please keep it under an hour.\nMake this invite "
         "sound less formal."),
        ("email-signature", "en",
         "Make this e-mail sound friendlier:\n\nHi ⟦W1.first⟧,\nwe still haven't received the signed NDA. "
         "Please send it to ⟦P2.full⟧ or me by ⟦weekday⟧.\n\nBest,\n⟦P1.full⟧\nAccount Manager\n"
         "M: ⟦P1.phone⟧\n⟦P1.email⟧"),
        ("school-report", "en",
         "Write report card comments for these pupils: ⟦P1.first⟧ (reading improved a lot), ⟦C1.first⟧ "
         "(needs to hand homework in on time), ⟦X1.full⟧ (great in maths). Parent contact for ⟦P1.first⟧: "
         "⟦P2.any⟧, ⟦P2.phone⟧."),
        ("legal-fr", "fr",
         "Traduis en anglais : « Maître ⟦F1.last⟧ représente Mme ⟦F2.full⟧, née le ⟦F2.dobfr⟧ et domiciliée "
         "à ⟦F2.city⟧, dans le litige qui l'oppose à M. ⟦F3.full⟧. Joindre Maître ⟦F1.last⟧ au "
         "⟦F1.phone⟧. »"),
        ("oncall-yaml", "en",
         "Fix the indentation in this YAML:\noncall:\n  primary: ⟦P1.lower⟧\n  secondary: ⟦R1.full⟧\n"
         "  escalation:\n    - name: ⟦P2.full⟧\n      phone: \"⟦P2.phone⟧\"\n    - name: ⟦W1.upper⟧"),
        ("code-authors", "en",
         "Review this function:\n```python\n# Author: ⟦P1.full⟧ (⟦P1.email⟧)\n# TODO(⟦P2.lowerfirst⟧): "
         "handle timezone offsets, see ⟦P3.first⟧'s note\ndef parse_shift(row):\n    start, end = row[0], "
         "row[1]\n    return end - start\n```"),
        ("arabic-note", "ar",
         "Translate to English: «اتصل ⟦A1.full⟧ بخصوص الفاتورة، يرجى إرسال الرد إلى ⟦A2.first⟧ قبل يوم "
         "الخميس.» Then tell me who needs to reply."),
    ],
    "test": [
        ("perf-review-nick", "en",
         "Help me write a performance review for ⟦N1.full⟧ — everyone calls them ⟦N1.nick⟧. ⟦N1.nick⟧ joined "
         "in ⟦month⟧ ⟦year⟧ and reports to ⟦P1.init⟧. Peer reviewers: ⟦P2.any⟧ and ⟦W1.full⟧."),
        ("sales-call", "en",
         "Summarise my call notes: spoke to ⟦P1.full⟧ (procurement) and her colleague Mr ⟦X1.last⟧. "
         "⟦P1.first⟧ wants a demo ⟦weekday⟧ at ⟦time⟧; reach her on ⟦P1.phone⟧. Our contact "
         "⟦C1.last⟧ signs off on anything over ⟦price⟧."),
        ("md-table", "en",
         "Sort this table by city and add a column for shift:\n| Name | Role | City |\n|---|---|---|\n"
         "| ⟦P1.full⟧ | Nurse | ⟦P1.city⟧ |\n| ⟦C1.lf⟧ | Porter | ⟦C1.city⟧ |\n| ⟦X1.full⟧ | Pharmacist | "
         "⟦X1.city⟧ |\n| ⟦W1.upper⟧ | Nurse | ⟦W1.city⟧ |"),
        ("email-de", "de",
         "Formuliere diese Mail höflicher: „Hallo ⟦D1.first⟧, Frau ⟦D2.last⟧ hat sich immer noch nicht "
         "gemeldet. Bitte ruf sie unter ⟦D2.phone⟧ an. Gruß, ⟦D3.full⟧“"),
        ("insurance-form", "en",
         "Extract the fields from this claim form as JSON:\nPolicy holder: ⟦P1.lf⟧\nDate of birth: "
         "⟦P1.dob⟧\nAddress city: ⟦P1.city⟧\nPhone: ⟦P1.phone⟧\nDriver at the time: ⟦W1.full⟧ (born "
         "⟦W1.dob⟧)"),
        ("chinese-minutes", "zh",
         "Translate these minutes: 会议记录：⟦Z1.full⟧负责预算，⟦Z2.full⟧下周三前提交报告。联系邮箱 "
         "⟦Z1.email⟧。"),
        ("korean-chat", "ko",
         "What is this message asking? \"⟦K1.full⟧ 님, 내일 회의에 ⟦K2.full⟧ 님도 참석하나요? 연락처는 "
         "⟦K2.phone⟧입니다.\""),
        ("interview-schedule", "en",
         "Make a schedule from this:\n⟦time⟧ ⟦C1.full⟧ (panel: ⟦P1.first⟧, ⟦P2.init⟧)\n⟦time⟧ "
         "⟦X1.lf⟧ (panel: ⟦P1.first⟧, Ms ⟦W1.last⟧)\n⟦time⟧ ⟦S1.full⟧ (panel: ⟦P2.init⟧)\n"
         "Candidates' e-mails: ⟦C1.email⟧, ⟦X1.email⟧"),
        ("spanish-hr", "es",
         "Traduce al inglés: «La señora ⟦E1.full⟧, nacida el ⟦E1.dobes⟧, vive en ⟦E1.city⟧ y solicita "
         "el traslado. Su supervisor, el Sr. ⟦E2.last⟧, lo aprueba. Contacto: ⟦E1.email⟧.»"),
        ("commit-trailers", "en",
         "Squash these commit messages into one:\n- fix flaky test (⟦short_sha⟧)\n  Co-authored-by: "
         "⟦P1.full⟧ <⟦P1.email⟧>\n- docs: thank ⟦C1.first⟧ for the review\n  Signed-off-by: ⟦X1.full⟧ "
         "<⟦X1.email⟧>\n- revert ⟦short_sha⟧, per ⟦W1.first⟧"),
        ("greek-russian-guests", "en",
         "Make name badges for our guests: ⟦G1.full⟧, ⟦R1.full⟧, ⟦I1.full⟧ and ⟦P1.upper⟧. ⟦G1.first⟧ "
         "needs a vegetarian meal."),
        ("tenant-letter", "en",
         "Write a reminder letter to our tenant ⟦P1.full⟧ (born ⟦P1.dob⟧) about the rent for ⟦month⟧. "
         "Copy the guarantor, ⟦X1.full⟧, at ⟦X1.email⟧, and mention that ⟦C1.first⟧ from our office will "
         "call on ⟦weekday⟧."),
        ("standup-lowercase", "en",
         "summarise standup: ⟦P1.lowerfirst⟧ – finished the importer; ⟦W1.lower⟧ – blocked on access, ask "
         "⟦P2.lowerfirst⟧; ⟦C1.lowerfirst⟧ – on leave till ⟦weekday⟧; ⟦X1.lower⟧ – reviewing ⟦ticket⟧"),
        ("hebrew-request", "he",
         "Please translate: \"שלום ⟦H1.first⟧, ⟦H2.full⟧ יגיע מחר בשעה ⟦time⟧.\""),
        ("wedding-seating", "en",
         "Help me seat these guests at four tables, keeping couples together: ⟦W1.full⟧ & ⟦P1.full⟧, "
         "⟦C1.full⟧, ⟦C2.first⟧ (⟦X1.last⟧'s plus-one), ⟦N1.nick⟧ (⟦N1.full⟧), ⟦W2.full⟧, ⟦P2.lf⟧."),
        ("ticket-history", "en",
         "Summarise ticket ⟦ticket⟧:\nOpened by ⟦P1.email⟧\n⟦date⟧ ⟦P2.upperlast⟧ (L2): asked customer for "
         "logs\n⟦date⟧ ⟦P1.full⟧: attached, also cc ⟦X1.full⟧ ⟦X1.phone⟧\n⟦date⟧ ⟦P2.upperlast⟧: fixed "
         "in ⟦ver⟧"),
    ],
}

# (slug, class, lang, text)
_NEGATIVES = {
    "dev": [
        ("firms-compare", "named_things", "en",
         "Compare the graduate schemes at ⟦firm⟧ and ⟦firm⟧ in a short table: salary band, rotation length, "
         "locations."),
        ("infra-places", "named_things", "en",
         "Our deploy failed on ⟦infra⟧ again. Retry count was ⟦n⟧; can you suggest a backoff strategy?"),
        ("placenamed-explainer", "named_things", "en",
         "Write a one-paragraph explainer on ⟦placenamed⟧ for the newsletter, with one surprising fact."),
        ("firms-fr", "named_things", "fr",
         "Rédige un courriel pour annuler la commande ⟦order⟧ passée chez ⟦firm⟧ le ⟦date⟧."),
        ("eponym-explain", "eponyms", "en",
         "Explain ⟦eponym⟧ to a new analyst in three sentences, then relate it to ⟦eponym⟧."),
        ("eponym-medical", "eponyms", "en",
         "Summarise the latest guidance on screening for ⟦condition⟧ for our clinic newsletter; keep it "
         "under 150 words."),
        ("eponym-de", "eponyms", "de",
         "Erkläre den Unterschied zwischen ⟦eponym_bare⟧ und ⟦eponym_bare⟧ für eine Schulung."),
        ("works-essay", "works_and_characters", "en",
         "Write a 200-word essay comparing ⟦work⟧ with ⟦work⟧ for a Year 9 English class."),
        ("works-quiz", "works_and_characters", "en",
         "Make five quiz questions about ⟦work⟧ for our office trivia night on ⟦weekday⟧."),
        ("works-es", "works_and_characters", "es",
         "Resume el argumento de ⟦work⟧ en cinco frases para un club de lectura."),
        ("calendar-rota", "calendar_and_titles", "en",
         "Draft the holiday rota: the office closes for ⟦holiday⟧ and ⟦holiday⟧. The ⟦jobtitle⟧ and the "
         "⟦jobtitle⟧ must approve any cover on ⟦weekday⟧s in ⟦month⟧."),
        ("calendar-jd", "calendar_and_titles", "en",
         "Write a job ad for a ⟦jobtitle⟧ reporting to the ⟦jobtitle⟧; start date in ⟦month⟧, hybrid, "
         "three days in office."),
        ("calendar-fr", "calendar_and_titles", "fr",
         "Propose un planning pour ⟦holiday⟧ : le ⟦jobtitle⟧ valide les congés avant le ⟦day⟧ ⟦month_fr⟧."),
        ("code-trace", "code", "en",
         "Why does this fail?\nTraceback (most recent call last):\n  File \"/srv/app/billing/invoice.py\", "
         "line ⟦n⟧, in render_pdf\n    total = LineItem.sum_for(order_id)\nAttributeError: type object "
         "'LineItem' has no attribute 'sum_for'"),
        ("code-sql", "code", "en",
         "Optimise this query:\nSELECT first_name, last_name, hire_date FROM employees e JOIN departments d "
         "ON d.id = e.dept_id WHERE d.name = 'Sales' AND hire_date > '⟦date⟧' ORDER BY last_name;"),
        ("code-de", "code", "de",
         "Warum schlägt dieser Test fehl? `assert KafkaConsumerFactory().build(topic=\"orders\") is not "
         "None` auf dem Branch feature/retry-⟦n⟧."),
        ("lookalike-ids", "look_alikes", "en",
         "Which of these is a valid UUID v4: ⟦uuid⟧, ⟦sha⟧, ⟦ver⟧? Also explain what ⟦order⟧ might be."),
        ("lookalike-placeholders", "look_alikes", "en",
         "Rewrite this so it reads naturally, keeping the placeholders: \"Dear <PERSON_1>, your order "
         "⟦order⟧ of ⟦price⟧ ships on ⟦date⟧ at ⟦time⟧. Contact <PERSON_2> at <EMAIL_ADDRESS_1>.\""),
        ("lookalike-es", "look_alikes", "es",
         "¿Por qué el pedido ⟦order⟧ muestra ⟦price⟧ y un descuento del ⟦pct⟧? La factura es del ⟦date⟧."),
        ("titles-blog", "title_case", "en",
         "Suggest a subtitle and an outline for a blog post titled \"⟦heading⟧\"."),
        ("titles-agenda", "title_case", "en",
         "Format this agenda as a Markdown list:\n⟦heading⟧\n⟦heading⟧\nLunch And Networking\n"
         "⟦heading⟧"),
        ("titles-fr", "title_case", "fr",
         "Traduis ce titre de conférence en français : « ⟦heading⟧ »."),
    ],
    "test": [
        ("firms-stocks", "named_things", "en",
         "Write a neutral paragraph on why ⟦firm⟧ shares fell ⟦pct⟧ while ⟦firm⟧ rose on ⟦weekday⟧."),
        ("places-things", "named_things", "en",
         "Draft a status update: ⟦infra⟧ is degraded, and ⟦infra⟧ is being migrated by ⟦date⟧."),
        ("placenamed-trivia", "named_things", "en",
         "Give me three fun facts about ⟦placenamed⟧ for Friday's quiz, and one about ⟦placenamed⟧."),
        ("firms-de", "named_things", "de",
         "Schreibe eine kurze Absage an ⟦firm⟧ wegen der Ausschreibung ⟦ticket⟧."),
        ("eponym-code", "eponyms", "en",
         "Implement ⟦algo⟧ in Python with type hints and a docstring, and compare it with ⟦algo⟧."),
        ("eponym-lecture", "eponyms", "en",
         "Give me lecture notes on ⟦eponym⟧ and ⟦condition⟧ for a statistics-in-medicine module."),
        ("eponym-es", "eponyms", "es",
         "Explica el concepto «⟦algo_bare⟧» con un ejemplo sencillo para estudiantes de primer año."),
        ("works-character", "works_and_characters", "en",
         "Write a LinkedIn-style post in the voice of ⟦work⟧ announcing a product launch. Keep it playful."),
        ("works-compare", "works_and_characters", "en",
         "Which is the better onboarding metaphor, ⟦work⟧ or ⟦work⟧? Give three reasons each."),
        ("works-fr", "works_and_characters", "fr",
         "Écris un résumé de ⟦work⟧ en cinq phrases pour des élèves de quatrième."),
        ("calendar-season", "calendar_and_titles", "en",
         "Plan a summer and autumn campaign around ⟦holiday⟧ and ⟦holiday⟧; the ⟦jobtitle⟧ signs off on "
         "the budget every ⟦weekday⟧."),
        ("calendar-org", "calendar_and_titles", "en",
         "Draw an org chart in Mermaid: the ⟦jobtitle⟧ reports to the ⟦jobtitle⟧; Finance, Legal and "
         "People Operations report to the Chief Operating Officer."),
        ("calendar-de", "calendar_and_titles", "de",
         "Erstelle einen Urlaubsplan für ⟦month_de⟧: Der ⟦jobtitle⟧ genehmigt Anträge bis ⟦weekday_de⟧."),
        ("code-config", "code", "en",
         "Explain each key in this config:\n```yaml\nkafka:\n  bootstrap_servers: broker-1.internal:⟦port⟧\n"
         "  consumer_group: invoice-workers\nretry:\n  max_attempts: ⟦n⟧\n  backoff: fibonacci\n```"),
        ("code-class", "code", "en",
         "Refactor this:\n```java\npublic class PersonNameFormatter {\n  public String format(Person p) {\n"
         "    return p.getLastName() + \", \" + p.getFirstName();\n  }\n}\n```"),
        ("code-es", "code", "es",
         "¿Qué hace esta línea? `git checkout -b hotfix/tesla-sync-⟦n⟧ origin/release-⟦ver⟧`"),
        ("lookalike-logs", "look_alikes", "en",
         "Parse this log line into fields: ⟦date⟧T⟦time⟧:00Z host=api-⟦n⟧.eu-west.internal req=⟦uuid⟧ "
         "status=502 latency=⟦n⟧ms commit=⟦short_sha⟧"),
        ("lookalike-invoice", "look_alikes", "en",
         "Reconcile: invoice ⟦order⟧ for ⟦price⟧ vs. payment ⟦order⟧ for ⟦price⟧ (fee ⟦pct⟧), due "
         "⟦date⟧. Ticket ⟦ticket⟧."),
        ("lookalike-fr", "look_alikes", "fr",
         "Le build ⟦ver⟧ (commit ⟦short_sha⟧) a échoué à ⟦time⟧ le ⟦date⟧ ; que signifie le code ⟦ticket⟧ ?"),
        ("titles-press", "title_case", "en",
         "Proofread this press release headline and suggest two alternatives: \"⟦heading⟧\"."),
        ("titles-slides", "title_case", "en",
         "Turn these slide titles into speaker notes:\n1. ⟦heading⟧\n2. ⟦heading⟧\n3. Questions And Next "
         "Steps"),
        ("titles-de", "title_case", "de",
         "Übersetze diese Vortragstitel ins Deutsche: „⟦heading⟧“ und „⟦heading⟧“."),
    ],
}

_SLOT = re.compile(r"⟦([A-Z]?)(\d*)\.?([a-z_]*)⟧")
_NAME_POOLS: dict[str, _Pools] | None = None
_WORD_POOLS: dict[str, dict[str, list[str]]] | None = None


def _render(text: str, rng: random.Random, people: _People | None, words: dict[str, list[str]]):
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    used: set[str] = set()  # a record does not draw one pool word twice
    for m in _SLOT.finditer(text):
        literal = text[pos:m.start()]
        out.append(literal)
        length += len(literal)
        letter, number, form = m.groups()
        if letter:
            assert people is not None, text
            value, typ = _person_form(rng, people.get(letter, number), form)
            spans.append({"start": length, "end": length + len(value), "type": typ, "value": value})
        else:
            bare = form.endswith("_bare")  # without a leading English article, for prompts in other languages
            pool = form.removesuffix("_bare")
            if pool in words:
                fresh = [w for w in words[pool] if w not in used] or words[pool]
                value = rng.choice(fresh)
                used.add(value)
                if bare:
                    value = re.sub(r"^(the|a|an) ", "", value)
            else:
                value = _filler(rng, form)
            if value is None:
                raise KeyError(form)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def _pools() -> tuple[dict[str, _Pools], dict[str, dict[str, list[str]]]]:
    global _NAME_POOLS, _WORD_POOLS
    if _NAME_POOLS is None:
        _NAME_POOLS, _WORD_POOLS = _build_pools(), _neg_pools()
    assert _WORD_POOLS is not None
    return _NAME_POOLS, _WORD_POOLS


def generate(half: str, n: int | None = None, seed: int = DEFAULT_SEED) -> list[dict]:
    """``n`` records (default ``SIZES[half]``) of one half, the same for the same arguments."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    n = SIZES[half] if n is None else n
    name_pools, word_pools = _pools()
    rng = random.Random(seed * 7919 + HALVES.index(half) * 104729)
    n_names = round(n * SHARES[0][1])
    records: list[dict] = []
    templates = list(_NAMES[half])
    rng.shuffle(templates)
    for i in range(n_names):
        slug, lang, text = templates[i % len(templates)]
        value, spans = _render(text, rng, _People(name_pools[half], rng), word_pools[half])
        records.append({"text": value, "spans": spans,
                        "meta": {"template": f"c6-{half}-names-{slug}", "kind": "names", "half": half,
                                 "lang": lang}})
    by_class: dict[str, dict[str, list]] = {c: {"en": [], "foreign": []} for c in NEG_CLASSES}
    for slug, cls, lang, text in _NEGATIVES[half]:
        by_class[cls]["en" if lang == "en" else "foreign"].append((slug, cls, lang, text))
    classes = list(NEG_CLASSES)
    rng.shuffle(classes)
    n_neg = n - n_names
    foreign_at = set(rng.sample(range(n_neg), round(n_neg * FOREIGN_SHARE)))
    for i in range(n_neg):
        cls = classes[i % len(classes)]
        foreign = i in foreign_at
        choices = by_class[cls]["foreign" if foreign else "en"]
        slug, cls, lang, text = rng.choice(choices)
        value, spans = _render(text, rng, None, word_pools[half])
        assert not spans
        records.append({"text": value, "spans": [],
                        "meta": {"template": f"c6-{half}-neg-{slug}", "kind": "negative", "half": half,
                                 "lang": lang, "neg_class": cls}})
    rng.shuffle(records)
    return [{"id": f"c6-{half}-{i:04d}", **r} for i, r in enumerate(records)]


def main(argv=None) -> int:
    return write_half(generate, "Write one half of corpus6 (names in hard contexts, and negatives) as JSONL.",
                      DEFAULT_SEED, argv)


if __name__ == "__main__":
    raise SystemExit(main())
