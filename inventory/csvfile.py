"""The one way aiwarden writes CSV: every cell that a spreadsheet would run as a formula is neutralised.

Model, user, service and group names come from traffic (untrusted): a cell starting with ``=``, ``+``,
``-``, ``@``, tab or carriage return is run as a formula by spreadsheet programs (CSV injection), so such a
text cell gets a leading apostrophe. Numbers are written as they are.
"""

import csv
import io
from collections.abc import Iterable, Sequence

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """``value``, with a leading apostrophe when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], lineterminator: str = "\r\n") -> str:
    """A CSV document: the header, then each row with every cell passed through ``csv_cell``."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator=lineterminator)
    w.writerow(header)
    w.writerows([csv_cell(v) for v in row] for row in rows)
    return out.getvalue()
