"""The HR list as CSV for Excel: UTF-8 with a byte-order mark, and no cell Excel would run.

A cell that starts with =, +, -, @ (or a tab or carriage return) is a formula to a spreadsheet:
"CSV injection". Such cells get a leading apostrophe, which Excel shows as text. (One answer as
PDF: `assessments.pdf`.)
"""

import csv
from collections.abc import Iterable, Iterator

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class _Line:
    """A file-like object that hands back what csv.writer writes, one line at a time."""

    def write(self, value: str) -> str:
        return value


def neutralised(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_lines(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    writer = csv.writer(_Line())
    yield BOM + writer.writerow([neutralised(cell) for cell in header])
    for row in rows:
        yield writer.writerow([neutralised(cell) for cell in row])
