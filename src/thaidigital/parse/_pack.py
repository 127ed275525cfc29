"""The parser's vocabulary as data files, one folder a language.

``parse/lang/<language>/<table>.csv`` holds one table: a header row, then one
row a phrase. Lines starting with ``#`` are comments (the table's purpose and
where its phrases come from). Tables are read once, on first use. The parser
uses every language's rows at once: a page in Thai still carries English
widgets, and a phrase means the same on any page.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources

__all__ = ["LANGUAGES", "column", "rows"]

#: The languages that have a pack, in the order their rows are merged.
LANGUAGES = ("en", "th")


@functools.cache
def rows(table: str) -> tuple[dict[str, str], ...]:
    """Every row of one table, from every language pack, in file order.

    >>> rows("date_labels")[0]
    {'label': 'published', 'kind': 'published'}
    """
    found: list[dict[str, str]] = []
    for language in LANGUAGES:
        path = resources.files("thaidigital.parse") / "lang" / language / f"{table}.csv"
        if not path.is_file():
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        body = [line for line in lines if line.strip() and not line.startswith("#")]
        found.extend(dict(row) for row in csv.DictReader(body))
    return tuple(found)


@functools.cache
def column(table: str, name: str) -> frozenset[str]:
    """One column of a table, as a set of its values.

    >>> "facebook" in column("social_names", "name")
    True
    """
    return frozenset(row[name] for row in rows(table))
