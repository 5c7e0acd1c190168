"""Regenerate ``foreign_words.txt``: ordinary words of other languages that are neither names nor places.

    .venv/bin/pip install wordfreq==3.1.1   # dev tool only; the scrubber reads the text file
    apt-get install wngerman wfrench wspanish witalian wportuguese wbrazilian wdutch wpolish wswedish \
        wdanish wnorwegian                  # optional (/usr/share/dict): tells proper nouns apart
    .venv/bin/python -m scrubber.data.make_foreign_words

The English NER model, run on every text whatever its language, takes ordinary words of German, Spanish,
Swedish… prompts for people or places ("Teamleitung", "Almacén", "sessenta dias" in a lower-case text).
This list tells them apart where that is safe (``scrubber/casing.py``; see docs/detection.md). A word of
one of ``LANGS`` is kept when

- it is letters only, and wordfreq rates it at least ``MIN_ZIPF`` in that language (two-letter words at
  least ``MIN_ZIPF_SHORT``: function words such as "na", "em", "za");
- it is no given name or place of our own lists: US Census given names, the hand-compiled
  ``given_names.txt`` and the given names of ``world_names.txt`` (also compared without diacritics, "josé"
  → "jose"), nor a one-word place of ``places.txt`` (GeoNames cities of 15,000 people or more, countries);
- it is no proper noun by the Debian word lists, where installed: no dictionary of a language that
  capitalises proper nouns only (all but German) writes it capitalised only while none has it in lower case
  (wordfreq counts "pedro", "deutschland", "michael" as words); in a language whose dictionary holds most
  frequent words, inflections too (``FULL_DICTS``), that dictionary lists it; elsewhere (Spanish, Italian,
  Finnish, Turkish, Czech, Romanian) some dictionary lists it or it is at least ``MIN_ZIPF_UNLISTED``.

A word that is a family name of our lists (Census rank below ``SURNAME_RANK``, ``surnames.txt``, the family
names of ``world_names.txt``, ``NAMES_ALSO_WORDS`` below; also without diacritics or with umlauts written
out, "müller" → "muller", "mueller") goes after the line ``[family]`` ("costa", "dias", "sala"): a word in
its language's text, a name beside a given name. Name particles ("de", "van", "der") are words.

Faker's name lists are not used: Faker writes the test corpora, and a filter built on them would measure
nothing. Same inputs (wordfreq version, installed dictionaries, our lists) → same file. Sources and
licences: wordfreq 3.1.1 data (Robyn Speer et al., CC BY-SA 4.0, built from Wikipedia, subtitles, news,
books, web text); Debian word lists (GPL/LGPL); our own name and place lists (see their headers).
"""

import re
import unicodedata
from pathlib import Path

LANGS = ("de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "tr", "cs", "ro")
# Zipf 3.0 = once per million words. Measured (corpus 5/6/7 dev halves): of the words of the NER's false
# detections on negatives, the list covers 126 hits' words at 3.0, 111 at 3.5, 92 at 4.0; gold names made
# only of listed words: 115, 101, 62 of 3,195 (corpus 3-7 dev). The list is read only where a text is mostly
# of another language (scrubber/casing.py), so coverage wins; below 3.0 there are 75 % more candidates
# (740,000 at 2.5) and the file would pass 3 MB.
MIN_ZIPF = 3.0
MIN_ZIPF_SHORT = 5.0
MIN_ZIPF_UNLISTED = 3.5
SURNAME_RANK = 5000
# Dictionaries that hold most words of Zipf 3 and more of their language, inflections too (the Spanish and
# Italian lists hold three in five or fewer): a word they lack is a name, a foreign or a chat word.
FULL_DICTS = ("de", "fr", "pt", "nl", "pl", "sv", "da", "nb")
DICTS = {
    "de": ("ngerman",), "fr": ("french",), "es": ("spanish",), "it": ("italian",),
    "pt": ("portuguese", "brazilian"), "nl": ("dutch",), "pl": ("polish",), "sv": ("swedish",),
    "da": ("danish",), "nb": ("bokmaal",),
}
DICT_DIR = Path("/usr/share/dict")
_DATA = Path(__file__).parent
OUT = _DATA / "foreign_words.txt"
_WORD = re.compile(r"[^\W\d_]+")

# Frequent family names of the languages above that are ordinary words there too, and that none of our
# lists holds: hand-compiled for aiwarden from general knowledge (not from Faker or any name data set);
# public domain.
NAMES_ALSO_WORDS = frozenset("""
müller schneider fischer weber meyer wagner becker schulz hoffmann koch richter klein wolf schröder neumann
schwarz braun krüger hartmann lange werner krause lehmann köhler herrmann könig walter kaiser fuchs peters
lang scholz möller weiß weiss jung hahn vogel keller günther frank berger winkler roth beck lorenz baumann
franke albrecht schuster simon ludwig böhm winter kraus schumacher krämer vogt stein jäger otto sommer groß
gross seidel heinrich brandt haas schreiber graf schulte dietrich ziegler kuhn kühn pohl engel horn busch
bergmann voigt sauer arnold wolff pfeiffer bauer hofmann schmitt schmid schäfer zimmermann
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti costa giordano
mancini rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli martini leone
longo gentile martinelli vitale lombardo serra coppola marchetti parisi villa conte ferraro ferri fabbri
bianco marini grasso valentini messina sala gatti pellegrini palumbo sanna farina rizzi monti cattaneo
morelli amato silvestri mazza testa grassi pellegrino carbone giuliani benedetti barone rossetti caputo
montanari guerra palmieri bernardi martino fiore ferretti bellini basile riva donati piras vitali battaglia
sartori neri costantini milani pagano ruggiero sorrentino orlando negri
moreno romero navarro torres ramos gil serrano blanco molina morales ortega delgado castro ortiz rubio marín
sanz iglesias medina garrido cortés castillo santos lozano guerrero cano prieto cruz calvo gallego vidal
león herrera peña flores cabrera campos vega fuentes carrasco caballero reyes nieto aguilar pascual santana
herrero lorenzo montero hidalgo ferrer durán santiago mora vicente vargas arias carmona crespo román pastor
soto velasco moya soler parra esteban bravo gallardo rojas
silva ferreira pereira oliveira rodrigues martins jesus sousa fernandes gonçalves gomes lopes marques alves
almeida ribeiro pinto carvalho teixeira moreira correia mendes nunes soares vieira monteiro cardoso rocha
neves coelho cunha pires reis simões antunes matos fonseca machado araújo barbosa tavares lourenço
figueiredo azevedo freitas
jong jansen vries berg dijk bakker janssen visser smit meijer boer mulder groot bos vos hendriks leeuwen
dekker brouwer wit dijkstra smits graaf meer kok jacobs haan vermeulen heuvel veen broek bruijn bruin
heijden schouten beek willems vliet ven hoekstra maas verhoeven koster dam wal prins blom huisman peeters
jonge kuipers post kuiper veenstra kramer brink scholten wijk postma martens vink ruiter timmermans groen
gerritsen jonker loon velde willemsen smeets vos bosch dongen schipper koning laan linden driessen doorn
hermans evers hofman bosman wolters sanders horst mol molenaar pol leeuw verbeek
berg lund ström holm björk falk dahl strand lind fors nilsson lindberg sandberg forsberg engström nyström
bakke lie moen haugen foss
nowak kowalski wiśniewski wójcik kowalczyk kamiński lewandowski zieliński szymański woźniak dąbrowski
mazur krawczyk kaczmarek zając król wieczorek wróbel dudek sikora baran wilk lis duda krupa kubiak
novák svoboda novotný dvořák černý procházka kučera veselý horák němec marek pokorný hájek král fiala zeman
kolář urban kříž kovář malý holub čech šťastný tichý hruška
korhonen virtanen mäkinen nieminen laine niemi salo koskinen järvinen lehtonen
popescu ionescu popa pop radu stan ciobanu rusu munteanu lungu marin
yılmaz kaya demir şahin çelik yıldız yıldırım öztürk aydın özdemir arslan doğan kılıç aslan çetin kara koç
kurt özkan şimşek polat erdoğan güneş bulut akın tekin ateş
""".split())


def fold(word: str) -> str:
    """``word`` without diacritics ("wójcik" → "wojcik"); ł/ø/ı/ß spelled the usual way."""
    word = word.translate(str.maketrans({"ł": "l", "ø": "o", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"}))
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _spellings(word: str) -> set[str]:
    """``word``, folded, and with German umlauts written out ("müller", "muller", "mueller")."""
    umlauts = word.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    return {word, fold(word), umlauts}


def names_and_places() -> tuple[set[str], set[str], set[str]]:
    """(given names, family names, places) of our own lists, lower case; names in every spelling of
    ``_spellings``, places as listed (the list holds spellings with and without diacritics: "a coruña",
    "a coruna"). Name particles ("de", "van", "der") are no names alone."""
    from scrubber.recognizers.name_shapes import _sections
    from scrubber.recognizers.places import places
    from scrubber.words import NAME_PARTICLES, _words, census_given, surname_ranks

    world = _sections()
    given = set(census_given()) | set(_words("given_names.txt")) | world["given"] | world["viet"]
    family = (set(_words("surnames.txt")) | world["family"] | world["asian_family"] | NAMES_ALSO_WORDS
              | {w for w, rank in surname_ranks().items() if rank < SURNAME_RANK})
    spelled = [{s for w in names for s in _spellings(w)} - NAME_PARTICLES for names in (given, family)]
    return spelled[0], spelled[1], {p for p in places() if " " not in p}


def _entries(path: Path) -> list[str]:
    data = path.read_bytes()
    try:
        return data.decode("utf-8").split()
    except UnicodeDecodeError:  # the Swedish and Norwegian lists are Latin-1
        return data.decode("latin-1").split()


def dictionaries() -> tuple[dict[str, set[str]], set[str]]:
    """(language → its dictionaries' entries in lower case, lower-cased; proper nouns): proper nouns are
    entries only ever capitalised in the languages that capitalise proper nouns only (not German), and no
    dictionary's lower-case entry."""
    known: dict[str, set[str]] = {}
    lower: set[str] = set()
    upper: set[str] = set()
    for lang, files in DICTS.items():
        for name in files:
            if not (DICT_DIR / name).exists():
                continue
            for entry in _entries(DICT_DIR / name):
                known.setdefault(lang, set()).add(entry.lower())
                if entry.islower():
                    lower.add(entry)
                elif lang != "de" and entry[:1].isupper() and entry[1:].islower():
                    upper.add(entry.lower())
    return known, upper - lower


def ordinary(word: str, lang: str, zipf: float, known: dict[str, set[str]], proper: set[str]) -> bool:
    """Whether ``word`` of ``lang`` is an ordinary word by the dictionaries: no proper noun of any, and listed
    by its own when that one lists most frequent words (``FULL_DICTS``), else frequent enough on its own."""
    if word in proper:
        return False
    if lang in FULL_DICTS and lang in known:
        return word in known[lang]
    return zipf >= MIN_ZIPF_UNLISTED or any(word in entries for entries in known.values())


def main() -> None:
    from wordfreq import iter_wordlist, zipf_frequency

    given, family, places = names_and_places()
    known, proper = dictionaries()
    words: set[str] = set()
    family_words: set[str] = set()
    for lang in LANGS:
        for word in iter_wordlist(lang, "best"):
            zipf = zipf_frequency(word, lang)
            if zipf < MIN_ZIPF:
                break
            if not _WORD.fullmatch(word) or len(word) < 2 or (len(word) == 2 and zipf < MIN_ZIPF_SHORT):
                continue
            if word in words or _spellings(word) & given or word in places \
                    or not ordinary(word, lang, zipf, known, proper):
                continue
            (family_words if _spellings(word) & family else words).add(word)
    family_words -= words
    header = (
        "# Ordinary words of German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish,\n"
        "# Norwegian, Finnish, Turkish, Czech and Romanian (lower case, one a line) that are no name or\n"
        f"# place of our lists. Made by make_foreign_words.py from wordfreq 3.1.1 (Zipf >= {MIN_ZIPF}; data\n"
        "# CC BY-SA 4.0, Robyn Speer et al.), less proper nouns of the Debian word lists (GPL/LGPL).\n"
        "# After the line [family]: ordinary words that are family names of our lists too (costa, dias).\n"
    )
    body = "\n".join(sorted(words)) + "\n[family]\n" + "\n".join(sorted(family_words)) + "\n"
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{len(words)} words, {len(family_words)} family names → {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
