"""Regenerate ``common_words.txt``: English words that are neither names nor places.

    apt-get install wamerican wbritish      # Debian word lists (/usr/share/dict)
    .venv/bin/pip install wordfreq==3.1.1   # dev tools only; the scrubber reads the text file
    .venv/bin/python -m scrubber.data.make_common_words

A word is kept when the American or British list has it in lower case and neither list has it capitalised
(so "merge" and "summarise" are kept; "will"/"Will", "grace"/"Grace", "china"/"China" and "Paris" are not),
it is no first or last name Faker knows in the locales below, and wordfreq rates it at least MIN_ZIPF (rarer
words are rarely mistaken for names, and leaving them out keeps the file small). Same inputs → same file.
"""

import importlib
from pathlib import Path

DICTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))
MIN_ZIPF = 2.0
NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_CA", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES", "es_MX", "it_IT",
    "nl_NL", "pt_BR", "pt_PT", "pl_PL", "sv_SE", "da_DK", "no_NO", "fi_FI", "cs_CZ", "hu_HU", "ro_RO",
    "tr_TR", "el_GR",
)
OUT = Path(__file__).with_name("common_words.txt")


def faker_names() -> set[str]:
    """Lower-cased first and last names from Faker's person providers."""
    names: set[str] = set()
    for loc in NAME_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ModuleNotFoundError:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            values = getattr(provider, attr, ())
            names |= {n.lower() for n in (values.keys() if isinstance(values, dict) else values)}
    return names


def main() -> None:
    from wordfreq import zipf_frequency

    entries = {w for d in DICTS for w in d.read_text(encoding="utf-8").split() if w.isascii() and w.isalpha()}
    lower = {w for w in entries if w.islower() and len(w) >= 3}
    capitalised = {w.lower() for w in entries if not w.islower()}
    words = {w for w in lower - capitalised - faker_names() if zipf_frequency(w, "en") >= MIN_ZIPF}
    OUT.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words → {OUT}")


if __name__ == "__main__":
    main()
